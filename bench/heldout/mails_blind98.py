"""blind98: 50 hand-written mails from the inbox of Camila Fuentes, a logistics analyst in
Valparaíso (America/Santiago), September to mid-December 2026.

Written blind (without reading the detector, its tests or the other held-out sets) by a helper
session. Keys 1-23 are positives, 24-50 negatives; the file number of the mail written key-th is
ORDER[key - 1]. Build and check: python3 bench/heldout/make_blind.py blind98
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
    mail,
    message,
    mixed,
    received,
    t,
    text,
)

SET = "blind98"
ORDER = random.Random(98098).sample(range(1, 51), 50)
ME = "camila.fuentes@example.org"
CAMILA = addr("Camila Fuentes", ME)
CL = "America/Santiago"

# Windows zone names used by the Exchange mails of this set (the checker maps them to IANA).
make.WINDOWS_ZONES.setdefault("Pacific SA Standard Time", "America/Santiago")
make.WINDOWS_ZONES.setdefault("Argentina Standard Time", "America/Argentina/Buenos_Aires")
make.WINDOWS_ZONES.setdefault("SA Pacific Standard Time", "America/Bogota")

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

VTZ_PSA = """BEGIN:VTIMEZONE
TZID:Pacific SA Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:-0400
TZOFFSETTO:-0300
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=9
END:DAYLIGHT
END:VTIMEZONE"""

VTZ_ARG = """BEGIN:VTIMEZONE
TZID:Argentina Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:STANDARD
END:VTIMEZONE"""


def name(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def rcv(host: str, ip: str, when: str, zone: str, qid: str, lag: int = 3) -> tuple[str, str]:
    """Received: header added by Camila's own mail server (Postfix on example.org)."""
    return ("Received", received(f"from {host} ({host} [{ip}])", when, zone,
                                 f"mx1.example.org (Postfix) with ESMTPS id {qid}", ME, lag))


def top(host: str, ip: str, when: str, zone: str, qid: str, lag: int = 3) -> list[tuple[str, str]]:
    return [("Return-Path", "<bounce@" + host.split(".", 1)[1] + ">"), ("Delivered-To", ME),
            rcv(host, ip, when, zone, qid, lag)]


def paras(body: str, wrap: str = "<div>") -> str:
    """A simple HTML twin: one <p> per paragraph, line breaks kept as <br>."""
    import html as _html

    blocks = [b for b in body.strip("\n").split("\n\n") if b]
    inner = "\n".join("<p>" + "<br>\n".join(_html.escape(x, quote=False) for x in b.split("\n")) + "</p>"
                      for b in blocks)
    return f"<html><body>{wrap}\n{inner}\n</div></body></html>\n"


# =========================================================================== positives: scheduled


@mail(name(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      company="Northbeam Freight", contact="dana.whitfield@northbeamfreight.com",
      start="2026-10-08T15:00:00Z", end="2026-10-08T15:45:00Z",
      local="Thu 2026-10-08 11:00", local_end="2026-10-08 11:45", zone="America/New_York",
      note="Greenhouse confirmation sent through the recruiter's Greenhouse identity; 11:00-11:45 AM "
           "EDT (UTC-4 in October) = 15:00-15:45Z; the body also gives 12:00 PM Chile time (UTC-3, "
           "same instant). Contact = human Reply-To.")
def k01() -> bytes:
    body = t("""
        Hi Camila,

        Thanks for making time to speak with us! Your interview for Supply Chain Analyst
        (Remote - LATAM) at Northbeam Freight is confirmed. Details below.

        Interview: Hiring Manager Conversation
        Date: Thursday, October 8, 2026
        Time: 11:00 AM - 11:45 AM EDT (12:00 PM - 12:45 PM Chile time)
        Interviewer: Omar Haddad, Director of Network Planning
        Location: Zoom - https://northbeam.zoom.us/j/84120077613?pwd=bkZ3dVpRa0xBc2hPR1l2

        Omar will want to hear about the lane-level cost modelling you did at your current
        company, so feel free to bring an example (anonymized is fine).

        If anything changes on your end, just reply to this email.

        Best,
        Dana Whitfield
        Senior Technical Recruiter | Northbeam Freight
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2933">
        <p>Hi Camila,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Supply Chain Analyst
        (Remote - LATAM)</b> at Northbeam Freight is confirmed. Details below.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview</b></td><td>Hiring Manager Conversation</td></tr>
        <tr><td><b>Date</b></td><td>Thursday, October 8, 2026</td></tr>
        <tr><td><b>Time</b></td><td>11:00 AM - 11:45 AM EDT (12:00 PM - 12:45 PM Chile time)</td></tr>
        <tr><td><b>Interviewer</b></td><td>Omar Haddad, Director of Network Planning</td></tr>
        <tr><td><b>Location</b></td><td><a href="https://northbeam.zoom.us/j/84120077613?pwd=bkZ3dVpRa0xBc2hPR1l2">Zoom</a></td></tr>
        </table>
        <p>Omar will want to hear about the lane-level cost modelling you did at your current
        company, so feel free to bring an example (anonymized is fine).</p>
        <p>If anything changes on your end, just reply to this email.</p>
        <p>Best,<br>Dana Whitfield<br>Senior Technical Recruiter | Northbeam Freight</p>
        <img src="https://us.greenhouse-mail.io/o/eJwVjEEOgjAQRPc.gif" width="1" height="1" alt="">
        </body></html>
        """)
    when = "2026-10-05 14:12:09"
    hs = top("mail-40127.us.greenhouse-mail.io", "198.2.180.127", when, "America/New_York", "4HkT2x0d1Rz9")
    hs += [
        ("From", addr("Dana Whitfield", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Dana Whitfield", "dana.whitfield@northbeamfreight.com")),
        ("To", CAMILA),
        ("Subject", "Interview Confirmation: Supply Chain Analyst (Remote - LATAM) at Northbeam Freight"),
        ("Date", date(when, "America/New_York")),
        ("Message-ID", "<6712f3a95c1e0_2a4f81b7c4d1028@greenhouse-app-7d9f.mail>"),
        ("X-Mailer", "Greenhouse"),
    ]
    return message(hs, alt(text(body), html(page)))


@mail(name(2), family="lever", lang="es-CL", interview=True, kind="scheduled",
      company="Cordillera Logística SpA", contact="francisca.morales@cordilleralog.cl",
      start="2026-09-08T13:00:00Z", end="2026-09-08T13:45:00Z",
      local="Tue 2026-09-08 10:00", local_end="2026-09-08 10:45", zone=CL,
      note="Lever, sent Thu 3 Sep while Chile is still on UTC-4; Chile moves to UTC-3 on Sun 6 Sep, "
           "so 10:00-10:45 hora de Chile on Tue 8 Sep = 13:00-13:45Z (ICS in UTC agrees). "
           "Contact = human Reply-To.")
def k02() -> bytes:
    body = t("""
        Hola Camila,

        ¡Gracias por tu interés en Cordillera Logística! Te confirmamos tu entrevista para el cargo
        de Analista de Operaciones Logísticas.

        Fecha: martes 8 de septiembre de 2026
        Hora: 10:00 a 10:45 hrs (hora de Chile)
        Modalidad: videollamada (Google Meet) - meet.google.com/xqd-tvkr-pwe
        Entrevistadora: Francisca Morales, Talent Acquisition

        Ojo: este fin de semana cambia la hora en Chile continental, así que revisa que tu
        calendario se haya actualizado.

        Si necesitas reagendar, responde a este correo.

        Saludos,
        Equipo de Personas
        Cordillera Logística SpA
        """)
    page = t("""
        <div style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;max-width:560px">
        <p>Hola Camila,</p>
        <p>¡Gracias por tu interés en Cordillera Logística! Te confirmamos tu entrevista para el cargo de
        <strong>Analista de Operaciones Logísticas</strong>.</p>
        <p><strong>Fecha:</strong> martes 8 de septiembre de 2026<br>
        <strong>Hora:</strong> 10:00 a 10:45 hrs (hora de Chile)<br>
        <strong>Modalidad:</strong> videollamada (Google Meet) - <a href="https://meet.google.com/xqd-tvkr-pwe">meet.google.com/xqd-tvkr-pwe</a><br>
        <strong>Entrevistadora:</strong> Francisca Morales, Talent Acquisition</p>
        <p>Ojo: este fin de semana cambia la hora en Chile continental, así que revisa que tu calendario se haya actualizado.</p>
        <p>Si necesitas reagendar, responde a este correo.</p>
        <p>Saludos,<br>Equipo de Personas<br>Cordillera Logística SpA</p>
        <p style="color:#999;font-size:11px">Sent via Lever</p>
        </div>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Lever Hire//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:lever-iv-5f0c2e71-93a4-4b8e-a1d2-7c60e4f1b8aa
        DTSTAMP:20260903T204011Z
        DTSTART:20260908T130000Z
        DTEND:20260908T134500Z
        SUMMARY:Entrevista - Camila Fuentes - Analista de Operaciones Logísticas
        LOCATION:https://meet.google.com/xqd-tvkr-pwe
        ORGANIZER;CN=Francisca Morales:mailto:francisca.morales@cordilleralog.cl
        ATTENDEE;CN=Camila Fuentes;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camila.fuentes@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-09-03 16:40:11"
    hs = top("mail-sor-f41.hire.lever.co", "209.85.220.41", when, CL, "4Hf0qL1mTz3c")
    hs += [
        ("From", addr("Cordillera Logística", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Francisca Morales", "francisca.morales@cordilleralog.cl")),
        ("To", CAMILA),
        ("Subject", enc("Entrevista confirmada – Analista de Operaciones Logísticas")),
        ("Date", date(when, CL)),
        ("Message-ID", "<0100018f6ac2e1d4-b3c1e7a0-5a2f-4d61-9a08-2f3b7d9c1e55-000000@email.amazonses.com>"),
    ]
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(name(3), family="ashby", lang="en", interview=True, kind="scheduled",
      company="Tidewater Robotics", contact="priya.raman@tidewaterrobotics.com",
      start="2026-11-03T17:00:00Z", end="2026-11-03T18:00:00Z",
      local="Tue 2026-11-03 09:00", local_end="2026-11-03 10:00", zone="America/Los_Angeles",
      note="Ashby, sent Thu 29 Oct in PDT; US clocks go back on Sun 1 Nov, so 9:00-10:00 AM PST "
           "(UTC-8) on Tue 3 Nov = 17:00-18:00Z; the body's 2:00 PM Santiago (UTC-3) agrees, ICS in "
           "America/Los_Angeles too. Contact = Reply-To recruiter / ORGANIZER.")
def k03() -> bytes:
    body = t("""
        Hi Camila,

        You're all set! Here are the details for your upcoming interview with Tidewater Robotics.

        Operations Analytics Interview
        Tuesday, November 3, 2026
        9:00 AM - 10:00 AM PST (2:00 PM - 3:00 PM in Santiago)

        Interviewers:
          - Marcus Lee, Head of Fulfillment Operations
          - Hannah Oyelaran, Senior Data Analyst

        Join with Google Meet: https://meet.google.com/bhw-qpzn-ruk

        Heads up: daylight saving time ends in the US on November 1, so the gap between
        Pacific time and Chile is five hours that week.

        Need to reschedule? Reply to this email and Priya will help.

        Tidewater Robotics Recruiting
        Powered by Ashby
        """)
    page = t("""
        <!DOCTYPE html><html><body style="margin:0;background:#f6f7f9">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" style="background:#fff;padding:24px;font-family:Inter,Arial,sans-serif;font-size:14px">
        <tr><td>
        <p>Hi Camila,</p>
        <p>You're all set! Here are the details for your upcoming interview with Tidewater Robotics.</p>
        <h3 style="margin:16px 0 4px">Operations Analytics Interview</h3>
        <p style="margin:0">Tuesday, November 3, 2026<br>9:00 AM - 10:00 AM PST (2:00 PM - 3:00 PM in Santiago)</p>
        <p><b>Interviewers</b><br>Marcus Lee, Head of Fulfillment Operations<br>Hannah Oyelaran, Senior Data Analyst</p>
        <p><a href="https://meet.google.com/bhw-qpzn-ruk" style="background:#4b3fe0;color:#fff;padding:8px 14px;border-radius:6px;text-decoration:none">Join with Google Meet</a></p>
        <p>Heads up: daylight saving time ends in the US on November 1, so the gap between Pacific time and Chile is five hours that week.</p>
        <p>Need to reschedule? Reply to this email and Priya will help.</p>
        <p style="color:#8a8f98;font-size:12px">Tidewater Robotics Recruiting &middot; Powered by Ashby</p>
        </td></tr></table></td></tr></table></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ_LA + "\n" + t("""
        BEGIN:VEVENT
        UID:ashby-7c1b04e2-6d0f-4f5b-b9f3-0e6a5b2c8d17
        DTSTAMP:20261029T170512Z
        DTSTART;TZID=America/Los_Angeles:20261103T090000
        DTEND;TZID=America/Los_Angeles:20261103T100000
        SUMMARY:Tidewater Robotics - Operations Analytics Interview (Camila Fuentes)
        LOCATION:https://meet.google.com/bhw-qpzn-ruk
        ORGANIZER;CN=Priya Raman:mailto:priya.raman@tidewaterrobotics.com
        ATTENDEE;CN=Camila Fuentes;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camila.fuentes@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-29 10:05:12"
    hs = top("a9-30.smtp-out.amazonses.com", "54.240.9.30", when, "America/Los_Angeles", "4Hm1Rb2wKp7Q")
    hs += [
        ("From", addr("Tidewater Robotics", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Priya Raman", "priya.raman@tidewaterrobotics.com")),
        ("To", CAMILA),
        ("Subject", "Interview confirmed: Operations Analytics at Tidewater Robotics"),
        ("Date", date(when, "America/Los_Angeles")),
        ("Message-ID", "<0101019a2f4e7c11-8e2d0b51-3f7a-4c6e-b1d8-a90f3e2c7b64-000000@us-west-2.amazonses.com>"),
    ]
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(name(4), family="workday", lang="es-PE", interview=True, kind="scheduled",
      company="Andina Retail Distribución S.A.C.", contact="rquispe@andinaretail.pe",
      start="2026-10-15T14:00:00Z", end="2026-10-15T15:00:00Z",
      local="Thu 2026-10-15 09:00", local_end="2026-10-15 10:00", zone="America/Lima",
      note="Workday, HTML only (base64); 09:00 hora de Lima (UTC-5, no DST) for 60 minutes = "
           "14:00-15:00Z. Sender is the tenant's Workday address; contact = the recruiter's address "
           "in the body.")
def k04() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
        <table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
        <tr><td style="background:#0b3d6b;color:#fff;padding:14px 20px;font-size:18px">Andina Retail Distribución</td></tr>
        <tr><td style="padding:20px">
        <p>Estimada Camila Fuentes:</p>
        <p>Le confirmamos que su entrevista para la posición <b>R-004812 Analista de Planeamiento de Demanda</b>
        ha sido programada con el siguiente detalle:</p>
        <table cellpadding="3">
        <tr><td>Tipo de entrevista:</td><td>Entrevista por competencias (virtual)</td></tr>
        <tr><td>Fecha:</td><td>jueves, 15 de octubre de 2026</td></tr>
        <tr><td>Hora:</td><td>09:00 a. m. (hora de Lima, GMT-05:00)</td></tr>
        <tr><td>Duración:</td><td>60 minutos</td></tr>
        <tr><td>Entrevistador(a):</td><td>Luis Alberto Chávez - Jefe de Planeamiento</td></tr>
        <tr><td>Enlace:</td><td><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE4ZDVj%40thread.v2/0">Unirse a Microsoft Teams</a></td></tr>
        </table>
        <p>Le recomendamos ingresar cinco minutos antes y tener a mano su documento de identidad.
        Si tiene alguna consulta, puede escribir a Rosa Quispe, Analista de Selección
        (<a href="mailto:rquispe@andinaretail.pe">rquispe@andinaretail.pe</a>).</p>
        <p>Puede revisar el estado de su postulación ingresando a su <a href="https://wd3.myworkdaysite.com/recruiting/andinaretail/Careers/userHome">página de candidato</a>.</p>
        <p>Atentamente,<br>Gestión del Talento<br>Andina Retail Distribución S.A.C.</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888;padding:10px 20px">Este es un mensaje automático, por favor no responda a este correo.</td></tr>
        </table></body></html>
        """)
    when = "2026-10-09 11:20:44"
    hs = top("smtp-out-17.myworkday.com", "139.138.57.17", when, "America/Lima", "4Hg8Yt6cNv1D")
    hs += [
        ("From", addr("Andina Retail", "andinaretail@myworkday.com")),
        ("To", "camila.fuentes@example.org"),
        ("Subject", enc("Confirmación de entrevista - R-004812 Analista de Planeamiento de Demanda")),
        ("Date", date(when, "America/Lima")),
        ("Message-ID", "<1408774521.88213.1791562844190@wd3-prod-ntf-0412.myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(hs, html(page, cte="base64"))


@mail(name(5), family="smartrecruiters", lang="es-ES", interview=True, kind="scheduled",
      company="Vértice Supply Chain S.L.", contact="lucia.herrero@verticesc.es",
      start="2026-10-26T15:00:00Z", end=None,
      local="Mon 2026-10-26 16:00", zone="Europe/Madrid",
      note="SmartRecruiters, Spain Spanish; sent 20 Oct in CEST, but Spain returns to CET on Sun 25 Oct, "
           "so lunes 26 a las 16:00 hora peninsular = 15:00Z (the body's 12:00 en Chile, UTC-3, "
           "agrees). 'unos 45 minutos' is approximate -> end null. Contact = human Reply-To.")
def k05() -> bytes:
    body = t("""
        Hola, Camila:

        Gracias por tu candidatura a Analista de Logística Internacional (LATAM) en Vértice Supply
        Chain. Nos encantaría conocerte, así que te confirmamos la primera entrevista:

          Día: lunes, 26 de octubre de 2026
          Hora: 16:00 (hora peninsular española) - las 12:00 en Chile
          Formato: videollamada por Microsoft Teams (te llegará el enlace aparte)
          Con: Lucía Herrero (Talento) y Andrés Gil (Responsable de Tráfico Marítimo)

        Será una charla de unos 45 minutos. Ten en cuenta que el domingo 25 cambiamos la hora en
        España, así que la diferencia con Chile esa semana es de cuatro horas.

        Cualquier cosa, responde a este correo y lo vemos.

        Un saludo,
        Lucía Herrero
        Talent Acquisition - Vértice Supply Chain
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5">
        <p>Hola, Camila:</p>
        <p>Gracias por tu candidatura a <b>Analista de Logística Internacional (LATAM)</b> en Vértice Supply Chain.
        Nos encantaría conocerte, así que te confirmamos la primera entrevista:</p>
        <ul>
        <li><b>Día:</b> lunes, 26 de octubre de 2026</li>
        <li><b>Hora:</b> 16:00 (hora peninsular española) - las 12:00 en Chile</li>
        <li><b>Formato:</b> videollamada por Microsoft Teams (te llegará el enlace aparte)</li>
        <li><b>Con:</b> Lucía Herrero (Talento) y Andrés Gil (Responsable de Tráfico Marítimo)</li>
        </ul>
        <p>Será una charla de unos 45 minutos. Ten en cuenta que el domingo 25 cambiamos la hora en España, así que la diferencia con Chile esa semana es de cuatro horas.</p>
        <p>Cualquier cosa, responde a este correo y lo vemos.</p>
        <p>Un saludo,<br>Lucía Herrero<br>Talent Acquisition - Vértice Supply Chain</p>
        <p style="font-size:11px;color:#999">Powered by SmartRecruiters</p>
        </body></html>
        """)
    when = "2026-10-20 13:15:27"
    hs = top("mail-a12.smartrecruiters.com", "185.250.236.12", when, "Europe/Madrid", "4Hp9Wd3sLq2F")
    hs += [
        ("From", addr("Vértice Supply Chain", "noreply@smartrecruiters.com")),
        ("Reply-To", addr("Lucía Herrero", "lucia.herrero@verticesc.es")),
        ("To", CAMILA),
        ("Subject", enc("Tu entrevista con Vértice Supply Chain – lunes 26 de octubre")),
        ("Date", date(when, "Europe/Madrid")),
        ("Message-ID", "<sr.msg.8f21c6a0e4b34d1f.candidate@smartrecruiters.com>"),
    ]
    return message(hs, alt(text(body, cte="8bit"), html(page, cte="8bit")))


@mail(name(6), family="teamtailor", lang="es-CL", interview=True, kind="scheduled",
      company="Puerto Claro Importaciones", contact="ignacio.paredes@puertoclaro.cl",
      start="2026-09-21T13:00:00Z", end=None,
      local="Mon 2026-09-21 10:00", zone=CL,
      note="Teamtailor message, Wed 16 Sep: 'el lunes que viene (21 de septiembre), a las 10:00 hrs' in "
           "Viña del Mar; Chile already on UTC-3 -> 13:00Z. Reply-To is a Teamtailor relay; contact = "
           "the recruiter's address in the signature.", days=(("Mon", "2026-09-21"),))
def k06() -> bytes:
    body = t("""
        Hola Camila, ¿cómo estás?

        Te escribo de Puerto Claro para contarte que pasaste a la siguiente etapa del proceso de
        Analista de Comercio Exterior. Te dejamos agendada la entrevista presencial para el lunes
        que viene (21 de septiembre), a las 10:00 hrs, después de las Fiestas Patrias.

        Dirección: 1 Poniente 1180, piso 3, Viña del Mar.
        Estará la jefa de Comex, Daniela Pino, y yo.

        Trae tu cédula para registrarte en la portería del edificio. Si por algún motivo no puedes
        asistir, avísame con tiempo para mover la hora.

        ¡Que pases unas lindas fiestas!

        Ignacio Paredes
        Reclutamiento y Selección | Puerto Claro Importaciones
        ignacio.paredes@puertoclaro.cl | +56 32 268 4410
        """)
    page = paras(body, '<div style="font-family:Arial,sans-serif;font-size:14px;color:#292929">')
    when = "2026-09-16 12:31:50"
    hs = top("mx-out-3.teamtailor-mail.com", "168.245.34.3", when, CL, "4HbVn5KqYw8M")
    hs += [
        ("From", addr("Ignacio Paredes - Puerto Claro", "no-reply@teamtailor-mail.com")),
        ("Reply-To", "reply+c8f2a61d-puertoclaro@teamtailor-mail.com"),
        ("To", CAMILA),
        ("Subject", enc("Entrevista presencial – Analista de Comercio Exterior")),
        ("Date", date(when, CL)),
        ("Message-ID", "<66e84bd6a1f3e_9c2a0d5b3e7f41@teamtailor-mailer-5.mail>"),
    ]
    return message(hs, alt(text(body), html(page)))


@mail(name(7), family="calendly", lang="en", interview=True, kind="scheduled",
      company="Harborlight Logistics", contact="megan.oconnell@harborlightlogistics.com",
      start="2026-11-04T13:00:00Z", end="2026-11-04T13:30:00Z",
      local="Wed 2026-11-04 10:00", local_end="2026-11-04 10:30", zone=CL,
      note="Calendly invitee confirmation shown in the invitee's zone: 10:00am-10:30am 'Chile Time' "
           "(America/Santiago, UTC-3 in November) = 13:00-13:30Z; ICS in UTC agrees. The recruiter is "
           "US-based but no Eastern time is given. Contact = Reply-To host.")
def k07() -> bytes:
    body = t("""
        Hi Camila Fuentes,

        Your event has been scheduled.

        Event Type:
        Recruiter Screen - Inventory Analyst (30 min)

        Invitee:
        Camila Fuentes

        Date & Time:
        10:00am - 10:30am (Chile Time), Wednesday, November 4, 2026

        Location:
        This is a Zoom web conference.
        https://us06web.zoom.us/j/81937764205

        Host:
        Megan O'Connell - Harborlight Logistics

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/3c1e7b20-4ad8-45f1-9e1b-60c2f9d5a7e3
        Reschedule: https://calendly.com/reschedulings/3c1e7b20-4ad8-45f1-9e1b-60c2f9d5a7e3

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:proxima-nova,Helvetica,Arial,sans-serif;color:#1a1a1a">
        <div style="max-width:520px;margin:0 auto;padding:24px">
        <p>Hi Camila Fuentes,</p>
        <p>Your event has been scheduled.</p>
        <p><b>Event Type:</b><br>Recruiter Screen - Inventory Analyst (30 min)</p>
        <p><b>Invitee:</b><br>Camila Fuentes</p>
        <p><b>Date &amp; Time:</b><br>10:00am - 10:30am (Chile Time), Wednesday, November 4, 2026</p>
        <p><b>Location:</b><br>This is a Zoom web conference.<br><a href="https://us06web.zoom.us/j/81937764205">https://us06web.zoom.us/j/81937764205</a></p>
        <p><b>Host:</b><br>Megan O'Connell - Harborlight Logistics</p>
        <p>Need to make changes to this event?<br>
        <a href="https://calendly.com/cancellations/3c1e7b20-4ad8-45f1-9e1b-60c2f9d5a7e3">Cancel</a> &middot;
        <a href="https://calendly.com/reschedulings/3c1e7b20-4ad8-45f1-9e1b-60c2f9d5a7e3">Reschedule</a></p>
        <p style="font-size:12px;color:#666">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:3c1e7b20-4ad8-45f1-9e1b-60c2f9d5a7e3@calendly.com
        DTSTAMP:20261102T121420Z
        DTSTART:20261104T130000Z
        DTEND:20261104T133000Z
        SUMMARY:Camila Fuentes and Megan O'Connell
        DESCRIPTION:Event Name: Recruiter Screen - Inventory Analyst (30 min)\\n\\nLocation: https://us06web.zoom.us/j/81937764205
        LOCATION:https://us06web.zoom.us/j/81937764205
        ORGANIZER;CN=Megan O'Connell:mailto:megan.oconnell@harborlightlogistics.com
        ATTENDEE;CN=Camila Fuentes;PARTSTAT=ACCEPTED:mailto:camila.fuentes@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-11-02 12:14:20"
    hs = top("o1.email.calendly.com", "167.89.118.52", when, "UTC", "4HqZ3c7TfB0k")
    hs += [
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Megan O'Connell", "megan.oconnell@harborlightlogistics.com")),
        ("To", CAMILA),
        ("Subject", "Confirmed: Recruiter Screen - Inventory Analyst (30 min) with Megan O'Connell "
                    "on Wednesday, November 4, 2026"),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<3c1e7b20-4ad8-45f1-9e1b-60c2f9d5a7e3.invitee@calendly.com>"),
    ]
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(name(8), family="google_calendar", lang="es-CL", interview=True, kind="scheduled",
      company="Fletio SpA", contact="tomas.vergara@fletio.cl",
      start="2026-11-17T18:00:00Z", end="2026-11-17T19:00:00Z",
      local="Tue 2026-11-17 15:00", local_end="2026-11-17 16:00", zone=CL,
      note="Google Calendar invitation (Spanish UI): 'mar 17 nov 2026 15:00 - 16:00 (GMT-3)', "
           "ICS TZID America/Santiago -> 18:00-19:00Z. Contact = organiser.")
def k08() -> bytes:
    body = t("""
        Tomás Vergara te ha invitado a un evento.

        Entrevista técnica: Camila Fuentes / Fletio
        martes, 17 de noviembre de 2026 · 15:00 – 16:00
        Zona horaria: Hora de Chile - Santiago

        Unirse con Google Meet
        meet.google.com/rzo-kcfn-mbd

        Invitados
        Tomás Vergara - organizador
        Camila Fuentes
        Bárbara Lagos

        Hola Camila! Como conversamos, en esta entrevista revisamos el caso de ruteo que te
        mandamos. Son 60 minutos, la mitad para tu presentación y la otra mitad preguntas.

        ¿Asistirás? Sí - Quizás - No  Más opciones
        https://calendar.google.com/calendar/event?action=RESPOND&eid=NXFxa2t1bjJ2&rst=1

        Invitación de Google Calendar
        Recibes este correo en camila.fuentes@example.org porque estás suscrito a las
        invitaciones del evento.
        """)
    page = t("""
        <html><body style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <div style="padding:16px;max-width:600px">
        <p style="font-size:14px;color:#3c4043">Tomás Vergara te ha invitado a un evento.</p>
        <h2 style="font-weight:400;color:#3c4043">Entrevista técnica: Camila Fuentes / Fletio</h2>
        <p>martes, 17 de noviembre de 2026 &middot; 15:00 – 16:00<br>
        <span style="color:#70757a">Zona horaria: Hora de Chile - Santiago</span></p>
        <p><a href="https://meet.google.com/rzo-kcfn-mbd" style="background:#1a73e8;color:#fff;padding:6px 12px;border-radius:4px;text-decoration:none">Unirse con Google Meet</a><br>meet.google.com/rzo-kcfn-mbd</p>
        <p><b>Invitados</b><br>Tomás Vergara - organizador<br>Camila Fuentes<br>Bárbara Lagos</p>
        <p>Hola Camila! Como conversamos, en esta entrevista revisamos el caso de ruteo que te mandamos.
        Son 60 minutos, la mitad para tu presentación y la otra mitad preguntas.</p>
        <p style="font-size:12px;color:#70757a">Invitación de Google Calendar</p>
        </div></body></html>
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n" \
          "CALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + VTZ_SANTIAGO + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Santiago:20261117T150000
        DTEND;TZID=America/Santiago:20261117T160000
        DTSTAMP:20261111T212233Z
        ORGANIZER;CN=Tomás Vergara:mailto:tomas.vergara@fletio.cl
        UID:5qqkkun2v0d3h1a9r7s6e4c2b8@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camila.fuentes@example.org;X-NUM-GUESTS=0:mailto:camila.fuentes@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Bárbara Lagos;X-NUM-GUESTS=0:mailto:barbara.lagos@fletio.cl
        X-GOOGLE-CONFERENCE:https://meet.google.com/rzo-kcfn-mbd
        DESCRIPTION:Hola Camila! Como conversamos\\, en esta entrevista revisamos el caso de ruteo que te mandamos.
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista técnica: Camila Fuentes / Fletio
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-11-11 18:22:33"
    hs = top("mail-sor-f73.google.com", "209.85.220.73", when, CL, "4HsK8v1PqL5n", lag=1)
    hs += [
        ("From", addr("Tomás Vergara", "tomas.vergara@fletio.cl")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Reply-To", "tomas.vergara@fletio.cl"),
        ("To", ME),
        ("Subject", enc("Invitación: Entrevista técnica: Camila Fuentes / Fletio @ mar 17 nov 2026 "
                        "15:00 - 16:00 (GMT-3) (camila.fuentes@example.org)")),
        ("Date", date(when, CL)),
        ("Message-ID", "<calendar-8b1f0e3a-5c27-4d9e-a0f6-12c4e8b7d3f9@google.com>"),
    ]
    return message(hs, mixed(alt(text(body, charset="UTF-8"), html(page, charset="UTF-8"),
                                 calendar(ics, cte="base64")),
                             calendar(ics, method=None, ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(name(9), family="zoom", lang="es-AR", interview=True, kind="scheduled",
      company="Pampa Frío S.A.", contact="jferraro@pampafrio.com.ar",
      start="2026-11-12T14:00:00Z", end=None,
      local="Thu 2026-11-12 11:00", zone="America/Argentina/Buenos_Aires",
      note="Argentine recruiter with a pasted Zoom block 'Hora: 12 nov 2026 11:00 a. m. Buenos Aires, "
           "Georgetown' (UTC-3) -> 14:00Z; she notes it is the same hour in Chile (UTC-3 in summer). "
           "No length -> end null. Contact = sender.")
def k09() -> bytes:
    body = t("""
        Hola Camila, ¿cómo estás?

        Te paso los datos para la entrevista con Martín Sosa, gerente de Operaciones, el jueves 12.
        Es a las 11 de Buenos Aires, que en esta época es la misma hora que en Chile, así que no
        hay lío con la diferencia horaria.

        ----
        Julieta Ferraro le está invitando a una reunión de Zoom programada.

        Tema: Entrevista Camila Fuentes - Analista de Planeamiento (Pampa Frío)
        Hora: 12 nov 2026 11:00 a. m. Buenos Aires, Georgetown

        Unirse a la reunión Zoom
        https://us02web.zoom.us/j/86412093357?pwd=Q2ZtUlN1dGxqZ0N5bm1wT3Jr

        ID de reunión: 864 1209 3357
        Código de acceso: 517204
        ----

        Cualquier cosa me escribís por acá o al WhatsApp.

        Abrazo,
        Juli

        --
        Julieta Ferraro
        Selección y Desarrollo | Pampa Frío S.A.
        Av. Pedro de Mendoza 2163, CABA
        """)
    when = "2026-11-09 17:30:02"
    hs = [("Delivered-To", ME),
          rcv("mail-ej1-f54.google.com", "209.85.218.54", when, "America/Argentina/Buenos_Aires", "4HrJ0w5XcD9s")]
    hs += [
        ("From", addr("Julieta Ferraro", "jferraro@pampafrio.com.ar")),
        ("To", addr("Camila Fuentes", ME)),
        ("Subject", enc("Entrevista jueves 12 – Pampa Frío")),
        ("Date", date(when, "America/Argentina/Buenos_Aires")),
        ("Message-ID", "<CAJp7fQ2mZr0y=Kd8XwTqN4vB1s6LhE9aR3oUj5cGt@mail.gmail.com>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(name(10), family="human_prose", lang="es-CL", interview=True, kind="scheduled",
      company="Terminal Cerro Barón S.A.", contact="raraya@terminalbaron.cl",
      start="2026-10-15T14:00:00Z", end=None,
      local="Thu 2026-10-15 11:00", zone=CL,
      note="Phone-written reply, Tue 13 Oct 20:47: 'pasado mañana jueves a las 11:00 hrs' = Thu 15 Oct, "
           "Valparaíso, UTC-3 -> 14:00Z. Camila's accepted slot is quoted below. Contact = sender.")
def k10() -> bytes:
    body = t("""
        Hola Camila! Perfecto, te confirmo entonces para pasado mañana jueves a las 11:00 hrs aca en
        las oficinas de calle Blanco 1131, piso 5. Pregunta por mi en recepcion y te hacen pasar.
        Va a estar tambien el subgerente de operaciones.

        Saludos y ahi nos vemos

        Rodrigo

        Enviado desde mi iPhone

        > El 13-10-2026, a las 18:02, Camila Fuentes <camila.fuentes@example.org> escribió:
        >
        > Hola Rodrigo,
        > Muchas gracias por la llamada de hoy. El jueves en la mañana me acomoda perfecto,
        > cualquier hora entre 10 y 12.
        > Saludos,
        > Camila
        """)
    when = "2026-10-13 20:47:31"
    hs = [("Delivered-To", ME),
          rcv("mail.terminalbaron.cl", "200.14.85.77", when, CL, "4HhC5m2RtV8p", lag=6)]
    hs += [
        ("From", addr("Rodrigo Araya", "raraya@terminalbaron.cl")),
        ("To", addr("Camila Fuentes", ME)),
        ("Subject", "Re: Entrevista jueves"),
        ("Date", date(when, CL)),
        ("Message-ID", "<4E1B8C0A-77F2-4B1D-9A3E-0C6D5F2E81A4@terminalbaron.cl>"),
        ("In-Reply-To", "<CAOq3bXk0pT1e9VfZ=7hWm2Ls4nYc8dQ@mail.example.org>"),
        ("References", "<CAOq3bXk0pT1e9VfZ=7hWm2Ls4nYc8dQ@mail.example.org>"),
        ("X-Mailer", "iPhone Mail (21H16)"),
    ]
    return message(hs, text(body, cte="8bit", params="format=flowed"))


@mail(name(11), family="human_prose", lang="es-CL", interview=True, kind="scheduled",
      company="Distribuidora Los Aromos S.A.", contact="psoto@losaromos.cl",
      start="2026-09-30T12:30:00Z", end="2026-09-30T13:30:00Z",
      local="Wed 2026-09-30 09:30", local_end="2026-09-30 10:30", zone=CL,
      note="Formal usted citation, iso-8859-1 quoted-printable: miércoles 30 de septiembre 09:30 hrs "
           "(hora continental, UTC-3 after 6 Sep), 'duración de una hora' -> 12:30-13:30Z. "
           "'Favor confirmar asistencia' does not make the time tentative: the employer fixed it. "
           "Contact = sender (not the seleccion@ box in cc).")
def k11() -> bytes:
    body = t("""
        Estimada Sra. Fuentes:

        Junto con saludar, y en relación a su postulación al cargo de Analista de Abastecimiento,
        por medio del presente la citamos a entrevista con la Jefatura de Abastecimiento y
        Logística, según el siguiente detalle:

        Día: miércoles 30 de septiembre de 2026
        Hora: 09:30 hrs. (hora continental)
        Duración: una hora
        Lugar: Av. Apoquindo 4499, piso 11, Las Condes, Santiago

        Se solicita presentarse con 10 minutos de anticipación. El estacionamiento de visitas
        está en el nivel -2.

        Favor confirmar su asistencia respondiendo este correo.

        Sin otro particular, le saluda atentamente,

        Patricia Soto Pizarro
        Analista de Selección
        Gerencia de Personas - Distribuidora Los Aromos S.A.
        Fono: +56 2 2940 7731
        """)
    when = "2026-09-24 12:05:40"
    hs = [("Delivered-To", ME),
          rcv("mail-scl1.losaromos.cl", "190.98.221.12", when, CL, "4Hd2Lp9KfN4w")]
    hs += [
        ("From", addr("Patricia Soto Pizarro", "psoto@losaromos.cl")),
        ("To", addr("Camila Fuentes", ME)),
        ("Cc", addr("Selección Los Aromos", "seleccion@losaromos.cl")),
        ("Subject", enc("Citación a entrevista - Analista de Abastecimiento", "iso-8859-1")),
        ("Date", date(when, CL)),
        ("Message-ID", "<000c01db2e8a$5f3a1b20$1dae5160$@losaromos.cl>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "es-cl"),
    ]
    return message(hs, text(body, charset="iso-8859-1"))


@mail(name(12), family="workable", lang="en", interview=True, kind="scheduled",
      company="Quayside Analytics", contact=None,
      start="2026-12-03T19:00:00Z", end="2026-12-03T19:45:00Z",
      local="Thu 2026-12-03 14:00", local_end="2026-12-03 14:45", zone="America/New_York",
      note="Workable; 2:00-2:45 PM EST (UTC-5 in December) = 19:00-19:45Z, ICS in America/New_York "
           "agrees. Reply-To is a Workable relay and the interviewer is named without an address -> "
           "contact null.")
def k12() -> bytes:
    body = t("""
        Hi Camila,

        Your interview with Quayside Analytics has been scheduled.

        Logistics Data Analyst - Remote (Americas)
        Video interview with Aaron Blake, Head of Operations

        Thursday, December 3, 2026
        2:00 PM - 2:45 PM (EST, America/New_York)

        Video call link: https://meet.google.com/kfe-uvrn-cad

        A calendar invitation is attached. If you need to change the time, please reply to this
        message.

        Kind regards,
        Quayside Analytics Hiring Team

        --
        Sent with Workable
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222">
        <p>Hi Camila,</p>
        <p>Your interview with <b>Quayside Analytics</b> has been scheduled.</p>
        <div style="border:1px solid #e3e3e3;border-radius:4px;padding:12px 16px">
        <div style="font-weight:bold">Logistics Data Analyst - Remote (Americas)</div>
        <div>Video interview with Aaron Blake, Head of Operations</div>
        <div style="margin-top:8px">Thursday, December 3, 2026<br>2:00 PM - 2:45 PM (EST, America/New_York)</div>
        <div style="margin-top:8px"><a href="https://meet.google.com/kfe-uvrn-cad">Join video call</a></div>
        </div>
        <p>A calendar invitation is attached. If you need to change the time, please reply to this message.</p>
        <p>Kind regards,<br>Quayside Analytics Hiring Team</p>
        <p style="font-size:12px;color:#999">Sent with <a href="https://www.workable.com">Workable</a></p>
        </body></html>
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Workable//Interview//EN\nMETHOD:REQUEST\n" + \
        VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:wkbl-int-91c3d7e2a4f6@workable.com
        DTSTAMP:20261127T153012Z
        DTSTART;TZID=America/New_York:20261203T140000
        DTEND;TZID=America/New_York:20261203T144500
        SUMMARY:Interview: Camila Fuentes - Logistics Data Analyst (Quayside Analytics)
        LOCATION:https://meet.google.com/kfe-uvrn-cad
        ORGANIZER;CN=Quayside Analytics:mailto:noreply@candidates.workablemail.com
        ATTENDEE;CN=Camila Fuentes;RSVP=TRUE:mailto:camila.fuentes@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-11-27 10:30:12"
    hs = top("mail-11.workablemail.com", "52.17.201.11", when, "America/New_York", "4HwE6y0GhA3r")
    hs += [
        ("From", addr("Quayside Analytics", "noreply@candidates.workablemail.com")),
        ("Reply-To", "quayside-analytics+a3f91c7e2b@candidates.workablemail.com"),
        ("To", CAMILA),
        ("Subject", "Interview scheduled with Quayside Analytics"),
        ("Date", date(when, "America/New_York")),
        ("Message-ID", "<wkbl.5d2e8f1a7c3b.interview@candidates.workablemail.com>"),
    ]
    return message(hs, mixed(alt(text(body, cte="7bit"), html(page)),
                             calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(name(13), family="goodtime", lang="en", interview=True, kind="scheduled",
      company="Prairieline Transport", contact="keisha.turner@prairieline.com",
      start="2026-12-09T16:00:00Z", end="2026-12-09T17:45:00Z",
      local="Wed 2026-12-09 10:00", local_end="2026-12-09 11:45", zone="America/Chicago",
      note="GoodTime itinerary, two back-to-back sessions 10:00-10:45 and 11:00-11:45 AM Central "
           "(CST, UTC-6 in December): first start to last end = 16:00-17:45Z. Contact = Reply-To "
           "coordinator.")
def k13() -> bytes:
    body = t("""
        Hi Camila,

        We're excited to have you interview with Prairieline Transport! Your final-round
        itinerary is below. Each session has its own calendar invitation from the interviewer.

        Wednesday, December 9, 2026
        All times in Central Time (CST)

        10:00 AM - 10:45 AM   Hiring Manager - Tom Kowalski, Director, Network Operations
        11:00 AM - 11:45 AM   Case Study Panel - Ana Beltrán & Chris Yoon

        Location: Microsoft Teams (links in each invitation)

        Tips for your day:
          * Have Excel or Google Sheets ready for the case study.
          * Keep the 15 minutes between sessions for a break.

        Questions about your schedule? Reply to this email to reach Keisha Turner, Recruiting
        Coordinator.

        Prairieline Transport Talent Team
        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#2d2d2d">
        <p>Hi Camila,</p>
        <p>We're excited to have you interview with Prairieline Transport! Your final-round itinerary is below.
        Each session has its own calendar invitation from the interviewer.</p>
        <h3 style="margin-bottom:2px">Wednesday, December 9, 2026</h3>
        <div style="color:#777;margin-bottom:8px">All times in Central Time (CST)</div>
        <table cellpadding="6" style="border:1px solid #e6e6e6;border-collapse:collapse">
        <tr><td style="border-bottom:1px solid #eee">10:00 AM - 10:45 AM</td><td style="border-bottom:1px solid #eee"><b>Hiring Manager</b><br>Tom Kowalski, Director, Network Operations</td></tr>
        <tr><td>11:00 AM - 11:45 AM</td><td><b>Case Study Panel</b><br>Ana Beltrán &amp; Chris Yoon</td></tr>
        </table>
        <p>Location: Microsoft Teams (links in each invitation)</p>
        <p><b>Tips for your day:</b></p>
        <ul><li>Have Excel or Google Sheets ready for the case study.</li><li>Keep the 15 minutes between sessions for a break.</li></ul>
        <p>Questions about your schedule? Reply to this email to reach Keisha Turner, Recruiting Coordinator.</p>
        <p>Prairieline Transport Talent Team</p>
        <p style="font-size:11px;color:#aaa">Scheduled with GoodTime</p>
        </body></html>
        """)
    when = "2026-11-30 09:02:47"
    hs = top("mail-out-4.goodtime.io", "149.72.160.44", when, "America/Chicago", "4Hx7Qa2ZmC6v")
    hs += [
        ("From", addr("Prairieline Transport Recruiting", "no-reply@goodtime.io")),
        ("Reply-To", addr("Keisha Turner", "keisha.turner@prairieline.com")),
        ("To", CAMILA),
        ("Subject", "Your interview itinerary - Prairieline Transport (Wed, Dec 9)"),
        ("Date", date(when, "America/Chicago")),
        ("Message-ID", "<gt-itin-20261130-7f3e9a21c4@goodtime.io>"),
    ]
    return message(hs, alt(text(body), html(page)))


@mail(name(14), family="human_prose", lang="en", interview=True, kind="scheduled",
      company="Ferrowind Energy", contact="greg.sandoval@ferrowind.io",
      start="2026-11-18T00:30:00Z", end="2026-11-18T01:00:00Z",
      local="Tue 2026-11-17 16:30", local_end="2026-11-17 17:00", zone="America/Los_Angeles",
      note="Hiring manager reply, Mon 16 Nov 15:40 PST: 'tomorrow (Tuesday) at 4:30pm Pacific, 30 min' "
           "= Tue 17 Nov 16:30 PST (UTC-8) = Wed 18 Nov 00:30Z, another day in UTC (21:30 in "
           "Valparaíso, which he also writes). Contact = sender.")
def k14() -> bytes:
    body = t("""
        Hi Camila,

        Works for me. Let's do tomorrow (Tuesday) at 4:30pm Pacific - that's 9:30pm for you if I
        did the math right, so thanks for taking it that late. 30 min, just the two of us, no prep
        needed beyond what we discussed.

        I'll call you on Meet: meet.google.com/dsh-wqjt-xnu

        Greg

        --
        Greg Sandoval
        VP Supply Chain, Ferrowind Energy
        Seattle, WA

        On Mon, Nov 16, 2026 at 1:12 PM Camila Fuentes <camila.fuentes@example.org> wrote:
        > Hi Greg,
        >
        > Thank you for reaching out after the screen with Lauren. I'm in Valparaíso (Chile),
        > so anything after 6pm my time works for me this week, or Tuesday evening.
        >
        > Best regards,
        > Camila
        """)
    when = "2026-11-16 15:40:05"
    hs = [("Delivered-To", ME),
          rcv("mail-yw1-f177.google.com", "209.85.128.177", when, "America/Los_Angeles", "4HtP1s8DkW2j")]
    hs += [
        ("From", addr("Greg Sandoval", "greg.sandoval@ferrowind.io")),
        ("To", addr("Camila Fuentes", ME)),
        ("Subject", "Re: Ferrowind - next conversation"),
        ("Date", date(when, "America/Los_Angeles")),
        ("Message-ID", "<CAH8s1qTpW3n=Y0b2kVdZc9uLr5XgE6mQf@mail.gmail.com>"),
        ("In-Reply-To", "<CAOq3bXm5Yk2wQ8=fN7rPd1Ht0sLc4jV@mail.example.org>"),
        ("References", "<CAK2v9eRt0sZ4mP7@mail.gmail.com> <CAOq3bXm5Yk2wQ8=fN7rPd1Ht0sLc4jV@mail.example.org>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(name(15), family="google_calendar", lang="es-CL", interview=True, kind="scheduled",
      company="Viña Logistic Park", contact="mibarra@vinalogisticpark.cl",
      start="2026-12-04T19:30:00Z", end=None,
      local="Fri 2026-12-04 16:30", zone=CL,
      note="Google Calendar all-day event (DTSTART;VALUE=DATE 20261204); the time is only in the "
           "description: 'a las 16:30 hrs' in Viña del Mar, UTC-3 -> 19:30Z. Contact = organiser.")
def k15() -> bytes:
    body = t("""
        Marcela Ibarra te ha invitado a un evento.

        Entrevista Camila Fuentes - Jefa de Bodega (VLP)
        viernes, 4 de diciembre de 2026

        Invitados
        Marcela Ibarra - organizador
        Camila Fuentes
        Hernán Tapia

        Hola Camila, te dejo esto en el calendario para que no se nos olvide. La entrevista es a las
        16:30 hrs en la oficina de administración del parque (Camino Internacional km 4,5, Viña del
        Mar, al lado del casino). Te entrevistamos Hernán (gerente de operaciones) y yo.

        ¿Asistirás? Sí - Quizás - No  Más opciones

        Invitación de Google Calendar
        """)
    page = t("""
        <html><body style="font-family:Roboto,Arial,sans-serif;color:#3c4043">
        <p>Marcela Ibarra te ha invitado a un evento.</p>
        <h2 style="font-weight:400">Entrevista Camila Fuentes - Jefa de Bodega (VLP)</h2>
        <p>viernes, 4 de diciembre de 2026</p>
        <p><b>Invitados</b><br>Marcela Ibarra - organizador<br>Camila Fuentes<br>Hernán Tapia</p>
        <p>Hola Camila, te dejo esto en el calendario para que no se nos olvide. La entrevista es a las 16:30 hrs en la
        oficina de administración del parque (Camino Internacional km 4,5, Viña del Mar, al lado del casino).
        Te entrevistamos Hernán (gerente de operaciones) y yo.</p>
        <p style="font-size:12px;color:#70757a">Invitación de Google Calendar</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20261204
        DTEND;VALUE=DATE:20261205
        DTSTAMP:20261130T134409Z
        ORGANIZER;CN=Marcela Ibarra:mailto:mibarra@vinalogisticpark.cl
        UID:2c9tq8h0p5v7m3k1r6n4s2d0fa@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camila.fuentes@example.org;X-NUM-GUESTS=0:mailto:camila.fuentes@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Hernán Tapia;X-NUM-GUESTS=0:mailto:htapia@vinalogisticpark.cl
        DESCRIPTION:Hola Camila\\, te dejo esto en el calendario para que no se nos olvide. La entrevista es a las 16:30 hrs en la oficina de administración del parque (Camino Internacional km 4\\,5\\, Viña del Mar\\, al lado del casino).
        LOCATION:Viña Logistic Park - Administración
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista Camila Fuentes - Jefa de Bodega (VLP)
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-11-30 10:44:09"
    hs = top("mail-sor-f69.google.com", "209.85.220.69", when, CL, "4Hx2Nc6LpR8t", lag=1)
    hs += [
        ("From", addr("Marcela Ibarra", "mibarra@vinalogisticpark.cl")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Reply-To", "mibarra@vinalogisticpark.cl"),
        ("To", ME),
        ("Subject", enc("Invitación: Entrevista Camila Fuentes - Jefa de Bodega (VLP) @ vie 4 dic 2026 "
                        "(camila.fuentes@example.org)")),
        ("Date", date(when, CL)),
        ("Message-ID", "<calendar-1e7d4a90-3b2c-4f85-9d61-c0a8e2f5b347@google.com>"),
    ]
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, cte="base64")),
                             calendar(ics, method=None, ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(name(16), family="forward_self", lang="es-CL", interview=True, kind="scheduled",
      company="Frutexport del Pacífico", contact="fcortes@frutexport.cl",
      start="2026-12-11T15:00:00Z", end=None,
      local="Fri 2026-12-11 12:00", zone=CL,
      note="Camila forwards, from her personal address to her main one, the recruiter's confirmation as "
           "an attached message/rfc822: 'viernes 11 de diciembre a las 12:00 hrs' in Viña, UTC-3 -> "
           "15:00Z; 'unos 40 minutos' -> end null. Contact = the recruiter in the forwarded message.")
def k16() -> bytes:
    inner_body = t("""
        Camila, buenos días:

        Te confirmo la entrevista con el gerente de Exportaciones para el viernes 11 de diciembre a
        las 12:00 hrs, en nuestra oficina de Viña (5 Norte 845, of. 302). Es una conversación de
        unos 40 minutos; la idea es que nos cuentes de tu experiencia con navieras y con la
        temporada de cerezas.

        Quedo atento,

        Felipe Cortés R.
        Jefe de Personas
        Frutexport del Pacífico
        """)
    when_in = "2026-12-07 09:10:33"
    inner = message([
        ("From", addr("Felipe Cortés", "fcortes@frutexport.cl")),
        ("To", addr("Camila Fuentes", "camifuentes.v@example.net")),
        ("Subject", "Entrevista viernes 11/12 - Frutexport"),
        ("Date", date(when_in, CL)),
        ("Message-ID", "<DM6PR04MB71230F9A2C@DM6PR04MB7123.namprd04.prod.outlook.com>"),
        ("Content-Language", "es-CL"),
    ], text(inner_body, charset="windows-1252"))
    outer_body = t("""
        me lo reenvío al correo principal para tenerlo todo junto

        ---
        Camila
        """)
    when = "2026-12-07 21:05:18"
    hs = [("Delivered-To", ME),
          rcv("mail-qt1-f180.google.com", "209.85.160.180", when, CL, "4J0bT3wX9sK1")]
    hs += [
        ("From", addr("Camila F.", "camifuentes.v@example.net")),
        ("To", ME),
        ("Subject", "Fwd: Entrevista viernes 11/12 - Frutexport"),
        ("Date", date(when, CL)),
        ("Message-ID", "<CAEx1mZ9tQ0vN3=pHk4sW7bYf2Lc8Rd@mail.example.net>"),
    ]
    return message(hs, mixed(text(outer_body), attached_message(inner, "Entrevista viernes 11-12.eml")))


# =========================================================================== positives: rescheduled


@mail(name(17), family="recruitee", lang="es-ES", interview=True, kind="rescheduled",
      company="Almacenes Meseta S.A.", contact="sergio.lozano@almacenesmeseta.es",
      start="2026-11-12T14:30:00Z", end="2026-11-12T15:15:00Z",
      local="Thu 2026-11-12 15:30", local_end="2026-11-12 16:15", zone="Europe/Madrid",
      note="Recruitee reschedule with old (mié 11 nov 10:00) and new time: jueves 12 de noviembre "
           "15:30-16:15 hora de Madrid (CET, UTC+1) = 14:30-15:15Z; ICS in UTC, SEQUENCE 1. "
           "Contact = human Reply-To.")
def k17() -> bytes:
    body = t("""
        Hola Camila:

        Te escribimos porque hemos tenido que cambiar la hora de tu entrevista para el puesto de
        Técnico/a de Planificación de Transporte.

        Antes:  miércoles, 11 de noviembre de 2026, 10:00 - 10:45 (hora de Madrid)
        Ahora:  jueves, 12 de noviembre de 2026, 15:30 - 16:15 (hora de Madrid)

        La entrevista sigue siendo por Google Meet con Sergio Lozano y Elena Ruiz. Hemos
        actualizado la invitación de calendario; la anterior ya no es válida.

        Si la nueva hora no te viene bien, contesta a este correo y buscamos otra.

        Un saludo,
        Equipo de Selección de Almacenes Meseta
        """)
    page = paras(body, '<div style="font-family:Arial,sans-serif;font-size:14px">')
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Recruitee//Interview Scheduler//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:recruitee-ev-4418273-almacenesmeseta
        DTSTAMP:20261109T082205Z
        DTSTART:20261112T143000Z
        DTEND:20261112T151500Z
        SUMMARY:Entrevista: Camila Fuentes - Técnico/a de Planificación de Transporte
        LOCATION:https://meet.google.com/ypc-hzar-qem
        ORGANIZER;CN=Sergio Lozano:mailto:sergio.lozano@almacenesmeseta.es
        ATTENDEE;CN=Camila Fuentes;RSVP=TRUE:mailto:camila.fuentes@example.org
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-11-09 09:22:05"
    hs = top("smtp-2.mail.recruitee.com", "18.194.70.2", when, "Europe/Madrid", "4HsA9k3VbJ0m")
    hs += [
        ("From", addr("Almacenes Meseta", "no-reply@mail.recruitee.com")),
        ("Reply-To", addr("Sergio Lozano", "sergio.lozano@almacenesmeseta.es")),
        ("To", CAMILA),
        ("Subject", enc("Cambio de hora de tu entrevista – Almacenes Meseta")),
        ("Date", date(when, "Europe/Madrid")),
        ("Message-ID", "<rec.5fa2c1.interview-rescheduled.4418273@mail.recruitee.com>"),
    ]
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="quoted-printable", filename="entrevista.ics",
                                      disposition="attachment")))


@mail(name(18), family="human_prose", lang="es-CL", interview=True, kind="rescheduled",
      company="Transportes Quintay Ltda.", contact="vriquelme@tquintay.cl",
      start="2026-10-28T18:00:00Z", end=None,
      local="Wed 2026-10-28 15:00", zone=CL,
      note="Recruiter moves the interview 'del martes 27 a las 10:00 al miércoles 28 a las 15:00 hrs', "
           "Valparaíso, UTC-3 -> 18:00Z (new time). Contact = sender.")
def k18() -> bytes:
    body = t("""
        Hola Camila, buenas tardes

        Disculpa el cambio a última hora: a don Sergio (gerente de operaciones) le pusieron un
        comité el martes en la mañana, así que movimos tu entrevista del martes 27 a las 10:00 al
        miércoles 28 de octubre a las 15:00 hrs. Es en la misma dirección (Av. Argentina 351,
        oficina 204, Valparaíso).

        Ya quedó agendado así, pero si te complica me avisas y vemos otra alternativa.

        Disculpa nuevamente y buen fin de semana!

        Valentina Riquelme
        Encargada de RR.HH.
        Transportes Quintay Ltda.
        """)
    when = "2026-10-23 17:50:26"
    hs = [("Delivered-To", ME),
          rcv("mail-eopbgr770082.outbound.protection.outlook.com", "40.107.77.82", when, CL, "4Hn4Fy8QtB2z")]
    hs += [
        ("From", addr("Valentina Riquelme", "vriquelme@tquintay.cl")),
        ("To", addr("Camila Fuentes", ME)),
        ("Subject", enc("Cambio de horario entrevista – Transportes Quintay")),
        ("Date", date(when, CL)),
        ("Message-ID", "<SCYP152MB58841A9C2E07B3F5D6@SCYP152MB5884.LAMP152.PROD.OUTLOOK.COM>"),
        ("Thread-Topic", "Cambio de horario entrevista"),
        ("Content-Language", "es-CL"),
    ]
    page = paras(body, '<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">')
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(name(19), family="google_calendar", lang="en", interview=True, kind="rescheduled",
      company="Lakeshore Supply Co.", contact="nadia.petrov@lakeshoresupply.com",
      start="2026-12-15T18:00:00Z", end="2026-12-15T18:45:00Z",
      local="Tue 2026-12-15 13:00", local_end="2026-12-15 13:45", zone="America/New_York",
      note="Google Calendar 'Updated invitation': moved from Mon Dec 14 11am to Tue Dec 15 1pm-1:45pm "
           "Eastern (EST, UTC-5) = 18:00-18:45Z; ICS SEQUENCE 1 in America/New_York. Contact = "
           "organiser.")
def k19() -> bytes:
    body = t("""
        This event has been updated
        Changed: time

        Interview: Camila Fuentes <> Lakeshore Supply (Demand Planning)
        Tuesday Dec 15, 2026 ⋅ 1pm – 1:45pm (Eastern Time - New York)
        Previously: Monday Dec 14, 2026 ⋅ 11am – 11:45am

        Join with Google Meet
        meet.google.com/ovt-gmjx-wzs

        Guests
        Nadia Petrov - organizer
        Camila Fuentes
        Ben Alvarez

        Sorry for the shuffle, Camila - Ben had a conflict on Monday. Same format, 45 minutes.

        Reply for camila.fuentes@example.org
        Yes - Maybe - No  More options

        Invitation from Google Calendar
        You are receiving this email because you are an attendee on the event.
        """)
    page = t("""
        <html><body style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <div style="max-width:600px;padding:16px">
        <p style="color:#d93025">This event has been updated<br><span style="color:#70757a">Changed: time</span></p>
        <h2 style="font-weight:400">Interview: Camila Fuentes &lt;&gt; Lakeshore Supply (Demand Planning)</h2>
        <p>Tuesday Dec 15, 2026 &#8901; 1pm – 1:45pm (Eastern Time - New York)<br>
        <span style="text-decoration:line-through;color:#70757a">Monday Dec 14, 2026 &#8901; 11am – 11:45am</span></p>
        <p><a href="https://meet.google.com/ovt-gmjx-wzs">Join with Google Meet</a><br>meet.google.com/ovt-gmjx-wzs</p>
        <p><b>Guests</b><br>Nadia Petrov - organizer<br>Camila Fuentes<br>Ben Alvarez</p>
        <p>Sorry for the shuffle, Camila - Ben had a conflict on Monday. Same format, 45 minutes.</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n" \
          "CALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/New_York:20261215T130000
        DTEND;TZID=America/New_York:20261215T134500
        DTSTAMP:20261209T201518Z
        ORGANIZER;CN=Nadia Petrov:mailto:nadia.petrov@lakeshoresupply.com
        UID:6h0e2k9v1s3q5m7p4b8c0d2f6a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=camila.fuentes@example.org;X-NUM-GUESTS=0:mailto:camila.fuentes@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ben Alvarez;X-NUM-GUESTS=0:mailto:ben.alvarez@lakeshoresupply.com
        X-GOOGLE-CONFERENCE:https://meet.google.com/ovt-gmjx-wzs
        DESCRIPTION:Sorry for the shuffle\\, Camila - Ben had a conflict on Monday. Same format\\, 45 minutes.
        LAST-MODIFIED:20261209T201518Z
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Interview: Camila Fuentes <> Lakeshore Supply (Demand Planning)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-12-09 15:15:18"
    hs = top("mail-sor-f69.google.com", "209.85.220.69", when, "America/New_York", "4J1dW5nH3fQ7", lag=1)
    hs += [
        ("From", addr("Nadia Petrov", "nadia.petrov@lakeshoresupply.com")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Reply-To", "nadia.petrov@lakeshoresupply.com"),
        ("To", ME),
        ("Subject", enc("Updated invitation: Interview: Camila Fuentes <> Lakeshore Supply (Demand Planning) "
                        "@ Tue Dec 15, 2026 1pm - 1:45pm (EST) (camila.fuentes@example.org)")),
        ("Date", date(when, "America/New_York")),
        ("Message-ID", "<calendar-9a4c2e71-0f3d-4b68-8e15-d7b2a6c90f43@google.com>"),
    ]
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, cte="base64")),
                             calendar(ics, method=None, ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(name(20), family="exchange", lang="es-CL", interview=True, kind="rescheduled",
      company="Portuaria Andes S.A.", contact="cmunoz@portuariaandes.cl",
      start="2026-11-19T14:00:00Z", end="2026-11-19T15:00:00Z",
      local="Thu 2026-11-19 11:00", local_end="2026-11-19 12:00", zone=CL,
      note="Outlook/Exchange updated meeting (Teams), Windows zone 'Pacific SA Standard Time'. The "
           "display says '(UTC-04:00) Santiago' (the standard offset) but Chile is on UTC-3 in "
           "November: jueves 19 nov 11:00-12:00 = 14:00-15:00Z, which the ICS confirms. Moved from "
           "miércoles 18 a las 16:00. Contact = organiser.")
def k20() -> bytes:
    body = t("""
        Cuándo: jueves, 19 de noviembre de 2026 11:00-12:00 (UTC-04:00) Santiago.
        Dónde: Reunión de Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Hola Camila:

        Te reenvío la invitación con el nuevo horario. La entrevista con el Subgerente de Control
        de Gestión se mueve del miércoles 18 a las 16:00 al jueves 19 a las 11:00 (misma duración,
        una hora). Disculpa las molestias.

        Saludos,
        Carolina Muñoz
        Analista de Reclutamiento | Portuaria Andes S.A.

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse desde el equipo o la aplicación móvil
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk3N2Ey%40thread.v2/0?context=%7b%22Tid%22%3a%22c1f0%22%7d>
        Id. de reunión: 241 887 305 912
        Código de acceso: Zb7Pq2
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="ES-CL"><div class="WordSection1">
        <p class="MsoNormal">Cuándo: jueves, 19 de noviembre de 2026 11:00-12:00 (UTC-04:00) Santiago.<br>Dónde: Reunión de Microsoft Teams</p>
        <p class="MsoNormal">*~*~*~*~*~*~*~*~*~*</p>
        <p class="MsoNormal">Hola Camila:</p>
        <p class="MsoNormal">Te reenvío la invitación con el nuevo horario. La entrevista con el Subgerente de Control de
        Gestión se mueve del miércoles 18 a las 16:00 al jueves 19 a las 11:00 (misma duración, una hora). Disculpa las molestias.</p>
        <p class="MsoNormal">Saludos,<br>Carolina Muñoz<br>Analista de Reclutamiento | Portuaria Andes S.A.</p>
        <div style="margin-top:24px">________________________________________________________________________________<br>
        <span style="font-size:18pt;color:#252424">Reunión de Microsoft Teams</span><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk3N2Ey%40thread.v2/0?context=%7b%22Tid%22%3a%22c1f0%22%7d">Haga clic aquí para unirse a la reunión</a><br>
        Id. de reunión: 241 887 305 912<br>Código de acceso: Zb7Pq2</div>
        </div></body></html>
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + \
        VTZ_PSA + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Carolina Muñoz:mailto:cmunoz@portuariaandes.cl
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camila Fuentes:mailto:camila.fuentes@example.org
        DESCRIPTION;LANGUAGE=es-CL:Hola Camila:\\n\\nTe reenvío la invitación con el nuevo horario.\\n
        UID:040000008200E00074C5B7101A82E00800000000B0C4F2A13C8DDC01000000000000000010000000E2F5A7C1D3B9
        SUMMARY;LANGUAGE=es-CL:Entrevista Camila Fuentes - Analista de Control de Gestión Logística
        DTSTART;TZID=Pacific SA Standard Time:20261119T110000
        DTEND;TZID=Pacific SA Standard Time:20261119T120000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261113T154210Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:2
        LOCATION;LANGUAGE=es-CL:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGINFORMATION:1
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-LOCATIONDISPLAYNAME:Reunión de Microsoft Teams
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-11-13 12:42:10"
    hs = [("Delivered-To", ME),
          rcv("mail-scl2-obe.outbound.protection.outlook.com", "40.107.199.84", when, CL, "4Hr7Bq1MxT5e")]
    hs += [
        ("From", addr("Carolina Muñoz", "cmunoz@portuariaandes.cl")),
        ("To", addr("Camila Fuentes", ME)),
        ("Subject", enc("Actualizado: Entrevista Camila Fuentes - Analista de Control de Gestión Logística")),
        ("Thread-Topic", enc("Entrevista Camila Fuentes - Analista de Control de Gestión Logística")),
        ("Thread-Index", "AdtVq3mJ8s0Q1pHnRkW2Ybz4cA9fEg=="),
        ("Date", date(when, CL)),
        ("Message-ID", "<SCXP152MB6630B7E41F2A9D0C83@SCXP152MB6630.LAMP152.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "es-CL, en-US"),
        ("Content-Language", "es-CL"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64"),
                           calendar(ics, cte="base64")))


# =========================================================================== positives: cancelled


@mail(name(21), family="taleo", lang="es-PE", interview=True, kind="cancelled",
      company="Corporación Aceros del Pacífico S.A.A.", contact="jsalazar@acerosdelpacifico.pe",
      start="2026-12-01T15:00:00Z", end=None,
      local="Tue 2026-12-01 10:00", zone="America/Lima",
      note="Taleo cancellation, windows-1252 quoted-printable, no new time: the cancelled slot is "
           "martes 1 de diciembre 10:00 a. m. hora de Lima (UTC-5) = 15:00Z. Contact = the "
           "recruiter's address in the body.")
def k21() -> bytes:
    body = t("""
        Estimada Camila Fuentes:

        Le informamos que la entrevista programada para el martes 1 de diciembre de 2026 a las
        10:00 a. m. (hora de Lima) para el puesto "Analista de Logística de Salida" (Req. 2600317)
        ha sido cancelada debido a cambios en la planificación del proceso.

        Por el momento no es necesario que realice ninguna acción. En caso se reprograme la
        entrevista, nos comunicaremos con usted por este medio.

        Para cualquier consulta puede comunicarse con Jorge Salazar, Reclutamiento Corporativo,
        al correo jsalazar@acerosdelpacifico.pe.

        Atentamente,

        Gerencia de Gestión Humana
        Corporación Aceros del Pacífico S.A.A.

        ---------------------------------------------------------------
        Este mensaje ha sido generado automáticamente. Por favor no responda.
        """)
    when = "2026-11-27 16:48:02"
    hs = top("omta-ad2-fd1-201-us-phx.mta.taleo.net", "148.87.113.201", when, "America/Lima", "4HwF2t9RzK6c")
    hs += [
        ("From", addr("Aceros del Pacífico - Gestión Humana", "acerosdelpacifico@taleo.net", "windows-1252")),
        ("To", "Camila Fuentes <camila.fuentes@example.org>"),
        ("Subject", enc("Cancelación de entrevista - Analista de Logística de Salida (2600317)", "windows-1252")),
        ("Date", date(when, "America/Lima")),
        ("Message-ID", "<1861223370.40571.1795816082931.JavaMail.taleo@tcc2-prd-app14>"),
    ]
    return message(hs, text(body, charset="windows-1252"))


@mail(name(22), family="calendly", lang="en", interview=True, kind="cancelled",
      company="Cobalt Harbor Logistics", contact="ryan.whitaker@cobaltharbor.com",
      start="2026-10-21T15:00:00Z", end="2026-10-21T15:30:00Z",
      local="Wed 2026-10-21 08:00", local_end="2026-10-21 08:30", zone="America/Los_Angeles",
      note="Calendly cancellation by the host: 8:00am-8:30am Pacific (PDT, UTC-7 in October) = "
           "15:00-15:30Z, ICS METHOD:CANCEL in UTC; the invitee is asked to pick a new time, none is "
           "fixed. Contact = Reply-To host.")
def k22() -> bytes:
    body = t("""
        Hi Camila Fuentes,

        Ryan Whitaker has canceled the following event.

        Event Type:
        Phone Screen - Transportation Analyst

        Date & Time:
        8:00am - 8:30am (Pacific Time - US & Canada), Wednesday, October 21, 2026

        Canceled by:
        Ryan Whitaker

        Reason for canceling:
        So sorry Camila - I have to be at our Long Beach warehouse all day Wednesday. Please grab
        another slot next week using the link below and I'll make it work.

        Schedule a new time: https://calendly.com/ryan-whitaker-cobalt/phone-screen

        Powered by Calendly.com
        """)
    page = paras(body, '<div style="font-family:Helvetica,Arial,sans-serif;max-width:520px">')
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:9e2f4c61-7ab3-4d05-8c1e-53f0a6d2b7c9@calendly.com
        DTSTAMP:20261019T221733Z
        DTSTART:20261021T150000Z
        DTEND:20261021T153000Z
        SUMMARY:Camila Fuentes and Ryan Whitaker
        ORGANIZER;CN=Ryan Whitaker:mailto:ryan.whitaker@cobaltharbor.com
        ATTENDEE;CN=Camila Fuentes:mailto:camila.fuentes@example.org
        STATUS:CANCELLED
        SEQUENCE:1
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-19 22:17:33"
    hs = top("o3.email.calendly.com", "167.89.118.54", when, "UTC", "4HnX0r4GwS8d")
    hs += [
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Ryan Whitaker", "ryan.whitaker@cobaltharbor.com")),
        ("To", CAMILA),
        ("Subject", "Canceled: Phone Screen - Transportation Analyst with Ryan Whitaker on Wednesday, "
                    "October 21, 2026"),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<9e2f4c61-7ab3-4d05-8c1e-53f0a6d2b7c9.cancel.invitee@calendly.com>"),
    ]
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="CANCEL", filename="invite.ics", disposition="attachment")))


@mail(name(23), family="personio", lang="es-ES", interview=True, kind="cancelled",
      company="Ibérica Frío Logística S.L.", contact="marta.galindo@ibericafrio.es",
      start="2026-11-06T16:00:00Z", end="2026-11-06T17:00:00Z",
      local="Fri 2026-11-06 17:00", local_end="2026-11-06 18:00", zone="Europe/Madrid",
      note="Personio cancellation (position filled internally), Spain Spanish: viernes 6 de "
           "noviembre 17:00-18:00 hora de Madrid (CET, UTC+1 since 25 Oct) = 16:00-17:00Z, the "
           "cancelled slot; ICS METHOD:CANCEL in 'Romance Standard Time'. No new time. Contact = "
           "human Reply-To.")
def k23() -> bytes:
    body = t("""
        Hola Camila:

        Lamentamos comunicarte que tenemos que cancelar la entrevista prevista para el viernes
        6 de noviembre de 17:00 a 18:00 (hora de Madrid) para la posición de Coordinador/a de
        Operaciones LATAM.

        La vacante se ha cubierto finalmente con una promoción interna, por lo que hemos cerrado
        el proceso. Sentimos mucho las molestias y te agradecemos de verdad el tiempo que nos has
        dedicado. Guardaremos tu candidatura para futuras posiciones, si nos das tu permiso.

        Un saludo cordial,
        Marta Galindo
        People & Culture - Ibérica Frío Logística
        """)
    page = paras(body, '<div style="font-family:Arial,sans-serif;font-size:14px;color:#1e1e1e">')
    ics = "BEGIN:VCALENDAR\nPRODID:-//Personio//Recruiting//ES\nVERSION:2.0\nMETHOD:CANCEL\n" + t("""
        BEGIN:VTIMEZONE
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
        END:VTIMEZONE
        BEGIN:VEVENT
        UID:personio-interview-77120394@ibericafrio.jobs.personio.de
        DTSTAMP:20261103T101215Z
        DTSTART;TZID=Romance Standard Time:20261106T170000
        DTEND;TZID=Romance Standard Time:20261106T180000
        SUMMARY:Entrevista Camila Fuentes - Coordinador/a de Operaciones LATAM
        ORGANIZER;CN=Marta Galindo:mailto:marta.galindo@ibericafrio.es
        ATTENDEE;CN=Camila Fuentes:mailto:camila.fuentes@example.org
        STATUS:CANCELLED
        SEQUENCE:1
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-11-03 11:12:15"
    hs = top("mail-eu1.personio.de", "3.120.181.44", when, "Europe/Madrid", "4HqL7p2CnV9x")
    hs += [
        ("From", addr("Ibérica Frío Logística", "no-reply@personio.de")),
        ("Reply-To", addr("Marta Galindo", "marta.galindo@ibericafrio.es")),
        ("To", CAMILA),
        ("Subject", enc("Cancelación de tu entrevista – Coordinador/a de Operaciones LATAM")),
        ("Date", date(when, "Europe/Madrid")),
        ("Message-ID", "<20261103101215.77120394.cancel@ibericafrio.jobs.personio.de>"),
    ]
    return message(hs, mixed(alt(text(body, charset="iso-8859-15"), html(page, charset="iso-8859-15")),
                             calendar(ics, method="CANCEL", filename="cancelacion.ics", disposition="attachment")))


# =========================================================================== negatives


@mail(name(24), family="job_centre", lang="es-CL", interview=False, company=None,
      note="Municipal employment office (OMIL) citing Camila to an 'entrevista de orientación laboral' "
           "on martes 6 de octubre at 09:00 hrs: a fixed time, but a job-centre appointment, not a job "
           "interview with an employer.", days=(("Tue", "2026-10-06"),))
def k24() -> bytes:
    body = t("""
        Estimada usuaria CAMILA ANDREA FUENTES SEPÚLVEDA:

        Junto con saludar, la Oficina Municipal de Información Laboral (OMIL) de Valparaíso le
        informa que ha sido citada a una ENTREVISTA DE ORIENTACIÓN LABORAL con su ejecutiva de
        intermediación, en el marco de su inscripción en la Bolsa de Empleo y del Seguro de
        Cesantía.

        Fecha: martes 6 de octubre de 2026
        Hora: 09:00 hrs.
        Lugar: OMIL Valparaíso, Condell 1490, 2° piso, módulo 4
        Ejecutiva: Sra. Gloria Henríquez

        Debe presentarse con su cédula de identidad vigente y su currículum actualizado (impreso).
        La inasistencia sin justificación podría afectar la certificación de búsqueda activa de
        empleo.

        Atentamente,
        OMIL Valparaíso
        Oficina Municipal de Información Laboral

        Este correo es generado automáticamente, favor no responder.
        """)
    when = "2026-10-01 10:14:52"
    hs = [("Delivered-To", ME), rcv("correo.imv-valparaiso.cl", "200.54.31.90", when, CL, "4Hf5Dq8YtN2p")]
    hs += [
        ("From", addr("OMIL Valparaíso", "no-responder@imv-valparaiso.cl", "iso-8859-1")),
        ("To", "CAMILA.FUENTES@EXAMPLE.ORG"),
        ("Subject", enc("CITACIÓN ENTREVISTA DE ORIENTACIÓN LABORAL - OMIL VALPARAÍSO", "iso-8859-1")),
        ("Date", date(when, CL)),
        ("Message-ID", "<20261001131452.5C2A1180E3@correo.imv-valparaiso.cl>"),
        ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
    ]
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@mail(name(25), family="admission_interview", lang="es-CL", interview=False, company=None,
      note="MBA admission interview at a business school, confirmed for jueves 22 de octubre 18:30 hrs: "
           "a fixed 'entrevista', but for a study programme, not a job.", days=(("Thu", "2026-10-22"),))
def k25() -> bytes:
    body = t("""
        Estimada Camila:

        ¡Felicitaciones! Tu postulación al MBA Executive Part-Time 2027 avanzó a la etapa de
        entrevista personal. Te confirmamos la entrevista de admisión:

        Fecha: jueves 22 de octubre de 2026
        Hora: 18:30 hrs (hora de Chile continental)
        Modalidad: presencial, Campus Viña del Mar (Av. Libertad 1348), sala B-204
        Entrevistador: Prof. Rodrigo Maldonado, Director Académico del programa

        La entrevista dura aproximadamente 30 minutos. Te pedimos llegar con 10 minutos de
        anticipación. Si necesitas cambiar la fecha, escríbenos a admision.mba@enp.example.cl.

        Saludos cordiales,

        Admisión MBA
        Escuela de Negocios del Pacífico
        """)
    page = paras(body, '<div style="font-family:Georgia,serif;font-size:15px;color:#14213d">')
    when = "2026-10-14 11:03:19"
    hs = top("mta-07.enp.example.cl", "192.0.2.47", when, CL, "4Hh9Zm3KvP4b")
    hs += [
        ("From", addr("Admisión MBA - Escuela de Negocios del Pacífico", "admision.mba@enp.example.cl")),
        ("To", CAMILA),
        ("Subject", enc("Confirmación entrevista de admisión – MBA Executive Part-Time 2027")),
        ("Date", date(when, CL)),
        ("Message-ID", "<0f1a9c2e.7b3d.4e5a.enp-admision-22871@enp.example.cl>"),
    ]
    return message(hs, alt(text(body), html(page)))


@mail(name(26), family="press", lang="es-CL", interview=False, company=None,
      note="A local journalist confirms an interview WITH Camila about port congestion for mañana "
           "(Fri 11 Sep) at 12:30: a fixed time, but press, not a job interview.",
      days=(("Fri", "2026-09-11"),))
def k26() -> bytes:
    body = t("""
        Hola Camila,

        Muchas gracias por aceptar. Te confirmo entonces la entrevista para la nota sobre la
        congestión de camiones en el acceso sur al puerto: mañana viernes a las 12:30, en el café
        de la esquina de Prat con Urriola (el que tiene terraza). Serán unos 20 minutos y, si te
        parece, le sacamos una foto al final con los contenedores de fondo.

        La nota saldría el domingo en la edición impresa y en la web.

        Un abrazo y gracias de nuevo,

        Paula Contreras
        Periodista - Sección Ciudad
        Diario La Costa, Valparaíso
        +56 9 8812 4407
        """)
    when = "2026-09-10 16:22:08"
    hs = [("Delivered-To", ME), rcv("mail-pf1-f170.google.com", "209.85.210.170", when, CL, "4Hc8Kw2PnF7s")]
    hs += [
        ("From", addr("Paula Contreras", "pcontreras@diariolacosta.example.cl")),
        ("To", addr("Camila Fuentes", ME)),
        ("Subject", enc("Re: Nota congestión acceso sur")),
        ("Date", date(when, CL)),
        ("Message-ID", "<CAF3w8yQnR5t=Pk2mVb7Xs0Lh9Cd4Ej@mail.gmail.com>"),
        ("In-Reply-To", "<CAOq3bXp2sN7yV=4kLd0Wm8Rf6tHc1Q@mail.example.org>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(name(27), family="podcast", lang="en", interview=False, company=None,
      note="US logistics podcast confirms Camila as a guest: recording Thursday, November 19 at 3:00 PM "
           "ET on Riverside. A fixed time, but a podcast interview, not a job interview.",
      days=(("Thu", "2026-11-19"),))
def k27() -> bytes:
    body = t("""
        Hi Camila,

        Thrilled to have you on Last Mile Talk! Here's everything for our recording:

        Episode: "Ports, trucks and patience: a view from Valparaíso"
        Recording: Thursday, November 19 at 3:00 PM ET (5:00 PM in Chile)
        Length: 45 minutes of conversation + 10 minutes of tech check
        Studio link (Riverside): https://riverside.fm/studio/last-mile-talk?t=8c2f91

        A few tips:
          - Wired headphones, please (no AirPods - they mess with the audio).
          - Chrome on a laptop, plugged in.
          - We'll send you the questions on Monday; it's a relaxed conversation, not an interview
            in the scary sense!

        Talk soon,
        Jess Morrow
        Host & Producer, Last Mile Talk
        """)
    when = "2026-11-12 13:40:51"
    hs = [("Delivered-To", ME), rcv("mail-il1-f193.google.com", "209.85.166.193", when, "America/New_York", "4HtA1m7ZrQ3d")]
    hs += [
        ("From", addr("Jess Morrow", "jess@lastmiletalk.fm")),
        ("To", addr("Camila Fuentes", ME)),
        ("Subject", "You're booked! Last Mile Talk recording - Nov 19"),
        ("Date", date(when, "America/New_York")),
        ("Message-ID", "<CAM9qv2Rk0wT=Yd4bFn8Zs1Lp6Xc3Hm@mail.gmail.com>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(name(28), family="sports_tryout", lang="es-CL", interview=False, company=None,
      note="Amateur rugby club try-out ('pruebas de selección') on sábado 10 de octubre at 10:00 hrs: a "
           "fixed-time selection, but sport, not a job.", days=(("Sat", "2026-10-10"),))
def k28() -> bytes:
    body = t("""
        Hola a todas!!

        Les confirmamos las PRUEBAS para el plantel femenino de seven 2027 🏉

        📅 Sábado 10 de octubre
        ⏰ 10:00 hrs (lleguen 9:30 para calentar)
        📍 Cancha Club Deportivo Las Gaviotas, Av. Playa Ancha 850, Valparaíso

        Traer: zapatos de fútbol o rugby, protector bucal, agua y MUCHAS ganas. Las que no hayan
        entregado el certificado médico lo pueden llevar ese día.

        Las pruebas las evalúan el head coach (Matías) y la capitana. Después del entrenamiento
        hay choripanes en el quincho 😄

        Cualquier duda me escriben al WhatsApp.

        Vamos Gaviotas!!
        Coni Valdés
        Coordinadora Rama Femenina
        """)
    when = "2026-10-05 21:08:44"
    hs = [("Delivered-To", ME), rcv("mail-oa1-f45.google.com", "209.85.160.45", when, CL, "4Hg2Rk5TpX9w")]
    hs += [
        ("From", addr("Coni Valdés - CD Las Gaviotas", "rugbyfemenino.gaviotas@example.com")),
        ("To", "undisclosed-recipients:;"),
        ("Bcc", ME),
        ("Subject", enc("Pruebas seven femenino – sábado 10/10 🏉")),
        ("Date", date(when, CL)),
        ("Message-ID", "<CAGx5Tq0Wn7pR=Lk9hYd2Fb3Vc8Mz1@mail.gmail.com>"),
    ]
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(name(29), family="car_service", lang="es-CL", interview=False, company=None,
      note="Car dealer confirms a 20.000 km service appointment lunes 14 de septiembre 08:30 hrs: "
           "a confirmed appointment, not an interview.", days=(("Mon", "2026-09-14"),))
def k29() -> bytes:
    page = t("""
        <html><body style="font-family:Verdana,Arial,sans-serif;font-size:12px;color:#222">
        <table width="600" align="center" style="border:1px solid #c8102e">
        <tr><td style="background:#c8102e;color:#fff;padding:12px;font-size:16px"><b>Automotora Costa Norte</b> &middot; Servicio Técnico</td></tr>
        <tr><td style="padding:16px">
        <p>Estimada <b>CAMILA FUENTES</b>,</p>
        <p>Su hora de servicio ha sido <b>confirmada</b>.</p>
        <table cellpadding="4">
        <tr><td>Vehículo:</td><td>Suzuki Swift 1.2 GLX - Patente RT·KL·52</td></tr>
        <tr><td>Servicio:</td><td>Mantención 20.000 km + revisión de frenos</td></tr>
        <tr><td>Fecha:</td><td>lunes 14/09/2026</td></tr>
        <tr><td>Hora de recepción:</td><td>08:30 hrs</td></tr>
        <tr><td>Sucursal:</td><td>Av. Libertad 1020, Viña del Mar</td></tr>
        <tr><td>Asesor de servicio:</td><td>Cristián Lobos</td></tr>
        </table>
        <p>El tiempo estimado de trabajo es de 3 horas. Le avisaremos por WhatsApp cuando su vehículo esté listo.</p>
        <p>Para anular o cambiar su hora, llame al 600 360 4400.</p>
        </td></tr></table></body></html>
        """)
    when = "2026-09-10 15:31:07"
    hs = top("mail.costanorte-autos.example.cl", "192.0.2.88", when, CL, "4Hc9Vn1QsK4m")
    hs += [
        ("From", addr("Servicio Técnico Costa Norte", "servicio@costanorte-autos.example.cl")),
        ("To", "camila.fuentes@example.org"),
        ("Subject", enc("Confirmación de hora de servicio - lunes 14/09 08:30", "iso-8859-1")),
        ("Date", date(when, CL)),
        ("Message-ID", "<agenda.7731942.20260910153107@costanorte-autos.example.cl>"),
    ]
    return message(hs, html(page, charset="iso-8859-1", cte="base64"))


@mail(name(30), family="bookings_bank", lang="es-CL", interview=False, company=None,
      note="Microsoft Bookings appointment with a bank investment adviser, miércoles 25 de noviembre "
           "12:00 '(UTC-04:00) Santiago' (display shows the standard offset); ICS in Pacific SA "
           "Standard Time. Fixed time, not an interview.", days=(("Wed", "2026-11-25"),))
def k30() -> bytes:
    body = t("""
        Hola Camila Fuentes:

        Gracias por reservar con Banco Austral - Sucursal Viña Centro.

        Servicio: Asesoría en inversiones y ahorro previsional (APV)
        Fecha y hora: miércoles, 25 de noviembre de 2026 12:00 (UTC-04:00) Santiago
        Duración: 45 minutos
        Personal: Javiera Espinoza
        Ubicación: Reunión de Microsoft Teams

        Para unirse a la reunión, haga clic aquí:
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmFua0F1c3Ry%40thread.v2/0

        Si necesita hacer cambios, administre su reserva:
        https://outlook.office365.com/owa/calendar/BancoAustralVinaCentro@bancoaustral.example.cl/bookings/

        Banco Austral
        """)
    page = paras(body, '<div style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">')
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + \
        VTZ_PSA + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Banco Austral - Sucursal Viña Centro:mailto:BancoAustralVinaCentro@bancoaustral.example.cl
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camila Fuentes:mailto:camila.fuentes@example.org
        UID:040000008200E00074C5B7101A82E00800000000D1A2B3C4E5F6DC01000000000000000010000000A9B8C7D6
        SUMMARY;LANGUAGE=es-CL:Asesoría en inversiones y ahorro previsional (APV)
        DTSTART;TZID=Pacific SA Standard Time:20261125T120000
        DTEND;TZID=Pacific SA Standard Time:20261125T124500
        DTSTAMP:20261118T144512Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-CL:Reunión de Microsoft Teams
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-11-18 11:45:12"
    hs = [("Delivered-To", ME),
          rcv("mail-scl2-obe.outbound.protection.outlook.com", "40.107.199.91", when, CL, "4HvB3r8MkT1q")]
    hs += [
        ("From", addr("Banco Austral - Sucursal Viña Centro", "BancoAustralVinaCentro@bancoaustral.example.cl")),
        ("To", addr("Camila Fuentes", ME)),
        ("Subject", enc("Reserva confirmada: Asesoría en inversiones y ahorro previsional (APV)")),
        ("Date", date(when, CL)),
        ("Message-ID", "<SCXP152MB4410E2C7A8@SCXP152MB4410.LAMP152.PROD.OUTLOOK.COM>"),
        ("Content-Language", "es-CL"),
    ]
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(name(31), family="mock_interview", lang="es-CL", interview=False, company=None,
      note="Career coach confirms a paid mock-interview session ('simulación de entrevista') jueves 29 "
           "de octubre 19:00 hrs: a fixed time, but practice, not a job interview.",
      days=(("Thu", "2026-10-29"),))
def k31() -> bytes:
    body = t("""
        Hola Camila!

        Qué bueno que te animaste. Te confirmo nuestra sesión de simulación de entrevista para el
        jueves 29 de octubre a las 19:00 hrs, por Zoom (link abajo). Vamos a simular una
        entrevista por competencias para un cargo de analista senior en una empresa naviera,
        como las que te están tocando estas semanas, y al final te doy feedback por escrito.

        Antes de la sesión mándame el aviso del cargo y tu CV actualizado.

        Link: https://us05web.zoom.us/j/83310947725?pwd=Y29hY2hpbmc

        Un abrazo,
        Andrea Vidal
        Coach Laboral Certificada | andreavidal.coach
        """)
    when = "2026-10-24 10:12:40"
    hs = [("Delivered-To", ME), rcv("mail-wm1-f52.google.com", "209.85.128.52", when, CL, "4Hn6Gp0WsR3y")]
    hs += [
        ("From", addr("Andrea Vidal Coach", "hola@andreavidal.example.com")),
        ("To", addr("Camila Fuentes", ME)),
        ("Subject", enc("Confirmada tu sesión de simulación de entrevista 💼")),
        ("Date", date(when, CL)),
        ("Message-ID", "<CAB7zn4Kq2Wt=Rv8pLm1Ys5Fd0Hc9Xg@mail.gmail.com>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(name(32), family="proposed_times", lang="es-CL", interview=False, company="Naviera Pacífico Sur S.A.",
      note="Recruiter proposes two slots (martes 10 a las 10:00 o miércoles 11 a las 16:00) and asks "
           "which one suits: nothing confirmed yet.", days=(("Tue", "2026-11-10"), ("Wed", "2026-11-11")))
def k32() -> bytes:
    body = t("""
        Hola Camila, ¿cómo estás?

        Te escribo de Naviera Pacífico Sur. Revisamos tu CV para el cargo de Analista de Control de
        Flota y nos gustaría tener una primera entrevista contigo con la jefa del área.

        ¿Te acomoda el martes 10 de noviembre a las 10:00 hrs o el miércoles 11 a las 16:00 hrs?
        Sería por Teams, unos 45 minutos. Si ninguna de las dos te sirve, mándame un par de
        alternativas esa semana y lo coordinamos.

        Quedo atenta,

        Fernanda Oyarzún
        Reclutadora - Naviera Pacífico Sur S.A.
        Blanco 895, Valparaíso
        """)
    when = "2026-11-04 09:47:15"
    hs = [("Delivered-To", ME),
          rcv("mail-eopbgr690091.outbound.protection.outlook.com", "40.107.69.91", when, CL, "4HqR1c5NvZ8k")]
    hs += [
        ("From", addr("Fernanda Oyarzún", "foyarzun@navierapacificosur.cl")),
        ("To", addr("Camila Fuentes", ME)),
        ("Subject", enc("Entrevista Analista de Control de Flota – Naviera Pacífico Sur")),
        ("Date", date(when, CL)),
        ("Message-ID", "<SC2P152MB3312F0A1B2C3@SC2P152MB3312.LAMP152.PROD.OUTLOOK.COM>"),
        ("Content-Language", "es-CL"),
    ]
    page = paras(body, '<div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">')
    return message(hs, alt(text(body), html(page)))


@mail(name(33), family="proposed_times", lang="en", interview=False, company="Harborlight Logistics",
      note="After the recruiter screen, the hiring manager asks 'Would Tuesday at 10am ET work?' and "
           "offers alternatives: a proposal, not a confirmation (thread with the Calendly screen).",
      days=(("Tue", "2026-11-10"),))
def k33() -> bytes:
    body = t("""
        Hi Camila,

        Megan passed along her notes from your screen yesterday - great conversation by all
        accounts. I'd love to set up a 45-minute chat with you and our inventory lead.

        Would Tuesday (11/10) at 10am ET work? If not, send me two or three windows that suit you
        next week and I'll have Megan send an invite once we land on one.

        Thanks,
        Derek

        Derek Lindqvist
        Director, Inventory Planning | Harborlight Logistics
        """)
    when = "2026-11-05 16:03:44"
    hs = [("Delivered-To", ME),
          rcv("mail-dm6nam12on2110.outbound.protection.outlook.com", "40.107.243.110", when, "America/New_York", "4HrD7k2WpL5v")]
    hs += [
        ("From", addr("Derek Lindqvist", "derek.lindqvist@harborlightlogistics.com")),
        ("To", addr("Camila Fuentes", ME)),
        ("Cc", addr("Megan O'Connell", "megan.oconnell@harborlightlogistics.com")),
        ("Subject", "Next step - Inventory Analyst"),
        ("Date", date(when, "America/New_York")),
        ("Message-ID", "<BN8PR12MB3391A7C2E5F0D4B1@BN8PR12MB3391.namprd12.prod.outlook.com>"),
    ]
    page = paras(body, '<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt">')
    return message(hs, alt(text(body), html(page)))


@mail(name(34), family="forwarded_other", lang="en", interview=False, company=None,
      note="A friend forwards her OWN Greenhouse interview confirmation (Thursday, November 26, 10:00 AM "
           "Eastern) for Camila's opinion: a confirmed interview, but not Camila's.",
      days=(("Thu", "2026-11-26"),))
def k34() -> bytes:
    inner_text = t("""
        Hi Valentina,

        Thanks for making time to speak with us! Your interview for Customs Compliance Specialist
        at Marlow & Finch Trade Services is confirmed.

        Date: Thursday, November 26, 2026
        Time: 10:00 AM - 10:45 AM EST
        Interviewer: Joanne Pike, Compliance Manager
        Location: https://marlowfinch.zoom.us/j/93011824470

        Best,
        Kevin Brandt
        Recruiter | Marlow & Finch Trade Services
        """)
    inner = message([
        ("From", addr("Kevin Brandt", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Kevin Brandt", "kevin.brandt@marlowfinch.com")),
        ("To", addr("Valentina Rojas", "valentina.rojas@example.net")),
        ("Subject", "Interview Confirmation: Customs Compliance Specialist at Marlow & Finch Trade Services"),
        ("Date", date("2026-11-19 11:20:00", "America/New_York")),
        ("Message-ID", "<673cb80f2e1a4_5b2f93c4a7e1d19@greenhouse-app-4c1e.mail>"),
    ], text(inner_text))
    body = t("""
        Cami!!! mira, me llamaron de la empresa gringa que te conté 😱 es el jueves 26. Tú que
        ya tuviste entrevistas con empresas de allá, ¿me ayudas a practicar el fin de semana?
        Te invito un café en el Cerro Concepción.

        Vale
        """)
    when = "2026-11-19 22:41:09"
    hs = [("Delivered-To", ME), rcv("mail-lj1-f169.google.com", "209.85.208.169", when, CL, "4HwA2f6QnM1x")]
    hs += [
        ("From", addr("Valentina Rojas", "valentina.rojas@example.net")),
        ("To", addr("Camila Fuentes", ME)),
        ("Subject", "Fwd: Interview Confirmation: Customs Compliance Specialist at Marlow & Finch "
                    "Trade Services"),
        ("Date", date(when, CL)),
        ("Message-ID", "<CAHv3Lp8sT1q=Wk5nZr0Bd7Yc2Gf4Mx@mail.example.net>"),
    ]
    return message(hs, mixed(text(body, cte="8bit"), attached_message(inner)))


@mail(name(35), family="interviewer_panel", lang="es-CL", interview=False, company=None,
      note="Outlook meeting request from Camila's current employer: she sits on the panel interviewing a "
           "candidate (jueves 8 de octubre 15:00-16:00). A fixed interview time, but Camila is the "
           "interviewer, not the candidate.", days=(("Thu", "2026-10-08"),))
def k35() -> bytes:
    body = t("""
        Cuándo: jueves, 8 de octubre de 2026 15:00-16:00 (UTC-04:00) Santiago.
        Dónde: Sala Cochrane, piso 7

        *~*~*~*~*~*~*~*~*~*

        Hola Cami:

        Como conversamos con Ricardo, te sumamos al panel para entrevistar a Ignacio Muñoz
        (candidato a Analista de Logística Jr. para tu equipo). Te adjunto su CV y la pauta de
        evaluación por competencias. Tú te encargas de las preguntas técnicas de inventario.

        Gracias!
        Macarena Soto
        Business Partner de Personas | Naviera Mar Austral
        """)
    page = paras(body, '<div class="WordSection1" style="font-family:Calibri,sans-serif;font-size:11pt">')
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + \
        VTZ_PSA + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Macarena Soto:mailto:msoto@maraustral.example.cl
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camila Fuentes:mailto:cfuentes@maraustral.example.cl
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ricardo Lagos:mailto:rlagos@maraustral.example.cl
        UID:040000008200E00074C5B7101A82E00800000000F2E3D4C5B6A7DC01000000000000000010000000C1D2E3F4
        SUMMARY;LANGUAGE=es-CL:Entrevista candidato Analista de Logística Jr. - Ignacio Muñoz (panel)
        DTSTART;TZID=Pacific SA Standard Time:20261008T150000
        DTEND;TZID=Pacific SA Standard Time:20261008T160000
        DTSTAMP:20261002T133021Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-CL:Sala Cochrane\\, piso 7
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-02 10:30:21"
    hs = [("Delivered-To", ME),
          rcv("mail-scl2-obe.outbound.protection.outlook.com", "40.107.199.66", when, CL, "4Hf7Rt3LmW0b")]
    hs += [
        ("From", addr("Macarena Soto", "msoto@maraustral.example.cl")),
        ("To", addr("Camila Fuentes", "cfuentes@maraustral.example.cl")),
        ("Cc", addr("Ricardo Lagos", "rlagos@maraustral.example.cl")),
        ("Subject", enc("Entrevista candidato Analista de Logística Jr. - Ignacio Muñoz (panel)")),
        ("Date", date(when, CL)),
        ("Message-ID", "<SCYP152MB7712C4D9E1@SCYP152MB7712.LAMP152.PROD.OUTLOOK.COM>"),
        ("X-MS-Exchange-Organization-AuthAs", "Internal"),
        ("X-Forwarded-To", ME),
        ("Content-Language", "es-CL"),
    ]
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(name(36), family="rejection", lang="en", interview=False, company="Nordhafen Logistics GmbH",
      note="softgarden rejection after an interview ('thank you for the interview on October 14'): "
           "refers to a past interview, confirms nothing.")
def k36() -> bytes:
    body = t("""
        Dear Camila Fuentes,

        Thank you again for your interest in the position of Freight Operations Analyst (Madrid
        hub, remote LATAM desk) and for the interview on October 14.

        After careful consideration we have decided to move forward with other candidates whose
        profile more closely matches our current needs. This decision was not easy, given the
        quality of the applications we received.

        We would be happy to keep your details in our talent pool. You can withdraw your consent
        at any time in your candidate account.

        We wish you every success in your search.

        Kind regards
        Your Recruiting Team
        Nordhafen Logistics GmbH

        This e-mail was sent via softgarden. Please do not reply to this e-mail.
        """)
    page = paras(body, '<div style="font-family:Arial,sans-serif;font-size:13px;color:#333">')
    when = "2026-10-27 09:15:44"
    hs = top("mail-out-2.softgarden.io", "185.84.44.12", when, "Europe/Berlin", "4HpC8w1TnK7s")
    hs += [
        ("From", addr("Nordhafen Logistics GmbH", "no-reply@softgarden.io")),
        ("To", CAMILA),
        ("Subject", "Your application as Freight Operations Analyst"),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<sg.4f8a21c7.rejection.99203@nordhafen.softgarden.io>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(name(37), family="offer", lang="es-CL", interview=False, company="Terminal Cerro Barón S.A.",
      note="Job offer after the interview; proposes a meeting 'el viernes 30 a las 12:00' to go over "
           "the offer and contract. A fixed time, but an offer meeting, not an interview.",
      days=(("Fri", "2026-10-30"),))
def k37() -> bytes:
    body = t("""
        Hola Camila,

        Me alegra mucho contarte que quedaste seleccionada para el cargo de Analista de
        Planificación de Patio. Te adjunto la carta oferta con el detalle de renta, beneficios y
        fecha de ingreso propuesta (lunes 4 de enero de 2027).

        Si te parece, juntémonos el viernes 30 a las 12:00 en la oficina para revisar la oferta y
        resolver tus dudas sobre el contrato antes de que firmes. Tienes plazo para respondernos
        hasta el viernes 6 de noviembre.

        Saludos y felicitaciones!

        Rodrigo Araya
        Jefe de Reclutamiento | Terminal Cerro Barón S.A.
        """)
    when = "2026-10-27 18:20:55"
    hs = [("Delivered-To", ME), rcv("mail.terminalbaron.cl", "200.14.85.77", when, CL, "4Hp5Lw9ZsT2c")]
    hs += [
        ("From", addr("Rodrigo Araya", "raraya@terminalbaron.cl")),
        ("To", addr("Camila Fuentes", ME)),
        ("Subject", enc("Carta oferta – Analista de Planificación de Patio")),
        ("Date", date(when, CL)),
        ("Message-ID", "<9B3F21A0-5C7E-4A8D-B2F1-6E0D4C9A17B3@terminalbaron.cl>"),
    ]
    pdf = make.Part([("Content-Type", 'application/pdf; name="Carta_Oferta_CFuentes.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Carta_Oferta_CFuentes.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    b"JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\r\n"
                    b"YmoKdHJhaWxlcgo8PC9Sb290IDEgMCBSPj4KJSVFT0YK\r\n")
    return message(hs, mixed(text(body), pdf))


@mail(name(38), family="application_receipt", lang="en", interview=False, company="Hafenwerk Ops S.L.",
      note="JOIN application receipt ('we will get back to you'); no appointment.")
def k38() -> bytes:
    body = t("""
        Hi Camila,

        Thank you for applying for the position Operations Analyst - LATAM Desk (m/f/d) at
        Hafenwerk Ops S.L. in Madrid!

        We have received your application and the team will review it in the coming days. If
        your profile is a match, we will contact you to arrange a first interview.

        Good luck!
        Your Hafenwerk Ops team

        --
        This email was sent via JOIN. Manage your applications: https://join.com/candidate
        """)
    page = paras(body, '<div style="font-family:Inter,Arial,sans-serif;font-size:14px">')
    when = "2026-09-22 15:04:31"
    hs = top("mail-c.join.com", "159.135.228.31", when, "Europe/Madrid", "4He3Tk8PqR5w")
    hs += [
        ("From", addr("Hafenwerk Ops via JOIN", "no-reply@join.com")),
        ("Reply-To", "no-reply@join.com"),
        ("To", CAMILA),
        ("Subject", "Your application: Operations Analyst - LATAM Desk (m/f/d)"),
        ("Date", date(when, "Europe/Madrid")),
        ("Message-ID", "<join.app.3381927.receipt@join.com>"),
    ]
    return message(hs, alt(text(body), html(page)))


@mail(name(39), family="job_alert", lang="es-CL", interview=False, company=None,
      note="Job board alert; one listing says 'entrevistas esta semana', but nothing is scheduled.")
def k39() -> bytes:
    page = t("""
        <html><body style="background:#f2f4f7;font-family:Arial,sans-serif">
        <table width="600" align="center" style="background:#fff">
        <tr><td style="padding:16px;background:#005f73;color:#fff;font-size:18px">EmpleoPuerto</td></tr>
        <tr><td style="padding:16px">
        <p>Hola Camila, encontramos <b>6 nuevos empleos</b> para tu alerta <i>"analista logística" en Región de Valparaíso</i>.</p>
        <p><a href="https://empleopuerto.example.cl/e/88120">Analista de Inventario</a><br>Comercial Bahía SpA - Quilpué - Publicado hoy<br><span style="color:#0a7">Entrevistas esta semana</span></p>
        <p><a href="https://empleopuerto.example.cl/e/88131">Analista de Operaciones Portuarias</a><br>Confidencial - Valparaíso - Hace 1 día</p>
        <p><a href="https://empleopuerto.example.cl/e/88145">Coordinador/a de Transporte</a><br>TransAndes Cargo - San Antonio - Hace 2 días</p>
        <p><a href="https://empleopuerto.example.cl/e/88152">Analista de Abastecimiento</a><br>Retail del Litoral - Viña del Mar - Hace 2 días</p>
        <p><a href="https://empleopuerto.example.cl/e/88160">Planificador/a de Demanda</a><br>Agrícola Los Maitenes - Quillota - Hace 3 días</p>
        <p><a href="https://empleopuerto.example.cl/e/88171">Jefe/a de Bodega</a><br>Logística Aconcagua - Los Andes - Hace 3 días</p>
        <p style="font-size:11px;color:#888">Recibes este correo porque creaste una alerta en EmpleoPuerto. <a href="https://empleopuerto.example.cl/alertas/baja?u=cf1029">Darse de baja</a></p>
        </td></tr></table></body></html>
        """)
    when = "2026-10-19 07:00:12"
    hs = top("em.empleopuerto.example.cl", "192.0.2.140", when, CL, "4Hn0Sv4KtD6q")
    hs += [
        ("From", addr("EmpleoPuerto Alertas", "alertas@empleopuerto.example.cl")),
        ("To", ME),
        ("Subject", enc("6 nuevos empleos de «analista logística» en Región de Valparaíso")),
        ("Date", date(when, CL)),
        ("Message-ID", "<alert.cf1029.20261019@empleopuerto.example.cl>"),
        ("List-Unsubscribe", "<https://empleopuerto.example.cl/alertas/baja?u=cf1029>"),
        ("Precedence", "bulk"),
    ]
    return message(hs, html(page))


@mail(name(40), family="newsletter_tips", lang="es-ES", interview=False, company=None,
      note="Spanish logistics blog newsletter about video interviews, with an example 'si tu "
           "entrevista es el martes a las 10:00' - advice, no appointment.")
def k40() -> bytes:
    body = t("""
        LOGÍSTICA HOY · Boletín semanal nº 212

        Cómo preparar una entrevista por videollamada: 7 claves que casi nadie cuida

        1. Prueba la plataforma el día antes. Si tu entrevista es el martes a las 10:00, haz la
           prueba el lunes a la misma hora: verás la luz real que tendrás.
        2. Cuidado con los husos horarios. Si la empresa está en Madrid y tú en Latinoamérica,
           confirma siempre por escrito la hora y la zona ("10:00 hora peninsular").
        3. Prepara tres ejemplos con el método STAR sobre incidencias de transporte.
        4. Ten a mano los KPI de tu último puesto: OTIF, rotación, coste por pedido.
        5. Cierra las pestañas que no necesites y silencia el móvil.
        6. Pregunta por los siguientes pasos del proceso antes de despedirte.
        7. Envía un correo de agradecimiento ese mismo día.

        Leer el artículo completo: https://logisticahoy.example.es/blog/entrevista-videollamada

        También esta semana: ¿Vuelve la estiba manual? · Entrevista con la directora de
        operaciones de un puerto seco en Zaragoza

        Recibes este boletín porque te suscribiste en logisticahoy.example.es. Darte de baja:
        https://logisticahoy.example.es/baja
        """)
    page = paras(body, '<div style="font-family:Georgia,serif;font-size:15px;max-width:620px">')
    when = "2026-11-24 08:30:00"
    hs = top("mta3.mailrelay-logisticahoy.example.es", "192.0.2.201", when, "Europe/Madrid", "4HwC5n0VrS8f")
    hs += [
        ("From", addr("Logística Hoy", "boletin@logisticahoy.example.es")),
        ("To", ME),
        ("Subject", enc("Cómo preparar una entrevista por videollamada: 7 claves")),
        ("Date", date(when, "Europe/Madrid")),
        ("Message-ID", "<boletin-212.b7e0c4@logisticahoy.example.es>"),
        ("List-Id", "Boletin Logistica Hoy <boletin.logisticahoy.example.es>"),
        ("List-Unsubscribe", "<https://logisticahoy.example.es/baja>"),
        ("Precedence", "bulk"),
    ]
    return message(hs, alt(text(body, charset="iso-8859-15"), html(page, charset="iso-8859-15")))


@mail(name(41), family="availability_request", lang="en", interview=False, company="Northbeam Freight",
      note="Greenhouse availability request for the final round: Camila is asked to submit windows; no "
           "time is fixed (follows the earlier Northbeam interview).")
def k41() -> bytes:
    body = t("""
        Hi Camila,

        Great news - the team would like to move you forward to the final round for Supply Chain
        Analyst (Remote - LATAM)! The final round is a 2-hour virtual onsite with four
        conversations.

        Please use the link below to let us know when you're available over the next two weeks.
        Your availability will be shown in your local time zone (we have you in Santiago).

        Submit your availability:
        https://app.greenhouse.io/availability/5a7c1e0b-9f32-4d8e-a6b1-2c0f9e7d3a54

        Once we receive it, I'll coordinate with the interviewers and send you a confirmation
        with the final schedule.

        Best,
        Dana Whitfield
        Senior Technical Recruiter | Northbeam Freight
        """)
    page = paras(body, '<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px">')
    when = "2026-10-13 12:48:30"
    hs = top("mail-40127.us.greenhouse-mail.io", "198.2.180.127", when, "America/New_York", "4HhB2q7WrN9t")
    hs += [
        ("From", addr("Dana Whitfield", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Dana Whitfield", "dana.whitfield@northbeamfreight.com")),
        ("To", CAMILA),
        ("Subject", "Please submit your availability - Northbeam Freight final round"),
        ("Date", date(when, "America/New_York")),
        ("Message-ID", "<670bf86e1c4a2_3e9f02a8b5c7114@greenhouse-app-7d9f.mail>"),
    ]
    return message(hs, alt(text(body), html(page)))


@mail(name(42), family="recruiter_outreach", lang="es-PE", interview=False, company="Grupo Costa Verde Logística",
      note="Cold outreach from a Lima recruiter: 'me gustaría coordinar una breve llamada esta semana o "
           "la próxima'; no time proposed or fixed.")
def k42() -> bytes:
    body = t("""
        Hola Camila, ¿qué tal?

        Soy Diego Paredes, Talent Partner en Grupo Costa Verde Logística (Lima). Vi tu perfil y tu
        experiencia en planificación de patio y coordinación con navieras me parece muy alineada
        con una posición de Jefa de Planeamiento de Operaciones que estamos abriendo en nuestro
        hub del Callao. Tenemos la posibilidad de reubicación o de un esquema híbrido desde Chile
        con viajes mensuales.

        Me gustaría coordinar una breve llamada esta semana o la próxima para contarte más.
        ¿Me indicas qué días y horarios te quedan mejor? Si prefieres, también podemos hablar
        por WhatsApp: +51 987 221 604.

        Saludos cordiales,
        Diego Paredes
        Talent Partner | Grupo Costa Verde Logística
        """)
    when = "2026-09-29 11:35:26"
    hs = [("Delivered-To", ME),
          rcv("mail-eopbgr1300139.outbound.protection.outlook.com", "40.107.130.139", when, "America/Lima", "4Hf1Mz6SqV2r")]
    hs += [
        ("From", addr("Diego Paredes", "dparedes@costaverdelog.pe")),
        ("To", ME),
        ("Subject", "Oportunidad: Jefa de Planeamiento de Operaciones (Callao / Chile)"),
        ("Date", date(when, "America/Lima")),
        ("Message-ID", "<CH3PR15MB6018D9E2A7B4C1F0@CH3PR15MB6018.namprd15.prod.outlook.com>"),
        ("Content-Language", "es-PE"),
    ]
    page = paras(body, '<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">')
    return message(hs, alt(text(body), html(page)))


@mail(name(43), family="medical_appointment", lang="es-CL", interview=False, company=None,
      note="Medical centre confirms a doctor's appointment jueves 12 de noviembre 17:40 hrs: a fixed "
           "time, not an interview.", days=(("Thu", "2026-11-12"),))
def k43() -> bytes:
    body = t("""
        CONFIRMACIÓN DE HORA MÉDICA

        Paciente: CAMILA FUENTES SEPÚLVEDA
        Especialidad: Traumatología
        Profesional: Dr. Andrés Valenzuela Rojas
        Fecha: jueves 12 de noviembre de 2026
        Hora: 17:40
        Lugar: Centro Médico Los Placeres, Av. Matta 2230, Valparaíso - 3er piso, box 12

        Recuerde presentarse 15 minutos antes con su cédula de identidad y credencial de
        Fonasa/Isapre. Si no puede asistir, anule su hora respondiendo NO al SMS de
        confirmación o llamando al (32) 255 8800.

        Centro Médico Los Placeres
        """)
    when = "2026-11-09 19:02:44"
    hs = top("smtp.cmlosplaceres.example.cl", "192.0.2.61", when, CL, "4HsD9q2PwK5n")
    hs += [
        ("From", addr("Centro Médico Los Placeres", "agenda@cmlosplaceres.example.cl")),
        ("To", ME),
        ("Subject", enc("Confirmación de hora: Traumatología - jueves 12/11/2026 17:40")),
        ("Date", date(when, CL)),
        ("Message-ID", "<reserva-5510392@cmlosplaceres.example.cl>"),
    ]
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(name(44), family="flat_viewing", lang="es-CL", interview=False, company=None,
      note="Flat viewing in Cerro Alegre on sábado 3 de octubre at 12:00; the owner wants to 'entrevistar' "
           "the prospective tenants. A fixed time, but not a job interview.", days=(("Sat", "2026-10-03"),))
def k44() -> bytes:
    body = t("""
        Hola Camila,

        Gracias por escribir por el depto de Pasaje Templeman. Te confirmo la visita para el
        sábado 3 de octubre a las 12:00. La dueña, la Sra. Inés, va a estar ahí porque le gusta
        conocer y entrevistar un poquito a los interesados antes de decidir (es media exigente,
        pero muy buena persona jaja).

        Lleva si puedes tus últimas 3 liquidaciones de sueldo y el certificado de AFP; con eso
        avanzamos más rápido si te gusta.

        Saludos,
        Cristóbal Herrera
        Corredor de Propiedades - Herrera & Cía.
        """)
    when = "2026-09-30 13:27:19"
    hs = [("Delivered-To", ME), rcv("mail-pj1-f42.google.com", "209.85.216.42", when, CL, "4He9Ws1NrL4d")]
    hs += [
        ("From", addr("Cristóbal Herrera", "cherrera.propiedades@example.com")),
        ("To", addr("Camila Fuentes", ME)),
        ("Subject", enc("Re: Consulta arriendo depto Pasaje Templeman, Cerro Alegre")),
        ("Date", date(when, CL)),
        ("Message-ID", "<CADp1Zk7Wq3s=Hn0vYb5Lf8Tc2Rm9Xd@mail.gmail.com>"),
        ("In-Reply-To", "<CAOq3bXr7tU2wN=9pKd4Vm1Ls0fHc8Q@mail.example.org>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(name(45), family="parent_teacher", lang="es-CL", interview=False, company=None,
      note="School cites Camila to an 'entrevista de apoderado' with her son's homeroom teacher, jueves "
           "15 de octubre 08:15 hrs. Chilean schools call this an 'entrevista', but it is a "
           "parent-teacher meeting.", days=(("Thu", "2026-10-15"),))
def k45() -> bytes:
    body = t("""
        Estimada apoderada Sra. Camila Fuentes:

        Junto con saludarla, me permito citarla a ENTREVISTA DE APODERADO para conversar sobre
        el proceso académico y de convivencia de su pupilo Tomás Aravena Fuentes (4° Básico B).

        Día: jueves 15 de octubre
        Hora: 08:15 hrs
        Lugar: Sala de entrevistas, 2° piso, edificio de Básica

        En caso de no poder asistir, le agradeceré informarlo a través de la agenda escolar o
        respondiendo este correo, para fijar una nueva fecha.

        Atentamente,

        Carolina Bustos Meza
        Profesora Jefe 4° Básico B
        Colegio San Ambrosio de Viña del Mar
        """)
    when = "2026-10-08 15:55:03"
    hs = [("Delivered-To", ME), rcv("mail-oi1-f171.google.com", "209.85.167.171", when, CL, "4Hg5Yt0KpS3w")]
    hs += [
        ("From", addr("Carolina Bustos Meza", "cbustos@colegiosanambrosio.example.cl")),
        ("To", ME),
        ("Subject", enc("Citación entrevista apoderado - Tomás Aravena F. (4°B)")),
        ("Date", date(when, CL)),
        ("Message-ID", "<CAJq8Pn2Xs5t=Wk1mZr7Bd4Yc9Gf0Lv@mail.gmail.com>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(name(46), family="work_calendar", lang="es-CL", interview=False, company=None,
      note="Google Calendar invitation from Camila's current employer: the logistics team's end-of-year "
           "lunch, viernes 18 de diciembre 13:00-15:30 (GMT-3). Team event, not an interview.",
      days=(("Fri", "2026-12-18"),))
def k46() -> bytes:
    body = t("""
        Ricardo Lagos te ha invitado a un evento.

        Almuerzo fin de año - Equipo Logística 🎄
        viernes, 18 de diciembre de 2026 · 13:00 – 15:30
        Zona horaria: Hora de Chile - Santiago

        Restaurante El Mirador del Puerto, Paseo Gervasoni 12, Cerro Concepción

        Equipo: este año nos lo ganamos. Cada uno paga su bebestible, el resto lo pone la
        gerencia. Confirmen antes del 11 para la reserva.

        ¿Asistirás? Sí - Quizás - No

        Invitación de Google Calendar
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n" \
          "CALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + VTZ_SANTIAGO + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Santiago:20261218T130000
        DTEND;TZID=America/Santiago:20261218T153000
        DTSTAMP:20261201T120455Z
        ORGANIZER;CN=Ricardo Lagos:mailto:rlagos@maraustral.example.cl
        UID:0b3k7p1s9v2m4q6t8r0e2c4a6d@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camila.fuentes@example.org;X-NUM-GUESTS=0:mailto:camila.fuentes@example.org
        LOCATION:Restaurante El Mirador del Puerto\\, Paseo Gervasoni 12\\, Cerro Concepción
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Almuerzo fin de año - Equipo Logística 🎄
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-12-01 09:04:55"
    hs = top("mail-sor-f73.google.com", "209.85.220.73", when, CL, "4Hy0Kc3VnQ7m", lag=1)
    hs += [
        ("From", addr("Ricardo Lagos", "rlagos@maraustral.example.cl")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Reply-To", "rlagos@maraustral.example.cl"),
        ("To", ME),
        ("Subject", enc("Invitación: Almuerzo fin de año - Equipo Logística 🎄 @ vie 18 dic 2026 "
                        "13:00 - 15:30 (GMT-3) (camila.fuentes@example.org)")),
        ("Date", date(when, CL)),
        ("Message-ID", "<calendar-3d7e1b05-8c2a-4f96-b0d4-e5a1c7f29b68@google.com>"),
    ]
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
                             calendar(ics, method=None, ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(name(47), family="webinar", lang="es-CL", interview=False, company=None,
      note="Zoom webinar registration: 'Cómo enfrentar una entrevista por competencias', martes 24 de "
           "noviembre 19:00 hrs (hora de Chile). A fixed time about interviews, but a webinar.",
      days=(("Tue", "2026-11-24"),))
def k47() -> bytes:
    body = t("""
        Hola Camila,

        Gracias por registrarse en "Cómo enfrentar una entrevista por competencias (y no morir en
        el intento)".

        Fecha y hora: 24 nov 2026 07:00 p. m. Santiago
        Organizado por: Comunidad Logística Chile

        Únase desde PC, Mac, iPad o Android:
        https://us06web.zoom.us/w/87766012943?tk=Qm9va2luZ0NvbmZpcm1lZA

        Código de acceso: 224466

        Añadir a calendario: Google Calendar · Outlook (.ics) · Yahoo Calendar

        Puede cancelar su registro en cualquier momento.
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//zoom.us//iCalendar Event//EN\nVERSION:2.0\nMETHOD:PUBLISH\n" + \
        VTZ_SANTIAGO + "\n" + t("""
        BEGIN:VEVENT
        DTSTAMP:20261117T221015Z
        DTSTART;TZID=America/Santiago:20261124T190000
        DTEND;TZID=America/Santiago:20261124T203000
        SUMMARY:Cómo enfrentar una entrevista por competencias (y no morir en el intento)
        UID:20261117T221015Z-87766012943@fe80:0:0:0:8c1:2bff:fe3a:14d2ens5
        LOCATION:https://us06web.zoom.us/w/87766012943?tk=Qm9va2luZ0NvbmZpcm1lZA
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-11-17 19:10:15"
    hs = top("zoom-mail-us-west-2.zoom.us", "170.114.52.20", when, CL, "4HuF6m1TkR0z")
    hs += [
        ("From", addr("Comunidad Logística Chile", "no-reply@zoom.us")),
        ("Reply-To", addr("Comunidad Logística Chile", "contacto@comunidadlogistica.example.cl")),
        ("To", CAMILA),
        ("Subject", enc("Confirmación de Cómo enfrentar una entrevista por competencias (y no morir en el intento)")),
        ("Date", date(when, CL)),
        ("Message-ID", "<Zm5wR0tRc1pqQ2xJd0E.webinar.87766012943@zoom.us>"),
    ]
    return message(hs, mixed(alt(text(body), html(paras(body))),
                             calendar(ics, method=None, cte="base64", filename="webinar.ics",
                                      disposition="attachment")))


@mail(name(48), family="auto_reply", lang="en", interview=False, company="Tidewater Robotics",
      note="Out-of-office auto-reply from the Tidewater recruiter to Camila's thank-you note, 'back on "
           "Monday, November 9'; quotes the note about 'today's interview'. Nothing scheduled.")
def k48() -> bytes:
    body = t("""
        Hi there,

        Thanks for your email. I'm out of the office with limited access to email and will be back
        on Monday, November 9. For anything urgent regarding interview scheduling, please contact
        recruiting@tidewaterrobotics.com.

        Best,
        Priya

        -----Original Message-----
        From: Camila Fuentes <camila.fuentes@example.org>
        Sent: Tuesday, November 3, 2026 12:31 PM
        To: Priya Raman <priya.raman@tidewaterrobotics.com>
        Subject: Thank you - Operations Analytics interview

        Hi Priya, thank you for organizing today's interview with Marcus and Hannah. I really
        enjoyed the conversation about the fulfillment network. Looking forward to next steps!
        Camila
        """)
    when = "2026-11-03 12:31:40"
    hs = [("Delivered-To", ME),
          rcv("mail-bn8nam11on2097.outbound.protection.outlook.com", "40.107.236.97", when, "America/Los_Angeles", "4HrH4d8PtX1s")]
    hs += [
        ("From", addr("Priya Raman", "priya.raman@tidewaterrobotics.com")),
        ("To", addr("Camila Fuentes", ME)),
        ("Subject", "Automatic reply: Thank you - Operations Analytics interview"),
        ("Date", date(when, "America/Los_Angeles")),
        ("Message-ID", "<BN8PR11MB5660AUTO7c2d91e4@BN8PR11MB5660.namprd11.prod.outlook.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "priya.raman@tidewaterrobotics.com"),
    ]
    return message(hs, text(body))


@mail(name(49), family="bounce", lang="en", interview=False, company=None,
      note="Delivery-failure report for Camila's thank-you note to a mistyped address; the returned "
           "message mentions 'la entrevista de hoy'. Nothing scheduled.")
def k49() -> bytes:
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <rarraya@terminalbaron.cl>: host mail.terminalbaron.cl[200.14.85.77] said:
            550 5.1.1 <rarraya@terminalbaron.cl>: Recipient address rejected: User
            unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4HhF0a3MtQ2k
        X-Postfix-Sender: rfc822; camila.fuentes@example.org
        Arrival-Date: Thu, 15 Oct 2026 13:05:12 -0300 (-03)

        Final-Recipient: rfc822; rarraya@terminalbaron.cl
        Original-Recipient: rfc822;rarraya@terminalbaron.cl
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mail.terminalbaron.cl
        Diagnostic-Code: smtp; 550 5.1.1 <rarraya@terminalbaron.cl>: Recipient address
            rejected: User unknown in virtual mailbox table
        """)
    orig = message([
        ("From", CAMILA),
        ("To", addr("Rodrigo Araya", "rarraya@terminalbaron.cl")),
        ("Subject", "Gracias - entrevista Terminal Cerro Baron"),
        ("Date", date("2026-10-15 13:05:10", CL)),
        ("Message-ID", "<CAOq3bXs1vW8=qTn5Lk2Yd0Mf7Rc4H@mail.example.org>"),
    ], text(t("""
        Hola Rodrigo,

        Muchas gracias por la entrevista de hoy y por mostrarme el patio. Quedo atenta a los
        siguientes pasos.

        Saludos,
        Camila
        """), cte="8bit"))
    report = make.multipart(
        "report",
        text(notice, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
        make.Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                  status.replace("\n", "\r\n").encode("ascii")),
        make.Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], orig),
        params="report-type=delivery-status",
    )
    when = "2026-10-15 13:05:14"
    hs = [("Return-Path", "<>"), ("Delivered-To", ME)]
    hs += [
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.org")),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date(when, CL)),
        ("Message-ID", "<20261015160514.7A1C2E0F31@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(hs, report)


@mail(name(50), family="mailing_list", lang="es-CL", interview=False, company=None,
      note="Google Groups mailing-list post announcing a logistics meetup, jueves 3 de diciembre 19:00 "
           "hrs in Valparaíso; one talk is about 'cómo entrevistan las navieras'. Not an interview.",
      days=(("Thu", "2026-12-03"),))
def k50() -> bytes:
    body = t("""
        Hola a todos,

        Les recuerdo el último meetup del año de Logística V Región:

        Jueves 3 de diciembre, 19:00 hrs
        Cowork Puerto Creativo, Blanco 1623, Valparaíso (también por streaming)

        Charlas:
        - "Gemelos digitales en terminales: más allá del PowerPoint" - Sebastián Rivas
        - "Cómo entrevistan las navieras: lo que aprendí estando del otro lado de la mesa" -
          Loreto Cáceres (ex-HR de una naviera)

        Después, picoteo y networking. Inscripción gratuita (cupos limitados):
        https://meetup.example.com/logistica-v-region/events/30412

        Saludos,
        Ignacio

        --
        Recibiste este mensaje porque estás suscrito al grupo "Logística V Región" de Grupos de Google.
        Para anular la suscripción a este grupo y dejar de recibir sus correos electrónicos, envía un
        correo electrónico a logistica-v-region+unsubscribe@googlegroups.com.
        """)
    when = "2026-11-26 20:14:37"
    hs = [("Delivered-To", ME), rcv("mail-sor-f57.google.com", "209.85.220.57", when, CL, "4HwX3b9QmK6r")]
    hs += [
        ("From", addr("Ignacio Saavedra", "isaavedra.logistica@example.com")),
        ("To", addr("Logística V Región", "logistica-v-region@googlegroups.com")),
        ("Subject", enc("[logistica-v-region] Meetup diciembre: jueves 3, 19:00 hrs")),
        ("Date", date(when, CL)),
        ("Message-ID", "<a8f2c71e-4b9d-4e30-9c5a-1d7e0f3b2c64n@googlegroups.com>"),
        ("Reply-To", "logistica-v-region@googlegroups.com"),
        ("Mailing-list", "list logistica-v-region@googlegroups.com; contact logistica-v-region+owners@googlegroups.com"),
        ("List-ID", "<logistica-v-region.googlegroups.com>"),
        ("List-Post", "<https://groups.google.com/group/logistica-v-region/post>, "
                      "<mailto:logistica-v-region@googlegroups.com>"),
        ("List-Unsubscribe", "<mailto:googlegroups-manage+381204+unsubscribe@googlegroups.com>, "
                             "<https://groups.google.com/group/logistica-v-region/subscribe>"),
        ("Precedence", "list"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))
