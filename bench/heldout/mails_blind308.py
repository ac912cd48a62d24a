"""blind308: a blind 50-mail held-out set, the inbox of Kyle Whitford, an irrigation-district
engineering technologist in Lethbridge, Alberta (America/Edmonton), September to December 2026.

Written by a helper session that read only make.py, make_blind.py, the allowed parts of the
held-out README and the dev corpus README/labels/two dev mails/score.py; it did not read the
detector, its tests, the other held-out mails or sets, and never ran the detector. Every mail is
written by hand below, one function per mail; keys 1-23 are positives, 24-50 negatives. File
numbers are a fixed shuffle of the writing order (ORDER).

    python3 bench/heldout/make_blind.py blind308
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
    message,
    mixed,
    multipart,
    raw_part,
    received,
    t,
    text,
)

SET = "blind308"
ORDER = random.Random(3080308).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


HOME = "America/Edmonton"
OWNER = "kyle.whitford@example.org"
ME = addr("Kyle Whitford", OWNER)
MX = "mx1.example.org"


def mid(key: int, domain: str, style: str = "hex") -> str:
    h = hashlib.sha256(f"{SET}-{key}-{domain}".encode(), usedforsecurity=False).hexdigest()
    if style == "outlook":
        return f"<YT{h[:4].upper()}PR01MB{h[4:8].upper()}{h[8:20].upper()}@{domain}>"
    if style == "gmail":
        return f"<CAF{h[:10]}+{h[10:28]}@mail.gmail.com>"
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"


def head(key: int, frm: str, subject: str, when: str, zone: str, host: str, ip: str, *,
         to: str = ME, domain: str | None = None, style: str = "hex", charset: str = "utf-8",
         rcpt: str = OWNER, extra: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    ident = hashlib.sha256(f"{key}{host}".encode(), usedforsecurity=False).hexdigest()[:14]
    rcv = received(f"from {host} ({host} [{ip}])", when, zone, f"{MX} with ESMTPS id {ident}", rcpt)
    return [
        ("Delivered-To", rcpt),
        ("Received", rcv),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid(key, domain or host, style)),
        *extra,
    ]


def vtz_na(tzid: str, std: str, dst: str, std_name: str, dst_name: str) -> str:
    return "\n".join([
        "BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dst_name}",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{std_name}",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ])


TZ_EDMONTON = vtz_na("America/Edmonton", "-0700", "-0600", "MST", "MDT")
TZ_VANCOUVER = vtz_na("America/Vancouver", "-0800", "-0700", "PST", "PDT")
TZ_REGINA = "\n".join([
    "BEGIN:VTIMEZONE", "TZID:America/Regina", "X-LIC-LOCATION:America/Regina",
    "BEGIN:STANDARD", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0600", "TZNAME:CST",
    "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE",
])
TZ_WIN_MOUNTAIN = "\n".join([
    "BEGIN:VTIMEZONE", "TZID:Mountain Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0700",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0600",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE",
])


def vcal(prodid: str, method: str | None, zones: list[str], event: str) -> str:
    lines = [f"BEGIN:VCALENDAR\nPRODID:{prodid}\nVERSION:2.0"]
    if method:
        lines.append(f"METHOD:{method}")
    return "\n".join([*lines, *zones, t(event).strip(), "END:VCALENDAR"])


def exchange_vcal(method: str, zones: list[str], event: str) -> str:
    return vcal("Microsoft Exchange Server 2010", method, zones, event)


# =========================================================================== positives


@make.mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-09-15T16:00:00Z", end="2026-09-15T16:30:00Z",
           contact="priya.ramdial@bowfortwater.ca", company="Bowfort Water Engineering",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:30", zone=HOME,
           note="Greenhouse phone-screen confirmation, 10:00-10:30 AM MDT (Calgary, same zone as "
                "Lethbridge; MDT = UTC-6 in September); contact = human Reply-To recruiter")
def m01() -> bytes:
    plain = t("""
        Hi Kyle,

        Thanks for scheduling time with us! Your phone screen for the Water Resources
        Technologist role at Bowfort Water Engineering is confirmed.

        When: Tuesday, September 15, 2026
        Time: 10:00 AM - 10:30 AM MDT
        Format: Phone call - Priya will call you at (403) 555-0162

        You'll be speaking with:
        Priya Ramdial, Talent Acquisition Specialist

        If you need to make a change, simply reply to this email.

        Best,
        The Bowfort Water Engineering Recruiting Team
        """)
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family: Arial, Helvetica, sans-serif; font-size: 14px; color: #333;">
        <table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
        <table width="600" cellpadding="0" cellspacing="0" border="0" style="text-align:left;">
        <tr><td style="padding: 24px 0;"><img src="https://s2-recruiting.cdn.greenhouse.io/external_greenhouse_job_boards/logos/400/118/100/original/bowfort_logo.png" alt="Bowfort Water Engineering" width="160"></td></tr>
        <tr><td>
        <p>Hi Kyle,</p>
        <p>Thanks for scheduling time with us! Your phone screen for the <strong>Water Resources Technologist</strong> role at Bowfort Water Engineering is confirmed.</p>
        <table cellpadding="4" cellspacing="0" border="0">
        <tr><td style="color:#888;">When</td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td style="color:#888;">Time</td><td>10:00 AM - 10:30 AM MDT</td></tr>
        <tr><td style="color:#888;">Format</td><td>Phone call &ndash; Priya will call you at (403) 555-0162</td></tr>
        </table>
        <p>You&#39;ll be speaking with:<br>Priya Ramdial, Talent Acquisition Specialist</p>
        <p>If you need to make a change, simply reply to this email.</p>
        <p>Best,<br>The Bowfort Water Engineering Recruiting Team</p>
        </td></tr>
        <tr><td style="padding-top: 24px; font-size: 11px; color: #aaa;">Powered by Greenhouse</td></tr>
        </table></td></tr></table>
        <img src="https://click.greenhouse-mail.io/o/1/0102018d-tr-open.gif" width="1" height="1" alt="">
        </body></html>
        """)
    h = head(1, addr("Bowfort Water Engineering", "no-reply@us.greenhouse-mail.io"),
             "Phone screen confirmed: Water Resources Technologist - Bowfort Water Engineering",
             "2026-09-10 14:22:41", HOME, "o7.us.greenhouse-mail.io", "198.51.100.23",
             domain="us.greenhouse-mail.io",
             extra=(("Reply-To", addr("Priya Ramdial", "priya.ramdial@bowfortwater.ca")),
                    ("X-Mailgun-Tag", "candidate_interview_confirmation")))
    return message(h, alt(text(plain), html(body)))


@make.mail(N(2), family="workday", lang="en", interview=True, kind="scheduled",
           start="2026-09-23T19:30:00Z", end=None, contact="renee.paquette@chinookbasin.ca",
           company="Chinook Basin Utilities", local="Wed 2026-09-23 13:30", zone=HOME,
           note="Workday HTML-only interview notice, 1:30 PM 'Mountain Time' in Lethbridge in "
                "September = MDT (UTC-6); no end or length given; sender is the Workday tenant "
                "mailbox, contact = the HR advisor's address in the body")
def m02() -> bytes:
    body = t("""
        <html>
        <head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body>
        <div style="font-family: 'Segoe UI', Arial, sans-serif; font-size: 14px; color: #1f2b38; max-width: 640px;">
        <div style="background:#005b7f; padding:16px 20px;"><span style="color:#ffffff; font-size:18px;">Chinook Basin Utilities</span></div>
        <div style="padding: 20px;">
        <p>Dear Kyle Whitford,</p>
        <p>Thank you for your interest in the <b>Water Systems Technologist (Req R-1187)</b> position. We are pleased to invite you to an in-person interview. Your interview has been scheduled as follows:</p>
        <p><b>Date:</b> Wednesday, September 23, 2026<br>
        <b>Time:</b> 1:30 PM Mountain Time<br>
        <b>Location:</b> Chinook Basin Utilities Operations Centre, 2250 31 Street North, Lethbridge, AB &mdash; please check in at the main reception desk<br>
        <b>Interview panel:</b> Glen Matsuda (Water Operations Supervisor), Renée Paquette (HR Advisor)</p>
        <p>Please bring a copy of your resume and your ASET registration number if applicable. Visitor parking is available on the east side of the building.</p>
        <p>If you have any questions, or if you require an accommodation during the interview process, please contact Renée Paquette at <a href="mailto:renee.paquette@chinookbasin.ca">renee.paquette@chinookbasin.ca</a> or 403-555-0184.</p>
        <p>Sincerely,<br>Human Resources<br>Chinook Basin Utilities</p>
        </div>
        <div style="padding: 12px 20px; font-size: 11px; color: #6b7785; border-top: 1px solid #d9dee3;">This email was sent from an unmonitored mailbox. To view your application, sign in to the <a href="https://wd3.myworkdaysite.com/recruiting/chinookbasin/careers">Chinook Basin Utilities careers site</a>.</div>
        </div>
        </body>
        </html>
        """)
    h = head(2, addr("Chinook Basin Utilities", "chinookbasin@myworkday.com"),
             "Interview Invitation - Water Systems Technologist (R-1187)",
             "2026-09-17 09:05:12", HOME, "mailout-wd3.myworkday.com", "203.0.113.41",
             domain="myworkday.com")
    return message(h, html(body, cte="quoted-printable"))


@make.mail(N(3), family="workable", lang="en", interview=True, kind="scheduled",
           start="2026-09-25T16:00:00Z", end="2026-09-25T16:45:00Z",
           contact="marcus.oyelaran@kestrelag.ca", company="Kestrel Ag Systems",
           local="Fri 2026-09-25 10:00", local_end="2026-09-25 10:45", zone=HOME,
           note="Workable interview invite, 10:00-10:45 (America/Edmonton, MDT = UTC-6), ICS "
                "agrees; Reply-To and ICS organizer are Workable relay addresses, contact = the "
                "hiring manager's address written in the body")
def m03() -> bytes:
    plain = t("""
        Hi Kyle,

        You have been invited to an interview for the Irrigation Automation Technician job at
        Kestrel Ag Systems.

        Friday, September 25, 2026
        10:00 - 10:45 (America/Edmonton)

        Location: Kestrel Ag Systems, 3615 18 Avenue North, Lethbridge, AB
        Interviewer: Marcus Oyelaran, Field Services Manager (marcus.oyelaran@kestrelag.ca)

        Marcus added a note:
        "Looking forward to it. We'll start in the office and then walk over to the shop so you
        can see the pivot controllers we're retrofitting. Steel-toed boots if you have them."

        Add to calendar: the invitation is attached to this email.

        Reply to this email to contact the hiring team.

        --
        Sent with Workable
        """)
    body = t("""
        <!DOCTYPE html>
        <html><body style="margin:0;padding:0;background:#f4f5f7;">
        <table role="presentation" width="100%" style="background:#f4f5f7;"><tr><td align="center" style="padding:24px;">
        <table role="presentation" width="560" style="background:#ffffff;border-radius:4px;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222;">
        <tr><td style="padding:28px 32px;">
        <p>Hi Kyle,</p>
        <p>You have been invited to an interview for the <strong>Irrigation Automation Technician</strong> job at <strong>Kestrel Ag Systems</strong>.</p>
        <p style="font-size:17px;"><strong>Friday, September 25, 2026</strong><br>10:00 - 10:45 (America/Edmonton)</p>
        <p>Location: Kestrel Ag Systems, 3615 18 Avenue North, Lethbridge, AB<br>
        Interviewer: Marcus Oyelaran, Field Services Manager (<a href="mailto:marcus.oyelaran@kestrelag.ca">marcus.oyelaran@kestrelag.ca</a>)</p>
        <p>Marcus added a note:</p>
        <blockquote style="border-left:3px solid #00b3a4;margin:0;padding-left:12px;color:#555;">Looking forward to it. We&#8217;ll start in the office and then walk over to the shop so you can see the pivot controllers we&#8217;re retrofitting. Steel-toed boots if you have them.</blockquote>
        <p>Add to calendar: the invitation is attached to this email.</p>
        <p style="color:#777;font-size:13px;">Reply to this email to contact the hiring team.</p>
        </td></tr></table>
        <p style="font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#999;">Sent with Workable</p>
        </td></tr></table></body></html>
        """)
    ics = vcal("-//Workable//Workable Calendar//EN", "REQUEST", [TZ_EDMONTON], """
        BEGIN:VEVENT
        UID:ev-8c41f2a0-kestrel-ag-systems@workable.com
        DTSTAMP:20260921T174012Z
        DTSTART;TZID=America/Edmonton:20260925T100000
        DTEND;TZID=America/Edmonton:20260925T104500
        SUMMARY:Interview: Kyle Whitford - Irrigation Automation Technician
        LOCATION:Kestrel Ag Systems\\, 3615 18 Avenue North\\, Lethbridge\\, AB
        ORGANIZER;CN=Kestrel Ag Systems:mailto:kestrel-ag-systems@workablemail.com
        ATTENDEE;CN=Kyle Whitford;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:kyle.whitford@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        """)
    relay = "kestrel-ag-systems+c8f2a61d7e@candidates.workablemail.com"
    h = head(3, addr("Kestrel Ag Systems", "kestrel-ag-systems@workablemail.com"),
             "Interview invitation: Irrigation Automation Technician at Kestrel Ag Systems",
             "2026-09-21 11:40:12", HOME, "mail-out3.workablemail.com", "198.51.100.77",
             domain="workablemail.com",
             extra=(("Reply-To", addr("Kestrel Ag Systems", relay)),))
    cal = calendar(ics, method="REQUEST", cte="base64", ctype="text/calendar", filename="invite.ics",
                   disposition="attachment", name_param=True)
    return message(h, mixed(alt(text(plain), html(body)), cal))


@make.mail(N(4), family="smartrecruiters", lang="en", interview=True, kind="cancelled",
           start="2026-10-01T21:00:00Z", end="2026-10-01T22:00:00Z",
           contact="jenna.holt@couleeridge.ca", company="Coulee Ridge Agritech",
           local="Thu 2026-10-01 15:00", local_end="2026-10-01 16:00", zone=HOME,
           note="SmartRecruiters cancellation with METHOD:CANCEL ICS; cancelled slot 3:00-4:00 PM "
                "MDT (Calgary, UTC-6 on 1 October); no new time; contact = human Reply-To")
def m04() -> bytes:
    plain = t("""
        Hi Kyle,

        Unfortunately, your interview for the position Precision Irrigation Specialist has been
        cancelled.

        Cancelled interview:
        Thursday, October 1, 2026, 3:00 PM - 4:00 PM (MDT)
        Video call (Microsoft Teams)

        Message from Jenna Holt:
        Hi Kyle - I'm sorry for the short notice. Our hiring manager has been called out to a
        site in Brooks for the rest of the week. I'll be in touch once I have new availability
        from him.

        Kind regards,
        Coulee Ridge Agritech Hiring Team

        This message was sent to kyle.whitford@example.org via SmartRecruiters.
        """)
    body = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333;">
        <div style="max-width:600px;margin:0 auto;">
        <p>Hi Kyle,</p>
        <p>Unfortunately, your interview for the position <b>Precision Irrigation Specialist</b> has been cancelled.</p>
        <div style="border:1px solid #e0e0e0;padding:12px 16px;margin:16px 0;">
        <div style="color:#999;text-transform:uppercase;font-size:11px;">Cancelled interview</div>
        <div style="text-decoration:line-through;">Thursday, October 1, 2026, 3:00 PM - 4:00 PM (MDT)</div>
        <div>Video call (Microsoft Teams)</div>
        </div>
        <p><b>Message from Jenna Holt:</b><br>Hi Kyle - I&#39;m sorry for the short notice. Our hiring manager has been called out to a site in Brooks for the rest of the week. I&#39;ll be in touch once I have new availability from him.</p>
        <p>Kind regards,<br>Coulee Ridge Agritech Hiring Team</p>
        <p style="font-size:11px;color:#999;">This message was sent to kyle.whitford@example.org via SmartRecruiters.</p>
        </div></body></html>
        """)
    ics = vcal("-//SmartRecruiters//Interview Scheduler//EN", "CANCEL", [TZ_EDMONTON], """
        BEGIN:VEVENT
        UID:3f0c9d6e-51b2-4a8e-9f0d-1c2be8a61f07@smartrecruiters.com
        DTSTAMP:20260928T221005Z
        DTSTART;TZID=America/Edmonton:20261001T150000
        DTEND;TZID=America/Edmonton:20261001T160000
        SUMMARY:Interview - Precision Irrigation Specialist - Kyle Whitford
        ORGANIZER;CN=Jenna Holt:mailto:jenna.holt@couleeridge.ca
        ATTENDEE;CN=Kyle Whitford:mailto:kyle.whitford@example.org
        SEQUENCE:1
        STATUS:CANCELLED
        END:VEVENT
        """)
    h = head(4, addr("Jenna Holt (Coulee Ridge Agritech)", "no-reply@smartrecruiters.com"),
             "Interview cancelled: Precision Irrigation Specialist",
             "2026-09-28 16:10:05", HOME, "mta-07.smartrecruiters.com", "203.0.113.88",
             domain="smartrecruiters.com",
             extra=(("Reply-To", addr("Jenna Holt", "jenna.holt@couleeridge.ca")),))
    return message(h, mixed(alt(text(plain), html(body)),
                            calendar(ics, method="CANCEL", filename="cancel.ics",
                                     disposition="attachment", cte="base64")))


@make.mail(N(5), family="human_prose", lang="en", interview=True, kind="scheduled",
           start="2026-10-06T16:30:00Z", end=None, contact="doug@oldmanvalleysurveying.ca",
           company="Oldman Valley Surveying", local="Tue 2026-10-06 10:30", zone=HOME,
           note="Small-firm owner writes 'tomorrow at 10:30' on Monday 5 October (Date in MDT), so "
                "Tuesday 6 October 10:30 MDT (UTC-6); 'should take about an hour' is approximate, "
                "end null; contact = human sender")
def m05() -> bytes:
    body = t("""
        Hi Kyle,

        Thanks for getting back to me Friday. Let's do tomorrow (Tuesday) at 10:30 at the shop:
        Bay 3, 1420 Industrial Road, Coaldale. Park anywhere out front, the door with the yellow
        tripod sticker is ours.

        It'll just be me and Sheila. Should take about an hour - we'll go over the RTK work we do
        for the irrigation district and the drainage jobs, and I'd like to hear about your canal
        survey experience.

        See you tomorrow,
        Doug

        Doug Brandvold, P.L.S.
        Oldman Valley Surveying Ltd.
        403-555-0129
        """)
    h = head(5, addr("Doug Brandvold", "doug@oldmanvalleysurveying.ca"), "Re: Survey tech position",
             "2026-10-05 08:40:27", HOME, "mail.oldmanvalleysurveying.ca", "192.0.2.144",
             domain="oldmanvalleysurveying.ca",
             extra=(("In-Reply-To", mid(1005, "mail.gmail.com", "gmail")),
                    ("References", mid(1005, "mail.gmail.com", "gmail")),
                    ("X-Mailer", "Microsoft Outlook 16.0")))
    return message(h, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(6), family="google_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-10-08T15:00:00Z", end="2026-10-08T16:00:00Z",
           contact="meera.chaudhry@wascanahydro.ca", company="Wascana Hydro Consultants",
           local="Thu 2026-10-08 09:00", local_end="2026-10-08 10:00", zone="America/Regina",
           note="Google Calendar invitation from Regina: 9am-10am Central Standard Time - Regina "
                "(no DST, UTC-6 all year; in October that equals Lethbridge's MDT); ICS "
                "TZID=America/Regina agrees; contact = ORGANIZER recruiter")
def m06() -> bytes:
    plain = t("""
        Kyle Whitford / Wascana Hydro - video interview
        Thursday Oct 8, 2026 · 9am – 10am
        Central Standard Time - Regina

        Hi Kyle, as discussed - first-round interview with Colin Achter (Water Resources Lead)
        and me for the Hydrotechnical Technologist role. Please have your portfolio of
        hydrometric work handy to screen-share.

        Join with Google Meet
        https://meet.google.com/wqx-hydr-kpz

        Join by phone
        (CA) +1 306-555-0193 PIN: 481 557 209#

        Organizer
        Meera Chaudhry
        meera.chaudhry@wascanahydro.ca

        Guests
        Meera Chaudhry - organizer
        colin.achter@wascanahydro.ca
        kyle.whitford@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=N3Rqd2FzY2FuYTA4

        Reply for kyle.whitford@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=N3Rqd2FzY2FuYTA4&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=N3Rqd2FzY2FuYTA4&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=N3Rqd2FzY2FuYTA4&rst=3

        Invitation from Google Calendar https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organizer,
        be added to the guest list, invite others regardless of their own invitation status, or
        modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
        """)
    body = t("""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;">
        <h2 style="font-size:20px;font-weight:400;color:#3c4043;">Kyle Whitford / Wascana Hydro - video interview</h2>
        <div style="font-size:14px;">Thursday Oct 8, 2026 &#8901; 9am &ndash; 10am<br>Central Standard Time - Regina</div>
        <p style="font-size:14px;">Hi Kyle, as discussed - first-round interview with Colin Achter (Water Resources Lead) and me for the Hydrotechnical Technologist role. Please have your portfolio of hydrometric work handy to screen-share.</p>
        <p><a href="https://meet.google.com/wqx-hydr-kpz" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none;">Join with Google Meet</a></p>
        <div style="font-size:14px;"><b>Organizer</b><br>Meera Chaudhry<br><a href="mailto:meera.chaudhry@wascanahydro.ca">meera.chaudhry@wascanahydro.ca</a></div>
        <div style="font-size:14px;margin-top:8px;"><b>Guests</b><br>Meera Chaudhry - organizer<br>colin.achter@wascanahydro.ca<br>kyle.whitford@example.org</div>
        <div style="font-size:12px;color:#70757a;margin-top:16px;">Invitation from Google Calendar</div>
        </div></body></html>
        """)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", [TZ_REGINA], """
        BEGIN:VEVENT
        DTSTART;TZID=America/Regina:20261008T090000
        DTEND;TZID=America/Regina:20261008T100000
        DTSTAMP:20261002T171530Z
        ORGANIZER;CN=Meera Chaudhry:mailto:meera.chaudhry@wascanahydro.ca
        UID:7tjwascana08oct2026hydro@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Meera Chaudhry;X-NUM-GUESTS=0:mailto:meera.chaudhry@wascanahydro.ca
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=colin.achter@wascanahydro.ca;X-NUM-GUESTS=0:mailto:colin.achter@wascanahydro.ca
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kyle.whitford@example.org;X-NUM-GUESTS=0:mailto:kyle.whitford@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/wqx-hydr-kpz
        CREATED:20261002T171529Z
        DESCRIPTION:Hi Kyle\\, as discussed - first-round interview with Colin Achter (Water Resources Lead) and me for the Hydrotechnical Technologist role.
        LAST-MODIFIED:20261002T171529Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Kyle Whitford / Wascana Hydro - video interview
        TRANSP:OPAQUE
        END:VEVENT
        """)
    h = head(6, addr("Meera Chaudhry", "meera.chaudhry@wascanahydro.ca"),
             "Invitation: Kyle Whitford / Wascana Hydro - video interview @ Thu Oct 8, 2026 9am - 10am (CST) (kyle.whitford@example.org)",
             "2026-10-02 11:15:31", "America/Regina", "mail-sor-f69.google.com", "209.85.220.69",
             domain="google.com",
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                    ("Reply-To", addr("Meera Chaudhry", "meera.chaudhry@wascanahydro.ca"))))
    inner = alt(text(plain, cte="quoted-printable"), html(body),
                calendar(ics, method="REQUEST", cte="7bit"))
    att = calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                   disposition="attachment", name_param=True)
    return message(h, mixed(inner, att))


@make.mail(N(7), family="icims", lang="en", interview=True, kind="scheduled",
           start="2026-10-14T19:00:00Z", end="2026-10-14T20:00:00Z",
           contact="sabrina.oduya@westmarkeng.com", company="Westmark Engineering Group",
           local="Wed 2026-10-14 13:00", local_end="2026-10-14 14:00", zone=HOME,
           note="iCIMS HTML-only mail with US-style date 10/14/2026, 1:00 PM - 2:00 PM (MT), "
                "Edmonton office, MDT = UTC-6; ICS in UTC (19:00Z) agrees; contact = ICS "
                "ORGANIZER recruiter (also in the signature)")
def m07() -> bytes:
    body = t("""
        <html>
        <head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <style type="text/css">
        body { font-family: Verdana, Geneva, sans-serif; font-size: 13px; color: #222222; }
        .hdr { background-color: #7a1f2b; color: #ffffff; padding: 14px; font-size: 16px; }
        td.lbl { font-weight: bold; width: 140px; vertical-align: top; }
        </style>
        </head>
        <body>
        <div class="hdr">Westmark Engineering Group &mdash; Careers</div>
        <p>Dear Kyle,</p>
        <p>Thank you for your application to <b>Job ID 2026-4471 Water Resources Technologist II (Edmonton)</b>. We would like to confirm the details of your virtual interview:</p>
        <table cellpadding="3" cellspacing="0">
        <tr><td class="lbl">Date:</td><td>10/14/2026</td></tr>
        <tr><td class="lbl">Time:</td><td>1:00 PM - 2:00 PM (MT)</td></tr>
        <tr><td class="lbl">Interview Type:</td><td>Microsoft Teams video interview</td></tr>
        <tr><td class="lbl">Interviewers:</td><td>Harjit Bains, Senior Water Resources Engineer<br>Sabrina Oduya, Talent Acquisition Partner</td></tr>
        </table>
        <p>A calendar invitation with the Teams link is attached. Please join a few minutes early to test your audio and video.</p>
        <p>Regards,</p>
        <p>Sabrina Oduya<br>Talent Acquisition Partner<br>Westmark Engineering Group<br>sabrina.oduya@westmarkeng.com | 780-555-0116</p>
        <hr>
        <p style="font-size:10px;color:#777777;">This is an automated message from the Westmark Engineering Group careers portal. Westmark is an equal opportunity employer. <a href="https://careers-westmarkeng.icims.com/jobs/login">Log in to your candidate profile</a></p>
        </body>
        </html>
        """)
    ics = vcal("-//iCIMS//iCIMS Calendar//EN", "REQUEST", [], """
        BEGIN:VEVENT
        UID:icims-int-2026-4471-88213@icims.com
        DTSTAMP:20261007T160200Z
        DTSTART:20261014T190000Z
        DTEND:20261014T200000Z
        SUMMARY:Interview - Water Resources Technologist II - Kyle Whitford
        DESCRIPTION:Microsoft Teams video interview. Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_WmVzdG1hcmsxNA%40thread.v2/0
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Sabrina Oduya:mailto:sabrina.oduya@westmarkeng.com
        ATTENDEE;CN=Kyle Whitford;RSVP=TRUE:mailto:kyle.whitford@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        """)
    h = head(7, addr("Westmark Engineering Group", "westmark@talent.icims.com"),
             "Interview Confirmation - Water Resources Technologist II",
             "2026-10-07 10:02:55", HOME, "smtp2.icims.com", "198.51.100.152", domain="icims.com")
    return message(h, mixed(html(body),
                            calendar(ics, method="REQUEST", filename="Interview.ics",
                                     disposition="attachment", name_param=True)))


@make.mail(N(8), family="ms_bookings", lang="en", interview=True, kind="scheduled",
           start="2026-10-15T15:00:00Z", end="2026-10-15T15:45:00Z", contact=None,
           company="Three Coulees County", local="Thu 2026-10-15 09:00",
           local_end="2026-10-15 09:45", zone=HOME,
           note="Microsoft Bookings confirmation from a shared county mailbox; body says 9:00 AM - "
                "9:45 AM '(UTC-07:00) Mountain Time (US & Canada)', the zone's standard-offset "
                "label, but mid-October is MDT (UTC-6), which the ICS (Mountain Standard Time) "
                "confirms; staff member named without an address, so contact null")
def m08() -> bytes:
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body>
        <div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#252423;">
        <div style="font-size:22px;color:#0f6cbd;padding-bottom:8px;">Your booking is confirmed</div>
        <div>Hello Kyle Whitford,</div>
        <div style="padding-top:8px;">Thank you for booking with Three Coulees County - Human Resources. Here are the details of your booking.</div>
        <table style="margin-top:16px;font-size:14px;" cellpadding="4">
        <tr><td style="color:#605e5c;">Service</td><td>Panel Interview - Utilities Technologist II</td></tr>
        <tr><td style="color:#605e5c;">Date and time</td><td>Thursday, October 15, 2026 9:00 AM - 9:45 AM (UTC-07:00) Mountain Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c;">Staff</td><td>Dana Kowalchuk</td></tr>
        <tr><td style="color:#605e5c;">Location</td><td>County Administration Building, Council Chambers Annex</td></tr>
        </table>
        <div style="padding-top:16px;"><a href="https://outlook.office365.com/owa/calendar/ThreeCouleesCountyHR@threecoulees.ca/bookings/">Manage booking</a></div>
        <div style="padding-top:16px;color:#605e5c;font-size:12px;">Please arrive 10 minutes early and bring two pieces of identification. Candidates for this position complete a short written exercise after the panel.</div>
        <div style="padding-top:16px;color:#605e5c;font-size:12px;">Three Coulees County - Human Resources</div>
        </div></body></html>
        """)
    plain = t("""
        Your booking is confirmed

        Hello Kyle Whitford,

        Thank you for booking with Three Coulees County - Human Resources. Here are the details
        of your booking.

        Service: Panel Interview - Utilities Technologist II
        Date and time: Thursday, October 15, 2026 9:00 AM - 9:45 AM (UTC-07:00) Mountain Time (US & Canada)
        Staff: Dana Kowalchuk
        Location: County Administration Building, Council Chambers Annex

        Manage booking: https://outlook.office365.com/owa/calendar/ThreeCouleesCountyHR@threecoulees.ca/bookings/

        Please arrive 10 minutes early and bring two pieces of identification. Candidates for
        this position complete a short written exercise after the panel.
        """)
    ics = exchange_vcal("REQUEST", [TZ_WIN_MOUNTAIN], """
        BEGIN:VEVENT
        ORGANIZER;CN=Three Coulees County - Human Resources:mailto:ThreeCouleesCountyHR@threecoulees.ca
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Kyle Whitford:mailto:kyle.whitford@example.org
        DESCRIPTION;LANGUAGE=en-US:Panel Interview - Utilities Technologist II\\nStaff: Dana Kowalchuk\\n
        UID:040000008200E00074C5B7101A82E00800000000B0C3D8A1D2E4DC01000000000000000010000000AF3C7E1D
        SUMMARY;LANGUAGE=en-US:Panel Interview - Utilities Technologist II
        DTSTART;TZID=Mountain Standard Time:20261015T090000
        DTEND;TZID=Mountain Standard Time:20261015T094500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261009T193012Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:County Administration Building\\, Council Chambers Annex
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-IMPORTANCE:1
        END:VEVENT
        """)
    mbox = "ThreeCouleesCountyHR@threecoulees.ca"
    h = head(8, addr("Three Coulees County - Human Resources", mbox),
             "Booking confirmed: Panel Interview - Utilities Technologist II",
             "2026-10-09 13:30:12", HOME, "CAN01-YT3-obe.outbound.protection.outlook.com",
             "40.107.192.51", domain="YT3PR01MB8822.CANPRD01.PROD.OUTLOOK.COM", style="outlook")
    return message(h, mixed(alt(text(plain), html(body)),
                            calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                     disposition="attachment")))


@make.mail(N(9), family="outlook_calendar", lang="fr", interview=True, kind="scheduled",
           start="2026-10-20T14:00:00Z", end="2026-10-20T15:00:00Z",
           contact="genevieve.tremblay@hydroconseilboreal.ca", company="Hydro-Conseil Boréal",
           local="Tue 2026-10-20 10:00", local_end="2026-10-20 11:00", zone="America/Toronto",
           note="Exchange/Teams meeting request in Canadian French from Montréal: 'mardi 20 octobre "
                "2026 10:00-11:00, (UTC-05:00) Est (États-Unis et Canada)'; the label shows the "
                "standard offset but 20 October is EDT (UTC-4), as the ICS (Eastern Standard Time) "
                "confirms; body also says 8 h in Lethbridge; contact = human organizer")
def m09() -> bytes:
    plain = t("""
        Bonjour Kyle,

        Tel que convenu, voici l'invitation pour votre entrevue pour le poste de technologue en
        hydrologie (poste à distance, équipe de l'Ouest). Vous rencontrerez Mathieu Gagnon,
        directeur de projets, et moi-même. Prévoyez une heure.

        Pour vous, ce sera 8 h à Lethbridge.

        Au plaisir,
        Geneviève

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, application mobile ou appareil de salle
        Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_SGN4Qm9yZWFsMjA%40thread.v2/0?context=%7b%22Tid%22%3a%22hcb%22%7d>
        ID de réunion : 284 117 630 552
        Code secret : 7vQx2m
        Télécharger Teams<https://www.microsoft.com/fr-ca/microsoft-teams/download-app> | Rejoindre sur le Web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="FR-CA">
        <div class="WordSection1">
        <p class="MsoNormal">Bonjour Kyle,</p>
        <p class="MsoNormal">Tel que convenu, voici l’invitation pour votre entrevue pour le poste de technologue en hydrologie (poste à distance, équipe de l’Ouest). Vous rencontrerez Mathieu Gagnon, directeur de projets, et moi-même. Prévoyez une heure.</p>
        <p class="MsoNormal">Pour vous, ce sera 8 h à Lethbridge.</p>
        <p class="MsoNormal">Au plaisir,<br>Geneviève</p>
        <div style="width:100%;height:20px;"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36;">________________________________________________________________________________</span></div>
        <div><span style="font-size:24px;font-weight:700;color:#252424;">Réunion Microsoft Teams</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_SGN4Qm9yZWFsMjA%40thread.v2/0">Cliquez ici pour rejoindre la réunion</a></div>
        <div><span style="color:#252424;">ID de réunion : </span><span>284 117 630 552</span><br><span style="color:#252424;">Code secret : </span><span>7vQx2m</span></div>
        </div></body></html>
        """)
    ics = exchange_vcal("REQUEST", [VTZ["Eastern Standard Time"]], """
        BEGIN:VEVENT
        ORGANIZER;CN=Geneviève Tremblay:mailto:genevieve.tremblay@hydroconseilboreal.ca
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kyle Whitford:mailto:kyle.whitford@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Gagnon:mailto:mathieu.gagnon@hydroconseilboreal.ca
        DESCRIPTION;LANGUAGE=fr-CA:Bonjour Kyle\\,\\n\\nTel que convenu\\, voici l'invitation pour votre entrevue.\\n
        UID:040000008200E00074C5B7101A82E0080000000060A1F7F3C55EDC01000000000000000010000000D94E2B07
        SUMMARY;LANGUAGE=fr-CA:Entrevue - Technologue en hydrologie (Kyle Whitford)
        DTSTART;TZID=Eastern Standard Time:20261020T100000
        DTEND;TZID=Eastern Standard Time:20261020T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261013T134700Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_SGN4Qm9yZWFsMjA%40thread.v2/0
        END:VEVENT
        """)
    h = head(9, addr("Geneviève Tremblay", "genevieve.tremblay@hydroconseilboreal.ca"),
             "Entrevue – Technologue en hydrologie (Kyle Whitford)",
             "2026-10-13 09:47:00", "America/Toronto",
             "CAN01-QB1-obe.outbound.protection.outlook.com", "40.107.193.70",
             domain="QB1PR01MB3307.CANPRD01.PROD.OUTLOOK.COM", style="outlook",
             extra=(("Content-Language", "fr-CA"),
                    ("X-MS-Has-Attach", ""),
                    ("X-MS-TNEF-Correlator", "")))
    return message(h, alt(text(plain, charset="windows-1252"), html(body, charset="windows-1252"),
                          calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(10), family="human_prose", lang="fr", interview=True, kind="rescheduled",
           start="2026-10-22T17:30:00Z", end="2026-10-22T18:30:00Z",
           contact="genevieve.tremblay@hydroconseilboreal.ca", company="Hydro-Conseil Boréal",
           local="Thu 2026-10-22 13:30", local_end="2026-10-22 14:30", zone="America/Toronto",
           note="French recruiter mail confirming the move agreed by phone: from mardi 20 octobre "
                "10 h to jeudi 22 octobre 13 h 30 heure de l'Est (EDT, UTC-4; '11 h 30 chez vous' "
                "in MDT agrees), 'durée : une heure'; old and new times in the same mail; "
                "contact = human sender")
def m10() -> bytes:
    body = t("""
        Bonjour Kyle,

        Merci d'avoir pris mon appel ce matin et désolée encore pour le changement.

        Comme convenu, votre entrevue de mardi 20 octobre à 10 h est déplacée au :

            jeudi 22 octobre 2026, 13 h 30 à 14 h 30 (heure de l'Est)
            soit 11 h 30 chez vous, à Lethbridge

        Durée : une heure. Mathieu sera toujours présent et Élise Bouchard, notre hydrologue
        principale pour l'Ouest, se joindra à nous. Le lien Teams reste le même; Outlook vous
        enverra la mise à jour de l'invitation.

        Bonne fin de semaine,

        Geneviève Tremblay
        Conseillère principale, acquisition de talents
        Hydro-Conseil Boréal inc.
        1250, boul. René-Lévesque O., bureau 2200, Montréal (Québec)
        514 555-0148
        """)
    h = head(10, addr("Geneviève Tremblay", "genevieve.tremblay@hydroconseilboreal.ca"),
             "Entrevue déplacée au jeudi 22 octobre",
             "2026-10-16 15:20:44", "America/Toronto",
             "CAN01-QB1-obe.outbound.protection.outlook.com", "40.107.193.72",
             domain="QB1PR01MB3307.CANPRD01.PROD.OUTLOOK.COM", style="outlook",
             extra=(("Content-Language", "fr-CA"),))
    return message(h, text(body, cte="8bit"))


@make.mail(N(11), family="lever", lang="en", interview=True, kind="scheduled",
           start="2026-10-29T17:00:00Z", end="2026-10-29T18:00:00Z",
           contact="owen.farrelly@cascadiawater.io", company="Cascadia Water Analytics",
           local="Thu 2026-10-29 10:00", local_end="2026-10-29 11:00", zone="America/Vancouver",
           note="Lever confirmation from a Vancouver employer, 10:00-11:00 AM PDT (UTC-7; North "
                "America is still on daylight time on 29 October); ICS TZID=America/Vancouver "
                "agrees; contact = human Reply-To")
def m11() -> bytes:
    plain = t("""
        Hi Kyle,

        Your interview with Cascadia Water Analytics is confirmed!

        Hydrometric Data Technologist (Remote - Canada)
        Thursday, October 29, 2026
        10:00 AM - 11:00 AM PDT (Pacific Daylight Time)

        Video call: https://meet.google.com/cwa-lvrx-029

        Your interviewers:
        - Hana Sato, Lead Hydrologist
        - Owen Farrelly, Recruiting Lead

        We've attached a calendar invitation. If anything comes up, just reply to this email and
        it will go straight to Owen.

        Talk soon,
        Cascadia Water Analytics
        """)
    body = t("""
        <div style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;font-size:15px;line-height:22px;color:#2d3440;max-width:560px;">
        <p>Hi Kyle,</p>
        <p>Your interview with Cascadia Water Analytics is confirmed!</p>
        <div style="background:#f5f7fa;border-radius:6px;padding:16px;">
        <div style="font-weight:600;">Hydrometric Data Technologist (Remote - Canada)</div>
        <div>Thursday, October 29, 2026</div>
        <div>10:00 AM - 11:00 AM PDT (Pacific Daylight Time)</div>
        <div><a href="https://meet.google.com/cwa-lvrx-029">Join video call</a></div>
        </div>
        <p>Your interviewers:</p>
        <ul><li>Hana Sato, Lead Hydrologist</li><li>Owen Farrelly, Recruiting Lead</li></ul>
        <p>We&#39;ve attached a calendar invitation. If anything comes up, just reply to this email and it will go straight to Owen.</p>
        <p>Talk soon,<br>Cascadia Water Analytics</p>
        <p style="font-size:11px;color:#9aa3ad;">Sent via Lever</p>
        </div>
        """)
    ics = vcal("-//Lever//Lever Hire//EN", "REQUEST", [TZ_VANCOUVER], """
        BEGIN:VEVENT
        UID:lever-interview-5d2e91c4-0b7a-4f53-8e21-2b9f6c4da310
        DTSTAMP:20261022T234500Z
        DTSTART;TZID=America/Vancouver:20261029T100000
        DTEND;TZID=America/Vancouver:20261029T110000
        SUMMARY:Interview: Kyle Whitford <> Cascadia Water Analytics
        LOCATION:https://meet.google.com/cwa-lvrx-029
        ORGANIZER;CN=Owen Farrelly:mailto:owen.farrelly@cascadiawater.io
        ATTENDEE;CN=Kyle Whitford;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kyle.whitford@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        """)
    h = head(11, addr("Cascadia Water Analytics", "no-reply@hire.lever.co"),
             "Interview confirmed: Hydrometric Data Technologist at Cascadia Water Analytics",
             "2026-10-22 16:45:00", "America/Vancouver", "mail.hire.lever.co", "198.51.100.201",
             domain="hire.lever.co",
             extra=(("Reply-To", addr("Owen Farrelly", "owen.farrelly@cascadiawater.io")),))
    return message(h, mixed(alt(text(plain), html(body)),
                            calendar(ics, method="REQUEST", filename="interview.ics",
                                     disposition="attachment", cte="quoted-printable")))


@make.mail(N(12), family="outlook_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-11-03T21:00:00Z", end="2026-11-03T22:00:00Z",
           contact="lorne.baptiste@elbowriver-eng.ca", company="Elbow River Engineering",
           local="Tue 2026-11-03 14:00", local_end="2026-11-03 15:00", zone=HOME,
           note="Exchange meeting request sent 28 October in MDT for Tuesday 3 November 2:00-3:00 "
                "PM (UTC-07:00) Mountain Time: after the 1 November change, so MST (UTC-7) -> "
                "21:00Z; ICS TZID 'Mountain Standard Time' agrees; contact = human organizer")
def m12() -> bytes:
    plain = t("""
        When: Tuesday, November 3, 2026 2:00 PM-3:00 PM. (UTC-07:00) Mountain Time (US & Canada)
        Where: Elbow River Engineering, Suite 1400, 521 3 Avenue SW, Calgary - ask for Lorne at reception

        *~*~*~*~*~*~*~*~*~*

        Hi Kyle,

        Sending the invite for your interview for the Hydrometric Technologist position. You'll
        meet me and Daria Kovac from our monitoring group. There's visitor parking under the
        building, entrance off 4th Street; we'll validate.

        Regards,

        Lorne Baptiste, P.Eng.
        Manager, Water Resources
        Elbow River Engineering Ltd.
        T 403-555-0175
        """)
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body lang="EN-CA">
        <div class="WordSection1">
        <p class="MsoNormal">When: Tuesday, November 3, 2026 2:00 PM-3:00 PM. (UTC-07:00) Mountain Time (US &amp; Canada)<br>
        Where: Elbow River Engineering, Suite 1400, 521 3 Avenue SW, Calgary - ask for Lorne at reception</p>
        <p class="MsoNormal"><span style="font-family:Consolas;color:#7F7F7F">*~*~*~*~*~*~*~*~*~*</span></p>
        <p class="MsoNormal">Hi Kyle,</p>
        <p class="MsoNormal">Sending the invite for your interview for the Hydrometric Technologist position. You’ll meet me and Daria Kovac from our monitoring group. There’s visitor parking under the building, entrance off 4th Street; we’ll validate.</p>
        <p class="MsoNormal">Regards,</p>
        <p class="MsoNormal"><b>Lorne Baptiste, P.Eng.</b><br>Manager, Water Resources<br>Elbow River Engineering Ltd.<br>T 403-555-0175</p>
        </div></body></html>
        """)
    ics = exchange_vcal("REQUEST", [TZ_WIN_MOUNTAIN], """
        BEGIN:VEVENT
        ORGANIZER;CN=Lorne Baptiste:mailto:lorne.baptiste@elbowriver-eng.ca
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kyle Whitford:mailto:kyle.whitford@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daria Kovac:mailto:daria.kovac@elbowriver-eng.ca
        DESCRIPTION;LANGUAGE=en-US:Hi Kyle\\,\\n\\nSending the invite for your interview for the Hydrometric Technologist position.\\n
        UID:040000008200E00074C5B7101A82E00800000000F1D8E4A2B866DC01000000000000000010000000E7A9314C
        SUMMARY;LANGUAGE=en-US:Interview: Kyle Whitford - Hydrometric Technologist
        DTSTART;TZID=Mountain Standard Time:20261103T140000
        DTEND;TZID=Mountain Standard Time:20261103T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261028T211200Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Elbow River Engineering\\, Suite 1400\\, 521 3 Avenue SW\\, Calgary
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2120894411
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        """)
    h = head(12, addr("Lorne Baptiste", "lorne.baptiste@elbowriver-eng.ca"),
             "Interview: Kyle Whitford - Hydrometric Technologist",
             "2026-10-28 15:12:09", HOME, "CAN01-YT3-obe.outbound.protection.outlook.com",
             "40.107.192.88", domain="YT3PR01MB6140.CANPRD01.PROD.OUTLOOK.COM", style="outlook",
             charset="windows-1252",
             extra=(("Thread-Topic", "Interview: Kyle Whitford - Hydrometric Technologist"),
                    ("Content-Language", "en-US")))
    return message(h, alt(text(plain, charset="windows-1252"), html(body, charset="windows-1252"),
                          calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(13), family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
           start="2026-11-04T15:30:00Z", end="2026-11-04T16:30:00Z",
           contact="lorne.baptiste@elbowriver-eng.ca", company="Elbow River Engineering",
           local="Wed 2026-11-04 08:30", local_end="2026-11-04 09:30", zone=HOME,
           note="Exchange update (SEQUENCE:1) of the Elbow River interview, sent 30 October (MDT): "
                "moved to Wednesday 4 November 8:30-9:30 AM Mountain, after the change to MST "
                "(UTC-7) -> 15:30Z; ICS agrees; contact = human organizer")
def m13() -> bytes:
    plain = t("""
        When: Wednesday, November 4, 2026 8:30 AM-9:30 AM. (UTC-07:00) Mountain Time (US & Canada)
        Where: Elbow River Engineering, Suite 1400, 521 3 Avenue SW, Calgary - ask for Lorne at reception

        *~*~*~*~*~*~*~*~*~*

        Kyle - apologies for the shuffle. Daria is on a flow-monitoring trip Tuesday afternoon, so
        I've moved us to Wednesday morning at 8:30. Everything else is the same. If the early
        start is a problem with the drive up from Lethbridge, let me know.

        Lorne
        """)
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body lang="EN-CA">
        <div class="WordSection1">
        <p class="MsoNormal">When: Wednesday, November 4, 2026 8:30 AM-9:30 AM. (UTC-07:00) Mountain Time (US &amp; Canada)<br>
        Where: Elbow River Engineering, Suite 1400, 521 3 Avenue SW, Calgary - ask for Lorne at reception</p>
        <p class="MsoNormal"><span style="font-family:Consolas;color:#7F7F7F">*~*~*~*~*~*~*~*~*~*</span></p>
        <p class="MsoNormal">Kyle – apologies for the shuffle. Daria is on a flow-monitoring trip Tuesday afternoon, so I’ve moved us to Wednesday morning at 8:30. Everything else is the same. If the early start is a problem with the drive up from Lethbridge, let me know.</p>
        <p class="MsoNormal">Lorne</p>
        </div></body></html>
        """)
    ics = exchange_vcal("REQUEST", [TZ_WIN_MOUNTAIN], """
        BEGIN:VEVENT
        ORGANIZER;CN=Lorne Baptiste:mailto:lorne.baptiste@elbowriver-eng.ca
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kyle Whitford:mailto:kyle.whitford@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daria Kovac:mailto:daria.kovac@elbowriver-eng.ca
        DESCRIPTION;LANGUAGE=en-US:Kyle - apologies for the shuffle.\\n
        UID:040000008200E00074C5B7101A82E00800000000F1D8E4A2B866DC01000000000000000010000000E7A9314C
        SUMMARY;LANGUAGE=en-US:Interview: Kyle Whitford - Hydrometric Technologist
        DTSTART;TZID=Mountain Standard Time:20261104T083000
        DTEND;TZID=Mountain Standard Time:20261104T093000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261030T140500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Elbow River Engineering\\, Suite 1400\\, 521 3 Avenue SW\\, Calgary
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2120894411
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        """)
    h = head(13, addr("Lorne Baptiste", "lorne.baptiste@elbowriver-eng.ca"),
             "Interview: Kyle Whitford - Hydrometric Technologist",
             "2026-10-30 08:05:31", HOME, "CAN01-YT3-obe.outbound.protection.outlook.com",
             "40.107.192.90", domain="YT3PR01MB6140.CANPRD01.PROD.OUTLOOK.COM", style="outlook",
             extra=(("Thread-Topic", "Interview: Kyle Whitford - Hydrometric Technologist"),
                    ("Content-Language", "en-US")))
    return message(h, alt(text(plain, charset="windows-1252"), html(body, charset="windows-1252"),
                          calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(14), family="calendly", lang="en", interview=True, kind="rescheduled",
           start="2026-11-16T17:30:00Z", end="2026-11-16T18:00:00Z",
           contact="aaron.kostiuk@riverlot.ca", company="Riverlot Engineering",
           local="Mon 2026-11-16 10:30", local_end="2026-11-16 11:00", zone=HOME,
           note="Calendly invitee reschedule notice: former Friday 13 November 2:00pm, updated "
                "10:30am - 11:00am Monday 16 November 'Mountain Time - US & Canada' (MST, UTC-7, "
                "after 1 November); ICS in UTC agrees; contact = host via Reply-To")
def m14() -> bytes:
    plain = t("""
        Hi Kyle Whitford,

        Your event has been rescheduled.

        Event Type:
        Technical Chat - Water Resources Technologist

        Former:
        2:00pm - 2:30pm, Friday, November 13, 2026 (Mountain Time - US & Canada)

        Updated:
        10:30am - 11:00am, Monday, November 16, 2026 (Mountain Time - US & Canada)

        Invitee Time Zone:
        Mountain Time - US & Canada

        Location:
        This is a Microsoft Teams web conference.
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_Uml2ZXJsb3QxNg%40thread.v2/0

        Reason for reschedule from Aaron Kostiuk:
        "Field day came up on Friday - hope Monday morning works, otherwise grab another slot."

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/6f2a0c1e-8d4b-4c71-a1b5-riverlot
        Reschedule: https://calendly.com/reschedulings/6f2a0c1e-8d4b-4c71-a1b5-riverlot

        Powered by Calendly.com
        """)
    body = t("""
        <html><body style="font-family:'Proxima Nova',Helvetica,Arial,sans-serif;color:#0a2540;">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" cellpadding="0" cellspacing="0" style="text-align:left;font-size:15px;">
        <tr><td style="padding:24px 0 8px;">Hi Kyle Whitford,</td></tr>
        <tr><td style="padding-bottom:16px;">Your event has been rescheduled.</td></tr>
        <tr><td style="font-weight:bold;">Event Type:</td></tr>
        <tr><td style="padding-bottom:12px;">Technical Chat - Water Resources Technologist</td></tr>
        <tr><td style="font-weight:bold;">Former:</td></tr>
        <tr><td style="padding-bottom:12px;text-decoration:line-through;">2:00pm - 2:30pm, Friday, November 13, 2026 (Mountain Time - US &amp; Canada)</td></tr>
        <tr><td style="font-weight:bold;">Updated:</td></tr>
        <tr><td style="padding-bottom:12px;">10:30am - 11:00am, Monday, November 16, 2026 (Mountain Time - US &amp; Canada)</td></tr>
        <tr><td style="font-weight:bold;">Location:</td></tr>
        <tr><td style="padding-bottom:12px;">This is a Microsoft Teams web conference. <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_Uml2ZXJsb3QxNg%40thread.v2/0">Join</a></td></tr>
        <tr><td style="font-weight:bold;">Reason for reschedule from Aaron Kostiuk:</td></tr>
        <tr><td style="padding-bottom:12px;">&quot;Field day came up on Friday - hope Monday morning works, otherwise grab another slot.&quot;</td></tr>
        <tr><td style="padding-top:16px;font-size:13px;"><a href="https://calendly.com/cancellations/6f2a0c1e-8d4b-4c71-a1b5-riverlot">Cancel</a> &middot; <a href="https://calendly.com/reschedulings/6f2a0c1e-8d4b-4c71-a1b5-riverlot">Reschedule</a></td></tr>
        <tr><td style="padding-top:24px;font-size:12px;color:#476788;">Powered by Calendly.com</td></tr>
        </table></td></tr></table></body></html>
        """)
    ics = vcal("-//Calendly//Calendly//EN", "REQUEST", [], """
        BEGIN:VEVENT
        UID:6f2a0c1e-8d4b-4c71-a1b5-riverlot@calendly.com
        DTSTAMP:20261110T193100Z
        DTSTART:20261116T173000Z
        DTEND:20261116T180000Z
        SUMMARY:Technical Chat - Water Resources Technologist (Kyle Whitford and Aaron Kostiuk)
        ORGANIZER;CN=Aaron Kostiuk:mailto:aaron.kostiuk@riverlot.ca
        ATTENDEE;CN=Kyle Whitford;ROLE=REQ-PARTICIPANT:mailto:kyle.whitford@example.org
        LOCATION:https://teams.microsoft.com/l/meetup-join/19%3ameeting_Uml2ZXJsb3QxNg%40thread.v2/0
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        """)
    h = head(14, addr("Calendly", "notifications@calendly.com"),
             "Updated: Kyle Whitford and Aaron Kostiuk on Monday, November 16, 2026",
             "2026-11-10 12:31:00", HOME, "o3.email.calendly.com", "198.51.100.36",
             domain="calendly.com",
             extra=(("Reply-To", addr("Aaron Kostiuk", "aaron.kostiuk@riverlot.ca")),))
    return message(h, mixed(alt(text(plain), html(body)),
                            calendar(ics, method="REQUEST", filename="invite.ics",
                                     disposition="attachment", ctype="application/ics")))


@make.mail(N(15), family="google_calendar", lang="en", interview=True, kind="cancelled",
           start="2026-11-18T19:00:00Z", end="2026-11-18T19:45:00Z",
           contact="nadia.ferreira@salishseahydro.ca", company="Salish Sea Hydrometrics",
           local="Wed 2026-11-18 11:00", local_end="2026-11-18 11:45", zone="America/Vancouver",
           note="Google Calendar cancellation (METHOD:CANCEL) from Vancouver: 11am - 11:45am PST "
                "(UTC-8 after 1 November) -> 19:00Z; the posting is on hold, no new time; "
                "contact = ORGANIZER recruiter")
def m15() -> bytes:
    plain = t("""
        This event has been canceled and removed from your calendar.

        Technical interview - Kyle Whitford
        Wednesday Nov 18, 2026 · 11am – 11:45am
        Pacific Time - Vancouver

        Hi Kyle, apologies - the field technologist posting has been put on hold after our budget
        review this week, so I have to cancel our interview. I'll reach out if it reopens in the
        new year.

        Organizer
        Nadia Ferreira
        nadia.ferreira@salishseahydro.ca

        Guests
        Nadia Ferreira - organizer
        kyle.whitford@example.org
        tomasz.wierzbicki@salishseahydro.ca

        Invitation from Google Calendar https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
        """)
    body = t("""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;">
        <div style="font-size:14px;color:#d93025;">This event has been canceled and removed from your calendar.</div>
        <h2 style="font-size:20px;font-weight:400;text-decoration:line-through;">Technical interview - Kyle Whitford</h2>
        <div style="font-size:14px;text-decoration:line-through;">Wednesday Nov 18, 2026 &#8901; 11am &ndash; 11:45am<br>Pacific Time - Vancouver</div>
        <p style="font-size:14px;">Hi Kyle, apologies - the field technologist posting has been put on hold after our budget review this week, so I have to cancel our interview. I&#39;ll reach out if it reopens in the new year.</p>
        <div style="font-size:14px;"><b>Organizer</b><br>Nadia Ferreira<br><a href="mailto:nadia.ferreira@salishseahydro.ca">nadia.ferreira@salishseahydro.ca</a></div>
        <div style="font-size:12px;color:#70757a;margin-top:16px;">Invitation from Google Calendar</div>
        </div></body></html>
        """)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "CANCEL", [TZ_VANCOUVER], """
        BEGIN:VEVENT
        DTSTART;TZID=America/Vancouver:20261118T110000
        DTEND;TZID=America/Vancouver:20261118T114500
        DTSTAMP:20261112T182002Z
        ORGANIZER;CN=Nadia Ferreira:mailto:nadia.ferreira@salishseahydro.ca
        UID:2b9salishsea18nov2026tech@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=kyle.whitford@example.org;X-NUM-GUESTS=0:mailto:kyle.whitford@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=tomasz.wierzbicki@salishseahydro.ca;X-NUM-GUESTS=0:mailto:tomasz.wierzbicki@salishseahydro.ca
        CREATED:20261104T200114Z
        LAST-MODIFIED:20261112T182002Z
        LOCATION:
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Technical interview - Kyle Whitford
        TRANSP:OPAQUE
        END:VEVENT
        """)
    h = head(15, addr("Nadia Ferreira", "nadia.ferreira@salishseahydro.ca"),
             "Canceled event: Technical interview - Kyle Whitford @ Wed Nov 18, 2026 11am - 11:45am (PST) (kyle.whitford@example.org)",
             "2026-11-12 10:20:02", "America/Vancouver", "mail-sor-f73.google.com",
             "209.85.220.73", domain="google.com",
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                    ("Reply-To", addr("Nadia Ferreira", "nadia.ferreira@salishseahydro.ca"))))
    inner = alt(text(plain), html(body), calendar(ics, method="CANCEL", cte="7bit"))
    att = calendar(ics, method="CANCEL", cte="base64", ctype="application/ics", filename="invite.ics",
                   disposition="attachment", name_param=True)
    return message(h, mixed(inner, att))


@make.mail(N(16), family="reply_quoted", lang="en", interview=True, kind="scheduled",
           start="2026-11-25T16:00:00Z", end="2026-11-25T17:30:00Z",
           contact="colin.achter@wascanahydro.ca", company="Wascana Hydro Consultants",
           local="Wed 2026-11-25 10:00", local_end="2026-11-25 11:30", zone="America/Regina",
           note="Hiring manager's short Outlook reply on top of the quoted thread: 'Wednesday the "
                "25th at 10:00 Sask time it is', 90 minutes; Regina stays UTC-6 (16:00Z), which in "
                "late November is 9:00 MST in Lethbridge, as the quoted candidate mail says; "
                "contact = human sender")
def m16() -> bytes:
    plain = t("""
        Perfect - Wednesday the 25th at 10:00 Sask time it is, and yes, that's 9:00 your time now
        that you've fallen back and we haven't. Plan on 90 minutes: an hour with Rajesh and me,
        then 30 minutes with two of the field techs. Meera will send the Teams link.

        Colin

        Colin Achter, P.Eng. | Water Resources Lead
        Wascana Hydro Consultants | 2100 Broad Street, Regina SK
        306-555-0157

        From: Kyle Whitford <kyle.whitford@example.org>
        Sent: Wednesday, November 18, 2026 4:12 PM
        To: Colin Achter <colin.achter@wascanahydro.ca>
        Subject: Re: Second interview - Wascana Hydro Consultants

        Hi Colin,

        Wednesday the 25th at 10 works well for me - that would be 9:00 my time, correct? Video
        is perfect.

        Thanks,
        Kyle

        From: Colin Achter <colin.achter@wascanahydro.ca>
        Sent: Tuesday, November 17, 2026 2:40 PM
        To: Kyle Whitford <kyle.whitford@example.org>
        Subject: Second interview - Wascana Hydro Consultants

        Hi Kyle,

        Thanks again for your time last month. We'd like to bring you back for a second
        conversation, by video. Would Wednesday, November 25 at 10:00 a.m. Sask time work for
        you?

        Colin
        """)
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="EN-CA"><div class="WordSection1">
        <p class="MsoNormal">Perfect – Wednesday the 25th at 10:00 Sask time it is, and yes, that’s 9:00 your time now that you’ve fallen back and we haven’t. Plan on 90 minutes: an hour with Rajesh and me, then 30 minutes with two of the field techs. Meera will send the Teams link.</p>
        <p class="MsoNormal">Colin</p>
        <p class="MsoNormal"><b>Colin Achter, P.Eng.</b> | Water Resources Lead<br>Wascana Hydro Consultants | 2100 Broad Street, Regina SK<br>306-555-0157</p>
        <div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
        <p class="MsoNormal"><b>From:</b> Kyle Whitford &lt;kyle.whitford@example.org&gt;<br><b>Sent:</b> Wednesday, November 18, 2026 4:12 PM<br><b>To:</b> Colin Achter &lt;colin.achter@wascanahydro.ca&gt;<br><b>Subject:</b> Re: Second interview - Wascana Hydro Consultants</p></div>
        <p class="MsoNormal">Hi Colin,</p>
        <p class="MsoNormal">Wednesday the 25th at 10 works well for me - that would be 9:00 my time, correct? Video is perfect.</p>
        <p class="MsoNormal">Thanks,<br>Kyle</p>
        <div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
        <p class="MsoNormal"><b>From:</b> Colin Achter &lt;colin.achter@wascanahydro.ca&gt;<br><b>Sent:</b> Tuesday, November 17, 2026 2:40 PM<br><b>To:</b> Kyle Whitford &lt;kyle.whitford@example.org&gt;<br><b>Subject:</b> Second interview - Wascana Hydro Consultants</p></div>
        <p class="MsoNormal">Hi Kyle,</p>
        <p class="MsoNormal">Thanks again for your time last month. We’d like to bring you back for a second conversation, by video. Would Wednesday, November 25 at 10:00 a.m. Sask time work for you?</p>
        <p class="MsoNormal">Colin</p>
        </div></body></html>
        """)
    h = head(16, addr("Colin Achter", "colin.achter@wascanahydro.ca"),
             "RE: Second interview - Wascana Hydro Consultants",
             "2026-11-19 14:05:48", "America/Regina", "CAN01-YQB-obe.outbound.protection.outlook.com",
             "40.107.194.12", domain="YQBPR01MB4410.CANPRD01.PROD.OUTLOOK.COM", style="outlook",
             extra=(("In-Reply-To", mid(1016, "mail.gmail.com", "gmail")),
                    ("References", mid(1032, "YQBPR01MB4410.CANPRD01.PROD.OUTLOOK.COM", "outlook")
                     + " " + mid(1016, "mail.gmail.com", "gmail")),
                    ("Thread-Topic", "Second interview - Wascana Hydro Consultants")))
    return message(h, alt(text(plain), html(body)))


@make.mail(N(17), family="ashby", lang="en", interview=True, kind="scheduled",
           start="2026-12-01T19:00:00Z", end="2026-12-01T19:45:00Z",
           contact="bianca.moreau@tilthrobotics.com", company="Tilth Robotics",
           local="Tue 2026-12-01 12:00", local_end="2026-12-01 12:45", zone=HOME,
           note="Ashby confirmation for a remote team, shown in the candidate's zone: 12:00 PM - "
                "12:45 PM MST (UTC-7) -> 19:00Z; ICS TZID=America/Edmonton agrees; contact = "
                "human Reply-To recruiter")
def m17() -> bytes:
    plain = t("""
        Hi Kyle,

        Your interview is confirmed. We're looking forward to speaking with you!

        Tuesday, December 1, 2026, 12:00 PM - 12:45 PM MST
        Zoom: https://tilthrobotics.zoom.us/j/83194450217

        You'll meet with:
          Ravi Deshpande - Head of Field Operations

        Role: Field Hydrology Specialist (Remote, Canada)

        Questions? Just reply and it will reach Bianca Moreau.

        Thanks,
        Tilth Robotics Recruiting
        """)
    body = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Kyle,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><strong>Tuesday, December 1, 2026, 12:00 PM – 12:45 PM MST</strong><br>
        Zoom: <a href="https://tilthrobotics.zoom.us/j/83194450217">https://tilthrobotics.zoom.us/j/83194450217</a></p>
        <p>You&#x27;ll meet with:<br>
          Ravi Deshpande — Head of Field Operations</p>
        <p>Role: Field Hydrology Specialist (Remote, Canada)</p>
        <p>Questions? Just reply and it will reach Bianca Moreau.</p>
        <p>Thanks,<br>
        Tilth Robotics Recruiting</p>
        </body></html>
        """)
    ics = vcal("-//Ashby//Ashby Scheduling//EN", "REQUEST", [TZ_EDMONTON], """
        BEGIN:VEVENT
        UID:9e1d47b3-2a60-4c8f-b5d1-7f03a2c6e918
        DTSTAMP:20261124T171800Z
        DTSTART;TZID=America/Edmonton:20261201T120000
        DTEND;TZID=America/Edmonton:20261201T124500
        SEQUENCE:0
        SUMMARY:Tilth Robotics - Field Hydrology Specialist Interview
        LOCATION:https://tilthrobotics.zoom.us/j/83194450217
        ORGANIZER;CN=Bianca Moreau:mailto:bianca.moreau@tilthrobotics.com
        ATTENDEE;CN=Kyle Whitford;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kyle.whitford@example.org
        STATUS:CONFIRMED
        END:VEVENT
        """)
    h = head(17, addr("Tilth Robotics", "no-reply@ashbyhq.com"),
             "Interview confirmed: Field Hydrology Specialist at Tilth Robotics",
             "2026-11-24 10:18:00", HOME, "a8-33.smtp-out.amazonses.com", "54.240.8.33",
             domain="email.amazonses.com",
             extra=(("Reply-To", addr("Bianca Moreau", "bianca.moreau@tilthrobotics.com")),))
    return message(h, mixed(alt(text(plain, cte="base64"), html(body, cte="base64")),
                            calendar(ics, method="REQUEST", filename="invite.ics",
                                     disposition="attachment", cte="base64")))


@make.mail(N(18), family="teamtailor", lang="en", interview=True, kind="rescheduled",
           start="2026-10-26T16:00:00Z", end="2026-10-26T16:45:00Z",
           contact="elin.sandberg@nordvatten.se", company="Nordvatten Analytics",
           local="Mon 2026-10-26 17:00", local_end="2026-10-26 17:45", zone="Europe/Stockholm",
           note="Teamtailor reschedule from a Stockholm-based remote team, times in Europe/"
                "Stockholm: new Monday 26 October 17:00-17:45, the day after Europe leaves summer "
                "time (CET, UTC+1) -> 16:00Z (10:00 MDT in Lethbridge); sent 20 October in CEST; "
                "old time Thursday 22 October 16:00 also shown; ICS agrees; contact = human Reply-To")
def m18() -> bytes:
    plain = t("""
        Hi Kyle,

        Your interview for Remote Sensing Technologist (Canada, remote) at Nordvatten Analytics
        has been rescheduled.

        New time:
        Monday 26 October 2026, 17:00 - 17:45 (Europe/Stockholm)

        Previous time:
        Thursday 22 October 2026, 16:00 - 16:45 (Europe/Stockholm)

        Meeting link: https://meet.teamtailor.com/nordvatten/k7r2-26okt

        Interviewers: Elin Sandberg, Jonas Åkesson

        An updated calendar invitation is attached.

        Best regards,
        Elin Sandberg
        Nordvatten Analytics

        ---
        Sent via Teamtailor. Manage your data: https://nordvatten.teamtailor.com/connect
        """)
    body = t("""
        <html><body style="background:#f6f6f6;margin:0;">
        <div style="max-width:580px;margin:0 auto;background:#fff;padding:32px;font-family:Inter,Arial,sans-serif;font-size:15px;color:#1a1a1a;">
        <p>Hi Kyle,</p>
        <p>Your interview for <b>Remote Sensing Technologist (Canada, remote)</b> at Nordvatten Analytics has been rescheduled.</p>
        <p style="margin-bottom:4px;color:#737373;font-size:13px;">New time</p>
        <p style="margin-top:0;font-weight:600;">Monday 26 October 2026, 17:00 – 17:45 (Europe/Stockholm)</p>
        <p style="margin-bottom:4px;color:#737373;font-size:13px;">Previous time</p>
        <p style="margin-top:0;text-decoration:line-through;color:#737373;">Thursday 22 October 2026, 16:00 – 16:45 (Europe/Stockholm)</p>
        <p><a href="https://meet.teamtailor.com/nordvatten/k7r2-26okt" style="background:#f43f5e;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none;">Join meeting</a></p>
        <p>Interviewers: Elin Sandberg, Jonas Åkesson</p>
        <p>An updated calendar invitation is attached.</p>
        <p>Best regards,<br>Elin Sandberg<br>Nordvatten Analytics</p>
        </div>
        <p style="text-align:center;font-family:Arial,sans-serif;font-size:11px;color:#999;">Sent via Teamtailor</p>
        </body></html>
        """)
    ics = vcal("-//Teamtailor//Teamtailor//EN", "REQUEST", [VTZ["Europe/Stockholm"]], """
        BEGIN:VEVENT
        UID:teamtailor-interview-44817203@teamtailor.com
        DTSTAMP:20261020T110200Z
        DTSTART;TZID=Europe/Stockholm:20261026T170000
        DTEND;TZID=Europe/Stockholm:20261026T174500
        SEQUENCE:1
        SUMMARY:Interview: Kyle Whitford - Remote Sensing Technologist
        LOCATION:https://meet.teamtailor.com/nordvatten/k7r2-26okt
        ORGANIZER;CN=Elin Sandberg:mailto:elin.sandberg@nordvatten.se
        ATTENDEE;CN=Kyle Whitford;RSVP=TRUE:mailto:kyle.whitford@example.org
        STATUS:CONFIRMED
        END:VEVENT
        """)
    h = head(18, addr("Nordvatten Analytics", "no-reply@teamtailor-mail.com"),
             "Your interview has been rescheduled - Nordvatten Analytics",
             "2026-10-20 13:02:00", "Europe/Stockholm", "mail-a14.teamtailor-mail.com",
             "203.0.113.114", domain="teamtailor-mail.com",
             extra=(("Reply-To", addr("Elin Sandberg", "elin.sandberg@nordvatten.se")),))
    return message(h, mixed(alt(text(plain), html(body)),
                            calendar(ics, method="REQUEST", filename="interview.ics",
                                     disposition="attachment")))


@make.mail(N(19), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-12-03T16:00:00Z", end="2026-12-03T18:30:00Z",
           contact="sabrina.oduya@westmarkeng.com", company="Westmark Engineering Group",
           local="Thu 2026-12-03 09:00", local_end="2026-12-03 11:30", zone=HOME,
           note="GoodTime onsite itinerary at the Edmonton office, three sessions 9:00-11:30 AM "
                "MST (UTC-7 in December): start = first session, end = last session; no ICS; "
                "contact = human Reply-To recruiter")
def m19() -> bytes:
    plain = t("""
        Hi Kyle,

        We're excited to welcome you to Westmark Engineering Group! Your onsite interview for
        Water Resources Technologist II is confirmed. Here is your itinerary.

        Thursday, December 3, 2026 (Mountain Standard Time)
        Westmark Engineering Group, 10180 101 Street NW, 18th floor, Edmonton, AB

          9:00 AM - 9:45 AM    Technical interview
                               Harjit Bains, Senior Water Resources Engineer
          9:45 AM - 10:30 AM   Field data and QA/QC exercise
                               Priscilla Nwosu, Hydrometric Lead
          10:45 AM - 11:30 AM  Team conversation and office tour
                               Brendan Yuen, Environmental Technologist

        Please check in with reception on the 18th floor by 8:50 AM. Parking is available at
        the Impark lot on 102 Avenue; keep your receipt for reimbursement along with your
        mileage from Lethbridge.

        If you have any questions, reply to this email to reach Sabrina Oduya.

        Westmark Engineering Group Talent Acquisition
        Scheduled with GoodTime
        """)
    body = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#2b2b2b;">
        <div style="max-width:620px;">
        <p>Hi Kyle,</p>
        <p>We&#39;re excited to welcome you to Westmark Engineering Group! Your onsite interview for <b>Water Resources Technologist II</b> is confirmed. Here is your itinerary.</p>
        <p><b>Thursday, December 3, 2026 (Mountain Standard Time)</b><br>Westmark Engineering Group, 10180 101 Street NW, 18th floor, Edmonton, AB</p>
        <table cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:14px;">
        <tr style="border-bottom:1px solid #ddd;"><td>9:00 AM - 9:45 AM</td><td><b>Technical interview</b><br>Harjit Bains, Senior Water Resources Engineer</td></tr>
        <tr style="border-bottom:1px solid #ddd;"><td>9:45 AM - 10:30 AM</td><td><b>Field data and QA/QC exercise</b><br>Priscilla Nwosu, Hydrometric Lead</td></tr>
        <tr><td>10:45 AM - 11:30 AM</td><td><b>Team conversation and office tour</b><br>Brendan Yuen, Environmental Technologist</td></tr>
        </table>
        <p>Please check in with reception on the 18th floor by 8:50 AM. Parking is available at the Impark lot on 102 Avenue; keep your receipt for reimbursement along with your mileage from Lethbridge.</p>
        <p>If you have any questions, reply to this email to reach Sabrina Oduya.</p>
        <p>Westmark Engineering Group Talent Acquisition</p>
        <p style="font-size:11px;color:#888;">Scheduled with GoodTime</p>
        </div></body></html>
        """)
    h = head(19, addr("Westmark Engineering Group", "scheduling@goodtime.io"),
             "Your onsite interview itinerary - Westmark Engineering Group, Thursday December 3",
             "2026-11-26 15:40:10", HOME, "o1.ptr4417.goodtime.io", "198.51.100.140",
             domain="goodtime.io",
             extra=(("Reply-To", addr("Sabrina Oduya", "sabrina.oduya@westmarkeng.com")),))
    return message(h, alt(text(plain), html(body)))


@make.mail(N(20), family="forwarded", lang="en", interview=True, kind="scheduled",
           start="2026-12-09T20:30:00Z", end="2026-12-09T21:15:00Z",
           contact="tessa.lindqvist@crowsnestenv.ca", company="Crowsnest Environmental",
           local="Wed 2026-12-09 13:30", local_end="2026-12-09 14:15", zone=HOME,
           note="Candidate forwards the recruiter's confirmation to his other address (Gmail "
                "'Fwd:'): Wednesday December 9 at 1:30 p.m. Mountain, 45 minutes blocked; MST "
                "(UTC-7) -> 20:30Z; contact = the recruiter in the forwarded header")
def m20() -> bytes:
    plain = t("""
        note to self - print the culvert inspection photos + bring the LiDAR sample on USB

        ---------- Forwarded message ---------
        From: Tessa Lindqvist <tessa.lindqvist@crowsnestenv.ca>
        Date: Wed, Dec 2, 2026 at 3:02 PM
        Subject: Interview confirmation - Crowsnest Environmental
        To: Kyle Whitford <kyle.whitford@example.org>


        Hi Kyle,

        Great talking with you yesterday. I'm confirming your interview for the Environmental
        Technologist (Water) role on Wednesday, December 9 at 1:30 p.m. (Mountain) over Zoom.
        We've blocked 45 minutes. You'll meet our operations manager, Ben Okafor, and me.

        Zoom: https://crowsnestenv.zoom.us/j/92277140385?pwd=Q3Jvd3NuZXN0
        Meeting ID: 922 7714 0385
        Passcode: 418826

        If you'd like to share any project photos, feel free to bring them up on screen.

        Cheers,
        Tessa

        Tessa Lindqvist
        People & Culture Coordinator
        Crowsnest Environmental Ltd. | Pincher Creek, AB
        """)
    h = head(20, addr("Kyle Whitford", OWNER), "Fwd: Interview confirmation - Crowsnest Environmental",
             "2026-12-02 21:10:37", HOME, "mail-sor-f41.google.com", "209.85.220.41",
             to=addr("Kyle Whitford", "kyle.whitford@example.com"), style="gmail",
             rcpt="kyle.whitford@example.com",
             extra=(("References", mid(1020, "crowsnestenv.ca")),
                    ("In-Reply-To", mid(1020, "crowsnestenv.ca"))))
    return message(h, alt(text(plain), html(gmail_html(plain))))


@make.mail(N(21), family="rfc822_attachment", lang="en", interview=True, kind="scheduled",
           start="2026-12-10T17:00:00Z", end="2026-12-10T18:00:00Z",
           contact="kbouchard@summittechstaffing.ca", company="Aspen Parkland Water Commission",
           local="Thu 2026-12-10 10:00", local_end="2026-12-10 11:00", zone=HOME,
           note="Agency recruiter forwards the client's confirmation as a message/rfc822 "
                "attachment: Thursday December 10, 10:00-11:00 a.m. at the Edmonton office, MST "
                "(UTC-7) -> 17:00Z; contact = the agency recruiter (human sender, first in rule "
                "order), company = the hiring client")
def m21() -> bytes:
    inner_body = t("""
        Hi Kerri-Ann,

        Thanks for sending Kyle's profile over. We'd like to meet him. Confirming:

        Candidate: Kyle Whitford
        Position: Water Treatment & Distribution Technologist
        Date: Thursday, December 10, 2026
        Time: 10:00 - 11:00 a.m.
        Location: Aspen Parkland Water Commission, 9920 63 Avenue NW, Edmonton (main floor
        boardroom)
        Panel: Lyle Sandhu (Operations Manager), Fiona Grady (Senior Technologist)

        Please ask him to bring his operator certificates.

        Thanks,
        Lyle Sandhu
        Operations Manager | Aspen Parkland Water Commission
        780-555-0191
        """)
    inner = message([
        ("From", addr("Lyle Sandhu", "lyle.sandhu@apwc.ca")),
        ("To", addr("Kerri-Ann Bouchard", "kbouchard@summittechstaffing.ca")),
        ("Subject", "Interview - Kyle Whitford - Water Treatment & Distribution Technologist"),
        ("Date", date("2026-12-04 10:48:19", HOME)),
        ("Message-ID", mid(1021, "YT2PR01MB5120.CANPRD01.PROD.OUTLOOK.COM", "outlook")),
    ], text(inner_body))
    body = t("""
        Hi Kyle,

        Great news - APWC wants to meet you! Their confirmation is attached. Short version:
        Thursday, December 10 at 10:00 a.m. at their Edmonton office, one hour with Lyle and
        Fiona. Bring your operator certificates.

        Give me a call after and let me know how it went.

        Kerri-Ann

        Kerri-Ann Bouchard
        Senior Recruiter, Engineering & Technical
        Summit Technical Staffing | Calgary
        403-555-0133
        """)
    h = head(21, addr("Kerri-Ann Bouchard", "kbouchard@summittechstaffing.ca"),
             "FW: Interview - Kyle Whitford - Water Treatment & Distribution Technologist",
             "2026-12-04 11:25:02", HOME, "CAN01-YT2-obe.outbound.protection.outlook.com",
             "40.107.192.30", domain="YT2PR01MB7731.CANPRD01.PROD.OUTLOOK.COM", style="outlook")
    return message(h, mixed(text(body),
                            attached_message(inner, "Interview - Kyle Whitford.eml")))


@make.mail(N(22), family="human_prose", lang="en", interview=True, kind="cancelled",
           start="2026-12-14T18:00:00Z", end=None, contact="jthiessen@parklandgeomatics.ca",
           company="Parkland Geomatics", local="Mon 2026-12-14 11:00", zone=HOME,
           note="Hiring manager cancels Monday December 14 at 11:00 because the role was filled "
                "internally (no new time); Edmonton firm, MST (UTC-7) -> 18:00Z; no length; "
                "contact = human sender")
def m22() -> bytes:
    body = t("""
        Hi Kyle,

        I'm sorry to do this by email. We've decided to fill the GIS & Survey Technologist role
        internally - one of our field crew leads applied late and the partners went with him - so
        I need to cancel our interview on Monday, December 14 at 11:00.

        I was looking forward to meeting you, and your canal-inventory work is exactly the kind
        of thing we do. I'll keep your resume on file and reach out directly if something opens
        up in the spring.

        All the best with the search,

        Jocelyn Thiessen
        Operations Manager
        Parkland Geomatics Inc. | Edmonton
        """)
    h = head(22, addr("Jocelyn Thiessen", "jthiessen@parklandgeomatics.ca"), "Re: Interview Monday",
             "2026-12-08 16:50:13", HOME, "mail-yw1-f175.google.com", "209.85.128.175",
             style="gmail",
             extra=(("In-Reply-To", mid(1022, "mail.gmail.com", "gmail")),
                    ("References", mid(1022, "mail.gmail.com", "gmail"))))
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(23), family="zoom", lang="en", interview=True, kind="scheduled",
           start="2026-12-16T18:00:00Z", end="2026-12-16T18:45:00Z",
           contact="shauna.greer@maplestonewater.com", company="Maplestone Water Tech",
           local="Wed 2026-12-16 13:00", local_end="2026-12-16 13:45", zone="America/Toronto",
           note="Toronto recruiter mail with a pasted Zoom block: 'Dec 16, 2026 01:00 PM Eastern "
                "Time (US and Canada)', 45 minutes set aside; EST (UTC-5) -> 18:00Z, which the "
                "mail also gives as 11 a.m. in Alberta; contact = human sender")
def m23() -> bytes:
    body = t("""
        Hi Kyle,

        Thanks for your patience while we lined up the team. You're all set for your interview
        for the Remote Monitoring Specialist role with me and Dev Raman, our product lead. We've
        set aside 45 minutes. The Zoom details are below - the time is shown in Eastern, so that's
        11 a.m. for you in Alberta.

        Shauna Greer is inviting you to a scheduled Zoom meeting.

        Topic: Kyle Whitford - Maplestone Water Tech interview
        Time: Dec 16, 2026 01:00 PM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://maplestonewater.zoom.us/j/86613902274?pwd=TWFwbGVzdG9uZQ

        Meeting ID: 866 1390 2274
        Passcode: 551902

        ---

        One tap mobile
        +16475580588,,86613902274#,,,,*551902# Canada
        +17789072071,,86613902274#,,,,*551902# Canada

        Talk soon,
        Shauna

        Shauna Greer | Talent Partner
        Maplestone Water Tech | Toronto, ON
        """)
    h = head(23, addr("Shauna Greer", "shauna.greer@maplestonewater.com"),
             "Interview confirmed - Remote Monitoring Specialist",
             "2026-12-09 13:15:44", "America/Toronto", "mail-pj1-f52.google.com", "209.85.216.52",
             style="gmail")
    return message(h, text(body, cte="quoted-printable"))


# =========================================================================== negatives


@make.mail(N(24), family="application_receipt", lang="en", interview=False,
           company="Chinook Basin Utilities",
           note="Workday application receipt; nothing scheduled")
def m24() -> bytes:
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body>
        <div style="font-family: 'Segoe UI', Arial, sans-serif; font-size: 14px; color: #1f2b38; max-width: 640px;">
        <div style="background:#005b7f; padding:16px 20px;"><span style="color:#ffffff; font-size:18px;">Chinook Basin Utilities</span></div>
        <div style="padding: 20px;">
        <p>Dear Kyle Whitford,</p>
        <p>Thank you for applying for the <b>Water Systems Technologist (Req R-1187)</b> position with Chinook Basin Utilities. We have received your application.</p>
        <p>Our team will review your qualifications against the requirements of the role. If your experience is a match, a member of our Human Resources team will contact you to discuss next steps. Due to the volume of applications, only candidates selected for an interview will be contacted.</p>
        <p>You can check the status of your application at any time on our <a href="https://wd3.myworkdaysite.com/recruiting/chinookbasin/careers">careers site</a>.</p>
        <p>Sincerely,<br>Human Resources<br>Chinook Basin Utilities</p>
        </div>
        <div style="padding: 12px 20px; font-size: 11px; color: #6b7785; border-top: 1px solid #d9dee3;">This email was sent from an unmonitored mailbox.</div>
        </div>
        </body>
        </html>
        """)
    h = head(24, addr("Chinook Basin Utilities", "chinookbasin@myworkday.com"),
             "Thank you for applying - Water Systems Technologist",
             "2026-09-03 19:44:02", HOME, "mailout-wd3.myworkday.com", "203.0.113.41",
             domain="myworkday.com")
    return message(h, html(body))


@make.mail(N(25), family="application_receipt", lang="fr", interview=False,
           company="Hydro-Conseil Boréal",
           note="Taleo acknowledgement in Canadian French (ISO-8859-1, quoted-printable); nothing "
                "scheduled")
def m25() -> bytes:
    body = t("""
        Bonjour Kyle Whitford,

        Nous vous remercions de l'intérêt que vous portez à Hydro-Conseil Boréal et accusons
        réception de votre candidature pour le poste suivant :

            Technologue en hydrologie - équipe de l'Ouest (télétravail)
            Numéro de référence : 26-0412

        Notre équipe d'acquisition de talents étudiera votre dossier avec attention. Si votre
        profil correspond à nos besoins, nous communiquerons avec vous afin de planifier les
        prochaines étapes. Veuillez noter que seules les personnes retenues seront contactées.

        Vous pouvez suivre l'état de votre candidature en tout temps dans votre profil :
        https://hydroconseilboreal.taleo.net/careersection/ext/mysubmissions.ftl?lang=fr_CA

        Cordialement,

        L'équipe Acquisition de talents
        Hydro-Conseil Boréal inc.

        Ce courriel a été envoyé automatiquement. Merci de ne pas y répondre.
        """)
    h = head(25, addr("Hydro-Conseil Boréal", "no-reply@hydroconseilboreal.taleo.net", "iso-8859-1"),
             "Accusé de réception - Technologue en hydrologie (26-0412)",
             "2026-09-22 14:31:50", "America/Toronto", "smtp-out.taleo.net", "192.0.2.200",
             domain="taleo.net", charset="iso-8859-1",
             extra=(("Reply-To", "no-reply@hydroconseilboreal.taleo.net"),))
    return message(h, text(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(26), family="job_alert", lang="en", interview=False, company=None,
           note="Job-board alert listing openings; no time fixed")
def m26() -> bytes:
    plain = t("""
        JobMatch Canada - Your daily job alert

        12 new jobs for "water resources technologist" near Alberta

        Water Resources Technologist
        Bowfort Water Engineering - Calgary, AB
        $68,000 - $82,000 a year - Apply easily
        https://jobmatch.example.net/r/bwe-4412

        Irrigation Technologist
        Taber Valley Irrigation District - Taber, AB
        Full-time - Posted 1 day ago
        https://jobmatch.example.net/r/tvid-1180

        Hydrometric Technician (Seasonal)
        Prairie Gauge Services - Medicine Hat, AB
        $31 an hour - Urgently hiring
        https://jobmatch.example.net/r/pgs-2207

        Environmental Technologist - Water
        Crowsnest Environmental Ltd. - Pincher Creek, AB
        Full-time
        https://jobmatch.example.net/r/cel-9031

        See all 12 jobs: https://jobmatch.example.net/alerts/wrt-alberta

        You're receiving this because you created a job alert on JobMatch Canada.
        Unsubscribe: https://jobmatch.example.net/alerts/unsubscribe?u=kw-77102
        """)
    body = "<html><body style=\"font-family:Arial,sans-serif;\">" + "".join(
        f"<p>{line}</p>" for line in plain.split("\n\n")) + "</body></html>\n"
    h = head(26, addr("JobMatch Canada", "alerts@jobmatch.example.net"),
             "12 new Water Resources Technologist jobs in Alberta",
             "2026-09-14 06:02:11", HOME, "mta12.jobmatch.example.net", "192.0.2.12",
             domain="jobmatch.example.net",
             extra=(("List-Unsubscribe", "<https://jobmatch.example.net/alerts/unsubscribe?u=kw-77102>"),
                    ("Precedence", "bulk")))
    return message(h, alt(text(plain), html(body)))


@make.mail(N(27), family="job_alert", lang="en", interview=False, company=None,
           note="Professional-network 'jobs you may be interested in' digest; no time fixed")
def m27() -> bytes:
    body = t("""
        <html><body style="margin:0;background:#f3f2ef;">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="512" style="background:#fff;font-family:-apple-system,system-ui,Arial,sans-serif;font-size:14px;color:#191919;" cellpadding="16">
        <tr><td><b>Kyle, new jobs that match your preferences</b></td></tr>
        <tr><td>
        <p><b>GIS Technologist - Water Infrastructure</b><br>Riverlot Engineering &middot; Edmonton, Alberta (Hybrid)<br><span style="color:#666;">3 connections work here</span></p>
        <p><b>Field Hydrology Specialist</b><br>Tilth Robotics &middot; Canada (Remote)<br><span style="color:#666;">Actively recruiting</span></p>
        <p><b>Water Operations Technologist</b><br>Oldman Basin Irrigation Co-op &middot; Lethbridge, Alberta<br><span style="color:#666;">Be an early applicant</span></p>
        <p><a href="https://www.prolink.example.net/jobs/collections/recommended/">See all jobs</a></p>
        </td></tr>
        <tr><td style="font-size:11px;color:#666;">This email was intended for Kyle Whitford (Engineering Technologist at an irrigation district). You are receiving job recommendation emails. <a href="https://www.prolink.example.net/settings/email">Unsubscribe</a></td></tr>
        </table></td></tr></table></body></html>
        """)
    h = head(27, addr("ProLink Jobs", "jobs-noreply@prolink.example.net"),
             "Kyle, Riverlot Engineering is hiring a GIS Technologist",
             "2026-10-19 07:35:20", HOME, "mailb-ae.prolink.example.net", "192.0.2.31",
             domain="prolink.example.net", extra=(("Precedence", "bulk"),))
    return message(h, html(body, cte="base64"))


@make.mail(N(28), family="rejection", lang="en", interview=False,
           company="Bowfort Water Engineering",
           note="Greenhouse rejection after the phone screen; no time fixed")
def m28() -> bytes:
    plain = t("""
        Hi Kyle,

        Thank you for taking the time to speak with us about the Water Resources Technologist
        role at Bowfort Water Engineering, and for your interest in our team.

        After careful consideration, we've decided to move forward with candidates whose
        experience more closely matches the needs of this role, particularly in stormwater
        modelling. This was not an easy decision.

        We'll keep your information on file and encourage you to apply for future openings.

        All the best,
        Priya Ramdial
        Bowfort Water Engineering
        """)
    h = head(28, addr("Priya Ramdial", "no-reply@us.greenhouse-mail.io"),
             "Your application to Bowfort Water Engineering",
             "2026-09-29 11:05:40", HOME, "o7.us.greenhouse-mail.io", "198.51.100.23",
             domain="us.greenhouse-mail.io",
             extra=(("Reply-To", addr("Priya Ramdial", "priya.ramdial@bowfortwater.ca")),))
    return message(h, alt(text(plain), html(gmail_html(plain))))


@make.mail(N(29), family="rejection", lang="fr", interview=False, company="Hydro-Conseil Boréal",
           note="French rejection after the 22 October interview; no time fixed")
def m29() -> bytes:
    body = t("""
        Bonjour Kyle,

        Merci encore pour le temps que vous nous avez accordé lors de l'entrevue du 22 octobre.
        Mathieu, Élise et moi avons beaucoup apprécié nos échanges, notamment sur votre travail de
        jaugeage dans les canaux d'irrigation.

        Après réflexion, nous avons retenu une candidature dont l'expérience en modélisation
        hydraulique correspond davantage aux besoins immédiats de l'équipe de l'Ouest. Ce fut une
        décision difficile.

        Nous aimerions garder votre dossier actif pour de futures occasions, notamment si nous
        ouvrons un poste en Alberta l'an prochain.

        Je vous souhaite le meilleur dans vos démarches,

        Geneviève Tremblay
        Conseillère principale, acquisition de talents
        Hydro-Conseil Boréal inc.
        """)
    h = head(29, addr("Geneviève Tremblay", "genevieve.tremblay@hydroconseilboreal.ca"),
             "Suivi de votre candidature – Technologue en hydrologie",
             "2026-11-06 10:12:07", "America/Toronto",
             "CAN01-QB1-obe.outbound.protection.outlook.com", "40.107.193.72",
             domain="QB1PR01MB3307.CANPRD01.PROD.OUTLOOK.COM", style="outlook",
             extra=(("Content-Language", "fr-CA"),))
    return message(h, text(body, cte="base64"))


@make.mail(N(30), family="scheduling_link", lang="en", interview=False,
           company="Riverlot Engineering",
           note="Recruiter sends a Calendly link to pick a slot; nothing booked yet")
def m30() -> bytes:
    body = t("""
        Hi Kyle,

        Thanks for applying for our Water Resources Technologist opening. I'd like to set up a
        30-minute technical chat. Please grab whatever time works for you next week or the week
        after on my calendar:

        https://calendly.com/aaron-kostiuk-riverlot/technical-chat

        Slots are shown in your own time zone. If nothing fits, reply with a couple of options
        and I'll make it work.

        Thanks,
        Aaron

        Aaron Kostiuk, P.Eng.
        Senior Water Resources Engineer
        Riverlot Engineering | Edmonton
        """)
    h = head(30, addr("Aaron Kostiuk", "aaron.kostiuk@riverlot.ca"),
             "Riverlot Engineering - technical chat",
             "2026-11-02 10:12:33", HOME, "CAN01-YT3-obe.outbound.protection.outlook.com",
             "40.107.192.95", domain="YT3PR01MB2219.CANPRD01.PROD.OUTLOOK.COM", style="outlook")
    return message(h, text(body))


@make.mail(N(31), family="availability_request", lang="fr", interview=False,
           company="Hydro-Conseil Boréal",
           days=(("Tue", "2026-10-13"), ("Thu", "2026-10-15"), ("Tue", "2026-10-20")),
           note="French recruiter proposes three slots (heure de l'Est) and asks the candidate "
                "to choose; nothing confirmed yet (the invitation follows in another mail)")
def m31() -> bytes:
    body = t("""
        Bonjour Kyle,

        Merci pour votre candidature au poste de technologue en hydrologie. Votre profil a retenu
        notre attention et nous aimerions vous rencontrer par Teams pour une première entrevue
        d'environ une heure.

        Voici quelques disponibilités (heure de l'Est) :

          - mardi 13 octobre, 14 h
          - jeudi 15 octobre, 9 h 30
          - mardi 20 octobre, 10 h

        Pourriez-vous me confirmer laquelle vous convient? Je vous enverrai ensuite l'invitation.
        L'entrevue peut se dérouler en anglais si vous le préférez, mais un français fonctionnel
        est un atout pour le poste.

        Au plaisir,

        Geneviève Tremblay
        Conseillère principale, acquisition de talents
        Hydro-Conseil Boréal inc.
        514 555-0148
        """)
    h = head(31, addr("Geneviève Tremblay", "genevieve.tremblay@hydroconseilboreal.ca"),
             "Entrevue – Technologue en hydrologie : vos disponibilités",
             "2026-10-07 11:26:15", "America/Toronto",
             "CAN01-QB1-obe.outbound.protection.outlook.com", "40.107.193.70",
             domain="QB1PR01MB3307.CANPRD01.PROD.OUTLOOK.COM", style="outlook",
             extra=(("Content-Language", "fr-CA"),))
    return message(h, alt(text(body, charset="windows-1252"),
                          html(gmail_html(body), charset="windows-1252")))


@make.mail(N(32), family="proposal_unconfirmed", lang="en", interview=False,
           company="Wascana Hydro Consultants", days=(("Wed", "2026-11-25"),),
           note="Hiring manager asks whether Wednesday November 25 at 10 Sask time would work; "
                "a question, not a confirmation (the confirming reply is another mail)")
def m32() -> bytes:
    plain = t("""
        Hi Kyle,

        Thanks again for your time last month. We'd like to bring you back for a second
        conversation, by video. Would Wednesday, November 25 at 10:00 a.m. Sask time work for
        you?

        Colin

        Colin Achter, P.Eng. | Water Resources Lead
        Wascana Hydro Consultants | 2100 Broad Street, Regina SK
        306-555-0157
        """)
    h = head(32, addr("Colin Achter", "colin.achter@wascanahydro.ca"),
             "Second interview - Wascana Hydro Consultants",
             "2026-11-17 14:40:05", "America/Regina", "CAN01-YQB-obe.outbound.protection.outlook.com",
             "40.107.194.12", domain="YQBPR01MB4410.CANPRD01.PROD.OUTLOOK.COM", style="outlook",
             extra=(("Thread-Topic", "Second interview - Wascana Hydro Consultants"),))
    h[6] = ("Message-ID", mid(1032, "YQBPR01MB4410.CANPRD01.PROD.OUTLOOK.COM", "outlook"))
    return message(h, alt(text(plain), html(gmail_html(plain))))


@make.mail(N(33), family="recruiter_outreach", lang="en", interview=False,
           company="Summit Technical Staffing",
           note="Agency recruiter cold outreach asking for a quick chat; nothing fixed")
def m33() -> bytes:
    body = t("""
        Hi Kyle,

        I came across your profile and your canal-automation work at the irrigation district
        caught my eye. I'm working with a regional water commission in Edmonton that's hiring a
        Water Treatment & Distribution Technologist - permanent, full benefits, some relocation
        support.

        Would you be open to a quick call sometime this week or next? I'm flexible; just let me
        know what suits you.

        Best,
        Kerri-Ann

        Kerri-Ann Bouchard
        Senior Recruiter, Engineering & Technical
        Summit Technical Staffing | Calgary
        403-555-0133
        """)
    h = head(33, addr("Kerri-Ann Bouchard", "kbouchard@summittechstaffing.ca"),
             "Water technologist opportunity - Edmonton",
             "2026-11-20 09:14:51", HOME, "CAN01-YT2-obe.outbound.protection.outlook.com",
             "40.107.192.30", domain="YT2PR01MB7731.CANPRD01.PROD.OUTLOOK.COM", style="outlook")
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(34), family="auto_reply", lang="en", interview=False,
           company="Salish Sea Hydrometrics",
           note="Out-of-office auto-reply to the candidate's reply about the cancelled interview")
def m34() -> bytes:
    body = t("""
        Thank you for your email. I'm away at a field-training course with limited access to
        email and will be back in the office on Monday, November 23.

        For urgent recruiting matters, please contact people@salishseahydro.ca.

        Nadia Ferreira
        Salish Sea Hydrometrics
        """)
    h = head(34, addr("Nadia Ferreira", "nadia.ferreira@salishseahydro.ca"),
             "Automatic reply: Canceled event: Technical interview - Kyle Whitford",
             "2026-11-13 08:02:44", "America/Vancouver", "mail-sor-f73.google.com",
             "209.85.220.73", style="gmail",
             extra=(("Auto-Submitted", "auto-replied"),
                    ("X-Autoreply", "yes"),
                    ("In-Reply-To", mid(1034, "mail.gmail.com", "gmail"))))
    return message(h, text(body, cte="7bit", charset="us-ascii"))


@make.mail(N(35), family="bounce", lang="en", interview=False, company=None,
           note="DSN bounce of the candidate's thank-you note (mistyped domain); the quoted "
                "original mentions that morning's interview but schedules nothing")
def m35() -> bytes:
    orig_body = t("""
        Hi Doug,

        Thanks for taking the time this morning to show me around the shop. I really enjoyed
        hearing about the drainage work and would be glad to join the team.

        Best,
        Kyle Whitford
        403-555-0162
        """)
    orig = message([
        ("From", ME),
        ("To", addr("Doug Brandvold", "doug@oldmanvalleysurvey.ca")),
        ("Subject", "Thank you - survey tech position"),
        ("Date", date("2026-10-06 14:58:20", HOME)),
        ("Message-ID", mid(1035, "mail.gmail.com", "gmail")),
    ], text(orig_body, charset="us-ascii", cte="7bit"))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <doug@oldmanvalleysurvey.ca>: Host or domain name not found. Name service error
            for name=oldmanvalleysurvey.ca type=MX: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Q9Zb71kLmz3xQ2
        Arrival-Date: Tue, 6 Oct 2026 14:58:21 -0600 (MDT)

        Final-Recipient: rfc822; doug@oldmanvalleysurvey.ca
        Original-Recipient: rfc822;doug@oldmanvalleysurvey.ca
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for
            name=oldmanvalleysurvey.ca type=MX: Host not found
        """)
    report = multipart("report",
                       text(notice, charset="us-ascii", cte="7bit",
                            extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(orig),
                       params="report-type=delivery-status")
    h = [
        ("Delivered-To", OWNER),
        ("Return-Path", "<>"),
        ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
        ("To", OWNER),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-10-06 14:58:22", HOME)),
        ("Message-ID", "<20261006205822.4Q9Zb71kLmz3xQ3@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(h, report)


@make.mail(N(36), family="offer", lang="en", interview=False,
           company="Westmark Engineering Group", days=(("Mon", "2027-01-04"), ("Fri", "2026-12-18")),
           note="Offer of employment with a start date (Monday January 4, 2027, 8:00 a.m.) and a "
                "reply deadline; fixed times, but no interview")
def m36() -> bytes:
    plain = t("""
        Hi Kyle,

        On behalf of everyone at Westmark Engineering Group, I'm delighted to offer you the
        position of Water Resources Technologist II in our Edmonton office. The team really
        enjoyed meeting you last week.

        Your formal offer letter is attached. Highlights:

          - Annual salary: $84,500
          - Start date: Monday, January 4, 2027 (first day begins at 8:00 a.m. with orientation)
          - Relocation allowance: up to $6,000
          - Benefits from day one, RRSP matching to 5%

        Please review and sign through the DocuSign link by Friday, December 18. I'm happy to
        walk through any of it by phone - just let me know.

        Congratulations!

        Sabrina Oduya
        Talent Acquisition Partner
        Westmark Engineering Group
        780-555-0116
        """)
    pdf_stub = t("""
        %PDF-1.4
        % offer letter placeholder
        1 0 obj << /Type /Catalog >> endobj
        trailer << /Root 1 0 R >>
        %%EOF
        """)
    att = text(pdf_stub, charset="us-ascii", cte="base64")
    att.headers[0] = ("Content-Type", 'application/pdf; name="Westmark_Offer_KWhitford.pdf"')
    att.headers.append(("Content-Disposition", 'attachment; filename="Westmark_Offer_KWhitford.pdf"'))
    h = head(36, addr("Sabrina Oduya", "sabrina.oduya@westmarkeng.com"),
             "Offer of Employment - Water Resources Technologist II",
             "2026-12-11 10:30:00", HOME, "CAN01-YT3-obe.outbound.protection.outlook.com",
             "40.107.192.120", domain="YT3PR01MB9012.CANPRD01.PROD.OUTLOOK.COM", style="outlook")
    return message(h, mixed(alt(text(plain), html(gmail_html(plain))), att))


@make.mail(N(37), family="non_interview_calendar", lang="en", interview=False, company=None,
           days=(("Tue", "2026-10-20"),),
           note="Dental appointment reminder with an ICS; confirmed time, not an interview")
def m37() -> bytes:
    plain = t("""
        Hi Kyle,

        This is a friendly reminder of your upcoming appointment at Riverbend Dental Centre.

        Date: Tuesday, October 20, 2026
        Time: 3:40 PM
        With: Dr. Anita Perreault (hygiene and check-up)
        Location: Riverbend Dental Centre, 405 Scenic Drive South, Lethbridge

        Please reply C to confirm or call us at 403-555-0110 if you need to reschedule. We ask
        for 24 hours' notice for cancellations.

        Riverbend Dental Centre
        """)
    ics = vcal("-//Dentrix Ascend//Appointment Reminder//EN", "PUBLISH", [TZ_EDMONTON], """
        BEGIN:VEVENT
        UID:appt-558301-riverbend@remind.example.net
        DTSTAMP:20261016T160000Z
        DTSTART;TZID=America/Edmonton:20261020T154000
        DTEND;TZID=America/Edmonton:20261020T164000
        SUMMARY:Dental appointment - Riverbend Dental Centre
        LOCATION:405 Scenic Drive South\\, Lethbridge
        END:VEVENT
        """)
    h = head(37, addr("Riverbend Dental Centre", "reminders@remind.example.net"),
             "Appointment reminder: Tuesday, October 20 at 3:40 PM",
             "2026-10-16 10:00:00", HOME, "out.remind.example.net", "192.0.2.90",
             domain="remind.example.net")
    return message(h, mixed(text(plain), calendar(ics, method="PUBLISH", filename="appointment.ics",
                                                  disposition="attachment")))


@make.mail(N(38), family="non_interview_calendar", lang="en", interview=False, company=None,
           days=(("Sun", "2026-10-11"),),
           note="Google Calendar invitation from the candidate's sister for Thanksgiving dinner; "
                "a personal event")
def m38() -> bytes:
    plain = t("""
        Thanksgiving dinner at Mom & Dad's
        Sunday Oct 11, 2026 · 5pm – 9pm
        Mountain Time - Edmonton

        Bring the pies you promised!! Dinner at 6, come early if you want to help with the bird.

        Location: 27 Coulee Crescent W, Lethbridge

        Organizer
        Megan Whitford
        megan.whitford@example.com

        Invitation from Google Calendar https://calendar.google.com/calendar/
        """)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", [TZ_EDMONTON], """
        BEGIN:VEVENT
        DTSTART;TZID=America/Edmonton:20261011T170000
        DTEND;TZID=America/Edmonton:20261011T210000
        DTSTAMP:20261003T021500Z
        ORGANIZER;CN=Megan Whitford:mailto:megan.whitford@example.com
        UID:5kthanksgiving2026whitford@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kyle.whitford@example.org;X-NUM-GUESTS=0:mailto:kyle.whitford@example.org
        LOCATION:27 Coulee Crescent W\\, Lethbridge
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Thanksgiving dinner at Mom & Dad's
        TRANSP:OPAQUE
        END:VEVENT
        """)
    h = head(38, addr("Megan Whitford", "megan.whitford@example.com"),
             "Invitation: Thanksgiving dinner at Mom & Dad's @ Sun Oct 11, 2026 5pm - 9pm (MDT) (kyle.whitford@example.org)",
             "2026-10-02 20:15:03", HOME, "mail-sor-f69.google.com", "209.85.220.69",
             domain="google.com",
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                    ("Reply-To", addr("Megan Whitford", "megan.whitford@example.com"))))
    return message(h, alt(text(plain), calendar(ics, method="REQUEST")))


@make.mail(N(39), family="event_registration", lang="en", interview=False, company=None,
           days=(("Tue", "2026-11-24"), ("Wed", "2026-11-25")),
           note="Ticket confirmation for a regional water conference; an event, not an interview")
def m39() -> bytes:
    plain = t("""
        You're going to Southern Alberta Irrigation & Water Conference 2026!

        Order #4471-992031 - 1 x Early Bird Delegate (CAD $295.00)

        Tuesday, November 24 - Wednesday, November 25, 2026
        8:00 AM - 5:00 PM MST
        Coast Lethbridge Conference Centre, 526 Mayor Magrath Drive South, Lethbridge

        Your ticket is attached as a PDF. Show it on your phone at check-in.

        Highlights: modernizing canal delivery, SCADA on a budget, drought-year water sharing,
        and the Tuesday-evening student & young professionals mixer.

        TicketBay - questions about this event? Contact the organizer through your order page.
        """)
    h = head(39, addr("TicketBay", "orders@ticketbay.example.net"),
             "Your tickets for Southern Alberta Irrigation & Water Conference 2026",
             "2026-10-23 19:07:55", HOME, "mx-out.ticketbay.example.net", "192.0.2.77",
             domain="ticketbay.example.net")
    return message(h, alt(text(plain), html(gmail_html(plain))))


@make.mail(N(40), family="newsletter", lang="en", interview=False, company=None,
           note="Industry newsletter; no time fixed for the reader")
def m40() -> bytes:
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Georgia,serif;font-size:15px;color:#222;">
        <div style="max-width:620px;margin:0 auto;">
        <h1 style="font-size:24px;color:#1d5a7a;">Prairie Water Notes &mdash; October 2026</h1>
        <h2 style="font-size:18px;">Low snowpack outlook puts early focus on 2027 allocations</h2>
        <p>Southern Alberta districts are heading into freeze-up with reservoirs below the five-year average. We look at how three districts are planning rotation schedules for a dry spring.</p>
        <h2 style="font-size:18px;">Retrofitting canal gates: lessons from a pilot</h2>
        <p>A technologist&#39;s notes from a season of automating check structures &mdash; what the sensors missed, and why the radios mattered more than the actuators.</p>
        <h2 style="font-size:18px;">Careers corner</h2>
        <p>Salary survey results for engineering technologists in water resources are in. Median pay in Alberta rose 3.1% year over year.</p>
        <p style="font-size:12px;color:#777;">You are subscribed to Prairie Water Notes. <a href="https://prairiewaternotes.example.net/unsubscribe">Unsubscribe</a> &middot; Prairie Water Notes, Box 118, Vauxhall AB</p>
        </div></body></html>
        """)
    h = head(40, addr("Prairie Water Notes", "newsletter@prairiewaternotes.example.net"),
             "Prairie Water Notes - October 2026: snowpack, canal gates, salaries",
             "2026-10-08 06:30:00", HOME, "send.prairiewaternotes.example.net", "192.0.2.61",
             domain="prairiewaternotes.example.net",
             extra=(("List-Unsubscribe", "<https://prairiewaternotes.example.net/unsubscribe>"),
                    ("Precedence", "bulk")))
    return message(h, html(body, charset="iso-8859-1"))


@make.mail(N(41), family="order_receipt", lang="en", interview=False, company=None,
           note="Online order receipt (a suit and shirts for interviews); no appointment")
def m41() -> bytes:
    plain = t("""
        Thanks for your order, Kyle!

        Order number: NL-20260912-58817
        Order date: September 12, 2026

        1 x Tailored-fit suit, charcoal, 40R ............ $349.00
        2 x Non-iron dress shirt, white, 15.5/34 ......... $119.98
        1 x Leather belt, brown, 34 ...................... $ 59.00

        Subtotal: $527.98
        GST (5%): $ 26.40
        Total:    $554.38

        Shipping to: Kyle Whitford, Lethbridge AB
        Estimated delivery: 3-5 business days. We'll email you a tracking number when it ships.

        Northline Outfitters
        """)
    h = head(41, addr("Northline Outfitters", "orders@northline.example.com"),
             "Order confirmation NL-20260912-58817",
             "2026-09-12 13:48:09", HOME, "mta3.northline.example.com", "192.0.2.55",
             domain="northline.example.com")
    return message(h, alt(text(plain), html(gmail_html(plain), cte="base64")))


@make.mail(N(42), family="assessment", lang="en", interview=False,
           company="Cascadia Water Analytics", days=(("Mon", "2026-10-26"),),
           note="Take-home skills assessment with a deadline (Monday October 26, 11:59 PM PT); "
                "a deadline, not an interview")
def m42() -> bytes:
    plain = t("""
        Hi Kyle,

        Thanks for your interest in the Hydrometric Data Technologist role. As a next step we'd
        like you to complete a short skills assessment: cleaning a season of stage and discharge
        data from two gauges and building a simple rating curve.

        Start the assessment: https://assess.cascadiawater.io/a/c91f2e
        Time limit: 2 hours once you start
        Please complete it by Monday, October 26 at 11:59 PM PT.

        If you need an accommodation or more time, reply and let us know.

        Thanks,
        Owen Farrelly
        Recruiting Lead, Cascadia Water Analytics
        """)
    h = head(42, addr("Cascadia Water Analytics", "no-reply@hire.lever.co"),
             "Next step: skills assessment - Hydrometric Data Technologist",
             "2026-10-19 09:20:00", "America/Vancouver", "mail.hire.lever.co", "198.51.100.201",
             domain="hire.lever.co",
             extra=(("Reply-To", addr("Owen Farrelly", "owen.farrelly@cascadiawater.io")),))
    return message(h, alt(text(plain), html(gmail_html(plain))))


@make.mail(N(43), family="availability_request", lang="en", interview=False,
           company="Bowfort Water Engineering",
           note="Greenhouse availability request for a phone screen; nothing booked")
def m43() -> bytes:
    plain = t("""
        Hi Kyle,

        Thanks for applying to the Water Resources Technologist role at Bowfort Water
        Engineering! We'd love to set up a 30-minute phone screen.

        Please let us know your availability using the link below. Times will be shown in your
        local time zone.

        https://app.greenhouse.io/scheduling/availability/8a7f1c22d0e94b

        Best,
        Priya Ramdial
        Bowfort Water Engineering
        """)
    h = head(43, addr("Priya Ramdial", "no-reply@us.greenhouse-mail.io"),
             "Bowfort Water Engineering - please share your availability",
             "2026-09-08 15:55:20", HOME, "o7.us.greenhouse-mail.io", "198.51.100.23",
             domain="us.greenhouse-mail.io",
             extra=(("Reply-To", addr("Priya Ramdial", "priya.ramdial@bowfortwater.ca")),))
    return message(h, alt(text(plain), html(gmail_html(plain))))


@make.mail(N(44), family="post_interview", lang="en", interview=False,
           company="Kestrel Ag Systems",
           note="Hiring manager's thanks after the interview, decision 'by the end of next week'; "
                "nothing scheduled")
def m44() -> bytes:
    body = t("""
        Hi Kyle,

        Thanks for coming by this morning, and for the good questions about the pivot retrofits.
        We've got two more people to see on Monday and hope to make a decision by the end of next
        week. I'll let you know either way.

        Marcus

        Marcus Oyelaran
        Field Services Manager | Kestrel Ag Systems
        """)
    h = head(44, addr("Marcus Oyelaran", "marcus.oyelaran@kestrelag.ca"), "Thanks for coming in",
             "2026-09-25 15:31:12", HOME, "mail-ed1-f46.google.com", "209.85.208.46",
             style="gmail")
    return message(h, text(body, cte="8bit"))


@make.mail(N(45), family="social_notification", lang="en", interview=False, company=None,
           note="Professional-network weekly search-appearance notification")
def m45() -> bytes:
    plain = t("""
        Kyle, you appeared in 9 searches this week

        Your profile was found by people from:
          - Engineering consulting (4)
          - Utilities (3)
          - Staffing and recruiting (2)

        Top search keywords: irrigation, hydrometric, SCADA

        See who's looking: https://www.prolink.example.net/me/search-appearances/

        Unsubscribe: https://www.prolink.example.net/settings/email
        """)
    h = head(45, addr("ProLink", "notifications-noreply@prolink.example.net"),
             "Kyle, you appeared in 9 searches this week",
             "2026-10-04 08:15:00", HOME, "mailb-ae.prolink.example.net", "192.0.2.31",
             domain="prolink.example.net", extra=(("Precedence", "bulk"),))
    return message(h, text(plain))


@make.mail(N(46), family="non_interview_calendar", lang="en", interview=False, company=None,
           days=(("Tue", "2026-10-27"),),
           note="Tire-shop appointment confirmation (winter tire changeover); a fixed time, not an "
                "interview")
def m46() -> bytes:
    plain = t("""
        Hi Kyle,

        Your appointment is booked.

        Service: Seasonal tire changeover (on rims) + TPMS check
        Vehicle: 2019 Ford F-150
        Date: Tue, Oct 27, 2026
        Drop-off: 8:00 AM
        Location: Southside Tire & Auto, 3302 Mayor Magrath Dr S, Lethbridge

        Estimated time: about 1 hour. Our waiting room has coffee and Wi-Fi.

        Need to change it? Call 403-555-0170 or use the link in your booking.

        Southside Tire & Auto
        """)
    h = head(46, addr("Southside Tire & Auto", "bookings@southsidetire.example.com"),
             "Appointment confirmed - Tue, Oct 27 at 8:00 AM",
             "2026-10-21 17:42:00", HOME, "smtp.southsidetire.example.com", "192.0.2.140",
             domain="southsidetire.example.com")
    return message(h, text(plain, cte="7bit", charset="us-ascii"))


@make.mail(N(47), family="rejection", lang="en", interview=False, company="Harvest Loop",
           note="Recruitee rejection before any interview; nothing scheduled")
def m47() -> bytes:
    plain = t("""
        Hi Kyle,

        Thank you for applying for the Agronomy Data Technician position at Harvest Loop. We
        received a large number of strong applications, and after reviewing yours carefully we
        have decided not to move forward at this time.

        We appreciate the time you put into your application and wish you the best of luck in
        your search.

        Kind regards,
        The Harvest Loop team
        """)
    h = head(47, addr("Harvest Loop", "harvestloop@jobs.recruitee.com"),
             "Your application for Agronomy Data Technician",
             "2026-10-23 12:01:37", "America/Winnipeg", "mail3.recruitee.com", "203.0.113.20",
             domain="recruitee.com")
    return message(h, alt(text(plain), html(gmail_html(plain))))


@make.mail(N(48), family="reference_request", lang="en", interview=False,
           company="Westmark Engineering Group", days=(("Mon", "2026-12-07"),),
           note="Request for references after the onsite, with a deadline; nothing scheduled")
def m48() -> bytes:
    body = t("""
        Hi Kyle,

        Thanks again for spending the morning with us yesterday - the team enjoyed meeting you.

        As a next step, could you send me contact details for two or three professional
        references, ideally including a current or recent supervisor? Name, title, phone and
        email is all I need. If you can get them to me by Monday, December 7, we can keep things
        moving before the holidays.

        We'll only contact them after letting you know.

        Thanks,
        Sabrina

        Sabrina Oduya
        Talent Acquisition Partner
        Westmark Engineering Group
        780-555-0116
        """)
    h = head(48, addr("Sabrina Oduya", "sabrina.oduya@westmarkeng.com"), "References",
             "2026-12-04 09:12:40", HOME, "CAN01-YT3-obe.outbound.protection.outlook.com",
             "40.107.192.120", domain="YT3PR01MB9012.CANPRD01.PROD.OUTLOOK.COM", style="outlook")
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(49), family="non_interview_calendar", lang="en", interview=False, company=None,
           days=(("Thu", "2026-11-12"),),
           note="Exchange meeting request from the candidate's current irrigation district "
                "(season-end debrief), sent to his personal address; a work meeting, not an "
                "interview")
def m49() -> bytes:
    plain = t("""
        When: Thursday, November 12, 2026 9:00 AM-11:30 AM. (UTC-07:00) Mountain Time (US & Canada)
        Where: District office boardroom

        *~*~*~*~*~*~*~*~*~*

        All,

        Sending to personal emails as well since the district mail server migration isn't done
        yet. Season-end debrief: canal shutdown checklist, headgate repairs for the winter
        works list, and the telemetry outages from August. Coffee and muffins provided.

        Ray Kozak
        General Manager
        Ridgeback Irrigation District
        """)
    ics = exchange_vcal("REQUEST", [TZ_WIN_MOUNTAIN], """
        BEGIN:VEVENT
        ORGANIZER;CN=Ray Kozak:mailto:rkozak@ridgebackid.example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kyle Whitford:mailto:kyle.whitford@example.org
        UID:040000008200E00074C5B7101A82E008000000003C22F9A0B271DC01000000000000000010000000A11D55E2
        SUMMARY;LANGUAGE=en-US:Season-end operations debrief
        DTSTART;TZID=Mountain Standard Time:20261112T090000
        DTEND;TZID=Mountain Standard Time:20261112T113000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261104T221500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:District office boardroom
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-IMPORTANCE:1
        END:VEVENT
        """)
    h = head(49, addr("Ray Kozak", "rkozak@ridgebackid.example.com"), "Season-end operations debrief",
             "2026-11-04 15:15:00", HOME, "mail.ridgebackid.example.com", "192.0.2.180",
             domain="ridgebackid.example.com", style="outlook",
             to="District Staff <staff@ridgebackid.example.com>",
             extra=(("Cc", ME),))
    return message(h, alt(text(plain), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(50), family="survey", lang="en", interview=False,
           company="Westmark Engineering Group",
           note="Candidate-experience survey after the onsite; no time fixed")
def m50() -> bytes:
    plain = t("""
        Hi Kyle,

        Thank you for interviewing with Westmark Engineering Group today. We'd love to hear
        about your experience - it takes about two minutes and your answers are anonymous to the
        interview team.

        Take the survey: https://survey.goodtime.io/c/westmark/7e2d91

        Westmark Engineering Group Talent Acquisition
        Powered by GoodTime
        """)
    h = head(50, addr("Westmark Engineering Group", "scheduling@goodtime.io"),
             "How was your interview with Westmark Engineering Group?",
             "2026-12-03 17:05:00", HOME, "o1.ptr4417.goodtime.io", "198.51.100.140",
             domain="goodtime.io")
    return message(h, alt(text(plain), html(gmail_html(plain))))
