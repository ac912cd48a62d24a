"""blind182: a blind 50-mail held-out set, the inbox of a job seeker in Guayaquil (Sep-Dec 2026).

Every mail's wording is written by hand here, one function per mail; ``make.py`` does the MIME
plumbing and the label checks. Build and check with ``python3 bench/heldout/make_blind.py blind182``.
Written without reading the detector, its tests or any other held-out set.
"""

from __future__ import annotations

import html as _html
import random

from make import (
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

ORDER = random.Random(1820182).sample(range(1, 51), 50)
SET = "blind182"


def n(key: int) -> str:
    """The file name of the mail written key-th (a fixed shuffle of the writing order)."""
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "andrea.villacis@example.org"
ME_NAME = "Andrea Villacís"
GYE = "America/Guayaquil"
BOG = "America/Bogota"
LIM = "America/Lima"
PTY = "America/Panama"
NYC = "America/New_York"
LAX = "America/Los_Angeles"
MAD = "Europe/Madrid"
MX = "mx1.example.org (Postfix)"


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str | None = None,
         hop: str | None = None, extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8",
         lag: int = 3) -> list[tuple[str, str]]:
    hs: list[tuple[str, str]] = []
    if hop:
        hs.append(("Received", received(hop, when, zone, MX, ME, lag)))
    hs += [
        ("From", frm),
        ("To", to if to is not None else addr(ME_NAME, ME)),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
    ]
    hs += list(extra)
    return hs


def paras(body: str, style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222",
          charset: str = "utf-8") -> str:
    """A plain body -> a simple HTML twin, one <p> per paragraph, <br> inside."""
    out = [f'<!DOCTYPE html><html><head><meta charset="{charset}"></head><body style="{style}">']
    for block in body.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(_html.escape(x) for x in block.split("\n")) + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def esc(s: str) -> str:
    """ICS TEXT escaping (RFC 5545 3.3.11)."""
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


TZ_FIXED = {  # zones without DST, as Google / Apple write them
    GYE: "-05",
    BOG: "-05",
    LIM: "-05",
    PTY: "EST",
}


def vtz(zone: str) -> str:
    if zone in TZ_FIXED:
        return t(f"""
            BEGIN:VTIMEZONE
            TZID:{zone}
            X-LIC-LOCATION:{zone}
            BEGIN:STANDARD
            TZOFFSETFROM:-0500
            TZOFFSETTO:-0500
            TZNAME:{TZ_FIXED[zone]}
            DTSTART:19700101T000000
            END:STANDARD
            END:VTIMEZONE""").strip("\n")
    if zone == LAX:
        return t("""
            BEGIN:VTIMEZONE
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
            END:VTIMEZONE""").strip("\n")
    if zone == MAD:
        return t("""
            BEGIN:VTIMEZONE
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
            END:VTIMEZONE""").strip("\n")
    if zone == "SA Pacific Standard Time":  # Exchange: Bogota, Lima, Quito, Rio Branco (and Panama)
        return t("""
            BEGIN:VTIMEZONE
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
            END:VTIMEZONE""").strip("\n")
    raise KeyError(zone)


def ics(*, prodid: str, uid: str, stamp: str, start: str, end: str | None, tzid: str | None,
        summary: str, organizer: str, attendees: list[str], method: str = "REQUEST",
        location: str = "", desc: str = "", seq: int = 0, status: str = "CONFIRMED",
        extra: tuple[str, ...] = (), allday: bool = False) -> str:
    """A VCALENDAR with one VEVENT; start/end as '20261011T150000' (local in tzid) or with Z."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if tzid and not allday:
        lines.append(vtz(tzid))
    lines.append("BEGIN:VEVENT")
    if allday:
        lines.append(f"DTSTART;VALUE=DATE:{start}")
        if end:
            lines.append(f"DTEND;VALUE=DATE:{end}")
    elif tzid:
        q = f'"{tzid}"' if " " in tzid else tzid
        lines.append(f"DTSTART;TZID={q}:{start}")
        if end:
            lines.append(f"DTEND;TZID={q}:{end}")
    else:
        lines.append(f"DTSTART:{start}")
        if end:
            lines.append(f"DTEND:{end}")
    lines += [f"DTSTAMP:{stamp}", f"ORGANIZER;{organizer}", f"UID:{uid}"]
    lines += attendees
    lines += [f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(summary)}"]
    if location:
        lines.append(f"LOCATION:{esc(location)}")
    if desc:
        lines.append(f"DESCRIPTION:{esc(desc)}")
    lines += list(extra)
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines) + "\n"


ATT_ME = f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME_NAME}:mailto:{ME}"


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="greenhouse", lang="es", interview=True, kind="scheduled",
      start="2026-09-11T15:00:00Z", end="2026-09-11T15:45:00Z", contact="valeria.paredes@cordillerafreight.ec",
      company="Cordillera Freight", local="Fri 2026-09-11 10:00", local_end="2026-09-11 10:45", zone=GYE,
      note="Greenhouse confirmation in Spanish, 'viernes, 11 de septiembre de 2026, 10:00 – 10:45 (hora de "
           "Ecuador, GMT-5)': Quito = America/Guayaquil, UTC-5 all year -> 15:00Z-15:45Z. Sender is "
           "Greenhouse's no-reply; contact = the recruiter's Reply-To.")
def p_greenhouse_cordillera() -> bytes:
    body = t("""
        Hola Andrea:

        Gracias por tu interés en Cordillera Freight. Te confirmamos la entrevista para el cargo de
        Analista de Datos Logísticos (Quito / híbrido):

        Fecha: viernes, 11 de septiembre de 2026
        Hora: 10:00 – 10:45 (hora de Ecuador, GMT-5)
        Modalidad: Google Meet – https://meet.google.com/xkq-pwra-tdm
        Entrevistadores: Valeria Paredes (Talento Humano) y Esteban Ruales (Jefe de Planificación)

        Si necesitas cambiar el horario, simplemente responde a este correo.

        Saludos cordiales,
        Valeria Paredes
        Talento Humano · Cordillera Freight
        Av. República de El Salvador N34-127, Quito

        --
        Powered by Greenhouse
        """)
    hs = head(addr("Cordillera Freight", "no-reply@us.greenhouse-mail.io"),
              "Confirmación de entrevista: Analista de Datos Logísticos – Cordillera Freight",
              "2026-09-08 09:12:41", GYE, "<0100019198a1c2f4-7d1e7a02-5b1d-4f0e-9c55-1a3b0d9e6f21-000000@email.amazonses.com>",
              hop="from a8-41.smtp-out.amazonses.com (a8-41.smtp-out.amazonses.com [54.240.8.41])",
              extra=(("Reply-To", addr("Valeria Paredes", "valeria.paredes@cordillerafreight.ec")),))
    return message(hs, alt(text(body), html(paras(body))))


@mail(n(2), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-09-22T15:00:00Z", end="2026-09-22T15:30:00Z", contact="megan.oconnell@harborline.io",
      company="Harborline Analytics", local="Tue 2026-09-22 11:00", local_end="2026-09-22 11:30", zone=NYC,
      note="Lever confirmation 'Tuesday, September 22, 2026, 11:00 AM - 11:30 AM EDT': EDT = UTC-4 in "
           "September -> 15:00Z-15:30Z. contact = Reply-To recruiter (From is Lever's no-reply).")
def p_lever_harborline() -> bytes:
    body = t("""
        Hi Andrea,

        Thanks for making time to speak with us! Here are the details for your upcoming interview
        with Harborline Analytics.

        Supply Chain Data Analyst (Remote - Americas)
        Recruiter screen with Megan O'Connell

        Tuesday, September 22, 2026, 11:00 AM - 11:30 AM EDT
        Zoom: https://harborline.zoom.us/j/84120937715

        If anything comes up, just reply to this email and it will go straight to Megan.

        We're looking forward to chatting!
        The Harborline Analytics Team
        """)
    hs = head(addr("Harborline Analytics", "no-reply@hire.lever.co"),
              "Your interview with Harborline Analytics is confirmed",
              "2026-09-16 14:20:07", NYC, "<20260916182007.3b9e0a1c44f2@hire.lever.co>",
              hop="from mail-a.hire.lever.co (mail-a.hire.lever.co [198.2.180.12])",
              extra=(("Reply-To", addr("Megan O'Connell", "megan.oconnell@harborline.io")),))
    return message(hs, alt(text(body, cte="7bit"), html(paras(body), cte="7bit")))


@mail(n(3), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-11-04T00:30:00Z", end="2026-11-04T01:15:00Z", contact="priya.raman@tidewaterrobotics.com",
      company="Tidewater Robotics", local="Tue 2026-11-03 16:30", local_end="2026-11-03 17:15", zone=LAX,
      note="Ashby confirmation sent Thu 29 Oct in PDT for 'Tuesday, November 3, 2026, 4:30 PM - 5:15 PM PST': "
           "US DST ends Sun 1 Nov, so PST = UTC-8 -> 00:30Z-01:15Z on Wed 4 Nov (another day in UTC; "
           "19:30 in Guayaquil as the mail says). ICS TZID America/Los_Angeles agrees. contact = Reply-To / "
           "ORGANIZER recruiter.")
def p_ashby_tidewater() -> bytes:
    body = t("""
        Hi Andrea,

        Your interview is confirmed. We're looking forward to speaking with you!

        Tidewater Robotics – Fleet Analytics Engineer
        Technical interview: SQL & forecasting

        Tuesday, November 3, 2026
        4:30 PM – 5:15 PM PST (7:30 PM – 8:15 PM in Guayaquil)
        Google Meet: https://meet.google.com/tdw-qomr-ske

        Heads-up: US clocks go back one hour on Sunday, November 1, so this slot is an hour later
        for you than our earlier calls.

        You'll meet with:
          Marcus Lindqvist – Staff Data Engineer
          Priya Raman – Technical Recruiter

        Questions? Just reply and it will reach Priya Raman.

        Thanks,
        Tidewater Robotics Recruiting
        """)
    cal = ics(prodid="-//Ashby//Ashby Scheduling//EN", uid="c3a9e2d4-71f0-4b8e-a2d6-0f5e9b1c7a43",
              stamp="20261029T170512Z", start="20261103T163000", end="20261103T171500", tzid=LAX,
              summary="Tidewater Robotics – Fleet Analytics Engineer – Technical interview",
              organizer="CN=Priya Raman:mailto:priya.raman@tidewaterrobotics.com",
              attendees=[ATT_ME, "ATTENDEE;CN=Marcus Lindqvist;ROLE=REQ-PARTICIPANT:mailto:marcus.lindqvist@"
                                 "tidewaterrobotics.com"],
              location="https://meet.google.com/tdw-qomr-ske")
    hs = head(addr("Tidewater Robotics", "no-reply@ashbyhq.com"),
              "Interview confirmed: Fleet Analytics Engineer at Tidewater Robotics",
              "2026-10-29 10:05:12", LAX, "<0100019a2f7c01de-4b2e9a10-8f44-4c1b-b7a2-55d6e0f3a9c8-000000@email.amazonses.com>",
              hop="from mail.ashbyhq.com (mail.ashbyhq.com [108.233.221.103])",
              extra=(("Reply-To", addr("Priya Raman", "priya.raman@tidewaterrobotics.com")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(paras(body), cte="base64")),
                             calendar(cal, cte="base64", disposition="attachment", filename="invite.ics")))


@mail(n(4), family="workday", lang="es", interview=True, kind="scheduled",
      start="2026-09-24T20:00:00Z", end="2026-09-24T21:00:00Z", contact=None,
      company="Grupo Pacífico Retail", local="Thu 2026-09-24 15:00", local_end="2026-09-24 16:00", zone=LIM,
      note="Workday HTML-only (base64) interview invitation, 'jueves, 24 de septiembre de 2026 15:00 - 16:00 "
           "(GMT-05:00) Lima': Lima UTC-5, no DST -> 20:00Z-21:00Z. Only the Workday notification address and "
           "a team name appear: contact null.")
def p_workday_pacifico() -> bytes:
    body = t("""
        <!DOCTYPE html>
        <html lang="es"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <title>Workday</title></head>
        <body style="margin:0;padding:0;background:#f2f2f2">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2">
        <tr><td align="center">
        <table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td>
        <img src="https://wd3.myworkdaysite.com/pacificoretail/assets/logo.png" alt="Grupo Pacífico Retail" width="160">
        <p>Estimada Andrea Villacís:</p>
        <p>Nos complace invitarla a una entrevista para la posición <b>Analista de Datos de Cadena de Suministro (R-20481)</b>.</p>
        <table cellpadding="4" cellspacing="0" style="font-size:14px">
        <tr><td><b>Tipo de entrevista:</b></td><td>Entrevista por competencias (virtual)</td></tr>
        <tr><td><b>Fecha y hora:</b></td><td>jueves, 24 de septiembre de 2026 15:00 - 16:00 (GMT-05:00) Lima</td></tr>
        <tr><td><b>Enlace:</b></td><td><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_pr20481">Unirse a la reunión de Microsoft Teams</a></td></tr>
        <tr><td><b>Panel:</b></td><td>Jefatura de Planeamiento de Demanda y Selección Corporativa</td></tr>
        </table>
        <p>Para ver los detalles o confirmar su asistencia, ingrese a su <a href="https://wd3.myworkdaysite.com/es/recruiting/pacificoretail/Careers/userHome">página de candidato</a>.</p>
        <p>Atentamente,<br>Selección Corporativa<br>Grupo Pacífico Retail</p>
        <p style="font-size:11px;color:#888">Este es un mensaje automático. Por favor, no responda a este correo.</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    hs = head(addr("Grupo Pacífico Retail", "pacificoretail@myworkday.com"),
              "Invitación a entrevista – Analista de Datos de Cadena de Suministro (R-20481)",
              "2026-09-21 16:40:55", LIM, "<1742281093.44915.1790027055102@wd3-prod-mail.myworkday.com>",
              hop="from wd3-mta02.myworkday.com (wd3-mta02.myworkday.com [216.144.116.12])")
    return message(hs, html(body, cte="base64"))


@mail(n(5), family="smartrecruiters", lang="es", interview=True, kind="scheduled",
      start="2026-10-05T14:00:00Z", end=None, contact="catalina.rojas@altiplano-transportes.co",
      company="Transportes Altiplano S.A.S.", local="Mon 2026-10-05 09:00", zone=BOG,
      note="SmartRecruiters confirmation (iso-8859-1 text + HTML) for 'lunes 5 de octubre de 2026, 9:00 a. m. "
           "(hora de Bogotá, GMT-5)' -> 14:00Z. 'Duración aproximada: 1 hora' is approximate: end null. "
           "contact = the interviewer's address written in the body (sender is no-reply).")
def p_smartrecruiters_altiplano() -> bytes:
    body = t("""
        Hola Andrea,

        Gracias por postularse a la vacante Analista de Inteligencia Logística en Transportes Altiplano.
        Su entrevista ha sido programada:

        Fecha: lunes 5 de octubre de 2026
        Hora: 9:00 a. m. (hora de Bogotá, GMT-5)
        Duración aproximada: 1 hora
        Lugar: videollamada (recibirá el enlace de Microsoft Teams el mismo día)
        Entrevistadora: Catalina Rojas, Líder de Analítica

        Si tiene alguna pregunta puede escribir directamente a Catalina: catalina.rojas@altiplano-transportes.co

        Cordialmente,
        Equipo de Talento - Transportes Altiplano S.A.S.

        Este mensaje fue enviado a través de SmartRecruiters.
        """)
    hs = head(addr("Transportes Altiplano S.A.S.", "noreply@smartrecruiters.com"),
              "Entrevista programada: Analista de Inteligencia Logística",
              "2026-09-30 11:03:29", BOG, "<5f1c0a7e.8b2d4e19.20260930160329@smtp.smartrecruiters.com>",
              hop="from o1.smtp.smartrecruiters.com (o1.smtp.smartrecruiters.com [149.72.126.44])")
    return message(hs, alt(text(body, charset="iso-8859-1"), html(paras(body, charset="iso-8859-1"), charset="iso-8859-1")))


@mail(n(6), family="personio", lang="es", interview=True, kind="scheduled",
      start="2026-10-28T15:00:00Z", end="2026-10-28T16:00:00Z", contact="lucia.ferrer@ibericamar.es",
      company="Logística Ibérica Mar S.L.", local="Wed 2026-10-28 16:00", local_end="2026-10-28 17:00", zone=MAD,
      note="Personio invitation from a Madrid firm, sent Thu 22 Oct in CEST (+02:00) for 'miércoles, 28 de "
           "octubre de 2026, de 16:00 a 17:00 (hora peninsular, CET)': Europe returns to CET on Sun 25 Oct, "
           "so UTC+1 -> 15:00Z-16:00Z (10:00 in Guayaquil, as written). ICS TZID Europe/Madrid agrees. "
           "contact = Reply-To / ORGANIZER recruiter.")
def p_personio_iberica() -> bytes:
    body = t("""
        Hola Andrea:

        ¡Gracias por tu candidatura a Data Analyst Logística (remoto LATAM)! Nos gustaría conocerte mejor
        y te confirmamos la entrevista con nuestro equipo:

        📅 miércoles, 28 de octubre de 2026, de 16:00 a 17:00 (hora peninsular, CET)
        📍 Google Meet: https://meet.google.com/ibm-rzqa-vpe

        Ten en cuenta que el domingo 25 de octubre en España pasamos al horario de invierno: en Guayaquil
        serán las 10:00.

        Te adjuntamos la invitación para tu calendario. Si tienes cualquier duda, responde a este correo.

        Un saludo,
        Lucía Ferrer
        People & Talent · Logística Ibérica Mar S.L.
        """)
    cal = ics(prodid="-//Personio GmbH//Personio Recruiting//EN", uid="personio-interview-88412-ibericamar",
              stamp="20261022T103000Z", start="20261028T160000", end="20261028T170000", tzid=MAD,
              summary="Entrevista Data Analyst Logística – Andrea Villacís",
              organizer="CN=Lucía Ferrer:mailto:lucia.ferrer@ibericamar.es", attendees=[ATT_ME],
              location="https://meet.google.com/ibm-rzqa-vpe")
    hs = head(addr("Logística Ibérica Mar S.L.", "no-reply@personio.de"),
              "Invitación a entrevista: Data Analyst Logística (remoto LATAM)",
              "2026-10-22 12:30:18", MAD, "<20261022103018.1f3c.personio-recruiting@mail.personio.de>",
              hop="from mail-eu1.personio.de (mail-eu1.personio.de [18.197.54.20])",
              extra=(("Reply-To", addr("Lucía Ferrer", "lucia.ferrer@ibericamar.es")),))
    return message(hs, mixed(alt(text(body, cte="8bit"), html(paras(body), cte="8bit")),
                             calendar(cal, cte="quoted-printable", disposition="attachment",
                                      filename="entrevista.ics", name_param=True)))


@mail(n(7), family="teamtailor", lang="es", interview=True, kind="scheduled",
      start="2026-10-08T20:00:00Z", end="2026-10-08T20:45:00Z", contact="andres.cevallos@kallpacourier.ec",
      company="Kallpa Courier", local="Thu 2026-10-08 15:00", local_end="2026-10-08 15:45", zone=GYE,
      note="Teamtailor interview booking 'Jueves, 8 de octubre de 2026 · 15:00 - 15:45 (hora de Ecuador)' -> "
           "UTC-5 -> 20:00Z-20:45Z; ICS TZID America/Guayaquil agrees. contact = Reply-To hiring manager.")
def p_teamtailor_kallpa() -> bytes:
    body = t("""
        Hola Andrea,

        ¡Tu entrevista está agendada! Aquí tienes los detalles:

        Analista de Datos – Operaciones de Última Milla
        Jueves, 8 de octubre de 2026 · 15:00 - 15:45 (hora de Ecuador)
        Oficinas Kallpa Courier, Av. de los Shyris N36-188 y Naciones Unidas, Quito
        (si prefieres, también podemos conectarnos por Zoom: avísanos)

        Te recibe Andrés Cevallos, Jefe de Operaciones.

        ¿Necesitas cambiar algo? Responde a este correo.

        Saludos,
        Equipo Kallpa Courier
        """)
    cal = ics(prodid="-//Teamtailor//Interview//EN", uid="tt-interview-5512987@teamtailor.com",
              stamp="20261006T135000Z", start="20261008T150000", end="20261008T154500", tzid=GYE,
              summary="Entrevista: Analista de Datos – Operaciones de Última Milla (Kallpa Courier)",
              organizer="CN=Andrés Cevallos:mailto:andres.cevallos@kallpacourier.ec", attendees=[ATT_ME],
              location="Av. de los Shyris N36-188 y Naciones Unidas, Quito")
    hs = head(addr("Kallpa Courier", "no-reply@teamtailor-mail.com"),
              "Entrevista agendada: Analista de Datos – Operaciones de Última Milla",
              "2026-10-06 08:50:33", GYE, "<tt.5512987.interview.1791294633@teamtailor-mail.com>",
              hop="from mta-eu2.teamtailor-mail.com (mta-eu2.teamtailor-mail.com [185.211.120.15])",
              extra=(("Reply-To", addr("Andrés Cevallos", "andres.cevallos@kallpacourier.ec")),))
    return message(hs, mixed(alt(text(body), html(paras(body))),
                             calendar(cal, disposition="attachment", filename="invite.ics", cte="base64")))


@mail(n(8), family="workable", lang="en", interview=True, kind="scheduled",
      start="2026-10-15T19:00:00Z", end="2026-10-15T19:45:00Z", contact="gabriela.arosemena@isthmusdata.com.pa",
      company="Isthmus Shipping Data", local="Thu 2026-10-15 14:00", local_end="2026-10-15 14:45", zone=PTY,
      note="Workable interview invitation 'Thursday, October 15, 2026, 2:00 PM - 2:45 PM (America/Panama)': "
           "Panama UTC-5, no DST -> 19:00Z-19:45Z; ICS agrees. Reply-To is a Workable relay (+...@"
           "candidates.workablemail.com), not a human mailbox: contact = interviewer's address in the body.")
def p_workable_isthmus() -> bytes:
    body = t("""
        Hi Andrea,

        Your interview for the Logistics Data Analyst position at Isthmus Shipping Data has been scheduled.

        When: Thursday, October 15, 2026, 2:00 PM - 2:45 PM (America/Panama)
        Where: Video call - https://meet.google.com/isd-hxwp-ugr
        Interviewer: Gabriela Arosemena, Head of Data

        A calendar invitation is attached. If you need to reach Gabriela directly, her email is
        gabriela.arosemena@isthmusdata.com.pa

        Good luck!
        Isthmus Shipping Data hiring team

        Sent with Workable
        """)
    cal = ics(prodid="-//Workable//Workable Calendar//EN", uid="wk-ev-2f81c6d0a9@workable.com",
              stamp="20261012T181500Z", start="20261015T140000", end="20261015T144500", tzid=PTY,
              summary="Interview: Andrea Villacís - Logistics Data Analyst",
              organizer="CN=Isthmus Shipping Data:mailto:isthmus-shipping-data+c7f2a91e@candidates.workablemail.com",
              attendees=[ATT_ME], location="https://meet.google.com/isd-hxwp-ugr")
    hs = head(addr("Isthmus Shipping Data", "noreply@candidates.workablemail.com"),
              "Interview invitation: Logistics Data Analyst at Isthmus Shipping Data",
              "2026-10-12 13:15:02", PTY, "<wk.20261012181502.9c4e71@candidates.workablemail.com>",
              hop="from mail134-3.atl141.mandrillapp.com (mail134-3.atl141.mandrillapp.com [198.2.134.3])",
              extra=(("Reply-To", addr("Isthmus Shipping Data",
                                       "isthmus-shipping-data+c7f2a91e@candidates.workablemail.com")),))
    return message(hs, mixed(alt(text(body, cte="7bit"), html(paras(body), cte="7bit")),
                             calendar(cal, cte="base64", disposition="attachment", filename="invite.ics")))


@mail(n(9), family="icims", lang="en", interview=True, kind="scheduled",
      start="2026-11-05T15:00:00Z", end="2026-11-05T16:00:00Z", contact="tamika.hollis@midlandfreight.com",
      company="Midland Freightways", local="Thu 2026-11-05 10:00", local_end="2026-11-05 11:00", zone=NYC,
      note="iCIMS confirmation sent Wed 28 Oct (EDT) for 'Thursday, 11/05/2026, 10:00 AM - 11:00 AM ET' (US "
           "MM/DD date): US DST ends Sun 1 Nov, so ET = EST, UTC-5 -> 15:00Z-16:00Z. contact = recruiter "
           "address written in the body (sender is an iCIMS relay).")
def p_icims_midland() -> bytes:
    body = t("""
        Dear Andrea,

        Thank you for your interest in Midland Freightways. We’re pleased to confirm your interview
        for the position below.

        Requisition: 2026-4417 Transportation Data Analyst (Remote, LATAM)
        Date: Thursday, 11/05/2026
        Time: 10:00 AM - 11:00 AM ET
        Format: Microsoft Teams (link to follow from your interviewer)
        Interviewers: Doug Pettersen, Manager, Network Planning; Tamika Hollis, Senior Recruiter

        Should you have any questions prior to your interview, please contact Tamika Hollis at
        tamika.hollis@midlandfreight.com.

        Sincerely,
        Midland Freightways Talent Acquisition

        This email was sent via iCIMS. Please do not reply directly to this message.
        """)
    hs = head(addr("Midland Freightways", "careers-midlandfreightways@talent.icims.com"),
              "Interview Confirmation - Transportation Data Analyst (2026-4417)",
              "2026-10-28 15:10:44", NYC, "<1830449152.77120.1793214644871.JavaMail.icims@talent.icims.com>",
              hop="from mta-01.talent.icims.com (mta-01.talent.icims.com [64.18.184.21])")
    return message(hs, alt(text(body, charset="windows-1252"),
                           html(paras(body, charset="windows-1252"), charset="windows-1252")))


@mail(n(10), family="calendly", lang="es", interview=True, kind="scheduled",
      start="2026-10-20T15:00:00Z", end="2026-10-20T15:30:00Z", contact="felipe.restrepo@nodoandino.co",
      company="Nodo Logístico Andino", local="Tue 2026-10-20 10:00", local_end="2026-10-20 10:30", zone=GYE,
      note="Calendly invitee confirmation in Spanish, booked by Andrea on the Bogotá hiring manager's page: "
           "'10:00 - 10:30, martes, 20 de octubre de 2026 (hora de Ecuador)' -> UTC-5 -> 15:00Z-15:30Z (the "
           "time is shown in the invitee's zone, not Bogotá's, which is the same offset anyway). contact = "
           "Reply-To host.")
def p_calendly_nodo() -> bytes:
    body = t("""
        Hola Andrea Villacís:

        Se ha programado un nuevo evento.

        Evento:
        Entrevista Analista BI (30 min)

        Nombre del invitado:
        Felipe Restrepo

        Fecha/Hora del evento:
        10:00 - 10:30, martes, 20 de octubre de 2026 (hora de Ecuador)

        Ubicación:
        Zoom. Los detalles de la conferencia web se proporcionarán al confirmar.
        https://nodoandino.zoom.us/j/93128840571

        Notas:
        Conversación sobre el cargo de Analista BI del área de Planeación de Transporte.

        Ver evento en Calendly: https://calendly.com/events/2b7d1f60-aa5e-4c01-9e31/invitee
        Cancelar: https://calendly.com/cancellations/2b7d1f60-aa5e-4c01-9e31
        Reprogramar: https://calendly.com/reschedulings/2b7d1f60-aa5e-4c01-9e31

        Enviado desde Calendly
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmado: Entrevista Analista BI (30 min) con Felipe Restrepo el martes, 20 de octubre de 2026",
              "2026-10-16 18:22:10", GYE, "<6f1e9a5c-0c37-4d2b-8e71-1d55b7c3aa42@calendly.com>",
              hop="from o3.email.calendly.com (o3.email.calendly.com [167.89.92.116])",
              extra=(("Reply-To", addr("Felipe Restrepo", "felipe.restrepo@nodoandino.co")),))
    return message(hs, alt(text(body, cte="base64"), html(paras(body), cte="quoted-printable")))


@mail(n(11), family="microsoft_bookings", lang="es", interview=True, kind="scheduled",
      start="2026-11-03T16:30:00Z", end="2026-11-03T17:15:00Z", contact=None,
      company="Rímac Supply Chain Consultores", local="Tue 2026-11-03 11:30", local_end="2026-11-03 12:15",
      zone=LIM,
      note="Microsoft Bookings confirmation 'martes, 3 de noviembre de 2026 11:30 (UTC-05:00) Bogotá, Lima, "
           "Quito, Rio Branco', 'Duración: 45 minutos' -> 16:30Z-17:15Z; ICS TZID 'SA Pacific Standard Time' "
           "agrees. Sender and ORGANIZER are the Bookings mailbox; only a staff name, no personal address: "
           "contact null.")
def p_bookings_rimac() -> bytes:
    body = t("""
        Hola Andrea Villacís:

        Su reserva está confirmada.

        Entrevista de selección – Analista de Datos de Supply Chain
        martes, 3 de noviembre de 2026
        11:30 (UTC-05:00) Bogotá, Lima, Quito, Rio Branco
        Duración: 45 minutos
        Personal: Sofía Huamán

        Unirse a la reunión de Microsoft Teams
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_Rimac0311

        Para cancelar o reprogramar, use el enlace de administración de la reserva.

        Rímac Supply Chain Consultores
        Av. Javier Prado Este 4200, Santiago de Surco, Lima
        """)
    cal = ics(prodid="Microsoft Exchange Server 2010", uid="040000008200E00074C5B7101A82E0080000000060b1e04f3c2ddb01",
              stamp="20261026T150012Z", start="20261103T113000", end="20261103T121500",
              tzid="SA Pacific Standard Time",
              summary="Entrevista de selección – Analista de Datos de Supply Chain",
              organizer="CN=Rímac Supply Chain Consultores:mailto:EntrevistasRimac@rimacsc.onmicrosoft.com",
              attendees=[ATT_ME], location="Reunión de Microsoft Teams",
              extra=("X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"))
    hs = head(addr("Rímac Supply Chain Consultores", "EntrevistasRimac@rimacsc.onmicrosoft.com"),
              "Reserva confirmada con Rímac Supply Chain Consultores",
              "2026-10-26 10:00:12", LIM, "<SJ0PR11MB5678A1B2C3D4E5F6@SJ0PR11MB5678.namprd11.prod.outlook.com>",
              hop="from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2071.outbound.protection."
                  "outlook.com [40.107.237.71])",
              extra=(("X-MS-Exchange-Organization-SCL", "-1"), ("X-MS-Has-Attach", "yes")))
    return message(hs, mixed(alt(text(body), html(paras(body, style="font-family:Segoe UI,sans-serif"))),
                             calendar(cal, cte="base64", disposition="attachment", filename="invite.ics")))


@mail(n(12), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start="2026-11-19T20:00:00Z", end=None, contact="mariajose.zambrano@fruteradelguayas.com.ec",
      company="Frutera del Guayas S.A.", local="Thu 2026-11-19 15:00", zone=GYE,
      note="Google Calendar invitation for an ALL-DAY event on jue 19 nov 2026 (DTSTART;VALUE=DATE); the time "
           "is only in the description, 'te esperamos a las 15h00' in Samborondón -> UTC-5 -> 20:00Z. No end "
           "stated. contact = ORGANIZER (the recruiter).")
def p_gcal_allday_frutera() -> bytes:
    desc = ("Andrea, te esperamos a las 15h00 en nuestras oficinas de Samborondón (Edificio Torre Delta, "
            "piso 4, Av. Samborondón km 1.5). Estarán el gerente de Logística, Ing. Carlos Vera, y yo. "
            "Es la entrevista final, dura más o menos una hora. Cualquier novedad me escribes.\n\nMaría José")
    body = t(f"""
        Has recibido una invitación para el siguiente evento.

        Entrevista final – Andrea Villacís
        Cuándo: jueves, 19 de noviembre de 2026
        Dónde: Edificio Torre Delta, piso 4, Av. Samborondón km 1.5
        Calendario: {ME}
        Quién:
          • María José Zambrano - organizador
          • carlos.vera@fruteradelguayas.com.ec
          • {ME}

        {desc}

        ¿Vas a asistir? Sí - Quizás - No   más opciones »

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Has recibido esta invitación en {ME} porque eres un invitado a este evento.
        """)
    cal = ics(prodid="-//Google Inc//Google Calendar 70.9054//EN", uid="2q8k1v0h7c3nfe5r9m4t6b1a2d@google.com",
              stamp="20261113T223000Z", start="20261119", end="20261120", tzid=None, allday=True,
              summary="Entrevista final – Andrea Villacís",
              organizer="CN=María José Zambrano:mailto:mariajose.zambrano@fruteradelguayas.com.ec",
              attendees=[ATT_ME, "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=carlos.vera@"
                                 "fruteradelguayas.com.ec:mailto:carlos.vera@fruteradelguayas.com.ec"],
              location="Edificio Torre Delta, piso 4, Av. Samborondón km 1.5", desc=desc)
    hs = head(addr("María José Zambrano", "mariajose.zambrano@fruteradelguayas.com.ec"),
              f"Invitación: Entrevista final – Andrea Villacís @ jue 19 nov 2026 ({ME})",
              "2026-11-13 17:30:26", GYE, "<calendar-5d2f0a71-98c4-4f3e-b0a7-3e1c9d2b6a18@google.com>",
              hop="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Reply-To", addr("María José Zambrano", "mariajose.zambrano@fruteradelguayas.com.ec")),
                     ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    return message(hs, mixed(alt(text(body), html(paras(body)), calendar(cal, cte="base64")),
                             calendar(cal, method="REQUEST", ctype="application/ics", cte="base64",
                                      disposition="attachment", filename="invite.ics", name_param=True)))


TEAMS_ES = t("""
    ________________________________________________________________________________
    Reunión de Microsoft Teams
    Únase desde su equipo, aplicación móvil o dispositivo de sala
    Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
    Id. de reunión: {num}
    Código de acceso: {code}
    Descargar Teams<https://www.microsoft.com/es-es/microsoft-teams/download-app> | Unirse en la web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
    """)


@mail(n(13), family="exchange_outlook", lang="es", interview=True, kind="scheduled",
      start="2026-12-01T14:00:00Z", end="2026-12-01T15:00:00Z", contact="rodrigo.franco@navierapacificosur.com",
      company="Naviera Pacífico Sur", local="Tue 2026-12-01 09:00", local_end="2026-12-01 10:00", zone=GYE,
      note="Outlook/Exchange meeting request with Teams boilerplate; the time is ONLY in the ICS: DTSTART;TZID="
           "\"SA Pacific Standard Time\":20261201T090000, DTEND 10:00 (Windows zone = Bogotá/Lima/Quito, UTC-5) "
           "-> 14:00Z-15:00Z. contact = sender / ORGANIZER.")
def p_exchange_naviera() -> bytes:
    body = t("""
        Hola Andrea,

        Como conversamos por teléfono, te envío la invitación para la entrevista técnica con el equipo de BI
        (Gabriel y yo). Vamos a revisar el caso práctico que te compartimos, así que ten a mano tu notebook.

        Saludos,
        Rodrigo

        """) + TEAMS_ES.format(mid="NmQ4ZTIxYjQtNzY0", num="284 611 907 335", code="Qk7Tz3")
    cal = ics(prodid="Microsoft Exchange Server 2010", uid="040000008200E00074C5B7101A82E00800000000d0f3a2b1c07fdb01"
                                                           "0000000000000000100000009e2c7a51b4f3",
              stamp="20261124T144000Z", start="20261201T090000", end="20261201T100000",
              tzid="SA Pacific Standard Time", summary="Entrevista técnica – Analista de Datos (Andrea Villacís)",
              organizer="CN=Rodrigo Franco:mailto:rodrigo.franco@navierapacificosur.com",
              attendees=[f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME_NAME}:mailto:{ME}",
                         "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gabriel Ortega:mailto:"
                         "gabriel.ortega@navierapacificosur.com"],
              location="Reunión de Microsoft Teams", desc=body,
              extra=("CLASS:PUBLIC", "PRIORITY:5", "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
                     "X-MICROSOFT-CDO-OWNERAPPTID:2122448811", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                     "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
                     "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
                     "X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
                     "X-MICROSOFT-DISALLOW-COUNTER:FALSE"))
    hs = head(addr("Rodrigo Franco", "rodrigo.franco@navierapacificosur.com"),
              "Entrevista técnica – Analista de Datos (Andrea Villacís)",
              "2026-11-24 09:40:00", GYE, "<BY5PR04MB6946E2A1F0C3D9B7A4E5B2C1A8@BY5PR04MB6946.namprd04.prod.outlook.com>",
              hop="from NAM04-BN8-obe.outbound.protection.outlook.com (mail-bn8nam04on2102.outbound.protection."
                  "outlook.com [40.107.100.102])",
              extra=(("Thread-Topic", enc("Entrevista técnica – Analista de Datos (Andrea Villacís)")),
                     ("Thread-Index", "AdtAbCdEfGh1234567890ABCDEFG=="), ("Accept-Language", "es-EC, en-US"),
                     ("Content-Language", "es-EC"), ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(paras(body, style="font-family:Calibri,sans-serif;font-size:11pt")),
                           calendar(cal, cte="base64")))


@mail(n(14), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-11-09T20:00:00Z", end=None, contact="paola.intriago@almaceneradelrio.ec",
      company="Almacenera del Río", local="Mon 2026-11-09 15:00", zone=GYE,
      note="Recruiter's short reply (windows-1252, quoted thread below): 'queda el lunes que viene a las 15h00' "
           "in Guayaquil, Date Wed 4 Nov 2026 19:05 -05:00 -> next Monday = 9 Nov -> 20:00Z. No length: end "
           "null. contact = human sender.", days=(("Mon", "2026-11-09"),))
def p_prose_almacenera() -> bytes:
    body = t("""
        Hola Andrea!

        Perfecto, entonces queda el lunes que viene a las 15h00 en nuestras oficinas del km 7.5 via a Daule
        (bodega 3, segundo piso). Preguntas por mi en recepcion. Lleva tu cedula porfa, es para el ingreso al
        parque industrial.

        Te va a entrevistar el Ing. Mauricio Cedeño, jefe de inventarios, y luego conversamos tu y yo sobre
        la parte salarial.

        Saludos,
        Paola Intriago
        Analista de Talento Humano
        Almacenera del Río S.A. | PBX 04 259 6400 ext. 112

        -----Mensaje original-----
        De: Andrea Villacís <andrea.villacis@example.org>
        Enviado el: martes, 3 de noviembre de 2026 21:40
        Para: Paola Intriago <paola.intriago@almaceneradelrio.ec>
        Asunto: RE: Proceso Analista de Datos de Inventario

        Hola Paola, gracias por escribir. Puedo el lunes o el martes de la próxima semana en la tarde,
        después de las 14h00. Quedo atenta.
        Saludos, Andrea

        -----Mensaje original-----
        De: Paola Intriago <paola.intriago@almaceneradelrio.ec>
        Enviado el: martes, 3 de noviembre de 2026 16:02
        Asunto: Proceso Analista de Datos de Inventario

        Andrea buenas tardes, te escribo de Almacenera del Río por tu postulación. Nos gustaría invitarte a
        una entrevista presencial la próxima semana, ¿qué días tienes disponibles?
        """)
    hs = head(addr("Paola Intriago", "paola.intriago@almaceneradelrio.ec"),
              "RE: Proceso Analista de Datos de Inventario",
              "2026-11-04 19:05:52", GYE, "<001a01d96f3e$4b2c1f80$e1845e80$@almaceneradelrio.ec>",
              hop="from smtp.almaceneradelrio.ec (smtp.almaceneradelrio.ec [190.152.14.66])",
              extra=(("In-Reply-To", "<CAH7p+Qx2Vb0mN3kR8sT@mail.example.org>"),
                     ("References", "<000f01d96f1b$9a1e2c40$ce5a84c0$@almaceneradelrio.ec> "
                                    "<CAH7p+Qx2Vb0mN3kR8sT@mail.example.org>"),
                     ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHZbz5LLB+A4YRegH4uRFGx3K0B9A==")))
    return message(hs, text(body, charset="windows-1252"))


@mail(n(15), family="forward_to_self", lang="es", interview=True, kind="scheduled",
      start="2026-12-07T15:00:00Z", end=None, contact="jbaquerizo@terminalesdelsur.com.ec",
      company="Terminales del Sur", local="Mon 2026-12-07 10:00", zone=GYE,
      note="Andrea forwards (as an attached message/rfc822) the recruiter's confirmation from her other "
           "address to herself: 'lun. 7 de diciembre a las diez en punto' in Guayaquil -> UTC-5 -> 15:00Z. The "
           "sender is the candidate herself: contact = the recruiter in the attached message's From.",
      days=(("Mon", "2026-12-07"),))
def p_fwd_self_terminales() -> bytes:
    inner_body = t("""
        Estimada Andrea:

        Reciba un cordial saludo. Por medio del presente le confirmo su entrevista con la Gerencia de
        Operaciones para el cargo de Analista de Datos Logísticos, el lun. 7 de diciembre a las diez en punto,
        en nuestras oficinas de Terminales del Sur (Av. 25 de Julio, junto a la Puerta 3 del puerto).

        Por favor acercarse 15 minutos antes con su cédula de identidad; el ingreso al recinto portuario
        exige zapatos cerrados.

        Atentamente,

        Ing. Jorge Baquerizo M.
        Jefe de Selección y Desarrollo
        Terminales del Sur S.A.
        Telf. (04) 248 7100 ext. 230
        """)
    inner = message(head(addr("Jorge Baquerizo", "jbaquerizo@terminalesdelsur.com.ec", "iso-8859-15"),
                         "Entrevista - Analista de Datos Logísticos", "2026-12-02 16:48:03", GYE,
                         "<a1b2c3d4e5.52918.jbaquerizo@terminalesdelsur.com.ec>",
                         to=addr(ME_NAME, "andrea.villacis@example.net"), charset="iso-8859-15"),
                    text(inner_body, charset="iso-8859-15", cte="quoted-printable"))
    note_body = t("""
        para no olvidarme!! lunes 10 en punto, llevar portafolio impreso y zapatos cerrados

        Enviado desde mi iPhone
        """)
    hs = head(addr(ME_NAME, "andrea.villacis@example.net"),
              "Fwd: Entrevista - Analista de Datos Logísticos", "2026-12-02 21:14:37", GYE,
              "<7F3E2A19-4C61-4B0D-9A8E-2D1C5B7F0E93@example.net>",
              hop="from smtp.example.net (smtp.example.net [203.0.113.25])",
              extra=(("X-Mailer", "iPhone Mail (22B91)"),))
    return message(hs, mixed(text(note_body, cte="8bit"),
                             attached_message(inner, filename="Entrevista - Analista de Datos Logisticos.eml")))


@mail(n(16), family="zoom", lang="en", interview=True, kind="scheduled",
      start="2026-11-02T18:00:00Z", end="2026-11-02T18:45:00Z", contact="rachel.kim@northgatesupply.com",
      company="Northgate Supply Co.", local="Mon 2026-11-02 13:00", local_end="2026-11-02 13:45", zone=NYC,
      note="Recruiter prose + pasted Zoom invitation, sent Thu 29 Oct in EDT: '45-minute interview ... Monday at "
           "1 PM ET' and 'Time: Nov 2, 2026 01:00 PM Eastern Time (US and Canada)': US DST ended Sun 1 Nov, so "
           "EST = UTC-5 -> 18:00Z-18:45Z. contact = human sender.")
def p_zoom_northgate() -> bytes:
    body = t("""
        Hi Andrea,

        Great speaking with you earlier! As discussed, you're confirmed for a 45-minute interview with our
        Director of Analytics, Ben Torres, on Monday at 1 PM ET. Ben will walk through a short case on
        carrier on-time performance, no prep needed beyond what we talked about.

        Zoom details below. Let me know if anything changes on your side.

        Best,
        Rachel

        Rachel Kim | Talent Partner
        Northgate Supply Co. | Columbus, OH

        ---
        Rachel Kim is inviting you to a scheduled Zoom meeting.

        Topic: Andrea Villacís <> Northgate | Analytics Interview
        Time: Nov 2, 2026 01:00 PM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://northgatesupply.zoom.us/j/81736502294?pwd=bk5Xc2tRUkZ0dE1oYVZr

        Meeting ID: 817 3650 2294
        Passcode: 448120
        """)
    hs = head(addr("Rachel Kim", "rachel.kim@northgatesupply.com"),
              "Northgate interview - Monday 1 PM ET", "2026-10-29 16:45:31", NYC,
              "<CAJ8r0nT6yM1pX4vQ2dZ9kE7wB3s@mail.gmail.com>",
              hop="from mail-yw1-f170.google.com (mail-yw1-f170.google.com [209.85.128.170])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(17), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start="2026-10-02T16:00:00Z", end="2026-10-02T17:00:00Z", contact="sam.whitaker@brightwaterfleet.com",
      company="Brightwater Fleet", local="Fri 2026-10-02 09:00", local_end="2026-10-02 10:00", zone=LAX,
      note="GoodTime reschedule: previously 'Wednesday, September 30, 2026, 10:00 AM PDT', new time 'Friday, "
           "October 2, 2026, 9:00 AM - 10:00 AM PDT' (UTC-7) -> 16:00Z-17:00Z; ICS SEQUENCE:1 agrees. The old "
           "slot is not the label. contact = Reply-To coordinator.",
      days=(("Wed", "2026-09-30"), ("Fri", "2026-10-02")))
def r_goodtime_brightwater() -> bytes:
    body = t("""
        Hi Andrea,

        Your interview for Senior Analyst, Fleet Optimization at Brightwater Fleet has been rescheduled.

        PREVIOUS TIME
        Wednesday, September 30, 2026, 10:00 AM PDT

        NEW TIME
        Friday, October 2, 2026, 9:00 AM - 10:00 AM PDT

        Interviewers: Dana Okafor (Analytics Manager), Luis Ferreira (Sr. Data Scientist)
        Location: Zoom - https://brightwaterfleet.zoom.us/j/96021387744

        An updated calendar invitation is attached. Please reply to this email if the new time
        does not work for you.

        Thank you,
        Sam Whitaker
        Recruiting Coordinator, Brightwater Fleet

        Scheduled with GoodTime
        """)
    cal = ics(prodid="-//GoodTime.io//Hire//EN", uid="gt-8b31f0c2-5d7e-4e2a-9a41-77c0d2e1f6b5@goodtime.io",
              stamp="20260928T183000Z", start="20261002T090000", end="20261002T100000", tzid=LAX, seq=1,
              summary="Brightwater Fleet - Senior Analyst, Fleet Optimization - Andrea Villacís",
              organizer="CN=Sam Whitaker:mailto:sam.whitaker@brightwaterfleet.com", attendees=[ATT_ME],
              location="https://brightwaterfleet.zoom.us/j/96021387744")
    hs = head(addr("Brightwater Fleet Recruiting", "noreply@goodtime.io"),
              "Rescheduled: Interview with Brightwater Fleet - Friday, October 2",
              "2026-09-28 11:30:19", LAX, "<20260928183019.5e21a7c0f9b3@mail.goodtime.io>",
              hop="from o2.mail.goodtime.io (o2.mail.goodtime.io [168.245.64.20])",
              extra=(("Reply-To", addr("Sam Whitaker", "sam.whitaker@brightwaterfleet.com")),))
    return message(hs, mixed(alt(text(body, cte="7bit"), html(paras(body))),
                             calendar(cal, cte="base64", disposition="attachment", filename="invite.ics")))


@mail(n(18), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start="2026-10-16T21:00:00Z", end=None, contact="mquispe@frioandino.pe",
      company="Frío Andino S.A.C.", local="Fri 2026-10-16 16:00", zone=LIM,
      note="Recruiter prose (usted) moving the interview 'del jueves 15/10 a las 11h00 al viernes 16/10 a las "
           "16h00 (hora de Lima)': the new slot, Lima UTC-5 -> 21:00Z; the old slot is not the label. dd/mm "
           "dates. Continues the thread of her earlier proposal mail. contact = human sender.",
      days=(("Thu", "2026-10-15"), ("Fri", "2026-10-16")))
def r_prose_frioandino() -> bytes:
    body = t("""
        Estimada Andrea, buenas tardes.

        Le escribo para pedirle una disculpa: por un viaje imprevisto de nuestro gerente de planta
        necesitamos mover la entrevista del jueves 15/10 a las 11h00 al viernes 16/10 a las 16h00
        (hora de Lima, que es la misma de Guayaquil). Ya actualicé la invitación de Teams, el enlace
        es el mismo.

        Muchas gracias por su comprensión y nuevamente disculpe las molestias.

        Saludos cordiales,

        Mariela Quispe Huanca
        Coordinadora de Selección
        Frío Andino S.A.C. – Callao, Perú
        """)
    hs = head(addr("Mariela Quispe", "mquispe@frioandino.pe"),
              "RE: Entrevista Analista de Datos – Frío Andino (cambio de horario)",
              "2026-10-13 17:20:48", LIM, "<PH0PR13MB4990C6F2D9A1E3B5@PH0PR13MB4990.namprd13.prod.outlook.com>",
              hop="from NAM11-DM6-obe.outbound.protection.outlook.com (mail-dm6nam11on2119.outbound.protection."
                  "outlook.com [40.107.223.119])",
              extra=(("In-Reply-To", "<PH0PR13MB4990A1B2@PH0PR13MB4990.namprd13.prod.outlook.com>"),
                     ("Thread-Topic", enc("Entrevista Analista de Datos – Frío Andino")),
                     ("Content-Language", "es-PE")))
    return message(hs, alt(text(body), html(paras(body, style="font-family:Aptos,Calibri,sans-serif"))))


@mail(n(19), family="exchange_outlook", lang="es", interview=True, kind="rescheduled",
      start="2026-11-18T19:30:00Z", end="2026-11-18T20:30:00Z", contact="ricardo.delgado@corredorlogistica.com.pa",
      company="Corredor Interoceánico Logística", local="Wed 2026-11-18 14:30", local_end="2026-11-18 15:30",
      zone=PTY,
      note="Exchange meeting update (SEQUENCE:2, 'Actualizado:') from Panama: text moves it 'del martes 17 a "
           "las 9:00 al miércoles 18 de noviembre a las 14:30 (hora de Panamá)'; ICS DTSTART;TZID=\"SA Pacific "
           "Standard Time\":20261118T143000, DTEND 15:30 -> UTC-5 -> 19:30Z-20:30Z. contact = sender / "
           "ORGANIZER.", days=(("Tue", "2026-11-17"), ("Wed", "2026-11-18")))
def r_exchange_corredor() -> bytes:
    body = t("""
        Hola Andrea,

        Por un cruce de agenda con el comité de operaciones movimos la entrevista del martes 17 a las 9:00
        al miércoles 18 de noviembre a las 14:30 (hora de Panamá). Disculpa el cambio; Itzel de Finanzas
        también se une.

        Saludos,
        Ricardo Delgado
        Gerente de Analítica | Corredor Interoceánico Logística, S.A.
        Ciudad de Panamá

        """) + TEAMS_ES.format(mid="ZjA1YzE4MmQtOWFh", num="231 907 554 818", code="tR4eVx")
    cal = ics(prodid="Microsoft Exchange Server 2010", uid="040000008200E00074C5B7101A82E00800000000a81c3f9e5e11db01"
                                                           "00000000000000001000000041f2d7a9c0e8",
              stamp="20261113T170000Z", start="20261118T143000", end="20261118T153000", seq=2,
              tzid="SA Pacific Standard Time", summary="Entrevista – Analista de Datos Senior (Andrea Villacís)",
              organizer="CN=Ricardo Delgado:mailto:ricardo.delgado@corredorlogistica.com.pa",
              attendees=[f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME_NAME}:mailto:{ME}",
                         "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Itzel Batista:mailto:"
                         "itzel.batista@corredorlogistica.com.pa"],
              location="Reunión de Microsoft Teams", desc=body,
              extra=("X-MICROSOFT-CDO-APPT-SEQUENCE:2", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                     "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
                     "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0"))
    hs = head(addr("Ricardo Delgado", "ricardo.delgado@corredorlogistica.com.pa"),
              "Actualizado: Entrevista – Analista de Datos Senior (Andrea Villacís)",
              "2026-11-13 12:00:00", PTY, "<SA1PR05MB8012F3C4B1A09D7E@SA1PR05MB8012.namprd05.prod.outlook.com>",
              hop="from NAM02-SN1-obe.outbound.protection.outlook.com (mail-sn1nam02on2088.outbound.protection."
                  "outlook.com [40.107.96.88])",
              extra=(("Thread-Topic", enc("Entrevista – Analista de Datos Senior (Andrea Villacís)")),
                     ("Content-Language", "es-PA")))
    return message(hs, alt(text(body, cte="base64"),
                           html(paras(body, style="font-family:Calibri,sans-serif;font-size:11pt"), cte="base64"),
                           calendar(cal, cte="base64")))


@mail(n(20), family="recruitee", lang="es", interview=True, kind="rescheduled",
      start="2026-12-03T16:00:00Z", end="2026-12-03T16:45:00Z", contact="natalia.gomez@rutaspacifico.co",
      company="Rutas del Pacífico Cargo", local="Thu 2026-12-03 11:00", local_end="2026-12-03 11:45", zone=BOG,
      note="Recruitee HTML-only reschedule: 'Antes: miércoles 2 de diciembre de 2026, 10:00' -> 'Nueva fecha: "
           "jueves 3 de diciembre de 2026, 11:00 - 11:45 (GMT-5, Bogotá)' -> 16:00Z-16:45Z. contact = Reply-To "
           "recruiter.", days=(("Wed", "2026-12-02"), ("Thu", "2026-12-03")))
def r_recruitee_rutas() -> bytes:
    body = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;color:#1f2d3d;background:#f7f9fb">
        <div style="max-width:560px;margin:24px auto;background:#fff;border-radius:6px;padding:28px">
        <img src="https://recruitee-cdn.example/rutasdelpacifico/logo.png" alt="Rutas del Pacífico Cargo" height="36">
        <h2 style="font-size:20px">Tu entrevista ha sido reprogramada</h2>
        <p>Hola Andrea,</p>
        <p>Tuvimos que mover tu entrevista para <strong>Analista de Datos de Transporte</strong>.</p>
        <p style="color:#8492a6;text-decoration:line-through">Antes: miércoles 2 de diciembre de 2026, 10:00</p>
        <p><strong>Nueva fecha:</strong> jueves 3 de diciembre de 2026, 11:00 - 11:45 (GMT-5, Bogotá)</p>
        <p>Lugar: Google Meet (el enlace no cambia)<br>Con: Natalia Gómez y Hernán Valencia</p>
        <p>Si tienes alguna pregunta, responde a este correo.</p>
        <p>Saludos,<br>Equipo de Talento · Rutas del Pacífico Cargo</p>
        <p style="font-size:12px;color:#8492a6">Enviado con Recruitee</p>
        </div></body></html>
        """)
    hs = head(addr("Rutas del Pacífico Cargo", "no-reply@recruitee.com"),
              "Tu entrevista ha sido reprogramada – Analista de Datos de Transporte",
              "2026-11-30 10:15:40", BOG, "<5e7a9c1d.rt.20261130151540@recruitee.com>",
              hop="from mail-out-eu.recruitee.com (mail-out-eu.recruitee.com [52.58.142.9])",
              extra=(("Reply-To", addr("Natalia Gómez", "natalia.gomez@rutaspacifico.co")),))
    return message(hs, html(body))


@mail(n(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start="2026-11-12T18:00:00Z", end="2026-11-12T19:00:00Z", contact="jordan.fisk@cascadiafreightlabs.com",
      company="Cascadia Freight Labs", local="Thu 2026-11-12 10:00", local_end="2026-11-12 11:00", zone=LAX,
      note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) of 'Thu Nov 12, 2026 10am - 11am "
           "(PST)' -> PST UTC-8 (after 1 Nov) -> 18:00Z-19:00Z; organizer will send new times, no new time "
           "given. contact = ORGANIZER.")
def c_gcal_cascadia() -> bytes:
    body = t(f"""
        This event has been canceled and removed from your calendar.

        Andrea Villacís / Cascadia Freight Labs - Hiring manager interview
        When: Thursday Nov 12, 2026 10am – 11am Pacific Time - Los Angeles
        Joining info: meet.google.com/cfl-jwnd-axo
        Calendar: {ME}
        Who:
          • Jordan Fisk - organizer
          • elena.marsh@cascadiafreightlabs.com
          • {ME}

        Hi Andrea - so sorry, Elena is out sick this week. I'll reach out with a couple of new
        options as soon as she's back. - Jordan

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee of the event.
        """)
    cal = ics(prodid="-//Google Inc//Google Calendar 70.9054//EN", uid="6sj2k9m1p4q7r0t3v5x8z1a4c7@google.com",
              stamp="20261109T172000Z", start="20261112T100000", end="20261112T110000", tzid=LAX,
              method="CANCEL", status="CANCELLED", seq=1,
              summary="Andrea Villacís / Cascadia Freight Labs - Hiring manager interview",
              organizer="CN=Jordan Fisk:mailto:jordan.fisk@cascadiafreightlabs.com",
              attendees=[ATT_ME, "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Elena Marsh:"
                                 "mailto:elena.marsh@cascadiafreightlabs.com"],
              location="meet.google.com/cfl-jwnd-axo")
    hs = head(addr("Jordan Fisk", "jordan.fisk@cascadiafreightlabs.com"),
              f"Canceled event: Andrea Villacís / Cascadia Freight Labs - Hiring manager interview @ "
              f"Thu Nov 12, 2026 10am - 11am (PST) ({ME})",
              "2026-11-09 09:20:05", LAX, "<calendar-0b4e7d21-6f3a-4c85-9e12-a7d3b0c5f8e4@google.com>",
              hop="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Reply-To", addr("Jordan Fisk", "jordan.fisk@cascadiafreightlabs.com")),
                     ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    return message(hs, mixed(alt(text(body), html(paras(body)), calendar(cal, method="CANCEL", cte="base64")),
                             calendar(cal, method="CANCEL", ctype="application/ics", cte="base64",
                                      disposition="attachment", filename="invite.ics", name_param=True)))


@mail(n(22), family="human_prose", lang="es", interview=True, kind="cancelled",
      start="2026-11-17T13:30:00Z", end=None, contact="vmendoza@importadoraaustral.com.ec",
      company="Importadora Austral", local="Tue 2026-11-17 08:30", zone=GYE,
      note="Phone-written cancellation, no new time (vacancy frozen): 'la entrevista de mañana martes 17 a las "
           "8h30', Date Mon 16 Nov 08:10 -05:00 -> Tue 17 Nov 08:30 Guayaquil -> 13:30Z (the cancelled slot). "
           "contact = human sender.", days=(("Tue", "2026-11-17"),))
def c_prose_austral() -> bytes:
    body = t("""
        Buenos días Andrea, lamento avisarte con tan poco tiempo pero debemos cancelar la entrevista de mañana
        martes 17 a las 8h30. La gerencia decidió congelar la vacante de analista hasta el proximo año por
        temas de presupuesto :(

        De verdad me apena porque tu perfil nos gustó mucho. Si se reabre el proceso te escribo a ti primero.

        Un abrazo,
        Vero

        Verónica Mendoza
        Jefa de Talento Humano – Importadora Austral

        Enviado desde mi Huawei
        """)
    hs = head(addr("Verónica Mendoza", "vmendoza@importadoraaustral.com.ec"),
              "Entrevista de mañana", "2026-11-16 08:10:57", GYE,
              "<m2k8f0.1763298657.huawei-mail@importadoraaustral.com.ec>",
              hop="from mail.importadoraaustral.com.ec (mail.importadoraaustral.com.ec [186.46.122.30])")
    return message(hs, text(body, cte="8bit"))


@mail(n(23), family="taleo", lang="es", interview=True, kind="cancelled",
      start="2026-12-11T13:30:00Z", end=None, contact="julian.ospina@cargamas.com.co",
      company="Grupo Cargamás Colombia", local="Fri 2026-12-11 08:30", zone=BOG,
      note="Taleo cancellation (plain text, iso-8859-1): 'la entrevista programada para el viernes 11 de "
           "diciembre de 2026 a las 8:30 a. m. (hora de Colombia) ha sido cancelada'; a new date will be "
           "proposed later, none given -> cancelled slot, Bogotá UTC-5 -> 13:30Z. contact = recruiter address "
           "in the body (sender is a Taleo no-reply).")
def c_taleo_cargamas() -> bytes:
    body = t("""
        Estimado(a) Andrea Villacís:

        Le informamos que la entrevista programada para el viernes 11 de diciembre de 2026 a las
        8:30 a. m. (hora de Colombia) para la requisición 26-0981 Analista de Datos de Transporte ha
        sido cancelada.

        Nuestro equipo de selección se comunicará con usted para acordar una nueva fecha.

        Para consultas puede contactar a Julián Ospina, Analista de Selección:
        julian.ospina@cargamas.com.co

        Atentamente,
        Selección y Contratación
        Grupo Cargamás Colombia

        ***Este correo fue generado automáticamente. Por favor no responda a este mensaje.***
        """)
    hs = head(addr("Grupo Cargamás Colombia", "noreply@taleo.net", "iso-8859-1"),
              "Cancelación de entrevista - Requisición 26-0981", "2026-12-07 14:00:09", BOG,
              "<1049283.7718.1796670009417.JavaMail.taleo@tbe3.taleo.net>",
              hop="from smtp3.taleo.net (smtp3.taleo.net [148.87.203.44])", charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1"))


# =========================================================================== negatives (keys 24-50)

BER = "Europe/Berlin"
CHI = "America/Chicago"


@mail(n(24), family="rejection", lang="en", interview=False, company="Elbtor Logistik GmbH",
      note="softgarden rejection after an interview held 'Tuesday, 29 September at 16:00 CEST': a past "
           "interview, nothing scheduled -> negative.", days=(("Tue", "2026-09-29"),))
def n_softgarden_rejection() -> bytes:
    body = t("""
        Dear Andrea Villacís,

        Thank you for taking the time to interview with us on Tuesday, 29 September at 16:00 CEST for the
        position of Data Analyst Ocean Freight (LATAM Hub, remote).

        We enjoyed the conversation with you. After careful consideration, however, we have decided to
        continue the process with candidates whose profile matches the requirements of this position
        even more closely.

        We would be happy to keep your documents in our talent pool for future vacancies. You can
        withdraw your consent at any time in your candidate account.

        We wish you all the best for your future career.

        Kind regards
        Your recruiting team at Elbtor Logistik GmbH

        Elbtor Logistik GmbH · Am Sandtorkai 48 · 20457 Hamburg
        This e-mail was sent via softgarden.
        """)
    hs = head(addr("Elbtor Logistik GmbH", "noreply@softgarden.io"),
              "Your application as Data Analyst Ocean Freight (LATAM Hub, remote)",
              "2026-10-07 09:14:26", BER, "<sg.3381902.7735.1791364466@mail.softgarden.io>",
              hop="from mout.softgarden.io (mout.softgarden.io [185.15.192.33])")
    return message(hs, alt(text(body, cte="8bit"), html(paras(body), cte="quoted-printable")))


@mail(n(25), family="application_receipt", lang="es", interview=False, company="Movilidad Ágil S.L.",
      note="JOIN application receipt: 'si tu perfil encaja, te invitaremos a una entrevista'; nothing scheduled.")
def n_join_receipt() -> bytes:
    body = t("""
        Hola Andrea,

        ¡Gracias por tu candidatura para el puesto de Analista de Datos de Movilidad (remoto, LATAM) en
        Movilidad Ágil S.L.!

        Hemos recibido tu CV correctamente. Nuestro equipo revisará tu perfil y, si encaja con lo que
        buscamos, te invitaremos a una primera entrevista en las próximas dos semanas.

        Mientras tanto, puedes consultar el estado de tu candidatura aquí:
        https://join.com/candidates/applications/8841027

        ¡Mucha suerte!
        El equipo de Movilidad Ágil

        Enviado a través de JOIN · join.com
        """)
    hs = head(addr("Movilidad Ágil vía JOIN", "no-reply@join.com"),
              "Hemos recibido tu candidatura – Analista de Datos de Movilidad",
              "2026-09-03 18:02:47", MAD, "<01070191b3f2c8a1-join-8841027@eu-central-1.amazonses.com>",
              hop="from b224-14.smtp-out.eu-central-1.amazonses.com (b224-14.smtp-out.eu-central-1.amazonses.com "
                  "[69.169.224.14])")
    return message(hs, alt(text(body), html(paras(body))))


@mail(n(26), family="offer", lang="es", interview=False, company="Naviera Pacífico Sur",
      note="Job offer after the interview process: states a start date and time ('lunes 4 de enero de 2027 a "
           "las 08h00', induction) and a reply deadline, but no interview -> negative.",
      days=(("Mon", "2027-01-04"), ("Wed", "2026-12-16")))
def n_offer_naviera() -> bytes:
    body = t("""
        Estimada Andrea:

        Es un gusto para nosotros comunicarte que, tras el proceso de selección, Naviera Pacífico Sur te
        ofrece el cargo de Analista de Datos Senior en la Gerencia de Operaciones. Adjuntamos la carta
        oferta con el detalle de remuneración y beneficios.

        Fecha de ingreso propuesta: lunes 4 de enero de 2027 a las 08h00, con jornada de inducción en
        nuestras oficinas de Av. Francisco de Orellana (edificio Blue Towers, piso 9).

        Te agradeceremos confirmar tu aceptación respondiendo a este correo antes del miércoles 16 de
        diciembre.

        ¡Bienvenida al equipo!

        Daniela Loor
        Jefa de Talento Humano
        Naviera Pacífico Sur
        """)
    pdf = ("JVBERi0xLjQKJcOkw7zDtsOfCjEgMCBvYmoKPDwvVHlwZS9DYXRhbG9nL1BhZ2VzIDIgMCBSPj4KZW5kb2JqCjIg\n"
           "MCBvYmoKPDwvVHlwZS9QYWdlcy9LaWRzWzMgMCBSXS9Db3VudCAxPj4KZW5kb2JqCjMgMCBvYmoKPDwvVHlwZS9Q\n"
           "YWdlL1BhcmVudCAyIDAgUi9NZWRpYUJveFswIDAgNjEyIDc5Ml0+PgplbmRvYmoKdHJhaWxlcgo8PC9Sb290IDEg\n"
           "MCBSPj4KJSVFT0YK\n")
    att = raw_part([("Content-Type", 'application/pdf; name="Carta_oferta_AVillacis.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Carta_oferta_AVillacis.pdf"'),
                    ("Content-Transfer-Encoding", "base64")], pdf)
    hs = head(addr("Daniela Loor", "daniela.loor@navierapacificosur.com"),
              "Carta oferta – Analista de Datos Senior", "2026-12-11 16:30:12", GYE,
              "<BY5PR04MB69461122334455AA@BY5PR04MB6946.namprd04.prod.outlook.com>",
              hop="from NAM04-BN8-obe.outbound.protection.outlook.com (mail-bn8nam04on2110.outbound.protection."
                  "outlook.com [40.107.100.110])")
    return message(hs, mixed(alt(text(body), html(paras(body, style="font-family:Calibri,sans-serif"))), att))


@mail(n(27), family="job_alert", lang="es", interview=False, company=None,
      note="Job-board alert ('Entrevista inmediata', 'agenda tu entrevista'); no interview scheduled.")
def n_job_alert() -> bytes:
    body = t("""
        Hola Andrea, tenemos 12 nuevas vacantes para tu alerta "analista de datos logística – Guayaquil":

        ▸ Analista de Datos Logísticos – Importadora del Litoral – Guayaquil – $1.400
          Entrevista inmediata · Publicado hace 2 días
        ▸ Coordinador/a de Planificación de Transporte – Grupo Ceibo – Durán
          Postula hoy y agenda tu entrevista en línea
        ▸ Data Analyst Supply Chain (remoto) – NorthBay Retail – Remoto LATAM
        ▸ Analista BI – Cooperativa Río Guayas – Guayaquil
          Entrevistas esta semana · Publicado ayer

        Ver las 12 vacantes: https://www.trabajaya.ec/alertas/ver/55102

        ¿Ya no quieres recibir esta alerta? Desactívala aquí: https://www.trabajaya.ec/alertas/baja/55102
        TrabajaYa Ecuador · Guayaquil
        """)
    hs = head(addr("TrabajaYa Ecuador", "alertas@trabajaya.ec"),
              "12 nuevas vacantes: analista de datos logística – Guayaquil",
              "2026-09-14 07:00:03", GYE, "<alerta.55102.20260914120003@mailer.trabajaya.ec>",
              hop="from mailer.trabajaya.ec (mailer.trabajaya.ec [190.110.194.71])",
              extra=(("List-Unsubscribe", "<https://www.trabajaya.ec/alertas/baja/55102>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(paras(body))))


@mail(n(28), family="newsletter_tips", lang="es", interview=False, company=None,
      note="Career blog newsletter about technical interviews, with a live stream at a fixed time ('jueves 24 de "
           "septiembre a las 19h00'); not the reader's interview.", days=(("Thu", "2026-09-24"),))
def n_newsletter_blog() -> bytes:
    body = t("""
        Carrera Analítica – edición #87

        Cómo responder "cuéntame de ti" en una entrevista técnica de SQL

        Hola 👋

        Esta semana hablamos de la pregunta que abre casi todas las entrevistas: "cuéntame de ti". En una
        entrevista para analista de datos, tu respuesta debería durar menos de dos minutos y conectar tu
        experiencia con el negocio de la empresa (logística, retail, banca...).

        1. Empieza por el presente: qué haces hoy y con qué datos.
        2. Un logro medible: "reduje 12 % los quiebres de stock".
        3. Por qué esta empresa y por qué ahora.

        📺 Live de la comunidad: simulamos una entrevista técnica en vivo el jueves 24 de septiembre a las
        19h00 (hora de Ecuador) en nuestro canal de YouTube.

        ¡Nos leemos la próxima semana!
        Daniela y el equipo de Carrera Analítica

        Recibes este correo porque te suscribiste en carreraanalitica.com · Darse de baja
        """)
    hs = head(addr("Carrera Analítica", "hola@carreraanalitica.com"),
              "Cómo responder \"cuéntame de ti\" en una entrevista técnica de SQL",
              "2026-09-22 06:30:00", GYE, "<20260922113000.87.carreraanalitica@mail.beehiiv.com>",
              hop="from mail.beehiiv.com (mail.beehiiv.com [149.72.80.14])",
              extra=(("List-Unsubscribe", "<https://carreraanalitica.com/unsubscribe?id=ab12cd>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(paras(body))))


@mail(n(29), family="self_schedule_link", lang="en", interview=False, company="Keel & Compass Freight",
      note="Recruiter asks Andrea to pick a slot from a Calendly link ('grab a 30-minute slot next week'); no "
           "time fixed.")
def n_calendly_link() -> bytes:
    body = t("""
        Hi Andrea,

        Thanks for applying to the Network Analytics role at Keel & Compass! I'd love to set up a quick
        intro call. Please grab a 30-minute slot next week that works for you here:

        https://calendly.com/hannah-lowe-kcf/30min

        Times show up in your own time zone, so no math needed.

        Talk soon,
        Hannah Lowe
        Technical Recruiter | Keel & Compass Freight | Chicago, IL
        """)
    hs = head(addr("Hannah Lowe", "hannah.lowe@keelcompass.com"),
              "Intro call - Network Analytics at Keel & Compass", "2026-10-20 11:12:40", CHI,
              "<CAF2kLp0w8Z3mQn6Y1dRt7xV9b@mail.gmail.com>",
              hop="from mail-qt1-f182.google.com (mail-qt1-f182.google.com [209.85.160.182])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(30), family="recruiter_outreach", lang="es", interview=False, company="Talento Andino Consultores",
      note="Headhunter outreach asking for 20 minutes 'esta semana o la próxima'; no time fixed.")
def n_outreach_headhunter() -> bytes:
    body = t("""
        Estimada Andrea, buenos días:

        Mi nombre es Santiago Herrera, consultor senior en Talento Andino Consultores. Estamos apoyando a un
        operador logístico regional en la búsqueda de un/a Líder de Analítica de Operaciones para Guayaquil
        y su perfil en LinkedIn nos pareció muy alineado.

        ¿Tendría 20 minutos esta semana o la próxima para conversar? Con gusto me adapto a su agenda.

        Saludos cordiales,

        Santiago Herrera
        Consultor Senior | Talento Andino Consultores
        Quito - Guayaquil | +593 99 512 4470
        """)
    hs = head(addr("Santiago Herrera", "sherrera@talentoandino.com.ec"),
              "Oportunidad: Líder de Analítica de Operaciones (Guayaquil)", "2026-09-07 10:30:15", GYE,
              "<DM6PR08MB5147B0A1C2@DM6PR08MB5147.namprd08.prod.outlook.com>",
              hop="from NAM10-DM6-obe.outbound.protection.outlook.com (mail-dm6nam10on2060.outbound.protection."
                  "outlook.com [40.107.93.60])")
    return message(hs, alt(text(body, charset="iso-8859-1"),
                           html(paras(body, charset="iso-8859-1"), charset="iso-8859-1")))


@mail(n(31), family="proposed_not_confirmed", lang="es", interview=False, company="Frío Andino S.A.C.",
      note="Recruiter proposes two slots ('¿le vendría bien el jueves 15 de octubre a las 11h00 o el viernes 16 "
           "a las 9h00?') and waits for an answer: not confirmed -> negative. The later reschedule mail in the "
           "same thread is positive.", days=(("Thu", "2026-10-15"), ("Fri", "2026-10-16")))
def n_proposal_frioandino() -> bytes:
    body = t("""
        Estimada Andrea, buenos días.

        Gracias por su interés en la posición de Analista de Datos de Cadena de Frío. Nos gustaría
        conversar con usted junto con nuestro gerente de planta.

        ¿Le vendría bien el jueves 15 de octubre a las 11h00 o el viernes 16 a las 9h00 (hora de Lima)?
        Apenas me confirme le envío la invitación de Teams.

        Saludos cordiales,

        Mariela Quispe Huanca
        Coordinadora de Selección
        Frío Andino S.A.C. – Callao, Perú
        """)
    hs = head(addr("Mariela Quispe", "mquispe@frioandino.pe"),
              "Entrevista Analista de Datos – Frío Andino", "2026-10-08 12:05:33", LIM,
              "<PH0PR13MB4990A1B2@PH0PR13MB4990.namprd13.prod.outlook.com>",
              hop="from NAM11-DM6-obe.outbound.protection.outlook.com (mail-dm6nam11on2103.outbound.protection."
                  "outlook.com [40.107.223.103])",
              extra=(("Thread-Topic", enc("Entrevista Analista de Datos – Frío Andino")),
                     ("Content-Language", "es-PE")))
    return message(hs, alt(text(body), html(paras(body, style="font-family:Aptos,Calibri,sans-serif"))))


@mail(n(32), family="non_interview_calendar", lang="es", interview=False, company=None,
      note="Clinic appointment confirmation with ICS (dermatology, 'jueves 22 de octubre de 2026, 16h20'): a "
           "confirmed time, not an interview.", days=(("Thu", "2026-10-22"),))
def n_doctor() -> bytes:
    body = t("""
        Estimada Andrea Villacís:

        Su cita ha sido confirmada.

        Especialidad: Dermatología
        Profesional: Dra. Rocío Aguirre Santos
        Fecha: jueves 22 de octubre de 2026
        Hora: 16h20
        Lugar: Torre Médica 2, consultorio 507

        Por favor llegue 15 minutos antes para el registro en admisión. Si no puede asistir, cancele con al
        menos 24 horas de anticipación respondiendo CANCELAR o llamando al 04 380 1200.

        Clínica Santa Ana del Guayas
        """)
    cal = ics(prodid="-//Clinica Santa Ana//Agenda Web//ES", uid="cita-771204@clinicasantaana.ec",
              stamp="20261019T140000Z", start="20261022T162000", end="20261022T164000", tzid=GYE,
              summary="Cita Dermatología – Dra. Rocío Aguirre", organizer="CN=Clínica Santa Ana:mailto:citas@clinicasantaana.ec",
              attendees=[ATT_ME], location="Torre Médica 2, consultorio 507")
    hs = head(addr("Clínica Santa Ana del Guayas", "citas@clinicasantaana.ec"),
              "Confirmación de cita – Dermatología", "2026-10-19 09:00:41", GYE,
              "<cita-771204.20261019140041@clinicasantaana.ec>",
              hop="from correo.clinicasantaana.ec (correo.clinicasantaana.ec [181.198.40.12])")
    return message(hs, mixed(text(body), calendar(cal, cte="base64", disposition="attachment",
                                                  filename="cita.ics")))


@mail(n(33), family="personal_appointment", lang="es", interview=False, company=None,
      note="Estate agent confirms a flat viewing in Quito ('sábado 14 de noviembre a las 11h00'): fixed time, "
           "not an interview.", days=(("Sat", "2026-11-14"),))
def n_flat_viewing() -> bytes:
    body = t("""
        Buenas tardes Andrea,

        Le confirmo la visita al departamento de 2 dormitorios en La Carolina (calle Portugal y Av. 6 de
        Diciembre, edificio Altamira, piso 7) para el sábado 14 de noviembre a las 11h00. La propietaria
        estará presente para resolver sus dudas sobre el contrato y la garantía.

        Cualquier cambio me avisa por aquí o al WhatsApp 099 874 3321.

        Atentamente,
        Gonzalo Pazmiño
        Asesor inmobiliario - Inmobiliaria Mitad del Mundo
        """)
    hs = head(addr("Gonzalo Pazmiño", "gpazmino@mitaddelmundo-inmo.ec"),
              "Visita departamento La Carolina – confirmada", "2026-11-10 15:42:08", GYE,
              "<20261110204208.4417@mitaddelmundo-inmo.ec>",
              hop="from smtp.mitaddelmundo-inmo.ec (smtp.mitaddelmundo-inmo.ec [186.3.45.102])")
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(34), family="personal_appointment", lang="es", interview=False, company=None,
      note="Car-service booking confirmation ('martes 29/09 a las 07h30'): fixed time, not an interview.",
      days=(("Tue", "2026-09-29"),))
def n_car_service() -> bytes:
    body = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <h3 style="color:#c00000">AutoServicio Los Ceibos</h3>
        <p>Estimado(a) cliente <b>ANDREA VILLACIS</b>:</p>
        <p>Su cita de <b>mantenimiento preventivo 20.000 km</b> ha sido confirmada.</p>
        <table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:13px">
        <tr><td>Vehículo</td><td>Kia Soluto 2023 – GSL-4821</td></tr>
        <tr><td>Fecha</td><td>martes 29/09</td></tr>
        <tr><td>Hora de recepción</td><td>07h30</td></tr>
        <tr><td>Asesor de servicio</td><td>Wilson Tomalá</td></tr>
        </table>
        <p>Tiempo estimado del servicio: 3 horas. Contamos con sala de espera y wifi.</p>
        <p>Av. del Bombero km 6.5, Guayaquil · 04 285 3300</p>
        </body></html>
        """)
    hs = head(addr("AutoServicio Los Ceibos", "citas@autoservicioceibos.ec"),
              "Confirmación de cita de taller – GSL-4821", "2026-09-24 12:31:55", GYE,
              "<cita.taller.88213@autoservicioceibos.ec>",
              hop="from mail.autoservicioceibos.ec (mail.autoservicioceibos.ec [200.107.5.93])")
    return message(hs, html(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(35), family="personal_appointment", lang="es", interview=False, company=None,
      note="School summons for a parent-teacher 'entrevista con la docente tutora' ('miércoles 21 de octubre "
           "de 2026, 07h15'): an interview at a fixed time, but about Andrea's son, not a job -> negative.",
      days=(("Wed", "2026-10-21"),))
def n_parent_teacher() -> bytes:
    body = t("""
        Estimada Sra. Andrea Villacís, representante de Mateo Villacís (4.º EGB "B"):

        Por medio de la presente se le cita a una entrevista con la docente tutora, Lcda. Karina Suárez, para
        revisar el informe del primer quimestre y el plan de refuerzo en Matemática.

        Fecha: miércoles 21 de octubre de 2026
        Hora: 07h15
        Lugar: Sala de profesores, bloque B

        Favor confirmar su asistencia en la agenda escolar o respondiendo este correo.

        Atentamente,
        Inspección General
        Unidad Educativa Bilingüe San Gabriel del Mar
        """)
    hs = head(addr("Inspección General UEB San Gabriel del Mar", "inspeccion@sangabrieldelmar.edu.ec"),
              "Citación a entrevista – representante de Mateo Villacís (4.º EGB B)",
              "2026-10-16 13:05:19", GYE, "<CAGz1x0ue8kRrPq3@mail.sangabrieldelmar.edu.ec>",
              hop="from mail-pj1-f44.google.com (mail-pj1-f44.google.com [209.85.216.44])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(36), family="non_interview_calendar", lang="es", interview=False, company=None,
      note="Current employer's recurring stand-up ('Daily de cierre de inventarios', Mon-Fri 08:45, Exchange "
           "with SA Pacific Standard Time), sent to the personal address: not an interview.")
def n_standup_current_job() -> bytes:
    body = t("""
        Equipo, a partir del lunes hacemos un daily corto de 15 minutos para el cierre de inventarios de fin
        de trimestre. Andrea, te lo mando también a tu correo personal porque el Outlook del trabajo no te
        sincroniza en el celular.

        Héctor

        """) + TEAMS_ES.format(mid="MzQ1Njc4OWEtYjJj", num="219 448 002 117", code="bW9pRt")
    cal = ics(prodid="Microsoft Exchange Server 2010", uid="040000008200E00074C5B7101A82E00800000000f1e2d3c4b5a6db01",
              stamp="20260911T220000Z", start="20260914T084500", end="20260914T090000",
              tzid="SA Pacific Standard Time", summary="Daily de cierre de inventarios",
              organizer="CN=Héctor Salazar:mailto:hsalazar@distlitoral.com.ec",
              attendees=[f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME_NAME}:mailto:{ME}",
                         "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Andrea Villacís:mailto:"
                         "avillacis@distlitoral.com.ec",
                         "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Byron Macías:mailto:"
                         "bmacias@distlitoral.com.ec"],
              location="Reunión de Microsoft Teams", desc=body,
              extra=("RRULE:FREQ=WEEKLY;UNTIL=20261002T134500Z;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR;WKST=SU",
                     "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                     "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE"))
    hs = head(addr("Héctor Salazar", "hsalazar@distlitoral.com.ec"),
              "Daily de cierre de inventarios", "2026-09-11 17:00:00", GYE,
              "<CH2PR12MB4134D0C1B2A3@CH2PR12MB4134.namprd12.prod.outlook.com>",
              to=addr(ME_NAME, ME) + ", " + addr("Andrea Villacís", "avillacis@distlitoral.com.ec")
              + ", " + addr("Byron Macías", "bmacias@distlitoral.com.ec"),
              hop="from NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2049.outbound.protection."
                  "outlook.com [40.107.243.49])",
              extra=(("Thread-Topic", "Daily de cierre de inventarios"), ("Content-Language", "es-EC")))
    return message(hs, alt(text(body), html(paras(body, style="font-family:Calibri,sans-serif;font-size:11pt")),
                           calendar(cal, cte="base64")))


@mail(n(37), family="webinar", lang="en", interview=False, company=None,
      note="Zoom webinar registration 'Cracking the Supply Chain Analytics Interview', Thursday, October 1, "
           "2026 12:00 PM Eastern Time: a confirmed time, but a webinar.", days=(("Thu", "2026-10-01"),))
def n_webinar() -> bytes:
    body = t("""
        Hi Andrea Villacís,

        Thank you for registering for "Cracking the Supply Chain Analytics Interview".

        Please submit any questions to: events@datafreightacademy.com

        Date & Time: Oct 1, 2026 12:00 PM Eastern Time (US and Canada)

        Join from PC, Mac, Linux, iOS or Android:
        https://us06web.zoom.us/w/88120475521?tk=wV3x9Qy-AVILLACIS

        Or iPhone one-tap: +13092053325,,88120475521#

        You can cancel your registration at any time.

        DataFreight Academy
        """)
    hs = head(addr("DataFreight Academy", "no-reply@zoom.us"),
              "Cracking the Supply Chain Analytics Interview Confirmation", "2026-09-25 10:18:02", NYC,
              "<xGf3T8yLQ2a9Wb1sYkQ6dA@geopod-ismtpd-5.zoom.us>",
              hop="from o2.email.zoom.us (o2.email.zoom.us [192.254.114.176])",
              extra=(("Reply-To", addr("DataFreight Academy", "events@datafreightacademy.com")),))
    return message(hs, alt(text(body), html(paras(body))))


@mail(n(38), family="mock_interview", lang="es", interview=False, company=None,
      note="Career coach confirms a paid mock-interview session ('viernes 6 de noviembre, 18h00', 60 minutes): "
           "practice, not a job interview.", days=(("Fri", "2026-11-06"),))
def n_mock_interview_coach() -> bytes:
    body = t("""
        Hola Andrea!

        Qué bueno que te animaste. Te confirmo nuestra sesión de simulación de entrevista para el viernes 6
        de noviembre a las 18h00 por Zoom (60 minutos). Vamos a practicar la entrevista por competencias y
        la parte técnica de SQL como si fuera la de Naviera, y al final te doy retroalimentación por escrito.

        Link: https://us02web.zoom.us/j/7731904452
        Valor de la sesión: $35 (transferencia o Payphone).

        Un abrazo,
        Gabriela Ríos
        Coach de carrera · Ríos Coaching
        """)
    hs = head(addr("Gabriela Ríos", "gabriela@rioscoaching.ec"),
              "Sesión de simulación de entrevista – viernes 6/11", "2026-11-02 19:25:44", GYE,
              "<CAPr9Lq3vT0nW8mZs1aE4bK2@mail.gmail.com>",
              hop="from mail-oi1-f170.google.com (mail-oi1-f170.google.com [209.85.167.170])")
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(n(39), family="interviewer_request", lang="es", interview=False, company=None,
      note="Andrea's boss at her current job asks her to interview a candidate ('jueves 10 de septiembre a las "
           "11h00', Exchange invite 'Entrevista candidato Analista Jr.'): she is the interviewer, not a "
           "candidate -> negative.", days=(("Thu", "2026-09-10"),))
def n_interview_a_candidate() -> bytes:
    body = t("""
        Andre, ¿me ayudas entrevistando a un candidato para analista junior el jueves 10 de septiembre a las
        11h00? Es Kevin Morán, el que viene recomendado de Byron. Necesito que le evalúes la parte de Excel
        avanzado y Power BI, yo me encargo del resto. Te mandé la invitación.

        Gracias!
        Héctor

        """) + TEAMS_ES.format(mid="YTk4N2I2NWMtNGQz", num="257 003 884 601", code="Ex9pQa")
    cal = ics(prodid="Microsoft Exchange Server 2010", uid="040000008200E00074C5B7101A82E00800000000a0b1c2d3e4f5db01",
              stamp="20260908T153000Z", start="20260910T110000", end="20260910T114500",
              tzid="SA Pacific Standard Time", summary="Entrevista candidato Analista Jr. – Kevin Morán",
              organizer="CN=Héctor Salazar:mailto:hsalazar@distlitoral.com.ec",
              attendees=[f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME_NAME}:mailto:{ME}",
                         "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kevin.moran.ec@example.com:"
                         "mailto:kevin.moran.ec@example.com"],
              location="Sala de reuniones 2 / Microsoft Teams", desc=body,
              extra=("X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"))
    hs = head(addr("Héctor Salazar", "hsalazar@distlitoral.com.ec"),
              "Entrevista candidato Analista Jr. – Kevin Morán", "2026-09-08 10:30:00", GYE,
              "<CH2PR12MB41347F6E5D4C@CH2PR12MB4134.namprd12.prod.outlook.com>",
              hop="from NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2070.outbound.protection."
                  "outlook.com [40.107.243.70])",
              extra=(("Thread-Topic", enc("Entrevista candidato Analista Jr. – Kevin Morán")),
                     ("Content-Language", "es-EC")))
    return message(hs, alt(text(body), html(paras(body, style="font-family:Calibri,sans-serif;font-size:11pt")),
                           calendar(cal, cte="base64")))


@mail(n(40), family="auto_reply", lang="en", interview=False, company="Harborline Analytics",
      note="Out-of-office auto-reply from the Harborline recruiter to Andrea's thank-you note; dates of absence "
           "only.", days=(("Thu", "2026-09-24"), ("Mon", "2026-09-28")))
def n_auto_reply() -> bytes:
    body = t("""
        Hi there,

        Thanks for your email! I'm out of the office from Thursday, September 24 through Monday,
        September 28 with limited access to email. If your message is about an upcoming interview,
        please reach out to recruiting@harborline.io and a member of the team will help.

        Best,
        Megan
        """)
    hs = head(addr("Megan O'Connell", "megan.oconnell@harborline.io"),
              "Automatic reply: Thank you - Andrea Villacís", "2026-09-24 08:02:11", NYC,
              "<a7c1e9f0b2d34e58@harborline.io>",
              hop="from mail-sn1nam02on2092.outbound.protection.outlook.com ([40.107.96.92])",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAH7p+Qy9Lm2@mail.example.org>")))
    return message(hs, text(body, cte="7bit"))


@mail(n(41), family="bounce", lang="es", interview=False, company=None,
      note="Bounce of Andrea's own reply confirming the Cordillera interview ('Confirmo mi asistencia a la "
           "entrevista del viernes 11 de septiembre a las 10h00') to a mistyped address: a delivery failure "
           "from the mail system, not a confirmation from the employer.", days=(("Fri", "2026-09-11"),))
def n_bounce() -> bytes:
    orig_body = t("""
        Hola Valeria,

        Muchas gracias. Confirmo mi asistencia a la entrevista del viernes 11 de septiembre a las 10h00.

        Saludos,
        Andrea Villacís
        """)
    orig = message(head(addr(ME_NAME, ME), "Re: Confirmación de entrevista: Analista de Datos Logísticos – "
                        "Cordillera Freight", "2026-09-08 10:01:12", GYE, "<CAH7p+Qw3Ee1@mail.example.org>",
                        to=addr("Valeria Paredes", "valeria.paredes@cordillerafreigth.ec")),
                   text(orig_body))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <valeria.paredes@cordillerafreigth.ec>: Host or domain name not found. Name
            service error for name=cordillerafreigth.ec type=MX: Host not found, try again
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Q7KzM1xTbz9tL
        X-Postfix-Sender: rfc822; andrea.villacis@example.org
        Arrival-Date: Tue,  8 Sep 2026 15:01:13 +0000 (UTC)

        Final-Recipient: rfc822; valeria.paredes@cordillerafreigth.ec
        Original-Recipient: rfc822;valeria.paredes@cordillerafreigth.ec
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=cordillerafreigth.ec type=MX: Host not found, try again
        """)
    report = multipart("report", text(notice, cte="7bit", extra=(("Content-Description", "Notification"),)),
                         raw_part([("Content-Description", "Delivery report"),
                                   ("Content-Type", "message/delivery-status")], status),
                         attached_message(orig), params="report-type=delivery-status")
    hs = head(addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.org"),
              "Undelivered Mail Returned to Sender", "2026-09-08 10:01:15", GYE,
              "<20260908150115.9A2C11A0467@mx1.example.org>",
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


@mail(n(42), family="mailing_list", lang="es", interview=False, company=None,
      note="Community mailing-list post announcing a meetup ('jueves 19 de noviembre, 19h00'): not an interview.",
      days=(("Thu", "2026-11-19"),))
def n_mailing_list_meetup() -> bytes:
    body = t("""
        Hola comunidad 👋

        Les cuento que ya tenemos fecha para el meetup de noviembre:

        🗓 jueves 19 de noviembre, 19h00
        📍 Coworking La Bahía, Av. 9 de Octubre 1911, Guayaquil (también por streaming)
        🎤 "Optimización de rutas de última milla con Python y OR-Tools" – Luis Chiriboga
        🎤 Lightning talk: "Cómo preparé mi entrevista técnica de analista (y qué haría distinto)" – Dayana Peña

        Inscripción gratuita (cupos limitados): https://datosgye.example/meetup-nov

        ¡Los esperamos!
        Luis

        --
        Recibiste este mensaje porque estás suscrito al grupo "Datos GYE" de Google Groups.
        Para anular la suscripción a este grupo, envía un correo electrónico a datos-gye+unsubscribe@googlegroups.com.
        """)
    hs = head(addr("Luis Chiriboga", "luischiriboga@example.com"),
              "[datos-gye] Meetup de noviembre: optimización de rutas con Python", "2026-11-12 20:14:09", GYE,
              "<CAKx8rT0pN2mQ5vLz7Yb1Ws3@mail.gmail.com>",
              to=addr("Datos GYE", "datos-gye@googlegroups.com"),
              hop="from mail-sor-f65.google.com (mail-sor-f65.google.com [209.85.220.65])",
              extra=(("Sender", "datos-gye@googlegroups.com"), ("Mailing-list", "list datos-gye@googlegroups.com;"
                                                                " contact datos-gye+owners@googlegroups.com"),
                     ("List-ID", "<datos-gye.googlegroups.com>"), ("Precedence", "list"),
                     ("List-Unsubscribe", "<mailto:datos-gye+unsubscribe@googlegroups.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(43), family="job_centre", lang="es", interview=False, company=None,
      note="Municipal employment office books an orientation appointment ('entrevista inicial de orientación "
           "laboral', 'lunes 14 de septiembre de 2026, 09h30'): fixed time, but a job-centre appointment, not "
           "a job interview with an employer.", days=(("Mon", "2026-09-14"),))
def n_job_centre() -> bytes:
    body = t("""
        Estimado(a) ciudadano(a) ANDREA VILLACÍS:

        Su cita en la Bolsa de Empleo Municipal ha sido agendada con éxito.

        Servicio: Entrevista inicial de orientación laboral y registro de hoja de vida
        Fecha: lunes 14 de septiembre de 2026
        Hora: 09h30
        Lugar: Oficina Norte – Centro Municipal de Empleo, ventanilla 4 (Av. Francisco de Orellana, Mall El Fortín)

        Requisitos: cédula de identidad original, hoja de vida actualizada y certificado de votación.

        Si no puede asistir, reagende su turno en https://turnos.bolsaempleo-gye.ec con su número de cédula.

        Bolsa de Empleo Municipal de Guayaquil
        Este es un mensaje automático, no responda a este correo.
        """)
    hs = head(addr("Bolsa de Empleo Municipal", "turnos@bolsaempleo-gye.ec", "iso-8859-1"),
              "Confirmación de turno - Orientación laboral", "2026-09-09 11:47:30", GYE,
              "<turno.2026.0914.0930.v4.118826@bolsaempleo-gye.ec>", charset="iso-8859-1",
              hop="from correo.bolsaempleo-gye.ec (correo.bolsaempleo-gye.ec [186.101.92.14])")
    return message(hs, text(body.replace("–", "-"), charset="iso-8859-1"))


@mail(n(44), family="admission_interview", lang="es", interview=False, company=None,
      note="Business school admission interview for an Executive MBA ('martes 27 de octubre de 2026 a las "
           "18h30', Zoom): an interview at a fixed time, but for a study programme, not a job -> negative.",
      days=(("Tue", "2026-10-27"),))
def n_mba_admission() -> bytes:
    body = t("""
        Estimada Andrea:

        Gracias por completar su postulación al MBA Ejecutivo 2027. Nos complace invitarla a la entrevista
        de admisión con el comité académico, que se realizará el martes 27 de octubre de 2026 a las 18h30
        (hora de Ecuador) por Zoom, con una duración de 30 minutos.

        Enlace: https://enp-edu.zoom.us/j/91820337461
        Entrevistador: PhD. Álvaro Cornejo, Director Académico

        Le recomendamos tener a mano su ensayo de motivación. Le agradeceremos confirmar su asistencia.

        Cordialmente,
        Carolina Espinel
        Oficina de Admisiones – Escuela de Negocios del Pacífico
        """)
    hs = head(addr("Carolina Espinel", "cespinel@enp.edu.ec"),
              "Entrevista de admisión – MBA Ejecutivo 2027", "2026-10-21 16:20:55", GYE,
              "<MN2PR01MB5309E4D3C2B1@MN2PR01MB5309.prod.exchangelabs.com>",
              hop="from NAM12-MW2-obe.outbound.protection.outlook.com (mail-mw2nam12on2125.outbound.protection."
                  "outlook.com [40.107.244.125])")
    return message(hs, alt(text(body), html(paras(body, style="font-family:Calibri,sans-serif"))))


@mail(n(45), family="press", lang="en", interview=False, company=None,
      note="A reporter confirms a phone interview WITH Andrea for an article ('Wednesday, Nov 25 at 11 AM ET'): "
           "press, not a job interview.", days=(("Wed", "2026-11-25"),))
def n_journalist() -> bytes:
    body = t("""
        Hi Andrea,

        Perfect, thank you! Confirming our phone interview for the piece on nearshoring and Ecuadorian port
        congestion: Wednesday, Nov 25 at 11 AM ET, which I believe is also 11 AM for you now that we're off
        daylight time. I'll call the mobile number you sent. It should take 20-25 minutes.

        I'll send quotes for a fact check before we publish.

        Best,
        Caroline Medina
        Staff Reporter, Port & Freight Review
        """)
    hs = head(addr("Caroline Medina", "cmedina@portfreightreview.com"),
              "Re: Interview request - nearshoring & Ecuadorian ports", "2026-11-20 14:33:18", NYC,
              "<CAE5mTq8yR2nP0vXz4Lb6Ja1@mail.gmail.com>",
              hop="from mail-lj1-f171.google.com (mail-lj1-f171.google.com [209.85.208.171])",
              extra=(("In-Reply-To", "<CAH7p+Qz7Rk4@mail.example.org>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(46), family="podcast", lang="es", interview=False, company=None,
      note="Podcast host confirms a recording with Andrea as guest ('martes 8 de diciembre a las 17h00', "
           "Google Calendar ICS attached): a confirmed time, not a job interview.", days=(("Tue", "2026-12-08"),))
def n_podcast() -> bytes:
    body = t("""
        Hola Andrea,

        ¡Confirmadísimo! Grabamos el episodio de "Datos en Ruta" el martes 8 de diciembre a las 17h00 por
        Riverside (te llega el link aparte). La idea es una entrevista de unos 40 minutos sobre cómo pasaste
        de operaciones portuarias a analítica de datos.

        Te mandé la invitación al calendario.

        Gracias por animarte!!
        Sebastián Moreira
        Datos en Ruta – el podcast de logística y datos
        """)
    cal = ics(prodid="-//Google Inc//Google Calendar 70.9054//EN", uid="7d1pq3ka92m5sj8e0v6tb4n1hc@google.com",
              stamp="20261202T231500Z", start="20261208T170000", end="20261208T180000", tzid=GYE,
              summary="Grabación Datos en Ruta – invitada: Andrea Villacís",
              organizer="CN=Sebastián Moreira:mailto:sebastian@datosenruta.fm", attendees=[ATT_ME],
              location="Riverside.fm")
    hs = head(addr("Sebastián Moreira", "sebastian@datosenruta.fm"),
              "Grabación Datos en Ruta – confirmado 8/12", "2026-12-02 18:15:27", GYE,
              "<CAM4nLr8kP1xY6vTz3Qa0Wd9@mail.gmail.com>",
              hop="from mail-wr1-f52.google.com (mail-wr1-f52.google.com [209.85.221.52])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(cal, cte="base64", disposition="attachment", filename="invite.ics")))


@mail(n(47), family="sports_tryout", lang="es", interview=False, company=None,
      note="Volleyball club try-out ('pruebas de selección', 'sábado 12 de septiembre, 08h00'): fixed time, not "
           "a job interview.", days=(("Sat", "2026-09-12"),))
def n_volley_tryout() -> bytes:
    body = t("""
        Hola Andrea,

        Recibimos tu inscripción para las pruebas de selección del equipo femenino máster (+30) de vóley.
        Te esperamos el sábado 12 de septiembre a las 08h00 en el coliseo del club (Av. Barcelona y calle
        El Oro). Trae ropa deportiva, rodilleras e hidratación; la prueba dura unas dos horas.

        ¡Éxitos!
        Coordinación de Vóley
        Club Deportivo Estero Salado
        """)
    hs = head(addr("Club Deportivo Estero Salado", "voley@cdesterosalado.ec"),
              "Pruebas de selección vóley femenino máster – sábado 12/09", "2026-09-07 20:40:02", GYE,
              "<5f9a2c1e.voley.20260908014002@cdesterosalado.ec>",
              hop="from mail.cdesterosalado.ec (mail.cdesterosalado.ec [190.63.171.8])")
    return message(hs, text(body, cte="8bit"))


@mail(n(48), family="personal_appointment", lang="es", interview=False, company=None,
      note="Bank confirms a meeting with an investment advisor ('viernes 4 de diciembre de 2026 a las 10h00'): "
           "fixed time, not an interview.", days=(("Fri", "2026-12-04"),))
def n_bank_advisor() -> bytes:
    body = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#003a5d">
        <p><img src="https://bancodellitoral.example/img/logo-correo.png" alt="Banco del Litoral" width="180"></p>
        <p>Estimada <b>Andrea Villacís</b>:</p>
        <p>Le confirmamos su cita con su asesor de inversiones.</p>
        <ul>
        <li><b>Fecha:</b> viernes 4 de diciembre de 2026</li>
        <li><b>Hora:</b> 10h00</li>
        <li><b>Agencia:</b> Urdesa Central – Av. Víctor Emilio Estrada 812</li>
        <li><b>Asesor:</b> Fernando Ycaza</li>
        <li><b>Tema:</b> Póliza de acumulación / fondo de cesantía</li>
        </ul>
        <p>Recuerde presentar su cédula. Banco del Litoral nunca le solicitará claves por correo electrónico.</p>
        <p style="font-size:11px;color:#777">Mensaje generado automáticamente. No responda a este correo.</p>
        </body></html>
        """)
    hs = head(addr("Banco del Litoral", "notificaciones@bancodellitoral.com.ec"),
              "Confirmación de cita con su asesor", "2026-11-30 09:05:00", GYE,
              "<notif.citas.20261130140500.77124@bancodellitoral.com.ec>",
              hop="from smtp-out2.bancodellitoral.com.ec (smtp-out2.bancodellitoral.com.ec [200.24.140.22])")
    return message(hs, html(body, cte="base64"))


@mail(n(49), family="forwarded_other_person", lang="es", interview=False, company=None,
      note="A friend forwards HIS OWN interview confirmation ('le confirmamos su entrevista el jueves 29 de "
           "octubre a las 11h00', addressed to Diego) asking Andrea for help preparing: a real confirmation, "
           "but not Andrea's interview -> negative.", days=(("Thu", "2026-10-29"),))
def n_friend_forward() -> bytes:
    body = t("""
        Andre!! mira, me llamaron de Manglar 🙌 ¿me ayudas a preparar el fin de semana? tú ya pasaste por eso
        jaja. Te invito el encebollado.

        ---------- Forwarded message ---------
        De: Lorena Vélez <lvelez@manglarlogistics.com>
        Date: vie, 23 oct 2026 a las 17:52
        Subject: Confirmación de entrevista – Analista de Operaciones
        To: Diego Alvarado <diego.alvarado@example.com>


        Estimado Diego:

        Le confirmamos su entrevista para el cargo de Analista de Operaciones el jueves 29 de octubre a las
        11h00 en nuestras oficinas del Puerto Santa Ana (Edificio The Point, piso 18).

        Por favor traiga su cédula y llegue con 10 minutos de anticipación.

        Saludos cordiales,
        Lorena Vélez
        Selección de Personal – Manglar Logistics
        """)
    hs = head(addr("Diego Alvarado", "diego.alvarado@example.com"),
              "Fwd: Confirmación de entrevista – Analista de Operaciones", "2026-10-23 20:10:44", GYE,
              "<CAD1vA9rX3mP7qLz2Tb8Wn5@mail.gmail.com>",
              hop="from mail-ua1-f48.google.com (mail-ua1-f48.google.com [209.85.222.48])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(50), family="rejection", lang="en", interview=False, company="Harborline Analytics",
      note="Lever rejection after the 22 September interview ('Thank you for interviewing with us on "
           "September 22'): nothing scheduled.", days=(("Tue", "2026-09-22"),))
def n_lever_rejection() -> bytes:
    body = t("""
        Hi Andrea,

        Thank you for interviewing with us on September 22 for the Supply Chain Data Analyst role, and for
        the time you spent getting to know the team.

        After a lot of thought, we've decided to move forward with other candidates whose experience more
        closely matches what we need right now. This was a tough decision, and we were impressed by your
        work on carrier scorecards.

        We'll keep your profile on file and may reach out about future openings. Best of luck in your search!

        Warmly,
        Megan O'Connell
        Talent Acquisition, Harborline Analytics
        """)
    hs = head(addr("Harborline Analytics", "no-reply@hire.lever.co"),
              "Update on your application to Harborline Analytics", "2026-10-02 13:40:22", NYC,
              "<20261002174022.8a1f3c5e77d0@hire.lever.co>",
              hop="from mail-a.hire.lever.co (mail-a.hire.lever.co [198.2.180.12])",
              extra=(("Reply-To", addr("Megan O'Connell", "megan.oconnell@harborline.io")),))
    return message(hs, alt(text(body, cte="7bit"), html(paras(body), cte="7bit")))
