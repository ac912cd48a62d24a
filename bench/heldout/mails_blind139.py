"""blind139: a blind 50-mail held-out set, the inbox of Liam Walker, a cloud platform engineer in
Auckland (September to mid-December 2026).

Written by a helper session that had not read the detector, its tests, or any other held-out set.
Build and check: ``python3 bench/heldout/make_blind.py blind139``.
"""

from __future__ import annotations

import hashlib
import random

import make
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
)

ORDER = random.Random(1390139).sample(range(1, 51), 50)

# Exchange writes the Windows zone name; CLDR maps it (territory 001) to Pacific/Auckland.
make.WINDOWS_ZONES.setdefault("New Zealand Standard Time", "Pacific/Auckland")


def N(key: int) -> str:
    """The file name of the mail written key-th."""
    return f"blind139_{ORDER[key - 1]:03d}"


LIAM = "liam.walker@example.org"
LIAM_H = "Liam Walker <liam.walker@example.org>"
AKL = "Pacific/Auckland"
SYD = "Australia/Sydney"
MEL = "Australia/Melbourne"
LA = "America/Los_Angeles"

VTZ_NZ_WIN = """BEGIN:VTIMEZONE
TZID:New Zealand Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+1300
TZOFFSETTO:+1200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+1200
TZOFFSETTO:+1300
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=9
END:DAYLIGHT
END:VTIMEZONE"""

VTZ_AUS_WIN = """BEGIN:VTIMEZONE
TZID:AUS Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+1100
TZOFFSETTO:+1000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+1000
TZOFFSETTO:+1100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10
END:DAYLIGHT
END:VTIMEZONE"""

VTZ_MEL = """BEGIN:VTIMEZONE
TZID:Australia/Melbourne
X-LIC-LOCATION:Australia/Melbourne
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


def _id(seed: str) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()


def heads(frm: str, subject: str, when: str, zone: str, mid: str, *, relay: str, to: str = LIAM_H,
          extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8") -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then the extra headers."""
    ident = f"mx1.example.org (Postfix) with ESMTPS id {_id(mid)[:11].upper()}"
    return [
        ("Delivered-To", LIAM),
        ("Received", received(relay, when, zone, ident, LIAM)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


# =========================================================================== positives (1-23)


@mail(N(1), family="greenhouse", lang="en-NZ", interview=True, kind="scheduled",
      start="2026-09-13T22:00:00Z", end="2026-09-13T23:00:00Z",
      contact="hana.kereama@rangitotobank.co.nz", company="Rangitoto Bank",
      local="Mon 2026-09-14 10:00", local_end="2026-09-14 11:00", zone=AKL,
      note="Greenhouse confirmation sent via greenhouse-mail.io; Mon 14 Sep 10:00-11:00 NZST (UTC+12, "
           "before NZ daylight time on 27 Sep) = 13 Sep 22:00Z, the previous day in UTC; ICS agrees; "
           "contact = human Reply-To recruiter")
def p01() -> bytes:
    body = t("""
        Kia ora Liam,

        Thanks for making time to meet with us. Your interview for Senior Cloud Platform Engineer
        is confirmed:

        Date: Monday, 14 September 2026
        Time: 10:00am - 11:00am NZST (Auckland)
        Where: Rangitoto Bank, Level 9, 31 Quay Lane, Auckland CBD - please sign in at
        reception on the ground floor and ask for Hana.

        You'll meet:
          Ben Tuilagi - Platform Engineering Manager
          Sophie Lang - Principal Engineer, Cloud Foundations

        The conversation is mostly about your experience running Kubernetes and AWS landing
        zones at scale, plus a short whiteboard exercise. No prep needed beyond that.

        If anything changes, just reply to this email.

        Ngā mihi,
        Hana Kereama
        Talent Partner, Technology | Rangitoto Bank
    """)
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Kia ora Liam,</p>
        <p>Thanks for making time to meet with us. Your interview for <b>Senior Cloud Platform Engineer</b>
        is confirmed:</p>
        <table cellpadding="4">
        <tr><td><b>Date</b></td><td>Monday, 14 September 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00am - 11:00am NZST (Auckland)</td></tr>
        <tr><td><b>Where</b></td><td>Rangitoto Bank, Level 9, 31 Quay Lane, Auckland CBD &ndash; please sign in at
        reception on the ground floor and ask for Hana.</td></tr>
        </table>
        <p>You&#39;ll meet:<br>Ben Tuilagi &ndash; Platform Engineering Manager<br>
        Sophie Lang &ndash; Principal Engineer, Cloud Foundations</p>
        <p>The conversation is mostly about your experience running Kubernetes and AWS landing
        zones at scale, plus a short whiteboard exercise. No prep needed beyond that.</p>
        <p>If anything changes, just reply to this email.</p>
        <p>Ng&#257; mihi,<br>Hana Kereama<br>Talent Partner, Technology | Rangitoto Bank</p>
        </body></html>
    """)
    ics = VTZ["Pacific/Auckland"]
    cal = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {{TZ}}
        BEGIN:VEVENT
        UID:gh-interview-88410273@greenhouse.io
        DTSTAMP:20260908T021200Z
        DTSTART;TZID=Pacific/Auckland:20260914T100000
        DTEND;TZID=Pacific/Auckland:20260914T110000
        SEQUENCE:0
        SUMMARY:Interview: Senior Cloud Platform Engineer - Rangitoto Bank
        LOCATION:Level 9\\, 31 Quay Lane\\, Auckland CBD
        ORGANIZER;CN=Hana Kereama:mailto:hana.kereama@rangitotobank.co.nz
        ATTENDEE;CN=Liam Walker;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{LIAM}
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """).replace("{TZ}", ics)
    hs = heads(addr("Hana Kereama", "no-reply@us.greenhouse-mail.io"),
               "Interview confirmation: Senior Cloud Platform Engineer at Rangitoto Bank",
               "2026-09-08 14:12", AKL, "<gh.88410273.3f1c2a@us.greenhouse-mail.io>",
               relay="from o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [198.51.100.12])",
               extra=(("Reply-To", addr("Hana Kereama", "hana.kereama@rangitotobank.co.nz")),))
    return message(hs, mixed(alt(text(body), html(htm)),
                             calendar(cal, filename="invite.ics", disposition="attachment")))


@mail(N(2), family="lever", lang="en-AU", interview=True, kind="scheduled",
      start="2026-10-05T00:00:00Z", end="2026-10-05T00:45:00Z",
      contact="priya.naidu@paddockpay.com.au", company="Paddock Pay",
      local="Mon 2026-10-05 11:00", local_end="2026-10-05 11:45", zone=SYD,
      note="Lever confirmation sent Wed 30 Sep in AEST (+10); interview Mon 5 Oct 11:00-11:45 AEDT: "
           "Sydney daylight time starts Sun 4 Oct, so +11 -> 00:00Z; body also gives 1:00pm NZDT "
           "(+13), consistent; ICS in UTC; contact = Reply-To recruiter")
def p02() -> bytes:
    body = t("""
        Hi Liam,

        Thanks for confirming a time! Here are the details for your video interview with
        Paddock Pay.

        Role: Senior Platform Engineer (Remote, AU/NZ)
        When: Monday, October 5, 2026, 11:00 AM - 11:45 AM AEDT (Sydney)
              (that's 1:00 PM - 1:45 PM in Auckland)
        Where: Google Meet - https://meet.google.com/pdk-wxqa-rty
        Interviewer: Callum O'Shea, Head of Infrastructure

        Heads up: Sydney moves to daylight saving time on Sunday 4 October, so the calendar
        invite below is already in AEDT.

        Good luck!
        Priya Naidu
        Talent Acquisition, Paddock Pay

        --
        Sent with Lever. Reply to this message to reach Priya directly.
    """)
    htm = "".join(f"<p>{para.replace(chr(10), '<br>')}</p>\n" for para in body.strip().split("\n\n"))
    htm = f'<!DOCTYPE html><html><body style="font-family:Helvetica,sans-serif">\n{htm}</body></html>\n'
    cal = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Lever//Lever Interview//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:lever-7c9e2b40-0d6f-4b55-9a3e-a1f6b2c0e913
        DTSTAMP:20260930T062000Z
        DTSTART:20261005T000000Z
        DTEND:20261005T004500Z
        SUMMARY:Paddock Pay - Senior Platform Engineer interview (Callum O'Shea)
        LOCATION:https://meet.google.com/pdk-wxqa-rty
        ORGANIZER;CN=Priya Naidu:mailto:priya.naidu@paddockpay.com.au
        ATTENDEE;CN=Liam Walker;RSVP=TRUE:mailto:{LIAM}
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
    """)
    hs = heads(addr("Paddock Pay", "no-reply@hire.lever.co"),
               "Your interview with Paddock Pay is confirmed", "2026-09-30 16:20", SYD,
               "<0100019b3c8e0f2a-5d1f9e1c-7c2a-4c0b-8f3e-6a7b2d1c0e94-000000@email.amazonses.com>",
               relay="from a8-51.smtp-out.amazonses.com (a8-51.smtp-out.amazonses.com [54.240.8.51])",
               extra=(("Reply-To", addr("Priya Naidu", "priya.naidu@paddockpay.com.au")),))
    return message(hs, mixed(alt(text(body, cte="8bit"), html(htm)),
                             calendar(cal, filename="interview.ics", disposition="attachment")))


@mail(N(3), family="ashby", lang="en-US", interview=True, kind="scheduled",
      start="2026-10-20T21:00:00Z", end="2026-10-20T22:00:00Z",
      contact="marcus.bell@driftline.io", company="Driftline",
      local="Tue 2026-10-20 14:00", local_end="2026-10-20 15:00", zone=LA,
      note="Ashby confirmation from a San Francisco remote-first company: Tue 20 Oct 2:00-3:00 PM PDT "
           "(-7) = 21:00Z; for Liam it is Wed 21 Oct 10:00 NZDT (stated too, another day); ICS in UTC; "
           "contact = Reply-To coordinator")
def p03() -> bytes:
    body = t("""
        Hi Liam,

        You're all set! Your interview with Driftline has been scheduled.

        Systems Design Interview - Staff Platform Engineer (Remote)
        Tuesday, October 20, 2026
        2:00 PM - 3:00 PM PDT
        (Wednesday, October 21, 10:00 AM - 11:00 AM NZDT in Auckland)

        Location: Zoom - https://driftline.zoom.us/j/83310457721

        Interviewers:
          Renee Okafor - Engineering Manager, Infrastructure
          Dev Patel - Staff Engineer

        Need to reschedule? Reply to this email and Marcus Bell will help.

        Driftline Recruiting
    """)
    htm = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:-apple-system,Segoe UI,sans-serif;color:#1b1b1f">
        <h2 style="font-size:18px">You're all set!</h2>
        <p>Hi Liam,</p><p>Your interview with Driftline has been scheduled.</p>
        <div style="border:1px solid #e3e3e8;border-radius:8px;padding:16px">
        <div style="font-weight:600">Systems Design Interview &#8211; Staff Platform Engineer (Remote)</div>
        <div>Tuesday, October 20, 2026</div>
        <div>2:00 PM &#8211; 3:00 PM PDT</div>
        <div style="color:#6b6b76">(Wednesday, October 21, 10:00 AM &#8211; 11:00 AM NZDT in Auckland)</div>
        <div>Zoom &#8211; <a href="https://driftline.zoom.us/j/83310457721">driftline.zoom.us/j/83310457721</a></div>
        </div>
        <p>Interviewers: Renee Okafor (Engineering Manager, Infrastructure), Dev Patel (Staff Engineer)</p>
        <p>Need to reschedule? Reply to this email and Marcus Bell will help.</p>
        <p>Driftline Recruiting</p>
        <p style="font-size:11px;color:#999">Powered by Ashby</p>
        </body></html>
    """)
    cal = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:5b0e2f6c-91d4-4e8a-b7a3-2c6d0f4e8a17
        DTSTAMP:20261015T180200Z
        DTSTART:20261020T210000Z
        DTEND:20261020T220000Z
        SEQUENCE:0
        SUMMARY:Driftline - Systems Design Interview (Liam Walker)
        LOCATION:https://driftline.zoom.us/j/83310457721
        ORGANIZER;CN=Marcus Bell:mailto:marcus.bell@driftline.io
        ATTENDEE;CN=Liam Walker;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{LIAM}
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    hs = heads(addr("Driftline", "no-reply@ashbyhq.com"),
               "Interview scheduled: Staff Platform Engineer (Remote) at Driftline",
               "2026-10-15 11:02", LA,
               "<0100019c7a21e5d3-8e2f4a61-3b7c-4d9e-a2f1-9c8b7a6d5e43-000000@email.amazonses.com>",
               relay="from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
               extra=(("Reply-To", addr("Marcus Bell", "marcus.bell@driftline.io")),))
    return message(hs, mixed(alt(text(body), html(htm)),
                             calendar(cal, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(4), family="workday", lang="en-NZ", interview=True, kind="scheduled",
      start="2026-09-23T21:30:00Z", end="2026-09-23T22:30:00Z",
      contact="sarah.pomare@kaimaidairy.co.nz", company="Kaimai Dairy Co-operative",
      local="Thu 2026-09-24 09:30", local_end="2026-09-24 10:30", zone=AKL,
      note="Workday HTML-only (base64) from the tenant mailbox; 24/09/2026 9:30-10:30 AM (GMT+12:00) "
           "NZST = 23 Sep 21:30Z (previous day in UTC); contact = the recruiter address in the body")
def p04() -> bytes:
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333">
        <table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
        <tr><td style="background:#00573f;color:#fff;padding:14px;font-size:16px">Kaimai Dairy Co-operative Careers</td></tr>
        <tr><td style="padding:18px">
        <p>Dear Liam Walker,</p>
        <p>Thank you for your interest in the <b>Cloud Infrastructure Engineer (JR-04418)</b> position.
        We are pleased to confirm your interview as follows:</p>
        <p><b>Interview Type:</b> Panel Interview (Microsoft Teams)<br>
        <b>Date:</b> 24/09/2026<br>
        <b>Time:</b> 9:30 AM - 10:30 AM (GMT+12:00) New Zealand Time<br>
        <b>Panel:</b> Grant McAlister (IT Infrastructure Manager), Sarah Pomare (Talent Advisor)</p>
        <p>A Teams link will be sent by the panel separately. If you have any questions please contact
        Sarah Pomare at <a href="mailto:sarah.pomare@kaimaidairy.co.nz">sarah.pomare@kaimaidairy.co.nz</a>.</p>
        <p>You can review your application at any time in the <a href="https://kaimaidairy.wd3.myworkdayjobs.com/en-US/careers/userHome">Candidate Home</a>.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Kaimai Dairy Co-operative</p>
        </td></tr>
        <tr><td style="padding:10px;font-size:11px;color:#888">This email was sent from an unmonitored mailbox. Please do not reply.</td></tr>
        </table>
        </body></html>
    """)
    hs = heads(addr("Kaimai Dairy Co-operative", "kaimaidairy@myworkday.com"),
               "Interview Confirmation - Cloud Infrastructure Engineer (JR-04418)",
               "2026-09-17 10:48", AKL, "<1946372281.88412.1789685280334@wd3-prod-tenant-smtp.myworkday.com>",
               relay="from wd3-smtp-out.myworkday.com (wd3-smtp-out.myworkday.com [203.0.113.31])")
    return message(hs, html(htm, cte="base64"))


@mail(N(5), family="smartrecruiters", lang="en-NZ", interview=True, kind="scheduled",
      start="2026-09-29T00:30:00Z", end=None,
      contact="tom.ashworth@ferncastle.co.nz", company="Ferncastle Insurance",
      local="Tue 2026-09-29 13:30", zone=AKL,
      note="SmartRecruiters, sent Thu 24 Sep in NZST (+12); interview Tue 29 Sep 1:30 PM NZDT: NZ daylight "
           "time starts Sun 27 Sep, so +13 -> 00:30Z; 'approximately 1 hour' -> end null; contact = the "
           "hiring manager's address in the body (sender is no-reply)")
def p05() -> bytes:
    body = t("""
        Hi Liam,

        Great news - we would like to invite you to an interview for the position of
        DevOps Engineer - Claims Platform (Wellington or hybrid).

        Your interview has been scheduled for:

            Tuesday, 29 September 2026 at 1:30 PM (NZDT, Wellington)
            Duration: approximately 1 hour
            Location: Ferncastle House, 88 Featherston Street, Wellington - Level 4 meeting room "Kapiti"

        Please note that New Zealand daylight saving begins on Sunday 27 September, so the time
        above is already in daylight time.

        Interviewers: Tom Ashworth (Engineering Lead) and Mele Fifita (People & Culture).
        If you need anything before then, Tom can be reached at tom.ashworth@ferncastle.co.nz.

        Best regards,
        Ferncastle Insurance Talent Team

        This message was sent to you via SmartRecruiters on behalf of Ferncastle Insurance.
    """)
    hs = heads(addr("Ferncastle Insurance", "no-reply@smartrecruiters.com"),
               "Interview invitation: DevOps Engineer - Claims Platform", "2026-09-24 15:30", AKL,
               "<20260924033012.6a1e0b4c9d.1779@smartrecruiters.com>",
               relay="from mail-out3.smartrecruiters.com (mail-out3.smartrecruiters.com [203.0.113.77])")
    return message(hs, text(body, charset="iso-8859-1"))


@mail(N(6), family="exchange_outlook", lang="en-NZ", interview=True, kind="scheduled",
      start="2026-10-06T21:00:00Z", end="2026-10-06T22:00:00Z",
      contact="aroha.ngata@prda.govt.nz", company="Public Records Digital Agency",
      local="Wed 2026-10-07 10:00", local_end="2026-10-07 11:00", zone=AKL,
      note="Exchange meeting request from a government agency; the time is only in the ICS: TZID 'New "
           "Zealand Standard Time' (Windows name, Pacific/Auckland) 20261007T100000, i.e. 10:00 NZDT "
           "(+13) = 6 Oct 21:00Z; contact = human ORGANIZER/sender")
def p06() -> bytes:
    body = t("""
        Kia ora Liam,

        As discussed on the phone this morning, please accept this invite for your interview for the
        Cloud Platform Lead role (PRDA-2231). The panel will be Mere Tipene (Chief Digital Officer),
        James Fraser (Architecture) and me.

        If you would prefer to come into the office rather than join online, let me know and I will
        book a room at 45 Lambton Quay.

        Ngā mihi
        Aroha Ngāta
        Senior Recruitment Advisor | Public Records Digital Agency
        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzQ2>
        Meeting ID: 421 338 905 117
        Passcode: 7hVb2N
        Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web
        ________________________________________________________________________________
    """)
    cal = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {{TZ}}
        BEGIN:VEVENT
        ORGANIZER;CN=Aroha Ngāta:mailto:aroha.ngata@prda.govt.nz
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Liam Walker:mailto:{LIAM}
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mere Tipene:mailto:mere.tipene@prda.govt.nz
        DESCRIPTION;LANGUAGE=en-NZ:Kia ora Liam\\, As discussed on the phone this morning\\, please accept this invite for your interview.\\n
        UID:040000008200E00074C5B7101A82E00800000000A0F1C3D4E851DC01000000000000000010000000B2C6A3F41E0D7B4A9F0E3D2C1B0A9988
        SUMMARY;LANGUAGE=en-NZ:Interview - Cloud Platform Lead (PRDA-2231) - Liam Walker
        DTSTART;TZID=New Zealand Standard Time:20261007T100000
        DTEND;TZID=New Zealand Standard Time:20261007T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261001T222000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-NZ:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2118470932
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
    """).replace("{TZ}", VTZ_NZ_WIN)
    hs = heads(addr("Aroha Ngāta", "aroha.ngata@prda.govt.nz"),
               "Interview - Cloud Platform Lead (PRDA-2231) - Liam Walker", "2026-10-02 11:20", AKL,
               "<SY4P282MB1877D2C0A4E1B6F0C9A3E1B2D4C5A@SY4P282MB1877.AUSP282.PROD.OUTLOOK.COM>",
               relay="from AUS01-SY4-obe.outbound.protection.outlook.com (mail-sy4aus01on2112.outbound.protection.outlook.com [40.107.107.112])",
               extra=(("Thread-Topic", "Interview - Cloud Platform Lead (PRDA-2231) - Liam Walker"),
                      ("Thread-Index", "AdtUk3VhQ2y0b1RfTa6Xc0wqRmEw1A=="),
                      ("Content-Language", "en-NZ"),
                      ("X-MS-Has-Attach", ""),
                      ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), calendar(cal, cte="base64")))


@mail(N(7), family="calendly", lang="en-AU", interview=True, kind="scheduled",
      start="2026-10-14T22:00:00Z", end="2026-10-14T22:30:00Z",
      contact="jess.romano@brightsidecloud.com.au", company="Brightside Cloud Consulting",
      local="Thu 2026-10-15 11:00", local_end="2026-10-15 11:30", zone=AKL,
      note="Calendly invitee confirmation for a Melbourne consultancy, shown in the invitee's zone: Thu 15 "
           "Oct 11:00-11:30 New Zealand Time (NZDT +13) = 14 Oct 22:00Z (= 9:00 AEDT Melbourne); Date "
           "header in UTC; contact = host Reply-To")
def p07() -> bytes:
    body = t("""
        Hi Liam Walker,

        A new event has been scheduled.

        Event Type:
        Interview - Senior Platform Engineer (30 min)

        Invitee:
        Liam Walker
        liam.walker@example.org

        Event Date/Time:
        11:00am - 11:30am (New Zealand Time), Thursday, October 15, 2026

        Location:
        This is a Microsoft Teams web conference. Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Bs7

        Host:
        Jess Romano, Principal Consultant - Brightside Cloud Consulting (Melbourne)

        Questions and answers:
        1. What are you hoping to talk about?
           Platform role on the Azure team, AKS experience.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/3c5f8a1e-77b2-4f0c-9d2e
        Reschedule: https://calendly.com/reschedulings/3c5f8a1e-77b2-4f0c-9d2e

        Powered by Calendly.com
    """)
    cal = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:3c5f8a1e-77b2-4f0c-9d2e-0b1a6c4e8f21@calendly.com
        DTSTAMP:20261008T231400Z
        DTSTART:20261014T220000Z
        DTEND:20261014T223000Z
        SUMMARY:Interview - Senior Platform Engineer (30 min) between Jess Romano and Liam Walker
        ORGANIZER;CN=Jess Romano:mailto:jess.romano@brightsidecloud.com.au
        ATTENDEE;CN=Liam Walker;RSVP=TRUE:mailto:{LIAM}
        LOCATION:Microsoft Teams
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    hs = heads(addr("Calendly", "notifications@calendly.com"),
               "New Event: Liam Walker - 11:00am Thu, Oct 15, 2026 - Interview - Senior Platform Engineer (30 min)",
               "2026-10-08 23:14", "UTC", "<sbeZ2kqlQ0yT7Hc9fJ1rAw@geopod-ismtpd-17>",
               relay="from o3.email.calendly.com (o3.email.calendly.com [198.51.100.33])",
               extra=(("Reply-To", addr("Jess Romano", "jess.romano@brightsidecloud.com.au")),))
    return message(hs, mixed(text(body, cte="7bit"),
                             calendar(cal, filename="invite.ics", disposition="attachment")))


@mail(N(8), family="teamtailor", lang="en-NZ", interview=True, kind="scheduled",
      start="2026-11-02T02:00:00Z", end="2026-11-02T03:00:00Z",
      contact="nikau.harris@geckoforge.games", company="Gecko Forge Games",
      local="Mon 2026-11-02 15:00", local_end="2026-11-02 16:00", zone=AKL,
      note="Teamtailor booking for a Wellington game studio: Monday 2 November 15:00-16:00 "
           "(Pacific/Auckland, NZDT +13) = 02:00Z; Reply-To is a Teamtailor relay, so contact = the "
           "recruiter's address in the signature")
def p08() -> bytes:
    body = t("""
        Kia ora Liam!

        Your interview for Senior Infrastructure Engineer (Online Services) at Gecko Forge Games
        has been booked.

        When: Monday 2 November 2026, 15:00 - 16:00 (Pacific/Auckland)
        Where: Our studio, 14 Tory Street, Te Aro, Wellington (we'll have coffee on)
        Who: Nikau Harris (Talent) and Yuki Tanaka (Lead Online Engineer)

        We'll chat about how you'd keep our game servers happy on launch day - expect some
        questions about autoscaling, matchmaking backends and on-call.

        See you soon!
        Nikau Harris
        Talent & Culture, Gecko Forge Games
        nikau.harris@geckoforge.games
    """)
    htm = gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Inter,Arial,sans-serif">')
    cal = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Teamtailor Interview//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:tt-interview-4471209@teamtailor.com
        DTSTAMP:20261026T204100Z
        DTSTART:20261102T020000Z
        DTEND:20261102T030000Z
        SUMMARY:Interview Gecko Forge Games - Senior Infrastructure Engineer
        LOCATION:14 Tory Street\\, Te Aro\\, Wellington
        ORGANIZER;CN=Nikau Harris:mailto:nikau.harris@geckoforge.games
        ATTENDEE;CN=Liam Walker;RSVP=TRUE:mailto:{LIAM}
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    hs = heads(addr("Gecko Forge Games", "no-reply@teamtailor-mail.com"),
               "Interview booked: Senior Infrastructure Engineer (Online Services)", "2026-10-27 09:41", AKL,
               "<6f3b1a0e2c8d4e59@teamtailor-mail.com>",
               relay="from mail-out.teamtailor-mail.com (mail-out.teamtailor-mail.com [198.51.100.71])",
               extra=(("Reply-To", "reply+c4471209-9e7a2f@teamtailor-mail.com"),))
    return message(hs, mixed(alt(text(body), html(htm)), calendar(cal, filename="interview.ics",
                                                                    disposition="attachment")))


@mail(N(9), family="human_prose", lang="en-NZ", interview=True, kind="scheduled",
      start="2026-10-22T01:00:00Z", end=None,
      contact="brooke.tamatea@kauritalent.co.nz", company="Matariki Logistics",
      local="Thu 2026-10-22 14:00", zone=AKL,
      note="Agency recruiter's phone reply: 'all locked in for tomorrow at 2pm' against Date Wed 21 Oct "
           "(NZDT) -> Thu 22 Oct 14:00 NZDT (+13) = 01:00Z; quoted thread has the proposal and Liam's "
           "yes; company = the client (hiring company), contact = recruiter sender")
def p09() -> bytes:
    body = t("""
        Awesome, all locked in for tomorrow at 2pm with Matariki Logistics - Rawiri (CIO) and
        Jen from their infra team. Their office is 22 Ashby Rd in Penrose, visitor parking out
        front. Il flick you a call after to debrief :)

        B

        Sent from my iPhone

        > On 21/10/2026, at 9:52 AM, Liam Walker <liam.walker@example.org> wrote:
        >
        > Hi Brooke, tomorrow 2pm works for me. Is it at their Penrose office?
        >
        > Cheers, Liam
        >
        >> On 20/10/2026, at 4:31 PM, Brooke Tamatea <brooke.tamatea@kauritalent.co.nz> wrote:
        >>
        >> Hey Liam, Matariki loved your CV. Could you do Thursday 2pm for a first interview?
        >>
        >> Brooke Tamatea | Senior Consultant, Technology
        >> Kauri Talent | 09 555 0142
    """)
    hs = heads(addr("Brooke Tamatea", "brooke.tamatea@kauritalent.co.nz"),
               "Re: Matariki Logistics - Platform Engineer", "2026-10-21 11:05", AKL,
               "<A7F3C2E1-4B9D-4E0A-8C6F-2D1B3A5E7F90@kauritalent.co.nz>",
               relay="from mail-sy3aus01on2090.outbound.protection.outlook.com ([40.107.108.90])",
               extra=(("In-Reply-To", "<CAL1w9Zq8Hk2vYx@mail.example.org>"),
                      ("References", "<B2E4A1C0-77D3-4F21-9E5A-1C3D2B4F6A88@kauritalent.co.nz> "
                                     "<CAL1w9Zq8Hk2vYx@mail.example.org>"),
                      ("X-Mailer", "iPhone Mail (22A3354)")))
    return message(hs, text(body, cte="7bit"))


@mail(N(10), family="human_prose", lang="en-AU", interview=True, kind="scheduled",
      start="2026-11-09T23:00:00Z", end="2026-11-09T23:45:00Z",
      contact="gareth.pryce@bluegumdata.com.au", company="Bluegum Data",
      local="Tue 2026-11-10 10:00", local_end="2026-11-10 10:45", zone=SYD,
      note="Sydney hiring manager, Outlook windows-1252 QP: 'next Tuesday (the 10th) at 10am Sydney time', "
           "45 minutes, against Date Wed 4 Nov AEDT -> Tue 10 Nov 10:00-10:45 AEDT (+11) = 9 Nov "
           "23:00Z (the previous day in UTC; 12:00 NZDT for Liam); contact = sender")
def p10() -> bytes:
    body = t("""
        Hi Liam,

        Thanks for getting back to me so quickly \u2013 really glad you\u2019re keen.

        Let\u2019s lock it in: next Tuesday (the 10th) at 10am Sydney time, which I think is midday for
        you in Auckland. We\u2019ll need 45 minutes. It\u2019ll be me and Anjali Rao from our SRE team, on
        Teams \u2013 I\u2019ll send the link separately from my calendar.

        We\u2019ll mostly talk through the Terraform/EKS migration on your CV and how you\u2019d approach our
        multi-account setup. Nothing to prepare.

        Cheers,
        Gareth

        Gareth Pryce
        Head of Cloud Engineering | Bluegum Data
        Level 14, 60 Margaret St, Sydney NSW 2000
        M +61 400 555 213

        From: Liam Walker <liam.walker@example.org>
        Sent: Wednesday, 4 November 2026 12:48 PM
        To: Gareth Pryce <gareth.pryce@bluegumdata.com.au>
        Subject: Re: Cloud Platform Engineer \u2013 Bluegum Data

        Hi Gareth,

        Thanks for reaching out. I\u2019d love to chat. Early next week suits me best, any time in your
        morning.

        Kind regards,
        Liam
    """)
    hs = heads(addr("Gareth Pryce", "gareth.pryce@bluegumdata.com.au"),
               "RE: Cloud Platform Engineer \u2013 Bluegum Data", "2026-11-04 15:22", SYD,
               "<ME3P282MB2214A8C1F0E9D7B6C5A4B3E2D1C0@ME3P282MB2214.AUSP282.PROD.OUTLOOK.COM>",
               relay="from AUS01-ME3-obe.outbound.protection.outlook.com (mail-me3aus01on2095.outbound.protection.outlook.com [40.107.108.95])",
               charset="windows-1252",
               extra=(("In-Reply-To", "<CAL4xPq7Wd9@mail.example.org>"),
                      ("Thread-Topic", enc("Cloud Platform Engineer \u2013 Bluegum Data", "windows-1252")),
                      ("Content-Language", "en-AU")))
    return message(hs, text(body, charset="windows-1252"))


@mail(N(11), family="google_calendar", lang="en-NZ", interview=True, kind="scheduled",
      start="2026-11-12T20:00:00Z", end="2026-11-12T21:00:00Z",
      contact="kate.donnelly@southernalps.io", company="Southern Alps Analytics",
      local="Fri 2026-11-13 09:00", local_end="2026-11-13 10:00", zone=AKL,
      note="Google Calendar invitation for an ALL-DAY event (DTSTART;VALUE=DATE 20261113); the time is "
           "only in the description: '9:00-10:00am' at the Christchurch office, NZDT (+13) -> 12 Nov "
           "20:00Z-21:00Z; contact = organizer")
def p11() -> bytes:
    desc = ("Hi Liam - I've blocked the whole day so it doesn't get double-booked, but we'll only need "
            "you 9:00-10:00am. Technical interview for the Cloud Data Platform Engineer role at our "
            "Addington office (Unit 3, 41 Show Place, Christchurch). Ask for Kate at the front desk.")
    body = t(f"""
        You have been invited to the following event.

        Interview: Liam Walker - Cloud Data Platform Engineer
        When
        Friday 13 Nov 2026
        Where
        Southern Alps Analytics, Unit 3, 41 Show Place, Addington, Christchurch
        Organiser
        Kate Donnelly - kate.donnelly@southernalps.io

        {desc}

        Guests
        Kate Donnelly - organiser
        Liam Walker
        Hemi Walsh
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=N2Q1bDQ5

        Reply for liam.walker@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=N2Q1bDQ5&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=N2Q1bDQ5&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=N2Q1bDQ5&rst=3

        Invitation from Google Calendar https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
    """)
    cal = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20261113
        DTEND;VALUE=DATE:20261114
        DTSTAMP:20261106T010300Z
        ORGANIZER;CN=Kate Donnelly:mailto:kate.donnelly@southernalps.io
        UID:7d5l49q2k1m3n8p0r6s4t2v9x1@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Kate Donnelly;X-NUM-GUESTS=0:mailto:kate.donnelly@southernalps.io
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Liam Walker;X-NUM-GUESTS=0:mailto:{LIAM}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hemi Walsh;X-NUM-GUESTS=0:mailto:hemi.walsh@southernalps.io
        CREATED:20261106T010200Z
        DESCRIPTION:{desc.replace(',', chr(92) + ',')}
        LAST-MODIFIED:20261106T010300Z
        LOCATION:Southern Alps Analytics\\, Unit 3\\, 41 Show Place\\, Addington\\, Christchurch
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Interview: Liam Walker - Cloud Data Platform Engineer
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
    """)
    hs = heads(addr("Kate Donnelly", "kate.donnelly@southernalps.io"),
               "Invitation: Interview: Liam Walker - Cloud Data Platform Engineer @ Fri 13 Nov 2026 "
               "(NZDT) (liam.walker@example.org)", "2026-11-06 14:03", AKL,
               "<calendar-6b1e0d52-3f7a-4c2e-9d81-5a4f3b2c1e07@google.com>",
               relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
               extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                      ("Reply-To", "kate.donnelly@southernalps.io")))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(cal)),
                             calendar(cal, method=None, ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(12), family="zoom", lang="en-US", interview=True, kind="scheduled",
      start="2026-11-04T23:00:00Z", end=None,
      contact="alyssa.grant@quillfeather.com", company="Quillfeather Labs",
      local="Wed 2026-11-04 15:00", zone=LA,
      note="US recruiter (mail sent Fri 30 Oct in PDT) pastes a Zoom invitation 'Nov 4, 2026 03:00 PM "
           "Pacific Time (US and Canada)': US daylight time ends 1 Nov, so PST (-8) -> 23:00Z; she "
           "adds 'Thursday noon in Auckland' (NZDT, another day); no duration -> end null")
def p12() -> bytes:
    body = t("""
        Hi Liam,

        Great speaking with you yesterday! As promised, here's the Zoom for your technical screen with
        Marco Ruiz (Engineering Manager, Developer Platform). Heads up that our clocks go back this
        weekend, so 3pm Pacific on Wednesday should be Thursday noon for you in Auckland - I double
        checked :)

        ---
        Alyssa Grant is inviting you to a scheduled Zoom meeting.

        Topic: Quillfeather Labs | Liam Walker <> Marco Ruiz - Technical Screen
        Time: Nov 4, 2026 03:00 PM Pacific Time (US and Canada)

        Join Zoom Meeting
        https://quillfeather.zoom.us/j/96142277810?pwd=bXk3dGZ1SkR3cE9yYjJ

        Meeting ID: 961 4227 7810
        Passcode: 553071
        ---

        Let me know if anything comes up.

        Alyssa Grant
        Senior Technical Recruiter | Quillfeather Labs
        Portland, OR | alyssa.grant@quillfeather.com
    """)
    hs = heads(addr("Alyssa Grant", "alyssa.grant@quillfeather.com"),
               "Zoom details - Quillfeather Labs technical screen", "2026-10-30 10:15", LA,
               "<CAGx7Rq2mF8vTz0L1+eWqK9pJd3sYh=bN5c@mail.gmail.com>",
               relay="from mail-pj1-f54.google.com (mail-pj1-f54.google.com [209.85.216.54])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(13), family="goodtime", lang="en-AU", interview=True, kind="scheduled",
      start="2026-11-18T23:00:00Z", end="2026-11-19T01:00:00Z",
      contact="olivia.chen@southbankenergy.com.au", company="Southbank Energy",
      local="Thu 2026-11-19 10:00", local_end="2026-11-19 12:00", zone=MEL,
      note="GoodTime itinerary (HTML only, QP), two sessions Thu 19 Nov 10:00-11:00 and 11:15-12:00 AEDT "
           "(Melbourne, +11): start = first start 18 Nov 23:00Z, end = last end 01:00Z; contact = "
           "coordinator Reply-To")
def p13() -> bytes:
    htm = t("""
        <html><body style="margin:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="580" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#222">
        <tr><td style="padding:24px">
        <p>Hi Liam,</p>
        <p>Your interviews with <strong>Southbank Energy</strong> for the <strong>Senior Site Reliability
        Engineer</strong> role are confirmed. Here is your itinerary:</p>
        <p style="font-size:16px"><strong>Thursday, 19 November 2026</strong><br>
        <span style="color:#666">All times Australian Eastern Daylight Time (Melbourne)</span></p>
        <table cellpadding="6" style="border-collapse:collapse;width:100%">
        <tr style="background:#eef2f7"><td>10:00 &ndash; 11:00</td><td>Technical deep dive<br><small>Farid Haddad, Principal SRE</small></td></tr>
        <tr><td>11:00 &ndash; 11:15</td><td>Break</td></tr>
        <tr style="background:#eef2f7"><td>11:15 &ndash; 12:00</td><td>Values &amp; ways of working<br><small>Claire Dunstan, Head of Platform</small></td></tr>
        </table>
        <p>Both sessions are on Zoom: <a href="https://southbankenergy.zoom.us/j/81877320014">southbankenergy.zoom.us/j/81877320014</a>
        (the same link for the whole morning). Calendar invitations will follow from each interviewer.</p>
        <p>Questions? Just reply &ndash; it goes to Olivia Chen, your recruiting coordinator.</p>
        <p>Best of luck,<br>Southbank Energy Talent Team</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#999">Scheduled with GoodTime</td></tr>
        </table></td></tr></table>
        </body></html>
    """)
    hs = heads(addr("Southbank Energy Recruiting", "notifications@goodtime.io"),
               "Your interview itinerary - Senior Site Reliability Engineer, Southbank Energy",
               "2026-11-12 13:37", MEL, "<20261112023712.1.c0a7f2e1b9d84a63@mg.goodtime.io>",
               relay="from m228-14.mailgun.net (m228-14.mailgun.net [159.135.228.14])",
               extra=(("Reply-To", addr("Olivia Chen", "olivia.chen@southbankenergy.com.au")),))
    return message(hs, html(htm))


@mail(N(14), family="personio", lang="en", interview=True, kind="scheduled",
      start="2026-12-01T08:00:00Z", end="2026-12-01T08:45:00Z",
      contact="lena.hoffmann@kestrel-telemetry.de", company="Kestrel Telemetry",
      local="Tue 2026-12-01 09:00", local_end="2026-12-01 09:45", zone="Europe/Berlin",
      note="Personio invitation from a Berlin remote-first company, iso-8859-15 QP: 01.12.2026 "
           "09:00-09:45 CET (+1) = 08:00Z = 21:00 NZDT the same day (stated); contact = Reply-To recruiter")
def p14() -> bytes:
    body = t("""
        Hi Liam,

        thank you for your application as Platform Engineer (Remote, APAC hours) - we'd love to get
        to know you better! I'm happy to confirm our first interview:

        Date:      Tuesday, 01.12.2026
        Time:      09:00 - 09:45 (CET, Berlin)
                   = 21:00 - 21:45 NZDT in Auckland
        Format:    Video call (Google Meet, link below)
        With:      Lena Hoffmann (Talent Acquisition) and Jonas Krüger (Team Lead Platform)

        https://meet.google.com/kst-mnbq-zpe

        We know evening calls aren't ideal - thanks for making it work. Our APAC team would mostly
        work in your daytime.

        Best regards / Viele Grüße
        Lena Hoffmann
        Talent Acquisition | Kestrel Telemetry GmbH
        Oranienstraße 185, 10999 Berlin

        Kestrel Telemetry GmbH · Geschäftsführer: Tobias Reimann · HRB 214477 B
        This e-mail was sent via Personio.
    """)
    hs = heads(addr("Kestrel Telemetry GmbH", "no-reply@personio.de"),
               "Einladung / Invitation: Interview Platform Engineer (Remote, APAC hours)",
               "2026-11-25 10:12", "Europe/Berlin", "<0102019d4b7e2a31-6c9f1e0d-5a3b-4e72-b8c1-d0e9f8a7b6c5@eu-central-1.amazonses.com>",
               relay="from b224-7.smtp-out.eu-central-1.amazonses.com (b224-7.smtp-out.eu-central-1.amazonses.com [69.169.224.7])",
               extra=(("Reply-To", addr("Lena Hoffmann", "lena.hoffmann@kestrel-telemetry.de")),))
    return message(hs, text(body, charset="iso-8859-15"))


@mail(N(15), family="workable", lang="en-NZ", interview=True, kind="scheduled",
      start="2026-12-06T22:30:00Z", end="2026-12-06T23:15:00Z",
      contact="ana.sione@pohutukawahealth.co.nz", company="Pōhutukawa Health",
      local="Mon 2026-12-07 11:30", local_end="2026-12-07 12:15", zone=AKL,
      note="Workable interview invitation, RFC 2047 sender name; Mon 7 Dec 11:30-12:15 NZDT (+13) = 6 Dec "
           "22:30Z (previous day in UTC); Reply-To is a Workable relay, contact = the address in the body")
def p15() -> bytes:
    body = t("""
        Kia ora Liam,

        Thanks for taking the time to apply for the Cloud Operations Engineer role at Pōhutukawa Health.

        We'd like to confirm your interview:

          Monday, 7 December 2026
          11:30 - 12:15 (Pacific/Auckland)
          Pōhutukawa Health, 120 Great South Road, Epsom, Auckland - Level 2 reception

        You'll meet Ana Sione (Infrastructure Manager) and Chris Wu (Security Lead). If you need to
        contact Ana directly, her email is ana.sione@pohutukawahealth.co.nz.

        Ngā mihi,
        Pōhutukawa Health Recruitment

        Sent via Workable
    """)
    htm = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5">
        <p>Kia ora Liam,</p>
        <p>Thanks for taking the time to apply for the <strong>Cloud Operations Engineer</strong> role at P&#333;hutukawa Health.</p>
        <p>We&#39;d like to confirm your interview:</p>
        <p style="padding-left:12px;border-left:3px solid #2f9e44">Monday, 7 December 2026<br>
        11:30 &ndash; 12:15 (Pacific/Auckland)<br>
        P&#333;hutukawa Health, 120 Great South Road, Epsom, Auckland &ndash; Level 2 reception</p>
        <p>You&#39;ll meet Ana Sione (Infrastructure Manager) and Chris Wu (Security Lead). If you need to
        contact Ana directly, her email is <a href="mailto:ana.sione@pohutukawahealth.co.nz">ana.sione@pohutukawahealth.co.nz</a>.</p>
        <p>Ng&#257; mihi,<br>P&#333;hutukawa Health Recruitment</p>
        <p style="color:#999;font-size:12px">Sent via Workable</p>
        </div>
    """)
    cal = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workable//Workable Calendar//EN
        METHOD:REQUEST
        {{TZ}}
        BEGIN:VEVENT
        UID:workable-event-9a41c07e22@workable.com
        DTSTAMP:20261201T001000Z
        DTSTART;TZID=Pacific/Auckland:20261207T113000
        DTEND;TZID=Pacific/Auckland:20261207T121500
        SUMMARY:Interview: Liam Walker - Cloud Operations Engineer
        LOCATION:120 Great South Road\\, Epsom\\, Auckland
        ORGANIZER;CN=Pōhutukawa Health:mailto:pohutukawa-health+e1f2a9@candidates.workablemail.com
        ATTENDEE;CN=Liam Walker;RSVP=TRUE:mailto:{LIAM}
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """).replace("{TZ}", VTZ["Pacific/Auckland"])
    hs = heads(addr("Pōhutukawa Health", "noreply@candidates.workablemail.com"),
               "Interview invitation: Cloud Operations Engineer at Pōhutukawa Health", "2026-12-01 13:10", AKL,
               "<9a41c07e22.1764547800.7731@candidates.workablemail.com>",
               relay="from mail-out-11.workablemail.com (mail-out-11.workablemail.com [198.51.100.111])",
               extra=(("Reply-To", "pohutukawa-health+e1f2a9@candidates.workablemail.com"),))
    return message(hs, mixed(alt(text(body), html(htm)),
                             calendar(cal, cte="8bit", filename="interview.ics", disposition="attachment")))


@mail(N(16), family="forward_self", lang="en-NZ", interview=True, kind="scheduled",
      start="2026-09-10T03:00:00Z", end=None,
      contact="fergus.lyall@tussock.systems", company="Tussock Systems",
      local="Thu 2026-09-10 15:00", zone=AKL,
      note="Liam forwards to himself (example.net -> example.org) a recruiter's confirmation as an attached "
           "message/rfc822: 'Thursday 10 Sept at 3pm' NZST (+12) = 03:00Z; sender is the candidate, so "
           "contact = the human From inside the forwarded message")
def p16() -> bytes:
    inner_body = t("""
        Hi Liam,

        Good to talk earlier. Confirming your interview with Tussock Systems for the Platform
        Engineer role: Thursday 10 Sept at 3pm, on Zoom (link below). It'll be me and our CTO,
        Ruth Baines.

        https://tussock.zoom.us/j/88121906633

        Cheers,
        Fergus Lyall
        Engineering Manager, Tussock Systems (Christchurch)
        027 555 0199
    """)
    inner = message([
        ("From", addr("Fergus Lyall", "fergus.lyall@tussock.systems")),
        ("To", addr("Liam Walker", "liam.walker@example.net")),
        ("Subject", "Interview Thursday - Tussock Systems"),
        ("Date", date("2026-09-07 16:48", AKL)),
        ("Message-ID", "<CAFh2kP9s0vX1c@mail.gmail.com>"),
    ], text(inner_body, cte="7bit"))
    note = t("""
        fwd to main inbox so I don't lose it
    """)
    hs = heads(addr("Liam Walker", "liam.walker@example.net"), "Fwd: Interview Thursday - Tussock Systems",
               "2026-09-08 08:30", AKL, "<b1d2e3f4a5c6@example.net>",
               relay="from smtp.example.net (smtp.example.net [192.0.2.25])")
    return message(hs, mixed(text(note, cte="7bit"), attached_message(inner, "Interview Thursday.eml")))


@mail(N(17), family="greenhouse", lang="en-NZ", interview=True, kind="rescheduled",
      start="2026-09-15T22:00:00Z", end="2026-09-15T23:00:00Z",
      contact="hana.kereama@rangitotobank.co.nz", company="Rangitoto Bank",
      local="Wed 2026-09-16 10:00", local_end="2026-09-16 11:00", zone=AKL,
      note="Greenhouse reschedule (same thread/UID as the Mon 14 Sep confirmation, SEQUENCE:1): old Mon 14 "
           "Sep 10:00 and new Wed 16 Sep 10:00-11:00 NZST (+12) both written; start = the new time, 15 Sep "
           "22:00Z; contact = Reply-To recruiter")
def p17() -> bytes:
    body = t("""
        Kia ora Liam,

        Apologies for the shuffle - Ben has been pulled into an incident review on Monday morning,
        so we have moved your interview for Senior Cloud Platform Engineer.

        Previous time: Monday, 14 September 2026, 10:00am - 11:00am NZST
        NEW time:      Wednesday, 16 September 2026, 10:00am - 11:00am NZST

        Everything else stays the same: Level 9, 31 Quay Lane, Auckland CBD, with Ben Tuilagi and
        Sophie Lang. An updated calendar invite is attached.

        Thanks for your flexibility,
        Hana Kereama
        Talent Partner, Technology | Rangitoto Bank
    """)
    cal = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {{TZ}}
        BEGIN:VEVENT
        UID:gh-interview-88410273@greenhouse.io
        DTSTAMP:20260910T210500Z
        DTSTART;TZID=Pacific/Auckland:20260916T100000
        DTEND;TZID=Pacific/Auckland:20260916T110000
        SEQUENCE:1
        SUMMARY:Interview: Senior Cloud Platform Engineer - Rangitoto Bank
        LOCATION:Level 9\\, 31 Quay Lane\\, Auckland CBD
        ORGANIZER;CN=Hana Kereama:mailto:hana.kereama@rangitotobank.co.nz
        ATTENDEE;CN=Liam Walker;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{LIAM}
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """).replace("{TZ}", VTZ["Pacific/Auckland"])
    hs = heads(addr("Hana Kereama", "no-reply@us.greenhouse-mail.io"),
               "Updated interview time: Senior Cloud Platform Engineer at Rangitoto Bank",
               "2026-09-11 09:05", AKL, "<gh.88410273.8d20e7@us.greenhouse-mail.io>",
               relay="from o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [198.51.100.12])",
               extra=(("Reply-To", addr("Hana Kereama", "hana.kereama@rangitotobank.co.nz")),
                      ("In-Reply-To", "<gh.88410273.3f1c2a@us.greenhouse-mail.io>")))
    return message(hs, mixed(text(body, cte="8bit"),
                             calendar(cal, filename="invite.ics", disposition="attachment")))


@mail(N(18), family="human_prose", lang="en-AU", interview=True, kind="rescheduled",
      start="2026-10-29T04:30:00Z", end=None,
      contact="sam.whitlock@yarrafreight.com.au", company="Yarra Freight Tech",
      local="Thu 2026-10-29 15:30", zone=MEL,
      note="Melbourne hiring manager moves the interview 'from Wednesday 2pm to Thursday at 3.30pm "
           "(Melbourne time)' against Date Mon 26 Oct AEDT -> Thu 29 Oct 15:30 AEDT (+11) = 04:30Z "
           "(17:30 NZDT); old time also written; no length -> end null; contact = sender")
def p18() -> bytes:
    body = t("""
        Hey Liam,

        Sorry to do this to you - I've got a board thing that's landed on Wednesday arvo, so I've
        moved our interview from Wednesday 2pm to Thursday at 3.30pm (Melbourne time, so 5.30pm
        for you I reckon). Same Teams link, I've updated the invite.

        If Thursday's a dud for you just yell and we'll find something else, but hopefully that works.

        Cheers
        Sam

        --
        Sam Whitlock
        Engineering Manager, Platform | Yarra Freight Tech
        Level 3, 500 Collins St, Melbourne VIC 3000
    """)
    hs = heads(addr("Sam Whitlock", "sam.whitlock@yarrafreight.com.au"),
               "Change of time - our interview this week", "2026-10-26 09:12", MEL,
               "<CAN3p+vQ7w2kLr8@mail.gmail.com>",
               relay="from mail-pl1-f178.google.com (mail-pl1-f178.google.com [209.85.214.178])")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(N(19), family="exchange_outlook", lang="en-AU", interview=True, kind="rescheduled",
      start="2026-12-09T03:00:00Z", end="2026-12-09T04:00:00Z",
      contact="dimitri.kostas@harbourline.com.au", company="Harbourline Insurance",
      local="Wed 2026-12-09 14:00", local_end="2026-12-09 15:00", zone=SYD,
      note="Outlook 'Updated' meeting request, TZID 'AUS Eastern Standard Time': the body shows the "
           "standard offset label '(UTC+10:00) Canberra, Melbourne, Sydney' but in December Sydney is "
           "AEDT (+11), so Wed 9 Dec 14:00-15:00 = 03:00Z-04:00Z (ICS agrees); old Tue 8 Dec 1pm "
           "written too; contact = organizer/sender")
def p19() -> bytes:
    body = t("""
        When: Wednesday, 9 December 2026 2:00 PM-3:00 PM (UTC+10:00) Canberra, Melbourne, Sydney.
        Where: Microsoft Teams Meeting

        Changed: originally Tuesday, 8 December 2026 1:00 PM-2:00 PM

        Hi Liam,

        Moving our final-round interview to Wednesday afternoon as Priyanka from Risk can't make
        Tuesday. Same panel otherwise. Apologies for the late change.

        Thanks,
        Dimitri

        Dimitri Kostas | Head of Cloud Infrastructure
        Harbourline Insurance | 1 Barangaroo Ave, Sydney NSW 2000

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ODk4>
        Meeting ID: 388 120 664 902
        Passcode: Qx7mL2
        ________________________________________________________________________________
    """)
    cal = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {{TZ}}
        BEGIN:VEVENT
        ORGANIZER;CN=Dimitri Kostas:mailto:dimitri.kostas@harbourline.com.au
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Liam Walker:mailto:{LIAM}
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Priyanka Menon:mailto:priyanka.menon@harbourline.com.au
        UID:040000008200E00074C5B7101A82E0080000000050C2A7E1F07BDD01000000000000000010000000E4B1C9D2A3F4E5D6C7B8A9F0E1D2C3B4
        SUMMARY;LANGUAGE=en-AU:Final interview - Liam Walker - Senior Cloud Engineer
        DTSTART;TZID=AUS Eastern Standard Time:20261209T140000
        DTEND;TZID=AUS Eastern Standard Time:20261209T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261203T054500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:2
        LOCATION;LANGUAGE=en-AU:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-OWNERAPPTID:-1944023711
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
    """).replace("{TZ}", VTZ_AUS_WIN)
    hs = heads(addr("Dimitri Kostas", "dimitri.kostas@harbourline.com.au"),
               "Updated: Final interview - Liam Walker - Senior Cloud Engineer", "2026-12-03 16:45", SYD,
               "<SY5P282MB4410F1E2D3C4B5A69788A7B6C5D4E3F2@SY5P282MB4410.AUSP282.PROD.OUTLOOK.COM>",
               relay="from AUS01-SY5-obe.outbound.protection.outlook.com (mail-sy5aus01on2131.outbound.protection.outlook.com [40.107.109.131])",
               extra=(("Thread-Topic", "Final interview - Liam Walker - Senior Cloud Engineer"),
                      ("Thread-Index", "AdtkQ1x0Vb3C8m2eR5u7Y9pLw0ZkHgABcD3e"),
                      ("Content-Language", "en-AU")))
    return message(hs, alt(text(body, cte="quoted-printable"),
                           calendar(cal, cte="base64")))


@mail(N(20), family="icims", lang="en-US", interview=True, kind="rescheduled",
      start="2026-11-30T21:00:00Z", end="2026-11-30T22:00:00Z",
      contact="jordan.pike@cobaltline.com", company="Cobaltline Software",
      local="Mon 2026-11-30 13:00", local_end="2026-11-30 14:00", zone=LA,
      note="iCIMS reschedule from a Seattle company: previous Wed Nov 25 1:00 PM PST, new Mon Nov 30 "
           "1:00 PM PST (-8) for 60 minutes = 21:00Z-22:00Z (Tue 1 Dec 10:00 NZDT for Liam); ICS in "
           "UTC; contact = recruiter address in the body (sender is the iCIMS mailbox)")
def p20() -> bytes:
    htm = t("""
        <html><body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <p>Dear Liam,</p>
        <p>Your interview for <b>Senior Cloud Platform Engineer (Req 2026-3318)</b> with Cobaltline Software
        has been <b>rescheduled</b>.</p>
        <table border="0" cellpadding="3">
        <tr><td>Previous date/time:</td><td><s>Wednesday, November 25, 2026 1:00 PM PST</s></td></tr>
        <tr><td>New date/time:</td><td><b>Monday, November 30, 2026 1:00 PM PST</b></td></tr>
        <tr><td>Duration:</td><td>60 minutes</td></tr>
        <tr><td>Format:</td><td>Video (Microsoft Teams; link in the attached invitation)</td></tr>
        <tr><td>Interviewer(s):</td><td>Hannah Lowe, Director of Cloud Operations</td></tr>
        </table>
        <p>Since you are based in New Zealand, please double-check the time in your own calendar.
        If you have any questions, please contact your recruiter, Jordan Pike, at
        <a href="mailto:jordan.pike@cobaltline.com">jordan.pike@cobaltline.com</a>.</p>
        <p>Sincerely,<br>Cobaltline Software Talent Acquisition</p>
        <p style="font-size:10px;color:#777">This message was sent from an unattended mailbox. Please do not reply.</p>
        </body></html>
    """)
    cal = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//iCIMS//Interview Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:icims-int-5521987-cobaltline
        DTSTAMP:20261124T234000Z
        DTSTART:20261130T210000Z
        DTEND:20261130T220000Z
        SEQUENCE:1
        SUMMARY:Interview - Senior Cloud Platform Engineer (Req 2026-3318)
        ORGANIZER;CN=Jordan Pike:mailto:jordan.pike@cobaltline.com
        ATTENDEE;CN=Liam Walker;RSVP=TRUE:mailto:{LIAM}
        LOCATION:Microsoft Teams
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    hs = heads(addr("Cobaltline Software", "cobaltline@talent.icims.com"),
               "Interview Rescheduled - Senior Cloud Platform Engineer (Req 2026-3318)",
               "2026-11-24 15:40", LA, "<1532771041.554218.1795563600112.JavaMail.icims@talent.icims.com>",
               relay="from mail5.icims.com (mail5.icims.com [198.51.100.205])")
    return message(hs, mixed(html(htm, charset="iso-8859-1"),
                             calendar(cal, filename="interview.ics", disposition="attachment")))


@mail(N(21), family="google_calendar", lang="en-NZ", interview=True, kind="cancelled",
      start="2026-11-17T21:00:00Z", end="2026-11-17T21:45:00Z",
      contact="rhys.morgan@tasmanenergy.co.nz", company="Tasman Energy",
      local="Wed 2026-11-18 10:00", local_end="2026-11-18 10:45", zone=AKL,
      note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) of Wed 18 Nov 10:00-10:45 "
           "NZDT (+13) = 17 Nov 21:00Z; start = the cancelled slot; no new time; contact = organizer")
def p21() -> bytes:
    body = t("""
        This event has been cancelled.

        Interview: Liam Walker / Tasman Energy - Cloud Engineer
        When
        Wednesday 18 Nov 2026 10am - 10:45am (New Zealand Time - Auckland)
        Organiser
        Rhys Morgan - rhys.morgan@tasmanenergy.co.nz

        Guests
        Rhys Morgan - organiser
        Liam Walker

        Invitation from Google Calendar https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
    """)
    cal = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        DTSTART:20261117T210000Z
        DTEND:20261117T214500Z
        DTSTAMP:20261115T193000Z
        ORGANIZER;CN=Rhys Morgan:mailto:rhys.morgan@tasmanenergy.co.nz
        UID:2q8f0v6b4n1m7k3j9h5g2d0s8a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Liam Walker;X-NUM-GUESTS=0:mailto:{LIAM}
        CREATED:20261109T040000Z
        LAST-MODIFIED:20261115T193000Z
        LOCATION:https://meet.google.com/tsm-hqvr-eko
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Interview: Liam Walker / Tasman Energy - Cloud Engineer
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
    """)
    hs = heads(addr("Rhys Morgan", "rhys.morgan@tasmanenergy.co.nz"),
               "Cancelled event: Interview: Liam Walker / Tasman Energy - Cloud Engineer @ Wed 18 Nov 2026 "
               "10am - 10:45am (NZDT) (liam.walker@example.org)", "2026-11-16 08:30", AKL,
               "<calendar-0e7d9c2b-5a41-4f86-b3d2-71c8e6f5a490@google.com>",
               relay="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
               extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                      ("Reply-To", "rhys.morgan@tasmanenergy.co.nz")))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(cal, method="CANCEL")),
                             calendar(cal, method=None, ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(22), family="human_prose", lang="en-NZ", interview=True, kind="cancelled",
      start="2026-12-03T22:00:00Z", end=None,
      contact="dylan.mackay@southerncrossrec.co.nz", company="Korimako Software",
      local="Fri 2026-12-04 11:00", zone=AKL,
      note="Agency recruiter cancels 'Friday's 11am interview' with the client (role on hold), no new time; "
           "Date Tue 1 Dec NZDT -> Fri 4 Dec 11:00 NZDT (+13) = 3 Dec 22:00Z; company = the client; "
           "contact = recruiter sender")
def p22() -> bytes:
    body = t("""
        Hi Liam,

        Bad news I'm afraid - Korimako have just told me they've put the Platform Engineer role on
        hold until their funding round closes, so Friday's 11am interview with them is cancelled.
        Really sorry, I know you'd done a bunch of prep for it.

        They were genuinely keen on you, and I'll be straight on the phone if it comes back in the
        new year. In the meantime I've got a couple of other Wellington roles I think you'd suit -
        I'll send them through tomorrow.

        Cheers,
        Dylan

        Dylan Mackay
        Principal Consultant | Southern Cross Recruitment
        Level 6, 2 Woodward Street, Wellington
        04 555 0177 | dylan.mackay@southerncrossrec.co.nz
    """)
    hs = heads(addr("Dylan Mackay", "dylan.mackay@southerncrossrec.co.nz"),
               "Korimako - Friday cancelled :(", "2026-12-01 10:20", AKL,
               "<ME2P282MB0933C9B8A7F6E5D4C3B2A1F0E9D8C7B6@ME2P282MB0933.AUSP282.PROD.OUTLOOK.COM>",
               relay="from AUS01-ME2-obe.outbound.protection.outlook.com (mail-me2aus01on2070.outbound.protection.outlook.com [40.107.107.70])")
    htm = "<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</div></body></html>\n"
    return message(hs, alt(text(body, charset="windows-1252"), html(htm, charset="windows-1252")))


@mail(N(23), family="taleo", lang="en-NZ", interview=True, kind="cancelled",
      start="2026-09-22T02:00:00Z", end=None,
      contact="mihi.rawiri@tamakitransit.govt.nz", company="Tāmaki Transit Authority",
      local="Tue 2026-09-22 14:00", zone=AKL,
      note="Taleo cancellation (HTML only, base64, RFC 2047 sender): '22-Sep-2026 2:00 PM (GMT+12:00) "
           "Auckland, Wellington' = NZST (before 27 Sep) -> 02:00Z; start = the cancelled slot; a new "
           "time is promised but not given; contact = coordinator address in the body")
def p23() -> bytes:
    htm = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px">
        <p><img src="https://tamakitransit.taleo.net/careersection/theme/logo_tta.png" alt="Tāmaki Transit Authority"></p>
        <p>Dear Liam Walker,</p>
        <p>We regret to inform you that the interview for the position <b>Cloud Platform Engineer (TTA-00917)</b>
        scheduled for <b>22-Sep-2026 2:00 PM (GMT+12:00) Auckland, Wellington</b> at
        Tāmaki Transit Authority, 20 Viaduct Harbour Avenue, Auckland, has been <b>cancelled</b>
        because of a change in the interview panel's availability.</p>
        <p>Our recruitment coordinator will contact you to arrange a new time. If you have any questions
        in the meantime, please contact Mihi Rāwiri at
        <a href="mailto:mihi.rawiri@tamakitransit.govt.nz">mihi.rawiri@tamakitransit.govt.nz</a>.</p>
        <p>Kind regards,<br>Recruitment Team<br>Tāmaki Transit Authority</p>
        <p style="font-size:10px;color:#888">Please do not reply to this message. This mailbox is not monitored.</p>
        </body></html>
    """)
    hs = heads(addr("Tāmaki Transit Authority", "tamakitransit@taleo.net"),
               "Interview cancelled - Cloud Platform Engineer (TTA-00917)", "2026-09-18 12:02", AKL,
               "<1873020411.2291.1789778520477.JavaMail.taleo@phx.taleo.net>",
               relay="from smtp-out2.taleo.net (smtp-out2.taleo.net [198.51.100.142])")
    return message(hs, html(htm, cte="base64"))


# =========================================================================== negatives (24-50)


@mail(N(24), family="rejection", lang="en-AU", interview=False, company="Paddock Pay",
      days=(("Mon", "2026-10-05"),),
      note="Lever rejection after the Mon 5 Oct interview (same thread as the confirmation); mentions the "
           "past interview date only")
def n24() -> bytes:
    body = t("""
        Hi Liam,

        Thank you for taking the time to interview with us on Monday 5 October for the Senior
        Platform Engineer role - Callum really enjoyed the conversation.

        After a lot of discussion we've decided to move forward with another candidate whose
        experience with card-scheme integrations was a closer match for where the team is right now.
        This was a genuinely close call, and we'd love to keep in touch for future roles.

        All the best with your search,
        Priya Naidu
        Talent Acquisition, Paddock Pay
    """)
    hs = heads(addr("Paddock Pay", "no-reply@hire.lever.co"),
               "Update on your application - Paddock Pay", "2026-10-13 10:05", SYD,
               "<0100019c01aa7e5b-2b8f6d3e-4a1c-4e97-9d0b-c3a2f1e0d9b8-000000@email.amazonses.com>",
               relay="from a8-77.smtp-out.amazonses.com (a8-77.smtp-out.amazonses.com [54.240.8.77])",
               extra=(("Reply-To", addr("Priya Naidu", "priya.naidu@paddockpay.com.au")),))
    return message(hs, text(body))


@mail(N(25), family="offer", lang="en-NZ", interview=False, company="Kaimai Dairy Co-operative",
      days=(("Fri", "2026-10-16"), ("Mon", "2026-11-16")),
      note="Workday offer letter notification: mentions the past interview, a response deadline (Fri 16 "
           "Oct 5pm) and a start date; no interview to attend")
def n25() -> bytes:
    htm = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333">
        <p>Dear Liam,</p>
        <p>Following your interview with Grant and Sarah, we are delighted to offer you the position of
        <b>Cloud Infrastructure Engineer</b> at Kaimai Dairy Co-operative, based in Hamilton with two days
        a week from home.</p>
        <p>Your offer letter and employment agreement are available in your Workday inbox. Please review
        and accept or decline by <b>5:00 PM on Friday 16 October 2026</b>. The proposed start date is
        Monday 16 November 2026.</p>
        <p>If you'd like to talk anything through, Sarah Pomare (sarah.pomare@kaimaidairy.co.nz) is happy
        to take your call.</p>
        <p>Congratulations!<br>Talent Acquisition<br>Kaimai Dairy Co-operative</p>
        <p style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox.</p>
        </body></html>
    """)
    hs = heads(addr("Kaimai Dairy Co-operative", "kaimaidairy@myworkday.com"),
               "Your offer from Kaimai Dairy Co-operative - Cloud Infrastructure Engineer",
               "2026-10-12 15:31", AKL, "<2011837465.90321.1791772260118@wd3-prod-tenant-smtp.myworkday.com>",
               relay="from wd3-smtp-out.myworkday.com (wd3-smtp-out.myworkday.com [203.0.113.31])")
    return message(hs, html(htm, cte="base64"))


@mail(N(26), family="application_ack", lang="en", interview=False, company="Isarwerk Data",
      note="softgarden application receipt from a Munich remote team; 'we will invite you to an "
           "interview' is hypothetical, no time")
def n26() -> bytes:
    body = t("""
        Dear Liam Walker,

        thank you for your application as Senior Platform Engineer (m/w/d) - Remote (APAC).
        We have received your documents and will review them carefully.

        If your profile matches our requirements, we will get in touch with you to arrange an
        interview. This usually takes two to three weeks.

        You can check the status of your application at any time:
        https://isarwerk-data.softgarden.io/application/status?token=8f2c41ab

        Kind regards
        Your Isarwerk Data Recruiting Team

        Isarwerk Data GmbH · Rosenheimer Straße 145e · 81671 München
    """)
    hs = heads(addr("Isarwerk Data GmbH", "noreply@softgarden.io"),
               "Your application as Senior Platform Engineer (m/w/d) - Remote (APAC)",
               "2026-09-15 09:14", "Europe/Berlin", "<5f3a9c1e.softgarden.77120@mail.softgarden.io>",
               relay="from mail.softgarden.io (mail.softgarden.io [198.51.100.56])")
    htm = "<html><body style=\"font-family:Arial\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    return message(hs, alt(text(body, charset="iso-8859-1"), html(htm, charset="iso-8859-1")))


@mail(N(27), family="job_alert", lang="en-NZ", interview=False, company=None,
      note="Job-board digest; 'Employer is interviewing this week' badges and 'interview in 2 days' "
           "are marketing, nothing confirmed for Liam")
def n27() -> bytes:
    body = t("""
        JobHarbour - 7 new jobs for "cloud platform engineer" in Auckland

        Platform Engineer - Kubernetes
        Harbour City Foods - Auckland CBD - $140k - $160k
        ** Employer is interviewing this week **

        Senior DevOps Engineer
        Tīwaiwaka Health - Remote (NZ) - Contract
        Be quick: applicants who apply today could have an interview in 2 days

        Cloud Engineer (AWS)
        Mānuka Tech - Wellington
        Fast hire - interviews on Tuesday and Thursday

        Site Reliability Engineer
        Tūī Telco - Auckland (Hybrid)

        See all 7 jobs: https://www.jobharbour.co.nz/alerts/7731/results

        Interview tip of the week: record yourself answering "tell me about yourself" and
        keep it under two minutes.

        You're getting this because you created a job alert. Manage alerts:
        https://www.jobharbour.co.nz/alerts
    """)
    htm = gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Arial">')
    hs = heads(addr("JobHarbour", "alerts@mail.jobharbour.co.nz"),
               "7 new jobs for cloud platform engineer - some employers interviewing this week",
               "2026-09-21 06:02", AKL, "<alert.7731.20260921@mail.jobharbour.co.nz>",
               relay="from mta12.mail.jobharbour.co.nz (mta12.mail.jobharbour.co.nz [203.0.113.112])",
               extra=(("List-Unsubscribe", "<https://www.jobharbour.co.nz/alerts/unsubscribe?u=7731>"),
                      ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                      ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(htm)))


@mail(N(28), family="newsletter_blog", lang="en-NZ", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="Substack-style newsletter post by another engineer describing her own interview loop "
           "('Tuesday 13 October, 10am'); newsletter, not Liam's interview")
def n28() -> bytes:
    body = t("""
        THE PLATFORM PAPERS
        Issue #61 - What a five-hour interview loop taught me

        Kia ora koutou,

        Last month I finally did the interview loop I'd been dreading. Confirmation came through
        on a Thursday: Tuesday 13 October, 10am, five back-to-back sessions, on-site in Wellington.
        Here's what I'd do differently:

        1. Ask for the itinerary in writing. Names, times, who's the hiring manager.
        2. Time-box the system design warm-up. I spent 20 minutes on requirements.
        3. Bring your own whiteboard pens. Seriously.

        Next issue: how to run a blameless post-incident review people actually read.

        - Tessa Marino

        You're receiving this because you subscribed to The Platform Papers.
        Unsubscribe: https://platformpapers.substack.com/action/disable_email
    """)
    htm = t("""
        <html><body style="font-family:Georgia,serif;max-width:560px;margin:auto">
        <h1 style="font-size:24px">What a five-hour interview loop taught me</h1>
        <p style="color:#777">THE PLATFORM PAPERS &middot; Issue #61</p>
        <p>Kia ora koutou,</p>
        <p>Last month I finally did the interview loop I'd been dreading. Confirmation came through
        on a Thursday: <b>Tuesday 13 October, 10am</b>, five back-to-back sessions, on-site in Wellington.
        Here's what I'd do differently:</p>
        <ol><li>Ask for the itinerary in writing. Names, times, who's the hiring manager.</li>
        <li>Time-box the system design warm-up. I spent 20 minutes on requirements.</li>
        <li>Bring your own whiteboard pens. Seriously.</li></ol>
        <p>Next issue: how to run a blameless post-incident review people actually read.</p>
        <p>&ndash; Tessa Marino</p>
        <p style="font-size:11px;color:#999"><a href="https://platformpapers.substack.com/action/disable_email">Unsubscribe</a></p>
        </body></html>
    """)
    hs = heads(addr("The Platform Papers", "platformpapers@substack.com"),
               "What a five-hour interview loop taught me", "2026-11-10 07:00", AKL,
               "<20261109180000.3.9e1d7c5b4a3f2e10@mg-d1.substack.com>",
               relay="from mg-d1.substack.com (mg-d1.substack.com [198.51.100.201])",
               extra=(("List-Unsubscribe", "<https://platformpapers.substack.com/action/disable_email>"),
                      ("List-Id", "<platformpapers.substack.com>"),
                      ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(htm)))


@mail(N(29), family="scheduling_link", lang="en-NZ", interview=False, company="Waitematā Robotics",
      days=(("Tue", "2026-11-03"), ("Wed", "2026-11-04"), ("Thu", "2026-11-05")),
      note="Recruitee self-scheduling request: lists candidate slots and a link, nothing booked yet")
def n29() -> bytes:
    body = t("""
        Hi Liam,

        Thanks for applying for DevOps Engineer at Waitematā Robotics! We'd like to invite you to a
        first video interview (45 minutes) with our CTO.

        Please pick a time that suits you via the link below. Available slots include:

          - Tuesday 3 November, 10:00
          - Wednesday 4 November, 14:00
          - Thursday 5 November, 09:30

        Choose your time slot: https://waitemata-robotics.recruitee.com/o/devops-engineer/schedule/c8a1

        Once you've chosen, you'll get a confirmation with the meeting link.

        Cheers,
        Talia Brown
        People Ops, Waitematā Robotics
    """)
    hs = heads(addr("Talia Brown (Waitematā Robotics)", "noreply@recruiteemail.com"),
               "Choose a time for your interview - DevOps Engineer", "2026-10-28 12:40", AKL,
               "<c8a1f7d2e0b94a36.1793150400@recruiteemail.com>",
               relay="from smtp.recruiteemail.com (smtp.recruiteemail.com [198.51.100.88])",
               extra=(("Reply-To", "waitemata-robotics+c8a1f7@inbound.recruitee.com"),))
    return message(hs, text(body))


@mail(N(30), family="recruiter_outreach", lang="en-AU", interview=False, company="Lygon Talent",
      note="Melbourne agency cold outreach: 'keen for a quick chat sometime next week?' - no time fixed")
def n30() -> bytes:
    body = t("""
        Hi Liam,

        Hope you're well! I came across your profile and your work on multi-region EKS really
        stood out. I'm working with a Melbourne-based scale-up (Series C, logistics) who are hiring
        a Lead Platform Engineer - fully remote across AU/NZ, $220-240k AUD + equity.

        Keen for a quick chat sometime next week? Let me know a couple of times that work and I'll
        send an invite. No pressure if the timing's not right.

        Cheers,
        Mitch Fenwick
        Senior Consultant - Cloud & Platform | Lygon Talent
        +61 3 9555 0188 | mitch.fenwick@lygontalent.com.au
    """)
    hs = heads(addr("Mitch Fenwick", "mitch.fenwick@lygontalent.com.au"),
               "Lead Platform Engineer - remote AU/NZ (Melbourne scale-up)", "2026-09-29 10:02", MEL,
               "<SY6P282MB3120A1B2C3D4E5F6A7B8C9D0E1F2A3B4@SY6P282MB3120.AUSP282.PROD.OUTLOOK.COM>",
               relay="from AUS01-SY6-obe.outbound.protection.outlook.com (mail-sy6aus01on2055.outbound.protection.outlook.com [40.107.110.55])")
    return message(hs, text(body))


@mail(N(31), family="proposed_not_confirmed", lang="en-NZ", interview=False, company="Pūkeko Payments",
      days=(("Tue", "2026-11-24"), ("Wed", "2026-11-25")),
      note="Agency recruiter proposes 'Would Tuesday at 10 work? Or Wednesday 2pm?' for a client - "
           "nothing confirmed yet; company = the client, as for the agency positives")
def n31() -> bytes:
    body = t("""
        Hey Liam,

        Quick one - Pūkeko Payments want to meet you for the Senior SRE role! Would Tuesday (24th)
        at 10 work? Or Wednesday 2pm if that's easier. It'd be at their Britomart office, about an
        hour with their Head of Engineering.

        Let me know which suits and I'll confirm with them.

        B

        Brooke Tamatea | Senior Consultant, Technology
        Kauri Talent | 09 555 0142
    """)
    hs = heads(addr("Brooke Tamatea", "brooke.tamatea@kauritalent.co.nz"),
               "Pūkeko Payments - interview times?", "2026-11-19 15:48", AKL,
               "<C1D2E3F4-5A6B-4C7D-8E9F-0A1B2C3D4E5F@kauritalent.co.nz>",
               relay="from mail-sy3aus01on2090.outbound.protection.outlook.com ([40.107.108.90])",
               extra=(("X-Mailer", "iPhone Mail (22B83)"),))
    return message(hs, text(body, cte="8bit"))


@mail(N(32), family="non_interview_calendar", lang="en-NZ", interview=False, company=None,
      days=(("Thu", "2026-09-17"),),
      note="GP appointment confirmation from a medical centre booking system, with an ICS at a fixed time "
           "(Thu 17 Sep 9:15am NZST); not a job interview")
def n32() -> bytes:
    body = t("""
        Hi Liam,

        Your appointment is confirmed.

        Dr Nisha Patel
        Thursday 17 September 2026 at 9:15 am
        Ponsonby Family Medical Centre, 210 Ponsonby Road, Auckland

        Please arrive 5 minutes early. If you can't make it, cancel at least 24 hours before to avoid
        a late-cancellation fee: https://book.medibook.co.nz/c/PFMC/8831-2205

        Ponsonby Family Medical Centre
        09 555 0110
    """)
    cal = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//MediBook//Appointments//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:medibook-8831-2205@medibook.co.nz
        DTSTAMP:20260914T003100Z
        DTSTART:20260916T211500Z
        DTEND:20260916T213000Z
        SUMMARY:Appointment with Dr Nisha Patel
        LOCATION:Ponsonby Family Medical Centre\\, 210 Ponsonby Road\\, Auckland
        ATTENDEE;CN=Liam Walker:mailto:{LIAM}
        END:VEVENT
        END:VCALENDAR
    """)
    hs = heads(addr("Ponsonby Family Medical Centre", "no-reply@medibook.co.nz"),
               "Appointment confirmed - Thu 17 Sep, 9:15 am", "2026-09-14 12:31", AKL,
               "<appt-8831-2205.1789950660@medibook.co.nz>",
               relay="from smtp.medibook.co.nz (smtp.medibook.co.nz [203.0.113.15])")
    return message(hs, mixed(text(body), calendar(cal, method="PUBLISH", filename="appointment.ics",
                                                  disposition="attachment")))


@mail(N(33), family="non_interview_calendar", lang="en-NZ", interview=False, company=None,
      days=(("Sat", "2026-10-10"),),
      note="Rental viewing confirmed for Sat 10 Oct 11:00; the property manager's 'short chat/interview "
           "with prospective tenants' is not a job interview")
def n33() -> bytes:
    body = t("""
        Hi Liam,

        Thanks for registering. Your viewing is confirmed:

        Property: 14 Kingsley Street, Grey Lynn, Auckland
        Date: Saturday 10 October 2026
        Time: 11:00am - 11:15am
        Property manager: Carla Vesey, Kōwhai Property Management

        We hold a short chat (think of it as a mini tenant interview) with everyone who attends, so
        please bring photo ID and, if you can, a reference from your current landlord. Applications
        can be made online after the viewing.

        See you there,
        Kōwhai Property Management
        Reply STOP to opt out of viewing reminders.
    """)
    hs = heads(addr("Kōwhai Property Management", "viewings@tenancyhub.co.nz"),
               "Viewing confirmed - 14 Kingsley Street, Grey Lynn (Sat 10 Oct, 11:00am)",
               "2026-10-07 18:22", AKL, "<vw-55120-kpm.1791350520@tenancyhub.co.nz>",
               relay="from out.tenancyhub.co.nz (out.tenancyhub.co.nz [203.0.113.60])")
    return message(hs, text(body, cte="base64"))


@mail(N(34), family="non_interview_calendar", lang="en-NZ", interview=False, company=None,
      days=(("Tue", "2026-10-27"),),
      note="Garage booking: WOF and service, Tue 27 Oct drop-off 8:00am; fixed time, not an interview")
def n34() -> bytes:
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <h3 style="color:#c0392b">Booking confirmed</h3>
        <p>Hi Liam,</p>
        <p>Thanks for booking with <b>Mt Eden Auto Centre</b>.</p>
        <table cellpadding="4">
        <tr><td>Vehicle</td><td>2017 Mazda CX-5 (LWK482)</td></tr>
        <tr><td>Service</td><td>WOF + 15,000 km logbook service</td></tr>
        <tr><td>Drop-off</td><td>Tuesday 27 October 2026, 8:00 am</td></tr>
        <tr><td>Estimated pick-up</td><td>from 3:30 pm</td></tr>
        </table>
        <p>We'll text you when it's ready. Courtesy car available on request.</p>
        <p>Mt Eden Auto Centre &middot; 301 Dominion Road &middot; 09 555 0163</p>
        </body></html>
    """)
    hs = heads(addr("Mt Eden Auto Centre", "bookings@autobook.co.nz"),
               "Booking confirmed: Tue 27 Oct 8:00am - WOF + service", "2026-10-23 16:05", AKL,
               "<bk.77310.meac@autobook.co.nz>",
               relay="from mailer.autobook.co.nz (mailer.autobook.co.nz [203.0.113.44])")
    return message(hs, html(htm))


@mail(N(35), family="non_interview_calendar", lang="en-NZ", interview=False, company=None,
      days=(("Mon", "2026-10-05"),),
      note="Recurring stand-up at Liam's current employer (Exchange, TZID 'New Zealand Standard Time', "
           "weekday RRULE from Mon 5 Oct 9:15); his work calendar forwards to this inbox; not an interview")
def n35() -> bytes:
    body = t("""
        When: Occurs every weekday effective 5/10/2026 from 9:15 a.m. to 9:30 a.m. (UTC+12:00) Auckland, Wellington.
        Where: Ōrākei meeting room / Microsoft Teams Meeting

        Hi team - new time for stand-up from next week now that the Sydney folks are on daylight
        saving. Same format: yesterday / today / blockers, 15 minutes max.

        Mei
    """)
    cal = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {TZ}
        BEGIN:VEVENT
        ORGANIZER;CN=Mei Lin:mailto:mei.lin@harakeke.net.nz
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Liam Walker:mailto:liam.walker@harakeke.net.nz
        RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;WKST=MO
        UID:040000008200E00074C5B7101A82E0080000000080D1B2C3A451DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
        SUMMARY;LANGUAGE=en-NZ:Platform squad stand-up
        DTSTART;TZID=New Zealand Standard Time:20261005T091500
        DTEND;TZID=New Zealand Standard Time:20261005T093000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260930T213000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-NZ:Ōrākei meeting room / Microsoft Teams Meeting
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-INSTTYPE:1
        END:VEVENT
        END:VCALENDAR
    """).replace("{TZ}", VTZ_NZ_WIN)
    hs = heads(addr("Mei Lin", "mei.lin@harakeke.net.nz"), "Platform squad stand-up", "2026-10-01 10:30", AKL,
               "<SY4P282MB0511C2D3E4F5A6B7C8D9E0F1A2B3C4D5@SY4P282MB0511.AUSP282.PROD.OUTLOOK.COM>",
               to=addr("Platform Squad", "platform-squad@harakeke.net.nz"),
               relay="from AUS01-SY4-obe.outbound.protection.outlook.com (mail-sy4aus01on2101.outbound.protection.outlook.com [40.107.107.101])",
               extra=(("Thread-Topic", "Platform squad stand-up"), ("Content-Language", "en-NZ")))
    return message(hs, alt(text(body), calendar(cal, cte="base64")))


@mail(N(36), family="user_is_interviewer", lang="en-NZ", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Exchange invite at Liam's current employer asking HIM to sit on an interview panel for a "
           "candidate (Thu 19 Nov 2-3pm NZDT); a confirmed interview, but not Liam's own job interview")
def n36() -> bytes:
    body = t("""
        When: Thursday, 19 November 2026 2:00 p.m.-3:00 p.m. (UTC+12:00) Auckland, Wellington.
        Where: Rangitoto meeting room, Level 3

        Kia ora Liam,

        Thanks for agreeing to join the panel for our Mid-level DevOps Engineer hire. You'll be
        interviewing Ravi Sharma with Mei - please take the Kubernetes and incident-response section
        (questions 4-7 in the interview guide). Scorecards are due in Greenhouse by end of day Friday.

        CV and interview guide are attached to the Greenhouse candidate profile.

        Ngā mihi,
        Olga Petrova
        Talent Acquisition Partner | Harakeke Networks
    """)
    cal = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {TZ}
        BEGIN:VEVENT
        ORGANIZER;CN=Olga Petrova:mailto:olga.petrova@harakeke.net.nz
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Liam Walker:mailto:liam.walker@harakeke.net.nz
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Mei Lin:mailto:mei.lin@harakeke.net.nz
        UID:040000008200E00074C5B7101A82E00800000000C3E4F5A6B761DC01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F
        SUMMARY;LANGUAGE=en-NZ:Interview: Ravi Sharma - Mid-level DevOps Engineer (panel: Mei\\, Liam)
        DTSTART;TZID=New Zealand Standard Time:20261119T140000
        DTEND;TZID=New Zealand Standard Time:20261119T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261112T013000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-NZ:Rangitoto meeting room\\, Level 3
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
    """).replace("{TZ}", VTZ_NZ_WIN)
    hs = heads(addr("Olga Petrova", "olga.petrova@harakeke.net.nz"),
               "Interview: Ravi Sharma - Mid-level DevOps Engineer (panel: Mei, Liam)", "2026-11-12 14:30", AKL,
               "<SY4P282MB0511E5F6A7B8C9D0E1F2A3B4C5D6E7F8@SY4P282MB0511.AUSP282.PROD.OUTLOOK.COM>",
               to=addr("Liam Walker", "liam.walker@harakeke.net.nz"),
               relay="from AUS01-SY4-obe.outbound.protection.outlook.com (mail-sy4aus01on2101.outbound.protection.outlook.com [40.107.107.101])",
               extra=(("Cc", addr("Mei Lin", "mei.lin@harakeke.net.nz")),
                      ("Thread-Topic", "Interview: Ravi Sharma - Mid-level DevOps Engineer (panel: Mei, Liam)"),
                      ("Content-Language", "en-NZ")))
    return message(hs, alt(text(body), calendar(cal, cte="quoted-printable")))


@mail(N(37), family="marketing_webinar", lang="en-NZ", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="Zoom webinar registration 'Cracking the Cloud Architect Interview' with ICS at a fixed time "
           "(Wed 21 Oct 7pm NZDT); a webinar about interviews, not one")
def n37() -> bytes:
    body = t("""
        Hi Liam,

        Thank you for registering for "Cracking the Cloud Architect Interview".

        Date & Time: Oct 21, 2026 07:00 PM Auckland, Wellington
        Host: CloudPath Academy

        Join from a PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/84120335577?tk=Xf3kPq

        Add to calendar: the attached .ics file.

        You can cancel your registration at any time.
    """)
    cal = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        METHOD:PUBLISH
        BEGIN:VEVENT
        DTSTAMP:20261013T081000Z
        DTSTART:20261021T060000Z
        DTEND:20261021T073000Z
        SUMMARY:Cracking the Cloud Architect Interview
        UID:20261013T081000Z-84120335577@zoom.us
        ORGANIZER;CN=CloudPath Academy:mailto:no-reply@zoom.us
        ATTENDEE;CN=Liam Walker:mailto:{LIAM}
        LOCATION:https://us06web.zoom.us/w/84120335577?tk=Xf3kPq
        END:VEVENT
        END:VCALENDAR
    """)
    hs = heads(addr("CloudPath Academy", "no-reply@zoom.us"),
               "Cracking the Cloud Architect Interview Confirmation", "2026-10-13 21:10", AKL,
               "<zwebinar.84120335577.liam@zoom.us>",
               relay="from mailout-iad.zoom.us (mailout-iad.zoom.us [170.114.10.71])")
    return message(hs, mixed(text(body), calendar(cal, method="PUBLISH", filename="iCalendar.ics",
                                                  disposition="attachment")))


@mail(N(38), family="meetup", lang="en-NZ", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Meetup RSVP confirmation: talk 'How we interview SREs' plus a hiring panel, Thu 12 Nov 6pm; "
           "an event, not an interview")
def n38() -> bytes:
    body = t("""
        You're going!

        Auckland Platform Engineering Meetup
        November meetup: "How we interview SREs" + hiring managers' panel

        Thursday, November 12, 2026
        6:00 PM to 8:30 PM NZDT

        Harakeke Networks, Level 5, 12 Fanshawe Street, Auckland

        Pizza and drinks kindly sponsored by our hosts. Bring your questions for the panel - three
        local hiring managers will talk about what they look for in platform interviews.

        See the event: https://www.meetup.com/akl-platform-eng/events/311870442/

        Not able to make it? Update your RSVP so someone on the waitlist can come.
    """)
    hs = heads(addr("Meetup", "info@meetup.com"),
               "You're going to: How we interview SREs + hiring managers' panel", "2026-11-05 19:44", AKL,
               "<1936104837.2117.1793861040091@meetup.com>",
               relay="from mail6.meetup.com (mail6.meetup.com [198.51.100.166])",
               extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comm/?u=liam>"),))
    return message(hs, text(body))


@mail(N(39), family="mock_interview", lang="en-NZ", interview=False, company=None,
      days=(("Mon", "2026-11-09"),),
      note="Career coach's booking confirmation for a paid mock technical interview, Mon 9 Nov 6pm NZDT, "
           "with ICS; coaching, not a job interview")
def n39() -> bytes:
    body = t("""
        Hi Liam,

        Your appointment is confirmed!

        What: Mock Technical Interview (60 min) with Fiona Reid
        When: Monday, November 9, 2026 6:00pm (Pacific/Auckland)
        Where: Zoom - https://us02web.zoom.us/j/71234908813

        Fiona's note: I'll play the hiring manager for a senior platform role - treat it like the
        real thing, and we'll debrief for the last 15 minutes. Please send me the job ad beforehand.

        Need to reschedule? https://fionareid.as.me/schedule.php?action=appt&id=1188273

        Fiona Reid Career Coaching
    """)
    cal = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Acuity Scheduling//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:acuity-1188273@acuityscheduling.com
        DTSTAMP:20261103T030000Z
        DTSTART:20261109T050000Z
        DTEND:20261109T060000Z
        SUMMARY:Mock Technical Interview (60 min) with Fiona Reid
        LOCATION:https://us02web.zoom.us/j/71234908813
        ORGANIZER;CN=Fiona Reid:mailto:fiona@fionareidcareers.co.nz
        ATTENDEE;CN=Liam Walker:mailto:{LIAM}
        END:VEVENT
        END:VCALENDAR
    """)
    hs = heads(addr("Fiona Reid Career Coaching", "no-reply@acuityscheduling.com"),
               "Confirmed: Mock Technical Interview (60 min) on Monday, November 9, 2026 6:00pm",
               "2026-11-03 16:00", AKL, "<acuity.1188273.conf@acuityscheduling.com>",
               relay="from mail.acuityscheduling.com (mail.acuityscheduling.com [198.51.100.93])",
               extra=(("Reply-To", addr("Fiona Reid", "fiona@fionareidcareers.co.nz")),))
    return message(hs, mixed(text(body), calendar(cal, method="PUBLISH", filename="appointment.ics",
                                                  disposition="attachment")))


@mail(N(40), family="auto_reply", lang="en-NZ", interview=False, company="Rangitoto Bank",
      days=(("Mon", "2026-09-28"),),
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from the bank recruiter to Liam's "
           "thank-you note; quotes his subject about 'interview on Wednesday'")
def n40() -> bytes:
    body = t("""
        Kia ora,

        Thank you for your email. I'm on annual leave and will be back on Monday 28 September, with
        limited access to email until then.

        For anything urgent about a current recruitment process, please contact
        talent@rangitotobank.co.nz.

        Ngā mihi,
        Hana Kereama
        Talent Partner, Technology | Rangitoto Bank
    """)
    hs = heads(addr("Hana Kereama", "hana.kereama@rangitotobank.co.nz"),
               "Automatic reply: Thank you - interview on Wednesday", "2026-09-17 19:02", AKL,
               "<SY4P282MB2290AB0C1D2E3F4A5B6C7D8E9F0A1B2C@SY4P282MB2290.AUSP282.PROD.OUTLOOK.COM>",
               relay="from AUS01-SY4-obe.outbound.protection.outlook.com (mail-sy4aus01on2140.outbound.protection.outlook.com [40.107.107.140])",
               extra=(("Auto-Submitted", "auto-replied"),
                      ("X-Auto-Response-Suppress", "All"),
                      ("In-Reply-To", "<CAL7tYw3Qm1@mail.example.org>"),
                      ("Thread-Topic", "Thank you - interview on Wednesday")))
    return message(hs, text(body))


@mail(N(41), family="bounce", lang="en-NZ", interview=False, company=None,
      note="Delivery-status bounce (multipart/report) of Liam's thank-you note to a mistyped domain; the "
           "returned message talks about the past interview")
def n41() -> bytes:
    orig = message([
        ("From", LIAM_H),
        ("To", addr("Sophie Lang", "sophie.lang@rangitotbank.co.nz")),
        ("Subject", "Thank you - interview on Wednesday"),
        ("Date", date("2026-09-17 19:01", AKL)),
        ("Message-ID", "<CAL7tYw3Qm2@mail.example.org>"),
    ], text(t("""
        Hi Sophie,

        Thanks for taking the time to meet with me on Wednesday for the Senior Cloud Platform
        Engineer interview - I really enjoyed the landing-zone discussion.

        Kind regards,
        Liam
    """), cte="7bit"))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <sophie.lang@rangitotbank.co.nz>: Host or domain name not found. Name service
            error for name=rangitotbank.co.nz type=MX: Host not found
    """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4F2A19C0B3
        Arrival-Date: Thu, 17 Sep 2026 07:01:04 +0000

        Final-Recipient: rfc822; sophie.lang@rangitotbank.co.nz
        Original-Recipient: rfc822;sophie.lang@rangitotbank.co.nz
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=rangitotbank.co.nz type=MX: Host not found
    """)
    report = multipart("report", text(notice, cte="7bit"),
                       raw_part([("Content-Type", "message/delivery-status")], status),
                       attached_message(orig), params="report-type=delivery-status")
    hs = heads("MAILER-DAEMON@mx1.example.org (Mail Delivery System)", "Undelivered Mail Returned to Sender",
               "2026-09-17 19:01", AKL, "<20260917070104.4F2A19C0B3@mx1.example.org>",
               relay="from localhost (localhost [127.0.0.1])",
               extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


@mail(N(42), family="mailing_list", lang="en-NZ", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="Mailing-list post (List-Id, Precedence: list) by another member whose interview is 'Thursday "
           "2pm'; not addressed to Liam, not his interview")
def n42() -> bytes:
    body = t("""
        Hi all,

        Slightly off-topic but figured this crowd would know: I've got an interview confirmed with
        one of the big Wellington banks on Thursday (8th) at 2pm for a platform role, and they've said
        there'll be a "live troubleshooting" exercise on a broken Kubernetes cluster.

        Has anyone done one of these? Is it usually kubectl-only, or do they let you use k9s etc.?

        Ta,
        Shaun

        _______________________________________________
        nz-sre mailing list
        nz-sre@lists.nzsre.org
        https://lists.nzsre.org/mailman/listinfo/nz-sre
    """)
    hs = heads(addr("Shaun Ellery", "shaun.ellery@example.net"),
               "[nz-sre] Live troubleshooting interviews - what to expect?", "2026-10-05 20:17", AKL,
               "<CAK9dH2r0Xp@mail.example.net>",
               to="nz-sre@lists.nzsre.org",
               relay="from lists.nzsre.org (lists.nzsre.org [203.0.113.200])",
               extra=(("List-Id", "NZ SRE community <nz-sre.lists.nzsre.org>"),
                      ("List-Post", "<mailto:nz-sre@lists.nzsre.org>"),
                      ("List-Unsubscribe", "<https://lists.nzsre.org/mailman/options/nz-sre>"),
                      ("Precedence", "list"),
                      ("Sender", "nz-sre <nz-sre-bounces@lists.nzsre.org>")))
    return message(hs, text(body, cte="7bit"))


@mail(N(43), family="job_centre", lang="en-NZ", interview=False, company=None,
      days=(("Wed", "2026-09-16"),),
      note="Microsoft Bookings appointment with a work broker at a government employment service centre, "
           "Wed 16 Sep 11:20am, with ICS; a job-seeker appointment, not a job interview")
def n43() -> bytes:
    body = t("""
        Kia ora Liam,

        Your appointment is confirmed.

        Service: Job seeker check-in with a work broker (30 minutes)
        Date: Wednesday, 16 September 2026
        Time: 11:20 AM (UTC+12:00) Auckland, Wellington
        Location: WorkReady NZ Service Centre, 5 Osterley Way, Manukau

        Please bring: photo ID, your CV, and a list of roles you've applied for since your last
        appointment. Your work broker will talk through your job search plan and any interviews
        you have coming up.

        If you need to change this appointment, please call 0800 555 019.

        WorkReady NZ
    """)
    cal = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        BEGIN:VEVENT
        ORGANIZER;CN=WorkReady NZ Manukau:mailto:ManukauAppointments@workready.govt.nz
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Liam Walker:mailto:{LIAM}
        UID:040000008200E00074C5B7101A82E008000000001F2E3D4C5B4ADC01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56
        SUMMARY;LANGUAGE=en-NZ:Job seeker check-in with a work broker
        DTSTART:20260915T232000Z
        DTEND:20260915T235000Z
        DTSTAMP:20260910T220500Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-NZ:WorkReady NZ Service Centre\\, 5 Osterley Way\\, Manukau
        END:VEVENT
        END:VCALENDAR
    """)
    hs = heads(addr("WorkReady NZ Manukau", "ManukauAppointments@workready.govt.nz"),
               "Appointment confirmed: Job seeker check-in with a work broker", "2026-09-11 10:05", AKL,
               "<SY7P282MB1212A0B1C2D3E4F5A6B7C8D9E0F1A2B3@SY7P282MB1212.AUSP282.PROD.OUTLOOK.COM>",
               relay="from AUS01-SY7-obe.outbound.protection.outlook.com (mail-sy7aus01on2060.outbound.protection.outlook.com [40.107.111.60])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(cal, filename="invite.ics", disposition="attachment")))


@mail(N(44), family="admission_interview", lang="en-NZ", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="Executive MBA admissions interview confirmed for Thu 8 Oct 5:30pm NZDT on Zoom; a study "
           "admission interview, not a job interview")
def n44() -> bytes:
    body = t("""
        Dear Liam,

        Thank you for your application to the Executive MBA (2027 intake). We are pleased to invite
        you to an admissions interview with the Programme Director.

        Date: Thursday 8 October 2026
        Time: 5:30pm - 6:00pm (NZDT)
        Format: Zoom - https://wbs-ac-nz.zoom.us/j/92200183345

        The interview is a conversation about your leadership experience and your reasons for
        undertaking the programme. Please have your photo ID available.

        Kind regards,
        Admissions Office
        Waitematā Business School
    """)
    hs = heads(addr("WBS Admissions", "admissions@wbs.example.ac.nz"),
               "Executive MBA - admissions interview confirmed", "2026-10-01 09:00", AKL,
               "<adm.2027.LW.441@wbs.example.ac.nz>",
               relay="from mail.wbs.example.ac.nz (mail.wbs.example.ac.nz [203.0.113.90])")
    return message(hs, text(body, cte="base64"))


@mail(N(45), family="sports_trial", lang="en-NZ", interview=False, company=None,
      days=(("Sat", "2026-11-07"),),
      note="Rugby club sevens squad trial confirmed for Sat 7 Nov 9am; a sports try-out, not a job "
           "interview")
def n45() -> bytes:
    body = t("""
        Hey Liam,

        Great to get your registration - you're on the list for the Senior Sevens squad trials.

        When: Saturday 7 November, 9:00am sharp (warm-up from 8:30)
        Where: Grey Lynn Park, No. 2 field
        Bring: boots, mouthguard, water bottle, club training top if you've got one

        We'll run skills, then a couple of games. Coaches will be in touch by the Tuesday after
        with selections for the Kaipara tournament.

        Cheers,
        Tama Herewini
        Sevens Coordinator, Ponsonby Ravens RFC
        021 555 0744
    """)
    hs = heads(addr("Tama Herewini", "sevens@ponsonbyravens.example.org.nz"),
               "Sevens trials this Saturday", "2026-11-02 20:35", AKL,
               "<CAM4n8Xt5Hc@mail.gmail.com>",
               relay="from mail-oi1-f177.google.com (mail-oi1-f177.google.com [209.85.167.177])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(46), family="press_interview", lang="en-NZ", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="A reporter confirms a phone interview WITH Liam for a story (Thu 3 Dec 11am, 20 minutes); "
           "press, not a job interview")
def n46() -> bytes:
    body = t("""
        Hi Liam,

        Thanks for agreeing to talk to me for the piece on last month's cloud outage and what it
        means for NZ businesses. Confirming our interview on Thursday 3 December at 11am by phone -
        I'll call you on the mobile number you gave me. Should take about 20 minutes.

        I'll quote you as "an Auckland cloud platform engineer" unless you'd like your employer
        named - let me know.

        Thanks again,
        Rosa Kingi
        Technology Reporter | The Auckland Ledger
        rosa.kingi@aucklandledger.example.co.nz
    """)
    hs = heads(addr("Rosa Kingi", "rosa.kingi@aucklandledger.example.co.nz"),
               "Confirming our interview Thursday - cloud outage story", "2026-11-30 16:12", AKL,
               "<ME0P282MB4437B1C2D3E4F5A6B7C8D9E0F1A2B3C4@ME0P282MB4437.AUSP282.PROD.OUTLOOK.COM>",
               relay="from AUS01-ME0-obe.outbound.protection.outlook.com (mail-me0aus01on2087.outbound.protection.outlook.com [40.107.112.87])")
    return message(hs, text(body, charset="windows-1252"))


@mail(N(47), family="parent_teacher", lang="en-NZ", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="School booking system: 'Parent-teacher interviews' booking confirmed Thu 29 Oct 4:10-4:20pm; "
           "a school meeting called an interview, not a job interview")
def n47() -> bytes:
    htm = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <p><b>Westmere Primary School - Parent-Teacher Interviews</b></p>
        <p>Dear Liam Walker,</p>
        <p>Your interview bookings are confirmed:</p>
        <table border="1" cellpadding="5" style="border-collapse:collapse">
        <tr><th>Date</th><th>Time</th><th>Teacher</th><th>Room</th><th>Student</th></tr>
        <tr><td>Thursday 29 October 2026</td><td>4:10pm - 4:20pm</td><td>Ms Losa Taufa</td><td>Room 7</td><td>Isla Walker</td></tr>
        </table>
        <p>Interviews are 10 minutes. Please be on time as they run back to back.</p>
        <p>To change your bookings visit <a href="https://www.schoolinterviews.example.co.nz/code/wm7k2">schoolinterviews.example.co.nz</a> and use code <b>wm7k2</b>.</p>
        </body></html>
    """)
    hs = heads(addr("School Interviews", "noreply@schoolinterviews.example.co.nz"),
               "Westmere Primary School - Parent-Teacher Interview Confirmation", "2026-10-22 20:51", AKL,
               "<si.wm7k2.9913@schoolinterviews.example.co.nz>",
               relay="from mail.schoolinterviews.example.co.nz (mail.schoolinterviews.example.co.nz [203.0.113.130])")
    return message(hs, html(htm, charset="iso-8859-1"))


@mail(N(48), family="recruiter_followup", lang="en-NZ", interview=False, company="Southern Cross Recruitment",
      note="Agency recruiter's 'let's catch up in the new year' - a coffee proposed for mid-January, "
           "nothing fixed")
def n48() -> bytes:
    body = t("""
        Hi Liam,

        Just a quick one before everything shuts down for summer - thanks for being so patient with
        the Korimako situation. I haven't given up on that one.

        Let's catch up properly in the new year - maybe a coffee in the second or third week of
        January once people are back at their desks? I'll flick you a couple of times closer to the
        date. Have a great break!

        Cheers,
        Dylan

        Dylan Mackay
        Principal Consultant | Southern Cross Recruitment
        04 555 0177 | dylan.mackay@southerncrossrec.co.nz
    """)
    hs = heads(addr("Dylan Mackay", "dylan.mackay@southerncrossrec.co.nz"),
               "Catch up in the new year?", "2026-12-14 11:40", AKL,
               "<ME2P282MB0933A1B2C3D4E5F6A7B8C9D0E1F2A3B4@ME2P282MB0933.AUSP282.PROD.OUTLOOK.COM>",
               relay="from AUS01-ME2-obe.outbound.protection.outlook.com (mail-me2aus01on2070.outbound.protection.outlook.com [40.107.107.70])")
    return message(hs, text(body))


@mail(N(49), family="forwarded_other", lang="en-AU", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Liam's brother forwards HIS OWN Greenhouse interview confirmation (Thu 26 Nov 10:00 AEDT, "
           "Melbourne) asking for tips; a confirmed interview, but someone else's")
def n49() -> bytes:
    body = t("""
        Bro!! Got the interview at Flax & Co 🙌 Thursday 10am their time. Any tips for the
        system design bit? You've done heaps of these. Call me this arvo if you're free

        Josh

        ---------- Forwarded message ---------
        From: Flax & Co <no-reply@us.greenhouse-mail.io>
        Date: Fri, 20 Nov 2026 at 09:02
        Subject: Interview confirmed: Graduate Software Engineer at Flax & Co
        To: Josh Walker <josh.walker@example.com>

        Hi Josh,

        Your interview for Graduate Software Engineer is confirmed:

        Thursday, 26 November 2026
        10:00am - 11:00am AEDT (Melbourne)
        Flax & Co, 88 Smith Street, Collingwood VIC 3066

        Interviewer: Priscilla Yeo, Engineering Manager

        Questions? Reply to this email to reach Ellie Graham.

        Flax & Co Talent
    """)
    hs = heads(addr("Josh Walker", "josh.walker@example.com"),
               "Fwd: Interview confirmed: Graduate Software Engineer at Flax & Co", "2026-11-20 11:34", MEL,
               "<CAJw8Rt2Lp6@mail.gmail.com>",
               relay="from mail-ej1-f49.google.com (mail-ej1-f49.google.com [209.85.218.49])")
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(N(50), family="vendor_demo", lang="en-AU", interview=False, company=None,
      days=(("Wed", "2026-11-25"),),
      note="Vendor sales demo booked via a HubSpot meetings link, Wed 25 Nov 2pm NZDT, with ICS; a "
           "product demo, not a job interview")
def n50() -> bytes:
    body = t("""
        Hi Liam,

        Thanks for booking a demo of Skyforge Observability - looking forward to it!

        Wednesday, November 25, 2026
        2:00 PM - 2:30 PM (GMT+13:00) New Zealand Time
        Google Meet: https://meet.google.com/skf-demo-ywr

        I'll walk you through cost-aware alerting and our Kubernetes cost explorer. If you'd like to
        bring anyone from your team, just forward this invite.

        Cheers,
        Nathan Cole
        Account Executive, ANZ | Skyforge Observability (Sydney)
    """)
    cal = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//HubSpot//Meetings//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:hs-mtg-55810246@hubspot.com
        DTSTAMP:20261118T003000Z
        DTSTART:20261125T010000Z
        DTEND:20261125T013000Z
        SUMMARY:Skyforge Observability demo - Liam Walker
        ORGANIZER;CN=Nathan Cole:mailto:nathan.cole@skyforge.example.com.au
        ATTENDEE;CN=Liam Walker;RSVP=TRUE:mailto:{LIAM}
        LOCATION:https://meet.google.com/skf-demo-ywr
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    hs = heads(addr("Nathan Cole", "nathan.cole@skyforge.example.com.au"),
               "Confirmed: Skyforge Observability demo - Wed, Nov 25 2:00 PM NZDT", "2026-11-18 13:30", AKL,
               "<hs.mtg.55810246.1795397400@bf10z.hubspotemail.net>",
               relay="from bf10z.hubspotemail.net (bf10z.hubspotemail.net [198.51.100.10])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(cal, filename="invite.ics", disposition="attachment")))
