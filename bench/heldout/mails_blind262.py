"""blind262: 50 hand-written mails from the inbox of Martina Giménez, a wine-export logistics
coordinator in Mendoza (America/Argentina/Mendoza, UTC-3 all year), September-December 2026.

Registered into make.REGISTRY["blind262"]; built and checked by
``python3 bench/heldout/make_blind.py blind262``. The mail written key-th is
``blind262_{ORDER[key-1]:03d}.eml``; keys 1-23 are positives, 24-50 negatives.
Written blind: without reading the detector, its tests, or any other held-out mails.
"""

from __future__ import annotations

import base64
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
)

ORDER = random.Random(2620262).sample(range(1, 51), 50)

ME = "martina.gimenez@example.org"
ME_H = addr("Martina Giménez", ME)
MZA = "America/Argentina/Mendoza"
BA = "America/Argentina/Buenos_Aires"
COR = "America/Argentina/Cordoba"
SJ = "America/Argentina/San_Juan"
SCL = "America/Santiago"
NY = "America/New_York"
CHI = "America/Chicago"
UTC_Z = "UTC"


def n(key: int) -> str:
    return f"blind262_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, relay: str, mxid: str,
         to: str = ME_H, extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8") -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then the extra headers."""
    return [
        ("Delivered-To", ME),
        ("Received", received(relay, when, zone, f"mx2.example.org (Postfix) with ESMTPS id {mxid}", ME)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


VTZ_MZA = """BEGIN:VTIMEZONE
TZID:America/Argentina/Mendoza
X-LIC-LOCATION:America/Argentina/Mendoza
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
TZNAME:-03
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

VTZ_SJ = """BEGIN:VTIMEZONE
TZID:America/Argentina/San_Juan
X-LIC-LOCATION:America/Argentina/San_Juan
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
TZNAME:GMT-03:00
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

VTZ_SCL = """BEGIN:VTIMEZONE
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

VTZ_ARG_WIN = """BEGIN:VTIMEZONE
TZID:Argentina Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:DAYLIGHT
END:VTIMEZONE"""

VTZ_CHILE_WIN = """BEGIN:VTIMEZONE
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


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-11-03T15:00:00Z", end="2026-11-03T15:45:00Z",
      contact="dana.whitcomb@hudsonpike.com", company="Hudson & Pike Wine Imports",
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 10:45", zone=NY,
      note="Greenhouse confirmation sent Wed 28 Oct in EDT; 'Tuesday, November 3, 10:00-10:45 AM Eastern' "
           "falls after US DST ends (1 Nov) so EST UTC-5 -> 15:00Z; ICS agrees; contact = human Reply-To")
def p01() -> bytes:
    body = t("""
        Hi Martina,

        Thanks again for your interest in the Logistics Manager, South America Imports role at
        Hudson & Pike Wine Imports. Your interview has been confirmed - details below.

        Interview: Hiring Manager Interview
        Date: Tuesday, November 3, 2026
        Time: 10:00 AM - 10:45 AM Eastern Time (US & Canada)
        Location: Zoom - https://hudsonpike.zoom.us/j/84120375519

        You'll be meeting with:
          Grant Ellery - Director of Supply Chain

        If you need to reschedule, just reply to this email and it will reach Dana Whitcomb.

        Best,
        Hudson & Pike Recruiting Team

        Powered by Greenhouse
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
        <p>Hi Martina,</p>
        <p>Thanks again for your interest in the <b>Logistics Manager, South America Imports</b> role at
        Hudson &amp; Pike Wine Imports. Your interview has been confirmed - details below.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview</b></td><td>Hiring Manager Interview</td></tr>
        <tr><td><b>Date</b></td><td>Tuesday, November 3, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM - 10:45 AM Eastern Time (US &amp; Canada)</td></tr>
        <tr><td><b>Location</b></td><td><a href="https://hudsonpike.zoom.us/j/84120375519">Zoom</a></td></tr>
        </table>
        <p>You'll be meeting with:<br>Grant Ellery - Director of Supply Chain</p>
        <p>If you need to reschedule, just reply to this email and it will reach Dana Whitcomb.</p>
        <p>Best,<br>Hudson &amp; Pike Recruiting Team</p>
        <p style="color:#999;font-size:11px">Powered by Greenhouse</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ[NY]}
BEGIN:VEVENT
UID:gh-interview-70418823-5d1c@greenhouse.io
DTSTAMP:20261028T181237Z
DTSTART;TZID=America/New_York:20261103T100000
DTEND;TZID=America/New_York:20261103T104500
SUMMARY:Interview: Martina Giménez <> Hudson & Pike Wine Imports
LOCATION:https://hudsonpike.zoom.us/j/84120375519
ORGANIZER;CN=Dana Whitcomb:mailto:dana.whitcomb@hudsonpike.com
ATTENDEE;CN=Martina Giménez;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Hudson & Pike Wine Imports", "no-reply@us.greenhouse-mail.io"),
             "Interview Confirmation: Logistics Manager, South America Imports", "2026-10-28 14:12:37", NY,
             "<0100019a2b7c4e1f-8d2e6c55-1b0a-4f7e-9a3c-5e4d2a1b0c9f-000000@email.amazonses.com>",
             relay="from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
             mxid="4Kq7Zr1xYbz3Wm", extra=(("Reply-To", addr("Dana Whitcomb", "dana.whitcomb@hudsonpike.com")),))
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(2), family="lever", lang="es-AR", interview=True, kind="scheduled",
      start="2026-09-17T18:00:00Z", end="2026-09-17T18:45:00Z",
      contact="carolina.benitez@andessur.com.ar", company="Transportes Andes Sur",
      local="Thu 2026-09-17 15:00", local_end="2026-09-17 15:45", zone=BA,
      note="Lever (Spanish) 'jueves 17 de septiembre, 15:00 a 15:45 (hora de Argentina)', UTC-3 -> 18:00Z; "
           "contact = human Reply-To, sender is Lever no-reply")
def p02() -> bytes:
    body = t("""
        Hola Martina:

        ¡Gracias por tu interés en Transportes Andes Sur! Te confirmamos la entrevista para la
        posición Coordinadora de Tráfico Internacional (Buenos Aires / híbrido).

        Fecha: jueves 17 de septiembre de 2026
        Horario: 15:00 a 15:45 (hora de Argentina)
        Modalidad: videollamada por Google Meet - meet.google.com/wxr-pkab-tuv
        Entrevistadora: Carolina Benítez, Talent Acquisition

        Si necesitás cambiar el horario, respondé este correo.

        Saludos,
        Equipo de Selección - Transportes Andes Sur
        """)
    page = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hola Martina:</p>
        <p>¡Gracias por tu interés en Transportes Andes Sur! Te confirmamos la entrevista para la
        posición <strong>Coordinadora de Tráfico Internacional (Buenos Aires / híbrido)</strong>.</p>
        <ul>
        <li><strong>Fecha:</strong> jueves 17 de septiembre de 2026</li>
        <li><strong>Horario:</strong> 15:00 a 15:45 (hora de Argentina)</li>
        <li><strong>Modalidad:</strong> videollamada por Google Meet -
        <a href="https://meet.google.com/wxr-pkab-tuv">meet.google.com/wxr-pkab-tuv</a></li>
        <li><strong>Entrevistadora:</strong> Carolina Benítez, Talent Acquisition</li>
        </ul>
        <p>Si necesitás cambiar el horario, respondé este correo.</p>
        <p>Saludos,<br>Equipo de Selección - Transportes Andes Sur</p>
        <p style="font-size:11px;color:#888">Enviado con Lever</p>
        </div>
        """)
    h = head(addr("Transportes Andes Sur", "no-reply@hire.lever.co"),
             "Confirmación de entrevista - Transportes Andes Sur", "2026-09-14 11:05:12", BA,
             "<20260914140512.3f9a1c7e2b@hire.lever.co>",
             relay="from mail-a12.hire.lever.co (mail-a12.hire.lever.co [198.2.180.12])",
             mxid="4Hb2Lm0sQpz1Tc",
             extra=(("Reply-To", addr("Carolina Benítez", "carolina.benitez@andessur.com.ar")),))
    return message(h, alt(text(body), html(page)))


@mail(n(3), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-10-07T16:30:00Z", end="2026-10-07T17:15:00Z",
      contact="priya@corkline.io", company="Corkline",
      local="Wed 2026-10-07 13:30", local_end="2026-10-07 14:15", zone=MZA,
      note="Ashby shows the candidate's zone: 'Wednesday, October 7, 2026, 1:30 PM - 2:15 PM (GMT-03:00) "
           "Argentina Time' -> 16:30Z; ICS in Z agrees; Date header in UTC; contact = Reply-To recruiter")
def p03() -> bytes:
    body = t("""
        Hi Martina,

        Your interview with Corkline is confirmed. We're looking forward to speaking with you!

        Wednesday, October 7, 2026
        1:30 PM - 2:15 PM (GMT-03:00) Argentina Time
        Google Meet: https://meet.google.com/cor-kline-ops

        You'll meet with:
          Ben Sato - Head of Fulfillment Operations

        Role: Fulfillment & Export Operations Lead (Remote, LATAM)

        Questions? Just reply and it will reach Priya Natarajan.

        Thanks,
        Corkline Recruiting
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:2f6d0c1e-7a44-4b7e-b3a0-6c5c0e9d81aa
DTSTAMP:20261002T122004Z
DTSTART:20261007T163000Z
DTEND:20261007T171500Z
SEQUENCE:0
SUMMARY:Corkline - Fulfillment & Export Operations Lead Interview
LOCATION:https://meet.google.com/cor-kline-ops
ORGANIZER;CN=Priya Natarajan:mailto:priya@corkline.io
ATTENDEE;CN=Martina Gimenez;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Corkline", "no-reply@ashbyhq.com"),
             "Interview confirmed: Fulfillment & Export Operations Lead at Corkline", "2026-10-02 12:20:04", UTC_Z,
             "<0100019a4e6f1b22-6a0c3d9e-2f11-4c8a-bd3e-81f0a2c4d6e7-000000@email.amazonses.com>",
             relay="from a8-33.smtp-out.amazonses.com (a8-33.smtp-out.amazonses.com [54.240.8.33])",
             mxid="4Hx9Ck2wLfz6Rn", extra=(("Reply-To", addr("Priya Natarajan", "priya@corkline.io")),))
    return message(h, mixed(alt(text(body, cte="base64"),
                                html("<p>" + body.replace("&", "&amp;").replace("\n\n", "</p>\n<p>")
                                     .replace("\n", "<br>\n") + "</p>\n", cte="base64")),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(4), family="workday", lang="es-AR", interview=True, kind="scheduled",
      start="2026-09-28T13:30:00Z", end=None,
      contact="lucia.ferreyra@altostupungato.com.ar", company="Bodegas Altos del Tupungato",
      local="Mon 2026-09-28 10:30", zone=MZA,
      note="Workday HTML-only base64, 'lunes 28 de septiembre de 2026, 10:30 hs' in Mendoza (UTC-3) -> 13:30Z; "
           "'duración aproximada de una hora' -> end null; contact = the coordinator's address in the body")
def p04() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f3f3f3">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="padding:20px;border-bottom:3px solid #7a1f3d">
        <span style="font-size:18px;color:#7a1f3d">Bodegas Altos del Tupungato</span></td></tr>
        <tr><td style="padding:20px">
        <p>Estimada Martina Giménez:</p>
        <p>Nos complace invitarla a una entrevista presencial para la posición
        <b>Jefa de Logística de Exportación (R-0217)</b>.</p>
        <p><b>Día y hora:</b> lunes 28 de septiembre de 2026, 10:30 hs<br>
        <b>Lugar:</b> Bodega - Ruta Provincial 89 km 12, Gualtallary, Tupungato, Mendoza<br>
        <b>Duración:</b> aproximada de una hora (incluye recorrido por el área de despacho)</p>
        <p>Por favor presentarse con DNI en la guardia de ingreso.</p>
        <p>Ante cualquier consulta, puede escribir a Lucía Ferreyra
        (<a href="mailto:lucia.ferreyra@altostupungato.com.ar">lucia.ferreyra@altostupungato.com.ar</a>),
        Analista de Selección.</p>
        <p>Saludos cordiales,<br>Recursos Humanos<br>Bodegas Altos del Tupungato</p>
        </td></tr>
        <tr><td style="padding:12px 20px;font-size:11px;color:#999">Este es un mensaje automático enviado
        desde Workday. No responda a este correo.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    h = head(addr("Bodegas Altos del Tupungato", "altostupungato@myworkday.com"),
             "Invitación a entrevista - Jefa de Logística de Exportación", "2026-09-22 16:40:51", MZA,
             "<1792435561.48211.1790192451099@wd5-prod-mailer-03.myworkday.com>",
             relay="from wd5-prod-mailer-03.myworkday.com (wd5-prod-mailer-03.myworkday.com [216.85.160.43])",
             mxid="4Hn3Pq6vRtz8Kd")
    return message(h, html(page, cte="base64"))


@mail(n(5), family="smartrecruiters", lang="es-AR", interview=True, kind="scheduled",
      start="2026-10-13T14:00:00Z", end="2026-10-13T14:45:00Z",
      contact="molmedo@agromediterranea.com.ar", company="Agroexport Mediterránea",
      local="Tue 2026-10-13 11:00", local_end="2026-10-13 11:45", zone=COR,
      note="SmartRecruiters, 'mar 13/10 a las 11 hs (hora de Córdoba)', 45 minutos -> 14:00Z-14:45Z; "
           "Argentina UTC-3; contact = hiring manager in Reply-To")
def p05() -> bytes:
    body = t("""
        Hola Martina,

        ¡Buenas noticias! Tu entrevista para Analista Senior de Comercio Exterior en
        Agroexport Mediterránea quedó agendada:

          mar 13/10 a las 11 hs (hora de Córdoba)
          Duración: 45 minutos
          Entrevista por video: https://meet.google.com/agx-medt-013

        Participan:
          Martín Olmedo - Gerente de Operaciones
          Sabrina Luque - HR Business Partner

        Podés agregar el evento a tu calendario desde tu portal de candidata.

        Saludos,
        Agroexport Mediterránea S.A.
        --
        Este correo fue enviado a través de SmartRecruiters en nombre de Agroexport Mediterránea.
        """)
    h = head(addr("Agroexport Mediterránea", "noreply@smartrecruiters.com"),
             "Tu entrevista con Agroexport Mediterránea está confirmada", "2026-10-08 10:02:19", COR,
             "<2f8a1c5e.7b3d.4e90.a6c1.2d9f0b8e4a31@smartrecruiters.com>",
             relay="from mta-192-29.smartrecruiters.com (mta-192-29.smartrecruiters.com [159.135.192.29])",
             mxid="4Hp1Vz7cTmz2Qx",
             extra=(("Reply-To", addr("Martín Olmedo", "molmedo@agromediterranea.com.ar")),))
    return message(h, alt(text(body, charset="iso-8859-1"),
                          html("<pre style=\"font-family:Arial\">" + body + "</pre>\n", charset="iso-8859-1")))


@mail(n(6), family="teamtailor", lang="es-CL", interview=True, kind="scheduled",
      start="2026-09-08T13:00:00Z", end="2026-09-08T13:30:00Z",
      contact="catalina.rojas@cerromaipo.cl", company="Viña Cerro Maipo",
      local="Tue 2026-09-08 10:00", local_end="2026-09-08 10:30", zone=SCL,
      note="Teamtailor from a Chilean winery sent Thu 3 Sep (Santiago UTC-4); interview 'martes 8 de septiembre "
           "10:00 hora de Chile continental' is after Chile's DST start (Sun 6 Sep) so UTC-3 -> 13:00Z; "
           "ICS TZID America/Santiago agrees; contact = Reply-To recruiter")
def p06() -> bytes:
    body = t("""
        Hola Martina,

        Gracias por postular al cargo de Coordinadora de Exportaciones (mercado Argentina-Brasil)
        en Viña Cerro Maipo. Te confirmo la entrevista:

        📅 martes 8 de septiembre de 2026
        🕙 10:00 a 10:30 (hora de Chile continental)
        📍 Microsoft Teams (el enlace va en la invitación adjunta)

        Conversarás conmigo y con Joaquín Vergara, jefe de Logística.

        Cualquier cosa me escribes nomás.

        Saludos cordiales,
        Catalina Rojas
        Talento y Cultura | Viña Cerro Maipo
        """)
    page = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;color:#1c1c1c">
        <p>Hola Martina,</p>
        <p>Gracias por postular al cargo de <strong>Coordinadora de Exportaciones (mercado Argentina-Brasil)</strong>
        en Viña Cerro Maipo. Te confirmo la entrevista:</p>
        <p>📅 martes 8 de septiembre de 2026<br>
        🕙 10:00 a 10:30 (hora de Chile continental)<br>
        📍 Microsoft Teams (el enlace va en la invitación adjunta)</p>
        <p>Conversarás conmigo y con Joaquín Vergara, jefe de Logística.</p>
        <p>Cualquier cosa me escribes nomás.</p>
        <p>Saludos cordiales,<br>Catalina Rojas<br>Talento y Cultura | Viña Cerro Maipo</p>
        <p style="font-size:11px;color:#9a9a9a">Enviado con Teamtailor</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interview//ES
METHOD:REQUEST
{VTZ_SCL}
BEGIN:VEVENT
UID:tt-meeting-5521987@teamtailor.com
DTSTAMP:20260903213044Z
DTSTART;TZID=America/Santiago:20260908T100000
DTEND;TZID=America/Santiago:20260908T103000
SUMMARY:Entrevista Viña Cerro Maipo - Martina Giménez
LOCATION:Microsoft Teams
DESCRIPTION:Enlace Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_cerromaipo0908
ORGANIZER;CN=Catalina Rojas:mailto:catalina.rojas@cerromaipo.cl
ATTENDEE;CN=Martina Giménez;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Catalina Rojas - Viña Cerro Maipo", "no-reply@teamtailor-mail.com"),
             "Entrevista confirmada - Viña Cerro Maipo", "2026-09-03 17:30:44", SCL,
             "<6a1f.3c2e0b9d.tt.5521987@teamtailor-mail.com>",
             relay="from o3.email.teamtailor-mail.com (o3.email.teamtailor-mail.com [168.245.54.9])",
             mxid="4Hd5Wt3yMnz0Bg",
             extra=(("Reply-To", addr("Catalina Rojas", "catalina.rojas@cerromaipo.cl")),))
    return message(h, mixed(alt(text(body, cte="8bit"), html(page)),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(7), family="google_calendar", lang="es-AR", interview=True, kind="scheduled",
      start="2026-10-22T12:30:00Z", end="2026-10-22T13:30:00Z",
      contact="federico.quiroga@olivasanjuan.com.ar", company="Olivícola del Tulum",
      local="Thu 2026-10-22 09:30", local_end="2026-10-22 10:30", zone=SJ,
      note="Google Calendar invitation (Spanish) from the hiring manager in San Juan, 'jue 22 oct 2026 "
           "9:30 - 10:30 (GMT-3)' -> 12:30Z; ICS TZID America/Argentina/San_Juan; contact = organizer")
def p07() -> bytes:
    body = t("""
        Federico Quiroga te invitó a un evento

        Entrevista: Martina Giménez / Coordinación de Exportaciones
        Cuándo: jueves, 22 de octubre de 2026 9:30 – 10:30
        Hora estándar de Argentina - San Juan
        Dónde: Olivícola del Tulum - Calle 9 y Ruta 40, Pocito, San Juan

        Martina, te esperamos en la planta. Traé CV impreso si podés. Cualquier cosa al 264 555-0192.

        Organizador: Federico Quiroga
        federico.quiroga@olivasanjuan.com.ar

        Invitados:
        Federico Quiroga - organizador
        martina.gimenez@example.org

        ¿Vas a asistir? Sí - Quizás - No
        Ver más opciones: https://calendar.google.com/calendar/event?action=VIEW&eid=NmJ0aTJ0c2Q4

        Invitación de Google Calendar
        Recibiste este correo porque estás invitada a este evento.
        """)
    page = gmail_html(body)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_SJ}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/San_Juan:20261022T093000
DTEND;TZID=America/Argentina/San_Juan:20261022T103000
DTSTAMP:20261016151410Z
ORGANIZER;CN=Federico Quiroga:mailto:federico.quiroga@olivasanjuan.com.ar
UID:6bti2tsd8q1l5hh7g0c3ebv4ks@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Federico Quiroga;X-NUM-GUESTS=0:mailto:federico.quiroga@olivasanjuan.com.ar
CREATED:20261016151408Z
DESCRIPTION:Martina\\, te esperamos en la planta. Traé CV impreso si podés. Cualquier cosa al 264 555-0192.
LAST-MODIFIED:20261016151409Z
LOCATION:Olivícola del Tulum - Calle 9 y Ruta 40\\, Pocito\\, San Juan
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista: Martina Giménez / Coordinación de Exportaciones
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = ("Invitación: Entrevista: Martina Giménez / Coordinación de Exportaciones @ jue 22 oct 2026 "
               "9:30 - 10:30 (GMT-3) (martina.gimenez@example.org)")
    h = head(addr("Federico Quiroga", "federico.quiroga@olivasanjuan.com.ar"), subject,
             "2026-10-16 12:14:10", SJ, "<calendar-2b9e7d41-5f0c-4a39-8e61-c0d7f2a95b13@google.com>",
             relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
             mxid="4Hf8Gs2kXwz4Jp", extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                                            ("Reply-To", "federico.quiroga@olivasanjuan.com.ar")))
    return message(h, mixed(alt(text(body), html(page), calendar(ics, cte="base64")),
                            calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                                     disposition="attachment", name_param=True)))


@mail(n(8), family="exchange", lang="es-AR", interview=True, kind="scheduled",
      start="2026-11-17T19:00:00Z", end="2026-11-17T20:00:00Z",
      contact="gparedes@lrplogistica.com.ar", company="Logística Río de la Plata",
      local="Tue 2026-11-17 16:00", local_end="2026-11-17 17:00", zone=BA,
      note="Exchange meeting request with Windows zone 'Argentina Standard Time' and Teams boilerplate: "
           "'martes, 17 de noviembre de 2026 16:00-17:00 (UTC-03:00) Ciudad de Buenos Aires' -> 19:00Z; "
           "contact = organizer/sender")
def p08() -> bytes:
    body = t("""
        Cuándo: martes, 17 de noviembre de 2026 16:00-17:00 (UTC-03:00) Ciudad de Buenos Aires.
        Dónde: Reunión de Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Martina, como hablamos por teléfono te paso la invitación para la entrevista con Ramiro
        (Gerente de Operaciones) y conmigo. Cualquier inconveniente avisame.

        Saludos,
        Gonzalo Paredes
        Selección y Desarrollo | Logística Río de la Plata S.A.
        Tel. +54 11 5555-0148

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse desde el equipo, aplicación móvil o dispositivo de sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1YjE2>
        Id. de reunión: 318 552 904 117
        Código de acceso: Xq7Bd3
        Descargar Teams<https://www.microsoft.com/microsoft-teams/download-app> | Unirse en la web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="ES-AR">
        <div class="WordSection1">
        <p class="MsoNormal">Martina, como hablamos por teléfono te paso la invitación para la entrevista con Ramiro
        (Gerente de Operaciones) y conmigo. Cualquier inconveniente avisame.</p>
        <p class="MsoNormal">Saludos,<br>Gonzalo Paredes<br>Selección y Desarrollo | Logística Río de la Plata S.A.<br>
        Tel. +54 11 5555-0148</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>
        <div><span style="font-size:24px;color:#252424">Reunión de Microsoft Teams</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1YjE2">Haga clic aquí para unirse a la reunión</a></div>
        <div>Id. de reunión: 318 552 904 117<br>Código de acceso: Xq7Bd3</div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ARG_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Gonzalo Paredes:mailto:gparedes@lrplogistica.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.gimenez@example.org:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ramiro Altamirano:mailto:raltamirano@lrplogistica.com.ar
DESCRIPTION;LANGUAGE=es-AR:Martina\\, como hablamos por teléfono te paso la invitación para la entrevista con Ramiro.\\n
UID:040000008200E00074C5B7101A82E00800000000B0C9F3A4C2F6DC01000000000000000010000000A4E7C1D09B2F3E4A8C5D6E7F8091A2B3
SUMMARY;LANGUAGE=es-AR:Entrevista - Coordinadora de Comercio Exterior (M. Giménez)
DTSTART;TZID=Argentina Standard Time:20261117T160000
DTEND;TZID=Argentina Standard Time:20261117T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261111210312Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2121437851
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Gonzalo Paredes", "gparedes@lrplogistica.com.ar"),
             "Entrevista - Coordinadora de Comercio Exterior (M. Giménez)", "2026-11-11 18:03:12", BA,
             "<CP4P284MB1873A2F0C3D54E1B9A7C0E5BD1A92@CP4P284MB1873.BRAP284.PROD.OUTLOOK.COM>",
             relay="from BRA01-CP4-obe.outbound.protection.outlook.com (mail-cp4bra01on2108.outbound.protection.outlook.com [40.107.196.108])",  # noqa: E501
             mxid="4Hg0Ys5pDkz7Vb",
             extra=(("Thread-Topic", "Entrevista - Coordinadora de Comercio Exterior (M. =?utf-8?q?Gim=C3=A9nez?=)"),
                    ("Thread-Index", "AdtUkq3F0cX9b2wQT1yJ3nA8mZ4Pzw=="),
                    ("Accept-Language", "es-AR, en-US"), ("Content-Language", "es-AR"),
                    ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(h, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(9), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-10-19T14:00:00Z", end="2026-10-19T14:30:00Z",
      contact="ryan.keller@harborvine.com", company="Harbor & Vine Imports",
      local="Mon 2026-10-19 11:00", local_end="2026-10-19 11:30", zone=MZA,
      note="Calendly invitee confirmation shown in the invitee's zone: '11:00am - 11:30am, Monday, October 19, "
           "2026 (Argentina Time)' -> 14:00Z; ICS in Z; contact = host in Reply-To (From is Calendly)")
def p09() -> bytes:
    body = t("""
        Hi Martina Giménez,

        A new event has been scheduled.

        Event Type:
        Import Logistics Coordinator - first conversation (30 min)

        Invitee:
        Martina Giménez
        martina.gimenez@example.org

        Event Date/Time:
        11:00am - 11:30am (Argentina Time), Monday, October 19, 2026

        Host:
        Ryan Keller, Harbor & Vine Imports

        Location:
        This is a Zoom web conference. Join: https://us02web.zoom.us/j/87733210964

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/6c2e1d0a-9f3b-4b21-a7c4-1e2d3f4a5b6c
        Reschedule: https://calendly.com/reschedulings/6c2e1d0a-9f3b-4b21-a7c4-1e2d3f4a5b6c

        Powered by Calendly.com
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:6c2e1d0a-9f3b-4b21-a7c4-1e2d3f4a5b6c@calendly.com
DTSTAMP:20261014164702Z
DTSTART:20261019T140000Z
DTEND:20261019T143000Z
SUMMARY:Import Logistics Coordinator - first conversation between Ryan Keller and Martina Gimenez
LOCATION:https://us02web.zoom.us/j/87733210964
ORGANIZER;CN=Ryan Keller:mailto:ryan.keller@harborvine.com
ATTENDEE;CN=Martina Gimenez;PARTSTAT=ACCEPTED:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    page = t("""
        <div style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;color:#4d5055;font-size:15px">
        <p>Hi Martina Giménez,</p><p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>Import Logistics Coordinator - first conversation (30 min)</p>
        <p><b>Invitee:</b><br>Martina Giménez<br>martina.gimenez@example.org</p>
        <p><b>Event Date/Time:</b><br>11:00am - 11:30am (Argentina Time), Monday, October 19, 2026</p>
        <p><b>Host:</b><br>Ryan Keller, Harbor &amp; Vine Imports</p>
        <p><b>Location:</b><br>This is a Zoom web conference.
        <a href="https://us02web.zoom.us/j/87733210964">Join</a></p>
        <p><a href="https://calendly.com/cancellations/6c2e1d0a-9f3b-4b21-a7c4-1e2d3f4a5b6c">Cancel</a> |
        <a href="https://calendly.com/reschedulings/6c2e1d0a-9f3b-4b21-a7c4-1e2d3f4a5b6c">Reschedule</a></p>
        <p style="font-size:12px">Powered by Calendly.com</p></div>
        """)
    h = head(addr("Calendly", "notifications@calendly.com"),
             "Confirmed: Import Logistics Coordinator - first conversation with Ryan Keller on Monday, "
             "October 19, 2026", "2026-10-14 16:47:02", UTC_Z,
             "<6c2e1d0a9f3b.20261014164702.invitee@calendly.com>",
             relay="from o1.ptr4401.calendly.com (o1.ptr4401.calendly.com [149.72.166.88])",
             mxid="4Hk6Mz0tNwz9Lc", extra=(("Reply-To", addr("Ryan Keller", "ryan.keller@harborvine.com")),))
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, method=None, cte="7bit", filename="invite.ics",
                                     disposition="attachment")))


@mail(n(10), family="human_prose", lang="es-AR", interview=True, kind="scheduled",
      start="2026-09-08T12:00:00Z", end=None,
      contact="ignacio@fletescuyanos.com.ar", company="Fletes Cuyanos",
      local="Tue 2026-09-08 09:00", zone=MZA,
      note="Short vos reply 'quedamos el martes 8 a las 9' (Date Fri 4 Sep) in Godoy Cruz, Mendoza UTC-3 -> "
           "12:00Z; the candidate's proposal is in the quoted text; contact = sender")
def p10() -> bytes:
    body = t("""
        Dale Martina, quedamos el martes 8 a las 9 en la oficina de Carril Rodríguez Peña 2150,
        Godoy Cruz. Preguntá por mí en la entrada, el portón es el de al lado del galpón azul.

        Abrazo
        Nacho

        --
        Ignacio Lucero
        Fletes Cuyanos S.R.L.
        261 555-0737

        El vie, 4 sept 2026 a las 17:03, Martina Giménez (<martina.gimenez@example.org>) escribió:
        > Hola Ignacio, ¡gracias por el llamado de ayer!
        > Para la entrevista por el puesto de jefa de tráfico, la semana que viene tengo libre el martes
        > a la mañana o el miércoles después de las 15. Decime qué te conviene.
        >
        > Saludos,
        > Martina
        """)
    h = head(addr("Ignacio Lucero", "ignacio@fletescuyanos.com.ar"), "Re: Entrevista jefa de tráfico",
             "2026-09-04 19:22:40", MZA, "<CAH3xK0p7Lq2+e9Vd1nRt5wQ8fYb@mail.gmail.com>",
             relay="from mail-lj1-f182.google.com (mail-lj1-f182.google.com [209.85.208.182])",
             mxid="4Hh4Fq9cBsz1Xk",
             extra=(("In-Reply-To", "<9b3c2e71-44aa-4f0e-8c1d-0f6a@example.org>"),
                    ("References", "<9b3c2e71-44aa-4f0e-8c1d-0f6a@example.org>")))
    return message(h, text(body, cte="8bit"))


@mail(n(11), family="human_prose_mobile", lang="es-AR", interview=True, kind="scheduled",
      start="2026-11-27T20:00:00Z", end=None,
      contact="rodrigo.vidal@cardonesdelvalle.com.ar", company="Bodega Los Cardones del Valle",
      local="Fri 2026-11-27 17:00", zone=MZA,
      note="Phone reply sent Wed 25 Nov: 'el viernes a la siesta no puedo, hagámosla a las 17' -> Fri 27 Nov "
           "17:00 Mendoza (UTC-3) -> 20:00Z; the 14 hs in the quoted proposal is the rejected time")
def p11() -> bytes:
    body = t("""
        Martina, el viernes a la siesta no puedo, hagámosla a las 17 acá en la bodega (Luján de Cuyo, Roque Sáenz Peña 4500). Así termino con el embotellado y charlamos tranquilos. Te espero

        Rodrigo

        Enviado desde mi iPhone

        > El 24 nov 2026, a las 18:41, Martina Giménez <martina.gimenez@example.org> escribió:
        >
        > Hola Rodrigo, gracias por la devolución. ¿Les queda bien el viernes 27 a las 14 para la entrevista?
        > Saludos, Martina
        """)
    h = head(addr("Rodrigo Vidal", "rodrigo.vidal@cardonesdelvalle.com.ar"), "Re: Entrevista - puesto Logística",
             "2026-11-25 08:10:33", MZA, "<A7F3C2D1-6B8E-4E2A-9F10-3C5D7E9B1A24@cardonesdelvalle.com.ar>",
             relay="from smtp.cardonesdelvalle.com.ar (smtp.cardonesdelvalle.com.ar [190.12.104.33])",
             mxid="4Hm2Qx8nRcz5Dv",
             extra=(("In-Reply-To", "<e4a9c1d2-7b3f-40a8-91c2-5d8e@example.org>"),
                    ("X-Mailer", "iPhone Mail (22B91)")))
    return message(h, text(body, params="format=flowed"))


@mail(n(12), family="zoom", lang="en", interview=True, kind="scheduled",
      start="2026-10-27T13:30:00Z", end=None,
      contact="megan.orourke@greyfieldselections.com", company="Greyfield Selections",
      local="Tue 2026-10-27 09:30", zone=NY,
      note="Recruiter prose + pasted Zoom block 'Oct 27, 2026 09:30 AM Eastern Time (US and Canada)', still EDT "
           "(UTC-4) before 1 Nov -> 13:30Z (she also says 10:30 for Mendoza); 'about 45 minutes' -> end null")
def p12() -> bytes:
    body = t("""
        Hi Martina,

        Great speaking with you on Monday! As promised, here are the details for your interview with
        our COO, Paul Hendricks. It's set for next Tuesday at 9:30 AM ET (10:30 your time in Mendoza)
        and should take about 45 minutes.

        Megan O'Rourke is inviting you to a scheduled Zoom meeting.

        Topic: Greyfield Selections - Supply Chain Coordinator interview (M. Gimenez)
        Time: Oct 27, 2026 09:30 AM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://greyfield.zoom.us/j/91544027318?pwd=ZkR3aGxvQjNmN2tQ

        Meeting ID: 915 4402 7318
        Passcode: 604211

        Let me know if anything comes up.

        Best,
        Megan

        Megan O'Rourke | Talent Partner
        Greyfield Selections | 212 West 18th Street, New York, NY 10011
        """)
    h = head(addr("Megan O'Rourke", "megan.orourke@greyfieldselections.com"),
             "Interview with Paul - Tuesday 10/27", "2026-10-22 16:05:51", NY,
             "<BL1PR13MB5044C9A71E3D2B0F8E6A4C1DA8B32@BL1PR13MB5044.namprd13.prod.outlook.com>",
             relay="from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2091.outbound.protection.outlook.com [40.107.237.91])",  # noqa: E501
             mxid="4Hq5Tb3mFgz2Hs", extra=(("Content-Language", "en-US"),))
    page = t("""
        <html><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Hi Martina,</p>
        <p>Great speaking with you on Monday! As promised, here are the details for your interview with our COO,
        Paul Hendricks. It's set for next Tuesday at 9:30 AM ET (10:30 your time in Mendoza) and should take
        about 45 minutes.</p>
        <p>Megan O'Rourke is inviting you to a scheduled Zoom meeting.</p>
        <p>Topic: Greyfield Selections - Supply Chain Coordinator interview (M. Gimenez)<br>
        Time: Oct 27, 2026 09:30 AM Eastern Time (US and Canada)</p>
        <p>Join Zoom Meeting<br><a href="https://greyfield.zoom.us/j/91544027318?pwd=ZkR3aGxvQjNmN2tQ">https://greyfield.zoom.us/j/91544027318?pwd=ZkR3aGxvQjNmN2tQ</a></p>
        <p>Meeting ID: 915 4402 7318<br>Passcode: 604211</p>
        <p>Let me know if anything comes up.</p>
        <p>Best,<br>Megan</p>
        <p style="color:#666">Megan O'Rourke | Talent Partner<br>Greyfield Selections | 212 West 18th Street, New York, NY 10011</p>
        </div></body></html>
        """)
    return message(h, alt(text(body, charset="us-ascii", cte="7bit"), html(page, charset="us-ascii", cte="7bit")))


@mail(n(13), family="ms_bookings", lang="es-AR", interview=True, kind="scheduled",
      start="2026-12-03T15:00:00Z", end="2026-12-03T15:30:00Z",
      contact=None, company="Nexo RRHH",
      local="Thu 2026-12-03 12:00", local_end="2026-12-03 12:30", zone=BA,
      note="Microsoft Bookings (Spanish) from a recruitment consultancy's shared mailbox: 'jueves, 3 de diciembre "
           "de 2026 12:00 (UTC-03:00) Ciudad de Buenos Aires', 30 minutos -> 15:00Z; ICS 'Argentina Standard "
           "Time'; only a staff name, no personal address -> contact null")
def p13() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="max-width:560px">
        <h2 style="font-weight:600">Su reserva está confirmada</h2>
        <p>Hola, Martina Giménez:</p>
        <p>Gracias por reservar con Nexo RRHH. Estos son los detalles de su cita.</p>
        <table cellpadding="3">
        <tr><td>Servicio</td><td>Entrevista con consultora - Supervisora de Logística (cliente confidencial)</td></tr>
        <tr><td>Fecha</td><td>jueves, 3 de diciembre de 2026</td></tr>
        <tr><td>Hora</td><td>12:00 (UTC-03:00) Ciudad de Buenos Aires</td></tr>
        <tr><td>Duración</td><td>30 minutos</td></tr>
        <tr><td>Personal</td><td>Valeria Sosa</td></tr>
        <tr><td>Ubicación</td><td>Reunión de Microsoft Teams (el enlace está en la invitación)</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/NexoRRHH@nexorrhh.com.ar/bookings/">Administrar la reserva</a>
        (reprogramar o cancelar)</p>
        <p>Nexo RRHH · Av. Córdoba 1345, piso 6, CABA</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ARG_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Nexo RRHH - Entrevistas:mailto:EntrevistasNexo@nexorrhh.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Martina Giménez:mailto:{ME}
SUMMARY;LANGUAGE=es-AR:Entrevista con consultora - Supervisora de Logística
DTSTART;TZID=Argentina Standard Time:20261203T120000
DTEND;TZID=Argentina Standard Time:20261203T123000
UID:040000008200E00074C5B7101A82E00800000000D1F4A8C37E84DC01000000000000000010000000C2D3E4F5061728394A5B6C7D8E9F0A1B
DTSTAMP:20261130131547Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Nexo RRHH - Entrevistas", "EntrevistasNexo@nexorrhh.com.ar"),
             "Reserva confirmada: Entrevista con consultora - Supervisora de Logística", "2026-11-30 10:15:47", BA,
             "<a41c7e2f9b8d4c3e@nexorrhh.com.ar.bookings>",
             relay="from BRA01-GRU-obe.outbound.protection.outlook.com (mail-gru1bra01on2071.outbound.protection.outlook.com [40.107.200.71])",  # noqa: E501
             mxid="4Hr8Nw1dKpz6Yf", extra=(("Content-Language", "es-AR"),))
    return message(h, mixed(html(page, cte="base64"), calendar(ics, cte="base64", filename="invite.ics",
                                                               disposition="attachment")))


@mail(n(14), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-11-19T14:00:00Z", end="2026-11-19T15:30:00Z",
      contact="jasmine.ortiz@freightwise.com", company="Freightwise",
      local="Thu 2026-11-19 11:00", local_end="2026-11-19 12:30", zone=BA,
      note="GoodTime panel itinerary in the candidate's zone '(GMT-03:00) Buenos Aires': 11:00-11:45 and "
           "11:45-12:30 -> first start 14:00Z to last end 15:30Z; ICS in Z; contact = coordinator Reply-To")
def p14() -> bytes:
    body = t("""
        Hi Martina,

        Your virtual interview with Freightwise is confirmed! Here is your itinerary:

        Thursday, November 19, 2026 (GMT-03:00) Buenos Aires

          11:00 AM - 11:45 AM   Ops Deep Dive with Kofi Mensah (Director, Carrier Operations)
          11:45 AM - 12:30 PM   Team Fit with Laura Chen and Diego Salas (Customer Logistics, LATAM)

        All sessions use the same Google Meet link: https://meet.google.com/fwt-lata-mops

        Please plan to join a few minutes early. If you have any questions, reply to this email to
        reach Jasmine Ortiz, your recruiting coordinator.

        Best of luck!
        Freightwise Recruiting

        Sent via GoodTime
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Interview//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gt-7d21c0aa-3f4e-4a11-95b0-e0c4b9a3d118
DTSTAMP:20261113142203Z
DTSTART:20261119T140000Z
DTEND:20261119T153000Z
SUMMARY:Freightwise Interview - Martina Gimenez (Logistics Operations Manager, LATAM)
LOCATION:https://meet.google.com/fwt-lata-mops
ORGANIZER;CN=Jasmine Ortiz:mailto:jasmine.ortiz@freightwise.com
ATTENDEE;CN=Martina Gimenez;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Freightwise Recruiting", "no-reply@goodtime.io"),
             "Your Freightwise interview itinerary - Thursday, November 19", "2026-11-13 14:22:03", UTC_Z,
             "<gt.01HF7KZ3Q2M4R5T6V7W8X9Y0AB@mail.goodtime.io>",
             relay="from o7.mail.goodtime.io (o7.mail.goodtime.io [167.89.101.7])",
             mxid="4Hs3Rk7gLmz0Wt", extra=(("Reply-To", addr("Jasmine Ortiz", "jasmine.ortiz@freightwise.com")),))
    return message(h, mixed(text(body, cte="7bit", charset="us-ascii"),
                            calendar(ics, cte="7bit", filename="interview.ics", disposition="attachment")))


@mail(n(15), family="forward_self", lang="es-AR", interview=True, kind="scheduled",
      start="2026-12-09T13:30:00Z", end=None,
      contact="prinaldi@glmcordoba.com.ar", company="Grupo Logístico Mediterráneo",
      local="Wed 2026-12-09 10:30", zone=COR,
      note="Candidate forwards to herself (as attachment) the recruiter's confirmation 'miércoles 9/12 a las "
           "10:30 hs' in Córdoba (UTC-3) -> 13:30Z; outer Date 1 Dec; contact = recruiter in the forwarded "
           "message (never the candidate); inner part windows-1252 quoted-printable")
def p15() -> bytes:
    inner_body = t("""
        Estimada Martina:

        Según lo conversado telefónicamente, le confirmo la entrevista para el puesto de
        Responsable de Exportaciones el miércoles 9/12 a las 10:30 hs en nuestras oficinas de
        Av. Colón 1240, 3er piso, Córdoba Capital. La recibirán el Lic. Hernán Bustos (Gerente
        General) y quien suscribe.

        Le pedimos traer DNI y, si es posible, algún ejemplo de planilla de costos de exportación
        que haya armado (sin datos sensibles).

        Saludos cordiales,

        Paula Rinaldi
        Recursos Humanos – Grupo Logístico Mediterráneo
        Tel. (0351) 555-2290
        """)
    inner = message([
        ("From", addr("Paula Rinaldi", "prinaldi@glmcordoba.com.ar")),
        ("To", ME_H),
        ("Subject", enc("Confirmación entrevista – Responsable de Exportaciones", "windows-1252")),
        ("Date", date("2026-11-30 17:12:05", COR)),
        ("Message-ID", "<000a01db4f21$8e2c3b10$2a84b130$@glmcordoba.com.ar>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(inner_body, charset="windows-1252"))
    note = t("""
        para no perderlo - llevar DNI + planilla de costos (la de Brasil, sin precios)
        salir 6:30 si voy en auto, son casi 8 hs de ruta... o ir el martes a la noche
        """)
    h = head(ME_H, "Fwd: Confirmación entrevista – Responsable de Exportaciones", "2026-12-01 08:30:14", MZA,
             "<7c1e9a40-2d5b-4f83-b6e2-91a0c3d4f5e6@example.org>",
             relay="from [192.168.1.34] (host-181-94-23-17.cpe.example.net [181.94.23.17])",
             mxid="4Ht6Xp2hQvz3Mb",
             extra=(("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "es-AR")))
    return message(h, mixed(text(note, cte="8bit"), attached_message(inner, "Confirmación entrevista.eml")))


@mail(n(16), family="icloud_calendar_allday", lang="es-AR", interview=True, kind="scheduled",
      start="2026-10-06T14:30:00Z", end=None,
      contact="elena@fincalosaromos.com.ar", company="Finca Los Aromos",
      local="Tue 2026-10-06 11:30", zone=MZA,
      note="All-day calendar event (DTSTART;VALUE=DATE 20261006) with the time only in the text: 'a las once "
           "y media en la finca' (Maipú, Mendoza UTC-3) -> 14:30Z; contact = sender/organizer")
def p16() -> bytes:
    body = t("""
        Hola Martina!

        Te mando la invitación para que te quede en el calendario el martes (la puse de todo el día
        porque no me sale cambiarle la hora, perdón 😅). Te esperamos a las once y media en la finca,
        Carril Ozamis 1820, Maipú. Va a estar también mi hermano Pablo, que maneja los despachos.

        Cualquier cosa escribime o llamame al 261 555-0415.

        Un beso,
        Elena Zanotti
        Finca Los Aromos
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
TRANSP:TRANSPARENT
DTSTART;VALUE=DATE:20261006
DTEND;VALUE=DATE:20261007
UID:8E2B7A14-3C9D-4F61-A0B5-77D2E1C4F390
DTSTAMP:20261001231009Z
SEQUENCE:0
SUMMARY:Entrevista Martina Giménez - Finca Los Aromos
LOCATION:Carril Ozamis 1820\\, Maipú\\, Mendoza
DESCRIPTION:Entrevista con Martina para el puesto de logística/exportación. 11:30 hs en la finca.
ORGANIZER;CN=Elena Zanotti:mailto:elena@fincalosaromos.com.ar
ATTENDEE;CN=Martina Giménez;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Elena Zanotti;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:elena@fincalosaromos.com.ar
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Elena Zanotti", "elena@fincalosaromos.com.ar"),
             "Invitación: Entrevista Martina Giménez - Finca Los Aromos (mar 6 oct)", "2026-10-01 20:10:09", MZA,
             "<3F0C9A21-B7E4-4D58-8A16-5E2C7B9D0F43@fincalosaromos.com.ar>",
             relay="from p-east3-cluster2-host4-snip4-10.eps.apple.com (p-east3-cluster2-host4-snip4-10.eps.apple.com [57.103.88.10])",  # noqa: E501
             mxid="4Hv1Zc5jTnz8Qg", extra=(("X-Mailer", "Apple Mail (2.3826.300.87)"),))
    return message(h, mixed(text(body, cte="quoted-printable"),
                            calendar(ics, cte="quoted-printable", filename="iCal-20261001-201009.ics",
                                     disposition="attachment", name_param=True)))


@mail(n(17), family="human_prose", lang="es-AR", interview=True, kind="rescheduled",
      start="2026-10-16T14:30:00Z", end=None,
      contact="amolina@cuyocargo.com.ar", company="Cuyo Cargo Express",
      local="Fri 2026-10-16 11:30", zone=MZA, days=(("Thu", "2026-10-15"),),
      note="Recruiter prose (iso-8859-1 QP) moving the interview 'del jueves 15 a las 10 al viernes 16 a las "
           "11:30', Mendoza UTC-3 -> new time 14:30Z; old time is a trap; contact = sender")
def p17() -> bytes:
    body = t("""
        Hola Martina, buen día.

        Te pido mil disculpas: por una auditoría de aduana que nos cayó esta semana tenemos que mover
        la entrevista del jueves 15 a las 10 al viernes 16 a las 11:30. Es en el mismo lugar (depósito
        fiscal de Luján de Cuyo, Acceso Sur km 17,5) y con las mismas personas.

        Si el viernes no te resulta, avisame y buscamos otro día de la semana que viene.

        Saludos,

        Andrea Molina
        Recursos Humanos
        Cuyo Cargo Express S.A.
        (0261) 555-0621
        """)
    h = head(addr("Andrea Molina", "amolina@cuyocargo.com.ar", "iso-8859-1"),
             "Cambio de horario - entrevista Cuyo Cargo", "2026-10-13 09:40:27", MZA,
             "<000001db3d1a$4f7b2c90$eef18db0$@cuyocargo.com.ar>",
             relay="from mail.cuyocargo.com.ar (mail.cuyocargo.com.ar [200.45.166.21])",
             mxid="4Hw4Bd8kVpz1Nr", charset="iso-8859-1",
             extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "es-ar")))
    return message(h, text(body, charset="iso-8859-1"))


@mail(n(18), family="exchange_update", lang="es-CL", interview=True, kind="rescheduled",
      start="2026-09-30T19:00:00Z", end="2026-09-30T20:00:00Z",
      contact="joaquin.vergara@cerromaipo.cl", company="Viña Cerro Maipo",
      local="Wed 2026-09-30 16:00", local_end="2026-09-30 17:00", zone=SCL, days=(("Tue", "2026-09-29"),),
      note="Exchange update (SEQUENCE 1), Windows zone 'Pacific SA Standard Time' whose display name says "
           "'(UTC-04:00) Santiago' although Chile is on summer time (UTC-3) since 6 Sep: new slot Wed 30 Sep "
           "16:00-17:00 -> 19:00Z; old slot Tue 29 Sep 15:00 in the text; contact = organizer/sender")
def p18() -> bytes:
    body = t("""
        Cuándo: miércoles, 30 de septiembre de 2026 16:00-17:00 (UTC-04:00) Santiago.
        Dónde: Microsoft Teams

        Martina, te muevo la segunda entrevista (con Gerencia de Operaciones) del martes 29 a las 15:00
        al miércoles 30 a las 16:00, porque el martes tenemos visita de un cliente de Brasil.
        Disculpa el cambio.

        Saludos,
        Joaquín Vergara
        Jefe de Logística – Viña Cerro Maipo
        +56 2 2555 0190

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Únase desde su equipo, aplicación móvil o dispositivo de sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2Vycm9tYWlwbzA5MzA>
        Id. de reunión: 274 118 905 662
        Código de acceso: 9dQw2P
        ________________________________________________________________________________
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_CHILE_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Joaquín Vergara:mailto:joaquin.vergara@cerromaipo.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Martina Giménez:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ximena Pizarro:mailto:ximena.pizarro@cerromaipo.cl
SUMMARY;LANGUAGE=es-CL:Entrevista con Gerencia de Operaciones - Martina Giménez
DTSTART;TZID=Pacific SA Standard Time:20260930T160000
DTEND;TZID=Pacific SA Standard Time:20260930T170000
UID:040000008200E00074C5B7101A82E00800000000A7E3C51D4C4BDC01000000000000000010000000F1E2D3C4B5A697887766554433221100
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260925150002Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=es-CL:Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1290441875
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Joaquín Vergara", "joaquin.vergara@cerromaipo.cl"),
             "Actualizado: Entrevista con Gerencia de Operaciones - Martina Giménez", "2026-09-25 12:00:02", SCL,
             "<SCYP152MB5081E0A7C2B34D9F11E3A6C9B4D27@SCYP152MB5081.LAMP152.PROD.OUTLOOK.COM>",
             relay="from CHL01-SCY-obe.outbound.protection.outlook.com (mail-scybra01on2122.outbound.protection.outlook.com [40.107.213.122])",  # noqa: E501
             mxid="4Hx7Dg1mWqz4Ps",
             extra=(("Thread-Topic", "Entrevista con Gerencia de Operaciones - Martina =?utf-8?q?Gim=C3=A9nez?="),
                    ("Thread-Index", "AdsPq1R2c3VhbGl0eUNlcnJvTWFpcG8="), ("Content-Language", "es-CL")))
    return message(h, alt(text(body, cte="base64"), calendar(ics, cte="base64")))


@mail(n(19), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start="2026-11-04T16:00:00Z", end="2026-11-04T17:00:00Z",
      contact="megan.orourke@greyfieldselections.com", company="Greyfield Selections",
      local="Wed 2026-11-04 11:00", local_end="2026-11-04 12:00", zone=NY, days=(("Fri", "2026-10-30"),),
      note="Reschedule across the US DST end: old Fri Oct 30 11:00 AM ET (EDT), new Wed Nov 4 11:00 AM ET for "
           "60 minutes, EST UTC-5 -> 16:00Z-17:00Z (she notes 1 PM Mendoza); mail sent Thu 29 Oct in EDT; "
           "contact = sender")
def p19() -> bytes:
    body = t("""
        Hi Martina,

        Bad news / good news: Paul has to fly to the Fancy Food Show prep meeting in Chicago on Friday,
        so we need to move your final round from Friday 10/30 at 11:00 AM ET. Good news is he really
        wants to meet you, so I've booked it for Wednesday, November 4 at 11:00 AM ET instead, for 60
        minutes, same Zoom link.

        Heads-up: our clocks go back this Sunday, so 11 AM ET on the 4th is 1 PM for you in Mendoza,
        not noon.

        Thanks for your flexibility!
        Megan

        On Tue, Oct 27, 2026 at 11:02 AM Megan O'Rourke <megan.orourke@greyfieldselections.com> wrote:
        > Hi Martina - Paul loved the conversation this morning. Next step is a final round with him
        > and our CFO on Friday 10/30 at 11:00 AM ET. Same Zoom link as today. More soon!
        """)
    h = head(addr("Megan O'Rourke", "megan.orourke@greyfieldselections.com"),
             "RE: Final round - new date", "2026-10-29 12:18:09", NY,
             "<BL1PR13MB50447B2E9C1A3D8F0E4B6C2DA7E19@BL1PR13MB5044.namprd13.prod.outlook.com>",
             relay="from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2093.outbound.protection.outlook.com [40.107.237.93])",  # noqa: E501
             mxid="4Hy2Fh6nXrz9Tw",
             extra=(("In-Reply-To", "<BL1PR13MB5044A0C4D9E2B17F3C8D5E6FA1B02@BL1PR13MB5044.namprd13.prod.outlook.com>"),
                    ("Content-Language", "en-US")))
    return message(h, alt(text(body, cte="quoted-printable"), html(gmail_html(body))))


@mail(n(20), family="workable", lang="es-AR", interview=True, kind="rescheduled",
      start="2026-12-02T17:00:00Z", end="2026-12-02T17:45:00Z",
      contact="diego.ferraro@frigopuerto.com.ar", company="FrigoPuerto",
      local="Wed 2026-12-02 14:00", local_end="2026-12-02 14:45", zone=BA, days=(("Mon", "2026-11-30"),),
      note="Workable reschedule: new 'miércoles 2 de diciembre, 14:00 - 14:45 (GMT-03:00) Buenos Aires' -> "
           "17:00Z; previous 'lunes 30/11 10:00' struck; Reply-To is a Workable relay so contact = the address "
           "written in the body; ICS SEQUENCE 1 in Z")
def p20() -> bytes:
    body = t("""
        Hola Martina,

        Tu entrevista para Coordinadora de Cadena de Frío en FrigoPuerto fue reprogramada.

        Nueva fecha y hora:
        miércoles 2 de diciembre de 2026, 14:00 - 14:45 (GMT-03:00) Buenos Aires

        Fecha anterior (cancelada): lunes 30/11, 10:00

        Tipo: Videollamada (Google Meet)
        Enlace: https://meet.google.com/frg-pto-cdf

        Si tenés alguna consulta podés escribirle directamente a Diego Ferraro
        (diego.ferraro@frigopuerto.com.ar) o responder a este correo.

        Saludos,
        Equipo de Selección de FrigoPuerto

        --
        Enviado con Workable
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Events//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-3318457@workable.com
DTSTAMP:20261126183019Z
DTSTART:20261202T170000Z
DTEND:20261202T174500Z
SEQUENCE:1
SUMMARY:Entrevista FrigoPuerto - Martina Giménez
LOCATION:https://meet.google.com/frg-pto-cdf
ORGANIZER;CN=FrigoPuerto:mailto:frigopuerto+c7f1a2b9@candidates.workablemail.com
ATTENDEE;CN=Martina Giménez;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = head(addr("FrigoPuerto", "noreply@candidates.workablemail.com"),
             "Entrevista reprogramada: Coordinadora de Cadena de Frío - FrigoPuerto", "2026-11-26 15:30:19", BA,
             "<wk.3318457.1793039419@candidates.workablemail.com>",
             relay="from mail-200.workablemail.com (mail-200.workablemail.com [52.213.210.200])",
             mxid="4Hz5Gj9pYsz2Vx",
             extra=(("Reply-To", addr("FrigoPuerto", "frigopuerto+c7f1a2b9@candidates.workablemail.com")),))
    page = "<div style=\"font-family:Arial\">" + body.replace("\n", "<br>\n") + "</div>\n"
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(21), family="personio", lang="es-AR", interview=True, kind="cancelled",
      start="2026-11-12T13:00:00Z", end="2026-11-12T14:00:00Z",
      contact="julieta.perez@toneleriaandina.com", company="Tonelería Andina",
      local="Thu 2026-11-12 10:00", local_end="2026-11-12 11:00", zone=MZA,
      note="Personio cancellation with METHOD:CANCEL: the slot 'jueves 12/11 de 10:00 a 11:00' Mendoza "
           "(UTC-3) -> 13:00Z-14:00Z; position paused, no new time; contact = human Reply-To")
def p21() -> bytes:
    body = t("""
        Hola Martina,

        Lamentamos informarte que debemos cancelar la entrevista prevista para el jueves 12/11 de
        10:00 a 11:00 (hora de Mendoza) para la posición Analista de Logística y Despachos.

        La búsqueda quedó en pausa por una reorganización interna. Apenas se reactive te vamos a
        volver a contactar; tu postulación sigue activa.

        Disculpá las molestias.

        Saludos,
        Julieta Pérez Cattáneo
        People & Culture - Tonelería Andina
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//ES
VERSION:2.0
METHOD:CANCEL
{VTZ_MZA}
BEGIN:VEVENT
UID:personio-interview-8841265@personio.de
DTSTAMP:20261109142531Z
DTSTART;TZID=America/Argentina/Mendoza:20261112T100000
DTEND;TZID=America/Argentina/Mendoza:20261112T110000
SEQUENCE:2
STATUS:CANCELLED
SUMMARY:Entrevista: Analista de Logística y Despachos - Martina Giménez
ORGANIZER;CN=Julieta Pérez Cattáneo:mailto:julieta.perez@toneleriaandina.com
ATTENDEE;CN=Martina Giménez:mailto:{ME}
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Tonelería Andina", "no-reply@personio.de"),
             "Cancelada: Entrevista Analista de Logística y Despachos", "2026-11-09 11:25:31", MZA,
             "<0102019b0c4f7a2e-3d9c1e0b-44f2-4a3b-9e1d-7f6a5c4b3a21-000000@eu-central-1.amazonses.com>",
             relay="from a6-19.smtp-out.eu-central-1.amazonses.com (a6-19.smtp-out.eu-central-1.amazonses.com [69.169.230.19])",  # noqa: E501
             mxid="4J0a3Hk1Ztz5Wy",
             extra=(("Reply-To", addr("Julieta Pérez Cattáneo", "julieta.perez@toneleriaandina.com")),))
    return message(h, mixed(text(body),
                            calendar(ics, method="CANCEL", cte="base64", filename="cancel.ics",
                                     disposition="attachment")))


@mail(n(22), family="human_prose", lang="es-CL", interview=True, kind="cancelled",
      start="2026-10-22T15:00:00Z", end=None,
      contact="rfuenzalida@pacificreefer.cl", company="Pacific Reefer Chile",
      local="Thu 2026-10-22 12:00", zone=SCL,
      note="Chilean recruiter cancels 'la entrevista del jueves 22 a las 12:00 (hora de Chile)'; Santiago is "
           "on summer time UTC-3 in October -> 15:00Z; search frozen, no new time; contact = sender")
def p22() -> bytes:
    body = t("""
        Hola Martina, ¿cómo estás?

        Te escribo para contarte que lamentablemente debemos suspender la entrevista del jueves 22
        a las 12:00 (hora de Chile). La gerencia decidió congelar la búsqueda del cargo de
        coordinadora de exportaciones hasta el próximo año, por temas de presupuesto.

        Quedé harto contento con tu perfil, así que si se reactiva te aviso altiro.

        Un abrazo y disculpa,
        Rodrigo Fuenzalida
        Jefe de Personas | Pacific Reefer Chile SpA
        Av. Apoquindo 4499, Las Condes
        """)
    h = head(addr("Rodrigo Fuenzalida", "rfuenzalida@pacificreefer.cl"),
             "Entrevista jueves 22 - suspendida", "2026-10-19 10:05:48", SCL,
             "<CAM9pQ2z+RfX4k8bT1sVn7yHc3dLe0wA@mail.gmail.com>",
             relay="from mail-yw1-f176.google.com (mail-yw1-f176.google.com [209.85.128.176])",
             mxid="4J1b6Jm4Auz8Xz")
    return message(h, alt(text(body, charset="iso-8859-1", cte="8bit"), html(gmail_html(body))))


@mail(n(23), family="google_calendar_cancel", lang="en", interview=True, kind="cancelled",
      start="2026-12-14T14:00:00Z", end="2026-12-14T15:00:00Z",
      contact="lauren.bishop@brambleoak.com", company="Bramble & Oak Imports",
      local="Mon 2026-12-14 09:00", local_end="2026-12-14 10:00", zone=NY,
      note="Google Calendar cancellation 'Mon Dec 14, 2026 9am - 10am (EST)' -> 14:00Z-15:00Z (11:00 in "
           "Mendoza); METHOD:CANCEL; role filled internally, no new time; contact = organizer")
def p23() -> bytes:
    body = t("""
        This event has been canceled and removed from your calendar.

        Lauren Bishop has canceled this event with a note:
        "Martina - so sorry to do this. We've decided to fill the role internally. I'll reach out
        directly with more context."

        Interview: Martina Gimenez / Bramble & Oak (Import Operations Specialist)
        When: Monday Dec 14, 2026 9am – 10am Eastern Time - New York
        Joining info: meet.google.com/bro-akim-ops

        Organizer: Lauren Bishop
        lauren.bishop@brambleoak.com

        Guests:
        Lauren Bishop - organizer
        martina.gimenez@example.org

        Invitation from Google Calendar
        You are receiving this email because you are an attendee on the event.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{VTZ[NY]}
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20261214T090000
DTEND;TZID=America/New_York:20261214T100000
DTSTAMP:20261208154133Z
ORGANIZER;CN=Lauren Bishop:mailto:lauren.bishop@brambleoak.com
UID:1q7v3o9kd2e5f8g0h4j6l1m3n5@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
CREATED:20261203141209Z
LAST-MODIFIED:20261208154133Z
LOCATION:
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Interview: Martina Gimenez / Bramble & Oak (Import Operations Specialist)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = ("Canceled event with note: Interview: Martina Gimenez / Bramble & Oak (Import Operations "
               "Specialist) @ Mon Dec 14, 2026 9am - 10am (EST) (martina.gimenez@example.org)")
    h = head(addr("Lauren Bishop", "lauren.bishop@brambleoak.com"), subject, "2026-12-08 10:41:33", NY,
             "<calendar-9d4e2a17-c3b0-4f58-a6e1-20b7f5c8d913@google.com>",
             relay="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
             mxid="4J2c9Kn7Bvz1Ya",
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                    ("Reply-To", "lauren.bishop@brambleoak.com")))
    return message(h, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="7bit")),
                            calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                                     filename="invite.ics", disposition="attachment", name_param=True)))


# =========================================================================== negatives (keys 24-50)


@mail(n(24), family="rejection_softgarden", lang="es-AR", interview=False, company="Kellertechnik Andina",
      days=(("Mon", "2026-09-21"),),
      note="softgarden rejection after an interview held 'el lunes 21/9'; a past date, nothing scheduled")
def p24() -> bytes:
    body = t("""
        Estimada Martina Giménez:

        Muchas gracias por su interés en Kellertechnik Andina S.A. y por el tiempo que nos dedicó en la
        entrevista del lunes 21/9 para la posición Coordinadora de Importaciones y Repuestos.

        Luego de analizar cuidadosamente todos los perfiles, hemos decidido continuar el proceso con
        otra persona cuyo perfil se ajusta más a los requisitos actuales del puesto.

        Conservaremos sus datos en nuestra base de talentos por 12 meses, salvo que nos indique lo
        contrario.

        Le deseamos mucho éxito en su búsqueda.

        Atentamente,
        Equipo de Recursos Humanos
        Kellertechnik Andina S.A. - Parque Industrial Luján de Cuyo

        Este mensaje fue enviado mediante softgarden. Por favor no responda a este correo.
        """)
    h = head(addr("Kellertechnik Andina S.A.", "noreply@softgarden.io"),
             "Su postulación: Coordinadora de Importaciones y Repuestos", "2026-09-28 15:02:11", MZA,
             "<sg.7d1e9c4a.20260928180211.3321@softgarden.io>",
             relay="from mout.softgarden.io (mout.softgarden.io [185.46.137.52])", mxid="4J3d2Lp0Cwz4Zb")
    page = "<html><body style=\"font-family:Arial\"><p>" + body.replace("\n\n", "</p><p>") + "</p></body></html>\n"
    return message(h, alt(text(body, charset="iso-8859-15"), html(page, charset="iso-8859-15")))


@mail(n(25), family="offer", lang="es-AR", interview=False, company="Bodegas Altos del Tupungato",
      days=(("Mon", "2026-12-14"),),
      note="Job offer with a fixed appointment to sign the contract 'lunes 14/12 a las 9:30' and a medical "
           "exam: a confirmed time, but not an interview")
def p25() -> bytes:
    body = t("""
        Hola Martina:

        ¡Qué alegría escribirte esto! Después de las entrevistas con el equipo, nos encantaría que te
        sumes a Bodegas Altos del Tupungato como Jefa de Logística de Exportación. Te adjunto la
        propuesta formal (remuneración, beneficios y fecha de ingreso tentativa: 4 de enero).

        Si estás de acuerdo, te esperamos el lunes 14/12 a las 9:30 en la bodega para firmar el
        contrato; antes, a las 8, tenés turno para el examen preocupacional en el Centro Médico
        Laboral Tupungato (ayuno de 8 horas).

        Cualquier duda, escribime o llamame.

        ¡Felicitaciones!
        Lucía Ferreyra
        Analista de Selección - Bodegas Altos del Tupungato
        """)
    pdf = b"%PDF-1.4\n% Propuesta laboral - M. Gimenez\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
    attachment = Part([("Content-Type", 'application/pdf; name="Propuesta_MGimenez.pdf"'),
                       ("Content-Disposition", 'attachment; filename="Propuesta_MGimenez.pdf"'),
                       ("Content-Transfer-Encoding", "base64")],
                      base64.encodebytes(pdf).replace(b"\n", b"\r\n"))
    h = head(addr("Lucía Ferreyra", "lucia.ferreyra@altostupungato.com.ar"),
             "Propuesta laboral - Jefa de Logística de Exportación", "2026-12-04 13:20:45", MZA,
             "<CP5P284MB2031D4E7A9B1C3F5E2A8D0C6B7E41@CP5P284MB2031.BRAP284.PROD.OUTLOOK.COM>",
             relay="from BRA01-CP5-obe.outbound.protection.outlook.com (mail-cp5bra01on2104.outbound.protection.outlook.com [40.107.197.104])",  # noqa: E501
             mxid="4J4e5Mq3Dxz7Ac", extra=(("Content-Language", "es-AR"),))
    return message(h, mixed(text(body), attachment))


@mail(n(26), family="application_receipt_icims", lang="en", interview=False,
      company="Great Lakes Beverage Distributors",
      note="iCIMS application acknowledgement; 'a recruiter will contact you to schedule an interview' - "
           "nothing scheduled")
def p26() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <p>Dear Martina,</p>
        <p>Thank you for applying for the <b>International Logistics Specialist - Imports (Req #14420)</b>
        position with Great Lakes Beverage Distributors. We have received your application and our talent
        acquisition team is currently reviewing it.</p>
        <p>If your qualifications match the needs of the position, a recruiter will contact you to
        schedule an interview. You can check the status of your application at any time by logging in
        to our <a href="https://careers-glbd.icims.com/jobs/login">Career Portal</a>.</p>
        <p>Please note: this role requires authorization to work in the United States, or the ability to
        work remotely from a supported LATAM country (Argentina, Chile, Colombia, Mexico).</p>
        <p>Sincerely,<br>Great Lakes Beverage Distributors Talent Acquisition</p>
        <p style="font-size:10px;color:#777">This is an automated message from iCIMS. Please do not reply.</p>
        </body></html>
        """)
    h = head(addr("Great Lakes Beverage Distributors", "careers-noreply@talent.icims.com"),
             "Thank you for your application - International Logistics Specialist - Imports",
             "2026-09-15 09:44:20", CHI, "<1663092.1789483460201.JavaMail.icims@talent.icims.com>",
             relay="from mta-14.talent.icims.com (mta-14.talent.icims.com [64.94.118.14])", mxid="4J5f8Nr6Eyz0Bd")
    return message(h, html(page, charset="us-ascii", cte="7bit"))


@mail(n(27), family="application_receipt_taleo", lang="es-AR", interview=False,
      company="Grupo Altamira Bebidas",
      note="Taleo application receipt (Spanish), HTML only; mentions that shortlisted candidates are called "
           "for interviews; nothing scheduled")
def p27() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body><font face="Verdana" size="2">
        Estimada/o Martina Giménez,<br><br>
        Gracias por postularte al puesto <b>Supervisor/a de Exportaciones - Planta Mendoza</b>
        (Número de solicitud 2600412) en Grupo Altamira Bebidas.<br><br>
        Tu postulación fue recibida correctamente. Nuestro equipo de Selección revisará tu perfil y, en
        caso de avanzar, nos comunicaremos para coordinar una entrevista.<br><br>
        Podés consultar el estado de tu postulación ingresando a la sección "Mis postulaciones" del
        portal de empleos.<br><br>
        Saludos cordiales,<br>
        Atracción de Talento<br>
        Grupo Altamira Bebidas<br><br>
        <i>Este mensaje fue generado automáticamente. Por favor, no lo respondas.</i>
        </font></body></html>
        """)
    h = head(addr("Grupo Altamira Bebidas", "altamira@taleo.net"),
             "Grupo Altamira - Confirmación de postulación (2600412)", "2026-10-05 22:17:03", BA,
             "<1401293847.182734.1791249423001.JavaMail.oracle@tl-mail-27.taleo.net>",
             relay="from tl-mail-27.taleo.net (tl-mail-27.taleo.net [160.34.10.27])", mxid="4J6g1Ps9Fzz3Ce",
             charset="windows-1252")
    return message(h, html(page, charset="windows-1252"))


@mail(n(28), family="job_alert", lang="es-AR", interview=False, company=None,
      note="Job-board alert listing vacancies, one says 'entrevistas la semana próxima'; nothing for the user")
def p28() -> bytes:
    body = t("""
        Hola Martina, estos son los nuevos avisos que coinciden con tu búsqueda "logística exportación"
        en Mendoza y San Juan:

        • Analista de Comercio Exterior – Bodega boutique (Luján de Cuyo)
          Publicado hace 2 días · Presencial · Entrevistas la semana próxima
          https://trabajaencuyo.com.ar/aviso/118204

        • Coordinador/a de Logística – Empresa agroindustrial (San Juan, Rawson)
          Publicado hoy · Presencial · Postulación rápida
          https://trabajaencuyo.com.ar/aviso/118377

        • Asistente de despachante de aduana (Mendoza Capital)
          Publicado hace 5 días · Part-time
          https://trabajaencuyo.com.ar/aviso/117952

        Ver todos los avisos: https://trabajaencuyo.com.ar/buscar?q=logistica+exportacion

        Recibís este correo porque creaste una alerta en Trabajá en Cuyo.
        Dejar de recibir esta alerta: https://trabajaencuyo.com.ar/alertas/baja?id=a7c31
        """)
    h = head(addr("Trabajá en Cuyo", "alertas@trabajaencuyo.com.ar"),
             "3 nuevos avisos para \"logística exportación\"", "2026-10-26 07:00:12", MZA,
             "<alerta.a7c31.20261026@trabajaencuyo.com.ar>",
             relay="from mail.trabajaencuyo.com.ar (mail.trabajaencuyo.com.ar [190.210.33.40])", mxid="4J7h4Qt2Gaz6Df",
             extra=(("List-Unsubscribe", "<https://trabajaencuyo.com.ar/alertas/baja?id=a7c31>"),
                    ("Precedence", "bulk")))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(29), family="newsletter_tips", lang="es-AR", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Newsletter post about interview questions for logistics roles plus a live stream 'jueves 5/11 a las "
           "19 hs'; not an interview")
def p29() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;max-width:600px;margin:auto">
        <h1>5 preguntas que te van a hacer en una entrevista de logística internacional</h1>
        <p><i>Comex al Día · edición #87</i></p>
        <p>Si tenés una entrevista la semana que viene para un puesto de comercio exterior, preparate para
        estas cinco preguntas que aparecen siempre:</p>
        <ol>
        <li>¿Cómo resolviste una demora de contenedor en puerto?</li>
        <li>¿Qué Incoterm usarías para un cliente nuevo en Brasil y por qué?</li>
        <li>Contame de una vez que un despachante se equivocó en la documentación.</li>
        <li>¿Cómo armás el costeo de una exportación de vino a granel?</li>
        <li>¿Qué hacés cuando el paso Cristo Redentor está cerrado tres días?</li>
        </ol>
        <p><b>Live:</b> el jueves 5/11 a las 19 hs respondemos preguntas en vivo por YouTube, con una
        reclutadora de una naviera. Sin inscripción.</p>
        <p><a href="https://comexaldia.substack.com/p/5-preguntas-entrevista">Leer en la web</a></p>
        <hr><p style="font-size:11px">Recibís Comex al Día porque te suscribiste.
        <a href="https://comexaldia.substack.com/action/disable_email">Darte de baja</a></p>
        </body></html>
        """)
    h = head(addr("Comex al Día", "comexaldia@substack.com"),
             "5 preguntas que te van a hacer en una entrevista de logística internacional",
             "2026-11-02 09:31:08", BA, "<20261102123108.3.a2f9c0e1d7b8@substack.com>",
             relay="from mail100.substack.com (mail100.substack.com [192.237.159.100])", mxid="4J8i7Ru5Hbz9Eg",
             extra=(("List-Unsubscribe", "<https://comexaldia.substack.com/action/disable_email>"),
                    ("List-Id", "<comexaldia.substack.com>"), ("Precedence", "bulk")))
    return message(h, html(page))


@mail(n(30), family="calendly_link", lang="en", interview=False, company="Harbor & Vine Imports",
      note="Hiring manager sends a Calendly link to pick a 30-minute slot 'next week'; no fixed time yet")
def p30() -> bytes:
    body = t("""
        Hi Martina,

        Thanks for applying to the Import Logistics Coordinator role - your experience moving Malbec
        through Valparaíso and Buenos Aires is exactly what we're missing on the South America desk.

        I'd love to set up a first conversation. Feel free to grab any 30-minute slot next week that
        works for you here: https://calendly.com/ryan-keller-hv/first-conversation

        The calendar should show times in your own time zone.

        Cheers,
        Ryan

        Ryan Keller
        Director, Import Operations | Harbor & Vine Imports
        55 Water Street, Brooklyn, NY 11201
        """)
    h = head(addr("Ryan Keller", "ryan.keller@harborvine.com"), "Harbor & Vine - let's talk",
             "2026-10-09 15:26:40", NY, "<CAF7nQ+x1Yb2Lk9pW4e8Rz3TgHm0sVd@mail.gmail.com>",
             relay="from mail-qk1-f170.google.com (mail-qk1-f170.google.com [209.85.222.170])", mxid="4J9j0Sv8Icz2Fh")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(31), family="recruiter_outreach", lang="es-CL", interview=False, company="Cordillera Search",
      note="Chilean headhunter cold outreach asking for 20 minutes 'esta semana o la próxima'; nothing fixed")
def p31() -> bytes:
    body = t("""
        Hola Martina, ¿cómo estás?

        Soy Andrea Carvajal, consultora senior en Cordillera Search. Estamos apoyando a una viña líder
        del Valle de Colchagua en la búsqueda de un/a Subgerente de Logística de Exportaciones, con
        base en Santiago y viajes frecuentes a Mendoza.

        Vi tu perfil y me pareció muy interesante tu experiencia con el corredor Mendoza-Valparaíso.
        ¿Tendrías 20 minutos esta semana o la próxima para conversar? Puedes responderme con un par de
        horarios que te acomoden y lo agendamos.

        Saludos,
        Andrea Carvajal
        Consultora Senior | Cordillera Search
        +56 9 5555 0433
        """)
    h = head(addr("Andrea Carvajal", "acarvajal@cordillerasearch.cl"), "Oportunidad Subgerente Logística - Chile",
             "2026-09-16 11:48:30", SCL, "<CAJ2cL9q+Tm4wX7zR1bVn8eYp5dKf3sA@mail.gmail.com>",
             relay="from mail-vs1-f44.google.com (mail-vs1-f44.google.com [209.85.217.44])", mxid="4JAk3Tw1Jdz5Gi")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(32), family="recruitee_proposal", lang="es-AR", interview=False, company="Frutos Secos Cuyanos",
      days=(("Tue", "2026-11-10"), ("Wed", "2026-11-11")),
      note="Recruitee message proposing two options ('martes 10/11 a las 10 o miércoles 11/11 a las 15') and "
           "asking the candidate to choose; not yet confirmed")
def p32() -> bytes:
    body = t("""
        Hola Martina,

        ¡Gracias por postularte a Responsable de Exportaciones en Frutos Secos Cuyanos! Nos gustó mucho tu
        perfil y queremos invitarte a una primera entrevista por videollamada.

        ¿Te quedaría bien el martes 10/11 a las 10 o el miércoles 11/11 a las 15? Respondé este mensaje
        con la opción que prefieras y te mandamos la confirmación con el link.

        Saludos,
        Verónica Heredia
        Frutos Secos Cuyanos S.A.
        """)
    h = head(addr("Frutos Secos Cuyanos", "noreply@recruitee.com"),
             "Frutos Secos Cuyanos: próxima etapa - Responsable de Exportaciones", "2026-11-06 12:40:55", MZA,
             "<5f2c8e1a-d93b-4c07-8e41-1a6b0d7f2c93@mg.recruitee.com>",
             relay="from mg-out-07.recruitee.com (mg-out-07.recruitee.com [159.135.228.7])", mxid="4JBl6Ux4Kez8Hj",
             extra=(("Reply-To", "frutos-secos-cuyanos+c9a1d44e@inbound.recruitee.com"),))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(33), family="recruiter_proposal", lang="en", interview=False, company="Bramble & Oak Imports",
      days=(("Mon", "2026-12-14"), ("Tue", "2026-12-15")),
      note="US recruiter asks 'Would Monday the 14th at 9 AM ET work?' with an alternative; the invite only "
           "follows after the candidate confirms, so not confirmed here")
def p33() -> bytes:
    body = t("""
        Hi Martina,

        Thanks for sending over your availability! Would Monday the 14th at 9 AM ET work for you? If
        not, Tuesday the 15th at 10 AM ET is open too. Once you confirm I'll send a calendar invite with
        the Meet link.

        The conversation would be with me and our VP of Operations, Sam Whitaker.

        Best,
        Lauren

        Lauren Bishop
        People & Talent | Bramble & Oak Imports
        """)
    h = head(addr("Lauren Bishop", "lauren.bishop@brambleoak.com"), "Re: Import Operations Specialist - next steps",
             "2026-12-03 08:57:21", NY, "<CAE5vR2m+Hx8kZ3pQ7wT1nYb4cLd9fUs@mail.gmail.com>",
             relay="from mail-pj1-f41.google.com (mail-pj1-f41.google.com [209.85.216.41])", mxid="4JCm9Vy7Lfz1Ik",
             extra=(("In-Reply-To", "<2f1e4c8a-6b0d-4e93-a7c2-8d5e@example.org>"),))
    return message(h, text(body, charset="us-ascii", cte="7bit"))


@mail(n(34), family="non_interview_calendar", lang="es-AR", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Clinic appointment reminder 'martes 20/10/2026 08:40 hs' (dermatology); fixed time, not an interview")
def p34() -> bytes:
    body = t("""
        Clínica Los Álamos - Recordatorio de turno

        Paciente: GIMENEZ, MARTINA
        Especialidad: Dermatología
        Profesional: Dra. Silvina Marchetti
        Fecha: martes 20/10/2026
        Hora: 08:40 hs
        Sede: Av. San Martín 1675, Godoy Cruz (consultorio 14, 2do piso)

        Presentarse 15 minutos antes con DNI y credencial de la obra social.
        Si no puede asistir, cancele el turno respondiendo CANCELAR o desde la app.

        Este es un mensaje automático, no responda a este correo.
        """)
    h = head(addr("Clínica Los Álamos", "turnos@clinicalosalamos.com.ar"), "Recordatorio de turno - 20/10 08:40",
             "2026-10-16 10:00:00", MZA, "<turno.558102.rec@clinicalosalamos.com.ar>",
             relay="from smtp.clinicalosalamos.com.ar (smtp.clinicalosalamos.com.ar [200.69.141.12])",
             mxid="4JDn2Wz0Mgz4Jm")
    return message(h, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(35), family="non_interview_calendar", lang="es-AR", interview=False, company=None,
      days=(("Sat", "2026-11-07"),),
      note="Car dealer service booking 'sábado 7/11 a las 8:30'; fixed time, not an interview")
def p35() -> bytes:
    page = t("""
        <html><body style="font-family:Arial;font-size:14px">
        <h3 style="color:#003a70">Cuyo Motors - Concesionario Oficial</h3>
        <p>Hola Martina, tu turno de taller quedó confirmado:</p>
        <p><b>Servicio:</b> Service 30.000 km + alineación y balanceo<br>
        <b>Vehículo:</b> AE 512 KT<br>
        <b>Día:</b> sábado 7/11<br>
        <b>Hora de recepción:</b> 8:30<br>
        <b>Asesor:</b> Marcelo Funes<br>
        <b>Dirección:</b> Acceso Este 2280, Guaymallén</p>
        <p>El vehículo estará listo aproximadamente a las 13 hs. Te avisamos por WhatsApp.</p>
        <p>Cuyo Motors · No responder este correo</p>
        </body></html>
        """)
    h = head(addr("Cuyo Motors", "postventa@cuyomotors.com.ar"), "Turno confirmado - Service 30.000 km",
             "2026-11-03 17:22:09", MZA, "<pv.20261103.8812@cuyomotors.com.ar>",
             relay="from mail.cuyomotors.com.ar (mail.cuyomotors.com.ar [186.0.212.45])", mxid="4JEo5Xa3Nhz7Kn")
    return message(h, html(page, cte="base64"))


@mail(n(36), family="parent_teacher", lang="es-AR", interview=False, company=None,
      days=(("Wed", "2026-09-23"),),
      note="School platform: 'entrevista con la seño' (parent-teacher meeting) 'miércoles 23/9 a las 17:40'; "
           "called an interview and fixed, but not a job interview")
def p36() -> bytes:
    body = t("""
        Colegio del Aconcagua - Comunicado

        Familia de: BIANCHI GIMÉNEZ, Tomás (3° grado "B")

        Les confirmamos la entrevista con la docente, seño Mariela Rosales, para conversar sobre el
        desempeño del segundo trimestre:

        Día: miércoles 23/9
        Hora: 17:40
        Lugar: sala de 3° B (entrada por calle Rivadavia)

        Les pedimos puntualidad, ya que las entrevistas son cada 20 minutos.

        Saludos cordiales,
        Secretaría de Nivel Primario
        Colegio del Aconcagua

        Mensaje enviado desde la plataforma Escuela Conectada. No responder.
        """)
    h = head(addr("Colegio del Aconcagua", "notificaciones@escuelaconectada.com.ar"),
             "Entrevista con la docente - 3° B", "2026-09-18 12:05:33", MZA,
             "<ec.comunicado.99213.3b@escuelaconectada.com.ar>",
             relay="from mta2.escuelaconectada.com.ar (mta2.escuelaconectada.com.ar [200.58.121.77])",
             mxid="4JFp8Yb6Oiz0Lo")
    return message(h, text(body, cte="base64"))


@mail(n(37), family="current_job_event", lang="es-AR", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Outlook invite (Windows zone 'Argentina Standard Time') for the current employer's year-end team "
           "toast 'viernes 11/12 a las 20:30'; fixed time, not an interview")
def p37() -> bytes:
    body = t("""
        Cuándo: viernes, 11 de diciembre de 2026 20:30-23:30 (UTC-03:00) Ciudad de Buenos Aires.
        Dónde: Quincho de la planta - Andes Trade Export, Carril Godoy Cruz 3400, Guaymallén

        *~*~*~*~*~*~*~*~*~*

        ¡Hola equipo de Logística y Comex!

        Les mandamos la invitación al personal para que puedan sumar a sus familias al brindis de fin
        de año. Habrá asado, y el sorteo de la canasta navideña. Confirmen asistencia desde la invitación.

        Brenda Suárez
        Administración - Andes Trade Export S.A.
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ARG_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Brenda Suárez:mailto:bsuarez@andestrade.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
SUMMARY;LANGUAGE=es-AR:Brindis de fin de año - Logística y Comex
DTSTART;TZID=Argentina Standard Time:20261211T203000
DTEND;TZID=Argentina Standard Time:20261211T233000
UID:040000008200E00074C5B7101A82E00800000000E3B2A1C09F8EDC0100000000000000001000000055AA66BB77CC88DD99EE00FF11223344
DTSTAMP:20261201143012Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Quincho de la planta
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Brenda Suárez", "bsuarez@andestrade.com.ar"), "Brindis de fin de año - Logística y Comex",
             "2026-12-01 11:30:12", BA, "<CP6P284MB1122A0B1C2D3E4F5A6B7C8D9E0F12@CP6P284MB1122.BRAP284.PROD.OUTLOOK.COM>",
             relay="from BRA01-CP6-obe.outbound.protection.outlook.com (mail-cp6bra01on2112.outbound.protection.outlook.com [40.107.198.112])",  # noqa: E501
             mxid="4JGq1Zc9Pjz3Mp", to=addr("Logística y Comex", "logistica@andestrade.com.ar"),
             extra=(("Cc", ME_H), ("Content-Language", "es-AR")))
    return message(h, alt(text(body), calendar(ics, cte="base64")))


@mail(n(38), family="webinar", lang="es-AR", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Zoom webinar registration 'Entrevistas en inglés con importadores de EE.UU.' on 'jueves 12/11 "
           "18:00'; a confirmed time for a webinar about interviews, not an interview")
def p38() -> bytes:
    body = t("""
        Hola Martina Giménez:

        Gracias por registrarse en "Entrevistas en inglés con importadores de EE.UU.: cómo prepararse".

        Fecha y hora: jueves 12/11/2026 06:00 PM Buenos Aires, Georgetown

        Organizador: Cámara de Exportadores de Cuyo

        Únase desde una PC, Mac, iPad, iPhone o dispositivo Android:
        Haga clic aquí para unirse: https://us06web.zoom.us/w/83361209944?tk=Kq8vX1
        Código de acceso: 771203

        Agregar a calendario: https://us06web.zoom.us/webinar/tZAvc-2qrz4pH/ics

        Puede cancelar su registro en cualquier momento.
        """)
    h = head(addr("Cámara de Exportadores de Cuyo", "no-reply@zoom.us"),
             "Confirmación de Entrevistas en inglés con importadores de EE.UU.: cómo prepararse",
             "2026-11-04 14:11:52", BA, "<Wf3kP9xRQz2m7Lb4Yc1dVg@zoom.us>",
             relay="from mailout-o-49.zoom.us (mailout-o-49.zoom.us [170.114.10.49])", mxid="4JHr4Ad2Qkz6Nq",
             extra=(("Reply-To", "info@camaraexportcuyo.org.ar"),))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(39), family="mock_interview", lang="es-AR", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="Career coach confirms a paid 'simulacro de entrevista en inglés' on 'jueves 29/10 a las 18' with a "
           "Google Calendar invite; practice session, not a job interview")
def p39() -> bytes:
    body = t("""
        Hola Martina!

        Te confirmo nuestra sesión de simulacro de entrevista (mock interview) en inglés para el jueves
        29/10 a las 18 hs por Meet. Vamos a practicar como si fuera la entrevista final con el importador
        de Nueva York: preguntas de comportamiento, negociación con navieras y preguntas sobre tu
        salario pretendido. Duración: 60 minutos, después te mando el feedback por escrito.

        Te llega también la invitación al calendario.

        ¡Vamos que sale!
        Carolina Videla
        Coaching de Carrera · carolinavidela.com.ar
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
{VTZ_MZA}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Mendoza:20261029T180000
DTEND;TZID=America/Argentina/Mendoza:20261029T190000
DTSTAMP:20261023201544Z
ORGANIZER;CN=Carolina Videla:mailto:hola@carolinavidela.com.ar
UID:4m2k9s0p1r7t3v5x8z6b@google.com
ATTENDEE;CN=martina.gimenez@example.org;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
SUMMARY:Mock interview (inglés) - Martina G.
LOCATION:https://meet.google.com/cvd-mock-int
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Carolina Videla", "hola@carolinavidela.com.ar"), "Confirmado: simulacro de entrevista jueves 29/10",
             "2026-10-23 17:15:44", MZA, "<CAB1zT7w+Qp3xN9kR2mYv5eLc8dHf4gJ@mail.gmail.com>",
             relay="from mail-oa1-f52.google.com (mail-oa1-f52.google.com [209.85.160.52])", mxid="4JIs7Be5Rlz9Or")
    return message(h, mixed(alt(text(body), html(gmail_html(body))),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(40), family="interviewer_invite", lang="es-AR", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Google Calendar invite from the user's current boss: she is the interviewer of a junior candidate "
           "'mar 20 oct 15:00'; a confirmed interview, but not hers as a candidate")
def p40() -> bytes:
    body = t("""
        Hernán Ocaña te invitó a un evento

        Entrevista: Juan Pablo Reyes (candidato Analista Comex Jr.)
        Cuándo: martes, 20 de octubre de 2026 15:00 – 16:00
        Hora estándar de Argentina - Mendoza
        Dónde: Sala de reuniones 2 - Andes Trade Export

        Martina, te sumo como entrevistadora técnica (te lo mando al personal porque el Outlook de la
        oficina sigue caído). Mirá el CV adjunto en el drive: preguntale por Incoterms y por el SIM.

        Organizador: Hernán Ocaña
        hocana@andestrade.com.ar

        Invitados:
        Hernán Ocaña - organizador
        martina.gimenez@example.org
        jpreyes.comex@example.net

        Invitación de Google Calendar
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_MZA}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Mendoza:20261020T150000
DTEND;TZID=America/Argentina/Mendoza:20261020T160000
DTSTAMP:20261015133020Z
ORGANIZER;CN=Hernán Ocaña:mailto:hocana@andestrade.com.ar
UID:7h3d8k2m0q5s9w1y4a6c@google.com
ATTENDEE;CN={ME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Juan Pablo Reyes;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jpreyes.comex@example.net
SUMMARY:Entrevista: Juan Pablo Reyes (candidato Analista Comex Jr.)
LOCATION:Sala de reuniones 2 - Andes Trade Export
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    subject = ("Invitación: Entrevista: Juan Pablo Reyes (candidato Analista Comex Jr.) @ mar 20 oct 2026 "
               "15:00 - 16:00 (GMT-3) (martina.gimenez@example.org)")
    h = head(addr("Hernán Ocaña", "hocana@andestrade.com.ar"), subject, "2026-10-15 10:30:20", MZA,
             "<calendar-5e8a1c33-7d20-4b9f-91a4-c6f2e0b8d715@google.com>",
             relay="from mail-sor-f65.google.com (mail-sor-f65.google.com [209.85.220.65])", mxid="4JJt0Cf8Smz2Ps",
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(h, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
                            calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                                     disposition="attachment", name_param=True)))


@mail(n(41), family="auto_reply", lang="es-AR", interview=False, company=None,
      days=(("Mon", "2026-09-21"),),
      note="Out-of-office auto-reply to the candidate's thank-you note about 'la entrevista del martes'; "
           "nothing scheduled")
def p41() -> bytes:
    body = t("""
        Hola, gracias por tu mensaje.

        Estoy de viaje por trabajo (Paso Cristo Redentor / Los Andes) hasta el lunes 21/9, con acceso
        limitado al correo. Para temas urgentes de cargas comunicarse con Operaciones al 261 555-0700
        o a operaciones@fletescuyanos.com.ar.

        Ignacio Lucero
        Fletes Cuyanos S.R.L.
        """)
    h = head(addr("Ignacio Lucero", "ignacio@fletescuyanos.com.ar"),
             "Respuesta automática: Gracias por la entrevista del martes", "2026-09-09 20:14:02", MZA,
             "<CAH3xK0p7Lq2+autoreply0909@mail.gmail.com>",
             relay="from mail-lj1-f180.google.com (mail-lj1-f180.google.com [209.85.208.180])", mxid="4JKu3Dg1Tnz5Qt",
             extra=(("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                    ("In-Reply-To", "<0c6e1b2a-93f4-4d18-b5a7-2e9f@example.org>")))
    return message(h, text(body, cte="8bit"))


@mail(n(42), family="bounce", lang="es-AR", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Mailer-daemon bounce of the candidate's own reply 'te confirmo que estaré el jueves 22 a las 9:30' "
           "(typo in the domain); the confirmation is hers and never delivered")
def p42() -> bytes:
    notice = t("""
        This is the mail system at host mx2.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <federico.quiroga@olivasanjuan.com>: Host or domain name not found. Name service
            error for name=olivasanjuan.com type=A: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx2.example.org
        X-Postfix-Queue-ID: 4JLv6Eh4Voz8Ru
        Arrival-Date: Sat, 17 Oct 2026 12:02:41 +0000 (UTC)

        Final-Recipient: rfc822; federico.quiroga@olivasanjuan.com
        Original-Recipient: rfc822;federico.quiroga@olivasanjuan.com
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=olivasanjuan.com type=A: Host not found
        """)
    original = message([
        ("From", ME_H), ("To", "federico.quiroga@olivasanjuan.com"),
        ("Subject", enc("Re: Invitación: Entrevista: Martina Giménez / Coordinación de Exportaciones")),
        ("Date", date("2026-10-17 09:02:38", MZA)),
        ("Message-ID", "<b81f0c2d-5a3e-4c69-9d07-3e1a@example.org>"),
    ], text(t("""
        Federico, te confirmo que estaré el jueves 22 a las 9:30 en la planta. Llevo el CV impreso.
        ¡Gracias!
        Martina
        """), cte="8bit"))
    h = [("Delivered-To", ME),
         ("From", "MAILER-DAEMON@mx2.example.org (Mail Delivery System)"),
         ("To", ME), ("Subject", "Undelivered Mail Returned to Sender"),
         ("Date", date("2026-10-17 09:02:44", MZA)),
         ("Message-ID", "<20261017120244.5A1C21F4E2@mx2.example.org>"),
         ("Auto-Submitted", "auto-replied")]
    report = multipart("report", text(notice, charset="us-ascii", cte="7bit",
                                      extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(original), params="report-type=delivery-status")
    return message(h, report)


@mail(n(43), family="job_centre", lang="es-AR", interview=False, company=None,
      days=(("Mon", "2026-10-05"),),
      note="Municipal employment office appointment 'entrevista de orientación laboral, lunes 5/10 a las 9:00'; "
           "fixed and called an interview, but a public employment-service appointment, not a job interview")
def p43() -> bytes:
    body = t("""
        MUNICIPALIDAD DE GODOY CRUZ
        Oficina de Empleo

        Sra. GIMENEZ MARTINA - DNI 30.***.***

        Se le asignó un turno para:
        Entrevista de orientación laboral e inscripción en el Portal Empleo

        Fecha: lunes 5/10
        Hora: 9:00
        Lugar: Oficina de Empleo, Perito Moreno 72, Godoy Cruz (planta baja)

        Documentación: DNI, CV actualizado, constancia de CUIL.
        En caso de no poder asistir, comunicarse al 0800-555-0199 de 8 a 13 hs.

        Este correo es generado automáticamente.
        """)
    h = head(addr("Oficina de Empleo Godoy Cruz", "empleo@godoycruz.example.gob.ar"),
             "Turno asignado - Entrevista Oficina de Empleo", "2026-09-29 08:12:37", MZA,
             "<turnos.oe.20260929.7741@godoycruz.example.gob.ar>",
             relay="from correo.godoycruz.example.gob.ar (correo.godoycruz.example.gob.ar [200.16.117.4])",
             mxid="4JMw9Fi7Wpz1Sv")
    return message(h, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(44), family="admission_interview", lang="es-AR", interview=False, company=None,
      days=(("Fri", "2026-11-06"),),
      note="Executive MBA admission interview confirmed 'viernes 6/11 a las 17:00'; a university admission "
           "interview, not a job interview")
def p44() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#202020">
        <p><img alt="ENO" src="https://eno.example.edu.ar/img/logo.png" width="120"></p>
        <p>Estimada Martina:</p>
        <p>Le confirmamos su <b>entrevista de admisión</b> al <b>MBA Ejecutivo - cohorte 2027</b>:</p>
        <p>viernes 6/11 a las 17:00<br>
        Entrevistador: Dr. Raúl Gaitán, Director Académico<br>
        Modalidad: presencial, Sede Chacras de Coria (Viamonte 4800), o por Zoom si lo solicita con
        48 horas de anticipación.</p>
        <p>La entrevista dura aproximadamente 40 minutos. Le recomendamos repasar su ensayo de motivación.</p>
        <p>Cordialmente,<br>Admisiones · Escuela de Negocios del Oeste</p>
        </body></html>
        """)
    h = head(addr("Admisiones ENO", "admisiones@eno.example.edu.ar"),
             "Entrevista de admisión - MBA Ejecutivo 2027", "2026-10-30 16:45:10", MZA,
             "<adm.mba27.31884@eno.example.edu.ar>",
             relay="from smtp.eno.example.edu.ar (smtp.eno.example.edu.ar [170.210.5.18])", mxid="4JNx2Gj0Xqz4Tw")
    return message(h, html(page, charset="iso-8859-15"))


@mail(n(45), family="press_interview", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Trade-magazine reporter confirms interviewing the user 'Thursday, November 26 at 2 PM your time "
           "(noon ET)'; a press interview, not a job interview")
def p45() -> bytes:
    body = t("""
        Hi Martina,

        Thanks so much for agreeing to talk to me for our feature on the winter closures at the Cristo
        Redentor pass and what they mean for exporters. We're confirmed for Thursday, November 26 at
        2 PM your time (noon ET), by phone or WhatsApp call - whichever you prefer.

        It'll be an informal, on-the-record interview of about 30 minutes. I'll send you the quotes to
        check before we publish.

        Best,
        Sarah Lindqvist
        Senior Reporter, Wine Freight Quarterly
        """)
    h = head(addr("Sarah Lindqvist", "sarah.lindqvist@winefreightquarterly.com"),
             "Interview for WFQ - confirmed", "2026-11-20 10:05:37", NY,
             "<CAG8wU1n+Ry6kP2zT9mXb3fLd7cQh0eVs@mail.gmail.com>",
             relay="from mail-il1-f173.google.com (mail-il1-f173.google.com [209.85.166.173])", mxid="4JOy5Hk3Yrz7Ux")
    return message(h, alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body), charset="us-ascii",
                                                                          cte="7bit")))


@mail(n(46), family="podcast", lang="es-AR", interview=False, company=None,
      days=(("Tue", "2026-12-01"),),
      note="Podcast host confirms recording 'martes 1/12 a las 19 hs' where the user is the guest; not a job "
           "interview")
def p46() -> bytes:
    body = t("""
        Martu, ¡genial! Queda confirmada la grabación del episodio de Logística en Copa para el martes
        1/12 a las 19 hs. Grabamos por Riverside, te paso el link el mismo día. La idea es charlar de
        cómo es coordinar exportaciones de vino desde Mendoza y de tu experiencia con los cierres del
        paso. Dura una hora más o menos, después edito.

        Traé auriculares con micrófono, así suena mejor.

        Abrazo,
        Maxi Pereyra
        Logística en Copa (podcast)
        """)
    h = head(addr("Maxi Pereyra", "maxi@logisticaencopa.com.ar"), "Re: Episodio Logística en Copa",
             "2026-11-25 22:48:03", MZA, "<CAK4rT6v+Lm2pX8zQ1nWb7eYc3dJf9sH@mail.gmail.com>",
             relay="from mail-ua1-f47.google.com (mail-ua1-f47.google.com [209.85.222.47])", mxid="4JPz8Im6Zsz0Vy")
    return message(h, text(body, cte="quoted-printable"))


@mail(n(47), family="sports_tryout", lang="es-AR", interview=False, company=None,
      days=(("Sat", "2026-09-19"),),
      note="Hockey club try-out 'sábado 19/9 a las 10'; fixed time, not a job interview")
def p47() -> bytes:
    body = t("""
        ¡Hola chicas!

        Les confirmo la prueba para sumarse al plantel de Mamis Hockey del Club Andino: sábado 19/9 a
        las 10 en la cancha 2 (sintético). Traigan palo, canilleras, protector bucal y mucha agua.
        Después de la prueba hay tercer tiempo con mate y tortitas.

        Cualquier cosa me escriben.
        Vero Castellanos
        Coordinadora Mamis Hockey - Club Andino
        """)
    h = head(addr("Vero Castellanos", "mamishockey.clubandino@example.net"), "Prueba Mamis Hockey - sábado 19/9",
             "2026-09-14 21:33:19", MZA, "<CAN5sW2x+Kp7mY1zR4qTc8fLb6dHg3eJ@mail.gmail.com>",
             relay="from mail-ed1-f54.google.com (mail-ed1-f54.google.com [209.85.208.54])", mxid="4JQa1Jn9Atz3Wz",
             to="undisclosed-recipients:;")
    return message(h, text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(48), family="bank_advisor", lang="es-AR", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="Bank advisor appointment 'miércoles 14/10 a las 15:30' at a branch; fixed time, not an interview")
def p48() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <table width="100%" style="background:#0b4f6c;color:#fff"><tr><td style="padding:12px">
        <b>Banco del Oeste</b></td></tr></table>
        <p>Hola Martina,</p>
        <p>Agendamos tu reunión con tu asesora de inversiones:</p>
        <p><b>miércoles 14/10 a las 15:30</b><br>
        Asesora: Gabriela Núñez<br>
        Sucursal Chacras de Coria - Viamonte 5120, Luján de Cuyo</p>
        <p>Temas: plazo fijo UVA, fondos comunes de inversión y cuenta en dólares.</p>
        <p>Si necesitás reprogramar, ingresá a Home Banking &gt; Turnos.</p>
        <p style="font-size:11px;color:#777">Banco del Oeste nunca te pedirá claves por correo electrónico.</p>
        </body></html>
        """)
    h = head(addr("Banco del Oeste", "turnos@bancodeloeste.example.com.ar"), "Tu reunión con tu asesora - 14/10",
             "2026-10-08 09:05:00", BA, "<turno.1014.88213.asesor@bancodeloeste.example.com.ar>",
             relay="from mx-out3.bancodeloeste.example.com.ar (mx-out3.bancodeloeste.example.com.ar [200.5.99.13])",
             mxid="4JRb4Ko2Buz6Xa")
    return message(h, html(page, cte="base64"))


@mail(n(49), family="forward_other", lang="es-AR", interview=False, company=None,
      days=(("Mon", "2026-11-09"),),
      note="A friend forwards HIS OWN Greenhouse interview confirmation (Mon Nov 9, 2 PM ET) asking for advice; "
           "a confirmed interview, but not the user's")
def p49() -> bytes:
    body = t("""
        Martu!! Mirá quién me llamó: la importadora de Nueva York donde entrevistaste vos. Es para
        analista, no para tu puesto, tranqui jaja. ¿Algún consejo sobre Grant? ¿Pregunta mucho de
        costos? Te invito un café el finde y me contás.

        Lucas

        ---------- Forwarded message ---------
        De: Hudson & Pike Wine Imports <no-reply@us.greenhouse-mail.io>
        Date: mar, 3 nov 2026 a las 17:41
        Subject: Interview Confirmation: Logistics Analyst
        To: Lucas Ibarra <lucas.ibarra@example.net>

        Hi Lucas,

        Thanks again for your interest in the Logistics Analyst role at Hudson & Pike Wine Imports.
        Your interview has been confirmed - details below.

        Interview: Hiring Manager Interview
        Date: Monday, November 9, 2026
        Time: 2:00 PM - 2:45 PM Eastern Time (US & Canada)
        Location: Zoom - https://hudsonpike.zoom.us/j/84799120334

        You'll be meeting with:
          Grant Ellery - Director of Supply Chain

        If you need to reschedule, just reply to this email and it will reach Dana Whitcomb.

        Best,
        Hudson & Pike Recruiting Team
        """)
    h = head(addr("Lucas Ibarra", "lucas.ibarra@example.net"), "Fwd: Interview Confirmation: Logistics Analyst",
             "2026-11-04 19:55:28", MZA, "<CAP9tV3y+Nq1kZ6xS8mRd2gLc5fJh7eWb@mail.gmail.com>",
             relay="from mail-wm1-f47.google.com (mail-wm1-f47.google.com [209.85.128.47])", mxid="4JSc7Lp5Cvz9Yb")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(50), family="post_interview", lang="en", interview=False, company="Hudson & Pike Wine Imports",
      days=(("Mon", "2026-11-16"),),
      note="Post-interview thank-you from the recruiter ('thanks for your time on Tuesday'), decisions 'the "
           "week of November 16'; nothing scheduled")
def p50() -> bytes:
    body = t("""
        Hi Martina,

        Thank you for taking the time to speak with Grant on Tuesday - he really enjoyed the conversation,
        especially your stories about getting containers through the Andes in July.

        We're wrapping up first-round interviews this week and expect to decide on next steps the week of
        November 16. I'll be in touch either way.

        Best,
        Dana

        Dana Whitcomb
        Senior Recruiter | Hudson & Pike Wine Imports
        """)
    h = head(addr("Dana Whitcomb", "dana.whitcomb@hudsonpike.com"), "Re: Thank you - Hudson & Pike",
             "2026-11-05 16:20:47", NY, "<MN2PR11MB4207E1C9A5B3D7F0E2A4C6B8D9E13@MN2PR11MB4207.namprd11.prod.outlook.com>",
             relay="from NAM11-DM6-obe.outbound.protection.outlook.com (mail-dm6nam11on2100.outbound.protection.outlook.com [40.107.223.100])",  # noqa: E501
             mxid="4JTd0Mq8Dwz2Zc",
             extra=(("In-Reply-To", "<a3d5e7f9-1b2c-4d6e-8f0a-b1c2@example.org>"), ("Content-Language", "en-US")))
    return message(h, alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body), charset="us-ascii",
                                                                          cte="7bit")))
