"""blind230: 50 hand-written mails from the inbox of Sofía Gutiérrez, a coffee-export ERP consultant
in Managua (America/Managua, UTC-6 all year), September to mid-December 2026.

Written blind (without reading the detector, its tests or the other held-out mails). Registered into
``make.REGISTRY["blind230"]``; build and check with ``python3 bench/heldout/make_blind.py blind230``.
The mail written ``key``-th is ``blind230_{ORDER[key-1]:03d}.eml``; keys 1-23 are the positives.
"""

from __future__ import annotations

import hashlib
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
    received,
    t,
    text,
    utc,
)

ORDER = random.Random(2300230).sample(range(1, 51), 50)


def n(key: int) -> str:
    return f"blind230_{ORDER[key - 1]:03d}"


ME = "sofia.gutierrez@example.org"
ME_NET = "sofia.gutierrez@example.net"
ME_TO = addr("Sofía Gutiérrez", ME)
MGA = "America/Managua"
CR = "America/Costa_Rica"
TGU = "America/Tegucigalpa"
PTY = "America/Panama"
NY = "America/New_York"
CHI = "America/Chicago"
LA = "America/Los_Angeles"
BER = "Europe/Berlin"


def rx(host: str, ip: str, when: str, zone: str, seed: str, lag: int = 3) -> tuple[str, str]:
    """A Received: header as the candidate's mail host writes it."""
    ident = "mx1.example.org with ESMTPS id " + hashlib.sha1(seed.encode(), usedforsecurity=False).hexdigest()[:12]
    return ("Received", received(f"from {host} ({host} [{ip}])", when, zone, ident, ME, lag))


# VTIMEZONE blocks make.VTZ does not have
TZ = {
    "America/Managua": """BEGIN:VTIMEZONE
TZID:America/Managua
X-LIC-LOCATION:America/Managua
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE""",
    "America/Costa_Rica": """BEGIN:VTIMEZONE
TZID:America/Costa_Rica
X-LIC-LOCATION:America/Costa_Rica
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE""",
    "America/Tegucigalpa": """BEGIN:VTIMEZONE
TZID:America/Tegucigalpa
X-LIC-LOCATION:America/Tegucigalpa
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE""",
    "America/Los_Angeles": """BEGIN:VTIMEZONE
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
END:VTIMEZONE""",
    "SA Pacific Standard Time": """BEGIN:VTIMEZONE
TZID:SA Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
END:STANDARD
END:VTIMEZONE""",
    **VTZ,
}


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 10:00", NY), end=utc("2026-11-03 11:00", NY),
      contact="dana.whitfield@palmettotrade.com", company="Palmetto Trade Systems",
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone=NY,
      note="Greenhouse confirmation sent Thu 29 Oct in EDT (UTC-4) for Tue 3 Nov 10:00-11:00 AM EST: US "
           "daylight time ends Sun 1 Nov, so the interview is UTC-5 -> 15:00Z-16:00Z (9:00 in Managua, "
           "which the mail also says); ICS TZID America/New_York agrees; contact = human Reply-To recruiter")
def p01() -> bytes:
    when = "2026-10-29 11:12"
    body = t("""
        Hi Sofía,

        Thanks for making time to speak with us! Your interview for the Senior ERP Consultant,
        Coffee & Commodities role at Palmetto Trade Systems is confirmed. Here are the details:

        Interview: Hiring Manager Interview
        Date: Tuesday, November 3rd, 2026
        Time: 10:00 AM - 11:00 AM EST (Eastern Time)
        Interviewer(s): Carl Jeffries, Director of Enterprise Applications
        Location: Zoom - https://palmettotrade.zoom.us/j/84421907736?pwd=Qm9sYTI2

        Heads up: daylight saving time ends in the US on Sunday, November 1, so the time above is
        Eastern Standard Time (that's 9:00 AM for you in Managua).

        A calendar invitation is attached. If you need to reschedule, just reply to this email.

        Best,
        Dana Whitfield
        Senior Technical Recruiter | Palmetto Trade Systems
        Miami, FL
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
        <p>Hi Sofía,</p>
        <p>Thanks for making time to speak with us! Your interview for the <b>Senior ERP Consultant,
        Coffee &amp; Commodities</b> role at Palmetto Trade Systems is confirmed. Here are the details:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview:</b></td><td>Hiring Manager Interview</td></tr>
        <tr><td><b>Date:</b></td><td>Tuesday, November 3rd, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:00 AM - 11:00 AM EST (Eastern Time)</td></tr>
        <tr><td><b>Interviewer(s):</b></td><td>Carl Jeffries, Director of Enterprise Applications</td></tr>
        <tr><td><b>Location:</b></td><td><a href="https://palmettotrade.zoom.us/j/84421907736?pwd=Qm9sYTI2">Zoom</a></td></tr>
        </table>
        <p>Heads up: daylight saving time ends in the US on Sunday, November 1, so the time above is
        Eastern Standard Time (that's 9:00 AM for you in Managua).</p>
        <p>A calendar invitation is attached. If you need to reschedule, just reply to this email.</p>
        <p>Best,<br>Dana Whitfield<br>Senior Technical Recruiter | Palmetto Trade Systems<br>Miami, FL</p>
        <p style="color:#999;font-size:11px">Powered by Greenhouse</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software Inc//Greenhouse Recruiting//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ[NY]}
BEGIN:VEVENT
UID:gh-interview-77310452@greenhouse.io
DTSTAMP:20261029T151200Z
DTSTART;TZID=America/New_York:20261103T100000
DTEND;TZID=America/New_York:20261103T110000
SUMMARY:Interview: Sofía Gutiérrez <> Palmetto Trade Systems (Hiring Manager Interview)
LOCATION:https://palmettotrade.zoom.us/j/84421907736?pwd=Qm9sYTI2
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@palmettotrade.com
ATTENDEE;CN=Sofía Gutiérrez;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Delivered-To", ME),
        rx("o1.mail.greenhouse.io", "198.51.100.41", when, NY, "p01"),
        ("From", "Palmetto Trade Systems <no-reply@greenhouse.io>"),
        ("Reply-To", "Dana Whitfield <dana.whitfield@palmettotrade.com>"),
        ("To", ME_TO),
        ("Subject", enc("Interview Confirmation: Senior ERP Consultant, Coffee & Commodities – Palmetto Trade Systems")),
        ("Date", date(when, NY)),
        ("Message-ID", "<5f3c1a2e.77310452.gh@greenhouse.io>"),
        ("X-Mailer", "Greenhouse"),
    ]
    return message(headers, mixed(
        alt(text(body), html(page)),
        calendar(ics, cte="base64", ctype="text/calendar", filename="invite.ics", disposition="attachment",
                 name_param=True),
    ))


@mail(n(2), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-16 14:30", CHI), end=utc("2026-09-16 15:15", CHI),
      contact="marcus@prairiebean.com", company="Prairie Bean Logistics",
      local="Wed 2026-09-16 14:30", local_end="2026-09-16 15:15", zone=CHI,
      note="Lever, HTML only in base64: Wed Sep 16 2:30-3:15 PM CDT (UTC-5, September) -> 19:30Z-20:15Z; "
           "contact = human Reply-To")
def p02() -> bytes:
    when = "2026-09-10 15:05"
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" cellpadding="24" style="background:#ffffff;font-family:-apple-system,Segoe UI,Roboto,sans-serif;color:#1f2430">
        <tr><td>
        <h2 style="margin:0 0 12px 0;font-weight:600">Your interview is scheduled</h2>
        <p>Hi Sofia,</p>
        <p>You're all set for your interview with <strong>Prairie Bean Logistics</strong> for the
        <strong>NetSuite Functional Lead (Remote, Americas)</strong> position.</p>
        <p style="background:#f0f4ff;padding:12px;border-radius:4px">
        <strong>Wednesday, September 16</strong><br>
        2:30pm &ndash; 3:15pm CDT<br>
        Google Meet: meet.google.com/pqr-bnlx-tuv
        </p>
        <p>You'll be speaking with Marcus Lindgren (Head of Business Systems) and Tasha Greene (Supply Chain Ops).</p>
        <p>Need to make a change? Reply to this email and Marcus will get back to you.</p>
        <p>Thanks,<br>The Prairie Bean Logistics team</p>
        <p style="font-size:11px;color:#8a8f98">Sent via Lever &middot;\x20
        <a href="https://jobs.lever.co/prairiebean">jobs.lever.co/prairiebean</a></p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    headers = [
        ("Delivered-To", ME),
        rx("mail-a12.hire.lever.co", "203.0.113.88", when, CHI, "p02"),
        ("From", "Prairie Bean Logistics <no-reply@hire.lever.co>"),
        ("Reply-To", "Marcus Lindgren <marcus@prairiebean.com>"),
        ("To", "Sofia Gutierrez <sofia.gutierrez@example.org>"),
        ("Subject", "Interview scheduled - NetSuite Functional Lead (Remote, Americas)"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<0100019a1b2c3d4e-lever-8f1c2d3e@hire.lever.co>"),
    ]
    return message(headers, html(page, cte="base64"))


@mail(n(3), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-12 16:30", LA), end=utc("2026-11-12 17:15", LA),
      contact="priya@cordilleralabs.io", company="Cordillera Labs",
      local="Thu 2026-11-12 16:30", local_end="2026-11-12 17:15", zone=LA,
      note="Ashby: Thu Nov 12 4:30-5:15 PM PST (UTC-8, after the 1 Nov DST end) = Fri 13 Nov 00:30Z-01:15Z, "
           "the next day in UTC; the mail also gives 6:30-7:15 PM Managua; ICS in UTC agrees; "
           "contact = Reply-To recruiter")
def p03() -> bytes:
    when = "2026-11-06 10:20"
    body = t("""
        Hi Sofía,

        Your interview has been scheduled. We're looking forward to speaking with you!

        Cordillera Labs - Solutions Consultant, ERP Integrations
        Technical Deep Dive

        Thursday, November 12, 2026
        4:30 PM - 5:15 PM PST
        (6:30 PM - 7:15 PM in your time zone, America/Managua)

        Video call: https://meet.google.com/ucx-jmwa-ofr

        Interviewers:
          Tomás Reyes - Staff Engineer, Integrations
          Hannah Cole - Solutions Lead

        Need to reschedule? Reply to this email to reach Priya Natarajan.

        Cordillera Labs Recruiting
        """)
    page = t("""
        <html><body style="font-family:Inter,Helvetica,Arial,sans-serif;color:#222">
        <p>Hi Sofía,</p>
        <p>Your interview has been scheduled. We're looking forward to speaking with you!</p>
        <div style="border:1px solid #e4e4e7;border-radius:8px;padding:16px">
        <div style="font-size:13px;color:#71717a">Cordillera Labs &ndash; Solutions Consultant, ERP Integrations</div>
        <div style="font-size:18px;font-weight:600">Technical Deep Dive</div>
        <div>Thursday, November 12, 2026<br>4:30 PM &ndash; 5:15 PM PST<br>
        <span style="color:#71717a">(6:30 PM &ndash; 7:15 PM in your time zone, America/Managua)</span></div>
        <div><a href="https://meet.google.com/ucx-jmwa-ofr">Join video call</a></div>
        </div>
        <p>Interviewers:<br>Tomás Reyes &ndash; Staff Engineer, Integrations<br>Hannah Cole &ndash; Solutions Lead</p>
        <p>Need to reschedule? Reply to this email to reach Priya Natarajan.</p>
        <p>Cordillera Labs Recruiting</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:3b7e0f52-91c4-4d8a-a0e6-2f1b9c7d4e11
DTSTAMP:20261106T182000Z
DTSTART:20261113T003000Z
DTEND:20261113T011500Z
SEQUENCE:0
SUMMARY:Cordillera Labs - Technical Deep Dive (Sofía Gutiérrez)
LOCATION:https://meet.google.com/ucx-jmwa-ofr
ORGANIZER;CN=Priya Natarajan:mailto:priya@cordilleralabs.io
ATTENDEE;CN=Sofía Gutiérrez;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Delivered-To", ME),
        rx("a48-102.smtp-out.amazonses.com", "192.0.2.102", when, LA, "p03"),
        ("From", "Cordillera Labs <no-reply@ashbyhq.com>"),
        ("Reply-To", "Priya Natarajan <priya@cordilleralabs.io>"),
        ("To", ME),
        ("Subject", "Interview scheduled: Technical Deep Dive with Cordillera Labs"),
        ("Date", date(when, LA)),
        ("Message-ID", "<0100019a5f0e7c21-3b7e0f52-91c4-4d8a-a0e6-2f1b9c7d4e11-000000@email.amazonses.com>"),
    ]
    return message(headers, mixed(
        alt(text(body, cte="base64"), html(page, cte="base64")),
        calendar(ics, cte="base64", ctype="application/ics", filename="interview.ics",
                 disposition="attachment", method=None),
    ))


@mail(n(4), family="workday", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-08 10:00", PTY), end=utc("2026-10-08 10:45", PTY),
      contact="itzel.camargo@navieraistmena.com.pa", company="Naviera Istmeña",
      local="Thu 2026-10-08 10:00", local_end="2026-10-08 10:45", zone=PTY,
      note="Workday (Panamá), texto plano iso-8859-1: 'jueves 8 de octubre de 2026, 10:00 a. m., hora de "
           "Panamá (GMT-5)', duración 45 minutos -> 15:00Z-15:45Z (Panamá no tiene horario de verano); "
           "contacto = reclutadora citada en el cuerpo (el remitente es de Workday)")
def p04() -> bytes:
    when = "2026-10-02 16:40"
    body = t("""
        Estimada Sofía Gutiérrez:

        Gracias por su interés en la posición R-20418 Consultor(a) Funcional ERP - Logística
        de Exportación. Nos complace confirmarle su entrevista:

            Fecha:      jueves 8 de octubre de 2026
            Hora:       10:00 a. m., hora de Panamá (GMT-5)
            Duración:   45 minutos
            Modalidad:  Microsoft Teams (el enlace le llegará por separado)
            Entrevistan: Ing. Aníbal Quintero, Gerente de Sistemas
                         Itzel Camargo, Adquisición de Talento

        Por favor ingrese a la reunión cinco minutos antes. Si tiene alguna consulta, escriba
        directamente a Itzel Camargo (itzel.camargo@navieraistmena.com.pa).

        Atentamente,
        Adquisición de Talento
        Naviera Istmeña, S.A. - Ciudad de Panamá

        Este mensaje fue generado automáticamente por Workday. Por favor no responda a este correo.
        """)
    headers = [
        ("Delivered-To", ME),
        rx("mx0b-00182f01.pphosted.com", "198.51.100.7", when, PTY, "p04"),
        ("From", addr("Naviera Istmeña", "navieraistmena@myworkday.com", "iso-8859-1")),
        ("To", ME),
        ("Subject", enc("Confirmación de entrevista - R-20418 Consultor(a) Funcional ERP", "iso-8859-1")),
        ("Date", date(when, PTY)),
        ("Message-ID", "<1718293845.44021.1791063600123@wd5-prod-mail-03>"),
        ("X-Workday-Tenant", "navieraistmena"),
    ]
    return message(headers, text(body, charset="iso-8859-1"))


@mail(n(5), family="smartrecruiters", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-13 10:00", CR), end=utc("2026-10-13 11:00", CR),
      contact="mariela.solano@altosdedota.cr", company="Beneficio Altos de Dota",
      local="Tue 2026-10-13 10:00", local_end="2026-10-13 11:00", zone=CR,
      note="Reenvío a sí misma (example.net -> example.org) de una confirmación de SmartRecruiters como "
           "message/rfc822: 'martes 13 de octubre de 2026, de 10:00 a. m. a 11:00 a. m. (hora de Costa "
           "Rica, GMT-6)' -> 16:00Z-17:00Z; el remitente exterior es la candidata y el interior es no-reply, "
           "así que el contacto es la reclutadora escrita en el cuerpo reenviado")
def p05() -> bytes:
    inner_when = "2026-10-05 09:02"
    inner_body = t("""
        Hola Sofía,

        ¡Gracias por postularse a Jefatura de Sistemas ERP (SAP S/4HANA) en Beneficio Altos de Dota!

        Su entrevista quedó confirmada:

        Fecha: martes 13 de octubre de 2026
        Hora: de 10:00 a. m. a 11:00 a. m. (hora de Costa Rica, GMT-6)
        Lugar: Oficinas centrales, Santa María de Dota, o por Google Meet si así lo prefiere
        Enlace: https://meet.google.com/dot-axqe-mvk

        Le entrevistarán Mariela Solano Vargas (Talento Humano) y el Ing. Esteban Naranjo (Gerente de
        Operaciones). Para cualquier cambio comuníquese con Mariela al correo
        mariela.solano@altosdedota.cr o al +506 2541-1180.

        Saludos cordiales,
        Equipo de Reclutamiento
        Beneficio Altos de Dota S.A.

        --
        Este correo fue enviado por SmartRecruiters en nombre de Beneficio Altos de Dota S.A.
        """)
    inner = message([
        ("Return-Path", "<bounce-7741@smartrecruiters.com>"),
        ("From", addr("Beneficio Altos de Dota S.A.", "no-reply@smartrecruiters.com")),
        ("To", addr("Sofía Gutiérrez", ME_NET)),
        ("Subject", enc("Confirmación de entrevista: Jefatura de Sistemas ERP (SAP S/4HANA)")),
        ("Date", date(inner_when, CR)),
        ("Message-ID", "<20261005150200.7741.3f0ce2@smartrecruiters.com>"),
    ], alt(text(inner_body, cte="quoted-printable"), html(gmail_html(inner_body))))
    when = "2026-10-05 20:15"
    outer = t("""
        Reenvío para tenerlo en el correo principal.
        Ojo: es hora de Costa Rica, igual que aquí.

        S.
        """)
    headers = [
        ("Delivered-To", ME),
        rx("mail-sor-f41.example.net", "192.0.2.41", when, MGA, "p05"),
        ("From", addr("Sofía Gutiérrez", ME_NET)),
        ("To", ME_TO),
        ("Subject", enc("Fwd: Confirmación de entrevista: Jefatura de Sistemas ERP (SAP S/4HANA)")),
        ("Date", date(when, MGA)),
        ("Message-ID", "<a81c7d2e-0f5b-4d1e-9f3c-2b6e1c0d9a47@example.net>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ]
    return message(headers, mixed(text(outer, cte="8bit"), attached_message(inner, "entrevista.eml")))


@mail(n(6), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-22 07:30", MGA), end=None,
      contact="raltamirano@lassegovias.com.ni", company="Exportadora Las Segovias",
      local="Tue 2026-09-22 07:30", zone=MGA,
      note="Gerente escribiendo desde el teléfono el lunes 21 sep a las 6:52 (Managua): 'te espero mañana de "
           "mañanita, 7:30' -> martes 22 sep 07:30 UTC-6 = 13:30Z; 'como una hora' es aproximado, sin fin; "
           "contacto = remitente")
def p06() -> bytes:
    when = "2026-09-21 06:52"
    body = t("""
        Sofi buenos dias, ya hablé con don Jaime y está de acuerdo en que nos reunamos los tres.

        Entonces te espero mañana de mañanita, 7:30, en la oficina de Los Robles (de la Rotonda
        El Güegüense 2c al sur, portón negro). Es la entrevista con él para lo del puesto de
        coordinadora de sistemas, va a ser como una hora, llevá tu CV impreso que él es de la vieja
        escuela jaja.

        Cualquier cosa me escribís al wasap o aquí mismo.

        Róger

        Enviado desde mi Huawei

        > El dom., 20 sept. 2026 a las 19:08, Sofía Gutiérrez <sofia.gutierrez@example.org> escribió:
        > Hola Róger, gracias por pensar en mí. Cuando don Jaime pueda, yo me acomodo esta semana.
        > Saludos, Sofía
        """)
    headers = [
        ("Delivered-To", ME),
        rx("mail-pj1-f54.google.com", "203.0.113.54", when, MGA, "p06"),
        ("From", addr("Róger Altamirano", "raltamirano@lassegovias.com.ni")),
        ("To", ME_TO),
        ("Subject", "Re: puesto coordinacion sistemas"),
        ("Date", date(when, MGA)),
        ("Message-ID", "<CAHx7=v0rG3+LsegoV1as2Qk@mail.gmail.com>"),
        ("In-Reply-To", "<CAFq9kJ2sofiaG77Wd@mail.gmail.com>"),
        ("References", "<CAFq9kJ2sofiaG77Wd@mail.gmail.com>"),
    ]
    return message(headers, text(body, cte="8bit"))


@mail(n(7), family="zoom", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-06 15:30", CR), end=None,
      contact="kmendez@tresriosagro.co.cr", company="Agroexportadora Tres Ríos",
      local="Tue 2026-10-06 15:30", zone=CR,
      note="Costa Rica, de usted, con invitación de Zoom pegada: enviado el jueves 1 oct, 'el martes de la "
           "próxima semana a las tres y media de la tarde' = martes 6 oct 15:30 hora de Costa Rica (UTC-6) "
           "= 21:30Z; el bloque de Zoom dice '6 oct 2026 03:30 p. m.'; sin duración exacta; cierra el hilo "
           "de la propuesta (otro correo del set, negativo)")
def p07() -> bytes:
    when = "2026-10-01 10:14"
    body = t("""
        Buenos días, doña Sofía:

        Perfecto, con mucho gusto. Entonces quedamos el martes de la próxima semana a las tres y media
        de la tarde (hora de Costa Rica, que es la misma de Managua). Nos acompañará don Federico
        Arias, nuestro gerente financiero. Le dejo los datos de la reunión:

        Karla Méndez le está invitando a una reunión de Zoom programada.

        Tema: Entrevista Sofía Gutiérrez - Analista Sr. ERP
        Hora: 6 oct 2026 03:30 p. m. América Central

        Unirse a la reunión Zoom
        https://us06web.zoom.us/j/81234567890?pwd=TresRios2026

        ID de reunión: 812 3456 7890
        Código de acceso: 447120

        Cualquier consulta, a la orden.

        Saludos cordiales,

        Karla Méndez Rojas
        Coordinadora de Talento Humano
        Agroexportadora Tres Ríos S.A. | Tres Ríos, Cartago
        Tel. +506 2279-4410

        El mié, 30 sept 2026 a las 18:02, Sofía Gutiérrez (<sofia.gutierrez@example.org>) escribió:
        > Buenas tardes, Karla:
        > Muchas gracias. Me viene mejor la opción del martes 6 a las 3:30 p. m.
        > Saludos,
        > Sofía
        >
        > El mar, 29 sept 2026 a las 11:40, Karla Méndez Rojas escribió:
        >> ¿Le vendría bien el lunes 5 de octubre a las 10 a. m. o el martes 6 a las tres y media
        >> de la tarde?
        """)
    headers = [
        ("Delivered-To", ME),
        rx("mail-vk1-f177.google.com", "203.0.113.177", when, CR, "p07"),
        ("From", addr("Karla Méndez Rojas", "kmendez@tresriosagro.co.cr")),
        ("To", ME_TO),
        ("Subject", enc("Re: Entrevista - Analista Sr. ERP - Agroexportadora Tres Ríos")),
        ("Date", date(when, CR)),
        ("Message-ID", "<CAJt6m4xKmR0jas+Q2w9@mail.gmail.com>"),
        ("In-Reply-To", "<CAFq9kJ2sofia0930ttr@mail.gmail.com>"),
        ("References", "<CAJt6m4xKmR0jas+P1v8@mail.gmail.com> <CAFq9kJ2sofia0930ttr@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(8), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-15 14:00", TGU), end=utc("2026-10-15 15:00", TGU),
      contact="lzelaya@montecillos.hn", company="Beneficio Montecillos",
      local="Thu 2026-10-15 14:00", local_end="2026-10-15 15:00", zone=TGU,
      note="Invitación de Google Calendar en español desde Tegucigalpa: 'jueves, 15 de octubre de 2026⋅14:00 – "
           "15:00, Hora de Centroamérica - Tegucigalpa' (UTC-6) -> 20:00Z-21:00Z; ICS TZID America/Tegucigalpa; "
           "contacto = organizador")
def p08() -> bytes:
    when = "2026-10-09 11:03"
    body = t("""
        Se te invitó al siguiente evento.

        Entrevista - Jefa de Sistemas ERP (Sofía Gutiérrez)
        jueves, 15 de octubre de 2026⋅14:00 – 15:00
        Hora de Centroamérica - Tegucigalpa

        Unirse con Google Meet
        https://meet.google.com/hnd-wqzp-kte

        Organizador
        Luis Fernando Zelaya
        lzelaya@montecillos.hn

        Invitados
        Luis Fernando Zelaya - organizador
        Sofía Gutiérrez
        Marlen Banegas

        Ver todos los detalles del invitado
        https://calendar.google.com/calendar/event?action=VIEW&eid=NWYyOGJhMTIzZA

        ¿Asistirás?
        Sí: https://calendar.google.com/calendar/event?action=RESPOND&eid=NWYyOGJhMTIzZA&rst=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid=NWYyOGJhMTIzZA&rst=2
        Quizás: https://calendar.google.com/calendar/event?action=RESPOND&eid=NWYyOGJhMTIzZA&rst=3

        Invitación de Google Calendar
        Recibes este correo porque estás en la lista de invitados del evento.
        """)
    page = t("""
        <html><body>
        <div style="font-family:Roboto,Arial,sans-serif;color:#3c4043">
        <div style="font-size:14px">Se te invitó al siguiente evento.</div>
        <h2 style="font-size:22px;font-weight:400;color:#3c4043">Entrevista - Jefa de Sistemas ERP (Sofía Gutiérrez)</h2>
        <div><span>jueves, 15 de octubre de 2026</span>⋅<span>14:00 – 15:00</span></div>
        <div style="color:#70757a">Hora de Centroamérica - Tegucigalpa</div>
        <div><a href="https://meet.google.com/hnd-wqzp-kte" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Unirse con Google Meet</a></div>
        <div style="margin-top:12px"><b>Organizador</b><br>Luis Fernando Zelaya<br>
        <a href="mailto:lzelaya@montecillos.hn">lzelaya@montecillos.hn</a></div>
        <div style="margin-top:12px"><b>Invitados</b><br>Luis Fernando Zelaya - organizador<br>Sofía Gutiérrez<br>Marlen Banegas</div>
        <div style="font-size:12px;color:#70757a;margin-top:24px">Invitación de Google Calendar</div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ[TGU]}
BEGIN:VEVENT
DTSTART;TZID=America/Tegucigalpa:20261015T140000
DTEND;TZID=America/Tegucigalpa:20261015T150000
DTSTAMP:20261009T170300Z
ORGANIZER;CN=Luis Fernando Zelaya:mailto:lzelaya@montecillos.hn
UID:5f28ba123d0c4e1b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sofía Gutiérrez;X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marlen Banegas;X-NUM-GUESTS=0:mailto:mbanegas@montecillos.hn
X-GOOGLE-CONFERENCE:https://meet.google.com/hnd-wqzp-kte
CREATED:20261009T170200Z
DESCRIPTION:Entrevista con Sofía Gutiérrez para la jefatura de sistemas ERP.
LAST-MODIFIED:20261009T170300Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista - Jefa de Sistemas ERP (Sofía Gutiérrez)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Delivered-To", ME),
        rx("mail-sor-f73.google.com", "192.0.2.73", when, TGU, "p08"),
        ("Reply-To", addr("Luis Fernando Zelaya", "lzelaya@montecillos.hn")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("From", addr("Luis Fernando Zelaya", "lzelaya@montecillos.hn")),
        ("To", ME),
        ("Subject", enc("Invitación: Entrevista - Jefa de Sistemas ERP (Sofía Gutiérrez) @ "
                        "jue 15 oct 2026 2pm - 3pm (CST) (sofia.gutierrez@example.org)")),
        ("Date", date(when, TGU)),
        ("Message-ID", "<calendar-5f28ba12-3d0c-4e1b-9a77-0c2e1f8b6d10@google.com>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(page), calendar(ics, cte="base64")),
        calendar(ics, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


@mail(n(9), family="calendly", lang="es", interview=True, kind="scheduled",
      start=utc("2026-12-01 10:30", MGA), end=utc("2026-12-01 11:00", MGA),
      contact="alferrer@biscaynegreen.com", company="Biscayne Green Coffee Importers",
      local="Tue 2026-12-01 10:30", local_end="2026-12-01 11:00", zone=MGA,
      note="Calendly en español (empresa de Miami), enviado en UTC: '10:30 - 11:00, martes, 1 de diciembre de "
           "2026 (Hora de Centroamérica)' -> 16:30Z-17:00Z (es la zona de la invitada, no la de Miami); ICS en "
           "UTC igual; contacto = Reply-To de la anfitriona")
def p09() -> bytes:
    when = "2026-11-27 20:31"
    body = t("""
        Hola Sofía Gutiérrez:

        Se ha programado un nuevo evento.

        Nombre del evento:
        Entrevista con Ana Lucía - Gerente de Operaciones ERP

        Fecha/hora del evento:
        10:30 - 11:00, martes, 1 de diciembre de 2026 (Hora de Centroamérica)

        Ubicación:
        Esta es una llamada web de Microsoft Teams. Los datos se enviarán por separado.

        Invitado:
        Sofía Gutiérrez
        sofia.gutierrez@example.org

        Notas adicionales:
        Encantada de conversar. Revisaré tu experiencia con trazabilidad de lotes.

        Cancelar: https://calendly.com/cancellations/7b1f0d2e-44aa-4c3a-9d11-6e4f8a2b9c55
        Reprogramar: https://calendly.com/reschedulings/7b1f0d2e-44aa-4c3a-9d11-6e4f8a2b9c55

        Con la tecnología de Calendly.com
        """)
    page = gmail_html(body).replace('<div dir="ltr">', '<div dir="ltr" style="font-family:Proxima Nova,Arial">')
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:7b1f0d2e-44aa-4c3a-9d11-6e4f8a2b9c55@calendly.com
DTSTAMP:20261127T203100Z
DTSTART:20261201T163000Z
DTEND:20261201T170000Z
SUMMARY:Entrevista con Ana Lucía - Gerente de Operaciones ERP
ORGANIZER;CN=Ana Lucía Ferrer:mailto:alferrer@biscaynegreen.com
ATTENDEE;CN=Sofía Gutiérrez;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Delivered-To", ME),
        rx("o3.email.calendly.com", "198.51.100.203", when, "UTC", "p09"),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", addr("Ana Lucía Ferrer", "alferrer@biscaynegreen.com")),
        ("To", ME),
        ("Subject", enc("Nuevo evento: Entrevista con Ana Lucía - Gerente de Operaciones ERP - "
                        "10:30 mar, 1 dic 2026")),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<7b1f0d2e44aa4c3a.invitee.confirmation@calendly.com>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(page)),
        calendar(ics, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment"),
    ))


@mail(n(10), family="outlook_exchange", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-02 09:00", CHI), end=utc("2026-11-02 10:00", CHI),
      contact="kelly.hernandez@lakeshorefoods.com", company="Lakeshore Foods Group",
      local="Mon 2026-11-02 09:00", local_end="2026-11-02 10:00", zone=CHI,
      note="Exchange meeting request sent Fri 30 Oct in CDT (UTC-5) for Mon 2 Nov 9:00-10:00 AM, the day after "
           "US DST ends: CST (UTC-6) -> 15:00Z-16:00Z; TZID 'Central Standard Time' (Windows name); contact = "
           "organizer/sender")
def p10() -> bytes:
    when = "2026-10-30 13:20"
    body = t("""
        Hi Sofia,

        As discussed on the phone, here is the invite for your interview with our ERP Program Manager,
        Dave Kowalski. Please note the time is Central Time - with the clocks going back on Sunday that
        will be 9:00 AM for you in Managua as well.

        Looking forward to it!
        Kelly

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Lakeshore2026>
        Meeting ID: 284 551 903 127
        Passcode: a7Kp3Q
        Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="EN-US">
        <div class="WordSection1">
        <p class="MsoNormal">Hi Sofia,</p>
        <p class="MsoNormal">As discussed on the phone, here is the invite for your interview with our ERP
        Program Manager, Dave Kowalski. Please note the time is Central Time &#8211; with the clocks going back
        on Sunday that will be 9:00 AM for you in Managua as well.</p>
        <p class="MsoNormal">Looking forward to it!<br>Kelly</p>
        <div style="max-width:520px">
        <p>________________________________________________________________________________</p>
        <p><span style="font-size:18pt;font-family:'Segoe UI'">Microsoft Teams meeting</span></p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_Lakeshore2026">Click here to join the meeting</a></p>
        <p>Meeting ID: 284 551 903 127<br>Passcode: a7Kp3Q</p>
        <p>________________________________________________________________________________</p>
        </div></div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ["Central Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN="Hernandez, Kelly":mailto:Kelly.Hernandez@lakeshorefoods.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sofia.gutierrez@example.org:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kowalski, Dave":mailto:Dave.Kowalski@lakeshorefoods.com
DESCRIPTION;LANGUAGE=en-US:Hi Sofia\\n\\nAs discussed on the phone\\, here is the invite for your interview.\\n
UID:040000008200E00074C5B7101A82E00800000000B0C2A5F4E768DC010000000000000000100000004F3E2D1C
SUMMARY;LANGUAGE=en-US:Interview - Sofia Gutierrez - Sr. ERP Business Analyst
DTSTART;TZID=Central Standard Time:20261102T090000
DTEND;TZID=Central Standard Time:20261102T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261030T182000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2124917823
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
END:VCALENDAR"""
    headers = [
        ("Delivered-To", ME),
        rx("mail-co1nam11on2101.outbound.protection.outlook.com", "203.0.113.101", when, CHI, "p10"),
        ("From", '"Hernandez, Kelly" <Kelly.Hernandez@lakeshorefoods.com>'),
        ("To", '"sofia.gutierrez@example.org" <sofia.gutierrez@example.org>'),
        ("CC", '"Kowalski, Dave" <Dave.Kowalski@lakeshorefoods.com>'),
        ("Subject", "Interview - Sofia Gutierrez - Sr. ERP Business Analyst"),
        ("Thread-Topic", "Interview - Sofia Gutierrez - Sr. ERP Business Analyst"),
        ("Thread-Index", "AdtKc8Yq3+2m1bEhT0Wm9f1xk2J1bQ=="),
        ("Date", date(when, CHI)),
        ("Message-ID", "<CO1PR11MB4882A7C1D2E3F4A5B6C7D8E9A1B2@CO1PR11MB4882.namprd11.prod.outlook.com>"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(headers, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(11), family="teamtailor", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-21 15:30", CR), end=utc("2026-10-21 16:15", CR),
      contact="nquiros@agrovallecentral.cr", company="Agroinsumos del Valle Central",
      local="Wed 2026-10-21 15:30", local_end="2026-10-21 16:15", zone=CR,
      note="Teamtailor, solo HTML: 'miércoles 21 de octubre · 15:30–16:15 (America/Costa_Rica)' -> "
           "21:30Z-22:15Z; el Reply-To es un relé de Teamtailor, así que el contacto es la entrevistadora "
           "citada en el cuerpo")
def p11() -> bytes:
    when = "2026-10-15 09:10"
    page = t("""
        <!doctype html>
        <html lang="es"><head><meta charset="utf-8"><title>Entrevista confirmada</title></head>
        <body style="background:#f6f6f6;margin:0">
        <div style="max-width:600px;margin:0 auto;background:#fff;font-family:Helvetica,Arial,sans-serif;color:#333;padding:32px">
        <img src="https://assets.teamtailor-cdn.com/agrovallecentral/logo.png" alt="Agroinsumos del Valle Central" width="140">
        <h1 style="font-size:22px">¡Tu entrevista está confirmada!</h1>
        <p>Hola Sofía,</p>
        <p>Gracias por reservar un espacio para conversar sobre el puesto <strong>Líder de Implementación ERP
        (Odoo)</strong>. Estos son los detalles:</p>
        <table style="width:100%;border-top:1px solid #eee;border-bottom:1px solid #eee;padding:12px 0">
        <tr><td style="color:#888;width:120px">Cuándo</td><td>miércoles 21 de octubre · 15:30–16:15 (America/Costa_Rica)</td></tr>
        <tr><td style="color:#888">Dónde</td><td>Videollamada · <a href="https://meet.google.com/agv-pqrs-tuv">meet.google.com/agv-pqrs-tuv</a></td></tr>
        <tr><td style="color:#888">Con</td><td>Natalia Quirós, Gerente de Proyectos (nquiros@agrovallecentral.cr)</td></tr>
        </table>
        <p>Si necesitás cambiar la hora, respondé a este correo o escribile a Natalia.</p>
        <p>¡Nos vemos pronto!<br>Equipo de Talento · Agroinsumos del Valle Central</p>
        <p style="font-size:11px;color:#aaa">Enviado con Teamtailor · <a href="https://agrovallecentral.teamtailor.com/privacy">Aviso de privacidad</a></p>
        </div></body></html>
        """)
    headers = [
        ("Delivered-To", ME),
        rx("m2-41.teamtailor-mail.com", "198.51.100.141", when, CR, "p11"),
        ("From", "Agroinsumos del Valle Central <no-reply@teamtailor-mail.com>"),
        ("Reply-To", "reply+c2f71d0a9b@agrovallecentral.teamtailor-mail.com"),
        ("To", addr("Sofía Gutiérrez", ME)),
        ("Subject", enc("Entrevista confirmada – Líder de Implementación ERP (Odoo)")),
        ("Date", date(when, CR)),
        ("Message-ID", "<6f1e2d3c4b5a.interview.confirmation@teamtailor-mail.com>"),
    ]
    return message(headers, html(page))


@mail(n(12), family="personio", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-19 16:00", BER), end=utc("2026-11-19 17:00", BER),
      contact="jana.petersen@nordkaffee.de", company="Nordkaffee Handelshaus",
      local="Thu 2026-11-19 16:00", local_end="2026-11-19 17:00", zone=BER,
      note="Personio (empresa de Hamburgo, plantilla en español): 'jueves, 19 de noviembre de 2026, de 16:00 a "
           "17:00 (hora de Alemania, CET)' = 15:00Z-16:00Z (9:00 a 10:00 en Managua, que el correo también "
           "menciona); ICS TZID Europe/Berlin; contacto = Reply-To")
def p12() -> bytes:
    when = "2026-11-13 14:00"
    body = t("""
        Hola Sofía:

        Muchas gracias por tu candidatura como ERP Consultant Latinoamérica (remoto). Nos alegra
        confirmarte la siguiente cita:

        Entrevista personal (videollamada)
        Fecha: jueves, 19 de noviembre de 2026
        Hora: de 16:00 a 17:00 (hora de Alemania, CET) - es decir, de 9:00 a 10:00 en Managua
        Participantes: Jana Petersen (People & Culture), Jörg Albers (Head of Supply Chain IT)
        Enlace: https://nordkaffee.webex.com/meet/j.albers

        Adjuntamos la invitación para tu calendario. Si surge algún inconveniente, responde a este
        correo.

        Saludos cordiales
        Jana Petersen
        People & Culture
        Nordkaffee Handelshaus GmbH · Am Sandtorkai 12 · 20457 Hamburg
        """)
    page = gmail_html(body)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
{TZ[BER]}
BEGIN:VEVENT
UID:personio-appointment-5521987@personio.de
DTSTAMP:20261113T130000Z
DTSTART;TZID=Europe/Berlin:20261119T160000
DTEND;TZID=Europe/Berlin:20261119T170000
SUMMARY:Entrevista personal - ERP Consultant Latinoamérica (remoto)
ORGANIZER;CN=Jana Petersen:mailto:jana.petersen@nordkaffee.de
ATTENDEE;CN=Sofía Gutiérrez;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
LOCATION:https://nordkaffee.webex.com/meet/j.albers
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Delivered-To", ME),
        rx("mail-out-eu2.personio.de", "192.0.2.212", when, BER, "p12"),
        ("From", "Nordkaffee Handelshaus GmbH <no-reply@mail.personio.de>"),
        ("Reply-To", "Jana Petersen <jana.petersen@nordkaffee.de>"),
        ("To", ME),
        ("Subject", enc("Einladung / Invitación: Entrevista personal - ERP Consultant Latinoamérica (remoto)")),
        ("Date", date(when, BER)),
        ("Message-ID", "<20261113130000.5521987.appointment@mail.personio.de>"),
    ]
    return message(headers, mixed(
        alt(text(body, cte="base64"), html(page, cte="base64")),
        calendar(ics, cte="base64", filename="einladung.ics", disposition="attachment", name_param=True),
    ))


@mail(n(13), family="workable", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-04 11:00", LA), end=utc("2026-11-04 12:00", LA),
      contact="greg@redwoodorigin.com", company="Redwood Origin Coffee",
      local="Wed 2026-11-04 11:00", local_end="2026-11-04 12:00", zone=LA,
      note="Workable reschedule sent Thu 29 Oct in PDT: old Fri Oct 30 11:00 AM PDT, new Wed Nov 4 11:00 AM-12:00 "
           "PM PST (UTC-8 after 1 Nov) -> 19:00Z-20:00Z; ICS SEQUENCE:1 agrees; Reply-To is a Workable relay, "
           "so contact = hiring manager's address in the body")
def p13() -> bytes:
    when = "2026-10-29 16:45"
    body = t("""
        Hi Sofía,

        Your interview for the Coffee Supply Systems Analyst position at Redwood Origin Coffee has been
        rescheduled.

        Previous time: Friday, October 30, 2026, 11:00 AM - 12:00 PM (PDT)
        New time:      Wednesday, November 4, 2026, 11:00 AM - 12:00 PM (PST)

        Interview type: Video call (Zoom)
        Join link: https://redwoodorigin.zoom.us/j/93312004451

        Greg is traveling to origin on Friday, so we moved it to the following week. If the new time
        doesn't work, you can reach Greg Tanaka directly at greg@redwoodorigin.com.

        Thanks,
        Redwood Origin Coffee Hiring Team

        Sent via Workable
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
{TZ[LA]}
BEGIN:VEVENT
UID:wk-evt-5c0f2b91e7@workable.com
DTSTAMP:20261029T234500Z
DTSTART;TZID=America/Los_Angeles:20261104T110000
DTEND;TZID=America/Los_Angeles:20261104T120000
SEQUENCE:1
SUMMARY:Interview: Sofía Gutiérrez - Coffee Supply Systems Analyst
LOCATION:https://redwoodorigin.zoom.us/j/93312004451
ORGANIZER;CN=Redwood Origin Coffee:mailto:redwood-origin-coffee+c5f0e7@candidates.workablemail.com
ATTENDEE;CN=Sofía Gutiérrez;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Delivered-To", ME),
        rx("mail-out-7.workablemail.com", "198.51.100.77", when, LA, "p13"),
        ("From", "Redwood Origin Coffee <noreply@workablemail.com>"),
        ("Reply-To", "redwood-origin-coffee+c5f0e7@candidates.workablemail.com"),
        ("To", ME_TO),
        ("Subject", "Interview rescheduled: Coffee Supply Systems Analyst at Redwood Origin Coffee"),
        ("Date", date(when, LA)),
        ("Message-ID", "<5c0f2b91e7.reschedule.1@workablemail.com>"),
    ]
    return message(headers, mixed(
        text(body, cte="quoted-printable"),
        calendar(ics, cte="base64", filename="invite.ics", disposition="attachment"),
    ))


@mail(n(14), family="icims", lang="es", interview=True, kind="scheduled",
      start=utc("2026-12-10 14:00", NY), end=None,
      contact="yolanda.reyes@brickellcg.com", company="Brickell Commodities Group",
      local="Thu 2026-12-10 14:00", zone=NY,
      note="iCIMS en español (Miami), windows-1252: 'jueves 10 de diciembre de 2026 a las 2:00 p. m. hora del "
           "Este (ET)' = EST en diciembre (UTC-5) -> 19:00Z; sin duración; el remitente es la dirección de "
           "iCIMS, contacto = coordinadora citada en el cuerpo")
def p14() -> bytes:
    when = "2026-12-07 10:00"
    body = t("""
        Estimada Sofía:

        Le escribimos de Brickell Commodities Group en relación con la vacante “Gerente de Aplicaciones
        ERP – Café y Cacao” (Req. 2026-1187).

        Nos complace confirmar su entrevista con el panel de Operaciones:

        • Fecha: jueves 10 de diciembre de 2026
        • Hora: 2:00 p. m. hora del Este (ET) – 1:00 p. m. en Centroamérica
        • Lugar: 1450 Brickell Ave., piso 19, Miami, FL 33131 (o por Webex si viaja)

        Contacto: Yolanda Reyes, Coordinadora de Reclutamiento – yolanda.reyes@brickellcg.com

        Atentamente,
        Talent Acquisition
        Brickell Commodities Group
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Calibri,Arial;font-size:11pt">
        <p>Estimada Sofía:</p>
        <p>Le escribimos de Brickell Commodities Group en relación con la vacante “Gerente de Aplicaciones
        ERP – Café y Cacao” (Req. 2026-1187).</p>
        <p>Nos complace confirmar su entrevista con el panel de Operaciones:</p>
        <ul>
        <li><b>Fecha:</b> jueves 10 de diciembre de 2026</li>
        <li><b>Hora:</b> 2:00 p. m. hora del Este (ET) – 1:00 p. m. en Centroamérica</li>
        <li><b>Lugar:</b> 1450 Brickell Ave., piso 19, Miami, FL 33131 (o por Webex si viaja)</li>
        </ul>
        <p>Contacto: Yolanda Reyes, Coordinadora de Reclutamiento – <a href="mailto:yolanda.reyes@brickellcg.com">yolanda.reyes@brickellcg.com</a></p>
        <p>Atentamente,<br>Talent Acquisition<br>Brickell Commodities Group</p>
        <img src="https://careers-brickellcg.icims.com/track/open?m=88213" width="1" height="1" alt="">
        </body></html>
        """)
    headers = [
        ("Delivered-To", ME),
        rx("mta-2.icims.com", "203.0.113.12", when, NY, "p14"),
        ("From", "Brickell Commodities Group <brickellcg+autoreply@talent.icims.com>"),
        ("To", addr("Sofía Gutiérrez", ME, "windows-1252")),
        ("Subject", enc("Confirmación de entrevista – Gerente de Aplicaciones ERP (Req. 2026-1187)",
                        "windows-1252")),
        ("Date", date(when, NY)),
        ("Message-ID", "<88213.1796655600000.JavaMail.icims@mta-2.icims.com>"),
    ]
    return message(headers, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(n(15), family="taleo", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-11-16 08:30", PTY), end=None,
      contact="rpinzon@transistmico.com.pa", company="Banco Transístmico",
      local="Mon 2026-11-16 08:30", zone=PTY,
      note="Taleo, iso-8859-1 8bit: entrevista reprogramada del jueves 12 de noviembre 9:00 a. m. al lunes 16 de "
           "noviembre de 2026, 8:30 a. m. hora de Panamá (UTC-5, sin horario de verano) -> 13:30Z; contacto = "
           "analista citado en el cuerpo")
def p15() -> bytes:
    when = "2026-11-10 08:15"
    body = t("""
        Estimada Sra. Gutiérrez,

        Le informamos que su entrevista para el puesto Especialista Senior ERP - Tesorería y Comercio
        Exterior (Solicitud 2604511) ha sido reprogramada por motivos de agenda del panel.

        Fecha y hora anterior: jueves 12 de noviembre de 2026, 9:00 a. m.
        Nueva fecha y hora:    lunes 16 de noviembre de 2026, 8:30 a. m. (hora de Panamá)

        Lugar: Torre Transístmico, Calle 50, piso 7, Ciudad de Panamá. Presentarse en recepción con
        cédula o pasaporte. Si participa de forma remota desde Nicaragua, el enlace de Teams le será
        enviado un día antes.

        Para confirmar su asistencia o cualquier consulta, comuníquese con el Lic. Rubén Pinzón
        (rpinzon@transistmico.com.pa).

        Atentamente,

        Gestión del Talento
        Banco Transístmico, S.A.

        *** Este es un mensaje automático enviado desde Taleo. No responda a esta dirección. ***
        """)
    headers = [
        ("Delivered-To", ME),
        rx("mail3.taleo.net", "192.0.2.33", when, PTY, "p15"),
        ("From", addr("Banco Transístmico", "bancotransistmico@taleo.net", "iso-8859-1")),
        ("To", ME),
        ("Subject", enc("Reprogramación de entrevista - Solicitud 2604511", "iso-8859-1")),
        ("Date", date(when, PTY)),
        ("Message-ID", "<1290331.2604511.1794316500@tbe.taleo.net>"),
    ]
    return message(headers, text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(16), family="recruitee", lang="es", interview=True, kind="cancelled",
      start=utc("2026-11-25 14:00", CR), end=utc("2026-11-25 14:45", CR),
      contact="dbrenes@orosialto.cr", company="Cafetalera Orosí Alto",
      local="Wed 2026-11-25 14:00", local_end="2026-11-25 14:45", zone=CR,
      note="Recruitee, cancelación sin nueva hora: 'miércoles 25 de noviembre, 14:00–14:45 (hora de Costa Rica)' "
           "-> 20:00Z-20:45Z es la franja cancelada; ICS METHOD:CANCEL; contacto = Reply-To humano")
def p16() -> bytes:
    when = "2026-11-23 12:30"
    body = t("""
        Hola Sofía,

        Lamentamos informarte que tu entrevista para el puesto de Analista de Sistemas Agrícolas ha sido
        cancelada.

        Entrevista cancelada: miércoles 25 de noviembre, 14:00–14:45 (hora de Costa Rica)

        La gerencia decidió congelar la contratación de esta posición hasta el próximo año. Si se
        reabre el proceso, Diego Brenes se pondrá en contacto contigo.

        Gracias por tu comprensión,
        Cafetalera Orosí Alto

        Powered by Recruitee
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Calendar//EN
METHOD:CANCEL
{TZ[CR]}
BEGIN:VEVENT
UID:recruitee-interview-3318877
DTSTAMP:20261123T183000Z
DTSTART;TZID=America/Costa_Rica:20261125T140000
DTEND;TZID=America/Costa_Rica:20261125T144500
SEQUENCE:2
STATUS:CANCELLED
SUMMARY:Entrevista: Sofía Gutiérrez - Analista de Sistemas Agrícolas
ORGANIZER;CN=Diego Brenes:mailto:dbrenes@orosialto.cr
ATTENDEE;CN=Sofía Gutiérrez:mailto:{ME}
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Delivered-To", ME),
        rx("smtp-out-3.recruitee.com", "198.51.100.93", when, CR, "p16"),
        ("From", addr("Cafetalera Orosí Alto", "no-reply@recruitee.com")),
        ("Reply-To", "Diego Brenes <dbrenes@orosialto.cr>"),
        ("To", ME),
        ("Subject", "Entrevista cancelada - Analista de Sistemas Agricolas"),
        ("Date", date(when, CR)),
        ("Message-ID", "<3318877.cancel@mail.recruitee.com>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(gmail_html(body))),
        calendar(ics, method="CANCEL", cte="base64", filename="cancel.ics", disposition="attachment"),
    ))


@mail(n(17), family="join", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-06 11:00", TGU), end=None,
      contact="gayala@copanverde.hn", company="Exportadora Copán Verde",
      local="Fri 2026-11-06 11:00", zone=TGU,
      note="JOIN: 'viernes 6 de noviembre de 2026 a las 11:00 (hora de Honduras, GMT-6)' -> 17:00Z; el fin de "
           "semana de DST en EE. UU. no afecta a Honduras; sin duración; contacto = Reply-To humano")
def p17() -> bytes:
    when = "2026-10-30 10:00"
    body = t("""
        Hola Sofía,

        ¡Buenas noticias! Gabriela Ayala de Exportadora Copán Verde ha confirmado tu entrevista para el
        puesto "Consultora ERP - Exportación de Café".

        Cuándo: viernes 6 de noviembre de 2026 a las 11:00 (hora de Honduras, GMT-6)
        Dónde: Llamada de Google Meet - https://meet.google.com/cpv-nmrs-xyz

        Puedes responder directamente a este correo para comunicarte con Gabriela.

        Mucho éxito,
        Tu equipo de JOIN

        JOIN Solutions AG · Zürich
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;background:#fafafa">
        <div style="max-width:560px;margin:auto;background:#fff;padding:28px;border-radius:6px">
        <p>Hola Sofía,</p>
        <p>¡Buenas noticias! <b>Gabriela Ayala</b> de <b>Exportadora Copán Verde</b> ha confirmado tu entrevista
        para el puesto &quot;Consultora ERP - Exportación de Café&quot;.</p>
        <p><b>Cuándo:</b> viernes 6 de noviembre de 2026 a las 11:00 (hora de Honduras, GMT-6)<br>
        <b>Dónde:</b> Llamada de Google Meet - <a href="https://meet.google.com/cpv-nmrs-xyz">unirse</a></p>
        <p>Puedes responder directamente a este correo para comunicarte con Gabriela.</p>
        <p>Mucho éxito,<br>Tu equipo de JOIN</p>
        <p style="font-size:11px;color:#999">JOIN Solutions AG · Zürich</p>
        </div></body></html>
        """)
    headers = [
        ("Delivered-To", ME),
        rx("mail.join.com", "203.0.113.210", when, TGU, "p17"),
        ("From", "Exportadora Copan Verde via JOIN <noreply@join.com>"),
        ("Reply-To", addr("Gabriela Ayala", "gayala@copanverde.hn")),
        ("To", ME),
        ("Subject", enc("Entrevista confirmada: Consultora ERP - Exportación de Café")),
        ("Date", date(when, TGU)),
        ("Message-ID", "<msg-9e2d1c7b-interview-confirmed@join.com>"),
    ]
    return message(headers, alt(text(body, cte="8bit"), html(page, cte="8bit")))


@mail(n(18), family="softgarden", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-08 15:00", BER), end=utc("2026-12-08 16:00", BER),
      contact="lena.vogt@kaffeewerk-bremen.de", company="Kaffeewerk Bremen",
      local="Tue 2026-12-08 15:00", local_end="2026-12-08 16:00", zone=BER,
      note="softgarden: the body gives no date or time ('see the attached calendar file'); the ICS has Tue 8 Dec "
           "15:00-16:00 Europe/Berlin (CET, UTC+1) -> 14:00Z-15:00Z; contact = human ICS ORGANIZER")
def p18() -> bytes:
    when = "2026-12-01 09:30"
    body = t("""
        Dear Ms Gutiérrez,

        Thank you for booking an appointment for your interview for the position
        "SAP Consultant Green Coffee Trading (remote, LATAM)".

        Your appointment is confirmed. You will find the date, the time and the video conference link
        in the attached calendar file (interview.ics) - simply open it to add the appointment to your
        calendar.

        Kind regards
        Your recruiting team at Kaffeewerk Bremen GmbH

        --
        Kaffeewerk Bremen GmbH · Überseetor 8 · 28217 Bremen
        This e-mail was sent via softgarden e-recruiting GmbH.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//softgarden//e-recruiting//EN
VERSION:2.0
METHOD:REQUEST
{TZ[BER]}
BEGIN:VEVENT
UID:sg-appointment-99120344@softgarden.io
DTSTAMP:20261201T083000Z
DTSTART;TZID=Europe/Berlin:20261208T150000
DTEND;TZID=Europe/Berlin:20261208T160000
SUMMARY:Interview Kaffeewerk Bremen - SAP Consultant Green Coffee Trading
DESCRIPTION:Video conference: https://kaffeewerk-bremen.whereby.com/interview-room
LOCATION:https://kaffeewerk-bremen.whereby.com/interview-room
ORGANIZER;CN=Lena Vogt:mailto:lena.vogt@kaffeewerk-bremen.de
ATTENDEE;CN=Sofía Gutiérrez;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Delivered-To", ME),
        rx("mx-out-2.softgarden.io", "192.0.2.29", when, BER, "p18"),
        ("From", "Kaffeewerk Bremen GmbH <no-reply@softgarden.io>"),
        ("To", ME),
        ("Subject", "Your interview appointment - SAP Consultant Green Coffee Trading (remote, LATAM)"),
        ("Date", date(when, BER)),
        ("Message-ID", "<sg.99120344.1796110200@softgarden.io>"),
    ]
    return message(headers, mixed(
        text(body, charset="iso-8859-15"),
        calendar(ics, cte="base64", ctype="text/calendar", filename="interview.ics", disposition="attachment"),
    ))


@mail(n(19), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-09 10:00", NY), end=utc("2026-12-09 12:00", NY),
      contact="rachel.kim@hudsonbaycommodities.com", company="Hudson Bay Commodities",
      local="Wed 2026-12-09 10:00", local_end="2026-12-09 12:00", zone=NY,
      note="GoodTime itinerary of three back-to-back sessions Wed Dec 9, 10:00 AM-12:00 PM EST (UTC-5) -> first "
           "start to last end 15:00Z-17:00Z; ICS covers the whole block; contact = Reply-To coordinator")
def p19() -> bytes:
    when = "2026-12-02 14:00"
    body = t("""
        Hi Sofía,

        Your onsite (virtual) interview with Hudson Bay Commodities is confirmed. Here is your itinerary:

        Wednesday, December 9, 2026 (all times Eastern Standard Time)

          10:00 AM - 10:45 AM   Ines Duarte, VP Trade Operations
          10:45 AM - 11:15 AM   Sam Whitaker, ERP Platform Lead
          11:15 AM - 12:00 PM   Panel: Finance & Treasury Systems

        All sessions use the same Zoom room: https://hudsonbay.zoom.us/j/98871234005

        Please reply to this email if anything changes.

        Best,
        Rachel Kim
        Recruiting Coordinator, Hudson Bay Commodities

        Scheduled with GoodTime
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{TZ[NY]}
BEGIN:VEVENT
UID:gt-itinerary-41b7d2c0@goodtime.io
DTSTAMP:20261202T190000Z
DTSTART;TZID=America/New_York:20261209T100000
DTEND;TZID=America/New_York:20261209T120000
SUMMARY:Hudson Bay Commodities - Virtual Onsite (Sofía Gutiérrez)
LOCATION:https://hudsonbay.zoom.us/j/98871234005
ORGANIZER;CN=Rachel Kim:mailto:rachel.kim@hudsonbaycommodities.com
ATTENDEE;CN=Sofía Gutiérrez;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Delivered-To", ME),
        rx("o22.sendgrid.goodtime.io", "198.51.100.22", when, NY, "p19"),
        ("From", "Hudson Bay Commodities via GoodTime <noreply@goodtime.io>"),
        ("Reply-To", "Rachel Kim <rachel.kim@hudsonbaycommodities.com>"),
        ("To", ME),
        ("Subject", "Confirmed: Your interview itinerary with Hudson Bay Commodities"),
        ("Date", date(when, NY)),
        ("Message-ID", "<gt.41b7d2c0.itinerary@goodtime.io>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(gmail_html(body))),
        calendar(ics, cte="base64", filename="itinerary.ics", disposition="attachment"),
    ))


@mail(n(20), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-12-08 09:00", MGA), end=None,
      contact="epallais@elmiradorcafe.com.ni", company="Torrefactora El Mirador",
      local="Tue 2026-12-08 09:00", zone=MGA,
      note="Nicaragua, de vos: la entrevista del 'jueves 10/12 a las 2 p. m.' pasa a 'mar. 8 de diciembre, 9:00 "
           "a. m.' ('quedamos para el 8'), hora de Managua UTC-6 -> 15:00Z; la invitación adjunta de Apple "
           "Calendar es de todo el día (solo el 8/12), la hora solo está en el texto; contacto = remitente")
def p20() -> bytes:
    when = "2026-12-03 18:20"
    body = t("""
        Hola Sofi, qué tal.

        Te cuento que al final el jueves 10/12 a las 2 p. m. no voy a poder, me toca viajar a Matagalpa
        a ver lo del beneficio. Como me dijiste que los martes tenés libre, quedamos para el 8 entonces:
        mar. 8 de diciembre, 9:00 a. m., aquí en la oficina (Carretera a Masaya km 6, frente a la
        gasolinera). Ya le avisé a Claudia de contabilidad para que esté también.

        Te mando la invitación, la puse de todo el día porque así me la pide el calendario del
        celular, pero es a las 9.

        Saludos,
        Ernesto Pallais
        Gerente General - Torrefactora El Mirador
        8882-4410
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 19.1//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:8F0C2A44-1B7E-4E2A-9D3C-55A1B0E7C9D2
DTSTAMP:20261204T002000Z
DTSTART;VALUE=DATE:20261208
DTEND;VALUE=DATE:20261209
SUMMARY:Entrevista Sofía Gutiérrez 9 am
LOCATION:Torrefactora El Mirador, Carretera a Masaya km 6
ORGANIZER;CN=Ernesto Pallais:mailto:epallais@elmiradorcafe.com.ni
ATTENDEE;CN=Sofía Gutiérrez;RSVP=TRUE:mailto:sofia.gutierrez@example.org
SEQUENCE:1
STATUS:CONFIRMED
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Delivered-To", ME),
        rx("mail-qt1-f170.google.com", "203.0.113.170", when, MGA, "p20"),
        ("From", addr("Ernesto Pallais", "epallais@elmiradorcafe.com.ni")),
        ("To", ME_TO),
        ("Subject", "Cambio de fecha - entrevista"),
        ("Date", date(when, MGA)),
        ("Message-ID", "<4E21B9C0-7A3D-4F51-8C2E-0D9F6A1B3C57@elmiradorcafe.com.ni>"),
        ("X-Mailer", "iPhone Mail (23B85)"),
    ]
    return message(headers, mixed(
        text(body, cte="quoted-printable"),
        calendar(ics, cte="8bit", filename="Entrevista.ics", disposition="attachment", name_param=True),
    ))


@mail(n(21), family="google_calendar", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-05 13:00", NY), end=utc("2026-11-05 13:45", NY),
      contact="owen.brady@meridiansupply.cloud", company="Meridian Supply Cloud",
      local="Thu 2026-11-05 13:00", local_end="2026-11-05 13:45", zone=NY,
      note="Google Calendar 'Updated invitation' sent Tue 27 Oct (EDT): moved from Wed Oct 28 1pm EDT to Thu Nov 5 "
           "1pm-1:45pm Eastern, which is EST after 1 Nov -> 18:00Z-18:45Z; ICS SEQUENCE:1 agrees; contact = "
           "organizer")
def p21() -> bytes:
    when = "2026-10-27 09:15"
    body = t("""
        This event has been changed.

        Interview: Sofía Gutiérrez / ERP Solutions Architect
        Changed: Thursday Nov 5, 2026 ⋅ 1pm – 1:45pm (Eastern Time - New York)
        Was: Wednesday Oct 28, 2026 ⋅ 1pm – 1:45pm (Eastern Time - New York)

        Moving us to next week - our VP of Product has to be in the room. Same link.

        Join with Google Meet
        https://meet.google.com/mer-idsp-cld

        Organizer
        Owen Brady
        owen.brady@meridiansupply.cloud

        Guests
        Owen Brady - organizer
        sofia.gutierrez@example.org
        Lucy Park

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=bWVyaWRpYW4xMjM

        Reply for sofia.gutierrez@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=bWVyaWRpYW4xMjM&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=bWVyaWRpYW4xMjM&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=bWVyaWRpYW4xMjM&rst=3

        Invitation from Google Calendar
        You are receiving this email because you are an attendee on the event.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ[NY]}
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20261105T130000
DTEND;TZID=America/New_York:20261105T134500
DTSTAMP:20261027T131500Z
ORGANIZER;CN=Owen Brady:mailto:owen.brady@meridiansupply.cloud
UID:meridian123a9f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=sofia.gutierrez@example.org;X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucy Park;X-NUM-GUESTS=0:mailto:lucy.park@meridiansupply.cloud
X-GOOGLE-CONFERENCE:https://meet.google.com/mer-idsp-cld
DESCRIPTION:Moving us to next week - our VP of Product has to be in the room. Same link.
LAST-MODIFIED:20261027T131500Z
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Interview: Sofía Gutiérrez / ERP Solutions Architect
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Delivered-To", ME),
        rx("mail-sor-f69.google.com", "192.0.2.69", when, NY, "p21"),
        ("Reply-To", "Owen Brady <owen.brady@meridiansupply.cloud>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("From", "Owen Brady <owen.brady@meridiansupply.cloud>"),
        ("To", ME),
        ("Subject", enc("Updated invitation: Interview: Sofía Gutiérrez / ERP Solutions Architect @ "
                        "Thu Nov 5, 2026 1pm - 1:45pm (EST) (sofia.gutierrez@example.org)")),
        ("Date", date(when, NY)),
        ("Message-ID", "<calendar-meridian123a9f-update-1@google.com>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
        calendar(ics, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


@mail(n(22), family="outlook_exchange", lang="es", interview=True, kind="cancelled",
      start=utc("2026-12-03 10:00", PTY), end=utc("2026-12-03 11:00", PTY),
      contact="ycastillo@glcristobal.com.pa", company="Grupo Logístico Cristóbal",
      local="Thu 2026-12-03 10:00", local_end="2026-12-03 11:00", zone=PTY,
      note="Cancelación de Outlook/Exchange en español (Panamá): 'jueves, 3 de diciembre de 2026 10:00-11:00 "
           "(UTC-05:00) Bogotá, Lima, Quito, Rio Branco' -> 15:00Z-16:00Z, franja cancelada; METHOD:CANCEL con "
           "TZID 'SA Pacific Standard Time'; la posición queda en pausa, sin nueva hora; contacto = organizadora")
def p22() -> bytes:
    when = "2026-11-30 16:05"
    body = t("""
        Cuándo: jueves, 3 de diciembre de 2026 10:00-11:00 (UTC-05:00) Bogotá, Lima, Quito, Rio Branco.
        Dónde: Reunión de Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Buenas tardes, Sofía:

        Lamentablemente debemos cancelar la entrevista de este jueves. La Gerencia General decidió poner
        en pausa la contratación de la posición de Consultora ERP Senior hasta el primer trimestre de
        2027. Le escribiré apenas tengamos noticias. Le pido disculpas por el inconveniente.

        Saludos cordiales,

        Yariela Castillo
        Reclutamiento y Selección | Grupo Logístico Cristóbal
        Zona Libre de Colón, Panamá
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ["SA Pacific Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Yariela Castillo:mailto:ycastillo@glcristobal.com.pa
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sofía Gutiérrez:mailto:{ME}
DESCRIPTION;LANGUAGE=es-PA:Lamentablemente debemos cancelar la entrevista de este jueves.\\n
UID:040000008200E00074C5B7101A82E008000000007C1E9B0A4B7FDC01000000000000000010000000A9B8C7D6
SUMMARY;LANGUAGE=es-PA:Cancelado: Entrevista - Consultora ERP Senior
DTSTART;TZID=SA Pacific Standard Time:20261203T100000
DTEND;TZID=SA Pacific Standard Time:20261203T110000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261130T210500Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=es-PA:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1418220193
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Delivered-To", ME),
        rx("mail-dm6nam12on2091.outbound.protection.outlook.com", "203.0.113.91", when, PTY, "p22"),
        ("From", addr("Yariela Castillo", "ycastillo@glcristobal.com.pa")),
        ("To", ME_TO),
        ("Subject", enc("Cancelado: Entrevista - Consultora ERP Senior")),
        ("Thread-Topic", enc("Entrevista - Consultora ERP Senior")),
        ("Date", date(when, PTY)),
        ("Message-ID", "<DM6PR12MB3370B4C2D1E0F9A8B7C6D5E4F3A2@DM6PR12MB3370.namprd12.prod.outlook.com>"),
        ("Content-Language", "es-PA"),
        ("Importance", "high"),
    ]
    return message(headers, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@mail(n(23), family="human_prose", lang="es", interview=True, kind="cancelled",
      start=utc("2026-11-19 14:00", NY), end=None,
      contact="mcolon@cgagritrade.com", company="Coral Gables Agritrade",
      local="Thu 2026-11-19 14:00", zone=NY,
      note="Reclutadora de Miami desde el iPhone, enviado el martes 17 nov (EST): cancela 'la llamada del jueves a "
           "las 2:00 p. m. hora de Miami' = jueves 19 nov 14:00 EST (UTC-5) -> 19:00Z; promete nuevas opciones "
           "pero no da hora nueva -> cancelled; contacto = remitente")
def p23() -> bytes:
    when = "2026-11-17 11:25"
    body = t("""
        Hola Sofía, buenos días!

        Mil disculpas pero tenemos que cancelar la llamada del jueves a las 2:00 p. m. hora de Miami
        con Raúl. Se enfermó y va a estar fuera toda la semana. La semana que viene te escribo con
        nuevas opciones, ¿ok? Sigues siendo nuestra candidata favorita para el puesto 😊

        Un abrazo,
        Maritza

        Maritza Colón
        Talent Partner | Coral Gables Agritrade
        Sent from my iPhone
        """)
    headers = [
        ("Delivered-To", ME),
        rx("mail-ua1-f52.google.com", "203.0.113.52", when, NY, "p23"),
        ("From", addr("Maritza Colón", "mcolon@cgagritrade.com")),
        ("To", ME_TO),
        ("Subject", enc("Llamada del jueves – cancelada")),
        ("Date", date(when, NY)),
        ("Message-ID", "<7C9A0E21-55B4-4D3F-A1E8-3B2F0C6D9E14@cgagritrade.com>"),
        ("X-Mailer", "iPhone Mail (23B85)"),
    ]
    return message(headers, text(body, cte="base64"))


# =========================================================================== negatives (keys 24-50)


@mail(n(24), family="rejection", lang="es", interview=False, company="Beneficio Altos de Dota",
      note="Rechazo de SmartRecruiters tras la entrevista del 13 de octubre (otro correo del set): menciona la "
           "entrevista pasada, no fija ninguna nueva")
def n24() -> bytes:
    when = "2026-10-27 15:48"
    body = t("""
        Estimada Sofía:

        Le agradecemos sinceramente el tiempo dedicado a la entrevista del pasado martes 13 de octubre
        para la posición de Jefatura de Sistemas ERP (SAP S/4HANA).

        Después de una cuidadosa evaluación, hemos decidido continuar el proceso con otra persona
        candidata cuyo perfil se ajusta más a las necesidades actuales del beneficio. Conservaremos
        su currículum en nuestra base de datos para futuras oportunidades.

        Le deseamos muchos éxitos.

        Saludos cordiales,
        Mariela Solano Vargas
        Talento Humano - Beneficio Altos de Dota S.A.
        """)
    headers = [
        ("Delivered-To", ME),
        rx("mail-out-5.smartrecruiters.com", "198.51.100.55", when, CR, "n24"),
        ("From", addr("Beneficio Altos de Dota S.A.", "no-reply@smartrecruiters.com")),
        ("To", addr("Sofía Gutiérrez", ME_NET)),
        ("Subject", enc("Actualización sobre su candidatura: Jefatura de Sistemas ERP")),
        ("Date", date(when, CR)),
        ("Message-ID", "<20261027214800.7741.a90d11@smartrecruiters.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(25), family="offer", lang="en", interview=False, company="Palmetto Trade Systems",
      days=(("Wed", "2026-11-25"), ("Mon", "2027-01-04"), ("Tue", "2026-11-03")),
      note="Offer letter after the 3 Nov interview (another mail of the set): a signing deadline and a start date, "
           "no interview")
def n25() -> bytes:
    when = "2026-11-19 16:02"
    body = t("""
        Hi Sofía,

        It was great to hear how much the team enjoyed your conversation with Carl on Tuesday, Nov 3 -
        and I'm thrilled to share that we'd like to offer you the position of Senior ERP Consultant,
        Coffee & Commodities!

        Your offer letter is attached and is also waiting for you in DocuSign. The highlights:
          - Base salary: USD 96,000, remote from Managua with quarterly trips to Miami
          - Proposed start date: Monday, January 4, 2027
          - Please sign by Wednesday, November 25 at 5:00 PM ET

        If you have questions about the package, just reply here and we can set up a quick call.

        Congratulations!
        Dana

        Dana Whitfield
        Senior Technical Recruiter | Palmetto Trade Systems
        """)
    pdf = ("JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRvYmoKMiAwIG9iago8PC9UeXBl"
           "L1BhZ2VzL0tpZHNbXS9Db3VudCAwPj4KZW5kb2JqCnRyYWlsZXIKPDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==")
    pdf_part = Part(
        [("Content-Type", 'application/pdf; name="Offer_Letter_S_Gutierrez.pdf"'),
         ("Content-Disposition", 'attachment; filename="Offer_Letter_S_Gutierrez.pdf"'),
         ("Content-Transfer-Encoding", "base64")],
        (pdf + "\r\n").encode("ascii"))
    headers = [
        ("Delivered-To", ME),
        rx("mail-yw1-f180.google.com", "203.0.113.180", when, NY, "n25"),
        ("From", "Dana Whitfield <dana.whitfield@palmettotrade.com>"),
        ("To", ME_TO),
        ("Subject", "Offer - Senior ERP Consultant, Coffee & Commodities"),
        ("Date", date(when, NY)),
        ("Message-ID", "<CAPdW7x1offer+Q8m2@mail.gmail.com>"),
    ]
    return message(headers, mixed(alt(text(body), html(gmail_html(body))), pdf_part))


@mail(n(26), family="application_receipt", lang="es", interview=False, company="Naviera Istmeña",
      note="Acuse de recibo de Workday: 'si su perfil avanza, le contactaremos para coordinar una entrevista'; sin "
           "fecha")
def n26() -> bytes:
    when = "2026-09-14 12:31"
    body = t("""
        Estimada Sofía Gutiérrez:

        Hemos recibido su solicitud para la posición R-20418 Consultor(a) Funcional ERP - Logística de
        Exportación en Naviera Istmeña, S.A.

        Nuestro equipo de Adquisición de Talento revisará su perfil en las próximas semanas. Si su
        candidatura avanza, le contactaremos para coordinar una entrevista.

        Puede consultar el estado de su solicitud en cualquier momento desde nuestro portal de empleo:
        https://navieraistmena.wd5.myworkdayjobs.com/es/Carreras

        Atentamente,
        Adquisición de Talento
        Naviera Istmeña, S.A.

        Este mensaje fue generado automáticamente por Workday. Por favor no responda a este correo.
        """)
    headers = [
        ("Delivered-To", ME),
        rx("mx0b-00182f01.pphosted.com", "198.51.100.7", when, PTY, "n26"),
        ("From", addr("Naviera Istmeña", "navieraistmena@myworkday.com", "iso-8859-1")),
        ("To", ME),
        ("Subject", enc("Hemos recibido su solicitud - R-20418", "iso-8859-1")),
        ("Date", date(when, PTY)),
        ("Message-ID", "<1718293845.30117.1789407060456@wd5-prod-mail-01>"),
    ]
    return message(headers, text(body, charset="iso-8859-1"))


@mail(n(27), family="job_alert", lang="es", interview=False, company=None,
      note="Alerta de empleo de un portal: 'entrevistas esta semana', 'entrevista inmediata'; anuncios, nada "
           "agendado para la candidata")
def n27() -> bytes:
    when = "2026-10-19 06:00"
    page = t("""
        <html><body style="font-family:Arial,sans-serif;background:#eef1f5">
        <table width="600" align="center" style="background:#fff" cellpadding="16"><tr><td>
        <h2 style="color:#0b5394">TrabajoIstmo · 6 empleos nuevos para «consultor ERP»</h2>
        <p>Hola Sofía, estas vacantes coinciden con tu alerta <b>consultor ERP - Managua, San José, remoto</b>:</p>
        <ol>
        <li><b>Consultor SAP MM / WM</b> - Distribuidora del Pacífico - Managua<br>
        <span style="color:#c00">¡Entrevistas esta semana!</span> Publicado hace 1 día</li>
        <li><b>Analista Funcional Odoo</b> - Grupo Cafetero Sandino - Jinotega<br>Entrevista inmediata - Publicado hace 2 días</li>
        <li><b>Implementador ERP (Dynamics 365 BC)</b> - Soluciones Tico Digital - San José, CR<br>Remoto parcial</li>
        <li><b>Project Manager ERP</b> - Confidencial - Tegucigalpa<br>Publicado hace 3 días</li>
        <li><b>Especialista en trazabilidad de café</b> - Exportadora Nueva Segovia - Ocotal</li>
        <li><b>ERP Support Lead (English)</b> - Coastline Foods - Remote (US hours)</li>
        </ol>
        <p><a href="https://www.trabajoistmo.example.com/alertas/edit">Editar alerta</a> ·
        <a href="https://www.trabajoistmo.example.com/alertas/unsubscribe">Darse de baja</a></p>
        </td></tr></table></body></html>
        """)
    headers = [
        ("Delivered-To", ME),
        rx("mta12.trabajoistmo.example.com", "192.0.2.112", when, MGA, "n27"),
        ("From", "TrabajoIstmo <alertas@trabajoistmo.example.com>"),
        ("To", ME),
        ("Subject", enc("6 empleos nuevos: Consultor SAP MM / WM (¡entrevistas esta semana!) y más")),
        ("Date", date(when, MGA)),
        ("Message-ID", "<alerta.20261019.88412@trabajoistmo.example.com>"),
        ("List-Unsubscribe", "<https://www.trabajoistmo.example.com/alertas/unsubscribe>"),
        ("Precedence", "bulk"),
    ]
    return message(headers, html(page))


@mail(n(28), family="newsletter_tips", lang="en", interview=False, company=None,
      note="Industry newsletter with interview tips ('the interview is on Tuesday at 10...' as an example); no "
           "interview for the reader")
def n28() -> bytes:
    when = "2026-09-24 07:00"
    body = t("""
        THE COMMODITY TECH BRIEF - Issue #212

        1) Seven questions every ERP interview for a coffee trader will ask
        You've landed the call: the interview is on Tuesday at 10, the panel has the hedging lead and
        the controller. What will they ask? Contract-to-shipment traceability, position reports, how
        you reconcile differentials... Our guide walks through each one, with sample answers.
        Read more: https://commoditytechbrief.example.com/erp-interview-questions

        2) EUDR deadline: what changes for green-coffee exporters in Central America

        3) Job board: 14 new ERP roles in LATAM agrifood

        You are receiving this because you subscribed at commoditytechbrief.example.com.
        Unsubscribe: https://commoditytechbrief.example.com/u/8812
        """)
    headers = [
        ("Delivered-To", ME),
        rx("mail189.us4.mcsv.net", "198.51.100.189", when, NY, "n28"),
        ("From", "The Commodity Tech Brief <news@commoditytechbrief.example.com>"),
        ("To", ME),
        ("Subject", "7 questions every ERP interview will ask (and the EUDR clock)"),
        ("Date", date(when, NY)),
        ("Message-ID", "<212.8812.news@commoditytechbrief.example.com>"),
        ("List-Unsubscribe", "<https://commoditytechbrief.example.com/u/8812>"),
        ("List-Id", "The Commodity Tech Brief <brief.commoditytechbrief.example.com>"),
        ("Precedence", "bulk"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(29), family="scheduling_link", lang="es", interview=False, company="Biscayne Green Coffee Importers",
      note="Reclutadora de Miami manda su enlace de Calendly para que la candidata elija horario: ninguna hora fija "
           "(la confirmación posterior es otro correo del set)")
def n29() -> bytes:
    when = "2026-11-24 09:47"
    body = t("""
        Hola Sofía,

        ¡Qué gusto saludarte! Gracias por tu interés en la posición de Gerente de Operaciones ERP.
        Me encantaría conversar contigo unos 30 minutos la semana que viene. Elige el horario que
        mejor te quede aquí (te muestra las horas en tu zona):

        https://calendly.com/alferrer-biscaynegreen/entrevista-30

        Tengo espacios libres el lunes 30 y el martes 1 de diciembre, en la mañana.

        Saludos,
        Ana Lucía Ferrer
        Recruiting | Biscayne Green Coffee Importers
        Doral, FL
        """)
    headers = [
        ("Delivered-To", ME),
        rx("mail-oa1-f41.google.com", "203.0.113.41", when, NY, "n29"),
        ("From", addr("Ana Lucía Ferrer", "alferrer@biscaynegreen.com")),
        ("To", ME_TO),
        ("Subject", enc("Gerente de Operaciones ERP – agenda una llamada")),
        ("Date", date(when, NY)),
        ("Message-ID", "<CAB7xLf0calendlylink+aL@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(30), family="proposed_times", lang="es", interview=False, company="Agroexportadora Tres Ríos",
      days=(("Mon", "2026-10-05"), ("Tue", "2026-10-06")),
      note="Costa Rica: propone dos horarios ('¿le vendría bien el lunes 5 de octubre a las 10 a. m. o el martes 6 "
           "a las tres y media de la tarde?'), nada confirmado todavía; la confirmación es otro correo del set")
def n30() -> bytes:
    when = "2026-09-29 11:40"
    body = t("""
        Estimada doña Sofía:

        Reciba un cordial saludo de parte de Agroexportadora Tres Ríos. Revisamos su currículum para la
        plaza de Analista Sr. ERP y nos gustaría mucho conversar con usted.

        ¿Le vendría bien el lunes 5 de octubre a las 10 a. m. o el martes 6 a las tres y media de la
        tarde? Sería por Zoom, aproximadamente una hora. Quedo atenta a su respuesta para enviarle la
        invitación.

        Saludos cordiales,

        Karla Méndez Rojas
        Coordinadora de Talento Humano
        Agroexportadora Tres Ríos S.A. | Tres Ríos, Cartago
        Tel. +506 2279-4410
        """)
    headers = [
        ("Delivered-To", ME),
        rx("mail-vk1-f170.google.com", "203.0.113.171", when, CR, "n30"),
        ("From", addr("Karla Méndez Rojas", "kmendez@tresriosagro.co.cr")),
        ("To", ME_TO),
        ("Subject", enc("Entrevista - Analista Sr. ERP - Agroexportadora Tres Ríos")),
        ("Date", date(when, CR)),
        ("Message-ID", "<CAJt6m4xKmR0jas+P1v8@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(n(31), family="recruiter_outreach", lang="es", interview=False, company="Talento Canal Consultores",
      note="Agencia de Panamá, contacto en frío: pide disponibilidad 'la próxima semana', ninguna hora fija")
def n31() -> bytes:
    when = "2026-09-09 13:22"
    body = t("""
        Hola Sofía, ¿cómo estás?

        Te escribo de Talento Canal Consultores. Estamos apoyando a un cliente del sector agroexportador
        (confidencial por ahora) que busca un/a Líder de Proyecto ERP para su operación regional con
        sede en Ciudad de Panamá, con opción de trabajo híbrido desde Managua.

        Tu experiencia con SAP y con exportación de café encaja muy bien. ¿Tendrías 20 minutos la
        próxima semana para una llamada exploratoria? Dime qué días y horarios te acomodan y te mando
        la invitación.

        Saludos,
        Rodrigo Arosemena
        Senior Consultant - Talento Canal Consultores
        +507 6612-3390
        """)
    headers = [
        ("Delivered-To", ME),
        rx("mail-eopbgr820093.outbound.protection.outlook.com", "192.0.2.93", when, PTY, "n31"),
        ("From", "Rodrigo Arosemena <rarosemena@talentocanal.com.pa>"),
        ("To", ME),
        ("Subject", enc("Oportunidad: Líder de Proyecto ERP (agroexportación, Panamá/híbrido)")),
        ("Date", date(when, PTY)),
        ("Message-ID", "<SA1PR05MB8121C0FFEE12AB34@SA1PR05MB8121.namprd05.prod.outlook.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(32), family="non_interview_calendar", lang="es", interview=False, company=None,
      days=(("Mon", "2026-09-14"),),
      note="Cita médica confirmada con ICS (lunes 14 sep 8:20 a. m., Managua): hora fija pero no es una entrevista")
def n32() -> bytes:
    when = "2026-09-10 16:15"
    body = t("""
        Estimada paciente SOFÍA GUTIÉRREZ:

        Su cita ha sido confirmada.

        Especialidad: Medicina Interna
        Médico: Dra. Ivania Lacayo
        Fecha: lunes 14 de septiembre de 2026
        Hora: 8:20 a. m.
        Sede: Centro Médico Las Colinas, consultorio 12, segundo piso

        Favor presentarse 15 minutos antes con su cédula y carné del seguro. Para cancelar o cambiar
        su cita llame al 2270-5500.

        Centro Médico Las Colinas
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Centro Medico Las Colinas//Citas//ES
METHOD:PUBLISH
{TZ[MGA]}
BEGIN:VEVENT
UID:cita-552019@cmlascolinas.example.com
DTSTAMP:20260910T221500Z
DTSTART;TZID=America/Managua:20260914T082000
DTEND;TZID=America/Managua:20260914T084000
SUMMARY:Cita Medicina Interna - Dra. Ivania Lacayo
LOCATION:Centro Médico Las Colinas\\, consultorio 12
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Delivered-To", ME),
        rx("smtp.cmlascolinas.example.com", "192.0.2.150", when, MGA, "n32"),
        ("From", "Centro Medico Las Colinas <citas@cmlascolinas.example.com>"),
        ("To", ME),
        ("Subject", enc("Confirmación de cita - lunes 14/09/2026 8:20 a. m.")),
        ("Date", date(when, MGA)),
        ("Message-ID", "<cita-552019.conf@cmlascolinas.example.com>"),
    ]
    return message(headers, mixed(
        text(body, charset="iso-8859-1", cte="quoted-printable"),
        calendar(ics, method="PUBLISH", cte="base64", filename="cita.ics", disposition="attachment"),
    ))


@mail(n(33), family="job_centre", lang="es", interview=False, company=None,
      days=(("Wed", "2026-09-30"),),
      note="Bolsa municipal de empleo: 'entrevista de diagnóstico ocupacional' a hora fija (miércoles 30 sep, 9:00 "
           "a. m.) en la oficina de empleo; es un trámite de orientación, no una entrevista de trabajo")
def n33() -> bytes:
    when = "2026-09-25 10:05"
    body = t("""
        Estimada usuaria: SOFÍA GUTIÉRREZ
        Número de inscripción: BME-2026-018842

        Le recordamos que su cita en la Bolsa Municipal de Empleo ha quedado programada:

        Trámite: Entrevista de diagnóstico ocupacional y orientación laboral
        Fecha: miércoles 30 de septiembre de 2026
        Hora: 9:00 a. m.
        Lugar: Ventanilla 4, Centro de Atención Ciudadana, Distrito I, Managua

        Presente su cédula de identidad, su currículum actualizado y copia de sus títulos. Si no
        asiste, su inscripción quedará en estado inactivo y deberá solicitar una nueva cita.

        Este es un correo automático, no responda a esta dirección.
        Bolsa Municipal de Empleo - Managua
        """)
    headers = [
        ("Delivered-To", ME),
        rx("correo.bolsaempleo-managua.example.org", "192.0.2.200", when, MGA, "n33"),
        ("From", "Bolsa Municipal de Empleo <no-responder@bolsaempleo-managua.example.org>"),
        ("To", ME),
        ("Subject", enc("Recordatorio de cita: entrevista de diagnóstico ocupacional")),
        ("Date", date(when, MGA)),
        ("Message-ID", "<BME-2026-018842.cita@bolsaempleo-managua.example.org>"),
    ]
    return message(headers, text(body, charset="windows-1252", cte="8bit"))


@mail(n(34), family="press_interview", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Periodista de una revista del sector confirma una entrevista PARA un reportaje (jueves 22 oct, 10 a. m.): "
           "hora fija, pero la candidata es la entrevistada por la prensa, no una entrevista de trabajo")
def n34() -> bytes:
    when = "2026-10-16 17:30"
    body = t("""
        Hola Sofía, ¿qué tal?

        Te confirmo la entrevista para el reportaje sobre trazabilidad digital en el café nicaragüense:
        el jueves 22 de octubre a las 10 a. m. en el Café de los Robles (el de la esquina, no el del
        centro comercial). Voy con Álvaro, el fotógrafo, así que calculá una hora más o menos.

        Te mando antes las preguntas por si querés prepararte. Saldría en la edición de diciembre de
        Taza de Oro.

        ¡Gracias de nuevo por aceptar!
        Indira Chamorro
        Periodista - Revista Taza de Oro
        """)
    headers = [
        ("Delivered-To", ME),
        rx("mail-io1-f44.google.com", "203.0.113.44", when, MGA, "n34"),
        ("From", addr("Indira Chamorro", "indira.chamorro@tazadeoro.example.com")),
        ("To", ME_TO),
        ("Subject", enc("Entrevista para el reportaje de trazabilidad – jueves 22")),
        ("Date", date(when, MGA)),
        ("Message-ID", "<CAF1c4m0rr0TdO+22oct@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(35), family="podcast", lang="es", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Podcast del sector: confirma la grabación en la que la candidata es la invitada (martes 10 nov, 11:00 "
           "hora de Guatemala/Managua); no es una entrevista de trabajo")
def n35() -> bytes:
    when = "2026-11-04 12:10"
    page = t("""
        <html><body style="font-family:Georgia,serif;color:#2b2b2b">
        <p>¡Hola Sofía!</p>
        <p>Gracias por aceptar ser nuestra invitada en <i>Café &amp; Cadena</i>, el podcast sobre la cadena de
        suministro del café centroamericano. Te confirmo los datos de la grabación del episodio 47,
        «ERP en la finca: del lote al contenedor»:</p>
        <ul>
        <li><b>Cuándo:</b> martes 10 de noviembre, 11:00 a. m. (hora de Guatemala, igual que Managua)</li>
        <li><b>Dónde:</b> Riverside &ndash; <a href="https://riverside.fm/studio/cafe-y-cadena">riverside.fm/studio/cafe-y-cadena</a></li>
        <li><b>Duración:</b> 50 minutos de conversación + 10 de prueba de audio</li>
        </ul>
        <p>Usá audífonos con cable si podés. ¡Va a estar buenísimo!</p>
        <p>Abrazos,<br>Quique Monterroso<br>Host &middot; Café &amp; Cadena Podcast &middot; Ciudad de Guatemala</p>
        </body></html>
        """)
    headers = [
        ("Delivered-To", ME),
        rx("mail-wr1-f47.google.com", "203.0.113.47", when, "America/Guatemala", "n35"),
        ("From", "Quique Monterroso <quique@cafeycadena.example.com>"),
        ("To", ME),
        ("Subject", enc("Grabación episodio 47 – Café & Cadena 🎙️")),
        ("Date", date(when, "America/Guatemala")),
        ("Message-ID", "<CAK9p0dc4st+ep47@mail.gmail.com>"),
    ]
    return message(headers, html(page, cte="base64"))


@mail(n(36), family="admission_interview", lang="es", interview=False, company=None,
      days=(("Fri", "2026-10-16"),),
      note="Entrevista de admisión a un Executive MBA (viernes 16 oct, 5:30 p. m., ICS en UTC): hora fija, pero es "
           "admisión académica, no una entrevista de trabajo")
def n36() -> bytes:
    when = "2026-10-09 14:20"
    body = t("""
        Estimada Sofía:

        Gracias por completar su solicitud al Programa Executive MBA 2027 de la Escuela de Negocios del
        Istmo. Nos complace invitarle a la entrevista de admisión, último paso del proceso:

        Fecha: viernes 16 de octubre de 2026
        Hora: 5:30 p. m. (hora de Nicaragua)
        Entrevistador: Dr. Mauricio Lacayo, Director Académico
        Lugar: Campus Managua, edificio B, sala de admisiones

        Adjuntamos la invitación para su calendario.

        Oficina de Admisiones
        Escuela de Negocios del Istmo
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Escuela de Negocios del Istmo//Admisiones//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:adm-emba-2027-0412@eni.example.edu
DTSTAMP:20261009T202000Z
DTSTART:20261016T233000Z
DTEND:20261017T000000Z
SUMMARY:Entrevista de admisión EMBA - Sofía Gutiérrez
LOCATION:Campus Managua\\, edificio B
ORGANIZER;CN=Admisiones ENI:mailto:admisiones@eni.example.edu
ATTENDEE;CN=Sofía Gutiérrez;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Delivered-To", ME),
        rx("mail.eni.example.edu", "192.0.2.16", when, MGA, "n36"),
        ("From", "Admisiones ENI <admisiones@eni.example.edu>"),
        ("To", ME),
        ("Subject", enc("Invitación a entrevista de admisión – Executive MBA 2027")),
        ("Date", date(when, MGA)),
        ("Message-ID", "<adm-emba-2027-0412.invite@eni.example.edu>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(gmail_html(body))),
        calendar(ics, cte="base64", filename="entrevista_admision.ics", disposition="attachment"),
    ))


@mail(n(37), family="sports_tryout", lang="es", interview=False, company=None,
      days=(("Sat", "2026-09-19"),),
      note="Club de voleibol: prueba para el equipo máster (sábado 19 sep, 8 a. m.); hora fija, no es trabajo")
def n37() -> bytes:
    when = "2026-09-14 20:41"
    body = t("""
        Hola Sofi!! Qué alegre que te animaste.

        La prueba para el equipo máster femenino es este sábado 19 a las 8 a. m. en la cancha del
        Polideportivo (la techada). Llegá 7:45 para calentar, llevá rodilleras y bastante agua. La
        entrenadora va a ver saque, recepción y un rato de juego, y el lunes avisamos quién queda.

        Nos vemos!!
        Jessenia
        Club de Voleibol Tiscapa
        """)
    headers = [
        ("Delivered-To", ME),
        rx("mail-pl1-f180.google.com", "203.0.113.181", when, MGA, "n37"),
        ("From", addr("Jessenia Obando", "jess.obando@example.com")),
        ("To", ME),
        ("Subject", "Prueba equipo master - sabado"),
        ("Date", date(when, MGA)),
        ("Message-ID", "<CAMvbTiscapa19sep+J@mail.gmail.com>"),
    ]
    return message(headers, text(body, cte="8bit"))


@mail(n(38), family="car_service", lang="es", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Taller mecánico confirma cita de mantenimiento (jueves 12 nov, 7:30 a. m.): hora fija, no es entrevista")
def n38() -> bytes:
    when = "2026-11-09 15:00"
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <table width="560" style="border:1px solid #ddd" cellpadding="12"><tr><td>
        <h3 style="color:#b71c1c">Autoservicio Carretera Sur</h3>
        <p>Estimada cliente <b>Sofía Gutiérrez</b>,</p>
        <p>Confirmamos su cita de servicio:</p>
        <p>Vehículo: Toyota RAV4 2019 &ndash; placa M 221-884<br>
        Servicio: mantenimiento de 40,000 km + revisión de frenos<br>
        Fecha: <b>jueves 12 de noviembre de 2026</b><br>
        Hora de recepción: <b>7:30 a. m.</b><br>
        Tiempo estimado: 3 horas</p>
        <p>Contamos con sala de espera con wifi o le llevamos de regreso en nuestro shuttle.</p>
        <p>Km 7 Carretera Sur, Managua &middot; Tel. 2265-0090</p>
        </td></tr></table></body></html>
        """)
    headers = [
        ("Delivered-To", ME),
        rx("smtp.autoserviciocs.example.com", "192.0.2.55", when, MGA, "n38"),
        ("From", "Autoservicio Carretera Sur <citas@autoserviciocs.example.com>"),
        ("To", ME),
        ("Subject", enc("Confirmación de cita de servicio – jueves 12/11, 7:30 a. m.")),
        ("Date", date(when, MGA)),
        ("Message-ID", "<srv-77120.conf@autoserviciocs.example.com>"),
    ]
    return message(headers, html(page, charset="iso-8859-1"))


@mail(n(39), family="notary", lang="es", interview=False, company=None,
      days=(("Fri", "2026-12-04"),),
      note="Notaría confirma la firma de una escritura (viernes 4 dic, 11:00 a. m.): hora fija, no es entrevista")
def n39() -> bytes:
    when = "2026-11-30 09:12"
    body = t("""
        Estimada Licenciada Gutiérrez:

        Por este medio le confirmo que la firma de la escritura de compraventa del lote en Ticuantepe
        quedó programada para el viernes 4 de diciembre a las 11:00 a. m. en nuestra oficina (Bolonia,
        del Canal 2, 1c abajo, 75 vrs al lago). Favor traer cédula original, solvencia municipal y el
        cheque de gerencia por los honorarios y los timbres.

        Atentamente,

        Lic. Humberto Zamora Cuadra
        Abogado y Notario Público
        """)
    headers = [
        ("Delivered-To", ME),
        rx("mail-ej1-f51.google.com", "203.0.113.51", when, MGA, "n39"),
        ("From", addr("Lic. Humberto Zamora", "hzamora.notario@example.net")),
        ("To", ME_TO),
        ("Subject", "Firma de escritura - viernes 4/12"),
        ("Date", date(when, MGA)),
        ("Message-ID", "<CAHz4m0r4notaria+dic@mail.gmail.com>"),
    ]
    return message(headers, text(body, charset="iso-8859-15"))


@mail(n(40), family="mock_interview", lang="es", interview=False, company=None,
      days=(("Mon", "2026-11-02"),),
      note="Coach de carrera (Costa Rica) confirma una sesión de simulacro de entrevista por Zoom (lunes 2 nov, 6:00 "
           "p. m. hora de Costa Rica): hora fija, pero es práctica pagada, no una entrevista con un empleador")
def n40() -> bytes:
    when = "2026-10-27 19:05"
    body = t("""
        ¡Hola, Sofía! Pura vida.

        Confirmo su sesión de simulacro de entrevista (paquete "Entrevista en inglés para puestos
        regionales", sesión 2 de 3):

        Lunes 2 de noviembre, 6:00 p. m. (hora de Costa Rica)
        Zoom: https://us02web.zoom.us/j/86120033451  ·  Código: 2020

        Vamos a simular una entrevista de panel con preguntas de comportamiento (método STAR) y un caso
        técnico de ERP. Tenga a mano la descripción del puesto de Palmetto que me envió.

        Un abrazo,
        Lucía Fonseca
        Coach de Carrera · Carrera Pura Vida
        """)
    headers = [
        ("Delivered-To", ME),
        rx("mail-lf1-f49.google.com", "203.0.113.49", when, CR, "n40"),
        ("From", addr("Lucía Fonseca | Carrera Pura Vida", "lucia@carrerapuravida.example.com")),
        ("To", ME),
        ("Subject", enc("Confirmada: sesión 2 – simulacro de entrevista")),
        ("Date", date(when, CR)),
        ("Message-ID", "<CAFlf0nseca+sim2@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(41), family="forwarded_other", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-12"), ("Fri", "2026-11-06")),
      note="A former colleague forwards HIS OWN Greenhouse interview confirmation (Thu Nov 12, 11:00 AM CST) 'so you "
           "see how they do it': a confirmed interview, but not the inbox owner's")
def n41() -> bytes:
    when = "2026-11-08 21:14"
    body = t("""
        Sofi - this is the one I told you about at Verdant Freight. Look at how they lay out the
        panel, maybe useful for your Palmetto prep. Wish me luck on Thursday!!

        M.

        ---------- Forwarded message ---------
        From: Verdant Freight <no-reply@greenhouse.io>
        Date: Fri, Nov 6, 2026 at 3:02 PM
        Subject: Interview Confirmation: Logistics Systems Manager - Verdant Freight
        To: Marcos Duarte <marcos.duarte@example.net>

        Hi Marcos,

        Your interview for the Logistics Systems Manager role at Verdant Freight is confirmed.

        Date: Thursday, November 12th, 2026
        Time: 11:00 AM - 12:00 PM CST (Central Time)
        Interviewers: Jen Albright, Paolo Ricci
        Location: Google Meet

        Best,
        Shannon Ruiz
        Recruiting | Verdant Freight
        """)
    headers = [
        ("Delivered-To", ME),
        rx("mail-sor-f12.example.net", "192.0.2.12", when, MGA, "n41"),
        ("From", "Marcos Duarte <marcos.duarte@example.net>"),
        ("To", ME),
        ("Subject", "Fwd: Interview Confirmation: Logistics Systems Manager - Verdant Freight"),
        ("Date", date(when, MGA)),
        ("Message-ID", "<CAMd0rte+fwd+verdant@mail.example.net>"),
    ]
    return message(headers, text(body, cte="7bit", charset="us-ascii"))


@mail(n(42), family="interviewer_invite", lang="es", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Invitación de Google Calendar de su empleo actual para que ELLA entreviste a una candidata (jueves 5 nov, "
           "10:00 Managua): hora fija, pero la dueña del buzón es entrevistadora, no candidata")
def n42() -> bytes:
    when = "2026-11-02 08:40"
    body = t("""
        Se te invitó al siguiente evento.

        Entrevista candidata Analista Jr. - panel (Sofía entrevista parte técnica)
        jueves, 5 de noviembre de 2026⋅10:00 – 11:00
        Hora de Centroamérica - Managua

        Sofi, te metí en el panel porque sos la que más sabe de SAP. Te toca la parte técnica,
        30 minutos. Te dejo el CV de la muchacha en el drive.

        Organizador
        Gloria Mayorga
        gmayorga@segoviaconsultores.example.com

        Invitados
        Gloria Mayorga - organizador
        Sofía Gutiérrez
        Pablo Rivas

        Invitación de Google Calendar
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ[MGA]}
BEGIN:VEVENT
DTSTART;TZID=America/Managua:20261105T100000
DTEND;TZID=America/Managua:20261105T110000
DTSTAMP:20261102T144000Z
ORGANIZER;CN=Gloria Mayorga:mailto:gmayorga@segoviaconsultores.example.com
UID:segovia-panel-analistajr@google.com
ATTENDEE;CN=Sofía Gutiérrez;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Pablo Rivas;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:privas@segoviaconsultores.example.com
SUMMARY:Entrevista candidata Analista Jr. - panel (Sofía entrevista parte técnica)
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Delivered-To", ME),
        rx("mail-sor-f65.google.com", "192.0.2.65", when, MGA, "n42"),
        ("Reply-To", "Gloria Mayorga <gmayorga@segoviaconsultores.example.com>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("From", "Gloria Mayorga <gmayorga@segoviaconsultores.example.com>"),
        ("To", ME),
        ("Subject", enc("Invitación: Entrevista candidata Analista Jr. - panel @ jue 5 nov 2026 10am - 11am "
                        "(CST) (sofia.gutierrez@example.org)")),
        ("Date", date(when, MGA)),
        ("Message-ID", "<calendar-segovia-panel-analistajr@google.com>"),
    ]
    return message(headers, mixed(
        alt(text(body), calendar(ics, cte="base64")),
        calendar(ics, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment"),
    ))


@mail(n(43), family="alumni_interviewer", lang="en", interview=False, company=None,
      days=(("Sat", "2026-11-14"),),
      note="Alumni volunteer programme of her US college assigns HER to interview a high-school applicant (Sat Nov 14, "
           "10:00 AM her local time): a fixed time, but she is the interviewer and it is not a job")
def n43() -> bytes:
    when = "2026-11-06 11:30"
    body = t("""
        Dear Sofía,

        Thank you for volunteering again with the Whitmore College Alumni Interview Program in Central
        America! Your applicant has confirmed the following interview:

          Applicant: Daniela Rocha (Colegio Centroamérica, Class of 2027)
          Date:      Saturday, November 14, 2026
          Time:      10:00 AM (your local time, Managua)
          Place:     Café Las Flores, Galerías Santo Domingo

        Please submit your interview report in the Alumni Portal within 48 hours. Remember that alumni
        interviews are informational and are not evaluative of admission by themselves.

        With gratitude,
        Office of Admission - Alumni Interview Program
        Whitmore College
        """)
    headers = [
        ("Delivered-To", ME),
        rx("o7.ptr2210.whitmore.example.edu", "198.51.100.210", when, NY, "n43"),
        ("From", "Whitmore College Admission <alumni.interviews@whitmore.example.edu>"),
        ("To", ME_TO),
        ("Subject", "Interview assignment confirmed - Daniela Rocha (Nov 14)"),
        ("Date", date(when, NY)),
        ("Message-ID", "<aip.2027.55120.confirm@whitmore.example.edu>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(44), family="scholarship_interview", lang="es", interview=False, company=None,
      days=(("Sat", "2026-11-07"),),
      note="Fundación de becas cita a la HIJA adolescente de la dueña del buzón a una entrevista (sábado 7 nov, 9:30 "
           "a. m.): hora fija, no es una entrevista de trabajo de la candidata")
def n44() -> bytes:
    when = "2026-10-30 16:45"
    body = t("""
        Estimada señora Gutiérrez:

        Nos complace comunicarle que la solicitud de su hija, Valeria Morales Gutiérrez, avanzó a la
        etapa final del Programa de Becas Futuro 2027.

        Entrevista con el comité de becas:
        sábado 7 de noviembre de 2026, 9:30 a. m.
        Sede de la Fundación, Residencial Las Colinas, casa 114, Managua

        Valeria debe presentarse acompañada por madre, padre o tutor, con su último boletín de notas.
        La entrevista dura unos 30 minutos.

        Cordialmente,
        Comité de Becas - Fundación Becas Futuro
        """)
    headers = [
        ("Delivered-To", ME),
        rx("mail.becasfuturo.example.org", "192.0.2.177", when, MGA, "n44"),
        ("From", addr("Fundación Becas Futuro", "becas@becasfuturo.example.org")),
        ("To", ME),
        ("Subject", enc("Entrevista final – Programa de Becas Futuro 2027 (Valeria Morales G.)")),
        ("Date", date(when, MGA)),
        ("Message-ID", "<becas2027.0731.entrevista@becasfuturo.example.org>"),
    ]
    return message(headers, text(body, charset="iso-8859-1", cte="base64"))


@mail(n(45), family="bank_advisor", lang="es", interview=False, company=None,
      days=(("Tue", "2026-09-08"),),
      note="Microsoft Bookings de un banco: cita con un asesor de inversiones (martes 8 sep, 3:00 p. m., ICS en UTC): "
           "hora fija, no es entrevista")
def n45() -> bytes:
    when = "2026-09-03 10:22"
    page = t("""
        <html><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#252424">
        <div style="max-width:600px">
        <div style="background:#0f4c81;color:#fff;padding:16px;font-size:18px">Banco del Lago &middot; Asesoría Patrimonial</div>
        <p>Hola Sofía Gutiérrez,</p>
        <p>Su reserva se ha confirmado.</p>
        <table cellpadding="6">
        <tr><td style="color:#616161">Servicio</td><td>Asesoría de inversiones (primera cita)</td></tr>
        <tr><td style="color:#616161">Fecha y hora</td><td>martes, 8 de septiembre de 2026 15:00 (UTC-06:00) Centroamérica</td></tr>
        <tr><td style="color:#616161">Duración</td><td>45 minutos</td></tr>
        <tr><td style="color:#616161">Personal</td><td>Lic. Óscar Baltodano</td></tr>
        <tr><td style="color:#616161">Ubicación</td><td>Sucursal Metrocentro, Managua</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/BancodelLagoAsesoria@bancodellago.example.com/bookings/">Administrar la reserva</a></p>
        <p style="font-size:12px;color:#616161">Con tecnología de Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Banco del Lago Asesoría:mailto:BancodelLagoAsesoria@bancodellago.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sofía Gutiérrez:mailto:{ME}
SUMMARY;LANGUAGE=es-ES:Asesoría de inversiones (primera cita)
DTSTART:20260908T210000Z
DTEND:20260908T214500Z
UID:040000008200E00074C5B7101A82E00800000000D3A1C2B4E23EDC01000000000000000010000000BA55B00C
DTSTAMP:20260903T162200Z
LOCATION;LANGUAGE=es-ES:Sucursal Metrocentro\\, Managua
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Delivered-To", ME),
        rx("mail-bn8nam11on2120.outbound.protection.outlook.com", "203.0.113.120", when, MGA, "n45"),
        ("From", addr("Banco del Lago Asesoría", "BancodelLagoAsesoria@bancodellago.example.com")),
        ("To", ME_TO),
        ("Subject", enc("Reserva confirmada: Asesoría de inversiones (primera cita)")),
        ("Date", date(when, MGA)),
        ("Message-ID", "<BN8PR11MB36650B00C1A2B3C4D5E6F7A8B9C0@BN8PR11MB3665.namprd11.prod.outlook.com>"),
    ]
    return message(headers, mixed(html(page), calendar(ics, cte="base64", filename="invite.ics",
                                                       disposition="attachment")))


@mail(n(46), family="team_event", lang="es", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Convivio navideño del equipo en su empleo actual (viernes 11 dic, 6:00 p. m.): evento interno con hora "
           "fija, no es entrevista")
def n46() -> bytes:
    when = "2026-12-07 11:02"
    body = t("""
        ¡Hola equipo!

        Ya está confirmado el convivio navideño de Segovia Consultores:

        📅 viernes 11 de diciembre, 6:00 p. m.
        📍 Rancho Santana, Carretera a Masaya km 9
        🎁 Intercambio de regalos (monto máximo C$ 600) - el sorteo del amigo secreto es el miércoles

        Confirmen asistencia respondiendo este correo antes del miércoles, por favor, para el conteo
        de la comida. ¡Pueden llevar acompañante!

        Saludos,
        Gloria Mayorga
        Administración y RR. HH. - Segovia Consultores
        """)
    headers = [
        ("Delivered-To", ME),
        rx("mail-yb1-f177.google.com", "203.0.113.178", when, MGA, "n46"),
        ("From", "Gloria Mayorga <gmayorga@segoviaconsultores.example.com>"),
        ("To", "equipo@segoviaconsultores.example.com"),
        ("Subject", enc("🎄 Convivio navideño – viernes 11 de diciembre")),
        ("Date", date(when, MGA)),
        ("Message-ID", "<CAGm4y0rg4+convivio2026@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(n(47), family="webinar", lang="es", interview=False, company=None,
      days=(("Wed", "2026-10-07"),),
      note="Confirmación de inscripción a un webinar de Zoom sobre entrevistas por competencias (miércoles 7 oct, "
           "7:00 p. m. Managua): hora fija, pero es un seminario, no una entrevista")
def n47() -> bytes:
    when = "2026-10-01 20:04"
    body = t("""
        Hola Sofía,

        Gracias por inscribirse en "Entrevistas por competencias para consultores ERP: cómo contar tus
        proyectos con el método STAR".

        Fecha y hora: 7 oct 2026 07:00 p. m. Managua

        Únase desde PC, Mac, iPad, iPhone o dispositivo Android:
        https://us06web.zoom.us/w/89012345678?tk=Xk2r9Q&uuid=WN_aB3dE

        Código de acceso: 771204

        Añadir a calendario: Google Calendar · Outlook Calendar (.ics) · Yahoo Calendar

        Puede cancelar su inscripción en cualquier momento.

        Red de Consultores ERP de Centroamérica
        """)
    headers = [
        ("Delivered-To", ME),
        rx("zoom-mail-119.zoom.us", "198.51.100.119", when, MGA, "n47"),
        ("From", "Red de Consultores ERP CA <no-reply@zoom.us>"),
        ("Reply-To", "eventos@redconsultoreserp.example.org"),
        ("To", ME_TO),
        ("Subject", enc("Confirmación de Entrevistas por competencias para consultores ERP")),
        ("Date", date(when, MGA)),
        ("Message-ID", "<webinar.89012345678.reg.55120@zoom.us>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(48), family="auto_reply", lang="es", interview=False, company=None,
      days=(("Wed", "2026-10-07"),),
      note="Respuesta automática de fuera de oficina de la reclutadora de Panamá (hilo de la entrevista del 8 oct): "
           "no confirma nada")
def n48() -> bytes:
    when = "2026-10-05 07:58"
    body = t("""
        Gracias por su mensaje. Estaré fuera de la oficina hasta el miércoles 7 de octubre, con acceso
        limitado al correo. Para temas urgentes de reclutamiento, escriba a talento@navieraistmena.com.pa.

        Itzel Camargo
        Adquisición de Talento | Naviera Istmeña, S.A.
        """)
    headers = [
        ("Delivered-To", ME),
        rx("mail-bl2nam02on2112.outbound.protection.outlook.com", "203.0.113.112", when, PTY, "n48"),
        ("From", addr("Itzel Camargo", "itzel.camargo@navieraistmena.com.pa")),
        ("To", ME_TO),
        ("Subject", enc("Respuesta automática: Confirmación de entrevista - R-20418 Consultor(a) Funcional ERP")),
        ("Date", date(when, PTY)),
        ("Message-ID", "<BL2PR02MB4410AUTO7C1D2E3F@BL2PR02MB4410.namprd02.prod.outlook.com>"),
        ("In-Reply-To", "<CAFq9kJ2sofiaNav1005@mail.gmail.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "itzel.camargo@navieraistmena.com.pa"),
    ]
    return message(headers, text(body))


@mail(n(49), family="bounce", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Bounce (multipart/report) of the candidate's own reply to a mistyped domain; the returned message says "
           "'Thursday Nov 5 at 1pm ET works', but it is her own undelivered mail, not a confirmation from an employer "
           "(the real update is another mail of the set)")
def n49() -> bytes:
    when = "2026-10-27 10:02"
    original = message([
        ("From", ME_TO),
        ("To", "Owen Brady <owen.brady@meridiansupply.co>"),
        ("Subject", "Re: Interview next week"),
        ("Date", date("2026-10-27 10:01", NY)),
        ("Message-ID", "<CAFq9kJ2sofiaOwen1027@mail.gmail.com>"),
    ], text(t("""
        Hi Owen,

        No problem at all - Thursday Nov 5 at 1pm ET works for me. Thanks for letting me know.

        Best,
        Sofía
        """), cte="quoted-printable"))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <owen.brady@meridiansupply.co>: Host or domain name not found. Name service
            error for name=meridiansupply.co type=MX: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Z8kQp1c2Rz9vB
        Arrival-Date: Tue, 27 Oct 2026 14:01:12 +0000

        Final-Recipient: rfc822; owen.brady@meridiansupply.co
        Original-Recipient: rfc822;owen.brady@meridiansupply.co
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=meridiansupply.co type=MX: Host not found
        """)
    report = multipart(
        "report",
        text(notice, charset="us-ascii", cte="7bit",
             extra=(("Content-Description", "Notification"),)),
        Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
             status.replace("\n", "\r\n").encode("ascii")),
        Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], original),
        params="report-type=delivery-status",
    )
    headers = [
        ("Delivered-To", ME),
        ("Return-Path", "<>"),
        ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date(when, NY)),
        ("Message-ID", "<20261027140212.4Z8kQp1c2Rz9vB@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(headers, report)


@mail(n(50), family="mailing_list", lang="en", interview=False, company=None,
      note="Mailing-list thread about interview questions; a member mentions their own past interview; nothing "
           "scheduled for the reader")
def n50() -> bytes:
    when = "2026-12-10 08:47"
    body = t("""
        On Wed, Dec 9, 2026 at 6:12 PM Sofía Gutiérrez <sofia.gutierrez@example.org> wrote:
        > Has anyone been asked to do a live configuration exercise in an ERP interview? I have a
        > final round coming up and want to know what to expect.

        Yes - at my last one (a Miami importer, a Tuesday at 3pm, two hours on a sandbox) they
        gave me a broken costing run for a green-coffee lot and asked me to find why landed cost
        was off. Bring your own checklist of where FX and freight accruals live and narrate what
        you check. They cared more about the reasoning than the fix.

        Good luck!
        Héctor

        --
        erp-latam mailing list
        erp-latam@lists.erpcommunity.example.org
        https://lists.erpcommunity.example.org/mailman/listinfo/erp-latam
        """)
    headers = [
        ("Delivered-To", ME),
        rx("lists.erpcommunity.example.org", "192.0.2.80", when, "America/Bogota", "n50"),
        ("From", addr("Héctor Villalobos via erp-latam", "erp-latam@lists.erpcommunity.example.org")),
        ("Reply-To", "erp-latam@lists.erpcommunity.example.org"),
        ("To", "erp-latam@lists.erpcommunity.example.org"),
        ("Subject", "Re: [erp-latam] Live config exercise in ERP interviews?"),
        ("Date", date(when, "America/Bogota")),
        ("Message-ID", "<CAHv1ll4l0b0s+cfg@mail.gmail.com>"),
        ("In-Reply-To", "<CAFq9kJ2sofiaList1209@mail.gmail.com>"),
        ("List-Id", "ERP users in Latin America <erp-latam.lists.erpcommunity.example.org>"),
        ("List-Post", "<mailto:erp-latam@lists.erpcommunity.example.org>"),
        ("List-Unsubscribe", "<https://lists.erpcommunity.example.org/mailman/options/erp-latam>"),
        ("Precedence", "list"),
        ("X-BeenThere", "erp-latam@lists.erpcommunity.example.org"),
    ]
    return message(headers, text(body))
