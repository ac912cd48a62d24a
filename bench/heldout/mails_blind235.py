"""blind235: a blind 50-mail set from the inbox of Gabriel Montoya, a cross-border supply-chain
analyst in El Paso, Texas (America/Denver), September to mid-December 2026.

Written by hand, blind to the detector; ``make.py`` does the MIME plumbing and the checks.
Build and check: ``python3 bench/heldout/make_blind.py blind235``.

File numbers are a fixed shuffle of the writing order: the mail written ``key``-th is
``blind235_{ORDER[key-1]:03d}.eml``. Keys 1-23 are the positives, 24-50 the negatives.
"""

from __future__ import annotations

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
    received,
    t,
    text,
)

ORDER = random.Random(2350235).sample(range(1, 51), 50)

ME = "gabriel.montoya@example.org"
ME_NAME = "Gabriel Montoya"
ME_TO = addr(ME_NAME, ME)
DEN = "America/Denver"
CHI = "America/Chicago"
PHX = "America/Phoenix"
JRZ = "America/Ciudad_Juarez"
NYC = "America/New_York"


def n(key: int) -> str:
    return f"blind235_{ORDER[key - 1]:03d}"


def rcv(host: str, ip: str, when: str, zone: str, ident: str, lag: int = 3) -> str:
    return received(f"from {host} ({host} [{ip}])", when, zone, f"mx.example.org with ESMTPS id {ident}",
                    ME, lag)


VTZ_DENVER = """BEGIN:VTIMEZONE
TZID:America/Denver
X-LIC-LOCATION:America/Denver
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

VTZ_PHOENIX = """BEGIN:VTIMEZONE
TZID:America/Phoenix
X-LIC-LOCATION:America/Phoenix
BEGIN:STANDARD
TZOFFSETFROM:-0700
TZOFFSETTO:-0700
TZNAME:MST
DTSTART:19700101T000000
END:STANDARD
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


# =========================================================================== positives


@make.mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-09-15T15:00:00Z", end="2026-09-15T15:45:00Z",
           contact="dana.whitfield@franklinridgelogistics.com", company="Franklin Ridge Logistics",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=CHI,
           note="Greenhouse scheduled notice from a Dallas firm: 10:00-10:45 AM CDT (= 9:00 MDT in El Paso, "
                "also written); ICS TZID America/Chicago; contact = Reply-To recruiter (also ORGANIZER)")
def _p01():
    sent = "2026-09-09 14:22:41"
    body = t("""
        Hi Gabriel,

        Thanks for making time to speak with us! Your interview for Supply Chain Analyst II
        (Cross-Border Operations) has been scheduled.

        When: Tuesday, September 15, 2026
              10:00 AM - 10:45 AM CDT (Central Time)
              (9:00 AM - 9:45 AM Mountain Time in El Paso)
        Where: Microsoft Teams - the link is in the calendar invitation
        Interviewer: Kyle Brennan, Director of Transportation

        Kyle will walk through your experience with customs brokers and mode selection on the
        Laredo and El Paso lanes. No preparation needed.

        If you need to make a change, just reply to this email.

        Best,
        Dana Whitfield
        Talent Acquisition | Franklin Ridge Logistics
        Dallas, TX
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Gabriel,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Supply Chain Analyst II
        (Cross-Border Operations)</b> has been scheduled.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td style="color:#888">When</td><td>Tuesday, September 15, 2026<br>10:00 AM &ndash; 10:45 AM CDT (Central Time)<br>
        <span style="color:#888">(9:00 AM &ndash; 9:45 AM Mountain Time in El Paso)</span></td></tr>
        <tr><td style="color:#888">Where</td><td>Microsoft Teams &ndash; the link is in the calendar invitation</td></tr>
        <tr><td style="color:#888">Interviewer</td><td>Kyle Brennan, Director of Transportation</td></tr>
        </table>
        <p>Kyle will walk through your experience with customs brokers and mode selection on the
        Laredo and El Paso lanes. No preparation needed.</p>
        <p>If you need to make a change, just reply to this email.</p>
        <p>Best,<br>Dana Whitfield<br>Talent Acquisition | Franklin Ridge Logistics<br>Dallas, TX</p>
        <img src="https://us.greenhouse-mail.io/o/eJx1kMFuwyAQRH8Fcc4hNnbi5Bb1G_oDaG2WBhUWi13XjaL8e3FV9d" width="1" height="1" alt="">
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["America/Chicago"]}
BEGIN:VEVENT
UID:gh-interview-41877302-7c1d@greenhouse.io
DTSTAMP:20260909T192241Z
DTSTART;TZID=America/Chicago:20260915T100000
DTEND;TZID=America/Chicago:20260915T104500
SEQUENCE:0
SUMMARY:Interview: Gabriel Montoya <> Franklin Ridge Logistics (Supply Chain Analyst II)
LOCATION:Microsoft Teams Meeting
DESCRIPTION:Interviewer: Kyle Brennan\\, Director of Transportation
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@franklinridgelogistics.com
ATTENDEE;CN=Gabriel Montoya;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabriel.montoya@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("o1.ptr4412.us.greenhouse-mail.io", "167.89.12.40", sent, CHI, "k2QpW8xv")),
        ("From", addr("Dana Whitfield (Franklin Ridge Logistics)", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Dana Whitfield", "dana.whitfield@franklinridgelogistics.com")),
        ("To", ME_TO),
        ("Subject", "Interview Confirmation: Supply Chain Analyst II at Franklin Ridge Logistics"),
        ("Date", date(sent, CHI)),
        ("Message-ID", "<Jq3mB7v0TsO1uAeH2pC9ZQ@geopod-ismtpd-7>"),
        ("X-SG-EID", "u001.Rk9YcnZ3c0hqWk1uQ2xYdGpzQ1Q"),
    ], mixed(alt(text(body), html(page)), calendar(ics, filename="invite.ics", disposition="attachment")))


@make.mail(n(2), family="calendly", lang="en", interview=True, kind="scheduled",
           start="2026-09-11T15:30:00Z", end="2026-09-11T16:00:00Z",
           contact="marisol@borderlandtalent.com", company="Borderland Talent Partners",
           local="Fri 2026-09-11 09:30", local_end="2026-09-11 10:00", zone=DEN,
           note="Calendly invitee confirmation, 09:30am-10:00am (Mountain Time - US & Canada) = MDT in "
                "September; agency recruiter is the host, contact = Reply-To; no ICS")
def _p02():
    sent = "2026-09-08 16:05:12"
    body = t("""
        Hi Gabriel Montoya,

        Your 30 Minute Candidate Screen with Marisol Quintana at 09:30am (Mountain Time - US & Canada)
        on Friday, September 11, 2026 is scheduled.

        Event Type:
        30 Minute Candidate Screen

        Event Date/Time:
        09:30am - 10:00am (Mountain Time - US & Canada) on Friday, September 11, 2026

        Location:
        This is a phone call. Marisol Quintana will call you at +1 915-555-0173.

        Invitee Email:
        gabriel.montoya@example.org

        Questions:
        Please share anything that will help prepare for our meeting.
        Interested in the import compliance analyst role (Santa Teresa) you posted on LinkedIn.

        Cancel: https://calendly.com/cancellations/7e0b2c55-96a1-4f0e-b6b8-1d3f0aa2f441
        Reschedule: https://calendly.com/reschedulings/7e0b2c55-96a1-4f0e-b6b8-1d3f0aa2f441

        Powered by Calendly.com
        """)
    page = t("""
        <!DOCTYPE html><html><body style="margin:0;background:#f4f4f4">
        <table width="100%" style="background:#f4f4f4"><tr><td align="center">
        <table width="560" style="background:#fff;font-family:'Proxima Nova',Helvetica,sans-serif;color:#1a1a1a;padding:32px">
        <tr><td><p>Hi Gabriel Montoya,</p>
        <p>Your 30 Minute Candidate Screen with Marisol Quintana at 09:30am (Mountain Time - US &amp; Canada) on Friday, September 11, 2026 is scheduled.</p>
        <p><b>Event Type:</b><br>30 Minute Candidate Screen</p>
        <p><b>Event Date/Time:</b><br>09:30am - 10:00am (Mountain Time - US &amp; Canada) on Friday, September 11, 2026</p>
        <p><b>Location:</b><br>This is a phone call. Marisol Quintana will call you at +1 915-555-0173.</p>
        <p><b>Invitee Email:</b><br><a href="mailto:gabriel.montoya@example.org">gabriel.montoya@example.org</a></p>
        <p><b>Questions:</b><br>Please share anything that will help prepare for our meeting.<br>Interested in the import compliance analyst role (Santa Teresa) you posted on LinkedIn.</p>
        <p><a href="https://calendly.com/cancellations/7e0b2c55-96a1-4f0e-b6b8-1d3f0aa2f441">Cancel</a> &middot;
        <a href="https://calendly.com/reschedulings/7e0b2c55-96a1-4f0e-b6b8-1d3f0aa2f441">Reschedule</a></p>
        <p style="color:#999;font-size:12px">Powered by Calendly.com</p>
        </td></tr></table></td></tr></table></body></html>
        """)
    return message([
        ("Received", rcv("o3.email.calendly.com", "168.245.76.22", sent, DEN, "Zr81aLq0")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Marisol Quintana", "marisol@borderlandtalent.com")),
        ("To", ME_TO),
        ("Subject", "Confirmed: 30 Minute Candidate Screen with Marisol Quintana on Friday, September 11, 2026"),
        ("Date", date(sent, DEN)),
        ("Message-ID", "<calendly.invitee.7e0b2c55-96a1-4f0e-b6b8-1d3f0aa2f441@calendly.com>"),
    ], alt(text(body), html(page)))


@make.mail(n(3), family="lever", lang="en", interview=True, kind="scheduled",
           start="2026-09-17T17:00:00Z", end="2026-09-17T18:00:00Z",
           contact="tessa.bright@saguarofreight.com", company="Saguaro Freightworks",
           local="Thu 2026-09-17 10:00", local_end="2026-09-17 11:00", zone=PHX,
           note="Lever confirmation from a Phoenix firm: 10:00-11:00 AM Arizona time (MST, UTC-7, no DST), "
                "which the body says is 11:00 AM MDT in El Paso; ICS TZID America/Phoenix; contact = Reply-To")
def _p03():
    sent = "2026-09-11 08:47:03"
    body = t("""
        Hi Gabriel,

        You're all set! Here are the details for your upcoming interview with Saguaro Freightworks.

        Position: Supply Chain Planning Analyst
        Date: Thursday, September 17, 2026
        Time: 10:00 AM - 11:00 AM Arizona time (MST)
              Heads up - Arizona does not observe daylight saving, so if you are dialing in
              from El Paso this is 11:00 AM your time.
        Format: Video call (Google Meet) - meet.google.com/hwq-rtzb-knm

        You'll meet with:
        - Tessa Bright, Recruiting Manager
        - Omar Haddad, Sr. Manager, Network Planning

        If anything comes up, reply directly to this email and it will reach Tessa.

        Thanks,
        The Saguaro Freightworks Recruiting Team

        --
        Sent via Lever
        """)
    page = t("""
        <div style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#3c4043;max-width:600px">
        <p>Hi Gabriel,</p>
        <p>You're all set! Here are the details for your upcoming interview with Saguaro Freightworks.</p>
        <div style="border:1px solid #e3e6ea;border-radius:6px;padding:16px">
        <div><strong>Position:</strong> Supply Chain Planning Analyst</div>
        <div><strong>Date:</strong> Thursday, September 17, 2026</div>
        <div><strong>Time:</strong> 10:00 AM &ndash; 11:00 AM Arizona time (MST)</div>
        <div style="color:#80868b;font-size:13px">Heads up &ndash; Arizona does not observe daylight saving, so if you are dialing in from El Paso this is 11:00 AM your time.</div>
        <div><strong>Format:</strong> Video call (Google Meet) &ndash; <a href="https://meet.google.com/hwq-rtzb-knm">meet.google.com/hwq-rtzb-knm</a></div>
        </div>
        <p>You'll meet with:</p>
        <ul><li>Tessa Bright, Recruiting Manager</li><li>Omar Haddad, Sr. Manager, Network Planning</li></ul>
        <p>If anything comes up, reply directly to this email and it will reach Tessa.</p>
        <p>Thanks,<br>The Saguaro Freightworks Recruiting Team</p>
        <p style="font-size:11px;color:#9aa0a6">Sent via <a href="https://www.lever.co">Lever</a></p>
        </div>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{VTZ_PHOENIX}
BEGIN:VEVENT
UID:lever-iv-5b7e2f10-0b3c-4f8a-9f83-2a7d6c1e9e54
DTSTAMP:20260911T154703Z
DTSTART;TZID=America/Phoenix:20260917T100000
DTEND;TZID=America/Phoenix:20260917T110000
SUMMARY:Saguaro Freightworks - Interview with Gabriel Montoya
LOCATION:https://meet.google.com/hwq-rtzb-knm
ORGANIZER;CN=Tessa Bright:mailto:tessa.bright@saguarofreight.com
ATTENDEE;CN=Gabriel Montoya;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabriel.montoya@example.org
ATTENDEE;CN=Omar Haddad;PARTSTAT=ACCEPTED:mailto:omar.haddad@saguarofreight.com
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail-b12.hire.lever.co", "198.2.180.14", sent, PHX, "hL0v3rQq")),
        ("From", addr("Saguaro Freightworks", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Tessa Bright", "tessa.bright@saguarofreight.com")),
        ("To", ME_TO),
        ("Subject", "Your interview with Saguaro Freightworks is confirmed"),
        ("Date", date(sent, PHX)),
        ("Message-ID", "<20260911154703.1b8e4c2a7f@hire.lever.co>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, cte="base64", filename="interview.ics", disposition="attachment", name_param=True)))


@make.mail(n(4), family="human_prose", lang="es-en", interview=True, kind="scheduled",
           start="2026-09-24T15:30:00Z", end=None,
           contact="vsaldana@ensamblesmedanos.com.mx", company="Ensambles Médanos",
           local="Thu 2026-09-24 09:30", zone=JRZ,
           note="Spanglish reply from a Juárez maquiladora: 'el jueves a las 9:30 am hora de Juárez' resolved "
                "against Date (Mon 21 Sep): Thu 24 Sep, Ciudad Juárez follows US DST since 2022 so UTC-6; "
                "'una hora aprox.' -> end null; the candidate's quoted acceptance is below")
def _p04():
    sent = "2026-09-21 10:14:37"
    body = t("""
        Hola Gabriel,

        Perfecto, quedamos entonces el jueves a las 9:30 am hora de Juárez, aquí en planta
        (Av. de las Industrias 4410, Parque Industrial Los Médanos, Cd. Juárez).

        Please bring your passport or ID, security at the gate va a pedirlo y te dan un gafete de
        visitante. Preguntas por mí en recepción. La entrevista es con el gerente de logística,
        Lic. Héctor Ramírez, y conmigo; calculamos una hora aprox. Después te damos un recorrido
        rápido por el área de embarques.

        If the line at the bridge is bad just text me al 656 555 0192, no pasa nada.

        Saludos,

        Ing. Verónica Saldaña
        Jefa de Reclutamiento | Ensambles Médanos S.A. de C.V.
        Tel. +52 656 555 0190

        ________________________________
        De: Gabriel Montoya <gabriel.montoya@example.org>
        Enviado: viernes, 18 de septiembre de 2026 16:02
        Para: Verónica Saldaña <vsaldana@ensamblesmedanos.com.mx>
        Asunto: Re: Entrevista - Analista de Cadena de Suministro (Cross-border)

        Hola Verónica,

        Thursday works great for me. Cruzo temprano por el Puente de las Américas.
        Gracias!

        Gabriel
        """)
    return message([
        ("Received", rcv("mail-sn1nam02.outbound.protection.outlook.com", "40.107.93.61", sent, JRZ, "Pp4sDe9W")),
        ("From", addr("Verónica Saldaña", "vsaldana@ensamblesmedanos.com.mx")),
        ("To", ME_TO),
        ("Subject", "RE: Entrevista - Analista de Cadena de Suministro (Cross-border)"),
        ("Date", date(sent, JRZ)),
        ("Message-ID", "<SN6PR02MB4112A7C0E1D3F9B2C4E8A1D0C7A92@SN6PR02MB4112.namprd02.prod.outlook.com>"),
        ("In-Reply-To", "<CAGm0ntY4q+1zZQ8rH3kVb0pX@mail.gmail.com>"),
        ("References", "<CAGm0ntY4q+1zZQ8rH3kVb0pX@mail.gmail.com>"),
        ("Thread-Topic", "Entrevista - Analista de Cadena de Suministro (Cross-border)"),
        ("Content-Language", "es-MX"),
    ], text(body, cte="8bit"))


@make.mail(n(5), family="ms_bookings", lang="en", interview=True, kind="scheduled",
           start="2026-09-30T20:00:00Z", end="2026-09-30T20:45:00Z",
           contact=None, company="Pinnacle Border Staffing",
           local="Wed 2026-09-30 14:00", local_end="2026-09-30 14:45", zone=DEN,
           note="Microsoft Bookings confirmation; the body label '(UTC-07:00) Mountain Time (US & Canada)' "
                "shows the standard offset but 30 Sep is MDT (UTC-6), as the ICS (Windows 'Mountain Standard "
                "Time') confirms; only the staff name, no personal address -> contact null")
def _p05():
    sent = "2026-09-25 11:31:08"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#201f1e">
        <div style="font-size:20px;font-weight:600;padding-bottom:12px">Your booking is confirmed</div>
        <div>Hi Gabriel Montoya,</div>
        <div>&nbsp;</div>
        <div>Thank you for booking with Pinnacle Border Staffing. Your appointment details are below.</div>
        <div>&nbsp;</div>
        <table style="font-size:14px">
        <tr><td style="color:#605e5c;padding-right:16px">Service</td><td>Candidate interview &ndash; Logistics &amp; Trade Compliance</td></tr>
        <tr><td style="color:#605e5c;padding-right:16px">Date</td><td>Wednesday, September 30, 2026</td></tr>
        <tr><td style="color:#605e5c;padding-right:16px">Time</td><td>2:00 PM - 2:45 PM (UTC-07:00) Mountain Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c;padding-right:16px">Staff</td><td>Luis Esparza</td></tr>
        <tr><td style="color:#605e5c;padding-right:16px">Location</td><td>Microsoft Teams meeting (join link below)</td></tr>
        </table>
        <div>&nbsp;</div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTI1YjQtOGQ2Mi00YjVm%40thread.v2/0">Join your appointment</a></div>
        <div>&nbsp;</div>
        <div>Need to make changes? <a href="https://outlook.office365.com/owa/calendar/PinnacleBorderStaffing@pinnacleborder.onmicrosoft.com/bookings/">Manage booking</a></div>
        <div>&nbsp;</div>
        <div style="color:#605e5c;font-size:12px">Pinnacle Border Staffing &middot; 6090 Surety Dr, El Paso, TX 79905 &middot; (915) 555-0126</div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_WIN_MOUNTAIN}
BEGIN:VEVENT
ORGANIZER;CN=Pinnacle Border Staffing:mailto:PinnacleBorderStaffing@pinnacleborder.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gabriel Montoya:mailto:gabriel.montoya@example.org
DESCRIPTION;LANGUAGE=en-US:Candidate interview - Logistics & Trade Compliance with Luis Esparza
UID:040000008200E00074C5B7101A82E00800000000F0A3B1C2D54FDD01000000000000000010000000B5D1E9A7C3F2A04C8E6B1D2F3A4C5E6D
SUMMARY;LANGUAGE=en-US:Candidate interview - Logistics & Trade Compliance
DTSTART;TZID=Mountain Standard Time:20260930T140000
DTEND;TZID=Mountain Standard Time:20260930T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260925T173108Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("NAM12-DM6-obe.outbound.protection.outlook.com", "40.107.92.78", sent, DEN, "bK5k1ngs")),
        ("From", addr("Pinnacle Border Staffing", "PinnacleBorderStaffing@pinnacleborder.onmicrosoft.com")),
        ("To", ME_TO),
        ("Subject", "Your booking is confirmed: Candidate interview - Logistics & Trade Compliance"),
        ("Date", date(sent, DEN)),
        ("Message-ID", "<DM6PR11MB40282C5E9B0C1A4F7D3E2B88A1F02@DM6PR11MB4028.namprd11.prod.outlook.com>"),
        ("X-MS-Exchange-Organization-SCL", "-1"),
        ("X-MS-Has-Attach", "yes"),
    ], mixed(html(page, cte="base64"), calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(n(6), family="neogov", lang="en", interview=True, kind="scheduled",
           start="2026-09-29T15:00:00Z", end=None,
           contact="ypacheco@mesquiteflatstx.gov", company="City of Mesquite Flats",
           local="Tue 2026-09-29 09:00", zone=DEN,
           note="NEOGOV (governmentjobs.com) panel-interview notice from a city government; 9:00 a.m. Mountain "
                "(MDT) written only in the text, the ICS is an all-day event on 29 Sep; 'approximately 45 "
                "minutes' -> end null; contact = HR analyst's address in the body")
def _p06():
    sent = "2026-09-21 15:48:20"
    body = t("""
        CITY OF MESQUITE FLATS
        Human Resources Department

        Dear Gabriel Montoya,

        Congratulations! Based on the review of your application for Logistics & Procurement
        Analyst (Job #26-0412), you have been selected for a panel interview.

        Date: Tuesday, September 29, 2026
        Time: 9:00 a.m. (Mountain Time)
        Location: City Hall Annex, 2nd Floor, Conference Room B
                  115 W. Mills Ave., Mesquite Flats, TX

        The panel interview will last approximately 45 minutes. Please arrive 10 minutes early and
        check in with the receptionist on the 2nd floor. Bring a copy of your valid driver's
        license; parking is available in the Annex garage (level 3, visitor spaces).

        If you require a reasonable accommodation for the interview, or are no longer interested in
        the position, please contact Yolanda Pacheco, Senior HR Analyst, at
        ypacheco@mesquiteflatstx.gov or (915) 555-0148 no later than Friday, September 25.

        The calendar file attached to this message can be added to your calendar.

        Sincerely,
        Human Resources
        City of Mesquite Flats

        This message was sent via GovernmentJobs.com. Please do not reply to this email.
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//NEOGOV//Insight Interview Scheduler//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:neogov-26-0412-panel-0929-8812@governmentjobs.com
DTSTAMP:20260921T214820Z
DTSTART;VALUE=DATE:20260929
DTEND;VALUE=DATE:20260930
SUMMARY:Panel Interview - Logistics & Procurement Analyst (City of Mesquite Flats)
LOCATION:City Hall Annex\\, 2nd Floor\\, Conference Room B\\, 115 W. Mills Ave.
DESCRIPTION:Please see the interview notice for your scheduled time.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("smtp-out7.governmentjobs.com", "52.41.188.9", sent, DEN, "GvJ0b5Nx")),
        ("From", addr("City of Mesquite Flats", "noreply@governmentjobs.com")),
        ("To", ME_TO),
        ("Subject", "Interview Scheduled - Logistics & Procurement Analyst (Job #26-0412)"),
        ("Date", date(sent, DEN)),
        ("Message-ID", "<c0a8f3e1.26-0412.8812.mail@governmentjobs.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], mixed(text(body, cte="7bit"), calendar(ics, method="PUBLISH", filename="Interview.ics", disposition="attachment")))


@make.mail(n(7), family="teamtailor", lang="en", interview=True, kind="scheduled",
           start="2026-10-02T17:00:00Z", end="2026-10-02T17:45:00Z",
           contact="hannah.kowalczyk@northboundfreight.com", company="Northbound Freight Tech",
           local="Fri 2026-10-02 13:00", local_end="2026-10-02 13:45", zone=NYC,
           note="Teamtailor booking from a remote company (Toronto HQ, times in Eastern): 1:00-1:45 PM EDT "
                "= 11:00 MDT; ICS TZID America/New_York; contact = Reply-To recruiter")
def _p07():
    sent = "2026-09-28 09:12:55"
    body = t("""
        Hi Gabriel!

        Great news - your interview for the position Cross-Border Operations Analyst (Remote, US) is
        booked.

        Friday, October 2, 2026
        1:00 PM - 1:45 PM (EDT)

        Where: Google Meet - https://meet.google.com/pvk-xdfa-qeu
        With: Hannah Kowalczyk (Talent Partner) and Marcus Lindqvist (Head of Customs Ops)

        We've attached a calendar invitation. Our team is spread from Vancouver to Monterrey,
        so we always write times in Eastern - please double-check against your own calendar.

        Need to change something? Just reply to this email.

        Cheers,
        Hannah Kowalczyk
        Northbound Freight Tech

        ---
        Powered by Teamtailor
        """)
    page = t("""
        <!doctype html><html><body style="background:#f6f6f6;margin:0;padding:24px 0">
        <table align="center" width="600" style="background:#ffffff;border-radius:8px;font-family:Helvetica,Arial,sans-serif;color:#222;padding:32px">
        <tr><td>
        <h2 style="margin-top:0">Your interview is booked &#128197;</h2>
        <p>Hi Gabriel!</p>
        <p>Great news &ndash; your interview for the position <b>Cross-Border Operations Analyst (Remote, US)</b> is booked.</p>
        <p style="font-size:18px"><b>Friday, October 2, 2026</b><br>1:00 PM &ndash; 1:45 PM (EDT)</p>
        <p><b>Where:</b> Google Meet &ndash; <a href="https://meet.google.com/pvk-xdfa-qeu">https://meet.google.com/pvk-xdfa-qeu</a><br>
        <b>With:</b> Hannah Kowalczyk (Talent Partner) and Marcus Lindqvist (Head of Customs Ops)</p>
        <p>We've attached a calendar invitation. Our team is spread from Vancouver to Monterrey, so we always write times in Eastern &ndash; please double-check against your own calendar.</p>
        <p>Need to change something? Just reply to this email.</p>
        <p>Cheers,<br>Hannah Kowalczyk<br>Northbound Freight Tech</p>
        <p style="color:#aaa;font-size:11px">Powered by Teamtailor</p>
        </td></tr></table></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
METHOD:REQUEST
{VTZ["America/New_York"]}
BEGIN:VEVENT
UID:tt-meeting-3390127-northbound@teamtailor.com
DTSTAMP:20260928T131255Z
DTSTART;TZID=America/New_York:20261002T130000
DTEND;TZID=America/New_York:20261002T134500
SUMMARY:Interview: Cross-Border Operations Analyst (Remote\\, US) - Gabriel Montoya
LOCATION:https://meet.google.com/pvk-xdfa-qeu
ORGANIZER;CN=Hannah Kowalczyk:mailto:hannah.kowalczyk@northboundfreight.com
ATTENDEE;CN=Gabriel Montoya;RSVP=TRUE:mailto:gabriel.montoya@example.org
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail-out3.teamtailor-mail.com", "185.225.136.30", sent, NYC, "TtM4iL7z")),
        ("From", addr("Hannah Kowalczyk - Northbound Freight Tech", "northbound-freight-tech@teamtailor-mail.com")),
        ("Reply-To", addr("Hannah Kowalczyk", "hannah.kowalczyk@northboundfreight.com")),
        ("To", ME_TO),
        ("Subject", "Interview booked: Cross-Border Operations Analyst (Remote, US)"),
        ("Date", date(sent, NYC)),
        ("Message-ID", "<6f1d2c0e-3390127.meeting@teamtailor-mail.com>"),
    ], mixed(alt(text(body), html(page)), calendar(ics, filename="invite.ics", disposition="attachment")))


@make.mail(n(8), family="workday", lang="en", interview=True, kind="scheduled",
           start="2026-10-07T20:00:00Z", end="2026-10-07T21:00:00Z",
           contact="rchavira@fmsu.edu", company="Franklin Mountains State University",
           local="Wed 2026-10-07 14:00", local_end="2026-10-07 15:00", zone=DEN,
           note="Workday interview notice (HTML only, from the tenant mailbox) for a university job; "
                "2:00-3:00 PM MDT; contact = Talent Acquisition partner's address in the body")
def _p08():
    sent = "2026-10-02 10:03:44"
    page = t("""
        <html><head><meta charset="utf-8"><title>Interview Scheduled</title></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333333">
        <table width="640" cellpadding="0" cellspacing="0" border="0">
        <tr><td style="background:#041e42;color:#ffffff;padding:14px 18px;font-size:16px">Franklin Mountains State University &ndash; Careers</td></tr>
        <tr><td style="padding:18px">
        <p>Dear Gabriel,</p>
        <p>Thank you for your interest in the <b>Supply Chain Data Analyst</b> position (R-0031877) with Procurement &amp; Materials Management.
        We are pleased to invite you to an interview with the search committee.</p>
        <p><b>Interview Details</b><br>
        Date: Wednesday, October 7, 2026<br>
        Time: 2:00 PM - 3:00 PM MDT<br>
        Location: Administration Building, Room 312 (parking permit will be emailed separately)<br>
        Committee: Dr. Alan Kessler, Irma Gallegos, Tom Nakamura</p>
        <p>Please bring three professional references. A 10-minute presentation on a supply-chain dashboard you built is part of the interview.</p>
        <p>If you have questions, contact Renata Chavira, Talent Acquisition Partner, at <a href="mailto:rchavira@fmsu.edu">rchavira@fmsu.edu</a>.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Franklin Mountains State University</p>
        </td></tr>
        <tr><td style="padding:10px 18px;font-size:11px;color:#888888">This email was sent from an unmonitored mailbox. Please do not reply.
        FMSU is an Equal Opportunity Employer.</td></tr>
        </table></body></html>
        """)
    return message([
        ("Received", rcv("wd5-smtp02.myworkday.com", "199.230.196.61", sent, DEN, "Wd4y0cte")),
        ("From", addr("Franklin Mountains State University", "fmsu@myworkday.com")),
        ("To", ME_TO),
        ("Subject", "Interview Scheduled: Supply Chain Data Analyst (R-0031877)"),
        ("Date", date(sent, DEN)),
        ("Message-ID", "<1902387744.77021.1791044624118@wd5-prod-mailer-2>"),
    ], html(page))


TEAMS_BLOCK = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
Meeting ID: {num}
Passcode: {pw}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Or call in (audio only)
+1 915-555-0100,,{pin}#   United States, El Paso
Phone Conference ID: {pin}#
Find a local number<https://dialin.teams.microsoft.com/> | Reset PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


@make.mail(n(9), family="exchange", lang="en", interview=True, kind="scheduled",
           start="2026-10-15T19:00:00Z", end="2026-10-15T20:00:00Z",
           contact="adriana.carrillo@sunlandrmc.org", company="Sunland Regional Medical Center",
           local="Thu 2026-10-15 13:00", local_end="2026-10-15 14:00", zone=DEN,
           note="Outlook/Exchange meeting request from a hospital's hiring manager with Teams boilerplate; "
                "'When:' line shows '(UTC-07:00) Mountain Time' but 15 Oct is MDT; ICS TZID 'Mountain "
                "Standard Time' (Windows) -> America/Denver; contact = sender/ORGANIZER")
def _p09():
    sent = "2026-10-09 16:20:31"
    teams = TEAMS_BLOCK.format(mid="ZjM4YTk1ZDEtMmE0Ny00YzQ2LWI4OTEtYjg1ZDc3", num="241 883 905 116",
                               pw="q7Lm2R", pin="604 118 227")
    body = t("""
        When: Thursday, October 15, 2026 1:00 PM-2:00 PM (UTC-07:00) Mountain Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hi Gabriel,

        Thank you for applying to the Materials Management Analyst position. I'd like to invite you
        to a virtual interview with me and our Supply Chain Director, Mark Oyelaran. We'll spend the
        hour on your PAR-level and vendor-consignment experience and on how you'd approach our
        backorder problem with IV solutions.

        Please accept this invite so it lands on your calendar.

        Adriana Carrillo, MBA
        Manager, Supply Chain Operations
        Sunland Regional Medical Center
        O: 915-555-0165 | adriana.carrillo@sunlandrmc.org

        """) + teams
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="EN-US"><div class="WordSection1">
        <p class="MsoNormal">Hi Gabriel,</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Thank you for applying to the Materials Management Analyst position. I&#8217;d like to invite you to a virtual interview with me and our Supply Chain Director, Mark Oyelaran. We&#8217;ll spend the hour on your PAR-level and vendor-consignment experience and on how you&#8217;d approach our backorder problem with IV solutions.</p>
        <p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Please accept this invite so it lands on your calendar.</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal"><b>Adriana Carrillo, MBA</b><br>Manager, Supply Chain Operations<br>Sunland Regional Medical Center<br>O: 915-555-0165 | adriana.carrillo@sunlandrmc.org</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        <div class="me-email-text" lang="en-US" style="color:#252424;font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif">
        <div style="margin-top:24px;margin-bottom:20px"><span style="font-size:24px;color:#252424">Microsoft Teams meeting</span></div>
        <div><a class="me-email-headline" style="font-size:14px;font-family:'Segoe UI Semibold';color:#6264a7" href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjM4YTk1ZDEtMmE0Ny00YzQ2LWI4OTEtYjg1ZDc3%40thread.v2/0">Click here to join the meeting</a></div>
        <div style="margin-bottom:4px;margin-top:20px"><span style="font-size:14px;color:#252424">Meeting ID: </span><span style="font-size:16px;color:#252424">241 883 905 116</span><br>
        <span style="font-size:14px;color:#252424">Passcode: </span><span style="font-size:16px;color:#252424">q7Lm2R</span></div>
        </div></div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_WIN_MOUNTAIN}
BEGIN:VEVENT
ORGANIZER;CN="Carrillo, Adriana":mailto:adriana.carrillo@sunlandrmc.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gabriel.montoya@example.org:mailto:gabriel.montoya@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Oyelaran, Mark":mailto:mark.oyelaran@sunlandrmc.org
DESCRIPTION;LANGUAGE=en-US:Hi Gabriel\\,\\n\\nThank you for applying to the Materials Management Analyst position.\\n
UID:040000008200E00074C5B7101A82E00800000000A1C3E5F7D553DD01000000000000000010000000E2F2B0C4A6D8E04A9C1B3D5F7E9A0B1C
SUMMARY;LANGUAGE=en-US:Interview - Materials Management Analyst - Gabriel Montoya
DTSTART;TZID=Mountain Standard Time:20261015T130000
DTEND;TZID=Mountain Standard Time:20261015T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261009T222031Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2120774391
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}}
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjM4YTk1ZDEtMmE0Ny00YzQ2LWI4OTEtYjg1ZDc3%40thread.v2/0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("NAM04-BN8-obe.outbound.protection.outlook.com", "40.107.100.93", sent, DEN, "Sx3xCh9q")),
        ("From", '"Carrillo, Adriana" <adriana.carrillo@sunlandrmc.org>'),
        ("To", '"gabriel.montoya@example.org" <gabriel.montoya@example.org>'),
        ("CC", '"Oyelaran, Mark" <mark.oyelaran@sunlandrmc.org>'),
        ("Subject", "Interview - Materials Management Analyst - Gabriel Montoya"),
        ("Thread-Topic", "Interview - Materials Management Analyst - Gabriel Montoya"),
        ("Thread-Index", "AdtYb3Lq0yVtN4hFQ0yq1m4Qe6c2Vw=="),
        ("Date", date(sent, DEN)),
        ("Message-ID", "<BN8PR19MB27306E0D4A1C8B9F2E7A3D61C4B50@BN8PR19MB2730.namprd19.prod.outlook.com>"),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(page), calendar(ics, cte="base64")))


@make.mail(n(10), family="google_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-10-28T00:00:00Z", end="2026-10-28T00:30:00Z",
           contact="brandon.lujan@mesaaltadist.com", company="Mesa Alta Distribution",
           local="Tue 2026-10-27 18:00", local_end="2026-10-27 18:30", zone=DEN,
           note="Google Calendar invitation from an Albuquerque hiring manager: Tue 27 Oct 6pm-6:30pm MDT, "
                "which is already Wed 28 Oct in UTC (ICS DTSTART in UTC); contact = organizer")
def _p10():
    sent = "2026-10-22 13:41:09"
    body = t("""
        You have been invited to the following event.

        Gabriel Montoya / Mesa Alta - Transportation Analyst (HM interview)
        When
        Tuesday Oct 27, 2026 6pm – 6:30pm Mountain Time - Denver

        Joining info
        Join with Google Meet
        https://meet.google.com/ayb-mhtq-zrw

        Calendar
        gabriel.montoya@example.org

        Who
        • Brandon Lujan - organizer
        • gabriel.montoya@example.org

        Gabriel - sorry for the late slot, I'm on the road in Gallup all week and this is the one
        window I have before our plan-of-record meeting. 30 min, mostly about your lane costing work.
        - Brandon

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=M2Y0aDFrcXQ4

        Reply for gabriel.montoya@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=M2Y0aDFrcXQ4&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=M2Y0aDFrcXQ4&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=M2Y0aDFrcXQ4&rst=3
        More options https://calendar.google.com/calendar/event?action=VIEW&eid=M2Y0aDFrcXQ4

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organizer,
        be added to the guest list, invite others regardless of their own invitation status, or
        modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
        """)
    page = t("""
        <span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="Invitation from Brandon Lujan"/></span></span>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <h2 style="font-size:22px;font-weight:400">Gabriel Montoya / Mesa Alta - Transportation Analyst (HM interview)</h2>
        <table><tr><td style="color:#70757a;width:90px">When</td><td>Tuesday Oct 27, 2026 &#8901; 6pm &ndash; 6:30pm (Mountain Time - Denver)</td></tr>
        <tr><td style="color:#70757a">Joining info</td><td><a href="https://meet.google.com/ayb-mhtq-zrw">Join with Google Meet</a><br>meet.google.com/ayb-mhtq-zrw</td></tr>
        <tr><td style="color:#70757a">Who</td><td>Brandon Lujan &ndash; organizer<br>gabriel.montoya@example.org</td></tr></table>
        <p style="white-space:pre-wrap">Gabriel - sorry for the late slot, I&#39;m on the road in Gallup all week and this is the one window I have before our plan-of-record meeting. 30 min, mostly about your lane costing work.
        - Brandon</p>
        <p>Reply for gabriel.montoya@example.org <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=M2Y0aDFrcXQ4&amp;rst=1">Yes</a> <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=M2Y0aDFrcXQ4&amp;rst=2">No</a> <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=M2Y0aDFrcXQ4&amp;rst=3">Maybe</a></p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261028T000000Z
DTEND:20261028T003000Z
DTSTAMP:20261022T194109Z
ORGANIZER;CN=Brandon Lujan:mailto:brandon.lujan@mesaaltadist.com
UID:3f4h1kqt8b0m2v6r9c5s7d1e0a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Brandon Lujan;X-NUM-GUESTS=0:mailto:brandon.lujan@mesaaltadist.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gabriel.montoya@example.org;X-NUM-GUESTS=0:mailto:gabriel.montoya@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/ayb-mhtq-zrw
CREATED:20261022T194108Z
DESCRIPTION:Gabriel - sorry for the late slot\\, I'm on the road in Gallup all week and this is the one window I have before our plan-of-record meeting. 30 min\\, mostly about your lane costing work.\\n- Brandon
LAST-MODIFIED:20261022T194108Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Gabriel Montoya / Mesa Alta - Transportation Analyst (HM interview)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail-sor-f73.google.com", "209.85.220.73", sent, DEN, "gC4l3nd9")),
        ("From", addr("Brandon Lujan", "brandon.lujan@mesaaltadist.com")),
        ("Reply-To", addr("Brandon Lujan", "brandon.lujan@mesaaltadist.com")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", "Invitation: Gabriel Montoya / Mesa Alta - Transportation Analyst (HM interview) "
                    "@ Tue Oct 27, 2026 6pm - 6:30pm (MDT) (gabriel.montoya@example.org)"),
        ("Date", date(sent, DEN)),
        ("Message-ID", "<calendar-4b1d7e0a-2c59-4f16-9a3e-61d0f7c8b245@google.com>"),
    ], mixed(alt(text(body), html(page), calendar(ics)),
             calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@make.mail(n(11), family="icims", lang="en", interview=True, kind="scheduled",
           start="2026-11-02T15:00:00Z", end="2026-11-02T17:00:00Z",
           contact="staci.wooten@sentinelrange.com", company="Sentinel Range Systems",
           local="Mon 2026-11-02 08:00", local_end="2026-11-02 10:00", zone=DEN,
           note="iCIMS notice from a base contractor, sent Tue 27 Oct in MDT; the interview (0800-1000) is "
                "Mon 2 Nov, the day after DST ends, so MST (UTC-7) -> 15:00Z; windows-1252 QP body; "
                "contact = recruiter's address in the body")
def _p11():
    sent = "2026-10-27 07:58:16"
    body = t("""
        Gabriel,

        Thank you for your interest in Sentinel Range Systems. We are pleased to confirm your
        on-site interview for Requisition 2026-4471, Logistics Management Specialist – Materiel
        Readiness (Secret clearance eligible).

        Date:          Monday, November 2, 2026
        Report time:   0800 – 1000 MST
        Location:      Range Road Visitor Center, Bldg 1123 – check in at the visitor desk
        Panel:         J. Arredondo (Program Manager), T. Kim (Supply Lead), S. Wooten (Recruiting)

        Please note that daylight saving time ends Sunday, November 1 – the report time above is
        Mountain Standard Time. Allow 30 minutes for the visitor pass process; you will need a
        REAL ID–compliant driver’s license or a passport. Vehicles are subject to inspection.

        Cell phones and smart watches are not permitted in the interview building. Lockers are
        available at the Visitor Center.

        Questions: Staci Wooten, Sr. Technical Recruiter, staci.wooten@sentinelrange.com,
        (915) 555-0119.

        Respectfully,
        Sentinel Range Systems Talent Acquisition

        ***This is an automated message sent by the iCIMS Talent Platform. Replies to this
        address are not monitored.***
        """)
    return message([
        ("Received", rcv("mta21.talent.icims.com", "64.94.44.121", sent, DEN, "iC1m5Rng")),
        ("From", addr("Sentinel Range Systems Talent Acquisition", "sentinelrange-notifications@talent.icims.com")),
        ("To", ME_TO),
        ("Subject", "Interview Confirmation - Req 2026-4471 Logistics Management Specialist"),
        ("Date", date(sent, DEN)),
        ("Message-ID", "<icims.2026-4471.11833907.1793109496@talent.icims.com>"),
        ("X-Mailer", "iCIMS Mailer"),
    ], text(body, charset="windows-1252"))


@make.mail(n(12), family="ashby", lang="en", interview=True, kind="scheduled",
           start="2026-11-09T18:00:00Z", end="2026-11-09T18:45:00Z",
           contact="nadia@calicheanalytics.com", company="Caliche Analytics",
           local="Mon 2026-11-09 11:00", local_end="2026-11-09 11:45", zone=DEN,
           note="Ashby confirmation for a remote team, time shown in the candidate's zone (MST after 1 Nov); "
                "ICS in UTC; base64 text+html; contact = Reply-To recruiter (also ORGANIZER)")
def _p12():
    sent = "2026-11-03 12:09:50"
    body = t("""
        Hi Gabriel,

        Your interview with Caliche Analytics is confirmed. We're looking forward to speaking with you!

        Monday, November 9, 2026
        11:00 AM – 11:45 AM MST
        Zoom: https://calicheanalytics.zoom.us/j/84410297733

        You'll meet with:
          Jonah Whitcombe — Lead, Trade Data Products
          Nadia Ferreira — Recruiter

        This is a case-style conversation: we'll share a small dataset of 7501 entry lines on screen
        and talk through how you'd reconcile duty paid against the broker's statements.

        Questions? Just reply and it will reach Nadia Ferreira.

        Thanks,
        Caliche Analytics Recruiting
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1f2328">
        <p>Hi Gabriel,</p>
        <p>Your interview with Caliche Analytics is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><strong>Monday, November 9, 2026</strong><br>11:00 AM – 11:45 AM MST<br>
        Zoom: <a href="https://calicheanalytics.zoom.us/j/84410297733">https://calicheanalytics.zoom.us/j/84410297733</a></p>
        <p>You&#x27;ll meet with:<br>&nbsp;&nbsp;Jonah Whitcombe — Lead, Trade Data Products<br>&nbsp;&nbsp;Nadia Ferreira — Recruiter</p>
        <p>This is a case-style conversation: we&#x27;ll share a small dataset of 7501 entry lines on screen and talk through how you&#x27;d reconcile duty paid against the broker&#x27;s statements.</p>
        <p>Questions? Just reply and it will reach Nadia Ferreira.</p>
        <p>Thanks,<br>Caliche Analytics Recruiting</p>
        <p style="color:#8c959f;font-size:11px">Powered by Ashby</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-7a3c91d2-5e0f-4b88-a1c6-93f2e6d0b417
DTSTAMP:20261103T190950Z
DTSTART:20261109T180000Z
DTEND:20261109T184500Z
SEQUENCE:0
SUMMARY:Caliche Analytics – Trade Data Analyst Interview
LOCATION:https://calicheanalytics.zoom.us/j/84410297733
ORGANIZER;CN=Nadia Ferreira:mailto:nadia@calicheanalytics.com
ATTENDEE;CN=Gabriel Montoya;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabriel.montoya@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("a48-112.smtp-out.amazonses.com", "54.240.48.112", sent, DEN, "aShb7Xr2")),
        ("From", addr("Caliche Analytics", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Nadia Ferreira", "nadia@calicheanalytics.com")),
        ("To", ME_TO),
        ("Subject", "Interview confirmed: Trade Data Analyst at Caliche Analytics"),
        ("Date", date(sent, DEN)),
        ("Message-ID", "<0100019a4f21c3e8-7d6b2a90-3c41-4e7f-b8d2-09a6e5f13c77-000000@email.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(n(13), family="zoom", lang="en", interview=True, kind="scheduled",
           start="2026-12-09T00:15:00Z", end=None,
           contact="abenavides@riograndecustoms.com", company="Río Grande Customs Brokerage",
           local="Tue 2026-12-08 17:15", zone=DEN,
           note="Forward to self (message/rfc822): the original from the hiring manager (Thu 3 Dec) says "
                "'next Tuesday at 5:15 PM' with a pasted Zoom block 'Dec 8, 2026 05:15 PM Mountain Time'; "
                "MST -> 00:15Z on 9 Dec; no length; contact = the forwarded sender, never the candidate")
def _p13():
    orig_sent = "2026-12-03 16:52:27"
    sent = "2026-12-03 20:40:05"
    inner_body = t("""
        Gabriel,

        Good talking to you at the CBP trade day. As discussed, confirming our Zoom interview next
        Tuesday at 5:15 PM - after our close of business, sorry for the late hour, it's the only
        time our compliance VP is free during December. Bring questions about the bonded warehouse
        side; that's where we need the help.

        Arturo

        Arturo Benavides | Director of Operations
        Río Grande Customs Brokerage, LLC
        Licensed Customs Broker | Santa Teresa - El Paso - Zaragoza
        915-555-0137

        Arturo Benavides is inviting you to a scheduled Zoom meeting.

        Topic: Río Grande CB - Interview G. Montoya
        Time: Dec 8, 2026 05:15 PM Mountain Time (US and Canada)

        Join Zoom Meeting
        https://us06web.zoom.us/j/81730549921?pwd=Vm1hQ0t4bXlQb2dXU3ZrUmdUcU9BQT09

        Meeting ID: 817 3054 9921
        Passcode: 553817

        ---

        One tap mobile
        +13462487799,,81730549921#,,,,*553817# US (Houston)
        +16694449171,,81730549921#,,,,*553817# US

        Dial by your location
        • +1 346 248 7799 US (Houston)
        • +1 669 444 9171 US

        Meeting ID: 817 3054 9921
        Passcode: 553817

        Find your local number: https://us06web.zoom.us/u/kd9RzL0Xq
        """)
    inner = message([
        ("From", addr("Arturo Benavides", "abenavides@riograndecustoms.com")),
        ("To", addr("Gabe Montoya", "gabe.montoya@example.net")),
        ("Subject", "Zoom interview - Rio Grande Customs Brokerage"),
        ("Date", date(orig_sent, DEN)),
        ("Message-ID", "<MW4PR12MB69872F0A31C8E41D2B9A7C55E3D04@MW4PR12MB6987.namprd12.prod.outlook.com>"),
    ], text(inner_body, cte="quoted-printable"))
    body = t("""
        fwd to self so it's in the job search folder. bring the bonded whse questions + C-TPAT notes

        Sent from my phone
        """)
    return message([
        ("Received", rcv("mail-pj1-f48.google.com", "209.85.216.48", sent, DEN, "fWdS3lf0")),
        ("From", addr("Gabe Montoya", "gabe.montoya@example.net")),
        ("To", ME_TO),
        ("Subject", "Fwd: Zoom interview - Rio Grande Customs Brokerage"),
        ("Date", date(sent, DEN)),
        ("Message-ID", "<CAJx7nPq0dWm3f1Yk8L2bH9Zt@mail.gmail.com>"),
    ], mixed(text(body, cte="7bit"), attached_message(inner, filename="Zoom interview.eml")))


@make.mail(n(14), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
           start="2026-11-19T22:30:00Z", end="2026-11-19T23:00:00Z",
           contact="lorena.tafoya@chihuahuancoldchain.com", company="Chihuahuan Cold Chain",
           local="Thu 2026-11-19 15:30", local_end="2026-11-19 16:00", zone=DEN,
           note="SmartRecruiters notice for an Albuquerque employer: the body gives only the day "
                "(Thursday, November 19); the time 15:30-16:00 is only in the ICS (TZID America/Denver, MST); "
                "contact = human ORGANIZER")
def _p14():
    sent = "2026-11-13 09:26:18"
    body = t("""
        Dear Gabriel,

        Thank you for your application for Inventory Control Analyst at Chihuahuan Cold Chain
        (Albuquerque, NM).

        We would like to confirm your video interview on Thursday, November 19, 2026. The calendar
        invitation attached to this email contains the interview time and the Microsoft Teams link -
        please add it to your calendar.

        What to expect: a conversation with Lorena Tafoya (HR Business Partner) and Sam Archuleta
        (Warehouse Operations Manager) about cycle counting, FEFO rotation and WMS reporting.

        Best regards,
        Chihuahuan Cold Chain Talent Team

        You are receiving this email because you applied for a job via SmartRecruiters.
        Privacy Policy: https://www.smartrecruiters.com/privacy-policy/
        """)
    page = t("""
        <html><body style="background:#f2f4f7;margin:0;padding:20px">
        <div style="max-width:600px;margin:0 auto;background:#fff;padding:28px;font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#242424">
        <img src="https://c.smartrecruiters.com/sr-company-logo-prod/chihuahuan-cold-chain.png" alt="Chihuahuan Cold Chain" height="40">
        <p>Dear Gabriel,</p>
        <p>Thank you for your application for <b>Inventory Control Analyst</b> at Chihuahuan Cold Chain (Albuquerque, NM).</p>
        <p>We would like to confirm your video interview on <b>Thursday, November 19, 2026</b>. The calendar invitation attached to this email contains the interview time and the Microsoft Teams link &ndash; please add it to your calendar.</p>
        <p>What to expect: a conversation with Lorena Tafoya (HR Business Partner) and Sam Archuleta (Warehouse Operations Manager) about cycle counting, FEFO rotation and WMS reporting.</p>
        <p>Best regards,<br>Chihuahuan Cold Chain Talent Team</p>
        <hr style="border:none;border-top:1px solid #e5e5e5">
        <p style="font-size:11px;color:#888">You are receiving this email because you applied for a job via SmartRecruiters. <a href="https://www.smartrecruiters.com/privacy-policy/">Privacy Policy</a></p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
{VTZ_DENVER}
BEGIN:VEVENT
UID:sr-int-0c8e1f54-2b7a-4d93-8e61-7fa3c25d9b10@smartrecruiters.com
DTSTAMP:20261113T162618Z
DTSTART;TZID=America/Denver:20261119T153000
DTEND;TZID=America/Denver:20261119T160000
SUMMARY:Interview: Inventory Control Analyst - Chihuahuan Cold Chain
LOCATION:Microsoft Teams
DESCRIPTION:Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2M3ZjE0OWQt%40thread.v2/0
ORGANIZER;CN=Lorena Tafoya:mailto:lorena.tafoya@chihuahuancoldchain.com
ATTENDEE;CN=Gabriel Montoya;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:gabriel.montoya@example.org
ATTENDEE;CN=Sam Archuleta;PARTSTAT=ACCEPTED:mailto:sam.archuleta@chihuahuancoldchain.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail1.smartrecruiters.com", "52.17.204.11", sent, DEN, "sMrT9r3c")),
        ("From", addr("Chihuahuan Cold Chain", "noreply@smartrecruiters.com")),
        ("To", ME_TO),
        ("Subject", "Your interview with Chihuahuan Cold Chain"),
        ("Date", date(sent, DEN)),
        ("Message-ID", "<sr.msg.0c8e1f54.2b7a.4d93@smartrecruiters.com>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, filename="interview.ics", disposition="attachment", name_param=True)))


@make.mail(n(15), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-12-01T15:00:00Z", end="2026-12-01T17:30:00Z",
           contact="kelsey.marsh@trinitycrossdock.com", company="Trinity Crossdock",
           local="Tue 2026-12-01 09:00", local_end="2026-12-01 11:30", zone=CHI,
           note="GoodTime on-site itinerary at a Dallas firm, all times CST: 9:00-9:45, 10:00-10:45, "
                "11:00-11:30 -> first start 15:00Z to last end 17:30Z; contact = Reply-To coordinator")
def _p15():
    sent = "2026-11-24 15:37:02"
    body = t("""
        Hi Gabriel,

        We're excited to host you in Dallas! Here is your on-site interview itinerary for the
        Network Optimization Analyst role.

        Tuesday, December 1, 2026 - all times Central Standard Time (CST)

          9:00 AM - 9:45 AM    Hiring Manager conversation - Priya Venkataraman
         10:00 AM - 10:45 AM   Analytics panel - Jake Moreno, Lin Zhao
         11:00 AM - 11:30 AM   Cross-dock floor walk - Darnell Hughes (closed-toe shoes, please)

        Location: Trinity Crossdock, 4800 Mountain Creek Pkwy, Building C, Dallas, TX 75236
        Check in at the front lobby; visitor parking is on the east side.

        Travel: your flight ELP -> DAL on Monday evening and the hotel are booked; confirmations
        come separately from our travel desk.

        Questions? Reply to this email to reach me directly.

        Kelsey Marsh
        Recruiting Coordinator, Trinity Crossdock

        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#2d3748;font-size:14px">
        <p>Hi Gabriel,</p>
        <p>We're excited to host you in Dallas! Here is your on-site interview itinerary for the <b>Network Optimization Analyst</b> role.</p>
        <p><b>Tuesday, December 1, 2026</b> &middot; all times Central Standard Time (CST)</p>
        <table cellpadding="6" style="border:1px solid #e2e8f0;border-collapse:collapse">
        <tr style="background:#f7fafc"><th align="left">Time</th><th align="left">Session</th><th align="left">With</th></tr>
        <tr><td>9:00 AM &ndash; 9:45 AM</td><td>Hiring Manager conversation</td><td>Priya Venkataraman</td></tr>
        <tr><td>10:00 AM &ndash; 10:45 AM</td><td>Analytics panel</td><td>Jake Moreno, Lin Zhao</td></tr>
        <tr><td>11:00 AM &ndash; 11:30 AM</td><td>Cross-dock floor walk (closed-toe shoes, please)</td><td>Darnell Hughes</td></tr>
        </table>
        <p><b>Location:</b> Trinity Crossdock, 4800 Mountain Creek Pkwy, Building C, Dallas, TX 75236<br>Check in at the front lobby; visitor parking is on the east side.</p>
        <p><b>Travel:</b> your flight ELP &rarr; DAL on Monday evening and the hotel are booked; confirmations come separately from our travel desk.</p>
        <p>Questions? Reply to this email to reach me directly.</p>
        <p>Kelsey Marsh<br>Recruiting Coordinator, Trinity Crossdock</p>
        <p style="font-size:11px;color:#a0aec0">Scheduled with GoodTime</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("o7.mail.goodtime.io", "149.72.134.55", sent, CHI, "g00dT1m3")),
        ("From", addr("Kelsey Marsh via GoodTime", "scheduling@goodtime.io")),
        ("Reply-To", addr("Kelsey Marsh", "kelsey.marsh@trinitycrossdock.com")),
        ("To", ME_TO),
        ("Subject", "Your on-site interview itinerary - Trinity Crossdock (Tue, Dec 1)"),
        ("Date", date(sent, CHI)),
        ("Message-ID", "<gt-itin-55e3b0a1c7d94f2e@goodtime.io>"),
    ], alt(text(body), html(page)))


@make.mail(n(16), family="human_prose", lang="en", interview=True, kind="scheduled",
           start="2026-12-10T21:00:00Z", end=None,
           contact="rochoa@lomablancatransport.com", company="Transportes Loma Blanca",
           local="Thu 2026-12-10 14:00", zone=DEN,
           note="Terse phone reply 'Confirmed tmrw 2pm' resolved against Date (Wed 9 Dec, MST) -> Thu 10 Dec "
                "14:00 MST; the quoted message from the candidate proposes Thursday at 2; contact = sender")
def _p16():
    sent = "2026-12-09 12:47:33"
    body = t("""
        Confirmed tmrw 2pm. Dock 4 - ask for me at the guard shack, they'll call me up

        Rubén

        Sent from my iPhone

        > On Dec 9, 2026, at 11:02 AM, Gabriel Montoya <gabriel.montoya@example.org> wrote:
        >
        > Hi Rubén, thanks for getting back to me. Thursday at 2 works for me for the dispatch
        > analyst interview. Should I come to the yard on Americas Ave or the office downtown?
        >
        > Gabriel
        """)
    return message([
        ("Received", rcv("mail-yw1-f170.google.com", "209.85.128.170", sent, DEN, "1ph0n3Rb")),
        ("From", addr("Rubén Ochoa", "rochoa@lomablancatransport.com")),
        ("To", ME_TO),
        ("Subject", "Re: Dispatch analyst position"),
        ("Date", date(sent, DEN)),
        ("Message-ID", "<8B2F4E61-0C7A-4D93-A1E5-27F9C3B6D0A4@lomablancatransport.com>"),
        ("In-Reply-To", "<CAGm0ntZ81kq2LwV0o3aD@mail.gmail.com>"),
        ("References", "<CAGm0ntZ81kq2LwV0o3aD@mail.gmail.com>"),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ], text(body, params="format=flowed; delsp=yes"))


@make.mail(n(17), family="exchange", lang="en", interview=True, kind="rescheduled",
           start="2026-10-16T16:30:00Z", end="2026-10-16T17:30:00Z",
           contact="adriana.carrillo@sunlandrmc.org", company="Sunland Regional Medical Center",
           local="Fri 2026-10-16 10:30", local_end="2026-10-16 11:30", zone=DEN,
           note="Outlook meeting update (SEQUENCE:1) moving the hospital interview from Thu 15 Oct 1:00 PM to "
                "Fri 16 Oct 10:30-11:30 AM MDT; old time in the prose, new in 'When:' and ICS; contact = "
                "organizer. Same thread as the scheduled Exchange request")
def _p17():
    sent = "2026-10-12 08:05:47"
    teams = TEAMS_BLOCK.format(mid="ZjM4YTk1ZDEtMmE0Ny00YzQ2LWI4OTEtYjg1ZDc3", num="241 883 905 116",
                               pw="q7Lm2R", pin="604 118 227")
    body = t("""
        When: Friday, October 16, 2026 10:30 AM-11:30 AM (UTC-07:00) Mountain Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hi Gabriel,

        Mark got pulled into a Joint Commission readiness review on Thursday afternoon, so I've moved
        us from Thursday 10/15 at 1:00 PM to Friday 10/16 at 10:30 AM. Same Teams link, same agenda.
        Sorry for the shuffle - please accept the updated invite.

        Adriana

        """) + teams
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="EN-US"><div class="WordSection1">
        <p class="MsoNormal">Hi Gabriel,</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Mark got pulled into a Joint Commission readiness review on Thursday afternoon, so I&#8217;ve moved us from Thursday 10/15 at 1:00 PM to <b>Friday 10/16 at 10:30 AM</b>. Same Teams link, same agenda. Sorry for the shuffle &#8211; please accept the updated invite.</p>
        <p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Adriana</p>
        <div style="margin-top:24px"><span style="font-size:24px;color:#252424;font-family:'Segoe UI'">Microsoft Teams meeting</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjM4YTk1ZDEtMmE0Ny00YzQ2LWI4OTEtYjg1ZDc3%40thread.v2/0">Click here to join the meeting</a></div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_WIN_MOUNTAIN}
BEGIN:VEVENT
ORGANIZER;CN="Carrillo, Adriana":mailto:adriana.carrillo@sunlandrmc.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gabriel.montoya@example.org:mailto:gabriel.montoya@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Oyelaran, Mark":mailto:mark.oyelaran@sunlandrmc.org
UID:040000008200E00074C5B7101A82E00800000000A1C3E5F7D553DD01000000000000000010000000E2F2B0C4A6D8E04A9C1B3D5F7E9A0B1C
SUMMARY;LANGUAGE=en-US:Interview - Materials Management Analyst - Gabriel Montoya
DTSTART;TZID=Mountain Standard Time:20261016T103000
DTEND;TZID=Mountain Standard Time:20261016T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261012T140547Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTSEQ:1
X-MICROSOFT-CDO-OWNERAPPTID:2120774391
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("NAM04-BN8-obe.outbound.protection.outlook.com", "40.107.100.94", sent, DEN, "Ud8t3Rs1")),
        ("From", '"Carrillo, Adriana" <adriana.carrillo@sunlandrmc.org>'),
        ("To", '"gabriel.montoya@example.org" <gabriel.montoya@example.org>'),
        ("CC", '"Oyelaran, Mark" <mark.oyelaran@sunlandrmc.org>'),
        ("Subject", "Updated: Interview - Materials Management Analyst - Gabriel Montoya"),
        ("Thread-Topic", "Interview - Materials Management Analyst - Gabriel Montoya"),
        ("Thread-Index", "AdtYb3Lq0yVtN4hFQ0yq1m4Qe6c2VwAEh2Tp"),
        ("Date", date(sent, DEN)),
        ("Message-ID", "<BN8PR19MB2730A1F4C7E92D3B5C8A0E17F4D63@BN8PR19MB2730.namprd19.prod.outlook.com>"),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
    ], alt(text(body), html(page), calendar(ics, cte="base64")))


@make.mail(n(18), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start="2026-11-03T15:00:00Z", end=None,
           contact="courtney.ames@bluebonnetintermodal.com", company="Bluebonnet Intermodal",
           local="Tue 2026-11-03 09:00", zone=CHI,
           note="Dallas recruiter moves the call from Fri 10/30 3 PM CT (CDT) to Tue 11/3 9:00 AM CT; sent in "
                "CDT, the new slot is after DST ends so CST (UTC-6) -> 15:00Z, which the mail also gives as "
                "8:00 AM El Paso (MST); US MM/DD dates; contact = sender")
def _p18():
    sent = "2026-10-29 16:10:22"
    body = t("""
        Hi Gabriel,

        Quick change on our end - Rick (our VP of Intermodal) has to be in Laredo on Friday, so we
        need to move your 3:00 PM CT call on 10/30.

        I've rebooked you for Tuesday 11/3 at 9:00 AM CT (8:00 AM your time in El Paso - remember
        the clocks change this weekend). Same Teams link, and the updated invite is on its way.
        Rick, Shawna from pricing and I will all be on. If Tuesday is a problem just let me know,
        but I figured a morning slot would be easier around your current job.

        Thanks for your flexibility!

        Courtney Ames
        Senior Recruiter | Bluebonnet Intermodal
        2201 N. Stemmons Fwy, Suite 900, Dallas TX 75207
        c: 214-555-0182
        """)
    page = t("""
        <html><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Hi Gabriel,</p>
        <p>Quick change on our end &ndash; Rick (our VP of Intermodal) has to be in Laredo on Friday, so we need to move your 3:00 PM CT call on 10/30.</p>
        <p>I&rsquo;ve rebooked you for <b>Tuesday 11/3 at 9:00 AM CT</b> (8:00 AM your time in El Paso &ndash; remember the clocks change this weekend). Same Teams link, and the updated invite is on its way. Rick, Shawna from pricing and I will all be on. If Tuesday is a problem just let me know, but I figured a morning slot would be easier around your current job.</p>
        <p>Thanks for your flexibility!</p>
        <p><b>Courtney Ames</b><br>Senior Recruiter | Bluebonnet Intermodal<br>2201 N. Stemmons Fwy, Suite 900, Dallas TX 75207<br>c: 214-555-0182</p>
        </div></body></html>
        """)
    return message([
        ("Received", rcv("NAM10-MW2-obe.outbound.protection.outlook.com", "40.107.94.52", sent, CHI, "bB0nn3tz")),
        ("From", addr("Courtney Ames", "courtney.ames@bluebonnetintermodal.com")),
        ("To", ME_TO),
        ("Subject", "Need to move Friday's call - Bluebonnet Intermodal"),
        ("Date", date(sent, CHI)),
        ("Message-ID", "<MW2PR18MB22843B7D1E0A9C6F4E2D8B31A7C05@MW2PR18MB2284.namprd18.prod.outlook.com>"),
        ("In-Reply-To", "<MW2PR18MB2284F0C3A2B7E81D9C46E5B2D1A93@MW2PR18MB2284.namprd18.prod.outlook.com>"),
        ("Thread-Topic", "Pricing Analyst - next steps"),
    ], alt(text(body), html(page)))


@make.mail(n(19), family="human_prose", lang="es", interview=True, kind="rescheduled",
           start="2026-10-14T16:00:00Z", end="2026-10-14T17:30:00Z",
           contact="vsaldana@ensamblesmedanos.com.mx", company="Ensambles Médanos",
           local="Wed 2026-10-14 10:00", local_end="2026-10-14 11:30", zone=JRZ,
           note="Spanish reschedule from the Juárez maquiladora: second interview moved from 'martes 13 de "
                "octubre a las 11:00' to 'miércoles 14 de octubre a las 10:00 a.m. (hora de Cd. Juárez)', "
                "'duración: hora y media' -> end 11:30; Juárez = UTC-6 in October; iso-8859-1 QP")
def _p19():
    sent = "2026-10-08 17:22:40"
    body = t("""
        Gabriel, buenas tardes:

        Te escribo para mover la segunda entrevista (con el Director de Planta, Ing. Rodolfo
        Treviño, y recorrido por el área de importación temporal) que teníamos el martes 13 de
        octubre a las 11:00. El Ing. Treviño tiene auditoría de IMMEX ese día y no la puede mover.

        La nueva fecha queda así:

            Miércoles 14 de octubre a las 10:00 a.m. (hora de Cd. Juárez)
            Duración: hora y media
            Lugar: mismo que la vez pasada, Av. de las Industrias 4410, recepción edificio B

        Ya avisé en caseta para que tengan tu nombre en la lista. Confírmame de recibido, por favor.

        Saludos cordiales,

        Ing. Verónica Saldaña
        Jefa de Reclutamiento
        Ensambles Médanos S.A. de C.V.
        Tel. +52 656 555 0190
        """)
    return message([
        ("Received", rcv("mail-sn1nam02.outbound.protection.outlook.com", "40.107.93.44", sent, JRZ, "Cmb10Fch")),
        ("From", addr("Verónica Saldaña", "vsaldana@ensamblesmedanos.com.mx", charset="iso-8859-1")),
        ("To", ME_TO),
        ("Subject", enc("Cambio de fecha – segunda entrevista (Analista de Cadena de Suministro)", "utf-8")),
        ("Date", date(sent, JRZ)),
        ("Message-ID", "<SN6PR02MB41129C2E7F05A3D1B8E6C4A0F3B71@SN6PR02MB4112.namprd02.prod.outlook.com>"),
        ("Content-Language", "es-MX"),
    ], text(body, charset="iso-8859-1"))


@make.mail(n(20), family="calendly", lang="en", interview=True, kind="rescheduled",
           start="2026-12-15T18:00:00Z", end="2026-12-15T18:30:00Z",
           contact="marisol@borderlandtalent.com", company="Borderland Talent Partners",
           local="Tue 2026-12-15 11:00", local_end="2026-12-15 11:30", zone=DEN,
           note="Calendly 'rescheduled' mail from the agency: former Mon 14 Dec 2:00pm, updated Tue 15 Dec "
                "11:00am-11:30am Mountain (MST); ICS attached; contact = Reply-To host (also ORGANIZER)")
def _p20():
    sent = "2026-12-10 10:44:19"
    body = t("""
        Hi Gabriel Montoya,

        Your Client Interview - Border 3PL (Ops Analyst) with Marisol Quintana has been rescheduled.

        Former: 02:00pm - 02:30pm (Mountain Time - US & Canada) on Monday, December 14, 2026
        Updated: 11:00am - 11:30am (Mountain Time - US & Canada) on Tuesday, December 15, 2026

        Rescheduled by: Marisol Quintana
        Reason: The client's ops manager flies to Monterrey Monday afternoon. Tuesday morning
        instead - he and I will both be on the call.

        Location:
        Google Meet - https://meet.google.com/tex-nvqm-brd

        Cancel: https://calendly.com/cancellations/c5d0f28a-13e7-4b5b-9a0c-6e2f8d417b93
        Reschedule: https://calendly.com/reschedulings/c5d0f28a-13e7-4b5b-9a0c-6e2f8d417b93

        Powered by Calendly.com
        """)
    page = t("""
        <!DOCTYPE html><html><body style="margin:0;background:#f4f4f4">
        <table width="100%"><tr><td align="center">
        <table width="560" style="background:#fff;font-family:Helvetica,sans-serif;color:#1a1a1a;padding:32px"><tr><td>
        <p>Hi Gabriel Montoya,</p>
        <p>Your Client Interview - Border 3PL (Ops Analyst) with Marisol Quintana has been rescheduled.</p>
        <p><b>Former:</b> <s>02:00pm - 02:30pm (Mountain Time - US &amp; Canada) on Monday, December 14, 2026</s><br>
        <b>Updated:</b> 11:00am - 11:30am (Mountain Time - US &amp; Canada) on Tuesday, December 15, 2026</p>
        <p><b>Rescheduled by:</b> Marisol Quintana<br><b>Reason:</b> The client&#39;s ops manager flies to Monterrey Monday afternoon. Tuesday morning instead - he and I will both be on the call.</p>
        <p><b>Location:</b><br>Google Meet - <a href="https://meet.google.com/tex-nvqm-brd">https://meet.google.com/tex-nvqm-brd</a></p>
        <p style="color:#999;font-size:12px">Powered by Calendly.com</p>
        </td></tr></table></td></tr></table></body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Calendly//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:c5d0f28a-13e7-4b5b-9a0c-6e2f8d417b93@calendly.com
DTSTAMP:20261210T174419Z
DTSTART:20261215T180000Z
DTEND:20261215T183000Z
SEQUENCE:1
SUMMARY:Client Interview - Border 3PL (Ops Analyst) between Marisol Quintana and Gabriel Montoya
LOCATION:https://meet.google.com/tex-nvqm-brd
ORGANIZER;CN=Marisol Quintana:mailto:marisol@borderlandtalent.com
ATTENDEE;CN=Gabriel Montoya;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:gabriel.montoya@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("o3.email.calendly.com", "168.245.76.22", sent, DEN, "cL3nRsch")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Marisol Quintana", "marisol@borderlandtalent.com")),
        ("To", ME_TO),
        ("Subject", "Updated: Client Interview - Border 3PL (Ops Analyst) with Marisol Quintana on "
                    "Tuesday, December 15, 2026"),
        ("Date", date(sent, DEN)),
        ("Message-ID", "<calendly.invitee.rescheduled.c5d0f28a-13e7-4b5b-9a0c-6e2f8d417b93@calendly.com>"),
    ], mixed(alt(text(body), html(page)), calendar(ics, filename="invite.ics", disposition="attachment")))


@make.mail(n(21), family="workable", lang="en", interview=True, kind="cancelled",
           start="2026-11-12T19:00:00Z", end="2026-11-12T19:45:00Z",
           contact="rosa.quintero@tumbleweedaudit.com", company="Tumbleweed Freight Audit",
           local="Thu 2026-11-12 12:00", local_end="2026-11-12 12:45", zone=DEN,
           note="Workable cancellation with METHOD:CANCEL ICS; the cancelled slot Thu 12 Nov 12:00-12:45 PM "
                "MST; new times to follow; Reply-To is a Workable relay, contact = recruiter's address in body")
def _p21():
    sent = "2026-11-09 14:18:51"
    body = t("""
        Hi Gabriel,

        Unfortunately we need to cancel your interview for Freight Audit & Pay Analyst (Remote),
        scheduled for Thursday, November 12, 2026, 12:00 PM - 12:45 PM MST.

        Our hiring manager, Dev Patel, is out unexpectedly this week. I'll reach out with new times
        as soon as I can - in the meantime feel free to write to me directly at
        rosa.quintero@tumbleweedaudit.com.

        Apologies for the inconvenience,
        Rosa Quintero
        People Team, Tumbleweed Freight Audit
        """)
    page = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:14px;color:#212b36">
        <p>Hi Gabriel,</p>
        <p>Unfortunately we need to cancel your interview for <b>Freight Audit &amp; Pay Analyst (Remote)</b>, scheduled for <b>Thursday, November 12, 2026, 12:00 PM - 12:45 PM MST</b>.</p>
        <p>Our hiring manager, Dev Patel, is out unexpectedly this week. I'll reach out with new times as soon as I can - in the meantime feel free to write to me directly at <a href="mailto:rosa.quintero@tumbleweedaudit.com">rosa.quintero@tumbleweedaudit.com</a>.</p>
        <p>Apologies for the inconvenience,<br>Rosa Quintero<br>People Team, Tumbleweed Freight Audit</p>
        <p style="font-size:11px;color:#919eab">Sent with Workable</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Events//EN
VERSION:2.0
METHOD:CANCEL
{VTZ_DENVER}
BEGIN:VEVENT
UID:workable-event-8c61f0a2-77d4@workable.com
DTSTAMP:20261109T211851Z
DTSTART;TZID=America/Denver:20261112T120000
DTEND;TZID=America/Denver:20261112T124500
SEQUENCE:2
STATUS:CANCELLED
SUMMARY:Cancelled: Interview - Freight Audit & Pay Analyst (Remote) - Gabriel Montoya
ORGANIZER;CN=Tumbleweed Freight Audit:mailto:tumbleweed-freight-audit+e8c61f0a@candidates.workablemail.com
ATTENDEE;CN=Gabriel Montoya:mailto:gabriel.montoya@example.org
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail10.workablemail.com", "159.135.224.10", sent, DEN, "wRkb1Cnx")),
        ("From", addr("Tumbleweed Freight Audit", "tumbleweed-freight-audit@candidates.workablemail.com")),
        ("Reply-To", "tumbleweed-freight-audit+e8c61f0a@candidates.workablemail.com"),
        ("To", ME_TO),
        ("Subject", "Interview cancelled: Freight Audit & Pay Analyst (Remote)"),
        ("Date", date(sent, DEN)),
        ("Message-ID", "<wk.8c61f0a2.77d4.cancel@workablemail.com>"),
    ], mixed(alt(text(body), html(page)), calendar(ics, method="CANCEL", filename="cancel.ics",
                                                   disposition="attachment")))


@make.mail(n(22), family="taleo", lang="en", interview=True, kind="cancelled",
           start="2026-11-16T20:00:00Z", end=None,
           contact="dolores.baca@fronteradefense.com", company="Frontera Defense Services",
           local="Mon 2026-11-16 13:00", zone=DEN,
           note="Taleo cancellation (HTML only, iso-8859-1 QP) from a defense contractor: the Mon 16 Nov "
                "1:00 PM MST interview is cancelled, requisition on hold, no new time; contact = recruiter "
                "address in the body")
def _p22():
    sent = "2026-11-10 09:02:11"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body><font face="Arial" size="2">
        <p>Dear Gabriel Montoya,</p>
        <p>This is to inform you that your interview for the position of <b>Supply Technician Lead</b> (Requisition 2600318),
        scheduled for <b>Monday, November 16, 2026 at 1:00 PM MST</b>, has been <b>cancelled</b>.</p>
        <p>The requisition has been placed on hold pending the contract award. We will contact you should the position reopen.
        Your application will remain active in our system for 12 months.</p>
        <p>If you have questions, please contact Dolores Baca, Recruiter, at
        <a href="mailto:dolores.baca@fronteradefense.com">dolores.baca@fronteradefense.com</a>.</p>
        <p>We appreciate your interest in Frontera Defense Services.</p>
        <p>Sincerely,<br>Frontera Defense Services &middot; Human Resources<br>El Paso, Texas</p>
        <p><font size="1" color="#808080">Please do not reply to this message. This mailbox is not monitored. &copy; Frontera Defense Services. Tous droits r&eacute;serv&eacute;s &agrave; leurs propri&eacute;taires.</font></p>
        </font></body></html>
        """)
    return message([
        ("Received", rcv("mx-out2.taleo.net", "160.34.8.77", sent, DEN, "tAl30Cx1")),
        ("From", addr("Frontera Defense Services", "fronteradefense@taleo.net")),
        ("To", ME_TO),
        ("Subject", "Interview Cancellation - Supply Technician Lead (2600318)"),
        ("Date", date(sent, DEN)),
        ("Message-ID", "<1731254531.4471.TALEO.fronteradefense@taleo.net>"),
    ], html(page, charset="iso-8859-1"))


@make.mail(n(23), family="human_prose", lang="en", interview=True, kind="cancelled",
           start="2026-12-04T16:00:00Z", end=None,
           contact="jtran@elmforksupply.com", company="Elm Fork Supply Co.",
           local="Fri 2026-12-04 10:00", zone=CHI,
           note="Dallas recruiter cancels 'tomorrow's 10:00 CT call' (Date Thu 3 Dec) -> Fri 4 Dec 10:00 CST; "
                "the quoted earlier confirmation states the same slot; new times to follow; contact = sender")
def _p23():
    sent = "2026-12-03 08:05:38"
    body = t("""
        Hi Gabriel,

        I'm so sorry - I have to cancel tomorrow's 10:00 CT call with Greg. He's out sick (flu going
        around the office). I'll send over new times early next week once I can see his calendar.

        Apologies again!
        Jasmine

        On Mon, Nov 30, 2026 at 9:12 AM Jasmine Tran <jtran@elmforksupply.com> wrote:
        > Hi Gabriel,
        >
        > You're confirmed for Friday, Dec 4 at 10:00 AM Central with Greg Halvorsen, our Director
        > of Demand Planning. He'll call your cell. Plan on 45 minutes.
        >
        > Jasmine Tran
        > Talent Acquisition, Elm Fork Supply Co. | Dallas, TX
        """)
    return message([
        ("Received", rcv("mail-io1-f54.google.com", "209.85.166.54", sent, CHI, "eLmF0rk2")),
        ("From", addr("Jasmine Tran", "jtran@elmforksupply.com")),
        ("To", ME_TO),
        ("Subject", "Re: Demand Planning Analyst - phone interview"),
        ("Date", date(sent, CHI)),
        ("Message-ID", "<CAF8kR2s0xYQ7m4zT1vLdNq3c@mail.gmail.com>"),
        ("In-Reply-To", "<CAF8kR2rM1a9Wq0pE5jHzBt6y@mail.gmail.com>"),
        ("References", "<CAF8kR2rM1a9Wq0pE5jHzBt6y@mail.gmail.com>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body))))


# =========================================================================== negatives


@make.mail(n(24), family="rejection", lang="en", interview=False, company="Franklin Ridge Logistics",
           note="Greenhouse rejection after the 15 Sep interview (mentions the past interview date); "
                "nothing scheduled", days=(("Tue", "2026-09-15"),))
def _n24():
    sent = "2026-09-25 11:12:09"
    body = t("""
        Hi Gabriel,

        Thank you for taking the time to interview with Kyle on Tuesday, September 15 for the Supply
        Chain Analyst II (Cross-Border Operations) role, and for your patience while we finished
        our conversations with other candidates.

        After careful consideration, we have decided to move forward with a candidate whose
        experience more closely matches our current needs on the Laredo corridor. This was a
        difficult decision - the team enjoyed your perspective on the El Paso / Santa Teresa split.

        We'd love to keep in touch as new roles open up in our Southwest region.

        All the best,
        Dana Whitfield
        Talent Acquisition | Franklin Ridge Logistics
        """)
    return message([
        ("Received", rcv("o1.ptr4412.us.greenhouse-mail.io", "167.89.12.41", sent, CHI, "rJ3ct10n")),
        ("From", addr("Dana Whitfield (Franklin Ridge Logistics)", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Dana Whitfield", "dana.whitfield@franklinridgelogistics.com")),
        ("To", ME_TO),
        ("Subject", "Update on your application - Franklin Ridge Logistics"),
        ("Date", date(sent, CHI)),
        ("Message-ID", "<Hx8fT2nR0kWq4aLm9dPz1A@geopod-ismtpd-3>"),
    ], alt(text(body), html(gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Arial">'))))


@make.mail(n(25), family="offer", lang="en", interview=False, company="Saguaro Freightworks",
           note="Offer letter mail: mentions the past interviews, a response deadline and a first-day "
                "orientation at 8:00 AM Arizona time; an offer, not an interview",
           days=(("Fri", "2026-10-09"), ("Mon", "2026-11-30")))
def _n25():
    sent = "2026-10-02 15:30:44"
    body = t("""
        Hi Gabriel,

        On behalf of everyone you met during your interviews, I'm delighted to offer you the position
        of Supply Chain Planning Analyst at Saguaro Freightworks!

        Your offer letter is attached and will also arrive for e-signature via DocuSign. Highlights:

          - Base salary: $78,500, plus a 6% annual bonus target
          - Relocation package up to $7,500 for the move to Phoenix
          - Proposed start date: Monday, November 30, 2026
          - New-hire orientation on your first day begins at 8:00 AM Arizona time at our
            Tempe office (1550 W. Rio Salado Pkwy)

        We'd appreciate your answer by Friday, October 9. I'm happy to set up a call with Omar if
        you have questions about the team or the relocation.

        Congratulations!
        Tessa Bright
        Recruiting Manager, Saguaro Freightworks
        tessa.bright@saguarofreight.com | 480-555-0107
        """)
    pdf = make.Part([("Content-Type", 'application/pdf; name="Offer_Letter_G_Montoya.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Offer_Letter_G_Montoya.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    b"JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\r\n"
                    b"YmoKdHJhaWxlcgo8PC9Sb290IDEgMCBSPj4KJSVFT0YK\r\n")
    return message([
        ("Received", rcv("mail-pf1-f171.google.com", "209.85.210.171", sent, PHX, "0ff3rSgr")),
        ("From", addr("Tessa Bright", "tessa.bright@saguarofreight.com")),
        ("To", ME_TO),
        ("Subject", "Offer of employment - Supply Chain Planning Analyst"),
        ("Date", date(sent, PHX)),
        ("Message-ID", "<CAH3sgR0f4fer7Zq1xP9mBv2K@mail.gmail.com>"),
    ], mixed(text(body, cte="7bit"), pdf))


@make.mail(n(26), family="application_ack", lang="en", interview=False, company="Hafenkraft Logistics",
           note="Personio application receipt for a remote US role at a German company; 'we will contact "
                "you to arrange an interview' is conditional, nothing fixed")
def _n26():
    sent = "2026-09-14 16:03:27"
    body = t("""
        Dear Gabriel Montoya,

        Thank you for your application as Customs & Trade Compliance Analyst - North America (Remote)
        and for your interest in Hafenkraft Logistics.

        We have received your documents and will review them carefully. If your profile matches the
        requirements, we will contact you within the next two weeks to arrange a first interview with
        our team in Hamburg and our US lead in Chicago.

        You can check the status of your application at any time here:
        https://hafenkraft.jobs.personio.com/application-status/4e1c2b9a

        Kind regards,
        Your Hafenkraft Logistics Recruiting Team

        --
        Hafenkraft Logistics GmbH · Am Sandtorkai 41 · 20457 Hamburg
        This email was sent automatically. Please do not reply.
        """)
    return message([
        ("Received", rcv("mail-eu1.personio.de", "18.184.97.203", sent, "Europe/Berlin", "pErs10n4")),
        ("From", addr("Hafenkraft Logistics", "no-reply@mail.personio.de")),
        ("To", ME_TO),
        ("Subject", "Your application as Customs & Trade Compliance Analyst - North America (Remote)"),
        ("Date", date(sent, "Europe/Berlin")),
        ("Message-ID", "<a7f0c3e2-9b41-4d8e-b2a6-5c1d8e7f0a93@mail.personio.de>"),
        ("Auto-Submitted", "auto-generated"),
    ], text(body, cte="base64"))


@make.mail(n(27), family="job_alert", lang="en", interview=False, company=None,
           note="Job-board digest for El Paso supply-chain roles; 'Interviewing now' and 'Schedule an "
                "interview today' badges are marketing, not a confirmation")
def _n27():
    sent = "2026-10-06 06:15:00"
    body = t("""
        JobPulse - 8 new jobs for "supply chain analyst" near El Paso, TX

        Logistics Analyst - Borderplex Cold Storage - El Paso, TX
        $62,000 - $70,000 a year · Interviewing now
        Apply in 1 click: https://www.jobpulse.example.com/r/8c1e2f

        Import/Export Compliance Specialist - Tres Puentes Brokers - Santa Teresa, NM
        Schedule an interview today! Hiring event Thursday 10 AM - 2 PM
        https://www.jobpulse.example.com/r/a91d03

        Supply Chain Analyst (Hybrid) - Pecos Valley Foods - Albuquerque, NM
        Urgently hiring · Responds within 1 day
        https://www.jobpulse.example.com/r/0fb7c4

        Transportation Planner - Mission Ridge 3PL - Ciudad Juárez, CHIH (bilingual)
        Easily apply
        https://www.jobpulse.example.com/r/77e2a5

        ... and 4 more: https://www.jobpulse.example.com/alerts/d41c

        You're receiving this because you created a job alert. Unsubscribe:
        https://www.jobpulse.example.com/unsubscribe?a=d41c
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;background:#fafafa">
        <h3>8 new jobs for &quot;supply chain analyst&quot; near El Paso, TX</h3>
        <div style="background:#fff;padding:12px;margin:8px 0;border:1px solid #ddd"><b>Logistics Analyst</b><br>Borderplex Cold Storage &middot; El Paso, TX<br>$62,000 - $70,000 a year <span style="background:#e6f4ea;color:#137333;padding:2px 6px">Interviewing now</span><br><a href="https://www.jobpulse.example.com/r/8c1e2f">Apply in 1 click</a></div>
        <div style="background:#fff;padding:12px;margin:8px 0;border:1px solid #ddd"><b>Import/Export Compliance Specialist</b><br>Tres Puentes Brokers &middot; Santa Teresa, NM<br><span style="color:#c5221f">Schedule an interview today!</span> Hiring event Thursday 10 AM - 2 PM<br><a href="https://www.jobpulse.example.com/r/a91d03">View job</a></div>
        <div style="background:#fff;padding:12px;margin:8px 0;border:1px solid #ddd"><b>Supply Chain Analyst (Hybrid)</b><br>Pecos Valley Foods &middot; Albuquerque, NM<br>Urgently hiring &middot; Responds within 1 day<br><a href="https://www.jobpulse.example.com/r/0fb7c4">View job</a></div>
        <div style="background:#fff;padding:12px;margin:8px 0;border:1px solid #ddd"><b>Transportation Planner</b><br>Mission Ridge 3PL &middot; Ciudad Ju&aacute;rez, CHIH (bilingual)<br>Easily apply<br><a href="https://www.jobpulse.example.com/r/77e2a5">View job</a></div>
        <p><a href="https://www.jobpulse.example.com/alerts/d41c">See all 8 jobs</a></p>
        <p style="font-size:11px;color:#777">You're receiving this because you created a job alert. <a href="https://www.jobpulse.example.com/unsubscribe?a=d41c">Unsubscribe</a></p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mta-104.alerts.jobpulse.example.com", "198.51.100.104", sent, DEN, "j0bAl3rt")),
        ("From", addr("JobPulse", "alert@alerts.jobpulse.example.com")),
        ("To", ME),
        ("Subject", "8 new jobs for supply chain analyst near El Paso, TX"),
        ("Date", date(sent, DEN)),
        ("Message-ID", "<20261006121500.d41c.8@alerts.jobpulse.example.com>"),
        ("List-Unsubscribe", "<https://www.jobpulse.example.com/unsubscribe?a=d41c>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(page)))


@make.mail(n(28), family="newsletter_followup_blog", lang="en", interview=False, company=None,
           note="Substack newsletter post about following up after an interview, with example times "
                "('Tuesday at 10'); nothing is scheduled for the reader")
def _n28():
    sent = "2026-10-17 07:00:12"
    body = t("""
        THE BORDER FREIGHT BRIEF
        Issue #112 - The 24-hour rule

        Say your panel interview was Tuesday at 10 AM. By Wednesday at 10 AM your thank-you note
        should already be sitting in every interviewer's inbox - not just the recruiter's.

        Three things readers asked about this week:

        1. Do I follow up if the recruiter said "we'll be in touch Friday"? Yes - Monday morning,
           two lines, no guilt trip.
        2. Should the note mention the bridge-wait data I quoted? Absolutely. Recall one specific
           thing you discussed; it proves you listened.
        3. Spanish or English for the maquila HR team? Match whatever they used to invite you.

        Also in this issue: Zaragoza commercial lanes back to 24/7, and our reader meetup
        (Thursday, October 29 at 6:30 PM at Deadbeach Brewery - free, no RSVP).

        Paloma Ybarra
        The Border Freight Brief

        Unsubscribe https://borderfreightbrief.substack.com/action/disable_email
        """)
    page = "<html><body style=\"font-family:Georgia,serif;max-width:620px\">" + "".join(
        f"<p>{line}</p>" for line in body.replace("&", "&amp;").split("\n\n")) + "</body></html>\n"
    return message([
        ("Received", rcv("mail-a.substack.com", "54.212.119.78", sent, DEN, "sUbStk28")),
        ("From", addr("The Border Freight Brief", "borderfreightbrief@substack.com")),
        ("To", ME),
        ("Subject", "The 24-hour rule (and what to write after your interview)"),
        ("Date", date(sent, DEN)),
        ("Message-ID", "<20261017130012.3.5f1a0e7c9d2b4a61@substack.com>"),
        ("List-Unsubscribe", "<https://borderfreightbrief.substack.com/action/disable_email>"),
        ("List-Id", "<borderfreightbrief.substack.com>"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(page)))


@make.mail(n(29), family="scheduling_link", lang="en", interview=False, company="Ocotillo Trade Systems",
           note="Recruitee self-scheduling invitation from a Phoenix firm: lists open slots (Arizona time) "
                "and asks the candidate to pick one; nothing booked yet",
           days=(("Tue", "2026-10-20"), ("Wed", "2026-10-21"), ("Thu", "2026-10-22")))
def _n29():
    sent = "2026-10-14 10:48:31"
    body = t("""
        Hi Gabriel,

        Thanks for applying for Trade Analytics Associate at Ocotillo Trade Systems! We'd like to
        invite you to a 30-minute video interview with our hiring manager.

        Please choose a time that suits you using the link below. Current openings (Arizona time,
        MST) include:

          Tue, Oct 20 - 9:00 AM, 10:30 AM, 2:00 PM
          Wed, Oct 21 - 11:00 AM, 3:30 PM
          Thu, Oct 22 - 8:30 AM, 1:00 PM

        Pick your slot: https://ocotillotrade.recruitee.com/o/trade-analytics-associate/schedule/9f2c71

        Slots are first come, first served; you'll get a confirmation with the video link once you
        book.

        Best,
        Mateo Garza
        Ocotillo Trade Systems
        """)
    return message([
        ("Received", rcv("mailer.recruitee.com", "35.157.81.15", sent, PHX, "r3cRu1t3")),
        ("From", addr("Mateo Garza | Ocotillo Trade Systems", "no-reply@recruitee.com")),
        ("Reply-To", "ocotillotrade+c9f2c71@inbox.recruitee.com"),
        ("To", ME_TO),
        ("Subject", "Book your interview - Trade Analytics Associate"),
        ("Date", date(sent, PHX)),
        ("Message-ID", "<rc.9f2c71.1792000111@recruitee.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(n(30), family="recruiter_outreach", lang="en", interview=False, company="Redline Search Group",
           note="LinkedIn InMail notification from an agency recruiter: asks for a chat 'sometime next "
                "week', no time fixed")
def _n30():
    sent = "2026-09-16 17:22:05"
    body = t("""
        Gabriel, you have a new message

        Brittany Olsen
        Senior Recruiter, Supply Chain & Logistics at Redline Search Group

        "Hi Gabriel - your background in cross-border (USMCA origin work + the Juárez maquila side)
        is exactly what one of my Dallas clients has been struggling to find. It's a Manager,
        Trade Operations role, hybrid, with relocation. Would you be open to a quick 15-minute chat
        sometime next week? Happy to work around your schedule."

        Reply: https://www.linkedin.com/messaging/thread/2-YzE0ZmQ5

        This email was intended for Gabriel Montoya (Supply Chain Analyst at Paso Norte Freight
        Solutions). Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        """)
    page = t("""
        <html><body style="font-family:-apple-system,system-ui,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#000000e6">
        <table width="512" align="center"><tr><td>
        <p style="font-size:20px">Gabriel, you have a new message</p>
        <p><b>Brittany Olsen</b><br><span style="color:#00000099">Senior Recruiter, Supply Chain &amp; Logistics at Redline Search Group</span></p>
        <p style="background:#f3f2ef;padding:12px;border-radius:8px">Hi Gabriel - your background in cross-border (USMCA origin work + the Ju&aacute;rez maquila side) is exactly what one of my Dallas clients has been struggling to find. It's a Manager, Trade Operations role, hybrid, with relocation. Would you be open to a quick 15-minute chat sometime next week? Happy to work around your schedule.</p>
        <p><a href="https://www.linkedin.com/messaging/thread/2-YzE0ZmQ5" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none">Reply</a></p>
        <p style="font-size:12px;color:#00000099">This email was intended for Gabriel Montoya (Supply Chain Analyst at Paso Norte Freight Solutions).
        <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Unsubscribe</a><br>&copy; 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</p>
        </td></tr></table></body></html>
        """)
    return message([
        ("Received", rcv("mailb-hd.linkedin.com", "108.174.3.11", sent, CHI, "l1nK3d1n")),
        ("From", addr("Brittany Olsen via LinkedIn", "inmail-hit-reply@linkedin.com")),
        ("To", ME_TO),
        ("Subject", "Brittany Olsen sent you a new message"),
        ("Date", date(sent, CHI)),
        ("Message-ID", "<1187340125.4419201.1789600925311@lva1-app40221.prod.linkedin.com>"),
        ("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe>"),
    ], alt(text(body), html(page)))


@make.mail(n(31), family="proposed_times", lang="en", interview=False, company="Bluebonnet Intermodal",
           note="Dallas recruiter proposes two options (Thu 10/29 10 AM CT or Fri 10/30 3 PM CT) and asks "
                "which works; not confirmed. Earlier in the thread of the Bluebonnet reschedule",
           days=(("Thu", "2026-10-29"), ("Fri", "2026-10-30")))
def _n31():
    sent = "2026-10-23 11:41:57"
    body = t("""
        Hi Gabriel,

        Great speaking with you yesterday! Rick would like to meet you for the Pricing Analyst role.
        Would either of these work for a 45-minute Teams call?

          - Thursday 10/29 at 10:00 AM CT
          - Friday 10/30 at 3:00 PM CT

        If neither works, send me two or three windows next week and I'll make it happen. Once you
        pick, I'll send the calendar invite.

        Courtney Ames
        Senior Recruiter | Bluebonnet Intermodal
        c: 214-555-0182
        """)
    return message([
        ("Received", rcv("NAM10-MW2-obe.outbound.protection.outlook.com", "40.107.94.50", sent, CHI, "pR0p0s3d")),
        ("From", addr("Courtney Ames", "courtney.ames@bluebonnetintermodal.com")),
        ("To", ME_TO),
        ("Subject", "Pricing Analyst - next steps"),
        ("Date", date(sent, CHI)),
        ("Message-ID", "<MW2PR18MB2284F0C3A2B7E81D9C46E5B2D1A93@MW2PR18MB2284.namprd18.prod.outlook.com>"),
        ("Thread-Topic", "Pricing Analyst - next steps"),
    ], text(body, charset="windows-1252"))


@make.mail(n(32), family="non_interview_appointment", lang="en", interview=False, company=None,
           note="Doctor's office appointment reminder with a fixed time; a personal appointment, not an "
                "interview", days=(("Wed", "2026-09-23"),))
def _n32():
    sent = "2026-09-21 09:00:03"
    body = t("""
        Del Sol Family Medicine - Appointment Reminder

        Hello Gabriel,

        This is a reminder of your upcoming appointment:

        Provider:  Dr. Lucia Armendáriz, MD
        Date:      Wednesday, September 23, 2026
        Time:      8:15 AM (please arrive 15 minutes early)
        Location:  Del Sol Family Medicine - Eastside, 10301 Gateway Blvd W, Suite 200

        Annual physical. Please fast for 10 hours before your visit (water is OK).

        To confirm, reply C. To cancel or reschedule, call (915) 555-0155 at least 24 hours ahead.

        Please do not reply to this email with medical questions; use the patient portal.
        """)
    return message([
        ("Received", rcv("mail.patientreminders.example.net", "203.0.113.45", sent, DEN, "dRs0L32x")),
        ("From", addr("Del Sol Family Medicine", "reminders@patientreminders.example.net")),
        ("To", ME),
        ("Subject", "Appointment reminder: Wed Sep 23 at 8:15 AM"),
        ("Date", date(sent, DEN)),
        ("Message-ID", "<apptrem.55120931.20260921@patientreminders.example.net>"),
        ("Auto-Submitted", "auto-generated"),
    ], text(body, charset="iso-8859-1", cte="8bit"))


@make.mail(n(33), family="non_interview_appointment", lang="en", interview=False, company=None,
           note="Car-service appointment confirmation with a fixed time (Sat 10 Oct 8:00 AM); not an "
                "interview", days=(("Sat", "2026-10-10"),))
def _n33():
    sent = "2026-10-07 13:26:40"
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <h2 style="color:#b71c1c">Montana Ave Auto Care</h2>
        <p>Hi Gabriel,</p>
        <p>Your service appointment is confirmed.</p>
        <table border="0" cellpadding="3">
        <tr><td><b>Vehicle</b></td><td>2019 Honda CR-V EX (TX plate ***4KD)</td></tr>
        <tr><td><b>Services</b></td><td>60k-mile service, brake inspection, A/C check</td></tr>
        <tr><td><b>Drop-off</b></td><td>Saturday, October 10, 2026 at 8:00 AM</td></tr>
        <tr><td><b>Estimated ready</b></td><td>around 1:00 PM</td></tr>
        <tr><td><b>Advisor</b></td><td>Ray Fierro</td></tr>
        </table>
        <p>Shuttle service available within 5 miles. Need to change your appointment? Call (915) 555-0131.</p>
        <p style="font-size:11px;color:#777">Montana Ave Auto Care &middot; 9120 Montana Ave, El Paso, TX 79925</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("smtp.shopmonkey-mail.example.com", "198.51.100.23", sent, DEN, "c4rS3rv1")),
        ("From", addr("Montana Ave Auto Care", "service@montanaaveauto.example.com")),
        ("To", ME_TO),
        ("Subject", "Appointment Confirmed - Sat, Oct 10 at 8:00 AM"),
        ("Date", date(sent, DEN)),
        ("Message-ID", "<appt-77120-20261007@montanaaveauto.example.com>"),
    ], html(page))


@make.mail(n(34), family="non_interview_appointment", lang="en", interview=False, company=None,
           note="Parent-teacher conference confirmation (school messaging platform) with a fixed time; not "
                "an interview", days=(("Thu", "2026-10-22"),))
def _n34():
    sent = "2026-10-15 15:10:00"
    body = t("""
        Sierra Vista Elementary
        Fall Parent-Teacher Conferences

        Dear Gabriel Montoya,

        Your conference for Sofía Montoya (2nd grade) has been scheduled:

        Teacher:  Ms. Karina Ontiveros, Room 14
        When:     Thursday, October 22, 2026, 4:15 PM - 4:30 PM
        Where:    In person (virtual available on request)

        Please bring any questions about reading benchmarks. Spanish interpretation is available -
        Hay intérpretes disponibles; avísenos con un día de anticipación.

        Sent via ParentLink. Reply STOP to opt out of conference reminders.
        """)
    return message([
        ("Received", rcv("out-12.parentlink-mail.example.com", "192.0.2.77", sent, DEN, "pTcOnf34")),
        ("From", addr("Sierra Vista Elementary", "no-reply@parentlink-mail.example.com")),
        ("To", ME),
        ("Subject", enc("Conference scheduled: Sofía Montoya - Thu Oct 22, 4:15 PM")),
        ("Date", date(sent, DEN)),
        ("Message-ID", "<plk.conf.88123.20261015@parentlink-mail.example.com>"),
    ], text(body, cte="quoted-printable"))


@make.mail(n(35), family="non_interview_calendar", lang="en", interview=False, company=None,
           note="Exchange meeting request from the current employer (peak-season planning, Windows zone "
                "'Mountain Standard Time'); a work meeting, not an interview",
           days=(("Wed", "2026-09-16"),))
def _n35():
    sent = "2026-09-10 10:02:18"
    body = t("""
        When: Wednesday, September 16, 2026 9:00 AM-10:30 AM (UTC-07:00) Mountain Time (US & Canada).
        Where: Conf Rm Chamizal / Teams

        Team - let's lock the Q4 peak plan: carrier allocations for the Zaragoza and Ysleta crossings,
        the overflow yard in Santa Teresa, and weekend coverage for customs entries. Gabriel, please
        bring the lane-volume forecast.

        Thanks,
        Leticia

        """) + TEAMS_BLOCK.format(mid="OGIxZDQ0YWQtNTk2Ni00ZjI2LWJjMDAt", num="318 004 552 901", pw="Zk3pQ9",
                                  pin="771 230 468")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_WIN_MOUNTAIN}
BEGIN:VEVENT
ORGANIZER;CN="Gutierrez, Leticia":mailto:lgutierrez@pasonortefreight.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Montoya, Gabriel":mailto:gmontoya@pasonortefreight.example.com
UID:040000008200E00074C5B7101A82E00800000000C4E6A8B0D553DD01000000000000000010000000F1A3C5E7092B4D6F8A1C3E5B7D9F0A2C
SUMMARY;LANGUAGE=en-US:Q4 Peak Season Planning
DTSTART;TZID=Mountain Standard Time:20260916T090000
DTEND;TZID=Mountain Standard Time:20260916T103000
DTSTAMP:20260910T160218Z
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Conf Rm Chamizal / Teams
STATUS:CONFIRMED
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("NAM11-CO1-obe.outbound.protection.outlook.com", "40.107.220.41", sent, DEN, "w0rkMtg3")),
        ("From", '"Gutierrez, Leticia" <lgutierrez@pasonortefreight.example.com>'),
        ("To", '"Montoya, Gabriel" <gmontoya@pasonortefreight.example.com>'),
        ("Subject", "Q4 Peak Season Planning"),
        ("Date", date(sent, DEN)),
        ("Message-ID", "<CO1PR13MB48822D0E4A7F9C1B3E5A8D60B2C47@CO1PR13MB4882.namprd13.prod.outlook.com>"),
        ("X-MS-Exchange-Organization-AuthAs", "Internal"),
        ("Resent-To", ME),
    ], alt(text(body), calendar(ics)))


@make.mail(n(36), family="marketing_webinar", lang="en", interview=False, company=None,
           note="Zoom webinar registration for 'Ace your supply-chain interview' with ICS; a webinar, not "
                "an interview", days=(("Thu", "2026-11-05"),))
def _n36():
    sent = "2026-10-30 12:00:41"
    body = t("""
        Hi Gabriel,

        Thank you for registering for "Ace Your Supply Chain Interview: STAR Stories for Analysts".

        Date & Time: Nov 5, 2026 06:00 PM Central Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us02web.zoom.us/w/86120934471?tk=Qm9yZGVyQ2FyZWVy

        Add to calendar: Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar

        You can cancel your registration at any time.

        Hosted by Logistics Careers Collective
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
{VTZ["America/Chicago"]}
BEGIN:VEVENT
DTSTAMP:20261030T170041Z
DTSTART;TZID=America/Chicago:20261105T180000
DTEND;TZID=America/Chicago:20261105T190000
SUMMARY:Ace Your Supply Chain Interview: STAR Stories for Analysts
UID:20261030T170041Z-86120934471@zoom.us
DESCRIPTION:Webinar. Join: https://us02web.zoom.us/w/86120934471
LOCATION:https://us02web.zoom.us/w/86120934471
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("zoom-mail0.zoom.us", "170.114.10.80", sent, CHI, "w3b1n4r5")),
        ("From", addr("Logistics Careers Collective", "no-reply@zoom.us")),
        ("To", ME_TO),
        ("Subject", "Ace Your Supply Chain Interview: STAR Stories for Analysts Confirmation"),
        ("Date", date(sent, CHI)),
        ("Message-ID", "<web.86120934471.reg.9d1f@zoom.us>"),
    ], mixed(text(body), calendar(ics, method="PUBLISH", filename="webinar.ics", disposition="attachment")))


@make.mail(n(37), family="mock_interview", lang="en", interview=False, company=None,
           note="Calendly booking of a paid mock interview with a career coach (Mon 12 Oct 7:00pm MDT); "
                "a coaching session, not a job interview", days=(("Mon", "2026-10-12"),))
def _n37():
    sent = "2026-10-06 21:14:07"
    body = t("""
        Hi Gabriel Montoya,

        Your Mock Interview + Feedback (60 min) with Tamara Reyes Coaching at 07:00pm (Mountain Time -
        US & Canada) on Monday, October 12, 2026 is scheduled.

        Event Type:
        Mock Interview + Feedback (60 min)

        Event Date/Time:
        07:00pm - 08:00pm (Mountain Time - US & Canada) on Monday, October 12, 2026

        Location:
        Zoom - details to follow from Tamara

        Questions:
        Which interview are you preparing for?
        Hospital supply chain analyst, panel with the director. Want to practice behavioral Qs.

        Payment: $95.00 USD (paid)

        Cancel: https://calendly.com/cancellations/0b9e4a21-7c3d-4e58-91af-d2c6e80f1b37
        Powered by Calendly.com
        """)
    return message([
        ("Received", rcv("o3.email.calendly.com", "168.245.76.23", sent, DEN, "m0cK1ntV")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Tamara Reyes", "tamara@reyescoaching.example.com")),
        ("To", ME_TO),
        ("Subject", "Confirmed: Mock Interview + Feedback (60 min) with Tamara Reyes Coaching on Monday, "
                    "October 12, 2026"),
        ("Date", date(sent, DEN)),
        ("Message-ID", "<calendly.invitee.0b9e4a21-7c3d-4e58-91af-d2c6e80f1b37@calendly.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(n(38), family="interviewer_duty", lang="en", interview=False, company=None,
           note="Greenhouse notice at the current employer asking Gabriel to INTERVIEW a candidate (he is "
                "the interviewer, with an interview kit); fixed time, not his own job interview",
           days=(("Thu", "2026-11-19"),))
def _n38():
    sent = "2026-11-16 11:40:22"
    body = t("""
        Hi Gabriel,

        You've been scheduled to interview Alexis Rivera for Logistics Coordinator (El Paso).

        Thursday, November 19, 2026
        2:00 PM - 2:30 PM MST
        Location: Conf Rm Chamizal

        Focus area: Excel / WMS skills and carrier communication.

        Your interview kit, with the questions and the scorecard, is here:
        https://app.greenhouse.io/guides/8812034/people/44120871?application_id=61920334

        Please submit your scorecard within 24 hours of the interview.

        Thanks,
        Paso Norte Freight Solutions Recruiting
        """)
    return message([
        ("Received", rcv("o2.ptr4412.us.greenhouse-mail.io", "167.89.12.42", sent, DEN, "1ntvwR38")),
        ("From", addr("Greenhouse", "no-reply@greenhouse.io")),
        ("To", addr("Gabriel Montoya", "gmontoya@pasonortefreight.example.com")),
        ("Resent-To", ME),
        ("Subject", "You've been scheduled to interview Alexis Rivera for Logistics Coordinator (El Paso)"),
        ("Date", date(sent, DEN)),
        ("Message-ID", "<Gq7vN1xR4cWz0aTe8mLp3B@geopod-ismtpd-11>"),
    ], text(body))


@make.mail(n(39), family="auto_reply", lang="en", interview=False, company="Mesa Alta Distribution",
           note="Out-of-office auto reply (Auto-Submitted: auto-replied) from the Albuquerque hiring "
                "manager; mentions his return date, nothing scheduled", days=(("Mon", "2026-11-02"),))
def _n39():
    sent = "2026-10-28 09:30:55"
    body = t("""
        Thanks for your note. I'm traveling to our Gallup and Farmington branches through Friday,
        October 30 with limited email. I'll be back in the Albuquerque office on Monday, November 2.

        For anything urgent about open positions or interview scheduling, please contact Alyssa
        Cordova in HR at 505-555-0194.

        Brandon Lujan
        Director of Transportation | Mesa Alta Distribution
        """)
    return message([
        ("Received", rcv("mail-sor-f41.google.com", "209.85.220.41", sent, DEN, "0o0fF1c3")),
        ("From", addr("Brandon Lujan", "brandon.lujan@mesaaltadist.com")),
        ("To", ME_TO),
        ("Subject", "Automatic reply: Thank you - Transportation Analyst interview"),
        ("Date", date(sent, DEN)),
        ("Message-ID", "<CAE7ooo0fFc3q1ZtR9mB2xw@mail.gmail.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Autoreply", "yes"),
        ("In-Reply-To", "<CAGm0ntQ5t9hk2YvR0nX3@mail.gmail.com>"),
    ], text(body, cte="7bit"))


@make.mail(n(40), family="bounce", lang="en", interview=False, company=None,
           note="Delivery-failure bounce of Gabriel's own thank-you note; the returned message mentions "
                "'our interview on Tuesday'; a bounce, nothing scheduled", days=(("Tue", "2026-09-15"),))
def _n40():
    sent = "2026-09-15 17:44:09"
    notice = t("""
        This is the mail system at host mx.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <kyle.brenan@franklinridgelogistics.com>: host
            franklinridgelogistics-com.mail.protection.outlook.com[52.101.9.14] said:
            550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address
            lookup (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx.example.org
        X-Postfix-Queue-ID: 4Bq7Zt2xk9z3w
        Arrival-Date: Tue, 15 Sep 2026 17:44:02 -0600 (MDT)

        Final-Recipient: rfc822; kyle.brenan@franklinridgelogistics.com
        Original-Recipient: rfc822;kyle.brenan@franklinridgelogistics.com
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; franklinridgelogistics-com.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found
        """)
    orig = message([
        ("From", ME_TO),
        ("To", "kyle.brenan@franklinridgelogistics.com"),
        ("Subject", "Thank you - Supply Chain Analyst II"),
        ("Date", date("2026-09-15 17:44:00", DEN)),
        ("Message-ID", "<CAGm0ntT7h4nkY0u9qWz1@mail.gmail.com>"),
    ], text(t("""
        Hi Kyle,

        Thank you for our interview on Tuesday morning - I enjoyed the discussion about splitting
        volume between the Ysleta and Santa Teresa ports. I'm very interested in the role.

        Best regards,
        Gabriel Montoya
        """), cte="7bit"))
    report = make.multipart(
        "report",
        text(notice, cte="7bit", extra=(("Content-Description", "Notification"),)),
        make.raw_part([("Content-Description", "Delivery report"),
                       ("Content-Type", "message/delivery-status")], status),
        make.Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], orig),
        params="report-type=delivery-status")
    return message([
        ("Received", "by mx.example.org (Postfix)\r\n id 4Bq7Zt2xk9z4a; " + date(sent, DEN)),
        ("From", "MAILER-DAEMON@mx.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date(sent, DEN)),
        ("Message-ID", "<20260915234409.4Bq7Zt2xk9z4a@mx.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], report)


@make.mail(n(41), family="mailing_list", lang="en", interview=False, company=None,
           note="Google Groups mailing-list post from a professional chapter announcing a meetup with a "
                "'mock interview corner'; an event, not an interview", days=(("Thu", "2026-10-08"),))
def _n41():
    sent = "2026-10-01 19:20:14"
    body = t("""
        Hi all,

        Reminder: our October chapter night is next Thursday, October 8, 6:00-8:00 PM at the
        Borderplex Innovation Hub (501 W. Overland, 3rd floor).

        Agenda
        6:00  Networking + tacos (thanks to Tres Puentes Brokers for sponsoring)
        6:30  Panel: "Nearshoring is here - what it means for El Paso warehousing"
        7:15  Mock interview corner - three hiring managers will run 10-minute practice interviews
              for anyone job hunting. Sign up at the door.

        Parking is free in the Overland garage after 5.

        Nancy Villalobos
        Programs Chair, Borderplex Supply Chain Council

        --
        You received this message because you are subscribed to the Google Groups "Borderplex Supply
        Chain Council" group.
        To unsubscribe from this group and stop receiving emails from it, send an email to
        bscc-members+unsubscribe@googlegroups.com.
        """)
    return message([
        ("Received", rcv("mail-sor-f69.google.com", "209.85.220.69", sent, DEN, "gGr0up41")),
        ("From", addr("Nancy Villalobos", "nancy.villalobos@example.net")),
        ("Sender", "bscc-members@googlegroups.com"),
        ("Reply-To", "bscc-members@googlegroups.com"),
        ("To", addr("Borderplex Supply Chain Council", "bscc-members@googlegroups.com")),
        ("Subject", "[BSCC] October chapter night - Thu 10/8, nearshoring panel + mock interviews"),
        ("Date", date(sent, DEN)),
        ("Message-ID", "<a1c9e7f4-3b22-4d0e-8f61-2e7b5d9c0a18n@googlegroups.com>"),
        ("Mailing-list", "list bscc-members@googlegroups.com; contact bscc-members+owners@googlegroups.com"),
        ("List-ID", "<bscc-members.googlegroups.com>"),
        ("List-Post", "<https://groups.google.com/group/bscc-members/post>, <mailto:bscc-members@googlegroups.com>"),
        ("List-Unsubscribe", "<mailto:googlegroups-manage+552190447331+unsubscribe@googlegroups.com>"),
        ("Precedence", "list"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(n(42), family="job_centre", lang="en-es", interview=False, company=None,
           note="Workforce-center (Rapid Response) appointment with a career navigator for employees of the "
                "closing office, bilingual English/Spanish, fixed time; a public-employment-service "
                "appointment, not a job interview", days=(("Tue", "2026-10-20"),))
def _n42():
    sent = "2026-10-13 08:31:00"
    body = t("""
        Borderland Workforce Center - Rapid Response Services
        Servicios de Respuesta Rápida

        Gabriel Montoya,

        As an employee affected by the announced closure of the Paso Norte Freight Solutions El Paso
        office, you are scheduled for a one-on-one appointment with a career navigator:

          Date / Fecha:  Tuesday, October 20, 2026 / martes 20 de octubre de 2026
          Time / Hora:   10:30 AM
          Place / Lugar: Borderland Workforce Center - Northeast, 9740 Dyer St., Room 104
          Navigator:     Mr. Hugo Estrada

        Please bring a photo ID, your Social Security card, and your most recent resume. We will
        review training funds (WIOA), unemployment benefit timing, and job-search workshops,
        including interview practice.

        Favor de traer identificación con foto, su tarjeta de Seguro Social y su currículum más
        reciente.

        To reschedule call / Para cambiar su cita llame al (915) 555-0109.

        This is an automated message. Do not reply.
        """)
    return message([
        ("Received", rcv("mail.borderlandworkforce.example.org", "192.0.2.140", sent, DEN, "wF0rc342")),
        ("From", addr("Borderland Workforce Center", "appointments@borderlandworkforce.example.org")),
        ("To", ME_TO),
        ("Subject", enc("Appointment scheduled / Cita programada - Tue Oct 20, 10:30 AM")),
        ("Date", date(sent, DEN)),
        ("Message-ID", "<rr-appt-30117.20261013@borderlandworkforce.example.org>"),
        ("Auto-Submitted", "auto-generated"),
    ], text(body, charset="iso-8859-15"))


@make.mail(n(43), family="press_interview", lang="en", interview=False, company=None,
           note="Terse reply from a newspaper reporter confirming an interview Gabriel GIVES about bridge "
                "wait times ('see you Thurs at 11'); a press interview, not a job interview")
def _n43():
    sent = "2026-11-10 16:02:45"
    body = t("""
        Perfect - see you Thurs at 11 at Cafe Mayapán. I'll be the one with the notebook and the bad
        parking job. Should take 30-40 min, and a photographer might swing by for a quick portrait.

        Thanks again for doing this!
        Elena

        Elena Marroquín | Business reporter
        El Paso Courier-Ledger
        915-555-0144

        On Tue, Nov 10, 2026 at 2:48 PM Gabriel Montoya <gabriel.montoya@example.org> wrote:
        > Hi Elena, happy to talk about the commercial-lane wait times for your story, on background
        > about my employer. Thursday late morning works.
        """)
    return message([
        ("Received", rcv("mail-qt1-f182.google.com", "209.85.160.182", sent, DEN, "pR3ss43x")),
        ("From", addr("Elena Marroquín", "emarroquin@courierledger.example.com")),
        ("To", ME_TO),
        ("Subject", "Re: Interview for story on bridge wait times"),
        ("Date", date(sent, DEN)),
        ("Message-ID", "<CAN5eMq0r1Qn7vXk2TzLp8dW@mail.gmail.com>"),
        ("In-Reply-To", "<CAGm0ntW2b8rq0Zx4Yp1@mail.gmail.com>"),
    ], alt(text(body, cte="8bit"), html(gmail_html(body))))


@make.mail(n(44), family="admission_interview", lang="en", interview=False, company=None,
           note="Executive MBA admission interview confirmed for Fri 6 Nov 4:00 PM MST; an admissions "
                "interview, not a job interview", days=(("Fri", "2026-11-06"),))
def _n44():
    sent = "2026-10-30 10:15:33"
    body = t("""
        Dear Gabriel,

        Thank you for submitting your application to the Executive MBA program (Fall 2027 cohort).
        We are pleased to invite you to an admissions interview.

        Date: Friday, November 6, 2026
        Time: 4:00 PM MST (please note the change to standard time on November 1)
        Format: Zoom, 30 minutes, with an alumni interviewer and a member of the admissions committee
        Link: https://rgsb.zoom.us/j/92018837710

        The interview is conversational; we'll ask about your leadership experience and your goals
        for the program. No preparation materials are required.

        Warm regards,
        Office of Graduate Admissions
        Rio Grande School of Business
        """)
    return message([
        ("Received", rcv("mail-slate.rgsb.example.edu", "192.0.2.210", sent, DEN, "mBa4dm1s")),
        ("From", addr("RGSB Graduate Admissions", "emba-admissions@rgsb.example.edu")),
        ("To", ME_TO),
        ("Subject", "Executive MBA admissions interview - confirmed"),
        ("Date", date(sent, DEN)),
        ("Message-ID", "<slate.3f1a9e0c.20261030@rgsb.example.edu>"),
    ], alt(text(body), html(gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Georgia">'))))


@make.mail(n(45), family="sports_tryout", lang="es-en", interview=False, company=None,
           note="Spanglish club message confirming an adult-soccer try-out (Saturday 8:30 AM); a sports "
                "try-out, not a job interview", days=(("Sat", "2026-09-26"),))
def _n45():
    sent = "2026-09-22 20:05:10"
    body = t("""
        Qué onda Gabriel!

        Ya quedaste en la lista para los tryouts del equipo over-30 de Coyotes FC. Es este sábado
        26 a las 8:30 am en Northeast Regional Park, cancha 3. Bring shin guards, agua y $20 for the
        league registration si te quedas. No llegues tarde porque a las 9 empezamos el scrimmage.

        Nos vemos!
        Chuy Arellano
        Coach, Coyotes FC (El Paso Adult Soccer League)
        """)
    return message([
        ("Received", rcv("mail-ua1-f51.google.com", "209.85.222.51", sent, DEN, "cY0t3s45")),
        ("From", addr("Chuy Arellano", "chuy.arellano@example.net")),
        ("To", ME_TO),
        ("Subject", enc("Tryouts sábado - Coyotes FC over 30")),
        ("Date", date(sent, DEN)),
        ("Message-ID", "<CAB1chuY9z0Qk3xWm7Rt2Lp@mail.gmail.com>"),
    ], text(body, cte="8bit"))


@make.mail(n(46), family="non_interview_appointment", lang="en", interview=False, company=None,
           note="Insurance claims adjuster's home-inspection visit with a fixed arrival window; not an "
                "interview", days=(("Wed", "2026-11-18"),))
def _n46():
    sent = "2026-11-12 14:44:29"
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Claim #HO-26-5518302 &middot; Hail damage &middot; 11248 Loma Roja Dr, El Paso, TX</p>
        <p>Hi Gabriel,</p>
        <p>Your field adjuster inspection is scheduled for <b>Wednesday, November 18, 2026, between 1:00 PM and 3:00 PM</b>.
        Kevin Ruelas will inspect the roof, the skylight and the north-facing windows; please make sure someone 18+ is home
        and the side gate is unlocked.</p>
        <p>He will text you when he is 30 minutes away. The inspection usually takes about an hour.</p>
        <p>Thank you,<br>Claims Service Team<br>Lonestar Mutual Home &amp; Auto</p>
        <p style="font-size:11px;color:#888">Please do not reply to this email. For questions call 1-800-555-0162.</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("notify.lonestarmutual.example.com", "198.51.100.62", sent, CHI, "4dJu5t46")),
        ("From", addr("Lonestar Mutual Claims", "claims-noreply@lonestarmutual.example.com")),
        ("To", ME_TO),
        ("Subject", "Inspection scheduled for claim HO-26-5518302"),
        ("Date", date(sent, CHI)),
        ("Message-ID", "<clm.5518302.insp.20261112@lonestarmutual.example.com>"),
    ], html(page, cte="base64"))


@make.mail(n(47), family="forwarded_other", lang="es-en", interview=False, company=None,
           note="Cousin forwards HER OWN Greenhouse interview confirmation (Thu 8 Oct 11:00 AM MDT) asking "
                "for tips; a confirmed interview, but not the inbox owner's", days=(("Thu", "2026-10-08"),))
def _n47():
    sent = "2026-10-03 19:12:48"
    body = t("""
        Primo!! Mira, I got the interview 😱 Any tips? You did the Franklin Ridge one and I'm freaking
        out. Is it weird to ask them about the bilingual pay differential?

        Dani

        ---------- Forwarded message ---------
        From: Greta Lindahl (Juniper Peak Health) <no-reply@us.greenhouse-mail.io>
        Date: Sat, Oct 3, 2026 at 5:40 PM
        Subject: Interview Confirmation: Patient Access Coordinator at Juniper Peak Health
        To: Daniela Montoya <daniela.montoya@example.com>

        Hi Daniela,

        Your interview for Patient Access Coordinator has been scheduled.

        When: Thursday, October 8, 2026
              11:00 AM - 11:45 AM MDT
        Where: Juniper Peak Health, 1900 N. Oregon St., 4th floor
        Interviewer: Greta Lindahl, Patient Access Manager

        If you need to make a change, just reply to this email.

        Best,
        Greta
        """)
    return message([
        ("Received", rcv("mail-oa1-f44.google.com", "209.85.160.44", sent, DEN, "dAn1Fw47")),
        ("From", addr("Daniela Montoya", "daniela.montoya@example.com")),
        ("To", ME_TO),
        ("Subject", "Fwd: Interview Confirmation: Patient Access Coordinator at Juniper Peak Health"),
        ("Date", date(sent, DEN)),
        ("Message-ID", "<CAD4n1Mt0yZx8Qp2wR5k9Lv@mail.gmail.com>"),
    ], alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@make.mail(n(48), family="radio_guest", lang="en", interview=False, company=None,
           note="Radio producer confirms Gabriel as the guest of a live call-in business show (Tue 1 Dec "
                "7:30 AM MST); a media interview, not a job interview", days=(("Tue", "2026-12-01"),))
def _n48():
    sent = "2026-11-25 12:20:07"
    body = t("""
        Hi Gabriel,

        You're confirmed as our guest on Frontera Business Hour, Tuesday, December 1 at 7:30 AM.
        Topic: holiday-season freight at the ports of entry and what shoppers in El Paso and Juárez
        will notice on the shelves.

        Please call the studio line at 915-555-0178 at 7:20 so our board op can check your audio -
        a landline or a quiet room on your cell is best. Host Ramiro Sosa will interview you for about
        12 minutes, then we'll open the phones for listener questions.

        Thanks!
        Bianca Leyva
        Producer, Frontera Business Hour
        KXPZ 1390 AM
        """)
    return message([
        ("Received", rcv("mail-wr1-f50.google.com", "209.85.221.50", sent, DEN, "r4D10g48")),
        ("From", addr("Bianca Leyva", "bianca.leyva@kxpz.example.com")),
        ("To", ME_TO),
        ("Subject", "Confirmed: Frontera Business Hour, Tue Dec 1 at 7:30 AM"),
        ("Date", date(sent, DEN)),
        ("Message-ID", "<CAPr0dUc3r7Lm2Kx9qWz4Bn@mail.gmail.com>"),
    ], text(body, cte="8bit"))


@make.mail(n(49), family="post_interview", lang="en", interview=False, company="Sunland Regional Medical Center",
           note="Post-interview 'thank you, we'll be in touch' reply from the hospital manager after the Fri "
                "16 Oct interview; nothing scheduled", days=(("Fri", "2026-10-16"),))
def _n49():
    sent = "2026-10-19 09:05:26"
    body = t("""
        Hi Gabriel,

        Thank you for the thoughtful note, and for your time on Friday. Mark and I both appreciated
        the IV-solutions backorder example - that's exactly the problem we live with.

        We're finishing the last interviews this week and expect to share next steps by early
        November.

        Best,
        Adriana

        From: Gabriel Montoya <gabriel.montoya@example.org>
        Sent: Friday, October 16, 2026 4:51 PM
        To: Carrillo, Adriana <adriana.carrillo@sunlandrmc.org>
        Subject: Thank you - Materials Management Analyst interview

        Hi Adriana, thank you for today's interview...
        """)
    return message([
        ("Received", rcv("NAM04-BN8-obe.outbound.protection.outlook.com", "40.107.100.95", sent, DEN, "p0st1v49")),
        ("From", '"Carrillo, Adriana" <adriana.carrillo@sunlandrmc.org>'),
        ("To", ME_TO),
        ("Subject", "RE: Thank you - Materials Management Analyst interview"),
        ("Date", date(sent, DEN)),
        ("Message-ID", "<BN8PR19MB27305C0E8A2D1F7B9E3C6A44D8F19@BN8PR19MB2730.namprd19.prod.outlook.com>"),
        ("Thread-Topic", "Thank you - Materials Management Analyst interview"),
    ], text(body))


@make.mail(n(50), family="non_interview_appointment", lang="en", interview=False, company=None,
           note="Square Appointments booking of a LinkedIn headshot photo session (Sat 19 Sep 10:00 AM); "
                "a photo shoot, not an interview", days=(("Sat", "2026-09-19"),))
def _n50():
    sent = "2026-09-12 18:37:52"
    body = t("""
        Your appointment is confirmed

        Professional Headshot - 30 min
        with Ximena Ortega
        Saturday, September 19, 2026 at 10:00 AM MDT

        Ortega Studio, 2910 N. Mesa St., Suite B, El Paso, TX 79902

        Bring two shirt options (solid colors photograph best). Digital files delivered in 5 business
        days, sized for LinkedIn and your resume site.

        Reschedule or cancel: https://ortegastudio.square.site/appointments/manage/7Q2KX

        Sent by Square on behalf of Ortega Studio
        """)
    return message([
        ("Received", rcv("mail.squareup.com", "74.122.190.24", sent, DEN, "sQu4r350")),
        ("From", addr("Ortega Studio", "noreply@messaging.squareup.com")),
        ("Reply-To", "ximena@ortegastudio.example.com"),
        ("To", ME_TO),
        ("Subject", "Your appointment at Ortega Studio is confirmed"),
        ("Date", date(sent, DEN)),
        ("Message-ID", "<appt.7Q2KX.confirm@messaging.squareup.com>"),
    ], alt(text(body), html(gmail_html(body))))
