"""blind86: a blind 50-mail held-out set, the inbox of a job seeker in Guadalajara (Sep-Dec 2026).

Daniela Orozco <daniela.orozco@example.org>, backend developer in Guadalajara (America/Mexico_City,
UTC-6 all year since Mexico dropped DST in 2022). Written by hand, one function per mail, without
reading the detector. Build and check with ``python3 bench/heldout/make_blind.py blind86``.

File numbers are a fixed shuffle of the writing order: the mail written ``key``-th is
``blind86_{ORDER[key-1]:03d}.eml``; keys 1-23 are the positives, 24-50 the negatives.
"""

from __future__ import annotations

import base64
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

ORDER = random.Random(86086).sample(range(1, 51), 50)

# CLDR windowsZones names that Exchange writes for Mexico; make.py's table lacks them.
make.WINDOWS_ZONES.setdefault("Central Standard Time (Mexico)", "America/Mexico_City")
make.WINDOWS_ZONES.setdefault("Pacific Standard Time (Mexico)", "America/Tijuana")
make.WINDOWS_ZONES.setdefault("Pacific Standard Time", "America/Los_Angeles")

ME = "daniela.orozco@example.org"
ME_NAME = "Daniela Orozco"
MX = "America/Mexico_City"
MTY = "America/Monterrey"
CHI = "America/Chicago"
LA = "America/Los_Angeles"
TIJ = "America/Tijuana"
MAD = "Europe/Madrid"


def N(key: int) -> str:
    return f"blind86_{ORDER[key - 1]:03d}"


def rcv(host: str, when: str, zone: str, ident: str, lag: int = 3) -> tuple[str, str]:
    return ("Received", received(f"from {host}", when, zone, f"mx1.example.org with ESMTPS id {ident}", ME, lag))


def ical(s: str, vtz: str = "") -> str:
    """Dedent a hand-written ICS, then put the VTIMEZONE block where @@VTZ@@ stands."""
    return t(s).replace("@@VTZ@@", vtz)


def to_me(name: str | None = ME_NAME) -> tuple[str, str]:
    return ("To", addr(name, ME))


VTZ_MX_GOOGLE = """BEGIN:VTIMEZONE
TZID:America/Mexico_City
X-LIC-LOCATION:America/Mexico_City
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

VTZ_MX_EXCHANGE = """BEGIN:VTIMEZONE
TZID:Central Standard Time (Mexico)
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
END:STANDARD
END:VTIMEZONE"""

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

VTZ_MADRID = """BEGIN:VTIMEZONE
TZID:Europe/Madrid
X-LIC-LOCATION:Europe/Madrid
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


# =========================================================================== positives (keys 1-23)


@mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-09-15T16:00:00Z", end="2026-09-15T16:45:00Z",
      contact="kelsey.hartwell@brazosledger.com", company="Brazos Ledger",
      local="Tue 2026-09-15 11:00", local_end="2026-09-15 11:45", zone=CHI,
      note="Greenhouse confirmation from a no-reply relay; 11:00-11:45 AM CDT (UTC-5 in September) "
           "= 16:00-16:45Z, the body also gives 10:00 Guadalajara (UTC-6); ICS in America/Chicago agrees; "
           "contact = Reply-To recruiter")
def p01():
    body = t("""
        Hi Daniela,

        Thanks for making time to speak with us! This email confirms your interview for the
        Senior Backend Engineer (Payments Platform) role at Brazos Ledger.

        Interview: Technical Deep Dive
        Date: Tuesday, September 15, 2026
        Time: 11:00 AM - 11:45 AM CDT (10:00 AM - 10:45 AM in Guadalajara)
        Location: Google Meet - https://meet.google.com/bzx-qrtn-kwa

        You'll be meeting with:
          Owen Pruitt, Staff Engineer
          Radhika Sen, Engineering Manager

        A calendar invitation is attached. If anything changes on your end, just reply to this
        email and it will come straight to me.

        Best,
        Kelsey Hartwell
        Technical Recruiter | Brazos Ledger
        Austin, TX
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f1f1f">
        <p>Hi Daniela,</p>
        <p>Thanks for making time to speak with us! This email confirms your interview for the
        <strong>Senior Backend Engineer (Payments Platform)</strong> role at Brazos Ledger.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview:</b></td><td>Technical Deep Dive</td></tr>
        <tr><td><b>Date:</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>11:00 AM - 11:45 AM CDT (10:00 AM - 10:45 AM in Guadalajara)</td></tr>
        <tr><td><b>Location:</b></td><td><a href="https://meet.google.com/bzx-qrtn-kwa">Google Meet</a></td></tr>
        </table>
        <p>You'll be meeting with:<br>Owen Pruitt, Staff Engineer<br>Radhika Sen, Engineering Manager</p>
        <p>A calendar invitation is attached. If anything changes on your end, just reply to this
        email and it will come straight to me.</p>
        <p>Best,<br>Kelsey Hartwell<br>Technical Recruiter | Brazos Ledger<br>Austin, TX</p>
        </div>
        <img src="https://us.greenhouse-mail.io/wf/open?upn=u001.Kp2xQ" width="1" height="1" alt="">
        </body></html>
        """)
    ics = ical("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        @@VTZ@@
        BEGIN:VEVENT
        UID:gh-interview-88120457-3391@greenhouse.io
        DTSTAMP:20260910T192241Z
        DTSTART;TZID=America/Chicago:20260915T110000
        DTEND;TZID=America/Chicago:20260915T114500
        SUMMARY:Technical Deep Dive - Daniela Orozco (Brazos Ledger)
        LOCATION:https://meet.google.com/bzx-qrtn-kwa
        ORGANIZER;CN=Kelsey Hartwell:mailto:kelsey.hartwell@brazosledger.com
        ATTENDEE;CN=Daniela Orozco;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:daniela.orozco@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """, VTZ["America/Chicago"])
    headers = [
        ("Return-Path", "<bounces+2193846-9f1c-daniela.orozco=example.org@em.us.greenhouse-mail.io>"),
        rcv("o3.em.us.greenhouse-mail.io (o3.em.us.greenhouse-mail.io [167.89.71.203])",
            "2026-09-10 14:22:41", CHI, "7TqLm20kR3"),
        ("From", addr("Kelsey Hartwell", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Kelsey Hartwell", "kelsey.hartwell@brazosledger.com")),
        to_me(),
        ("Subject", "Interview Confirmation: Senior Backend Engineer at Brazos Ledger"),
        ("Date", date("2026-09-10 14:22:41", CHI)),
        ("Message-ID", "<Xp3mTqkZS0W2e8bQn4Jc1A@geopod-ismtpd-5>"),
        ("X-SG-EID", "u001.Kp2xQvB9fR3mW8aZcL1yTq"),
    ]
    body_part = mixed(
        alt(text(body), html(page)),
        calendar(ics, filename="interview.ics", disposition="attachment", cte="base64"),
    )
    return message(headers, body_part)


@mail(N(2), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-09-23T20:00:00Z", end="2026-09-23T21:00:00Z",
      contact="marisol.ortega@kelpline.io", company="Kelpline Robotics",
      local="Wed 2026-09-23 13:00", local_end="2026-09-23 14:00", zone=LA,
      note="Lever confirmation, HTML only in base64; 1:00pm-2:00pm PDT (UTC-7) = 20:00-21:00Z; "
           "no ICS; contact = Reply-To recruiter")
def p02():
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Interview confirmed</title></head>
        <body style="margin:0;padding:0;background:#f4f5f7">
        <table role="presentation" width="100%" cellspacing="0" cellpadding="0"><tr><td align="center">
        <table role="presentation" width="560" style="background:#ffffff;font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;color:#272b33">
        <tr><td style="padding:28px 32px 8px"><img src="https://lever-client-logos.s3.amazonaws.com/kelpline-logo.png" alt="Kelpline Robotics" height="28"></td></tr>
        <tr><td style="padding:8px 32px">
        <p>Hi Daniela,</p>
        <p>Your interview for <b>Backend Engineer, Fleet Telemetry (Remote - US/Mexico)</b> has been scheduled.</p>
        <table role="presentation" style="border-left:3px solid #5a8dee;padding-left:12px;margin:16px 0">
        <tr><td style="font-size:17px;font-weight:600">Wednesday, September 23, 2026</td></tr>
        <tr><td>1:00pm &ndash; 2:00pm PDT</td></tr>
        <tr><td>Video call: <a href="https://kelpline.zoom.us/j/84420193377">kelpline.zoom.us/j/84420193377</a></td></tr>
        </table>
        <p><b>Interviewers</b><br>Marisol Ortega &middot; Recruiter<br>Caleb Nguyen &middot; Engineering Lead, Telemetry</p>
        <p>Need to make a change? Reply to this email and Marisol will help you out.</p>
        <p>Good luck!<br>The Kelpline Robotics team</p>
        </td></tr>
        <tr><td style="padding:16px 32px;color:#8a909c;font-size:12px">Sent via Lever &middot; <a href="https://hire.lever.co/candidate-privacy" style="color:#8a909c">Privacy</a></td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    headers = [
        ("Return-Path", "<bounce-mc.us4_77120438.1940-daniela.orozco=example.org@mail188.sea31.mcsv.net>"),
        rcv("mail188.sea31.mcsv.net (mail188.sea31.mcsv.net [198.2.136.188])",
            "2026-09-21 09:05:12", LA, "kQ83nZc1Lp"),
        ("From", addr("Kelpline Robotics", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Marisol Ortega", "marisol.ortega@kelpline.io")),
        to_me("Daniela Orozco"),
        ("Subject", "Your interview with Kelpline Robotics is confirmed"),
        ("Date", date("2026-09-21 09:05:12", LA)),
        ("Message-ID", "<5f0c2e7d8a1b4c3e.20260921160512.lever-notif@hire.lever.co>"),
        ("List-Unsubscribe", "<mailto:unsubscribe-candidate@hire.lever.co>"),
    ]
    return message(headers, html(page, cte="base64"))


@mail(N(3), family="human_prose", lang="es-MX", interview=True, kind="scheduled",
      start="2026-09-29T22:00:00Z", end=None,
      contact="fernanda.ruvalcaba@altiplanolog.com.mx", company="Logística Altiplano",
      local="Tue 2026-09-29 16:00", zone=MX, days=(("Tue", "2026-09-29"),),
      note="Recruiter prose (usted), iso-8859-1 QP: 'el próximo martes 29 de septiembre a las 4 de la tarde' "
           "in Guadalajara (UTC-6) = 22:00Z; 'duración aproximada de una hora' -> end null; the attached "
           "Outlook item is an all-day event (VALUE=DATE) with the time only in the text; contact = sender")
def p03():
    body = t("""
        Buen día Daniela:

        Por medio del presente le confirmo su entrevista para la vacante de Desarrollador(a)
        Backend Sr., el próximo martes 29 de septiembre a las 4 de la tarde, en nuestras oficinas:

            Logística Altiplano, S.A. de C.V.
            Av. Adolfo López Mateos Sur 2375, piso 3
            Col. Jardines de Plaza del Sol, Guadalajara, Jal.

        La entrevista será con el Ing. Raúl Cisneros (Gerente de Sistemas) y una servidora; tiene
        una duración aproximada de una hora. Favor de presentarse 10 minutos antes con una
        identificación oficial; en recepción le darán su gafete de visitante. Contamos con
        estacionamiento para visitas en el sótano.

        Le adjunto el recordatorio para su calendario.

        Sin más por el momento, quedo a sus órdenes.

        Saludos cordiales,

        Lic. Fernanda Ruvalcaba Gómez
        Atracción de Talento
        Logística Altiplano
        Tel. 33 3647 1190 ext. 214
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        CLASS:PUBLIC
        DESCRIPTION:Entrevista Daniela Orozco - Desarrollador(a) Backend Sr.\\n16:00 hrs\\, recepción piso 3. Ing. Raúl Cisneros / Lic. Fernanda Ruvalcaba
        DTSTART;VALUE=DATE:20260929
        DTEND;VALUE=DATE:20260930
        DTSTAMP:20260924T181000Z
        LOCATION:Logística Altiplano - Av. Adolfo López Mateos Sur 2375\\, piso 3
        ORGANIZER;CN="Fernanda Ruvalcaba Gómez":mailto:fernanda.ruvalcaba@altiplanolog.com.mx
        ATTENDEE;CN=daniela.orozco@example.org;RSVP=TRUE:mailto:daniela.orozco@example.org
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=es-mx:Entrevista - Daniela Orozco
        TRANSP:TRANSPARENT
        UID:040000008200E00074C5B7101A82E0080000000070B2C41F5A4CDD01000000000000000010000000E4D3
        X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        ("Return-Path", "<fernanda.ruvalcaba@altiplanolog.com.mx>"),
        rcv("NAM12-MW2-obe.outbound.protection.outlook.com (mail-mw2nam12on2119.outbound.protection.outlook.com "
            "[40.107.244.119])", "2026-09-24 12:10:33", MX, "q0PZt7mXa4"),
        ("From", addr("Fernanda Ruvalcaba Gómez", "fernanda.ruvalcaba@altiplanolog.com.mx", "iso-8859-1")),
        ("To", addr(None, ME)),
        ("Subject", enc("Entrevista - Desarrollador(a) Backend Sr. / Logística Altiplano", "iso-8859-1")),
        ("Date", date("2026-09-24 12:10:33", MX)),
        ("Message-ID", "<SJ0PR11MB5918A2F0C3D7B1E94C6B2D8FA41C2@SJ0PR11MB5918.namprd11.prod.outlook.com>"),
        ("Thread-Topic", "Entrevista - Desarrollador(a) Backend Sr. / Logistica Altiplano"),
        ("Accept-Language", "es-MX, en-US"),
        ("Content-Language", "es-MX"),
        ("X-MS-Has-Attach", "yes"),
    ]
    body_part = mixed(
        text(body, charset="iso-8859-1"),
        calendar(ics, method="REQUEST", cte="base64", filename="Entrevista - Daniela Orozco.ics",
                 disposition="attachment", name_param=True),
    )
    return message(headers, body_part)


@mail(N(4), family="workday", lang="es-MX", interview=True, kind="scheduled",
      start="2026-10-02T15:30:00Z", end="2026-10-02T16:30:00Z",
      contact="rodrigo.garza@bancocordillera.mx", company="Banco Cordillera",
      local="Fri 2026-10-02 09:30", local_end="2026-10-02 10:30", zone=MTY,
      note="Workday notification from the tenant mailbox; 09:30-10:30 '(GMT-06:00) Hora del centro de México' "
           "(Monterrey, no DST) = 15:30-16:30Z; contact = recruiter address written in the body")
def p04():
    body = t("""
        Hola Daniela Orozco:

        Se ha programado una entrevista para la vacante Ingeniero(a) de Software Backend (R-20431).

        Detalles de la entrevista
        Fecha: viernes, 2 de octubre de 2026
        Hora: 09:30 a. m. - 10:30 a. m. (GMT-06:00) Hora del centro de México
        Formato: Microsoft Teams (recibirá el enlace en un correo por separado)
        Entrevistadores: Rodrigo Garza Treviño; Ana Sofía Leal

        Si necesita modificar la fecha, comuníquese con Rodrigo Garza (rodrigo.garza@bancocordillera.mx).

        Puede consultar el estado de su solicitud en nuestro sitio de empleos:
        https://bancocordillera.wd5.myworkdayjobs.com/es-MX/Carreras

        Este es un mensaje automático, por favor no responda a este correo.

        Banco Cordillera, S.A., Institución de Banca Múltiple
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><div style="font-family:Arial,sans-serif;font-size:13px">
        <p>Hola Daniela Orozco:</p>
        <p>Se ha programado una entrevista para la vacante <b>Ingeniero(a) de Software Backend (R-20431)</b>.</p>
        <p style="font-size:15px;font-weight:bold;color:#00417a">Detalles de la entrevista</p>
        <table border="0" cellpadding="3">
        <tr><td>Fecha:</td><td>viernes, 2 de octubre de 2026</td></tr>
        <tr><td>Hora:</td><td>09:30 a.&nbsp;m. - 10:30 a.&nbsp;m. (GMT-06:00) Hora del centro de México</td></tr>
        <tr><td>Formato:</td><td>Microsoft Teams (recibirá el enlace en un correo por separado)</td></tr>
        <tr><td>Entrevistadores:</td><td>Rodrigo Garza Treviño; Ana Sofía Leal</td></tr>
        </table>
        <p>Si necesita modificar la fecha, comuníquese con Rodrigo Garza
        (<a href="mailto:rodrigo.garza@bancocordillera.mx">rodrigo.garza@bancocordillera.mx</a>).</p>
        <p>Puede consultar el estado de su solicitud en nuestro
        <a href="https://bancocordillera.wd5.myworkdayjobs.com/es-MX/Carreras">sitio de empleos</a>.</p>
        <p style="color:#777">Este es un mensaje automático, por favor no responda a este correo.</p>
        <p style="color:#777">Banco Cordillera, S.A., Institución de Banca Múltiple</p>
        </div></body></html>
        """)
    headers = [
        ("Return-Path", "<bancocordillera@myworkday.com>"),
        rcv("wd5-smtp-out12.myworkday.com (wd5-smtp-out12.myworkday.com [216.156.198.44])",
            "2026-09-28 10:02:19", MTY, "Rz61bKw0Yd"),
        ("From", addr("Banco Cordillera", "bancocordillera@myworkday.com")),
        to_me(),
        ("Subject", enc("Entrevista programada: Ingeniero(a) de Software Backend (R-20431)")),
        ("Date", date("2026-09-28 10:02:19", MTY)),
        ("Message-ID", "<1183020447.551902.1790611339021@wd5-prod-notif-17>"),
        ("X-Workday-Tenant", "bancocordillera"),
    ]
    return message(headers, alt(text(body), html(page)))


@mail(N(5), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-10-06T16:00:00Z", end="2026-10-06T16:30:00Z",
      contact="trent@mesquitedata.com", company="Mesquite Data",
      local="Tue 2026-10-06 10:00", local_end="2026-10-06 10:30", zone=MX,
      note="Calendly invitee confirmation shown in the invitee's zone America/Mexico_City (UTC-6): "
           "10:00am-10:30am = 16:00-16:30Z (11:00 CDT for the Austin host); ICS in UTC agrees; "
           "contact = Reply-To host")
def p05():
    body = t("""
        Hi Daniela Orozco,

        Your Backend Engineer - Intro Call with Trent Wallace at 10:00am (America/Mexico_City) on
        Tuesday, October 6, 2026 is scheduled.

        Event Type:
        Backend Engineer - Intro Call

        Event Date/Time:
        10:00am - 10:30am (America/Mexico_City) on Tuesday, October 6, 2026

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/mqd-wvhe-rto

        Invitee Time Zone:
        America/Mexico_City

        Questions:
        Please share anything that will help prepare for our meeting.
        Currently backend dev in GDL (Python/Go), open to remote US roles.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7d41c0aa-2f9e-4b7a-a1b3-6a0e55d0c918
        Reschedule: https://calendly.com/reschedulings/7d41c0aa-2f9e-4b7a-a1b3-6a0e55d0c918

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a;font-size:15px">
        <div style="max-width:600px;margin:0 auto;padding:24px">
        <p>Hi Daniela Orozco,</p>
        <p>Your Backend Engineer - Intro Call with Trent Wallace at 10:00am (America/Mexico_City) on Tuesday, October 6, 2026 is scheduled.</p>
        <p><b>Event Type:</b><br>Backend Engineer - Intro Call</p>
        <p><b>Event Date/Time:</b><br>10:00am - 10:30am (America/Mexico_City) on Tuesday, October 6, 2026</p>
        <p><b>Location:</b><br>This is a Google Meet web conference. <a href="https://meet.google.com/mqd-wvhe-rto">Join now</a></p>
        <p><b>Invitee Time Zone:</b><br>America/Mexico_City</p>
        <p><b>Questions:</b><br>Please share anything that will help prepare for our meeting.<br>
        Currently backend dev in GDL (Python/Go), open to remote US roles.</p>
        <p>Need to make changes to this event?<br>
        <a href="https://calendly.com/cancellations/7d41c0aa-2f9e-4b7a-a1b3-6a0e55d0c918">Cancel</a> &nbsp;
        <a href="https://calendly.com/reschedulings/7d41c0aa-2f9e-4b7a-a1b3-6a0e55d0c918">Reschedule</a></p>
        <p style="color:#999;font-size:12px">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:7d41c0aa-2f9e-4b7a-a1b3-6a0e55d0c918@calendly.com
        DTSTAMP:20261002T234810Z
        DTSTART:20261006T160000Z
        DTEND:20261006T163000Z
        SUMMARY:Backend Engineer - Intro Call between Trent Wallace and Daniela Orozco
        LOCATION:https://meet.google.com/mqd-wvhe-rto
        ORGANIZER;CN=Trent Wallace:mailto:trent@mesquitedata.com
        ATTENDEE;CN=Daniela Orozco;PARTSTAT=ACCEPTED:mailto:daniela.orozco@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        rcv("o1.ptr4415.calendly.com (o1.ptr4415.calendly.com [149.72.163.59])",
            "2026-10-02 23:48:10", "UTC", "cL0x8Vw2Pq"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Trent Wallace", "trent@mesquitedata.com")),
        to_me(),
        ("Subject", "Confirmed: Backend Engineer - Intro Call with Trent Wallace on Tuesday, October 6, 2026"),
        ("Date", date("2026-10-02 23:48:10", "UTC")),
        ("Message-ID", "<9Yk3qS7bRza1pWd0eXh2Ug@calendly.com>"),
    ]
    body_part = mixed(
        alt(text(body), html(page)),
        calendar(ics, filename="invite.ics", disposition="attachment", cte="base64"),
    )
    return message(headers, body_part)


@mail(N(6), family="google_calendar", lang="es-MX", interview=True, kind="scheduled",
      start="2026-10-08T18:00:00Z", end="2026-10-08T19:00:00Z",
      contact="ximena.carrillo@nopalera.mx", company="Nopalera Labs",
      local="Thu 2026-10-08 12:00", local_end="2026-10-08 13:00", zone=MX,
      note="Google Calendar invitation in Spanish, 'jue 8 oct 2026 12:00 - 13:00 (CST)' = Hora estándar "
           "central - Ciudad de México (UTC-6) = 18:00-19:00Z; ICS TZID America/Mexico_City; "
           "contact = organizer")
def p06():
    desc = ("Hola Daniela, como lo platicamos por teléfono: sesión técnica de una hora con Gerardo (CTO). "
            "Ten a la mano tu laptop por si hacemos un poco de live coding. ¡Nos vemos!")
    body = t(f"""
        Se te invitó al siguiente evento.

        Entrevista técnica - Daniela Orozco (Nopalera Labs)
        Cuándo
        jueves 8 oct 2026 12:00 – 13:00 Hora estándar central - Ciudad de México

        Información para unirse
        Unirse con Google Meet
        https://meet.google.com/nkx-ptra-vfe

        Unirse por teléfono
        (MX) +52 55 4161 9037 PIN: 702 118 455#

        Invitados
        Ximena Carrillo - organizador
        Gerardo Anaya
        daniela.orozco@example.org
        Ver toda la información del invitado https://calendar.google.com/calendar/event?action=VIEW&eid=NGJ0cTZ

        {desc}

        Responder a daniela.orozco@example.org para todos los eventos de esta serie
        ¿Asistirás? Sí - Quizás - No     más opciones https://calendar.google.com/calendar/event?action=VIEW&eid=NGJ0cTZ

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Recibes este correo porque eres un invitado del evento. Para dejar de recibir actualizaciones de este
        evento, rechaza el evento.
        """)
    page = t(f"""
        <span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="Invitación de Ximena Carrillo"/></span></span>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;max-width:600px">
        <h2 style="font-size:22px;font-weight:400;color:#3c4043">Entrevista técnica - Daniela Orozco (Nopalera Labs)</h2>
        <table cellpadding="0" cellspacing="0">
        <tr><td style="width:120px;color:#70757a">Cuándo</td><td>jueves 8 oct 2026 12:00 – 13:00 (Hora estándar central - Ciudad de México)</td></tr>
        <tr><td style="color:#70757a">Unirse</td><td><a href="https://meet.google.com/nkx-ptra-vfe">meet.google.com/nkx-ptra-vfe</a></td></tr>
        <tr><td style="color:#70757a">Invitados</td><td>Ximena Carrillo - organizador<br>Gerardo Anaya<br>daniela.orozco@example.org</td></tr>
        </table>
        <p>{desc}</p>
        <p style="font-size:12px;color:#70757a">¿Asistirás? <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=1">Sí</a> - <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=3">Quizás</a> - <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=2">No</a></p>
        <p style="font-size:12px;color:#70757a">Invitación de <a href="https://calendar.google.com/calendar/">Google Calendar</a></p>
        </div>
        """)
    ics = ical(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        @@VTZ@@
        BEGIN:VEVENT
        DTSTART;TZID=America/Mexico_City:20261008T120000
        DTEND;TZID=America/Mexico_City:20261008T130000
        DTSTAMP:20261005T223107Z
        ORGANIZER;CN=Ximena Carrillo:mailto:ximena.carrillo@nopalera.mx
        UID:4bt6q9r2k1mnl0c8p3v5eaa7hs@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ximena Carrillo;X-NUM-GUESTS=0:mailto:ximena.carrillo@nopalera.mx
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gerardo Anaya;X-NUM-GUESTS=0:mailto:gerardo@nopalera.mx
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=daniela.orozco@example.org;X-NUM-GUESTS=0:mailto:daniela.orozco@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/nkx-ptra-vfe
        CREATED:20261005T223106Z
        DESCRIPTION:{desc.replace(",", chr(92) + ",")}
        LAST-MODIFIED:20261005T223106Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista técnica - Daniela Orozco (Nopalera Labs)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """, VTZ_MX_GOOGLE)
    subject = ("Invitación: Entrevista técnica - Daniela Orozco (Nopalera Labs) @ jue 8 oct 2026 "
               "12:00 - 13:00 (CST) (daniela.orozco@example.org)")
    headers = [
        ("Return-Path", "<ximena.carrillo@nopalera.mx>"),
        rcv("mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
            "2026-10-05 22:31:07", "UTC", "Gk20hQpW9e"),
        ("From", addr("Ximena Carrillo", "ximena.carrillo@nopalera.mx")),
        ("Reply-To", addr("Ximena Carrillo", "ximena.carrillo@nopalera.mx")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        to_me(None),
        ("Subject", enc(subject)),
        ("Date", date("2026-10-05 22:31:07", "UTC")),
        ("Message-ID", "<calendar-5e7a1c3b-90d4-4f62-8b0e-c1d2a3f4e5b6@google.com>"),
    ]
    body_part = mixed(
        alt(text(body, cte="base64"), html(page, cte="quoted-printable"),
            calendar(ics, method="REQUEST", cte="base64")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True),
    )
    return message(headers, body_part)


@mail(N(7), family="exchange_teams", lang="en", interview=True, kind="scheduled",
      start="2026-11-02T16:00:00Z", end="2026-11-02T17:00:00Z",
      contact="gcastellano@pedernaleshealth.com", company="Pedernales Health Systems",
      local="Mon 2026-11-02 10:00", local_end="2026-11-02 11:00", zone=CHI,
      note="Exchange meeting request with Teams block, sent Wed 28 Oct in CDT (-0500); the interview is "
           "Mon 2 Nov, the day after US DST ends: 10:00-11:00 CST (UTC-6) = 16:00-17:00Z (the recruiter "
           "notes it is 10:00 in Guadalajara too); ICS TZID 'Central Standard Time'; contact = organizer")
def p07():
    body = t("""
        When: Monday, November 2, 2026 10:00 AM-11:00 AM (UTC-06:00) Central Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hi Daniela,

        Looking forward to our conversation! This is the hiring manager round with Dev Malhotra
        (Director, Platform Engineering) and me. Quick note since the clocks change in the US this
        weekend: Monday's 10:00 AM Central is 10:00 AM your time in Guadalajara as well.

        Thanks,
        Gwen

        Gwen Castellano
        Senior Talent Acquisition Partner
        Pedernales Health Systems | Austin, TX

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ5ZTk2YzEtZWI1Yy00@thread.v2/0?context=%7b%22Tid%22%3a%22c3e1%22%7d>
        Meeting ID: 271 904 338 516
        Passcode: Xk7pQe
        Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=8d1f&tenantId=c3e1>
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <style><!-- p.MsoNormal{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>
        </head><body lang="EN-US">
        <div class="WordSection1">
        <p class="MsoNormal">Hi Daniela,</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Looking forward to our conversation! This is the hiring manager round with Dev Malhotra
        (Director, Platform Engineering) and me. Quick note since the clocks change in the US this weekend:
        Monday&#8217;s 10:00 AM Central is 10:00 AM your time in Guadalajara as well.</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Thanks,<br>Gwen</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal"><b>Gwen Castellano</b><br>Senior Talent Acquisition Partner<br>Pedernales Health Systems | Austin, TX</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        <div style="margin-bottom:24px;overflow:hidden;white-space:nowrap"><span style="font-size:24px;font-weight:700">Microsoft Teams meeting</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ5ZTk2YzEtZWI1Yy00@thread.v2/0?context=%7b%22Tid%22%3a%22c3e1%22%7d">Join the meeting now</a></div>
        <div>Meeting ID: 271 904 338 516<br>Passcode: Xk7pQe</div>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        </div></body></html>
        """)
    ics = ical("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @@VTZ@@
        BEGIN:VEVENT
        ORGANIZER;CN=Gwen Castellano:mailto:gcastellano@pedernaleshealth.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniela Orozco:mailto:daniela.orozco@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dev Malhotra:mailto:dmalhotra@pedernaleshealth.com
        DESCRIPTION;LANGUAGE=en-US:Hi Daniela\\,\\n\\nLooking forward to our conversation! This is the hiring manager round with Dev Malhotra (Director\\, Platform Engineering) and me.\\n
        UID:040000008200E00074C5B7101A82E00800000000A0C18E2C9A66DD01000000000000000010000000D41B6E0B
        SUMMARY;LANGUAGE=en-US:Interview: Daniela Orozco - Sr. Backend Engineer (Hiring Manager)
        DTSTART;TZID=Central Standard Time:20261102T100000
        DTEND;TZID=Central Standard Time:20261102T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261028T203115Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2118447563
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ5ZTk2YzEtZWI1Yy00@thread.v2/0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """, VTZ["Central Standard Time"])
    headers = [
        ("Return-Path", "<gcastellano@pedernaleshealth.com>"),
        rcv("NAM04-DM6-obe.outbound.protection.outlook.com (mail-dm6nam04on2072.outbound.protection.outlook.com "
            "[40.107.102.72])", "2026-10-28 15:31:15", CHI, "Hw3nM8sT5c"),
        ("From", addr("Gwen Castellano", "gcastellano@pedernaleshealth.com")),
        to_me(),
        ("CC", addr("Dev Malhotra", "dmalhotra@pedernaleshealth.com")),
        ("Subject", "Interview: Daniela Orozco - Sr. Backend Engineer (Hiring Manager)"),
        ("Thread-Topic", "Interview: Daniela Orozco - Sr. Backend Engineer (Hiring Manager)"),
        ("Thread-Index", "AdtJc0v2m8QeR1pNT0yq3yXbHk7W9A=="),
        ("Date", date("2026-10-28 15:31:15", CHI)),
        ("Message-ID", "<BY5PR04MB6993C1F07A8E2D5B0C44E1A9D8172@BY5PR04MB6993.namprd04.prod.outlook.com>"),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    body_part = alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64"))
    return message(headers, body_part)


@mail(N(8), family="personio", lang="es-ES", interview=True, kind="scheduled",
      start="2026-10-26T16:00:00Z", end="2026-10-26T17:00:00Z",
      contact="lucia.ferrer@almendrasoft.es", company="Almendra Software",
      local="Mon 2026-10-26 17:00", local_end="2026-10-26 18:00", zone=MAD,
      note="Personio invitation from Valencia, sent Wed 21 Oct in CEST (+0200); the interview is Mon 26 Oct, "
           "the day after Spain goes back to CET: 17:00-18:00 hora peninsular (UTC+1) = 16:00-17:00Z, which "
           "the body also gives as 10:00 in Guadalajara; ICS in UTC agrees; contact = Reply-To")
def p08():
    body = t("""
        Hola Daniela:

        ¡Gracias por tu interés en Almendra Software! Nos encantaría conocerte mejor, así que te
        confirmamos la entrevista con el equipo:

        📅 Lunes, 26 de octubre de 2026
        🕔 17:00 – 18:00 (hora peninsular española)
            Ojo: ese fin de semana cambiamos la hora en España, así que para ti en Guadalajara
            serán las 10:00.
        📍 Videollamada de Google Meet: https://meet.google.com/ald-mnrq-xzp

        Estaremos Jordi Pascual (Tech Lead del equipo de Pagos) y yo. La idea es charlar sobre tu
        experiencia con sistemas distribuidos y resolver todas tus dudas sobre el puesto.

        Si te surge cualquier imprevisto, responde a este correo y lo movemos sin problema.

        Un saludo,
        Lucía Ferrer
        People Partner · Almendra Software
        València
        """)
    page = t("""
        <!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head>
        <body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;line-height:1.5;color:#2d2d2d">
        <div style="max-width:600px;margin:0 auto;padding:24px">
        <p>Hola Daniela:</p>
        <p>¡Gracias por tu interés en Almendra Software! Nos encantaría conocerte mejor, así que te confirmamos la entrevista con el equipo:</p>
        <p style="background:#f6f3ee;padding:12px 16px;border-radius:6px">
        📅 <b>Lunes, 26 de octubre de 2026</b><br>
        🕔 <b>17:00 – 18:00</b> (hora peninsular española)<br>
        <span style="font-size:13px;color:#6b6b6b">Ojo: ese fin de semana cambiamos la hora en España, así que para ti en Guadalajara serán las 10:00.</span><br>
        📍 Videollamada de Google Meet: <a href="https://meet.google.com/ald-mnrq-xzp">meet.google.com/ald-mnrq-xzp</a></p>
        <p>Estaremos Jordi Pascual (Tech Lead del equipo de Pagos) y yo. La idea es charlar sobre tu experiencia con sistemas distribuidos y resolver todas tus dudas sobre el puesto.</p>
        <p>Si te surge cualquier imprevisto, responde a este correo y lo movemos sin problema.</p>
        <p>Un saludo,<br>Lucía Ferrer<br>People Partner · Almendra Software<br>València</p>
        <p style="font-size:11px;color:#9a9a9a">Enviado con Personio · Almendra Software S.L. · Política de privacidad para candidatos</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Personio GmbH//Recruiting//DE
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:personio-application-6620917-event-118273@personio.de
        DTSTAMP:20261021T110512Z
        DTSTART:20261026T160000Z
        DTEND:20261026T170000Z
        SUMMARY:Entrevista Almendra Software - Backend Developer (Python)
        LOCATION:https://meet.google.com/ald-mnrq-xzp
        ORGANIZER;CN=Lucía Ferrer:mailto:lucia.ferrer@almendrasoft.es
        ATTENDEE;CN=Daniela Orozco;RSVP=TRUE:mailto:daniela.orozco@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        rcv("mail-eu1.personio.de (mail-eu1.personio.de [18.197.20.115])",
            "2026-10-21 13:05:12", MAD, "Pv77eA2nJx"),
        ("From", addr("Almendra Software", "no-reply@personio.de")),
        ("Reply-To", addr("Lucía Ferrer", "lucia.ferrer@almendrasoft.es")),
        to_me(),
        ("Subject", enc("Invitación a entrevista – Backend Developer (Python) – remoto")),
        ("Date", date("2026-10-21 13:05:12", MAD)),
        ("Message-ID", "<0102019a4c7e11f3-6b8e2a70-1d2c-4b51-9f0e-7a3c5d2e1b04-000000@eu-central-1.amazonses.com>"),
        ("X-Personio-Application-Id", "6620917"),
    ]
    body_part = mixed(
        alt(text(body), html(page)),
        calendar(ics, filename="entrevista.ics", disposition="attachment", cte="base64"),
    )
    return message(headers, body_part)


@mail(N(9), family="teamtailor", lang="es-ES", interview=True, kind="rescheduled",
      start="2026-10-30T15:30:00Z", end="2026-10-30T16:15:00Z",
      contact="pilar.aznar@cierzodata.es", company="Cierzo Data",
      local="Fri 2026-10-30 16:30", local_end="2026-10-30 17:15", zone=MAD,
      days=(("Thu", "2026-10-29"), ("Fri", "2026-10-30")),
      note="Teamtailor reschedule from Zaragoza, old (Thu 29 Oct 10:00) and new time both written; new = "
           "Fri 30 Oct 16:30-17:15 hora de Madrid, already CET (UTC+1) while the US is still on CDT = "
           "15:30-16:15Z (the body also says 09:30 in Guadalajara); ICS SEQUENCE:1 in Europe/Madrid agrees; "
           "From is a Teamtailor relay, contact = Reply-To recruiter")
def p09():
    body = t("""
        Hola Daniela,

        Te escribo porque ha habido un cambio en la agenda de Sergio y hemos tenido que mover tu
        entrevista técnica. Perdona las molestias.

          Antes:  jueves, 29 de octubre, 10:00 (hora de Madrid)
          Ahora:  viernes, 30 de octubre, 16:30 – 17:15 (hora de Madrid) · 09:30 en Guadalajara

        El enlace de Teams es el mismo que ya tenías y te hemos enviado la invitación actualizada.
        Si la nueva hora no te encaja, contesta a este correo y buscamos otra.

        ¡Gracias por la flexibilidad!

        Pilar Aznar
        Talent Acquisition · Cierzo Data
        Zaragoza

        --
        Enviado con Teamtailor · Gestiona tus datos: https://cierzodata.teamtailor.com/connect/privacy
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="background:#f7f7f7;margin:0">
        <div style="max-width:580px;margin:24px auto;background:#fff;padding:28px;font-family:Inter,Arial,sans-serif;font-size:15px;color:#222">
        <p>Hola Daniela,</p>
        <p>Te escribo porque ha habido un cambio en la agenda de Sergio y hemos tenido que mover tu entrevista técnica. Perdona las molestias.</p>
        <p><span style="color:#999;text-decoration:line-through">jueves, 29 de octubre, 10:00 (hora de Madrid)</span><br>
        <b>viernes, 30 de octubre, 16:30 – 17:15 (hora de Madrid)</b> · 09:30 en Guadalajara</p>
        <p>El enlace de Teams es el mismo que ya tenías y te hemos enviado la invitación actualizada. Si la nueva hora no te encaja, contesta a este correo y buscamos otra.</p>
        <p>¡Gracias por la flexibilidad!</p>
        <p>Pilar Aznar<br>Talent Acquisition · Cierzo Data<br>Zaragoza</p>
        <p style="font-size:11px;color:#aaa;border-top:1px solid #eee;padding-top:10px">Enviado con Teamtailor ·
        <a href="https://cierzodata.teamtailor.com/connect/privacy" style="color:#aaa">Gestiona tus datos</a></p>
        </div></body></html>
        """)
    ics = ical("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interview//ES
        METHOD:REQUEST
        @@VTZ@@
        BEGIN:VEVENT
        UID:tt-interview-3318207@teamtailor.com
        SEQUENCE:1
        DTSTAMP:20261026T081200Z
        DTSTART;TZID=Europe/Madrid:20261030T163000
        DTEND;TZID=Europe/Madrid:20261030T171500
        SUMMARY:Entrevista técnica Cierzo Data - Daniela Orozco
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Pilar Aznar:mailto:pilar.aznar@cierzodata.es
        ATTENDEE;CN=Daniela Orozco;RSVP=TRUE:mailto:daniela.orozco@example.org
        ATTENDEE;CN=Sergio Lafuente:mailto:sergio.lafuente@cierzodata.es
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """, VTZ_MADRID)
    headers = [
        ("Return-Path", "<bounces+cierzodata@teamtailor-mail.com>"),
        rcv("mta-9.teamtailor-mail.com (mta-9.teamtailor-mail.com [159.135.140.9])",
            "2026-10-26 09:12:40", MAD, "Ue4cS0pR1m"),
        ("From", addr("Pilar Aznar (Cierzo Data)", "cierzodata@teamtailor-mail.com")),
        ("Reply-To", addr("Pilar Aznar", "pilar.aznar@cierzodata.es")),
        to_me(),
        ("Subject", enc("Hemos movido tu entrevista con Cierzo Data – nueva hora")),
        ("Date", date("2026-10-26 09:12:40", MAD)),
        ("Message-ID", "<6540f0c1a9d3e_2c1b5f8e4a7d1@teamtailor-mailer-7d9c.mail>"),
    ]
    body_part = mixed(
        alt(text(body), html(page)),
        calendar(ics, filename="entrevista.ics", disposition="attachment", cte="quoted-printable"),
    )
    return message(headers, body_part)


@mail(N(10), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start="2026-11-06T17:00:00Z", end="2026-11-06T17:30:00Z",
      contact="ben@driftline.ai", company="Driftline Analytics",
      local="Fri 2026-11-06 09:00", local_end="2026-11-06 09:30", zone=LA,
      days=(("Thu", "2026-11-05"), ("Fri", "2026-11-06")),
      note="Hiring manager's phone reply on top of the quoted thread: moved from Thu 11/5 3pm PT to "
           "'Friday 11/6 at 9am PT ... same 30 min' -> 09:00-09:30 PST (UTC-8, US DST ended 1 Nov) = "
           "17:00-17:30Z; the Date (Tue 16:40 PST) is already Wednesday in UTC; contact = sender")
def p10():
    body = t("""
        Hey Daniela - something came up thursday afternoon (board prep, ugh). I moved us to Friday 11/6 at 9am PT instead, same 30 min, same zoom link. The thu 3pm invite is gone. Sorry for the shuffle!!

        Ben

        Sent from my iPhone

        > On Nov 2, 2026, at 10:14 AM, Daniela Orozco <daniela.orozco@example.org> wrote:
        >
        > Hi Ben, Thursday at 3pm PT works great for me. Talk then!
        > Daniela
        >
        >> On Nov 2, 2026, at 9:02 AM, Ben Kowalczyk <ben@driftline.ai> wrote:
        >>
        >> Hi Daniela, thanks again for the great conversation with Priya. Last step on our side is a
        >> 30 min chat with me. Does Thursday 11/5 at 3pm PT work? Zoom: https://driftline.zoom.us/j/6613094482
        >>
        >> Ben Kowalczyk
        >> Co-founder & CTO, Driftline Analytics
        >> San Diego, CA
        """)
    headers = [
        ("Return-Path", "<ben@driftline.ai>"),
        rcv("mail-pj1-f54.google.com (mail-pj1-f54.google.com [209.85.216.54])",
            "2026-11-03 16:40:22", LA, "Bq9rN4vK2w"),
        ("From", addr("Ben Kowalczyk", "ben@driftline.ai")),
        to_me(),
        ("Subject", "Re: Driftline - last chat"),
        ("Date", date("2026-11-03 16:40:22", LA)),
        ("Message-ID", "<A4C19F2E-7B3D-4E8A-9C51-D20F7E6B3A18@driftline.ai>"),
        ("In-Reply-To", "<CAHx3nE0pQ7r+Vb2wK9sL1mZ4dT6yU8iO5aF3gH2jK1lM0nB@mail.gmail.com>"),
        ("References", "<CAF9kL2mP5wQ8rT3yU7iO1aS4dG6hJ0zX2cV5bN8mK3lQ7wE@mail.gmail.com> "
                       "<CAHx3nE0pQ7r+Vb2wK9sL1mZ4dT6yU8iO5aF3gH2jK1lM0nB@mail.gmail.com>"),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ]
    return message(headers, text(body, charset="utf-8", cte="quoted-printable"))


@mail(N(11), family="workable", lang="es-MX", interview=True, kind="scheduled",
      start="2026-11-11T23:00:00Z", end="2026-11-11T23:45:00Z",
      contact="paola.medina@cactlipagos.mx", company="Cactli Pagos",
      local="Wed 2026-11-11 17:00", local_end="2026-11-11 17:45", zone=MX,
      note="Workable in Spanish: 17:00-17:45 'hora CDMX, GMT-6' = 23:00-23:45Z; ICS in UTC agrees; From is "
           "noreply and Reply-To a Workable relay, so contact = the hiring manager's address in the body")
def p11():
    body = t("""
        Hola Daniela,

        Tu entrevista para el puesto Backend Engineer (Go) en Cactli Pagos ha sido programada.

        Fecha: miércoles 11 de noviembre de 2026
        Hora: 17:00 – 17:45 (hora CDMX, GMT-6)
        Tipo: Videollamada
        Enlace: https://meet.google.com/cxp-hwqa-tro

        Te entrevistarán Paola Medina (Engineering Manager) y Tomás Villaseñor (Senior Backend Engineer).

        Si tienes alguna duda o necesitas cambiar el horario, escríbele directamente a Paola a
        paola.medina@cactlipagos.mx.

        ¡Mucho éxito!
        Equipo de Cactli Pagos

        --
        Este correo fue enviado por Workable en nombre de Cactli Pagos.
        """)
    page = t("""
        <html><head><meta charset="UTF-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="20"><tr><td>
        <p>Hola Daniela,</p>
        <p>Tu entrevista para el puesto <strong>Backend Engineer (Go)</strong> en Cactli Pagos ha sido programada.</p>
        <table cellpadding="4" style="background:#f3f8f6;width:100%">
        <tr><td width="90"><strong>Fecha</strong></td><td>miércoles 11 de noviembre de 2026</td></tr>
        <tr><td><strong>Hora</strong></td><td>17:00 – 17:45 (hora CDMX, GMT-6)</td></tr>
        <tr><td><strong>Tipo</strong></td><td>Videollamada</td></tr>
        <tr><td><strong>Enlace</strong></td><td><a href="https://meet.google.com/cxp-hwqa-tro">https://meet.google.com/cxp-hwqa-tro</a></td></tr>
        </table>
        <p>Te entrevistarán Paola Medina (Engineering Manager) y Tomás Villaseñor (Senior Backend Engineer).</p>
        <p>Si tienes alguna duda o necesitas cambiar el horario, escríbele directamente a Paola a
        <a href="mailto:paola.medina@cactlipagos.mx">paola.medina@cactlipagos.mx</a>.</p>
        <p>¡Mucho éxito!<br>Equipo de Cactli Pagos</p>
        <p style="font-size:11px;color:#999">Este correo fue enviado por <a href="https://www.workable.com">Workable</a> en nombre de Cactli Pagos.</p>
        </td></tr></table></td></tr></table></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workable//Workable Calendar//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:event-9b31c7e2a0@workable.com
        DTSTAMP:20261106T170014Z
        DTSTART:20261111T230000Z
        DTEND:20261111T234500Z
        SUMMARY:Entrevista: Daniela Orozco / Backend Engineer (Go) - Cactli Pagos
        LOCATION:https://meet.google.com/cxp-hwqa-tro
        ORGANIZER;CN=Cactli Pagos:mailto:cactli-pagos+e8f3c21a7@candidates.workablemail.com
        ATTENDEE;CN=Daniela Orozco;RSVP=TRUE:mailto:daniela.orozco@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        ("Return-Path", "<bounces@candidates.workablemail.com>"),
        rcv("mail-a14.workablemail.com (mail-a14.workablemail.com [18.202.33.14])",
            "2026-11-06 11:00:14", MX, "Wk5oT1bY8h"),
        ("From", addr("Cactli Pagos", "noreply@candidates.workablemail.com")),
        ("Reply-To", addr("Cactli Pagos", "cactli-pagos+e8f3c21a7@candidates.workablemail.com")),
        to_me(),
        ("Subject", "Entrevista con Cactli Pagos: Backend Engineer (Go)"),
        ("Date", date("2026-11-06 11:00:14", MX)),
        ("Message-ID", "<wkbl.7f2a91c4e6d3b8a0.1794070814@candidates.workablemail.com>"),
    ]
    body_part = mixed(
        alt(text(body, cte="base64"), html(page, cte="base64")),
        calendar(ics, filename="invite.ics", disposition="attachment"),
    )
    return message(headers, body_part)


@mail(N(12), family="smartrecruiters", lang="en", interview=True, kind="cancelled",
      start="2026-11-12T22:00:00Z", end="2026-11-12T23:00:00Z",
      contact="hector.beltran@bajafreightworks.com", company="Baja Freightworks",
      local="Thu 2026-11-12 14:00", local_end="2026-11-12 15:00", zone=TIJ, days=(("Thu", "2026-11-12"),),
      note="SmartRecruiters cancellation, no new time ('Hector will reach out with new options'); the body "
           "gives only the day, the time is only in the METHOD:CANCEL ICS: 14:00-15:00 America/Los_Angeles "
           "(PST, UTC-8, same as Tijuana after 1 Nov) = 22:00-23:00Z; contact = Reply-To recruiter")
def p12():
    body = t("""
        Hi Daniela,

        Unfortunately we need to cancel your interview for Senior Backend Engineer, which was
        scheduled for Thursday, November 12. Our hiring manager has been pulled into an urgent
        customs-system migration this week.

        We're sorry for the inconvenience. Hector will reach out to you with new options as soon as
        the team's calendar clears up.

        Regards,
        Hector Beltrán
        Talent Acquisition, Baja Freightworks
        Tijuana, B.C. | San Diego, CA

        Powered by SmartRecruiters
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#404040">
        <div style="max-width:600px;margin:auto">
        <div style="padding:16px 0"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/bajafreightworks.png" alt="Baja Freightworks" height="36"></div>
        <p>Hi Daniela,</p>
        <p>Unfortunately we need to cancel your interview for <b>Senior Backend Engineer</b>, which was scheduled for <b>Thursday, November 12</b>. Our hiring manager has been pulled into an urgent customs-system migration this week.</p>
        <p>We're sorry for the inconvenience. Hector will reach out to you with new options as soon as the team's calendar clears up.</p>
        <p>Regards,<br>Hector Beltrán<br>Talent Acquisition, Baja Freightworks<br>Tijuana, B.C. | San Diego, CA</p>
        <p style="font-size:11px;color:#9b9b9b;padding-top:20px">Powered by <a href="https://www.smartrecruiters.com" style="color:#9b9b9b">SmartRecruiters</a></p>
        </div></body></html>
        """)
    ics = ical("""
        BEGIN:VCALENDAR
        PRODID:-//SmartRecruiters//Interview Scheduling//EN
        VERSION:2.0
        METHOD:CANCEL
        @@VTZ@@
        BEGIN:VEVENT
        UID:sr-interview-2c6f1b90-8e44-4d1f-a2b7-51e0c9d3f7a2
        SEQUENCE:2
        DTSTAMP:20261109T180218Z
        DTSTART;TZID=America/Los_Angeles:20261112T140000
        DTEND;TZID=America/Los_Angeles:20261112T150000
        SUMMARY:Interview: Senior Backend Engineer - Daniela Orozco
        ORGANIZER;CN=Hector Beltran:mailto:hector.beltran@bajafreightworks.com
        ATTENDEE;CN=Daniela Orozco:mailto:daniela.orozco@example.org
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR
        """, VTZ_LA)
    headers = [
        rcv("mx-out-3.smartrecruiters.com (mx-out-3.smartrecruiters.com [34.243.61.18])",
            "2026-11-09 10:02:18", LA, "Sr2vX9mA3e"),
        ("From", addr("Baja Freightworks", "noreply@smartrecruiters.com")),
        ("Reply-To", addr("Hector Beltrán", "hector.beltran@bajafreightworks.com")),
        to_me(),
        ("Subject", "Interview cancelled: Senior Backend Engineer - Baja Freightworks"),
        ("Date", date("2026-11-09 10:02:18", LA)),
        ("Message-ID", "<20261109180218.1f7a2c@sr-notifications-prod.smartrecruiters.com>"),
    ]
    body_part = mixed(
        alt(text(body), html(page)),
        calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment", cte="base64"),
    )
    return message(headers, body_part)


@mail(N(13), family="ms_bookings", lang="es-MX", interview=True, kind="scheduled",
      start="2026-11-17T18:00:00Z", end="2026-11-17T18:45:00Z",
      contact=None, company="Jacarandá TI",
      local="Tue 2026-11-17 12:00", local_end="2026-11-17 12:45", zone=MX,
      note="Microsoft Bookings confirmation in Spanish (HTML only + ICS): 12:00 p. m. - 12:45 p. m. "
           "'(UTC-06:00) Guadalajara, Ciudad de México, Monterrey' = 18:00-18:45Z; ICS TZID "
           "'Central Standard Time (Mexico)'; sender is the Bookings mailbox and the staff member is "
           "named without an address -> contact null")
def p13():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="max-width:560px;margin:0 auto;padding:20px;border:1px solid #edebe9">
        <div style="font-size:20px;font-weight:600;padding-bottom:8px">Reserva confirmada</div>
        <p>Hola, Daniela Orozco:</p>
        <p>Gracias por reservar con Reclutamiento Jacarandá TI.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td colspan="2" style="font-size:16px;font-weight:600">Entrevista inicial - Desarrollo Backend</td></tr>
        <tr><td colspan="2">martes, 17 de noviembre de 2026</td></tr>
        <tr><td colspan="2">12:00 p.&nbsp;m. - 12:45 p.&nbsp;m. (UTC-06:00) Guadalajara, Ciudad de México, Monterrey</td></tr>
        <tr><td style="color:#605e5c">Personal</td><td>Mariana Ibarra</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjE4MzQ2@thread.v2/0">Unirse a la reunión de Teams</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/ReclutamientoJacarandaTI@jacarandati.onmicrosoft.com/bookings/s/reserva/ics">Agregar al calendario</a> |
        <a href="https://outlook.office365.com/owa/calendar/ReclutamientoJacarandaTI@jacarandati.onmicrosoft.com/bookings/s/reserva/change">Cambiar reserva</a> |
        <a href="https://outlook.office365.com/owa/calendar/ReclutamientoJacarandaTI@jacarandati.onmicrosoft.com/bookings/s/reserva/cancel">Cancelar reserva</a></p>
        <p style="font-weight:600">Información adicional</p>
        <p>Le pedimos tener a la mano su CV actualizado y sus expectativas salariales.</p>
        <p style="color:#605e5c;font-size:12px">Reclutamiento Jacarandá TI<br>Av. Patria 1891, Zapopan, Jal.<br>33 1204 5567</p>
        </div></body></html>
        """)
    ics = ical("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @@VTZ@@
        BEGIN:VEVENT
        ORGANIZER;CN=Reclutamiento Jacaranda TI:mailto:ReclutamientoJacarandaTI@jacarandati.onmicrosoft.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniela Orozco:mailto:daniela.orozco@example.org
        SUMMARY;LANGUAGE=es-MX:Entrevista inicial - Desarrollo Backend
        DTSTART;TZID=Central Standard Time (Mexico):20261117T120000
        DTEND;TZID=Central Standard Time (Mexico):20261117T124500
        UID:040000008200E00074C5B7101A82E008000000003F0A1D7C8E75DD01000000000000000010000000B9C2
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261113T014411Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-MX:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """, VTZ_MX_EXCHANGE)
    headers = [
        rcv("NAM10-BN7-obe.outbound.protection.outlook.com (mail-bn7nam10on2091.outbound.protection.outlook.com "
            "[40.107.92.91])", "2026-11-13 01:44:11", "UTC", "Jc8pD2fQ6z"),
        ("From", addr("Reclutamiento Jacarandá TI",
                      "ReclutamientoJacarandaTI@jacarandati.onmicrosoft.com")),
        to_me(),
        ("Subject", enc("Reserva confirmada: Entrevista inicial - Desarrollo Backend con "
                        "Reclutamiento Jacarandá TI")),
        ("Date", date("2026-11-13 01:44:11", "UTC")),
        ("Message-ID", "<MN2PR19MB4079E0C53B9A1D7F62C8E1B4A9C30@MN2PR19MB4079.namprd19.prod.outlook.com>"),
        ("Content-Language", "es-MX"),
        ("X-MS-Has-Attach", "yes"),
    ]
    body_part = mixed(
        html(page),
        calendar(ics, method="REQUEST", filename="reserva.ics", disposition="attachment", cte="base64",
                 name_param=True),
    )
    return message(headers, body_part)


@mail(N(14), family="icims", lang="en", interview=True, kind="scheduled",
      start="2026-11-19T21:00:00Z", end=None,
      contact="shannon.ruiz@caprockenergy.com", company="Caprock Energy Services",
      local="Thu 2026-11-19 15:00", zone=CHI,
      note="iCIMS invitation, HTML only in windows-1252 QP (curly quotes, en dash); 3:00 PM Central "
           "Time on 19 Nov is CST (UTC-6) = 21:00Z; 'approximately 60 minutes' -> end null; contact = the "
           "recruiter address in the body")
def p14():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body><font face="Arial" size="2">
        <p>Dear Daniela,</p>
        <p>Thank you for your interest in the <b>Software Engineer III (Backend)</b> position at Caprock Energy
        Services. We’re pleased to confirm your virtual interview:</p>
        <p><b>Date:</b> Thursday, November 19, 2026<br>
        <b>Time:</b> 3:00 PM Central Time<br>
        <b>Interviewers:</b> Lorena Whitfield, Manager – Grid Software; Amos Teague, Principal Engineer<br>
        <b>Format:</b> Webex – <a href="https://caprockenergy.webex.com/meet/lwhitfield">https://caprockenergy.webex.com/meet/lwhitfield</a></p>
        <p>The interview will last approximately 60 minutes. You’ll be asked to walk through a system you
        designed, so feel free to have a diagram handy.</p>
        <p>Please confirm your attendance by replying to Shannon Ruiz at
        <a href="mailto:shannon.ruiz@caprockenergy.com">shannon.ruiz@caprockenergy.com</a>.</p>
        <p>Sincerely,</p>
        <p>Shannon Ruiz<br>Talent Acquisition Specialist<br>Caprock Energy Services<br>Austin, Texas</p>
        <p><font size="1" color="#808080">This e-mail was sent by iCIMS on behalf of Caprock Energy Services.
        Caprock Energy Services is an Equal Opportunity Employer.</font></p>
        </font></body></html>
        """)
    headers = [
        ("Return-Path", "<bounce-8817-caprockenergy@talent.icims.com>"),
        rcv("smtp-out-22.icims.com (smtp-out-22.icims.com [64.71.12.22])", "2026-11-16 09:15:03", CHI,
            "Ic3mW7qR0t"),
        ("From", addr("Caprock Energy Services", "caprockenergy-careers@talent.icims.com")),
        to_me(),
        ("Subject", enc("Interview Invitation – Software Engineer III (Backend), Req #26-0412", "windows-1252")),
        ("Date", date("2026-11-16 09:15:03", CHI)),
        ("Message-ID", "<1796917503221.88173.icims.caprockenergy@talent.icims.com>"),
        ("X-iCIMS-Customer", "caprockenergy"),
    ]
    return message(headers, html(page, charset="windows-1252"))


@mail(N(15), family="taleo", lang="es-MX", interview=True, kind="rescheduled",
      start="2026-11-25T17:00:00Z", end="2026-11-25T18:30:00Z",
      contact=None, company="Aceros Sierra Madre",
      local="Wed 2026-11-25 11:00", local_end="2026-11-25 12:30", zone=MTY,
      days=(("Mon", "2026-11-23"), ("Wed", "2026-11-25")),
      note="Taleo reschedule (iso-8859-15 QP HTML): 'Fecha y hora anterior' Mon 23 Nov 10:00 vs 'Nueva fecha' "
           "Wed 25 Nov 11:00 hrs hora del centro (Monterrey, UTC-6) = 17:00Z; 'Duración: 90 minutos' -> "
           "end 18:30Z; only no-reply and 'Atracción de Talento' -> contact null")
def p15():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
        <body style="font-family:Verdana,Arial;font-size:12px">
        <table width="640" border="0" cellspacing="0" cellpadding="6">
        <tr><td style="background:#7a1f1f;color:#ffffff;font-size:16px"><b>Aceros Sierra Madre &middot; Oportunidades de carrera</b></td></tr>
        <tr><td>
        <p>Estimado(a) Daniela Orozco:</p>
        <p>Le informamos que su entrevista para la posición <b>Desarrollador Backend</b> (Requisición 2600387) ha sido reprogramada.</p>
        <table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-size:12px">
        <tr><td>Fecha y hora anterior</td><td>lunes 23 de noviembre de 2026, 10:00 hrs</td></tr>
        <tr><td><b>Nueva fecha y hora</b></td><td><b>miércoles 25 de noviembre de 2026, 11:00 hrs (hora del centro)</b></td></tr>
        <tr><td>Duración</td><td>90 minutos</td></tr>
        <tr><td>Lugar</td><td>Planta Santa Catarina, Edificio Corporativo, Sala Cumbres. Presentarse en caseta 2 con identificación oficial.</td></tr>
        </table>
        <p>Le agradecemos confirmar su asistencia a través del portal de candidatos.</p>
        <p>Atentamente,<br>Atracción de Talento<br>Aceros Sierra Madre, S.A.B. de C.V.</p>
        <p style="color:#888888;font-size:10px">Este correo electrónico se generó automáticamente. Por favor no responda a este mensaje.</p>
        </td></tr></table></body></html>
        """)
    headers = [
        ("Return-Path", "<no-reply@taleo.net>"),
        rcv("tlo-smtp-ash-07.taleo.net (tlo-smtp-ash-07.taleo.net [160.34.9.47])", "2026-11-20 13:00:41", MTY,
            "Tl9kG3vN6b"),
        ("From", addr("Aceros Sierra Madre", "no-reply@taleo.net")),
        to_me("Daniela Orozco"),
        ("Subject", enc("Reprogramación de entrevista - Requisición 2600387 Desarrollador Backend",
                        "iso-8859-15")),
        ("Date", date("2026-11-20 13:00:41", MTY)),
        ("Message-ID", "<1419207741.4471.1795201241003.JavaMail.taleo@tlo-ash-app19>"),
    ]
    return message(headers, html(page, charset="iso-8859-15"))


@mail(N(16), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start="2026-12-01T22:00:00Z", end="2026-12-01T23:00:00Z",
      contact="alyssa@prairiestack.io", company="Prairie Stack",
      local="Tue 2026-12-01 16:00", local_end="2026-12-01 17:00", zone=CHI, days=(("Thu", "2026-12-03"),),
      note="Google Calendar 'Canceled event with note' (METHOD:CANCEL): the cancelled slot Tue 1 Dec 4pm-5pm "
           "Central (CST, UTC-6) = 22:00-23:00Z; the note promises a new invite for Thursday, which is not "
           "in this mail, so cancelled with the old slot; contact = organizer")
def p16():
    note = ("Hi Daniela - so sorry, Jake (your interviewer) is out on medical leave next week. I'm canceling "
            "Tuesday's slot; a new invite is coming for Thursday Dec 3, same time, with Noor instead.")
    body = t(f"""
        This event has been canceled with a note:
        "{note}"

        Technical interview - Daniela Orozco
        When
        Tuesday Dec 1, 2026 4pm – 5pm (Central Time - Chicago)

        Guests
        Alyssa Brandt - organizer
        Jake Moreau
        daniela.orozco@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=MmxxOGR

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.

        Forwarding this invitation could allow any recipient to send a response to the organizer, be added to
        the guest list, invite others regardless of their own invitation status, or modify your RSVP.
        """)
    page = t(f"""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;max-width:600px">
        <p style="color:#d93025">This event has been canceled with a note:</p>
        <p style="font-style:italic">&quot;{note}&quot;</p>
        <h2 style="font-size:22px;font-weight:400;text-decoration:line-through">Technical interview - Daniela Orozco</h2>
        <table><tr><td style="width:100px;color:#70757a">When</td><td>Tuesday Dec 1, 2026 4pm – 5pm (Central Time - Chicago)</td></tr>
        <tr><td style="color:#70757a">Guests</td><td>Alyssa Brandt - organizer<br>Jake Moreau<br>daniela.orozco@example.org</td></tr></table>
        <p style="font-size:12px;color:#70757a">Invitation from <a href="https://calendar.google.com/calendar/">Google Calendar</a></p>
        </div>
        """)
    ics = ical("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        @@VTZ@@
        BEGIN:VEVENT
        DTSTART;TZID=America/Chicago:20261201T160000
        DTEND;TZID=America/Chicago:20261201T170000
        DTSTAMP:20261127T160508Z
        ORGANIZER;CN=Alyssa Brandt:mailto:alyssa@prairiestack.io
        UID:2lq8dr5vj3k0m7f1c9t4b6nh2e@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=daniela.orozco@example.org;X-NUM-GUESTS=0:mailto:daniela.orozco@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jake Moreau;X-NUM-GUESTS=0:mailto:jake@prairiestack.io
        CREATED:20261119T203355Z
        LAST-MODIFIED:20261127T160507Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Technical interview - Daniela Orozco
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """, VTZ["America/Chicago"])
    headers = [
        ("Return-Path", "<alyssa@prairiestack.io>"),
        rcv("mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "2026-11-27 16:05:08", "UTC",
            "Gc1nB5xL7s"),
        ("From", addr("Alyssa Brandt", "alyssa@prairiestack.io")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Reply-To", addr("Alyssa Brandt", "alyssa@prairiestack.io")),
        to_me(None),
        ("Subject", "Canceled event with note: Technical interview - Daniela Orozco @ Tue Dec 1, 2026 "
                    "4pm - 5pm (CST) (daniela.orozco@example.org)"),
        ("Date", date("2026-11-27 16:05:08", "UTC")),
        ("Message-ID", "<calendar-a81c44d2-5e0f-4b3a-9d6e-2f1b7c8a3e90@google.com>"),
    ]
    body_part = mixed(
        alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True),
    )
    return message(headers, body_part)


@mail(N(17), family="zoom", lang="es-MX", interview=True, kind="scheduled",
      start="2026-12-04T00:00:00Z", end=None,
      contact="itzel.navarro@agavera.com.mx", company="Agavera Sistemas",
      local="Thu 2026-12-03 18:00", zone=MX,
      note="Recruiter mail with a pasted Spanish Zoom invitation 'Hora: 3 dic 2026 06:00 p. m. Ciudad de México' "
           "(UTC-6) = 00:00Z on 4 Dec, the next day in UTC; the interviewer is travelling in Vancouver but the "
           "mail says the time is Guadalajara's; no duration; contact = sender")
def p17():
    body = t("""
        Hola Daniela, ¿cómo estás?

        Como quedamos por teléfono, te comparto los datos de la entrevista con Samuel (Head of
        Engineering). Quedó en la tarde porque él anda de viaje en Vancouver esta semana, pero la hora
        ya es la de aquí (Guadalajara).

        Itzel Navarro le está invitando a una reunión de Zoom programada.

        Tema: Entrevista Daniela Orozco - Backend Sr.
        Hora: 3 dic 2026 06:00 p. m. Ciudad de México

        Unirse a la reunión Zoom
        https://agavera.zoom.us/j/83307126645?pwd=Vm9LcW1Ya0tQdTBhN3FkZz09

        ID de reunión: 833 0712 6645
        Código de acceso: 447120

        ---

        Cualquier cosa me escribes por aquí o por WhatsApp.

        Saludos!
        Itzel Navarro
        Talent & Culture | Agavera Sistemas
        Guadalajara, Jal.
        """)
    headers = [
        ("Return-Path", "<itzel.navarro@agavera.com.mx>"),
        rcv("mail-yw1-f170.google.com (mail-yw1-f170.google.com [209.85.128.170])", "2026-11-30 12:04:51", MX,
            "Zm4hY1cT8r"),
        ("From", addr("Itzel Navarro", "itzel.navarro@agavera.com.mx")),
        to_me(),
        ("Subject", enc("Entrevista con Agavera - jueves 3 de diciembre")),
        ("Date", date("2026-11-30 12:04:51", MX)),
        ("Message-ID", "<CAM7q2Rk0vN1x+Ht5Ld8pWc3ZsQ9eB4yF6uJ2aK7mP0oX1iV@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body, cte="quoted-printable"), html(gmail_html(body))))


@mail(N(18), family="recruitee", lang="en", interview=True, kind="scheduled",
      start="2026-12-09T14:00:00Z", end="2026-12-09T15:00:00Z",
      contact="marta.soler@garbimobility.com", company="Garbí Mobility",
      local="Wed 2026-12-09 15:00", local_end="2026-12-09 16:00", zone=MAD,
      note="Recruitee confirmation from Barcelona in English: 'Wednesday 9 December 2026, 15:00 - 16:00 "
           "(Europe/Madrid)' (CET, UTC+1) = 14:00-15:00Z, which the body also gives as 8:00 in Guadalajara; "
           "no ICS; contact = Reply-To recruiter")
def p18():
    body = t("""
        Hi Daniela,

        Great news - your interview has been scheduled!

        Backend Engineer (Remote, Spain/LatAm)
        Wednesday 9 December 2026, 15:00 - 16:00 (Europe/Madrid)
        Google Meet: https://meet.google.com/gbm-xkqa-ppd

        With: Marta Soler (Talent), Oriol Puig (Engineering Manager)

        Heads-up: we're in Barcelona, so for you in Guadalajara that's 8:00 in the morning. Hope that's
        not too early - grab a coffee!

        If you need to reschedule, just reply to this email.

        Cheers,
        Marta

        --
        Sent with Recruitee
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Lato,Arial,sans-serif;font-size:15px;color:#1c2340">
        <div style="max-width:560px;margin:0 auto;padding:24px">
        <p>Hi Daniela,</p>
        <p>Great news &ndash; your interview has been scheduled!</p>
        <div style="border:1px solid #e3e6ef;border-radius:6px;padding:14px 18px">
        <div style="font-weight:700">Backend Engineer (Remote, Spain/LatAm)</div>
        <div>Wednesday 9 December 2026, 15:00 &ndash; 16:00 (Europe/Madrid)</div>
        <div>Google Meet: <a href="https://meet.google.com/gbm-xkqa-ppd">meet.google.com/gbm-xkqa-ppd</a></div>
        </div>
        <p>With: Marta Soler (Talent), Oriol Puig (Engineering Manager)</p>
        <p>Heads-up: we're in Barcelona, so for you in Guadalajara that's 8:00 in the morning. Hope that's not too early &ndash; grab a coffee!</p>
        <p>If you need to reschedule, just reply to this email.</p>
        <p>Cheers,<br>Marta</p>
        <p style="font-size:11px;color:#98a0b3">Sent with <a href="https://recruitee.com" style="color:#98a0b3">Recruitee</a></p>
        </div></body></html>
        """)
    headers = [
        ("Return-Path", "<bounce-garbimobility@mail.recruitee.com>"),
        rcv("out-12.mail.recruitee.com (out-12.mail.recruitee.com [185.250.236.12])", "2026-12-03 10:00:27",
            MAD, "Rt6nE3wP1a"),
        ("From", addr("Marta Soler (Garbí Mobility)", "no-reply@recruitee.com")),
        ("Reply-To", addr("Marta Soler", "marta.soler@garbimobility.com")),
        to_me(),
        ("Subject", enc("Interview scheduled: Backend Engineer (Remote, Spain/LatAm) – Garbí Mobility")),
        ("Date", date("2026-12-03 10:00:27", MAD)),
        ("Message-ID", "<rc.6e0d2f1a4b.20261203090027@mail.recruitee.com>"),
    ]
    return message(headers, alt(text(body, cte="8bit"), html(page)))


@mail(N(19), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-12-10T15:00:00Z", end="2026-12-10T18:00:00Z",
      contact="courtney.mabry@lampasas-analytics.com", company="Lampasas Analytics",
      local="Thu 2026-12-10 09:00", local_end="2026-12-10 12:00", zone=CHI,
      note="GoodTime itinerary, all times 'Central Time (CT)' in December = CST (UTC-6): first session "
           "9:00 AM to last end 12:00 PM = 15:00-18:00Z (multi-session rule); no ICS; contact = Reply-To "
           "coordinator")
def p19():
    body = t("""
        Hi Daniela,

        We're excited to have you join us for your final round! Below is your interview itinerary.
        All times are listed in Central Time (CT).

        Thursday, December 10, 2026

          9:00 AM - 10:00 AM CT    System Design - Rafael Ocampo, Staff Engineer
          10:00 AM - 10:15 AM CT   Break
          10:15 AM - 11:00 AM CT   Coding (Python) - Hannah Beck, Senior Software Engineer
          11:15 AM - 12:00 PM CT   Hiring Manager - Marcus Lee, Director of Data Platform

        Zoom (same link for all sessions): https://lampasas.zoom.us/j/91820374651

        Your coordinator for the day is Courtney Mabry. If anything comes up, reply to this email
        and she will help.

        Good luck!
        Lampasas Analytics Talent Team

        Powered by GoodTime
        """)
    rows = [("9:00 AM - 10:00 AM CT", "System Design", "Rafael Ocampo, Staff Engineer"),
            ("10:00 AM - 10:15 AM CT", "Break", ""),
            ("10:15 AM - 11:00 AM CT", "Coding (Python)", "Hannah Beck, Senior Software Engineer"),
            ("11:15 AM - 12:00 PM CT", "Hiring Manager", "Marcus Lee, Director of Data Platform")]
    trs = "\n".join(f'<tr><td style="padding:6px 12px;white-space:nowrap">{a}</td><td style="padding:6px 12px">'
                    f'<b>{b}</b><br><span style="color:#666">{c}</span></td></tr>' for a, b, c in rows)
    page = (t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <div style="max-width:620px;margin:0 auto">
        <p>Hi Daniela,</p>
        <p>We're excited to have you join us for your final round! Below is your interview itinerary. All times are listed in <b>Central Time (CT)</b>.</p>
        <h3 style="margin-bottom:4px">Thursday, December 10, 2026</h3>
        <table style="border-collapse:collapse;border:1px solid #ddd">
        """) + trs + t("""
        </table>
        <p>Zoom (same link for all sessions): <a href="https://lampasas.zoom.us/j/91820374651">https://lampasas.zoom.us/j/91820374651</a></p>
        <p>Your coordinator for the day is Courtney Mabry. If anything comes up, reply to this email and she will help.</p>
        <p>Good luck!<br>Lampasas Analytics Talent Team</p>
        <p style="font-size:11px;color:#999">Powered by GoodTime</p>
        </div></body></html>
        """))
    headers = [
        rcv("o7.email.goodtime.io (o7.email.goodtime.io [167.89.22.7])", "2026-12-04 14:00:52", CHI,
            "Gt0rS8kD4v"),
        ("From", addr("Lampasas Analytics Recruiting", "no-reply@goodtime.io")),
        ("Reply-To", addr("Courtney Mabry", "courtney.mabry@lampasas-analytics.com")),
        to_me(),
        ("Subject", "Your Interview Schedule with Lampasas Analytics - Thursday, December 10"),
        ("Date", date("2026-12-04 14:00:52", CHI)),
        ("Message-ID", "<gt.itin.5c2e9a1f7b3d@goodtime.io>"),
    ]
    return message(headers, alt(text(body), html(page)))


@mail(N(20), family="human_prose", lang="es-MX", interview=True, kind="scheduled",
      start="2026-10-14T18:30:00Z", end=None,
      contact="emiliano@pitahaya.dev", company="Pitahaya Dev",
      local="Wed 2026-10-14 12:30", zone=MX, days=(("Mon", "2026-10-12"),),
      note="Founder's phone reply (tú, typos): 'quedamos pasado mañana a las 12:30' resolved against the Date "
           "Mon 12 Oct 21:14 -0600 -> Wed 14 Oct 12:30 Guadalajara (UTC-6) = 18:30Z (the Date is already "
           "Tuesday in UTC, which would give Thursday); 'como 1 hora' -> end null; contact = sender")
def p20():
    body = t("""
        va, perfecto Dani! entonces quedamos pasado mañana a las 12:30 en nuestra oficina, Av. Chapultepec 480 (el edificio de las bicis), piso 2. preguntas por mi en recepcion. es una platica tecnica con Vale y conmigo, como 1 hora, nada formal

        saludos!
        Emi

        Enviado desde mi iPhone

        > El 12 oct 2026, a las 19:02, Daniela Orozco <daniela.orozco@example.org> escribió:
        >
        > Hola Emiliano, ¡muchas gracias! Me late mucho lo que están haciendo en Pitahaya. Tengo libre el miércoles a mediodía o el jueves en la tarde, lo que les acomode mejor.
        >
        > Saludos,
        > Daniela
        >
        >> El 12 oct 2026, a las 11:40, Emiliano Rivas <emiliano@pitahaya.dev> escribió:
        >>
        >> Hola Daniela, vi tu perfil y tu charla en el meetup de Go. Estamos armando el equipo de backend, ¿te late platicar esta semana?
        """)
    headers = [
        ("Return-Path", "<emiliano@pitahaya.dev>"),
        rcv("mail-qk1-f180.google.com (mail-qk1-f180.google.com [209.85.222.180])", "2026-10-12 21:14:09", MX,
            "Ph2yW6nM3q"),
        ("From", addr("Emiliano Rivas", "emiliano@pitahaya.dev")),
        to_me(),
        ("Subject", "Re: platicamos?"),
        ("Date", date("2026-10-12 21:14:09", MX)),
        ("Message-ID", "<8D2F4A61-C0B7-4E39-A5D1-77E3B9F02C4A@pitahaya.dev>"),
        ("In-Reply-To", "<CAJ5tV0xR8m+Qh2pL9sK3nW1zY7eB4cF6uD2aG5mN0oP1iT8@mail.gmail.com>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ]
    return message(headers, text(body, cte="8bit"))


@mail(N(21), family="forward_to_self", lang="es-MX", interview=True, kind="scheduled",
      start="2026-10-22T22:00:00Z", end="2026-10-23T00:00:00Z",
      contact="rebeca.salinas@nortenadata.mx", company="Norteña Data",
      local="Thu 2026-10-22 16:00", local_end="2026-10-22 18:00", zone=MTY, days=(("Thu", "2026-10-22"),),
      note="Forward to self from the candidate's other address, with the recruiter's mail as message/rfc822: "
           "'jueves 22 de octubre, 16:00 hrs (hora de Monterrey)' (UTC-6) = 22:00Z; 'Duración: 2 horas' -> end "
           "00:00Z on the 23rd; the candidate's own note has a flight at 7:05 the same day (not the interview); "
           "contact = the recruiter in the forwarded header")
def p21():
    inner_body = t("""
        Hola Daniela,

        Qué gusto saludarte. Te confirmo tu entrevista presencial para el puesto de Backend Developer Sr.:

        Día: jueves 22 de octubre
        Hora: 16:00 hrs (hora de Monterrey)
        Lugar: Norteña Data, Torre Aldama piso 11, Av. Constitución 1500 Ote., Centro, Monterrey, N.L.
        Duración: 2 horas (panel técnico + plática con el director de tecnología)

        Nosotros cubrimos el vuelo y te reembolsamos taxis contra factura; Yadira de administración te
        manda los boletos mañana.

        Saludos,
        Rebeca Salinas
        Reclutamiento TI | Norteña Data
        81 2231 4470
        """)
    inner = message([
        ("From", addr("Rebeca Salinas", "rebeca.salinas@nortenadata.mx")),
        ("To", addr("Daniela Orozco", "daniela.orozco@example.net")),
        ("Subject", enc("Confirmación de entrevista presencial - Norteña Data")),
        ("Date", date("2026-10-15 17:02:44", MTY)),
        ("Message-ID", "<CAPz4nQ1r7W+kL0sB5vT2mX8yE3cH6jD9aF1gU4iN7oR2pS5@mail.gmail.com>"),
    ], text(inner_body, cte="8bit"))
    note = t("""
        para tenerlo en este correo.
        ojo: vuelo GDL-MTY el 22 a las 7:05, llevar INE, laptop y cargador. pedir factura del taxi!!
        """)
    headers = [
        ("Return-Path", "<daniela.orozco@example.net>"),
        rcv("smtp.example.net (smtp.example.net [203.0.113.25])", "2026-10-16 08:30:19", MX, "Fw1dQ7xE5n"),
        ("From", addr("Daniela Orozco", "daniela.orozco@example.net")),
        to_me(),
        ("Subject", enc("Fwd: Confirmación de entrevista presencial - Norteña Data")),
        ("Date", date("2026-10-16 08:30:19", MX)),
        ("Message-ID", "<f3a9c1e0-4b7d-2e85-a6c1-9d0b8e7f6a52@example.net>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ]
    return message(headers, mixed(text(note), attached_message(inner, "Confirmacion de entrevista.eml")))


@mail(N(22), family="ashby", lang="en", interview=True, kind="rescheduled",
      start="2026-09-09T17:30:00Z", end="2026-09-09T18:15:00Z",
      contact="jordan.pak@tidepoolsys.com", company="Tidepool Systems",
      local="Wed 2026-09-09 10:30", local_end="2026-09-09 11:15", zone=LA,
      days=(("Tue", "2026-09-08"),),
      note="Ashby reschedule, base64 bodies: new 'Wednesday, September 9, 2026, 10:30 AM - 11:15 AM PDT' "
           "(UTC-7) = 17:30-18:15Z, the previous Tuesday slot also written; ICS SEQUENCE:1 in "
           "America/Los_Angeles agrees; contact = Reply-To recruiter")
def p22():
    body = t("""
        Hi Daniela,

        Your interview has been rescheduled. Here are the updated details:

        Technical Screen - Backend Engineer
        New time: Wednesday, September 9, 2026, 10:30 AM - 11:15 AM PDT
        Previously: Tuesday, September 8, 2026, 10:00 AM - 10:45 AM PDT

        Zoom: https://tidepoolsys.zoom.us/j/97711203548

        You'll meet with:
          Anika Lindgren - Senior Software Engineer

        An updated calendar invite is attached. Questions? Just reply and it will reach Jordan Pak.

        Thanks,
        Tidepool Systems Recruiting
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Daniela,</p>
        <p>Your interview has been rescheduled. Here are the updated details:</p>
        <p><b>Technical Screen - Backend Engineer</b><br>
        New time: Wednesday, September 9, 2026, 10:30 AM &ndash; 11:15 AM PDT<br>
        <span style="color:#888">Previously: Tuesday, September 8, 2026, 10:00 AM &ndash; 10:45 AM PDT</span><br>
        Zoom: <a href="https://tidepoolsys.zoom.us/j/97711203548">https://tidepoolsys.zoom.us/j/97711203548</a></p>
        <p>You&#x27;ll meet with:<br>Anika Lindgren &mdash; Senior Software Engineer</p>
        <p>An updated calendar invite is attached. Questions? Just reply and it will reach Jordan Pak.</p>
        <p>Thanks,<br>Tidepool Systems Recruiting</p>
        </body></html>
        """)
    ics = ical("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        @@VTZ@@
        BEGIN:VEVENT
        UID:0b7e4d21-93c5-4a8f-b6d2-1e5f7a9c3d80
        DTSTAMP:20260903T184008Z
        DTSTART;TZID=America/Los_Angeles:20260909T103000
        DTEND;TZID=America/Los_Angeles:20260909T111500
        SEQUENCE:1
        SUMMARY:Tidepool Systems - Technical Screen (Backend Engineer)
        LOCATION:https://tidepoolsys.zoom.us/j/97711203548
        ORGANIZER;CN=Jordan Pak:mailto:jordan.pak@tidepoolsys.com
        ATTENDEE;CN=Daniela Orozco;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:daniela.orozco@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """, VTZ_LA)
    headers = [
        rcv("a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])", "2026-09-03 11:40:08",
            LA, "As5jK2pV9m"),
        ("From", addr("Tidepool Systems", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Jordan Pak", "jordan.pak@tidepoolsys.com")),
        to_me(),
        ("Subject", "Updated: Your interview with Tidepool Systems has been rescheduled"),
        ("Date", date("2026-09-03 11:40:08", LA)),
        ("Message-ID", "<010001962f3a8c41-5d7e2b19-4c0a-4e8f-9a31-b6d0c7e2f418-000000@email.amazonses.com>"),
    ]
    body_part = mixed(
        alt(text(body, cte="base64"), html(page, cte="base64")),
        calendar(ics, filename="invite.ics", disposition="attachment", cte="base64"),
    )
    return message(headers, body_part)


@mail(N(23), family="exchange", lang="es-MX", interview=True, kind="cancelled",
      start="2026-11-05T17:00:00Z", end="2026-11-05T18:00:00Z",
      contact="kzepeda@chapalaelectronica.mx", company="Chapala Electrónica",
      local="Thu 2026-11-05 11:00", local_end="2026-11-05 12:00", zone=MX, days=(("Thu", "2026-11-05"),),
      note="Exchange cancellation in Spanish (METHOD:CANCEL, TZID 'Central Standard Time (Mexico)'): 'la "
           "entrevista de mañana jueves a las 11:00' from the Date Wed 4 Nov; Cuándo 11:00-12:00 (UTC-06:00) "
           "Guadalajara = 17:00-18:00Z; no new time yet; contact = organizer/sender")
def p23():
    body = t("""
        Cuándo: jueves, 5 de noviembre de 2026 11:00-12:00 (UTC-06:00) Guadalajara, Ciudad de México, Monterrey.
        Dónde: Reunión de Microsoft Teams

        Hola Daniela, buenos días.

        Una disculpa, te informo que la entrevista de mañana jueves a las 11:00 se cancela: al Ing.
        Lomelí le salió un viaje a la planta de Tijuana y no regresa hasta la próxima semana. En cuanto
        tenga su agenda te propongo nuevas opciones.

        Saludos,

        Karina Zepeda
        Reclutamiento y Selección | Chapala Electrónica
        El Salto, Jalisco
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="ES-MX"><div class="WordSection1">
        <p class="MsoNormal">Hola Daniela, buenos días.</p>
        <p class="MsoNormal">Una disculpa, te informo que la entrevista de mañana jueves a las 11:00 se cancela: al Ing. Lomelí le salió un viaje a la planta de Tijuana y no regresa hasta la próxima semana. En cuanto tenga su agenda te propongo nuevas opciones.</p>
        <p class="MsoNormal">Saludos,</p>
        <p class="MsoNormal"><b>Karina Zepeda</b><br>Reclutamiento y Selección | Chapala Electrónica<br>El Salto, Jalisco</p>
        </div></body></html>
        """)
    ics = ical("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @@VTZ@@
        BEGIN:VEVENT
        ORGANIZER;CN=Karina Zepeda:mailto:kzepeda@chapalaelectronica.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniela Orozco:mailto:daniela.orozco@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Octavio Lomelí:mailto:olomeli@chapalaelectronica.mx
        DESCRIPTION;LANGUAGE=es-MX:Hola Daniela\\, buenos días.\\n\\nUna disculpa\\, te informo que la entrevista de mañana jueves a las 11:00 se cancela.\\n
        UID:040000008200E00074C5B7101A82E00800000000D2A6F91B4C70DD01000000000000000010000000A7E3
        SUMMARY;LANGUAGE=es-MX:Cancelado: Entrevista técnica - Daniela Orozco
        DTSTART;TZID=Central Standard Time (Mexico):20261105T110000
        DTEND;TZID=Central Standard Time (Mexico):20261105T120000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261104T152012Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=es-MX:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        END:VEVENT
        END:VCALENDAR
        """, VTZ_MX_EXCHANGE)
    headers = [
        ("Return-Path", "<kzepeda@chapalaelectronica.mx>"),
        rcv("NAM02-SN1-obe.outbound.protection.outlook.com (mail-sn1nam02on2102.outbound.protection.outlook.com "
            "[40.107.96.102])", "2026-11-04 09:20:12", MX, "Ex7cH0uL2y"),
        ("From", addr("Karina Zepeda", "kzepeda@chapalaelectronica.mx")),
        to_me(),
        ("CC", addr("Octavio Lomelí", "olomeli@chapalaelectronica.mx")),
        ("Subject", enc("Cancelado: Entrevista técnica - Daniela Orozco")),
        ("Thread-Topic", enc("Entrevista técnica - Daniela Orozco")),
        ("Thread-Index", "AdtOa1k3uVJx0n7+RTe2wQ8cLm5Z4g=="),
        ("Date", date("2026-11-04 09:20:12", MX)),
        ("Message-ID", "<DM6PR02MB5371B8E0F4C29A1D36E7C5F2B80A1@DM6PR02MB5371.namprd02.prod.outlook.com>"),
        ("Importance", "high"),
        ("Accept-Language", "es-MX, en-US"),
        ("Content-Language", "es-MX"),
    ]
    body_part = alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64"))
    return message(headers, body_part)


# =========================================================================== negatives (keys 24-50)


@mail(N(24), family="rejection", lang="es-ES", interview=False, company="Almendra Software",
      days=(("Mon", "2026-10-26"),),
      note="Personio rejection after the 26 Oct interview (thread with the Almendra invitation); names the past "
           "interview date, confirms nothing")
def n24():
    body = t("""
        Hola Daniela:

        Muchas gracias por el tiempo que nos dedicaste en la entrevista del pasado lunes 26 de octubre
        con Jordi y conmigo. Nos gustó mucho conocerte y charlar sobre tu experiencia con colas y
        sistemas de pagos.

        Después de darle muchas vueltas, hemos decidido seguir adelante con otra persona cuyo perfil
        encaja algo más con lo que necesita el equipo de Pagos ahora mismo. No ha sido una decisión
        fácil.

        Si te parece bien, guardaremos tu candidatura para futuros procesos: en primavera abriremos dos
        posiciones más de backend y nos encantaría volver a hablar contigo.

        Un abrazo y mucha suerte,
        Lucía Ferrer
        People Partner · Almendra Software
        """)
    headers = [
        rcv("mail-eu1.personio.de (mail-eu1.personio.de [18.197.20.115])", "2026-11-05 10:30:55", MAD,
            "Pv90fB3oKy"),
        ("From", addr("Almendra Software", "no-reply@personio.de")),
        ("Reply-To", addr("Lucía Ferrer", "lucia.ferrer@almendrasoft.es")),
        to_me(),
        ("Subject", "Tu candidatura en Almendra Software"),
        ("Date", date("2026-11-05 10:30:55", MAD)),
        ("Message-ID", "<0102019a9b2d40c7-1e5f3a88-7c2d-4f90-b1e6-3d8a2c5f7e19-000000@eu-central-1.amazonses.com>"),
    ]
    return message(headers, text(body))


@mail(N(25), family="offer", lang="en", interview=False, company="Brazos Ledger",
      days=(("Tue", "2026-09-29"), ("Fri", "2026-10-09"), ("Mon", "2026-11-02")),
      note="Offer after the interviews (thread with the Brazos Ledger confirmation): a past panel date and a "
           "decision deadline 'Friday, October 9 at 5 PM CT', and a call only offered; PDF attached")
def n25():
    body = t("""
        Hi Daniela,

        I'm thrilled to share that the team would love to have you join Brazos Ledger! Following your
        conversations with Owen, Radhika and the panel on Tuesday, September 29, we'd like to extend an
        offer for the Senior Backend Engineer (Payments Platform) role, fully remote from Guadalajara
        through our employer-of-record partner.

        The attached letter has all the details. The highlights:
          - Base salary: USD 118,000 / year, paid in USD
          - Equity: 4,000 options, 4-year vesting with a 1-year cliff
          - Start date: Monday, November 2 (flexible)

        Could you let me know your decision by Friday, October 9 at 5 PM CT? If you'd like to talk it
        through with Radhika first, send me a couple of times that work for you and I'll set it up.

        Congratulations - we're really excited!

        Kelsey

        Kelsey Hartwell
        Technical Recruiter | Brazos Ledger
        """)
    pdf = "%PDF-1.4\n% Brazos Ledger - offer letter (placeholder)\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
    pdf_b64 = base64.encodebytes(pdf.encode("ascii")).decode("ascii")
    headers = [
        ("Return-Path", "<kelsey.hartwell@brazosledger.com>"),
        rcv("mail-il1-f171.google.com (mail-il1-f171.google.com [209.85.166.171])", "2026-10-02 16:10:33", CHI,
            "Bl4kN8wQ2c"),
        ("From", addr("Kelsey Hartwell", "kelsey.hartwell@brazosledger.com")),
        to_me(),
        ("CC", addr("Radhika Sen", "radhika.sen@brazosledger.com")),
        ("Subject", "Offer - Senior Backend Engineer, Brazos Ledger"),
        ("Date", date("2026-10-02 16:10:33", CHI)),
        ("Message-ID", "<CAN3xT8pW1k+Rz5mQ0vL7bY2sE9cH4jD6aF1gU3iN8oR5pK2@mail.gmail.com>"),
    ]
    pdf_part = raw_part([("Content-Type", 'application/pdf; name="Brazos_Ledger_Offer_Daniela_Orozco.pdf"'),
                         ("Content-Disposition", 'attachment; filename="Brazos_Ledger_Offer_Daniela_Orozco.pdf"'),
                         ("Content-Transfer-Encoding", "base64")], pdf_b64)
    return message(headers, mixed(alt(text(body), html(gmail_html(body))), pdf_part))


@mail(N(26), family="application_ack", lang="es-ES", interview=False, company="Kranich Logistik",
      note="softgarden receipt in Spain Spanish: application received, an interview only promised "
           "hypothetically ('te propondremos varias fechas')")
def n26():
    body = t("""
        Hola Daniela Orozco:

        Gracias por tu candidatura para el puesto Backend Engineer (m/f/d) en nuestro hub tecnológico
        de Madrid. Hemos recibido correctamente tu documentación.

        Nuestro equipo la revisará en las próximas dos semanas. Si tu perfil encaja, te invitaremos a
        una primera entrevista por videollamada de unos 30 minutos y te propondremos varias fechas.

        Puedes consultar el estado de tu candidatura en cualquier momento en tu cuenta de candidato:
        https://kranich-logistik.softgarden.io/es/candidate/applications

        Un saludo cordial,
        Tu equipo de Recruiting de Kranich Logistik

        Kranich Logistik GmbH · Hamburgo · Madrid
        Este es un mensaje generado automáticamente.
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <div style="max-width:600px;margin:0 auto">
        <div style="background:#0b3c5d;color:#fff;padding:14px 20px;font-size:18px">Kranich Logistik · Careers</div>
        <div style="padding:20px">
        <p>Hola Daniela Orozco:</p>
        <p>Gracias por tu candidatura para el puesto <b>Backend Engineer (m/f/d)</b> en nuestro hub tecnológico de Madrid. Hemos recibido correctamente tu documentación.</p>
        <p>Nuestro equipo la revisará en las próximas dos semanas. Si tu perfil encaja, te invitaremos a una primera entrevista por videollamada de unos 30 minutos y te propondremos varias fechas.</p>
        <p>Puedes consultar el estado de tu candidatura en cualquier momento en tu <a href="https://kranich-logistik.softgarden.io/es/candidate/applications">cuenta de candidato</a>.</p>
        <p>Un saludo cordial,<br>Tu equipo de Recruiting de Kranich Logistik</p>
        <p style="font-size:11px;color:#999">Kranich Logistik GmbH · Hamburgo · Madrid<br>Este es un mensaje generado automáticamente. · powered by softgarden</p>
        </div></div></body></html>
        """)
    headers = [
        rcv("mout.softgarden.io (mout.softgarden.io [185.15.58.41])", "2026-09-14 11:20:06", "Europe/Berlin",
            "Sg3eR7tA0z"),
        ("From", addr("Kranich Logistik - Recruiting", "noreply@softgarden.io")),
        to_me(),
        ("Subject", enc("Confirmación de recepción de tu candidatura: Backend Engineer (m/f/d) – Madrid/remoto")),
        ("Date", date("2026-09-14 11:20:06", "Europe/Berlin")),
        ("Message-ID", "<sg.1794395206.88173.kranich-logistik@softgarden.io>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, alt(text(body, charset="iso-8859-15"), html(page)))


@mail(N(27), family="job_alert", lang="es-MX", interview=False, company=None,
      days=(("Thu", "2026-09-24"),),
      note="Job-board digest: badges 'Entrevista inmediata', 'Entrevistas esta semana' and a recruiting day "
           "'jueves 24 de septiembre, 10:00 hrs' that is an open event, not an interview of hers")
def n27():
    jobs = [
        ("Backend Developer Sr. (Python/Django)", "Grupo Tlaquepaque Software", "Guadalajara, Jal. (híbrido)",
         "$60,000 - $75,000 MXN mensuales", "Entrevista inmediata"),
        ("Ingeniero(a) Backend Go", "Ruta Maya Logística", "Zapopan, Jal.", "$55,000 - $68,000 MXN",
         "Entrevistas esta semana"),
        ("Desarrollador Java Spring Boot", "Consultoría Tepeyac", "Remoto (México)", "A convenir",
         "Día de reclutamiento: jueves 24 de septiembre, 10:00 hrs, Expo Guadalajara"),
        ("Node.js Backend Engineer", "Serrano Apps", "Guadalajara, Jal.", "$48,000 - $58,000 MXN",
         "Contratación inmediata"),
        ("SRE / Backend (Kubernetes)", "Huasteca Cloud", "Monterrey, N.L. (remoto 3 días)", "$70,000 MXN",
         "Postúlate con 1 clic"),
    ]
    lines = []
    for title, comp, where, pay, badge in jobs:
        lines += [title, f"{comp} · {where}", pay, f"[{badge}]", ""]
    body = ("Hola Daniela,\n\nEstas son las nuevas vacantes que coinciden con tu búsqueda "
            "\"Backend Developer\" en Guadalajara y alrededores:\n\n" + "\n".join(lines) +
            t("""
            Ver las 12 vacantes: https://www.chambatec.mx/busqueda?q=backend&l=guadalajara

            Recibes este correo porque creaste una alerta en Chambatec.
            Administrar alertas: https://www.chambatec.mx/alertas
            Darte de baja: https://www.chambatec.mx/baja?u=5d1e7
            """))
    cards = "\n".join(
        f'<tr><td style="padding:14px;border-bottom:1px solid #eee"><a href="https://www.chambatec.mx/vacante/{i}" '
        f'style="font-size:16px;color:#0a58ca;font-weight:bold">{title}</a><br>{comp} &middot; {where}<br>'
        f'<span style="color:#198754">{pay}</span><br><span style="background:#fff3cd;padding:2px 6px;'
        f'font-size:12px">{badge}</span></td></tr>'
        for i, (title, comp, where, pay, badge) in enumerate(jobs, start=48213))
    page = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">\n'
            '<table width="600" align="center" cellpadding="0" cellspacing="0">\n'
            '<tr><td style="padding:16px;background:#111;color:#fff;font-size:20px">chambatec</td></tr>\n'
            '<tr><td style="padding:14px">Hola Daniela, estas son las nuevas vacantes que coinciden con tu '
            'búsqueda <b>"Backend Developer"</b> en Guadalajara y alrededores:</td></tr>\n' + cards +
            '\n<tr><td style="padding:14px"><a href="https://www.chambatec.mx/busqueda?q=backend&amp;l=guadalajara">'
            'Ver las 12 vacantes</a></td></tr>\n<tr><td style="padding:14px;font-size:11px;color:#888">Recibes este '
            'correo porque creaste una alerta en Chambatec. <a href="https://www.chambatec.mx/baja?u=5d1e7">Darte de '
            'baja</a></td></tr>\n</table></body></html>\n')
    headers = [
        rcv("mta4.chambatec.mx (mta4.chambatec.mx [198.51.100.44])", "2026-09-22 07:05:00", MX, "Ch8tB1mW6d"),
        ("From", addr("Chambatec Alertas", "alertas@chambatec.mx")),
        to_me(),
        ("Subject", "12 nuevas vacantes de Backend Developer en Guadalajara"),
        ("Date", date("2026-09-22 07:05:00", MX)),
        ("Message-ID", "<alerta.5d1e7.20260922130500@chambatec.mx>"),
        ("List-Unsubscribe", "<https://www.chambatec.mx/baja?u=5d1e7>, <mailto:baja@chambatec.mx?subject=5d1e7>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
    return message(headers, alt(text(body), html(page)))


@mail(N(28), family="newsletter_tips", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Substack newsletter about confirming and rescheduling interviews, quoting a sample 'Your interview "
           "is confirmed for Tuesday at 10:00 AM PT' and a live Q&A 'Thursday, October 15 at 6pm CT'")
def n28():
    body = t("""
        BACKEND INTERVIEW WEEKLY - Issue #112
        How I confirmed (and rescheduled) 14 interviews in one month

        Hey friends,

        Last month one of our readers, a backend engineer in Monterrey, ran fourteen interview loops in
        parallel. Her biggest lesson wasn't about system design - it was about her calendar.

        1. Read the confirmation twice. A line like "Your interview is confirmed for Tuesday at 10:00 AM
           PT" means 11:00 in Mexico City in summer, but 12:00 once US daylight time ends in November.
           Put the interviewer's time zone in the event title.

        2. Reschedule early and in writing. "Could we move Thursday's 3pm to Friday morning?" is fine.
           Recruiters reschedule all day long; a no-show is what hurts.

        3. Keep a follow-up log. Send a short thank-you within 24 hours and note when you should hear
           back. If the date passes, a polite nudge is expected.

        LIVE Q&A: Join me and two hiring managers on Thursday, October 15 at 6pm CT for an hour of
        questions about remote interviews with US companies. Free for subscribers:
        https://backendinterview.substack.com/p/live-qa-october

        Until next week,
        Marco

        You're receiving this because you subscribed to Backend Interview Weekly.
        Unsubscribe: https://backendinterview.substack.com/action/disable_email
        """)
    headers = [
        rcv("mail-a3.substack.com (mail-a3.substack.com [192.0.2.113])", "2026-10-11 08:00:02", CHI, "Sb6qJ9xR4f"),
        ("From", addr("Backend Interview Weekly", "backendinterview@substack.com")),
        ("Reply-To", addr("Backend Interview Weekly", "reply+2m9k4@substack.com")),
        to_me(None),
        ("Subject", "Issue #112: How I confirmed (and rescheduled) 14 interviews in one month"),
        ("Date", date("2026-10-11 08:00:02", CHI)),
        ("Message-ID", "<20261011130002.3.a1f4b7c9e2d5@substack.com>"),
        ("List-Id", "<backendinterview.substack.com>"),
        ("List-Unsubscribe", "<https://backendinterview.substack.com/action/disable_email>"),
        ("Precedence", "bulk"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(N(29), family="meetup", lang="es-MX", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="Meetup RSVP confirmation with ICS for a talk 'Cómo sobrevivir a la entrevista de System Design', "
           "Wed 21 Oct 19:00: a fixed time, but a community event, not her interview")
def n29():
    body = t("""
        ¡Ya estás en la lista!

        Cómo sobrevivir a la entrevista de System Design
        Backend GDL

        miércoles 21 de octubre de 2026
        19:00 – 21:30 CST

        Coworking Cuauhtémoc, Av. Niños Héroes 2281, Guadalajara

        Charla de Andrea Luján (Staff Engineer) sobre cómo preparar la entrevista de diseño de
        sistemas: ejercicios en vivo, errores comunes y sesión de preguntas. Habrá pizza y
        networking al final.

        Agrega el evento a tu calendario con el archivo adjunto.

        ¿Ya no puedes asistir? Cambia tu respuesta: https://www.meetup.com/backend-gdl/events/301558812/

        Meetup LLC · Has recibido este correo porque confirmaste tu asistencia.
        """)
    ics = ical("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Meetup//RemoteApi//EN
        METHOD:PUBLISH
        @@VTZ@@
        BEGIN:VEVENT
        UID:event_301558812@meetup.com
        DTSTAMP:20261016T010522Z
        DTSTART;TZID=America/Mexico_City:20261021T190000
        DTEND;TZID=America/Mexico_City:20261021T213000
        SUMMARY:Cómo sobrevivir a la entrevista de System Design
        LOCATION:Coworking Cuauhtémoc (Av. Niños Héroes 2281\\, Guadalajara)
        URL:https://www.meetup.com/backend-gdl/events/301558812/
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """, VTZ_MX_GOOGLE)
    headers = [
        rcv("mail178-12.suw21.mandrillapp.com (mail178-12.suw21.mandrillapp.com [198.2.178.12])",
            "2026-10-16 01:05:22", "UTC", "Mu2tP5yH8k"),
        ("From", addr("Meetup", "info@meetup.com")),
        to_me(),
        ("Subject", enc("Confirmado: Cómo sobrevivir a la entrevista de System Design · Backend GDL")),
        ("Date", date("2026-10-16 01:05:22", "UTC")),
        ("Message-ID", "<rsvp.301558812.5517730@meetup.com>"),
        ("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"),
    ]
    return message(headers, mixed(text(body), calendar(ics, method="PUBLISH", filename="evento.ics",
                                                        disposition="attachment", cte="quoted-printable")))


@mail(N(30), family="scheduling_link", lang="en", interview=False, company="Saguaro Cloud",
      days=(("Tue", "2026-10-20"),),
      note="Greenhouse self-scheduling request: pick a time for a 45-minute screen, earliest availability "
           "'Tue, Oct 20' in MST; nothing booked yet")
def n30():
    body = t("""
        Hi Daniela,

        Thanks for applying to Saguaro Cloud! We'd love to set up a 45-minute Technical Screen with one
        of our backend engineers.

        Please use the link below to choose a time that works for you. Availability is shown in your
        local time zone; the earliest openings start Tue, Oct 20 (our team is in Phoenix, MST).

        Select a time: https://app.greenhouse.io/scheduling/self_schedule/aG9sYS1kYW5pZWxh

        If none of the times work, just reply and let us know.

        Thanks,
        Noah Fischer
        Recruiting Coordinator, Saguaro Cloud
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Daniela,</p>
        <p>Thanks for applying to Saguaro Cloud! We'd love to set up a 45-minute Technical Screen with one of our backend engineers.</p>
        <p>Please use the link below to choose a time that works for you. Availability is shown in your local time zone; the earliest openings start Tue, Oct 20 (our team is in Phoenix, MST).</p>
        <p><a href="https://app.greenhouse.io/scheduling/self_schedule/aG9sYS1kYW5pZWxh" style="background:#24a47f;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Select a time</a></p>
        <p>If none of the times work, just reply and let us know.</p>
        <p>Thanks,<br>Noah Fischer<br>Recruiting Coordinator, Saguaro Cloud</p>
        </body></html>
        """)
    headers = [
        ("Return-Path", "<bounces+2193846-b71e-daniela.orozco=example.org@em.us.greenhouse-mail.io>"),
        rcv("o5.em.us.greenhouse-mail.io (o5.em.us.greenhouse-mail.io [167.89.71.205])", "2026-10-14 11:00:40",
            "America/Phoenix", "Gh7wL3qZ9s"),
        ("From", addr("Noah Fischer", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Noah Fischer", "noah.fischer@saguarocloud.com")),
        to_me(),
        ("Subject", "Schedule your interview with Saguaro Cloud"),
        ("Date", date("2026-10-14 11:00:40", "America/Phoenix")),
        ("Message-ID", "<Rq8vTnW2S9a4e1bLm7Kc3B@geopod-ismtpd-11>"),
    ]
    return message(headers, alt(text(body), html(page)))


@mail(N(31), family="scheduling_link", lang="es-ES", interview=False, company="Tramuntana Apps",
      note="JOIN invitation in Spain Spanish to pick a slot ('Elige el hueco'), only availability windows "
           "(lunes a jueves 16:00-19:00 hora peninsular); nothing booked")
def n31():
    page = t("""
        <!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f2f4f7;font-family:Arial,Helvetica,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
        <table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px">
        <tr><td style="padding:28px 32px;font-size:15px;color:#1d2939;line-height:1.5">
        <p>¡Hola Daniela!</p>
        <p>A <b>Tramuntana Apps</b> le ha gustado tu perfil para el puesto <b>Backend Developer (Node.js) – remoto</b> y quiere conocerte en una primera llamada de 20 minutos.</p>
        <p>Elige el hueco que mejor te venga. Ahora mismo hay disponibilidad de lunes a jueves entre las 16:00 y las 19:00 (hora peninsular).</p>
        <p style="text-align:center"><a href="https://join.com/candidates/interviews/8c1f4e2a/slots" style="display:inline-block;background:#0066ff;color:#fff;padding:12px 22px;border-radius:6px;text-decoration:none">Elegir hora</a></p>
        <p>Si ninguna opción te encaja, responde a este correo y Joana te propondrá otras.</p>
        <p>¡Mucha suerte!<br>El equipo de JOIN en nombre de Tramuntana Apps</p>
        </td></tr>
        <tr><td style="padding:12px 32px;font-size:11px;color:#98a2b3">JOIN Solutions AG · Este correo se ha enviado en nombre de Tramuntana Apps.</td></tr>
        </table></td></tr></table></body></html>
        """)
    headers = [
        rcv("mail-out.join.com (mail-out.join.com [52.58.11.90])", "2026-11-10 12:00:31", MAD, "Jn4cV8oX1p"),
        ("From", addr("Tramuntana Apps via JOIN", "no-reply@join.com")),
        ("Reply-To", addr("Joana Serra", "joana.serra@tramuntana-apps.es")),
        to_me(),
        ("Subject", enc("Tramuntana Apps quiere conocerte: elige una hora para tu entrevista")),
        ("Date", date("2026-11-10 12:00:31", MAD)),
        ("Message-ID", "<join.interview-slots.8c1f4e2a@join.com>"),
    ]
    return message(headers, html(page, cte="base64"))


@mail(N(32), family="recruiter_outreach", lang="en", interview=False, company="Northbeam Talent",
      note="Agency outreach: asks for a quick chat 'sometime this week or next' and offers a calendar link; "
           "no time fixed")
def n32():
    body = t("""
        Hi Daniela,

        I came across your profile and your talk on idempotency keys at the Go meetup in Guadalajara - really sharp stuff.

        I'm recruiting for a US-based fintech (Series C, ~200 people) that is building out a LATAM
        engineering hub. They're looking for a Senior Backend Engineer (Go/Postgres), fully remote from
        Mexico, USD 110-130k + equity, overlap with Central Time.

        Are you open to a quick 15 min chat sometime this week or next? Feel free to grab any time on my
        calendar (https://calendly.com/tyler-northbeam/15min) or just send me a few windows that work.

        Best,
        Tyler Brooks
        Senior Technical Recruiter | Northbeam Talent
        Chicago, IL | tyler.brooks@northbeamtalent.com
        """)
    headers = [
        ("Return-Path", "<tyler.brooks@northbeamtalent.com>"),
        rcv("mail-ot1-f46.google.com (mail-ot1-f46.google.com [209.85.210.46])", "2026-09-08 09:30:12", CHI,
            "Nb5gF2rM7w"),
        ("From", addr("Tyler Brooks", "tyler.brooks@northbeamtalent.com")),
        to_me(),
        ("Subject", "Remote Senior Backend role (Go/Postgres) - quick chat?"),
        ("Date", date("2026-09-08 09:30:12", CHI)),
        ("Message-ID", "<CAB8mR3pT6k+Wz1nQ4vL0bY7sE2cH9jD5aF3gU6iN1oR8pW4@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body))))


@mail(N(33), family="proposed_times", lang="es-MX", interview=False, company="Banco Cordillera",
      days=(("Tue", "2026-10-13"), ("Wed", "2026-10-14")),
      note="Second-round invitation (thread with the Banco Cordillera Workday mail) proposing two options, "
           "'martes 13 de octubre a las 10:00 hrs o miércoles 14 ... 16:00 hrs', waiting for her choice: "
           "not confirmed")
def n33():
    body = t("""
        Estimada Daniela:

        Muchas gracias por su tiempo el viernes pasado. Ana Sofía y yo quedamos muy contentos con la
        conversación, y nos gustaría invitarla a una segunda entrevista con el Ing. Marcelo Villarreal,
        Director de Arquitectura, de manera presencial en Torre Cordillera (San Pedro Garza García, N.L.).
        El banco cubre el traslado.

        Le propongo las siguientes opciones:

          - martes 13 de octubre a las 10:00 hrs, o
          - miércoles 14 de octubre a las 16:00 hrs

        ¿Cuál le acomoda mejor? Quedo atento a su confirmación para enviarle la invitación formal y
        coordinar el vuelo con nuestra agencia de viajes.

        Saludos cordiales,

        Rodrigo Garza Treviño
        Atracción de Talento Tecnología | Banco Cordillera
        Tel. 81 8399 2000 ext. 4471
        """)
    headers = [
        ("Return-Path", "<rodrigo.garza@bancocordillera.mx>"),
        rcv("NAM11-CO1-obe.outbound.protection.outlook.com (mail-co1nam11on2133.outbound.protection.outlook.com "
            "[40.107.220.133])", "2026-10-07 10:40:29", MTY, "Bc2xV6nT8j"),
        ("From", addr("Rodrigo Garza Treviño", "rodrigo.garza@bancocordillera.mx")),
        to_me(),
        ("CC", addr("Ana Sofía Leal", "anasofia.leal@bancocordillera.mx")),
        ("Subject", "Segunda entrevista - Ingeniero(a) de Software Backend (R-20431)"),
        ("Date", date("2026-10-07 10:40:29", MTY)),
        ("Message-ID", "<PH0PR11MB4966D2B1E8A7C03F55B9D1E6C7F24@PH0PR11MB4966.namprd11.prod.outlook.com>"),
        ("Content-Language", "es-MX"),
    ]
    return message(headers, text(body, charset="windows-1252"))


@mail(N(34), family="proposed_times", lang="en", interview=False, company="Kelpline Robotics",
      days=(("Tue", "2026-09-29"),),
      note="Recruiter proposes the next round, 'Would Tuesday at 10 work? That's 10am Pacific, so 11am for you', "
           "and asks for other windows if not: a proposal, not confirmed (thread with the Kelpline Lever mail)")
def n34():
    body = t("""
        Hi Daniela!

        Great news - Caleb and the team loved your session on Wednesday and want to move you to the
        virtual onsite (three 45-min conversations back to back).

        Would Tuesday at 10 work? That's 10am Pacific, so 11am for you. If not, send me a couple of
        windows next week and I'll make it happen. Once you confirm I'll send the full schedule.

        Have a great weekend,
        Marisol

        --
        Marisol Ortega
        Recruiter | Kelpline Robotics
        """)
    headers = [
        ("Return-Path", "<marisol.ortega@kelpline.io>"),
        rcv("mail-pf1-f176.google.com (mail-pf1-f176.google.com [209.85.210.176])", "2026-09-25 15:20:47", LA,
            "Kp8sD1wE4g"),
        ("From", addr("Marisol Ortega", "marisol.ortega@kelpline.io")),
        to_me(),
        ("Subject", "Next steps with Kelpline"),
        ("Date", date("2026-09-25 15:20:47", LA)),
        ("Message-ID", "<CAE1vQ7pW4k+Tz8mR2nL5bY0sX3cH6jD9aF2gU5iN4oR1pM7@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(N(35), family="non_interview_calendar", lang="es-MX", interview=False, company=None,
      days=(("Thu", "2026-09-24"),),
      note="Dermatology appointment confirmation with ICS, 'jueves 24 de septiembre de 2026, 08:30 hrs': a fixed "
           "time, not an interview")
def n35():
    body = t("""
        Estimada paciente DANIELA OROZCO:

        Su cita ha sido confirmada.

        Especialidad: Dermatología
        Médico: Dra. Paulina Esparza Luna
        Fecha: jueves 24 de septiembre de 2026
        Hora: 08:30 hrs
        Lugar: Torre Médica Los Arcos, consultorio 412, Av. Vallarta 3040, Guadalajara

        Favor de llegar 15 minutos antes con su carnet o identificación. Si requiere cancelar o
        reprogramar, comuníquese al 33 3818 4400 con al menos 24 horas de anticipación.

        Centro Médico Los Arcos
        Este es un mensaje automático, no responda a este correo.
        """)
    ics = ical("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Centro Medico Los Arcos//Citas//ES
        METHOD:PUBLISH
        @@VTZ@@
        BEGIN:VEVENT
        UID:cita-88120394@cmlosarcos.mx
        DTSTAMP:20260921T160211Z
        DTSTART;TZID=America/Mexico_City:20260924T083000
        DTEND;TZID=America/Mexico_City:20260924T090000
        SUMMARY:Cita Dermatología - Dra. Paulina Esparza
        LOCATION:Torre Médica Los Arcos\\, consultorio 412
        END:VEVENT
        END:VCALENDAR
        """, VTZ_MX_GOOGLE)
    headers = [
        rcv("smtp.cmlosarcos.mx (smtp.cmlosarcos.mx [198.51.100.71])", "2026-09-21 10:02:11", MX, "Cm1aL9pQ3x"),
        ("From", addr("Citas Centro Médico Los Arcos", "citas@cmlosarcos.mx")),
        to_me(None),
        ("Subject", enc("Confirmación de cita - Dra. Paulina Esparza - jueves 24 de septiembre 08:30")),
        ("Date", date("2026-09-21 10:02:11", MX)),
        ("Message-ID", "<cita.88120394.1790006531@cmlosarcos.mx>"),
    ]
    return message(headers, mixed(text(body, charset="iso-8859-1"),
                                  calendar(ics, method="PUBLISH", filename="cita.ics", disposition="attachment",
                                           cte="base64")))


@mail(N(36), family="non_interview_personal", lang="es-MX", interview=False, company=None,
      days=(("Sat", "2026-09-19"),),
      note="Estate agent confirms a flat viewing 'este sábado 19 de septiembre a las 11:00 am'; mentions an "
           "'entrevista' with the landlord only as a possible later step")
def n36():
    body = t("""
        Hola Daniela!

        Te confirmo la visita al departamento de la calle Rubén Darío (2 recámaras, 1 cajón, $18,500 de
        renta + mantenimiento) este sábado 19 de septiembre a las 11:00 am. Te espero en la entrada del
        edificio, es el portón gris junto a la farmacia.

        Trae una identificación. Si te gusta, el dueño pide póliza jurídica o aval, y antes de firmar
        suele pedir una pequeña entrevista con el inquilino, pero eso ya lo vemos después.

        Cualquier cosa me marcas al 33 1490 2276.

        Saludos,
        Andrea Peña
        Asesora inmobiliaria | Minerva Hogar
        """)
    headers = [
        ("Return-Path", "<andrea.pena@minervahogar.mx>"),
        rcv("mail-ua1-f47.google.com (mail-ua1-f47.google.com [209.85.222.47])", "2026-09-16 18:03:40", MX,
            "Mh3rK7tN0b"),
        ("From", addr("Andrea Peña | Minerva Hogar", "andrea.pena@minervahogar.mx")),
        to_me(),
        ("Subject", enc("Visita depto. Providencia - sábado 19 a las 11")),
        ("Date", date("2026-09-16 18:03:40", MX)),
        ("Message-ID", "<CAK2wR5pT8k+Vz0nQ3mL6bY9sE1cH7jD4aF8gU2iN5oR3pX6@mail.gmail.com>"),
    ]
    return message(headers, text(body, cte="8bit"))


@mail(N(37), family="non_interview_appointment", lang="es-MX", interview=False, company=None,
      days=(("Mon", "2026-10-05"),),
      note="Car-service appointment at a dealership, 'lunes 5 de octubre de 2026, 8:00 a.m.', HTML only in "
           "iso-8859-1 QP: a fixed time, not an interview")
def n37():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Tahoma,Arial;font-size:13px">
        <table width="600" cellpadding="8" cellspacing="0" style="border:1px solid #cccccc">
        <tr><td style="background:#1f3a5f;color:#ffffff;font-size:16px"><b>Autos del Valle Zapopan &middot; Servicio</b></td></tr>
        <tr><td>
        <p>Sr(a). DANIELA OROZCO:</p>
        <p>Confirmamos su cita de servicio:</p>
        <table cellpadding="4">
        <tr><td><b>Orden:</b></td><td>55120</td></tr>
        <tr><td><b>Vehículo:</b></td><td>Sedán 2021, placas JKL-452-B</td></tr>
        <tr><td><b>Servicio:</b></td><td>Mantenimiento de 40,000 km + revisión de frenos</td></tr>
        <tr><td><b>Fecha:</b></td><td>lunes 5 de octubre de 2026</td></tr>
        <tr><td><b>Hora de recepción:</b></td><td>8:00 a.m.</td></tr>
        <tr><td><b>Asesor de servicio:</b></td><td>Julio Contreras</td></tr>
        <tr><td><b>Tiempo estimado:</b></td><td>4 horas</td></tr>
        </table>
        <p>Contamos con sala de espera con Wi-Fi y servicio de traslado en un radio de 5 km.</p>
        <p>Si no puede asistir, por favor avísenos al 33 3110 8800.</p>
        <p style="color:#888888;font-size:11px">Autos del Valle Zapopan, Av. Acueducto 5120, Zapopan, Jal.</p>
        </td></tr></table></body></html>
        """)
    headers = [
        rcv("mail.autosdelvallezapopan.mx (mail.autosdelvallezapopan.mx [198.51.100.90])", "2026-10-01 17:45:09", MX,
            "Av6yH2sM9c"),
        ("From", addr("Servicio Autos del Valle", "servicio@autosdelvallezapopan.mx")),
        to_me(None),
        ("Subject", enc("Confirmación de cita de servicio - Orden 55120", "iso-8859-1")),
        ("Date", date("2026-10-01 17:45:09", MX)),
        ("Message-ID", "<55120.1790898309@autosdelvallezapopan.mx>"),
    ]
    return message(headers, html(page, charset="iso-8859-1"))


@mail(N(38), family="job_centre", lang="es-MX", interview=False, company=None,
      days=(("Tue", "2026-11-10"), ("Thu", "2026-11-26")),
      note="Municipal employment office confirms an 'entrevista de diagnóstico' with a job counsellor, "
           "'martes 10 de noviembre de 2026, 09:00 hrs' (her current contract ends in October): a fixed time "
           "at the job centre, not a job interview")
def n38():
    body = t("""
        C. DANIELA OROZCO
        PRESENTE

        Se confirma su cita en la Unidad de Vinculación Laboral de Zapopan:

        Trámite: Registro en bolsa de trabajo y entrevista de diagnóstico con consejero(a) de empleo
        Fecha: martes 10 de noviembre de 2026
        Hora: 09:00 hrs
        Lugar: Módulo 3, planta baja, Unidad Administrativa Las Águilas, Zapopan, Jal.
        Folio: UVL-2026-018834

        Documentos a presentar (original y copia): CURP, identificación oficial (INE), comprobante de
        domicilio no mayor a 3 meses y currículum actualizado.

        En esta sesión se revisará su perfil laboral para canalizarla a vacantes afines y a la Feria
        del Empleo del jueves 26 de noviembre.

        ATENTAMENTE
        Unidad de Vinculación Laboral de Zapopan

        Este correo se generó automáticamente. Los trámites son gratuitos.
        """)
    headers = [
        rcv("correo.empleozapopan.org.mx (correo.empleozapopan.org.mx [198.51.100.18])", "2026-11-05 13:26:50", MX,
            "Ez4bT8qW1n"),
        ("From", addr("Vinculación Laboral Zapopan", "citas@empleozapopan.org.mx")),
        to_me(None),
        ("Subject", enc("Cita confirmada: registro y entrevista de diagnóstico - Folio UVL-2026-018834")),
        ("Date", date("2026-11-05 13:26:50", MX)),
        ("Message-ID", "<UVL-2026-018834.20261105192650@empleozapopan.org.mx>"),
    ]
    return message(headers, text(body, charset="iso-8859-1", cte="8bit"))


@mail(N(39), family="press_interview", lang="es-MX", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="A journalist confirms an interview with her for a feature, 'jueves 19 de noviembre a las 17:00': "
           "a confirmed interview at a fixed time, but press, not a job interview")
def n39():
    body = t("""
        ¡Hola Daniela!

        Mil gracias por aceptar. Te confirmo la entrevista para el reportaje "Las que programan el
        Silicon Valley mexicano": jueves 19 de noviembre a las 17:00, en la cafetería del Centro de
        Innovación de la Ciudad Creativa Digital. Si prefieres, la hacemos por Meet, tú me dices.

        Serán unos 40 minutos de plática y después unas fotos rápidas con nuestra fotógrafa, Itzia.
        Las preguntas van por tu camino de QA a backend, la comunidad de Go en Guadalajara y cómo ves
        el trabajo remoto para empresas de fuera.

        Nos vemos!
        Valeria Montaño
        Reportera | Código Tapatío
        """)
    headers = [
        ("Return-Path", "<vmontano@codigotapatio.mx>"),
        rcv("mail-vs1-f52.google.com (mail-vs1-f52.google.com [209.85.217.52])", "2026-11-13 11:48:02", MX,
            "Ct9uF3kL6a"),
        ("From", addr("Valeria Montaño", "vmontano@codigotapatio.mx")),
        to_me(),
        ("Subject", enc("Entrevista para Código Tapatío - confirmado el jueves 19")),
        ("Date", date("2026-11-13 11:48:02", MX)),
        ("Message-ID", "<CAF6tQ2pW9k+Rz3nM8vL1bY4sE7cH0jD2aF5gU9iN6oR4pT1@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(N(40), family="podcast", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Podcast recording confirmed with ICS, 'Tuesday, November 10 at 2:00 PM PT (4:00 PM your time)': "
           "she is the guest being interviewed, not a job interview")
def n40():
    body = t("""
        Hi Daniela,

        You're all set! Here are the details for your Backend Banter recording:

        Episode 87 - "Idempotency keys, retries and other payment horrors"
        Tuesday, November 10 at 2:00 PM PT (4:00 PM your time in Guadalajara)
        Studio link (Riverside): https://riverside.fm/studio/backend-banter?t=5e1c0a

        The interview itself runs about 45 minutes; please join 10 minutes early for a sound check.
        Wired headphones > AirPods, and a quiet room helps a lot. Calendar invite attached.

        Thanks for coming on the show!
        Lena Ortiz
        Host & producer, Backend Banter
        """)
    ics = ical("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        @@VTZ@@
        BEGIN:VEVENT
        DTSTART;TZID=America/Los_Angeles:20261110T140000
        DTEND;TZID=America/Los_Angeles:20261110T150000
        DTSTAMP:20261104T172210Z
        ORGANIZER;CN=Lena Ortiz:mailto:lena@backendbanter.fm
        UID:6fq2ml0c8v3r9k1t5b7n4hdj2a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=daniela.orozco@example.org:mailto:daniela.orozco@example.org
        SUMMARY:Backend Banter ep. 87 recording - Daniela Orozco
        LOCATION:https://riverside.fm/studio/backend-banter?t=5e1c0a
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """, VTZ_LA)
    headers = [
        ("Return-Path", "<lena@backendbanter.fm>"),
        rcv("mail-pg1-f181.google.com (mail-pg1-f181.google.com [209.85.215.181])", "2026-11-04 09:22:10", LA,
            "Pb1eR5xS8v"),
        ("From", addr("Lena Ortiz", "lena@backendbanter.fm")),
        to_me(),
        ("Subject", "Recording confirmed: Backend Banter ep. 87 - Tue Nov 10, 2pm PT"),
        ("Date", date("2026-11-04 09:22:10", LA)),
        ("Message-ID", "<CAG9rT4pW2k+Mz6nQ1vL8bY5sE0cH3jD7aF4gU1iN9oR6pV2@mail.gmail.com>"),
    ]
    return message(headers, mixed(alt(text(body), html(gmail_html(body))),
                                  calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(N(41), family="admission_interview", lang="es-MX", interview=False, company=None,
      days=(("Sat", "2026-11-07"),),
      note="Business-school admission interview for a part-time MBA, 'sábado 7 de noviembre de 2026 a las "
           "10:00 horas', with a stated length: confirmed, but an admission interview, not a job interview")
def n41():
    body = t("""
        Estimada Daniela Orozco:

        Nos complace informarle que, tras la revisión de su expediente, ha sido seleccionada para la
        etapa de entrevista de admisión al MBA Ejecutivo (modalidad fin de semana), generación 2027.

        Su entrevista quedó programada de la siguiente manera:

          Fecha: sábado 7 de noviembre de 2026
          Hora: 10:00 horas
          Lugar: Campus Guadalajara, Edificio B, Sala de Consejo
          Entrevistador: Dr. Álvaro Medrano, Director del programa
          Duración: 45 minutos

        Le pedimos llegar 15 minutos antes y traer su identificación oficial. Recuerde que el examen de
        admisión se aplica el mismo día a las 12:00 horas.

        Atentamente,
        Coordinación de Admisiones MBA
        Escuela de Negocios del Pacífico
        """)
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:14px;color:#1b2a41">
        <p>Estimada Daniela Orozco:</p>
        <p>Nos complace informarle que, tras la revisión de su expediente, ha sido seleccionada para la etapa de <b>entrevista de admisión</b> al MBA Ejecutivo (modalidad fin de semana), generación 2027.</p>
        <p>Su entrevista quedó programada de la siguiente manera:</p>
        <ul>
        <li>Fecha: sábado 7 de noviembre de 2026</li>
        <li>Hora: 10:00 horas</li>
        <li>Lugar: Campus Guadalajara, Edificio B, Sala de Consejo</li>
        <li>Entrevistador: Dr. Álvaro Medrano, Director del programa</li>
        <li>Duración: 45 minutos</li>
        </ul>
        <p>Le pedimos llegar 15 minutos antes y traer su identificación oficial. Recuerde que el examen de admisión se aplica el mismo día a las 12:00 horas.</p>
        <p>Atentamente,<br>Coordinación de Admisiones MBA<br>Escuela de Negocios del Pacífico</p>
        </body></html>
        """)
    headers = [
        rcv("smtp.enp.edu.mx (smtp.enp.edu.mx [198.51.100.131])", "2026-11-02 12:15:37", MX, "En7kA4pZ2r"),
        ("From", addr("Admisiones MBA ENP", "admisiones.mba@enp.edu.mx")),
        to_me(),
        ("Subject", enc("Entrevista de admisión – MBA Ejecutivo ENP, generación 2027")),
        ("Date", date("2026-11-02 12:15:37", MX)),
        ("Message-ID", "<admisiones.2027.4471.1793643337@enp.edu.mx>"),
    ]
    return message(headers, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(N(42), family="tryout", lang="es-MX", interview=False, company=None,
      days=(("Sun", "2026-10-18"),),
      note="Flag-football club confirms her place at a try-out 'domingo 18 de octubre, 8:00 am': a fixed "
           "time, sports, not a job interview")
def n42():
    body = t("""
        ¡Hola Daniela!

        ¡Estás dentro del try-out de las Halconas! 🏈

        📍 Unidad Deportiva Revolución, campo 3 (entrada por la calle Mexicaltzingo)
        🗓️ domingo 18 de octubre
        ⏰ 8:00 am en punto (el registro abre 7:30)

        Trae tenis de tacos o tenis normales, agua, bloqueador y una playera clara y otra oscura. Vamos a
        hacer pruebas de velocidad (40 yardas), rutas y un scrimmage corto. Al final platicamos un ratito
        con cada una para conocer su disponibilidad para entrenar martes y jueves en la noche.

        ¡Nos vemos en el campo!
        Coach Mayra Treviño
        Halconas GDL Flag Football
        """)
    headers = [
        ("Return-Path", "<coach@halconasflag.mx>"),
        rcv("mail-ej1-f43.google.com (mail-ej1-f43.google.com [209.85.218.43])", "2026-10-13 20:05:19", MX,
            "Hf6tW2eR9m"),
        ("From", addr("Coach Mayra Treviño", "coach@halconasflag.mx")),
        ("To", addr(None, "coach@halconasflag.mx")),
        ("Subject", enc("¡Estás dentro del try-out! Halconas Flag Football - domingo 18")),
        ("Date", date("2026-10-13 20:05:19", MX)),
        ("Message-ID", "<CAL4nT7pW0k+Qz2mR5vL8bY1sE4cH7jD3aF6gU0iN2oR9pY5@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(N(43), family="non_interview_appointment", lang="es-MX", interview=False, company=None,
      days=(("Fri", "2026-11-27"),),
      note="Bank confirms a mortgage-advice appointment with her branch executive 'viernes 27 de noviembre de "
           "2026, 12:30 hrs'; a preliminary 'entrevista telefónica' is mentioned without a time: not a job "
           "interview")
def n43():
    body = t("""
        Estimada DANIELA OROZCO:

        Le confirmamos su cita con su Ejecutivo Preferente.

        Asunto: Asesoría de crédito hipotecario
        Fecha: viernes 27 de noviembre de 2026
        Hora: 12:30 hrs
        Sucursal: Plaza Patria, local 118, Zapopan, Jal.
        Ejecutivo: Lic. Hugo Barrera

        Antes de su cita, su ejecutivo podría realizarle una breve entrevista telefónica para perfilar su
        solicitud. Le sugerimos llevar: identificación oficial, comprobante de domicilio y sus últimos tres
        estados de cuenta o recibos de nómina.

        Banca Occidente nunca le solicitará claves, NIP ni contraseñas por correo electrónico.

        Atentamente,
        Banca Occidente
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
        <table width="600" align="center" cellpadding="0" cellspacing="0">
        <tr><td style="background:#004d40;padding:14px;color:#fff;font-size:18px">Banca Occidente</td></tr>
        <tr><td style="padding:18px">
        <p>Estimada DANIELA OROZCO:</p>
        <p>Le confirmamos su cita con su Ejecutivo Preferente.</p>
        <table cellpadding="4">
        <tr><td><b>Asunto</b></td><td>Asesoría de crédito hipotecario</td></tr>
        <tr><td><b>Fecha</b></td><td>viernes 27 de noviembre de 2026</td></tr>
        <tr><td><b>Hora</b></td><td>12:30 hrs</td></tr>
        <tr><td><b>Sucursal</b></td><td>Plaza Patria, local 118, Zapopan, Jal.</td></tr>
        <tr><td><b>Ejecutivo</b></td><td>Lic. Hugo Barrera</td></tr>
        </table>
        <p>Antes de su cita, su ejecutivo podría realizarle una breve entrevista telefónica para perfilar su solicitud. Le sugerimos llevar: identificación oficial, comprobante de domicilio y sus últimos tres estados de cuenta o recibos de nómina.</p>
        <p style="font-size:11px;color:#777">Banca Occidente nunca le solicitará claves, NIP ni contraseñas por correo electrónico.</p>
        </td></tr></table></body></html>
        """)
    headers = [
        rcv("envios.bancaoccidente.com.mx (envios.bancaoccidente.com.mx [198.51.100.203])", "2026-11-23 10:00:44",
            MX, "Bo3mQ7tK1s"),
        ("From", addr("Banca Occidente", "notificaciones@bancaoccidente.com.mx")),
        to_me(None),
        ("Subject", enc("Confirmación de cita con su Ejecutivo Preferente")),
        ("Date", date("2026-11-23 10:00:44", MX)),
        ("Message-ID", "<cita-ejecutivo.771203.1795456844@bancaoccidente.com.mx>"),
    ]
    return message(headers, alt(text(body), html(page)))


@mail(N(44), family="coaching", lang="es-MX", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Career coach confirms a paid diagnostic session 'martes 20 de octubre a las 19:00 (hora de "
           "Guadalajara)' and offers a package of mock interviews (simulacros) on open evenings: coaching, "
           "not a job interview")
def n44():
    body = t("""
        Hola Daniela,

        ¡Qué gusto que agendaste! Te confirmo nuestra sesión de diagnóstico de 60 minutos el martes 20
        de octubre a las 19:00 (hora de Guadalajara) por Zoom:
        https://us06web.zoom.us/j/85120447731

        Antes de la sesión, por favor mándame tu CV en inglés y la descripción de las dos vacantes que
        más te interesan.

        Además, como me comentaste que tienes entrevistas con empresas de Estados Unidos, te ofrezco el
        paquete de 3 simulacros de entrevista técnica en inglés (mock interviews) con retroalimentación
        grabada, por $2,400 MXN. Tengo espacios los martes y jueves a las 8 pm; si te interesa,
        respóndeme y los agendamos.

        Un abrazo,
        Regina Cuéllar
        Coach de carrera para perfiles tech
        """)
    headers = [
        ("Return-Path", "<regina@reginacuellar.coach>"),
        rcv("mail-wr1-f54.google.com (mail-wr1-f54.google.com [209.85.221.54])", "2026-10-16 13:02:33", MX,
            "Rc5vN9wB4t"),
        ("From", addr("Regina Cuéllar | Coach de carrera", "regina@reginacuellar.coach")),
        to_me(),
        ("Subject", enc("Tu sesión de diagnóstico + simulacros de entrevista")),
        ("Date", date("2026-10-16 13:02:33", MX)),
        ("Message-ID", "<CAH0pR8tW3k+Nz5mQ9vL2bY6sE1cH4jD8aF7gU3iN0oR5pZ8@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(N(45), family="mailing_list", lang="es-MX", interview=False, company=None,
      days=(("Thu", "2026-10-29"), ("Tue", "2026-11-10")),
      note="Python user-group mailing-list post: another member says 'mañana jueves a las 10:00 tengo entrevista "
           "técnica ... ya me llegó la confirmación'; someone else's interview, list headers")
def n45():
    body = t("""
        Qué onda banda,

        Mañana jueves a las 10:00 tengo entrevista técnica (live coding en Python, 1 hora) con una fintech
        de CDMX, ya me llegó la confirmación y todo. Es mi primera entrevista en inglés y ando nervioso.
        ¿Algún tip para no congelarme cuando te ponen a compartir pantalla? ¿Vale la pena pensar en voz
        alta aunque me equivoque?

        Gracias!!
        Memo

        PD: la reunión mensual del grupo es el martes 10 de noviembre a las 7pm en el coworking de
        siempre; Dani dijo que da la charla de asyncio :)

        --
        Recibiste este mensaje porque estás suscrito al grupo "Python GDL" de Grupos de Google.
        Para cancelar la suscripción a este grupo y dejar de recibir sus correos electrónicos, envía un
        correo electrónico a python-gdl+unsubscribe@googlegroups.com.
        Para ver este debate, visita https://groups.google.com/d/msgid/python-gdl/CAM1q.
        """)
    headers = [
        ("Return-Path", "<python-gdl+bncBD5Q2L4YQIJRBA7W@googlegroups.com>"),
        rcv("mail-oi1-x23c.google.com (mail-oi1-x23c.google.com [2607:f8b0:4864:20::23c])",
            "2026-10-28 20:30:14", MX, "Gg8dL1pY5w"),
        ("From", addr("Memo Quintero", "memo.quintero@correo-tapatio.mx")),
        ("To", addr("Python GDL", "python-gdl@googlegroups.com")),
        ("Subject", enc("[python-gdl] Entrevista técnica mañana, tips?")),
        ("Date", date("2026-10-28 20:30:14", MX)),
        ("Message-ID", "<CAM1qT5pW8k+Lz4nR7vQ0bY3sE6cH9jD1aF2gU8iN3oR7pA4@mail.gmail.com>"),
        ("Sender", addr(None, "python-gdl@googlegroups.com")),
        ("Reply-To", addr(None, "python-gdl@googlegroups.com")),
        ("Precedence", "list"),
        ("Mailing-list", "list python-gdl@googlegroups.com; contact python-gdl+owners@googlegroups.com"),
        ("List-ID", "<python-gdl.googlegroups.com>"),
        ("List-Post", "<https://groups.google.com/group/python-gdl/post>, <mailto:python-gdl@googlegroups.com>"),
        ("List-Help", "<https://groups.google.com/support/>, <mailto:python-gdl+help@googlegroups.com>"),
        ("List-Unsubscribe", "<mailto:googlegroups-manage+118203344771+unsubscribe@googlegroups.com>, "
                             "<https://groups.google.com/group/python-gdl/subscribe>"),
        ("X-Original-Sender", "memo.quintero@correo-tapatio.mx"),
    ]
    return message(headers, text(body))


@mail(N(46), family="interviewer_invite", lang="es-MX", interview=False, company=None,
      days=(("Tue", "2026-09-08"),),
      note="Google Calendar invite from her current employer (auto-forwarded from her work address) asking HER "
           "to interview a candidate, 'mar 8 sep 2026 11:00 - 12:00 (CST)': she is the interviewer, not the "
           "candidate")
def n46():
    desc = ("Dani, te toca la parte de system design junto con Iván. El CV y la scorecard están en Greenhouse; "
            "por favor llena el feedback el mismo día. ¡Gracias!")
    body = t(f"""
        Se te invitó al siguiente evento.

        Entrevista técnica: Luis Herrera (Backend Sr.) - panel system design
        Cuándo
        martes 8 sep 2026 11:00 – 12:00 Hora estándar central - Ciudad de México

        Ubicación
        Sala Tequila (piso 4) / https://meet.google.com/obs-kqwe-rtz

        Invitados
        Mónica Salcedo - organizador
        Iván Domínguez
        daniela.orozco@obsidiana.mx
        Luis Herrera

        {desc}

        ¿Asistirás? Sí - Quizás - No     más opciones https://calendar.google.com/calendar/event?action=VIEW&eid=b2JzaWRp

        Invitación de Google Calendar: https://calendar.google.com/calendar/
        """)
    ics = ical(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        @@VTZ@@
        BEGIN:VEVENT
        DTSTART;TZID=America/Mexico_City:20260908T110000
        DTEND;TZID=America/Mexico_City:20260908T120000
        DTSTAMP:20260903T231045Z
        ORGANIZER;CN=Mónica Salcedo:mailto:monica.salcedo@obsidiana.mx
        UID:0bsd1an4hr7q2m9k5c3v8t1e6p@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Iván Domínguez;X-NUM-GUESTS=0:mailto:ivan.dominguez@obsidiana.mx
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=daniela.orozco@obsidiana.mx;X-NUM-GUESTS=0:mailto:daniela.orozco@obsidiana.mx
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Luis Herrera;X-NUM-GUESTS=0:mailto:luis.herrera.dev@correo-tapatio.mx
        DESCRIPTION:{desc.replace(",", chr(92) + ",").replace(";", chr(92) + ";")}
        LOCATION:Sala Tequila (piso 4) / https://meet.google.com/obs-kqwe-rtz
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista técnica: Luis Herrera (Backend Sr.) - panel system design
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """, VTZ_MX_GOOGLE)
    subject = ("Invitación: Entrevista técnica: Luis Herrera (Backend Sr.) - panel system design @ mar 8 sep "
               "2026 11:00 - 12:00 (CST) (daniela.orozco@obsidiana.mx)")
    headers = [
        ("Delivered-To", ME),
        ("X-Forwarded-To", ME),
        ("X-Forwarded-For", f"daniela.orozco@obsidiana.mx {ME}"),
        rcv("mail-sor-f65.google.com (mail-sor-f65.google.com [209.85.220.65])", "2026-09-03 23:10:45", "UTC",
            "Ob2kS6vH0q", lag=5),
        ("From", addr("Mónica Salcedo", "monica.salcedo@obsidiana.mx")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Reply-To", addr("Mónica Salcedo", "monica.salcedo@obsidiana.mx")),
        ("To", addr(None, "daniela.orozco@obsidiana.mx")),
        ("Subject", enc(subject)),
        ("Date", date("2026-09-03 23:10:45", "UTC")),
        ("Message-ID", "<calendar-0c2d7e91-4b8a-4f13-a6e5-9d1c3b7f2a60@google.com>"),
    ]
    return message(headers, mixed(
        alt(text(body), calendar(ics, method="REQUEST", cte="base64")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True)))


@mail(N(47), family="forwarded_other", lang="es-MX", interview=False, company=None,
      days=(("Tue", "2026-12-08"),),
      note="Her brother forwards HIS confirmed interview ('martes 8 de diciembre a las 10:00 hrs', Zapopan) asking "
           "for help preparing: a real confirmation, but someone else's interview")
def n47():
    body = t("""
        Dani!! ya me confirmaron la entrevista, la del martes. ¿me ayudas a prepararla el domingo? tú sabes
        más de esto jaja. ¿crees que me pregunten SQL o puro Excel?

        ---------- Forwarded message ---------
        De: Lorena Paz <lorena.paz@grupoamatitan.mx>
        Date: lun, 30 nov 2026 a las 13:15
        Subject: Confirmación de entrevista - Analista de Datos Jr.
        To: <emilio.orozco@correo-tapatio.mx>


        Hola Emilio,

        Te confirmo tu entrevista para la vacante de Analista de Datos Jr. el martes 8 de diciembre a las
        10:00 hrs en nuestras oficinas de Av. Vallarta 6503, Zapopan. Pregunta por mí en recepción.

        Trae tu CV impreso y una identificación. La entrevista incluye una pequeña prueba práctica.

        Saludos,
        Lorena Paz
        Reclutamiento | Grupo Amatitán
        """)
    headers = [
        ("Return-Path", "<emilio.orozco@correo-tapatio.mx>"),
        rcv("mail-lf1-f44.google.com (mail-lf1-f44.google.com [209.85.167.44])", "2026-11-30 20:10:27", MX,
            "Em9pX3rJ6u"),
        ("From", addr("Emilio Orozco", "emilio.orozco@correo-tapatio.mx")),
        to_me("Dani"),
        ("Subject", enc("Fwd: Confirmación de entrevista - Analista de Datos Jr.")),
        ("Date", date("2026-11-30 20:10:27", MX)),
        ("Message-ID", "<CAJ8wQ1pT6k+Rz9nM3vL4bY0sE5cH2jD6aF9gU7iN1oR2pB3@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(N(48), family="auto_reply", lang="es-MX", interview=False, company="Cactli Pagos",
      days=(("Mon", "2026-11-23"),),
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from the Cactli Pagos hiring manager to her "
           "thank-you note; mentions 'entrevistas' and a return date only")
def n48():
    body = t("""
        Hola, gracias por tu correo.

        Estoy fuera de la oficina del 12 al 20 de noviembre, con acceso limitado al correo. Para temas de
        entrevistas o procesos de selección en curso, escribe a Tomás Villaseñor
        (tomas.villasenor@cactlipagos.mx). Regreso el lunes 23 de noviembre.

        Paola Medina
        Engineering Manager | Cactli Pagos
        """)
    headers = [
        rcv("mail-io1-f70.google.com (mail-io1-f70.google.com [209.85.166.70])", "2026-11-12 09:00:06", MX,
            "Oo1zC8mT4e"),
        ("From", addr("Paola Medina", "paola.medina@cactlipagos.mx")),
        to_me(),
        ("Subject", enc("Respuesta automática: ¡Gracias por la entrevista!")),
        ("Date", date("2026-11-12 09:00:06", MX)),
        ("Message-ID", "<CAOoo4pW7k+Vz1nQ6mL9bY2sE8cH5jD0aF3gU4iN7oR1pC9@mail.gmail.com>"),
        ("In-Reply-To", "<9e1b2c3d-5f60-4a71-8b92-a3c4d5e6f708@example.org>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Autoreply", "yes"),
        ("Precedence", "bulk"),
    ]
    return message(headers, text(body))


@mail(N(49), family="bounce", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Postfix bounce (multipart/report) of her thank-you to a mistyped address; the returned message is "
           "hers and offers 'next Tuesday at 10am PT' for a follow-up that is not confirmed")
def n49():
    original = message([
        ("From", addr(ME_NAME, ME)),
        ("To", addr("Ben Kowalczyk", "ben@driftline.io")),
        ("Subject", "Thank you - Driftline"),
        ("Date", date("2026-11-06 12:10:38", MX)),
        ("Message-ID", "<5a0c8e21-77d4-4b1f-9e36-2c8d1f4a6b90@example.org>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], text(t("""
        Hi Ben,

        Thanks so much for the chat this morning, and for shuffling your calendar to make it work. I really
        enjoyed hearing about the telemetry roadmap.

        I'm also happy to do the follow-up with Priya next Tuesday at 10am PT if that's still the plan;
        just send over the invite.

        Best,
        Daniela
        """), charset="utf-8", cte="7bit"))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <ben@driftline.io>: Host or domain name not found. Name service error for
            name=driftline.io type=AAAA: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Fq2Lx0v7Kz9
        X-Postfix-Sender: rfc822; daniela.orozco@example.org
        Arrival-Date: Fri,  6 Nov 2026 18:10:41 +0000 (UTC)

        Final-Recipient: rfc822; ben@driftline.io
        Original-Recipient: rfc822;ben@driftline.io
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=driftline.io type=AAAA: Host not found
        """)
    report = multipart(
        "report",
        raw_part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
                 notice),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                 status),
        attached_message(original),
        params="report-type=delivery-status",
    )
    headers = [
        ("Return-Path", "<>"),
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.org")),
        ("To", addr(None, ME)),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", "Fri,  6 Nov 2026 18:10:45 +0000 (UTC)"),
        ("Message-ID", "<20261106181045.9C1E2A0B3F@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(headers, report)


@mail(N(50), family="school_meeting", lang="es-MX", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="School confirms the parent-teacher 'entrevista con padres de familia' for her daughter, 'viernes 11 "
           "de diciembre a las 7:40 a.m.', 15 minutes: confirmed, but not a job interview")
def n50():
    body = t("""
        Estimada Sra. Orozco:

        Le confirmo su cita para la entrevista con padres de familia de fin de trimestre de Sofía:

          Día: viernes 11 de diciembre
          Hora: 7:40 a.m.
          Lugar: salón de 2°B (edificio de primaria, planta alta)

        La entrevista dura 15 minutos; revisaremos juntas su boleta, el avance en lectura y la
        convivencia con sus compañeros. Si no puede asistir, avíseme por este medio para asignarle
        otro horario.

        Saludos cordiales,
        Miss Karla Benítez
        Titular de 2°B | Colegio Alameda Tapatía
        """)
    headers = [
        rcv("mail-ed1-f48.google.com (mail-ed1-f48.google.com [209.85.208.48])", "2026-12-07 14:12:30", MX,
            "Ca7hV2nP5x"),
        ("From", addr("Karla Benítez", "kbenitez@colegioalameda.edu.mx")),
        to_me("Daniela Orozco"),
        ("Subject", enc("Cita entrevista padres de familia - Sofía, 2°B")),
        ("Date", date("2026-12-07 14:12:30", MX)),
        ("Message-ID", "<CAK9rV3pT0k+Wz7nQ2mL5bY8sE4cH1jD9aF0gU6iN3oR7pD5@mail.gmail.com>"),
    ]
    return message(headers, text(body, charset="iso-8859-1"))
