"""blind174: 50 hand-written mails from the inbox of Daniela Flores, a customer-success lead in
San Salvador (America/El_Salvador, UTC-6, no DST), September to mid-December 2026.

Written blind (without reading the detector, its tests or the other held-out mails). Keys 1-23 are
the positives, 24-50 the negatives; the file number of the key-th mail is ORDER[key - 1].

    python3 bench/heldout/make_blind.py blind174
"""

from __future__ import annotations

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
    raw_part,
    received,
    t,
    text,
    utc,
)

SET = "blind174"
ORDER = random.Random(1740174).sample(range(1, 51), 50)
ME = "daniela.flores@example.org"
ME_TO = addr("Daniela Flores", ME)
SV = "America/El_Salvador"
MX_IN = "mx1.example.org (Postfix) with ESMTPS id"


def n(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def hdr(frm: str, subject: str, when: str, zone: str, mid: str, relay: str, ident: str,
        to: str = ME_TO, extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8",
        lag: int = 3) -> list[tuple[str, str]]:
    return [
        ("Delivered-To", ME),
        ("Received", received(relay, when, zone, f"{MX_IN} {ident}", ME, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


VTZ_SV = """BEGIN:VTIMEZONE
TZID:America/El_Salvador
X-LIC-LOCATION:America/El_Salvador
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

VTZ_GT = """BEGIN:VTIMEZONE
TZID:America/Guatemala
X-LIC-LOCATION:America/Guatemala
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

VTZ_ROMANCE = """BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

VTZ_PACIFIC = """BEGIN:VTIMEZONE
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

VTZ_MEXICO = """BEGIN:VTIMEZONE
TZID:Central Standard Time (Mexico)
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
END:STANDARD
END:VTIMEZONE"""


# =========================================================================== positives 1-23


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-10 14:00", "America/New_York"), end=utc("2026-09-10 14:45", "America/New_York"),
      contact="megan.oduya@halyardsystems.com", company="Halyard Systems",
      local="Thu 2026-09-10 14:00", local_end="2026-09-10 14:45", zone="America/New_York",
      note="Greenhouse confirmation, 2:00-2:45 PM EDT (UTC-4 in September) = 18:00-18:45Z; the body "
           "also gives 12:00 PM San Salvador; ICS in America/New_York agrees; contact = Reply-To recruiter")
def p01() -> bytes:
    body = t("""
        Hi Daniela,

        Thanks for making time to speak with us! Your interview for Customer Success Lead, LATAM
        at Halyard Systems is scheduled:

        Thursday, September 10th, 2026
        2:00 PM - 2:45 PM EDT (Eastern Time)
        (12:00 PM - 12:45 PM in San Salvador)

        Interview: Recruiter Screen
        Interviewer: Megan Oduya, Senior Technical Recruiter
        Location: Zoom - https://halyardsystems.zoom.us/j/84410273356

        If you need to reschedule, just reply to this email.

        Best,
        Megan Oduya
        Halyard Systems
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Daniela,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Customer Success Lead, LATAM</b>
        at Halyard Systems is scheduled:</p>
        <table cellpadding="4" style="border:1px solid #ddd">
        <tr><td><b>Thursday, September 10th, 2026</b><br>2:00 PM - 2:45 PM EDT (Eastern Time)<br>
        <span style="color:#666">(12:00 PM - 12:45 PM in San Salvador)</span></td></tr>
        <tr><td>Interview: Recruiter Screen<br>Interviewer: Megan Oduya, Senior Technical Recruiter<br>
        Location: <a href="https://halyardsystems.zoom.us/j/84410273356">Zoom</a></td></tr>
        </table>
        <p>If you need to reschedule, just reply to this email.</p>
        <p>Best,<br>Megan Oduya<br>Halyard Systems</p>
        <img src="https://app.greenhouse.io/email_open/5c1f0a.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
{VTZ["America/New_York"]}
BEGIN:VEVENT
UID:gh-interview-91822734@greenhouse.io
DTSTAMP:20260907T141200Z
DTSTART;TZID=America/New_York:20260910T140000
DTEND;TZID=America/New_York:20260910T144500
SUMMARY:Recruiter Screen - Daniela Flores (Halyard Systems)
LOCATION:https://halyardsystems.zoom.us/j/84410273356
ORGANIZER;CN=Megan Oduya:mailto:megan.oduya@halyardsystems.com
ATTENDEE;CN=Daniela Flores;RSVP=TRUE:mailto:daniela.flores@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    h = hdr(addr("Halyard Systems", "no-reply@us.greenhouse-mail.io"),
            "Interview Confirmation: Customer Success Lead, LATAM at Halyard Systems",
            "2026-09-07 10:12", "America/New_York",
            "<0100019b2a7c4e11-3c2e.greenhouse@us.greenhouse-mail.io>",
            "from o7.us.greenhouse-mail.io (o7.us.greenhouse-mail.io [167.89.12.7])", "4Q2hbZ1kLmz9a",
            extra=(("Reply-To", addr("Megan Oduya", "megan.oduya@halyardsystems.com")),))
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(2), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-06 09:00", "America/Los_Angeles"), end=utc("2026-10-06 09:30", "America/Los_Angeles"),
      contact="josh.kaplan@tidewaterlabs.io", company="Tidewater Labs",
      local="Tue 2026-10-06 09:00", local_end="2026-10-06 09:30", zone="America/Los_Angeles",
      note="Lever confirmation, 9:00 AM PDT (UTC-7) = 16:00Z, 'Duration: 30 minutes' gives the end; "
           "the 10:00 AM El Salvador line agrees; contact = Reply-To recruiter")
def p02() -> bytes:
    body = t("""
        Hi Daniela,

        You're confirmed! Here are the details for your upcoming interview with Tidewater Labs.

        Phone Screen with Josh Kaplan
        When: Tuesday, October 6, 2026 at 9:00 AM PDT
              (10:00 AM America/El_Salvador)
        Duration: 30 minutes
        Where: Josh will call you at +503 7xxx-xx21

        Need to make a change? Reply to this email and Josh will help.

        Tidewater Labs
        Sent via Lever
        """)
    page = t("""
        <div style="max-width:560px;font-family:-apple-system,Segoe UI,sans-serif">
        <h2 style="font-weight:500">You're confirmed!</h2>
        <p>Hi Daniela,</p>
        <p>Here are the details for your upcoming interview with Tidewater Labs.</p>
        <div style="background:#f5f7fa;padding:12px">
        <strong>Phone Screen with Josh Kaplan</strong><br>
        <strong>When:</strong> Tuesday, October 6, 2026 at 9:00 AM PDT<br>
        &nbsp;&nbsp;(10:00 AM America/El_Salvador)<br>
        <strong>Duration:</strong> 30 minutes<br>
        <strong>Where:</strong> Josh will call you at +503 7xxx-xx21
        </div>
        <p>Need to make a change? Reply to this email and Josh will help.</p>
        <p style="color:#888;font-size:12px">Tidewater Labs &middot; Sent via Lever</p>
        </div>
        """)
    h = hdr(addr("Tidewater Labs", "no-reply@hire.lever.co"),
            "Your interview with Tidewater Labs is confirmed",
            "2026-10-01 15:30", "America/Los_Angeles", "<20261001223004.7f2e91c4a1@hire.lever.co>",
            "from mail-a23.hire.lever.co (mail-a23.hire.lever.co [198.2.178.23])", "4Q9xk03VbDz7F",
            extra=(("Reply-To", addr("Josh Kaplan", "josh.kaplan@tidewaterlabs.io")),))
    return message(h, alt(text(body), html(page)))


@mail(n(3), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-18 10:30", SV), contact="roberto.menjivar@cuscatlanpagos.com.sv",
      company="Cuscatlán Pagos", local="Fri 2026-09-18 10:30", zone=SV,
      note="Phone reply in vos: 'pasado mañana a las diez y media' from Wed 16 Sep 19:42 (San Salvador) "
           "= Fri 18 Sep 10:30 UTC-6 = 16:30Z; in-person, no length; contact = sender (hiring manager)")
def p03() -> bytes:
    body = t("""
        Dale Daniela, quedamos así entonces: pasado mañana a las diez y media en la oficina, Torre Cuscatlán nivel 7 (Col. Escalón, frente al redondel). Preguntá por mí en recepción y traé tu DUI porque te piden registrarte. Va a estar tambien Claudia de operaciones para que le cuentes lo de tu equipo de soporte.

        Saludos
        Roberto

        Enviado desde mi iPhone

        > El 16 sept 2026, a las 18:15, Daniela Flores <daniela.flores@example.org> escribió:
        >
        > Buenas tardes Roberto,
        > Muchas gracias por la llamada de hoy. Me queda bien cualquier hora el viernes por la mañana, usted me dice.
        > Saludos,
        > Daniela
        """)
    h = hdr(addr("Roberto Menjívar", "roberto.menjivar@cuscatlanpagos.com.sv"),
            "Re: Plaza Líder de Customer Success", "2026-09-16 19:42", SV,
            "<8C1D2E7A-4F0B-4B1E-9A77-3E2C51D0A9F4@cuscatlanpagos.com.sv>",
            "from mail-eopbgr770092.outbound.protection.outlook.com ([40.107.77.92])", "4QAb71Rz0Hz3K",
            extra=(("In-Reply-To", "<CAF3k1=tq9YpV2@mail.example.org>"),
                   ("References", "<CAF3k1=tq9YpV2@mail.example.org>"),
                   ("X-Mailer", "iPhone Mail (21H16)")))
    return message(h, text(body, cte="8bit"))


@mail(n(4), family="workday", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-22 11:00", "America/Mexico_City"), end=utc("2026-09-22 12:00", "America/Mexico_City"),
      contact="lucia.barragan@ferrolux.com.mx", company="Grupo Ferrolux",
      local="Tue 2026-09-22 11:00", local_end="2026-09-22 12:00", zone="America/Mexico_City",
      note="Workday HTML-only (base64): 11:00-12:00 'hora del centro de México, GMT-6' (no DST since "
           "2022) = 17:00-18:00Z; sender is a Workday tenant mailbox; contact = recruiter address in body")
def p04() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333">
        <table width="600" align="center"><tr><td>
        <img src="https://wd5.myworkdaysite.com/grupoferrolux/assets/logo.png" alt="Grupo Ferrolux" height="40">
        <p>Estimada Daniela Flores:</p>
        <p>Le confirmamos su entrevista para la posición <b>Líder de Éxito del Cliente – Centroamérica</b>
        (R-10482).</p>
        <table cellpadding="3">
        <tr><td><b>Fecha:</b></td><td>martes, 22 de septiembre de 2026</td></tr>
        <tr><td><b>Hora:</b></td><td>11:00 a.&nbsp;m. – 12:00 p.&nbsp;m. (hora del centro de México, GMT-6)</td></tr>
        <tr><td><b>Modalidad:</b></td><td>Microsoft Teams (recibirá el enlace en un correo aparte)</td></tr>
        <tr><td><b>Entrevistadora:</b></td><td>Lucía Barragán, Talent Acquisition Partner</td></tr>
        </table>
        <p>Si tiene alguna duda, puede escribir directamente a Lucía:
        <a href="mailto:lucia.barragan@ferrolux.com.mx">lucia.barragan@ferrolux.com.mx</a>.</p>
        <p>Le recomendamos conectarse cinco minutos antes.</p>
        <p>Atentamente,<br>Atracción de Talento · Grupo Ferrolux</p>
        <p style="font-size:11px;color:#999">Este es un mensaje automático generado por Workday. Por favor no
        responda a este correo.</p>
        </td></tr></table>
        </body></html>
        """)
    h = hdr(addr("Grupo Ferrolux", "grupoferrolux@myworkday.com"),
            "Confirmación de entrevista – Líder de Éxito del Cliente (R-10482)",
            "2026-09-17 09:05", "America/Mexico_City",
            "<1613789230.44187.1789657500931@wd5-prod-mail.myworkday.com>",
            "from wd5-smtp-out3.myworkday.com (wd5-smtp-out3.myworkday.com [216.104.100.3])", "4QBd19xW2Pz5r")
    return message(h, html(page, cte="base64"))


@mail(n(5), family="exchange_teams", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-10-27 16:00", "Europe/Madrid"), end=utc("2026-10-27 17:00", "Europe/Madrid"),
      contact="ines.aldecoa@ondarrasoftware.es", company="Ondarra Software",
      local="Tue 2026-10-27 16:00", local_end="2026-10-27 17:00", zone="Europe/Madrid",
      days=(("Mon", "2026-10-26"), ("Tue", "2026-10-27")),
      note="Outlook update from Madrid sent Thu 22 Oct (CEST); moved from Mon 26 Oct 17:00 to Tue 27 Oct "
           "16:00-17:00 hora peninsular, already CET (UTC+1) after 25 Oct = 15:00-16:00Z (9:00 in San "
           "Salvador, as the body says); ICS TZID 'Romance Standard Time' agrees; contact = organizer/sender")
def p05() -> bytes:
    body = t("""
        Hola Daniela:

        Te escribo para cambiar la hora de nuestra entrevista. La teníamos el lunes 26 de octubre a las
        17:00 (hora de Madrid), pero me ha entrado un comité de dirección justo a esa hora.

        La he movido al martes 27 de octubre, de 16:00 a 17:00 hora peninsular, y ya te he enviado la
        invitación actualizada. Ojo con el cambio de hora: el domingo 25 pasamos al horario de invierno,
        así que ahora estamos a 7 horas de diferencia y para ti serán las 9:00 de la mañana en San
        Salvador.

        Si por lo que sea no te encaja, dímelo y lo buscamos.

        Un saludo,
        Inés Aldecoa
        People & Talent | Ondarra Software
        Paseo de la Castellana 141, 28046 Madrid

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse desde el equipo, aplicación móvil o dispositivo de sala
        Haga clic aquí para unirse a la reunión <https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDk4>
        Id. de reunión: 318 554 902 117
        Código de acceso: 7fQm2X
        ________________________________________________________________________________

        Cuándo: martes, 27 de octubre de 2026 16:00-17:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París.
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Inés Aldecoa:mailto:ines.aldecoa@ondarrasoftware.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniela Flores:mailto:daniela.flores@example.org
DESCRIPTION;LANGUAGE=es-ES:Entrevista con People & Talent (Customer Success Lead LATAM)\\n
UID:040000008200E00074C5B7101A82E00800000000D0A1E7C1B25EDD01000000000000000010000000A6F3
SUMMARY;LANGUAGE=es-ES:Entrevista Daniela Flores – Customer Success Lead LATAM
DTSTART;TZID=Romance Standard Time:20261027T160000
DTEND;TZID=Romance Standard Time:20261027T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261022T100500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    h = hdr(addr("Inés Aldecoa", "ines.aldecoa@ondarrasoftware.es"),
            "Cambio de hora: Entrevista Daniela Flores – Customer Success Lead LATAM",
            "2026-10-22 12:05", "Europe/Madrid",
            "<DB9PR08MB71145E2A0C1D9F3B6A1C7E33B2A42@DB9PR08MB7114.eurprd08.prod.outlook.com>",
            "from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2101.outbound.protection."
            "outlook.com [40.107.20.101])", "4QJf3n7kQvz1M",
            extra=(("Thread-Topic", "Entrevista Daniela Flores - Customer Success Lead LATAM"),
                   ("Content-Language", "es-ES"),
                   ("X-MS-Has-Attach", ""),
                   ("X-MS-TNEF-Correlator", "")))
    return message(h, alt(text(body), calendar(ics, cte="base64")))


@mail(n(6), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 11:00", "America/Chicago"), end=utc("2026-11-03 11:30", "America/Chicago"),
      contact="dwayne.porter@brightlinefreight.com", company="Brightline Freight",
      local="Tue 2026-11-03 11:00", local_end="2026-11-03 11:30", zone="America/Chicago",
      note="Calendly invitee confirmation sent Thu 29 Oct (CDT) for Tue 3 Nov 11:00-11:30 Central Time, "
           "which is CST (UTC-6) after 1 Nov = 17:00-17:30Z; ICS in UTC agrees; contact = Reply-To host")
def p06() -> bytes:
    body = t("""
        Hi Daniela Flores,

        A new event has been scheduled.

        Event Type:
        Intro call - Customer Success Lead (Brightline Freight)

        Invitee:
        Daniela Flores

        Invitee Email:
        daniela.flores@example.org

        Event Date/Time:
        11:00am - 11:30am (Central Time - US & Canada) on Tuesday, November 3, 2026

        Location:
        This is a Google Meet web conference. https://meet.google.com/qzp-hwkd-rmt

        Questions:
        Anything you'd like Dwayne to know?
        I'm based in San Salvador and managing a team of 9 CSMs.

        View event in Calendly
        https://calendly.com/events/9f0d2c61-33e4/google_meet

        Pro Tip! Take Calendly anywhere you work with the Calendly browser extension.
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a">
        <p>Hi Daniela Flores,</p><p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>Intro call - Customer Success Lead (Brightline Freight)</p>
        <p><b>Invitee:</b><br>Daniela Flores</p>
        <p><b>Invitee Email:</b><br><a href="mailto:daniela.flores@example.org">daniela.flores@example.org</a></p>
        <p><b>Event Date/Time:</b><br>11:00am - 11:30am (Central Time - US &amp; Canada) on Tuesday, November 3, 2026</p>
        <p><b>Location:</b><br>This is a Google Meet web conference.
        <a href="https://meet.google.com/qzp-hwkd-rmt">Join now</a></p>
        <p><b>Questions:</b><br>Anything you'd like Dwayne to know?<br>I'm based in San Salvador and managing a team of 9 CSMs.</p>
        <p><a href="https://calendly.com/events/9f0d2c61-33e4/google_meet">View event in Calendly</a></p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20261029T214012Z
UID:9f0d2c61-33e4-4b1a-8c90-15d3a2e7c0aa@calendly.com
DTSTART:20261103T170000Z
DTEND:20261103T173000Z
SUMMARY:Intro call - Customer Success Lead (Brightline Freight)
LOCATION:https://meet.google.com/qzp-hwkd-rmt
ORGANIZER;CN=Dwayne Porter:mailto:dwayne.porter@brightlinefreight.com
ATTENDEE;CN=Daniela Flores;PARTSTAT=ACCEPTED:mailto:daniela.flores@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = hdr(addr("Calendly", "notifications@calendly.com"),
            "New Event: Daniela Flores - 11:00am Tue, Nov 3, 2026 - Intro call - Customer Success Lead "
            "(Brightline Freight)",
            "2026-10-29 16:40", "America/Chicago", "<0101019cd1a8f3e2-5e7b.calendly@email.calendly.com>",
            "from o1.email.calendly.com (o1.email.calendly.com [167.89.41.101])", "4QKw8s2mY0z4n",
            extra=(("Reply-To", addr("Dwayne Porter", "dwayne.porter@brightlinefreight.com")),))
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, ctype="application/ics", filename="invite.ics",
                                     disposition="attachment", method=None)))


@mail(n(7), family="google_calendar", lang="es", interview=True, kind="cancelled",
      start=utc("2026-10-01 15:00", "America/Guatemala"), end=utc("2026-10-01 16:00", "America/Guatemala"),
      contact="andrea.chinchilla@quetzallogistica.com.gt", company="Quetzal Logística",
      local="Thu 2026-10-01 15:00", local_end="2026-10-01 16:00", zone="America/Guatemala",
      note="Google Calendar cancellation (Spanish UI): jue 1 oct 2026 3pm-4pm hora de Guatemala (UTC-6) = "
           "21:00-22:00Z; METHOD:CANCEL; organizer's note promises a new date later, none given; "
           "contact = organizer")
def p07() -> bytes:
    body = t("""
        Se ha cancelado este evento y se ha eliminado de tu calendario.

        Entrevista Customer Success Lead – Daniela Flores
        Jueves, 1 de octubre de 2026 · 3:00 – 4:00pm
        Zona horaria: Hora de Guatemala

        Nota del organizador:
        Daniela, disculpá, se nos cruzó la auditoría anual justo esa tarde. Te escribo esta semana para
        buscar otra fecha. Mil disculpas. – Andrea

        Organizador
        Andrea Chinchilla
        andrea.chinchilla@quetzallogistica.com.gt

        Invitados
        Andrea Chinchilla - organizador
        daniela.flores@example.org
        Marvin Ajú

        Invitación de Google Calendar
        Recibes este correo porque eres un invitado del evento.
        """)
    page = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <p style="color:#d93025">Se ha cancelado este evento y se ha eliminado de tu calendario.</p>
        <h2 style="font-weight:400">Entrevista Customer Success Lead – Daniela Flores</h2>
        <p>Jueves, 1 de octubre de 2026 · 3:00 – 4:00pm<br>Zona horaria: Hora de Guatemala</p>
        <p><b>Nota del organizador:</b><br>Daniela, disculpá, se nos cruzó la auditoría anual justo esa tarde.
        Te escribo esta semana para buscar otra fecha. Mil disculpas. – Andrea</p>
        <p><b>Organizador</b><br>Andrea Chinchilla<br>andrea.chinchilla@quetzallogistica.com.gt</p>
        <p style="font-size:11px;color:#70757a">Invitación de Google Calendar</p>
        </div>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{VTZ_GT}
BEGIN:VEVENT
DTSTART;TZID=America/Guatemala:20261001T150000
DTEND;TZID=America/Guatemala:20261001T160000
DTSTAMP:20260928T141500Z
ORGANIZER;CN=Andrea Chinchilla:mailto:andrea.chinchilla@quetzallogistica.com.gt
UID:3hq0c8v1ttk2m7o4b9r5u6p1aa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=daniela.flores@example.org;X-NUM-GUESTS=0:mailto:daniela.flores@example.org
CREATED:20260921T170233Z
LAST-MODIFIED:20260928T141500Z
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Entrevista Customer Success Lead – Daniela Flores
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    h = hdr(addr("Andrea Chinchilla", "andrea.chinchilla@quetzallogistica.com.gt"),
            "Evento cancelado: Entrevista Customer Success Lead – Daniela Flores @ jue 1 oct 2026 "
            "3pm - 4pm (CST) (daniela.flores@example.org)",
            "2026-09-28 08:15", "America/Guatemala", "<calendar-1c7a0e55-0d2b-4c8f-93a1-6e0b9d2f7a41@google.com>",
            "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "4QDr5c0FZqz8w",
            extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                   ("Reply-To", addr("Andrea Chinchilla", "andrea.chinchilla@quetzallogistica.com.gt"))))
    return message(h, mixed(alt(text(body), html(page), calendar(ics, method="CANCEL", cte="8bit")),
                            calendar(ics, method="CANCEL", ctype="application/ics", filename="invite.ics",
                                     disposition="attachment", cte="base64", name_param=True)))


@mail(n(8), family="human_prose", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-10 16:00", "America/New_York"), contact="caitlin.moreau@ridgewayhealth.com",
      company="Ridgeway Health", local="Tue 2026-11-10 16:00", zone="America/New_York",
      note="Recruiter reply on top of the thread, sent Mon 9 Nov 15:20 EST: 'tomorrow at 4 pm ET' = Tue "
           "10 Nov 16:00 EST (UTC-5, after 1 Nov) = 21:00Z, '3 pm your time' agrees; 'roughly 45 minutes' "
           "is approximate, so no end; contact = sender")
def p08() -> bytes:
    body = t("""
        Hi Daniela,

        Great news - Sam (our VP of Customer Experience) can do tomorrow at 4 pm ET, so you're all set for
        that. That's 3 pm your time in San Salvador now that we're off daylight saving. Plan for roughly 45
        minutes; he'll dig into the renewal playbook you mentioned.

        Same Zoom link as last time: https://ridgewayhealth.zoom.us/j/92210057731

        Talk soon,
        Caitlin

        Caitlin Moreau | Talent Acquisition
        Ridgeway Health | Boston, MA

        On Mon, Nov 9, 2026 at 11:02 AM Daniela Flores <daniela.flores@example.org> wrote:
        > Hi Caitlin,
        > Thank you! Tomorrow afternoon works well for me, any time after 1 pm ET.
        > Best,
        > Daniela
        >
        > On Fri, Nov 6, 2026 at 4:48 PM Caitlin Moreau <caitlin.moreau@ridgewayhealth.com> wrote:
        >> Hi Daniela, the team loved your first conversation. Would you be open to meeting Sam early
        >> next week? I'll confirm a time once I see his calendar.
        """)
    h = hdr(addr("Caitlin Moreau", "caitlin.moreau@ridgewayhealth.com"),
            "Re: Next step - Ridgeway Health", "2026-11-09 15:20", "America/New_York",
            "<CAH9r4pXw0Lq2Z7mV=ks3dGf8@mail.gmail.com>",
            "from mail-yw1-f178.google.com (mail-yw1-f178.google.com [209.85.128.178])", "4QNq0w1bTJz6c",
            extra=(("In-Reply-To", "<CAF3k1=Zr0q7@mail.example.org>"),
                   ("References", "<CAH9r4pQ2m1@mail.gmail.com> <CAF3k1=Zr0q7@mail.example.org>")))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(9), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-02 12:00", SV), end=utc("2026-12-02 13:00", SV),
      contact="noa.feldman@kelpie.ai", company="Kelpie AI",
      local="Wed 2026-12-02 12:00", local_end="2026-12-02 13:00", zone=SV,
      note="Ashby confirmation shown in the candidate's zone: 12:00-1:00 PM 'CST (America/El_Salvador)' "
           "= 18:00-19:00Z (the interviewer's 10:00 AM PST line agrees); ICS TZID America/El_Salvador; "
           "contact = Reply-To recruiter")
def p09() -> bytes:
    body = t("""
        Hi Daniela,

        Your interview with Kelpie AI has been confirmed. We're looking forward to speaking with you!

        Customer Success Lead (Remote, LATAM) - Hiring Manager Interview
        Wednesday, December 2, 2026
        12:00 PM - 1:00 PM CST (America/El_Salvador)

        You'll meet with:
          Priya Raman - Head of Customer Success (10:00 AM PST for Priya)

        Google Meet: https://meet.google.com/wax-ofto-kpe

        Questions? Just reply and it will reach Noa Feldman.

        Thanks,
        Kelpie AI Recruiting
        Powered by Ashby
        """)
    page = t("""
        <html><body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1f2328">
        <p>Hi Daniela,</p>
        <p>Your interview with Kelpie AI has been confirmed. We're looking forward to speaking with you!</p>
        <div style="border:1px solid #e1e4e8;border-radius:6px;padding:14px">
        <div style="font-weight:600">Customer Success Lead (Remote, LATAM) - Hiring Manager Interview</div>
        <div>Wednesday, December 2, 2026</div>
        <div>12:00 PM - 1:00 PM CST (America/El_Salvador)</div>
        <div style="margin-top:8px">You'll meet with:<br>Priya Raman - Head of Customer Success
        <span style="color:#6a737d">(10:00 AM PST for Priya)</span></div>
        <div style="margin-top:8px"><a href="https://meet.google.com/wax-ofto-kpe">Join Google Meet</a></div>
        </div>
        <p>Questions? Just reply and it will reach Noa Feldman.</p>
        <p>Thanks,<br>Kelpie AI Recruiting</p>
        <p style="font-size:11px;color:#8b949e">Powered by Ashby</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_SV}
BEGIN:VEVENT
UID:1b7e4c02-9d55-4f6e-a0c3-2f81d7b6e9a0
DTSTAMP:20261124T221000Z
DTSTART;TZID=America/El_Salvador:20261202T120000
DTEND;TZID=America/El_Salvador:20261202T130000
SEQUENCE:0
SUMMARY:Kelpie AI - Hiring Manager Interview (Daniela Flores)
LOCATION:https://meet.google.com/wax-ofto-kpe
ORGANIZER;CN=Noa Feldman:mailto:noa.feldman@kelpie.ai
ATTENDEE;CN=Daniela Flores;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:daniela.flores@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = hdr(addr("Kelpie AI", "no-reply@ashbyhq.com"),
            "Interview confirmed: Customer Success Lead (Remote, LATAM) at Kelpie AI",
            "2026-11-24 14:10", "America/Los_Angeles",
            "<010001934c2e8a71-77f0c1d2-0b9e-4d3a-8f61-5a2c7e0d9b13-000000@email.amazonses.com>",
            "from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])", "4QV2mR6c1wz2p",
            extra=(("Reply-To", addr("Noa Feldman", "noa.feldman@kelpie.ai")),))
    return message(h, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                            calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(10), family="smartrecruiters", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-10-14 14:30", "America/Costa_Rica"), end=utc("2026-10-14 15:15", "America/Costa_Rica"),
      contact="mariana.solano@brisapagos.cr", company="Brisa Pagos",
      local="Wed 2026-10-14 14:30", local_end="2026-10-14 15:15", zone="America/Costa_Rica",
      days=(("Mon", "2026-10-12"),),
      note="SmartRecruiters reschedule: old Mon 12 Oct 10:00 (holiday), new mié 14 oct 2:30-3:15 p. m. hora "
           "de Costa Rica (UTC-6) = 20:30-21:15Z; contact = Reply-To recruiter")
def p10() -> bytes:
    body = t("""
        Hola Daniela:

        Su entrevista para el puesto de Líder de Customer Success (San José / remoto) fue reprogramada.

        Antes: lunes 12 de octubre de 2026, 10:00 a. m.
        Ahora: miércoles 14 de octubre de 2026, de 2:30 p. m. a 3:15 p. m. (hora de Costa Rica)

        Nos dimos cuenta de que el lunes 12 es feriado en Costa Rica y la oficina estará cerrada, por eso
        movimos la cita. La entrevista será por Google Meet con Mariana Solano (Talent) y Esteban Quirós
        (Director de Operaciones).

        Enlace: https://meet.google.com/brs-pgos-cst

        Si tiene algún inconveniente con el nuevo horario, responda a este correo.

        Saludos cordiales,
        Mariana Solano
        Brisa Pagos

        --
        Enviado a través de SmartRecruiters
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hola Daniela:</p>
        <p>Su entrevista para el puesto de <b>Líder de Customer Success (San José / remoto)</b> fue reprogramada.</p>
        <p><s>Antes: lunes 12 de octubre de 2026, 10:00 a. m.</s><br>
        <b>Ahora: miércoles 14 de octubre de 2026, de 2:30 p. m. a 3:15 p. m. (hora de Costa Rica)</b></p>
        <p>Nos dimos cuenta de que el lunes 12 es feriado en Costa Rica y la oficina estará cerrada, por eso
        movimos la cita. La entrevista será por Google Meet con Mariana Solano (Talent) y Esteban Quirós
        (Director de Operaciones).</p>
        <p><a href="https://meet.google.com/brs-pgos-cst">Unirse a Google Meet</a></p>
        <p>Si tiene algún inconveniente con el nuevo horario, responda a este correo.</p>
        <p>Saludos cordiales,<br>Mariana Solano<br>Brisa Pagos</p>
        <p style="font-size:11px;color:#999">Enviado a través de SmartRecruiters</p>
        </body></html>
        """)
    h = hdr(addr("Mariana Solano (Brisa Pagos)", "noreply@smartrecruiters.com"),
            "Entrevista reprogramada – Líder de Customer Success", "2026-10-08 10:20", "America/Costa_Rica",
            "<0100019c6b1f3d0a-2e9a41f0-sr@email.smartrecruiters.com>",
            "from mail184-22.suw21.mandrillapp.com (mail184-22.suw21.mandrillapp.com [198.2.184.22])",
            "4QH9d2mKx1z6t",
            extra=(("Reply-To", addr("Mariana Solano", "mariana.solano@brisapagos.cr")),))
    return message(h, alt(text(body), html(page)))


@mail(n(11), family="exchange_teams", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-19 09:00", "America/Mexico_City"), end=utc("2026-11-19 10:00", "America/Mexico_City"),
      contact="rodrigo.ibarra@nopalcloud.mx", company="Nopal Cloud",
      local="Thu 2026-11-19 09:00", local_end="2026-11-19 10:00", zone="America/Mexico_City",
      note="Outlook/Teams meeting request: 09:00-10:00 '(UTC-06:00) Guadalajara, Ciudad de México, "
           "Monterrey' = 15:00-16:00Z; ICS TZID 'Central Standard Time (Mexico)' without DST agrees; "
           "contact = organizer/sender")
def p11() -> bytes:
    body = t("""
        Hola Daniela, te comparto la invitación para la entrevista técnica con el equipo de Soporte y
        Customer Success. Nos vemos el jueves.

        Rodrigo Ibarra
        Gerente de Customer Success | Nopal Cloud
        +52 55 4120 8877

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse desde el equipo, aplicación móvil o dispositivo de sala
        Haga clic aquí para unirse a la reunión
        Id. de reunión: 255 019 447 380
        Código de acceso: Rk4mZ9
        Descargar Teams | Unirse en la Web
        Más información | Opciones de reunión
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Hola Daniela, te comparto la invitación para la entrevista técnica con el equipo de Soporte y
        Customer Success. Nos vemos el jueves.</p>
        <p>Rodrigo Ibarra<br>Gerente de Customer Success | Nopal Cloud<br>+52 55 4120 8877</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">
        ________________________________________________________________________________</span></div>
        <div><span style="font-size:24px;font-weight:600;color:#252424">Reunión de Microsoft Teams</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ3">Haga clic aquí para unirse a la reunión</a></div>
        <div>Id. de reunión: 255 019 447 380<br>Código de acceso: Rk4mZ9</div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_MEXICO}
BEGIN:VEVENT
ORGANIZER;CN=Rodrigo Ibarra:mailto:rodrigo.ibarra@nopalcloud.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=daniela.flores@example.org:mailto:daniela.flores@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Fernanda Ríos:mailto:fernanda.rios@nopalcloud.mx
UID:040000008200E00074C5B7101A82E0080000000060C9B1D4A97ADD01000000000000000010000000F1B2
SUMMARY;LANGUAGE=es-MX:Entrevista técnica – Customer Success Lead | Daniela Flores
DTSTART;TZID=Central Standard Time (Mexico):20261119T090000
DTEND;TZID=Central Standard Time (Mexico):20261119T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261113T233000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}}
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ3
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    h = hdr(addr("Rodrigo Ibarra", "rodrigo.ibarra@nopalcloud.mx"),
            "Entrevista técnica – Customer Success Lead | Daniela Flores",
            "2026-11-13 17:30", "America/Mexico_City",
            "<SJ0PR13MB5944C1E07A2B3D4F5E6A7B8CD9E12@SJ0PR13MB5944.namprd13.prod.outlook.com>",
            "from NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2119.outbound.protection."
            "outlook.com [40.107.243.119])", "4QPz7g3Hq2z9d",
            extra=(("Thread-Topic", "Entrevista tecnica - Customer Success Lead | Daniela Flores"),
                   ("Content-Language", "es-MX"),
                   ("X-MS-Exchange-Organization-SCL", "1")))
    return message(h, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252"),
                          calendar(ics, cte="base64")))


@mail(n(12), family="personio", lang="es", interview=True, kind="scheduled",
      start=utc("2026-12-09 17:00", "Europe/Madrid"), end=utc("2026-12-09 18:00", "Europe/Madrid"),
      contact="ines.aldecoa@ondarrasoftware.es", company="Ondarra Software",
      local="Wed 2026-12-09 17:00", local_end="2026-12-09 18:00", zone="Europe/Madrid",
      note="Personio invitation to the final round: mié 9 dic 17:00-18:00 CET (UTC+1) = 16:00-17:00Z, "
           "the body's 10:00-11:00 San Salvador agrees; Reply-To is a Personio relay, so contact = the "
           "recruiter's address in the signature")
def p12() -> bytes:
    body = t("""
        Hola Daniela:

        ¡Enhorabuena por haber llegado a la última fase del proceso para Customer Success Lead LATAM!

        Te confirmamos la entrevista final con nuestro CEO, Jon Etxeberria, y conmigo:

        Fecha: miércoles, 9 de diciembre de 2026
        Hora: 17:00 – 18:00 (CET, hora de Madrid)
              10:00 – 11:00 en San Salvador
        Lugar: Google Meet – https://meet.google.com/ond-arra-fin

        En esta sesión nos gustaría que nos presentaras en 15 minutos el caso práctico que te enviamos.

        Un saludo,
        Inés Aldecoa
        People & Talent · Ondarra Software
        ines.aldecoa@ondarrasoftware.es

        Este mensaje se ha enviado a través de Personio. Puedes responder directamente a este correo.
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hola Daniela:</p>
        <p>¡Enhorabuena por haber llegado a la última fase del proceso para <b>Customer Success Lead LATAM</b>!</p>
        <p>Te confirmamos la entrevista final con nuestro CEO, Jon Etxeberria, y conmigo:</p>
        <ul>
        <li><b>Fecha:</b> miércoles, 9 de diciembre de 2026</li>
        <li><b>Hora:</b> 17:00 – 18:00 (CET, hora de Madrid) · 10:00 – 11:00 en San Salvador</li>
        <li><b>Lugar:</b> <a href="https://meet.google.com/ond-arra-fin">Google Meet</a></li>
        </ul>
        <p>En esta sesión nos gustaría que nos presentaras en 15 minutos el caso práctico que te enviamos.</p>
        <p>Un saludo,<br>Inés Aldecoa<br>People &amp; Talent · Ondarra Software<br>
        <a href="mailto:ines.aldecoa@ondarrasoftware.es">ines.aldecoa@ondarrasoftware.es</a></p>
        <p style="font-size:11px;color:#888">Este mensaje se ha enviado a través de Personio.</p>
        </body></html>
        """)
    h = hdr(addr("Ondarra Software", "noreply@personio.de"),
            "Entrevista final – Customer Success Lead LATAM", "2026-12-02 11:40", "Europe/Madrid",
            "<5f0e1c2a9b7d4e63a8c1@mail.personio.de>",
            "from mail-out-12.personio.de (mail-out-12.personio.de [18.185.115.12])", "4QW8cL0n5tz3h",
            extra=(("Reply-To", "jobs+a91d7e0c4b@ondarra-software.jobs.personio.de"),))
    return message(h, alt(text(body), html(page)))


@mail(n(13), family="teamtailor", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-25 10:00", "America/Guatemala"), end=utc("2026-09-25 10:45", "America/Guatemala"),
      contact="sofia.cabrera@mayadigital.gt", company="Maya Digital",
      local="Fri 2026-09-25 10:00", local_end="2026-09-25 10:45", zone="America/Guatemala",
      note="Teamtailor HTML-only: viernes 25 sep 10:00 hora de Guatemala (UTC-6), 'duración: 45 minutos' "
           "= 16:00-16:45Z; Reply-To is a Teamtailor relay, contact = recruiter address in the body")
def p13() -> bytes:
    page = t("""
        <!doctype html>
        <html lang="es"><head><meta charset="utf-8"><title>Maya Digital</title></head>
        <body style="margin:0;background:#f4f4f5">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="560" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#18181b">
        <tr><td style="padding:24px"><img src="https://assets.teamtailor-cdn.com/mayadigital/logo.png" alt="Maya Digital" height="36"></td></tr>
        <tr><td style="padding:0 24px">
        <p>¡Hola Daniela!</p>
        <p>Tu entrevista para <strong>Customer Success Lead</strong> quedó agendada:</p>
        <p style="background:#f4f4f5;padding:12px;border-radius:8px">
        📅 viernes 25 de septiembre de 2026<br>
        🕙 10:00 (hora de Guatemala) · duración: 45 minutos<br>
        📍 Videollamada – el enlace llega en la invitación de calendario</p>
        <p>Vas a hablar con Sofía Cabrera (Talento) y Luis Tzul (Head of Customer Experience). Si necesitás
        cambiar algo, escribile a Sofía a
        <a href="mailto:sofia.cabrera@mayadigital.gt">sofia.cabrera@mayadigital.gt</a>.</p>
        <p>¡Éxitos!<br>Equipo de Maya Digital</p>
        </td></tr>
        <tr><td style="padding:24px;font-size:12px;color:#71717a">Enviado con Teamtailor ·
        <a href="https://mayadigital.teamtailor.com/connect">Mis datos</a></td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    h = hdr(addr("Maya Digital", "no-reply@teamtailor-mail.com"),
            "Tu entrevista con Maya Digital está agendada 🎉", "2026-09-21 11:30", "America/Guatemala",
            "<66ef0a1c3b2d1_4f8a2b7c91e5@teamtailor-mail.com>",
            "from mail-a.teamtailor-mail.com (mail-a.teamtailor-mail.com [159.135.140.22])", "4QCk3s8Vp1z0g",
            extra=(("Reply-To", "reply+c48213a7f1d0@teamtailor-mail.com"),
                   ("List-Unsubscribe", "<https://mayadigital.teamtailor.com/unsubscribe/48213>")))
    return message(h, html(page))


@mail(n(14), family="workable", lang="en", interview=True, kind="cancelled",
      start=utc("2026-10-16 13:00", "America/Chicago"), end=utc("2026-10-16 13:45", "America/Chicago"),
      contact=None, company="Lonestar Ledger",
      local="Fri 2026-10-16 13:00", local_end="2026-10-16 13:45", zone="America/Chicago",
      note="Workable cancellation (role on hold, no new time): the cancelled slot Fri 16 Oct 1:00 PM CDT "
           "(UTC-5), 45-minute = 18:00-18:45Z; METHOD:CANCEL in UTC agrees; Reply-To is a Workable relay "
           "and the signature has no address, so contact null")
def p14() -> bytes:
    body = t("""
        Hi Daniela,

        I'm sorry to let you know that we need to cancel your 45-minute video interview for the Customer
        Success Lead position, scheduled for Friday, October 16 at 1:00 PM CDT.

        The role has been put on hold while we finalize next year's budget. We don't have a new date to
        offer right now, but we'll keep your application on file and reach out if it reopens.

        Thank you for your understanding,

        Kyle Brennan
        Talent Partner, Lonestar Ledger
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:workable-event-7d21c0b5e8@workable.com
DTSTAMP:20261013T144500Z
DTSTART:20261016T180000Z
DTEND:20261016T184500Z
SUMMARY:Video interview: Daniela Flores - Customer Success Lead (Lonestar Ledger)
STATUS:CANCELLED
SEQUENCE:1
ATTENDEE;CN=Daniela Flores:mailto:daniela.flores@example.org
END:VEVENT
END:VCALENDAR"""
    h = hdr(addr("Lonestar Ledger", "noreply@workablemail.com"),
            "Interview cancelled: Customer Success Lead at Lonestar Ledger", "2026-10-13 09:45",
            "America/Chicago", "<wk.7d21c0b5e8.1760366700@workablemail.com>",
            "from mail-173.workablemail.com (mail-173.workablemail.com [50.31.56.173])", "4QHn2q5Wy8z1b",
            extra=(("Reply-To", "lonestar-ledger+c4f81d9a@candidates.workablemail.com"),))
    return message(h, mixed(text(body, cte="7bit"),
                            calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment")))


@mail(n(15), family="icims", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-22 11:30", "America/New_York"), contact="angela.whitfield@palmettocare.com",
      company="Palmetto Care", local="Thu 2026-10-22 11:30", zone="America/New_York",
      note="iCIMS (windows-1252, QP): US date 10/22/2026 11:30 AM Eastern = EDT (UTC-4) = 15:30Z; "
           "'approximately one hour' so no end; contact = recruiter address in the body")
def p15() -> bytes:
    body = t("""
        Dear Daniela,

        Thank you for your interest in Palmetto Care. We are pleased to confirm your interview for the
        position below.

        Position: Customer Success Manager, Latin America (Req #2026-4417)
        Date: 10/22/2026
        Time: 11:30 AM Eastern Time
        Format: Microsoft Teams video interview (link to follow from your interviewer)
        Interviewers: Derek Lowell, Director of Client Services; Angela Whitfield, Recruiter

        The interview will last approximately one hour. If you have questions, please contact
        Angela Whitfield – angela.whitfield@palmettocare.com.

        We look forward to speaking with you.

        Sincerely,
        Palmetto Care Talent Acquisition

        This e-mail was sent from an unmonitored address. Please do not reply.
        """)
    page = t("""
        <html><body><font face="Arial" size="2">
        <p>Dear Daniela,</p>
        <p>Thank you for your interest in Palmetto Care. We are pleased to confirm your interview for the
        position below.</p>
        <p><b>Position:</b> Customer Success Manager, Latin America (Req #2026-4417)<br>
        <b>Date:</b> 10/22/2026<br>
        <b>Time:</b> 11:30 AM Eastern Time<br>
        <b>Format:</b> Microsoft Teams video interview (link to follow from your interviewer)<br>
        <b>Interviewers:</b> Derek Lowell, Director of Client Services; Angela Whitfield, Recruiter</p>
        <p>The interview will last approximately one hour. If you have questions, please contact
        Angela Whitfield – <a href="mailto:angela.whitfield@palmettocare.com">angela.whitfield@palmettocare.com</a>.</p>
        <p>We look forward to speaking with you.</p>
        <p>Sincerely,<br>Palmetto Care Talent Acquisition</p>
        <p><i>This e-mail was sent from an unmonitored address. Please do not reply.</i></p>
        </font></body></html>
        """)
    h = hdr(addr("Palmetto Care Careers", "palmettocare@talent.icims.com"),
            "Interview Confirmation - Customer Success Manager, Latin America", "2026-10-16 13:05",
            "America/New_York", "<1460295871.884213.1791479100412.JavaMail.icims@talent.icims.com>",
            "from smtp-out7.icims.com (smtp-out7.icims.com [64.79.155.7])", "4QJ0b7Tn3Lz5f")
    return message(h, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


VTZ_CR = """BEGIN:VTIMEZONE
TZID:America/Costa_Rica
X-LIC-LOCATION:America/Costa_Rica
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""


@mail(n(16), family="recruitee", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-17 15:00", "America/Costa_Rica"), end=utc("2026-11-17 16:00", "America/Costa_Rica"),
      contact="karla.vargas@guanacastecloud.cr", company="Guanacaste Cloud",
      local="Tue 2026-11-17 15:00", local_end="2026-11-17 16:00", zone="America/Costa_Rica",
      note="Recruitee confirmation: martes 17 nov 15:00-16:00 (America/Costa_Rica, UTC-6) = 21:00-22:00Z; "
           "ICS agrees; contact = Reply-To recruiter")
def p16() -> bytes:
    body = t("""
        Hola Daniela,

        ¡Gracias por agendar tu entrevista con Guanacaste Cloud!

        Puesto: Customer Success Lead
        Fecha: martes, 17 de noviembre de 2026
        Hora: 15:00 – 16:00 (America/Costa_Rica)
        Entrevistadora: Karla Vargas
        Lugar: Zoom – https://guanacastecloud.zoom.us/j/81732004519

        Adjuntamos la invitación para tu calendario.

        Pura vida,
        Karla Vargas
        Guanacaste Cloud

        Enviado con Recruitee
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px">
        <p>Hola Daniela,</p>
        <p>¡Gracias por agendar tu entrevista con Guanacaste Cloud!</p>
        <table style="border-left:3px solid #1f8ded;padding-left:10px">
        <tr><td>Puesto:</td><td>Customer Success Lead</td></tr>
        <tr><td>Fecha:</td><td>martes, 17 de noviembre de 2026</td></tr>
        <tr><td>Hora:</td><td>15:00 – 16:00 (America/Costa_Rica)</td></tr>
        <tr><td>Entrevistadora:</td><td>Karla Vargas</td></tr>
        <tr><td>Lugar:</td><td><a href="https://guanacastecloud.zoom.us/j/81732004519">Zoom</a></td></tr>
        </table>
        <p>Adjuntamos la invitación para tu calendario.</p>
        <p>Pura vida,<br>Karla Vargas<br>Guanacaste Cloud</p>
        <p style="color:#999;font-size:11px">Enviado con Recruitee</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Calendar//EN
METHOD:REQUEST
{VTZ_CR}
BEGIN:VEVENT
UID:rc-interview-330912@recruitee.com
DTSTAMP:20261111T220000Z
DTSTART;TZID=America/Costa_Rica:20261117T150000
DTEND;TZID=America/Costa_Rica:20261117T160000
SUMMARY:Entrevista: Daniela Flores – Customer Success Lead
LOCATION:https://guanacastecloud.zoom.us/j/81732004519
ORGANIZER;CN=Karla Vargas:mailto:karla.vargas@guanacastecloud.cr
ATTENDEE;CN=Daniela Flores;RSVP=TRUE:mailto:daniela.flores@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = hdr(addr("Karla Vargas – Guanacaste Cloud", "no-reply@recruitee.com"),
            "Entrevista confirmada: Customer Success Lead", "2026-11-11 16:00", "America/Costa_Rica",
            "<rc.330912.f3a9@mailer.recruitee.com>",
            "from mailer.recruitee.com (mailer.recruitee.com [52.58.121.40])", "4QPc4x9Nh7z2j",
            extra=(("Reply-To", addr("Karla Vargas", "karla.vargas@guanacastecloud.cr")),))
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, filename="entrevista.ics", disposition="attachment",
                                     cte="quoted-printable")))


@mail(n(17), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-08 08:30", SV), contact="karen.alvarado@volcanseguros.com.sv",
      company="Volcán Seguros", local="Thu 2026-10-08 08:30", zone=SV,
      note="Google Calendar invitation for an all-day event on jue 8 oct; the time is only in the "
           "description ('a las 8:30 a. m.' in San Salvador, UTC-6) = 14:30Z; no length; contact = organizer")
def p17() -> bytes:
    body = t("""
        Te han invitado a este evento.

        Entrevista presencial – Daniela Flores
        Jueves, 8 de octubre de 2026 (todo el día)

        Hola Daniela: te esperamos a las 8:30 a. m. en la recepción de Torre Futura, nivel 12
        (Colonia Escalón). La entrevista es con Karen Alvarado (RR. HH.) y Mauricio Rivas (Gerente de
        Servicio al Cliente), y después una prueba corta de caso. Llevá DUI y CV impreso.

        Organizador
        Karen Alvarado
        karen.alvarado@volcanseguros.com.sv

        Invitados
        Karen Alvarado - organizador
        Mauricio Rivas
        daniela.flores@example.org

        ¿Vas a asistir?  Sí - Quizás - No   Más opciones
        https://calendar.google.com/calendar/event?action=RESPOND&eid=NnM3

        Invitación de Google Calendar
        Recibes este correo porque eres un invitado del evento.
        """)
    page = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p>Te han invitado a este evento.</p>
        <h2 style="font-weight:400;color:#202124">Entrevista presencial – Daniela Flores</h2>
        <p>Jueves, 8 de octubre de 2026 (todo el día)</p>
        <p>Hola Daniela: te esperamos a las 8:30 a. m. en la recepción de Torre Futura, nivel 12
        (Colonia Escalón). La entrevista es con Karen Alvarado (RR. HH.) y Mauricio Rivas (Gerente de
        Servicio al Cliente), y después una prueba corta de caso. Llevá DUI y CV impreso.</p>
        <p><b>Organizador</b><br>Karen Alvarado<br>karen.alvarado@volcanseguros.com.sv</p>
        <p><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NnM3&amp;rst=1">Sí</a> ·
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NnM3&amp;rst=3">Quizás</a> ·
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NnM3&amp;rst=2">No</a></p>
        <p style="font-size:11px;color:#70757a">Invitación de Google Calendar</p>
        </div>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261008
DTEND;VALUE=DATE:20261009
DTSTAMP:20261002T222000Z
ORGANIZER;CN=Karen Alvarado:mailto:karen.alvarado@volcanseguros.com.sv
UID:6s7lq2n0h9c1v5rj3m8k4e2p0b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=daniela.flores@example.org;X-NUM-GUESTS=0:mailto:daniela.flores@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mauricio Rivas;X-NUM-GUESTS=0:mailto:mauricio.rivas@volcanseguros.com.sv
DESCRIPTION:Hola Daniela: te esperamos a las 8:30 a. m. en la recepción de Torre Futura\\, nivel 12 (Colonia Escalón). La entrevista es con Karen Alvarado (RR. HH.) y Mauricio Rivas (Gerente de Servicio al Cliente)\\, y después una prueba corta de caso. Llevá DUI y CV impreso.
LOCATION:Torre Futura\\, nivel 12\\, San Salvador
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista presencial – Daniela Flores
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    h = hdr(addr("Karen Alvarado", "karen.alvarado@volcanseguros.com.sv"),
            "Invitación: Entrevista presencial – Daniela Flores @ jue 8 oct 2026 (daniela.flores@example.org)",
            "2026-10-02 16:20", SV, "<calendar-2d9b77e1-64c3-4a05-b1f8-0c5e3a7d2b19@google.com>",
            "from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", "4QG3wT1s6Rz7x",
            extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                   ("Reply-To", addr("Karen Alvarado", "karen.alvarado@volcanseguros.com.sv"))))
    return message(h, mixed(alt(text(body), html(page), calendar(ics, cte="8bit")),
                            calendar(ics, ctype="application/ics", filename="invite.ics",
                                     disposition="attachment", cte="base64", name_param=True)))


@mail(n(18), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-12-01 14:00", "America/Tegucigalpa"), contact="gabriela.zelaya@cafecopan.hn",
      company="Café Copán Exportadora", local="Tue 2026-12-01 14:00", zone="America/Tegucigalpa",
      days=(("Mon", "2026-11-30"),),
      note="Recruiter prose (usted, ISO-8859-1 QP) from Tegucigalpa: moves the interview from lunes 30 nov "
           "9:00 a. m. to martes 1 de diciembre 2:00 p. m. (UTC-6) = 20:00Z; the old time is quoted below; "
           "contact = sender")
def p18() -> bytes:
    body = t("""
        Estimada Daniela:

        Reciba un cordial saludo. Le escribo para solicitarle que movamos la entrevista del lunes 30 de
        noviembre a las 9:00 a. m. al martes 1 de diciembre a las 2:00 p. m., siempre por videollamada.
        El lunes nuestro gerente general estará en la finca en Santa Rosa de Copán sin señal.

        Ya le actualicé la invitación. Disculpe las molestias y quedo atenta.

        Atentamente,

        Lic. Gabriela Zelaya
        Jefa de Recursos Humanos
        Café Copán Exportadora, S. de R.L.
        Col. Palmira, Tegucigalpa, M.D.C.
        Tel. +504 2232-1180

        -----Mensaje original-----
        De: Gabriela Zelaya <gabriela.zelaya@cafecopan.hn>
        Enviado el: viernes, 20 de noviembre de 2026 15:02
        Para: Daniela Flores <daniela.flores@example.org>
        Asunto: Entrevista - Coordinadora de Atención a Clientes Internacionales

        Estimada Daniela: le confirmo su entrevista el lunes 30 de noviembre a las 9:00 a. m. (hora de
        Honduras) con nuestro gerente general, Ing. Óscar Bonilla.
        """)
    h = hdr(addr("Gabriela Zelaya", "gabriela.zelaya@cafecopan.hn", charset="iso-8859-1"),
            "RE: Entrevista - Coordinadora de Atención a Clientes Internacionales", "2026-11-26 09:10",
            "America/Tegucigalpa", "<000a01dd5f2e$7c1b3a40$74f1aec0$@cafecopan.hn>",
            "from correo.cafecopan.hn (correo.cafecopan.hn [190.4.33.17])", "4QTn6f2Lm0z8v",
            charset="iso-8859-1",
            extra=(("In-Reply-To", "<000401dd5b8c$1e2f3a10$5a6dae30$@cafecopan.hn>"),
                   ("Thread-Index", "AQHbX4wR3kZ0m8aYQ0yJ6p2s5Tz7AQ=="),
                   ("X-Mailer", "Microsoft Outlook 16.0")))
    return message(h, text(body, charset="iso-8859-1"))


@mail(n(19), family="forward_to_self", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-02 10:00", "America/New_York"), contact="nathan.greer@meridiangc.com",
      company="Meridian Rewards", local="Mon 2026-11-02 10:00", zone="America/New_York",
      note="Daniela forwards (message/rfc822) from her other address to herself a recruiter confirmation "
           "sent Fri 30 Oct in EDT for Mon 2 Nov 10:00 AM ET, which is EST (UTC-5) after the 1 Nov change "
           "= 15:00Z (9 AM San Salvador, as the mail says); contact = the recruiter in the attached mail, "
           "never the candidate")
def p19() -> bytes:
    inner_body = t("""
        Hi Daniela,

        Confirming our conversation for Monday, November 2 at 10:00 AM ET with me and Rosa Delgado
        (Director, Customer Success). We'll use this Zoom: https://meridiangc.zoom.us/j/97720448813

        Heads up: US clocks fall back this Sunday, so 10 AM ET on Monday will be 9 AM in San Salvador.

        Have a great weekend,
        Nathan

        Nathan Greer | Senior Recruiter | Meridian Rewards
        nathan.greer@meridiangc.com
        """)
    inner = message([
        ("From", addr("Nathan Greer", "nathan.greer@meridiangc.com")),
        ("To", addr("Daniela Flores", "daniela.flores@example.net")),
        ("Subject", "Confirmed: Monday 11/2 at 10am ET"),
        ("Date", date("2026-10-30 17:55", "America/New_York")),
        ("Message-ID", "<BY5PR17MB3923A1B2C3D4E5F6@BY5PR17MB3923.namprd17.prod.outlook.com>"),
    ], text(inner_body, cte="7bit"))
    outer = t("""
        para no perderlo entre tanto correo. OJO lunes 9 am hora de acá!!
        """)
    h = hdr(addr("Daniela Flores", "daniela.flores@example.net"),
            "Fwd: Confirmed: Monday 11/2 at 10am ET", "2026-10-31 08:30", SV,
            "<CAF3k1=p9Tm2xK4@mail.example.net>",
            "from mail.example.net (mail.example.net [203.0.113.25])", "4QLx1c0Jv6z3s")
    return message(h, mixed(text(outer, cte="8bit"), attached_message(inner, "Confirmed.eml")))


@mail(n(20), family="zoom", lang="es", interview=True, kind="scheduled",
      start=utc("2026-12-03 18:30", "America/Mexico_City"), contact="ximena.ortega@tianguismarket.mx",
      company="Tianguis Market", local="Thu 2026-12-03 18:30", zone="America/Mexico_City",
      note="Recruiter prose plus pasted Zoom block: 3 dic 2026 06:30 p. m. Ciudad de México (UTC-6) = "
           "00:30Z on Fri 4 Dec, another day in UTC; no length; contact = sender")
def p20() -> bytes:
    body = t("""
        Hola Daniela, ¿qué tal?

        Como platicamos por teléfono, te comparto los datos para la entrevista con nuestro COO, Andrés
        Villaseñor, el jueves 3 de diciembre a las 6:30 p. m. (hora CDMX, que es la misma de San
        Salvador). Él viene de otra junta, así que fue el único hueco que tenía esa semana.

        ---
        Ximena Ortega le está invitando a una reunión de Zoom programada.

        Tema: Entrevista Daniela Flores – CS Lead
        Hora: 3 dic 2026 06:30 p. m. Ciudad de México

        Unirse a la reunión Zoom
        https://tianguismarket.zoom.us/j/86330192245?pwd=VGlhbmd1aXM

        ID de reunión: 863 3019 2245
        Código de acceso: 512904
        ---

        Cualquier cosa me dices.

        Saludos,
        Ximena Ortega
        Talent Acquisition Lead · Tianguis Market
        """)
    h = hdr(addr("Ximena Ortega", "ximena.ortega@tianguismarket.mx"),
            "Entrevista con Andrés (COO) – jueves", "2026-11-27 12:00", "America/Mexico_City",
            "<CAJx0vMq8T2Lr3nF5=hp9YdW@mail.gmail.com>",
            "from mail-lf1-f52.google.com (mail-lf1-f52.google.com [209.85.167.52])", "4QV9rM2n4Yz1k")
    return message(h, alt(text(body), html(gmail_html(body), cte="base64")))


@mail(n(21), family="microsoft_bookings", lang="en", interview=True, kind="cancelled",
      start=utc("2026-09-29 13:00", "America/Los_Angeles"), end=utc("2026-09-29 13:30", "America/Los_Angeles"),
      contact=None, company="Northsound Analytics",
      local="Tue 2026-09-29 13:00", local_end="2026-09-29 13:30", zone="America/Los_Angeles",
      note="Microsoft Bookings cancellation; the body shows '(UTC-08:00) Pacific Time' but 29 Sep is PDT "
           "(UTC-7): 1:00-1:30 PM = 20:00-20:30Z, as the ICS (Pacific Standard Time with its DST rule) "
           "says; only a Bookings mailbox and a staff name, so contact null; asks to rebook, no new time")
def p21() -> bytes:
    body = t("""
        Your booking has been canceled

        Hi Daniela Flores,

        We're sorry, your booking with Northsound Analytics Careers has been canceled.

        Service: Customer Success Lead - Recruiter Screen
        Tuesday, September 29, 2026
        1:00 PM - 1:30 PM (UTC-08:00) Pacific Time (US & Canada)
        Staff: Jenna Park

        Cancellation reason: Jenna is out of the office unexpectedly. Please use the link below to book a
        new time that works for you.

        Book again: https://outlook.office365.com/owa/calendar/NorthsoundCareers@northsoundanalytics.onmicrosoft.com/bookings/

        Northsound Analytics Careers
        Seattle, WA
        """)
    page = t("""
        <html><body style="font-family:'Segoe UI',sans-serif;font-size:14px">
        <h2 style="font-weight:600">Your booking has been canceled</h2>
        <p>Hi Daniela Flores,</p>
        <p>We're sorry, your booking with Northsound Analytics Careers has been canceled.</p>
        <table><tr><td>Service</td><td>Customer Success Lead - Recruiter Screen</td></tr>
        <tr><td>Date</td><td>Tuesday, September 29, 2026</td></tr>
        <tr><td>Time</td><td>1:00 PM - 1:30 PM (UTC-08:00) Pacific Time (US &amp; Canada)</td></tr>
        <tr><td>Staff</td><td>Jenna Park</td></tr></table>
        <p>Cancellation reason: Jenna is out of the office unexpectedly. Please use the link below to book a
        new time that works for you.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/NorthsoundCareers@northsoundanalytics.onmicrosoft.com/bookings/">Book again</a></p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_PACIFIC}
BEGIN:VEVENT
ORGANIZER;CN=Northsound Analytics Careers:mailto:NorthsoundCareers@northsoundanalytics.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Daniela Flores:mailto:daniela.flores@example.org
UID:040000008200E00074C5B7101A82E00800000000B9D4C3E2A14EDD01000000000000000010000000C7E1
SUMMARY;LANGUAGE=en-US:Canceled: Customer Success Lead - Recruiter Screen
DTSTART;TZID=Pacific Standard Time:20260929T130000
DTEND;TZID=Pacific Standard Time:20260929T133000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20260925T170000Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    h = hdr(addr("Northsound Analytics Careers", "NorthsoundCareers@northsoundanalytics.onmicrosoft.com"),
            "Canceled: Customer Success Lead - Recruiter Screen", "2026-09-25 10:00", "America/Los_Angeles",
            "<MW4PR15MB4410E7D1C2B3A495F6E7@MW4PR15MB4410.namprd15.prod.outlook.com>",
            "from NAM10-MW2-obe.outbound.protection.outlook.com (mail-mw2nam10on2093.outbound.protection."
            "outlook.com [40.107.94.93])", "4QF0t5Gk2Bz4m",
            extra=(("X-MS-Exchange-Organization-SCL", "1"), ("Importance", "high")))
    return message(h, alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")))


@mail(n(22), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-10 09:00", "America/Chicago"), end=utc("2026-12-10 10:45", "America/Chicago"),
      contact="tasha.nguyen@prairiecommerce.com", company="Prairie Commerce",
      local="Thu 2026-12-10 09:00", local_end="2026-12-10 10:45", zone="America/Chicago",
      note="GoodTime itinerary: two sessions 9:00-9:45 and 10:00-10:45 AM CST (UTC-6, same as San "
           "Salvador) = 15:00-16:45Z, first start to last end; one ICS block agrees; contact = Reply-To "
           "coordinator")
def p22() -> bytes:
    body = t("""
        Hi Daniela,

        Your virtual onsite with Prairie Commerce is confirmed. Here is your itinerary:

        Thursday, December 10, 2026 (all times Central Standard Time)

          9:00 AM - 9:45 AM    Owen Pike, VP Customer Success - Leadership & strategy
          9:45 AM - 10:00 AM   Break
          10:00 AM - 10:45 AM  Marisol Vega, Support Operations Manager - Customer scenario

        Both sessions use the same Zoom room: https://prairiecommerce.zoom.us/j/94401772265

        If anything comes up, reply to this email and I'll take care of it.

        Tasha Nguyen
        Recruiting Coordinator, Prairie Commerce

        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Daniela,</p>
        <p>Your virtual onsite with Prairie Commerce is confirmed. Here is your itinerary:</p>
        <p><b>Thursday, December 10, 2026</b> (all times Central Standard Time)</p>
        <table cellpadding="6" style="border-collapse:collapse">
        <tr><td>9:00 AM - 9:45 AM</td><td>Owen Pike, VP Customer Success - Leadership &amp; strategy</td></tr>
        <tr><td>9:45 AM - 10:00 AM</td><td>Break</td></tr>
        <tr><td>10:00 AM - 10:45 AM</td><td>Marisol Vega, Support Operations Manager - Customer scenario</td></tr>
        </table>
        <p>Both sessions use the same Zoom room: <a href="https://prairiecommerce.zoom.us/j/94401772265">join</a></p>
        <p>If anything comes up, reply to this email and I'll take care of it.</p>
        <p>Tasha Nguyen<br>Recruiting Coordinator, Prairie Commerce</p>
        <p style="font-size:11px;color:#999">Scheduled with GoodTime</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Hire//EN
VERSION:2.0
METHOD:REQUEST
{VTZ["America/Chicago"]}
BEGIN:VEVENT
UID:gt-5a8e1f03-prairiecommerce@goodtime.io
DTSTAMP:20261203T161500Z
DTSTART;TZID=America/Chicago:20261210T090000
DTEND;TZID=America/Chicago:20261210T104500
SUMMARY:Prairie Commerce - Virtual Onsite (Daniela Flores)
LOCATION:https://prairiecommerce.zoom.us/j/94401772265
ORGANIZER;CN=Tasha Nguyen:mailto:tasha.nguyen@prairiecommerce.com
ATTENDEE;CN=Daniela Flores;RSVP=TRUE:mailto:daniela.flores@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = hdr(addr("Prairie Commerce Recruiting", "scheduling@goodtime.io"),
            "Confirmed: Your interview schedule with Prairie Commerce", "2026-12-03 10:15", "America/Chicago",
            "<gt.5a8e1f03.1796314500@mail.goodtime.io>",
            "from o3.mail.goodtime.io (o3.mail.goodtime.io [149.72.34.3])", "4QWd7p0Rk3z5n",
            extra=(("Reply-To", addr("Tasha Nguyen", "tasha.nguyen@prairiecommerce.com")),))
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(n(23), family="taleo", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-12-11 15:00", SV), contact="wendy.portillo@cerveceriaistmo.com.sv",
      company="Cervecería del Istmo", local="Fri 2026-12-11 15:00", zone=SV,
      days=(("Wed", "2026-12-09"), ("Fri", "2026-12-11")),
      note="Taleo HTML-only (ISO-8859-1): rescheduled from 09/12/2026 10:00 a. m. to 'vie. 11 de diciembre "
           "(11/12/2026) a las 3 pm, hora de El Salvador' (DD/MM, UTC-6) = 21:00Z; 11/12 is not 12 Nov; "
           "contact = recruiter address in the body")
def p23() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body><table width="640" style="font-family:Verdana,Arial;font-size:12px">
        <tr><td style="background:#7a1f1f;color:#fff;padding:8px"><b>Cervecería del Istmo · Oportunidades de carrera</b></td></tr>
        <tr><td style="padding:10px">
        <p>Estimada Daniela Flores:</p>
        <p>Le informamos que su entrevista para el requerimiento <b>2600317 - Jefe(a) de Experiencia del
        Cliente</b> ha sido <b>reprogramada</b>.</p>
        <p>Fecha anterior: 09/12/2026, 10:00 a. m.<br>
        <b>Nueva fecha: vie. 11 de diciembre (11/12/2026) a las 3 pm, hora de El Salvador</b><br>
        Lugar: Planta Soyapango, Edificio Administrativo, sala Izalco</p>
        <p>Por favor preséntese 15 minutos antes con su DUI. Si tiene consultas, comuníquese con Wendy Portillo,
        Reclutamiento y Selección: wendy.portillo@cerveceriaistmo.com.sv / 2250-7700 ext. 214.</p>
        <p>Atentamente,<br>Gerencia de Talento Humano</p>
        <p style="font-size:10px;color:#777">Este correo fue enviado automáticamente desde Taleo. No responda a
        este mensaje.</p>
        </td></tr></table></body></html>
        """)
    h = hdr(addr("Cervecería del Istmo", "cerveceriaistmo@taleo.net", charset="iso-8859-1"),
            "Reprogramación de entrevista - Req. 2600317", "2026-12-04 11:00", SV,
            "<1902761835.10384.1796403600127.JavaMail.taleo@tbe.taleo.net>",
            "from tbe.taleo.net (tbe.taleo.net [199.0.56.33])", "4QWg2k8Ms1z6q")
    return message(h, html(page, charset="iso-8859-1"))


# =========================================================================== negatives 24-50


@mail(n(24), family="rejection", lang="es", interview=False, company="Maya Digital",
      days=(("Fri", "2026-09-25"),),
      note="Teamtailor rejection after the 25 Sep interview (thread with the Maya Digital confirmation); "
           "the interview date is in the past, nothing is scheduled")
def n24() -> bytes:
    page = t("""
        <!doctype html>
        <html lang="es"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#18181b">
        <p>Hola Daniela,</p>
        <p>Gracias por tu tiempo en la entrevista del viernes 25 de septiembre con Sofía y Luis. Disfrutamos
        mucho la conversación sobre tu equipo de soporte.</p>
        <p>Después de pensarlo bastante, decidimos avanzar con otra persona cuyo perfil se ajusta más a lo que
        necesitamos en este momento (experiencia con clientes en Estados Unidos).</p>
        <p>Nos encantaría mantenernos en contacto para futuras oportunidades. ¡Te deseamos lo mejor!</p>
        <p>Saludos,<br>Equipo de Maya Digital</p>
        <p style="font-size:12px;color:#71717a">Enviado con Teamtailor</p>
        </body></html>
        """)
    h = hdr(addr("Maya Digital", "no-reply@teamtailor-mail.com"),
            "Actualización sobre tu candidatura en Maya Digital", "2026-10-02 14:05", "America/Guatemala",
            "<66fdb1a47e9c0_4f8a2b7c91e5@teamtailor-mail.com>",
            "from mail-a.teamtailor-mail.com (mail-a.teamtailor-mail.com [159.135.140.22])", "4QGb0d3Hx7z2r",
            extra=(("Reply-To", "reply+c48213a7f1d0@teamtailor-mail.com"),))
    return message(h, html(page))


@mail(n(25), family="offer", lang="es", interview=False, company="Volcán Seguros",
      days=(("Thu", "2026-10-29"),),
      note="Job offer from Volcán Seguros (after the 8 Oct interview); fixes a contract-signing "
           "appointment (jueves 29 oct 10:00) and a start date, neither is an interview")
def n25() -> bytes:
    body = t("""
        Hola Daniela:

        ¡Qué gusto escribirte! Después de las entrevistas, el comité aprobó tu contratación como Jefa de
        Experiencia del Cliente. Te adjunto la carta oferta con el detalle del salario, bono anual y
        prestaciones (seguro médico y de vida para vos y tu familia).

        Si estás de acuerdo, te esperamos el jueves 29 de octubre a las 10:00 a. m. en Recursos Humanos
        (Torre Futura, nivel 12) para firmar el contrato y entregar papelería: DUI, NIT, solvencia de la PNC
        y constancia de AFP. Tu primer día sería el lunes 4 de enero de 2027.

        Cualquier duda me llamás al 2209-4400 ext. 1120.

        Un abrazo,
        Karen Alvarado
        Gerente de Talento Humano | Volcán Seguros
        """)
    h = hdr(addr("Karen Alvarado", "karen.alvarado@volcanseguros.com.sv"),
            "Carta oferta – Jefa de Experiencia del Cliente", "2026-10-21 17:45", SV,
            "<CAK9p3vQm1Lr0Y2=xT8cF4h@mail.gmail.com>",
            "from mail-wr1-f44.google.com (mail-wr1-f44.google.com [209.85.221.44])", "4QJt8m1Qw4z0c")
    pdf = "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoKdHJhaWxlcjw8L1Jvb3QgMSAwIFI+PgolJUVPRgo=\n"
    att = (Part([("Content-Type", 'application/pdf; name="Carta_oferta_Daniela_Flores.pdf"'),
                 ("Content-Disposition", 'attachment; filename="Carta_oferta_Daniela_Flores.pdf"'),
                 ("Content-Transfer-Encoding", "base64")], pdf.replace("\n", "\r\n").encode()))
    return message(h, mixed(alt(text(body), html(gmail_html(body))), att))


@mail(n(26), family="application_ack", lang="es", interview=False, company="Altamar Viajes",
      note="softgarden application receipt from a Madrid company; 'te invitaremos a una entrevista' is "
           "hypothetical, no time")
def n26() -> bytes:
    body = t("""
        Hola Daniela:

        Gracias por tu candidatura para el puesto de Customer Success Manager - Mercado Latinoamérica
        (remoto) en Altamar Viajes.

        Hemos recibido correctamente tu CV y tu carta de presentación. Nuestro equipo de selección revisará
        tu perfil en las próximas dos semanas. Si encaja con lo que buscamos, te invitaremos a una primera
        entrevista telefónica; en caso contrario, también te lo comunicaremos por este medio.

        Puedes consultar el estado de tu candidatura en cualquier momento en tu perfil:
        https://altamar-viajes.softgarden.io/es/candidate/login

        Un saludo cordial,
        Equipo de Selección · Altamar Viajes
        Calle de Alcalá 220, 28028 Madrid

        Este correo se ha generado automáticamente a través de softgarden.
        """)
    h = hdr(addr("Altamar Viajes", "noreply@softgarden.io"),
            "Tu candidatura: Customer Success Manager – Mercado Latinoamérica", "2026-09-08 16:22",
            "Europe/Madrid", "<sg.4418273.1788877320@mail.softgarden.io>",
            "from mail.softgarden.io (mail.softgarden.io [185.54.192.31])", "4Q3mZ4q1Vnz8k")
    return message(h, text(body, charset="iso-8859-15"))


@mail(n(27), family="job_alert", lang="es", interview=False, company=None,
      note="Job-board digest; 'Entrevistando ahora' badges and 'entrevista' wording confirm nothing")
def n27() -> bytes:
    body = t("""
        Hola Daniela, estos empleos coinciden con tu alerta "Customer Success – San Salvador / Remoto":

        1. Customer Success Lead – Fintech Centroamérica · San Salvador (híbrido)
           Entrevistando ahora · Publicado hace 2 días
        2. Gerente de Cuentas Clave – Logística · Ciudad de Guatemala
           Postulación rápida
        3. Head of Customer Experience – SaaS · Remoto (LATAM)
           Entrevistas esta semana · $3,200 – $4,000 /mes
        4. Coordinadora de Servicio al Cliente – Retail · Tegucigalpa
        5. Customer Success Manager (inglés avanzado) · San José, Costa Rica

        Ver los 37 empleos nuevos: https://empleosca.example.com/alertas/88213

        Consejo de la semana: preparate para la entrevista con nuestra guía gratuita.

        Recibís este correo porque creaste una alerta en EmpleosCA. Cancelar suscripción:
        https://empleosca.example.com/alertas/88213/baja
        """)
    page = "<html><body style=\"font-family:Arial\">" + "".join(
        f"<p>{line}</p>" for line in body.split("\n\n")) + "</body></html>\n"
    h = hdr(addr("EmpleosCA", "alertas@empleosca.example.com"),
            "37 empleos nuevos para «Customer Success – San Salvador / Remoto»", "2026-10-14 06:00", SV,
            "<alerta.88213.20261014@empleosca.example.com>",
            "from smtp.empleosca.example.com (smtp.empleosca.example.com [198.51.100.40])", "4QHr3n6Ys0z9x",
            extra=(("List-Unsubscribe", "<https://empleosca.example.com/alertas/88213/baja>"),
                   ("Precedence", "bulk")))
    return message(h, alt(text(body), html(page)))


@mail(n(28), family="newsletter_tips", lang="es", interview=False, company=None,
      note="Career blog newsletter about answering 'háblame de ti' in an interview; mentions a live session "
           "time for subscribers, no interview of the reader")
def n28() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:16px;max-width:600px">
        <h1>Cómo responder «háblame de ti» en una entrevista (sin recitar tu CV)</h1>
        <p>Por Daniela Ruiz · Talento Remoto</p>
        <p>Es la primera pregunta en casi toda entrevista y, aun así, es la que más se improvisa. La fórmula
        que recomendamos: presente, pasado, futuro. Empezá por lo que hacés hoy, contá un logro concreto con
        números y cerrá con por qué te interesa este puesto.</p>
        <p>Ejemplo para roles de Customer Success: «Hoy lidero un equipo de nueve personas que atiende a 300
        cuentas B2B; el año pasado bajamos el churn del 14 % al 9 %...»</p>
        <p><b>En vivo:</b> este jueves a las 7 p. m. (hora de Centroamérica) respondemos preguntas en
        Instagram Live. No necesitás registrarte.</p>
        <p><a href="https://talentoremoto.example.net/blog/hablame-de-ti">Leer el artículo completo</a></p>
        <p style="font-size:12px;color:#888">Recibís este boletín porque te suscribiste en talentoremoto.example.net.
        <a href="https://talentoremoto.example.net/baja">Darse de baja</a></p>
        </body></html>
        """)
    h = hdr(addr("Talento Remoto", "boletin@talentoremoto.example.net"),
            "Cómo responder «háblame de ti» en una entrevista", "2026-11-04 07:30", SV,
            "<20261104133000.5f1e@talentoremoto.example.net>",
            "from mta12.mailerlite.example.net (mta12.mailerlite.example.net [198.51.100.77])", "4QMb2s7Dz5z1w",
            extra=(("List-Unsubscribe", "<https://talentoremoto.example.net/baja>"),
                   ("List-Id", "Talento Remoto <boletin.talentoremoto.example.net>")))
    return message(h, html(page, cte="base64"))


@mail(n(29), family="scheduling_link", lang="en", interview=False, company="Kelpie AI",
      note="Ashby self-scheduling request (before the Kelpie AI confirmation): asks the candidate to pick "
           "a slot, no time fixed yet")
def n29() -> bytes:
    body = t("""
        Hi Daniela,

        Thanks for chatting with Noa! The next step is a 60-minute conversation with Priya Raman, our Head
        of Customer Success.

        Please choose a time that works for you using the link below. Times are shown in your local time
        zone, and slots are available over the next two weeks.

        Pick a time: https://app.ashbyhq.com/interview-scheduling/self-schedule/8c1f2e7d

        If none of the times work, just reply to this email.

        Thanks,
        Kelpie AI Recruiting
        Powered by Ashby
        """)
    h = hdr(addr("Kelpie AI", "no-reply@ashbyhq.com"),
            "Schedule your interview with Kelpie AI", "2026-11-19 09:50", "America/Los_Angeles",
            "<010001934a1b2c3d-4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8-000000@email.amazonses.com>",
            "from a8-30.smtp-out.amazonses.com (a8-30.smtp-out.amazonses.com [54.240.8.30])", "4QSq6v1Bh2z4y",
            extra=(("Reply-To", addr("Noa Feldman", "noa.feldman@kelpie.ai")),))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(30), family="recruiter_outreach", lang="es", interview=False, company="Puente Talento",
      note="Cold outreach from a Guatemalan search firm, vos: asks for 15 minutes 'esta semana o la "
           "próxima', nothing fixed")
def n30() -> bytes:
    body = t("""
        Hola Daniela, ¿cómo estás?

        Vi tu perfil y tu experiencia liderando soporte y customer success en Zentra CX me pareció muy
        alineada con una búsqueda que tenemos abierta: Head of Customer Success para una fintech con
        operación en Guatemala y El Salvador (100 % remoto, pago en USD).

        ¿Tenés 15 minutos esta semana o la próxima para platicar? Decime qué día y hora te queda mejor y
        te mando la invitación. Si preferís, también podemos hablar por WhatsApp.

        Saludos,
        Hugo Sandoval
        Senior Headhunter | Puente Talento
        Ciudad de Guatemala · +502 5512 0390
        """)
    h = hdr(addr("Hugo Sandoval", "hugo.sandoval@puentetalento.com.gt"),
            "Oportunidad Head of Customer Success (remoto)", "2026-09-03 10:12", "America/Guatemala",
            "<CAN7x1LpQ3r9Z=vY0mK5Hd2@mail.gmail.com>",
            "from mail-pj1-f47.google.com (mail-pj1-f47.google.com [209.85.216.47])", "4Q1f5t8Lc3z7b")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(31), family="proposed_not_confirmed", lang="en", interview=False, company="Halyard Systems",
      days=(("Tue", "2026-09-22"), ("Wed", "2026-09-23")),
      note="Hiring manager proposes two slots ('Would Tuesday (Sept 22) at 10 AM ET work? ... Wednesday at "
           "2 PM ET') and will send an invite once Daniela confirms: not yet confirmed")
def n31() -> bytes:
    body = t("""
        Hi Daniela,

        Megan passed along her notes from your screen - great conversation, and I'd love to continue it.

        Would Tuesday (Sept 22) at 10 AM ET work for a 45-minute call with me? If not, Wednesday at 2 PM ET
        is also open. Once you confirm, I'll send a calendar invite with the Zoom details.

        Best,
        Greg Holloway
        VP, Customer Success | Halyard Systems
        """)
    h = hdr(addr("Greg Holloway", "greg.holloway@halyardsystems.com"),
            "Next conversation - Customer Success Lead, LATAM", "2026-09-16 13:25", "America/New_York",
            "<CAE2m8TqR0p1Lx9=vN3kB7c@mail.gmail.com>",
            "from mail-qk1-f170.google.com (mail-qk1-f170.google.com [209.85.222.170])", "4QAa4k9Pr1z6n",
            extra=(("Cc", addr("Megan Oduya", "megan.oduya@halyardsystems.com")),))
    return message(h, text(body, cte="7bit"))


@mail(n(32), family="non_interview_calendar", lang="es", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="Clinic appointment reminder with a fixed time and ICS (martes 6 oct 7:30 a. m.); not an interview")
def n32() -> bytes:
    body = t("""
        Estimada Daniela Flores:

        Le recordamos su cita médica:

        Especialidad: Medicina Interna
        Médico: Dra. Ana Beatriz Rosales
        Fecha: martes 6 de octubre de 2026
        Hora: 7:30 a. m.
        Lugar: Clínica Médica Los Próceres, consultorio 305, Blvd. Los Próceres, San Salvador

        Recuerde presentarse 15 minutos antes con su carné de seguro y en ayunas para los exámenes de
        laboratorio. Para reprogramar llame al 2512-3000.

        Clínica Médica Los Próceres
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ClinicaLosProceres//Citas//ES
METHOD:PUBLISH
{VTZ_SV}
BEGIN:VEVENT
UID:cita-778120@clinicalosproceres.example.com
DTSTAMP:20261001T150000Z
DTSTART;TZID=America/El_Salvador:20261006T073000
DTEND;TZID=America/El_Salvador:20261006T080000
SUMMARY:Cita Medicina Interna – Dra. Rosales
LOCATION:Clínica Médica Los Próceres\\, consultorio 305
END:VEVENT
END:VCALENDAR"""
    h = hdr(addr("Clínica Médica Los Próceres", "citas@clinicalosproceres.example.com"),
            "Recordatorio de cita – martes 6 de octubre", "2026-10-01 09:00", SV,
            "<cita-778120.r1@clinicalosproceres.example.com>",
            "from smtp.clinicalosproceres.example.com (smtp.clinicalosproceres.example.com [198.51.100.12])",
            "4QDx0p2Wm8z3t")
    return message(h, mixed(text(body),
                            calendar(ics, method="PUBLISH", filename="cita.ics", disposition="attachment",
                                     cte="base64")))


@mail(n(33), family="non_interview_appointment", lang="es", interview=False, company=None,
      days=(("Sat", "2026-11-14"),),
      note="Car-service booking at a garage (sábado 14 nov 8:00 a. m.): fixed time, not an interview")
def n33() -> bytes:
    body = t("""
        Buen día Sra. Daniela,

        Le confirmamos su cita de mantenimiento preventivo:

        Vehículo: Toyota Yaris 2019, placa P 512-887
        Servicio: mantenimiento de 40,000 km + revisión de frenos
        Fecha: sábado 14 de noviembre
        Hora de recepción: 8:00 a. m.
        Tiempo estimado: 3 a 4 horas

        Le recordamos traer la tarjeta de circulación. Si desea esperar, contamos con sala de espera con
        wifi y café.

        Atte.
        Asesor de servicio: José Amaya
        Taller Automotriz Merliot
        Tel. 2278-9910 / WhatsApp 7120-4433
        """)
    h = hdr(addr("Taller Automotriz Merliot", "citas@tallermerliot.example.com"),
            "Confirmación de cita de servicio – sábado 14/11", "2026-11-10 15:40", SV,
            "<20261110214000.118@tallermerliot.example.com>",
            "from smtp.tallermerliot.example.com (smtp.tallermerliot.example.com [198.51.100.88])",
            "4QNt2b6Gk9z0v")
    return message(h, text(body, charset="windows-1252"))


@mail(n(34), family="non_interview_appointment", lang="es", interview=False, company=None,
      days=(("Fri", "2026-10-23"),),
      note="School parent-teacher meeting (viernes 23 oct 2:00 p. m.); ISO-8859-15; not an interview")
def n34() -> bytes:
    body = t("""
        Estimados padres de familia de 4.º grado "B":

        Reciban un atento saludo. Por este medio les convocamos a la reunión de entrega de notas del
        tercer período y a la entrevista individual con la maestra guía:

        Día: viernes 23 de octubre
        Hora: 2:00 p. m.
        Lugar: aula 14, edificio de primaria

        Cada familia tendrá 10 minutos con la Licda. Marta Aguilar para comentar el avance de su hijo o
        hija. Favor confirmar asistencia en la agenda escolar.

        Atentamente,
        Dirección de Primaria
        Colegio Santa Cecilia de la Escalón
        """)
    h = hdr(addr("Colegio Santa Cecilia - Primaria", "primaria@colegiosantacecilia.example.edu", "iso-8859-15"),
            "Convocatoria: reunión de padres de familia - 4.º grado B", "2026-10-16 12:30", SV,
            "<5a1b2c3d.primaria.20261016@colegiosantacecilia.example.edu>",
            "from mail.colegiosantacecilia.example.edu (mail.colegiosantacecilia.example.edu [198.51.100.61])",
            "4QJ4x8Cv0Nz2d", charset="iso-8859-15")
    return message(h, text(body, charset="iso-8859-15"))


@mail(n(35), family="non_interview_calendar", lang="es", interview=False, company=None,
      note="Google Calendar invitation from her current employer to the team's Christmas party "
           "(vie 11 dic 6:00 p. m.); a fixed time but not an interview")
def n35() -> bytes:
    body = t("""
        Te han invitado a este evento.

        Posada navideña equipo CS 🎄
        Viernes, 11 de diciembre de 2026 · 6:00 – 10:00pm
        Zona horaria: Hora de El Salvador

        Este año la posada es en la terraza de la oficina. Habrá intercambio de regalos (máximo $15) y
        karaoke. ¡No falten!

        Organizador
        Lorena Guevara
        lorena.guevara@zentracx.com

        Invitación de Google Calendar
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_SV}
BEGIN:VEVENT
DTSTART;TZID=America/El_Salvador:20261211T180000
DTEND;TZID=America/El_Salvador:20261211T220000
DTSTAMP:20261125T200000Z
ORGANIZER;CN=Lorena Guevara:mailto:lorena.guevara@zentracx.com
UID:0p9o8i7u6y5t4r3e2w1q@google.com
ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=cs-team@zentracx.com:mailto:cs-team@zentracx.com
SUMMARY:Posada navideña equipo CS 🎄
LOCATION:Terraza Zentra CX
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    h = hdr(addr("Lorena Guevara", "lorena.guevara@zentracx.com"),
            "Invitación: Posada navideña equipo CS 🎄 @ vie 11 dic 2026 6pm - 10pm (CST) (cs-team@zentracx.com)",
            "2026-11-25 14:00", SV, "<calendar-9e8d7c6b-5a4f-3e2d-1c0b-a9f8e7d6c5b4@google.com>",
            "from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", "4QTd5r7Jp3z8m",
            to="cs-team@zentracx.com",
            extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(h, mixed(alt(text(body), calendar(ics, cte="8bit")),
                            calendar(ics, ctype="application/ics", filename="invite.ics",
                                     disposition="attachment", cte="base64", name_param=True)))


@mail(n(36), family="marketing_webinar", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Zoom webinar registration 'Entrevistas en inglés para roles de Customer Success', jueves 15 oct "
           "7:00 p. m.; a fixed time but a webinar, not an interview")
def n36() -> bytes:
    body = t("""
        Hola Daniela Flores:

        Gracias por registrarse en "Entrevistas en inglés para roles de Customer Success: cómo destacar".

        Fecha y hora: 15 oct 2026 07:00 p. m. América Central
        Anfitrión: Comunidad CX Centroamérica

        Unirse desde PC, Mac, iPad o Android:
        https://us06web.zoom.us/w/83300471122?tk=Xb8Q

        Código de acceso: 441920

        Agregar a calendario: Google Calendar | Outlook (.ics) | Yahoo Calendar

        Puede cancelar su registro en cualquier momento.
        """)
    h = hdr(addr("Comunidad CX Centroamérica", "no-reply@zoom.us"),
            "Confirmación de registro: Entrevistas en inglés para roles de Customer Success",
            "2026-10-09 20:15", SV, "<zw.83300471122.reg.d7f1@zoom.us>",
            "from mail-10.zoom.us (mail-10.zoom.us [170.114.10.10])", "4QHc1x6Tm5z9s",
            extra=(("Reply-To", "cxcentroamerica@example.net"),))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(37), family="mock_interview", lang="es", interview=False, company=None,
      note="Calendly booking with a career coach for a mock interview (lunes 16 nov 6:00pm); a confirmed "
           "time but practice coaching, not a job interview")
def n37() -> bytes:
    body = t("""
        Hola Daniela Flores,

        Se ha programado un nuevo evento.

        Tipo de evento:
        Simulación de entrevista (60 min) – Coaching de carrera

        Invitado:
        Daniela Flores

        Fecha/hora del evento:
        6:00pm - 7:00pm (Hora de Centroamérica) lunes, 16 de noviembre de 2026

        Ubicación:
        Google Meet. https://meet.google.com/pao-lasi-mul

        Preguntas:
        ¿Para qué entrevista te estás preparando?
        Panel con Nopal Cloud (jueves 19) y onsite virtual en Prairie Commerce.

        Ver evento en Calendly
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20261110T030000Z
UID:2b4c6d8e-0f1a-4b3c-9d5e-7f8a9b0c1d2e@calendly.com
DTSTART:20261117T000000Z
DTEND:20261117T010000Z
SUMMARY:Simulación de entrevista (60 min) – Coaching de carrera
ORGANIZER;CN=Paola Escobar:mailto:paola@paolaescobarcoach.example.com
ATTENDEE;CN=Daniela Flores;PARTSTAT=ACCEPTED:mailto:daniela.flores@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = hdr(addr("Calendly", "notifications@calendly.com"),
            "Nuevo evento: Daniela Flores - 6:00pm lun, 16 nov 2026 - Simulación de entrevista (60 min)",
            "2026-11-09 21:00", SV, "<0101019d0a7b2c3d-6e7f.calendly@email.calendly.com>",
            "from o1.email.calendly.com (o1.email.calendly.com [167.89.41.101])", "4QNk8s3Wb1z5p",
            extra=(("Reply-To", addr("Paola Escobar", "paola@paolaescobarcoach.example.com")),))
    return message(h, mixed(text(body), calendar(ics, ctype="application/ics", filename="invite.ics",
                                                 disposition="attachment", method=None, cte="base64")))


@mail(n(38), family="user_is_interviewer", lang="es", interview=False, company=None,
      note="Google Calendar invitation at her current job: Daniela is on the panel interviewing a support "
           "candidate (mié 28 oct 10:00-10:45); not her own job interview")
def n38() -> bytes:
    body = t("""
        Te han invitado a este evento.

        Entrevista panel – Kevin Hernández (Analista de Soporte N2)
        Miércoles, 28 de octubre de 2026 · 10:00 – 10:45am
        Zona horaria: Hora de El Salvador

        Daniela, te sumo como entrevistadora por parte de CS. Te dejo el CV y la guía de preguntas en la
        carpeta compartida; por favor llená la tarjeta de evaluación en el ATS antes del viernes.

        Organizador
        Fátima Rodas (Talento Humano)
        fatima.rodas@zentracx.com

        Invitados
        Fátima Rodas - organizador
        Daniela Flores
        Ernesto Linares

        Invitación de Google Calendar
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_SV}
BEGIN:VEVENT
DTSTART;TZID=America/El_Salvador:20261028T100000
DTEND;TZID=America/El_Salvador:20261028T104500
DTSTAMP:20261021T154000Z
ORGANIZER;CN=Fátima Rodas:mailto:fatima.rodas@zentracx.com
UID:7g8h9j0k1l2z3x4c5v6b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniela Flores:mailto:daniela.flores@example.org
SUMMARY:Entrevista panel – Kevin Hernández (Analista de Soporte N2)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    h = hdr(addr("Fátima Rodas", "fatima.rodas@zentracx.com"),
            "Invitación: Entrevista panel – Kevin Hernández (Analista de Soporte N2) @ mié 28 oct 2026 "
            "10am - 10:45am (CST) (daniela.flores@example.org)",
            "2026-10-21 09:40", SV, "<calendar-4f5e6d7c-8b9a-0f1e-2d3c-4b5a69788796@google.com>",
            "from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", "4QJs2m5Xq7z1f",
            extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(h, mixed(alt(text(body), calendar(ics, cte="8bit")),
                            calendar(ics, ctype="application/ics", filename="invite.ics",
                                     disposition="attachment", cte="base64", name_param=True)))


@mail(n(39), family="auto_reply", lang="es", interview=False, company="Quetzal Logística",
      days=(("Mon", "2026-10-05"),),
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from the Quetzal Logística recruiter; "
           "no interview")
def n39() -> bytes:
    body = t("""
        Gracias por su correo. Estoy fuera de la oficina con acceso limitado al correo hasta el lunes 5 de
        octubre. Para temas urgentes de reclutamiento puede escribir a talento@quetzallogistica.com.gt.

        Saludos,
        Andrea Chinchilla
        Quetzal Logística
        """)
    h = hdr(addr("Andrea Chinchilla", "andrea.chinchilla@quetzallogistica.com.gt"),
            "Respuesta automática: Nueva fecha para la entrevista", "2026-09-30 18:02", "America/Guatemala",
            "<CAOoo3xK0m9Pq=r7T1aZ@mail.gmail.com>",
            "from mail-io1-f41.google.com (mail-io1-f41.google.com [209.85.166.41])", "4QDa7v0Kn2z4h",
            extra=(("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                   ("In-Reply-To", "<CAF3k1=Qt7v2@mail.example.org>")))
    return message(h, text(body))


@mail(n(40), family="bounce", lang="en", interview=False, company=None,
      note="Postfix bounce of Daniela's thank-you note (typo in the domain); the returned text mentions "
           "'la entrevista de ayer', no interview is being scheduled")
def n40() -> bytes:
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <esteban.quiros@brisapago.cr>: Host or domain name not found. Name service
            error for name=brisapago.cr type=A: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4QHz0c1Rr5z3w
        Arrival-Date: Thu, 15 Oct 2026 09:14:02 -0600 (CST)

        Final-Recipient: rfc822; esteban.quiros@brisapago.cr
        Original-Recipient: rfc822;esteban.quiros@brisapago.cr
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=brisapago.cr type=A: Host not found
        """)
    orig = message([
        ("From", addr("Daniela Flores", ME)),
        ("To", "esteban.quiros@brisapago.cr"),
        ("Subject", "Gracias por la entrevista"),
        ("Date", date("2026-10-15 09:14", SV)),
        ("Message-ID", "<CAF3k1=Bq4n8@mail.example.org>"),
    ], text(t("""
        Estimado Esteban:

        Muchas gracias por su tiempo en la entrevista de ayer. Me quedé muy entusiasmada con el plan de
        expansión a Panamá y con cómo está organizado el equipo de operaciones.

        Quedo a la orden para cualquier información adicional.

        Saludos cordiales,
        Daniela Flores
        """)))
    h = hdr("MAILER-DAEMON@mx1.example.org (Mail Delivery System)",
            "Undelivered Mail Returned to Sender", "2026-10-15 09:14", SV,
            "<20261015151404.6A1B2C0F3E@mx1.example.org>",
            "from localhost (localhost [127.0.0.1])", "6A1B2C0F3E", lag=5,
            extra=(("Auto-Submitted", "auto-replied"),))
    report = multipart("report",
                       raw_part([("Content-Description", "Notification"),
                                 ("Content-Type", "text/plain; charset=us-ascii")], notice),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       Part([("Content-Description", "Undelivered Message"),
                             ("Content-Type", "message/rfc822")], orig),
                       params="report-type=delivery-status")
    return message(h, report)


@mail(n(41), family="mailing_list", lang="es", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Google Groups mailing-list post announcing a CS meetup (jueves 19 nov 6:30 p. m.) with a talk "
           "on hiring interviews; not the reader's interview")
def n41() -> bytes:
    body = t("""
        Hola comunidad 👋

        Les comparto el próximo meetup presencial de CS Latam en San Salvador:

        📅 jueves 19 de noviembre, 6:30 p. m.
        📍 Cowork La Casona, Colonia San Benito
        🎤 Charla: "Lo que aprendí entrevistando a 200 candidatos para soporte" – Ernesto Linares
        🍕 Pizza y networking después

        Cupo limitado, regístrense acá: https://meetup.example.com/cs-latam-sv/events/30199

        ¡Nos vemos!
        Marcela

        --
        Recibiste este mensaje porque estás suscrito al grupo "CS Latam" de Grupos de Google.
        Para anular la suscripción a este grupo y dejar de recibir sus mensajes, envía un correo electrónico a cs-latam+unsubscribe@googlegroups.com.
        """)
    h = hdr(addr("Marcela Pineda", "marcela.pineda@example.net"),
            "[cs-latam] Meetup San Salvador – jueves 19/11", "2026-11-09 11:20", SV,
            "<CAM4p9xZ1q=Vb7Rk0Tn2@mail.gmail.com>",
            "from mail-sor-f65.google.com (mail-sor-f65.google.com [209.85.220.65])", "4QNf9b2Ls6z0r",
            to="cs-latam@googlegroups.com",
            extra=(("Sender", "cs-latam@googlegroups.com"),
                   ("Mailing-list", "list cs-latam@googlegroups.com; contact cs-latam+owners@googlegroups.com"),
                   ("List-ID", "<cs-latam.googlegroups.com>"),
                   ("List-Post", "<https://groups.google.com/group/cs-latam/post>, <mailto:cs-latam@googlegroups.com>"),
                   ("List-Unsubscribe", "<mailto:googlegroups-manage+2209917+unsubscribe@googlegroups.com>"),
                   ("Precedence", "list")))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(42), family="job_centre", lang="es", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Municipal employment office confirms an employment-counselling appointment with a fixed time "
           "(martes 10 nov 9:00 a. m.); not a job interview with an employer")
def n42() -> bytes:
    body = t("""
        Estimada usuaria: DANIELA FLORES

        Su cita en la Oficina Municipal de Empleo ha sido registrada.

        Trámite: Asesoría de empleo e inscripción en la bolsa de trabajo
        Fecha: martes 10 de noviembre de 2026
        Hora: 9:00 a. m.
        Ventanilla: 3
        Dirección: Centro Municipal de Servicios, Alameda Juan Pablo II, San Salvador

        Presentar DUI original, CV actualizado y atestados. En la asesoría se revisará su perfil y se le
        orientará sobre ferias de empleo y procesos de selección vigentes.

        Número de cita: OME-2026-11-04718

        Este es un correo automático, no responder.
        """)
    h = hdr(addr("Oficina Municipal de Empleo", "no-responder@empleo.sansalvador.example.gob"),
            "Confirmación de cita OME-2026-11-04718", "2026-11-03 10:05", SV,
            "<OME-2026-11-04718@empleo.sansalvador.example.gob>",
            "from smtp.sansalvador.example.gob (smtp.sansalvador.example.gob [198.51.100.150])",
            "4QLz7d1Wc0z2g")
    return message(h, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(43), family="press_interview", lang="es", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="A journalist confirms interviewing Daniela for a magazine feature (miércoles 14 oct 11:00 a. m.); "
           "she is the source, not a job candidate")
def n43() -> bytes:
    body = t("""
        Hola Daniela,

        Mil gracias por aceptar. Te confirmo la entrevista para el reportaje sobre mujeres que lideran
        equipos de servicio al cliente en la región: el miércoles 14 de octubre a las 11:00 a. m. en el
        Café Ágape de la Zona Rosa. Serán unos 40 minutos y llevo a Rodrigo para unas fotos.

        Te mando antes las preguntas por si querés revisarlas.

        Saludos,
        Lucía Henríquez
        Periodista | Revista Cúspide
        """)
    h = hdr(addr("Lucía Henríquez", "lucia.henriquez@revistacuspide.example.com"),
            "Entrevista para Revista Cúspide – confirmado", "2026-10-08 13:30", SV,
            "<CAR2v7Lm0Q=hx5Tb8Nk1@mail.gmail.com>",
            "from mail-vs1-f54.google.com (mail-vs1-f54.google.com [209.85.217.54])", "4QH8t1Fk5Wz7c")
    return message(h, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(n(44), family="podcast", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="Podcast host confirms a recording session where Daniela is the guest (Thu 29 Oct 1:00 PM ET); "
           "a fixed time but not a job interview")
def n44() -> bytes:
    body = t("""
        Hi Daniela,

        You're booked as a guest on CS Voices! Here are the details:

        Recording: Thursday, Oct 29, 1:00 PM ET (11:00 AM in San Salvador)
        Length: 45 minutes
        Studio: Riverside - https://riverside.fm/studio/cs-voices?t=9d21

        We'll talk about building a bilingual support team and your "churn war room" idea. Please use
        headphones and a wired connection if you can.

        Cheers,
        Maya Lindqvist
        Host, CS Voices podcast
        """)
    h = hdr(addr("Maya Lindqvist", "maya@csvoices.example.com"),
            "CS Voices guest interview - recording confirmed", "2026-10-20 12:10", "America/New_York",
            "<20261020161000.a81f@csvoices.example.com>",
            "from mail-oi1-f181.google.com (mail-oi1-f181.google.com [209.85.167.181])", "4QJn5p8Zb2z3f")
    return message(h, text(body, cte="7bit"))


@mail(n(45), family="admission_interview", lang="es", interview=False, company=None,
      days=(("Sat", "2026-11-21"),),
      note="Business-school admission interview for an executive MBA (sábado 21 nov 9:00 a. m.); a "
           "confirmed interview, but for a study programme, not a job")
def n45() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Estimada Daniela Flores:</p>
        <p>Nos complace informarle que su solicitud al <b>MBA Ejecutivo, promoción 2027</b> ha pasado a la
        etapa de entrevista de admisión.</p>
        <p><b>Fecha:</b> sábado 21 de noviembre de 2026<br>
        <b>Hora:</b> 9:00 a. m.<br>
        <b>Lugar:</b> Campus Antiguo Cuscatlán, edificio B, sala de comités<br>
        <b>Panel:</b> Dr. Ricardo Menéndez (Director Académico) y Licda. Paula Orellana (Admisiones)</p>
        <p>La entrevista dura 30 minutos. Le pedimos traer su título universitario y dos cartas de
        recomendación.</p>
        <p>Atentamente,<br>Oficina de Admisiones<br>Escuela de Negocios del Pacífico</p>
        </body></html>
        """)
    h = hdr(addr("Admisiones ENP", "admisiones@enp.example.edu"),
            "Entrevista de admisión – MBA Ejecutivo 2027", "2026-11-12 15:00", SV,
            "<adm.2027.5512@enp.example.edu>",
            "from mail.enp.example.edu (mail.enp.example.edu [198.51.100.201])", "4QPg3b7Ty1z4k")
    return message(h, html(page, cte="base64"))


@mail(n(46), family="sports_tryout", lang="es", interview=False, company=None,
      days=(("Sun", "2026-09-06"),),
      note="Sports club try-out for a masters volleyball team (domingo 6 sep 7:00 a. m.); not a job interview")
def n46() -> bytes:
    body = t("""
        ¡Hola Dani!

        Quedaste inscrita para la prueba del equipo femenino master de voleibol 🏐

        Cuándo: domingo 6 de septiembre, 7:00 a. m. (calentamiento 6:40)
        Dónde: Gimnasio del Club Deportivo Los Volcanes, cancha 2
        Traé: rodilleras, agua y la cuota de inscripción ($10)

        El entrenador Mario va a evaluar saque, recepción y defensa. ¡Te esperamos!

        Club Deportivo Los Volcanes
        """)
    h = hdr(addr("Club Deportivo Los Volcanes", "voleibol@cdlosvolcanes.example.org"),
            "Prueba equipo master – domingo 6 sep", "2026-09-02 20:45", SV,
            "<prueba.master.0902@cdlosvolcanes.example.org>",
            "from mail-ej1-f43.google.com (mail-ej1-f43.google.com [209.85.218.43])", "4Q0w6c3Qd8z1j")
    return message(h, text(body, cte="base64"))


@mail(n(47), family="non_interview_appointment", lang="es", interview=False, company=None,
      days=(("Mon", "2026-12-07"),),
      note="Bank confirms a meeting with a personal-banking advisor (lunes 7 dic 4:00 p. m.) about a "
           "mortgage pre-approval; not a job interview")
def n47() -> bytes:
    body = t("""
        Estimada clienta Daniela Flores:

        Confirmamos su cita con su ejecutivo de Banca Personal para revisar la precalificación de su crédito
        hipotecario.

        Ejecutivo: Carlos Arévalo
        Fecha: lunes 7 de diciembre de 2026
        Hora: 4:00 p. m.
        Agencia: Multiplaza, nivel 1

        Recuerde traer sus últimas tres boletas de pago y la constancia laboral.

        Banco Izalco
        Por su seguridad, Banco Izalco nunca le pedirá sus claves por correo electrónico.
        """)
    h = hdr(addr("Banco Izalco", "notificaciones@bancoizalco.example.com"),
            "Confirmación de cita con su ejecutivo", "2026-12-01 08:30", SV,
            "<cita.bp.99120@bancoizalco.example.com>",
            "from mta2.bancoizalco.example.com (mta2.bancoizalco.example.com [198.51.100.99])", "4QVr0s9Hf3z6b")
    return message(h, alt(text(body, charset="windows-1252"), html(gmail_html(body), charset="windows-1252")))


@mail(n(48), family="forwarded_other_person", lang="es", interview=False, company=None,
      days=(("Tue", "2026-11-24"),),
      note="A friend forwards his own interview confirmation (Tue 24 Nov 10:00 AM ET, for Carlos Mejía) "
           "asking for prep help; confirmed interview, but not Daniela's")
def n48() -> bytes:
    body = t("""
        Dani!! Mirá, me confirmaron la entrevista con la empresa de Miami 🙌 ¿Me ayudás a practicar el fin
        de semana? Vos sabés más de esto que yo. Te invito a unas pupusas.

        Carlos

        ---------- Forwarded message ---------
        De: Harborview Logistics <no-reply@us.greenhouse-mail.io>
        Date: vie, 20 nov 2026 a las 11:02
        Subject: Interview Confirmation: Support Team Lead at Harborview Logistics
        To: Carlos Mejía <carlos.mejia@example.com>

        Hi Carlos,

        Your interview for Support Team Lead at Harborview Logistics is scheduled:

        Tuesday, November 24th, 2026
        10:00 AM - 11:00 AM EST (Eastern Time)

        Interviewer: Renee Collins, Support Director
        Location: Google Meet

        Best,
        Harborview Logistics Recruiting
        """)
    h = hdr(addr("Carlos Mejía", "carlos.mejia@example.com"),
            "Fwd: Interview Confirmation: Support Team Lead at Harborview Logistics", "2026-11-20 19:30", SV,
            "<CAC9m2Lx0Pr=q4Tn7Zb1@mail.gmail.com>",
            "from mail-ua1-f49.google.com (mail-ua1-f49.google.com [209.85.222.49])", "4QSz4k7Nd0z9q")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(49), family="visa_interview", lang="es", interview=False, company=None,
      days=(("Tue", "2026-12-15"),),
      note="Consular visa interview appointment (martes 15 dic 7:45 a. m.); an 'entrevista' at a fixed time, "
           "but not a job interview")
def n49() -> bytes:
    body = t("""
        CONFIRMACIÓN DE CITA – ENTREVISTA CONSULAR

        Solicitante: FLORES, DANIELA
        Tipo de visa: B1/B2 (negocios y turismo)
        Número de confirmación DS-160: AA00F1X2Y3

        Fecha de la entrevista: martes 15 de diciembre de 2026
        Hora: 7:45 a. m.
        Lugar: Sección Consular, Antiguo Cuscatlán, La Libertad

        Preséntese con su pasaporte vigente, esta hoja de confirmación impresa y el comprobante de pago del
        arancel. No se permiten dispositivos electrónicos dentro del edificio.

        Servicio de Información de Visas
        Este mensaje fue generado automáticamente.
        """)
    h = hdr(addr("Servicio de Citas de Visa", "no-reply@citasvisa.example.com"),
            "Confirmación de cita - Entrevista consular", "2026-12-01 13:20", SV,
            "<appt.AA00F1X2Y3.20261201@citasvisa.example.com>",
            "from smtp.citasvisa.example.com (smtp.citasvisa.example.com [198.51.100.230])", "4QVt2f6Jm8z0c")
    return message(h, mixed(text(body),
                            Part([("Content-Type", 'application/pdf; name="confirmacion_cita.pdf"'),
                                  ("Content-Disposition", 'attachment; filename="confirmacion_cita.pdf"'),
                                  ("Content-Transfer-Encoding", "base64")],
                                 b"JVBERi0xLjQKJcfsj6IKJSVFT0YK\r\n")))


@mail(n(50), family="user_research", lang="es", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="A startup confirms a paid customer-discovery interview with Daniela as a CS practitioner "
           "(jueves 12 nov 5:00 p. m. hora de Guatemala, 30 minutos, gift card); she is the research "
           "subject, not a job candidate")
def n50() -> bytes:
    body = t("""
        Hola Daniela,

        ¡Gracias por aceptar la entrevista de descubrimiento! Estamos construyendo una herramienta para
        predecir churn en equipos de soporte y queremos entender cómo trabajás hoy.

        Quedamos el jueves 12 de noviembre a las 5:00 p. m. (hora de Guatemala), 30 minutos por Google Meet:
        https://meet.google.com/tik-alan-dsc

        Como agradecimiento te enviaremos una tarjeta de regalo de $50 al terminar. No hay respuestas
        correctas ni incorrectas; no es una venta.

        Saludos,
        Rocío Ajpop
        Cofundadora · Tikal Analytics
        """)
    h = hdr(addr("Rocío Ajpop", "rocio@tikalanalytics.example.com"),
            "Entrevista de descubrimiento – jueves 12/11", "2026-11-06 10:00", "America/Guatemala",
            "<CAT1k4Lq9Zp=x2Vn8Rb0@mail.gmail.com>",
            "from mail-il1-f170.google.com (mail-il1-f170.google.com [209.85.166.170])", "4QMq1c5Fh7z2s")
    return message(h, alt(text(body), html(gmail_html(body))))
