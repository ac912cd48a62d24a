"""blind126: 50 hand-written mails from the inbox of Camila Restrepo, a supply-chain analyst in
Medellín (America/Bogota, UTC-5 all year), September to mid-December 2026.

Written blind (without reading the detector, its tests or the other held-out mails). Each function
is one mail; ``make.py`` does the MIME plumbing and the checks. Build and check with

    python3 bench/heldout/make_blind.py blind126

File numbers are a fixed shuffle of the writing order: keys 1-23 are the positives, 24-50 the
negatives; the mail written key-th is blind126_{ORDER[key-1]:03d}.eml.
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
    raw_part,
    received,
    t,
    text,
)

ORDER = random.Random(1260126).sample(range(1, 51), 50)
ME = "camila.restrepo@example.org"
CAMILA = addr("Camila Restrepo", ME)
BOG = "America/Bogota"
NY = "America/New_York"
MAD = "Europe/Madrid"
PTY = "America/Panama"


def n(key: int) -> str:
    return f"blind126_{ORDER[key - 1]:03d}"


def rcv(host: str, ip: str, when: str, zone: str, ident: str, lag: int = 4) -> str:
    return received(f"from {host} ({host} [{ip}])", when, zone,
                    f"mx1.example.org with ESMTPS id {ident}", ME, lag)


VTZ_BOG = """BEGIN:VTIMEZONE
TZID:America/Bogota
X-LIC-LOCATION:America/Bogota
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
TZNAME:-05
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

VTZ_PTY = """BEGIN:VTIMEZONE
TZID:America/Panama
X-LIC-LOCATION:America/Panama
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19700101T000000
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

VTZ_MAD = VTZ["Europe/Paris"].replace("Europe/Paris", "Europe/Madrid")


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-09-10T15:00:00Z", end="2026-09-10T15:45:00Z",
      contact="danielle.ortega@harborline-logistics.com", company="Harborline Logistics",
      local="Thu 2026-09-10 11:00", local_end="2026-09-10 11:45", zone=NY,
      note="Greenhouse scheduled notice from no-reply with a human Reply-To (also the ICS ORGANIZER); "
           "11:00-11:45 AM Eastern on 10 Sep is EDT (UTC-4) -> 15:00-15:45Z; the body's '10:00 AM "
           "Medellín' agrees")
def harborline_greenhouse():
    body = t("""
        Hi Camila,

        Thanks for making time to speak with us! Your interview for Supply Chain Analyst II
        (Miami, FL / Hybrid) is scheduled. Details are below.

        Interview: Hiring Manager Screen
        Date: Thursday, September 10, 2026
        Time: 11:00 AM - 11:45 AM Eastern Time (US & Canada)
              (10:00 AM - 10:45 AM in Medellín)
        Location: Google Meet - https://meet.google.com/hbl-qzkt-wre
        Interviewer: Owen Pritchard, Director of Inventory Planning

        If you need to make a change, just reply to this email and it will reach Danielle.

        Best,
        Danielle Ortega
        Talent Acquisition | Harborline Logistics
    """)
    html_body = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2933">
        <p>Hi Camila,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Supply Chain Analyst II
        (Miami, FL / Hybrid)</b> is scheduled. Details are below.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview</b></td><td>Hiring Manager Screen</td></tr>
        <tr><td><b>Date</b></td><td>Thursday, September 10, 2026</td></tr>
        <tr><td><b>Time</b></td><td>11:00 AM - 11:45 AM Eastern Time (US &amp; Canada)<br>
        <span style="color:#6b7280">(10:00 AM - 10:45 AM in Medell&iacute;n)</span></td></tr>
        <tr><td><b>Location</b></td><td><a href="https://meet.google.com/hbl-qzkt-wre">Google Meet</a></td></tr>
        <tr><td><b>Interviewer</b></td><td>Owen Pritchard, Director of Inventory Planning</td></tr>
        </table>
        <p>If you need to make a change, just reply to this email and it will reach Danielle.</p>
        <p>Best,<br>Danielle Ortega<br>Talent Acquisition | Harborline Logistics</p>
        <img src="https://us.greenhouse-mail.io/o/8f2ac1d4.gif" width="1" height="1" alt="">
        </body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ[NY]}
BEGIN:VEVENT
UID:gh-interview-58213377@greenhouse.io
DTSTAMP:20260908T141402Z
DTSTART;TZID=America/New_York:20260910T110000
DTEND;TZID=America/New_York:20260910T114500
SUMMARY:Interview: Camila Restrepo - Supply Chain Analyst II (Harborline Logistics)
LOCATION:https://meet.google.com/hbl-qzkt-wre
ORGANIZER;CN=Danielle Ortega:mailto:danielle.ortega@harborline-logistics.com
ATTENDEE;CN=Camila Restrepo;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camila.restrepo@example.org
ATTENDEE;CN=Owen Pritchard;ROLE=REQ-PARTICIPANT:mailto:owen.pritchard@harborline-logistics.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Received", rcv("o11.us.greenhouse-mail.io", "167.89.71.12", "2026-09-08 10:14:02", NY, "k2Lq7T")),
        ("From", "Harborline Logistics <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", "Danielle Ortega <danielle.ortega@harborline-logistics.com>"),
        ("To", CAMILA),
        ("Subject", "Interview Confirmation: Supply Chain Analyst II at Harborline Logistics"),
        ("Date", date("2026-09-08 10:14:02", NY)),
        ("Message-ID", "<gh.58213377.1788876842@us.greenhouse-mail.io>"),
        ("X-Mailer", "Greenhouse Mailer"),
    ]
    return message(headers, mixed(alt(text(body), html(html_body)),
                                  calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(2), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-09-17T20:00:00Z", end=None,
      contact="juliana.gomez@tejidosdelaburra.com.co", company="Tejidos del Aburrá",
      local="Thu 2026-09-17 15:00", zone=BOG, days=(("Tue", "2026-09-15"),),
      note="Recruiter in Medellín (paisa, tú): 'pasado mañana jueves a las 3:00 p. m.' from a Date of "
           "Tue 15 Sep -> Thu 17 Sep 15:00 COT (UTC-5) = 20:00Z; 'más o menos una hora' -> end null; "
           "the Google Calendar invite is an all-day event for the 17th, the time is only in the text")
def tejidos_prose_allday():
    body = t("""
        Hola Camila, ¿cómo estás?

        Qué bueno que pudimos hablar ayer. Como quedamos, te confirmo la entrevista con
        don Hernán (gerente de operaciones) para pasado mañana jueves a las 3:00 p. m. en
        la planta de Itagüí: Calle 31 # 41-15, portería 2. Llevá la cédula que en portería
        la piden.

        Nos toma más o menos una hora, él te va a preguntar mucho por el S&OP y por el
        manejo de inventarios en la temporada de fin de año, entonces andá pensando en
        ejemplos.

        Te mandé un bloqueo en el calendario para ese día, la hora quedó acá en el correo.

        Cualquier cosa me escribís o me llamás al 310 555 0147.

        Un abrazo,

        Juliana Gómez Marulanda
        Analista de Talento Humano
        Tejidos del Aburrá S.A.S.
    """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260917
DTEND;VALUE=DATE:20260918
DTSTAMP:20260915T212011Z
ORGANIZER;CN=Juliana Gómez Marulanda:mailto:juliana.gomez@tejidosdelaburra.com.co
UID:5u0t1kq8c2m7o9r6h4v3e1a2bd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camila.restrepo@example.org;X-NUM-GUESTS=0:mailto:camila.restrepo@example.org
CREATED:20260915T212010Z
DESCRIPTION:Entrevista con Hernán Villa - planta Itagüí. Ver hora en el correo.
LAST-MODIFIED:20260915T212010Z
LOCATION:Calle 31 # 41-15\\, Itagüí
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Camila Restrepo - Tejidos del Aburrá
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Received", rcv("mail-sor-f41.google.com", "209.85.220.41", "2026-09-15 16:20:14", BOG, "b7Ye0P")),
        ("From", addr("Juliana Gómez Marulanda", "juliana.gomez@tejidosdelaburra.com.co")),
        ("To", CAMILA),
        ("Subject", enc("Entrevista jueves - Tejidos del Aburrá")),
        ("Date", date("2026-09-15 16:20:11", BOG)),
        ("Message-ID", "<CAH7x2QpW0jT9fLk3nQ+eG1xv5rM0bVzq8@mail.gmail.com>"),
    ]
    return message(headers, mixed(
        alt(text(body, cte="8bit"), html(gmail_html(body))),
        calendar(ics, cte="base64", filename="invite.ics", disposition="attachment"),
    ))


@mail(n(3), family="workday", lang="es", interview=True, kind="scheduled",
      start="2026-10-05T15:00:00Z", end="2026-10-05T16:00:00Z",
      contact="natalia.pardo@grupoandino.com.co", company="Grupo Andino de Distribución",
      local="Mon 2026-10-05 10:00", local_end="2026-10-05 11:00", zone=BOG,
      note="Workday notification (HTML only, base64) from the tenant's myworkday.com mailbox; "
           "10:00-11:00 a. m. (GMT-05:00) Bogotá -> 15:00-16:00Z; contact = recruiter address in "
           "the body")
def grupoandino_workday():
    body = t("""
        <!DOCTYPE html>
        <html lang="es"><head><meta charset="utf-8"><title>Grupo Andino de Distribución</title></head>
        <body style="margin:0;background:#f2f4f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="24" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td>
        <img src="https://wd3.myworkdaysite.com/grupoandino/assets/logo.png" alt="Grupo Andino" height="40">
        <p>Estimada Camila Restrepo:</p>
        <p>Nos complace invitarla a una entrevista para la vacante <b>Analista de Planeación de
        Demanda (R-20418)</b>. A continuación encontrará los detalles:</p>
        <table cellpadding="6" style="border:1px solid #dde2e8;border-collapse:collapse">
        <tr><td style="background:#f7f8fa">Tipo de entrevista</td><td>Entrevista por competencias (virtual)</td></tr>
        <tr><td style="background:#f7f8fa">Fecha</td><td>lunes, 5 de octubre de 2026</td></tr>
        <tr><td style="background:#f7f8fa">Hora</td><td>10:00 a.&nbsp;m. - 11:00 a.&nbsp;m. (GMT-05:00) Bogotá</td></tr>
        <tr><td style="background:#f7f8fa">Entrevistadores</td><td>Natalia Pardo, Carlos Beltrán</td></tr>
        <tr><td style="background:#f7f8fa">Lugar</td><td>Microsoft Teams (el enlace llegará en una invitación aparte)</td></tr>
        </table>
        <p>Por favor ingrese 5 minutos antes y tenga a mano su documento de identidad.</p>
        <p>Si tiene alguna pregunta, puede escribir a Natalia Pardo
        (<a href="mailto:natalia.pardo@grupoandino.com.co">natalia.pardo@grupoandino.com.co</a>).</p>
        <p>Cordialmente,<br>Equipo de Selección<br>Grupo Andino de Distribución S.A.</p>
        <p style="font-size:11px;color:#888">Este mensaje fue generado automáticamente por Workday.
        Por favor no responda a este correo.</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
    """)
    headers = [
        ("Received", rcv("mx0b-0032ad01.myworkday.com", "148.163.150.21", "2026-09-30 08:05:40", BOG, "Wd55aa")),
        ("From", addr("Grupo Andino de Distribución", "grupoandino@myworkday.com")),
        ("To", CAMILA),
        ("Subject", enc("Invitación a entrevista: Analista de Planeación de Demanda (R-20418)")),
        ("Date", date("2026-09-30 08:05:37", BOG)),
        ("Message-ID", "<1493527766.88241.1790773537711@wd3-prod-notif-07.myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, html(body, cte="base64"))


@mail(n(4), family="teamtailor", lang="es", interview=True, kind="scheduled",
      start="2026-09-22T14:00:00Z", end="2026-09-22T14:45:00Z",
      contact="irene.castano@logisticameseta.es", company="Logística Meseta",
      local="Tue 2026-09-22 16:00", local_end="2026-09-22 16:45", zone=MAD,
      note="Teamtailor (Madrid company, Spanish from Spain): 'martes 22 de septiembre a las 16:00 "
           "(hora peninsular)', 45 min; Madrid in September is CEST (UTC+2) -> 14:00-14:45Z, which "
           "is 9:00 in Colombia as the mail says; contact = human Reply-To / ORGANIZER")
def meseta_teamtailor():
    body = t("""
        Hola Camila,

        ¡Gracias por reservar tu entrevista con Logística Meseta!

        Entrevista con el equipo de Supply Chain
        Martes 22 de septiembre · 16:00 - 16:45 (hora peninsular española)
        (09:00 - 09:45 en Colombia)

        Nos vemos por Google Meet: https://meet.google.com/mst-pkow-ybd

        Estarán Irene Castaño (Talent) y Álvaro Requena (Head of Planning). Tranquila, es una
        charla para conocernos: no hace falta que prepares nada, aunque si tienes algún ejemplo
        de previsión de demanda que puedas contar, mejor que mejor.

        Si necesitas cambiar algo, responde a este correo.

        Un saludo,
        Irene Castaño
        Logística Meseta
    """)
    html_body = t("""
        <html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;color:#141414">
        <div style="max-width:560px;margin:0 auto;padding:24px">
        <p>Hola Camila,</p>
        <p>¡Gracias por reservar tu entrevista con Logística Meseta!</p>
        <div style="border-radius:8px;background:#f5f3ff;padding:16px">
        <p style="margin:0;font-weight:600">Entrevista con el equipo de Supply Chain</p>
        <p style="margin:4px 0 0">Martes 22 de septiembre · 16:00 - 16:45 (hora peninsular española)<br>
        <span style="color:#666">(09:00 - 09:45 en Colombia)</span></p>
        <p style="margin:4px 0 0"><a href="https://meet.google.com/mst-pkow-ybd">Unirse con Google Meet</a></p>
        </div>
        <p>Estarán Irene Castaño (Talent) y Álvaro Requena (Head of Planning). Tranquila, es una
        charla para conocernos: no hace falta que prepares nada, aunque si tienes algún ejemplo
        de previsión de demanda que puedas contar, mejor que mejor.</p>
        <p>Si necesitas cambiar algo, responde a este correo.</p>
        <p>Un saludo,<br>Irene Castaño<br>Logística Meseta</p>
        <p style="font-size:11px;color:#999">Enviado con Teamtailor</p>
        </div></body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interview//ES
METHOD:REQUEST
{VTZ_MAD}
BEGIN:VEVENT
UID:tt-meeting-3f9e1b7a-22c4@teamtailor.com
DTSTAMP:20260917T103012Z
DTSTART;TZID=Europe/Madrid:20260922T160000
DTEND;TZID=Europe/Madrid:20260922T164500
SUMMARY:Entrevista Logística Meseta - Camila Restrepo
LOCATION:https://meet.google.com/mst-pkow-ybd
ORGANIZER;CN=Irene Castaño:mailto:irene.castano@logisticameseta.es
ATTENDEE;CN=Camila Restrepo;RSVP=TRUE:mailto:camila.restrepo@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Received", rcv("o3.ptr4217.teamtailor-mail.com", "149.72.34.118", "2026-09-17 12:30:12", MAD, "Tt91xq")),
        ("From", addr("Irene Castaño (Logística Meseta)", "no-reply@teamtailor-mail.com")),
        ("Reply-To", addr("Irene Castaño", "irene.castano@logisticameseta.es")),
        ("To", CAMILA),
        ("Subject", enc("Confirmación de entrevista con Logística Meseta")),
        ("Date", date("2026-09-17 12:30:09", MAD)),
        ("Message-ID", "<66e9a2b1c4d8f_2a1b3c7d5e@teamtailor-mail.com>"),
    ]
    return message(headers, mixed(alt(text(body), html(html_body)),
                                  calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(5), family="exchange_outlook", lang="es", interview=True, kind="scheduled",
      start="2026-10-14T14:00:00Z", end="2026-10-14T15:00:00Z",
      contact="ricardo.him@istmocargo.com.pa", company="Istmo Cargo Hub",
      local="Wed 2026-10-14 09:00", local_end="2026-10-14 10:00", zone=PTY,
      note="Exchange meeting request from a Panama City hiring manager; 'miércoles, 14 de octubre "
           "de 2026 9:00-10:00 (UTC-05:00) Bogotá, Lima, Quito, Rio Branco' and ICS TZID 'SA Pacific "
           "Standard Time' (no DST; Panama is also UTC-5) -> 14:00-15:00Z; contact = sender/ORGANIZER")
def istmo_exchange():
    body = t("""
        Buenas tardes, Camila:

        Tal como conversamos con Gabriela de Gestión Humana, le envío la invitación para la
        entrevista con el equipo de Operaciones del hub. La hacemos por Teams; si prefiere
        conectarse desde el computador, mejor, porque le vamos a compartir un caso en Excel.

        Saludos cordiales,

        Ricardo Him
        Gerente de Operaciones | Istmo Cargo Hub, S.A.
        Panamá Pacífico, Panamá
        +507 6555-0192

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse desde el equipo, la aplicación móvil o el dispositivo de la sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ4ZTc0YjMtZWQ2Mi00YjQ1@thread.v2/0>
        Id. de reunión: 271 904 332 118
        Código de acceso: cV6pQ9
        Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
    """)
    html_body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="ES-PA"><div class="WordSection1">
        <p class="MsoNormal">Buenas tardes, Camila:</p>
        <p class="MsoNormal">Tal como conversamos con Gabriela de Gestión Humana, le envío la invitación para la
        entrevista con el equipo de Operaciones del hub. La hacemos por Teams; si prefiere conectarse desde el
        computador, mejor, porque le vamos a compartir un caso en Excel.</p>
        <p class="MsoNormal">Saludos cordiales,</p>
        <p class="MsoNormal"><b>Ricardo Him</b><br>Gerente de Operaciones | Istmo Cargo Hub, S.A.<br>
        Panamá Pacífico, Panamá<br>+507 6555-0192</p>
        <div style="margin-top:24px;border-top:1px solid #ccc">
        <p class="MsoNormal"><span style="font-size:18pt">Reunión de Microsoft Teams</span></p>
        <p class="MsoNormal"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ4ZTc0YjMtZWQ2Mi00YjQ1@thread.v2/0">Haga clic aquí para unirse a la reunión</a></p>
        <p class="MsoNormal">Id. de reunión: 271 904 332 118<br>Código de acceso: cV6pQ9</p>
        </div></div></body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_SA_PACIFIC}
BEGIN:VEVENT
ORGANIZER;CN=Ricardo Him:mailto:ricardo.him@istmocargo.com.pa
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camila Restrepo:mailto:camila.restrepo@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gabriela Sanjur:mailto:gabriela.sanjur@istmocargo.com.pa
DESCRIPTION;LANGUAGE=es-ES:Tal como conversamos con Gabriela de Gestión Humana\\, le envío la invitación para la entrevista con el equipo de Operaciones del hub.\\n
UID:040000008200E00074C5B7101A82E00800000000B0C2F1E54A5BDC01000000000000000010000000F2D3B86C6E5B3A45A4D1F2C9E07B8A11
SUMMARY;LANGUAGE=es-ES:Entrevista - Analista de Cadena de Suministro (Camila Restrepo)
DTSTART;TZID=SA Pacific Standard Time:20261014T090000
DTEND;TZID=SA Pacific Standard Time:20261014T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261008T224218Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2120431775
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}}
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ4ZTc0YjMtZWQ2Mi00YjQ1@thread.v2/0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{{"DisplayName":"Reunión de Microsoft Teams","LocationAnnotation":"","LocationSource":0}}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Received", received("from PA0P223MB0412.NAMP223.PROD.OUTLOOK.COM (2603:10b6:208:3a1::9)",
                              "2026-10-08 17:42:18", PTY, "mx1.example.org with ESMTPS id Ex4z2m", ME)),
        ("From", "Ricardo Him <ricardo.him@istmocargo.com.pa>"),
        ("To", CAMILA),
        ("CC", "Gabriela Sanjur <gabriela.sanjur@istmocargo.com.pa>"),
        ("Subject", "Entrevista - Analista de Cadena de Suministro (Camila Restrepo)"),
        ("Thread-Topic", "Entrevista - Analista de Cadena de Suministro (Camila Restrepo)"),
        ("Thread-Index", "AdtXb2F0c2VuZGVyLXRocmVhZC1pbmRleA=="),
        ("Date", date("2026-10-08 17:42:18", PTY)),
        ("Message-ID", "<PA0P223MB04121F0E5D2B8C3A9E7B1C44D6A2@PA0P223MB0412.NAMP223.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "es-PA, en-US"),
        ("Content-Language", "es-PA"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-SCL", "-1"),
    ]
    return message(headers, alt(text(body, cte="base64"), html(html_body, cte="base64"),
                                calendar(ics, cte="base64")))


@mail(n(6), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-11-02T14:00:00Z", end="2026-11-02T14:30:00Z",
      contact="marcus.bell@brightkeelfreight.com", company="Brightkeel Freight",
      local="Mon 2026-11-02 09:00", local_end="2026-11-02 09:30", zone=NY,
      note="Calendly invitee confirmation sent Thu 29 Oct (EDT) for Mon 2 Nov 9:00am Eastern: US DST "
           "ended on 1 Nov, so EST (UTC-5) -> 14:00-14:30Z (ICS in UTC agrees), the same wall time as "
           "Medellín; contact = host Reply-To / ORGANIZER")
def brightkeel_calendly():
    body = t("""
        Hi Camila Restrepo,

        A new event has been scheduled.

        Event Type:
        Intro Call - Logistics Analyst (LatAm Desk)

        Invitee:
        Camila Restrepo

        Invitee Email:
        camila.restrepo@example.org

        Event Date/Time:
        9:00am - 9:30am (Eastern Time - US & Canada), Monday, November 2, 2026

        Location:
        This is a Zoom web conference. Marcus will share the link before the call.

        Host:
        Marcus Bell (marcus.bell@brightkeelfreight.com)

        Questions:
        Please share anything that will help prepare for our meeting.
        Open to hybrid in Miami or fully remote from Medellín.

        View event in Calendly: https://calendly.com/events/7c1d2e9a-bkf/invitee
        Cancel: https://calendly.com/cancellations/7c1d2e9a-bkf
        Reschedule: https://calendly.com/reschedulings/7c1d2e9a-bkf

        Powered by Calendly.com
    """)
    html_body = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a">
        <p>Hi Camila Restrepo,</p>
        <p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>Intro Call - Logistics Analyst (LatAm Desk)</p>
        <p><b>Invitee:</b><br>Camila Restrepo</p>
        <p><b>Invitee Email:</b><br><a href="mailto:camila.restrepo@example.org">camila.restrepo@example.org</a></p>
        <p><b>Event Date/Time:</b><br>9:00am - 9:30am (Eastern Time - US &amp; Canada), Monday, November 2, 2026</p>
        <p><b>Location:</b><br>This is a Zoom web conference. Marcus will share the link before the call.</p>
        <p><b>Host:</b><br>Marcus Bell (marcus.bell@brightkeelfreight.com)</p>
        <p><a href="https://calendly.com/events/7c1d2e9a-bkf/invitee">View event in Calendly</a></p>
        <p style="font-size:12px;color:#666">
        <a href="https://calendly.com/cancellations/7c1d2e9a-bkf">Cancel</a> |
        <a href="https://calendly.com/reschedulings/7c1d2e9a-bkf">Reschedule</a><br>Powered by Calendly.com</p>
        </body></html>
    """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20261029T200311Z
UID:7c1d2e9a-bkf-4e2b-9c1a-calendly
DTSTART:20261102T140000Z
DTEND:20261102T143000Z
SUMMARY:Intro Call - Logistics Analyst (LatAm Desk) between Marcus Bell and Camila Restrepo
ORGANIZER;CN=Marcus Bell:mailto:marcus.bell@brightkeelfreight.com
ATTENDEE;CN=Camila Restrepo;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:camila.restrepo@example.org
LOCATION:Zoom (link to follow)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Received", rcv("o1.email.calendly.com", "168.245.21.76", "2026-10-29 16:03:11", NY, "Cy0d3P")),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", "Marcus Bell <marcus.bell@brightkeelfreight.com>"),
        ("To", CAMILA),
        ("Subject", "New Event: Camila Restrepo - 09:00am Mon, Nov 2, 2026 - Intro Call - Logistics Analyst (LatAm Desk)"),
        ("Date", date("2026-10-29 16:03:11", NY)),
        ("Message-ID", "<20261029200311.7c1d2e9a.bkf@calendly.com>"),
    ]
    return message(headers, mixed(alt(text(body), html(html_body)),
                                  calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(7), family="lever", lang="en", interview=True, kind="rescheduled",
      start="2026-11-03T15:00:00Z", end="2026-11-03T16:00:00Z",
      contact="priya@quillfeather.io", company="Quillfeather Supply",
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone=NY,
      note="Lever reschedule sent Wed 28 Oct (EDT): old Fri 30 Oct 10:00 AM EDT, new Tue 3 Nov "
           "10:00-11:00 AM Eastern = EST after the 1 Nov DST end (UTC-5) -> 15:00-16:00Z (not 14:00Z); "
           "ICS SEQUENCE:1 agrees; contact = Reply-To recruiter")
def quillfeather_lever():
    body = t("""
        Hi Camila,

        Your interview with Quillfeather Supply has been rescheduled.

        PREVIOUS TIME (cancelled)
        Friday, October 30, 2026 - 10:00 AM EDT

        NEW TIME
        Tuesday, November 3, 2026
        10:00 AM - 11:00 AM Eastern Time

        Heads up: the US switches back to standard time on November 1, so this is 10:00 AM EST.

        Interview: Working Session - Network Design (Remote, Americas)
        With: Tomás Keane (Head of Supply Chain), Ellie Watanabe (Senior Analyst)
        Zoom: https://quillfeather.zoom.us/j/84120973311

        Sorry for the shuffle - Tomás is traveling on Friday. Reply here if the new time doesn't
        work for you.

        Priya Nandakumar
        Recruiting, Quillfeather Supply
    """)
    html_body = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Camila,</p>
        <p>Your interview with Quillfeather Supply has been <b>rescheduled</b>.</p>
        <p style="color:#999"><s>Friday, October 30, 2026 - 10:00 AM EDT</s></p>
        <p><b>Tuesday, November 3, 2026<br>10:00 AM - 11:00 AM Eastern Time</b></p>
        <p>Heads up: the US switches back to standard time on November 1, so this is 10:00 AM EST.</p>
        <p>Interview: Working Session - Network Design (Remote, Americas)<br>
        With: Tomás Keane (Head of Supply Chain), Ellie Watanabe (Senior Analyst)<br>
        Zoom: <a href="https://quillfeather.zoom.us/j/84120973311">https://quillfeather.zoom.us/j/84120973311</a></p>
        <p>Sorry for the shuffle - Tomás is traveling on Friday. Reply here if the new time doesn't work for you.</p>
        <p>Priya Nandakumar<br>Recruiting, Quillfeather Supply</p>
        </body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
{VTZ[NY]}
BEGIN:VEVENT
UID:lever-iv-2b8f0c7e-51aa-4c1d-9e55-1f0a9d3c6b21
DTSTAMP:20261028T152044Z
DTSTART;TZID=America/New_York:20261103T100000
DTEND;TZID=America/New_York:20261103T110000
SEQUENCE:1
SUMMARY:Quillfeather Supply - Working Session (Camila Restrepo)
LOCATION:https://quillfeather.zoom.us/j/84120973311
ORGANIZER;CN=Priya Nandakumar:mailto:priya@quillfeather.io
ATTENDEE;CN=Camila Restrepo;RSVP=TRUE:mailto:camila.restrepo@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Received", rcv("mail-a.hire.lever.co", "198.2.179.11", "2026-10-28 11:20:44", NY, "Lv8k1r")),
        ("From", "Quillfeather Supply <no-reply@hire.lever.co>"),
        ("Reply-To", "Priya Nandakumar <priya@quillfeather.io>"),
        ("To", CAMILA),
        ("Subject", "Rescheduled: Your interview with Quillfeather Supply"),
        ("Date", date("2026-10-28 11:20:44", NY)),
        ("Message-ID", "<0100019a2b8f0c7e-lever-4c1d@email.hire.lever.co>"),
    ]
    return message(headers, mixed(alt(text(body), html(html_body)),
                                  calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(8), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start="2026-10-08T19:30:00Z", end="2026-10-08T20:30:00Z",
      contact="sebastian.lozano@pance-agro.com.co", company="Agroindustrial Pance",
      local="Thu 2026-10-08 14:30", local_end="2026-10-08 15:30", zone=BOG,
      note="Google Calendar invitation in Spanish from the Cali hiring manager: 'jue 8 oct 2026 "
           "2:30pm - 3:30pm (GMT-5)' and ICS TZID America/Bogota -> 19:30-20:30Z; contact = ORGANIZER")
def pance_gcal():
    body = t("""
        Has recibido una invitación para el siguiente evento.

        Entrevista Analista de Planeación - Camila Restrepo
        jueves, 8 de octubre de 2026 · 2:30 – 3:30pm
        Zona horaria: Hora de Colombia - Bogotá

        Hola Camila, esta es la entrevista con Rosa (Logística) y conmigo. Hablaremos del
        proceso de zafra y la planeación de despachos al puerto de Buenaventura.

        Unirse con Google Meet
        https://meet.google.com/pnc-ywzr-jko

        Organizador
        Sebastián Lozano
        sebastian.lozano@pance-agro.com.co

        Invitados
        Sebastián Lozano - organizador
        rosa.caicedo@pance-agro.com.co
        camila.restrepo@example.org

        ¿Asistirás? Sí - Quizás - No   Más opciones
        https://calendar.google.com/calendar/event?action=RESPOND&eid=NXQ0cGFuY2U

        Invitación de Google Calendar
        Has recibido este correo electrónico porque eres un invitado del evento.
    """)
    html_body = t("""
        <html><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p style="font-size:12px;color:#70757a">Has recibido una invitación para el siguiente evento.</p>
        <h2 style="font-weight:400;font-size:22px;color:#202124">Entrevista Analista de Planeación - Camila Restrepo</h2>
        <table cellpadding="0" cellspacing="0"><tr><td style="padding-bottom:10px">
        <div>jueves, 8 de octubre de 2026 · 2:30 – 3:30pm</div>
        <div style="color:#70757a">Hora de Colombia - Bogotá</div></td></tr>
        <tr><td><a href="https://meet.google.com/pnc-ywzr-jko" style="background:#1a73e8;color:#fff;padding:8px 12px;border-radius:4px;text-decoration:none">Unirse con Google Meet</a></td></tr>
        </table>
        <p>Hola Camila, esta es la entrevista con Rosa (Logística) y conmigo. Hablaremos del proceso de
        zafra y la planeación de despachos al puerto de Buenaventura.</p>
        <p><b>Organizador</b><br>Sebastián Lozano<br>sebastian.lozano@pance-agro.com.co</p>
        <p><b>Invitados</b><br>Sebastián Lozano - organizador<br>rosa.caicedo@pance-agro.com.co<br>camila.restrepo@example.org</p>
        <p style="font-size:11px;color:#70757a">Invitación de Google Calendar</p>
        </div></body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_BOG}
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20261008T143000
DTEND;TZID=America/Bogota:20261008T153000
DTSTAMP:20261002T164512Z
ORGANIZER;CN=Sebastián Lozano:mailto:sebastian.lozano@pance-agro.com.co
UID:5t4pance8rq1kz0v6m2b7c9x3a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sebastián Lozano;X-NUM-GUESTS=0:mailto:sebastian.lozano@pance-agro.com.co
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rosa.caicedo@pance-agro.com.co;X-NUM-GUESTS=0:mailto:rosa.caicedo@pance-agro.com.co
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camila.restrepo@example.org;X-NUM-GUESTS=0:mailto:camila.restrepo@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/pnc-ywzr-jko
CREATED:20261002T164511Z
DESCRIPTION:Hola Camila\\, esta es la entrevista con Rosa (Logística) y conmigo.
LAST-MODIFIED:20261002T164511Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Analista de Planeación - Camila Restrepo
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = ("Invitación: Entrevista Analista de Planeación - Camila Restrepo @ "
               "jue 8 oct 2026 2:30pm - 3:30pm (GMT-5) (camila.restrepo@example.org)")
    headers = [
        ("Received", rcv("mail-yw1-f199.google.com", "209.85.128.199", "2026-10-02 11:45:12", BOG, "Gc2p8Q")),
        ("From", addr("Sebastián Lozano", "sebastian.lozano@pance-agro.com.co")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", addr("Sebastián Lozano", "sebastian.lozano@pance-agro.com.co")),
        ("To", ME),
        ("Subject", enc(subject)),
        ("Date", date("2026-10-02 11:45:12", BOG)),
        ("Message-ID", "<calendar-5t4pance-8rq1-kz0v@google.com>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(html_body), calendar(ics, cte="base64")),
        calendar(ics, cte="base64", ctype="application/ics", method=None, filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


@mail(n(9), family="google_calendar", lang="es", interview=True, kind="cancelled",
      start="2026-10-20T16:00:00Z", end="2026-10-20T17:00:00Z",
      contact="laura.mejia@fintrans.co", company="Fintrans Logística",
      local="Tue 2026-10-20 11:00", local_end="2026-10-20 12:00", zone=BOG,
      note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) of 'mar 20 oct 2026 11am - "
           "12pm (GMT-5)' -> cancelled slot 16:00-17:00Z; no new time; contact = ORGANIZER")
def fintrans_gcal_cancel():
    body = t("""
        Se ha cancelado este evento y se ha quitado de tu calendario.

        Entrevista técnica - Camila Restrepo (Fintrans)
        martes, 20 de octubre de 2026 · 11am – 12pm
        Zona horaria: Hora de Colombia - Bogotá

        Organizador
        Laura Mejía
        laura.mejia@fintrans.co

        Invitados
        Laura Mejía - organizador
        camila.restrepo@example.org
        jorge.valencia@fintrans.co

        Invitación de Google Calendar
        Has recibido este correo electrónico porque eres un invitado del evento.
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{VTZ_BOG}
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20261020T110000
DTEND;TZID=America/Bogota:20261020T120000
DTSTAMP:20261016T141209Z
ORGANIZER;CN=Laura Mejía:mailto:laura.mejia@fintrans.co
UID:0q9fintrans3kd7m2x1v5b8n4c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=camila.restrepo@example.org;X-NUM-GUESTS=0:mailto:camila.restrepo@example.org
CREATED:20261009T202233Z
DESCRIPTION:
LAST-MODIFIED:20261016T141208Z
LOCATION:
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Entrevista técnica - Camila Restrepo (Fintrans)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = ("Evento cancelado: Entrevista técnica - Camila Restrepo (Fintrans) @ mar 20 oct 2026 "
               "11am - 12pm (GMT-5) (camila.restrepo@example.org)")
    headers = [
        ("Received", rcv("mail-qt1-f200.google.com", "209.85.160.200", "2026-10-16 09:12:09", BOG, "Gx7c0a")),
        ("From", addr("Laura Mejía", "laura.mejia@fintrans.co")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", enc(subject)),
        ("Date", date("2026-10-16 09:12:09", BOG)),
        ("Message-ID", "<calendar-0q9fintrans-cancel-3kd7@google.com>"),
    ]
    return message(headers, mixed(
        alt(text(body), calendar(ics, method="CANCEL", cte="base64")),
        calendar(ics, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


@mail(n(10), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-10-22T15:00:00Z", end=None,
      contact="mauricio.arango@cafealtavista.co", company="Café Altavista Exportaciones",
      local="Thu 2026-10-22 10:00", zone=BOG,
      note="Hiring manager replying from his phone (paisa, tú, typos): 'mañana a las diez de la "
           "mañana' against a Date of Wed 21 Oct 07:48 COT -> Thu 22 Oct 10:00 COT = 15:00Z; 'como "
           "40 min' is approximate -> end null; contact = sender")
def altavista_phone():
    body = t("""
        Hola Camila, listo entonces mañana a las diez de la mañana nos vemos en la oficina del
        poblado, cra 43A # 9 sur-91 piso 7. preguntá por mi en recepcion que yo bajo.

        Son como 40 min, te presento tambien a Lina de comercio exterior. no tenes que traer
        nada impreso

        Saludos
        Mauricio

        Enviado desde mi iPhone

        > El 20/10/2026, a las 9:14 p. m., Camila Restrepo <camila.restrepo@example.org> escribió:
        >
        > Buenas noches Mauricio, muchas gracias por la llamada de hoy. Quedo atenta a la
        > confirmación de la hora para la entrevista del jueves.
        >
        > Camila
    """)
    headers = [
        ("Received", rcv("mail-pl1-f170.google.com", "209.85.214.170", "2026-10-21 07:48:30", BOG, "Ph0n3x")),
        ("From", "Mauricio Arango <mauricio.arango@cafealtavista.co>"),
        ("To", CAMILA),
        ("Subject", "Re: Entrevista Analista de Comercio Exterior"),
        ("Date", date("2026-10-21 07:48:27", BOG)),
        ("Message-ID", "<4F2A9C1E-77B3-4E2D-A1C9-6D0F3B8E5A21@cafealtavista.co>"),
        ("In-Reply-To", "<CAMr3str3p0_20oct.entrevista@mail.example.org>"),
        ("References", "<CAMr3str3p0_20oct.entrevista@mail.example.org>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ]
    return message(headers, text(body, cte="8bit"))


@mail(n(11), family="smartrecruiters", lang="es", interview=True, kind="scheduled",
      start="2026-10-27T14:00:00Z", end="2026-10-27T15:00:00Z",
      contact="marta.echeverria@viaiberica.es", company="Vía Ibérica Transportes",
      local="Tue 2026-10-27 15:00", local_end="2026-10-27 16:00", zone=MAD,
      note="SmartRecruiters (Madrid, iso-8859-15 QP) sent Fri 23 Oct in CEST for Tue 27 Oct "
           "15:00-16:00 hora de Madrid: Europe left summer time on 25 Oct, so CET (UTC+1) -> "
           "14:00-15:00Z, 9:00-10:00 in Colombia as the mail says; contact = human Reply-To")
def viaiberica_smartrecruiters():
    body = t("""
        Hola Camila:

        Te confirmamos la entrevista para el puesto de Analista de Transporte Internacional
        (LATAM) en Vía Ibérica Transportes.

        Fecha: martes, 27 de octubre de 2026
        Hora: 15:00 - 16:00 (hora de Madrid, CET)
        En Colombia: 9:00 - 10:00 a. m.
        Formato: videollamada (Microsoft Teams). El enlace lo recibirás por separado.
        Entrevistadores: Marta Echeverría (Talento) y Jon Arrieta (Jefe de Tráfico)

        Ojo: el domingo 25 cambiamos al horario de invierno, por eso la diferencia con
        Colombia pasa a ser de seis horas.

        Si tienes cualquier duda, responde a este correo.

        Un saludo,
        Marta Echeverría
        Vía Ibérica Transportes, S.A.

        --
        Este correo se ha enviado a través de SmartRecruiters.
    """)
    html_body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hola Camila:</p>
        <p>Te confirmamos la entrevista para el puesto de <b>Analista de Transporte Internacional (LATAM)</b>
        en Vía Ibérica Transportes.</p>
        <ul>
        <li><b>Fecha:</b> martes, 27 de octubre de 2026</li>
        <li><b>Hora:</b> 15:00 - 16:00 (hora de Madrid, CET)</li>
        <li><b>En Colombia:</b> 9:00 - 10:00 a. m.</li>
        <li><b>Formato:</b> videollamada (Microsoft Teams). El enlace lo recibirás por separado.</li>
        <li><b>Entrevistadores:</b> Marta Echeverría (Talento) y Jon Arrieta (Jefe de Tráfico)</li>
        </ul>
        <p>Ojo: el domingo 25 cambiamos al horario de invierno, por eso la diferencia con Colombia pasa a
        ser de seis horas.</p>
        <p>Si tienes cualquier duda, responde a este correo.</p>
        <p>Un saludo,<br>Marta Echeverría<br>Vía Ibérica Transportes, S.A.</p>
        <p style="font-size:11px;color:#888">Este correo se ha enviado a través de SmartRecruiters.</p>
        </body></html>
    """)
    headers = [
        ("Received", rcv("mail-ppa.smartrecruiters.com", "35.157.88.203", "2026-10-23 13:10:51", MAD, "Sr4t9d")),
        ("From", addr("Vía Ibérica Transportes", "noreply@smartrecruiters.com", "iso-8859-15")),
        ("Reply-To", addr("Marta Echeverría", "marta.echeverria@viaiberica.es", "iso-8859-15")),
        ("To", CAMILA),
        ("Subject", enc("Confirmación de entrevista - Analista de Transporte Internacional (LATAM)",
                        "iso-8859-15")),
        ("Date", date("2026-10-23 13:10:48", MAD)),
        ("Message-ID", "<sr-msg-6a1f0d3e9b2c4c7f@smartrecruiters.com>"),
    ]
    return message(headers, alt(text(body, "iso-8859-15"), html(html_body, "iso-8859-15")))


@mail(n(12), family="ashby", lang="es", interview=True, kind="scheduled",
      start="2026-10-29T19:00:00Z", end="2026-10-29T20:00:00Z",
      contact="daniela.velez@rutaverde.tech", company="Ruta Verde",
      local="Thu 2026-10-29 19:00", local_end="2026-10-29 20:00", zone="UTC",
      note="Ashby (Spanish, remote startup): the body gives neither date nor time ('el detalle está en "
           "la invitación'); the ICS has DTSTART/DTEND 20261029T190000Z/200000Z (14:00-15:00 in "
           "Medellín) -> start/end from the ICS; contact = Reply-To / ORGANIZER")
def rutaverde_ashby():
    body = t("""
        Hola Camila,

        ¡Tu entrevista quedó agendada! 🎉

        Etapa: Caso práctico con el equipo de Operaciones
        Rol: Supply Chain Analyst (remoto, Colombia)

        Te enviamos la invitación de calendario adjunta: ahí están la fecha, la hora (se ajusta a
        la zona horaria de tu calendario) y el enlace de Google Meet.

        Para el caso vas a necesitar Excel o Google Sheets; compartiremos los datos al inicio.

        Si tienes alguna pregunta, responde este correo y le llega a Daniela.

        Equipo de Talento
        Ruta Verde
    """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-7d3c2b1a-0e9f-4a8b-b6c5-rutaverde
DTSTAMP:20261023T151730Z
DTSTART:20261029T190000Z
DTEND:20261029T200000Z
SEQUENCE:0
SUMMARY:Ruta Verde - Caso práctico (Camila Restrepo)
LOCATION:https://meet.google.com/rvt-kaso-pzq
ORGANIZER;CN=Daniela Vélez:mailto:daniela.velez@rutaverde.tech
ATTENDEE;CN=Camila Restrepo;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camila.restrepo@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Received", rcv("a8-31.smtp-out.amazonses.com", "54.240.8.31", "2026-10-23 10:17:30", BOG, "As9h1y")),
        ("From", "Ruta Verde <no-reply@ashbyhq.com>"),
        ("Reply-To", addr("Daniela Vélez", "daniela.velez@rutaverde.tech")),
        ("To", CAMILA),
        ("Subject", enc("Entrevista agendada: Supply Chain Analyst en Ruta Verde")),
        ("Date", date("2026-10-23 10:17:30", BOG)),
        ("Message-ID", "<010001929f3a7d3c-2b1a0e9f-4a8b-b6c5-000000@email.amazonses.com>"),
    ]
    return message(headers, mixed(text(body, cte="base64"),
                                  calendar(ics, filename="invite.ics", disposition="attachment",
                                           cte="base64")))


@mail(n(13), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start="2026-11-13T21:00:00Z", end=None,
      contact="andrea.rincon@almacenessabana.com.co", company="Almacenes Sabana",
      local="Fri 2026-11-13 16:00", zone=BOG,
      days=(("Wed", "2026-11-11"), ("Fri", "2026-11-13")),
      note="Bogotá recruiter (usted, windows-1252 QP): the interview of 'miércoles 11/11 a las "
           "9:00 a. m.' moves to 'viernes 13/11 a las 4:00 p. m.' (dd/mm, COT) -> new time 21:00Z; "
           "the quoted proposal below is the older mail; contact = sender")
def sabana_reschedule():
    body = t("""
        Buenas tardes, Camila:

        Como le comenté hace un rato por teléfono, al doctor Gutiérrez le salió un viaje a
        Barranquilla, así que la entrevista del miércoles 11/11 a las 9:00 a. m. queda movida
        para el viernes 13/11 a las 4:00 p. m., con el mismo enlace de Meet que le había enviado:
        https://meet.google.com/aso-bnxq-tre

        Le pido el favor de confirmarme que recibió este correo. Mil disculpas por el cambio.

        Cordialmente,

        Andrea Rincón Cárdenas
        Líder de Selección
        Almacenes Sabana S.A.
        Bogotá D.C. - PBX 601 555 0190

        -----Mensaje original-----
        De: Andrea Rincón Cárdenas
        Enviado el: miércoles, 4 de noviembre de 2026 11:02 a. m.
        Para: Camila Restrepo
        Asunto: Entrevista Jefe de Abastecimiento - Almacenes Sabana

        Buenos días, Camila:

        Para continuar con el proceso le propongo una entrevista con el doctor Gutiérrez, gerente
        de Abastecimiento, el miércoles 11/11 a las 9:00 a. m. ¿Le queda bien? Apenas me confirme
        le envío el enlace.
    """)
    headers = [
        ("Received", rcv("mail-co1.almacenessabana.com.co", "190.85.44.21", "2026-11-09 15:30:05", BOG, "Ab7s1n")),
        ("From", addr("Andrea Rincón Cárdenas", "andrea.rincon@almacenessabana.com.co", "windows-1252")),
        ("To", CAMILA),
        ("Subject", enc("RE: Entrevista Jefe de Abastecimiento - Almacenes Sabana")),
        ("Date", date("2026-11-09 15:30:02", BOG)),
        ("Message-ID", "<SN6PR02MB4157A2C9E0B1@SN6PR02MB4157.namprd02.prod.outlook.com>"),
        ("In-Reply-To", "<CAJr7Qk1m2sabana.conf@mail.example.org>"),
        ("References", "<SN6PR02MB41571B0E9F3C@SN6PR02MB4157.namprd02.prod.outlook.com> "
                       "<CAJr7Qk1m2sabana.conf@mail.example.org>"),
        ("Thread-Topic", "Entrevista Jefe de Abastecimiento - Almacenes Sabana"),
        ("Content-Language", "es-CO"),
    ]
    return message(headers, text(body, "windows-1252"))


@mail(n(14), family="personio", lang="es", interview=True, kind="scheduled",
      start="2026-11-12T16:00:00Z", end="2026-11-12T16:45:00Z",
      contact="lucia.ferrer@nexoretail.es", company="Nexo Retail Iberia",
      local="Thu 2026-11-12 17:00", local_end="2026-11-12 17:45", zone=MAD,
      note="Personio invitation (Madrid): '12.11.2026, 17:00 - 17:45 (Europe/Madrid)', CET (UTC+1) "
           "in November -> 16:00-16:45Z (11:00 in Medellín, as written); sender no-reply, contact = "
           "the contact person's address in the body")
def nexo_personio():
    body = t("""
        Hola Camila,

        gracias por tu interés en Nexo Retail Iberia. Nos gustaría conocerte mejor y te
        confirmamos la siguiente cita:

        Entrevista: Primera entrevista - Demand Planner LATAM
        Fecha: jueves, 12.11.2026
        Hora: 17:00 - 17:45 (Europe/Madrid)
        Para ti en Medellín: 11:00 - 11:45
        Lugar: Videollamada - https://nexoretail.webex.com/meet/lucia.ferrer

        Tu persona de contacto: Lucía Ferrer (lucia.ferrer@nexoretail.es)

        ¡Hasta pronto!
        El equipo de Nexo Retail Iberia

        Este e-mail ha sido generado automáticamente, por favor no respondas a él.
        Política de privacidad: https://nexo-retail-iberia.jobs.personio.com/privacy-policy
    """)
    html_body = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;color:#2c2c2c">
        <div style="max-width:600px;margin:auto">
        <p>Hola Camila,</p>
        <p>gracias por tu interés en Nexo Retail Iberia. Nos gustaría conocerte mejor y te confirmamos
        la siguiente cita:</p>
        <table style="background:#f7f7f7;padding:12px;width:100%">
        <tr><td>Entrevista</td><td><b>Primera entrevista - Demand Planner LATAM</b></td></tr>
        <tr><td>Fecha</td><td>jueves, 12.11.2026</td></tr>
        <tr><td>Hora</td><td>17:00 - 17:45 (Europe/Madrid)</td></tr>
        <tr><td>Para ti en Medellín</td><td>11:00 - 11:45</td></tr>
        <tr><td>Lugar</td><td><a href="https://nexoretail.webex.com/meet/lucia.ferrer">Videollamada</a></td></tr>
        </table>
        <p>Tu persona de contacto: Lucía Ferrer
        (<a href="mailto:lucia.ferrer@nexoretail.es">lucia.ferrer@nexoretail.es</a>)</p>
        <p>¡Hasta pronto!<br>El equipo de Nexo Retail Iberia</p>
        <p style="font-size:11px;color:#999">Este e-mail ha sido generado automáticamente, por favor no
        respondas a él.</p>
        </div></body></html>
    """)
    headers = [
        ("Received", rcv("mail.personio.de", "3.120.15.77", "2026-11-10 10:02:19", MAD, "Pe5r1o")),
        ("From", addr("Nexo Retail Iberia", "no-reply@personio.de")),
        ("To", CAMILA),
        ("Subject", enc("Invitación a entrevista - Demand Planner LATAM")),
        ("Date", date("2026-11-10 10:02:16", MAD)),
        ("Message-ID", "<b71f3c0a9e2d4f5a.1794301336@personio.de>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, alt(text(body, cte="8bit"), html(html_body)))


@mail(n(15), family="workable", lang="es", interview=True, kind="scheduled",
      start="2026-11-17T14:30:00Z", end="2026-11-17T15:15:00Z",
      contact="valeria.castillo@grupobalboa.com.pa", company="Grupo Balboa Distribución",
      local="Tue 2026-11-17 09:30", local_end="2026-11-17 10:15", zone=PTY,
      note="Workable (Panama City): 'martes 17 de noviembre de 2026, 9:30 a. m. - 10:15 a. m. (hora "
           "de Panamá, GMT-5)', ICS TZID America/Panama -> 14:30-15:15Z; Reply-To is a Workable "
           "relay, so contact = the recruiter's address in the signature")
def balboa_workable():
    body = t("""
        Hola Camila,

        Tu entrevista con Grupo Balboa Distribución está confirmada.

        📅 martes 17 de noviembre de 2026
        🕤 9:30 a. m. - 10:15 a. m. (hora de Panamá, GMT-5) - es la misma hora de Medellín
        📍 Videollamada por Zoom: https://us06web.zoom.us/j/81522094417?pwd=Qmxib2E

        Vas a hablar con Valeria Castillo (Reclutamiento) y Ernesto Quirós (Gerente de
        Distribución Zona Libre de Colón).

        Puedes responder a este correo si necesitas algo.

        Saludos,
        Valeria Castillo
        Reclutamiento | Grupo Balboa Distribución
        valeria.castillo@grupobalboa.com.pa

        Enviado por Workable en nombre de Grupo Balboa Distribución
    """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Events//EN
METHOD:REQUEST
{VTZ_PTY}
BEGIN:VEVENT
UID:workable-event-4f7b21c9@workable.com
DTSTAMP:20261112T213055Z
DTSTART;TZID=America/Panama:20261117T093000
DTEND;TZID=America/Panama:20261117T101500
SUMMARY:Entrevista con Grupo Balboa Distribución
LOCATION:https://us06web.zoom.us/j/81522094417?pwd=Qmxib2E
ORGANIZER;CN=Grupo Balboa Distribución:mailto:grupo-balboa-distribucion+c8f2a1@candidates.workablemail.com
ATTENDEE;CN=Camila Restrepo;RSVP=TRUE:mailto:camila.restrepo@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Received", rcv("mail130-12.atl131.mandrillapp.com", "198.2.130.12", "2026-11-12 16:30:55", PTY, "Wk2b8l")),
        ("From", addr("Grupo Balboa Distribución", "noreply@workablemail.com")),
        ("Reply-To", addr("Grupo Balboa Distribución",
                          "grupo-balboa-distribucion+c8f2a1@candidates.workablemail.com")),
        ("To", CAMILA),
        ("Subject", enc("Entrevista confirmada: Coordinadora de Distribución - Grupo Balboa")),
        ("Date", date("2026-11-12 16:30:52", PTY)),
        ("Message-ID", "<workable.4f7b21c9.c8f2a1@workablemail.com>"),
    ]
    return message(headers, mixed(text(body, cte="base64"),
                                  calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(16), family="icims", lang="en", interview=True, kind="scheduled",
      start="2026-12-03T19:00:00Z", end="2026-12-03T20:00:00Z",
      contact="kevin.marsh@sunpointdist.com", company="Sunpoint Distribution",
      local="Thu 2026-12-03 14:00", local_end="2026-12-03 15:00", zone=NY,
      note="iCIMS (HTML only, windows-1252 QP): 'Date: 12/03/2026' is US MM/DD = 3 Dec, 2:00-3:00 PM "
           "ET in December is EST (UTC-5) -> 19:00-20:00Z; contact = recruiter address in the body")
def sunpoint_icims():
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <table width="640" cellpadding="10" style="border:1px solid #c7c7c7">
        <tr><td style="background:#f26522;color:#fff;font-size:16px"><b>Sunpoint Distribution Careers</b></td></tr>
        <tr><td>
        <p>Dear Camila,</p>
        <p>Thank you for your interest in the <b>Senior Supply Chain Analyst - Req #2026-4471</b> position
        at Sunpoint Distribution. We’re pleased to confirm your interview:</p>
        <p>
        <b>Date:</b> 12/03/2026<br>
        <b>Time:</b> 2:00 PM - 3:00 PM (ET)<br>
        <b>Format:</b> Microsoft Teams video interview<br>
        <b>Interviewers:</b> Kevin Marsh (Talent Acquisition Partner), Laura Beckett (VP Operations)
        </p>
        <p>A calendar invitation with the Teams link will follow from our scheduling team.</p>
        <p>Should you have any questions, please contact Kevin Marsh at
        <a href="mailto:kevin.marsh@sunpointdist.com">kevin.marsh@sunpointdist.com</a>.</p>
        <p>Sincerely,<br>Sunpoint Distribution Talent Acquisition</p>
        <p style="font-size:10px;color:#777">Please do not reply to this message; this mailbox is not monitored.
        Sunpoint Distribution is an Equal Opportunity Employer.</p>
        </td></tr></table>
        </body></html>
    """)
    headers = [
        ("Received", rcv("mail2.talent.icims.com", "64.94.72.45", "2026-11-30 09:15:31", NY, "Ic1m5s")),
        ("From", "Sunpoint Distribution <sunpointdistribution@talent.icims.com>"),
        ("To", CAMILA),
        ("Subject", "Interview Confirmation - Senior Supply Chain Analyst (2026-4471)"),
        ("Date", date("2026-11-30 09:15:28", NY)),
        ("Message-ID", "<1798726528.4471.icims.sunpoint@talent.icims.com>"),
    ]
    return message(headers, html(body, "windows-1252"))


@mail(n(17), family="human_prose", lang="en", interview=True, kind="cancelled",
      start="2026-12-11T16:00:00Z", end=None,
      contact="jenna.albright@coralwayimports.com", company="Coralway Imports",
      local="Fri 2026-12-11 11:00", zone=NY, days=(("Wed", "2026-12-09"),),
      note="Recruiter cancels 'Friday's call at 11 ET' (Date Wed 9 Dec) because the req is on hold; "
           "Fri 11 Dec 11:00 EST (UTC-5) -> cancelled slot 16:00Z; no new time; contact = sender")
def coralway_cancel():
    body = t("""
        Hi Camila,

        I'm really sorry to do this, but I need to cancel our call on Friday at 11 ET (also 11 your
        time now that we're off daylight saving). Finance just put the Inventory Control Lead req on
        hold until Q1, so I don't want to take up your time until I know it's moving again.

        I'll reach out in January as soon as I hear anything - you were one of the strongest
        profiles I've seen for this role.

        Happy holidays,
        Jenna

        Jenna Albright
        Senior Recruiter, Coralway Imports
        Doral, FL | (305) 555-0134

        On Mon, Dec 7, 2026 at 3:12 PM Jenna Albright <jenna.albright@coralwayimports.com> wrote:
        > Perfect, you're booked for Friday 12/11 at 11:00 AM ET with me and Rob. I'll send a Zoom
        > link the day before.
    """)
    headers = [
        ("Received", rcv("mail-io1-f52.google.com", "209.85.166.52", "2026-12-09 17:05:40", NY, "Cw3x8c")),
        ("From", "Jenna Albright <jenna.albright@coralwayimports.com>"),
        ("To", CAMILA),
        ("Subject", "Re: Inventory Control Lead - next steps"),
        ("Date", date("2026-12-09 17:05:37", NY)),
        ("Message-ID", "<CAF3kq7zT0coralway8Yx2mVb1nQe@mail.gmail.com>"),
        ("In-Reply-To", "<CAF3kq7z7dec0bookedPq1@mail.gmail.com>"),
        ("References", "<CAF3kq7z7dec0bookedPq1@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(18), family="exchange_outlook", lang="en", interview=True, kind="scheduled",
      start="2026-11-17T00:30:00Z", end="2026-11-17T01:15:00Z",
      contact="greg@tidewatersourcing.com", company="Tidewater Sourcing",
      local="Mon 2026-11-16 19:30", local_end="2026-11-16 20:15", zone=NY,
      note="Outlook/Teams meeting request, ICS TZID 'Eastern Standard Time': Mon 16 Nov 7:30-8:15 PM "
           "EST (UTC-5) -> Tue 17 Nov 00:30-01:15Z, the next day in UTC; contact = sender/ORGANIZER")
def tidewater_exchange():
    body = t("""
        Camila - evenings are the only time both Dana and I are free this week, hope that's ok.
        It's 7:30 your time too. Looking forward to it.

        Greg

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTdkMWIyN2Qt@thread.v2/0>
        Meeting ID: 244 118 630 957
        Passcode: 7hKx2Q
        Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
    """)
    html_body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div>
        <p>Camila - evenings are the only time both Dana and I are free this week, hope that's ok.
        It's 7:30 your time too. Looking forward to it.</p><p>Greg</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        <div><span style="font-size:24px;font-weight:700">Microsoft Teams meeting</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTdkMWIyN2Qt@thread.v2/0">Click here to join the meeting</a></div>
        <div>Meeting ID: 244 118 630 957<br>Passcode: 7hKx2Q</div>
        </div></body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Greg Halvorsen:mailto:greg@tidewatersourcing.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camila Restrepo:mailto:camila.restrepo@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dana Whitfield:mailto:dana@tidewatersourcing.com
DESCRIPTION;LANGUAGE=en-US:Camila - evenings are the only time both Dana and I are free this week\\, hope that's ok.\\n
UID:040000008200E00074C5B7101A82E00800000000D4A7E2B1C55ADC010000000000000000100000009A3C4E5F6B7D8E9FA0B1C2D3E4F5A6B7
SUMMARY;LANGUAGE=en-US:Interview: Camila Restrepo / Tidewater - Sourcing Manager
DTSTART;TZID=Eastern Standard Time:20261116T193000
DTEND;TZID=Eastern Standard Time:20261116T201500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261112T192214Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1873310522
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
        ("Received", received("from BN8PR12MB3377.namprd12.prod.outlook.com (2603:10b6:408:e3::14)",
                              "2026-11-12 14:22:14", NY, "mx1.example.org with ESMTPS id Td9w4e", ME)),
        ("From", "Greg Halvorsen <greg@tidewatersourcing.com>"),
        ("To", "Camila Restrepo <camila.restrepo@example.org>, Dana Whitfield <dana@tidewatersourcing.com>"),
        ("Subject", "Interview: Camila Restrepo / Tidewater - Sourcing Manager"),
        ("Thread-Topic", "Interview: Camila Restrepo / Tidewater - Sourcing Manager"),
        ("Thread-Index", "AdtVZ3JlZ2hhbHZvcnNlbnRpZGV3YXRlcg=="),
        ("Date", date("2026-11-12 14:22:14", NY)),
        ("Message-ID", "<BN8PR12MB33771A9C4E2F6B7D8E9F0A1B2C3D@BN8PR12MB3377.namprd12.prod.outlook.com>"),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(headers, alt(text(body), html(html_body), calendar(ics)))


@mail(n(19), family="recruitee", lang="es", interview=True, kind="rescheduled",
      start="2026-12-07T14:00:00Z", end="2026-12-07T15:00:00Z",
      contact="tomas.ochoa@mercadomontana.co", company="Mercado Montaña",
      local="Mon 2026-12-07 09:00", local_end="2026-12-07 10:00", zone=BOG,
      days=(("Thu", "2026-12-03"),),
      note="Recruitee reschedule (Medellín startup): before 'jue. 3 de diciembre, 2:00 p. m.', now "
           "'lun. 7 de diciembre de 2026, 9:00 a. m. - 10:00 a. m. (America/Bogota)' -> 14:00-15:00Z; "
           "ICS SEQUENCE:1 agrees; Reply-To is a Recruitee inbox relay, contact = recruiter address in "
           "the signature")
def montana_recruitee():
    body = t("""
        Hola Camila,

        Tu entrevista para Analista de Abastecimiento (Medellín) fue reprogramada.

        Antes:        jue. 3 de diciembre, 2:00 p. m.
        Nueva fecha:  lun. 7 de diciembre de 2026, 9:00 a. m. - 10:00 a. m. (America/Bogota)
        Lugar:        Oficina Mercado Montaña, Cl. 10 # 38-27, El Poblado (piso 3)

        Mensaje de Tomás: "Camila, perdoná el cambio, el jueves tenemos inventario general en la
        bodega de Rionegro y no alcanzo a volver. El lunes arrancamos temprano con café."

        Tomás Ochoa - Líder de Operaciones
        tomas.ochoa@mercadomontana.co

        Puedes responder directamente a este correo.
        Enviado con Recruitee
    """)
    html_body = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#1d2433">
        <div style="max-width:560px;margin:auto;padding:20px">
        <p>Hola Camila,</p>
        <p>Tu entrevista para <b>Analista de Abastecimiento (Medellín)</b> fue reprogramada.</p>
        <table cellpadding="6">
        <tr><td style="color:#8a94a6">Antes</td><td><s>jue. 3 de diciembre, 2:00 p. m.</s></td></tr>
        <tr><td style="color:#8a94a6">Nueva fecha</td><td><b>lun. 7 de diciembre de 2026, 9:00 a. m. - 10:00 a. m.</b> (America/Bogota)</td></tr>
        <tr><td style="color:#8a94a6">Lugar</td><td>Oficina Mercado Montaña, Cl. 10 # 38-27, El Poblado (piso 3)</td></tr>
        </table>
        <blockquote style="border-left:3px solid #d0d5dd;padding-left:10px;color:#475467">Camila, perdoná el
        cambio, el jueves tenemos inventario general en la bodega de Rionegro y no alcanzo a volver. El lunes
        arrancamos temprano con café.</blockquote>
        <p>Tomás Ochoa - Líder de Operaciones<br>
        <a href="mailto:tomas.ochoa@mercadomontana.co">tomas.ochoa@mercadomontana.co</a></p>
        <p style="font-size:11px;color:#98a2b3">Puedes responder directamente a este correo. Enviado con Recruitee</p>
        </div></body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Events//EN
METHOD:REQUEST
{VTZ_BOG}
BEGIN:VEVENT
UID:recruitee-event-902214@recruitee.com
DTSTAMP:20261202T164011Z
DTSTART;TZID=America/Bogota:20261207T090000
DTEND;TZID=America/Bogota:20261207T100000
SEQUENCE:1
SUMMARY:Entrevista Mercado Montaña - Camila Restrepo
LOCATION:Cl. 10 # 38-27\\, El Poblado\\, Medellín
ORGANIZER;CN=Tomás Ochoa:mailto:tomas.ochoa@mercadomontana.co
ATTENDEE;CN=Camila Restrepo;RSVP=TRUE:mailto:camila.restrepo@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Received", rcv("mail-eu1.recruitee.com", "185.28.196.40", "2026-12-02 11:40:11", BOG, "Rc3e7t")),
        ("From", addr("Tomás Ochoa (Mercado Montaña)", "no-reply@recruitee.com")),
        ("Reply-To", "c-902214-j7f3@inbox.recruitee.com"),
        ("To", CAMILA),
        ("Subject", enc("Entrevista reprogramada - Analista de Abastecimiento en Mercado Montaña")),
        ("Date", date("2026-12-02 11:40:08", BOG)),
        ("Message-ID", "<recruitee.902214.1796229608@recruitee.com>"),
    ]
    return message(headers, mixed(alt(text(body), html(html_body)),
                                  calendar(ics, cte="base64", filename="event.ics", disposition="attachment")))


@mail(n(20), family="softgarden", lang="en", interview=True, kind="scheduled",
      start="2026-10-14T14:00:00Z", end="2026-10-14T15:00:00Z",
      contact="jana.wiedemann@kessler-logistik.de", company="Kessler Logistik",
      local="Wed 2026-10-14 16:00", local_end="2026-10-14 17:00", zone="Europe/Berlin",
      note="softgarden (German company hiring a remote LatAm planner, English, base64): 'Wednesday, "
           "14 October 2026, 16:00 - 17:00 (CEST, Berlin time)' -> UTC+2 -> 14:00-15:00Z (09:00 in "
           "Medellín, as written); contact = recruiter address in the body")
def kessler_softgarden():
    body = t("""
        Dear Ms Restrepo,

        Thank you for your application as Supply Chain Planner LATAM (remote) at Kessler Logistik
        GmbH. We are pleased to confirm your video interview:

        Date:      Wednesday, 14 October 2026
        Time:      16:00 - 17:00 (CEST, Berlin time) / 09:00 - 10:00 in Medellín
        Platform:  Microsoft Teams (link below)
        Your interviewers: Jana Wiedemann (HR Business Partner), Felix Brandt (Team Lead S&OP)

        https://teams.microsoft.com/l/meetup-join/19%3ameeting_a2Vzc2xlcg@thread.v2/0

        If you have any questions, please contact Jana Wiedemann at
        jana.wiedemann@kessler-logistik.de.

        Kind regards
        Your Kessler Logistik recruiting team

        This message was sent via softgarden. Please do not reply to this e-mail.
    """)
    html_body = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Dear Ms Restrepo,</p>
        <p>Thank you for your application as <b>Supply Chain Planner LATAM (remote)</b> at Kessler Logistik
        GmbH. We are pleased to confirm your video interview:</p>
        <table cellpadding="4">
        <tr><td>Date:</td><td>Wednesday, 14 October 2026</td></tr>
        <tr><td>Time:</td><td>16:00 - 17:00 (CEST, Berlin time) / 09:00 - 10:00 in Medellín</td></tr>
        <tr><td>Platform:</td><td>Microsoft Teams</td></tr>
        <tr><td>Your interviewers:</td><td>Jana Wiedemann (HR Business Partner), Felix Brandt (Team Lead S&amp;OP)</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_a2Vzc2xlcg@thread.v2/0">Join Microsoft Teams meeting</a></p>
        <p>If you have any questions, please contact Jana Wiedemann at
        <a href="mailto:jana.wiedemann@kessler-logistik.de">jana.wiedemann@kessler-logistik.de</a>.</p>
        <p>Kind regards<br>Your Kessler Logistik recruiting team</p>
        <p style="font-size:11px;color:#999">This message was sent via softgarden. Please do not reply to this e-mail.</p>
        </body></html>
    """)
    headers = [
        ("Received", rcv("mail3.softgarden.io", "94.130.66.21", "2026-10-09 11:05:44", "Europe/Berlin", "Sg8d1n")),
        ("From", "Kessler Logistik GmbH <no-reply@softgarden.io>"),
        ("To", CAMILA),
        ("Subject", "Your interview at Kessler Logistik GmbH - Supply Chain Planner LATAM (remote)"),
        ("Date", date("2026-10-09 11:05:41", "Europe/Berlin")),
        ("Message-ID", "<20261009090541.77a1c3e5@softgarden.io>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, alt(text(body, cte="base64"), html(html_body, cte="base64")))


@mail(n(21), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start="2026-09-28T17:00:00Z", end="2026-09-28T17:45:00Z",
      contact="alicia.romero@northbeamcommerce.com", company="Northbeam Commerce",
      local="Mon 2026-09-28 13:00", local_end="2026-09-28 13:45", zone=NY,
      days=(("Fri", "2026-09-25"),),
      note="GoodTime reschedule (Date Wed 23 Sep): old Fri 25 Sep 3:00 PM EDT, new Mon 28 Sep "
           "1:00-1:45 PM EDT (UTC-4) -> 17:00-17:45Z, i.e. 12:00-12:45 COT as written; ICS SEQUENCE:2; "
           "contact = Reply-To coordinator (also ORGANIZER)")
def northbeam_goodtime():
    body = t("""
        Hi Camila,

        Your interview has been updated. Please see the new details below - the previous time
        (Friday, September 25 at 3:00 PM EDT) is no longer on the calendar.

        Northbeam Commerce - Supply Chain Analyst, Marketplace Ops
        Monday, September 28, 2026
        1:00 PM - 1:45 PM EDT (12:00 PM - 12:45 PM COT)

        Session: Analytics deep dive with Marcus Lee
        Location: Zoom - https://northbeam.zoom.us/j/93011245560

        Need to make a change? Reply to this email and Alicia will help.

        Alicia Romero
        Recruiting Coordinator, Northbeam Commerce

        Scheduled with GoodTime
    """)
    html_body = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Camila,</p>
        <p>Your interview has been <b>updated</b>. Please see the new details below - the previous time
        (Friday, September 25 at 3:00 PM EDT) is no longer on the calendar.</p>
        <div style="border:1px solid #e3e3e3;border-radius:6px;padding:14px">
        <div style="font-weight:bold">Northbeam Commerce - Supply Chain Analyst, Marketplace Ops</div>
        <div>Monday, September 28, 2026</div>
        <div>1:00 PM - 1:45 PM EDT (12:00 PM - 12:45 PM COT)</div>
        <div>Session: Analytics deep dive with Marcus Lee</div>
        <div>Location: <a href="https://northbeam.zoom.us/j/93011245560">Zoom</a></div>
        </div>
        <p>Need to make a change? Reply to this email and Alicia will help.</p>
        <p>Alicia Romero<br>Recruiting Coordinator, Northbeam Commerce</p>
        <p style="font-size:11px;color:#999">Scheduled with GoodTime</p>
        </body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//GoodTime Hire//EN
METHOD:REQUEST
{VTZ[NY]}
BEGIN:VEVENT
UID:goodtime-6b12f0a4-northbeam@goodtime.io
DTSTAMP:20260923T194012Z
DTSTART;TZID=America/New_York:20260928T130000
DTEND;TZID=America/New_York:20260928T134500
SEQUENCE:2
SUMMARY:Northbeam Commerce Interview - Camila Restrepo
LOCATION:https://northbeam.zoom.us/j/93011245560
ORGANIZER;CN=Alicia Romero:mailto:alicia.romero@northbeamcommerce.com
ATTENDEE;CN=Camila Restrepo;RSVP=TRUE:mailto:camila.restrepo@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Received", rcv("o2.mail.goodtime.io", "167.89.101.3", "2026-09-23 15:40:12", NY, "Gt6b1f")),
        ("From", "Northbeam Commerce <no-reply@goodtime.io>"),
        ("Reply-To", "Alicia Romero <alicia.romero@northbeamcommerce.com>"),
        ("To", CAMILA),
        ("Subject", "Updated: Northbeam Commerce Interview - Mon, Sep 28 1:00 PM EDT"),
        ("Date", date("2026-09-23 15:40:12", NY)),
        ("Message-ID", "<goodtime.6b12f0a4.v2@goodtime.io>"),
    ]
    return message(headers, mixed(alt(text(body), html(html_body)),
                                  calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(22), family="forward_self", lang="es", interview=True, kind="scheduled",
      start="2026-12-01T16:00:00Z", end="2026-12-01T16:45:00Z",
      contact="felipe.cuartas@logivalle.com.co", company="LogiValle",
      local="Tue 2026-12-01 11:00", local_end="2026-12-01 11:45", zone=BOG,
      note="Camila forwards to herself, from her old example.net address, the Cali recruiter's "
           "confirmation as an attached message/rfc822: 'martes 1 de diciembre a las 11:00 a. m. "
           "(hora Colombia)', 'Duración: 45 minutos' -> 16:00-16:45Z; contact = the recruiter who "
           "wrote the attached mail, never the candidate")
def logivalle_forward():
    inner_body = t("""
        Hola Camila, buenas tardes.

        Te confirmo la entrevista con la gerencia de Operaciones de LogiValle para el martes
        1 de diciembre a las 11:00 a. m. (hora Colombia). Te dejo los datos de Zoom:

        Felipe Cuartas le está invitando a una reunión de Zoom programada.

        Tema: Entrevista Coordinadora de Inventarios - Camila Restrepo
        Hora: 1 dic 2026 11:00 a. m. Bogotá
        Duración: 45 minutos

        Unirse a la reunión Zoom
        https://us02web.zoom.us/j/86330114275?pwd=TG9naVZhbGxl

        ID de reunión: 863 3011 4275
        Código de acceso: 512204

        Un saludo,
        Felipe Cuartas
        Analista de Selección - LogiValle S.A.S.
        Cali, Valle del Cauca
    """)
    inner = message([
        ("From", "Felipe Cuartas <felipe.cuartas@logivalle.com.co>"),
        ("To", "Camila Restrepo <camila.restrepo.v@example.net>"),
        ("Subject", enc("Confirmación entrevista - LogiValle")),
        ("Date", date("2026-11-26 15:20:33", BOG)),
        ("Message-ID", "<CAE9f2Lv0allE7kq1Xz@mail.gmail.com>"),
    ], text(inner_body))
    outer_body = t("""
        para tenerlo en este correo. martes 11am!!
    """)
    headers = [
        ("Received", rcv("mout.example.net", "192.0.2.44", "2026-11-27 08:03:50", BOG, "Fw1d9s")),
        ("From", "Camila Restrepo <camila.restrepo.v@example.net>"),
        ("To", CAMILA),
        ("Subject", enc("Fwd: Confirmación entrevista - LogiValle")),
        ("Date", date("2026-11-27 08:03:47", BOG)),
        ("Message-ID", "<a7c1f0e2-3b9d-4e55-fwd-logivalle@example.net>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ]
    return message(headers, mixed(text(outer_body, cte="7bit"),
                                  attached_message(inner, "Confirmacion entrevista - LogiValle.eml")))


@mail(n(23), family="taleo", lang="es", interview=True, kind="cancelled",
      start="2026-12-10T20:00:00Z", end="2026-12-10T21:00:00Z",
      contact="carolina.suarez@andinabebidas.com", company="Andina Bebidas",
      local="Thu 2026-12-10 15:00", local_end="2026-12-10 16:00", zone=BOG,
      note="Taleo cancellation (usted): 'jueves, 10 de diciembre de 2026, de 3:00 p. m. a 4:00 p. m. "
           "(hora de Bogotá)' with METHOD:CANCEL ICS -> cancelled slot 20:00-21:00Z; no new time yet; "
           "contact = the human ICS ORGANIZER (the sender is a no-reply Taleo mailbox)")
def andina_taleo_cancel():
    body = t("""
        Estimada Camila Restrepo:

        Le informamos que la entrevista programada para el cargo Jefe de Planeación de Producción
        (Req. 26000871) el jueves, 10 de diciembre de 2026, de 3:00 p. m. a 4:00 p. m. (hora de
        Bogotá), ha sido cancelada.

        Un miembro del equipo de Adquisición de Talento se comunicará con usted para acordar una
        nueva fecha.

        Agradecemos su comprensión.

        Atentamente,
        Adquisición de Talento
        Andina Bebidas Corp.

        Este es un mensaje automático enviado desde Oracle Taleo. Por favor no responda.
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Oracle//Taleo Enterprise Scheduling//ES
VERSION:2.0
METHOD:CANCEL
{VTZ_BOG}
BEGIN:VEVENT
UID:taleo-sched-26000871-55120@taleo.net
DTSTAMP:20261207T213015Z
DTSTART;TZID=America/Bogota:20261210T150000
DTEND;TZID=America/Bogota:20261210T160000
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:CANCELADA: Entrevista - Jefe de Planeación de Producción
ORGANIZER;CN=Carolina Suárez:mailto:carolina.suarez@andinabebidas.com
ATTENDEE;CN=Camila Restrepo:mailto:camila.restrepo@example.org
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Received", rcv("smtp-out3.taleo.net", "160.34.14.73", "2026-12-07 16:30:15", BOG, "Tl0c4n")),
        ("From", "Andina Bebidas - Talento <noreply@taleo.net>"),
        ("To", CAMILA),
        ("Subject", enc("Cancelación de entrevista - Jefe de Planeación de Producción")),
        ("Date", date("2026-12-07 16:30:12", BOG)),
        ("Message-ID", "<26000871.55120.cancel.1797024612@taleo.net>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, mixed(text(body, "iso-8859-1"),
                                  calendar(ics, method="CANCEL", cte="base64", filename="cancel.ics",
                                           disposition="attachment")))


# =========================================================================== negatives (keys 24-50)


@mail(n(24), family="job_centre", lang="es", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="Public employment agency (caja de compensación) confirms an 'entrevista de perfilamiento' "
           "for Tue 6 Oct 8:30 a. m.: a fixed time, but an unemployment-office orientation, not a job "
           "interview with an employer")
def job_centre_cita():
    body = t("""
        Señora
        CAMILA RESTREPO
        Documento: CC ****4417

        Su cita en la Agencia de Empleo ha sido agendada con éxito.

        Servicio: Orientación ocupacional - entrevista de perfilamiento
        Fecha: martes, 6 de octubre de 2026
        Hora: 8:30 a. m.
        Sede: Agencia de Empleo Caja Montaña - Sede Centro, Carrera 50 # 52-20, piso 2, Medellín

        Recuerde:
        - Llegar 15 minutos antes con su documento de identidad original.
        - Tener su hoja de vida actualizada en el Servicio Público de Empleo.
        - Si no puede asistir, cancele su cita con 24 horas de anticipación en
          https://agencia.cajamontana.example/citas

        Esta cita no tiene ningún costo. Ninguna persona está autorizada para cobrar por los
        servicios de la Agencia.

        Agencia de Empleo Caja Montaña
        Autorizada por la Unidad Administrativa Especial del Servicio Público de Empleo

        Este correo es generado automáticamente, por favor no lo responda.
    """)
    html_body = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
        <div style="background:#00695c;color:#fff;padding:12px;font-size:16px">Agencia de Empleo Caja Montaña</div>
        <p>Señora<br><b>CAMILA RESTREPO</b><br>Documento: CC ****4417</p>
        <p>Su cita en la Agencia de Empleo ha sido agendada con éxito.</p>
        <table cellpadding="5" style="border:1px solid #ccc">
        <tr><td>Servicio</td><td>Orientación ocupacional - entrevista de perfilamiento</td></tr>
        <tr><td>Fecha</td><td>martes, 6 de octubre de 2026</td></tr>
        <tr><td>Hora</td><td>8:30 a. m.</td></tr>
        <tr><td>Sede</td><td>Agencia de Empleo Caja Montaña - Sede Centro, Carrera 50 # 52-20, piso 2, Medellín</td></tr>
        </table>
        <p>Recuerde llegar 15 minutos antes con su documento de identidad original.</p>
        <p style="font-size:11px;color:#777">Esta cita no tiene ningún costo. Este correo es generado
        automáticamente, por favor no lo responda.</p>
        </body></html>
    """)
    headers = [
        ("Received", rcv("smtp.cajamontana.example", "200.31.44.9", "2026-10-01 14:12:40", BOG, "Ae1m9p")),
        ("From", addr("Agencia de Empleo Caja Montaña", "citas.agenciaempleo@cajamontana.example")),
        ("To", "CAMILA RESTREPO <camila.restrepo@example.org>"),
        ("Subject", enc("Confirmación de cita - Agencia de Empleo (Orientación ocupacional)")),
        ("Date", date("2026-10-01 14:12:37", BOG)),
        ("Message-ID", "<cita.884120.20261001141237@cajamontana.example>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, alt(text(body, "iso-8859-1"), html(html_body, "iso-8859-1")))


@mail(n(25), family="press_interview", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="A business-magazine reporter confirms an interview WITH Camila for an article (Thu 15 Oct "
           "11:00 a. m.): a confirmed time, but press, not a job interview")
def press_revista():
    body = t("""
        Hola Camila, ¡qué bueno que aceptaste!

        Te confirmo entonces la entrevista para el especial "Mujeres que mueven la logística" el
        jueves 15 de octubre a las 11:00 a. m. por Meet (te mando el enlace el mismo día). Son
        unos 30 minutos, grabo solo el audio para transcribir.

        Los temas serían: cómo llegaste a la cadena de suministro, qué cambió con el nearshoring
        en Antioquia y un consejo para las que están empezando. Si tenés una foto tuya en buena
        resolución, me la mandás antes del viernes 16.

        Mil gracias,
        Paula Henao
        Periodista - Revista Cadena de Valor
        @paulahenao_cv
    """)
    headers = [
        ("Received", rcv("mail-wr1-f47.google.com", "209.85.221.47", "2026-10-09 17:40:22", BOG, "Pr3s5a")),
        ("From", addr("Paula Henao", "paula.henao@cadenadevalor.example")),
        ("To", CAMILA),
        ("Subject", enc("Entrevista para el especial de Cadena de Valor")),
        ("Date", date("2026-10-09 17:40:19", BOG)),
        ("Message-ID", "<CAPh3na0xRevista15oct@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(26), family="podcast", lang="en", interview=False, company=None,
      note="Podcast host confirms a recording with Camila as guest (Wed 4 Nov 12:00 PM ET, Google "
           "Calendar ICS): a confirmed time, but a podcast interview, not a job interview")
def podcast_lastmile():
    body = t("""
        Hi Camila,

        Locked in! Thanks again for agreeing to come on Last Mile Talk.

        Recording: Wednesday, November 4, 12:00 PM ET (that's noon in Medellín too, after the
        clocks change here on Sunday)
        Where: Riverside studio - https://riverside.fm/studio/last-mile-talk
        Length: about 45 minutes of conversation, we edit down to ~30

        Episode working title: "Nearshoring from the ground: a planner's view from Medellín"

        A few tips: wired headphones if you have them, a quiet room, and Chrome. I'll send the
        questions outline on Monday.

        Cheers,
        Ben Okafor
        Host, Last Mile Talk
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ[NY]}
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20261104T120000
DTEND;TZID=America/New_York:20261104T130000
DTSTAMP:20261030T141055Z
ORGANIZER;CN=Ben Okafor:mailto:ben@lastmiletalk.example
UID:2lmt9podcast0rec4nov@google.com
ATTENDEE;CN=camila.restrepo@example.org;RSVP=TRUE:mailto:camila.restrepo@example.org
SUMMARY:Last Mile Talk recording - Camila Restrepo
LOCATION:https://riverside.fm/studio/last-mile-talk
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Received", rcv("mail-oa1-f54.google.com", "209.85.160.54", "2026-10-30 10:10:55", NY, "Pd7c4t")),
        ("From", "Ben Okafor <ben@lastmiletalk.example>"),
        ("To", CAMILA),
        ("Subject", "Last Mile Talk recording - you're confirmed"),
        ("Date", date("2026-10-30 10:10:55", NY)),
        ("Message-ID", "<CAB0kafor9LmT4nov2026@mail.gmail.com>"),
    ]
    return message(headers, mixed(alt(text(body), html(gmail_html(body))),
                                  calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(27), family="admission_interview", lang="es", interview=False, company=None,
      days=(("Sat", "2026-10-24"),),
      note="Business-school admission interview for an executive MBA (Sat 24 Oct 9:00 a. m.): a "
           "confirmed 'entrevista', but for a study programme, not a job")
def mba_admission():
    body = t("""
        Apreciada Camila:

        Reciba un cordial saludo de la Escuela de Negocios del Valle de Aburrá.

        Hemos revisado su solicitud al MBA Ejecutivo (cohorte 2027-1) y nos complace citarla a la
        entrevista de admisión:

        Fecha: sábado 24 de octubre de 2026
        Hora: 9:00 a. m.
        Lugar: Bloque 5, oficina 204, campus Envigado
        Panel: Dra. Marcela Uribe (directora del programa) y un egresado del MBA

        Por favor traiga su documento de identidad y, si aún no lo ha enviado, el certificado
        laboral. La entrevista dura aproximadamente 30 minutos.

        Cordialmente,

        Oficina de Admisiones - Posgrados
        Escuela de Negocios del Valle de Aburrá
    """)
    html_body = t("""
        <html><body style="font-family:Georgia,serif;font-size:14px;color:#222">
        <p>Apreciada Camila:</p>
        <p>Reciba un cordial saludo de la Escuela de Negocios del Valle de Aburrá.</p>
        <p>Hemos revisado su solicitud al <b>MBA Ejecutivo (cohorte 2027-1)</b> y nos complace citarla a la
        entrevista de admisión:</p>
        <p><b>Fecha:</b> sábado 24 de octubre de 2026<br><b>Hora:</b> 9:00 a. m.<br>
        <b>Lugar:</b> Bloque 5, oficina 204, campus Envigado<br>
        <b>Panel:</b> Dra. Marcela Uribe (directora del programa) y un egresado del MBA</p>
        <p>Por favor traiga su documento de identidad y, si aún no lo ha enviado, el certificado laboral.
        La entrevista dura aproximadamente 30 minutos.</p>
        <p>Cordialmente,<br>Oficina de Admisiones - Posgrados<br>Escuela de Negocios del Valle de Aburrá</p>
        </body></html>
    """)
    headers = [
        ("Received", rcv("mail.envaburra.edu.example", "200.12.180.33", "2026-10-19 10:30:00", BOG, "Mb4a2d")),
        ("From", addr("Admisiones Posgrados ENVA", "admisiones.posgrados@envaburra.edu.example")),
        ("To", CAMILA),
        ("Subject", enc("Citación a entrevista de admisión - MBA Ejecutivo 2027-1")),
        ("Date", date("2026-10-19 10:29:57", BOG)),
        ("Message-ID", "<adm.2027-1.4417.citacion@envaburra.edu.example>"),
    ]
    return message(headers, alt(text(body, "windows-1252"), html(html_body, "windows-1252")))


@mail(n(28), family="sports_tryout", lang="es", interview=False, company=None,
      days=(("Sat", "2026-09-12"),),
      note="Ultimate-frisbee club try-out (Sat 12 Sep 7:00 a. m.): a fixed time and 'convocatoria', "
           "not a job interview")
def ultimate_tryout():
    body = t("""
        Hola a todas!!

        Quedan convocadas a los tryouts del equipo femenino para el Nacional de Ultimate 2027:

        Sábado 12 de septiembre, 7:00 a. m. en punto
        Cancha sintética Unidad Deportiva de Belén (entrada por la 30)

        Traer: guayos, camiseta clara y camiseta oscura, hidratación, bloqueador.
        Vamos a hacer pruebas de velocidad, lanzamientos (backhand y forehand) y un scrimmage.

        La lista de seleccionadas sale el martes 15 por el grupo.

        Confirmen asistencia en este formulario: https://forms.example/ultimate-tryouts

        Nos vemos en la cancha 🥏
        Caro y Manu - capitanas
        Club Ultimate Medellín
    """)
    headers = [
        ("Received", rcv("mail-ej1-f50.google.com", "209.85.218.50", "2026-09-07 21:15:08", BOG, "Ul7t1m")),
        ("From", addr("Club Ultimate Medellín", "clubultimatemedellin@example.com")),
        ("To", "undisclosed-recipients:;"),
        ("Subject", enc("Convocatoria tryouts equipo femenino - sábado 12")),
        ("Date", date("2026-09-07 21:15:05", BOG)),
        ("Message-ID", "<CAUlt1m4te0tryouts12sep@mail.gmail.com>"),
    ]
    return message(headers, text(body, cte="8bit"))


@mail(n(29), family="car_service", lang="es", interview=False, company=None,
      days=(("Fri", "2026-09-25"),),
      note="Car-service appointment confirmation (HTML only, Fri 25 Sep 7:30 a. m.): fixed time, not an "
           "interview")
def car_service():
    body = t("""
        <html><body style="margin:0;background:#eeeeee">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#333" cellpadding="20">
        <tr><td style="background:#b71c1c;color:#fff;font-size:20px">Autocentro La 80</td></tr>
        <tr><td>
        <p>Hola CAMILA,</p>
        <p>Tu cita de servicio quedó confirmada:</p>
        <table cellpadding="6" style="border-collapse:collapse;border:1px solid #ddd">
        <tr><td><b>Vehículo</b></td><td>Mazda 2 Sedán 2021 - Placa JNR-4**</td></tr>
        <tr><td><b>Servicio</b></td><td>Mantenimiento preventivo 40.000 km + alineación y balanceo</td></tr>
        <tr><td><b>Fecha</b></td><td>viernes, 25 de septiembre de 2026</td></tr>
        <tr><td><b>Hora de recepción</b></td><td>7:30 a. m.</td></tr>
        <tr><td><b>Asesor</b></td><td>Jhon Fredy Álvarez</td></tr>
        <tr><td><b>Sede</b></td><td>Av. 80 # 33-51, Medellín</td></tr>
        </table>
        <p>Tiempo estimado de entrega: 4 horas. Te avisaremos por WhatsApp cuando tu vehículo esté listo.</p>
        <p><a href="https://autocentrola80.example/citas/reprogramar?c=77120" style="color:#b71c1c">Reprogramar o cancelar</a></p>
        <p style="font-size:11px;color:#999">Autocentro La 80 S.A.S. - Este correo fue enviado automáticamente.</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
    """)
    headers = [
        ("Received", rcv("mta-02.autocentrola80.example", "186.30.2.17", "2026-09-21 18:01:33", BOG, "Cr5v2c")),
        ("From", addr("Autocentro La 80", "citas@autocentrola80.example")),
        ("To", CAMILA),
        ("Subject", enc("Cita confirmada - viernes 25 de septiembre, 7:30 a. m.")),
        ("Date", date("2026-09-21 18:01:30", BOG)),
        ("Message-ID", "<cita-77120-20260921@autocentrola80.example>"),
    ]
    return message(headers, html(body))


@mail(n(30), family="reference_call", lang="en", interview=False, company=None,
      note="A recruiter confirms a reference call in which Camila is the REFEREE for a former "
           "colleague (Thu 1 Oct 3:00 PM ET, with ICS): a confirmed time, but not her interview; "
           "company null because the sender's company is not hiring her")
def reference_call():
    body = t("""
        Hi Camila,

        Thank you for agreeing to serve as a reference for Julián Ortiz - he speaks very highly of
        your time working together at Montecielo.

        I've put us down for Thursday, October 1 at 3:00 PM ET (2:00 PM in Medellín). It should take
        about 20 minutes. I'll call you on +57 300 555 0182; a calendar hold is attached.

        I'll ask about his work on the WMS rollout, how he handled pressure during peak season and
        areas where he could grow. Nothing you need to prepare.

        Best regards,
        Ethan Cole
        Senior Recruiter, Greyline Partners
        ethan.cole@greylinepartners.example
    """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
{VTZ[NY]}
BEGIN:VEVENT
UID:ref-julian-ortiz-greyline-1oct
DTSTAMP:20260928T171201Z
DTSTART;TZID=America/New_York:20261001T150000
DTEND;TZID=America/New_York:20261001T152000
SUMMARY:Reference call - Julián Ortiz (Camila Restrepo)
ORGANIZER;CN=Ethan Cole:mailto:ethan.cole@greylinepartners.example
ATTENDEE;CN=Camila Restrepo;RSVP=TRUE:mailto:camila.restrepo@example.org
LOCATION:Phone - Ethan will call +57 300 555 0182
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Received", rcv("mail-dm6nam10.outbound.protection.outlook.com", "40.107.93.64",
                         "2026-09-28 13:12:01", NY, "Rf1c3l")),
        ("From", "Ethan Cole <ethan.cole@greylinepartners.example>"),
        ("To", CAMILA),
        ("Subject", "Reference call for Julian Ortiz - Thursday 10/1"),
        ("Date", date("2026-09-28 13:12:01", NY)),
        ("Message-ID", "<MN2PR10MB4012C1E0A9F5@MN2PR10MB4012.namprd10.prod.outlook.com>"),
    ]
    return message(headers, mixed(text(body), calendar(ics, cte="base64", filename="Reference call.ics",
                                                       disposition="attachment")))


@mail(n(31), family="coaching_session", lang="es", interview=False, company=None,
      note="Calendly booking of an interview-PREPARATION session with a career coach (Sat 7 Nov "
           "10:00-11:00 America/Bogota): the same layout as an interview booking, but coaching")
def coach_calendly():
    body = t("""
        Hola Camila Restrepo:

        Se ha programado un nuevo evento.

        Tipo de evento:
        Sesión 1:1 - Preparación para entrevistas (60 min)

        Invitado:
        Camila Restrepo

        Fecha/hora del evento:
        10:00 - 11:00 (hora de Colombia), sábado, 7 de noviembre de 2026

        Ubicación:
        Google Meet (el enlace se agregará a la invitación)

        Preguntas:
        ¿Qué te gustaría trabajar en la sesión?
        Simulacro de entrevista en inglés para un rol de Supply Chain en Miami, y cómo contestar
        la pregunta de expectativas salariales.

        Anfitrión: Mónica Zapata - Coaching de Carrera

        Ver evento en Calendly: https://calendly.com/events/9b3e-mzc/invitee
        Con la tecnología de Calendly.com
    """)
    headers = [
        ("Received", rcv("o1.email.calendly.com", "168.245.21.76", "2026-11-03 19:44:10", BOG, "Co4c8h")),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", addr("Mónica Zapata", "monica@zapatacoaching.example")),
        ("To", CAMILA),
        ("Subject", enc("Nuevo evento: Camila Restrepo - 10:00 sáb, 7 nov 2026 - Sesión 1:1 - "
                        "Preparación para entrevistas (60 min)")),
        ("Date", date("2026-11-03 19:44:10", BOG)),
        ("Message-ID", "<20261104004410.9b3e.mzc@calendly.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(32), family="proposed_times", lang="en", interview=False, company="Pelican Cold Chain",
      days=(("Tue", "2026-10-13"), ("Wed", "2026-10-14")),
      note="In-house recruiter proposes 'Tuesday (10/13) at 10am ET' or 'Wednesday at 2pm ET' and will "
           "send an invite once Camila picks one: nothing confirmed yet")
def pelican_proposal():
    body = t("""
        Hi Camila,

        Great chatting with you on LinkedIn! Our Director of Planning, Sam Ruiz, would love to do a
        30-minute video call about the Demand Planner role on our Miami team.

        Would Tuesday (10/13) at 10am ET work? If not, Wednesday at 2pm ET is open too. Once you
        confirm, I'll send over a calendar invite with the Teams link.

        Thanks,
        Heather Lindqvist
        Talent Acquisition | Pelican Cold Chain
        heather.lindqvist@pelicancoldchain.example
    """)
    headers = [
        ("Received", rcv("mail-sn1nam02.outbound.protection.outlook.com", "40.107.96.50",
                         "2026-10-08 09:31:40", NY, "Pl2c9n")),
        ("From", "Heather Lindqvist <heather.lindqvist@pelicancoldchain.example>"),
        ("To", CAMILA),
        ("Subject", "Pelican Cold Chain - Demand Planner conversation"),
        ("Date", date("2026-10-08 09:31:40", NY)),
        ("Message-ID", "<BY5PR04MB6915E2D1A7@BY5PR04MB6915.namprd04.prod.outlook.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(33), family="forwarded_other_person", lang="es", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Camila's cousin forwards HIS OWN interview confirmation (attached message/rfc822, Thu 19 "
           "Nov 10:00 a. m.) asking for help to prepare: a confirmed interview, but not Camila's")
def cousin_forward():
    inner_body = t("""
        Buenos días, Andrés:

        Reciba un cordial saludo. Por medio del presente le confirmamos su entrevista para el cargo
        de Residente de Obra en Constructora Piedra Azul:

        Fecha: jueves 19 de noviembre de 2026
        Hora: 10:00 a. m.
        Lugar: Calle 7 Sur # 42-70, oficina 1102, Medellín
        Entrevistador: Ing. Óscar Betancur, Director de Proyectos

        Por favor confirmar asistencia respondiendo a este correo.

        Atentamente,
        Gestión Humana
        Constructora Piedra Azul S.A.S.
    """)
    inner = message([
        ("From", addr("Gestión Humana Piedra Azul", "seleccion@piedraazul.example")),
        ("To", "Andres Restrepo <andres.restrepo88@example.net>"),
        ("Subject", enc("Confirmación de entrevista - Residente de Obra")),
        ("Date", date("2026-11-13 09:02:10", BOG)),
        ("Message-ID", "<seleccion.2231.20261113@piedraazul.example>"),
    ], text(inner_body, "iso-8859-1"))
    body = t("""
        Prima!! mirá, me salió la entrevista en Piedra Azul, es el jueves de la otra semana.
        Vos que has estado en tantas este año, ¿me ayudás a prepararme? Podemos vernos el
        domingo en donde la tía y me hacés unas preguntas de práctica.

        Te reenvío el correo para que veás qué cargo es.

        Gracias prima, te quiero
        Andrés
    """)
    headers = [
        ("Received", rcv("mail-lf1-f43.google.com", "209.85.167.43", "2026-11-14 12:20:40", BOG, "Cz4f1w")),
        ("From", "Andres Restrepo <andres.restrepo88@example.net>"),
        ("To", CAMILA),
        ("Subject", enc("Fwd: Confirmación de entrevista - Residente de Obra")),
        ("Date", date("2026-11-14 12:20:37", BOG)),
        ("Message-ID", "<CAAnd7es0Fwd9piedra@mail.gmail.com>"),
    ]
    return message(headers, mixed(text(body, cte="8bit"),
                                  attached_message(inner, "Confirmacion de entrevista.eml")))


@mail(n(34), family="interviewer_invite", lang="es", interview=False, company=None,
      note="Outlook meeting request at Camila's CURRENT employer (work address, auto-forwarded): she "
           "is the technical interviewer of a candidate (Wed 18 Nov 2:00-3:00 p. m., SA Pacific "
           "Standard Time): a confirmed interview, but not hers")
def montecielo_interviewer():
    body = t("""
        Hola Camila,

        Como hablamos con Juan Pablo, te agrego como entrevistadora técnica para el candidato
        Santiago Ríos (Analista de Inventarios Jr.). Te adjunté la hoja de vida y la prueba de
        Excel que presentó. Por favor diligencia el formato de evaluación en Workday apenas
        termine la entrevista.

        Gracias,
        Manuela Ospina
        Analista de Selección | Distribuidora Montecielo S.A.S.

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_bW9udGVjaWVsbw@thread.v2/0>
        Id. de reunión: 318 552 904 771
        Código de acceso: Kp3s9T
        ________________________________________________________________________________
    """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_SA_PACIFIC}
BEGIN:VEVENT
ORGANIZER;CN=Manuela Ospina:mailto:manuela.ospina@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camila Restrepo:mailto:camila.restrepo@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Juan Pablo Correa:mailto:juanpablo.correa@example.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=santiago.rios.m@example.net:mailto:santiago.rios.m@example.net
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC0100000000000000001000000011223344556677889900AABBCCDDEEFF
SUMMARY;LANGUAGE=es-ES:Entrevista candidato: Santiago Ríos - Analista de Inventarios Jr.
DTSTART;TZID=SA Pacific Standard Time:20261118T140000
DTEND;TZID=SA Pacific Standard Time:20261118T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261113T152030Z
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
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Received", received("from mx1.example.com (mx1.example.com [198.51.100.25])", "2026-11-13 10:20:34",
                              BOG, "mx1.example.org with ESMTPS id Mt0c3l", ME)),
        ("From", "Manuela Ospina <manuela.ospina@example.com>"),
        ("To", "Camila Restrepo <camila.restrepo@example.com>, Juan Pablo Correa <juanpablo.correa@example.com>"),
        ("Subject", enc("Entrevista candidato: Santiago Ríos - Analista de Inventarios Jr.")),
        ("Thread-Topic", "Entrevista candidato: Santiago Rios - Analista de Inventarios Jr."),
        ("Date", date("2026-11-13 10:20:30", BOG)),
        ("Message-ID", "<SJ0PR11MB5670D3E2A1@SJ0PR11MB5670.namprd11.prod.outlook.com>"),
        ("X-Forwarded-To", ME),
        ("X-Forwarded-For", "camila.restrepo@example.com camila.restrepo@example.org"),
        ("Content-Language", "es-CO"),
    ]
    return message(headers, alt(text(body), calendar(ics, cte="base64")))


@mail(n(35), family="rejection", lang="es", interview=False, company="Kuna",
      days=(("Tue", "2026-11-03"),),
      note="Greenhouse rejection after an interview ('la entrevista del martes 3 de noviembre'): "
           "mentions a past interview, confirms nothing")
def kuna_rejection():
    body = t("""
        Hola Camila,

        Gracias por tu tiempo en la entrevista del martes 3 de noviembre con el equipo de
        Operaciones de Kuna, y por todo el interés que has mostrado en la posición de Supply Chain
        Lead.

        Después de revisar con cuidado todos los perfiles, decidimos avanzar con otra persona cuya
        experiencia se ajusta un poco más a lo que necesitamos en este momento. No fue una decisión
        fácil: el equipo destacó tu caso de reducción de inventario obsoleto.

        Guardaremos tu hoja de vida para futuras oportunidades y te deseamos muchos éxitos.

        Un saludo,
        Equipo de Talento de Kuna
    """)
    html_body = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hola Camila,</p>
        <p>Gracias por tu tiempo en la entrevista del martes 3 de noviembre con el equipo de Operaciones de Kuna,
        y por todo el interés que has mostrado en la posición de Supply Chain Lead.</p>
        <p>Después de revisar con cuidado todos los perfiles, decidimos avanzar con otra persona cuya experiencia
        se ajusta un poco más a lo que necesitamos en este momento. No fue una decisión fácil: el equipo destacó
        tu caso de reducción de inventario obsoleto.</p>
        <p>Guardaremos tu hoja de vida para futuras oportunidades y te deseamos muchos éxitos.</p>
        <p>Un saludo,<br>Equipo de Talento de Kuna</p>
        <img src="https://us.greenhouse-mail.io/o/kuna-77aa.gif" width="1" height="1" alt="">
        </body></html>
    """)
    headers = [
        ("Received", rcv("o12.us.greenhouse-mail.io", "167.89.71.13", "2026-11-10 17:45:20", BOG, "Kn8r3j")),
        ("From", "Kuna <no-reply@us.greenhouse-mail.io>"),
        ("To", CAMILA),
        ("Subject", enc("Tu proceso con Kuna - Supply Chain Lead")),
        ("Date", date("2026-11-10 17:45:17", BOG)),
        ("Message-ID", "<gh.71120458.1794357917@us.greenhouse-mail.io>"),
    ]
    return message(headers, alt(text(body), html(html_body)))


@mail(n(36), family="offer", lang="es", interview=False, company="Tejidos del Aburrá",
      days=(("Mon", "2026-09-28"), ("Fri", "2026-10-02")),
      note="Job offer from the company of the 17 Sep interview (same recruiter), with a deadline and an "
           "optional call 'el lunes 28 a las 9:00 a. m.' to go over it: not an interview")
def tejidos_offer():
    body = t("""
        Hola Camila, ¡buenas noticias!

        Después de la entrevista con don Hernán y de revisar las referencias, queremos hacerte una
        oferta para el cargo de Analista Senior de Cadena de Suministro. Te adjunto la carta con
        el detalle: salario, auxilio de transporte, bonificación anual y fecha de ingreso propuesta
        (1 de noviembre).

        Si querés, te llamo el lunes 28 a las 9:00 a. m. para repasar la oferta y resolver dudas;
        si no te sirve esa hora decime otra. Necesitamos tu respuesta a más tardar el viernes 2 de
        octubre.

        Estamos muy contentos con la posibilidad de que te unás al equipo.

        Un abrazo,

        Juliana Gómez Marulanda
        Analista de Talento Humano
        Tejidos del Aburrá S.A.S.
    """)
    pdf_stub = raw_part([("Content-Type", 'application/pdf; name="Oferta_Camila_Restrepo.pdf"'),
                         ("Content-Disposition", 'attachment; filename="Oferta_Camila_Restrepo.pdf"'),
                         ("Content-Transfer-Encoding", "base64")],
                        "JVBERi0xLjQKJcOkw7zDtsOfCjEgMCBvYmoKPDwvVHlwZS9DYXRhbG9nPj4KZW5kb2JqCnRyYWlsZXIKPDwvUm9v\n"
                        "dCAxIDAgUj4+CiUlRU9GCg==\n")
    headers = [
        ("Received", rcv("mail-sor-f41.google.com", "209.85.220.41", "2026-09-24 18:05:44", BOG, "Of3r7t")),
        ("From", addr("Juliana Gómez Marulanda", "juliana.gomez@tejidosdelaburra.com.co")),
        ("To", CAMILA),
        ("Subject", enc("Oferta laboral - Analista Senior de Cadena de Suministro")),
        ("Date", date("2026-09-24 18:05:41", BOG)),
        ("Message-ID", "<CAH7x2QpOferta0f3rT9kLz@mail.gmail.com>"),
    ]
    return message(headers, mixed(alt(text(body, cte="8bit"), html(gmail_html(body))), pdf_stub))


@mail(n(37), family="application_ack", lang="es", interview=False, company="Frescos Atlántico",
      note="JOIN application receipt (Madrid company); 'si tu perfil encaja te invitaremos a una "
           "entrevista' is hypothetical")
def frescos_join():
    body = t("""
        Hola Camila,

        ¡Gracias por tu candidatura para el puesto de Responsable de Aprovisionamiento (Madrid /
        remoto parcial) en Frescos Atlántico!

        Hemos recibido correctamente tu CV. Nuestro equipo lo revisará en los próximos días y, si tu
        perfil encaja con lo que buscamos, te invitaremos a una primera entrevista por videollamada.

        Mientras tanto, puedes consultar el estado de tu candidatura aquí:
        https://join.com/candidates/applications/8871203

        Mucha suerte,
        Frescos Atlántico vía JOIN

        ---
        JOIN Solutions AG · Este correo se envió automáticamente.
        Darse de baja de las notificaciones: https://join.com/unsubscribe
    """)
    html_body = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b;background:#fafafa">
        <div style="max-width:560px;margin:auto;background:#fff;padding:24px">
        <p>Hola Camila,</p>
        <p>¡Gracias por tu candidatura para el puesto de <b>Responsable de Aprovisionamiento (Madrid / remoto
        parcial)</b> en Frescos Atlántico!</p>
        <p>Hemos recibido correctamente tu CV. Nuestro equipo lo revisará en los próximos días y, si tu perfil
        encaja con lo que buscamos, te invitaremos a una primera entrevista por videollamada.</p>
        <p><a href="https://join.com/candidates/applications/8871203">Ver estado de la candidatura</a></p>
        <p>Mucha suerte,<br>Frescos Atlántico vía JOIN</p>
        <p style="font-size:11px;color:#888">JOIN Solutions AG · Este correo se envió automáticamente.</p>
        </div></body></html>
    """)
    headers = [
        ("Received", rcv("mail-out.join.com", "52.28.144.12", "2026-10-12 16:44:03", MAD, "Jn1a4c")),
        ("From", addr("Frescos Atlántico vía JOIN", "noreply@join.com")),
        ("To", CAMILA),
        ("Subject", enc("Hemos recibido tu candidatura - Responsable de Aprovisionamiento")),
        ("Date", date("2026-10-12 16:44:00", MAD)),
        ("Message-ID", "<join.app.8871203.1791822240@join.com>"),
        ("List-Unsubscribe", "<https://join.com/unsubscribe>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, alt(text(body), html(html_body)))


@mail(n(38), family="job_alert", lang="es", interview=False, company=None,
      note="Job-board digest with 'Entrevista inmediata' and 'Entrevistas esta semana' badges: no "
           "confirmation")
def job_alert():
    body = t("""
        <html><body style="font-family:Arial,sans-serif;background:#f4f6f8;margin:0">
        <table width="600" align="center" style="background:#fff" cellpadding="16">
        <tr><td style="background:#0b3d91;color:#fff;font-size:18px"><b>Empleos Andinos</b></td></tr>
        <tr><td>
        <p>Hola Camila, estas son las nuevas vacantes para <b>"analista supply chain"</b> en <b>Medellín y
        remoto</b>:</p>
        <div style="border-bottom:1px solid #eee;padding:8px 0">
        <b>Analista de Planeación de Inventarios</b> - Comercializadora Sur S.A.S. - Envigado<br>
        $5.500.000 - $6.500.000 · <span style="background:#e6f4ea;color:#137333">Entrevista inmediata</span></div>
        <div style="border-bottom:1px solid #eee;padding:8px 0">
        <b>Supply Chain Analyst (inglés B2+)</b> - Confidencial - Remoto<br>
        USD 2.000 · <span style="background:#fef7e0;color:#b06000">Entrevistas esta semana</span></div>
        <div style="border-bottom:1px solid #eee;padding:8px 0">
        <b>Coordinador(a) de Compras</b> - Grupo Textil Norte - Medellín<br>
        A convenir · Publicado hace 2 días</div>
        <p><a href="https://empleosandinos.example/alertas/ver?id=5521">Ver las 14 vacantes</a></p>
        <p style="font-size:11px;color:#999">Recibes este correo porque creaste una alerta en Empleos Andinos.
        <a href="https://empleosandinos.example/alertas/baja?id=5521">Cancelar alerta</a></p>
        </td></tr></table>
        </body></html>
    """)
    headers = [
        ("Received", rcv("bounce.empleosandinos.example", "200.69.101.5", "2026-11-18 06:00:12", BOG, "Ja1l3r")),
        ("From", addr("Empleos Andinos", "alertas@empleosandinos.example")),
        ("To", CAMILA),
        ("Subject", enc("14 nuevas vacantes de analista supply chain - ¡algunas con entrevista inmediata!")),
        ("Date", date("2026-11-18 06:00:09", BOG)),
        ("Message-ID", "<alerta.5521.20261118@empleosandinos.example>"),
        ("List-Unsubscribe", "<https://empleosandinos.example/alertas/baja?id=5521>"),
        ("Precedence", "bulk"),
    ]
    return message(headers, html(body))


@mail(n(39), family="newsletter_tips", lang="es", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Career newsletter with a template for confirming an interview ('...el martes 10 de "
           "noviembre a las 3:00 p. m.') and a live session: an example text, nothing confirmed for "
           "Camila")
def newsletter_tips():
    body = t("""
        LOGÍSTICA AL DÍA - Boletín de carrera #87

        Cómo confirmar una entrevista por correo (con plantilla)

        Te llamaron para una entrevista: ¡felicidades! Antes de celebrar, respondé por escrito.
        Un correo corto evita confusiones de fecha y hora, sobre todo si la empresa está en otro
        país. Copiá esta plantilla:

            "Buenos días, Andrea: muchas gracias por la invitación. Confirmo mi asistencia a la
            entrevista el martes 10 de noviembre a las 3:00 p. m. (hora de Colombia) por Teams.
            Quedo atenta. Saludos, Camila."

        Tres detalles que casi todos olvidan:
        1. Escribí la zona horaria. Miami cambia de horario el 1 de noviembre; Madrid, el 25 de
           octubre.
        2. Repetí el medio (Teams, Zoom, presencial) y la dirección.
        3. Guardá el correo de la persona, no el del sistema de reclutamiento.

        EN VIVO: "Entrevistas en inglés para roles de supply chain" - jueves 19 de noviembre,
        7:00 p. m., por YouTube. Inscripción gratis: https://logisticaaldia.example/envivo

        ¿No querés recibir más este boletín? https://logisticaaldia.example/baja
    """)
    headers = [
        ("Received", rcv("mail181.suw121.mcdlv.net", "198.2.181.24", "2026-11-05 07:00:31", BOG, "Nl8t2p")),
        ("From", addr("Logística al Día", "boletin@logisticaaldia.example")),
        ("To", CAMILA),
        ("Subject", enc("Cómo confirmar una entrevista por correo (plantilla incluida)")),
        ("Date", date("2026-11-05 07:00:28", BOG)),
        ("Message-ID", "<boletin87.a1b2c3@mcdlv.net>"),
        ("List-Unsubscribe", "<https://logisticaaldia.example/baja>"),
        ("List-Id", "Boletin Logistica al Dia <boletin.logisticaaldia.example>"),
        ("Precedence", "bulk"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(40), family="scheduling_link", lang="en", interview=False, company="Harborline Logistics",
      note="Greenhouse availability request after the 10 Sep screen: asks Camila to submit her "
           "availability for a panel; no time fixed")
def harborline_availability():
    body = t("""
        Hi Camila,

        Great news - the team would like to move you forward to a panel interview for Supply Chain
        Analyst II! Please let us know when you're available over the next two weeks by clicking
        the link below. The panel will take about 2 hours (three back-to-back conversations).

        Submit your availability:
        https://app.greenhouse.io/availability/9c2e7b1d-harborline

        Once we receive it, we'll send a calendar invite with the final schedule.

        Best,
        Danielle Ortega
        Talent Acquisition | Harborline Logistics
    """)
    headers = [
        ("Received", rcv("o11.us.greenhouse-mail.io", "167.89.71.12", "2026-09-14 12:02:10", NY, "Av4l1b")),
        ("From", "Harborline Logistics <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", "Danielle Ortega <danielle.ortega@harborline-logistics.com>"),
        ("To", CAMILA),
        ("Subject", "Please submit your availability - Harborline Logistics"),
        ("Date", date("2026-09-14 12:02:10", NY)),
        ("Message-ID", "<gh.58213377.avail.1789401730@us.greenhouse-mail.io>"),
    ]
    return message(headers, text(body))


@mail(n(41), family="recruiter_outreach", lang="es", interview=False, company="Cumbre Talento",
      note="Headhunter outreach asking for 'una llamada rápida' this week, Camila to propose the "
           "time: no time fixed")
def cumbre_outreach():
    body = t("""
        Hola Camila, ¿cómo vas?

        Soy Sofía, de Cumbre Talento. Estoy apoyando a una multinacional de consumo masivo que está
        armando su centro de planeación para la región Andina en Medellín, y tu perfil me pareció
        muy alineado (S&OP, SAP IBP, inglés).

        ¿Tendrías 15 minutos esta semana para una llamada rápida? Contame qué horario te queda
        bien y yo me acomodo; también podemos hablar por WhatsApp si te queda más fácil.

        ¡Gracias!
        Sofía Navarro
        Consultora Senior | Cumbre Talento
        +57 311 555 0163
    """)
    headers = [
        ("Received", rcv("mail-vs1-f44.google.com", "209.85.217.44", "2026-10-26 11:18:50", BOG, "Cm8b2t")),
        ("From", addr("Sofía Navarro", "sofia.navarro@cumbretalento.example")),
        ("To", CAMILA),
        ("Subject", enc("Oportunidad Demand Planning Lead - ¿hablamos?")),
        ("Date", date("2026-10-26 11:18:47", BOG)),
        ("Message-ID", "<CASof1aNav0cumbre26oct@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(n(42), family="proposed_times", lang="es", interview=False, company="Almacenes Sabana",
      days=(("Wed", "2026-11-11"),),
      note="Bogotá recruiter PROPOSES 'el miércoles 11/11 a las 9:00 a. m. ¿Le queda bien?' and will "
           "send the link once Camila confirms: not confirmed (the later reschedule of the same "
           "process is a positive)")
def sabana_proposal():
    body = t("""
        Buenos días, Camila:

        Para continuar con el proceso le propongo una entrevista con el doctor Gutiérrez, gerente
        de Abastecimiento, el miércoles 11/11 a las 9:00 a. m. ¿Le queda bien? Apenas me confirme
        le envío el enlace.

        Cordialmente,

        Andrea Rincón Cárdenas
        Líder de Selección
        Almacenes Sabana S.A.
        Bogotá D.C. - PBX 601 555 0190
    """)
    headers = [
        ("Received", rcv("mail-co1.almacenessabana.com.co", "190.85.44.21", "2026-11-04 11:02:40", BOG, "Ab1p0r")),
        ("From", addr("Andrea Rincón Cárdenas", "andrea.rincon@almacenessabana.com.co", "windows-1252")),
        ("To", CAMILA),
        ("Subject", "Entrevista Jefe de Abastecimiento - Almacenes Sabana"),
        ("Date", date("2026-11-04 11:02:37", BOG)),
        ("Message-ID", "<SN6PR02MB41571B0E9F3C@SN6PR02MB4157.namprd02.prod.outlook.com>"),
        ("Thread-Topic", "Entrevista Jefe de Abastecimiento - Almacenes Sabana"),
        ("Content-Language", "es-CO"),
    ]
    return message(headers, text(body, "windows-1252"))


@mail(n(43), family="medical_appointment", lang="es", interview=False, company=None,
      days=(("Wed", "2026-09-23"),),
      note="Health-insurer (EPS) appointment reminder, base64: fixed time (23/09/2026 07:20 a. m.), "
           "not an interview")
def eps_cita():
    body = t("""
        SALUD ANDINA EPS - Recordatorio de cita

        Afiliada: CAMILA RESTREPO V.
        Servicio: MEDICINA GENERAL - CONTROL
        Profesional: Dr. Héctor Quintero
        Fecha: 23/09/2026 (miércoles)
        Hora: 07:20 a. m.
        Sede: IPS Laureles - Circular 1 # 70-15, consultorio 6

        Preséntese 20 minutos antes con su documento de identidad. Si no puede asistir, cancele al
        menos con 24 horas de anticipación llamando al 604 555 0100 opción 2 o respondiendo CANCELAR
        al SMS.

        Por favor no responda este correo.
    """)
    headers = [
        ("Received", rcv("notificaciones.saludandina.example", "181.49.8.70", "2026-09-21 06:30:02", BOG, "Ep5s1a")),
        ("From", addr("Salud Andina EPS", "notificaciones@saludandina.example")),
        ("To", CAMILA),
        ("Subject", enc("Recordatorio: cita de Medicina General el 23/09/2026 07:20 a. m.")),
        ("Date", date("2026-09-21 06:30:00", BOG)),
        ("Message-ID", "<rec.cita.90412277@saludandina.example>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, text(body, cte="base64"))


@mail(n(44), family="bank_video_id", lang="es", interview=False, company=None,
      note="Spanish neobank confirms a video-identification call to open an account ahead of a move "
           "to Madrid (30/11/2026 16:30 hora peninsular): fixed time, not an interview")
def banco_videoid():
    body = t("""
        Hola, Camila:

        Tu videollamada de identificación está confirmada.

        Día: lunes 30/11/2026
        Hora: 16:30 (hora peninsular) - 10:30 en Colombia
        Duración: unos 10 minutos

        Qué necesitas:
        - Tu pasaporte en vigor (no vale la cédula colombiana).
        - Buena luz y conexión estable.
        - El móvil que registraste, para recibir un código.

        Un agente de Banco Lince te llamará desde la app. Esta llamada es obligatoria por la
        normativa de prevención del blanqueo de capitales y sirve solo para verificar tu identidad.

        Equipo de Banco Lince
    """)
    html_body = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#111">
        <div style="background:#ffb300;padding:10px;font-weight:bold">Banco Lince</div>
        <p>Hola, Camila:</p>
        <p>Tu videollamada de identificación está confirmada.</p>
        <p><b>Día:</b> lunes 30/11/2026<br><b>Hora:</b> 16:30 (hora peninsular) - 10:30 en Colombia<br>
        <b>Duración:</b> unos 10 minutos</p>
        <p>Necesitas tu pasaporte en vigor (no vale la cédula colombiana), buena luz y el móvil que registraste.</p>
        <p>Un agente de Banco Lince te llamará desde la app. Esta llamada es obligatoria por la normativa de
        prevención del blanqueo de capitales y sirve solo para verificar tu identidad.</p>
        <p>Equipo de Banco Lince</p>
        </body></html>
    """)
    headers = [
        ("Received", rcv("mail.bancolince.example", "212.170.9.4", "2026-11-25 18:05:00", MAD, "Bl5v1d")),
        ("From", addr("Banco Lince", "hola@bancolince.example")),
        ("To", CAMILA),
        ("Subject", enc("Tu videollamada de identificación: 30/11 a las 16:30")),
        ("Date", date("2026-11-25 18:04:57", MAD)),
        ("Message-ID", "<vid.c9d2e1f0@bancolince.example>"),
    ]
    return message(headers, alt(text(body, "iso-8859-15"), html(html_body, "iso-8859-15")))


@mail(n(45), family="parent_teacher", lang="es", interview=False, company=None,
      days=(("Fri", "2026-11-20"),),
      note="School summons to the parent-teacher report meeting (Fri 20 Nov 7:00 a. m.): fixed time, "
           "not an interview")
def colegio_citacion():
    body = t("""
        Señores padres de familia:

        Reciban un cordial saludo. Los citamos a la entrega de informes académicos del cuarto
        periodo de la estudiante SARA MEJÍA RESTREPO, grado 3°B:

        Fecha: viernes 20 de noviembre de 2026
        Hora: 7:00 a. m.
        Lugar: aula 3°B, bloque de primaria
        Directora de grupo: Lic. Patricia Londoño

        La asistencia es obligatoria. En caso de no poder asistir, por favor informen con
        anterioridad a la coordinación académica para programar una cita individual.

        Atentamente,
        Coordinación Académica
        Colegio San Gabriel de la Loma
    """)
    headers = [
        ("Received", rcv("smtp.colegiosangabriel.example", "190.248.10.3", "2026-11-13 13:00:40", BOG, "Cg3s0b")),
        ("From", addr("Coordinación Académica CSGL", "coordinacion@colegiosangabriel.example")),
        ("To", "Padres de familia 3B <padres3b@colegiosangabriel.example>"),
        ("Subject", enc("Citación entrega de informes 4° periodo - viernes 20 de noviembre")),
        ("Date", date("2026-11-13 13:00:37", BOG)),
        ("Message-ID", "<citacion.3b.p4.2026@colegiosangabriel.example>"),
        ("Precedence", "list"),
    ]
    return message(headers, text(body, "windows-1252", cte="8bit"))


@mail(n(46), family="internal_mobility", lang="es", interview=False, company=None,
      note="HR at Camila's CURRENT employer books an internal-mobility career conversation (Outlook "
           "request, Thu 26 Nov 3:00-3:30 p. m., 'no es una entrevista'): an exploratory chat at her "
           "own employer, not a job interview with a hiring company")
def montecielo_mobility():
    body = t("""
        Hola Camila,

        Gracias por registrar tu interés en el programa de movilidad interna. Te agendo una
        conversación de carrera de 30 minutos para conocer tus intereses y contarte qué vacantes
        internas se abren en el primer trimestre (entre ellas la de Coordinador(a) de Planeación en
        Rionegro).

        No es una entrevista ni hace parte de un proceso de selección: es un espacio para que
        hablemos de tu plan de desarrollo. Es confidencial; tu jefe no recibe copia.

        Un abrazo,
        Luisa Fernanda Mesa
        Business Partner de Gestión Humana | Distribuidora Montecielo S.A.S.
    """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_SA_PACIFIC}
BEGIN:VEVENT
ORGANIZER;CN=Luisa Fernanda Mesa:mailto:luisa.mesa@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camila Restrepo:mailto:camila.restrepo@example.com
UID:040000008200E00074C5B7101A82E008000000005E4D3C2B1A09DC01000000000000000010000000AABBCCDDEEFF00112233445566778899
SUMMARY;LANGUAGE=es-ES:Conversación de carrera - movilidad interna (Camila R.)
DTSTART;TZID=SA Pacific Standard Time:20261126T150000
DTEND;TZID=SA Pacific Standard Time:20261126T153000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20261120T140512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala Guatapé - piso 4 / Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Received", received("from mx1.example.com (mx1.example.com [198.51.100.25])", "2026-11-20 09:05:16",
                              BOG, "mx1.example.org with ESMTPS id Mt7m0b", ME)),
        ("From", "Luisa Fernanda Mesa <luisa.mesa@example.com>"),
        ("To", "Camila Restrepo <camila.restrepo@example.com>"),
        ("Subject", enc("Conversación de carrera - movilidad interna (Camila R.)")),
        ("Date", date("2026-11-20 09:05:12", BOG)),
        ("Message-ID", "<SJ0PR11MB5670F1A2B3@SJ0PR11MB5670.namprd11.prod.outlook.com>"),
        ("Sensitivity", "Private"),
        ("X-Forwarded-To", ME),
        ("Content-Language", "es-CO"),
    ]
    return message(headers, alt(text(body, cte="base64"), calendar(ics, cte="base64")))


@mail(n(47), family="webinar", lang="en", interview=False, company=None,
      note="Zoom webinar registration confirmation (Tue 10 Nov 11:00 AM ET) with ICS: a confirmed "
           "time, but a webinar")
def zoom_webinar():
    body = t("""
        Hi Camila,

        Thank you for registering for "Nearshoring to Colombia: What US Buyers Look For".

        Date & Time: Nov 10, 2026 11:00 AM Eastern Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/88214476302?tk=Wb7x-nearshore

        Passcode: 440912

        Add to calendar: see the attached .ics file.

        You can cancel your registration at any time.

        Americas Trade Forum
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
{VTZ[NY]}
BEGIN:VEVENT
DTSTAMP:20261102T153000Z
DTSTART;TZID=America/New_York:20261110T110000
DTEND;TZID=America/New_York:20261110T120000
SUMMARY:Nearshoring to Colombia: What US Buyers Look For
UID:20261102T153000Z-88214476302@fe80:0:0:0:0:0:0:0
DESCRIPTION:Join Zoom Webinar: https://us06web.zoom.us/w/88214476302
LOCATION:https://us06web.zoom.us/w/88214476302
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Received", rcv("zoomcloud-mail.zoom.us", "170.114.0.46", "2026-11-02 10:30:00", NY, "Zw2b8n")),
        ("From", "Americas Trade Forum <no-reply@zoom.us>"),
        ("To", CAMILA),
        ("Subject", "Nearshoring to Colombia: What US Buyers Look For Confirmation"),
        ("Date", date("2026-11-02 10:30:00", NY)),
        ("Message-ID", "<webinar.88214476302.reg@zoom.us>"),
    ]
    return message(headers, mixed(text(body), calendar(ics, method="PUBLISH", filename="webinar.ics",
                                                       disposition="attachment")))


@mail(n(48), family="auto_reply", lang="es", interview=False, company="Café Altavista Exportaciones",
      days=(("Mon", "2026-10-26"),),
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from the hiring manager to "
           "Camila's thank-you after the 22 Oct interview; nothing confirmed")
def altavista_ooo():
    body = t("""
        Hola, gracias por tu mensaje.

        Estoy en la feria de cafés especiales en Bogotá y regreso a la oficina el lunes 26 de
        octubre. Para temas urgentes de despachos escribí a Lina Cardona
        (lina.cardona@cafealtavista.co).

        Mauricio Arango
        Café Altavista Exportaciones
    """)
    headers = [
        ("Received", rcv("mail-pl1-f170.google.com", "209.85.214.170", "2026-10-22 18:30:12", BOG, "Oo0f1c")),
        ("From", "Mauricio Arango <mauricio.arango@cafealtavista.co>"),
        ("To", CAMILA),
        ("Subject", enc("Respuesta automática: Gracias por la entrevista de hoy")),
        ("Date", date("2026-10-22 18:30:09", BOG)),
        ("Message-ID", "<ooo.4F2A9C1E.22oct@cafealtavista.co>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Autoreply", "yes"),
        ("In-Reply-To", "<CAMr3str3p0_22oct.gracias@mail.example.org>"),
    ]
    return message(headers, text(body, cte="8bit"))


@mail(n(49), family="bounce", lang="en", interview=False, company=None,
      note="Delivery failure (multipart/report) for Camila's own reply 'Re: Confirmación entrevista "
           "martes 1 de diciembre 11:00 a. m.' sent to a mistyped address; the quoted headers mention an "
           "interview time, but this is a bounce")
def bounce_dsn():
    notice = t("""
        ** Address not found **

        Your message wasn't delivered to felipe.cuartas@logivale.com.co because the domain
        logivale.com.co couldn't be found. Check for typos or unnecessary spaces and try again.

        The response was:

        DNS Error: DNS type 'mx' lookup of logivale.com.co responded with code NXDOMAIN
        Domain name not found: logivale.com.co
    """)
    status = t("""
        Reporting-MTA: dns; googlemail.com
        Arrival-Date: Fri, 27 Nov 2026 08:10:02 -0800 (PST)

        Final-Recipient: rfc822; felipe.cuartas@logivale.com.co
        Action: failed
        Status: 5.1.2
        Diagnostic-Code: smtp; DNS type 'mx' lookup of logivale.com.co responded with code NXDOMAIN
        Last-Attempt-Date: Fri, 27 Nov 2026 08:10:03 -0800 (PST)
    """)
    orig = t("""
        From: Camila Restrepo <camila.restrepo@example.org>
        To: felipe.cuartas@logivale.com.co
        Subject: =?UTF-8?Q?Re=3A_Confirmaci=C3=B3n_entrevista_martes_1_de_diciembre_11=3A00_a=2E_m=2E?=
        Date: Fri, 27 Nov 2026 11:09:58 -0500
        Message-ID: <CAMr3str3p0_27nov.confirmo@mail.example.org>
    """)
    report = mixed(
        text(notice, cte="7bit"),
        raw_part([("Content-Type", "message/delivery-status")], status),
        raw_part([("Content-Type", "text/rfc822-headers")], orig),
        params='report-type="delivery-status"',
    )
    report.headers[0] = ("Content-Type", report.headers[0][1].replace("multipart/mixed", "multipart/report"))
    headers = [
        ("Received", rcv("mail-sor-f69.google.com", "209.85.220.69", "2026-11-27 11:10:03", BOG, "Dsn5x1")),
        ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
        ("To", ME),
        ("Subject", "Delivery Status Notification (Failure)"),
        ("Date", date("2026-11-27 11:10:03", BOG)),
        ("Message-ID", "<6744a1b3.dsn.27nov@mx.google.com>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(headers, report)


@mail(n(50), family="mailing_list", lang="es", interview=False, company=None,
      days=(("Thu", "2026-12-10"),),
      note="Community mailing-list post announcing a supply-chain meetup (Thu 10 Dec 6:30 p. m.) with "
           "a 'entrevista en vivo' segment: List-Id, nothing for Camila to attend as a candidate")
def meetup_list():
    body = t("""
        ¡Hola, comunidad!

        Cerramos el año con el último meetup de Supply Chain Medellín:

        Jueves 10 de diciembre, 6:30 p. m.
        Auditorio de Ruta N (Calle 67 # 52-20), entrada libre con registro

        Agenda:
        6:30  Networking y tinto
        7:00  "Torres de control en retail: lo que aprendimos en 2026" - Diana Cárdenas
        7:40  Entrevista en vivo con el gerente de logística de un operador del puerto de Urabá
        8:15  Rifa de libros y cierre

        Registro: https://meetup.example/supplychain-med/dic-2026

        Si alguien quiere presentar en febrero, respondan a la lista.

        Nos vemos,
        Juan Esteban (organización)

        --
        Recibiste este mensaje porque estás suscrito al grupo supplychain-med.
        Para anular la suscripción, envía un correo a supplychain-med+unsubscribe@googlegroups.com.
    """)
    headers = [
        ("Received", rcv("mail-yb1-f199.google.com", "209.85.219.199", "2026-12-01 19:22:30", BOG, "Ml2s7t")),
        ("From", addr("Juan Esteban Villa", "juanesvilla@example.net")),
        ("Sender", "supplychain-med@googlegroups.com"),
        ("To", "supplychain-med@googlegroups.com"),
        ("Subject", enc("[supplychain-med] Meetup de diciembre: jueves 10, Ruta N")),
        ("Date", date("2026-12-01 19:22:27", BOG)),
        ("Message-ID", "<CAJuanEs0meetupDic2026@mail.gmail.com>"),
        ("List-Id", "<supplychain-med.googlegroups.com>"),
        ("List-Post", "<https://groups.google.com/group/supplychain-med/post>, "
                      "<mailto:supplychain-med@googlegroups.com>"),
        ("List-Unsubscribe", "<mailto:supplychain-med+unsubscribe@googlegroups.com>"),
        ("Precedence", "list"),
        ("Mailing-list", "list supplychain-med@googlegroups.com; contact supplychain-med+owners@googlegroups.com"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))
