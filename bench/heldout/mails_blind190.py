"""blind190: 50 hand-written mails from the inbox of Gabriela Urdaneta, a data scientist in Maracaibo.

Written blind (without reading the detector, its tests or any earlier held-out mails) by a helper
session. Build and check with ``python3 bench/heldout/make_blind.py blind190``.
File numbers are a fixed shuffle of the writing order (see ORDER); keys 1-23 are positives.
"""

from __future__ import annotations

import random

from make import (
    VTZ,
    addr,
    alt,
    at,
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

ORDER = random.Random(1900190).sample(range(1, 51), 50)

ME = "gabriela.urdaneta@example.org"
ME_H = addr("Gabriela Urdaneta", ME)
CCS = "America/Caracas"
BOG = "America/Bogota"
PTY = "America/Panama"
NYC = "America/New_York"
LAX = "America/Los_Angeles"
CHI = "America/Chicago"
MAD = "Europe/Madrid"
AMS = "Europe/Amsterdam"


def N(key: int) -> str:
    return f"blind190_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, to: str = ME_H,
         mx: str = "mail.example.net", ident: str = "mx1.example.org with ESMTPS id 4Zq", lag: int = 3,
         extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8") -> list[tuple[str, str]]:
    hs = [
        ("Received", received(f"from {mx} ({mx} [198.51.100.{(len(msgid) * 7) % 250 + 1}])", when, zone,
                              ident + msgid[:6].replace("<", "").replace(".", ""), ME, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
    ]
    hs += list(extra)
    return hs


def ics_time(local: str, zone: str) -> str:
    return at(local, zone).strftime("%Y%m%dT%H%M%S")


def ics_z(local: str, zone: str) -> str:
    return utc(local, zone).replace("-", "").replace(":", "")


def stamp(local: str, zone: str) -> str:
    return ics_z(local, zone)


VTZ_LOCAL = {
    "America/Caracas": """BEGIN:VTIMEZONE
TZID:America/Caracas
X-LIC-LOCATION:America/Caracas
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0400
TZNAME:GMT-4
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE""",
    "America/Bogota": """BEGIN:VTIMEZONE
TZID:America/Bogota
X-LIC-LOCATION:America/Bogota
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
TZNAME:GMT-5
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE""",
    "America/Panama": """BEGIN:VTIMEZONE
TZID:America/Panama
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
TZNAME:EST
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
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
END:DAYLIGHT
END:VTIMEZONE""",
    "SA Western Standard Time": """BEGIN:VTIMEZONE
TZID:SA Western Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0400
TZOFFSETTO:-0400
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:-0400
TZOFFSETTO:-0400
END:DAYLIGHT
END:VTIMEZONE""",
}


# =========================================================================== positives: scheduled


@mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", NYC), end=utc("2026-09-15 10:45", NYC),
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=NYC,
      contact="megan.holloway@coralinapay.com", company="Coralina Payments",
      note="Greenhouse confirmation from a no-reply address; 'Tuesday, September 15, 2026, 10:00 AM - 10:45 "
           "AM EDT' (Miami, UTC-4 in September = same clock as Caracas) -> 14:00Z-14:45Z; contact = the "
           "human Reply-To recruiter.")
def p_greenhouse_coralina():
    body = t("""
        Hi Gabriela,

        Thanks for making time to speak with us! Your interview for Senior Data Scientist, Fraud & Risk
        at Coralina Payments is confirmed. Please find the details below.

        Interview: Hiring Manager Conversation
        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 10:45 AM EDT
        Location: Zoom - https://coralinapay.zoom.us/j/83120457719?pwd=Rm9QbnZ6
        Interviewer: Aaron Whitcomb, Head of Risk Analytics

        If you need to make any changes, simply reply to this email and it will go straight to Megan
        Holloway on our recruiting team.

        We look forward to speaking with you,
        Coralina Payments Talent Team

        ---
        Powered by Greenhouse. Coralina Payments, 1450 Brickell Ave, Miami, FL 33131
    """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Hi Gabriela,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Senior Data Scientist, Fraud &amp;
        Risk</b> at Coralina Payments is confirmed. Please find the details below.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview</b></td><td>Hiring Manager Conversation</td></tr>
        <tr><td><b>Date</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM - 10:45 AM EDT</td></tr>
        <tr><td><b>Location</b></td><td><a href="https://coralinapay.zoom.us/j/83120457719?pwd=Rm9QbnZ6">Zoom</a></td></tr>
        <tr><td><b>Interviewer</b></td><td>Aaron Whitcomb, Head of Risk Analytics</td></tr>
        </table>
        <p>If you need to make any changes, simply reply to this email and it will go straight to Megan
        Holloway on our recruiting team.</p>
        <p>We look forward to speaking with you,<br>Coralina Payments Talent Team</p>
        <p style="font-size:11px;color:#999">Powered by Greenhouse. Coralina Payments, 1450 Brickell Ave, Miami, FL 33131</p>
        </body></html>
    """)
    hs = head(addr("Coralina Payments", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Senior Data Scientist, Fraud & Risk - Coralina Payments",
              "2026-09-09 16:12", NYC, "<gh.7f3a91c2e0.20260909201204@us.greenhouse-mail.io>",
              mx="o12.us.greenhouse-mail.io",
              extra=(("Reply-To", addr("Megan Holloway", "megan.holloway@coralinapay.com")),
                     ("X-Mailer", "Greenhouse")))
    return message(hs, alt(text(body), html(page)))


@mail(N(2), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-23 14:00", CCS), local="Wed 2026-09-23 14:00", zone=CCS,
      contact="yusmary.villalobos@petroandina-servicios.com.ve", company="Petroandina Servicios",
      note="Recruiter prose in usted, iso-8859-1 8bit: 'el miércoles que viene a las 2:00 pm' from the Date "
           "(Thu 17 Sep, Caracas) = Wed 23 Sep 14:00 UTC-4 -> 18:00Z; no length stated.")
def p_prose_petroandina():
    body = t("""
        Buenos días, Sra. Urdaneta:

        Reciba un cordial saludo. Luego de revisar su perfil, el Ing. Nelson Chourio, gerente de
        Subsuelo Digital, desea conversar con usted sobre la vacante de Científico(a) de Datos -
        Producción.

        Le confirmo la entrevista para el miércoles que viene a las 2:00 pm en nuestras oficinas
        de la Av. 5 de Julio con calle 77, Edificio Lagunillas, piso 4. Favor traer su cédula y
        una copia impresa de su currículo; en recepción pregunte por mí.

        Cualquier inconveniente me avisa por esta vía o al 0261-555.41.20.

        Atentamente,

        Lcda. Yusmary Villalobos
        Analista de Talento Humano
        Petroandina Servicios, C.A.
        Maracaibo, estado Zulia
    """)
    hs = head(addr("Yusmary Villalobos", "yusmary.villalobos@petroandina-servicios.com.ve", "iso-8859-1"),
              "Entrevista - Científico(a) de Datos Producción", "2026-09-17 11:40", CCS,
              "<000a01dc2a81$5e3b1c90$1ab15530$@petroandina-servicios.com.ve>",
              mx="mail.petroandina-servicios.com.ve", charset="iso-8859-1",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "es-ve")))
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@mail(N(3), family="lever", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-01 09:00", BOG), end=utc("2026-10-01 10:00", BOG),
      local="Thu 2026-10-01 09:00", local_end="2026-10-01 10:00", zone=BOG,
      contact="camilo.restrepo@quindioanalytics.co", company="Quindío Analytics",
      note="Lever confirmation in Spanish; 'jueves, 1 de octubre de 2026, 9:00 a. m. - 10:00 a. m. (hora de "
           "Colombia, GMT-5)' -> 14:00Z-15:00Z; contact = Reply-To recruiter.")
def p_lever_quindio():
    body = t("""
        Hola Gabriela:

        ¡Tu entrevista está confirmada! Gracias por tu interés en Quindío Analytics.

        Cargo: Data Scientist Senior - Energía
        Entrevista: Caso técnico con el equipo de Modelado
        Cuándo: jueves, 1 de octubre de 2026, 9:00 a. m. - 10:00 a. m. (hora de Colombia, GMT-5)
        Dónde: Google Meet - https://meet.google.com/qvx-mbar-tqe
        Con: Natalia Giraldo y Sebastián Uribe

        Si necesitas reprogramar, responde a este correo y Camilo Restrepo te ayudará.

        Saludos,
        Equipo de Talento, Quindío Analytics

        Enviado con Lever
    """)
    page = t("""
        <!DOCTYPE html><html lang="es"><body style="margin:0;background:#f4f5f7">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:24px;font-family:Helvetica,Arial,sans-serif">
        <h2 style="font-weight:500">¡Tu entrevista está confirmada!</h2>
        <p>Hola Gabriela:</p><p>Gracias por tu interés en Quindío Analytics.</p>
        <p><strong>Cargo:</strong> Data Scientist Senior - Energía<br>
        <strong>Entrevista:</strong> Caso técnico con el equipo de Modelado<br>
        <strong>Cuándo:</strong> jueves, 1 de octubre de 2026, 9:00 a.&nbsp;m. - 10:00 a.&nbsp;m. (hora de Colombia, GMT-5)<br>
        <strong>Dónde:</strong> <a href="https://meet.google.com/qvx-mbar-tqe">Google Meet</a><br>
        <strong>Con:</strong> Natalia Giraldo y Sebastián Uribe</p>
        <p>Si necesitas reprogramar, responde a este correo y Camilo Restrepo te ayudará.</p>
        <p>Saludos,<br>Equipo de Talento, Quindío Analytics</p>
        <p style="color:#aaa;font-size:11px">Enviado con Lever</p>
        </div></body></html>
    """)
    hs = head(addr("Quindío Analytics", "no-reply@hire.lever.co"),
              "Entrevista confirmada: Data Scientist Senior - Energía", "2026-09-25 15:05", BOG,
              "<0100019a7c3d11f2-6b0e2a44-91d3-4c1f-b0a8-2f6d33e0c7d1-000000@email.amazonses.com>",
              mx="a8-31.smtp-out.amazonses.com",
              extra=(("Reply-To", addr("Camilo Restrepo", "camilo.restrepo@quindioanalytics.co")),))
    return message(hs, alt(text(body), html(page)))


@mail(N(4), family="workday", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-05 15:30", PTY), end=utc("2026-10-05 16:30", PTY),
      local="Mon 2026-10-05 15:30", local_end="2026-10-05 16:30", zone=PTY,
      contact="ricardo.arosemena@istmologistica.com.pa", company="Istmo Logística Global",
      note="Workday notification whose body only says 'see the attached invitation'; the time is only in the "
           "ICS: DTSTART;TZID=America/Panama 15:30-16:30 (UTC-5, no DST) -> 20:30Z-21:30Z; contact = the "
           "human ICS ORGANIZER (sender is the tenant's myworkday.com address).")
def p_workday_istmo():
    body = t("""
        Estimada Gabriela Urdaneta:

        Se ha programado una entrevista para su solicitud R-10482 Científico de Datos - Operaciones
        Portuarias (Ciudad de Panamá).

        Los detalles de fecha, hora y enlace de la reunión se encuentran en la invitación de
        calendario adjunta. Por favor acéptela para confirmar su asistencia.

        Puede revisar el estado de su solicitud en cualquier momento en nuestro sitio de carreras.

        Atentamente,
        Adquisición de Talento
        Istmo Logística Global

        Este es un mensaje generado automáticamente por Workday. No responda a este correo.
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Workday//Workday Recruiting//ES
VERSION:2.0
METHOD:REQUEST
{VTZ_LOCAL[PTY]}
BEGIN:VEVENT
UID:WD-INT-7c1f2e40a9b84d57@myworkday.com
DTSTAMP:{stamp("2026-09-29 09:20", PTY)}
DTSTART;TZID=America/Panama:{ics_time("2026-10-05 15:30", PTY)}
DTEND;TZID=America/Panama:{ics_time("2026-10-05 16:30", PTY)}
SUMMARY:Entrevista: Científico de Datos - Operaciones Portuarias
LOCATION:Microsoft Teams
DESCRIPTION:Entrevista con Ricardo Arosemena (Gerente de Analítica) y Yaritza Pinzón (Talento).
ORGANIZER;CN=Ricardo Arosemena:mailto:ricardo.arosemena@istmologistica.com.pa
ATTENDEE;CN=Gabriela Urdaneta;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Istmo Logística Global", "istmologistica@myworkday.com"),
              "Invitación a entrevista - R-10482 Científico de Datos", "2026-09-29 09:20", PTY,
              "<1817245022.381924.1790691600512@wd5-prod-mail.myworkday.com>", mx="wd5-prod-mail.myworkday.com")
    return message(hs, mixed(text(body, cte="base64"),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment",
                                      name_param=True)))


@mail(N(5), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 09:00", LAX), end=utc("2026-11-03 09:30", LAX),
      local="Tue 2026-11-03 09:00", local_end="2026-11-03 09:30", zone=LAX,
      contact="jordan.pike@tidewell.energy", company="Tidewell Energy",
      note="Calendly invitee confirmation sent Tue 27 Oct (PDT); event 'Tuesday, November 3, 2026, 9:00am - "
           "9:30am (Pacific Time - US & Canada)' is after US DST ends on 1 Nov, so PST UTC-8 -> 17:00Z-17:30Z "
           "(13:00 in Caracas, not 12:00); contact = Reply-To host.")
def p_calendly_tidewell():
    body = t("""
        Hi Gabriela Urdaneta,

        Your 30 Minute Recruiter Screen with Jordan Pike at 9:00am (Pacific Time - US & Canada) on
        Tuesday, November 3, 2026 is scheduled.

        Event: 30 Minute Recruiter Screen - Tidewell Energy
        Date & Time: 9:00am - 9:30am (Pacific Time - US & Canada), Tuesday, November 3, 2026
        Location: This is a Google Meet web conference. Join now: https://meet.google.com/hzt-rkew-pfa

        Invitee: Gabriela Urdaneta
        Invitee Email: gabriela.urdaneta@example.org

        Questions:
        Please share anything that will help prepare for our meeting.
        Looking forward to it - I am in Maracaibo (UTC-4).

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/8a2f1d0c-44b7-4e0e-bd8b-0f3b2c1a9e77
        Reschedule: https://calendly.com/reschedulings/8a2f1d0c-44b7-4e0e-bd8b-0f3b2c1a9e77

        Powered by Calendly.com
    """)
    page = "<html><body>" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.replace("&", "&amp;").split("\n")) + "</body></html>\n"
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: 30 Minute Recruiter Screen with Jordan Pike on Tuesday, November 3, 2026",
              "2026-10-27 13:48", LAX, "<calendly.8a2f1d0c44b7@mail.calendly.com>", mx="mail.calendly.com",
              extra=(("Reply-To", addr("Jordan Pike", "jordan.pike@tidewell.energy")),))
    return message(hs, alt(text(body), html(page)))


@mail(N(6), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-07 10:30", CCS), end=utc("2026-10-07 11:30", CCS),
      local="Wed 2026-10-07 10:30", local_end="2026-10-07 11:30", zone=CCS,
      contact="luisana.briceno@bancocatatumbo.com", company="Banco Catatumbo",
      note="Google Calendar invitation in Spanish, 'mié 7 oct 2026 10:30 - 11:30 (hora de Venezuela)', ICS "
           "TZID America/Caracas (UTC-4) -> 14:30Z-15:30Z; contact = Reply-To / ORGANIZER.")
def p_gcal_catatumbo():
    body = t("""
        Has recibido una invitación a este evento.

        Entrevista técnica - Científica de Datos (Riesgo de Crédito)
        Cuándo
        miércoles, 7 oct 2026 · 10:30 - 11:30
        Hora de Venezuela
        Unirse con Google Meet
        https://meet.google.com/ubn-qkdw-xse
        Invitados
        Luisana Briceño - organizador
        Gerardo Añez
        gabriela.urdaneta@example.org
        Ver todos los detalles de los invitados

        Descripción
        Hola Gabriela, te esperamos para la entrevista técnica con Gerardo (Gerencia de Modelos).
        Duración: una hora. ¡Éxitos!

        ¿Asistirás?  Sí - Quizás - No   Más opciones

        Invitación de Google Calendar
        Has recibido este correo electrónico porque eres invitado a este evento. Para dejar de recibir
        notificaciones sobre él, rechaza el evento.
    """)
    page = gmail_html(body)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_LOCAL[CCS]}
BEGIN:VEVENT
DTSTART;TZID=America/Caracas:{ics_time("2026-10-07 10:30", CCS)}
DTEND;TZID=America/Caracas:{ics_time("2026-10-07 11:30", CCS)}
DTSTAMP:{stamp("2026-10-01 16:02", CCS)}
ORGANIZER;CN=Luisana Briceño:mailto:luisana.briceno@bancocatatumbo.com
UID:2v0q7c3kd1s9p8rj4b6n5m2t1a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Gerardo Añez;X-NUM-GUESTS=0:mailto:gerardo.anez@bancocatatumbo.com
DESCRIPTION:Hola Gabriela\\, te esperamos para la entrevista técnica con Gerardo (Gerencia de Modelos). Duración: una hora.
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista técnica - Científica de Datos (Riesgo de Crédito)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Google Calendar", "calendar-notification@google.com"),
              "Invitación: Entrevista técnica - Científica de Datos (Riesgo de Crédito) @ mié 7 oct 2026 "
              "10:30 - 11:30 (GMT-4) (gabriela.urdaneta@example.org)",
              "2026-10-01 16:02", CCS, "<calendar-5c1b7e02-93aa-4f7e-8d0b-bf1e0c2a7d44@google.com>",
              mx="mail-sor-f69.google.com",
              extra=(("Reply-To", addr("Luisana Briceño", "luisana.briceno@bancocatatumbo.com")),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, cte="8bit")),
                             calendar(ics, method=None, ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(7), family="exchange", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-02 09:00", NYC), end=utc("2026-11-02 10:00", NYC),
      local="Mon 2026-11-02 09:00", local_end="2026-11-02 10:00", zone=NYC,
      contact="dalvarez@evergladeoffshore.com", company="Everglade Offshore Analytics",
      note="Outlook meeting request sent Thu 29 Oct (EDT) for 'Monday, November 2, 2026 9:00 AM-10:00 AM "
           "(UTC-05:00) Eastern Time (US & Canada)'; US DST ended 1 Nov so EST UTC-5 -> 14:00Z-15:00Z; ICS "
           "TZID 'Eastern Standard Time'; contact = organizer/sender.")
def p_exchange_everglade():
    body = t("""
        Hi Gabriela,

        As discussed, here is the invite for your panel with our Subsurface Data team. Heads up that
        the clocks change here on Sunday, so 9 AM Eastern will be 10 AM for you in Maracaibo.

        Derek

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGQ5>
        Meeting ID: 284 611 937 502
        Passcode: Hq7uXe
        Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options
        ________________________________________________________________________________
    """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Derek Alvarez:mailto:dalvarez@evergladeoffshore.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gabriela Urdaneta:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kimberly Osei:mailto:kosei@evergladeoffshore.com
DESCRIPTION;LANGUAGE=en-US:Hi Gabriela\\, as discussed\\, here is the invite for your panel with our Subsurface Data team.\\n
UID:040000008200E00074C5B7101A82E00800000000A0F3C1D58B46DC01000000000000000010000000C6E2B1D4
SUMMARY;LANGUAGE=en-US:Interview - Gabriela Urdaneta - Data Scientist (Subsurface)
DTSTART;TZID=Eastern Standard Time:{ics_time("2026-11-02 09:00", NYC)}
DTEND;TZID=Eastern Standard Time:{ics_time("2026-11-02 10:00", NYC)}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp("2026-10-29 11:15", NYC)}
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
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    when_line = "When: Monday, November 2, 2026 9:00 AM-10:00 AM (UTC-05:00) Eastern Time (US & Canada).\n"
    where_line = "Where: Microsoft Teams Meeting\n\n"
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div>" + when_line + "<br>" + where_line + "</div><div>"
            + body.replace("\n", "<br>\n") + "</div></body></html>\n")
    hs = head(addr("Derek Alvarez", "dalvarez@evergladeoffshore.com"),
              "Interview - Gabriela Urdaneta - Data Scientist (Subsurface)", "2026-10-29 11:15", NYC,
              "<BN8PR14MB29571C4E0B7A1A2F3D0B5E1BA9632@BN8PR14MB2957.namprd14.prod.outlook.com>",
              mx="NAM12-BN8-obe.outbound.protection.outlook.com",
              extra=(("Thread-Topic", "Interview - Gabriela Urdaneta - Data Scientist (Subsurface)"),
                     ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(when_line + where_line + body), html(page), calendar(ics, cte="base64")))


@mail(N(8), family="smartrecruiters", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-19 09:30", CCS), local="Mon 2026-10-19 09:30", zone=CCS,
      contact="andreina.fuenmayor@coquivacoa-energia.com", company="Coquivacoa Energía",
      note="SmartRecruiters on-site interview in Maracaibo, 'lunes 19/10/2026 a las 9:30 a. m.' (DD/MM, "
           "Caracas UTC-4) -> 13:30Z; no end; contact = the human address written in the body.")
def p_smartrecruiters_coquivacoa():
    body = t("""
        Hola Gabriela,

        Gracias por postularte a Coquivacoa Energía. Nos complace invitarte a una entrevista
        presencial para el puesto de Científica de Datos - Mantenimiento Predictivo.

        Fecha: lunes 19/10/2026
        Hora: 9:30 a. m. (hora de Venezuela)
        Lugar: Torre Coquivacoa, Av. Bella Vista con calle 70, piso 11, Maracaibo
        Entrevistadores: Ing. Rafael Bracho y Lcda. Andreína Fuenmayor

        Si tienes alguna duda, escríbele a Andreína Fuenmayor (andreina.fuenmayor@coquivacoa-energia.com).

        Saludos cordiales,
        Coquivacoa Energía - Reclutamiento

        Este correo fue enviado a través de SmartRecruiters. Por favor, no respondas a este mensaje.
    """)
    page = t("""
        <html><body><table width="100%" style="font-family:Arial;font-size:14px"><tr><td>
        <p>Hola Gabriela,</p>
        <p>Gracias por postularte a Coquivacoa Energía. Nos complace invitarte a una entrevista presencial para el
        puesto de <b>Científica de Datos - Mantenimiento Predictivo</b>.</p>
        <p><b>Fecha:</b> lunes 19/10/2026<br><b>Hora:</b> 9:30 a.&nbsp;m. (hora de Venezuela)<br>
        <b>Lugar:</b> Torre Coquivacoa, Av. Bella Vista con calle 70, piso 11, Maracaibo<br>
        <b>Entrevistadores:</b> Ing. Rafael Bracho y Lcda. Andreína Fuenmayor</p>
        <p>Si tienes alguna duda, escríbele a Andreína Fuenmayor
        (<a href="mailto:andreina.fuenmayor@coquivacoa-energia.com">andreina.fuenmayor@coquivacoa-energia.com</a>).</p>
        <p>Saludos cordiales,<br>Coquivacoa Energía - Reclutamiento</p>
        <p style="font-size:10px;color:#888">Este correo fue enviado a través de SmartRecruiters. Por favor, no
        respondas a este mensaje.</p></td></tr></table></body></html>
    """)
    hs = head(addr("Coquivacoa Energía", "noreply@smartrecruiters.com"),
              "Invitación a entrevista: Científica de Datos - Mantenimiento Predictivo", "2026-10-12 08:50", CCS,
              "<20261012125000.4f1e2a9b7c@smartrecruiters.com>", mx="mta-out3.smartrecruiters.com")
    return message(hs, alt(text(body), html(page)))


@mail(N(9), family="personio", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-26 16:00", MAD), end=utc("2026-10-26 16:45", MAD),
      local="Mon 2026-10-26 16:00", local_end="2026-10-26 16:45", zone=MAD,
      contact="marta.ibanez@levante-subsurface.es", company="Levante Subsurface",
      note="Personio invitation sent Wed 21 Oct (CEST) for 'lunes, 26 de octubre de 2026, 16:00 - 16:45 (hora "
           "de Madrid)'; Europe left summer time on Sun 25 Oct so CET UTC+1 -> 15:00Z-15:45Z (the mail's own "
           "'11:00 en Caracas' agrees); contact = Reply-To recruiter.")
def p_personio_levante():
    body = t("""
        Hola Gabriela:

        ¡Gracias por tu candidatura a Data Scientist (remoto, LATAM) en Levante Subsurface!

        Te confirmamos la primera entrevista con nuestro equipo:

          Fecha: lunes, 26 de octubre de 2026
          Hora: 16:00 - 16:45 (hora de Madrid)
          Formato: videollamada (Microsoft Teams); el enlace va en la invitación de calendario
          Personas: Marta Ibáñez (People) y Jordi Casals (Head of Data)

        Ojo: el domingo 25 cambiamos al horario de invierno en España, así que para ti serán las 11:00
        en Caracas/Maracaibo.

        Si surge algo, responde directamente a este correo.

        Un saludo,
        Marta Ibáñez
        People & Talent - Levante Subsurface S.L.

        --
        Este correo se ha enviado a través de Personio. Información sobre protección de datos:
        https://levante-subsurface.jobs.personio.de/privacy-policy
    """)
    page = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:14px">
        <p>Hola Gabriela:</p>
        <p>¡Gracias por tu candidatura a <strong>Data Scientist (remoto, LATAM)</strong> en Levante Subsurface!</p>
        <p>Te confirmamos la primera entrevista con nuestro equipo:</p>
        <ul><li>Fecha: lunes, 26 de octubre de 2026</li><li>Hora: 16:00 - 16:45 (hora de Madrid)</li>
        <li>Formato: videollamada (Microsoft Teams); el enlace va en la invitación de calendario</li>
        <li>Personas: Marta Ibáñez (People) y Jordi Casals (Head of Data)</li></ul>
        <p>Ojo: el domingo 25 cambiamos al horario de invierno en España, así que para ti serán las 11:00 en
        Caracas/Maracaibo.</p>
        <p>Si surge algo, responde directamente a este correo.</p>
        <p>Un saludo,<br>Marta Ibáñez<br>People &amp; Talent - Levante Subsurface S.L.</p>
        <hr><p style="font-size:11px;color:#777">Este correo se ha enviado a través de Personio.</p>
        </body></html>
    """)
    hs = head(addr("Levante Subsurface", "no-reply@personio.de"),
              "Tu entrevista en Levante Subsurface: Data Scientist (remoto, LATAM)", "2026-10-21 12:30", MAD,
              "<a91c07e3b5d24f6e8c0b1d2e3f405162@mail.personio.de>", mx="mail.personio.de",
              extra=(("Reply-To", addr("Marta Ibáñez", "marta.ibanez@levante-subsurface.es")),))
    return message(hs, alt(text(body, cte="8bit"), html(page)))


@mail(N(10), family="teamtailor", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-10 11:00", BOG), local="Tue 2026-11-10 11:00", zone=BOG,
      contact="valentina.ospina@cafetaldata.co", company="Cafetal Data",
      note="Teamtailor candidate message with a relay Reply-To (not a person); the attached .ics is an all-day "
           "event on 10 Nov, the time '11:00 a. m. hora Colombia' (UTC-5) is only in the text -> 16:00Z; "
           "'más o menos una hora' -> no end; contact = the recruiter's address in her signature.")
def p_teamtailor_cafetal():
    body = t("""
        Hola Gabriela, ¿cómo vas?

        Te cuento que Andrés (nuestro CTO) quedó muy contento con la prueba técnica, así que te
        agendamos la entrevista final para el martes 10 de noviembre a las 11:00 a. m. hora Colombia
        (las 12:00 m. para ti en Venezuela). Dura más o menos una hora.

        Te adjunto el recordatorio para tu calendario; el enlace de Meet te llega el mismo día.

        Un abrazo,
        Valentina Ospina
        Talent Partner | Cafetal Data
        valentina.ospina@cafetaldata.co | Medellín - Bogotá

        ----
        Responde a este mensaje para contestar a Valentina en Teamtailor.
    """)
    page = gmail_html(body)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:5E0C8B21-3F6A-4D77-9C1B-2A7E44D90F13
DTSTAMP:20261104T151000Z
DTSTART;VALUE=DATE:20261110
DTEND;VALUE=DATE:20261111
SUMMARY:Entrevista final Cafetal Data - Gabriela Urdaneta
DESCRIPTION:Entrevista final con Andrés (CTO). Ver hora en el correo.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Valentina Ospina (Cafetal Data)", "no-reply@teamtailor-mail.com"),
              "Entrevista final - Cafetal Data", "2026-11-04 10:10", BOG,
              "<msg.3c9f1e27ab@teamtailor-mail.com>", mx="mail.teamtailor-mail.com",
              extra=(("Reply-To", "reply+c7a4d1e9b2f04a1e@inbound.teamtailor-mail.com"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method=None, cte="8bit", filename="entrevista.ics", disposition="attachment")))


@mail(N(11), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-12 14:00", NYC), local="Thu 2026-11-12 14:00", zone=NYC,
      contact="lauren.choi@keyhaven.io", company="Keyhaven Analytics",
      note="Recruiter prose 'Thursday at 2pm ET' from Mon 9 Nov plus a pasted Zoom block 'Nov 12, 2026 02:00 PM "
           "Eastern Time (US and Canada)'; November so EST UTC-5 -> 19:00Z (15:00 in Caracas); 'about 45 "
           "minutes' -> no end; contact = sender.")
def p_zoom_keyhaven():
    body = t("""
        Hi Gabriela,

        Great chatting earlier! Confirming your interview with Sam Oduya (Director, Data Science) this
        Thursday at 2pm ET. It should take about 45 minutes - mostly a conversation about your
        production forecasting work, no live coding.

        Zoom details below.

        Best,
        Lauren

        Lauren Choi | Senior Technical Recruiter
        Keyhaven Analytics | Miami, FL
        (305) 555-0148

        ---

        Lauren Choi is inviting you to a scheduled Zoom meeting.

        Topic: Keyhaven | Gabriela Urdaneta <> Sam Oduya
        Time: Nov 12, 2026 02:00 PM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://keyhaven.zoom.us/j/95531802264?pwd=QXJhdW5kVGhlV29ybGQ

        Meeting ID: 955 3180 2264
        Passcode: 418207

        ---

        One tap mobile
        +13052241968,,95531802264#,,,,*418207# US
        +16465588656,,95531802264#,,,,*418207# US (New York)
    """)
    hs = head(addr("Lauren Choi", "lauren.choi@keyhaven.io"), "Interview confirmed - Thursday w/ Sam",
              "2026-11-09 15:30", NYC, "<CAH7r2Lk0cPq9mVx=Fw3t8Zk1yA4bN6sJ2dQeX@mail.gmail.com>",
              mx="mail-sor-f41.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(12), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-18 08:00", CCS), local="Wed 2026-11-18 08:00", zone=CCS,
      contact="jesus.montiel@tallerlacustre.com", company="Taller Lacustre",
      note="Phone-written reply in Maracucho voseo: 'pasado mañana a las 8 de la mañana' from the Date (Mon 16 Nov "
           "19:22 Caracas) = Wed 18 Nov 08:00 UTC-4 -> 12:00Z; quoted thread shows the proposal; contact = sender.")
def p_vos_lacustre():
    body = t("""
        Dale Gabriela, quedamos así entonces: pasado mañana a las 8 de la mañana en la oficina de
        Tierra Negra, calle 67 con av 3H, casa azul al lado de la panadería. Traete la laptop si
        querés mostrarnos lo del modelo de declinación, el Wifi aquí es medio chimbo pero sirve jaja

        Te va a entrevistar Mile (la socia) y yo. Cualquier cosa me escribís.

        Saludos
        Jesús

        Enviado desde mi Huawei

        El lun., 16 nov. 2026 a las 18:05, Gabriela Urdaneta <gabriela.urdaneta@example.org> escribió:
        > Hola Jesús, gracias por la llamada de hoy. Me queda bien esta semana en la mañana, dime qué
        > día les conviene a ustedes y yo me acomodo.
        > Saludos,
        > Gabriela
    """)
    hs = head(addr("Jesús Montiel", "jesus.montiel@tallerlacustre.com"), "Re: Vacante analista de datos",
              "2026-11-16 19:22", CCS, "<CAJm4v0pR7tYd2Lz-KfQ8s1nW6bE3xUo9cHg@mail.gmail.com>",
              mx="mail-sor-f73.google.com",
              extra=(("In-Reply-To", "<CAN3u8QmX1y7aLzvPq0=Hw2d5Rk9tJ4bF6e@mail.gmail.com>"),
                     ("References", "<CAN3u8QmX1y7aLzvPq0=Hw2d5Rk9tJ4bF6e@mail.gmail.com>")))
    return message(hs, text(body, cte="8bit"))


@mail(N(13), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-03 16:30", LAX), end=utc("2026-12-03 17:15", LAX),
      local="Thu 2026-12-03 16:30", local_end="2026-12-03 17:15", zone=LAX,
      contact="priya.raman@northcove.ai", company="Northcove Geoscience",
      note="Ashby confirmation, base64 bodies: 'Thursday, December 3, 2026, 4:30 PM - 5:15 PM PST' (UTC-8) -> "
           "Fri 4 Dec 00:30Z-01:15Z, a different UTC day (20:30 in Caracas); ICS in UTC agrees; contact = "
           "Reply-To / ORGANIZER.")
def p_ashby_northcove():
    body = t("""
        Hi Gabriela,

        Your interview is confirmed. We're looking forward to speaking with you!

        Thursday, December 3, 2026, 4:30 PM - 5:15 PM PST
        Google Meet: https://meet.google.com/pkr-wvzt-dnq

        You'll meet with:
          Hannah Lindqvist - Staff ML Engineer
          Tomás Echeverría - Engineering Manager, Reservoir AI

        Interview: Technical deep dive (ML systems)

        Questions? Just reply and it will reach Priya Raman.

        Thanks,
        Northcove Geoscience Recruiting
    """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Gabriela,</p><p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><b>Thursday, December 3, 2026, 4:30 PM – 5:15 PM PST</b><br>Google Meet:
        <a href="https://meet.google.com/pkr-wvzt-dnq">meet.google.com/pkr-wvzt-dnq</a></p>
        <p>You&#x27;ll meet with:<br>Hannah Lindqvist — Staff ML Engineer<br>
        Tomás Echeverría — Engineering Manager, Reservoir AI</p>
        <p>Interview: Technical deep dive (ML systems)</p>
        <p>Questions? Just reply and it will reach Priya Raman.</p>
        <p>Thanks,<br>Northcove Geoscience Recruiting</p></body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:b4e1c9a2-7d3f-4f8e-a1c6-0e9d2b5f7a13
DTSTAMP:{stamp("2026-11-27 10:00", LAX)}
DTSTART:{ics_z("2026-12-03 16:30", LAX)}
DTEND:{ics_z("2026-12-03 17:15", LAX)}
SEQUENCE:0
SUMMARY:Northcove Geoscience - Technical deep dive (Gabriela Urdaneta)
LOCATION:https://meet.google.com/pkr-wvzt-dnq
ORGANIZER;CN=Priya Raman:mailto:priya.raman@northcove.ai
ATTENDEE;CN=Gabriela Urdaneta;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Northcove Geoscience", "no-reply@ashbyhq.com"),
              "Interview confirmed: Senior ML Scientist at Northcove Geoscience", "2026-11-27 10:00", LAX,
              "<0100019b1e7f44a0-2c5d8e31-6a4b-4f09-9e3d-7b1c0a2f5e68-000000@email.amazonses.com>",
              mx="a48-112.smtp-out.amazonses.com",
              extra=(("Reply-To", addr("Priya Raman", "priya.raman@northcove.ai")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(14), family="forward_self", lang="es", interview=True, kind="scheduled",
      start=utc("2026-12-01 15:30", CCS), local="Tue 2026-12-01 15:30", zone=CCS,
      contact="oriana.machado@seguros-guaraira.com", company="Seguros Guaraira",
      note="Candidate forwards (as a message/rfc822 attachment) from her other address a recruiter's phone mail "
           "'mar. 1 de diciembre a las 3:30 pm' (Caracas, UTC-4) -> 19:30Z; sender is the candidate herself, "
           "so contact = the recruiter in the forwarded header.")
def p_forward_guaraira():
    inner_body = t("""
        Gabriela buenas tardes, confirmado: mar. 1 de diciembre a las 3:30 pm, Torre Guaraira piso 9,
        Las Mercedes. Pregunta por mí en recepción, es con el VP de Actuarial y conmigo. Lleva tu
        cédula que en la entrada la piden.

        Saludos
        Oriana Machado
        Reclutamiento y Selección - Seguros Guaraira

        Enviado desde mi iPhone
    """)
    inner = message([
        ("From", addr("Oriana Machado", "oriana.machado@seguros-guaraira.com")),
        ("To", addr("Gabriela Urdaneta", "gabriela.urdaneta@example.net")),
        ("Subject", "Entrevista Seguros Guaraira"),
        ("Date", date("2026-11-24 17:05", CCS)),
        ("Message-ID", "<7D1E4C2A-0B93-4F5E-A6C8-19E2D3F4B5A6@seguros-guaraira.com>"),
        ("X-Mailer", "iPhone Mail (22B83)"),
    ], text(inner_body, cte="quoted-printable"))
    note = t("""
        pa no perderlo entre tantos correos. ojo, es en Caracas: sacar pasaje Maracaibo-CCS para el lunes 30

        Gabriela
    """)
    hs = head(addr("Gabriela Urdaneta", "gabriela.urdaneta@example.net"), "Fwd: Entrevista Seguros Guaraira",
              "2026-11-25 07:45", CCS, "<CAG5tQz1pLk8vRm3=a9XeW2nB7cJ0dYh4sUf@mail.gmail.com>",
              mx="mail-sor-f50.google.com")
    return message(hs, mixed(text(note, cte="8bit"), attached_message(inner, "Entrevista Seguros Guaraira.eml")))


@mail(N(15), family="icims", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-30 13:00", CHI), end=utc("2026-09-30 14:00", CHI),
      local="Wed 2026-09-30 13:00", local_end="2026-09-30 14:00", zone=CHI,
      contact="tanya.broussard@bayoucrest.com", company="Bayou Crest Energy",
      note="iCIMS notification, US date '09/30/2026 1:00 PM CDT', 'Duration: 60 minutes' (Houston, UTC-5 in "
           "September) -> 18:00Z-19:00Z; from a talent.icims.com role address; contact = recruiter in body.")
def p_icims_bayou():
    body = t("""
        Dear Gabriela,

        Thank you for your interest in the Data Scientist II - Production Optimization (Remote, Americas)
        position (Job ID 2026-4417) at Bayou Crest Energy.

        We are pleased to confirm the following interview:

        Interview Type: Video Interview (Microsoft Teams)
        Date/Time: 09/30/2026 1:00 PM CDT
        Duration: 60 minutes
        Interviewer(s): Mark Thibodeaux, Manager - Production Analytics

        The Teams link will be sent separately by the interviewer. If you have any questions, please
        contact your recruiter, Tanya Broussard (tanya.broussard@bayoucrest.com).

        Sincerely,
        Talent Acquisition
        Bayou Crest Energy

        Please do not reply to this message; this mailbox is not monitored.
    """)
    page = t("""
        <html><body><font face="Arial" size="2">
        Dear Gabriela,<br><br>
        Thank you for your interest in the Data Scientist II - Production Optimization (Remote, Americas) position
        (Job ID 2026-4417) at Bayou Crest Energy.<br><br>
        We are pleased to confirm the following interview:<br><br>
        <b>Interview Type:</b> Video Interview (Microsoft Teams)<br>
        <b>Date/Time:</b> 09/30/2026 1:00 PM CDT<br>
        <b>Duration:</b> 60 minutes<br>
        <b>Interviewer(s):</b> Mark Thibodeaux, Manager - Production Analytics<br><br>
        The Teams link will be sent separately by the interviewer. If you have any questions, please contact
        your recruiter, Tanya Broussard (tanya.broussard@bayoucrest.com).<br><br>
        Sincerely,<br>Talent Acquisition<br>Bayou Crest Energy<br><br>
        <i>Please do not reply to this message; this mailbox is not monitored.</i>
        </font></body></html>
    """)
    hs = head(addr("Bayou Crest Energy", "bayoucrest@talent.icims.com"),
              "Interview Confirmation - Data Scientist II - Production Optimization", "2026-09-23 14:00", CHI,
              "<1758654000.29441.icims.mail@talent.icims.com>", mx="mailout2.icims.com")
    return message(hs, alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


@mail(N(16), family="ms_bookings", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-26 10:00", PTY), end=utc("2026-11-26 10:45", PTY),
      local="Thu 2026-11-26 10:00", local_end="2026-11-26 10:45", zone=PTY,
      contact="itzel.caballero@bancocanalpacifico.com", company="Banco del Canal Pacífico",
      note="Microsoft Bookings confirmation from a shared Bookings mailbox, 'jueves, 26 de noviembre de 2026 "
           "10:00 (UTC-05:00) Bogotá, Lima, Quito, Rio Branco', 45 min; Panama UTC-5 -> 15:00Z-15:45Z; ICS "
           "TZID 'SA Pacific Standard Time'; contact = staff address in the body, not the mailbox.")
def p_bookings_canal():
    body = t("""
        Hola Gabriela Urdaneta,

        Se ha confirmado su reserva con Banco del Canal Pacífico - Selección de Talento.

        Servicio: Entrevista - Científico de Datos Senior (Riesgos)
        Fecha y hora: jueves, 26 de noviembre de 2026 10:00 (UTC-05:00) Bogotá, Lima, Quito, Rio Branco
        Duración: 45 minutos
        Personal: Itzel Caballero
        Ubicación: Reunión de Microsoft Teams

        Si necesita ayuda, póngase en contacto con itzel.caballero@bancocanalpacifico.com.

        Unirse a la reunión de Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ2Mz
        Administrar reserva: https://outlook.office365.com/owa/calendar/SeleccionTalento@bancocanalpacifico.com/bookings/
    """)
    page = ("<html><body style=\"font-family:'Segoe UI',sans-serif\">"
            + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</body></html>\n")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_LOCAL["SA Pacific Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Banco del Canal Pacífico - Selección de Talento:mailto:SeleccionTalento@bancocanalpacifico.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gabriela Urdaneta:mailto:{ME}
SUMMARY;LANGUAGE=es-PA:Entrevista - Científico de Datos Senior (Riesgos)
DTSTART;TZID=SA Pacific Standard Time:{ics_time("2026-11-26 10:00", PTY)}
DTEND;TZID=SA Pacific Standard Time:{ics_time("2026-11-26 10:45", PTY)}
UID:040000008200E00074C5B7101A82E0080000000010A4E79B2F5BDD01000000000000000010000000D2E9A1F7
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp("2026-11-20 10:05", PTY)}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-PA:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Banco del Canal Pacífico - Selección de Talento", "SeleccionTalento@bancocanalpacifico.com"),
              "Reserva confirmada: Entrevista - Científico de Datos Senior (Riesgos)", "2026-11-20 10:05", PTY,
              "<DM6PR07MB7114E2A0C5D1B9F3A8E7C6B1A5D42@DM6PR07MB7114.namprd07.prod.outlook.com>",
              mx="NAM10-DM6-obe.outbound.protection.outlook.com")
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


# =========================================================================== positives: rescheduled


@mail(N(17), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-10-15 15:00", NYC), end=utc("2026-10-15 17:00", NYC),
      local="Thu 2026-10-15 15:00", local_end="2026-10-15 17:00", zone=NYC,
      contact="dana.whitfield@coralinapay.com", company="Coralina Payments",
      days=(("Tue", "2026-10-13"),),
      note="GoodTime reschedule (thread with the Greenhouse confirmation from Coralina): old 'Tue, Oct 13, 11:00 "
           "AM EDT', new 'Thu, Oct 15, 3:00 PM - 5:00 PM EDT' (UTC-4) -> 19:00Z-21:00Z; ICS SEQUENCE:1 agrees; "
           "contact = Reply-To coordinator.")
def p_goodtime_coralina():
    body = t("""
        Hi Gabriela,

        Your final-round interview with Coralina Payments has been rescheduled.

        PREVIOUS TIME (cancelled)
        Tue, Oct 13, 2026 · 11:00 AM - 1:00 PM EDT

        NEW TIME
        Thu, Oct 15, 2026 · 3:00 PM - 5:00 PM EDT

        Schedule
        3:00 PM - 3:45 PM  Aaron Whitcomb - Case study review
        3:45 PM - 4:15 PM  Priscila Duarte - Data engineering & pipelines
        4:15 PM - 5:00 PM  Ben Castellano - Values & collaboration

        Video: https://coralinapay.zoom.us/j/86620931574

        An updated calendar invite is attached. Questions? Reply to this email to reach Dana Whitfield,
        your recruiting coordinator.

        Sent via GoodTime on behalf of Coralina Payments
    """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#1f2937">
        <p>Hi Gabriela,</p><p>Your final-round interview with Coralina Payments has been <b>rescheduled</b>.</p>
        <p style="color:#9ca3af"><s>Tue, Oct 13, 2026 · 11:00 AM – 1:00 PM EDT</s></p>
        <p><b>Thu, Oct 15, 2026 · 3:00 PM – 5:00 PM EDT</b></p>
        <table><tr><td>3:00 PM – 3:45 PM</td><td>Aaron Whitcomb – Case study review</td></tr>
        <tr><td>3:45 PM – 4:15 PM</td><td>Priscila Duarte – Data engineering &amp; pipelines</td></tr>
        <tr><td>4:15 PM – 5:00 PM</td><td>Ben Castellano – Values &amp; collaboration</td></tr></table>
        <p>Video: <a href="https://coralinapay.zoom.us/j/86620931574">Zoom</a></p>
        <p>An updated calendar invite is attached. Questions? Reply to this email to reach Dana Whitfield, your
        recruiting coordinator.</p>
        <p style="font-size:11px;color:#9ca3af">Sent via GoodTime on behalf of Coralina Payments</p>
        </body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{VTZ[NYC]}
BEGIN:VEVENT
UID:gt-9d41c7e2-coralina-final@goodtime.io
DTSTAMP:{stamp("2026-10-09 12:00", NYC)}
DTSTART;TZID=America/New_York:{ics_time("2026-10-15 15:00", NYC)}
DTEND;TZID=America/New_York:{ics_time("2026-10-15 17:00", NYC)}
SEQUENCE:1
SUMMARY:Coralina Payments - Final Round (Gabriela Urdaneta)
LOCATION:https://coralinapay.zoom.us/j/86620931574
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@coralinapay.com
ATTENDEE;CN=Gabriela Urdaneta;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Coralina Payments Recruiting", "no-reply@goodtime.io"),
              "Rescheduled: Final Round with Coralina Payments", "2026-10-09 12:00", NYC,
              "<20261009160000.gt.5b2e8f1a@mail.goodtime.io>", mx="o3.mail.goodtime.io",
              extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@coralinapay.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(18), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-10-23 14:00", CCS), local="Fri 2026-10-23 14:00", zone=CCS,
      contact="rosangela.perez@orinocoanalitica.com", company="Orinoco Analítica",
      days=(("Thu", "2026-10-22"),),
      note="Outlook reply in tú, windows-1252 quoted-printable: moved 'del jueves 22/10 a las 10:00 am para el "
           "viernes 23/10 a las 2:00 pm' (Caracas UTC-4) -> 18:00Z; the quoted original has the old time; "
           "contact = sender.")
def p_prose_orinoco():
    body = t("""
        Hola Gabriela, buenas tardes.

        Te escribo porque a Alejandro (el gerente) le montaron una reunión con la junta justo el jueves
        en la mañana. ¿Te parece si movemos la entrevista del jueves 22/10 a las 10:00 am para el
        viernes 23/10 a las 2:00 pm? Ya lo hablé con él y le queda perfecto, así que si no me dices
        nada lo dejamos así: viernes 23/10, 2:00 pm, mismo enlace de Teams.

        Disculpa el cambio tan encima.

        Saludos,

        Rosángela Pérez
        Coordinadora de Talento
        Orinoco Analítica, C.A. | Caracas
        Tel. +58 212 555 8841

        De: Rosángela Pérez
        Enviado: martes, 13 de octubre de 2026 9:12
        Para: Gabriela Urdaneta <gabriela.urdaneta@example.org>
        Asunto: Entrevista Orinoco Analítica - Data Scientist

        Gabriela, ¿qué tal? Quedó agendada tu entrevista con Alejandro Rivas para el jueves 22/10 a
        las 10:00 am (hora de Venezuela) por Teams. Te llega la invitación aparte.
    """)
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
            "<body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
            + body.replace("\n", "<br>\n") + "</div></body></html>\n")
    hs = head(addr("Rosángela Pérez", "rosangela.perez@orinocoanalitica.com", "windows-1252"),
              "RE: Entrevista Orinoco Analítica - Data Scientist", "2026-10-19 17:40", CCS,
              "<SA1PR19MB5321B7E4C0D2A1F9E3B8C7D6A2E19@SA1PR19MB5321.namprd19.prod.outlook.com>",
              mx="NAM04-SA1-obe.outbound.protection.outlook.com", charset="windows-1252",
              extra=(("Thread-Topic", "Entrevista Orinoco Analitica - Data Scientist"),
                     ("In-Reply-To", "<SA1PR19MB53210A9C3E1F2B4D5E6F7A8B9C0D1@SA1PR19MB5321.namprd19.prod.outlook.com>"),
                     ("Content-Language", "es-VE")))
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(N(19), family="google_calendar", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-12-08 09:00", BOG), end=utc("2026-12-08 10:00", BOG),
      local="Tue 2026-12-08 09:00", local_end="2026-12-08 10:00", zone=BOG,
      contact="felipe.cardenas@andesgeodatos.com", company="Andes Geodatos",
      days=(("Thu", "2026-12-03"),),
      note="Google Calendar 'Invitación actualizada' (thread with Andes Geodatos' earlier proposal): old 'jue 3 "
           "dic 2026 10:00' struck, new 'mar 8 dic 2026 9:00 - 10:00 (hora de Colombia)' UTC-5 -> 14:00Z-15:00Z; "
           "ICS SEQUENCE:1; contact = Reply-To / ORGANIZER.")
def p_gcal_andes_update():
    body = t("""
        Se ha actualizado este evento
        Se ha cambiado: hora

        Entrevista Gabriela Urdaneta - Científica de Datos Geoespacial
        Cuándo
        Cambiado
        martes, 8 dic 2026 · 9:00 - 10:00
        Hora de Colombia
        Antes: jueves, 3 dic 2026 · 10:00 - 11:00

        Unirse con Google Meet
        https://meet.google.com/wsd-ytfe-hbc
        Invitados
        Felipe Cárdenas - organizador
        Manuela Rojas
        gabriela.urdaneta@example.org

        Descripción
        Movimos la entrevista por el festivo regional del jueves. Mil disculpas, Gabriela.

        Invitación de Google Calendar
    """)
    page = gmail_html(body).replace("<div>Antes: jueves, 3 dic 2026 · 10:00 - 11:00</div>",
                                    "<div><s>jueves, 3 dic 2026 · 10:00 - 11:00</s></div>")
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_LOCAL[BOG]}
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:{ics_time("2026-12-08 09:00", BOG)}
DTEND;TZID=America/Bogota:{ics_time("2026-12-08 10:00", BOG)}
DTSTAMP:{stamp("2026-12-02 08:30", BOG)}
ORGANIZER;CN=Felipe Cárdenas:mailto:felipe.cardenas@andesgeodatos.com
UID:6hq3b1r8o0m4kct2v5dpj9e7sa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Manuela Rojas:mailto:manuela.rojas@andesgeodatos.com
CREATED:20261127T140211Z
DESCRIPTION:Movimos la entrevista por el festivo regional del jueves. Mil disculpas\\, Gabriela.
LAST-MODIFIED:{stamp("2026-12-02 08:30", BOG)}
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Entrevista Gabriela Urdaneta - Científica de Datos Geoespacial
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Google Calendar", "calendar-notification@google.com"),
              "Invitación actualizada: Entrevista Gabriela Urdaneta - Científica de Datos Geoespacial @ mar 8 dic "
              "2026 9:00 - 10:00 (GMT-5) (gabriela.urdaneta@example.org)",
              "2026-12-02 08:30", BOG, "<calendar-e0a7d3f1-2b6c-4c85-9a1e-6f3d0b8c2e57@google.com>",
              mx="mail-sor-f69.google.com",
              extra=(("Reply-To", addr("Felipe Cárdenas", "felipe.cardenas@andesgeodatos.com")),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, cte="8bit")),
                             calendar(ics, method=None, ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(20), family="workable", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-09 07:00", LAX), local="Mon 2026-11-09 07:00", zone=LAX,
      contact="owen.brandt@pinecrestrobotics.com", company="Pinecrest Robotics",
      days=(("Thu", "2026-11-05"),),
      note="Workable reschedule: 'Monday, November 9 at 7:00 AM PST (previously Thursday, November 5 at 10:00 AM "
           "PST)' (UTC-8 after 1 Nov) -> 15:00Z (11:00 in Caracas); Reply-To is a Workable relay, so contact = "
           "the hiring manager's address in the body; no end.")
def p_workable_pinecrest():
    body = t("""
        Hi Gabriela,

        Owen had a conflict come up, so we've moved your interview for Machine Learning Engineer,
        Field Data (Remote - Americas).

        New time: Monday, November 9 at 7:00 AM PST
        (previously Thursday, November 5 at 10:00 AM PST)

        Same Google Meet link as before: https://meet.google.com/fyo-qbnm-xkr

        I know 7 AM is early on our side - Owen wanted to make it work with your time zone, since it's
        11 AM in Maracaibo. If you'd like to reach him directly, his email is
        owen.brandt@pinecrestrobotics.com.

        Thanks for your flexibility!
        Kayla
        Pinecrest Robotics Talent

        --
        Reply to this email to respond to Pinecrest Robotics. Powered by Workable.
    """)
    page = "<html><body>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</body></html>\n"
    hs = head(addr("Pinecrest Robotics", "noreply@workablemail.com"),
              "Your interview with Pinecrest Robotics has been rescheduled", "2026-11-03 16:20", LAX,
              "<20261104002000.1.7c3e5a9d1b@workablemail.com>", mx="mail-out.workablemail.com",
              extra=(("Reply-To", "pinecrest-robotics+6f2a9c41e8@candidates.workablemail.com"),))
    return message(hs, alt(text(body), html(page)))


# =========================================================================== positives: cancelled


@mail(N(21), family="exchange", lang="es", interview=True, kind="cancelled",
      start=utc("2026-09-24 11:00", CCS), end=utc("2026-09-24 12:00", CCS),
      local="Thu 2026-09-24 11:00", local_end="2026-09-24 12:00", zone=CCS,
      contact="hsalazar@avila-datos.com", company="Consorcio Ávila Datos",
      note="Outlook meeting cancellation (METHOD:CANCEL) 'jueves, 24 de septiembre de 2026 11:00-12:00 "
           "(UTC-04:00) Georgetown, La Paz, Manaus, San Juan', TZID 'SA Western Standard Time' (UTC-4, same as "
           "Caracas) -> 15:00Z-16:00Z; no new time; contact = organizer/sender.")
def p_exchange_cancel_avila():
    body = t("""
        Cuándo: jueves, 24 de septiembre de 2026 11:00-12:00 (UTC-04:00) Georgetown, La Paz, Manaus, San Juan.
        Dónde: Reunión de Microsoft Teams

        Gabriela, buenas tardes. Lamentablemente debemos suspender la entrevista del jueves: la
        vacante de Científico de Datos Sr. quedó en pausa mientras se aprueba el presupuesto del
        próximo año. Apenas tengamos novedades le escribo para reprogramar.

        Disculpe las molestias.

        Héctor Salazar
        Gerente de Analítica Avanzada
        Consorcio Ávila Datos
    """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_LOCAL["SA Western Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Héctor Salazar:mailto:hsalazar@avila-datos.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gabriela Urdaneta:mailto:{ME}
DESCRIPTION;LANGUAGE=es-VE:Gabriela\\, buenas tardes. Lamentablemente debemos suspender la entrevista del jueves.\\n
UID:040000008200E00074C5B7101A82E00800000000F07A2C31C83EDC01000000000000000010000000A1B2C3D4
SUMMARY;LANGUAGE=es-VE:Cancelada: Entrevista - Científico de Datos Sr.
DTSTART;TZID=SA Western Standard Time:{ics_time("2026-09-24 11:00", CCS)}
DTEND;TZID=SA Western Standard Time:{ics_time("2026-09-24 12:00", CCS)}
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:{stamp("2026-09-18 14:30", CCS)}
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:2
LOCATION;LANGUAGE=es-VE:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    page = ("<html><body><div style=\"font-family:Calibri;font-size:11pt\">"
            + body.replace("\n", "<br>\n") + "</div></body></html>\n")
    hs = head(addr("Héctor Salazar", "hsalazar@avila-datos.com"),
              "Cancelada: Entrevista - Científico de Datos Sr.", "2026-09-18 14:30", CCS,
              "<CH3PR11MB8470D1C2B3A4E5F6A7B8C9D0E1F23@CH3PR11MB8470.namprd11.prod.outlook.com>",
              mx="NAM11-CO1-obe.outbound.protection.outlook.com",
              extra=(("Importance", "high"), ("Content-Language", "es-VE")))
    return message(hs, alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")))


@mail(N(22), family="human_prose", lang="es", interview=True, kind="cancelled",
      start=utc("2026-11-23 09:00", PTY), local="Mon 2026-11-23 09:00", zone=PTY,
      contact="ricardo.arosemena@istmologistica.com.pa", company="Istmo Logística Global",
      note="Hiring manager (thread with the Workday invitation from Istmo) cancels 'el lunes 23/11 a las 9:00 a. m. "
           "(hora de Panamá)', UTC-5 -> 14:00Z; position frozen, no new time; iso-8859-15 quoted-printable; "
           "contact = sender.")
def p_prose_cancel_istmo():
    body = t("""
        Estimada Gabriela:

        Con mucha pena le escribo para cancelar la segunda entrevista que teníamos para el lunes 23/11
        a las 9:00 a. m. (hora de Panamá) con el Sr. Quintero. La dirección decidió congelar la
        posición de Científico de Datos hasta el primer trimestre de 2026... perdón, de 2027.

        Su perfil nos gustó mucho y quedará en nuestra base; si la vacante se reabre, usted será la
        primera persona a quien llamemos.

        Un saludo cordial,

        Ricardo Arosemena
        Gerente de Analítica
        Istmo Logística Global - Ciudad de Panamá
    """)
    hs = head(addr("Ricardo Arosemena", "ricardo.arosemena@istmologistica.com.pa"),
              "Cancelación entrevista 23/11 - Científico de Datos", "2026-11-18 16:10", PTY,
              "<4b1f8a2e-9c0d-4e7f-b3a1-2d5c6e8f0a91@istmologistica.com.pa>", mx="smtp.istmologistica.com.pa",
              charset="iso-8859-15", extra=(("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC)"),))
    return message(hs, text(body, charset="iso-8859-15"))


@mail(N(23), family="recruitee", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-01 15:00", AMS), end=utc("2026-12-01 16:00", AMS),
      local="Tue 2026-12-01 15:00", local_end="2026-12-01 16:00", zone=AMS,
      contact="sanne.devries@noordkaap.energy", company="Noordkaap Energy",
      days=(("Thu", "2026-12-03"),),
      note="Recruitee message cancelling 'Tuesday 1 December, 15:00-16:00 CET' (Amsterdam, UTC+1) -> 14:00Z-"
           "15:00Z; it only proposes Thursday 3 December at the same time (not confirmed), so kind cancelled with "
           "the old slot; Reply-To is a Recruitee relay, contact = signature address.")
def p_recruitee_noordkaap():
    body = t("""
        Hi Gabriela,

        I'm sorry to do this on short notice, but we have to cancel your interview on Tuesday
        1 December, 15:00-16:00 CET. Our Head of Data, Pieter, will be out sick this week.

        Would Thursday 3 December at the same time (15:00 CET, so 10:00 for you) work instead? Let me
        know and I'll send a new invite - if not, send me two or three options that suit you.

        Apologies again,

        Sanne de Vries
        Talent Acquisition | Noordkaap Energy
        sanne.devries@noordkaap.energy
        Keizersgracht 241, Amsterdam
    """)
    page = gmail_html(body)
    hs = head(addr("Sanne de Vries - Noordkaap Energy", "notifications@recruiteemail.com"),
              "Interview cancelled - Data Scientist (Energy Trading)", "2026-11-25 11:00", AMS,
              "<rt.4e9a2c7b1f0d.20261125@recruiteemail.com>", mx="smtp.recruiteemail.com",
              extra=(("Reply-To", "noordkaap+d41c8e2a7f@inbound.recruiteemail.com"),))
    return message(hs, alt(text(body), html(page)))


# =========================================================================== negatives


@mail(N(24), family="softgarden", lang="es", interview=False, company="Rheinberg Drilling Services",
      note="softgarden rejection in Spanish after an interview that already took place; mentions 'entrevista' "
           "and a past date, nothing scheduled.")
def n_softgarden_rejection():
    body = t("""
        Estimada Sra. Urdaneta:

        Muchas gracias por su interés en Rheinberg Drilling Services y por el tiempo que dedicó a la
        entrevista con nuestro equipo de Bogotá la semana pasada.

        Tras una cuidadosa evaluación, lamentamos comunicarle que hemos decidido continuar el proceso
        con otros candidatos cuyo perfil se ajusta más a los requisitos actuales del puesto
        "Data Scientist - Drilling Performance".

        Conservaremos sus datos en nuestro grupo de talento durante 12 meses, siempre que usted no
        indique lo contrario.

        Le deseamos mucho éxito en su búsqueda.

        Atentamente,
        Equipo de Recursos Humanos
        Rheinberg Drilling Services GmbH - Sucursal Colombia

        Este mensaje fue generado mediante softgarden. Por favor, no responda a este correo.
    """)
    page = "<html><body>" + body.replace("\n\n", "</p><p>").replace("\n", " ") + "</body></html>\n"
    hs = head(addr("Rheinberg Drilling Services", "rheinberg-drilling@mail.softgarden.io"),
              "Su candidatura: Data Scientist - Drilling Performance", "2026-10-02 10:15", BOG,
              "<sg.20261002151500.88213@mail.softgarden.io>", mx="mail.softgarden.io")
    return message(hs, alt(text(body), html(page)))


@mail(N(25), family="offer", lang="es", interview=False, company="Petroandina Servicios",
      days=(("Mon", "2027-01-04"),),
      note="Job offer from Petroandina (thread with the September interview): a fixed first working day "
           "'lunes 4 de enero de 2027 a las 7:30 a. m.' is a start date, not an interview.")
def n_offer_petroandina():
    body = t("""
        Buenas tardes, Sra. Urdaneta:

        Es un placer para Petroandina Servicios, C.A. extenderle una oferta formal para el cargo de
        Científica de Datos - Producción, adscrita a la Gerencia de Subsuelo Digital.

        Adjunto encontrará la carta oferta con el detalle de la compensación y los beneficios. Le
        agradecemos enviarla firmada a más tardar el viernes 18 de diciembre.

        De aceptar, su fecha de ingreso sería el lunes 4 de enero de 2027 a las 7:30 a. m. en la sede
        de la Av. 5 de Julio, donde la recibirá el equipo de Talento Humano para la inducción.

        ¡Esperamos contar con usted!

        Lcda. Yusmary Villalobos
        Analista de Talento Humano
        Petroandina Servicios, C.A.
    """)
    pdf_stub = text("Carta oferta - Gabriela Urdaneta (ver PDF firmado digitalmente).\n", cte="base64",
                    extra=(("Content-Disposition", 'attachment; filename="Carta_Oferta_GUrdaneta.txt"'),))
    hs = head(addr("Yusmary Villalobos", "yusmary.villalobos@petroandina-servicios.com.ve", "iso-8859-1"),
              "Oferta laboral - Científica de Datos Producción", "2026-12-09 15:20", CCS,
              "<000b01dc6a11$2f7e1d40$8e7a57c0$@petroandina-servicios.com.ve>",
              mx="mail.petroandina-servicios.com.ve", charset="iso-8859-1",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, mixed(text(body, charset="iso-8859-1", cte="8bit"), pdf_stub))


@mail(N(26), family="taleo", lang="en", interview=False, company="Gulfstar Petroleum",
      note="Taleo application receipt; says the team will contact her 'if selected for an interview'; no time.")
def n_taleo_receipt():
    body = t("""
        Dear Gabriela Urdaneta,

        Thank you for applying to the position of Senior Data Scientist - Reservoir Analytics
        (Requisition 26000871) at Gulfstar Petroleum.

        Your application has been received and will be reviewed by our recruiting team. If your
        qualifications match the requirements of the position, a recruiter will contact you to
        schedule an interview.

        You can review the status of your submission at any time by logging in to your candidate
        profile on our Careers Section.

        Best regards,
        Gulfstar Petroleum Talent Acquisition

        This is an automated message. Please do not reply.
    """)
    page = ("<html><body><font face=\"Verdana\" size=\"2\">" + body.replace("\n", "<br>")
            + "</font></body></html>\n")
    hs = head(addr("Gulfstar Petroleum", "gulfstar@taleo.net"),
              "Gulfstar Petroleum - Application Received - Senior Data Scientist - Reservoir Analytics",
              "2026-09-04 09:02", CHI, "<1187443.1788532920000.JavaMail.taleo@ptcq3wla03>", mx="smtp4.taleo.net")
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(N(27), family="job_alert", lang="es", interview=False, company=None,
      note="JOIN job alert: new postings with 'entrevista' in one snippet; a list, nothing scheduled.")
def n_join_alert():
    body = t("""
        Hola Gabriela,

        Hay 6 nuevos empleos que coinciden con tu alerta "Data Scientist - Remoto / LATAM":

        1. Senior Data Scientist (Energy) - Voltaris GmbH - Remoto (LATAM) - hace 1 día
        2. Machine Learning Engineer - Pampa Solar - Buenos Aires / Remoto - hace 2 días
        3. Data Scientist - Forecasting - Lumen Cargo - Ciudad de Panamá - hace 2 días
           "Proceso rápido: una entrevista de 30 minutos y un caso práctico"
        4. Analytics Engineer - Kolibri Fintech - Bogotá - hace 3 días
        5. Data Scientist - Subsurface - Norte Energía - Remoto - hace 3 días
        6. Geodata Scientist - TerraVista - Lima / Remoto - hace 4 días

        Ver todos los empleos: https://join.com/alerts/9b3e1f
        Gestionar alertas: https://join.com/settings/alerts

        JOIN Solutions AG - Zürich
    """)
    page = "<html><body><pre style=\"font-family:Arial\">" + body.replace("&", "&amp;") + "</pre></body></html>\n"
    hs = head(addr("JOIN", "alerts@join.com"), "6 nuevos empleos para \"Data Scientist - Remoto / LATAM\"",
              "2026-09-21 07:00", "Europe/Zurich", "<alert.9b3e1f.20260921@mail.join.com>", mx="mail.join.com",
              extra=(("List-Unsubscribe", "<https://join.com/settings/alerts/unsubscribe?t=9b3e1f>"),))
    return message(hs, alt(text(body), html(page)))


@mail(N(28), family="newsletter", lang="es", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="Mailing-list newsletter (List-Id) with a blog post about job interviews and a live session 'martes "
           "13 de octubre' that is not the reader's interview.")
def n_newsletter_datalatam():
    body = t("""
        DataLatam Semanal - N.º 142

        Cómo respondí "háblame de ti" en 12 entrevistas (y qué aprendí)

        Esta semana, Mariela Chacín nos cuenta cómo pasó de geofísica a científica de datos y qué
        preguntas le hicieron en las entrevistas técnicas de cinco empresas de energía. Su consejo:
        "Cuando te confirmen la entrevista, pide el nombre de quién te va a entrevistar y busca sus
        publicaciones".

        También en este número:
        - Plantilla: correo para confirmar una entrevista (y para reprogramarla sin pena)
        - 10 preguntas de SQL que siempre salen
        - En vivo el martes 13 de octubre a las 8:00 pm (hora de Caracas): ronda de preguntas con
          reclutadoras del sector petrolero

        Leer en la web: https://datalatam.substack.com/p/hablame-de-ti

        Recibes este correo porque te suscribiste a DataLatam Semanal.
        Darse de baja: https://datalatam.substack.com/action/disable_email
    """)
    hs = head(addr("DataLatam Semanal", "datalatam@substack.com"),
              "Cómo respondí \"háblame de ti\" en 12 entrevistas", "2026-10-11 09:00", CCS,
              "<20261011130000.3.b1f2@substack.com>", mx="mail.substack.com",
              extra=(("List-Id", "<datalatam.substack.com>"),
                     ("List-Unsubscribe", "<https://datalatam.substack.com/action/disable_email>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(29), family="scheduling_link", lang="en", interview=False, company="Halyard Subsea",
      note="Recruiter asks her to pick a slot on a Calendly link; no time fixed yet.")
def n_calendly_link_halyard():
    body = t("""
        Hi Gabriela,

        Thanks for applying to the Data Scientist role on our Subsea Integrity team - your work on
        ESP failure prediction is right up our alley.

        Next step is a 30-minute intro call with me. Please grab whatever time works for you here:
        https://calendly.com/halyard-bcooper/intro-30

        Slots are shown in your local time zone. If nothing fits, reply with a couple of windows and
        I'll make it work.

        Cheers,
        Brianna Cooper
        Technical Recruiter, Halyard Subsea | Houston, TX
    """)
    hs = head(addr("Brianna Cooper", "brianna.cooper@halyardsubsea.com"), "Next steps - Halyard Subsea",
              "2026-09-08 11:25", CHI, "<CAF9sK2mX7pQ3vRt=Lw8d1yNe4bJ6uHg0cZa@mail.gmail.com>",
              mx="mail-sor-f45.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(30), family="proposal_unconfirmed", lang="es", interview=False, company="Andes Geodatos",
      days=(("Thu", "2026-12-03"), ("Fri", "2026-12-04")),
      note="Recruiter proposes two times ('¿te vendría bien el jueves 3/12 a las 10:00? ... o el viernes 4 a las "
           "2:00 pm') and waits for her answer: not confirmed (thread: the later Google Calendar update).")
def n_proposal_andes():
    body = t("""
        Hola Gabriela, ¿qué más?

        Manuela y yo revisamos tu prueba y nos encantaría tener la entrevista con el equipo. ¿Te
        vendría bien el jueves 3/12 a las 10:00 a. m. hora Colombia? Si no, tenemos el viernes 4 a las
        2:00 pm. Cuéntame cuál te sirve y te mando la invitación.

        Quedo atento,
        Felipe Cárdenas
        Líder de Ciencia de Datos | Andes Geodatos
    """)
    hs = head(addr("Felipe Cárdenas", "felipe.cardenas@andesgeodatos.com"), "Siguiente paso - Andes Geodatos",
              "2026-11-26 17:45", BOG, "<CAM8pRz3Xq1=vL7tYd4eKw9sN2bHu0cJ5fGa@mail.gmail.com>",
              mx="mail-sor-f54.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(31), family="recruiter_outreach", lang="en", interview=False, company="Mariner Grid",
      note="Cold outreach from an in-house recruiter asking for '15 minutes next week'; nothing fixed.")
def n_outreach_mariner():
    body = t("""
        Hi Gabriela,

        I came across your profile while searching for data scientists with upstream oil & gas
        experience - your talk on virtual flow metering at the SPE Latin America meetup caught my eye.

        Mariner Grid is building forecasting tools for offshore operators and we're hiring a Senior
        Data Scientist (fully remote, Americas time zones). Would you be open to a quick 15-minute chat
        sometime next week? Happy to work around your schedule.

        Best,
        Connor Whelan
        Talent Partner, Mariner Grid
        https://marinergrid.com/careers
    """)
    hs = head(addr("Connor Whelan", "connor@marinergrid.com"), "Senior Data Scientist @ Mariner Grid (remote)",
              "2026-10-14 13:10", NYC, "<0102019a4d2e7b1c-4f0a-9e2b-outreach@marinergrid.com>",
              mx="mail.marinergrid.com",
              extra=(("X-Mailer", "Gem"),))
    return message(hs, text(body, cte="7bit"))


@mail(N(32), family="job_centre", lang="es", interview=False, company=None,
      days=(("Thu", "2026-09-17"),),
      note="Municipal employment office appointment with a fixed time ('jueves 17 de septiembre, 8:30 a. m.'), "
           "orientation for job seekers, not a job interview.")
def n_job_centre():
    body = t("""
        SERVICIO MUNICIPAL DE EMPLEO - MARACAIBO
        Confirmación de cita

        Ciudadana: GABRIELA URDANETA
        C.I.: V-18.xxx.xxx

        Su cita de orientación laboral e inscripción en la bolsa de empleo ha sido confirmada:

        Fecha: jueves 17 de septiembre de 2026
        Hora: 8:30 a. m.
        Lugar: Centro de Atención al Ciudadano, Av. El Milagro, taquilla 3

        Recaudos: cédula de identidad, currículo actualizado, copia de títulos.
        Llegar 15 minutos antes. La cita es personal e intransferible.

        Este correo es generado automáticamente; no lo responda.
    """)
    hs = head(addr("Servicio Municipal de Empleo", "citas@empleo-maracaibo.example.com"),
              "Confirmación de cita - Orientación laboral", "2026-09-14 10:31", CCS,
              "<cita.55210.20260914@empleo-maracaibo.example.com>", mx="correo.empleo-maracaibo.example.com")
    return message(hs, text(body, charset="iso-8859-1"))


@mail(N(33), family="press_interview", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="A reporter confirms an 'entrevista' with her for a feature on women in data ('jueves 8 de octubre a "
           "las 4:00 pm'): a fixed time, but she is the interviewee for the press, not a job candidate.")
def n_press_diario():
    body = t("""
        Hola Gabriela, ¡qué bueno que aceptaste!

        Te confirmo la entrevista para el reportaje "Mujeres que programan el petróleo" del suplemento
        dominical: jueves 8 de octubre a las 4:00 pm en el Café Mi Vaquita de la Av. 5 de Julio
        (o si prefieres por videollamada, me avisas). Son unas 8-10 preguntas sobre tu carrera, el
        cambio de la ingeniería a los datos y cómo ves el sector en el Zulia. Va el fotógrafo también,
        así que ponte bonita jaja.

        Mil gracias,
        Maryelis Ocando
        Periodista - Diario El Lago Digital
        @maryelisocando
    """)
    hs = head(addr("Maryelis Ocando", "maryelis.ocando@diarioellago-digital.com"),
              "Entrevista reportaje Mujeres en datos", "2026-10-05 12:14", CCS,
              "<CAK2dHz8qP0=mR5tLv3yXw7sN1bJ4uFe9cGa@mail.gmail.com>", mx="mail-sor-f62.google.com")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(N(34), family="podcast", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Podcast recording confirmed for 'Tuesday, November 17 at 1:00 PM ET' (EST) on Riverside: she is the "
           "guest being interviewed, not a job interview.")
def n_podcast_barrels():
    body = t("""
        Hi Gabriela,

        You're all set! Here are the details for your interview on Barrels & Bytes, the podcast about
        data in the energy industry.

        Recording: Tuesday, November 17 at 1:00 PM ET (2:00 PM in Maracaibo)
        Length: 45 minutes recording + 10 minutes of sound check
        Studio link: https://riverside.fm/studio/barrels-and-bytes?t=7e21c4

        Tips: wired headphones, a quiet room, and Chrome. We'll talk about your path from petroleum
        engineering to ML, and the flow-metering project.

        Thanks again - this will be a great episode!
        Nate Goldberg
        Host & Producer, Barrels & Bytes
    """)
    hs = head(addr("Nate Goldberg", "nate@barrelsandbytes.fm"), "Confirmed: your Barrels & Bytes interview",
              "2026-11-10 10:40", NYC, "<6a1f0b3c-2e7d-4c9a-8f15-podcast@barrelsandbytes.fm>",
              mx="mail.barrelsandbytes.fm")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(35), family="admission_interview", lang="en", interview=False, company=None,
      days=(("Fri", "2026-11-20"),),
      note="Part-time MBA admission interview with an ICS ('Friday, November 20, 2026, 11:00 AM EST'): a school "
           "admission interview, not a job interview.")
def n_mba_admission():
    body = t("""
        Dear Gabriela,

        Thank you for applying to the Executive MBA (Energy & Sustainability track) at the Biscayne
        School of Management. We are pleased to invite you to an admission interview.

        Date: Friday, November 20, 2026
        Time: 11:00 AM - 11:30 AM EST
        Format: Zoom (link in the attached invitation)
        Interviewer: Dr. Elaine Marsh, Associate Director of Admissions

        Please have your photo ID ready. The interview is part of the admission process for the
        January 2027 intake.

        Sincerely,
        Office of Graduate Admissions
        Biscayne School of Management
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Slate//Technolutions//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:slate-adm-4471-20261120@biscayne-som.edu
DTSTAMP:{stamp("2026-11-13 14:00", NYC)}
DTSTART:{ics_z("2026-11-20 11:00", NYC)}
DTEND:{ics_z("2026-11-20 11:30", NYC)}
SUMMARY:EMBA Admission Interview - Gabriela Urdaneta
ORGANIZER;CN=Graduate Admissions:mailto:admissions@biscayne-som.edu
ATTENDEE;CN=Gabriela Urdaneta;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Biscayne School of Management Admissions", "admissions@biscayne-som.edu"),
              "Executive MBA - Admission Interview Invitation", "2026-11-13 14:00", NYC,
              "<slate.4471.20261113190000@biscayne-som.edu>", mx="mail.technolutions.net")
    return message(hs, mixed(text(body), calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(N(36), family="scholarship_interview", lang="es", interview=False, company=None,
      days=(("Sat", "2026-10-31"),),
      note="Foundation confirms the scholarship committee interview for her teenage son ('sábado 31 de octubre a "
           "las 9:00 am'): a fixed interview, but not her job interview.")
def n_scholarship_son():
    body = t("""
        Estimada Sra. Gabriela Urdaneta, representante del joven Diego Andrés Paz Urdaneta:

        Nos complace informarle que Diego ha sido preseleccionado para el programa de Becas de
        Excelencia 2027 de la Fundación Amigos del Saber del Zulia.

        El comité de becas lo entrevistará el sábado 31 de octubre a las 9:00 am en nuestra sede
        (calle 72 con av. 10, edificio Sol del Lago, PB). Es necesaria la presencia del representante.
        Deben traer la boleta del último lapso y la constancia de estudios.

        Atentamente,
        Prof. Nelly Atencio
        Coordinación de Becas
        Fundación Amigos del Saber del Zulia
    """)
    hs = head(addr("Fundación Amigos del Saber", "becas@amigosdelsaber-zulia.example.com"),
              "Entrevista comité de becas - Diego Paz Urdaneta", "2026-10-27 11:05", CCS,
              "<becas.2027.0193@amigosdelsaber-zulia.example.com>", mx="mail.amigosdelsaber-zulia.example.com")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(N(37), family="sports_tryout", lang="es", interview=False, company=None,
      days=(("Sat", "2026-10-03"),),
      note="Softball club try-out in Maracucho voseo, 'el sábado 3 a las 7 de la mañana': a fixed-time try-out, "
           "not a job interview.")
def n_softball_tryout():
    body = t("""
        Epa Gabriela! Ya hablé con el manager y te anotó para la prueba del equipo femenino máster.
        Es el sábado 3 a las 7 de la mañana en el estadio de la Vereda del Lago, campo 2. Llevá
        guante, spikes y agua que a esa hora ya está pegando el sol, mija.

        Si quedás, los juegos son los domingos. Avisame si vas!

        Yelitza
        Las Garzas del Lago - Sóftbol
    """)
    hs = head(addr("Yelitza Morillo", "yeli.morillo@example.net"), "prueba sóftbol sábado",
              "2026-09-30 20:02", CCS, "<CAB4tVq9zL2=kP8mXw1dRy6sN3bH7uEe0cJf@mail.gmail.com>",
              mx="mail-sor-f71.google.com")
    return message(hs, text(body, cte="8bit"))


@mail(N(38), family="car_service", lang="es", interview=False, company=None,
      days=(("Wed", "2026-12-02"),),
      note="Car-service appointment with an ICS ('miércoles 2 de diciembre, 7:30 a. m.', Caracas): fixed time, "
           "not an interview.")
def n_car_service():
    body = t("""
        Estimada cliente Gabriela Urdaneta:

        Su cita de servicio ha sido agendada.

        Vehículo: Toyota Corolla 2019 - placa AB123CD
        Servicio: mantenimiento de 60.000 km + revisión de frenos
        Fecha: miércoles 2 de diciembre de 2026
        Hora de recepción: 7:30 a. m.
        Taller: Autolago Servicios, Circunvalación 2, Maracaibo

        Tiempo estimado de trabajo: 4 horas. Le avisaremos por WhatsApp cuando el vehículo esté listo.

        Autolago Servicios - Departamento de Citas
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Autolago//Citas//ES
VERSION:2.0
METHOD:PUBLISH
{VTZ_LOCAL[CCS]}
BEGIN:VEVENT
UID:cita-taller-88142@autolago.example.com
DTSTAMP:{stamp("2026-11-30 09:12", CCS)}
DTSTART;TZID=America/Caracas:{ics_time("2026-12-02 07:30", CCS)}
DTEND;TZID=America/Caracas:{ics_time("2026-12-02 08:00", CCS)}
SUMMARY:Cita de servicio - Toyota Corolla AB123CD
LOCATION:Autolago Servicios\\, Circunvalación 2\\, Maracaibo
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Autolago Servicios", "citas@autolago.example.com"), "Cita de servicio confirmada",
              "2026-11-30 09:12", CCS, "<cita88142.20261130@autolago.example.com>", mx="mail.autolago.example.com")
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", cte="8bit", filename="cita.ics",
                                                  disposition="attachment")))


@mail(N(39), family="tax_office", lang="es", interview=False, company=None,
      days=(("Tue", "2026-10-27"),),
      note="Municipal tax office appointment ('martes 27/10 a las 10:00 a. m.') for her freelance licence: "
           "fixed time, not an interview.")
def n_tax_office():
    body = t("""
        DIRECCIÓN DE HACIENDA MUNICIPAL
        Sistema de Citas en Línea

        Contribuyente: URDANETA GABRIELA
        Trámite: Licencia de actividades económicas - Servicios profesionales (consultoría)

        Su cita quedó registrada para el martes 27/10 a las 10:00 a. m.
        Taquilla: Atención al Contribuyente, piso 1.

        Presente este comprobante impreso o en su teléfono. Código: HM-2026-10-04417
    """)
    page = ("<html><body><table border=\"1\" cellpadding=\"6\"><tr><td><pre>" + body
            + "</pre></td></tr></table></body></html>\n")
    hs = head(addr("Hacienda Municipal - Citas", "no-responder@hacienda-municipal.example.com"),
              "Comprobante de cita HM-2026-10-04417", "2026-10-22 15:47", CCS,
              "<HM-2026-10-04417@hacienda-municipal.example.com>", mx="smtp.hacienda-municipal.example.com")
    return message(hs, html(page, charset="iso-8859-15", cte="quoted-printable"))


@mail(N(40), family="mock_interview", lang="es", interview=False, company=None,
      days=(("Tue", "2026-09-29"),),
      note="Career coach confirms a paid mock interview ('simulacro de entrevista', 'martes 29 de septiembre a las "
           "6:00 pm'): a fixed time, but practice, not a job interview.")
def n_coach_mock():
    body = t("""
        Hola Gabriela,

        ¡Listo! Quedó confirmado tu simulacro de entrevista técnica para el martes 29 de septiembre a
        las 6:00 pm (hora de Venezuela) por Zoom. Vamos a simular una entrevista de panel como la de
        las empresas americanas: 20 min de conducta (método STAR), 30 min de caso de ML y 10 min de
        feedback.

        Enlace: https://us06web.zoom.us/j/81277430915
        Pago recibido (Zelle). Te mando la grabación al día siguiente.

        Un abrazo,
        Carolina Fereira
        Coach de carrera para perfiles tech | carolinafereira.coach
    """)
    hs = head(addr("Carolina Fereira", "hola@carolinafereira.coach"), "Confirmado: simulacro de entrevista 🎯",
              "2026-09-25 18:30", CCS, "<CAD1sWp7mK4=qL9tXv2eRy8sN5bJ0uHg3cFa@mail.gmail.com>",
              mx="mail-sor-f40.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(41), family="forwarded_other", lang="es", interview=False, company=None,
      days=(("Mon", "2026-11-30"),),
      note="Her sister forwards her OWN Greenhouse interview confirmation ('Monday, November 30, 2026, 11:00 AM "
           "EST') for advice: a confirmed interview, but someone else's.")
def n_sister_forward():
    body = t("""
        Gaby!!! mirá lo que me llegó, me llamaron de Tamiami Health 😱 Es el lunes 30. ¿Me ayudás
        a preparar las preguntas de SQL este fin de semana? Te llamo en la noche.

        Dani

        ---------- Forwarded message ---------
        De: Tamiami Health <no-reply@us.greenhouse-mail.io>
        Date: lun, 23 nov 2026 a las 9:41
        Subject: Interview Confirmation: Data Analyst - Tamiami Health
        To: Daniela Urdaneta <daniela.urdaneta@example.net>

        Hi Daniela,

        Your interview for Data Analyst at Tamiami Health is confirmed.

        Date: Monday, November 30, 2026
        Time: 11:00 AM - 11:45 AM EST
        Location: Zoom - https://tamiamihealth.zoom.us/j/81830047712
        Interviewer: Rebecca Lowell, Analytics Manager

        If you need to make changes, reply to this email to reach Jorge Pacheco
        (jorge.pacheco@tamiamihealth.org).

        Tamiami Health Talent Acquisition
    """)
    hs = head(addr("Daniela Urdaneta", "daniela.urdaneta@example.net"),
              "Fwd: Interview Confirmation: Data Analyst - Tamiami Health", "2026-11-23 10:15", NYC,
              "<CAE7hRz2pQ9=tL4mXw8vKy1sN6bJ3uDe5cHg@mail.gmail.com>", mx="mail-sor-f43.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(42), family="interviewer_invite", lang="es", interview=False, company=None,
      days=(("Fri", "2026-11-06"),),
      note="Outlook invitation from HR at her current employer asking HER to interview a junior candidate ('viernes, "
           "6 de noviembre de 2026 10:00-11:00', SA Western Standard Time): she is the interviewer, not the "
           "candidate.")
def n_interviewer_current_job():
    body = t("""
        Cuándo: viernes, 6 de noviembre de 2026 10:00-11:00 (UTC-04:00) Georgetown, La Paz, Manaus, San Juan.
        Dónde: Sala Catatumbo, piso 3 / Teams

        Gaby, buen día. Te incluí como entrevistadora técnica para el candidato a Analista de Datos
        Jr. (Luis Ferrer). Te adjunto su CV y la guía de preguntas; la evaluación se carga en el
        formulario de siempre antes del lunes.

        Gracias!
        Dayana Sulbarán
        Talento Humano - Servicios Petroleros Tamare
    """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_LOCAL["SA Western Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Dayana Sulbarán:mailto:dsulbaran@sp-tamare.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gabriela Urdaneta:mailto:gurdaneta@sp-tamare.example.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Luis Ferrer:mailto:luis.ferrer.88@example.com
SUMMARY;LANGUAGE=es-VE:Entrevista técnica candidato Analista de Datos Jr. - Luis Ferrer
DTSTART;TZID=SA Western Standard Time:{ics_time("2026-11-06 10:00", CCS)}
DTEND;TZID=SA Western Standard Time:{ics_time("2026-11-06 11:00", CCS)}
UID:040000008200E00074C5B7101A82E00800000000B3C4D5E6F708DD01000000000000000010000000E4F5A6B7
DTSTAMP:{stamp("2026-11-04 08:40", CCS)}
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-VE:Sala Catatumbo\\, piso 3 / Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Dayana Sulbarán", "dsulbaran@sp-tamare.example.com"),
              "Entrevista técnica candidato Analista de Datos Jr. - Luis Ferrer", "2026-11-04 08:40", CCS,
              "<MN2PR05MB6688A1B2C3D4E5F6071829304A5B6@MN2PR05MB6688.namprd05.prod.outlook.com>",
              to=addr("Gabriela Urdaneta", "gurdaneta@sp-tamare.example.com"),
              mx="NAM02-MN2-obe.outbound.protection.outlook.com",
              extra=(("Cc", ME_H), ("Content-Language", "es-VE")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(N(43), family="auto_reply", lang="en", interview=False, company="Coralina Payments",
      days=(("Mon", "2026-09-21"),),
      note="Out-of-office auto-reply from the Coralina recruiter to her thank-you note; quotes the interview "
           "subject, gives a return date, schedules nothing.")
def n_ooo_coralina():
    body = t("""
        Hi there,

        Thanks for your email. I'm out of the office until Monday, September 21 with limited access to
        email. For anything urgent regarding interviews or scheduling, please contact
        recruiting@coralinapay.com.

        Best,
        Megan Holloway
        Senior Technical Recruiter | Coralina Payments
    """)
    hs = head(addr("Megan Holloway", "megan.holloway@coralinapay.com"),
              "Automatic reply: Thank you - Hiring Manager Conversation", "2026-09-16 09:02", NYC,
              "<BL1PR20MB3314F0E1D2C3B4A5968778695A4B3@BL1PR20MB3314.namprd20.prod.outlook.com>",
              mx="NAM12-BL1-obe.outbound.protection.outlook.com",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAQ1vRz8mT3=pL6kXw9dNy2sB4bJ7uFe0cHa@mail.gmail.com>")))
    return message(hs, text(body, cte="7bit"))


@mail(N(44), family="bounce", lang="en", interview=False, company=None,
      note="Delivery failure (multipart/report) of her thank-you mail to a mistyped interviewer address; the "
           "returned copy mentions 'today's interview', nothing new is scheduled.")
def n_bounce_keyhaven():
    human = t("""
        This is the mail system at host mx2.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        <sam.oduya@keyhaven.co>: host keyhaven.co[203.0.113.77] said: 550 5.1.1
            <sam.oduya@keyhaven.co>: Recipient address rejected: User unknown in
            virtual mailbox table (in reply to RCPT TO command)
    """)
    status = t("""
        Reporting-MTA: dns; mx2.example.org
        X-Postfix-Queue-ID: 4ZqK7m0Xh2z9
        Arrival-Date: Thu, 12 Nov 2026 17:40:11 -0400 (VET)

        Final-Recipient: rfc822; sam.oduya@keyhaven.co
        Original-Recipient: rfc822;sam.oduya@keyhaven.co
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; keyhaven.co
        Diagnostic-Code: smtp; 550 5.1.1 <sam.oduya@keyhaven.co>: Recipient address
            rejected: User unknown in virtual mailbox table
    """)
    orig = message([
        ("From", ME_H),
        ("To", addr("Sam Oduya", "sam.oduya@keyhaven.co")),
        ("Subject", "Thank you for today's interview"),
        ("Date", date("2026-11-12 17:40", CCS)),
        ("Message-ID", "<CAR5wTz3nP8=qK2mXv7dLy4sB9bJ1uGe6cFa@mail.gmail.com>"),
    ], text(t("""
        Hi Sam,

        Thank you for taking the time to speak with me this afternoon. I really enjoyed our conversation
        about production forecasting at Keyhaven and I'm excited about the role.

        Best regards,
        Gabriela
    """), cte="7bit"))
    report = multipart("report",
                       text(human, cte="7bit", extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(orig),
                       params="report-type=delivery-status")
    hs = head("MAILER-DAEMON@mx2.example.org (Mail Delivery System)",
              "Undelivered Mail Returned to Sender", "2026-11-12 17:40", CCS,
              "<20261112214012.4ZqK7m0Xh2z9@mx2.example.org>", mx="mx2.example.org", lag=5,
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


@mail(N(45), family="webinar", lang="es", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="Zoom webinar registration about technical interviews ('miércoles 21 de octubre, 7:00 p. m. hora de "
           "Venezuela'): a fixed time, but a webinar.")
def n_webinar_wid():
    body = t("""
        Hola Gabriela Urdaneta:

        Gracias por registrarse en "Cómo brillar en tu entrevista técnica de Data Science".

        Fecha y hora: 21 oct 2026 07:00 p. m. Caracas
        (miércoles 21 de octubre, 7:00 p. m. hora de Venezuela)

        Únase desde PC, Mac, iPad o Android:
        https://us02web.zoom.us/w/86103372295?tk=Wm9vbVdlYmluYXI

        Código de acceso: 552190

        Organiza: Women in Data Venezuela - capítulo Zulia

        Puede cancelar su inscripción en cualquier momento.
    """)
    hs = head(addr("Women in Data Venezuela", "no-reply@zoom.us"),
              "Confirmación de Cómo brillar en tu entrevista técnica de Data Science", "2026-10-15 14:03", CCS,
              "<webinar.86103372295.reg.4471@zoom.us>", mx="mailout.zoom.us",
              extra=(("Reply-To", "widvenezuela@example.com"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(46), family="health_screening", lang="es", interview=False, company=None,
      days=(("Sat", "2026-11-07"),),
      note="Pharmacy health-screening slot ('sábado 7 de noviembre, 8:00 a. m.'): fixed time, not an interview.")
def n_pharmacy():
    body = t("""
        ¡Hola Gabriela!

        Tu cupo para la Jornada de Despistaje de Farmacias SaludLago quedó reservado:

        Sábado 7 de noviembre - 8:00 a. m.
        Sede: SaludLago Av. Delicias (frente al Lago Mall)
        Incluye: glicemia, perfil lipídico, tensión arterial e índice de masa corporal.

        Recuerda venir en ayunas (mínimo 8 horas). Si no puedes asistir, libera tu cupo respondiendo
        CANCELAR por WhatsApp.

        Farmacias SaludLago - Cuidamos de ti
    """)
    page = ("<html><body style=\"font-family:Verdana\"><div style=\"background:#0a7d5a;color:#fff;padding:10px\">"
            "Farmacias SaludLago</div><p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>")
            + "</p></body></html>\n")
    hs = head(addr("Farmacias SaludLago", "jornadas@saludlago.example.com"), "Tu cupo para la Jornada de Despistaje",
              "2026-11-02 12:20", CCS, "<mc.20261102.saludlago.7731@mail.saludlago.example.com>",
              mx="mail.saludlago.example.com")
    return message(hs, html(page, cte="base64"))


@mail(N(47), family="flat_viewing", lang="es", interview=False, company=None,
      days=(("Sat", "2026-12-12"),),
      note="Estate agent in Panama City confirms a flat viewing for her possible relocation ('sábado 12 de "
           "diciembre a las 10:00 a. m.', by video call): fixed time, not an interview.")
def n_flat_viewing():
    body = t("""
        Buenas tardes Sra. Gabriela,

        Le confirmo la visita virtual del apartamento en San Francisco (PH Vista Bahía, 2 recámaras,
        piso 14) para el sábado 12 de diciembre a las 10:00 a. m. hora de Panamá. Le haré el recorrido
        por videollamada de WhatsApp desde el apartamento para que vea la vista y el área social.

        Canon: USD 1.350 + mantenimiento. Se pide un mes de depósito y carta de trabajo.

        Saludos,
        Milagros De León
        Agente inmobiliaria - Pacífico Bienes Raíces
        +507 6555-0192
    """)
    hs = head(addr("Milagros De León", "milagros.deleon@pacificobienesraices.example.com"),
              "Visita apartamento PH Vista Bahía", "2026-12-09 14:55", PTY,
              "<d4e5f6a7-b8c9-4d0e-a1f2-visita@pacificobienesraices.example.com>",
              mx="mail.pacificobienesraices.example.com")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(N(48), family="parent_teacher", lang="es", interview=False, company=None,
      days=(("Fri", "2026-10-09"),),
      note="School calls parents to a 'reunión de representantes' ('viernes 9 de octubre a las 2:30 pm'): fixed "
           "time, not an interview.")
def n_parent_teacher():
    body = t("""
        Sres. Representantes de 3er año "B":

        Se les convoca a la reunión de entrega de boletas del primer lapso y conversación con los
        docentes guías, el viernes 9 de octubre a las 2:30 pm en el salón de usos múltiples.

        La asistencia es obligatoria. En caso de no poder asistir, deberá solicitar una cita
        individual con la profesora guía a través de la coordinación.

        Atentamente,
        Coordinación Académica
        U.E. Colegio Santa Lucía del Lago
    """)
    hs = head(addr("Coordinación Académica", "coordinacion@colegiosantalucia.example.com"),
              "Reunión de representantes 3er año B - viernes 9/10", "2026-10-06 13:00", CCS,
              "<reunion.3b.20261006@colegiosantalucia.example.com>", mx="mail.colegiosantalucia.example.com",
              to="representantes-3b@colegiosantalucia.example.com",
              extra=(("List-Id", "Representantes 3B <representantes-3b.colegiosantalucia.example.com>"),))
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@mail(N(49), family="team_event", lang="es", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Google Calendar invitation to a Christmas team lunch at her current job ('vie 11 dic 2026 12:30 - "
           "14:30'): fixed time, not an interview.")
def n_team_lunch():
    body = t("""
        Has recibido una invitación a este evento.

        Almuerzo navideño - Equipo de Analítica 🎄
        Cuándo
        viernes, 11 dic 2026 · 12:30 - 14:30
        Hora de Venezuela
        Dónde
        Restaurante El Zaguán, calle Carabobo, Maracaibo
        Invitados
        Omar Leal - organizador
        Equipo Analítica Tamare

        Descripción
        ¡Cierre de año! Amigo secreto de hasta 20 USD. Confirmen para la reservación.

        Invitación de Google Calendar
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_LOCAL[CCS]}
BEGIN:VEVENT
DTSTART;TZID=America/Caracas:{ics_time("2026-12-11 12:30", CCS)}
DTEND;TZID=America/Caracas:{ics_time("2026-12-11 14:30", CCS)}
DTSTAMP:{stamp("2026-12-04 09:30", CCS)}
ORGANIZER;CN=Omar Leal:mailto:oleal@sp-tamare.example.com
UID:1kq9v3e7p2o5m8c0t4b6r1s9xz@google.com
ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Equipo Analítica Tamare:mailto:analitica@sp-tamare.example.com
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Almuerzo navideño - Equipo de Analítica
LOCATION:Restaurante El Zaguán\\, calle Carabobo\\, Maracaibo
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Google Calendar", "calendar-notification@google.com"),
              "Invitación: Almuerzo navideño - Equipo de Analítica @ vie 11 dic 2026 12:30 - 14:30 (GMT-4) "
              "(gurdaneta@sp-tamare.example.com)", "2026-12-04 09:30", CCS,
              "<calendar-7a2e4c1b-5d3f-4e8a-9b0c-1f6e2d3a4b5c@google.com>", mx="mail-sor-f69.google.com",
              to=addr("Gabriela Urdaneta", "gurdaneta@sp-tamare.example.com"),
              extra=(("Reply-To", addr("Omar Leal", "oleal@sp-tamare.example.com")),))
    return message(hs, alt(text(body), html(gmail_html(body)), calendar(ics, cte="8bit")))


@mail(N(50), family="social_coffee", lang="es", interview=False, company=None,
      days=(("Sat", "2026-12-12"),),
      note="Former manager, now at another company, fixes a coffee 'el sábado a las 10' just to catch up; says "
           "explicitly that no role is on the table.")
def n_coffee_former_boss():
    body = t("""
        Gaby, qué más pues! Vi que andás buscando cambio, me alegra. Te aviso de una que en Halcón
        Energy no estamos contratando ahorita, así que no es nada de trabajo jaja, pero me provoca
        echar el cuento y ponernos al día.

        Quedamos el sábado a las 10 en el Café Bohío de la 72 entonces. Yo llevo los tequeños.

        Abrazo,
        Rubén

        El jue., 10 dic. 2026 a las 8:12, Gabriela Urdaneta <gabriela.urdaneta@example.org> escribió:
        > Rubén! Qué bueno saber de ti. Sí, me encantaría tomarnos un café, el sábado me queda perfecto.
    """)
    hs = head(addr("Rubén Finol", "ruben.finol@example.com"), "Re: café?", "2026-12-10 09:03", CCS,
              "<CAS6xUz4oQ9=rM3nYw8eLz5tC0cK2vHf7dGb@mail.gmail.com>", mx="mail-sor-f66.google.com",
              extra=(("In-Reply-To", "<CAT7yVa5pR0=sN4oZx9fMa6uD1dL3wIg8eHc@mail.gmail.com>"),))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))
