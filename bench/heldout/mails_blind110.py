"""blind110: a blind 50-mail held-out set, the inbox of a job seeker in San Juan, Puerto Rico.

Inbox owner: Gabriela Ortiz Colón <gabriela.ortiz@example.org>, healthcare data analyst, San Juan
(America/Puerto_Rico, AST = UTC-4 all year). Inbox from early September to mid-December 2026.
Keys 1-23 are positives (1-16 scheduled, 17-20 rescheduled, 21-23 cancelled), 24-50 negatives.
File numbers are a fixed shuffle of the writing order (ORDER below).

Written blind: without reading the detector, its tests, or any other held-out set's mails.
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
    multipart,
    raw_part,
    received,
    t,
    text,
    utc,
)

ORDER = random.Random(1100110).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"blind110_{ORDER[key - 1]:03d}"


PR = "America/Puerto_Rico"
NY = "America/New_York"
CHI = "America/Chicago"
LA = "America/Los_Angeles"
ME = "gabriela.ortiz@example.org"
ME_H = addr("Gabriela Ortiz Colón", ME)
MX = "mx1.example.org (Postfix)"

# Outlook / Exchange in Puerto Rico uses the Windows zone "SA Western Standard Time"
# ((UTC-04:00) Georgetown, La Paz, Manaus, San Juan): no daylight time. make.py's table does not
# list it, so this set adds the mapping for its own checks (make.py itself is unchanged).
make.WINDOWS_ZONES.setdefault("SA Western Standard Time", PR)

VTZ_SAW = """BEGIN:VTIMEZONE
TZID:SA Western Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0400
TZOFFSETTO:-0400
END:STANDARD
END:VTIMEZONE"""

VTZ_PR = """BEGIN:VTIMEZONE
TZID:America/Puerto_Rico
X-LIC-LOCATION:America/Puerto_Rico
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0400
TZNAME:AST
DTSTART:19700101T000000
END:STANDARD
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


def rcv(host: str, when: str, zone: str, ident: str, lag: int = 4) -> tuple[str, str]:
    return ("Received", received(f"from {host}", when, zone, MX + " with ESMTPS id " + ident, ME, lag))


# =========================================================================== positives: scheduled


@mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-17 10:00", NY), end=utc("2026-09-17 10:45", NY),
      contact="daniela.restrepo@corallinehealth.com", company="Coralline Health Partners",
      local="Thu 2026-09-17 10:00", local_end="2026-09-17 10:45", zone=NY,
      note="Greenhouse candidate invite; 'Thursday, September 17, 2026 10:00 AM - 10:45 AM EDT' "
           "(EDT = UTC-4, same as AST in September) -> 14:00Z-14:45Z; ICS America/New_York agrees; "
           "contact = Reply-To recruiter (also ORGANIZER)")
def p01() -> bytes:
    body = t("""
        Hi Gabriela,

        Thanks for making time to speak with us about the Healthcare Data Analyst II role at
        Coralline Health Partners. Your video interview is confirmed:

        Thursday, September 17, 2026
        10:00 AM - 10:45 AM EDT

        Interviewers:
          - Daniela Restrepo, Talent Acquisition Partner
          - Curtis Bell, Manager, Clinical Analytics

        Location: Zoom - https://corallinehealth.zoom.us/j/84120077314

        Curtis will ask you to walk through a project where you worked with claims or EHR data, so
        have one example ready. If anything changes on your side, just reply to this email.

        Best,
        Daniela Restrepo
        Talent Acquisition | Coralline Health Partners
        Miami, FL
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f1f1f">
        <p>Hi Gabriela,</p>
        <p>Thanks for making time to speak with us about the Healthcare Data Analyst II role at
        Coralline Health Partners. Your video interview is confirmed:</p>
        <table cellpadding="4" style="border:1px solid #dcdcdc">
        <tr><td><b>Date</b></td><td>Thursday, September 17, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM - 10:45 AM EDT</td></tr>
        <tr><td><b>Interviewers</b></td><td>Daniela Restrepo, Talent Acquisition Partner<br>
        Curtis Bell, Manager, Clinical Analytics</td></tr>
        <tr><td><b>Location</b></td><td><a href="https://corallinehealth.zoom.us/j/84120077314">Zoom</a></td></tr>
        </table>
        <p>Curtis will ask you to walk through a project where you worked with claims or EHR data, so
        have one example ready. If anything changes on your side, just reply to this email.</p>
        <p>Best,<br>Daniela Restrepo<br>Talent Acquisition | Coralline Health Partners<br>Miami, FL</p>
        <img src="https://us.greenhouse-mail.io/o/e6f1c0d2.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = VTZ["America/New_York"].join(["""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
""", """
BEGIN:VEVENT
UID:gh-interview-5521904-3@greenhouse.io
DTSTAMP:20260910T191200Z
DTSTART;TZID=America/New_York:20260917T100000
DTEND;TZID=America/New_York:20260917T104500
SUMMARY:Interview: Gabriela Ortiz Colon - Healthcare Data Analyst II
LOCATION:https://corallinehealth.zoom.us/j/84120077314
ORGANIZER;CN=Daniela Restrepo:mailto:daniela.restrepo@corallinehealth.com
ATTENDEE;CN=Gabriela Ortiz Colon;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabriela.ortiz@example.org
ATTENDEE;CN=Curtis Bell;ROLE=REQ-PARTICIPANT:mailto:curtis.bell@corallinehealth.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""])
    return message([
        rcv("o7.us.greenhouse-mail.io (o7.us.greenhouse-mail.io [167.89.44.12])", "2026-09-10 15:12", NY,
            "4h8Q2kT0s1z"),
        ("From", "Coralline Health Partners <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", "Daniela Restrepo <daniela.restrepo@corallinehealth.com>"),
        ("To", ME_H),
        ("Subject", "Interview Confirmation: Healthcare Data Analyst II at Coralline Health Partners"),
        ("Date", date("2026-09-10 15:12", NY)),
        ("Message-ID", "<5f7e2a90c1b4.38211.greenhouse@us.greenhouse-mail.io>"),
        ("X-SG-EID", "uZ4fS8bq1aR0kq3mV9w2yTQ"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(N(2), family="lever", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-22 14:00", PR), end=utc("2026-09-22 15:00", PR),
      contact="marisol.velez@bohioanalytics.com", company="Bohío Analytics",
      local="Tue 2026-09-22 14:00", local_end="2026-09-22 15:00", zone=PR,
      note="Lever (HTML only, base64, Spanish); 'martes, 22 de septiembre de 2026, 2:00 p.m. - "
           "3:00 p.m. AST' (Puerto Rico, UTC-4) -> 18:00Z-19:00Z; contact = Reply-To recruiter")
def p02() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="es"><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:24px;background:#f4f5f7;font-family:-apple-system,Segoe UI,Roboto,sans-serif">
        <div style="max-width:560px;margin:auto;background:#fff;padding:24px;border-radius:6px">
        <p>Hola, Gabriela:</p>
        <p>¡Gracias por tu interés en <b>Bohío Analytics</b>! Te escribimos para confirmar tu entrevista
        para la posición de <b>Analista de Datos de Salud</b>.</p>
        <p style="font-size:15px"><b>Cuándo:</b> martes, 22 de septiembre de 2026, 2:00 p.m. – 3:00 p.m. AST<br>
        <b>Dónde:</b> Oficina de Bohío Analytics, Ave. Ponce de León 1405, piso 6, San Juan<br>
        <b>Con:</b> Marisol Vélez (Reclutamiento) y Héctor Quiñones (Líder de Analítica)</p>
        <p>Trae una identificación con foto; en el vestíbulo te darán un pase de visitante.
        Hay estacionamiento validado en el edificio.</p>
        <p>Si necesitas cambiar algo, responde a este correo y le llegará directamente a Marisol.</p>
        <p>¡Nos vemos pronto!<br>Equipo de Talento, Bohío Analytics</p>
        <p style="font-size:11px;color:#8a8f98">Enviado con Lever · <a href="https://hire.lever.co/unsubscribe">Preferencias</a></p>
        </div></body></html>
        """)
    return message([
        rcv("mail-a12.lever.co (mail-a12.lever.co [198.2.177.40])", "2026-09-14 10:05", PR, "9xP3mLq0Zb"),
        ("From", addr("Bohío Analytics", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Marisol Vélez", "marisol.velez@bohioanalytics.com")),
        ("To", ME_H),
        ("Subject", enc("Confirmación de entrevista – Analista de Datos de Salud")),
        ("Date", date("2026-09-14 10:05", PR)),
        ("Message-ID", "<0100019a1c4e7f20-lever-7c1d@email.amazonses.com>"),
    ], html(page, cte="base64"))


@mail(N(3), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-08 10:00", PR), end=None,
      contact="ivonne.cintron@monteceiba.org", company="Centro Médico Monte Ceiba",
      local="Thu 2026-10-08 10:00", zone=PR,
      note="Prose (usted), windows-1252 QP, text only: 'el jueves que viene a las 10 de la mañana' "
           "resolved against Date (Fri 2 Oct 2026, AST) -> Thu 8 Oct 10:00 AST = 14:00Z; "
           "'aproximadamente una hora' -> end null; contact = human sender")
def p03() -> bytes:
    body = t("""
        Buenas tardes, Sra. Ortiz Colón:

        Según conversamos hoy por teléfono, le confirmo su entrevista presencial para la plaza de
        Analista de Datos Clínicos el jueves que viene a las 10 de la mañana, en la Oficina de
        Recursos Humanos del Centro Médico Monte Ceiba (Edificio B, segundo piso), Carr. 2 km 11.3,
        Bayamón.

        La entrevista será con la Dra. Awilda Berríos, directora de Calidad, y conmigo. Dura
        aproximadamente una hora. Favor de traer copia de su resumé, identificación con foto y el
        certificado de buena conducta si lo tiene a la mano (si no, lo puede entregar luego).

        El estacionamiento de visitantes está frente a Emergencias; indíquele al guardia que viene
        a Recursos Humanos.

        Cualquier cambio, me puede llamar al 787-555-0148 o escribirme a este correo.

        Cordialmente,

        Ivonne Cintrón Maldonado
        Especialista de Reclutamiento
        Centro Médico Monte Ceiba
        ivonne.cintron@monteceiba.org
        """)
    return message([
        rcv("mail.monteceiba.org (mail.monteceiba.org [216.70.81.15])", "2026-10-02 16:40", PR, "Kd02nWq7"),
        ("From", addr("Ivonne Cintrón Maldonado", "ivonne.cintron@monteceiba.org", "iso-8859-1")),
        ("To", addr("Gabriela Ortiz Colón", ME, "iso-8859-1")),
        ("Subject", enc("Confirmación entrevista - Analista de Datos Clínicos", "iso-8859-1")),
        ("Date", date("2026-10-02 16:40", PR)),
        ("Message-ID", "<A61F2C0E77B04D2A9F1E5B@EXCH01.monteceiba.local>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Topic", enc("Confirmación entrevista - Analista de Datos Clínicos", "iso-8859-1")),
    ], text(body, charset="windows-1252"))


@mail(N(4), family="workday", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-14 13:30", NY), end=utc("2026-10-14 14:30", NY),
      contact="tamika.boyd@suncoastortho.com", company="Suncoast Orthopedic Group",
      local="Wed 2026-10-14 13:30", local_end="2026-10-14 14:30", zone=NY,
      note="Workday 'Interview Scheduled' forwarded to self as message/rfc822; '10/14/2026 1:30 PM - "
           "2:30 PM EDT' (US MM/DD, EDT = UTC-4) -> 17:30Z-18:30Z; sender is the candidate and the "
           "Workday mailbox, so contact = recruiter address in the forwarded body")
def p04() -> bytes:
    inner_body = t("""
        Dear Gabriela,

        Your interview for Clinical Data Analyst (R-10482) has been scheduled.

        Interview details
        Date: 10/14/2026
        Time: 1:30 PM - 2:30 PM EDT
        Format: Microsoft Teams (link will be sent by the hiring team)
        Interviewers: Paul Whitmore, Director of Revenue Cycle Analytics; Tamika Boyd, Recruiter

        To view this interview, sign in to your candidate home:
        https://wd5.myworkdaysite.com/recruiting/suncoastortho/Careers/userHome

        If you need to reschedule, please contact your recruiter, Tamika Boyd, at
        tamika.boyd@suncoastortho.com.

        Regards,
        Suncoast Orthopedic Group Talent Acquisition

        This is an automated message. Please do not reply.
        """)
    inner = message([
        ("From", "Suncoast Orthopedic Group <suncoastortho@myworkday.com>"),
        ("To", "gabriela.ortizcolon@example.net"),
        ("Subject", "Interview Scheduled: Clinical Data Analyst (R-10482)"),
        ("Date", date("2026-10-06 11:20", NY)),
        ("Message-ID", "<1893274015.66120.1791213600000@wd5-prod-mail.myworkday.com>"),
    ], text(inner_body, cte="7bit", charset="us-ascii"))
    note = t("""
        para el calendario -- miercoles 14, 1:30 hora del este (misma hora que aqui todavia)

        Enviado desde mi iPhone
        """)
    return message([
        rcv("mail.example.net (mail.example.net [203.0.113.25])", "2026-10-06 12:03", PR, "fW7r2aKq"),
        ("From", addr("Gabriela Ortiz", "gabriela.ortizcolon@example.net")),
        ("To", ME),
        ("Subject", "Fwd: Interview Scheduled: Clinical Data Analyst (R-10482)"),
        ("Date", date("2026-10-06 12:03", PR)),
        ("Message-ID", "<7D1A0C2E-55B1-4F0E-9A7E-2C1F0B3D8E41@example.net>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ], mixed(text(note, cte="7bit", charset="us-ascii"),
             attached_message(inner, "Interview Scheduled Clinical Data Analyst (R-10482).eml")))


@mail(N(5), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-15 09:00", PR), end=utc("2026-10-15 10:00", PR),
      contact="wsantiago@costasurhealth.com", company="Costa Sur Health Network",
      local="Thu 2026-10-15 09:00", local_end="2026-10-15 10:00", zone=PR,
      note="Google Calendar invitation in Spanish: 'jue 15 oct 2026 9 a.m. - 10 a.m. (AST)' "
           "(hora estándar del Atlántico, UTC-4) -> 13:00Z-14:00Z; ICS TZID America/Puerto_Rico; "
           "contact = ORGANIZER / sender (interviewer)")
def p05() -> bytes:
    body = t("""
        Wilfredo Santiago te invitó a este evento.

        Entrevista – Analista de Datos (Gabriela Ortiz Colón)
        Cuándo
        jueves, 15 de octubre de 2026 · 9:00 – 10:00 a.m.
        Hora estándar del Atlántico - Puerto Rico
        Ubicación
        Costa Sur Health Network, Calle Comercio 45, piso 3, Ponce, 00730
        Ver mapa

        Gabriela, te espero en recepción del tercer piso. Conmigo estará Lissette Ramos, de
        Finanzas. Si se te complica la carretera, escríbeme.

        Invitados
        Wilfredo Santiago - organizador
        lramos@costasurhealth.com
        gabriela.ortiz@example.org

        Ver todos los detalles de los invitados

        ¿Asistirás?
        Sí | No | Tal vez   más opciones

        Invitación de Google Calendar

        Recibes este correo electrónico porque eres invitado a este evento. Para dejar de recibir
        actualizaciones de este evento, rechaza la invitación.
        """)
    page = gmail_html(body)
    ics = VTZ_PR.join(["""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""", """
BEGIN:VEVENT
DTSTART;TZID=America/Puerto_Rico:20261015T090000
DTEND;TZID=America/Puerto_Rico:20261015T100000
DTSTAMP:20261008T183100Z
ORGANIZER;CN=Wilfredo Santiago:mailto:wsantiago@costasurhealth.com
UID:4k0s9dq3b1n7m2e5c8r6t0vj1a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gabriela.ortiz@example.org;X-NUM-GUESTS=0:mailto:gabriela.ortiz@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Wilfredo Santiago;X-NUM-GUESTS=0:mailto:wsantiago@costasurhealth.com
CREATED:20261008T183058Z
DESCRIPTION:Gabriela\\, te espero en recepción del tercer piso.
LAST-MODIFIED:20261008T183100Z
LOCATION:Costa Sur Health Network\\, Calle Comercio 45\\, piso 3\\, Ponce\\, 00730
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista – Analista de Datos (Gabriela Ortiz Colón)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""])
    subj = ("Invitación: Entrevista – Analista de Datos (Gabriela Ortiz Colón) @ jue 15 oct 2026 "
            "9 a.m. - 10 a.m. (AST) (gabriela.ortiz@example.org)")
    return message([
        rcv("mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", "2026-10-08 14:31", PR,
            "g5Pq8dLwA"),
        ("From", "Wilfredo Santiago <wsantiago@costasurhealth.com>"),
        ("Reply-To", "Wilfredo Santiago <wsantiago@costasurhealth.com>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", enc(subj)),
        ("Date", date("2026-10-08 14:31", PR)),
        ("Message-ID", "<calendar-7f0d2b1e-3a9c-4e51-b7d0-91a2c4e8f6aa@google.com>"),
    ], mixed(alt(text(body), html(page), calendar(ics, cte="base64")),
             calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(N(6), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-05 10:00", CHI), end=utc("2026-11-05 10:30", CHI),
      contact="brent.kowalski@fieldstonerx.com", company="Fieldstone Rx",
      local="Thu 2026-11-05 10:00", local_end="2026-11-05 10:30", zone=CHI,
      note="Calendly invitee confirmation sent Thu 29 Oct (US still on CDT) for Thu 5 Nov, after the "
           "1 Nov change: 10:00am Central = CST UTC-6 -> 16:00Z-16:30Z (not 15:00Z); ICS agrees; "
           "contact = host (Reply-To / ORGANIZER)")
def p06() -> bytes:
    body = t("""
        Hi Gabriela Ortiz Colón,

        A new event has been scheduled.

        Event Type:
        Recruiter Screen - Healthcare Data Analyst (30 min)

        Invitee:
        Gabriela Ortiz Colón

        Invitee Email:
        gabriela.ortiz@example.org

        Event Date/Time:
        10:00am - 10:30am (Central Time - US & Canada) Thursday, November 5, 2026

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/ryx-pqcd-wha

        Questions:
        What time zone are you in?
        Atlantic (Puerto Rico)

        View event in Calendly
        https://calendly.com/events/9b1e4c70-2a6f-4f0a-a0d4-5c7e2e1f5f02

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/9b1e4c70-2a6f-4f0a-a0d4-5c7e2e1f5f02
        Reschedule: https://calendly.com/reschedulings/9b1e4c70-2a6f-4f0a-a0d4-5c7e2e1f5f02

        Powered by Calendly.com
        """)
    ics = VTZ["America/Chicago"].join(["""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
""", """
BEGIN:VEVENT
UID:9b1e4c70-2a6f-4f0a-a0d4-5c7e2e1f5f02@calendly.com
DTSTAMP:20261029T171403Z
DTSTART;TZID=America/Chicago:20261105T100000
DTEND;TZID=America/Chicago:20261105T103000
SUMMARY:Recruiter Screen - Healthcare Data Analyst (30 min) between Brent Kowalski and Gabriela Ortiz Colón
ORGANIZER;CN=Brent Kowalski:mailto:brent.kowalski@fieldstonerx.com
ATTENDEE;CN=Gabriela Ortiz Colón;PARTSTAT=ACCEPTED:mailto:gabriela.ortiz@example.org
LOCATION:https://meet.google.com/ryx-pqcd-wha
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""])
    return message([
        rcv("o1.email.calendly.com (o1.email.calendly.com [149.72.196.103])", "2026-10-29 17:14", "UTC",
            "c4L0vQ2m"),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", "Brent Kowalski <brent.kowalski@fieldstonerx.com>"),
        ("To", ME_H),
        ("Subject", enc("New Event: Gabriela Ortiz Colón - 10:00am Thu, Nov 5, 2026 - Recruiter Screen - "
                        "Healthcare Data Analyst (30 min)")),
        ("Date", date("2026-10-29 17:14", "UTC")),
        ("Message-ID", "<calendly.9b1e4c70.invitee.confirmation@calendly.com>"),
    ], mixed(text(body, cte="quoted-printable"),
             calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                      disposition="attachment")))


@mail(N(7), family="exchange", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 11:00", NY), end=utc("2026-11-03 12:00", NY),
      contact="pnatarajan@hudsonmeridian.org", company="Hudson Meridian Health",
      local="Tue 2026-11-03 11:00", local_end="2026-11-03 12:00", zone=NY,
      note="Exchange meeting request sent Wed 28 Oct (EDT) for Tue 3 Nov (EST): '11:00 AM-12:00 PM "
           "(UTC-05:00) Eastern Time' -> 16:00Z-17:00Z; body adds 'noon your time in San Juan' "
           "(AST, consistent); ICS TZID 'Eastern Standard Time'; contact = organizer/sender")
def p07() -> bytes:
    body = t("""
        Hi Gabriela,

        Sending the invite for your panel interview for the Sr. Population Health Analyst role. Heads
        up: our clocks go back this weekend, so 11:00 AM Eastern on Tuesday is noon your time in San
        Juan.

        Panel: Priya Natarajan (Director, Population Health Analytics), Marcus Feld (Data
        Engineering), Yolanda Pierce (Care Management).

        Thanks,
        Priya

        When: Tuesday, November 3, 2026 11:00 AM-12:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ5ZTBm>
        Meeting ID: 243 551 908 116
        Passcode: 7tYq3K
        Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Hi Gabriela,</p>
        <p>Sending the invite for your panel interview for the Sr. Population Health Analyst role.
        Heads up: our clocks go back this weekend, so 11:00 AM Eastern on Tuesday is noon your time in
        San Juan.</p>
        <p>Panel: Priya Natarajan (Director, Population Health Analytics), Marcus Feld (Data
        Engineering), Yolanda Pierce (Care Management).</p>
        <p>Thanks,<br>Priya</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">
        ________________________________________________________________________________</span></div>
        <div><span style="font-size:24px;font-weight:700">Microsoft Teams meeting</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ5ZTBm">Click here to join the meeting</a></div>
        <div>Meeting ID: 243 551 908 116 &nbsp; Passcode: 7tYq3K</div>
        </div></body></html>
        """)
    ics = VTZ["Eastern Standard Time"].join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Priya Natarajan:mailto:pnatarajan@hudsonmeridian.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gabriela Ortiz Colon:mailto:gabriela.ortiz@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marcus Feld:mailto:mfeld@hudsonmeridian.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Yolanda Pierce:mailto:ypierce@hudsonmeridian.org
DESCRIPTION;LANGUAGE=en-US:Hi Gabriela\\,\\n\\nSending the invite for your panel interview.\\n
UID:040000008200E00074C5B7101A82E00800000000A0F3C1B2B2A6DC01000000000000000010000000D4E3F2A1B0C9D8E7F6
SUMMARY;LANGUAGE=en-US:Interview: Gabriela Ortiz Colon - Sr. Population Health Analyst
DTSTART;TZID=Eastern Standard Time:20261103T110000
DTEND;TZID=Eastern Standard Time:20261103T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261028T134700Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
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
"""])
    return message([
        rcv("NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2112.outbound.protection.outlook.com"
            " [40.107.237.112])", "2026-10-28 09:47", NY, "Qm3uT8c1"),
        ("From", "Priya Natarajan <pnatarajan@hudsonmeridian.org>"),
        ("To", ME_H),
        ("Subject", "Interview: Gabriela Ortiz Colon - Sr. Population Health Analyst"),
        ("Thread-Topic", "Interview: Gabriela Ortiz Colon - Sr. Population Health Analyst"),
        ("Thread-Index", "AdtJ2bG7vQz3c1oTR0qvZ8m2a9Xk4Q=="),
        ("Date", date("2026-10-28 09:47", NY)),
        ("Message-ID", "<BN8PR12MB3345E0C6F1A7D2B44C81A9D2C3A10@BN8PR12MB3345.namprd12.prod.outlook.com>"),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(N(8), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-18 16:30", LA), end=utc("2026-11-18 17:15", LA),
      contact="jordan.whitfield@tidepoolclinical.com", company="Tidepool Clinical",
      local="Wed 2026-11-18 16:30", local_end="2026-11-18 17:15", zone=LA,
      note="Ashby confirmation for a Seattle team: 'Wednesday, November 18, 2026, 4:30 PM - 5:15 PM PST' "
           "(UTC-8) -> 00:30Z-01:15Z on Thu 19 Nov (another day in UTC); body repeats it as "
           "8:30-9:15 PM AST; ICS in UTC; contact = Reply-To coordinator")
def p08() -> bytes:
    body = t("""
        Hi Gabriela,

        Your interview with Tidepool Clinical is confirmed. We're looking forward to speaking with you!

        Wednesday, November 18, 2026, 4:30 PM – 5:15 PM PST
        (8:30 PM – 9:15 PM AST, your local time)
        Google Meet: https://meet.google.com/tdp-kxwn-qre

        You'll meet with:
          Renee Castillo — Analytics Manager, Payer Partnerships
          Sam Oduya — Senior Data Analyst

        We know this is late in your evening; thank you for being flexible with our Pacific-time team.

        Questions? Just reply and it will reach Jordan Whitfield.

        Thanks,
        Tidepool Clinical Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Gabriela,</p>
        <p>Your interview with Tidepool Clinical is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><strong>Wednesday, November 18, 2026, 4:30 PM – 5:15 PM PST</strong><br>
        (8:30 PM – 9:15 PM AST, your local time)<br>
        Google Meet: <a href="https://meet.google.com/tdp-kxwn-qre">meet.google.com/tdp-kxwn-qre</a></p>
        <p>You&#x27;ll meet with:<br>Renee Castillo — Analytics Manager, Payer Partnerships<br>
        Sam Oduya — Senior Data Analyst</p>
        <p>We know this is late in your evening; thank you for being flexible with our Pacific-time team.</p>
        <p>Questions? Just reply and it will reach Jordan Whitfield.</p>
        <p>Thanks,<br>Tidepool Clinical Recruiting</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:a8c1f2d4-77e0-4b3b-9e55-1f0c2a6d9b31
DTSTAMP:20261110T190210Z
DTSTART:20261119T003000Z
DTEND:20261119T011500Z
SEQUENCE:0
SUMMARY:Tidepool Clinical – Healthcare Data Analyst Interview
LOCATION:https://meet.google.com/tdp-kxwn-qre
ORGANIZER;CN=Jordan Whitfield:mailto:jordan.whitfield@tidepoolclinical.com
ATTENDEE;CN=Gabriela Ortiz Colón;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabriela.ortiz@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    return message([
        rcv("a27-41.smtp-out.us-west-2.amazonses.com (a27-41.smtp-out.us-west-2.amazonses.com [54.240.27.41])",
            "2026-11-10 19:02", "UTC", "Zr6bN1x4"),
        ("From", "Tidepool Clinical <no-reply@ashbyhq.com>"),
        ("Reply-To", "Jordan Whitfield <jordan.whitfield@tidepoolclinical.com>"),
        ("To", ME_H),
        ("Subject", "Interview confirmed: Healthcare Data Analyst at Tidepool Clinical"),
        ("Date", date("2026-11-10 19:02", "UTC")),
        ("Message-ID", "<01010193b7e2c4a1-0c5e1b2a-9d77-4f1b-a2e3-6b8c1d0e9f21-000000@us-west-2.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(N(9), family="human_prose", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-10 15:00", NY), end=None,
      contact="carla.mendez@palmettocare.org", company="Palmetto Care Alliance",
      local="Tue 2026-11-10 15:00", zone=NY,
      note="Phone-written reply on top of the candidate's message: 'confirmed for tmrw at 3pm ET' "
           "resolved against Date (Mon 9 Nov 11:48 EST) -> Tue 10 Nov 15:00 EST = 20:00Z (4 PM AST, inside "
           "the 2-5 PM AST window she offered); no length -> end null; contact = human sender")
def p09() -> bytes:
    body = t("""
        Perfect - confirmed for tmrw at 3pm ET w/ Dr. Hsu and me. Same Teams link as the screen last
        week. Call my cell if anything comes up 305-555-0192

        Carla

        Sent from my iPhone

        > On Nov 9, 2026, at 11:31 AM, Gabriela Ortiz Colón <gabriela.ortiz@example.org> wrote:
        >
        > Hi Carla,
        >
        > Tomorrow afternoon works for me. I'm free anytime from 2 to 5 PM AST (that's 1 to 4 PM
        > Eastern now that you changed the clocks). Just let me know what suits Dr. Hsu.
        >
        > Thanks!
        > Gabriela
        >
        >> On Nov 9, 2026, at 8:02 AM, Carla Mendez <carla.mendez@palmettocare.org> wrote:
        >>
        >> Hi Gabriela - good news, Dr. Hsu wants to meet you for the Quality Reporting Analyst
        >> role. Any chance you're free tomorrow afternoon? It'd be about 45 min on Teams.
        >>
        >> Carla Mendez | Talent Acquisition | Palmetto Care Alliance
        """)
    return message([
        rcv("mail-pj1-f54.google.com (mail-pj1-f54.google.com [209.85.216.54])", "2026-11-09 11:48", NY,
            "uE4k0pW9"),
        ("From", "Carla Mendez <carla.mendez@palmettocare.org>"),
        ("To", ME_H),
        ("Subject", "Re: Quality Reporting Analyst - next step"),
        ("Date", date("2026-11-09 11:48", NY)),
        ("Message-ID", "<3E9C1A77-0B2D-4C55-8F21-6A0D9E4B7C13@palmettocare.org>"),
        ("In-Reply-To", "<CAF7m1qZx0Yt3-gab@example.org>"),
        ("References", "<5D1B0C2E-1111-4A0E-9A7E-2C1F0B3D8E00@palmettocare.org> <CAF7m1qZx0Yt3-gab@example.org>"),
        ("X-Mailer", "iPhone Mail (22B83)"),
    ], text(body, cte="8bit"))


@mail(N(10), family="smartrecruiters", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-19 09:30", PR), end=utc("2026-11-19 10:15", PR),
      contact="ycolon@nexosaludpr.com", company="Nexo Salud PR",
      local="Thu 2026-11-19 09:30", local_end="2026-11-19 10:15", zone=PR,
      note="SmartRecruiters (Spanish, usted) from a no-reply mailbox: 'Fecha: 19/nov/2026 Hora: 9:30 a.m. "
           "(hora del Atlántico) Duración: 45 minutos' -> 13:30Z-14:15Z; contact = interviewer "
           "address in the body")
def p10() -> bytes:
    body = t("""
        Estimada Gabriela:

        Le confirmamos su entrevista para la posición de Analista de Datos de Salud (Ref. NSP-2026-118)
        en Nexo Salud PR.

        Fecha: 19/nov/2026
        Hora: 9:30 a.m. (hora del Atlántico)
        Duración: 45 minutos
        Modalidad: videollamada por Microsoft Teams (el enlace le llegará en un correo aparte)
        Entrevistadora: Yesenia Colón Rivera, Gerente de Analítica (ycolon@nexosaludpr.com)

        Si tiene alguna pregunta sobre la entrevista, escríbale directamente a la entrevistadora.
        Por favor, no responda a este mensaje.

        Saludos cordiales,
        Reclutamiento – Nexo Salud PR

        Este correo fue enviado por SmartRecruiters en nombre de Nexo Salud PR.
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
        <table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:20px">
        <img src="https://assets.smartrecruiters.com/nexosaludpr/logo.png" alt="Nexo Salud PR" height="40">
        <p>Estimada Gabriela:</p>
        <p>Le confirmamos su entrevista para la posición de <b>Analista de Datos de Salud</b>
        (Ref. NSP-2026-118) en Nexo Salud PR.</p>
        <table cellpadding="6" style="background:#f2f6fa;width:100%">
        <tr><td>Fecha:</td><td><b>19/nov/2026</b></td></tr>
        <tr><td>Hora:</td><td><b>9:30 a.m. (hora del Atlántico)</b></td></tr>
        <tr><td>Duración:</td><td>45 minutos</td></tr>
        <tr><td>Modalidad:</td><td>videollamada por Microsoft Teams (el enlace le llegará en un correo aparte)</td></tr>
        <tr><td>Entrevistadora:</td><td>Yesenia Colón Rivera, Gerente de Analítica
        (<a href="mailto:ycolon@nexosaludpr.com">ycolon@nexosaludpr.com</a>)</td></tr>
        </table>
        <p>Si tiene alguna pregunta sobre la entrevista, escríbale directamente a la entrevistadora.
        Por favor, no responda a este mensaje.</p>
        <p>Saludos cordiales,<br>Reclutamiento – Nexo Salud PR</p>
        <p style="font-size:11px;color:#777">Este correo fue enviado por SmartRecruiters en nombre de Nexo Salud PR.</p>
        </td></tr></table></body></html>
        """)
    return message([
        rcv("mail2.smartrecruiters.com (mail2.smartrecruiters.com [185.145.50.22])", "2026-11-12 12:15", "UTC",
            "sR7yH2q0"),
        ("From", "Nexo Salud PR <noreply@smartrecruiters.com>"),
        ("To", ME_H),
        ("Subject", enc("Confirmación de entrevista: Analista de Datos de Salud – Nexo Salud PR")),
        ("Date", date("2026-11-12 12:15", "UTC")),
        ("Message-ID", "<20261112121500.6a1f0e77c2d4@smartrecruiters.com>"),
        ("List-Unsubscribe", "<https://www.smartrecruiters.com/unsubscribe/c7e2>"),
    ], alt(text(body), html(page)))


@mail(N(11), family="exchange", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-23 14:00", PR), end=utc("2026-11-23 15:30", PR),
      contact="larosario@ceibasalud.com", company="Aseguradora Ceiba Salud",
      local="Mon 2026-11-23 14:00", local_end="2026-11-23 15:30", zone=PR,
      note="Spanish Outlook/Teams meeting request: 'lunes, 23 de noviembre de 2026 2:00 p. m.-3:30 p. m. "
           "(UTC-04:00) Georgetown, La Paz, Manaus, San Juan' -> 18:00Z-19:30Z; ICS TZID "
           "'SA Western Standard Time' (no DST); contact = organizer/sender")
def p11() -> bytes:
    body = t("""
        Saludos, Gabriela:

        Adjunto la invitación para la entrevista con el panel de Analítica. Serán 90 minutos: 30 de
        conversación con Marilú Acevedo (VP de Operaciones Clínicas) y 60 con el equipo técnico, con un
        ejercicio breve de SQL. No hace falta preparar presentación.

        Saludos,
        Luis Ángel Rosario
        Gerente de Talento | Aseguradora Ceiba Salud

        Cuándo: lunes, 23 de noviembre de 2026 2:00 p. m.-3:30 p. m. (UTC-04:00) Georgetown, La Paz, Manaus, San Juan.
        Dónde: Reunión de Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Únase a través de su ordenador, aplicación móvil o dispositivo de sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzQ2MTFk>
        Id. de reunión: 281 004 736 552
        Código de acceso: Hb9xR2
        Descargar Teams<https://www.microsoft.com/microsoft-teams/download-app> | Unirse en la web
        ________________________________________________________________________________
        """)
    ics = VTZ_SAW.join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Luis Ángel Rosario:mailto:larosario@ceibasalud.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gabriela Ortiz Colón:mailto:gabriela.ortiz@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marilú Acevedo:mailto:macevedo@ceibasalud.com
UID:040000008200E00074C5B7101A82E0080000000030B1E7C4A2C1DC01000000000000000010000000A1B2C3D4E5F60718
SUMMARY;LANGUAGE=es-ES:Entrevista panel - Analista de Datos de Salud II
DTSTART;TZID=SA Western Standard Time:20261123T140000
DTEND;TZID=SA Western Standard Time:20261123T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261116T142200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""])
    return message([
        rcv("NAM04-DM6-obe.outbound.protection.outlook.com (mail-dm6nam04on2091.outbound.protection.outlook.com"
            " [40.107.102.91])", "2026-11-16 10:22", PR, "Ht5wN0pa"),
        ("From", addr("Luis Ángel Rosario", "larosario@ceibasalud.com")),
        ("To", ME_H),
        ("Subject", "Entrevista panel - Analista de Datos de Salud II"),
        ("Thread-Topic", "Entrevista panel - Analista de Datos de Salud II"),
        ("Date", date("2026-11-16 10:22", PR)),
        ("Message-ID", "<DM6PR04MB6630B2C41E0F7A9A1D3E5C77B9A20@DM6PR04MB6630.namprd04.prod.outlook.com>"),
        ("Content-Language", "es-PR"),
    ], alt(text(body), calendar(ics, cte="base64")))


@mail(N(12), family="personio", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-01 10:00", NY), end=utc("2026-12-01 11:00", NY),
      contact="siobhan.kearney@kestrelhealthdata.com", company="Kestrel Health Data",
      local="Tue 2026-12-01 10:00", local_end="2026-12-01 11:00", zone=NY,
      note="Personio invitation with European date style '01/12/2026' next to 'Tuesday, 1 December "
           "2026, 10:00 - 11:00 (America/New_York)' -> EST UTC-5 -> 15:00Z-16:00Z (11:00 AST); not 12 "
           "January; ICS agrees; contact = Reply-To recruiter")
def p12() -> bytes:
    body = t("""
        Dear Gabriela,

        Thank you for your application for the position of Healthcare Data Analyst (Remote, US).
        We are pleased to confirm your interview:

        Date: 01/12/2026 (Tuesday, 1 December 2026)
        Time: 10:00 - 11:00 (America/New_York)
        Type: Video call
        Link: https://kestrelhealthdata.whereby.com/interview-gabriela
        Interviewers: Siobhan Kearney (People & Talent), Dev Raman (Head of Analytics, US)

        Please accept the attached calendar invitation. If the time no longer suits you, reply to this
        email and Siobhan will help you find another slot.

        Kind regards,
        Siobhan Kearney
        People & Talent
        Kestrel Health Data

        --
        This message was sent via Personio on behalf of Kestrel Health Data.
        """)
    ics = VTZ["America/New_York"].join(["""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio//Recruiting//EN
METHOD:REQUEST
""", """
BEGIN:VEVENT
UID:personio-interview-3f6d2c19-0b87-4a2e-bb10-55e1a1c0d7e4
DTSTAMP:20261123T140500Z
DTSTART;TZID=America/New_York:20261201T100000
DTEND;TZID=America/New_York:20261201T110000
SUMMARY:Interview: Healthcare Data Analyst (Remote\\, US) - Gabriela Ortiz Colon
ORGANIZER;CN=Siobhan Kearney:mailto:siobhan.kearney@kestrelhealthdata.com
ATTENDEE;CN=Gabriela Ortiz Colon;RSVP=TRUE:mailto:gabriela.ortiz@example.org
LOCATION:https://kestrelhealthdata.whereby.com/interview-gabriela
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""])
    return message([
        rcv("mail-eu1.personio.de (mail-eu1.personio.de [185.56.150.17])", "2026-11-23 14:05", "UTC", "pE9t1Lx3"),
        ("From", "Kestrel Health Data <noreply@personio.de>"),
        ("Reply-To", "Siobhan Kearney <siobhan.kearney@kestrelhealthdata.com>"),
        ("To", ME_H),
        ("Subject", "Interview invitation: Healthcare Data Analyst (Remote, US)"),
        ("Date", date("2026-11-23 14:05", "UTC")),
        ("Message-ID", "<a1d7e0c2b9f34e5c8d11@personio.de>"),
    ], mixed(text(body, charset="us-ascii", cte="7bit"),
             calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(N(13), family="teamtailor", lang="es", interview=True, kind="scheduled",
      start=utc("2026-12-02 11:00", PR), end=utc("2026-12-02 11:45", PR),
      contact="natalia.figueroa@lumbrepagos.com", company="Lumbre Pagos",
      local="Wed 2026-12-02 11:00", local_end="2026-12-02 11:45", zone=PR,
      note="Teamtailor (Spanish, tú, base64): 'miércoles, 2 de diciembre de 2026 · 11:00 – 11:45 (hora de "
           "Puerto Rico)' -> 15:00Z-15:45Z; ICS America/Puerto_Rico; contact = Reply-To recruiter")
def p13() -> bytes:
    body = t("""
        ¡Hola Gabriela!

        Tu entrevista con Lumbre Pagos está confirmada 🎉

        Analista de Datos – Riesgo y Fraude
        miércoles, 2 de diciembre de 2026 · 11:00 – 11:45 (hora de Puerto Rico)
        Google Meet: https://meet.google.com/lmb-rpag-oss

        Vas a conversar con Natalia Figueroa (Talento) y Ricardo Nieves (Head of Data).

        ¿Necesitas cambiar la hora? Contesta este correo y Natalia te ayuda.

        ¡Éxito!
        El equipo de Lumbre Pagos
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:'Helvetica Neue',Arial,sans-serif;background:#fff7f0">
        <div style="max-width:520px;margin:0 auto;padding:32px;background:#fff">
        <h2 style="color:#e8590c">¡Hola Gabriela!</h2>
        <p>Tu entrevista con <b>Lumbre Pagos</b> está confirmada 🎉</p>
        <div style="border-left:4px solid #e8590c;padding:8px 16px">
        <p style="margin:0"><b>Analista de Datos – Riesgo y Fraude</b></p>
        <p style="margin:0">miércoles, 2 de diciembre de 2026 · 11:00 – 11:45 (hora de Puerto Rico)</p>
        <p style="margin:0"><a href="https://meet.google.com/lmb-rpag-oss">Unirse con Google Meet</a></p>
        </div>
        <p>Vas a conversar con Natalia Figueroa (Talento) y Ricardo Nieves (Head of Data).</p>
        <p>¿Necesitas cambiar la hora? Contesta este correo y Natalia te ayuda.</p>
        <p>¡Éxito!<br>El equipo de Lumbre Pagos</p>
        <p style="font-size:11px;color:#999">Powered by Teamtailor</p>
        </div></body></html>
        """)
    ics = VTZ_PR.join(["""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interview//ES
METHOD:REQUEST
""", """
BEGIN:VEVENT
UID:tt-meeting-4471902@teamtailor.com
DTSTAMP:20261125T174000Z
DTSTART;TZID=America/Puerto_Rico:20261202T110000
DTEND;TZID=America/Puerto_Rico:20261202T114500
SUMMARY:Entrevista: Gabriela Ortiz Colón – Analista de Datos (Lumbre Pagos)
ORGANIZER;CN=Natalia Figueroa:mailto:natalia.figueroa@lumbrepagos.com
ATTENDEE;CN=Gabriela Ortiz Colón;RSVP=TRUE:mailto:gabriela.ortiz@example.org
LOCATION:https://meet.google.com/lmb-rpag-oss
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""])
    return message([
        rcv("mail.teamtailor-mail.com (mail.teamtailor-mail.com [159.183.4.12])", "2026-11-25 13:40", PR,
            "Tt3kX9b1"),
        ("From", "Lumbre Pagos <lumbrepagos@teamtailor-mail.com>"),
        ("Reply-To", "Natalia Figueroa <natalia.figueroa@lumbrepagos.com>"),
        ("To", ME_H),
        ("Subject", enc("Tu entrevista con Lumbre Pagos está confirmada")),
        ("Date", date("2026-11-25 13:40", PR)),
        ("Message-ID", "<6f3e1c0a-tt-4471902@teamtailor-mail.com>"),
    ], mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
             calendar(ics, filename="entrevista.ics", disposition="attachment", cte="base64")))


@mail(N(14), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-03 14:00", NY), end=utc("2026-12-03 14:45", NY),
      contact="hlindqvist@lakeshorepeds.com", company="Lakeshore Pediatric Partners",
      local="Thu 2026-12-03 14:00", local_end="2026-12-03 14:45", zone=NY,
      note="Recruiter prose 'next Thursday' (Date Fri 27 Nov) plus a pasted Zoom block 'Dec 3, 2026 "
           "02:00 PM Eastern Time (US and Canada)' -> EST UTC-5 -> 19:00Z; 'a 45-minute conversation' "
           "-> end 19:45Z; contact = human sender")
def p14() -> bytes:
    body = t("""
        Hi Gabriela,

        Thanks for getting back to me so quickly! You're all set for next Thursday with our analytics
        director, Mark Oyelaran. It'll be a 45-minute conversation, mostly about your HEDIS and
        Medicaid reporting work. Zoom details are below.

        One more thing - Zoom shows Eastern time, so that's 3:00 PM for you in Puerto Rico.

        Best,
        Heather

        Heather Lindqvist
        Recruiter | Lakeshore Pediatric Partners
        Orlando, FL | 407-555-0133

        ---

        Heather Lindqvist is inviting you to a scheduled Zoom meeting.

        Topic: Gabriela Ortiz Colon - Data Analyst Interview
        Time: Dec 3, 2026 02:00 PM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://lakeshorepeds.zoom.us/j/93300417725?pwd=bE5kQ3dVY0tWRk1hZ0pIOXZ3QT09

        Meeting ID: 933 0041 7725
        Passcode: 571923

        ---

        One tap mobile
        +13092053325,,93300417725#,,,,*571923# US
        +13126266799,,93300417725#,,,,*571923# US (Chicago)
        """)
    return message([
        rcv("mail-co1nam11on2105.outbound.protection.outlook.com (mail-co1nam11on2105.outbound.protection.outlook.com"
            " [40.107.220.105])", "2026-11-27 10:12", NY, "Lk7pQ0w2"),
        ("From", "Heather Lindqvist <hlindqvist@lakeshorepeds.com>"),
        ("To", ME_H),
        ("Subject", "RE: Data Analyst interview - Lakeshore Pediatric Partners"),
        ("Date", date("2026-11-27 10:12", NY)),
        ("Message-ID", "<CO1PR11MB5089F1E3A7C2D4B6E8A9B0C1D2E34@CO1PR11MB5089.namprd11.prod.outlook.com>"),
        ("In-Reply-To", "<CAF7m1qZLakeshore-gab@example.org>"),
    ], text(body, charset="us-ascii", cte="7bit"))


@mail(N(15), family="icims", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-12 09:00", NY), end=None,
      contact="rachel.abernathy@brookhollowhealth.org", company="Brookhollow Health",
      local="Thu 2026-11-12 09:00", zone=NY,
      note="iCIMS HTML-only (windows-1252 QP): '11/12/2026 at 9:00 AM Eastern Time' is US MM/DD = "
           "Thu 12 Nov (not 11 Dec); EST UTC-5 -> 14:00Z; no length -> end null; contact = hiring "
           "manager address in the body")
def p15() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <table width="640" cellpadding="10"><tr><td bgcolor="#00426a"><font color="#ffffff" size="4">Brookhollow Health Careers</font></td></tr>
        <tr><td>
        <p>Dear Gabriela,</p>
        <p>Thank you for your interest in the <b>Data Analyst &ndash; Value-Based Care (Req 2026-4471)</b>
        position. We’re pleased to let you know that your interview has been scheduled for
        <b>11/12/2026 at 9:00 AM Eastern Time</b>.</p>
        <p>Location: Brookhollow Health, 600 Hudson Crossing, 4th floor, Conference Room 4B, New York, NY
        (a virtual option is available on request).</p>
        <p>You will meet with Rachel Abernathy, Manager, Analytics &amp; Reporting. Should you have any
        questions before your interview, you may contact Rachel at
        <a href="mailto:rachel.abernathy@brookhollowhealth.org">rachel.abernathy@brookhollowhealth.org</a>.</p>
        <p>Please bring a government-issued photo ID for building security.</p>
        <p>Sincerely,<br>Brookhollow Health Talent Acquisition</p>
        <p style="font-size:10px;color:#666">Please do not reply to this message; this mailbox is not monitored.
        Powered by iCIMS.</p>
        </td></tr></table></body></html>
        """)
    return message([
        rcv("mta-71.icims.com (mta-71.icims.com [66.216.133.71])", "2026-11-04 16:22", NY, "iC5mV8r1"),
        ("From", "Brookhollow Health <brookhollowhealth@talent.icims.com>"),
        ("To", ME),
        ("Subject", "Interview Scheduled - Data Analyst - Value-Based Care"),
        ("Date", date("2026-11-04 16:22", NY)),
        ("Message-ID", "<1785612.4471.1793913720@talent.icims.com>"),
    ], html(page, charset="windows-1252"))


@mail(N(16), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-12-08 08:30", PR), end=None,
      contact="mtorres@clinicaperladelsur.com", company="Clínica Perla del Sur",
      local="Tue 2026-12-08 08:30", zone=PR,
      note="Prose (usted, iso-8859-15 8bit) with an all-day ICS (DTSTART;VALUE=DATE 20261208): the time "
           "is only in the text, 'martes, 8 de diciembre a las 8:30 de la mañana (hora de Puerto Rico)' "
           "-> 12:30Z; no length -> end null; contact = human sender (also ORGANIZER)")
def p16() -> bytes:
    body = t("""
        Buenas tardes, Sra. Ortiz:

        Le confirmamos su entrevista final para la posición de Analista de Datos de Calidad el
        martes, 8 de diciembre a las 8:30 de la mañana (hora de Puerto Rico), en las oficinas
        administrativas de la Clínica Perla del Sur, Ave. Las Américas 2210, Ponce.

        Le adjunto un recordatorio para su calendario. Lo marqué como evento de todo el día porque
        después de la entrevista el Dr. Font quisiera darle un recorrido por las instalaciones, y no
        sabemos exactamente cuánto se extenderá.

        Favor de confirmar recibo.

        Atentamente,

        Migdalia Torres Santiago
        Directora de Recursos Humanos
        Clínica Perla del Sur
        Tel. 787-555-0116
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:5A0E7C1B-2D3F-4E5A-9B8C-7D6E5F4A3B21
DTSTAMP:20261201T190500Z
DTSTART;VALUE=DATE:20261208
DTEND;VALUE=DATE:20261209
SUMMARY:Entrevista final - Gabriela Ortiz Colón (8:30 a.m.)
LOCATION:Clínica Perla del Sur\\, Ave. Las Américas 2210\\, Ponce
ORGANIZER;CN=Migdalia Torres Santiago:mailto:mtorres@clinicaperladelsur.com
ATTENDEE;CN=Gabriela Ortiz Colón;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:gabriela.ortiz@example.org
TRANSP:TRANSPARENT
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    return message([
        rcv("smtp.clinicaperladelsur.com (smtp.clinicaperladelsur.com [207.244.88.30])", "2026-12-01 15:05", PR,
            "Pd8sW3n6"),
        ("From", addr("Migdalia Torres Santiago", "mtorres@clinicaperladelsur.com")),
        ("To", addr("Gabriela Ortiz Colón", ME, "iso-8859-15")),
        ("Subject", enc("Entrevista final - Analista de Datos de Calidad", "iso-8859-15")),
        ("Date", date("2026-12-01 15:05", PR)),
        ("Message-ID", "<F2A9C3D1-6B7E-4F80-A1C2-D3E4F5061728@clinicaperladelsur.com>"),
        ("X-Mailer", "Apple Mail (2.3826.200.121)"),
    ], mixed(text(body, charset="iso-8859-15", cte="8bit"),
             calendar(ics, filename="Entrevista final.ics", disposition="attachment", cte="base64")))


# =========================================================================== positives: rescheduled


@mail(N(17), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-10-14 10:30", PR), end=utc("2026-10-14 11:30", PR),
      contact="jocasio@datasaludcaribe.com", company="DataSalud Caribe",
      local="Wed 2026-10-14 10:30", local_end="2026-10-14 11:30", zone=PR,
      note="Outlook reply (tú) moving the interview 'del martes 13 de octubre a las 2:00 p.m. al miércoles "
           "14 de octubre a las 10:30 a.m. (hora de Puerto Rico)'; 'dura una hora' -> new slot "
           "14:30Z-15:30Z; old time also in the quoted confirmation; contact = human sender")
def r17() -> bytes:
    body = t("""
        Hola Gabriela,

        Espero que estés bien. Tuvimos un cambio en la agenda de la directora y tenemos que mover tu
        entrevista del martes 13 de octubre a las 2:00 p.m. al miércoles 14 de octubre a las 10:30 a.m.
        (hora de Puerto Rico). Sigue siendo en nuestra oficina en Hato Rey (Edificio Mercantil, piso 9)
        y dura una hora.

        Disculpa el inconveniente. Si el miércoles no te funciona, déjame saber y buscamos otra opción.

        Saludos,
        Javier

        Javier Ocasio Pérez
        Coordinador de Talento | DataSalud Caribe
        787-555-0174

        ________________________________
        De: Javier Ocasio Pérez <jocasio@datasaludcaribe.com>
        Enviado: lunes, 5 de octubre de 2026 3:12 p. m.
        Para: Gabriela Ortiz Colón <gabriela.ortiz@example.org>
        Asunto: Entrevista - Analista de Datos

        Hola Gabriela,

        Te confirmo la entrevista con Ileana Marrero, directora de Analítica, el martes 13 de octubre a
        las 2:00 p.m. en nuestra oficina de Hato Rey.

        Saludos,
        Javier
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">
        <p>Hola Gabriela,</p>
        <p>Espero que estés bien. Tuvimos un cambio en la agenda de la directora y tenemos que mover tu
        entrevista del <s>martes 13 de octubre a las 2:00 p.m.</s> al <b>miércoles 14 de octubre a las
        10:30 a.m.</b> (hora de Puerto Rico). Sigue siendo en nuestra oficina en Hato Rey (Edificio
        Mercantil, piso 9) y dura una hora.</p>
        <p>Disculpa el inconveniente. Si el miércoles no te funciona, déjame saber y buscamos otra opción.</p>
        <p>Saludos,<br>Javier</p>
        <p style="color:#555">Javier Ocasio Pérez<br>Coordinador de Talento | DataSalud Caribe<br>787-555-0174</p>
        <hr>
        <div><b>De:</b> Javier Ocasio Pérez &lt;jocasio@datasaludcaribe.com&gt;<br>
        <b>Enviado:</b> lunes, 5 de octubre de 2026 3:12 p. m.<br>
        <b>Para:</b> Gabriela Ortiz Colón &lt;gabriela.ortiz@example.org&gt;<br>
        <b>Asunto:</b> Entrevista - Analista de Datos</div>
        <p>Hola Gabriela,</p>
        <p>Te confirmo la entrevista con Ileana Marrero, directora de Analítica, el martes 13 de octubre
        a las 2:00 p.m. en nuestra oficina de Hato Rey.</p>
        <p>Saludos,<br>Javier</p>
        </div></body></html>
        """)
    return message([
        rcv("mail-sn1nam02on2120.outbound.protection.outlook.com (mail-sn1nam02on2120.outbound.protection.outlook.com"
            " [40.107.96.120])", "2026-10-09 11:30", PR, "Rj2oP7e5"),
        ("From", addr("Javier Ocasio Pérez", "jocasio@datasaludcaribe.com")),
        ("To", ME_H),
        ("Subject", "RE: Entrevista - Analista de Datos"),
        ("Thread-Topic", "Entrevista - Analista de Datos"),
        ("Date", date("2026-10-09 11:30", PR)),
        ("Message-ID", "<SN1PR02MB4410C7A3E1F2B9D0C6A5E7F8D9012@SN1PR02MB4410.namprd02.prod.outlook.com>"),
        ("In-Reply-To", "<SN1PR02MB4410A1B2C3D4E5F60718293A4B5C6@SN1PR02MB4410.namprd02.prod.outlook.com>"),
        ("Content-Language", "es-PR"),
    ], alt(text(body), html(page)))


@mail(N(18), family="google_calendar", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-05 15:00", NY), end=utc("2026-11-05 15:45", NY),
      contact="megan.orourke@hollispratt.com", company="Hollis & Pratt Health Analytics",
      local="Thu 2026-11-05 15:00", local_end="2026-11-05 15:45", zone=NY,
      note="Google Calendar 'Updated invitation' sent Wed 28 Oct (EDT): moved from Thu 29 Oct 3pm EDT to "
           "Thu 5 Nov 3pm-3:45pm EST (after the 1 Nov change, UTC-5) -> 20:00Z-20:45Z; ICS SEQUENCE:1 "
           "agrees; contact = organizer")
def r18() -> bytes:
    body = t("""
        This event has been changed.

        Megan O'Rourke has updated this event with a note:
        "Hi Gabriela - moving us from tomorrow (Thu 10/29) to the following Thursday at the same time, Ed
        is out sick. Sorry for the shuffle! Note it's 4pm your time now that we're back on standard time."

        Interview - Gabriela Ortiz Colon / Hollis & Pratt
        When
        Changed: Thursday Nov 5, 2026 ⋅ 3pm – 3:45pm
        Eastern Time - New York

        Joining info
        Join with Google Meet
        meet.google.com/hpx-onbq-tuv

        Guests
        Megan O'Rourke - organizer
        Ed Varga
        gabriela.ortiz@example.org
        View all guest info

        Reply for gabriela.ortiz@example.org
        Yes | No | Maybe   More options

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving future
        updates for this event, decline this event.
        """)
    ics = VTZ["America/New_York"].join(["""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""", """
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20261105T150000
DTEND;TZID=America/New_York:20261105T154500
DTSTAMP:20261028T171000Z
ORGANIZER;CN=Megan O'Rourke:mailto:megan.orourke@hollispratt.com
UID:1q2w3e4r5t6y7u8i9o0pqhollis@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gabriela.ortiz@example.org;X-NUM-GUESTS=0:mailto:gabriela.ortiz@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ed Varga;X-NUM-GUESTS=0:mailto:ed.varga@hollispratt.com
CREATED:20261019T150233Z
LAST-MODIFIED:20261028T171000Z
LOCATION:
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Interview - Gabriela Ortiz Colon / Hollis & Pratt
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""])
    subj = ("Updated invitation with note: Interview - Gabriela Ortiz Colon / Hollis & Pratt @ Thu Nov 5, 2026 "
            "3pm - 3:45pm (EST) (gabriela.ortiz@example.org)")
    return message([
        rcv("mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "2026-10-28 13:10", NY,
            "gU1v5Hx0"),
        ("From", "Megan O'Rourke <megan.orourke@hollispratt.com>"),
        ("Reply-To", "Megan O'Rourke <megan.orourke@hollispratt.com>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", subj),
        ("Date", date("2026-10-28 13:10", NY)),
        ("Message-ID", "<calendar-0d4c1e77-5a2b-41f9-9c3e-7b6a5d4c3b2a@google.com>"),
    ], mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
             calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(N(19), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-12-09 09:00", CHI), end=utc("2026-12-09 11:30", CHI),
      contact="ashley.brandt@prairielantern.com", company="Prairie Lantern Health",
      local="Wed 2026-12-09 09:00", local_end="2026-12-09 11:30", zone=CHI,
      note="GoodTime rescheduled itinerary (previously Thu 3 Dec): three sessions on Wed 9 Dec 9:00 AM-"
           "11:30 AM Central (CST UTC-6) -> first start 15:00Z to last end 17:30Z; contact = Reply-To "
           "coordinator")
def r19() -> bytes:
    body = t("""
        Hi Gabriela,

        Your virtual onsite with Prairie Lantern Health has been rescheduled. Your previous schedule on
        Thursday, December 3 has been cancelled and replaced with the one below.

        UPDATED SCHEDULE - Wednesday, December 9, 2026 (Central Time - US & Canada)

          9:00 AM - 9:45 AM    Hiring Manager Interview - Lauren Pike, Sr. Manager, Clinical Analytics
          10:00 AM - 10:45 AM  Technical Interview (SQL & Tableau) - Omar Siddiqui, Staff Analyst
          11:00 AM - 11:30 AM  Leadership Conversation - Dana Whitcomb, VP Data & Insights

        All sessions use the same Zoom room:
        https://prairielantern.zoom.us/j/96620155410

        Tip: you are in Atlantic Time, so your day starts at 11:00 AM your time.

        Questions? Reply to this email to reach your coordinator, Ashley Brandt.

        Prairie Lantern Health Recruiting

        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#1a1a2e">
        <p>Hi Gabriela,</p>
        <p>Your virtual onsite with Prairie Lantern Health has been <b>rescheduled</b>. Your previous schedule on
        Thursday, December 3 has been cancelled and replaced with the one below.</p>
        <h3 style="margin-bottom:4px">Updated schedule</h3>
        <p style="margin-top:0">Wednesday, December 9, 2026 (Central Time - US &amp; Canada)</p>
        <table cellpadding="6" style="border-collapse:collapse">
        <tr><td>9:00 AM - 9:45 AM</td><td>Hiring Manager Interview<br><small>Lauren Pike, Sr. Manager, Clinical Analytics</small></td></tr>
        <tr><td>10:00 AM - 10:45 AM</td><td>Technical Interview (SQL &amp; Tableau)<br><small>Omar Siddiqui, Staff Analyst</small></td></tr>
        <tr><td>11:00 AM - 11:30 AM</td><td>Leadership Conversation<br><small>Dana Whitcomb, VP Data &amp; Insights</small></td></tr>
        </table>
        <p>All sessions use the same Zoom room: <a href="https://prairielantern.zoom.us/j/96620155410">join</a></p>
        <p>Tip: you are in Atlantic Time, so your day starts at 11:00 AM your time.</p>
        <p>Questions? Reply to this email to reach your coordinator, Ashley Brandt.</p>
        <p>Prairie Lantern Health Recruiting</p>
        <p style="font-size:11px;color:#888">Scheduled with GoodTime</p>
        </body></html>
        """)
    return message([
        rcv("o3.mail.goodtime.io (o3.mail.goodtime.io [168.245.33.14])", "2026-12-02 15:40", "UTC", "gT6cR4m8"),
        ("From", "Prairie Lantern Health Recruiting <no-reply@goodtime.io>"),
        ("Reply-To", "Ashley Brandt <ashley.brandt@prairielantern.com>"),
        ("To", ME_H),
        ("Subject", "Updated: Your interview schedule with Prairie Lantern Health"),
        ("Date", date("2026-12-02 15:40", "UTC")),
        ("Message-ID", "<gt.7d1e0a92.itinerary.updated@goodtime.io>"),
    ], alt(text(body), html(page)))


@mail(N(20), family="workable", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-10-30 11:00", NY), end=utc("2026-10-30 11:30", NY),
      contact="rocio.benitez@manglarhealth.com", company="Manglar Health Tech",
      local="Fri 2026-10-30 11:00", local_end="2026-10-30 11:30", zone=NY,
      note="Workable reschedule (Spanish, Miami company): new 'viernes, 30 de octubre de 2026, 11:00 a.m. - "
           "11:30 a.m. EDT' (still daylight time, UTC-4) -> 15:00Z-15:30Z, old Thu 29 Oct 4 PM also "
           "given; Reply-To is a Workable relay, so contact = recruiter address in the signature")
def r20() -> bytes:
    body = t("""
        Hola Gabriela:

        Tu entrevista para el puesto de Analista de Datos Bilingüe (Español/Inglés) en Manglar Health
        Tech ha sido reprogramada.

        Nueva fecha y hora: viernes, 30 de octubre de 2026, 11:00 a.m. – 11:30 a.m. EDT (hora del Este)
        Antes: jueves, 29 de octubre de 2026, 4:00 p.m. – 4:30 p.m. EDT

        Tipo: Videollamada (Zoom)
        Enlace: https://manglarhealth.zoom.us/j/81720033419

        Como todavía estamos en horario de verano, es la misma hora en Puerto Rico.

        Cualquier duda, escríbeme.

        Rocío Benítez
        Reclutadora | Manglar Health Tech
        rocio.benitez@manglarhealth.com

        Enviado con Workable
        """)
    ics = VTZ["America/New_York"].join(["""BEGIN:VCALENDAR
PRODID:-//Workable//Calendar//EN
VERSION:2.0
METHOD:REQUEST
""", """
BEGIN:VEVENT
UID:workable-event-88127734@workable.com
DTSTAMP:20261027T180000Z
DTSTART;TZID=America/New_York:20261030T110000
DTEND;TZID=America/New_York:20261030T113000
SUMMARY:Entrevista - Analista de Datos Bilingüe - Gabriela Ortiz Colón
ORGANIZER;CN=Manglar Health Tech:mailto:manglar-health-tech+e88127734@candidates.workablemail.com
ATTENDEE;CN=Gabriela Ortiz Colón;RSVP=TRUE:mailto:gabriela.ortiz@example.org
LOCATION:https://manglarhealth.zoom.us/j/81720033419
SEQUENCE:2
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""])
    return message([
        rcv("mail-out-3.workablemail.com (mail-out-3.workablemail.com [52.20.171.33])", "2026-10-27 14:00", NY,
            "wK2eB8s5"),
        ("From", "Manglar Health Tech <noreply@workablemail.com>"),
        ("Reply-To", "Manglar Health Tech <manglar-health-tech+e88127734@candidates.workablemail.com>"),
        ("To", ME_H),
        ("Subject", enc("Entrevista reprogramada: Analista de Datos Bilingüe")),
        ("Date", date("2026-10-27 14:00", NY)),
        ("Message-ID", "<workable.88127734.rescheduled.1d2c@workablemail.com>"),
    ], mixed(text(body), calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


# =========================================================================== positives: cancelled


@mail(N(21), family="exchange", lang="en", interview=True, kind="cancelled",
      start=utc("2026-11-17 13:00", CHI), end=utc("2026-11-17 14:00", CHI),
      contact="kalbright@bluestemhealth.com", company="Bluestem Health Plans",
      local="Tue 2026-11-17 13:00", local_end="2026-11-17 14:00", zone=CHI,
      note="Exchange 'Canceled:' (METHOD:CANCEL, TZID 'Central Standard Time'): slot Tue 17 Nov 1:00-2:00 PM "
           "CST (UTC-6) -> 19:00Z-20:00Z; the body only promises a separate invite for Thu 11/19 'once "
           "she confirms', so no new time is fixed -> cancelled; contact = organizer/sender")
def c21() -> bytes:
    body = t("""
        Gabriela - apologies, Dr. Okafor got pulled into a board meeting on the 17th, so I'm canceling
        this slot. I'll send a separate invite for Thursday 11/19 at 1:00 PM CT once she confirms she can
        make it. Thanks for your patience!

        Kevin

        When: Tuesday, November 17, 2026 1:00 PM-2:00 PM (UTC-06:00) Central Time (US & Canada).
        Where: Microsoft Teams Meeting
        """)
    ics = VTZ["Central Standard Time"].join(["""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Kevin Albright:mailto:kalbright@bluestemhealth.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gabriela Ortiz Colon:mailto:gabriela.ortiz@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Adaeze Okafor:mailto:aokafor@bluestemhealth.com
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC01000000000000000010000000C0FFEE1234567890
SUMMARY;LANGUAGE=en-US:Canceled: Interview - Gabriela Ortiz Colon (Healthcare Data Analyst)
DTSTART;TZID=Central Standard Time:20261117T130000
DTEND;TZID=Central Standard Time:20261117T140000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261113T145500Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""])
    return message([
        rcv("mail-dm3nam02on2098.outbound.protection.outlook.com (mail-dm3nam02on2098.outbound.protection.outlook.com"
            " [40.107.95.98])", "2026-11-13 08:55", CHI, "Cx9aL1d7"),
        ("From", "Kevin Albright <kalbright@bluestemhealth.com>"),
        ("To", ME_H),
        ("Subject", "Canceled: Interview - Gabriela Ortiz Colon (Healthcare Data Analyst)"),
        ("Thread-Topic", "Interview - Gabriela Ortiz Colon (Healthcare Data Analyst)"),
        ("Importance", "high"),
        ("Date", date("2026-11-13 08:55", CHI)),
        ("Message-ID", "<DM3PR02MB8871D1C2B3A4F5E6D7C8B9A0F1E23@DM3PR02MB8871.namprd02.prod.outlook.com>"),
    ], alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@mail(N(22), family="human_prose", lang="es", interview=True, kind="cancelled",
      start=utc("2026-09-25 11:00", PR), end=None,
      contact="gpagan@farmaciasyagrumo.com", company="Farmacias Yagrumo",
      local="Fri 2026-09-25 11:00", zone=PR,
      note="Prose cancellation (usted, iso-8859-1 QP): 'su entrevista de pasado mañana, viernes, a las "
           "11:00 a.m.' resolved against Date (Wed 23 Sep, AST) -> Fri 25 Sep 11:00 AST = 15:00Z; role "
           "frozen, no new time; contact = human sender")
def c22() -> bytes:
    body = t("""
        Buenas tardes, Gabriela:

        Lamentablemente tenemos que cancelar su entrevista de pasado mañana, viernes, a las 11:00 a.m.
        para la plaza de Analista de Datos de Farmacia. Esta tarde nos informaron que la plaza quedó
        congelada por razones de presupuesto hasta el próximo año fiscal.

        Lamento mucho el inconveniente, sobre todo porque ya había coordinado su día. Su resumé queda
        en nuestro banco de candidatos y, si la plaza se reabre, usted será de las primeras personas
        que contactemos.

        Gracias por su comprensión.

        Glorimar Pagán Ríos
        Recursos Humanos
        Farmacias Yagrumo
        gpagan@farmaciasyagrumo.com
        """)
    return message([
        rcv("mail.farmaciasyagrumo.com (mail.farmaciasyagrumo.com [64.185.20.77])", "2026-09-23 17:20", PR,
            "Fy4nT2q8"),
        ("From", addr("Glorimar Pagán Ríos", "gpagan@farmaciasyagrumo.com", "iso-8859-1")),
        ("To", addr("Gabriela Ortiz Colón", ME, "iso-8859-1")),
        ("Subject", enc("Cancelación de entrevista - Analista de Datos de Farmacia", "iso-8859-1")),
        ("Date", date("2026-09-23 17:20", PR)),
        ("Message-ID", "<002b01dd2b7f$4e8a1c20$eb9e5460$@farmaciasyagrumo.com>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="iso-8859-1"))


@mail(N(23), family="calendly", lang="es", interview=True, kind="cancelled",
      start=utc("2026-11-03 15:00", PR), end=utc("2026-11-03 15:45", PR),
      contact="andres@coquilabs.io", company="Coquí Labs",
      local="Tue 2026-11-03 15:00", local_end="2026-11-03 15:45", zone=PR,
      note="Calendly cancellation in Spanish (METHOD:CANCEL): '3:00pm - 3:45pm (Hora del Atlántico) martes, "
           "3 de noviembre de 2026' -> 19:00Z-19:45Z; the host asks to rebook via a link, no new time; "
           "contact = host (Reply-To / ORGANIZER)")
def c23() -> bytes:
    body = t("""
        Hola Gabriela Ortiz Colón:

        Andrés Maldonado canceló el siguiente evento.

        Tipo de evento:
        Entrevista técnica – Analista de Datos (45 min)

        Fecha/hora del evento:
        3:00pm - 3:45pm (Hora del Atlántico) martes, 3 de noviembre de 2026

        Motivo de la cancelación:
        "Perdón, Gabriela, se me complicó el martes con un cliente. Escoge otro horario en mi enlace
        cuando puedas."

        Programar de nuevo:
        https://calendly.com/andres-coquilabs/entrevista-tecnica

        Con la tecnología de Calendly.com
        """)
    ics = VTZ_PR.join(["""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:CANCEL
""", """
BEGIN:VEVENT
UID:2f8e6b40-11c3-4d9a-8e7f-a0b1c2d3e4f5@calendly.com
DTSTAMP:20261031T220511Z
DTSTART;TZID=America/Puerto_Rico:20261103T150000
DTEND;TZID=America/Puerto_Rico:20261103T154500
SUMMARY:Entrevista técnica – Analista de Datos (45 min) entre Andrés Maldonado y Gabriela Ortiz Colón
ORGANIZER;CN=Andrés Maldonado:mailto:andres@coquilabs.io
ATTENDEE;CN=Gabriela Ortiz Colón:mailto:gabriela.ortiz@example.org
STATUS:CANCELLED
SEQUENCE:1
END:VEVENT
END:VCALENDAR
"""])
    return message([
        rcv("o1.email.calendly.com (o1.email.calendly.com [149.72.196.103])", "2026-10-31 22:05", "UTC",
            "c9Q2kR7z"),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", addr("Andrés Maldonado", "andres@coquilabs.io")),
        ("To", ME_H),
        ("Subject", enc("Cancelado: Entrevista técnica – Analista de Datos (45 min) entre Andrés Maldonado "
                        "y Gabriela Ortiz Colón")),
        ("Date", date("2026-10-31 22:05", "UTC")),
        ("Message-ID", "<calendly.2f8e6b40.invitee.canceled@calendly.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, method="CANCEL", ctype="application/ics", cte="base64", filename="invite.ics",
                      disposition="attachment")))


# =========================================================================== negatives


@mail(N(24), family="rejection", lang="es", interview=False, company="Palma Real Seguros",
      days=(("Tue", "2026-09-29"),),
      note="Recruitee rejection (tú) after an interview; it names the past interview 'del martes 29 de "
           "septiembre a las 2:00 p.m.' but confirms nothing upcoming")
def n24() -> bytes:
    body = t("""
        Hola Gabriela:

        Gracias por tu tiempo en la entrevista del martes 29 de septiembre a las 2:00 p.m. y por el
        interés en la posición de Analista de Datos Actuariales en Palma Real Seguros.

        Después de evaluar cuidadosamente todas las candidaturas, decidimos continuar el proceso con
        otras personas cuyo perfil se ajusta más a lo que buscamos en este momento. No fue una
        decisión fácil: al panel le gustó mucho tu experiencia con datos de reclamaciones.

        Guardaremos tu información para futuras oportunidades, a menos que nos indiques lo contrario.

        Te deseamos mucho éxito,
        Equipo de Talento Humano
        Palma Real Seguros
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hola Gabriela:</p>
        <p>Gracias por tu tiempo en la entrevista del martes 29 de septiembre a las 2:00 p.m. y por el
        interés en la posición de <b>Analista de Datos Actuariales</b> en Palma Real Seguros.</p>
        <p>Después de evaluar cuidadosamente todas las candidaturas, decidimos continuar el proceso con
        otras personas cuyo perfil se ajusta más a lo que buscamos en este momento. No fue una
        decisión fácil: al panel le gustó mucho tu experiencia con datos de reclamaciones.</p>
        <p>Guardaremos tu información para futuras oportunidades, a menos que nos indiques lo contrario.</p>
        <p>Te deseamos mucho éxito,<br>Equipo de Talento Humano<br>Palma Real Seguros</p>
        <p style="font-size:11px;color:#999">Enviado con Recruitee · <a href="https://palmarealseguros.recruitee.com/privacy">Privacidad</a></p>
        </body></html>
        """)
    return message([
        rcv("mail.recruitee.com (mail.recruitee.com [185.21.152.9])", "2026-10-02 13:45", PR, "Rc1tE2e3"),
        ("From", "Palma Real Seguros <notifications@recruitee.com>"),
        ("Reply-To", "Palma Real Seguros <palmarealseguros+c1948823@inbound.recruitee.com>"),
        ("To", ME_H),
        ("Subject", enc("Tu candidatura a Analista de Datos Actuariales – Palma Real Seguros")),
        ("Date", date("2026-10-02 13:45", PR)),
        ("Message-ID", "<rt-1948823-7731@recruitee.com>"),
    ], alt(text(body), html(page)))


@mail(N(25), family="offer", lang="en", interview=False, company="Lakeshore Pediatric Partners",
      days=(("Mon", "2027-01-11"), ("Fri", "2026-12-18"), ("Thu", "2026-12-03")),
      note="Offer letter after the Lakeshore interview (thread with the Zoom confirmation); gives a "
           "start date with an 8:30 AM ET orientation and a reply deadline, but no interview")
def n25() -> bytes:
    body = t("""
        Hi Gabriela,

        I'm thrilled to share that Lakeshore Pediatric Partners would like to offer you the position of
        Data Analyst, Quality & Population Health! Mark and the team loved your conversation on
        Thursday, December 3.

        The formal offer letter is attached. Highlights:
          - Base salary: $78,500, fully remote (Puerto Rico approved)
          - Start date: Monday, January 11, 2027
          - New-hire orientation (virtual): 8:30 AM - 12:00 PM ET on your first day
          - Benefits eligibility from day one

        Please sign through the DocuSign link by Friday, December 18. If you'd like to talk anything
        through, I'm happy to set up a quick call.

        Congratulations!

        Heather Lindqvist
        Recruiter | Lakeshore Pediatric Partners
        Orlando, FL | 407-555-0133
        """)
    pdf = raw_part([("Content-Type", 'application/pdf; name="Offer_Letter_Gabriela_Ortiz_Colon.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Offer_Letter_Gabriela_Ortiz_Colon.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjcKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\n"
                   "YmoKMiAwIG9iago8PC9UeXBlL1BhZ2VzL0NvdW50IDAvS2lkc1tdPj4KZW5kb2JqCnRyYWlsZXIK\n"
                   "PDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==\n")
    return message([
        rcv("mail-co1nam11on2105.outbound.protection.outlook.com (mail-co1nam11on2105.outbound.protection.outlook.com"
            " [40.107.220.105])", "2026-12-11 15:30", NY, "Lk9oF4r1"),
        ("From", "Heather Lindqvist <hlindqvist@lakeshorepeds.com>"),
        ("To", ME_H),
        ("Subject", "Offer - Data Analyst, Quality & Population Health"),
        ("Date", date("2026-12-11 15:30", NY)),
        ("Message-ID", "<CO1PR11MB5089A7B6C5D4E3F2A1B0C9D8E7F65@CO1PR11MB5089.namprd11.prod.outlook.com>"),
    ], mixed(text(body, charset="us-ascii", cte="7bit"), pdf))


@mail(N(26), family="application_ack", lang="en", interview=False, company="Hudson Meridian Health",
      note="Taleo application receipt ('if selected for an interview, a recruiter will contact you'); "
           "earlier in the Hudson Meridian thread, nothing scheduled")
def n26() -> bytes:
    body = t("""
        Dear Gabriela Ortiz Colon,

        Thank you for your interest in Hudson Meridian Health. This message confirms that we have
        received your application for the following position:

        Job Title: Sr. Population Health Analyst
        Requisition Number: 26-0412
        Location: New York, NY (Hybrid) / Remote considered

        Our recruitment team will review your qualifications. If you are selected for an interview, a
        recruiter will contact you directly to schedule a time. You can check the status of your
        application at any time by signing in to the Career Section.

        Sincerely,
        Talent Acquisition
        Hudson Meridian Health

        *** This is an automated email. Please do not reply. ***
        """)
    return message([
        rcv("smtp4.tbe.taleo.net (smtp4.tbe.taleo.net [148.87.53.44])", "2026-10-12 21:06", NY, "Ta7lE0o2"),
        ("From", "Hudson Meridian Health <no-reply@tbe.taleo.net>"),
        ("To", "gabriela.ortiz@example.org"),
        ("Subject", "Hudson Meridian Health - Application Received - Sr. Population Health Analyst (26-0412)"),
        ("Date", date("2026-10-12 21:06", NY)),
        ("Message-ID", "<1602716.39117.1791853560412.JavaMail.taleo@tbe.taleo.net>"),
        ("Auto-Submitted", "auto-generated"),
    ], text(body, charset="us-ascii", cte="7bit"))


@mail(N(27), family="application_ack", lang="es", interview=False, company="Quenepa Software",
      note="JOIN application receipt in Spanish; 'te invitaremos a una entrevista en los próximos 10 días' is "
           "hypothetical, nothing scheduled")
def n27() -> bytes:
    page = t("""
        <!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head>
        <body style="background:#f5f7fb;font-family:Arial,sans-serif;color:#2b2d42">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" cellpadding="24" style="background:#fff;border-radius:8px"><tr><td>
        <p style="font-size:18px"><b>¡Gracias por tu candidatura, Gabriela!</b></p>
        <p>Hemos recibido tu candidatura para <b>Analista de Datos (remoto, LATAM/Caribe)</b> en
        Quenepa Software.</p>
        <p>El equipo revisará tu perfil con calma. Si encaja con lo que buscamos, te invitaremos a una
        entrevista en los próximos 10 días; si no, también te avisaremos.</p>
        <p>Mientras tanto, puedes ver el estado de tu candidatura en cualquier momento:</p>
        <p><a href="https://join.com/candidates/applications/8830125" style="background:#3f51ff;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Ver mi candidatura</a></p>
        <p>¡Mucha suerte!<br>Quenepa Software</p>
        </td></tr></table>
        <p style="font-size:11px;color:#8d99ae">Este correo fue enviado por JOIN en nombre de Quenepa Software.</p>
        </td></tr></table></body></html>
        """)
    return message([
        rcv("mail.join.com (mail.join.com [159.135.140.81])", "2026-10-20 09:14", "UTC", "Jn3oI8n2"),
        ("From", "Quenepa Software via JOIN <noreply@join.com>"),
        ("To", ME),
        ("Subject", enc("Hemos recibido tu candidatura – Analista de Datos (remoto)")),
        ("Date", date("2026-10-20 09:14", "UTC")),
        ("Message-ID", "<20261020091400.8830125@join.com>"),
    ], html(page, cte="base64"))


@mail(N(28), family="newsletter_tips", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Substack-style newsletter about prepping for healthcare analytics interviews, with a live AMA "
           "on Thursday, October 22 at 7 PM ET; List-Unsubscribe, bulk; confirms no interview")
def n28() -> bytes:
    body = t("""
        THE ANALYST'S DESK
        Issue #87 · How I prepped for six healthcare analytics interviews in three weeks

        Hi friends,

        This fall I sat through six interviews in three weeks (two payers, three hospital systems, one
        startup). Here's what actually helped:

        1. Keep a "story bank" of five projects. Every interviewer asked some version of "tell me about a
           time your numbers were wrong."
        2. Practice SQL on claims-shaped data: member months, readmissions, gaps in care.
        3. Confirm the time zone of every invite. One recruiter's calendar was set to Central and I
           almost showed up an hour late.
        4. Ask the panel what a good first 90 days looks like.

        LIVE AMA: I'm answering your interview questions live on Thursday, October 22 at 7 PM ET.
        Paid subscribers get the recording.

        See you next week,
        Dana from The Analyst's Desk

        Unsubscribe: https://theanalystsdesk.substack.com/action/disable_email
        """)
    return message([
        rcv("mail-ej1-f97.substack.com (mail-ej1-f97.substack.com [149.72.171.97])", "2026-10-17 07:00", NY,
            "Sb5tK1c0"),
        ("From", "Dana from The Analyst's Desk <theanalystsdesk@substack.com>"),
        ("To", ME),
        ("Subject", "How I prepped for six healthcare analytics interviews in three weeks"),
        ("Date", date("2026-10-17 07:00", NY)),
        ("Message-ID", "<20261017110000.3.8c1e2f0a1b7d4e9c@mg1.substack.com>"),
        ("List-Unsubscribe", "<https://theanalystsdesk.substack.com/action/disable_email>"),
        ("List-Id", "<theanalystsdesk.substack.com>"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(29), family="scheduling_link", lang="es", interview=False, company="Isleña Health",
      note="Recruiter (tú) asks the candidate to pick an interview slot in Calendly; only availability "
           "windows are given, nothing booked")
def n29() -> bytes:
    body = t("""
        Hola Gabriela,

        ¡Gracias por aplicar a Isleña Health! Nos gustaría conocerte para la posición de Analista de
        Datos de Reclamaciones.

        Por favor escoge un horario para una entrevista de 30 minutos en mi calendario:
        https://calendly.com/vlugo-islena/entrevista-30

        Tengo espacios el jueves y el viernes de la semana que viene, de 9:00 a.m. a 12:00 p.m. (hora
        de Puerto Rico). Si ninguno te funciona, contéstame y buscamos otra alternativa.

        Saludos,
        Verónica Lugo
        Reclutadora | Isleña Health
        """)
    return message([
        rcv("mail-yw1-f170.google.com (mail-yw1-f170.google.com [209.85.128.170])", "2026-11-18 16:02", PR,
            "Vl2uG0o4"),
        ("From", addr("Verónica Lugo", "vlugo@islenahealth.com")),
        ("To", ME_H),
        ("Subject", enc("Isleña Health – escoge un horario para tu entrevista")),
        ("Date", date("2026-11-18 16:02", PR)),
        ("Message-ID", "<CAJ8vLugo0q1+Zx4nT9@mail.gmail.com>"),
    ], alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(N(30), family="interview_proposed", lang="en", interview=False, company="Northmark Health",
      note="Recruiter proposes 'Tuesday at 10 AM ET' or 'Wednesday at 2 PM ET' and will send the invite "
           "once the candidate confirms: not yet confirmed")
def n30() -> bytes:
    body = t("""
        Hi Gabriela,

        Great speaking with you this morning. The hiring manager, Lisa Tran, would like to do a 45-minute
        video interview next week. Would Tuesday at 10 AM ET work for you? If not, Wednesday at 2 PM ET is
        also open on her calendar.

        Once you confirm, I'll send over a Teams invite with the details.

        Thanks,
        Ethan

        Ethan Caldwell
        Senior Recruiter, Northmark Health
        Orlando, FL
        """)
    return message([
        rcv("mail-bl2nam02on2131.outbound.protection.outlook.com (mail-bl2nam02on2131.outbound.protection.outlook.com"
            " [40.107.212.131])", "2026-11-12 11:40", NY, "Nm8kE3t6"),
        ("From", "Ethan Caldwell <ethan.caldwell@northmarkhealth.com>"),
        ("To", ME_H),
        ("Subject", "Next step - Data Analyst II interview"),
        ("Date", date("2026-11-12 11:40", NY)),
        ("Message-ID", "<BL2PR02MB2212E4F3A2B1C0D9E8F7A6B5C4D32@BL2PR02MB2212.namprd02.prod.outlook.com>"),
    ], text(body))


@mail(N(31), family="non_interview_calendar", lang="es", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Doctor's appointment confirmation with ICS ('martes, 20 de octubre de 2026 a las 8:15 a.m.'): a "
           "fixed time, not an interview")
def n31() -> bytes:
    body = t("""
        Centro Médico Familiar Altamira

        Estimada paciente GABRIELA ORTIZ COLÓN:

        Su cita está confirmada.

        Profesional: Dra. Nilda Reyes Vargas – Medicina Interna
        Fecha: martes, 20 de octubre de 2026
        Hora: 8:15 a.m.
        Lugar: Calle Ensenada 1650, Suite 204, San Juan

        Por favor llegue 15 minutos antes con su tarjeta del plan médico e identificación. Para cancelar
        o cambiar su cita, llame al 787-555-0190 con 24 horas de anticipación.

        Este es un mensaje automático; no responda a este correo.
        """)
    ics = VTZ_PR.join(["""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Altamira CMF//Citas//ES
METHOD:PUBLISH
""", """
BEGIN:VEVENT
UID:cita-5530912@cmfaltamira.com
DTSTAMP:20261014T120000Z
DTSTART;TZID=America/Puerto_Rico:20261020T081500
DTEND;TZID=America/Puerto_Rico:20261020T084500
SUMMARY:Cita médica - Dra. Nilda Reyes Vargas
LOCATION:Calle Ensenada 1650\\, Suite 204\\, San Juan
END:VEVENT
END:VCALENDAR
"""])
    return message([
        rcv("smtp.cmfaltamira.com (smtp.cmfaltamira.com [66.50.14.201])", "2026-10-14 08:00", PR, "Am1tA0m7"),
        ("From", enc("Centro Médico Familiar Altamira") + " <citas-noreply@cmfaltamira.com>"),
        ("To", ME),
        ("Subject", enc("Confirmación de cita – 20/oct/2026 8:15 a.m.")),
        ("Date", date("2026-10-14 08:00", PR)),
        ("Message-ID", "<cita-5530912.20261014@cmfaltamira.com>"),
    ], mixed(text(body), calendar(ics, method="PUBLISH", filename="cita.ics", disposition="attachment",
                                  cte="base64")))


@mail(N(32), family="non_interview_appointment", lang="es", interview=False, company=None,
      days=(("Sat", "2026-10-10"),),
      note="Realtor confirms a flat viewing in Condado 'el sábado 10 de octubre a las 11:00 a.m.' "
           "(8bit utf-8): fixed time, not an interview")
def n32() -> bytes:
    body = t("""
        Hola Gabriela, ¡buenas!

        Te confirmo la visita al apartamento de 2 cuartos en la calle Caribe (Condado) el sábado 10 de
        octubre a las 11:00 a.m. El dueño estará allí también, así que puedes preguntarle lo del
        estacionamiento y el mantenimiento.

        Trae una identificación y, si decides aplicar, necesitaré carta de empleo o estados de cuenta
        de los últimos 3 meses.

        Nos vemos el sábado,

        Mariela Ferrer
        Corredora de Bienes Raíces, Lic. C-20417
        Brisa Condado Realty
        787-555-0107
        """)
    return message([
        rcv("mail-oi1-f178.google.com (mail-oi1-f178.google.com [209.85.167.178])", "2026-10-07 18:25", PR,
            "Bc5rR6y1"),
        ("From", "Mariela Ferrer <mferrer@brisacondadorealty.com>"),
        ("To", ME_H),
        ("Subject", enc("Visita apartamento Condado – sábado 11:00 a.m.")),
        ("Date", date("2026-10-07 18:25", PR)),
        ("Message-ID", "<CAMf3rrer9a+kQ2Lw1@mail.gmail.com>"),
    ], text(body, cte="8bit"))


@mail(N(33), family="non_interview_appointment", lang="es", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Car-dealer service appointment (HTML only) 'jueves, 5 de noviembre de 2026 a las 7:30 a.m.': "
           "fixed time, not an interview")
def n33() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px">
        <table width="600" align="center" cellpadding="16" style="border:1px solid #ddd">
        <tr><td style="background:#c00;color:#fff;font-size:18px"><b>Autocentro Los Flamboyanes</b> · Servicio</td></tr>
        <tr><td>
        <p>Hola, GABRIELA:</p>
        <p>Su cita de servicio ha sido <b>confirmada</b>.</p>
        <table cellpadding="4">
        <tr><td>Vehículo:</td><td>Toyota Corolla 2019 · Tablilla JKL-482</td></tr>
        <tr><td>Servicio:</td><td>Mantenimiento de 60,000 millas + rotación de gomas</td></tr>
        <tr><td>Fecha:</td><td>jueves, 5 de noviembre de 2026</td></tr>
        <tr><td>Hora de entrega:</td><td>7:30 a.m.</td></tr>
        <tr><td>Asesor:</td><td>Rafael Cordero</td></tr>
        </table>
        <p>Tenemos servicio de transportación a Plaza Las Américas y Hato Rey. Tiempo estimado: 3 horas.</p>
        <p><a href="https://citas.flamboyanesauto.com/c/77120">Modificar o cancelar cita</a></p>
        </td></tr></table></body></html>
        """)
    return message([
        rcv("mta.flamboyanesauto.com (mta.flamboyanesauto.com [192.0.2.61])", "2026-10-30 10:11", PR, "Af2lM9b0"),
        ("From", "Autocentro Los Flamboyanes <servicio-noreply@flamboyanesauto.com>"),
        ("To", ME),
        ("Subject", enc("Cita de servicio confirmada – jueves 5 de noviembre, 7:30 a.m.")),
        ("Date", date("2026-10-30 10:11", PR)),
        ("Message-ID", "<svc-77120-confirm@flamboyanesauto.com>"),
    ], html(page))


@mail(N(34), family="parent_teacher", lang="es", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="School 'entrevista de padres' (parent-teacher meeting) with the homeroom teacher on 'miércoles, "
           "21 de octubre, a las 3:15 p.m.': uses the word entrevista and a fixed time, but not a job "
           "interview")
def n34() -> bytes:
    body = t("""
        Saludos, Sra. Ortiz Colón:

        Como parte de la entrega del primer informe de progreso, le separé la entrevista de padres para
        hablar del desempeño de Sebastián el miércoles, 21 de octubre, a las 3:15 p.m., en el salón 4-B.
        La reunión toma unos 15 minutos.

        Si no puede asistir en ese horario, favor de indicármelo por este medio o por la libreta de
        comunicaciones para buscar otro espacio.

        Bendiciones,

        Mrs. Yaritza Medina
        Maestra de Salón Hogar - 4to grado
        Colegio Nuevo Amanecer, Cupey
        """)
    return message([
        rcv("mail-qk1-f170.google.com (mail-qk1-f170.google.com [209.85.222.170])", "2026-10-15 14:48", PR,
            "Cn4aM0d3"),
        ("From", "Yaritza Medina <ymedina@colegionuevoamanecer.edu>"),
        ("To", ME_H),
        ("Subject", enc("Entrevista de padres – Sebastián Ortiz (4-B)")),
        ("Date", date("2026-10-15 14:48", PR)),
        ("Message-ID", "<CAPm3dinaQ0w8z+7Lk@mail.gmail.com>"),
    ], alt(text(body, charset="iso-8859-1"), html(gmail_html(body), charset="iso-8859-1")))


@mail(N(35), family="non_interview_calendar", lang="en", interview=False, company=None,
      note="Recurring daily stand-up at the candidate's current employer (Exchange, TZID 'SA Western Standard "
           "Time', RRULE): a fixed time, not an interview")
def n35() -> bytes:
    body = t("""
        Team - starting Monday we're moving stand-up to 9:15 so the claims feed has landed before we meet.
        Same Teams link. Keep it to 15 minutes, please!

        - Rosa

        When: Occurs every weekday effective 9/14/2026 from 9:15 AM to 9:30 AM (UTC-04:00) Georgetown,
        La Paz, Manaus, San Juan.
        Where: Microsoft Teams Meeting
        """)
    ics = VTZ_SAW.join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Rosa Ibarra:mailto:ribarra@alisiohealth.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gabriela Ortiz:mailto:gabriela.ortiz@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Analytics Team:mailto:analytics-team@alisiohealth.com
RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR
UID:040000008200E00074C5B7101A82E0080000000070C3A1E4D9A3DC01000000000000000010000000ABCDEF0123456789
SUMMARY;LANGUAGE=en-US:Analytics daily stand-up
DTSTART;TZID=SA Western Standard Time:20260914T091500
DTEND;TZID=SA Western Standard Time:20260914T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260910T131000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:3
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""])
    return message([
        rcv("mail-sa1nam10on2050.outbound.protection.outlook.com (mail-sa1nam10on2050.outbound.protection.outlook.com"
            " [40.107.93.50])", "2026-09-10 09:10", PR, "Al1sI0o2"),
        ("From", "Rosa Ibarra <ribarra@alisiohealth.com>"),
        ("To", "Analytics Team <analytics-team@alisiohealth.com>"),
        ("Cc", "Gabriela Ortiz <gabriela.ortiz@example.org>"),
        ("Subject", "Analytics daily stand-up (moving to 9:15)"),
        ("Date", date("2026-09-10 09:10", PR)),
        ("Message-ID", "<SA1PR10MB6611C0D1E2F3A4B5C6D7E8F9A0B12@SA1PR10MB6611.namprd10.prod.outlook.com>"),
    ], alt(text(body, charset="us-ascii", cte="7bit"), calendar(ics, cte="base64")))


@mail(N(36), family="marketing_webinar", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Zoom webinar registration 'Interviewing for Healthcare Analytics Roles in 2027', Thu Nov 19 "
           "12:00 PM AST, with ICS: a confirmed time, not a job interview")
def n36() -> bytes:
    body = t("""
        Hi Gabriela,

        Thank you for registering for "Interviewing for Healthcare Analytics Roles in 2027: What Hiring
        Managers Ask".

        Date & Time: Nov 19, 2026 12:00 PM Atlantic Time (Puerto Rico)

        Join from PC, Mac, iPad, or Android:
        https://us02web.zoom.us/w/86655120034?tk=r7Yq2ZaB

        Webinar ID: 866 5512 0034

        Add to calendar: Google Calendar | Outlook (.ics) | Yahoo Calendar

        Hosted by the Caribbean Health Informatics Forum. You can cancel your registration at any time.
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20261109T150000Z
DTSTART:20261119T160000Z
DTEND:20261119T170000Z
SUMMARY:Interviewing for Healthcare Analytics Roles in 2027: What Hiring Managers Ask
UID:20261109T150000Z-86655120034@fe80::zoom
LOCATION:https://us02web.zoom.us/w/86655120034?tk=r7Yq2ZaB
ORGANIZER;CN=Caribbean Health Informatics Forum:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR
"""
    return message([
        rcv("mailgw-a.zoom.us (mailgw-a.zoom.us [170.114.10.23])", "2026-11-09 15:00", "UTC", "Zm0oW3b9"),
        ("From", "Caribbean Health Informatics Forum <no-reply@zoom.us>"),
        ("Reply-To", "events@chiforum.org"),
        ("To", ME_H),
        ("Subject", "Interviewing for Healthcare Analytics Roles in 2027 Confirmation"),
        ("Date", date("2026-11-09 15:00", "UTC")),
        ("Message-ID", "<webinar.86655120034.reg.4f1a@zoom.us>"),
    ], mixed(text(body), calendar(ics, method="PUBLISH", filename="webinar.ics", disposition="attachment")))


@mail(N(37), family="mock_interview", lang="es", interview=False, company=None,
      days=(("Mon", "2026-11-16"),),
      note="Career coach (tú) confirms a mock-interview practice session 'el lunes 16 de noviembre a las "
           "6:00 p.m.' on Zoom and offers a package of more sessions: not a job interview")
def n37() -> bytes:
    body = t("""
        ¡Hola Gabriela!

        Te confirmo nuestra sesión de práctica de entrevista (mock interview) el lunes 16 de noviembre a
        las 6:00 p.m. por Zoom. Vamos a simular la entrevista de panel que tienes con la aseguradora:
        preguntas de comportamiento, un caso corto de SQL y cómo explicar tus proyectos de HEDIS sin
        tecnicismos.

        Enlace: https://us05web.zoom.us/j/7740012893

        Si te gusta el formato, tengo un paquete de 3 sesiones más a precio especial para diciembre.

        ¡Vas a estar lista!

        Marta Quiñones
        Coach de Carrera · Rumbo Carrera
        """)
    return message([
        rcv("mail.rumbocarrera.com (mail.rumbocarrera.com [198.51.100.44])", "2026-11-11 20:15", PR, "Mq7uI2n4"),
        ("From", addr("Marta Quiñones", "marta@rumbocarrera.com")),
        ("To", ME_H),
        ("Subject", enc("Confirmada: práctica de entrevista – lunes 16/nov, 6:00 p.m.")),
        ("Date", date("2026-11-11 20:15", PR)),
        ("Message-ID", "<5e2c0a91-rc-mq@rumbocarrera.com>"),
    ], alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(N(38), family="interviewer_panel", lang="en", interview=False, company=None,
      note="Current employer asks the candidate to sit on an interview panel for someone else (Exchange, "
           "TZID 'SA Western Standard Time', Thu Dec 3 10:00): she is the interviewer, not the candidate")
def n38() -> bytes:
    body = t("""
        Hi Gabriela,

        Thanks for agreeing to sit on the panel for the Data Analyst I opening. Candidate: Kevin Morales
        (resume and scorecard attached in Workday). Please focus on SQL and data-quality questions;
        Héctor will cover behavioral.

        Please submit your scorecard within 24 hours of the interview.

        Thank you,
        Rosa Ibarra
        Analytics Manager, Alisio Health Plan

        When: Thursday, December 3, 2026 10:00 AM-11:00 AM (UTC-04:00) Georgetown, La Paz, Manaus, San Juan.
        Where: Conf Room 3A / Microsoft Teams Meeting
        """)
    ics = VTZ_SAW.join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Rosa Ibarra:mailto:ribarra@alisiohealth.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gabriela Ortiz:mailto:gabriela.ortiz@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hector Lebron:mailto:hlebron@alisiohealth.com
UID:040000008200E00074C5B7101A82E00800000000B2D4F6A8C0E2DC01000000000000000010000000FEDCBA9876543210
SUMMARY;LANGUAGE=en-US:Interview Panel: Data Analyst I - Kevin Morales
DTSTART;TZID=SA Western Standard Time:20261203T100000
DTEND;TZID=SA Western Standard Time:20261203T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261130T133000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Conf Room 3A / Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""])
    return message([
        rcv("mail-sa1nam10on2050.outbound.protection.outlook.com (mail-sa1nam10on2050.outbound.protection.outlook.com"
            " [40.107.93.50])", "2026-11-30 09:30", PR, "Al7pN3l8"),
        ("From", "Rosa Ibarra <ribarra@alisiohealth.com>"),
        ("To", "Gabriela Ortiz <gabriela.ortiz@example.org>"),
        ("Subject", "Interview Panel: Data Analyst I - Kevin Morales"),
        ("Date", date("2026-11-30 09:30", PR)),
        ("Message-ID", "<SA1PR10MB6611F9E8D7C6B5A4F3E2D1C0B9A87@SA1PR10MB6611.namprd10.prod.outlook.com>"),
    ], alt(text(body), calendar(ics, cte="base64")))


@mail(N(39), family="auto_reply", lang="en", interview=False, company="Brookhollow Health",
      days=(("Thu", "2026-11-12"),),
      note="Out-of-office auto-reply from the Brookhollow manager to the candidate's own note confirming "
           "'Thursday 11/12 at 9:00 AM ET' (quoted); Auto-Submitted: auto-replied; no new confirmation")
def n39() -> bytes:
    body = t("""
        Thank you for your email. I am out of the office from Friday, November 6 through Monday,
        November 9, with limited access to email. I will respond when I return.

        For urgent recruiting matters, please contact recruiting@brookhollowhealth.org.

        Rachel Abernathy
        Manager, Analytics & Reporting | Brookhollow Health

        -----Original Message-----
        From: Gabriela Ortiz Colón <gabriela.ortiz@example.org>
        Sent: Friday, November 6, 2026 9:12 AM
        To: Rachel Abernathy <rachel.abernathy@brookhollowhealth.org>
        Subject: Interview on Thursday 11/12

        Hi Rachel,

        Just confirming I received the iCIMS notice and I'll be there Thursday 11/12 at 9:00 AM ET
        (10:00 AM my time). Looking forward to meeting you.

        Best,
        Gabriela
        """)
    return message([
        rcv("mail-mw2nam12on2117.outbound.protection.outlook.com (mail-mw2nam12on2117.outbound.protection.outlook.com"
            " [40.107.244.117])", "2026-11-06 09:12", NY, "Bh3oO1f5", lag=9),
        ("From", "Rachel Abernathy <rachel.abernathy@brookhollowhealth.org>"),
        ("To", ME_H),
        ("Subject", "Automatic reply: Interview on Thursday 11/12"),
        ("Date", date("2026-11-06 09:12", NY)),
        ("Message-ID", "<MW2PR12MB4567A0B1C2D3E4F5A6B7C8D9E0F12@MW2PR12MB4567.namprd12.prod.outlook.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "rachel.abernathy@brookhollowhealth.org"),
    ], text(body))


@mail(N(40), family="bounce", lang="es", interview=False, company=None,
      note="Delivery failure (multipart/report) for the candidate's own Spanish note confirming the Nexo Salud "
           "interview '19/nov/2026 a las 9:30 a.m.' to a mistyped address; nothing confirmed to her")
def n40() -> bytes:
    human = t("""
        ** No se encontró la dirección **

        Tu mensaje no se entregó a ycolom@nexosaludpr.com porque no se encontró la dirección o esta no
        puede recibir correos.

        La respuesta del servidor remoto fue:
        550 5.1.1 <ycolom@nexosaludpr.com>: Recipient address rejected: User unknown in virtual mailbox table
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        Arrival-Date: Fri, 13 Nov 2026 09:41:02 -0400

        Final-Recipient: rfc822; ycolom@nexosaludpr.com
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mail.nexosaludpr.com
        Diagnostic-Code: smtp; 550 5.1.1 <ycolom@nexosaludpr.com>: Recipient address rejected: User unknown
        """)
    orig_body = t("""
        Buenos días, Sra. Colón:

        Recibí la confirmación de SmartRecruiters. Allí estaré el 19/nov/2026 a las 9:30 a.m. por Teams.
        Muchas gracias por la oportunidad.

        Saludos,
        Gabriela Ortiz Colón
        """)
    orig = message([
        ("From", ME_H),
        ("To", "ycolom@nexosaludpr.com"),
        ("Subject", enc("Re: Confirmación de entrevista: Analista de Datos de Salud – Nexo Salud PR")),
        ("Date", date("2026-11-13 09:41", PR)),
        ("Message-ID", "<CAF7m1qNexo-gab-0913@example.org>"),
    ], text(orig_body))
    return message([
        ("Return-Path", "<>"),
        ("From", "Mail Delivery Subsystem <MAILER-DAEMON@mx1.example.org>"),
        ("To", ME),
        ("Subject", "Delivery Status Notification (Failure)"),
        ("Date", date("2026-11-13 09:41", PR)),
        ("Message-ID", "<20261113134103.8A1F2C0E77@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], multipart("report", text(human), raw_part([("Content-Type", "message/delivery-status")], status),
                 attached_message(orig), params="report-type=delivery-status"))


@mail(N(41), family="job_centre", lang="es", interview=False, company=None,
      days=(("Tue", "2026-09-08"),),
      note="Microsoft Bookings appointment at the job centre (unemployment benefits orientation and "
           "'entrevista de elegibilidad'), 'martes, 8 de septiembre de 2026 10:00 a. m. (UTC-04:00) ... San "
           "Juan', ICS TZID 'SA Western Standard Time': fixed time, not a job interview")
def n41() -> bytes:
    body = t("""
        Centro de Empleo Metro

        Reserva confirmada

        Hola, Gabriela Ortiz Colón:

        Gracias por reservar con Centro de Empleo Metro. Tu reserva está confirmada.

        Servicio: Orientación de búsqueda de empleo y entrevista de elegibilidad (seguro por desempleo)
        Fecha y hora: martes, 8 de septiembre de 2026 10:00 a. m. (UTC-04:00) Georgetown, La Paz, Manaus, San Juan
        Duración: 1 hora
        Personal: Técnico de Servicio al Cliente
        Lugar: Edificio Centro Gubernamental, Ave. Barbosa 606, piso 2, San Juan

        Traiga su identificación con foto, tarjeta de Seguro Social y la carta de cesantía de su patrono
        anterior, si aplica.

        Administrar reserva: https://outlook.office365.com/owa/calendar/CentroEmpleoMetro@empleometro.onmicrosoft.com/bookings/

        Microsoft Bookings
        """)
    ics = VTZ_SAW.join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Centro de Empleo Metro:mailto:CentroEmpleoMetro@empleometro.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gabriela Ortiz Colón:mailto:gabriela.ortiz@example.org
UID:040000008200E00074C5B7101A82E00800000000D4C3B2A1F0E9DC01000000000000000010000000BOOK0908AA11
SUMMARY;LANGUAGE=es-ES:Orientación de búsqueda de empleo y entrevista de elegibilidad
DTSTART;TZID=SA Western Standard Time:20260908T100000
DTEND;TZID=SA Western Standard Time:20260908T110000
DTSTAMP:20260902T150000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Edificio Centro Gubernamental\\, Ave. Barbosa 606\\, piso 2\\, San Juan
END:VEVENT
END:VCALENDAR
"""])
    return message([
        rcv("mail-bn1nam07on2080.outbound.protection.outlook.com (mail-bn1nam07on2080.outbound.protection.outlook.com"
            " [40.107.212.80])", "2026-09-02 11:00", PR, "Bk0oK9s1"),
        ("From", "Centro de Empleo Metro <CentroEmpleoMetro@empleometro.onmicrosoft.com>"),
        ("To", ME_H),
        ("Subject", enc("Reserva confirmada: Orientación de búsqueda de empleo y entrevista de elegibilidad "
                        "con Centro de Empleo Metro")),
        ("Date", date("2026-09-02 11:00", PR)),
        ("Message-ID", "<BN1PR07MB8800B00K1NG5A1B2C3D4E5F6A7B8C90@BN1PR07MB8800.namprd07.prod.outlook.com>"),
    ], alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")))


@mail(N(42), family="podcast", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Podcast host confirms recording an interview with the candidate as a guest, 'Thursday, October 1 "
           "at 11:00 AM AST (10 AM CT)': a confirmed interview time, but press/podcast, not a job interview")
def n42() -> bytes:
    body = t("""
        Hi Gabriela!

        So excited to have you on Data in Scrubs. Confirming our interview recording for Thursday,
        October 1 at 11:00 AM AST (10 AM CT for me). We'll talk about building the diabetes gaps-in-care
        dashboard and what analysts in Puerto Rico deal with that mainland folks don't.

        Logistics:
        - Riverside studio link: https://riverside.fm/studio/data-in-scrubs
        - Wear headphones, use a laptop (not a phone), and close other apps
        - We record for about 50 minutes, edited down to ~35

        The episode should go live mid-November. I'll send you the link so you can share it!

        Tasha Greenwood
        Host, Data in Scrubs
        """)
    return message([
        rcv("mail-io1-f41.google.com (mail-io1-f41.google.com [209.85.166.41])", "2026-09-25 16:30", CHI, "Ds1cR2b3"),
        ("From", "Tasha Greenwood <tasha@datainscrubs.fm>"),
        ("To", ME_H),
        ("Subject", "Data in Scrubs - interview recording confirmed for Oct 1"),
        ("Date", date("2026-09-25 16:30", CHI)),
        ("Message-ID", "<CAGreenwood7q+2kd@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(43), family="admission_interview", lang="es", interview=False, company=None,
      days=(("Fri", "2026-11-06"),),
      note="Graduate-school admission interview for a part-time MBA, 'viernes, 6 de noviembre a las 5:30 "
           "p.m.': a confirmed 'entrevista', but for admission, not a job")
def n43() -> bytes:
    body = t("""
        Estimada Sra. Ortiz Colón:

        Reciba un cordial saludo de la Escuela Graduada de Administración de Empresas de la Universidad
        del Caribe Oriental.

        Nos complace informarle que su solicitud al programa de MBA a tiempo parcial (cohorte enero 2027)
        pasó a la etapa de entrevista de admisión. Su entrevista quedó programada para el viernes, 6 de
        noviembre a las 5:30 p.m., en el Salón de Conferencias 210 del Edificio de Estudios Graduados,
        recinto de Río Piedras. El comité está compuesto por dos profesores y un exalumno.

        Favor de traer una copia de su ensayo de motivación. La entrevista dura aproximadamente 30
        minutos.

        Atentamente,

        Oficina de Admisiones Graduadas
        Universidad del Caribe Oriental
        """)
    return message([
        rcv("smtp.ucoriental.edu (smtp.ucoriental.edu [192.0.2.140])", "2026-10-29 11:20", PR, "Uc4oA1d6"),
        ("From", enc("Admisiones Graduadas – UCO") + " <admisiones.graduadas@ucoriental.edu>"),
        ("To", ME_H),
        ("Subject", enc("Entrevista de admisión – MBA a tiempo parcial (enero 2027)")),
        ("Date", date("2026-10-29 11:20", PR)),
        ("Message-ID", "<adm-2027-0193.20261029@ucoriental.edu>"),
    ], alt(text(body, charset="windows-1252"), html(gmail_html(body), charset="windows-1252")))


@mail(N(44), family="sports_tryout", lang="es", interview=False, company=None,
      days=(("Sat", "2026-09-12"),),
      note="Recreational volleyball club confirms a try-out 'el sábado 12 de septiembre a las 8:00 a.m.': "
           "fixed time, not a job interview")
def n44() -> bytes:
    body = t("""
        ¡Hola Gabi!

        Confirmado: estás en la lista para las pruebas (try-outs) del equipo Master femenino el sábado 12
        de septiembre a las 8:00 a.m. en la cancha bajo techo del Parque Central. Llega 15 minutos antes
        para calentar. Trae rodilleras, agua y $10 de la cuota de inscripción.

        Después de las pruebas, el entrenador publica la lista del equipo en el chat el domingo.

        ¡Nos vemos en la cancha! 🏐

        Keila
        Club de Voleibol Las Marías
        """)
    return message([
        rcv("mail-pf1-f181.google.com (mail-pf1-f181.google.com [209.85.210.181])", "2026-09-08 21:03", PR,
            "Vb9lL2m4"),
        ("From", "Club de Voleibol Las Marias <clubvoleibol.lasmarias@example.com>"),
        ("To", ME),
        ("Subject", enc("Try-outs Master femenino – sábado 8:00 a.m.")),
        ("Date", date("2026-09-08 21:03", PR)),
        ("Message-ID", "<CAKeila0vb+Q1m2nQ@mail.gmail.com>"),
    ], text(body, cte="8bit"))


@mail(N(45), family="tax_office", lang="es", interview=False, company=None,
      days=(("Thu", "2026-09-17"),),
      note="Tax-service-centre appointment (HTML only, base64) 'jueves, 17 de septiembre de 2026, 1:30 p.m.': "
           "fixed time, not a job interview")
def n45() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Tahoma,Arial,sans-serif;font-size:13px">
        <div style="border-top:6px solid #0b3d91;padding:16px;max-width:620px">
        <h3 style="color:#0b3d91">Centro de Servicios al Contribuyente – Región San Juan</h3>
        <p>Estimado(a) contribuyente: <b>GABRIELA ORTIZ COLON</b></p>
        <p>Su cita ha sido registrada con el número <b>CSC-SJ-26-048812</b>.</p>
        <table cellpadding="4">
        <tr><td>Trámite:</td><td>Certificación de radicación de planillas / deuda (para solicitud de empleo)</td></tr>
        <tr><td>Fecha:</td><td>jueves, 17 de septiembre de 2026</td></tr>
        <tr><td>Hora:</td><td>1:30 p.m.</td></tr>
        <tr><td>Lugar:</td><td>Módulo 3, primer piso</td></tr>
        </table>
        <p>Presente identificación con foto vigente. Si llega más de 10 minutos tarde, su turno podría ser
        reasignado.</p>
        <p style="font-size:11px;color:#666">Este mensaje fue generado automáticamente. No responda a este correo.</p>
        </div></body></html>
        """)
    return message([
        rcv("citas.csc-sanjuan.example.com (citas.csc-sanjuan.example.com [192.0.2.77])", "2026-09-11 14:42", PR,
            "Tx8cS0s1"),
        ("From", "Citas CSC <no-responder@csc-sanjuan.example.com>"),
        ("To", ME),
        ("Subject", "Confirmacion de cita CSC-SJ-26-048812"),
        ("Date", date("2026-09-11 14:42", PR)),
        ("Message-ID", "<CSC-SJ-26-048812@csc-sanjuan.example.com>"),
    ], html(page, cte="base64"))


@mail(N(46), family="forwarded_other", lang="es", interview=False, company=None,
      days=(("Mon", "2026-11-09"),),
      note="Cousin forwards HIS OWN softgarden interview confirmation (Mon Nov 9, 10:00 AM EST, Orlando) "
           "asking for practice help: a confirmed interview, but not the inbox owner's")
def n46() -> bytes:
    inner_body = t("""
        Dear Andrés Colón,

        Thank you for your application as Biomedical Equipment Technician II at Sonnwerk MedTech USA.

        We are pleased to confirm your interview:

        Date: Monday, November 9, 2026
        Time: 10:00 AM - 11:00 AM EST
        Place: Sonnwerk MedTech USA, 1200 Innovation Way, Orlando, FL 32826 (Reception, Building C)
        Contact person: Julia Hartmann, HR Business Partner (julia.hartmann@sonnwerk-medtech.com)

        Kind regards,
        Your Sonnwerk MedTech USA Recruiting Team

        This message was sent via softgarden.
        """)
    inner = message([
        ("From", "Sonnwerk MedTech USA <noreply@softgarden.io>"),
        ("Reply-To", "Julia Hartmann <julia.hartmann@sonnwerk-medtech.com>"),
        ("To", addr("Andrés Colón", "andres.colon.pr@example.net")),
        ("Subject", "Interview confirmation: Biomedical Equipment Technician II"),
        ("Date", date("2026-11-02 10:15", "Europe/Berlin")),
        ("Message-ID", "<sg-7739102-interview@softgarden.io>"),
    ], text(inner_body))
    note = t("""
        Prima!! Mira, me dieron la entrevista en Orlando 🙌 Es el lunes a las 10 de allá (11 de aquí, ya
        cambiaron la hora). ¿Me ayudas a practicar el sábado? Tú eres la experta en entrevistas este año
        jajaja.

        Te debo un mofongo.

        Andrés
        """)
    return message([
        rcv("mail.example.net (mail.example.net [203.0.113.25])", "2026-11-03 19:47", PR, "An2dR5c8"),
        ("From", addr("Andrés Colón", "andres.colon.pr@example.net")),
        ("To", ME_H),
        ("Subject", "Fwd: Interview confirmation: Biomedical Equipment Technician II"),
        ("Date", date("2026-11-03 19:47", PR)),
        ("Message-ID", "<9A2C6E1F-3B4D-4E8A-B1C0-ANDRES-FWD@example.net>"),
    ], mixed(text(note, cte="8bit"), attached_message(inner)))


@mail(N(47), family="one_way_video", lang="en", interview=False, company="Riverbend Health",
      days=(("Fri", "2026-11-20"),),
      note="HireVue-style on-demand (one-way) video interview with only a completion deadline 'by Friday, "
           "November 20, 2026, 11:59 PM ET': no scheduled time with anyone")
def n47() -> bytes:
    body = t("""
        Hi Gabriela,

        Thank you for applying for the Healthcare Data Analyst position at Riverbend Health. The next step
        is an on-demand video interview that you can complete at any time that works for you.

        Please complete your interview by Friday, November 20, 2026, 11:59 PM ET.

        What to expect:
          - 5 questions, up to 3 minutes per answer
          - 1 practice question before you start
          - About 25 minutes in total

        Start your interview: https://app.hirevue.com/interviews/rvb-8f21c7d0

        Good luck!
        Riverbend Health Talent Acquisition
        """)
    return message([
        rcv("mail.hirevue.com (mail.hirevue.com [34.206.77.12])", "2026-11-13 14:00", "UTC", "Hv3iR7e2"),
        ("From", "Riverbend Health <no-reply@hirevue.com>"),
        ("To", ME_H),
        ("Subject", "Riverbend Health: Complete your video interview"),
        ("Date", date("2026-11-13 14:00", "UTC")),
        ("Message-ID", "<hv.rvb-8f21c7d0.invite@hirevue.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(48), family="mentor_call", lang="en", interview=False, company=None,
      days=(("Wed", "2026-10-07"),),
      note="Alumni mentor confirms an informational career chat 'Wednesday at 6 PM ET' (Oct 7, same as AST "
           "before the US clock change): a fixed time, but not a job interview")
def n48() -> bytes:
    body = t("""
        Hi Gabriela,

        Great to connect through the alumni mentoring program! Happy to chat about moving from payer
        analytics into a hospital system. Let's do Wednesday (10/7) at 6 PM ET - that should be 6 PM for
        you too until we change the clocks. I'll call your cell.

        Just to set expectations: my team isn't hiring right now, so think of this as an informational
        conversation. Bring any questions, including about salary bands in New York.

        Best,
        Omar

        Omar Haddad, MPH
        Director, Clinical Decision Support
        (UPR Class of 2009)
        """)
    return message([
        rcv("mail-wr1-f45.google.com (mail-wr1-f45.google.com [209.85.221.45])", "2026-10-02 20:30", NY,
            "Om4hA1d9"),
        ("From", "Omar Haddad <omar.haddad.mph@example.com>"),
        ("To", ME_H),
        ("Subject", "Re: Alumni mentoring - intro"),
        ("Date", date("2026-10-02 20:30", NY)),
        ("Message-ID", "<CAOhaddad+M2kq9@mail.gmail.com>"),
        ("In-Reply-To", "<CAF7m1qMentor-gab@example.org>"),
    ], text(body, charset="us-ascii", cte="7bit"))


@mail(N(49), family="non_interview_appointment", lang="es", interview=False, company=None,
      days=(("Sat", "2026-09-19"),),
      note="Headshot photo session for the job search, 'sábado, 19 de septiembre, 9:00 a.m.': fixed time, "
           "not an interview")
def n49() -> bytes:
    body = t("""
        ¡Hola Gabriela!

        Tu sesión de fotos profesionales (headshots para LinkedIn y resumé) está reservada:

        📅 sábado, 19 de septiembre
        🕘 9:00 a.m. (30 minutos)
        📍 Estudio Luz de Mar, Calle Loíza 1912, Santurce

        Recomendaciones: trae dos cambios de ropa en colores sólidos, evita estampados pequeños. Si
        quieres maquillaje, avísanos antes del jueves.

        Recibirás tu galería en 5 días laborables.

        Estudio Luz de Mar
        """)
    return message([
        rcv("mail.squareup.com (mail.squareup.com [74.122.190.33])", "2026-09-14 09:05", PR, "Ld2mA8r0"),
        ("From", "Estudio Luz de Mar <messenger@messaging.squareup.com>"),
        ("Reply-To", "hola@estudioluzdemar.com"),
        ("To", ME),
        ("Subject", enc("Reserva confirmada – Headshots, sábado 19 de septiembre")),
        ("Date", date("2026-09-14 09:05", PR)),
        ("Message-ID", "<sq-appt-55XK21@messaging.squareup.com>"),
    ], alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(N(50), family="non_interview_appointment", lang="en", interview=False, company=None,
      days=(("Thu", "2026-12-10"),),
      note="Financial advisor confirms a 401(k) rollover consultation 'Thursday, December 10 at 4:00 PM ET "
           "(5:00 PM your time)': fixed time, not a job interview")
def n50() -> bytes:
    body = t("""
        Hi Gabriela,

        Thanks for reaching out about rolling over your 401(k) from Alisio Health Plan. I've put us down
        for a 30-minute phone consultation on Thursday, December 10 at 4:00 PM ET (5:00 PM your time in
        San Juan). I'll call you at the number on file.

        Before we talk, it would help to have:
          - your most recent 401(k) statement
          - whether your new employer's plan accepts roll-ins

        Best regards,

        Greg Patterson, CFP®
        Harborline Financial Advisors
        Miami, FL

        Securities offered through Harborline Securities, LLC. This email may contain confidential
        information.
        """)
    return message([
        rcv("mail-pl1-f172.google.com (mail-pl1-f172.google.com [209.85.214.172])", "2026-12-04 11:20", NY,
            "Hf6aP3g7"),
        ("From", "Greg Patterson <gpatterson@harborlinefinancial.com>"),
        ("To", ME_H),
        ("Subject", "401(k) rollover consultation - Thursday 12/10"),
        ("Date", date("2026-12-04 11:20", NY)),
        ("Message-ID", "<A1B2C3D4.harborline.7730@harborlinefinancial.com>"),
    ], text(body))
