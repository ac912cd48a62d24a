"""blind195: 50 hand-written mails from the inbox of Tyler Whitaker, a port-operations software
engineer in Charleston, South Carolina (September to mid-December 2026).

Written blind (without reading the detector, its tests or the other held-out mails). Build and
check with ``python3 bench/heldout/make_blind.py blind195``. Keys 1-23 are the positives, 24-50
the negatives; the file number of the mail written ``key``-th is ORDER[key - 1].
"""

from __future__ import annotations

import hashlib
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

SET = "blind195"
ORDER = random.Random(1950195).sample(range(1, 51), 50)
ME = "tyler.whitaker@example.org"
TO = addr("Tyler Whitaker", ME)
NY = "America/New_York"
CHI = "America/Chicago"
LA = "America/Los_Angeles"


def n(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def ident(seed: str) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:14].upper()


def head(frm: str, subject: str, when: str, zone: str, mid: str, relay: str, *, to: str = TO,
         extra: tuple[tuple[str, str], ...] = (), subject_charset: str = "utf-8") -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then the extras."""
    return [
        ("Delivered-To", ME),
        ("Received", received(f"from {relay}", when, zone,
                              f"mx1.example.org (Postfix) with ESMTPS id {ident(mid)}", ME)),
        ("From", frm), ("To", to), ("Subject", enc(subject, subject_charset)), ("Date", date(when, zone)),
        ("Message-ID", mid), *extra,
    ]


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled", company="Harborline Systems",
      contact="dana.pruitt@harborline.io",
      start=utc("2026-09-11 10:00", NY), end=utc("2026-09-11 10:45", NY),
      local="Fri 2026-09-11 10:00", local_end="2026-09-11 10:45", zone=NY,
      note="Greenhouse candidate confirmation, 10:00-10:45 AM EDT on Fri 11 Sep (UTC-4) = 14:00-14:45Z; "
           "From is Greenhouse's no-reply, contact = the human Reply-To (recruiting coordinator).")
def greenhouse_harborline():
    body = t("""
        Hi Tyler,

        Thanks for making time to speak with us about the Software Engineer, Terminal Operations
        role at Harborline Systems. Your interview is confirmed - here are the details:

        Interview: Hiring Manager Conversation
        Date: Friday, September 11th, 2026
        Time: 10:00 AM - 10:45 AM EDT
        Location: Google Meet - https://meet.google.com/xqv-pmtr-ksd
        Interviewer: Owen Reyes, Engineering Manager (Berth Planning)

        Owen will want to hear about the gate and yard systems you've worked on, so have one or two
        projects ready to walk through. No whiteboard, no prep needed beyond that.

        If you need to reschedule, just reply to this email and it will come straight to me.

        Best,
        Dana Pruitt
        Recruiting Coordinator | Harborline Systems
        Charleston, SC
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2a33">
        <p>Hi Tyler,</p>
        <p>Thanks for making time to speak with us about the <b>Software Engineer, Terminal Operations</b>
        role at Harborline Systems. Your interview is confirmed &ndash; here are the details:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview</b></td><td>Hiring Manager Conversation</td></tr>
        <tr><td><b>Date</b></td><td>Friday, September 11th, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM &ndash; 10:45 AM EDT</td></tr>
        <tr><td><b>Location</b></td><td><a href="https://meet.google.com/xqv-pmtr-ksd">Google Meet</a></td></tr>
        <tr><td><b>Interviewer</b></td><td>Owen Reyes, Engineering Manager (Berth Planning)</td></tr>
        </table>
        <p>Owen will want to hear about the gate and yard systems you&#39;ve worked on, so have one or two
        projects ready to walk through. No whiteboard, no prep needed beyond that.</p>
        <p>If you need to reschedule, just reply to this email and it will come straight to me.</p>
        <p>Best,<br>Dana Pruitt<br>Recruiting Coordinator | Harborline Systems<br>Charleston, SC</p>
        <img src="https://app.greenhouse.io/o/t/4f1c0b7e.gif" width="1" height="1" alt="">
        </body></html>
        """)
    mid = "<2bC7xQmVRa-1xk0Gm4Pz9Q@geopod-ismtpd-14>"
    hs = head(addr("Harborline Systems", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Software Engineer, Terminal Operations at Harborline Systems",
              "2026-09-08 14:12", NY, mid,
              "o7.us.greenhouse-mail.io (o7.us.greenhouse-mail.io [198.51.100.27])",
              extra=(("Reply-To", addr("Dana Pruitt", "dana.pruitt@harborline.io")),))
    return message(hs, alt(text(body), html(page)))


@mail(n(2), family="human_ics_only", lang="en", interview=True, kind="scheduled",
      company="Coastal Empire Freight", contact="marcus.odom@coastalempirefreight.com",
      start=utc("2026-09-17 14:30", NY), end=utc("2026-09-17 15:30", NY),
      local="Thu 2026-09-17 14:30", local_end="2026-09-17 15:30", zone=NY,
      note="Hiring manager's short note 'the invite ... is attached'; the time is only in the ICS: "
           "DTSTART;TZID=America/New_York 20260917T143000, DTEND 153000 (EDT, UTC-4) = 18:30-19:30Z. "
           "Contact = human sender, also ORGANIZER.")
def human_ics_coastal_empire():
    body = t("""
        Hi Tyler,

        Good talking earlier. As promised, the invite for the technical round with Keisha and me is
        attached - it's the slot you picked on the phone. The Meet link is in the invite.

        We'll spend most of it on a real problem we had with reefer plug monitoring last year, so no
        need to grind leetcode for this one.

        If anything comes up just let me know.

        Marcus

        --
        Marcus Odom | Engineering Manager, Terminal Apps
        Coastal Empire Freight | Savannah, GA
        912-555-0147
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/New_York:20260917T143000
        DTEND;TZID=America/New_York:20260917T153000
        DTSTAMP:20260914T202200Z
        ORGANIZER;CN=Marcus Odom:mailto:marcus.odom@coastalempirefreight.com
        UID:5k2qv8c1o0m4b7s9hh3j1d6r2a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tyler.whitaker@example.org;X-NUM-GUESTS=0:mailto:tyler.whitaker@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Keisha Bynum;X-NUM-GUESTS=0:mailto:keisha.bynum@coastalempirefreight.com
        DESCRIPTION:Technical round - CEF Terminal Apps\\n\\nJoin with Google Meet: https://meet.google.com/ebw-qhzr-tnu
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Tyler Whitaker - technical round (Terminal Apps)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<CAH7pQ0vN3yXw2r9KbC5+eYt8mLq1FzJd6TgU@mail.gmail.com>"
    hs = head(addr("Marcus Odom", "marcus.odom@coastalempirefreight.com"), "Technical round invite",
              "2026-09-14 16:22", NY, mid, "mail-yw1-f172.google.com (mail-yw1-f172.google.com [203.0.113.172])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(3), family="ashby", lang="en", interview=True, kind="scheduled", company="Kelpwise",
      contact="priya@kelpwise.com",
      start=utc("2026-09-29 09:00", LA), end=utc("2026-09-29 10:00", LA),
      local="Tue 2026-09-29 09:00", local_end="2026-09-29 10:00", zone=LA,
      note="Ashby confirmation from a San Francisco company: 9:00-10:00 AM PDT (UTC-7) = 16:00-17:00Z, "
           "also written as 12:00-1:00 PM EDT; ICS in UTC agrees. Contact = Reply-To recruiter.")
def ashby_kelpwise():
    body = t("""
        Hi Tyler,

        Your interview with Kelpwise is confirmed. We're looking forward to it!

        Systems Design Interview - Senior Software Engineer, Port Integrations
        Tuesday, September 29, 2026
        9:00 AM - 10:00 AM PDT (12:00 PM - 1:00 PM EDT)
        Zoom: https://kelpwise.zoom.us/j/93817740211

        You'll meet with:
          Graham Oyelaran - Staff Engineer
          Mei Tanaka - Engineering Manager

        Questions? Just reply and it will reach Priya Raman.

        Thanks,
        Kelpwise Recruiting
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;color:#222">
        <p>Hi Tyler,</p>
        <p>Your interview with Kelpwise is confirmed. We&#x27;re looking forward to it!</p>
        <div style="border:1px solid #e3e3e3;border-radius:6px;padding:12px">
        <p style="margin:0"><b>Systems Design Interview &ndash; Senior Software Engineer, Port Integrations</b></p>
        <p style="margin:4px 0">Tuesday, September 29, 2026<br>9:00 AM &ndash; 10:00 AM PDT (12:00 PM &ndash; 1:00 PM EDT)</p>
        <p style="margin:4px 0">Zoom: <a href="https://kelpwise.zoom.us/j/93817740211">https://kelpwise.zoom.us/j/93817740211</a></p>
        </div>
        <p>You&#x27;ll meet with:<br>Graham Oyelaran &mdash; Staff Engineer<br>Mei Tanaka &mdash; Engineering Manager</p>
        <p>Questions? Just reply and it will reach Priya Raman.</p>
        <p>Thanks,<br>Kelpwise Recruiting</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:a3f0d2c4-77e1-4b5a-9c1e-0b6d2f8e4a11
        DTSTAMP:20260923T184000Z
        DTSTART:20260929T160000Z
        DTEND:20260929T170000Z
        SEQUENCE:0
        SUMMARY:Kelpwise - Systems Design Interview (Tyler Whitaker)
        LOCATION:https://kelpwise.zoom.us/j/93817740211
        ORGANIZER;CN=Priya Raman:mailto:priya@kelpwise.com
        ATTENDEE;CN=Tyler Whitaker;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tyler.whitaker@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<0100019a1f6c2e3b-8d21c7a4-5b0e-4f7d-a2c3-7e91b0d4c6f5-000000@email.amazonses.com>"
    hs = head(addr("Kelpwise", "no-reply@ashbyhq.com"),
              "Interview confirmed: Senior Software Engineer, Port Integrations at Kelpwise",
              "2026-09-23 11:40", LA, mid, "a8-33.smtp-out.amazonses.com (a8-33.smtp-out.amazonses.com [192.0.2.33])",
              extra=(("Reply-To", addr("Priya Raman", "priya@kelpwise.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment",
                                      cte="base64")))


@mail(n(4), family="workday", lang="en", interview=True, kind="scheduled",
      company="Lowcountry Aerostructures", contact="renee.gaillard@lcaero.com",
      start=utc("2026-10-07 13:00", NY), end=None,
      local="Wed 2026-10-07 13:00", zone=NY,
      note="Workday HTML-only (base64) notice, onsite Wed 7 Oct at 1:00 PM Eastern (EDT, UTC-4) = 17:00Z; "
           "'approximately three hours' is not exact, end null. From is the tenant's Workday address; "
           "contact = the recruiter address in the body.")
def workday_lcaero():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;background:#f2f4f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td>
        <img src="https://wd5.myworkdaysite.com/lcaero/assets/logo.png" alt="Lowcountry Aerostructures" height="36"><br><br>
        Dear Tyler Whitaker,<br><br>
        Thank you for your interest in the <b>Software Engineer III &ndash; Factory Systems (R-0048213)</b> position.
        We would like to invite you to an on-site interview at our North Charleston campus.<br><br>
        <b>Date:</b> Wednesday, October 7, 2026<br>
        <b>Time:</b> 1:00 PM Eastern Time<br>
        <b>Location:</b> Lowcountry Aerostructures, Building 88 Visitor Center, 4200 Aviation Avenue, North Charleston, SC 29418<br>
        <b>Duration:</b> Please plan for approximately three hours, including a short tour of the final assembly floor.<br><br>
        Please bring a government-issued photo ID; as this facility manufactures export-controlled parts,
        you will be asked to confirm your U.S. person status at the security desk. Closed-toe shoes are required for the tour.<br><br>
        If you have any questions, please contact Renee Gaillard, Talent Acquisition Partner, at
        <a href="mailto:renee.gaillard@lcaero.com">renee.gaillard@lcaero.com</a>.<br><br>
        You can review your application at any time in our <a href="https://wd5.myworkdaysite.com/recruiting/lcaero/Careers">Candidate Home</a>.<br><br>
        Sincerely,<br>
        Talent Acquisition<br>
        Lowcountry Aerostructures
        </td></tr>
        <tr><td style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox. Please do not reply.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    mid = "<1286604851.417752.1791318000412@wd5-prod.myworkday.com>"
    hs = head(addr("Lowcountry Aerostructures", "lcaero@myworkday.com"),
              "Interview Scheduled - Software Engineer III - Factory Systems (R-0048213)",
              "2026-10-02 16:20", NY, mid, "wd5-smtp-out.myworkday.com (wd5-smtp-out.myworkday.com [198.51.100.91])")
    return message(hs, html(page, cte="base64"))


@mail(n(5), family="smartrecruiters", lang="en", interview=True, kind="scheduled", company="Tidewater Health",
      contact="jbrooks@tidewaterhealth.org",
      start=utc("2026-10-15 11:30", NY), end=utc("2026-10-15 12:15", NY),
      local="Thu 2026-10-15 11:30", local_end="2026-10-15 12:15", zone=NY,
      note="SmartRecruiters confirmation, 11:30 AM - 12:15 PM (GMT-04:00) Eastern Time on Thu 15 Oct "
           "= 15:30-16:15Z. Contact = Reply-To hiring recruiter.")
def smartrecruiters_tidewater():
    body = t("""
        Hello Tyler,

        Your interview for Senior Integration Engineer (Epic Interfaces) – Tidewater Health has been confirmed.

        Thursday, October 15, 2026
        11:30 AM - 12:15 PM (GMT-04:00) Eastern Time - New York
        Video interview: Microsoft Teams (link below)

        Interviewers
        • Dr. Malcolm Reese, Director, Clinical Integration
        • Janelle Brooks, Talent Acquisition

        Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ0ZTk2%40thread.v2/0

        Need to make a change? Reply to this message and your recruiter will help.

        Good luck!
        Tidewater Health Talent Acquisition

        Powered by SmartRecruiters
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;color:#2d3e50;font-size:14px">
        <h2 style="font-weight:400">Your interview is confirmed</h2>
        <p>Hello Tyler,</p>
        <p>Your interview for <strong>Senior Integration Engineer (Epic Interfaces) – Tidewater Health</strong> has been confirmed.</p>
        <p style="background:#f5f7fa;padding:12px">Thursday, October 15, 2026<br>
        11:30 AM - 12:15 PM (GMT-04:00) Eastern Time - New York<br>
        Video interview: Microsoft Teams</p>
        <p><b>Interviewers</b></p>
        <ul><li>Dr. Malcolm Reese, Director, Clinical Integration</li><li>Janelle Brooks, Talent Acquisition</li></ul>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ0ZTk2%40thread.v2/0">Join the meeting</a></p>
        <p>Need to make a change? Reply to this message and your recruiter will help.</p>
        <p>Good luck!<br>Tidewater Health Talent Acquisition</p>
        <p style="font-size:11px;color:#999">Powered by SmartRecruiters</p>
        </body></html>
        """)
    mid = "<e91c3a7d-04b2-4d5f-b0f8-2a6e7d1c9b40@smartrecruiters.com>"
    hs = head(addr("Tidewater Health", "noreply@smartrecruiters.com"),
              "Interview confirmed – Senior Integration Engineer (Epic Interfaces)",
              "2026-10-12 10:02", NY, mid, "mail-out3.smartrecruiters.com (mail-out3.smartrecruiters.com [198.51.100.140])",
              extra=(("Reply-To", addr("Janelle Brooks", "jbrooks@tidewaterhealth.org")),))
    return message(hs, alt(text(body), html(page)))


@mail(n(6), family="exchange", lang="en", interview=True, kind="scheduled",
      company="Ashley River Defense Systems", contact="gregory.haskell@ardsys.com",
      start=utc("2026-11-03 09:00", NY), end=utc("2026-11-03 10:00", NY),
      local="Tue 2026-11-03 09:00", local_end="2026-11-03 10:00", zone=NY,
      note="Exchange meeting request sent Thu 29 Oct in EDT (-0400); the interview is Tue 3 Nov, after "
           "US DST ended on 1 Nov, so 9:00-10:00 AM is EST (UTC-5) = 14:00-15:00Z. ICS TZID 'Eastern "
           "Standard Time' agrees. Contact = the organizer, a hiring manager.")
def exchange_ards():
    body = t("""
        Hi Tyler,

        Thanks for your patience while we worked through the panel's schedules. Please see the invite
        below for your technical interview for the Software Engineer (C2 Systems) position. You'll meet
        with me and two engineers from the Hanahan team. We'll cover a couple of your past projects
        and a short design discussion; no coding environment needed.

        Please accept the invite so I know it reached you.

        V/r,
        Greg

        Gregory Haskell
        Software Engineering Manager
        Ashley River Defense Systems | Hanahan, SC
        (843) 555-0161

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA1YjQ2%40thread.v2/0>
        Meeting ID: 261 884 930 117
        Passcode: qH7xPe
        Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="EN-US" link="#0563C1" vlink="#954F72">
        <div class="WordSection1">
        <p class="MsoNormal">Hi Tyler,<o:p></o:p></p>
        <p class="MsoNormal">Thanks for your patience while we worked through the panel&#8217;s schedules. Please see the invite below for your technical interview for the Software Engineer (C2 Systems) position. You&#8217;ll meet with me and two engineers from the Hanahan team. We&#8217;ll cover a couple of your past projects and a short design discussion; no coding environment needed.<o:p></o:p></p>
        <p class="MsoNormal">Please accept the invite so I know it reached you.<o:p></o:p></p>
        <p class="MsoNormal">V/r,<br>Greg<o:p></o:p></p>
        <p class="MsoNormal">Gregory Haskell<br>Software Engineering Manager<br>Ashley River Defense Systems | Hanahan, SC<br>(843) 555-0161<o:p></o:p></p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>
        <div><span style="font-size:24px;font-weight:700">Microsoft Teams meeting</span></div>
        <div><b>Join on your computer, mobile app or room device</b><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA1YjQ2%40thread.v2/0">Click here to join the meeting</a><br>
        Meeting ID: 261 884 930 117<br>Passcode: qH7xPe</div>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Gregory Haskell:mailto:gregory.haskell@ardsys.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tyler.whitaker@example.org:mailto:tyler.whitaker@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ngozi Adebayo:mailto:ngozi.adebayo@ardsys.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Phil Strickland:mailto:phil.strickland@ardsys.com
        DESCRIPTION;LANGUAGE=en-US:Hi Tyler\\,\\n\\nThanks for your patience while we worked through the panel's schedules.\\n
        UID:040000008200E00074C5B7101A82E00800000000B0D3E4F21A67DC01000000000000000010000000C2A61E0B7F3D9A4C8E51F2B6D9A04C77
        SUMMARY;LANGUAGE=en-US:Interview: Tyler Whitaker - Software Engineer (C2 Systems)
        DTSTART;TZID=Eastern Standard Time:20261103T090000
        DTEND;TZID=Eastern Standard Time:20261103T100000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261029T194700Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2123407151
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
        END:VCALENDAR
        """)
    mid = "<SA1PR09MB74126B2C0E9D3F4A1B8C2D77A9E4@SA1PR09MB7412.namprd09.prod.outlook.com>"
    hs = head(addr("Gregory Haskell", "gregory.haskell@ardsys.com"),
              "Interview: Tyler Whitaker - Software Engineer (C2 Systems)", "2026-10-29 15:47", NY, mid,
              "GCC02-SN1-obe.outbound.protection.office365.us (mail-sn1gcc02on2101.outbound.protection.office365.us [198.51.100.201])",
              extra=(("Thread-Topic", "Interview: Tyler Whitaker - Software Engineer (C2 Systems)"),
                     ("Thread-Index", "AdtJ4k0m9Q2bXy7PRaC3vWn1ZkF5cQ=="),
                     ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                     ("X-MS-Exchange-Organization-SCL", "1")))
    return message(hs, alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(7), family="human_prose", lang="en", interview=True, kind="scheduled",
      company="Cooper River Cold Storage", contact="kayla@palmettotalent.com",
      start=utc("2026-10-22 14:00", NY), end=None,
      local="Thu 2026-10-22 14:00", zone=NY,
      note="Agency recruiter's short reply sent Wed 21 Oct 09:10 EDT: 'tomorrow at 2' = Thu 22 Oct 2:00 PM "
           "EDT (UTC-4) = 18:00Z; 'should be about an hour' is approximate, end null. Hiring company is "
           "the agency's client; contact = the agency recruiter who sent it.")
def prose_agency_tomorrow():
    body = t("""
        Hey Tyler - you're all set for tomorrow at 2 with Ray Tolbert (VP of Operations) at Cooper
        River Cold Storage. It's at their office on Clements Ferry Rd, just ask for Ray at the front
        desk. Should be about an hour. He's big on WMS integrations so lean into the yard-check
        project.

        Call me after!!

        Kayla

        Kayla Simmons | Senior Technical Recruiter
        Palmetto Talent Partners
        c: 843-555-0192

        -----Original Message-----
        From: Tyler Whitaker <tyler.whitaker@example.org>
        Sent: Tuesday, October 20, 2026 6:41 PM
        To: Kayla Simmons <kayla@palmettotalent.com>
        Subject: RE: Cooper River - next step

        Hi Kayla, Thursday afternoon works best for me, anytime after 1. Thanks for pushing this along.

        Tyler
        """)
    mid = "<MN2PR14MB40886C1D2E7F5A9B3C4D@MN2PR14MB4088.namprd14.prod.outlook.com>"
    hs = head(addr("Kayla Simmons", "kayla@palmettotalent.com"), "RE: Cooper River - next step",
              "2026-10-21 09:10", NY, mid,
              "NAM12-MW2-obe.outbound.protection.outlook.com (mail-mw2nam12on2090.outbound.protection.outlook.com [198.51.100.90])",
              extra=(("In-Reply-To", "<CAFx2mQ7bT0k@mail.example.org>"),
                     ("References", "<CAFx2mQ7bT0k@mail.example.org>"),
                     ("Thread-Topic", "Cooper River - next step")))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(8), family="human_prose", lang="en", interview=True, kind="scheduled",
      company="Congaree Data Works", contact="sleland@congareedata.com",
      start=utc("2026-09-15 10:30", NY), end=utc("2026-09-15 12:00", NY),
      local="Tue 2026-09-15 10:30", local_end="2026-09-15 12:00", zone=NY,
      note="Hiring manager's phone-written note sent Thu 10 Sep 20:14 EDT: 'next Tuesday (15th) 10:30am', "
           "'90 min' is an exact length -> 10:30-12:00 EDT (UTC-4) = 14:30-16:00Z. Contact = sender.")
def prose_iphone_congaree():
    body = t("""
        Tyler- great chatting today. Lets do next Tuesday (15th) 10:30am at our office, 1201 Main St
        suite 400 in Columbia. Youll meet me + Ana from the platform team, 90 min. Park in the garage
        on Taylor St and I'll validate.

        Bring a laptop if u want to show anything, not required

        Sam

        Sent from my iPhone

        > On Sep 10, 2026, at 4:02 PM, Tyler Whitaker <tyler.whitaker@example.org> wrote:
        >
        > Sam, thanks again for the call this afternoon. Happy to come up to Columbia for the next
        > round, early next week is easiest for me.
        >
        > Tyler
        """)
    mid = "<6F1B2A40-9C3E-4D7A-8E55-0B1C2D3E4F50@congareedata.com>"
    hs = head(addr("Sam Leland", "sleland@congareedata.com"), "Re: Next steps", "2026-09-10 20:14", NY, mid,
              "mail-pj1-f54.google.com (mail-pj1-f54.google.com [203.0.113.54])",
              extra=(("In-Reply-To", "<CAFx2mR1k0Pz@mail.example.org>"),
                     ("References", "<CAFx2mR1k0Pz@mail.example.org>"),
                     ("X-Mailer", "iPhone Mail (22A3354)")))
    return message(hs, alt(text(body, params="format=flowed"), html(gmail_html(body))))


@mail(n(9), family="goodtime", lang="en", interview=True, kind="scheduled", company="Peachtree Fleetworks",
      contact="alicia.grant@peachtreefleet.com",
      start=utc("2026-11-09 13:00", NY), end=utc("2026-11-09 15:30", NY),
      local="Mon 2026-11-09 13:00", local_end="2026-11-09 15:30", zone=NY,
      note="GoodTime itinerary of three back-to-back sessions on Mon 9 Nov, Eastern Time (EST after 1 Nov, "
           "UTC-5): first start 1:00 PM = 18:00Z to last end 3:30 PM = 20:30Z. Contact = Reply-To coordinator.")
def goodtime_peachtree():
    body = t("""
        Hi Tyler,

        Your virtual onsite with Peachtree Fleetworks is confirmed. All times are shown in Eastern Time.

        Monday, November 9, 2026

        1:00 PM - 1:45 PM   Coding: Telematics Event Pipeline - Hector Villanueva
        2:00 PM - 2:45 PM   System Design - Lauren Achebe
        3:00 PM - 3:30 PM   Hiring Manager Chat - Dmitri Sokolov

        Each session has its own Zoom link, and calendar invitations for each session will arrive
        separately:
          Coding: https://peachtreefleet.zoom.us/j/86120451177
          System Design: https://peachtreefleet.zoom.us/j/86120451178
          Hiring Manager Chat: https://peachtreefleet.zoom.us/j/86120451179

        Need to make a change? Reply to this email and Alicia Grant will take care of it.

        Peachtree Fleetworks Recruiting
        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#30343b">
        <p>Hi Tyler,</p>
        <p>Your virtual onsite with <b>Peachtree Fleetworks</b> is confirmed. All times are shown in <b>Eastern Time</b>.</p>
        <h3 style="margin-bottom:4px">Monday, November 9, 2026</h3>
        <table cellpadding="6" style="border-collapse:collapse;border:1px solid #dde">
        <tr><td>1:00 PM - 1:45 PM</td><td>Coding: Telematics Event Pipeline</td><td>Hector Villanueva</td></tr>
        <tr><td>2:00 PM - 2:45 PM</td><td>System Design</td><td>Lauren Achebe</td></tr>
        <tr><td>3:00 PM - 3:30 PM</td><td>Hiring Manager Chat</td><td>Dmitri Sokolov</td></tr>
        </table>
        <p>Each session has its own Zoom link, and calendar invitations for each session will arrive separately.</p>
        <p>Need to make a change? Reply to this email and Alicia Grant will take care of it.</p>
        <p>Peachtree Fleetworks Recruiting<br><span style="color:#999;font-size:11px">Scheduled with GoodTime</span></p>
        </body></html>
        """)
    mid = "<20261103161500.7f3a9c1d2b4e@goodtime.io>"
    hs = head(addr("Peachtree Fleetworks Recruiting", "no-reply@goodtime.io"),
              "Confirmed: Your virtual onsite with Peachtree Fleetworks on Monday, November 9",
              "2026-11-03 11:15", NY, mid, "o1.mail.goodtime.io (o1.mail.goodtime.io [198.51.100.61])",
              extra=(("Reply-To", addr("Alicia Grant", "alicia.grant@peachtreefleet.com")),))
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(10), family="calendly", lang="en", interview=True, kind="scheduled",
      company="Prairie Line Rail Technologies", contact="holly.beckman@prairielinerail.com",
      start=utc("2026-11-16 15:00", NY), end=utc("2026-11-16 15:30", NY),
      local="Mon 2026-11-16 15:00", local_end="2026-11-16 15:30", zone=NY,
      note="Calendly invitee confirmation for a recruiter screen with a Kansas City (Central) company, shown in "
           "the invitee's zone: 3:00pm-3:30pm Eastern Time on Mon 16 Nov (EST, UTC-5) = 20:00-20:30Z; ICS in "
           "UTC agrees. Contact = Reply-To host.")
def calendly_prairie_line():
    body = t("""
        Hi Tyler Whitaker,

        Your Recruiter Screen - Sr. Software Engineer, Yard Systems with Holly Beckman at 3:00pm - 3:30pm
        (Eastern Time - US & Canada) on Monday, November 16, 2026 is scheduled.

        Event Type:
        Recruiter Screen - Sr. Software Engineer, Yard Systems

        Event Date/Time:
        3:00pm - 3:30pm, Monday, November 16, 2026 (Eastern Time - US & Canada)

        Location:
        This is a Google Meet web conference.
        Join now: https://meet.google.com/pwr-tnbk-gqa

        Invitee Email:
        tyler.whitaker@example.org

        Questions:
        Please share anything that will help prepare for our meeting.
        I'm in Charleston and can't relocate, so remote or hybrid-remote only.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7e2f0c1a-3b5d-4d8e-9f61-2a7c4b9d0e13
        Reschedule: https://calendly.com/reschedulings/7e2f0c1a-3b5d-4d8e-9f61-2a7c4b9d0e13

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="background:#fafafa;font-family:Helvetica,Arial,sans-serif">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:24px;color:#4d5055;font-size:15px">
        <p>Hi Tyler Whitaker,</p>
        <p>Your <b>Recruiter Screen - Sr. Software Engineer, Yard Systems</b> with <b>Holly Beckman</b> at
        <b>3:00pm - 3:30pm (Eastern Time - US &amp; Canada)</b> on <b>Monday, November 16, 2026</b> is scheduled.</p>
        <p style="font-weight:bold;margin-bottom:0">Location:</p>
        <p style="margin-top:0">This is a Google Meet web conference. <a href="https://meet.google.com/pwr-tnbk-gqa">Join now</a></p>
        <p><a href="https://calendly.com/cancellations/7e2f0c1a-3b5d-4d8e-9f61-2a7c4b9d0e13">Cancel</a> &middot;
        <a href="https://calendly.com/reschedulings/7e2f0c1a-3b5d-4d8e-9f61-2a7c4b9d0e13">Reschedule</a></p>
        <p style="font-size:12px;color:#999">Powered by Calendly.com</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTAMP:20261112T182200Z
        UID:7e2f0c1a-3b5d-4d8e-9f61-2a7c4b9d0e13@calendly.com
        DTSTART:20261116T200000Z
        DTEND:20261116T203000Z
        SUMMARY:Recruiter Screen - Sr. Software Engineer, Yard Systems (Tyler Whitaker and Holly Beckman)
        DESCRIPTION:Event Name: Recruiter Screen - Sr. Software Engineer, Yard Systems\\n\\nLocation: This is a Google Meet web conference.
        LOCATION:https://meet.google.com/pwr-tnbk-gqa
        ORGANIZER;CN=Holly Beckman:mailto:holly.beckman@prairielinerail.com
        ATTENDEE;CN=Tyler Whitaker;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tyler.whitaker@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<6551f0a2c7e1d_3a1b2c4d5e6f7081@calendly-mailer-7b9c.mail>"
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Recruiter Screen - Sr. Software Engineer, Yard Systems with Holly Beckman on "
              "Monday, November 16, 2026",
              "2026-11-12 13:22", NY, mid, "o3.email.calendly.com (o3.email.calendly.com [198.51.100.73])",
              extra=(("Reply-To", addr("Holly Beckman", "holly.beckman@prairielinerail.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment")))


@mail(n(11), family="bookings", lang="en", interview=True, kind="scheduled",
      company="Lowcountry College of Science and Technology", contact="mravenel@lccst.edu",
      start=utc("2026-10-20 10:00", NY), end=utc("2026-10-20 11:00", NY),
      local="Tue 2026-10-20 10:00", local_end="2026-10-20 11:00", zone=NY,
      note="Microsoft Bookings mail from a university IT department: '10/20/2026 10:00 AM (UTC-05:00) "
           "Eastern Time (US & Canada)' - the label shows the standard offset but 20 Oct is EDT (UTC-4), "
           "so 14:00-15:00Z, as the ICS (TZID Eastern Standard Time) says. Bookings mailbox is not a "
           "person; contact = the staff member's address in the body.")
def bookings_lccst():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <p style="font-size:20px">Your booking is confirmed</p>
        <p>Hi Tyler Whitaker,</p>
        <p>Thank you for booking with LCCST Division of IT Hiring.</p>
        <table cellpadding="4">
        <tr><td style="color:#605e5c">Service</td><td>Interview &ndash; Applications Developer II (Req. 26-1147)</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Monique Ravenel</td></tr>
        <tr><td style="color:#605e5c">Date and time</td><td>10/20/2026 10:00 AM (UTC-05:00) Eastern Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Duration</td><td>1 hour</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>Online &ndash; Microsoft Teams</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2M4NjQx%40thread.v2/0">Join your appointment</a></p>
        <p>The search committee will ask about your experience with Banner integrations and scheduled jobs.
        Questions about the interview? Email Monique Ravenel at <a href="mailto:mravenel@lccst.edu">mravenel@lccst.edu</a>.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/ITHiring@lccst.edu/bookings/s/manage">Manage booking</a></p>
        <p style="color:#a19f9d;font-size:11px">Powered by Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=LCCST Division of IT Hiring:mailto:ITHiring@lccst.edu
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Tyler Whitaker:mailto:tyler.whitaker@example.org
        UID:040000008200E00074C5B7101A82E008000000006A1D2B3C4E5FDC01000000000000000010000000E4B3A291C07D6F4E8B2A1C3D5E7F9012
        SUMMARY;LANGUAGE=en-US:Interview - Applications Developer II (Req. 26-1147)
        DTSTART;TZID=Eastern Standard Time:20261020T100000
        DTEND;TZID=Eastern Standard Time:20261020T110000
        CLASS:PUBLIC
        DTSTAMP:20261014T124100Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<BN0P110MB1443D2E3F4A5B6C7D8E9@BN0P110MB1443.NAMP110.PROD.OUTLOOK.COM>"
    hs = head(addr("LCCST Division of IT Hiring", "ITHiring@lccst.edu"),
              "Your booking is confirmed: Interview - Applications Developer II (Req. 26-1147)",
              "2026-10-14 08:41", NY, mid,
              "NAM04-BN8-obe.outbound.protection.outlook.com (mail-bn8nam04on2105.outbound.protection.outlook.com [198.51.100.105])",
              extra=(("X-MS-Exchange-Organization-AuthAs", "Internal"), ("Content-Language", "en-US")))
    return message(hs, mixed(html(page), calendar(ics, method="REQUEST", filename="invite.ics",
                                                  disposition="attachment", cte="base64")))


@mail(n(12), family="google_calendar", lang="en", interview=True, kind="scheduled",
      company="Queen City Ledger", contact="brandon.yost@queencityledger.com",
      start=utc("2026-12-02 16:00", NY), end=utc("2026-12-02 17:00", NY),
      local="Wed 2026-12-02 16:00", local_end="2026-12-02 17:00", zone=NY,
      note="Google Calendar invitation from a Charlotte company: Wed Dec 2 4pm-5pm Eastern Time - New York "
           "(EST, UTC-5) = 21:00-22:00Z; ICS TZID America/New_York agrees. Contact = organizer.")
def gcal_queen_city():
    body = t("""
        Brandon Yost has invited you to the following event.

        Tyler Whitaker / Queen City Ledger - technical interview
        Wednesday Dec 2, 2026 ⋅ 4pm – 5pm
        Eastern Time - New York

        Joining info
        Join with Google Meet
        meet.google.com/dkw-vyne-htq

        Join by phone
        (US) +1 980-555-0133 PIN: 447 129 905#

        Guests
        Brandon Yost - organizer
        Sana Qureshi
        tyler.whitaker@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NGtxMmE3

        Pairing exercise in Go or Python, your choice. We'll share a repo link at the start.

        Reply for tyler.whitaker@example.org
        Yes: https://calendar.google.com/calendar/event?action=RESPOND&eid=NGtxMmE3&rst=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid=NGtxMmE3&rst=2
        Maybe: https://calendar.google.com/calendar/event?action=RESPOND&eid=NGtxMmE3&rst=3

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    page = t("""
        <html><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p>Brandon Yost has invited you to the following event.</p>
        <h2 style="font-weight:400;font-size:22px">Tyler Whitaker / Queen City Ledger - technical interview</h2>
        <p>Wednesday Dec 2, 2026 &#8901; 4pm &ndash; 5pm<br>Eastern Time - New York</p>
        <p><a href="https://meet.google.com/dkw-vyne-htq">Join with Google Meet</a><br>meet.google.com/dkw-vyne-htq</p>
        <p><b>Guests</b><br>Brandon Yost - organizer<br>Sana Qureshi<br>tyler.whitaker@example.org</p>
        <p>Pairing exercise in Go or Python, your choice. We&#39;ll share a repo link at the start.</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/New_York:20261202T160000
        DTEND;TZID=America/New_York:20261202T170000
        DTSTAMP:20261127T150300Z
        ORGANIZER;CN=Brandon Yost:mailto:brandon.yost@queencityledger.com
        UID:4kq2a7t0l1v9m3c5r8n6b2x4p0@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Brandon Yost;X-NUM-GUESTS=0:mailto:brandon.yost@queencityledger.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sana Qureshi;X-NUM-GUESTS=0:mailto:sana.qureshi@queencityledger.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tyler.whitaker@example.org;X-NUM-GUESTS=0:mailto:tyler.whitaker@example.org
        DESCRIPTION:Pairing exercise in Go or Python\\, your choice. We'll share a repo link at the start.
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Tyler Whitaker / Queen City Ledger - technical interview
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<calendar-4f8e2a1c-7b3d-4e6f-9a0b-1c2d3e4f5a6b@google.com>"
    subject = ("Invitation: Tyler Whitaker / Queen City Ledger - technical interview @ Wed Dec 2, 2026 "
               "4pm - 5pm (EST) (tyler.whitaker@example.org)")
    hs = head(addr("Brandon Yost", "brandon.yost@queencityledger.com"), subject, "2026-11-27 10:03", NY, mid,
              "mail-sor-f69.google.com (mail-sor-f69.google.com [203.0.113.69])",
              extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                     ("Reply-To", addr("Brandon Yost", "brandon.yost@queencityledger.com"))))
    cal = calendar(ics, method="REQUEST", cte="base64")
    return message(hs, mixed(alt(text(body, cte="base64"), html(page), cal),
                             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(13), family="teamtailor", lang="en", interview=True, kind="scheduled", company="Gulf Hitch Logistics",
      contact="rosa.delgado@gulfhitch.com",
      start=utc("2026-12-10 09:00", CHI), end=utc("2026-12-10 10:00", CHI),
      local="Thu 2026-12-10 09:00", local_end="2026-12-10 10:00", zone=CHI,
      note="Teamtailor booking from a Houston company sent in CST: Thu 10 Dec 9:00 AM CST (UTC-6) = 15:00Z, "
           "'60 minutes' exact -> 16:00Z; the body also says 10:00 AM ET. Reply-To (RFC 2047 name) is the "
           "recruiter -> contact.")
def teamtailor_gulf_hitch():
    body = t("""
        Hi Tyler,

        Thanks for booking a time! Here's a summary of your interview with Gulf Hitch Logistics.

        Senior Backend Engineer (Remote, US)
        Technical interview with Rosa Delgado Núñez and Kevin Marr

        When: Thursday, December 10, 2026 at 9:00 AM CST (10:00 AM ET for you)
        Length: 60 minutes
        Where: Microsoft Teams – the link is in the calendar invite we just sent

        If something comes up, you can reply to this email.

        Best regards,
        Gulf Hitch Logistics

        This message was sent via Teamtailor.
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;color:#1c1c1c">
        <p>Hi Tyler,</p>
        <p>Thanks for booking a time! Here&rsquo;s a summary of your interview with <b>Gulf Hitch Logistics</b>.</p>
        <p><b>Senior Backend Engineer (Remote, US)</b><br>Technical interview with Rosa Delgado Núñez and Kevin Marr</p>
        <p><b>When:</b> Thursday, December 10, 2026 at 9:00 AM CST (10:00 AM ET for you)<br>
        <b>Length:</b> 60 minutes<br>
        <b>Where:</b> Microsoft Teams &ndash; the link is in the calendar invite we just sent</p>
        <p>If something comes up, you can reply to this email.</p>
        <p>Best regards,<br>Gulf Hitch Logistics</p>
        <p style="font-size:11px;color:#8c8c8c">This message was sent via Teamtailor.</p>
        </body></html>
        """)
    mid = "<68f1c2a9e3b7d_1f2a3b4c5d6e@teamtailor-mailer-6c8d9.mail>"
    hs = head(addr("Gulf Hitch Logistics", "notifications@teamtailor-mail.com"),
              "Interview booked: Senior Backend Engineer at Gulf Hitch Logistics", "2026-12-04 14:30", CHI, mid,
              "mail-eu.teamtailor-mail.com (mail-eu.teamtailor-mail.com [198.51.100.118])",
              extra=(("Reply-To", addr("Rosa Delgado Núñez", "rosa.delgado@gulfhitch.com")),))
    return message(hs, alt(text(body), html(page)))


@mail(n(14), family="workable", lang="en", interview=True, kind="scheduled",
      company="Forsyth Marine Telemetry", contact="lena.whitfield@forsythmarine.com",
      start=utc("2026-10-27 11:00", NY), end=utc("2026-10-27 11:45", NY),
      local="Tue 2026-10-27 11:00", local_end="2026-10-27 11:45", zone=NY,
      note="Workable confirmation for a Savannah company: Tue 27 Oct 11:00 AM EDT (UTC-4), 45 minutes -> "
           "15:00-15:45Z; ICS agrees. Reply-To is a Workable relay (+...@candidates.workablemail.com), "
           "not a person; contact = the interviewer's address written in the body.")
def workable_forsyth():
    body = t("""
        Hi Tyler,

        Your interview for the Embedded/Cloud Software Engineer position at Forsyth Marine Telemetry
        is confirmed.

        Date: Tuesday, October 27, 2026
        Time: 11:00 AM EDT (America/New_York)
        Duration: 45 minutes
        Type: Video call – https://us02web.zoom.us/j/81133720954

        Interviewer: Lena Whitfield, Head of Software (lena.whitfield@forsythmarine.com)

        A calendar invitation is attached. If you need to reschedule, please reply to this email.

        Kind regards,
        The Forsyth Marine Telemetry hiring team

        --
        Sent with Workable
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workable//Workable Calendar//EN
        METHOD:REQUEST
        """) + VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:workable-interview-5b2d9e1f7c@workable.com
        DTSTAMP:20261021T200500Z
        DTSTART;TZID=America/New_York:20261027T110000
        DTEND;TZID=America/New_York:20261027T114500
        SUMMARY:Interview: Tyler Whitaker for Embedded/Cloud Software Engineer
        LOCATION:https://us02web.zoom.us/j/81133720954
        ORGANIZER;CN=Forsyth Marine Telemetry:mailto:noreply@candidates.workablemail.com
        ATTENDEE;CN=Tyler Whitaker;RSVP=TRUE:mailto:tyler.whitaker@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<a41c77e2b9f04d3e8c1b.1792008300@workablemail.com>"
    hs = head(addr("Forsyth Marine Telemetry", "noreply@candidates.workablemail.com"),
              "Interview confirmed: Embedded/Cloud Software Engineer", "2026-10-21 16:05", NY, mid,
              "mail137-9.workablemail.com (mail137-9.workablemail.com [198.51.100.137])",
              extra=(("Reply-To", addr("Forsyth Marine Telemetry",
                                       "forsyth-marine-telemetry+a81k2q9@candidates.workablemail.com")),))
    return message(hs, mixed(text(body), calendar(ics, method="REQUEST", filename="invite.ics",
                                                  disposition="attachment", cte="base64")))


@mail(n(15), family="icims", lang="en", interview=True, kind="scheduled",
      company="South Atlantic Ports Authority", contact="dpinckney@saports.org",
      start=utc("2026-09-21 09:30", NY), end=utc("2026-09-21 11:00", NY),
      local="Mon 2026-09-21 09:30", local_end="2026-09-21 11:00", zone=NY,
      note="iCIMS text-only mail (windows-1252, 8bit): Mon 21 Sep 9:30-11:00 a.m. at the Charleston office "
           "(EDT, UTC-4) = 13:30-15:00Z. The attached calendar entry is all-day (DTSTART;VALUE=DATE) - the "
           "time is only in the text. Contact = the recruiter address in the signature.")
def icims_ports():
    body = t("""
        Dear Tyler,

        Thank you for your interest in the Systems Engineer – Terminal Operating System position
        (Req #2026-0419) with the South Atlantic Ports Authority. We are pleased to confirm your
        in-person interview:

        Date: Monday, September 21, 2026
        Time: 9:30 a.m. – 11:00 a.m.
        Location: SAPA Administrative Building, 176 Concord Street, Charleston, SC 29401
                  3rd floor, Conference Room 3B

        You will meet with the Director of Terminal Technology and two members of the TOS support team.
        Visitor parking is available in the lot off Laurens Street; please check in with security at
        the main entrance at least 10 minutes early and bring a photo ID. A TWIC card is not required
        for this visit.

        A calendar reminder is attached for your convenience.

        If you have questions, please contact me directly.

        Regards,

        Darnell Pinckney
        Talent Acquisition Specialist
        South Atlantic Ports Authority
        dpinckney@saports.org | 843-555-0108

        This message was sent via iCIMS on behalf of South Atlantic Ports Authority. Replies to this
        address are not monitored.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//iCIMS//Talent Platform//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:icims-7733190-20260921@saports.icims.com
        DTSTAMP:20260915T194400Z
        DTSTART;VALUE=DATE:20260921
        DTEND;VALUE=DATE:20260922
        SUMMARY:Interview - South Atlantic Ports Authority (Systems Engineer - TOS)
        LOCATION:176 Concord Street\\, Charleston\\, SC 29401
        DESCRIPTION:In-person interview. Please see the confirmation email for your arrival time.
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<1791833040.7733190.1@saports.icims.com>"
    hs = head(addr("SAPA Careers", "careers-sapa@talent.icims.com"),
              "Interview Confirmation – Systems Engineer – Terminal Operating System", "2026-09-15 15:44", NY, mid,
              "mta12.icims.com (mta12.icims.com [198.51.100.12])", subject_charset="windows-1252")
    return message(hs, mixed(text(body, charset="windows-1252", cte="8bit"),
                             calendar(ics, method="PUBLISH", filename="Interview.ics", disposition="attachment")))


@mail(n(16), family="zoom", lang="en", interview=True, kind="scheduled", company="Sierra Berth AI",
      contact="jenna@sierraberth.ai",
      start=utc("2026-12-08 16:30", LA), end=None,
      local="Tue 2026-12-08 16:30", zone=LA,
      note="Recruiter in Oakland pastes a Zoom invitation: Dec 8 04:30 PM Pacific (PST, UTC-8) = 00:30Z on "
           "Wed 9 Dec - the UTC date is the next day (7:30 PM for the candidate in Charleston). No duration "
           "stated, end null. Contact = human sender.")
def zoom_sierra_berth():
    body = t("""
        Hi Tyler,

        Perfect - locking in Tuesday 12/8 at 4:30 PT (7:30 your time, thanks for being flexible on the
        evening slot) with Arjun, our Head of Engineering. He has the accepted invite on his side now.
        Zoom details below.

        Jenna

        Jenna Kowalczyk
        Talent Partner | Sierra Berth AI
        Oakland, CA

        ---

        Jenna Kowalczyk is inviting you to a scheduled Zoom meeting.

        Topic: Tyler Whitaker <> Arjun Mehta (Sierra Berth AI)
        Time: Dec 8, 2026 04:30 PM Pacific Time (US and Canada)

        Join Zoom Meeting
        https://us06web.zoom.us/j/84120093317?pwd=Qm9yZEtaT2xYc1RwdW1KR0Y3bUw2Zz09

        Meeting ID: 841 2009 3317
        Passcode: 552901

        ---

        One tap mobile
        +16694449171,,84120093317#,,,,*552901# US
        +16469313860,,84120093317#,,,,*552901# US

        Join instructions
        https://us06web.zoom.us/meetings/84120093317/invitations?signature=kT9w0
        """)
    mid = "<CAJ4m0b8Tn2Q+7vR1xYpLkWz5eH3dFsG9cNa@mail.gmail.com>"
    hs = head(addr("Jenna Kowalczyk", "jenna@sierraberth.ai"), "Re: Sierra Berth AI - next conversation",
              "2026-12-02 12:10", LA, mid, "mail-oi1-f181.google.com (mail-oi1-f181.google.com [203.0.113.181])",
              extra=(("In-Reply-To", "<CAFx2mZ9q1Lr@mail.example.org>"),
                     ("References", "<CAJ4m0a1Ww8e@mail.gmail.com> <CAFx2mZ9q1Lr@mail.example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(17), family="human_prose", lang="en", interview=True, kind="rescheduled",
      company="Carolina Crossdock", contact="derek.huang@summitbridgestaffing.com",
      start=utc("2026-10-02 11:00", NY), end=None,
      local="Fri 2026-10-02 11:00", zone=NY,
      note="Terse agency reschedule sent Mon 28 Sep: moved from Thu 1pm to 'Fri 10/2 at 11:00 ET' (EDT, "
           "UTC-4) = 15:00Z, confirmed by the hiring manager. Old time also in the mail. Company = the "
           "client (Charlotte); contact = agency recruiter.")
def prose_agency_reschedule():
    body = t("""
        Tyler -

        Gina's got a conflict Thursday so we moved you: Fri 10/2 at 11:00 ET instead of Thu 1pm.
        Same Teams link, she already accepted the new time on her end.

        Thx
        Derek

        Derek Huang
        Summit Bridge Staffing | IT Practice
        Charlotte, NC | 704-555-0176
        """)
    mid = "<CY8PR11MB7170A1B2C3D4E5F60718@CY8PR11MB7170.namprd11.prod.outlook.com>"
    hs = head(addr("Derek Huang", "derek.huang@summitbridgestaffing.com"),
              "Carolina Crossdock interview - moved to Friday", "2026-09-28 16:30", NY, mid,
              "NAM11-CO1-obe.outbound.protection.outlook.com (mail-co1nam11on2117.outbound.protection.outlook.com [198.51.100.117])")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(18), family="lever", lang="en", interview=True, kind="rescheduled", company="Marlin Route Software",
      contact="owen.c@marlinroute.com",
      start=utc("2026-11-05 11:00", LA), end=utc("2026-11-05 12:00", LA),
      local="Thu 2026-11-05 11:00", local_end="2026-11-05 12:00", zone=LA,
      note="Lever reschedule from a Seattle company: old Wed Nov 4 10:00 AM PST, new Thu Nov 5 11:00 AM - "
           "12:00 PM PST (UTC-8, both after 1 Nov) = 19:00-20:00Z; body also gives 2:00-3:00 PM EST. "
           "Contact = Reply-To recruiter.")
def lever_marlin_route():
    body = t("""
        Hi Tyler,

        Your interview with Marlin Route has been rescheduled. Here are your updated interview details:

        Previously: Wednesday, November 4, 2026, 10:00 AM PST

        Updated:
        Thursday, November 5, 2026
        11:00 AM - 12:00 PM PST (2:00 PM - 3:00 PM EST)
        Senior Software Engineer, Routing Platform - Technical Deep Dive
        Google Meet: https://meet.google.com/tzo-kqbf-wmc

        Interviewers: Farah Haddad, Nils Ekdahl

        If you have any questions, simply reply to this email.

        Thanks,
        Owen Castellanos
        Marlin Route Software
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Tyler,</p>
        <p>Your interview with Marlin Route has been rescheduled. Here are your updated interview details:</p>
        <p style="color:#888"><s>Wednesday, November 4, 2026, 10:00 AM PST</s></p>
        <p><b>Thursday, November 5, 2026</b><br>
        11:00 AM &ndash; 12:00 PM PST (2:00 PM &ndash; 3:00 PM EST)<br>
        Senior Software Engineer, Routing Platform &ndash; Technical Deep Dive<br>
        Google Meet: <a href="https://meet.google.com/tzo-kqbf-wmc">meet.google.com/tzo-kqbf-wmc</a></p>
        <p>Interviewers: Farah Haddad, Nils Ekdahl</p>
        <p>If you have any questions, simply reply to this email.</p>
        <p>Thanks,<br>Owen Castellanos<br>Marlin Route Software</p>
        </body></html>
        """)
    mid = "<0101019b3c8e1a2f-6f0e4d2c-1b3a-4e5f-8d7c-9a0b1c2d3e4f-000000@us-west-2.amazonses.com>"
    hs = head(addr("Marlin Route", "no-reply@hire.lever.co"),
              "Interview rescheduled: Senior Software Engineer, Routing Platform", "2026-11-02 09:18", LA, mid,
              "a27-12.smtp-out.us-west-2.amazonses.com (a27-12.smtp-out.us-west-2.amazonses.com [192.0.2.112])",
              extra=(("Reply-To", addr("Owen Castellanos", "owen.c@marlinroute.com")),))
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(19), family="forward_to_self", lang="en", interview=True, kind="rescheduled",
      company="Lowcountry Aerostructures", contact="curtis.lamb@lcaero.com",
      start=utc("2026-10-26 09:00", NY), end=utc("2026-10-26 12:00", NY),
      local="Mon 2026-10-26 09:00", local_end="2026-10-26 12:00", zone=NY,
      note="The candidate forwards to himself (message/rfc822) the hiring manager's reschedule: panel moved "
           "from Thu 10/22 1:00 PM to Mon Oct 26, '9:00-12:00' (EDT, UTC-4) = 13:00-16:00Z. Outer Date Sat 17 "
           "Oct. Sender is the candidate; contact = the human From of the forwarded message.")
def forward_self_lcaero():
    inner_body = t("""
        Hi Tyler,

        I'm sorry to do this, but two of our panelists have been pulled into a customer audit on
        Thursday the 22nd, so we need to move your panel from Thursday 10/22 at 1:00 PM.

        We've confirmed everyone for Monday, October 26 at 9:00 AM instead, same place (Building 88
        visitor center, 4200 Aviation Ave). Plan on 9:00-12:00; lunch with the team afterward is
        optional.

        Renee will send the updated visitor badge info.

        Curtis Lamb
        Senior Manager, Factory Software
        Lowcountry Aerostructures
        curtis.lamb@lcaero.com | 843-555-0127
        """)
    inner_hs = [
        ("From", addr("Curtis Lamb", "curtis.lamb@lcaero.com")), ("To", TO),
        ("Cc", addr("Renee Gaillard", "renee.gaillard@lcaero.com")),
        ("Subject", "Panel interview - moving to Monday 10/26"), ("Date", date("2026-10-16 17:31", NY)),
        ("Message-ID", "<DM6PR02MB5594F1E2D3C4B5A69788@DM6PR02MB5594.namprd02.prod.outlook.com>"),
    ]
    inner = message(inner_hs, text(inner_body, charset="us-ascii", cte="7bit"))
    note = t("""
        new time for the LCA panel - put in calendar, ask about relocation stipend?
        """)
    mid = "<F2A6C1D0-3E4B-4A59-8B7C-6D5E4F3A2B1C@example.org>"
    hs = head(TO, "Fwd: Panel interview - moving to Monday 10/26", "2026-10-17 09:12", NY, mid,
              "[192.0.2.45] (mobile-166-205-140-45.mycingular.net [192.0.2.45])",
              extra=(("X-Mailer", "iPhone Mail (22A3354)"),))
    return message(hs, mixed(text(note, charset="us-ascii", cte="7bit"),
                             attached_message(inner, filename="Panel interview - moving to Monday 10-26.eml")))


@mail(n(20), family="google_calendar", lang="en", interview=True, kind="rescheduled",
      company="Queen City Ledger", contact="brandon.yost@queencityledger.com",
      start=utc("2026-12-14 14:00", NY), end=utc("2026-12-14 15:30", NY),
      local="Mon 2026-12-14 14:00", local_end="2026-12-14 15:30", zone=NY,
      note="Google Calendar 'Updated invitation' (SEQUENCE:1) for the final round: changed to Mon Dec 14 "
           "2pm-3:30pm Eastern (EST, UTC-5) = 19:00-20:30Z; the description names the old slot (Wed 12/9 "
           "10am). Contact = organizer.")
def gcal_queen_city_update():
    body = t("""
        This event has been changed.

        Queen City Ledger - final round (Tyler Whitaker)
        Changed: Monday Dec 14, 2026 ⋅ 2pm – 3:30pm
        Eastern Time - New York

        Moved from Wed 12/9 10am because our CTO is traveling that week - thanks for flexing! Same
        Meet link. You'll meet Carla (CTO) and Dev (VP Product), 45 min each. -Brandon

        Joining info
        Join with Google Meet
        meet.google.com/jcs-ruwd-pqe

        Guests
        Brandon Yost - organizer
        Carla Mendes
        Devendra Pillai
        tyler.whitaker@example.org

        Reply for tyler.whitaker@example.org
        Yes: https://calendar.google.com/calendar/event?action=RESPOND&eid=Nmh0Yjl1&rst=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid=Nmh0Yjl1&rst=2
        Maybe: https://calendar.google.com/calendar/event?action=RESPOND&eid=Nmh0Yjl1&rst=3

        Invitation from Google Calendar
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/New_York:20261214T140000
        DTEND;TZID=America/New_York:20261214T153000
        DTSTAMP:20261208T144700Z
        ORGANIZER;CN=Brandon Yost:mailto:brandon.yost@queencityledger.com
        UID:6ht0b9u1e2k8s4r7m3v5c1a9q2@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Brandon Yost;X-NUM-GUESTS=0:mailto:brandon.yost@queencityledger.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tyler.whitaker@example.org;X-NUM-GUESTS=0:mailto:tyler.whitaker@example.org
        DESCRIPTION:Moved from Wed 12/9 10am because our CTO is traveling that week - thanks for flexing! Same Meet link.
        LOCATION:
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Queen City Ledger - final round (Tyler Whitaker)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<calendar-9c1d7e3f-2a4b-4c6d-8e0f-5a6b7c8d9e0f@google.com>"
    subject = ("Updated invitation: Queen City Ledger - final round (Tyler Whitaker) @ Mon Dec 14, 2026 "
               "2pm - 3:30pm (EST) (tyler.whitaker@example.org)")
    hs = head(addr("Brandon Yost", "brandon.yost@queencityledger.com"), subject, "2026-12-08 09:47", NY, mid,
              "mail-sor-f41.google.com (mail-sor-f41.google.com [203.0.113.41])",
              extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                     ("Reply-To", addr("Brandon Yost", "brandon.yost@queencityledger.com"))))
    return message(hs, alt(text(body), html(gmail_html(body)), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(21), family="exchange", lang="en", interview=True, kind="cancelled",
      company="Cumberland Freight Systems", contact="lpickett@cumberlandfreight.com",
      start=utc("2026-09-30 13:00", CHI), end=utc("2026-09-30 14:00", CHI),
      local="Wed 2026-09-30 13:00", local_end="2026-09-30 14:00", zone=CHI,
      note="Exchange cancellation (METHOD:CANCEL) from a Nashville company: 'Wednesday, September 30, 2026 "
           "1:00 PM-2:00 PM (UTC-06:00) Central Time' - CDT in September (UTC-5), so 18:00-19:00Z; TZID "
           "Central Standard Time agrees. Position on hold, no new time. Contact = organizer.")
def exchange_cancel_cumberland():
    body = t("""
        When: Wednesday, September 30, 2026 1:00 PM-2:00 PM (UTC-06:00) Central Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Tyler,

        Unfortunately the Software Engineer II (Dispatch) position has been put on hold because of a
        budget freeze, so I'm canceling our interview for now. I'm sorry for the short notice. If the
        req reopens in Q1 I'll reach out to you first.

        Lauren

        Lauren Pickett | Technical Recruiter
        Cumberland Freight Systems | Nashville, TN
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Central Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Lauren Pickett:mailto:lpickett@cumberlandfreight.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tyler Whitaker:mailto:tyler.whitaker@example.org
        UID:040000008200E00074C5B7101A82E00800000000C3F1A2B4D5E6DC01000000000000000010000000A7B8C9D0E1F2031425364758697A8B9C
        SUMMARY;LANGUAGE=en-US:Canceled: Interview - Tyler Whitaker (Software Engineer II\\, Dispatch)
        DTSTART;TZID=Central Standard Time:20260930T130000
        DTEND;TZID=Central Standard Time:20260930T140000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20260925T151200Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<PH0PR15MB4412C0D1E2F3A4B5C6D7@PH0PR15MB4412.namprd15.prod.outlook.com>"
    hs = head(addr("Lauren Pickett", "lpickett@cumberlandfreight.com"),
              "Canceled: Interview - Tyler Whitaker (Software Engineer II, Dispatch)", "2026-09-25 10:12", CHI, mid,
              "NAM15-DM6-obe.outbound.protection.outlook.com (mail-dm6nam15on2121.outbound.protection.outlook.com [198.51.100.121])",
              extra=(("Thread-Topic", "Interview - Tyler Whitaker (Software Engineer II, Dispatch)"),
                     ("Thread-Index", "AdsO2vKq7m1WfP4eTRuX0b9cQ1z8Hw=="), ("Importance", "high"),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@mail(n(22), family="human_prose", lang="en", interview=True, kind="cancelled", company="Harborline Systems",
      contact="dana.pruitt@harborline.io",
      start=utc("2026-09-24 13:00", NY), end=None,
      local="Thu 2026-09-24 13:00", zone=NY,
      note="Recruiter cancels Thursday's onsite 'at 1:00 (the 24th)' (EDT, UTC-4) = 17:00Z and only proposes "
           "Tue 29th at 1:00 as a new time pending the candidate's answer, so 'cancelled' with the cancelled "
           "slot. Contact = sender.")
def prose_cancel_harborline():
    body = t("""
        Hi Tyler,

        I'm so sorry - we need to cancel Thursday's onsite at 1:00 (the 24th). Our CTO came down with
        something and the rest of the loop doesn't make sense without her.

        Could you do Tuesday the 29th at 1:00 instead? I'll confirm with the panel as soon as I hear
        back from you. Again, really sorry for the shuffle.

        Dana

        Dana Pruitt
        Recruiting Coordinator | Harborline Systems

        On Fri, Sep 18, 2026 at 4:55 PM Tyler Whitaker <tyler.whitaker@example.org> wrote:
        > Thanks Dana, Thursday the 24th at 1 works. See you then.
        > Tyler
        """)
    mid = "<CAM9rT4pXk2+3nBv7Lq0eWs1ZdYf8HcJ6gUa@mail.gmail.com>"
    hs = head(addr("Dana Pruitt", "dana.pruitt@harborline.io"), "Re: Onsite at Harborline", "2026-09-22 08:55",
              NY, mid, "mail-qk1-f170.google.com (mail-qk1-f170.google.com [203.0.113.170])",
              extra=(("In-Reply-To", "<CAFx2mS4o8Bn@mail.example.org>"),
                     ("References", "<CAM9rT4a0Lq1@mail.gmail.com> <CAFx2mS4o8Bn@mail.example.org>")))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(23), family="greenhouse", lang="en", interview=True, kind="cancelled", company="Sapelo Cloud",
      contact="tasha.monroe@sapelocloud.com",
      start=utc("2026-12-15 10:00", NY), end=utc("2026-12-15 11:00", NY),
      local="Tue 2026-12-15 10:00", local_end="2026-12-15 11:00", zone=NY,
      note="Greenhouse cancellation from an Atlanta company with an ICS METHOD:CANCEL: Tue Dec 15 10:00-11:00 "
           "AM EST (UTC-5) = 15:00-16:00Z; no new time ('your recruiter will reach out'). Contact = Reply-To.")
def greenhouse_cancel_sapelo():
    body = t("""
        Hi Tyler,

        Your interview for Platform Engineer at Sapelo Cloud, scheduled for Tuesday, December 15, 2026
        from 10:00 AM to 11:00 AM EST, has been cancelled.

        We're sorry for any inconvenience. Your recruiter will reach out to find a new time that works.

        Sapelo Cloud Recruiting
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
        <p>Hi Tyler,</p>
        <p>Your interview for <b>Platform Engineer</b> at Sapelo Cloud, scheduled for <b>Tuesday, December 15, 2026
        from 10:00 AM to 11:00 AM EST</b>, has been cancelled.</p>
        <p>We&#39;re sorry for any inconvenience. Your recruiter will reach out to find a new time that works.</p>
        <p>Sapelo Cloud Recruiting</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Greenhouse Software//Greenhouse Interview Scheduler//EN
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:greenhouse-interview-88412093@greenhouse.io
        DTSTAMP:20261210T224000Z
        DTSTART:20261215T150000Z
        DTEND:20261215T160000Z
        SUMMARY:Interview with Sapelo Cloud
        ORGANIZER;CN=Tasha Monroe:mailto:tasha.monroe@sapelocloud.com
        ATTENDEE;CN=Tyler Whitaker:mailto:tyler.whitaker@example.org
        STATUS:CANCELLED
        SEQUENCE:2
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<Xq3r8Tb0QpOeZ1m2c4VvNw@geopod-ismtpd-6>"
    hs = head(addr("Sapelo Cloud", "no-reply@greenhouse.io"), "Interview Cancelled: Platform Engineer at Sapelo Cloud",
              "2026-12-10 17:40", NY, mid, "o2.greenhouse.io (o2.greenhouse.io [198.51.100.22])",
              extra=(("Reply-To", addr("Tasha Monroe", "tasha.monroe@sapelocloud.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment")))


# =========================================================================== negatives (keys 24-50)


@mail(n(24), family="job_centre", lang="en", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="Reemployment (RESEA) appointment at the local workforce center, Tue Oct 13 9:00 AM: a fixed "
           "time and the words 'job interviews', but an unemployment-office appointment, not a job interview.")
def job_centre_resea():
    body = t("""
        TRI-COUNTY WORKS - NORTH CHARLESTON CENTER
        Reemployment Services and Eligibility Assessment (RESEA)

        Claimant: TYLER WHITAKER
        Claim ID: ******4471

        You have been scheduled for a mandatory RESEA appointment.

        Date:     Tuesday, October 13, 2026
        Time:     9:00 AM
        Location: Tri-County Works Center, 1930 Hanahan Road, Suite 200, North Charleston, SC 29406
        With:     Reemployment Specialist (assigned at check-in)

        Please bring:
          - a government-issued photo ID
          - your work search log for the last four weeks, including any job interviews you attended
          - a current resume (paper or on your phone)

        Failure to attend this appointment may affect your eligibility for benefits. To reschedule,
        call 843-555-0100 at least one business day in advance. Do not reply to this email.

        This is an automated message from the Tri-County Works notification system.
        """)
    mid = "<20261005133012.4471.resea@notify.tricountyworks.org>"
    hs = head(addr("Tri-County Works", "no-reply@notify.tricountyworks.org"),
              "RESEA Appointment Scheduled - Action Required", "2026-10-05 09:30", NY, mid,
              "smtp2.tricountyworks.org (smtp2.tricountyworks.org [198.51.100.200])")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(25), family="press_interview", lang="en", interview=False, company=None,
      days=(("Fri", "2026-10-23"),),
      note="A reporter confirms 'our interview Friday at 3 p.m.' (Oct 23) for a story on port automation: a "
           "confirmed interview slot, but the candidate is the source in a press interview, not a job candidate.")
def press_reporter():
    body = t("""
        Hi Tyler,

        Thanks so much for agreeing to talk with me - confirming our interview Friday (Oct. 23) at 3 p.m.
        by phone. I'll call your cell at 843-555-0139. It should take about 30 minutes.

        As I mentioned, the piece is about how the new automated gate and the appointment system have
        changed truck turn times at the terminals, and what it's like to build software for a port that
        runs 24/7. I'd like to quote you by name and job title; if your employer needs to sign off, just
        let me know before Friday.

        Best,
        Alexis Boone
        Business Reporter
        The Charleston Harbor Ledger
        aboone@harborledger.com | 843-555-0188
        """)
    mid = "<CAL7pQ3xVb1+9kTr2Ys0mNe4HdWf6CgJ8aUz@mail.gmail.com>"
    hs = head(addr("Alexis Boone", "aboone@harborledger.com"), "Interview Friday - port automation story",
              "2026-10-19 11:26", NY, mid, "mail-io1-f44.google.com (mail-io1-f44.google.com [203.0.113.44])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(26), family="podcast", lang="en", interview=False, company=None,
      days=(("Wed", "2026-11-18"),),
      note="Podcast host confirms a recording session ('episode interview') Wed Nov 18 6:00 PM ET: fixed time, "
           "not a job interview.")
def podcast_dockside():
    body = t("""
        Hey Tyler,

        Stoked to have you on Dockside Dev! You're locked in for our recording:

        Wednesday, November 18 @ 6:00 PM ET (runs ~60 min, we edit it down)
        Studio link: https://riverside.fm/studio/dockside-dev?t=7f2c91

        Format is loose - it's an interview-style conversation about how you got into port tech, the
        weirdest EDI bug you've chased, and a few rapid-fire questions at the end. Use headphones and a
        wired connection if you can.

        The episode should drop the first week of December.

        Cheers,
        Marco Teague
        Host, Dockside Dev - a podcast about the software that moves stuff
        marco@docksidedev.fm
        """)
    mid = "<01000193b4e7c2a1-3f2e1d0c-b9a8-4765-8432-10fedcba9876-000000@email.amazonses.com>"
    hs = head(addr("Marco Teague", "marco@docksidedev.fm"), "You're booked on Dockside Dev 🎙️",
              "2026-11-10 13:05", NY, mid, "a48-110.smtp-out.amazonses.com (a48-110.smtp-out.amazonses.com [192.0.2.110])")
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(n(27), family="admission_interview", lang="en", interview=False, company=None,
      days=(("Fri", "2026-11-13"),),
      note="Professional MBA admissions interview confirmed Fri Nov 13 12:00-12:30 PM ET with an ICS: an "
           "admission interview for a degree programme, not a job interview.")
def mba_admission():
    body = t("""
        Dear Tyler,

        Thank you for applying to the Professional MBA program at the Ashley Graduate School of Business.
        We are pleased to confirm your admissions interview:

        Friday, November 13, 2026
        12:00 PM - 12:30 PM Eastern Time
        Zoom (link in the attached calendar invitation)
        Interviewer: Caroline Huger, Associate Director of Admissions

        The interview is conversational and lasts 30 minutes. Be prepared to discuss your career goals,
        why you are pursuing an MBA now, and how you plan to balance the evening schedule with your job.

        Round 2 decisions will be released on January 29, 2027.

        Sincerely,
        Office of Graduate Admissions
        Ashley Graduate School of Business
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Slate//Technolutions Slate//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:slate-interview-3c8f21d7@apply.ashleygsb.edu
        DTSTAMP:20261104T141500Z
        DTSTART:20261113T170000Z
        DTEND:20261113T173000Z
        SUMMARY:Professional MBA Admissions Interview - Tyler Whitaker
        LOCATION:https://ashleygsb.zoom.us/j/92211804431
        ORGANIZER;CN=Caroline Huger:mailto:chuger@ashleygsb.edu
        ATTENDEE;CN=Tyler Whitaker;RSVP=TRUE:mailto:tyler.whitaker@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<slate.3c8f21d7.20261104141500@apply.ashleygsb.edu>"
    hs = head(addr("AGSB Graduate Admissions", "mba-admissions@ashleygsb.edu"),
              "Your Professional MBA Admissions Interview is Confirmed", "2026-11-04 09:15", NY, mid,
              "mail.technolutions.net (mail.technolutions.net [198.51.100.150])",
              extra=(("Reply-To", addr("Caroline Huger", "chuger@ashleygsb.edu")),))
    return message(hs, mixed(text(body), calendar(ics, method="REQUEST", filename="interview.ics",
                                                  disposition="attachment")))


@mail(n(28), family="sports_tryout", lang="en", interview=False, company=None,
      days=(("Sat", "2026-09-19"),),
      note="Rugby club try-out Sat Sep 19 9:00 AM with a check-in time: fixed, but a sports try-out.")
def rugby_tryout():
    body = t("""
        Hi Tyler,

        Thanks for filling out the interest form! Fall try-outs for the Holy City RFC men's side are on:

        Saturday, September 19
        Check-in 8:30 AM, session 9:00 AM - 11:00 AM
        James Island County Park, fields 3 and 4

        Bring boots, a mouthguard and plenty of water - it will still be hot. Coaches will run you
        through fitness, handling and a few short scrimmages, then sit down with each new player for a
        quick chat about positions and availability. Social after at Fam's Brewing.

        No experience? No problem, half our B side started last year.

        Cheers,
        Pete Ravenel
        Club Secretary, Holy City RFC
        secretary@holycityrfc.org
        """)
    mid = "<4b1e9c7a-2d3f-4e5a-b6c7-d8e9f0a1b2c3@holycityrfc.org>"
    hs = head(addr("Holy City RFC", "secretary@holycityrfc.org"), "Fall try-outs - Saturday 9/19",
              "2026-09-14 19:40", NY, mid, "mail-pf1-f171.google.com (mail-pf1-f171.google.com [203.0.113.171])")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(29), family="car_service", lang="en", interview=False, company=None,
      days=(("Sat", "2026-10-17"),),
      note="Dealership service appointment confirmed Sat 10/17/2026 8:30 AM (HTML only, iso-8859-1): fixed "
           "time, not an interview.")
def car_service():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:13px">
        <table width="600" cellpadding="10" style="border:1px solid #ccc">
        <tr><td style="background:#c8102e;color:#fff;font-size:18px">Ashley Motors Service</td></tr>
        <tr><td>
        <p>Hello TYLER,</p>
        <p>Your service appointment is confirmed.</p>
        <p><b>Appointment:</b> Sat 10/17/2026 8:30 AM<br>
        <b>Vehicle:</b> 2019 Toyota Tacoma SR5 &middot; VIN ending 40217<br>
        <b>Services:</b> 60,000 mile maintenance, tire rotation, check A/C (customer states &laquo;weak on hot days&raquo;)<br>
        <b>Advisor:</b> Luis Barreto<br>
        <b>Transportation:</b> Waiting &ndash; estimated 2 h 30 min</p>
        <p>Complimentary Wi-Fi and coffee in our lounge. Need to change your time? Reply STOP to opt out of texts or call 843-555-0150.</p>
        <p>2410 Savannah Hwy, Charleston, SC 29414</p>
        <p style="font-size:10px;color:#777">Prices and estimates are subject to change after inspection. © 2026 Ashley Motors</p>
        </td></tr></table>
        </body></html>
        """)
    mid = "<1792060200.88213.svc@mail.xtime.example.net>"
    hs = head(addr("Ashley Motors Service", "service@ashleymotors-notify.com"),
              "Appointment Confirmed - Sat 10/17/2026 8:30 AM", "2026-10-12 14:10", NY, mid,
              "out-14.xtime-notify.com (out-14.xtime-notify.com [198.51.100.14])")
    return message(hs, html(page, charset="iso-8859-1"))


@mail(n(30), family="bookings_advisor", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Microsoft Bookings confirmation from a credit union: meeting with a financial advisor about a 401(k) "
           "rollover, Thu Nov 12 10:00 AM, with ICS. Same producer as the university interview mail, but a bank "
           "appointment.")
def bookings_credit_union():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <p style="font-size:20px">Your booking is confirmed</p>
        <p>Hi Tyler Whitaker,</p>
        <p>Thank you for booking with Lowcountry Federal Credit Union &ndash; Mount Pleasant Branch.</p>
        <table cellpadding="4">
        <tr><td style="color:#605e5c">Service</td><td>Retirement &amp; 401(k) Rollover Consultation</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Beth Ann Rhodes, CFP&reg;</td></tr>
        <tr><td style="color:#605e5c">Date and time</td><td>11/12/2026 10:00 AM (UTC-05:00) Eastern Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Duration</td><td>45 minutes</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>1101 Johnnie Dodds Blvd, Mount Pleasant, SC 29464</td></tr>
        </table>
        <p>Please bring your most recent statement from your current employer&#39;s plan. If you are changing
        jobs, we can also review your options for an existing plan.</p>
        <p style="color:#a19f9d;font-size:11px">Powered by Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Lowcountry FCU - Mount Pleasant:mailto:MountPleasantBranch@lowcountryfcu.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Tyler Whitaker:mailto:tyler.whitaker@example.org
        UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC01000000000000000010000000112233445566778899AABBCCDDEEFF00
        SUMMARY;LANGUAGE=en-US:Retirement & 401(k) Rollover Consultation
        DTSTART;TZID=Eastern Standard Time:20261112T100000
        DTEND;TZID=Eastern Standard Time:20261112T104500
        DTSTAMP:20261106T163000Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:1101 Johnnie Dodds Blvd\\, Mount Pleasant\\, SC 29464
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<SJ0PR14MB5210A9B8C7D6E5F4A3B2@SJ0PR14MB5210.namprd14.prod.outlook.com>"
    hs = head(addr("Lowcountry FCU - Mount Pleasant", "MountPleasantBranch@lowcountryfcu.org"),
              "Your booking is confirmed: Retirement & 401(k) Rollover Consultation", "2026-11-06 11:30", NY, mid,
              "NAM14-SJ0-obe.outbound.protection.outlook.com (mail-sj0nam14on2098.outbound.protection.outlook.com [198.51.100.98])")
    return message(hs, mixed(html(page), calendar(ics, method="REQUEST", filename="invite.ics",
                                                  disposition="attachment", cte="base64")))


@mail(n(31), family="mock_interview_coach", lang="en", interview=False, company=None,
      days=(("Mon", "2026-10-05"),),
      note="Career coach's scheduler confirms a 'Mock System Design Interview' session Mon Oct 5 7:00 PM ET: "
           "a practice session, not a job interview.")
def coach_mock():
    body = t("""
        Hi Tyler,

        Your appointment has been confirmed!

        What: Mock System Design Interview (60 min)
        When: Monday, October 5, 2026 at 7:00pm (Eastern Time)
        With: Nina Alvarez
        Where: Zoom - https://us02web.zoom.us/j/88014557320

        Nina will play the interviewer for a 45-minute "design a container yard appointment system"
        prompt, then spend 15 minutes on feedback. Bring a drawing tool you're comfortable with
        (Excalidraw is fine).

        Need to reschedule? https://ninaalvarezcoaching.as.me/schedule.php?action=appt&id=a7f9e2

        Paid: $120.00 (Visa ending 0931)

        Nina Alvarez Career Coaching
        """)
    mid = "<20261001T221500.6b2f8e@acuityscheduling.com>"
    hs = head(addr("Nina Alvarez Career Coaching", "no-reply@acuityscheduling.com"),
              "Confirmed: Mock System Design Interview with Nina Alvarez on Monday, October 5",
              "2026-10-01 18:15", NY, mid, "mail.acuityscheduling.com (mail.acuityscheduling.com [198.51.100.231])",
              extra=(("Reply-To", addr("Nina Alvarez", "nina@ninaalvarezcoaching.com")),))
    return message(hs, text(body))


@mail(n(32), family="proposed_times", lang="en", interview=False, company="Broad River Robotics",
      days=(("Tue", "2026-11-03"), ("Wed", "2026-11-04")),
      note="In-house recruiter proposes 'Tuesday (11/3) at 10 or Wednesday (11/4) at 2' and will send an invite "
           "once one is picked: nothing confirmed yet.")
def proposed_broad_river():
    body = t("""
        Hi Tyler,

        Thanks for sending over your availability. Our Director of Software, Andre Gadsden, would love to
        do a first call with you about the Robotics Software Engineer opening in Columbia.

        Would Tuesday (11/3) at 10:00 AM or Wednesday (11/4) at 2:00 PM work? Both are Eastern. Once you
        pick one I'll send a calendar invite with the Teams link.

        Best,
        Tamika Ford
        Senior Recruiter | Broad River Robotics
        tford@broadriverrobotics.com
        """)
    mid = "<BY5PR12MB4130E4F5A6B7C8D9E0F1@BY5PR12MB4130.namprd12.prod.outlook.com>"
    hs = head(addr("Tamika Ford", "tford@broadriverrobotics.com"), "RE: Robotics Software Engineer - first call",
              "2026-10-29 13:52", NY, mid,
              "NAM12-BY5-obe.outbound.protection.outlook.com (mail-by5nam12on2130.outbound.protection.outlook.com [198.51.100.130])",
              extra=(("In-Reply-To", "<CAFx2mT0aa9Q@mail.example.org>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(33), family="forwarded_other_person", lang="en", interview=False, company=None,
      days=(("Wed", "2026-09-23"),),
      note="A former colleague forwards HIS OWN Lever interview confirmation (Wed Sep 23 11:00 AM EDT at Coastal "
           "Empire Freight) asking for tips: a confirmed interview, but for someone else. Sender is a friend, "
           "company null.")
def forwarded_friend():
    body = t("""
        ha, looks like we're both in the running at CEF. mine's wednesday. any tips on Marcus? you said
        he was chill on the phone

        -Chris

        ---------- Forwarded message ---------
        From: Coastal Empire Freight <no-reply@hire.lever.co>
        Date: Mon, Sep 21, 2026 at 3:02 PM
        Subject: Interview confirmation: Software Engineer, Terminal Apps
        To: Chris Manigault <chris.manigault@example.net>


        Hi Chris,

        We're excited to confirm your interview for Software Engineer, Terminal Apps at Coastal Empire
        Freight.

        Wednesday, September 23, 2026
        11:00 AM - 12:00 PM EDT
        Google Meet: https://meet.google.com/hzq-vbnm-rto

        Interviewers: Marcus Odom, Keisha Bynum

        If you have any questions, simply reply to this email.

        Thanks,
        Coastal Empire Freight Talent Team
        """)
    mid = "<CAGp5Rk2Nx8+4yTq7Wm1cLe9BfVh3DsK0jPa@mail.gmail.com>"
    hs = head(addr("Chris Manigault", "chris.manigault@example.net"),
              "Fwd: Interview confirmation: Software Engineer, Terminal Apps", "2026-09-21 19:40", NY, mid,
              "mail-ua1-f50.google.com (mail-ua1-f50.google.com [203.0.113.50])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(34), family="interviewer_request", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Exchange meeting request at the candidate's CURRENT employer (work address, auto-forwarded): he is "
           "an interviewer on a candidate's tech screen Thu Oct 1 2:00-3:00 PM. A confirmed interview, but not "
           "his own job interview.")
def current_job_interviewer():
    body = t("""
        When: Thursday, October 1, 2026 2:00 PM-3:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Wando Terminal Systems - 2nd floor huddle room / Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Hi Tyler,

        Thanks for agreeing to join the panel. Jamal Reed is interviewing for the Backend Engineer
        opening on the gate automation team. Please focus on data modeling (the appointment/visit
        schema exercise is in the interview kit) and leave 10 minutes for his questions.

        Scorecards are due in Greenhouse by end of day Friday.

        Thanks,
        Heather Lyles
        People Operations | Wando Terminal Systems
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Heather Lyles:mailto:hlyles@wandoterminal.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tyler Whitaker:mailto:twhitaker@wandoterminal.com
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jamal Reed:mailto:jamal.reed@example.com
        UID:040000008200E00074C5B7101A82E00800000000D4C3B2A1F0E9DC0100000000000000001000000099AABBCCDDEEFF001122334455667788
        SUMMARY;LANGUAGE=en-US:Interview: Jamal Reed - Backend Engineer (tech screen)
        DTSTART;TZID=Eastern Standard Time:20261001T140000
        DTEND;TZID=Eastern Standard Time:20261001T150000
        DTSTAMP:20260928T134400Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:2nd floor huddle room / Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<IA1PR10MB7365B1C2D3E4F5061728@IA1PR10MB7365.namprd10.prod.outlook.com>"
    hs = head(addr("Heather Lyles", "hlyles@wandoterminal.com"),
              "Interview: Jamal Reed - Backend Engineer (tech screen)", "2026-09-28 09:44", NY, mid,
              "NAM10-IA1-obe.outbound.protection.outlook.com (mail-ia1nam10on2112.outbound.protection.outlook.com [198.51.100.112])",
              to=addr("Tyler Whitaker", "twhitaker@wandoterminal.com"),
              extra=(("X-Forwarded-To", ME),
                     ("X-Forwarded-For", f"twhitaker@wandoterminal.com {ME}"),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(35), family="rejection", lang="en", interview=False, company="Kelpwise",
      note="Ashby rejection after the Sep 29 systems design interview (mentions 'your interview' and the "
           "date): no new time.")
def rejection_kelpwise():
    body = t("""
        Hi Tyler,

        Thank you for taking the time to interview with us for the Senior Software Engineer, Port
        Integrations role, and for the thoughtful systems design conversation on September 29.

        After a lot of discussion, the team has decided to move forward with another candidate whose
        background is a closer match to the carrier-integrations work we need right now. This was a
        close call, and Graham and Mei both asked me to pass along how much they enjoyed your approach
        to the EDI backlog problem.

        We'd genuinely like to stay in touch as the team grows in 2027.

        Best,
        Priya Raman
        Recruiting, Kelpwise
        """)
    mid = "<0100019a4c2d8e7f-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d-000000@email.amazonses.com>"
    hs = head(addr("Kelpwise", "no-reply@ashbyhq.com"), "Update on your application to Kelpwise",
              "2026-10-08 10:14", LA, mid, "a8-51.smtp-out.amazonses.com (a8-51.smtp-out.amazonses.com [192.0.2.51])",
              extra=(("Reply-To", addr("Priya Raman", "priya@kelpwise.com")),))
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(n(36), family="offer", lang="en", interview=False, company="Congaree Data Works",
      days=(("Thu", "2026-09-24"),),
      note="Offer letter after the Sep 15 onsite; a call to walk through the offer is on the calendar for "
           "Thu Sep 24 4:00 PM - a fixed time, but an offer call, not an interview.")
def offer_congaree():
    body = t("""
        Hi Tyler,

        On behalf of everyone at Congaree Data Works, I'm delighted to offer you the position of Senior
        Platform Engineer! Your offer letter is attached and is also available to sign in DocuSign.

        Highlights:
          - Base salary: $148,000
          - Sign-on bonus: $10,000
          - Hybrid: two days a week in our Columbia office, with travel reimbursed
          - Target start date: Monday, January 4, 2027

        Sam would like to walk you through the team plan and answer questions, so I've put 30 minutes on
        the calendar for Thursday, September 24 at 4:00 PM. We'd ask for your decision by Friday,
        October 2.

        Congratulations - we're really hoping you'll join us.

        Whitney Cole
        People & Talent | Congaree Data Works
        wcole@congareedata.com
        """)
    mid = "<CAB8kR2w1Qm+7tN3pLx0yVe5GcZf9HdJ4sTa@mail.gmail.com>"
    hs = head(addr("Whitney Cole", "wcole@congareedata.com"), "Your offer from Congaree Data Works",
              "2026-09-21 15:35", NY, mid, "mail-vs1-f48.google.com (mail-vs1-f48.google.com [203.0.113.48])",
              extra=(("Cc", addr("Sam Leland", "sleland@congareedata.com")),))
    pdf = raw_part([("Content-Type", 'application/pdf; name="CDW_Offer_Letter_Whitaker.pdf"'),
                    ("Content-Disposition", 'attachment; filename="CDW_Offer_Letter_Whitaker.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRvYmoKJSVFT0YK\n")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), pdf))


@mail(n(37), family="join_receipt", lang="en", interview=False, company="Oglethorpe Port Systems",
      note="JOIN application receipt ('we will get back to you ... invite you to an interview'): no time.")
def join_receipt():
    body = t("""
        Hi Tyler,

        Thank you for your application as Software Engineer - Vessel Planning at Oglethorpe Port Systems
        in Savannah, GA.

        We have received your documents and will review them carefully. If your profile is a match, we
        will get back to you within the next two weeks to invite you to an interview.

        You can check the status of your application at any time:
        https://join.com/candidate/applications/4817220

        Best regards,
        Your Oglethorpe Port Systems team

        ---
        This email was sent via JOIN. JOIN Solutions AG, Zurich.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;color:#222;font-size:14px">
        <p>Hi Tyler,</p>
        <p>Thank you for your application as <b>Software Engineer - Vessel Planning</b> at Oglethorpe Port Systems in Savannah, GA.</p>
        <p>We have received your documents and will review them carefully. If your profile is a match, we will get back to you within the next two weeks to invite you to an interview.</p>
        <p><a href="https://join.com/candidate/applications/4817220">Check application status</a></p>
        <p>Best regards,<br>Your Oglethorpe Port Systems team</p>
        <p style="font-size:11px;color:#888">This email was sent via JOIN. JOIN Solutions AG, Zurich.</p>
        </body></html>
        """)
    mid = "<20261007142211.9f8e7d6c5b4a@mail.join.com>"
    hs = head(addr("Oglethorpe Port Systems via JOIN", "noreply@join.com"),
              "Your application at Oglethorpe Port Systems", "2026-10-07 10:22", NY, mid,
              "mail.join.com (mail.join.com [198.51.100.177])")
    return message(hs, alt(text(body), html(page)))


@mail(n(38), family="job_alert", lang="en", interview=False, company=None,
      note="Job-board alert with 'Interviewing now' and 'Apply by Friday' badges: no appointment.")
def job_alert():
    page = t("""
        <html><body style="margin:0;background:#eef1f4;font-family:Arial,Helvetica,sans-serif">
        <table width="600" align="center" cellpadding="16" style="background:#fff">
        <tr><td><b style="font-size:20px;color:#0b5cad">JobHarbor</b></td></tr>
        <tr><td>
        <p>Hi Tyler, here are <b>9 new jobs</b> matching <b>&quot;software engineer&quot;</b> near <b>Charleston, SC</b>.</p>
        <p><a href="https://jobharbor.example.com/j/771021">Senior Software Engineer &ndash; Logistics Platform</a><br>
        Wando Bay Analytics &middot; Mount Pleasant, SC &middot; $135k&ndash;$160k<br>
        <span style="background:#e6f4ea;color:#137333;font-size:12px">Interviewing now</span></p>
        <p><a href="https://jobharbor.example.com/j/771044">Software Engineer II (Hybrid)</a><br>
        Palmetto Medical Devices &middot; Summerville, SC<br>
        <span style="font-size:12px;color:#555">Apply by Friday &middot; Easy Apply</span></p>
        <p><a href="https://jobharbor.example.com/j/771090">Staff Engineer, Fleet Telematics (Remote)</a><br>
        Peachtree Fleetworks &middot; Atlanta, GA (Remote) &middot; $170k&ndash;$195k</p>
        <p><a href="https://jobharbor.example.com/j/771102">Embedded Software Engineer</a><br>
        Lowcountry Aerostructures &middot; North Charleston, SC<br>
        <span style="font-size:12px;color:#555">Hiring event on site &middot; US person required</span></p>
        <p><a href="https://jobharbor.example.com/alerts">See all 9 jobs</a></p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888">You are receiving this alert because you subscribed on JobHarbor.
        <a href="https://jobharbor.example.com/unsubscribe?u=7f3a">Unsubscribe</a></td></tr>
        </table></body></html>
        """)
    mid = "<alert.20261103.7f3a.771021@mail.jobharbor.example.com>"
    hs = head(addr("JobHarbor Alerts", "alerts@mail.jobharbor.example.com"),
              "9 new Software Engineer jobs near Charleston, SC", "2026-11-03 06:02", NY, mid,
              "mta3.mail.jobharbor.example.com (mta3.mail.jobharbor.example.com [198.51.100.3])",
              extra=(("List-Unsubscribe", "<https://jobharbor.example.com/unsubscribe?u=7f3a>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")))
    return message(hs, html(page))


@mail(n(39), family="newsletter_tips", lang="en", interview=False, company=None,
      note="Newsletter post 'Five days before the onsite' with an example schedule ('Thursday at 1 PM', "
           "'9:30 AM tomorrow') and a Q&A plug: advice, no appointment for the reader.")
def newsletter_onsite():
    body = t("""
        THE SYSTEMS SHEET - Issue #88

        Five days before the onsite: a prep plan that actually fits around a job

        Say your recruiter just confirmed a virtual onsite for Thursday at 1 PM. You still have a day
        job, and "study everything" is not a plan. Here's how I'd split the five days:

        Day 1 - Re-read the job description and write down three stories that map to it.
        Day 2 - One system design problem, out loud, timed at 45 minutes.
        Day 3 - Review the company's engineering blog; find one thing you'd ask about.
        Day 4 - Light coding warm-up. Sleep.
        Day 5 - Test your camera, your mic and your route to the coffee at 9:30 AM tomorrow.

        A reader asked: "What do I do if they reschedule the interview on me twice?" Short answer: it is
        almost never about you. Reply warmly, offer two windows, and keep going with other processes.

        Paid subscribers: our live Q&A is this Thursday. Bring your questions.

        You're receiving this because you subscribed to The Systems Sheet.
        Unsubscribe: https://systemssheet.example.com/unsubscribe
        """)
    mid = "<post-88.20261013@systemssheet.example.com>"
    hs = head(addr("The Systems Sheet", "newsletter@systemssheet.example.com"),
              "Five days before the onsite", "2026-10-13 07:00", NY, mid,
              "mx.newsletters.example.com (mx.newsletters.example.com [198.51.100.240])",
              extra=(("List-Id", "The Systems Sheet <systemssheet.example.com>"),
                     ("List-Unsubscribe", "<https://systemssheet.example.com/unsubscribe>"),
                     ("Precedence", "bulk")))
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(40), family="goodtime_availability", lang="en", interview=False, company="Peachtree Fleetworks",
      days=(("Mon", "2026-11-09"), ("Tue", "2026-11-10"), ("Wed", "2026-11-11")),
      note="GoodTime availability request (pick your windows for a 2.5-hour virtual onsite on Mon Nov 9 - Wed "
           "Nov 11): no fixed time yet. The confirmation comes later in another mail.")
def goodtime_availability():
    body = t("""
        Hi Tyler,

        Congratulations on moving forward with Peachtree Fleetworks! Next up is a virtual onsite of about
        2.5 hours (coding, system design and a chat with the hiring manager).

        Please share your availability using the link below. We're looking at Monday, November 9 through
        Wednesday, November 11; select every window that works for you (Eastern Time) and we'll confirm
        the schedule within two business days.

        Share your availability: https://app.goodtime.io/availability/peachtreefleet/c8f2a1e7

        Thanks!
        Alicia Grant
        Recruiting Coordinator, Peachtree Fleetworks
        """)
    mid = "<20261027150200.2c4e6a8b0d1f@goodtime.io>"
    hs = head(addr("Peachtree Fleetworks Recruiting", "no-reply@goodtime.io"),
              "Peachtree Fleetworks: please share your availability", "2026-10-27 11:02", NY, mid,
              "o1.mail.goodtime.io (o1.mail.goodtime.io [198.51.100.61])",
              extra=(("Reply-To", addr("Alicia Grant", "alicia.grant@peachtreefleet.com")),))
    return message(hs, text(body))


@mail(n(41), family="recruiter_outreach", lang="en", interview=False, company="Ironclad Maritime Software",
      note="Cold outreach asking for 'a 15-minute chat sometime this week': nothing fixed.")
def outreach_ironclad():
    body = t("""
        Hi Tyler,

        I came across your profile and your talk at the Charleston Digital Corridor meetup on
        terminal gate automation - really sharp stuff.

        I'm hiring for a Staff Software Engineer on our vessel-ops platform at Ironclad Maritime
        Software (fully remote, US). It's a small team working with three of the largest East Coast
        terminals, and your TOS/EDI background would be a big plus.

        Would you be open to a 15-minute chat sometime this week? Happy to work around your schedule -
        mornings are usually easiest for me.

        Best,
        Beau Tillman
        Technical Recruiter, Ironclad Maritime Software
        beau.tillman@ironcladmaritime.com | Norfolk, VA
        """)
    mid = "<CAC3nT9s2Wm+5pR7kLx1yQe8DbZh4FgJ0vUb@mail.gmail.com>"
    hs = head(addr("Beau Tillman", "beau.tillman@ironcladmaritime.com"), "Staff Engineer - vessel ops (remote)",
              "2026-11-17 08:48", NY, mid, "mail-lf1-f45.google.com (mail-lf1-f45.google.com [203.0.113.45])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(42), family="auto_reply", lang="en", interview=False, company="Tidewater Health",
      note="Exchange automatic reply from the hiring recruiter to the candidate's thank-you note after the "
           "Oct 15 interview; out of office Oct 16-19. Company = the sender's employer (a hiring company).")
def ooo_tidewater():
    body = t("""
        Thank you for your email. I am out of the office Friday, October 16 through Monday, October 19 with
        limited access to email. I will respond when I return on Tuesday, October 20.

        If you need to reschedule an interview or have an urgent question about a Tidewater Health
        position, please contact talentacquisition@tidewaterhealth.org.

        Janelle Brooks
        Talent Acquisition, Tidewater Health
        """)
    mid = "<d4c3b2a1e0f94857a6b5c4d3e2f1a0b9@EXCH01.tidewaterhealth.org>"
    hs = head(addr("Janelle Brooks", "jbrooks@tidewaterhealth.org"),
              "Automatic reply: Thank you - Senior Integration Engineer interview", "2026-10-16 08:03", NY, mid,
              "mail.tidewaterhealth.org (mail.tidewaterhealth.org [198.51.100.190])",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAFx2mU8nv3T@mail.example.org>"),
                     ("Thread-Topic", "Thank you - Senior Integration Engineer interview")))
    return message(hs, text(body))


@mail(n(43), family="bounce", lang="en", interview=False, company=None,
      note="Delivery status notification (multipart/report) for the candidate's thank-you note to a mistyped "
           "address; the returned message talks about 'the interview on Tuesday'. Nothing scheduled.")
def bounce_thank_you():
    human = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

                           The mail system

        <lena.whitfeld@forsythmarine.com>: host
            forsythmarine-com.mail.protection.outlook.com[198.51.100.250] said: 550 5.1.10
            RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
            (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Rk2Tq0Mz5z9vB1
        Arrival-Date: Tue, 27 Oct 2026 17:04:51 +0000 (UTC)

        Final-Recipient: rfc822; lena.whitfeld@forsythmarine.com
        Original-Recipient: rfc822;lena.whitfeld@forsythmarine.com
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; forsythmarine-com.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
        """)
    orig_body = t("""
        Hi Lena,

        Thank you for your time at the interview on Tuesday - I really enjoyed digging into the buoy
        telemetry pipeline with you. Happy to send over the Kafka consumer example I mentioned.

        Best,
        Tyler
        """)
    orig = message([("From", TO), ("To", addr("Lena Whitfield", "lena.whitfeld@forsythmarine.com")),
                    ("Subject", "Thank you"), ("Date", date("2026-10-27 13:04", NY)),
                    ("Message-ID", "<CAFx2mV1bq0X@mail.example.org>")],
                   text(orig_body, charset="us-ascii", cte="7bit"))
    report = multipart("report", text(human, charset="us-ascii", cte="7bit"),
                       raw_part([("Content-Type", "message/delivery-status"), ("Content-Description",
                                                                               "Delivery report")], status),
                       attached_message(orig), params="report-type=delivery-status")
    mid = "<20261027170452.4Rk2Tq0Mz5z9vB1@mx1.example.org>"
    hs = head(addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.org"),
              "Undelivered Mail Returned to Sender", "2026-10-27 13:04", NY, mid, "localhost (localhost [127.0.0.1])",
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


@mail(n(44), family="mailing_list", lang="en", interview=False, company=None,
      note="Local developers' Google Group thread: someone describes their Harborline onsite ('a Thursday at 1, "
           "ran three hours'); list mail, nothing for the reader.")
def mailing_list_chsdevs():
    body = t("""
        I did their loop in the spring. Recruiter screen, then a 45-min call with the hiring manager,
        then the onsite - mine was a Thursday at 1 and ran about three hours, including a whiteboard
        session on berth scheduling. Super friendly people, and they were upfront about comp.

        One tip: they care a lot more about how you deal with messy vendor data than about algorithms.

        - Jordan

        On Mon, Sep 14, 2026 at 9:12 AM Priscilla Nguyen wrote:
        > Anyone here interviewed at Harborline Systems? Trying to figure out what their process looks
        > like before my phone screen next week.

        --
        You received this message because you are subscribed to the Google Groups "Charleston Devs" group.
        To unsubscribe from this group and stop receiving emails from it, send an email to chs-devs+unsubscribe@googlegroups.com.
        To view this discussion visit https://groups.google.com/d/msgid/chs-devs/CAK9x2Lm7pQ.
        """)
    mid = "<CAK9x2Lm7pQ+3vTb1Wn0yRe6FcZg8HdJ2sUa@mail.gmail.com>"
    hs = head(addr("Jordan Pressley", "jpressley@example.com"), "Re: [chs-devs] Anyone interviewed at Harborline?",
              "2026-09-14 12:37", NY, mid, "mail-sor-f73.google.com (mail-sor-f73.google.com [203.0.113.73])",
              to="Charleston Devs <chs-devs@googlegroups.com>",
              extra=(("Reply-To", "chs-devs@googlegroups.com"), ("Mailing-list", "list chs-devs@googlegroups.com"),
                     ("List-Id", "<chs-devs.googlegroups.com>"), ("Precedence", "list"),
                     ("List-Post", "<https://groups.google.com/group/chs-devs/post>, <mailto:chs-devs@googlegroups.com>"),
                     ("List-Unsubscribe", "<mailto:googlegroups-manage+1048812733+unsubscribe@googlegroups.com>")))
    return message(hs, text(body))


@mail(n(45), family="meetup", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Meetup RSVP confirmation for a talk 'Systems Design Interviews, Demystified' Tue Nov 17 6:30 PM: a "
           "community event about interviews, not an interview.")
def meetup_rsvp():
    body = t("""
        You're going!

        Systems Design Interviews, Demystified
        Charleston Software Engineers

        Tuesday, November 17, 2026
        6:30 PM to 8:30 PM EST

        The Harbor Entrepreneur Center
        480 East Bay St, Charleston, SC

        Two hiring managers from local companies walk through a real systems design prompt, then
        run short mock interviews with volunteers from the audience. Pizza from 6:30, talk at 7.

        Add to calendar: https://www.meetup.com/charleston-swe/events/304118827/ics/

        Can't make it? Update your RSVP so someone on the waitlist can go.
        """)
    mid = "<1063247118.88120.1792523400000@meetup.com>"
    hs = head(addr("Meetup", "info@meetup.com"), "You're going to \"Systems Design Interviews, Demystified\"",
              "2026-11-09 20:11", NY, mid, "mail18.meetup.com (mail18.meetup.com [198.51.100.18])",
              extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"),))
    return message(hs, text(body))


@mail(n(46), family="parent_teacher", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="School sign-up confirmation for a parent-teacher conference Thu Oct 8 3:45-4:00 PM: fixed time, "
           "not an interview.")
def parent_teacher():
    body = t("""
        Hi Tyler,

        Thank you for signing up! Here is your confirmation:

        Riverland Terrace Elementary - Fall Parent-Teacher Conferences (Mrs. Jenkins, 2nd Grade)

        Date: 10/08/2026 (Thu.)
        Time: 3:45pm - 4:00pm
        Slot: Conference - Maya Whitaker
        Location: Room 114

        Mrs. Jenkins asks that you look over Maya's reading log before you come. If you need to swap
        with another family, you can edit your sign-up using the link below.

        Change my sign up: https://www.signupgenius.com/go/10C0E4AAFAB2BA3FC1-fall#/

        SignUpGenius
        """)
    mid = "<0.1.7F.2B3.1DB1C2D3E4F5A6B.0@sugmail.signupgenius.com>"
    hs = head(addr("SignUpGenius", "noreply@signupgenius.com"),
              "Confirmation: Riverland Terrace Elementary - Fall Parent-Teacher Conferences", "2026-09-30 21:18", NY,
              mid, "sugmail4.signupgenius.com (sugmail4.signupgenius.com [198.51.100.44])",
              extra=(("Reply-To", addr("Angela Jenkins", "ajenkins@riverlandterrace.example.org")),))
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(47), family="team_event", lang="en", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Exchange invite at the current employer (auto-forwarded): team holiday lunch and Q4 demo day, Fri "
           "Dec 11 11:30 AM. Not an interview.")
def team_event():
    body = t("""
        When: Friday, December 11, 2026 11:30 AM-2:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Fleet Landing, 186 Concord St

        *~*~*~*~*~*~*~*~*~*

        Team -

        Holiday lunch is on the company this year! We'll do quick Q4 demos (5 min max per squad - gate
        OCR, crane telemetry, vessel planning) at the restaurant and then eat. Partners welcome, please
        RSVP so I can give them a headcount by Dec 4.

        Kristen
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Kristen Boyd:mailto:kboyd@wandoterminal.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ops Engineering:mailto:opseng@wandoterminal.com
        UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC010000000000000000100000000F1E2D3C4B5A69788796A5B4C3D2E1F0
        SUMMARY;LANGUAGE=en-US:Ops Eng holiday lunch + Q4 demo day
        DTSTART;TZID=Eastern Standard Time:20261211T113000
        DTEND;TZID=Eastern Standard Time:20261211T140000
        DTSTAMP:20261120T152000Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Fleet Landing\\, 186 Concord St
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<IA1PR10MB7365C9D8E7F6A5B4C3D2@IA1PR10MB7365.namprd10.prod.outlook.com>"
    hs = head(addr("Kristen Boyd", "kboyd@wandoterminal.com"), "Ops Eng holiday lunch + Q4 demo day",
              "2026-11-20 10:20", NY, mid,
              "NAM10-IA1-obe.outbound.protection.outlook.com (mail-ia1nam10on2140.outbound.protection.outlook.com [198.51.100.141])",
              to="Ops Engineering <opseng@wandoterminal.com>",
              extra=(("X-Forwarded-To", ME), ("X-Forwarded-For", f"twhitaker@wandoterminal.com {ME}")))
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(48), family="tentative_interview", lang="en", interview=False, company="Sierra Berth AI",
      days=(("Thu", "2026-12-03"),),
      note="Recruiter is only 'tentatively holding' Thu 12/3 at 1:00 PT until the hiring manager accepts: not "
           "confirmed (a later mail confirms a different slot).")
def tentative_sierra_berth():
    body = t("""
        Hi Tyler,

        Great news - Arjun wants to meet you! I'm tentatively holding Thursday 12/3 at 1:00 PT (4:00 your
        time) for the two of you, but he's on a customer site this week so I'll confirm as soon as he
        accepts. Please don't plan around it just yet.

        If Thursday falls through I'll come back with a couple of evening options since I know your
        days are packed.

        Jenna

        Jenna Kowalczyk
        Talent Partner | Sierra Berth AI
        """)
    mid = "<CAJ4m0a1Ww8e+2qT5vY0nLe3HbZf7DcG6kRa@mail.gmail.com>"
    hs = head(addr("Jenna Kowalczyk", "jenna@sierraberth.ai"), "Sierra Berth AI - next conversation",
              "2026-11-30 15:20", LA, mid, "mail-oi1-f178.google.com (mail-oi1-f178.google.com [203.0.113.178])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(49), family="headshot_session", lang="en", interview=False, company=None,
      days=(("Sat", "2026-11-07"),),
      note="Photographer confirms a LinkedIn headshot session Sat Nov 7 10:00 AM: fixed, job-search related, "
           "not an interview.")
def headshot_session():
    body = t("""
        Hi Tyler,

        You're all set! Here are the details for your headshot session:

        📸 Session: LinkedIn / Professional Headshots (30 min, 2 outfits)
        📅 Saturday, November 7, 2026 at 10:00 AM
        📍 Hampton Park, meet by the bandstand (rain location: my studio at 1650 King St Ext.)

        Tips: solid colors photograph best, avoid busy patterns, and bring a jacket even if it's warm -
        it gives us a second look. Your gallery will be ready within 5 business days.

        Your $75 retainer has been received; the balance of $150 is due at the session.

        See you Saturday!
        Mara Legare
        Shutter & Marsh Photography
        mara@shutterandmarsh.com
        """)
    mid = "<hb.4f1a9c7e2d3b.1791950400@mail.honeybook.com>"
    hs = head(addr("Mara Legare (via HoneyBook)", "notifications@honeybook.com"),
              "Your headshot session is confirmed ✔", "2026-11-01 19:00", NY, mid,
              "o11.mail.honeybook.com (o11.mail.honeybook.com [198.51.100.211])",
              extra=(("Reply-To", addr("Mara Legare", "mara@shutterandmarsh.com")),))
    return message(hs, text(body, cte="8bit"))


@mail(n(50), family="calendly_consultation", lang="en", interview=False, company=None,
      days=(("Mon", "2026-09-21"),),
      note="Calendly confirmation for a paid résumé-writing consultation Mon Sep 21 12:30pm ET with ICS: same "
           "layout as an interview booking, but a paid service, not a job interview.")
def calendly_resume():
    body = t("""
        Hi Tyler Whitaker,

        Your Résumé Strategy Consultation (30 min) with Gail Sutter at 12:30pm - 1:00pm (Eastern Time - US &
        Canada) on Monday, September 21, 2026 is scheduled.

        Event Type:
        Résumé Strategy Consultation (30 min)

        Location:
        Gail will call you at the number you provided.

        Questions:
        What are you hoping to get out of this session?
        Tighten my resume for senior backend / logistics roles; I keep getting screened out.

        Payment:
        $49.00 USD

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/1d2e3f40-5a6b-4c7d-8e9f-a0b1c2d3e4f5
        Reschedule: https://calendly.com/reschedulings/1d2e3f40-5a6b-4c7d-8e9f-a0b1c2d3e4f5

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTAMP:20260916T014500Z
        UID:1d2e3f40-5a6b-4c7d-8e9f-a0b1c2d3e4f5@calendly.com
        DTSTART:20260921T163000Z
        DTEND:20260921T170000Z
        SUMMARY:Résumé Strategy Consultation (30 min) (Tyler Whitaker and Gail Sutter)
        ORGANIZER;CN=Gail Sutter:mailto:gail@resumeforgepro.com
        ATTENDEE;CN=Tyler Whitaker;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tyler.whitaker@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<65e8a1f3b2c4d_7a8b9c0d1e2f3041@calendly-mailer-2f4a.mail>"
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Résumé Strategy Consultation (30 min) with Gail Sutter on Monday, September 21, 2026",
              "2026-09-15 21:45", NY, mid, "o3.email.calendly.com (o3.email.calendly.com [198.51.100.73])",
              extra=(("Reply-To", addr("Gail Sutter", "gail@resumeforgepro.com")),))
    return message(hs, mixed(text(body), calendar(ics, method="REQUEST", filename="invite.ics",
                                                  disposition="attachment", cte="quoted-printable")))
