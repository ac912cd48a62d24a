"""blind207: a blind 50-mail held-out set, the inbox of a job seeker in Knoxville (Tennessee).

Inbox owner: Tyler Brooks <tyler.brooks@example.org>, research software engineer at a national
lab in Oak Ridge, looking at roles in Knoxville, Oak Ridge, Nashville, Chattanooga, Atlanta and on
remote teams, September to mid-December 2026.

Written by a helper session that did not read the detector, its tests or the other held-out mails.
Build and check: ``python3 bench/heldout/make_blind.py blind207``.
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
    raw_part,
    received,
    t,
    text,
    utc,
)

SET = "blind207"
ORDER = random.Random(2070207).sample(range(1, 51), 50)

ME = "tyler.brooks@example.org"
TYLER = addr("Tyler Brooks", ME)
ET = "America/New_York"
CT = "America/Chicago"
PT = "America/Los_Angeles"
BERLIN = "Europe/Berlin"
SYDNEY = "Australia/Sydney"


def n(key: int) -> str:
    """File name of the mail written key-th."""
    return f"{SET}_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, relay: str, ident: str,
         to: str = TYLER, extra: tuple[tuple[str, str], ...] = (), lag: int = 4) -> list[tuple[str, str]]:
    """Received + the usual headers; ``when`` is the sender's local wall-clock time in ``zone``."""
    return [
        ("Received", received(relay, when, zone, f"mx1.example.org (Postfix) with ESMTPS id {ident}", ME, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


def vcal(prodid: str, method: str | None, body: str, tz: str | None = None) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if tz:
        lines.append(VTZ[tz])
    lines.append(t(body).strip("\n"))
    lines.append("END:VCALENDAR")
    return "\n".join(lines)


# =========================================================================== positives


@mail(n(1), family="greenhouse", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", ET), end=utc("2026-09-15 11:00", ET),
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=ET,
      contact="dana.whitfield@cumberlandfreight.com", company="Cumberland Freightworks",
      note="Greenhouse confirmation, 10:00-11:00 AM EDT (Sept, UTC-4) -> 14:00Z; contact = human Reply-To "
           "recruiter (also ICS ORGANIZER); ICS TZID America/New_York agrees")
def p_greenhouse_freightworks():
    body = t("""
        Hi Tyler,

        Thanks for making time to talk with us about the Senior Software Engineer, Routing &
        Optimization role. Your interview is confirmed:

        Tuesday, September 15, 2026
        10:00 AM - 11:00 AM EDT
        Location: Cumberland Freightworks HQ, 2200 Sutherland Ave, Knoxville, TN 37919
        (check in at the front desk on the 3rd floor; visitor parking is behind the building)

        You'll be meeting with:
          Gary Lindqvist - Director of Engineering
          Monique Hale - Staff Engineer, Optimization

        If anything comes up, just reply to this email.

        Best,
        Dana Whitfield
        Technical Recruiter | Cumberland Freightworks
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2a37">
        <p>Hi Tyler,</p>
        <p>Thanks for making time to talk with us about the <strong>Senior Software Engineer, Routing &amp;
        Optimization</strong> role. Your interview is confirmed:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Date</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM - 11:00 AM EDT</td></tr>
        <tr><td><b>Location</b></td><td>Cumberland Freightworks HQ, 2200 Sutherland Ave, Knoxville, TN 37919</td></tr>
        </table>
        <p>You'll be meeting with:<br>Gary Lindqvist - Director of Engineering<br>
        Monique Hale - Staff Engineer, Optimization</p>
        <p>If anything comes up, just reply to this email.</p>
        <p>Best,<br>Dana Whitfield<br>Technical Recruiter | Cumberland Freightworks</p>
        <img src="https://app.greenhouse.io/email_open/7f3a1c.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = vcal("-//Greenhouse Software//Greenhouse//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:gh-interview-58812093@greenhouse.io
        DTSTAMP:20260910T191217Z
        DTSTART;TZID=America/New_York:20260915T100000
        DTEND;TZID=America/New_York:20260915T110000
        SUMMARY:Interview: Tyler Brooks - Senior Software Engineer, Routing & Optimization
        LOCATION:Cumberland Freightworks HQ\\, 2200 Sutherland Ave\\, Knoxville\\, TN 37919
        ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@cumberlandfreight.com
        ATTENDEE;CN=Tyler Brooks;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:tyler.brooks@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        """, tz=ET)
    return message(head(
        addr("Dana Whitfield", "no-reply@us.greenhouse-mail.io"),
        "Interview Confirmation: Senior Software Engineer, Routing & Optimization",
        "2026-09-10 15:12:17", ET, "<gh.58812093.a1f0e2@us.greenhouse-mail.io>",
        relay="from o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [167.89.14.22])", ident="4QkT2x0mZ1",
        extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@cumberlandfreight.com")),)),
        mixed(alt(text(body), html(page)),
              calendar(ics, disposition="attachment", filename="invite.ics")))


@mail(n(2), family="lever", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-24 13:00", PT), end=utc("2026-09-24 13:45", PT),
      local="Thu 2026-09-24 13:00", local_end="2026-09-24 13:45", zone=PT,
      contact="marisol@tidepool-analytics.com", company="Tidepool Analytics",
      note="Lever confirmation, 1:00-1:45 PM PDT (UTC-7) -> 20:00Z-20:45Z; the body also shows 4:00 PM EDT "
           "for the candidate; ICS in UTC agrees; contact = human Reply-To; base64 bodies")
def p_lever_tidepool():
    body = t("""
        Hi Tyler,

        Your interview with Tidepool Analytics has been scheduled. Here are the details:

        Video interview - Hiring Manager Screen
        Thursday, September 24, 2026
        1:00 PM - 1:45 PM PDT (4:00 PM - 4:45 PM EDT, your time)

        Interviewer: Owen Castellano, Engineering Manager, Data Platform
        Join: https://meet.google.com/xqa-rbtn-wpe

        A calendar invitation is attached. If you need to make any changes, reply to this
        email and it will reach Marisol Vance.

        Thanks,
        The Tidepool Analytics Recruiting Team

        --
        Sent via Lever. Tidepool Analytics, 410 Townsend St, San Francisco, CA 94107
        """)
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:24px;background:#f5f7fa;font-family:-apple-system,Segoe UI,Roboto,sans-serif">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:24px;border-radius:6px">
        <p>Hi Tyler,</p>
        <p>Your interview with Tidepool Analytics has been scheduled. Here are the details:</p>
        <p style="font-size:16px"><b>Video interview - Hiring Manager Screen</b><br>
        Thursday, September 24, 2026<br>
        1:00 PM - 1:45 PM PDT <span style="color:#6b7280">(4:00 PM - 4:45 PM EDT, your time)</span></p>
        <p>Interviewer: Owen Castellano, Engineering Manager, Data Platform<br>
        Join: <a href="https://meet.google.com/xqa-rbtn-wpe">meet.google.com/xqa-rbtn-wpe</a></p>
        <p>A calendar invitation is attached. If you need to make any changes, reply to this email and it
        will reach Marisol Vance.</p>
        <p>Thanks,<br>The Tidepool Analytics Recruiting Team</p>
        </div>
        <p style="text-align:center;color:#9ca3af;font-size:11px">Sent via Lever</p>
        </body></html>
        """)
    ics = vcal("-//Lever//Lever Hire//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:0b6f77e2-3c5a-4a0e-9f3e-tidepool-24sep@lever.co
        DTSTAMP:20260921T160341Z
        DTSTART:20260924T200000Z
        DTEND:20260924T204500Z
        SUMMARY:Tyler Brooks <> Tidepool Analytics - Hiring Manager Screen
        DESCRIPTION:Join: https://meet.google.com/xqa-rbtn-wpe
        LOCATION:https://meet.google.com/xqa-rbtn-wpe
        ORGANIZER;CN=Marisol Vance:mailto:marisol@tidepool-analytics.com
        ATTENDEE;CN=Tyler Brooks;RSVP=TRUE:mailto:tyler.brooks@example.org
        ATTENDEE;CN=Owen Castellano:mailto:owen@tidepool-analytics.com
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        """)
    return message(head(
        addr("Tidepool Analytics", "no-reply@hire.lever.co"),
        "Your interview with Tidepool Analytics is confirmed",
        "2026-09-21 09:03:41", PT, "<0100019a1b2c3d4e-5f60-tidepool-000000@email.amazonses.com>",
        relay="from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])",
        ident="4Ql0aZ7Hq9",
        extra=(("Reply-To", addr("Marisol Vance", "marisol@tidepool-analytics.com")),)),
        mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
              calendar(ics, disposition="attachment", filename="invite.ics", cte="base64")))


@mail(n(3), family="exchange_outlook", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-28 14:00", ET), end=utc("2026-09-28 15:00", ET),
      local="Mon 2026-09-28 14:00", local_end="2026-09-28 15:00", zone=ET,
      contact="kharmon@smsu.edu", company="Smoky Mountain State University",
      note="Exchange meeting request; the When: line shows the standard offset '(UTC-05:00) Eastern Time' as "
           "Outlook always does, but 28 Sept is EDT, so 2:00 PM = 18:00Z; ICS TZID 'Eastern Standard Time' "
           "(DST rules) agrees; contact = sender/ORGANIZER")
def p_exchange_smsu():
    body = t("""
        When: Monday, September 28, 2026 2:00 PM-3:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Hodges Computing Center, Room 214 / Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Tyler,

        Confirming your interview for the Research Software Engineer II position with Research
        Computing Services. You'll meet with me, Dr. Celeste Amari (HPC Applications) and Jun Park
        (Research Data). Please plan to present 15 minutes on a project you've led; we'll spend the
        rest on questions. Remote attendance via Teams is fine if you can't make it to campus.

        Keith Harmon
        Associate Director, Research Computing Services
        Smoky Mountain State University
        865-555-0187

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ0ZTk2>
        Meeting ID: 291 448 730 215
        Passcode: 7hQe2x
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="EN-US"><div class="WordSection1">
        <p class="MsoNormal">When: Monday, September 28, 2026 2:00 PM-3:00 PM (UTC-05:00) Eastern Time (US &amp; Canada).<br>
        Where: Hodges Computing Center, Room 214 / Microsoft Teams Meeting</p>
        <p class="MsoNormal"><span style="color:#5A5A5A">*~*~*~*~*~*~*~*~*~*</span></p>
        <p class="MsoNormal">Tyler,</p>
        <p class="MsoNormal">Confirming your interview for the Research Software Engineer II position with Research
        Computing Services. You&#8217;ll meet with me, Dr. Celeste Amari (HPC Applications) and Jun Park (Research
        Data). Please plan to present 15 minutes on a project you&#8217;ve led; we&#8217;ll spend the rest on
        questions. Remote attendance via Teams is fine if you can&#8217;t make it to campus.</p>
        <p class="MsoNormal">Keith Harmon<br>Associate Director, Research Computing Services<br>
        Smoky Mountain State University<br>865-555-0187</p>
        <div style="width:100%"><span style="color:#252424">______________________________</span></div>
        <div><span style="font-size:24px;color:#252424">Microsoft Teams meeting</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ0ZTk2">Click here to join the meeting</a></div>
        <div>Meeting ID: 291 448 730 215 &nbsp; Passcode: 7hQe2x</div>
        </div></body></html>
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", """
        BEGIN:VEVENT
        ORGANIZER;CN="Harmon, Keith":mailto:kharmon@smsu.edu
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tyler.brooks@example.org:mailto:tyler.brooks@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Amari, Celeste":mailto:camari@smsu.edu
        DESCRIPTION;LANGUAGE=en-US:Tyler\\, Confirming your interview for the Research Software Engineer II position.
        UID:040000008200E00074C5B7101A82E0080000000090C4A6E2A04ADC01000000000000000010000000
        SUMMARY;LANGUAGE=en-US:Interview: Research Software Engineer II - Tyler Brooks
        DTSTART;TZID=Eastern Standard Time:20260928T140000
        DTEND;TZID=Eastern Standard Time:20260928T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260922T204012Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Hodges Computing Center\\, Room 214 / Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2118533071
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        """, tz="Eastern Standard Time")
    return message(head(
        addr("Harmon, Keith", "kharmon@smsu.edu"),
        "Interview: Research Software Engineer II - Tyler Brooks",
        "2026-09-22 16:40:12", ET, "<BN8PR03MB4721C3E5A1F0B9D2E4A7C19AB1@BN8PR03MB4721.namprd03.prod.outlook.com>",
        relay="from NAM11-BN8-obe.outbound.protection.outlook.com (mail-bn8nam11on2101.outbound.protection.outlook.com [40.107.236.101])",
        ident="4QmB8s1Vv3",
        extra=(("Thread-Topic", "Interview: Research Software Engineer II - Tyler Brooks"),
               ("Thread-Index", "AdlOa2pZb1q8Xy0tQ2CkS7r9m1vH3A=="),
               ("Content-Language", "en-US"),
               ("X-MS-Has-Attach", ""),
               ("X-MS-TNEF-Correlator", ""),
               ("X-MS-Exchange-Organization-SCL", "1"))),
        alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(4), family="personio", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-29 16:00", BERLIN), end=utc("2026-10-29 17:00", BERLIN),
      local="Thu 2026-10-29 16:00", local_end="2026-10-29 17:00", zone=BERLIN,
      contact="annika.vogt@kestrel-metrology.de", company="Kestrel Metrology",
      note="Personio invitation written in CET: Europe left summer time on 25 Oct, the US only on 1 Nov, so "
           "16:00 CET = 15:00Z = 11:00 EDT (a 5-hour gap that week, which the mail points out); mail sent in "
           "CEST; ICS TZID Europe/Berlin agrees; contact = human Reply-To")
def p_personio_kestrel():
    body = t("""
        Dear Tyler,

        thank you for your application as Software Engineer, Metrology Data Platform (US, remote).
        We would like to confirm your interview:

        Date: Thursday, 29 October 2026
        Time: 16:00 - 17:00 (CET, Berlin time)
        Format: Video call (Microsoft Teams, link in the calendar invitation)
        Interviewers: Dr. Matthias Brenner (Head of Software), Annika Vogt (Talent Acquisition)

        Please note that Europe switches back to winter time on 25 October, one week before the
        US. For you in Knoxville the interview is therefore at 11:00 AM - 12:00 PM EDT, not noon.

        If you have any questions, simply reply to this message.

        Kind regards
        Annika Vogt
        Talent Acquisition | Kestrel Metrology GmbH
        Am Weichselgarten 17, 91058 Erlangen

        This e-mail was sent via Personio.
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Dear Tyler,</p>
        <p>thank you for your application as <b>Software Engineer, Metrology Data Platform (US, remote)</b>.
        We would like to confirm your interview:</p>
        <ul>
        <li><b>Date:</b> Thursday, 29 October 2026</li>
        <li><b>Time:</b> 16:00 - 17:00 (CET, Berlin time)</li>
        <li><b>Format:</b> Video call (Microsoft Teams, link in the calendar invitation)</li>
        <li><b>Interviewers:</b> Dr. Matthias Brenner (Head of Software), Annika Vogt (Talent Acquisition)</li>
        </ul>
        <p>Please note that Europe switches back to winter time on 25 October, one week before the US. For you in
        Knoxville the interview is therefore at 11:00 AM - 12:00 PM EDT, not noon.</p>
        <p>If you have any questions, simply reply to this message.</p>
        <p>Kind regards<br>Annika Vogt<br>Talent Acquisition | Kestrel Metrology GmbH<br>Am Weichselgarten 17, 91058 Erlangen</p>
        <p style="color:#999;font-size:11px">This e-mail was sent via Personio.</p>
        </body></html>
        """)
    ics = vcal("-//Personio GmbH//Personio Recruiting//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:personio-event-3382917-kestrel
        DTSTAMP:20261022T081503Z
        DTSTART;TZID=Europe/Berlin:20261029T160000
        DTEND;TZID=Europe/Berlin:20261029T170000
        SUMMARY:Interview Kestrel Metrology - Tyler Brooks
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Annika Vogt:mailto:annika.vogt@kestrel-metrology.de
        ATTENDEE;CN=Tyler Brooks;RSVP=TRUE:mailto:tyler.brooks@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        """, tz=BERLIN)
    return message(head(
        addr("Kestrel Metrology GmbH", "noreply@personio.de"),
        "Interview invitation: Software Engineer, Metrology Data Platform (US, remote)",
        "2026-10-22 10:15:03", BERLIN, "<20261022081503.3382917.personio@mail.personio.de>",
        relay="from mail.personio.de (mail.personio.de [185.68.108.9])", ident="4Qx9Lm2Tc8",
        extra=(("Reply-To", addr("Annika Vogt", "annika.vogt@kestrel-metrology.de")),)),
        mixed(alt(text(body), html(page)),
              calendar(ics, disposition="attachment", filename="interview.ics")))


@mail(n(5), family="ashby", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-07 14:00", ET), end=utc("2026-10-07 15:00", ET),
      local="Wed 2026-10-07 14:00", local_end="2026-10-07 15:00", zone=ET,
      contact="joelle@lanterngeo.com", company="Lantern Geoscience",
      note="Ashby confirmation from no-reply, no Reply-To; 2:00-3:00 PM EDT -> 18:00Z; contact = human ICS "
           "ORGANIZER (coordinator named in the body too)")
def p_ashby_lantern():
    body = t("""
        Hi Tyler,

        You're all set! Your interview for Scientific Software Engineer at Lantern Geoscience is
        confirmed.

        Wednesday, October 7, 2026
        2:00 PM - 3:00 PM EDT
        Google Meet: https://meet.google.com/hkd-pqzo-ume

        Technical Deep Dive with Sasha Okonkwo and Ben Arrington

        Need to reschedule? Let Joelle Baptiste know as soon as possible.

        Lantern Geoscience
        Powered by Ashby
        """)
    page = t("""
        <!doctype html><html><body style="font-family:Inter,Helvetica,Arial,sans-serif;color:#111827">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="520" cellpadding="16"><tr><td>
        <p>Hi Tyler,</p>
        <p>You&#x27;re all set! Your interview for <b>Scientific Software Engineer</b> at Lantern Geoscience is confirmed.</p>
        <div style="border:1px solid #e5e7eb;border-radius:8px;padding:12px">
        <div style="font-weight:600">Wednesday, October 7, 2026</div>
        <div>2:00 PM - 3:00 PM EDT</div>
        <div><a href="https://meet.google.com/hkd-pqzo-ume">Google Meet</a></div>
        <div style="color:#6b7280">Technical Deep Dive with Sasha Okonkwo and Ben Arrington</div>
        </div>
        <p>Need to reschedule? Let Joelle Baptiste know as soon as possible.</p>
        <p style="color:#9ca3af;font-size:12px">Lantern Geoscience &middot; Powered by Ashby</p>
        </td></tr></table></td></tr></table></body></html>
        """)
    ics = vcal("-//Ashby//Ashby Scheduling//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:4c1f9a0e-77b2-4e15-9d0a-2a7c0b1d55e1
        DTSTAMP:20261002T152011Z
        DTSTART:20261007T180000Z
        DTEND:20261007T190000Z
        SUMMARY:Lantern Geoscience - Technical Deep Dive (Tyler Brooks)
        LOCATION:https://meet.google.com/hkd-pqzo-ume
        ORGANIZER;CN=Joelle Baptiste:mailto:joelle@lanterngeo.com
        ATTENDEE;CN=Tyler Brooks;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tyler.brooks@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        """)
    return message(head(
        addr("Lantern Geoscience", "no-reply@ashbyhq.com"),
        "Interview Confirmed: Scientific Software Engineer at Lantern Geoscience",
        "2026-10-02 11:20:11", ET, "<010001925f3e8a11-lantern-7b2e-000000@email.amazonses.com>",
        relay="from a9-12.smtp-out.amazonses.com (a9-12.smtp-out.amazonses.com [54.240.9.12])",
        ident="4Qp1Nf6Rk0"),
        mixed(alt(text(body), html(page)),
              calendar(ics, disposition="attachment", filename="invite.ics", name_param=True)))


@mail(n(6), family="workday", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-14 09:00", ET), end=utc("2026-10-14 10:30", ET),
      local="Wed 2026-10-14 09:00", local_end="2026-10-14 10:30", zone=ET,
      contact="lgentry@cvpa.com", company="Cumberland Valley Power Authority",
      note="Workday notification (HTML only, base64) from the tenant mailbox; US date 10/14/2026, "
           "9:00-10:30 AM Eastern (Chattanooga, EDT) -> 13:00Z-14:30Z; contact = recruiter address in body")
def p_workday_cvpa():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
        <table width="600" style="border-top:4px solid #00529b"><tr><td style="padding:16px">
        <img src="https://www.myworkday.com/cvpa/images/logo.png" alt="Cumberland Valley Power Authority">
        <h2 style="color:#00529b;font-weight:normal">Interview Scheduled</h2>
        <p>Tyler Brooks,</p>
        <p>Thank you for your interest in Job Requisition R-0041872 <b>Senior Software Engineer - Grid Analytics</b>.
        Your interview has been scheduled as follows:</p>
        <table cellpadding="3">
        <tr><td>Date:</td><td>10/14/2026</td></tr>
        <tr><td>Time:</td><td>9:00 AM - 10:30 AM Eastern Time</td></tr>
        <tr><td>Location:</td><td>CVPA Chattanooga Office Complex, 1101 Market Street, Lobby B, Chattanooga, TN 37402</td></tr>
        <tr><td>Interview Type:</td><td>Panel (in person)</td></tr>
        </table>
        <p>Please bring a government-issued photo ID; all visitors are escorted on site.</p>
        <p>If you have questions about your interview, contact your recruiter, Lamar Gentry, at
        <a href="mailto:lgentry@cvpa.com">lgentry@cvpa.com</a> or 423-555-0164.</p>
        <p>To view your application, sign in to the <a href="https://wd5.myworkdaysite.com/recruiting/cvpa/External">Candidate Home</a>.</p>
        <p style="font-size:11px;color:#888">This is a system-generated message. Please do not reply.</p>
        </td></tr></table></body></html>
        """)
    return message(head(
        addr("Cumberland Valley Power Authority", "cvpa@myworkday.com"),
        "Interview Scheduled - Senior Software Engineer - Grid Analytics (R-0041872)",
        "2026-10-08 07:02:45", ET, "<1819283766.44120.1791457365123@wd5-prod-mail.myworkday.com>",
        relay="from wd5-smtp.myworkday.com (wd5-smtp.myworkday.com [216.52.98.21])", ident="4QrHw3Ds2K"),
        html(page, cte="base64"))


@mail(n(7), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-27 11:00", ET), local="Tue 2026-10-27 11:00", zone=ET,
      contact="bkessler@volunteertechstaffing.com", company="Foothills Medical Devices",
      note="Agency recruiter confirms 'next Tuesday (10/27) at 11am Eastern' (Date Wed 21 Oct, EDT) -> 15:00Z; "
           "attached ICS is an all-day hold on 27 Oct, time only in the text; 'plan on about 90 minutes' -> "
           "end null; company = the client doing the hiring; contact = the recruiter (human sender)")
def p_agency_foothills():
    body = t("""
        Hey Tyler,

        Great news -- Foothills confirmed! You're on for next Tuesday (10/27) at 11am Eastern with
        Raj Patel (Director of Software) and one of his leads, at their Alcoa office:

        Foothills Medical Devices
        3300 Pellissippi Pkwy, Bldg C
        Alcoa, TN 37701

        Ask for Raj at the front desk. Plan on about 90 minutes; they'll walk you through the
        infusion pump firmware team and do a whiteboard session, nothing crazy. Business casual.

        I dropped a hold on your calendar (attached) -- it'll show as all day, sorry, our system
        does that. Call me after and let me know how it went!

        Brandi Kessler
        Senior Technical Recruiter
        Volunteer Tech Staffing | Knoxville, TN
        c: 865-555-0139
        """)
    ics = vcal("-//Bullhorn//Bullhorn Calendar 1.0//EN", "PUBLISH", """
        BEGIN:VEVENT
        UID:bh-appt-9920173@volunteertechstaffing.com
        DTSTAMP:20261021T204812Z
        DTSTART;VALUE=DATE:20261027
        DTEND;VALUE=DATE:20261028
        SUMMARY:Interview - Foothills Medical Devices (Tyler Brooks)
        LOCATION:3300 Pellissippi Pkwy\\, Bldg C\\, Alcoa\\, TN 37701
        ORGANIZER;CN=Brandi Kessler:mailto:bkessler@volunteertechstaffing.com
        TRANSP:TRANSPARENT
        END:VEVENT
        """)
    return message(head(
        addr("Brandi Kessler", "bkessler@volunteertechstaffing.com"),
        "Foothills Medical Devices - confirmed for next Tuesday",
        "2026-10-21 16:48:12", ET, "<MN2PR11MB4063A7C2E9D15B0F2C3A8E11AA@MN2PR11MB4063.namprd11.prod.outlook.com>",
        relay="from NAM12-MN2-obe.outbound.protection.outlook.com (mail-mn2nam12on2072.outbound.protection.outlook.com [40.107.244.72])",
        ident="4QwZr5Jp8M",
        extra=(("Content-Language", "en-US"),)),
        mixed(text(body, cte="7bit"),
              calendar(ics, method="PUBLISH", disposition="attachment", filename="Interview.ics")))


@mail(n(8), family="icims", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-30 10:00", CT), local="Fri 2026-10-30 10:00", zone=CT,
      contact="shonda.marks@ridgelinedefense.com", company="Ridgeline Defense Systems",
      note="iCIMS confirmation (windows-1252 HTML, QP), Huntsville = Central time, 10:00 AM CDT (still daylight "
           "time on 30 Oct) -> 15:00Z; 'approximately 2 hours' -> end null; contact = talent-acquisition "
           "address in body")
def p_icims_ridgeline():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Dear Tyler,</p>
        <p>This email confirms your on-site interview for <b>Software Engineer III \u2013 Embedded Simulation</b>
        (Req 2026-11873) with Ridgeline Defense Systems:</p>
        <p><b>Friday, October 30, 2026 at 10:00 AM Central Time</b><br>
        Ridgeline Defense Systems, 4900 Research Park Blvd NW, Huntsville, AL 35806</p>
        <p>The interview is expected to last approximately 2 hours and will include a facility tour. This
        position requires U.S. citizenship; please bring two forms of identification as listed on the
        attached I-9 list, and note that phones and smart watches aren\u2019t permitted past the lobby.</p>
        <p>If you have any questions, please contact Shonda Marks, Talent Acquisition, at
        shonda.marks@ridgelinedefense.com or 256-555-0142.</p>
        <p>We look forward to meeting you.</p>
        <p>Ridgeline Defense Systems Talent Acquisition</p>
        <p style="font-size:8pt;color:#777">Ridgeline Defense Systems is an Equal Opportunity Employer.
        This message was sent via iCIMS. Please do not reply to this message.</p>
        </body></html>
        """)
    return message(head(
        addr("Ridgeline Defense Systems", "ridgelinedefense@talent.icims.com"),
        "Interview Confirmation - Software Engineer III \u2013 Embedded Simulation",
        "2026-10-23 13:30:52", CT, "<1554302918.118733.1792866652190.JavaMail.icims@app-mail07.icims.com>",
        relay="from mta07.icims.com (mta07.icims.com [66.148.112.207])", ident="4QyKc0Gh5T"),
        html(page, charset="windows-1252"))


@mail(n(9), family="taleo", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-03 13:30", ET), end=utc("2026-11-03 15:00", ET),
      local="Tue 2026-11-03 13:30", local_end="2026-11-03 15:00", zone=ET,
      contact="renata.solberg@sbnl.gov", company="Savannah Bluff National Laboratory",
      note="Taleo mail sent Thu 29 Oct in EDT for Tue 3 Nov, after US DST ends (1 Nov): 1:30-3:00 PM EST "
           "(UTC-5) -> 18:30Z-20:00Z, not 17:30Z; iso-8859-1 QP text only; contact = hiring manager address "
           "in the body")
def p_taleo_sbnl():
    body = t("""
        Dear Tyler Brooks,

        Thank you for your interest in Savannah Bluff National Laboratory. We are pleased to
        confirm your interview for the following position:

        Requisition:  26-0873
        Position:     Computational Scientist - Nuclear Fuel Performance Software
        Organization: Reactor Systems Modeling Group

        Date:         Tuesday, November 3, 2026
        Time:         1:30 PM - 3:00 PM Eastern Standard Time (EST)
        Format:       Video interview (Webex); the link will be sent separately by the host
        Panel:        Dr. Renata Solberg (Group Manager), Dr. Anil Varghese, Ms. Colleen Burke

        Please note that daylight saving time ends on Sunday, November 1; the time above is
        already in standard time.

        Questions about the interview itself may be directed to Dr. Solberg at
        renata.solberg@sbnl.gov. Questions about your application status should be directed to
        Human Resources through the careers portal.

        Sincerely,

        Talent Acquisition \xb7 Human Resources Division
        Savannah Bluff National Laboratory \xb7 Aiken, South Carolina

        *** This is an automated message. Please do not reply. ***
        """)
    return message(head(
        addr("Savannah Bluff National Laboratory", "sbnl@taleo.net"),
        "Interview Confirmation - Req 26-0873 Computational Scientist",
        "2026-10-29 10:05:33", ET, "<1698412.2291843.1793282733000.JavaMail.taleo@phx-tee-mail02.taleo.net>",
        relay="from phx-tee-mail02.taleo.net (phx-tee-mail02.taleo.net [160.34.8.62])", ident="4R0Xz1Fd4B"),
        text(body, charset="iso-8859-1"))


@mail(n(10), family="google_calendar", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-05 16:00", ET), end=utc("2026-11-05 16:45", ET),
      local="Thu 2026-11-05 16:00", local_end="2026-11-05 16:45", zone=ET,
      contact="caleb@harpethhealth.com", company="Harpeth Health Data",
      note="Google Calendar invitation rendered in the guest's zone: 4pm-4:45pm Eastern (EST after 1 Nov) = "
           "21:00Z; the organizer's ICS says 15:00 America/Chicago, the same instant; contact = ORGANIZER")
def p_gcal_harpeth():
    body = t("""
        You have been invited to the following event.

        Harpeth Health x Tyler Brooks - technical interview
        Thursday Nov 5, 2026 \u22c5 4pm \u2013 4:45pm
        Eastern Time - New York

        Join with Google Meet
        https://meet.google.com/zrv-kmto-bwa

        Join by phone
        (US) +1 615-555-0122 PIN: 418 902 337#

        Pairing exercise on a small claims-processing service. Bring your own editor, we'll share a
        repo link at the start. -- Caleb

        Organizer
        Caleb Winters
        caleb@harpethhealth.com

        Guests
        Caleb Winters - organizer
        tyler.brooks@example.org
        dhanya@harpethhealth.com

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NWo3c2hhcnBldGg

        Reply for tyler.brooks@example.org
        Yes  https://calendar.google.com/calendar/event?action=RESPOND&eid=NWo3c2hhcnBldGg&rst=1
        No   https://calendar.google.com/calendar/event?action=RESPOND&eid=NWo3c2hhcnBldGg&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=NWo3c2hhcnBldGg&rst=3

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    page = t("""
        <!doctype html><html><head><meta charset="UTF-8"></head><body>
        <div itemscope itemtype="http://schema.org/Event">
        <meta itemprop="name" content="Harpeth Health x Tyler Brooks - technical interview">
        <h2 style="font-size:22px;font-weight:400;color:#3c4043">Harpeth Health x Tyler Brooks - technical interview</h2>
        <div style="color:#3c4043">Thursday Nov 5, 2026 &#8901; 4pm &ndash; 4:45pm<br>Eastern Time - New York</div>
        <p><a href="https://meet.google.com/zrv-kmto-bwa" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px">Join with Google Meet</a></p>
        <p>Pairing exercise on a small claims-processing service. Bring your own editor, we'll share a repo link at the start. -- Caleb</p>
        <div><b>Organizer</b><br>Caleb Winters<br><a href="mailto:caleb@harpethhealth.com">caleb@harpethhealth.com</a></div>
        <div><b>Guests</b><br>Caleb Winters - organizer<br>tyler.brooks@example.org<br>dhanya@harpethhealth.com</div>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", """
        BEGIN:VEVENT
        DTSTART;TZID=America/Chicago:20261105T150000
        DTEND;TZID=America/Chicago:20261105T154500
        DTSTAMP:20261102T163124Z
        ORGANIZER;CN=Caleb Winters:mailto:caleb@harpethhealth.com
        UID:5j7sharpeth0tbrooks1105@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Caleb Winters;X-NUM-GUESTS=0:mailto:caleb@harpethhealth.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tyler.brooks@example.org;X-NUM-GUESTS=0:mailto:tyler.brooks@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=dhanya@harpethhealth.com;X-NUM-GUESTS=0:mailto:dhanya@harpethhealth.com
        X-GOOGLE-CONFERENCE:https://meet.google.com/zrv-kmto-bwa
        CREATED:20261102T163123Z
        DESCRIPTION:Pairing exercise on a small claims-processing service. -- Caleb
        LAST-MODIFIED:20261102T163124Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Harpeth Health x Tyler Brooks - technical interview
        TRANSP:OPAQUE
        END:VEVENT
        """, tz=CT)
    subject = ("Invitation: Harpeth Health x Tyler Brooks - technical interview @ Thu Nov 5, 2026 "
               "4pm - 4:45pm (EST) (tyler.brooks@example.org)")
    return message(head(
        addr("Caleb Winters", "caleb@harpethhealth.com"), subject,
        "2026-11-02 10:31:24", CT, "<calendar-4f1d0c2e-9a55-4b11-8e3f-7a1c9b2d0e44@google.com>",
        relay="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", ident="4R2Qb7Wn6C",
        extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
               ("Reply-To", addr("Caleb Winters", "caleb@harpethhealth.com")))),
        mixed(alt(text(body, cte="base64"), html(page, cte="quoted-printable"), calendar(ics, cte="base64")),
              calendar(ics, ctype="application/ics", disposition="attachment", filename="invite.ics",
                       name_param=True, cte="base64")))


@mail(n(11), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-12 11:00", CT), end=utc("2026-11-12 12:00", CT),
      local="Thu 2026-11-12 11:00", local_end="2026-11-12 12:00", zone=CT,
      contact="nsorensen@prairieledger.com", company="Prairie Ledger",
      note="Hiring manager's short note, 'invite attached'; the time is only in the Outlook for Mac ICS: "
           "TZID 'Central Standard Time' 11:00-12:00 on 12 Nov (CST, UTC-6) -> 17:00Z-18:00Z; contact = sender")
def p_outlook_mac_prairie():
    body = t("""
        Hi Tyler,

        Thanks again for the chat with Kim last week - she passed along good notes. I've put time on
        our calendars for the technical conversation with me and Luis Carvajal (our lead on the
        reconciliation engine). Invite attached; it's on Zoom, link is in the invite.

        If the slot doesn't work, let me know and we'll find another one.

        Nate

        Nate Sorensen
        Engineering Manager, Ledger Core
        Prairie Ledger | 222 W Adams St, Chicago IL
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", """
        BEGIN:VEVENT
        ORGANIZER;CN=Nate Sorensen:mailto:nsorensen@prairieledger.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tyler Brooks:mailto:tyler.brooks@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Luis Carvajal:mailto:lcarvajal@prairieledger.com
        DESCRIPTION;LANGUAGE=en-US:Join Zoom Meeting\\nhttps://prairieledger.zoom.us/j/93318840217\\n
        UID:040000008200E00074C5B7101A82E00800000000B1D2F37A9B52DD01000000000000000010000000
        SUMMARY;LANGUAGE=en-US:Prairie Ledger - technical conversation (Tyler Brooks)
        DTSTART;TZID=Central Standard Time:20261112T110000
        DTEND;TZID=Central Standard Time:20261112T120000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261106T212205Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:https://prairieledger.zoom.us/j/93318840217
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        """, tz="Central Standard Time")
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">\n"
            + "".join(f"<div>{line or '<br>'}</div>\n" for line in body.rstrip("\n").split("\n"))
            + "</body></html>\n")
    return message(head(
        addr("Nate Sorensen", "nsorensen@prairieledger.com"),
        "Technical conversation - Prairie Ledger",
        "2026-11-06 15:22:05", CT, "<DM6PR19MB3321E0A9C7F14B2D88A1E5C2D4@DM6PR19MB3321.namprd19.prod.outlook.com>",
        relay="from NAM10-DM6-obe.outbound.protection.outlook.com (mail-dm6nam10on2119.outbound.protection.outlook.com [40.107.93.119])",
        ident="4R4Fm8Lp2Q",
        extra=(("Thread-Topic", "Technical conversation - Prairie Ledger"),
               ("X-Mailer", "Microsoft Outlook for Mac 16.90"))),
        mixed(alt(text(body), html(page)),
              calendar(ics, disposition="attachment", filename="invite.ics", cte="base64")))


@mail(n(12), family="zoom", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-17 13:00", CT), local="Tue 2026-11-17 13:00", zone=CT,
      contact="hlarsen@northstargrain.coop", company="Northstar Grain Cooperative",
      note="Recruiter with a pasted Zoom block: 'Nov 17, 2026 01:00 PM Central Time (US and Canada)' (CST, "
           "UTC-6) -> 19:00Z; 'Tuesday' in the prose agrees with the Date (Thu 12 Nov); no length -> end null")
def p_zoom_northstar():
    body = t("""
        Hi Tyler,

        Here are the details for Tuesday's conversation with our IT director, Paul Ostrowski. He's
        looking forward to hearing about the data pipeline work you did at the lab. Talk then!

        Heidi

        Heidi Larsen is inviting you to a scheduled Zoom meeting.

        Topic: Tyler Brooks / Northstar - Software Engineer interview
        Time: Nov 17, 2026 01:00 PM Central Time (US and Canada)

        Join Zoom Meeting
        https://northstargrain.zoom.us/j/84471203398?pwd=cVZ4bWp1dk5ydzZ3TGQ0

        Meeting ID: 844 7120 3398
        Passcode: 562019

        ---

        One tap mobile
        +13126266799,,84471203398#,,,,*562019# US (Chicago)

        Heidi Larsen | Talent Acquisition Partner
        Northstar Grain Cooperative | Minneapolis, MN
        hlarsen@northstargrain.coop
        """)
    return message(head(
        addr("Heidi Larsen", "hlarsen@northstargrain.coop"),
        "Zoom details - Tuesday w/ Paul",
        "2026-11-12 14:07:40", CT, "<CAF8mN2kq+Yy7d3hLr0sT9uJ@mail.gmail.com>",
        relay="from mail-qt1-f180.google.com (mail-qt1-f180.google.com [209.85.160.180])", ident="4R5Vt2Hs9X"),
        alt(text(body, cte="quoted-printable"), html(gmail_html(body))))


@mail(n(13), family="calendly", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-01 10:30", ET), end=utc("2026-12-01 11:00", ET),
      local="Tue 2026-12-01 10:30", local_end="2026-12-01 11:00", zone=ET,
      contact="grace@peachtreesignal.com", company="Peachtree Signal Labs",
      note="Calendly invitee confirmation, 10:30am-11:00am Eastern (EST, UTC-5) -> 15:30Z-16:00Z; "
           "contact = host via Reply-To")
def p_calendly_peachtree():
    body = t("""
        Hi Tyler Brooks,

        A new event has been scheduled.

        Event Type:
        Recruiter Screen - Senior Data Engineer

        Invitee:
        Tyler Brooks

        Invitee Email:
        tyler.brooks@example.org

        Event Date/Time:
        10:30am - 11:00am (Eastern Time - US & Canada) on Tuesday, December 1, 2026

        Location:
        This is a Google Meet web conference.
        Join now: https://meet.google.com/wqe-ymnf-oxs

        Questions:
        Anything you'd like us to know before the call?
        Currently at a national lab in Oak Ridge; open to hybrid in Atlanta.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/4b2e8a1c-peachtree
        Reschedule: https://calendly.com/reschedulings/4b2e8a1c-peachtree

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;color:#4d5055">
        <p>Hi Tyler Brooks,</p>
        <p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>Recruiter Screen - Senior Data Engineer</p>
        <p><b>Invitee:</b><br>Tyler Brooks</p>
        <p><b>Invitee Email:</b><br><a href="mailto:tyler.brooks@example.org">tyler.brooks@example.org</a></p>
        <p><b>Event Date/Time:</b><br>10:30am - 11:00am (Eastern Time - US &amp; Canada) on Tuesday, December 1, 2026</p>
        <p><b>Location:</b><br>This is a Google Meet web conference. <a href="https://meet.google.com/wqe-ymnf-oxs">Join now</a></p>
        <p><a href="https://calendly.com/cancellations/4b2e8a1c-peachtree">Cancel</a> |
        <a href="https://calendly.com/reschedulings/4b2e8a1c-peachtree">Reschedule</a></p>
        <p style="font-size:12px">Powered by Calendly.com</p>
        </body></html>
        """)
    return message(head(
        addr("Calendly", "notifications@calendly.com"),
        "Confirmed: Recruiter Screen - Senior Data Engineer with Grace Holloway on Tuesday, December 1, 2026",
        "2026-11-24 16:45:09", ET, "<20261124214509.1.8C7E0A4D22F1B6A3@calendly.com>",
        relay="from o7.email.calendly.com (o7.email.calendly.com [167.89.100.7])", ident="4R9Kp0Cz3Y",
        extra=(("Reply-To", addr("Grace Holloway", "grace@peachtreesignal.com")),)),
        alt(text(body), html(page)))


@mail(n(14), family="goodtime", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-09 09:00", PT), end=utc("2026-12-09 11:45", PT),
      local="Wed 2026-12-09 09:00", local_end="2026-12-09 11:45", zone=PT,
      contact="tomas.reyes@soundcedar.com", company="Sound & Cedar Software",
      note="GoodTime virtual-onsite itinerary, three sessions 9:00-11:45 AM Pacific (PST, UTC-8) -> "
           "17:00Z-19:45Z (first start to last end); one ICS hold for the whole block; contact = coordinator "
           "Reply-To")
def p_goodtime_soundcedar():
    body = t("""
        Hi Tyler,

        Your virtual onsite with Sound & Cedar Software is confirmed. Here is your itinerary
        (all times Pacific Time):

        Wednesday, December 9, 2026

          9:00 AM - 9:45 AM    Systems Design           Ahmed Farouk, Principal Engineer
         10:00 AM - 10:45 AM   Coding (pair)            Lena Wu, Senior Engineer
         11:00 AM - 11:45 AM   Hiring Manager           Priscilla Dunn, Director, Platform

        Each session uses the same Zoom room:
        https://soundcedar.zoom.us/j/97720318854

        There's a 15-minute break between sessions. If you need any accommodations or have to
        make a change, reply here and I'll take care of it.

        Tomas Reyes
        Recruiting Coordinator, Sound & Cedar Software

        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Tyler,</p>
        <p>Your virtual onsite with Sound &amp; Cedar Software is confirmed. Here is your itinerary (all times Pacific Time):</p>
        <p><b>Wednesday, December 9, 2026</b></p>
        <table border="1" cellpadding="6" style="border-collapse:collapse">
        <tr><th>Time</th><th>Session</th><th>Interviewer</th></tr>
        <tr><td>9:00 AM - 9:45 AM</td><td>Systems Design</td><td>Ahmed Farouk, Principal Engineer</td></tr>
        <tr><td>10:00 AM - 10:45 AM</td><td>Coding (pair)</td><td>Lena Wu, Senior Engineer</td></tr>
        <tr><td>11:00 AM - 11:45 AM</td><td>Hiring Manager</td><td>Priscilla Dunn, Director, Platform</td></tr>
        </table>
        <p>Each session uses the same Zoom room: <a href="https://soundcedar.zoom.us/j/97720318854">https://soundcedar.zoom.us/j/97720318854</a></p>
        <p>There&#39;s a 15-minute break between sessions. If you need any accommodations or have to make a change, reply here and I&#39;ll take care of it.</p>
        <p>Tomas Reyes<br>Recruiting Coordinator, Sound &amp; Cedar Software</p>
        <p style="color:#888;font-size:11px">Scheduled with GoodTime</p>
        </body></html>
        """)
    ics = vcal("-//GoodTime.io//GoodTime Hire//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:gt-7d21c0b4-soundcedar-onsite
        DTSTAMP:20261202T201044Z
        DTSTART:20261209T170000Z
        DTEND:20261209T194500Z
        SUMMARY:Sound & Cedar Software - Virtual Onsite (Tyler Brooks)
        LOCATION:https://soundcedar.zoom.us/j/97720318854
        ORGANIZER;CN=Tomas Reyes:mailto:tomas.reyes@soundcedar.com
        ATTENDEE;CN=Tyler Brooks;RSVP=TRUE:mailto:tyler.brooks@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        """)
    return message(head(
        addr("Sound & Cedar Recruiting", "notifications@goodtime.io"),
        "Your Sound & Cedar Software interview itinerary - Wed, Dec 9",
        "2026-12-02 12:10:44", PT, "<0100019b2a77f1c0-goodtime-soundcedar-000000@email.amazonses.com>",
        relay="from a48-110.smtp-out.amazonses.com (a48-110.smtp-out.amazonses.com [54.240.48.110])",
        ident="4RC2w9Ej7N",
        extra=(("Reply-To", addr("Tomas Reyes", "tomas.reyes@soundcedar.com")),)),
        mixed(alt(text(body), html(page)),
              calendar(ics, disposition="attachment", filename="invite.ics")))


@mail(n(15), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-16 14:00", ET), local="Wed 2026-09-16 14:00", zone=ET,
      contact="wes@tellicorobotics.com", company="Tellico Robotics",
      note="Phone-written reply 'tomorrow at 2 works' sent Tue 15 Sep 08:47 EDT -> Wed 16 Sep 14:00 EDT = 18:00Z; "
           "the quoted mail proposes Wednesday 2 or 3pm; 'about an hour' -> end null; contact = sender")
def p_phone_tellico():
    body = t("""
        tomorrow at 2 works great. come by the shop \u2013 412 W Jackson Ave in the Old City, ring the
        buzzer by the loading door. we\u2019ll do about an hour w me and Kira (our controls lead), then
        if you\u2019re up for it we grab a late lunch. no need to prep anything fancy, bring your laptop if
        you want to show the simulation stuff

        Wes

        Sent from my iPhone

        > On Sep 14, 2026, at 9:12 PM, Tyler Brooks <tyler.brooks@example.org> wrote:
        >
        > Hi Wes,
        >
        > Thanks for reaching out after the meetup! I'd love to come by and talk about the
        > software role. I could do Wednesday afternoon (2 or 3pm) or Thursday morning.
        >
        > Best,
        > Tyler
        """)
    return message(head(
        addr("Wes Tanner", "wes@tellicorobotics.com"),
        "Re: Software role at Tellico",
        "2026-09-15 08:47:02", ET, "<7E1A2B90-4C3D-4F55-9A61-0D2E8C7B1F34@tellicorobotics.com>",
        relay="from mail-yw1-f176.google.com (mail-yw1-f176.google.com [209.85.128.176])", ident="4QkW0p3Rs5",
        extra=(("In-Reply-To", "<CAHt7Lq0b9+tbrooks.0914@mail.example.org>"),
               ("References", "<CAHt7Lq0b9+tbrooks.0914@mail.example.org>"),
               ("X-Mailer", "iPhone Mail (22A3354)"))),
        text(body, cte="8bit"))


@mail(n(16), family="teamtailor", lang="en-AU", interview=True, kind="scheduled",
      start=utc("2026-11-19 08:00", SYDNEY), end=utc("2026-11-19 08:45", SYDNEY),
      local="Thu 2026-11-19 08:00", local_end="2026-11-19 08:45", zone=SYDNEY,
      contact="hamish.doyle@wattlebyte.com.au", company="Wattle & Byte",
      note="Teamtailor booking from a Sydney team: Thu 19 Nov 8:00-8:45 AM AEDT (UTC+11) = Wed 18 Nov "
           "21:00Z-21:45Z, a day earlier in UTC (the mail also shows Wed 4:00 PM EST); ICS in UTC agrees; "
           "contact = human Reply-To")
def p_teamtailor_wattle():
    body = t("""
        Hi Tyler,

        Thanks for booking a time with us - your interview for Senior Software Engineer (Remote,
        Americas) is locked in.

        When: Thursday 19 November 2026, 8:00 - 8:45 AM AEDT (Sydney)
        In your time zone (America/New_York): Wednesday 18 November 2026, 4:00 - 4:45 PM EST
        Where: Google Meet - https://meet.google.com/ugn-teyb-hfd
        With: Hamish Doyle (Engineering Lead) and Mei Tan (Talent)

        We'll chat about your background, the simulation tooling you've built and how we work
        across the Sydney / US time difference. No prep needed.

        Cheers,
        Hamish & the Wattle & Byte team

        Sent with Teamtailor
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;background:#fafafa">
        <div style="max-width:600px;margin:auto;background:#fff;padding:32px">
        <p>Hi Tyler,</p>
        <p>Thanks for booking a time with us - your interview for <b>Senior Software Engineer (Remote, Americas)</b> is locked in.</p>
        <p><b>When:</b> Thursday 19 November 2026, 8:00 - 8:45 AM AEDT (Sydney)<br>
        <span style="color:#666">In your time zone (America/New_York): Wednesday 18 November 2026, 4:00 - 4:45 PM EST</span><br>
        <b>Where:</b> <a href="https://meet.google.com/ugn-teyb-hfd">Google Meet</a><br>
        <b>With:</b> Hamish Doyle (Engineering Lead) and Mei Tan (Talent)</p>
        <p>We'll chat about your background, the simulation tooling you've built and how we work across the Sydney / US time difference. No prep needed.</p>
        <p>Cheers,<br>Hamish &amp; the Wattle &amp; Byte team</p>
        <p style="font-size:11px;color:#aaa">Sent with Teamtailor</p>
        </div></body></html>
        """)
    ics = vcal("-//Teamtailor//Teamtailor Meetings//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:tt-meeting-61928374@teamtailor.com
        DTSTAMP:20261113T002011Z
        DTSTART:20261118T210000Z
        DTEND:20261118T214500Z
        SUMMARY:Interview: Tyler Brooks / Wattle & Byte
        LOCATION:https://meet.google.com/ugn-teyb-hfd
        ORGANIZER;CN=Hamish Doyle:mailto:hamish.doyle@wattlebyte.com.au
        ATTENDEE;CN=Tyler Brooks;RSVP=TRUE:mailto:tyler.brooks@example.org
        STATUS:CONFIRMED
        END:VEVENT
        """)
    return message(head(
        addr("Wattle & Byte", "no-reply@teamtailor-mail.com"),
        "Interview booked: Senior Software Engineer (Remote, Americas)",
        "2026-11-13 11:20:11", SYDNEY, "<6554f0a2c1e8b_2a9f3c4d18@teamtailor-mail.com>",
        relay="from mail-eu1.teamtailor-mail.com (mail-eu1.teamtailor-mail.com [185.12.80.44])",
        ident="4R6Gd1Xq0V",
        extra=(("Reply-To", addr("Hamish Doyle", "hamish.doyle@wattlebyte.com.au")),)),
        mixed(alt(text(body), html(page)),
              calendar(ics, disposition="attachment", filename="meeting.ics")))


@mail(n(17), family="exchange_outlook", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-10-16 13:00", ET), end=utc("2026-10-16 14:00", ET),
      local="Fri 2026-10-16 13:00", local_end="2026-10-16 14:00", zone=ET,
      contact="teresa.dobbs@palisademission.com", company="Palisade Mission Systems",
      note="Exchange meeting update (SEQUENCE:1): moved from Thu 10/15 10:00 AM to Fri 10/16 1:00-2:00 PM; "
           "'(UTC-05:00) Eastern Time' label but October is EDT -> 17:00Z-18:00Z; ICS TZID 'Eastern Standard "
           "Time' agrees; start = the new time; contact = ORGANIZER/sender")
def r_exchange_palisade():
    body = t("""
        When: Friday, October 16, 2026 1:00 PM-2:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Tyler,

        One of our panelists was pulled into a program review on Thursday morning, so I've moved
        your interview from Thursday 10/15 at 10:00 AM to Friday 10/16 at 1:00 PM. Same Teams link,
        same panel otherwise. Please accept the updated invitation so it shows on your calendar.

        Thanks for your flexibility,
        Teresa

        Teresa Dobbs | Senior Recruiter
        Palisade Mission Systems | Oak Ridge, TN
        O: 865-555-0171

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjE4ZGQx>
        Meeting ID: 244 901 338 772
        Passcode: Wq3e9P
        Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        ________________________________________________________________________________
        This email and any attachments may contain Controlled Unclassified Information (CUI)
        or export-controlled data. If you are not the intended recipient, delete it.
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", """
        BEGIN:VEVENT
        ORGANIZER;CN="Dobbs, Teresa":mailto:teresa.dobbs@palisademission.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tyler Brooks:mailto:tyler.brooks@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Varner, Curtis":mailto:curtis.varner@palisademission.com
        DESCRIPTION;LANGUAGE=en-US:Moved from Thursday 10/15 10:00 AM to Friday 10/16 1:00 PM.
        UID:040000008200E00074C5B7101A82E00800000000F3A0C99E3F58DD01000000000000000010000000
        SUMMARY;LANGUAGE=en-US:Interview - Tyler Brooks - Software Engineer (Simulation)
        DTSTART;TZID=Eastern Standard Time:20261016T130000
        DTEND;TZID=Eastern Standard Time:20261016T140000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261013T215531Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:-1201847733
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjE4ZGQx
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        """, tz="Eastern Standard Time")
    return message(head(
        addr("Dobbs, Teresa", "teresa.dobbs@palisademission.com"),
        "Updated: Interview - Tyler Brooks - Software Engineer (Simulation)",
        "2026-10-13 17:55:31", ET, "<SA1PR09MB8123B44F0C9E2D17A6F3B08EF2@SA1PR09MB8123.namprd09.prod.outlook.com>",
        relay="from GCC02-SA1-obe.outbound.protection.office365.us (mail-sa1gcc02on2098.outbound.protection.office365.us [23.103.199.98])",
        ident="4QvA6k9Bw1",
        extra=(("Thread-Topic", "Interview - Tyler Brooks - Software Engineer (Simulation)"),
               ("Thread-Index", "AdlPc4kR3m0Zq1T9QkO2y1vWm8pE+AAAB3Qg"),
               ("Content-Language", "en-US"),
               ("X-MS-Exchange-Organization-SCL", "1"))),
        alt(text(body), calendar(ics)))


@mail(n(18), family="human_prose", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-11-02 09:30", CT), local="Mon 2026-11-02 09:30", zone=CT,
      contact="lauren@cumberlandbend.io", company="Cumberland Bend Software",
      note="Hiring manager moves the call from Fri 10/30 2:00 Central to Mon Nov 2 9:30 AM Central; mail sent "
           "Thu 29 Oct in CDT, interview after the 1 Nov DST change: 9:30 CST (UTC-6) = 15:30Z (10:30 EST, as "
           "she writes); no length -> end null; contact = sender")
def r_prose_cumberland_bend():
    body = t("""
        Hi Tyler,

        I'm so sorry - our board meeting got moved onto Friday afternoon, so I've had to move our
        call. We were set for Fri 10/30 at 2:00 Central; I've put us down for Monday, Nov 2 at 9:30 AM
        Central instead (10:30 your time). Same Google Meet link as before, and the updated invite is
        on its way from my calendar.

        Clocks change this weekend, but Nashville and Knoxville both fall back together, so we're
        still one hour apart.

        Thanks for rolling with it,
        Lauren

        --
        Lauren Pickett
        VP Engineering, Cumberland Bend Software
        Nashville, TN

        On Mon, Oct 26, 2026 at 3:02 PM Tyler Brooks <tyler.brooks@example.org> wrote:
        > Friday at 2 Central works for me. Talk then!
        > Tyler
        """)
    return message(head(
        addr("Lauren Pickett", "lauren@cumberlandbend.io"),
        "Re: Intro call - Cumberland Bend",
        "2026-10-29 16:20:48", CT, "<CAJ3pN+0xZr9mGd2Ew8s1FqK7vT@mail.gmail.com>",
        relay="from mail-pl1-f171.google.com (mail-pl1-f171.google.com [209.85.214.171])", ident="4R0cM4Vy7P",
        extra=(("In-Reply-To", "<CAHt7Lq2kd+tbrooks.1026@mail.example.org>"),
               ("References", "<CAB9x0f1Lp@mail.gmail.com> <CAHt7Lq2kd+tbrooks.1026@mail.example.org>"))),
        alt(text(body), html(gmail_html(body))))


@mail(n(19), family="greenhouse", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-11-10 15:00", ET), end=utc("2026-11-10 16:00", ET),
      local="Tue 2026-11-10 15:00", local_end="2026-11-10 16:00", zone=ET,
      contact="kendra.oyelaran@brightlinetransit.com", company="Brightline Transit Data",
      note="Greenhouse reschedule (HTML only): previously Mon 9 Nov 2-3 PM EST, now Tue 10 Nov 3:00-4:00 PM EST "
           "(UTC-5) -> 20:00Z-21:00Z; ICS SEQUENCE:2 agrees; start = new time; contact = human Reply-To")
def r_greenhouse_brightline():
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
        <p>Hi Tyler,</p>
        <p>We've had to make a change to your upcoming interview for <b>Senior Software Engineer, Real-Time Data</b>
        at Brightline Transit Data.</p>
        <p style="color:#888"><s>Previously: Monday, November 9, 2026, 2:00 PM - 3:00 PM EST</s></p>
        <p><b>New time: Tuesday, November 10, 2026, 3:00 PM - 4:00 PM EST</b><br>
        Location: 1100 Peachtree St NE, Suite 1400, Atlanta, GA 30309 (or Zoom if you're not traveling)</p>
        <p>Interviewers: Felix Amankwah (Engineering Manager), Ruth Delacroix (Staff Engineer)</p>
        <p>Sorry for the shuffle! Reply to this email if the new time is a problem.</p>
        <p>Kendra Oyelaran<br>Talent Partner, Brightline Transit Data</p>
        <img src="https://app.greenhouse.io/email_open/c91e22.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = vcal("-//Greenhouse Software//Greenhouse//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:gh-interview-61230877@greenhouse.io
        DTSTAMP:20261106T141402Z
        DTSTART;TZID=America/New_York:20261110T150000
        DTEND;TZID=America/New_York:20261110T160000
        SUMMARY:Interview: Tyler Brooks - Senior Software Engineer\\, Real-Time Data
        LOCATION:1100 Peachtree St NE\\, Suite 1400\\, Atlanta\\, GA 30309
        ORGANIZER;CN=Kendra Oyelaran:mailto:kendra.oyelaran@brightlinetransit.com
        ATTENDEE;CN=Tyler Brooks;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:tyler.brooks@example.org
        SEQUENCE:2
        STATUS:CONFIRMED
        END:VEVENT
        """, tz=ET)
    return message(head(
        addr("Kendra Oyelaran", "no-reply@us.greenhouse-mail.io"),
        "Updated Interview Time: Senior Software Engineer, Real-Time Data",
        "2026-11-06 09:14:02", ET, "<gh.61230877.u2@us.greenhouse-mail.io>",
        relay="from o7.us.greenhouse-mail.io (o7.us.greenhouse-mail.io [167.89.14.17])", ident="4R3Jc6Ud0F",
        extra=(("Reply-To", addr("Kendra Oyelaran", "kendra.oyelaran@brightlinetransit.com")),)),
        mixed(html(page), calendar(ics, disposition="attachment", filename="invite.ics")))


@mail(n(20), family="recruitee", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-12-10 10:00", CT), end=utc("2026-12-10 11:00", CT),
      local="Thu 2026-12-10 10:00", local_end="2026-12-10 11:00", zone=CT,
      contact="megan.kowalczyk@lakeshoreinst.com", company="Lakeshore Instruments",
      note="Recruitee reschedule: new Thu 10 Dec 10:00-11:00 America/Chicago (CST, UTC-6) -> 16:00Z-17:00Z, "
           "old Tue 8 Dec also stated; ICS SEQUENCE:1 agrees; no-reply sender, contact = recruiter address in "
           "the signature")
def r_recruitee_lakeshore():
    body = t("""
        Hi Tyler,

        Your interview for the position Software Engineer - Instrument Control has been moved.

        New date and time:  Thursday, December 10, 2026, 10:00 - 11:00 (America/Chicago)
        Previous:           Tuesday, December 8, 2026, 10:00 - 11:00 (America/Chicago)
        Location:           Microsoft Teams (link in the calendar invitation)

        Our lab manager, Dale, has to be at a customer site on Tuesday and really wanted to be part
        of this conversation - thank you for understanding.

        Best regards,
        Megan Kowalczyk
        People & Talent, Lakeshore Instruments
        megan.kowalczyk@lakeshoreinst.com | +1 414 555 0193

        Sent with Recruitee
        """)
    ics = vcal("-//Recruitee//Recruitee Calendar//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:recruitee-interview-1188302@recruitee.com
        DTSTAMP:20261204T194007Z
        DTSTART;TZID=America/Chicago:20261210T100000
        DTEND;TZID=America/Chicago:20261210T110000
        SUMMARY:Interview Tyler Brooks - Software Engineer - Instrument Control
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Megan Kowalczyk:mailto:megan.kowalczyk@lakeshoreinst.com
        ATTENDEE;CN=Tyler Brooks;RSVP=TRUE:mailto:tyler.brooks@example.org
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        """, tz=CT)
    return message(head(
        addr("Lakeshore Instruments", "noreply@mail.recruitee.com"),
        "Your interview has been rescheduled - Lakeshore Instruments",
        "2026-12-04 13:40:07", CT, "<5f2c8e1b-0a7d-4f3e-9c21-lakeshore@mail.recruitee.com>",
        relay="from mail.recruitee.com (mail.recruitee.com [159.135.224.31])", ident="4RD0x4Ws8G"),
        mixed(text(body, charset="iso-8859-15"),
              calendar(ics, disposition="attachment", filename="interview.ics", cte="quoted-printable")))


@mail(n(21), family="google_calendar", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-11-20 11:00", ET), end=utc("2026-11-20 15:00", ET),
      local="Fri 2026-11-20 11:00", local_end="2026-11-20 15:00", zone=ET,
      contact="caleb@harpethhealth.com", company="Harpeth Health Data",
      note="Google Calendar cancellation (METHOD:CANCEL) of the onsite loop, shown as Fri 20 Nov 11am-3pm Eastern "
           "(EST) = 16:00Z-20:00Z; ICS 10:00-14:00 America/Chicago agrees; no new time; contact = ORGANIZER")
def c_gcal_harpeth():
    body = t("""
        This event has been canceled and removed from your calendar.

        Harpeth Health x Tyler Brooks - onsite loop
        Friday Nov 20, 2026 \u22c5 11am \u2013 3pm
        Eastern Time - New York

        Message from organizer:
        Sorry Tyler - we have to postpone the onsite, two of the panel are out sick this week.
        Dhanya will reach out with new dates.

        Organizer
        Caleb Winters
        caleb@harpethhealth.com

        Guests
        Caleb Winters - organizer
        tyler.brooks@example.org
        dhanya@harpethhealth.com

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event.
        """)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "CANCEL", """
        BEGIN:VEVENT
        DTSTART;TZID=America/Chicago:20261120T100000
        DTEND;TZID=America/Chicago:20261120T140000
        DTSTAMP:20261116T230211Z
        ORGANIZER;CN=Caleb Winters:mailto:caleb@harpethhealth.com
        UID:7q2harpethonsite1120tbrooks@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=tyler.brooks@example.org;X-NUM-GUESTS=0:mailto:tyler.brooks@example.org
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Harpeth Health x Tyler Brooks - onsite loop
        TRANSP:OPAQUE
        END:VEVENT
        """, tz=CT)
    subject = ("Canceled event with note: Harpeth Health x Tyler Brooks - onsite loop @ Fri Nov 20, 2026 "
               "11am - 3pm (EST) (tyler.brooks@example.org)")
    return message(head(
        addr("Caleb Winters", "caleb@harpethhealth.com"), subject,
        "2026-11-16 17:02:11", CT, "<calendar-b81f3e90-2c47-4d1a-a6f0-0e93c2d5b7f1@google.com>",
        relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", ident="4R7Pz3Aa1L",
        extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),)),
        mixed(alt(text(body), calendar(ics, method="CANCEL")),
              calendar(ics, method="CANCEL", ctype="application/ics", disposition="attachment",
                       filename="invite.ics", name_param=True, cte="base64")))


@mail(n(22), family="human_prose", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-10-08 11:00", PT), local="Thu 2026-10-08 11:00", zone=PT,
      contact="marisol@tidepool-analytics.com", company="Tidepool Analytics",
      note="Recruiter cancels 'this Thursday (10/8) at 11 AM PT' (Date Mon 5 Oct; PDT, UTC-7) -> 18:00Z; req on "
           "hold, no new time; contact = sender")
def c_prose_tidepool():
    body = t("""
        Hi Tyler,

        I hate sending this one. Leadership put the Data Platform req on hold this morning as part
        of budget planning, so I need to cancel your final round this Thursday (10/8) at 11 AM PT.
        I know you'd already blocked out the afternoon - I'm really sorry.

        This isn't a reflection on you at all; Owen was excited after your screen. If the role
        opens back up in Q1 you'll be the first person I call.

        Marisol

        Marisol Vance | Recruiting Lead | Tidepool Analytics
        """)
    return message(head(
        addr("Marisol Vance", "marisol@tidepool-analytics.com"),
        "Cancelling Thursday's final round",
        "2026-10-05 08:12:30", PT, "<CAPm7Xw4d1+Rk2Y0s@mail.gmail.com>",
        relay="from mail-oa1-f52.google.com (mail-oa1-f52.google.com [209.85.160.52])", ident="4Qq7Tr0Ke2"),
        alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(23), family="workable", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-12-15 14:00", ET), end=utc("2026-12-15 14:30", ET),
      local="Tue 2026-12-15 14:00", local_end="2026-12-15 14:30", zone=ET,
      contact="corinne@riverbendanalytics.com", company="Riverbend Analytics",
      note="Workable cancellation: Tue 15 Dec 2:00-2:30 PM EST -> 19:00Z-19:30Z, new times to follow (none "
           "given); ICS METHOD:CANCEL; Reply-To is a Workable relay, contact = People Ops address in the body")
def c_workable_riverbend():
    body = t("""
        Hi Tyler,

        Unfortunately we need to cancel your interview for Data Engineer (Knoxville, hybrid):

        Phone screen with Corinne Abbott
        Tuesday, December 15, 2026, 2:00 PM - 2:30 PM EST

        Our hiring manager is out unexpectedly this week. We'll send you new time options as soon
        as we can - sorry for the inconvenience.

        Corinne Abbott
        People Operations, Riverbend Analytics
        corinne@riverbendanalytics.com

        --
        You can reply to this email directly. Powered by Workable.
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333">
        <p>Hi Tyler,</p>
        <p>Unfortunately we need to cancel your interview for <b>Data Engineer (Knoxville, hybrid)</b>:</p>
        <p style="background:#f4f6f8;padding:12px">Phone screen with Corinne Abbott<br>
        Tuesday, December 15, 2026, 2:00 PM - 2:30 PM EST</p>
        <p>Our hiring manager is out unexpectedly this week. We'll send you new time options as soon as we can - sorry for the inconvenience.</p>
        <p>Corinne Abbott<br>People Operations, Riverbend Analytics<br>
        <a href="mailto:corinne@riverbendanalytics.com">corinne@riverbendanalytics.com</a></p>
        <p style="font-size:12px;color:#999">You can reply to this email directly. Powered by Workable.</p>
        </body></html>
        """)
    ics = vcal("-//Workable//Workable Events//EN", "CANCEL", """
        BEGIN:VEVENT
        UID:workable-event-ab71c2e9@workable.com
        DTSTAMP:20261209T163012Z
        DTSTART:20261215T190000Z
        DTEND:20261215T193000Z
        SUMMARY:Phone screen: Tyler Brooks - Data Engineer
        SEQUENCE:1
        STATUS:CANCELLED
        END:VEVENT
        """)
    return message(head(
        addr("Riverbend Analytics", "noreply@candidates.workablemail.com"),
        "Interview cancelled: Data Engineer (Knoxville, hybrid)",
        "2026-12-09 11:30:12", ET, "<wk.e8f1c2a7.20261209163012@candidates.workablemail.com>",
        relay="from mail-a12.workablemail.com (mail-a12.workablemail.com [198.2.180.12])", ident="4RF5b2Nc6H",
        extra=(("Reply-To", "riverbend-analytics+c7a2f91e0d@candidates.workablemail.com"),)),
        mixed(alt(text(body), html(page)),
              calendar(ics, method="CANCEL", disposition="attachment", filename="invite.ics")))


# =========================================================================== negatives


@mail(n(24), family="application_ack", lang="en-US", interview=False, company="Prairie Ledger",
      note="SmartRecruiters application receipt; 'contact you to schedule an interview' is hypothetical, "
           "no time")
def n_smartrecruiters_ack():
    body = t("""
        Hi Tyler,

        Thank you for applying for the Software Engineer II, Ledger Core position at Prairie Ledger.
        We have received your application and our team is reviewing it.

        What happens next?
        If your background is a match, a member of our Talent team will reach out to schedule an
        interview. Because of the volume of applications we receive, this can take two to three
        weeks. You can check the status of your application any time in your candidate profile.

        Thanks again for your interest in Prairie Ledger.

        The Prairie Ledger Talent Team

        This message was sent to tyler.brooks@example.org by SmartRecruiters on behalf of Prairie
        Ledger. Please do not reply to this email.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;color:#333">
        <table width="600" align="center"><tr><td style="padding:24px">
        <p>Hi Tyler,</p>
        <p>Thank you for applying for the <b>Software Engineer II, Ledger Core</b> position at Prairie Ledger.
        We have received your application and our team is reviewing it.</p>
        <h3>What happens next?</h3>
        <p>If your background is a match, a member of our Talent team will reach out to schedule an interview.
        Because of the volume of applications we receive, this can take two to three weeks.</p>
        <p><a href="https://jobs.smartrecruiters.com/candidate/profile">View my application</a></p>
        <p>The Prairie Ledger Talent Team</p>
        <p style="font-size:11px;color:#999">Sent by SmartRecruiters on behalf of Prairie Ledger.</p>
        </td></tr></table></body></html>
        """)
    return message(head(
        addr("Prairie Ledger", "noreply@smartrecruiters.com"),
        "Thank you for applying to Prairie Ledger",
        "2026-09-29 10:44:18", CT, "<a91c33f0.4d2e.6b1f@smartrecruiters.com>",
        relay="from mail-out-22.smartrecruiters.com (mail-out-22.smartrecruiters.com [35.157.40.22])",
        ident="4QnC4d8Yb2"),
        alt(text(body), html(page)))


@mail(n(25), family="rejection", lang="en-US", interview=False, company="Cumberland Freightworks",
      days=(("Tue", "2026-09-15"),),
      note="Greenhouse rejection after the 15 Sept interview; the past interview date is mentioned, nothing "
           "scheduled")
def n_greenhouse_rejection():
    body = t("""
        Hi Tyler,

        Thank you for taking the time to meet with Gary and Monique on Tuesday, September 15. We
        enjoyed learning about your work on the lab's transport-simulation tooling.

        After a lot of discussion, we've decided to move forward with another candidate whose
        experience more closely matches what the team needs right now. This was a close call, and
        we'd be glad to keep in touch about future openings on the Optimization team.

        We wish you the very best in your search.

        Dana Whitfield
        Technical Recruiter | Cumberland Freightworks
        """)
    return message(head(
        addr("Dana Whitfield", "no-reply@us.greenhouse-mail.io"),
        "Update on your application - Cumberland Freightworks",
        "2026-10-02 14:05:51", ET, "<gh.58812093.rj@us.greenhouse-mail.io>",
        relay="from o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [167.89.14.22])", ident="4Qp2Hm3Kd7",
        extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@cumberlandfreight.com")),)),
        text(body, cte="7bit"))


@mail(n(26), family="offer", lang="en-US", interview=False, company="Lantern Geoscience",
      days=(("Fri", "2026-11-20"), ("Mon", "2027-01-04")),
      note="Offer letter mail with a PDF; a signing deadline and a start date, no interview")
def n_offer_lantern():
    body = t("""
        Hi Tyler,

        On behalf of everyone at Lantern Geoscience, I'm thrilled to extend you an offer for the
        Scientific Software Engineer position! Sasha and Ben were both really impressed by the
        deep dive, and the team is excited about what you'd bring to the reservoir-modeling work.

        Your offer letter is attached. Highlights:
          - Base salary: $158,000
          - Sign-on bonus: $10,000
          - Hybrid (Atlanta office Tue/Wed/Thu), relocation package included
          - Proposed start date: Monday, January 4, 2027

        Please review and sign through the DocuSign link by Friday, November 20 at 5:00 PM ET. If you
        have questions about benefits or relocation, I'm around all week - just reply or call me.

        Congratulations!
        Joelle

        Joelle Baptiste
        Recruiting Coordinator, Lantern Geoscience
        404-555-0118
        """)
    pdf = ("JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRvYmoKMiAw\n"
           "IG9iago8PC9UeXBlL1BhZ2VzL0tpZHNbXS9Db3VudCAwPj4KZW5kb2JqCnRyYWlsZXIKPDwvUm9vdCAxIDAg\n"
           "Uj4+CiUlRU9GCg==\n")
    attachment = raw_part([("Content-Type", 'application/pdf; name="Lantern_Offer_Tyler_Brooks.pdf"'),
                           ("Content-Disposition", 'attachment; filename="Lantern_Offer_Tyler_Brooks.pdf"'),
                           ("Content-Transfer-Encoding", "base64")], pdf)
    return message(head(
        addr("Joelle Baptiste", "joelle@lanterngeo.com"),
        "Your offer from Lantern Geoscience \U0001f389",
        "2026-11-10 13:12:40", ET, "<CAGq9vY3n0e+Lb1s8Q@mail.gmail.com>",
        relay="from mail-ej1-f44.google.com (mail-ej1-f44.google.com [209.85.218.44])", ident="4R4Nw5Ve2S"),
        mixed(alt(text(body), html(gmail_html(body))), attachment))


@mail(n(27), family="job_alert", lang="en-US", interview=False, company=None,
      note="Job-board alert; 'Actively interviewing' / 'Interviews this week' badges are not confirmations")
def n_job_alert():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;background:#f3f2ef">
        <table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">
        <h2 style="margin:0">12 new jobs for &quot;research software engineer&quot;</h2>
        <p style="color:#666">Knoxville, TN and 50 miles &middot; Remote</p>
        <hr>
        <p><b><a href="https://www.talentharbor.example/j/88120">Research Software Engineer II</a></b><br>
        Smoky Mountain State University &middot; Knoxville, TN<br>
        <span style="color:#057642">Actively interviewing</span> &middot; 3 days ago</p>
        <p><b><a href="https://www.talentharbor.example/j/88131">Senior Software Engineer, Grid Modernization</a></b><br>
        Cumberland Valley Power Authority &middot; Chattanooga, TN<br>
        <span style="color:#057642">Interviews this week</span> &middot; 1 day ago</p>
        <p><b><a href="https://www.talentharbor.example/j/88140">Scientific Computing Engineer (C++/Fortran)</a></b><br>
        Palisade Mission Systems &middot; Oak Ridge, TN<br>Easy Apply &middot; 5 days ago</p>
        <p><b><a href="https://www.talentharbor.example/j/88152">Data Engineer</a></b><br>
        Riverbend Analytics &middot; Knoxville, TN (Hybrid)<br>Be an early applicant</p>
        <p><a href="https://www.talentharbor.example/jobs/search?k=research+software+engineer">See all 12 jobs</a></p>
        <hr>
        <p style="font-size:11px;color:#999">You are receiving Job Alert emails. <a href="https://www.talentharbor.example/alerts/unsubscribe?id=551">Unsubscribe</a><br>
        TalentHarbor, 500 Market St, San Francisco, CA</p>
        </td></tr></table></body></html>
        """)
    return message(head(
        addr("TalentHarbor Job Alerts", "jobalerts-noreply@talentharbor.example"),
        "12 new jobs for \"research software engineer\" in Knoxville, TN",
        "2026-10-19 06:31:02", ET, "<alert.88120.551.20261019@talentharbor.example>",
        relay="from mta-17.talentharbor.example (mta-17.talentharbor.example [198.51.100.17])", ident="4Qz1Sg2Bn4",
        extra=(("List-Unsubscribe", "<https://www.talentharbor.example/alerts/unsubscribe?id=551>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
               ("Precedence", "bulk"))),
        html(page))


@mail(n(28), family="newsletter_blog", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Newsletter blog post about a lab panel interview ('my panel was Tuesday at 9') plus a live Q&A "
           "time; nothing about the reader's own interview")
def n_substack_blog():
    body = t("""
        THE RSE LEDGER
        Notes on research software careers

        How I survived a six-person panel interview at a national lab
        ------------------------------------------------------------

        My panel was on a Tuesday at 9 AM, which meant I drove up the night before and barely slept.
        Here is what I wish someone had told me:

        1. The seminar is the interview. Fifteen minutes on one project, told as a story, beats
           forty slides of everything you've ever touched.
        2. Ask the group manager what "research software engineer" means on their team. The
           answers range from "we write the solver" to "we keep the solver building".
        3. Bring your own questions about code review, testing and who owns releases. Labs vary.
        4. Follow up within a day. Short and specific.

        Live Q&A: I'll be answering questions about lab interviews on Thursday, October 22 at 7 PM ET
        for paid subscribers. Link in the app.

        Thanks for reading The RSE Ledger! Subscribe for free to receive new posts.

        Unsubscribe https://rseledger.substack.com/action/disable_email
        """)
    return message(head(
        addr("The RSE Ledger", "rseledger@substack.com"),
        "How I survived a six-person panel interview at a national lab",
        "2026-10-20 07:00:12", ET, "<20261020110012.3.a2c8e9f4b0@substack.com>",
        relay="from mail.substack.com (mail.substack.com [192.0.2.41])", ident="4Qz6Rk1Wm8",
        extra=(("List-Id", "<rseledger.substack.com>"),
               ("List-Unsubscribe", "<https://rseledger.substack.com/action/disable_email>"),
               ("Precedence", "bulk"))),
        text(body))


@mail(n(29), family="scheduling_link", lang="en-US", interview=False, company="Brightline Transit Data",
      note="Greenhouse availability request for an onsite: candidate is asked to submit availability, no time "
           "fixed yet")
def n_greenhouse_availability():
    body = t("""
        Hi Tyler,

        Great news - the team would like to bring you in for an onsite interview for Senior Software
        Engineer, Real-Time Data! The onsite is about three hours and can be in our Atlanta office
        or over Zoom.

        Please let us know your availability over the next two weeks using the link below. Once we
        have it, I'll line up the panel and send a calendar invitation.

        Submit your availability:
        https://app.greenhouse.io/availability/0c2f1a88-brightline

        Thanks!
        Kendra Oyelaran
        Talent Partner, Brightline Transit Data
        """)
    return message(head(
        addr("Kendra Oyelaran", "no-reply@us.greenhouse-mail.io"),
        "Next steps: please share your availability - Brightline Transit Data",
        "2026-10-28 11:41:07", ET, "<gh.61230877.av@us.greenhouse-mail.io>",
        relay="from o7.us.greenhouse-mail.io (o7.us.greenhouse-mail.io [167.89.14.17])", ident="4R0Ab9Kx3J",
        extra=(("Reply-To", addr("Kendra Oyelaran", "kendra.oyelaran@brightlinetransit.com")),)),
        alt(text(body), html(gmail_html(body))))


@mail(n(30), family="proposed_times", lang="en-US", interview=False, company="Ironclad Systems Integration",
      days=(("Tue", "2026-11-24"), ("Wed", "2026-11-25")),
      note="Recruiter proposes 'Would Tuesday at 10 work? ... Wednesday at 2 ET' and waits for an answer: not "
           "confirmed")
def n_proposed_ironclad():
    body = t("""
        Hi Tyler,

        Thanks for sending over your resume - our chief engineer, Dwayne Fisher, would like to talk
        with you about the Modeling & Simulation Software Engineer role.

        Would Tuesday (11/24) at 10 AM Eastern work for a 45-minute video call? If not, he also has
        Wednesday (11/25) at 2 PM ET open. Let me know which you prefer and I'll send the invite.

        Heads-up that the position requires an active Secret clearance or the ability to obtain one.

        Thanks,
        Carla Jennings
        Recruiter, Ironclad Systems Integration
        Dayton, OH | 937-555-0150
        """)
    return message(head(
        addr("Carla Jennings", "cjennings@ironclad-si.com"),
        "Modeling & Simulation SWE - time to talk?",
        "2026-11-19 15:28:44", ET, "<BY5PR14MB3920D88E1A0F@BY5PR14MB3920.namprd14.prod.outlook.com>",
        relay="from NAM04-BY5-obe.outbound.protection.outlook.com (mail-by5nam04on2050.outbound.protection.outlook.com [40.107.212.50])",
        ident="4R8Ek6Ft2W"),
        text(body, charset="windows-1252"))


@mail(n(31), family="recruiter_outreach", lang="en-US", interview=False, company="Keystone Talent Partners",
      note="Agency cold outreach, asks for a quick call 'this week', nothing fixed")
def n_outreach_keystone():
    body = t("""
        Hi Tyler,

        I came across your profile and your work on reactor-simulation tooling really stood out. I'm
        partnering with a Fortune 500 energy company on a fully remote Senior Python Engineer role
        (scientific computing, $150-175k + bonus). They're moving fast and interviewing this month.

        Are you free for a quick 15-minute call this week? Grab any time that works here:
        https://calendly.com/keystone-mhart/15min

        Best,
        Matt Hart
        Senior Recruiter | Keystone Talent Partners
        Pittsburgh, PA

        If you're not interested, reply "no thanks" and I won't reach out again.
        """)
    return message(head(
        addr("Matt Hart", "mhart@keystonetalent.com"),
        "Remote Senior Python Engineer (energy) - quick chat?",
        "2026-09-09 10:02:19", ET, "<0101019250aa.keystone.outreach.7781@email.gem.com>",
        relay="from mail-out.gem.com (mail-out.gem.com [198.2.132.8])", ident="4QjQ9s0Ft6"),
        alt(text(body), html(gmail_html(body))))


@mail(n(32), family="job_centre", lang="en-US", interview=False, company=None,
      days=(("Mon", "2026-11-09"),),
      note="Workforce-centre career-services appointment (resume review) at a fixed time; not a job interview")
def n_workforce_center():
    body = t("""
        KNOX AREA WORKFORCE CENTER
        Career Services Appointment Confirmation

        Tyler Brooks,

        Your appointment has been scheduled.

        Service:   Career Advising - Resume Review and Job Search Plan
        Date:      Monday, November 9, 2026
        Time:      9:30 AM
        Advisor:   Career Advisor (assigned at check-in)
        Location:  Knox Area Workforce Center, 5800 Central Ave Pike, Suite 140, Knoxville, TN 37912

        Please bring:
          * a printed copy of your resume
          * a list of positions you have applied for
          * photo ID

        If you need to cancel or reschedule, please call (865) 555-0100 at least 24 hours in advance.
        Appointments missed without notice may delay future services.

        This is an automated message from the appointment system. Replies are not monitored.
        """)
    return message(head(
        addr("Knox Area Workforce Center", "appointments-noreply@knoxareaworkforce.org"),
        "Appointment Confirmation - Career Services - 11/09/2026",
        "2026-11-02 13:15:00", ET, "<appt.440219.20261102181500@knoxareaworkforce.org>",
        relay="from smtp.knoxareaworkforce.org (smtp.knoxareaworkforce.org [198.51.100.88])", ident="4R2Tm0Qa5D"),
        text(body, cte="7bit"))


@mail(n(33), family="press_interview", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-09-10"),),
      note="A reporter confirms an interview with Tyler about the lab's open-source code (Thursday at 3 pm): a "
           "fixed time, but a press interview, not a job interview")
def n_reporter():
    body = t("""
        Hi Tyler,

        Thanks for agreeing to talk! Confirming our interview for Thursday, Sept. 10, at 3 p.m. at
        the lab's visitor center - Ginny Royce from your communications office will sit in, as she
        mentioned. It should take about 30 minutes, and a photographer may stop by for a quick
        portrait if that's OK.

        I'm mostly interested in how a small team ended up maintaining code that utilities and
        universities around the world rely on, and what happens when the grant money runs out.

        See you Thursday,
        Aaron Vick
        Science & Technology Reporter
        The Knox Current
        (865) 555-0108
        """)
    return message(head(
        addr("Aaron Vick", "avick@knoxcurrent.news"),
        "Confirming Thursday interview - open-source story",
        "2026-09-08 11:26:45", ET, "<e1b2c3d4-knoxcurrent-0908@knoxcurrent.news>",
        relay="from mail-io1-f47.google.com (mail-io1-f47.google.com [209.85.166.47])", ident="4QhZ3f7Ml1",
        extra=(("Cc", addr("Ginny Royce", "roycegm@crnl.gov")),)),
        text(body, cte="8bit"))


@mail(n(34), family="podcast", lang="en-US", interview=False, company=None,
      note="Podcast guest recording confirmed with an ICS (Wed 14 Oct 12:00 ET); Tyler is the guest, not a job "
           "candidate")
def n_podcast():
    body = t("""
        Hi Tyler,

        You're booked! Thanks for coming on Research Code Radio.

        Recording: Wednesday, October 14, 2026, 12:00 PM - 1:00 PM Eastern
        Where: Riverside.fm studio link - https://riverside.fm/studio/research-code-radio
        Topic: "Keeping 30-year-old Fortran alive" - your interview with host Priya Nandakumar

        Tips: wired headphones, a quiet room, and please close Slack. We'll send the episode for
        review before it goes live.

        Research Code Radio
        """)
    ics = vcal("-//SavvyCal//SavvyCal//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:savvycal-rcr-tbrooks-1014
        DTSTAMP:20261007T182201Z
        DTSTART;TZID=America/New_York:20261014T120000
        DTEND;TZID=America/New_York:20261014T130000
        SUMMARY:Research Code Radio - podcast recording with Tyler Brooks
        LOCATION:https://riverside.fm/studio/research-code-radio
        ORGANIZER;CN=Priya Nandakumar:mailto:priya@researchcoderadio.fm
        ATTENDEE;CN=Tyler Brooks;RSVP=TRUE:mailto:tyler.brooks@example.org
        STATUS:CONFIRMED
        END:VEVENT
        """, tz=ET)
    return message(head(
        addr("Research Code Radio", "bookings@savvycal.com"),
        "Confirmed: Research Code Radio podcast interview",
        "2026-10-07 14:22:01", ET, "<rcr.1014.tbrooks@savvycal.com>",
        relay="from smtp.savvycal.com (smtp.savvycal.com [203.0.113.61])", ident="4Qr4Ua1Gd9",
        extra=(("Reply-To", addr("Priya Nandakumar", "priya@researchcoderadio.fm")),)),
        mixed(text(body), calendar(ics, disposition="attachment", filename="recording.ics")))


@mail(n(35), family="admission_interview", lang="en-US", interview=False, company=None,
      days=(("Fri", "2026-11-06"),),
      note="Graduate admission interview for an online M.S. program, fixed time: an admission interview, not a "
           "job interview")
def n_admission():
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#222">
        <p>Dear Tyler,</p>
        <p>Thank you for your application to the <b>Online M.S. in Computational Science &amp; Engineering</b>
        at Appalachian Polytechnic University. The admissions committee would like to meet with you, and
        your <b>admission interview</b> has been confirmed:</p>
        <p>Friday, November 6, 2026<br>3:00 PM Eastern Time<br>Zoom (link below) &mdash; approximately 20 minutes</p>
        <p><a href="https://appalachianpoly.zoom.us/j/81220394471">Join the interview</a></p>
        <p>The interview is conversational: your goals for the program, your research background and how you
        plan to balance coursework with full-time work.</p>
        <p>Sincerely,<br>Office of Graduate Admissions<br>Appalachian Polytechnic University</p>
        </body></html>
        """)
    return message(head(
        addr("APU Graduate Admissions", "gradadmissions@appalachianpoly.edu"),
        "Your admission interview - Online M.S. Computational Science & Engineering",
        "2026-10-30 09:48:20", ET, "<slate.7731902.20261030@appalachianpoly.edu>",
        relay="from mta2.technolutions.net (mta2.technolutions.net [192.0.2.118])", ident="4R0Ff2Cb6V"),
        html(page, cte="base64"))


@mail(n(36), family="sports_tryout", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-09-19"),),
      note="Adult soccer club try-out confirmed for Saturday 9 AM; terse coach mail; not a job interview")
def n_tryout():
    body = t("""
        tryouts confirmed for sat 9/19, 9am sharp, sequoyah park field 3. bring shin guards + both
        jerseys. $20 cash for the field fee. if you cant make it text me

        - Coach Ray
        Knox Ridge FC (O-30)
        """)
    return message(head(
        addr("Ray Dulaney", "ray.dulaney@gmail.com"),
        "Re: O-30 tryouts",
        "2026-09-14 21:17:36", ET, "<CANs0Rd8kPq3+Wz@mail.gmail.com>",
        relay="from mail-lj1-f178.google.com (mail-lj1-f178.google.com [209.85.208.178])", ident="4QkV8n2Dj1",
        extra=(("In-Reply-To", "<CAHt7Lq5z1+tbrooks.0914b@mail.example.org>"),)),
        text(body, cte="7bit"))


@mail(n(37), family="car_service", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="Dealer service appointment with an ICS (Wed 14 Oct 7:30 AM); fixed time, not an interview")
def n_car_service():
    page = t("""
        <html><body style="font-family:Arial,sans-serif">
        <table width="600" align="center"><tr><td style="background:#0c2340;color:#fff;padding:16px">
        <b>SMOKY MOUNTAIN SUBARU</b> &middot; Service Department</td></tr>
        <tr><td style="padding:16px">
        <p>Hi Tyler,</p>
        <p>Your service appointment is confirmed.</p>
        <p><b>Wednesday, October 14, 2026 at 7:30 AM</b><br>
        2019 Subaru Outback &middot; 60,000-mile service, tire rotation<br>
        Service Advisor: Jamie Tolliver</p>
        <p>Complimentary shuttle available within 10 miles. Estimated wait: 2.5 hours.</p>
        <p>8806 Kingston Pike, Knoxville, TN 37923 &middot; (865) 555-0177</p>
        <p style="font-size:11px;color:#888">Reply STOP to opt out of service reminders.</p>
        </td></tr></table></body></html>
        """)
    ics = vcal("-//Xtime//Service Scheduler//EN", "PUBLISH", """
        BEGIN:VEVENT
        UID:xtime-88231907@smokymtnsubaru.com
        DTSTAMP:20261009T141001Z
        DTSTART;TZID=America/New_York:20261014T073000
        DTEND;TZID=America/New_York:20261014T100000
        SUMMARY:Service appointment - Smoky Mountain Subaru
        LOCATION:8806 Kingston Pike\\, Knoxville\\, TN 37923
        END:VEVENT
        """, tz=ET)
    return message(head(
        addr("Smoky Mountain Subaru Service", "service-noreply@xtime.com"),
        "Service Appointment Confirmed - Wed, Oct 14 at 7:30 AM",
        "2026-10-09 10:10:01", ET, "<xt.88231907.confirm@xtime.com>",
        relay="from mail.xtime.com (mail.xtime.com [198.51.100.140])", ident="4QsJ1q5Vp8"),
        mixed(html(page), calendar(ics, method="PUBLISH", disposition="attachment", filename="appointment.ics")))


@mail(n(38), family="microsoft_bookings", lang="en-US", interview=False, company=None,
      note="Microsoft Bookings confirmation for a credit-union financial-advisor meeting (401k rollover), Thu 12 "
           "Nov 4:30 PM ET; fixed time, not an interview")
def n_bookings_bank():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="max-width:560px">
        <p style="font-size:20px">Your booking is confirmed</p>
        <p>Hello Tyler Brooks,</p>
        <p>Thank you for booking with Holston River Credit Union.</p>
        <table cellpadding="4">
        <tr><td style="color:#605e5c">Service</td><td>Financial Advisor Consultation - Retirement Rollover</td></tr>
        <tr><td style="color:#605e5c">Date and time</td><td>Thursday, November 12, 2026 4:30 PM - 5:15 PM (UTC-05:00) Eastern Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Darnell Whitt, CFP&reg;</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>Bearden Branch, 5210 Kingston Pike, Knoxville</td></tr>
        </table>
        <p>Please bring your most recent retirement plan statement.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/HRCUAdvisors@holstonrivercu.org/bookings/">Manage booking</a></p>
        </div></body></html>
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", """
        BEGIN:VEVENT
        ORGANIZER;CN=Holston River Credit Union:mailto:HRCUAdvisors@holstonrivercu.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tyler Brooks:mailto:tyler.brooks@example.org
        UID:040000008200E00074C5B7101A82E0080000000044D6B9C16F5ADD01000000000000000010000000
        SUMMARY;LANGUAGE=en-US:Financial Advisor Consultation - Retirement Rollover
        DTSTART;TZID=Eastern Standard Time:20261112T163000
        DTEND;TZID=Eastern Standard Time:20261112T171500
        DTSTAMP:20261105T201500Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Bearden Branch\\, 5210 Kingston Pike\\, Knoxville
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        """, tz="Eastern Standard Time")
    return message(head(
        addr("Holston River Credit Union", "HRCUAdvisors@holstonrivercu.org"),
        "Your booking with Holston River Credit Union is confirmed",
        "2026-11-05 15:15:00", ET, "<PH0PR11MB5112A0C8E3D14F27B9@PH0PR11MB5112.namprd11.prod.outlook.com>",
        relay="from NAM10-BN7-obe.outbound.protection.outlook.com (mail-bn7nam10on2093.outbound.protection.outlook.com [40.107.92.93])",
        ident="4R3Ca8Ze1T"),
        mixed(html(page), calendar(ics, disposition="attachment", filename="invite.ics", cte="base64")))


@mail(n(39), family="mock_interview", lang="en-US", interview=False, company=None,
      note="Career coach's Calendly booking for a mock interview session (Mon 12 Oct 6:00 PM EDT): confirmed "
           "time, but practice, not a job interview")
def n_mock_interview():
    body = t("""
        Hi Tyler Brooks,

        A new event has been scheduled.

        Event Type:
        Mock Interview - Technical + Behavioral (60 min)

        Invitee:
        Tyler Brooks

        Event Date/Time:
        6:00pm - 7:00pm (Eastern Time - US & Canada) on Monday, October 12, 2026

        Location:
        Zoom - details to follow

        Questions:
        What roles are you preparing for?
        Senior RSE / scientific software roles; panel at a lab and a startup onsite coming up.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/summitpath-71ac
        Reschedule: https://calendly.com/reschedulings/summitpath-71ac

        Powered by Calendly.com
        """)
    return message(head(
        addr("Calendly", "notifications@calendly.com"),
        "Confirmed: Mock Interview - Technical + Behavioral (60 min) with Renee Calloway",
        "2026-10-06 20:14:33", ET, "<20261007001433.1.71AC0B2E@calendly.com>",
        relay="from o7.email.calendly.com (o7.email.calendly.com [167.89.100.7])", ident="4Qr0Ej4Hn2",
        extra=(("Reply-To", addr("Renee Calloway", "renee@summitpathcoaching.com")),)),
        text(body))


@mail(n(40), family="forwarded_other", lang="en-US", interview=False, company=None,
      note="Tyler's wife forwards her own Greenhouse interview confirmation (Thu 19 Nov 10:00 EST) as an "
           "attachment, asking him to do school drop-off: someone else's interview, not Tyler's")
def n_forward_spouse():
    inner_body = t("""
        Hi Jess,

        Your interview is confirmed:

        Thursday, November 19, 2026
        10:00 AM - 11:30 AM EST
        Maple & Vine Health, 1400 Cumberland Ave, Knoxville, TN

        You'll meet with Dr. Alana Ruiz (Director of Nursing Informatics) and Pete Strand.

        Best,
        Olivia Marsh
        Recruiter, Maple & Vine Health
        """)
    inner = message([
        ("From", addr("Olivia Marsh", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Olivia Marsh", "olivia.marsh@maplevinehealth.org")),
        ("To", addr("Jess Brooks", "jess.brooks@example.net")),
        ("Subject", "Interview Confirmation: Clinical Informatics Analyst"),
        ("Date", date("2026-11-13 09:02:11", ET)),
        ("Message-ID", "<gh.77120455.c1@us.greenhouse-mail.io>"),
    ], text(inner_body))
    body = t("""
        babe - FYI mine is Thursday at 10 (below). can you do drop-off that morning? I'll grab them
        at pickup. love you

        J
        """)
    return message(head(
        addr("Jess Brooks", "jess.brooks@example.net"),
        "Fwd: Interview Confirmation: Clinical Informatics Analyst",
        "2026-11-13 12:40:55", ET, "<D7A1F0C2-8E4B-4C0A-9B77-3F1E2D6A5C90@example.net>",
        relay="from mail.example.net (mail.example.net [192.0.2.25])", ident="4R6Jk4Lr8Z"),
        mixed(text(body, cte="7bit"), attached_message(inner, filename="Interview Confirmation.eml")))


@mail(n(41), family="interviewer_duty", lang="en-US", interview=False, company=None,
      note="Exchange request from Tyler's current employer asking him to sit on a panel interviewing a "
           "candidate (Tue 8 Dec 10:00 ET): he is the interviewer, not the candidate")
def n_panelist():
    body = t("""
        When: Tuesday, December 8, 2026 10:00 AM-11:30 AM (UTC-05:00) Eastern Time (US & Canada).
        Where: Bldg 5700, Conf Rm G-205 / Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Panel members,

        Thank you for agreeing to serve on the interview panel for Req 14422, Research Software
        Engineer II (Nuclear Data). The candidate is J. Okafor. The candidate's CV and the
        structured question set are on the hiring SharePoint; please complete the evaluation form
        within 24 hours of the interview.

        Regards,
        Melissa Crowder
        HR Business Partner, Computing & Computational Sciences
        Copper Ridge National Laboratory
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", """
        BEGIN:VEVENT
        ORGANIZER;CN="Crowder, Melissa":mailto:crowderm@crnl.gov
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brooks, Tyler":mailto:tyler.brooks@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Haskins, Lee":mailto:haskinsl@crnl.gov
        UID:040000008200E00074C5B7101A82E00800000000A8F1D2C49E5DDD01000000000000000010000000
        SUMMARY;LANGUAGE=en-US:Interview Panel - RSE II (Nuclear Data) - Candidate J. Okafor
        DTSTART;TZID=Eastern Standard Time:20261208T100000
        DTEND;TZID=Eastern Standard Time:20261208T113000
        DTSTAMP:20261130T143312Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Bldg 5700\\, Conf Rm G-205 / Microsoft Teams Meeting
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        """, tz="Eastern Standard Time")
    return message(head(
        addr("Crowder, Melissa", "crowderm@crnl.gov"),
        "Interview Panel - RSE II (Nuclear Data) - Candidate J. Okafor",
        "2026-11-30 09:33:12", ET, "<CH0PR09MB7712F1A3B9E0C4D2@CH0PR09MB7712.namprd09.prod.outlook.com>",
        relay="from GCC02-CH0-obe.outbound.protection.office365.us (mail-ch0gcc02on2077.outbound.protection.office365.us [23.103.208.77])",
        ident="4RB1q7Mt4E",
        to=addr("Brooks, Tyler", ME),
        extra=(("Cc", addr("Haskins, Lee", "haskinsl@crnl.gov")),
               ("Thread-Topic", "Interview Panel - RSE II (Nuclear Data) - Candidate J. Okafor"),
               ("Content-Language", "en-US"))),
        alt(text(body), calendar(ics)))


@mail(n(42), family="team_event", lang="en-US", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Group holiday lunch at the current job, Fri 12/11 11:30; fixed time, not an interview")
def n_team_lunch():
    body = t("""
        Hi all,

        Holiday lunch is on! Friday 12/11 at 11:30, Calhoun's on the River (back room, under
        "Nuclear Data group"). The group is covering entrees; drinks are on you. Carpools leave
        from the 5700 lot at 11:05.

        Also: sprint review that afternoon moves to Monday 12/14 same time, and the 9:15 stand-up
        is cancelled on 12/11. Please put your time in before you leave for the break.

        - Lee

        Lee Haskins
        Group Leader, Nuclear Data & Simulation Software
        Copper Ridge National Laboratory
        """)
    return message(head(
        addr("Haskins, Lee", "haskinsl@crnl.gov"),
        "Group holiday lunch 12/11 + schedule notes",
        "2026-12-02 08:05:40", ET, "<CH0PR09MB7712A0B1C2D3E4F5@CH0PR09MB7712.namprd09.prod.outlook.com>",
        relay="from GCC02-CH0-obe.outbound.protection.office365.us (mail-ch0gcc02on2081.outbound.protection.office365.us [23.103.208.81])",
        ident="4RC0s3Nd7U",
        to="nds-group@crnl.gov",
        extra=(("Cc", addr("Brooks, Tyler", ME)),)),
        text(body))


@mail(n(43), family="jury_summons", lang="en-US", interview=False, company=None,
      days=(("Mon", "2026-11-16"),),
      note="Jury-duty summons reminder with a fixed reporting date and time; not an interview")
def n_jury():
    body = t("""
        KNOX COUNTY JURY SERVICE - REMINDER

        Juror: TYLER J BROOKS          Juror ID: 2026-118394
        Pool:  Circuit Court, Division II

        You are summoned to report for jury service on:

            MONDAY, NOVEMBER 16, 2026 at 8:00 AM
            City County Building, Jury Assembly Room (Main Floor)
            400 Main Street, Knoxville, TN 37902

        Please call the juror line (865) 555-0199 after 5:00 PM on Friday, November 13 to confirm
        that your group is still required to report. Bring this notice and a photo ID. Employers
        may not penalize employees for jury service (T.C.A. 22-4-106).

        Failure to appear may result in a fine.

        Knox County Jury Coordinator
        This mailbox is not monitored.
        """)
    return message(head(
        addr("Knox County Jury Service", "jury-noreply@knoxcourts.org"),
        "Jury Service Reminder - Report 11/16/2026",
        "2026-11-06 06:00:00", ET, "<juror.2026118394.rem1@knoxcourts.org>",
        relay="from relay.knoxcourts.org (relay.knoxcourts.org [198.51.100.230])", ident="4R3Lw2Pk9Q"),
        text(body, cte="7bit"))


@mail(n(44), family="auto_reply", lang="en-US", interview=False, company="Brightline Transit Data",
      days=(("Mon", "2026-11-16"),),
      note="Out-of-office auto-reply from the Brightline recruiter to Tyler's reply about the rescheduled "
           "interview; quotes the subject only, confirms nothing")
def n_ooo():
    body = t("""
        Thank you for your email. I'm out of the office Wednesday, November 11 through Friday,
        November 13 with limited access to email, and will respond when I return on Monday,
        November 16.

        For anything related to interview scheduling, please contact our Talent team at
        talent@brightlinetransit.com.

        Kendra Oyelaran
        Talent Partner, Brightline Transit Data
        """)
    return message(head(
        addr("Kendra Oyelaran", "kendra.oyelaran@brightlinetransit.com"),
        "Automatic reply: Re: Updated Interview Time: Senior Software Engineer, Real-Time Data",
        "2026-11-11 07:52:19", ET, "<MW4PR14MB6601F0E1D2C3B4A5@MW4PR14MB6601.namprd14.prod.outlook.com>",
        relay="from NAM12-MW4-obe.outbound.protection.outlook.com (mail-mw4nam12on2112.outbound.protection.outlook.com [40.107.244.112])",
        ident="4R5Ab1Cd2E",
        extra=(("Auto-Submitted", "auto-replied"),
               ("X-Auto-Response-Suppress", "All"),
               ("In-Reply-To", "<CAHt7Lq9x+tbrooks.1111@mail.example.org>"))),
        text(body))


@mail(n(45), family="bounce", lang="en-US", interview=False, company=None,
      note="Delivery-status notification: Tyler's own thank-you/confirmation reply to a mistyped address "
           "bounced; the returned message mentions 'our interview on Tuesday, November 3 at 1:30 PM EST' but "
           "this mail is a bounce")
def n_bounce():
    returned = message([
        ("From", TYLER),
        ("To", "r.solberg@sbnl.gov"),
        ("Subject", "Re: Interview Confirmation - Req 26-0873 Computational Scientist"),
        ("Date", date("2026-10-29 19:40:02", ET)),
        ("Message-ID", "<CAHt7Lq7w+tbrooks.1029@mail.example.org>"),
    ], text(t("""
        Dr. Solberg,

        Thank you for the confirmation - I look forward to our interview on Tuesday, November 3 at
        1:30 PM EST. I'll send the Webex test beforehand.

        Best regards,
        Tyler Brooks
        """), cte="7bit"))
    notice = t("""
        This is the mail system at host mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

                           The mail system

        <r.solberg@sbnl.gov>: host mx1.sbnl.gov[192.0.2.200] said: 550 5.1.1
            <r.solberg@sbnl.gov>: Recipient address rejected: User unknown in
            local recipient table (in reply to RCPT TO command)
        """)
    status = raw_part([("Content-Description", "Delivery report"),
                       ("Content-Type", "message/delivery-status")], t("""
        Reporting-MTA: dns; mail.example.org
        X-Postfix-Queue-ID: 4R0Zq8Hb1M
        Arrival-Date: Thu, 29 Oct 2026 23:40:03 +0000 (UTC)

        Final-Recipient: rfc822; r.solberg@sbnl.gov
        Original-Recipient: rfc822;r.solberg@sbnl.gov
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx1.sbnl.gov
        Diagnostic-Code: smtp; 550 5.1.1 <r.solberg@sbnl.gov>: Recipient address
            rejected: User unknown in local recipient table
        """))
    notice_part = text(notice, charset="us-ascii", cte="7bit",
                       extra=(("Content-Description", "Notification"),))
    report = mixed(notice_part, status, attached_message(returned))
    report.headers = [("Content-Type", report.headers[0][1].replace("multipart/mixed", "multipart/report")
                       + "; report-type=delivery-status")]
    return message(head(
        addr("Mail Delivery System", "MAILER-DAEMON@mail.example.org"),
        "Undelivered Mail Returned to Sender",
        "2026-10-29 19:40:05", ET, "<20261029234005.7C1D2E3F40@mail.example.org>",
        relay="from mail.example.org (mail.example.org [192.0.2.10])", ident="4R0Zq9Jc2N",
        extra=(("Auto-Submitted", "auto-replied"),)),
        report)


@mail(n(46), family="mailing_list", lang="en-US", interview=False, company=None,
      note="Community mailing-list thread about lab interview loops; another member mentions 'my onsite is "
           "Thursday at 9'; not Tyler's interview")
def n_mailing_list():
    body = t("""
        On Tue, Nov 24, 2026 at 8:14 PM Dana Kerr wrote:
        > Has anyone here done the full-day loop at one of the southeastern labs recently? What did
        > the seminar part look like?

        I did one in October. 45-minute talk, then five 30-minute one-on-ones and lunch with two
        postdocs. Nobody asked me to whiteboard; they asked a lot about testing numerical code and
        how I'd handle a PI who wants features over fixes. My advice: have one slide on your
        release process, they loved that.

        Good luck - my own onsite (different place) is Thursday at 9, so wish me luck too.

        -- Marco

        _______________________________________________
        rse-southeast mailing list
        rse-southeast@lists.researchsoftware.example
        https://lists.researchsoftware.example/mailman/listinfo/rse-southeast
        """)
    return message(head(
        addr("Marco Bellini via rse-southeast", "rse-southeast@lists.researchsoftware.example"),
        "Re: [rse-southeast] Interview loops at the labs - what to expect?",
        "2026-11-25 09:03:27", ET, "<CAM4b3ll1n1+loops@mail.gmail.com>",
        relay="from lists.researchsoftware.example (lists.researchsoftware.example [203.0.113.90])",
        ident="4RA1d5Ge3F",
        to="rse-southeast@lists.researchsoftware.example",
        extra=(("Reply-To", "rse-southeast@lists.researchsoftware.example"),
               ("List-Id", "Research software engineers in the Southeast <rse-southeast.lists.researchsoftware.example>"),
               ("List-Post", "<mailto:rse-southeast@lists.researchsoftware.example>"),
               ("List-Unsubscribe", "<https://lists.researchsoftware.example/mailman/options/rse-southeast>"),
               ("Precedence", "list"),
               ("In-Reply-To", "<CAK0rr+dk1@mail.gmail.com>"))),
        text(body, charset="us-ascii", cte="7bit"))


@mail(n(47), family="meetup", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="Meetup RSVP for a 'Mock Interview Night' (Wed 21 Oct 6:30 PM); an event, not a job interview")
def n_meetup():
    body = t("""
        You're going!

        PyKnox - Python Knoxville
        Mock Interview Night: practice technical interviews with local engineers

        Wednesday, October 21, 2026
        6:30 PM to 8:30 PM EDT

        Knoxville Entrepreneur Center
        17 Market Square #201, Knoxville, TN

        Pair up with a volunteer interviewer for two 25-minute practice rounds and get feedback.
        Pizza provided by our sponsors.

        Can't make it? Update your RSVP so someone on the waitlist can take your spot:
        https://www.meetup.com/pyknox/events/301882741/

        Meetup, PO Box 4668 #37895, New York, NY 10163
        """)
    return message(head(
        addr("Meetup", "info@meetup.com"),
        "You're going to Mock Interview Night: practice technical interviews with local engineers",
        "2026-10-15 19:22:03", ET, "<0.1.301882741.tbrooks.rsvp@meetup.com>",
        relay="from mail164-12.suw21.mandrillapp.com (mail164-12.suw21.mandrillapp.com [198.2.164.12])",
        ident="4Qu3Vb6Ns0",
        extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"),)),
        alt(text(body), html(gmail_html(body))))


@mail(n(48), family="user_research", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-12-08"),),
      note="Paid user-research study ('your user interview is confirmed', Tue 8 Dec 1:00 PM ET, $100): a "
           "research session, not a job interview")
def n_user_research():
    body = t("""
        Hi Tyler,

        Your user interview is confirmed!

        Study:   Developer tools for scientific computing (60 min, remote)
        When:    Tuesday, December 8, 2026 at 1:00 PM Eastern
        Where:   Zoom - link will be sent by the researcher 1 hour before
        Incentive: $100 e-gift card, sent within 3 business days of the session

        The researcher will ask you to share your screen and walk through how you build and test
        code on an HPC cluster. There are no right or wrong answers.

        Need to cancel? Please do so at least 24 hours in advance from your StudyLoop dashboard.

        Thanks for participating,
        The StudyLoop team
        """)
    return message(head(
        addr("StudyLoop", "sessions@studyloop.example"),
        "Confirmed: your user interview on Tue, Dec 8",
        "2026-12-03 12:01:44", ET, "<sl.session.55190.confirm@studyloop.example>",
        relay="from smtp-out.studyloop.example (smtp-out.studyloop.example [203.0.113.150])", ident="4RC6u0Kf1R"),
        alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(n(49), family="customer_reference", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Vendor asks Tyler (via his employer) to take a customer-reference call, Thu 3 Dec 2:00 PM ET; "
           "fixed time, not a job interview")
def n_reference_call():
    body = t("""
        Hi Tyler,

        Thanks again for agreeing to be a reference for us - Ken in your procurement office gave us
        the OK. Confirming the customer reference call:

        Thursday, December 3 at 2:00 PM ET (30 minutes)
        With: Dr. Helen Moretti and Sam Ochoa, Research Computing, Ohio Valley University
        Dial-in: https://tesserahpc.zoom.us/j/92011873364

        They're mostly curious about how our scheduler plugin behaved during your cluster upgrade
        and what support was like. Nothing to prepare. I'll join for the first two minutes to make
        introductions and then drop off.

        Much appreciated,
        Kristen Vail
        Customer Success Manager, Tessera HPC
        """)
    return message(head(
        addr("Kristen Vail", "kvail@tesserahpc.com"),
        "Customer reference call - Thu 12/3, 2 PM ET",
        "2026-11-30 16:48:21", ET, "<CAF1kv7+ref.0317@mail.gmail.com>",
        relay="from mail-wr1-f50.google.com (mail-wr1-f50.google.com [209.85.221.50])", ident="4RB2r8Ns5F"),
        alt(text(body), html(gmail_html(body))))


@mail(n(50), family="rejection", lang="en-US", interview=False, company="Brenner Kerntechnik",
      note="softgarden rejection (windows-1252, QP) from a German firm's Chattanooga subsidiary; no interview")
def n_softgarden_rejection():
    body = t("""
        Dear Mr. Brooks,

        thank you for your interest in Brenner Kerntechnik Inc. and for your application as
        \u201cSimulation Software Developer (m/f/d)\u201d in Chattanooga.

        We have now reviewed all applications carefully. Unfortunately, we have decided not to
        invite you to an interview at this time; other candidates\u2019 profiles matched the
        requirements of this position more closely.

        With your consent we will keep your documents in our talent pool for six months and
        contact you if a suitable position opens.

        We wish you all the best for your future career.

        Kind regards
        HR Team \u2013 Brenner Kerntechnik Inc.
        1200 Riverfront Pkwy, Chattanooga, TN 37402

        This message was generated with softgarden.
        """)
    return message(head(
        addr("Brenner Kerntechnik Inc.", "noreply@softgarden.io"),
        "Your application as \u201cSimulation Software Developer (m/f/d)\u201d",
        "2026-11-18 05:12:09", BERLIN, "<sg-mail-9941203.1731905529@softgarden.io>",
        relay="from mailout3.softgarden.io (mailout3.softgarden.io [185.101.30.3])", ident="4R7Xm2Ag5B"),
        text(body, charset="windows-1252"))
