"""blind326: a blind 50-mail held-out set, the inbox of Inés Carrasco, heritage-tourism project
manager in Cáceres (Europe/Madrid), September to December 2026.

Written by hand, one function per mail, by a helper session that read only make.py, make_blind.py,
the set-up and convention sections of bench/heldout/README.md, the dev corpus README, dev labels,
dev_002.eml, dev_009.eml and score.py. It did not read the detector, its tests or fixtures, or any
other held-out set, and never ran the detector. Keys 1-23 are positives (1-16 scheduled, 17-20
rescheduled, 21-23 cancelled), 24-50 negatives; file numbers are a fixed shuffle of the keys.

    python3 bench/heldout/make_blind.py blind326
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

ORDER = random.Random(3260326).sample(range(1, 51), 50)
SET = "blind326"


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "ines.carrasco@example.org"
INES = addr("Inés Carrasco", ME)
MAD = "Europe/Madrid"


def _id(seed: str) -> str:
    return hashlib.sha256(seed.encode(), usedforsecurity=False).hexdigest()


def head(frm: str, subject: str, when: str, zone: str, mid: str, relay: str, *, to: str = INES,
         extra: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    """Delivery headers as the example.org mail server writes them, then the sender's headers."""
    ip = ".".join(str(int(_id(relay)[i:i + 2], 16)) for i in (0, 2, 4, 6))
    ident = f"mx1.example.org (Postfix) with ESMTPS id {_id(mid)[:11].upper()}"
    if not frm.isascii():
        name, _, rest = frm.rpartition(" <")
        frm = addr(name, rest.rstrip(">"))
    return [
        ("Return-Path", f"<bounce-{_id(mid)[:10]}@{relay}>"),
        ("Delivered-To", ME),
        ("Received", received(f"from {relay} ({relay} [{ip}])", when, zone, ident, ME)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


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


# =========================================================================== positives: scheduled


@make.mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-09-15T08:00:00Z", end="2026-09-15T08:45:00Z",
           contact="olivia.brennan@meridiahotels.com", company="Meridia Hotels Group",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=MAD,
           note="Greenhouse confirmation, '10:00 AM - 10:45 AM CEST (Europe/Madrid)', September so "
                "Madrid is UTC+2; contact = human Reply-To recruiter")
def m01() -> bytes:
    body = t("""
        Hi Inés,

        Thank you for making time to speak with us! Your interview for the Cultural Experiences
        Manager (Iberia) role at Meridia Hotels Group is confirmed.

        Tuesday, September 15, 2026
        10:00 AM - 10:45 AM CEST (Europe/Madrid)

        Format: video call (Google Meet)
        Join: https://meet.google.com/xvq-rhtb-kpa

        You will meet:
        Olivia Brennan - Senior Talent Partner, EMEA
        Tomás Recio - Regional Director, Spain & Portugal

        If you need to reschedule, simply reply to this email.

        Best regards,
        Meridia Hotels Group Talent Team
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Inés,</p>
        <p>Thank you for making time to speak with us! Your interview for the <b>Cultural Experiences
        Manager (Iberia)</b> role at Meridia Hotels Group is confirmed.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>When</b></td><td>Tuesday, September 15, 2026<br>10:00 AM - 10:45 AM CEST (Europe/Madrid)</td></tr>
        <tr><td><b>Where</b></td><td>Google Meet &ndash; <a href="https://meet.google.com/xvq-rhtb-kpa">meet.google.com/xvq-rhtb-kpa</a></td></tr>
        <tr><td><b>Interviewers</b></td><td>Olivia Brennan &ndash; Senior Talent Partner, EMEA<br>Tomás Recio &ndash; Regional Director, Spain &amp; Portugal</td></tr>
        </table>
        <p>If you need to reschedule, simply reply to this email.</p>
        <p>Best regards,<br>Meridia Hotels Group Talent Team</p>
        <img src="https://app.greenhouse.io/email_open/3f1c9a.gif" width="1" height="1" alt="">
        </body></html>
        """)
    hs = head("Meridia Hotels Group <no-reply@us.greenhouse-mail.io>",
              "Interview Confirmation: Cultural Experiences Manager (Iberia) - Meridia Hotels Group",
              "2026-09-09 16:12:40", MAD, "<6a9f0c2e.8b41.4a7e.b0d2.meridia@us.greenhouse-mail.io>",
              "mail-a14.us.greenhouse-mail.io",
              extra=(("Reply-To", "Olivia Brennan <olivia.brennan@meridiahotels.com>"),))
    return message(hs, alt(text(body), html(page)))


@make.mail(N(2), family="human_prose", lang="es", interview=True, kind="scheduled",
           start="2026-09-17T10:00:00Z", end=None, contact="rgallardo@fundacionemerita.es",
           company="Fundación Emerita Patrimonio", local="Thu 2026-09-17 12:00", zone=MAD,
           note="Carta formal (usted) en iso-8859-1: 'jueves 17 de septiembre a las 12:00' en Mérida, "
                "CEST = UTC+2; 'duración aproximada de una hora' -> end null; contacto = remitente")
def m02() -> bytes:
    body = t("""
        Estimada Sra. Carrasco:

        En relación con su candidatura al puesto de Coordinadora de Proyectos de Difusión del
        Patrimonio, me complace comunicarle que ha sido seleccionada para la fase de entrevista
        personal.

        Le confirmamos la entrevista para el jueves 17 de septiembre a las 12:00 horas en nuestra
        sede de Mérida (C/ Almendralejo, 14, 2.ª planta). La entrevista tendrá una duración
        aproximada de una hora y estará presente también el director gerente, D. Julián Morales.

        Le ruego que traiga consigo una copia de su DNI y, si lo desea, algún dossier de proyectos
        en los que haya participado.

        Para cualquier consulta puede dirigirse a mí en esta misma dirección o en el 924 000 118.

        Atentamente,

        Remedios Gallardo Vinagre
        Responsable de Administración y Personal
        Fundación Emerita Patrimonio
        """)
    hs = head(addr("Remedios Gallardo", "rgallardo@fundacionemerita.es"),
              "Convocatoria de entrevista - Coordinador/a de Proyectos de Difusión",
              "2026-09-11 10:34:02", MAD, "<000c01dd41a2$7e3b1f40$7ab15dc0$@fundacionemerita.es>",
              "correo.fundacionemerita.es",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtBonDc4Q2ZkXq0TcmH0v1sJ1fWbg==")))
    return message(hs, text(body, charset="iso-8859-1"))


@make.mail(N(3), family="workday", lang="en", interview=True, kind="scheduled",
           start="2026-10-07T14:00:00Z", end="2026-10-07T15:00:00Z",
           contact="marcus.whitfield@ahvoyages.com", company="Atlantic Heritage Voyages",
           local="Wed 2026-10-07 10:00", local_end="2026-10-07 11:00", zone="America/New_York",
           note="Workday HTML-only notice from a Miami employer: '10:00 AM - 11:00 AM Eastern Daylight "
                "Time' (UTC-4) = 16:00 in Cáceres; sender is a Workday mailbox, contact = recruiter "
                "address in the body")
def m03() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:0;background:#f2f4f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="24" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1d2b36">
        <tr><td>
        <img src="https://atlanticvoyages.wd5.myworkdayjobs.com/logo.png" alt="Atlantic Heritage Voyages" height="40">
        <p>Dear Inés Carrasco,</p>
        <p>Thank you for your interest in the <b>Shore Excursions Program Manager - Mediterranean</b>
        position (Job Requisition R-20417). We are pleased to confirm your interview.</p>
        <p><b>Date:</b> Wednesday, October 7, 2026<br>
        <b>Time:</b> 10:00 AM - 11:00 AM Eastern Daylight Time<br>
        <b>Interview Type:</b> Microsoft Teams video interview<br>
        <b>Interviewers:</b> Marcus Whitfield (Talent Acquisition), Renata Alves (Director, Destination Operations)</p>
        <p>The Teams link is included in the calendar invitation you will receive separately.</p>
        <p>If you have any questions, please contact Marcus Whitfield at
        <a href="mailto:marcus.whitfield@ahvoyages.com">marcus.whitfield@ahvoyages.com</a>.</p>
        <p>Sincerely,<br>Atlantic Heritage Voyages Talent Acquisition</p>
        <p style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox. Please do not reply.
        Powered by Workday.</p>
        </td></tr></table></td></tr></table>
        </body></html>
        """)
    hs = head("Atlantic Heritage Voyages <atlanticvoyages@myworkday.com>",
              "Interview Confirmation - Shore Excursions Program Manager - Mediterranean",
              "2026-10-01 13:05:19", "America/New_York",
              "<1839201746.228813.1790874319004@wd5-prod-mailer-7.myworkday.com>",
              "wd5-smtp-out-12.myworkday.com")
    return message(hs, html(page))


@make.mail(N(4), family="teamtailor", lang="es", interview=True, kind="scheduled",
           start="2026-10-26T08:30:00Z", end="2026-10-26T09:15:00Z",
           contact="lucia.ortega@rutasdelsur.es", company="Rutas del Sur Experiences",
           local="Mon 2026-10-26 09:30", local_end="2026-10-26 10:15", zone=MAD,
           note="Teamtailor en español con invite.ics (Europe/Madrid); enviado el 21/10 en horario de "
                "verano, la entrevista es el lunes 26 tras el cambio del 25/10, así que 09:30 CET = "
                "08:30Z; contacto = Reply-To de la reclutadora")
def m04() -> bytes:
    body = t("""
        Hola Inés:

        ¡Gracias por reservar tu entrevista con Rutas del Sur Experiences!

        Puesto: Responsable de Producto Cultural
        Fecha: lunes, 26 de octubre de 2026
        Hora: 09:30 – 10:15 (hora de Madrid)
        Lugar: videollamada – https://meet.teamtailor.com/rutasdelsur/8f2k-q1

        Te entrevistarán Lucía Ortega (Talent) y Manuel Cid (Director de Operaciones).

        Si te surge cualquier imprevisto, responde a este correo y le llegará a Lucía.

        Un saludo,
        El equipo de Rutas del Sur
        """)
    page = t("""
        <html><body style="font-family:'Helvetica Neue',Arial;color:#2a2a2a">
        <h2 style="font-weight:600">¡Tu entrevista está reservada!</h2>
        <p>Hola Inés:</p>
        <p>¡Gracias por reservar tu entrevista con Rutas del Sur Experiences!</p>
        <p><strong>Puesto:</strong> Responsable de Producto Cultural<br>
        <strong>Fecha:</strong> lunes, 26 de octubre de 2026<br>
        <strong>Hora:</strong> 09:30 – 10:15 (hora de Madrid)<br>
        <strong>Lugar:</strong> <a href="https://meet.teamtailor.com/rutasdelsur/8f2k-q1">videollamada</a></p>
        <p>Te entrevistarán Lucía Ortega (Talent) y Manuel Cid (Director de Operaciones).</p>
        <p>Si te surge cualquier imprevisto, responde a este correo y le llegará a Lucía.</p>
        <p>Un saludo,<br>El equipo de Rutas del Sur</p>
        </body></html>
        """)
    ics = VTZ_MADRID.join(["""BEGIN:VCALENDAR
PRODID:-//Teamtailor//Interviews//ES
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""", """
BEGIN:VEVENT
UID:tt-interview-51828-rutasdelsur@teamtailor.com
DTSTAMP:20261021T102000Z
DTSTART;TZID=Europe/Madrid:20261026T093000
DTEND;TZID=Europe/Madrid:20261026T101500
SUMMARY:Entrevista: Responsable de Producto Cultural – Inés Carrasco
LOCATION:https://meet.teamtailor.com/rutasdelsur/8f2k-q1
ORGANIZER;CN=Lucía Ortega:mailto:lucia.ortega@rutasdelsur.es
ATTENDEE;CN=Inés Carrasco;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ines.carrasco@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""])
    hs = head("Rutas del Sur Experiences <no-reply@teamtailor-mail.com>",
              "Entrevista confirmada: Responsable de Producto Cultural",
              "2026-10-21 12:20:05", MAD, "<tt.3b1f7c2a90@teamtailor-mail.com>", "o7.teamtailor-mail.com",
              extra=(("Reply-To", addr("Lucía Ortega", "lucia.ortega@rutasdelsur.es")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(5), family="outlook_calendar", lang="es", interview=True, kind="scheduled",
           start="2026-10-01T09:00:00Z", end="2026-10-01T10:00:00Z",
           contact="alvaro.pizarro@hospederiasreales.es", company="Hospederías Reales",
           local="Thu 2026-10-01 11:00", local_end="2026-10-01 12:00", zone=MAD,
           note="Convocatoria de Exchange/Teams, TZID 'Romance Standard Time'; el texto muestra "
                "'(UTC+01:00) Bruselas, Copenhague, Madrid, París' aunque en octubre rige CEST (UTC+2): "
                "11:00 = 09:00Z, como el ICS; contacto = ORGANIZER/remitente")
def m05() -> bytes:
    body = t("""
        Cuándo: jueves, 1 de octubre de 2026 11:00-12:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París.
        Dónde: Reunión de Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Hola Inés:

        Como hablamos por teléfono, te envío la convocatoria para la entrevista del puesto de
        Jefa de Proyectos de Rehabilitación Turística. Estaremos Carmen Vela (Dirección de
        Desarrollo) y yo.

        Un saludo,
        Álvaro Pizarro
        Selección y Desarrollo de Personas | Hospederías Reales

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse desde el ordenador, la aplicación móvil o el dispositivo de sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE4Njc0@thread.v2/0>
        Id. de reunión: 371 662 958 114
        Código de acceso: Xq7Rb3
        ________________________________________________________________________________
        """)
    ics = "\n".join(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010",
                     "VERSION:2.0", VTZ_ROMANCE, """BEGIN:VEVENT
ORGANIZER;CN=Álvaro Pizarro:mailto:alvaro.pizarro@hospederiasreales.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Inés Carrasco:mailto:ines.carrasco@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Carmen Vela:mailto:carmen.vela@hospederiasreales.es
DESCRIPTION;LANGUAGE=es-ES:Hola Inés:\\n\\nComo hablamos por teléfono\\, te envío la convocatoria.\\n
UID:040000008200E00074C5B7101A82E008000000006A3D3C0B8C4FDD01000000000000000010000000B52A6C1E
SUMMARY;LANGUAGE=es-ES:Entrevista – Jefe/a de Proyectos de Rehabilitación Turística
DTSTART;TZID=Romance Standard Time:20261001T110000
DTEND;TZID=Romance Standard Time:20261001T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260928T074700Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""])
    hs = head(addr("Álvaro Pizarro", "alvaro.pizarro@hospederiasreales.es"),
              "Entrevista – Jefe/a de Proyectos de Rehabilitación Turística",
              "2026-09-28 09:47:31", MAD,
              "<DB9PR08MB6714A2E1C0F3B7D9E4F1A2C3B1E42@DB9PR08MB6714.eurprd08.prod.outlook.com>",
              "mail-db8eur05on2091.outbound.protection.outlook.com",
              extra=(("Thread-Topic", enc("Entrevista – Jefe/a de Proyectos de Rehabilitación Turística")),
                     ("Content-Language", "es-ES"), ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@make.mail(N(6), family="google_calendar", lang="es", interview=True, kind="scheduled",
           start="2026-10-08T14:00:00Z", end="2026-10-08T15:00:00Z",
           contact="sergio.blanco@viajare.tech", company="Viajaré Tech",
           local="Thu 2026-10-08 16:00", local_end="2026-10-08 17:00", zone=MAD,
           note="Invitación de Google Calendar con interfaz en español, 'jue 8 oct 2026 16:00 - 17:00 "
                "(CEST)', ICS TZID Europe/Madrid; contacto = organizador humano (Reply-To)")
def m06() -> bytes:
    body = t("""
        Has recibido una invitación a este evento.

        Entrevista técnica – Product Manager Turismo (Inés Carrasco)
        jueves 8 oct 2026 ⋅ 16:00 – 17:00
        Hora central europea - Madrid

        Únete con Google Meet
        meet.google.com/bqe-nmzt-wra

        Organizador
        Sergio Blanco
        sergio.blanco@viajare.tech

        Invitados
        Sergio Blanco - organizador
        Inés Carrasco
        Laura Pinto

        Ver todos los detalles de la invitación: https://calendar.google.com/calendar/event?action=VIEW&eid=NWY3Z

        ¿Asistirás? Sí - Quizás - No

        Invitación de Google Calendar

        Recibes este correo porque eres un invitado de este evento. Para dejar de recibir
        actualizaciones de este evento, rechaza la invitación.
        """)
    page = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <span itemprop="name" style="font-size:20px">Entrevista técnica – Product Manager Turismo (Inés Carrasco)</span>
        <table><tr><td>Cuándo</td><td>jueves 8 oct 2026 ⋅ 16:00 – 17:00 (Hora central europea - Madrid)</td></tr>
        <tr><td>Unirse a la reunión</td><td><a href="https://meet.google.com/bqe-nmzt-wra">meet.google.com/bqe-nmzt-wra</a></td></tr>
        <tr><td>Organizador</td><td>Sergio Blanco &lt;sergio.blanco@viajare.tech&gt;</td></tr>
        <tr><td>Invitados</td><td>Sergio Blanco - organizador<br>Inés Carrasco<br>Laura Pinto</td></tr></table>
        <p>¿Asistirás? <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=1">Sí</a> -
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=3">Quizás</a> -
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=2">No</a></p>
        <p style="color:#777;font-size:11px">Invitación de Google Calendar</p>
        </div>
        """)
    ics = VTZ_MADRID.join(["""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""", """
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20261008T160000
DTEND;TZID=Europe/Madrid:20261008T170000
DTSTAMP:20261002T081511Z
ORGANIZER;CN=Sergio Blanco:mailto:sergio.blanco@viajare.tech
UID:5f7c1e0b2d9a4c11b7e3@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Inés Carrasco;X-NUM-GUESTS=0:mailto:ines.carrasco@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Laura Pinto;X-NUM-GUESTS=0:mailto:laura.pinto@viajare.tech
X-GOOGLE-CONFERENCE:https://meet.google.com/bqe-nmzt-wra
CREATED:20261002T081457Z
DESCRIPTION:Entrevista técnica con Sergio (CPO) y Laura (Head of Data).
LAST-MODIFIED:20261002T081510Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista técnica – Product Manager Turismo (Inés Carrasco)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""])
    hs = head(addr("Sergio Blanco (Google Calendar)", "calendar-notification@google.com"),
              "Invitación: Entrevista técnica – Product Manager Turismo (Inés Carrasco) @ jue 8 oct 2026 "
              "16:00 - 17:00 (CEST) (ines.carrasco@example.org)",
              "2026-10-02 10:15:12", MAD, "<calendar-5f7c1e0b-2d9a-4c11-b7e3-0a1b2c3d4e5f@google.com>",
              "mail-sor-f73.google.com",
              extra=(("Reply-To", "Sergio Blanco <sergio.blanco@viajare.tech>"), ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(hs, mixed(
        alt(text(body), html(page), calendar(ics, cte="base64")),
        calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True)))


@make.mail(N(7), family="human_prose", lang="es", interview=True, kind="scheduled",
           start="2026-10-13T09:00:00Z", end="2026-10-13T09:45:00Z",
           contact="yaiza.rodriguez@volcanesycostas.com", company="Volcanes y Costas Turismo",
           local="Tue 2026-10-13 10:00", local_end="2026-10-13 10:45", zone="Atlantic/Canary",
           note="Empresa de Las Palmas (tú): 'martes 13 de octubre a las 10:00 hora canaria (11:00 en "
                "Cáceres)', 45 minutos; Canarias en WEST = UTC+1 -> 09:00Z; contacto = remitente")
def m07() -> bytes:
    body = t("""
        Hola, Inés:

        Te escribo de nuevo tras nuestra conversación del lunes. Ya he cuadrado agendas con
        Armiche, nuestro director de producto, así que te confirmo la videollamada:

        martes 13 de octubre a las 10:00 hora canaria (las 11:00 ahí en Cáceres, ojo con la hora
        de diferencia).

        Será por Zoom y durará 45 minutos. El enlace:
        https://zoom.us/j/84310277451?pwd=Vk9SeGZ2T1pHaUx0

        La idea es que nos cuentes el proyecto de la Vía Verde que comentaste y que Armiche te
        explique la línea de turismo volcánico que queremos lanzar en Lanzarote.

        Cualquier cosa, me dices.

        Un abrazo,
        Yaiza Rodríguez Betancor
        Personas y Cultura · Volcanes y Costas Turismo
        Las Palmas de Gran Canaria
        """)
    hs = head(addr("Yaiza Rodríguez", "yaiza.rodriguez@volcanesycostas.com"),
              "Videollamada martes 13 – confirmada", "2026-10-07 18:05:44", "Atlantic/Canary",
              "<CAF+vQk3mRz0nHq8b2uXw9tLq7eJp5iU@mail.gmail.com>", "mail-wr1-f54.google.com")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@make.mail(N(8), family="lever", lang="en", interview=True, kind="scheduled",
           start="2026-11-03T14:00:00Z", end="2026-11-03T14:45:00Z",
           contact="harriet.lowe@wayfarerandco.co.uk", company="Wayfarer & Co",
           local="Tue 2026-11-03 14:00", local_end="2026-11-03 14:45", zone="Europe/London",
           note="Lever confirmation from a London company, '2:00pm – 2:45pm (GMT)'; UK is back on GMT "
                "since 25 October, so 14:00Z (15:00 in Cáceres); contact = human Reply-To")
def m08() -> bytes:
    body = t("""
        Hi Inés,

        Thanks for booking in - here are the details for your interview for Programme Lead,
        Southern Europe at Wayfarer & Co.

        When: Tuesday 3 November 2026, 2:00pm – 2:45pm (GMT)
        Where: Zoom - https://wayfarerandco.zoom.us/j/91177024830
        With: Harriet Lowe (People Partner) and Callum Fraser (Head of Programmes)

        We'll talk through your experience running heritage programmes and the itineraries we
        operate in Extremadura and the Alentejo.

        Need to change something? Just reply to this email.

        Cheers,
        Harriet
        """)
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px">
        <p>Hi Inés,</p>
        <p>Thanks for booking in - here are the details for your interview for <b>Programme Lead,
        Southern Europe</b> at Wayfarer &amp; Co.</p>
        <p><b>When:</b> Tuesday 3 November 2026, 2:00pm – 2:45pm (GMT)<br>
        <b>Where:</b> <a href="https://wayfarerandco.zoom.us/j/91177024830">Zoom</a><br>
        <b>With:</b> Harriet Lowe (People Partner) and Callum Fraser (Head of Programmes)</p>
        <p>We'll talk through your experience running heritage programmes and the itineraries we
        operate in Extremadura and the Alentejo.</p>
        <p>Need to change something? Just reply to this email.</p>
        <p>Cheers,<br>Harriet</p>
        <p style="font-size:11px;color:#999">Sent via Lever</p>
        </body></html>
        """)
    hs = head("Harriet Lowe <no-reply@hire.lever.co>", "Your interview with Wayfarer & Co - Tuesday 3 November",
              "2026-10-27 11:30:08", "Europe/London", "<0102019a7c2d4e51-lever-9d3c@email.lever.co>",
              "a27-22.smtp-out.eu-west-1.amazonses.com",
              extra=(("Reply-To", "Harriet Lowe <harriet.lowe@wayfarerandco.co.uk>"),))
    return message(hs, alt(text(body), html(page)))


@make.mail(N(9), family="calendly", lang="es", interview=True, kind="scheduled",
           start="2026-11-11T11:00:00Z", end="2026-11-11T11:30:00Z",
           contact="clara.nunez@alcorgestion.es", company="Alcor Gestión Cultural",
           local="Wed 2026-11-11 12:00", local_end="2026-11-11 12:30", zone=MAD,
           note="Calendly en español: evento 'Entrevista (30 min)' reservado, '12:00 - 12:30 (Hora de "
                "Europa central)', noviembre = CET UTC+1; contacto = anfitriona (Reply-To), no "
                "notifications@calendly.com")
def m09() -> bytes:
    body = t("""
        Hola, Inés Carrasco:

        Se ha programado un nuevo evento.

        Evento:
        Entrevista – Técnica de Proyectos Culturales (30 min)

        Anfitriona:
        Clara Núñez

        Fecha/hora del evento:
        12:00 - 12:30, miércoles, 11 de noviembre de 2026 (Hora de Europa central)

        Ubicación:
        Google Meet (los detalles de la conferencia web se proporcionarán en breve)

        Zona horaria del invitado:
        Hora de Europa central

        Cancelar: https://calendly.com/cancellations/7d2e6f1a-44c0
        Reprogramar: https://calendly.com/reschedulings/7d2e6f1a-44c0

        Con la tecnología de Calendly.com
        """)
    ics = VTZ_MADRID.join(["""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//ES
METHOD:REQUEST
""", """
BEGIN:VEVENT
UID:7d2e6f1a-44c0-4b8e-9f0e-55aa1c0f3e21@calendly.com
DTSTAMP:20261106T084502Z
DTSTART;TZID=Europe/Madrid:20261111T120000
DTEND;TZID=Europe/Madrid:20261111T123000
SUMMARY:Entrevista – Técnica de Proyectos Culturales entre Clara Núñez e Inés Carrasco
ORGANIZER;CN=Clara Núñez:mailto:clara.nunez@alcorgestion.es
ATTENDEE;CN=Inés Carrasco;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ines.carrasco@example.org
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""])
    hs = head("Calendly <notifications@calendly.com>",
              "Nuevo evento: Inés Carrasco - 12:00 miér., 11 nov. 2026 - Entrevista – Técnica de "
              "Proyectos Culturales",
              "2026-11-06 09:45:02", MAD, "<e2b9a1c0d4.calendly-notif.3391@calendly.com>", "mail141-7.calendly.com",
              extra=(("Reply-To", addr("Clara Núñez", "clara.nunez@alcorgestion.es")),))
    return message(hs, mixed(text(body),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(10), family="smartrecruiters", lang="es", interview=True, kind="scheduled",
           start="2026-11-13T08:00:00Z", end="2026-11-13T09:00:00Z",
           contact="beatriz.lozano@grupoalcantara.es", company="Grupo Hostelero Alcántara",
           local="Fri 2026-11-13 09:00", local_end="2026-11-13 10:00", zone=MAD,
           note="SmartRecruiters en español, entrevista presencial en Madrid 'viernes 13 de noviembre, "
                "09:00 - 10:00', CET; ICS adjunto; sin Reply-To humano, contacto = persona de "
                "contacto escrita en el cuerpo")
def m10() -> bytes:
    body = t("""
        Hola Inés,

        ¡Enhorabuena! Nos alegra confirmarte la entrevista para la posición de Project Manager -
        Hoteles con Historia.

        Fecha: viernes, 13 de noviembre de 2026
        Hora: 09:00 - 10:00
        Lugar: Oficinas centrales, Paseo de la Castellana 95, planta 11, 28046 Madrid
        (pregunta en recepción por Recursos Humanos)

        Entrevistadoras: Beatriz Lozano (Talent Acquisition) y Ana Requena (Directora de Expansión)

        Persona de contacto: Beatriz Lozano (beatriz.lozano@grupoalcantara.es)

        Hemos adjuntado una invitación de calendario para que puedas añadirla a tu agenda.

        Saludos,
        Grupo Hostelero Alcántara
        """)
    page = t("""
        <html><body style="font-family:Arial;font-size:14px">
        <p>Hola Inés,</p>
        <p>¡Enhorabuena! Nos alegra confirmarte la entrevista para la posición de <strong>Project Manager -
        Hoteles con Historia</strong>.</p>
        <table><tr><td>Fecha:</td><td>viernes, 13 de noviembre de 2026</td></tr>
        <tr><td>Hora:</td><td>09:00 - 10:00</td></tr>
        <tr><td>Lugar:</td><td>Oficinas centrales, Paseo de la Castellana 95, planta 11, 28046 Madrid<br>(pregunta en recepción por Recursos Humanos)</td></tr>
        <tr><td>Entrevistadoras:</td><td>Beatriz Lozano (Talent Acquisition) y Ana Requena (Directora de Expansión)</td></tr>
        <tr><td>Persona de contacto:</td><td>Beatriz Lozano (<a href="mailto:beatriz.lozano@grupoalcantara.es">beatriz.lozano@grupoalcantara.es</a>)</td></tr></table>
        <p>Hemos adjuntado una invitación de calendario para que puedas añadirla a tu agenda.</p>
        <p>Saludos,<br>Grupo Hostelero Alcántara</p>
        <p style="font-size:10px;color:#aaa">Powered by SmartRecruiters</p>
        </body></html>
        """)
    ics = VTZ_MADRID.join(["""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
""", """
BEGIN:VEVENT
UID:sr-itv-1f88c0a2-6b3e@smartrecruiters.com
DTSTAMP:20261109T103000Z
DTSTART;TZID=Europe/Madrid:20261113T090000
DTEND;TZID=Europe/Madrid:20261113T100000
SUMMARY:Entrevista - Project Manager - Hoteles con Historia
LOCATION:Paseo de la Castellana 95\\, planta 11\\, 28046 Madrid
ORGANIZER;CN=Grupo Hostelero Alcántara:mailto:noreply@smartrecruiters.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""])
    hs = head("Grupo Hostelero Alcántara <noreply@smartrecruiters.com>",
              "Confirmación de entrevista - Project Manager - Hoteles con Historia",
              "2026-11-09 11:30:27", MAD, "<sr.4c1d2b9f8e@mail.smartrecruiters.com>", "mail.smartrecruiters.com")
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="interview.ics", disposition="attachment")))


@make.mail(N(11), family="reply_quoted", lang="es", interview=True, kind="scheduled",
           start="2026-11-18T16:30:00Z", end=None, contact="marta.vidal@albavettonia.org",
           company="Fundación Alba Vettonia", local="Wed 2026-11-18 17:30", zone=MAD,
           note="Respuesta corta encima del hilo citado: la reclutadora cierra 'el miércoles 18 a las "
                "17:30' que Inés eligió de dos propuestas; CET -> 16:30Z; sin duración; contacto = "
                "remitente")
def m11() -> bytes:
    body = t("""
        ¡Perfecto, Inés! Queda confirmado entonces el miércoles 18 a las 17:30. Te mando ahora el
        enlace de Meet en una invitación aparte. Estaremos Rubén (gerente) y yo.

        Un saludo,
        Marta

        El jue, 12 nov 2026 a las 9:14, Inés Carrasco (<ines.carrasco@example.org>) escribió:
        > Hola, Marta:
        >
        > Muchas gracias. Me viene mejor el miércoles 18 a las 17:30, si os sigue cuadrando.
        >
        > Un saludo,
        > Inés
        >
        > El mié, 11 nov 2026 a las 13:40, Marta Vidal (<marta.vidal@albavettonia.org>) escribió:
        >> Hola Inés:
        >>
        >> Nos ha gustado mucho tu candidatura para el puesto de Gestora de Proyectos Europeos.
        >> ¿Te vendría bien una entrevista el martes 17 a las 10:00 o el miércoles 18 a las 17:30?
        >>
        >> Un saludo,
        >> Marta Vidal
        >> Fundación Alba Vettonia
        """)
    hs = head(addr("Marta Vidal", "marta.vidal@albavettonia.org"),
              "Re: Entrevista - Gestor/a de Proyectos Europeos", "2026-11-13 08:52:16", MAD,
              "<CAK7pZxD9v1W2e3Rt5yU0iO8p_Qa-L4m@mail.gmail.com>", "mail-ej1-f41.google.com",
              extra=(("In-Reply-To", "<CAHn5t0vQ2b8cE1f@mail.gmail.com>"),
                     ("References", "<CAM3xR9kL0pW1a@mail.gmail.com> <CAHn5t0vQ2b8cE1f@mail.gmail.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(12), family="forwarded", lang="es", interview=True, kind="scheduled",
           start="2026-11-19T09:00:00Z", end="2026-11-19T10:00:00Z",
           contact="pherrera@turismo360.es", company="Turismo 360 Consultores",
           local="Thu 2026-11-19 10:00", local_end="2026-11-19 11:00", zone=MAD,
           note="Inés se reenvía desde su cuenta personal la confirmación de la consultora: 'jueves 19 "
                "de noviembre, de 10:00 a 11:00' por Teams, CET; contacto = remitente original en la "
                "cabecera reenviada")
def m12() -> bytes:
    body = t("""
        para tenerlo en el correo del trabajo

        ---------- Forwarded message ---------
        De: Pablo Herrera <pherrera@turismo360.es>
        Date: vie, 13 nov 2026 a las 13:02
        Subject: Entrevista Turismo 360 - confirmación
        To: Inés Carrasco <ines.carrasco@example.com>


        Buenas tardes, Inés:

        Te confirmo la entrevista para la vacante de Consultora Senior de Destinos el jueves 19 de
        noviembre, de 10:00 a 11:00, por Teams. Estaremos mi socia Elvira Gómez y yo.

        Enlace: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NTk3ODFh@thread.v2/0

        Si necesitas cualquier cosa, escríbeme aquí o llámame al 600 000 431.

        Un saludo,
        Pablo Herrera
        Socio Director · Turismo 360 Consultores
        """)
    hs = head(addr("Inés Carrasco", "ines.carrasco@example.com"),
              "Fwd: Entrevista Turismo 360 - confirmación", "2026-11-16 08:05:51", MAD,
              "<CAJr8mQpW6vS1dT0yZ2xN4bK-f3=hGx@mail.gmail.com>", "mail-lf1-f47.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(13), family="ms_bookings", lang="en", interview=True, kind="scheduled",
           start="2026-11-20T08:30:00Z", end="2026-11-20T09:15:00Z", contact=None,
           company="Orbe Travel Services", local="Fri 2026-11-20 09:30", local_end="2026-11-20 10:15",
           zone=MAD,
           note="Microsoft Bookings from a shared talent mailbox, '9:30 AM - 10:15 AM (UTC+01:00) "
                "Brussels, Copenhagen, Madrid, Paris'; November so CET is right = 08:30Z; ICS TZID "
                "Romance Standard Time; only a staff name, no personal address -> contact null")
def m13() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#242424">
        <p style="font-size:20px">Your booking is confirmed</p>
        <p>Hello Inés Carrasco,</p>
        <p>Thanks for booking with Orbe Travel Services Talent Acquisition.</p>
        <table><tr><td><b>Service</b></td><td>Interview – Destination Experience Manager</td></tr>
        <tr><td><b>Date &amp; time</b></td><td>Friday, November 20, 2026 9:30 AM - 10:15 AM<br>(UTC+01:00) Brussels, Copenhagen, Madrid, Paris</td></tr>
        <tr><td><b>Staff</b></td><td>Ingrid Solberg</td></tr>
        <tr><td><b>Location</b></td><td>Microsoft Teams meeting</td></tr></table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjMwOTQx@thread.v2/0">Join your appointment</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/OrbeTalent@orbetravel.com/bookings/">Manage booking</a></p>
        <p style="font-size:11px;color:#616161">Orbe Travel Services · Gremi de Teixidors 35, 07009 Palma</p>
        </div></body></html>
        """)
    ics = "\n".join(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010",
                     "VERSION:2.0", VTZ_ROMANCE, """BEGIN:VEVENT
ORGANIZER;CN=Orbe Talent Acquisition:mailto:OrbeTalent@orbetravel.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Inés Carrasco:mailto:ines.carrasco@example.org
SUMMARY;LANGUAGE=en-US:Interview – Destination Experience Manager
DTSTART;TZID=Romance Standard Time:20261120T093000
DTEND;TZID=Romance Standard Time:20261120T101500
UID:040000008200E00074C5B7101A82E00800000000F1A9B2C34D6EDD010000000000000000100000009E0B4C77
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261116T154409Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR"""])
    hs = head(addr("Orbe Talent Acquisition", "OrbeTalent@orbetravel.com"),
              "Booking confirmed: Interview – Destination Experience Manager for Inés Carrasco",
              "2026-11-16 16:44:09", MAD,
              "<AM6PR04MB5303F0C1E2A3B4D5C6E7F809A1B2C@AM6PR04MB5303.eurprd04.prod.outlook.com>",
              "mail-am6eur05on2137.outbound.protection.outlook.com")
    return message(hs, alt(html(page), calendar(ics, cte="base64")))


@make.mail(N(14), family="ics_attachment", lang="es", interview=True, kind="scheduled",
           start="2026-11-23T12:00:00Z", end="2026-11-23T13:00:00Z",
           contact="nuria.sanabria@patrimonia.es", company="Patrimonia Consulting",
           local="Mon 2026-11-23 13:00", local_end="2026-11-23 14:00", zone=MAD,
           note="Correo humano (Thunderbird) que dice 'nos vemos el lunes en la oficina'; la hora solo "
                "está en invite.ics: lunes 23/11 13:00-14:00 Europe/Madrid = 12:00Z; contacto = "
                "remitente/ORGANIZER")
def m14() -> bytes:
    body = t("""
        Hola Inés,

        Tal como te comenté por teléfono, te adjunto la convocatoria para la segunda entrevista,
        esta vez con dirección (Gonzalo y yo). Nos vemos el lunes en la oficina de Badajoz, en la
        Avenida de Huelva. Si vienes en coche, hay aparcamiento en la calle de atrás.

        Acepta la invitación cuando puedas para que nos quede en la agenda.

        Un saludo,
        --
        Nuria Sanabria
        Directora de Personas
        Patrimonia Consulting
        """)
    ics = VTZ_MADRID.join(["""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
""", """
BEGIN:VEVENT
CREATED:20261118T113810Z
LAST-MODIFIED:20261118T114002Z
DTSTAMP:20261118T114002Z
UID:a4e1c9d0-3f7b-4e62-8d15-0b9c7f2e6a41
SUMMARY:2ª entrevista Inés Carrasco - dirección
ORGANIZER;CN=Nuria Sanabria:mailto:nuria.sanabria@patrimonia.es
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;CN=Inés Carrasco:mailto:ines.carrasco@example.org
ATTENDEE;RSVP=TRUE;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;CN=Gonzalo Marín:mailto:gonzalo.marin@patrimonia.es
DTSTART;TZID=Europe/Madrid:20261123T130000
DTEND;TZID=Europe/Madrid:20261123T140000
LOCATION:Patrimonia Consulting\\, Avda. de Huelva 4\\, Badajoz
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""])
    hs = head(addr("Nuria Sanabria", "nuria.sanabria@patrimonia.es"), "Segunda entrevista", "2026-11-18 12:40:06",
              MAD, "<b7f2e9c4-51d0-8a3e-2c6b-9f14d07e33a2@patrimonia.es>", "smtp.patrimonia.es",
              extra=(("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "es-ES")))
    return message(hs, mixed(text(body, cte="8bit", params="format=flowed"),
                             calendar(ics, cte="8bit", filename="invite.ics", disposition="attachment",
                                      name_param=True)))


@make.mail(N(15), family="workable", lang="es", interview=True, kind="scheduled",
           start="2026-11-24T10:30:00Z", end="2026-11-24T11:15:00Z",
           contact="jorge@caceresslowtravel.com", company="Cáceres Slow Travel",
           local="Tue 2026-11-24 11:30", local_end="2026-11-24 12:15", zone=MAD,
           note="Workable en español, '11:30 - 12:15 (CET)'; Reply-To es un relay de Workable, así que "
                "contacto = dirección personal escrita en el cuerpo")
def m15() -> bytes:
    body = t("""
        Hola Inés,

        Tu entrevista para el puesto de Coordinadora de Experiencias en Cáceres Slow Travel ha
        quedado programada.

        Fecha: martes, 24 de noviembre de 2026
        Hora: 11:30 - 12:15 (CET)
        Lugar: Plaza de San Jorge 3, Cáceres (casco antiguo)
        Con: Jorge Mateos, fundador

        Si necesitas cambiar algo, puedes escribir directamente a Jorge en
        jorge@caceresslowtravel.com.

        Saludos,
        Cáceres Slow Travel

        --
        Enviado con Workable
        """)
    hs = head("Cáceres Slow Travel <noreply@candidates.workablemail.com>",
              "Entrevista programada: Coordinador/a de Experiencias", "2026-11-19 17:02:48", MAD,
              "<wk.20261119160248.88231.caceres-slow-travel@workablemail.com>", "mail-out3.workablemail.com",
              extra=(("Reply-To", "caceres-slow-travel+c8e21f4a@candidates.workablemail.com"),))
    return message(hs, text(body, cte="base64"))


@make.mail(N(16), family="icims", lang="en", interview=True, kind="scheduled",
           start="2026-12-03T14:00:00Z", end="2026-12-03T15:00:00Z",
           contact="dana.kowalski@northbridgeleisure.com", company="Northbridge Leisure Group",
           local="Thu 2026-12-03 15:00", local_end="2026-12-03 16:00", zone=MAD,
           note="iCIMS HTML only with ICS, US-style date '12/03/2026' = 3 December, '3:00 PM - 4:00 PM "
                "(GMT+01:00) Madrid' = 14:00Z; contact = recruiter address in the body")
def m16() -> bytes:
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <p>Dear Inés,</p>
        <p>Thank you for your continued interest in Northbridge Leisure Group. We are pleased to
        invite you to a panel interview for the position of <b>Heritage Attractions Project Manager
        - EMEA (Req #2026-8814)</b>.</p>
        <table border="0" cellpadding="3">
        <tr><td><b>Interview Date:</b></td><td>12/03/2026</td></tr>
        <tr><td><b>Interview Time:</b></td><td>3:00 PM - 4:00 PM (GMT+01:00) Madrid</td></tr>
        <tr><td><b>Location:</b></td><td>Microsoft Teams (link in the attached invitation)</td></tr>
        <tr><td><b>Panel:</b></td><td>Dana Kowalski, Sven Haugen, Paloma Arce</td></tr>
        </table>
        <p>Your recruiter, Dana Kowalski (<a href="mailto:dana.kowalski@northbridgeleisure.com">dana.kowalski@northbridgeleisure.com</a>),
        will be happy to answer any questions.</p>
        <p>Kind regards,<br>Northbridge Leisure Group Talent Acquisition</p>
        <p style="font-size:10px;color:#777">Please do not reply to this message. This mailbox is not monitored.</p>
        </body></html>
        """)
    ics = VTZ_MADRID.join(["""BEGIN:VCALENDAR
PRODID:-//iCIMS//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""", """
BEGIN:VEVENT
UID:icims-ivw-5590213@northbridgeleisure.icims.com
DTSTAMP:20261127T091500Z
DTSTART;TZID=Europe/Madrid:20261203T150000
DTEND;TZID=Europe/Madrid:20261203T160000
SUMMARY:Panel Interview - Heritage Attractions Project Manager - EMEA
ORGANIZER;CN=Dana Kowalski:mailto:dana.kowalski@northbridgeleisure.com
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""])
    hs = head("Northbridge Leisure Careers <northbridge@talent.icims.com>",
              "Interview Invitation: Heritage Attractions Project Manager - EMEA", "2026-11-27 10:15:33", MAD,
              "<1590413.880231.1795774533@talent.icims.com>", "smtp2.talent.icims.com")
    return message(hs, mixed(html(page, cte="base64"),
                             calendar(ics, cte="base64", filename="Interview.ics", disposition="attachment")))


# =========================================================================== positives: rescheduled


@make.mail(N(17), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start="2026-11-05T14:00:00Z", end="2026-11-05T14:45:00Z",
           contact="jenna.morales@heritagetrails.com", company="Heritage Trails Inc.",
           local="Thu 2026-11-05 09:00", local_end="2026-11-05 09:45", zone="America/New_York",
           note="Boston recruiter moves the interview from Tuesday Nov 3 10am ET to 'Thursday, November 5 "
                "at 9:00 AM ET (3:00 PM in Cáceres)', same 45 minutes; sent 30 Oct in EDT but the new "
                "slot is after the US change on 1 Nov, so EST UTC-5 = 14:00Z")
def m17() -> bytes:
    body = t("""
        Hi Inés,

        Apologies for the shuffle - our VP, Dan, has been pulled into a board meeting on Tuesday, so
        I've moved your interview from Tuesday, November 3 at 10:00 AM ET to Thursday, November 5
        at 9:00 AM ET. That's 3:00 PM in Cáceres (our clocks go back this Sunday, so the gap
        between us is back to six hours). Same 45-minute slot, same Zoom link:

        https://heritagetrails.zoom.us/j/86611920347

        Thanks so much for your flexibility, and let me know if Thursday doesn't work for any
        reason.

        Best,
        Jenna

        Jenna Morales | Senior Recruiter
        Heritage Trails Inc. | 40 Summer St, Boston, MA
        """)
    hs = head(addr("Jenna Morales", "jenna.morales@heritagetrails.com"),
              "Interview moved to Thursday, Nov 5 - Heritage Trails", "2026-10-30 11:20:55",
              "America/New_York", "<BN8PR12MB3396E7A1C2D0F4B5A6C7D8E9F0A1B@BN8PR12MB3396.namprd12.prod.outlook.com>",
              "mail-bn8nam12on2100.outbound.protection.outlook.com")
    return message(hs, alt(text(body), html("<html><body><div>" + body.replace("\n", "<br>\n") + "</div></body></html>\n")))


@make.mail(N(18), family="personio", lang="es", interview=True, kind="rescheduled",
           start="2026-12-09T09:00:00Z", end="2026-12-09T10:00:00Z",
           contact="ignacio.ferrer@museosvivos.es", company="Museos Vivos",
           local="Wed 2026-12-09 10:00", local_end="2026-12-09 11:00", zone=MAD,
           note="Personio en español: cita cambiada del lunes 7/12 10:00 al 'miércoles, 9 de diciembre, "
                "10:00 – 11:00' (Europe/Madrid, CET); ICS SEQUENCE:1; contacto = Reply-To humano")
def m18() -> bytes:
    body = t("""
        Hola Inés,

        Hemos tenido que cambiar la fecha de tu entrevista para el puesto de Responsable de
        Mediación y Públicos. El lunes 7 de diciembre es puente en Madrid y parte del equipo no
        estará.

        Nueva fecha: miércoles, 9 de diciembre de 2026
        Hora: 10:00 – 11:00 (Europe/Madrid)
        Antes: lunes, 7 de diciembre de 2026, 10:00
        Lugar: videollamada (Google Meet, enlace en la invitación)

        Si la nueva fecha no te encaja, responde a este correo.

        Saludos,
        Ignacio Ferrer
        Museos Vivos S.L.
        """)
    ics = VTZ_MADRID.join(["""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio//Recruiting//EN
METHOD:REQUEST
""", """
BEGIN:VEVENT
UID:personio-recruiting-event-311907@personio.de
DTSTAMP:20261203T142011Z
DTSTART;TZID=Europe/Madrid:20261209T100000
DTEND;TZID=Europe/Madrid:20261209T110000
SUMMARY:Entrevista: Responsable de Mediación y Públicos
ORGANIZER;CN=Ignacio Ferrer:mailto:ignacio.ferrer@museosvivos.es
ATTENDEE;CN=Inés Carrasco;RSVP=TRUE:mailto:ines.carrasco@example.org
LOCATION:Google Meet
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""])
    hs = head("Museos Vivos S.L. <no-reply@mail.personio.de>",
              "Cambio de fecha de tu entrevista – Responsable de Mediación y Públicos",
              "2026-12-03 15:20:11", MAD, "<20261203142011.311907.museosvivos@mail.personio.de>",
              "mail-eu1.personio.de",
              extra=(("Reply-To", "Ignacio Ferrer <ignacio.ferrer@museosvivos.es>"),))
    return message(hs, mixed(text(body),
                             calendar(ics, cte="quoted-printable", filename="entrevista.ics",
                                      disposition="attachment")))


@make.mail(N(19), family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
           start="2026-10-22T13:00:00Z", end="2026-10-22T14:00:00Z",
           contact="tiago.moreira@lusitanaheritage.pt", company="Lusitana Heritage Partners",
           local="Thu 2026-10-22 14:00", local_end="2026-10-22 15:00", zone="Europe/Lisbon",
           note="Exchange update (SEQUENCE:2) from Lisbon, TZID 'GMT Standard Time'; body shows "
                "'(UTC+00:00) Dublin, Edinburgh, Lisbon, London' but Lisbon is on WEST (UTC+1) until "
                "25 Oct: 14:00 = 13:00Z (15:00 in Cáceres); moved from Wednesday to Thursday")
def m19() -> bytes:
    body = t("""
        When: Thursday, October 22, 2026 2:00 PM-3:00 PM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Inés,

        Sorry for the late change - I have to be in Porto on Wednesday, so I've moved our
        interview to Thursday, same time (2pm Lisbon, 3pm for you). Everything else stays the
        same; Beatriz from our Spanish desk will join as well.

        Obrigado,
        Tiago

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTAwMjE3@thread.v2/0>
        Meeting ID: 342 119 870 551
        Passcode: p9GhT2
        ________________________________________________________________________________
        """)
    ics = "\n".join(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010",
                     "VERSION:2.0", make.VTZ["GMT Standard Time"], """BEGIN:VEVENT
ORGANIZER;CN=Tiago Moreira:mailto:tiago.moreira@lusitanaheritage.pt
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Inés Carrasco:mailto:ines.carrasco@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Beatriz Pires:mailto:beatriz.pires@lusitanaheritage.pt
SUMMARY;LANGUAGE=en-GB:Interview – Senior Project Manager (Iberian Heritage Routes)
DTSTART;TZID=GMT Standard Time:20261022T140000
DTEND;TZID=GMT Standard Time:20261022T150000
UID:040000008200E00074C5B7101A82E00800000000C0E4A1F96F5FDD01000000000000000010000000E2B7A9C4
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261019T083012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:2119482231
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR"""])
    hs = head(addr("Tiago Moreira", "tiago.moreira@lusitanaheritage.pt"),
              "Updated: Interview – Senior Project Manager (Iberian Heritage Routes)", "2026-10-19 09:30:12",
              "Europe/Lisbon", "<PR3P192MB0844A9B8C7D6E5F4A3B2C1D0E9F8A@PR3P192MB0844.EURP192.PROD.OUTLOOK.COM>",
              "mail-vi1eur04on2110.outbound.protection.outlook.com",
              extra=(("Content-Language", "en-GB"),))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@make.mail(N(20), family="google_calendar", lang="es", interview=True, kind="rescheduled",
           start="2026-12-01T08:00:00Z", end="2026-12-01T09:00:00Z",
           contact="raquel.duran@aventuraextremena.com", company="Aventura Extremeña",
           local="Tue 2026-12-01 09:00", local_end="2026-12-01 10:00", zone=MAD,
           note="Google Calendar 'Invitación actualizada' en español: el evento pasa del lun 30 nov 12:00 "
                "al 'mar 1 dic 2026 9:00 – 10:00 (CET)'; ICS SEQUENCE:1, Europe/Madrid; contacto = "
                "organizadora")
def m20() -> bytes:
    body = t("""
        Se ha modificado este evento.

        Entrevista con dirección – Aventura Extremeña
        Cambiado: martes 1 dic 2026 ⋅ 9:00 – 10:00
        Antes: lunes 30 nov 2026 ⋅ 12:00 – 13:00
        Hora central europea - Madrid

        Ubicación
        Aventura Extremeña, C/ Pintores 22, Cáceres
        https://www.google.com/maps/search/C%2F+Pintores+22,+C%C3%A1ceres

        Organizador
        Raquel Durán
        raquel.duran@aventuraextremena.com

        Invitados
        Raquel Durán - organizador
        Inés Carrasco

        Ver todos los detalles de la invitación: https://calendar.google.com/calendar/event?action=VIEW&eid=OGQyYm

        Invitación de Google Calendar
        """)
    ics = VTZ_MADRID.join(["""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""", """
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20261201T090000
DTEND;TZID=Europe/Madrid:20261201T100000
DTSTAMP:20261125T163302Z
ORGANIZER;CN=Raquel Durán:mailto:raquel.duran@aventuraextremena.com
UID:8d2b4f6a1c3e5g7i9k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Inés Carrasco;X-NUM-GUESTS=0:mailto:ines.carrasco@example.org
CREATED:20261119T101500Z
LAST-MODIFIED:20261125T163301Z
LOCATION:Aventura Extremeña\\, C/ Pintores 22\\, Cáceres
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Entrevista con dirección – Aventura Extremeña
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""])
    hs = head(addr("Raquel Durán (Google Calendar)", "calendar-notification@google.com"),
              "Invitación actualizada: Entrevista con dirección – Aventura Extremeña @ mar 1 dic 2026 "
              "9:00 - 10:00 (CET) (ines.carrasco@example.org)",
              "2026-11-25 17:33:02", MAD, "<calendar-8d2b4f6a-1c3e-4a7b-9c0d-e1f2a3b4c5d6@google.com>",
              "mail-sor-f69.google.com",
              extra=(("Reply-To", addr("Raquel Durán", "raquel.duran@aventuraextremena.com")),))
    return message(hs, mixed(
        alt(text(body), calendar(ics, cte="base64")),
        calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True)))


# =========================================================================== positives: cancelled


@make.mail(N(21), family="outlook_calendar", lang="es", interview=True, kind="cancelled",
           start="2026-10-20T11:00:00Z", end="2026-10-20T11:45:00Z",
           contact="elena.caballero@albarrana.es", company="Consultora Albarrana",
           local="Tue 2026-10-20 13:00", local_end="2026-10-20 13:45", zone=MAD,
           note="Cancelación de Exchange (METHOD:CANCEL, STATUS:CANCELLED) con TZID Romance Standard "
                "Time; la franja anulada es el martes 20/10 13:00-13:45 CEST = 11:00Z; el proceso "
                "queda en pausa, sin nueva fecha")
def m21() -> bytes:
    body = t("""
        Cuándo: martes, 20 de octubre de 2026 13:00-13:45 (UTC+01:00) Bruselas, Copenhague, Madrid, París.
        Dónde: Reunión de Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Hola Inés:

        Lamentablemente tenemos que cancelar la entrevista del martes. El cliente ha aplazado la
        licitación del plan de dinamización y hemos puesto el proceso en pausa hasta enero. Te
        escribiré en cuanto sepamos algo.

        Disculpa las molestias.

        Elena Caballero
        Consultora Albarrana
        """)
    ics = "\n".join(["BEGIN:VCALENDAR", "METHOD:CANCEL", "PRODID:Microsoft Exchange Server 2010",
                     "VERSION:2.0", VTZ_ROMANCE, """BEGIN:VEVENT
ORGANIZER;CN=Elena Caballero:mailto:elena.caballero@albarrana.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Inés Carrasco:mailto:ines.carrasco@example.org
SUMMARY;LANGUAGE=es-ES:Cancelado: Entrevista – Técnico/a de Proyectos Turísticos
DTSTART;TZID=Romance Standard Time:20261020T130000
DTEND;TZID=Romance Standard Time:20261020T134500
UID:040000008200E00074C5B7101A82E0080000000071D2E3F4A55EDD0100000000000000001000000045C3A1B2
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261016T071905Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
END:VCALENDAR"""])
    hs = head(addr("Elena Caballero", "elena.caballero@albarrana.es"),
              "Cancelado: Entrevista – Técnico/a de Proyectos Turísticos", "2026-10-16 09:19:05", MAD,
              "<VI1PR07MB6208B1C2D3E4F5A6B7C8D9E0F1A2B@VI1PR07MB6208.eurprd07.prod.outlook.com>",
              "mail-he1eur02on2121.outbound.protection.outlook.com",
              extra=(("Importance", "high"), ("Content-Language", "es-ES")))
    return message(hs, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@make.mail(N(22), family="human_prose", lang="es", interview=True, kind="cancelled",
           start="2026-11-06T12:00:00Z", end=None, contact="fsolis@hoteladarve.es",
           company="Hotel Adarve Suites", local="Fri 2026-11-06 13:00", zone=MAD,
           note="Carta (usted) en windows-1252 que anula 'la entrevista prevista para el viernes 6 de "
                "noviembre a las 13:00' porque el puesto se cubrió internamente; CET -> 12:00Z; "
                "contacto = remitente")
def m22() -> bytes:
    body = t("""
        Estimada Inés:

        Le escribo para comunicarle que, lamentablemente, debemos anular la entrevista prevista
        para el viernes 6 de noviembre a las 13:00 en el hotel. La dirección ha decidido cubrir
        el puesto de Responsable de Eventos y Patrimonio con una promoción interna.

        Le agradecemos sinceramente el interés mostrado por el Hotel Adarve Suites y le pedimos
        disculpas por las molestias. Conservaremos su currículum para futuras vacantes.

        Reciba un cordial saludo,

        Francisco Solís
        Director de Recursos Humanos
        Hotel Adarve Suites · Cáceres
        """)
    hs = head(addr("Francisco Solís", "fsolis@hoteladarve.es", charset="iso-8859-1"),
              "Anulación entrevista viernes 6 de noviembre", "2026-11-03 17:48:20", MAD,
              "<001a01dd4b8f$9c2e4a10$d48ade30$@hoteladarve.es>", "smtp.hoteladarve.es",
              extra=(("X-Mailer", "Microsoft Outlook 15.0"),))
    return message(hs, text(body, charset="windows-1252"))


@make.mail(N(23), family="google_calendar", lang="en", interview=True, kind="cancelled",
           start="2026-12-09T15:00:00Z", end="2026-12-09T15:45:00Z",
           contact="pieter.degraaf@grandtourcollective.com", company="Grand Tour Collective",
           local="Wed 2026-12-09 16:00", local_end="2026-12-09 16:45", zone=MAD,
           note="Google Calendar 'Canceled event' (METHOD:CANCEL) shown in Inés's zone 'Wed Dec 9, 2026 "
                "4pm - 4:45pm (CET)'; ICS TZID Europe/Amsterdam, same offset = 15:00Z; contact = "
                "organizer")
def m23() -> bytes:
    body = t("""
        This event has been canceled.

        Interview: Inés Carrasco / Programme Manager, Iberia
        Wednesday Dec 9, 2026 ⋅ 4pm – 4:45pm
        Central European Time - Madrid

        Organizer
        Pieter de Graaf
        pieter.degraaf@grandtourcollective.com

        Guests
        Pieter de Graaf - organizer
        Inés Carrasco

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event.
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VTIMEZONE
TZID:Europe/Amsterdam
X-LIC-LOCATION:Europe/Amsterdam
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
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=Europe/Amsterdam:20261209T160000
DTEND;TZID=Europe/Amsterdam:20261209T164500
DTSTAMP:20261204T133047Z
ORGANIZER;CN=Pieter de Graaf:mailto:pieter.degraaf@grandtourcollective.com
UID:3c9e7a51b2d04f68@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Inés Carrasco;X-NUM-GUESTS=0:mailto:ines.carrasco@example.org
CREATED:20261127T090212Z
LAST-MODIFIED:20261204T133046Z
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Interview: Inés Carrasco / Programme Manager\\, Iberia
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Pieter de Graaf (Google Calendar)", "calendar-notification@google.com"),
              "Canceled event: Interview: Inés Carrasco / Programme Manager, Iberia @ Wed Dec 9, 2026 "
              "4pm - 4:45pm (CET) (ines.carrasco@example.org)",
              "2026-12-04 14:30:47", MAD, "<calendar-3c9e7a51-b2d0-4f68-a1e2-7b8c9d0e1f2a@google.com>",
              "mail-sor-f41.google.com",
              extra=(("Reply-To", "Pieter de Graaf <pieter.degraaf@grandtourcollective.com>"),))
    return message(hs, mixed(
        alt(text(body), calendar(ics, method="CANCEL", cte="base64")),
        calendar(ics, method="CANCEL", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True)))


# =========================================================================== negatives


@make.mail(N(24), family="rejection", lang="es", interview=False, company="Hospederías Reales",
           note="Respuesta tras la entrevista del 1/10: no continúa en el proceso")
def m24() -> bytes:
    body = t("""
        Hola Inés:

        Muchas gracias por tu tiempo en la entrevista del pasado 1 de octubre y por el interés
        mostrado en Hospederías Reales.

        Tras valorar todas las candidaturas, hemos decidido continuar el proceso con otra persona
        cuyo perfil se ajusta más a las necesidades actuales del puesto. Ha sido una decisión
        difícil: tu experiencia en rehabilitación de conjuntos históricos nos pareció muy valiosa.

        Guardaremos tus datos para futuras oportunidades, si nos das tu permiso.

        Un cordial saludo,
        Álvaro Pizarro
        Selección y Desarrollo de Personas | Hospederías Reales
        """)
    hs = head(addr("Álvaro Pizarro", "alvaro.pizarro@hospederiasreales.es"),
              "Proceso de selección – Jefe/a de Proyectos de Rehabilitación Turística",
              "2026-10-14 13:02:44", MAD,
              "<DB9PR08MB6714C3D2E1F0A9B8C7D6E5F4A3B2C@DB9PR08MB6714.eurprd08.prod.outlook.com>",
              "mail-db8eur05on2092.outbound.protection.outlook.com")
    return message(hs, alt(text(body), html("<html><body><p>" + body.replace("\n\n", "</p><p>") + "</p></body></html>\n")))


@make.mail(N(25), family="rejection", lang="en", interview=False, company="Meridia Hotels Group",
           note="Greenhouse rejection after the 15 September interview")
def m25() -> bytes:
    body = t("""
        Hi Inés,

        Thank you again for taking the time to interview for the Cultural Experiences Manager
        (Iberia) role. We really enjoyed learning about your work on the Ruta de la Plata
        programmes.

        After careful consideration, we have decided to move forward with another candidate whose
        experience more closely matches our current needs. This was not an easy decision.

        We'd love to keep in touch and will reach out if a suitable role opens up in Spain or
        Portugal.

        All the best,
        Olivia Brennan
        Meridia Hotels Group
        """)
    hs = head("Meridia Hotels Group <no-reply@us.greenhouse-mail.io>",
              "Your application to Meridia Hotels Group", "2026-09-28 15:41:10", MAD,
              "<9e31a7d4.0f22.4b8c.a1e9.meridia@us.greenhouse-mail.io>", "mail-a14.us.greenhouse-mail.io",
              extra=(("Reply-To", "Olivia Brennan <olivia.brennan@meridiahotels.com>"),))
    return message(hs, alt(text(body), html("<html><body><p>" + body.replace("\n\n", "</p><p>") + "</p></body></html>\n")))


@make.mail(N(26), family="application_receipt", lang="es", interview=False,
           company="Rutas del Sur Experiences", note="Acuse de recibo de la candidatura (Teamtailor)")
def m26() -> bytes:
    body = t("""
        Hola Inés:

        ¡Gracias por tu interés en Rutas del Sur Experiences! Hemos recibido tu candidatura para
        Responsable de Producto Cultural.

        Nuestro equipo revisará tu perfil en los próximos días. Si encaja con lo que buscamos,
        te escribiremos para proponerte una entrevista.

        Mientras tanto, puedes conocernos mejor en https://rutasdelsur.teamtailor.com

        Un saludo,
        El equipo de Rutas del Sur
        """)
    hs = head("Rutas del Sur Experiences <no-reply@teamtailor-mail.com>",
              "Hemos recibido tu candidatura – Responsable de Producto Cultural", "2026-10-06 22:14:51", MAD,
              "<tt.19ae0f4c77@teamtailor-mail.com>", "o7.teamtailor-mail.com")
    return message(hs, alt(text(body), html("<html><body><p>" + body.replace("\n\n", "</p><p>") + "</p></body></html>\n")))


@make.mail(N(27), family="application_receipt", lang="en", interview=False,
           company="Atlantic Heritage Voyages", note="Workday application receipt")
def m27() -> bytes:
    page = t("""
        <html><body style="font-family:Helvetica,Arial;font-size:14px">
        <p>Dear Inés Carrasco,</p>
        <p>Thank you for applying for the <b>Shore Excursions Program Manager - Mediterranean</b>
        position (R-20417) at Atlantic Heritage Voyages.</p>
        <p>We have received your application and our Talent Acquisition team is reviewing it. You
        can check the status of your application at any time in your candidate home.</p>
        <p>Sincerely,<br>Atlantic Heritage Voyages Talent Acquisition</p>
        <p style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox.</p>
        </body></html>
        """)
    hs = head("Atlantic Heritage Voyages <atlanticvoyages@myworkday.com>",
              "Thank you for applying - Shore Excursions Program Manager - Mediterranean",
              "2026-09-21 08:44:02", "America/New_York",
              "<1179930411.104228.1789994642117@wd5-prod-mailer-3.myworkday.com>", "wd5-smtp-out-04.myworkday.com")
    return message(hs, html(page))


@make.mail(N(28), family="job_alert", lang="es", interview=False, company=None,
           note="Alerta de empleo de un portal: ofertas, ninguna cita")
def m28() -> bytes:
    page = t("""
        <html><body style="font-family:Arial;font-size:14px;color:#222">
        <h3>Hola Inés, hay 5 ofertas nuevas para «gestión de patrimonio» en Extremadura</h3>
        <ul>
        <li><a href="https://www.turisempleo.example/o/88213">Técnico/a de Turismo – Ayuntamiento (interinidad)</a> · Plasencia · Publicada hace 2 días</li>
        <li><a href="https://www.turisempleo.example/o/88190">Guía-intérprete de patrimonio</a> · Mérida · Jornada parcial</li>
        <li><a href="https://www.turisempleo.example/o/88177">Project Manager Turismo Sostenible</a> · Remoto (España)</li>
        <li><a href="https://www.turisempleo.example/o/88145">Coordinador/a de centro de interpretación</a> · Trujillo</li>
        <li><a href="https://www.turisempleo.example/o/88102">Gestor/a de fondos europeos</a> · Badajoz</li>
        </ul>
        <p><a href="https://www.turisempleo.example/alertas">Gestionar mis alertas</a> · <a href="https://www.turisempleo.example/baja">Darme de baja</a></p>
        </body></html>
        """)
    hs = head("TurisEmpleo <alertas@turisempleo.example>",
              "5 ofertas nuevas: gestión de patrimonio en Extremadura", "2026-10-12 07:30:00", MAD,
              "<alerta.20261012.553187@turisempleo.example>", "mta2.turisempleo.example",
              extra=(("List-Unsubscribe", "<https://www.turisempleo.example/baja?u=553187>"),))
    return message(hs, html(page, cte="base64"))


@make.mail(N(29), family="newsletter", lang="es", interview=False, company=None,
           note="Boletín profesional de gestores culturales (convocatorias, una entrevista publicada)")
def m29() -> bytes:
    body = t("""
        BOLETÍN PATRIMONIO & TURISMO · n.º 142 · septiembre 2026

        EN ESTE NÚMERO
        - Abierta la convocatoria de ayudas a la puesta en valor de yacimientos (hasta el 30/10).
        - Entrevista: la directora del Museo de la Trashumancia habla de públicos rurales.
        - Guía práctica: indicadores de impacto para proyectos de turismo cultural.
        - Agenda: jornadas, cursos y congresos del otoño.

        Lee el boletín completo en https://boletin.gestorespatrimonio.example/142

        Recibes este boletín por ser socia de la Red de Gestores del Patrimonio.
        Darse de baja: https://boletin.gestorespatrimonio.example/baja
        """)
    hs = head("Red de Gestores del Patrimonio <boletin@gestorespatrimonio.example>",
              "Boletín Patrimonio & Turismo n.º 142", "2026-09-24 10:00:00", MAD,
              "<142.boletin@gestorespatrimonio.example>", "envios.gestorespatrimonio.example",
              extra=(("List-Id", "<boletin.gestorespatrimonio.example>"), ("Precedence", "bulk")))
    return message(hs, text(body, charset="iso-8859-15"))


@make.mail(N(30), family="recruiter_outreach", lang="en", interview=False, company="Kestrel Search",
           note="Agency outreach asking whether she is open to a call; nothing fixed")
def m30() -> bytes:
    body = t("""
        Hi Inés,

        I hope you don't mind the direct approach. I'm working with a European tour operator that
        is building a new heritage & culture product line for Spain and Portugal, and your
        background with EU-funded heritage routes stood out.

        Would you be open to a quick, informal call sometime next week? Happy to work around your
        schedule - just let me know a couple of times that suit.

        Best regards,
        Rosie Adair
        Senior Consultant, Travel & Leisure
        Kestrel Search Ltd, London
        """)
    hs = head(addr("Rosie Adair", "rosie.adair@kestrelsearch.co.uk"), "Heritage product role - Spain/Portugal",
              "2026-09-08 11:52:27", "Europe/London",
              "<LO2P265MB4830D7E6F5A4B3C2D1E0F9A8B7C6D@LO2P265MB4830.GBRP265.PROD.OUTLOOK.COM>",
              "mail-cwlgbr01on2105.outbound.protection.outlook.com")
    return message(hs, text(body, cte="8bit"))


@make.mail(N(31), family="scheduling_link", lang="es", interview=False, company="Talentia Turismo",
           note="Consultora de selección envía su enlace de Calendly para elegir hueco: nada reservado")
def m31() -> bytes:
    body = t("""
        Hola Inés,

        Gracias por responder. Para la primera llamada (unos 20 minutos) lo más fácil es que elijas
        tú el hueco que mejor te venga en mi agenda:

        https://calendly.com/talentia-nerea/llamada-20min

        Después te cuento con detalle el proyecto del cliente (cadena de alojamientos rurales con
        una línea de turismo cultural).

        Un saludo,
        Nerea Ugarte
        Talentia Turismo · Headhunting
        """)
    hs = head(addr("Nerea Ugarte", "nerea.ugarte@talentiaturismo.es"), "Re: Propuesta de puesto – turismo rural",
              "2026-10-28 10:11:39", MAD, "<CAGs2kM9Qw0xT8uV1e2yR3p-Lb7nZ4A@mail.gmail.com>",
              "mail-pj1-f42.google.com",
              extra=(("In-Reply-To", "<CAJ0tW4aB6c@mail.gmail.com>"), ("References", "<CAJ0tW4aB6c@mail.gmail.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(32), family="availability_request", lang="en", interview=False, company="Meridia Hotels Group",
           note="Greenhouse availability request before the interview: asks for slots, nothing fixed")
def m32() -> bytes:
    body = t("""
        Hi Inés,

        Great news - the hiring team would like to move forward with an interview for the Cultural
        Experiences Manager (Iberia) role!

        Please let us know your availability over the next two weeks using the link below. The
        interview will be 45 minutes by video.

        https://app.greenhouse.io/availability/3f1c9a7e2b/submit

        Thanks,
        Olivia Brennan
        Meridia Hotels Group
        """)
    hs = head("Meridia Hotels Group <no-reply@us.greenhouse-mail.io>",
              "Please share your availability - Meridia Hotels Group", "2026-09-01 17:25:50", MAD,
              "<17c0d2b8.3e44.4d1a.9f10.meridia@us.greenhouse-mail.io>", "mail-a14.us.greenhouse-mail.io",
              extra=(("Reply-To", "Olivia Brennan <olivia.brennan@meridiahotels.com>"),))
    return message(hs, alt(text(body), html("<html><body><p>" + body.replace("\n\n", "</p><p>") + "</p></body></html>\n")))


@make.mail(N(33), family="proposal_pending", lang="es", interview=False, company="Fundación Alba Vettonia",
           note="Propone dos huecos (martes 17 10:00 o miércoles 18 17:30) y pregunta; aún no hay cita",
           days=(("Tue", "2026-11-17"), ("Wed", "2026-11-18")))
def m33() -> bytes:
    body = t("""
        Hola Inés:

        Nos ha gustado mucho tu candidatura para el puesto de Gestora de Proyectos Europeos.
        ¿Te vendría bien una entrevista el martes 17 a las 10:00 o el miércoles 18 a las 17:30?
        Sería en remoto, por Meet.

        Un saludo,
        Marta Vidal
        Fundación Alba Vettonia
        """)
    hs = head(addr("Marta Vidal", "marta.vidal@albavettonia.org"), "Entrevista - Gestor/a de Proyectos Europeos",
              "2026-11-11 13:40:22", MAD, "<CAM3xR9kL0pW1a@mail.gmail.com>", "mail-ej1-f44.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(34), family="out_of_office", lang="es", interview=False, company=None,
           note="Respuesta automática de fuera de la oficina al agradecimiento de Inés")
def m34() -> bytes:
    body = t("""
        Gracias por su mensaje. Estaré fuera de la oficina hasta el martes 13 de octubre, con acceso
        limitado al correo. Para asuntos urgentes de selección, escriba a
        seleccion@hospederiasreales.es.

        Álvaro Pizarro
        Hospederías Reales
        """)
    hs = head(addr("Álvaro Pizarro", "alvaro.pizarro@hospederiasreales.es"),
              "Respuesta automática: Gracias por la entrevista", "2026-10-02 08:31:10", MAD,
              "<DB9PR08MB67149A8B7C6D5E4F3A2B1C0D9E8F7@DB9PR08MB6714.eurprd08.prod.outlook.com>",
              "mail-db8eur05on2093.outbound.protection.outlook.com",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAEb4n2Yk1@mail.gmail.com>")))
    return message(hs, text(body))


@make.mail(N(35), family="bounce", lang="en", interview=False, company=None,
           note="DSN: Inés's thank-you after the Rutas del Sur interview bounced (typo in the address)")
def m35() -> bytes:
    report = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <lucia.ortgea@rutasdelsur.es>: host mx.rutasdelsur.es[185.42.11.7] said:
            550 5.1.1 <lucia.ortgea@rutasdelsur.es>: Recipient address rejected: User
            unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Fq7T20LZ9z1xq
        Arrival-Date: Mon, 26 Oct 2026 11:02:13 +0100 (CET)

        Final-Recipient: rfc822; lucia.ortgea@rutasdelsur.es
        Original-Recipient: rfc822;lucia.ortgea@rutasdelsur.es
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.rutasdelsur.es
        Diagnostic-Code: smtp; 550 5.1.1 <lucia.ortgea@rutasdelsur.es>: Recipient address
            rejected: User unknown in virtual mailbox table
        """)
    orig_body = t("""
        Hola, Lucía:

        Muchas gracias por la entrevista de esta mañana; me encantó conocer a Manuel y saber más
        de los nuevos circuitos por Andalucía occidental. Quedo a vuestra disposición.

        Un saludo,
        Inés
        """)
    orig = message([("From", INES), ("To", addr("Lucía Ortega", "lucia.ortgea@rutasdelsur.es")),
                    ("Subject", "Gracias por la entrevista"), ("Date", date("2026-10-26 11:02:10", MAD)),
                    ("Message-ID", "<CAEb7xQ2m@mail.example.org>")], text(orig_body))
    hs = head("Mail Delivery System <MAILER-DAEMON@mx1.example.org>",
              "Undelivered Mail Returned to Sender", "2026-10-26 11:02:15", MAD,
              "<20261026100215.9A1B2C3D4E@mx1.example.org>", "mx1.example.org",
              extra=(("Auto-Submitted", "auto-replied"),))
    dsn = multipart("report",
                    text(report, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
                    raw_part([("Content-Description", "Delivery report"),
                              ("Content-Type", "message/delivery-status")], status),
                    attached_message(orig),
                    params="report-type=delivery-status")
    return message(hs, dsn)


@make.mail(N(36), family="offer", lang="es", interview=False, company="Volcanes y Costas Turismo",
           note="Oferta de trabajo desde Las Palmas tras la videollamada; propone incorporación en enero, "
                "sin cita")
def m36() -> bytes:
    body = t("""
        Hola, Inés:

        ¡Tenemos buenas noticias! Después de la videollamada con Armiche y de las referencias,
        queremos ofrecerte el puesto de Coordinadora de Producto Cultural.

        Te adjuntamos la propuesta con el detalle: contrato indefinido, 36.000 € brutos anuales,
        modalidad híbrida con estancias en Gran Canaria y Lanzarote, e incorporación a partir del
        11 de enero.

        Échale un vistazo con calma y dinos algo antes del viernes 13 de noviembre. Si te surge
        cualquier duda, llámame.

        Un abrazo,
        Yaiza Rodríguez Betancor
        Personas y Cultura · Volcanes y Costas Turismo
        """)
    hs = head(addr("Yaiza Rodríguez", "yaiza.rodriguez@volcanesycostas.com"),
              "Propuesta de incorporación – Volcanes y Costas", "2026-11-04 12:26:31", "Atlantic/Canary",
              "<CAF+vQk7tYp2mNw4c8uZs1rLq0eHd3iX@mail.gmail.com>", "mail-wr1-f53.google.com")
    pdf_stub = raw_part([("Content-Type", 'application/pdf; name="Propuesta_Ines_Carrasco.pdf"'),
                         ("Content-Disposition", 'attachment; filename="Propuesta_Ines_Carrasco.pdf"'),
                         ("Content-Transfer-Encoding", "base64")],
                        "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoKdHJhaWxlcgo8\nPC9Sb290IDEgMCBSPj4KJSVFT0YK\n")
    return message(hs, mixed(alt(text(body, cte="8bit"), html(gmail_html(body))), pdf_stub))


@make.mail(N(37), family="non_interview_calendar", lang="es", interview=False, company=None,
           note="Cita en el dentista con ICS: hora confirmada pero no es una entrevista",
           days=(("Thu", "2026-10-15"),))
def m37() -> bytes:
    body = t("""
        Hola Inés,

        Te confirmamos tu cita en Clínica Dental Santa Clara:

        Jueves 15 de octubre de 2026, 17:30
        Tratamiento: revisión y limpieza
        Dra. Paula Mogollón
        Av. de España 21, 1.º, Cáceres

        Si no puedes venir, avísanos con 24 horas de antelación en el 927 000 562.

        Clínica Dental Santa Clara
        """)
    ics = VTZ_MADRID.join(["""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Clinic Cloud//Citas//ES
METHOD:PUBLISH
""", """
BEGIN:VEVENT
UID:cita-118842@clinicadentalsantaclara.es
DTSTAMP:20261009T091200Z
DTSTART;TZID=Europe/Madrid:20261015T173000
DTEND;TZID=Europe/Madrid:20261015T180000
SUMMARY:Cita dental - revisión y limpieza
LOCATION:Av. de España 21\\, 1.º\\, Cáceres
END:VEVENT
END:VCALENDAR
"""])
    hs = head("Clínica Dental Santa Clara <citas@clinicadentalsantaclara.es>", "Confirmación de cita",
              "2026-10-09 11:12:00", MAD, "<cita-118842.20261009@clinicadentalsantaclara.es>",
              "smtp.clinicadentalsantaclara.es")
    return message(hs, mixed(text(body),
                             calendar(ics, method="PUBLISH", cte="base64", filename="cita.ics",
                                      disposition="attachment")))


@make.mail(N(38), family="non_interview_calendar", lang="es", interview=False,
           company=None,
           note="Convocatoria de Outlook de un cliente de su trabajo freelance (reunión de seguimiento); "
                "no es una entrevista",
           days=(("Tue", "2026-09-22"),))
def m38() -> bytes:
    body = t("""
        Cuándo: martes, 22 de septiembre de 2026 10:00-11:30 (UTC+01:00) Bruselas, Copenhague, Madrid, París.
        Dónde: Sede de la Asociación, C/ Real 8, Aldea del Cano

        *~*~*~*~*~*~*~*~*~*

        Buenos días, Inés:

        Te convoco a la reunión de seguimiento del proyecto de señalética interpretativa del
        tramo norte de la Vía de la Plata. Revisaremos los textos de los paneles y el calendario
        de instalación.

        Saludos,
        Ramón Galán
        Gerente · Asociación Vía de la Plata Norte
        """)
    ics = "\n".join(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010",
                     "VERSION:2.0", VTZ_ROMANCE, """BEGIN:VEVENT
ORGANIZER;CN=Ramón Galán:mailto:gerencia@viaplatanorte.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Inés Carrasco:mailto:ines.carrasco@example.org
SUMMARY;LANGUAGE=es-ES:Seguimiento señalética Vía de la Plata – tramo norte
DTSTART;TZID=Romance Standard Time:20260922T100000
DTEND;TZID=Romance Standard Time:20260922T113000
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC010000000000000000100000003D4E5F60
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260914T071003Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sede de la Asociación\\, C/ Real 8\\, Aldea del Cano
END:VEVENT
END:VCALENDAR"""])
    hs = head(addr("Ramón Galán", "gerencia@viaplatanorte.org"),
              "Seguimiento señalética Vía de la Plata – tramo norte", "2026-09-14 09:10:03", MAD,
              "<PA4PR02MB7012E1D2C3B4A5F6E7D8C9B0A1F2E@PA4PR02MB7012.eurprd02.prod.outlook.com>",
              "mail-pa4eur02on2107.outbound.protection.outlook.com")
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@make.mail(N(39), family="event_registration", lang="es", interview=False, company=None,
           note="Inscripción confirmada a unas jornadas profesionales en Trujillo (hora fija, no entrevista)",
           days=(("Thu", "2026-10-15"),))
def m39() -> bytes:
    page = t("""
        <html><body style="font-family:Arial;font-size:14px">
        <h2>¡Tu inscripción está confirmada!</h2>
        <p>Hola Inés,</p>
        <p>Te esperamos en las <b>II Jornadas de Turismo Patrimonial de Extremadura</b>.</p>
        <p><b>Jueves, 15 de octubre de 2026 · 09:30 – 14:00</b><br>
        Auditorio municipal, Trujillo</p>
        <p>Entrada n.º 0431 · Asistencia profesional (gratuita)</p>
        <p>Presenta este correo o el código QR adjunto en la acreditación.</p>
        <p>Entradium · Gestión de eventos</p>
        </body></html>
        """)
    hs = head("Entradium <no-reply@entradium.example>",
              "Inscripción confirmada: II Jornadas de Turismo Patrimonial de Extremadura",
              "2026-09-30 19:45:12", MAD, "<ord-0431-jtpe@entradium.example>", "mail.entradium.example")
    return message(hs, html(page))


@make.mail(N(40), family="webinar", lang="es", interview=False, company=None,
           note="Registro a un webinar sobre fondos europeos para turismo (Zoom, hora fija)",
           days=(("Wed", "2026-11-25"),))
def m40() -> bytes:
    body = t("""
        Hola Inés Carrasco:

        Gracias por registrarse en el webinar «Fondos Next Generation para turismo sostenible:
        cómo preparar una buena memoria técnica».

        Fecha y hora: miércoles, 25 de noviembre de 2026, 18:00 (hora peninsular)
        Duración: 90 minutos

        Únase desde un PC, Mac, iPad o dispositivo Android:
        https://us06web.zoom.us/w/88420135577?tk=Yd7kq

        Puede cancelar su inscripción en cualquier momento.

        Observatorio de Turismo Sostenible
        """)
    hs = head("Observatorio de Turismo Sostenible <no-reply@zoom.us>",
              "Confirmación de registro: Fondos Next Generation para turismo sostenible",
              "2026-11-17 12:03:40", MAD, "<zoom.webinar.88420135577.reg.5531@zoom.us>", "mailout1.zoom.us")
    return message(hs, alt(text(body), html("<html><body><p>" + body.replace("\n\n", "</p><p>") + "</p></body></html>\n")))


@make.mail(N(41), family="assessment", lang="es", interview=False, company="Viajaré Tech",
           note="Caso práctico tras la entrevista técnica: fecha límite de entrega, no una cita",
           days=(("Mon", "2026-10-19"),))
def m41() -> bytes:
    body = t("""
        Hola Inés,

        ¡Gracias por la charla del jueves! Como te comentamos, el siguiente paso es un pequeño caso
        práctico: diseñar el MVP de una funcionalidad de "rutas patrimoniales" para nuestra app.

        Tienes el enunciado en el PDF adjunto. La entrega es hasta el lunes 19 de octubre a las
        23:59; no hace falta que dediques más de 4-5 horas.

        Cuando lo tengamos, lo revisaremos y te diremos algo.

        Un saludo,
        Sergio
        """)
    hs = head(addr("Sergio Blanco", "sergio.blanco@viajare.tech"), "Caso práctico – Product Manager Turismo",
              "2026-10-09 18:22:54", MAD, "<CAB8wQx1Ym-4Ts9k0vR2pLz7Nu3E@mail.gmail.com>",
              "mail-qt1-f170.google.com")
    pdf = raw_part([("Content-Type", 'application/pdf; name="caso_practico_PM.pdf"'),
                    ("Content-Disposition", 'attachment; filename="caso_practico_PM.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjQKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoKdHJhaWxlcgo8PC9Sb290\nIDEgMCBSPj4KJSVFT0YK\n")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), pdf))


@make.mail(N(42), family="job_alert", lang="en", interview=False, company=None,
           note="English job-board alert")
def m42() -> bytes:
    body = t("""
        Jobfinch

        6 new jobs for "project manager tourism" in Spain

        Heritage Programme Manager - Jobfinch Partner Company - Madrid (Hybrid)
        Destination Development Lead - Seville
        Project Manager, Cultural Routes - Remote, EU
        Tourism Product Owner - Barcelona
        EU Funds Project Officer - Valladolid
        Visitor Experience Manager - Lisbon, Portugal

        See all jobs: https://www.jobfinch.example/alerts/52291

        You are receiving this because you created a job alert. Unsubscribe:
        https://www.jobfinch.example/u/52291
        """)
    hs = head("Jobfinch Alerts <alerts@jobfinch.example>", '6 new jobs for "project manager tourism"',
              "2026-10-20 06:15:00", MAD, "<alert-52291-20261020@jobfinch.example>", "out-17.jobfinch.example",
              extra=(("List-Unsubscribe", "<https://www.jobfinch.example/u/52291>"), ("Precedence", "bulk")))
    return message(hs, text(body))


@make.mail(N(43), family="post_interview", lang="es", interview=False, company="Fundación Emerita Patrimonio",
           note="Agradecimiento tras la entrevista de ayer; 'le diremos algo antes de final de mes'")
def m43() -> bytes:
    body = t("""
        Estimada Inés:

        Muchas gracias por su visita de ayer y por la documentación que nos dejó. Al director le
        causó muy buena impresión el proyecto de itinerarios accesibles.

        Estamos terminando las entrevistas esta semana y le comunicaremos la decisión antes de
        final de mes.

        Atentamente,

        Remedios Gallardo Vinagre
        Fundación Emerita Patrimonio
        """)
    hs = head(addr("Remedios Gallardo", "rgallardo@fundacionemerita.es"),
              "RE: Gracias por la entrevista", "2026-09-18 09:58:33", MAD,
              "<002301dd4732$4a1e2b90$de5a82b0$@fundacionemerita.es>", "correo.fundacionemerita.es",
              extra=(("In-Reply-To", "<CAEb2Wm9vQ@mail.example.org>"),))
    return message(hs, text(body, charset="iso-8859-1"))


@make.mail(N(44), family="travel_ticket", lang="es", interview=False, company=None,
           note="Billete de tren Cáceres–Madrid para la víspera de la entrevista presencial; hora fija, "
                "no es una entrevista",
           days=(("Thu", "2026-11-12"),))
def m44() -> bytes:
    body = t("""
        RAILSUR · CONFIRMACIÓN DE COMPRA

        Localizador: Q7M4KX

        IDA  jueves 12/11/2026
        Cáceres 16:45 -> Madrid-Atocha 20:39
        Tren 17112 · Coche 4 · Plaza 07A · Tarifa Básica

        Viajera: INÉS CARRASCO

        Total: 38,90 €

        Puede consultar o modificar su viaje en https://www.railsur.example/mis-viajes
        """)
    hs = head("RailSur <billetes@railsur.example>", "Confirmación de compra - Localizador Q7M4KX",
              "2026-11-10 21:37:08", MAD, "<Q7M4KX.20261110203708@railsur.example>", "smtp.railsur.example")
    return message(hs, text(body, charset="iso-8859-15"))


@make.mail(N(45), family="personal_appointment", lang="es", interview=False, company=None,
           note="Cita previa de ITV del coche: hora fija, no entrevista", days=(("Fri", "2026-12-04"),))
def m45() -> bytes:
    body = t("""
        Estimado/a cliente:

        Le confirmamos su cita previa para la inspección técnica de su vehículo.

        Estación: ITV Cáceres - Polígono Las Capellanías
        Fecha: viernes 04/12/2026
        Hora: 08:50
        Matrícula: 4821 KZT

        Recuerde traer la documentación del vehículo. Si no puede acudir, anule la cita en
        https://citaprevia.itvextremadura.example

        ITV Extremadura
        """)
    hs = head("ITV Extremadura <citaprevia@itvextremadura.example>", "Cita previa ITV confirmada",
              "2026-12-01 20:11:42", MAD, "<cp-883301@itvextremadura.example>", "mail.itvextremadura.example")
    return message(hs, text(body, charset="windows-1252", cte="8bit"))


@make.mail(N(46), family="newsletter", lang="en", interview=False, company=None,
           note="Industry newsletter (features, an interview with a hotel CEO); nothing scheduled")
def m46() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;max-width:640px">
        <h1 style="font-size:22px">Heritage Travel Weekly</h1>
        <p><i>Thursday briefing</i></p>
        <h3>Overtourism levies spread to second-tier cities</h3>
        <p>Three more European cities will introduce visitor fees in 2027...</p>
        <h3>Interview: "Slow travel is not a niche any more"</h3>
        <p>We sat down with the chief executive of a Portuguese paradores-style group to talk about
        restoring convents as hotels...</p>
        <h3>Jobs board</h3>
        <p>12 new heritage and culture roles this week. <a href="https://htw.example/jobs">Browse</a></p>
        <p style="font-size:11px;color:#888">You're receiving this because you subscribed at htw.example.
        <a href="https://htw.example/unsub">Unsubscribe</a></p>
        </body></html>
        """)
    hs = head("Heritage Travel Weekly <briefing@htw.example>", "Overtourism levies spread; slow travel goes mainstream",
              "2026-11-19 07:00:00", "Europe/London", "<htw-2026-11-19@htw.example>", "mta.htw.example",
              extra=(("List-Unsubscribe", "<https://htw.example/unsub>"), ("Precedence", "bulk")))
    return message(hs, alt(text("Heritage Travel Weekly - Thursday briefing\n\nRead online: https://htw.example/2026-11-19\n"),
                           html(page)))


@make.mail(N(47), family="recruiter_outreach", lang="es", interview=False, company=None,
           note="Notificación de una red profesional: un reclutador quiere contactar; sin cita")
def m47() -> bytes:
    page = t("""
        <html><body style="font-family:Arial;font-size:14px">
        <p>Hola Inés,</p>
        <p><b>Iván Tejedor</b>, Responsable de Selección en una cadena hotelera, te ha enviado un mensaje:</p>
        <blockquote>«Hola Inés, he visto tu perfil y creo que podrías encajar en una posición de
        dirección de proyectos culturales que estamos abriendo en Salamanca. ¿Te apetece que lo
        hablemos?»</blockquote>
        <p><a href="https://www.profesionalia.example/mensajes/99120">Responder</a></p>
        <p style="font-size:11px;color:#999">Profesionalia · Puedes cambiar tus preferencias de notificación.</p>
        </body></html>
        """)
    hs = head("Profesionalia <mensajes@profesionalia.example>", "Iván Tejedor te ha enviado un mensaje",
              "2026-11-24 19:48:13", MAD, "<msg-99120.n@profesionalia.example>", "mx-out.profesionalia.example")
    return message(hs, html(page))


@make.mail(N(48), family="scheduling_link", lang="en", interview=False, company="Grand Tour Collective",
           note="Ashby self-scheduling request: pick a time, nothing booked yet")
def m48() -> bytes:
    body = t("""
        Hi Inés,

        Thanks for your application for Programme Manager, Iberia at Grand Tour Collective! We'd
        like to invite you to a 45-minute interview with Pieter de Graaf, our Head of Programmes.

        Please choose a time that works for you here:
        https://jobs.ashbyhq.com/grandtourcollective/interview/schedule/6b0e2c9d

        Slots are shown in your local time zone.

        Best,
        Grand Tour Collective Recruiting
        """)
    hs = head("Grand Tour Collective <no-reply@ashbyhq.com>",
              "Schedule your interview with Grand Tour Collective", "2026-11-26 10:02:11", "Europe/Amsterdam",
              "<0100019b1e2f3a4b-ashby-6b0e2c9d@email.amazonses.com>", "a8-31.smtp-out.amazonses.com")
    return message(hs, alt(text(body), html("<html><body><p>" + body.replace("\n\n", "</p><p>") + "</p></body></html>\n")))


@make.mail(N(49), family="personal", lang="es", interview=False, company=None,
           note="Amiga que propone/fija una cena el sábado: hora fija, no es una entrevista",
           days=(("Sat", "2026-12-12"),))
def m49() -> bytes:
    body = t("""
        ¡Inés!

        Ya tengo mesa para el sábado 12 a las 21:30 en el sitio de la plaza de San Juan, el de las
        migas. Somos seis. Y esta vez no vale escaquearse con lo de las entrevistas, que ya nos
        contarás qué tal todo.

        Besos,
        Carmen
        """)
    hs = head(addr("Carmen Aceituno", "carmen.aceituno@example.com"), "cena sábado!!", "2026-12-08 22:41:19", MAD,
              "<D9A8B7C6-5E4F-4A3B-9C2D-1E0F2A3B4C5D@example.com>", "smtp.example.com",
              extra=(("X-Mailer", "iPhone Mail (22B91)"),))
    return message(hs, text(body, cte="quoted-printable"))


@make.mail(N(50), family="personal_appointment", lang="es", interview=False, company=None,
           note="Cita previa en la oficina de empleo (renovación de la demanda): hora fija, no entrevista",
           days=(("Mon", "2026-09-07"),))
def m50() -> bytes:
    body = t("""
        CITA PREVIA CONFIRMADA

        Centro de Empleo Cáceres-Norte
        Trámite: Renovación de la demanda de empleo
        Día: lunes 07/09/2026
        Hora: 09:40
        Puesto de atención: 6

        Acuda con su DNI/NIE. Si no puede asistir, anule la cita para que otra persona pueda
        utilizarla.

        Este es un mensaje automático. Por favor, no responda.
        """)
    hs = head("Cita Previa Empleo <citaprevia@empleocaceres.example>", "Confirmación de cita previa",
              "2026-09-03 12:05:44", MAD, "<cp.20260903.771204@empleocaceres.example>", "smtp.empleocaceres.example")
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))
