"""blind250: 50 hand-written mails from the inbox of Itzel Ruiz, a cultural-heritage project
coordinator in Oaxaca (America/Mexico_City, UTC-6 all year since 2022), September-December 2026.

Written blind (without reading the detector, its tests or the other held-out mails). One function
per mail; ``make.py`` does the MIME plumbing and the checks. Keys 1-23 are positives, 24-50
negatives; the file number of the mail written ``key``-th is ``ORDER[key - 1]``.

    python3 bench/heldout/make_blind.py blind250
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

ORDER = random.Random(2500250).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"blind250_{ORDER[key - 1]:03d}"


ME = "itzel.ruiz@example.org"
ITZEL = addr("Itzel Ruiz", ME)
MX = "America/Mexico_City"
MTY = "America/Monterrey"
CHI = "America/Chicago"
MAD = "Europe/Madrid"
AMS = "Europe/Amsterdam"
NYC = "America/New_York"
MXMX = "mx1.example.org with ESMTPS id"

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

VTZ_MX_WIN = """BEGIN:VTIMEZONE
TZID:Central Standard Time (Mexico)
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
END:STANDARD
END:VTIMEZONE"""

VTZ_MAD = """BEGIN:VTIMEZONE
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


def rcv(host: str, ip: str, when: str, zone: str, ident: str, lag: int = 3) -> tuple[str, str]:
    return ("Received", received(f"from {host} ({host} [{ip}])", when, zone, f"{MXMX} {ident}", ME, lag))


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = ITZEL,
         before: tuple = (), after: tuple = (), charset: str = "utf-8") -> list[tuple[str, str]]:
    hs = list(before)
    hs += [("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
           ("Message-ID", mid)]
    hs += list(after)
    return hs


# =========================================================================== positives


@mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-10 17:00", MX), end=utc("2026-09-10 17:45", MX),
      local="Thu 2026-09-10 17:00", local_end="2026-09-10 17:45", zone=MX,
      contact="daniela.ochoa@tessellate-learning.com", company="Tessellate Learning",
      note="Greenhouse confirmation, 5:00-5:45 PM 'Central Time - Mexico City (GMT-06:00)' = 23:00Z; "
           "sent from no-reply@us.greenhouse-mail.io, contact = human Reply-To")
def p01() -> bytes:
    body = t("""
        Hi Itzel,

        Thanks for making time to speak with us about the Cultural Partnerships Lead (LATAM) role.
        Your video interview is confirmed - details below.

        Interview: Hiring Manager Interview
        Date: Thursday, September 10, 2026
        Time: 5:00 PM - 5:45 PM Central Time - Mexico City (GMT-06:00)
        Location: Google Meet - https://meet.google.com/hqv-rmts-kpa
        Interviewer: Daniela Ochoa, Head of Partnerships (LATAM)

        Please have a look at our museum-partners deck before the call (no preparation needed
        beyond that). If anything changes on your side, just reply to this email.

        Best,
        Daniela

        --
        Tessellate Learning | Learning that travels
        Sent via Greenhouse
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2933">
        <p>Hi Itzel,</p>
        <p>Thanks for making time to speak with us about the <strong>Cultural Partnerships Lead (LATAM)</strong>
        role. Your video interview is confirmed - details below.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview</b></td><td>Hiring Manager Interview</td></tr>
        <tr><td><b>Date</b></td><td>Thursday, September 10, 2026</td></tr>
        <tr><td><b>Time</b></td><td>5:00 PM - 5:45 PM Central Time - Mexico City (GMT-06:00)</td></tr>
        <tr><td><b>Location</b></td><td><a href="https://meet.google.com/hqv-rmts-kpa">Google Meet</a></td></tr>
        <tr><td><b>Interviewer</b></td><td>Daniela Ochoa, Head of Partnerships (LATAM)</td></tr>
        </table>
        <p>Please have a look at our museum-partners deck before the call (no preparation needed
        beyond that). If anything changes on your side, just reply to this email.</p>
        <p>Best,<br>Daniela</p>
        <p style="color:#7b8794;font-size:12px">Tessellate Learning | Learning that travels<br>Sent via Greenhouse</p>
        <img src="https://u1187.ct.sendgrid.net/wf/open?upn=Xk3pQ" width="1" height="1" alt="">
        </body></html>
        """)
    hs = head("Tessellate Learning <no-reply@us.greenhouse-mail.io>",
              "Interview Confirmation: Cultural Partnerships Lead (LATAM) at Tessellate Learning",
              "2026-09-07 17:22:41", "UTC", "<t7Qm2rVxS0eW1pYk8d3nHg@geopod-ismtpd-canary-5>",
              before=(rcv("o3.us.greenhouse-mail.io", "167.89.40.12", "2026-09-07 17:22:41", "UTC", "k2Lq81"),),
              after=(("Reply-To", "Daniela Ochoa <daniela.ochoa@tessellate-learning.com>"),
                     ("X-SG-EID", "u001.Hq3bW0lV9mPpQ2t"), ("X-Entity-ID", "gE8qk2m0Lx1")))
    return message(hs, alt(text(body), html(page)))


@mail(N(2), family="lever", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-18 18:30", MX), end=utc("2026-09-18 19:15", MX),
      local="Fri 2026-09-18 18:30", local_end="2026-09-18 19:15", zone=MX,
      contact="renata.salgado@kuxtal.mx", company="Kuxtal Viajes",
      note="Lever, 6:30-7:15 p. m. hora del centro (Ciudad de México) = 00:30Z on the 19th (UTC is the "
           "next day); ICS in UTC agrees; no Reply-To, contact = ICS ORGANIZER")
def p02() -> bytes:
    body = t("""
        Hola Itzel:

        Tu entrevista con Kuxtal Viajes está confirmada.

        Puesto: Coordinadora de Experiencias Culturales
        Cuándo: viernes 18 de septiembre de 2026 · 6:30 p. m. – 7:15 p. m. (hora del centro, Ciudad de México)
        Dónde: videollamada, https://kuxtal.zoom.us/j/84120937755
        Con quién: Renata Salgado (Talento) y Jorge Ek (Director de Operaciones)

        Adjuntamos la invitación de calendario. Si no puedes asistir, responde a la invitación
        para que Renata te proponga otra fecha.

        ¡Mucho éxito!
        Equipo de Talento de Kuxtal Viajes

        Enviado con Lever
        """)
    page = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5">
        <p>Hola Itzel:</p>
        <p>Tu entrevista con <b>Kuxtal Viajes</b> está confirmada.</p>
        <p><b>Puesto:</b> Coordinadora de Experiencias Culturales<br>
        <b>Cuándo:</b> viernes 18 de septiembre de 2026 · 6:30 p.&nbsp;m. – 7:15 p.&nbsp;m. (hora del centro, Ciudad de México)<br>
        <b>Dónde:</b> videollamada, <a href="https://kuxtal.zoom.us/j/84120937755">https://kuxtal.zoom.us/j/84120937755</a><br>
        <b>Con quién:</b> Renata Salgado (Talento) y Jorge Ek (Director de Operaciones)</p>
        <p>Adjuntamos la invitación de calendario. Si no puedes asistir, responde a la invitación
        para que Renata te proponga otra fecha.</p>
        <p>¡Mucho éxito!<br>Equipo de Talento de Kuxtal Viajes</p>
        <p style="font-size:11px;color:#999">Enviado con Lever</p>
        </div>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Lever Hire//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:lever-interview-3f81c2d0-5a1e-4c7b-9d0e-6b1f0c2e7a44
        DTSTAMP:20260915T190512Z
        DTSTART:20260919T003000Z
        DTEND:20260919T011500Z
        SUMMARY:Entrevista: Itzel Ruiz - Coordinadora de Experiencias Culturales
        LOCATION:https://kuxtal.zoom.us/j/84120937755
        ORGANIZER;CN=Renata Salgado:mailto:renata.salgado@kuxtal.mx
        ATTENDEE;CN=Itzel Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:itzel.ruiz@example.org
        ATTENDEE;CN=Jorge Ek;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jorge.ek@kuxtal.mx
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Kuxtal Viajes <no-reply@hire.lever.co>",
              "Confirmación de entrevista – Kuxtal Viajes", "2026-09-15 19:05:12", "UTC",
              "<0100019200f3a1b2-8c3e2f10-77aa-4b1e-9c5d-1e2f3a4b5c6d-000000@email.amazonses.com>",
              before=(rcv("a48-112.smtp-out.amazonses.com", "54.240.48.112", "2026-09-15 19:05:12", "UTC", "pQ72x"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(3), family="ashby", lang="en", interview=True, kind="cancelled",
      start=utc("2026-09-23 09:00", MX), end=utc("2026-09-23 10:00", MX),
      local="Wed 2026-09-23 09:00", local_end="2026-09-23 10:00", zone=MX,
      contact="lucas.ferreira@wayfinderarchives.com", company="Wayfinder Archives",
      note="Ashby cancellation of the Wed 9:00-10:00 AM 'CST (Mexico City)' slot = 15:00Z, no new time "
           "given (recruiter will reach out); ICS METHOD:CANCEL in UTC agrees; contact = Reply-To")
def p03() -> bytes:
    body = t("""
        Hi Itzel,

        We're sorry - your interview for Digital Collections Program Manager has been cancelled.

        Cancelled: Wednesday, September 23, 2026, 9:00 AM - 10:00 AM CST (Mexico City)
        Interviewers: Priya Raman, Tom Kessler

        Priya had to step out for a family matter this week. Lucas will reach out separately to
        find a new time - no need to do anything for now.

        Questions? Just reply and it will reach Lucas Ferreira.

        Thanks,
        Wayfinder Archives Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Itzel,</p>
        <p>We&#x27;re sorry - your interview for <b>Digital Collections Program Manager</b> has been cancelled.</p>
        <p><s>Wednesday, September 23, 2026, 9:00 AM - 10:00 AM CST (Mexico City)</s><br>
        Interviewers: Priya Raman, Tom Kessler</p>
        <p>Priya had to step out for a family matter this week. Lucas will reach out separately to
        find a new time - no need to do anything for now.</p>
        <p>Questions? Just reply and it will reach Lucas Ferreira.</p>
        <p>Thanks,<br>Wayfinder Archives Recruiting</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:9a0d7c1e-2b44-4f0a-8e61-5c3d2b1a0f98
        DTSTAMP:20260921T154009Z
        DTSTART:20260923T150000Z
        DTEND:20260923T160000Z
        SEQUENCE:1
        SUMMARY:Wayfinder Archives - Digital Collections Program Manager Interview
        LOCATION:Zoom
        ORGANIZER;CN=Lucas Ferreira:mailto:lucas.ferreira@wayfinderarchives.com
        ATTENDEE;CN=Itzel Ruiz;ROLE=REQ-PARTICIPANT:mailto:itzel.ruiz@example.org
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Wayfinder Archives <no-reply@ashbyhq.com>",
              "Interview cancelled: Digital Collections Program Manager at Wayfinder Archives",
              "2026-09-21 15:40:09", "UTC",
              "<0100019214be7c55-a1b2c3d4-0e5f-4a6b-8c7d-9e0f1a2b3c4d-000000@email.amazonses.com>",
              before=(rcv("mail.ashbyhq.com", "108.233.221.103", "2026-09-21 15:40:09", "UTC", "Wn40sA"),),
              after=(("Reply-To", "Lucas Ferreira <lucas.ferreira@wayfinderarchives.com>"),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, method="CANCEL", cte="base64", filename="cancel.ics",
                                      disposition="attachment")))


@mail(N(4), family="workday", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-06 10:00", MX), end=utc("2026-10-06 11:00", MX),
      local="Tue 2026-10-06 10:00", local_end="2026-10-06 11:00", zone=MX,
      contact="karla.iniguez@gvo.com.mx", company="Grupo Vidriera de Occidente",
      note="Workday HTML-only, 'Fecha: 06/10/2026' is day/month (6 Oct, a Tuesday), 10:00-11:00 a. m. "
           "(GMT-06:00) Ciudad de México = 16:00Z; sender is the tenant relay, contact = address in body")
def p04() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="margin:0;padding:0;background:#f2f2f2">
        <table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
        <table width="600" cellpadding="20" cellspacing="0" border="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#0b3d5c;color:#fff;font-size:18px">Grupo Vidriera de Occidente · Carreras</td></tr>
        <tr><td>
        <p>Estimada Itzel Ruiz:</p>
        <p>Le informamos que su entrevista para la vacante <b>R-04418 Coordinador(a) de Museo Corporativo y Archivo Histórico</b>
        ha sido programada con los siguientes datos:</p>
        <table cellpadding="3" cellspacing="0" border="0" style="font-size:14px">
        <tr><td><b>Fecha:</b></td><td>06/10/2026</td></tr>
        <tr><td><b>Hora:</b></td><td>10:00 a. m. - 11:00 a. m. (GMT-06:00) Ciudad de México</td></tr>
        <tr><td><b>Modalidad:</b></td><td>Presencial - Av. Vallarta 6503, Ciudad Granja, Zapopan, Jal.</td></tr>
        <tr><td><b>Entrevistador(a):</b></td><td>Karla Íñiguez Medina, Gerente de Comunicación Institucional</td></tr>
        </table>
        <p>Favor de presentarse 15 minutos antes en la recepción de la Torre Corporativa con una identificación oficial.</p>
        <p>Para cualquier duda sobre su entrevista puede escribir a <a href="mailto:karla.iniguez@gvo.com.mx">karla.iniguez@gvo.com.mx</a>.</p>
        <p>Atentamente,<br>Atracción de Talento<br>Grupo Vidriera de Occidente</p>
        <p style="font-size:11px;color:#888">Este mensaje fue generado automáticamente por Workday. Por favor no responda a este correo.</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    hs = head("Grupo Vidriera de Occidente <gvo@myworkday.com>",
              "Entrevista programada - R-04418 Coordinador(a) de Museo Corporativo y Archivo Histórico",
              "2026-10-01 16:31:58", "UTC", "<1449381027.88213.1790872318012@wd5-prod-mta3.myworkday.com>",
              before=(rcv("wd5-prod-mta3.myworkday.com", "149.96.8.41", "2026-10-01 16:31:58", "UTC", "Zt01bb"),),
              after=(("Auto-Submitted", "auto-generated"),))
    return message(hs, html(page))


@mail(N(5), family="smartrecruiters", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-12 16:00", MTY), local="Mon 2026-10-12 16:00", zone=MTY,
      contact="gerardo.trevino@canterarosa.mx", company="Hoteles Cantera Rosa",
      note="SmartRecruiters, in person in Monterrey (America/Monterrey, UTC-6, no DST) 'lunes 12 de octubre "
           "a las 16:00 hrs' = 22:00Z; 'duración aproximada de una hora' so no end; contact = Reply-To")
def p05() -> bytes:
    body = t("""
        Hola Itzel,

        ¡Gracias por tu interés en Hoteles Cantera Rosa! Te confirmamos tu entrevista presencial para
        el puesto de Gerente de Patrimonio y Experiencias (Monterrey).

        Fecha: lunes 12 de octubre de 2026
        Hora: 16:00 hrs (hora de Monterrey)
        Lugar: Hotel Cantera Rosa Barrio Antiguo, Calle Morelos 872 Ote., Centro, Monterrey, N.L.
        Preguntar por: Gerardo Treviño, Director de Operaciones
        Duración aproximada: una hora

        Si necesitas hacer algún cambio, responde a este correo.

        Saludos cordiales,
        Gerardo Treviño
        Hoteles Cantera Rosa

        Powered by SmartRecruiters
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <div style="max-width:620px;margin:auto">
        <p>Hola Itzel,</p>
        <p>¡Gracias por tu interés en Hoteles Cantera Rosa! Te confirmamos tu entrevista presencial para
        el puesto de <b>Gerente de Patrimonio y Experiencias (Monterrey)</b>.</p>
        <ul>
        <li><b>Fecha:</b> lunes 12 de octubre de 2026</li>
        <li><b>Hora:</b> 16:00 hrs (hora de Monterrey)</li>
        <li><b>Lugar:</b> Hotel Cantera Rosa Barrio Antiguo, Calle Morelos 872 Ote., Centro, Monterrey, N.L.</li>
        <li><b>Preguntar por:</b> Gerardo Treviño, Director de Operaciones</li>
        <li><b>Duración aproximada:</b> una hora</li>
        </ul>
        <p>Si necesitas hacer algún cambio, responde a este correo.</p>
        <p>Saludos cordiales,<br>Gerardo Treviño<br>Hoteles Cantera Rosa</p>
        <p style="font-size:11px;color:#8a8a8a">Powered by SmartRecruiters</p>
        </div></body></html>
        """)
    hs = head("Hoteles Cantera Rosa <noreply@smartrecruiters.com>",
              "Confirmación de entrevista: Gerente de Patrimonio y Experiencias", "2026-10-07 16:20:37", "UTC",
              "<20261007162037.5b8e1f2a9c@sr-mailer-7.smartrecruiters.com>",
              before=(rcv("mail-out-7.smartrecruiters.com", "185.162.132.27", "2026-10-07 16:20:37", "UTC", "Rr5u2M"),),
              after=(("Reply-To", addr("Gerardo Treviño", "gerardo.trevino@canterarosa.mx")),))
    return message(hs, alt(text(body), html(page)))


@mail(N(6), family="personio", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-27 17:00", MAD), end=utc("2026-10-27 17:45", MAD),
      local="Tue 2026-10-27 17:00", local_end="2026-10-27 17:45", zone=MAD,
      contact="lucia.ferrandiz@estudioalbar.es", company="Estudio Albar",
      note="Personio from Madrid, sent in CEST (22 Oct) for an interview after Europe's DST end (25 Oct): "
           "17:00-17:45 CET = 16:00Z, which the mail also gives as 10:00 Ciudad de México; ICS Europe/Madrid")
def p06() -> bytes:
    body = t("""
        Hola Itzel:

        Muchas gracias por tu candidatura a Responsable de Proyectos de Patrimonio (remoto, LATAM).
        Nos alegra confirmarte la siguiente entrevista:

          Fecha: martes, 27 de octubre de 2026
          Hora: 17:00 – 17:45 (hora peninsular, CET)
          Para ti, en Oaxaca: 10:00 – 10:45 (hora de Ciudad de México)
          Plataforma: Google Meet (el enlace está en la invitación adjunta)
          Entrevistadoras: Lucía Ferrándiz (People) y Marta Gil (Dirección de Proyectos)

        Ojo: el domingo 25 cambiamos al horario de invierno en España, por eso la diferencia con México
        es de siete horas esa semana.

        Si tienes cualquier duda, responde directamente a este correo.

        Un saludo,
        Lucía Ferrándiz
        Estudio Albar · Madrid
        """)
    page = "<html><body><div style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</div></body></html>\n"
    ics = VTZ_MAD.join(["BEGIN:VCALENDAR\nPRODID:-//Personio GmbH//Recruiting//ES\nVERSION:2.0\nMETHOD:REQUEST\n",
                        "\n" + t("""
        BEGIN:VEVENT
        UID:personio-interview-718240-5513
        DTSTAMP:20261022T090211Z
        DTSTART;TZID=Europe/Madrid:20261027T170000
        DTEND;TZID=Europe/Madrid:20261027T174500
        SUMMARY:Entrevista Itzel Ruiz - Responsable de Proyectos de Patrimonio
        LOCATION:https://meet.google.com/ufa-qnbd-zoe
        ORGANIZER;CN=Lucía Ferrándiz:mailto:lucia.ferrandiz@estudioalbar.es
        ATTENDEE;CN=Itzel Ruiz;RSVP=TRUE:mailto:itzel.ruiz@example.org
        ATTENDEE;CN=Marta Gil:mailto:marta.gil@estudioalbar.es
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)])
    hs = head("Estudio Albar <no-reply@personio.de>",
              "Tu entrevista con Estudio Albar – 27 de octubre", "2026-10-22 11:02:11", MAD,
              "<d5c1a3e0b2f84c6e9a71.recruiting@mail.personio.de>",
              before=(rcv("mail.personio.de", "18.185.77.20", "2026-10-22 11:02:11", MAD, "Lm8Pz0"),),
              after=(("Reply-To", addr("Lucía Ferrándiz", "lucia.ferrandiz@estudioalbar.es")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="quoted-printable", filename="entrevista.ics",
                                      disposition="attachment", name_param=True)))


@mail(N(7), family="teamtailor", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-10-22 13:00", MX), end=utc("2026-10-22 14:00", MX),
      local="Thu 2026-10-22 13:00", local_end="2026-10-22 14:00", zone=MX,
      contact="monica.sastre@sazonancestral.mx", company="Sazón Ancestral",
      note="Teamtailor reschedule in Puebla (same zone as Mexico City): old mié 21 oct 11:00, new jue 22 oct "
           "13:00-14:00 = 19:00Z; Reply-To is a Teamtailor relay, contact = recruiter address in signature")
def p07() -> bytes:
    body = t("""
        Hola Itzel,

        Te escribimos porque tuvimos que mover tu entrevista para Coordinadora de Proyectos de Cocina
        Tradicional. Disculpa el cambio.

        Antes: miércoles 21 de octubre, 11:00
        Ahora: jueves 22 de octubre de 2026, 13:00 – 14:00 (hora del centro de México)

        El lugar sigue siendo el mismo: nuestra cocina-escuela en Calle 5 de Mayo 1204, Centro
        Histórico, Puebla. Te recibiremos Mónica Sastré y Don Aurelio Cuautle, nuestro chef fundador.

        Si el nuevo horario no te funciona, avísanos respondiendo este mensaje.

        Un abrazo,
        Mónica Sastré
        Talento Humano · Sazón Ancestral
        monica.sastre@sazonancestral.mx
        """)
    page = t("""
        <!doctype html><html><body style="background:#faf7f2;font-family:-apple-system,Segoe UI,Roboto,sans-serif">
        <table role="presentation" width="100%"><tr><td align="center">
        <table role="presentation" width="560" style="background:#fff;border-radius:8px;padding:24px;font-size:15px;color:#3a2e25">
        <tr><td>
        <p>Hola Itzel,</p>
        <p>Te escribimos porque tuvimos que mover tu entrevista para <b>Coordinadora de Proyectos de Cocina
        Tradicional</b>. Disculpa el cambio.</p>
        <p><span style="color:#9a8f85">Antes: <s>miércoles 21 de octubre, 11:00</s></span><br>
        <b>Ahora: jueves 22 de octubre de 2026, 13:00 – 14:00 (hora del centro de México)</b></p>
        <p>El lugar sigue siendo el mismo: nuestra cocina-escuela en Calle 5 de Mayo 1204, Centro
        Histórico, Puebla. Te recibiremos Mónica Sastré y Don Aurelio Cuautle, nuestro chef fundador.</p>
        <p>Si el nuevo horario no te funciona, avísanos respondiendo este mensaje.</p>
        <p>Un abrazo,<br>Mónica Sastré<br>Talento Humano · Sazón Ancestral<br>
        <a href="mailto:monica.sastre@sazonancestral.mx">monica.sastre@sazonancestral.mx</a></p>
        </td></tr></table>
        <p style="font-size:11px;color:#b0a79f">Enviado con Teamtailor · <a href="https://sazonancestral.teamtailor.com/connect">Conéctate con nosotros</a></p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("Mónica Sastré", "no-reply@teamtailor-mail.com"),
              "Cambio en tu entrevista – Sazón Ancestral", "2026-10-19 23:48:20", "UTC",
              "<6f3b2a1c-0d9e-4e8f-b7a6-5c4d3e2f1a0b@teamtailor-mail.com>",
              before=(rcv("m41-88.mailgun.net", "159.135.228.88", "2026-10-19 23:48:20", "UTC", "Vb7m1K"),),
              after=(("Reply-To", "reply+c7f3a90e1b2d@inbound.teamtailor-mail.com"),))
    return message(hs, alt(text(body), html(page)))


@mail(N(8), family="workable", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-05 12:00", MX), end=utc("2026-11-05 13:00", MX),
      local="Thu 2026-11-05 12:00", local_end="2026-11-05 13:00", zone=MX,
      contact="ximena.lopez@tramas.org.mx", company="Colectivo Tramas",
      note="Workable, in person in Oaxaca, 'jue 5 nov 2026, 12:00 - 13:00 CST' = 18:00Z; Reply-To is a "
           "Workable + relay, contact = the address the hiring manager writes in the body")
def p08() -> bytes:
    body = t("""
        Hola Itzel,

        Gracias por agendar. Tu entrevista para Coordinadora de Proyectos Comunitarios quedó así:

        jue 5 nov 2026, 12:00 - 13:00 CST
        Colectivo Tramas - Taller Macedonio Alcalá 407, Centro, Oaxaca de Juárez

        Entrevistan: Ximena López (coordinación general) y Eusebio Bautista (tejedor, Teotitlán del Valle)

        Te pedimos traer ejemplos de proyectos con comunidades artesanas. Si se te complica llegar o
        necesitas algo, escríbeme directo a ximena.lopez@tramas.org.mx.

        Saludos,
        Ximena López
        Colectivo Tramas

        ---
        Colectivo Tramas uses Workable to manage applications. Reply to this email to reach the hiring team.
        """)
    hs = head(addr("Ximena López (Colectivo Tramas)", "noreply@candidates.workablemail.com"),
              "Entrevista confirmada: Coordinadora de Proyectos Comunitarios", "2026-11-02 15:12:44", "UTC",
              "<a3e5c7d9f1b24680.1793718764@candidates.workablemail.com>",
              before=(rcv("mail-s12.workablemail.com", "198.2.190.12", "2026-11-02 15:12:44", "UTC", "Ys12Ww"),),
              after=(("Reply-To", "colectivo-tramas+9c1e4b7a2d@candidates.workablemail.com"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(9), family="icims", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 10:00", CHI), end=utc("2026-11-03 11:00", CHI),
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone=CHI,
      contact="rnguyen@alamoheritage.org", company="Alamo Heritage Collaborative",
      note="iCIMS from San Antonio, sent 28 Oct in CDT (-05:00); the interview is after US DST ends on "
           "1 Nov, so 10:00 AM CST = 16:00Z (not 15:00Z); iCIMS relay sender, contact = recruiter in body")
def p09() -> bytes:
    page = t("""
        <html><body style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#222">
        <table width="640" cellpadding="0" cellspacing="0" border="0" align="center">
        <tr><td style="border-bottom:3px solid #8c1d18;padding:12px 0"><img src="https://careers-alamoheritage.icims.com/logo.png" alt="Alamo Heritage Collaborative" height="40"></td></tr>
        <tr><td style="padding:16px 0">
        <p>Dear Itzel,</p>
        <p>Thank you for your interest in the <b>Bilingual Community Programs Manager</b> position (Req ID 2026-1187).
        We are pleased to confirm your video interview with our hiring panel:</p>
        <p style="margin-left:20px">
        <b>Date:</b> Tuesday, November 3, 2026<br>
        <b>Time:</b> 10:00 AM - 11:00 AM Central Time (CST)<br>
        <b>Format:</b> Microsoft Teams (a calendar invitation will follow from the panel chair)<br>
        <b>Panel:</b> Rachel Nguyen (Talent Acquisition), Dr. Armando Villarreal (Director of Programs), Kim Okafor (Education)</p>
        <p>Please note that Daylight Saving Time ends on Sunday, November 1. The time above is Central Standard Time.</p>
        <p>If you have any questions or need an accommodation, please contact Rachel Nguyen at
        <a href="mailto:rnguyen@alamoheritage.org">rnguyen@alamoheritage.org</a> or (210) 555-0148.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Alamo Heritage Collaborative<br>San Antonio, Texas</p>
        </td></tr>
        <tr><td style="font-size:10px;color:#777;border-top:1px solid #ddd;padding-top:8px">This message was sent via iCIMS. Please do not reply directly to this email.</td></tr>
        </table></body></html>
        """)
    hs = head("Alamo Heritage Collaborative <alamoheritage@talent.icims.com>",
              "Interview Confirmation - Bilingual Community Programs Manager (2026-1187)",
              "2026-10-28 09:12:06", CHI, "<1588732.4412.1793196726190.JavaMail.icims@talent.icims.com>",
              before=(rcv("mta3.talent.icims.com", "52.2.114.70", "2026-10-28 09:12:06", CHI, "Ic3Tx9"),))
    return message(hs, html(page, charset="windows-1252"))


@mail(N(10), family="exchange_outlook", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-05 14:00", CHI), end=utc("2026-11-05 15:00", CHI),
      local="Thu 2026-11-05 14:00", local_end="2026-11-05 15:00", zone=CHI,
      contact="rnguyen@alamoheritage.org", company="Alamo Heritage Collaborative",
      note="Exchange updated meeting request (SEQUENCE 1): body names only the old slot (Tuesday 10 AM) and "
           "'Thursday afternoon'; the new time is only in the ICS, TZID 'Central Standard Time' 14:00 on "
           "5 Nov = CST after DST end = 20:00Z; contact = human sender/ORGANIZER")
def p10() -> bytes:
    body = t("""
        Hi Itzel,

        As we discussed on the phone, Dr. Villarreal has to be at a board meeting on Tuesday morning,
        so I'm moving our Tuesday 10 AM panel to Thursday afternoon. Updated invite attached - the
        Teams link stays the same. Thanks so much for your flexibility!

        Rachel

        Rachel Nguyen | Talent Acquisition Partner
        Alamo Heritage Collaborative | San Antonio, TX
        (210) 555-0148

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE4ZjA2>
        Meeting ID: 244 918 337 620
        Passcode: 7sQ4hX
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body lang=\"EN-US\">" \
        + "<div class=\"WordSection1\">" + "".join(
            f"<p class=\"MsoNormal\">{ln or '&nbsp;'}</p>" for ln in body.split("\n")[:13]) \
        + "<div style=\"width:100%;height:20px\"><span style=\"white-space:nowrap;color:#5F5F5F\">" \
        + "________________________________________________________________________________</span></div>" \
        + "<div><span style=\"font-size:24px\"><b>Microsoft Teams meeting</b></span></div>" \
        + "<div><a href=\"https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE4ZjA2\">Click here to join the meeting</a></div>" \
        + "<div>Meeting ID: 244 918 337 620<br>Passcode: 7sQ4hX</div></div></body></html>\n"
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" \
        + VTZ["Central Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Rachel Nguyen:mailto:rnguyen@alamoheritage.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Itzel Ruiz:mailto:itzel.ruiz@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Armando Villarreal:mailto:avillarreal@alamoheritage.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kim Okafor:mailto:kokafor@alamoheritage.org
        DESCRIPTION;LANGUAGE=en-US:As we discussed on the phone\\, I'm moving our Tuesday 10 AM panel to Thursday afternoon.\\n
        UID:040000008200E00074C5B7101A82E008000000009C3B1E7C2A68DC01000000000000000010000000B1F2A3C4D5E6F708192A3B4C5D6E7F80
        SUMMARY;LANGUAGE=en-US:Panel interview - Itzel Ruiz - Bilingual Community Programs Manager
        DTSTART;TZID=Central Standard Time:20261105T140000
        DTEND;TZID=Central Standard Time:20261105T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261102T224011Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2118451502
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
        """)
    hs = head("Rachel Nguyen <rnguyen@alamoheritage.org>",
              "Updated: Panel interview - Itzel Ruiz - Bilingual Community Programs Manager",
              "2026-11-02 16:40:11", CHI, "<SA1PR04MB8417C2F0A7B3E1D9C4B2A55EF1D42@SA1PR04MB8417.namprd04.prod.outlook.com>",
              before=(rcv("NAM12-DM6-obe.outbound.protection.outlook.com", "40.107.243.71", "2026-11-02 16:40:11", CHI,
                          "Ex10pQ"),),
              after=(("Thread-Topic", "Panel interview - Itzel Ruiz - Bilingual Community Programs Manager"),
                     ("Thread-Index", "AdtNq8h2Vv3pK1xYT0CmfHh8l2o0GQ=="),
                     ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(N(11), family="recruitee", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-16 15:00", AMS), end=utc("2026-11-16 16:00", AMS),
      local="Mon 2026-11-16 15:00", local_end="2026-11-16 16:00", zone=AMS,
      contact="femke.dewit@openatlas.org", company="Open Atlas Foundation",
      note="Recruitee (Amsterdam, remote role): 15:00-16:00 CET = 14:00Z, also given as 08:00-09:00 in "
           "Mexico City; plain text only; contact = human Reply-To")
def p11() -> bytes:
    body = t("""
        Dear Itzel,

        Thank you for applying for the position of Community Heritage Lead (Latin America, remote)
        at Open Atlas Foundation. We would like to confirm your first interview:

        Date: Monday 16 November 2026
        Time: 15:00 - 16:00 CET (Amsterdam) - that is 08:00 - 09:00 in Mexico City
        Where: Whereby, https://whereby.com/openatlas-interviews
        With: Femke de Wit (People & Culture) and Joost Verhaar (Programme Director)

        We know 8 in the morning is early in Oaxaca - thank you for making it work with our
        team's hours.

        Kind regards,

        Femke de Wit
        People & Culture | Open Atlas Foundation
        Herengracht 412, Amsterdam

        This email was sent through Recruitee. You can reply to it directly.
        """)
    hs = head("Open Atlas Foundation <no-reply@mail.recruitee.com>",
              "Interview confirmation - Community Heritage Lead (Latin America)", "2026-11-10 10:15:33", AMS,
              "<20261110091533.1.A7C2E9F04B1D3E58@mg.recruitee.com>",
              before=(rcv("m228-7.mailgun.net", "161.38.228.7", "2026-11-10 10:15:33", AMS, "Rc7e3V"),),
              after=(("Reply-To", "Femke de Wit <femke.dewit@openatlas.org>"),
                     ("X-Mailgun-Tag", "candidate_event")))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(N(12), family="join", lang="es", interview=True, kind="cancelled",
      start=utc("2026-11-18 09:00", MX), local="Wed 2026-11-18 09:00", zone=MX,
      contact="a.kiefer@kiefer-kt.com.mx", company="Kiefer Kulturtechnik",
      note="JOIN (German employer, Mexico City office): the 'miércoles 18 de noviembre a las 9:00 (hora de "
           "Ciudad de México)' interview = 15:00Z is cancelled, role on hold, no new time; Date in CET; "
           "contact = country manager's address in the signature")
def p12() -> bytes:
    body = t("""
        Hola Itzel,

        lamentablemente tenemos que cancelar la entrevista que teníamos agendada para el miércoles
        18 de noviembre a las 9:00 (hora de Ciudad de México) para la vacante de Project Manager
        Museografía e Iluminación.

        La casa matriz en Stuttgart decidió poner la posición en pausa hasta el próximo año, así que
        por ahora no vamos a proponer una nueva fecha. En cuanto se reactive el proceso te escribo
        personalmente.

        Una disculpa por el aviso con tan poco tiempo y gracias por tu interés.

        Saludos,
        Ana Kiefer
        Country Manager México
        Kiefer Kulturtechnik de México, S. de R.L. de C.V.
        a.kiefer@kiefer-kt.com.mx

        --
        Diese Nachricht wurde über JOIN gesendet. / Este mensaje fue enviado a través de JOIN.
        """)
    hs = head("Kiefer Kulturtechnik via JOIN <noreply@join.com>",
              "Cancelación de tu entrevista - Project Manager Museografía e Iluminación",
              "2026-11-13 18:20:47", "Europe/Berlin", "<msg-5b9e2c71a0f4.8812@join.com>", charset="iso-8859-1",
              before=(rcv("mail.join.com", "3.120.81.9", "2026-11-13 18:20:47", "Europe/Berlin", "Jn18bK"),))
    return message(hs, text(body.replace("–", "-"), charset="iso-8859-1"))


@mail(N(13), family="softgarden", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-24 09:30", MX), end=utc("2026-11-24 11:00", MX),
      local="Tue 2026-11-24 09:30", local_end="2026-11-24 11:00", zone=MX,
      contact="paulina.ortega@lindemann-auto.com.mx", company="Lindemann Automotive de México",
      note="softgarden, in person at the Puebla plant, 'martes 24/11/2026, de 9:30 a 11:00 hrs' = 15:30Z; "
           "the 9:15 arrival at the gate is not the start; Date in CET; contact = Reply-To")
def p13() -> bytes:
    body = t("""
        Estimada Sra. Ruiz:

        Nos da gusto invitarla a una entrevista personal para la posición de Coordinadora de
        Responsabilidad Social y Patrimonio Industrial (ID 48213) en nuestra planta de Puebla.

        Fecha:     martes 24/11/2026
        Horario:   de 9:30 a 11:00 hrs
        Lugar:     Lindemann Automotive de México, Planta Cuautlancingo
                   Autopista México-Puebla km 117, Cuautlancingo, Puebla
        Contacto:  Paulina Ortega, Recursos Humanos

        Por motivos de seguridad le pedimos llegar a las 9:15 a la caseta de vigilancia 2 con una
        identificación oficial; ahí la recogerá una persona de Recursos Humanos. Cubrimos los gastos
        de traslado desde Oaxaca (ADO, viaje redondo) contra comprobante.

        Le pedimos confirmar su asistencia respondiendo a este correo.

        Atentamente,

        Paulina Ortega
        Recursos Humanos | Lindemann Automotive de México

        --
        Este correo fue enviado mediante softgarden e-recruiting GmbH en nombre de Lindemann Automotive de México.
        """)
    hs = head(addr("Lindemann Automotive de México", "noreply@softgarden.io", "iso-8859-15"),
              "Invitación a entrevista: Coordinadora de Responsabilidad Social y Patrimonio Industrial",
              "2026-11-18 09:03:52", "Europe/Berlin", "<1181726341.52280.1795075432018@app03.softgarden.io>",
              charset="iso-8859-15",
              before=(rcv("mx-out2.softgarden.io", "185.75.42.10", "2026-11-18 09:03:52", "Europe/Berlin", "Sg24nQ"),),
              after=(("Reply-To", addr("Paulina Ortega", "paulina.ortega@lindemann-auto.com.mx", "iso-8859-15")),))
    return message(hs, text(body, charset="iso-8859-15"))


@mail(N(14), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-03 11:00", NYC), end=utc("2026-12-03 11:45", NYC),
      local="Thu 2026-12-03 11:00", local_end="2026-12-03 11:45", zone=NYC,
      contact="jasmine.cole@brightlinemuseums.com", company="Brightline Museums Group",
      note="GoodTime, 11:00-11:45 AM EST = 16:00Z, also shown as 10:00-10:45 AM CST; ICS America/New_York "
           "agrees; contact = human Reply-To (coordinator)")
def p14() -> bytes:
    body = t("""
        Hi Itzel,

        Your interview with Brightline Museums Group is confirmed!

        Role: Manager, International Exhibitions Partnerships
        When: Thursday, December 3, 2026, 11:00 AM - 11:45 AM EST
              (10:00 AM - 10:45 AM CST, your time zone)
        Where: Zoom - https://brightline.zoom.us/j/97310528841?pwd=Uk9WbHZ2
        Interviewer: Marcus Hale, VP Exhibitions

        Need to make a change? Reply to this email and Jasmine will help.

        Best,
        Jasmine Cole
        Recruiting Coordinator, Brightline Museums Group

        Scheduled with GoodTime
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    ics = "BEGIN:VCALENDAR\nPRODID:-//GoodTime.io//Scheduling//EN\nVERSION:2.0\nMETHOD:REQUEST\n" + VTZ[NYC] + "\n" + t("""
        BEGIN:VEVENT
        UID:gt-evt-5c1d8e2f-44a0-4b1e-8f3a-2d9c7b6e0a11@goodtime.io
        DTSTAMP:20261127T190214Z
        DTSTART;TZID=America/New_York:20261203T110000
        DTEND;TZID=America/New_York:20261203T114500
        SUMMARY:Interview: Itzel Ruiz <> Marcus Hale (Brightline Museums Group)
        LOCATION:https://brightline.zoom.us/j/97310528841?pwd=Uk9WbHZ2
        ORGANIZER;CN=Jasmine Cole:mailto:jasmine.cole@brightlinemuseums.com
        ATTENDEE;CN=Itzel Ruiz;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:itzel.ruiz@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Brightline Museums Group <no-reply@goodtime.io>",
              "Confirmed: Interview with Brightline Museums Group on Thu, Dec 3", "2026-11-27 14:02:14", NYC,
              "<01000193712fb0aa-7e3d2c1b-5a49-4f8e-b1c0-d2e3f4a5b6c7-000000@email.amazonses.com>",
              before=(rcv("a8-31.smtp-out.amazonses.com", "54.240.8.31", "2026-11-27 14:02:14", NYC, "Gt03dX"),),
              after=(("Reply-To", "Jasmine Cole <jasmine.cole@brightlinemuseums.com>"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(N(15), family="calendly", lang="es", interview=True, kind="scheduled",
      start=utc("2026-12-07 10:30", MX), end=utc("2026-12-07 11:15", MX),
      local="Mon 2026-12-07 10:30", local_end="2026-12-07 11:15", zone=MX,
      contact="sofia.matus@ochovenados.mx", company="Editorial Ocho Venados",
      note="Calendly invitee confirmation, '10:30 - 11:15, lunes, 7 de diciembre de 2026 (Hora central - "
           "Ciudad de México)' = 16:30Z; the candidate booked a fixed slot; contact = Reply-To (host)")
def p15() -> bytes:
    body = t("""
        Hola Itzel Ruiz:

        Tu evento de Calendly está programado.

        Nombre del evento:
        Entrevista - Coordinación Editorial (45 min)

        Fecha y hora del evento:
        10:30 - 11:15, lunes, 7 de diciembre de 2026 (Hora central - Ciudad de México)

        Ubicación:
        Google Meet - los detalles de la reunión estarán en la invitación de calendario.

        Anfitriona:
        Sofía Matus, Editorial Ocho Venados

        Preguntas:
        ¿Qué proyecto editorial te gustaría contarnos?
        La colección de recetarios comunitarios de la Mixteca (2024-2025).

        ¿Necesitas hacer cambios a este evento?
        Cancelar: https://calendly.com/cancellations/3f1a9c7e-5b2d-4e8f
        Reprogramar: https://calendly.com/reschedulings/3f1a9c7e-5b2d-4e8f

        Desarrollado por Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:3f1a9c7e-5b2d-4e8f-a0c1-7d6e5f4a3b2c@calendly.com
        DTSTAMP:20261202T194410Z
        DTSTART:20261207T163000Z
        DTEND:20261207T171500Z
        SUMMARY:Entrevista - Coordinación Editorial (45 min) entre Sofía Matus e Itzel Ruiz
        LOCATION:Google Meet
        ORGANIZER;CN=Sofía Matus:mailto:sofia.matus@ochovenados.mx
        ATTENDEE;CN=Itzel Ruiz;PARTSTAT=ACCEPTED:mailto:itzel.ruiz@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmado: Entrevista - Coordinación Editorial (45 min) con Sofía Matus el lunes, 7 de diciembre de 2026",
              "2026-12-02 19:44:10", "UTC", "<6dcd4ce23d88e2ee9568ba546c007c63@calendly.com>",
              before=(rcv("o1.ptr4212.calendly.com", "149.72.123.40", "2026-12-02 19:44:10", "UTC", "Cy07mA"),),
              after=(("Reply-To", addr("Sofía Matus", "sofia.matus@ochovenados.mx")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(16), family="microsoft_bookings", lang="es", interview=True, kind="scheduled",
      start=utc("2026-12-08 12:00", MX), end=utc("2026-12-08 12:45", MX),
      local="Tue 2026-12-08 12:00", local_end="2026-12-08 12:45", zone=MX,
      contact=None, company="Fomento Cultural del Sureste",
      note="Microsoft Bookings confirmation, 12:00-12:45 '(UTC-06:00) Guadalajara, Ciudad de México, "
           "Monterrey' = 18:00Z; ICS 'Central Standard Time (Mexico)' agrees; sender is the Bookings "
           "mailbox and the staff member has no address -> contact null")
def p16() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="max-width:600px">
        <h2 style="font-weight:600">Su reserva está confirmada</h2>
        <p>Hola, Itzel Ruiz:</p>
        <p>Gracias por reservar con Fomento Cultural del Sureste. Le confirmamos su cita:</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td style="color:#605e5c">Servicio</td><td>Entrevista - Jefatura de Programas Culturales</td></tr>
        <tr><td style="color:#605e5c">Fecha y hora</td><td>martes, 8 de diciembre de 2026 12:00 - 12:45 (UTC-06:00) Guadalajara, Ciudad de México, Monterrey</td></tr>
        <tr><td style="color:#605e5c">Personal</td><td>Alejandro Pérez Canul</td></tr>
        <tr><td style="color:#605e5c">Ubicación</td><td>Reunión de Microsoft Teams en línea</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ0YTg5">Unirse a la reunión de Teams</a></p>
        <p>Si necesita cambiar o cancelar, use <a href="https://outlook.office365.com/owa/calendar/FomentoCulturalSureste@fomentosureste.mx/bookings/">Administrar reserva</a>.</p>
        <p style="font-size:12px;color:#8a8886">Fomento Cultural del Sureste, A.C. · Calle 60 No. 299, Centro, Mérida / Oficina CDMX: Av. Insurgentes Sur 1605</p>
        </div></body></html>
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + VTZ_MX_WIN + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Fomento Cultural del Sureste:mailto:FomentoCulturalSureste@fomentosureste.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Itzel Ruiz:mailto:itzel.ruiz@example.org
        SUMMARY;LANGUAGE=es-MX:Entrevista - Jefatura de Programas Culturales
        DTSTART;TZID=Central Standard Time (Mexico):20261208T120000
        DTEND;TZID=Central Standard Time (Mexico):20261208T124500
        UID:040000008200E00074C5B7101A82E00800000000F1E8D2A4C0C9DC01000000000000000010000000AA11BB22CC33DD44EE55FF6600771188
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261201T160512Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-MX:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Fomento Cultural del Sureste <FomentoCulturalSureste@fomentosureste.mx>",
              "Reserva confirmada: Entrevista - Jefatura de Programas Culturales", "2026-12-01 10:05:12", MX,
              "<BN8PR12MB3361E2A7F90C4D2B1A0E9F8CDD41A@BN8PR12MB3361.namprd12.prod.outlook.com>",
              before=(rcv("NAM10-BN7-obe.outbound.protection.outlook.com", "40.107.92.45", "2026-12-01 10:05:12", MX,
                          "Bk08sR"),),
              after=(("X-MS-Exchange-Organization-BookingsAppointment", "True"), ("Content-Language", "es-MX")))
    return message(hs, mixed(html(page, cte="base64"),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(17), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-11 10:00", MX), local="Fri 2026-09-11 10:00", zone=MX,
      contact="tomas.hernandez@memoriazapoteca.org", company="Casa de la Memoria Zapoteca",
      note="Google Calendar invitation for an ALL-DAY event (DTSTART;VALUE=DATE 20260911); the time is only "
           "in the title/description: 'a las 10 hrs' in Teotitlán del Valle = 16:00Z; no end; contact = organizer")
def p17() -> bytes:
    body = t("""
        Tomás Hernández te ha invitado a este evento.

        Entrevista Itzel Ruiz - 10 hrs
        viernes 11 de septiembre de 2026

        Itzel, te esperamos a las 10 hrs en la Casa de la Memoria (Av. Juárez 12, Teotitlán del Valle)
        para la entrevista con el comité comunitario por la coordinación del proyecto de archivo
        sonoro. Lo puse como evento de todo el día porque después comemos juntos, no te preocupes.

        Organizador
        Tomás Hernández
        tomas.hernandez@memoriazapoteca.org

        Invitados
        Tomás Hernández - organizador
        itzel.ruiz@example.org
        Celestina Bazán
        Ver todos los detalles de los invitados: https://calendar.google.com/calendar/event?action=VIEW&eid=MGNqNjF2

        Responder para itzel.ruiz@example.org: Sí / No / Quizás

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Estás recibiendo este correo electrónico porque eres un invitado del evento. Para dejar de recibir
        actualizaciones de este evento, rechaza el evento.
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n" \
        "METHOD:REQUEST\n" + t("""
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20260911
        DTEND;VALUE=DATE:20260912
        DTSTAMP:20260904T192011Z
        ORGANIZER;CN=Tomás Hernández:mailto:tomas.hernandez@memoriazapoteca.org
        UID:0cj61v9rj4hs7q2m8f3d1k5n0b@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=itzel.ruiz@example.org;X-NUM-GUESTS=0:mailto:itzel.ruiz@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tomás Hernández;X-NUM-GUESTS=0:mailto:tomas.hernandez@memoriazapoteca.org
        CREATED:20260904T191950Z
        DESCRIPTION:Itzel\\, te esperamos a las 10 hrs en la Casa de la Memoria (Av. Juárez 12\\, Teotitlán del Valle) para la entrevista con el comité comunitario.
        LAST-MODIFIED:20260904T192011Z
        LOCATION:Casa de la Memoria Zapoteca\\, Av. Juárez 12\\, Teotitlán del Valle\\, Oax.
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista Itzel Ruiz - 10 hrs
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Tomás Hernández", "tomas.hernandez@memoriazapoteca.org"),
              "Invitación: Entrevista Itzel Ruiz - 10 hrs @ vie 11 sept 2026 (itzel.ruiz@example.org)",
              "2026-09-04 13:20:11", MX, "<calendar-6a1f0d2c-8b7e-4c39-a5d4-3e2f1b0c9d8e@google.com>",
              to="itzel.ruiz@example.org",
              before=(rcv("mail-sor-f73.google.com", "209.85.220.73", "2026-09-04 13:20:11", MX, "Gc11aT"),),
              after=(("Reply-To", addr("Tomás Hernández", "tomas.hernandez@memoriazapoteca.org")),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="base64"),
                                 calendar(ics, cte="base64")),
                             calendar(ics, method="REQUEST", ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(18), family="google_calendar", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-09-30 18:00", MX), end=utc("2026-09-30 19:00", MX),
      local="Wed 2026-09-30 18:00", local_end="2026-09-30 19:00", zone=MX,
      contact="claudia.reyes@piedrayagua.org.mx", company="Fundación Piedra y Agua",
      note="Google Calendar updated invitation: moved from mar 29 sept 4pm-5pm to mié 30 sept 6pm-7pm (CST) "
           "= 00:00Z on 1 Oct (UTC is the next day); ICS SEQUENCE 1, TZID America/Mexico_City; contact = organizer")
def p18() -> bytes:
    body = t("""
        Se ha modificado este evento.

        Entrevista final - Coordinación de Proyectos (Fundación Piedra y Agua)
        Se ha cambiado: hora
        miércoles 30 de septiembre de 2026 ⋅ 6:00pm – 7:00pm
        Hora estándar central - Ciudad de México
        Anterior: martes 29 de septiembre de 2026 ⋅ 4:00pm – 5:00pm

        Unirse con Google Meet
        meet.google.com/wvt-jhxa-pme

        Organizador
        Claudia Reyes
        claudia.reyes@piedrayagua.org.mx

        Invitados
        Claudia Reyes - organizador
        Ignacio Salas
        itzel.ruiz@example.org

        Ver todos los detalles de los invitados

        Responder para itzel.ruiz@example.org: Sí / No / Quizás

        Invitación de Google Calendar
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n" \
        "METHOD:REQUEST\n" + VTZ_MX + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Mexico_City:20260930T180000
        DTEND;TZID=America/Mexico_City:20260930T190000
        DTSTAMP:20260925T170234Z
        ORGANIZER;CN=Claudia Reyes:mailto:claudia.reyes@piedrayagua.org.mx
        UID:5s1l0q2m7vd4e9n3u8k6h2c1ab@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Claudia Reyes;X-NUM-GUESTS=0:mailto:claudia.reyes@piedrayagua.org.mx
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ignacio Salas;X-NUM-GUESTS=0:mailto:ignacio.salas@piedrayagua.org.mx
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=itzel.ruiz@example.org;X-NUM-GUESTS=0:mailto:itzel.ruiz@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/wvt-jhxa-pme
        CREATED:20260921T155512Z
        DESCRIPTION:Entrevista final con Dirección General y Consejo.
        LAST-MODIFIED:20260925T170233Z
        LOCATION:
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Entrevista final - Coordinación de Proyectos (Fundación Piedra y Agua)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Claudia Reyes <claudia.reyes@piedrayagua.org.mx>",
              "Invitación actualizada: Entrevista final - Coordinación de Proyectos (Fundación Piedra y Agua) "
              "@ mié 30 sept 2026 6pm - 7pm (CST) (itzel.ruiz@example.org)",
              "2026-09-25 11:02:34", MX, "<calendar-b1e9f3a2-0c4d-4e7a-9b61-72d8e5f4c3a1@google.com>",
              to="itzel.ruiz@example.org",
              before=(rcv("mail-sor-f69.google.com", "209.85.220.69", "2026-09-25 11:02:34", MX, "Gc30uP"),),
              after=(("Reply-To", "Claudia Reyes <claudia.reyes@piedrayagua.org.mx>"),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
                             calendar(ics, ctype="application/ics", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(N(19), family="exchange_outlook", lang="es", interview=True, kind="cancelled",
      start=utc("2026-11-19 08:00", MTY), end=utc("2026-11-19 09:00", MTY),
      local="Thu 2026-11-19 08:00", local_end="2026-11-19 09:00", zone=MTY,
      contact="hector.garza@cumbres.com.mx", company="Grupo Acerero Cumbres",
      note="Exchange cancellation (METHOD:CANCEL) of 'jueves 19/11/2026 08:00-09:00' Monterrey = 14:00Z, "
           "TZID 'Central Standard Time (Mexico)'; a new time (viernes 20) is only proposed, not confirmed, "
           "so cancelled; contact = human sender/ORGANIZER")
def p19() -> bytes:
    body = t("""
        Itzel, buenas tardes.

        Le cancelo la entrevista del jueves 19/11 a las 8:00, el Ing. Montemayor tiene que estar ese
        día en la planta de Saltillo. Le propongo el viernes 20 a la misma hora; en cuanto me
        confirme la sala le mando una nueva invitación.

        Disculpe las molestias.

        Héctor Garza Leal
        Jefe de Desarrollo Organizacional
        Grupo Acerero Cumbres | Av. Fundidora 501, Monterrey, N.L.
        T. 81 5550 3412
        """)
    when = "Cuándo: jueves, 19 de noviembre de 2026 08:00-09:00 (UTC-06:00) Guadalajara, Ciudad de México, Monterrey.\n" \
        "Dónde: Museo del Acero Cumbres - Sala de Juntas 2\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>" \
        + "".join(f"<p class=\"MsoNormal\">{ln or '&nbsp;'}</p>" for ln in (when + body).split("\n")) + "</body></html>\n"
    ics = "BEGIN:VCALENDAR\nMETHOD:CANCEL\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + VTZ_MX_WIN + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Héctor Garza Leal:mailto:hector.garza@cumbres.com.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Itzel Ruiz:mailto:itzel.ruiz@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rodrigo Montemayor:mailto:rodrigo.montemayor@cumbres.com.mx
        SUMMARY;LANGUAGE=es-MX:Cancelado: Entrevista - Coordinación Museo del Acero Cumbres
        DTSTART;TZID=Central Standard Time (Mexico):20261119T080000
        DTEND;TZID=Central Standard Time (Mexico):20261119T090000
        UID:040000008200E00074C5B7101A82E00800000000D0C1B2A3F475DC01000000000000000010000000C3D4E5F60718293A4B5C6D7E8F901A2B
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261116T233012Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:2
        LOCATION;LANGUAGE=es-MX:Museo del Acero Cumbres - Sala de Juntas 2
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Héctor Garza Leal", "hector.garza@cumbres.com.mx"),
              "Cancelado: Entrevista - Coordinación Museo del Acero Cumbres", "2026-11-16 17:30:12", MTY,
              "<MN2PR11MB4486A1B2C3D4E5F60718293A4B5C6D7E@MN2PR11MB4486.namprd11.prod.outlook.com>",
              before=(rcv("NAM11-CO1-obe.outbound.protection.outlook.com", "40.107.220.99", "2026-11-16 17:30:12", MTY,
                          "Ac19cN"),),
              after=(("Thread-Topic", enc("Entrevista - Coordinación Museo del Acero Cumbres")),
                     ("Thread-Index", "AdtXk2n9Rr8mK0oZSUuU0z4mE1c3Fw=="), ("Importance", "high"),
                     ("Content-Language", "es-MX"), ("X-MS-Has-Attach", "")))
    return message(hs, alt(text(when + body), html(page), calendar(ics, method="CANCEL", cte="base64")))


@mail(N(20), family="zoom", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-14 17:00", MX), local="Wed 2026-10-14 17:00", zone=MX,
      contact="valeria.cruz@talentopatrimonial.mx", company="Fideicomiso Barrio de los Sapos",
      note="Agency recruiter confirms 'miércoles 14 a las 5 de la tarde' with a pasted Zoom block '14 oct 2026 "
           "05:00 p. m. Ciudad de México' = 23:00Z; no duration; company = the hiring trust, contact = recruiter")
def p20() -> bytes:
    body = t("""
        Hola Itzel, ¿qué tal?

        Como quedamos por teléfono, te confirmo la entrevista con el Lic. Fernando Olvera, director
        del Fideicomiso Barrio de los Sapos, el miércoles 14 a las 5 de la tarde. Va por Zoom, te
        dejo los datos abajo. Fernando es muy puntual y le gusta que le cuenten de proyectos con
        comerciantes y vecinos, así que lleva a la mano lo de Santo Domingo.

        Mucha suerte, cualquier cosa me marcas.

        Valeria Cruz
        Consultora Sr. | Talento Patrimonial Consultores
        Cel. 222 555 0193

        ---

        Valeria Cruz le está invitando a una reunión de Zoom programada.

        Tema: Entrevista Itzel Ruiz - Coordinación de Proyectos FBS
        Hora: 14 oct 2026 05:00 p. m. Ciudad de México

        Unirse a la reunión Zoom
        https://us06web.zoom.us/j/81547203366?pwd=bU9xR2FwUmh6

        ID de reunión: 815 4720 3366
        Código de acceso: 418203

        ---

        > El vie, 9 oct 2026 a las 19:20, Itzel Ruiz <itzel.ruiz@example.org> escribió:
        > Hola Valeria, gracias. El miércoles 14 en la tarde me queda mejor. Saludos, Itzel
        """)
    hs = head(addr("Valeria Cruz", "valeria.cruz@talentopatrimonial.mx"),
              "Re: Entrevista Fideicomiso Barrio de los Sapos", "2026-10-12 13:47:29", MX,
              "<CAF7g+Zq1pN3vB9kY2hT0mQe8sLr5XjU4wA6dC1oE@mail.gmail.com>",
              before=(rcv("mail-yw1-f179.google.com", "209.85.128.179", "2026-10-12 13:47:29", MX, "Zm14vC"),),
              after=(("In-Reply-To", "<4F2A91C7-1B3D-4E8A-9C5F-7D6E0A2B3C41@example.org>"),
                     ("References", "<CAF7g+Yx8kP1wR2a@mail.gmail.com> <4F2A91C7-1B3D-4E8A-9C5F-7D6E0A2B3C41@example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(21), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-12-10 12:00", MX), local="Thu 2026-12-10 12:00", zone=MX,
      contact="efrain@restauroantequera.com.mx", company="Restauro Antequera",
      note="Hiring manager's short reply (tú) 'nos vemos el jueves 10 a las 12 del día' in Oaxaca = 18:00Z; "
           "sent Monday evening (UTC already Tuesday); no end; contact = human sender")
def p21() -> bytes:
    body = t("""
        Itzel, qué gusto.

        Perfecto, nos vemos el jueves 10 a las 12 del día en el taller (García Vigil 318, Centro).
        Platicamos de la coordinación de proyectos y de paso te enseño el retablo que estamos
        interviniendo en Tlacochahuaya. Va a estar también Lupita, nuestra administradora.

        Saludos,
        Efraín

        --
        Arq. Efraín Velasco Cruz
        Director | Restauro Antequera, S.C.
        Tel. 951 555 0172

        El lun, 7 dic 2026 a las 11:04, Itzel Ruiz (<itzel.ruiz@example.org>) escribió:
        > Buen día, arquitecto:
        >
        > Muchas gracias por la llamada de ayer. Le confirmo que tengo disponibilidad el jueves 10
        > o el viernes 11 a cualquier hora antes de las 3. Le adjunto mi CV actualizado.
        >
        > Saludos cordiales,
        > Itzel Ruiz
        """)
    hs = head(addr("Efraín Velasco", "efrain@restauroantequera.com.mx"),
              "Re: Plaza de coordinación de proyectos", "2026-12-07 19:12:40", MX,
              "<CAHx5kQ0s8bV1m2N3z4P9rT7uY6wE5dJ@mail.gmail.com>",
              before=(rcv("mail-ot1-f48.google.com", "209.85.210.48", "2026-12-07 19:12:40", MX, "Ra10jD"),),
              after=(("In-Reply-To", "<8C1D2E3F-4A5B-6C7D-8E9F-0A1B2C3D4E5F@example.org>"),
                     ("References", "<8C1D2E3F-4A5B-6C7D-8E9F-0A1B2C3D4E5F@example.org>")))
    return message(hs, text(body, cte="8bit"))


@mail(N(22), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-11-10 09:00", MX), local="Tue 2026-11-10 09:00", zone=MX,
      contact="rosa.jimenez@artesyagul.org", company="Centro de las Artes Yagul",
      note="Phone-written reschedule: old 'jueves 12 a las 4' dropped, new 'mañana temprano a las 9' resolved "
           "against the Date (Mon 9 Nov, 07:02 local) = Tue 10 Nov 09:00 = 15:00Z; contact = human sender")
def p22() -> bytes:
    body = t("""
        Itzel buen día, cambio de planes: el director se va a CDMX el jueves así que ya no nos vemos el jueves 12 a las 4. Nos vemos mañana temprano a las 9 en la biblioteca del centro, ya le avisé a recepción que te dejen pasar.

        Perdón por la carrera!!

        Rosa

        Enviado desde mi iPhone
        """)
    hs = head(addr("Rosa Jiménez", "rosa.jimenez@artesyagul.org"),
              "Re: Entrevista coordinación de proyectos", "2026-11-09 07:02:18", MX,
              "<B7E4F2C1-9A3D-4F6E-8B21-5C0D7E9A1F34@artesyagul.org>",
              before=(rcv("mail-pj1-f52.google.com", "209.85.216.52", "2026-11-09 07:02:18", MX, "Yg09rJ"),),
              after=(("In-Reply-To", "<D3A1C9E7-2B4F-4C6A-8E0D-1F2A3B4C5D6E@example.org>"),
                     ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body))


@mail(N(23), family="forward_self", lang="es", interview=True, kind="scheduled",
      start=utc("2026-12-01 13:00", MX), local="Tue 2026-12-01 13:00", zone=MX,
      contact="daniel.orozco@raizcomun.mx", company="Raíz Común Consultores",
      note="The candidate forwards to herself (example.net -> example.org) a recruiter's confirmation as an "
           "attached message/rfc822: 'el próximo martes a las 13:00 hrs' in Guadalajara; from the inner Date (Wed "
           "25 Nov) or the outer one (Thu 26 Nov) that is Tue 1 Dec = 19:00Z; 'aproximadamente' so no end; "
           "contact = recruiter in the forwarded header, never the candidate")
def p23() -> bytes:
    inner_body = t("""
        Hola Itzel,

        Te confirmo la entrevista con nuestra directora, la Mtra. Leticia Aceves, el próximo martes a
        las 13:00 hrs en nuestras oficinas de la colonia Americana (Av. Chapultepec Sur 284, piso 3,
        Guadalajara). Calcula aproximadamente hora y media, porque también te presentaremos al
        equipo de proyectos.

        Si vienes en camión desde la central, toma un Uber directo, son como 20 minutos.

        Saludos,

        Daniel Orozco
        Reclutamiento y Selección | Raíz Común Consultores
        33 5550 2871
        """)
    inner = message(head(addr("Daniel Orozco", "daniel.orozco@raizcomun.mx"),
                         "Confirmación entrevista - Raíz Común", "2026-11-25 17:40:02", MX,
                         "<CAJm4nR8d1Ft5Kp0wQ2yH7vXb3s9@mail.gmail.com>",
                         to=addr("Itzel Ruiz", "itzel.ruiz@example.net")),
                    text(inner_body))
    outer = t("""
        para tenerlo en el correo bueno

        --
        Enviado desde mi teléfono
        """).replace("--\n", "-- \n")  # the signature delimiter keeps its trailing space
    hs = head(addr("Itzel Ruiz", "itzel.ruiz@example.net"), "Fwd: Confirmación entrevista - Raíz Común",
              "2026-11-26 08:15:44", MX, "<CAKf2nW5mB8Qx1Ly6Hs0pT3rZ9d@mail.gmail.com>", to="itzel.ruiz@example.org",
              before=(rcv("mail-wr1-f41.google.com", "209.85.221.41", "2026-11-26 08:15:44", MX, "Fw26sL"),))
    return message(hs, mixed(text(outer), attached_message(inner, "Confirmacion entrevista - Raiz Comun.eml")))


# =========================================================================== negatives


@mail(N(24), family="lever_rejection", lang="es", interview=False, company="Kuxtal Viajes",
      days=(("Fri", "2026-09-18"),),
      note="Lever rejection after the interview of viernes 18 de septiembre (a past date); no time to confirm")
def n24() -> bytes:
    body = t("""
        Hola Itzel:

        Gracias por tomarte el tiempo de platicar con Renata y Jorge el viernes 18 de septiembre sobre
        la posición de Coordinadora de Experiencias Culturales.

        Después de pensarlo mucho, decidimos avanzar con otra candidata cuyo perfil se ajusta un poco
        más a la operación de rutas en la Península. Nos quedamos con muy buena impresión de tu trabajo
        con comunidades y nos gustaría mantener tu CV para futuras vacantes, si estás de acuerdo.

        Te deseamos mucho éxito.

        Equipo de Talento de Kuxtal Viajes

        Enviado con Lever
        """)
    hs = head("Kuxtal Viajes <no-reply@hire.lever.co>", "Tu postulación en Kuxtal Viajes",
              "2026-09-29 16:10:55", "UTC",
              "<01000192391ac0de-3b2c1d0e-4f5a-6b7c-8d9e-0f1a2b3c4d5e-000000@email.amazonses.com>",
              before=(rcv("a48-118.smtp-out.amazonses.com", "54.240.48.118", "2026-09-29 16:10:55", "UTC", "Lv29rj"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(25), family="offer", lang="en", interview=False, company="Tessellate Learning",
      days=(("Mon", "2026-11-02"), ("Fri", "2026-10-16")),
      note="Job offer with a proposed start date (Monday, November 2) and a request to pick a 30-minute call "
           "via a booking link; no interview and no fixed time")
def n25() -> bytes:
    body = t("""
        Hi Itzel,

        I'm thrilled to share that we'd like to offer you the role of Cultural Partnerships Lead (LATAM)
        at Tessellate Learning! Your offer letter is attached.

        A few highlights:
        - Proposed start date: Monday, November 2, 2026
        - Fully remote, with two team retreats a year (the next one is in Mexico City in February)
        - Compensation and benefits as outlined in the letter

        I'd love to walk you through everything and answer questions. Could you grab 30 minutes on my
        calendar this week? https://calendly.com/daniela-ochoa-tl/30min

        We'd appreciate an answer by Friday, October 16.

        Congratulations again - everyone who met you was excited.

        Daniela

        Daniela Ochoa
        Head of Partnerships (LATAM) | Tessellate Learning
        """)
    pdf = raw_part([("Content-Type", 'application/pdf; name="Tessellate_Offer_Itzel_Ruiz.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Tessellate_Offer_Itzel_Ruiz.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\n"
                   "YmoKMiAwIG9iago8PC9UeXBlL1BhZ2VzL0tpZHNbXS9Db3VudCAwPj4KZW5kb2JqCnRyYWlsZXIK\n"
                   "PDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==\n")
    hs = head("Daniela Ochoa <daniela.ochoa@tessellate-learning.com>", "Offer - Cultural Partnerships Lead (LATAM)",
              "2026-10-06 15:30:19", MX, "<CAE2pQ7vX0kL9mN1bR4tY8uW3sZ6@mail.gmail.com>",
              before=(rcv("mail-sor-f41.google.com", "209.85.220.41", "2026-10-06 15:30:19", MX, "Of06tL"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), pdf))


@mail(N(26), family="workday_receipt", lang="es", interview=False, company="Grupo Vidriera de Occidente",
      note="Workday application receipt: 'si tu perfil avanza ... para agendar una entrevista'; no time")
def n26() -> bytes:
    body = t("""
        Hola Itzel,

        Gracias por postularte a la vacante R-04418 Coordinador(a) de Museo Corporativo y Archivo
        Histórico en Grupo Vidriera de Occidente.

        Hemos recibido tu solicitud y nuestro equipo de Atracción de Talento la revisará en los
        próximos días. Si tu perfil avanza, nos pondremos en contacto contigo para agendar una
        entrevista.

        Puedes consultar el estado de tu solicitud en cualquier momento en nuestro portal de
        candidatos: https://gvo.wd5.myworkdayjobs.com/es/Carreras

        Atentamente,
        Atracción de Talento
        Grupo Vidriera de Occidente

        Este mensaje fue generado automáticamente por Workday. Por favor no responda a este correo.
        """)
    hs = head("Grupo Vidriera de Occidente <gvo@myworkday.com>", "Gracias por tu solicitud - R-04418",
              "2026-09-24 22:03:40", "UTC", "<907712841.61002.1790287420377@wd5-prod-mta1.myworkday.com>",
              before=(rcv("wd5-prod-mta1.myworkday.com", "149.96.8.39", "2026-09-24 22:03:40", "UTC", "Wd24rc"),),
              after=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(27), family="job_alert", lang="es", interview=False, company=None,
      days=(("Mon", "2026-09-21"), ("Fri", "2026-10-09"), ("Thu", "2026-09-17")),
      note="Job-board alert; listings mention interview dates ('entrevistas presenciales del 21 de septiembre al "
           "9 de octubre', 'entrevistas el jueves 17') but nothing is confirmed for the candidate")
def n27() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;background:#eef3f7;margin:0">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="14" style="background:#fff">
        <tr><td style="background:#1d6f42;color:#fff;font-size:20px">Empleos del Sur</td></tr>
        <tr><td><p>Hola Itzel, encontramos <b>8 nuevas vacantes</b> para tu búsqueda
        <i>"coordinación de proyectos culturales"</i> en Oaxaca, Puebla y remoto.</p></td></tr>
        <tr><td style="border-bottom:1px solid #ddd"><a href="https://empleosdelsur.mx/v/118273"><b>Entrevistador(a) de campo - Encuesta de consumo cultural</b></a><br>
        Instituto de Opinión del Sureste · Oaxaca de Juárez<br>
        Entrevistas presenciales en hogares del 21 de septiembre al 9 de octubre. $9,500 mensuales.</td></tr>
        <tr><td style="border-bottom:1px solid #ddd"><a href="https://empleosdelsur.mx/v/118301"><b>Coordinador(a) de Eventos Culturales</b></a><br>
        Hotel Casa Antequera · Oaxaca de Juárez<br>
        Reclutamiento inmediato: entrevistas el jueves 17 de 10:00 a 14:00 hrs, trae tu CV.</td></tr>
        <tr><td style="border-bottom:1px solid #ddd"><a href="https://empleosdelsur.mx/v/118322"><b>Gestor(a) de Proyectos de Patrimonio</b></a><br>
        Fundación Arcos de Xochimilco · Remoto (México)<br>Publicada hace 2 días</td></tr>
        <tr><td style="border-bottom:1px solid #ddd"><a href="https://empleosdelsur.mx/v/118350"><b>Jefe(a) de Servicios Educativos</b></a><br>
        Museo de la Talavera · Puebla, Pue.<br>Publicada hoy</td></tr>
        <tr><td><a href="https://empleosdelsur.mx/buscar?q=coordinaci%C3%B3n+de+proyectos+culturales">Ver las 8 vacantes</a></td></tr>
        <tr><td style="font-size:11px;color:#888">Recibes este correo porque creaste una alerta en Empleos del Sur.
        <a href="https://empleosdelsur.mx/alertas/baja?u=ir8812">Cancelar alerta</a></td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = head("Empleos del Sur <alertas@empleosdelsur.mx>",
              "8 nuevas vacantes para \"coordinación de proyectos culturales\"", "2026-09-14 07:00:05", MX,
              "<alerta.20260914.ir8812.5521@empleosdelsur.mx>",
              before=(rcv("mta2.empleosdelsur.mx", "177.222.40.18", "2026-09-14 07:00:05", MX, "Ja14sE"),),
              after=(("List-Unsubscribe", "<https://empleosdelsur.mx/alertas/baja?u=ir8812>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")))
    return message(hs, html(page))


@mail(N(28), family="newsletter_tips", lang="es", interview=False, company=None,
      note="Newsletter post about interview preparation with example times ('te esperamos el martes a las 10:00'); "
           "no appointment")
def n28() -> bytes:
    body = t("""
        GESTIÓN CULTURAL AL DÍA · Edición 112

        ¿Te citaron a entrevista? 7 preguntas que te harán en un museo (y cómo contestarlas)

        Llega el correo: "Te esperamos el martes a las 10:00 para una entrevista con la dirección". ¿Y
        ahora? Hablamos con cinco responsables de recursos humanos de museos en Oaxaca, Puebla y la
        Ciudad de México. Esto es lo que siempre preguntan:

        1. ¿Qué proyecto con comunidades te dejó una lección difícil?
        2. ¿Cómo manejarías un presupuesto que se recorta a la mitad del año?
        3. ¿Qué harías en tus primeros 90 días?
        ...

        Consejo extra: si la entrevista es por videollamada y tu entrevistador está en otra zona
        horaria, confirma la hora en los dos husos. México ya no cambia de horario, pero Estados
        Unidos y Europa sí.

        Sigue leyendo: https://gestionculturalaldia.substack.com/p/te-citaron-a-entrevista

        ---
        Recibes este boletín porque te suscribiste en gestionculturalaldia.substack.com.
        Darte de baja: https://gestionculturalaldia.substack.com/action/disable_email
        """)
    hs = head(addr("Gestión Cultural al Día", "gestionculturalaldia@substack.com"),
              "¿Te citaron a entrevista? 7 preguntas que te harán en un museo", "2026-10-04 09:00:12", MX,
              "<20261004150012.3.9f1e2d3c4b5a6978@mg1.substack.com>",
              before=(rcv("mg1.substack.com", "198.61.254.21", "2026-10-04 09:00:12", MX, "Ss04nw"),),
              after=(("List-Unsubscribe", "<https://gestionculturalaldia.substack.com/action/disable_email>"),
                     ("List-Id", "<gestionculturalaldia.substack.com>"), ("Precedence", "bulk")))
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(N(29), family="goodtime_availability", lang="en", interview=False, company="Brightline Museums Group",
      days=(("Mon", "2026-11-30"), ("Fri", "2026-12-04")),
      note="GoodTime availability request: pick times between Mon Nov 30 and Fri Dec 4; nothing fixed yet")
def n29() -> bytes:
    body = t("""
        Hi Itzel,

        Thanks for speaking with our recruiting team! The next step is a 45-minute interview with
        Marcus Hale, VP Exhibitions.

        Please share your availability between Monday, November 30 and Friday, December 4 using the
        link below. Times are shown in your local time zone.

        Share your availability: https://brightline.goodtime.io/availability/c/7Xq2Lm9R

        Once you submit, we'll send a calendar invitation with the confirmed time.

        Thanks,
        Jasmine Cole
        Recruiting Coordinator, Brightline Museums Group

        Powered by GoodTime
        """)
    hs = head("Brightline Museums Group <no-reply@goodtime.io>",
              "Brightline Museums Group: Please share your availability", "2026-11-20 12:30:41", NYC,
              "<010001934d2e7f10-9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d-000000@email.amazonses.com>",
              before=(rcv("a8-29.smtp-out.amazonses.com", "54.240.8.29", "2026-11-20 12:30:41", NYC, "Gt20av"),),
              after=(("Reply-To", "Jasmine Cole <jasmine.cole@brightlinemuseums.com>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(30), family="human_prose_proposal", lang="es", interview=False, company="Fideicomiso Barrio de los Sapos",
      days=(("Tue", "2026-10-13"), ("Wed", "2026-10-14")),
      note="Agency recruiter proposes two slots ('martes 13 a las 10 o miércoles 14 a las 5 de la tarde') and "
           "asks which one works; not confirmed (the confirmation comes in a later mail)")
def n30() -> bytes:
    body = t("""
        Hola Itzel,

        ¡Buenas noticias! Al Lic. Olvera le gustó mucho tu perfil y quiere conocerte. Tiene espacio el
        martes 13 a las 10 o el miércoles 14 a las 5 de la tarde, las dos por Zoom. ¿Cuál te funciona
        mejor? En cuanto me digas le pido a su asistente que mande la invitación.

        Saludos,

        Valeria Cruz
        Consultora Sr. | Talento Patrimonial Consultores
        Cel. 222 555 0193
        """)
    hs = head(addr("Valeria Cruz", "valeria.cruz@talentopatrimonial.mx"),
              "Entrevista Fideicomiso Barrio de los Sapos", "2026-10-09 12:05:51", MX,
              "<CAF7g+Yx8kP1wR2a@mail.gmail.com>",
              before=(rcv("mail-yw1-f171.google.com", "209.85.128.171", "2026-10-09 12:05:51", MX, "Vc09pp"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(31), family="outreach", lang="en", interview=False, company="Harbor & Vine Hospitality",
      note="Recruiter outreach asking for a quick chat 'sometime next week'; no fixed time")
def n31() -> bytes:
    body = t("""
        Hi Itzel,

        I came across your work on the Santo Domingo community-tourism project and was really
        impressed. I'm building out the guest-experience team for Harbor & Vine Hospitality's two new
        heritage properties in Monterrey and San Miguel, and your background looks like a great fit
        for our Director of Cultural Programming role.

        Would you be open to a quick chat sometime next week? If so, just send me a couple of times
        that suit you and I'll work around them.

        Cheers,
        Connor Walsh
        Senior Talent Partner | Harbor & Vine Hospitality
        Austin, TX
        """)
    hs = head("Connor Walsh <connor.walsh@harborvine.com>", "Director of Cultural Programming - quick chat?",
              "2026-11-03 10:22:48", CHI, "<CH2PR19MB3924B0A1C2D3E4F5@CH2PR19MB3924.namprd19.prod.outlook.com>",
              before=(rcv("NAM04-BN8-obe.outbound.protection.outlook.com", "40.107.100.61", "2026-11-03 10:22:48", CHI,
                          "Hv03or"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(32), family="job_centre", lang="es", interview=False, company=None,
      days=(("Tue", "2026-09-22"),),
      note="State employment service appointment with a fixed time ('Entrevista de orientación laboral', "
           "22/09/2026 10:00 hrs): confirmed, but not a job interview with an employer")
def n32() -> bytes:
    body = t("""
        SERVICIO ESTATAL DE EMPLEO DE OAXACA
        Confirmación de cita

        Estimada ITZEL RUIZ:

        Su cita ha sido registrada con los siguientes datos:

        Folio:        SEE-OAX-2026-018734
        Trámite:      Entrevista de orientación laboral y registro en bolsa de trabajo
        Fecha:        22/09/2026
        Hora:         10:00 hrs
        Módulo:       Oficina Regional Valles Centrales, Calle Armenta y López 515, Centro, Oaxaca de Juárez

        Presentarse con: CURP, identificación oficial, comprobante de domicilio y CV impreso.
        Si no puede asistir, cancele su cita en https://citas.seeoaxaca.gob.mx con su folio.

        Este es un mensaje automático, favor de no responder.
        """)
    hs = head("Servicio Estatal de Empleo Oaxaca <citas@seeoaxaca.gob.mx>",
              "Confirmación de cita - Entrevista de orientación laboral", "2026-09-17 11:43:27", MX,
              "<20260917174327.18734@citas.seeoaxaca.gob.mx>", charset="iso-8859-1",
              before=(rcv("smtp.seeoaxaca.gob.mx", "187.141.70.6", "2026-09-17 11:43:27", MX, "Se17cc"),))
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@mail(N(33), family="press_interview", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="A reporter confirms an interview WITH the candidate for a newspaper story (jueves 15 de octubre, "
           "11 hrs): a fixed time, but press, not a job interview")
def n33() -> bytes:
    body = t("""
        Hola Itzel, buenas tardes.

        Te confirmo la entrevista para la nota sobre el rescate de los telares de cintura en San
        Antonino: el jueves 15 de octubre a las 11 hrs en el Jardín Conzatti, frente a la fuente. Voy
        con Memo, el fotógrafo, así que si puedes lleva alguna pieza o foto del taller.

        Calculo unos 40 minutos de plática. Sale en la edición dominical del 18.

        Gracias otra vez,

        Rogelio Santiago
        Reportero, sección Cultura
        Diario Nueve Regiones
        """)
    hs = head("Rogelio Santiago <rogelio.santiago@nueveregiones.mx>", "Entrevista para la nota de los telares",
              "2026-10-12 18:30:07", MX, "<CAP9d2Lk5sB7nQ0zX3vW8hM1@mail.gmail.com>",
              before=(rcv("mail-qk1-f180.google.com", "209.85.222.180", "2026-10-12 18:30:07", MX, "Pr12jo"),))
    return message(hs, text(body, cte="8bit"))


@mail(N(34), family="podcast", lang="en", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="Podcast recording confirmed for Wed Oct 21, 3:00 PM Mexico City / 5:00 PM Eastern (EDT), with an "
           "ICS; the candidate is the guest, not a job interview")
def n34() -> bytes:
    body = t("""
        Hi Itzel,

        So glad you said yes! We're all set for your episode of Heritage Frontlines.

        Recording: Wednesday, October 21, 2026
        Time: 3:00 PM Central (Mexico City) / 5:00 PM Eastern
        Length: 60 minutes (the episode will be edited down to about 35)
        Studio: Riverside - https://riverside.fm/studio/heritage-frontlines?t=9d3f21

        I'll interview you about the community sound archive in Teotitlán and what museums in the US
        can learn from it. Please use headphones and, if possible, a wired connection. A calendar
        invite is attached.

        Talk soon,
        Maya Lindqvist
        Host & Producer, Heritage Frontlines
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Apple Inc.//macOS 15.1//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:7E2C41A9-3B5D-4F18-9C60-2A8D1E4F7B03
        DTSTAMP:20261014T163012Z
        DTSTART:20261021T210000Z
        DTEND:20261021T220000Z
        SUMMARY:Heritage Frontlines recording - Itzel Ruiz
        LOCATION:https://riverside.fm/studio/heritage-frontlines?t=9d3f21
        ORGANIZER;CN=Maya Lindqvist:mailto:maya@heritagefrontlines.fm
        ATTENDEE;CN=Itzel Ruiz;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:itzel.ruiz@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Maya Lindqvist <maya@heritagefrontlines.fm>", "You're booked: Heritage Frontlines recording, Oct 21",
              "2026-10-14 12:30:12", NYC, "<5E7B1D90-2C4A-4F3E-B8D1-6A0C9E2F4B17@heritagefrontlines.fm>",
              before=(rcv("st43p00im-zteg10061901.me.com", "17.58.63.177", "2026-10-14 12:30:12", NYC, "Pd14mq"),),
              after=(("X-Mailer", "Apple Mail (2.3826.200.121)"),))
    return message(hs, mixed(text(body), calendar(ics, filename="Heritage Frontlines.ics", disposition="attachment")))


@mail(N(35), family="admission_interview", lang="es", interview=False, company=None,
      days=(("Fri", "2026-11-06"),),
      note="University master's admission interview with a fixed time (viernes 6 de noviembre, 11:30 hrs, "
           "Zoom): confirmed, but an admission interview, not a job interview")
def n35() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#222">
        <p><b>Universidad Autónoma del Altiplano</b><br>Coordinación del Posgrado en Gestión del Patrimonio Cultural</p>
        <p>Estimada aspirante Itzel Ruiz:</p>
        <p>Por este medio le informamos que su expediente fue aceptado en la primera etapa del proceso de admisión a la
        <b>Maestría en Gestión del Patrimonio Cultural (generación 2027-2029)</b>. Le corresponde la siguiente
        entrevista de admisión con el Comité Académico:</p>
        <p style="margin-left:24px">Fecha: viernes 6 de noviembre de 2026<br>
        Hora: 11:30 hrs (hora del centro de México)<br>
        Modalidad: Zoom, ID 833 2104 6671, código 2027<br>
        Comité: Dra. Beatriz Olmedo, Dr. Saúl Ramírez Trujillo, Mtra. Inés Calvo</p>
        <p>Tenga a la mano su anteproyecto de investigación. La entrevista tendrá una duración de 30 minutos.</p>
        <p>Atentamente,<br>"Por la cultura de mi pueblo"<br>Coordinación del Posgrado</p>
        </body></html>
        """)
    hs = head(addr("Posgrado en Gestión del Patrimonio - UAA", "posgrado.patrimonio@uaaltiplano.edu.mx"),
              "Entrevista de admisión - Maestría en Gestión del Patrimonio Cultural", "2026-10-30 13:15:00", MX,
              "<DM6PR07MB5528D1E2F3A4B5C6@DM6PR07MB5528.namprd07.prod.outlook.com>",
              before=(rcv("NAM02-DM3-obe.outbound.protection.outlook.com", "40.107.95.83", "2026-10-30 13:15:00", MX,
                          "Ua30ad"),))
    return message(hs, html(page, charset="windows-1252"))


@mail(N(36), family="sports_tryout", lang="es", interview=False, company=None,
      days=(("Sat", "2026-10-17"),),
      note="Football club try-out (visorías) for the candidate's son, sábado 17 de octubre 8:00 hrs; a fixed "
           "time, not a job interview")
def n36() -> bytes:
    body = t("""
        Estimada Sra. Itzel Ruiz,

        Gracias por registrar a Emiliano en las visorías del Club Deportivo Halcones de Oaxaca.

        Categoría: Sub-11 (nacidos 2015-2016)
        Día: sábado 17 de octubre
        Hora: 8:00 hrs (favor de llegar 7:40 para el registro)
        Lugar: Unidad Deportiva Venustiano Carranza, cancha 3

        Traer: tenis o tacos, espinilleras, agua, copia del acta de nacimiento y carta responsiva
        firmada (adjunta en la página del club). Los entrenadores harán una breve entrevista a los
        papás al terminar la prueba.

        ¡Vamos Halcones!

        Coordinación de Fuerzas Básicas
        Club Deportivo Halcones de Oaxaca
        """)
    hs = head("Halcones de Oaxaca - Fuerzas Basicas <visorias@halconesoax.mx>",
              "Registro confirmado - Visorías Sub-11", "2026-10-12 20:05:33", MX, "<b5c6d7e8f9@halconesoax.mx>",
              before=(rcv("smtp.hostinger.com", "145.14.153.44", "2026-10-12 20:05:33", MX, "Hc12vs"),))
    return message(hs, text(body, charset="windows-1252"))


@mail(N(37), family="car_service", lang="es", interview=False, company=None,
      days=(("Mon", "2026-11-09"),),
      note="Car dealership service appointment, lunes 9 de noviembre 8:30 a.m.; fixed time, not an interview")
def n37() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Tahoma,Arial;font-size:13px">
        <table width="560" border="0" cellpadding="8" style="border:1px solid #c00">
        <tr><td style="background:#c00;color:#fff"><b>MONTE ALBÁN MOTORS</b> · Servicio</td></tr>
        <tr><td>
        <p>Estimada ITZEL RUIZ,</p>
        <p>Su cita de servicio ha quedado confirmada:</p>
        <p>Fecha: <b>lunes 9 de noviembre de 2026</b><br>
        Hora de recepción: <b>8:30 a.m.</b><br>
        Vehículo: NISSAN MARCH 2021 · Placas TKR-41-23<br>
        Servicio: Mantenimiento 30,000 km + revisión de frenos<br>
        Asesor: Javier Matus</p>
        <p>Tiempo estimado de entrega: 4 horas. Contamos con transporte de cortesía al centro de la ciudad.</p>
        <p>Monte Albán Motors · Carretera Internacional km 6.5, Santa Lucía del Camino, Oax.</p>
        </td></tr></table></body></html>
        """)
    hs = head("Monte Alban Motors Servicio <servicio@montealbanmotors.mx>",
              "Confirmación de cita de servicio - NISSAN MARCH TKR-41-23", "2026-11-04 17:20:01", MX,
              "<20261104232001.7734.servicio@dms.montealbanmotors.mx>", charset="windows-1252",
              before=(rcv("dms.montealbanmotors.mx", "201.131.4.77", "2026-11-04 17:20:01", MX, "Ma04sv"),))
    return message(hs, html(page, charset="windows-1252"))


@mail(N(38), family="tax_office", lang="es", interview=False, company=None,
      days=(("Tue", "2026-12-01"),),
      note="Tax-office appointment (e.firma renewal), martes 1 de diciembre 12:20 hrs; fixed time, not an interview")
def n38() -> bytes:
    body = t("""
        ACUSE DE REGISTRO DE CITA

        Contribuyente: RUIZ ITZEL
        Servicio: Renovación de e.firma (persona física)
        Fecha de la cita: 01/12/2026
        Horario: 12:20 hrs
        Oficina: Módulo de Servicios Tributarios Oaxaca, Av. Manuel Ruiz 214, Col. Reforma
        Folio: OAX-EF-7753120

        Le recomendamos presentarse 10 minutos antes de su horario con identificación oficial vigente,
        una memoria USB y su archivo de requerimiento (.req).

        Este correo se genera de forma automática. No responda a esta dirección.
        """)
    hs = head("Citas SAT <citas_sat@sat-agenda.gob.mx>", "Acuse de registro de cita - Folio OAX-EF-7753120",
              "2026-11-25 10:48:16", MX, "<1187332.OAX-EF-7753120@sat-agenda.gob.mx>",
              before=(rcv("correo.sat-agenda.gob.mx", "200.57.3.186", "2026-11-25 10:48:16", MX, "Sa25ct"),))
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(N(39), family="mock_interview", lang="es", interview=False, company=None,
      days=(("Tue", "2026-11-03"),),
      note="Calendly booking with a career coach: 'Simulacro de entrevista' martes 3 de noviembre 17:00-18:00 "
           "(Mexico City), ICS attached; a confirmed time, but a mock interview")
def n39() -> bytes:
    body = t("""
        Hola Itzel Ruiz:

        Tu evento de Calendly está programado.

        Nombre del evento:
        Simulacro de entrevista (60 min)

        Fecha y hora del evento:
        17:00 - 18:00, martes, 3 de noviembre de 2026 (Hora central - Ciudad de México)

        Ubicación:
        Zoom - el enlace llegará en la invitación.

        Anfitriona:
        Carolina Zárate, Coach de carrera

        Preguntas:
        ¿Para qué puesto te estás preparando?
        Panel con un museo en Texas (Bilingual Community Programs Manager) - entrevista el martes 3 en la mañana.

        ¿Necesitas hacer cambios a este evento?
        Cancelar: https://calendly.com/cancellations/8b0e4d2a-1c7f-4e93
        Reprogramar: https://calendly.com/reschedulings/8b0e4d2a-1c7f-4e93

        Desarrollado por Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:8b0e4d2a-1c7f-4e93-b5a6-0d1c2e3f4a5b@calendly.com
        DTSTAMP:20261029T021533Z
        DTSTART:20261103T230000Z
        DTEND:20261104T000000Z
        SUMMARY:Simulacro de entrevista (60 min) entre Carolina Zárate e Itzel Ruiz
        LOCATION:Zoom
        ORGANIZER;CN=Carolina Zárate:mailto:carolina@carolinazarate.coach
        ATTENDEE;CN=Itzel Ruiz;PARTSTAT=ACCEPTED:mailto:itzel.ruiz@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmado: Simulacro de entrevista (60 min) con Carolina Zárate el martes, 3 de noviembre de 2026",
              "2026-10-29 02:15:33", "UTC", "<1f0e2d3c4b5a69788796a5b4c3d2e1f0@calendly.com>",
              before=(rcv("o1.ptr4212.calendly.com", "149.72.123.40", "2026-10-29 02:15:33", "UTC", "Cy29mk"),),
              after=(("Reply-To", addr("Carolina Zárate", "carolina@carolinazarate.coach")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(40), family="forwarded_other", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-22"), ("Mon", "2026-10-19")),
      note="A friend forwards HIS OWN Greenhouse confirmation (Thursday, October 22, 4:00 PM Mexico City) to ask "
           "for tips; a confirmed interview, but not the inbox owner's")
def n40() -> bytes:
    body = t("""
        Itzeeel!! Me llamaron de Tessellate, la misma donde te hicieron la oferta. ¿Me echas la mano con
        unos tips? Te invito un mezcal el viernes. Va la confirmación abajo.

        Mateo

        ---------- Forwarded message ---------
        From: Tessellate Learning <no-reply@us.greenhouse-mail.io>
        Date: Mon, Oct 19, 2026 at 11:02 AM
        Subject: Interview Confirmation: Program Coordinator (Mexico) at Tessellate Learning
        To: Mateo Díaz <mateo.diaz@example.com>

        Hi Mateo,

        Thanks for making time to speak with us about the Program Coordinator (Mexico) role.
        Your video interview is confirmed - details below.

        Interview: Recruiter Screen
        Date: Thursday, October 22, 2026
        Time: 4:00 PM - 4:30 PM Central Time - Mexico City (GMT-06:00)
        Location: Google Meet - https://meet.google.com/pzd-kqre-wnb
        Interviewer: Sam Whitford, Talent Partner

        Best,
        Sam
        """)
    hs = head(addr("Mateo Díaz", "mateo.diaz@example.com"),
              "Fwd: Interview Confirmation: Program Coordinator (Mexico) at Tessellate Learning",
              "2026-10-20 21:44:09", MX, "<CAM8s1Qp0zL3kT9vN2bX7yR4@mail.gmail.com>",
              before=(rcv("mail-lj1-f170.google.com", "209.85.208.170", "2026-10-20 21:44:09", MX, "Mf20dz"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(41), family="interviewer_panel", lang="es", interview=False, company=None,
      days=(("Thu", "2026-09-24"),),
      note="Outlook meeting request from the candidate's CURRENT boss adding her to a panel to interview "
           "someone else (jue 24 sept 11:00-12:00, ICS 'Central Standard Time (Mexico)'); she is the interviewer")
def n41() -> bytes:
    body = t("""
        Cuándo: jueves, 24 de septiembre de 2026 11:00-12:00 (UTC-06:00) Guadalajara, Ciudad de México, Monterrey.
        Dónde: Sala de juntas, Tierra de Nubes

        *~*~*~*~*~*~*~*~*~*

        Itzel, te agrego al panel para entrevistar a Mariana Cruz, candidata a Asistente de Archivo.
        Te reenvío su CV en otro correo. Tú ve la parte de manejo de colecciones y comunidades, yo
        veo lo administrativo.

        Gracias,
        Joaquín

        Joaquín Ramírez Villa
        Director Ejecutivo | Fundación Tierra de Nubes, A.C.
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + VTZ_MX_WIN + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Joaquín Ramírez Villa:mailto:joaquin.ramirez@tierradenubes.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Itzel Ruiz:mailto:itzel.ruiz@example.org
        SUMMARY;LANGUAGE=es-MX:Entrevista candidata - Asistente de Archivo (Mariana Cruz)
        DTSTART;TZID=Central Standard Time (Mexico):20260924T110000
        DTEND;TZID=Central Standard Time (Mexico):20260924T120000
        UID:040000008200E00074C5B7101A82E0080000000070A3C2B1E649DC01000000000000000010000000FE0D1C2B3A49586776A5B4C3D2E1F00A
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260921T151044Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-MX:Sala de juntas\\, Tierra de Nubes
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>" \
        + "".join(f"<p class=\"MsoNormal\">{ln or '&nbsp;'}</p>" for ln in body.split("\n")) + "</body></html>\n"
    hs = head(addr("Joaquín Ramírez Villa", "joaquin.ramirez@tierradenubes.org"),
              "Entrevista candidata - Asistente de Archivo (Mariana Cruz)", "2026-09-21 09:10:44", MX,
              "<SJ0PR13MB5644E1F2A3B4C5D6@SJ0PR13MB5644.namprd13.prod.outlook.com>",
              before=(rcv("NAM12-MW2-obe.outbound.protection.outlook.com", "40.107.244.56", "2026-09-21 09:10:44", MX,
                          "Tn21pn"),),
              after=(("Content-Language", "es-MX"),))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(N(42), family="parent_teacher", lang="es", interview=False, company=None,
      days=(("Wed", "2026-11-25"),),
      note="Parent-teacher meeting, miércoles 25 de noviembre a las 13:30; fixed time, not a job interview")
def n42() -> bytes:
    body = t("""
        Buenas tardes, Sra. Ruiz:

        Le escribo para confirmar la reunión que platicamos en la salida: miércoles 25 de noviembre a
        las 13:30 en el salón de 4° B. Quisiera comentarle cómo va Emiliano con las fracciones y
        también lo bonito que le quedó su exposición sobre los alebrijes.

        Si se le complica, con gusto lo movemos para el viernes.

        Saludos cordiales,
        Miss Araceli Toledo
        Titular 4° B · Colegio Yalálag
        """)
    hs = head(addr("Araceli Toledo", "araceli.toledo@colegioyalalag.edu.mx"), "Reunión de 4° B - Emiliano",
              "2026-11-19 15:22:10", MX, "<CAL1v9Gx4nT2pW8eR0kQ5zB3@mail.gmail.com>",
              before=(rcv("mail-io1-f54.google.com", "209.85.166.54", "2026-11-19 15:22:10", MX, "Cy19pt"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(43), family="medical_appointment", lang="es", interview=False, company=None,
      days=(("Mon", "2026-11-30"),),
      note="Hearing-aid fitting for the candidate's mother, lunes 30 de noviembre 10:15 hrs; fixed time, not an "
           "interview (the clinic 'entrevista' is a pre-fitting questionnaire)")
def n43() -> bytes:
    body = t("""
        AUDIOLOGÍA DEL VALLE
        Recordatorio de cita

        Paciente: Guadalupe Ruiz Mendoza
        Acompañante registrado: Itzel Ruiz
        Servicio: Adaptación de auxiliares auditivos (ambos oídos)
        Fecha: lunes 30 de noviembre de 2026
        Hora: 10:15 hrs
        Audióloga: Lic. Perla Ramírez
        Dirección: Av. Independencia 1402, consultorio 7, Oaxaca de Juárez

        Antes de la adaptación haremos una breve entrevista sobre los hábitos auditivos de la paciente,
        por lo que le pedimos llegar 15 minutos antes.

        Para confirmar responda SÍ, para cancelar responda NO.
        """)
    hs = head(addr("Audiología del Valle", "citas@audiologiadelvalle.mx"), "Recordatorio de cita - Sra. Guadalupe Ruiz",
              "2026-11-24 09:00:03", MX, "<rem-441902-20261124@agenda.audiologiadelvalle.mx>",
              before=(rcv("agenda.audiologiadelvalle.mx", "189.203.12.9", "2026-11-24 09:00:03", MX, "Au24rc"),))
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(N(44), family="flat_viewing", lang="es", interview=False, company=None,
      days=(("Sat", "2026-11-14"),),
      note="Estate agent confirms a flat viewing in Mexico City, sábado 14 de noviembre a las 12:00; not an interview")
def n44() -> bytes:
    body = t("""
        Hola Itzel!

        Te confirmo la visita al depa de Colima 214 int. 5, Roma Norte: sábado 14 de noviembre a las
        12:00. Es el de 2 recámaras con balcón que viste en el anuncio, $19,500 + mantenimiento.

        La dueña pide una pequeña entrevista con los interesados y comprobante de ingresos de los
        últimos 3 meses, o aval. Si ya tienes trabajo nuevo en CDMX, la carta de oferta también sirve.

        Me mandas WhatsApp cuando vengas llegando.

        Julián Soto
        Asesor inmobiliario · Habita Roma
        55 5550 6672
        """)
    hs = head("Julian Soto <julian.soto@habitaroma.mx>", "Visita depa Colima 214 - sábado",
              "2026-11-11 17:35:26", MX, "<0102019370a4e1b2-ffaa-4c0d-9e7a-3b2c1d0e9f8a@habitaroma.mx>",
              before=(rcv("mail-ej1-f44.google.com", "209.85.218.44", "2026-11-11 17:35:26", MX, "Hr11vw"),))
    return message(hs, text(body, cte="8bit"))


@mail(N(45), family="team_event", lang="es", interview=False, company=None,
      days=(("Fri", "2026-12-18"),),
      note="Google Calendar invitation from the current employer to the team's posada, vie 18 dic 19:00-23:00 "
           "(CST), ICS attached; a fixed time, not an interview")
def n45() -> bytes:
    body = t("""
        Joaquín Ramírez te ha invitado a este evento.

        Posada Tierra de Nubes 2026
        viernes 18 de diciembre de 2026 ⋅ 7:00pm – 11:00pm
        Hora estándar central - Ciudad de México

        Ubicación
        Patio de la Fundación, Calle Abasolo 700, Centro, Oaxaca
        https://maps.google.com/?q=Calle+Abasolo+700,+Oaxaca

        Traigan su platillo (ya está la lista en el drive) y un regalo de $300 para el intercambio.
        Habrá piñata para los niños.

        Organizador
        Joaquín Ramírez
        joaquin.ramirez@tierradenubes.org

        Responder para itzel.ruiz@example.org: Sí / No / Quizás

        Invitación de Google Calendar
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n" \
        "METHOD:REQUEST\n" + VTZ_MX + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Mexico_City:20261218T190000
        DTEND;TZID=America/Mexico_City:20261218T230000
        DTSTAMP:20261203T201544Z
        ORGANIZER;CN=Joaquín Ramírez:mailto:joaquin.ramirez@tierradenubes.org
        UID:2h7k9m1p3r5t7v9x1z3b5d7f9h@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=itzel.ruiz@example.org;X-NUM-GUESTS=0:mailto:itzel.ruiz@example.org
        CREATED:20261203T201500Z
        DESCRIPTION:Traigan su platillo y un regalo de $300 para el intercambio.
        LOCATION:Patio de la Fundación\\, Calle Abasolo 700\\, Centro\\, Oaxaca
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Posada Tierra de Nubes 2026
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Joaquín Ramírez", "joaquin.ramirez@tierradenubes.org"),
              "Invitación: Posada Tierra de Nubes 2026 @ vie 18 dic 2026 7pm - 11pm (CST) (itzel.ruiz@example.org)",
              "2026-12-03 14:15:44", MX, "<calendar-4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f60718@google.com>",
              to="itzel.ruiz@example.org",
              before=(rcv("mail-sor-f65.google.com", "209.85.220.65", "2026-12-03 14:15:44", MX, "Gc03pz"),),
              after=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
                             calendar(ics, ctype="application/ics", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(N(46), family="auto_reply", lang="es", interview=False, company="Lindemann Automotive de México",
      days=(("Thu", "2026-11-19"), ("Mon", "2026-11-23")),
      note="Bilingual out-of-office auto-reply from the recruiter, to the candidate's reply about the 24/11 "
           "interview; it confirms nothing (the interview itself is in the softgarden mail)")
def n46() -> bytes:
    body = t("""
        Gracias por su mensaje. Estaré fuera de la oficina del jueves 19 al lunes 23 de noviembre sin
        acceso a correo. Para temas de entrevistas y procesos de reclutamiento, favor de escribir a
        reclutamiento@lindemann-auto.com.mx o llamar al 222 555 0400 ext. 1180.

        Thank you for your message. I am out of the office from Thursday, November 19 to Monday,
        November 23 with no access to e-mail. For interviews and recruiting matters, please contact
        reclutamiento@lindemann-auto.com.mx.

        Paulina Ortega
        Recursos Humanos | Lindemann Automotive de México
        """)
    hs = head(addr("Paulina Ortega", "paulina.ortega@lindemann-auto.com.mx"),
              "Respuesta automática: Re: Invitación a entrevista: Coordinadora de Responsabilidad Social y "
              "Patrimonio Industrial", "2026-11-19 09:12:40", MX,
              "<7c1f0e2d3b4a49588677a6b5c4d3e2f1@LAMXEXCH02.lindemann-auto.com.mx>",
              before=(rcv("mail.lindemann-auto.com.mx", "201.116.30.14", "2026-11-19 09:12:40", MX, "Li19oo"),),
              after=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAKf1mX3r9Tq@mail.gmail.com>")))
    return message(hs, text(body))


@mail(N(47), family="bounce", lang="en", interview=False, company=None,
      days=(("Mon", "2026-10-12"),),
      note="Delivery failure (DSN) for the candidate's own message to a mistyped recruiter address; the returned "
           "message says 'confirmo ... lunes 12 de octubre a las 16:00 hrs', but a bounce confirms nothing")
def n47() -> bytes:
    human = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <g.trevino@canterarosa.mx>: host mx.canterarosa.mx[187.188.40.12] said: 550
            5.1.1 <g.trevino@canterarosa.mx>: Recipient address rejected: User unknown
            in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Qx7Lm2Rz9z1xT
        X-Postfix-Sender: rfc822; itzel.ruiz@example.org
        Arrival-Date: Thu,  8 Oct 2026 09:41:20 -0600 (CST)

        Final-Recipient: rfc822; g.trevino@canterarosa.mx
        Original-Recipient: rfc822;g.trevino@canterarosa.mx
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.canterarosa.mx
        Diagnostic-Code: smtp; 550 5.1.1 <g.trevino@canterarosa.mx>: Recipient address
            rejected: User unknown in virtual mailbox table
        """)
    orig_body = t("""
        Estimado Gerardo:

        Muchas gracias por la invitación. Confirmo mi asistencia a la entrevista del lunes 12 de octubre
        a las 16:00 hrs en el hotel del Barrio Antiguo.

        Saludos cordiales,
        Itzel Ruiz
        """)
    orig = message(head(ITZEL, "Re: Confirmación de entrevista: Gerente de Patrimonio y Experiencias",
                        "2026-10-08 09:41:18", MX, "<6A2F9C1E-4B7D-4E3A-9F08-1C2D3E4F5A6B@example.org>",
                        to="g.trevino@canterarosa.mx"), text(orig_body))
    report = multipart("report", text(human, charset="us-ascii", cte="7bit",
                                      extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(orig),
                       params="report-type=delivery-status")
    hs = head("MAILER-DAEMON@mx1.example.org (Mail Delivery System)", "Undelivered Mail Returned to Sender",
              "2026-10-08 09:41:23", MX, "<20261008154123.7D1A2B3C4E@mx1.example.org>",
              before=(("Return-Path", "<>"),), after=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


@mail(N(48), family="webinar", lang="en", interview=False, company=None,
      days=(("Tue", "2026-12-01"),),
      note="Zoom webinar registration about job interviews ('Acing the Museum Job Interview', Dec 1, 12:00 PM "
           "Central Time (US and Canada)); a fixed time, but a webinar")
def n48() -> bytes:
    page = t("""
        <html><body style="font-family:Lato,Helvetica,Arial,sans-serif;font-size:14px;color:#232333">
        <table width="600" align="center" cellpadding="16"><tr><td>
        <p>Hi Itzel,</p>
        <p>Thank you for registering for <b>"Acing the Museum Job Interview: Storytelling for Heritage Professionals"</b>.</p>
        <p>Please submit any questions to: <a href="mailto:events@museumcareers.net">events@museumcareers.net</a></p>
        <p><b>Date Time:</b> Dec 1, 2026 12:00 PM Central Time (US and Canada)</p>
        <p>Join from PC, Mac, iPad, or Android:<br>
        <a href="https://us02web.zoom.us/w/88120457391?tk=Yx2">Click Here to Join</a><br>
        Passcode: 551203</p>
        <p>Add to: <a href="https://us02web.zoom.us/webinar/tZ0kc/ics?icsToken=98tyKu">Outlook Calendar (.ics)</a> |
        <a href="https://us02web.zoom.us/webinar/tZ0kc/google">Google Calendar</a></p>
        <p>You can cancel your registration at any time.</p>
        <p>Museum Careers Network</p>
        </td></tr></table></body></html>
        """)
    hs = head("Museum Careers Network <no-reply@zoom.us>",
              "Acing the Museum Job Interview: Storytelling for Heritage Professionals Confirmation",
              "2026-11-23 18:02:55", "UTC", "<qlE3Ht8vRkqZ1f0nX2mQwA@geopod-ismtpd-3>",
              before=(rcv("o2.email.zoom.us", "167.89.101.238", "2026-11-23 18:02:55", "UTC", "Zw23wb"),),
              after=(("Reply-To", "events@museumcareers.net"),))
    return message(hs, html(page))


@mail(N(49), family="bank_appointment", lang="es", interview=False, company=None,
      days=(("Fri", "2026-12-04"),),
      note="Bank fraud-prevention callback window (viernes 4 de diciembre entre 10:00 y 11:00); not an interview")
def n49() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
        <p><img src="https://www.bancomixteco.com.mx/img/logo.png" alt="Banco Mixteco" height="36"></p>
        <p>Estimada cliente ITZEL RUIZ:</p>
        <p>Detectamos movimientos inusuales en su tarjeta de débito con terminación <b>4417</b> y la bloqueamos
        de manera preventiva.</p>
        <p>Un ejecutivo del Centro de Prevención de Fraudes le llamará el <b>viernes 4 de diciembre entre 10:00 y
        11:00 hrs</b> al número registrado terminación 0172 para validar las operaciones con usted.</p>
        <p>Banco Mixteco nunca le pedirá su NIP, contraseñas ni códigos de seguridad por teléfono o correo.</p>
        <p>Atentamente,<br>Banco Mixteco</p>
        <p style="font-size:10px;color:#888">Este es un mensaje automático. Aviso de privacidad en www.bancomixteco.com.mx</p>
        </body></html>
        """)
    hs = head(addr("Banco Mixteco", "alertas@bancomixteco.com.mx"),
              "Aviso importante: validación de movimientos en su tarjeta", "2026-12-02 08:30:11", MX,
              "<20261202143011.ALR-558120@notificaciones.bancomixteco.com.mx>",
              before=(rcv("notificaciones.bancomixteco.com.mx", "200.94.22.5", "2026-12-02 08:30:11", MX, "Bm02fr"),))
    return message(hs, html(page, cte="base64"))


@mail(N(50), family="mailing_list", lang="es", interview=False, company=None,
      days=(("Mon", "2026-12-14"), ("Tue", "2026-12-15"), ("Mon", "2026-12-07")),
      note="Mailing-list call for applications: shortlisted people 'serán entrevistadas el lunes 14 y martes 15 "
           "de diciembre de 10:00 a 14:00 hrs'; nothing confirmed for the candidate")
def n50() -> bytes:
    body = t("""
        Colegas, comparto esta convocatoria a petición del comité del museo. Favor de difundir.

        CONVOCATORIA
        Coordinador/a de Proyecto - Museo Comunitario de San Bartolo Coyotepec

        Periodo: enero a diciembre de 2027, medio tiempo, con posibilidad de renovación.
        Requisitos: experiencia en museos comunitarios, zapoteco deseable, manejo de proyectos con
        financiamiento federal.

        Envío de documentos: hasta el lunes 7 de diciembre a museo.sanbartolo@example.com
        Las personas preseleccionadas serán entrevistadas el lunes 14 y martes 15 de diciembre de
        10:00 a 14:00 hrs en la casa de la cultura de San Bartolo.

        Saludos,
        Edith Carrasco

        _______________________________________________
        patrimonio-mx mailing list
        patrimonio-mx@listas.redpatrimonio.org
        https://listas.redpatrimonio.org/mailman/listinfo/patrimonio-mx
        """)
    hs = head(addr("Edith Carrasco via patrimonio-mx", "patrimonio-mx@listas.redpatrimonio.org"),
              "[patrimonio-mx] Convocatoria: Coordinador/a de Proyecto - Museo Comunitario San Bartolo",
              "2026-11-30 12:48:02", MX, "<CAN4dE7kR0pZ3sV8wX1yB6@mail.gmail.com>",
              to="patrimonio-mx@listas.redpatrimonio.org",
              before=(rcv("listas.redpatrimonio.org", "66.96.160.41", "2026-11-30 12:48:02", MX, "Lp30mm", lag=40),),
              after=(("Reply-To", addr("Edith Carrasco", "edith.carrasco@example.net")),
                     ("List-Id", "Red de patrimonio cultural <patrimonio-mx.listas.redpatrimonio.org>"),
                     ("List-Unsubscribe", "<https://listas.redpatrimonio.org/mailman/options/patrimonio-mx>"),
                     ("List-Post", "<mailto:patrimonio-mx@listas.redpatrimonio.org>"),
                     ("Precedence", "list"), ("Sender", "patrimonio-mx-bounces@listas.redpatrimonio.org")))
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))
