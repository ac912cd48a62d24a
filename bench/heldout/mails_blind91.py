"""blind91: a blind 50-mail set, the inbox of a job seeker in Manchester (Sep-Dec 2026).

Hand-written one function per mail; ``make.py`` does the MIME plumbing and the checks.
Build and check: ``python3 bench/heldout/make_blind.py blind91``.

Written by a helper session that did not read the detector, its tests, fixtures or the other
held-out mails. File numbers are a fixed shuffle of the writing order (keys 1-23 positive,
24-50 negative).
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
    received,
    t,
    text,
)

ORDER = random.Random(91091).sample(range(1, 51), 50)
OWNER = "Olivia Hughes"
ME = "olivia.hughes@example.org"
TO = addr(OWNER, ME)
LON = "Europe/London"


def n(key: int) -> str:
    """The file name of the mail written key-th."""
    return f"blind91_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, msgid: str, rx_from: str, ident: str,
         *extra: tuple[str, str], to: str = TO, charset: str = "utf-8") -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID and any extra headers."""
    return [
        ("Delivered-To", ME),
        ("Received", received(rx_from, when, zone, f"mx2.example.org (Postfix) with ESMTPS id {ident}", ME)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


VTZ_AMSTERDAM = """BEGIN:VTIMEZONE
TZID:Europe/Amsterdam
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""

VTZ_LONDON = """BEGIN:VTIMEZONE
TZID:Europe/London
X-LIC-LOCATION:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""

TEAMS_TEXT = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
Meeting ID: {meeting_id}
Passcode: {passcode}
Download Teams<https://www.microsoft.com/en-gb/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


# =========================================================================== positives: scheduled


@mail(n(1), family="greenhouse", lang="en-GB", interview=True, kind="scheduled",
      start="2026-09-10T13:00:00Z", end="2026-09-10T13:45:00Z",
      contact="hannah.okafor@calderpay.co.uk", company="Calder Pay",
      local="Thu 2026-09-10 14:00", local_end="2026-09-10 14:45", zone=LON,
      note="Greenhouse confirmation, '2:00 PM - 2:45 PM BST' (UTC+1 in September) -> 13:00Z-13:45Z; "
           "ICS in UTC agrees; contact = Reply-To recruiter (also ICS ORGANIZER)")
def p01() -> bytes:
    body = t("""
        Hi Olivia,

        Thanks for making time to speak with us about the Operations Analyst role at Calder Pay. We're
        pleased to confirm your interview:

        Thursday, September 10th 2026
        2:00 PM - 2:45 PM BST
        Google Meet: https://meet.google.com/xkr-pqbm-tua

        You'll be meeting:
          Tom Lindqvist - Head of Payment Operations
          Hannah Okafor - Talent Partner

        The conversation will cover your experience with operational reporting and a few
        scenario questions about settlement exceptions. There's nothing to prepare in advance.

        If you need to make any changes, just reply to this email and it will reach Hannah.

        Best,
        The Calder Pay Talent Team

        Calder Pay Ltd, 1 Wellington Place, Leeds LS1 4AP
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1d">
        <p>Hi Olivia,</p>
        <p>Thanks for making time to speak with us about the Operations Analyst role at Calder Pay.
        We&#39;re pleased to confirm your interview:</p>
        <table cellpadding="4" style="border-left:3px solid #24a47f">
        <tr><td><strong>Thursday, September 10th 2026</strong></td></tr>
        <tr><td>2:00 PM - 2:45 PM BST</td></tr>
        <tr><td>Google Meet: <a href="https://meet.google.com/xkr-pqbm-tua">meet.google.com/xkr-pqbm-tua</a></td></tr>
        </table>
        <p>You&#39;ll be meeting:<br>
        Tom Lindqvist &ndash; Head of Payment Operations<br>
        Hannah Okafor &ndash; Talent Partner</p>
        <p>The conversation will cover your experience with operational reporting and a few scenario
        questions about settlement exceptions. There&#39;s nothing to prepare in advance.</p>
        <p>If you need to make any changes, just reply to this email and it will reach Hannah.</p>
        <p>Best,<br>The Calder Pay Talent Team</p>
        <p style="color:#888;font-size:11px">Calder Pay Ltd, 1 Wellington Place, Leeds LS1 4AP</p>
        <img src="https://app.greenhouse.io/email_opens/7f21c0d8.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-48810392-cal@greenhouse.io
        DTSTAMP:20260908T104207Z
        DTSTART:20260910T130000Z
        DTEND:20260910T134500Z
        SUMMARY:Interview: Olivia Hughes for Operations Analyst (Calder Pay)
        LOCATION:https://meet.google.com/xkr-pqbm-tua
        DESCRIPTION:Video interview with Tom Lindqvist and Hannah Okafor.
        ORGANIZER;CN=Hannah Okafor:mailto:hannah.okafor@calderpay.co.uk
        ATTENDEE;CN=Olivia Hughes;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:olivia.hughes@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Calder Pay <no-reply@us.greenhouse-mail.io>",
              "Interview Confirmation: Operations Analyst at Calder Pay",
              "2026-09-08 11:42:07", LON, "<0100019e1c7a4b2f-5d1a9c3e-77b0-4c1f-9a0e-2f6d1b8e4a11-000000@email.amazonses.com>",
              "from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
              "4MqT7y0cKZz2xb",
              ("Reply-To", addr("Hannah Okafor", "hannah.okafor@calderpay.co.uk")),
              ("X-Greenhouse-Message", "interview_confirmation"))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(2), family="lever", lang="en-GB", interview=True, kind="scheduled",
      start="2026-09-15T09:30:00Z", end="2026-09-15T10:15:00Z",
      contact="tom.ashdown@fenwickrowe.com", company="Fenwick Rowe",
      local="Tue 2026-09-15 10:30", local_end="2026-09-15 11:15", zone=LON,
      note="Lever, HTML only (base64), in person in London: 'Tuesday 15 September, 10:30am (UK time)' "
           "is BST -> 09:30Z; 'Duration: 45 minutes' is exact -> end 10:15Z; sender is no-reply, "
           "contact = coordinator address in the body")
def p02() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="margin:0;padding:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
        <table width="560" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#323a45">
        <tr><td>
        <p>Hi Olivia,</p>
        <p>Your interview for <b>Business Operations Analyst</b> at <b>Fenwick Rowe</b> has been scheduled.
        Here are the details:</p>
        <p><b>When:</b> Tuesday 15 September, 10:30am (UK time)<br>
        <b>Duration:</b> 45 minutes<br>
        <b>Where:</b> Fenwick Rowe, 3rd floor, 41 Farringdon Road, London EC1M 3JB<br>
        <b>With:</b> Priya Chandran (Director, Client Operations) and Marcus Lowe (Senior Analyst)</p>
        <p>Please bring photo ID and ask for Priya at the ground-floor reception. The nearest station is
        Farringdon (Elizabeth line and Thameslink).</p>
        <p>Questions? Contact Tom Ashdown, your recruiting coordinator, at
        <a href="mailto:tom.ashdown@fenwickrowe.com">tom.ashdown@fenwickrowe.com</a>.</p>
        <p>Good luck!<br>Fenwick Rowe Talent</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#9aa1ab">Sent via Lever &middot; Please do not reply to this
        message. <a href="https://jobs.lever.co/fenwickrowe" style="color:#9aa1ab">Fenwick Rowe careers</a></td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head("Fenwick Rowe <no-reply@hire.lever.co>",
              "Interview scheduled: Business Operations Analyst - Fenwick Rowe",
              "2026-09-09 16:05:44", LON, "<c2a1e9d4-63f0-4b8e-8f1d-0e5b7d1c22aa@hire.lever.co>",
              "from o3.email.lever.co (o3.email.lever.co [167.89.101.44])", "4MrB2h5pQwz9kd",
              ("X-Mailer", "Lever"))
    return message(hs, html(page, cte="base64"))


@mail(n(3), family="ashby", lang="en-GB", interview=True, kind="scheduled",
      start="2026-09-24T15:00:00Z", end="2026-09-24T15:45:00Z",
      contact="dana.whitfield@lumenfield.io", company="Lumenfield",
      local="Thu 2026-09-24 16:00", local_end="2026-09-24 16:45", zone=LON,
      note="Ashby booking confirmation after the self-schedule link (thread with the Ashby link mail); "
           "'4:00 PM - 4:45 PM British Summer Time' -> 15:00Z-15:45Z, also 11:00 AM EDT for the "
           "New York interviewer; ICS in UTC; contact = Reply-To recruiter")
def p03() -> bytes:
    body = t("""
        Hi Olivia,

        You're booked in! Here's a summary of your upcoming interview with Lumenfield.

        Operations Analyst (EMEA, Remote) - Hiring Manager Interview
        Thursday, September 24, 2026
        4:00 PM - 4:45 PM British Summer Time (GMT+1)

        Interviewer: Ruth Adebayo, Director of Operations (based in New York - 11:00 AM EDT for her)
        Location: Zoom - https://lumenfield.zoom.us/j/84120773315?pwd=Zk9uM0xQd1R0

        Need to reschedule? Use this link: https://app.ashbyhq.com/interview-reschedule/4c0e7a1b-95f2-4b9d-8f33-1a7e02d5cb70

        Questions? Reply to this email to reach Dana Whitfield.

        Lumenfield Recruiting
        """)
    page = t("""
        <html><body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#111827">
        <p>Hi Olivia,</p>
        <p>You&#8217;re booked in! Here&#8217;s a summary of your upcoming interview with Lumenfield.</p>
        <div style="border:1px solid #e5e7eb;border-radius:8px;padding:16px">
        <div style="font-weight:600">Operations Analyst (EMEA, Remote) &#8211; Hiring Manager Interview</div>
        <div>Thursday, September 24, 2026</div>
        <div>4:00 PM &#8211; 4:45 PM British Summer Time (GMT+1)</div>
        <div style="margin-top:8px">Interviewer: Ruth Adebayo, Director of Operations (based in New York &#8211; 11:00 AM EDT for her)</div>
        <div>Location: <a href="https://lumenfield.zoom.us/j/84120773315?pwd=Zk9uM0xQd1R0">Zoom</a></div>
        </div>
        <p>Need to reschedule? <a href="https://app.ashbyhq.com/interview-reschedule/4c0e7a1b-95f2-4b9d-8f33-1a7e02d5cb70">Pick a new time</a></p>
        <p>Questions? Reply to this email to reach Dana Whitfield.</p>
        <p style="color:#6b7280">Lumenfield Recruiting &middot; Powered by Ashby</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:1f0d5a66-2c8e-4b2a-9d5e-7c18a0e4b3f2@ashbyhq.com
        DTSTAMP:20260919T200312Z
        DTSTART:20260924T150000Z
        DTEND:20260924T154500Z
        SUMMARY:Lumenfield - Hiring Manager Interview (Olivia Hughes)
        LOCATION:https://lumenfield.zoom.us/j/84120773315?pwd=Zk9uM0xQd1R0
        ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@lumenfield.io
        ATTENDEE;CN=Olivia Hughes;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:olivia.hughes@example.org
        ATTENDEE;CN=Ruth Adebayo;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ruth.adebayo@lumenfield.io
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Lumenfield <no-reply@ashbyhq.com>",
              "Interview confirmed: Operations Analyst (EMEA, Remote) at Lumenfield",
              "2026-09-19 21:03:12", LON, "<0100019e4a0d17b8-aa3f58c1-0d2e-44a9-b1c3-96e07f5a3d12-000000@email.amazonses.com>",
              "from a8-30.smtp-out.amazonses.com (a8-30.smtp-out.amazonses.com [54.240.8.30])",
              "4Mt1Pq2NjHz4vW",
              ("Reply-To", addr("Dana Whitfield", "dana.whitfield@lumenfield.io")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(4), family="nhs_jobs", lang="en-GB", interview=True, kind="scheduled",
      start="2026-10-08T09:15:00Z", end=None,
      contact="gareth.pryce@nhs.net", company="Medlock Valley NHS Foundation Trust",
      local="Thu 2026-10-08 10:15", zone=LON,
      note="NHS Jobs interview booked, text only: 'Thursday 8 October 2026, 10:15am' in BST -> 09:15Z "
           "(not the 10:00 'arrive 15 minutes before'); 'approximately 45 minutes' -> end null; "
           "noreply sender, contact = recruiting manager's nhs.net address in the body")
def p04() -> bytes:
    body = t("""
        NHS Jobs

        Dear Olivia Hughes,

        Your interview is booked

        Vacancy: Performance and Operations Analyst
        Reference number: 344-CS-7716-OPS
        Employer: Medlock Valley NHS Foundation Trust
        Band: Band 6

        Interview date: Thursday 8 October 2026
        Interview time: 10:15am
        Interview type: In person
        Address: Room 2.14, Trust Headquarters, Ashburton House, Hyde Road, Manchester M12 5QT

        Please arrive 15 minutes before your interview time and report to main reception.

        The interview will last approximately 45 minutes and includes a short data exercise
        (20 minutes, Excel provided). Please bring:
        - photo ID (passport or driving licence)
        - proof of address dated within the last 3 months
        - original certificates for qualifications listed on your application

        If you need any reasonable adjustments for your interview, or have any questions, contact
        the recruiting manager:

        Gareth Pryce
        Head of Performance & Information
        gareth.pryce@nhs.net
        0161 555 0182

        To withdraw your application, sign in to your NHS Jobs account.

        Do not reply to this email. This mailbox is not monitored.

        NHS Jobs
        """)
    hs = head("NHS Jobs <noreply@jobs.nhs.uk>",
              "Interview booked - Performance and Operations Analyst - 344-CS-7716-OPS",
              "2026-10-02 09:31:55", LON, "<20261002083155.3f9c1e7a2b@jobs.nhs.uk>",
              "from mail-relay.jobs.nhs.uk (mail-relay.jobs.nhs.uk [51.141.12.87])", "4N2sLr6yVbz3Qt")
    return message(hs, text(body))


@mail(n(5), family="human_prose", lang="en-IE", interview=True, kind="scheduled",
      start="2026-10-15T09:30:00Z", end=None,
      contact="ciaran.obriain@dodderlabs.ie", company="Dodder Labs",
      local="Thu 2026-10-15 10:30", zone="Europe/Dublin",
      note="Irish English from a Dublin hiring manager: 'Thursday at half ten' resolved against the "
           "Date (Mon 12 Oct 2026, Dublin) -> Thu 15 Oct 10:30 Irish Standard Time (UTC+1) -> 09:30Z; "
           "'should take about an hour' -> end null; RFC 2047 From; contact = sender")
def p05() -> bytes:
    body = t("""
        Hi Olivia,

        Great to chat earlier, sorry it ran over a bit! As promised, you're all set for the
        in-person with myself and Sorcha on Thursday at half ten in our office on Barrow Street
        (4th floor, just give your name at the desk downstairs and they'll buzz you up).

        Should take about an hour. We'll do a quick walk-through of how we run the ops reporting
        at the minute and then a proper chat, no presentation or anything like that, so don't be
        stressing about it.

        If you're flying over that morning the Aircoach from the airport drops you on Dawson Street,
        it's only a 15 min walk from there. Any bother at all, ring me on 087 555 3190 or just reply
        here.

        Thanks a million,
        Ciarán

        --
        Ciarán Ó Briain
        Head of Operations | Dodder Labs
        Barrow Street, Dublin 4
        """)
    hs = head(addr("Ciarán Ó Briain", "ciaran.obriain@dodderlabs.ie"),
              "In-person on Thursday", "2026-10-12 17:48:30", "Europe/Dublin",
              "<CAH7wq+Lk3bN0d9FhQ2cE1pYx5TgR8mZ=uV4kD_s2@mail.gmail.com>",
              "from mail-wr1-f54.google.com (mail-wr1-f54.google.com [209.85.221.54])", "4N8qWc1xFdz7Lm")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(6), family="recruitee", lang="en-NL", interview=True, kind="scheduled",
      start="2026-10-27T10:00:00Z", end="2026-10-27T11:00:00Z",
      contact="sanne.devries@grachtwerk.nl", company="Grachtwerk B.V.",
      local="Tue 2026-10-27 11:00", local_end="2026-10-27 12:00", zone="Europe/Amsterdam",
      note="Dutch company writing English; sent Thu 22 Oct in CEST, interview Tue 27 Oct '11:00 - "
           "12:00 (Amsterdam time, CET)' after the clocks go back on 25 Oct -> 10:00Z-11:00Z (the mail "
           "itself says 10:00 UK time); ICS TZID Europe/Amsterdam agrees; contact = Reply-To recruiter")
def p06() -> bytes:
    body = t("""
        Hi Olivia,

        Thank you for picking a time, we have confirmed your interview for the position of
        Operations Analyst (EMEA Marketplace) at Grachtwerk.

        Date: Tuesday 27 October 2026
        Time: 11:00 - 12:00 (Amsterdam time, CET)
        Where: Google Meet, https://meet.google.com/gwk-hfzr-eqp

        Good to know: the clocks go back this weekend, both in the Netherlands and in the UK, so
        on the day 11:00 our time is 10:00 for you in Manchester.

        You will speak with Joost Verbeek (Head of Marketplace Operations) and me. We will ask
        you about a process you improved and we will look together at a small dataset, so please
        make sure you can share your screen.

        Met vriendelijke groet / kind regards,

        Sanne de Vries
        Talent Acquisition | Grachtwerk B.V.
        Keizersgracht 212, 1016 DZ Amsterdam
        """)
    page = t("""
        <div style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Olivia,</p>
        <p>Thank you for picking a time, we have confirmed your interview for the position of
        <strong>Operations Analyst (EMEA Marketplace)</strong> at Grachtwerk.</p>
        <p><strong>Date:</strong> Tuesday 27 October 2026<br>
        <strong>Time:</strong> 11:00 - 12:00 (Amsterdam time, CET)<br>
        <strong>Where:</strong> Google Meet, <a href="https://meet.google.com/gwk-hfzr-eqp">https://meet.google.com/gwk-hfzr-eqp</a></p>
        <p>Good to know: the clocks go back this weekend, both in the Netherlands and in the UK, so on
        the day 11:00 our time is 10:00 for you in Manchester.</p>
        <p>You will speak with Joost Verbeek (Head of Marketplace Operations) and me. We will ask you
        about a process you improved and we will look together at a small dataset, so please make sure
        you can share your screen.</p>
        <p>Met vriendelijke groet / kind regards,</p>
        <p>Sanne de Vries<br>Talent Acquisition | Grachtwerk B.V.<br>Keizersgracht 212, 1016 DZ Amsterdam</p>
        <p style="font-size:11px;color:#999">Sent with Recruitee</p>
        </div>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Recruitee//Recruitee Events//EN
        METHOD:REQUEST
        """) + VTZ_AMSTERDAM + "\n" + t("""
        BEGIN:VEVENT
        UID:recruitee-event-2207719@recruitee.com
        DTSTAMP:20261022T131021Z
        DTSTART;TZID=Europe/Amsterdam:20261027T110000
        DTEND;TZID=Europe/Amsterdam:20261027T120000
        SUMMARY:Interview Olivia Hughes - Operations Analyst (EMEA Marketplace)
        LOCATION:https://meet.google.com/gwk-hfzr-eqp
        ORGANIZER;CN=Sanne de Vries:mailto:sanne.devries@grachtwerk.nl
        ATTENDEE;CN=Olivia Hughes;RSVP=TRUE:mailto:olivia.hughes@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Grachtwerk <grachtwerk@mail.recruitee.com>",
              "Interview confirmed - Operations Analyst (EMEA Marketplace)",
              "2026-10-22 15:10:21", "Europe/Amsterdam", "<6f3a9c2e81d44b07@mail.recruitee.com>",
              "from mail.recruitee.com (mail.recruitee.com [185.28.196.21])", "4NFb8m3sQyz1Rd",
              ("Reply-To", addr("Sanne de Vries", "sanne.devries@grachtwerk.nl")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(n(7), family="exchange", lang="en-GB", interview=True, kind="scheduled",
      start="2026-10-26T09:30:00Z", end="2026-10-26T10:30:00Z",
      contact="stephen.greaves@pomonasystems.co.uk", company="Pomona Systems",
      local="Mon 2026-10-26 09:30", local_end="2026-10-26 10:30", zone=LON,
      note="Outlook/Exchange meeting request sent Wed 21 Oct in BST for Mon 26 Oct, the day after "
           "the clocks go back: 09:30 GMT Standard Time = 09:30Z (not 08:30Z); Teams boilerplate; "
           "contact = organizer/sender (hiring manager)")
def p07() -> bytes:
    note = t("""
        Hi Olivia,

        As discussed on the phone, here's the invite for Monday. It'll be me and Aisha Rahman from
        our finance ops team. We'll keep it conversational - about your current role, how you'd
        approach our month-end reporting, and your questions for us.

        Any problems just let me know.

        Thanks
        Stephen

        Stephen Greaves | Operations Manager | Pomona Systems Ltd
        Trafford Wharf Road, Manchester M17 1AB | 0161 555 0427

        """) + TEAMS_TEXT.format(mid="NzQ1YjE4ZjAtOTYyNi00ZDRjLWE3ZTctMjE5OGQzNmYwYzIx",
                                 meeting_id="371 552 908 114", passcode="Hp7Ub2")
    page = t("""
        <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
        <head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="EN-GB" link="#0563C1" vlink="#954F72"><div class="WordSection1">
        <p class="MsoNormal">Hi Olivia,<o:p></o:p></p>
        <p class="MsoNormal">As discussed on the phone, here&#8217;s the invite for Monday. It&#8217;ll be me and Aisha Rahman from our finance ops team. We&#8217;ll keep it conversational &#8211; about your current role, how you&#8217;d approach our month-end reporting, and your questions for us.<o:p></o:p></p>
        <p class="MsoNormal">Any problems just let me know.<o:p></o:p></p>
        <p class="MsoNormal">Thanks<br>Stephen<o:p></o:p></p>
        <p class="MsoNormal" style="color:#7F7F7F">Stephen Greaves | Operations Manager | Pomona Systems Ltd<br>Trafford Wharf Road, Manchester M17 1AB | 0161 555 0427<o:p></o:p></p>
        <div style="margin-bottom:24px;overflow:hidden">
        <p style="margin:0">________________________________________________________________________________</p>
        <p style="font-size:24px;font-weight:700">Microsoft Teams meeting</p>
        <p><b>Join on your computer, mobile app or room device</b><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1YjE4ZjAtOTYyNi00ZDRjLWE3ZTctMjE5OGQzNmYwYzIx%40thread.v2/0">Click here to join the meeting</a></p>
        <p>Meeting ID: 371 552 908 114<br>Passcode: Hp7Ub2</p>
        <p><a href="https://www.microsoft.com/en-gb/microsoft-teams/download-app">Download Teams</a> | <a href="https://www.microsoft.com/microsoft-teams/join-a-meeting">Join on the web</a></p>
        <p>________________________________________________________________________________</p>
        </div></div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["GMT Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Stephen Greaves:mailto:stephen.greaves@pomonasystems.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=olivia.hughes@example.org:mailto:olivia.hughes@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aisha Rahman:mailto:aisha.rahman@pomonasystems.co.uk
        DESCRIPTION;LANGUAGE=en-GB:Hi Olivia\\,\\n\\nAs discussed on the phone\\, here's the invite for Monday.\\n
        UID:040000008200E00074C5B7101A82E0080000000090C3D12D2A60DC01000000000000000010000000B5F1E2A97C0C7A4E9B2F3C0D8A1E6F44
        SUMMARY;LANGUAGE=en-GB:Interview - Olivia Hughes - Senior Operations Analyst
        DTSTART;TZID=GMT Standard Time:20261026T093000
        DTEND;TZID=GMT Standard Time:20261026T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261021T092210Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2125017845
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-LOCATIONS:[{"DisplayName":"Microsoft Teams Meeting","LocationAnnotation":"","LocationSource":0,"Unresolved":false,"LocationUri":""}]
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Stephen Greaves", "stephen.greaves@pomonasystems.co.uk"),
              "Interview - Olivia Hughes - Senior Operations Analyst", "2026-10-21 10:22:10", LON,
              "<LO4P265MB6213A1C7E93F0B2D8E11C4A9D8A52@LO4P265MB6213.GBRP265.PROD.OUTLOOK.COM>",
              "from GBR01-LO4-obe.outbound.protection.outlook.com (mail-lo4gbr01on2110.outbound.protection.outlook.com [40.107.138.110])",
              "4NDh5s0wTrz2Kc",
              ("Thread-Topic", "Interview - Olivia Hughes - Senior Operations Analyst"),
              ("Thread-Index", "AdtDbw3Jc6r1Yq2hSkeh0Pm7aL4ZVg=="),
              ("Accept-Language", "en-GB, en-US"),
              ("Content-Language", "en-GB"),
              ("X-MS-Has-Attach", ""),
              ("X-MS-TNEF-Correlator", ""),
              ("X-MS-Exchange-Organization-SCL", "1"))
    return message(hs, alt(text(note), html(page), calendar(ics, cte="base64")))


@mail(n(8), family="ms_bookings", lang="en-GB", interview=True, kind="scheduled",
      start="2026-10-01T10:00:00Z", end="2026-10-01T10:30:00Z",
      contact="joanne.kelly@merseymaritime.org.uk", company="Mersey Maritime Trust",
      local="Thu 2026-10-01 11:00", local_end="2026-10-01 11:30", zone=LON,
      note="Microsoft Bookings confirmation from a shared Bookings mailbox; the body's zone label says "
           "'(UTC+00:00) Dublin, Edinburgh, Lisbon, London' but 1 Oct is BST, so 11:00 -> 10:00Z (ICS "
           "GMT Standard Time agrees); contact = the staff member's address in the body, not the mailbox")
def p08() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="max-width:600px">
        <h2 style="font-weight:600">Your booking is confirmed</h2>
        <p>Hello Olivia Hughes,</p>
        <p>Thank you for booking with Mersey Maritime Trust Recruitment.</p>
        <table cellpadding="6" style="border-collapse:collapse">
        <tr><td style="color:#605e5c">Service</td><td>Operations Analyst - first interview (30 minutes)</td></tr>
        <tr><td style="color:#605e5c">Date</td><td>Thursday, 1 October 2026</td></tr>
        <tr><td style="color:#605e5c">Time</td><td>11:00 - 11:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Joanne Kelly</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>Microsoft Teams meeting</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ODk2ZjY1MzEtYmI0Yy00YjAzLWE3NTItNGQ1ZTk0ZWRhMzBl%40thread.v2/0">Join your appointment</a></p>
        <p>The panel will be Joanne Kelly (People &amp; Culture) and Martin Doyle (Head of Estates Operations).
        You'll be asked to talk us through a piece of analysis you are proud of.</p>
        <p>Need to make a change? <a href="https://outlook.office365.com/owa/calendar/MerseyMaritimeTrustRecruitment@merseymaritime.org.uk/bookings/">Manage booking</a>
        or email Joanne directly at <a href="mailto:joanne.kelly@merseymaritime.org.uk">joanne.kelly@merseymaritime.org.uk</a>.</p>
        <p style="font-size:12px;color:#8a8886">Mersey Maritime Trust, Wapping Quay, Liverpool L3 4AE. Registered charity no. 1180554.</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["GMT Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Mersey Maritime Trust Recruitment:mailto:MerseyMaritimeTrustRecruitment@merseymaritime.org.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Olivia Hughes:mailto:olivia.hughes@example.org
        SUMMARY;LANGUAGE=en-GB:Operations Analyst - first interview
        DTSTART;TZID=GMT Standard Time:20261001T110000
        DTEND;TZID=GMT Standard Time:20261001T113000
        UID:040000008200E00074C5B7101A82E00800000000F1A2B3C4D5E6DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260925T130512Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-GB:Microsoft Teams meeting
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Mersey Maritime Trust Recruitment", "MerseyMaritimeTrustRecruitment@merseymaritime.org.uk"),
              "Booking confirmed: Operations Analyst - first interview", "2026-09-25 14:05:12", LON,
              "<DB9P190MB1620E4F2A6C1D0B7F3A9E2C5B1A40@DB9P190MB1620.EURP190.PROD.OUTLOOK.COM>",
              "from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2071.outbound.protection.outlook.com [40.107.20.71])",
              "4MvJ2d6GpKz8Nx",
              ("X-MS-Exchange-Organization-AuthAs", "Internal"),
              ("X-Auto-Response-Suppress", "All"))
    return message(hs, mixed(html(page), calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(9), family="workable", lang="en-GB", interview=True, kind="scheduled",
      start="2026-11-04T13:30:00Z", end="2026-11-04T14:30:00Z",
      contact="ewan.baird@thistledown.co.uk", company="Thistledown Analytics",
      local="Wed 2026-11-04 13:30", local_end="2026-11-04 14:30", zone=LON,
      note="Workable confirmation; November so GMT = UTC: 1:30 PM -> 13:30Z, 'Duration: 60 minutes' "
           "-> end 14:30Z; Reply-To is a Workable candidate relay (not a person), contact = the "
           "hiring manager's own address written in the body")
def p09() -> bytes:
    body = t("""
        Hi Olivia,

        Your interview with Thistledown Analytics has been confirmed.

        Job: Data Operations Analyst (Edinburgh / hybrid)
        Interview: Second stage - case study
        Date: Wednesday, November 4, 2026
        Time: 1:30 PM GMT
        Duration: 60 minutes
        Location: 14 Quayside Street, Edinburgh EH6 6EJ

        Interviewers: Ewan Baird, Morag Sinclair

        Message from Ewan:
        "Looking forward to it, Olivia. The case study is a messy spreadsheet and a 20 minute chat
        about what you'd do with it - no prep needed. If your train's delayed just drop me a line on
        ewan.baird@thistledown.co.uk and we'll shuffle things."

        You can reply to this email to message the hiring team.

        Thistledown Analytics
        Powered by Workable
        """)
    page = t("""
        <html><body style="margin:0;background:#f7f7f7">
        <div style="max-width:580px;margin:0 auto;background:#fff;padding:28px;font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#363636">
        <p>Hi Olivia,</p>
        <p>Your interview with <strong>Thistledown Analytics</strong> has been confirmed.</p>
        <table cellpadding="3" style="font-size:14px">
        <tr><td style="color:#8a8a8a">Job</td><td>Data Operations Analyst (Edinburgh / hybrid)</td></tr>
        <tr><td style="color:#8a8a8a">Interview</td><td>Second stage &ndash; case study</td></tr>
        <tr><td style="color:#8a8a8a">Date</td><td>Wednesday, November 4, 2026</td></tr>
        <tr><td style="color:#8a8a8a">Time</td><td>1:30 PM GMT</td></tr>
        <tr><td style="color:#8a8a8a">Duration</td><td>60 minutes</td></tr>
        <tr><td style="color:#8a8a8a">Location</td><td>14 Quayside Street, Edinburgh EH6 6EJ</td></tr>
        </table>
        <p>Interviewers: Ewan Baird, Morag Sinclair</p>
        <p style="background:#f2f6fb;padding:12px"><em>Message from Ewan:</em><br>&ldquo;Looking forward to it, Olivia.
        The case study is a messy spreadsheet and a 20 minute chat about what you&rsquo;d do with it &ndash; no prep
        needed. If your train&rsquo;s delayed just drop me a line on ewan.baird@thistledown.co.uk and we&rsquo;ll
        shuffle things.&rdquo;</p>
        <p>You can reply to this email to message the hiring team.</p>
        <p style="color:#a0a0a0;font-size:12px">Thistledown Analytics &middot; Powered by Workable</p>
        </div></body></html>
        """)
    hs = head("Thistledown Analytics <noreply@workablemail.com>",
              "Interview confirmed: Data Operations Analyst at Thistledown Analytics",
              "2026-11-02 09:14:26", LON, "<5fe8a2c1d3b47.1793618066@workablemail.com>",
              "from mail-out7.workablemail.com (mail-out7.workablemail.com [198.21.3.77])", "4NVx0g2HcLz5Sb",
              ("Reply-To", addr("Thistledown Analytics",
                                "thistledown-analytics+c8b21f7e0d@candidates.workablemail.com")))
    return message(hs, alt(text(body), html(page)))


@mail(n(10), family="icims", lang="en-GB", interview=True, kind="scheduled",
      start="2026-11-16T09:00:00Z", end="2026-11-16T10:00:00Z",
      contact="fiona.marsh@kirkstallmutual.co.uk", company="Kirkstall Mutual Insurance",
      local="Mon 2026-11-16 09:00", local_end="2026-11-16 10:00", zone=LON,
      note="iCIMS notification, windows-1252 quoted-printable (curly quotes, en dash, pound sign); "
           "'Monday 16 November 2026, 09:00 – 10:00' in GMT -> 09:00Z-10:00Z; iCIMS system sender, "
           "contact = recruiter address in the body")
def p10() -> bytes:
    body = t("""
        Dear Olivia,

        Thank you for your interest in the Claims Operations Analyst position (Req ID 2026-4418) at
        Kirkstall Mutual. We’re delighted to confirm your interview as follows:

        Date:      Monday 16 November 2026
        Time:      09:00 – 10:00
        Format:    Face to face, competency-based interview
        Venue:     Kirkstall Mutual, Abbey House, 3 Bridge Road, Leeds LS5 3BW
        Panel:     Fiona Marsh (Talent Acquisition Partner), David Thornton (Claims MI Manager)

        Visitor parking is available on site (£4.50 for the day, pay at reception). Please bring
        photo ID and arrive ten minutes early to sign in.

        If you have any questions or need to rearrange, please contact Fiona Marsh on
        0113 555 0640 or fiona.marsh@kirkstallmutual.co.uk – please don’t reply to this email, as
        this mailbox isn’t monitored.

        Kind regards,

        Talent Acquisition Team
        Kirkstall Mutual Insurance
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body><font face="Arial" size="2">
        <p>Dear Olivia,</p>
        <p>Thank you for your interest in the Claims Operations Analyst position (Req ID 2026-4418) at Kirkstall Mutual.
        We’re delighted to confirm your interview as follows:</p>
        <p><b>Date:</b> Monday 16 November 2026<br>
        <b>Time:</b> 09:00 – 10:00<br>
        <b>Format:</b> Face to face, competency-based interview<br>
        <b>Venue:</b> Kirkstall Mutual, Abbey House, 3 Bridge Road, Leeds LS5 3BW<br>
        <b>Panel:</b> Fiona Marsh (Talent Acquisition Partner), David Thornton (Claims MI Manager)</p>
        <p>Visitor parking is available on site (£4.50 for the day, pay at reception). Please bring photo ID and
        arrive ten minutes early to sign in.</p>
        <p>If you have any questions or need to rearrange, please contact Fiona Marsh on 0113 555 0640 or
        <a href="mailto:fiona.marsh@kirkstallmutual.co.uk">fiona.marsh@kirkstallmutual.co.uk</a> – please don’t reply to
        this email, as this mailbox isn’t monitored.</p>
        <p>Kind regards,<br><br>Talent Acquisition Team<br>Kirkstall Mutual Insurance</p>
        </font>
        <img src="https://careers-kirkstallmutual.icims.com/icims2/servlet/icims2?module=AppInert&amp;action=trackEmail&amp;id=88412" width="1" height="1">
        </body></html>
        """)
    hs = head("Kirkstall Mutual Careers <kirkstallmutual@talent.icims.com>",
              "Interview Confirmation – Claims Operations Analyst (2026-4418)",
              "2026-11-10 16:40:03", LON, "<1790873.20261110164003.icims2.88412@talent.icims.com>",
              "from smtp.talent.icims.com (smtp.talent.icims.com [64.18.112.41])", "4NcQ3t8vRnz6Mh",
              charset="windows-1252")
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(n(11), family="calendly", lang="en-GB", interview=True, kind="scheduled",
      start="2026-11-24T15:30:00Z", end="2026-11-24T16:00:00Z",
      contact="marcus@peregrineops.com", company="Peregrine Ops",
      local="Tue 2026-11-24 15:30", local_end="2026-11-24 16:00", zone=LON,
      note="Calendly invitee confirmation: '3:30pm - 4:00pm, Tuesday, 24 November 2026 (GMT)' -> "
           "15:30Z-16:00Z, ICS in UTC agrees; sender notifications@calendly.com, contact = Reply-To host")
def p11() -> bytes:
    body = t("""
        Hi Olivia Hughes,

        A new event has been scheduled.

        Event Type:
        Operations Analyst - interview with Marcus (30 min)

        Invitee:
        Olivia Hughes

        Invitee Email:
        olivia.hughes@example.org

        Event Date/Time:
        3:30pm - 4:00pm, Tuesday, 24 November 2026 (GMT)

        Location:
        This is a Google Meet web conference. https://meet.google.com/pog-wexr-kkt

        Questions:
        Anything you'd like Marcus to know beforehand?
        I'm currently leading the weekly ops KPI pack at my current employer - happy to talk through it.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/0d9a1c7e-53b2-4e6f-9a18-2f4c6b0e7d35
        Reschedule: https://calendly.com/reschedulings/0d9a1c7e-53b2-4e6f-9a18-2f4c6b0e7d35

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:proxima-nova,'Helvetica Neue',Arial,sans-serif;color:#4d5055;font-size:15px">
        <table width="100%" style="max-width:600px"><tr><td>
        <p>Hi Olivia Hughes,</p>
        <p>A new event has been scheduled.</p>
        <p><strong>Event Type:</strong><br>Operations Analyst - interview with Marcus (30 min)</p>
        <p><strong>Invitee:</strong><br>Olivia Hughes</p>
        <p><strong>Invitee Email:</strong><br><a href="mailto:olivia.hughes@example.org">olivia.hughes@example.org</a></p>
        <p><strong>Event Date/Time:</strong><br>3:30pm - 4:00pm, Tuesday, 24 November 2026 (GMT)</p>
        <p><strong>Location:</strong><br>This is a Google Meet web conference. <a href="https://meet.google.com/pog-wexr-kkt">Join now</a></p>
        <p><strong>Questions:</strong><br>Anything you'd like Marcus to know beforehand?<br>
        I'm currently leading the weekly ops KPI pack at my current employer - happy to talk through it.</p>
        <p><a href="https://calendly.com/cancellations/0d9a1c7e-53b2-4e6f-9a18-2f4c6b0e7d35">Cancel</a> &nbsp;
        <a href="https://calendly.com/reschedulings/0d9a1c7e-53b2-4e6f-9a18-2f4c6b0e7d35">Reschedule</a></p>
        <p style="font-size:12px;color:#a6a6a6">Powered by Calendly.com</p>
        </td></tr></table></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTAMP:20261119T120711Z
        UID:0d9a1c7e-53b2-4e6f-9a18-2f4c6b0e7d35@calendly.com
        DTSTART:20261124T153000Z
        DTEND:20261124T160000Z
        SUMMARY:Operations Analyst - interview with Marcus (Olivia Hughes)
        LOCATION:https://meet.google.com/pog-wexr-kkt
        ORGANIZER;CN=Marcus Bell:mailto:marcus@peregrineops.com
        ATTENDEE;CN=Olivia Hughes;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:olivia.hughes@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: Operations Analyst - interview with Marcus (30 min) with Marcus Bell on "
              "Tuesday, 24 November 2026",
              "2026-11-19 12:07:11", LON, "<20261119120711.1.4a7c9e22b15f6d03@mail.calendly.com>",
              "from o1.mail.calendly.com (o1.mail.calendly.com [167.89.48.163])", "4NhY7b0qDmz3Pf",
              ("Reply-To", addr("Marcus Bell", "marcus@peregrineops.com")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(12), family="forwarded_zoom", lang="en-GB", interview=True, kind="scheduled",
      start="2026-11-06T14:15:00Z", end=None,
      contact="leanne.price@harbourstaffing.co.uk", company="Quayside Broadcast Services",
      local="Fri 2026-11-06 14:15", zone=LON,
      note="Olivia forwards to herself (from her example.net address) an agency recruiter's "
           "confirmation as an attached message/rfc822: 'Friday 6th November at 2:15pm' and Zoom "
           "'Nov 6, 2026 02:15 PM London' -> GMT -> 14:15Z; no length; contact = the agency recruiter "
           "in the forwarded header, company = the hiring client, not the agency")
def p12() -> bytes:
    inner_body = t("""
        Hi Olivia,

        Great news - Quayside have come back and would like to meet you! I've confirmed you for
        Friday 6th November at 2:15pm with Nadia Kerr (Head of Broadcast Operations) and one of her
        team leads. It's on Zoom, invite below.

        They'll want to hear about the rota/scheduling work you did and how you'd handle
        reporting across three sites. Give me a call Thursday and we'll prep.

        Leanne

        Leanne Price | Senior Consultant, Business Support
        Harbour Staffing | Salford Quays | 0161 555 0913

        Leanne Price is inviting you to a scheduled Zoom meeting.

        Topic: Olivia Hughes - Quayside Broadcast Services interview
        Time: Nov 6, 2026 02:15 PM London

        Join Zoom Meeting
        https://us06web.zoom.us/j/87710294436?pwd=cHJ2c0pRYk9yQ0hXaU9oSXc1Ym1ZZz09

        Meeting ID: 877 1029 4436
        Passcode: 528716
        """)
    inner = message([
        ("From", addr("Leanne Price", "leanne.price@harbourstaffing.co.uk")),
        ("To", addr("Olivia Hughes", "o.hughes@example.net")),
        ("Subject", "Interview confirmed - Quayside Broadcast Services"),
        ("Date", date("2026-11-03 15:22:40", LON)),
        ("Message-ID", "<AM9PR02MB7741C3E0A5D2F1B8C64E2A1BB3F12@AM9PR02MB7741.eurprd02.prod.outlook.com>"),
    ], text(inner_body))
    outer_body = t("""
        for the calendar!! (came to my old address)

        """)
    hs = head(addr("Olivia Hughes", "o.hughes@example.net"),
              "Fwd: Interview confirmed - Quayside Broadcast Services", "2026-11-03 19:05:18", LON,
              "<3A9C1E52-7B0D-4F26-8E1A-5C2D9B7F0A63@example.net>",
              "from smtp.example.net (smtp.example.net [203.0.113.25])", "4NWd9r4kGsz1Jv",
              ("X-Mailer", "iPhone Mail (22B91)"))
    return message(hs, mixed(text(outer_body, cte="7bit"),
                             attached_message(inner, "Interview confirmed - Quayside Broadcast Services.eml")))


@mail(n(13), family="ics_attachment", lang="en-GB", interview=True, kind="scheduled",
      start="2026-12-03T11:00:00Z", end="2026-12-03T11:45:00Z",
      contact="rhys.morgan@tillerandco.com", company="Tiller & Co",
      local="Thu 2026-12-03 11:00", local_end="2026-12-03 11:45", zone=LON,
      note="Hiring manager's short note 'invite attached for the second round' - the time is only in "
           "the attached application/ics (DTSTART;TZID=Europe/London 11:00, December so GMT) -> "
           "11:00Z-11:45Z; contact = sender (also ORGANIZER)")
def p13() -> bytes:
    body = t("""
        Hi Olivia,

        Really good to speak earlier. As promised I've attached a calendar invite for the second
        round - it'll be me and Fola at the Shoreditch office, 2nd floor (there's a buzzer by the
        bike racks, it's a bit hidden).

        Shout if anything changes.

        Cheers,
        Rhys

        Rhys Morgan
        Head of Delivery Operations, Tiller & Co
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        """) + VTZ_LONDON + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/London:20261203T110000
        DTEND;TZID=Europe/London:20261203T114500
        DTSTAMP:20261130T170151Z
        ORGANIZER;CN=Rhys Morgan:mailto:rhys.morgan@tillerandco.com
        UID:5k2p8q1v3s0n7m4c6t9r2a1b0d@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=olivia.hughes@example.org:mailto:olivia.hughes@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Folasade Ade:mailto:fola.ade@tillerandco.com
        LOCATION:Tiller & Co\\, 2nd floor\\, 88 Curtain Road\\, London EC2A 3AA
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Olivia Hughes / Tiller & Co - 2nd round interview
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Rhys Morgan", "rhys.morgan@tillerandco.com"), "2nd round - invite",
              "2026-11-30 17:02:09", LON, "<CAF=Rq3y7Zc2nW0+QeT9pK1uHx4Lm8sVbD6jN5gA0tE@mail.gmail.com>",
              "from mail-ej1-f45.google.com (mail-ej1-f45.google.com [209.85.218.45])", "4NsB1m7cWqz0Td")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(14), family="human_prose_allday_ics", lang="en-GB", interview=True, kind="scheduled",
      start="2026-12-09T15:30:00Z", end=None,
      contact="callum.reid@portobellorenewables.co.uk", company="Portobello Renewables",
      local="Wed 2026-12-09 15:30", zone=LON,
      note="Hiring manager writing from his phone: 'Wednesday 9th December at 3.30pm' in Leith "
           "(Edinburgh, GMT) -> 15:30Z; the attached Apple Calendar event is all-day "
           "(DTSTART;VALUE=DATE 20261209) so the time is only in the text; 'about an hour and a "
           "half' -> end null; contact = sender")
def p14() -> bytes:
    body = t("""
        Hi Olivia

        Just to confirm you're in with me and Kirsty on Wednesday 9th December at 3.30pm at our Leith
        office (Ocean Point 2, 3rd floor). Ive popped a placeholder in for the day so it's in your
        calendar - sorry, couldnt work out how to set the time on my phone!

        Plan for about an hour and a half incl a look round the control room. Trains from
        Manchester get in to Waverley about 1.30 so you should be fine.

        Callum

        Sent from my iPhone
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Apple Inc.//iPhone OS 18.1//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        TRANSP:TRANSPARENT
        DTSTART;VALUE=DATE:20261209
        DTEND;VALUE=DATE:20261210
        DTSTAMP:20261201T075804Z
        UID:9C4E2B71-3F5A-4D8E-A1B6-0E7F2C9D4A13
        SUMMARY:Olivia Hughes interview (Leith)
        ORGANIZER;CN=Callum Reid:mailto:callum.reid@portobellorenewables.co.uk
        ATTENDEE;CN=Olivia Hughes;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:olivia.hughes@example.org
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Callum Reid", "callum.reid@portobellorenewables.co.uk"), "Wed 9th",
              "2026-12-01 07:58:04", LON, "<B17D0C44-92E6-4A3F-8D15-6F0A2E9C7B58@portobellorenewables.co.uk>",
              "from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2108.outbound.protection.outlook.com [40.107.105.108])",
              "4NtH2x5pLkz8Rc",
              ("X-Mailer", "iPhone Mail (22B91)"))
    return message(hs, mixed(text(body, cte="7bit", params="format=flowed"),
                             calendar(ics, filename="Olivia Hughes interview.ics", disposition="attachment")))


@mail(n(15), family="goodtime", lang="en-GB", interview=True, kind="scheduled",
      start="2026-11-18T13:00:00Z", end="2026-11-18T15:30:00Z",
      contact="amara.osei@halberdpayments.com", company="Halberd Payments",
      local="Wed 2026-11-18 13:00", local_end="2026-11-18 15:30", zone=LON,
      note="GoodTime itinerary of three sessions on Wed 18 Nov (GMT): start = first session 13:00Z, "
           "end = last session end 15:30Z; sender is the GoodTime system, contact = Reply-To coordinator")
def p15() -> bytes:
    body = t("""
        Hi Olivia,

        Your final-round interview with Halberd Payments is confirmed. Below is your itinerary.
        All times are shown in Greenwich Mean Time (London).

        Wednesday, November 18, 2026
        Location: Halberd Payments, 5th Floor, 20 Eastcheap, London EC3M 1EB

        1:00 PM - 1:45 PM   Operations case exercise - Jamie Collier, Payments Operations Lead
        2:00 PM - 2:45 PM   Stakeholder interview - Ngozi Eze, VP Merchant Operations
        2:45 PM - 3:30 PM   Meet the team - Tasha Green & Leo Marsh

        Please check in at the ground floor reception 10 minutes before your first session with
        photo ID. Water and coffee will be available between sessions.

        If you need to make any changes, reply to this email to reach your coordinator,
        Amara Osei.

        We look forward to meeting you!
        Halberd Payments Recruiting
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Olivia,</p>
        <p>Your final-round interview with Halberd Payments is confirmed. Below is your itinerary.
        All times are shown in <b>Greenwich Mean Time (London)</b>.</p>
        <h3 style="margin-bottom:4px">Wednesday, November 18, 2026</h3>
        <p style="margin-top:0">Location: Halberd Payments, 5th Floor, 20 Eastcheap, London EC3M 1EB</p>
        <table cellpadding="6" style="border-collapse:collapse;border:1px solid #ddd">
        <tr style="background:#f5f5f5"><th align="left">Time</th><th align="left">Session</th><th align="left">Interviewer(s)</th></tr>
        <tr><td>1:00 PM - 1:45 PM</td><td>Operations case exercise</td><td>Jamie Collier, Payments Operations Lead</td></tr>
        <tr><td>2:00 PM - 2:45 PM</td><td>Stakeholder interview</td><td>Ngozi Eze, VP Merchant Operations</td></tr>
        <tr><td>2:45 PM - 3:30 PM</td><td>Meet the team</td><td>Tasha Green &amp; Leo Marsh</td></tr>
        </table>
        <p>Please check in at the ground floor reception 10 minutes before your first session with photo ID.
        Water and coffee will be available between sessions.</p>
        <p>If you need to make any changes, reply to this email to reach your coordinator, Amara Osei.</p>
        <p>We look forward to meeting you!<br>Halberd Payments Recruiting</p>
        <p style="font-size:11px;color:#999">Scheduled with GoodTime</p>
        </body></html>
        """)
    hs = head("Halberd Payments Recruiting <notifications@goodtime.io>",
              "Your Interview Itinerary with Halberd Payments - Wednesday, November 18",
              "2026-11-12 15:33:48", LON, "<itinerary.7c1e0a93f2.20261112153348@goodtime.io>",
              "from mail.goodtime.io (mail.goodtime.io [149.72.130.52])", "4NZm6k1tBvz2Hw",
              ("Reply-To", addr("Amara Osei", "amara.osei@halberdpayments.com")))
    return message(hs, alt(text(body), html(page)))


@mail(n(16), family="workday", lang="en-GB", interview=True, kind="scheduled",
      start="2026-12-08T20:00:00Z", end="2026-12-08T21:00:00Z",
      contact="mere.tane@kowhaifreight.co.nz", company="Kōwhai Freight",
      local="Wed 2026-12-09 09:00", local_end="2026-12-09 10:00", zone="Pacific/Auckland",
      note="Workday notification from an Auckland company (remote UK role): 'Wednesday, 9 December "
           "2026, 9:00 AM - 10:00 AM NZDT' (UTC+13) -> Tue 8 Dec 20:00Z-21:00Z, another day in UTC; the "
           "mail also gives 'Tuesday 8 December, 8:00 PM - 9:00 PM UK time'; ICS TZID Pacific/Auckland; "
           "RFC 2047 subject; contact = recruiter address in the body")
def p16() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#333">
        <table width="600" cellpadding="16" style="border:1px solid #e6e6e6"><tr><td>
        <img src="https://wd3.myworkdaysite.com/kowhaifreight/assets/logo.png" alt="Kōwhai Freight" height="36">
        <p>Kia ora Olivia,</p>
        <p>Thank you for your application for <b>Operations Analyst &ndash; EMEA (Remote, UK)</b> (R-10472).
        Your interview has been scheduled:</p>
        <p><b>Interview:</b> Panel interview<br>
        <b>Date:</b> Wednesday, 9 December 2026<br>
        <b>Time:</b> 9:00 AM &ndash; 10:00 AM NZDT (Auckland)<br>
        <b>Your local time:</b> Tuesday 8 December, 8:00 PM &ndash; 9:00 PM UK time<br>
        <b>Location:</b> Microsoft Teams (link in the calendar invitation)<br>
        <b>Interviewers:</b> Hemi Walker (GM Operations), Sophie Lin (EMEA Lead, London)</p>
        <p>We know the evening slot is not ideal; thank you for making it work across the time zones.</p>
        <p>If you have questions, please contact your recruiter, Mere Tane, at
        <a href="mailto:mere.tane@kowhaifreight.co.nz">mere.tane@kowhaifreight.co.nz</a>.</p>
        <p>Ng&#257; mihi,<br>Talent Team, K&#333;whai Freight</p>
        <p style="font-size:11px;color:#888">This notification was sent from Workday. Please do not reply.</p>
        </td></tr></table></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workday//Workday Calendar//EN
        METHOD:REQUEST
        """) + VTZ["Pacific/Auckland"] + "\n" + t("""
        BEGIN:VEVENT
        UID:WD-INTERVIEW-R10472-5521@myworkday.com
        DTSTAMP:20261202T211530Z
        DTSTART;TZID=Pacific/Auckland:20261209T090000
        DTEND;TZID=Pacific/Auckland:20261209T100000
        SUMMARY:Panel interview - Operations Analyst EMEA (Olivia Hughes)
        LOCATION:Microsoft Teams
        DESCRIPTION:Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Kow3Ng5%40thread.v2/0
        ORGANIZER;CN=Mere Tane:mailto:mere.tane@kowhaifreight.co.nz
        ATTENDEE;CN=Olivia Hughes;RSVP=TRUE:mailto:olivia.hughes@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Kōwhai Freight", "kowhaifreight@myworkday.com"),
              "Interview scheduled – Operations Analyst – EMEA (Remote, UK) – Kōwhai Freight",
              "2026-12-03 10:15:30", "Pacific/Auckland", "<1464822910.88301.1796246130442@wd3-prod-mail.myworkday.com>",
              "from wd3-prod-mail.myworkday.com (wd3-prod-mail.myworkday.com [199.102.210.17])", "4NtZ8q3mXcz5Fv")
    return message(hs, mixed(html(page), calendar(ics, filename="interview.ics", disposition="attachment")))


# =========================================================================== positives: rescheduled


@mail(n(17), family="smartrecruiters", lang="en-GB", interview=True, kind="rescheduled",
      start="2026-09-30T14:00:00Z", end="2026-09-30T14:45:00Z",
      contact="isla.mackenzie@forthclyde.co.uk", company="Forth & Clyde Building Society",
      local="Wed 2026-09-30 15:00", local_end="2026-09-30 15:45", zone=LON,
      note="SmartRecruiters reschedule stating the new and the previous time: new 'Wednesday, "
           "September 30, 2026, 3:00 PM - 3:45 PM (GMT+01:00) Europe/London' -> 14:00Z-14:45Z (the old "
           "Tue 29 Sep 10:00 is not the start); ICS SEQUENCE:1; contact = Reply-To recruiter")
def r17() -> bytes:
    body = t("""
        Hello Olivia,

        Your interview has been rescheduled.

        Position: Operations Performance Analyst
        Company: Forth & Clyde Building Society

        NEW TIME
        Wednesday, September 30, 2026, 3:00 PM - 3:45 PM (GMT+01:00) Europe/London

        PREVIOUS TIME (cancelled)
        Tuesday, September 29, 2026, 10:00 AM - 10:45 AM (GMT+01:00) Europe/London

        Type: Video interview (Microsoft Teams)
        Interviewers: Isla Mackenzie, Graeme Shaw

        Note from Isla Mackenzie:
        Apologies for moving this, Olivia - Graeme is now needed at our board meeting on Tuesday
        morning. The Teams link is unchanged.

        Add to calendar: the updated invitation is attached.

        Best regards,
        Forth & Clyde Building Society Recruitment Team
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#2d2d2d">
        <p>Hello Olivia,</p>
        <p><b>Your interview has been rescheduled.</b></p>
        <p>Position: Operations Performance Analyst<br>Company: Forth &amp; Clyde Building Society</p>
        <table cellpadding="8" style="border-collapse:collapse">
        <tr><td style="background:#e8f4ea"><b>NEW TIME</b><br>Wednesday, September 30, 2026, 3:00 PM - 3:45 PM (GMT+01:00) Europe/London</td></tr>
        <tr><td style="background:#f3f3f3;color:#777"><s>PREVIOUS TIME</s><br><s>Tuesday, September 29, 2026, 10:00 AM - 10:45 AM (GMT+01:00) Europe/London</s></td></tr>
        </table>
        <p>Type: Video interview (Microsoft Teams)<br>Interviewers: Isla Mackenzie, Graeme Shaw</p>
        <p><i>Note from Isla Mackenzie:</i><br>Apologies for moving this, Olivia &ndash; Graeme is now needed at our board
        meeting on Tuesday morning. The Teams link is unchanged.</p>
        <p>Best regards,<br>Forth &amp; Clyde Building Society Recruitment Team</p>
        <p style="font-size:11px;color:#aaa">Powered by SmartRecruiters</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//SmartRecruiters//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:sr-interview-7a31c2e0-4b8d-4f8e-9d10-33c5a1e2f0b9
        DTSTAMP:20260925T111805Z
        DTSTART:20260930T140000Z
        DTEND:20260930T144500Z
        SEQUENCE:1
        SUMMARY:Interview: Operations Performance Analyst - Olivia Hughes
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Isla Mackenzie:mailto:isla.mackenzie@forthclyde.co.uk
        ATTENDEE;CN=Olivia Hughes;RSVP=TRUE:mailto:olivia.hughes@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Forth & Clyde Building Society <noreply@mail.smartrecruiters.com>",
              "Interview rescheduled: Operations Performance Analyst", "2026-09-25 12:18:05", LON,
              "<0102019e5b3e11d2-8c0f7d64-2a61-4d02-b7e3-6e1f9a4c5b20-000000@eu-west-1.amazonses.com>",
              "from b224-18.smtp-out.eu-west-1.amazonses.com (b224-18.smtp-out.eu-west-1.amazonses.com [69.169.224.18])",
              "4MvH0c8rJpz6Wq",
              ("Reply-To", addr("Isla Mackenzie", "isla.mackenzie@forthclyde.co.uk")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(n(18), family="google_calendar", lang="en-GB", interview=True, kind="rescheduled",
      start="2026-10-27T14:00:00Z", end="2026-10-27T14:45:00Z",
      contact="jen.kowalski@brightlinemetrics.com", company="Brightline Metrics",
      local="Tue 2026-10-27 14:00", local_end="2026-10-27 14:45", zone=LON,
      note="Google Calendar 'Updated invitation' from a New York organiser, shown in Olivia's zone: "
           "changed to 'Tue 27 Oct 2026 2pm - 2:45pm (Greenwich Mean Time)' -> 14:00Z-14:45Z; was Fri 23 "
           "Oct 3pm BST. In the week between the UK (25 Oct) and US (1 Nov) clock changes New York is "
           "only 4 hours behind: ICS 10:00 America/New_York (EDT) = 14:00Z; contact = ORGANIZER/Reply-To")
def r18() -> bytes:
    body = t("""
        This event has been updated
        Changed: time

        Ops Analyst interview - Olivia Hughes / Brightline Metrics

        When
        CHANGED
        Tuesday 27 Oct 2026 ⋅ 2pm – 2:45pm (Greenwich Mean Time)
        Was: Friday 23 Oct 2026 ⋅ 3pm – 3:45pm (British Summer Time)

        Joining info
        Join with Google Meet
        meet.google.com/bkm-zqta-wnc

        Organiser
        Jen Kowalski - jen.kowalski@brightlinemetrics.com

        Guests
        Jen Kowalski - organiser
        olivia.hughes@example.org
        marco.ruiz@brightlinemetrics.com

        Hi Olivia - moving us to Tuesday as promised on the phone, same time for me (10am NY). Sorry
        again for the shuffle! - Jen

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=N3RrcTlmMW

        Reply for olivia.hughes@example.org
        Yes  https://calendar.google.com/calendar/event?action=RESPOND&eid=N3RrcTlmMW&rst=1
        No  https://calendar.google.com/calendar/event?action=RESPOND&eid=N3RrcTlmMW&rst=2
        Maybe  https://calendar.google.com/calendar/event?action=RESPOND&eid=N3RrcTlmMW&rst=3

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    page = t("""
        <html><body style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <div style="padding:8px 0;color:#d93025;font-size:14px">This event has been updated</div>
        <h2 style="font-weight:400;font-size:22px;color:#3c4043">Ops Analyst interview - Olivia Hughes / Brightline Metrics</h2>
        <table cellpadding="0" cellspacing="0" style="font-size:14px">
        <tr><td style="width:100px;color:#70757a;vertical-align:top">When</td>
        <td><span style="color:#d93025;font-size:11px">CHANGED</span><br>Tuesday 27 Oct 2026 &#8901; 2pm &ndash; 2:45pm (Greenwich Mean Time)<br>
        <span style="color:#70757a;text-decoration:line-through">Friday 23 Oct 2026 &#8901; 3pm &ndash; 3:45pm (British Summer Time)</span></td></tr>
        <tr><td style="color:#70757a;vertical-align:top">Joining info</td><td><a href="https://meet.google.com/bkm-zqta-wnc">meet.google.com/bkm-zqta-wnc</a></td></tr>
        <tr><td style="color:#70757a;vertical-align:top">Organiser</td><td>Jen Kowalski &ndash; jen.kowalski@brightlinemetrics.com</td></tr>
        <tr><td style="color:#70757a;vertical-align:top">Guests</td><td>Jen Kowalski &ndash; organiser<br>olivia.hughes@example.org<br>marco.ruiz@brightlinemetrics.com</td></tr>
        </table>
        <p style="font-size:14px">Hi Olivia - moving us to Tuesday as promised on the phone, same time for me (10am NY). Sorry again for the shuffle! - Jen</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/New_York:20261027T100000
        DTEND;TZID=America/New_York:20261027T104500
        DTSTAMP:20261022T174011Z
        ORGANIZER;CN=Jen Kowalski:mailto:jen.kowalski@brightlinemetrics.com
        UID:7tkq9f1m3b2c8d0e5g4h6j7k1l@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jen Kowalski;X-NUM-GUESTS=0:mailto:jen.kowalski@brightlinemetrics.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=olivia.hughes@example.org;X-NUM-GUESTS=0:mailto:olivia.hughes@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=marco.ruiz@brightlinemetrics.com;X-NUM-GUESTS=0:mailto:marco.ruiz@brightlinemetrics.com
        X-GOOGLE-CONFERENCE:https://meet.google.com/bkm-zqta-wnc
        CREATED:20261014T152203Z
        DESCRIPTION:Hi Olivia - moving us to Tuesday as promised on the phone\\, same time for me (10am NY).
        LAST-MODIFIED:20261022T174010Z
        LOCATION:
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Ops Analyst interview - Olivia Hughes / Brightline Metrics
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    subject = ("Updated invitation: Ops Analyst interview - Olivia Hughes / Brightline Metrics @ "
               "Tue 27 Oct 2026 2pm - 2:45pm (GMT) (olivia.hughes@example.org)")
    hs = head(addr("Jen Kowalski (Google Calendar)", "calendar-notification@google.com"), subject,
              "2026-10-22 18:40:11", LON, "<calendar-5c2e71a9-0f3b-4d86-b1e4-92a7c3d5e8f0@google.com>",
              "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "4NFk3v9wDtz0Gq",
              ("Reply-To", addr("Jen Kowalski", "jen.kowalski@brightlinemetrics.com")),
              ("Sender", "Google Calendar <calendar-notification@google.com>"))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, cte="base64")),
                             calendar(ics, method=None, ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(19), family="human_prose", lang="en-GB", interview=True, kind="rescheduled",
      start="2026-11-12T14:30:00Z", end="2026-11-12T15:15:00Z",
      contact="r.chadwick@irwellmet.ac.uk", company="Irwell Metropolitan University",
      local="Thu 2026-11-12 14:30", local_end="2026-11-12 15:15", zone=LON,
      note="University HR officer (public sector voice), iso-8859-15 quoted-printable: interview moved "
           "'from Tuesday 10 November at 10.00am to Thursday 12 November at 2.30pm' (GMT) -> new time "
           "14:30Z; 'will last 45 minutes' is an exact length -> end 15:15Z; contact = sender")
def r19() -> bytes:
    body = t("""
        Dear Olivia

        Ref: IMU-2186 Planning and Operations Analyst, Directorate of Planning

        I am writing to let you know that, due to the unavailability of a panel member, your
        interview has had to be rearranged from Tuesday 10 November at 10.00am to Thursday 12
        November at 2.30pm. I apologise for any inconvenience this may cause.

        The venue is unchanged: Room 3.07, Ellen Wilkinson Building, Oxford Road campus. The
        format is also unchanged: a 10-minute presentation on the topic sent to you on 28 October,
        followed by questions from the panel. The interview will last 45 minutes.

        Reasonable travel expenses (up to £60) can be claimed on the day; please bring receipts.

        I would be grateful if you could confirm your attendance at the new time by return email.

        Yours sincerely

        Rachel Chadwick
        HR Officer (Recruitment)
        People and Organisational Development
        Irwell Metropolitan University
        r.chadwick@irwellmet.ac.uk | 0161 555 2271
        """)
    hs = head(addr("Chadwick, Rachel", "r.chadwick@irwellmet.ac.uk"),
              "Interview rearranged - Planning and Operations Analyst (Ref IMU-2186)",
              "2026-11-05 11:26:51", LON,
              "<PAXPR08MB7034B5D2C91E4F03A6D8E7F2C10A@PAXPR08MB7034.eurprd08.prod.outlook.com>",
              "from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2122.outbound.protection.outlook.com [40.107.241.122])",
              "4NXs5b2nTfz7Dk",
              ("Thread-Topic", "Interview rearranged - Planning and Operations Analyst (Ref IMU-2186)"),
              ("Content-Language", "en-GB"))
    return message(hs, text(body, charset="iso-8859-15"))


@mail(n(20), family="agency_text", lang="en-GB", interview=True, kind="rescheduled",
      start="2026-12-03T16:00:00Z", end=None,
      contact="jade.walsh@pennineselect.co.uk", company="Brindle Logistics",
      local="Thu 2026-12-03 16:00", zone=LON,
      note="Agency recruiter writing like a text from her phone: 'Brindle have had to move you tmrw, "
           "its now 4pm instead of 2pm' resolved against the Date (Wed 2 Dec 2026) -> Thu 3 Dec 16:00 "
           "GMT = 16:00Z; the quoted thread below holds the old proposal and Olivia's acceptance of "
           "2pm; contact = recruiter (sender), company = the client Brindle Logistics")
def r20() -> bytes:
    body = t("""
        hiya Olivia, quick one - Brindle have had to move you tmrw, its now 4pm instead of 2pm, same
        teams link. Natalie's stuck on a site visit in Wakefield til 3. sorry for the faff!! let me know
        ur ok with that x

        Jade

        Get Outlook for iOS<https://aka.ms/o0ukef>
        ________________________________
        From: Olivia Hughes <olivia.hughes@example.org>
        Sent: Monday, November 30, 2026 6:41:22 PM
        To: Jade Walsh <jade.walsh@pennineselect.co.uk>
        Subject: Re: Brindle - first stage

        Hi Jade, Thursday at 2 is great, thanks. Teams is fine.
        Olivia

        ________________________________
        From: Jade Walsh <jade.walsh@pennineselect.co.uk>
        Sent: Monday, November 30, 2026 4:05:10 PM
        To: Olivia Hughes <olivia.hughes@example.org>
        Subject: Brindle - first stage

        Hi Olivia! Brindle loved your CV. Would Thursday at 2 work for a first stage with Natalie
        Shaw (Ops Director)? 45 mins on Teams. Let me know and I'll lock it in
        """)
    hs = head(addr("Jade Walsh", "jade.walsh@pennineselect.co.uk"), "Re: Brindle - first stage",
              "2026-12-02 09:12:37", LON,
              "<DU0PR03MB8811F6A2B0C3D4E59F1A2B3C4D5E6@DU0PR03MB8811.eurprd03.prod.outlook.com>",
              "from EUR01-DB5-obe.outbound.protection.outlook.com (mail-db5eur01on2091.outbound.protection.outlook.com [40.107.15.91])",
              "4NsT6w0bPhz3Yk",
              ("In-Reply-To", "<6E2B0A7F-1C3D-4E5F-8A9B-0C1D2E3F4A5B@example.org>"),
              ("References", "<DU0PR03MB8811A0B1C2D3E4F5A6B7C8D9E0F12@DU0PR03MB8811.eurprd03.prod.outlook.com> "
                             "<6E2B0A7F-1C3D-4E5F-8A9B-0C1D2E3F4A5B@example.org>"))
    return message(hs, alt(text(body), html(gmail_html(body).replace('dir="ltr"', 'dir="auto"'))))


# =========================================================================== positives: cancelled


@mail(n(21), family="exchange", lang="en-GB", interview=True, kind="cancelled",
      start="2026-10-16T13:00:00Z", end="2026-10-16T14:00:00Z",
      contact="priya.nair@cheapsidecapital.co.uk", company="Cheapside Capital",
      local="Fri 2026-10-16 14:00", local_end="2026-10-16 15:00", zone=LON,
      note="Outlook/Exchange cancellation (METHOD:CANCEL, STATUS:CANCELLED), hire paused, no new time; "
           "'When' line shows '(UTC+00:00) Dublin, Edinburgh, Lisbon, London' but 16 Oct is BST: "
           "14:00-15:00 -> 13:00Z-14:00Z (GMT Standard Time ICS agrees); contact = organizer/sender")
def c21() -> bytes:
    note = t("""
        When: Friday, 16 October 2026 14:00-15:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Cheapside Capital, 7th floor, 120 Cheapside, London EC2V 6DN

        Hi Olivia,

        I'm really sorry to do this - following a restructure in the operations function we've had
        to pause this hire, so I'm cancelling Friday's second interview. This isn't a reflection on
        you at all; the team were very positive after your first stage. If the role reopens I will
        be in touch straight away.

        Kind regards,
        Priya

        Priya Nair | Senior Talent Partner | Cheapside Capital
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div class="WordSection1">
        <p class="MsoNormal">When: Friday, 16 October 2026 14:00-15:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.<br>
        Where: Cheapside Capital, 7th floor, 120 Cheapside, London EC2V 6DN</p>
        <p class="MsoNormal">Hi Olivia,</p>
        <p class="MsoNormal">I&#8217;m really sorry to do this &#8211; following a restructure in the operations function we&#8217;ve
        had to pause this hire, so I&#8217;m cancelling Friday&#8217;s second interview. This isn&#8217;t a reflection on you at
        all; the team were very positive after your first stage. If the role reopens I will be in touch straight away.</p>
        <p class="MsoNormal">Kind regards,<br>Priya</p>
        <p class="MsoNormal" style="color:#595959">Priya Nair | Senior Talent Partner | Cheapside Capital</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["GMT Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Priya Nair:mailto:priya.nair@cheapsidecapital.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Olivia Hughes:mailto:olivia.hughes@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Daniel Frost:mailto:daniel.frost@cheapsidecapital.co.uk
        UID:040000008200E00074C5B7101A82E008000000005E3C8A1F7B5BDC010000000000000000100000006A3D9F0E21C4B54A8E7F90A1B2C3D4E5
        SUMMARY;LANGUAGE=en-GB:Canceled: Second interview - Olivia Hughes (Operations Analyst)
        DTSTART;TZID=GMT Standard Time:20261016T140000
        DTEND;TZID=GMT Standard Time:20261016T150000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261012T074700Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:2
        LOCATION;LANGUAGE=en-GB:Cheapside Capital\\, 7th floor\\, 120 Cheapside\\, London EC2V 6DN
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-OWNERAPPTID:-1620443981
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Priya Nair", "priya.nair@cheapsidecapital.co.uk"),
              "Canceled: Second interview - Olivia Hughes (Operations Analyst)", "2026-10-12 08:47:00", LON,
              "<CWLP123MB5571D2E0A9B84C1F7E3D6A2B90C14@CWLP123MB5571.GBRP123.PROD.OUTLOOK.COM>",
              "from GBR01-CWL-obe.outbound.protection.outlook.com (mail-cwlgbr01on2097.outbound.protection.outlook.com [40.107.11.97])",
              "4N8J0p4zXsz6Cn",
              ("Thread-Topic", "Second interview - Olivia Hughes (Operations Analyst)"),
              ("Thread-Index", "AdtcMb3Qy9nM2aVHT0mG5r4yE0fN1w=="),
              ("Importance", "high"),
              ("X-MS-Has-Attach", ""),
              ("X-MS-TNEF-Correlator", ""),
              ("Content-Language", "en-GB"))
    return message(hs, alt(text(note), html(page), calendar(ics, method="CANCEL", cte="base64")))


@mail(n(22), family="teamtailor", lang="en-GB", interview=True, kind="cancelled",
      start="2026-09-08T10:00:00Z", end="2026-09-08T10:45:00Z",
      contact="lucy.hartley@ancoatscoffee.co.uk", company="Ancoats Coffee Co.",
      local="Tue 2026-09-08 11:00", local_end="2026-09-08 11:45", zone=LON,
      note="Teamtailor cancellation, role on hold, no new time: 'Tuesday 8 September, 11:00-11:45' "
           "(BST) -> cancelled slot 10:00Z-10:45Z; ICS METHOD:CANCEL in UTC; no-reply sender, contact = "
           "recruiter address in the body")
def c22() -> bytes:
    body = t("""
        Hi Olivia,

        Unfortunately we have to cancel your interview for Operations & Supply Analyst:

        Tuesday 8 September, 11:00-11:45
        Ancoats Coffee Co. Roastery, 9 Jersey Street, Manchester M4 6JG

        We've taken the difficult decision to put this role on hold while we finish a review of our
        wholesale operation. We're really sorry for the short notice. Your application stays active
        in our system and we will get back to you as soon as we know more.

        If you have any questions, you can reach Lucy Hartley (People Lead) at
        lucy.hartley@ancoatscoffee.co.uk.

        Best wishes,
        Ancoats Coffee Co.
        """)
    page = t("""
        <html><body style="background:#faf7f2;font-family:Helvetica,Arial,sans-serif">
        <div style="max-width:560px;margin:24px auto;background:#fff;padding:28px;border-radius:6px;color:#2b2b2b;font-size:15px">
        <p>Hi Olivia,</p>
        <p>Unfortunately we have to cancel your interview for <b>Operations &amp; Supply Analyst</b>:</p>
        <p style="padding:12px;background:#fbeee6"><s>Tuesday 8 September, 11:00-11:45</s><br>
        Ancoats Coffee Co. Roastery, 9 Jersey Street, Manchester M4 6JG</p>
        <p>We&#39;ve taken the difficult decision to put this role on hold while we finish a review of our wholesale
        operation. We&#39;re really sorry for the short notice. Your application stays active in our system and we
        will get back to you as soon as we know more.</p>
        <p>If you have any questions, you can reach Lucy Hartley (People Lead) at
        <a href="mailto:lucy.hartley@ancoatscoffee.co.uk">lucy.hartley@ancoatscoffee.co.uk</a>.</p>
        <p>Best wishes,<br>Ancoats Coffee Co.</p>
        </div>
        <p style="text-align:center;font-size:11px;color:#999">Sent with Teamtailor</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Meetings//EN
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:teamtailor-meeting-3318842@teamtailor.com
        DTSTAMP:20260903T152011Z
        DTSTART:20260908T100000Z
        DTEND:20260908T104500Z
        SUMMARY:Interview: Olivia Hughes - Operations & Supply Analyst
        ORGANIZER;CN=Ancoats Coffee Co.:mailto:no-reply@teamtailor-mail.com
        ATTENDEE;CN=Olivia Hughes:mailto:olivia.hughes@example.org
        SEQUENCE:1
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Ancoats Coffee Co. <no-reply@teamtailor-mail.com>",
              "Your interview with Ancoats Coffee Co. has been cancelled", "2026-09-03 16:20:11", LON,
              "<64f2c1a0e8b9d_3a1f2c7e9b41@teamtailor-mail.com>",
              "from mail3.teamtailor-mail.com (mail3.teamtailor-mail.com [185.211.120.33])", "4Mm9Kc5pVgz1Bt")
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment")))


@mail(n(23), family="human_prose", lang="en-GB", interview=True, kind="cancelled",
      start="2026-12-11T11:00:00Z", end=None,
      contact="sam.okonjo@jamaicastreetstudios.co.uk", company="Jamaica Street Studios",
      local="Fri 2026-12-11 11:00", zone=LON,
      note="Liverpool hiring manager cancels 'our chat on Friday at 11' (resolved against the Date, "
           "Mon 7 Dec 2026 -> Fri 11 Dec 11:00 GMT = 11:00Z) and only proposes a new time ('say 2pm "
           "Tuesday? let me know'), not yet agreed -> cancelled with the old slot; windows-1252 QP; "
           "quoted original confirmation below; contact = sender")
def c23() -> bytes:
    body = t("""
        Hi Olivia,

        I’m really sorry but I’m going to have to cancel our chat on Friday at 11 – we’ve got a
        milestone build due for the publisher and I’ve been told in no uncertain terms that I’m not
        leaving my desk that day!

        Could we do Tuesday afternoon instead, say 2pm? Let me know if that works and I’ll send a
        fresh invite. Otherwise I’ll suggest a couple of slots later in the week.

        Apologies again,
        Sam

        Sam Okonjo
        Studio Operations Director
        Jamaica Street Studios | Baltic Triangle, Liverpool

        From: Sam Okonjo
        Sent: 02 December 2026 10:14
        To: Olivia Hughes <olivia.hughes@example.org>
        Subject: RE: Studio Operations Analyst

        Brilliant – Friday 11th at 11am it is, at the studio on Jamaica Street. Ring the bell for
        the second floor.
        """)
    hs = head(addr("Sam Okonjo", "sam.okonjo@jamaicastreetstudios.co.uk"), "RE: Studio Operations Analyst",
              "2026-12-07 13:05:44", LON,
              "<LO2P123MB4478E1A3C5D7F9B2A4C6E8D0F1A23@LO2P123MB4478.GBRP123.PROD.OUTLOOK.COM>",
              "from GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2135.outbound.protection.outlook.com [40.107.10.135])",
              "4NxF4n9dRkz2Vs",
              ("Thread-Topic", "Studio Operations Analyst"),
              ("In-Reply-To", "<LO2P123MB4478C0D1E2F3A4B5C6D7E8F9A0B12@LO2P123MB4478.GBRP123.PROD.OUTLOOK.COM>"),
              charset="windows-1252")
    return message(hs, text(body, charset="windows-1252"))


# =========================================================================== negatives


@mail(n(24), family="rejection", lang="en-GB", interview=False, company="Holbeck Digital",
      days=(("Wed", "2026-09-23"),),
      note="Personio rejection after an interview; the past interview date (Wednesday 23 September) is "
           "mentioned, nothing is scheduled")
def n24() -> bytes:
    body = t("""
        Dear Olivia,

        Thank you for taking the time to interview with us on Wednesday 23 September for the Service
        Operations Analyst position, and for the thought you put into the data exercise.

        After careful consideration we have decided to move forward with another candidate whose
        experience more closely matches the needs of the team at this time. This was a close
        decision, and the panel particularly enjoyed your approach to the SLA breakdown.

        We would be happy to keep your details on file for future opportunities, and if you would
        like feedback, please reply to this email and we will arrange a short call.

        We wish you every success with your search.

        Kind regards,
        Eleanor Briggs
        People Team, Holbeck Digital
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Dear Olivia,</p>
        <p>Thank you for taking the time to interview with us on Wednesday 23 September for the Service Operations
        Analyst position, and for the thought you put into the data exercise.</p>
        <p>After careful consideration we have decided to move forward with another candidate whose experience more
        closely matches the needs of the team at this time. This was a close decision, and the panel particularly
        enjoyed your approach to the SLA breakdown.</p>
        <p>We would be happy to keep your details on file for future opportunities, and if you would like feedback,
        please reply to this email and we will arrange a short call.</p>
        <p>We wish you every success with your search.</p>
        <p>Kind regards,<br>Eleanor Briggs<br>People Team, Holbeck Digital</p>
        <p style="font-size:11px;color:#999">This email was sent via Personio.</p>
        </body></html>
        """)
    hs = head("Holbeck Digital <no-reply@personio.de>",
              "Your application as Service Operations Analyst at Holbeck Digital",
              "2026-09-28 10:04:52", LON, "<a93f0c2e7d1b4e58b6c1@mail.personio.de>",
              "from mail.personio.de (mail.personio.de [3.120.181.55])", "4MwQ7r1kSnz4Hd",
              ("Reply-To", "Holbeck Digital <jobs@holbeckdigital.co.uk>"))
    return message(hs, alt(text(body), html(page)))


@mail(n(25), family="offer", lang="en-GB", interview=False, company="Calder Pay",
      days=(("Thu", "2026-09-10"), ("Thu", "2026-09-17"), ("Mon", "2026-11-02"), ("Fri", "2026-10-02")),
      note="Offer after the interviews (thread with the Calder Pay Greenhouse confirmation): past "
           "interview dates, a start date and a signing deadline, and a proposed 'quick call tomorrow "
           "at 12' about the offer - none of it an interview")
def n25() -> bytes:
    body = t("""
        Hi Olivia,

        I'm delighted to let you know that, following your interviews on Thursday 10 and Thursday 17
        September, we would like to offer you the role of Operations Analyst at Calder Pay.

        The headline terms are:
        - Salary: £46,500 per annum
        - Hybrid: 2 days a week in our Leeds office (Wellington Place)
        - 27 days' holiday plus bank holidays, 6% matched pension
        - Proposed start date: Monday 2 November 2026

        Your formal offer letter is attached. If you're happy to proceed, please sign and return it
        by Friday 2 October.

        I know you'll have questions, so I'd love to grab a quick call tomorrow at 12 to talk it
        through - or let me know a time that suits you better.

        Congratulations again - Tom and the team were really impressed.

        Hannah

        Hannah Okafor | Talent Partner | Calder Pay
        """)
    pdf = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
           b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    att = Part([("Content-Type", 'application/pdf; name="Calder Pay - Offer - Olivia Hughes.pdf"'),
                ("Content-Disposition", 'attachment; filename="Calder Pay - Offer - Olivia Hughes.pdf"'),
                ("Content-Transfer-Encoding", "base64")],
               base64.encodebytes(pdf).replace(b"\n", b"\r\n"))
    hs = head(addr("Hannah Okafor", "hannah.okafor@calderpay.co.uk"), "Offer - Operations Analyst, Calder Pay",
              "2026-09-22 17:30:19", LON, "<CAJ9vK3Lq2Wc+8nPz0Rt5yFbX1mHs7eGd4uA6oN@mail.gmail.com>",
              "from mail-lf1-f52.google.com (mail-lf1-f52.google.com [209.85.167.52])", "4Mtg3d2wLxz9Qb")
    return message(hs, mixed(alt(text(body, cte="8bit"), html(gmail_html(body))), att))


@mail(n(26), family="application_ack", lang="en-GB", interview=False, company="Canongate Bank",
      note="Taleo application receipt, iso-8859-1 quoted-printable; 'if shortlisted ... invited to "
           "interview' is hypothetical, no time")
def n26() -> bytes:
    body = t("""
        Dear Olivia Hughes,

        Thank you for applying for the position of Operations Risk Analyst (Requisition 26000812) at
        Canongate Bank plc, Edinburgh.

        We have received your application and our recruitment team will now review it against the
        requirements of the role. If your application is shortlisted, a member of the team will
        contact you to invite you to a telephone interview, usually within 2-3 weeks of the closing
        date (Friday 25 September 2026). Successful candidates will then be invited to a
        competency-based interview and a short assessment at our St Andrew Square office.

        You can review the status of your application at any time by logging in to your candidate
        profile.

        Salary for this role: £38,000 - £44,000 plus benefits.

        Yours sincerely,

        Canongate Bank Resourcing Team

        This is an automated message. Please do not reply.
        """)
    hs = head("Canongate Bank Careers <noreply@taleo.net>",
              "Canongate Bank - Application received - Operations Risk Analyst (26000812)",
              "2026-09-14 22:17:40", LON, "<1731624.1790284660.JavaMail.taleo@ltsp2.taleo.net>",
              "from ltsp2.taleo.net (ltsp2.taleo.net [160.34.12.68])", "4Ms0Yh6tFbz2Nm",
              charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(27), family="job_alert", lang="en-GB", interview=False, company=None,
      note="Job-board alert; 'Interviewing now' and 'interviews this week' badges are advertising, "
           "nothing is scheduled for Olivia")
def n27() -> bytes:
    body = t("""
        12 new jobs for "operations analyst" near Manchester

        Operations Analyst - Stockport - £40,000 - £45,000
        Arden Homewares | Hybrid | Interviewing now
        https://www.northworkjobs.co.uk/j/88120441

        Senior Operations Analyst - Leeds - £50,000
        Wharfedale Water | Permanent | Urgently hiring: interviews this week
        https://www.northworkjobs.co.uk/j/88119702

        Business Operations Analyst (12-month FTC) - Manchester
        Salford Royal Trading Ltd | Posted 2 days ago | Easy apply
        https://www.northworkjobs.co.uk/j/88117365

        Fulfilment Operations Analyst - Warrington - £36,000
        Cheshire Parcel Hub | Immediate start, 1-stage interview
        https://www.northworkjobs.co.uk/j/88116020

        See all 12 jobs: https://www.northworkjobs.co.uk/alerts/olivia-ops-mcr

        You're receiving this because you created a job alert. Manage alerts:
        https://www.northworkjobs.co.uk/alerts/manage
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;background:#f2f2f2">
        <table width="600" align="center" cellpadding="12" style="background:#fff">
        <tr><td><h2 style="color:#0b5f8a">12 new jobs for &quot;operations analyst&quot; near Manchester</h2></td></tr>
        <tr><td><a href="https://www.northworkjobs.co.uk/j/88120441"><b>Operations Analyst</b></a> &ndash; Stockport &ndash; &pound;40,000 - &pound;45,000<br>
        Arden Homewares | Hybrid | <span style="background:#e3f6e5;color:#1b7a2b">Interviewing now</span></td></tr>
        <tr><td><a href="https://www.northworkjobs.co.uk/j/88119702"><b>Senior Operations Analyst</b></a> &ndash; Leeds &ndash; &pound;50,000<br>
        Wharfedale Water | Permanent | <span style="color:#c0392b">Urgently hiring: interviews this week</span></td></tr>
        <tr><td><a href="https://www.northworkjobs.co.uk/j/88117365"><b>Business Operations Analyst (12-month FTC)</b></a> &ndash; Manchester<br>
        Salford Royal Trading Ltd | Posted 2 days ago | Easy apply</td></tr>
        <tr><td><a href="https://www.northworkjobs.co.uk/j/88116020"><b>Fulfilment Operations Analyst</b></a> &ndash; Warrington &ndash; &pound;36,000<br>
        Cheshire Parcel Hub | Immediate start, 1-stage interview</td></tr>
        <tr><td><a href="https://www.northworkjobs.co.uk/alerts/olivia-ops-mcr">See all 12 jobs</a></td></tr>
        <tr><td style="font-size:11px;color:#888">You&#39;re receiving this because you created a job alert.
        <a href="https://www.northworkjobs.co.uk/alerts/manage">Manage alerts</a> | <a href="https://www.northworkjobs.co.uk/unsubscribe?u=5521">Unsubscribe</a></td></tr>
        </table></body></html>
        """)
    hs = head("NorthWork Jobs <alerts@northworkjobs.co.uk>",
              "12 new jobs for \"operations analyst\" near Manchester", "2026-10-07 07:02:15", LON,
              "<alert.20261007060215.5521@northworkjobs.co.uk>",
              "from mta12.northworkjobs.co.uk (mta12.northworkjobs.co.uk [185.45.22.12])", "4N4rKp0vLcz8Bw",
              ("List-Unsubscribe", "<https://www.northworkjobs.co.uk/unsubscribe?u=5521>, "
                                   "<mailto:unsubscribe@northworkjobs.co.uk?subject=5521>"),
              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
              ("Precedence", "bulk"))
    return message(hs, alt(text(body), html(page)))


@mail(n(28), family="careers_service_newsletter", lang="en-GB", interview=False, company=None,
      days=(("Tue", "2026-11-10"), ("Thu", "2026-11-12"), ("Wed", "2026-11-18")),
      note="University careers service alumni bulletin: 'Interview Week' with mock-interview clinics "
           "and a webinar at fixed times - advertising, not Olivia's interview")
def n28() -> bytes:
    body = t("""
        PENDLE UNIVERSITY CAREERS SERVICE - ALUMNI BULLETIN, NOVEMBER 2026

        It's Interview Week!

        Whether you've got an interview lined up or you're hoping to, our Interview Week is for you.
        All sessions are free for Pendle graduates up to five years after graduation.

        * Mock interview clinics - Tuesday 10 November, 12:00-14:00 (online). 20-minute one-to-one
          practice interviews with a careers adviser, with feedback. Book a slot on CareerConnect.
        * Webinar: "Answering competency questions with STAR" - Thursday 12 November, 18:00
          (Teams). Join link sent on booking.
        * Employer panel: "What we look for at interview" with recruiters from three North West
          employers - Wednesday 18 November, 17:30, Leigh Building, Room LB1.12.

        READ ON THE BLOG
        "The follow-up email: what to send after your interview (and when)"
        "Video interviews: lighting, eye contact and the two-second delay"

        Pendle University Careers Service | careers@pendle.ac.uk
        You are receiving this because you opted in to alumni careers emails.
        Unsubscribe: https://careers.pendle.ac.uk/unsubscribe?id=a7731
        """)
    page = t("""
        <html><body style="font-family:Georgia,serif;color:#222;max-width:620px">
        <p style="font-family:Arial,sans-serif;font-size:12px;color:#6b2c91;letter-spacing:1px">PENDLE UNIVERSITY CAREERS SERVICE &middot; ALUMNI BULLETIN &middot; NOVEMBER 2026</p>
        <h1 style="color:#6b2c91">It&rsquo;s Interview Week!</h1>
        <p>Whether you&rsquo;ve got an interview lined up or you&rsquo;re hoping to, our Interview Week is for you.
        All sessions are free for Pendle graduates up to five years after graduation.</p>
        <ul>
        <li><b>Mock interview clinics</b> &ndash; Tuesday 10 November, 12:00&ndash;14:00 (online). 20-minute one-to-one practice interviews with a careers adviser, with feedback. <a href="https://careerconnect.pendle.ac.uk/events/mock-interviews">Book a slot on CareerConnect</a>.</li>
        <li><b>Webinar: &ldquo;Answering competency questions with STAR&rdquo;</b> &ndash; Thursday 12 November, 18:00 (Teams). Join link sent on booking.</li>
        <li><b>Employer panel: &ldquo;What we look for at interview&rdquo;</b> &ndash; Wednesday 18 November, 17:30, Leigh Building, Room LB1.12.</li>
        </ul>
        <h3>Read on the blog</h3>
        <p><a href="https://careers.pendle.ac.uk/blog/follow-up-email">The follow-up email: what to send after your interview (and when)</a><br>
        <a href="https://careers.pendle.ac.uk/blog/video-interviews">Video interviews: lighting, eye contact and the two-second delay</a></p>
        <p style="font-size:11px;color:#777;font-family:Arial,sans-serif">Pendle University Careers Service | careers@pendle.ac.uk<br>
        You are receiving this because you opted in to alumni careers emails. <a href="https://careers.pendle.ac.uk/unsubscribe?id=a7731">Unsubscribe</a></p>
        </body></html>
        """)
    hs = head("Pendle University Careers Service <careers@pendle.ac.uk>",
              "Alumni bulletin: It's Interview Week (10-18 Nov)", "2026-11-03 12:00:04", LON,
              "<0.1.2F.9A1.1DC4B7E8A2C5F10.0@mail226.suw11.mcsv.net>",
              "from mail226.suw11.mcsv.net (mail226.suw11.mcsv.net [198.2.177.226])", "4NWb1c7zQpz5Kx",
              ("List-Unsubscribe", "<https://careers.pendle.ac.uk/unsubscribe?id=a7731>"),
              ("List-Id", "Pendle Careers Alumni <a7e31f.list-id.mcsv.net>"),
              ("Precedence", "bulk"))
    return message(hs, alt(text(body), html(page)))


@mail(n(29), family="scheduling_link", lang="en-GB", interview=False, company="Lumenfield",
      days=(("Mon", "2026-09-21"), ("Fri", "2026-10-02")),
      note="Ashby self-schedule request (thread with the later Lumenfield confirmation): a window of "
           "days and a link, no time chosen yet")
def n29() -> bytes:
    body = t("""
        Hi Olivia,

        Thanks for your time on the phone with Dana! The next step for the Operations Analyst
        (EMEA, Remote) role is a 45-minute interview with Ruth Adebayo, our Director of Operations.

        Please use the link below to choose a time that works for you. Slots are available between
        Monday, September 21 and Friday, October 2, shown in your local time zone.

        Select a time: https://app.ashbyhq.com/interview-self-schedule/3e7b2a0d-61c9-4f5e-8b2a-0c4d19e7f6a8

        If none of the times work, just reply and Dana will find an alternative.

        Lumenfield Recruiting
        """)
    page = t("""
        <html><body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#111827">
        <p>Hi Olivia,</p>
        <p>Thanks for your time on the phone with Dana! The next step for the Operations Analyst (EMEA, Remote) role
        is a 45-minute interview with Ruth Adebayo, our Director of Operations.</p>
        <p>Please use the link below to choose a time that works for you. Slots are available between Monday,
        September 21 and Friday, October 2, shown in your local time zone.</p>
        <p><a href="https://app.ashbyhq.com/interview-self-schedule/3e7b2a0d-61c9-4f5e-8b2a-0c4d19e7f6a8"
        style="background:#4f46e5;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Select a time</a></p>
        <p>If none of the times work, just reply and Dana will find an alternative.</p>
        <p style="color:#6b7280">Lumenfield Recruiting &middot; Powered by Ashby</p>
        </body></html>
        """)
    hs = head("Lumenfield <no-reply@ashbyhq.com>",
              "Schedule your interview: Operations Analyst (EMEA, Remote) at Lumenfield",
              "2026-09-18 15:02:47", LON,
              "<0100019e45b2c7e1-1b9a73d0-5e2f-4c61-a8d4-70f3b2c9e115-000000@email.amazonses.com>",
              "from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])", "4MszQ0h5Dvz3Tm",
              ("Reply-To", addr("Dana Whitfield", "dana.whitfield@lumenfield.io")))
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(30), family="recruiter_outreach", lang="en-GB", interview=False, company="Red Rose Recruitment",
      days=(("Thu", "2026-10-22"), ("Fri", "2026-10-23")),
      note="Agency outreach: asks for a quick call, offers loose windows ('Thursday after 2 or Friday "
           "morning'), describes a future interview process; nothing fixed")
def n30() -> bytes:
    body = t("""
        Hi Olivia,

        Hope you don't mind me getting in touch directly - I came across your profile and think you'd
        be a great fit for an Operations Analyst role I'm working on with a fast-growing e-commerce
        brand in Stockport.

        - £42-48k + bonus
        - hybrid, 2 days in the office
        - 2-stage interview process (30 min video call, then an in-person case study), they're
          looking to move quickly

        Are you free for a quick call this week? I'm around Thursday after 2 or Friday morning, or
        send me a time that suits you.

        Thanks,
        Tom

        Tom Beckett | Principal Consultant - Operations & Analytics
        Red Rose Recruitment | 07700 900 418 | www.redroserecruitment.co.uk
        """)
    hs = head(addr("Tom Beckett", "tom.beckett@redroserecruitment.co.uk"),
              "Operations Analyst - Stockport - £42-48k - quick chat?", "2026-10-20 11:48:33", LON,
              "<CAKx3pT9vZ1m+Hq7wLc2Rn0bY5dFg8sEu4Ji6oA@mail.gmail.com>",
              "from mail-qt1-f178.google.com (mail-qt1-f178.google.com [209.85.160.178])", "4NC7Vg2nXbz1Lr")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(31), family="interview_proposed", lang="en-GB", interview=False, company="Brindle Logistics",
      days=(("Thu", "2026-12-03"),),
      note="Agency recruiter proposes 'Would Thursday at 2 work ...? Let me know and I'll lock it in' "
           "(Thu 3 Dec) - a proposal, not yet confirmed (thread with the later reschedule to 4pm, "
           "which quotes Olivia's acceptance)")
def n31() -> bytes:
    body = t("""
        Hi Olivia! Brindle loved your CV. Would Thursday at 2 work for a first stage with Natalie
        Shaw (Ops Director)? 45 mins on Teams. Let me know and I'll lock it in

        Jade

        Jade Walsh | Recruitment Consultant | Pennine Select
        Park Row, Leeds LS1 | 0113 555 0387
        """)
    hs = head(addr("Jade Walsh", "jade.walsh@pennineselect.co.uk"), "Brindle - first stage",
              "2026-11-30 16:05:10", LON,
              "<DU0PR03MB8811A0B1C2D3E4F5A6B7C8D9E0F12@DU0PR03MB8811.eurprd03.prod.outlook.com>",
              "from EUR01-DB5-obe.outbound.protection.outlook.com (mail-db5eur01on2090.outbound.protection.outlook.com [40.107.15.90])",
              "4NrW3s8kJdz4Gy")
    return message(hs, text(body, cte="7bit"))


@mail(n(32), family="non_interview_appointment", lang="en-GB", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="GP surgery appointment confirmation with a fixed time (Tuesday 13 October 08:40) - a "
           "medical appointment, not an interview")
def n32() -> bytes:
    body = t("""
        Hulme Vale Surgery

        Dear Olivia,

        Your appointment is confirmed:

        Tuesday 13 October 2026 at 08:40
        Dr A. Bhatt - face-to-face appointment (10 minutes)
        Hulme Vale Surgery, 31 Stretford Road, Manchester M15 5QD

        If you can no longer attend, please cancel using the link below so the appointment can be
        offered to another patient: https://patient-messages.example.net/c/HVS-9921-4417

        Please do not reply to this message. Replies are not monitored.
        """)
    hs = head("Hulme Vale Surgery <noreply@patient-messages.example.net>",
              "Appointment confirmed - Tue 13 Oct 08:40", "2026-10-08 14:12:58", LON,
              "<hvs.9921.4417.20261008131258@patient-messages.example.net>",
              "from mta2.patient-messages.example.net (mta2.patient-messages.example.net [198.51.100.42])",
              "4N5xHc4bPmz7Sq")
    return message(hs, text(body, cte="7bit"))


@mail(n(33), family="flat_viewing", lang="en-GB", interview=False, company=None,
      days=(("Sat", "2026-10-17"),),
      note="Letting agent confirms a flat viewing in Leeds (Saturday 17 October 10:30) where the "
           "landlord 'likes to interview' tenants - a fixed time, but not a job interview")
def n33() -> bytes:
    body = t("""
        Hi Olivia,

        Thanks for your enquiry about the 2-bed at 14 Cardigan Road, Headingley. I've booked you in
        for a viewing on Saturday 17 October at 10:30.

        Just so you know, the landlord likes to interview prospective tenants himself (he's very
        hands-on!), so he'll be at the viewing too and will probably ask about your job, whether you
        have pets, how long you're looking to stay, etc. Nothing to worry about.

        If you decide to go ahead we'd need a holding deposit of one week's rent (£346) and
        references.

        See you Saturday,
        Kerry

        Kerry Naylor | Lettings Negotiator
        Headrow Lettings | 0113 555 0270
        """)
    hs = head(addr("Kerry Naylor", "kerry@headrowlettings.co.uk"),
              "Viewing confirmed - 14 Cardigan Road, Sat 17th 10:30", "2026-10-13 12:31:09", LON,
              "<018a01dc5b2f$3e4c1a20$bae44e60$@headrowlettings.co.uk>",
              "from smtp.headrowlettings.co.uk (smtp.headrowlettings.co.uk [185.12.70.9])", "4N9s2h8yTkz3Mf",
              ("X-Mailer", "Microsoft Outlook 16.0"))
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(34), family="car_service", lang="en-GB", interview=False, company=None,
      days=(("Fri", "2026-11-20"),),
      note="Garage booking confirmation (MOT and service, Friday 20 November, drop-off 08:15), "
           "HTML only - a fixed time, not an interview")
def n34() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <table width="600" cellpadding="14" style="border:1px solid #ddd">
        <tr><td style="background:#12355b;color:#fff;font-size:18px">Didsbury Autocentre</td></tr>
        <tr><td>
        <p>Hi Olivia,</p>
        <p>Thanks for booking with us. Your booking is <b>confirmed</b>:</p>
        <p><b>Vehicle:</b> Ford Fiesta 1.0 EcoBoost (MA19 KXT)<br>
        <b>Work:</b> MOT + Full Service<br>
        <b>Date:</b> Friday 20 November 2026<br>
        <b>Drop-off:</b> 08:15<br>
        <b>Estimated ready:</b> from 15:00 (we'll text you)<br>
        <b>Quoted price:</b> &pound;219.00 incl. VAT</p>
        <p>Please bring your locking wheel nut key. Courtesy cars are subject to availability.</p>
        <p>Need to change your booking? Call us on 0161 555 0733.</p>
        <p>Didsbury Autocentre, Unit 4, Wilmslow Road, Manchester M20 5PG</p>
        </td></tr></table></body></html>
        """)
    hs = head("Didsbury Autocentre <bookings@didsburyautocentre.co.uk>",
              "Booking confirmed: MOT + Full Service - Fri 20 Nov", "2026-11-16 17:45:22", LON,
              "<20261116174522.7f3a1c@didsburyautocentre.co.uk>",
              "from mail.garagehive.example.com (mail.garagehive.example.com [192.0.2.88])", "4NcZ9m1vKpz6Td")
    return message(hs, html(page))


@mail(n(35), family="parents_evening", lang="en-GB", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="School parents' evening booking with fixed appointment times (Thursday 19 November) - a "
           "parent-teacher meeting, not an interview")
def n35() -> bytes:
    body = t("""
        St Aidan's CE High School - Year 8 Parents' Evening

        Dear Olivia Hughes,

        Thank you for booking. Your appointments for Noah Hughes (8W) on Thursday 19 November 2026
        are:

        17:20 - 17:25  Mrs K Dawson (Maths)         Room M4
        17:30 - 17:35  Mr P Adeyemi (English)       Room E2
        17:45 - 17:50  Miss R Shah (Science)        Lab 3

        Please arrive a few minutes early and sign in at the main reception. Appointments run to
        time, so if you are late we may not be able to see you.

        To amend your bookings, log in to the parents' evening system.

        St Aidan's CE High School
        """)
    hs = head("St Aidan's CE High School <noreply@parentsevening.example.com>",
              "Parents' Evening booking confirmation - Thursday 19 November", "2026-11-11 20:14:40", LON,
              "<pe-confirm-88421-20261111201440@parentsevening.example.com>",
              "from out3.parentsevening.example.com (out3.parentsevening.example.com [192.0.2.140])",
              "4NcY3r6wBnz9Pk")
    return message(hs, text(body, cte="7bit"))


@mail(n(36), family="non_interview_calendar", lang="en-GB", interview=False, company=None,
      days=(("Mon", "2026-09-14"),),
      note="Exchange meeting request from Olivia's current employer (auto-forwarded from her work "
           "mailbox): recurring ops stand-up at 09:15 from Monday 14 September, GMT Standard Time ICS "
           "- a confirmed time, not an interview")
def n36() -> bytes:
    note = t("""
        Hi all,

        Moving stand-up to 09:15 from Monday so the night shift handover report is in before we
        start. Same Teams channel, 15 mins max please!

        Mark

        """) + TEAMS_TEXT.format(mid="ZWQ5YTIxNjQtMDk1Ni00MmE3LWI1ZjgtNGI0MzgxYjI3ZmEy",
                                 meeting_id="328 114 770 901", passcode="u7Tq9P")
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["GMT Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Mark Dunn:mailto:mark.dunn@castlefieldfreight.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Olivia Hughes:mailto:olivia.hughes@castlefieldfreight.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ben Ashworth:mailto:ben.ashworth@castlefieldfreight.co.uk
        RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;WKST=MO
        UID:040000008200E00074C5B7101A82E00800000000D1C2B3A4F5E6DC01000000000000000010000000C4D5E6F708192A3B4C5D6E7F8091A2B3
        SUMMARY;LANGUAGE=en-GB:Ops daily stand-up
        DTSTART;TZID=GMT Standard Time:20260914T091500
        DTEND;TZID=GMT Standard Time:20260914T093000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260910T152002Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Mark Dunn", "mark.dunn@castlefieldfreight.co.uk"), "Ops daily stand-up",
              "2026-09-10 16:20:02", LON,
              "<AS8PR02MB9274B0E1D3C5A7F9E2B4D6C8A0E13@AS8PR02MB9274.eurprd02.prod.outlook.com>",
              "from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2110.outbound.protection.outlook.com [40.107.247.110])",
              "4MqY1f6tGcz8Vw",
              ("Thread-Topic", "Ops daily stand-up"),
              ("X-MS-Exchange-Inbox-Rules-Loop", "olivia.hughes@castlefieldfreight.co.uk"),
              ("X-MS-Exchange-Organization-AutoForwarded", "true"),
              to=addr("Olivia Hughes", "olivia.hughes@castlefieldfreight.co.uk") + ", "
                 + addr("Ben Ashworth", "ben.ashworth@castlefieldfreight.co.uk"))
    return message(hs, alt(text(note), calendar(ics, cte="base64")))


@mail(n(37), family="interviewer_panel", lang="en-GB", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="Olivia's current employer asks her to sit on an interview panel for a junior analyst "
           "(Exchange invite, Tue 6 Oct 10:00 BST, auto-forwarded from her work mailbox): a confirmed "
           "interview, but she is the interviewer, not the candidate -> negative")
def n37() -> bytes:
    note = t("""
        Hi Olivia,

        Thanks so much for agreeing to sit on the panel for the Junior Data Analyst role. Details:

        Candidate: Sam Pike
        Panel: Mark Dunn (chair), Olivia Hughes
        Format: 45 min competency interview + 15 min Excel task

        Sam's CV and the scoring sheet are in the Recruitment > JDA-2026 folder on SharePoint. Please
        complete your scores on the day and return them to me by end of Wednesday.

        Thanks,
        Becky

        Becky Lord | HR Advisor | Castlefield Freight Ltd
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["GMT Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Becky Lord:mailto:becky.lord@castlefieldfreight.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Olivia Hughes:mailto:olivia.hughes@castlefieldfreight.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Mark Dunn:mailto:mark.dunn@castlefieldfreight.co.uk
        UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DC01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F
        SUMMARY;LANGUAGE=en-GB:Interview - Junior Data Analyst - Sam Pike
        DTSTART;TZID=GMT Standard Time:20261006T100000
        DTEND;TZID=GMT Standard Time:20261006T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260929T083311Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-GB:Meeting Room 2 (Castlefield House)
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Becky Lord", "becky.lord@castlefieldfreight.co.uk"),
              "Interview - Junior Data Analyst - Sam Pike", "2026-09-29 09:33:11", LON,
              "<AS8PR02MB9274E3F5A7C9B1D2E4F6A8C0B2D35@AS8PR02MB9274.eurprd02.prod.outlook.com>",
              "from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2111.outbound.protection.outlook.com [40.107.247.111])",
              "4MwW4j0sHdz2Cb",
              ("Thread-Topic", "Interview - Junior Data Analyst - Sam Pike"),
              ("X-MS-Exchange-Inbox-Rules-Loop", "olivia.hughes@castlefieldfreight.co.uk"),
              ("X-MS-Exchange-Organization-AutoForwarded", "true"),
              to=addr("Olivia Hughes", "olivia.hughes@castlefieldfreight.co.uk"))
    return message(hs, alt(text(note), calendar(ics)))


@mail(n(38), family="jobcentre_appointment", lang="en-GB", interview=False, company=None,
      days=(("Tue", "2026-12-08"),),
      note="Jobcentre Plus 'work search interview' with a work coach at a fixed time (Tuesday 8 "
           "December 10:40, after Olivia's redundancy) - a benefits appointment, not a job interview")
def n38() -> bytes:
    body = t("""
        Universal Credit

        Dear Olivia Hughes,

        You have an appointment with your work coach.

        What: Work search interview
        When: Tuesday 8 December 2026 at 10:40am
        Where: Manchester Arndale Jobcentre, Ground Floor, Arndale House, Manchester M4 3AQ

        At this appointment your work coach will review your Claimant Commitment and the work search
        activities you have recorded in your journal. Bring photo ID and any letters about your
        redundancy payment.

        You must attend this appointment. If you cannot attend, tell us before the appointment
        through your journal. If you do not attend and do not have a good reason, your payment could
        be reduced.

        Sign in to your account to see your to-do list: https://www.universal-credit.service.gov.uk/sign-in

        Do not reply to this email.
        """)
    hs = head("Universal Credit <noreply@universal-credit.service.gov.uk>",
              "Your Universal Credit appointment", "2026-12-02 08:03:27", LON,
              "<0102019f0c1a7d3e-6b8f2d14-2c7e-4a91-b5d3-8e0f1a2c4b6d-000000@eu-west-2.amazonses.com>",
              "from b232-13.smtp-out.eu-west-2.amazonses.com (b232-13.smtp-out.eu-west-2.amazonses.com [23.249.212.13])",
              "4NsS8p2xRvz5Jh")
    return message(hs, text(body, cte="7bit"))


@mail(n(39), family="admission_interview", lang="en-GB", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Business-school admissions interview for a part-time Executive MBA (Thursday 12 November, "
           "17:30 GMT, 30 minutes, Zoom) - a confirmed interview, but for a study place, not a job")
def n39() -> bytes:
    body = t("""
        Dear Olivia,

        Thank you for your application to the Pennine Business School Executive MBA (part-time,
        January 2027 intake). I am pleased to confirm your admissions interview:

        Date: Thursday 12 November 2026
        Time: 17:30 - 18:00 (UK time)
        Format: Zoom, with Dr Helen Barraclough (Programme Director)
        Link: https://penninebs.zoom.us/j/93015520871

        The interview is an informal conversation about your career goals and what you would bring
        to the cohort. You don't need to prepare a presentation. A decision will normally follow
        within ten working days.

        With best wishes,

        Louise Grant
        MBA Admissions Manager
        Pennine Business School
        """)
    hs = head(addr("Louise Grant", "louise.grant@penninebs.ac.uk"),
              "Executive MBA - admissions interview confirmed", "2026-11-06 10:22:18", LON,
              "<PR3PR07MB6811D4C2B0A9E8F7D6C5B4A3F2E10@PR3PR07MB6811.eurprd07.prod.outlook.com>",
              "from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2131.outbound.protection.outlook.com [40.107.21.131])",
              "4NY1Dq5cHwz0Lp")
    return message(hs, text(body))


@mail(n(40), family="sports_tryout", lang="en-GB", interview=False, company=None,
      days=(("Sun", "2026-09-13"),),
      note="Netball club trial session confirmed for Sunday 13 September 10:00 - a try-out, not a "
           "job interview")
def n40() -> bytes:
    body = t("""
        Hi Olivia,

        Thanks for registering for trials! You're confirmed for the Senior squad trial:

        Sunday 13 September, 10:00 - 12:00
        Birchfields Sports Hall, Court 2

        Please arrive by 9:45 to warm up. Bring trainers, water, and a bib colour preference if you
        have one - GS/GA/WA/C/WD/GD/GK. We'll let everyone know by the Wednesday after whether
        they've made the Prem, Div 1 or development squads.

        Subs for the season are £120 (or £12 a month) if you're selected.

        See you on court!
        Gemma
        Club Secretary, Manchester Mavericks Netball Club
        """)
    hs = head(addr("Manchester Mavericks NC", "secretary@manchestermavericksnc.org.uk"),
              "Trials - Sunday 13th September", "2026-09-07 19:28:50", LON,
              "<CAM0tP7xK2vQ+9bYs3Fn1Wc8dHe5Lg6zRj4uA0i@mail.gmail.com>",
              "from mail-oo1-f49.google.com (mail-oo1-f49.google.com [209.85.161.49])", "4Mq2Fb9kSxz1Nd")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(41), family="bank_adviser", lang="en-GB", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="Building-society mortgage adviser appointment (Wednesday 21 October 18:00 BST, video) "
           "with an ICS attached - a fixed time with an adviser, not an interview")
def n41() -> bytes:
    body = t("""
        Dear Ms Hughes,

        Your mortgage appointment is confirmed.

        Date: Wednesday 21 October 2026
        Time: 18:00 - 19:00
        Adviser: Joel Whitworth, Mortgage Adviser
        How: video call - we'll email you a secure link an hour before

        Before your appointment please have to hand: your last three payslips, three months of bank
        statements and details of any regular commitments (loans, credit cards, childcare).

        We've attached a calendar invitation for your convenience.

        Kind regards,
        Irk Valley Building Society

        Irk Valley Building Society is authorised by the Prudential Regulation Authority.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Irk Valley BS//Appointments//EN
        METHOD:PUBLISH
        """) + VTZ_LONDON + "\n" + t("""
        BEGIN:VEVENT
        UID:ivbs-appt-551902@irkvalley.example.co.uk
        DTSTAMP:20261015T091544Z
        DTSTART;TZID=Europe/London:20261021T180000
        DTEND;TZID=Europe/London:20261021T190000
        SUMMARY:Mortgage appointment - Irk Valley Building Society
        DESCRIPTION:Video appointment with Joel Whitworth. A link will be emailed an hour before.
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Irk Valley Building Society <appointments@irkvalley.example.co.uk>",
              "Your mortgage appointment is confirmed", "2026-10-15 10:15:44", LON,
              "<ivbs-551902-20261015091544@irkvalley.example.co.uk>",
              "from mx.irkvalley.example.co.uk (mx.irkvalley.example.co.uk [198.51.100.77])", "4NBd0s3yWfz7Qm")
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", filename="appointment.ics",
                                                   disposition="attachment")))


@mail(n(42), family="press_interview", lang="en-GB", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="Trade-magazine journalist confirms a phone interview WITH Olivia for an article "
           "('I'll ring you Thursday at 12:30', Thu 29 Oct) - press, not a job interview")
def n42() -> bytes:
    body = t("""
        Hi Olivia,

        Thanks again for agreeing to be interviewed for our feature on how mid-sized freight firms
        are using data to cut empty running - Mark Dunn said you're the person who actually built the
        dashboards, so you're exactly who I want to talk to.

        I'll ring you on Thursday at 12:30 on the mobile number you gave me. It should take about 20
        minutes. I'll send quotes over for you to check before we publish (pencilled in for the
        December issue).

        Best,
        Aled

        Aled Pritchard
        Features Editor, Northern Ops Review
        """)
    hs = head(addr("Aled Pritchard", "aled.pritchard@northernopsreview.co.uk"),
              "Interview for our empty-running feature - Thursday", "2026-10-26 15:37:21", LON,
              "<7c9d12f0-8a3e-4b51-9e6d-2f0a1b3c4d5e@northernopsreview.co.uk>",
              "from mail.northernopsreview.co.uk (mail.northernopsreview.co.uk [198.51.100.150])",
              "4NGq6t1mCbz4Rs",
              ("User-Agent", "Mozilla Thunderbird"))
    return message(hs, text(body, params="format=flowed"))


@mail(n(43), family="mailing_list", lang="en-GB", interview=False, company=None,
      days=(("Fri", "2026-11-13"),),
      note="Groups.io mailing-list post: another member asks for tips before HER technical interview "
           "'on Friday at 2pm' - someone else's interview in a list mail -> negative")
def n43() -> bytes:
    body = t("""
        Hi all,

        Bit of a long shot but I've got a technical interview for a BI Analyst role on Friday at 2pm
        (45 mins, "live Power BI exercise") and I've never done one of these before. Has anyone here
        done something similar? Did they give you a dataset in advance or was it cold? Any tips on
        talking through DAX while someone watches would be very welcome...

        Thanks!
        Priyanka

        _._,_._,_
        ------------------------------------------------------------------------
        Groups.io Links:

        You receive all messages sent to this group.

        View/Reply Online (#1184): https://groups.io/g/ops-analytics-north/message/1184
        Reply To Group: mailto:ops-analytics-north@groups.io
        Mute This Topic: https://groups.io/mt/106224810/5512033
        Group Owner: ops-analytics-north+owner@groups.io
        Unsubscribe: https://groups.io/g/ops-analytics-north/leave/5512033
        ------------------------------------------------------------------------
        _._,_._,_
        """)
    hs = head("\"Priyanka Sethi via groups.io\" <priyanka.sethi=example.com@groups.io>",
              "[ops-analytics-north] Power BI technical interview on Friday - tips?",
              "2026-11-10 21:12:40", LON, "<kQd2.1731273160.0912@groups.io>",
              "from mail02.groups.io (mail02.groups.io [66.175.222.108])", "4NbT0w7dMgz5Fz",
              ("Reply-To", "ops-analytics-north@groups.io"),
              ("Sender", "ops-analytics-north@groups.io"),
              ("List-Id", "<ops-analytics-north.groups.io>"),
              ("List-Post", "<mailto:ops-analytics-north@groups.io>"),
              ("List-Unsubscribe", "<https://groups.io/g/ops-analytics-north/leave/5512033>"),
              ("Precedence", "list"),
              ("Mailing-List", "list ops-analytics-north@groups.io; contact ops-analytics-north+owner@groups.io"),
              to="ops-analytics-north@groups.io")
    return message(hs, text(body))


@mail(n(44), family="mock_interview", lang="en-GB", interview=False, company=None,
      days=(("Mon", "2026-11-09"),),
      note="Calendly confirmation of a paid mock interview with an interview-prep coach (Monday 9 "
           "November 18:00-19:00 GMT, ICS attached) - same shape as a real booking, but coaching, "
           "not a job interview")
def n44() -> bytes:
    body = t("""
        Hi Olivia Hughes,

        A new event has been scheduled.

        Event Type:
        Mock Interview + Feedback (60 min)

        Invitee:
        Olivia Hughes

        Invitee Email:
        olivia.hughes@example.org

        Event Date/Time:
        6:00pm - 7:00pm, Monday, 9 November 2026 (GMT)

        Location:
        This is a Zoom web conference. https://us02web.zoom.us/j/81755602338

        Questions:
        Which role / company are you preparing for?
        Panel interview for an operations analyst role (insurance), competency based.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/e2b7d0c4-1f6a-4c38-9e5b-a7d3f9c1b820
        Reschedule: https://calendly.com/reschedulings/e2b7d0c4-1f6a-4c38-9e5b-a7d3f9c1b820

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTAMP:20261104T203355Z
        UID:e2b7d0c4-1f6a-4c38-9e5b-a7d3f9c1b820@calendly.com
        DTSTART:20261109T180000Z
        DTEND:20261109T190000Z
        SUMMARY:Mock Interview + Feedback (60 min) (Olivia Hughes)
        LOCATION:https://us02web.zoom.us/j/81755602338
        ORGANIZER;CN=Jo Marsh:mailto:jo@jomarshcoaching.co.uk
        ATTENDEE;CN=Olivia Hughes;PARTSTAT=ACCEPTED:mailto:olivia.hughes@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: Mock Interview + Feedback (60 min) with Jo Marsh on Monday, 9 November 2026",
              "2026-11-04 20:33:55", LON, "<20261104203355.1.9e01f3b7c2d4a856@mail.calendly.com>",
              "from o2.mail.calendly.com (o2.mail.calendly.com [167.89.48.164])", "4NX3Hs8bQtz1Wc",
              ("Reply-To", addr("Jo Marsh", "jo@jomarshcoaching.co.uk")))
    return message(hs, mixed(text(body), calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(45), family="meetup", lang="en-GB", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="Meetup RSVP confirmation for a talk 'How we interview analysts' (Wednesday 14 October "
           "18:30) - an event about interviewing, not an interview")
def n45() -> bytes:
    page = t("""
        <html><body style="font-family:Graphik,Helvetica,Arial,sans-serif;color:#212121;font-size:15px">
        <table width="560" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
        <p style="font-size:13px;color:#757575">Manchester Ops &amp; Analytics Meetup</p>
        <h2>You&#39;re going! See you there.</h2>
        <p><b>How we interview analysts (and what we get wrong)</b></p>
        <p>Wednesday, October 14, 2026<br>6:30 PM to 8:30 PM BST</p>
        <p>Tech Hub North, 3rd floor, 58 Oldham Street, Manchester M4 1LE</p>
        <p>Three hiring managers from local scale-ups walk through their interview loops, the case
        studies they use and what they wish candidates asked. Pizza from 6:30, talks start at 7.</p>
        <p><a href="https://www.meetup.com/manchester-ops-analytics/events/303318842/" style="background:#00798a;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px">View event</a></p>
        <p style="font-size:12px;color:#757575">Can&#39;t make it? Update your RSVP so someone on the waitlist can go.</p>
        <p style="font-size:11px;color:#9e9e9e">Meetup LLC, POB 4668 #37895 New York, NY 10163-4668<br>
        <a href="https://www.meetup.com/account/comm/">Manage email settings</a></p>
        </td></tr></table></body></html>
        """)
    hs = head("Meetup <info@email.meetup.com>",
              "You're going to \"How we interview analysts (and what we get wrong)\"",
              "2026-10-09 13:44:01", LON, "<0.0.2A.B14.1DC5A3F0E7D2C44.0@email.meetup.com>",
              "from mta-61.email.meetup.com (mta-61.email.meetup.com [198.37.152.61])", "4N6b5j2rDfz8Xt",
              ("List-Unsubscribe", "<https://www.meetup.com/account/comm/unsub/?e=a1b2c3>"),
              ("Precedence", "bulk"))
    return message(hs, html(page, cte="base64"))


@mail(n(46), family="auto_reply", lang="en-GB", interview=False, company="Kirkstall Mutual Insurance",
      days=(("Mon", "2026-11-16"),),
      note="Exchange out-of-office reply (Auto-Submitted: auto-replied) to Olivia's reply about her "
           "iCIMS interview; subject says 'Interview Confirmation' but the body confirms nothing")
def n46() -> bytes:
    body = t("""
        Thank you for your email. I'm out of the office until Monday 16 November with limited access
        to email.

        If your message is about an interview that is already arranged, there's no need to do
        anything - we look forward to seeing you. For anything urgent please call the Talent
        Acquisition team on 0113 555 0600.

        Fiona Marsh
        Talent Acquisition Partner | Kirkstall Mutual Insurance
        """)
    hs = head(addr("Fiona Marsh", "fiona.marsh@kirkstallmutual.co.uk"),
              "Automatic reply: Re: Interview Confirmation – Claims Operations Analyst (2026-4418)",
              "2026-11-11 08:12:30", LON,
              "<LO0P265MB5217E8A0F1C2B3D4A5E6F7A8B9C01@LO0P265MB5217.GBRP265.PROD.OUTLOOK.COM>",
              "from GBR01-LO0-obe.outbound.protection.outlook.com (mail-lo0gbr01on2100.outbound.protection.outlook.com [40.107.140.100])",
              "4NcS6z3gLqz0Hv",
              ("Auto-Submitted", "auto-replied"),
              ("X-Auto-Response-Suppress", "All"),
              ("X-MS-Exchange-Inbox-Rules-Loop", "fiona.marsh@kirkstallmutual.co.uk"),
              ("Thread-Topic", "Interview Confirmation – Claims Operations Analyst (2026-4418)".replace("–", "-")),
              ("In-Reply-To", "<E4A1B2C3-D4E5-4F60-8192-A3B4C5D6E7F8@example.org>"))
    return message(hs, alt(text(body), html(gmail_html(body).replace(' dir="ltr"', ""))))


@mail(n(47), family="bounce", lang="en-GB", interview=False, company=None,
      note="Postfix bounce (multipart/report) of Olivia's own reply 'Thursday at half ten is perfect' "
           "to a mistyped address; the returned message is hers, the report confirms nothing")
def n47() -> bytes:
    explain = t("""
        This is the mail system at host mx2.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <ciaran.obrien@dodderlabs.ie>: host
            dodderlabs-ie.mail.protection.outlook.com[52.101.68.14] said: 550 5.4.1
            Recipient address rejected: Access denied. (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx2.example.org
        X-Postfix-Queue-ID: 4N8qZk2MbHz7Ln
        X-Postfix-Sender: rfc822; olivia.hughes@example.org
        Arrival-Date: Mon, 12 Oct 2026 18:09:41 +0100 (BST)

        Final-Recipient: rfc822; ciaran.obrien@dodderlabs.ie
        Original-Recipient: rfc822;ciaran.obrien@dodderlabs.ie
        Action: failed
        Status: 5.4.1
        Remote-MTA: dns; dodderlabs-ie.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied.
        """)
    mine = t("""
        Hi Ciarán,

        Thanks so much - Thursday at half ten is perfect, I'll be there. I'm getting the early flight
        so I'll probably be a bit early and grab a coffee first!

        Best wishes,
        Olivia

        On Mon, 12 Oct 2026 at 17:48, Ciarán Ó Briain <ciaran.obriain@dodderlabs.ie> wrote:
        > Hi Olivia,
        >
        > Great to chat earlier, sorry it ran over a bit! As promised, you're all set for the
        > in-person with myself and Sorcha on Thursday at half ten in our office on Barrow Street
        """)
    orig = message([
        ("From", addr("Olivia Hughes", ME)),
        ("To", addr("Ciarán Ó Briain", "ciaran.obrien@dodderlabs.ie")),
        ("Subject", "Re: In-person on Thursday"),
        ("Date", date("2026-10-12 18:09:38", LON)),
        ("Message-ID", "<F3B9A2C1-7D4E-4B6A-9E21-5C8D0F1A3B27@example.org>"),
        ("In-Reply-To", "<CAH7wq+Lk3bN0d9FhQ2cE1pYx5TgR8mZ=uV4kD_s2@mail.gmail.com>"),
    ], text(mine))
    report = make_report(
        text(explain, cte="7bit", extra=(("Content-Description", "Notification"),)),
        Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
             status.replace("\n", "\r\n").encode("ascii")),
        Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], orig),
    )
    hs = head("MAILER-DAEMON@example.org (Mail Delivery System)",
              "Undelivered Mail Returned to Sender", "2026-10-12 18:09:44", LON,
              "<20261012170944.4N8qZm0KxQz7Lp@mx2.example.org>",
              "by mx2.example.org (Postfix)", "4N8qZm0KxQz7Lp",
              ("Auto-Submitted", "auto-replied"))
    return message(hs, report)


def make_report(*parts: Part) -> Part:
    """A multipart/report for a delivery-status notification."""
    return multipart("report", *parts, params="report-type=delivery-status")


@mail(n(48), family="forwarded_someone_else", lang="en-GB", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="A friend forwards HER OWN interview confirmation (Thursday 12 November 10:00, Aire "
           "Logistics) for information - a confirmed interview, but not Olivia's -> negative")
def n48() -> bytes:
    body = t("""
        EEK look!! first proper interview in 6 years 😱 Thursday at 10. wish me luck. drinks after?? x

        ---------- Forwarded message ---------
        From: Aire Logistics <no-reply@us.greenhouse-mail.io>
        Date: Mon, 9 Nov 2026 at 11:02
        Subject: Interview Confirmation: Transport Planner at Aire Logistics
        To: <megan.clarke@example.com>


        Hi Megan,

        Thank you for your interest in the Transport Planner role at Aire Logistics. We're pleased to
        confirm your interview:

        Thursday, November 12th 2026
        10:00 AM - 11:00 AM GMT
        Aire Logistics, Thorpe Park, Leeds LS15 8ZB

        You'll be meeting Grace Holt (Transport Manager) and Idris Khan (Talent Acquisition).

        If you need to make any changes, just reply to this email and it will reach Idris.

        Best,
        The Aire Logistics Talent Team
        """)
    hs = head(addr("Megan Clarke", "megan.clarke@example.com"),
              "Fwd: Interview Confirmation: Transport Planner at Aire Logistics",
              "2026-11-09 12:47:03", LON, "<CAP4nT2wQ8Lx+Fz6mVb0Kc3sHr9Yd1Ue7Gj5oA2@mail.gmail.com>",
              "from mail-yw1-f171.google.com (mail-yw1-f171.google.com [209.85.128.171])", "4NYs1k5cVpz2Gh")
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(n(49), family="volunteer_intake", lang="en-GB", interview=False, company=None,
      days=(("Sat", "2026-11-07"),),
      note="Community food pantry invites Olivia to an 'informal volunteer interview' and induction "
           "(Saturday 7 November 10:00) - a volunteering intake, not a job interview")
def n49() -> bytes:
    body = t("""
        Hi Olivia,

        Thanks so much for signing up to volunteer with us - we're always grateful for people who
        are good with spreadsheets!

        The next step is a quick informal volunteer interview and induction. You're booked in for
        Saturday 7 November at 10:00 at the pantry (side door of St Mary's church hall, Moss Lane
        East). It takes about 45 minutes: a chat about what you'd like to help with, a look round,
        and a short food-hygiene briefing. Please bring some ID for the DBS check.

        Any questions, just reply to this email or ring the pantry phone on 07700 900 664.

        Thanks again,
        Bernie

        Bernie Okoro
        Volunteer Coordinator, Moss Side Community Pantry
        """)
    hs = head(addr("Bernie Okoro", "bernie@mosssidepantry.org.uk"),
              "Volunteering with Moss Side Community Pantry - next steps", "2026-11-02 19:51:16", LON,
              "<20261102195116.c71e2a@mosssidepantry.org.uk>",
              "from smtp.mosssidepantry.org.uk (smtp.mosssidepantry.org.uk [198.51.100.203])", "4NWG8y2tKsz6Nb",
              ("X-Mailer", "Apple Mail (2.3826.500.181)"))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(50), family="interview_proposed", lang="en-GB", interview=False, company="Ostwind Energy",
      days=(("Tue", "2026-12-01"),),
      note="JOIN candidate message: the recruiter asks 'Would Tuesday at 10:00 work for you?' (Tue 1 "
           "Dec) or for other slots - a first call proposed, not confirmed")
def n50() -> bytes:
    body = t("""
        New message regarding your application

        Katrin Vogel from Ostwind Energy sent you a message about your application for
        "Operations Analyst (m/f/d) - Manchester":

        "Hi Olivia, thank you for your application! We'd love to have a first call with you to get
        to know each other (30 minutes, video). Would Tuesday at 10:00 work for you? Otherwise let me
        know two or three slots that suit you next week and we'll make it work.
        Best, Katrin"

        Reply to Katrin: https://join.com/candidate/messages/7d41a9c2

        You are receiving this email because you applied for a job via JOIN.
        JOIN Solutions AG, Zurich
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1f2937;background:#f9fafb">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:24px">
        <h3>New message regarding your application</h3>
        <p>Katrin Vogel from <b>Ostwind Energy</b> sent you a message about your application for
        &ldquo;Operations Analyst (m/f/d) - Manchester&rdquo;:</p>
        <blockquote style="border-left:3px solid #6366f1;margin:0;padding:8px 12px;background:#f5f5ff">
        Hi Olivia, thank you for your application! We&#39;d love to have a first call with you to get to know each
        other (30 minutes, video). Would Tuesday at 10:00 work for you? Otherwise let me know two or three slots that
        suit you next week and we&#39;ll make it work.<br>Best, Katrin</blockquote>
        <p><a href="https://join.com/candidate/messages/7d41a9c2" style="background:#111827;color:#fff;padding:10px 16px;text-decoration:none;border-radius:6px">Reply to Katrin</a></p>
        <p style="font-size:11px;color:#9ca3af">You are receiving this email because you applied for a job via JOIN.<br>JOIN Solutions AG, Zurich</p>
        </div></body></html>
        """)
    hs = head("Ostwind Energy via JOIN <no-reply@join.com>",
              "New message from Ostwind Energy: Operations Analyst (m/f/d) - Manchester",
              "2026-11-26 14:26:09", LON, "<20261126132609.message.7d41a9c2@join.com>",
              "from mail.join.com (mail.join.com [18.156.39.201])", "4NqM4c7hXbz3Ks")
    return message(hs, alt(text(body), html(page)))
