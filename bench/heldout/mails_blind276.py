# ruff: noqa: E501
"""blind276: a blind 50-mail held-out set, the inbox of Owen Achterberg <owen.achterberg@example.org>,
maintenance planner at a steel mill in Hamilton, Ontario (America/Toronto), September to December 2026.

Written on 2026-11-26 by a helper session that read only make.py, make_blind.py, the intro and the
"How it was made" / "Mix" / "Label conventions" / "Traps" / "Judgement calls" sections of the held-out
README, the dev corpus README, dev labels.json, dev_002.eml, dev_009.eml and score.py; it did not
read the detector, its tests, or any other held-out mails, and never ran the detector.

Every mail is one function, written individually; its decorator carries the label and the local
time as written in the mail (``local=``, in ``zone=``), which make.py converts with zoneinfo to check
the labelled UTC start. Keys 1-23 are positives (16 scheduled, 4 rescheduled, 3 cancelled), keys
24-50 negatives; file numbers are a fixed shuffle of the keys (ORDER below).
"""

from __future__ import annotations

import hashlib
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
    message,
    mixed,
    multipart,
    raw_part,
    received,
    t,
    text,
)

SET = "blind276"
ORDER = random.Random(2760276).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


OWEN = "owen.achterberg@example.org"
OWEN_TO = addr("Owen Achterberg", OWEN)
TZ = "America/Toronto"
MT = "America/Edmonton"


def _id(seed: str, n: int = 16) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def rcv(host: str, ip: str, when: str, zone: str, seed: str, lag: int = 4) -> tuple[str, str]:
    return ("Received", received(f"from {host} ({host} [{ip}])", when, zone,
                                 f"mx1.example.org (Postfix) with ESMTPS id {_id(seed, 11).upper()}",
                                 OWEN, lag))


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, host: str, ip: str,
         to: str = OWEN_TO, extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8") -> list[tuple[str, str]]:
    return [
        ("Return-Path", "<" + (frm.split("<")[-1].rstrip(">") if "<" in frm else frm) + ">"),
        ("Delivered-To", OWEN),
        rcv(host, ip, when, zone, mid),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


# ------------------------------------------------------------------ calendar zones

VTZ_TORONTO = """BEGIN:VTIMEZONE
TZID:America/Toronto
X-LIC-LOCATION:America/Toronto
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""

VTZ_MOUNTAIN_WIN = """BEGIN:VTIMEZONE
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

VTZ_EASTERN_WIN = make.VTZ["Eastern Standard Time"]
VTZ_STOCKHOLM = make.VTZ["Europe/Stockholm"]


# ================================================================== positives


@make.mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-09-15T14:00:00Z", end="2026-09-15T14:30:00Z",
           contact="kayla.brennan@lakeshorehydro.ca", company="Lakeshore Hydro Services",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:30", zone=TZ,
           note="Greenhouse confirmation from no-reply; Reply-To is the recruiter. 'Tuesday, September 15, 2026, 10:00 AM - 10:30 AM EDT' -> 14:00-14:30Z.")
def k01() -> bytes:
    body = t("""
        Hi Owen,

        Thanks for scheduling time with us. Your phone screen for the Maintenance Planner
        (Generating Stations) role at Lakeshore Hydro Services is confirmed:

        Tuesday, September 15, 2026
        10:00 AM - 10:30 AM EDT
        Phone call - Kayla will call you at 905-555-0148

        Interviewer: Kayla Brennan, Talent Acquisition Partner

        If anything changes, just reply to this email and it will go straight to Kayla.

        Best,
        Lakeshore Hydro Services Recruiting
        Burlington, Ontario
        """)
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Owen,</p>
        <p>Thanks for scheduling time with us. Your phone screen for the <b>Maintenance Planner (Generating Stations)</b> role at Lakeshore Hydro Services is confirmed:</p>
        <table cellpadding="4" style="border:1px solid #ddd">
        <tr><td><b>When</b></td><td>Tuesday, September 15, 2026<br>10:00 AM - 10:30 AM EDT</td></tr>
        <tr><td><b>Where</b></td><td>Phone call - Kayla will call you at 905-555-0148</td></tr>
        <tr><td><b>Interviewer</b></td><td>Kayla Brennan, Talent Acquisition Partner</td></tr>
        </table>
        <p>If anything changes, just reply to this email and it will go straight to Kayla.</p>
        <p>Best,<br>Lakeshore Hydro Services Recruiting<br>Burlington, Ontario</p>
        <img src="https://app.greenhouse.io/o/9c1b2f7a" width="1" height="1" alt="">
        </body></html>
        """)
    mid = "<8f21c0d4.20260910181204.greenhouse@mail.greenhouse.io>"
    h = head("Lakeshore Hydro Services <no-reply@greenhouse.io>",
             "Interview Confirmation: Maintenance Planner (Generating Stations) - Lakeshore Hydro Services",
             "2026-09-10 14:12", TZ, mid, host="mail.greenhouse.io", ip="198.2.180.14",
             extra=(("Reply-To", addr("Kayla Brennan", "kayla.brennan@lakeshorehydro.ca")),
                    ("X-Mailer", "Greenhouse")))
    return message(h, alt(text(body), html(hbody)))


@make.mail(N(2), family="workday", lang="en", interview=True, kind="scheduled",
           start="2026-09-24T17:30:00Z", end="2026-09-24T18:30:00Z",
           contact="harjit.sandhu@npcement.ca", company="Niagara Peninsula Cement",
           local="Thu 2026-09-24 13:30", local_end="2026-09-24 14:30", zone=TZ,
           note="Workday HTML-only (base64) interview notice from myworkday.com; 'Thursday, September 24, 2026 at 1:30 PM Eastern Time', duration 60 minutes -> 17:30-18:30Z (EDT). Contact = TA partner written in the body.")
def k02() -> bytes:
    hbody = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Interview Scheduled</title></head>
        <body style="margin:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="padding:20px;background:#00447c;color:#fff;font-size:18px">Niagara Peninsula Cement</td></tr>
        <tr><td style="padding:20px">
        <p>Dear Owen Achterberg,</p>
        <p>An interview has been scheduled for you for the position of <b>R-10482 Maintenance Planner - Hamilton Plant</b>.</p>
        <p><b>Date:</b> Thursday, September 24, 2026<br>
        <b>Time:</b> 1:30 PM Eastern Time<br>
        <b>Duration:</b> 60 minutes<br>
        <b>Location:</b> Hamilton Plant, 1220 Burlington St E, Hamilton ON - main office, ask for Plant Maintenance at the gate house</p>
        <p><b>Interview panel:</b> Colin Reaume (Maintenance Superintendent), Harjit Sandhu (Talent Acquisition)</p>
        <p>Please bring CSA-approved safety footwear; the panel includes a short walk through the kiln area. Visitor PPE (hard hat, glasses, vest) will be provided.</p>
        <p>If you need to reschedule or require accommodation during the recruitment process, please contact Harjit Sandhu at <a href="mailto:harjit.sandhu@npcement.ca">harjit.sandhu@npcement.ca</a>.</p>
        <p>You can review your application at any time by signing in to our <a href="https://npcement.wd3.myworkdayjobs.com/en-US/Careers">Candidate Home</a>.</p>
        <p>Regards,<br>Talent Acquisition<br>Niagara Peninsula Cement</p>
        </td></tr>
        <tr><td style="padding:12px 20px;font-size:11px;color:#888">This email was sent from an unmonitored mailbox. Please do not reply.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    mid = "<1187425370.48133.1790271900512@wd3-prod-notif14.myworkday.com>"
    h = head("Niagara Peninsula Cement <npcement@myworkday.com>",
             "Interview Scheduled - R-10482 Maintenance Planner - Hamilton Plant",
             "2026-09-18 09:05", TZ, mid, host="wd3-smtp-out2.myworkday.com", ip="146.20.113.42")
    return message(h, html(hbody, cte="base64"))


@make.mail(N(3), family="outlook_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-10-07T15:00:00Z", end="2026-10-07T16:00:00Z",
           contact="brent.kowalchuk@prairierail.ca", company="Prairie Rail Maintenance",
           local="Wed 2026-10-07 09:00", local_end="2026-10-07 10:00", zone=MT,
           note="Exchange/Teams meeting request from a Calgary hiring manager; TZID 'Mountain Standard Time' with the body label '(UTC-07:00) Mountain Time (US & Canada)' although Calgary is on MDT (UTC-6) in October: 9:00-10:00 MDT -> 15:00-16:00Z (11:00 in Hamilton). Contact = organizer/sender.")
def k03() -> bytes:
    body = t("""
        Hi Owen,

        As discussed on the phone, here is the invite for the first-round interview for the
        Maintenance Planner - Rolling Stock position (remote, with quarterly trips to our
        Alyth Yard shop). I'll be joined by Harpreet Gill from our reliability group.

        Looking forward to it.

        Brent Kowalchuk
        Manager, Maintenance Planning | Prairie Rail Maintenance Ltd.
        Calgary, AB | 403-555-0172

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_PRM7c2e/0>
        Meeting ID: 284 611 903 557
        Passcode: a7Qk2m
        ________________________________________________________________________________
        """)
    hbody = "<html><body>" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.split("\n")) + "</body></html>\n"
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ_MOUNTAIN_WIN,
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Brent Kowalchuk:mailto:brent.kowalchuk@prairierail.ca",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Owen Achterberg:mailto:owen.achterberg@example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Harpreet Gill:mailto:harpreet.gill@prairierail.ca",
        "DESCRIPTION;LANGUAGE=en-US:Hi Owen\\,\\n\\nAs discussed on the phone\\, here is the invite for the first-round interview for the Maintenance Planner - Rolling Stock position.\\n",
        "UID:040000008200E00074C5B7101A82E00800000000B07A3D1C5F4FDC01000000000000000010000000E2C4A1B7",
        "SUMMARY;LANGUAGE=en-US:Interview - Owen Achterberg - Maintenance Planner (Rolling Stock)",
        "DTSTART;TZID=Mountain Standard Time:20261007T090000",
        "DTEND;TZID=Mountain Standard Time:20261007T100000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20260930T162000Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:2119384025",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    plain = t("""
        When: Wednesday, October 7, 2026 9:00 AM-10:00 AM (UTC-07:00) Mountain Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        """) + body
    mid = "<YT3PR01MB8817A2C4F0E1B6D39E2C7A55D4A92@YT3PR01MB8817.CANPRD01.PROD.OUTLOOK.COM>"
    h = head(addr("Brent Kowalchuk", "brent.kowalchuk@prairierail.ca"),
             "Interview - Owen Achterberg - Maintenance Planner (Rolling Stock)",
             "2026-09-30 10:20", MT, mid, host="mail-yt3can01on2071.outbound.protection.outlook.com",
             ip="40.107.115.71",
             extra=(("Thread-Topic", "Interview - Owen Achterberg - Maintenance Planner (Rolling Stock)"),
                    ("Thread-Index", "AdtS3kq9Wm1TfH2eQy6k0v8bN1xZpw=="),
                    ("Accept-Language", "en-CA, en-US"), ("Content-Language", "en-US"),
                    ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(h, alt(text(plain), html(hbody), calendar(ics, cte="base64")))


@make.mail(N(4), family="human_prose", lang="fr", interview=True, kind="scheduled",
           start="2026-10-01T18:00:00Z", end="2026-10-01T19:00:00Z",
           contact="genevieve.tremblay@acierie-stlaurent.qc.ca", company="Aciérie Saint-Laurent inc.",
           local="Thu 2026-10-01 14:00", local_end="2026-10-01 15:00", zone="America/Montreal",
           note="Canadian French recruiter prose, ISO-8859-1 8bit: 'jeudi 1er octobre à 14 h (heure de Montréal)', 'd'une durée d'une heure' -> 18:00-19:00Z (EDT). Later moved by the same recruiter (key 20).")
def k04() -> bytes:
    body = t("""
        Bonjour Owen,

        Merci pour votre intérêt envers le poste de planificateur d'entretien à notre usine de
        Contrecoeur. Comme convenu au téléphone ce matin, je vous confirme votre entrevue :

          Date : jeudi 1er octobre 2026
          Heure : 14 h (heure de Montréal, la même que chez vous à Hamilton)
          Durée : une heure
          Format : Teams (le lien suivra dans une invitation séparée)

        Vous rencontrerez Stéphane Bouchard, surintendant de l'entretien mécanique, et moi-même.
        L'entrevue se déroulera principalement en français, avec une partie en anglais pour les
        questions techniques si vous préférez.

        N'hésitez pas à m'écrire si vous avez des questions.

        Au plaisir,

        Geneviève Tremblay
        Conseillère principale, acquisition de talents
        Aciérie Saint-Laurent inc.
        450 555-0193
        """)
    mid = "<6b1e0f2a9c3d4e57b8a0@acierie-stlaurent.qc.ca>"
    h = head(addr("Geneviève Tremblay", "genevieve.tremblay@acierie-stlaurent.qc.ca", "iso-8859-1"),
             "Confirmation d'entrevue - Planificateur d'entretien (Contrecoeur)",
             "2026-09-25 11:32", "America/Montreal", mid, host="smtp.acierie-stlaurent.qc.ca",
             ip="142.169.77.21", extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(h, text(body, charset="iso-8859-1", cte="8bit"))


@make.mail(N(5), family="lever", lang="en", interview=True, kind="rescheduled",
           start="2026-10-16T18:00:00Z", end="2026-10-16T18:45:00Z",
           contact="simone.okafor@cobaltlane.io", company="Cobalt Lane Robotics",
           local="Fri 2026-10-16 14:00", local_end="2026-10-16 14:45", zone=TZ,
           note="Lever reschedule: old slot Tue Oct 13 11:00 and new slot 'Friday, October 16, 2:00 PM - 2:45 PM EDT' both in the text; ICS SEQUENCE:1 with TZID America/Toronto confirms the new one -> 18:00-18:45Z. Contact = Reply-To / ORGANIZER.")
def k05() -> bytes:
    body = t("""
        Hi Owen,

        Your interview with Cobalt Lane Robotics has been rescheduled.

        Previously: Tuesday, October 13, 2026, 11:00 AM - 11:45 AM EDT
        New time:   Friday, October 16, 2026, 2:00 PM - 2:45 PM EDT

        Interview: Maintenance Planning Lead - Hiring Manager Interview
        Interviewer: Ravi Menon, Director of Field Operations
        Location: Google Meet - https://meet.google.com/cwx-prbt-hkd

        An updated calendar invitation is attached. If the new time does not work, reply to
        this email and Simone will find another slot.

        Cobalt Lane Robotics
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Lever//Interview Scheduling//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", VTZ_TORONTO,
        "BEGIN:VEVENT",
        "UID:lever-7d3f0c9e-2b41-4a7e-9c55-0e8d1f6a2b33@hire.lever.co",
        "DTSTAMP:20261009T202200Z",
        "DTSTART;TZID=America/Toronto:20261016T140000",
        "DTEND;TZID=America/Toronto:20261016T144500",
        "SEQUENCE:1",
        "SUMMARY:Interview: Owen Achterberg / Cobalt Lane Robotics (Maintenance Planning Lead)",
        "LOCATION:https://meet.google.com/cwx-prbt-hkd",
        "ORGANIZER;CN=Simone Okafor:mailto:simone.okafor@cobaltlane.io",
        "ATTENDEE;CN=Owen Achterberg;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:owen.achterberg@example.org",
        "ATTENDEE;CN=Ravi Menon;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ravi.menon@cobaltlane.io",
        "STATUS:CONFIRMED",
        "END:VEVENT", "END:VCALENDAR"])
    mid = "<0102019a6f3e2c1b-4f8a1d2e-9b7c-4e55-a3d1-7c6b5e4f3a21-000000@email.amazonses.com>"
    h = head("Cobalt Lane Robotics <no-reply@hire.lever.co>",
             "Rescheduled: your interview with Cobalt Lane Robotics is now Friday, October 16",
             "2026-10-09 16:22", TZ, mid, host="a48-93.smtp-out.amazonses.com", ip="54.240.48.93",
             extra=(("Reply-To", addr("Simone Okafor", "simone.okafor@cobaltlane.io")),))
    return message(h, mixed(text(body), calendar(ics, filename="invite.ics", disposition="attachment",
                                                 cte="base64", name_param=True)))


@make.mail(N(6), family="google_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-10-20T18:00:00Z", end="2026-10-20T19:00:00Z",
           contact="devon.li@harbourline.ca", company="Harbourline Logistics",
           local="Tue 2026-10-20 14:00", local_end="2026-10-20 15:00", zone=TZ,
           note="Google Calendar invitation (text, HTML, text/calendar and invite.ics; DTSTART in UTC): 'Tuesday Oct 20, 2026 2pm - 3pm (Eastern Time - Toronto)' -> 18:00-19:00Z. Contact = organizer. Follows the availability request (key 29).")
def k06() -> bytes:
    title = "Harbourline - Maintenance Planner interview (Owen Achterberg)"
    body = t(f"""
        You have been invited to the following event.

        {title}
        Tuesday Oct 20, 2026 ⋅ 2pm – 3pm (Eastern Time - Toronto)

        Join with Google Meet
        https://meet.google.com/hbl-qzro-nwe

        Port Lands DC, 55 Unwin Ave, Toronto - or Google Meet if you cannot make it in person

        Panel interview for the Maintenance Planner (Conveyors & MHE) role: Devon Li (Talent),
        Marisol Ortega (Maintenance Manager), Ken Watanabe (Reliability Engineer).

        Organizer
        Devon Li
        devon.li@harbourline.ca

        Guests
        Devon Li - organizer
        Owen Achterberg
        marisol.ortega@harbourline.ca
        ken.watanabe@harbourline.ca

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NXZ0MmQ

        Reply for owen.achterberg@example.org
        Yes / No / Maybe / More options

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    hbody = t(f"""
        <html><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <span itemprop="name"><h2 style="font-size:22px;font-weight:400">{title}</h2></span>
        <div><b>When</b> Tuesday Oct 20, 2026 &#8901; 2pm &ndash; 3pm (Eastern Time - Toronto)</div>
        <div><b>Join with Google Meet</b> <a href="https://meet.google.com/hbl-qzro-nwe">meet.google.com/hbl-qzro-nwe</a></div>
        <div><b>Location</b> Port Lands DC, 55 Unwin Ave, Toronto - or Google Meet if you cannot make it in person</div>
        <div><b>Organizer</b> Devon Li <a href="mailto:devon.li@harbourline.ca">devon.li@harbourline.ca</a></div>
        <div><b>Guests</b> Devon Li - organizer, Owen Achterberg, marisol.ortega@harbourline.ca, ken.watanabe@harbourline.ca</div>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "DTSTART:20261020T180000Z", "DTEND:20261020T190000Z", "DTSTAMP:20261014T190300Z",
        "ORGANIZER;CN=Devon Li:mailto:devon.li@harbourline.ca",
        "UID:5vt2d9k1m0q7c3ebh8r4nsu6ja@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Devon Li;X-NUM-GUESTS=0:mailto:devon.li@harbourline.ca",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Owen Achterberg;X-NUM-GUESTS=0:mailto:owen.achterberg@example.org",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=marisol.ortega@harbourline.ca;X-NUM-GUESTS=0:mailto:marisol.ortega@harbourline.ca",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ken.watanabe@harbourline.ca;X-NUM-GUESTS=0:mailto:ken.watanabe@harbourline.ca",
        "X-GOOGLE-CONFERENCE:https://meet.google.com/hbl-qzro-nwe",
        "CREATED:20261014T190248Z",
        "DESCRIPTION:Panel interview for the Maintenance Planner (Conveyors & MHE) role.",
        "LAST-MODIFIED:20261014T190300Z",
        "LOCATION:Port Lands DC\\, 55 Unwin Ave\\, Toronto",
        "SEQUENCE:0", "STATUS:CONFIRMED", f"SUMMARY:{title}", "TRANSP:OPAQUE",
        "END:VEVENT", "END:VCALENDAR"])
    mid = "<calendar-3b0c7e1f-9a52-4d6e-8f13-2c4d5e6f7a80@google.com>"
    h = head(addr("Devon Li", "devon.li@harbourline.ca"),
             f"Invitation: {title} @ Tue Oct 20, 2026 2pm - 3pm (EDT) (owen.achterberg@example.org)",
             "2026-10-14 15:03", TZ, mid, host="mail-sor-f69.google.com", ip="209.85.220.69",
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                    ("Reply-To", addr("Devon Li", "devon.li@harbourline.ca"))))
    inner = alt(text(body), html(hbody), calendar(ics, cte="7bit"))
    attach = calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)
    return message(h, mixed(inner, attach))


@make.mail(N(7), family="calendly", lang="en", interview=True, kind="scheduled",
           start="2026-10-26T13:00:00Z", end="2026-10-26T13:30:00Z",
           contact="dana.kowalczyk@fieldwise.io", company="Fieldwise",
           local="Mon 2026-10-26 09:00", local_end="2026-10-26 09:30", zone=TZ,
           note="Calendly invitee confirmation for a recruiter screen; '9:00am - 9:30am, Monday, October 26, 2026 (Eastern Time - US & Canada)' -> 13:00-13:30Z (EDT still; Europe changed the day before, irrelevant here). Contact = Reply-To recruiter. Follows the Calendly link (key 30).")
def k07() -> bytes:
    body = t("""
        Hi Owen Achterberg,

        A new event has been scheduled.

        Event Type:
        Implementation Specialist - Intro Interview (30 min)

        Invitee:
        Owen Achterberg

        Invitee Email:
        owen.achterberg@example.org

        Event Date/Time:
        09:00am - 09:30am (Eastern Time - US & Canada) on Monday, October 26, 2026

        Location:
        This is a Zoom web conference.
        You can join this meeting from your computer, tablet, or smartphone.
        https://fieldwise.zoom.us/j/85512047736?pwd=Rk1vYUdNWmE

        Host:
        Dana Kowalczyk

        Questions:
        Which CMMS platforms have you used day to day?
        SAP PM, some Maximo at a previous job

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/8a1d9f22-7c0b-4e63-b2a4-0f5e6d7c8b91
        Reschedule: https://calendly.com/reschedulings/8a1d9f22-7c0b-4e63-b2a4-0f5e6d7c8b91

        Powered by Calendly.com
        """)
    hbody = make.gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Arial">')
    mid = "<0100019aa3d8e6f1-2c7b9e4a-61d0-4f3a-9e58-b0c1d2e3f4a5-000000@email.amazonses.com>"
    h = head("Calendly <notifications@calendly.com>",
             "Confirmed: Implementation Specialist - Intro Interview (30 min) with Dana Kowalczyk on Monday, October 26, 2026",
             "2026-10-23 12:40", TZ, mid, host="a8-30.smtp-out.amazonses.com", ip="54.240.8.30",
             extra=(("Reply-To", addr("Dana Kowalczyk", "dana.kowalczyk@fieldwise.io")),))
    return message(h, alt(text(body), html(hbody)))


@make.mail(N(8), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
           start="2026-11-03T15:00:00Z", end="2026-11-03T15:45:00Z",
           contact="leanne.fortier@chinookmidstream.ca", company="Chinook Midstream Partners",
           local="Tue 2026-11-03 08:00", local_end="2026-11-03 08:45", zone=MT,
           note="SmartRecruiters confirmation sent in MDT (Oct 28) for a slot after the 1 November change: '8:00 AM - 8:45 AM Mountain Time (MST)' -> 15:00-15:45Z; the body's '10:00 AM Eastern' agrees (EST). Contact = interviewer address in the body.")
def k08() -> bytes:
    body = t("""
        Hello Owen,

        Your video interview for Maintenance Planner - Gas Processing (Remote, Canada) at
        Chinook Midstream Partners is confirmed.

        Date: Tuesday, November 3, 2026
        Time: 8:00 AM - 8:45 AM Mountain Time (MST) - that is 10:00 AM Eastern
        Format: Microsoft Teams (link below)
        Interviewer: Leanne Fortier, Maintenance Superintendent, Edson & Rimbey plants

        Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_CMP91f0/0

        Please note that clocks go back on Sunday, November 1 - the time above is already in
        standard time.

        Questions about the interview can go to Leanne directly at
        leanne.fortier@chinookmidstream.ca.

        Good luck!
        Chinook Midstream Partners Talent Team

        Powered by SmartRecruiters
        """)
    hbody = "<html><body style=\"font-family:Arial\">" + "".join(
        f"<p>{line}</p>" for line in body.split("\n") if line) + "</body></html>\n"
    mid = "<7be1a0c4-5d32-4f0e-9c8b-1a2b3c4d5e6f@smartrecruiters.com>"
    h = head("Chinook Midstream Partners <noreply@smartrecruiters.com>",
             "Interview confirmed: Maintenance Planner - Gas Processing",
             "2026-10-28 14:15", MT, mid, host="o1.email.smartrecruiters.com", ip="167.89.21.160")
    return message(h, alt(text(body), html(hbody)))


@make.mail(N(9), family="human_prose", lang="en", interview=True, kind="scheduled",
           start="2026-11-18T18:30:00Z", end=None,
           contact="nadia.petrovic@keystonestaffing.ca", company="Red Hill Galvanizing",
           local="Wed 2026-11-18 13:30", zone=TZ,
           note="Agency recruiter prose sent Tue 17 Nov 07:48 EST: 'tomorrow (Wednesday) at 1:30 pm' at the client's plant -> Wed 18 Nov 13:30 EST = 18:30Z; 'about an hour' -> end null. Company = the hiring client, not the agency. Follows the agency's outreach (key 28).")
def k09() -> bytes:
    body = t("""
        Morning Owen,

        Good news - Red Hill Galvanizing wants to meet you. You're confirmed for tomorrow
        (Wednesday) at 1:30 pm at their Stoney Creek plant, 410 Arvin Ave. Park in the visitor
        lot and sign in at reception; ask for Darlene Ross (Plant Manager). Tony Ferreira,
        their maintenance lead, will sit in as well.

        It should take about an hour, including a quick walk of the kettle line, so wear your
        safety boots. Bring a couple of copies of your resume and your shutdown schedule
        example if you can share it (scrub anything confidential).

        Give me a shout after - I'd like to hear how it went before they call me.

        Nadia

        Nadia Petrovic | Senior Recruiter, Industrial & Skilled Trades
        Keystone Industrial Staffing | Hamilton - Niagara
        c. 289-555-0116 | nadia.petrovic@keystonestaffing.ca
        """)
    mid = "<CAJ7kR2p0vXq9T4eW3nFz1LmB8y6dG5hQs2Uc@mail.gmail.com>"
    h = head(addr("Nadia Petrovic", "nadia.petrovic@keystonestaffing.ca"),
             "Red Hill Galvanizing - interview confirmed",
             "2026-11-17 07:48", TZ, mid, host="mail-sor-f41.google.com", ip="209.85.220.41",
             extra=(("In-Reply-To", "<CAO3mVq8Rb1s@mail.example.org>"),
                    ("References", "<CAO3mVq8Rb1s@mail.example.org>")))
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(10), family="ms_bookings", lang="en+fr", interview=True, kind="scheduled",
           start="2026-11-12T15:00:00Z", end="2026-11-12T16:00:00Z",
           contact=None, company="Canadian Marine Infrastructure Agency",
           local="Thu 2026-11-12 10:00", local_end="2026-11-12 11:00", zone=TZ,
           note="Bilingual (English/French) federal-agency Microsoft Bookings confirmation from a shared staffing mailbox; '10:00 AM - 11:00 AM (UTC-05:00) Eastern Time (US & Canada)' / '10 h 00 - 11 h 00' on 12 November (EST) -> 15:00-16:00Z; ICS TZID Eastern Standard Time. Staff names only, no personal address -> contact null.")
def k10() -> bytes:
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px">
        <p style="font-size:12px;color:#555">(Le français suit l'anglais)</p>
        <h2 style="font-weight:600">Your booking is confirmed</h2>
        <p>Hello Owen Achterberg,</p>
        <p>Thank you for booking with CMIA Staffing. Your appointment is confirmed.</p>
        <table cellpadding="3">
        <tr><td><b>Service</b></td><td>Interview - Fleet Maintenance Planner (EG-05), process 26-CMIA-HAM-0412</td></tr>
        <tr><td><b>Date and time</b></td><td>Thursday, November 12, 2026 10:00 AM - 11:00 AM (UTC-05:00) Eastern Time (US &amp; Canada)</td></tr>
        <tr><td><b>Staff</b></td><td>Martine Leblanc; Derek Osei</td></tr>
        <tr><td><b>Location</b></td><td>Microsoft Teams meeting (link in the calendar invitation)</td></tr>
        </table>
        <p>You may be assessed in the official language of your choice. If you require accommodation, please reply through the booking page.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/CMIAStaffing@cmia-acim.ca/bookings/">Manage booking</a></p>
        <hr>
        <h2 style="font-weight:600">Votre réservation est confirmée</h2>
        <p>Bonjour Owen Achterberg,</p>
        <p>Merci d'avoir réservé auprès de Dotation ACIM. Votre rendez-vous est confirmé.</p>
        <table cellpadding="3">
        <tr><td><b>Service</b></td><td>Entrevue - Planificateur ou planificatrice de l'entretien de la flotte (EG-05), processus 26-CMIA-HAM-0412</td></tr>
        <tr><td><b>Date et heure</b></td><td>jeudi 12 novembre 2026 10 h 00 - 11 h 00 (UTC-05:00) Heure de l'Est (États-Unis et Canada)</td></tr>
        <tr><td><b>Personnel</b></td><td>Martine Leblanc; Derek Osei</td></tr>
        <tr><td><b>Lieu</b></td><td>Réunion Microsoft Teams (lien dans l'invitation)</td></tr>
        </table>
        <p>Vous pouvez être évalué dans la langue officielle de votre choix.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/CMIAStaffing@cmia-acim.ca/bookings/">Gérer la réservation</a></p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ_EASTERN_WIN,
        "BEGIN:VEVENT",
        "ORGANIZER;CN=CMIA Staffing / Dotation ACIM:mailto:CMIAStaffing@cmia-acim.ca",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Owen Achterberg:mailto:owen.achterberg@example.org",
        "DESCRIPTION;LANGUAGE=en-US:Interview - Fleet Maintenance Planner (EG-05) / Entrevue - Planificateur de l'entretien de la flotte (EG-05)\\n",
        "UID:040000008200E00074C5B7101A82E0080000000074D9F0A1B26DDC01000000000000000010000000B7E29C44",
        "SUMMARY;LANGUAGE=en-US:Interview / Entrevue - Fleet Maintenance Planner (EG-05)",
        "DTSTART;TZID=Eastern Standard Time:20261112T100000",
        "DTEND;TZID=Eastern Standard Time:20261112T110000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261105T181000Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "END:VEVENT", "END:VCALENDAR"])
    mid = "<YQBPR0101MB6630C2E7D1F4A0B9E3D5C6A7B8F92@YQBPR0101MB6630.CANPRD01.PROD.OUTLOOK.COM>"
    h = head(addr("CMIA Staffing / Dotation ACIM", "CMIAStaffing@cmia-acim.ca"),
             "Booking confirmed / Réservation confirmée: Interview - Fleet Maintenance Planner (EG-05)",
             "2026-11-05 13:10", TZ, mid, host="mail-yqbcan01on2107.outbound.protection.outlook.com",
             ip="40.107.116.107",
             extra=(("X-MS-Exchange-Organization-BookingsAppointment", "True"),))
    return message(h, mixed(html(hbody), calendar(ics, filename="meeting.ics", disposition="attachment",
                                                  cte="base64", name_param=True)))


@make.mail(N(11), family="icims", lang="en", interview=True, kind="scheduled",
           start="2026-11-13T14:30:00Z", end="2026-11-13T15:30:00Z",
           contact="rosa.medeiros@gltubepipe.com", company="Great Lakes Tube & Pipe",
           local="Fri 2026-11-13 09:30", local_end="2026-11-13 10:30", zone=TZ,
           note="iCIMS HTML-only body with an ICS part (TZID America/Toronto); US-style '11/13/2026 9:30 AM - 10:30 AM (EST)' -> 14:30-15:30Z. Contact = human ORGANIZER (also in the body).")
def k11() -> bytes:
    hbody = t("""
        <html><body style="font-family:Verdana,Arial,sans-serif;font-size:13px">
        <img src="https://careers-gltubepipe.icims.com/icims2/servlet/icims2?logo" alt="Great Lakes Tube &amp; Pipe" height="40">
        <p>Dear Owen,</p>
        <p>Thank you for your interest in the <strong>Maintenance Planner - Mill 2 (Req #2026-3317)</strong> position at Great Lakes Tube &amp; Pipe. We are pleased to confirm your interview:</p>
        <table border="0" cellpadding="4">
        <tr><td><strong>Date/Time:</strong></td><td>11/13/2026 9:30 AM - 10:30 AM (EST)</td></tr>
        <tr><td><strong>Location:</strong></td><td>Great Lakes Tube &amp; Pipe, 95 Brampton St, Hamilton, ON - Administration Building, 2nd floor</td></tr>
        <tr><td><strong>Interviewers:</strong></td><td>Rosa Medeiros (HR Business Partner), Kevin Dunlop (Maintenance Manager)</td></tr>
        </table>
        <p>Please arrive 10 minutes early and bring photo ID; visitors are escorted on site.</p>
        <p>Should you have any questions, please contact Rosa Medeiros at <a href="mailto:rosa.medeiros@gltubepipe.com">rosa.medeiros@gltubepipe.com</a> or 905-555-0164.</p>
        <p>Sincerely,<br>Human Resources<br>Great Lakes Tube &amp; Pipe</p>
        <p style="font-size:10px;color:#999">Please do not reply to this message. This mailbox is not monitored.</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//iCIMS//Interview Scheduler//EN", "VERSION:2.0", "METHOD:REQUEST",
        VTZ_TORONTO,
        "BEGIN:VEVENT",
        "UID:icims-interview-2026-3317-88412@icims.com",
        "DTSTAMP:20261109T150200Z",
        "DTSTART;TZID=America/Toronto:20261113T093000",
        "DTEND;TZID=America/Toronto:20261113T103000",
        "SUMMARY:Interview - Maintenance Planner - Mill 2 - Great Lakes Tube & Pipe",
        "LOCATION:95 Brampton St\\, Hamilton\\, ON - Administration Building",
        "ORGANIZER;CN=Rosa Medeiros:mailto:rosa.medeiros@gltubepipe.com",
        "ATTENDEE;CN=Owen Achterberg;RSVP=TRUE:mailto:owen.achterberg@example.org",
        "SEQUENCE:0", "STATUS:CONFIRMED",
        "END:VEVENT", "END:VCALENDAR"])
    mid = "<1415233902.8841.1794236520118.JavaMail.icims@talent.icims.com>"
    h = head("Great Lakes Tube & Pipe <gltubepipe+autoreply@talent.icims.com>",
             "Interview Confirmation - Maintenance Planner - Mill 2",
             "2026-11-09 10:02", TZ, mid, host="mta7.talent.icims.com", ip="64.124.184.27")
    return message(h, mixed(html(hbody), calendar(ics, filename="Interview.ics", disposition="attachment",
                                                  name_param=True)))


@make.mail(N(12), family="outlook_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-11-02T15:00:00Z", end="2026-11-02T16:00:00Z",
           contact="aisha.rahman@dvtransit.ca", company="Don Valley Transit Maintenance",
           local="Mon 2026-11-02 10:00", local_end="2026-11-02 11:00", zone=TZ,
           note="Exchange/Teams meeting request sent Thu 29 Oct (EDT) for Mon 2 Nov, the day after clocks go back: '10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada)', TZID Eastern Standard Time -> 15:00-16:00Z (EST). Cancelled the next day (key 23).")
def k12() -> bytes:
    body = t("""
        When: Monday, November 2, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Good afternoon Owen,

        Please accept this invitation for your interview for the position of Maintenance
        Planner, Bus Fleet (Competition DVT-2026-118). The panel will be Aisha Rahman (HR),
        Pete Lindqvist (Fleet Maintenance Manager) and Chantal Morin (Planning Supervisor).

        The interview will include a 15-minute scenario exercise; you will receive it on the call.

        Regards,
        Aisha Rahman
        Human Resources Consultant | Don Valley Transit Maintenance Inc.
        416-555-0137

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_DVT44a1/0>
        Meeting ID: 219 447 806 312
        Passcode: Lm9xQ4
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    hbody = "<html><body><div style=\"font-family:Calibri,sans-serif\">" + "<br>\n".join(
        body.split("\n")) + "</div></body></html>\n"
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ_EASTERN_WIN,
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Aisha Rahman:mailto:aisha.rahman@dvtransit.ca",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Owen Achterberg:mailto:owen.achterberg@example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pete Lindqvist:mailto:pete.lindqvist@dvtransit.ca",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Chantal Morin:mailto:chantal.morin@dvtransit.ca",
        "DESCRIPTION;LANGUAGE=en-US:Interview - Maintenance Planner\\, Bus Fleet (Competition DVT-2026-118)\\n",
        "UID:040000008200E00074C5B7101A82E00800000000D1A2B3C4D567DC01000000000000000010000000A8C9D0E1",
        "SUMMARY;LANGUAGE=en-US:Interview - Owen Achterberg - Maintenance Planner\\, Bus Fleet",
        "DTSTART;TZID=Eastern Standard Time:20261102T100000",
        "DTEND;TZID=Eastern Standard Time:20261102T110000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261029T204500Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:-1730215511",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_DVT44a1/0",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    mid = "<YT2PR01MB5120E4A1B9C3D7F2E6A0B5C8D9E14@YT2PR01MB5120.CANPRD01.PROD.OUTLOOK.COM>"
    h = head(addr("Aisha Rahman", "aisha.rahman@dvtransit.ca"),
             "Interview - Owen Achterberg - Maintenance Planner, Bus Fleet",
             "2026-10-29 16:45", TZ, mid, host="mail-yt2can01on2090.outbound.protection.outlook.com",
             ip="40.107.115.90",
             extra=(("Thread-Topic", "Interview - Owen Achterberg - Maintenance Planner, Bus Fleet"),
                    ("Thread-Index", "AdtK9c1x0Pq3Rb4yTmu2WQe5nA7jUg=="),
                    ("Content-Language", "en-US")))
    return message(h, alt(text(body), html(hbody), calendar(ics, cte="base64")))


@make.mail(N(13), family="rfc822_attachment", lang="en", interview=True, kind="scheduled",
           start="2026-10-09T19:00:00Z", end="2026-10-09T19:45:00Z",
           contact="marco.bellini@ironbridgecontrols.ca", company="Ironbridge Controls",
           local="Fri 2026-10-09 15:00", local_end="2026-10-09 15:45", zone=TZ,
           note="Owen forwards a Workable confirmation from his old address to himself as a message/rfc822 attachment. Inside: 'Friday, October 9, 2026 at 3:00 PM EDT', 45 minutes -> 19:00-19:45Z. The outer sender is the candidate and the Reply-To a Workable relay, so contact = the hiring manager's address in the forwarded body.")
def k13() -> bytes:
    inner_body = t("""
        Hi Owen,

        Your interview for the Maintenance Planner position at Ironbridge Controls has been
        scheduled.

        When: Friday, October 9, 2026 at 3:00 PM EDT (45 minutes)
        Where: 2150 Industrial St, Burlington, ON - front reception
        With: Marco Bellini, Operations Manager

        If you need to reach Marco before the interview: marco.bellini@ironbridgecontrols.ca

        Please reply to this email if you have any questions.

        Kind regards,
        The Ironbridge Controls hiring team

        --
        Sent via Workable
        """)
    inner_h = [
        ("From", "Ironbridge Controls <noreply@candidates.workablemail.com>"),
        ("Reply-To", "ironbridge-controls+b7e3c1a2d9@candidates.workablemail.com"),
        ("To", addr("Owen Achterberg", "owen.achterberg@example.com")),
        ("Subject", "Interview scheduled for Maintenance Planner at Ironbridge Controls"),
        ("Date", date("2026-10-05 11:30", TZ)),
        ("Message-ID", "<w.0f2c9d1e7b.interview@workablemail.com>"),
    ]
    inner = message(inner_h, text(inner_body))
    note = t("""
        Ironbridge confirmation - forwarding to my main address so it's in one place.

        Sent from Outlook for Android
        """)
    mid = "<SN7PR11MB6455D3F1A2B0C9E8D7A6B5C4E3F22@SN7PR11MB6455.namprd11.prod.outlook.com>"
    h = head(addr("Owen Achterberg", "owen.achterberg@example.com"),
             "FW: Interview scheduled for Maintenance Planner at Ironbridge Controls",
             "2026-10-05 20:14", TZ, mid, host="mail-sn1nam02on2052.outbound.protection.outlook.com",
             ip="40.107.96.52")
    return message(h, mixed(text(note), attached_message(inner, "Interview scheduled for Maintenance Planner at Ironbridge Controls.eml")))


@make.mail(N(14), family="reply_quoted", lang="en", interview=True, kind="scheduled",
           start="2026-10-22T17:30:00Z", end=None,
           contact="greg.szabo@dvwater.ca", company="Dundas Valley Water Services",
           local="Thu 2026-10-22 13:30", zone=TZ,
           note="Hiring manager's short reply on top of the quoted thread, sent Fri 16 Oct: 'Thursday the 22nd at 1:30 works' -> Thu 22 Oct 13:30 EDT = 17:30Z; no length stated. Contact = the human sender.")
def k14() -> bytes:
    body = t("""
        Owen,

        Thursday the 22nd at 1:30 works for us - you're booked. Come to the operations centre
        at 1200 Main St W (not the admin building on King), sign in with security and they'll
        call me down. Nicole Haas from HR will join us.

        Greg

        Greg Szabo, P.Eng.
        Manager, Plant Maintenance
        Dundas Valley Water Services
        905-555-0155

        On Thu, Oct 15, 2026 at 9:02 PM Owen Achterberg <owen.achterberg@example.org> wrote:
        > Hi Greg,
        >
        > Thanks for getting back to me. Thursday the 22nd at 1:30 pm would be best for me;
        > Tuesday morning is tough because of our outage meeting at the mill.
        >
        > Best regards,
        > Owen
        >
        > On Wed, Oct 14, 2026 at 4:18 PM Greg Szabo <greg.szabo@dvwater.ca> wrote:
        >> Hi Owen,
        >>
        >> Thanks for applying for the Maintenance Planner role. We'd like to bring you in for
        >> an interview. Could you do Tuesday the 20th at 9:00 or Thursday the 22nd at 1:30?
        >>
        >> Greg
        """)
    mid = "<CAFx2bT9qW8m7Z1vQpY4kLr0N6d3sG5eHj8UaX@mail.gmail.com>"
    h = head(addr("Greg Szabo", "greg.szabo@dvwater.ca"),
             "Re: Maintenance Planner - interview",
             "2026-10-16 09:12", TZ, mid, host="mail-sor-f54.google.com", ip="209.85.220.54",
             extra=(("In-Reply-To", "<CAO3mX1y7Ww2Hn@mail.example.org>"),
                    ("References", "<CAFx2bT0aa1Lq3@mail.gmail.com> <CAO3mX1y7Ww2Hn@mail.example.org>")))
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(15), family="teamtailor", lang="en", interview=True, kind="scheduled",
           start="2026-10-26T15:00:00Z", end="2026-10-26T16:00:00Z",
           contact="elin.sjoberg@nordvik.se", company="Nordvik Asset Analytics",
           local="Mon 2026-10-26 16:00", local_end="2026-10-26 17:00", zone="Europe/Stockholm",
           note="Teamtailor confirmation from a Stockholm employer hiring a remote planner, sent 20 Oct in CEST for Mon 26 Oct, the day after Europe's change: '16:00-17:00 (Stockholm time, CET)' -> 15:00-16:00Z; the body's 'that is 11:00 in Hamilton' is right because North America is still on EDT that week. ICS TZID Europe/Stockholm. Contact = Reply-To recruiter.")
def k15() -> bytes:
    body = t("""
        Hi Owen,

        Great news - your interview for Reliability Planning Consultant (Remote, North America)
        is booked.

        Monday 26 October 2026
        16:00-17:00 (Stockholm time, CET)
        That is 11:00-12:00 in Hamilton - note that Sweden switches to winter time the day
        before, so the gap between us is five hours that week instead of six.

        Video call: https://nordvik.teamtailor.com/meetings/3f8e2a1c
        You'll meet: Elin Sjöberg (Talent Acquisition) and Johan Lindgren (Head of Customer Delivery)

        A calendar invitation is attached. If you have any questions, just reply to this email.

        Best regards,
        Elin Sjöberg
        Nordvik Asset Analytics AB
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Teamtailor//Meetings//EN", "METHOD:REQUEST",
        VTZ_STOCKHOLM,
        "BEGIN:VEVENT",
        "UID:teamtailor-meeting-3f8e2a1c@teamtailor.com",
        "DTSTAMP:20261020T123000Z",
        "DTSTART;TZID=Europe/Stockholm:20261026T160000",
        "DTEND;TZID=Europe/Stockholm:20261026T170000",
        "SUMMARY:Interview: Reliability Planning Consultant - Owen Achterberg",
        "LOCATION:https://nordvik.teamtailor.com/meetings/3f8e2a1c",
        "ORGANIZER;CN=Elin Sjöberg:mailto:elin.sjoberg@nordvik.se",
        "ATTENDEE;CN=Owen Achterberg;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:owen.achterberg@example.org",
        "ATTENDEE;CN=Johan Lindgren;PARTSTAT=ACCEPTED:mailto:johan.lindgren@nordvik.se",
        "STATUS:CONFIRMED", "SEQUENCE:0",
        "END:VEVENT", "END:VCALENDAR"])
    mid = "<6712f4e0a1b2c_3f9d2a7c8e4b1@teamtailor-mail.com>"
    h = head("Nordvik Asset Analytics <no-reply@teamtailor-mail.com>",
             "Interview booked: Reliability Planning Consultant",
             "2026-10-20 14:30", "Europe/Stockholm", mid, host="mail-eu1.teamtailor-mail.com",
             ip="185.28.196.14",
             extra=(("Reply-To", addr("Elin Sjöberg", "elin.sjoberg@nordvik.se")),))
    return message(h, mixed(alt(text(body), html(gmail_html(body))),
                            calendar(ics, filename="interview.ics", disposition="attachment",
                                     cte="quoted-printable", name_param=True)))


@make.mail(N(16), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-12-03T14:00:00Z", end="2026-12-03T16:30:00Z",
           contact="jasmine.clarke@lakeportenergy.ca", company="Lakeport Energy",
           local="Thu 2026-12-03 09:00", local_end="2026-12-03 11:30", zone=TZ,
           note="GoodTime onsite itinerary, three sessions on Thu 3 Dec 9:00-11:30 AM EST -> start = first session 14:00Z, end = last session end 16:30Z. Contact = Reply-To coordinator.")
def k16() -> bytes:
    body = t("""
        Hi Owen,

        We're excited to host you for your onsite interview for Senior Maintenance Planner,
        Etobicoke Operations Centre. Here is your itinerary:

        Thursday, December 3, 2026 (all times Eastern Standard Time)

          9:00 AM - 9:45 AM    Hiring manager interview - Brian MacDonald, Maintenance Manager
          9:45 AM - 10:30 AM   Planning & scheduling panel - Yusuf Demir, Carla Pinto
          10:45 AM - 11:30 AM  Site tour - turbine hall and stores, with Carla Pinto

        Location: Lakeport Energy, 40 Judson St, Toronto, ON. Check in at the security desk
        at 8:45 AM; you will be issued visitor PPE for the tour.

        Parking: visitor spots on the north side of the building.

        If you have any questions or need to make changes, reply to this email.

        Jasmine Clarke
        Recruiting Coordinator, Lakeport Energy

        Scheduled with GoodTime
        """)
    mid = "<20261126160012.1.7c2e9a4b1d3f5e60@mg.goodtime.io>"
    h = head("Jasmine Clarke via GoodTime <notifications@goodtime.io>",
             "Your onsite interview itinerary - Lakeport Energy - Thursday, December 3",
             "2026-11-26 11:00", TZ, mid, host="m42-8.mailgun.net", ip="198.61.254.8",
             extra=(("Reply-To", addr("Jasmine Clarke", "jasmine.clarke@lakeportenergy.ca")),))
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(17), family="recruitee", lang="fr", interview=True, kind="scheduled",
           start="2026-11-10T15:30:00Z", end="2026-11-10T16:15:00Z",
           contact="mathieu.gagnon@hydromecaniquelaval.ca", company="Groupe Hydromécanique Laval",
           local="Tue 2026-11-10 10:30", local_end="2026-11-10 11:15", zone="America/Montreal",
           note="Recruitee confirmation in Canadian French: 'mardi 10 novembre 2026 de 10 h 30 à 11 h 15 (HNE)' -> 15:30-16:15Z; RFC 2047 subject. Contact = Reply-To recruiter.")
def k17() -> bytes:
    body = t("""
        Bonjour Owen,

        Votre entrevue pour le poste de Planificateur d'entretien - Usine de Laval est confirmée.

        Date : mardi 10 novembre 2026
        Heure : de 10 h 30 à 11 h 15 (HNE, heure de Montréal)
        Lieu : visioconférence - https://hydromecaniquelaval.recruitee.com/o/planificateur/meet

        Vous rencontrerez Mathieu Gagnon (recrutement) et Sylvie Côté (directrice maintenance).

        Pour toute question, répondez simplement à ce courriel.

        Bonne journée,
        L'équipe talents
        Groupe Hydromécanique Laval
        """)
    hbody = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif">
        <p>Bonjour Owen,</p>
        <p>Votre entrevue pour le poste de <b>Planificateur d'entretien - Usine de Laval</b> est confirmée.</p>
        <p><b>Date :</b> mardi 10 novembre 2026<br><b>Heure :</b> de 10 h 30 à 11 h 15 (HNE, heure de Montréal)<br>
        <b>Lieu :</b> visioconférence</p>
        <p>Vous rencontrerez Mathieu Gagnon (recrutement) et Sylvie Côté (directrice maintenance).</p>
        <p>Pour toute question, répondez simplement à ce courriel.</p>
        <p>Bonne journée,<br>L'équipe talents<br>Groupe Hydromécanique Laval</p>
        </body></html>
        """)
    mid = "<20261104202011.a1b2c3d4e5f6@mg.recruitee.com>"
    h = head(addr("Groupe Hydromécanique Laval", "notifications@mg.recruitee.com"),
             "Entrevue confirmée – Planificateur d'entretien",
             "2026-11-04 15:20", "America/Montreal", mid, host="m101-3.mailgun.net", ip="69.72.37.3",
             extra=(("Reply-To", addr("Mathieu Gagnon", "mathieu.gagnon@hydromecaniquelaval.ca")),))
    return message(h, alt(text(body), html(hbody)))


@make.mail(N(18), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start="2026-10-15T19:30:00Z", end=None,
           contact="paul.vandermeer@escarpmentfoundry.ca", company="Escarpment Foundry",
           local="Thu 2026-10-15 15:30", zone=TZ,
           note="Prose reschedule sent on Thanksgiving Monday evening (12 Oct): old 'Wednesday (Oct 14) at 10:00' and new 'Thursday, October 15 at 3:30 pm' in the same mail -> new time 19:30Z (EDT); no length stated.")
def k18() -> bytes:
    body = t("""
        Hi Owen,

        Hope you had a good Thanksgiving weekend.

        I'm sorry to do this on short notice, but we have a ladle crane inspection that got
        pulled forward to Wednesday morning and I need to be on the floor for it. Could we move
        your interview from Wednesday (Oct 14) at 10:00 to Thursday, October 15 at 3:30 pm?
        Same place - 880 Sherman Ave N, main office. I've already checked with Lori in HR and
        she can do Thursday as well, so unless I hear otherwise, we'll see you then.

        Thanks for being flexible.

        Paul Vandermeer
        Maintenance Superintendent
        Escarpment Foundry Ltd.
        905-555-0129
        """)
    hbody = "<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + "".join(
        f"<p class=\"MsoNormal\">{line or '&nbsp;'}</p>" for line in body.split("\n")) + "</div></body></html>\n"
    mid = "<YT4PR01MB9982F1E2D3C4B5A6978800ABCDEF1@YT4PR01MB9982.CANPRD01.PROD.OUTLOOK.COM>"
    h = head(addr("Paul Vandermeer", "paul.vandermeer@escarpmentfoundry.ca"),
             "Change of time - your interview at Escarpment Foundry",
             "2026-10-12 19:40", TZ, mid, host="mail-yt4can01on2131.outbound.protection.outlook.com",
             ip="40.107.116.131", extra=(("Cc", addr("Lori Baptiste", "lori.baptiste@escarpmentfoundry.ca")),))
    return message(h, alt(text(body, charset="us-ascii", cte="7bit"), html(hbody, charset="us-ascii")))


@make.mail(N(19), family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
           start="2026-10-08T14:00:00Z", end="2026-10-08T15:00:00Z",
           contact="brent.kowalchuk@prairierail.ca", company="Prairie Rail Maintenance",
           local="Thu 2026-10-08 08:00", local_end="2026-10-08 09:00", zone=MT,
           note="Exchange meeting update (SEQUENCE:1) moving the interview of key 3 from Wed 7 Oct to Thu 8 Oct 8:00-9:00 AM, TZID 'Mountain Standard Time' and '(UTC-07:00) Mountain Time' label while Calgary is on MDT -> 14:00-15:00Z (10:00 in Hamilton).")
def k19() -> bytes:
    body = t("""
        When: Thursday, October 8, 2026 8:00 AM-9:00 AM (UTC-07:00) Mountain Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Owen - Harpreet got pulled into a derailment review on Wednesday, so I've moved us
        to Thursday morning, one hour earlier in the day (8:00 our time, 10:00 yours). Same
        Teams link. Sorry for the shuffle.

        Brent

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_PRM7c2e/0>
        Meeting ID: 284 611 903 557
        Passcode: a7Qk2m
        ________________________________________________________________________________
        """)
    hbody = "<html><body>" + "<br>\n".join(body.split("\n")) + "</body></html>\n"
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ_MOUNTAIN_WIN,
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Brent Kowalchuk:mailto:brent.kowalchuk@prairierail.ca",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Owen Achterberg:mailto:owen.achterberg@example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Harpreet Gill:mailto:harpreet.gill@prairierail.ca",
        "DESCRIPTION;LANGUAGE=en-US:Hi Owen - Harpreet got pulled into a derailment review on Wednesday\\, so I've moved us to Thursday morning.\\n",
        "UID:040000008200E00074C5B7101A82E00800000000B07A3D1C5F4FDC01000000000000000010000000E2C4A1B7",
        "SUMMARY;LANGUAGE=en-US:Interview - Owen Achterberg - Maintenance Planner (Rolling Stock)",
        "DTSTART;TZID=Mountain Standard Time:20261008T080000",
        "DTEND;TZID=Mountain Standard Time:20261008T090000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261005T135500Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:1", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:1", "X-MICROSOFT-CDO-OWNERAPPTID:2119384025",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "END:VEVENT", "END:VCALENDAR"])
    mid = "<YT3PR01MB88179D0C1B2A3E4F5A6B7C8D9E0F3@YT3PR01MB8817.CANPRD01.PROD.OUTLOOK.COM>"
    h = head(addr("Brent Kowalchuk", "brent.kowalchuk@prairierail.ca"),
             "Updated: Interview - Owen Achterberg - Maintenance Planner (Rolling Stock)",
             "2026-10-05 07:55", MT, mid, host="mail-yt3can01on2066.outbound.protection.outlook.com",
             ip="40.107.115.66",
             extra=(("Thread-Topic", "Interview - Owen Achterberg - Maintenance Planner (Rolling Stock)"),
                    ("Thread-Index", "AdtS3kq9Wm1TfH2eQy6k0v8bN1xZpwAKc3Fq"),
                    ("Content-Language", "en-US")))
    return message(h, alt(text(body), html(hbody), calendar(ics, cte="base64")))


@make.mail(N(20), family="human_prose", lang="fr", interview=True, kind="rescheduled",
           start="2026-10-02T13:30:00Z", end="2026-10-02T14:30:00Z",
           contact="genevieve.tremblay@acierie-stlaurent.qc.ca", company="Aciérie Saint-Laurent inc.",
           local="Fri 2026-10-02 09:30", local_end="2026-10-02 10:30", zone="America/Montreal",
           note="Canadian French reschedule of key 4 (windows-1252, quoted-printable, Outlook text+HTML): from 'jeudi 1er octobre à 14 h' to 'vendredi 2 octobre, de 9 h 30 à 10 h 30' -> 13:30-14:30Z (EDT).")
def k20() -> bytes:
    body = t("""
        Bonjour Owen,

        Malheureusement, M. Bouchard doit se rendre à notre usine de Sorel jeudi pour un arrêt
        imprévu du laminoir. Je me permets donc de déplacer votre entrevue prévue le jeudi
        1er octobre à 14 h.

        Nouvelle date : vendredi 2 octobre 2026, de 9 h 30 à 10 h 30 (heure de l'Est)
        Format : Teams - même lien que dans l'invitation initiale.

        Si ce nouveau moment ne vous convient pas, faites-le-moi savoir d'ici demain midi.
        Sinon, c'est confirmé.

        Merci de votre compréhension et au plaisir de vous rencontrer vendredi!

        Geneviève Tremblay
        Conseillère principale, acquisition de talents
        Aciérie Saint-Laurent inc.
        450 555-0193
        """)
    hbody = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body>" + "".join(
        f"<p class=\"MsoNormal\">{line or '&nbsp;'}</p>" for line in body.split("\n")) + "</body></html>\n"
    mid = "<9c4e1a7b2d3f4a60b8c1@acierie-stlaurent.qc.ca>"
    h = head(addr("Geneviève Tremblay", "genevieve.tremblay@acierie-stlaurent.qc.ca", "windows-1252"),
             "Changement d'horaire - votre entrevue du 1er octobre",
             "2026-09-29 08:47", "America/Montreal", mid, host="smtp.acierie-stlaurent.qc.ca",
             ip="142.169.77.21", charset="windows-1252",
             extra=(("In-Reply-To", "<6b1e0f2a9c3d4e57b8a0@acierie-stlaurent.qc.ca>"),
                    ("X-Mailer", "Microsoft Outlook 16.0")))
    return message(h, alt(text(body, charset="windows-1252"), html(hbody, charset="windows-1252")))


@make.mail(N(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
           start="2026-11-25T16:00:00Z", end="2026-11-25T17:00:00Z",
           contact="natalia.moreno@queenswaypack.ca", company="Queensway Packaging",
           local="Wed 2026-11-25 11:00", local_end="2026-11-25 12:00", zone=TZ,
           note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED, DTSTART in UTC): 'Wednesday Nov 25, 2026 11am - 12pm (Eastern Time - Toronto)' -> the cancelled slot 16:00-17:00Z (EST). Contact = organizer.")
def k21() -> bytes:
    title = "Interview: Owen Achterberg - Maintenance Planner (Etobicoke)"
    body = t(f"""
        This event has been canceled and removed from your calendar.

        {title}
        Wednesday Nov 25, 2026 ⋅ 11am – 12pm (Eastern Time - Toronto)

        Sorry Owen - we've put this search on hold until the new year. I'll reach out if it
        reopens. - Natalia

        Organizer
        Natalia Moreno
        natalia.moreno@queenswaypack.ca

        Guests
        Natalia Moreno - organizer
        Owen Achterberg
        bill.carmichael@queenswaypack.ca

        Invitation from Google Calendar
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:CANCEL",
        "BEGIN:VEVENT",
        "DTSTART:20261125T160000Z", "DTEND:20261125T170000Z", "DTSTAMP:20261120T151200Z",
        "ORGANIZER;CN=Natalia Moreno:mailto:natalia.moreno@queenswaypack.ca",
        "UID:0q8h3n5b2k7r1v9c4m6t0x2zpd@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Owen Achterberg;X-NUM-GUESTS=0:mailto:owen.achterberg@example.org",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=bill.carmichael@queenswaypack.ca;X-NUM-GUESTS=0:mailto:bill.carmichael@queenswaypack.ca",
        "CREATED:20261116T193000Z", "LAST-MODIFIED:20261120T151200Z",
        "SEQUENCE:1", "STATUS:CANCELLED", f"SUMMARY:{title}", "TRANSP:OPAQUE",
        "END:VEVENT", "END:VCALENDAR"])
    mid = "<calendar-8e7d6c5b-4a39-4281-b0f1-e2d3c4b5a697@google.com>"
    h = head(addr("Natalia Moreno", "natalia.moreno@queenswaypack.ca"),
             f"Canceled event: {title} @ Wed Nov 25, 2026 11am - 12pm (EST) (owen.achterberg@example.org)",
             "2026-11-20 10:12", TZ, mid, host="mail-sor-f73.google.com", ip="209.85.220.73",
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                    ("Reply-To", addr("Natalia Moreno", "natalia.moreno@queenswaypack.ca"))))
    inner = alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="7bit"))
    attach = calendar(ics, method="CANCEL", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)
    return message(h, mixed(inner, attach))


@make.mail(N(22), family="human_prose", lang="en", interview=True, kind="cancelled",
           start="2026-10-27T18:00:00Z", end=None,
           contact="sandra.kim@haltonforge.ca", company="Halton Precision Forge",
           local="Tue 2026-10-27 14:00", zone=TZ,
           note="Prose cancellation, role filled internally: the cancelled slot is 'Tuesday (Oct 27) at 2:00' -> 18:00Z (EDT); no new time. Follows the unconfirmed proposal (key 31), which Owen accepted in between.")
def k22() -> bytes:
    body = t("""
        Hi Owen,

        I'm afraid I have to cancel our interview on Tuesday (Oct 27) at 2:00. We learned this
        week that one of our senior millwrights has applied for the planner role internally,
        and management has decided to offer it to him. I'm sorry - I know you had already
        arranged time off for it.

        I was impressed by your background and would like to keep your resume on file; we
        expect a second planner position in our Milton plant next spring.

        All the best,
        Sandra Kim
        HR Generalist | Halton Precision Forge
        905-555-0181
        """)
    mid = "<c3a9f1e0-77b2-4d18-8e5c-2a1f0d9b6e44@haltonforge.ca>"
    h = head(addr("Sandra Kim", "sandra.kim@haltonforge.ca"),
             "Re: Interview - Maintenance Planner",
             "2026-10-23 16:05", TZ, mid, host="mail.haltonforge.ca", ip="24.114.66.201",
             extra=(("In-Reply-To", "<CAO3mZ5p2Vv8@mail.example.org>"),
                    ("References", "<d91a7e2c-1b6a@haltonforge.ca> <CAO3mZ5p2Vv8@mail.example.org>")))
    return message(h, text(body, cte="base64"))


@make.mail(N(23), family="outlook_calendar", lang="en", interview=True, kind="cancelled",
           start="2026-11-02T15:00:00Z", end="2026-11-02T16:00:00Z",
           contact="aisha.rahman@dvtransit.ca", company="Don Valley Transit Maintenance",
           local="Mon 2026-11-02 10:00", local_end="2026-11-02 11:00", zone=TZ,
           note="Exchange METHOD:CANCEL of key 12, sent Fri 30 Oct (EDT): cancelled slot Mon 2 Nov 10:00-11:00 Eastern Standard Time -> 15:00-16:00Z (EST after 1 Nov). Contact = organizer/sender.")
def k23() -> bytes:
    body = t("""
        When: Monday, November 2, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hello Owen,

        I regret to let you know that competition DVT-2026-118 has been put on hold pending a
        budget review, so I am cancelling Monday's interview. We will contact you if the
        competition is re-opened.

        Regards,
        Aisha Rahman
        Human Resources Consultant | Don Valley Transit Maintenance Inc.
        """)
    hbody = "<html><body>" + "<br>\n".join(body.split("\n")) + "</body></html>\n"
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:CANCEL", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ_EASTERN_WIN,
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Aisha Rahman:mailto:aisha.rahman@dvtransit.ca",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Owen Achterberg:mailto:owen.achterberg@example.org",
        "DESCRIPTION;LANGUAGE=en-US:Competition DVT-2026-118 has been put on hold pending a budget review.\\n",
        "UID:040000008200E00074C5B7101A82E00800000000D1A2B3C4D567DC01000000000000000010000000A8C9D0E1",
        "SUMMARY;LANGUAGE=en-US:Canceled: Interview - Owen Achterberg - Maintenance Planner\\, Bus Fleet",
        "DTSTART;TZID=Eastern Standard Time:20261102T100000",
        "DTEND;TZID=Eastern Standard Time:20261102T110000",
        "CLASS:PUBLIC", "PRIORITY:1", "DTSTAMP:20261030T150500Z", "TRANSP:TRANSPARENT", "STATUS:CANCELLED",
        "SEQUENCE:1", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:1", "X-MICROSOFT-CDO-OWNERAPPTID:-1730215511",
        "X-MICROSOFT-CDO-BUSYSTATUS:FREE", "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:2", "X-MICROSOFT-CDO-INSTTYPE:0",
        "END:VEVENT", "END:VCALENDAR"])
    mid = "<YT2PR01MB5120A9B8C7D6E5F4A3B2C1D0E9F88@YT2PR01MB5120.CANPRD01.PROD.OUTLOOK.COM>"
    h = head(addr("Aisha Rahman", "aisha.rahman@dvtransit.ca"),
             "Canceled: Interview - Owen Achterberg - Maintenance Planner, Bus Fleet",
             "2026-10-30 11:05", TZ, mid, host="mail-yt2can01on2101.outbound.protection.outlook.com",
             ip="40.107.115.101",
             extra=(("Thread-Topic", "Interview - Owen Achterberg - Maintenance Planner, Bus Fleet"),
                    ("Importance", "high"), ("Content-Language", "en-US")))
    return message(h, alt(text(body), html(hbody), calendar(ics, method="CANCEL", cte="base64")))


# ================================================================== negatives


@make.mail(N(24), family="rejection", lang="en", interview=False, company="Lakeshore Hydro Services",
           note="Greenhouse rejection after the phone screen of key 1; mentions the past call only.")
def k24() -> bytes:
    body = t("""
        Hi Owen,

        Thank you for taking the time to speak with Kayla about the Maintenance Planner
        (Generating Stations) role at Lakeshore Hydro Services. We appreciated learning about
        your experience planning outages at the mill.

        After careful consideration, we have decided to move forward with candidates whose
        experience more closely matches the hydraulic generating equipment this role supports.

        We will keep your profile on file and encourage you to apply for future openings.

        Best regards,
        Lakeshore Hydro Services Recruiting
        """)
    mid = "<a4e70c11.20261006194410.greenhouse@mail.greenhouse.io>"
    h = head("Lakeshore Hydro Services <no-reply@greenhouse.io>",
             "Your application to Lakeshore Hydro Services",
             "2026-10-06 15:44", TZ, mid, host="mail.greenhouse.io", ip="198.2.180.14",
             extra=(("Reply-To", addr("Kayla Brennan", "kayla.brennan@lakeshorehydro.ca")),))
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(25), family="application_ack", lang="en", interview=False, company="Niagara Peninsula Cement",
           note="Workday application-received notice (HTML only) before the interview of key 2.")
def k25() -> bytes:
    hbody = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <p>Dear Owen Achterberg,</p>
        <p>Thank you for applying to <b>R-10482 Maintenance Planner - Hamilton Plant</b> at Niagara Peninsula Cement.</p>
        <p>Our Talent Acquisition team is reviewing applications and will contact you if your qualifications match the needs of the role. You can check the status of your application at any time from Candidate Home.</p>
        <p>Regards,<br>Talent Acquisition<br>Niagara Peninsula Cement</p>
        <p style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox. Please do not reply.</p>
        </body></html>
        """)
    mid = "<1187391044.31702.1788916455021@wd3-prod-notif09.myworkday.com>"
    h = head("Niagara Peninsula Cement <npcement@myworkday.com>",
             "Thank you for applying - R-10482 Maintenance Planner - Hamilton Plant",
             "2026-09-08 21:14", TZ, mid, host="wd3-smtp-out1.myworkday.com", ip="146.20.113.41")
    return message(h, html(hbody, cte="quoted-printable"))


@make.mail(N(26), family="job_alert", lang="en", interview=False, company=None,
           note="Job-board alert listing planner jobs around Hamilton; nothing scheduled.")
def k26() -> bytes:
    body = t("""
        8 new jobs for "maintenance planner" within 50 km of Hamilton, ON

        Maintenance Planner - Shutdowns
        Escarpment Foundry Ltd. - Hamilton, ON - $78,000-$92,000 a year
        Posted 2 days ago

        Reliability / Maintenance Planner
        Ironbridge Controls - Burlington, ON
        Easy apply

        Maintenance Planner/Scheduler (Contract, 12 months)
        Keystone Industrial Staffing - Stoney Creek, ON - $42-$48 an hour

        Senior Maintenance Planner
        Lakeport Energy - Toronto, ON

        Planificateur d'entretien / Maintenance Planner (bilingue)
        Groupe Hydromécanique Laval - Remote in Canada

        ...and 3 more: https://worknorth.ca/alerts/view?id=73f1e2

        You are receiving this alert because you saved the search "maintenance planner" on WorkNorth.
        Unsubscribe: https://worknorth.ca/alerts/unsubscribe?id=73f1e2
        WorkNorth Inc., 100 King St W, Toronto, ON
        """)
    mid = "<alert.73f1e2.20260921@worknorth.ca>"
    h = head("WorkNorth Job Alerts <alerts@worknorth.ca>",
             '8 new "maintenance planner" jobs near Hamilton, ON',
             "2026-09-21 06:02", TZ, mid, host="smtp-out3.worknorth.ca", ip="52.60.11.34",
             extra=(("List-Unsubscribe", "<https://worknorth.ca/alerts/unsubscribe?id=73f1e2>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                    ("Precedence", "bulk")))
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(27), family="newsletter_tips", lang="en", interview=False, company=None,
           note="Trade newsletter with an interview-preparation article and an upcoming webinar date; confirms nothing for Owen.")
def k27() -> bytes:
    body = t("""
        RELIABILITY WEEKLY - October 1, 2026

        In this issue
        - Five questions every maintenance planner gets asked in an interview (and how to
          answer them with numbers: schedule compliance, backlog weeks, PM compliance)
        - Case study: cutting a blast furnace reline outage by four days
        - Is SAP S/4HANA PM worth the migration pain?

        FIVE QUESTIONS YOU WILL BE ASKED
        "Walk me through how you build a weekly schedule." Interviewers want to hear about
        ready backlog, crew capacity and the freeze point - not just "I use SAP"...
        Read more: https://plantreliability.ca/n/2026-10-01/interview-questions

        WEBINAR
        Backlog management that survives a breakdown week - Wednesday, October 14, 12:00 ET.
        Register: https://plantreliability.ca/webinars/backlog

        You're receiving this because you subscribed at plantreliability.ca.
        Unsubscribe | Update preferences
        Plant Reliability Canada, 250 Main St E, Hamilton, ON
        """)
    mid = "<20261001110005.5f3a.reliabilityweekly@mail.plantreliability.ca>"
    h = head("Reliability Weekly <newsletter@plantreliability.ca>",
             "5 interview questions every planner gets | Reline case study",
             "2026-10-01 07:00", TZ, mid, host="mail189.us4.mcsv.net", ip="205.201.133.189",
             extra=(("List-Unsubscribe", "<https://plantreliability.ca/u?e=owen.achterberg%40example.org>"),
                    ("Precedence", "bulk")))
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(28), family="recruiter_outreach", lang="en", interview=False, company="Keystone Industrial Staffing",
           note="Agency recruiter's first outreach proposing a call 'Tuesday or Wednesday afternoon'; nothing fixed (the later confirmation is key 9).",
           days=(("Tue", "2026-11-10"), ("Wed", "2026-11-11")))
def k28() -> bytes:
    body = t("""
        Hi Owen,

        I came across your profile on WorkNorth and wanted to reach out. I'm working with a
        galvanizing plant in Stoney Creek that's looking for a maintenance planner with SAP PM
        experience and heavy-industry background - your time at the mill looks like a very good
        fit.

        Would you be open to a quick 15-minute call? I'm free Tuesday (Nov 10) or Wednesday
        (Nov 11) afternoon - let me know what suits you and I'll give you a ring.

        Thanks,
        Nadia

        Nadia Petrovic | Senior Recruiter, Industrial & Skilled Trades
        Keystone Industrial Staffing | Hamilton - Niagara
        c. 289-555-0116
        """)
    mid = "<CAJ7kR2m8Hq1W5yE0tLf3NcV9b2dA6gPs4Xr@mail.gmail.com>"
    h = head(addr("Nadia Petrovic", "nadia.petrovic@keystonestaffing.ca"),
             "Maintenance Planner opportunity - Stoney Creek",
             "2026-11-05 10:31", TZ, mid, host="mail-sor-f41.google.com", ip="209.85.220.41")
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(29), family="availability_request", lang="en", interview=False, company="Harbourline Logistics",
           note="Greenhouse availability request: asks Owen to submit times; nothing scheduled yet (the invitation is key 6).")
def k29() -> bytes:
    body = t("""
        Hi Owen,

        Thanks for your interest in the Maintenance Planner (Conveyors & MHE) role at
        Harbourline Logistics! We'd like to set up a panel interview with you.

        Please let us know when you're available over the next two weeks by clicking the link
        below. Interviews will be about an hour, at our Port Lands DC or by Google Meet.

        Submit your availability:
        https://app.greenhouse.io/candidate_availability/r7Kq2mXv9Tz

        Thanks,
        Devon Li
        Talent Acquisition, Harbourline Logistics
        """)
    mid = "<5d09b7e3.20261008162730.greenhouse@mail.greenhouse.io>"
    h = head("Devon Li <no-reply@greenhouse.io>",
             "Please submit your availability - Harbourline Logistics",
             "2026-10-08 12:27", TZ, mid, host="mail.greenhouse.io", ip="198.2.180.14",
             extra=(("Reply-To", addr("Devon Li", "devon.li@harbourline.ca")),))
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(30), family="scheduling_link", lang="en", interview=False, company="Fieldwise",
           note="Recruiter sends her Calendly link to pick a slot; no time chosen (the booking is key 7).")
def k30() -> bytes:
    body = t("""
        Hi Owen,

        Thanks for applying for the Implementation Specialist role - your SAP PM background is
        exactly what our steel and mining customers need on the onboarding side.

        I'd love to do a 30-minute intro call. Grab any slot that works for you here:
        https://calendly.com/dana-fieldwise/implementation-intro

        Talk soon,
        Dana Kowalczyk
        Senior Technical Recruiter | Fieldwise
        """)
    mid = "<CAH4vT0q9Lm2X7pZ1rW8eK3yB6nD5cF0gJs@mail.gmail.com>"
    h = head(addr("Dana Kowalczyk", "dana.kowalczyk@fieldwise.io"),
             "Fieldwise - Implementation Specialist",
             "2026-10-21 16:52", TZ, mid, host="mail-sor-f45.google.com", ip="209.85.220.45")
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(31), family="proposal_unconfirmed", lang="en", interview=False, company="Halton Precision Forge",
           note="HR proposes 'Tuesday the 27th at 2:00' and asks Owen to confirm; a proposal, not a confirmation (the later cancellation is key 22).",
           days=(("Tue", "2026-10-27"), ("Wed", "2026-10-28")))
def k31() -> bytes:
    body = t("""
        Hi Owen,

        Thank you for applying for the Maintenance Planner role at Halton Precision Forge. Our
        maintenance manager would like to meet you. Would Tuesday the 27th at 2:00 pm work? If
        not, Wednesday the 28th in the morning is also possible.

        Please let me know which you prefer and I'll send a calendar invitation with directions
        to our Burlington plant.

        Kind regards,
        Sandra Kim
        HR Generalist | Halton Precision Forge
        905-555-0181
        """)
    mid = "<d91a7e2c-1b6a-4f0e-a2c3-5b8d7e6f9a10@haltonforge.ca>"
    h = head(addr("Sandra Kim", "sandra.kim@haltonforge.ca"),
             "Interview - Maintenance Planner",
             "2026-10-20 10:22", TZ, mid, host="mail.haltonforge.ca", ip="24.114.66.201")
    return message(h, text(body, cte="7bit", charset="us-ascii"))


@make.mail(N(32), family="out_of_office", lang="en+fr", interview=False, company="Aciérie Saint-Laurent inc.",
           note="Bilingual out-of-office auto-reply from the Québec recruiter to Owen's thank-you note; gives a return date only.",
           days=(("Mon", "2026-10-19"),))
def k32() -> bytes:
    body = t("""
        (English follows)

        Bonjour,

        Je suis absente du bureau jusqu'au lundi 19 octobre inclusivement, avec un accès
        limité à mes courriels. Pour toute question urgente concernant un processus de
        recrutement, veuillez écrire à Julie Ouellet (julie.ouellet@acierie-stlaurent.qc.ca).

        Hello,

        I am out of the office until Monday, October 19, with limited access to email. For
        urgent recruitment matters, please contact Julie Ouellet
        (julie.ouellet@acierie-stlaurent.qc.ca).

        Geneviève Tremblay
        Aciérie Saint-Laurent inc.
        """)
    mid = "<autoreply.7f3e2d1c@acierie-stlaurent.qc.ca>"
    h = head(addr("Geneviève Tremblay", "genevieve.tremblay@acierie-stlaurent.qc.ca"),
             "Réponse automatique : Suivi - poste de planificateur d'entretien",
             "2026-10-14 09:16", "America/Montreal", mid, host="smtp.acierie-stlaurent.qc.ca",
             ip="142.169.77.21",
             extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("In-Reply-To", "<CAO3mQ7t1Ww@mail.example.org>")))
    return message(h, text(body, cte="quoted-printable"))


@make.mail(N(33), family="bounce", lang="en", interview=False, company=None,
           note="Postfix DSN: Owen's thank-you to Greg Szabo after the interview of key 14 bounced (mistyped domain); the returned message mentions the interview in the past.")
def k33() -> bytes:
    report = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <greg.szabo@dvwatter.ca>: Host or domain name not found. Name service error
            for name=dvwatter.ca type=MX: Host not found, try again
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Fq2Lk0s1Vz9
        X-Postfix-Sender: rfc822; owen.achterberg@example.org
        Arrival-Date: Thu, 22 Oct 2026 17:38:51 -0400 (EDT)

        Final-Recipient: rfc822; greg.szabo@dvwatter.ca
        Original-Recipient: rfc822;greg.szabo@dvwatter.ca
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=dvwatter.ca type=MX: Host not found, try again
        """)
    orig_body = t("""
        Hi Greg,

        Thanks again for your time this afternoon, and for the tour of the pumping station.
        I enjoyed hearing about the SCADA upgrade and how you plan the filter rebuilds.

        Best regards,
        Owen Achterberg
        """)
    orig = message([("From", OWEN_TO), ("To", addr("Greg Szabo", "greg.szabo@dvwatter.ca")),
                    ("Subject", "Thank you - Maintenance Planner interview"),
                    ("Date", date("2026-10-22 17:38", TZ)),
                    ("Message-ID", "<CAO3mW2b4Xx0@mail.example.org>")], text(orig_body))
    rep = multipart("report", text(report, charset="us-ascii", cte="7bit",
                                   extra=(("Content-Description", "Notification"),)),
                    raw_part([("Content-Description", "Delivery report"),
                              ("Content-Type", "message/delivery-status")], status),
                    attached_message(orig), params="report-type=delivery-status")
    mid = "<20261022213852.4Fq2Lk0s1Vz9@mx1.example.org>"
    h = [("Return-Path", "<>"), ("Delivered-To", OWEN),
         ("Received", "by mx1.example.org (Postfix)\r\n id 4Fq2Lk0s1Vz9; " + date("2026-10-22 17:38", TZ)),
         ("Date", date("2026-10-22 17:38", TZ)),
         ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
         ("Subject", "Undelivered Mail Returned to Sender"), ("To", OWEN),
         ("Auto-Submitted", "auto-replied"), ("Message-ID", mid)]
    return message(h, rep)


@make.mail(N(34), family="offer", lang="en", interview=False, company="Ironbridge Controls",
           note="Written job offer after the interview of key 13; acceptance deadline only.",
           days=(("Fri", "2026-11-13"), ("Mon", "2026-11-30")))
def k34() -> bytes:
    body = t("""
        Dear Owen,

        On behalf of Ironbridge Controls, I am delighted to offer you the position of
        Maintenance Planner, reporting to me, at our Burlington facility.

        Base salary: $91,500 per year
        Start date: Monday, November 30, 2026 (or as agreed after your notice period)
        Benefits: group health and dental from day one, 4% RRSP match, three weeks' vacation

        The formal offer letter is attached for your signature. Please return it by Friday,
        November 13. I'm happy to talk through any of the details - call me any time.

        We were all impressed in your interview, and the team is looking forward to having you.

        Best regards,
        Marco Bellini
        Operations Manager, Ironbridge Controls
        905-555-0190
        """)
    pdf = make.Part([("Content-Type", 'application/pdf; name="Offer_Letter_Owen_Achterberg.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Offer_Letter_Owen_Achterberg.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    b"JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\r\n"
                    b"YmoKdHJhaWxlcgo8PC9Sb290IDEgMCBSPj4KJSVFT0YK\r\n")
    mid = "<CAK9pB3r6Wq0T2zX8mN1vL4yE7cF5dH9gAs@mail.gmail.com>"
    h = head(addr("Marco Bellini", "marco.bellini@ironbridgecontrols.ca"),
             "Offer of employment - Maintenance Planner",
             "2026-11-10 11:48", TZ, mid, host="mail-sor-f52.google.com", ip="209.85.220.52")
    return message(h, mixed(alt(text(body), html(gmail_html(body))), pdf))


@make.mail(N(35), family="non_interview_calendar", lang="en", interview=False, company=None,
           note="Dentist appointment reminder with an ICS: a fixed time, but not a job interview.",
           days=(("Thu", "2026-09-17"),))
def k35() -> bytes:
    body = t("""
        Hi Owen,

        This is a reminder of your upcoming appointment at Mountain Dental Centre:

        Thursday, September 17, 2026 at 4:15 PM
        Hygiene appointment with Jenna (RDH) - 60 min
        Mountain Dental Centre, 880 Upper Wentworth St, Unit 4, Hamilton

        Please reply C to confirm or call 905-555-0102 to reschedule. We require 24 hours'
        notice of cancellations.

        See you soon!
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Mountain Dental Centre//Reminders//EN", "METHOD:PUBLISH",
        VTZ_TORONTO,
        "BEGIN:VEVENT", "UID:appt-55120-20260917@mountaindental.ca", "DTSTAMP:20260914T130000Z",
        "DTSTART;TZID=America/Toronto:20260917T161500", "DTEND;TZID=America/Toronto:20260917T171500",
        "SUMMARY:Dental hygiene appointment - Mountain Dental Centre",
        "LOCATION:880 Upper Wentworth St\\, Unit 4\\, Hamilton", "END:VEVENT", "END:VCALENDAR"])
    mid = "<reminder.55120.20260914@mountaindental.ca>"
    h = head("Mountain Dental Centre <reminders@mountaindental.ca>",
             "Appointment reminder - Thursday, September 17 at 4:15 PM",
             "2026-09-14 09:00", TZ, mid, host="smtp.mountaindental.ca", ip="99.229.14.77")
    return message(h, mixed(text(body), calendar(ics, method="PUBLISH", filename="appointment.ics",
                                                 disposition="attachment")))


@make.mail(N(36), family="non_interview_calendar", lang="en", interview=False, company=None,
           note="Exchange meeting request for a volunteer professional-chapter board meeting (TZID Eastern Standard Time); a meeting, not an interview.",
           days=(("Tue", "2026-10-13"),))
def k36() -> bytes:
    body = t("""
        When: Tuesday, October 13, 2026 6:30 PM-8:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Board members,

        Agenda: treasurer's report (Owen), spring symposium venue, student scholarship
        shortlist, membership renewals.

        Thanks,
        Roberta Hill
        Chair, Southern Ontario Reliability Chapter
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ_EASTERN_WIN,
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Roberta Hill:mailto:roberta.hill@sorchapter.ca",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Owen Achterberg:mailto:owen.achterberg@example.org",
        "UID:040000008200E00074C5B7101A82E00800000000F3E2D1C0B59ADC01000000000000000010000000C3D4E5F6",
        "SUMMARY;LANGUAGE=en-US:SORC board meeting - October",
        "DTSTART;TZID=Eastern Standard Time:20261013T183000",
        "DTEND;TZID=Eastern Standard Time:20261013T200000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261005T144000Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "END:VEVENT", "END:VCALENDAR"])
    mid = "<YT1PR01MB4431B2C3D4E5F6A7B8C9D0E1F2A34@YT1PR01MB4431.CANPRD01.PROD.OUTLOOK.COM>"
    h = head(addr("Roberta Hill", "roberta.hill@sorchapter.ca"), "SORC board meeting - October",
             "2026-10-05 10:40", TZ, mid, host="mail-yt1can01on2120.outbound.protection.outlook.com",
             ip="40.107.116.120", to="sorc-board@sorchapter.ca")
    return message(h, alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")))


@make.mail(N(37), family="appointment", lang="en", interview=False, company=None,
           note="Garage booking for the winter-tire changeover: a confirmed time for a car, not an interview.",
           days=(("Sat", "2026-10-31"),))
def k37() -> bytes:
    body = t("""
        Hi Owen,

        Your appointment is booked.

        Service: Seasonal tire changeover (on rims) + tire storage
        Vehicle: 2019 Ford F-150
        Date: Saturday, October 31, 2026
        Drop-off: 8:00 AM
        Estimated completion: 10:30 AM

        Upper James Auto Service
        1455 Upper James St, Hamilton ON | 905-555-0171

        Need to change your appointment? Reply to this message or call us.
        """)
    mid = "<booking-88213@upperjamesauto.ca>"
    h = head("Upper James Auto Service <service@upperjamesauto.ca>",
             "Booking confirmed: Sat Oct 31, 8:00 AM",
             "2026-10-27 13:25", TZ, mid, host="smtp.upperjamesauto.ca", ip="99.241.30.12")
    return message(h, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(38), family="receipt", lang="en", interview=False, company=None,
           note="Online-store order receipt for safety boots (Canadian HST); no appointment at all.")
def k38() -> bytes:
    body = t("""
        Thanks for your order, Owen!

        Order #NW-204417 - placed September 12, 2026

        1 x Steel-toe work boot, 8", CSA Green Triangle, size 11   $189.99
        1 x Merino work socks (3-pack)                             $ 24.99
        Subtotal                                                   $214.98
        Shipping                                                   FREE
        HST (13%)                                                  $ 27.95
        Total                                                      $242.93 CAD

        Shipping to: Owen Achterberg, Hamilton ON
        Estimated delivery: September 16-18

        Northbound Workwear
        """)
    mid = "<order-NW-204417.1789256112@northboundworkwear.ca>"
    h = head("Northbound Workwear <orders@northboundworkwear.ca>",
             "Order #NW-204417 confirmed",
             "2026-09-12 19:55", TZ, mid, host="mailer.shopifyemail.com", ip="23.227.38.32")
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(39), family="rejection", lang="en", interview=False, company="Torque Analytics",
           note="Ashby rejection before any interview.")
def k39() -> bytes:
    body = t("""
        Hi Owen,

        Thank you for applying for the Customer Reliability Engineer position at Torque
        Analytics. We received a large number of applications, and after reviewing yours we've
        decided not to move forward at this time.

        We wish you the best of luck in your search.

        The Torque Analytics Team
        """)
    mid = "<0100019a1c2d3e4f-5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d-000000@email.amazonses.com>"
    h = head("Torque Analytics <no-reply@ashbyhq.com>",
             "Update on your application to Torque Analytics",
             "2026-09-23 18:07", TZ, mid, host="a48-12.smtp-out.amazonses.com", ip="54.240.48.12")
    return message(h, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@make.mail(N(40), family="assessment", lang="en", interview=False, company="Chinook Midstream Partners",
           note="SmartRecruiters online assessment with a completion deadline (Mountain Time); no interview time.",
           days=(("Sun", "2026-10-25"),))
def k40() -> bytes:
    body = t("""
        Hello Owen,

        Thank you for your application for Maintenance Planner - Gas Processing (Remote,
        Canada). The next step is a short online assessment (mechanical reasoning and planning
        scenarios, about 40 minutes).

        Please complete it by Sunday, October 25 at 11:59 PM Mountain Time:
        https://assess.chinookmidstream.ca/start?token=Qm9xR2Vk

        Once we have your results, a member of our team will be in touch about next steps.

        Chinook Midstream Partners Talent Team
        Powered by SmartRecruiters
        """)
    mid = "<5c0d9e8f-7a6b-4c3d-2e1f-0a9b8c7d6e5f@smartrecruiters.com>"
    h = head("Chinook Midstream Partners <noreply@smartrecruiters.com>",
             "Next step: online assessment - Maintenance Planner",
             "2026-10-20 09:10", MT, mid, host="o1.email.smartrecruiters.com", ip="167.89.21.160")
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(41), family="post_interview", lang="fr", interview=False, company="Groupe Hydromécanique Laval",
           note="Canadian French thank-you after the interview of key 17 ('ce matin'); promises an answer by Friday, nothing scheduled.",
           days=(("Fri", "2026-11-13"),))
def k41() -> bytes:
    body = t("""
        Bonjour Owen,

        Merci d'avoir pris le temps de nous rencontrer ce matin. Sylvie et moi avons beaucoup
        apprécié votre présentation de la planification de l'arrêt annuel de votre aciérie.

        Nous terminons nos entrevues cette semaine et nous vous reviendrons au plus tard le
        vendredi 13 novembre.

        Bonne fin de journée,

        Mathieu Gagnon
        Conseiller en recrutement
        Groupe Hydromécanique Laval
        """)
    mid = "<CAM5rT8q1Zx3Wm7Y0pL2nK9vB4eD6cG1hFs@mail.gmail.com>"
    h = head(addr("Mathieu Gagnon", "mathieu.gagnon@hydromecaniquelaval.ca"),
             "Merci pour l'entrevue",
             "2026-11-10 14:02", "America/Montreal", mid, host="mail-sor-f48.google.com", ip="209.85.220.48")
    return message(h, alt(text(body, cte="8bit"), html(gmail_html(body))))


@make.mail(N(42), family="job_fair", lang="en", interview=False, company=None,
           note="Community newsletter announcing a trades and manufacturing career fair (Sat 17 Oct, 10-3); an event, not an interview.",
           days=(("Sat", "2026-10-17"),))
def k42() -> bytes:
    body = t("""
        HAMILTON WORKFORCE NETWORK - October update

        Skilled Trades & Manufacturing Career Fair
        Saturday, October 17, 2026 - 10:00 am to 3:00 pm
        Bayfront Convention Hall, 200 Guise St E, Hamilton

        40+ employers hiring: millwrights, electricians, planners, process operators,
        welders. Bring printed resumes; on-the-spot interviews with some employers.
        Free admission - register at https://hamiltonworkforce.ca/fair2026

        Also this month: free resume clinic at the Central Library, Thursdays 6-8 pm.

        You receive this newsletter because you registered with Hamilton Workforce Network.
        Unsubscribe: https://hamiltonworkforce.ca/unsubscribe
        """)
    mid = "<hwn-oct-2026.4419@hamiltonworkforce.ca>"
    h = head("Hamilton Workforce Network <news@hamiltonworkforce.ca>",
             "Career Fair Oct 17 - 40+ employers hiring",
             "2026-10-06 08:30", TZ, mid, host="mail46.sendgrid.net", ip="167.89.46.12",
             extra=(("List-Unsubscribe", "<https://hamiltonworkforce.ca/unsubscribe>"), ("Precedence", "bulk")))
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(43), family="recruiter_outreach", lang="en", interview=False, company="Bow River Gas Processing",
           note="In-house recruiter from Calgary asks whether Owen would relocate and suggests a call 'sometime next week'; nothing fixed.")
def k43() -> bytes:
    body = t("""
        Hi Owen,

        I'm the talent lead at Bow River Gas Processing in Calgary. We're building out a
        central planning team for our three plants and your turnaround planning experience
        caught my eye.

        The role is based in Calgary (hybrid, 3 days in the office) with a relocation package.
        Would you be open to relocating west? If so, I'd be glad to set up a call sometime next
        week - just send me a couple of times that suit you (I'm on Mountain Time, two hours
        behind you).

        Cheers,
        Kelsey Arnett
        Talent Acquisition Lead | Bow River Gas Processing
        403-555-0125
        """)
    mid = "<CAB8wQ1n5Tz7X3mV9pL0rK2yE6dF4cG8hJs@mail.gmail.com>"
    h = head(addr("Kelsey Arnett", "kelsey.arnett@bowrivergas.ca"),
             "Planning role in Calgary - open to relocating?",
             "2026-11-16 09:20", MT, mid, host="mail-sor-f65.google.com", ip="209.85.220.65")
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(44), family="application_status", lang="en", interview=False, company="Hamilton Regional Power",
           note="Taleo status update ('under review'); no time.")
def k44() -> bytes:
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:12px">
        <p>Dear Owen Achterberg,</p>
        <p>The status of your application for the position <b>Maintenance Planner - Transmission Stations (Job Number 2600871)</b> has changed.</p>
        <p>New status: <b>Under review by the hiring manager</b></p>
        <p>Due to the volume of applications, only candidates selected for an interview will be contacted.</p>
        <p>To view your application, log in to the <a href="https://hrp.taleo.net/careersection/ext/mysubmissions.ftl">Career Section</a>.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Hamilton Regional Power</p>
        <p style="color:#888">This is an automated message. Please do not reply.</p>
        </body></html>
        """)
    mid = "<1788991123456.4471.JavaMail.taleo@tlwe4.taleo.net>"
    h = head("Hamilton Regional Power <noreply@taleo.net>",
             "Application status update - Maintenance Planner - Transmission Stations",
             "2026-09-16 03:12", TZ, mid, host="tlwe4.taleo.net", ip="160.34.16.44")
    return message(h, html(hbody, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(45), family="application_ack", lang="en", interview=False, company="Kessler Antriebstechnik Canada",
           note="Personio application receipt (English) from a German-owned Burlington plant.")
def k45() -> bytes:
    body = t("""
        Dear Owen Achterberg,

        Thank you for your application as Maintenance Planner (m/f/d) - Burlington and for your
        interest in Kessler Antriebstechnik Canada Ltd.

        We have received your documents and will review them carefully. We will get back to you
        as soon as possible, usually within two weeks.

        Kind regards
        Your HR team
        Kessler Antriebstechnik Canada Ltd.

        This is an automatically generated message. Please do not reply.
        """)
    mid = "<a7b6c5d4e3f2.20260924.application@kessler-canada.jobs.personio.com>"
    h = head("Kessler Antriebstechnik Canada <no-reply@jobs.personio.com>",
             "Your application as Maintenance Planner (m/f/d) - Burlington",
             "2026-09-24 14:41", TZ, mid, host="mail-eu.personio.de", ip="185.56.188.20")
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(46), family="reference_request", lang="en", interview=False, company="Lakeport Energy",
           note="After the onsite of key 16, the coordinator asks for references; no time set.")
def k46() -> bytes:
    body = t("""
        Hi Owen,

        Thanks again for coming in on Thursday - the team really enjoyed the site tour with you.

        As a next step, could you send me the names and contact details of two professional
        references, ideally including a current or former supervisor? We'll only contact them
        with your go-ahead.

        Best,
        Jasmine Clarke
        Recruiting Coordinator, Lakeport Energy
        """)
    mid = "<CAL2xR7p4Wz0T9mY3nK8vB1eD5cF6gH2jQs@mail.gmail.com>"
    h = head(addr("Jasmine Clarke", "jasmine.clarke@lakeportenergy.ca"),
             "References - Senior Maintenance Planner",
             "2026-12-07 10:15", TZ, mid, host="mail-sor-f41.google.com", ip="209.85.220.41")
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(47), family="marketing_webinar", lang="en", interview=False, company=None,
           note="Zoom webinar registration confirmation from a CMMS vendor; a fixed time, but a webinar.",
           days=(("Wed", "2026-11-18"),))
def k47() -> bytes:
    body = t("""
        Hi Owen,

        Thank you for registering for "Backlog Management for Maintenance Planners".

        Date & Time: Nov 18, 2026 12:00 PM Eastern Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/84419032771?tk=r2Xq9

        Add to calendar: Google Calendar | Outlook (.ics) | Yahoo Calendar

        You can cancel your registration at any time.

        PlannerPro CMMS
        """)
    mid = "<ZmNyXb9sR2a1Q@zoom.us>"
    h = head("PlannerPro Webinars <no-reply@zoom.us>",
             "Backlog Management for Maintenance Planners Confirmation",
             "2026-11-09 15:30", TZ, mid, host="se1.zoom.us", ip="170.114.10.82")
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(48), family="non_interview_calendar", lang="en", interview=False, company=None,
           note="Google Calendar invitation from Owen's wife for their son's hockey tournament; family event.",
           days=(("Sat", "2026-11-21"),))
def k48() -> bytes:
    title = "Lucas - U11 hockey tournament (Burlington)"
    body = t(f"""
        You have been invited to the following event.

        {title}
        Saturday Nov 21, 2026 ⋅ 8am – 2pm (Eastern Time - Toronto)

        Appleby Ice Centre, Burlington

        First game 8:45, need to be in the dressing room by 8:00. I'll take the morning, can you
        do the afternoon games? M

        Organizer
        Maya Achterberg
        maya.achterberg@example.com

        Invitation from Google Calendar
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST",
        "BEGIN:VEVENT", "DTSTART:20261121T130000Z", "DTEND:20261121T190000Z", "DTSTAMP:20261112T013000Z",
        "ORGANIZER;CN=Maya Achterberg:mailto:maya.achterberg@example.com",
        "UID:7hq2k9d0s4m1r6c3v8b5n0t2xl@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Owen Achterberg;X-NUM-GUESTS=0:mailto:owen.achterberg@example.org",
        "LOCATION:Appleby Ice Centre\\, Burlington", "SEQUENCE:0", "STATUS:CONFIRMED",
        f"SUMMARY:{title}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    mid = "<calendar-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d@google.com>"
    h = head(addr("Maya Achterberg", "maya.achterberg@example.com"),
             f"Invitation: {title} @ Sat Nov 21, 2026 8am - 2pm (EST) (owen.achterberg@example.org)",
             "2026-11-11 20:30", TZ, mid, host="mail-sor-f69.google.com", ip="209.85.220.69",
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(h, mixed(alt(text(body), html(gmail_html(body)), calendar(ics)),
                            calendar(ics, ctype="application/ics", filename="invite.ics",
                                     disposition="attachment", cte="base64", name_param=True)))


@make.mail(N(49), family="application_ack", lang="en", interview=False, company="Chinook Midstream Partners",
           note="SmartRecruiters application receipt, before the assessment (key 40) and the interview (key 8).")
def k49() -> bytes:
    body = t("""
        Hello Owen,

        Thank you for applying to Maintenance Planner - Gas Processing (Remote, Canada) at
        Chinook Midstream Partners. We have received your application and our team will review
        it shortly.

        You can track your application status at any time:
        https://jobs.smartrecruiters.com/ChinookMidstream/status

        Chinook Midstream Partners Talent Team
        Powered by SmartRecruiters
        """)
    mid = "<1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9@smartrecruiters.com>"
    h = head("Chinook Midstream Partners <noreply@smartrecruiters.com>",
             "Thank you for applying to Chinook Midstream Partners",
             "2026-10-15 16:02", MT, mid, host="o1.email.smartrecruiters.com", ip="167.89.21.160")
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(50), family="non_interview_calendar", lang="en", interview=False, company=None,
           note="Microsoft Bookings confirmation for a flu shot at a pharmacy (shared mailbox, ICS with Eastern Standard Time); not an interview.",
           days=(("Sat", "2026-11-07"),))
def k50() -> bytes:
    hbody = t("""
        <html><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px">
        <h2>Your booking is confirmed</h2>
        <p>Hello Owen Achterberg,</p>
        <p>Thank you for booking with Locke Street Pharmacy.</p>
        <table cellpadding="3">
        <tr><td><b>Service</b></td><td>Flu and COVID-19 vaccine (18+)</td></tr>
        <tr><td><b>Date and time</b></td><td>Saturday, November 7, 2026 10:20 AM - 10:30 AM (UTC-05:00) Eastern Time (US &amp; Canada)</td></tr>
        <tr><td><b>Location</b></td><td>Locke Street Pharmacy, 210 Locke St S, Hamilton</td></tr>
        </table>
        <p>Please bring your Ontario health card and wear a short-sleeved shirt.</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ_EASTERN_WIN,
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Locke Street Pharmacy:mailto:LockeStreetPharmacy@lockestpharmacy.ca",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Owen Achterberg:mailto:owen.achterberg@example.org",
        "UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000010000000F0E1D2C3",
        "SUMMARY;LANGUAGE=en-US:Flu and COVID-19 vaccine (18+)",
        "DTSTART;TZID=Eastern Standard Time:20261107T102000",
        "DTEND;TZID=Eastern Standard Time:20261107T103000",
        "DTSTAMP:20261106T154500Z", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-US:Locke Street Pharmacy\\, 210 Locke St S\\, Hamilton",
        "END:VEVENT", "END:VCALENDAR"])
    mid = "<YQXPR01MB2270D4C3B2A1F0E9D8C7B6A5F4E39@YQXPR01MB2270.CANPRD01.PROD.OUTLOOK.COM>"
    h = head(addr("Locke Street Pharmacy", "LockeStreetPharmacy@lockestpharmacy.ca"),
             "Booking confirmed: Flu and COVID-19 vaccine (18+)",
             "2026-11-06 10:45", TZ, mid, host="mail-yqxcan01on2083.outbound.protection.outlook.com",
             ip="40.107.117.83")
    return message(h, mixed(html(hbody), calendar(ics, filename="meeting.ics", disposition="attachment",
                                                  cte="base64", name_param=True)))
