"""blind151: a blind 50-mail held-out set, the inbox of Hannah Olsen (Portland, Oregon).

Every mail is written by hand, one function per mail; ``make.py`` does the MIME plumbing and the
checks. Build and check with ``python3 bench/heldout/make_blind.py blind151``.

Written blind: without reading the detector, its tests, or any other held-out set's mails.
Keys 1-23 are the positives (in writing order), 24-50 the negatives; the file numbers are a fixed
shuffle of the writing order.
"""

from __future__ import annotations

import base64
import random

from make import (
    VTZ,
    Part,
    addr,
    alt,
    attached_message,
    calendar,
    date,
    enc,
    gmail_html,
    html,
    mail,
    message,
    mixed,
    multipart,
    raw_part,
    received,
    t,
    text,
    utc,
)

ORDER = random.Random(1510151).sample(range(1, 51), 50)

ME = "hannah.olsen@example.org"
HANNAH = addr("Hannah Olsen", ME)
PT = "America/Los_Angeles"
ET = "America/New_York"
MT = "America/Boise"
MX = "mx1.example.org (Postfix) with ESMTPS id"


def n(key: int) -> str:
    """File name (without .eml) of the mail written key-th."""
    return f"blind151_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = HANNAH,
         relay: str | None = None, qid: str = "4Wq7xK0Zb3z9", extra: tuple[tuple[str, str], ...] = (),
         charset: str = "utf-8") -> list[tuple[str, str]]:
    hs: list[tuple[str, str]] = [("Delivered-To", ME)]
    if relay:
        hs.append(("Received", received(relay, when, zone, f"{MX} {qid}", ME)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
           ("Message-ID", mid)]
    hs += list(extra)
    return hs


VTZ_LA = """BEGIN:VTIMEZONE
TZID:America/Los_Angeles
X-LIC-LOCATION:America/Los_Angeles
BEGIN:DAYLIGHT
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
TZNAME:PDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
TZNAME:PST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""

VTZ_BOISE = """BEGIN:VTIMEZONE
TZID:America/Boise
X-LIC-LOCATION:America/Boise
BEGIN:DAYLIGHT
TZOFFSETFROM:-0700
TZOFFSETTO:-0600
TZNAME:MDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0700
TZNAME:MST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""

VTZ_WIN_PACIFIC = """BEGIN:VTIMEZONE
TZID:Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

VTZ_WIN_MOUNTAIN = """BEGIN:VTIMEZONE
TZID:Mountain Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0600
TZOFFSETTO:-0700
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0700
TZOFFSETTO:-0600
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="greenhouse", lang="en-US", interview=True, kind="scheduled", company="Cirrusline",
      start=utc("2026-09-15 10:00", PT), end=utc("2026-09-15 10:45", PT),
      contact="priya.natarajan@cirrusline.cloud", local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45",
      zone=PT,
      note="Greenhouse confirmation from a Seattle cloud firm; 'Tuesday, September 15, 2026, 10:00 AM - "
           "10:45 AM PDT' (UTC-7) = 17:00-17:45Z, the attached ICS says the same in UTC. Contact = "
           "human Reply-To recruiter (the From is Greenhouse's no-reply).")
def p01() -> bytes:
    body = t("""
        Hi Hannah,

        Thanks for making time to speak with us! Your interview for Sustainability Data Analyst,
        Cloud Carbon Footprint at Cirrusline is confirmed:

        Interview: Recruiter Phone Screen
        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 10:45 AM PDT
        Interviewer: Priya Natarajan (Senior Technical Recruiter)
        Phone: Priya will call you at the number on your application.

        A calendar invitation is attached. If you need to make a change, simply reply to this
        email and Priya will help.

        Best,
        The Cirrusline Recruiting Team
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Hannah,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Sustainability Data Analyst,
        Cloud Carbon Footprint</b> at Cirrusline is confirmed:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview:</b></td><td>Recruiter Phone Screen</td></tr>
        <tr><td><b>Date:</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:00 AM - 10:45 AM PDT</td></tr>
        <tr><td><b>Interviewer:</b></td><td>Priya Natarajan (Senior Technical Recruiter)</td></tr>
        <tr><td><b>Phone:</b></td><td>Priya will call you at the number on your application.</td></tr>
        </table>
        <p>A calendar invitation is attached. If you need to make a change, simply reply to this email
        and Priya will help.</p>
        <p>Best,<br>The Cirrusline Recruiting Team</p>
        <img src="https://app.greenhouse.io/email_open/7c1b22f4.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-88213377-cirrusline@greenhouse.io
        DTSTAMP:20260909T212210Z
        DTSTART:20260915T170000Z
        DTEND:20260915T174500Z
        SUMMARY:Recruiter Phone Screen - Cirrusline (Sustainability Data Analyst)
        DESCRIPTION:Priya Natarajan will call you at the number on your application.
        ORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan@cirrusline.cloud
        ATTENDEE;CN=Hannah Olsen;RSVP=TRUE:mailto:hannah.olsen@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Cirrusline Recruiting <no-reply@us.greenhouse-mail.io>",
              "Interview Confirmation: Sustainability Data Analyst, Cloud Carbon Footprint at Cirrusline",
              "2026-09-09 14:22", PT, "<0100019ad1f0a8c1-5e2c7d1a-2b0f-4f7b-9f0e-1c2d3e4f5a6b-000000@email.amazonses.com>",
              relay="from a8-33.smtp-out.amazonses.com (a8-33.smtp-out.amazonses.com [54.240.8.33])",
              extra=(("Reply-To", "Priya Natarajan <priya.natarajan@cirrusline.cloud>"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, disposition="attachment", filename="invite.ics")))


@mail(n(2), family="lever", lang="en-US", interview=True, kind="scheduled", company="Ridgeback Outfitters",
      start=utc("2026-09-17 14:00", PT), end=utc("2026-09-17 14:45", PT),
      contact="marcus.tillman@ridgebackoutfitters.com", local="Thu 2026-09-17 14:00",
      local_end="2026-09-17 14:45", zone=PT,
      note="Lever confirmation, Portland outdoor-apparel company, on-site; 'Thursday, September 17, 2026 "
           "2:00 PM - 2:45 PM PDT' = 21:00-21:45Z. No ICS. Contact = Reply-To hiring manager.")
def p02() -> bytes:
    body = t("""
        Hi Hannah,

        Your interview with Ridgeback Outfitters has been scheduled. Details below.

        Position: Sustainability Analyst, Materials & Impact
        When: Thursday, September 17, 2026 2:00 PM - 2:45 PM PDT
        Where: Ridgeback HQ, 1120 NW Overton St, Portland, OR 97209
        (check in with the front desk on the 3rd floor, ask for Marcus)
        With: Marcus Tillman, Director of Impact

        Bike parking is in the courtyard if you ride in.

        If anything changes on your end, just reply to this email.

        Ridgeback Outfitters
        Sent with Lever
        """)
    page = t("""
        <!DOCTYPE html><html><body style="margin:0;background:#f4f4f4">
        <div style="max-width:560px;margin:24px auto;background:#fff;padding:24px;font-family:Helvetica,sans-serif">
        <p>Hi Hannah,</p>
        <p>Your interview with Ridgeback Outfitters has been scheduled. Details below.</p>
        <p><strong>Position:</strong> Sustainability Analyst, Materials &amp; Impact<br>
        <strong>When:</strong> Thursday, September 17, 2026 2:00 PM - 2:45 PM PDT<br>
        <strong>Where:</strong> Ridgeback HQ, 1120 NW Overton St, Portland, OR 97209<br>
        (check in with the front desk on the 3rd floor, ask for Marcus)<br>
        <strong>With:</strong> Marcus Tillman, Director of Impact</p>
        <p>Bike parking is in the courtyard if you ride in.</p>
        <p>If anything changes on your end, just reply to this email.</p>
        <p style="color:#888;font-size:12px">Ridgeback Outfitters &middot; Sent with Lever</p>
        </div></body></html>
        """)
    hs = head("Ridgeback Outfitters <no-reply@hire.lever.co>",
              "Interview scheduled: Sustainability Analyst, Materials & Impact", "2026-09-11 09:03", PT,
              "<6a1f3e22-84c0-4b2e-a3f1-d02c9b11e7aa@hire.lever.co>",
              relay="from mail-bn8nam12.outbound.protection.outlook.com ([40.107.237.61])",
              extra=(("Reply-To", "Marcus Tillman <marcus.tillman@ridgebackoutfitters.com>"),
                     ("X-Mailer", "Lever")))
    return message(hs, alt(text(body, cte="7bit"), html(page, cte="base64")))


@mail(n(3), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      company="Columbia Crest Power", start=utc("2026-09-22 09:30", PT), end=None,
      contact="dokafor@columbiacrestpower.com", local="Tue 2026-09-22 09:30", zone=PT,
      note="Utility recruiter, text only 8bit: 'tomorrow at 9:30' resolved against the Date (Mon 21 Sep "
           "2026 08:05 PDT) = Tue 22 Sep 09:30 PDT = 16:30Z. 'about an hour' is approximate, end null. "
           "Contact = human sender.")
def p03() -> bytes:
    body = t("""
        Hi Hannah,

        Great talking with you Friday. I spoke with Ray and he'd like to move fast, so we're set for
        tomorrow at 9:30 — you'll meet Ray Castellanos (Manager, Resource Planning) and Jen Liu from
        our Load Forecasting group. It'll be on Teams; the link is coming from Ray's calendar in a
        minute. Plan on about an hour.

        They'll ask about the regression work you did on the building energy data, so have that
        handy. Nothing to prepare beyond that.

        Let me know if anything comes up.

        Denise Okafor
        Talent Acquisition Partner | Columbia Crest Power
        503-555-0148
        """)
    hs = head("Denise Okafor <dokafor@columbiacrestpower.com>", "Tomorrow's interview - Resource Planning Analyst",
              "2026-09-21 08:05", PT, "<SJ0PR11MB5678A1B2C3D4E5F6A7B8C9D0E1@SJ0PR11MB5678.namprd11.prod.outlook.com>",
              relay="from NAM10-MW2-obe.outbound.protection.outlook.com (mail-mw2nam10on2100.outbound."
                    "protection.outlook.com [40.107.94.100])",
              extra=(("Thread-Topic", "Tomorrow's interview - Resource Planning Analyst"),
                     ("Content-Language", "en-US")))
    return message(hs, text(body, cte="8bit"))


@mail(n(4), family="workday", lang="en-US", interview=True, kind="scheduled", company="Cascadia Health",
      start=utc("2026-09-30 13:00", PT), end=utc("2026-09-30 14:00", PT),
      contact="lorna.whitfield@cascadiahealth.org", local="Wed 2026-09-30 13:00", local_end="2026-09-30 14:00",
      zone=PT,
      note="Workday, hospital system, HTML only (base64); US date '09/30/2026 1:00 PM - 2:00 PM Pacific "
           "Time' (PDT) = 20:00-21:00Z. Contact = recruiter address in the body (sender is a Workday "
           "tenant mailbox).")
def p04() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px">
        <table width="600" align="center"><tr><td style="background:#005a70;color:#fff;padding:12px">
        <b>Cascadia Health Careers</b></td></tr>
        <tr><td style="padding:16px">
        <p>Dear Hannah,</p>
        <p>Thank you for your interest in the <b>Sustainability &amp; Energy Data Analyst (Req R-0041872)</b>
        position with Cascadia Health. We are pleased to confirm your interview:</p>
        <p><b>Interview Type:</b> Hiring Manager Interview (Video)<br>
        <b>Date/Time:</b> 09/30/2026 1:00 PM - 2:00 PM Pacific Time<br>
        <b>Interviewer(s):</b> Dr. Samuel Reyes, Director, Facilities Sustainability<br>
        <b>Location:</b> Microsoft Teams (link will be sent separately by the interviewer)</p>
        <p>Please log in 5 minutes early. If you need an accommodation or have questions, contact your
        recruiter, Lorna Whitfield, at
        <a href="mailto:lorna.whitfield@cascadiahealth.org">lorna.whitfield@cascadiahealth.org</a>.</p>
        <p>Sincerely,<br>Cascadia Health Talent Acquisition</p>
        <p style="font-size:11px;color:#777">This email was sent from an unmonitored mailbox. Please do not
        reply. To view your application, sign in to your candidate home account.</p>
        </td></tr></table></body></html>
        """)
    hs = head("Cascadia Health <cascadiahealth@myworkday.com>", "Interview Confirmation - Sustainability & Energy Data Analyst",
              "2026-09-24 16:40", PT, "<1836274659.48213.1790293200000@wd5-prod-mail-3.myworkday.com>",
              relay="from wd5-prod-mail-3.myworkday.com (wd5-prod-mail-3.myworkday.com [198.51.100.73])")
    return message(hs, html(page, cte="base64"))


@mail(n(5), family="ashby", lang="en-US", interview=True, kind="scheduled", company="Fernwave Analytics",
      start=utc("2026-10-02 11:00", PT), end=utc("2026-10-02 12:00", PT), contact="jonah@fernwave.ai",
      local="Fri 2026-10-02 11:00", local_end="2026-10-02 12:00", zone=PT,
      note="Ashby, San Francisco startup; 'Friday, October 2, 2026 · 11:00 AM – 12:00 PM PDT' = "
           "18:00-19:00Z, ICS in UTC agrees. Contact = Reply-To / ORGANIZER hiring manager.")
def p05() -> bytes:
    body = t("""
        Hi Hannah,

        You're all set! Here are the details for your upcoming interview with Fernwave Analytics.

        Technical Interview: Emissions Data Modeling
        Friday, October 2, 2026 · 11:00 AM – 12:00 PM PDT
        Google Meet: https://meet.google.com/xqv-hmtr-bko

        Interviewers
          Jonah Feld — Head of Data
          Amara Chukwu — Senior Data Scientist

        Need to reschedule? Reply to this email to reach Jonah.

        Fernwave Analytics
        Powered by Ashby
        """)
    page = t("""
        <html><body style="font-family:Inter,Helvetica,Arial,sans-serif;color:#1a1a1a">
        <p>Hi Hannah,</p>
        <p>You&#39;re all set! Here are the details for your upcoming interview with Fernwave Analytics.</p>
        <div style="border:1px solid #e5e5e5;border-radius:8px;padding:16px">
        <div style="font-weight:600">Technical Interview: Emissions Data Modeling</div>
        <div>Friday, October 2, 2026 &middot; 11:00 AM &ndash; 12:00 PM PDT</div>
        <div>Google Meet: <a href="https://meet.google.com/xqv-hmtr-bko">meet.google.com/xqv-hmtr-bko</a></div>
        </div>
        <p><b>Interviewers</b><br>Jonah Feld &mdash; Head of Data<br>Amara Chukwu &mdash; Senior Data Scientist</p>
        <p>Need to reschedule? Reply to this email to reach Jonah.</p>
        <p style="color:#999;font-size:12px">Fernwave Analytics &middot; Powered by Ashby</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:3f0c6a0e-1b7d-4d38-9e55-6c2f0ab4d911
        DTSTAMP:20261003T010200Z
        DTSTART:20261002T180000Z
        DTEND:20261002T190000Z
        SEQUENCE:0
        SUMMARY:Fernwave Analytics - Technical Interview: Emissions Data Modeling
        LOCATION:https://meet.google.com/xqv-hmtr-bko
        ORGANIZER;CN=Jonah Feld:mailto:jonah@fernwave.ai
        ATTENDEE;CN=Hannah Olsen;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannah.olsen@example.org
        ATTENDEE;CN=Amara Chukwu;ROLE=REQ-PARTICIPANT:mailto:amara@fernwave.ai
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Fernwave Analytics <no-reply@ashbyhq.com>", "Interview confirmed: Data Analyst, Emissions at Fernwave Analytics",
              "2026-09-25 18:02", PT, "<01000192f1a4c2d7-aa61b0f3-7f45-4a0b-8d61-93e0c2b7d4f1-000000@email.amazonses.com>",
              relay="from mail.ashbyhq.com (mail.ashbyhq.com [54.240.11.20])",
              extra=(("Reply-To", "Jonah Feld <jonah@fernwave.ai>"),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, cte="base64", disposition="attachment", filename="invite.ics")))


def _harborline_ics(seq: int, start: str, end: str, stamp: str) -> str:
    return t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @TZ@
        BEGIN:VEVENT
        ORGANIZER;CN=Catherine Doyle:mailto:cdoyle@harborline-energy.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Olsen:mailto:hannah.olsen@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mitchell Kane:mailto:mkane@harborline-energy.com
        DESCRIPTION;LANGUAGE=en-US:Interview - Senior Analyst\\, Decarbonization Strategy\\n\\nMicrosoft Teams meeting\\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_HbL0x9%40thread.v2/0
        UID:040000008200E00074C5B7101A82E00800000000B0D95C1E4E41DD0100000000000000001000000077C3F3A2
        SUMMARY;LANGUAGE=en-US:Interview: Hannah Olsen / Senior Analyst\\, Decarbonization Strategy
        DTSTART;TZID=Eastern Standard Time:{start}
        DTEND;TZID=Eastern Standard Time:{end}
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:{stamp}
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:{seq}
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """).replace("@TZ@", VTZ["Eastern Standard Time"]).format(seq=seq, start=start, end=end, stamp=stamp)


TEAMS = t("""
    ________________________________________________________________________________
    Microsoft Teams meeting
    Join on your computer, mobile app or room device
    Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_HbL0x9%40thread.v2/0>
    Meeting ID: 284 113 905 226
    Passcode: Tq7sZp
    Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
    """)


@mail(n(6), family="exchange_outlook", lang="en-US", interview=True, kind="scheduled",
      company="Harborline Energy Advisors", start=utc("2026-10-06 13:00", ET), end=utc("2026-10-06 14:00", ET),
      contact="cdoyle@harborline-energy.com", local="Tue 2026-10-06 13:00", local_end="2026-10-06 14:00", zone=ET,
      note="Boston firm, Exchange meeting request. The 'When:' line shows Outlook's standard-offset label "
           "'(UTC-05:00) Eastern Time (US & Canada)' but October is EDT (UTC-4): 1:00-2:00 PM EDT = "
           "17:00-18:00Z (10 AM Pacific, as the body says); ICS TZID 'Eastern Standard Time' agrees. "
           "Contact = organizer/sender.")
def p06() -> bytes:
    body = t("""
        When: Tuesday, October 6, 2026 1:00 PM-2:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hi Hannah,

        Looking forward to it. I've set this for 1:00 Eastern, which should be 10:00 your time in
        Portland. Mitchell Kane (our Managing Director) will join me. We'll spend most of the hour
        on your Scope 3 work and leave time for your questions.

        Best regards,
        Catherine

        Catherine Doyle | Director, Client Analytics
        Harborline Energy Advisors | 200 Atlantic Ave, Boston, MA 02110
        """) + "\n" + TEAMS
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="EN-US"><div class="WordSection1">
        <p class="MsoNormal">Hi Hannah,</p>
        <p class="MsoNormal">Looking forward to it. I&#8217;ve set this for 1:00 Eastern, which should be
        10:00 your time in Portland. Mitchell Kane (our Managing Director) will join me. We&#8217;ll spend
        most of the hour on your Scope 3 work and leave time for your questions.</p>
        <p class="MsoNormal">Best regards,<br>Catherine</p>
        <p class="MsoNormal"><span style="font-size:9pt;color:#595959">Catherine Doyle | Director, Client
        Analytics<br>Harborline Energy Advisors | 200 Atlantic Ave, Boston, MA 02110</span></p>
        <div style="margin-top:24px">______________________________________________<br>
        <b>Microsoft Teams meeting</b><br>Join on your computer, mobile app or room device<br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_HbL0x9%40thread.v2/0">Click here to join the meeting</a><br>
        Meeting ID: 284 113 905 226<br>Passcode: Tq7sZp</div>
        </div></body></html>
        """)
    ics = _harborline_ics(0, "20261006T130000", "20261006T140000", "20260930T141200Z")
    hs = head("Catherine Doyle <cdoyle@harborline-energy.com>",
              "Interview: Hannah Olsen / Senior Analyst, Decarbonization Strategy", "2026-09-30 10:12", ET,
              "<BN7PR14MB4412C0E8F1A23B45D67E89F0AB12@BN7PR14MB4412.namprd14.prod.outlook.com>",
              relay="from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2113.outbound."
                    "protection.outlook.com [40.107.237.113])",
              extra=(("Thread-Topic", "Interview: Hannah Olsen / Senior Analyst, Decarbonization Strategy"),
                     ("Thread-Index", "AdrUf3Wq9x0m1kLsQz6vR2p8nYbT4A=="),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(7), family="calendly", lang="en-US", interview=True, kind="scheduled", company=None,
      start=utc("2026-10-08 16:30", PT), end=utc("2026-10-08 17:00", PT),
      contact="greg@summittalentpartners.com", local="Thu 2026-10-08 16:30", local_end="2026-10-08 17:00", zone=PT,
      note="Calendly invitee confirmation for an agency recruiter's screen for a client role; "
           "'04:30pm - 05:00pm (Pacific Time - US & Canada) Thursday, October 8, 2026' = 23:30-00:00Z, "
           "ending on the next UTC day; ICS agrees. Contact = Reply-To host. Company null: the "
           "hiring client is not named (Summit is the agency).")
def p07() -> bytes:
    body = t("""
        Hi Hannah Olsen,

        Your event has been scheduled.

        Event Type:
        Screening call - Contract Sustainability Reporting Analyst (client: confidential)

        Event Date/Time:
        04:30pm - 05:00pm (Pacific Time - US & Canada)
        Thursday, October 8, 2026

        Location:
        Greg will call you at +1 503-555-0192

        Invitee Time Zone:
        Pacific Time - US & Canada

        Questions:
        Which role are you interested in? CSRD / ESG reporting contract (6 months)

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7f1e2c4a-bd53-4b1e-9b53-3b5a2f0e7d61
        Reschedule: https://calendly.com/reschedulings/7f1e2c4a-bd53-4b1e-9b53-3b5a2f0e7d61

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:7f1e2c4a-bd53-4b1e-9b53-3b5a2f0e7d61@calendly.com
        DTSTAMP:20261005T194700Z
        DTSTART:20261008T233000Z
        DTEND:20261009T000000Z
        SUMMARY:Screening call - Contract Sustainability Reporting Analyst between Greg Hamada and Hannah Olsen
        ORGANIZER;CN=Greg Hamada:mailto:greg@summittalentpartners.com
        ATTENDEE;CN=Hannah Olsen;RSVP=TRUE:mailto:hannah.olsen@example.org
        LOCATION:+1 503-555-0192
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: Screening call - Contract Sustainability Reporting Analyst with Greg Hamada on "
              "Thursday, October 8, 2026", "2026-10-05 12:47", PT,
              "<20261005194701.1.8c6e0d1f2a3b4c5d@mg.calendly.com>",
              relay="from m42-8.mailgun.net (m42-8.mailgun.net [69.72.42.8])",
              extra=(("Reply-To", "Greg Hamada <greg@summittalentpartners.com>"),))
    return message(hs, mixed(text(body), calendar(ics, disposition="attachment", filename="invite.ics")))


@mail(n(8), family="google_calendar", lang="en-US", interview=True, kind="scheduled",
      company="Sawtooth Renewables", start=utc("2026-10-12 09:00", MT), end=utc("2026-10-12 09:45", MT),
      contact="travis.engstrom@sawtoothrenewables.com", local="Mon 2026-10-12 09:00", local_end="2026-10-12 09:45",
      zone=MT,
      note="Google Calendar invitation from a Boise company, Mountain time: 'Mon Oct 12, 2026 9am - "
           "9:45am (MDT)' = 15:00-15:45Z (8 AM in Portland); ICS TZID America/Boise agrees. Contact = "
           "ORGANIZER.")
def p08() -> bytes:
    body = t("""
        You have been invited to the following event.

        Hannah Olsen <> Sawtooth - Energy Data Analyst interview
        Monday Oct 12, 2026 ⋅ 9am – 9:45am
        Mountain Time - Boise

        Hi Hannah - first conversation with me and Kelsey from our asset-performance team. We'll talk
        through your background and the role. Call in from your laptop, no prep needed. - Travis

        Join with Google Meet
        https://meet.google.com/pdw-qrkn-fzy

        Organizer
        Travis Engstrom
        travis.engstrom@sawtoothrenewables.com

        Guests
        Travis Engstrom - organizer
        kelsey.marsh@sawtoothrenewables.com
        hannah.olsen@example.org

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NXFzYmI4

        Reply for hannah.olsen@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=NXFzYmI4&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=NXFzYmI4&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=NXFzYmI4&rst=3

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        @TZ@
        BEGIN:VEVENT
        DTSTART;TZID=America/Boise:20261012T090000
        DTEND;TZID=America/Boise:20261012T094500
        DTSTAMP:20261006T211000Z
        ORGANIZER;CN=Travis Engstrom:mailto:travis.engstrom@sawtoothrenewables.com
        UID:5qsbb8l1v2j3k9m0t7c6r4n2p1@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Travis Engstrom;X-NUM-GUESTS=0:mailto:travis.engstrom@sawtoothrenewables.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hannah.olsen@example.org;X-NUM-GUESTS=0:mailto:hannah.olsen@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kelsey.marsh@sawtoothrenewables.com;X-NUM-GUESTS=0:mailto:kelsey.marsh@sawtoothrenewables.com
        X-GOOGLE-CONFERENCE:https://meet.google.com/pdw-qrkn-fzy
        CREATED:20261006T210912Z
        DESCRIPTION:Hi Hannah - first conversation with me and Kelsey from our asset-performance team.
        LAST-MODIFIED:20261006T211000Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Hannah Olsen <> Sawtooth - Energy Data Analyst interview
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """).replace("@TZ@", VTZ_BOISE)
    hs = head("Travis Engstrom <travis.engstrom@sawtoothrenewables.com>",
              "Invitation: Hannah Olsen <> Sawtooth - Energy Data Analyst interview @ Mon Oct 12, 2026 "
              "9am - 9:45am (MDT) (hannah.olsen@example.org)", "2026-10-06 15:10", MT,
              "<calendar-2b7e91c4-5d3a-4f08-b6e2-0c9a7d1e3f55@google.com>",
              relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "travis.engstrom@sawtoothrenewables.com")))
    page = gmail_html(body)
    return message(hs, mixed(alt(text(body), html(page), calendar(ics)),
                             calendar(ics, method="REQUEST", ctype="application/ics", cte="base64",
                                      disposition="attachment", filename="invite.ics", name_param=True)))


@mail(n(9), family="goodtime", lang="en-US", interview=True, kind="scheduled", company="Cirrusline",
      start=utc("2026-10-13 09:00", PT), end=utc("2026-10-13 12:15", PT),
      contact="aaron.pike@cirrusline.cloud", local="Tue 2026-10-13 09:00", local_end="2026-10-13 12:15", zone=PT,
      note="GoodTime itinerary for a virtual onsite (thread with the Cirrusline screen): four sessions "
           "Tue Oct 13 from 9:00 AM to 12:15 PM PDT -> first start to last end = 16:00-19:15Z; one ICS "
           "block with TZID America/Los_Angeles agrees. Contact = Reply-To coordinator.")
def p09() -> bytes:
    body = t("""
        Hi Hannah,

        Great news - your virtual onsite with Cirrusline is confirmed. Here is your itinerary
        (all times Pacific Time):

        Tuesday, October 13, 2026

          9:00 AM - 9:45 AM    Hiring Manager: Dev Raman, Manager, Sustainability Engineering
          9:50 AM - 10:35 AM   Technical: SQL & Python with Lina Okoro
          10:45 AM - 11:30 AM  Case study: Carbon accounting for compute
          11:30 AM - 12:15 PM  Values & collaboration with Theo Brandt

        Every session uses the same Zoom room:
        https://cirrusline.zoom.us/j/93158824417

        A 10-minute break is built in before the case study. If you need to make any change, reply to
        this message and I will take care of it.

        Aaron Pike
        Recruiting Coordinator, Cirrusline

        Scheduled with GoodTime
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//GoodTime.io//Interview Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        @TZ@
        BEGIN:VEVENT
        UID:gt-itin-4481920-cirrusline@goodtime.io
        DTSTAMP:20261007T183000Z
        DTSTART;TZID=America/Los_Angeles:20261013T090000
        DTEND;TZID=America/Los_Angeles:20261013T121500
        SUMMARY:Cirrusline Virtual Onsite - Hannah Olsen
        LOCATION:https://cirrusline.zoom.us/j/93158824417
        ORGANIZER;CN=Aaron Pike:mailto:aaron.pike@cirrusline.cloud
        ATTENDEE;CN=Hannah Olsen;RSVP=TRUE:mailto:hannah.olsen@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """).replace("@TZ@", VTZ_LA)
    hs = head("Cirrusline via GoodTime <noreply@goodtime.io>", "Your Cirrusline interview itinerary - Tuesday, October 13",
              "2026-10-07 11:30", PT, "<0101019b2c4e77a1-3c1f9b2e-6d47-4e1a-8b0c-5a7f2d9e6c11-000000@us-west-2.amazonses.com>",
              relay="from a27-12.smtp-out.us-west-2.amazonses.com (a27-12.smtp-out.us-west-2.amazonses.com "
                    "[54.240.27.12])",
              extra=(("Reply-To", "Aaron Pike <aaron.pike@cirrusline.cloud>"),))
    return message(hs, mixed(text(body), calendar(ics, disposition="attachment", filename="Cirrusline_Onsite.ics")))


@mail(n(10), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      company="Confluence Lands Trust", start=utc("2026-10-22 15:00", PT), end=None,
      contact="rosa@confluencelandstrust.org", local="Thu 2026-10-22 15:00", zone=PT,
      note="Nonprofit executive director; the attached ICS is an all-day hold (VALUE=DATE 2026-10-22), the "
           "time is only in the text: 'we'll start at 3:00' on Thursday the 22nd = 15:00 PDT = 22:00Z. "
           "'until about 4:30' is approximate, end null. Contact = human sender.")
def p10() -> bytes:
    body = t("""
        Hi Hannah,

        Wonderful - the committee is glad you can come in. I put an all-day hold on your calendar for
        Thursday the 22nd (attached) just so nobody double-books you, but we'll actually start at
        3:00 at our office, 2nd floor at 2217 SE Belmont. Buzz "CLT" at the side door.

        It'll be me, Walt from the board, and Sunita, who runs our monitoring program. Figure until
        about 4:30. If you want to bring a sample map or dashboard, we'd love to see one, but no
        pressure.

        Warmly,
        Rosa

        Rosa Delgado-Whitman
        Executive Director, Confluence Lands Trust
        (971) 555-0133
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Apple Inc.//macOS 15.6//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:0B6C1E2F-7A44-4C59-9D3B-2E8F61A0C7D4
        DTSTAMP:20261017T004800Z
        DTSTART;VALUE=DATE:20261022
        DTEND;VALUE=DATE:20261023
        SUMMARY:HOLD - Hannah Olsen / CLT data coordinator
        ORGANIZER;CN=Rosa Delgado-Whitman:mailto:rosa@confluencelandstrust.org
        ATTENDEE;CN=Hannah Olsen;RSVP=TRUE:mailto:hannah.olsen@example.org
        TRANSP:TRANSPARENT
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Rosa Delgado-Whitman <rosa@confluencelandstrust.org>", "Re: Data & Monitoring Coordinator - next step",
              "2026-10-16 17:48", PT, "<4E2B8C1D-93A7-4F0E-B5D2-71C6A9E3F028@confluencelandstrust.org>",
              relay="from mail-pj1-f54.google.com (mail-pj1-f54.google.com [209.85.216.54])",
              extra=(("In-Reply-To", "<CAHo1s3nQ8vJ2x+Lk7dPz0yWm9R4tE6sA1bC5fG8hJ2kL3m@mail.gmail.com>"),
                     ("References", "<CAHo1s3nQ8vJ2x+Lk7dPz0yWm9R4tE6sA1bC5fG8hJ2kL3m@mail.gmail.com>"),
                     ("X-Mailer", "Apple Mail (2.3826.600.51.1.1)")))
    return message(hs, mixed(text(body, cte="7bit", params="format=flowed"),
                             calendar(ics, disposition="attachment", filename="Hold.ics")))


@mail(n(11), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      company="Meridian Grid Capital", start=utc("2026-11-02 12:00", ET), end=utc("2026-11-02 12:45", ET),
      contact="dana@brightwatersearch.com", local="Mon 2026-11-02 12:00", local_end="2026-11-02 12:45", zone=ET,
      note="New York agency recruiter, windows-1252 quoted-printable. Sent Thu 29 Oct (EDT); interview "
           "'Monday, November 2 at 12:00 PM ET' is after the 1 Nov switch, so EST (UTC-5) = 17:00Z "
           "(the body's '9:00 AM for you' is PST, consistent). 'for 45 minutes' is exact -> end 17:45Z. "
           "Contact = human sender; company = the client named.")
def p11() -> bytes:
    body = t("""
        Hi Hannah,

        Confirmed with Meridian Grid Capital: you're on for Monday, November 2 at 12:00 PM ET with
        Alicia Brennan (VP, Portfolio Analytics) for 45 minutes. That's 9:00 AM for you – clocks go
        back this weekend on both coasts, so it's still a three-hour gap.

        Alicia will dial your cell. She's direct and numbers-first, so lead with the PPA
        portfolio model you walked me through. She’ll also ask why you want to leave the West Coast
        team, have a crisp answer ready.

        Call me after if you can, I want to hear how it went.

        Dana

        Dana Kowalczyk
        Principal, Energy & Infrastructure Practice
        Brightwater Search | 14 Wall Street, 20th Fl, New York, NY 10005
        m: 646-555-0117
        """)
    hs = head("Dana Kowalczyk <dana@brightwatersearch.com>", "Meridian - Monday confirmed",
              "2026-10-29 16:20", ET, "<MN2PR06MB5521D7E1F0A9C3B48E2D6F7A01C5@MN2PR06MB5521.namprd06.prod.outlook.com>",
              relay="from NAM04-MW2-obe.outbound.protection.outlook.com (mail-mw2nam04on2091.outbound."
                    "protection.outlook.com [40.107.101.91])",
              extra=(("Thread-Topic", "Meridian - Monday confirmed"), ("Content-Language", "en-US")))
    return message(hs, text(body, charset="windows-1252"))


@mail(n(12), family="zoom", lang="en-US", interview=True, kind="scheduled", company="Northbeam Data",
      start=utc("2026-11-03 09:00", PT), end=utc("2026-11-03 09:30", PT),
      contact="kenji.moreau@northbeamdata.com", local="Tue 2026-11-03 09:00", local_end="2026-11-03 09:30", zone=PT,
      note="Seattle recruiter with a pasted Zoom invitation; mail sent Fri 30 Oct in PDT, interview "
           "'Nov 3, 2026 09:00 AM Pacific Time' is after DST ends on 1 Nov -> PST (UTC-8) = 17:00Z; "
           "'a 30-minute call' is exact -> end 17:30Z. Contact = human sender.")
def p12() -> bytes:
    body = t("""
        Hi Hannah,

        Thanks for getting back to me so quickly. Locking in Tuesday morning for a 30-minute call
        with Beth Sandoval, our Analytics Lead for the Grid Insights team. Zoom details below.

        Heads up that the clocks change this weekend - the invite is in Pacific time so it should
        adjust on its own.

        Kenji Moreau
        Technical Recruiter | Northbeam Data
        Seattle, WA

        ---

        Kenji Moreau is inviting you to a scheduled Zoom meeting.

        Topic: Northbeam Data - Hannah Olsen / Beth Sandoval
        Time: Nov 3, 2026 09:00 AM Pacific Time (US and Canada)

        Join Zoom Meeting
        https://northbeamdata.zoom.us/j/86604219935?pwd=Qk5vZHNBYmRxM1pTRkJlUjFmZz09

        Meeting ID: 866 0421 9935
        Passcode: 552187

        ---

        One tap mobile
        +12532158782,,86604219935#,,,,*552187# US (Tacoma)
        +16699006833,,86604219935#,,,,*552187# US (San Jose)
        """)
    hs = head("Kenji Moreau <kenji.moreau@northbeamdata.com>", "Northbeam Data - call with Beth on Tuesday",
              "2026-10-30 13:05", PT, "<CAF8m2pTx7QbL1v+Zk0Wn3Yh6Rc9Ds4Ea2Jf5Gi8Ko1Lq7M@mail.gmail.com>",
              relay="from mail-oi1-f180.google.com (mail-oi1-f180.google.com [209.85.167.180])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(13), family="microsoft_bookings", lang="en-US", interview=True, kind="scheduled",
      company="Rosebrook Public Utility District", start=utc("2026-10-15 14:00", PT),
      end=utc("2026-10-15 14:45", PT), contact=None, local="Thu 2026-10-15 14:00", local_end="2026-10-15 14:45",
      zone=PT,
      note="Microsoft Bookings confirmation from a public utility's shared booking mailbox. The body's zone "
           "label is the standard-offset display '(UTC-08:00) Pacific Time (US & Canada)' but October is "
           "PDT: 2:00-2:45 PM = 21:00-21:45Z; the ICS (TZID 'Pacific Standard Time') agrees. Only the "
           "Bookings mailbox and a staff name appear -> contact null.")
def p13() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#323130">
        <div style="font-size:20px;font-weight:600">Your booking is confirmed</div>
        <p>Hello Hannah Olsen,</p>
        <p>Thank you for booking with Rosebrook PUD - Human Resources. Your booking has been confirmed.</p>
        <table style="font-size:14px">
        <tr><td style="color:#605e5c">Service</td><td>Analyst II (Energy Efficiency Programs) - Panel Interview</td></tr>
        <tr><td style="color:#605e5c">Date and time</td><td>Thursday, October 15, 2026 2:00 PM - 2:45 PM (UTC-08:00) Pacific Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Lisa Varga</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>Microsoft Teams meeting (join link below)</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_RbPUD7%40thread.v2/0">Join your appointment</a></p>
        <p>Please bring questions about the position. Panelists will have your application materials.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/RosebrookPUDInterviews@rosebrookpud.org/bookings/">Manage booking</a></p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @TZ@
        BEGIN:VEVENT
        ORGANIZER;CN=Rosebrook PUD Interviews:mailto:RosebrookPUDInterviews@rosebrookpud.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Olsen:mailto:hannah.olsen@example.org
        SUMMARY;LANGUAGE=en-US:Analyst II (Energy Efficiency Programs) - Panel Interview
        DTSTART;TZID=Pacific Standard Time:20261015T140000
        DTEND;TZID=Pacific Standard Time:20261015T144500
        UID:040000008200E00074C5B7101A82E008000000004A1C7E3F2A4BDD01000000000000000010000000E8F1A2B3
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261013T173100Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """).replace("@TZ@", VTZ_WIN_PACIFIC)
    hs = head("Rosebrook PUD Interviews <RosebrookPUDInterviews@rosebrookpud.org>",
              "Booking confirmed: Analyst II (Energy Efficiency Programs) - Panel Interview",
              "2026-10-13 10:31", PT, "<DM6PR03MB5049B3C7A1E2D4F5A6B7C8D9E0F1@DM6PR03MB5049.namprd03.prod.outlook.com>",
              relay="from GCC02-DM3-obe.outbound.protection.outlook.com (mail-dm3gcc02on2120.outbound."
                    "protection.outlook.com [40.107.91.120])")
    return message(hs, mixed(html(page, cte="base64"),
                             calendar(ics, cte="base64", disposition="attachment", filename="invite.ics")))


@mail(n(14), family="teamtailor", lang="en-CA", interview=True, kind="scheduled",
      company="Salal Climate Data", start=utc("2026-11-12 10:00", PT), end=utc("2026-11-12 10:45", PT),
      contact="emilie.tremblay@salalclimate.ca", local="Thu 2026-11-12 10:00", local_end="2026-11-12 10:45",
      zone=PT,
      note="Teamtailor, Vancouver company (Canadian spelling, day-month date): 'Thursday 12 November 2026, "
           "10:00-10:45 (Pacific Time)' = PST 18:00-18:45Z. Sender display name is RFC 2047; contact = "
           "recruiter address in the body (sender is Teamtailor's mailer).")
def p14() -> bytes:
    body = t("""
        Hi Hannah,

        Thanks for booking a time - we're looking forward to meeting you!

        Video interview: Climate Risk Data Analyst
        Thursday 12 November 2026, 10:00–10:45 (Pacific Time)
        With: Émilie Tremblay (People & Culture) and Owen Sinclair (Lead, Physical Risk Modelling)
        Join: https://meet.google.com/ubf-wzsa-qnd

        We'll chat about your experience, the team's work on flood and wildfire risk, and what you'd
        like to see in your next role. Our office is in Gastown, but this first conversation is
        fully remote.

        Questions? Write to Émilie directly at emilie.tremblay@salalclimate.ca.

        Cheers,
        The Salal Climate Data team
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;background:#faf8f2">
        <div style="max-width:540px;margin:0 auto;background:#fff;padding:28px">
        <p>Hi Hannah,</p>
        <p>Thanks for booking a time - we&#8217;re looking forward to meeting you!</p>
        <div style="background:#e9f1ec;padding:14px;border-radius:6px">
        <strong>Video interview: Climate Risk Data Analyst</strong><br>
        Thursday 12 November 2026, 10:00&#8211;10:45 (Pacific Time)<br>
        With: &#201;milie Tremblay (People &amp; Culture) and Owen Sinclair (Lead, Physical Risk Modelling)<br>
        Join: <a href="https://meet.google.com/ubf-wzsa-qnd">meet.google.com/ubf-wzsa-qnd</a></div>
        <p>We&#8217;ll chat about your experience, the team&#8217;s work on flood and wildfire risk, and what
        you&#8217;d like to see in your next role. Our office is in Gastown, but this first conversation is
        fully remote.</p>
        <p>Questions? Write to &#201;milie directly at
        <a href="mailto:emilie.tremblay@salalclimate.ca">emilie.tremblay@salalclimate.ca</a>.</p>
        <p>Cheers,<br>The Salal Climate Data team</p>
        <p style="font-size:11px;color:#999">Sent by Teamtailor on behalf of Salal Climate Data</p>
        </div></body></html>
        """)
    hs = head(addr("Émilie Tremblay - Salal Climate Data", "no-reply@teamtailor-mail.com"),
              "Interview booked: Climate Risk Data Analyst – Salal Climate Data", "2026-11-05 14:00", PT,
              "<6f3a9d1e4b8c2f70@teamtailor-mail.com>",
              relay="from mail.teamtailor-mail.com (mail.teamtailor-mail.com [185.189.236.40])")
    return message(hs, alt(text(body), html(page)))


@mail(n(15), family="workable", lang="en-US", interview=True, kind="scheduled", company="Lumen Grid Software",
      start=utc("2026-11-17 13:00", "America/Denver"), end=utc("2026-11-17 13:30", "America/Denver"),
      contact="rachel.oyelaran@lumengrid.io", local="Tue 2026-11-17 13:00", local_end="2026-11-17 13:30",
      zone="America/Denver",
      note="Workable, remote team based in Denver; time written with an IANA label 'Tuesday, November 17, "
           "2026 at 1:00 PM - 1:30 PM (America/Denver)' = MST 20:00-20:30Z (noon in Portland); ICS in "
           "UTC agrees. Reply-To is a Workable relay, so contact = the hiring manager's address in the body.")
def p15() -> bytes:
    body = t("""
        Hi Hannah,

        Your interview for the Energy Analytics Associate (Remote - US) position at Lumen Grid Software
        has been scheduled.

        Date: Tuesday, November 17, 2026 at 1:00 PM - 1:30 PM (America/Denver)
        Type: Video call
        Link: https://lumengrid.whereby.com/hiring-rachel
        Interviewer: Rachel Oyelaran, Analytics Manager (rachel.oyelaran@lumengrid.io)

        Please reply to this email if you need to reschedule.

        Best regards,
        Lumen Grid Software Hiring Team

        --
        Sent via Workable
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workable//Workable Events//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:ev_4f8a21c9d7@workable.com
        DTSTAMP:20261111T161200Z
        DTSTART:20261117T200000Z
        DTEND:20261117T203000Z
        SUMMARY:Interview: Hannah Olsen - Energy Analytics Associate (Remote - US)
        LOCATION:https://lumengrid.whereby.com/hiring-rachel
        ORGANIZER;CN=Lumen Grid Software:mailto:lumen-grid+c8f21b4e@candidates.workablemail.com
        ATTENDEE;CN=Hannah Olsen;RSVP=TRUE:mailto:hannah.olsen@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Lumen Grid Software <lumen-grid@workablemail.com>",
              "Interview scheduled for Energy Analytics Associate (Remote - US)", "2026-11-11 09:12", "America/Denver",
              "<20261111161201.8d2f6a01e3b4@workablemail.com>",
              relay="from o1.ptr7731.workablemail.com (o1.ptr7731.workablemail.com [167.89.41.77])",
              extra=(("Reply-To", "lumen-grid+c8f21b4e@candidates.workablemail.com"),))
    return message(hs, mixed(text(body, cte="7bit"),
                             calendar(ics, disposition="attachment", filename="invite.ics", name_param=True)))


@mail(n(16), family="icims_forward", lang="en-US", interview=True, kind="scheduled",
      company="Rosewood Health Partners", start=utc("2026-11-19 16:30", PT), end=utc("2026-11-19 17:30", PT),
      contact="miguel.ortega@rosewoodhealth.org", local="Thu 2026-11-19 16:30", local_end="2026-11-19 17:30",
      zone=PT,
      note="Hannah forwards an iCIMS invitation from her old address as a message/rfc822 attachment. "
           "'Thursday, November 19, 2026, 4:30 PM - 5:30 PM Pacific' = PST 00:30-01:30Z on Fri 20 Nov "
           "(the UTC date is the next day). Contact = recruiter address in the forwarded body, never the "
           "candidate's own addresses.")
def p16() -> bytes:
    inner_body = t("""
        Dear Hannah,

        Thank you for your interest in Rosewood Health Partners. We would like to invite you to a
        panel interview for the Energy & Sustainability Analyst position (Job ID 2026-18840).

        Date: Thursday, November 19, 2026
        Time: 4:30 PM - 5:30 PM Pacific
        Format: Zoom video (link below)
        Panel: Grace Liang (Director, Environmental Stewardship), Paul Henning (Facilities Finance)

        Zoom: https://rosewoodhealth.zoom.us/j/97720418836

        If you have questions before the interview, please contact Miguel Ortega,
        Talent Acquisition Specialist, at miguel.ortega@rosewoodhealth.org or 415-555-0166.

        Sincerely,
        Rosewood Health Partners Talent Acquisition
        San Francisco, CA

        Please do not reply to this message. This mailbox is not monitored.
        """)
    inner = message([("From", "Rosewood Health Partners <rosewoodhealth@talent.icims.com>"),
                     ("To", "Hannah Olsen <hannah.olsen@example.net>"),
                     ("Subject", "Panel Interview Invitation - Energy & Sustainability Analyst"),
                     ("Date", date("2026-11-13 15:30", PT)),
                     ("Message-ID", "<1763076600.118842.rosewoodhealth@talent.icims.com>")],
                    text(inner_body, charset="iso-8859-1"))
    note = t("""
        moving this to my main inbox

        Sent from my iPhone
        """)
    hs = head("Hannah Olsen <hannah.olsen@example.net>", "Fwd: Panel Interview Invitation - Energy & Sustainability Analyst",
              "2026-11-14 08:10", PT, "<A7F2C3E1-0B4D-4E9A-8C71-5D3F2B6A9E10@example.net>",
              relay="from smtp.example.net (smtp.example.net [203.0.113.25])")
    return message(hs, mixed(text(note, cte="7bit"), attached_message(inner, "Panel Interview Invitation.eml")))


@mail(n(17), family="workday", lang="en-US", interview=True, kind="rescheduled", company="Cascadia Health",
      start=utc("2026-10-01 15:00", PT), end=utc("2026-10-01 16:00", PT),
      contact="lorna.whitfield@cascadiahealth.org", local="Thu 2026-10-01 15:00", local_end="2026-10-01 16:00",
      zone=PT,
      note="Workday reschedule (thread with the Cascadia Health confirmation). Old '09/30/2026 1:00 PM', new "
           "'10/01/2026 3:00 PM - 4:00 PM Pacific Time' = PDT 22:00-23:00Z; labelled with the new time. "
           "Contact = recruiter address in the body.")
def p17() -> bytes:
    body = t("""
        Dear Hannah,

        Your interview for Sustainability & Energy Data Analyst (Req R-0041872) has been rescheduled
        at the request of the hiring manager.

        Previous Date/Time: 09/30/2026 1:00 PM - 2:00 PM Pacific Time
        New Date/Time:      10/01/2026 3:00 PM - 4:00 PM Pacific Time

        Interview Type: Hiring Manager Interview (Video)
        Interviewer(s): Dr. Samuel Reyes, Director, Facilities Sustainability
        Location: Microsoft Teams (an updated link will be sent by the interviewer)

        We apologize for any inconvenience. If the new time does not work for you, please contact
        your recruiter, Lorna Whitfield, at lorna.whitfield@cascadiahealth.org.

        Sincerely,
        Cascadia Health Talent Acquisition

        This email was sent from an unmonitored mailbox. Please do not reply.
        """)
    page = t("""
        <html><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px">
        <p>Dear Hannah,</p>
        <p>Your interview for <b>Sustainability &amp; Energy Data Analyst (Req R-0041872)</b> has been
        rescheduled at the request of the hiring manager.</p>
        <p><span style="text-decoration:line-through;color:#888">Previous Date/Time: 09/30/2026 1:00 PM - 2:00 PM Pacific Time</span><br>
        <b>New Date/Time: 10/01/2026 3:00 PM - 4:00 PM Pacific Time</b></p>
        <p>Interview Type: Hiring Manager Interview (Video)<br>
        Interviewer(s): Dr. Samuel Reyes, Director, Facilities Sustainability<br>
        Location: Microsoft Teams (an updated link will be sent by the interviewer)</p>
        <p>We apologize for any inconvenience. If the new time does not work for you, please contact your
        recruiter, Lorna Whitfield, at <a href="mailto:lorna.whitfield@cascadiahealth.org">lorna.whitfield@cascadiahealth.org</a>.</p>
        <p>Sincerely,<br>Cascadia Health Talent Acquisition</p>
        <p style="font-size:11px;color:#777">This email was sent from an unmonitored mailbox. Please do not reply.</p>
        </body></html>
        """)
    hs = head("Cascadia Health <cascadiahealth@myworkday.com>",
              "Interview Rescheduled - Sustainability & Energy Data Analyst", "2026-09-28 11:15", PT,
              "<1902518337.51877.1790619300000@wd5-prod-mail-1.myworkday.com>",
              relay="from wd5-prod-mail-1.myworkday.com (wd5-prod-mail-1.myworkday.com [198.51.100.71])")
    return message(hs, alt(text(body), html(page)))


@mail(n(18), family="exchange_outlook", lang="en-US", interview=True, kind="rescheduled",
      company="Harborline Energy Advisors", start=utc("2026-10-07 11:30", ET), end=utc("2026-10-07 12:30", ET),
      contact="cdoyle@harborline-energy.com", local="Wed 2026-10-07 11:30", local_end="2026-10-07 12:30", zone=ET,
      note="Exchange meeting update (SEQUENCE:1, thread with the Harborline request). The prose only says "
           "'Wednesday morning'; the new time is only in the ICS: 11:30-12:30 'Eastern Standard Time' "
           "(EDT in October) = 15:30-16:30Z. Contact = organizer/sender.")
def p18() -> bytes:
    body = t("""
        Hi Hannah,

        Apologies for the shuffle - Mitchell's board call landed right on top of us tomorrow. I've
        moved our conversation to Wednesday morning instead; the updated invite is attached and the
        Teams link is unchanged. Hope that still works on your side.

        Catherine
        """) + "\n" + TEAMS
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="EN-US"><div class="WordSection1">
        <p class="MsoNormal">Hi Hannah,</p>
        <p class="MsoNormal">Apologies for the shuffle &#8211; Mitchell&#8217;s board call landed right on top
        of us tomorrow. I&#8217;ve moved our conversation to Wednesday morning instead; the updated invite is
        attached and the Teams link is unchanged. Hope that still works on your side.</p>
        <p class="MsoNormal">Catherine</p>
        </div></body></html>
        """)
    ics = _harborline_ics(1, "20261007T113000", "20261007T123000", "20261005T123000Z")
    hs = head("Catherine Doyle <cdoyle@harborline-energy.com>",
              "Updated: Interview: Hannah Olsen / Senior Analyst, Decarbonization Strategy", "2026-10-05 08:30", ET,
              "<BN7PR14MB4412F9A0B1C2D3E4F5A6B7C8D9E0@BN7PR14MB4412.namprd14.prod.outlook.com>",
              relay="from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2101.outbound."
                    "protection.outlook.com [40.107.237.101])", qid="4Wr2Hc6Lk1z3",
              extra=(("Thread-Topic", "Interview: Hannah Olsen / Senior Analyst, Decarbonization Strategy"),
                     ("Thread-Index", "AdrUf3Wq9x0m1kLsQz6vR2p8nYbT4AAJc1Rw"), ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(19), family="recruitee", lang="en-US", interview=True, kind="rescheduled", company="Noordwind Energy",
      start=utc("2026-11-30 08:00", PT), end=utc("2026-11-30 09:00", PT),
      contact="sanne.devries@noordwind-energy.com", local="Mon 2026-11-30 08:00", local_end="2026-11-30 09:00",
      zone=PT,
      note="Recruitee reschedule from a Dutch wind company's Portland office, written by a Dutch recruiter "
           "in English; old 'Tuesday 24 November at 10:00', new 'Monday 30 November, 08:00 - 09:00 (Pacific "
           "Time)' = PST 16:00-17:00Z (a 17:00 call in Amsterdam, as she says). Contact = Reply-To.")
def p19() -> bytes:
    body = t("""
        Hi Hannah,

        Unfortunately our Head of Offshore Analytics, Pieter, has to travel to Esbjerg next week, so we
        need to move your second interview. Sorry for this!

        Old time: Tuesday 24 November at 10:00 (Pacific Time)
        New time: Monday 30 November, 08:00 - 09:00 (Pacific Time)

        For Pieter that is 17:00 in Amsterdam, so it works for both sides. The Teams link stays the
        same: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NwE4k2%40thread.v2/0

        Please let me know if the new time is not okay for you.

        Kind regards,
        Sanne de Vries
        Talent Acquisition, Noordwind Energy
        """)
    page = t("""
        <div style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Hannah,</p>
        <p>Unfortunately our Head of Offshore Analytics, Pieter, has to travel to Esbjerg next week, so we need
        to move your second interview. Sorry for this!</p>
        <p>Old time: <s>Tuesday 24 November at 10:00 (Pacific Time)</s><br>
        New time: <b>Monday 30 November, 08:00 - 09:00 (Pacific Time)</b></p>
        <p>For Pieter that is 17:00 in Amsterdam, so it works for both sides. The Teams link stays the same:
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NwE4k2%40thread.v2/0">join the meeting</a></p>
        <p>Please let me know if the new time is not okay for you.</p>
        <p>Kind regards,<br>Sanne de Vries<br>Talent Acquisition, Noordwind Energy</p>
        <p style="font-size:11px;color:#aaa">Sent with Recruitee</p>
        </div>
        """)
    hs = head("Sanne de Vries - Noordwind Energy <no-reply@recruitee.com>",
              "Your interview for Wind Performance Data Analyst has been moved", "2026-11-21 09:20", PT,
              "<5fe8a1d2c3b4.20261121172000@mg.recruitee.com>",
              relay="from mg.recruitee.com (mg.recruitee.com [161.38.193.20])",
              extra=(("Reply-To", "Sanne de Vries <sanne.devries@noordwind-energy.com>"),))
    return message(hs, alt(text(body), html(page)))


@mail(n(20), family="human_prose_mobile", lang="en-US", interview=True, kind="rescheduled",
      company="Sawtooth Renewables", start=utc("2026-12-02 10:00", MT), end=None,
      contact="travis.engstrom@sawtoothrenewables.com", local="Wed 2026-12-02 10:00", zone=MT,
      note="Texts-style reply from the Boise hiring manager's phone (thread with the Sawtooth invitation). "
           "Quoted original: Monday Nov 30 at 1pm Mountain. New: 'wed 12/2 at 10 mountain (9 your time)' "
           "= MST 17:00Z. No length in the new message -> end null. Contact = human sender.")
def p20() -> bytes:
    body = t("""
        Hannah - sorry, Monday blew up (site visit at the Mountain Home array got moved). Can we do wed
        12/2 at 10 mountain instead, 9 your time? Already moved Kelsey + Ron, so if that works
        you're set, same meet link. If not just text me 208-555-0174

        T

        Sent from my iPhone

        > On Nov 20, 2026, at 2:14 PM, Travis Engstrom <travis.engstrom@sawtoothrenewables.com> wrote:
        >
        > Hi Hannah, great first conversation. Round 2 is Monday Nov 30 at 1pm Mountain, 90 min, with
        > Kelsey and Ron Atwood (VP Ops). Invite to follow.
        >
        > Travis
        """)
    hs = head("Travis Engstrom <travis.engstrom@sawtoothrenewables.com>", "Re: Round 2",
              "2026-11-27 19:02", MT, "<7C9E2A41-3B5D-4F86-A1E0-2D4B6C8F9E13@sawtoothrenewables.com>",
              relay="from mail-qv1-f46.google.com (mail-qv1-f46.google.com [209.85.219.46])",
              extra=(("In-Reply-To", "<CAJ4x1QpT8nM2v@mail.gmail.com>"),
                     ("References", "<CAJ4x1QpT8nM2v@mail.gmail.com>"),
                     ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body, cte="7bit"))


@mail(n(21), family="google_calendar", lang="en-US", interview=True, kind="cancelled",
      company="Fernwave Analytics", start=utc("2026-12-08 13:00", PT), end=utc("2026-12-08 14:00", PT),
      contact="jonah@fernwave.ai", local="Tue 2026-12-08 13:00", local_end="2026-12-08 14:00", zone=PT,
      note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) of Fernwave's final round: "
           "'Tue Dec 8, 2026 1pm - 2pm (PST)' = 21:00-22:00Z, the cancelled slot. No new time. Contact = "
           "ORGANIZER.")
def p21() -> bytes:
    body = t("""
        This event has been canceled and removed from your calendar.

        Fernwave Analytics - Final round with Leah (CEO)
        Tuesday Dec 8, 2026 ⋅ 1pm – 2pm
        Pacific Time - Los Angeles

        Message from organizer:
        Hannah - really sorry, we're pausing this hire after yesterday's board meeting. I'll call you
        this afternoon to explain. - Jonah

        Organizer
        Jonah Feld
        jonah@fernwave.ai

        Guests
        Jonah Feld - organizer
        leah@fernwave.ai
        hannah.olsen@example.org

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        @TZ@
        BEGIN:VEVENT
        DTSTART;TZID=America/Los_Angeles:20261208T130000
        DTEND;TZID=America/Los_Angeles:20261208T140000
        DTSTAMP:20261203T171400Z
        ORGANIZER;CN=Jonah Feld:mailto:jonah@fernwave.ai
        UID:1k7r0c2m9v4hq8e6b3t5p0s2a1@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=hannah.olsen@example.org;X-NUM-GUESTS=0:mailto:hannah.olsen@example.org
        SEQUENCE:2
        STATUS:CANCELLED
        SUMMARY:Fernwave Analytics - Final round with Leah (CEO)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """).replace("@TZ@", VTZ_LA)
    hs = head("Jonah Feld <jonah@fernwave.ai>",
              "Canceled event with note: Fernwave Analytics - Final round with Leah (CEO) @ Tue Dec 8, 2026 "
              "1pm - 2pm (PST) (hannah.olsen@example.org)", "2026-12-03 09:14", PT,
              "<calendar-c41e7a90-2f6b-4d13-8a5e-9b0d3c7f1e28@google.com>",
              relay="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "jonah@fernwave.ai")))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL")),
                             calendar(ics, method="CANCEL", ctype="application/ics", cte="base64",
                                      disposition="attachment", filename="invite.ics", name_param=True)))


@mail(n(22), family="human_prose", lang="en-US", interview=True, kind="cancelled",
      company="Salish Sea Energy Collaborative", start=utc("2026-12-10 11:00", PT), end=None,
      contact="marisol@salishseaenergy.org", local="Thu 2026-12-10 11:00", zone=PT,
      note="Seattle nonprofit cancels 'our Thursday 11:00 conversation' (Date Mon 7 Dec 2026 PST -> Thu 10 "
           "Dec 11:00 PST = 19:00Z, the cancelled slot) because the grant was not renewed; no new time. "
           "Contact = human sender.")
def p22() -> bytes:
    body = t("""
        Hi Hannah,

        I'm so sorry to do this, but I need to cancel our Thursday 11:00 conversation. We learned
        Friday that the foundation grant funding the Community Energy Data Analyst position won't be
        renewed for 2027, so we've had to put the hire on hold.

        You were one of our strongest candidates and I'd genuinely like to stay in touch. If the
        funding picture changes in the spring I will reach out to you first.

        With apologies and thanks,
        Marisol

        Marisol Benavides
        Program Director | Salish Sea Energy Collaborative
        Seattle, WA
        """)
    hs = head("Marisol Benavides <marisol@salishseaenergy.org>", "Thursday - have to cancel, I'm sorry",
              "2026-12-07 10:05", PT, "<CAM9kQ1xV4bT7+pR2wNy6sJ0dLf3Hc8Ea5Zg1Uo4Ki9Xm2B@mail.gmail.com>",
              relay="from mail-yw1-f171.google.com (mail-yw1-f171.google.com [209.85.128.171])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(23), family="smartrecruiters", lang="en-US", interview=True, kind="cancelled",
      company="Evergreen Freight Logistics", start=utc("2026-12-15 14:00", PT), end=None,
      contact="brandon.cho@evergreenfreight.com", local="Tue 2026-12-15 14:00", zone=PT,
      note="SmartRecruiters cancellation: 'Tuesday, December 15, 2026 at 2:00 PM PST has been cancelled' = "
           "22:00Z (the cancelled slot); 'your recruiter will reach out to find a new time' - no new time. "
           "Contact = recruiter address in the body.")
def p23() -> bytes:
    body = t("""
        Hi Hannah,

        Your interview for Fleet Emissions Data Analyst with Evergreen Freight Logistics, scheduled for
        Tuesday, December 15, 2026 at 2:00 PM PST, has been cancelled.

        Your recruiter will reach out to find a new time. In the meantime, if you have any questions,
        please contact Brandon Cho at brandon.cho@evergreenfreight.com.

        Thank you,
        Evergreen Freight Logistics

        This message was sent by SmartRecruiters on behalf of Evergreen Freight Logistics.
        """)
    page = t("""
        <html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <table width="100%" style="max-width:600px"><tr><td>
        <h2 style="font-weight:400">Interview cancelled</h2>
        <p>Hi Hannah,</p>
        <p>Your interview for <b>Fleet Emissions Data Analyst</b> with Evergreen Freight Logistics, scheduled for
        <b>Tuesday, December 15, 2026 at 2:00 PM PST</b>, has been cancelled.</p>
        <p>Your recruiter will reach out to find a new time. In the meantime, if you have any questions, please
        contact Brandon Cho at <a href="mailto:brandon.cho@evergreenfreight.com">brandon.cho@evergreenfreight.com</a>.</p>
        <p>Thank you,<br>Evergreen Freight Logistics</p>
        <p style="font-size:11px;color:#8a8a8a">This message was sent by SmartRecruiters on behalf of Evergreen
        Freight Logistics.</p>
        </td></tr></table></body></html>
        """)
    hs = head("Evergreen Freight Logistics <noreply@smartrecruiters.com>",
              "Interview cancelled: Fleet Emissions Data Analyst", "2026-12-11 16:22", PT,
              "<0100019c4a7b2e81-1d9f3c5a-7e2b-4b60-9a14-6c8e0f2d4b73-000000@email.amazonses.com>",
              relay="from a48-110.smtp-out.amazonses.com (a48-110.smtp-out.amazonses.com [54.240.48.110])")
    return message(hs, alt(text(body), html(page, cte="base64")))


# =========================================================================== negatives (keys 24-50)


@mail(n(24), family="rejection", lang="en-US", interview=False, company="Ridgeback Outfitters",
      note="Greenhouse-style rejection after the on-site; mentions the past interview date (Thursday, "
           "September 17) but confirms nothing.", days=(("Thu", "2026-09-17"),))
def n24() -> bytes:
    body = t("""
        Hi Hannah,

        Thank you for taking the time to interview with us on Thursday, September 17, and for your
        thoughtful questions about our recycled-materials program. Marcus and the team enjoyed meeting
        you.

        After careful consideration, we have decided to move forward with another candidate whose
        experience more closely matches what we need right now. This was a difficult decision.

        We'd love to keep your information on file for future openings on the Impact team, and we
        encourage you to apply again.

        All the best,
        Ridgeback Outfitters Talent Team
        """)
    hs = head("Ridgeback Outfitters <no-reply@us.greenhouse-mail.io>",
              "Your application to Ridgeback Outfitters", "2026-09-30 15:41", PT,
              "<0100019b0e8f7c42-2a1d4e6f-9b3c-4d58-a7e1-0f6c2b9d8e35-000000@email.amazonses.com>",
              relay="from a8-41.smtp-out.amazonses.com (a8-41.smtp-out.amazonses.com [54.240.8.41])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(25), family="offer", lang="en-US", interview=False, company="Columbia Crest Power",
      note="Offer mail from the utility with a fixed follow-up call (Monday, October 12 at 2:00) to go "
           "through benefits: a confirmed time, but an offer conversation, not an interview.",
      days=(("Mon", "2026-10-12"), ("Mon", "2027-01-04")))
def n25() -> bytes:
    body = t("""
        Hi Hannah,

        I'm thrilled to share that Columbia Crest Power would like to offer you the position of
        Resource Planning Analyst! Your formal offer letter is attached for review. A few highlights:

          - Base salary: $94,500
          - Proposed start date: Monday, January 4, 2027
          - Hybrid: Tuesdays through Thursdays at our Lloyd District office

        I've put 30 minutes on your calendar for Monday, October 12 at 2:00 to walk through benefits
        and answer any questions, and Ray would love to call you himself before then.

        Congratulations - we really hope you'll join us.

        Denise Okafor
        Talent Acquisition Partner | Columbia Crest Power
        503-555-0148
        """)
    hs = head("Denise Okafor <dokafor@columbiacrestpower.com>", "Offer - Resource Planning Analyst",
              "2026-10-08 10:52", PT, "<SJ0PR11MB56782E9F0A1B2C3D4E5F6A7B8C9D@SJ0PR11MB5678.namprd11.prod.outlook.com>",
              relay="from NAM10-MW2-obe.outbound.protection.outlook.com (mail-mw2nam10on2107.outbound."
                    "protection.outlook.com [40.107.94.107])",
              extra=(("Thread-Topic", "Offer - Resource Planning Analyst"),))
    pdf = make_pdf_stub("Columbia Crest Power - Offer Letter - H. Olsen")
    return message(hs, mixed(text(body, cte="8bit"), pdf))


def make_pdf_stub(title: str) -> Part:
    """A tiny (valid enough) PDF attachment, base64."""
    raw = (f"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
           f"3 0 obj<</Title({title})>>endobj\ntrailer<</Root 1 0 R/Info 3 0 R>>\n%%EOF\n").encode()
    fname = title.replace(" ", "_") + ".pdf"
    return Part([("Content-Type", f'application/pdf; name="{fname}"'),
                 ("Content-Disposition", f'attachment; filename="{fname}"'),
                 ("Content-Transfer-Encoding", "base64")],
                base64.encodebytes(raw).replace(b"\n", b"\r\n"))


@mail(n(26), family="application_receipt", lang="en-US", interview=False,
      company="Willamette Valley Medical Alliance",
      note="Taleo application acknowledgement from a hospital system; 'if selected for an interview' - "
           "no time at all.")
def n26() -> bytes:
    body = t("""
        Dear Hannah Olsen,

        Thank you for applying for the Energy Program Manager position (Requisition 26-0311) at
        Willamette Valley Medical Alliance. This email confirms that we have received your application.

        Our recruitment team is reviewing applications now. If you are selected for an interview, a
        recruiter will contact you directly to arrange a time. Due to the volume of applications,
        we are unable to respond to every applicant individually.

        You can check the status of your application at any time in the Career Section.

        Sincerely,
        Human Resources
        Willamette Valley Medical Alliance

        *** This is an automated message. Please do not reply. ***
        """)
    hs = head("Willamette Valley Medical Alliance <noreply@taleo.net>",
              "Willamette Valley Medical Alliance - Application Received (26-0311)", "2026-09-14 21:07", PT,
              "<1504217839.221937.1789452420112.JavaMail.taleo@phx1-tee-mail02>",
              relay="from phx1-tee-mail02.taleo.net (phx1-tee-mail02.taleo.net [160.34.15.88])")
    return message(hs, text(body, charset="iso-8859-1", cte="7bit"))


@mail(n(27), family="job_alert", lang="en-US", interview=False, company=None,
      note="Job-board alert listing roles ('Actively interviewing', 'Interview in days'); no appointment.")
def n27() -> bytes:
    page = t("""
        <html><body style="font-family:-apple-system,system-ui,Arial,sans-serif;background:#f3f2ef">
        <table width="600" align="center" style="background:#fff;padding:16px">
        <tr><td><h2 style="font-weight:400">Your job alert for <b>sustainability data analyst</b> in Portland, Oregon Metropolitan Area</h2>
        <p>8 new jobs match your preferences.</p></td></tr>
        <tr><td style="border-top:1px solid #eee;padding:10px 0">
        <a href="https://www.linkedin.com/comm/jobs/view/4099120011">Sustainability Data Analyst</a><br>
        Cirrusline &middot; Seattle, WA (Remote)<br>
        <span style="color:#057642">Actively recruiting</span> &middot; 2 connections</td></tr>
        <tr><td style="border-top:1px solid #eee;padding:10px 0">
        <a href="https://www.linkedin.com/comm/jobs/view/4099133842">ESG Reporting Analyst</a><br>
        Tillamook Bay Foods &middot; Portland, OR (Hybrid)<br>
        <span style="color:#057642">Interviewing now</span></td></tr>
        <tr><td style="border-top:1px solid #eee;padding:10px 0">
        <a href="https://www.linkedin.com/comm/jobs/view/4099140076">Energy Data Scientist</a><br>
        Treasure Valley Grid Partners &middot; Boise, ID<br>
        Easy Apply &middot; Interview in days, not weeks</td></tr>
        <tr><td style="border-top:1px solid #eee;padding:10px 0">
        <a href="https://www.linkedin.com/comm/jobs/search/?savedSearchId=88120041">See all jobs</a></td></tr>
        <tr><td style="font-size:11px;color:#666;padding-top:20px">You are receiving Job Alert emails.
        <a href="https://www.linkedin.com/comm/jobs/alerts">Manage job alerts</a> &middot; Unsubscribe</td></tr>
        </table></body></html>
        """)
    hs = head("LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
              "8 new jobs for 'sustainability data analyst'", "2026-10-10 06:14", PT,
              "<1211876350.4417290.1791637240118@lva1-app3348.prod.linkedin.com>",
              relay="from mailb-ea.linkedin.com (mailb-ea.linkedin.com [108.174.3.186])",
              extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/jobs/alerts/unsubscribe>"),))
    return message(hs, html(page))


@mail(n(28), family="newsletter_tips", lang="en-CA", interview=False, company=None,
      note="Vancouver climate-jobs newsletter: an essay about panel interviews and a live Q&A on "
           "Wednesday, November 4 at noon Pacific - a newsletter, not an appointment of Hannah's.",
      days=(("Wed", "2026-11-04"),))
def n28() -> bytes:
    body = t("""
        CEDAR & TIDE - climate work, every other Friday

        ----------------------------------------------------------------
        THIS WEEK: "The panel interview I almost blew"
        ----------------------------------------------------------------

        Our reader Priyanka landed a data role at a Fraser Valley utility contractor after a four-person panel. Her
        advice: write your own agenda, bring one chart, and never say "I'm not really a numbers
        person" when the numbers person is in the room. Full story on the blog.

        Five things hiring managers in climate told us they want to hear in an interview:
          1. How you'd measure your own impact
          2. A time you changed your mind because of data
          3. What you'd do in your first 90 days
          4. A messy dataset you made behave
          5. Why this sub-sector, not just "climate"

        LIVE Q&A: "Salary talk for climate analysts" - Wednesday, November 4 at noon Pacific.
        Free for subscribers, recording sent afterward.

        NEW ROLES: 41 this fortnight in Vancouver, Victoria, Seattle and remote.

        You're receiving this because you subscribed at cedarandtide.ca. Unsubscribe anytime.
        Cedar & Tide Media, 321 Water Street, Vancouver, BC V6B 1B8
        """)
    hs = head("Cedar & Tide <newsletter@cedarandtide.ca>", "The panel interview I almost blew 🌲",
              "2026-10-30 07:00", PT, "<20261030140002.3f91c2a7@cedarandtide.ca>",
              relay="from mail241.atl11.rsgsv.net (mail241.atl11.rsgsv.net [198.2.139.241])",
              extra=(("List-Unsubscribe", "<https://cedarandtide.us21.list-manage.com/unsubscribe?u=7f1&id=2c9>"),
                     ("List-Id", "Cedar & Tide <7f1a2c9.list-id.mcsv.net>"), ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(29), family="self_schedule_link", lang="en-US", interview=False, company="Kestrel Carbon",
      note="Ashby self-scheduling request: 'choose a time' between Oct 20 and Oct 23, nothing booked yet.",
      days=(("Tue", "2026-10-20"), ("Fri", "2026-10-23")))
def n29() -> bytes:
    body = t("""
        Hi Hannah,

        Thanks for applying to Kestrel Carbon! We'd like to set up a 30-minute intro call with our
        Head of Measurement, Wren Abernathy, for the Carbon Removal Data Analyst role.

        Please choose a time that works for you here:
        https://jobs.ashbyhq.com/kestrel-carbon/interviews/schedule/9d4e1a7b

        Available slots are shown in your local time zone, between Tuesday, October 20 and Friday,
        October 23. If none of them work, reply and we'll find another option.

        Best,
        Kestrel Carbon Recruiting
        """)
    hs = head("Kestrel Carbon <no-reply@ashbyhq.com>", "Schedule your intro call with Kestrel Carbon",
              "2026-10-15 13:37", PT, "<0100019b8c21d4f0-8f2e1a3b-4c5d-4e6f-a7b8-c9d0e1f2a3b4-000000@email.amazonses.com>",
              relay="from mail.ashbyhq.com (mail.ashbyhq.com [54.240.11.21])",
              extra=(("Reply-To", "Kestrel Carbon Recruiting <recruiting@kestrelcarbon.com>"),))
    return message(hs, alt(text(body), html(gmail_html(body), cte="base64")))


@mail(n(30), family="proposed_times", lang="en-US", interview=False, company="Ponderosa Solar",
      note="Agency recruiter proposes two slots ('Would Tuesday at 10 work? If not, Wednesday at 2:30') and "
           "will send an invite once Hannah picks: not confirmed. Company = the client named.",
      days=(("Tue", "2026-10-27"), ("Wed", "2026-10-28")))
def n30() -> bytes:
    body = t("""
        Hi Hannah,

        Good news, Ponderosa Solar wants to meet you for the Performance Analyst role in Bend! Their
        hiring manager, Cody Lutz, has two openings next week:

          - Tuesday 10/27 at 10:00 AM Pacific
          - Wednesday 10/28 at 2:30 PM Pacific

        Would Tuesday at 10 work? If not, Wednesday at 2:30. As soon as you pick one I'll get the
        invite over to you both.

        Thanks!
        Kayla

        Kayla Brennan | Senior Recruiter
        Cascade Talent Group | Portland, OR
        """)
    hs = head("Kayla Brennan <kayla.brennan@cascadetalentgroup.com>", "Ponderosa Solar - times for next week?",
              "2026-10-22 11:48", PT, "<CAB7pQ2rXn0Yk3+Jd5Wm8Vt1Ls4Gh6Fa9Zc2Ne7Ko0Ri3T@mail.gmail.com>",
              relay="from mail-pf1-f178.google.com (mail-pf1-f178.google.com [209.85.210.178])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(31), family="jobcentre_appointment", lang="en-US", interview=False, company=None,
      note="State re-employment services appointment (RESEA) with a fixed time, Tuesday, November 10, 2026 "
           "at 10:30 AM, with an ICS: a confirmed appointment, but at the unemployment office, not a job "
           "interview.", days=(("Tue", "2026-11-10"),))
def n31() -> bytes:
    body = t("""
        OREGON WORKLINK - REEMPLOYMENT SERVICES

        Claimant: HANNAH OLSEN
        Claim ID: ****-**-4471

        You are scheduled for a Reemployment Services and Eligibility Assessment (RESEA) appointment.

        Date: Tuesday, November 10, 2026
        Time: 10:30 AM Pacific
        Location: Portland Metro Center, 1410 N Lombard St, Suite 200, Portland, OR 97217
        With: Employment Specialist (assigned at check-in)

        Please bring: photo ID, your work search log, and an up-to-date resume.

        IMPORTANT: Attendance is required to continue receiving benefits. If you cannot attend,
        call 503-555-0100 before your appointment time.

        This is an automated message from an unattended mailbox.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Oregon WorkLink//Appointments//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:resea-20261110-4471@employ.oregon.example.gov
        DTSTAMP:20261102T170500Z
        DTSTART:20261110T183000Z
        DTEND:20261110T193000Z
        SUMMARY:RESEA appointment - Portland Metro Center
        LOCATION:1410 N Lombard St\\, Suite 200\\, Portland\\, OR 97217
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Oregon WorkLink <noreply@employ.oregon.example.gov>",
              "Appointment Notice: Reemployment Services (RESEA) - Tuesday, November 10, 2026",
              "2026-11-02 09:05", PT, "<resea.4471.20261102170500@employ.oregon.example.gov>",
              relay="from smtp-out.employ.oregon.example.gov (smtp-out.employ.oregon.example.gov [192.0.2.44])")
    return message(hs, mixed(text(body, cte="7bit"),
                             calendar(ics, method="PUBLISH", disposition="attachment", filename="appointment.ics")))


@mail(n(32), family="podcast", lang="en-US", interview=False, company=None,
      note="Podcast host confirms a recording where Hannah is the guest (Wednesday, October 14 at 11:00 "
           "AM PT, with ICS): a confirmed 'interview', but she is being interviewed for a show.",
      days=(("Wed", "2026-10-14"),))
def n32() -> bytes:
    body = t("""
        Hey Hannah!

        Stoked you're coming on Carbon Curious. You're booked:

        Recording: Wednesday, October 14 at 11:00 AM PT (45 min)
        Where: Riverside.fm studio - https://riverside.fm/studio/carbon-curious?t=8a71d
        Topic: "What a building's energy data actually tells you"

        I'll interview you for about 35 minutes and we'll keep it loose. Wired headphones if you have
        them, and a quiet room. Episode goes live in early November.

        Cheers,
        Theo Marchetti
        Host, Carbon Curious
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:0r8a1c7e3v5m2p9q4s6t1u0w2x@google.com
        DTSTAMP:20261008T201500Z
        DTSTART:20261014T180000Z
        DTEND:20261014T184500Z
        SUMMARY:Carbon Curious podcast recording - Hannah Olsen
        ORGANIZER;CN=Theo Marchetti:mailto:theo@carboncurious.fm
        ATTENDEE;CN=Hannah Olsen;RSVP=TRUE:mailto:hannah.olsen@example.org
        LOCATION:https://riverside.fm/studio/carbon-curious?t=8a71d
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Theo Marchetti <theo@carboncurious.fm>", "You're booked on Carbon Curious 🎙️",
              "2026-10-08 13:15", PT, "<CAN2vJ7sQk1Xp4+Wd8Ry0Ht3Mf6Lb9Gc2Ze5Ua1Ni7Po4E@mail.gmail.com>",
              relay="from mail-lj1-f170.google.com (mail-lj1-f170.google.com [209.85.208.170])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, disposition="attachment", filename="invite.ics")))


@mail(n(33), family="press_interview", lang="en-US", interview=False, company=None,
      note="TV producer (phone-written) confirms an on-camera interview about Hannah's volunteer heat-map "
           "project 'tomorrow at 10' (Wed 30 Sep): press, not a job interview.", days=(("Wed", "2026-09-30"),))
def n33() -> bytes:
    body = t("""
        Hi Hannah! Confirming tomorrow (Wed) at 10am for the on-camera interview about the
        neighborhood heat map. We'll meet you at the Laurelhurst Park entrance on SE 39th, camera
        crew is me + Luis. Should take 20 min max, wear something without logos pls :)

        It'll run in the 5pm weather segment Thursday.

        Tess Nakamura
        Producer, KWLM 4 News
        cell 503-555-0181

        Sent from my Galaxy
        """)
    hs = head("Tess Nakamura <tnakamura@kwlm4.com>", "tomorrow 10am - heat map story",
              "2026-09-29 16:40", PT, "<20260929234012.Galaxy.7f3e1a9c@kwlm4.com>",
              relay="from mail-io1-f45.google.com (mail-io1-f45.google.com [209.85.166.45])")
    return message(hs, text(body, cte="8bit"))


@mail(n(34), family="admission_interview", lang="en-US", interview=False, company=None,
      note="Graduate-school admission interview for a part-time master's, confirmed for Friday, "
           "November 6, 2026 at 12:00 PM Pacific: a fixed-time 'interview', but for a university "
           "program, not a job.", days=(("Fri", "2026-11-06"),))
def n34() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#222">
        <p><img src="https://apply.pcu.example.edu/logo.png" alt="Pacific Cascade University" width="180"></p>
        <p>Dear Hannah,</p>
        <p>Thank you for your application to the <b>M.S. in Environmental Data Science (Part-Time)</b>. We are
        pleased to confirm your admission interview:</p>
        <p><b>Friday, November 6, 2026 at 12:00 PM Pacific</b><br>
        Zoom (link below) &middot; 20 minutes<br>
        Interviewer: Professor Helen Osei, Program Director</p>
        <p><a href="https://pcu-example.zoom.us/j/91820044713">Join the admission interview</a></p>
        <p>The conversation is informal: we will ask about your professional goals and how the
        evening schedule fits your work. No preparation is required.</p>
        <p>Warm regards,<br>Office of Graduate Admissions<br>Pacific Cascade University</p>
        </body></html>
        """)
    hs = head("Pacific Cascade University Graduate Admissions <gradadmissions@pcu.example.edu>",
              "Your admission interview is confirmed", "2026-10-30 10:02", PT,
              "<5d1c8a7e-0f3b-4a92-9e61-3b7d2c4f8a10@technolutions.net>",
              relay="from mta-02.technolutions.net (mta-02.technolutions.net [192.0.2.102])")
    return message(hs, html(page, cte="base64"))


@mail(n(35), family="sports_tryout", lang="en-US", interview=False, company=None,
      note="Rec soccer club try-out, Saturday, September 12, 9:00-11:00 AM, via TeamSnap: a fixed time, "
           "not a job interview.", days=(("Sat", "2026-09-12"),))
def n35() -> bytes:
    body = t("""
        Rose City Rovers FC - Women's Open Division

        Hi Hannah,

        You're confirmed for fall roster tryouts!

        When: Saturday, September 12, 9:00 - 11:00 AM
        Where: Delta Park, Field 6 (north lot)
        Bring: cleats, shin guards, two shirts (one light, one dark), water

        Coaches will run small-sided games the whole time. Rosters go out Monday night.

        See you on the pitch,
        Coach Nadia & the Rovers

        --
        Sent via TeamSnap. Manage your notification settings in the app.
        """)
    hs = head("Rose City Rovers FC via TeamSnap <notifications@teamsnap.com>",
              "Tryout confirmed: Saturday 9:00 AM at Delta Park", "2026-09-07 18:30", PT,
              "<teamsnap.msg.88214097.1788831000@teamsnap.com>",
              relay="from o3.email.teamsnap.com (o3.email.teamsnap.com [167.89.100.3])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(36), family="car_service", lang="en-US", interview=False, company=None,
      note="Car dealership service appointment, Saturday, October 17, 2026 at 8:00 AM, iso-8859-15 text.",
      days=(("Sat", "2026-10-17"),))
def n36() -> bytes:
    body = t("""
        BURNSIDE SUBARU - SERVICE APPOINTMENT CONFIRMATION

        Hello Hannah,

        Your service appointment is confirmed.

        Vehicle:   2019 Subaru Outback (OR plate ***417)
        Date:      Saturday, October 17, 2026
        Drop-off:  8:00 AM
        Services:  60,000-mile maintenance, tire rotation, check-engine light diagnosis
        Advisor:   Kyle Jansen

        A complimentary shuttle runs within 5 miles. Estimated completion: early afternoon.

        To reschedule, call (503) 555-0127 or reply STOP to opt out of texts.

        Burnside Subaru Service Department
        2300 E Burnside St, Portland, OR
        """)
    hs = head("Burnside Subaru Service <service@burnsidesubaru.com>",
              "Service Appointment Confirmed - Sat 10/17 8:00 AM", "2026-10-13 12:00", PT,
              "<svcappt.552018.20261013190000@xtime-mail.com>",
              relay="from mail.xtime-mail.com (mail.xtime-mail.com [198.51.100.19])")
    return message(hs, text(body, charset="iso-8859-15"))


@mail(n(37), family="bank_advisor", lang="en-US", interview=False, company=None,
      note="Credit-union financial-advisor appointment (401(k) rollover), Wednesday, November 18, 2026 at "
           "4:00 PM: fixed time, not an interview.", days=(("Wed", "2026-11-18"),))
def n37() -> bytes:
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <p>Hi Hannah,</p>
        <p>Your appointment at <b>Alder Creek Credit Union</b> is confirmed.</p>
        <p><b>Topic:</b> Retirement planning &ndash; 401(k) rollover consultation<br>
        <b>When:</b> Wednesday, November 18, 2026 at 4:00 PM<br>
        <b>Where:</b> Hollywood Branch, 4120 NE Sandy Blvd<br>
        <b>With:</b> Noah Kim, Financial Advisor</p>
        <p>Please bring a recent statement from your current 401(k) provider and your most recent pay stub.</p>
        <p>Need to change your appointment? Call 503-555-0155.</p>
        <p style="font-size:10px;color:#666">Securities offered through Alder Creek Investment Services. Not
        NCUA insured. Please do not reply to this automated message.</p>
        </body></html>
        """)
    hs = head("Alder Creek Credit Union <appointments@aldercreekcu.org>",
              "Appointment Confirmation - Alder Creek Credit Union", "2026-11-12 15:44", PT,
              "<appt-confirm-2026111223440912@aldercreekcu.org>",
              relay="from mx.aldercreekcu.org (mx.aldercreekcu.org [198.51.100.88])")
    return message(hs, html(page))


@mail(n(38), family="mock_interview", lang="en-US", interview=False, company=None,
      note="Calendly booking with a career coach: 'Mock Interview - Analytics Roles' Monday, October 19, "
           "2026, 5:30-6:30 PM Pacific, with ICS: confirmed, but practice, not a job interview.",
      days=(("Mon", "2026-10-19"),))
def n38() -> bytes:
    body = t("""
        Hi Hannah Olsen,

        Your event has been scheduled.

        Event Type:
        Mock Interview - Analytics Roles (60 min)

        Event Date/Time:
        05:30pm - 06:30pm (Pacific Time - US & Canada)
        Monday, October 19, 2026

        Location:
        Zoom - https://us06web.zoom.us/j/83019920476

        Invitee Time Zone:
        Pacific Time - US & Canada

        Questions:
        What role are you preparing for? Second-round panel for a utility analyst role - behavioral + case

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/c2d7a1e4-0b93-4f5a-8e61-7d3b2c9f0a14
        Reschedule: https://calendly.com/reschedulings/c2d7a1e4-0b93-4f5a-8e61-7d3b2c9f0a14

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:c2d7a1e4-0b93-4f5a-8e61-7d3b2c9f0a14@calendly.com
        DTSTAMP:20261014T203300Z
        DTSTART:20261020T003000Z
        DTEND:20261020T013000Z
        SUMMARY:Mock Interview - Analytics Roles between Jasmine Whitaker and Hannah Olsen
        ORGANIZER;CN=Jasmine Whitaker:mailto:jasmine@whitakercareerlab.com
        ATTENDEE;CN=Hannah Olsen;RSVP=TRUE:mailto:hannah.olsen@example.org
        LOCATION:https://us06web.zoom.us/j/83019920476
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: Mock Interview - Analytics Roles (60 min) with Jasmine Whitaker on Monday, "
              "October 19, 2026", "2026-10-14 13:33", PT, "<20261014203301.1.2b7f9e0c4d6a8e13@mg.calendly.com>",
              relay="from m42-9.mailgun.net (m42-9.mailgun.net [69.72.42.9])",
              extra=(("Reply-To", "Jasmine Whitaker <jasmine@whitakercareerlab.com>"),))
    return message(hs, mixed(text(body), calendar(ics, disposition="attachment", filename="invite.ics")))


@mail(n(39), family="forwarded_other_person", lang="en-US", interview=False, company=None,
      note="Hannah's sister forwards HER OWN interview confirmation (Thursday, October 22 at 10:00 AM "
           "Central, Minneapolis): a real confirmed interview, but not Hannah's.", days=(("Thu", "2026-10-22"),))
def n39() -> bytes:
    body = t("""
        SIS!!! look 😭🎉 they want me!! wish me luck thursday. what do I wear to a nurse educator
        interview, scrubs?? (kidding)

        call u tonight

        K

        ---------- Forwarded message ---------
        From: North Star Health Careers <no-reply@us.greenhouse-mail.io>
        Date: Fri, Oct 16, 2026 at 9:12 AM
        Subject: Interview Confirmation: Clinical Nurse Educator at North Star Health
        To: Kirsten Olsen <kirsten.olsen@example.com>

        Hi Kirsten,

        Your interview for Clinical Nurse Educator at North Star Health is confirmed:

        Date: Thursday, October 22, 2026
        Time: 10:00 AM - 11:00 AM CDT
        Location: North Star Health, 800 E 28th St, Minneapolis, MN - Education Center, Room 214
        Interviewers: Pam Lindqvist (Nurse Manager), Dr. Omar Haddad

        If you need to make a change, reply to this email.

        North Star Health Recruiting
        """)
    hs = head("Kirsten Olsen <kirsten.olsen@example.com>",
              "Fwd: Interview Confirmation: Clinical Nurse Educator at North Star Health", "2026-10-16 09:40",
              "America/Chicago", "<CAKo3nS9dL2v+Qp8Xw1Yt5Mh0Rg7Fb4Jc6Ze2Ua9Ni3Pk8V@mail.gmail.com>",
              relay="from mail-wm1-f44.google.com (mail-wm1-f44.google.com [209.85.128.44])")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(40), family="interviewer_assignment", lang="en-US", interview=False, company=None,
      note="Greenhouse tells Hannah (at her current employer) that she is an INTERVIEWER for a candidate, "
           "Thursday, September 24, 2026 11:00-11:45 AM PDT, with ICS: she interviews, she is not the "
           "candidate. Company null like a current-employer stand-up in the dev set.",
      days=(("Thu", "2026-09-24"),))
def n40() -> bytes:
    body = t("""
        Hi Hannah,

        You've been scheduled to interview a candidate.

        Candidate: Jordan Reyes
        Job: Junior Data Analyst (Portland)
        Interview: Technical - SQL & Dashboards
        When: Thursday, September 24, 2026 11:00 AM - 11:45 AM PDT
        Where: Verdant Metrics - Conference Room "Forest Park" / Google Meet

        Your interview kit, with the focus attributes and suggested questions, is here:
        https://app.greenhouse.io/guides/48813002/people/77120943

        Please submit your scorecard within 24 hours of the interview.

        Thanks,
        Verdant Metrics Recruiting (via Greenhouse)
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interviewer-48813002-77120943@greenhouse.io
        DTSTAMP:20260918T204500Z
        DTSTART:20260924T180000Z
        DTEND:20260924T184500Z
        SUMMARY:Interview: Jordan Reyes - Junior Data Analyst (Technical - SQL & Dashboards)
        ORGANIZER;CN=Verdant Metrics Recruiting:mailto:recruiting@verdantmetrics.com
        ATTENDEE;CN=Hannah Olsen;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:hannah.olsen@verdantmetrics.com
        LOCATION:Forest Park (3rd floor) / Google Meet
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Greenhouse <no-reply@greenhouse.io>",
              "You're scheduled to interview Jordan Reyes for Junior Data Analyst (Portland)",
              "2026-09-18 13:45", PT, "<0100019a8e3c11b2-6f0a2d4c-8e1b-4f73-b9d2-1a3c5e7f9b02-000000@email.amazonses.com>",
              to="Hannah Olsen <hannah.olsen@verdantmetrics.com>",
              relay="from a8-52.smtp-out.amazonses.com (a8-52.smtp-out.amazonses.com [54.240.8.52])",
              extra=(("X-Forwarded-To", ME), ("X-Forwarded-For", "hannah.olsen@verdantmetrics.com " + ME)))
    return message(hs, mixed(text(body), calendar(ics, disposition="attachment", filename="interview.ics")))


@mail(n(41), family="team_event", lang="en-US", interview=False, company=None,
      note="Exchange invite from her manager at the current job: 'Q4 kickoff + team lunch', Thursday, "
           "October 1, 2026 11:30 AM-1:30 PM (Pacific Standard Time zone name): team event, not an "
           "interview.", days=(("Thu", "2026-10-01"),))
def n41() -> bytes:
    body = t("""
        When: Thursday, October 1, 2026 11:30 AM-1:30 PM (UTC-08:00) Pacific Time (US & Canada).
        Where: Verdant Metrics - 4th floor kitchen, then Nong's

        Team,

        Let's kick off Q4 together: 45 minutes on the client roadmap, then lunch is on me. Remote folks,
        join on Teams for the first part and expense a lunch.

        Deb
        """) + "\n" + TEAMS
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @TZ@
        BEGIN:VEVENT
        ORGANIZER;CN=Deb Albright:mailto:dalbright@verdantmetrics.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Olsen:mailto:hannah.olsen@verdantmetrics.com
        SUMMARY;LANGUAGE=en-US:Q4 kickoff + team lunch
        DTSTART;TZID=Pacific Standard Time:20261001T113000
        DTEND;TZID=Pacific Standard Time:20261001T133000
        UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DD01000000000000000010000000A9B8C7D6
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260925T160200Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Verdant Metrics - 4th floor kitchen
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """).replace("@TZ@", VTZ_WIN_PACIFIC)
    hs = head("Deb Albright <dalbright@verdantmetrics.com>", "Q4 kickoff + team lunch", "2026-09-25 09:02", PT,
              "<CO1PR19MB4877A2B3C4D5E6F7A8B9C0D1E2F3@CO1PR19MB4877.namprd19.prod.outlook.com>",
              to="Verdant Analytics Team <analytics-team@verdantmetrics.com>",
              relay="from NAM02-CO1-obe.outbound.protection.outlook.com (mail-co1nam02on2118.outbound."
                    "protection.outlook.com [40.107.102.118])",
              extra=(("Thread-Topic", "Q4 kickoff + team lunch"), ("X-Forwarded-To", ME)))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(n(42), family="parent_teacher", lang="en-US", interview=False, company=None,
      note="Parent-teacher conference sign-up confirmation, Thursday, November 19, 4:10-4:30 PM: a fixed "
           "time, not an interview.", days=(("Thu", "2026-11-19"),))
def n42() -> bytes:
    body = t("""
        Sunnyside K-8 Fall Conferences

        Hi Hannah Olsen,

        Thank you for signing up! Here are your confirmed slots:

        Date: 11/19/2026 (Thu.)
        Time: 4:10pm - 4:30pm PST
        Slot: Ms. Patel - Grade 3, Room 12
        Student: Leo Olsen-Marsh

        Reminder: conferences are student-led this year - Leo will walk you through his portfolio.
        Spanish and Vietnamese interpreters are available on request.

        Change my sign up: https://www.signupgenius.com/go/10C0F4AAFA92CA4FDC16-sunnyside

        SignUpGenius - Sign Up. Get Organized.
        """)
    hs = head("SignUpGenius <no-reply@signupgenius.com>",
              "Confirmation: Sunnyside K-8 Fall Conferences", "2026-11-09 20:15", PT,
              "<signup.confirm.10C0F4AAFA92.20261110041500@signupgenius.com>",
              relay="from mta-17.signupgenius.com (mta-17.signupgenius.com [198.51.100.117])",
              extra=(("Reply-To", "Amy Patel <apatel@sunnysidek8.example.org>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(43), family="tenant_screening", lang="en-US", interview=False, company=None,
      note="Seattle property manager confirms a tenant 'phone screening' for an apartment, Tuesday, "
           "November 10 at 11:00 AM: a screening call, not a job interview.", days=(("Tue", "2026-11-10"),))
def n43() -> bytes:
    body = t("""
        Hi Hannah,

        Thanks for your interest in unit 4B at Alder Flats (1-bed, $2,150). Your pre-screening phone
        call is set for Tuesday, November 10 at 11:00 AM. It takes about 15 minutes - we'll go over
        move-in date, income (3x rent), pets and references. If it goes well we'll book a tour.

        I'll call the number on your inquiry form.

        Best,
        Courtney Ibarra
        Leasing Manager, Alder Flats
        Ballard, Seattle WA
        """)
    hs = head("Courtney Ibarra <leasing@alderflatsballard.com>", "Alder Flats 4B - your screening call Tuesday",
              "2026-11-05 16:27", PT, "<0c8e1f3a-7b2d-4e59-a1c6-9d0f2b4e6a83@alderflatsballard.com>",
              relay="from mail.alderflatsballard.com (mail.alderflatsballard.com [198.51.100.63])")
    return message(hs, text(body, cte="quoted-printable"))


@mail(n(44), family="auto_reply", lang="en-US", interview=False, company="Cirrusline",
      note="Out-of-office auto-reply from the Cirrusline recruiter ('back Monday, October 19'); it points "
           "to the coordinator for interview scheduling but schedules nothing.", days=(("Mon", "2026-10-19"),))
def n44() -> bytes:
    body = t("""
        Thanks for your email! I'm out of the office through Friday with limited access to email and
        will be back Monday, October 19.

        If your note is about interview scheduling, please contact Aaron Pike
        (aaron.pike@cirrusline.cloud) and he'll help you right away.

        Priya Natarajan
        Senior Technical Recruiter, Cirrusline
        """)
    hs = head("Priya Natarajan <priya.natarajan@cirrusline.cloud>",
              "Automatic reply: Thank you - virtual onsite", "2026-10-14 08:02", PT,
              "<PH7PR12MB5902A3E2D1C0B9A8F7E6D5C4B3A2@PH7PR12MB5902.namprd12.prod.outlook.com>",
              relay="from NAM11-DM6-obe.outbound.protection.outlook.com (mail-dm6nam11on2096.outbound."
                    "protection.outlook.com [40.107.223.96])",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAHo1s3n5tUv8wX@mail.gmail.com>")))
    return message(hs, text(body, cte="7bit"))


@mail(n(45), family="bounce", lang="en-US", interview=False, company=None,
      note="Delivery failure (multipart/report) for Hannah's note to a mistyped address; the returned "
           "message quotes 'our interview on Thursday, September 17 at 2:00 PM' - her own outgoing mail, "
           "bounced, not a confirmation.", days=(("Thu", "2026-09-17"),))
def n45() -> bytes:
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

                           The mail system

        <marcus.tilman@ridgebackoutfitters.com>: host
            ridgebackoutfitters-com.mail.protection.outlook.com[52.101.40.6] said: 550
            5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address
            lookup (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Wm3Rq1Fh8z2
        Arrival-Date: Sat, 12 Sep 2026 17:03:11 +0000 (UTC)

        Final-Recipient: rfc822; marcus.tilman@ridgebackoutfitters.com
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; ridgebackoutfitters-com.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not
            found by SMTP address lookup
        """)
    original = message([("From", HANNAH), ("To", "marcus.tilman@ridgebackoutfitters.com"),
                        ("Subject", "Thursday - quick question"), ("Date", date("2026-09-12 10:03", PT)),
                        ("Message-ID", "<CAHo1s3kR2pLm9@mail.gmail.com>")],
                       text(t("""
                           Hi Marcus,

                           Looking forward to our interview on Thursday, September 17 at 2:00 PM. Is
                           there a portfolio piece you'd like me to bring, or should I keep it to the
                           materials deck?

                           Thanks,
                           Hannah
                           """), cte="7bit"))
    report = multipart("report", raw_part([("Content-Type", 'text/plain; charset="us-ascii"'),
                                           ("Content-Description", "Notification")], notice),
                       raw_part([("Content-Type", "message/delivery-status"),
                                 ("Content-Description", "Delivery report")], status),
                       attached_message(original), params="report-type=delivery-status")
    hs = head("Mail Delivery System <MAILER-DAEMON@mx1.example.org>", "Undelivered Mail Returned to Sender",
              "2026-09-12 10:03", PT, "<20260912170314.8C2F41A0E7@mx1.example.org>",
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


@mail(n(46), family="mailing_list", lang="en-US", interview=False, company=None,
      note="Local data meetup mailing list (Google Groups): panel 'Interviewing for climate data jobs' on "
           "Wednesday, October 21 at 6:30 PM - an event announcement, not Hannah's interview.",
      days=(("Wed", "2026-10-21"),))
def n46() -> bytes:
    body = t("""
        Hi all,

        October meetup is on! RSVP on the group page so we order enough pizza.

        "Interviewing for climate & energy data jobs" - a panel
        Wednesday, October 21, 6:30 PM doors / 7:00 PM talks
        Hosted at the Cirrusline Portland office, 1455 NW Irving St (5th floor)

        Panelists: a hiring manager from a utility, a recruiter from an agency, and two analysts who
        switched into climate work this year. Bring your questions about take-homes, case studies and
        how to talk about "impact".

        Lightning talks welcome: reply to me off-list.

        Manuel
        PDX Data & Coffee organizers

        --
        You received this message because you are subscribed to the Google Groups "PDX Data & Coffee" group.
        To unsubscribe from this group and stop receiving emails from it, send an email to
        pdx-data-coffee+unsubscribe@googlegroups.com.
        """)
    hs = head("Manuel Ortiz <manuel.ortiz.pdx@gmail.com>", "[pdx-data-coffee] Oct 21: Interviewing for climate data jobs (panel)",
              "2026-10-09 12:20", PT, "<CAPk8s1Zq4wL7y+Hd2Nx5Vr0Tm3Jf6Gb9Ua1Ke8Oi4Rc7X@mail.gmail.com>",
              to="pdx-data-coffee@googlegroups.com",
              relay="from mail-sor-f65.google.com (mail-sor-f65.google.com [209.85.220.65])",
              extra=(("Sender", "pdx-data-coffee@googlegroups.com"),
                     ("Mailing-list", "list pdx-data-coffee@googlegroups.com; contact pdx-data-coffee+owners@googlegroups.com"),
                     ("List-ID", "<pdx-data-coffee.googlegroups.com>"),
                     ("List-Post", "<https://groups.google.com/group/pdx-data-coffee/post>, <mailto:pdx-data-coffee@googlegroups.com>"),
                     ("List-Unsubscribe", "<mailto:googlegroups-manage+88120+unsubscribe@googlegroups.com>"),
                     ("Precedence", "list")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(47), family="webinar", lang="en-US", interview=False, company=None,
      note="Zoom webinar registration 'Ace the Behavioral Interview for Climate Roles', Tuesday, November "
           "10, 2026 12:00 PM Pacific, with ICS: a webinar about interviews, not an interview.",
      days=(("Tue", "2026-11-10"),))
def n47() -> bytes:
    body = t("""
        Hi Hannah,

        Thank you for registering for "Ace the Behavioral Interview for Climate Roles".

        Please submit any questions to: events@greenworkcollective.org

        Date & Time: Nov 10, 2026 12:00 PM Pacific Time (US and Canada)

        Join from a PC, Mac, iPad, or Android:
        https://us02web.zoom.us/w/88104422107?tk=Vq1sPZt2&uuid=WN_f3KpQz

        Add to calendar: Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar

        You can cancel your registration at any time.

        GreenWork Collective
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        METHOD:PUBLISH
        BEGIN:VEVENT
        DTSTAMP:20261103T200000Z
        DTSTART:20261110T200000Z
        DTEND:20261110T210000Z
        SUMMARY:Ace the Behavioral Interview for Climate Roles
        UID:20261103T200000Z-88104422107@zoom.us
        LOCATION:https://us02web.zoom.us/w/88104422107?tk=Vq1sPZt2
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("GreenWork Collective <no-reply@zoom.us>",
              "Ace the Behavioral Interview for Climate Roles Confirmation", "2026-11-03 12:00", PT,
              "<WN_f3KpQz.reg.4d1c9a2e@zoom.us>",
              relay="from mailout-sj.zoom.us (mailout-sj.zoom.us [170.114.52.2])",
              extra=(("Reply-To", "events@greenworkcollective.org"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="PUBLISH", disposition="attachment", filename="webinar.ics")))


@mail(n(48), family="research_interview", lang="en-US", interview=False, company=None,
      note="Graduate student confirms a research interview for her thesis (Monday, November 16 at 3:00 PM, "
           "45 minutes, consent form): Hannah is a research participant, not a job candidate.",
      days=(("Mon", "2026-11-16"),))
def n48() -> bytes:
    body = t("""
        Hi Hannah,

        Thank you so much for agreeing to participate in my thesis research on career pathways into
        climate and energy data work! This confirms our interview on Monday, November 16 at 3:00 PM
        (Pacific) on Zoom. It will take 45 minutes.

        Zoom: https://pcu-example.zoom.us/j/95501188320

        I've attached the consent form (IRB #2026-0412). Please sign and return it before we talk.
        Everything you share will be anonymized.

        Thanks again,
        Maya Chen
        M.S. candidate, Urban & Environmental Policy
        Pacific Cascade University
        """)
    hs = head("Maya Chen <mchen7@pcu.example.edu>", "Research interview confirmed - Nov 16",
              "2026-11-10 21:15", PT, "<SA1PR02MB8875E4F5A6B7C8D9E0F1A2B3C4D5@SA1PR02MB8875.namprd02.prod.outlook.com>",
              relay="from NAM04-SN1-obe.outbound.protection.outlook.com (mail-sn1nam04on2129.outbound."
                    "protection.outlook.com [40.107.70.129])")
    return message(hs, mixed(text(body), make_pdf_stub("Consent Form IRB 2026-0412")))


@mail(n(49), family="keep_in_touch", lang="en-US", interview=False, company=None,
      note="Agency recruiter: the contract went to someone else, 'let's keep in touch for Q1' and a "
           "check-in in early January - no time. Company null: the client stays confidential and the "
           "agency is not the employer.")
def n49() -> bytes:
    body = t("""
        Hi Hannah,

        Wanted to close the loop: the client went with a candidate who'd already done two CSRD
        filings, so the contract won't move forward for you. Honestly it was close.

        Budgets reset in January and I already know of two sustainability-reporting roles opening up
        in Q1. Let's keep in touch - I'll ping you the first week of January and we can grab a
        coffee if you're downtown.

        Happy holidays in the meantime!

        Greg Hamada
        Senior Recruiter, Summit Talent Partners
        greg@summittalentpartners.com | 503-555-0192
        """)
    hs = head("Greg Hamada <greg@summittalentpartners.com>", "Closing the loop + Q1",
              "2026-12-14 10:41", PT, "<CAGx2kP9sT4vR7+Mn1Yw3Hq6Lc0Jd8Fb5Ze2Ua7Ki9Xo3N@mail.gmail.com>",
              relay="from mail-ed1-f52.google.com (mail-ed1-f52.google.com [209.85.208.52])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(50), family="medical_appointment", lang="en-US", interview=False, company=None,
      note="Patient-portal reminder from Cascadia Health (also an employer in this inbox): a clinic visit "
           "Tuesday, December 1, 2026 at 8:40 AM - a doctor's appointment, not an interview.",
      days=(("Tue", "2026-12-01"),))
def n50() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <div style="background:#005a70;color:#fff;padding:10px 16px"><b>MyCascadia</b></div>
        <div style="padding:16px">
        <p>Hello Hannah,</p>
        <p>This is a reminder of your upcoming appointment:</p>
        <p><b>Annual Physical</b><br>
        Tuesday, December 1, 2026 at 8:40 AM<br>
        Anne Hollis, MD &ndash; Family Medicine<br>
        Cascadia Health Hawthorne Clinic, 3720 SE Hawthorne Blvd</p>
        <p>Please arrive 15 minutes early and complete eCheck-In in MyCascadia. Fasting labs: nothing to
        eat or drink except water after midnight.</p>
        <p><a href="https://my.cascadiahealth.org/">Confirm or cancel in MyCascadia</a></p>
        <p style="font-size:11px;color:#777">Do not reply to this message. For urgent questions, call
        503-555-0170.</p>
        </div></body></html>
        """)
    hs = head("MyCascadia <noreply@my.cascadiahealth.org>", "Appointment Reminder: Tuesday, December 1",
              "2026-11-27 07:30", PT, "<mychart.reminder.6618204.20261127153000@my.cascadiahealth.org>",
              relay="from smtp2.cascadiahealth.org (smtp2.cascadiahealth.org [198.51.100.201])")
    return message(hs, html(page, cte="quoted-printable"))
