"""blind238: a blind 50-mail held-out set, the inbox of Fernanda Ruiz, a quality data analyst at an
automotive plant in Puebla, Mexico (America/Mexico_City, UTC-6 all year), September-December 2026.

Written by a helper session without reading the detector, its tests or the other held-out mails.
Build and check:  python3 bench/heldout/make_blind.py blind238
"""

from __future__ import annotations

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
    received,
    t,
    text,
    utc,
)

ORDER = random.Random(2380238).sample(range(1, 51), 50)

ME = "fernanda.ruiz@example.org"
ME_NAME = "Fernanda Ruiz"
TO = addr(ME_NAME, ME)
MX = "America/Mexico_City"
MTY = "America/Monterrey"
LA = "America/Los_Angeles"
CHI = "America/Chicago"


def n(key: int) -> str:
    """The file name of the mail written key-th (keys 1-23 positives, 24-50 negatives)."""
    return f"blind238_{ORDER[key - 1]:03d}"


def rcv(host: str, when: str, zone: str, ident: str, lag: int = 3) -> str:
    return received(f"from {host} ({host} [198.51.100.{sum(map(ord, host)) % 250 + 2}])", when, zone,
                    f"mx.example.org with ESMTPS id {ident}", ME, lag)


VTZ_MX = """BEGIN:VTIMEZONE
TZID:America/Mexico_City
X-LIC-LOCATION:America/Mexico_City
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

VTZ_MTY = VTZ_MX.replace("America/Mexico_City", "America/Monterrey")

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

VTZ_WIN_MX = """BEGIN:VTIMEZONE
TZID:Central Standard Time (Mexico)
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
END:STANDARD
END:VTIMEZONE"""

VTZ_WIN_PAC = """BEGIN:VTIMEZONE
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


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 10:00", CHI), end=utc("2026-11-03 11:00", CHI),
      contact="kayla.brennan@prairiesensorworks.com", company="Prairie Sensorworks",
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone=CHI,
      note="Greenhouse scheduled notice sent Thu 29 Oct in CDT (-05:00); the interview is on Tue 3 Nov, "
           "after US DST ends on 1 Nov, so 10:00 CST = 16:00Z (the mail itself says Central and Mexico City "
           "share the clock that day). Contact = Reply-To coordinator, also the ICS ORGANIZER.")
def m01() -> bytes:
    when = "2026-10-29 11:12:40"
    body = t("""
        Hi Fernanda,

        Thanks for making time to speak with us! Your interview for Quality Data Analyst (Remote - LATAM)
        at Prairie Sensorworks has been scheduled.

        Interview: Technical Interview - SQL & SPC
        Date: Tuesday, November 3, 2026
        Time: 10:00 AM - 11:00 AM Central Time (US & Canada)
        Location: Google Meet - https://meet.google.com/pqx-rtda-kmw
        Interviewers: Owen Lindqvist (Manager, Plant Analytics), Priya Sandoval (Senior Quality Engineer)

        Heads-up: US daylight saving time ends on Sunday, November 1, so on the day of your interview
        Central Time and Mexico City are on the same clock - 10:00 AM for both of us.

        Please reply to this email if you need to make any changes.

        Best,
        Kayla Brennan
        Recruiting Coordinator, Prairie Sensorworks
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
        <p>Hi Fernanda,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Quality Data Analyst (Remote - LATAM)</b>
        at Prairie Sensorworks has been scheduled.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview:</b></td><td>Technical Interview - SQL &amp; SPC</td></tr>
        <tr><td><b>Date:</b></td><td>Tuesday, November 3, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:00 AM - 11:00 AM Central Time (US &amp; Canada)</td></tr>
        <tr><td><b>Location:</b></td><td><a href="https://meet.google.com/pqx-rtda-kmw">Google Meet</a></td></tr>
        <tr><td><b>Interviewers:</b></td><td>Owen Lindqvist (Manager, Plant Analytics)<br>Priya Sandoval (Senior Quality Engineer)</td></tr>
        </table>
        <p>Heads-up: US daylight saving time ends on Sunday, November 1, so on the day of your interview
        Central Time and Mexico City are on the same clock - 10:00 AM for both of us.</p>
        <p>Please reply to this email if you need to make any changes.</p>
        <p>Best,<br>Kayla Brennan<br>Recruiting Coordinator, Prairie Sensorworks</p>
        <img src="https://us.greenhouse-mail.io/o/eJwVjT0OwjAMRq9SeWZI2qRJu3EBdlYrjoMipU3V2.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = VTZ["America/Chicago"] + "\n"
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Greenhouse Software//Interview Scheduler//EN\nVERSION:2.0\n"
           "METHOD:REQUEST\n" + ics + t("""
        BEGIN:VEVENT
        UID:gh-interview-58820431@greenhouse.io
        DTSTAMP:20261029T161240Z
        DTSTART;TZID=America/Chicago:20261103T100000
        DTEND;TZID=America/Chicago:20261103T110000
        SUMMARY:Interview: Fernanda Ruiz - Quality Data Analyst (Remote - LATAM)
        LOCATION:https://meet.google.com/pqx-rtda-kmw
        ORGANIZER;CN=Kayla Brennan:mailto:kayla.brennan@prairiesensorworks.com
        ATTENDEE;CN=Fernanda Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:fernanda.ruiz@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """))
    return message([
        ("Received", rcv("o12.us.greenhouse-mail.io", when, CHI, "gH5tQ0aP1k")),
        ("From", addr("Prairie Sensorworks", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Kayla Brennan", "kayla.brennan@prairiesensorworks.com")),
        ("To", TO),
        ("Subject", "Interview Confirmation: Quality Data Analyst (Remote - LATAM) at Prairie Sensorworks"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<5f1c0a7e.6a1b9c0d2e3f.4a5b6c7d@us.greenhouse-mail.io>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(2), family="workday", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-17 11:00", MX), end=utc("2026-09-17 12:00", MX),
      contact="itzel.cortes@grupoatoyac.com.mx", company="Grupo Metalúrgico Atoyac",
      local="Thu 2026-09-17 11:00", local_end="2026-09-17 12:00", zone=MX,
      note="Workday notification from the tenant mailbox (HTML only, QP); 'jueves 17 de septiembre de 2026, "
           "de 11:00 a 12:00 hrs' in Puebla (UTC-6, no DST) = 17:00Z-18:00Z. Contact = the recruiter's "
           "address in the body (the sender is a system mailbox).")
def m02() -> bytes:
    when = "2026-09-11 13:05:22"
    page = t("""
        <!DOCTYPE html>
        <html lang="es"><head><meta charset="utf-8"><title>Invitación a entrevista</title></head>
        <body style="margin:0;background:#f2f4f7;font-family:'Segoe UI',Arial,sans-serif">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="600" style="background:#ffffff;margin:24px 0" cellpadding="24">
        <tr><td style="border-top:6px solid #0b3d6b">
        <img src="https://wd5.myworkdaysite.com/grupoatoyac/assets/logo.png" alt="Grupo Metalúrgico Atoyac" height="40">
        <p>Estimada Fernanda Ruiz:</p>
        <p>Le agradecemos su interés en la vacante <b>Analista de Datos de Calidad (REQ-24817)</b>.
        Nos complace confirmarle su entrevista presencial con el área de Calidad:</p>
        <table role="presentation" cellpadding="6" style="background:#eef3f8;border-radius:4px">
        <tr><td><b>Fecha</b></td><td>jueves 17 de septiembre de 2026</td></tr>
        <tr><td><b>Horario</b></td><td>de 11:00 a 12:00 hrs (hora del centro de México)</td></tr>
        <tr><td><b>Lugar</b></td><td>Planta Cuautlancingo, Av. Fundidores 118, recepción de Recursos Humanos</td></tr>
        <tr><td><b>Entrevistadores</b></td><td>Ing. Salvador Pineda (Gerente de Calidad) y Lic. Itzel Cortés Mena (Talento)</td></tr>
        </table>
        <p>Le pedimos presentarse 15 minutos antes con identificación oficial. Por políticas de seguridad
        de planta, no se permite el acceso con sandalias ni tacones.</p>
        <p>Para cualquier duda sobre su entrevista, comuníquese con Lic. Itzel Cortés Mena
        (<a href="mailto:itzel.cortes@grupoatoyac.com.mx">itzel.cortes@grupoatoyac.com.mx</a>, 222 555 0148 ext. 2210).</p>
        <p>Puede consultar el estado de su postulación en el
        <a href="https://wd5.myworkdaysite.com/recruiting/grupoatoyac/Carreras/userHome">Portal de Candidatos</a>.</p>
        <p>Atentamente,<br>Atracción de Talento<br>Grupo Metalúrgico Atoyac</p>
        <p style="font-size:11px;color:#777">Este mensaje fue generado automáticamente; por favor no responda
        a este correo.</p>
        </td></tr></table></td></tr></table>
        </body></html>
        """)
    return message([
        ("Received", rcv("wd5-mta03.myworkday.com", when, MX, "wD0kq7ZtY3")),
        ("From", addr("Grupo Metalúrgico Atoyac", "grupoatoyac@myworkday.com")),
        ("To", TO),
        ("Subject", enc("Invitación a entrevista – Analista de Datos de Calidad (REQ-24817)")),
        ("Date", date(when, MX)),
        ("Message-ID", "<1387455091.40213.1789153522771@wd5-mta03.myworkday.com>"),
    ], html(page))


@mail(n(3), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-22 08:30", MX), contact="rbaez@troquelesvalle.mx",
      company="Troqueles del Valle de Puebla", local="Tue 2026-09-22 08:30", zone=MX,
      note="Hiring manager's plain mail sent Mon 21 Sep 07:52 -06:00: 'mañana temprano, 8:30' = Tue 22 Sep "
           "08:30 Puebla = 14:30Z. 'calcula un par de horas' is approximate, so end null. Contact = the "
           "human sender.")
def m03() -> bytes:
    when = "2026-09-21 07:52:09"
    body = t("""
        Fernanda, buen día.

        Como lo platicamos el viernes por teléfono, te espero mañana temprano, 8:30, en la caseta de
        vigilancia de la planta (Parque Industrial Finsa, nave 4, sobre la autopista). Pide por mí en
        la entrada y ya te pasan.

        La entrevista es con Gerardo Luna (gerente de calidad) y conmigo. Trae tu INE y zapato de
        seguridad porque vamos a hacer recorrido por la línea de estampado, y si puedes trae impreso
        algún ejemplo de tablero que hayas hecho (sin datos confidenciales, claro). Calcula un par de
        horas.

        Cualquier cosa me marcas al 222 118 4470.

        Saludos,
        Rodrigo Báez
        Jefe de Ingeniería de Procesos
        Troqueles del Valle de Puebla, S.A. de C.V.
        """)
    return message([
        ("Received", rcv("mail.troquelesvalle.mx", when, MX, "tV8ab3Lq0m")),
        ("From", addr("Rodrigo Báez", "rbaez@troquelesvalle.mx")),
        ("To", TO),
        ("Subject", "Entrevista en planta"),
        ("Date", date(when, MX)),
        ("Message-ID", "<20260921135209.7Q2A1@mail.troquelesvalle.mx>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, cte="8bit"))


@mail(n(4), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-14 17:00", LA), end=utc("2026-10-14 17:45", LA),
      contact="maddie.okafor@cascadiarobotics.com", company="Cascadia Robotics",
      local="Wed 2026-10-14 17:00", local_end="2026-10-14 17:45", zone=LA,
      note="Lever confirmation: 'Wednesday, October 14, 2026, 5:00 PM - 5:45 PM PDT' (UTC-7) = "
           "2026-10-15T00:00Z-00:45Z, i.e. the next day in UTC; the body adds 6:00 PM in Mexico City. "
           "Contact = Reply-To recruiter.")
def m04() -> bytes:
    when = "2026-10-08 15:40:51"
    body = t("""
        Hi Fernanda,

        Your interview with Cascadia Robotics is confirmed. Here are the details:

        Hiring Manager Interview - Manufacturing Data Analyst
        Wednesday, October 14, 2026, 5:00 PM - 5:45 PM PDT
        (that's 6:00 PM - 6:45 PM in Mexico City)

        Video call: https://zoom.us/j/93318720455?pwd=cRb0dHVrT2xnZz09
        You'll meet with: Grant Whitfield, Director of Manufacturing Systems

        If you have any questions or need to reschedule, just reply to this email.

        Looking forward to it,
        Maddie Okafor
        Talent Partner | Cascadia Robotics

        --
        Sent via Lever
        """)
    page = t("""
        <div style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;color:#333">
        <p>Hi Fernanda,</p>
        <p>Your interview with Cascadia Robotics is confirmed. Here are the details:</p>
        <div style="border:1px solid #e3e3e3;border-radius:6px;padding:12px 16px">
        <div style="font-weight:600">Hiring Manager Interview - Manufacturing Data Analyst</div>
        <div>Wednesday, October 14, 2026, 5:00 PM - 5:45 PM PDT</div>
        <div style="color:#777">(that's 6:00 PM - 6:45 PM in Mexico City)</div>
        <div>Video call: <a href="https://zoom.us/j/93318720455?pwd=cRb0dHVrT2xnZz09">zoom.us/j/93318720455</a></div>
        <div>You'll meet with: Grant Whitfield, Director of Manufacturing Systems</div>
        </div>
        <p>If you have any questions or need to reschedule, just reply to this email.</p>
        <p>Looking forward to it,<br>Maddie Okafor<br>Talent Partner | Cascadia Robotics</p>
        <p style="color:#aaa;font-size:12px">Sent via <a href="https://www.lever.co">Lever</a></p>
        </div>
        """)
    return message([
        ("Received", rcv("mail-a12.hire.lever.co", when, LA, "lV3Pd9sK2w")),
        ("From", addr("Maddie Okafor (via Lever)", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Maddie Okafor", "maddie.okafor@cascadiarobotics.com")),
        ("To", TO),
        ("Subject", "Interview confirmed: Cascadia Robotics - Manufacturing Data Analyst"),
        ("Date", date(when, LA)),
        ("Message-ID", "<0100019270a1c3f4-7d2e8b10-0c55-4b7a-9e13-2f6a0d81c5e9-000000@email.hire.lever.co>"),
    ], alt(text(body, cte="7bit"), html(page)))


@mail(n(5), family="ashby", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-10-06 13:00", MTY), end=utc("2026-10-06 13:45", MTY),
      contact="sofia.garza@rutanorte.mx", company="Ruta Norte",
      local="Tue 2026-10-06 13:00", local_end="2026-10-06 13:45", zone=MTY,
      note="Ashby reprogramación in Spanish: previous slot lun 5 oct 10:00, new slot 'martes 6 de octubre de "
           "2026, 13:00 – 13:45' Monterrey time (UTC-6, no DST) = 19:00Z-19:45Z; ICS SEQUENCE:1 with "
           "TZID America/Monterrey agrees. Contact = Reply-To recruiter.")
def m05() -> bytes:
    when = "2026-10-01 16:20:33"
    body = t("""
        Hola Fernanda:

        Tu entrevista con Ruta Norte ha sido reprogramada.

        Antes:  lunes 5 de octubre de 2026, 10:00 – 10:45 (hora de Monterrey)
        Ahora:  martes 6 de octubre de 2026, 13:00 – 13:45 (hora de Monterrey)

        Entrevista: Caso práctico – Analista de Datos (Operaciones)
        Con: Héctor Villarreal, Líder de Analítica
        Lugar: Google Meet (el enlace está en la invitación adjunta)

        ¿Dudas? Responde a este correo y le llegará a Sofía Garza Treviño.

        Saludos,
        Equipo de Talento de Ruta Norte
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="es"><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1f2328">
        <p>Hola Fernanda:</p>
        <p>Tu entrevista con Ruta Norte ha sido <b>reprogramada</b>.</p>
        <p style="color:#8c959f"><s>lunes 5 de octubre de 2026, 10:00 – 10:45 (hora de Monterrey)</s></p>
        <p><b>martes 6 de octubre de 2026, 13:00 – 13:45 (hora de Monterrey)</b></p>
        <p>Caso práctico – Analista de Datos (Operaciones)<br>Con: Héctor Villarreal, Líder de Analítica<br>
        Google Meet (el enlace está en la invitación adjunta)</p>
        <p>¿Dudas? Responde a este correo y le llegará a Sofía Garza Treviño.</p>
        <p>Saludos,<br>Equipo de Talento de Ruta Norte</p>
        <p style="font-size:11px;color:#8c959f">Powered by Ashby</p>
        </body></html>
        """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Ashby//Ashby Scheduling//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
           "METHOD:REQUEST\n" + VTZ_MTY + "\n" + t("""
        BEGIN:VEVENT
        UID:2b9f61c4-7a0e-4f3d-b1c2-5e8d9a0f7c31
        DTSTAMP:20261001T222033Z
        DTSTART;TZID=America/Monterrey:20261006T130000
        DTEND;TZID=America/Monterrey:20261006T134500
        SEQUENCE:1
        SUMMARY:Ruta Norte – Caso práctico (Fernanda Ruiz)
        LOCATION:https://meet.google.com/hvd-ncxa-tro
        ORGANIZER;CN=Sofía Garza Treviño:mailto:sofia.garza@rutanorte.mx
        ATTENDEE;CN=Fernanda Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:fernanda.ruiz@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """))
    return message([
        ("Received", rcv("mail.ashbyhq.com", when, MTY, "aS6hY2b0Xe")),
        ("From", addr("Ruta Norte", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Sofía Garza Treviño", "sofia.garza@rutanorte.mx")),
        ("To", TO),
        ("Subject", enc("Entrevista reprogramada: Analista de Datos (Operaciones) – Ruta Norte")),
        ("Date", date(when, MTY)),
        ("Message-ID", "<010001924a7be1c2-3fd0a8e6-91b2-4c0e-a7d3-6b2e5f1c9d40-000000@email.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(6), family="smartrecruiters", lang="es", interview=True, kind="scheduled",
      start=utc("2026-12-09 16:00", MX), end=utc("2026-12-09 17:00", MX),
      contact="monica.ledesma@aeroestructurasbajio.com", company="Aeroestructuras del Bajío",
      local="Wed 2026-12-09 16:00", local_end="2026-12-09 17:00", zone=MX,
      note="SmartRecruiters mail with the recruiter's own message: 'mié 9 de diciembre (9/12, día/mes) a las "
           "4 de la tarde', 'duración: 60 minutos', Querétaro = Mexico City time (UTC-6) = 22:00Z-23:00Z. "
           "Contact = the recruiter's address in her signature.")
def m06() -> bytes:
    when = "2026-12-03 10:15:47"
    body = t("""
        Aeroestructuras del Bajío te ha enviado un mensaje sobre tu solicitud para
        Analista de Calidad y Datos de Proceso (Querétaro)

        ------------------------------------------------------------
        Hola Fernanda,

        ¡Gracias por confirmar! Te dejo los datos de la entrevista con el gerente de planta:

        Fecha: mié 9 de diciembre (9/12)
        Hora: a las 4 de la tarde, hora de Querétaro
        Duración: 60 minutos
        Modalidad: videollamada por Microsoft Teams (te llega la liga un día antes)
        Entrevistador: Ing. Tomás Arriaga, Gerente de Planta

        Si se te complica algo, escríbeme directo a monica.ledesma@aeroestructurasbajio.com.

        Saludos,
        Mónica Ledesma
        Reclutamiento | Aeroestructuras del Bajío
        ------------------------------------------------------------

        Ver la conversación: https://jobs.smartrecruiters.com/candidate-portal/messages/8d1f3a0c
        No respondas a este correo; para contestar usa el portal de candidatos.
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;color:#2b2b2b;font-size:14px">
        <p style="color:#666">Aeroestructuras del Bajío te ha enviado un mensaje sobre tu solicitud para
        <b>Analista de Calidad y Datos de Proceso (Querétaro)</b></p>
        <div style="border-left:3px solid #2d9cdb;padding:8px 14px;background:#f7fbfe">
        <p>Hola Fernanda,</p>
        <p>¡Gracias por confirmar! Te dejo los datos de la entrevista con el gerente de planta:</p>
        <p>Fecha: mié 9 de diciembre (9/12)<br>Hora: a las 4 de la tarde, hora de Querétaro<br>
        Duración: 60 minutos<br>Modalidad: videollamada por Microsoft Teams (te llega la liga un día antes)<br>
        Entrevistador: Ing. Tomás Arriaga, Gerente de Planta</p>
        <p>Si se te complica algo, escríbeme directo a
        <a href="mailto:monica.ledesma@aeroestructurasbajio.com">monica.ledesma@aeroestructurasbajio.com</a>.</p>
        <p>Saludos,<br>Mónica Ledesma<br>Reclutamiento | Aeroestructuras del Bajío</p>
        </div>
        <p><a href="https://jobs.smartrecruiters.com/candidate-portal/messages/8d1f3a0c">Ver la conversación</a></p>
        <p style="font-size:11px;color:#999">No respondas a este correo; para contestar usa el portal de candidatos.<br>
        SmartRecruiters Inc., 225 Bush Street, San Francisco, CA</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mta-07.smartrecruiters.com", when, MX, "sR1mN4vB8c")),
        ("From", addr("Aeroestructuras del Bajío", "no-reply@smartrecruiters.com")),
        ("To", TO),
        ("Subject", enc("Nuevo mensaje de Aeroestructuras del Bajío")),
        ("Date", date(when, MX)),
        ("Message-ID", "<sr.msg.8d1f3a0c.1796314547@smartrecruiters.com>"),
    ], alt(text(body), html(page)))


@mail(n(7), family="exchange_teams", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-10 12:00", MX), end=utc("2026-11-10 13:00", MX),
      contact="alvillasenor@teo-electronica.com.mx", company="Tecnologías Electrónicas de Occidente",
      local="Tue 2026-11-10 12:00", local_end="2026-11-10 13:00", zone=MX,
      note="Exchange meeting request whose body has no time at all (only 'te envío la invitación' and the "
           "Teams block); the time is only in the ICS: DTSTART;TZID=\"Central Standard Time (Mexico)\" "
           "20261110T120000 = 18:00Z, DTEND 13:00. Guadalajara company. Contact = the organizer/sender.")
def m07() -> bytes:
    when = "2026-11-04 09:31:15"
    body = t("""
        Hola Fernanda, te envío la invitación para la entrevista técnica con el equipo de Ingeniería de
        Calidad. Por favor confirma de recibido.

        Saludos,
        Ana Lucía

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse desde el equipo, la aplicación o dispositivo móvil
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2ZTcxY2Et%40thread.v2/0>
        Id. de la reunión: 291 448 730 115
        Código de acceso: Xb7kT2
        Descargar Teams<https://www.microsoft.com/microsoft-teams/download-app> | Unirse en la Web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           + VTZ_WIN_MX + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Ana Lucía Villaseñor Guzmán:mailto:alvillasenor@teo-electronica.com.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fernanda.ruiz@example.org:mailto:fernanda.ruiz@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Julio César Orozco:mailto:jcorozco@teo-electronica.com.mx
        DESCRIPTION;LANGUAGE=es-MX:Hola Fernanda\\, te envío la invitación para la entrevista técnica con el equipo de Ingeniería de Calidad. Por favor confirma de recibido.\\n\\nSaludos\\,\\nAna Lucía\\n
        UID:040000008200E00074C5B7101A82E0080000000030A1C6E5B16CDB01000000000000000010000000A4E2
        SUMMARY;LANGUAGE=es-MX:Entrevista técnica – Analista de Datos de Calidad (F. Ruiz)
        DTSTART;TZID=Central Standard Time (Mexico):20261110T120000
        DTEND;TZID=Central Standard Time (Mexico):20261110T130000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261104T153115Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-MX:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2120934118
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
        """))
    return message([
        ("Received", rcv("MN2PR11MB4567.namprd11.prod.outlook.com", when, MX, "15.20.7762.27")),
        ("From", addr("Ana Lucía Villaseñor Guzmán", "alvillasenor@teo-electronica.com.mx")),
        ("To", addr(None, ME)),
        ("CC", addr("Julio César Orozco", "jcorozco@teo-electronica.com.mx")),
        ("Subject", enc("Entrevista técnica – Analista de Datos de Calidad (F. Ruiz)")),
        ("Thread-Topic", enc("Entrevista técnica – Analista de Datos de Calidad (F. Ruiz)")),
        ("Date", date(when, MX)),
        ("Message-ID", "<MN2PR11MB45671B2F0C9D3E8A77F1A2C4D9A42@MN2PR11MB4567.namprd11.prod.outlook.com>"),
        ("Content-Language", "es-MX"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), calendar(ics, cte="base64")))


@mail(n(8), family="google_calendar", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-05 08:00", LA), end=utc("2026-11-05 09:00", LA),
      contact="derek.huang@sierravistamotors.com", company="Sierra Vista Motors",
      local="Thu 2026-11-05 08:00", local_end="2026-11-05 09:00", zone=LA,
      note="Google Calendar 'Updated invitation' sent Mon 26 Oct (PDT); moved from Wed 10/28 9am PDT to "
           "Thu Nov 5 8am-9am PST (after US DST ends on 1 Nov, UTC-8) = 16:00Z-17:00Z; ICS SEQUENCE:2 "
           "agrees. Contact = ORGANIZER.")
def m08() -> bytes:
    when = "2026-10-26 14:03:18"
    desc = ("Hi Fernanda - moving this from Wed 10/28 9am to Thu 11/5 since I'm on a supplier visit that week. "
            "Heads-up that our clocks change on Nov 1, so 8am Pacific will be 10am for you in Puebla. -Derek")
    body = t(f"""
        This event has been changed.

        Fernanda Ruiz <> Sierra Vista Motors - Hiring Manager Interview
        When
        CHANGED: Thursday Nov 5, 2026 ⋅ 8am – 9am (Pacific Time - Los Angeles)

        Joining info
        Join with Google Meet
        meet.google.com/wkr-pzdt-ubc

        Organizer
        Derek Huang
        derek.huang@sierravistamotors.com

        Guests
        Derek Huang - organizer
        fernanda.ruiz@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NnFzM2I4MGo

        {desc}

        Reply for fernanda.ruiz@example.org
        Yes  No  Maybe  More options https://calendar.google.com/calendar/event?action=RESPOND&eid=NnFzM2I4MGo

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future
        updates for this event, decline this event.
        """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
           "METHOD:REQUEST\n" + VTZ_LA + "\n" + t(f"""
        BEGIN:VEVENT
        DTSTART;TZID=America/Los_Angeles:20261105T080000
        DTEND;TZID=America/Los_Angeles:20261105T090000
        DTSTAMP:20261026T210318Z
        ORGANIZER;CN=Derek Huang:mailto:derek.huang@sierravistamotors.com
        UID:6qs3b80j1r7m2c9e4k5d0t8v@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Derek Huang;X-NUM-GUESTS=0:mailto:derek.huang@sierravistamotors.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fernanda.ruiz@example.org;X-NUM-GUESTS=0:mailto:fernanda.ruiz@example.org
        CREATED:20261016T180211Z
        DESCRIPTION:{desc.replace(',', chr(92) + ',')}
        LAST-MODIFIED:20261026T210317Z
        LOCATION:
        SEQUENCE:2
        STATUS:CONFIRMED
        SUMMARY:Fernanda Ruiz <> Sierra Vista Motors - Hiring Manager Interview
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """))
    return message([
        ("Received", rcv("mail-sor-f69.google.com", when, LA, "gC7rT1mQ5z")),
        ("From", addr("Derek Huang", "derek.huang@sierravistamotors.com")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", addr(None, ME)),
        ("Subject", "Updated invitation: Fernanda Ruiz <> Sierra Vista Motors - Hiring Manager Interview "
                    "@ Thu Nov 5, 2026 8am - 9am (PST) (fernanda.ruiz@example.org)"),
        ("Date", date(when, LA)),
        ("Message-ID", "<calendar-6b1e0f27-55d1-4e0b-8c12-9a3e7d5f2b64@google.com>"),
    ], mixed(alt(text(body), html(gmail_html(body)), calendar(ics)),
             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(9), family="calendly", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-19 10:30", MX), end=utc("2026-10-19 11:00", MX),
      contact="daniela.ortega@metricaindustrial.mx", company="Métrica Industrial Consultores",
      local="Mon 2026-10-19 10:30", local_end="2026-10-19 11:00", zone=MX,
      note="Calendly invitee confirmation in Spanish: '10:30 - 11:00, lunes, 19 de octubre de 2026 (Hora "
           "central - Ciudad de México)' = 16:30Z-17:00Z; the ICS writes UTC (…Z). Contact = Reply-To host.")
def m09() -> bytes:
    when = "2026-10-14 18:22:05"
    body = t("""
        Hola Fernanda Ruiz:

        Se ha programado un nuevo evento.

        Evento:
        Entrevista inicial – Analista de Datos (30 min)

        Fecha/hora del evento:
        10:30 - 11:00, lunes, 19 de octubre de 2026 (Hora central - Ciudad de México)

        Ubicación:
        Daniela te llamará por Google Meet: https://meet.google.com/qfa-bnmt-yke

        Preguntas:
        ¿Cuántos años de experiencia tienes con Minitab o JMP?
        6 años (Minitab), 2 años (JMP)

        Anfitrión: Daniela Ortega

        Cancelar: https://calendly.com/cancellations/5c0e8f2a-1d3b-4a7e-9f61-0b2c4d6e8a17
        Reprogramar: https://calendly.com/reschedulings/5c0e8f2a-1d3b-4a7e-9f61-0b2c4d6e8a17

        Con tecnología de Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;color:#1a1a1a">
        <p>Hola Fernanda Ruiz:</p>
        <p>Se ha programado un nuevo evento.</p>
        <p><b>Evento:</b><br>Entrevista inicial – Analista de Datos (30 min)</p>
        <p><b>Fecha/hora del evento:</b><br>10:30 - 11:00, lunes, 19 de octubre de 2026 (Hora central - Ciudad de México)</p>
        <p><b>Ubicación:</b><br>Daniela te llamará por Google Meet: <a href="https://meet.google.com/qfa-bnmt-yke">meet.google.com/qfa-bnmt-yke</a></p>
        <p><b>Preguntas:</b><br>¿Cuántos años de experiencia tienes con Minitab o JMP?<br>6 años (Minitab), 2 años (JMP)</p>
        <p><b>Anfitrión:</b> Daniela Ortega</p>
        <p><a href="https://calendly.com/cancellations/5c0e8f2a-1d3b-4a7e-9f61-0b2c4d6e8a17">Cancelar</a> |
        <a href="https://calendly.com/reschedulings/5c0e8f2a-1d3b-4a7e-9f61-0b2c4d6e8a17">Reprogramar</a></p>
        <p style="font-size:12px;color:#666">Con tecnología de <a href="https://calendly.com">Calendly.com</a></p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTAMP:20261015T002205Z
        UID:5c0e8f2a-1d3b-4a7e-9f61-0b2c4d6e8a17@calendly.com
        DTSTART:20261019T163000Z
        DTEND:20261019T170000Z
        SUMMARY:Entrevista inicial – Analista de Datos (30 min) entre Daniela Ortega y Fernanda Ruiz
        ORGANIZER;CN=Daniela Ortega:mailto:daniela.ortega@metricaindustrial.mx
        ATTENDEE;CN=Fernanda Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:fernanda.ruiz@example.org
        LOCATION:https://meet.google.com/qfa-bnmt-yke
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", rcv("o1.ptr4410.calendly.com", when, MX, "cL2yD8nE5o")),
        ("From", addr("Calendly", "no-reply@calendly.com")),
        ("Reply-To", addr("Daniela Ortega", "daniela.ortega@metricaindustrial.mx")),
        ("To", TO),
        ("Subject", enc("Confirmado: Entrevista inicial – Analista de Datos (30 min) con Daniela Ortega "
                        "el lunes, 19 de octubre de 2026")),
        ("Date", date(when, MX)),
        ("Message-ID", "<5c0e8f2a1d3b4a7e.invitee.1792023725@calendly.com>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(10), family="personio", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-29 09:00", MX), end=utc("2026-10-29 10:00", MX),
      contact="paola.herrera@brandauer-at.com.mx", company="Brandauer Antriebstechnik México",
      local="Thu 2026-10-29 09:00", local_end="2026-10-29 10:00", zone=MX,
      note="Personio invitation from a German company's Puebla plant, sent Thu 22 Oct from Germany (CEST). "
           "'jueves 29 de octubre, de 9:00 a 10:00 hrs (hora de Puebla)' = 15:00Z-16:00Z; the German "
           "colleagues' '16:00–17:00 Uhr (MEZ)' is the same instant because Germany is back on CET (UTC+1) "
           "from 25 Oct; the ICS (TZID Europe/Berlin 16:00) agrees. Contact = Reply-To HR business partner.")
def m10() -> bytes:
    when = "2026-10-22 17:40:12"
    body = t("""
        Hola Fernanda:

        Muchas gracias por tu interés en la posición de Analista de Datos de Calidad en nuestra planta
        de Huejotzingo. Nos da gusto invitarte a la segunda entrevista, que será con el equipo de
        Calidad en México y con nuestra área de Calidad Corporativa en Schweinfurt, Alemania:

        Fecha: jueves 29 de octubre de 2026
        Hora: de 9:00 a 10:00 hrs (hora de Puebla)
              para los colegas en Alemania: 16:00-17:00 Uhr (MEZ)
        Formato: videollamada por Microsoft Teams (ver invitación adjunta)
        Participantes: Jens Hartl (Leiter Qualitätsdaten, Schweinfurt), Ing. Marco Tlapale (Gerente de
        Calidad, Huejotzingo) y yo.

        Ojo: en Alemania termina el horario de verano el 25 de octubre, por eso la diferencia con
        México ese día es de 7 horas y no de 8.

        La entrevista será en español e inglés; no hace falta que hables alemán.

        Saludos cordiales,
        Paola Herrera
        HR Business Partner
        Brandauer Antriebstechnik México, S. de R.L. de C.V.
        Huejotzingo, Puebla
        """)
    page = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">"
            + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
            + "<p style=\"font-size:11px;color:#888\">Gesendet über Personio</p></body></html>\n")
    ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Personio GmbH//Personio Recruiting//DE\nMETHOD:REQUEST\n"
           + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:personio-interview-3318842-117@personio.de
        DTSTAMP:20261022T154012Z
        DTSTART;TZID=Europe/Berlin:20261029T160000
        DTEND;TZID=Europe/Berlin:20261029T170000
        SUMMARY:Entrevista / Interview: Fernanda Ruiz – Analista de Datos de Calidad
        ORGANIZER;CN=Paola Herrera:mailto:paola.herrera@brandauer-at.com.mx
        ATTENDEE;CN=Fernanda Ruiz;RSVP=TRUE:mailto:fernanda.ruiz@example.org
        LOCATION:Microsoft Teams
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """))
    return message([
        ("Received", rcv("mail-out-3.personio.de", when, "Europe/Berlin", "pE9rS2oN4i")),
        ("From", addr("Brandauer Antriebstechnik México", "noreply@mail.personio.de")),
        ("Reply-To", addr("Paola Herrera", "paola.herrera@brandauer-at.com.mx")),
        ("To", TO),
        ("Subject", enc("Invitación a entrevista – Analista de Datos de Calidad (Huejotzingo)")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<20261022154012.3318842.117@mail.personio.de>"),
    ], mixed(alt(text(body, charset="iso-8859-15"), html(page)),
             calendar(ics, filename="Interview.ics", disposition="attachment", cte="base64")))


@mail(n(11), family="teamtailor", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-25 12:00", MX), end=utc("2026-09-25 12:45", MX),
      contact="valeria.soto@nopalanalytics.mx", company="Nopal Analytics",
      local="Fri 2026-09-25 12:00", local_end="2026-09-25 12:45", zone=MX,
      note="Teamtailor confirmation 'viernes 25 de septiembre · 12:00 – 12:45 (GMT-6)' = 18:00Z-18:45Z "
           "(Guadalajara company). Reply-To is a Teamtailor relay, so contact = the interviewer's address "
           "in the body.")
def m11() -> bytes:
    when = "2026-09-18 17:30:44"
    body = t("""
        ¡Hola Fernanda!

        Tu entrevista está confirmada 🎉

        Entrevista con Nopal Analytics – Data Analyst, Manufactura (Híbrido Guadalajara)
        viernes 25 de septiembre · 12:00 – 12:45 (GMT-6)
        Videollamada: https://app.teamtailor.com/meetings/j/7Hq2xWc

        Tu entrevistadora: Valeria Soto, Head of Data (valeria.soto@nopalanalytics.mx)

        Si necesitas cambiar la hora, responde a este correo.

        ¡Nos vemos pronto!
        El equipo de Nopal Analytics
        """)
    page = t("""
        <!doctype html>
        <html><head><meta charset="utf-8"></head>
        <body style="background:#f6f6f6;font-family:Helvetica,Arial,sans-serif">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:28px;border-radius:8px">
        <h2 style="margin-top:0">¡Hola Fernanda!</h2>
        <p>Tu entrevista está confirmada 🎉</p>
        <div style="background:#f0eefe;border-radius:6px;padding:14px">
        <b>Entrevista con Nopal Analytics – Data Analyst, Manufactura (Híbrido Guadalajara)</b><br>
        viernes 25 de septiembre · 12:00 – 12:45 (GMT-6)<br>
        <a href="https://app.teamtailor.com/meetings/j/7Hq2xWc">Unirse a la videollamada</a>
        </div>
        <p>Tu entrevistadora: Valeria Soto, Head of Data
        (<a href="mailto:valeria.soto@nopalanalytics.mx">valeria.soto@nopalanalytics.mx</a>)</p>
        <p>Si necesitas cambiar la hora, responde a este correo.</p>
        <p>¡Nos vemos pronto!<br>El equipo de Nopal Analytics</p>
        <p style="font-size:11px;color:#999">Enviado con Teamtailor</p>
        </div></body></html>
        """)
    return message([
        ("Received", rcv("mail.teamtailor-mail.com", when, MX, "tT4lR0aI7r")),
        ("From", addr("Nopal Analytics", "no-reply@teamtailor-mail.com")),
        ("Reply-To", "nopal-analytics+c8f2a1d07b@inbound.teamtailor-mail.com"),
        ("To", TO),
        ("Subject", enc("Entrevista confirmada: Data Analyst, Manufactura – Nopal Analytics")),
        ("Date", date(when, MX)),
        ("Message-ID", "<66eb6d4c8a2f1_3b7e2c9d104857@teamtailor-mail.com>"),
    ], alt(text(body), html(page)))


@mail(n(12), family="workable", lang="es", interview=True, kind="cancelled",
      start=utc("2026-11-17 10:00", MX), end=utc("2026-11-17 10:45", MX),
      contact="arturo.campos@polimeroscentro.mx", company="Polímeros del Centro",
      local="Tue 2026-11-17 10:00", local_end="2026-11-17 10:45", zone=MX,
      note="Workable cancellation with METHOD:CANCEL ICS: 'martes 17 de noviembre, de 10:00 a 10:45 (hora del "
           "centro)' = 16:00Z-16:45Z, no new time (vacancy on hold). Reply-To is a Workable relay; contact "
           "= the recruiter's address in the body.")
def m12() -> bytes:
    when = "2026-11-12 12:48:30"
    body = t("""
        Hola Fernanda,

        Lamentamos informarte que la entrevista programada para el martes 17 de noviembre, de 10:00 a
        10:45 (hora del centro), para la posición de Analista de Calidad – Datos SPC ha sido cancelada.

        La vacante quedó en pausa por una reestructura del área. Si se reabre en los próximos meses te
        contactaremos primero a ti. Una disculpa por las molestias.

        Cualquier duda puedes escribir a Arturo Campos (arturo.campos@polimeroscentro.mx).

        Saludos,
        Polímeros del Centro
        """)
    page = ("<html><body style=\"font-family:Roboto,Arial,sans-serif\">"
            + "".join(f"<p>{p.replace(chr(10), ' ')}</p>" for p in body.strip().split("\n\n"))
            + "<p style=\"color:#aaa;font-size:11px\">Powered by Workable</p></body></html>\n")
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Workable//Workable Calendar//EN\nVERSION:2.0\nMETHOD:CANCEL\n"
           + VTZ_MX + "\n" + t("""
        BEGIN:VEVENT
        UID:workable-event-9a81c7e2f0@workable.com
        DTSTAMP:20261112T184830Z
        DTSTART;TZID=America/Mexico_City:20261117T100000
        DTEND;TZID=America/Mexico_City:20261117T104500
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Entrevista: Fernanda Ruiz – Analista de Calidad – Datos SPC
        ORGANIZER;CN=Polímeros del Centro:mailto:polimeros-del-centro+e7a1c@candidates.workablemail.com
        ATTENDEE;CN=Fernanda Ruiz:mailto:fernanda.ruiz@example.org
        END:VEVENT
        END:VCALENDAR
        """))
    return message([
        ("Received", rcv("mail.workablemail.com", when, MX, "wK3bL7eA1m")),
        ("From", addr("Polímeros del Centro", "noreply@candidates.workablemail.com")),
        ("Reply-To", "polimeros-del-centro+e7a1c@candidates.workablemail.com"),
        ("To", TO),
        ("Subject", enc("Entrevista cancelada: Analista de Calidad – Datos SPC")),
        ("Date", date(when, MX)),
        ("Message-ID", "<5e8c1a2b3d4f.9a81c7e2f0@candidates.workablemail.com>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment",
                      cte="quoted-printable")))


@mail(n(13), family="icims", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-20 14:00", CHI), contact="lauren.whitcomb@brazosdrivetrain.com",
      company="Brazos Drivetrain Components", local="Tue 2026-10-20 14:00", zone=CHI,
      note="iCIMS HTML-only (iso-8859-1, QP) mail from a San Antonio company: 'Tuesday, 10/20/2026 at 2:00 "
           "PM Central Time' (CDT, UTC-5, before 1 Nov) = 19:00Z, which is 1:00 PM in Puebla; 'approximately "
           "45 minutes' -> end null. Contact = recruiter's address in the body.")
def m13() -> bytes:
    when = "2026-10-14 09:44:10"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body><font face="Arial" size="2">
        <p>Dear Fernanda,</p>
        <p>Thank you for your interest in the <b>Quality Data Analyst - Apodaca Plant (Req #2026-4471)</b>
        position with Brazos Drivetrain Components.</p>
        <p>This email confirms your virtual interview:</p>
        <p><b>Date:</b> Tuesday, 10/20/2026<br>
        <b>Time:</b> 2:00 PM Central Time<br>
        <b>Format:</b> Microsoft Teams (link to follow from the interviewer)<br>
        <b>Interviewers:</b> Ray Castañeda, Plant Quality Manager; Lauren Whitcomb, Talent Acquisition</p>
        <p>The interview will last approximately 45 minutes. Please have a copy of your résumé available.</p>
        <p>Should you have any questions, please contact Lauren Whitcomb at
        <a href="mailto:lauren.whitcomb@brazosdrivetrain.com">lauren.whitcomb@brazosdrivetrain.com</a>.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Brazos Drivetrain Components</p>
        <p><font size="1" color="#808080">This message was sent by iCIMS on behalf of Brazos Drivetrain
        Components. Please do not reply to this message.</font></p>
        </font></body></html>
        """)
    return message([
        ("Received", rcv("mail9.icims.com", when, CHI, "iC1mS6tA0l")),
        ("From", addr("Brazos Drivetrain Components", "brazosdrivetrain@talent.icims.com")),
        ("To", TO),
        ("Subject", "Interview Confirmation - Quality Data Analyst - Apodaca Plant (Req #2026-4471)"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<1792853050.118842.icims@talent.icims.com>"),
    ], html(page, charset="iso-8859-1"))


@mail(n(14), family="taleo", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-05 09:00", MX), contact="ernesto.varela@eaa-mx.com",
      company="Ensambladora Automotriz del Altiplano", local="Mon 2026-10-05 09:00", zone=MX,
      note="Taleo notification (windows-1252, QP, HTML only): 'lunes 5 de octubre de 2026 a las 9:00 a.m.' "
           "in Puebla/Tlaxcala = 15:00Z; no length given -> end null. Contact = the recruiter's address in "
           "the body.")
def m14() -> bytes:
    when = "2026-09-29 16:02:57"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Tahoma,Verdana,sans-serif;font-size:12px">
        <table width="640" cellpadding="0" cellspacing="0" border="0"><tr><td>
        <p>Estimada Fernanda Ruiz:</p>
        <p>En seguimiento a su postulación para el puesto <b>Especialista en Análisis de Datos de Calidad
        – Planta Tlaxcala (Solicitud 2600381)</b>, le confirmamos la siguiente cita:</p>
        <p>Entrevista con el Comité de Selección<br>
        Fecha y hora: lunes 5 de octubre de 2026 a las 9:00 a.m.<br>
        Lugar: Edificio Administrativo, Sala "Malinche", Km 12.5 Carretera Puebla–Tlaxcala</p>
        <p>Favor de presentarse con identificación oficial vigente y su CURP impresa. El estacionamiento
        de visitantes se encuentra en la puerta 2.</p>
        <p>Si tiene algún inconveniente, comuníquese con el Lic. Ernesto Varela
        (ernesto.varela@eaa-mx.com).</p>
        <p>Atentamente,<br>Recursos Humanos – Ensambladora Automotriz del Altiplano</p>
        <p style="font-size:10px;color:#666">Este es un correo generado automáticamente por el sistema de
        reclutamiento. Por favor no responda a esta dirección.</p>
        </td></tr></table></body></html>
        """)
    return message([
        ("Received", rcv("ucf1.taleo.net", when, MX, "tL9eO2cQ6x")),
        ("From", addr("Ensambladora Automotriz del Altiplano", "eaa.reclutamiento@taleo.net",
                      charset="windows-1252")),
        ("To", TO),
        ("Subject", enc("Confirmación de entrevista – Solicitud 2600381", "windows-1252")),
        ("Date", date(when, MX)),
        ("Message-ID", "<1106784377.5612.1790719377011.JavaMail.taleo@ucf1.taleo.net>"),
    ], html(page, charset="windows-1252"))


@mail(n(15), family="recruitee", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-12-04 13:00", MX), end=utc("2026-12-04 14:00", MX),
      contact="rebeca.fuentes@verticemovilidad.mx", company="Vértice Movilidad",
      local="Fri 2026-12-04 13:00", local_end="2026-12-04 14:00", zone=MX,
      note="Recruitee reschedule stating both times: old 'jueves 3 de diciembre, 11:00', new 'viernes 4 de "
           "diciembre, 13:00 – 14:00 (hora de la CDMX)' = 19:00Z-20:00Z; ICS in UTC, SEQUENCE:1. Contact = "
           "Reply-To recruiter.")
def m15() -> bytes:
    when = "2026-11-27 11:06:40"
    body = t("""
        Hola Fernanda,

        Hemos cambiado la fecha de tu entrevista para Analista Sr. de Datos de Operación.

        Fecha anterior: jueves 3 de diciembre, 11:00
        Nueva fecha:    viernes 4 de diciembre, 13:00 – 14:00 (hora de la CDMX)
        Lugar: Oficinas Vértice, Av. Insurgentes Sur 1602, piso 9, Col. Crédito Constructor, CDMX
        (si prefieres hacerla en línea, avísanos y te mandamos liga)

        Perdón por el cambio, a nuestro director de operaciones se le atravesó un viaje.

        Saludos,
        Rebeca Fuentes
        Talent Acquisition – Vértice Movilidad
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Recruitee//Recruitee Calendar//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:recruitee-event-77310295@recruitee.com
        DTSTAMP:20261127T170640Z
        DTSTART:20261204T190000Z
        DTEND:20261204T200000Z
        SEQUENCE:1
        SUMMARY:Entrevista Vértice Movilidad – Fernanda Ruiz
        LOCATION:Av. Insurgentes Sur 1602\\, piso 9\\, CDMX
        ORGANIZER;CN=Rebeca Fuentes:mailto:rebeca.fuentes@verticemovilidad.mx
        ATTENDEE;CN=Fernanda Ruiz;RSVP=TRUE:mailto:fernanda.ruiz@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", rcv("mailer.recruitee.com", when, MX, "rC8tE3eU9q")),
        ("From", addr("Rebeca Fuentes (Vértice Movilidad)", "notifications@recruitee.com")),
        ("Reply-To", addr("Rebeca Fuentes", "rebeca.fuentes@verticemovilidad.mx")),
        ("To", TO),
        ("Subject", enc("Cambio de horario: tu entrevista con Vértice Movilidad")),
        ("Date", date(when, MX)),
        ("Message-ID", "<recruitee.77310295.1795799200@mailer.recruitee.com>"),
    ], mixed(text(body, cte="8bit"),
             calendar(ics, filename="entrevista.ics", disposition="attachment", cte="8bit")))


@mail(n(16), family="join", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-10 18:30", MTY), contact="mauricio.elizondo@acumbres.mx",
      company="Aceros y Forjas Cumbres", local="Thu 2026-09-10 18:30", zone=MTY,
      note="JOIN mail (text only, QP): 'jueves 10 de septiembre de 2026 a las 18:30 hrs (hora de Monterrey)' "
           "= 2026-09-11T00:30Z, the next day in UTC; no length -> end null. Contact = Reply-To recruiter.")
def m16() -> bytes:
    when = "2026-09-04 12:14:03"
    body = t("""
        Hola Fernanda,

        ¡Buenas noticias! Aceros y Forjas Cumbres quiere conocerte.

        Tu entrevista para el puesto "Analista de Datos de Calidad (Remoto / Monterrey)" quedó agendada:

          Cuándo: jueves 10 de septiembre de 2026 a las 18:30 hrs (hora de Monterrey)
          Dónde: llamada por Zoom – https://us06web.zoom.us/j/84120937711
          Con quién: Mauricio Elizondo (Reclutamiento) y Ing. Paulina Treviño (Calidad de Forja)

        La hicimos por la tarde porque nos comentaste que trabajas en turno de día. Si necesitas
        moverla, contesta este correo.

        Mucho éxito,
        Mauricio Elizondo
        Aceros y Forjas Cumbres

        --
        Enviado a través de JOIN · join.com
        """)
    return message([
        ("Received", rcv("mail.join.com", when, MTY, "jO1nH5kW2d")),
        ("From", addr("Aceros y Forjas Cumbres via JOIN", "noreply@join.com")),
        ("Reply-To", addr("Mauricio Elizondo", "mauricio.elizondo@acumbres.mx")),
        ("To", TO),
        ("Subject", enc("Tu entrevista con Aceros y Forjas Cumbres está agendada")),
        ("Date", date(when, MTY)),
        ("Message-ID", "<join.application.5529013.interview.1788885243@join.com>"),
    ], text(body))


@mail(n(17), family="softgarden", lang="es", interview=True, kind="scheduled",
      start=utc("2026-12-08 10:00", MX), end=utc("2026-12-08 11:00", MX),
      contact="lena.brueckner@hohenfels-kt.de", company="Hohenfels Kunststofftechnik",
      local="Tue 2026-12-08 10:00", local_end="2026-12-08 11:00", zone=MX,
      note="softgarden invitation from a German company for its Querétaro plant, sent from Germany (CET). "
           "'martes 8 de diciembre de 2026, 10:00 – 11:00 (hora de Querétaro)' = 16:00Z-17:00Z, also given "
           "as 17:00-18:00 Uhr MEZ (UTC+1). The attached ICS is an all-day event (VALUE=DATE 20261208): the "
           "time is only in the text. Contact = the HR contact's address in the body.")
def m17() -> bytes:
    when = "2026-12-01 15:25:09"
    body = t("""
        Hola Fernanda Ruiz:

        Gracias por tu postulación como "Analista de Datos de Producción (m/w/d) – Planta Querétaro".
        Con gusto te invitamos a una entrevista en línea:

        Fecha: martes 8 de diciembre de 2026
        Hora: 10:00 – 11:00 (hora de Querétaro) | 17:00 – 18:00 Uhr (MEZ)
        Plataforma: Microsoft Teams – recibirás el enlace por separado
        Participantes: Dr. Matthias Kolb (Head of Quality Analytics, Rosenheim), Ing. Karla Ibarra
        (Jefa de Calidad, Querétaro) y Lena Brückner (HR)

        Tu persona de contacto: Lena Brückner, lena.brueckner@hohenfels-kt.de, +49 8031 40 229-15

        Por favor confirma tu asistencia a través del siguiente enlace:
        https://hohenfels-kt.softgarden.io/applicant/interview/confirm?token=a81f0c44e9

        Saludos cordiales / Mit freundlichen Grüßen
        Lena Brückner
        Human Resources – Hohenfels Kunststofftechnik GmbH & Co. KG

        Diese E-Mail wurde über softgarden versendet.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:sg-interview-a81f0c44e9@softgarden.io
        DTSTAMP:20261201T142509Z
        DTSTART;VALUE=DATE:20261208
        DTEND;VALUE=DATE:20261209
        SUMMARY:Entrevista Hohenfels Kunststofftechnik – ver hora en el correo
        DESCRIPTION:Entrevista en línea (Microsoft Teams). Hora: 10:00 – 11:00 (Querétaro) / 17:00 – 18:00 (MEZ).
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", rcv("mx-out.softgarden.io", when, "Europe/Berlin", "sG2fT8dN1n")),
        ("From", addr("Hohenfels Kunststofftechnik", "no-reply@softgarden.io")),
        ("To", TO),
        ("Subject", enc("Einladung zum Interview / Invitación a entrevista – Analista de Datos de Producción")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<sg.a81f0c44e9.20261201142509@softgarden.io>"),
    ], mixed(text(body, cte="base64"),
             calendar(ics, method="PUBLISH", filename="Interview.ics", disposition="attachment",
                      cte="base64")))


@mail(n(18), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-10 10:00", MX), end=utc("2026-11-10 12:00", MX),
      contact="jasmine.whitaker@helixbattery.com", company="Helix Battery Systems",
      local="Tue 2026-11-10 10:00", local_end="2026-11-10 12:00", zone=MX,
      note="GoodTime itinerary shown in the candidate's zone '(GMT-06:00) Central Time - Mexico City': two "
           "sessions 10:00-11:00 and 11:15-12:00 on Tue Nov 10 -> start = first, end = last = 16:00Z-18:00Z "
           "(8:00-10:00 PST for the Fremont team, after US DST ended). Contact = Reply-To coordinator.")
def m18() -> bytes:
    when = "2026-11-04 10:20:37"
    body = t("""
        Hi Fernanda,

        Your interviews with Helix Battery Systems are confirmed! Please see your itinerary below.

        Tuesday, November 10, 2026
        All times are shown in your time zone: (GMT-06:00) Central Time - Mexico City

        10:00 AM - 11:00 AM   Cell Manufacturing Quality - Data Deep Dive
                              Interviewer: Ben Adeyemi, Staff Quality Engineer
        11:15 AM - 12:00 PM   Hiring Manager Conversation
                              Interviewer: Laura Kwiatkowski, Sr. Manager, Manufacturing Analytics

        Video: https://helixbattery.zoom.us/j/98102274410

        Need to make a change? Reply to this email and your coordinator, Jasmine Whitaker, will help.

        Good luck!
        Helix Battery Systems Recruiting Team
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Fernanda,</p>
        <p>Your interviews with Helix Battery Systems are confirmed! Please see your itinerary below.</p>
        <h3 style="margin-bottom:2px">Tuesday, November 10, 2026</h3>
        <p style="color:#666;margin-top:0">All times are shown in your time zone: (GMT-06:00) Central Time - Mexico City</p>
        <table cellpadding="6" style="border:1px solid #ddd;border-collapse:collapse">
        <tr><td style="border:1px solid #ddd">10:00 AM - 11:00 AM</td><td style="border:1px solid #ddd">Cell Manufacturing Quality - Data Deep Dive<br><small>Ben Adeyemi, Staff Quality Engineer</small></td></tr>
        <tr><td style="border:1px solid #ddd">11:15 AM - 12:00 PM</td><td style="border:1px solid #ddd">Hiring Manager Conversation<br><small>Laura Kwiatkowski, Sr. Manager, Manufacturing Analytics</small></td></tr>
        </table>
        <p>Video: <a href="https://helixbattery.zoom.us/j/98102274410">helixbattery.zoom.us/j/98102274410</a></p>
        <p>Need to make a change? Reply to this email and your coordinator, Jasmine Whitaker, will help.</p>
        <p>Good luck!<br>Helix Battery Systems Recruiting Team</p>
        <p style="font-size:11px;color:#999">Scheduled with GoodTime</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail.goodtime.io", when, LA, "gT0dM4eI8o")),
        ("From", addr("Helix Battery Systems Recruiting", "noreply@goodtime.io")),
        ("Reply-To", addr("Jasmine Whitaker", "jasmine.whitaker@helixbattery.com")),
        ("To", TO),
        ("Subject", "Your interview itinerary with Helix Battery Systems - Tue, Nov 10"),
        ("Date", date(when, LA)),
        ("Message-ID", "<itinerary.4f2c91e0b7.1793902837@goodtime.io>"),
    ], alt(text(body, cte="7bit"), html(page, cte="7bit")))


@mail(n(19), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-08 15:00", CHI), end=utc("2026-10-08 15:30", CHI),
      contact="chelsea.moreno@tallgrassfluid.com", company="Tallgrass Fluid Power",
      local="Thu 2026-10-08 15:00", local_end="2026-10-08 15:30", zone=CHI,
      note="Recruiter mail with a pasted Zoom invitation: 'Thursday at 3 pm Central (2 pm your time in Puebla)' "
           "and 'Oct 8, 2026 03:00 PM Central Time (US and Canada)'; CDT (UTC-5) = 20:00Z; 'a 30-minute "
           "call' -> end 20:30Z. Contact = the human sender.")
def m19() -> bytes:
    when = "2026-10-02 11:37:55"
    body = t("""
        Hi Fernanda,

        Great speaking with you this morning! As promised, you're confirmed for a call with our VP of
        Operations, Dale Hendricks, on Thursday at 3 pm Central (2 pm your time in Puebla - we're an hour
        ahead of you until the clocks change in November). It'll be a 30-minute call, mostly about the
        warranty-analytics work you did on the transmission line.

        Zoom details below.

        Chelsea

        Chelsea Moreno | Senior Recruiter
        Tallgrass Fluid Power | Wichita, KS
        chelsea.moreno@tallgrassfluid.com | (316) 555-0172

        ---

        Chelsea Moreno is inviting you to a scheduled Zoom meeting.

        Topic: Fernanda Ruiz / Dale Hendricks - Tallgrass Fluid Power
        Time: Oct 8, 2026 03:00 PM Central Time (US and Canada)

        Join Zoom Meeting
        https://tallgrassfluid.zoom.us/j/86622019374?pwd=Zk1aRjJ5WlZxa0tPeFh3dz09

        Meeting ID: 866 2201 9374
        Passcode: 481516

        ---

        One tap mobile
        +13462487799,,86622019374#,,,,*481516# US (Houston)
        """)
    return message([
        ("Received", rcv("mail-sn1nam02.outbound.protection.outlook.com", when, CHI, "zM5oO7mR3t")),
        ("From", addr("Chelsea Moreno", "chelsea.moreno@tallgrassfluid.com")),
        ("To", TO),
        ("Subject", "Confirmed: Thursday call with Dale Hendricks"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<SN1PR02MB7744F1A3B20C9E1D4C2E8B77A1230@SN1PR02MB7744.namprd02.prod.outlook.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(20), family="human_prose", lang="es", interview=True, kind="cancelled",
      start=utc("2026-10-08 16:00", MX), contact="jorge.mendiola@arnesespuebla.com.mx",
      company="Cableados y Arneses de Puebla", local="Thu 2026-10-08 16:00", zone=MX,
      note="Phone-written cancellation sent Wed 7 Oct 09:10 -06:00: 'tenemos que cancelar lo de mañana a las 4' "
           "= Thu 8 Oct 16:00 Puebla = 22:00Z (the quoted earlier mail says 'jueves 8 a las 4 de la tarde'); "
           "only 'te busco la otra semana para reagendar', no new time -> cancelled. Contact = human sender.")
def m20() -> bytes:
    when = "2026-10-07 09:10:26"
    body = t("""
        Fer, una disculpa, se me cruzó una junta con dirección y con el cliente y tenemos que cancelar lo
        de mañana a las 4. Te busco la otra semana para reagendar, de verdad me interesa que platiquemos.

        Jorge

        Enviado desde mi iPhone

        > El 2 oct 2026, a las 13:20, Fernanda Ruiz <fernanda.ruiz@example.org> escribió:
        >
        > Hola Jorge, perfecto, ahí estaré el jueves 8 a las 4 de la tarde en la planta de San
        > Lorenzo Almecatla. Gracias por la invitación.
        >
        > Saludos,
        > Fernanda
        """)
    return message([
        ("Received", rcv("mail-yw1-f172.google.com", when, MX, "hP1rC2aN6c")),
        ("From", addr("Jorge Mendiola", "jorge.mendiola@arnesespuebla.com.mx")),
        ("To", TO),
        ("Subject", "Re: Entrevista jueves"),
        ("Date", date(when, MX)),
        ("Message-ID", "<3B7C1E02-9A4D-4F8B-A1E6-70C2D5F8B913@arnesespuebla.com.mx>"),
        ("In-Reply-To", "<CAF7xq2b0M1pLk9sWq4ZrT@mail.gmail.com>"),
        ("References", "<CAF7xq2b0M1pLk9sWq4ZrT@mail.gmail.com>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ], text(body, cte="8bit"))


@mail(n(21), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-11-18 11:00", MTY), contact="adriana.cantu@gisierramadre.com.mx",
      company="Grupo Industrial Sierra Madre", local="Wed 2026-11-18 11:00", zone=MTY,
      note="Recruiter (usted) moves the interview set for 'viernes 13 a las 11 hrs' to 'el miércoles de la semana "
           "que entra, misma hora (11 hrs)'; Date is Wed 11 Nov, so Wed 18 Nov 11:00 Monterrey (UTC-6) = "
           "17:00Z. Same thread as the earlier proposal mail from this company. Contact = human sender.")
def m21() -> bytes:
    when = "2026-11-11 10:05:48"
    body = t("""
        Buenos días, Fernanda:

        Le escribo para avisarle que, por un tema de agenda del gerente de planta (tiene auditoría de
        cliente el viernes), la entrevista del viernes 13 a las 11 hrs se recorre al miércoles de la
        semana que entra, misma hora (11 hrs), en nuestras oficinas de Av. Constitución 2050, Monterrey.
        Si viene desde Puebla, con gusto le cubrimos el vuelo; mi compañera Rocío le escribe hoy para
        los datos del viaje.

        Una disculpa por el cambio. Quedo atenta.

        Saludos cordiales,

        Lic. Adriana Cantú Garza
        Atracción de Talento
        Grupo Industrial Sierra Madre
        Tel. 81 5550 2291

        -----Mensaje original-----
        De: Fernanda Ruiz <fernanda.ruiz@example.org>
        Enviado el: viernes, 6 de noviembre de 2026 08:12 p. m.
        Para: Adriana Cantú Garza <adriana.cantu@gisierramadre.com.mx>
        Asunto: RE: Entrevista Analista de Calidad – Grupo Industrial Sierra Madre

        Buenas noches, Adriana. Sí me funciona el viernes 13 a las 11 hrs, ahí estaré.
        Muchas gracias.
        Fernanda
        """)
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
            "<body lang=\"ES-MX\"><div class=\"WordSection1\">"
            + "".join(f"<p class=\"MsoNormal\">{p.replace(chr(10), '<br>')}</p>"
                      for p in body.strip().split("\n\n"))
            + "</div></body></html>\n")
    return message([
        ("Received", rcv("mail-dm6nam12.outbound.protection.outlook.com", when, MTY, "oL4kE9pT2v")),
        ("From", addr("Adriana Cantú Garza", "adriana.cantu@gisierramadre.com.mx", "windows-1252")),
        ("To", TO),
        ("Subject", enc("RE: Entrevista Analista de Calidad – Grupo Industrial Sierra Madre", "windows-1252")),
        ("Date", date(when, MTY)),
        ("Message-ID", "<DM6PR12MB3321A0F5C8E14B2D9E7C44F1B7710@DM6PR12MB3321.namprd12.prod.outlook.com>"),
        ("In-Reply-To", "<CAGq9Fr2mB8n0Xk1@mail.example.org>"),
        ("Thread-Topic", enc("Entrevista Analista de Calidad – Grupo Industrial Sierra Madre", "windows-1252")),
    ], alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(n(22), family="forward_self", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-30 17:00", MX), end=utc("2026-11-30 17:45", MX),
      contact="lmadrigal@occidentelogistica.mx", company="Occidente Logística Integral",
      local="Mon 2026-11-30 17:00", local_end="2026-11-30 17:45", zone=MX,
      note="Fernanda forwards to herself (from her example.net address) a recruiter's confirmation as an "
           "attached message/rfc822: 'lunes 30 de noviembre a las 17:00 hrs, tiempo del centro', 'dura 45 "
           "minutos' = 23:00Z-23:45Z. The outer sender is the candidate, so contact = the recruiter in the "
           "forwarded header.")
def m22() -> bytes:
    when = "2026-11-24 21:40:02"
    inner_when = "2026-11-24 18:02:11"
    inner_body = t("""
        Hola Fernanda, ¿qué tal?

        Ya ahorita me confirmó la Ing. Rosales su agenda: te confirmo la entrevista con ella (gerente de
        operaciones) el lunes 30 de noviembre a las 17:00 hrs, tiempo del centro, por Teams. Dura 45
        minutos. Al rato te llega la invitación con la liga desde su correo.

        Cualquier cosa aquí estoy.

        Saludos,
        Luis Ángel Madrigal
        Reclutamiento y Selección
        Occidente Logística Integral, Guadalajara
        """)
    inner = message([
        ("From", addr("Luis Ángel Madrigal", "lmadrigal@occidentelogistica.mx")),
        ("To", addr("Fernanda Ruiz", "fernanda.ruiz.m@example.net")),
        ("Subject", enc("Confirmación entrevista – Analista de Datos Logísticos")),
        ("Date", date(inner_when, MX)),
        ("Message-ID", "<b71e0f3a-22c4-4e8a-9d15-6a3f0c7e2b18@occidentelogistica.mx>"),
    ], text(inner_body, charset="iso-8859-1"))
    outer = "para tenerlo en el correo principal\n\n-- \nFer\n"  # signature separator keeps its space
    return message([
        ("Received", rcv("mail-out.example.net", when, MX, "fW9dS3eL1f")),
        ("From", addr("Fernanda Ruiz", "fernanda.ruiz.m@example.net")),
        ("To", TO),
        ("Subject", enc("Fwd: Confirmación entrevista – Analista de Datos Logísticos")),
        ("Date", date(when, MX)),
        ("Message-ID", "<f3c8a1e2-7b0d-4c95-8e21-d4a6b9f07c3e@example.net>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], mixed(text(outer, cte="7bit", params="format=flowed"),
             attached_message(inner, "Confirmacion entrevista.eml")))


@mail(n(23), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-10 09:00", CHI), end=utc("2026-12-10 10:00", CHI),
      contact="brooke.stanfield@ridgelineaxle.com", company="Ridgeline Axle & Gear",
      local="Thu 2026-12-10 09:00", local_end="2026-12-10 10:00", zone=CHI,
      note="Google Calendar 'Canceled event' with METHOD:CANCEL: Thu Dec 10, 2026 9am-10am CST (UTC-6, same as "
           "Puebla in December) = 15:00Z-16:00Z; the organizer's note says the role was filled internally, no "
           "new time. Contact = ORGANIZER.")
def m23() -> bytes:
    when = "2026-12-07 08:51:19"
    body = t("""
        This event has been canceled and removed from your calendar.

        Final round - Ridgeline Axle & Gear (Fernanda Ruiz)
        When
        Thursday Dec 10, 2026 ⋅ 9am – 10am (Central Time - Chicago)

        Organizer
        Brooke Stanfield
        brooke.stanfield@ridgelineaxle.com

        Guests
        Brooke Stanfield - organizer
        Nate Oyelaran
        fernanda.ruiz@example.org

        Message from organizer: Fernanda, I'm so sorry - leadership decided to fill the role internally
        this morning, so we need to cancel Thursday's final round. I'll call you later today to explain.

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
        """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
           "METHOD:CANCEL\n" + VTZ["America/Chicago"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Chicago:20261210T090000
        DTEND;TZID=America/Chicago:20261210T100000
        DTSTAMP:20261207T145119Z
        ORGANIZER;CN=Brooke Stanfield:mailto:brooke.stanfield@ridgelineaxle.com
        UID:1ptk7c4q9s0a2m5e8r3b6v1h@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=fernanda.ruiz@example.org;X-NUM-GUESTS=0:mailto:fernanda.ruiz@example.org
        CREATED:20261201T201544Z
        LAST-MODIFIED:20261207T145118Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Final round - Ridgeline Axle & Gear (Fernanda Ruiz)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """))
    return message([
        ("Received", rcv("mail-sor-f41.google.com", when, CHI, "gC3xL8nA0c")),
        ("From", addr("Brooke Stanfield", "brooke.stanfield@ridgelineaxle.com")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", addr(None, ME)),
        ("Subject", "Canceled event: Final round - Ridgeline Axle & Gear (Fernanda Ruiz) @ Thu Dec 10, 2026 "
                    "9am - 10am (CST) (fernanda.ruiz@example.org)"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<calendar-c2d9f1a0-8e44-4b31-a7f2-5e0d6c9b3a11@google.com>"),
    ], mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL")),
             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


# =========================================================================== negatives (keys 24-50)


@mail(n(24), family="rejection", lang="es", interview=False, company="Nopal Analytics",
      note="Teamtailor rejection after the 25 Sep interview (same company as the Teamtailor confirmation); "
           "mentions the past interview, confirms nothing.")
def m24() -> bytes:
    when = "2026-10-06 12:41:09"
    body = t("""
        Hola Fernanda,

        Muchas gracias por tu tiempo en la entrevista del viernes 25 de septiembre y por el interés en
        la posición de Data Analyst, Manufactura.

        Después de revisar con calma todos los perfiles, decidimos avanzar con otra persona cuya
        experiencia se ajusta un poco más a lo que necesitamos en este momento (más enfoque en
        ingeniería de datos). No fue una decisión fácil: a Valeria le gustó mucho tu caso de análisis
        de scrap.

        Guardaremos tu perfil en nuestra base de talento por si se abre otra oportunidad.

        ¡Mucho éxito!
        El equipo de Nopal Analytics
        """)
    return message([
        ("Received", rcv("mail.teamtailor-mail.com", when, MX, "tT9rJ2xQ4p")),
        ("From", addr("Nopal Analytics", "no-reply@teamtailor-mail.com")),
        ("Reply-To", "nopal-analytics+c8f2a1d07b@inbound.teamtailor-mail.com"),
        ("To", TO),
        ("Subject", enc("Actualización sobre tu candidatura – Nopal Analytics")),
        ("Date", date(when, MX)),
        ("Message-ID", "<66f2a8b1c9e0d_4c1b7e3a205968@teamtailor-mail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(25), family="offer", lang="es", interview=False, company="Brandauer Antriebstechnik México",
      note="Offer letter (carta oferta) from the Personio company after the 29 Oct interview; fixes a start date "
           "and an onboarding time in January 2027, and a reply deadline, but no interview.",
      days=(("Fri", "2026-11-27"),))
def m25() -> bytes:
    when = "2026-11-20 13:18:44"
    body = t("""
        Hola Fernanda:

        ¡Muchas felicidades! Después de las entrevistas con el equipo de Calidad en Huejotzingo y con
        Schweinfurt, nos da mucho gusto ofrecerte la posición de Analista de Datos de Calidad.

        Te adjunto la carta oferta con el detalle de sueldo, prestaciones superiores a las de ley, vales
        de despensa y el plan de bono anual. Las condiciones principales:

          - Sueldo mensual bruto: $48,500 MXN
          - Fecha de ingreso propuesta: lunes 4 de enero de 2027, inducción a las 8:00 hrs en la planta
          - Esquema: presencial, lunes a viernes, con posibilidad de un día de home office

        Te pedimos nos confirmes tu aceptación a más tardar el viernes 27 de noviembre. Si tienes
        cualquier duda sobre la oferta, con gusto la revisamos por teléfono.

        Saludos cordiales,
        Paola Herrera
        HR Business Partner
        Brandauer Antriebstechnik México
        """)
    pdf_stub = ("%PDF-1.4\n% Carta oferta - Fernanda Ruiz (resumen)\n1 0 obj << /Type /Catalog >> endobj\n"
                "trailer << /Root 1 0 R >>\n%%EOF\n")
    return message([
        ("Received", rcv("mail-out-3.personio.de", when, MX, "pE2oF7fE3r")),
        ("From", addr("Paola Herrera", "paola.herrera@brandauer-at.com.mx")),
        ("To", TO),
        ("Subject", enc("Carta oferta – Analista de Datos de Calidad")),
        ("Date", date(when, MX)),
        ("Message-ID", "<MX2P152MB0944F3E1C2A7B8D09E5F6A1B2C3D4@MX2P152MB0944.LAMP152.PROD.OUTLOOK.COM>"),
    ], mixed(text(body),
             text(pdf_stub, charset="us-ascii", cte="base64",
                  extra=(("Content-Disposition", 'attachment; filename="Carta_oferta_F_Ruiz.pdf"'),))))


@mail(n(26), family="application_ack", lang="en", interview=False, company="Lone Star Castings",
      note="Workday application-received acknowledgement (English, Texas company); 'if your background is a "
           "match, a recruiter will reach out to schedule an interview' is hypothetical.")
def m26() -> bytes:
    when = "2026-09-08 19:52:31"
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Dear Fernanda,</p>
        <p>Thank you for applying to <b>Quality Analytics Specialist - Ramos Arizpe, Coahuila (R-118392)</b> at
        Lone Star Castings. We have received your application.</p>
        <p>Our Talent Acquisition team is reviewing applications now. If your background is a match, a recruiter
        will reach out to schedule an interview. Interviews for this role are expected to take place in October.</p>
        <p>You can check the status of your application at any time on our
        <a href="https://lonestarcastings.wd1.myworkdayjobs.com/External/userHome">Candidate Home</a>.</p>
        <p>Best regards,<br>Talent Acquisition<br>Lone Star Castings</p>
        <p style="font-size:11px;color:#888">Please do not reply to this message. This mailbox is not monitored.</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("wd1-mta01.myworkday.com", when, CHI, "wD7aK1cK0s")),
        ("From", addr("Lone Star Castings", "lonestarcastings@myworkday.com")),
        ("To", TO),
        ("Subject", "Thank you for applying - Quality Analytics Specialist (R-118392)"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<1893201188.22871.1788915151004@wd1-mta01.myworkday.com>"),
    ], html(page, cte="base64"))


@mail(n(27), family="job_alert", lang="es", interview=False, company=None,
      note="Job-board digest ('Entrevista inmediata', 'Contratación inmediata' badges) with List-Unsubscribe; "
           "no interview with the user.")
def m27() -> bytes:
    when = "2026-10-12 07:00:14"
    body = t("""
        Hola Fernanda, estas vacantes coinciden con tu alerta "analista de calidad datos – Puebla":

        1. Analista de Calidad – Sector Automotriz
           Componentes Huexotitla · Puebla, Pue. · $22,000 – $26,000 mensuales
           ENTREVISTA INMEDIATA · Publicada hace 2 días

        2. Ingeniero(a) de Calidad Proveedores (SQE)
           Forjados Cuautla · Puebla, Pue. · Sueldo no mostrado
           Publicada hoy

        3. Data Analyst Jr. – Manufactura
           Mecatrónica del Golfo · Remoto (México) · $28,000 – $32,000 mensuales
           Contratación inmediata · 14 personas se postularon

        4. Coordinador(a) de Metrología
           Estampados San Martín · San Martín Texmelucan, Pue.
           Publicada hace 5 días

        Ver todas las vacantes: https://www.empleoradar.example.com/alertas/88120

        Recibes este correo porque creaste una alerta en EmpleoRadar.
        Cancelar suscripción: https://www.empleoradar.example.com/alertas/88120/baja
        """)
    return message([
        ("Received", rcv("mta2.empleoradar.example.com", when, MX, "eR4dA1lT9a")),
        ("From", addr("EmpleoRadar", "alertas@empleoradar.example.com")),
        ("To", TO),
        ("Subject", enc("4 nuevas vacantes: analista de calidad datos – Puebla")),
        ("Date", date(when, MX)),
        ("Message-ID", "<alerta.88120.20261012130014@empleoradar.example.com>"),
        ("List-Unsubscribe", "<https://www.empleoradar.example.com/alertas/88120/baja>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(28), family="newsletter_tips", lang="es", interview=False, company=None,
      note="Blog newsletter on preparing for a plant interview; announces a live webinar on Thu 22 Oct at "
           "19:00 but confirms no interview.", days=(("Thu", "2026-10-22"),))
def m28() -> bytes:
    when = "2026-10-15 08:30:00"
    page = t("""
        <html><body style="font-family:Georgia,serif;max-width:620px;margin:auto;color:#222">
        <h1 style="font-size:24px">Cómo preparar tu entrevista en una planta automotriz</h1>
        <p>Por Sandra Mejía · Carrera en Manufactura · Lectura de 6 min</p>
        <p>Las entrevistas en planta tienen su propio ritmo: casi siempre incluyen recorrido por la
        línea, preguntas sobre 8D, PPAP o Core Tools, y a veces un ejercicio rápido con datos reales de
        scrap. Aquí van cinco cosas que los gerentes de calidad nos dijeron que sí hacen la diferencia:</p>
        <ol>
        <li><b>Lleva un caso con números.</b> "Bajé el scrap 12 %" pesa más que "mejoré procesos".</li>
        <li><b>Repasa tu Cpk.</b> Te lo van a preguntar, y no solo la fórmula.</li>
        <li><b>Zapato de seguridad.</b> Pregunta antes si habrá recorrido.</li>
        <li><b>Prepara preguntas sobre el cliente</b> (OEM, auditorías, IATF 16949).</li>
        <li><b>Da seguimiento en 24 horas</b> con un correo breve de agradecimiento.</li>
        </ol>
        <h2 style="font-size:18px">En vivo: simulacro de entrevista para analistas de calidad</h2>
        <p>El jueves 22 de octubre a las 19:00 (hora del centro) hacemos un webinar gratuito con dos
        gerentes de planta. <a href="https://carreraenmanufactura.example.net/webinar">Regístrate aquí</a>.</p>
        <hr>
        <p style="font-size:12px;color:#777">Recibes este boletín porque te suscribiste en
        carreraenmanufactura.example.net. <a href="https://carreraenmanufactura.example.net/baja?u=7731">Darte de baja</a></p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail139.suw11.mcsv.net", when, MX, "mC5hP8sT2n")),
        ("From", addr("Carrera en Manufactura", "boletin@carreraenmanufactura.example.net")),
        ("To", TO),
        ("Subject", enc("Cómo preparar tu entrevista en una planta automotriz (+ webinar el jueves 22)")),
        ("Date", date(when, MX)),
        ("Message-ID", "<20261015143000.7731.carreraenmanufactura@mail139.suw11.mcsv.net>"),
        ("List-Unsubscribe", "<https://carreraenmanufactura.example.net/baja?u=7731>"),
        ("List-Id", "Carrera en Manufactura <boletin.carreraenmanufactura.example.net>"),
        ("Precedence", "bulk"),
    ], html(page))


@mail(n(29), family="scheduling_link", lang="en", interview=False, company="Sierra Vista Motors",
      note="Self-scheduling request (pick a slot via link) from the company whose Google Calendar update "
           "follows later; no time chosen yet.")
def m29() -> bytes:
    when = "2026-10-13 16:25:40"
    body = t("""
        Hi Fernanda,

        Thanks again for the great phone screen yesterday! Derek Huang, our Manufacturing Quality Analytics
        Manager, would like to meet you for a 60-minute hiring manager interview.

        Please pick a time that works for you using the link below. Slots are shown in your local time zone,
        and the link is available for the next two weeks:

        https://calendly.com/sierravista-recruiting/hiring-manager-60?month=2026-10

        If none of the times work, just reply and I'll find more options.

        Best,
        Alyssa Tran
        Recruiter, Sierra Vista Motors
        """)
    return message([
        ("Received", rcv("mail-pj1-f49.google.com", when, LA, "sV6tM3aL8r")),
        ("From", addr("Alyssa Tran", "alyssa.tran@sierravistamotors.com")),
        ("To", TO),
        ("Subject", "Next step: hiring manager interview - please pick a time"),
        ("Date", date(when, LA)),
        ("Message-ID", "<CAJt8Vn1RmQ0y7Hk2pWz@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(30), family="interview_proposal", lang="es", interview=False, company="Grupo Industrial Sierra Madre",
      note="Recruiter proposes two options ('¿Le funcionaría el viernes 13 de noviembre a las 11 hrs, o el "
           "martes 17 a las 9?') and asks the candidate to choose: nothing confirmed yet (the confirmation "
           "and the later move are in other mails of the same thread).",
      days=(("Fri", "2026-11-13"), ("Tue", "2026-11-17")))
def m30() -> bytes:
    when = "2026-11-05 17:22:35"
    body = t("""
        Buenas tardes, Fernanda:

        Gracias por su interés en la vacante de Analista de Calidad para nuestra planta de Apodaca. El
        Ing. Benavides revisó su CV y le gustaría conocerla en persona.

        ¿Le funcionaría el viernes 13 de noviembre a las 11 hrs, o en su defecto el martes 17 a las 9?
        Sería en nuestras oficinas corporativas en Monterrey. Si viene desde Puebla, la empresa cubre el
        vuelo.

        Quedo atenta a su respuesta para confirmar la cita.

        Saludos cordiales,

        Lic. Adriana Cantú Garza
        Atracción de Talento
        Grupo Industrial Sierra Madre
        Tel. 81 5550 2291
        """)
    return message([
        ("Received", rcv("mail-dm6nam12.outbound.protection.outlook.com", when, MTY, "oL1pR5oP0s")),
        ("From", addr("Adriana Cantú Garza", "adriana.cantu@gisierramadre.com.mx", "windows-1252")),
        ("To", TO),
        ("Subject", enc("Entrevista Analista de Calidad – Grupo Industrial Sierra Madre", "windows-1252")),
        ("Date", date(when, MTY)),
        ("Message-ID", "<DM6PR12MB3321C1D2E3F4A5B6C7D8E9F0A1B22@DM6PR12MB3321.namprd12.prod.outlook.com>"),
        ("Thread-Topic", enc("Entrevista Analista de Calidad – Grupo Industrial Sierra Madre", "windows-1252")),
    ], text(body, charset="windows-1252"))


@mail(n(31), family="job_centre", lang="es", interview=False, company=None,
      note="State employment-service appointment ('entrevista con su consejero(a) laboral', Wed 23 Sep "
           "10:00): a fixed time, but a job-centre counselling appointment, not a job interview.",
      days=(("Wed", "2026-09-23"),))
def m31() -> bytes:
    when = "2026-09-16 12:00:00"
    body = t("""
        SERVICIO ESTATAL DE EMPLEO PUEBLA
        Unidad Regional Puebla Centro

        C. FERNANDA RUIZ
        Folio de registro: SEEP-2026-0418832

        Le confirmamos su cita:

        Trámite: Entrevista de diagnóstico con su consejero(a) laboral y registro en el
                 programa de Vinculación Laboral
        Fecha: miércoles 23 de septiembre de 2026
        Hora: 10:00 hrs
        Lugar: Av. 11 Oriente 2224, Col. Azcárate, módulo 3
        Consejera asignada: Lic. Rosa María Tecuatl

        Requisitos: identificación oficial, CURP, comprobante de domicilio y CV impreso.
        Si no puede asistir, reprograme su cita en el portal con su folio.

        Este correo es informativo; no es necesario responder.
        """)
    return message([
        ("Received", rcv("correo.empleo-puebla.example.mx", when, MX, "sE1pP4eB7l")),
        ("From", addr("Servicio Estatal de Empleo Puebla", "citas@empleo-puebla.example.mx")),
        ("To", TO),
        ("Subject", enc("Confirmación de cita – Folio SEEP-2026-0418832")),
        ("Date", date(when, MX)),
        ("Message-ID", "<cita.0418832.1789582800@empleo-puebla.example.mx>"),
    ], text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(32), family="press_interview", lang="es", interview=False, company=None,
      note="A local reporter confirms an interview with the user for a feature on women in automotive "
           "quality (Fri 23 Oct, 13:00, café): a confirmed 'entrevista' but press, not a job interview.",
      days=(("Fri", "2026-10-23"),))
def m32() -> bytes:
    when = "2026-10-19 19:48:12"
    body = t("""
        Hola Fernanda, ¿cómo estás?

        Mil gracias por aceptar la entrevista para el reportaje "Mujeres que sostienen la línea", sobre
        ingenieras y analistas en la industria automotriz de Puebla. Te confirmo: viernes 23 de octubre
        a la 1 de la tarde en el Café La Tertulia (3 Sur 504, Centro). Serán unos 40 minutos de plática y
        después, si estás de acuerdo, unas fotos con Andrés, nuestro fotógrafo.

        No vamos a mencionar el nombre de tu empresa si no quieres; lo vemos ahí.

        Un abrazo,
        Itzel Ramírez Coyotl
        Reportera | El Sol de Angelópolis
        """)
    return message([
        ("Received", rcv("mail-qk1-f180.google.com", when, MX, "pR2eS6sI9n")),
        ("From", addr("Itzel Ramírez Coyotl", "iramirez@elsoldeangelopolis.example.mx")),
        ("To", TO),
        ("Subject", enc("Confirmo entrevista para el reportaje – viernes 23")),
        ("Date", date(when, MX)),
        ("Message-ID", "<CAN4p7Yq8wE0vR2m@mail.gmail.com>"),
    ], alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(n(33), family="podcast", lang="en", interview=False, company=None,
      note="US podcast confirms a recording session interviewing the user (Tue Nov 17, 11:00 AM CT = 11:00 in "
           "Puebla) with an ICS: a confirmed time, but a podcast guest interview, not a job interview.",
      days=(("Tue", "2026-11-17"),))
def m33() -> bytes:
    when = "2026-11-09 14:12:50"
    body = t("""
        Hi Fernanda,

        You're all set! Thanks for agreeing to be a guest on Shop Floor Signals, the podcast about data
        on the factory floor.

        Recording session: Tuesday, November 17, 11:00 AM - 12:00 PM CT (11:00 AM for you in Puebla)
        Studio link: https://riverside.fm/studio/shop-floor-signals?t=4c9a11
        Topic: "SPC dashboards operators actually read" - 35-40 minutes of conversation

        A few tips: wired headphones, a quiet room, and Chrome. The calendar invite is attached.

        Talk soon,
        Marcus Bell
        Host & Producer, Shop Floor Signals
        """)
    ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Shop Floor Signals//Guest Booking//EN\nMETHOD:REQUEST\n"
           + VTZ["America/Chicago"] + "\n" + t("""
        BEGIN:VEVENT
        UID:sfs-guest-2026-11-17-ruiz@shopfloorsignals.example.com
        DTSTAMP:20261109T201250Z
        DTSTART;TZID=America/Chicago:20261117T110000
        DTEND;TZID=America/Chicago:20261117T120000
        SUMMARY:Podcast recording: Shop Floor Signals x Fernanda Ruiz
        LOCATION:https://riverside.fm/studio/shop-floor-signals?t=4c9a11
        ORGANIZER;CN=Marcus Bell:mailto:marcus@shopfloorsignals.example.com
        ATTENDEE;CN=Fernanda Ruiz;RSVP=TRUE:mailto:fernanda.ruiz@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """))
    return message([
        ("Received", rcv("mail-ot1-f47.google.com", when, CHI, "sF3lS0iG5n")),
        ("From", addr("Marcus Bell", "marcus@shopfloorsignals.example.com")),
        ("To", TO),
        ("Subject", "You're booked: Shop Floor Signals guest interview (Nov 17)"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<CAB9sF0xP2kQ7mR4@mail.gmail.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, filename="recording.ics", disposition="attachment")))


@mail(n(34), family="admission_interview", lang="es", interview=False, company=None,
      note="Executive MBA admission interview confirmed for Sat 31 Oct 10:00: an interview at a fixed time, "
           "but for a university programme, not a job.", days=(("Sat", "2026-10-31"),))
def m34() -> bytes:
    when = "2026-10-23 11:45:00"
    page = t("""
        <html><body style="font-family:Calibri,Arial,sans-serif;font-size:15px;color:#1b2a41">
        <p style="font-size:20px;color:#7a0019"><b>Escuela de Negocios del Altiplano</b><br>
        <span style="font-size:14px;color:#555">Maestría Ejecutiva en Administración (EMBA), Generación 2027</span></p>
        <p>Estimada Fernanda Ruiz:</p>
        <p>Su expediente de admisión está completo. Le confirmamos su <b>entrevista de admisión</b> con el
        Comité Académico:</p>
        <ul>
        <li><b>Día:</b> sábado 31 de octubre de 2026</li>
        <li><b>Hora:</b> 10:00 a 10:40 hrs</li>
        <li><b>Lugar:</b> Campus Angelópolis, edificio de Posgrados, sala 2-B</li>
        </ul>
        <p>Le sugerimos traer una copia de su ensayo y su carta de apoyo de la empresa. El resultado de
        admisión se comunica por correo en un plazo de 10 días hábiles.</p>
        <p>Atentamente,<br>Coordinación de Admisiones de Posgrado</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("smtp.enaltiplano.example.edu.mx", when, MX, "aD8mI2sN4n")),
        ("From", addr("Admisiones Posgrado ENA", "admisiones.posgrado@enaltiplano.example.edu.mx")),
        ("To", TO),
        ("Subject", enc("EMBA 2027: confirmación de su entrevista de admisión")),
        ("Date", date(when, MX)),
        ("Message-ID", "<slate.8a2f41c0.20261023174500@enaltiplano.example.edu.mx>"),
    ], html(page, charset="iso-8859-1"))


@mail(n(35), family="sports_tryout", lang="es", interview=False, company=None,
      note="Women's volleyball club try-out (visoria) on Sat 26 Sep at 9:00: a fixed time, not a job "
           "interview.", days=(("Sat", "2026-09-26"),))
def m35() -> bytes:
    when = "2026-09-20 21:14:33"
    body = t("""
        ¡Hola Fernanda!

        Quedaste registrada para la visoria de la rama femenil (categoría libre) del Club Voleibol
        Angelópolis. Te esperamos:

        📅 sábado 26 de septiembre
        ⏰ 9:00 am (llega 8:40 para calentar)
        📍 Gimnasio del Deportivo San Baltazar, cancha 2

        Trae rodilleras, agua y ropa cómoda. Las entrenadoras Lucía y Pame van a evaluar saque,
        recepción y juego en red. Los resultados los publicamos en el grupo de WhatsApp el lunes.

        ¡Mucha suerte!
        Comité del Club Voleibol Angelópolis
        """)
    return message([
        ("Received", rcv("mail-yb1-f170.google.com", when, MX, "vB3lL5yB1o")),
        ("From", addr("Club Voleibol Angelópolis", "clubvoleibolangelopolis@example.com")),
        ("To", TO),
        ("Subject", enc("Visoria rama femenil – sábado 26 🏐")),
        ("Date", date(when, MX)),
        ("Message-ID", "<CAK3vB8nq1Lp0yZ7@mail.gmail.com>"),
    ], text(body, cte="base64"))


@mail(n(36), family="car_service", lang="es", interview=False, company=None,
      note="Dealership service appointment (30,000 km service, Mon 14 Sep 8:00): fixed time, not an "
           "interview.", days=(("Mon", "2026-09-14"),))
def m36() -> bytes:
    when = "2026-09-09 10:31:07"
    page = t("""
        <html><body style="font-family:Arial,sans-serif">
        <table width="600" cellpadding="16" style="border:1px solid #ccc"><tr><td>
        <h2 style="color:#c00000;margin:0">Automotriz Zavaleta</h2>
        <p>Hola FERNANDA RUIZ,</p>
        <p>Tu cita de servicio quedó confirmada:</p>
        <table cellpadding="4">
        <tr><td>Vehículo:</td><td>Sedán 2022 · Placas TXR-482-C</td></tr>
        <tr><td>Servicio:</td><td>Mantenimiento 30,000 km + rotación de llantas</td></tr>
        <tr><td>Fecha:</td><td>lunes 14 de septiembre de 2026</td></tr>
        <tr><td>Hora de recepción:</td><td>8:00 a.m.</td></tr>
        <tr><td>Asesor:</td><td>Javier Cuautle</td></tr>
        </table>
        <p>Tiempo estimado de entrega: 4 horas. Contamos con sala de espera con wifi y transporte a la
        zona de Angelópolis.</p>
        <p>Para cambiar tu cita responde "CAMBIO" por WhatsApp al 222 555 0190.</p>
        </td></tr></table></body></html>
        """)
    return message([
        ("Received", rcv("mail.automotrizzavaleta.example.mx", when, MX, "cS2rV7iC9e")),
        ("From", addr("Automotriz Zavaleta Servicio", "servicio@automotrizzavaleta.example.mx")),
        ("To", TO),
        ("Subject", enc("Cita de servicio confirmada – lunes 14 de septiembre, 8:00 a.m.")),
        ("Date", date(when, MX)),
        ("Message-ID", "<svc.20260909.44718@automotrizzavaleta.example.mx>"),
    ], html(page, charset="windows-1252"))


@mail(n(37), family="tax_office", lang="es", interview=False, company=None,
      note="Tax/revenue office appointment (vehicle ownership change, Tue 13 Oct 12:30): fixed time, not an "
           "interview.", days=(("Tue", "2026-10-13"),))
def m37() -> bytes:
    when = "2026-10-06 16:47:21"
    body = t("""
        OFICINA DE RECAUDACIÓN Y ASISTENCIA AL CONTRIBUYENTE - SAN ANDRÉS CHOLULA

        ACUSE DE CITA

        Contribuyente: RUIZ FERNANDA
        Trámite: Cambio de propietario de vehículo particular y pago de derechos de control vehicular
        Fecha: martes 13 de octubre de 2026
        Hora: 12:30
        Ventanilla: 7
        Línea de captura: 0426 7781 2290 4418

        Presentarse 10 minutos antes de la hora de su cita con la documentación original y una copia.
        La tolerancia máxima es de 10 minutos; después de ese tiempo deberá agendar una nueva cita.

        Este mensaje se generó automáticamente. No responda a esta dirección.
        """)
    return message([
        ("Received", rcv("citas.recaudacion-puebla.example.mx", when, MX, "tX5oF1cE3r")),
        ("From", addr("Citas Recaudación", "no-responder@recaudacion-puebla.example.mx", "iso-8859-1")),
        ("To", TO),
        ("Subject", enc("Acuse de cita · Recaudación: martes 13 de octubre de 2026, 12:30", "iso-8859-1")),
        ("Date", date(when, MX)),
        ("Message-ID", "<acuse.7781229044.20261006@recaudacion-puebla.example.mx>"),
    ], text(body, charset="iso-8859-1"))


@mail(n(38), family="mock_interview", lang="es", interview=False, company=None,
      note="Calendly booking with a career coach for a mock interview (simulacro de entrevista), Sat 7 Nov "
           "10:00 with ICS: a confirmed time, but interview practice, not a job interview.",
      days=(("Sat", "2026-11-07"),))
def m38() -> bytes:
    when = "2026-11-02 20:05:38"
    body = t("""
        Hola Fernanda Ruiz:

        Se ha programado un nuevo evento.

        Evento:
        Simulacro de entrevista + retroalimentación (60 min)

        Fecha/hora del evento:
        10:00 - 11:00, sábado, 7 de noviembre de 2026 (Hora central - Ciudad de México)

        Ubicación:
        Zoom – el enlace llegará 1 hora antes

        Notas de la invitada:
        Tengo entrevista final la semana siguiente con una empresa alemana, quiero practicar preguntas de
        comportamiento en inglés.

        Anfitriona: Mariana Echeverría – Coach de carrera

        Con tecnología de Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTAMP:20261103T020538Z
        UID:0a7c3e91-44f2-4b8d-8c1a-2f6e9d0b5a73@calendly.com
        DTSTART:20261107T160000Z
        DTEND:20261107T170000Z
        SUMMARY:Simulacro de entrevista + retroalimentación (60 min) entre Mariana Echeverría y Fernanda Ruiz
        ORGANIZER;CN=Mariana Echeverría:mailto:mariana@echeverriacoaching.example.com
        ATTENDEE;CN=Fernanda Ruiz;PARTSTAT=ACCEPTED:mailto:fernanda.ruiz@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", rcv("o1.ptr4410.calendly.com", when, MX, "cL9mO4cK6i")),
        ("From", addr("Calendly", "no-reply@calendly.com")),
        ("Reply-To", addr("Mariana Echeverría", "mariana@echeverriacoaching.example.com")),
        ("To", TO),
        ("Subject", enc("Confirmado: Simulacro de entrevista + retroalimentación (60 min) con Mariana "
                        "Echeverría el sábado, 7 de noviembre de 2026")),
        ("Date", date(when, MX)),
        ("Message-ID", "<0a7c3e9144f24b8d.invitee.1793671538@calendly.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(39), family="forwarded_other_person", lang="es", interview=False, company=None,
      note="The user's cousin forwards HER OWN confirmed interview (Tue 24 Nov 12:00) to ask for help "
           "preparing: a real interview confirmation, but the candidate is someone else.",
      days=(("Tue", "2026-11-24"),))
def m39() -> bytes:
    when = "2026-11-19 22:16:40"
    body = t("""
        Primaaa, ¿me ayudas a preparar esta entrevista? Es mi primera para un puesto de analista y
        me muero de nervios 😅 ¿Nos vemos el domingo en casa de la abuela y me haces preguntas?

        ---------- Forwarded message ---------
        De: Reclutamiento Financiera Cholula <reclutamiento@financieracholula.example.mx>
        Date: jue, 19 nov 2026 a la(s) 17:03
        Subject: Confirmación de entrevista – Analista de Crédito Jr.
        To: <ximena.ruiz.p@example.com>

        Hola Ximena,

        Te confirmamos tu entrevista para Analista de Crédito Jr.:
        martes 24 de noviembre a las 12:00 hrs, en Blvd. Atlixco 3110, piso 4.
        Pregunta por Lic. Omar Sánchez en recepción.

        Saludos,
        Reclutamiento – Financiera Cholula
        """)
    return message([
        ("Received", rcv("mail-lf1-f54.google.com", when, MX, "xM6rU1iZ8p")),
        ("From", addr("Ximena Ruiz", "ximena.ruiz.p@example.com")),
        ("To", TO),
        ("Subject", enc("Fwd: Confirmación de entrevista – Analista de Crédito Jr.")),
        ("Date", date(when, MX)),
        ("Message-ID", "<CAL1xR7mF0pZq2Wn@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(40), family="interviewer_invite", lang="es", interview=False, company=None,
      note="Current employer's HR invites the user as a PANELIST to interview a candidate (Exchange request, "
           "Thu 3 Dec 10:00, Windows zone name): the user is the interviewer, not the candidate.",
      days=(("Thu", "2026-12-03"),))
def m40() -> bytes:
    when = "2026-11-26 13:02:44"
    body = t("""
        Hola Fer,

        Te agrego al panel para la entrevista del candidato a Analista Jr. de Calidad (Luis Ángel Pérez
        Tepoz). Tú evalúas la parte técnica (Excel/Minitab y un ejercicio de capacidad de proceso); yo
        llevo la parte de competencias. Te comparto el CV por Teams.

        Gracias,
        Claudia Xicoténcatl
        Recursos Humanos – Componentes Automotrices Angelópolis
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           + VTZ_WIN_MX + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Claudia Xicoténcatl:mailto:cxicotencatl@caa-puebla.example.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Fernanda Ruiz:mailto:fernanda.ruiz@example.org
        SUMMARY;LANGUAGE=es-MX:Entrevista candidato Analista Jr. de Calidad – Luis Ángel Pérez (panel)
        DTSTART;TZID=Central Standard Time (Mexico):20261203T100000
        DTEND;TZID=Central Standard Time (Mexico):20261203T110000
        UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DB01000000000000000010000000C7
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261126T190244Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-MX:Sala de juntas Calidad (edificio B)
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """))
    return message([
        ("Received", rcv("CY4PR15MB1120.namprd15.prod.outlook.com", when, MX, "15.20.7918.11")),
        ("From", addr("Claudia Xicoténcatl", "cxicotencatl@caa-puebla.example.mx")),
        ("To", TO),
        ("Subject", enc("Entrevista candidato Analista Jr. de Calidad – Luis Ángel Pérez (panel)")),
        ("Date", date(when, MX)),
        ("Message-ID", "<CY4PR15MB112077A1B2C3D4E5F60718293A4B5@CY4PR15MB1120.namprd15.prod.outlook.com>"),
        ("Content-Language", "es-MX"),
    ], alt(text(body), calendar(ics, cte="base64")))


@mail(n(41), family="non_interview_calendar", lang="es", interview=False, company=None,
      note="Team event at the current job (plant Christmas posada, Fri 11 Dec 14:00) as an Outlook invite: "
           "fixed time, not an interview.", days=(("Fri", "2026-12-11"),))
def m41() -> bytes:
    when = "2026-12-01 09:15:00"
    body = t("""
        ¡Hola equipo de Calidad!

        Ya quedó la fecha de nuestra posada: viernes 11 de diciembre a las 14:00 en el comedor de la
        planta (después del turno de la mañana). Habrá intercambio de regalos ($400 máximo), pozole y
        piñata. Confirmen en el Excel del Teams si traen algún postre.

        Saludos,
        Gaby Popoca
        Comité de Integración – Componentes Automotrices Angelópolis
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           + VTZ_WIN_MX + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Gabriela Popoca:mailto:gpopoca@caa-puebla.example.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Calidad Planta:mailto:calidad.planta@caa-puebla.example.mx
        SUMMARY;LANGUAGE=es-MX:Posada Calidad 2026 🎄
        DTSTART;TZID=Central Standard Time (Mexico):20261211T140000
        DTEND;TZID=Central Standard Time (Mexico):20261211T180000
        UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB01000000000000000010000000D8
        DTSTAMP:20261201T151500Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-MX:Comedor planta
        END:VEVENT
        END:VCALENDAR
        """))
    return message([
        ("Received", rcv("CY4PR15MB1120.namprd15.prod.outlook.com", when, MX, "15.20.7918.44")),
        ("From", addr("Gabriela Popoca", "gpopoca@caa-puebla.example.mx")),
        ("To", addr("Calidad Planta", "calidad.planta@caa-puebla.example.mx")),
        ("Subject", enc("Posada Calidad 2026 🎄")),
        ("Date", date(when, MX)),
        ("Message-ID", "<CY4PR15MB11209F8E7D6C5B4A39281706F5E4D@CY4PR15MB1120.namprd15.prod.outlook.com>"),
    ], alt(text(body), calendar(ics, cte="base64")))


@mail(n(42), family="medical_appointment", lang="es", interview=False, company=None,
      note="Clinical lab confirms a pre-employment medical exam (Thu 3 Dec 7:00, fasting) requested by a "
           "hiring company: fixed time and job-related, but not an interview.", days=(("Thu", "2026-12-03"),))
def m42() -> bytes:
    when = "2026-11-30 17:20:55"
    body = t("""
        Estimada paciente FERNANDA RUIZ:

        Le confirmamos su cita para EXAMEN MÉDICO DE INGRESO (perfil empresa), solicitado por
        Brandauer Antriebstechnik México.

        Sucursal: Laboratorio Clínico Azteca – Zavaleta (Calz. Zavaleta 1208, local 4)
        Fecha: jueves 3 de diciembre de 2026
        Hora: 7:00 a.m.

        Indicaciones:
        • Ayuno de 8 a 12 horas (puede tomar agua natural).
        • Traer identificación oficial y la orden de la empresa.
        • Incluye: biometría hemática, química sanguínea, examen general de orina, agudeza visual,
          audiometría y valoración por médico del trabajo.

        Los resultados se envían directamente a la empresa en 48 horas hábiles.

        Laboratorio Clínico Azteca · Atención a empresas
        """)
    return message([
        ("Received", rcv("mail.labazteca.example.mx", when, MX, "lA7bZ2tE4c")),
        ("From", addr("Laboratorio Clínico Azteca", "empresas@labazteca.example.mx")),
        ("To", TO),
        ("Subject", enc("Confirmación de cita – Examen médico de ingreso")),
        ("Date", date(when, MX)),
        ("Message-ID", "<cita-emp-55210.20261130@labazteca.example.mx>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(43), family="landlord_inspection", lang="es", interview=False, company=None,
      note="Property manager's annual flat inspection (Sat 14 Nov 11:00): fixed time, not an interview.",
      days=(("Sat", "2026-11-14"),))
def m43() -> bytes:
    when = "2026-11-06 12:09:31"
    body = t("""
        Buen día, Sra. Ruiz:

        Como cada año y conforme a la cláusula novena de su contrato de arrendamiento, le informamos que
        la revisión anual del departamento 302 (Privada Los Sapos 14, Col. El Carmen) será el sábado 14
        de noviembre a las 11:00 hrs. Acudirá el Ing. Fidel Romero para revisar instalaciones de gas,
        calentador e impermeabilización; la visita dura alrededor de 30 minutos.

        Si el horario no le acomoda, favor de avisarnos con al menos 48 horas de anticipación.

        Atentamente,
        Administración Inmobiliaria Camino Real
        """)
    return message([
        ("Received", rcv("smtp.inmobiliariacaminoreal.example.mx", when, MX, "iN3mC8rE1l")),
        ("From", addr("Administración Camino Real", "administracion@inmobiliariacaminoreal.example.mx")),
        ("To", TO),
        ("Subject", enc("Revisión anual del departamento 302 – sábado 14 de noviembre")),
        ("Date", date(when, MX)),
        ("Message-ID", "<5f2a9c.20261106.302@inmobiliariacaminoreal.example.mx>"),
    ], text(body, charset="windows-1252"))


@mail(n(44), family="relative_interview", lang="es", interview=False, company=None,
      note="The user's sister asks her to drive the nephew to HIS apprenticeship (modelo dual) interview "
           "on Thu 15 Oct at 9:00: a confirmed job-type interview, but not the user's.",
      days=(("Thu", "2026-10-15"),))
def m44() -> bytes:
    when = "2026-10-10 15:33:08"
    body = t("""
        Fer!! Porfa porfa, ¿sí puedes llevar a Emi a su entrevista del dual el jueves 15? Es a las 9 en
        el Centro de Formación Técnica de la zona industrial, el que está junto a la caseta. Yo entro a las 8 al hospital y Beto anda en Querétaro. Emi dice que ya se
        sabe todo lo de seguridad industrial jaja.

        Abajo te copio lo que les mandaron:

        "Estimado aspirante Emiliano Vázquez Ruiz: le confirmamos su entrevista de selección para el
        programa de Formación Dual – Mecatrónica el jueves 15 de octubre a las 9:00 hrs. Presentarse
        con un padre o tutor."

        Te debo una enorme 🙏
        Caro
        """)
    return message([
        ("Received", rcv("mail-oi1-f178.google.com", when, MX, "rL5tV9iN2t")),
        ("From", addr("Carolina Ruiz", "carolina.ruiz.h@example.com")),
        ("To", TO),
        ("Subject", enc("¿Llevas a Emi el jueves?")),
        ("Date", date(when, MX)),
        ("Message-ID", "<CAM5cR8vL2mQ0pX9@mail.gmail.com>"),
    ], text(body, cte="8bit"))


@mail(n(45), family="auto_reply", lang="en", interview=False, company="Prairie Sensorworks",
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from the Greenhouse coordinator; mentions "
           "her return date, confirms nothing.", days=(("Mon", "2026-11-02"),))
def m45() -> bytes:
    when = "2026-10-30 08:02:17"
    body = t("""
        Thank you for your email. I'm out of the office through Friday, October 30 with limited access to
        email, and will be back on Monday, November 2.

        If your message is about an interview scheduled in the next few days, please contact
        recruiting@prairiesensorworks.com and a member of the team will help you.

        Kayla Brennan
        Recruiting Coordinator, Prairie Sensorworks
        """)
    return message([
        ("Received", rcv("mail-bn8nam12.outbound.protection.outlook.com", when, CHI, "oO2fF6iC3e")),
        ("From", addr("Kayla Brennan", "kayla.brennan@prairiesensorworks.com")),
        ("To", TO),
        ("Subject", "Automatic reply: Interview Confirmation: Quality Data Analyst (Remote - LATAM) at "
                    "Prairie Sensorworks"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<BN8PR12MB3389D2E1F0A9B8C7D6E5F4A3B2C1D@BN8PR12MB3389.namprd12.prod.outlook.com>"),
        ("In-Reply-To", "<CAGq9Fr3pT7zK1x@mail.example.org>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
    ], text(body, cte="7bit"))


@mail(n(46), family="meetup", lang="es", interview=False, company=None,
      note="Community meetup RSVP confirmation with ICS (Thu 19 Nov 19:00, talk on SPC + Python): fixed time, "
           "not an interview.", days=(("Thu", "2026-11-19"),))
def m46() -> bytes:
    when = "2026-11-12 10:00:00"
    body = t("""
        ¡Vas a ir! Tu lugar está reservado.

        Datos & Manufactura Puebla
        #14: Control estadístico con Python en línea de producción + networking

        jueves 19 de noviembre de 2026, 19:00 a 21:30 CST
        Coworking La Nave, 25 Poniente 3312, Puebla

        Ponentes: Dra. Alma Tlatelpa (SPC en tiempo real) y Rubén Osorio (tableros para supervisores)

        Cambiar respuesta: https://www.meetup.com/datos-manufactura-puebla/events/304417728/
        Anfitriones del grupo: Héctor, Alma y Rubén

        Recibes este correo porque eres miembro de Datos & Manufactura Puebla.
        Configuración de correo: https://www.meetup.com/account/comm/
        """)
    ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Meetup//RemoteApi//EN\nMETHOD:PUBLISH\n"
           + VTZ_MX + "\n" + t("""
        BEGIN:VEVENT
        UID:event_304417728@meetup.com
        DTSTAMP:20261112T160000Z
        DTSTART;TZID=America/Mexico_City:20261119T190000
        DTEND;TZID=America/Mexico_City:20261119T213000
        SUMMARY:#14: Control estadístico con Python en línea de producción + networking
        LOCATION:Coworking La Nave\\, 25 Poniente 3312\\, Puebla
        URL:https://www.meetup.com/datos-manufactura-puebla/events/304417728/
        END:VEVENT
        END:VCALENDAR
        """))
    return message([
        ("Received", rcv("mail141.meetupmail.com", when, MX, "mT4uP8eE0t")),
        ("From", addr("Meetup", "info@meetup.com")),
        ("To", TO),
        ("Subject", enc("Tu lugar está reservado: #14 Control estadístico con Python en línea de producción")),
        ("Date", date(when, MX)),
        ("Message-ID", "<rsvp.304417728.44182.1794506400@meetup.com>"),
        ("List-Unsubscribe", "<https://www.meetup.com/account/comm/unsub/?t=44182>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, method="PUBLISH", filename="event.ics", disposition="attachment",
                      cte="quoted-printable")))


@mail(n(47), family="post_interview", lang="es", interview=False, company="Grupo Metalúrgico Atoyac",
      note="Recruiter's thanks the day after the 17 Sep plant interview ('le daremos respuesta la próxima "
           "semana'): refers to a past interview, no new time.")
def m47() -> bytes:
    when = "2026-09-18 12:27:03"
    body = t("""
        Buen día, Fernanda:

        Gracias por su tiempo ayer y por la presentación de su tablero de PPM; el Ing. Pineda quedó muy
        contento con la plática. Estamos terminando entrevistas con otros dos candidatos y le daremos
        respuesta la próxima semana.

        Saludos,
        Itzel Cortés Mena
        Atracción de Talento | Grupo Metalúrgico Atoyac
        """)
    return message([
        ("Received", rcv("mail-bl0nam02.outbound.protection.outlook.com", when, MX, "aT6oY1aC7q")),
        ("From", addr("Itzel Cortés Mena", "itzel.cortes@grupoatoyac.com.mx")),
        ("To", TO),
        ("Subject", "Gracias por su visita"),
        ("Date", date(when, MX)),
        ("Message-ID", "<BL0PR02MB44123A2B1C0D9E8F7A6B5C4D3E2F1@BL0PR02MB4412.namprd02.prod.outlook.com>"),
    ], text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(48), family="bookings_bank", lang="es", interview=False, company=None,
      note="Microsoft Bookings confirmation from a bank branch (wealth-advisor meeting, Mon 23 Nov 13:00, "
           "ICS with 'Central Standard Time (Mexico)'): fixed time, not an interview.",
      days=(("Mon", "2026-11-23"),))
def m48() -> bytes:
    when = "2026-11-17 18:41:29"
    page = t("""
        <html><body style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#323130">
        <p style="font-size:18px;color:#005a9e">Banco del Zócalo · Sucursal Angelópolis</p>
        <p>Hola Fernanda Ruiz,</p>
        <p>Gracias por reservar con nosotros. Su cita está confirmada.</p>
        <table cellpadding="4">
        <tr><td><b>Servicio</b></td><td>Asesoría patrimonial: inversión y plan de retiro (45 minutos)</td></tr>
        <tr><td><b>Fecha</b></td><td>lunes, 23 de noviembre de 2026</td></tr>
        <tr><td><b>Hora</b></td><td>13:00 (UTC-06:00) Guadalajara, Ciudad de México, Monterrey</td></tr>
        <tr><td><b>Personal</b></td><td>Lic. Gonzalo Ahuactzin, asesor patrimonial</td></tr>
        </table>
        <p>Traiga su estado de cuenta de la AFORE y una identificación oficial.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/BancodelZocaloAngelopolis@bancodelzocalo.example.mx/bookings/">Administrar la reserva</a></p>
        </body></html>
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           + VTZ_WIN_MX + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Banco del Zócalo Angelópolis:mailto:BancodelZocaloAngelopolis@bancodelzocalo.example.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Fernanda Ruiz:mailto:fernanda.ruiz@example.org
        SUMMARY;LANGUAGE=es-MX:Asesoría patrimonial: inversión y plan de retiro
        DTSTART;TZID=Central Standard Time (Mexico):20261123T130000
        DTEND;TZID=Central Standard Time (Mexico):20261123T134500
        UID:040000008200E00074C5B7101A82E00800000000B5C6D7E8F9A0DB01000000000000000010000000E9
        DTSTAMP:20261118T004129Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-MX:Sucursal Angelópolis\\, Blvd. del Niño Poblano 2510
        END:VEVENT
        END:VCALENDAR
        """))
    return message([
        ("Received", rcv("SA1PR19MB5120.namprd19.prod.outlook.com", when, MX, "15.20.8001.19")),
        ("From", addr("Banco del Zócalo Angelópolis",
                      "BancodelZocaloAngelopolis@bancodelzocalo.example.mx")),
        ("To", TO),
        ("Subject", enc("Reserva confirmada: Asesoría patrimonial con Banco del Zócalo Angelópolis")),
        ("Date", date(when, MX)),
        ("Message-ID", "<SA1PR19MB51207F1E2D3C4B5A69788796A5B4C@SA1PR19MB5120.namprd19.prod.outlook.com>"),
    ], alt(html(page), calendar(ics, cte="base64")))


@mail(n(49), family="career_fair", lang="es", interview=False, company=None,
      note="Career-fair registration (Sat 17 Oct, 9:00-15:00); companies 'realizarán entrevistas en sitio' "
           "but no interview is fixed for the user.", days=(("Sat", "2026-10-17"),))
def m49() -> bytes:
    when = "2026-10-09 09:00:00"
    page = t("""
        <html><body style="font-family:Arial,sans-serif;background:#fafafa">
        <div style="max-width:600px;margin:auto;background:#fff;padding:24px">
        <h1 style="color:#0d47a1;font-size:22px">¡Registro confirmado!</h1>
        <p>Hola Fernanda,</p>
        <p>Tu registro a la <b>Feria del Empleo Automotriz y Autopartes Puebla 2026</b> quedó confirmado.</p>
        <p><b>sábado 17 de octubre de 2026</b>, de 9:00 a 15:00 hrs<br>
        Centro de Convenciones, Salón Talavera</p>
        <p>Más de 45 empresas de la industria automotriz estarán reclutando; varias realizarán entrevistas en
        sitio, por orden de llegada. Lleva varias copias de tu CV y tu código QR de acceso:</p>
        <p style="font-family:monospace;font-size:18px">FEAP26-QR-110482</p>
        <p>Consulta el directorio de empresas y vacantes en el sitio de la feria.</p>
        <p style="font-size:11px;color:#777">Recibiste este correo porque te registraste en la feria.
        <a href="https://feriaautomotriz.example.mx/baja">Cancelar suscripción</a></p>
        </div></body></html>
        """)
    return message([
        ("Received", rcv("mail.feriaautomotriz.example.mx", when, MX, "fE1aR5iA8u")),
        ("From", addr("Feria del Empleo Automotriz Puebla", "registro@feriaautomotriz.example.mx")),
        ("To", TO),
        ("Subject", enc("Registro confirmado – Feria del Empleo Automotriz Puebla, sábado 17 de octubre")),
        ("Date", date(when, MX)),
        ("Message-ID", "<reg.110482.20261009150000@feriaautomotriz.example.mx>"),
        ("List-Unsubscribe", "<https://feriaautomotriz.example.mx/baja>"),
    ], html(page))


@mail(n(50), family="recruiter_outreach", lang="en", interview=False, company="Keelson Talent Partners",
      note="Cold outreach from a US staffing agency for a client; asks for a quick call 'this week or next', "
           "nothing fixed.")
def m50() -> bytes:
    when = "2026-11-16 10:48:52"
    body = t("""
        Hi Fernanda,

        I came across your profile and your work on SPC dashboards for a Tier 1 supplier really stood out.

        I'm partnering with a US automotive electronics manufacturer that's opening a quality analytics hub
        in Querétaro (hybrid, bilingual team reporting to Detroit). The role is Senior Quality Data Analyst,
        with a strong focus on warranty and field-failure analytics.

        Would you be open to a quick 15-minute call this week or next? Let me know a couple of times that work
        for you, or grab a slot here: https://calendly.com/keelson-hgarner/intro-15

        Best,
        Hannah Garner
        Principal Recruiter, Manufacturing & Engineering
        Keelson Talent Partners | Nashville, TN
        """)
    return message([
        ("Received", rcv("mail-sa2nam10.outbound.protection.outlook.com", when, CHI, "kT8pE2lS4n")),
        ("From", addr("Hannah Garner", "hannah.garner@keelsontalent.com")),
        ("To", TO),
        ("Subject", enc("Senior Quality Data Analyst – Querétaro hub (US auto electronics)")),
        ("Date", date(when, CHI)),
        ("Message-ID", "<SA2PR10MB4422B3C2D1E0F9A8B7C6D5E4F3A2B@SA2PR10MB4422.namprd10.prod.outlook.com>"),
    ], alt(text(body), html(gmail_html(body))))
