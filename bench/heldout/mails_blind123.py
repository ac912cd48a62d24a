"""blind123: 50 hand-written mails from the inbox of Owen Tremblay, a cloud security engineer in
Vancouver (America/Vancouver), September to mid-December 2026.

Written blind (without reading the detector, its tests or the other held-out mails). Build and check:

    python3 bench/heldout/make_blind.py blind123

Keys 1-23 are positives (1-16 scheduled, 17-20 rescheduled, 21-23 cancelled), 24-50 negatives.
File numbers are a fixed shuffle of the writing order (ORDER below).
"""

from __future__ import annotations

import random

from make import (
    VTZ,
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

ORDER = random.Random(1230123).sample(range(1, 51), 50)

OWEN = "owen.tremblay@example.org"
OWEN_TO = addr("Owen Tremblay", OWEN)
VAN = "America/Vancouver"
LA = "America/Los_Angeles"
TOR = "America/Toronto"
EDM = "America/Edmonton"


def n(key: int) -> str:
    return f"blind123_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = OWEN_TO,
         relay: str = "mail.example.net", extra: tuple[tuple[str, str], ...] = (),
         charset: str = "utf-8") -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then extra headers."""
    return [
        ("Delivered-To", OWEN),
        ("Received", received(f"from {relay} ({relay} [198.51.100.{len(mid) % 200 + 20}])", when, zone,
                              "mx1.example.org with ESMTPS id " + mid.split("@")[0][-10:], OWEN)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", f"<{mid}>"),
        *extra,
    ]


# ICS time zones not in make.VTZ (same shapes as the producers write them)
TZ_LA = """BEGIN:VTIMEZONE
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

TZ_VAN = TZ_LA.replace("America/Los_Angeles", "America/Vancouver")
TZ_TOR = VTZ["America/New_York"].replace("America/New_York", "America/Toronto")
TZ_EDM = """BEGIN:VTIMEZONE
TZID:America/Edmonton
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

TZ_WIN_PACIFIC = """BEGIN:VTIMEZONE
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


# =========================================================================== positives: scheduled


@mail(n(1), family="greenhouse", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", LA), end=utc("2026-09-15 11:00", LA),
      contact="maya.okafor@stratoline.cloud", company="Stratoline Cloud",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=LA,
      note="Greenhouse confirmation from a Seattle cloud company: Tue Sep 15 10:00-11:00 AM PDT "
           "(UTC-7) = 17:00-18:00Z; ICS in America/Los_Angeles agrees; contact = Reply-To recruiter.")
def p01() -> bytes:
    body = t("""
        Hi Owen,

        Thanks for making time to chat with us! Your interview for Senior Cloud Security Engineer
        is confirmed. Here are the details:

        Interview: Hiring Manager Screen
        Date: Tuesday, September 15th, 2026
        Time: 10:00 AM - 11:00 AM PDT (GMT-07:00) Pacific Time - Los Angeles
        Location: Google Meet - https://meet.google.com/xkq-rbvd-tnu

        Interviewer(s):
          Daniel Whitlock - Director, Platform Security

        If you need to reschedule or have any questions, reply to this email and it will reach
        Maya Okafor, your recruiter.

        We're looking forward to it!

        Stratoline Cloud Recruiting
        1200 Westlake Ave N, Seattle, WA 98109
        """)
    html_body = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Owen,</p>
        <p>Thanks for making time to chat with us! Your interview for <b>Senior Cloud Security Engineer</b>
        is confirmed. Here are the details:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview:</b></td><td>Hiring Manager Screen</td></tr>
        <tr><td><b>Date:</b></td><td>Tuesday, September 15th, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:00 AM - 11:00 AM PDT (GMT-07:00) Pacific Time - Los Angeles</td></tr>
        <tr><td><b>Location:</b></td><td><a href="https://meet.google.com/xkq-rbvd-tnu">Google Meet</a></td></tr>
        </table>
        <p><b>Interviewer(s):</b><br>Daniel Whitlock - Director, Platform Security</p>
        <p>If you need to reschedule or have any questions, reply to this email and it will reach
        Maya Okafor, your recruiter.</p>
        <p>We're looking forward to it!</p>
        <p style="color:#888;font-size:11px">Stratoline Cloud Recruiting<br>1200 Westlake Ave N, Seattle, WA 98109</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_LA}
BEGIN:VEVENT
UID:gh-int-48213377-stratoline@greenhouse.io
DTSTAMP:20260908T211244Z
DTSTART;TZID=America/Los_Angeles:20260915T100000
DTEND;TZID=America/Los_Angeles:20260915T110000
SUMMARY:Interview: Owen Tremblay <> Stratoline Cloud (Hiring Manager Screen)
LOCATION:https://meet.google.com/xkq-rbvd-tnu
ORGANIZER;CN=Maya Okafor:mailto:maya.okafor@stratoline.cloud
ATTENDEE;CN=Owen Tremblay;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{OWEN}
ATTENDEE;CN=Daniel Whitlock;ROLE=REQ-PARTICIPANT:mailto:daniel.whitlock@stratoline.cloud
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head("Stratoline Cloud <no-reply@us.greenhouse-mail.io>",
              "Interview Confirmation: Stratoline Cloud - Senior Cloud Security Engineer",
              "2026-09-08 14:12:44", LA, "0100018f2c3e9a1b-55e0c2a1-88f3-4b7e-9a0e-7a1c2e3f4d5e-000000@email.amazonses.com",
              relay="a8-33.smtp-out.amazonses.com",
              extra=(("Reply-To", addr("Maya Okafor", "maya.okafor@stratoline.cloud")),
                     ("X-Greenhouse-Email-Type", "candidate_interview_confirmation")))
    return message(hs, mixed(alt(text(body), html(html_body)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(2), family="lever", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-09-24 14:00", VAN), end=utc("2026-09-24 14:45", VAN),
      contact="jess.lindqvist@kelpfiregames.com", company="Kelpfire Games",
      local="Thu 2026-09-24 14:00", local_end="2026-09-24 14:45", zone=VAN,
      note="Lever confirmation, HTML only in base64, from a Vancouver game studio: Thu Sep 24 "
           "2:00-2:45 PM Pacific (PDT, UTC-7) = 21:00-21:45Z; contact = Reply-To recruiter.")
def p02() -> bytes:
    h = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222">
        <tr><td style="padding:24px"><img src="https://lever-client-logos.s3.amazonaws.com/kelpfire.png" alt="Kelpfire Games" height="40"></td></tr>
        <tr><td style="padding:0 24px">
        <p>Hey Owen,</p>
        <p>You&#39;re all set! Here are the details for your upcoming interview with Kelpfire Games
        for the <strong>Security Engineer, Online Services</strong> role.</p>
        <p><strong>When</strong><br>Thursday, September 24, 2026<br>2:00pm &ndash; 2:45pm PDT</p>
        <p><strong>Where</strong><br>Zoom &mdash; https://kelpfire.zoom.us/j/83920417725</p>
        <p><strong>Who</strong><br>Arun Bhatt (Lead Backend Engineer)<br>Jess Lindqvist (Talent Partner)</p>
        <p>Questions before then? Just hit reply &mdash; it goes straight to Jess.</p>
        <p>Game on,<br>The Kelpfire crew</p>
        </td></tr>
        <tr><td style="padding:24px;font-size:11px;color:#999">Sent via Lever &middot;\x20
        Kelpfire Games, 355 Railway St, Vancouver, BC V6A 1A4</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head("Kelpfire Games <no-reply@hire.lever.co>",
              "Your interview with Kelpfire Games is confirmed",
              "2026-09-18 10:03:19", VAN, "lever-7c0f5b2e-91aa-4d1f-b83e-1f0cde2a7b61@hire.lever.co",
              relay="o1.email.hire.lever.co",
              extra=(("Reply-To", addr("Jess Lindqvist", "jess.lindqvist@kelpfiregames.com")),))
    return message(hs, html(h, cte="base64"))


@mail(n(3), family="ashby", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-10-07 13:00", TOR), end=utc("2026-10-07 13:45", TOR),
      contact="priyanka.rao@quillmark.io", company="Quillmark",
      local="Wed 2026-10-07 13:00", local_end="2026-10-07 13:45", zone=TOR,
      note="Ashby confirmation from a Toronto remote-first company written in Eastern time: Wed Oct 7 "
           "1:00-1:45 PM EDT (UTC-4) = 17:00-17:45Z (10:00 AM in Vancouver); ICS in America/Toronto; "
           "contact = Reply-To.")
def p03() -> bytes:
    body = t("""
        Hi Owen,

        Your interview with Quillmark has been scheduled. We're looking forward to speaking with you!

        Technical Deep Dive - Cloud Security
        Wednesday, October 7, 2026
        1:00 PM - 1:45 PM EDT (Eastern Time)

        Join with Google Meet: https://meet.google.com/pwd-hzmc-yre

        Interviewers
          Felix Adeyemi - Staff Security Engineer

        Need to make a change? Reply to this email and Priyanka Rao will help.

        Quillmark Talent Team
        Powered by Ashby
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_TOR}
BEGIN:VEVENT
UID:3e1b0f62-7d29-4a58-9c1f-quillmark-ashby
DTSTAMP:20261001T151122Z
DTSTART;TZID=America/Toronto:20261007T130000
DTEND;TZID=America/Toronto:20261007T134500
SUMMARY:Quillmark - Technical Deep Dive (Owen Tremblay)
LOCATION:https://meet.google.com/pwd-hzmc-yre
ORGANIZER;CN=Priyanka Rao:mailto:priyanka.rao@quillmark.io
ATTENDEE;CN=Owen Tremblay;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{OWEN}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head("Quillmark <no-reply@ashbyhq.com>", "Interview scheduled: Quillmark - Senior Security Engineer",
              "2026-10-01 11:11:22", TOR, "010001926b1f0e44-quillmark-4f3a-8c2d-000000@email.amazonses.com",
              relay="a48-9.smtp-out.amazonses.com",
              extra=(("Reply-To", addr("Priyanka Rao", "priyanka.rao@quillmark.io")),))
    return message(hs, mixed(text(body, cte="base64"),
                             calendar(ics, filename="interview.ics", disposition="attachment", cte="base64")))


@mail(n(4), family="workday", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-10-13 09:30", VAN), end=None,
      contact="harpreet.sandhu@frasercrownenergy.ca", company="Fraser Crown Energy",
      local="Tue 2026-10-13 09:30", zone=VAN,
      note="Workday interview notice from a provincial crown corporation, in person in Burnaby: Tue "
           "Oct 13 9:30 a.m. Pacific (PDT) = 16:30Z; 'approximately 60 minutes' so end null; the day "
           "after Thanksgiving; contact = the HR advisor's address in the body.")
def p04() -> bytes:
    body = t("""
        Dear Owen Tremblay,

        Thank you for your interest in the position of Senior Specialist, Cloud Security (Req R-0042187)
        at Fraser Crown Energy.

        We are pleased to confirm your in-person panel interview as follows:

            Date:      Tuesday, October 13, 2026
            Time:      9:30 a.m. (Pacific Time)
            Location:  Fraser Crown Energy, Metrotown Tower, 4555 Kingsway, 9th Floor, Burnaby, BC
                       Please check in with Security in the main lobby 10 minutes early.
            Length:    approximately 60 minutes

        Panel: Grace Liu (Manager, Cyber Defence), Tom Fraser (Senior Architect) and
        Harpreet Sandhu (HR Advisor).

        Please bring government-issued photo identification. If you require an accommodation
        for the interview process, or need to reach us, please contact Harpreet Sandhu at
        harpreet.sandhu@frasercrownenergy.ca or 604-555-0148.

        Note that our offices are closed on Monday, October 12 for Thanksgiving.

        Regards,

        Talent Acquisition
        Fraser Crown Energy

        This email was sent from an unmonitored mailbox. Please do not reply.
        """)
    hs = head("Fraser Crown Energy <frasercrownenergy@myworkday.com>",
              "Interview Confirmation - Senior Specialist, Cloud Security (R-0042187)",
              "2026-10-06 15:47:02", VAN, "1482093375.55102.1791326822000@wd5-prod-mail.myworkday.com",
              relay="wd5-mail-out.myworkday.com",
              extra=(("Auto-Submitted", "auto-generated"),), charset="utf-8")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(5), family="smartrecruiters", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-10-23 11:00", EDM), end=utc("2026-10-23 12:00", EDM),
      contact="colton.beaulieu@foothillsledger.com", company="Foothills Ledger",
      local="Fri 2026-10-23 11:00", local_end="2026-10-23 12:00", zone=EDM,
      note="SmartRecruiters confirmation from a Calgary fintech, written in Mountain time: Fri Oct 23 "
           "11:00 AM-12:00 PM MDT (UTC-6) = 17:00-18:00Z (10:00 AM for Owen); ICS America/Edmonton; "
           "contact = the hiring manager named as organizer.")
def p05() -> bytes:
    body = t("""
        Hi Owen,

        Good news: your interview for the Cloud Security Engineer (Hybrid, Calgary or Remote - Canada)
        position at Foothills Ledger is confirmed.

        Interview type: Video interview (Microsoft Teams)
        Date: Friday, October 23, 2026
        Time: 11:00 AM - 12:00 PM Mountain Time (MDT)
        Interviewer: Colton Beaulieu, Head of Information Security

        The Teams link is in the attached calendar invitation.

        You can view or manage your application on your SmartRecruiters candidate profile.

        Best regards,
        Foothills Ledger Hiring Team
        """)
    h = t("""
        <div style="font-family:'Open Sans',Arial,sans-serif;font-size:14px">
        <p>Hi Owen,</p>
        <p>Good news: your interview for the <b>Cloud Security Engineer (Hybrid, Calgary or Remote - Canada)</b>
        position at Foothills Ledger is confirmed.</p>
        <ul>
        <li>Interview type: Video interview (Microsoft Teams)</li>
        <li>Date: Friday, October 23, 2026</li>
        <li>Time: 11:00 AM - 12:00 PM Mountain Time (MDT)</li>
        <li>Interviewer: Colton Beaulieu, Head of Information Security</li>
        </ul>
        <p>The Teams link is in the attached calendar invitation.</p>
        <p>Best regards,<br>Foothills Ledger Hiring Team</p>
        <p style="font-size:11px;color:#999">Powered by SmartRecruiters</p>
        </div>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
{TZ_EDM}
BEGIN:VEVENT
UID:sr-iv-9f3c2a10-2214-4cc0-bb51-foothills
DTSTAMP:20261016T203015Z
DTSTART;TZID=America/Edmonton:20261023T110000
DTEND;TZID=America/Edmonton:20261023T120000
SUMMARY:Interview: Owen Tremblay - Cloud Security Engineer
DESCRIPTION:Join Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Zm9vdGhpbGxz%40thread.v2/0
ORGANIZER;CN=Colton Beaulieu:mailto:colton.beaulieu@foothillsledger.com
ATTENDEE;CN=Owen Tremblay;RSVP=TRUE:mailto:{OWEN}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head("Foothills Ledger <noreply@smartrecruiters.com>",
              "Interview confirmed: Cloud Security Engineer at Foothills Ledger",
              "2026-10-16 14:30:15", EDM, "20261016203015.4f1e2c.sr-mail@smartrecruiters.com",
              relay="mail-out2.smartrecruiters.com")
    return message(hs, mixed(alt(text(body), html(h)),
                             calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(n(6), family="human_prose", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-09-10 14:00", VAN), end=None,
      contact="kyle.ng@cedarpointtalent.ca", company="Harbourline Logistics",
      local="Thu 2026-09-10 14:00", zone=VAN,
      note="Agency recruiter, plain text: 'tomorrow at 2' against Date Wed Sep 9 (PDT) = Thu Sep 10 "
           "2:00 PM PDT = 21:00Z; 'should take 45 min or so' is approximate so end null; company = the "
           "client Harbourline Logistics; contact = the recruiter (human sender).")
def p06() -> bytes:
    body = t("""
        Hey Owen,

        Great news - Harbourline loved your profile. You're locked in with Sasha (their IT Security
        Manager) tomorrow at 2. It'll be at their office at 1090 W Pender, 14th floor - just
        buzz reception and they'll bring you up. Should take 45 min or so.

        Couple of quick tips: they're big on AWS Org/SCP design and incident response, and Sasha
        likes to hear about real incidents you've worked (sanitised of course). Give me a shout
        after and let me know how it went.

        Cheers,
        Kyle

        --
        Kyle Ng | Senior Recruiter, Technology
        Cedarpoint Talent Partners
        m. 778-555-0193 | kyle.ng@cedarpointtalent.ca
        """)
    hs = head(addr("Kyle Ng", "kyle.ng@cedarpointtalent.ca"), "Harbourline - you're confirmed for tomorrow",
              "2026-09-09 09:41:08", VAN, "YT3PR01MB6721A1B2C3D4E5F6A7B8C9D0E1F2A@YT3PR01MB6721.CANPRD01.PROD.OUTLOOK.COM",
              relay="mail-yt3can01on2105.outbound.protection.outlook.com")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(7), family="exchange", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-11-02 10:00", VAN), end=utc("2026-11-02 11:00", VAN),
      contact="nadia.petrovic@salalcu.ca", company="Salal Credit Union",
      local="Mon 2026-11-02 10:00", local_end="2026-11-02 11:00", zone=VAN,
      note="Exchange meeting request (Teams) from a credit union, TZID 'Pacific Standard Time'; sent "
           "Thu Oct 29 in PDT, interview Mon Nov 2 after DST ended on Nov 1: 10:00-11:00 PST (UTC-8) "
           "= 18:00-19:00Z; contact = organizer/sender.")
def p07() -> bytes:
    body = t("""
        Hi Owen,

        As discussed on the phone, here is the invite for your interview for the Information Security
        Analyst III role. You'll meet with me and Raj Dhillon from our Infrastructure team.

        Please note the clocks go back this weekend - the interview is at 10:00 AM Pacific on Monday.

        Thanks,
        Nadia

        Nadia Petrovic | Talent Acquisition Partner
        Salal Credit Union | 604-555-0172

        ________________________________________________________________________________
        Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>
        Join the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_U2FsYWwy%40thread.v2/0>
        Meeting ID: 254 118 903 662
        Passcode: Ra7vQ2
        ________________________________________________________________________________
        """)
    h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
        <p>Hi Owen,</p>
        <p>As discussed on the phone, here is the invite for your interview for the Information Security
        Analyst III role. You'll meet with me and Raj Dhillon from our Infrastructure team.</p>
        <p>Please note the clocks go back this weekend - the interview is at 10:00 AM Pacific on Monday.</p>
        <p>Thanks,<br>Nadia</p>
        <p>Nadia Petrovic | Talent Acquisition Partner<br>Salal Credit Union | 604-555-0172</p>
        <div style="width:100%">
        <span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span>
        <div style="margin-bottom:24px"><span style="font-size:24px;font-weight:700">Microsoft Teams</span>
        <a href="https://aka.ms/JoinTeamsMeeting?omkt=en-US">Need help?</a></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_U2FsYWwy%40thread.v2/0">Join the meeting now</a></div>
        <div>Meeting ID: 254 118 903 662<br>Passcode: Ra7vQ2</div>
        </div></div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WIN_PACIFIC}
BEGIN:VEVENT
ORGANIZER;CN=Nadia Petrovic:mailto:nadia.petrovic@salalcu.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Owen Tremblay:mailto:{OWEN}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Raj Dhillon:mailto:raj.dhillon@salalcu.ca
DESCRIPTION;LANGUAGE=en-US:Hi Owen\\n\\nAs discussed on the phone\\, here is the invite for your interview.\\n
UID:040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5DC0100000000000000001000000054A3C2B1E0F9D8C7B6A5
SUMMARY;LANGUAGE=en-US:Interview - Owen Tremblay - Information Security Analyst III
DTSTART;TZID=Pacific Standard Time:20261102T100000
DTEND;TZID=Pacific Standard Time:20261102T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261029T223517Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2118734091
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Nadia Petrovic", "nadia.petrovic@salalcu.ca"),
              "Interview - Owen Tremblay - Information Security Analyst III",
              "2026-10-29 15:35:17", VAN, "YQBPR0101MB5512C3E8A4F2B1D0E9C8A7B6F5E4D3C2@YQBPR0101MB5512.CANPRD01.PROD.OUTLOOK.COM",
              relay="mail-yqbcan01on2091.outbound.protection.outlook.com",
              extra=(("Thread-Topic", "Interview - Owen Tremblay - Information Security Analyst III"),
                     ("Accept-Language", "en-CA, en-US"), ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(h), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(8), family="calendly", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-10-19 09:00", VAN), end=utc("2026-10-19 09:30", VAN),
      contact="ben.okonkwo@tidepoollabs.ca", company="Tidepool Labs",
      local="Mon 2026-10-19 09:00", local_end="2026-10-19 09:30", zone=VAN,
      note="Calendly invitee confirmation for a Victoria startup's 30-minute interview: Mon Oct 19 "
           "9:00-9:30am Pacific Time (PDT) = 16:00-16:30Z; ICS in UTC agrees; contact = Reply-To host.")
def p08() -> bytes:
    body = t("""
        Hi Owen Tremblay,

        Your 30 Minute Interview - Tidepool Labs with Ben Okonkwo is confirmed.

        Event Type:
        30 Minute Interview - Tidepool Labs

        Event Date/Time:
        09:00am - 09:30am (Pacific Time - US & Canada), Monday, October 19, 2026

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/tbv-ngsa-woq

        Invitee Time Zone:
        Pacific Time - US & Canada

        Questions:
        Anything you'd like Ben to know before the call?
        Happy to walk through the GuardDuty/Security Hub rollout I led last year.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/8c3d1e0a-5b7f-4c2e
        Reschedule: https://calendly.com/reschedulings/8c3d1e0a-5b7f-4c2e

        Powered by Calendly.com
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20261013T184402Z
UID:8c3d1e0a-5b7f-4c2e-9d1a-calendly-tidepool
DTSTART:20261019T160000Z
DTEND:20261019T163000Z
SUMMARY:Owen Tremblay and Ben Okonkwo
LOCATION:https://meet.google.com/tbv-ngsa-woq
ORGANIZER;CN=Ben Okonkwo:mailto:ben.okonkwo@tidepoollabs.ca
ATTENDEE;CN=Owen Tremblay;PARTSTAT=ACCEPTED:mailto:{OWEN}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: 30 Minute Interview - Tidepool Labs with Ben Okonkwo on Monday, October 19, 2026",
              "2026-10-13 11:44:02", VAN, "0100019288e3b6a4-calendly-6e0b-44f1-a1d3-000000@email.amazonses.com",
              relay="a27-11.smtp-out.us-west-2.amazonses.com",
              extra=(("Reply-To", addr("Ben Okonkwo", "ben.okonkwo@tidepoollabs.ca")),))
    return message(hs, mixed(text(body, cte="8bit"),
                             calendar(ics, method=None, filename="invite.ics", disposition="attachment",
                                      ctype="application/ics", name_param=True)))


@mail(n(9), family="google_calendar", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-11-05 13:00", TOR), end=utc("2026-11-05 14:00", TOR),
      contact="lauren.tessier@maplestack.ca", company="Maplestack",
      local="Thu 2026-11-05 13:00", local_end="2026-11-05 14:00", zone=TOR,
      note="Google Calendar invitation from a Toronto firm, sent Fri Oct 30 in EDT; the interview is "
           "Thu Nov 5 1pm-2pm EST (UTC-5, after DST ended Nov 1) = 18:00-19:00Z; ICS America/Toronto; "
           "contact = organizer.")
def p09() -> bytes:
    body = t("""
        You have been invited to the following event.

        Owen Tremblay / Maplestack - Security Architecture Interview
        When
        Thursday Nov 5, 2026 1pm – 2pm Eastern Time - Toronto

        Joining info
        Join with Google Meet
        meet.google.com/qfe-uvca-zjt

        Calendar
        owen.tremblay@example.org

        Who
        • Lauren Tessier - organizer
        • Owen Tremblay
        • Sam Oduya

        Hi Owen - this is the 60 min architecture conversation with Sam (our Security Architect).
        Heads up that we're in Toronto, so this is 10am your time. - Lauren

        View all event details:
        https://calendar.google.com/calendar/event?action=VIEW&eid=M2ZrdDFvcWJhcTE

        Reply for owen.tremblay@example.org
        Yes  No  Maybe  More options

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    h = t("""
        <html><body><div itemscope itemtype="http://schema.org/EmailMessage">
        <table role="presentation" style="width:100%;font-family:Roboto,Helvetica,Arial,sans-serif">
        <tr><td><h2 style="font-size:22px;font-weight:400">Owen Tremblay / Maplestack - Security Architecture Interview</h2></td></tr>
        <tr><td><b>When</b><br>Thursday Nov 5, 2026 1pm &ndash; 2pm Eastern Time - Toronto</td></tr>
        <tr><td><b>Joining info</b><br><a href="https://meet.google.com/qfe-uvca-zjt">Join with Google Meet</a></td></tr>
        <tr><td><b>Who</b><ul><li>Lauren Tessier - organizer</li><li>Owen Tremblay</li><li>Sam Oduya</li></ul></td></tr>
        <tr><td>Hi Owen - this is the 60 min architecture conversation with Sam (our Security Architect).
        Heads up that we're in Toronto, so this is 10am your time. - Lauren</td></tr>
        <tr><td style="font-size:12px;color:#70757a">Invitation from Google Calendar</td></tr>
        </table></div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_TOR}
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20261105T130000
DTEND;TZID=America/Toronto:20261105T140000
DTSTAMP:20261030T173820Z
ORGANIZER;CN=Lauren Tessier:mailto:lauren.tessier@maplestack.ca
UID:3fkt1oqbaq1r8m0s2v6d9h4c7e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lauren Tessier;X-NUM-GUESTS=0:mailto:lauren.tessier@maplestack.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=owen.tremblay@example.org;X-NUM-GUESTS=0:mailto:{OWEN}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sam Oduya;X-NUM-GUESTS=0:mailto:sam.oduya@maplestack.ca
X-GOOGLE-CONFERENCE:https://meet.google.com/qfe-uvca-zjt
CREATED:20261030T173819Z
DESCRIPTION:Hi Owen - this is the 60 min architecture conversation with Sam (our Security Architect). Heads up that we're in Toronto\\, so this is 10am your time. - Lauren
LAST-MODIFIED:20261030T173819Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Owen Tremblay / Maplestack - Security Architecture Interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Lauren Tessier", "lauren.tessier@maplestack.ca"),
              "Invitation: Owen Tremblay / Maplestack - Security Architecture Interview @ "
              "Thu Nov 5, 2026 1pm - 2pm (EST) (owen.tremblay@example.org)",
              "2026-10-30 13:38:20", TOR, "calendar-7d2c1e94-3b0a-4f51-9e6d-8a2b4c6d1e0f@google.com",
              relay="mail-sor-f69.google.com",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Lauren Tessier", "lauren.tessier@maplestack.ca"))))
    return message(hs, mixed(alt(text(body, cte="quoted-printable"), html(h),
                                 calendar(ics, cte="base64")),
                             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(10), family="zoom", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-28 17:30", LA), end=None,
      contact="tanya.morrow@ridgebackdata.com", company="Ridgeback Data",
      local="Wed 2026-10-28 17:30", zone=LA,
      note="Seattle recruiter with a pasted Zoom block 'Oct 28, 2026 05:30 PM Pacific Time (US and "
           "Canada)' (PDT, UTC-7) = Thu Oct 29 00:30Z, another day in UTC; no length stated, end null; "
           "contact = sender.")
def p10() -> bytes:
    body = t("""
        Hi Owen,

        Thanks for your flexibility! Greg is traveling this week so the only time that works is
        late afternoon - you're confirmed for Wednesday 10/28 at 5:30 PM Pacific with Greg Hollis,
        our VP of Security Engineering. Zoom details below.

        Best,
        Tanya

        Tanya Morrow
        Technical Recruiter | Ridgeback Data
        tanya.morrow@ridgebackdata.com

        ---

        Tanya Morrow is inviting you to a scheduled Zoom meeting.

        Topic: Ridgeback Data | Owen Tremblay <> Greg Hollis
        Time: Oct 28, 2026 05:30 PM Pacific Time (US and Canada)

        Join Zoom Meeting
        https://ridgebackdata.zoom.us/j/91827364550?pwd=bXlTcmVjcmV0UGFzcw.1

        Meeting ID: 918 2736 4550
        Passcode: 662190

        ---

        One tap mobile
        +12532158782,,91827364550#,,,,*662190# US (Tacoma)
        +16473744685,,91827364550#,,,,*662190# Canada
        """)
    hs = head(addr("Tanya Morrow", "tanya.morrow@ridgebackdata.com"),
              "Zoom interview - Ridgeback Data / Senior Cloud Security Engineer",
              "2026-10-22 12:06:51", LA, "CAF8k2mQx9Lr0aPzT4v+eW1sYbN7dHc3uGjK5oQ@mail.gmail.com",
              relay="mail-pj1-f52.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(11), family="teamtailor", lang="en-IE", interview=True, kind="scheduled",
      start=utc("2026-11-17 16:00", "Europe/Dublin"), end=utc("2026-11-17 16:45", "Europe/Dublin"),
      contact="aoife.brennan@harbourlight.ie", company="Harbourlight Security",
      local="Tue 2026-11-17 16:00", local_end="2026-11-17 16:45", zone="Europe/Dublin",
      note="Teamtailor mail from a remote-first Dublin company: Tue 17 Nov 16:00-16:45 GMT (Irish "
           "winter time, UTC+0) = 16:00-16:45Z; the body adds 8:00 AM Vancouver (PST), consistent; "
           "contact = Reply-To recruiter.")
def p11() -> bytes:
    body = t("""
        Hi Owen,

        Thanks for booking your interview with Harbourlight Security – we're delighted to confirm it.

        Role: Senior Cloud Security Engineer (Remote – Americas)
        When: Tuesday 17 November 2026, 16:00–16:45 GMT (that's 8:00–8:45 AM in Vancouver)
        Where: Microsoft Teams – the link is in your calendar invite
        Who: Aoife Brennan (Talent) and Cian Moloney (Head of Detection & Response)

        If anything changes, just reply to this email.

        Kind regards,
        Aoife Brennan
        Talent Lead, Harbourlight Security

        Harbourlight Security · 14 Sir John Rogerson's Quay, Dublin 2, D02 XR96, Ireland
        Manage your data and privacy: https://harbourlight.teamtailor.com/connect/privacy
        """)
    h = t("""
        <!doctype html><html><body style="background:#fafafa;font-family:Inter,Helvetica,sans-serif">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:32px;border-radius:8px">
        <p>Hi Owen,</p>
        <p>Thanks for booking your interview with Harbourlight Security &ndash; we&rsquo;re delighted to confirm it.</p>
        <p><strong>Role:</strong> Senior Cloud Security Engineer (Remote &ndash; Americas)<br>
        <strong>When:</strong> Tuesday 17 November 2026, 16:00&ndash;16:45 GMT (that&rsquo;s 8:00&ndash;8:45 AM in Vancouver)<br>
        <strong>Where:</strong> Microsoft Teams &ndash; the link is in your calendar invite<br>
        <strong>Who:</strong> Aoife Brennan (Talent) and Cian Moloney (Head of Detection &amp; Response)</p>
        <p>If anything changes, just reply to this email.</p>
        <p>Kind regards,<br>Aoife Brennan<br>Talent Lead, Harbourlight Security</p>
        <hr><p style="font-size:11px;color:#999">Harbourlight Security &middot; 14 Sir John Rogerson&rsquo;s Quay, Dublin 2, D02 XR96, Ireland</p>
        </div></body></html>
        """)
    hs = head("Harbourlight Security <no-reply@harbourlight.teamtailor-mail.com>",
              "Interview confirmed – Harbourlight Security",
              "2026-11-09 10:22:40", "Europe/Dublin", "6f1e0d2c-91b3-4a7e-b5c8-teamtailor-3d2e1f@teamtailor-mail.com",
              relay="mail.teamtailor-mail.com",
              extra=(("Reply-To", addr("Aoife Brennan", "aoife.brennan@harbourlight.ie")),
                     ("List-Unsubscribe", "<https://harbourlight.teamtailor.com/connect/unsubscribe>")))
    return message(hs, alt(text(body, cte="quoted-printable"), html(h, cte="quoted-printable")))


@mail(n(12), family="icims", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-12-08 11:00", TOR), end=utc("2026-12-08 11:30", TOR),
      contact="daniel.osei@lakeshoremutual.ca", company="Lakeshore Mutual",
      local="Tue 2026-12-08 11:00", local_end="2026-12-08 11:30", zone=TOR,
      note="iCIMS HTML-only mail from a Toronto insurer written in Eastern time: Tue Dec 8 11:00 a.m. "
           "ET (EST, UTC-5) for 30 minutes = 16:00-16:30Z (8:00 a.m. for Owen); contact = the "
           "recruiter's address in the body (sender is an iCIMS role mailbox).")
def p12() -> bytes:
    h = t("""
        <html><head><style>td{font-family:Arial,sans-serif;font-size:13px}</style></head><body>
        <table width="640" align="center" cellpadding="10">
        <tr><td style="background:#00395d;color:#fff;font-size:18px">Lakeshore Mutual Careers</td></tr>
        <tr><td>
        <p>Dear Owen,</p>
        <p>Thank you for your interest in the <b>Cloud Security Engineer, Senior (Job ID 2026-14872)</b> opportunity.
        We are pleased to confirm your virtual interview:</p>
        <p><b>Date:</b> Tuesday, December 8, 2026<br>
        <b>Time:</b> 11:00 a.m. &ndash; 11:30 a.m. Eastern Time (ET)<br>
        <b>Duration:</b> 30 minutes<br>
        <b>Format:</b> Microsoft Teams video call (link to follow from the interviewer)<br>
        <b>Interviewer:</b> Melissa Chou, Director, Cloud Platform Security</p>
        <p>Please note all times are Eastern. If you are located outside the Eastern time zone,
        kindly adjust accordingly.</p>
        <p>Should you have any questions, please contact your recruiter, Daniel Osei, at
        <a href="mailto:daniel.osei@lakeshoremutual.ca">daniel.osei@lakeshoremutual.ca</a>.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Lakeshore Mutual Insurance</p>
        </td></tr>
        <tr><td style="font-size:10px;color:#777">Please do not reply to this message. This email was sent from
        an unattended mailbox. Lakeshore Mutual is committed to accessibility; accommodations are available
        on request throughout the recruitment process.</td></tr>
        </table></body></html>
        """)
    hs = head("Lakeshore Mutual Careers <lakeshoremutual@talent.icims.com>",
              "Lakeshore Mutual - Interview Confirmation - Cloud Security Engineer, Senior",
              "2026-12-01 14:18:09", TOR, "1780321089.20261201191809.43917.icims@talent.icims.com",
              relay="smtp1.icims.com")
    return message(hs, html(h, charset="windows-1252", cte="quoted-printable"))


@mail(n(13), family="human_prose", lang="fr-CA", interview=True, kind="scheduled",
      start=utc("2026-11-12 13:00", TOR), end=utc("2026-11-12 13:45", TOR),
      contact="emilie.gagnon@borealsecurite.ca", company="Boréal Sécurité",
      local="Thu 2026-11-12 13:00", local_end="2026-11-12 13:45", zone=TOR,
      note="Canadian French recruiter mail from Montréal (iso-8859-1, QP): 'jeudi 12 novembre à 13 h "
           "(heure de l'Est)', 'd'une durée de 45 minutes' = 13:00-13:45 EST (UTC-5) = 18:00-18:45Z "
           "(10 h heure du Pacifique, as the mail says); contact = sender.")
def p13() -> bytes:
    body = t("""
        Bonjour Owen,

        Merci encore pour votre intérêt envers le poste d'Architecte principal, sécurité infonuagique
        (télétravail, Canada).

        Je vous confirme votre entrevue avec notre équipe le jeudi 12 novembre à 13 h (heure de l'Est),
        soit 10 h heure du Pacifique. L'entrevue, d'une durée de 45 minutes, se déroulera par Teams
        avec Mathieu Lavoie, directeur de la sécurité, et moi-même. Elle se fera en anglais, mais
        n'hésitez pas à glisser quelques mots en français!

        Vous recevrez le lien Teams séparément. N'hésitez pas à me contacter si vous avez des questions.

        Au plaisir,

        Émilie Gagnon
        Conseillère principale, acquisition de talents
        Boréal Sécurité inc.
        1250, boul. René-Lévesque Ouest, Montréal (Québec)
        514 555-0137
        """)
    hs = head(addr("Émilie Gagnon", "emilie.gagnon@borealsecurite.ca", "iso-8859-1"),
              "Confirmation de votre entrevue - Boréal Sécurité",
              "2026-11-05 09:52:33", TOR, "QB1PR01MB2841E3D07A4F9C1B8E2D6A0F5C3B7E1A@QB1PR01MB2841.CANPRD01.PROD.OUTLOOK.COM",
              relay="mail-qb1can01on2130.outbound.protection.outlook.com",
              extra=(("Content-Language", "fr-CA"),), charset="iso-8859-1")
    return message(hs, text(body.replace("–", "-"), charset="iso-8859-1", cte="quoted-printable"))


@mail(n(14), family="human_prose", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-12-07 11:00", VAN), end=None,
      contact="marcus@lumenfall.io", company="Lumenfall Software",
      local="Mon 2026-12-07 11:00", zone=VAN,
      note="Hiring manager's reply from a phone on top of the quoted thread: 'Monday at 11 works' "
           "against Date Fri Dec 4 (PST) = Mon Dec 7 11:00 PST (UTC-8) = 19:00Z; the quoted message "
           "offered Monday 11 or Tuesday afternoon; contact = sender.")
def p14() -> bytes:
    body = t("""
        Monday at 11 works, locked in. Come by the office (3rd floor, 312 W Hastings) and ask for me at the front. We’ll do whiteboard stuff w/ Priya then coffee

        Marcus

        Sent from my iPhone

        > On Dec 4, 2026, at 2:10 PM, Owen Tremblay <owen.tremblay@example.org> wrote:
        >
        > Hi Marcus,
        >
        > Thanks for getting back to me so quickly. I could do Monday at 11 or any time Tuesday
        > afternoon, whichever is easier for you and Priya.
        >
        > Best,
        > Owen
        >
        >> On Dec 4, 2026, at 9:31 AM, Marcus Greer <marcus@lumenfall.io> wrote:
        >>
        >> Owen - loved the chat w/ our recruiter. Want to come in for a proper interview early next week?
        >> Send me a couple of times.
        """)
    hs = head(addr("Marcus Greer", "marcus@lumenfall.io"), "Re: Lumenfall - next step",
              "2026-12-04 18:22:47", VAN, "8E1F2A3B-4C5D-4E6F-9A0B-1C2D3E4F5A6B@lumenfall.io",
              relay="mail-qv1-f49.google.com",
              extra=(("In-Reply-To", "<0B1C2D3E-owen-reply-7781@example.org>"),
                     ("References", "<D9E8F7A6-marcus-1204@lumenfall.io> <0B1C2D3E-owen-reply-7781@example.org>"),
                     ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body, charset="utf-8", cte="quoted-printable"))


@mail(n(15), family="forward_self", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-10-21 13:30", VAN), end=utc("2026-10-21 15:00", VAN),
      contact="renee.castillo@islandcoastferries.ca", company="Island Coast Ferries",
      local="Wed 2026-10-21 13:30", local_end="2026-10-21 15:00", zone=VAN,
      note="Owen forwards a recruiter's confirmation from his example.net address to himself: Wed Oct 21 "
           "1:30-3:00 p.m. (PDT) in Victoria = 20:30-22:00Z; contact = the recruiter in the forwarded "
           "header (the sender is the candidate).")
def p15() -> bytes:
    body = t("""
        for the calendar - booking the 10:00 sailing from Tsawwassen

        ---------- Forwarded message ---------
        From: Renee Castillo <renee.castillo@islandcoastferries.ca>
        Date: Tue, Oct 13, 2026 at 4:12 PM
        Subject: Interview Invitation - Cloud Security Lead (Competition 26-118)
        To: owen.tremblay@example.net <owen.tremblay@example.net>


        Good afternoon Owen,

        Thank you for applying to Competition 26-118, Cloud Security Lead. I'm pleased to confirm
        your interview with the selection panel:

        Date: Wednesday, October 21, 2026
        Time: 1:30 p.m. to 3:00 p.m.
        Place: Island Coast Ferries Head Office, 1321 Blanshard Street, Victoria, BC - 5th floor
        boardroom

        The interview will include a 20-minute scenario exercise. Parking is available on View
        Street. If you need to reach me before then, my direct line is 250-555-0164.

        Regards,

        Renee Castillo
        Senior Recruitment Advisor | People & Culture
        Island Coast Ferries
        """)
    hs = head(addr("Owen Tremblay", "owen.tremblay@example.net"),
              "Fwd: Interview Invitation - Cloud Security Lead (Competition 26-118)",
              "2026-10-14 20:05:12", VAN, "CAO7wT+q4nZr2Ls8Hk1YbX0mVe9dPfRj6c3gUa@mail.gmail.com",
              relay="mail-oa1-f43.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(16), family="goodtime", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-19 09:00", LA), end=utc("2026-11-19 12:15", LA),
      contact="maya.okafor@stratoline.cloud", company="Stratoline Cloud",
      local="Thu 2026-11-19 09:00", local_end="2026-11-19 12:15", zone=LA,
      note="GoodTime virtual-onsite itinerary (Stratoline, same company as the Greenhouse screen): four "
           "sessions Thu Nov 19 9:00 AM-12:15 PM PST (UTC-8) = 17:00-20:15Z, first start to last end; "
           "contact = Reply-To recruiter.")
def p16() -> bytes:
    body = t("""
        Hi Owen,

        Your virtual onsite with Stratoline Cloud is confirmed! Here is your itinerary for
        Thursday, November 19, 2026. All times are Pacific Standard Time (PST).

          9:00 AM - 9:45 AM    Threat Modeling         Lin Zhao, Principal Security Engineer
          9:50 AM - 10:35 AM   Cloud IAM Deep Dive     Ravi Menon, Senior Security Engineer
          10:45 AM - 11:30 AM  Incident Response       Carla Jimenez, Security Engineering Manager
          11:30 AM - 12:15 PM  Values & Collaboration  Daniel Whitlock, Director, Platform Security

        Each session has its own Google Meet link in the individual calendar invitations you'll
        receive. There is a 10 minute break between the second and third sessions.

        Questions? Reply to this email to reach Maya Okafor.

        Good luck!
        Stratoline Cloud Recruiting

        Scheduled with GoodTime
        """)
    rows = "".join(
        f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in [
            ("9:00 AM - 9:45 AM", "Threat Modeling", "Lin Zhao, Principal Security Engineer"),
            ("9:50 AM - 10:35 AM", "Cloud IAM Deep Dive", "Ravi Menon, Senior Security Engineer"),
            ("10:45 AM - 11:30 AM", "Incident Response", "Carla Jimenez, Security Engineering Manager"),
            ("11:30 AM - 12:15 PM", "Values &amp; Collaboration", "Daniel Whitlock, Director, Platform Security"),
        ])
    h = t(f"""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Owen,</p>
        <p>Your virtual onsite with Stratoline Cloud is confirmed! Here is your itinerary for
        <b>Thursday, November 19, 2026</b>. All times are Pacific Standard Time (PST).</p>
        <table border="1" cellpadding="6" style="border-collapse:collapse">
        <tr><th>Time</th><th>Session</th><th>Interviewer</th></tr>
        {rows}
        </table>
        <p>Each session has its own Google Meet link in the individual calendar invitations you'll receive.</p>
        <p>Questions? Reply to this email to reach Maya Okafor.</p>
        <p>Good luck!<br>Stratoline Cloud Recruiting</p>
        <p style="font-size:11px;color:#999">Scheduled with GoodTime</p>
        </body></html>
        """)
    hs = head("Stratoline Cloud Recruiting <scheduling@goodtime.io>",
              "Your Stratoline Cloud Virtual Onsite Itinerary - Thursday, November 19",
              "2026-11-11 10:14:55", LA, "goodtime.c2a91f0e-5d4b-4e83-9b1a-stratoline@goodtime.io",
              relay="o7.ptr4431.goodtime.io",
              extra=(("Reply-To", addr("Maya Okafor", "maya.okafor@stratoline.cloud")),))
    return message(hs, alt(text(body, cte="quoted-printable"), html(h, cte="base64")))


# =========================================================================== positives: rescheduled


@mail(n(17), family="workable", lang="en-CA", interview=True, kind="rescheduled",
      start=utc("2026-10-15 15:00", EDM), end=utc("2026-10-15 15:45", EDM),
      contact="hannah.kowalczyk@bowvalleyrobotics.com", company="Bowvalley Robotics",
      local="Thu 2026-10-15 15:00", local_end="2026-10-15 15:45", zone=EDM,
      note="Workable reschedule from a Calgary company: old Wed Oct 14 10:00 AM, new Thu Oct 15 "
           "3:00-3:45 PM MDT (UTC-6) = 21:00-21:45Z; ICS SEQUENCE 1 agrees; Reply-To is a Workable "
           "relay, so contact = the interviewer's address in the body.")
def p17() -> bytes:
    body = t("""
        Hi Owen,

        Your interview for the Security Engineer (Cloud & OT) position at Bowvalley Robotics has been
        rescheduled.

        Previously: Wednesday, October 14, 2026 at 10:00 AM MDT
        New time:   Thursday, October 15, 2026, 3:00 PM - 3:45 PM MDT (America/Edmonton)

        Type: Video call (Google Meet) - https://meet.google.com/rbv-tqwm-kce
        With: Hannah Kowalczyk, Infrastructure & Security Lead

        Hannah asked me to pass on her address in case you need to reach her directly:
        hannah.kowalczyk@bowvalleyrobotics.com

        Sorry for the shuffle, and thanks for your flexibility!

        Devon
        Bowvalley Robotics People Team
        """)
    h = t("""
        <div style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:14px;color:#1f2d3d">
        <p>Hi Owen,</p>
        <p>Your interview for the <strong>Security Engineer (Cloud &amp; OT)</strong> position at Bowvalley Robotics has been rescheduled.</p>
        <table cellpadding="4">
        <tr><td style="color:#8a94a6">Previously</td><td><s>Wednesday, October 14, 2026 at 10:00 AM MDT</s></td></tr>
        <tr><td style="color:#8a94a6">New time</td><td><strong>Thursday, October 15, 2026, 3:00 PM - 3:45 PM MDT (America/Edmonton)</strong></td></tr>
        <tr><td style="color:#8a94a6">Type</td><td>Video call (Google Meet) - <a href="https://meet.google.com/rbv-tqwm-kce">join</a></td></tr>
        <tr><td style="color:#8a94a6">With</td><td>Hannah Kowalczyk, Infrastructure &amp; Security Lead</td></tr>
        </table>
        <p>Hannah asked me to pass on her address in case you need to reach her directly:
        <a href="mailto:hannah.kowalczyk@bowvalleyrobotics.com">hannah.kowalczyk@bowvalleyrobotics.com</a></p>
        <p>Sorry for the shuffle, and thanks for your flexibility!</p>
        <p>Devon<br>Bowvalley Robotics People Team</p>
        <p style="font-size:11px;color:#8a94a6">Sent with Workable</p>
        </div>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
{TZ_EDM}
BEGIN:VEVENT
UID:wkbl-ev-55d1a0c3e7@workable.com
DTSTAMP:20261009T164208Z
DTSTART;TZID=America/Edmonton:20261015T150000
DTEND;TZID=America/Edmonton:20261015T154500
SEQUENCE:1
SUMMARY:Interview: Owen Tremblay - Security Engineer (Cloud & OT)
LOCATION:https://meet.google.com/rbv-tqwm-kce
ORGANIZER;CN=Bowvalley Robotics:mailto:bowvalley-robotics+a7f3e2c91b@candidates.workablemail.com
ATTENDEE;CN=Owen Tremblay;RSVP=TRUE:mailto:{OWEN}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head("Bowvalley Robotics <noreply@candidates.workablemail.com>",
              "Interview rescheduled: Security Engineer (Cloud & OT) at Bowvalley Robotics",
              "2026-10-09 10:42:08", EDM, "wkbl.7a1e93f2c0b44d5e.1791564128@workablemail.com",
              relay="mail-out4.workablemail.com",
              extra=(("Reply-To", "Bowvalley Robotics <bowvalley-robotics+a7f3e2c91b@candidates.workablemail.com>"),))
    return message(hs, mixed(alt(text(body), html(h)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(18), family="exchange", lang="en-CA", interview=True, kind="rescheduled",
      start=utc("2026-11-03 14:00", TOR), end=utc("2026-11-03 15:00", TOR),
      contact="joanna.kim@bayfrontpayments.com", company="Bayfront Payments",
      local="Tue 2026-11-03 14:00", local_end="2026-11-03 15:00", zone=TOR,
      note="Exchange meeting update from Toronto, TZID 'Eastern Standard Time', SEQUENCE 1: moved "
           "from Fri Oct 30 2:00 PM EDT to Tue Nov 3 2:00-3:00 PM EST (UTC-5, DST ended Nov 1) = "
           "19:00-20:00Z; the Outlook 'When' line shows (UTC-05:00); contact = organizer.")
def p18() -> bytes:
    body = t("""
        When: Tuesday, November 3, 2026 2:00 PM-3:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hi Owen,

        Anil is out on Friday, so I've moved your interview from Fri Oct 30 at 2 PM to
        Tuesday Nov 3 at 2 PM Eastern (11 AM Pacific). Same panel, same Teams link.
        Apologies for the change!

        Joanna Kim
        Senior Recruiter | Bayfront Payments
        181 Bay Street, Toronto ON

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_QmF5ZnJvbnQ%40thread.v2/0>
        Meeting ID: 311 902 447 815
        Passcode: 8sW4kP
        ________________________________________________________________________________
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Joanna Kim:mailto:joanna.kim@bayfrontpayments.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Owen Tremblay:mailto:{OWEN}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Anil Mehta:mailto:anil.mehta@bayfrontpayments.com
UID:040000008200E00074C5B7101A82E008000000003C7A91D2E4F1DC01000000000000000010000000A8B7C6D5E4F3A2B1C0D9
SUMMARY;LANGUAGE=en-US:Interview: Owen Tremblay - Senior Application Security Engineer
DTSTART;TZID=Eastern Standard Time:20261103T140000
DTEND;TZID=Eastern Standard Time:20261103T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261028T154102Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1183302651
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Joanna Kim", "joanna.kim@bayfrontpayments.com"),
              "Updated: Interview: Owen Tremblay - Senior Application Security Engineer",
              "2026-10-28 11:41:02", TOR, "YT4PR01MB9913AF0E2D1C3B4A5968778695A4B3C2@YT4PR01MB9913.CANPRD01.PROD.OUTLOOK.COM",
              relay="mail-yt4can01on2098.outbound.protection.outlook.com",
              extra=(("Thread-Topic", "Interview: Owen Tremblay - Senior Application Security Engineer"),
                     ("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA8epHS5PHcAQ=="),
                     ("Content-Class", "urn:content-classes:calendarmessage")))
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"),
                           calendar(ics, method="REQUEST", cte="base64")))


@mail(n(19), family="human_prose", lang="en-CA", interview=True, kind="rescheduled",
      start=utc("2026-10-09 10:30", VAN), end=None,
      contact="jess.lindqvist@kelpfiregames.com", company="Kelpfire Games",
      local="Fri 2026-10-09 10:30", zone=VAN,
      note="Game-studio recruiter (thread with the Lever confirmation) moves round two 'from Thursday "
           "2pm to Friday 10:30am', resolved against Date Mon Oct 5 = Fri Oct 9 10:30 PDT (UTC-7) = "
           "17:30Z; 'same hour-ish' is not an exact length, end null; contact = sender.")
def p19() -> bytes:
    body = t("""
        Hi Owen!

        Quick one - Mei got pulled into a launch war room on Thursday, so I've moved your round two
        from Thursday 2pm to Friday 10:30am (this Friday, Oct 9). Same Zoom link, same hour-ish with
        Arun and Mei. Updated invite is on its way, but consider this confirmed unless you tell me
        otherwise :)

        Thanks for rolling with it!

        Jess

        Jess Lindqvist (she/her)
        Talent Partner · Kelpfire Games
        355 Railway St, Vancouver

        On Wed, Sep 30, 2026 at 3:18 PM Jess Lindqvist <jess.lindqvist@kelpfiregames.com> wrote:
        > Hi Owen, the team loved your first round! Round two is booked for Thursday Oct 8 at 2pm
        > with Arun and Mei (our Security Lead). Same Zoom link as last time.
        """)
    hs = head(addr("Jess Lindqvist", "jess.lindqvist@kelpfiregames.com"), "Re: Kelpfire - round two",
              "2026-10-05 09:14:27", VAN, "CAJx4nV0c9-Rt7Kq2mWsZp8dUb5oHfLe1yNaG3i@mail.gmail.com",
              relay="mail-yw1-f170.google.com",
              extra=(("In-Reply-To", "<CAJx4nV1f2Qa8pLm0rTs6vWb3zKc9dXe4uYo7hN@mail.gmail.com>"),
                     ("References", "<CAJx4nV1f2Qa8pLm0rTs6vWb3zKc9dXe4uYo7hN@mail.gmail.com>")))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(n(20), family="personio", lang="en-DE", interview=True, kind="rescheduled",
      start=utc("2026-11-25 17:30", "Europe/Berlin"), end=utc("2026-11-25 18:15", "Europe/Berlin"),
      contact="lena.hartmann@nordlicht-cloud.de", company="Nordlicht Cloud GmbH",
      local="Wed 2026-11-25 17:30", local_end="2026-11-25 18:15", zone="Europe/Berlin",
      note="Personio reschedule from a Berlin company hiring remote in the Americas: old Mon 23 Nov "
           "17:00 CET, new Wed 25 Nov 17:30-18:15 CET (UTC+1) = 16:30-17:15Z = 08:30 in Vancouver (PST) "
           "as written; ICS Europe/Berlin; contact = Reply-To recruiter.")
def p20() -> bytes:
    body = t("""
        Dear Owen,

        we had to change the date of your interview for the position "Senior Cloud Security Engineer
        (Remote, Americas)". Your new appointment:

        Wednesday, 25 November 2026, 17:30 - 18:15 (CET)
        = 08:30 - 09:15 Vancouver time

        instead of Monday, 23 November 2026, 17:00 (CET).

        Location: Google Meet (link in the calendar invitation)
        Participants: Lena Hartmann (Recruiting), Jonas Becker (CISO)

        Please use the attached calendar file to update your calendar. If the new date does not suit
        you, simply reply to this email.

        Best regards
        Lena Hartmann
        Nordlicht Cloud GmbH · Torstraße 49 · 10119 Berlin
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//EN
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:personio-application-event-8812734@personio.de
DTSTAMP:20261118T094417Z
DTSTART;TZID=Europe/Berlin:20261125T173000
DTEND;TZID=Europe/Berlin:20261125T181500
SEQUENCE:2
SUMMARY:Interview Owen Tremblay - Senior Cloud Security Engineer (Remote, Americas)
LOCATION:Google Meet
ORGANIZER;CN=Lena Hartmann:mailto:lena.hartmann@nordlicht-cloud.de
ATTENDEE;CN=Owen Tremblay;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{OWEN}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head("Nordlicht Cloud GmbH <no-reply@personio.de>",
              "Your interview has been moved: Senior Cloud Security Engineer (Remote, Americas)",
              "2026-11-18 10:44:17", "Europe/Berlin", "20261118094417.8812734.a1b2c3@mail.personio.de",
              relay="mail.personio.de",
              extra=(("Reply-To", addr("Lena Hartmann", "lena.hartmann@nordlicht-cloud.de")),))
    return message(hs, mixed(text(body, cte="quoted-printable"),
                             calendar(ics, filename="interview.ics", disposition="attachment",
                                      cte="quoted-printable")))


# =========================================================================== positives: cancelled


@mail(n(21), family="google_calendar", lang="en-CA", interview=True, kind="cancelled",
      start=utc("2026-11-26 16:30", VAN), end=utc("2026-11-26 17:30", VAN),
      contact="lindsay.tam@seabrighthealth.ca", company="Seabright Health Tech",
      local="Thu 2026-11-26 16:30", local_end="2026-11-26 17:30", zone=VAN,
      note="Google Calendar cancellation (METHOD:CANCEL) of Thu Nov 26 4:30pm-5:30pm PST (UTC-8) = "
           "Fri Nov 27 00:30-01:30Z, another day in UTC; no new time ('we'll find another slot'); "
           "contact = organizer.")
def p21() -> bytes:
    body = t("""
        This event has been canceled and removed from your calendar.

        Owen Tremblay - Seabright Health Tech - Security Engineering Interview
        When
        Thursday Nov 26, 2026 4:30pm – 5:30pm Pacific Time - Vancouver

        Organizer
        Lindsay Tam
        lindsay.tam@seabrighthealth.ca

        Guests
        Lindsay Tam - organizer
        owen.tremblay@example.org
        Victor Huang

        Message from organizer:
        "So sorry Owen - Victor is off sick this week. We'll find another slot once he's back."

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{TZ_VAN}
BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20261126T163000
DTEND;TZID=America/Vancouver:20261126T173000
DTSTAMP:20261123T201533Z
ORGANIZER;CN=Lindsay Tam:mailto:lindsay.tam@seabrighthealth.ca
UID:1q7mv3d0ch2kpe9bsn4tau8rlf@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=owen.tremblay@example.org;X-NUM-GUESTS=0:mailto:{OWEN}
CREATED:20261117T181204Z
LAST-MODIFIED:20261123T201532Z
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Owen Tremblay - Seabright Health Tech - Security Engineering Interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Lindsay Tam", "lindsay.tam@seabrighthealth.ca"),
              "Canceled event with note: Owen Tremblay - Seabright Health Tech - Security Engineering "
              "Interview @ Thu Nov 26, 2026 4:30pm - 5:30pm (PST) (owen.tremblay@example.org)",
              "2026-11-23 12:15:33", VAN, "calendar-b81c44e2-0f9a-4c3d-8e7b-2d1f6a5c3e90@google.com",
              relay="mail-sor-f73.google.com",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Lindsay Tam", "lindsay.tam@seabrighthealth.ca"))))
    return message(hs, mixed(alt(text(body), calendar(ics, method="CANCEL", cte="7bit")),
                             calendar(ics, method="CANCEL", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(22), family="human_prose", lang="en-CA", interview=True, kind="cancelled",
      start=utc("2026-10-27 15:00", VAN), end=None,
      contact="harpreet.sandhu@frasercrownenergy.ca", company="Fraser Crown Energy",
      local="Tue 2026-10-27 15:00", zone=VAN,
      note="Crown-corporation HR advisor (thread with the Workday confirmation) cancels the second "
           "interview 'Tuesday, October 27 at 3:00 p.m.' (PDT) = 22:00Z because of a hiring freeze; "
           "no new time; windows-1252 8bit; contact = sender.")
def p22() -> bytes:
    body = t("""
        Hello Owen,

        I’m sorry to be writing with this news. Following the Province’s announcement last week,
        Fraser Crown Energy has paused all external hiring until further notice, and
        Competition R-0042187 is on hold.

        Unfortunately this means we have to cancel your second interview with the panel scheduled
        for Tuesday, October 27 at 3:00 p.m. I will let you know as soon as we hear anything about
        the competition re-opening; your application will stay on file.

        Thank you for your patience and understanding – the panel was genuinely impressed with your
        first interview.

        Kind regards,

        Harpreet Sandhu
        HR Advisor, Talent Acquisition
        Fraser Crown Energy
        T 604-555-0148
        """)
    hs = head(addr("Harpreet Sandhu", "harpreet.sandhu@frasercrownenergy.ca"),
              "Second interview on October 27 - cancelled",
              "2026-10-21 13:08:44", VAN, "MW4PR84MB1187D2A6F03C5B9E1E7A2C4B8D0F6E31@MW4PR84MB1187.NAMPRD84.PROD.OUTLOOK.COM",
              relay="mail-mw4nam12on2112.outbound.protection.outlook.com",
              extra=(("Importance", "high"),))
    return message(hs, text(body, charset="windows-1252", cte="8bit"))


@mail(n(23), family="taleo", lang="en-CA", interview=True, kind="cancelled",
      start=utc("2026-12-10 10:00", TOR), end=None,
      contact=None, company="Dominion Harbour Bank",
      local="Thu 2026-12-10 10:00", zone=TOR,
      note="Taleo cancellation from a Toronto bank of 'Thursday, December 10, 2026 at 10:00 AM Eastern "
           "Time' (EST, UTC-5) = 15:00Z; 'will contact you to arrange a new date' gives no time; no human "
           "address anywhere, so contact null.")
def p23() -> bytes:
    body = t("""
        Dear Owen Tremblay,

        Requisition: 26-0091344 - Senior Engineer, Cloud Security Operations

        Please be advised that your interview scheduled for Thursday, December 10, 2026 at 10:00 AM
        Eastern Time has been cancelled due to unforeseen circumstances.

        A member of our Talent Acquisition team will contact you to arrange a new date. We apologize
        for any inconvenience.

        Sincerely,
        Dominion Harbour Bank Talent Acquisition

        ***This is an automated message. Please do not reply to this email.***
        """)
    h = t("""
        <html><body>
        <font face="Arial" size="2">
        <p>Dear Owen Tremblay,</p>
        <p>Requisition: 26-0091344 - Senior Engineer, Cloud Security Operations</p>
        <p>Please be advised that your interview scheduled for <b>Thursday, December 10, 2026 at 10:00 AM
        Eastern Time</b> has been cancelled due to unforeseen circumstances.</p>
        <p>A member of our Talent Acquisition team will contact you to arrange a new date. We apologize
        for any inconvenience.</p>
        <p>Sincerely,<br>Dominion Harbour Bank Talent Acquisition</p>
        <p>***This is an automated message. Please do not reply to this email.***</p>
        </font></body></html>
        """)
    hs = head("Dominion Harbour Bank <no-reply@taleo.net>",
              "Interview Cancellation - Senior Engineer, Cloud Security Operations",
              "2026-12-07 16:31:50", TOR, "1528861302.44718.1796679110522.JavaMail.taleo@tlo-prd-mail04",
              relay="smtp-out3.taleo.net",
              extra=(("X-Mailer", "Taleo Business Edition Mailer"),))
    return message(hs, alt(text(body, charset="iso-8859-1"), html(h, charset="iso-8859-1")))


# =========================================================================== negatives


@mail(n(24), family="rejection", lang="en-US", interview=False, company="Tidewater Analytics",
      note="Greenhouse rejection after an interview ('last Thursday'); no time is being set.")
def n24() -> bytes:
    body = t("""
        Hi Owen,

        Thank you so much for taking the time to interview with us last Thursday for the Cloud
        Security Engineer role at Tidewater Analytics. We really enjoyed learning about your work
        on multi-account AWS guardrails.

        After a lot of deliberation, we've decided to move forward with another candidate whose
        experience more closely matches the needs of the team right now. This was a difficult
        decision, and we'd love to keep in touch for future openings.

        We wish you the best of luck in your search.

        Warmly,
        The Tidewater Analytics Recruiting Team
        """)
    h = "<html><body>" + "".join(f"<p>{p}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head("Tidewater Analytics <no-reply@us.greenhouse-mail.io>",
              "Your application to Tidewater Analytics",
              "2026-09-22 13:02:11", LA, "0100018f3b7e2c11-8d4f7a22-tidewater-000000@email.amazonses.com",
              relay="a8-71.smtp-out.amazonses.com")
    return message(hs, alt(text(body), html(h)))


@mail(n(25), family="offer", lang="en-CA", interview=False, company="Saltspring Systems",
      days=(("Fri", "2026-12-11"), ("Mon", "2027-01-04")),
      note="Recruitee offer: fixed dates (sign by Fri Dec 11 5:00 p.m. PT, start Mon Jan 4) but an "
           "offer, not an interview.")
def n25() -> bytes:
    body = t("""
        Hi Owen,

        On behalf of everyone at Saltspring Systems, I'm thrilled to offer you the position of
        Lead Cloud Security Engineer, based in our Victoria office (hybrid, two days a week).

        Your offer letter is available to review and sign here:
        https://saltspring.recruitee.com/o/offer/9b2e4c71

        Highlights:
          - Base salary: $168,000 CAD
          - Start date: Monday, January 4, 2027
          - 4 weeks vacation, RRSP matching up to 5%

        The offer is open until Friday, December 11 at 5:00 p.m. PT. If you have any questions or
        would like to talk anything through, I'm happy to set up a call with you and Diane.

        Congratulations - we really hope you'll join us!

        Carmen Reyes
        People Operations, Saltspring Systems
        """)
    h = "<html><body style=\"font-family:Arial\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head("Carmen Reyes via Recruitee <no-reply@recruitee.com>",
              "Your offer from Saltspring Systems",
              "2026-12-04 11:26:38", VAN, "recruitee.offer.9b2e4c71.20261204192638@recruitee.com",
              relay="mailer.recruitee.com",
              extra=(("Reply-To", addr("Carmen Reyes", "carmen.reyes@saltspringsystems.ca")),))
    return message(hs, alt(text(body), html(h)))


@mail(n(26), family="application_receipt", lang="fr-CA", interview=False, company="Boréal Sécurité",
      note="JOIN accusé de réception in Canadian French ('nous communiquerons avec vous ... pour une "
           "entrevue'): no time fixed.")
def n26() -> bytes:
    body = t("""
        Bonjour Owen,

        Nous avons bien reçu votre candidature au poste d'Architecte principal, sécurité
        infonuagique (télétravail, Canada) et nous vous en remercions.

        Notre équipe examinera votre dossier au cours des deux prochaines semaines. Si votre profil
        correspond à nos besoins, nous communiquerons avec vous pour convenir d'une entrevue.

        Cordialement,
        L'équipe Talents de Boréal Sécurité

        Vous pouvez suivre l'état de votre candidature en tout temps :
        https://join.com/candidate/applications/4418927
        """)
    h = "<html><body>" + "".join(
        f"<p>{p.replace(chr(10), ' ')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head(addr("Boréal Sécurité via JOIN", "no-reply@join.com"),
              "Accusé de réception : Architecte principal, sécurité infonuagique",
              "2026-09-28 08:15:02", TOR, "join-app-4418927-ack@mail.join.com", relay="mail.join.com")
    return message(hs, alt(text(body, cte="8bit"), html(h, cte="base64")))


@mail(n(27), family="job_alert", lang="en-CA", interview=False, company=None,
      note="Job board alert; 'interviews this week' and 'apply in 1 click' wording, no appointment.")
def n27() -> bytes:
    body = t("""
        Jobcove
        12 new jobs for "cloud security engineer" in Vancouver, BC

        Senior Cloud Security Engineer - Coastal Health Digital - Vancouver, BC (Hybrid)
        $145,000 - $170,000 a year · Easily apply · Hiring multiple candidates
        "Interviewing this week! Apply in 1 click."

        DevSecOps Engineer - Northshore Games - North Vancouver, BC
        Urgently hiring · Responds within 1 day

        Security Engineer II, Cloud - Glacier Pay - Remote (Canada)
        Interviews scheduled on a rolling basis

        See all 12 jobs: https://ca.jobcove.example/alert/8123/cloud-security-engineer

        You're receiving this because you created a job alert on Jobcove.
        Unsubscribe: https://ca.jobcove.example/unsubscribe?id=8123
        """)
    h = t("""
        <html><body style="font-family:Arial;font-size:14px">
        <h2>12 new jobs for &quot;cloud security engineer&quot; in Vancouver, BC</h2>
        <div><a href="https://ca.jobcove.example/j/1"><b>Senior Cloud Security Engineer</b></a><br>Coastal Health Digital - Vancouver, BC (Hybrid)<br>$145,000 - $170,000 a year &middot; Easily apply<br><i>Interviewing this week! Apply in 1 click.</i></div><br>
        <div><a href="https://ca.jobcove.example/j/2"><b>DevSecOps Engineer</b></a><br>Northshore Games - North Vancouver, BC<br>Urgently hiring &middot; Responds within 1 day</div><br>
        <div><a href="https://ca.jobcove.example/j/3"><b>Security Engineer II, Cloud</b></a><br>Glacier Pay - Remote (Canada)<br>Interviews scheduled on a rolling basis</div>
        <p><a href="https://ca.jobcove.example/alert/8123/cloud-security-engineer">See all 12 jobs</a></p>
        <p style="font-size:11px;color:#777">You're receiving this because you created a job alert on Jobcove.</p>
        </body></html>
        """)
    hs = head("Jobcove <alerts@jobcove.example>", "12 new cloud security engineer jobs in Vancouver, BC",
              "2026-10-02 05:03:44", VAN, "alert.8123.20261002120344@mail.jobcove.example",
              relay="mta12.jobcove.example",
              extra=(("List-Unsubscribe", "<https://ca.jobcove.example/unsubscribe?id=8123>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(h)))


@mail(n(28), family="newsletter_tips", lang="en-US", interview=False, company=None,
      note="Newsletter post about interview prep with an anecdote ('my interview was on a Tuesday at "
           "10am'); nothing scheduled for Owen.")
def n28() -> bytes:
    body = t("""
        THE SECURE PATH - Issue #87

        How I prep for a cloud security interview (and the 3 questions I always ask)

        Last spring my final-round interview was booked for a Tuesday at 10am Pacific, and I spent
        the whole weekend before it rehearsing the wrong things. Here's what I do now:

        1. Rebuild one incident end to end. Pick a real one, write the timeline, and know exactly
           which log told you what.
        2. Draw your IAM model from memory - org, accounts, permission boundaries, break-glass.
        3. Prepare questions. Mine: "What did your last incident retro change?", "Who owns
           detection content?", "What does on-call look like in month one?"

        Next week: negotiating your offer when the recruiter asks for a number first.

        - Ramona

        You're receiving this because you subscribed to The Secure Path.
        Unsubscribe: https://thesecurepath.substack.com/action/disable_email
        """)
    h = "<html><body style=\"font-family:Georgia,serif;font-size:17px\">" + "".join(
        f"<p>{p.replace(chr(10), ' ')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head("The Secure Path <thesecurepath@substack.com>",
              "How I prep for a cloud security interview (and the 3 questions I always ask)",
              "2026-10-15 06:00:12", LA, "20261015130012.3.b8d1c9f0a7e6@substack.com",
              relay="mail187-12.suw21.mandrillapp.com",
              extra=(("List-Unsubscribe", "<https://thesecurepath.substack.com/action/disable_email>"),
                     ("List-Id", "<thesecurepath.substack.com>"), ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(h)))


@mail(n(29), family="self_schedule", lang="en-DE", interview=False, company="Kestrel Systems GmbH",
      days=(("Tue", "2026-09-22"), ("Wed", "2026-09-23"), ("Thu", "2026-09-24")),
      note="softgarden 'choose your interview slot' with three candidate slots listed; nothing "
           "booked yet, so no fixed time.")
def n29() -> bytes:
    body = t("""
        Dear Owen Tremblay,

        thank you for your application as Cloud Security Engineer (m/f/d) - Remote, North America.
        We would like to get to know you in a first video interview!

        Please choose one of the following time slots (all times Pacific Time):

          Tuesday, 22.09.2026, 08:00 - 08:45
          Wednesday, 23.09.2026, 08:30 - 09:15
          Thursday, 24.09.2026, 09:00 - 09:45

        Select your slot here: https://kestrel-systems.softgarden.io/interview/booking/7f3a91c2

        The interview will only be confirmed once you have selected a slot.

        Kind regards
        Sophie Wagner
        Kestrel Systems GmbH - Recruiting
        """)
    hs = head("Kestrel Systems GmbH <noreply@softgarden.io>",
              "Interview invitation: please choose a date - Cloud Security Engineer (m/f/d)",
              "2026-09-14 17:09:40", "Europe/Berlin", "sg-1f0e8d7c6b5a-interview-booking@softgarden.io",
              relay="mx-out2.softgarden.io",
              extra=(("Reply-To", addr("Sophie Wagner", "sophie.wagner@kestrel-systems.de")),))
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(30), family="scheduling_proposal", lang="en-CA", interview=False, company="Pinecrest Interactive",
      days=(("Tue", "2026-11-10"), ("Wed", "2026-11-11"), ("Thu", "2026-11-12")),
      note="Agency recruiter proposes times ('would Tuesday at 10 work? or Thursday after 1') for a "
           "client intro; nothing confirmed. Company = the hiring client, as for the agency positive.")
def n30() -> bytes:
    body = t("""
        Hey Owen,

        Hope the search is treating you well! I've got another one for you - Pinecrest Interactive
        (the mobile games studio in Yaletown) is building out a cloud security function and their
        CTO, Dev Sharma, would like a quick intro call.

        Would Tuesday at 10 work? If not, Thursday after 1 is wide open for him. (Wednesday is
        Remembrance Day so they're closed.)

        Let me know and I'll lock it in.

        Cheers,
        Kyle

        --
        Kyle Ng | Senior Recruiter, Technology
        Cedarpoint Talent Partners
        m. 778-555-0193 | kyle.ng@cedarpointtalent.ca
        """)
    hs = head(addr("Kyle Ng", "kyle.ng@cedarpointtalent.ca"), "Pinecrest Interactive - intro with their CTO?",
              "2026-11-06 15:27:19", VAN, "YT3PR01MB6721F0E1D2C3B4A59687A6B5C4D3E2F1@YT3PR01MB6721.CANPRD01.PROD.OUTLOOK.COM",
              relay="mail-yt3can01on2109.outbound.protection.outlook.com")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(31), family="job_centre", lang="en-CA", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="Microsoft Bookings confirmation of an employment-planning appointment at an employment "
           "services centre (Thu Oct 8 10:30 AM, zone label shows UTC-08:00 as Bookings does); a fixed "
           "time, but not a job interview.")
def n31() -> bytes:
    h = t("""
        <html><body style="font-family:'Segoe UI',sans-serif;font-size:14px">
        <h2>Your booking is confirmed</h2>
        <p>Hi Owen Tremblay,</p>
        <p>Thanks for booking with <b>WorkPath Employment Services Centre - Broadway</b>.</p>
        <table cellpadding="4">
        <tr><td><b>Service</b></td><td>Employment planning appointment (EI claimant)</td></tr>
        <tr><td><b>Date and time</b></td><td>Thursday, October 8, 2026 10:30 AM (UTC-08:00) Pacific Time (US &amp; Canada)</td></tr>
        <tr><td><b>Duration</b></td><td>45 minutes</td></tr>
        <tr><td><b>Staff</b></td><td>Case Manager - Lisa Fontaine</td></tr>
        <tr><td><b>Location</b></td><td>555 W Broadway, Suite 300, Vancouver, BC</td></tr>
        </table>
        <p>Please bring your resume, your record of employment and a list of the jobs you have applied
        to since your last appointment. Your case manager can also help you prepare for job
        interviews.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/WorkPathBroadway@workpath.example/bookings/">Manage booking</a></p>
        <p style="font-size:11px;color:#666">This message was sent from an unmonitored mailbox.</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WIN_PACIFIC}
BEGIN:VEVENT
ORGANIZER;CN=WorkPath Broadway:mailto:WorkPathBroadway@workpath.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Owen Tremblay:mailto:{OWEN}
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC01000000000000000010000000C0FFEE1234567890
SUMMARY;LANGUAGE=en-US:Employment planning appointment - WorkPath Broadway
DTSTART;TZID=Pacific Standard Time:20261008T103000
DTEND;TZID=Pacific Standard Time:20261008T111500
LOCATION;LANGUAGE=en-US:555 W Broadway, Suite 300, Vancouver, BC
DTSTAMP:20261001T170211Z
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head("WorkPath Broadway <WorkPathBroadway@workpath.example>",
              "Booking confirmed: Employment planning appointment on Thursday, October 8, 2026",
              "2026-10-01 10:02:11", VAN, "BOOKINGS.8e7d6c5b4a39281706f5@workpath.example",
              relay="mail-bn8nam12on2051.outbound.protection.outlook.com")
    return message(hs, mixed(html(h), calendar(ics, filename="invite.ics", disposition="attachment",
                                               cte="base64")))


@mail(n(32), family="press_interview", lang="en-CA", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="A reporter confirms an interview WITH Owen for a story ('Thursday at 1:30', by phone); "
           "a fixed time, but press, not a job interview.")
def n32() -> bytes:
    body = t("""
        Hi Owen,

        Thanks for agreeing to talk - I really appreciate it. Confirming our interview for
        Thursday (Nov 26) at 1:30 p.m. by phone; I'll call you at the number you gave me. It should
        take about 20 minutes.

        As mentioned, the piece is about the wave of credential-stuffing attacks on Canadian
        retailers this fall, and I'd love your take as a practitioner on what companies should be
        doing. I won't name your employer unless you say it's OK.

        Talk soon,
        Amira Haddad
        Technology Reporter, The Pacific Ledger
        604-555-0110 | @amirahaddad
        """)
    hs = head(addr("Amira Haddad", "ahaddad@pacificledger.example"), "Interview for the credential-stuffing story",
              "2026-11-24 16:50:03", VAN, "CAN4r9pL2w+Xk7Tq1Zy0vEb8sDm6Hc5fJu3gNa@mail.gmail.com",
              relay="mail-ej1-f45.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(33), family="podcast", lang="en-CA", interview=False, company=None,
      days=(("Wed", "2026-12-02"),),
      note="Google Calendar invitation titled 'Podcast interview' for a recording where Owen is the "
           "guest (Wed Dec 2 4pm-5pm PST); a confirmed time, but a podcast, not a job interview.")
def n33() -> bytes:
    body = t("""
        You have been invited to the following event.

        Podcast interview: Owen Tremblay on Cloud Cover YVR (ep. 42)
        When
        Wednesday Dec 2, 2026 4pm – 5pm Pacific Time - Vancouver

        Joining info
        https://riverside.fm/studio/cloud-cover-yvr

        Who
        • Jordan Beaulac - organizer
        • Owen Tremblay

        Thanks for coming on the show! We'll chat about detection engineering on a shoestring
        budget. Please use headphones and a wired connection if you can. Recording goes live
        as episode 42 in January.

        Invitation from Google Calendar
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_VAN}
BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20261202T160000
DTEND;TZID=America/Vancouver:20261202T170000
DTSTAMP:20261125T184407Z
ORGANIZER;CN=Jordan Beaulac:mailto:jordan@cloudcoveryvr.example
UID:5r0bq8e1lk3j7m2n9p6c4d0f1a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=owen.tremblay@example.org:mailto:{OWEN}
LOCATION:https://riverside.fm/studio/cloud-cover-yvr
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Podcast interview: Owen Tremblay on Cloud Cover YVR (ep. 42)
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Jordan Beaulac", "jordan@cloudcoveryvr.example"),
              "Invitation: Podcast interview: Owen Tremblay on Cloud Cover YVR (ep. 42) @ Wed Dec 2, 2026 "
              "4pm - 5pm (PST) (owen.tremblay@example.org)",
              "2026-11-25 10:44:07", VAN, "calendar-0a9b8c7d-6e5f-4a3b-2c1d-podcast42@google.com",
              relay="mail-sor-f41.google.com",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), calendar(ics)),
                             calendar(ics, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(34), family="admission_interview", lang="en-CA", interview=False, company=None,
      days=(("Fri", "2026-11-13"),),
      note="Executive MBA admissions interview confirmed for Fri Nov 13 11:00 a.m. PT by Zoom; "
           "an interview at a fixed time, but for a degree programme, not a job.")
def n34() -> bytes:
    body = t("""
        Dear Owen,

        Thank you for applying to the Coast Mountain University Executive MBA (Cohort 2027). We are
        pleased to invite you to an admissions interview, which is confirmed as follows:

            Friday, November 13, 2026
            11:00 a.m. - 11:30 a.m. Pacific Time
            Zoom (link below)
            Interviewer: Dr. Helen Marchetti, Academic Director

        The interview is a conversation about your professional goals and how the program fits
        them. There is no need to prepare a presentation.

        Join: https://cmu-ca.zoom.us/j/96021874433

        Best regards,
        Graduate Admissions, Faculty of Business
        Coast Mountain University
        """)
    h = "<html><body style=\"font-family:Calibri\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head("Coast Mountain University Graduate Admissions <emba-admissions@cmu.example>",
              "EMBA admissions interview confirmed - Friday, November 13",
              "2026-11-03 09:31:48", VAN, "slate.2026110317314800.8441@technolutions.net",
              relay="mta3.technolutions.net",
              extra=(("Reply-To", "emba-admissions@cmu.example"),))
    return message(hs, alt(text(body), html(h, cte="base64")))


@mail(n(35), family="sports_tryout", lang="en-CA", interview=False, company=None,
      days=(("Sun", "2026-09-13"),),
      note="Rec hockey league evaluation skate (try-out) Sun Sep 13 8:15 PM; fixed time, not a job.")
def n35() -> bytes:
    body = t("""
        Hi Owen,

        Thanks for registering for the Kits Orcas Adult Rec Hockey 2026-27 season!

        Your evaluation skate is confirmed:

          Sunday, September 13 at 8:15 PM
          Britannia Community Centre rink (1661 Napier St)
          Please arrive 20 minutes early, full gear required, bring a light and a dark jersey.

        Evaluations are just so we can balance the teams - nobody gets cut, promise. Team
        assignments go out the following Wednesday.

        See you on the ice,
        Gord Pelletier
        Kits Orcas Hockey Association - Registrar
        """)
    hs = head("Kits Orcas Hockey <registrar@kitsorcas.example>", "Evaluation skate - Sunday Sept 13",
              "2026-09-08 19:12:30", VAN, "20260909021230.7741.registrar@kitsorcas.example",
              relay="smtp.kitsorcas.example")
    return message(hs, text(body, charset="utf-8", cte="7bit"))


@mail(n(36), family="car_service", lang="en-CA", interview=False, company=None,
      days=(("Sat", "2026-10-24"),),
      note="Dealer service appointment confirmation (Sat Oct 24 8:00 AM); not an interview.")
def n36() -> bytes:
    h = t("""
        <html><body style="font-family:Arial;font-size:14px;color:#222">
        <table width="600" align="center"><tr><td>
        <h2 style="color:#003399">Your service appointment is confirmed</h2>
        <p>Hello Owen,</p>
        <p>Thank you for scheduling with <b>Kingsway Subaru Service</b>.</p>
        <p><b>Appointment:</b> Saturday, October 24, 2026 at 8:00 AM<br>
        <b>Vehicle:</b> 2019 Subaru Outback 2.5i<br>
        <b>Services:</b> 72,000 km maintenance, winter tire changeover<br>
        <b>Advisor:</b> Mike Dosanjh<br>
        <b>Transportation:</b> Customer waiting (approx. 2 hours)</p>
        <p>Need to reschedule? Call 604-555-0187 or use the link below.</p>
        <p><a href="https://consumer.xtime.example/kingsway-subaru/appt/66120">View or change appointment</a></p>
        <p style="font-size:11px;color:#777">Kingsway Subaru, 4050 Kingsway, Burnaby BC</p>
        </td></tr></table></body></html>
        """)
    hs = head("Kingsway Subaru Service <service-noreply@xtime.example>",
              "Appointment Confirmation - Kingsway Subaru - Sat, Oct 24 8:00 AM",
              "2026-10-20 14:01:09", VAN, "xt.appt.66120.1792530069@xtime.example", relay="mail.xtime.example")
    return message(hs, html(h, charset="windows-1252", cte="quoted-printable"))


@mail(n(37), family="mock_interview", lang="en-CA", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Calendly confirmation of a paid mock technical interview with a career coach (Tue Nov 10 "
           "6:00pm PST); confirmed time, but interview practice, not a job interview.")
def n37() -> bytes:
    body = t("""
        Hi Owen Tremblay,

        Your Mock Technical Interview (60 min) with Dana Whitfield is confirmed.

        Event Type:
        Mock Technical Interview (60 min) - Cloud & Security Roles

        Event Date/Time:
        06:00pm - 07:00pm (Pacific Time - US & Canada), Tuesday, November 10, 2026

        Location:
        Zoom - https://us06web.zoom.us/j/84410297731

        Questions:
        Which company/role are you preparing for?
        Maplestack - security architecture round, and Stratoline onsite later this month.

        Payment: $150.00 CAD paid via Stripe

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/5d41e7a0-c09f
        Reschedule: https://calendly.com/reschedulings/5d41e7a0-c09f

        Powered by Calendly.com
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20261104T052130Z
UID:5d41e7a0-c09f-4e11-b7a2-calendly-coach
DTSTART:20261111T020000Z
DTEND:20261111T030000Z
SUMMARY:Owen Tremblay and Dana Whitfield
LOCATION:https://us06web.zoom.us/j/84410297731
ORGANIZER;CN=Dana Whitfield:mailto:dana@whitfieldcareercoaching.example
ATTENDEE;CN=Owen Tremblay;PARTSTAT=ACCEPTED:mailto:{OWEN}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: Mock Technical Interview (60 min) with Dana Whitfield on Tuesday, November 10, 2026",
              "2026-11-03 21:21:30", VAN, "0100019301c2a5b7-calendly-coach-44e1-000000@email.amazonses.com",
              relay="a27-52.smtp-out.us-west-2.amazonses.com",
              extra=(("Reply-To", addr("Dana Whitfield", "dana@whitfieldcareercoaching.example")),))
    return message(hs, mixed(text(body, cte="8bit"),
                             calendar(ics, method=None, filename="invite.ics", disposition="attachment",
                                      ctype="application/ics", name_param=True)))


@mail(n(38), family="forwarded_other", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="A friend forwards HIS OWN Greenhouse interview confirmation (Thu Oct 1 1:00 PM PDT, "
           "addressed to him) asking for tips; a real confirmed interview, but not Owen's.")
def n38() -> bytes:
    fwd = message([
        ("From", "Stratoline Cloud <no-reply@us.greenhouse-mail.io>"),
        ("To", addr("Tyler Beck", "tyler.beck@example.net")),
        ("Subject", "Interview Confirmation: Stratoline Cloud - Cloud Security Engineer II"),
        ("Date", date("2026-09-24 09:40:02", LA)),
        ("Message-ID", "<0100018f4a1c77e2-tyler-stratoline-000000@email.amazonses.com>"),
        ("Reply-To", addr("Maya Okafor", "maya.okafor@stratoline.cloud")),
    ], text(t("""
        Hi Tyler,

        Your interview for Cloud Security Engineer II is confirmed. Here are the details:

        Interview: Recruiter Screen
        Date: Thursday, October 1st, 2026
        Time: 1:00 PM - 1:30 PM PDT (GMT-07:00) Pacific Time - Los Angeles
        Location: Phone call - Maya will call you at the number on your application

        If you need to reschedule, reply to this email and it will reach Maya Okafor, your recruiter.

        Stratoline Cloud Recruiting
        """)))
    body = t("""
        dude!! look who else got a call from Stratoline :) you've been through their screen right?
        what does Maya ask? beer on me if I get through

        T
        """)
    hs = head(addr("Tyler Beck", "tyler.beck@example.net"),
              "Fwd: Interview Confirmation: Stratoline Cloud - Cloud Security Engineer II",
              "2026-09-25 21:48:30", LA, "CAHq2sK9p0+Wm3Lt7Rv1Xy4Zb6Nc8Df5Ge2Hj@mail.gmail.com",
              relay="mail-lf1-f53.google.com")
    return message(hs, mixed(text(body, cte="7bit"),
                             attached_message(fwd, "Interview Confirmation.eml")))


@mail(n(39), family="interviewer_invite", lang="en-CA", interview=False, company=None,
      days=(("Wed", "2026-10-07"),),
      note="Current employer's recruiter (auto-forwarded from Owen's work address) invites Owen to sit "
           "on a panel interviewing a candidate, Wed Oct 7 1:00-2:00 PM PDT, Exchange ICS; Owen is the "
           "interviewer, not the candidate.")
def n39() -> bytes:
    body = t("""
        When: Wednesday, October 7, 2026 1:00 PM-2:00 PM (UTC-08:00) Pacific Time (US & Canada).
        Where: Larchwood - Granville Room (4th fl) / Microsoft Teams Meeting

        Hi Owen,

        Thanks for agreeing to join the panel for our Security Engineer II search. You'll cover the
        cloud IAM / AWS section with Kerry. Candidate: Priya Raman. Resume and scorecard are in
        Greenhouse - please submit feedback within 24 hours.

        Thanks!
        Shauna Kirby
        Talent Acquisition, Larchwood Systems
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WIN_PACIFIC}
BEGIN:VEVENT
ORGANIZER;CN=Shauna Kirby:mailto:skirby@larchwood.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Owen Tremblay:mailto:otremblay@larchwood.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kerry Mah:mailto:kmah@larchwood.example.com
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC010000000000000000100000007E57AB1E2DEADBEEF001
SUMMARY;LANGUAGE=en-US:Interview: Priya Raman - Security Engineer II (Panel: Owen / Kerry)
DTSTART;TZID=Pacific Standard Time:20261007T130000
DTEND;TZID=Pacific Standard Time:20261007T140000
LOCATION;LANGUAGE=en-US:Larchwood - Granville Room (4th fl) / Microsoft Teams Meeting
DTSTAMP:20260930T201455Z
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Shauna Kirby", "skirby@larchwood.example.com"),
              "Interview: Priya Raman - Security Engineer II (Panel: Owen / Kerry)",
              "2026-09-30 13:14:55", VAN, "SJ0PR11MB5678ABCDEF0123456789ABCDEF012345@SJ0PR11MB5678.namprd11.prod.outlook.com",
              relay="mail-sj0nam11on2100.outbound.protection.outlook.com",
              to=addr("Owen Tremblay", "otremblay@larchwood.example.com"),
              extra=(("X-Forwarded-For", "otremblay@larchwood.example.com owen.tremblay@example.org"),
                     ("Content-Class", "urn:content-classes:calendarmessage")))
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), calendar(ics, cte="base64")))


@mail(n(40), family="medical_appointment", lang="en-CA", interview=False, company=None,
      days=(("Wed", "2026-09-30"),),
      note="Dental appointment reminder (Wed Sep 30 3:15 PM); fixed time, not an interview.")
def n40() -> bytes:
    body = t("""
        Hi Owen,

        This is a friendly reminder of your appointment at Main Street Dental:

        Wednesday, September 30, 2026 at 3:15 PM
        Hygiene visit with Kelsey, followed by a check-up with Dr. Anand

        Please reply C to confirm or call us at 604-555-0125. We require 48 hours' notice for
        cancellations.

        Main Street Dental · 3402 Main St, Vancouver
        """)
    hs = head("Main Street Dental <reminders@mainstreetdental.example>", "Appointment reminder - Main Street Dental",
              "2026-09-28 08:00:04", VAN, "rem.88104.20260928150004@mainstreetdental.example",
              relay="mailer.dentalreminders.example")
    return message(hs, text(body, charset="utf-8", cte="base64"))


@mail(n(41), family="tenant_interview", lang="en-CA", interview=False, company=None,
      days=(("Sat", "2026-10-03"),),
      note="Landlord confirms a suite viewing plus 'quick tenant interview' Sat Oct 3 11:00 AM; "
           "fixed time, but a rental, not a job.")
def n41() -> bytes:
    body = t("""
        Hi Owen,

        Thanks for your interest in the 2 bedroom at 2150 W 4th Ave. Confirming your viewing for
        Saturday Oct 3 at 11:00 AM. After the walk-through I do a quick tenant interview (10-15 min)
        - mostly just getting to know you, your work, pets etc. Please bring a reference letter from
        your current landlord and a recent pay stub or employment letter.

        Buzz #204 when you arrive.

        Thanks,
        Wendy Cho
        """)
    hs = head(addr("Wendy Cho", "wendy.cho.rentals@example.com"), "Re: 2 bdrm at 2150 W 4th - viewing",
              "2026-09-29 20:33:51", VAN, "1811375231.884102.1790912031662@mail.yahoo.com",
              relay="sonic310-21.consmr.mail.ne1.yahoo.com",
              extra=(("In-Reply-To", "<CAO7wT+viewing-request-0928@mail.gmail.com>"),
                     ("X-Mailer", "WebService/1.1.22645 YMailNorrin")))
    return message(hs, alt(text(body, cte="quoted-printable"), html(gmail_html(body))))


@mail(n(42), family="parent_teacher", lang="en-CA", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="School conference booking confirmed (Thu Nov 19 4:40-4:50 PM); not an interview.")
def n42() -> bytes:
    body = t("""
        Conference Booking Confirmation

        Parent/Guardian: Owen Tremblay
        Student: Chloe Tremblay (Division 7, Grade 3)
        Teacher: Ms. Naomi Okada
        Date: Thursday, November 19, 2026
        Time: 4:40 PM - 4:50 PM
        Location: Room 112, Lord Selkirk Elementary

        Please arrive a few minutes early; conferences run back to back. To change your booking,
        log in to the conference manager before Monday, November 16 at noon.

        This is an automated message from Lord Selkirk Elementary. Please do not reply.
        """)
    hs = head("Lord Selkirk Elementary <noreply@conferences.schools.example>",
              "Conference booking confirmed: Ms. Okada, Thu Nov 19 4:40 PM",
              "2026-11-12 19:45:21", VAN, "ptc.2026.1119.4410.chloe@conferences.schools.example",
              relay="mail.conferences.schools.example")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(43), family="current_job_meeting", lang="en-CA", interview=False, company=None,
      days=(("Thu", "2026-09-10"),),
      note="Weekly 1:1 with his manager at the current job (Google Calendar, RRULE, from Thu Sep 10 "
           "3:30pm PDT); not an interview.")
def n43() -> bytes:
    body = t("""
        You have been invited to the following event.

        Owen / Kerry 1:1
        When
        Weekly on Thursday from 3:30pm to 4pm Pacific Time - Vancouver (starting Thu Sep 10, 2026)

        Who
        • Kerry Mah - organizer
        • Owen Tremblay

        Moving our 1:1 to Thursdays now that the quarterly planning is done. Agenda doc in the
        description as usual.

        Invitation from Google Calendar
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_VAN}
BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20260910T153000
DTEND;TZID=America/Vancouver:20260910T160000
RRULE:FREQ=WEEKLY;BYDAY=TH
DTSTAMP:20260903T171120Z
ORGANIZER;CN=Kerry Mah:mailto:kmah@larchwood.example.com
UID:0h2k4m6p8r1t3v5x7z9b1d3f5h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Owen Tremblay:mailto:otremblay@larchwood.example.com
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Owen / Kerry 1:1
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Kerry Mah", "kmah@larchwood.example.com"),
              "Invitation: Owen / Kerry 1:1 @ Weekly from 3:30pm to 4pm on Thursday (PDT) "
              "(otremblay@larchwood.example.com)",
              "2026-09-03 10:11:20", VAN, "calendar-4c3b2a19-1on1-kerry-owen@google.com",
              relay="mail-sor-f65.google.com", to=addr("Owen Tremblay", "otremblay@larchwood.example.com"),
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("X-Forwarded-For", "otremblay@larchwood.example.com owen.tremblay@example.org")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(n(44), family="meetup", lang="en-CA", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="Meetup RSVP confirmation for a panel 'Interviewing for security roles' (Wed Oct 21 6:00 PM); "
           "event, not an interview.")
def n44() -> bytes:
    body = t("""
        You're going!

        Vancouver Cloud Security Meetup
        Panel: Interviewing for security roles in 2026 - what hiring managers actually look for

        Wednesday, October 21, 2026
        6:00 PM to 8:30 PM PDT

        Mobify Loft, 948 Homer St, Vancouver

        Pizza and drinks sponsored by Quillmark. Bring your questions - the panel includes hiring
        managers from three local security teams, and there'll be a mock interview demo at the end.

        Add to calendar: https://gatherly.example/vcsm/events/30118/ical
        Can't make it? Update your RSVP: https://gatherly.example/vcsm/events/30118

        You're receiving this email because you RSVPed on Gatherly.
        """)
    h = "<html><body style=\"font-family:Helvetica\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head("Gatherly <info@email.gatherly.example>",
              "You're going to \"Panel: Interviewing for security roles in 2026\"",
              "2026-10-14 12:30:17", VAN, "rsvp.30118.owen.20261014193017@email.gatherly.example",
              relay="o3.email.gatherly.example",
              extra=(("List-Unsubscribe", "<https://gatherly.example/unsubscribe/30118>"),))
    return message(hs, alt(text(body), html(h)))


@mail(n(45), family="auto_reply", lang="en-US", interview=False, company="Stratoline Cloud",
      note="Out-of-office auto-reply from the Stratoline recruiter to Owen's thank-you after the onsite; "
           "mentions dates she is away, nothing scheduled.")
def n45() -> bytes:
    body = t("""
        Hi there,

        Thanks for your email! I'm out of the office for the US Thanksgiving holiday from Monday,
        November 23 through Friday, November 27, returning Monday, November 30. I'll have limited
        access to email.

        If you have an interview scheduled during this time and need urgent help, please contact
        recruiting@stratoline.cloud.

        Thanks,
        Maya
        """)
    hs = head(addr("Maya Okafor", "maya.okafor@stratoline.cloud"), "Automatic reply: Thank you - onsite today",
              "2026-11-20 17:02:44", LA, "CH3PR12MB7745OOF0a1b2c3d4e5f60718293a4b5c@CH3PR12MB7745.namprd12.prod.outlook.com",
              relay="mail-ch3nam12on2083.outbound.protection.outlook.com",
              extra=(("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
                     ("In-Reply-To", "<CAO7wT+thanks-onsite-1119@mail.gmail.com>")))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(46), family="bounce", lang="en-CA", interview=False, company=None,
      note="Bounce of Owen's thank-you note (typo in the address); the returned message mentions the "
           "interview 'today', nothing is being scheduled.")
def n46() -> bytes:
    original = message([
        ("From", OWEN_TO),
        ("To", addr("Arun Bhat", "arun.bhat@kelpfiregames.com")),
        ("Subject", "Thanks for today"),
        ("Date", date("2026-09-24 16:05:10", VAN)),
        ("Message-ID", "<CAO7wT+thanks-arun-0924@mail.gmail.com>"),
    ], text(t("""
        Hi Arun,

        Thanks for the interview this afternoon - I really enjoyed the discussion about securing
        the matchmaking backend. Looking forward to hearing about next steps.

        Best,
        Owen
        """), cte="7bit"))
    report = t("""
        ** Address not found **

        Your message wasn't delivered to arun.bhat@kelpfiregames.com because the address couldn't be
        found, or is unable to receive mail.

        The response from the remote server was:
        550 5.1.1 The email account that you tried to reach does not exist.
        """)
    dsn = t("""
        Reporting-MTA: dns; googlemail.com
        Arrival-Date: Thu, 24 Sep 2026 16:05:11 -0700 (PDT)

        Final-Recipient: rfc822; arun.bhat@kelpfiregames.com
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; aspmx.l.google.com. (142.250.0.27, the server for the domain kelpfiregames.com.)
        Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
        Last-Attempt-Date: Thu, 24 Sep 2026 16:05:12 -0700 (PDT)
        """)
    hs = head("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
              "2026-09-24 16:05:12", VAN, "5f6e4d3c.050a0220.1b2c3.0007.GMR@mx.google.com",
              relay="mail-sor-f69.google.com",
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, multipart("report", text(report, cte="7bit"),
                                 raw_part([("Content-Type", "message/delivery-status")], dsn),
                                 attached_message(original), boundary="000000000000dsn1230046",
                                 params="report-type=delivery-status"))


@mail(n(47), family="bank_appointment", lang="en-CA", interview=False, company=None,
      days=(("Mon", "2026-11-09"),),
      note="Credit-union mortgage specialist appointment (Mon Nov 9 5:30 PM, PST); a different credit "
           "union from the one Owen interviews with; not an interview.")
def n47() -> bytes:
    body = t("""
        Hi Owen,

        Your appointment is confirmed:

        Mortgage pre-approval meeting with Jenna Wu, Mortgage Specialist
        Monday, November 9, 2026, 5:30 PM - 6:30 PM
        Coastline Savings - Kitsilano branch, 2198 W Broadway

        Please bring two pieces of ID, your two most recent pay stubs and your 2025 Notice of
        Assessment. If you're between jobs, bring your offer letter or EI statements instead.

        Coastline Savings Credit Union
        """)
    h = "<html><body style=\"font-family:Verdana;font-size:13px\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head("Coastline Savings <appointments@coastlinesavings.example>",
              "Appointment confirmed - Mortgage pre-approval meeting",
              "2026-11-02 10:15:33", VAN, "appt-20261102-5521@coastlinesavings.example",
              relay="smtp.coastlinesavings.example")
    return message(hs, alt(text(body, charset="iso-8859-1"), html(h, charset="iso-8859-1")))


@mail(n(48), family="referral_update", lang="en-CA", interview=False, company=None,
      days=(("Tue", "2026-11-24"),),
      note="Current employer's referral programme (Greenhouse) tells Owen the candidate he referred has "
           "an onsite interview Tue Nov 24 10:00 AM; someone else's interview.")
def n48() -> bytes:
    body = t("""
        Hi Owen,

        Good news on your referral! Marco Silva (Site Reliability Engineer) has moved to the onsite
        stage. His onsite interview is scheduled for Tuesday, November 24 at 10:00 AM.

        You don't need to do anything right now - we'll let you know how it goes. If Marco is hired
        and stays 90 days, you'll receive the $3,000 referral bonus.

        Thanks for helping us grow the team!
        Larchwood Systems Talent Team
        """)
    hs = head("Larchwood Systems <no-reply@us.greenhouse-mail.io>",
              "Referral update: Marco Silva is interviewing onsite",
              "2026-11-17 09:20:41", VAN, "0100018fa0b1c2d3-referral-marco-000000@email.amazonses.com",
              relay="a8-12.smtp-out.amazonses.com", to=addr("Owen Tremblay", "otremblay@larchwood.example.com"),
              extra=(("X-Forwarded-For", "otremblay@larchwood.example.com owen.tremblay@example.org"),))
    return message(hs, alt(text(body), html("<html><body>" + "".join(
        f"<p>{p}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")))


@mail(n(49), family="post_interview", lang="en-CA", interview=False, company="Quillmark",
      note="Thank-you / 'we'll be in touch by end of next week' after the Oct 7 interview; no new time.")
def n49() -> bytes:
    body = t("""
        Hi Owen,

        Thanks again for your time yesterday - Felix really enjoyed the deep dive, especially your
        approach to scoping break-glass access.

        We're finishing up the first round with a couple more candidates this week and expect to
        get back to everyone about next steps by the end of next week. If we move forward, the
        next stage would be a panel with our CTO and two engineers.

        Talk soon,
        Priyanka

        Priyanka Rao
        Senior Recruiter, Quillmark
        """)
    hs = head(addr("Priyanka Rao", "priyanka.rao@quillmark.io"), "Thanks for yesterday!",
              "2026-10-08 12:04:55", TOR, "CAK2pRao+t9Qx0Lm3Vn7Wb1Yc5Zd8Ef4Gh6Jk@mail.gmail.com",
              relay="mail-ua1-f41.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(50), family="mailing_list", lang="en-CA", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Mailing-list post: another member says their own interview is confirmed for Thursday at "
           "10 and asks for tips; list mail, not Owen's interview.")
def n50() -> bytes:
    body = t("""
        Hey all,

        Long-time lurker. I've got an interview confirmed for Thursday at 10 with one of the big
        Seattle cloud shops (security engineering, L5) - it's a 4-hour virtual loop. Anyone here
        been through their threat modeling round recently? Any tips on what they expect in the
        "design a secure multi-tenant logging pipeline" question?

        Happy to buy coffee at the next meetup in return.

        Thanks,
        Sana

        _._,_._,_
        Groups.io Links:
        You receive all messages sent to this group.
        View/Reply Online (#2231): https://groups.io/g/yvr-secops/message/2231
        Reply To Sender: mailto:sana.q@example.net
        Mute This Topic: https://groups.io/mt/104455120
        Leave Group: https://groups.io/g/yvr-secops/leave
        _._,_._,_
        """)
    hs = head(addr("Sana Qureshi via groups.io", "sana.q=example.net@groups.io"),
              "[yvr-secops] Interview Thursday - threat modeling round tips?",
              "2026-11-16 21:17:08", VAN, "Nb0aLq7.1731817028123456789.abcd@groups.io",
              relay="web01.groups.io", to="yvr-secops@groups.io",
              extra=(("Reply-To", "yvr-secops@groups.io"), ("Sender", "yvr-secops@groups.io"),
                     ("List-Id", "<yvr-secops.groups.io>"),
                     ("List-Unsubscribe", "<mailto:yvr-secops+unsubscribe@groups.io>"),
                     ("Precedence", "list")))
    return message(hs, alt(text(body), html(gmail_html(body))))
