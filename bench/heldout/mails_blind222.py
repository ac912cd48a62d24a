"""blind222: 50 hand-written mails from the inbox of Andrés Pacheco, a port-operations backend
developer in Barranquilla (America/Bogota, UTC-5, no DST), September to mid-December 2026.

Written blind (without reading the detector, its tests or the other held-out mails). Keys 1-23 are
the positives, 24-50 the negatives; file numbers are a fixed shuffle of the writing order.
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

ORDER = random.Random(2220222).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"blind222_{ORDER[key - 1]:03d}"


BOG = "America/Bogota"
PTY = "America/Panama"
MEX = "America/Mexico_City"
NYC = "America/New_York"
TOR = "America/Toronto"
CHI = "America/Chicago"
LAX = "America/Los_Angeles"
VAN = "America/Vancouver"
MAD = "Europe/Madrid"

ME_ADDR = "andres.pacheco@example.org"
ME = addr("Andrés Pacheco", ME_ADDR)

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

VTZ_TORONTO = """BEGIN:VTIMEZONE
TZID:America/Toronto
X-LIC-LOCATION:America/Toronto
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""

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


def rcv(host: str, ip: str, when: str, zone: str, ident: str, lag: int = 3, to: str = ME_ADDR) -> str:
    return received(f"from {host} ({host} [{ip}])", when, zone, f"mx.example.org with ESMTPS id {ident}",
                    to, lag)


# =====================================================================================
# Positives: scheduled
# =====================================================================================


@mail(N(1), family="greenhouse", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", BOG), end=utc("2026-09-15 11:00", BOG),
      contact="laura.camargo@fletesandinos.com.co", company="Fletes Andinos",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=BOG,
      note="Greenhouse confirmation in Spanish; 'martes, 15 de septiembre, 10:00 a. m. - 11:00 a. m. (hora de "
           "Bogotá, GMT-5)' -> 15:00-16:00Z; the ICS (UTC) agrees; contact = human Reply-To recruiter")
def m01() -> bytes:
    body = t("""
        Hola Andrés,

        ¡Gracias por tu interés en Fletes Andinos! Te confirmamos la entrevista para el cargo
        Desarrollador(a) Backend Senior - Operaciones Portuarias.

        Fecha: martes, 15 de septiembre de 2026
        Hora: 10:00 a. m. - 11:00 a. m. (hora de Bogotá, GMT-5)
        Lugar: Google Meet - https://meet.google.com/xkp-qwre-tyu
        Entrevistadores: Laura Camargo (Talento Humano) y Felipe Araújo (Líder de Ingeniería)

        Vamos a conversar sobre tu experiencia con sistemas de gestión de patios y
        contenedores, y un poco sobre cómo trabajas en equipo.

        Si necesitas reprogramar, simplemente responde a este correo.

        Un saludo,
        Laura Camargo
        Talento Humano | Fletes Andinos S.A.S.
        Bogotá, Colombia
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Hola Andrés,</p>
        <p>¡Gracias por tu interés en Fletes Andinos! Te confirmamos la entrevista para el cargo
        <strong>Desarrollador(a) Backend Senior - Operaciones Portuarias</strong>.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Fecha</b></td><td>martes, 15 de septiembre de 2026</td></tr>
        <tr><td><b>Hora</b></td><td>10:00 a.&nbsp;m. - 11:00 a.&nbsp;m. (hora de Bogotá, GMT-5)</td></tr>
        <tr><td><b>Lugar</b></td><td><a href="https://meet.google.com/xkp-qwre-tyu">Google Meet</a></td></tr>
        <tr><td><b>Entrevistadores</b></td><td>Laura Camargo (Talento Humano) y Felipe Araújo
        (Líder de Ingeniería)</td></tr>
        </table>
        <p>Vamos a conversar sobre tu experiencia con sistemas de gestión de patios y contenedores, y un
        poco sobre cómo trabajas en equipo.</p>
        <p>Si necesitas reprogramar, simplemente responde a este correo.</p>
        <p>Un saludo,<br>Laura Camargo<br>Talento Humano | Fletes Andinos S.A.S.<br>Bogotá, Colombia</p>
        <img src="https://us.greenhouse-mail.io/wf/open?upn=u001.Xk2p9" width="1" height="1" alt="">
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-48213377-fletesandinos@greenhouse.io
        DTSTAMP:20260910T202200Z
        DTSTART:20260915T150000Z
        DTEND:20260915T160000Z
        SUMMARY:Entrevista: Andrés Pacheco - Desarrollador(a) Backend Senior
        LOCATION:https://meet.google.com/xkp-qwre-tyu
        ORGANIZER;CN=Laura Camargo:mailto:laura.camargo@fletesandinos.com.co
        ATTENDEE;CN=Andrés Pacheco;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:andres.pacheco@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", rcv("o1.us.greenhouse-mail.io", "167.89.12.44", "2026-09-10 15:22:05", BOG, "gh7Kq2")),
        ("From", addr("Fletes Andinos", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Laura Camargo", "laura.camargo@fletesandinos.com.co")),
        ("To", ME),
        ("Subject", enc("Confirmación de entrevista - Fletes Andinos")),
        ("Date", date("2026-09-10 15:22:05", BOG)),
        ("Message-ID", "<ZkQ3bm9gTJ2xH1f8wPq7Aw@geopod-ismtpd-3>"),
        ("X-SG-EID", "u001.kJq9s8dH2n3VbXo"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, cte="8bit", disposition="attachment", filename="invite.ics")))


@mail(N(2), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-18 07:30", BOG), contact="ybarrios@puertoarena.co", company="Puerto Arena Logística",
      local="Fri 2026-09-18 07:30", zone=BOG,
      note="Phone-written Costeño reply 'pa mañana tempranito, 7:30' sent Thu 17 Sep 06:52 Bogotá -> Fri 18 Sep "
           "07:30 -05 = 12:30Z; no length given so end null; contact = human sender")
def m02() -> bytes:
    body = t("""
        Buenos días Andrés, qué más pues

        Le confirmo pa mañana tempranito, 7:30, en la oficina de la Vía 40 (bodega 3, segundo piso). Pregunte por mí en portería y lleve la cédula q sin eso no lo dejan entrar.

        Va a estar el ingeniero Rafa Cantillo de operaciones, la idea es q le muestre lo q hizo con el sistema de turnos de camiones.

        Cualquier cosa me escribe por aquí o al whatsapp

        Yesenia Barrios
        Puerto Arena Logística

        Enviado desde mi iPhone

        > El 16/09/2026, a las 5:41 p. m., Andrés Pacheco <andres.pacheco@example.org> escribió:
        >
        > Hola Yesenia, gracias por la llamada. Quedo atento a la confirmación de la hora.
        > Andrés
        """)
    return message([
        ("Received", rcv("mail-pf1-f170.google.com", "209.85.210.170", "2026-09-17 06:52:40", BOG, "pa22Tn")),
        ("From", addr("Yesenia Barrios", "ybarrios@puertoarena.co")),
        ("To", ME),
        ("Subject", "Re: Entrevista"),
        ("Date", date("2026-09-17 06:52:40", BOG)),
        ("Message-ID", "<6D1C2F7E-88A1-4B52-9C3E-0A17F2B9E4D1@puertoarena.co>"),
        ("In-Reply-To", "<CAH7pQx1v0kTz3@mail.gmail.com>"),
        ("References", "<CAH7pQx1v0kTz3@mail.gmail.com>"),
        ("X-Mailer", "iPhone Mail (21G93)"),
    ], text(body, cte="8bit"))


@mail(N(3), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 16:30", LAX), end=utc("2026-11-03 17:15", LAX),
      contact="megan.hollis@tidewaterrobotics.com", company="Tidewater Robotics",
      local="Tue 2026-11-03 16:30", local_end="2026-11-03 17:15", zone=LAX,
      note="Lever confirmation sent Wed 28 Oct in PDT; the interview 'Tuesday, November 3, 4:30 PM - 5:15 PM PT' "
           "falls after US DST ends (1 Nov) -> PST UTC-8 -> 00:30-01:15Z on Wed 4 Nov (another day in UTC); "
           "the body's '7:30 PM Bogotá' agrees; contact = Reply-To")
def m03() -> bytes:
    body = t("""
        Hi Andrés,

        Thanks for making time to talk with Tidewater Robotics! Here are the details for your
        upcoming interview:

        Technical Interview - Senior Backend Engineer, Terminal Automation
        Tuesday, November 3, 2026
        4:30 PM - 5:15 PM PT (that's 7:30 PM in Bogotá)

        Interviewer: Sam Okafor, Staff Engineer
        Video link: https://tidewaterrobotics.zoom.us/j/86120044517

        Heads up that the US switches back to standard time on Sunday, November 1 - the time
        above is already in Pacific Standard Time.

        If anything changes, just reply to this email.

        Best,
        Megan Hollis
        Recruiting Coordinator, Tidewater Robotics

        --
        Sent via Lever. Unsubscribe from candidate emails: https://hire.lever.co/unsubscribe/3f1a
        """)
    page = t("""
        <div style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5">
        <p>Hi Andrés,</p>
        <p>Thanks for making time to talk with Tidewater Robotics! Here are the details for your upcoming
        interview:</p>
        <p><strong>Technical Interview - Senior Backend Engineer, Terminal Automation</strong><br>
        Tuesday, November 3, 2026<br>
        4:30 PM - 5:15 PM PT (that's 7:30 PM in Bogotá)</p>
        <p>Interviewer: Sam Okafor, Staff Engineer<br>
        Video link: <a href="https://tidewaterrobotics.zoom.us/j/86120044517">https://tidewaterrobotics.zoom.us/j/86120044517</a></p>
        <p>Heads up that the US switches back to standard time on Sunday, November 1 - the time above is
        already in Pacific Standard Time.</p>
        <p>If anything changes, just reply to this email.</p>
        <p>Best,<br>Megan Hollis<br>Recruiting Coordinator, Tidewater Robotics</p>
        <p style="color:#999;font-size:11px">Sent via Lever. <a href="https://hire.lever.co/unsubscribe/3f1a">Unsubscribe
        from candidate emails</a></p>
        </div>
        """)
    return message([
        ("Received", rcv("mail-a.hire.lever.co", "198.2.180.61", "2026-10-28 11:05:12", LAX, "lv91Bd")),
        ("From", addr("Megan Hollis", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Megan Hollis", "megan.hollis@tidewaterrobotics.com")),
        ("To", ME),
        ("Subject", "Interview confirmation: Tidewater Robotics"),
        ("Date", date("2026-10-28 11:05:12", LAX)),
        ("Message-ID", "<0100019a2c6e1f3b-5d2e8a70-lever-4c1f@email.amazonses.com>"),
    ], alt(text(body), html(page)))


@mail(N(4), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-08 14:00", TOR), end=utc("2026-10-08 14:45", TOR),
      contact="priya.raman@maplewharf.ca", company="Maplewharf Systems",
      local="Thu 2026-10-08 14:00", local_end="2026-10-08 14:45", zone=TOR,
      note="Ashby confirmation from a Toronto company: 'Thursday, October 8, 2:00 PM - 2:45 PM EDT' -> UTC-4 -> "
           "18:00-18:45Z; ICS TZID America/Toronto agrees; contact = Reply-To / ORGANIZER")
def m04() -> bytes:
    body = t("""
        Hi Andrés,

        Your interview is confirmed. We're looking forward to speaking with you!

        Thursday, October 8, 2026, 2:00 PM - 2:45 PM EDT
        Google Meet: https://meet.google.com/bnd-ohaw-kuy

        You'll meet with:
          Owen Tremblay - Engineering Manager, Berth Planning

        Questions? Just reply and it will reach Priya Raman.

        Thanks,
        Maplewharf Systems Recruiting
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Andrés,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p>Thursday, October 8, 2026, 2:00 PM - 2:45 PM EDT<br>
        Google Meet: <a href="https://meet.google.com/bnd-ohaw-kuy">meet.google.com/bnd-ohaw-kuy</a></p>
        <p>You&#x27;ll meet with:<br>&nbsp;&nbsp;Owen Tremblay - Engineering Manager, Berth Planning</p>
        <p>Questions? Just reply and it will reach Priya Raman.</p>
        <p>Thanks,<br>Maplewharf Systems Recruiting</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Ashby//Ashby Scheduling//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        VTZ_TORONTO,
        "BEGIN:VEVENT",
        "UID:7b1e55c2-0f8d-4c61-a2b3-maplewharf",
        "DTSTAMP:20261002T131400Z",
        "DTSTART;TZID=America/Toronto:20261008T140000",
        "DTEND;TZID=America/Toronto:20261008T144500",
        "SEQUENCE:0",
        "SUMMARY:Maplewharf Systems - Backend Developer (Berth Planning) Interview",
        "LOCATION:https://meet.google.com/bnd-ohaw-kuy",
        "ORGANIZER;CN=Priya Raman:mailto:priya.raman@maplewharf.ca",
        "ATTENDEE;CN=Andrés Pacheco;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:andres.pacheco@example.org",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message([
        ("Received", rcv("mail.ashbyhq.com", "108.233.221.17", "2026-10-02 09:14:00", TOR, "ab3Xw1")),
        ("From", addr("Maplewharf Systems", "no-reply@ashbyhq.com")),
        ("To", ME),
        ("Subject", "Interview confirmed: Backend Developer (Berth Planning) at Maplewharf Systems"),
        ("Date", date("2026-10-02 09:14:00", TOR)),
        ("Message-ID", "<010001926b1f7d2c-0a9e4b1d-ashby-77e2@email.amazonses.com>"),
        ("Reply-To", addr("Priya Raman", "priya.raman@maplewharf.ca")),
    ], mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
             calendar(ics, cte="base64", disposition="attachment", filename="invite.ics")))


@mail(N(5), family="workday", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-22 15:00", BOG), contact="catalina.restrepo@transportesaburra.com",
      company="Transportes Aburrá", local="Thu 2026-10-22 15:00", zone=BOG,
      note="Workday HTML-only (base64) mail from the tenant notification address; 'jueves, 22 de octubre de 2026 "
           "a las 3:00 p. m. (hora de Colombia)' -> 20:00Z; 'aproximadamente una hora' so end null; contact = "
           "recruiter address written in the body (sender is a Workday notification mailbox)")
def m05() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;padding:0;background:#f2f2f2">
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Roboto,Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#0b3d5c;color:#fff;font-size:18px">Transportes Aburrá S.A. | Carreras</td></tr>
        <tr><td>
        <p>Estimado Andrés Pacheco:</p>
        <p>Nos complace informarle que ha sido seleccionado para continuar en el proceso
        <b>R-0041872 Ingeniero de Software Backend (Logística Multimodal)</b>.</p>
        <p>Su entrevista con el equipo técnico quedó programada así:</p>
        <p style="padding-left:16px">
        <b>Fecha:</b> jueves, 22 de octubre de 2026<br>
        <b>Hora:</b> 3:00 p.&nbsp;m. (hora de Colombia)<br>
        <b>Duración:</b> aproximadamente una hora<br>
        <b>Modalidad:</b> Microsoft Teams (el enlace le llegará en un correo aparte)</p>
        <p>Si tiene preguntas, escriba a su reclutadora, Catalina Restrepo
        (<a href="mailto:catalina.restrepo@transportesaburra.com">catalina.restrepo@transportesaburra.com</a>).</p>
        <p>Puede consultar el estado de su candidatura en cualquier momento en
        <a href="https://wd3.myworkdayjobs.com/es/TransportesAburra">nuestro portal de empleo</a>.</p>
        <p>Cordialmente,<br>Gestión Humana - Transportes Aburrá S.A.<br>Medellín, Antioquia</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888">Este mensaje fue generado automáticamente. Por favor no responda a esta dirección.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    return message([
        ("Received", rcv("smtp-out3.myworkday.com", "208.77.31.9", "2026-10-19 08:40:33", BOG, "wd0Lz5")),
        ("From", addr("Transportes Aburrá", "transportesaburra@myworkday.com")),
        ("To", ME),
        ("Subject", enc("Invitación a entrevista - Ingeniero de Software Backend (Logística Multimodal)")),
        ("Date", date("2026-10-19 08:40:33", BOG)),
        ("Message-ID", "<1683225517.99120.1792590033@wd3-prod-mail-7.myworkday.com>"),
    ], html(page, cte="base64"))


@mail(N(6), family="smartrecruiters", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-28 09:30", PTY), end=utc("2026-09-28 10:15", PTY),
      contact="rodrigo.batista@istmocargo.com.pa", company="Istmo Cargo Terminals",
      local="Mon 2026-09-28 09:30", local_end="2026-09-28 10:15", zone=PTY,
      note="SmartRecruiters mail from a Panama City employer: 'lunes 28 de septiembre, 9:30 a.m. hora de Panamá "
           "(EST, UTC-5)', 'duración: 45 minutos' -> 14:30-15:15Z; contact = hiring manager's Reply-To")
def m06() -> bytes:
    body = t("""
        Hola Andrés,

        Gracias por tu postulación a Desarrollador Backend - Sistemas de Terminal (TOS) en Istmo Cargo
        Terminals. Nos gustaría conocerte.

        Tu entrevista está confirmada:

          Lunes 28 de septiembre de 2026
          9:30 a.m. hora de Panamá (EST, UTC-5) - igual que en Barranquilla
          Duración: 45 minutos
          Videollamada: https://istmocargo.webex.com/meet/rbatista

        Te entrevistará Rodrigo Batista, Gerente de Sistemas de Terminal.

        Saludos cordiales,
        Equipo de Reclutamiento
        Istmo Cargo Terminals, S.A. - Balboa, Panamá

        Powered by SmartRecruiters
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#2d2d2d">
        <p>Hola Andrés,</p>
        <p>Gracias por tu postulación a <b>Desarrollador Backend - Sistemas de Terminal (TOS)</b> en Istmo Cargo
        Terminals. Nos gustaría conocerte.</p>
        <p>Tu entrevista está confirmada:</p>
        <div style="border-left:4px solid #00a6e0;padding:8px 16px;background:#f5fbfe">
        Lunes 28 de septiembre de 2026<br>
        9:30 a.m. hora de Panamá (EST, UTC-5) - igual que en Barranquilla<br>
        Duración: 45 minutos<br>
        Videollamada: <a href="https://istmocargo.webex.com/meet/rbatista">istmocargo.webex.com/meet/rbatista</a></div>
        <p>Te entrevistará Rodrigo Batista, Gerente de Sistemas de Terminal.</p>
        <p>Saludos cordiales,<br>Equipo de Reclutamiento<br>Istmo Cargo Terminals, S.A. - Balboa, Panamá</p>
        <p style="font-size:11px;color:#999">Powered by SmartRecruiters</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail2.smartrecruiters.com", "52.48.17.203", "2026-09-22 10:30:10", PTY, "sr5Mv8")),
        ("From", addr("Rodrigo Batista (Istmo Cargo Terminals)", "noreply@smartrecruiters.com")),
        ("Reply-To", addr("Rodrigo Batista", "rodrigo.batista@istmocargo.com.pa")),
        ("To", ME),
        ("Subject", enc("Entrevista confirmada – Istmo Cargo Terminals")),
        ("Date", date("2026-09-22 10:30:10", PTY)),
        ("Message-ID", "<sr.4f7a1c90e2b3.20260922153010@smartrecruiters.com>"),
    ], alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


@mail(N(7), family="teamtailor", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-14 11:00", MEX), end=utc("2026-10-14 12:00", MEX),
      contact="ximena.olvera@aduanix.mx", company="Aduanix",
      local="Wed 2026-10-14 11:00", local_end="2026-10-14 12:00", zone=MEX,
      note="Teamtailor mail from a Mexico City employer: 'miércoles 14 de octubre, 11:00 - 12:00 (hora del centro "
           "de México, GMT-6)'; Mexico has no DST since 2022 -> 17:00-18:00Z (12:00 in Barranquilla); contact = "
           "recruiter Reply-To")
def m07() -> bytes:
    body = t("""
        ¡Hola Andrés!

        Qué gusto saludarte. Te escribo para confirmar tu entrevista técnica con el equipo de
        Plataforma de Aduanix:

        📅 Miércoles 14 de octubre
        🕚 11:00 - 12:00 (hora del centro de México, GMT-6) - para ti serían las 12:00 en Barranquilla
        📍 Google Meet: https://meet.google.com/vtx-pwqa-mzr

        Platicarás con Héctor Lozano (Tech Lead) y Fer Campos (Backend). Es una sesión práctica,
        ten a la mano tu editor favorito.

        ¡Mucho éxito!
        Ximena Olvera
        Talent Acquisition · Aduanix
        Ciudad de México
        """)
    page = t("""
        <html><body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:15px;color:#1c1c1c">
        <div style="max-width:560px;margin:0 auto;padding:24px">
        <img src="https://assets.teamtailor-cdn.com/aduanix/logo.png" alt="Aduanix" height="32">
        <p>¡Hola Andrés!</p>
        <p>Qué gusto saludarte. Te escribo para confirmar tu entrevista técnica con el equipo de Plataforma de
        Aduanix:</p>
        <p>📅 Miércoles 14 de octubre<br>
        🕚 11:00 - 12:00 (hora del centro de México, GMT-6) - para ti serían las 12:00 en Barranquilla<br>
        📍 Google Meet: <a href="https://meet.google.com/vtx-pwqa-mzr">meet.google.com/vtx-pwqa-mzr</a></p>
        <p>Platicarás con Héctor Lozano (Tech Lead) y Fer Campos (Backend). Es una sesión práctica, ten a la
        mano tu editor favorito.</p>
        <p>¡Mucho éxito!<br>Ximena Olvera<br>Talent Acquisition · Aduanix<br>Ciudad de México</p>
        <p style="font-size:12px;color:#888">Enviado con Teamtailor · <a href="https://aduanix.teamtailor.com/connect">Gestiona
        tus datos</a></p>
        </div></body></html>
        """)
    return message([
        ("Received", rcv("mta-11.teamtailor-mail.com", "185.23.90.11", "2026-10-08 12:10:44", MEX, "tt2Gh6")),
        ("From", addr("Ximena Olvera - Aduanix", "no-reply@teamtailor-mail.com")),
        ("Reply-To", addr("Ximena Olvera", "ximena.olvera@aduanix.mx")),
        ("To", ME),
        ("Subject", enc("Tu entrevista técnica en Aduanix 🚀")),
        ("Date", date("2026-10-08 12:10:44", MEX)),
        ("Message-ID", "<6523f1c0a9e8d_4b2e1a7c@teamtailor-mail.com>"),
    ], alt(text(body), html(page)))


@mail(N(8), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-05 16:00", BOG), end=utc("2026-11-05 17:00", BOG),
      contact="camilo@bahiadigital.co", company="Bahía Digital Labs",
      local="Thu 2026-11-05 16:00", local_end="2026-11-05 17:00", zone=BOG,
      note="Google Calendar invitation (Spanish UI) from a Cartagena startup: 'jue 5 nov 2026 4pm - 5pm (COT)' -> "
           "21:00-22:00Z; ICS TZID America/Bogota agrees; contact = ORGANIZER; later cancelled by another mail "
           "of this set")
def m08() -> bytes:
    body = t("""
        Tienes una invitación.

        Entrevista técnica - Andrés Pacheco
        jueves, 5 de noviembre de 2026 4pm - 5pm (hora de Colombia)

        Unirse con Google Meet
        https://meet.google.com/cqz-hrtn-wbe

        Organizador
        Camilo Herazo - camilo@bahiadigital.co

        Invitados
        Camilo Herazo - organizador
        andres.pacheco@example.org
        Luisa Marrugo

        Hola Andrés, te mando la invitación para la entrevista técnica. Vamos a revisar juntos el
        diseño de un servicio de citas para camiones en el puerto. Nos vemos!

        Ver todos los detalles del evento
        https://calendar.google.com/calendar/event?action=VIEW&eid=M2NqZDVvMWxh

        Invitación de Google Calendar
        Recibes este correo porque eres un invitado del evento.
        """)
    page = t("""
        <html><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p style="font-size:14px">Tienes una invitación.</p>
        <h2 style="font-size:20px;font-weight:400;color:#202124">Entrevista técnica - Andrés Pacheco</h2>
        <p style="font-size:14px">jueves, 5 de noviembre de 2026 4pm - 5pm (hora de Colombia)</p>
        <p><a href="https://meet.google.com/cqz-hrtn-wbe" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Unirse con Google Meet</a></p>
        <p style="font-size:14px"><b>Organizador</b><br>Camilo Herazo - camilo@bahiadigital.co</p>
        <p style="font-size:14px"><b>Invitados</b><br>Camilo Herazo - organizador<br>andres.pacheco@example.org<br>Luisa Marrugo</p>
        <p style="font-size:14px">Hola Andrés, te mando la invitación para la entrevista técnica. Vamos a revisar
        juntos el diseño de un servicio de citas para camiones en el puerto. Nos vemos!</p>
        <p style="font-size:12px;color:#70757a">Invitación de Google Calendar. Recibes este correo porque eres
        un invitado del evento.</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        VTZ_BOGOTA,
        "BEGIN:VEVENT",
        "DTSTART;TZID=America/Bogota:20261105T160000",
        "DTEND;TZID=America/Bogota:20261105T170000",
        "DTSTAMP:20261103T210200Z",
        "ORGANIZER;CN=Camilo Herazo:mailto:camilo@bahiadigital.co",
        "UID:3cjd5o1la8q0e7v2bhd9pt6k4r@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=andres.pacheco@example.org;X-NUM-GUESTS=0:mailto:andres.pacheco@example.org",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Luisa Marrugo;X-NUM-GUESTS=0:mailto:luisa@bahiadigital.co",
        "DESCRIPTION:Hola Andrés\\, te mando la invitación para la entrevista técnica.",
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Entrevista técnica - Andrés Pacheco",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    subject = ("Invitación: Entrevista técnica - Andrés Pacheco @ jue 5 nov 2026 4pm - 5pm (COT) "
               "(andres.pacheco@example.org)")
    return message([
        ("Received", rcv("mail-sor-f73.google.com", "209.85.220.73", "2026-11-03 16:02:11", BOG, "gc4Pe0")),
        ("From", addr("Camilo Herazo", "camilo@bahiadigital.co")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", addr("Camilo Herazo", "camilo@bahiadigital.co")),
        ("To", ME_ADDR),
        ("Subject", enc(subject)),
        ("Date", date("2026-11-03 16:02:11", BOG)),
        ("Message-ID", "<calendar-0b6a2f51-1d7e-4c55-9a41-2f8e2c9d1a01@google.com>"),
    ], mixed(alt(text(body, cte="base64"), html(page, cte="quoted-printable"),
                 calendar(ics, method="REQUEST", cte="8bit")),
             calendar(ics, method="REQUEST", ctype="application/ics", cte="base64",
                      disposition="attachment", filename="invite.ics", name_param=True)))


@mail(N(9), family="exchange", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-04 11:00", CHI), end=utc("2026-11-04 12:00", CHI),
      contact="dkowalski@prairiefreight.com", company="Prairie Freightworks",
      local="Wed 2026-11-04 11:00", local_end="2026-11-04 12:00", zone=CHI,
      note="Exchange meeting request with Teams boilerplate, sent Tue 27 Oct in CDT; 'When: Wednesday, November 4, "
           "2026 11:00 AM-12:00 PM (UTC-06:00) Central Time (US & Canada)' is after US DST ends -> CST -> "
           "17:00-18:00Z; ICS TZID 'Central Standard Time' (Windows name) agrees; contact = ORGANIZER/sender")
def m09() -> bytes:
    body = t("""
        Hi Andrés,

        As discussed, here is the invite for your panel interview with the Yard Systems team
        (Dana Kowalski, Luis Ortega, Priyanka Shah). We will cover system design first and then
        a conversation about your experience with gate automation.

        When: Wednesday, November 4, 2026 11:00 AM-12:00 PM (UTC-06:00) Central Time (US & Canada).
        Where: Microsoft Teams Meeting

        Thanks,
        Dana

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE2ZjQ1>
        Meeting ID: 284 771 930 122
        Passcode: Qm7hZp
        Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="EN-US" link="#0563C1" vlink="#954F72">
        <div class="WordSection1">
        <p class="MsoNormal">Hi Andrés,<o:p></o:p></p>
        <p class="MsoNormal">As discussed, here is the invite for your panel interview with the Yard Systems team
        (Dana Kowalski, Luis Ortega, Priyanka Shah). We will cover system design first and then a conversation
        about your experience with gate automation.<o:p></o:p></p>
        <p class="MsoNormal">Thanks,<br>Dana<o:p></o:p></p>
        <div style="margin-bottom:.25in;overflow:hidden">
        <p class="MsoNormal"><span style="color:#5F5F5F">________________________________________________________________________________</span></p>
        <p class="MsoNormal"><b><span style="font-size:18.0pt;font-family:'Segoe UI',sans-serif;color:#252424">Microsoft Teams meeting</span></b></p>
        <p class="MsoNormal"><span style="font-family:'Segoe UI',sans-serif;color:#252424">Join on your computer, mobile app or room device</span></p>
        <p class="MsoNormal"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE2ZjQ1"><span style="font-family:'Segoe UI Semibold',sans-serif;color:#6264A7">Click here to join the meeting</span></a></p>
        <p class="MsoNormal"><span style="font-family:'Segoe UI',sans-serif;color:#252424">Meeting ID: 284 771 930 122<br>Passcode: Qm7hZp</span></p>
        </div></div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ["Central Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Dana Kowalski:mailto:dkowalski@prairiefreight.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Andrés Pacheco:mailto:andres.pacheco@example.org",
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Luis Ortega:mailto:lortega@prairiefreight.com",
        "DESCRIPTION;LANGUAGE=en-US:Panel interview - Yard Systems team\\n",
        "UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5D901000000000000000010000000F1E2D3C4B5A69788",
        "SUMMARY;LANGUAGE=en-US:Interview: Andrés Pacheco - Senior Backend Engineer (Yard Systems)",
        "DTSTART;TZID=Central Standard Time:20261104T110000",
        "DTEND;TZID=Central Standard Time:20261104T120000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20261027T192000Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-OWNERAPPTID:2121839104",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "BEGIN:VALARM",
        "DESCRIPTION:REMINDER",
        "TRIGGER;RELATED=START:-PT15M",
        "ACTION:DISPLAY",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message([
        ("Received", received("from CH3PR11MB7421.namprd11.prod.outlook.com (2603:10b6:610:14d::9)",
                              "2026-10-27 14:20:16", CHI, "mx.example.org with ESMTPS id ex9Rr2", ME_ADDR)),
        ("From", addr("Dana Kowalski", "dkowalski@prairiefreight.com")),
        ("To", ME),
        ("CC", addr("Luis Ortega", "lortega@prairiefreight.com")),
        ("Subject", "Interview: Andres Pacheco - Senior Backend Engineer (Yard Systems)"),
        ("Thread-Topic", "Interview: Andres Pacheco - Senior Backend Engineer (Yard Systems)"),
        ("Thread-Index", "AdtIsQ1kz8P3WnA0TU2h9Xy7bq1CZw=="),
        ("Date", date("2026-10-27 14:20:16", CHI)),
        ("Message-ID", "<CH3PR11MB74214E6A1B2C3D4E5F60718293A4B5C6D7E8@CH3PR11MB7421.namprd11.prod.outlook.com>"),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")))


@mail(N(10), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-16 10:00", BOG), end=utc("2026-11-16 10:30", BOG),
      contact="jordan@harborline.io", company="Harborline",
      local="Mon 2026-11-16 10:00", local_end="2026-11-16 10:30", zone=BOG,
      note="Calendly invitee confirmation shown in the invitee's zone: '10:00am - 10:30am (Bogota Time) Monday, "
           "November 16, 2026' -> 15:00-15:30Z (the host sits in Austin, CST, 9:00am there; 16 Nov is a "
           "Colombian holiday but the US team works); contact = host's Reply-To")
def m10() -> bytes:
    body = t("""
        Hi Andrés Pacheco,

        Your event has been scheduled.

        Event Type:
        Technical Screen - Backend Engineer (Port Systems)

        Event Date/Time:
        10:00am - 10:30am (Bogota Time) Monday, November 16, 2026

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/hjr-ewdm-ksa

        Invitee Email:
        andres.pacheco@example.org

        Questions:
        Please share a link to something you built: https://github.com/example-apacheco/gate-queue

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/0c1d2e3f-4a5b
        Reschedule: https://calendly.com/reschedulings/0c1d2e3f-4a5b

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:proxima-nova,Helvetica,Arial,sans-serif;color:#1a1a1a">
        <table width="100%"><tr><td align="center"><table width="560"><tr><td>
        <p>Hi Andrés Pacheco,</p>
        <p>Your event has been scheduled.</p>
        <p><b>Event Type:</b><br>Technical Screen - Backend Engineer (Port Systems)</p>
        <p><b>Event Date/Time:</b><br>10:00am - 10:30am (Bogota Time) Monday, November 16, 2026</p>
        <p><b>Location:</b><br>This is a Google Meet web conference.<br>
        <a href="https://meet.google.com/hjr-ewdm-ksa">https://meet.google.com/hjr-ewdm-ksa</a></p>
        <p><b>Invitee Email:</b><br>andres.pacheco@example.org</p>
        <p><a href="https://calendly.com/cancellations/0c1d2e3f-4a5b">Cancel</a> |
        <a href="https://calendly.com/reschedulings/0c1d2e3f-4a5b">Reschedule</a></p>
        <p style="font-size:12px;color:#666">Powered by Calendly.com</p>
        </td></tr></table></td></tr></table></body></html>
        """)
    return message([
        ("Received", rcv("o3.email.calendly.com", "167.89.101.3", "2026-11-09 13:47:51", BOG, "cl6Nd4")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Jordan Whitaker", "jordan@harborline.io")),
        ("To", ME),
        ("Subject", "Confirmed: Technical Screen - Backend Engineer (Port Systems) with Jordan Whitaker on "
                    "Monday, November 16, 2026"),
        ("Date", date("2026-11-09 13:47:51", BOG)),
        ("Message-ID", "<9b2e71c4-5f3a-4d8e-a1b0-calendly-invitee@calendly.com>"),
    ], alt(text(body), html(page)))


@mail(N(11), family="ms_bookings", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-10 08:00", BOG), end=utc("2026-11-10 08:45", BOG),
      contact=None, company="Conecta Aduanas",
      local="Tue 2026-11-10 08:00", local_end="2026-11-10 08:45", zone=BOG,
      note="Microsoft Bookings confirmation (Spanish) from a shared booking mailbox: 'martes, 10 de noviembre de "
           "2026 8:00 a. m. - 8:45 a. m. (UTC-05:00) Bogotá, Lima, Quito, Rio Branco' -> 13:00-13:45Z; ICS TZID "
           "'SA Pacific Standard Time' agrees; staff member named but no personal address -> contact null")
def m11() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body>
        <div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#201f1e">
        <div style="font-size:20px;padding:12px 0">Conecta Aduanas - Selección TI</div>
        <div>Hola, Andrés Pacheco:</div>
        <div style="padding-top:8px">Se ha confirmado su reserva.</div>
        <table style="margin-top:16px" cellpadding="4">
        <tr><td style="color:#605e5c">Servicio</td><td>Entrevista técnica - Desarrollador Backend (Comercio Exterior)</td></tr>
        <tr><td style="color:#605e5c">Fecha y hora</td><td>martes, 10 de noviembre de 2026 8:00 a.&nbsp;m. - 8:45 a.&nbsp;m. (UTC-05:00) Bogotá, Lima, Quito, Rio Branco</td></tr>
        <tr><td style="color:#605e5c">Personal</td><td>Paola Rincón</td></tr>
        <tr><td style="color:#605e5c">Ubicación</td><td>Reunión de Microsoft Teams</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGE4ZTk1">Unirse a la reunión de Teams</a></p>
        <p>Si desea cambiar o cancelar su reserva, use <a href="https://outlook.office365.com/owa/calendar/SeleccionTI@conectaaduanas.com.co/bookings/">este enlace</a>.</p>
        <p style="font-size:12px;color:#605e5c">Conecta Aduanas S.A.S. · Av. Calle 26 # 69-76, Bogotá</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ_SA_PACIFIC,
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Conecta Aduanas - Selección TI:mailto:SeleccionTI@conectaaduanas.com.co",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Andrés Pacheco:mailto:andres.pacheco@example.org",
        "UID:040000008200E00074C5B7101A82E008000000009C8D7E6F5A4BD901000000000000000010000000AA11BB22CC33DD44",
        "SUMMARY;LANGUAGE=es-CO:Entrevista técnica - Desarrollador Backend (Comercio Exterior)",
        "DTSTART;TZID=SA Pacific Standard Time:20261110T080000",
        "DTEND;TZID=SA Pacific Standard Time:20261110T084500",
        "DTSTAMP:20261104T141000Z",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=es-CO:Reunión de Microsoft Teams",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message([
        ("Received", received("from BN8PR07MB6210.namprd07.prod.outlook.com (2603:10b6:408:a4::17)",
                              "2026-11-04 09:10:02", BOG, "mx.example.org with ESMTPS id bk2Ts8", ME_ADDR)),
        ("From", addr("Conecta Aduanas - Selección TI", "SeleccionTI@conectaaduanas.com.co")),
        ("To", ME),
        ("Subject", enc("Reserva confirmada: Entrevista técnica - Desarrollador Backend (Comercio Exterior)")),
        ("Date", date("2026-11-04 09:10:02", BOG)),
        ("Message-ID", "<BN8PR07MB62109A8B7C6D5E4F3A2B1C0D9E8F7A6B@BN8PR07MB6210.namprd07.prod.outlook.com>"),
        ("X-MS-Exchange-Organization-BookingsBooking", "true"),
        ("Content-Language", "es-CO"),
    ], mixed(html(page, cte="base64"),
             calendar(ics, method="REQUEST", cte="base64", disposition="attachment", filename="invite.ics")))


@mail(N(12), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-19 08:00", VAN), contact="aisha.bell@fraserquay.ca", company="Fraser Quay Software",
      local="Thu 2026-11-19 08:00", zone=VAN,
      note="Recruiter note from Vancouver with a pasted Zoom invitation: 'Time: Nov 19, 2026 08:00 AM Pacific Time "
           "(US and Canada)' -> PST (after 1 Nov) UTC-8 -> 16:00Z, which the body's '11 AM your time' confirms; "
           "'about an hour' so end null; contact = sender")
def m12() -> bytes:
    body = t("""
        Hi Andrés,

        Great chatting yesterday. As promised, here's the Zoom for your conversation with our
        VP Engineering, Graham Whitfield. It's 8 AM our time, which should be 11 AM for you in
        Barranquilla now that we've fallen back. Plan for about an hour.

        Cheers,
        Aisha

        Aisha Bell | Talent Partner
        Fraser Quay Software | Vancouver, BC
        aisha.bell@fraserquay.ca

        ---

        Aisha Bell is inviting you to a scheduled Zoom meeting.

        Topic: Andres Pacheco <> Graham Whitfield (Fraser Quay)
        Time: Nov 19, 2026 08:00 AM Pacific Time (US and Canada)

        Join Zoom Meeting
        https://fraserquay.zoom.us/j/93355120871?pwd=ZnJhc2VycXVheQ

        Meeting ID: 933 5512 0871
        Passcode: 604119

        ---

        One tap mobile
        +16699006833,,93355120871#,,,,*604119# US (San Jose)
        +17789072071,,93355120871#,,,,*604119# Canada
        """)
    return message([
        ("Received", rcv("mail-yw1-f179.google.com", "209.85.128.179", "2026-11-12 10:02:37", VAN, "zm1Fq3")),
        ("From", addr("Aisha Bell", "aisha.bell@fraserquay.ca")),
        ("To", ME),
        ("Subject", "Zoom link for Thursday - Fraser Quay"),
        ("Date", date("2026-11-12 10:02:37", VAN)),
        ("Message-ID", "<CAB9w1c3F2nK8vT0e=fraserquay-Hq8n@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(13), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-27 15:00", BOG), contact="german.ospina@datacarga.com.co", company="Datacarga",
      local="Tue 2026-10-27 15:00", zone=BOG,
      note="Bogotá-register usted mail sent Wed 21 Oct: 'el martes de la semana entrante a las 3 p. m.' -> Tue 27 "
           "Oct 15:00 -05 = 20:00Z; the attached ICS is an all-day event on 27 Oct (time only in the text); "
           "no length given -> end null; contact = sender")
def m13() -> bytes:
    body = t("""
        Buenas tardes, Andrés:

        Qué pena con usted la demora en responderle, estas semanas han sido de locos con el cierre
        del trimestre. Le cuento que el doctor Mauricio Salcedo, nuestro gerente de tecnología, sí
        tiene espacio para conocerlo el martes de la semana entrante a las 3 p. m. en nuestras
        oficinas de la calle 93 (Chicó), piso 7. Si se le dificulta viajar a Bogotá, lo podemos
        hacer por Teams a la misma hora, me avisa.

        Le adjunto el recordatorio para su calendario (quedó como evento de todo el día porque
        así lo guarda mi celular, pero la cita es a las 3).

        Le agradezco confirmarme.

        Cordialmente,

        Germán Ospina Vargas
        Jefe de Talento Humano
        Datacarga S.A.S.
        PBX (601) 555 0142
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Apple Inc.//iPhone OS 19.1//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:5F0C3B7A-91D2-4E8B-8A6F-DATACARGA2710
        DTSTAMP:20261021T223500Z
        DTSTART;VALUE=DATE:20261027
        DTEND;VALUE=DATE:20261028
        SUMMARY:Entrevista Andres Pacheco - Datacarga (3 p. m.)
        ORGANIZER;CN=German Ospina:mailto:german.ospina@datacarga.com.co
        ATTENDEE;CN=Andres Pacheco;RSVP=TRUE:mailto:andres.pacheco@example.org
        TRANSP:TRANSPARENT
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", received("from mail.datacarga.com.co (mail.datacarga.com.co [190.24.77.18])",
                              "2026-10-21 17:35:48", BOG, "mx.example.org with ESMTPS id dc8Lp0", ME_ADDR)),
        ("From", addr("Germán Ospina Vargas", "german.ospina@datacarga.com.co", "iso-8859-1")),
        ("To", addr("Andrés Pacheco", ME_ADDR, "iso-8859-1")),
        ("Subject", enc("RE: Hoja de vida - Desarrollador Backend", "iso-8859-1")),
        ("Date", date("2026-10-21 17:35:48", BOG)),
        ("Message-ID", "<000b01dc43a1$7e2f1c40$7a8d54c0$@datacarga.com.co>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], mixed(text(body, charset="iso-8859-1"),
             calendar(ics, method="REQUEST", disposition="attachment", filename="Entrevista.ics")))


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


@mail(N(14), family="personio", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-27 16:00", MAD), end=utc("2026-10-27 17:00", MAD),
      contact="lucia.ferrer@estibacloud.es", company="Estiba Cloud",
      local="Tue 2026-10-27 16:00", local_end="2026-10-27 17:00", zone=MAD,
      note="Personio mail from a Madrid company hiring remote: sent Thu 22 Oct in CEST, interview 'martes 27 de "
           "octubre, de 16:00 a 17:00 (hora peninsular española)' after Europe's switch on 25 Oct -> CET UTC+1 -> "
           "15:00-16:00Z (10:00 in Bogotá, as the body says); ICS TZID Europe/Madrid agrees; contact = Reply-To")
def m14() -> bytes:
    body = t("""
        Hola Andrés:

        ¡Gracias por tu interés en Estiba Cloud! Nos encantaría seguir conociéndote.

        Te confirmamos la entrevista con el equipo de Ingeniería:

        Fecha: martes 27 de octubre de 2026
        Hora: de 16:00 a 17:00 (hora peninsular española)
        Formato: videollamada (Google Meet, el enlace va en la invitación adjunta)
        Participantes: Jordi Puig (CTO) y Lucía Ferrer (People)

        Ojo: el domingo 25 cambiamos al horario de invierno, así que para ti en Barranquilla
        serán las 10:00 de la mañana.

        Un abrazo,
        Lucía Ferrer
        People & Talent · Estiba Cloud S.L.

        Este correo se ha enviado a través de Personio.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Personio GmbH//Personio Recruiting//ES",
        "METHOD:REQUEST",
        VTZ_MADRID,
        "BEGIN:VEVENT",
        "UID:personio-rec-884120-estibacloud",
        "DTSTAMP:20261022T153000Z",
        "DTSTART;TZID=Europe/Madrid:20261027T160000",
        "DTEND;TZID=Europe/Madrid:20261027T170000",
        "SUMMARY:Entrevista Estiba Cloud - Andrés Pacheco (Backend Engineer)",
        "LOCATION:https://meet.google.com/pst-kmva-wqe",
        "ORGANIZER;CN=Lucía Ferrer:mailto:lucia.ferrer@estibacloud.es",
        "ATTENDEE;CN=Andrés Pacheco;RSVP=TRUE:mailto:andres.pacheco@example.org",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message([
        ("Received", rcv("mail-eu1.personio.de", "52.58.77.140", "2026-10-22 17:30:21", MAD, "pe3Jc7")),
        ("From", addr("Estiba Cloud S.L.", "no-reply@mail.personio.de")),
        ("Reply-To", addr("Lucía Ferrer", "lucia.ferrer@estibacloud.es")),
        ("To", ME),
        ("Subject", enc("Invitación a entrevista: Backend Engineer (remoto, LATAM)")),
        ("Date", date("2026-10-22 17:30:21", MAD)),
        ("Message-ID", "<0102019a0c8e3b1f-personio-5e7d9c2a@eu-central-1.amazonses.com>"),
        ("Content-Language", "es"),
    ], mixed(text(body, charset="iso-8859-15"),
             calendar(ics, method="REQUEST", cte="quoted-printable", disposition="attachment",
                      filename="entrevista.ics")))


@mail(N(15), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-04 10:00", NYC), end=utc("2026-12-04 12:15", NYC),
      contact="kelsey.moran@brightwaterfreight.com", company="Brightwater Freight Technologies",
      local="Fri 2026-12-04 10:00", local_end="2026-12-04 12:15", zone=NYC,
      note="GoodTime onsite-style virtual itinerary, three sessions 10:00 AM - 12:15 PM EST (New York, UTC-5 in "
           "December) -> first start 15:00Z to last end 17:15Z; the ICS (UTC) agrees; contact = coordinator's "
           "Reply-To")
def m15() -> bytes:
    body = t("""
        Hi Andrés,

        Your virtual onsite with Brightwater Freight Technologies is confirmed for
        Friday, December 4, 2026. All times are Eastern Time (EST).

        10:00 AM - 10:45 AM   Coding: Event-driven systems       Nadia Kerr
        10:45 AM - 11:30 AM   System Design: Container tracking  Victor Huang
        11:30 AM - 11:45 AM   Break
        11:45 AM - 12:15 PM   Hiring Manager chat                Rosa Delgado

        Each session uses the same Zoom room:
        https://brightwaterfreight.zoom.us/j/81177402235

        If you need to make changes, reply to this email and Kelsey Moran, your coordinator,
        will help.

        Good luck!
        Brightwater Recruiting

        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Andrés,</p>
        <p>Your virtual onsite with Brightwater Freight Technologies is confirmed for <b>Friday, December 4, 2026</b>.
        All times are Eastern Time (EST).</p>
        <table cellpadding="6" style="border:1px solid #ddd;border-collapse:collapse">
        <tr><th align="left">Time</th><th align="left">Session</th><th align="left">Interviewer</th></tr>
        <tr><td>10:00 AM - 10:45 AM</td><td>Coding: Event-driven systems</td><td>Nadia Kerr</td></tr>
        <tr><td>10:45 AM - 11:30 AM</td><td>System Design: Container tracking</td><td>Victor Huang</td></tr>
        <tr><td>11:30 AM - 11:45 AM</td><td>Break</td><td></td></tr>
        <tr><td>11:45 AM - 12:15 PM</td><td>Hiring Manager chat</td><td>Rosa Delgado</td></tr>
        </table>
        <p>Each session uses the same Zoom room:
        <a href="https://brightwaterfreight.zoom.us/j/81177402235">https://brightwaterfreight.zoom.us/j/81177402235</a></p>
        <p>If you need to make changes, reply to this email and Kelsey Moran, your coordinator, will help.</p>
        <p>Good luck!<br>Brightwater Recruiting</p>
        <p style="color:#aaa;font-size:11px">Scheduled with GoodTime</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//GoodTime.io//Interview Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gt-5520931-brightwater@goodtime.io
        DTSTAMP:20261127T162000Z
        DTSTART:20261204T150000Z
        DTEND:20261204T171500Z
        SUMMARY:Brightwater Freight Technologies - Virtual Onsite (Andres Pacheco)
        LOCATION:https://brightwaterfreight.zoom.us/j/81177402235
        ORGANIZER;CN=Kelsey Moran:mailto:kelsey.moran@brightwaterfreight.com
        ATTENDEE;CN=Andres Pacheco;RSVP=TRUE:mailto:andres.pacheco@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", rcv("mail.goodtime.io", "54.225.19.88", "2026-11-27 11:20:09", NYC, "gt8Vb5")),
        ("From", addr("Brightwater Recruiting", "no-reply@goodtime.io")),
        ("Reply-To", addr("Kelsey Moran", "kelsey.moran@brightwaterfreight.com")),
        ("To", ME),
        ("Subject", "Confirmed: Your Virtual Onsite with Brightwater Freight Technologies"),
        ("Date", date("2026-11-27 11:20:09", NYC)),
        ("Message-ID", "<goodtime.5520931.1795803609@goodtime.io>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method="REQUEST", disposition="attachment", filename="interview.ics")))


@mail(N(16), family="taleo_forward", lang="es", interview=True, kind="scheduled",
      start=utc("2026-12-11 09:00", BOG), contact="mariana.quintero@navieracordillera.com",
      company="Naviera Cordillera", local="Fri 2026-12-11 09:00", zone=BOG,
      note="Forward to self (message/rfc822) of a Taleo notice: 'vie. 11 de diciembre, 9:00 a. m. (hora de "
           "Bogotá)' -> 14:00Z; outer Date Mon 7 Dec; no length; the forwarder is the candidate, so contact = "
           "the recruiter address in the attached message's body")
def m16() -> bytes:
    inner_body = t("""
        Estimado(a) Andrés Pacheco,

        Reciba un cordial saludo de Naviera Cordillera.

        En relación con su postulación a la requisición 2600871 - Analista Desarrollador Senior
        (Plataforma de Reservas), nos permitimos citarlo a entrevista:

        Fecha y hora: vie. 11 de diciembre, 9:00 a. m. (hora de Bogotá)
        Lugar: Torre Cordillera, Carrera 7 # 71-21, piso 14, Bogotá
        Entrevistadores: Mariana Quintero (Selección) y Jaime Lozada (Arquitectura)

        Para cualquier inquietud puede comunicarse con Mariana Quintero al correo
        mariana.quintero@navieracordillera.com.

        Atentamente,
        Adquisición de Talento
        Naviera Cordillera S.A.

        Este es un mensaje automático enviado desde Oracle Taleo. No responda a este correo.
        """)
    inner = message([
        ("From", addr("Naviera Cordillera - Talento", "navieracordillera@tbe.taleo.net")),
        ("To", ME),
        ("Subject", enc("Citación a entrevista - Req. 2600871")),
        ("Date", date("2026-12-07 11:02:40", BOG)),
        ("Message-ID", "<1391204756.18834.1796659360211.JavaMail.taleo@tbe.taleo.net>"),
    ], text(inner_body, charset="windows-1252"))
    outer = t("""
        para tenerlo a mano en el otro correo
        """)
    return message([
        ("Received", rcv("mail-ej1-f52.google.com", "209.85.218.52", "2026-12-07 20:15:03", BOG, "fw4Hk2")),
        ("From", addr("Andrés Pacheco", "andres.pacheco@example.net")),
        ("To", ME),
        ("Subject", enc("Fwd: Citación a entrevista - Req. 2600871")),
        ("Date", date("2026-12-07 20:15:03", BOG)),
        ("Message-ID", "<CAPx7q0w3Hn1fQ2=kk9Zt4aPacheco@mail.gmail.com>"),
    ], mixed(text(outer, cte="7bit"), attached_message(inner, filename="Citacion a entrevista.eml")))


# =====================================================================================
# Positives: rescheduled
# =====================================================================================


@mail(N(17), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-09-24 10:30", BOG), contact="kfontalvo@termicar.com.co", company="Termicar Caribe",
      local="Thu 2026-09-24 10:30", zone=BOG,
      note="Costeño recruiter moves the interview: old 'miércoles 23 a las 10' (quoted confirmation below), new "
           "'jueves 24 a las diez y media' -> 10:30 -05 = 15:30Z; sent Mon 21 Sep; no length -> end null; "
           "contact = sender")
def m17() -> bytes:
    body = t("""
        Hola Andrés, buenos días

        Ay qué pena contigo, me toca correr la entrevista del miércoles 23 a las 10 porque al
        ingeniero Osorio lo mandaron pa Santa Marta esa semana y no llega sino el jueves.

        La pasamos pal jueves 24 a las diez y media, misma dirección (Cra 46 # 76-120, oficina
        502). Ya hablé con él y le queda perfecto. Si por algo no puedes me avisas y miramos.

        Mil gracias por la paciencia!

        Kelly Johanna Fontalvo
        Analista de Selección | Termicar Caribe S.A.S.
        Barranquilla - Atlántico
        Cel. 300 555 0187

        El jue, 17 sept 2026 a las 16:05, Kelly Johanna Fontalvo (<kfontalvo@termicar.com.co>) escribió:
        > Andrés, buenas tardes. Te confirmo la entrevista con el ingeniero Mario Osorio para el
        > miércoles 23 de septiembre a las 10:00 a. m. en nuestras oficinas, Cra 46 # 76-120,
        > oficina 502. Trae tu portafolio si lo tienes a mano.
        > Saludos, Kelly
        """)
    return message([
        ("Received", rcv("mail-qt1-f181.google.com", "209.85.160.181", "2026-09-21 11:48:26", BOG, "tc0Wm6")),
        ("From", addr("Kelly Johanna Fontalvo", "kfontalvo@termicar.com.co")),
        ("To", ME),
        ("Subject", enc("Re: Entrevista Desarrollador Backend - Termicar Caribe")),
        ("Date", date("2026-09-21 11:48:26", BOG)),
        ("Message-ID", "<CAJ2m9vF0kQ+termicar7Xy1=uK3d@mail.gmail.com>"),
        ("In-Reply-To", "<CAJ2m9vE8pL+termicar6Ab2=qW1c@mail.gmail.com>"),
        ("References", "<CAJ2m9vE8pL+termicar6Ab2=qW1c@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(18), family="google_calendar", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-12-02 14:30", BOG), end=utc("2026-12-02 15:30", BOG),
      contact="sgaviria@rutamulticarga.com", company="Ruta Multicarga",
      local="Wed 2026-12-02 14:30", local_end="2026-12-02 15:30", zone=BOG,
      note="Google Calendar 'Invitación actualizada' (SEQUENCE 1): old 'mar 1 dic 2026 9am - 10am', new 'mié 2 dic "
           "2026 2:30pm - 3:30pm (COT)' -> 19:30-20:30Z; ICS TZID America/Bogota agrees; contact = ORGANIZER")
def m18() -> bytes:
    body = t("""
        Se ha actualizado este evento
        Se modificó la fecha y hora

        Entrevista con Líder Técnico - Ruta Multicarga
        Nueva fecha y hora
        miércoles, 2 de diciembre de 2026 2:30pm - 3:30pm (hora de Colombia)
        Anterior
        martes, 1 de diciembre de 2026 9am - 10am (hora de Colombia)

        Unirse con Google Meet
        https://meet.google.com/rmc-ufkq-tna

        Organizador
        Sebastián Gaviria - sgaviria@rutamulticarga.com

        Invitados
        Sebastián Gaviria - organizador
        andres.pacheco@example.org

        Invitación de Google Calendar
        Recibes este correo porque eres un invitado del evento.
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;font-size:14px">
        <p style="color:#d93025">Se ha actualizado este evento</p>
        <h2 style="font-weight:400;color:#202124">Entrevista con Líder Técnico - Ruta Multicarga</h2>
        <p><b>Nueva fecha y hora</b><br>miércoles, 2 de diciembre de 2026 2:30pm - 3:30pm (hora de Colombia)</p>
        <p><b>Anterior</b><br><s>martes, 1 de diciembre de 2026 9am - 10am (hora de Colombia)</s></p>
        <p><a href="https://meet.google.com/rmc-ufkq-tna">Unirse con Google Meet</a></p>
        <p><b>Organizador</b><br>Sebastián Gaviria - sgaviria@rutamulticarga.com</p>
        <p style="font-size:12px;color:#70757a">Invitación de Google Calendar. Recibes este correo porque eres un
        invitado del evento.</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        VTZ_BOGOTA,
        "BEGIN:VEVENT",
        "DTSTART;TZID=America/Bogota:20261202T143000",
        "DTEND;TZID=America/Bogota:20261202T153000",
        "DTSTAMP:20261123T150500Z",
        "ORGANIZER;CN=Sebastián Gaviria:mailto:sgaviria@rutamulticarga.com",
        "UID:1q8v0rdk3o6gmt4c2t9b7e5h1s@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=andres.pacheco@example.org;X-NUM-GUESTS=0:mailto:andres.pacheco@example.org",
        "CREATED:20261118T194411Z",
        "LAST-MODIFIED:20261123T150459Z",
        "SEQUENCE:1",
        "STATUS:CONFIRMED",
        "SUMMARY:Entrevista con Líder Técnico - Ruta Multicarga",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    subject = ("Invitación actualizada: Entrevista con Líder Técnico - Ruta Multicarga @ mié 2 dic 2026 "
               "2:30pm - 3:30pm (COT) (andres.pacheco@example.org)")
    return message([
        ("Received", rcv("mail-sor-f69.google.com", "209.85.220.69", "2026-11-23 10:05:00", BOG, "gc9Rt1")),
        ("From", addr("Sebastián Gaviria", "sgaviria@rutamulticarga.com")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", addr("Sebastián Gaviria", "sgaviria@rutamulticarga.com")),
        ("To", ME_ADDR),
        ("Subject", enc(subject)),
        ("Date", date("2026-11-23 10:05:00", BOG)),
        ("Message-ID", "<calendar-77c3d0e2-9a4f-4b1e-8c65-0f2a9b8d3e14@google.com>"),
    ], mixed(alt(text(body), html(page), calendar(ics, method="REQUEST", cte="8bit")),
             calendar(ics, method="REQUEST", ctype="application/ics", cte="base64",
                      disposition="attachment", filename="invite.ics", name_param=True)))


@mail(N(19), family="icims", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-02 13:00", NYC), end=utc("2026-11-02 13:45", NYC),
      contact="brandon.lee@chesapeakets.com", company="Chesapeake Terminal Software",
      local="Mon 2026-11-02 13:00", local_end="2026-11-02 13:45", zone=NYC,
      note="iCIMS reschedule sent Thu 29 Oct (EDT): old 'Friday, October 30, 1:00 PM EDT', new 'Monday, November "
           "2, 2026, 1:00 PM - 1:45 PM ET' -> after US DST ends -> EST -> 18:00-18:45Z; contact = recruiter "
           "address in the body (sender is the iCIMS tenant mailbox)")
def m19() -> bytes:
    body = t("""
        Dear Andres,

        We need to reschedule your interview for the Backend Engineer II - Terminal Operating
        Systems position (Req ID 2026-4471).

        Previously scheduled:  Friday, October 30, 2026, 1:00 PM - 1:45 PM EDT
        New date and time:     Monday, November 2, 2026, 1:00 PM - 1:45 PM ET

        Please note that Daylight Saving Time ends in the US on Sunday, November 1. The new
        time is 1:00 PM Eastern Standard Time.

        Interviewer: Carla Mendes, Director of Engineering
        Format: Microsoft Teams (link unchanged)

        We apologize for any inconvenience. If the new time does not work for you, please
        contact Brandon Lee, Talent Acquisition, at brandon.lee@chesapeakets.com.

        Sincerely,
        Chesapeake Terminal Software Talent Acquisition

        Please do not reply to this message. This mailbox is not monitored.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <p>Dear Andres,</p>
        <p>We need to reschedule your interview for the <b>Backend Engineer II - Terminal Operating Systems</b>
        position (Req ID 2026-4471).</p>
        <table cellpadding="3">
        <tr><td>Previously scheduled:</td><td><s>Friday, October 30, 2026, 1:00 PM - 1:45 PM EDT</s></td></tr>
        <tr><td>New date and time:</td><td><b>Monday, November 2, 2026, 1:00 PM - 1:45 PM ET</b></td></tr>
        </table>
        <p>Please note that Daylight Saving Time ends in the US on Sunday, November 1. The new time is 1:00 PM
        Eastern Standard Time.</p>
        <p>Interviewer: Carla Mendes, Director of Engineering<br>Format: Microsoft Teams (link unchanged)</p>
        <p>We apologize for any inconvenience. If the new time does not work for you, please contact Brandon
        Lee, Talent Acquisition, at <a href="mailto:brandon.lee@chesapeakets.com">brandon.lee@chesapeakets.com</a>.</p>
        <p>Sincerely,<br>Chesapeake Terminal Software Talent Acquisition</p>
        <p style="font-size:10px;color:#777">Please do not reply to this message. This mailbox is not monitored.</p>
        <img src="https://careers-chesapeakets.icims.com/icims2?mode=trk&amp;id=88120" width="1" height="1">
        </body></html>
        """)
    return message([
        ("Received", rcv("smtp3.icims.com", "63.241.41.22", "2026-10-29 15:40:18", NYC, "ic2Sd9")),
        ("From", addr("Chesapeake Terminal Software", "chesapeaketerminal@talent.icims.com")),
        ("To", addr("Andres Pacheco", ME_ADDR)),
        ("Subject", "Interview Rescheduled - Backend Engineer II - Terminal Operating Systems"),
        ("Date", date("2026-10-29 15:40:18", NYC)),
        ("Message-ID", "<20261029194018.88120.icims-notify-2026-4471@talent.icims.com>"),
    ], alt(text(body, charset="us-ascii", cte="7bit"), html(page, charset="windows-1252")))


@mail(N(20), family="exchange", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-10-20 10:00", PTY), end=utc("2026-10-20 11:00", PTY),
      contact="icastillo@pacificopuerto.com.pa", company="Pacífico Puerto Holdings",
      local="Tue 2026-10-20 10:00", local_end="2026-10-20 11:00", zone=PTY,
      note="Exchange meeting update (SEQUENCE 1) from a Panama City employer; the body only says the interview was "
           "moved, the new time is only in the ICS: DTSTART TZID 'SA Pacific Standard Time' 20261020T100000 "
           "(Panama = UTC-5) -> 15:00-16:00Z; contact = ORGANIZER/sender")
def m20() -> bytes:
    body = t("""
        Buenas tardes Andrés,

        Por un tema de agenda del gerente de operaciones tuvimos que mover la entrevista que
        teníamos para esta semana. Le envío la invitación actualizada con la nueva fecha;
        la reunión sigue siendo por Teams con el mismo enlace.

        Disculpe el cambio.

        Saludos,

        Itzel Castillo
        Coordinadora de Reclutamiento
        Pacífico Puerto Holdings, S.A.
        Ciudad de Panamá
        Tel. +507 555-0190
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body lang="ES-PA"><div class="WordSection1">
        <p class="MsoNormal">Buenas tardes Andrés,</p>
        <p class="MsoNormal">Por un tema de agenda del gerente de operaciones tuvimos que mover la entrevista que
        teníamos para esta semana. Le envío la invitación actualizada con la nueva fecha; la reunión sigue siendo
        por Teams con el mismo enlace.</p>
        <p class="MsoNormal">Disculpe el cambio.</p>
        <p class="MsoNormal">Saludos,</p>
        <p class="MsoNormal"><b>Itzel Castillo</b><br>Coordinadora de Reclutamiento<br>Pacífico Puerto Holdings,
        S.A.<br>Ciudad de Panamá<br>Tel. +507 555-0190</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ_SA_PACIFIC,
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Itzel Castillo:mailto:icastillo@pacificopuerto.com.pa",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Andrés Pacheco:mailto:andres.pacheco@example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ricardo Him:mailto:rhim@pacificopuerto.com.pa",
        "UID:040000008200E00074C5B7101A82E00800000000D4C3B2A19F8ED901000000000000000010000000BB44CC55DD66EE77",
        "SUMMARY;LANGUAGE=es-PA:Entrevista - Desarrollador Backend (Operaciones Portuarias)",
        "DTSTART;TZID=SA Pacific Standard Time:20261020T100000",
        "DTEND;TZID=SA Pacific Standard Time:20261020T110000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20261012T214500Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:1",
        "LOCATION;LANGUAGE=es-PA:Reunión de Microsoft Teams",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:1",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message([
        ("Received", received("from SA1PR14MB5523.namprd14.prod.outlook.com (2603:10b6:806:1b3::12)",
                              "2026-10-12 16:45:30", PTY, "mx.example.org with ESMTPS id pp7Yu3", ME_ADDR)),
        ("From", addr("Itzel Castillo", "icastillo@pacificopuerto.com.pa")),
        ("To", ME),
        ("CC", addr("Ricardo Him", "rhim@pacificopuerto.com.pa")),
        ("Subject", enc("Actualizado: Entrevista - Desarrollador Backend (Operaciones Portuarias)")),
        ("Thread-Topic", enc("Entrevista - Desarrollador Backend (Operaciones Portuarias)")),
        ("Date", date("2026-10-12 16:45:30", PTY)),
        ("Message-ID", "<SA1PR14MB5523C1D2E3F4A5B6C7D8E9F0A1B2C3D4@SA1PR14MB5523.namprd14.prod.outlook.com>"),
        ("Content-Language", "es-PA"),
    ], alt(text(body, charset="windows-1252"), html(page, charset="windows-1252"),
           calendar(ics, method="REQUEST", cte="base64")))


# =====================================================================================
# Positives: cancelled
# =====================================================================================


@mail(N(21), family="google_calendar", lang="es", interview=True, kind="cancelled",
      start=utc("2026-11-05 16:00", BOG), end=utc("2026-11-05 17:00", BOG),
      contact="camilo@bahiadigital.co", company="Bahía Digital Labs",
      local="Thu 2026-11-05 16:00", local_end="2026-11-05 17:00", zone=BOG,
      note="Google Calendar 'Evento cancelado' (METHOD:CANCEL) for the Bahía Digital interview of another mail in "
           "this set: cancelled slot 'jue 5 nov 2026 4pm - 5pm (COT)' -> 21:00-22:00Z; the organizer's comment "
           "promises to look for another date (none given); contact = ORGANIZER")
def m21() -> bytes:
    body = t("""
        Se ha cancelado este evento y se ha eliminado de tu calendario.

        Entrevista técnica - Andrés Pacheco
        jueves, 5 de noviembre de 2026 4pm - 5pm (hora de Colombia)

        Organizador
        Camilo Herazo - camilo@bahiadigital.co

        Camilo Herazo ha añadido un mensaje:
        "Andrés, mil disculpas. A Luisa le salió un viaje a Bogotá y no alcanzamos. Hoy mismo te
        escribo para cuadrar otra fecha."

        Invitación de Google Calendar
        Recibes este correo porque eres un invitado del evento.
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;font-size:14px">
        <p style="color:#d93025">Se ha cancelado este evento y se ha eliminado de tu calendario.</p>
        <h2 style="font-weight:400;color:#202124"><s>Entrevista técnica - Andrés Pacheco</s></h2>
        <p>jueves, 5 de noviembre de 2026 4pm - 5pm (hora de Colombia)</p>
        <p><b>Organizador</b><br>Camilo Herazo - camilo@bahiadigital.co</p>
        <p>Camilo Herazo ha añadido un mensaje:<br>"Andrés, mil disculpas. A Luisa le salió un viaje a Bogotá y
        no alcanzamos. Hoy mismo te escribo para cuadrar otra fecha."</p>
        <p style="font-size:12px;color:#70757a">Invitación de Google Calendar</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:CANCEL",
        VTZ_BOGOTA,
        "BEGIN:VEVENT",
        "DTSTART;TZID=America/Bogota:20261105T160000",
        "DTEND;TZID=America/Bogota:20261105T170000",
        "DTSTAMP:20261104T133000Z",
        "ORGANIZER;CN=Camilo Herazo:mailto:camilo@bahiadigital.co",
        "UID:3cjd5o1la8q0e7v2bhd9pt6k4r@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=andres.pacheco@example.org;X-NUM-GUESTS=0:mailto:andres.pacheco@example.org",
        "SEQUENCE:1",
        "STATUS:CANCELLED",
        "SUMMARY:Entrevista técnica - Andrés Pacheco",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    subject = ("Evento cancelado: Entrevista técnica - Andrés Pacheco @ jue 5 nov 2026 4pm - 5pm (COT) "
               "(andres.pacheco@example.org)")
    return message([
        ("Received", rcv("mail-sor-f41.google.com", "209.85.220.41", "2026-11-04 08:30:12", BOG, "gc5Ka8")),
        ("From", addr("Camilo Herazo", "camilo@bahiadigital.co")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", addr("Camilo Herazo", "camilo@bahiadigital.co")),
        ("To", ME_ADDR),
        ("Subject", enc(subject)),
        ("Date", date("2026-11-04 08:30:12", BOG)),
        ("Message-ID", "<calendar-0e91c4a7-3b2d-4f68-b1a0-6d5e7c8f9a02@google.com>"),
    ], mixed(alt(text(body), html(page), calendar(ics, method="CANCEL", cte="8bit")),
             calendar(ics, method="CANCEL", ctype="application/ics", cte="base64",
                      disposition="attachment", filename="invite.ics", name_param=True)))


@mail(N(22), family="human_prose", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-03 10:00", CHI), contact="tom.ackerman@redriverdispatch.com", company="Red River Dispatch",
      local="Thu 2026-12-03 10:00", zone=CHI,
      note="Hiring manager in Dallas cancels 'our Thursday 10am CT conversation' (sent Mon 30 Nov, CST UTC-6) -> "
           "Thu 3 Dec 16:00Z; the req is on hold, no new time; contact = sender")
def m22() -> bytes:
    body = t("""
        Hi Andres,

        I hate sending this kind of email. Leadership put the Dispatch Platform req on hold
        over the weekend (budget freeze through Q1), so I have to cancel our Thursday 10am CT
        conversation. I didn't want you to block the time or prep for nothing.

        For what it's worth, your take-home was one of the best we got. If the req opens back
        up in the new year, you're the first person I'm calling.

        Sorry again, and happy holidays.

        Tom

        --
        Tom Ackerman
        Engineering Manager, Dispatch Platform
        Red River Dispatch | Dallas, TX
        """)
    return message([
        ("Received", received("from mail-sn1nam02.outbound.protection.outlook.com (40.107.96.51)",
                              "2026-11-30 09:12:55", CHI, "mx.example.org with ESMTPS id rr3Gh0", ME_ADDR)),
        ("From", addr("Tom Ackerman", "tom.ackerman@redriverdispatch.com")),
        ("To", addr("Andres Pacheco", ME_ADDR)),
        ("Subject", "Cancelling Thursday - sorry"),
        ("Date", date("2026-11-30 09:12:55", CHI)),
        ("Message-ID", "<DM6PR19MB4012A7B8C9D0E1F2@DM6PR19MB4012.namprd19.prod.outlook.com>"),
    ], text(body, charset="us-ascii", cte="7bit"))


@mail(N(23), family="workable", lang="es", interview=True, kind="cancelled",
      start=utc("2026-10-01 11:00", BOG), contact="andrea.julio@mareastech.co", company="Mareas Tech",
      local="Thu 2026-10-01 11:00", zone=BOG,
      note="Workable mail (Reply-To is a Workable candidate relay, not a person) cancelling 'tu entrevista del "
           "jueves 1 de octubre a las 11:00 a. m.' -> 16:00Z; new options promised but none given -> cancelled; "
           "contact = the recruiter address in the signature")
def m23() -> bytes:
    body = t("""
        Hola Andrés,

        Te escribo para contarte que debemos cancelar tu entrevista del jueves 1 de octubre a las
        11:00 a. m. con nuestro CTO. Tuvimos un imprevisto con un cliente en el puerto de
        Contecar y él estará en sitio toda esa mañana.

        En los próximos días te enviaremos nuevas opciones de horario. Mil disculpas por el
        cambio.

        Un saludo,
        Andrea Julio
        Talento · Mareas Tech (Cartagena)
        andrea.julio@mareastech.co
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <p>Hola Andrés,</p>
        <p>Te escribo para contarte que debemos cancelar tu entrevista del jueves 1 de octubre a las 11:00 a.&nbsp;m.
        con nuestro CTO. Tuvimos un imprevisto con un cliente en el puerto de Contecar y él estará en sitio toda esa
        mañana.</p>
        <p>En los próximos días te enviaremos nuevas opciones de horario. Mil disculpas por el cambio.</p>
        <p>Un saludo,<br>Andrea Julio<br>Talento · Mareas Tech (Cartagena)<br>
        <a href="mailto:andrea.julio@mareastech.co">andrea.julio@mareastech.co</a></p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:11px;color:#999">Enviado con Workable · Puedes responder directamente a este correo.</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail1.workablemail.com", "35.170.41.98", "2026-09-29 12:00:41", BOG, "wk1Zs7")),
        ("From", addr("Andrea Julio - Mareas Tech", "mareas-tech@workablemail.com")),
        ("Reply-To", "mareas-tech+a7f3c21e9b@candidates.workablemail.com"),
        ("To", ME),
        ("Subject", enc("Cancelación de entrevista - Desarrollador Backend (Mareas Tech)")),
        ("Date", date("2026-09-29 12:00:41", BOG)),
        ("Message-ID", "<a7f3c21e9b.1790614841.workable@workablemail.com>"),
    ], alt(text(body), html(page)))


# =====================================================================================
# Negatives
# =====================================================================================

HFX = "America/Halifax"


@mail(N(24), family="rejection", lang="en", interview=False, company="Northbay Maritime Data",
      note="Recruitee rejection after a past interview ('our conversation last Thursday'); no upcoming time",
      days=(("Thu", "2026-09-03"),))
def m24() -> bytes:
    body = t("""
        Hi Andrés,

        Thank you again for taking the time to speak with us last Thursday (September 3) about
        the Backend Developer, Vessel Tracking role at Northbay Maritime Data.

        After careful consideration, we've decided to move forward with another candidate whose
        experience more closely matches our current needs in AIS data processing. This was a
        difficult decision - the team really enjoyed your walkthrough of the gate-queue service.

        We'll keep your profile in our talent pool and may reach out about future openings.
        We wish you the best in your search.

        Kind regards,
        The Northbay Maritime Data Hiring Team
        Halifax, Nova Scotia

        Powered by Recruitee
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#263238">
        <p>Hi Andrés,</p>
        <p>Thank you again for taking the time to speak with us last Thursday (September 3) about the
        <b>Backend Developer, Vessel Tracking</b> role at Northbay Maritime Data.</p>
        <p>After careful consideration, we've decided to move forward with another candidate whose experience
        more closely matches our current needs in AIS data processing. This was a difficult decision - the team
        really enjoyed your walkthrough of the gate-queue service.</p>
        <p>We'll keep your profile in our talent pool and may reach out about future openings. We wish you the best
        in your search.</p>
        <p>Kind regards,<br>The Northbay Maritime Data Hiring Team<br>Halifax, Nova Scotia</p>
        <p style="font-size:11px;color:#90a4ae">Powered by Recruitee</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail.recruiteemail.com", "34.241.88.19", "2026-09-08 10:15:27", HFX, "rc6Bn2")),
        ("From", addr("Northbay Maritime Data", "northbaymaritime@recruiteemail.com")),
        ("To", ME),
        ("Subject", "Your application to Northbay Maritime Data"),
        ("Date", date("2026-09-08 10:15:27", HFX)),
        ("Message-ID", "<recruitee.offer.331902.candidate.7718021@recruiteemail.com>"),
    ], alt(text(body), html(page)))


@mail(N(25), family="offer", lang="es", interview=False, company="Puerto Arena Logística",
      note="Job offer from the company of the 'mañana tempranito' interview; fixed start date and induction time "
           "(lunes 9 de noviembre, 7:00 a. m.) but it is an offer, not an interview",
      days=(("Mon", "2026-11-09"), ("Fri", "2026-10-09")))
def m25() -> bytes:
    body = t("""
        Andrés, buenas tardes

        Con mucho gusto le comparto la oferta formal para el cargo de Desarrollador Backend Senior
        en Puerto Arena Logística. Le resumo lo principal:

        - Salario: $9.800.000 mensuales + prestaciones de ley
        - Contrato a término indefinido, modalidad híbrida (3 días en la Vía 40)
        - Fecha de ingreso: lunes 9 de noviembre, 7:00 a. m., inducción en la sede de la Vía 40

        La carta completa va adjunta. Le pido el favor de confirmarnos su decisión a más tardar el
        viernes 9 de octubre.

        Bienvenido (ojalá)!

        Yesenia Barrios
        Gestión Humana - Puerto Arena Logística
        """)
    pdf = text("%PDF-1.4\n% Carta oferta - Andres Pacheco (copia de muestra)\n%%EOF\n", charset="us-ascii",
               cte="base64", subtype="plain", extra=(("Content-Disposition",
                                                       'attachment; filename="Carta_oferta_APacheco.pdf"'),))
    pdf.headers[0] = ("Content-Type", 'application/pdf; name="Carta_oferta_APacheco.pdf"')
    return message([
        ("Received", rcv("mail-pg1-f176.google.com", "209.85.215.176", "2026-10-02 16:20:05", BOG, "pa4Of1")),
        ("From", addr("Yesenia Barrios", "ybarrios@puertoarena.co")),
        ("To", ME),
        ("Subject", enc("Oferta laboral - Desarrollador Backend Senior")),
        ("Date", date("2026-10-02 16:20:05", BOG)),
        ("Message-ID", "<CAK1pA+Rq2offer9Ty4=Xw0e@mail.gmail.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))), pdf))


@mail(N(26), family="application_receipt", lang="es", interview=False, company="Navalia Logística",
      note="JOIN application receipt from a Valencia company; mentions the review period, no time fixed")
def m26() -> bytes:
    body = t("""
        Hola Andrés,

        ¡Gracias por tu candidatura para el puesto de Desarrollador/a Backend (remoto) en Navalia
        Logística!

        Hemos recibido correctamente tu CV. Nuestro equipo revisará tu perfil y, si encaja con lo
        que buscamos, te contactaremos en un plazo aproximado de dos semanas para acordar una
        primera entrevista.

        Mientras tanto, puedes seguir el estado de tu candidatura aquí:
        https://join.com/candidates/applications/9f1e20ab

        Un saludo,
        El equipo de Navalia Logística

        Enviado a través de JOIN - join.com
        """)
    return message([
        ("Received", rcv("mail-out.join.com", "3.124.66.210", "2026-09-05 09:12:48", MAD, "jn2Ce5")),
        ("From", addr("Navalia Logística via JOIN", "noreply@join.com")),
        ("To", ME),
        ("Subject", enc("Hemos recibido tu candidatura - Desarrollador/a Backend (remoto)")),
        ("Date", date("2026-09-05 09:12:48", MAD)),
        ("Message-ID", "<0107019abcde1234-join-application-9f1e20ab@eu-central-1.amazonses.com>"),
    ], text(body, cte="base64"))


@mail(N(27), family="job_alert", lang="es", interview=False, company=None,
      note="Job-board alert (fictional board) with vacancies and 'entrevista inmediata' teasers; no appointment")
def m27() -> bytes:
    page = t("""
        <html><body style="margin:0;background:#eef3f7;font-family:Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="16" style="background:#fff">
        <tr><td style="background:#ff7a00;color:#fff;font-size:20px"><b>Empleos del Caribe</b></td></tr>
        <tr><td>
        <p>Hola Andrés, estas son las nuevas vacantes que coinciden con tu alerta
        <b>"desarrollador backend" en Barranquilla y remoto</b>:</p>
        <p><a href="https://empleosdelcaribe.example.com/v/88121"><b>Desarrollador Backend Java - Operador logístico</b></a><br>
        Barranquilla · Híbrido · $7 a $9 millones<br>
        <span style="color:#2e7d32">¡Entrevista inmediata!</span> · Publicada hace 2 días</p>
        <p><a href="https://empleosdelcaribe.example.com/v/88140"><b>Ingeniero(a) de Software - Puerto</b></a><br>
        Santa Marta · Presencial · A convenir<br>Publicada hoy</p>
        <p><a href="https://empleosdelcaribe.example.com/v/88152"><b>Backend Developer (Go) - Fintech</b></a><br>
        Remoto (Colombia) · USD 3.500 - 4.500<br>Entrevistas esta semana · Publicada ayer</p>
        <p><a href="https://empleosdelcaribe.example.com/v/88163"><b>Analista de Integraciones EDI</b></a><br>
        Cartagena · Presencial · $5,5 millones<br>Publicada hace 3 días</p>
        <p style="text-align:center"><a href="https://empleosdelcaribe.example.com/alertas"
        style="background:#ff7a00;color:#fff;padding:10px 20px;text-decoration:none">Ver todas las vacantes</a></p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888">Recibes este correo porque creaste una alerta en Empleos del Caribe.
        <a href="https://empleosdelcaribe.example.com/alertas/baja?u=ap77">Darte de baja</a></td></tr>
        </table></td></tr></table></body></html>
        """)
    return message([
        ("Received", rcv("mta3.empleosdelcaribe.example.com", "198.51.100.23", "2026-10-05 06:00:02", BOG, "ja8Qz4")),
        ("From", addr("Empleos del Caribe", "alertas@empleosdelcaribe.example.com")),
        ("To", ME_ADDR),
        ("Subject", "4 nuevas vacantes para \"desarrollador backend\""),
        ("Date", date("2026-10-05 06:00:02", BOG)),
        ("Message-ID", "<alert.ap77.20261005110002@empleosdelcaribe.example.com>"),
        ("List-Unsubscribe", "<https://empleosdelcaribe.example.com/alertas/baja?u=ap77>"),
        ("Precedence", "bulk"),
    ], html(page))


@mail(N(28), family="newsletter_tips", lang="es", interview=False, company=None,
      note="Substack-style newsletter post about preparing for technical interviews; anecdotal times "
           "('el martes a las 10 a. m.') in past stories, no appointment for the reader")
def m28() -> bytes:
    body = t("""
        Código Costa · Edición #58

        Cómo me preparé para 11 entrevistas técnicas en tres meses

        Hola, gente bonita de la Costa 👋

        En julio arranqué búsqueda de trabajo y, entre una cosa y otra, terminé con 11 entrevistas
        técnicas. Mi primera entrevista fue un martes a las 10 a. m. con una empresa de Miami y la
        embarré desde el saludo: no había probado el micrófono. Aquí va lo que aprendí:

        1. Confirma siempre la zona horaria. "3 p. m. ET" en noviembre no es lo mismo que en
           octubre: cuando allá cambian la hora, para nosotros se corre una hora.
        2. Ten a mano una historia de un incidente en producción (la mía: el día que se cayó el
           sistema de turnos del puerto a las 5 a. m.).
        3. Pide el nombre de quien te entrevista y búscalo antes.
        4. Al final, pregunta por el proceso: cuántas etapas y en qué fechas.

        La próxima semana: cómo negociar salario en dólares sin pena.

        Un abrazo,
        Vanessa Charris
        Código Costa

        Te llega esto porque te suscribiste en codigocosta.substack.com
        Darse de baja: https://codigocosta.substack.com/action/disable_email
        """)
    return message([
        ("Received", rcv("mail-a7.substack.com", "192.0.2.77", "2026-10-18 08:00:14", BOG, "nw3Ty8")),
        ("From", addr("Código Costa", "codigocosta@substack.com")),
        ("To", ME_ADDR),
        ("Subject", enc("Cómo me preparé para 11 entrevistas técnicas en tres meses")),
        ("Date", date("2026-10-18 08:00:14", BOG)),
        ("Message-ID", "<20261018130014.3.c0d1g0c05ta@substack.com>"),
        ("List-Unsubscribe", "<https://codigocosta.substack.com/action/disable_email>"),
        ("List-Id", "<codigocosta.substack.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(29), family="self_schedule", lang="en", interview=False, company="Gulfstream Yard Systems",
      note="Ashby self-scheduling request: pick a slot between Nov 10 and Nov 13, nothing booked yet",
      days=(("Tue", "2026-11-10"), ("Fri", "2026-11-13")))
def m29() -> bytes:
    body = t("""
        Hi Andrés,

        Great news - the team would like to move forward with a 60-minute technical interview
        for the Backend Engineer, Yard Optimization role.

        Please use the link below to choose a time that works for you. Slots are available
        from Tuesday, November 10 through Friday, November 13, between 9:00 AM and 4:00 PM
        Central Time.

        Choose a time: https://app.ashbyhq.com/interview-scheduling/gulfstreamyard/3f8e1a

        Once you pick a slot you'll receive a calendar invitation with the video link.

        Thanks,
        Rachel Nguyen
        Gulfstream Yard Systems Recruiting
        """)
    return message([
        ("Received", rcv("mail.ashbyhq.com", "108.233.221.17", "2026-11-05 11:30:40", CHI, "ab8Hp4")),
        ("From", addr("Gulfstream Yard Systems", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Rachel Nguyen", "rachel.nguyen@gulfstreamyard.com")),
        ("To", ME),
        ("Subject", "Gulfstream Yard Systems - please select a time for your interview"),
        ("Date", date("2026-11-05 11:30:40", CHI)),
        ("Message-ID", "<010001935d7a0c2f-ashby-select-3f8e1a@email.amazonses.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(30), family="recruiter_outreach", lang="es", interview=False, company="Nodo Logístico Antioqueño",
      note="In-house recruiter outreach from Medellín asking for 20 minutes 'esta semana', no time fixed")
def m30() -> bytes:
    body = t("""
        Hola Andrés, ¿cómo vas?

        Soy Manuela Zapata, de talento en Nodo Logístico Antioqueño. Vi tu perfil y tu charla
        sobre colas de camiones en el puerto de Barranquilla y me pareció muy bacana.

        Estamos armando un equipo para la nueva plataforma de trazabilidad de carga (Kotlin +
        Kafka) y creo que podrías encajar muy bien. El cargo es remoto desde cualquier ciudad de
        Colombia, con viajes ocasionales a Medellín.

        ¿Tendrías 20 minuticos esta semana o la próxima para una llamada? Cuéntame qué días y
        horas te quedan bien y yo me acomodo.

        Quedo pendiente,
        Manuela Zapata
        Líder de Atracción de Talento
        Nodo Logístico Antioqueño S.A.S. · Medellín
        """)
    return message([
        ("Received", rcv("mail-lf1-f44.google.com", "209.85.167.44", "2026-09-15 14:10:09", BOG, "ou5Rx0")),
        ("From", addr("Manuela Zapata", "manuela.zapata@nodologistico.co")),
        ("To", ME),
        ("Subject", enc("¿Hablamos? Backend para trazabilidad de carga")),
        ("Date", date("2026-09-15 14:10:09", BOG)),
        ("Message-ID", "<CAL0n9z+Mz4out=Yq8rT1a@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(31), family="proposed_times", lang="es", interview=False, company="Canal Data Systems",
      note="Panama recruiter proposes two slots ('¿Le funcionaría el martes 17 de noviembre a las 10:00 a. m.?' / "
           "miércoles 18 a las 3:00 p. m.) and waits for the candidate's answer: nothing confirmed yet",
      days=(("Tue", "2026-11-17"), ("Wed", "2026-11-18")))
def m31() -> bytes:
    body = t("""
        Buenas tardes Andrés,

        Gracias por enviarnos su hoja de vida. A nuestro gerente de desarrollo le interesa
        conversar con usted sobre la posición de Desarrollador Backend Semi-Senior.

        ¿Le funcionaría el martes 17 de noviembre a las 10:00 a. m. (hora de Panamá, que es la
        misma de Colombia)? Si no, él tiene disponible el miércoles 18 a las 3:00 p. m.

        Quedo atenta a su confirmación para enviarle la invitación.

        Saludos cordiales,

        Yariela Sanjur
        Recursos Humanos
        Canal Data Systems, S.A. · Ciudad de Panamá
        """)
    return message([
        ("Received", received("from mail-dm6nam12.outbound.protection.outlook.com (40.107.243.61)",
                              "2026-11-12 15:22:19", PTY, "mx.example.org with ESMTPS id cd1Ua9", ME_ADDR)),
        ("From", addr("Yariela Sanjur", "ysanjur@canaldatasys.com.pa")),
        ("To", ME),
        ("Subject", enc("Entrevista - Desarrollador Backend Semi-Senior")),
        ("Date", date("2026-11-12 15:22:19", PTY)),
        ("Message-ID", "<MN2PR12MB3344E5F6A7B8C9D0@MN2PR12MB3344.namprd12.prod.outlook.com>"),
        ("Content-Language", "es-PA"),
    ], text(body, charset="windows-1252"))


@mail(N(32), family="non_interview_calendar", lang="es", interview=False, company=None,
      note="EPS medical appointment confirmation with an ICS: fixed time (miércoles 30 de septiembre, 2:40 p. m.) "
           "but a doctor's appointment",
      days=(("Wed", "2026-09-30"),))
def m32() -> bytes:
    body = t("""
        VITAL CARIBE EPS - Confirmación de cita

        Afiliado: ANDRES PACHECO
        Documento: CC ****4417

        Su cita quedó asignada:
        Servicio: Medicina general
        Fecha: miércoles 30 de septiembre de 2026
        Hora: 2:40 p. m.
        Profesional: Dra. Rosmery Ahumada
        Sede: IPS Vital Caribe - Alto Prado, Calle 76 # 56-30, Barranquilla

        Llegue 20 minutos antes con su documento de identidad. Si no puede asistir, cancele con
        mínimo 24 horas de anticipación por la app o en la línea 01 8000 555 012.

        Este mensaje se genera automáticamente, no lo responda.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Vital Caribe EPS//Citas//ES
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:cita-3390127-vitalcaribe
        DTSTAMP:20260925T000300Z
        DTSTART:20260930T194000Z
        DTEND:20260930T200000Z
        SUMMARY:Cita medicina general - IPS Vital Caribe Alto Prado
        LOCATION:Calle 76 # 56-30\\, Barranquilla
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", rcv("notificaciones.vitalcaribe.example.com", "198.51.100.140", "2026-09-24 19:03:00", BOG,
                         "ep4Wc2")),
        ("From", addr("Vital Caribe EPS", "citas@vitalcaribe.example.com")),
        ("To", ME_ADDR),
        ("Subject", "Confirmacion de cita - Medicina general"),
        ("Date", date("2026-09-24 19:03:00", BOG)),
        ("Message-ID", "<cita-3390127.20260925000300@vitalcaribe.example.com>"),
    ], mixed(text(body, charset="iso-8859-1"),
             calendar(ics, method="PUBLISH", disposition="attachment", filename="cita.ics")))


@mail(N(33), family="car_service", lang="es", interview=False, company=None,
      note="Car-service appointment at a workshop, fixed time (sábado 14 de noviembre, 8:00 a. m.); not an interview",
      days=(("Sat", "2026-11-14"),))
def m33() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <div style="background:#c62828;color:#fff;padding:12px;font-size:18px"><b>Autocentro Metrocar</b> · Barranquilla</div>
        <p>Señor(a) <b>ANDRÉS PACHECO</b>,</p>
        <p>Le confirmamos su cita en nuestro taller:</p>
        <table cellpadding="4" style="border:1px solid #ddd">
        <tr><td><b>Vehículo</b></td><td>Mazda 3 2019 · Placa JKW-418</td></tr>
        <tr><td><b>Servicio</b></td><td>Mantenimiento preventivo 30.000 km + alineación y balanceo</td></tr>
        <tr><td><b>Fecha</b></td><td>sábado 14 de noviembre de 2026</td></tr>
        <tr><td><b>Hora de recepción</b></td><td>8:00 a.&nbsp;m.</td></tr>
        <tr><td><b>Asesor</b></td><td>Jhon Jairo Polo</td></tr>
        <tr><td><b>Dirección</b></td><td>Cra 38 # 74-15, Barranquilla</td></tr>
        </table>
        <p>Tiempo estimado del servicio: 4 horas. Tenemos sala de espera con wifi y tinto.</p>
        <p>Para reprogramar responda este correo o escríbanos por WhatsApp al 315 555 0177.</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("smtp.metrocar.example.com", "198.51.100.61", "2026-11-09 17:44:10", BOG, "cs7Mk3")),
        ("From", addr("Autocentro Metrocar - Citas", "citas.taller@metrocar.example.com")),
        ("To", ME_ADDR),
        ("Subject", enc("Confirmación de cita de taller - Placa JKW-418")),
        ("Date", date("2026-11-09 17:44:10", BOG)),
        ("Message-ID", "<cita.taller.771203@metrocar.example.com>"),
    ], html(page, charset="iso-8859-1"))


@mail(N(34), family="job_centre", lang="es", interview=False, company=None,
      note="Public employment agency (caja de compensación) appointment: 'entrevista de orientación y perfilamiento "
           "laboral' on jueves 8 de octubre, 9:00 a. m. - a fixed time and the word 'entrevista', but with the "
           "job centre, not a hiring company",
      days=(("Thu", "2026-10-08"),))
def m34() -> bytes:
    body = t("""
        Agencia de Gestión y Colocación de Empleo COMFARIBE
        Autorizada por la Unidad del Servicio Público de Empleo

        Señor(a) ANDRÉS PACHECO:

        Su solicitud de inscripción como oferente fue recibida. Para completar el registro y
        acceder a las vacantes y a los talleres del programa, debe asistir a la entrevista de
        orientación y perfilamiento laboral:

        Fecha: jueves 8 de octubre de 2026
        Hora: 9:00 a. m.
        Lugar: Centro de Empleo Comfaribe, sede Boston - Carrera 43 # 58-21, Barranquilla
        Orientadora: Lic. Nelly Salcedo

        Traiga su documento de identidad y su hoja de vida actualizada. Si no asiste, la cita se
        libera y deberá solicitar una nueva en el portal.

        Este servicio es gratuito.
        """)
    return message([
        ("Received", rcv("smtp.comfaribe.example.com", "198.51.100.90", "2026-10-02 10:05:33", BOG, "jc2Nf8")),
        ("From", addr("Centro de Empleo Comfaribe", "agenciadeempleo@comfaribe.example.com")),
        ("To", ME_ADDR),
        ("Subject", enc("Cita de orientación laboral - Centro de Empleo")),
        ("Date", date("2026-10-02 10:05:33", BOG)),
        ("Message-ID", "<20261002150533.44120@comfaribe.example.com>"),
    ], text(body, charset="iso-8859-1", cte="8bit"))


@mail(N(35), family="press_interview", lang="es", interview=False, company=None,
      note="A journalist confirms an 'entrevista' with Andrés for a news story (jueves 22 de octubre, 10 a. m.): "
           "confirmed time, but he is the source, not a job candidate",
      days=(("Thu", "2026-10-22"),))
def m35() -> bytes:
    body = t("""
        Hola Andrés, ¡qué bueno que aceptaste!

        Te confirmo la entrevista para la nota sobre la digitalización del puerto y las filas de
        camiones en la Vía 40: jueves 22 de octubre a las 10 a. m., por Google Meet, unos 30
        minutos. Me interesa sobre todo tu experiencia montando el sistema de turnos y qué tanto
        se redujeron los tiempos de espera.

        Si se puede, mándame antes una foto tuya en buena resolución para acompañar la nota.

        Enlace: https://meet.google.com/lor-xmte-dqa

        Gracias!
        Dayana Mercado
        Periodista - sección Economía
        Diario La Orilla, Barranquilla
        """)
    return message([
        ("Received", rcv("mail-wm1-f48.google.com", "209.85.128.48", "2026-10-19 12:31:09", BOG, "pr9Vd1")),
        ("From", addr("Dayana Mercado", "dmercado@laorilla.example.com")),
        ("To", ME),
        ("Subject", "Re: Nota sobre turnos en el puerto"),
        ("Date", date("2026-10-19 12:31:09", BOG)),
        ("Message-ID", "<CAF4dm+orilla2Qw8=Zp0r@mail.gmail.com>"),
        ("In-Reply-To", "<CAPx7q0w1Ndayana@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(36), family="podcast", lang="en", interview=False, company=None,
      note="Podcast recording confirmation ('Recording confirmed: Tuesday, November 24 at 4:00 PM ET'); Andrés is "
           "the guest being interviewed, not a job candidate",
      days=(("Tue", "2026-11-24"),))
def m36() -> bytes:
    body = t("""
        Hi Andrés,

        Thanks so much for agreeing to come on Dockside Devs! Your recording is confirmed.

        Episode: "Trucks, cranes and queues: backend work at a Caribbean port"
        Recording: Tuesday, November 24 at 4:00 PM ET (4:00 PM in Barranquilla)
        Length: 45 minutes of conversation + 10 minutes of sound check
        Studio link (Riverside): https://riverside.fm/studio/dockside-devs?t=7ab0

        A few things to make it great:
        - Wired headphones if you have them
        - A quiet room (no fan, if you can stand the heat!)
        - Chrome, not Safari

        This isn't a job interview, I promise - just a chat about what you've built.

        Talk soon,
        Ben Sorensen
        Host, Dockside Devs
        """)
    return message([
        ("Received", rcv("mail-io1-f53.google.com", "209.85.166.53", "2026-11-17 09:48:33", NYC, "pc6Lt0")),
        ("From", addr("Ben Sorensen", "ben@docksidedevs.fm")),
        ("To", ME),
        ("Subject", "Dockside Devs - your recording is confirmed"),
        ("Date", date("2026-11-17 09:48:33", NYC)),
        ("Message-ID", "<CAB7bs+dockside5Zx1=Yt9p@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(37), family="admission_interview", lang="es", interview=False, company=None,
      note="University master's-programme admission interview with an Exchange ICS (jueves 26 de noviembre, "
           "5:00 p. m.): a confirmed 'entrevista', but for admission to a degree, not a job",
      days=(("Thu", "2026-11-26"),))
def m37() -> bytes:
    body = t("""
        Apreciado aspirante Andrés Pacheco:

        La Dirección de Posgrados de la Universidad del Litoral Caribe le informa que su solicitud
        a la Maestría en Analítica de Datos (cohorte 2027-1) pasó a la etapa de entrevista de
        admisión.

        Fecha: jueves 26 de noviembre de 2026
        Hora: 5:00 p. m.
        Lugar: Bloque C, sala de juntas del tercer piso (modalidad presencial)
        Comité: Dr. Alfonso Meza y Dra. Ingrid Guerrero

        Adjuntamos la invitación para su calendario. Recuerde traer el recibo de pago de la
        inscripción.

        Atentamente,
        Oficina de Admisiones de Posgrado
        Universidad del Litoral Caribe
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ_SA_PACIFIC,
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Admisiones Posgrado:mailto:admisiones.posgrado@ulcaribe.example.edu",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Andres Pacheco:mailto:andres.pacheco@example.org",
        "UID:040000008200E00074C5B7101A82E0080000000011AA22BB33CCD901000000000000000010000000CC77DD88EE99FF00",
        "SUMMARY;LANGUAGE=es-CO:Entrevista de admision - Maestria en Analitica de Datos",
        "DTSTART;TZID=SA Pacific Standard Time:20261126T170000",
        "DTEND;TZID=SA Pacific Standard Time:20261126T173000",
        "DTSTAMP:20261118T143000Z",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=es-CO:Bloque C - Sala de juntas piso 3",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message([
        ("Received", received("from CP5PR80MB0411.lamprd80.prod.outlook.com (2603:10d6:103:12::7)",
                              "2026-11-18 09:30:00", BOG, "mx.example.org with ESMTPS id ad3Hy6", ME_ADDR)),
        ("From", addr("Admisiones Posgrado ULC", "admisiones.posgrado@ulcaribe.example.edu")),
        ("To", ME),
        ("Subject", enc("Citación a entrevista de admisión - Maestría en Analítica de Datos")),
        ("Date", date("2026-11-18 09:30:00", BOG)),
        ("Message-ID", "<CP5PR80MB0411A1B2C3D4E5F6@CP5PR80MB0411.lamprd80.prod.outlook.com>"),
    ], mixed(text(body), calendar(ics, method="REQUEST", cte="base64", disposition="attachment",
                                  filename="entrevista_admision.ics")))


@mail(N(38), family="sports_tryout", lang="es", interview=False, company=None,
      note="Softball club try-out for the veterans' team (sábado 10 de octubre, 7:00 a. m.); fixed time, not a job",
      days=(("Sat", "2026-10-10"),))
def m38() -> bytes:
    body = t("""
        Epa Andrés!! Qué bueno que te animaste

        Te confirmo: las pruebas pal equipo de veteranos (+35) son este sábado 10 de octubre a
        las 7:00 a. m. en el diamante de la calle 72. Llega 6:45 pa calentar que después de las
        9 ese sol no perdona.

        Trae guante, spikes si tienes, y bastante agua. El profe Ubaldo va a mirar bateo y
        defensa, nada del otro mundo.

        Nos vemos allá,
        Chelo Torregrosa
        Delegado - Club de Sóftbol Caimanes del Norte
        """)
    return message([
        ("Received", rcv("mail-oi1-f170.google.com", "209.85.167.170", "2026-10-05 20:14:51", BOG, "sb1Pq5")),
        ("From", addr("Chelo Torregrosa", "chelo.caimanes@example.net")),
        ("To", ME),
        ("Subject", "Pruebas Caimanes veteranos"),
        ("Date", date("2026-10-05 20:14:51", BOG)),
        ("Message-ID", "<CAE9ct+caimanes8Rt=Hn2v@mail.gmail.com>"),
    ], text(body, cte="8bit"))


@mail(N(39), family="mock_interview", lang="es", interview=False, company=None,
      note="Calendly booking (Spanish UI) with a career coach: 'Simulacro de entrevista técnica', sábado 31 de "
           "octubre 9:00am (hora de Colombia) - confirmed, but a practice session, not a job interview",
      days=(("Sat", "2026-10-31"),))
def m39() -> bytes:
    body = t("""
        Hola Andrés Pacheco:

        Se ha programado tu evento.

        Tipo de evento:
        Simulacro de entrevista técnica (60 min) - Marcela Rueda Coaching

        Fecha/hora del evento:
        9:00am - 10:00am (hora de Colombia) sábado, 31 de octubre de 2026

        Ubicación:
        Zoom - el enlace llegará en un correo aparte.

        Respuestas:
        ¿Para qué empresa te estás preparando? Empresas de EE. UU., entrevistas en inglés.

        ¿Necesitas hacer cambios?
        Cancelar: https://calendly.com/cancellations/55e2a9d1-7c40
        Reprogramar: https://calendly.com/reschedulings/55e2a9d1-7c40

        Con la tecnología de Calendly.com
        """)
    return message([
        ("Received", rcv("o3.email.calendly.com", "167.89.101.3", "2026-10-28 21:06:17", BOG, "cl2Yw8")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Marcela Rueda", "marcela@ruedacoaching.example.com")),
        ("To", ME),
        ("Subject", enc("Confirmado: Simulacro de entrevista técnica (60 min) con Marcela Rueda el sábado, "
                        "31 de octubre de 2026")),
        ("Date", date("2026-10-28 21:06:17", BOG)),
        ("Message-ID", "<55e2a9d1-7c40-4b8f-calendly-invitee@calendly.com>"),
    ], text(body))


@mail(N(40), family="forwarded_other", lang="es", interview=False, company=None,
      note="His sister forwards HER confirmed interview (Clínica del Mar, viernes 27 de noviembre 8:00 a. m.) to ask "
           "for a ride: a real confirmation, but not the inbox owner's interview",
      days=(("Fri", "2026-11-27"),))
def m40() -> bytes:
    body = t("""
        Hermanitoooo mira!! me salió la entrevista en la Clínica del Mar 🙏🙏
        Me llevas el viernes? es a las 8 y tú sabes que a esa hora no pasa un taxi por la casa.
        Te invito al desayuno después jaja

        ---------- Forwarded message ---------
        De: Selección Clínica del Mar <seleccion@clinicadelmar.example.com>
        Date: mar, 24 nov 2026 a las 11:20
        Subject: Citación entrevista - Enfermera Jefe UCI
        To: <daniela.pacheco@example.net>

        Estimada Daniela Pacheco:

        Nos complace citarla a entrevista para el cargo de Enfermera Jefe UCI.

        Fecha: viernes 27 de noviembre de 2026
        Hora: 8:00 a. m.
        Lugar: Clínica del Mar, Torre 2, piso 4 (Talento Humano), Barranquilla
        Entrevistadora: Jefe Luz Marina Ariza

        Por favor confirme su asistencia respondiendo este correo.

        Cordialmente,
        Selección de Personal - Clínica del Mar
        """)
    return message([
        ("Received", rcv("mail-vk1-f175.google.com", "209.85.221.175", "2026-11-24 12:02:44", BOG, "fo8Rm2")),
        ("From", addr("Daniela Pacheco", "daniela.pacheco@example.net")),
        ("To", ME),
        ("Subject", enc("Fwd: Citación entrevista - Enfermera Jefe UCI")),
        ("Date", date("2026-11-24 12:02:44", BOG)),
        ("Message-ID", "<CAN0dp+hermana4Zr7=Qw1e@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(41), family="auto_reply", lang="es", interview=False, company=None,
      note="Out-of-office auto-reply (Auto-Submitted) from a recruiter, bilingual; dates of absence only",
      days=(("Mon", "2026-09-28"), ("Fri", "2026-10-02"), ("Mon", "2026-10-05")))
def m41() -> bytes:
    body = t("""
        Gracias por su mensaje. Estaré fuera de la oficina del lunes 28 de septiembre al viernes
        2 de octubre, con acceso limitado al correo. Regreso el lunes 5 de octubre.

        Para temas urgentes de procesos de selección escriba a seleccion@fletesandinos.com.co.

        Thank you for your message. I am out of the office from Monday, September 28 to
        Friday, October 2, with limited access to e-mail. I will be back on Monday, October 5.

        Laura Camargo
        Talento Humano | Fletes Andinos S.A.S.
        """)
    return message([
        ("Received", received("from BY5PR04MB6911.namprd04.prod.outlook.com (2603:10b6:a03:1d8::21)",
                              "2026-09-28 08:14:02", BOG, "mx.example.org with ESMTPS id oo4Hs7", ME_ADDR)),
        ("From", addr("Laura Camargo", "laura.camargo@fletesandinos.com.co")),
        ("To", ME),
        ("Subject", enc("Respuesta automática: Agradecimiento - entrevista Fletes Andinos")),
        ("Date", date("2026-09-28 08:14:02", BOG)),
        ("Message-ID", "<BY5PR04MB6911F0E1D2C3B4A5@BY5PR04MB6911.namprd04.prod.outlook.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("In-Reply-To", "<CAPx7q0w2Gracias@mail.gmail.com>"),
    ], text(body, charset="windows-1252"))


@mail(N(42), family="bounce", lang="es", interview=False, company=None,
      note="Delivery-status bounce of the candidate's own message proposing 'el viernes 16 de octubre a las 2 p. m.' "
           "to a mistyped recruiter address: a bounce, and the quoted time was only his proposal",
      days=(("Fri", "2026-10-16"),))
def m42() -> bytes:
    explain = t("""
        ** No se ha encontrado la dirección **

        Tu mensaje no se ha entregado a ktfontalvo@termicar.com.co porque no se ha encontrado la
        dirección o esta no puede recibir correo.

        Más información: https://support.google.com/mail/?p=NoSuchUser

        La respuesta del servidor remoto fue:
        550 5.1.1 <ktfontalvo@termicar.com.co>: Recipient address rejected: User unknown
        """)
    status = t("""
        Reporting-MTA: dns; googlemail.com
        Arrival-Date: Wed, 14 Oct 2026 09:21:40 -0700 (PDT)
        X-Original-Message-ID: <CAPx7q0w5Prop16@mail.gmail.com>

        Final-Recipient: rfc822; ktfontalvo@termicar.com.co
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mail.termicar.com.co. (190.85.44.12, the server for the domain termicar.com.co.)
        Diagnostic-Code: smtp; 550 5.1.1 <ktfontalvo@termicar.com.co>: Recipient address rejected: User unknown
        Last-Attempt-Date: Wed, 14 Oct 2026 09:21:42 -0700 (PDT)
        """)
    original = message([
        ("From", ME),
        ("To", "ktfontalvo@termicar.com.co"),
        ("Subject", "Segunda entrevista"),
        ("Date", date("2026-10-14 11:21:38", BOG)),
        ("Message-ID", "<CAPx7q0w5Prop16@mail.gmail.com>"),
    ], text(t("""
        Hola Kelly, buenos días

        Gracias por avisarme que pasé a la segunda etapa. ¿Podríamos hacer la reunión con el
        gerente el viernes 16 de octubre a las 2 p. m.? Si no, cualquier hora el lunes me queda bien.

        Quedo atento,
        Andrés
        """)))
    return message([
        ("Received", "by 2002:a05:6402:51d1:b0:5c4:1a2b with SMTP id r17csp88120edd;\r\n"
                     " " + date("2026-10-14 11:21:43", BOG)),
        ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
        ("To", ME_ADDR),
        ("Subject", "Delivery Status Notification (Failure)"),
        ("Date", date("2026-10-14 11:21:43", BOG)),
        ("Message-ID", "<6a0b1c2d3e4f.bounce.88120@mx.google.com>"),
        ("Auto-Submitted", "auto-replied"),
    ], multipart("report", text(explain), raw_part([("Content-Type", "message/delivery-status")], status),
                 attached_message(original), params="report-type=delivery-status"))


@mail(N(43), family="mailing_list", lang="es", interview=False, company=None,
      note="Google Groups mailing-list post announcing a meetup talk about how local companies interview backend "
           "developers (jueves 19 de noviembre, 6:30 p. m.); an event, not an interview",
      days=(("Thu", "2026-11-19"),))
def m43() -> bytes:
    body = t("""
        Hola a todos,

        Ya tenemos fecha para el Meetup #34 de Barranquilla Backend Devs:

        "Así entrevistamos backend en la región" - panel con líderes técnicos de tres empresas
        del puerto y una fintech. Van a contar cómo son sus entrevistas técnicas, qué preguntan y
        qué errores ven más seguido. Después, networking y picadas.

        Cuándo: jueves 19 de noviembre, 6:30 p. m.
        Dónde: Cowork La Loma, Cra 53 # 79-212, piso 2
        Cupo: 60 personas, inscripción en https://bqbackend.example.org/meetup-34

        Si alguien quiere hacer una lightning talk de 5 minutos, me escribe.

        Saludos,
        Jesús David Orozco
        (organizador)

        --
        Recibiste este mensaje porque estás suscrito al grupo "Barranquilla Backend Devs" de Grupos de Google.
        Para anular la suscripción a este grupo y dejar de recibir sus mensajes, envía un correo electrónico a bq-backend-devs+unsubscribe@googlegroups.com.
        Para ver esta conversación en el sitio web, visita https://groups.google.com/d/msgid/bq-backend-devs/CAJd0r3g%2Bmeetup34.
        """)
    return message([
        ("Received", rcv("mail-sor-f65.google.com", "209.85.220.65", "2026-11-10 19:40:27", BOG, "ml5Kx9")),
        ("From", addr("Jesús David Orozco", "jdorozco.dev@example.com")),
        ("To", "Barranquilla Backend Devs <bq-backend-devs@googlegroups.com>"),
        ("Subject", enc("[bq-backend] Meetup #34: Así entrevistamos backend en la región - jueves 19/11")),
        ("Date", date("2026-11-10 19:40:27", BOG)),
        ("Message-ID", "<CAJd0r3g+meetup34@mail.gmail.com>"),
        ("Mailing-list", "list bq-backend-devs@googlegroups.com; contact bq-backend-devs+owners@googlegroups.com"),
        ("List-Id", "<bq-backend-devs.googlegroups.com>"),
        ("List-Post", "<https://groups.google.com/group/bq-backend-devs/post>, <mailto:bq-backend-devs@googlegroups.com>"),
        ("List-Unsubscribe", "<mailto:googlegroups-manage+88120+unsubscribe@googlegroups.com>"),
        ("Precedence", "list"),
        ("Sender", "bq-backend-devs@googlegroups.com"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(44), family="team_event", lang="es", interview=False, company=None,
      note="Google Calendar invitation from a coworker at his current job for the team's Christmas novena "
           "(mié 16 dic 2026 5pm - 8pm COT); a confirmed calendar event, not an interview",
      days=(("Wed", "2026-12-16"),))
def m44() -> bytes:
    body = t("""
        Tienes una invitación.

        Novena + amigo secreto equipo TI 🎄
        miércoles, 16 de diciembre de 2026 5pm - 8pm (hora de Colombia)

        Terraza piso 3, edificio administrativo TMN

        Organizador
        Karen Mejía - karen.mejia@tmnorte.example.com

        Muchachos, este año la novena la hacemos el 16. Cada uno trae un plato y el regalo del
        amigo secreto (tope $50.000). Los de patio salen a las 4:30 con permiso de Jorge.

        Invitación de Google Calendar
        Recibes este correo porque eres un invitado del evento.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        VTZ_BOGOTA,
        "BEGIN:VEVENT",
        "DTSTART;TZID=America/Bogota:20261216T170000",
        "DTEND;TZID=America/Bogota:20261216T200000",
        "DTSTAMP:20261207T141500Z",
        "ORGANIZER;CN=Karen Mejía:mailto:karen.mejia@tmnorte.example.com",
        "UID:7nov3n4tmn2026ti0q1w2e3r4t@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=andres.pacheco@example.org;X-NUM-GUESTS=0:mailto:andres.pacheco@example.org",
        "LOCATION:Terraza piso 3\\, edificio administrativo TMN",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Novena + amigo secreto equipo TI 🎄",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    subject = ("Invitación: Novena + amigo secreto equipo TI 🎄 @ mié 16 dic 2026 5pm - 8pm (COT) "
               "(andres.pacheco@example.org)")
    return message([
        ("Received", rcv("mail-sor-f70.google.com", "209.85.220.70", "2026-12-07 09:15:00", BOG, "te2Nv6")),
        ("From", addr("Karen Mejía", "karen.mejia@tmnorte.example.com")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME_ADDR),
        ("Subject", enc(subject)),
        ("Date", date("2026-12-07 09:15:00", BOG)),
        ("Message-ID", "<calendar-5c1f2e3d-novena-4a7b-9e0f-1d2c3b4a5f6e@google.com>"),
    ], mixed(alt(text(body), calendar(ics, method="REQUEST", cte="8bit")),
             calendar(ics, method="REQUEST", ctype="application/ics", cte="base64",
                      disposition="attachment", filename="invite.ics", name_param=True)))


@mail(N(45), family="interviewer_duty", lang="es", interview=False, company=None,
      note="Exchange invitation from HR at his current employer asking Andrés to sit on the panel interviewing a "
           "junior candidate (martes 24 de noviembre, 9:00 a. m.); he is the interviewer, not the candidate",
      days=(("Tue", "2026-11-24"),))
def m45() -> bytes:
    body = t("""
        Hola Andrés,

        Te incluimos como entrevistador técnico en el proceso de Desarrollador(a) Backend Junior.
        La candidata es Valeria Muñoz (hoja de vida adjunta en el requerimiento RQ-221). Por favor
        prepara el ejercicio de APIs que usamos la vez pasada y déjanos tu evaluación en el
        formato de siempre antes del jueves.

        Cuándo: martes, 24 de noviembre de 2026 9:00 a. m.-10:00 a. m. (UTC-05:00) Bogotá, Lima, Quito, Rio Branco.
        Dónde: Sala Barlovento, piso 2 / Microsoft Teams

        Gracias,
        Liliana Cervantes
        Gestión Humana - Terminal Marítima del Norte
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ_SA_PACIFIC,
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Liliana Cervantes:mailto:lcervantes@tmnorte.example.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Andrés Pacheco:mailto:apacheco@tmnorte.example.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valeria Muñoz:mailto:valeria.munoz.dev@example.com",
        "UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5D901000000000000000010000000DD11EE22FF334455",
        "SUMMARY;LANGUAGE=es-CO:Entrevista técnica - Valeria Muñoz (Backend Junior) - RQ-221",
        "DTSTART;TZID=SA Pacific Standard Time:20261124T090000",
        "DTEND;TZID=SA Pacific Standard Time:20261124T100000",
        "DTSTAMP:20261119T163000Z",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=es-CO:Sala Barlovento piso 2 / Microsoft Teams",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message([
        ("Received", received("from mail.tmnorte.example.com (mail.tmnorte.example.com [198.51.100.201])",
                              "2026-11-19 11:30:09", BOG, "mx.example.org with ESMTPS id iv9Qw3", ME_ADDR)),
        ("From", addr("Liliana Cervantes", "lcervantes@tmnorte.example.com")),
        ("To", addr("Andrés Pacheco", "apacheco@tmnorte.example.com")),
        ("Subject", enc("Entrevista técnica - Valeria Muñoz (Backend Junior) - RQ-221")),
        ("Date", date("2026-11-19 11:30:09", BOG)),
        ("Message-ID", "<7F3E2D1C0B9A@EXCH01.tmnorte.example.com>"),
        ("X-Forwarded-To", ME_ADDR),
        ("X-Forwarded-For", "apacheco@tmnorte.example.com " + ME_ADDR),
        ("Content-Language", "es-CO"),
    ], alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(N(46), family="parent_teacher", lang="es", interview=False, company=None,
      note="School circular: report-card meeting with the class teacher (viernes 4 de diciembre, 7:00 a. m.)",
      days=(("Fri", "2026-12-04"),))
def m46() -> bytes:
    body = t("""
        COLEGIO MUNDO MARINO - Circular 047

        Señores padres de familia del grado 3.° B:

        Los invitamos a la entrega de informes académicos del cuarto periodo, que se realizará el
        viernes 4 de diciembre a las 7:00 a. m. en el salón de clase, con la directora de grupo,
        Miss Yolima Ariza. La reunión dura aproximadamente una hora.

        Estudiante: Samuel Pacheco Rada

        Recuerden estar a paz y salvo con la tesorería para recibir el informe. Los estudiantes
        no tienen clase ese día.

        Cordialmente,
        Coordinación Académica
        Colegio Mundo Marino - Barranquilla
        """)
    return message([
        ("Received", rcv("smtp.mundomarino.example.edu", "198.51.100.33", "2026-11-27 14:00:00", BOG, "pt3Lr1")),
        ("From", addr("Colegio Mundo Marino", "coordinacion@mundomarino.example.edu")),
        ("To", ME_ADDR),
        ("Subject", enc("Circular 047 - Entrega de informes cuarto periodo 3.° B")),
        ("Date", date("2026-11-27 14:00:00", BOG)),
        ("Message-ID", "<circular047.3b.20261127@mundomarino.example.edu>"),
    ], text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(N(47), family="tax_office", lang="es", interview=False, company=None,
      note="Municipal tax-office appointment for the side business (martes 6 de octubre, 10:20 a. m., turno P-118)",
      days=(("Tue", "2026-10-06"),))
def m47() -> bytes:
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <p><b>Alcaldía Distrital - Secretaría de Hacienda</b><br>Sistema de Agendamiento de Citas</p>
        <p>Ciudadano(a): ANDRES PACHECO</p>
        <p>Su cita ha sido agendada con éxito.</p>
        <ul>
        <li>Trámite: Inscripción en el Registro de Industria y Comercio (RIC) - persona natural</li>
        <li>Fecha: martes 6 de octubre de 2026</li>
        <li>Hora: 10:20 a.&nbsp;m.</li>
        <li>Turno: P-118</li>
        <li>Punto de atención: Centro de Atención Tributaria, Paseo Bolívar</li>
        </ul>
        <p>Documentos: RUT actualizado, cédula, y para su establecimiento "Café La Pacheca" el certificado de
        Cámara de Comercio.</p>
        <p style="font-size:11px;color:#666">Mensaje automático. No responda a este correo.</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("citas.hacienda.example.gov", "198.51.100.250", "2026-09-30 16:32:18", BOG, "tx6Ab0")),
        ("From", addr("Hacienda Distrital - Citas", "no-responder@hacienda.example.gov")),
        ("To", ME_ADDR),
        ("Subject", "Confirmacion de cita - Turno P-118"),
        ("Date", date("2026-09-30 16:32:18", BOG)),
        ("Message-ID", "<P118.20260930213218@citas.hacienda.example.gov>"),
    ], html(page, charset="windows-1252", cte="base64"))


@mail(N(48), family="webinar", lang="en", interview=False, company=None,
      note="Zoom webinar registration ('Cracking the US Remote Interview', Thursday, October 15, 2026 7:00 PM "
           "Eastern Time = EDT = 6:00 PM Bogotá); a webinar about interviews, not an interview",
      days=(("Thu", "2026-10-15"),))
def m48() -> bytes:
    body = t("""
        Hi Andrés,

        Thank you for registering for "Cracking the US Remote Interview: A Playbook for LatAm
        Engineers".

        Date & Time: Oct 15, 2026 07:00 PM Eastern Time (US and Canada)

        Please submit any questions to: hola@remotelatamdevs.example.com

        You can cancel your registration at any time.

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/84401122334?tk=Rl4tAm

        Passcode: 771203

        Add to Calendar: https://us06web.zoom.us/webinar/tJ0kd-ics
        Add to Google Calendar | Add to Yahoo Calendar

        Speakers:
        Paula Restrepo - Staff Engineer & former hiring manager
        Diego Vélez - Recruiter, remote-first startups

        Thank you!
        Remote LatAm Devs
        """)
    return message([
        ("Received", rcv("zoom.us", "170.114.52.2", "2026-10-06 13:12:44", NYC, "wb4Vt8")),
        ("From", addr("Remote LatAm Devs", "no-reply@zoom.us")),
        ("Reply-To", "hola@remotelatamdevs.example.com"),
        ("To", ME),
        ("Subject", "Cracking the US Remote Interview: A Playbook for LatAm Engineers Confirmation"),
        ("Date", date("2026-10-06 13:12:44", NYC)),
        ("Message-ID", "<wbnr.84401122334.regist.7712@zoom.us>"),
    ], alt(text(body), html(gmail_html(body))))


BER = "Europe/Berlin"


@mail(N(49), family="post_interview", lang="en", interview=False, company="Kaihafen Logistics",
      note="softgarden status update after an interview held 'yesterday'; promises news by November 20, no new "
           "appointment",
      days=(("Fri", "2026-11-20"),))
def m49() -> bytes:
    body = t("""
        Dear Andrés Pacheco,

        Thank you for taking the time for our video interview yesterday and for the insight into
        your work on truck appointment systems. Our team enjoyed the conversation.

        We are now speaking with the remaining candidates for the position Senior Backend
        Developer (m/f/d) - Terminal Integration, remote LATAM, and will let you know how we
        would like to proceed by Friday, November 20 at the latest.

        You can check the status of your application at any time in your candidate account:
        https://kaihafen.softgarden.io/en/candidate/login

        Best regards
        Jana Köhler
        Talent Acquisition
        Kaihafen Logistics GmbH, Hamburg

        This e-mail was sent with softgarden.
        """)
    return message([
        ("Received", rcv("mx-out2.softgarden.io", "185.61.216.40", "2026-11-13 10:05:55", BER, "sg7Hc3")),
        ("From", addr("Kaihafen Logistics GmbH", "kaihafen-jobs@mail.softgarden.io")),
        ("To", ME),
        ("Subject", "Your application: Senior Backend Developer (m/f/d) - Terminal Integration"),
        ("Date", date("2026-11-13 10:05:55", BER)),
        ("Message-ID", "<sg.appl.5517720.status.1794560755@softgarden.io>"),
    ], alt(text(body, charset="iso-8859-1"), html(gmail_html(body), charset="iso-8859-1")))


@mail(N(50), family="grant_interview", lang="es", interview=False, company=None,
      note="Small-business grant: 'entrevista con el comité evaluador' for his side business café (miércoles 9 "
           "de diciembre, 10:00 a. m.); a confirmed interview, but not for a job",
      days=(("Wed", "2026-12-09"),))
def m50() -> bytes:
    body = t("""
        Señor
        ANDRÉS PACHECO
        Emprendimiento: Café La Pacheca (Barranquilla)

        Asunto: Citación a entrevista - Convocatoria Impulso Caribe 2026, línea Capital Semilla

        Cordial saludo,

        Nos complace informarle que su emprendimiento superó la etapa de evaluación documental.
        Lo citamos a la entrevista con el comité evaluador, en la que deberá presentar su plan de
        negocio en 10 minutos y responder preguntas del jurado:

        Fecha: miércoles 9 de diciembre de 2026
        Hora: 10:00 a. m.
        Lugar: Auditorio del Fondo Impulso Caribe, Vía 40 # 36-135, Barranquilla

        Recuerde llevar los estados financieros y las cotizaciones de los equipos a financiar.

        Atentamente,
        Coordinación de Convocatorias
        Fondo Impulso Caribe
        """)
    return message([
        ("Received", rcv("correo.impulsocaribe.example.org", "198.51.100.77", "2026-12-01 15:47:30", BOG, "gi1Wz5")),
        ("From", addr("Fondo Impulso Caribe", "convocatorias@impulsocaribe.example.org")),
        ("To", ME),
        ("Subject", enc("Citación a entrevista - Convocatoria Impulso Caribe 2026")),
        ("Date", date("2026-12-01 15:47:30", BOG)),
        ("Message-ID", "<ic2026.cs.0412.entrevista@impulsocaribe.example.org>"),
    ], text(body, cte="base64"))
