"""blind135: 50 hand-written mails from the inbox of Aoife Byrne, a payments fraud analyst in
Dublin job hunting from September to December 2026 (Dublin, Cork, Galway, Belfast, London, remote).

Written blind (without reading the detector, its tests or the other held-out sets); built and
checked with ``python3 bench/heldout/make_blind.py blind135``. Keys 1-23 are the positives,
24-50 the negatives; file numbers are a fixed shuffle of the writing order (ORDER).
"""

from __future__ import annotations

import random

import make
from make import (
    addr,
    alt,
    attached_message,
    calendar,
    date,
    enc,
    gmail_html,
    html,
    mixed,
    raw_part,
    t,
    text,
    utc,
)
from make import message as msg
from make import received as rcvd

ORDER = random.Random(1350135).sample(range(1, 51), 50)
mail = make.mail

ME = "aoife.byrne@example.org"
ME_H = addr("Aoife Byrne", ME)
D = "Europe/Dublin"
L = "Europe/London"


def nm(key: int) -> str:
    return f"blind135_{ORDER[key - 1]:03d}"


def rx(host: str, ip: str, when: str, zone: str, ident: str, lag: int = 3) -> str:
    """Received: header as the inbox's own MX writes it."""
    return rcvd(f"from {host} ({host} [{ip}])", when, zone,
                f"mx1.example.org (Postfix) with ESMTPS id {ident}", ME, lag)


VTZ_DUBLIN = """BEGIN:VTIMEZONE
TZID:Europe/Dublin
X-LIC-LOCATION:Europe/Dublin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:IST
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

VTZ_SYDNEY = """BEGIN:VTIMEZONE
TZID:Australia/Sydney
X-LIC-LOCATION:Australia/Sydney
BEGIN:STANDARD
TZOFFSETFROM:+1100
TZOFFSETTO:+1000
TZNAME:AEST
DTSTART:19700405T030000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:+1000
TZOFFSETTO:+1100
TZNAME:AEDT
DTSTART:19701004T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU
END:DAYLIGHT
END:VTIMEZONE"""

VTZ_HELSINKI = """BEGIN:VTIMEZONE
TZID:Europe/Helsinki
BEGIN:DAYLIGHT
TZOFFSETFROM:+0200
TZOFFSETTO:+0300
TZNAME:EEST
DTSTART:19700329T030000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0300
TZOFFSETTO:+0200
TZNAME:EET
DTSTART:19701025T040000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


# =========================================================================== positives (keys 1-23)


@mail(nm(1), family="greenhouse", lang="en-IE", interview=True, kind="scheduled",
      start=utc("2026-09-08 10:00", D), end=utc("2026-09-08 10:45", D),
      local="Tue 2026-09-08 10:00", local_end="2026-09-08 10:45", zone=D,
      contact="eimear.walsh@tallyfin.com", company="Tallyfin Payments",
      note="Greenhouse confirmation from a no-reply sender; Reply-To is the recruiter. 10:00-10:45 "
           "'IST (Dublin)' in September = Irish Standard Time, UTC+1 -> 09:00-09:45Z; ICS in Europe/Dublin agrees.")
def k01():
    body = t("""
        Hi Aoife,

        Thanks for getting back to us with your availability. Your interview for the
        Senior Fraud Analyst, Card Payments role at Tallyfin Payments is confirmed.

        When:      Tuesday, September 8th, 2026
                   10:00 AM - 10:45 AM IST (Dublin)
        Where:     Google Meet - https://meet.google.com/qhx-rbtn-wke
        With:      Conor Delaney (Head of Fraud Operations)
                   Eimear Walsh (Talent Partner)

        The conversation will focus on your experience with card-not-present fraud,
        rule tuning and how you work with chargeback teams. There's nothing to prepare.

        If anything changes, just reply to this email and it will come straight to me.

        Best,
        Eimear

        Eimear Walsh | Talent Partner | Tallyfin Payments
        Powered by Greenhouse
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1d1d1d">
        <p>Hi Aoife,</p>
        <p>Thanks for getting back to us with your availability. Your interview for the
        <b>Senior Fraud Analyst, Card Payments</b> role at Tallyfin Payments is confirmed.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>When:</b></td><td>Tuesday, September 8th, 2026<br>10:00 AM - 10:45 AM IST (Dublin)</td></tr>
        <tr><td><b>Where:</b></td><td><a href="https://meet.google.com/qhx-rbtn-wke">Google Meet</a></td></tr>
        <tr><td><b>With:</b></td><td>Conor Delaney (Head of Fraud Operations)<br>Eimear Walsh (Talent Partner)</td></tr>
        </table>
        <p>The conversation will focus on your experience with card-not-present fraud, rule tuning and
        how you work with chargeback teams. There&#39;s nothing to prepare.</p>
        <p>If anything changes, just reply to this email and it will come straight to me.</p>
        <p>Best,<br>Eimear</p>
        <p style="color:#888;font-size:11px">Eimear Walsh | Talent Partner | Tallyfin Payments<br>Powered by Greenhouse</p>
        </body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        @VTZ@
        BEGIN:VEVENT
        UID:gh-interview-58213377-20260908@greenhouse.io
        DTSTAMP:20260903T132204Z
        DTSTART;TZID=Europe/Dublin:20260908T100000
        DTEND;TZID=Europe/Dublin:20260908T104500
        SUMMARY:Interview: Aoife Byrne / Tallyfin Payments - Senior Fraud Analyst
        LOCATION:https://meet.google.com/qhx-rbtn-wke
        ORGANIZER;CN=Eimear Walsh:mailto:eimear.walsh@tallyfin.com
        ATTENDEE;CN=Aoife Byrne;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """).replace("@VTZ@", VTZ_DUBLIN)
    return msg([
        ("Received", rx("mail-199-7.us.greenhouse-mail.io", "198.2.177.7", "2026-09-03 14:22", D, "4F3k1x0Tq9")),
        ("From", addr("Eimear Walsh", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Eimear Walsh", "eimear.walsh@tallyfin.com")),
        ("To", ME_H),
        ("Subject", "Interview Confirmation: Senior Fraud Analyst, Card Payments at Tallyfin Payments"),
        ("Date", date("2026-09-03 14:22", D)),
        ("Message-ID", "<64f1c0a2e8b1d_3a7c2b4f8801@greenhouse-mailer-7d9f.mail>"),
        ("X-Mailer", "Greenhouse"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@mail(nm(2), family="lever", lang="en-GB", interview=True, kind="scheduled",
      start=utc("2026-09-17 14:30", L), end=utc("2026-09-17 15:15", L),
      local="Thu 2026-09-17 14:30", local_end="2026-09-17 15:15", zone=L,
      contact="tom.ashworth@harrowgate.co.uk", company="Harrowgate Capital",
      note="Lever confirmation, no ICS. 2:30pm-3:15pm BST (London, UTC+1) -> 13:30-14:15Z; the body also "
           "gives the same time for Dublin (IST = Irish Standard Time). Contact = Reply-To recruiter.")
def k02():
    body = t("""
        Hi Aoife,

        Thanks for confirming your availability. You're all set for your video interview
        with Harrowgate Capital:

        Financial Crime Analyst - Payments Surveillance
        Thursday 17 September 2026, 2:30pm - 3:15pm BST
        (that's 2:30pm in Dublin too - London and Dublin are on the same time)

        You'll be speaking with Rebecca Lowe, Head of Payments Surveillance, and me.
        Join on Microsoft Teams using the link below; no account needed.

        https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ1ZjVjYzEtYmFhZS00@thread.v2/0

        If you need to make any changes, simply reply to this message.

        Kind regards,
        Tom Ashworth
        Talent Acquisition, Harrowgate Capital
        25 Finsbury Circus, London EC2M 7EA

        --
        Sent via Lever
        """)
    page = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:20px">
        <p>Hi Aoife,</p>
        <p>Thanks for confirming your availability. You&rsquo;re all set for your video interview with Harrowgate Capital:</p>
        <p style="border-left:3px solid #5a5ad1;padding-left:10px"><strong>Financial Crime Analyst - Payments Surveillance</strong><br>
        Thursday 17 September 2026, 2:30pm - 3:15pm BST<br>
        <span style="color:#666">(that&rsquo;s 2:30pm in Dublin too - London and Dublin are on the same time)</span></p>
        <p>You&rsquo;ll be speaking with Rebecca Lowe, Head of Payments Surveillance, and me.
        Join on Microsoft Teams using the link below; no account needed.</p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ1ZjVjYzEtYmFhZS00@thread.v2/0">Join the meeting</a></p>
        <p>If you need to make any changes, simply reply to this message.</p>
        <p>Kind regards,<br>Tom Ashworth<br>Talent Acquisition, Harrowgate Capital<br>25 Finsbury Circus, London EC2M 7EA</p>
        <p style="font-size:11px;color:#999">Sent via Lever</p>
        </div>
        """)
    return msg([
        ("Received", rx("o7.email.hire.lever.co", "167.89.44.18", "2026-09-11 10:05", L, "7Hc2aa91Lr")),
        ("From", addr("Tom Ashworth", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Tom Ashworth", "tom.ashworth@harrowgate.co.uk")),
        ("To", ME_H),
        ("Subject", "Your interview with Harrowgate Capital is confirmed"),
        ("Date", date("2026-09-11 10:05", L)),
        ("Message-ID", "<b71d0c3e-5a7e-4a31-9a02-1b8f7f3e0c55@hire.lever.co>"),
        ("X-SG-EID", "u001.Kc3Vj7Rb0s9mD2yZk8wQ"),
    ], alt(text(body), html(page)))


@mail(nm(3), family="ashby", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-23 09:00", "America/New_York"), end=utc("2026-09-23 10:00", "America/New_York"),
      local="Wed 2026-09-23 09:00", local_end="2026-09-23 10:00", zone="America/New_York",
      contact="maya.lindqvist@verdigrispay.com", company="Verdigris Pay",
      note="Ashby, base64 text+html and ICS. 9:00-10:00 AM EDT (UTC-4) -> 13:00-14:00Z; the body's "
           "'2:00 PM - 3:00 PM IST' is Irish Standard Time (UTC+1), same instant. Contact = Reply-To / ORGANIZER.")
def k03():
    body = t("""
        Hi Aoife,

        Your interview with Verdigris Pay is confirmed. We're looking forward to speaking with you!

        Risk Analyst, Trust & Safety (Remote - EMEA)
        Wednesday, September 23, 2026
        9:00 AM - 10:00 AM EDT  (2:00 PM - 3:00 PM IST, your time zone)
        Zoom: https://verdigrispay.zoom.us/j/86320514477

        You'll meet with:
          Dana Whitfield - Director, Risk Operations
          Sam Okafor - Senior Risk Analyst

        Need to reschedule? Reply to this email and it will reach Maya Lindqvist.

        Verdigris Pay Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="font-family:-apple-system,Segoe UI,Helvetica,sans-serif;font-size:15px;color:#111">
        <p>Hi Aoife,</p>
        <p>Your interview with Verdigris Pay is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <div style="border:1px solid #e3e3e3;border-radius:8px;padding:16px">
        <div style="font-weight:600">Risk Analyst, Trust &amp; Safety (Remote - EMEA)</div>
        <div>Wednesday, September 23, 2026</div>
        <div>9:00 AM &ndash; 10:00 AM EDT <span style="color:#6b6b6b">(2:00 PM &ndash; 3:00 PM IST, your time zone)</span></div>
        <div><a href="https://verdigrispay.zoom.us/j/86320514477">Join Zoom</a></div>
        </div>
        <p>You&#x27;ll meet with:<br>Dana Whitfield &mdash; Director, Risk Operations<br>Sam Okafor &mdash; Senior Risk Analyst</p>
        <p>Need to reschedule? Reply to this email and it will reach Maya Lindqvist.</p>
        <p>Verdigris Pay Recruiting</p>
        </body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        @VTZ@
        BEGIN:VEVENT
        UID:0d9c5e51-7b2f-4f7e-93d1-5a8e0c4b7a19
        DTSTAMP:20260921T154410Z
        DTSTART;TZID=America/New_York:20260923T090000
        DTEND;TZID=America/New_York:20260923T100000
        SUMMARY:Verdigris Pay - Risk Analyst Interview (Aoife Byrne)
        LOCATION:https://verdigrispay.zoom.us/j/86320514477
        ORGANIZER;CN=Maya Lindqvist:mailto:maya.lindqvist@verdigrispay.com
        ATTENDEE;CN=Aoife Byrne;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """).replace("@VTZ@", make.VTZ["America/New_York"])
    return msg([
        ("Received", rx("a48-112.smtp-out.amazonses.com", "54.240.48.112", "2026-09-21 11:44", "America/New_York",
                        "2Qm8Zr0Yx4")),
        ("From", addr("Verdigris Pay", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Maya Lindqvist", "maya.lindqvist@verdigrispay.com")),
        ("To", ME_H),
        ("Subject", "Interview confirmed: Risk Analyst, Trust & Safety at Verdigris Pay"),
        ("Date", date("2026-09-21 11:44", "America/New_York")),
        ("Message-ID", "<0100019211f3a6c4-8d7e2a55-41f0-4b6e-9c3a-2e7d6b1f0a44-000000@email.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(nm(4), family="workday", lang="en-IE", interview=True, kind="scheduled",
      start=utc("2026-10-15 14:00", D), end=utc("2026-10-15 15:00", D),
      local="Thu 2026-10-15 14:00", local_end="2026-10-15 15:00", zone=D,
      contact="niamh.oconnor@lirbank.ie", company="Lir Bank",
      note="Workday HTML-only (quoted-printable). '2:00 PM - 3:00 PM IST (GMT+01:00) Dublin' in October "
           "before the 25th = Irish Standard Time -> 13:00-14:00Z; 'Duration: 60 minutes'. No Reply-To; "
           "contact = recruiter address in the body.")
def k04():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;padding:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="20" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#00395d;color:#ffffff;font-size:18px">Lir Bank Careers</td></tr>
        <tr><td>
        <p>Dear Aoife,</p>
        <p>Thank you for your interest in the position of <b>Fraud Strategy Analyst (R-0048817)</b>.
        We are pleased to confirm your interview as follows:</p>
        <table cellpadding="3" style="font-size:14px">
        <tr><td>Interview Type:</td><td>Competency-based interview (in person)</td></tr>
        <tr><td>Date:</td><td>Thursday, 15 October 2026</td></tr>
        <tr><td>Time:</td><td>2:00 PM - 3:00 PM IST (GMT+01:00) Dublin</td></tr>
        <tr><td>Duration:</td><td>60 minutes</td></tr>
        <tr><td>Location:</td><td>Lir Bank, 40 Sir John Rogerson&#39;s Quay, Dublin 2, D02 X285 - please ask for Niamh at reception</td></tr>
        <tr><td>Panel:</td><td>Fergal Hughes (Head of Financial Crime Analytics), Niamh O&#39;Connor (Talent Acquisition)</td></tr>
        </table>
        <p>Please bring photographic ID. If you have any questions or need an adjustment for the interview,
        please contact Niamh O&#39;Connor at <a href="mailto:niamh.oconnor@lirbank.ie">niamh.oconnor@lirbank.ie</a>.</p>
        <p>You can view the status of your application at any time by signing in to your candidate home account.</p>
        <p>Kind regards,<br>Lir Bank Talent Acquisition</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox. Lir Bank p.l.c. is regulated by the Central Bank of Ireland.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    return msg([
        ("Received", rx("mail-out-dub.myworkday.com", "185.23.94.12", "2026-10-06 11:14", D, "9aVd0Kp2Ws")),
        ("From", addr("Lir Bank", "lirbank@myworkday.com")),
        ("To", ME),
        ("Subject", "Interview Confirmation - Fraud Strategy Analyst (R-0048817)"),
        ("Date", date("2026-10-06 11:14", D)),
        ("Message-ID", "<1288456391.77105.1791281640112@wd5-prod-mailer-14.myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], html(page))


@mail(nm(5), family="smartrecruiters", lang="en-IE", interview=True, kind="scheduled",
      start=utc("2026-10-01 11:30", D), end=None,
      local="Thu 2026-10-01 11:30", zone=D,
      contact="deirdre.kinsella@halvorsendx.com", company="Halvorsen Diagnostics",
      note="SmartRecruiters confirmation with an all-day ICS (DTSTART;VALUE=DATE 20261001); the time is only "
           "in the text: 11:30 Irish time (IST, UTC+1) -> 10:30Z. 'about 90 minutes' is approximate -> end null. "
           "Contact = Reply-To hiring manager.")
def k05():
    body = t("""
        Dear Aoife,

        Thank you for applying for the Payments Risk Analyst position at Halvorsen Diagnostics
        (Cork). We would like to confirm your on-site interview:

          Date:      Thursday 1 October 2026
          Time:      11:30 (Irish time)
          Location:  Halvorsen Diagnostics, Building 4, Model Farm Road, Cork T12 XK40
          Format:    Panel interview followed by a short case exercise

        Please allow about 90 minutes in total. Parking is available in the visitor car park;
        sign in at the main reception and we will come and meet you.

        The calendar file attached marks the day in your diary; the start time is the one above.

        If you have any questions, just reply to this email.

        Best regards,
        Deirdre Kinsella
        Finance Operations Manager, Halvorsen Diagnostics

        ---
        This message was sent to aoife.byrne@example.org via SmartRecruiters on behalf of Halvorsen Diagnostics.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//SmartRecruiters//Interview Scheduling//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:sr-3f8a1c77-0b5d-4d0c-8a9e-6e2a14d9c301
        DTSTAMP:20260925T083012Z
        DTSTART;VALUE=DATE:20261001
        DTEND;VALUE=DATE:20261002
        SUMMARY:Interview - Halvorsen Diagnostics (Payments Risk Analyst)
        LOCATION:Building 4\\, Model Farm Road\\, Cork
        DESCRIPTION:See the confirmation email for the start time.
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    return msg([
        ("Received", rx("mta-eu1.smartrecruiters.com", "34.252.10.77", "2026-09-25 09:30", D, "C3nW5rS1tq")),
        ("From", addr("Halvorsen Diagnostics", "noreply@smartrecruiters.com")),
        ("Reply-To", addr("Deirdre Kinsella", "deirdre.kinsella@halvorsendx.com")),
        ("To", ME),
        ("Subject", "Interview confirmation - Payments Risk Analyst, Cork"),
        ("Date", date("2026-09-25 09:30", D)),
        ("Message-ID", "<sr.msg.5f2c81d0a4e347b1@smartrecruiters.com>"),
    ], mixed(text(body, cte="7bit"),
             calendar(ics, method="PUBLISH", filename="interview.ics", disposition="attachment")))


@mail(nm(6), family="personio", lang="en-IE", interview=True, kind="scheduled",
      start=utc("2026-10-27 10:00", D), end=utc("2026-10-27 11:00", D),
      local="Tue 2026-10-27 10:00", local_end="2026-10-27 11:00", zone=D,
      contact="fionnuala.greaney@brackwater.ie", company="Brackwater Analytics",
      note="Personio, sent Fri 23 Oct in IST; the interview is Tue 27 Oct, after clocks go back on Sun 25 Oct, "
           "so 10:00-11:00 Dublin = GMT = 10:00-11:00Z (not 09:00Z). ICS in UTC agrees. Contact = Reply-To.")
def k06():
    body = t("""
        Hi Aoife,

        thank you for your application as Fraud Data Analyst at Brackwater Analytics. We are happy
        to invite you to a second interview at our Galway office.

        Date:       Tuesday, 27.10.2026
        Time:       10:00 - 11:00 (Europe/Dublin)
        Location:   Brackwater Analytics, Unit 6, Galway Technology Park, Parkmore, Galway H91 P2DK
        Interviewers: Fionnuala Greaney (People Team), Shane Mac Donncha (Lead Data Scientist)

        (Monday is the bank holiday, so we have gone for the Tuesday. Don't forget the clocks go
        back on Sunday night!)

        Please confirm the appointment via the button in this email or simply reply to this message.

        Kind regards
        Fionnuala Greaney
        People Team | Brackwater Analytics

        Brackwater Analytics Ltd. | Registered in Ireland No. 612345
        This email was sent with Personio.
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#202020">
        <p>Hi Aoife,</p>
        <p>thank you for your application as <strong>Fraud Data Analyst</strong> at Brackwater Analytics. We are happy to invite you to a second interview at our Galway office.</p>
        <p><strong>Date:</strong> Tuesday, 27.10.2026<br>
        <strong>Time:</strong> 10:00 - 11:00 (Europe/Dublin)<br>
        <strong>Location:</strong> Brackwater Analytics, Unit 6, Galway Technology Park, Parkmore, Galway H91 P2DK<br>
        <strong>Interviewers:</strong> Fionnuala Greaney (People Team), Shane Mac Donncha (Lead Data Scientist)</p>
        <p>(Monday is the bank holiday, so we have gone for the Tuesday. Don&#39;t forget the clocks go back on Sunday night!)</p>
        <p><a href="https://brackwater.jobs.personio.de/appointment/confirm/8f31c2" style="background:#1a1a1a;color:#fff;padding:8px 14px;text-decoration:none">Confirm appointment</a></p>
        <p>Kind regards<br>Fionnuala Greaney<br>People Team | Brackwater Analytics</p>
        <p style="font-size:11px;color:#777">Brackwater Analytics Ltd. | Registered in Ireland No. 612345<br>This email was sent with Personio.</p>
        </body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Personio GmbH//Recruiting//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:personio-appointment-8f31c2@personio.de
        DTSTAMP:20261023T152000Z
        DTSTART:20261027T100000Z
        DTEND:20261027T110000Z
        SUMMARY:Interview Brackwater Analytics - Fraud Data Analyst
        LOCATION:Unit 6\\, Galway Technology Park\\, Parkmore\\, Galway
        ORGANIZER;CN=Fionnuala Greaney:mailto:fionnuala.greaney@brackwater.ie
        ATTENDEE;CN=Aoife Byrne;RSVP=TRUE:mailto:{ME}
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return msg([
        ("Received", rx("mail.personio.de", "52.57.13.201", "2026-10-23 16:20", D, "P8r0xA4n2M")),
        ("From", addr("Brackwater Analytics", "no-reply@personio.de")),
        ("Reply-To", addr("Fionnuala Greaney", "fionnuala.greaney@brackwater.ie")),
        ("To", ME_H),
        ("Subject", "Invitation to interview: Fraud Data Analyst"),
        ("Date", date("2026-10-23 16:20", D)),
        ("Message-ID", "<20261023152001.7e1c44a09b2f@mail.personio.de>"),
    ], mixed(alt(text(body), html(page)), calendar(ics, filename="appointment.ics", disposition="attachment")))


@mail(nm(7), family="teamtailor", lang="en-AU", interview=True, kind="scheduled",
      start=utc("2026-12-02 08:00", "Australia/Sydney"), end=utc("2026-12-02 08:45", "Australia/Sydney"),
      local="Wed 2026-12-02 08:00", local_end="2026-12-02 08:45", zone="Australia/Sydney",
      contact="jess.palmer@coolabahledger.com.au", company="Coolabah Ledger",
      note="Teamtailor, Sydney-based remote team. Wed 2 Dec 08:00-08:45 AEDT (UTC+11) -> Tue 1 Dec 21:00-21:45Z, "
           "the previous day in UTC; the body gives Tuesday 21:00 in Dublin (GMT). Date is Sydney morning "
           "(previous UTC day too). ICS in Australia/Sydney agrees. Contact = Reply-To.")
def k07():
    body = t("""
        Hi Aoife,

        Great news - your interview with Coolabah Ledger is booked in!

        Role: Fraud & Disputes Analyst (Remote, EMEA hours overlap)
        When: Wednesday 2 December, 08:00-08:45 AEDT (Sydney)
              = Tuesday 1 December, 21:00-21:45 in Dublin
        Where: Google Meet (link in the calendar invite)
        Who: Jess Palmer (Talent) and Mick Tran (Head of Risk)

        We know that's an evening slot for you - thanks for being flexible with the time difference!

        Cheers,
        Jess

        Coolabah Ledger - Level 9, 60 Castlereagh St, Sydney NSW 2000
        Sent with Teamtailor
        """)
    page = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;color:#1c1c1c">
        <p>Hi Aoife,</p>
        <p>Great news - your interview with Coolabah Ledger is booked in!</p>
        <p><b>Role:</b> Fraud &amp; Disputes Analyst (Remote, EMEA hours overlap)<br>
        <b>When:</b> Wednesday 2 December, 08:00-08:45 AEDT (Sydney)<br>
        &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;= Tuesday 1 December, 21:00-21:45 in Dublin<br>
        <b>Where:</b> Google Meet (link in the calendar invite)<br>
        <b>Who:</b> Jess Palmer (Talent) and Mick Tran (Head of Risk)</p>
        <p>We know that&#39;s an evening slot for you - thanks for being flexible with the time difference!</p>
        <p>Cheers,<br>Jess</p>
        <p style="color:#999;font-size:12px">Coolabah Ledger - Level 9, 60 Castlereagh St, Sydney NSW 2000<br>Sent with Teamtailor</p>
        </body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Meetings//EN
        METHOD:REQUEST
        @VTZ@
        BEGIN:VEVENT
        UID:tt-meeting-2291876@teamtailor.com
        DTSTAMP:20261125T221200Z
        DTSTART;TZID=Australia/Sydney:20261202T080000
        DTEND;TZID=Australia/Sydney:20261202T084500
        SUMMARY:Interview: Aoife Byrne <> Coolabah Ledger
        LOCATION:https://meet.google.com/vzu-kpmq-ehd
        ORGANIZER;CN=Jess Palmer:mailto:jess.palmer@coolabahledger.com.au
        ATTENDEE;CN=Aoife Byrne;RSVP=TRUE:mailto:{ME}
        END:VEVENT
        END:VCALENDAR
        """).replace("@VTZ@", VTZ_SYDNEY)
    return msg([
        ("Received", rx("mail-ed1.teamtailor-mail.com", "185.71.7.33", "2026-11-26 09:12", "Australia/Sydney",
                        "T7t1lRz0Ab")),
        ("From", addr("Coolabah Ledger", "no-reply@teamtailor-mail.com")),
        ("Reply-To", addr("Jess Palmer", "jess.palmer@coolabahledger.com.au")),
        ("To", ME_H),
        ("Subject", "Interview booked: Fraud & Disputes Analyst"),
        ("Date", date("2026-11-26 09:12", "Australia/Sydney")),
        ("Message-ID", "<6745c1e09a3b2_1f4a2c5e88@teamtailor-app-7c9d.mail>"),
    ], mixed(alt(text(body), html(page)), calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(nm(8), family="workable", lang="en-GB", interview=True, kind="scheduled",
      start=utc("2026-09-30 09:30", L), end=None,
      local="Wed 2026-09-30 09:30", zone=L,
      contact="gareth.mccausland@laganledger.co.uk", company="Lagan Ledger Systems",
      note="Workable, Belfast (Europe/London, BST in September): 9.30am -> 08:30Z; 'should take around an "
           "hour' -> end null. Reply-To is a Workable relay (+... address), so contact = the hiring "
           "manager's address written in the body.")
def k08():
    body = t("""
        Hi Aoife,

        Thanks for chatting with us last week. I'm delighted to confirm your interview for the
        Transaction Monitoring Analyst role:

        Wednesday 30 September at 9.30am
        Lagan Ledger Systems, 3rd Floor, 2 Lanyon Place, Belfast BT1 3LP

        It'll be with myself and Cathy Thompson from our compliance team and should take around
        an hour. The train from Connolly gets into Lanyon Place at 9.10 if that helps - we're
        two minutes from the station.

        If you need anything before then you can reach me directly on
        gareth.mccausland@laganledger.co.uk or 028 9099 1234.

        All the best,
        Gareth McCausland
        Compliance Manager, Lagan Ledger Systems

        Replies to this email go to Lagan Ledger Systems' Workable hiring team.
        """)
    return msg([
        ("Received", rx("mail-a11.workablemail.com", "23.249.210.11", "2026-09-22 15:47", L, "W0rk4bL3aa")),
        ("From", addr("Lagan Ledger Systems", "noreply@candidates.workablemail.com")),
        ("Reply-To", "lagan-ledger-systems+c2a7f90e41@candidates.workablemail.com"),
        ("To", ME_H),
        ("Subject", "Interview for Transaction Monitoring Analyst at Lagan Ledger Systems"),
        ("Date", date("2026-09-22 15:47", L)),
        ("Message-ID", "<5f3e1b2a8c7d4e9f.20260922144700@candidates.workablemail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(nm(9), family="icims", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-10-22 15:00", D), end=utc("2026-10-22 16:00", D),
      local="Thu 2026-10-22 15:00", local_end="2026-10-22 16:00", zone=D,
      contact="sinead.cullen@quorvant.com", company="Quorvant",
      note="iCIMS reschedule (windows-1252 HTML + text). Old: Tue 20 Oct 2:00 PM; new: Thu 22 Oct 3:00-4:00 PM "
           "(GMT+01:00) Dublin = IST -> 14:00-15:00Z, the new time labelled. ICS in UTC, SEQUENCE 1. "
           "Contact = Reply-To recruiter.")
def k09():
    body = t("""
        Hello Aoife,

        We need to make a change to your upcoming interview for Fraud Analytics Lead, EMEA
        (Req ID 2026-31877). Unfortunately one of the panel members is now travelling on the
        original date.

        PREVIOUS:  Tuesday, October 20, 2026 at 2:00 PM (GMT+01:00) Dublin
        UPDATED:   Thursday, October 22, 2026, 3:00 PM - 4:00 PM (GMT+01:00) Dublin

        Location: Quorvant Dublin, The Hive, 1 Grand Canal Quay, Dublin 2 (4th floor reception)
        Interviewers: Marcus Feld (VP Risk, EMEA), Sinéad Cullen (Talent Acquisition)

        The updated calendar invitation is attached. We're sorry for any inconvenience - if the
        new time doesn't work, please reply to this email.

        Thank you,
        Sinéad Cullen
        Talent Acquisition Partner | Quorvant

        This email was sent via iCIMS on behalf of Quorvant.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Verdana,sans-serif;font-size:13px">
        <p>Hello Aoife,</p>
        <p>We need to make a change to your upcoming interview for <b>Fraud Analytics Lead, EMEA</b>
        (Req ID 2026-31877). Unfortunately one of the panel members is now travelling on the original date.</p>
        <table border="1" cellpadding="6" style="border-collapse:collapse;font-size:13px">
        <tr><td><s>PREVIOUS</s></td><td><s>Tuesday, October 20, 2026 at 2:00 PM (GMT+01:00) Dublin</s></td></tr>
        <tr><td><b>UPDATED</b></td><td><b>Thursday, October 22, 2026, 3:00 PM - 4:00 PM (GMT+01:00) Dublin</b></td></tr>
        </table>
        <p>Location: Quorvant Dublin, The Hive, 1 Grand Canal Quay, Dublin 2 (4th floor reception)<br>
        Interviewers: Marcus Feld (VP Risk, EMEA), Sinéad Cullen (Talent Acquisition)</p>
        <p>The updated calendar invitation is attached. We’re sorry for any inconvenience – if the new time
        doesn’t work, please reply to this email.</p>
        <p>Thank you,<br>Sinéad Cullen<br>Talent Acquisition Partner | Quorvant</p>
        <p style="font-size:10px;color:gray">This email was sent via iCIMS on behalf of Quorvant.</p>
        </body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//iCIMS//Talent Platform//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:icims-int-2026-31877-004411@quorvant.icims.com
        DTSTAMP:20261016T113012Z
        SEQUENCE:1
        DTSTART:20261022T140000Z
        DTEND:20261022T150000Z
        SUMMARY:Interview - Fraud Analytics Lead\\, EMEA - Aoife Byrne
        LOCATION:Quorvant Dublin\\, The Hive\\, 1 Grand Canal Quay\\, Dublin 2
        ORGANIZER;CN=Sinead Cullen:mailto:sinead.cullen@quorvant.com
        ATTENDEE;CN=Aoife Byrne;RSVP=TRUE:mailto:{ME}
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return msg([
        ("Received", rx("mail12.talent.icims.com", "64.95.232.12", "2026-10-16 12:30", D, "iC1m5Qv7rE")),
        ("From", addr("Quorvant Talent Acquisition", "quorvant@talent.icims.com")),
        ("Reply-To", addr("Sinéad Cullen", "sinead.cullen@quorvant.com")),
        ("To", ME_H),
        ("Subject", "UPDATED: Interview for Fraud Analytics Lead, EMEA - new date and time"),
        ("Date", date("2026-10-16 12:30", D)),
        ("Message-ID", "<ICIMS.2026-31877.1760614212.44@talent.icims.com>"),
    ], mixed(alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")),
             calendar(ics, filename="Interview.ics", disposition="attachment")))


@mail(nm(10), family="taleo", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-04 10:00", "America/New_York"), end=utc("2026-11-04 11:00", "America/New_York"),
      local="Wed 2026-11-04 10:00", local_end="2026-11-04 11:00", zone="America/New_York",
      contact="kpruitt@ridgelinemutual.com", company="Ridgeline Mutual",
      note="Taleo, iso-8859-1 text only. Sent Thu 29 Oct in EDT; '11/04/2026' is US MM/DD = 4 November, after "
           "US clocks go back on 1 Nov, so 10:00 AM Eastern = EST (UTC-5) -> 15:00Z; 'Duration: 60 minutes'. "
           "Contact = coordinator's address in the body.")
def k10():
    body = t("""
        Dear Aoife Byrne,

        Thank you for your interest in Ridgeline Mutual. We are pleased to confirm the following
        interview for Requisition 26000914 - Fraud Investigations Analyst II (Dublin Service Centre).

        Interview Date:   11/04/2026
        Interview Time:   10:00 AM Eastern Time (US & Canada)
        Duration:         60 minutes
        Interview Type:   Video (Webex)
        Meeting Link:     https://ridgelinemutual.webex.com/meet/fraud-hiring
        Interviewer(s):   Douglas Brandt, Manager, Special Investigations Unit
                          Aileen Ó Héalaí, Team Lead, Dublin Service Centre

        Please ensure you test your audio and video before the interview. Should you need to
        reschedule, contact Karen Pruitt, Recruiting Coordinator, at kpruitt@ridgelinemutual.com
        or +1 (614) 555-0142.

        Sincerely,

        Ridgeline Mutual Talent Acquisition

        ***Please do not reply to this e-mail. This mailbox is not monitored.***
        Ridgeline Mutual Insurance Company is an Equal Opportunity Employer. Ridgeline Mutual Ireland DAC
        is regulated by the Central Bank of Ireland.
        """)
    return msg([
        ("Received", rx("smtp3.taleo.net", "160.34.12.88", "2026-10-29 11:02", "America/New_York", "T4l3oO2c9N")),
        ("From", addr("Ridgeline Mutual", "ridgelinemutual@taleo.net")),
        ("To", addr("Aoife Byrne", ME)),
        ("Subject", "Ridgeline Mutual - Interview Confirmation - Req 26000914"),
        ("Date", date("2026-10-29 11:02", "America/New_York")),
        ("Message-ID", "<1761750120533.42197.JavaMail.taleo@tbe-mail03.taleo.net>"),
    ], text(body, charset="iso-8859-1"))


@mail(nm(11), family="human_prose", lang="en-IN", interview=True, kind="cancelled",
      start=utc("2026-11-12 15:00", "Asia/Kolkata"), end=None,
      local="Thu 2026-11-12 15:00", zone="Asia/Kolkata",
      contact="priya.kulkarni@sahyadriinfotech.com", company="Sahyadri Infotech",
      note="Indian IT-services recruiter cancels the L1 interview 'on 12-Nov-2026 (Thursday) at 03:00 PM IST'. "
           "Sender is in Pune and the panel in India: IST = India Standard Time (UTC+5:30) -> 09:30Z, i.e. 9:30 "
           "in Dublin (GMT). No new time ('new slot will be shared'). Contact = human sender.")
def k11():
    body = t("""
        Dear Aoife,

        Greetings from Sahyadri Infotech!

        This is to inform you that your L1 Technical Interview for the position of Fraud
        Analytics Consultant (Client: leading European payments bank, location Dublin) which was
        scheduled on 12-Nov-2026 (Thursday) at 03:00 PM IST stands cancelled due to unavailability
        of the client panel.

        We will share the new slot with you shortly. Sorry for the inconvenience caused.

        Kindly do not join the earlier Teams link.

        Thanks & Regards,
        Priya Kulkarni
        Senior Talent Acquisition Executive - International Staffing
        Sahyadri Infotech Pvt. Ltd. | Hinjewadi Phase 2, Pune 411057
        M: +91 98220 41377 | priya.kulkarni@sahyadriinfotech.com

        DISCLAIMER: This e-mail and any attachments are confidential and may be privileged. If you
        are not the intended recipient please notify the sender immediately and delete this e-mail.
        """)
    return msg([
        ("Received", rx("mail-pn1ind01on2101.outbound.protection.outlook.com", "40.107.139.101",
                        "2026-11-10 18:40", "Asia/Kolkata", "Sh4yA8dr1X")),
        ("From", addr("Priya Kulkarni", "priya.kulkarni@sahyadriinfotech.com")),
        ("To", addr("Aoife Byrne", ME)),
        ("Subject", "Interview Cancelled || L1 Technical || Fraud Analytics Consultant || Aoife Byrne"),
        ("Date", date("2026-11-10 18:40", "Asia/Kolkata")),
        ("Message-ID", "<PN3P287MB1744A1C2E5D6F7B8C9D0E1F2A3B4C@PN3P287MB1744.INDP287.PROD.OUTLOOK.COM>"),
        ("X-MS-Has-Attach", ""),
        ("Content-Language", "en-IN"),
    ], text(body, cte="8bit"))


@mail(nm(12), family="join", lang="en-IE", interview=True, kind="scheduled",
      start=utc("2026-11-10 14:00", "Europe/Berlin"), end=utc("2026-11-10 14:45", "Europe/Berlin"),
      local="Tue 2026-11-10 14:00", local_end="2026-11-10 14:45", zone="Europe/Berlin",
      contact="lukas.brenner@feldmark.io", company="Feldmark Systems",
      note="JOIN notification whose text gives no time at all ('see the attached invitation'); the time is only "
           "in the ICS: DTSTART;TZID=Europe/Berlin 14:00-14:45 CET (UTC+1, November) -> 13:00-13:45Z "
           "(13:00 in Dublin). Contact = human ICS ORGANIZER.")
def k12():
    body = t("""
        Hello Aoife,

        Lukas Brenner from Feldmark Systems has confirmed your interview appointment for the job

            Senior Payment Fraud Analyst (Remote, EU)

        You will find the date, time and video link in the calendar invitation attached to this
        email. Simply open it to add the appointment to your calendar.

        Good luck!
        Your JOIN Team

        JOIN Solutions AG - Sihlquai 131, 8005 Zürich
        You are receiving this email because you applied for a job via JOIN.
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//JOIN Solutions AG//JOIN Scheduling//EN
        METHOD:REQUEST
        @VTZ@
        BEGIN:VEVENT
        UID:join-appointment-70417712@join.com
        DTSTAMP:20261105T091500Z
        DTSTART;TZID=Europe/Berlin:20261110T140000
        DTEND;TZID=Europe/Berlin:20261110T144500
        SUMMARY:Interview Feldmark Systems - Senior Payment Fraud Analyst
        LOCATION:https://meet.feldmark.io/interview-aoife-byrne
        ORGANIZER;CN=Lukas Brenner:mailto:lukas.brenner@feldmark.io
        ATTENDEE;CN=Aoife Byrne;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """).replace("@VTZ@", make.VTZ["Europe/Berlin"])
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:15px;color:#1b1b1b;background:#f6f6f6">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:24px">
        <p>Hello Aoife,</p>
        <p>Lukas Brenner from <b>Feldmark Systems</b> has confirmed your interview appointment for the job</p>
        <p style="font-size:17px;font-weight:600">Senior Payment Fraud Analyst (Remote, EU)</p>
        <p>You will find the date, time and video link in the calendar invitation attached to this email.
        Simply open it to add the appointment to your calendar.</p>
        <p>Good luck!<br>Your JOIN Team</p>
        <p style="font-size:11px;color:#8a8a8a">JOIN Solutions AG - Sihlquai 131, 8005 Zürich<br>
        You are receiving this email because you applied for a job via JOIN.</p>
        </div></body></html>
        """)
    return msg([
        ("Received", rx("mail.join.com", "185.12.64.40", "2026-11-05 10:15", "Europe/Berlin", "J01nXq2w8e")),
        ("From", addr("JOIN", "no-reply@join.com")),
        ("To", ME),
        ("Subject", "Interview confirmed: Senior Payment Fraud Analyst (Remote, EU) at Feldmark Systems"),
        ("Date", date("2026-11-05 10:15", "Europe/Berlin")),
        ("Message-ID", "<join.appointment.70417712.1762334100@join.com>"),
    ], mixed(alt(text(body), html(page)), calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(nm(13), family="softgarden", lang="en-GB", interview=True, kind="cancelled",
      start=utc("2026-11-13 11:00", "Europe/Helsinki"), end=utc("2026-11-13 12:00", "Europe/Helsinki"),
      local="Fri 2026-11-13 11:00", local_end="2026-11-13 12:00", zone="Europe/Helsinki",
      contact="anneli.koskinen@tervala.com", company="Tervala Payments",
      note="softgarden cancellation with METHOD:CANCEL. Cancelled slot Fri 13 Nov 11:00-12:00 EET (Helsinki, "
           "UTC+2) = 09:00-10:00 Dublin (GMT) -> 09:00-10:00Z; ICS in Europe/Helsinki agrees. Role put on hold, "
           "no new time. Contact = Reply-To recruiter.")
def k13():
    body = t("""
        Dear Aoife,

        Unfortunately we have to cancel your video interview for the position
        "Fraud Prevention Specialist - Dublin" scheduled for

            Friday, 13 November 2026, 11:00 - 12:00 (EET, Helsinki)
            = 09:00 - 10:00 Dublin time

        The position has been put on hold for budget reasons until early next year. We are very
        sorry for the short notice. We will keep your application in our talent pool and will
        contact you as soon as the position is reopened.

        Kind regards,
        Anneli Koskinen
        Senior Recruiter, Tervala Payments Oy

        --
        Tervala Payments Oy, Porkkalankatu 20, 00180 Helsinki | Dublin office: 5 Harcourt Rd, Dublin 2
        Powered by softgarden
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//softgarden e-recruiting GmbH//Interview//EN
        METHOD:CANCEL
        @VTZ@
        BEGIN:VEVENT
        UID:sg-interview-4419302-77a1@softgarden.io
        DTSTAMP:20261109T120500Z
        SEQUENCE:2
        DTSTART;TZID=Europe/Helsinki:20261113T110000
        DTEND;TZID=Europe/Helsinki:20261113T120000
        SUMMARY:CANCELLED: Interview Fraud Prevention Specialist - Dublin
        ORGANIZER;CN=Anneli Koskinen:mailto:anneli.koskinen@tervala.com
        ATTENDEE;CN=Aoife Byrne:mailto:aoife.byrne@example.org
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR
        """).replace("@VTZ@", VTZ_HELSINKI)
    return msg([
        ("Received", rx("mx-out2.softgarden.io", "185.216.4.22", "2026-11-09 14:05", "Europe/Helsinki",
                        "S0ftG4rd3n")),
        ("From", addr("Tervala Payments", "noreply@softgarden.io")),
        ("Reply-To", addr("Anneli Koskinen", "anneli.koskinen@tervala.com")),
        ("To", ME_H),
        ("Subject", "Cancellation of your interview - Fraud Prevention Specialist - Dublin"),
        ("Date", date("2026-11-09 14:05", "Europe/Helsinki")),
        ("Message-ID", "<sg.4419302.1762689900.cancel@softgarden.io>"),
    ], mixed(text(body, charset="iso-8859-15"), calendar(ics, method="CANCEL", filename="cancel.ics",
                                                        disposition="attachment")))


@mail(nm(14), family="goodtime", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-18 14:00", D), end=utc("2026-11-18 15:45", D),
      local="Wed 2026-11-18 14:00", local_end="2026-11-18 15:45", zone=D,
      contact="orla.dempsey@brightwell.com", company="Brightwell Commerce",
      note="GoodTime panel itinerary, two sessions 2:00-2:45 PM and 3:00-3:45 PM GMT (Dublin, November = UTC) "
           "-> first start 14:00Z to last end 15:45Z; the second interviewer's '7:00 AM PST' is the same "
           "instant. One ICS event spanning the block. Contact = Reply-To coordinator.")
def k14():
    body = t("""
        Hi Aoife,

        Your onsite interview with Brightwell Commerce is confirmed! Please see your itinerary below.

        Position: Senior Analyst, Payments Fraud (Dublin)
        Date: Wednesday, November 18, 2026
        Time zone: Greenwich Mean Time (Dublin)

        2:00 PM - 2:45 PM GMT   Fraud case study
                                Aidan Kearney, Fraud Strategy Manager
        3:00 PM - 3:45 PM GMT   Values & behavioural interview
                                Lauren Meyer, Director Risk Ops (joining by video from Seattle, 7:00 AM PST)

        Location: Brightwell Commerce, 2 Hanover Quay, Dublin 2. Please arrive 10 minutes early and
        check in at the ground-floor kiosk with your name.

        If you have any questions, reply to this email to reach your coordinator, Orla Dempsey.

        Good luck!
        Brightwell Commerce Recruiting Team

        Scheduled with GoodTime
        """)
    page = gmail_html(body).replace('<div dir="ltr">', '<div dir="ltr" style="font-family:Roboto,Arial">')
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//GoodTime.io//Hire//EN
        METHOD:REQUEST
        @VTZ@
        BEGIN:VEVENT
        UID:goodtime-7f2b14c9d1e0-onsite@goodtime.io
        DTSTAMP:20261112T163000Z
        DTSTART;TZID=Europe/Dublin:20261118T140000
        DTEND;TZID=Europe/Dublin:20261118T154500
        SUMMARY:Brightwell Commerce Interview - Aoife Byrne - Senior Analyst\\, Payments Fraud
        LOCATION:2 Hanover Quay\\, Dublin 2
        ORGANIZER;CN=Orla Dempsey:mailto:orla.dempsey@brightwell.com
        ATTENDEE;CN=Aoife Byrne;RSVP=TRUE:mailto:{ME}
        END:VEVENT
        END:VCALENDAR
        """).replace("@VTZ@", VTZ_DUBLIN)
    return msg([
        ("Received", rx("o1.goodtime.io", "149.72.180.5", "2026-11-12 16:30", D, "G00dT1m3zz")),
        ("From", addr("Brightwell Commerce Recruiting", "scheduling@goodtime.io")),
        ("Reply-To", addr("Orla Dempsey", "orla.dempsey@brightwell.com")),
        ("To", ME_H),
        ("Subject", "Your Interview Itinerary with Brightwell Commerce - Wednesday, November 18"),
        ("Date", date("2026-11-12 16:30", D)),
        ("Message-ID", "<gt.itin.7f2b14c9d1e0@goodtime.io>"),
    ], mixed(alt(text(body), html(page)), calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(nm(15), family="calendly", lang="en-GB", interview=True, kind="scheduled",
      start=utc("2026-12-07 10:30", D), end=utc("2026-12-07 11:15", D),
      local="Mon 2026-12-07 10:30", local_end="2026-12-07 11:15", zone=D,
      contact="hannah.okoro@emberline.co.uk", company="Emberline Insurance",
      note="Calendly invitee confirmation for a hiring manager's 'Second interview' event. 10:30am-11:15am "
           "Greenwich Mean Time (invitee zone Europe/Dublin, December = UTC) -> 10:30-11:15Z; ICS in UTC agrees. "
           "Sender notifications@calendly.com; contact = Reply-To host.")
def k15():
    body = t("""
        Hi Aoife Byrne,

        Your Second interview - Fraud Strategy Lead with Hannah Okoro at 10:30am - 11:15am
        (Greenwich Mean Time) on Monday, 7 December 2026 is scheduled.

        Event Type:
        Second interview - Fraud Strategy Lead

        Location:
        This is a Microsoft Teams web conference. You can join this meeting from any device.
        Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE3YjJhNzUt@thread.v2/0

        Invitee Time Zone:
        Europe/Dublin

        Questions:
        Anything you'd like us to know beforehand?
        I'm currently serving a one-month notice period.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/5b6c1e2f-8a9d-4c3e-b7f1-0d2e3a4b5c6d
        Reschedule: https://calendly.com/reschedulings/5b6c1e2f-8a9d-4c3e-b7f1-0d2e3a4b5c6d

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:proxima-nova,Helvetica,Arial,sans-serif;font-size:15px;color:#1a1a1a">
        <p>Hi Aoife Byrne,</p>
        <p>Your <b>Second interview - Fraud Strategy Lead</b> with Hannah Okoro at <b>10:30am - 11:15am (Greenwich Mean Time) on Monday, 7 December 2026</b> is scheduled.</p>
        <p style="font-weight:bold;margin-bottom:0">Event Type:</p><p style="margin-top:0">Second interview - Fraud Strategy Lead</p>
        <p style="font-weight:bold;margin-bottom:0">Location:</p><p style="margin-top:0">This is a Microsoft Teams web conference. <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE3YjJhNzUt@thread.v2/0">Join</a></p>
        <p style="font-weight:bold;margin-bottom:0">Invitee Time Zone:</p><p style="margin-top:0">Europe/Dublin</p>
        <p style="font-weight:bold;margin-bottom:0">Questions:</p><p style="margin-top:0">Anything you&#39;d like us to know beforehand?<br>I&#39;m currently serving a one-month notice period.</p>
        <p><a href="https://calendly.com/cancellations/5b6c1e2f-8a9d-4c3e-b7f1-0d2e3a4b5c6d">Cancel</a> &middot; <a href="https://calendly.com/reschedulings/5b6c1e2f-8a9d-4c3e-b7f1-0d2e3a4b5c6d">Reschedule</a></p>
        <p style="font-size:12px;color:#888">Powered by Calendly.com</p>
        </body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:5b6c1e2f-8a9d-4c3e-b7f1-0d2e3a4b5c6d@calendly.com
        DTSTAMP:20261202T132011Z
        DTSTART:20261207T103000Z
        DTEND:20261207T111500Z
        SUMMARY:Second interview - Fraud Strategy Lead (Hannah Okoro and Aoife Byrne)
        ORGANIZER;CN=Hannah Okoro:mailto:hannah.okoro@emberline.co.uk
        ATTENDEE;CN=Aoife Byrne;RSVP=TRUE:mailto:{ME}
        LOCATION:Microsoft Teams
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return msg([
        ("Received", rx("o3.mail.calendly.com", "167.89.101.3", "2026-12-02 13:20", D, "C4l3nDlY01")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Hannah Okoro", "hannah.okoro@emberline.co.uk")),
        ("To", ME_H),
        ("Subject", "Confirmed: Second interview - Fraud Strategy Lead with Hannah Okoro on Monday, "
                    "7 December 2026"),
        ("Date", date("2026-12-02 13:20", D)),
        ("Message-ID", "<calendly.invitee.5b6c1e2f8a9d@calendly.com>"),
    ], mixed(alt(text(body), html(page)), calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(nm(16), family="ms_bookings", lang="en-IE+ga", interview=True, kind="scheduled",
      start=utc("2026-09-15 14:00", D), end=utc("2026-09-15 14:45", D),
      local="Tue 2026-09-15 14:00", local_end="2026-09-15 14:45", zone=D,
      contact=None, company="National Payments Authority",
      note="Microsoft Bookings from a semi-state body (bilingual Irish/English). The body's zone label "
           "'(UTC+00:00) Dublin, Edinburgh, Lisbon, London' shows the standard offset, but in September Dublin "
           "is on IST: 14:00-14:45 -> 13:00-13:45Z, which the ICS (GMT Standard Time) confirms. Sender is a "
           "shared Bookings mailbox and staff appear by name only -> contact null.")
def k16():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#252423">
        <div style="background:#0b6a53;color:#fff;padding:14px;font-size:18px">An tÚdarás Íocaíochtaí Náisiúnta | National Payments Authority</div>
        <p>Dia duit Aoife,</p>
        <p>Your booking has been confirmed.</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td style="color:#605e5c">Service</td><td>Competency Interview - Senior Analyst, Payment Fraud (Comórtas 2026/118)</td></tr>
        <tr><td style="color:#605e5c">Date and time</td><td>Tuesday, 15 September 2026 14:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London</td></tr>
        <tr><td style="color:#605e5c">Duration</td><td>45 minutes</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Declan Moran; Gráinne Ní Shúilleabháin</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>Online - Microsoft Teams meeting</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTBkZjM0NTYt@thread.v2/0">Join your appointment</a></p>
        <p>Please have your photo ID to hand at the start of the interview. If you need to cancel,
        use the link below; do not reply to this message.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/NPAInterviews@npa.ie/bookings/">Manage booking</a></p>
        <p>Go raibh maith agat,<br>Aonad Earcaíochta | Recruitment Unit</p>
        <p style="font-size:11px;color:#a19f9d">Powered by Microsoft Bookings</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @VTZ@
        BEGIN:VEVENT
        ORGANIZER;CN=NPA Competency Interviews:mailto:NPAInterviews@npa.ie
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aoife Byrne:mailto:aoife.byrne@example.org
        DESCRIPTION;LANGUAGE=en-IE:Competency Interview - Senior Analyst\\, Payment Fraud
        UID:040000008200E00074C5B7101A82E0080000000030B8F2D1E43FDC01000000000000000010000000A7C3
        SUMMARY;LANGUAGE=en-IE:Competency Interview - Aoife Byrne
        DTSTART;TZID=GMT Standard Time:20260915T140000
        DTEND;TZID=GMT Standard Time:20260915T144500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260910T080200Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-IE:Microsoft Teams Meeting
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """).replace("@VTZ@", make.VTZ["GMT Standard Time"])
    return msg([
        ("Received", rx("DB9PR02MB7211.eurprd02.prod.outlook.com", "52.101.68.44", "2026-09-10 09:02", D,
                        "B00k1ngs9z")),
        ("From", addr("NPA Competency Interviews", "NPAInterviews@npa.ie")),
        ("To", addr("Aoife Byrne", ME)),
        ("Subject", enc("Booking confirmed: Agallamh Inniúlachta / Competency Interview - Tuesday, 15 September")),
        ("Date", date("2026-09-10 09:02", D)),
        ("Message-ID", "<DB9PR02MB72110F3A6C1E2B9D8E7F6A5C4B3A2@DB9PR02MB7211.eurprd02.prod.outlook.com>"),
        ("X-MS-Exchange-Organization-AuthAs", "Internal"),
    ], mixed(html(page, cte="base64"), calendar(ics, cte="base64", ctype="text/calendar", filename="invite.ics",
                                                 disposition="attachment")))


@mail(nm(17), family="google_calendar", lang="en-IE", interview=True, kind="rescheduled",
      start=utc("2026-11-23 15:00", D), end=utc("2026-11-23 16:00", D),
      local="Mon 2026-11-23 15:00", local_end="2026-11-23 16:00", zone=D,
      contact="rory.keegan@plinthpay.ie", company="Plinth Pay",
      note="Google Calendar 'Updated invitation': moved from Fri 20 Nov 11:00-12:00 to Mon 23 Nov 15:00-16:00 "
           "(Greenwich Mean Time - Dublin, = UTC) -> 15:00-16:00Z; ICS SEQUENCE 1 in Europe/Dublin agrees. "
           "Contact = organizer (From / Reply-To).")
def k17():
    body = t("""
        This event has been updated
        Changed: time

        Interview: Aoife Byrne / Plinth Pay - Fraud Operations Lead
        Monday 23 Nov 2026 ⋅ 15:00 – 16:00 (Greenwich Mean Time - Dublin)
        Was: Friday 20 Nov 2026 ⋅ 11:00 – 12:00

        Hi Aoife - apologies for the shuffle, our CFO wants to sit in and Friday didn't work for
        him. Same Meet link. Rory

        Join with Google Meet
        https://meet.google.com/nwd-qxfr-tpa

        Organiser
        Rory Keegan - rory.keegan@plinthpay.ie

        Guests
        Rory Keegan - organiser
        Aoife Byrne
        Dara Quinlan

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NGY3cTJ2

        Reply for aoife.byrne@example.org
        Yes / No / Maybe / More options https://calendar.google.com/calendar/event?action=VIEW&eid=NGY3cTJ2

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    page = t("""
        <html><body style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#3c4043">
        <div style="color:#d93025;font-weight:500">This event has been updated</div>
        <div style="color:#70757a">Changed: time</div>
        <h2 style="font-weight:400;color:#3c4043">Interview: Aoife Byrne / Plinth Pay - Fraud Operations Lead</h2>
        <div><span style="background:#fce8b2">Monday 23 Nov 2026 &#8901; 15:00 &ndash; 16:00 (Greenwich Mean Time - Dublin)</span></div>
        <div style="color:#70757a"><s>Friday 20 Nov 2026 &#8901; 11:00 &ndash; 12:00</s></div>
        <p>Hi Aoife - apologies for the shuffle, our CFO wants to sit in and Friday didn&#39;t work for him. Same Meet link. Rory</p>
        <p><a href="https://meet.google.com/nwd-qxfr-tpa" style="background:#1a73e8;color:#fff;padding:8px 12px;border-radius:4px;text-decoration:none">Join with Google Meet</a></p>
        <div><b>Organiser</b><br>Rory Keegan &ndash; rory.keegan@plinthpay.ie</div>
        <div><b>Guests</b><br>Rory Keegan &ndash; organiser<br>Aoife Byrne<br>Dara Quinlan</div>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        @VTZ@
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Dublin:20261123T150000
        DTEND;TZID=Europe/Dublin:20261123T160000
        DTSTAMP:20261117T104800Z
        ORGANIZER;CN=Rory Keegan:mailto:rory.keegan@plinthpay.ie
        UID:4f7q2v9b1k3m5n8p0r2s4t6u8w@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Rory Keegan;X-NUM-GUESTS=0:mailto:rory.keegan@plinthpay.ie
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Aoife Byrne;X-NUM-GUESTS=0:mailto:{ME}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dara Quinlan;X-NUM-GUESTS=0:mailto:dara.quinlan@plinthpay.ie
        CREATED:20261110T091500Z
        DESCRIPTION:Hi Aoife - apologies for the shuffle\\, our CFO wants to sit in and Friday didn't work for him. Same Meet link. Rory
        LAST-MODIFIED:20261117T104800Z
        LOCATION:
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Interview: Aoife Byrne / Plinth Pay - Fraud Operations Lead
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """).replace("@VTZ@", VTZ_DUBLIN)
    return msg([
        ("Received", rx("mail-sor-f69.google.com", "209.85.220.69", "2026-11-17 10:48", D, "Gc4lUpd8t1")),
        ("From", addr("Rory Keegan", "rory.keegan@plinthpay.ie")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", addr("Rory Keegan", "rory.keegan@plinthpay.ie")),
        ("To", ME),
        ("Subject", enc("Updated invitation: Interview: Aoife Byrne / Plinth Pay - Fraud Operations Lead @ "
                        "Mon 23 Nov 2026 15:00 - 16:00 (GMT) (aoife.byrne@example.org)")),
        ("Date", date("2026-11-17 10:48", D)),
        ("Message-ID", "<calendar-8e2d1f4a-77c3-4b9a-a1e0-5d6c3b2a1f09@google.com>"),
    ], mixed(alt(text(body), html(page), calendar(ics, cte="7bit")),
             calendar(ics, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


EXCH_TEAMS = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
Meeting ID: {num}
Passcode: {pw}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


@mail(nm(18), family="exchange", lang="en-GB", interview=True, kind="scheduled",
      start=utc("2026-10-13 11:00", L), end=utc("2026-10-13 12:00", L),
      local="Tue 2026-10-13 11:00", local_end="2026-10-13 12:00", zone=L,
      contact="ciara.magee@harlandquay.com", company="Harland & Quay Insurance",
      note="Exchange/Outlook Teams meeting request from a Belfast insurer. Body 'When' uses the Windows display "
           "name '(UTC+00:00) Dublin, Edinburgh, Lisbon, London' but October 13 is BST: 11:00-12:00 -> "
           "10:00-11:00Z; ICS TZID 'GMT Standard Time' agrees. Contact = human ORGANIZER/sender.")
def k18():
    teams = EXCH_TEAMS.format(mid="YjM4ZTQ1NWQtNGQ3Yy00", num="372 118 904 55", pw="q7Xh3s")
    body = t("""
        When: Tuesday, 13 October 2026 11:00-12:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Microsoft Teams Meeting

        Hi Aoife,

        As discussed on the phone, please find the invite for your interview for the Fraud Risk
        Analyst post. You'll meet myself and Stephen Boyd (Claims Fraud Manager). It'll be a mix of
        competency questions and a walk-through of a case from your current role (anonymised, of
        course).

        Any problems, give me a ring on 028 9023 4411.

        Thanks,
        Ciara

        Ciara Magee | HR Business Partner | Harland & Quay Insurance
        Queen's Quay House, Belfast BT3 9DT

        """) + teams
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="EN-GB" link="#0563C1" vlink="#954F72"><div class="WordSection1">
        <p class="MsoNormal">Hi Aoife,<o:p></o:p></p>
        <p class="MsoNormal">As discussed on the phone, please find the invite for your interview for the Fraud Risk Analyst post. You&#8217;ll meet myself and Stephen Boyd (Claims Fraud Manager). It&#8217;ll be a mix of competency questions and a walk-through of a case from your current role (anonymised, of course).<o:p></o:p></p>
        <p class="MsoNormal">Any problems, give me a ring on 028 9023 4411.<o:p></o:p></p>
        <p class="MsoNormal">Thanks,<br>Ciara<o:p></o:p></p>
        <p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">Ciara Magee | HR Business Partner | Harland &amp; Quay Insurance<br>Queen&#8217;s Quay House, Belfast BT3 9DT</span><o:p></o:p></p>
        <div style="margin-bottom:24px;overflow:hidden"><p class="MsoNormal">________________________________________________________________________________</p>
        <p class="MsoNormal"><span style="font-size:18.0pt;color:#252424">Microsoft Teams meeting</span></p>
        <p class="MsoNormal"><b>Join on your computer, mobile app or room device</b><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjM4ZTQ1NWQtNGQ3Yy00%40thread.v2/0">Click here to join the meeting</a><br>
        Meeting ID: 372 118 904 55<br>Passcode: q7Xh3s</p>
        <p class="MsoNormal">________________________________________________________________________________</p></div>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @VTZ@
        BEGIN:VEVENT
        ORGANIZER;CN=Ciara Magee:mailto:ciara.magee@harlandquay.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aoife Byrne:mailto:aoife.byrne@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Stephen Boyd:mailto:stephen.boyd@harlandquay.com
        DESCRIPTION;LANGUAGE=en-GB:Hi Aoife\\,\\n\\nAs discussed on the phone\\, please find the invite for your interview.\\n
        UID:040000008200E00074C5B7101A82E00800000000F0A1B2C3D4E5DC01000000000000000010000000B1E4
        SUMMARY;LANGUAGE=en-GB:Interview - Aoife Byrne - Fraud Risk Analyst
        DTSTART;TZID=GMT Standard Time:20261013T110000
        DTEND;TZID=GMT Standard Time:20261013T120000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261007T141000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2121318504
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """).replace("@VTZ@", make.VTZ["GMT Standard Time"])
    return msg([
        ("Received", rx("EUR03-AM7-obe.outbound.protection.outlook.com", "52.100.14.20", "2026-10-07 15:10", L,
                        "Hq8RmX0e2A")),
        ("From", addr("Ciara Magee", "ciara.magee@harlandquay.com")),
        ("To", addr("Aoife Byrne", ME)),
        ("CC", addr("Stephen Boyd", "stephen.boyd@harlandquay.com")),
        ("Subject", "Interview - Aoife Byrne - Fraud Risk Analyst"),
        ("Thread-Topic", "Interview - Aoife Byrne - Fraud Risk Analyst"),
        ("Thread-Index", "AdtYw3kq8n2p5VbJQ0eMfLr1nKx9Aw=="),
        ("Date", date("2026-10-07 15:10", L)),
        ("Message-ID", "<AM9PR03MB7748C4D1B2E3F4A5B6C7D8E9F0A1B@AM9PR03MB7748.eurprd03.prod.outlook.com>"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(nm(19), family="zoom", lang="en-IN", interview=True, kind="scheduled",
      start=utc("2026-12-03 15:30", "Asia/Kolkata"), end=utc("2026-12-03 16:15", "Asia/Kolkata"),
      local="Thu 2026-12-03 15:30", local_end="2026-12-03 16:15", zone="Asia/Kolkata",
      contact="rahul.menon@trivikramtech.com", company="Trivikram Technologies",
      note="Indian IT-services recruiter with a pasted Zoom invitation. '03:30 PM to 04:15 PM IST' means India "
           "Standard Time (the Zoom block says 'India'), UTC+5:30 -> 10:00-10:45Z (10:00 in Dublin), not Irish "
           "time. Contact = human sender.")
def k19():
    body = t("""
        Dear Aoife,

        Greetings from Trivikram Technologies!!

        As discussed over the call, your interview has been scheduled with our client's panel. Please
        find the details below:

        Position   : Fraud Risk Analyst - Dublin (Contract-to-hire)
        Round      : Technical Round 1
        Date       : 03rd December 2026 (Thursday)
        Time       : 03:30 PM to 04:15 PM IST
        Mode       : Zoom video call

        Kindly join 5 mins before the scheduled time and keep your updated CV handy. Please
        acknowledge this mail as a confirmation.

        ---------- Zoom invitation ----------
        Rahul Menon is inviting you to a scheduled Zoom meeting.

        Topic: Trivikram | Aoife Byrne | Fraud Risk Analyst | Tech R1
        Time: Dec 3, 2026 03:30 PM India

        Join Zoom Meeting
        https://us06web.zoom.us/j/81920447351?pwd=cVh0RzJpM0tFa2pBd1dVZz09

        Meeting ID: 819 2044 7351
        Passcode: 552190
        -------------------------------------

        Thanks & Regards,
        Rahul Menon
        Lead - Talent Acquisition (Europe)
        Trivikram Technologies Ltd. | Whitefield, Bengaluru 560066
        +91 80 4719 2200 | rahul.menon@trivikramtech.com
        """)
    return msg([
        ("Received", rx("mail-sg2apc01on2108.outbound.protection.outlook.com", "40.107.215.108",
                        "2026-11-30 12:15", "Asia/Kolkata", "Tr1v1kR4m0")),
        ("From", addr("Rahul Menon", "rahul.menon@trivikramtech.com")),
        ("To", addr("Aoife Byrne", ME)),
        ("Subject", "Interview Scheduled : Fraud Risk Analyst - Dublin : Tech R1 : 03-Dec-2026"),
        ("Date", date("2026-11-30 12:15", "Asia/Kolkata")),
        ("Message-ID", "<SG2PR06MB5311E7F8A9B0C1D2E3F4A5B6C7D8E@SG2PR06MB5311.apcprd06.prod.outlook.com>"),
        ("Importance", "high"),
        ("X-Priority", "1"),
    ], alt(text(body, cte="quoted-printable"), html(gmail_html(body).replace("<div>", "<div style=\"font-family:Calibri\">"))))


@mail(nm(20), family="human_prose", lang="en-IE", interview=True, kind="scheduled",
      start=utc("2026-09-15 11:00", D), end=None,
      local="Tue 2026-09-15 11:00", zone=D,
      contact="ronan@liffeysearch.ie", company="Meridian Card Services",
      note="Agency recruiter's phone reply, Date Mon 14 Sep 09:05 IST: 'tomorrow at 11' = Tue 15 Sep 11:00 IST "
           "-> 10:00Z. The quoted thread still has the proposed 'Tuesday at 10' and 'Wednesday at 2'. Company = "
           "the client (Meridian Card Services); contact = recruiter sender.")
def k20():
    body = t("""
        Hi Aoife

        No bother at all. Spoke to Meridian and 11 suits them too so youre confirmed for tomorrow at 11 with Gillian Byrne (no relation I presume!) and Paul Nestor in their office, Block C Central Park Leopardstown. Ask for Gillian at reception.

        Best of luck, ill give you a shout after to see how it went

        Ronan

        Sent from my iPhone

        > On 11 Sep 2026, at 18:22, Aoife Byrne <aoife.byrne@example.org> wrote:
        >
        > Hi Ronan,
        >
        > Thanks a million for this. Tuesday at 10 is a bit tight as I'd have to get out of the office - would 11 be possible? Wednesday at 2 is fine as well if that's easier for them.
        >
        > Aoife
        >
        >> On Thu, 10 Sep 2026 at 16:05, Ronan Fitzgerald <ronan@liffeysearch.ie> wrote:
        >> Hi Aoife, great news, Meridian want to meet you for the Fraud Operations Analyst role. Would Tuesday at 10 or Wednesday at 2 work for a first interview?
        >> Ronan
        """)
    return msg([
        ("Received", rx("mail-wm1-f52.google.com", "209.85.128.52", "2026-09-14 09:05", D, "R0n4nPh0n3")),
        ("From", addr("Ronan Fitzgerald", "ronan@liffeysearch.ie")),
        ("To", addr("Aoife Byrne", ME)),
        ("Subject", "Re: Meridian Card Services - Fraud Operations Analyst"),
        ("Date", date("2026-09-14 09:05", D)),
        ("Message-ID", "<8A1F2C3D-4E5B-4C6D-9E7F-0A1B2C3D4E5F@liffeysearch.ie>"),
        ("In-Reply-To", "<CAHf7x2Qm9sK3pL0vT8wE1rY6uI4oP5aS2dF7gH9jK0lZ@mail.gmail.com>"),
        ("References", "<CAFr0n4n1Mer1d1anXy7@liffeysearch.ie> "
                       "<CAHf7x2Qm9sK3pL0vT8wE1rY6uI4oP5aS2dF7gH9jK0lZ@mail.gmail.com>"),
        ("X-Mailer", "iPhone Mail (23A341)"),
    ], text(body))


@mail(nm(21), family="human_prose", lang="en-IE", interview=True, kind="rescheduled",
      start=utc("2026-11-06 09:30", D), end=None,
      local="Fri 2026-11-06 09:30", zone=D,
      contact="colm.oriada@kestrelrisk.ie", company="Kestrel Risk",
      note="Cork hiring manager moves 'Thursday's interview' (2pm, Thu 5 Nov) to 'Friday 6th at 9.30'; Date Mon "
           "2 Nov, Dublin/Cork on GMT -> 09:30Z. Confirmed, not proposed ('I've moved it'). 'shouldn't take more "
           "than an hour' -> end null. windows-1252 quoted-printable. Contact = human sender.")
def k21():
    body = t("""
        Hi Aoife,

        Apologies for the hassle but I’m going to have to move Thursday’s interview (2pm) – I’ve been pulled into an audit that’s now running all day Thursday.

        You mentioned last week that Friday mornings are generally free for you, so I’ve gone ahead and moved it to Friday 6th at 9.30 instead. Same place – Penrose Wharf, 3rd floor – and same format, it’ll be myself and Lorraine from the disputes team. Shouldn’t take more than an hour.

        If Friday is a problem just shout, otherwise see you then.

        Thanks,
        Colm

        Colm Ó Riada
        Head of Payments Risk | Kestrel Risk
        Penrose Wharf, Penrose Quay, Cork T23 K7P2
        +353 21 455 0190
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Hi Aoife,</p>
        <p>Apologies for the hassle but I’m going to have to move Thursday’s interview (2pm) – I’ve been pulled into an audit that’s now running all day Thursday.</p>
        <p>You mentioned last week that Friday mornings are generally free for you, so I’ve gone ahead and moved it to <b>Friday 6th at 9.30</b> instead. Same place – Penrose Wharf, 3rd floor – and same format, it’ll be myself and Lorraine from the disputes team. Shouldn’t take more than an hour.</p>
        <p>If Friday is a problem just shout, otherwise see you then.</p>
        <p>Thanks,<br>Colm</p>
        <p style="font-size:9pt;color:#555">Colm Ó Riada<br>Head of Payments Risk | Kestrel Risk<br>Penrose Wharf, Penrose Quay, Cork T23 K7P2<br>+353 21 455 0190</p>
        </div></body></html>
        """)
    return msg([
        ("Received", rx("mail-db8eur05on2070.outbound.protection.outlook.com", "40.107.20.70", "2026-11-02 08:47", D,
                        "K3str3lC0k")),
        ("From", addr("Colm Ó Riada", "colm.oriada@kestrelrisk.ie", charset="iso-8859-1")),
        ("To", addr("Aoife Byrne", ME)),
        ("Subject", "Change of time - interview this week"),
        ("Date", date("2026-11-02 08:47", D)),
        ("Message-ID", "<DB9PR05MB8890A2B3C4D5E6F7A8B9C0D1E2F3A@DB9PR05MB8890.eurprd05.prod.outlook.com>"),
        ("Content-Language", "en-IE"),
    ], alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(nm(22), family="forward_self", lang="en-GB", interview=True, kind="rescheduled",
      start=utc("2026-12-10 14:00", L), end=utc("2026-12-10 15:00", L),
      local="Thu 2026-12-10 14:00", local_end="2026-12-10 15:00", zone=L,
      contact="priya.shah@thamesfield.co.uk", company="Thamesfield Payments",
      note="Aoife forwards (message/rfc822) a London recruiter's mail from her other address to this inbox. The "
           "final interview moves from Wed 9 Dec 10:00 to Thu 10 Dec 14:00-15:00 'UK time' (GMT) -> 14:00-15:00Z. "
           "Sender is the candidate herself, so contact = the recruiter in the forwarded headers.")
def k22():
    inner_body = t("""
        Hi Aoife,

        I'm afraid Mark has a clash on Wednesday morning that he can't move, so we've had to shift
        your final interview:

          was:  Wednesday 9 December, 10:00
          now:  Thursday 10 December, 14:00 - 15:00 (UK time)

        Same Zoom link as before (https://thamesfield.zoom.us/j/93310227461). It'll be Mark
        Elliott (CRO) and Funmi Adeyemi (Head of Fraud), running for one hour.

        Sorry for the shuffle - and do let me know if Thursday afternoon is a problem.

        Best wishes,
        Priya

        Priya Shah
        Senior Talent Partner
        Thamesfield Payments | 1 Canada Square, London E14 5AB
        """)
    inner = msg([
        ("From", addr("Priya Shah", "priya.shah@thamesfield.co.uk")),
        ("To", addr("Aoife Byrne", "aoife.b@example.net")),
        ("Subject", "Change of time - your final interview with Thamesfield Payments"),
        ("Date", date("2026-12-03 17:02", L)),
        ("Message-ID", "<LO2P265MB4410F1E2D3C4B5A69788A1B2C3D4E@LO2P265MB4410.GBRP265.PROD.OUTLOOK.COM>"),
    ], text(inner_body))
    outer = t("""
        for the calendar - moved to Thursday

        Sent from Outlook for Android
        """)
    return msg([
        ("Received", rx("mail-ej1-f44.google.com", "209.85.218.44", "2026-12-04 08:15", D, "Fwd0S3lf11")),
        ("From", addr("Aoife Byrne", "aoife.b@example.net")),
        ("To", addr("Aoife Byrne", ME)),
        ("Subject", "Fwd: Change of time - your final interview with Thamesfield Payments"),
        ("Date", date("2026-12-04 08:15", D)),
        ("Message-ID", "<AM0P190MB0733C2D1E0F9A8B7C6D5E4F3A2B1C@AM0P190MB0733.EURP190.PROD.OUTLOOK.COM>"),
    ], mixed(text(outer, cte="7bit"), attached_message(inner, filename="Change of time.eml")))


@mail(nm(23), family="exchange", lang="en-GB", interview=True, kind="cancelled",
      start=utc("2026-12-14 13:00", L), end=utc("2026-12-14 14:00", L),
      local="Mon 2026-12-14 13:00", local_end="2026-12-14 14:00", zone=L,
      contact="oliver.grant@ballastpointbank.co.uk", company="Ballast Point Bank",
      note="Exchange cancellation (METHOD:CANCEL, 'Canceled:' subject). Cancelled slot Mon 14 Dec 13:00-14:00 "
           "(UTC+00:00) London, December = GMT -> 13:00-14:00Z. Body floats 'possibly Wednesday the 16th in the "
           "afternoon' for a new time, not fixed -> cancelled. Contact = human organizer.")
def k23():
    body = t("""
        When: Monday, 14 December 2026 13:00-14:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Microsoft Teams Meeting

        Hi Aoife - apologies, I've had to pull Monday's interview as Helen (hiring manager) is off
        sick this week. I'll come back to you with new times once I've spoken to her - possibly
        Wednesday the 16th in the afternoon, but nothing confirmed yet.

        Oliver

        Oliver Grant | Resourcing Partner, Financial Crime | Ballast Point Bank plc
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @VTZ@
        BEGIN:VEVENT
        ORGANIZER;CN=Oliver Grant:mailto:oliver.grant@ballastpointbank.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aoife Byrne:mailto:aoife.byrne@example.org
        DESCRIPTION;LANGUAGE=en-GB:Hi Aoife - apologies\\, I've had to pull Monday's interview.\\n
        UID:040000008200E00074C5B7101A82E00800000000C4D5E6F7A8B9DC01000000000000000010000000E2A9
        SUMMARY;LANGUAGE=en-GB:Canceled: Interview - Aoife Byrne (Payments Fraud Manager)
        DTSTART;TZID=GMT Standard Time:20261214T130000
        DTEND;TZID=GMT Standard Time:20261214T140000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261209T113000Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """).replace("@VTZ@", make.VTZ["GMT Standard Time"])
    return msg([
        ("Received", rx("EUR05-DB8-obe.outbound.protection.outlook.com", "52.100.20.11", "2026-12-09 11:30", L,
                        "B4ll4stC4n")),
        ("From", addr("Oliver Grant", "oliver.grant@ballastpointbank.co.uk")),
        ("To", addr("Aoife Byrne", ME)),
        ("Subject", "Canceled: Interview - Aoife Byrne (Payments Fraud Manager)"),
        ("Thread-Topic", "Interview - Aoife Byrne (Payments Fraud Manager)"),
        ("Thread-Index", "AdtqP0y3xk4q1mBvR7GmQm6a2F9c1Q=="),
        ("Date", date("2026-12-09 11:30", L)),
        ("Message-ID", "<LO4P265MB6021B7C8D9E0F1A2B3C4D5E6F7A8B@LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM>"),
        ("Importance", "high"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", ""),
    ], alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives (keys 24-50)


@mail(nm(24), family="rejection", lang="en-GB", interview=False, company="Ostler Payments",
      days=(("Wed", "2026-09-09"),),
      note="Lever rejection after an interview; mentions the past interview date (Wed 9 Sep), nothing scheduled.")
def k24():
    body = t("""
        Hi Aoife,

        Thank you for taking the time to interview with us on Wednesday 9 September for the Fraud
        Analyst role, and for the thoughtful answers you gave on mule account detection.

        After a lot of deliberation the team has decided to progress with a candidate whose
        experience is more closely aligned with our open-banking roadmap. This was a close call and
        we'd be glad to stay in touch for future roles.

        Wishing you all the best with your search,

        Harriet Doyle
        People Team, Ostler Payments

        --
        Sent via Lever
        """)
    return msg([
        ("Received", rx("o7.email.hire.lever.co", "167.89.44.18", "2026-09-21 16:10", L, "R3j3ct0s01")),
        ("From", addr("Harriet Doyle", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Harriet Doyle", "harriet.doyle@ostlerpayments.com")),
        ("To", ME_H),
        ("Subject", "Your application to Ostler Payments"),
        ("Date", date("2026-09-21 16:10", L)),
        ("Message-ID", "<e3a1f0c2-9b8d-4c7e-a6f5-3d2c1b0a9f8e@hire.lever.co>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(nm(25), family="offer", lang="en-IE", interview=False, company="Brackwater Analytics",
      days=(("Mon", "2026-11-16"), ("Fri", "2026-11-20")),
      note="Offer after the Galway interview (thread with the Personio invitation). Proposes a call 'Monday at 4' "
           "to go through it - a proposal, not an interview.")
def k25():
    body = t("""
        Hi Aoife,

        I'm delighted to let you know that we'd like to offer you the position of Fraud Data Analyst
        at Brackwater Analytics! Shane and the team were really impressed on the 27th.

        Your offer letter is attached: base salary of EUR 68,000, 10% bonus, hybrid (two days a week in
        Parkmore), start date to suit your notice period.

        Would you be free for a quick call on Monday (16th) at 4 to go through it with Shane and answer
        any questions? We'd ask you to let us know your decision by Friday 20 November.

        Congratulations again - we really hope you'll join us.

        Fionnuala

        Fionnuala Greaney
        People Team | Brackwater Analytics
        """)
    pdf = make.Part([("Content-Type", 'application/pdf; name="Offer_Letter_Aoife_Byrne.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Offer_Letter_Aoife_Byrne.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    b"JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\r\n"
                    b"YmoKdHJhaWxlcgo8PC9Sb290IDEgMCBSPj4KJSVFT0YK\r\n")
    return msg([
        ("Received", rx("mail-eur02.outbound.protection.outlook.com", "40.107.8.55", "2026-11-12 17:05", D,
                        "0ff3rBw001")),
        ("From", addr("Fionnuala Greaney", "fionnuala.greaney@brackwater.ie")),
        ("To", addr("Aoife Byrne", ME)),
        ("Subject", "Offer - Fraud Data Analyst, Brackwater Analytics"),
        ("Date", date("2026-11-12 17:05", D)),
        ("Message-ID", "<AS8PR07MB7990D1C2B3A4F5E6D7C8B9A0F1E2D@AS8PR07MB7990.eurprd07.prod.outlook.com>"),
    ], mixed(text(body), pdf))


@mail(nm(26), family="application_receipt", lang="en-IE", interview=False, company="Connacht Credit Systems",
      note="Recruitee application acknowledgement; 'we may invite you for a first interview' - nothing fixed.")
def k26():
    body = t("""
        Hi Aoife,

        Thanks for applying for the Credit Risk & Fraud Analyst position at Connacht Credit Systems.
        We've received your application and our team will review it over the next two weeks.

        If your profile matches what we're looking for, we'll invite you for a first interview
        (usually a 30-minute video call). Either way, we'll let you know.

        Kind regards,
        The Connacht Credit Systems hiring team

        Connacht Credit Systems Ltd, IDA Business Park, Dangan, Galway
        """)
    page = gmail_html(body).replace('<div dir="ltr">', '<div dir="ltr" style="font-family:Arial;font-size:14px">')
    return msg([
        ("Received", rx("mail.recruitee.com", "52.16.201.9", "2026-09-04 12:41", D, "R3cru1t33a")),
        ("From", addr("Connacht Credit Systems", "no-reply@recruitee.com")),
        ("To", ME),
        ("Subject", "We received your application - Credit Risk & Fraud Analyst"),
        ("Date", date("2026-09-04 12:41", D)),
        ("Message-ID", "<recruitee.application.8847123.1788522060@recruitee.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(nm(27), family="job_alert", lang="en-IE", interview=False, company=None,
      days=(("Fri", "2026-10-09"),),
      note="Job-board alert (HTML only, base64); tags like 'Interviewing this week' and a closing date, no "
           "interview of hers.")
def k27():
    page = t("""
        <html><body style="margin:0;font-family:Arial,sans-serif;background:#eef1f4">
        <table width="620" align="center" cellpadding="16" style="background:#fff">
        <tr><td style="background:#14365c;color:#fff;font-size:20px">JobsWell<span style="color:#f6b400">.ie</span></td></tr>
        <tr><td>
        <p>Hi Aoife, here are <b>12 new jobs</b> matching your alert <b>"fraud analyst" in Dublin, Cork, Remote</b>.</p>
        <p><a href="https://www.jobswell.ie/job/881204">Fraud Analyst - Card Disputes</a><br>
        Corbel Bank - Dublin 2 - EUR 50,000 - 58,000<br>
        <span style="background:#e0f5e9;color:#137a3d;font-size:12px">Interviewing this week</span></p>
        <p><a href="https://www.jobswell.ie/job/881377">Senior AML / Fraud Investigator</a><br>
        Suir Valley Credit Union - Waterford - Hybrid<br>
        <span style="font-size:12px;color:#666">Closing date: Friday 9 October</span></p>
        <p><a href="https://www.jobswell.ie/job/881419">Payments Risk Analyst (12 month contract)</a><br>
        Recruiter: Harbour Talent - Cork - EUR 400 - 450 per day<br>
        <span style="background:#e0f5e9;color:#137a3d;font-size:12px">Immediate interview</span></p>
        <p><a href="https://www.jobswell.ie/alerts/aoife">See all 12 jobs</a></p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888">You are receiving this because you created a job alert on JobsWell.ie.
        <a href="https://www.jobswell.ie/alerts/unsubscribe?u=77a1">Unsubscribe</a></td></tr>
        </table></body></html>
        """)
    return msg([
        ("Received", rx("mta4.mail.jobswell.ie", "185.211.40.4", "2026-10-02 07:00", D, "J0bW3ll004")),
        ("From", addr("JobsWell.ie Job Alerts", "alerts@mail.jobswell.ie")),
        ("To", ME),
        ("Subject", "12 new Fraud Analyst jobs - Corbel Bank is interviewing this week"),
        ("Date", date("2026-10-02 07:00", D)),
        ("Message-ID", "<alert.20261002.77a1.3391@mail.jobswell.ie>"),
        ("List-Unsubscribe", "<https://www.jobswell.ie/alerts/unsubscribe?u=77a1>"),
        ("Precedence", "bulk"),
    ], html(page, cte="base64"))


@mail(nm(28), family="newsletter_tips", lang="en-GB", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Substack newsletter about interview prep; quotes a reader whose interview is 'Thursday 22 October at "
           "2pm' - not the inbox owner's interview.")
def k28():
    body = t("""
        THE CHARGEBACK - issue #61
        How I'd prepare for a fraud analyst interview in 2026

        A reader wrote in last week: "My interview is confirmed for Thursday 22 October at 2pm and
        they've said there'll be a SQL exercise. What should I expect?" Good question, and a common
        one, so this week's issue is all about it.

        1. Expect a case, not a quiz. Most teams will hand you a day of card transactions and ask
           you what you'd block.
        2. Know your chargeback reason codes. You don't need all of them, but 10.4 and 13.1 come up.
        3. Have a story about a rule you killed because of false positives.
        4. Ask them how the fraud team and the product team disagree.

        Paid subscribers get the full 40-question practice set and our mock-interview rubric.

        Until next week,
        Maeve

        You're on the free list for The Chargeback. Unsubscribe: https://thechargeback.substack.com/action/disable_email
        """)
    page = gmail_html(body)
    return msg([
        ("Received", rx("mail.substack.com", "167.89.99.1", "2026-10-20 07:30", L, "Sub5t4ck61")),
        ("From", addr("The Chargeback", "thechargeback@substack.com")),
        ("To", ME),
        ("Subject", "How I'd prepare for a fraud analyst interview in 2026"),
        ("Date", date("2026-10-20 07:30", L)),
        ("Message-ID", "<20261020063000.3.5b1e7c2a9d4f8e01@mg1.substack.com>"),
        ("List-Unsubscribe", "<https://thechargeback.substack.com/action/disable_email>"),
        ("List-Id", "<thechargeback.substack.com>"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(page)))


@mail(nm(29), family="self_schedule_link", lang="en-IE", interview=False, company="Grafton Risk Recruitment",
      note="Agency recruiter sends a Calendly link to pick a slot 'any time next week'; nothing booked.")
def k29():
    body = t("""
        Hi Aoife,

        Thanks for sending on your CV - really strong background, and I've two roles that I think would
        suit you (one payments firm in the IFSC, one remote for a UK neobank).

        Easiest thing is if you grab a 20-minute slot in my diary here and we can have a proper chat:
        https://calendly.com/sinead-graftonrisk/20min

        Any time next week suits, I've evenings open too.

        Sinéad

        Sinéad Breen
        Senior Consultant, Risk & Compliance | Grafton Risk Recruitment
        +353 1 679 4400
        """)
    return msg([
        ("Received", rx("mail-ej1-f49.google.com", "209.85.218.49", "2026-09-09 13:26", D, "Gr4ft0nR11")),
        ("From", addr("Sinéad Breen", "sinead.breen@graftonrisk.ie")),
        ("To", addr("Aoife Byrne", ME)),
        ("Subject", "Your CV - quick chat?"),
        ("Date", date("2026-09-09 13:26", D)),
        ("Message-ID", "<CAGr4ft0nQ7m1xV2bZ9kS5eR3tY8uI0oP6aD4fG2hJ7kL@mail.gmail.com>"),
    ], alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(nm(30), family="recruiter_outreach", lang="en-IN", interview=False, company="Nimbus Corp Solutions",
      note="Indian IT-services recruiter outreach: asks for availability for a call 'tomorrow between 11 AM - "
           "4 PM IST' and for documents; no fixed time, no interview booked.")
def k30():
    body = t("""
        Hi Aoife,

        Hope you are doing well!

        This is Vikas from Nimbus Corp Solutions. We have an urgent requirement with one of our
        direct clients. Please find the JD below and let me know if you are comfortable.

        Role: Fraud Analyst (Payments)
        Location: Dublin, Ireland (Hybrid - 3 days onsite)
        Duration: 12 Months Contract (extendable)

        - 4+ years in card / payments fraud monitoring
        - Hands-on SQL, SAS or Python
        - Exposure to Featurespace / Actimize is a plus

        If interested, kindly share the below details along with your updated CV:
        Full Name / Current Location / Visa Status / Notice Period / Expected Daily Rate

        Kindly share your availability for a quick call tomorrow between 11 AM - 4 PM IST.

        Regards,
        Vikas Sharma
        Sr. Technical Recruiter | Nimbus Corp Solutions
        Noida, Uttar Pradesh | +91 120 468 2210
        """)
    return msg([
        ("Received", rx("mail-pn2ind01on2085.outbound.protection.outlook.com", "40.107.139.85",
                        "2026-10-07 14:50", "Asia/Kolkata", "N1mbu5V1k4")),
        ("From", addr("Vikas Sharma", "vikas.sharma@nimbuscorpsolutions.com")),
        ("To", ME),
        ("Subject", "Urgent Requirement || Fraud Analyst || Dublin, Ireland || Contract"),
        ("Date", date("2026-10-07 14:50", "Asia/Kolkata")),
        ("Message-ID", "<PN2P287MB0919C3D4E5F6A7B8C9D0E1F2A3B4C@PN2P287MB0919.INDP287.PROD.OUTLOOK.COM>"),
    ], text(body, cte="7bit"))


@mail(nm(31), family="proposed_not_confirmed", lang="en-GB", interview=False, company="Harrowgate Capital",
      days=(("Tue", "2026-09-29"), ("Thu", "2026-10-01")),
      note="After the first-round Lever interview, the recruiter proposes two second-stage slots ('Would Tuesday "
           "29th at 10am work? Or Thursday 1st at 3pm') and waits for her answer - not confirmed.")
def k31():
    body = t("""
        Hi Aoife,

        Good news - Rebecca enjoyed last week's conversation and would like you to come in for the
        second stage, which is a case study presentation with her and our MLRO.

        Would Tuesday 29th at 10am work? Or Thursday 1st at 3pm if that's easier with travel from
        Dublin? Let me know and I'll send a proper invite with the case pack.

        Kind regards,
        Tom

        Tom Ashworth
        Talent Acquisition, Harrowgate Capital
        """)
    return msg([
        ("Received", rx("mail-lo2gbr01on2091.outbound.protection.outlook.com", "40.107.10.91",
                        "2026-09-22 11:18", L, "H4rr0wg4t3")),
        ("From", addr("Tom Ashworth", "tom.ashworth@harrowgate.co.uk")),
        ("To", addr("Aoife Byrne", ME)),
        ("Subject", "Harrowgate - second stage"),
        ("Date", date("2026-09-22 11:18", L)),
        ("Message-ID", "<LO2P265MB5566A7B8C9D0E1F2A3B4C5D6E7F8A@LO2P265MB5566.GBRP265.PROD.OUTLOOK.COM>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(nm(32), family="non_interview_calendar", lang="en-IE", interview=False, company=None,
      days=(("Thu", "2026-09-24"),),
      note="GP appointment confirmation with an ICS at a fixed time; not a job interview.")
def k32():
    body = t("""
        Dear Aoife,

        Your appointment is confirmed:

        Dr Aisling Nolan
        Thursday 24 September 2026 at 09:10
        Ranelagh Family Practice, 41 Ranelagh Road, Dublin 6

        Please arrive 5 minutes early. If you can no longer attend, please cancel at least 24 hours
        in advance by replying CANCEL or calling 01 497 1122 - missed appointments may be charged.

        Ranelagh Family Practice
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//HealthOne//Appointments//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:appt-22918-20260924-0910@ranelaghfamilypractice.ie
        DTSTAMP:20260921T091400Z
        DTSTART:20260924T081000Z
        DTEND:20260924T082500Z
        SUMMARY:GP appointment - Dr Aisling Nolan
        LOCATION:Ranelagh Family Practice\\, 41 Ranelagh Road\\, Dublin 6
        END:VEVENT
        END:VCALENDAR
        """)
    return msg([
        ("Received", rx("smtp.healthone.ie", "89.101.22.15", "2026-09-21 10:14", D, "GPr4n3l4gh")),
        ("From", addr("Ranelagh Family Practice", "appointments@ranelaghfamilypractice.ie")),
        ("To", ME),
        ("Subject", "Appointment confirmation - Thursday 24 September 09:10"),
        ("Date", date("2026-09-21 10:14", D)),
        ("Message-ID", "<appt.22918.confirm@ranelaghfamilypractice.ie>"),
    ], mixed(text(body, cte="7bit"), calendar(ics, method="PUBLISH", filename="appointment.ics",
                                             disposition="attachment")))


@mail(nm(33), family="non_interview_appointment", lang="en-IE", interview=False, company=None,
      days=(("Sat", "2026-10-17"),),
      note="Letting agent confirms a flat viewing at a fixed time; not a job interview.")
def k33():
    body = t("""
        Hi Aoife,

        Thanks for your enquiry on Daft. I can confirm your viewing:

        Apt 14, The Granary, Queen Street, Smithfield, Dublin 7
        Saturday 17 October at 12.30

        It's a group viewing so there may be a few others there. If you're interested afterwards, please
        bring photo ID, a landlord reference and two recent payslips - we'll be taking applications on
        the day.

        Regards,
        Darren Cusack
        Hooke & Kelly Lettings
        """)
    return msg([
        ("Received", rx("mail.hookekelly.ie", "78.143.140.21", "2026-10-14 15:02", D, "H00k3K3lly")),
        ("From", addr("Darren Cusack", "darren@hookekelly.ie")),
        ("To", ME),
        ("Subject", "Viewing confirmed - Apt 14 The Granary, Smithfield"),
        ("Date", date("2026-10-14 15:02", D)),
        ("Message-ID", "<20261014140201.4412@mail.hookekelly.ie>"),
    ], text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(nm(34), family="non_interview_appointment", lang="en-IE", interview=False, company=None,
      days=(("Fri", "2026-11-20"),),
      note="Garage confirms a car service drop-off at a fixed time; not a job interview.")
def k34():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p><img src="https://www.malonemotors.ie/img/logo.png" alt="Malone Motors" width="160"></p>
        <p>Dear Aoife Byrne,</p>
        <p>Thank you for booking with Malone Motors. Your service booking is confirmed.</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td>Vehicle</td><td>Toyota Corolla 1.8 Hybrid - 181-D-40921</td></tr>
        <tr><td>Service</td><td>Full service + pre-NCT check</td></tr>
        <tr><td>Drop-off</td><td>Friday 20 November 2026, 08:15</td></tr>
        <tr><td>Collection</td><td>From 16:30 the same day (we'll text you)</td></tr>
        <tr><td>Estimate</td><td>&euro;289.00 incl. VAT</td></tr>
        </table>
        <p>A courtesy shuttle to the Luas at Balally runs every 30 minutes from 08:00.</p>
        <p>Malone Motors, Sandyford Business Park, Dublin 18 &middot; 01 295 8810</p>
        </body></html>
        """)
    return msg([
        ("Received", rx("mail.dealerhub.ie", "185.93.12.44", "2026-11-16 09:41", D, "M4l0n3S3rv")),
        ("From", addr("Malone Motors Service", "service@malonemotors.ie")),
        ("To", ME),
        ("Subject", "Service booking confirmed - 181-D-40921 - Fri 20 Nov 08:15"),
        ("Date", date("2026-11-16 09:41", D)),
        ("Message-ID", "<dh.booking.600193@dealerhub.ie>"),
    ], html(page, charset="iso-8859-1"))


@mail(nm(35), family="non_interview_appointment", lang="en-IE+ga", interview=False, company=None,
      days=(("Tue", "2026-11-03"),),
      note="School app confirms a 10-minute parent-teacher meeting slot; fixed time, not a job interview.")
def k35():
    body = t("""
        A Thuismitheoir / Dear Parent,

        Your Parent-Teacher Meeting booking is confirmed.

        Pupil:     Oisín Byrne (Rang 2 / 2nd Class)
        Teacher:   Múinteoir Ní Bhriain
        Date:      Tuesday 3 November 2026
        Time:      16:20 - 16:30
        Room:      Seomra 4 (ground floor, enter by the yard gate)

        Please be on time as meetings run back to back. If you can no longer attend, cancel in the
        app so another family can take the slot.

        Go raibh maith agat,
        Scoil Bhríde N.S., Bóthar na Trá, Dublin 4

        This message was sent by SchoolConnect. Please do not reply.
        """)
    return msg([
        ("Received", rx("out.schoolconnect.ie", "52.49.210.17", "2026-10-27 19:32", D, "Sch00lC0nn")),
        ("From", addr("Scoil Bhríde N.S.", "noreply@schoolconnect.ie")),
        ("To", ME),
        ("Subject", enc("Cruinniú Tuismitheoirí / Parent-Teacher Meeting - booking confirmed")),
        ("Date", date("2026-10-27 19:32", D)),
        ("Message-ID", "<sc.ptm.8812.44109@schoolconnect.ie>"),
    ], text(body, cte="base64"))


@mail(nm(36), family="non_interview_calendar", lang="en-IE", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Google Calendar invitation from a colleague at her current job for the team Christmas lunch; fixed "
           "time with ICS, not an interview.")
def k36():
    body = t("""
        Fraud team Christmas lunch 🎄
        Friday 11 Dec 2026 ⋅ 13:00 – 16:00 (Greenwich Mean Time - Dublin)

        Using personal emails for this one so nobody's work calendar gets it! Table booked at
        The Ha'penny Tap upstairs. €45 a head, Kev is collecting on Revolut.

        Location
        The Ha'penny Tap, 12 Crow Street, Temple Bar, Dublin 2

        Organiser
        Aisling Treacy - aisling.treacy@example.com

        Reply for aoife.byrne@example.org
        Yes / No / Maybe / More options https://calendar.google.com/calendar/event?action=VIEW&eid=X21hcw

        Invitation from Google Calendar: https://calendar.google.com/calendar/
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        @VTZ@
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Dublin:20261211T130000
        DTEND;TZID=Europe/Dublin:20261211T160000
        DTSTAMP:20261119T201500Z
        ORGANIZER;CN=Aisling Treacy:mailto:aisling.treacy@example.com
        UID:7m2c8x4n1q9w3e5r6t0y@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aoife Byrne:mailto:{ME}
        SUMMARY:Fraud team Christmas lunch 🎄
        LOCATION:The Ha'penny Tap\\, 12 Crow Street\\, Temple Bar\\, Dublin 2
        SEQUENCE:0
        STATUS:CONFIRMED
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """).replace("@VTZ@", VTZ_DUBLIN)
    return msg([
        ("Received", rx("mail-sor-f73.google.com", "209.85.220.73", "2026-11-19 20:15", D, "Xm4sLunch1")),
        ("From", addr("Aisling Treacy", "aisling.treacy@example.com")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", enc("Invitation: Fraud team Christmas lunch 🎄 @ Fri 11 Dec 2026 13:00 - 16:00 (GMT) "
                        "(aoife.byrne@example.org)")),
        ("Date", date("2026-11-19 20:15", D)),
        ("Message-ID", "<calendar-1b2c3d4e-5f60-4718-9a2b-3c4d5e6f7a8b@google.com>"),
    ], mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="quoted-printable")),
             calendar(ics, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(nm(37), family="webinar", lang="en-IE", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="Zoom webinar registration about interview skills for fincrime roles; fixed time with ICS, not a job "
           "interview.")
def k37():
    body = t("""
        Hi Aoife,

        Thank you for registering for "Breaking into FinCrime: interview skills for fraud & AML roles".

        Please submit any questions to: events@irishfincrime.net

        Date Time: Oct 8, 2026 06:30 PM Dublin

        Join from PC, Mac, iPad, or Android: https://us02web.zoom.us/w/84410226633?tk=Yq1a
        Passcode: 338812

        Add to calendar: https://us02web.zoom.us/webinar/tZ0qd-ics?icsToken=98tyKu

        You can cancel your registration at any time.

        Irish FinCrime Network
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        BEGIN:VEVENT
        DTSTAMP:20261001T111200Z
        DTSTART:20261008T173000Z
        DTEND:20261008T190000Z
        SUMMARY:Breaking into FinCrime: interview skills for fraud & AML roles
        UID:20261001T111200Z-84410226633@fe80:0:0:0:0:0:0:1
        DESCRIPTION:Join from PC\\, Mac\\, iPad\\, or Android: https://us02web.zoom.us/w/84410226633
        LOCATION:https://us02web.zoom.us/w/84410226633
        END:VEVENT
        END:VCALENDAR
        """)
    return msg([
        ("Received", rx("mailout4.zoom.us", "170.114.10.81", "2026-10-01 12:12", D, "Z00mW3b1n4")),
        ("From", addr("Irish FinCrime Network", "no-reply@zoom.us")),
        ("Reply-To", "events@irishfincrime.net"),
        ("To", ME),
        ("Subject", "Breaking into FinCrime: interview skills for fraud & AML roles Confirmation"),
        ("Date", date("2026-10-01 12:12", D)),
        ("Message-ID", "<zw.reg.84410226633.aoife@zoom.us>"),
    ], mixed(text(body), calendar(ics, method="PUBLISH", filename="iCalendar.ics", disposition="attachment")))


@mail(nm(38), family="mock_interview", lang="en-IE", interview=False, company=None,
      days=(("Sat", "2026-11-21"),),
      note="Acuity Scheduling booking of a paid mock interview with a career coach; fixed time, not a job interview.")
def k38():
    body = t("""
        Hi Aoife,

        Your appointment is confirmed!

        What:   Mock interview + feedback (60 minutes)
        When:   Saturday, November 21, 2026 10:00am (Dublin time)
        With:   Brídín Carey, Career Coach
        Where:  Zoom - the link will be sent the evening before

        Before we meet, please send me the job spec of the role you're preparing for (the Emberline
        one you mentioned?) and I'll tailor the questions. We'll do 35 minutes of a realistic panel
        interview and then go through feedback.

        Need to make a change? Reschedule or cancel: https://app.acuityscheduling.com/schedule.php?owner=2291177&action=appt&id=c81f

        Brídín Carey Coaching
        bridin@careycoaching.ie
        """)
    return msg([
        ("Received", rx("mail.acuityscheduling.com", "198.2.188.34", "2026-11-14 18:05", D, "Acu1tyC04c")),
        ("From", addr("Brídín Carey Coaching", "no-reply@acuityscheduling.com")),
        ("Reply-To", addr("Brídín Carey", "bridin@careycoaching.ie")),
        ("To", ME),
        ("Subject", "Confirmed: Mock interview + feedback (60 minutes) on Saturday, November 21, 2026"),
        ("Date", date("2026-11-14 18:05", D)),
        ("Message-ID", "<acuity.2291177.c81f.confirm@acuityscheduling.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(nm(39), family="interviewer_panel", lang="en-IE", interview=False, company=None,
      days=(("Fri", "2026-10-16"),),
      note="She forwards from her work address a Greenhouse notice that SHE is on the panel interviewing a "
           "candidate at her current employer; fixed time, but not her job interview.")
def k39():
    body = t("""
        so I remember to read his CV on the Dart

        ---------- Forwarded message ---------
        From: Greenhouse <no-reply@greenhouse.io>
        Date: Mon, 12 Oct 2026 at 15:40
        Subject: You're scheduled to interview Tomás Fahy for Fraud Analyst II
        To: <aoife.byrne@cobaltcards.ie>


        Hi Aoife,

        You've been scheduled to interview Tomás Fahy for Fraud Analyst II.

        Interview: Technical - Rules design
        Date: Friday, October 16, 2026
        Time: 2:00 PM - 2:45 PM IST
        Location: Meeting room Liffey 3 / Teams

        Your interview kit, with the focus attributes and questions, is here:
        https://app.greenhouse.io/guides/88120047/people/551903?application_id=7712009

        Please submit your scorecard within 24 hours of the interview.

        Thanks,
        Cobalt Card Services Recruiting
        """)
    return msg([
        ("Received", rx("mail-db3eur04on2049.outbound.protection.outlook.com", "40.107.6.49", "2026-10-12 15:47",
                        D, "P4n3lF4hy1")),
        ("From", addr("Aoife Byrne", "aoife.byrne@cobaltcards.ie")),
        ("To", addr("Aoife Byrne", ME)),
        ("Subject", enc("FW: You're scheduled to interview Tomás Fahy for Fraud Analyst II", "iso-8859-1")),
        ("Date", date("2026-10-12 15:47", D)),
        ("Message-ID", "<DB3PR04MB9011F2E3D4C5B6A7F8E9D0C1B2A3F@DB3PR04MB9011.eurprd04.prod.outlook.com>"),
    ], text(body, charset="iso-8859-1"))


@mail(nm(40), family="auto_reply", lang="en-IE", interview=False, company="Lir Bank",
      days=(("Mon", "2026-10-12"),),
      note="Out-of-office auto-reply from the Lir Bank recruiter to Aoife's question about her Workday "
           "interview (thread); no interview content of its own.")
def k40():
    body = t("""
        Thank you for your email. I am out of the office on annual leave until Monday 12 October with
        limited access to email.

        For urgent recruitment queries please contact the Talent Acquisition team on +353 1 639 4000.

        Niamh O'Connor
        Talent Acquisition | Lir Bank
        """)
    return msg([
        ("Received", rx("mail-am6eur05on2101.outbound.protection.outlook.com", "40.107.22.101",
                        "2026-10-08 20:31", D, "00fL1rB4nk")),
        ("From", addr("Niamh O'Connor", "niamh.oconnor@lirbank.ie")),
        ("To", addr("Aoife Byrne", ME)),
        ("Subject", "Automatic reply: Interview Confirmation - Fraud Strategy Analyst (R-0048817)"),
        ("Date", date("2026-10-08 20:31", D)),
        ("Message-ID", "<AM6PR05MB7177E1D2C3B4A5968778695A4B3C2@AM6PR05MB7177.eurprd05.prod.outlook.com>"),
        ("In-Reply-To", "<CAHf7x2Vv1rK9mW3pQ0bN8cX4zL6jH2gF5dS7aE1tY9uI@mail.gmail.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("Thread-Topic", "Interview Confirmation - Fraud Strategy Analyst (R-0048817)"),
    ], alt(text(body), html(gmail_html(body))))


@mail(nm(41), family="bounce", lang="en", interview=False, company=None,
      days=(("Mon", "2026-11-23"),),
      note="Delivery failure (multipart/report) for Aoife's own reply accepting the Plinth Pay slot 'Monday 23rd "
           "at 3' - sent to a mistyped address; the returned message is hers, not a confirmation.")
def k41():
    original = msg([
        ("From", addr("Aoife Byrne", ME)),
        ("To", addr("Rory Keegan", "rory.keegan@plinthpay.com")),
        ("Subject", "Re: Interview: Aoife Byrne / Plinth Pay - Fraud Operations Lead"),
        ("Date", date("2026-11-17 11:01", D)),
        ("Message-ID", "<CAHf7x2Ra8kP4mQ1vN7bX3cZ9lJ5hG0fD2sA6eT8yU1iO@mail.gmail.com>"),
    ], text(t("""
        Hi Rory,

        No problem at all - Monday 23rd at 3 works perfectly. See you then.

        Aoife
        """), cte="7bit"))
    notice = t("""
        ** Address not found **

        Your message wasn't delivered to rory.keegan@plinthpay.com because the domain plinthpay.com
        couldn't be found. Check for typos or unnecessary spaces and try again.

        The response from the remote server was:
        DNS Error: DNS type 'mx' lookup of plinthpay.com responded with code NXDOMAIN
        """)
    status = t("""
        Reporting-MTA: dns; googlemail.com
        Arrival-Date: Tue, 17 Nov 2026 03:01:12 -0800 (PST)

        Final-Recipient: rfc822; rory.keegan@plinthpay.com
        Action: failed
        Status: 5.1.2
        Diagnostic-Code: smtp; DNS type 'mx' lookup of plinthpay.com responded with code NXDOMAIN
        Last-Attempt-Date: Tue, 17 Nov 2026 03:01:13 -0800 (PST)
        """)
    report = make.multipart("report", text(notice, cte="7bit"),
                            raw_part([("Content-Type", "message/delivery-status")], status),
                            attached_message(original), params="report-type=delivery-status")
    return msg([
        ("Received", rx("mail-sor-f41.google.com", "209.85.220.41", "2026-11-17 11:01", D, "B0unc3Pl1n", lag=14)),
        ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
        ("To", ME),
        ("Subject", "Delivery Status Notification (Failure)"),
        ("Date", date("2026-11-17 11:01", D)),
        ("Message-ID", "<6a3b2c1d.050a0220.3f5e.9c41.GMR@mx.google.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("References", "<CAHf7x2Ra8kP4mQ1vN7bX3cZ9lJ5hG0fD2sA6eT8yU1iO@mail.gmail.com>"),
        ("In-Reply-To", "<CAHf7x2Ra8kP4mQ1vN7bX3cZ9lJ5hG0fD2sA6eT8yU1iO@mail.gmail.com>"),
    ], report)


@mail(nm(42), family="mailing_list", lang="en-IE", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Meetup mailing-list announcement (groups.io, List-Id) with a fixed time and 'speed mock interviews' "
           "for job hunters; not her interview.")
def k42():
    body = t("""
        Hi all,

        November meetup is on! Thanks to Corbel Bank for hosting again.

        When:  Thursday 26 November, 18:30 for 19:00 start
        Where: Corbel Bank, 9 Hatch Street Upper, Dublin 2 (sign in at security, bring ID)

        18:30  Pizza + chats
        19:00  "How mule herders recruit on TikTok" - Dr Nessa Lyons, DCU
        19:40  "Ten years of 3DS: what actually moved the needle" - Barry Kinsella
        20:15  Speed mock interviews for anyone job hunting (sign up at the door, 10 minutes each)

        RSVP on the meetup page so security have your name.

        Cheers,
        Eoin (on behalf of the organisers)

        -=-=-=-=-=-=-=-=-=-=-=-
        Groups.io Links: You receive all messages sent to this group.
        View/Reply Online (#412): https://groups.io/g/dubfraud/message/412
        Leave Group: https://groups.io/g/dubfraud/leave/1188
        -=-=-=-=-=-=-=-=-=-=-=-
        """)
    return msg([
        ("Received", rx("mail02.groups.io", "66.175.222.12", "2026-11-16 21:14", D, "Gr0up5I041")),
        ("From", addr("Eoin Mulcahy via groups.io", "eoin.mulcahy=example.net@groups.io")),
        ("Reply-To", "dubfraud@groups.io"),
        ("To", "dubfraud@groups.io"),
        ("Subject", "[DubFraud] November meetup: Thu 26 Nov - mule herders, 3DS and speed mock interviews"),
        ("Date", date("2026-11-16 21:14", D)),
        ("Message-ID", "<3Fm1.1763327640127113457.dW7p@groups.io>"),
        ("List-Id", "<dubfraud.groups.io>"),
        ("List-Unsubscribe", "<mailto:dubfraud+unsubscribe@groups.io>"),
        ("List-Post", "<mailto:dubfraud@groups.io>"),
        ("Precedence", "list"),
        ("Sender", "dubfraud@groups.io"),
    ], text(body))


@mail(nm(43), family="job_centre", lang="en-IE", interview=False, company=None,
      days=(("Wed", "2026-09-30"),),
      note="Public employment service letter (redundancy support at her current employer): 'one-to-one "
           "interview with an Employment Personal Adviser' at a fixed time. A job-centre appointment, not a job "
           "interview.")
def k43():
    body = t("""
        Our ref: ES/DSC/2026/118804

        Dear Ms Byrne,

        Redundancy support - Cobalt Card Services (Dublin operations)

        Following the notification of collective redundancies by your employer, you are invited to a
        one-to-one interview with an Employment Personal Adviser to discuss your options, including
        further education, training grants and job-search supports.

        Date:     Wednesday 30 September 2026
        Time:     10:15
        Place:    Employment Services Office, Cork Street, Dublin 8 (ground floor, desk 6)
        Adviser:  Ms Bernadette Kiely

        Please bring photo ID, your PPS number and a copy of your CV if you have one. The interview
        usually lasts about 45 minutes.

        If you cannot attend, please phone 01 704 3300 or reply to this email at least one working day
        beforehand.

        Is mise le meas,
        Employment Services - Dublin South Central
        Department of Employment Affairs

        This email and any files transmitted with it are confidential.
        """)
    return msg([
        ("Received", rx("mailgw2.gov.ie", "193.1.200.52", "2026-09-22 14:35", D, "3mpL0yS3rv")),
        ("From", addr("Employment Services Dublin South Central", "dsc.employmentservices@welfare.gov.example")),
        ("To", addr("Aoife Byrne", ME)),
        ("Subject", "Appointment: Redundancy support interview - 30/09/2026 10:15"),
        ("Date", date("2026-09-22 14:35", D)),
        ("Message-ID", "<ES.DSC.118804.20260922143500@welfare.gov.example>"),
    ], text(body, charset="windows-1252", cte="8bit"))


@mail(nm(44), family="press", lang="en-IE", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="A reporter confirms a phone interview with Aoife for a feature on APP scams; fixed time but she is "
           "the interviewee for a newspaper, not for a job.")
def k44():
    body = t("""
        Hi Aoife,

        Thanks so much for agreeing to talk to me - it's really hard to get people who actually work
        in fraud teams to go on the record, even anonymously.

        Just confirming our interview for Thursday (1 October) at 1pm - I'll ring you on the mobile
        number you gave me. Should be 20-30 minutes. As agreed, you'll be quoted as "a fraud analyst
        at a Dublin payments company" and I'll read you back any quotes before we publish.

        The piece is running in the Sunday edition on the 11th.

        Thanks again,
        Clodagh

        Clodagh Reddy
        Consumer Affairs Correspondent | The Sunday Ledger
        @clodaghreddy
        """)
    return msg([
        ("Received", rx("mail-wr1-f45.google.com", "209.85.221.45", "2026-09-28 16:44", D, "Pr3ssCl0d4")),
        ("From", addr("Clodagh Reddy", "clodagh.reddy@sundayledger.ie")),
        ("To", addr("Aoife Byrne", ME)),
        ("Subject", "Re: APP scams piece - interview Thursday"),
        ("Date", date("2026-09-28 16:44", D)),
        ("Message-ID", "<CAJr3ddy7Q1mX9pL2vB8cN4kS6tY0uI3oP5aD1fG7hJ2kZ@mail.gmail.com>"),
        ("In-Reply-To", "<CAHf7x2Pp3nM8kQ2vB7cX1zL5jH9gF4dS6aE0tY2uI8oW@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(nm(45), family="podcast", lang="en-GB", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Podcast host confirms a recording session (Riverside) with Aoife as guest; fixed time, not a job "
           "interview.")
def k45():
    body = t("""
        Hi Aoife,

        Brilliant - you're booked in as our guest for episode 88 of Chargeback Chats!

        Recording: Tuesday 10 November, 17:00-18:00 GMT
        Studio link: https://riverside.fm/studio/chargeback-chats?t=8c31a0
        Topic: "Friendly fraud is not friendly" - first-party fraud and how analysts spot it

        A few practical bits: wired headphones if you have them, a quiet room, and Chrome rather
        than Safari. We'll do a 5-minute sound check and then chat for about 45 minutes. I'll send
        you the rough question list on Friday so nothing catches you off guard.

        Cheers,
        Femi

        Femi Adebayo
        Host, Chargeback Chats
        """)
    return msg([
        ("Received", rx("mail-lf1-f50.google.com", "209.85.167.50", "2026-11-03 12:07", L, "P0dc4stF3m")),
        ("From", addr("Femi Adebayo", "femi@chargebackchats.fm")),
        ("To", addr("Aoife Byrne", ME)),
        ("Subject", "You're booked: Chargeback Chats ep. 88 recording"),
        ("Date", date("2026-11-03 12:07", L)),
        ("Message-ID", "<CAFem1Adb88xQ3mK7pL1vB9cN5zS2tY8uI4oP6aD0fG3hJ@mail.gmail.com>"),
    ], text(body, cte="8bit"))


@mail(nm(46), family="admission_interview", lang="en-IE", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Business school confirms an Executive MBA admission interview at a fixed time (with ICS); an "
           "admissions interview, not a job interview.")
def k46():
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#222">
        <p>Dear Aoife,</p>
        <p>Thank you for your application to the <b>Executive MBA (part-time, 2027 intake)</b> at Dunmore Business School.
        The admissions committee would like to meet you, and we are pleased to confirm your admission interview:</p>
        <p style="margin-left:20px"><b>Thursday 19 November 2026, 16:00 - 16:40</b><br>
        Dunmore Business School, Fitzwilliam Campus, Room G.12<br>
        Interviewers: Prof. Niall Harte (Academic Director) and Ms Yvonne Keogh (Admissions)</p>
        <p>The interview is a conversation about your career to date, your goals for the programme and how you
        will balance study with work. Please bring a copy of your CV.</p>
        <p>Le gach dea-ghuí,<br>MBA Admissions Office<br>Dunmore Business School</p>
        </body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Technolutions//Slate//EN
        METHOD:PUBLISH
        @VTZ@
        BEGIN:VEVENT
        UID:slate-interview-22817-{ME}
        DTSTAMP:20261110T101500Z
        DTSTART;TZID=Europe/Dublin:20261119T160000
        DTEND;TZID=Europe/Dublin:20261119T164000
        SUMMARY:Executive MBA admission interview - Dunmore Business School
        LOCATION:Fitzwilliam Campus\\, Room G.12
        END:VEVENT
        END:VCALENDAR
        """).replace("@VTZ@", VTZ_DUBLIN)
    return msg([
        ("Received", rx("mx.slate-mail.org", "52.204.12.99", "2026-11-10 10:15", D, "Mb4Adm1ss1")),
        ("From", addr("Dunmore Business School MBA Admissions", "mba.admissions@dunmore.ie")),
        ("To", ME),
        ("Subject", "Executive MBA - admission interview confirmed"),
        ("Date", date("2026-11-10 10:15", D)),
        ("Message-ID", "<slate.22817.20261110101500@dunmore.ie>"),
    ], mixed(html(page), calendar(ics, method="PUBLISH", filename="interview.ics", disposition="attachment")))


@mail(nm(47), family="sports_trial", lang="en-IE", interview=False, company=None,
      days=(("Sat", "2026-09-12"),),
      note="Camogie club confirms a trial for the intermediate panel at a fixed time; a sports try-out, not a "
           "job interview.")
def k47():
    body = t("""
        Hi Aoife,

        Great to hear from you, and welcome back to Dublin! Yes, you're on the list for the trial
        for the intermediate panel:

        Saturday 12th September, 10am sharp
        Clanbrassil Park, Crumlin (pitch 2)

        Bring boots, helmet, hurl and a water bottle. We'll do a warm-up, some drills and a 15-a-side
        game, then Marie and the selectors will have a chat with each of you afterwards about where
        you'd fit in. Membership is €90 for the year if it goes well!

        Sinéad Ní Mhurchú
        Club Secretary, Clanbrassil Camogie Club
        """)
    return msg([
        ("Received", rx("mail-pf1-f176.google.com", "209.85.210.176", "2026-09-07 21:09", D, "C4m0g13Tr1")),
        ("From", addr("Sinéad Ní Mhurchú", "secretary.clanbrassil@example.com")),
        ("To", addr("Aoife Byrne", ME)),
        ("Subject", "Re: Intermediate trials"),
        ("Date", date("2026-09-07 21:09", D)),
        ("Message-ID", "<CAC4m0g1eTr1aLs2q7mK9pX3vB5cN1zS8tY4uI6oP0aD@mail.gmail.com>"),
    ], alt(text(body, charset="iso-8859-15"), html(gmail_html(body), charset="iso-8859-15")))


@mail(nm(48), family="bank_appointment", lang="en-IE", interview=False, company=None,
      days=(("Wed", "2026-11-04"),),
      note="Credit union confirms a loan appointment with a lending officer at a fixed time; not a job interview.")
def k48():
    body = t("""
        Dear Aoife,

        Thank you for your loan enquiry. We are pleased to confirm your appointment with one of our
        Lending Officers:

        Date:  Wednesday, 4 November 2026
        Time:  12:15
        With:  Brian Gallagher, Lending Officer
        Where: Rathgar & District Credit Union, 88 Rathgar Road, Dublin 6

        To help us process your application on the day, please bring:
        - 3 months' bank statements and 2 recent payslips
        - Photo ID and proof of address
        - Your contract of employment or, if applicable, a letter confirming your notice/redundancy terms

        Rathgar & District Credit Union Limited is regulated by the Central Bank of Ireland.
        """)
    return msg([
        ("Received", rx("smtp.cuservices.ie", "87.232.1.40", "2026-10-29 11:20", D, "CUl04nAp01")),
        ("From", addr("Rathgar & District Credit Union", "loans@rathgarcu.ie")),
        ("To", ME),
        ("Subject", "Your loan appointment - Wednesday 4 November at 12:15"),
        ("Date", date("2026-10-29 11:20", D)),
        ("Message-ID", "<rdcu.loan.appt.30419@rathgarcu.ie>"),
    ], text(body, charset="iso-8859-15"))


@mail(nm(49), family="forwarded_other", lang="en-IE", interview=False, company=None,
      days=(("Mon", "2026-11-23"), ("Sun", "2026-11-22")),
      note="Her flatmate forwards HER OWN Workday interview confirmation (Mon 23 Nov 09:30) asking for help "
           "preparing; a confirmed job interview, but not the inbox owner's.")
def k49():
    body = t("""
        Aoife!!! I got an interview 😱 any chance you could do a practice run with me Sunday night?
        You're so good at this stuff. Will buy the wine

        S x

        ---------- Forwarded message ---------
        From: Gallan & Co <gallanco@myworkday.com>
        Date: Tue, 17 Nov 2026 at 10:02
        Subject: Interview Confirmation - Audit Associate, Financial Services (R-12280)
        To: <saoirse.kav@example.net>


        Dear Saoirse,

        We are pleased to confirm your interview for the position of Audit Associate, Financial Services.

        Date: Monday, 23 November 2026
        Time: 9:30 AM - 10:30 AM GMT
        Location: Gallan & Co, 3 Dublin Landings, North Wall Quay, Dublin 1

        Kind regards,
        Gallan & Co Talent Acquisition
        """)
    return msg([
        ("Received", rx("mail-yw1-f170.google.com", "209.85.128.170", "2026-11-17 19:48", D, "S4o1rs3Fwd")),
        ("From", addr("Saoirse Kavanagh", "saoirse.kav@example.net")),
        ("To", addr("Aoife Byrne", ME)),
        ("Subject", "Fwd: Interview Confirmation - Audit Associate, Financial Services (R-12280)"),
        ("Date", date("2026-11-17 19:48", D)),
        ("Message-ID", "<CAS4o1rs3Kav9xQ2mK7pL1vB3cN8zS5tY0uI4oP2aD6fG@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(nm(50), family="volunteer_interview", lang="en-IE", interview=False, company=None,
      days=(("Sat", "2026-12-05"),),
      note="Charity helpline confirms a volunteer selection interview at a fixed time (plus Garda vetting "
           "forms); a volunteer interview, not a job interview.")
def k50():
    body = t("""
        Dear Aoife,

        Thank you for applying to volunteer with Dublin Listening Line. We were delighted to receive your
        application and would like to invite you to a selection interview:

            Saturday 5 December 2026 at 11:00
            Dublin Listening Line, 14 Mountjoy Square, Dublin 1

        The interview is an informal conversation of around 40 minutes with two of our volunteer
        coordinators. Afterwards we'll give you the Garda vetting forms (NVB1), which need to be
        completed before training starts in January.

        If this time no longer suits, reply to this email and we'll find another slot.

        With thanks,
        Gemma Doran
        Volunteer Coordinator, Dublin Listening Line
        Registered Charity Number 20011234
        """)
    return msg([
        ("Received", rx("mail.dublinlisteningline.ie", "46.22.130.7", "2026-11-28 10:32", D, "V0lunt33r5")),
        ("From", addr("Gemma Doran", "gemma.doran@dublinlisteningline.ie")),
        ("To", addr("Aoife Byrne", ME)),
        ("Subject", "Volunteer selection interview - Saturday 5 December"),
        ("Date", date("2026-11-28 10:32", D)),
        ("Message-ID", "<20261128103201.GD4417@dublinlisteningline.ie>"),
    ], text(body, cte="quoted-printable"))
