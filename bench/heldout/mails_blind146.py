"""blind146: a blind 50-mail set, the inbox of Lucía Quispe, a mining-industry data analyst in Lima.

Every mail below is written by hand, one function per mail; ``make.py`` only does the MIME
plumbing and the label checks. Build and check with:

    python3 bench/heldout/make_blind.py blind146

File numbers are a fixed shuffle of the writing order (keys 1-23 positives, 24-50 negatives).
Written blind: without reading the detector, its tests, or any other held-out set.
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
)

ORDER = random.Random(1460146).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"blind146_{ORDER[key - 1]:03d}"


ME = "lucia.quispe@example.org"
ME_TO = addr("Lucía Quispe", ME)
LIMA = "America/Lima"
SCL = "America/Santiago"
BOG = "America/Bogota"
NYC = "America/New_York"
CHI = "America/Chicago"
MX = "mx1.example.org (Postfix) with ESMTPS id"


def rcv(host: str, ip: str, when: str, zone: str, qid: str, lag: int = 3) -> tuple[str, str]:
    return ("Received", received(f"from {host} ({host} [{ip}])", when, zone, f"{MX} {qid}", ME, lag))


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

VTZ_BOGOTA = VTZ_LIMA.replace("America/Lima", "America/Bogota")

VTZ_SA_PACIFIC = """BEGIN:VTIMEZONE
TZID:SA Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
END:DAYLIGHT
END:VTIMEZONE"""

VTZ_SANTIAGO = """BEGIN:VTIMEZONE
TZID:America/Santiago
X-LIC-LOCATION:America/Santiago
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0400
TZNAME:-04
DTSTART:19700405T000000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:-0400
TZOFFSETTO:-0300
TZNAME:-03
DTSTART:19700906T000000
RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=1SU
END:DAYLIGHT
END:VTIMEZONE"""


# =========================================================================== positives


@mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-11-03T15:00:00Z", end="2026-11-03T16:00:00Z",
      contact="hannah.whitfield@coralstone.io", company="Coralstone Analytics",
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone=NYC,
      note="Greenhouse scheduled, Miami company writing Eastern time. Mail sent Wed 28 Oct in EDT "
           "(-0400); the interview is on Tue 3 Nov, after US DST ended on 1 Nov, so 10:00 EST = "
           "15:00Z (ICS America/New_York agrees). Contact = Reply-To recruiter.")
def greenhouse_coralstone():
    when = "2026-10-28 14:12"
    body = t("""
        Hi Lucía,

        Thanks for making time to speak with us! Your interview for Senior Data Analyst,
        Commodities at Coralstone Analytics has been scheduled. Details below.

        Interview: Hiring Manager Interview
        Date: Tuesday, November 3, 2026
        Time: 10:00 AM - 11:00 AM EST (Eastern Time)
        Location: Google Meet - https://meet.google.com/xkr-qpta-nve

        Interviewers:
          Owen Mercado - Director, Market Data

        A quick note: US clocks go back this Sunday, so 10:00 AM Eastern on the 3rd is
        10:00 AM in Lima as well.

        If you need to reschedule, just reply to this email.

        Best,
        Hannah Whitfield
        Recruiting | Coralstone Analytics
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Lucía,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Senior Data Analyst,
        Commodities</b> at Coralstone Analytics has been scheduled. Details below.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview</b></td><td>Hiring Manager Interview</td></tr>
        <tr><td><b>Date</b></td><td>Tuesday, November 3, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM - 11:00 AM EST (Eastern Time)</td></tr>
        <tr><td><b>Location</b></td><td><a href="https://meet.google.com/xkr-qpta-nve">Google Meet</a></td></tr>
        </table>
        <p>Interviewers:<br>Owen Mercado - Director, Market Data</p>
        <p>A quick note: US clocks go back this Sunday, so 10:00 AM Eastern on the 3rd is
        10:00 AM in Lima as well.</p>
        <p>If you need to reschedule, just reply to this email.</p>
        <p>Best,<br>Hannah Whitfield<br>Recruiting | Coralstone Analytics</p>
        <img src="https://app.greenhouse.io/email_open/8d1f2c.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = VTZ[NYC].join(["BEGIN:VCALENDAR\nPRODID:-//Greenhouse Software//Interview Scheduling//EN\n"
                         "VERSION:2.0\nMETHOD:REQUEST\n", "\n" + t("""
        BEGIN:VEVENT
        UID:gh-interview-5518823004@greenhouse.io
        DTSTAMP:20261028T181200Z
        DTSTART;TZID=America/New_York:20261103T100000
        DTEND;TZID=America/New_York:20261103T110000
        SUMMARY:Interview: Lucía Quispe / Coralstone Analytics - Hiring Manager Interview
        LOCATION:https://meet.google.com/xkr-qpta-nve
        ORGANIZER;CN=Hannah Whitfield:mailto:hannah.whitfield@coralstone.io
        ATTENDEE;CN=Lucía Quispe;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lucia.quispe@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)])
    return message([
        rcv("o11.sg.greenhouse-mail.io", "167.89.41.11", when, NYC, "4Xk2Lm0qT1z"),
        ("From", addr("Hannah Whitfield", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Hannah Whitfield", "hannah.whitfield@coralstone.io")),
        ("To", ME_TO),
        ("Subject", "Interview Confirmation: Coralstone Analytics - Senior Data Analyst, Commodities"),
        ("Date", date(when, NYC)),
        ("Message-ID", "<gh.5518823004.20261028181200@us.greenhouse-mail.io>"),
        ("X-SG-EID", "r7QmX2gP0k1vQ9x8Zr1aWw"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True,
                      cte="quoted-printable")))


@mail(N(2), family="lever", lang="es", interview=True, kind="scheduled",
      start="2026-09-18T00:00:00Z", end="2026-09-18T00:45:00Z",
      contact="milagros.paredes@andesita.pe", company="Andesita Data",
      local="Thu 2026-09-17 19:00", local_end="2026-09-17 19:45", zone=LIMA,
      note="Lever confirmation in Spanish: jueves 17 de septiembre, 7:00 p. m. - 7:45 p. m. hora de "
           "Lima (UTC-5) = 00:00Z-00:45Z on Fri 18 Sep, another day in UTC. Contact = Reply-To.")
def lever_andesita():
    when = "2026-09-11 10:47"
    body = t("""
        Hola Lucía:

        ¡Gracias por tu interés en Andesita Data! Te confirmamos tu entrevista para el puesto
        de Analista de Datos Sr. – Operaciones Mineras.

        Fecha: jueves 17 de septiembre de 2026
        Hora: 7:00 p. m. – 7:45 p. m. (hora de Lima, GMT-5)
        Modalidad: videollamada (Google Meet)
        Enlace: https://meet.google.com/fap-owzn-ruk
        Con: Milagros Paredes (Talento) y Ernesto Cáceres (Líder de Analítica)

        La hicimos después del horario de oficina como nos pediste. Si necesitas cambiarla,
        responde a este correo.

        Saludos,
        Milagros Paredes
        Andesita Data · Talento
        """)
    page = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;max-width:560px">
        <p>Hola Lucía:</p>
        <p>¡Gracias por tu interés en Andesita Data! Te confirmamos tu entrevista para el puesto de
        <strong>Analista de Datos Sr. – Operaciones Mineras</strong>.</p>
        <p><strong>Fecha:</strong> jueves 17 de septiembre de 2026<br>
        <strong>Hora:</strong> 7:00 p.&nbsp;m. – 7:45 p.&nbsp;m. (hora de Lima, GMT-5)<br>
        <strong>Modalidad:</strong> videollamada (Google Meet)<br>
        <strong>Enlace:</strong> <a href="https://meet.google.com/fap-owzn-ruk">meet.google.com/fap-owzn-ruk</a><br>
        <strong>Con:</strong> Milagros Paredes (Talento) y Ernesto Cáceres (Líder de Analítica)</p>
        <p>La hicimos después del horario de oficina como nos pediste. Si necesitas cambiarla,
        responde a este correo.</p>
        <p>Saludos,<br>Milagros Paredes<br>Andesita Data · Talento</p>
        <p style="color:#999;font-size:11px">Enviado con Lever</p>
        </div>
        """)
    return message([
        rcv("mail-a9.hire.lever.co", "198.2.180.9", when, LIMA, "4Qz8Tn1Vb3x"),
        ("From", addr("Milagros Paredes", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Milagros Paredes", "milagros.paredes@andesita.pe")),
        ("To", ME_TO),
        ("Subject", enc("Entrevista confirmada – Andesita Data")),
        ("Date", date(when, LIMA)),
        ("Message-ID", "<0100018f3ab2c7d1-lever-7a1c9e@hire.lever.co>"),
    ], alt(text(body), html(page)))


@mail(N(3), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-10-22T19:00:00Z", end="2026-10-22T19:45:00Z",
      contact="marcus.lindqvist@tallowind.com", company="Tallowind",
      local="Thu 2026-10-22 14:00", local_end="2026-10-22 14:45", zone=CHI,
      note="Ashby confirmation, remote US team in Central time: Thursday Oct 22, 2:00-2:45 PM CDT "
           "(-0500, before DST ends) = 19:00Z-19:45Z; ICS in UTC agrees. Base64 bodies. "
           "Contact = Reply-To recruiter.")
def ashby_tallowind():
    when = "2026-10-19 09:31"
    body = t("""
        Hi Lucía,

        Your interview is confirmed. We're looking forward to speaking with you!

        Thursday, October 22, 2026
        2:00 PM – 2:45 PM CDT (same time in Lima)
        Zoom: https://tallowind.zoom.us/j/86120457733

        You'll meet with:
          Grace Odhiambo — Staff Analyst, Fleet Telemetry

        Questions? Just reply and it will reach Marcus Lindqvist.

        Thanks,
        Tallowind Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,sans-serif;color:#1d1d1f">
        <p>Hi Lucía,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><strong>Thursday, October 22, 2026</strong><br>
        2:00 PM – 2:45 PM CDT (same time in Lima)<br>
        <a href="https://tallowind.zoom.us/j/86120457733">Join Zoom</a></p>
        <p>You&#x27;ll meet with:<br>Grace Odhiambo — Staff Analyst, Fleet Telemetry</p>
        <p>Questions? Just reply and it will reach Marcus Lindqvist.</p>
        <p>Thanks,<br>Tallowind Recruiting</p>
        <p style="font-size:11px;color:#888">Powered by Ashby</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:b3c7e0a2-41f6-4d0e-9a55-tallowind-20261022
        DTSTAMP:20261019T143100Z
        DTSTART:20261022T190000Z
        DTEND:20261022T194500Z
        SEQUENCE:0
        SUMMARY:Tallowind – Data Analyst (Fleet Telemetry) Interview
        LOCATION:https://tallowind.zoom.us/j/86120457733
        ORGANIZER;CN=Marcus Lindqvist:mailto:marcus.lindqvist@tallowind.com
        ATTENDEE;CN=Lucía Quispe;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.quispe@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("a27-14.smtp-out.amazonses.com", "54.240.27.14", when, CHI, "4Rb1Kc7Yp2w"),
        ("From", addr("Tallowind", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Marcus Lindqvist", "marcus.lindqvist@tallowind.com")),
        ("To", ME_TO),
        ("Subject", "Interview confirmed: Data Analyst (Fleet Telemetry) at Tallowind"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<010001929c4e11aa-5d0c2b7e-ashby-000000@email.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(4), family="workday", lang="es", interview=True, kind="scheduled",
      start="2026-10-12T20:00:00Z", end="2026-10-12T21:00:00Z",
      contact="carmen.ccori@minerahuaylas.com.pe", company="Minera Huaylas",
      local="Mon 2026-10-12 15:00", local_end="2026-10-12 16:00", zone=LIMA,
      note="Workday notification (HTML only, base64) from the tenant mailbox: lunes 12 de octubre, "
           "15:00-16:00 (GMT-05:00) hora de Perú, on site in Arequipa (same zone as Lima) = "
           "20:00Z-21:00Z. No Reply-To; contact = recruiter address in the body.")
def workday_huaylas():
    when = "2026-10-06 08:15"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333">
        <table width="600" cellpadding="0" cellspacing="0" border="0" align="center">
        <tr><td style="background:#7a1f1f;padding:14px;color:#fff;font-size:18px">Minera Huaylas S.A.A.</td></tr>
        <tr><td style="padding:18px">
        <p>Estimada Lucía Quispe:</p>
        <p>Nos complace invitarla a una entrevista para la posición <b>Analista de Datos de
        Planta (R-004417)</b>. A continuación encontrará los detalles:</p>
        <table cellpadding="3">
        <tr><td><b>Tipo de entrevista:</b></td><td>Presencial – Panel técnico</td></tr>
        <tr><td><b>Fecha:</b></td><td>lunes, 12 de octubre de 2026</td></tr>
        <tr><td><b>Hora:</b></td><td>15:00 - 16:00 (GMT-05:00) Hora de Perú</td></tr>
        <tr><td><b>Lugar:</b></td><td>Oficina Arequipa – Calle Mercaderes 312, Piso 4, Cercado de Arequipa</td></tr>
        <tr><td><b>Entrevistadores:</b></td><td>Ing. Hugo Zegarra, Superintendente de Planta<br>Carmen Ccori, Reclutamiento</td></tr>
        </table>
        <p>Por favor presentarse 15 minutos antes con su DNI. Si tiene alguna consulta, puede
        escribir a Carmen Ccori (<a href="mailto:carmen.ccori@minerahuaylas.com.pe">carmen.ccori@minerahuaylas.com.pe</a>).</p>
        <p>Atentamente,<br>Gestión del Talento – Minera Huaylas</p>
        <p style="font-size:11px;color:#888">Este es un mensaje automático enviado desde Workday.
        No responda a este correo.</p>
        </td></tr></table></body></html>
        """)
    return message([
        rcv("mx-out-a4.myworkday.com", "146.247.19.41", when, LIMA, "4Sf9Hp3Rk8d"),
        ("From", addr("Minera Huaylas", "minerahuaylas@myworkday.com")),
        ("To", "lucia.quispe@example.org"),
        ("Subject", enc("Invitación a entrevista - Analista de Datos de Planta (R-004417)")),
        ("Date", date(when, LIMA)),
        ("Message-ID", "<1733920651.88213.1791284100422@wd5-prod-notif-07>"),
        ("Auto-Submitted", "auto-generated"),
    ], html(page, cte="base64"))


@mail(N(5), family="smartrecruiters", lang="es", interview=True, kind="scheduled",
      start="2026-10-06T13:00:00Z", end="2026-10-06T13:45:00Z",
      contact="valentina.rojas@condorlogistica.co", company="Cóndor Logística",
      local="Tue 2026-10-06 08:00", local_end="2026-10-06 08:45", zone=BOG,
      note="SmartRecruiters confirmation from a Bogotá company: martes 6 de octubre, 8:00 a. m. hora "
           "de Colombia (UTC-5, same as Lima), duración 45 minutos = 13:00Z-13:45Z; ICS "
           "America/Bogota agrees. Contact = Reply-To recruiter.")
def smartrecruiters_condor():
    when = "2026-09-30 16:02"
    body = t("""
        Hola Lucía,

        Tu entrevista con Cóndor Logística está confirmada.

        Puesto: Analista de Datos – Transporte de Concentrados
        Fecha: martes 6 de octubre de 2026
        Hora: 8:00 a. m. (hora de Colombia, GMT-5 – es la misma hora en Lima)
        Duración: 45 minutos
        Tipo: Videollamada por Microsoft Teams (el enlace va en la invitación adjunta)

        Te entrevistará Valentina Rojas, Talent Acquisition Partner.

        ¿Necesitas cambiar algo? Responde a este mensaje.

        Saludos,
        Equipo de Talento Cóndor Logística
        """)
    page = t("""
        <html><body style="margin:0;background:#f4f6f8">
        <div style="max-width:600px;margin:0 auto;background:#fff;padding:24px;font-family:'Open Sans',Arial,sans-serif">
        <img src="https://c.smartrecruiters.com/sr-company-logo-prod/condorlogistica.png" alt="Cóndor Logística" height="40">
        <h2 style="font-weight:600">Tu entrevista está confirmada</h2>
        <p>Hola Lucía,</p>
        <p>Tu entrevista con Cóndor Logística está confirmada.</p>
        <p><b>Puesto:</b> Analista de Datos – Transporte de Concentrados<br>
        <b>Fecha:</b> martes 6 de octubre de 2026<br>
        <b>Hora:</b> 8:00 a.&nbsp;m. (hora de Colombia, GMT-5 – es la misma hora en Lima)<br>
        <b>Duración:</b> 45 minutos<br>
        <b>Tipo:</b> Videollamada por Microsoft Teams (el enlace va en la invitación adjunta)</p>
        <p>Te entrevistará Valentina Rojas, Talent Acquisition Partner.</p>
        <p>¿Necesitas cambiar algo? Responde a este mensaje.</p>
        <p>Saludos,<br>Equipo de Talento Cóndor Logística</p>
        <p style="font-size:11px;color:#9aa">Enviado a través de SmartRecruiters</p>
        </div></body></html>
        """)
    ics = VTZ_BOGOTA.join(["BEGIN:VCALENDAR\nPRODID:-//SmartRecruiters//Interview//ES\nVERSION:2.0\n"
                           "METHOD:REQUEST\n", "\n" + t("""
        BEGIN:VEVENT
        UID:sr-int-7f3d1c02-condorlogistica
        DTSTAMP:20260930T210200Z
        DTSTART;TZID=America/Bogota:20261006T080000
        DTEND;TZID=America/Bogota:20261006T084500
        SUMMARY:Entrevista: Lucía Quispe - Analista de Datos
        DESCRIPTION:Unirse a Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2Q0
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Valentina Rojas:mailto:valentina.rojas@condorlogistica.co
        ATTENDEE;CN=Lucía Quispe;RSVP=TRUE:mailto:lucia.quispe@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)])
    return message([
        rcv("mail181-12.suw21.mandrillapp.com", "198.2.181.12", when, BOG, "4Tg2Jw5Lm1s"),
        ("From", addr("Cóndor Logística", "noreply@smartrecruiters.com")),
        ("Reply-To", addr("Valentina Rojas", "valentina.rojas@condorlogistica.co")),
        ("To", ME_TO),
        ("Subject", enc("Confirmación de entrevista – Analista de Datos – Cóndor Logística")),
        ("Date", date(when, BOG)),
        ("Message-ID", "<sr.0930210200.6b1e8f@smartrecruiters.com>"),
    ], mixed(alt(text(body, cte="8bit"), html(page)),
             calendar(ics, filename="entrevista.ics", disposition="attachment", cte="base64")))


@mail(N(6), family="teamtailor", lang="es", interview=True, kind="scheduled",
      start="2026-09-08T13:00:00Z", end="2026-09-08T14:00:00Z",
      contact="ignacia.fuentes@cordilleraminerals.cl", company="Cordillera Minerals",
      local="Tue 2026-09-08 10:00", local_end="2026-09-08 11:00", zone=SCL,
      note="Teamtailor, Santiago company on Chile time. Mail sent Thu 3 Sep while Chile was still on "
           "UTC-4; Chile moved to summer time (UTC-3) on Sun 6 Sep, so martes 8 de septiembre "
           "10:00-11:00 hora de Chile = 13:00Z-14:00Z (8:00 in Lima). ICS America/Santiago agrees. "
           "Contact = Reply-To recruiter.")
def teamtailor_cordillera():
    when = "2026-09-03 17:20"
    body = t("""
        Hola Lucía,

        ¡Gracias por agendar! Tu entrevista para Data Analyst – Planificación Minera ha quedado
        confirmada:

        📅 martes 8 de septiembre de 2026
        🕙 10:00 – 11:00 (hora de Chile)
        📍 Google Meet: https://meet.google.com/hmv-tzcq-owa

        Ojo: el domingo 6 Chile cambia al horario de verano, así que las 10:00 en Santiago
        serán las 8:00 en Lima.

        Nos vemos,
        Ignacia Fuentes
        People & Talent · Cordillera Minerals SpA
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Roboto,sans-serif">
        <table role="presentation" width="100%"><tr><td align="center">
        <table role="presentation" width="560" style="text-align:left">
        <tr><td><p>Hola Lucía,</p>
        <p>¡Gracias por agendar! Tu entrevista para <strong>Data Analyst – Planificación Minera</strong>
        ha quedado confirmada:</p>
        <p>📅 martes 8 de septiembre de 2026<br>🕙 10:00 – 11:00 (hora de Chile)<br>
        📍 <a href="https://meet.google.com/hmv-tzcq-owa">Google Meet</a></p>
        <p>Ojo: el domingo 6 Chile cambia al horario de verano, así que las 10:00 en Santiago
        serán las 8:00 en Lima.</p>
        <p>Nos vemos,<br>Ignacia Fuentes<br>People &amp; Talent · Cordillera Minerals SpA</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#999">Enviado con Teamtailor · <a href="https://cordilleraminerals.teamtailor.com/connect">Career site</a></td></tr>
        </table></td></tr></table></body></html>
        """)
    ics = VTZ_SANTIAGO.join(["BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Teamtailor//Meetings//EN\n"
                             "METHOD:REQUEST\n", "\n" + t("""
        BEGIN:VEVENT
        UID:tt-meeting-3318842@teamtailor.com
        DTSTAMP:20260903T212000Z
        DTSTART;TZID=America/Santiago:20260908T100000
        DTEND;TZID=America/Santiago:20260908T110000
        SUMMARY:Entrevista Lucía Quispe <> Cordillera Minerals
        LOCATION:https://meet.google.com/hmv-tzcq-owa
        ORGANIZER;CN=Ignacia Fuentes:mailto:ignacia.fuentes@cordilleraminerals.cl
        ATTENDEE;CN=Lucía Quispe;PARTSTAT=ACCEPTED:mailto:lucia.quispe@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)])
    return message([
        rcv("m227-41.teamtailor-mail.com", "159.135.227.41", when, SCL, "4Uc3Vx8Nq6e"),
        ("From", addr("Ignacia Fuentes (Cordillera Minerals)", "no-reply@teamtailor-mail.com")),
        ("Reply-To", addr("Ignacia Fuentes", "ignacia.fuentes@cordilleraminerals.cl")),
        ("To", ME),
        ("Subject", enc("Entrevista confirmada: Data Analyst – Planificación Minera")),
        ("Date", date(when, SCL)),
        ("Message-ID", "<5f1e2a9b3c.tt.3318842@teamtailor-mail.com>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, filename="invite.ics", disposition="attachment", cte="8bit")))


@mail(N(7), family="calendly", lang="es", interview=True, kind="scheduled",
      start="2026-11-16T14:00:00Z", end="2026-11-16T14:30:00Z",
      contact="jake.morrow@ironbarkequipment.com", company="Ironbark Equipment",
      local="Mon 2026-11-16 09:00", local_end="2026-11-16 09:30", zone=LIMA,
      note="Calendly invitee confirmation in Spanish; the page shows the invitee's zone: 9:00 - "
           "9:30, lunes, 16 de noviembre de 2026 (hora de Perú) = 14:00Z-14:30Z (also 9:00 EST for the "
           "Miami host, after US DST ended). Contact = Reply-To host.")
def calendly_ironbark():
    when = "2026-11-12 18:44"
    body = t("""
        Hola Lucía Quispe:

        Se ha programado un nuevo evento.

        Tipo de evento:
        Entrevista inicial – Data Analyst LATAM (30 min)

        Anfitrión:
        Jake Morrow

        Fecha/hora del evento:
        9:00 - 9:30, lunes, 16 de noviembre de 2026 (hora de Perú)

        Ubicación:
        Zoom - los datos de la reunión se enviarán por separado.

        Agregar a Google Calendar | Agregar a iCal/Outlook

        ¿Necesitas hacer cambios en este evento?
        Cancelar: https://calendly.com/cancellations/2c9e7f14-ab
        Reprogramar: https://calendly.com/reschedulings/2c9e7f14-ab

        Con la tecnología de Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Proxima Nova,Arial,sans-serif;color:#1a1a1a">
        <div style="max-width:540px;margin:0 auto">
        <p>Hola Lucía Quispe:</p>
        <p>Se ha programado un nuevo evento.</p>
        <p><b>Tipo de evento:</b><br>Entrevista inicial – Data Analyst LATAM (30 min)</p>
        <p><b>Anfitrión:</b><br>Jake Morrow</p>
        <p><b>Fecha/hora del evento:</b><br>9:00 - 9:30, lunes, 16 de noviembre de 2026 (hora de Perú)</p>
        <p><b>Ubicación:</b><br>Zoom - los datos de la reunión se enviarán por separado.</p>
        <p><a href="https://calendly.com/events/2c9e7f14-ab/google">Agregar a Google Calendar</a> |
        <a href="https://calendly.com/events/2c9e7f14-ab/ics">Agregar a iCal/Outlook</a></p>
        <p>¿Necesitas hacer cambios en este evento?<br>
        <a href="https://calendly.com/cancellations/2c9e7f14-ab">Cancelar</a> ·
        <a href="https://calendly.com/reschedulings/2c9e7f14-ab">Reprogramar</a></p>
        <p style="font-size:12px;color:#666">Con la tecnología de Calendly.com</p>
        </div></body></html>
        """)
    return message([
        rcv("o1678.shared.klaviyomail.com", "168.245.41.77", when, LIMA, "4Vd4Wy9Or7f"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Jake Morrow", "jake.morrow@ironbarkequipment.com")),
        ("To", "lucia.quispe@example.org"),
        ("Subject", enc("Confirmado: Entrevista inicial – Data Analyst LATAM con Jake Morrow el lunes, "
                        "16 de noviembre de 2026")),
        ("Date", date(when, LIMA)),
        ("Message-ID", "<20261112234400.2c9e7f14ab.invitee@calendly.com>"),
    ], alt(text(body), html(page)))


@mail(N(8), family="microsoft_bookings", lang="es", interview=True, kind="scheduled",
      start="2026-11-19T15:30:00Z", end="2026-11-19T16:30:00Z",
      contact=None, company="Sociedad Minera Tambo Real",
      local="Thu 2026-11-19 10:30", local_end="2026-11-19 11:30", zone=LIMA,
      note="Microsoft Bookings confirmation: jueves, 19 de noviembre de 2026 10:30 - 11:30 "
           "(UTC-05:00) Bogotá, Lima, Quito, Rio Branco = 15:30Z-16:30Z; ICS TZID 'SA Pacific "
           "Standard Time' agrees. Sent from the Bookings mailbox; staff named without an address "
           "-> contact null.")
def bookings_tamboreal():
    when = "2026-11-16 12:03"
    page = t("""
        <html><head><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px">
        <div style="max-width:600px">
        <h1 style="font-size:22px;font-weight:300">Su reserva está confirmada</h1>
        <p>Hola Lucía Quispe:</p>
        <p>Gracias por reservar con Selección de Personal - Tambo Real.</p>
        <table cellpadding="4">
        <tr><td style="color:#666">Servicio</td><td>Entrevista - Analista de Datos Senior (Geología)</td></tr>
        <tr><td style="color:#666">Fecha y hora</td><td>jueves, 19 de noviembre de 2026 10:30 - 11:30 (UTC-05:00) Bogotá, Lima, Quito, Rio Branco</td></tr>
        <tr><td style="color:#666">Personal</td><td>Patricia Huamán</td></tr>
        <tr><td style="color:#666">Ubicación</td><td>Reunión de Microsoft Teams</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE3ZmQ">Unirse a la reunión ahora</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/SeleccionTamboReal@tamboreal.onmicrosoft.com/bookings/manage">Administrar reserva</a></p>
        <p style="font-size:12px;color:#888">Con tecnología de Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = VTZ_SA_PACIFIC.join(["BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\n"
                               "VERSION:2.0\n", "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Selección de Personal - Tambo Real:mailto:SeleccionTamboReal@tamboreal.onmicrosoft.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Quispe:mailto:lucia.quispe@example.org
        DESCRIPTION;LANGUAGE=es-ES:Entrevista - Analista de Datos Senior (Geología)\\nPersonal: Patricia Huamán
        UID:040000008200E00074C5B7101A82E00800000000D0A1B6C3F35DDC01000000000000000010000000
        SUMMARY;LANGUAGE=es-ES:Entrevista - Analista de Datos Senior (Geología)
        DTSTART;TZID=SA Pacific Standard Time:20261119T103000
        DTEND;TZID=SA Pacific Standard Time:20261119T113000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261116T170300Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-IMPORTANCE:1
        END:VEVENT
        END:VCALENDAR
        """)])
    return message([
        rcv("BN8NAM12HT041.mail.protection.outlook.com", "40.107.92.41", when, LIMA, "4Wf5Xz0Ps8g"),
        ("From", addr("Selección de Personal - Tambo Real", "SeleccionTamboReal@tamboreal.onmicrosoft.com")),
        ("To", ME_TO),
        ("Subject", enc("Reserva confirmada: Entrevista - Analista de Datos Senior (Geología)")),
        ("Date", date(when, LIMA)),
        ("Message-ID", "<BN8PR12MB3361A8E2C1D4F0@BN8PR12MB3361.namprd12.prod.outlook.com>"),
        ("Thread-Topic", enc("Reserva confirmada: Entrevista - Analista de Datos Senior (Geología)")),
        ("X-MS-Has-Attach", "yes"),
        ("Content-Language", "es-ES"),
    ], mixed(html(page, cte="base64"),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment",
                      name_param=True)))


@mail(N(9), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start="2026-11-25T16:00:00Z", end="2026-11-25T17:00:00Z",
      contact="diego.salazar@qhapaq.pe", company="Qhapaq Analytics",
      local="Wed 2026-11-25 11:00", local_end="2026-11-25 12:00", zone=LIMA,
      note="Google Calendar invitation in Spanish: mié 25 nov 2026 11:00 - 12:00 (hora de Perú) = "
           "16:00Z-17:00Z; ICS America/Lima agrees. Contact = ORGANIZER / sender hiring manager.")
def gcal_qhapaq():
    when = "2026-11-20 12:30"
    body = t("""
        Diego Salazar te invitó a este evento.

        Entrevista técnica – Analista de Datos (Lucía Quispe)
        miércoles, 25 de noviembre · 11:00 – 12:00
        Zona horaria: America/Lima
        Información para unirse con Google Meet
        Enlace de la videollamada: https://meet.google.com/qzw-hbno-ekc

        Caso práctico con SQL + Python sobre datos de chancado. 1 hora.
        Panel: Diego Salazar, Karla Benites.

        Organizador
        Diego Salazar - diego.salazar@qhapaq.pe

        Invitados
        Diego Salazar - organizador
        Karla Benites
        lucia.quispe@example.org

        ¿Vas a asistir?  Sí - Tal vez - No  Más opciones

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Recibes este correo porque eres invitado al evento. Para dejar de recibir
        actualizaciones de este evento, rechaza la invitación.
        """)
    page = t("""
        <div style="font-family:Roboto,Arial,sans-serif">
        <p style="color:#3c4043">Diego Salazar te invitó a este evento.</p>
        <h2 style="font-weight:400;color:#3c4043">Entrevista técnica – Analista de Datos (Lucía Quispe)</h2>
        <table>
        <tr><td style="color:#70757a">Cuándo</td><td>miércoles, 25 de noviembre · 11:00 – 12:00<br>Zona horaria: America/Lima</td></tr>
        <tr><td style="color:#70757a">Unirse</td><td><a href="https://meet.google.com/qzw-hbno-ekc">meet.google.com/qzw-hbno-ekc</a></td></tr>
        <tr><td style="color:#70757a">Organizador</td><td>Diego Salazar<br><a href="mailto:diego.salazar@qhapaq.pe">diego.salazar@qhapaq.pe</a></td></tr>
        <tr><td style="color:#70757a">Invitados</td><td>Diego Salazar - organizador<br>Karla Benites<br>lucia.quispe@example.org</td></tr>
        </table>
        <p>Caso práctico con SQL + Python sobre datos de chancado. 1 hora.<br>Panel: Diego Salazar, Karla Benites.</p>
        <p>¿Vas a asistir? <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=1">Sí</a> -
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=3">Tal vez</a> -
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=2">No</a></p>
        <p style="font-size:11px;color:#70757a">Invitación de Google Calendar</p>
        </div>
        """)
    ics = VTZ_LIMA.join(["BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n"
                         "CALSCALE:GREGORIAN\nMETHOD:REQUEST\n", "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Lima:20261125T110000
        DTEND;TZID=America/Lima:20261125T120000
        DTSTAMP:20261120T173000Z
        ORGANIZER;CN=Diego Salazar:mailto:diego.salazar@qhapaq.pe
        UID:6k2b9q1r0c4t8m3v5s7d1f0h2j@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Diego Salazar;X-NUM-GUESTS=0:mailto:diego.salazar@qhapaq.pe
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.quispe@example.org;X-NUM-GUESTS=0:mailto:lucia.quispe@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/qzw-hbno-ekc
        CREATED:20261120T172911Z
        DESCRIPTION:Caso práctico con SQL + Python sobre datos de chancado. 1 hora.\\nPanel: Diego Salazar\\, Karla Benites.
        LAST-MODIFIED:20261120T173000Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista técnica – Analista de Datos (Lucía Quispe)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)])
    return message([
        rcv("mail-sor-f73.google.com", "209.85.220.73", when, LIMA, "4Xg6Ya1Qt9h"),
        ("From", addr("Diego Salazar", "diego.salazar@qhapaq.pe")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", addr("Diego Salazar", "diego.salazar@qhapaq.pe")),
        ("To", ME),
        ("Subject", enc("Invitación: Entrevista técnica – Analista de Datos (Lucía Quispe) @ mié 25 nov 2026 "
                        "11:00 - 12:00 (GMT-5) (lucia.quispe@example.org)")),
        ("Date", date(when, LIMA)),
        ("Message-ID", "<calendar-0c3e5a9b-7d21-4f6e-b1a8-3e9f2c7d4b10@google.com>"),
    ], mixed(alt(text(body), html(page),
                 calendar(ics, cte="base64")),
             calendar(ics, ctype="application/ics", method=None, cte="base64", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(N(10), family="exchange_outlook", lang="en", interview=True, kind="scheduled",
      start="2026-12-02T15:00:00Z", end="2026-12-02T16:00:00Z",
      contact="rnolan@prairieassay.com", company="Prairie Assay Group",
      local="Wed 2026-12-02 09:00", local_end="2026-12-02 10:00", zone=CHI,
      note="Exchange meeting request from a Chicago company; the body has no time at all, only "
           "'the panel we discussed'. ICS DTSTART;TZID=Central Standard Time 2026-12-02 09:00 "
           "(CST, -0600) = 15:00Z-16:00Z (10:00 in Lima). Contact = sender/ORGANIZER.")
def exchange_prairie():
    when = "2026-11-24 16:20"
    body = t("""
        Hi Lucía,

        Sending over the invite for the panel we discussed on the phone - you'll meet Tom Becker
        (Lab Ops) and Aisha Rahman (BI). Bring any questions about the LIMS data, they love those.

        Thanks!
        Rebecca

        Rebecca Nolan | Talent Acquisition
        Prairie Assay Group | Chicago, IL
        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ1ODk>
        Meeting ID: 245 118 903 771
        Passcode: Xy7Lq2
        Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div class="WordSection1">
        <p class="MsoNormal">Hi Lucía,</p>
        <p class="MsoNormal">Sending over the invite for the panel we discussed on the phone - you'll meet Tom Becker
        (Lab Ops) and Aisha Rahman (BI). Bring any questions about the LIMS data, they love those.</p>
        <p class="MsoNormal">Thanks!<br>Rebecca</p>
        <p class="MsoNormal" style="color:#595959">Rebecca Nolan | Talent Acquisition<br>Prairie Assay Group | Chicago, IL</p>
        <div style="margin-bottom:24px;overflow:hidden;word-wrap:break-word">
        <div>________________________________________________________________________________</div>
        <div style="margin-bottom:12px"><span style="font-size:24px;font-weight:700">Microsoft Teams meeting</span></div>
        <div><b>Join on your computer, mobile app or room device</b></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ1ODk">Click here to join the meeting</a></div>
        <div>Meeting ID: 245 118 903 771<br>Passcode: Xy7Lq2</div>
        <div>________________________________________________________________________________</div>
        </div></div></body></html>
        """)
    ics = VTZ["Central Standard Time"].join(["BEGIN:VCALENDAR\nMETHOD:REQUEST\n"
                                             "PRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n", "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Rebecca Nolan:mailto:rnolan@prairieassay.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.quispe@example.org:mailto:lucia.quispe@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tom Becker:mailto:tbecker@prairieassay.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aisha Rahman:mailto:arahman@prairieassay.com
        DESCRIPTION;LANGUAGE=en-US:Hi Lucía\\,\\n\\nSending over the invite for the panel we discussed on the phone.\\n
        UID:040000008200E00074C5B7101A82E00800000000F6C1D2A94E5CDC01000000000000000010000000A3
        SUMMARY;LANGUAGE=en-US:Prairie Assay - Data Analyst panel (Lucía Quispe)
        DTSTART;TZID=Central Standard Time:20261202T090000
        DTEND;TZID=Central Standard Time:20261202T100000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261124T222000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2119386742
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)])
    return message([
        rcv("NAM10-DM6-obe.outbound.protection.outlook.com", "40.107.93.82", when, CHI, "4Yh7Zb2Ru0i"),
        ("From", addr("Rebecca Nolan", "rnolan@prairieassay.com")),
        ("To", ME_TO),
        ("CC", addr("Tom Becker", "tbecker@prairieassay.com") + ", " + addr("Aisha Rahman", "arahman@prairieassay.com")),
        ("Subject", enc("Prairie Assay - Data Analyst panel (Lucía Quispe)")),
        ("Thread-Topic", enc("Prairie Assay - Data Analyst panel (Lucía Quispe)")),
        ("Thread-Index", "AdtA8p0x2mGzR4k9TgqVd0e1oLq3nw=="),
        ("Date", date(when, CHI)),
        ("Message-ID", "<DM6PR10MB4123C0E8A7F12B9D@DM6PR10MB4123.namprd10.prod.outlook.com>"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(N(11), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-10-13T14:30:00Z", end=None,
      contact="joaquin@vetalabs.pe", company="Veta Labs",
      local="Tue 2026-10-13 09:30", zone=LIMA,
      note="Founder's Gmail reply (tú): 'quedamos el martes que viene a las 9:30 a. m.' resolved "
           "against Date Thu 8 Oct (Lima) -> Tue 13 Oct, 9:30 hora de Lima = 14:30Z. The attached "
           "Apple Calendar event is all-day (VALUE=DATE 20261013), so the time is only in the "
           "text. No length stated -> end null. Contact = human sender.")
def prose_veta():
    when = "2026-10-08 18:05"
    body = t("""
        Genial, Lucía!! Entonces quedamos el martes que viene a las 9:30 a. m. en la ofi
        (Av. Pardo y Aliaga 699, of. 502, San Isidro). Pregunta por mí en recepción.

        Va a estar también Fiorella, que lleva todo el tema de modelos de ley de mineral,
        así que si quieres trae tu laptop con algo de lo que has hecho en Power BI.

        Te mando el evento para que no se te pase (no sé por qué mi calendario lo pone
        de todo el día, pero es a las 9:30).

        Abrazo,
        Joaquín

        --
        Joaquín Mendoza
        Cofundador · Veta Labs
        +51 987 554 210

        El jue, 8 oct 2026 a las 16:41, Lucía Quispe (<lucia.quispe@example.org>) escribió:
        > Hola Joaquín, gracias por escribirme. Me encantaría conversar en persona.
        > El martes o miércoles de la próxima semana en la mañana me viene bien.
        > Saludos,
        > Lucía
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Apple Inc.//macOS 15.1//EN
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:9F3B2C7A-41D0-4E6B-8A15-0C2E7D9B4F61
        DTSTAMP:20261008T230500Z
        DTSTART;VALUE=DATE:20261013
        DTEND;VALUE=DATE:20261014
        SUMMARY:Lucía Quispe x Veta Labs
        LOCATION:Av. Pardo y Aliaga 699\\, of. 502\\, San Isidro
        TRANSP:TRANSPARENT
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("mail-qt1-f170.google.com", "209.85.160.170", when, LIMA, "4Zi8Ac3Sv1j"),
        ("From", addr("Joaquín Mendoza", "joaquin@vetalabs.pe")),
        ("To", addr("Lucía Quispe", ME)),
        ("Subject", "Re: Veta Labs - conversemos?"),
        ("Date", date(when, LIMA)),
        ("Message-ID", "<CAH3kR9x+7vQ2mWc5LpT0aJ8YbN4e6sFd1gU@mail.gmail.com>"),
        ("In-Reply-To", "<CAFq1Lz9p2Dk7wE0Xr3NsVb6TmJ4hYc8aQ@mail.gmail.com>"),
        ("References", "<CAFq1Lz9p2Dk7wE0Xr3NsVb6TmJ4hYc8aQ@mail.gmail.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, method=None, cte="8bit", filename="Lucia Quispe x Veta Labs.ics",
                      disposition="attachment", name_param=True)))


@mail(N(12), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-11-11T16:00:00Z", end=None,
      contact="rchavez@sumaqmin.com.pe", company="Compañía Minera Sumaq",
      local="Wed 2026-11-11 11:00", zone=LIMA,
      note="Phone-written reply (usted), sent Mon 9 Nov 21:40 Lima = Tue 10 Nov 02:40Z: 'pasado "
           "mañana a las once de la mañana' resolves against the local date (Mon 9 Nov) -> Wed 11 "
           "Nov 11:00 Lima = 16:00Z, not Thursday. No length -> end null. Contact = human sender.")
def prose_sumaq():
    when = "2026-11-09 21:40"
    body = t("""
        Estimada Lucía buenas noches,

        Disculpe la hora. Le confirmo la entrevista con el Ing. Ramírez (gerente de Planeamiento)
        para pasado mañana a las once de la mañana en nuestras oficinas de Av. Angamos Este 2520,
        Surquillo, piso 7. Porfavor traer su DNI y anunciarse en recepción como visita de RRHH.

        Cualquier cosa me escribe a este correo o al 998 112 437.

        Saludos cordiales
        Rosa Chávez
        Reclutamiento y Selección
        Cía. Minera Sumaq

        Enviado desde mi iPhone

        > El 9 nov 2026, a las 18:02, Lucía Quispe <lucia.quispe@example.org> escribió:
        >
        > Estimada Rosa, muchas gracias por la llamada de hoy. Quedo atenta a la
        > confirmación de la hora para la entrevista.
        > Saludos,
        > Lucía Quispe
        """)
    return message([
        rcv("mail-pl1-f182.google.com", "209.85.214.182", when, LIMA, "4Aj9Bd4Tw2k"),
        ("From", addr("Rosa Chávez", "rchavez@sumaqmin.com.pe")),
        ("To", addr("Lucía Quispe", ME)),
        ("Subject", enc("Re: Entrevista Analista de Datos - Cía. Minera Sumaq")),
        ("Date", date(when, LIMA)),
        ("Message-ID", "<7B1C0E4A-2F93-4D8B-9A61-55E0C3D8F2A7@sumaqmin.com.pe>"),
        ("In-Reply-To", "<CAFq1Lz9kT3w8Xy2@mail.gmail.com>"),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ], text(body, cte="8bit"))


@mail(N(13), family="zoom", lang="en", interview=True, kind="scheduled",
      start="2026-09-24T20:00:00Z", end=None,
      contact="dortiz@bayfrontcommodities.com", company="Bayfront Commodities",
      local="Thu 2026-09-24 16:00", zone=NYC,
      note="Recruiter mail (Outlook, windows-1252) with a pasted Zoom invitation: 'Sep 24, 2026 04:00 "
           "PM Eastern Time (US and Canada)', EDT (-0400) in September = 20:00Z (3 PM in Lima, as the "
           "recruiter says). No length stated -> end null. Contact = human sender.")
def zoom_bayfront():
    when = "2026-09-21 11:05"
    body = t("""
        Hi Lucía,

        Great chatting earlier! As promised, here's the Zoom info for Thursday with our Head of
        Analytics, Carl Jensen. 4 PM Eastern, which I believe is 3 PM for you in Lima. Let me know
        if anything changes on your side.

        Daniela

        Daniela Ortiz
        Senior Recruiter | Bayfront Commodities
        Brickell Ave, Miami FL

        -----
        Daniela Ortiz is inviting you to a scheduled Zoom meeting.

        Topic: Lucía Quispe / Carl Jensen - Interview
        Time: Sep 24, 2026 04:00 PM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://bayfrontcommodities.zoom.us/j/91542237781?pwd=Zk9qR2xWb3NmT1BzVGh3

        Meeting ID: 915 4223 7781
        Passcode: 604218
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body lang="EN-US"><div class="WordSection1">
        <p class="MsoNormal">Hi Lucía,</p>
        <p class="MsoNormal">Great chatting earlier! As promised, here’s the Zoom info for Thursday with our Head of
        Analytics, Carl Jensen. 4 PM Eastern, which I believe is 3 PM for you in Lima. Let me know
        if anything changes on your side.</p>
        <p class="MsoNormal">Daniela</p>
        <p class="MsoNormal"><b>Daniela Ortiz</b><br>Senior Recruiter | Bayfront Commodities<br>Brickell Ave, Miami FL</p>
        <p class="MsoNormal">-----<br>Daniela Ortiz is inviting you to a scheduled Zoom meeting.</p>
        <p class="MsoNormal">Topic: Lucía Quispe / Carl Jensen - Interview<br>
        Time: Sep 24, 2026 04:00 PM Eastern Time (US and Canada)</p>
        <p class="MsoNormal">Join Zoom Meeting<br>
        <a href="https://bayfrontcommodities.zoom.us/j/91542237781?pwd=Zk9qR2xWb3NmT1BzVGh3">https://bayfrontcommodities.zoom.us/j/91542237781?pwd=Zk9qR2xWb3NmT1BzVGh3</a></p>
        <p class="MsoNormal">Meeting ID: 915 4223 7781<br>Passcode: 604218</p>
        </div></body></html>
        """)
    return message([
        rcv("NAM04-BN8-obe.outbound.protection.outlook.com", "40.107.100.95", when, NYC, "4Bk0Ce5Ux3l"),
        ("From", addr("Daniela Ortiz", "dortiz@bayfrontcommodities.com")),
        ("To", addr("Lucía Quispe", ME, "iso-8859-1")),
        ("Subject", "Zoom details for Thursday - Bayfront Commodities"),
        ("Thread-Topic", "Zoom details for Thursday - Bayfront Commodities"),
        ("Date", date(when, NYC)),
        ("Message-ID", "<BN8PR04MB6210E3A1C97B44F2@BN8PR04MB6210.namprd04.prod.outlook.com>"),
        ("Content-Language", "en-US"),
    ], alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(N(14), family="workable", lang="es", interview=True, kind="scheduled",
      start="2026-10-16T15:00:00Z", end="2026-10-16T15:30:00Z",
      contact="andrea.villanueva@punaenergia.pe", company="Puna Energía",
      local="Fri 2026-10-16 10:00", local_end="2026-10-16 10:30", zone=LIMA,
      note="Workable confirmation in Spanish: viernes 16 de octubre de 2026, 10:00 - 10:30 (Lima) = "
           "15:00Z-15:30Z. Reply-To is a Workable relay (+...@candidates.workablemail.com), not a "
           "person; contact = the interviewer's address in the body. Follows the proposal in the "
           "earlier negative from the same recruiter.")
def workable_puna():
    when = "2026-10-13 11:20"
    body = t("""
        Hola Lucía,

        Tu entrevista para el puesto de Analista de Datos – Generación en Puna Energía ha sido
        programada.

        Cuándo: viernes, 16 de octubre de 2026 · 10:00 – 10:30 (America/Lima)
        Dónde: videollamada – https://meet.google.com/puv-kaqe-tzr
        Entrevistadora: Andrea Villanueva (andrea.villanueva@punaenergia.pe)

        Puedes responder a este correo si necesitas algo.

        Saludos,
        Puna Energía

        --
        Enviado a través de Workable
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;color:#2d2d2d">
        <div style="max-width:600px;margin:auto">
        <p>Hola Lucía,</p>
        <p>Tu entrevista para el puesto de <b>Analista de Datos – Generación</b> en Puna Energía ha sido programada.</p>
        <p><b>Cuándo:</b> viernes, 16 de octubre de 2026 · 10:00 – 10:30 (America/Lima)<br>
        <b>Dónde:</b> videollamada – <a href="https://meet.google.com/puv-kaqe-tzr">meet.google.com/puv-kaqe-tzr</a><br>
        <b>Entrevistadora:</b> Andrea Villanueva (<a href="mailto:andrea.villanueva@punaenergia.pe">andrea.villanueva@punaenergia.pe</a>)</p>
        <p>Puedes responder a este correo si necesitas algo.</p>
        <p>Saludos,<br>Puna Energía</p>
        <p style="font-size:11px;color:#999">Enviado a través de <a href="https://www.workable.com">Workable</a></p>
        </div></body></html>
        """)
    return message([
        rcv("mail-out-21.workablemail.com", "52.18.61.21", when, LIMA, "4Cl1Df6Vy4m"),
        ("From", addr("Puna Energía", "noreply@candidates.workablemail.com")),
        ("Reply-To", addr("Puna Energía", "puna-energia+c8f21e7a44@candidates.workablemail.com")),
        ("To", ME_TO),
        ("Subject", enc("Entrevista programada: Analista de Datos – Generación")),
        ("Date", date(when, LIMA)),
        ("Message-ID", "<c8f21e7a44.1791908400.wk@candidates.workablemail.com>"),
    ], alt(text(body.replace("–", "-"), charset="iso-8859-15"),
           html(page.replace("–", "-"), charset="iso-8859-15")))


@mail(N(15), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-12-09T15:00:00Z", end="2026-12-09T16:45:00Z",
      contact="priya.nandakumar@saltmarshres.com", company="Saltmarsh Resources",
      local="Wed 2026-12-09 10:00", local_end="2026-12-09 11:45", zone=NYC,
      note="GoodTime itinerary, Miami company in Eastern time: two sessions on Wed Dec 9, 10:00-10:45 "
           "and 11:00-11:45 AM EST (-0500 in December) -> first start 15:00Z to last end 16:45Z; "
           "ICS (UTC) covers the same span. Contact = Reply-To coordinator.")
def goodtime_saltmarsh():
    when = "2026-12-03 13:10"
    body = t("""
        Hi Lucía,

        Your interview with Saltmarsh Resources is confirmed. Here is your itinerary.

        Wednesday, December 9, 2026 (Eastern Time - EST)

          10:00 AM - 10:45 AM   Analytics case study   with Leon Baptiste, Analytics Manager
          11:00 AM - 11:45 AM   Culture & team fit     with Renata Cruz, VP Operations

        Both sessions use the same Zoom room: https://saltmarsh.zoom.us/j/83310446129

        (Peru and US Eastern share the same clock in December, so the times are the same for you.)

        If anything comes up, reply to this email and it will go to your coordinator,
        Priya Nandakumar.

        Good luck!
        Saltmarsh Resources Talent Team
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Lucía,</p>
        <p>Your interview with <b>Saltmarsh Resources</b> is confirmed. Here is your itinerary.</p>
        <p><b>Wednesday, December 9, 2026</b> (Eastern Time - EST)</p>
        <table cellpadding="6" style="border:1px solid #ddd;border-collapse:collapse">
        <tr><td>10:00 AM - 10:45 AM</td><td>Analytics case study</td><td>Leon Baptiste, Analytics Manager</td></tr>
        <tr><td>11:00 AM - 11:45 AM</td><td>Culture &amp; team fit</td><td>Renata Cruz, VP Operations</td></tr>
        </table>
        <p>Both sessions use the same Zoom room: <a href="https://saltmarsh.zoom.us/j/83310446129">saltmarsh.zoom.us/j/83310446129</a></p>
        <p>(Peru and US Eastern share the same clock in December, so the times are the same for you.)</p>
        <p>If anything comes up, reply to this email and it will go to your coordinator, Priya Nandakumar.</p>
        <p>Good luck!<br>Saltmarsh Resources Talent Team</p>
        <p style="font-size:11px;color:#aaa">Scheduled with GoodTime</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//GoodTime.io//Hire//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gt-itin-0b7e2d51c9@goodtime.io
        DTSTAMP:20261203T181000Z
        DTSTART:20261209T150000Z
        DTEND:20261209T164500Z
        SUMMARY:Saltmarsh Resources Interview - Lucía Quispe
        LOCATION:https://saltmarsh.zoom.us/j/83310446129
        ORGANIZER;CN=Priya Nandakumar:mailto:priya.nandakumar@saltmarshres.com
        ATTENDEE;CN=Lucía Quispe;RSVP=TRUE:mailto:lucia.quispe@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("o3.ptr2218.goodtime.io", "149.72.206.5", when, NYC, "4Dm2Eg7Wz5n"),
        ("From", addr("Priya Nandakumar via GoodTime", "no-reply@goodtime.io")),
        ("Reply-To", addr("Priya Nandakumar", "priya.nandakumar@saltmarshres.com")),
        ("To", ME_TO),
        ("Subject", "Your interview itinerary - Saltmarsh Resources"),
        ("Date", date(when, NYC)),
        ("Message-ID", "<gt.itin.0b7e2d51c9.1796407800@goodtime.io>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, cte="quoted-printable", filename="interview.ics", disposition="attachment")))


@mail(N(16), family="forward_self", lang="es", interview=True, kind="scheduled",
      start="2026-12-10T15:00:00Z", end=None,
      contact="renzo.apaza@arequipacobre.pe", company="Arequipa Cobre",
      local="Thu 2026-12-10 10:00", zone=LIMA, days=(("Wed", "2026-12-09"),),
      note="Lucía forwards to herself (from her example.net address, message/rfc822 attached) the "
           "recruiter's confirmation: 'el 10/12 a las 10:00 a. m.' (day/month) = Thu 10 Dec 10:00 "
           "Lima (Arequipa office, same zone) = 15:00Z. 'aprox. hora y media' -> end null. The "
           "sender is the candidate; contact = the recruiter in the forwarded header.")
def forward_arequipa_cobre():
    inner_when = "2026-12-01 17:32"
    when = "2026-12-02 08:12"
    inner_body = t("""
        Estimada Lucía:

        Tal como conversamos por teléfono, queda confirmada su entrevista presencial el 10/12
        a las 10:00 a. m. en nuestra oficina de Cayma (Av. Ejército 710, Arequipa). La entrevista
        será con el Jefe de Control de Gestión y durará aprox. hora y media, ya que incluye una
        prueba práctica en Excel.

        Agradeceré confirmar su asistencia respondiendo este correo.

        Atentamente,

        Renzo Apaza Mamani
        Analista de Reclutamiento
        Arequipa Cobre S.A.
        """)
    inner = message([
        ("From", addr("Renzo Apaza", "renzo.apaza@arequipacobre.pe")),
        ("To", addr("Lucía Quispe", "lucia.quispe@example.net")),
        ("Subject", enc("Entrevista presencial – Analista de Datos Sr.")),
        ("Date", date(inner_when, LIMA)),
        ("Message-ID", "<000a01dc63b2$4e1f2a70$ea5b7f50$@arequipacobre.pe>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(inner_body, charset="iso-8859-1"))
    body = t("""
        para no olvidarme -> reservar pasaje a AQP el miércoles 9 en la noche
        """)
    return message([
        rcv("mail.example.net", "203.0.113.25", when, LIMA, "4En3Fh8Xa6o"),
        ("From", addr("Lucía Quispe", "lucia.quispe@example.net")),
        ("To", ME),
        ("Subject", enc("Fwd: Entrevista presencial – Analista de Datos Sr.")),
        ("Date", date(when, LIMA)),
        ("Message-ID", "<e41d9a0b-3c77-4f1e-a2d5-6b8f0c9e1a24@example.net>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], mixed(text(body, cte="8bit", params="format=flowed"),
             attached_message(inner, filename="Entrevista presencial.eml")))


# --------------------------------------------------------------------------- reschedules, cancellations


@mail(N(17), family="greenhouse", lang="en", interview=True, kind="rescheduled",
      start="2026-11-02T16:00:00Z", end="2026-11-02T16:45:00Z",
      contact="sam.okafor@halyarddata.com", company="Halyard Data",
      local="Mon 2026-11-02 11:00", local_end="2026-11-02 11:45", zone=NYC,
      days=(("Fri", "2026-10-30"),),
      note="Greenhouse reschedule, New York company: old slot Fri Oct 30 11:00 AM EDT (15:00Z), new "
           "slot Mon Nov 2 11:00-11:45 AM EST, the day after US DST ended = 16:00Z-16:45Z (the same "
           "wall-clock time is an hour later in UTC). ICS SEQUENCE:1 agrees. Contact = Reply-To.")
def greenhouse_halyard():
    when = "2026-10-27 15:40"
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Lucía,</p>
        <p>Thanks for your flexibility! Your interview for <b>Data Analyst, Mine Planning Products</b>
        at Halyard Data has been <b>rescheduled</b>.</p>
        <p style="color:#888"><s>Previously: Friday, October 30, 2026 at 11:00 AM EDT</s></p>
        <p><b>New time:</b> Monday, November 2, 2026, 11:00 AM – 11:45 AM EST (Eastern Time)<br>
        <b>Where:</b> Zoom – <a href="https://halyarddata.zoom.us/j/97716203348">https://halyarddata.zoom.us/j/97716203348</a><br>
        <b>With:</b> Nadia Petrov, Product Analytics Lead</p>
        <p>Heads-up: the US switches back to standard time on Sunday, November 1, so 11:00 AM Eastern
        will be 11:00 AM in Lima too.</p>
        <p>Reply to this email if you have any questions.</p>
        <p>Best,<br>Sam Okafor<br>Talent Partner, Halyard Data</p>
        </body></html>
        """)
    ics = VTZ[NYC].join(["BEGIN:VCALENDAR\nPRODID:-//Greenhouse Software//Interview Scheduling//EN\n"
                         "VERSION:2.0\nMETHOD:REQUEST\n", "\n" + t("""
        BEGIN:VEVENT
        UID:gh-interview-7720194416@greenhouse.io
        DTSTAMP:20261027T194000Z
        DTSTART;TZID=America/New_York:20261102T110000
        DTEND;TZID=America/New_York:20261102T114500
        SUMMARY:Interview: Lucía Quispe / Halyard Data
        LOCATION:https://halyarddata.zoom.us/j/97716203348
        ORGANIZER;CN=Sam Okafor:mailto:sam.okafor@halyarddata.com
        ATTENDEE;CN=Lucía Quispe;RSVP=TRUE:mailto:lucia.quispe@example.org
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)])
    return message([
        rcv("o12.sg.greenhouse-mail.io", "167.89.41.12", when, NYC, "4Fo4Gi9Yb7p"),
        ("From", addr("Sam Okafor", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Sam Okafor", "sam.okafor@halyarddata.com")),
        ("To", ME_TO),
        ("Subject", "Updated: Your interview with Halyard Data has been rescheduled"),
        ("Date", date(when, NYC)),
        ("Message-ID", "<gh.7720194416.20261027194000@us.greenhouse-mail.io>"),
    ], mixed(html(page), calendar(ics, cte="quoted-printable", filename="invite.ics",
                                  disposition="attachment")))


@mail(N(18), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start="2026-11-20T15:00:00Z", end=None,
      contact="wquiroz@fosfatospacifico.com.pe", company="Fosfatos del Pacífico",
      local="Fri 2026-11-20 10:00", zone=LIMA,
      days=(("Thu", "2026-11-19"), ("Fri", "2026-11-20")),
      note="Hiring manager (usted, Outlook, windows-1252 QP) moves the interview 'del jueves 19 a las "
           "10 a. m. al viernes 20 a la misma hora' and says 'queda entonces'. New time Fri 20 Nov "
           "10:00 Lima = 15:00Z. Contact = human sender.")
def prose_fosfatos():
    when = "2026-11-17 08:50"
    body = t("""
        Estimada Lucía:

        Buenos días. Le escribo para pedirle mil disculpas, pero tengo que mover nuestra entrevista
        del jueves 19 a las 10 a. m. al viernes 20 a la misma hora, porque el jueves me toca visita
        a la planta de Bayóvar y no regreso a Lima hasta la noche.

        Ya hablé con Gisela de RR. HH. y ella le actualizará la invitación; queda entonces el
        viernes 20 a las 10:00 a. m., en nuestra oficina de Av. Javier Prado Este 1450, San Borja.

        Gracias por su comprensión.

        Saludos cordiales,

        Ing. Walter Quiroz Benavides
        Jefe de Planeamiento y Control
        Fosfatos del Pacífico S.A.
        Tel. (01) 612-4400 anexo 318
        """)
    return message([
        rcv("mail-edge2.fosfatospacifico.com.pe", "190.81.14.66", when, LIMA, "4Gp5Hj0Zc8q"),
        ("From", addr("Walter Quiroz Benavides", "wquiroz@fosfatospacifico.com.pe", "iso-8859-1")),
        ("To", addr("Lucía Quispe", ME, "iso-8859-1")),
        ("CC", addr("Gisela Porras", "gporras@fosfatospacifico.com.pe")),
        ("Subject", enc("Cambio de fecha – entrevista Analista de Datos", "utf-8")),
        ("Date", date(when, LIMA)),
        ("Message-ID", "<001b01dc5a4e$8c3f2e10$a4bd8a30$@fosfatospacifico.com.pe>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdtYv3k0Q2eWm8JpSbKz4XoF1yU7cA=="),
        ("Content-Language", "es-pe"),
    ], text(body, charset="windows-1252"))


@mail(N(19), family="google_calendar", lang="en", interview=True, kind="rescheduled",
      start="2026-09-14T19:00:00Z", end="2026-09-14T20:00:00Z",
      contact="tomas.errazuriz@atacamahydro.cl", company="Atacama Hydro Analytics",
      local="Mon 2026-09-14 16:00", local_end="2026-09-14 17:00", zone=SCL,
      days=(("Fri", "2026-09-11"),),
      note="Google Calendar 'Updated invitation' from a Chilean firm writing English, Chile time: new "
           "slot Mon Sep 14 4pm-5pm CLST (Chile summer time since 6 Sep, -0300) = 19:00Z-20:00Z; the "
           "old Fri Sep 11 3pm slot is shown as changed. ICS America/Santiago SEQUENCE:2 agrees. "
           "Contact = ORGANIZER.")
def gcal_atacama():
    when = "2026-09-09 10:15"
    body = t("""
        This event has been updated
        Changed: time

        Technical interview – Lucía Quispe (Data Analyst, Water Balance)
        Monday Sep 14, 2026 ⋅ 4pm – 5pm (Chile Summer Time - Santiago)
        was: Friday Sep 11, 2026 ⋅ 3pm – 4pm

        Hi Lucía – moved to Monday since Camila is at the Antofagasta site on Friday, hope that's ok!
        – Tomás

        Join with Google Meet
        meet.google.com/wkd-ptqr-hsn

        Organizer
        Tomás Errázuriz
        tomas.errazuriz@atacamahydro.cl

        Guests
        Tomás Errázuriz - organizer
        Camila Rojas
        lucia.quispe@example.org

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NmM4

        Reply for lucia.quispe@example.org
        Yes  No  Maybe  More options

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    ics = VTZ_SANTIAGO.join(["BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\n"
                             "VERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n", "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Santiago:20260914T160000
        DTEND;TZID=America/Santiago:20260914T170000
        DTSTAMP:20260909T131500Z
        ORGANIZER;CN=Tomás Errázuriz:mailto:tomas.errazuriz@atacamahydro.cl
        UID:1q7h3c0n9v2m5x8b4z6k0p2r4t@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=lucia.quispe@example.org;X-NUM-GUESTS=0:mailto:lucia.quispe@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Camila Rojas;X-NUM-GUESTS=0:mailto:camila.rojas@atacamahydro.cl
        X-GOOGLE-CONFERENCE:https://meet.google.com/wkd-ptqr-hsn
        CREATED:20260902T150412Z
        DESCRIPTION:Hi Lucía – moved to Monday since Camila is at the Antofagasta site on Friday\\, hope that's ok!\\n– Tomás
        LAST-MODIFIED:20260909T131500Z
        SEQUENCE:2
        STATUS:CONFIRMED
        SUMMARY:Technical interview – Lucía Quispe (Data Analyst\\, Water Balance)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)])
    return message([
        rcv("mail-sor-f69.google.com", "209.85.220.69", when, SCL, "4Hq6Ik1Ad9r"),
        ("From", addr("Tomás Errázuriz", "tomas.errazuriz@atacamahydro.cl")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", addr("Tomás Errázuriz", "tomas.errazuriz@atacamahydro.cl")),
        ("To", ME),
        ("Subject", enc("Updated invitation: Technical interview – Lucía Quispe (Data Analyst, Water "
                        "Balance) @ Mon Sep 14, 2026 4pm - 5pm (CLST) (lucia.quispe@example.org)")),
        ("Date", date(when, SCL)),
        ("Message-ID", "<calendar-77b1e0c2-9f4d-4a3e-8c16-d2a05b7e9f31@google.com>"),
    ], mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
             calendar(ics, ctype="application/ics", method=None, cte="base64", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(N(20), family="exchange_outlook", lang="es", interview=True, kind="rescheduled",
      start="2026-10-29T14:00:00Z", end="2026-10-29T15:00:00Z",
      contact="andres.gomez@ecominasandinas.co", company="Ecominas Andinas",
      local="Thu 2026-10-29 09:00", local_end="2026-10-29 10:00", zone=BOG,
      days=(("Wed", "2026-10-28"),),
      note="Exchange meeting update from a Bogotá company: moved from miércoles 28 to jueves 29 de "
           "octubre, 9:00 a. m. hora Colombia (UTC-5) = 14:00Z-15:00Z; ICS TZID 'SA Pacific Standard "
           "Time' SEQUENCE:1 agrees. Contact = sender/ORGANIZER.")
def exchange_ecominas():
    when = "2026-10-26 17:05"
    body = t("""
        Hola Lucía,

        Como te comenté por WhatsApp, moví la reunión del miércoles 28 al jueves 29 de octubre a las
        9:00 a. m. hora Colombia (es la misma hora de Lima). Sigue siendo con Mónica Duarte
        (Gerente de BI) y conmigo, mismo enlace de Teams.

        Un abrazo,
        Andrés Felipe

        Andrés Felipe Gómez
        Líder de Selección | Ecominas Andinas S.A.S.
        Bogotá, Colombia
        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse desde el equipo, la aplicación móvil o el dispositivo de la sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTc2NjE>
        Id. de la reunión: 281 604 117 392
        Código de acceso: 4Tq9Wz
        ________________________________________________________________________________
        """)
    ics = VTZ_SA_PACIFIC.join(["BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\n"
                               "VERSION:2.0\n", "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Andrés Felipe Gómez:mailto:andres.gomez@ecominasandinas.co
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Quispe:mailto:lucia.quispe@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mónica Duarte:mailto:monica.duarte@ecominasandinas.co
        DESCRIPTION;LANGUAGE=es-CO:Como te comenté por WhatsApp\\, moví la reunión del miércoles 28 al jueves 29.\\n
        UID:040000008200E00074C5B7101A82E0080000000071D4E3B2A866DC01000000000000000010000000C4
        SUMMARY;LANGUAGE=es-CO:Entrevista – Analista de Datos Senior (Lucía Quispe)
        DTSTART;TZID=SA Pacific Standard Time:20261029T090000
        DTEND;TZID=SA Pacific Standard Time:20261029T100000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261026T220500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=es-CO:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)])
    return message([
        rcv("NAM11-CO1-obe.outbound.protection.outlook.com", "40.107.220.51", when, BOG, "4Ir7Jl2Be0s"),
        ("From", addr("Andrés Felipe Gómez", "andres.gomez@ecominasandinas.co")),
        ("To", addr("Lucía Quispe", ME)),
        ("CC", addr("Mónica Duarte", "monica.duarte@ecominasandinas.co")),
        ("Subject", enc("Actualizado: Entrevista – Analista de Datos Senior (Lucía Quispe)")),
        ("Thread-Topic", enc("Entrevista – Analista de Datos Senior (Lucía Quispe)")),
        ("Thread-Index", "AdtH2c1vZmT0q4RkS9yX3bN8wE5fJg=="),
        ("Date", date(when, BOG)),
        ("Message-ID", "<CO1PR11MB5089B7D2E4A19C3F@CO1PR11MB5089.namprd11.prod.outlook.com>"),
        ("Content-Language", "es-CO"),
    ], alt(text(body), html(gmail_html(body).replace('<div dir="ltr">', '<div class="WordSection1">')),
           calendar(ics, cte="base64")))


@mail(N(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start="2026-11-24T19:00:00Z", end="2026-11-24T20:00:00Z",
      contact="kfarrell@lakeshorebulk.com", company="Lakeshore Bulk Logistics",
      local="Tue 2026-11-24 13:00", local_end="2026-11-24 14:00", zone=CHI,
      note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) from a Chicago company: "
           "cancelled slot Tue Nov 24 1pm-2pm CST (-0600) = 19:00Z-20:00Z. Role on hold, no new "
           "time. Contact = ORGANIZER.")
def gcal_lakeshore_cancel():
    when = "2026-11-19 11:30"
    body = t("""
        This event has been canceled and removed from your calendar.

        Interview: Lucía Quispe <> Lakeshore Bulk (Data Analyst)
        Tuesday Nov 24, 2026 ⋅ 1pm – 2pm (Central Time - Chicago)

        Hi Lucía, so sorry about this - the role has just been put on hold for Q1 budgeting. I'll
        reach out personally if it reopens. - Kevin

        Organizer
        Kevin Farrell
        kfarrell@lakeshorebulk.com

        Guests
        Kevin Farrell - organizer
        lucia.quispe@example.org

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event.
        """)
    ics = VTZ[CHI].join(["BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n"
                         "CALSCALE:GREGORIAN\nMETHOD:CANCEL\n", "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Chicago:20261124T130000
        DTEND;TZID=America/Chicago:20261124T140000
        DTSTAMP:20261119T173000Z
        ORGANIZER;CN=Kevin Farrell:mailto:kfarrell@lakeshorebulk.com
        UID:3m8r1d5w0k7q2z9c4v6b0n1s3f@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=lucia.quispe@example.org;X-NUM-GUESTS=0:mailto:lucia.quispe@example.org
        CREATED:20261112T201044Z
        DESCRIPTION:Hi Lucía\\, so sorry about this - the role has just been put on hold for Q1 budgeting.
        LAST-MODIFIED:20261119T173000Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Interview: Lucía Quispe <> Lakeshore Bulk (Data Analyst)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)])
    return message([
        rcv("mail-sor-f72.google.com", "209.85.220.72", when, CHI, "4Js8Km3Cf1t"),
        ("From", addr("Kevin Farrell", "kfarrell@lakeshorebulk.com")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", addr("Kevin Farrell", "kfarrell@lakeshorebulk.com")),
        ("To", ME),
        ("Subject", enc("Canceled event: Interview: Lucía Quispe <> Lakeshore Bulk (Data Analyst) @ Tue "
                        "Nov 24, 2026 1pm - 2pm (CST) (lucia.quispe@example.org)")),
        ("Date", date(when, CHI)),
        ("Message-ID", "<calendar-2e9a4c71-5b08-4d3f-a6e2-81c7f0d39b52@google.com>"),
    ], mixed(alt(text(body), calendar(ics, method="CANCEL", cte="base64")),
             calendar(ics, ctype="application/ics", method=None, cte="base64", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(N(22), family="human_prose", lang="es", interview=True, kind="cancelled",
      start="2026-09-30T21:00:00Z", end=None,
      contact="lgutierrez@ferroandina.pe", company="Ferroandina",
      local="Wed 2026-09-30 16:00", zone=LIMA,
      note="Recruiter (usted, iso-8859-1 QP, text only) cancels 'la entrevista del miércoles 30/09 a "
           "las 4 p. m.'; the process is frozen, no new time offered. Cancelled slot = Wed 30 Sep "
           "16:00 Lima = 21:00Z. Contact = human sender.")
def prose_ferroandina_cancel():
    when = "2026-09-25 12:10"
    body = t("""
        Estimada Lucía,

        Lamentablemente tenemos que cancelar la entrevista del miércoles 30/09 a las 4 p. m. con la
        Gerencia de Operaciones. La empresa ha decidido congelar el proceso de selección para la
        posición de Analista de Datos por temas de presupuesto, al menos hasta el próximo año.

        Por ahora no podemos proponerle una nueva fecha, pero su perfil nos pareció muy sólido y
        quedará en nuestra base para futuras oportunidades.

        Le pido disculpas por las molestias.

        Atentamente,
        Lorena Gutiérrez Salas
        Coordinadora de Selección
        Ferroandina S.A.C.
        """)
    return message([
        rcv("smtp.ferroandina.pe", "200.48.71.30", when, LIMA, "4Kt9Ln4Dg2u"),
        ("From", addr("Lorena Gutiérrez Salas", "lgutierrez@ferroandina.pe", "iso-8859-1")),
        ("To", ME),
        ("Subject", enc("Cancelación de entrevista - Analista de Datos", "iso-8859-1")),
        ("Date", date(when, LIMA)),
        ("Message-ID", "<20260925171000.5A3C21E04B@smtp.ferroandina.pe>"),
        ("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC118 (Win)/9.0.0_GA_4546)"),
    ], text(body, charset="iso-8859-1"))


@mail(N(23), family="recruitee", lang="es", interview=True, kind="cancelled",
      start="2026-12-07T16:30:00Z", end="2026-12-07T17:15:00Z",
      contact="sofia.lazo@kallpageo.pe", company="Kallpa Geodatos",
      local="Mon 2026-12-07 11:30", local_end="2026-12-07 12:15", zone=LIMA,
      note="Recruitee cancellation with METHOD:CANCEL ICS: the slot lun. 7 de diciembre, 11:30 a. m. - "
           "12:15 p. m. (hora de Lima) = 16:30Z-17:15Z is cancelled; new options 'en los próximos "
           "días', no new time. Sender and Reply-To are Recruitee relays; contact = the recruiter's "
           "address in the signature.")
def recruitee_kallpa_cancel():
    when = "2026-12-02 09:40"
    body = t("""
        Hola Lucía:

        Lamentamos informarte que tu entrevista del lun. 7 de diciembre, 11:30 a. m. – 12:15 p. m.
        (hora de Lima) para el puesto de Analista de Datos Geoespaciales ha sido cancelada, porque
        nuestro Jefe de Geomática estará en mina toda esa semana.

        En los próximos días te enviaremos nuevas opciones de horario. ¡Disculpa el cambio!

        Saludos,
        Sofía Lazo
        Talento · Kallpa Geodatos
        sofia.lazo@kallpageo.pe
        """)
    page = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;line-height:1.5">
        <p>Hola Lucía:</p>
        <p>Lamentamos informarte que tu entrevista del <b>lun. 7 de diciembre, 11:30 a.&nbsp;m. – 12:15 p.&nbsp;m.
        (hora de Lima)</b> para el puesto de Analista de Datos Geoespaciales ha sido <b>cancelada</b>, porque
        nuestro Jefe de Geomática estará en mina toda esa semana.</p>
        <p>En los próximos días te enviaremos nuevas opciones de horario. ¡Disculpa el cambio!</p>
        <p>Saludos,<br>Sofía Lazo<br>Talento · Kallpa Geodatos<br>
        <a href="mailto:sofia.lazo@kallpageo.pe">sofia.lazo@kallpageo.pe</a></p>
        <p style="font-size:11px;color:#aaa">Enviado con Recruitee</p>
        </body></html>
        """)
    ics = VTZ_LIMA.join(["BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Recruitee//Events//EN\nMETHOD:CANCEL\n",
                         "\n" + t("""
        BEGIN:VEVENT
        UID:recruitee-event-1180457@recruitee.com
        DTSTAMP:20261202T144000Z
        DTSTART;TZID=America/Lima:20261207T113000
        DTEND;TZID=America/Lima:20261207T121500
        SUMMARY:Entrevista: Lucía Quispe - Analista de Datos Geoespaciales
        ORGANIZER;CN=Kallpa Geodatos:mailto:kallpa-geodatos@inbound.recruitee.com
        ATTENDEE;CN=Lucía Quispe:mailto:lucia.quispe@example.org
        SEQUENCE:1
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR
        """)])
    return message([
        rcv("mail-out3.recruitee.com", "185.61.152.19", when, LIMA, "4Lu0Mo5Eh3v"),
        ("From", addr("Kallpa Geodatos", "kallpa-geodatos@inbound.recruitee.com")),
        ("Reply-To", "c-7bd31e90@inbound.recruitee.com"),
        ("To", ME_TO),
        ("Subject", enc("Entrevista cancelada – Analista de Datos Geoespaciales")),
        ("Date", date(when, LIMA)),
        ("Message-ID", "<recruitee.msg.1180457.20261202144000@recruitee.com>"),
    ], mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
             calendar(ics, method="CANCEL", cte="base64", filename="cancel.ics", disposition="attachment")))


# =========================================================================== negatives


@mail(N(24), family="rejection", lang="es", interview=False, company="Minera Huaylas",
      days=(("Mon", "2026-10-12"),),
      note="Workday rejection after the 12 October panel (the earlier positive from the same "
           "company): mentions the past interview date, confirms nothing new.")
def workday_huaylas_rejection():
    when = "2026-10-26 10:02"
    body = t("""
        Estimada Lucía Quispe:

        Le agradecemos por su participación en el proceso de selección para la posición Analista
        de Datos de Planta (R-004417) y por el tiempo dedicado a la entrevista del lunes 12 de
        octubre en nuestra oficina de Arequipa.

        Luego de una cuidadosa evaluación, hemos decidido continuar el proceso con otros
        candidatos cuyo perfil se ajusta más a los requerimientos actuales de la posición.

        Conservaremos su información en nuestra base de talento y la invitamos a seguir
        postulando a nuestras vacantes.

        Atentamente,
        Gestión del Talento – Minera Huaylas

        Este es un mensaje automático enviado desde Workday. No responda a este correo.
        """)
    page = "<html><body style=\"font-family:Arial;font-size:13px\">" + "".join(
        f"<p>{para.replace(chr(10), ' ')}</p>\n" for para in body.strip().split("\n\n")) + "</body></html>\n"
    return message([
        rcv("mx-out-a2.myworkday.com", "146.247.19.39", when, LIMA, "4Mv1Np6Fi4w"),
        ("From", addr("Minera Huaylas", "minerahuaylas@myworkday.com")),
        ("To", "lucia.quispe@example.org"),
        ("Subject", enc("Actualización de su postulación - Analista de Datos de Planta (R-004417)")),
        ("Date", date(when, LIMA)),
        ("Message-ID", "<1740331902.11854.1793026920881@wd5-prod-notif-03>"),
        ("Auto-Submitted", "auto-generated"),
    ], alt(text(body), html(page)))


_FAKE_PDF = ("JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4K"
             "ZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFtdIC9Db3VudCAwID4+CmVuZG9i"
             "agp0cmFpbGVyCjw8IC9Sb290IDEgMCBSID4+CiUlRU9GCg==")


@mail(N(25), family="offer", lang="es", interview=False, company="Andesita Data",
      days=(("Fri", "2026-12-04"), ("Mon", "2026-12-07")),
      note="Job offer from Andesita Data (the September Lever interview): a reply deadline (viernes "
           "4/12, 6 p. m.) and a contract signing appointment (lunes 7/12, 9 a. m.) are fixed times, "
           "but neither is an interview.")
def offer_andesita():
    when = "2026-12-01 17:25"
    body = t("""
        Hola Lucía:

        ¡Tenemos buenas noticias! Después de las entrevistas de septiembre y octubre, el equipo
        quiere que te sumes como Analista de Datos Sr. – Operaciones Mineras. Te adjunto la carta
        oferta con el detalle de la remuneración, el bono anual y la modalidad híbrida (3 días en
        oficina).

        Te pedimos que nos respondas antes del viernes 4/12 a las 6 p. m. Si aceptas, coordinamos la
        firma del contrato el lunes 7/12 a las 9 a. m. en nuestra oficina de Miraflores (Av. José
        Larco 1232, piso 9) y la fecha de ingreso sería el 4 de enero.

        Cualquier duda sobre la oferta, llámame al 941 330 782.

        ¡Un abrazo y felicitaciones!
        Milagros Paredes
        Talento · Andesita Data
        """)
    return message([
        rcv("mail-wm1-f53.google.com", "209.85.128.53", when, LIMA, "4Nw2Oq7Gj5x"),
        ("From", addr("Milagros Paredes", "milagros.paredes@andesita.pe")),
        ("To", addr("Lucía Quispe", ME)),
        ("Subject", enc("Carta oferta – Analista de Datos Sr. – Andesita Data")),
        ("Date", date(when, LIMA)),
        ("Message-ID", "<CAN7pQ2v+Lx9Wk4Rz1Tb8Ye3Hd6Jf0Sg5Mc@mail.gmail.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             raw_part([("Content-Type", 'application/pdf; name="Carta_oferta_LQuispe.pdf"'),
                       ("Content-Disposition", 'attachment; filename="Carta_oferta_LQuispe.pdf"'),
                       ("Content-Transfer-Encoding", "base64")], _FAKE_PDF + "\n")))


@mail(N(26), family="application_ack", lang="en", interview=False, company="Riverbend Minerals",
      note="iCIMS application receipt; 'a recruiter will contact you to schedule an interview' is "
           "conditional, nothing is scheduled.")
def icims_riverbend_ack():
    when = "2026-09-15 13:48"
    body = t("""
        Dear Lucía,

        Thank you for applying to the Data Analyst II - Mine Operations (Req #2026-4471) position at
        Riverbend Minerals. We have received your application and our team is reviewing it.

        If your qualifications match the requirements of the role, a member of our recruiting team
        will contact you to schedule an interview. Because of the number of applications we
        receive, we may not be able to respond to every applicant individually.

        You can check the status of your application at any time in our career portal:
        https://careers-riverbendminerals.icims.com/jobs/candidate/dashboard

        Sincerely,
        Riverbend Minerals Talent Acquisition

        Please do not reply to this message; this mailbox is not monitored.
        """)
    page = t("""
        <html><body><table width="640" style="font-family:Verdana,sans-serif;font-size:12px">
        <tr><td><img src="https://careers-riverbendminerals.icims.com/logo.png" alt="Riverbend Minerals"></td></tr>
        <tr><td>
        <p>Dear Lucía,</p>
        <p>Thank you for applying to the <b>Data Analyst II - Mine Operations (Req #2026-4471)</b> position at
        Riverbend Minerals. We have received your application and our team is reviewing it.</p>
        <p>If your qualifications match the requirements of the role, a member of our recruiting team
        will contact you to schedule an interview. Because of the number of applications we
        receive, we may not be able to respond to every applicant individually.</p>
        <p>You can check the status of your application at any time in our
        <a href="https://careers-riverbendminerals.icims.com/jobs/candidate/dashboard">career portal</a>.</p>
        <p>Sincerely,<br>Riverbend Minerals Talent Acquisition</p>
        <p style="font-size:10px;color:#777">Please do not reply to this message; this mailbox is not monitored.</p>
        </td></tr></table></body></html>
        """)
    return message([
        rcv("smtp-out14.icims.com", "63.141.195.14", when, CHI, "4Ox3Pr8Hk6y"),
        ("From", addr("Riverbend Minerals", "riverbendminerals@talent.icims.com")),
        ("To", ME_TO),
        ("Subject", "Thank you for applying - Data Analyst II - Mine Operations"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<icims.4471.1789498080.55213@talent.icims.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], alt(text(body), html(page)))


@mail(N(27), family="application_ack", lang="es", interview=False, company="Cobre del Sur Andino",
      note="Taleo application receipt (iso-8859-1, 8bit); mentions that shortlisted candidates will be "
           "contacted for an interview, nothing scheduled.")
def taleo_cobresur_ack():
    when = "2026-09-08 22:17"
    body = t("""
        Estimada Lucía Quispe,

        Gracias por su interés en Cobre del Sur Andino S.A.

        Hemos recibido su postulación al puesto "Especialista de Analítica de Datos - Operaciones
        Toquepala" (Requisición 2600318).

        Nuestro equipo de Reclutamiento revisará su perfil. Solo los candidatos preseleccionados
        serán contactados para coordinar una entrevista.

        Puede consultar el estado de su postulación ingresando a la sección "Mis postulaciones" de
        nuestro portal de empleo.

        Atentamente,
        Reclutamiento y Selección
        Cobre del Sur Andino S.A.

        ** Este correo ha sido generado automáticamente. Por favor no responda. **
        """)
    return message([
        rcv("tlmta12.taleo.net", "160.34.7.112", when, LIMA, "4Py4Qs9Il7z"),
        ("From", addr("Cobre del Sur Andino", "noreply@cobresurandino.taleo.net")),
        ("To", "lucia.quispe@example.org"),
        ("Subject", enc("Confirmación de postulación - Especialista de Analítica de Datos", "iso-8859-1")),
        ("Date", date(when, LIMA)),
        ("Message-ID", "<1136584120.227451.1788923820533.JavaMail.taleo@tlapp07>"),
    ], text(body, charset="iso-8859-1", cte="8bit"))


@mail(N(28), family="job_alert", lang="es", interview=False, company=None,
      note="Job-board alert (fictional EmpleosAndinos) with 'Entrevistas esta semana' / 'Entrevista "
           "inmediata' badges; no interview for the owner.")
def job_alert_empleosandinos():
    when = "2026-10-20 07:00"
    page = t("""
        <html><body style="background:#eef2f5;font-family:Arial,sans-serif">
        <table width="600" align="center" style="background:#fff">
        <tr><td style="padding:16px;background:#0b5d8f;color:#fff;font-size:20px">EmpleosAndinos</td></tr>
        <tr><td style="padding:16px">
        <p>Hola Lucía, estos son los nuevos avisos para tu alerta <b>"analista de datos minería"</b>:</p>
        <table cellpadding="8" width="100%">
        <tr><td><a href="https://www.empleosandinos.pe/aviso/88120">Analista de Datos – Mantenimiento Predictivo</a><br>
        Minera Chaska · Arequipa · <span style="background:#e3f7e8;color:#137333">Entrevistas esta semana</span></td></tr>
        <tr><td><a href="https://www.empleosandinos.pe/aviso/88133">Data Analyst Jr. – Comercial Concentrados</a><br>
        Trading Andes Metals · Lima (híbrido)</td></tr>
        <tr><td><a href="https://www.empleosandinos.pe/aviso/88151">Analista BI – Seguridad y Salud Ocupacional</a><br>
        Contratista Minera Wari · Lima · <span style="background:#fff4d6;color:#8a6100">Entrevista inmediata</span></td></tr>
        <tr><td><a href="https://www.empleosandinos.pe/aviso/88164">Científico de Datos – Geometalurgia</a><br>
        Grupo Pukara · Remoto (Perú)</td></tr>
        </table>
        <p><a href="https://www.empleosandinos.pe/alertas">Editar alerta</a> ·
        <a href="https://www.empleosandinos.pe/alertas/baja?u=7c1e">Darse de baja</a></p>
        </td></tr></table></body></html>
        """)
    body = t("""
        Hola Lucía, estos son los nuevos avisos para tu alerta "analista de datos minería":

        * Analista de Datos – Mantenimiento Predictivo
          Minera Chaska · Arequipa · Entrevistas esta semana
          https://www.empleosandinos.pe/aviso/88120
        * Data Analyst Jr. – Comercial Concentrados
          Trading Andes Metals · Lima (híbrido)
          https://www.empleosandinos.pe/aviso/88133
        * Analista BI – Seguridad y Salud Ocupacional
          Contratista Minera Wari · Lima · Entrevista inmediata
          https://www.empleosandinos.pe/aviso/88151
        * Científico de Datos – Geometalurgia
          Grupo Pukara · Remoto (Perú)
          https://www.empleosandinos.pe/aviso/88164

        Editar alerta: https://www.empleosandinos.pe/alertas
        Darse de baja: https://www.empleosandinos.pe/alertas/baja?u=7c1e
        """)
    return message([
        rcv("mta-07.empleosandinos.pe", "190.12.88.7", when, LIMA, "4Qz5Rt0Jm8a"),
        ("From", addr("EmpleosAndinos Alertas", "alertas@empleosandinos.pe")),
        ("To", ME),
        ("Subject", enc("4 nuevos empleos para \"analista de datos minería\"")),
        ("Date", date(when, LIMA)),
        ("Message-ID", "<alerta.7c1e.20261020120000@empleosandinos.pe>"),
        ("List-Unsubscribe", "<https://www.empleosandinos.pe/alertas/baja?u=7c1e>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(page)))


@mail(N(29), family="newsletter_tips", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Substack-style newsletter about preparing a technical interview, with a live stream "
           "'jueves 22/10 a las 7 p. m.'; HTML only, List-Unsubscribe. Not an interview.")
def newsletter_mineria40():
    when = "2026-10-19 06:30"
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:17px;line-height:1.6;color:#222">
        <div style="max-width:580px;margin:auto">
        <p style="font-family:Arial;font-size:13px;color:#888">Minería 4.0 Semanal · N.º 112</p>
        <h1 style="font-size:28px">Cómo preparar tu entrevista técnica de analista de datos (sin morir en el intento)</h1>
        <p>Esta semana hablamos con tres líderes de analítica de operaciones mineras sobre lo que
        de verdad evalúan en una entrevista técnica: SQL con datos de despacho, un caso de
        disponibilidad de flota y, sobre todo, cómo explicas tus supuestos.</p>
        <h2>1. El caso de la flota de acarreo</h2>
        <p>Casi siempre te darán una tabla con ciclos de camiones y te pedirán encontrar el cuello
        de botella. No corras a Python: empieza por preguntar cómo se registra una demora.</p>
        <h2>2. La pregunta del "¿y tú qué harías?"</h2>
        <p>Los entrevistadores quieren ver criterio, no la respuesta perfecta...</p>
        <p style="background:#f5efe0;padding:12px">📺 <b>En vivo:</b> el jueves 22/10 a las 7 p. m.
        (hora de Lima) hacemos una entrevista simulada en directo con una jefa de analítica. Gratis
        para suscriptores: <a href="https://mineria40.substack.com/live">mineria40.substack.com/live</a></p>
        <p><a href="https://mineria40.substack.com/p/entrevista-tecnica">Leer el artículo completo</a></p>
        <p style="font-family:Arial;font-size:12px;color:#999">Recibes este correo porque te suscribiste a Minería 4.0 Semanal.
        <a href="https://mineria40.substack.com/action/disable_email">Cancelar suscripción</a></p>
        </div></body></html>
        """)
    return message([
        rcv("mail-a12.substack.com", "167.89.58.12", when, LIMA, "4Ra6Su1Kn9b"),
        ("From", addr("Minería 4.0 Semanal", "mineria40@substack.com")),
        ("To", ME),
        ("Subject", enc("Cómo preparar tu entrevista técnica de analista de datos")),
        ("Date", date(when, LIMA)),
        ("Message-ID", "<20261019113000.3.a1b2c3d4e5@substack.com>"),
        ("List-Unsubscribe", "<https://mineria40.substack.com/action/disable_email?token=eyJ1>"),
        ("List-Id", "<mineria40.substack.com>"),
        ("Precedence", "bulk"),
    ], html(page))


@mail(N(30), family="scheduling_link", lang="en", interview=False, company="Northlode Metals",
      days=(("Fri", "2026-10-09"),),
      note="Ashby self-scheduling request: 'choose a time' link, availability shown in her own zone, "
           "link expires Fri Oct 9. Nothing booked yet.")
def ashby_northlode_selfschedule():
    when = "2026-10-02 10:12"
    body = t("""
        Hi Lucía,

        Great news - the team at Northlode Metals would like to move forward with a 45-minute
        technical interview for the Data Analyst, Processing Plant role!

        Please choose a time that works for you using the link below. Available slots are shown
        in your local time zone.

        Select a time: https://jobs.ashbyhq.com/northlode/interview/schedule/4c9e1b7a

        This link expires on Friday, October 9. If none of the times work, just reply and we'll
        find something else.

        Thanks,
        Olivia Chen
        Recruiting Coordinator, Northlode Metals
        """)
    return message([
        rcv("a27-21.smtp-out.amazonses.com", "54.240.27.21", when, NYC, "4Sb7Tv2Lo0c"),
        ("From", addr("Northlode Metals", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Olivia Chen", "olivia.chen@northlodemetals.com")),
        ("To", ME_TO),
        ("Subject", "Schedule your interview with Northlode Metals"),
        ("Date", date(when, NYC)),
        ("Message-ID", "<01000192a1c8f0b3-7e2d4a91-ashby-000000@email.amazonses.com>"),
    ], alt(text(body), html(gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Inter">'))))


@mail(N(31), family="proposed_times", lang="es", interview=False, company="Puna Energía",
      days=(("Thu", "2026-10-15"), ("Fri", "2026-10-16")),
      note="Recruiter proposes two options ('¿le vendría bien el jueves 15 o el viernes 16 a las "
           "10:00?') and waits for an answer: not yet confirmed. The Workable confirmation for the "
           "Friday slot is a separate positive.")
def proposed_puna():
    when = "2026-10-12 09:15"
    body = t("""
        Estimada Lucía:

        Mucho gusto, soy Andrea Villanueva, del área de Gestión Humana de Puna Energía. Revisamos su
        CV para la posición de Analista de Datos – Generación y nos gustaría conversar con usted.

        ¿Le vendría bien el jueves 15 a las 10:00 o el viernes 16 a las 10:00 (hora de Lima)? Sería
        una videollamada de media hora. Apenas me confirme, le llegará la invitación formal por
        nuestra plataforma (Workable).

        Quedo atenta.

        Saludos cordiales,
        Andrea Villanueva
        Gestión Humana – Puna Energía
        Arequipa
        """)
    return message([
        rcv("mail-eopbgr790042.outbound.protection.outlook.com", "40.107.79.42", when, LIMA, "4Tc8Uw3Mp1d"),
        ("From", addr("Andrea Villanueva", "andrea.villanueva@punaenergia.pe")),
        ("To", addr("Lucía Quispe", ME)),
        ("Subject", enc("Puna Energía – Analista de Datos: coordinación de entrevista")),
        ("Date", date(when, LIMA)),
        ("Message-ID", "<SA1PR19MB5520D8B3F0C14A7E@SA1PR19MB5520.namprd19.prod.outlook.com>"),
        ("Content-Language", "es-PE"),
    ], alt(text(body), html(gmail_html(body).replace('<div dir="ltr">', '<div class="WordSection1">'))))


@mail(N(32), family="recruiter_outreach", lang="en", interview=False, company="Granite Peak Analytics",
      note="Recruiter pauses the process: 'let's circle back after the holidays', will reach out the "
           "week of January 11. No time fixed.")
def circle_back_granite():
    when = "2026-12-11 15:02"
    body = t("""
        Hi Lucía,

        Quick update on the Senior Analyst, Mining Insights role. Our hiring manager, Dave, is out
        on leave until January 4 and we've decided to pause interviews until he's back rather than
        make you meet a stand-in.

        Let's circle back after the holidays - I'll reach out the week of January 11 to set up time
        with him and the team. You're still very much in the process!

        Happy holidays,
        Ethan

        Ethan Park
        Technical Recruiter | Granite Peak Analytics
        Denver, CO (remote-first)

        On Tue, Dec 8, 2026 at 9:14 AM Lucía Quispe <lucia.quispe@example.org> wrote:
        > Hi Ethan, just checking in on next steps for the Senior Analyst role. Thanks!
        > Lucía
        """)
    return message([
        rcv("mail-yw1-f180.google.com", "209.85.128.180", when, "America/Denver", "4Ud9Vx4Nq2e"),
        ("From", addr("Ethan Park", "ethan.park@granitepeakanalytics.com")),
        ("To", addr("Lucía Quispe", ME)),
        ("Subject", "Re: Senior Analyst, Mining Insights - next steps"),
        ("Date", date(when, "America/Denver")),
        ("Message-ID", "<CAJ4nW8q+Rv2Xc7Lm0Tp3Yz9Bk5Hd1Sf6Eg@mail.gmail.com>"),
        ("In-Reply-To", "<CAFq1Lz9Gp4Hn7@mail.gmail.com>"),
        ("References", "<CAFq1Lz9Gp4Hn7@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(33), family="non_interview_calendar", lang="es", interview=False, company=None,
      days=(("Tue", "2026-09-22"),),
      note="Medical appointment confirmation (dermatology) with a timed ICS: fixed time, not an "
           "interview.")
def doctor_appointment():
    when = "2026-09-17 15:31"
    body = t("""
        Estimada paciente LUCÍA QUISPE:

        Su cita ha sido CONFIRMADA.

        Especialidad: Dermatología
        Médico: Dra. Patricia León Villacorta
        Fecha: martes 22/09/2026
        Hora: 08:40 a. m.
        Sede: Centro Médico Miraflores Salud - Av. Benavides 1180, Miraflores, consultorio 304

        Le recomendamos llegar 15 minutos antes para el registro en admisión. Si no puede asistir,
        anule su cita con 24 horas de anticipación llamando al (01) 610-5500.

        Centro Médico Miraflores Salud
        """)
    ics = VTZ_LIMA.join(["BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//CMMS//Citas//ES\nMETHOD:PUBLISH\n",
                         "\n" + t("""
        BEGIN:VEVENT
        UID:cita-5512840@cmmiraflores.pe
        DTSTAMP:20260917T203100Z
        DTSTART;TZID=America/Lima:20260922T084000
        DTEND;TZID=America/Lima:20260922T090000
        SUMMARY:Cita Dermatología - Dra. Patricia León
        LOCATION:Av. Benavides 1180\\, Miraflores - consultorio 304
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)])
    return message([
        rcv("mail.cmmiraflores.pe", "179.7.41.90", when, LIMA, "4Ve0Wy5Or3f"),
        ("From", addr("Centro Médico Miraflores Salud", "no-responder@cmmiraflores.pe")),
        ("To", ME),
        ("Subject", enc("Confirmación de cita – Dermatología – 22/09/2026 08:40")),
        ("Date", date(when, LIMA)),
        ("Message-ID", "<cita.5512840.20260917203100@cmmiraflores.pe>"),
    ], mixed(text(body, charset="iso-8859-1"),
             calendar(ics, method="PUBLISH", cte="base64", filename="cita.ics", disposition="attachment")))


@mail(N(34), family="personal_appointment", lang="es", interview=False, company=None,
      days=(("Sat", "2026-10-10"),),
      note="Estate agent confirms a flat viewing 'el sábado 10 a las 11 a. m.' in Barranco: a fixed "
           "time, not an interview.")
def flat_viewing():
    when = "2026-10-07 19:48"
    body = t("""
        Hola Lucía, qué tal!

        Listo, te confirmo la visita al depa de Jr. Domeyer (2 dorm., 78 m2, vista al parque) el
        sábado 10 a las 11 a. m. El propietario va a estar presente así que puedes preguntarle lo
        del estacionamiento y el mantenimiento.

        Cualquier cosa me escribes al WhatsApp 955 210 664.

        Saludos,
        Karina Torres
        Asesora inmobiliaria – Costa Verde Propiedades
        """)
    return message([
        rcv("mail-oi1-f171.google.com", "209.85.167.171", when, LIMA, "4Wf1Xz6Ps4g"),
        ("From", addr("Karina Torres", "ktorres.costaverde@example.com")),
        ("To", addr("Lucía Quispe", ME)),
        ("Subject", "Re: Depa Barranco - visita"),
        ("Date", date(when, LIMA)),
        ("Message-ID", "<CAK2xZ7v+Qm3Tn8Ly1Rb4We9Hc5Jd0Sf2Pa@mail.gmail.com>"),
    ], text(body, cte="8bit"))


@mail(N(35), family="personal_appointment", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Car dealer's service appointment (mantenimiento 20,000 km) on jueves 15/10/2026 at 8:00 "
           "a. m.: fixed time, not an interview. HTML only, windows-1252.")
def car_service():
    when = "2026-10-09 11:20"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Arial;font-size:13px">
        <table width="600" style="border:1px solid #ccc"><tr><td style="background:#c00;color:#fff;padding:10px">
        <b>AUTOSERVICIOS DEL SUR S.A.C.</b> – Concesionario autorizado</td></tr>
        <tr><td style="padding:14px">
        <p>Estimada Sra. Lucía Quispe:</p>
        <p>Le confirmamos su cita de servicio:</p>
        <p>Vehículo: Toyota Yaris 2022 – Placa BKT-482<br>
        Servicio: Mantenimiento preventivo 20,000 km<br>
        Fecha: jueves 15/10/2026<br>
        Hora de recepción: 8:00 a. m.<br>
        Taller: Av. Tomás Marsano 3650, Surco</p>
        <p>El tiempo estimado del servicio es de 3 a 4 horas. Le avisaremos por WhatsApp cuando su
        vehículo esté listo.</p>
        <p>Atentamente,<br>Área de Citas – Autoservicios del Sur</p>
        </td></tr></table></body></html>
        """)
    return message([
        rcv("smtp.autoserviciosdelsur.pe", "181.65.140.22", when, LIMA, "4Xg2Ya7Qt5h"),
        ("From", addr("Autoservicios del Sur - Citas", "citas@autoserviciosdelsur.pe")),
        ("To", ME),
        ("Subject", enc("Confirmación de cita de servicio – BKT-482 – 15/10/2026 8:00", "windows-1252")),
        ("Date", date(when, LIMA)),
        ("Message-ID", "<cita-taller-30418@autoserviciosdelsur.pe>"),
    ], html(page, charset="windows-1252"))


@mail(N(36), family="personal_appointment", lang="es", interview=False, company=None,
      days=(("Wed", "2026-11-04"),),
      note="School platform notice: parent-teacher meeting with her daughter's tutor, miércoles 4 de "
           "noviembre 5:30 p. m. Not a job interview.")
def parent_teacher():
    when = "2026-10-29 14:05"
    body = t("""
        Estimada familia Quispe Rojas:

        Le recordamos que ha sido citada a una entrevista con la tutora de 2.° grado "B", Miss
        Jimena Alarcón, para conversar sobre el avance de su hija Valeria en el segundo bimestre.

        Fecha: miércoles 4 de noviembre
        Hora: 5:30 p. m.
        Lugar: Sala de reuniones del pabellón de Primaria

        Por favor confirme su asistencia desde la plataforma AulaNet Padres.

        Atentamente,
        Coordinación de Primaria
        Colegio Los Pinos de Surco
        """)
    return message([
        rcv("mailer.aulanet-padres.pe", "190.117.3.18", when, LIMA, "4Yh3Zb8Ru6i"),
        ("From", addr("Colegio Los Pinos de Surco (AulaNet)", "notificaciones@aulanet-padres.pe")),
        ("To", ME),
        ("Subject", enc("Citación: entrevista con la tutora – 2.° B Primaria")),
        ("Date", date(when, LIMA)),
        ("Message-ID", "<aulanet.cit.994120@aulanet-padres.pe>"),
    ], alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(N(37), family="non_interview_calendar", lang="es", interview=False, company=None,
      days=(("Fri", "2026-12-18"),),
      note="Exchange invitation from her current employer's manager: year-end team lunch, viernes "
           "18 de diciembre 13:00 (SA Pacific Standard Time). Fixed time, team event, not an interview.")
def team_lunch():
    when = "2026-12-10 10:30"
    body = t("""
        Equipo:

        Como todos los años, cerramos con un almuerzo de fin de año el viernes 18 de diciembre a la
        1 p. m. en La Picantería de Surquillo. La empresa cubre el menú; las bebidas van por cuenta
        de cada uno ;)

        Porfa acepten la invitación para confirmar el número de personas.

        Hernán
        Hernán Vega | Jefe de Analítica de Operaciones
        Compañía Minera Antakana
        """)
    ics = VTZ_SA_PACIFIC.join(["BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\n"
                               "VERSION:2.0\n", "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Hernán Vega:mailto:hvega@antakana.com.pe
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Analítica de Operaciones:mailto:analitica.ops@antakana.com.pe
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Quispe:mailto:lucia.quispe@example.org
        UID:040000008200E00074C5B7101A82E008000000003F2A8E1C6D70DC01000000000000000010000000D1
        SUMMARY;LANGUAGE=es-PE:Almuerzo de fin de año – Analítica de Operaciones
        DTSTART;TZID=SA Pacific Standard Time:20261218T130000
        DTEND;TZID=SA Pacific Standard Time:20261218T153000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261210T153000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-PE:La Picantería - Surquillo
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)])
    return message([
        rcv("mail-dm6nam12on2081.outbound.protection.outlook.com", "40.107.243.81", when, LIMA, "4Zi4Ac9Sv7j"),
        ("From", addr("Hernán Vega", "hvega@antakana.com.pe")),
        ("To", addr("Analítica de Operaciones", "analitica.ops@antakana.com.pe")),
        ("CC", addr("Lucía Quispe", ME)),
        ("Subject", enc("Almuerzo de fin de año – Analítica de Operaciones")),
        ("Date", date(when, LIMA)),
        ("Message-ID", "<DM6PR12MB2841F0A3C5D7E91B@DM6PR12MB2841.namprd12.prod.outlook.com>"),
        ("Content-Language", "es-PE"),
    ], alt(text(body), calendar(ics, cte="base64")))


@mail(N(38), family="marketing_webinar", lang="es", interview=False, company=None,
      days=(("Tue", "2026-10-27"),),
      note="Webinar registration confirmation with ICS (martes 27 de octubre, 6:30 p. m. Lima); the "
           "programme includes 'una entrevista en vivo' with an analytics manager. Not a job interview.")
def webinar_apam():
    when = "2026-10-21 09:00"
    body = t("""
        ¡Hola Lucía!

        Tu inscripción está confirmada.

        WEBINAR: Analítica predictiva en operaciones mineras – del piloto a la planta
        Fecha: martes 27 de octubre de 2026
        Hora: 6:30 p. m. – 8:00 p. m. (hora de Lima) / 8:30 p. m. Santiago / 6:30 p. m. Bogotá
        Plataforma: Zoom Webinars – enlace personal: https://us06web.zoom.us/w/88310552417?tk=Qm9s

        Programa:
        · Bienvenida – Asociación Peruana de Analítica Minera (APAM)
        · Caso: mantenimiento predictivo de palas en Cerro Lindo Norte
        · Entrevista en vivo con Rocío Tapia, gerenta de Transformación Digital
        · Preguntas del público

        Agrega el evento a tu calendario con el archivo adjunto.

        APAM – Asociación Peruana de Analítica Minera
        Si no deseas recibir más correos, responde BAJA.
        """)
    ics = VTZ_LIMA.join(["BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Zoom Video Communications//Webinar//EN\n"
                         "METHOD:PUBLISH\n", "\n" + t("""
        BEGIN:VEVENT
        UID:zoom-webinar-88310552417
        DTSTAMP:20261021T140000Z
        DTSTART;TZID=America/Lima:20261027T183000
        DTEND;TZID=America/Lima:20261027T200000
        SUMMARY:Webinar APAM: Analítica predictiva en operaciones mineras
        LOCATION:https://us06web.zoom.us/w/88310552417?tk=Qm9s
        ORGANIZER;CN=APAM:mailto:eventos@apam.org.pe
        END:VEVENT
        END:VCALENDAR
        """)])
    return message([
        rcv("mta-18.zoom.us", "170.114.52.18", when, LIMA, "4Aj5Bd0Tw8k"),
        ("From", addr("APAM Eventos", "no-reply@zoom.us")),
        ("Reply-To", "eventos@apam.org.pe"),
        ("To", ME_TO),
        ("Subject", enc("Confirmación de inscripción: Analítica predictiva en operaciones mineras")),
        ("Date", date(when, LIMA)),
        ("Message-ID", "<webinar.88310552417.reg.5531@zoom.us>"),
        ("Precedence", "bulk"),
    ], mixed(text(body), calendar(ics, method="PUBLISH", cte="quoted-printable", filename="webinar.ics",
                                  disposition="attachment")))


@mail(N(39), family="mock_interview", lang="es", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Calendly confirmation for a paid mock interview with a career coach (jueves 5 de "
           "noviembre, 19:00-20:00 hora de Perú). Confirms a time, but it is coaching, not a job "
           "interview.")
def calendly_mock_interview():
    when = "2026-10-30 20:12"
    body = t("""
        Hola Lucía Quispe:

        Se ha programado un nuevo evento.

        Tipo de evento:
        Simulación de entrevista (mock interview) – 60 min

        Anfitrión:
        Carolina Méndez · Coach de carrera

        Fecha/hora del evento:
        19:00 - 20:00, jueves, 5 de noviembre de 2026 (hora de Perú)

        Ubicación:
        Google Meet

        Respuestas del invitado:
        ¿Para qué tipo de entrevista te quieres preparar?
        Entrevista técnica de analista de datos (SQL + caso de negocio) para empresas mineras

        Cancelar: https://calendly.com/cancellations/91ad0e7c
        Reprogramar: https://calendly.com/reschedulings/91ad0e7c

        Con la tecnología de Calendly.com
        """)
    return message([
        rcv("o1678.shared.klaviyomail.com", "168.245.41.78", when, LIMA, "4Bk6Ce1Ux9l"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Carolina Méndez", "carolina@mendezcoaching.pe")),
        ("To", ME),
        ("Subject", enc("Confirmado: Simulación de entrevista (mock interview) – 60 min con Carolina Méndez "
                        "el jueves, 5 de noviembre de 2026")),
        ("Date", date(when, LIMA)),
        ("Message-ID", "<20261031011200.91ad0e7c.invitee@calendly.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(40), family="interviewer_duty", lang="es", interview=False, company=None,
      days=(("Wed", "2026-11-11"),),
      note="Exchange invitation from her current employer's HR asking her to interview an intern "
           "candidate (she is the interviewer), miércoles 11 de noviembre 15:00. Not her interview.")
def interviewer_duty():
    when = "2026-11-05 16:40"
    body = t("""
        Hola Lucía:

        Te agradeceré participar como entrevistadora técnica en el proceso de Practicante
        Profesional de Analítica. El candidato es Jhon Huamaní (Ing. Estadística – UNI); te adjunto
        su CV y la guía de evaluación con las preguntas de SQL y Power BI.

        La entrevista es el miércoles 11 de noviembre a las 3 p. m. en la sala Huascarán (piso 5).
        Por favor, llena la ficha de evaluación en el sistema el mismo día.

        Gracias,
        Patricia Soto
        Atracción de Talento – Compañía Minera Antakana
        """)
    ics = VTZ_SA_PACIFIC.join(["BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\n"
                               "VERSION:2.0\n", "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Patricia Soto:mailto:psoto@antakana.com.pe
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Quispe:mailto:lucia.quispe@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hernán Vega:mailto:hvega@antakana.com.pe
        UID:040000008200E00074C5B7101A82E00800000000A1C4F7D29B6FDC01000000000000000010000000E7
        SUMMARY;LANGUAGE=es-PE:Entrevista candidato – Practicante de Analítica (Jhon Huamaní)
        DTSTART;TZID=SA Pacific Standard Time:20261111T150000
        DTEND;TZID=SA Pacific Standard Time:20261111T160000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261105T214000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-PE:Sala Huascarán (piso 5)
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)])
    return message([
        rcv("mail-dm6nam12on2084.outbound.protection.outlook.com", "40.107.243.84", when, LIMA, "4Cl7Df2Vy0m"),
        ("From", addr("Patricia Soto", "psoto@antakana.com.pe")),
        ("To", addr("Lucía Quispe", ME)),
        ("CC", addr("Hernán Vega", "hvega@antakana.com.pe")),
        ("Subject", enc("Entrevista candidato – Practicante de Analítica (Jhon Huamaní)")),
        ("Date", date(when, LIMA)),
        ("Message-ID", "<DM6PR12MB2841A7C0E3F5B2D4@DM6PR12MB2841.namprd12.prod.outlook.com>"),
        ("Content-Language", "es-PE"),
    ], alt(text(body), calendar(ics, cte="base64")))


@mail(N(41), family="auto_reply", lang="es", interview=False, company="Minera Huaylas",
      days=(("Mon", "2026-10-19"),),
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from the Minera Huaylas recruiter "
           "to Lucía's thank-you note; quotes the past interview, confirms nothing.")
def auto_reply_huaylas():
    when = "2026-10-13 08:02"
    body = t("""
        Gracias por su mensaje. Me encuentro fuera de la oficina por comisión de servicio en
        unidad minera hasta el lunes 19/10, con acceso limitado al correo. Responderé a su
        mensaje a mi regreso.

        Para temas urgentes de selección, comunicarse con Gestión del Talento al (054) 381 200.

        Carmen Ccori
        Reclutamiento – Minera Huaylas

        -----Mensaje original-----
        De: Lucía Quispe <lucia.quispe@example.org>
        Enviado: martes, 13 de octubre de 2026 08:01
        Para: Carmen Ccori <carmen.ccori@minerahuaylas.com.pe>
        Asunto: Gracias - entrevista Analista de Datos de Planta

        Estimada Carmen, muchas gracias por la entrevista de ayer con el Ing. Zegarra...
        """)
    return message([
        rcv("mail-eopbgr800051.outbound.protection.outlook.com", "40.107.80.51", when, LIMA, "4Dm8Eg3Wz1n"),
        ("From", addr("Carmen Ccori", "carmen.ccori@minerahuaylas.com.pe")),
        ("To", addr("Lucía Quispe", ME)),
        ("Subject", enc("Respuesta automática: Gracias - entrevista Analista de Datos de Planta")),
        ("Date", date(when, LIMA)),
        ("Message-ID", "<SN6PR04MB4012C9E7A0B3F16D@SN6PR04MB4012.namprd04.prod.outlook.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("In-Reply-To", "<CAFq1Lz9Wn3Rk2@mail.gmail.com>"),
    ], text(body))


@mail(N(42), family="bounce", lang="en", interview=False, company=None,
      note="Gmail bounce (multipart/report, delivery-status) of Lucía's thank-you note to a mistyped "
           "address; the returned message talks about 'la entrevista de ayer'. Nothing scheduled.")
def bounce_thank_you():
    when = "2026-09-18 09:41"
    orig = message([
        ("From", addr("Lucía Quispe", ME)),
        ("To", "ernesto.caseres@andesita.pe"),
        ("Subject", "Gracias por la entrevista"),
        ("Date", date("2026-09-18 09:40", LIMA)),
        ("Message-ID", "<CAFq1Lz9Tq8Vb5@mail.gmail.com>"),
    ], text(t("""
        Hola Ernesto,

        Muchas gracias por la entrevista de ayer en la noche, me gustó mucho conocer cómo trabajan
        el tema de la telemetría de la flota. Quedo atenta a los siguientes pasos.

        Saludos,
        Lucía
        """), cte="8bit"))
    explain = t("""
        ** Address not found **

        Your message wasn't delivered to ernesto.caseres@andesita.pe because the address couldn't be
        found, or is unable to receive mail.

        The response from the remote server was:
        550 5.1.1 <ernesto.caseres@andesita.pe>: Recipient address rejected: User unknown
        """)
    status = t("""
        Reporting-MTA: dns; googlemail.com
        Arrival-Date: Fri, 18 Sep 2026 07:40:58 -0700 (PDT)

        Final-Recipient: rfc822; ernesto.caseres@andesita.pe
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx1.andesita.pe. (190.40.12.7, the server for the domain andesita.pe.)
        Diagnostic-Code: smtp; 550 5.1.1 <ernesto.caseres@andesita.pe>: Recipient address rejected: User unknown
        Last-Attempt-Date: Fri, 18 Sep 2026 07:41:02 -0700 (PDT)
        """)
    return message([
        rcv("mail-sor-f41.google.com", "209.85.220.41", when, LIMA, "4En9Fh4Xa2o"),
        ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
        ("To", ME),
        ("Subject", "Delivery Status Notification (Failure)"),
        ("Date", date(when, LIMA)),
        ("Message-ID", "<66f2c3a1.050a0220.3b9e2.88c4.GMR@mx.google.com>"),
        ("Auto-Submitted", "auto-replied"),
    ], multipart("report", text(explain, cte="7bit", charset="us-ascii"),
                 raw_part([("Content-Type", "message/delivery-status")], status),
                 attached_message(orig),
                 params="report-type=delivery-status"))


@mail(N(43), family="mailing_list", lang="es", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Google Groups mailing-list post announcing a community meetup (jueves 12 de noviembre, "
           "7 p. m.) with a talk about interviewing analysts; List-Id. Not an interview.")
def mailing_list_datos_lima():
    when = "2026-11-03 22:14"
    body = t("""
        Hola a todos,

        Ya tenemos fecha para el meetup de noviembre de Datos Lima 🎉

        Cuándo: jueves 12 de noviembre, 7 p. m. (puertas 6:30)
        Dónde: Coworking Qhatu, Calle Schell 343, Miraflores
        Charlas:
          1) "Series de tiempo para sensores de molinos" – Fiorella Ugarte
          2) "Lo que aprendí entrevistando a 40 analistas de datos" – Luis Ñañez
        Inscripción (cupos limitados): https://datoslima.org/meetup/nov-2026

        Traigan su laptop si quieren quedarse al hack de después.

        Saludos,
        Renato

        --
        Recibiste este mensaje porque estás suscrito al grupo "Datos Lima" de Grupos de Google.
        Para anular la suscripción a este grupo y dejar de recibir sus correos electrónicos, envía
        un correo electrónico a datos-lima+unsubscribe@googlegroups.com.
        """)
    return message([
        rcv("mail-sor-f89.google.com", "209.85.220.89", when, LIMA, "4Fo0Gi5Yb3p"),
        ("From", "=?UTF-8?Q?'Renato_C=C3=A1rdenas'_via_Datos_Lima?= <datos-lima@googlegroups.com>"),
        ("Reply-To", addr("Renato Cárdenas", "renato.cardenas@example.net")),
        ("To", "Datos Lima <datos-lima@googlegroups.com>"),
        ("Subject", enc("[datos-lima] Meetup de noviembre: jueves 12/11 en Miraflores")),
        ("Date", date(when, LIMA)),
        ("Message-ID", "<3f9b2c1e-8a7d-4e60-b5c4-1d2e3f4a5b6c@googlegroups.com>"),
        ("List-Id", "<datos-lima.googlegroups.com>"),
        ("List-Post", "<https://groups.google.com/group/datos-lima/post>, <mailto:datos-lima@googlegroups.com>"),
        ("List-Unsubscribe", "<mailto:googlegroups-manage+88213+unsubscribe@googlegroups.com>, "
                             "<https://groups.google.com/group/datos-lima/subscribe>"),
        ("Precedence", "list"),
        ("Mailing-list", "list datos-lima@googlegroups.com; contact datos-lima+owners@googlegroups.com"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(44), family="job_centre", lang="es", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="Municipal job-centre appointment (orientación laboral + 'entrevista de perfil "
           "ocupacional') on miércoles 14/10 at 9:00 a. m.: a fixed time, but with the job centre, "
           "not an employer's job interview.")
def job_centre():
    when = "2026-10-08 12:45"
    body = t("""
        Sra. LUCÍA QUISPE
        DNI: ***4417

        Su cita en el Centro Municipal de Empleo de Santiago de Surco ha sido registrada.

        Servicio: Asesoría para la búsqueda de empleo – Entrevista de perfil ocupacional
        Fecha: miércoles 14/10/2026
        Hora: 9:00 a. m.
        Lugar: Centro Municipal de Empleo, Jr. Batallón Huancayo 220, Surco (ventanilla 3)

        Requisitos: DNI original y CV actualizado (impreso).
        La atención es gratuita. En caso de no asistir, su turno será liberado 15 minutos
        después de la hora programada.

        Sistema de Citas en Línea – Centro Municipal de Empleo
        """)
    return message([
        rcv("correo.munisurco-empleo.gob.pe", "200.37.118.9", when, LIMA, "4Gp1Hj6Zc4q"),
        ("From", addr("Centro Municipal de Empleo - Citas", "citas-empleo@munisurco-empleo.gob.pe")),
        ("To", ME),
        ("Subject", enc("Confirmación de cita - Asesoría para la búsqueda de empleo", "iso-8859-1")),
        ("Date", date(when, LIMA)),
        ("Message-ID", "<citaweb.2026100817450.33812@munisurco-empleo.gob.pe>"),
    ], text(body.replace("–", "-"), charset="iso-8859-1", cte="quoted-printable"))


@mail(N(45), family="admission_interview", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="Business school's MBA admission interview confirmed for jueves 29/10 at 6:30 p. m. via Zoom: "
           "an interview at a fixed time, but for a degree programme, not a job.")
def mba_admission():
    when = "2026-10-22 11:30"
    body = t("""
        Estimada Lucía:

        Nos complace comunicarle que, tras la revisión de su expediente, ha sido convocada a la
        entrevista de admisión del MBA Ejecutivo (Promoción 2027).

        Fecha: jueves 29/10
        Hora: 6:30 p. m. (hora de Perú)
        Modalidad: virtual, vía Zoom
        Enlace: https://posgradopacificoandino.zoom.us/j/94410287715
        Duración: 30 minutos
        Entrevistador: Dr. Fernando Aliaga, Director Académico

        Le recomendamos tener a la mano su CV y una breve reflexión sobre sus objetivos
        profesionales para los próximos cinco años.

        Cordialmente,
        Mariela Espinoza
        Coordinadora de Admisión
        Escuela de Posgrado Pacífico Andino
        """)
    return message([
        rcv("mail-eopbgr820063.outbound.protection.outlook.com", "40.107.82.63", when, LIMA, "4Hq2Ik7Ad5r"),
        ("From", addr("Mariela Espinoza", "mespinoza@posgradopacificoandino.edu.pe")),
        ("To", addr("Lucía Quispe", ME)),
        ("Subject", enc("Convocatoria a entrevista de admisión – MBA Ejecutivo")),
        ("Date", date(when, LIMA)),
        ("Message-ID", "<BY5PR20MB3315E1D9A4C70F2B@BY5PR20MB3315.namprd20.prod.outlook.com>"),
        ("Content-Language", "es-PE"),
    ], alt(text(body), html(gmail_html(body).replace('<div dir="ltr">', '<div class="WordSection1">'))))


@mail(N(46), family="sports_tryout", lang="es", interview=False, company=None,
      days=(("Sat", "2026-09-19"),),
      note="Volleyball club try-out ('prueba de nivel', sábado 19/9 a las 9 a. m.): a fixed time, "
           "not an interview.")
def volley_tryout():
    when = "2026-09-14 20:33"
    body = t("""
        Hola Lucía!

        Gracias por escribirnos. Te esperamos para la prueba de nivel de la categoría Máster
        femenino este sábado 19/9 a las 9 a. m. en el coliseo del club (Av. El Polo 890, Surco).

        Trae ropa deportiva, rodilleras y tu DNI para el registro. La prueba dura más o menos dos
        horas y al final la entrenadora les comenta en qué equipo quedan.

        ¡Nos vemos en la cancha! 🏐
        Comisión de Vóley – Club Las Palmeras
        """)
    return message([
        rcv("mail-pj1-f44.google.com", "209.85.216.44", when, LIMA, "4Ir3Jl8Be6s"),
        ("From", addr("Vóley Club Las Palmeras", "voley.laspalmeras@example.com")),
        ("To", ME),
        ("Subject", enc("Re: Prueba de nivel - Máster femenino")),
        ("Date", date(when, LIMA)),
        ("Message-ID", "<CAM9vT2x+Pk7Wn4Rz8Yb1Lc6Hd3Jf5Sg0Ea@mail.gmail.com>"),
    ], text(body, cte="base64"))


@mail(N(47), family="personal_appointment", lang="es", interview=False, company=None,
      days=(("Mon", "2026-11-23"),),
      note="Microsoft Bookings confirmation from a bank: meeting with an investment advisor, lunes 23 "
           "de noviembre 12:00 (UTC-05:00) Lima, with ICS. Same layout as a Bookings interview, but "
           "a bank appointment.")
def bank_advisor_bookings():
    when = "2026-11-18 09:14"
    page = t("""
        <html><body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px">
        <div style="max-width:600px">
        <h1 style="font-size:22px;font-weight:300">Su reserva está confirmada</h1>
        <p>Hola Lucía Quispe:</p>
        <p>Gracias por reservar con Banca Personal - Banco Andino.</p>
        <table cellpadding="4">
        <tr><td style="color:#666">Servicio</td><td>Asesoría de inversiones – Fondos mutuos y CTS</td></tr>
        <tr><td style="color:#666">Fecha y hora</td><td>lunes, 23 de noviembre de 2026 12:00 - 12:45 (UTC-05:00) Bogotá, Lima, Quito, Rio Branco</td></tr>
        <tr><td style="color:#666">Personal</td><td>Giovanna Ríos (Asesora Premium)</td></tr>
        <tr><td style="color:#666">Ubicación</td><td>Agencia Camino Real – Av. Camino Real 456, San Isidro</td></tr>
        </table>
        <p>Recuerde traer su DNI. <a href="https://outlook.office365.com/owa/calendar/BancaPersonal@bancoandino.onmicrosoft.com/bookings/manage">Administrar reserva</a></p>
        <p style="font-size:12px;color:#888">Con tecnología de Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = VTZ_SA_PACIFIC.join(["BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\n"
                               "VERSION:2.0\n", "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Banca Personal - Banco Andino:mailto:BancaPersonal@bancoandino.onmicrosoft.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Quispe:mailto:lucia.quispe@example.org
        UID:040000008200E00074C5B7101A82E00800000000C2E8A4F17B71DC01000000000000000010000000F2
        SUMMARY;LANGUAGE=es-ES:Asesoría de inversiones – Fondos mutuos y CTS
        DTSTART;TZID=SA Pacific Standard Time:20261123T120000
        DTEND;TZID=SA Pacific Standard Time:20261123T124500
        DTSTAMP:20261118T141400Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Agencia Camino Real
        END:VEVENT
        END:VCALENDAR
        """)])
    return message([
        rcv("BN8NAM12HT052.mail.protection.outlook.com", "40.107.92.52", when, LIMA, "4Js4Km9Cf7t"),
        ("From", addr("Banca Personal - Banco Andino", "BancaPersonal@bancoandino.onmicrosoft.com")),
        ("To", ME_TO),
        ("Subject", enc("Reserva confirmada: Asesoría de inversiones – Fondos mutuos y CTS")),
        ("Date", date(when, LIMA)),
        ("Message-ID", "<BN8PR12MB3361F4C1A0D9E27B@BN8PR12MB3361.namprd12.prod.outlook.com>"),
        ("Content-Language", "es-ES"),
    ], mixed(html(page, cte="base64"),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(48), family="press", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="A journalist confirms interviewing Lucía for an article (jueves 1/10 a las 4 p. m. por "
           "Meet): she is the interviewee for the press, not a job candidate.")
def journalist():
    when = "2026-09-28 13:02"
    body = t("""
        Hola Lucía, ¿cómo estás?

        Te confirmo la entrevista para la nota sobre mujeres en analítica minera que saldrá en la
        edición de noviembre: el jueves 1/10 a las 4 p. m. por Meet (te paso el link un rato antes).
        Serán unos 30-40 minutos; me interesa sobre todo cómo llegaste de estadística a minería y
        el proyecto de predicción de paradas de chancadora.

        Si tienes alguna foto en planta (con EPP, obvio 😄) nos serviría muchísimo.

        Gracias de nuevo,
        Daniela Huertas
        Redactora – Revista Minería & Datos
        """)
    return message([
        rcv("mail-vs1-f48.google.com", "209.85.217.48", when, LIMA, "4Kt5Ln0Dg8u"),
        ("From", addr("Daniela Huertas", "dhuertas@mineriaydatos.pe")),
        ("To", addr("Lucía Quispe", ME)),
        ("Subject", enc("Entrevista para la revista – jueves")),
        ("Date", date(when, LIMA)),
        ("Message-ID", "<CAP3wQ8y+Mk1Tn6Lx4Rb9Ye2Hc7Jd5Sf0Ga@mail.gmail.com>"),
    ], alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(N(49), family="podcast", lang="en", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Podcast host confirms Lucía's guest interview recording, Tue Oct 20 at 6:00 PM ET (EDT, "
           "5:00 PM Lima) with a timed ICS: a confirmed 'interview', but as a podcast guest.")
def podcast_guest():
    when = "2026-10-14 16:25"
    body = t("""
        Hi Lucía,

        Thrilled to have you on Ore & Algorithms! You're confirmed for our guest interview
        recording on Tuesday, October 20 at 6:00 PM ET (5:00 PM in Lima).

        We record on Riverside - here's your guest link:
        https://riverside.fm/studio/ore-and-algorithms?t=9c2f

        Plan for about an hour. We'll chat about your fleet-dispatch analytics work and how you got
        into mining data. Wired headphones help a lot!

        Cheers,
        Jordan Blake
        Host, Ore & Algorithms (a mining-tech podcast)
        """)
    ics = VTZ[NYC].join(["BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\n"
                         "METHOD:REQUEST\n", "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/New_York:20261020T180000
        DTEND;TZID=America/New_York:20261020T190000
        DTSTAMP:20261014T202500Z
        ORGANIZER;CN=Jordan Blake:mailto:jordan@oreandalgorithms.fm
        UID:5p0c8e2m7w1k4r9t3z6b8n0v2x@google.com
        ATTENDEE;CN=Lucía Quispe;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.quispe@example.org
        SUMMARY:Ore & Algorithms - guest interview recording (Lucía Quispe)
        LOCATION:https://riverside.fm/studio/ore-and-algorithms?t=9c2f
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)])
    return message([
        rcv("mail-qk1-f175.google.com", "209.85.222.175", when, NYC, "4Lu6Mo1Eh9v"),
        ("From", addr("Jordan Blake", "jordan@oreandalgorithms.fm")),
        ("To", addr("Lucía Quispe", ME)),
        ("Subject", "You're confirmed: Ore & Algorithms guest interview, Oct 20"),
        ("Date", date(when, NYC)),
        ("Message-ID", "<CAB5nR1z+Vq8Wm3Lt6Yc0Ke4Hb9Jf2Sd7Pa@mail.gmail.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(50), family="forwarded_other", lang="es", interview=False, company=None,
      days=(("Mon", "2026-11-16"),),
      note="Her partner forwards his own confirmed interview (lunes 16 de noviembre, 10:00 a. m.) "
           "to share the news: a real interview confirmation, but not the inbox owner's.")
def partner_forward():
    when = "2026-11-10 13:18"
    body = t("""
        Amor mira!! me llamaron de Siderúrgica del Pacífico 🙌🙌
        El domingo en la noche me ayudas a practicar lo de los KPIs de planta? jaja

        ---------- Forwarded message ---------
        De: Lizbeth Ramos <lramos@siderpacifico.pe>
        Date: mar, 10 nov 2026 a las 12:51
        Subject: Confirmación de entrevista - Ingeniero de Procesos
        To: Martín Rojas <martin.rojas@example.com>

        Estimado Martín:

        Por medio del presente le confirmamos su entrevista para el puesto de Ingeniero de
        Procesos el lunes 16 de noviembre a las 10:00 a. m., en nuestra sede de Chimbote
        (Av. Industrial s/n, Zona Industrial Gran Trapecio). Por favor traiga su DNI y EPP básico
        (zapatos de seguridad), ya que haremos un breve recorrido por planta.

        Atentamente,
        Lizbeth Ramos
        Selección de Personal – Siderúrgica del Pacífico S.A.
        """)
    return message([
        rcv("mail-lf1-f46.google.com", "209.85.167.46", when, LIMA, "4Mv7Np2Fi0w"),
        ("From", addr("Martín Rojas", "martin.rojas@example.com")),
        ("To", addr("Lucía Quispe", ME)),
        ("Subject", enc("Fwd: Confirmación de entrevista - Ingeniero de Procesos")),
        ("Date", date(when, LIMA)),
        ("Message-ID", "<CAL8kW4t+Rz2Xn9Mb5Yq1Hc7Jd3Sf6Ev0Pa@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))
