"""blind198: a blind 50-mail set, the inbox of Renzo Quispe, a mining-operations software developer
in Arequipa, Peru (America/Lima, UTC-5, no DST), September to mid-December 2026.

Written by a helper session that had not read the detector, its tests, the other held-out mails or
the scores. One function per mail; ``make.py`` does the MIME plumbing and the checks.

    python3 bench/heldout/make_blind.py blind198
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
    multipart,
    raw_part,
    received,
    t,
    text,
    utc,
)

SET = "blind198"
ORDER = random.Random(1980198).sample(range(1, 51), 50)
ME = "renzo.quispe@example.org"
ME_H = addr("Renzo Quispe", ME)
LIMA = "America/Lima"
SCL = "America/Santiago"
LPB = "America/La_Paz"
BOG = "America/Bogota"


def n(key: int) -> str:
    """The mail written key-th is blind198_{ORDER[key-1]:03d}."""
    return f"{SET}_{ORDER[key - 1]:03d}"


def rcv(host: str, ip: str, when: str, zone: str, ident: str, lag: int = 3) -> tuple[str, str]:
    return ("Received", received(f"from {host} ({host} [{ip}])", when, zone,
                                 f"mx.example.org with ESMTPS id {ident}", ME, lag))


VTZ_BOGOTA = """BEGIN:VTIMEZONE
TZID:America/Bogota
X-LIC-LOCATION:America/Bogota
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
TZNAME:-05
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

VTZ_SA_WESTERN = """BEGIN:VTIMEZONE
TZID:SA Western Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0400
TZOFFSETTO:-0400
END:STANDARD
END:VTIMEZONE"""

VTZ_SA_PACIFIC = """BEGIN:VTIMEZONE
TZID:SA Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
END:STANDARD
END:VTIMEZONE"""

VTZ_LIMA = """BEGIN:VTIMEZONE
TZID:America/Lima
X-LIC-LOCATION:America/Lima
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
TZNAME:-05
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

VTZ_TORONTO = VTZ["America/New_York"].replace("America/New_York", "America/Toronto")


# =========================================================================== positives


@mail(n(1), family="teamtailor", lang="es", interview=True, kind="scheduled",
      company="Andes Telemetría SpA",
      start=utc("2026-09-08 11:00", SCL), end=utc("2026-09-08 11:45", SCL),
      contact="catalina.fuenzalida@andestelemetria.cl",
      local="Tue 2026-09-08 11:00", local_end="2026-09-08 11:45", zone=SCL,
      note="Teamtailor confirmation, 'martes 8 de septiembre, 11:00 hora de Chile', 45 minutes stated. "
           "Sent Thu 3 Sep when Chile was still UTC-4; Chile moves to summer time (UTC-3) on Sun 6 Sep, "
           "so 11:00 CLST = 14:00Z. Contact = human Reply-To.")
def teamtailor_andes() -> bytes:
    body = t("""
        Hola Renzo,

        ¡Gracias por agendar! Tu entrevista para el cargo Desarrollador/a de Software – Operaciones
        Mineras quedó confirmada:

        Fecha: martes 8 de septiembre de 2026
        Hora: 11:00 – 11:45 (hora de Chile continental)
        Duración: 45 minutos
        Lugar: Google Meet – https://meet.google.com/qxa-frtn-ubm

        Te entrevistarán Catalina Fuenzalida (Talent Partner) y Tomás Errázuriz (Tech Lead).

        Si necesitas cambiar la hora, responde a este correo.

        Saludos,
        Equipo de Personas · Andes Telemetría SpA
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;color:#1b1b1b">
        <p>Hola Renzo,</p>
        <p>¡Gracias por agendar! Tu entrevista para el cargo <b>Desarrollador/a de Software –
        Operaciones Mineras</b> quedó confirmada:</p>
        <table cellpadding="4">
        <tr><td>Fecha</td><td><b>martes 8 de septiembre de 2026</b></td></tr>
        <tr><td>Hora</td><td><b>11:00 – 11:45</b> (hora de Chile continental)</td></tr>
        <tr><td>Duración</td><td>45 minutos</td></tr>
        <tr><td>Lugar</td><td><a href="https://meet.google.com/qxa-frtn-ubm">Google Meet</a></td></tr>
        </table>
        <p>Te entrevistarán Catalina Fuenzalida (Talent Partner) y Tomás Errázuriz (Tech Lead).</p>
        <p>Si necesitas cambiar la hora, responde a este correo.</p>
        <p>Saludos,<br>Equipo de Personas · Andes Telemetría SpA</p>
        <p style="font-size:11px;color:#888">Enviado con Teamtailor</p>
        </body></html>
        """)
    return message([
        rcv("mail190-4.teamtailor-mail.com", "198.2.190.4", "2026-09-03 10:12", SCL, "tT4b1Q9s"),
        ("From", addr("Andes Telemetría SpA", "no-reply@teamtailor-mail.com")),
        ("Reply-To", addr("Catalina Fuenzalida", "catalina.fuenzalida@andestelemetria.cl")),
        ("To", ME_H),
        ("Subject", enc("Entrevista confirmada – Andes Telemetría SpA")),
        ("Date", date("2026-09-03 10:12", SCL)),
        ("Message-ID", "<5f7a1c0e-9b2d-4e6a-a1f3-2c8d77e0b412@teamtailor-mail.com>"),
        ("X-Mailer", "Teamtailor"),
    ], alt(text(body), html(page)))


@mail(n(2), family="greenhouse", lang="en", interview=True, kind="scheduled",
      company="Ridgeline Geotech",
      start=utc("2026-09-17 10:00", "America/Denver"), end=utc("2026-09-17 11:00", "America/Denver"),
      contact="megan.albright@ridgelinegeo.com",
      local="Thu 2026-09-17 10:00", local_end="2026-09-17 11:00", zone="America/Denver",
      note="Greenhouse confirmation, 10:00-11:00 AM MDT (Denver, UTC-6 in September) = 16:00-17:00Z; "
           "ICS in UTC agrees. Contact = human Reply-To.")
def greenhouse_ridgeline() -> bytes:
    body = t("""
        Hi Renzo,

        Thanks for confirming your availability. Your interview for Software Engineer, Fleet
        Telemetry at Ridgeline Geotech is set:

          Thursday, September 17, 2026
          10:00 AM - 11:00 AM MDT
          Video call: https://ridgelinegeo.zoom.us/j/83104428817

        You'll be speaking with:
          10:00 AM - 10:30 AM  Dana Whitcomb, Engineering Manager
          10:30 AM - 11:00 AM  Luis Ferreira, Staff Engineer

        A calendar invitation is attached. If you need to reschedule, just reply to this email.

        Best,
        Megan Albright
        Technical Recruiter, Ridgeline Geotech
        """)
    page = (
        "<html><body><p>Hi Renzo,</p><p>Thanks for confirming your availability. Your interview for "
        "<strong>Software Engineer, Fleet Telemetry</strong> at Ridgeline Geotech is set:</p>\n"
        "<p><strong>Thursday, September 17, 2026</strong><br>10:00 AM - 11:00 AM MDT<br>Video call: "
        '<a href="https://ridgelinegeo.zoom.us/j/83104428817">https://ridgelinegeo.zoom.us/j/83104428817</a></p>\n'
        "<table><tr><td>10:00 AM - 10:30 AM</td><td>Dana Whitcomb, Engineering Manager</td></tr>\n"
        "<tr><td>10:30 AM - 11:00 AM</td><td>Luis Ferreira, Staff Engineer</td></tr></table>\n"
        "<p>A calendar invitation is attached. If you need to reschedule, just reply to this email.</p>\n"
        "<p>Best,<br>Megan Albright<br>Technical Recruiter, Ridgeline Geotech</p>\n"
        '<img src="https://app.greenhouse.io/email_open/8d1f2.gif" width="1" height="1" alt=""></body></html>\n'
    )
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-55012987-ridgeline@greenhouse.io
        DTSTAMP:20260914T154000Z
        DTSTART:20260917T160000Z
        DTEND:20260917T170000Z
        SUMMARY:Interview: Renzo Quispe - Software Engineer, Fleet Telemetry
        LOCATION:https://ridgelinegeo.zoom.us/j/83104428817
        ORGANIZER;CN=Megan Albright:mailto:megan.albright@ridgelinegeo.com
        ATTENDEE;CN=Renzo Quispe;RSVP=TRUE:mailto:renzo.quispe@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("o7.us.greenhouse-mail.io", "167.89.43.17", "2026-09-14 09:40", "America/Denver", "gHq82LmT"),
        ("From", addr("Ridgeline Geotech", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Megan Albright", "megan.albright@ridgelinegeo.com")),
        ("To", ME_H),
        ("Subject", "Interview Confirmation: Software Engineer, Fleet Telemetry at Ridgeline Geotech"),
        ("Date", date("2026-09-14 09:40", "America/Denver")),
        ("Message-ID", "<66f5a3b1c2e7_3a9f2b1c8d4e.greenhouse@us.greenhouse-mail.io>"),
    ], mixed(alt(text(body, cte="7bit"), html(page)),
             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(3), family="human_prose", lang="es", interview=True, kind="scheduled",
      company="Minera Chachani S.A.C.",
      start=utc("2026-09-23 16:00", LIMA), contact="rhuamani@chachani.com.pe",
      local="Wed 2026-09-23 16:00", zone=LIMA,
      note="Plain reply in usted, 'mañana a las 4 pm' resolved against the Date (Tue 22 Sep, Lima), so "
           "Wed 23 Sep 16:00 Lima (UTC-5) = 21:00Z. 'más o menos una hora' is approximate: end null. "
           "iso-8859-1, 8bit, text only.")
def human_chachani() -> bytes:
    body = t("""
        Estimado Renzo:

        Gracias por su pronta respuesta. Queda confirmada la entrevista para mañana a las 4 pm en
        nuestras oficinas de Cerro Colorado (Av. Aviación 1420, 2.º piso, preguntar por Recursos
        Humanos en recepción). Estarán el Ing. Óscar Llerena, jefe de Sistemas de Mina, y quien le
        escribe. Calcule más o menos una hora.

        Por favor traiga su DNI; el ingreso a planta requiere registro previo.

        Atentamente,

        Rosa Huamaní Ccori
        Analista de Selección
        Minera Chachani S.A.C.
        T. (054) 38-4410 anexo 212
        """)
    return message([
        rcv("mail.chachani.com.pe", "200.48.21.77", "2026-09-22 11:20", LIMA, "cHh7Yv2k"),
        ("From", addr("Rosa Huamaní Ccori", "rhuamani@chachani.com.pe", "iso-8859-1")),
        ("To", ME_H),
        ("Subject", enc("RE: Postulación - Analista Programador Sistemas de Mina", "iso-8859-1")),
        ("Date", date("2026-09-22 11:20", LIMA)),
        ("Message-ID", "<000a01dcf2b1$7e4c2d10$7ae48730$@chachani.com.pe>"),
        ("In-Reply-To", "<CAJ8rQz1=pWq3aRenzoQ7x@mail.example.org>"),
        ("References", "<0c1f01dcf1e4$55d0a2f0$0171e8d0$@chachani.com.pe> <CAJ8rQz1=pWq3aRenzoQ7x@mail.example.org>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "es-pe"),
    ], text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(4), family="lever", lang="es", interview=True, kind="scheduled",
      company="Qhapaq Data S.A.C.",
      start=utc("2026-10-01 10:15", LIMA), end=utc("2026-10-01 11:00", LIMA),
      contact="sofia.aliaga@qhapaqdata.pe",
      local="Thu 2026-10-01 10:15", local_end="2026-10-01 11:00", zone=LIMA,
      note="Lever confirmation in Spanish, 'jueves 1 de octubre, 10:15 – 11:00 (GMT-05:00) Hora de Perú' "
           "= 15:15-16:00Z. Sender is Lever's no-reply; contact = human Reply-To. Base64 text+HTML.")
def lever_qhapaq() -> bytes:
    body = t("""
        Hola Renzo:

        Tu entrevista con Qhapaq Data ha sido programada. ¡Te esperamos!

        Puesto: Ingeniero/a de Datos – Operaciones Mineras
        Cuándo: jueves, 1 de octubre de 2026
                10:15 – 11:00 (GMT-05:00) Hora de Perú
        Dónde: Microsoft Teams (el enlace está en la invitación de calendario)
        Con: Sofía Aliaga (Reclutadora), Martín Cornejo (Head of Data)

        ¿Necesitas hacer algún cambio? Responde a este correo y Sofía te ayudará.

        Qhapaq Data
        """)
    page = t("""
        <div style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hola Renzo:</p>
        <p>Tu entrevista con <b>Qhapaq Data</b> ha sido programada. ¡Te esperamos!</p>
        <p><b>Puesto:</b> Ingeniero/a de Datos – Operaciones Mineras<br>
        <b>Cuándo:</b> jueves, 1 de octubre de 2026<br>10:15 – 11:00 (GMT-05:00) Hora de Perú<br>
        <b>Dónde:</b> Microsoft Teams (el enlace está en la invitación de calendario)<br>
        <b>Con:</b> Sofía Aliaga (Reclutadora), Martín Cornejo (Head of Data)</p>
        <p>¿Necesitas hacer algún cambio? Responde a este correo y Sofía te ayudará.</p>
        <p>Qhapaq Data</p>
        <p style="color:#999;font-size:11px">Powered by Lever</p>
        </div>
        """)
    return message([
        rcv("mail-a12.hire.lever.co", "54.240.8.12", "2026-09-25 11:02", LIMA, "lVr0aa31"),
        ("From", addr("Qhapaq Data", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Sofía Aliaga", "sofia.aliaga@qhapaqdata.pe")),
        ("To", ME_H),
        ("Subject", enc("Tu entrevista con Qhapaq Data está confirmada")),
        ("Date", date("2026-09-25 11:02", LIMA)),
        ("Message-ID", "<0100019a7c3e2b11-6d1e2f0a-88a1-4b7c-9e51-aa07c2d3e4f5-000000@email.amazonses.com>"),
    ], alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(5), family="google_calendar", lang="es", interview=True, kind="scheduled",
      company="Socavón Analytics S.A.S.",
      start=utc("2026-10-07 15:00", BOG), end=utc("2026-10-07 16:00", BOG),
      contact="andres.cardenas@socavonanalytics.co",
      local="Wed 2026-10-07 15:00", local_end="2026-10-07 16:00", zone=BOG,
      note="Google Calendar invitation (Spanish UI) 'mié 7 oct 2026 15:00 – 16:00 (hora de Colombia)'; "
           "Bogotá is UTC-5 like Lima, = 20:00-21:00Z; ICS TZID America/Bogota agrees. "
           "Contact = organizer (also the From).")
def gcal_socavon() -> bytes:
    body = t("""
        Has recibido una invitación para el siguiente evento.

        Entrevista técnica – Renzo Quispe / Desarrollador Backend (Minería 4.0)
        Cuándo
        miércoles, 7 oct 2026 15:00 – 16:00 (hora de Colombia)

        Unirse con Google Meet
        https://meet.google.com/ykw-pdzr-hvo

        Organizador
        Andrés Cárdenas
        andres.cardenas@socavonanalytics.co

        Invitados
        Andrés Cárdenas - organizador
        Renzo Quispe
        Juliana Ortiz

        Ver todos los detalles del invitado
        ¿Asistirás?   Sí   No   Quizás   Más opciones

        Invitación de Google Calendar
        Recibes este correo porque eres un invitado al evento. Para dejar de recibir actualizaciones
        de este evento, rechaza el evento.
        """)
    page = t("""
        <html><body><div itemscope itemtype="http://schema.org/Event">
        <h2 style="font-size:20px;font-weight:400">Entrevista técnica – Renzo Quispe / Desarrollador Backend (Minería 4.0)</h2>
        <table><tr><td style="color:#5f6368">Cuándo</td>
        <td>miércoles, 7 oct 2026 15:00 – 16:00 (hora de Colombia)</td></tr>
        <tr><td style="color:#5f6368">Unirse con Google Meet</td>
        <td><a href="https://meet.google.com/ykw-pdzr-hvo">meet.google.com/ykw-pdzr-hvo</a></td></tr>
        <tr><td style="color:#5f6368">Organizador</td>
        <td>Andrés Cárdenas<br>andres.cardenas@socavonanalytics.co</td></tr>
        <tr><td style="color:#5f6368">Invitados</td>
        <td>Andrés Cárdenas - organizador<br>Renzo Quispe<br>Juliana Ortiz</td></tr></table>
        <p style="font-size:12px;color:#70757a">Invitación de Google Calendar</p>
        </div></body></html>
        """)
    ics = VTZ_BOGOTA + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Bogota:20261007T150000
        DTEND;TZID=America/Bogota:20261007T160000
        DTSTAMP:20261001T212014Z
        ORGANIZER;CN=Andrés Cárdenas:mailto:andres.cardenas@socavonanalytics.co
        UID:5v2rj0k9g1q8m3a6s4d7f0e2b1@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Andrés Cárdenas;X-NUM-GUESTS=0:mailto:andres.cardenas@socavonanalytics.co
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Renzo Quispe;X-NUM-GUESTS=0:mailto:renzo.quispe@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Juliana Ortiz;X-NUM-GUESTS=0:mailto:juliana.ortiz@socavonanalytics.co
        X-GOOGLE-CONFERENCE:https://meet.google.com/ykw-pdzr-hvo
        CREATED:20261001T211955Z
        DESCRIPTION:Entrevista técnica con el equipo de plataforma. Tendrás 40 minutos de ejercicio práctico y 20 de preguntas.
        LAST-MODIFIED:20261001T212014Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista técnica – Renzo Quispe / Desarrollador Backend (Minería 4.0)
        TRANSP:OPAQUE
        END:VEVENT
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + ics + "END:VCALENDAR\n"
    return message([
        rcv("mail-sor-f69.google.com", "209.85.220.69", "2026-10-01 16:20", BOG, "gC7nB2xQ"),
        ("From", addr("Andrés Cárdenas", "andres.cardenas@socavonanalytics.co")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", enc("Invitación: Entrevista técnica – Renzo Quispe / Desarrollador Backend (Minería 4.0) "
                        "@ mié 7 oct 2026 15:00 - 16:00 (COT) (renzo.quispe@example.org)")),
        ("Date", date("2026-10-01 16:20", BOG)),
        ("Message-ID", "<calendar-7f2c9e31-0b4d-4a7e-9d62-1c5e8f3a2b90@google.com>"),
        ("Reply-To", addr("Andrés Cárdenas", "andres.cardenas@socavonanalytics.co")),
    ], mixed(alt(text(body), html(page), calendar(ics, cte="base64")),
             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(n(6), family="exchange", lang="es", interview=True, kind="scheduled",
      company="Illimani Sistemas S.R.L.",
      start=utc("2026-10-08 10:00", LPB), end=utc("2026-10-08 11:00", LPB),
      contact="mcondori@illimanisistemas.com.bo",
      local="Thu 2026-10-08 10:00", local_end="2026-10-08 11:00", zone=LPB,
      note="Exchange meeting request from La Paz; the body is only Teams boilerplate and a line of text, "
           "the time is only in the ICS: DTSTART;TZID=\"SA Western Standard Time\" 10:00 (La Paz, UTC-4) "
           "= 14:00Z, DTEND 11:00 = 15:00Z. Contact = organizer/sender.")
def exchange_illimani() -> bytes:
    body = t("""
        Renzo, le envío la invitación para la entrevista técnica con el equipo de desarrollo.
        Saludos, Marcela

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse desde el equipo, aplicación móvil o dispositivo de sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE4YjI0NTQtOGQ1Ny00@thread.v2/0>
        Id. de reunión: 291 447 603 118
        Código de acceso: Xb7Lq2
        Descargar Teams<https://www.microsoft.com/es-es/microsoft-teams/download-app> | Unirse en la web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
        '<div class="WordSection1"><p class="MsoNormal">Renzo, le envío la invitación para la entrevista '
        'técnica con el equipo de desarrollo.<br>Saludos, Marcela</p>\n'
        '<div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">'
        '________________________________________________________________________________</span></div>\n'
        '<div><span style="font-size:24px;font-weight:700">Reunión de Microsoft Teams</span></div>\n'
        '<div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE4YjI0NTQtOGQ1Ny00@thread.v2/0">'
        'Haga clic aquí para unirse a la reunión</a></div>\n'
        '<div>Id. de reunión: 291 447 603 118<br>Código de acceso: Xb7Lq2</div>\n</div></body></html>\n'
    )
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + VTZ_SA_WESTERN + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Marcela Condori Mamani:mailto:mcondori@illimanisistemas.com.bo
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Renzo Quispe:mailto:renzo.quispe@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gonzalo Vargas Ríos:mailto:gvargas@illimanisistemas.com.bo
        DESCRIPTION;LANGUAGE=es-ES:Renzo, le envío la invitación para la entrevista técnica con el equipo de desarrollo.\\nSaludos, Marcela\\n
        UID:040000008200E00074C5B7101A82E0080000000030C4E8F1E24BDD01000000000000000010000000A6F3C1D2B4E5F60718293A4B5C6D7E8F
        SUMMARY;LANGUAGE=es-ES:Entrevista técnica – Renzo Quispe
        DTSTART;TZID=SA Western Standard Time:20261008T100000
        DTEND;TZID=SA Western Standard Time:20261008T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261005T131500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:-1184920377
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE4YjI0NTQtOGQ1Ny00@thread.v2/0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("BN8PR04MB6240.namprd04.prod.outlook.com", "40.107.236.91", "2026-10-05 09:15", LPB, "eX1lLm9Q"),
        ("From", addr("Marcela Condori Mamani", "mcondori@illimanisistemas.com.bo")),
        ("To", ME_H),
        ("CC", addr("Gonzalo Vargas Ríos", "gvargas@illimanisistemas.com.bo")),
        ("Subject", enc("Entrevista técnica – Renzo Quispe")),
        ("Thread-Topic", enc("Entrevista técnica – Renzo Quispe")),
        ("Date", date("2026-10-05 09:15", LPB)),
        ("Message-ID", "<BN8PR04MB62405C1E7A0D3F2B9E4C11A2D93A9@BN8PR04MB6240.namprd04.prod.outlook.com>"),
        ("Accept-Language", "es-BO, en-US"),
        ("Content-Language", "es-BO"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(7), family="workday", lang="es", interview=True, kind="scheduled",
      company="Grupo Cordillera del Sur",
      start=utc("2026-10-15 09:00", LIMA), contact="milagros.pacheco@cordillerasur.com.pe",
      local="Thu 2026-10-15 09:00", zone=LIMA,
      note="Workday notification (HTML only, base64) 'Fecha: 15/10/2026, Hora: 09:00 a. m. (GMT-05:00) Lima' "
           "(DD/MM) = 14:00Z; no end. Sender is the Workday tenant address; contact = recruiter address in "
           "the body.")
def workday_cordillera() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f2f2f2">
        <table width="600" align="center" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="padding:24px"><img src="https://wd3.myworkday.com/cordillerasur/logo.png" alt="Grupo Cordillera del Sur"></td></tr>
        <tr><td style="padding:0 24px">
        <p>Estimado(a) Renzo Quispe:</p>
        <p>Nos complace invitarle a la siguiente etapa del proceso de selección para la posición
        <b>R-0048213 Desarrollador Senior – Sistemas de Despacho Minero</b>. Su entrevista ha sido programada:</p>
        <table style="border:1px solid #ddd" cellpadding="6">
        <tr><td><b>Tipo</b></td><td>Entrevista por competencias (presencial)</td></tr>
        <tr><td><b>Fecha</b></td><td>15/10/2026</td></tr>
        <tr><td><b>Hora</b></td><td>09:00 a. m. (GMT-05:00) Lima</td></tr>
        <tr><td><b>Lugar</b></td><td>Sede Arequipa – Calle Mercaderes 318, piso 4</td></tr>
        </table>
        <p>Si tiene consultas, escriba a su reclutadora, Milagros Pacheco
        (<a href="mailto:milagros.pacheco@cordillerasur.com.pe">milagros.pacheco@cordillerasur.com.pe</a>).
        Por favor no responda a este mensaje.</p>
        <p>Para ver los detalles, ingrese a su <a href="https://wd3.myworkday.com/cordillerasur/d/home.htmld">Página de inicio de candidato</a>.</p>
        <p>Atentamente,<br>Gestión del Talento<br>Grupo Cordillera del Sur</p>
        </td></tr></table></body></html>
        """)
    return message([
        rcv("mail-out-a3.myworkday.com", "13.108.4.16", "2026-10-09 08:31", LIMA, "wDy41PqZ"),
        ("From", addr("Grupo Cordillera del Sur", "cordillerasur@myworkday.com")),
        ("To", ME),
        ("Subject", enc("Invitación a entrevista - R-0048213 Desarrollador Senior – Sistemas de Despacho Minero")),
        ("Date", date("2026-10-09 08:31", LIMA)),
        ("Message-ID", "<1188342951.77103.1791552660111@wd3-prod-ashburn.myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], html(page, cte="base64"))


@mail(n(8), family="ashby", lang="en", interview=True, kind="scheduled",
      company="Lodestar Robotics",
      start=utc("2026-10-21 09:00", LIMA), end=utc("2026-10-21 10:00", LIMA),
      contact="hannah.cole@lodestarrobotics.com",
      local="Wed 2026-10-21 09:00", local_end="2026-10-21 10:00", zone=LIMA,
      note="Ashby confirmation from a US (Eastern) company that shows the time in the candidate's zone: "
           "'9:00 AM – 10:00 AM PET (GMT-5)' = 14:00-15:00Z (10:00 EDT); the ICS in UTC agrees. "
           "Contact = human Reply-To.")
def ashby_lodestar() -> bytes:
    body = t("""
        Hi Renzo,

        Your interview is confirmed. We're looking forward to speaking with you!

        Wednesday, October 21, 2026
        9:00 AM – 10:00 AM PET (GMT-5)
        Google Meet: https://meet.google.com/hrt-xqpo-kbd

        Systems Design with Aaron Whitfield (Principal Engineer)

        Need to make a change? Reply to this email and it will reach Hannah Cole.

        Thanks,
        Lodestar Robotics Recruiting
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:c1e9b6f2-3a74-4d8e-b0a5-8f2d61c7e431
        DTSTAMP:20261015T181203Z
        DTSTART:20261021T140000Z
        DTEND:20261021T150000Z
        SEQUENCE:0
        SUMMARY:Lodestar Robotics – Systems Design (Renzo Quispe)
        LOCATION:https://meet.google.com/hrt-xqpo-kbd
        ORGANIZER;CN=Hannah Cole:mailto:hannah.cole@lodestarrobotics.com
        ATTENDEE;CN=Renzo Quispe;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:renzo.quispe@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("mail.ashbyhq.com", "108.233.221.12", "2026-10-15 14:12", "America/New_York", "aSh7Rr0b"),
        ("From", addr("Lodestar Robotics", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Hannah Cole", "hannah.cole@lodestarrobotics.com")),
        ("To", ME_H),
        ("Subject", "Interview confirmed: Senior Software Engineer, Autonomy Ops at Lodestar Robotics"),
        ("Date", date("2026-10-15 14:12", "America/New_York")),
        ("Message-ID", "<010001993e1c7d2a-4b8e2d61-77c9-4f30-a2e8-5d10b9c3f7a4-000000@email.amazonses.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(9), family="personio", lang="es", interview=True, kind="scheduled",
      company="Tessera Minerals Tech S.L.",
      start=utc("2026-10-20 11:00", LIMA), end=utc("2026-10-20 11:45", LIMA),
      contact="lucia.garrido@tesseratech.es",
      local="Tue 2026-10-20 11:00", local_end="2026-10-20 11:45", zone=LIMA,
      note="Personio invitation from a Madrid remote-first company, sent in Madrid time (CEST) but the slot "
           "is written in the candidate's zone: 'martes 20 de octubre, 11:00 – 11:45 (hora de Lima, GMT-5)' "
           "= 16:00-16:45Z (18:00 in Madrid, also stated). Contact = human Reply-To.")
def personio_tessera() -> bytes:
    body = t("""
        Hola Renzo,

        ¡Gracias por tu interés en Tessera! Te confirmamos la primera entrevista para la vacante
        «Backend Engineer – Mine Planning (remoto LATAM)»:

        📅 martes 20 de octubre de 2026
        🕚 11:00 – 11:45 (hora de Lima, GMT-5) · 18:00 – 18:45 en Madrid
        📍 Videollamada: https://tesseratech.whereby.com/entrevistas

        Hablarás con Lucía Garrido (Talent Acquisition) y Jon Arrieta (CTO).

        Si surge algún imprevisto, responde directamente a este correo.

        Un saludo,
        Lucía Garrido
        Tessera Minerals Tech S.L.

        --
        Este correo se ha enviado a través de Personio. Información sobre protección de datos:
        https://tessera-minerals.jobs.personio.de/privacy-policy
        """)
    return message([
        rcv("mta-11.mail.personio.de", "185.33.28.11", "2026-10-14 10:05", "Europe/Madrid", "pRs0n1Oq"),
        ("From", addr("Lucía Garrido | Tessera Minerals Tech", "no-reply@mail.personio.de")),
        ("Reply-To", addr("Lucía Garrido", "lucia.garrido@tesseratech.es")),
        ("To", ME_H),
        ("Subject", enc("Invitación a entrevista: Backend Engineer – Mine Planning (remoto LATAM)")),
        ("Date", date("2026-10-14 10:05", "Europe/Madrid")),
        ("Message-ID", "<a3f0c2e1b7d94e58.1791964300@mail.personio.de>"),
    ], alt(text(body, cte="8bit"), html(gmail_html(body), cte="quoted-printable")))


@mail(n(10), family="icims", lang="en", interview=True, kind="scheduled",
      company="Sonoran Haul Systems",
      start=utc("2026-11-02 13:30", "America/Phoenix"), contact="kyle.brennan@sonoranhaul.com",
      local="Mon 2026-11-02 13:30", zone="America/Phoenix",
      note="iCIMS text-only invitation from Tucson: 'Monday, November 2, 2026 at 1:30 PM MST (Arizona)'. "
           "Arizona stays on MST (UTC-7) all year, so the 1 Nov US DST change does not apply: 20:30Z, "
           "which the mail also gives as 3:30 PM Lima. No end. Contact = coordinator address in the body.")
def icims_sonoran() -> bytes:
    body = t("""
        Dear Renzo,

        Thank you for your interest in Sonoran Haul Systems. We would like to invite you to a video
        interview for the position of Software Developer II - Autonomous Haulage (Req ID 2026-4471).

        Date: Monday, November 2, 2026
        Time: 1:30 PM MST (Arizona time - we do not observe daylight saving time)
              For you in Arequipa this is 3:30 PM.
        Format: Microsoft Teams, link to follow from the hiring manager, Rebecca Sandoval.

        If you have any questions, please contact Kyle Brennan at kyle.brennan@sonoranhaul.com or
        (520) 555-0148.

        To review your application, log in to the career portal:
        https://careers-sonoranhaul.icims.com/jobs/login

        Sincerely,

        Talent Acquisition
        Sonoran Haul Systems

        This message was sent by iCIMS on behalf of Sonoran Haul Systems. Please do not reply to
        this email.
        """)
    return message([
        rcv("mail48.icims.com", "52.4.181.48", "2026-10-27 11:20", "America/Phoenix", "iCm5Tz80"),
        ("From", addr("Sonoran Haul Systems Talent Acquisition", "sonoranhaul+autoreply@talent.icims.com")),
        ("To", ME),
        ("Subject", "Interview Invitation - Software Developer II - Autonomous Haulage"),
        ("Date", date("2026-10-27 11:20", "America/Phoenix")),
        ("Message-ID", "<1791577203144.48221.icims.sonoranhaul@talent.icims.com>"),
        ("X-Auto-Response-Suppress", "All"),
    ], text(body, charset="us-ascii", cte="7bit"))


@mail(n(11), family="calendly", lang="en", interview=True, kind="scheduled",
      company="Coastline Mine Analytics",
      start=utc("2026-11-04 09:30", "America/Vancouver"), end=utc("2026-11-04 10:15", "America/Vancouver"),
      contact="priya@coastlinemine.ca",
      local="Wed 2026-11-04 09:30", local_end="2026-11-04 10:15", zone="America/Vancouver",
      note="Calendly invitee confirmation, '9:30am - 10:15am (Pacific Time - US & Canada)' on Wed 4 Nov. "
           "Booked on Thu 29 Oct while Vancouver was on PDT; DST ends 1 Nov so the slot is PST (UTC-8): "
           "17:30-18:15Z; ICS agrees. Contact = host (Reply-To).")
def calendly_coastline() -> bytes:
    body = t("""
        Hi Renzo Quispe,

        A new event has been scheduled.

        Event Type:
        Technical Interview (45 min)

        Invitee:
        Renzo Quispe

        Invitee Email:
        renzo.quispe@example.org

        Event Date/Time:
        09:30am - 10:15am - Wednesday, November 4, 2026 (Pacific Time - US & Canada)

        Location:
        This is a Zoom web conference.
        https://coastlinemine.zoom.us/j/96155302817

        Host:
        Priya Natarajan, Engineering Lead

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/4f1d2c0e-7b8a-4e3f-9c61-0a2b3c4d5e6f
        Reschedule: https://calendly.com/reschedulings/4f1d2c0e-7b8a-4e3f-9c61-0a2b3c4d5e6f

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:4f1d2c0e-7b8a-4e3f-9c61-0a2b3c4d5e6f@calendly.com
        DTSTAMP:20261029T221000Z
        DTSTART:20261104T173000Z
        DTEND:20261104T181500Z
        SUMMARY:Technical Interview (45 min) between Priya Natarajan and Renzo Quispe
        LOCATION:https://coastlinemine.zoom.us/j/96155302817
        ORGANIZER;CN=Priya Natarajan:mailto:priya@coastlinemine.ca
        ATTENDEE;CN=Renzo Quispe;PARTSTAT=ACCEPTED:mailto:renzo.quispe@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("o1.email.calendly.com", "167.89.21.4", "2026-10-29 15:10", "America/Vancouver", "cLd8Yx3u"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Priya Natarajan", "priya@coastlinemine.ca")),
        ("To", ME),
        ("Subject", "New Event: Renzo Quispe - 09:30am Wed, Nov 4, 2026 - Technical Interview (45 min)"),
        ("Date", date("2026-10-29 15:10", "America/Vancouver")),
        ("Message-ID", "<Zx9f2Lq8TnE4kWv1rA0bGg@geopod-ismtpd-3-0>"),
    ], mixed(alt(text(body, cte="7bit"), html(gmail_html(body))),
             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(12), family="taleo", lang="es", interview=True, kind="scheduled",
      company="Compañía Minera Pucará S.A.A.",
      start=utc("2026-12-02 10:30", LIMA), contact="ftapia@minerapucara.com.pe",
      local="Wed 2026-12-02 10:30", zone=LIMA,
      note="Taleo notification (windows-1252, quoted-printable): 'mié. 2 de diciembre de 2026, 10:30 a. m. "
           "(hora de Lima)' = 15:30Z. The attached ICS is an all-day event (VALUE=DATE) on that day, so the "
           "time is only in the text. Contact = coordinator address in the body.")
def taleo_pucara() -> bytes:
    body = t("""
        Estimado(a) Renzo Quispe Mamani,

        Referencia: Requisición 26000317 – Especialista en Sistemas de Gestión de Flota

        Luego de la evaluación de su perfil, nos es grato invitarle a la entrevista con el área
        usuaria, según el siguiente detalle:

          Fecha:      mié. 2 de diciembre de 2026
          Hora:       10:30 a. m. (hora de Lima)
          Modalidad:  Presencial – Oficina Arequipa, Av. Ejército 710, Yanahuara
          Coordinadora: Fiorella Tapia – ftapia@minerapucara.com.pe

        Le agradeceremos presentarse 15 minutos antes con su documento de identidad.

        Adjuntamos un recordatorio para su calendario.

        Atentamente,
        Gerencia de Gestión Humana
        Compañía Minera Pucará S.A.A.

        ****Este es un mensaje automático, por favor no responda a esta dirección.****
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Oracle//Taleo Recruiting//ES
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:taleo-26000317-int-88421@minerapucara.taleo.net
        DTSTAMP:20261125T214000Z
        DTSTART;VALUE=DATE:20261202
        DTEND;VALUE=DATE:20261203
        SUMMARY:Entrevista - Especialista en Sistemas de Gestion de Flota
        LOCATION:Oficina Arequipa - Av. Ejercito 710, Yanahuara
        DESCRIPTION:Ver el correo de invitacion para la hora.
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("smtp-out2.taleo.net", "160.34.10.52", "2026-11-25 16:40", LIMA, "tL3oK0aa"),
        ("From", addr("Minera Pucará - Gestión Humana", "minerapucara@invalid.taleo.net", "windows-1252")),
        ("To", ME),
        ("Subject", enc("Invitación a entrevista - Requisición 26000317", "windows-1252")),
        ("Date", date("2026-11-25 16:40", LIMA)),
        ("Message-ID", "<1764106800012.26000317.JavaMail.taleo@tlo-prod-mta02>"),
    ], mixed(text(body, charset="windows-1252", cte="quoted-printable"),
             calendar(ics, method="PUBLISH", filename="entrevista.ics", disposition="attachment")))


@mail(n(13), family="ms_bookings", lang="es", interview=True, kind="scheduled",
      company="Inti Consultores S.A.C.",
      start=utc("2026-11-19 16:00", LIMA), end=utc("2026-11-19 17:00", LIMA), contact=None,
      local="Thu 2026-11-19 16:00", local_end="2026-11-19 17:00", zone=LIMA,
      note="Microsoft Bookings confirmation from the company's Bookings mailbox: 'jueves, 19 de noviembre "
           "de 2026 4:00 p. m. (UTC-05:00) Bogotá, Lima, Quito, Rio Branco', 1 hora = 21:00-22:00Z; ICS "
           "with 'SA Pacific Standard Time' agrees. Only a staff name, no personal address: contact null.")
def bookings_inti() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#323130">
        <p>Hola, Renzo Quispe:</p>
        <p>Su reserva se ha confirmado.</p>
        <table cellpadding="3">
        <tr><td><b>Servicio</b></td><td>Entrevista – Consultor SAP PM / Mantenimiento Minero</td></tr>
        <tr><td><b>Fecha y hora</b></td><td>jueves, 19 de noviembre de 2026 4:00 p. m. (UTC-05:00) Bogotá, Lima, Quito, Rio Branco</td></tr>
        <tr><td><b>Duración</b></td><td>1 hora</td></tr>
        <tr><td><b>Personal</b></td><td>Jorge Salas</td></tr>
        <tr><td><b>Ubicación</b></td><td>Reunión de Microsoft Teams</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/EntrevistasInti@inticonsultores.pe/bookings/">Administrar reserva</a></p>
        <p>Inti Consultores S.A.C.<br>Calle Los Laureles 245, San Isidro, Lima</p>
        </div></body></html>
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + VTZ_SA_PACIFIC + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Entrevistas Inti Consultores:mailto:EntrevistasInti@inticonsultores.pe
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Renzo Quispe:mailto:renzo.quispe@example.org
        SUMMARY;LANGUAGE=es-PE:Entrevista – Consultor SAP PM / Mantenimiento Minero
        DTSTART;TZID=SA Pacific Standard Time:20261119T160000
        DTEND;TZID=SA Pacific Standard Time:20261119T170000
        UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DD01000000000000000010000000C7D8E9F0A1B2C3D4E5F60718293A4B5C
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261113T170000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-PE:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("SA1PR12MB7420.namprd12.prod.outlook.com", "40.107.94.58", "2026-11-13 12:00", LIMA, "bK5gS2wE"),
        ("From", addr("Entrevistas Inti Consultores", "EntrevistasInti@inticonsultores.pe")),
        ("To", ME_H),
        ("Subject", enc("Reserva confirmada: Entrevista – Consultor SAP PM / Mantenimiento Minero")),
        ("Date", date("2026-11-13 12:00", LIMA)),
        ("Message-ID", "<SA1PR12MB74207A1B2C3D4E5F60718293A4B5C@SA1PR12MB7420.namprd12.prod.outlook.com>"),
        ("Content-Language", "es-PE"),
    ], mixed(html(page), calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(14), family="zoom", lang="es", interview=True, kind="scheduled",
      company="Vulcano Automatización E.I.R.L.",
      start=utc("2026-11-20 10:15", LIMA), contact="ehuaman@vulcanoautomatizacion.pe",
      local="Fri 2026-11-20 10:15", zone=LIMA,
      note="Hiring manager's HTML-only mail (quoted-printable): 'el viernes de la próxima semana a las diez y "
           "cuarto', resolved against the Date (Wed 11 Nov) = Fri 20 Nov 10:15 Lima = 15:15Z; the pasted Zoom "
           "block says 'Nov 20, 2026 10:15 AM Lima'. No end. Contact = sender.")
def zoom_vulcano() -> bytes:
    page = t("""
        <html><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Renzo, buenas tardes:</p>
        <p>Como conversamos por teléfono, te espero el viernes de la próxima semana a las diez y cuarto
        para la entrevista con el equipo de control de procesos. Va por Zoom, te dejo los datos abajo.
        Cualquier cosa me escribes al WhatsApp.</p>
        <p>Saludos cordiales,<br>
        <b>Edwin Huamán Zegarra</b><br>Jefe de Proyectos – Vulcano Automatización<br>Cel. 959 214 877</p>
        <hr>
        <p>Edwin Huamán le está invitando a una reunión de Zoom programada.</p>
        <p>Tema: Entrevista Renzo Quispe – Desarrollador SCADA<br>
        Hora: Nov 20, 2026 10:15 AM Lima</p>
        <p>Unirse a la reunión Zoom<br>
        <a href="https://us06web.zoom.us/j/84215530921?pwd=bXh2cGZ4TjRkVnB4">https://us06web.zoom.us/j/84215530921?pwd=bXh2cGZ4TjRkVnB4</a></p>
        <p>ID de reunión: 842 1553 0921<br>Código de acceso: 771204</p>
        </div></body></html>
        """)
    return message([
        rcv("mail-vulcano.hostinger.pe", "190.117.84.20", "2026-11-11 18:30", LIMA, "vLc9Qa1z"),
        ("From", addr("Edwin Huamán Zegarra", "ehuaman@vulcanoautomatizacion.pe")),
        ("To", ME_H),
        ("Subject", "Entrevista - Desarrollador SCADA"),
        ("Date", date("2026-11-11 18:30", LIMA)),
        ("Message-ID", "<4b8e1f02a9c7d3e6@vulcanoautomatizacion.pe>"),
        ("X-Mailer", "Roundcube Webmail/1.6.9"),
    ], html(page, charset="utf-8", cte="quoted-printable"))


@mail(n(15), family="forward_self", lang="es", interview=True, kind="scheduled",
      company="Cobre Digital SpA",
      start=utc("2026-11-26 12:00", SCL), contact="irebolledo@cobredigital.cl",
      local="Thu 2026-11-26 12:00", zone=SCL,
      note="The candidate forwards to himself (message/rfc822) a Chilean recruiter's confirmation: 'jueves 26 "
           "de noviembre a las 12:00 hora de Chile (10:00 hora de Perú)'; Chile is UTC-3 in summer = 15:00Z "
           "= 10:00 Lima. Contact = recruiter in the forwarded message (never the candidate).")
def forward_cobre() -> bytes:
    inner_body = t("""
        Hola Renzo, ¿cómo estás?

        Te confirmo la entrevista con el equipo de Plataforma el jueves 26 de noviembre a las 12:00
        hora de Chile (10:00 hora de Perú). Es por Meet, el link te llega en la invitación. Van a estar
        Pía Lagos (líder técnica) y yo.

        Cualquier cosa me avisas no más.

        Saludos,
        Ignacio Rebolledo
        Talent Acquisition · Cobre Digital SpA
        +56 9 8123 4470
        """)
    inner = message([
        ("From", addr("Ignacio Rebolledo", "irebolledo@cobredigital.cl")),
        ("To", ME_H),
        ("Subject", enc("Confirmación entrevista Cobre Digital – jueves 26/11")),
        ("Date", date("2026-11-20 17:45", SCL)),
        ("Message-ID", "<CAOq1mZ+8f2V0kRebolledo-a7@mail.gmail.com>"),
    ], text(inner_body, cte="8bit"))
    outer_body = t("""
        para no olvidarme, agendar en el calendario del trabajo como "médico"

        """)
    return message([
        ("Received", received("from [192.168.1.34] (unknown [179.7.88.140])", "2026-11-23 07:58", LIMA,
                              "mx.example.org (Postfix) with ESMTPSA id 4F2A11C03B", ME, 2)),
        ("From", ME_H),
        ("To", ME_H),
        ("Subject", enc("Fwd: Confirmación entrevista Cobre Digital – jueves 26/11")),
        ("Date", date("2026-11-23 07:58", LIMA)),
        ("Message-ID", "<8C3E1D2F-7A4B-4E9C-B1A0-5F6D7E8C9A0B@example.org>"),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ], mixed(text(outer_body, cte="8bit"), attached_message(inner, "Confirmacion entrevista.eml")))


@mail(n(16), family="human_prose", lang="es", interview=True, kind="scheduled",
      company="Chaski Logística S.A.C.",
      start=utc("2026-12-09 08:30", LIMA), contact="valeria@chaskilogistica.pe",
      local="Wed 2026-12-09 08:30", zone=LIMA,
      note="Startup founder in tú: 'como mañana es feriado, pasado mañana temprano, a las 8:30'. Date Mon 7 "
           "Dec (Lima) -> Wed 9 Dec 08:30 Lima = 13:30Z. No end. Contact = sender.")
def human_chaski() -> bytes:
    body = t("""
        Hola Renzo!

        Genial que te animes. Como mañana es feriado, pasado mañana temprano, a las 8:30, nos tomamos un
        café en la oficina (Calle San Francisco 211, interior 3, cerca de la plaza) y conversamos con
        Joaquín, nuestro CTO. Tráete la laptop si quieres mostrar algo de lo que hiciste con los
        sensores de los camiones.

        Nos vemos!
        Vale

        --
        Valeria Núñez · cofundadora
        Chaski Logística · chaskilogistica.pe

        El lun, 7 dic 2026 a las 16:03, Renzo Quispe (<renzo.quispe@example.org>) escribió:
        > Hola Valeria, gracias por escribirme. Sí me interesa conversar, esta semana tengo las
        > mañanas libres salvo el jueves.
        > Saludos,
        > Renzo
        """)
    return message([
        rcv("mail-wr1-f44.google.com", "209.85.221.44", "2026-12-07 19:12", LIMA, "cHk2Vn7p"),
        ("From", addr("Valeria Núñez", "valeria@chaskilogistica.pe")),
        ("To", ME_H),
        ("Subject", "Re: Vacante desarrollador backend"),
        ("Date", date("2026-12-07 19:12", LIMA)),
        ("Message-ID", "<CAHx7b3Pq0Lm2VnUz8kT1fRaW9sYc4dE5gH6@mail.gmail.com>"),
        ("In-Reply-To", "<CAJ8rQz7Kd0aRenzo2QbX@mail.example.org>"),
        ("References", "<CAF1vN8aP3r0ValeriaK1@mail.gmail.com> <CAJ8rQz7Kd0aRenzo2QbX@mail.example.org>"),
    ], alt(text(body), html(gmail_html(body))))


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


@mail(n(17), family="smartrecruiters", lang="es", interview=True, kind="rescheduled",
      company="Minería Atacama Digital S.A.",
      start=utc("2026-10-14 15:30", SCL), end=utc("2026-10-14 16:30", SCL),
      contact="valentina.soto@atacamadigital.cl",
      local="Wed 2026-10-14 15:30", local_end="2026-10-14 16:30", zone=SCL,
      days=(("Tue", "2026-10-13"),),
      note="SmartRecruiters reschedule: old 'martes 13 de octubre, 10:00', new 'miércoles 14 de octubre, "
           "15:30 – 16:30 (hora de Chile continental, GMT-3)' = 18:30-19:30Z. Labelled with the new time. "
           "Contact = human Reply-To.")
def smartrecruiters_atacama() -> bytes:
    body = t("""
        Hola Renzo,

        Te escribimos porque tuvimos que reprogramar tu entrevista para el cargo Desarrollador Senior
        - Plataforma de Monitoreo de Relaves.

        Horario anterior (cancelado):  martes 13 de octubre de 2026, 10:00 - 11:00
        Nuevo horario:                 miércoles 14 de octubre de 2026, 15:30 - 16:30
                                       (hora de Chile continental, GMT-3)

        Entrevistadores: Valentina Soto (Reclutamiento) y Rodrigo Pizarro (Jefe de Desarrollo)
        Lugar: Microsoft Teams - el enlace se mantiene igual.

        Disculpa las molestias. Si el nuevo horario no te acomoda, responde a este correo.

        Saludos cordiales,
        Valentina Soto
        Minería Atacama Digital S.A.
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
        <p>Hola Renzo,</p>
        <p>Te escribimos porque tuvimos que <b>reprogramar</b> tu entrevista para el cargo
        Desarrollador Senior - Plataforma de Monitoreo de Relaves.</p>
        <p><s>martes 13 de octubre de 2026, 10:00 - 11:00</s> (cancelado)<br>
        <b>Nuevo horario: miércoles 14 de octubre de 2026, 15:30 - 16:30</b><br>
        (hora de Chile continental, GMT-3)</p>
        <p>Entrevistadores: Valentina Soto (Reclutamiento) y Rodrigo Pizarro (Jefe de Desarrollo)<br>
        Lugar: Microsoft Teams - el enlace se mantiene igual.</p>
        <p>Disculpa las molestias. Si el nuevo horario no te acomoda, responde a este correo.</p>
        <p>Saludos cordiales,<br>Valentina Soto<br>Minería Atacama Digital S.A.</p>
        <p style="font-size:10px;color:#999">Powered by SmartRecruiters</p>
        </body></html>
        """)
    return message([
        rcv("mail-out7.smartrecruiters.com", "52.58.12.101", "2026-10-09 12:30", SCL, "sRt7bQ1e"),
        ("From", addr("Minería Atacama Digital S.A.", "noreply@smartrecruiters.com")),
        ("Reply-To", addr("Valentina Soto", "valentina.soto@atacamadigital.cl")),
        ("To", ME_H),
        ("Subject", enc("Cambio de horario de tu entrevista – Minería Atacama Digital")),
        ("Date", date("2026-10-09 12:30", SCL)),
        ("Message-ID", "<20261009153000.7c1d2e3f4a5b@smartrecruiters.com>"),
    ], alt(text(body, charset="iso-8859-15", cte="quoted-printable"), html(page, charset="iso-8859-15")))


@mail(n(18), family="recruitee", lang="es", interview=True, kind="rescheduled",
      company="Guadua Tech S.A.S.",
      start=utc("2026-11-16 11:30", BOG), end=utc("2026-11-16 12:15", BOG),
      contact="laura.mendez@guaduatech.co",
      local="Mon 2026-11-16 11:30", local_end="2026-11-16 12:15", zone=BOG,
      days=(("Thu", "2026-11-12"),),
      note="Recruitee reschedule: old 'jueves 12 de noviembre, 9:00 a. m.', new 'lunes 16 de noviembre a las "
           "11:30 a. m. (hora de Bogotá)', 45 minutes = 16:30-17:15Z; updated ICS (SEQUENCE:1) agrees. "
           "Contact = human Reply-To.")
def recruitee_guadua() -> bytes:
    body = t("""
        Hola Renzo:

        Laura de Guadua Tech por aquí. Tuvimos un cruce de agenda con el equipo, así que movimos tu
        entrevista técnica:

          Antes: jueves 12 de noviembre, 9:00 a. m.
          Ahora: lunes 16 de noviembre, 11:30 a. m. – 12:15 p. m. (hora de Bogotá, 45 minutos)

        El enlace de Google Meet es el mismo. Te adjunto la invitación actualizada.

        ¡Gracias por la flexibilidad!

        Laura Méndez
        People & Culture · Guadua Tech
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Recruitee//Recruitee Calendar//EN\nMETHOD:REQUEST\n" + VTZ_BOGOTA + "\n" + t("""
        BEGIN:VEVENT
        UID:recruitee-interview-3318842@recruitee.com
        SEQUENCE:1
        DTSTAMP:20261110T150000Z
        DTSTART;TZID=America/Bogota:20261116T113000
        DTEND;TZID=America/Bogota:20261116T121500
        SUMMARY:Entrevista técnica - Renzo Quispe (Guadua Tech)
        LOCATION:https://meet.google.com/fbt-wkoq-zra
        ORGANIZER;CN=Laura Méndez:mailto:laura.mendez@guaduatech.co
        ATTENDEE;CN=Renzo Quispe;RSVP=TRUE:mailto:renzo.quispe@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("mail.recruitee.com", "35.157.44.20", "2026-11-10 10:00", BOG, "rCt3mX5v"),
        ("From", addr("Laura Méndez (Guadua Tech)", "no-reply@recruitee.com")),
        ("Reply-To", addr("Laura Méndez", "laura.mendez@guaduatech.co")),
        ("To", ME_H),
        ("Subject", enc("Nueva fecha para tu entrevista en Guadua Tech")),
        ("Date", date("2026-11-10 10:00", BOG)),
        ("Message-ID", "<67301fa0c1b2d_5e3a2b1c4d@recruitee-mailer-7f9c.mail>"),
    ], mixed(text(body, cte="base64"), calendar(ics, cte="quoted-printable", filename="invite.ics",
                                                  disposition="attachment")))


@mail(n(19), family="goodtime", lang="en", interview=True, kind="rescheduled",
      company="Northern Lode Software",
      start=utc("2026-11-03 14:00", "America/Toronto"), end=utc("2026-11-03 14:45", "America/Toronto"),
      contact="emily.tran@northernlode.ca",
      local="Tue 2026-11-03 14:00", local_end="2026-11-03 14:45", zone="America/Toronto",
      days=(("Thu", "2026-10-29"),),
      note="GoodTime reschedule sent Tue 27 Oct (EDT): old Thu 29 Oct 2:00 PM EDT, new Tue 3 Nov 2:00-2:45 PM "
           "ET. US/Canada DST ends 1 Nov, so the new slot is EST (UTC-5) = 19:00-19:45Z (the same as 2 PM in "
           "Lima, which the mail also says); ICS TZID America/Toronto agrees. Contact = coordinator Reply-To.")
def goodtime_northern() -> bytes:
    body = t("""
        Hi Renzo,

        Your interview with Northern Lode Software has been rescheduled.

        PREVIOUS TIME
        Thursday, October 29, 2026, 2:00 PM - 2:45 PM EDT

        NEW TIME
        Tuesday, November 3, 2026, 2:00 PM - 2:45 PM EST
        (2:00 PM - 2:45 PM in Lima, as clocks in Toronto go back on November 1)

        Interview: Technical Deep Dive (45 minutes)
        Interviewer: Marc Belanger, Senior Engineering Manager
        Location: Zoom - https://northernlode.zoom.us/j/91844027715

        An updated calendar invitation is attached. If this time no longer works, reply to this
        email and Emily will help.

        Emily Tran
        Recruiting Coordinator, Northern Lode Software

        Sent via GoodTime
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//GoodTime.io//GoodTime Scheduler//EN\nMETHOD:REQUEST\n" + VTZ_TORONTO + "\n" + t("""
        BEGIN:VEVENT
        UID:gt-8a7c21e4-northernlode-renzo@goodtime.io
        SEQUENCE:2
        DTSTAMP:20261027T154500Z
        DTSTART;TZID=America/Toronto:20261103T140000
        DTEND;TZID=America/Toronto:20261103T144500
        SUMMARY:Northern Lode Software: Technical Deep Dive with Renzo Quispe
        LOCATION:https://northernlode.zoom.us/j/91844027715
        ORGANIZER;CN=Emily Tran:mailto:emily.tran@northernlode.ca
        ATTENDEE;CN=Renzo Quispe;RSVP=TRUE:mailto:renzo.quispe@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("o3.email.goodtime.io", "149.72.33.90", "2026-10-27 11:45", "America/Toronto", "gDt1Mq6w"),
        ("From", addr("Northern Lode Software Recruiting", "scheduling@goodtime.io")),
        ("Reply-To", addr("Emily Tran", "emily.tran@northernlode.ca")),
        ("To", ME_H),
        ("Subject", "Rescheduled: Northern Lode Software interview - now Tue, Nov 3 at 2:00 PM EST"),
        ("Date", date("2026-10-27 11:45", "America/Toronto")),
        ("Message-ID", "<gt.resched.8a7c21e4.1761579900@goodtime.io>"),
    ], mixed(alt(text(body, cte="7bit"), html(gmail_html(body))),
             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(20), family="human_prose", lang="es", interview=True, kind="rescheduled",
      company="Kallpa Minería Digital S.A.C.",
      start=utc("2026-12-10 19:30", LIMA), contact="diego.villanueva@kallpadigital.pe",
      local="Thu 2026-12-10 19:30", zone=LIMA,
      days=(("Wed", "2026-12-09"),),
      note="Reply written on a phone: 'lo pasamos al jueves 10/12 a las 7:30 pm' (DD/MM, Peru) instead of "
           "the Wednesday 9/12 6 pm in the quoted thread. 19:30 Lima (UTC-5) = 00:30Z on Fri 11 Dec, another "
           "day in UTC. Contact = sender.")
def phone_kallpa() -> bytes:
    body = t("""
        Renzo disculpa, el miercoles no llego de la mina. Lo pasamos al jueves 10/12 a las 7:30 pm, mismo link de meet. Ok?? si no me avisas asumo q sí

        Diego

        Enviado desde mi iPhone

        > El 4 dic 2026, a las 12:10, Renzo Quispe <renzo.quispe@example.org> escribió:
        >
        > Perfecto Diego, entonces el miércoles 9/12 a las 6 pm. Gracias!
        >
        >> El 4 dic 2026, a las 11:02, Diego Villanueva <diego.villanueva@kallpadigital.pe> escribió:
        >>
        >> Hola Renzo, te propongo el miércoles 9/12 a las 6 pm para la entrevista con el equipo.
        >> Diego Villanueva | Gerente de Tecnología | Kallpa Minería Digital
        """)
    return message([
        rcv("mail-pj1-f52.google.com", "209.85.216.52", "2026-12-05 21:40", LIMA, "kLp4Zs8d"),
        ("From", addr("Diego Villanueva", "diego.villanueva@kallpadigital.pe")),
        ("To", ME_H),
        ("Subject", "Re: Entrevista Kallpa"),
        ("Date", date("2026-12-05 21:40", LIMA)),
        ("Message-ID", "<5E2B7A91-3C4D-4F8E-A6B1-9D0C2E3F4A5B@kallpadigital.pe>"),
        ("In-Reply-To", "<CAJ8rQz9Lx4Renzo7TkY@mail.example.org>"),
        ("References", "<D3A1F0B2-77C8-4E1D-9A2B-6C5D4E3F2A1B@kallpadigital.pe> <CAJ8rQz9Lx4Renzo7TkY@mail.example.org>"),
        ("X-Mailer", "iPhone Mail (22C152)"),
    ], text(body, cte="8bit", params="format=flowed; delsp=yes"))


@mail(n(21), family="workable", lang="en", interview=True, kind="cancelled",
      company="Bristlecone Mining Software",
      start=utc("2026-09-24 11:00", "America/New_York"), contact=None,
      local="Thu 2026-09-24 11:00", zone="America/New_York",
      note="Workable cancellation, no new time (role filled): the cancelled slot 'Thursday, September 24, "
           "2026 at 11:00 AM EDT' = 15:00Z. Reply-To is a Workable relay, the signature has no address: "
           "contact null.")
def workable_bristlecone() -> bytes:
    body = t("""
        Hi Renzo,

        I'm sorry to let you know that we have to cancel your interview for the Senior Backend
        Engineer (Remote, Americas) position, scheduled for Thursday, September 24, 2026 at 11:00 AM
        EDT.

        We have just filled the role with an internal candidate and have closed the opening. We really
        enjoyed your first conversation with us and would love to keep your details on file for future
        openings.

        Apologies for the short notice, and thanks again for your time.

        Best regards,
        Jenna Park
        Bristlecone Mining Software
        """)
    return message([
        rcv("mail-185.workablemail.com", "18.200.41.185", "2026-09-21 16:05", "America/New_York", "wKb2Rr4t"),
        ("From", addr("Bristlecone Mining Software", "noreply@workablemail.com")),
        ("Reply-To", "bristlecone-mining-software+a7f3c21b90@candidates.workablemail.com"),
        ("To", ME_H),
        ("Subject", "Your interview with Bristlecone Mining Software has been cancelled"),
        ("Date", date("2026-09-21 16:05", "America/New_York")),
        ("Message-ID", "<a7f3c21b90.20260921200500.cancel@workablemail.com>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body), cte="base64")))


@mail(n(22), family="google_calendar", lang="en", interview=True, kind="cancelled",
      company="Cascadia Earthworks",
      start=utc("2026-11-12 16:30", "America/Los_Angeles"), end=utc("2026-11-12 17:30", "America/Los_Angeles"),
      contact="derek.olsen@cascadiaearthworks.com",
      local="Thu 2026-11-12 16:30", local_end="2026-11-12 17:30", zone="America/Los_Angeles",
      note="Google Calendar cancellation (METHOD:CANCEL) of 'Thu Nov 12, 2026 4:30pm - 5:30pm (PST)'. PST is "
           "UTC-8 after 1 Nov, so the cancelled slot is 00:30-01:30Z on Fri 13 Nov (another day in UTC). "
           "Contact = organizer.")
def gcal_cancel_cascadia() -> bytes:
    body = t("""
        This event has been canceled and removed from your calendar.

        Technical interview - Renzo Quispe (Geospatial Platform)
        When
        Thursday Nov 12, 2026 ⋅ 4:30pm – 5:30pm (Pacific Time - Los Angeles)

        Organizer
        Derek Olsen
        derek.olsen@cascadiaearthworks.com

        Guests
        Derek Olsen - organizer
        renzo.quispe@example.org

        Invitation from Google Calendar
        You are receiving this email because you are an attendee on the event.
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:CANCEL\n" + VTZ_LA + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Los_Angeles:20261112T163000
        DTEND;TZID=America/Los_Angeles:20261112T173000
        DTSTAMP:20261109T182000Z
        ORGANIZER;CN=Derek Olsen:mailto:derek.olsen@cascadiaearthworks.com
        UID:0m3k8d2f7q1c9v5b4n6x2z8a1s@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=renzo.quispe@example.org;X-NUM-GUESTS=0:mailto:renzo.quispe@example.org
        CREATED:20261103T172211Z
        LAST-MODIFIED:20261109T182000Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Technical interview - Renzo Quispe (Geospatial Platform)
        TRANSP:OPAQUE
        END:VEVENT
        """) + "END:VCALENDAR\n"
    return message([
        rcv("mail-sor-f73.google.com", "209.85.220.73", "2026-11-09 10:20", "America/Los_Angeles", "gCx0Pn3r"),
        ("From", addr("Derek Olsen", "derek.olsen@cascadiaearthworks.com")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", "Canceled event: Technical interview - Renzo Quispe (Geospatial Platform) @ Thu Nov 12, "
                    "2026 4:30pm - 5:30pm (PST) (renzo.quispe@example.org)"),
        ("Date", date("2026-11-09 10:20", "America/Los_Angeles")),
        ("Message-ID", "<calendar-0e4d1b7a-52c3-4f8e-9a61-7d2b3c4e5f60@google.com>"),
    ], mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="base64")),
             calendar(ics, method="CANCEL", cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(n(23), family="human_prose", lang="es", interview=True, kind="cancelled",
      company="Cobrera Punta Brava S.A.",
      start=utc("2026-10-15 09:30", SCL), contact="francisca.munoz@araucariatalent.cl",
      local="Thu 2026-10-15 09:30", zone=SCL,
      days=(("Tue", "2026-10-20"),),
      note="Santiago headhunter cancels the client interview of 'jueves 15 a las 9:30 (hora de Chile)' = "
           "12:30Z (Chile UTC-3 since September); 'quizás el martes 20 a la misma hora, pero te confirmo' is "
           "not a new fixed time, so kind cancelled with the cancelled slot. Company = the hiring client; "
           "contact = the consultant who writes.")
def headhunter_cancel() -> bytes:
    body = t("""
        Hola Renzo, buenos días:

        Lamentablemente te tengo que avisar que la entrevista del jueves 15 a las 9:30 (hora de Chile)
        con Cobrera Punta Brava queda suspendida. El cliente congeló el proceso por una revisión interna
        de presupuesto y no sabemos por cuánto tiempo.

        Quizás podríamos retomarlo el martes 20 a la misma hora, pero te confirmo apenas sepa algo; por
        ahora no lo agendes.

        Mil disculpas por el cambio.

        Un abrazo,
        Francisca Muñoz R.
        Consultora Senior · Araucaria Talent Partners
        Av. Apoquindo 3910, of. 1202, Las Condes
        """)
    return message([
        rcv("mail-ej1-f50.google.com", "209.85.218.50", "2026-10-13 08:40", SCL, "aRc5Tf1n"),
        ("From", addr("Francisca Muñoz R.", "francisca.munoz@araucariatalent.cl")),
        ("To", ME_H),
        ("Subject", enc("Entrevista Cobrera Punta Brava – suspendida")),
        ("Date", date("2026-10-13 08:40", SCL)),
        ("Message-ID", "<CAM4pTr0x2Vq8Francisca9Lz1@mail.gmail.com>"),
    ], alt(text(body, charset="iso-8859-1", cte="quoted-printable"), html(gmail_html(body), charset="iso-8859-1")))


# =========================================================================== negatives


@mail(n(24), family="rejection", lang="en", interview=False, company="Timberline Assay",
      note="Greenhouse rejection after an interview; it mentions the past interview but fixes no time.")
def greenhouse_reject_timberline() -> bytes:
    body = t("""
        Hi Renzo,

        Thank you for taking the time to interview with us last week for the Backend Engineer, Lab
        Automation role. The team enjoyed learning about your work on haul-truck telemetry.

        After careful consideration, we have decided to move forward with other candidates whose
        experience more closely matches our current needs. This was not an easy decision.

        We will keep your profile in our system and may reach out if a future opening is a better
        fit. We wish you the very best in your search.

        Kind regards,
        The Timberline Assay Recruiting Team
        """)
    return message([
        rcv("o11.us.greenhouse-mail.io", "167.89.43.22", "2026-09-29 13:15", "America/Denver", "gHr3jK0s"),
        ("From", addr("Timberline Assay", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Timberline Assay Recruiting", "recruiting@timberlineassay.com")),
        ("To", ME_H),
        ("Subject", "Your application to Timberline Assay"),
        ("Date", date("2026-09-29 13:15", "America/Denver")),
        ("Message-ID", "<66f9a7c3d4e8_3a9f2b1c8d55.greenhouse@us.greenhouse-mail.io>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(n(25), family="application_receipt", lang="es", interview=False, company="Ferrocarril Andino Tech SpA",
      note="softgarden acknowledgement of an application; says an interview may be coordinated later, no time.")
def softgarden_receipt() -> bytes:
    body = t("""
        Hola Renzo Quispe,

        ¡Muchas gracias por tu postulación al cargo «Ingeniero/a de Software – Sistemas de Control de
        Tráfico Ferroviario» en Ferrocarril Andino Tech SpA!

        Hemos recibido tus documentos correctamente. Nuestro equipo revisará tu perfil durante las
        próximas dos semanas. Si tu experiencia se ajusta a lo que buscamos, te contactaremos para
        coordinar una primera entrevista.

        Puedes revisar el estado de tu postulación en cualquier momento en tu cuenta:
        https://ferrocarrilandino.softgarden.io/es/login

        Saludos cordiales,
        Tu equipo de Selección de Ferrocarril Andino Tech

        Este correo fue generado automáticamente. Por favor no respondas a este mensaje.
        """)
    return message([
        rcv("mailout3.softgarden.de", "87.190.49.83", "2026-09-10 09:22", SCL, "sFg8nN2c"),
        ("From", addr("Ferrocarril Andino Tech SpA", "noreply@softgarden.io")),
        ("To", ME),
        ("Subject", enc("Confirmación de tu postulación – Ingeniero/a de Software")),
        ("Date", date("2026-09-10 09:22", SCL)),
        ("Message-ID", "<sg.app.4471209.1789046520@softgarden.io>"),
        ("Auto-Submitted", "auto-generated"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(26), family="job_alert", lang="es", interview=False, company=None,
      note="JOIN job alert; one ad promises 'entrevista en 48 h', nothing scheduled.")
def join_alert() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;background:#f6f7fb">
        <table width="560" align="center" style="background:#fff;padding:20px">
        <tr><td><h2>Hola Renzo, hay 4 nuevos empleos para ti</h2>
        <p>Basado en tu búsqueda: <b>desarrollador backend</b> · Arequipa / Remoto</p>
        <hr>
        <p><b>Desarrollador Backend (Python) – Minería</b><br>Yungas Cloud SRL · Remoto (Bolivia/Perú)<br>
        <a href="https://join.com/companies/yungascloud/1482207">Ver empleo</a></p>
        <p><b>Ingeniero de Software Embebido</b><br>Tectra Industrial · Arequipa<br>
        <a href="https://join.com/companies/tectra/1482911">Ver empleo</a></p>
        <p><b>Full Stack Developer – ¡entrevista en 48 h!</b><br>Pampa Digital · Lima (híbrido)<br>
        <a href="https://join.com/companies/pampadigital/1483044">Ver empleo</a></p>
        <p><b>Data Engineer</b><br>Altiplano Agro · La Paz<br>
        <a href="https://join.com/companies/altiplanoagro/1483102">Ver empleo</a></p>
        <hr>
        <p style="font-size:11px;color:#888">Recibes este correo porque activaste una alerta de empleo en JOIN.
        <a href="https://join.com/unsubscribe/alerts?t=c2f1">Cancelar suscripción</a></p>
        </td></tr></table></body></html>
        """)
    return message([
        rcv("mail.join.com", "34.89.160.12", "2026-10-06 07:00", "Europe/Berlin", "jN2aLq7e"),
        ("From", addr("JOIN", "noreply@join.com")),
        ("To", ME),
        ("Subject", "4 nuevos empleos: desarrollador backend"),
        ("Date", date("2026-10-06 07:00", "Europe/Berlin")),
        ("Message-ID", "<alert.20261006.8812.renzo@join.com>"),
        ("List-Unsubscribe", "<https://join.com/unsubscribe/alerts?t=c2f1>"),
        ("Precedence", "bulk"),
    ], html(page))


@mail(n(27), family="offer", lang="es", interview=False, company="Minera Chachani S.A.C.",
      days=(("Wed", "2026-10-07"), ("Mon", "2026-10-12")),
      note="Offer after the 23 Sep interview (same thread as the Chachani confirmation); it fixes a contract "
           "signing on 'lunes 12 de octubre a las 9:00 a. m.' if he accepts. An offer, not an interview.")
def offer_chachani() -> bytes:
    body = t("""
        Estimado Renzo:

        Reciba un cordial saludo. Luego de la entrevista sostenida el pasado 23 de septiembre, nos es
        grato comunicarle que ha sido seleccionado para el puesto de Analista Programador - Sistemas de
        Mina. Adjuntamos la carta oferta con el detalle de la remuneración y beneficios.

        Le agradeceremos confirmar su aceptación hasta el miércoles 7 de octubre. De aceptar, la firma
        del contrato y la inducción de seguridad serían el lunes 12 de octubre a las 9:00 a. m. en
        nuestras oficinas de Cerro Colorado.

        Quedo atenta a sus comentarios.

        Atentamente,

        Rosa Huamaní Ccori
        Analista de Selección
        Minera Chachani S.A.C.
        """)
    pdf = raw_part([("Content-Type", 'application/pdf; name="Carta_Oferta_RQuispe.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Carta_Oferta_RQuispe.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\n"
                   "YmoKdHJhaWxlcgo8PC9Sb290IDEgMCBSPj4KJSVFT0YK\n")
    return message([
        rcv("mail.chachani.com.pe", "200.48.21.77", "2026-10-02 15:05", LIMA, "cHh9Oo1f"),
        ("From", addr("Rosa Huamaní Ccori", "rhuamani@chachani.com.pe", "iso-8859-1")),
        ("To", ME_H),
        ("Subject", "Carta oferta - Analista Programador Sistemas de Mina"),
        ("Date", date("2026-10-02 15:05", LIMA)),
        ("Message-ID", "<001b01dd1c44$2a9e8f10$7fdbad30$@chachani.com.pe>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], mixed(text(body, charset="iso-8859-1", cte="quoted-printable"), pdf))


@mail(n(28), family="newsletter_tips", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Career newsletter with interview tips and a webinar 'jueves 22 de octubre, 7 pm'; no interview.")
def newsletter_carrera() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;max-width:620px;margin:auto">
        <h1>Carrera Minera Digital · Boletín n.º 42</h1>
        <h2>7 preguntas que te harán en tu próxima entrevista técnica (y cómo responderlas)</h2>
        <p>«Cuéntame de un incidente en producción que hayas resuelto». Si trabajas en operaciones
        mineras, seguro tienes una buena historia: un despacho que se cayó en pleno cambio de guardia,
        sensores que reportaban basura a 4 500 m s. n. m.… Usa el método STAR y termina con lo que
        aprendiste.</p>
        <ol><li>¿Cómo diseñarías un sistema de telemetría para 200 camiones?</li>
        <li>¿Qué harías si el jefe de guardia te pide un cambio urgente en producción?</li>
        <li>¿Cuál es tu mayor debilidad? (sí, todavía la preguntan)</li></ol>
        <p><b>Webinar en vivo:</b> «Entrevistas técnicas en minería 4.0», jueves 22 de octubre, 7 pm
        (hora de Lima). <a href="https://carreraminera.pe/webinar">Inscríbete gratis</a>.</p>
        <p style="font-size:11px;color:#777">Recibes este boletín porque te suscribiste en carreraminera.pe.
        <a href="https://carreraminera.pe/baja">Darte de baja</a></p>
        </body></html>
        """)
    return message([
        rcv("mta-211.mailrelay-sv.com", "185.216.13.211", "2026-10-15 08:00", LIMA, "nWs4Lt9k"),
        ("From", addr("Carrera Minera Digital", "boletin@carreraminera.pe")),
        ("To", ME),
        ("Subject", enc("Boletín 42: 7 preguntas de entrevista técnica (y cómo responderlas)")),
        ("Date", date("2026-10-15 08:00", LIMA)),
        ("Message-ID", "<nl42.20261015130000.55102@carreraminera.pe>"),
        ("List-Unsubscribe", "<https://carreraminera.pe/baja?u=55102>"),
        ("List-Id", "Boletin Carrera Minera <boletin.carreraminera.pe>"),
        ("Precedence", "bulk"),
    ], html(page, charset="utf-8", cte="base64"))


@mail(n(29), family="scheduling_link", lang="en", interview=False, company="Kestrel Ore Analytics",
      note="Recruiter sends a Calendly link to pick a 30-minute slot next week; no time fixed yet.")
def calendly_link_kestrel() -> bytes:
    body = t("""
        Hi Renzo,

        Thanks for applying to the Software Engineer, Mine Optimization role at Kestrel Ore Analytics.
        I'd love to set up a 30-minute intro call. Please grab whatever time works best for you next
        week using my calendar link:

        https://calendly.com/tyler-kestrel/intro-call-30

        The slots are shown in your own time zone, so no need to convert from Mountain Time.

        Talk soon,
        Tyler Hansen
        Senior Recruiter | Kestrel Ore Analytics
        tyler.hansen@kestrelore.com
        """)
    return message([
        rcv("mail-qt1-f178.google.com", "209.85.160.178", "2026-10-20 10:35", "America/Denver", "kSt1Fp5h"),
        ("From", addr("Tyler Hansen", "tyler.hansen@kestrelore.com")),
        ("To", ME),
        ("Subject", "Intro call - Kestrel Ore Analytics"),
        ("Date", date("2026-10-20 10:35", "America/Denver")),
        ("Message-ID", "<CAE2tYh0Kx7mPq3Hansen8Rw@mail.gmail.com>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(n(30), family="recruiter_outreach", lang="es", interview=False, company="Esmeralda Cloud S.A.S.",
      note="Bogotá recruiter's cold outreach asking for 20 minutes 'esta semana o la próxima'; nothing fixed.")
def outreach_esmeralda() -> bytes:
    body = t("""
        Hola Renzo, ¿qué tal?

        Vi tu perfil y tu experiencia con sistemas de despacho y telemetría en mina me pareció muy
        interesante. En Esmeralda Cloud estamos armando un equipo remoto para un cliente del sector
        minero-energético y creo que podrías encajar muy bien como Tech Lead.

        ¿Tendrías 20 minutos esta semana o la próxima para una llamada corta? Me adapto a tu horario
        (estamos en la misma zona horaria que Lima).

        Un saludo,
        Natalia Rincón
        Talent Acquisition Lead · Esmeralda Cloud
        Bogotá, Colombia
        """)
    return message([
        rcv("mail-io1-f41.google.com", "209.85.166.41", "2026-09-16 17:20", BOG, "eSm7Kr2p"),
        ("From", addr("Natalia Rincón", "natalia.rincon@esmeraldacloud.co")),
        ("To", ME_H),
        ("Subject", enc("Oportunidad Tech Lead remoto – sector minero")),
        ("Date", date("2026-09-16 17:20", BOG)),
        ("Message-ID", "<CAPz8nR1q0Wm3Rincon5Bx@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(31), family="proposed_times", lang="es", interview=False, company="Salitre Labs SpA",
      days=(("Tue", "2026-11-10"), ("Wed", "2026-11-11")),
      note="Chilean recruiter proposes two slots ('¿Te acomoda el martes 10 a las 10:00 o el miércoles 11 a "
           "las 15:00?') and waits for an answer: proposed, not confirmed.")
def proposed_salitre() -> bytes:
    body = t("""
        Hola Renzo,

        ¡Qué bueno que te interesó la vacante! Para la entrevista técnica con el equipo, ¿te acomoda el
        martes 10 a las 10:00 o el miércoles 11 a las 15:00 (hora de Chile)? Es por Meet y dura una
        hora aprox.

        Apenas me confirmes cuál te sirve, te envío la invitación.

        Saludos!
        Josefina Valdés
        People Team · Salitre Labs
        """)
    return message([
        rcv("mail-lf1-f47.google.com", "209.85.167.47", "2026-11-05 16:10", SCL, "sLt6Hq9m"),
        ("From", addr("Josefina Valdés", "josefina.valdes@salitrelabs.cl")),
        ("To", ME_H),
        ("Subject", enc("Re: Postulación Backend Developer - Salitre Labs")),
        ("Date", date("2026-11-05 16:10", SCL)),
        ("Message-ID", "<CAGq3vJ7s2Xn0Valdes4Kt@mail.gmail.com>"),
        ("In-Reply-To", "<CAJ8rQz2Vt5Renzo3PxQ@mail.example.org>"),
    ], text(body, cte="8bit"))


@mail(n(32), family="non_interview_calendar", lang="es", interview=False, company=None,
      days=(("Fri", "2026-10-16"),),
      note="Clinic appointment confirmation (traumatología) with a fixed time and an ICS; not an interview.")
def clinica_cita() -> bytes:
    body = t("""
        Estimado(a) RENZO QUISPE MAMANI:

        Su cita ha sido registrada con éxito.

        Especialidad: Traumatología
        Médico: Dr. Alberto Zúñiga Paredes
        Fecha: vie. 16/10/2026
        Hora: 08:40 a. m.
        Sede: Clínica Misti Salud - Av. Dolores 410, J. L. Bustamante y Rivero

        Recuerde llegar 20 minutos antes para admisión. Para reprogramar, llame al (054) 60-2200.

        Clínica Misti Salud
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Misti Salud//Citas//ES\nMETHOD:PUBLISH\n" + VTZ_LIMA + "\n" + t("""
        BEGIN:VEVENT
        UID:cita-20261016-0840-448120@mistisalud.pe
        DTSTAMP:20261012T150000Z
        DTSTART;TZID=America/Lima:20261016T084000
        DTEND;TZID=America/Lima:20261016T090000
        SUMMARY:Cita Traumatología - Dr. Zúñiga
        LOCATION:Clínica Misti Salud - Av. Dolores 410
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("smtp.mistisalud.pe", "190.12.77.8", "2026-10-12 10:00", LIMA, "mSt0Cl4a"),
        ("From", addr("Clínica Misti Salud - Citas", "citas@mistisalud.pe")),
        ("To", ME),
        ("Subject", enc("Confirmación de cita – Traumatología – 16/10/2026 08:40")),
        ("Date", date("2026-10-12 10:00", LIMA)),
        ("Message-ID", "<cita.448120.20261012150000@mistisalud.pe>"),
    ], mixed(text(body, charset="iso-8859-1", cte="8bit"),
             calendar(ics, method="PUBLISH", cte="base64", filename="cita.ics", disposition="attachment")))


@mail(n(33), family="non_interview_calendar", lang="es", interview=False, company=None,
      days=(("Sat", "2026-10-24"),),
      note="Car-service appointment at a dealer ('sábado 24 de octubre, 8:00 a. m.'); fixed time, not an interview.")
def car_service() -> bytes:
    body = t("""
        Estimado cliente RENZO QUISPE:

        Le confirmamos su cita de servicio:

        Vehículo: Toyota Hilux 2.4 – placa V4R-318
        Servicio: Mantenimiento preventivo 20 000 km
        Fecha: sábado 24 de octubre de 2026
        Hora de recepción: 8:00 a. m.
        Asesor de servicio: Julio Apaza
        Taller: Automotriz Misti – Av. Parra 512, Arequipa

        Tiempo estimado de trabajo: 4 horas. Contamos con sala de espera y wifi.

        Si no puede asistir, responda NO a este correo o llame al (054) 22-8890.

        Automotriz Misti S.A. – Concesionario autorizado
        """)
    return message([
        rcv("mail.automotrizmisti.pe", "190.40.11.52", "2026-10-20 12:15", LIMA, "aTm3Vs8q"),
        ("From", addr("Automotriz Misti - Servicio", "servicio@automotrizmisti.pe")),
        ("To", ME),
        ("Subject", "Cita de servicio confirmada - V4R-318 - 24/10/2026 08:00"),
        ("Date", date("2026-10-20 12:15", LIMA)),
        ("Message-ID", "<20261020171500.cita.V4R318@automotrizmisti.pe>"),
    ], text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(34), family="non_interview_calendar", lang="es", interview=False, company=None,
      days=(("Tue", "2026-11-03"),),
      note="School platform: parent-teacher meeting with the class tutor, 'martes 3 de noviembre a las 5:30 pm'. "
           "Fixed time, not a job interview.")
def parent_teacher() -> bytes:
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <p><b>Colegio Montebello &ndash; Aula360</b></p>
        <p>Estimado padre de familia Renzo Quispe:</p>
        <p>La tutora de 3.er grado B, Miss Gabriela Rivera, lo cita a una <b>entrevista con padres de
        familia</b> para conversar sobre el avance de su hijo Santiago en el tercer bimestre.</p>
        <p>Fecha: martes 3 de noviembre de 2026<br>Hora: 5:30 pm<br>Lugar: Aula 3B, pabellón primaria</p>
        <p>Por favor confirme su asistencia desde la agenda de Aula360.</p>
        <p>Atentamente,<br>Coordinación de Primaria</p>
        <p style="font-size:10px;color:#888">Mensaje enviado desde Aula360. No responda a este correo.</p>
        </body></html>
        """)
    return message([
        rcv("mailer.aula360.pe", "161.132.4.9", "2026-10-28 13:40", LIMA, "aUl3Bq6n"),
        ("From", addr("Colegio Montebello (Aula360)", "notificaciones@aula360.pe")),
        ("To", ME),
        ("Subject", enc("Citación: entrevista con la tutora – 3.er grado B")),
        ("Date", date("2026-10-28 13:40", LIMA)),
        ("Message-ID", "<aula360.msg.991204.1761676800@aula360.pe>"),
    ], html(page, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(35), family="non_interview_calendar", lang="es", interview=False, company=None,
      days=(("Mon", "2026-09-07"),),
      note="Exchange invitation at the current employer: daily stand-up from Mon 7 Sep, 08:45 (SA Pacific "
           "Standard Time). A work meeting, not an interview; company null as for the dev set's stand-up.")
def standup_current() -> bytes:
    body = t("""
        Equipo, a partir del lunes 7 de septiembre movemos la daily a las 8:45 para no cruzarnos con el
        cambio de guardia. 15 minutos, como siempre.

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse desde el equipo o la aplicación móvil
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ3NzEx@thread.v2/0>
        ________________________________________________________________________________
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + VTZ_SA_PACIFIC + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Karina Salinas:mailto:ksalinas@andinaops.com.pe
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Renzo Quispe:mailto:rquispe@andinaops.com.pe
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Equipo Sistemas Mina:mailto:sistemasmina@andinaops.com.pe
        RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;WKST=SU
        SUMMARY;LANGUAGE=es-PE:Daily Sistemas Mina
        DTSTART;TZID=SA Pacific Standard Time:20260907T084500
        DTEND;TZID=SA Pacific Standard Time:20260907T090000
        UID:040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DC01000000000000000010000000112233445566778899AABBCCDDEEFF00
        CLASS:PUBLIC
        DTSTAMP:20260904T140000Z
        STATUS:CONFIRMED
        SEQUENCE:3
        LOCATION;LANGUAGE=es-PE:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", received("from CH3PR11MB8110.namprd11.prod.outlook.com (2603:10b6:610:15b::9)", "2026-09-04 09:00",
                              LIMA, "mx.example.org with ESMTPS id fWd2Xn4o", ME)),
        ("From", addr("Karina Salinas", "ksalinas@andinaops.com.pe")),
        ("To", addr("Equipo Sistemas Mina", "sistemasmina@andinaops.com.pe")),
        ("Subject", "Daily Sistemas Mina"),
        ("Date", date("2026-09-04 09:00", LIMA)),
        ("Message-ID", "<CH3PR11MB81103E2A1B4C5D6E7F8091A2B3C4D@CH3PR11MB8110.namprd11.prod.outlook.com>"),
        ("X-Forwarded-To", ME),
        ("Content-Language", "es-PE"),
    ], alt(text(body), calendar(ics, cte="base64")))


@mail(n(36), family="interviewer_invite", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Lever at the current employer asks Renzo to interview a candidate ('jue 22 oct, 15:00 - 15:45'). "
           "He is the interviewer, not the candidate: negative; company null (his own employer, not hiring him).")
def interviewer_panel() -> bytes:
    body = t("""
        Hola Renzo,

        Has sido agregado al panel de entrevista de un candidato:

        Candidato: Mateo Flores Quispe
        Puesto: Desarrollador Junior – Sistemas Mina
        Etapa: Entrevista técnica
        Cuándo: jue 22 oct 2026, 15:00 – 15:45 (GMT-05:00) Lima
        Dónde: Sala Chachani, piso 3 / Teams

        Por favor revisa el CV y deja tu feedback en Lever dentro de las 24 horas posteriores a la
        entrevista: https://hire.lever.co/interviews/6f2e81c4

        Gracias,
        Equipo de Talento – Andina Operaciones Mineras
        """)
    return message([
        rcv("mail-a07.hire.lever.co", "54.240.8.77", "2026-10-16 10:30", LIMA, "lVr8Pn2w"),
        ("From", addr("Andina Operaciones Mineras", "no-reply@hire.lever.co")),
        ("To", addr("Renzo Quispe", "rquispe@andinaops.com.pe")),
        ("Subject", enc("Entrevista asignada: Mateo Flores Quispe – Desarrollador Junior")),
        ("Date", date("2026-10-16 10:30", LIMA)),
        ("Message-ID", "<0100019a8e2f1c02-interviewer-6f2e81c4-000000@email.amazonses.com>"),
        ("X-Forwarded-To", ME),
    ], text(body, cte="quoted-printable"))


@mail(n(37), family="webinar", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Zoom webinar registration: a panel on 'interviewing for data roles in mining', Thu 5 Nov 11:00 "
           "Mountain Time. Fixed time, but a webinar.")
def webinar_zoom() -> bytes:
    body = t("""
        Hi Renzo,

        Thank you for registering for "Mining Data Forum: How to Ace the Interview for Data Roles in
        Mining".

        Date & Time: Nov 5, 2026 11:00 AM Mountain Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us02web.zoom.us/w/87712045531?tk=Qm9yZGVyTGluZQ

        Passcode: 441902

        Add to calendar: https://us02web.zoom.us/webinar/tJYvd-ggrj8o/ics

        You can cancel your registration at any time.
        """)
    return message([
        rcv("mailout1.zoom.us", "170.114.52.2", "2026-10-28 09:05", "America/Denver", "zMw1Pq4y"),
        ("From", addr("Mining Data Forum", "no-reply@zoom.us")),
        ("Reply-To", addr("Mining Data Forum", "events@miningdataforum.org")),
        ("To", ME),
        ("Subject", "Mining Data Forum: How to Ace the Interview for Data Roles in Mining Confirmation"),
        ("Date", date("2026-10-28 09:05", "America/Denver")),
        ("Message-ID", "<webinar.87712045531.renzo.1761663900@zoom.us>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(n(38), family="mock_interview", lang="es", interview=False, company=None,
      days=(("Sat", "2026-10-17"),),
      note="Calendly confirmation of a paid mock interview with a career coach ('Simulación de entrevista "
           "técnica', sáb. 17 oct 10:00-11:00 Lima). Fixed time, but interview practice, not a job interview.")
def mock_interview_coach() -> bytes:
    body = t("""
        Hola Renzo Quispe:

        Se ha programado un nuevo evento.

        Tipo de evento:
        Simulación de entrevista técnica (60 min)

        Invitado:
        Renzo Quispe

        Fecha/hora del evento:
        10:00 - 11:00, sábado, 17 de octubre de 2026 (Hora de Perú)

        Ubicación:
        Google Meet (los datos se añadirán al evento)

        Organizadora:
        Carla Benavides – Coach de carrera para perfiles tech

        Preguntas:
        ¿Para qué puesto te estás preparando? Backend senior en empresas mineras (Lima/Chile)

        Cancelar: https://calendly.com/cancellations/b8e1c7d2-33f4-4a1b-9c2d-0e1f2a3b4c5d
        Reprogramar: https://calendly.com/reschedulings/b8e1c7d2-33f4-4a1b-9c2d-0e1f2a3b4c5d
        """)
    return message([
        rcv("o2.email.calendly.com", "167.89.21.9", "2026-10-13 21:30", LIMA, "cLd2Mk7s"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Carla Benavides", "carla@carlabenavidescoach.com")),
        ("To", ME),
        ("Subject", enc("Nuevo evento: Renzo Quispe - 10:00 sáb, 17 oct 2026 - Simulación de entrevista técnica (60 min)")),
        ("Date", date("2026-10-13 21:30", LIMA)),
        ("Message-ID", "<Rz4kP9qLmN2vTx7aBc1dEg@geopod-ismtpd-5-2>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(39), family="press_interview", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="A journalist confirms an interview OF Renzo for a magazine feature ('jueves 29 de octubre a las "
           "11:00, por Zoom'). Press interview, not a job interview.")
def press_interview() -> bytes:
    body = t("""
        Hola Renzo:

        Muchas gracias por aceptar. Te confirmo la entrevista para el reportaje «Arequipa, polo de
        talento tech para la minería» el jueves 29 de octubre a las 11:00, por Zoom (te envío el enlace
        el mismo día). Serán unos 30 minutos; me interesa sobre todo tu experiencia con el sistema de
        despacho y cómo ves el mercado laboral para desarrolladores en la región.

        Si te animas, después te pediría una foto para acompañar la nota.

        Saludos,
        Mariela Zevallos
        Redactora – Revista Veta Digital
        """)
    return message([
        rcv("mail-oa1-f54.google.com", "209.85.160.54", "2026-10-22 12:48", LIMA, "pRs5Jz1v"),
        ("From", addr("Mariela Zevallos", "mzevallos@vetadigital.pe")),
        ("To", ME_H),
        ("Subject", enc("Confirmación entrevista – reportaje Veta Digital")),
        ("Date", date("2026-10-22 12:48", LIMA)),
        ("Message-ID", "<CAK9mZv4Pq0Zevallos7Hy@mail.gmail.com>"),
    ], alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(n(40), family="podcast", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Podcast host books a recording session with Renzo as the guest (Tue 17 Nov, 6 PM ET). Not a job "
           "interview.")
def podcast_recording() -> bytes:
    body = t("""
        Hey Renzo,

        Great, you're booked! Here are the details for our recording of Ore & Code, the podcast about
        software in mining:

        When: Tuesday, November 17, 6:00 PM ET (that's 6:00 PM in Lima too - we're both on UTC-5
        now that we've left daylight time)
        Where: Riverside studio - https://riverside.fm/studio/ore-and-code
        Length: about an hour, we edit it down to 40 minutes

        Topic: what it's like to build dispatch software at 4,000 meters, and the job market for
        developers in Latin American mining. Wired headphones please!

        Cheers,
        Ben Lockhart
        Host, Ore & Code
        """)
    return message([
        rcv("mail-yb1-f173.google.com", "209.85.219.173", "2026-11-09 15:20", "America/New_York", "oRc3Bd8t"),
        ("From", addr("Ben Lockhart", "ben@oreandcode.fm")),
        ("To", ME_H),
        ("Subject", "You're booked: Ore & Code recording, Nov 17"),
        ("Date", date("2026-11-09 15:20", "America/New_York")),
        ("Message-ID", "<CAB3xLk8Yt1Lockhart0Qw@mail.gmail.com>"),
    ], text(body, charset="us-ascii", cte="7bit"))


@mail(n(41), family="auto_reply", lang="es", interview=False, company="Grupo Cordillera del Sur",
      days=(("Mon", "2026-10-12"),),
      note="Out-of-office auto-reply from the Workday recruiter; it quotes Renzo's own note confirming the "
           "15/10 interview, but the mail itself is an automatic reply, not a confirmation.")
def ooo_pacheco() -> bytes:
    body = t("""
        Gracias por su mensaje. Me encuentro fuera de la oficina hasta el lunes 12 de octubre, con
        acceso limitado al correo. Para temas urgentes de selección, escriba a
        seleccion@cordillerasur.com.pe.

        Milagros Pacheco
        Gestión del Talento – Grupo Cordillera del Sur

        -----Mensaje original-----
        De: Renzo Quispe <renzo.quispe@example.org>
        Enviado: viernes, 9 de octubre de 2026 18:02
        Para: milagros.pacheco@cordillerasur.com.pe
        Asunto: Confirmo asistencia - entrevista R-0048213

        Buenas tardes, Sra. Pacheco. Confirmo mi asistencia a la entrevista del 15/10 a las 9:00 a. m.
        en la sede de Mercaderes. Saludos, Renzo Quispe
        """)
    return message([
        rcv("LV3PR10MB7801.namprd10.prod.outlook.com", "40.107.220.66", "2026-10-09 18:02", LIMA, "oOf1Mp5c", lag=9),
        ("From", addr("Milagros Pacheco", "milagros.pacheco@cordillerasur.com.pe")),
        ("To", ME_H),
        ("Subject", enc("Respuesta automática: Confirmo asistencia - entrevista R-0048213")),
        ("Date", date("2026-10-09 18:02", LIMA)),
        ("Message-ID", "<LV3PR10MB78014A2B3C5D6E7F8A9B0C1D2E3F@LV3PR10MB7801.namprd10.prod.outlook.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
        ("In-Reply-To", "<CAJ8rQz4Mp1Renzo8WkZ@mail.example.org>"),
    ], text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(42), family="bounce", lang="en", interview=False, company=None,
      days=(("Mon", "2026-11-09"),),
      note="Postfix bounce of Renzo's own reply about a 'lunes 9 de noviembre 10:00' interview sent to a "
           "mistyped address; a delivery report, not a confirmation.")
def bounce_postfix() -> bytes:
    notice = t("""
        This is the mail system at host mx.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <rrhh@yungascloud.com.bo>: host mx1.yungascloud.com.bo[181.115.131.10] said:
            550 5.1.1 <rrhh@yungascloud.com.bo>: Recipient address rejected: User unknown
            in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx.example.org
        X-Postfix-Queue-ID: 7C2E01A04F
        X-Postfix-Sender: rfc822; renzo.quispe@example.org
        Arrival-Date: Wed,  4 Nov 2026 20:14:51 -0500 (-05)

        Final-Recipient: rfc822; rrhh@yungascloud.com.bo
        Original-Recipient: rfc822;rrhh@yungascloud.com.bo
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx1.yungascloud.com.bo
        Diagnostic-Code: smtp; 550 5.1.1 <rrhh@yungascloud.com.bo>: Recipient address
            rejected: User unknown in virtual mailbox table
        """)
    headers = t("""
        From: Renzo Quispe <renzo.quispe@example.org>
        To: rrhh@yungascloud.com.bo
        Subject: Re: Entrevista lunes 9 de noviembre 10:00
        Date: Wed, 4 Nov 2026 20:14:48 -0500
        Message-ID: <CAJ8rQz6Bn3Renzo1VmL@mail.example.org>
        """)
    report = multipart(
        "report",
        text(notice, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
        raw_part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
                 headers),
        params="report-type=delivery-status",
    )
    return message([
        ("Received", "by mx.example.org (Postfix)\r\n id 9D4F21A051; Wed,  4 Nov 2026 20:14:52 -0500 (-05)"),
        ("From", "MAILER-DAEMON@mx.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-11-04 20:14", LIMA)),
        ("Message-ID", "<20261105011452.9D4F21A051@mx.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], report)


@mail(n(43), family="mailing_list", lang="es", interview=False, company=None,
      days=(("Sat", "2026-11-21"),),
      note="Local Python user-group list: meetup with mock technical interviews, 'sábado 21 de noviembre, "
           "10:00'. Mailing-list mail, not an interview.")
def list_python_aqp() -> bytes:
    body = t("""
        ¡Hola comunidad!

        El meetup de noviembre será un simulacro de entrevistas técnicas: haremos parejas, una persona
        entrevista y la otra resuelve un ejercicio (live coding + diseño), y luego cambiamos.

        Cuándo: sábado 21 de noviembre, 10:00 a 13:00
        Dónde: Cowork Sillar, Calle Santa Catalina 118, Cercado
        Inscripción (gratuita, cupos limitados): https://pythonaqp.pe/meetup-nov

        Traigan laptop. Habrá café y empanadas gracias a nuestros auspiciadores.

        Nos vemos,
        Ximena Cáceres
        Python Arequipa

        _______________________________________________
        python-aqp mailing list
        python-aqp@lists.pythonaqp.pe
        https://lists.pythonaqp.pe/mailman/listinfo/python-aqp
        """)
    return message([
        rcv("lists.pythonaqp.pe", "161.132.9.44", "2026-11-12 20:05", LIMA, "pYa2Lm7k"),
        ("From", addr("Ximena Cáceres", "ximena.caceres@example.net")),
        ("To", "python-aqp@lists.pythonaqp.pe"),
        ("Subject", enc("[python-aqp] Meetup de noviembre: simulacro de entrevistas técnicas")),
        ("Date", date("2026-11-12 20:05", LIMA)),
        ("Message-ID", "<CAFx8Kc2Lq0Caceres6Np@mail.gmail.com>"),
        ("List-Id", "Comunidad Python Arequipa <python-aqp.lists.pythonaqp.pe>"),
        ("List-Unsubscribe", "<https://lists.pythonaqp.pe/mailman/options/python-aqp>, "
                             "<mailto:python-aqp-request@lists.pythonaqp.pe?subject=unsubscribe>"),
        ("List-Post", "<mailto:python-aqp@lists.pythonaqp.pe>"),
        ("Precedence", "list"),
        ("Sender", "python-aqp <python-aqp-bounces@lists.pythonaqp.pe>"),
    ], text(body, cte="8bit"))


@mail(n(44), family="job_centre", lang="es", interview=False, company=None,
      days=(("Wed", "2026-09-30"),),
      note="Regional job centre (public employment service) books an 'entrevista de perfil ocupacional' on "
           "'miércoles 30 de septiembre a las 10:30'. Fixed time, but an employment-office appointment.")
def job_centre() -> bytes:
    body = t("""
        Estimado(a) usuario(a): RENZO QUISPE MAMANI
        DNI: 4*****18

        Su cita en el Centro de Empleo Regional Arequipa ha sido registrada:

        Servicio: Orientación laboral - entrevista de perfil ocupacional
        Fecha: miércoles 30 de septiembre de 2026
        Hora: 10:30 a. m.
        Lugar: Centro de Empleo Regional, Calle Jerusalén 402, Arequipa (módulo 3)

        Traer: DNI, CV actualizado y constancias de trabajo.

        Este servicio es gratuito. Si no puede asistir, anule su cita en el portal con 24 horas de
        anticipación.

        Centro de Empleo Regional Arequipa
        """)
    return message([
        rcv("correo.empleoarequipa.gob.example", "200.60.12.30", "2026-09-24 09:48", LIMA, "cEm0Ar1q"),
        ("From", addr("Centro de Empleo Regional Arequipa", "citas@empleoarequipa.gob.example")),
        ("To", ME),
        ("Subject", enc("Confirmación de cita – Orientación laboral")),
        ("Date", date("2026-09-24 09:48", LIMA)),
        ("Message-ID", "<cita-ol-20260930-1030-77120@empleoarequipa.gob.example>"),
    ], text(body, charset="iso-8859-1", cte="base64"))


@mail(n(45), family="admission_interview", lang="es", interview=False, company=None,
      days=(("Fri", "2026-12-04"),),
      note="Business school confirms an MBA admission interview ('viernes 4 de diciembre, 6:00 p. m.', ICS "
           "attached). An admission interview, not a job interview.")
def mba_admission() -> bytes:
    body = t("""
        Estimado Renzo:

        Gracias por completar su postulación al MBA Ejecutivo (modalidad semipresencial, Arequipa).
        Su entrevista de admisión queda programada para el viernes 4 de diciembre de 2026, de 6:00 a
        6:30 p. m., con la Dra. Patricia Linares, directora académica del programa. Será en el campus
        de Cayma, oficina de Admisión (2.º piso).

        Adjuntamos la invitación para su calendario.

        Cordialmente,
        Oficina de Admisión
        Escuela de Posgrado Andina
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nMETHOD:REQUEST\n" + VTZ_LIMA + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Lima:20261204T180000
        DTEND;TZID=America/Lima:20261204T183000
        DTSTAMP:20261127T160000Z
        ORGANIZER;CN=Admisión EPA:mailto:admision@posgradoandina.edu.pe
        UID:1q2w3e4r5t6y7u8i9o0padmision@google.com
        ATTENDEE;CN=Renzo Quispe;RSVP=TRUE:mailto:renzo.quispe@example.org
        SUMMARY:Entrevista de admisión MBA Ejecutivo - Renzo Quispe
        LOCATION:Campus Cayma - Oficina de Admisión
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("mail-sor-f41.google.com", "209.85.220.41", "2026-11-27 11:00", LIMA, "mBa4Ad7m"),
        ("From", addr("Admisión - Escuela de Posgrado Andina", "admision@posgradoandina.edu.pe")),
        ("To", ME_H),
        ("Subject", enc("Entrevista de admisión – MBA Ejecutivo 2027-I")),
        ("Date", date("2026-11-27 11:00", LIMA)),
        ("Message-ID", "<CAM7Bq1xAdmision4Vz0@mail.gmail.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))), calendar(ics, cte="base64", filename="invite.ics",
                                                             disposition="attachment")))


@mail(n(46), family="sports_tryout", lang="es", interview=False, company=None,
      days=(("Sat", "2026-11-14"),),
      note="Rugby club confirms a try-out for the regional veterans' squad, 'sábado 14 de noviembre a las 3 pm'. "
           "Fixed time, not a job interview.")
def rugby_tryout() -> bytes:
    body = t("""
        Qué tal Renzo!

        Te confirmo que estás en la lista para la prueba de selección del equipo regional de veteranos:
        sábado 14 de noviembre a las 3 pm en la cancha del Club Chachani (Umacollo). Llega 2:30 para
        calentar. Trae chimpunes, protector bucal y el certificado médico firmado.

        La selección se anuncia la semana siguiente.

        Abrazo,
        Coach Felipe Díaz
        Club de Rugby Chachani
        """)
    return message([
        rcv("mail-vs1-f46.google.com", "209.85.217.46", "2026-11-08 22:14", LIMA, "rGb5Tr2y"),
        ("From", addr("Felipe Díaz", "felipe.diaz.rugby@example.net")),
        ("To", ME_H),
        ("Subject", "Prueba equipo regional veteranos - sab 14/11"),
        ("Date", date("2026-11-08 22:14", LIMA)),
        ("Message-ID", "<CAH1rUg9Fd2Diaz3Km7@mail.gmail.com>"),
    ], alt(text(body, charset="iso-8859-1", cte="quoted-printable"), html(gmail_html(body), charset="iso-8859-1")))


@mail(n(47), family="insurance_exam", lang="es", interview=False, company=None,
      days=(("Mon", "2026-11-23"),),
      note="Life insurer books the medical exam for a policy ('lunes 23 de noviembre, 7:30 a. m., en ayunas'). "
           "Fixed time, not an interview.")
def insurance_exam() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Estimado Renzo Quispe:</p>
        <p>Como parte de la evaluación de su solicitud de <b>Seguro de Vida Protección Familiar</b>, le hemos
        programado el examen médico de suscripción:</p>
        <ul><li><b>Fecha:</b> lunes 23 de noviembre de 2026</li>
        <li><b>Hora:</b> 7:30 a. m. (acudir en ayunas de 8 horas)</li>
        <li><b>Lugar:</b> Laboratorio Clínico Santa Marta, Av. Goyeneche 330, Arequipa</li></ul>
        <p>Este examen no tiene costo para usted. Ante cualquier duda, comuníquese con su asesor.</p>
        <p>Atentamente,<br>Suscripción de Vida<br>Pacífico Andino Seguros</p>
        </body></html>
        """)
    return message([
        rcv("mkt.pacificoandino.example", "52.2.90.14", "2026-11-17 16:25", LIMA, "iNs8Ex3m"),
        ("From", addr("Pacífico Andino Seguros", "suscripcion.vida@pacificoandino.example")),
        ("To", ME),
        ("Subject", enc("Programación de examen médico – Seguro de Vida")),
        ("Date", date("2026-11-17 16:25", LIMA)),
        ("Message-ID", "<susc.vida.2026111721250.88412@pacificoandino.example>"),
    ], html(page, cte="base64"))


@mail(n(48), family="forwarded_other", lang="es", interview=False, company=None,
      days=(("Wed", "2026-12-02"),),
      note="A friend forwards HER OWN confirmed interview (Wed 2 Dec, 3:00 PM ET) asking for tips. A real "
           "confirmation, but for someone else: negative for this inbox.")
def forwarded_friend() -> bytes:
    body = t("""
        Renzo!! mira, me llamaron de Halcyon, la de Denver que me recomendaste. ¿Me ayudas a
        prepararme? Tú ya pasaste por varias entrevistas en inglés este año. ¿Un café el sábado?

        Lu

        ---------- Forwarded message ---------
        De: Halcyon Drill Systems <no-reply@us.greenhouse-mail.io>
        Date: lun, 23 nov 2026 a las 14:31
        Subject: Interview Confirmation: Data Engineer at Halcyon Drill Systems
        To: Lucía Ticona <lucia.ticona@example.net>


        Hi Lucía,

        Your interview for Data Engineer at Halcyon Drill Systems is confirmed:

        Wednesday, December 2, 2026
        3:00 PM - 4:00 PM EST
        Zoom: https://halcyondrill.zoom.us/j/81220931177

        You'll meet with Grant Mitchell, Data Platform Lead.

        Best,
        Olivia Brooks
        Halcyon Drill Systems
        """)
    return message([
        rcv("mail-ed1-f49.google.com", "209.85.208.49", "2026-11-23 19:50", LIMA, "fWo3Lt8u"),
        ("From", addr("Lucía Ticona", "lucia.ticona@example.net")),
        ("To", ME_H),
        ("Subject", "Fwd: Interview Confirmation: Data Engineer at Halcyon Drill Systems"),
        ("Date", date("2026-11-23 19:50", LIMA)),
        ("Message-ID", "<CAL2tCn4Ticona8Fw1Xq@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(49), family="post_interview", lang="en", interview=False, company="Northern Lode Software",
      note="Thank-you after the Northern Lode interview of Tue 3 Nov (same thread as the GoodTime reschedule); "
           "next steps 'in the coming days', nothing scheduled.")
def post_northern() -> bytes:
    body = t("""
        Hi Renzo,

        Thanks so much for your time on Tuesday. Marc really enjoyed the deep dive into your dispatch
        system work, especially the offline-first sync on the haul trucks.

        We're wrapping up this round with a couple of other candidates and will get back to you with
        next steps in the coming days.

        Best,
        Emily

        Emily Tran
        Recruiting Coordinator, Northern Lode Software
        emily.tran@northernlode.ca
        """)
    return message([
        rcv("mail-nam11-outbound.protection.outlook.com", "40.107.223.42", "2026-11-05 10:12", "America/Toronto",
            "nLd9Pt0w"),
        ("From", addr("Emily Tran", "emily.tran@northernlode.ca")),
        ("To", ME_H),
        ("Subject", "Thank you - Northern Lode Software"),
        ("Date", date("2026-11-05 10:12", "America/Toronto")),
        ("Message-ID", "<YT3PR01MB62115E7A9C0D1B2F3A4E5D6C7B8A@YT3PR01MB6211.CANPRD01.PROD.OUTLOOK.COM>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(n(50), family="leisure_booking", lang="es", interview=False, company=None,
      days=(("Sat", "2026-12-12"),),
      note="Winery booking for a pisco tasting, 'sábado 12 de diciembre, 4:00 p. m.', 2 people. Fixed time, "
           "not an interview.")
def pisco_tasting() -> bytes:
    body = t("""
        ¡Hola Renzo!

        Tu reserva está confirmada 🍇

        Experiencia: Cata de piscos y visita a la bodega
        Fecha: sábado 12 de diciembre de 2026
        Hora: 4:00 p. m.
        Personas: 2
        Dirección: Bodega Viñas del Chili, Km 8 carretera a Yura, Arequipa

        La experiencia dura aproximadamente 2 horas. Recuerda no manejar después de la cata: podemos
        ayudarte a pedir un taxi.

        ¡Salud!
        Bodega Viñas del Chili
        """)
    return message([
        rcv("mail.reservasbodega.example", "54.94.10.3", "2026-12-01 18:40", LIMA, "pSc1Tq5v"),
        ("From", addr("Bodega Viñas del Chili", "reservas@vinasdelchili.example")),
        ("To", ME_H),
        ("Subject", enc("Reserva confirmada: Cata de piscos – sáb. 12/12, 4:00 p. m.")),
        ("Date", date("2026-12-01 18:40", LIMA)),
        ("Message-ID", "<res-8812-20261201234000@vinasdelchili.example>"),
    ], alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))
