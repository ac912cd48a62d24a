"""blind70: a blind 50-mail held-out set, a realistic inbox of a data analyst / BI developer in Seville.

Inbox owner: Macarena Ortiz Ruano <macarena.ortiz.ruano@example.org> (Europe/Madrid). Every mail's
wording is written by hand below, one function per mail; ``make.py`` (imported unchanged) does the
MIME plumbing and the checks. Build with ``python3 bench/heldout/make_blind.py blind70``.

Written blind: without reading the detector, its tests and fixtures, or any other held-out set.
File numbers are a fixed shuffle of the writing order (``ORDER``); keys 1-23 are the positives.
"""

from __future__ import annotations

import base64
import hashlib
import random
from html import escape as _esc

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

make.REGISTRY.setdefault("blind70", [])

ORDER = random.Random(70070).sample(range(1, 51), 50)


def N(key: int) -> str:
    """File name for the key-th mail in writing order."""
    return f"blind70_{ORDER[key - 1]:03d}"


ME = "macarena.ortiz.ruano@example.org"
ME_NAME = "Macarena Ortiz Ruano"
ME_TO = addr(ME_NAME, ME)
MAD = "Europe/Madrid"


def _id(seed: str, n: int = 12) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def top(relay: str, when: str, zone: str, seed: str, lag: int = 3) -> list[tuple[str, str]]:
    """Delivered-To + Received added by the owner's mailbox provider."""
    ident = f"mx1.example.org (Postfix) with ESMTPS id {_id(seed, 10).upper()}"
    return [("Delivered-To", ME), ("Received", received(relay, when, zone, ident, ME, lag))]


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


# VTIMEZONE blocks that make.VTZ does not have
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

VTZ_ROMANCE = """BEGIN:VTIMEZONE
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
END:VTIMEZONE"""

VTZ_LISBON = """BEGIN:VTIMEZONE
TZID:Europe/Lisbon
X-LIC-LOCATION:Europe/Lisbon
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:WEST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:WET
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""

TEAMS_ES = """________________________________________________________________________________
Reunión de Microsoft Teams
Unirse desde el ordenador, la aplicación móvil o el dispositivo de la sala
Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
Id. de reunión: {num}
Código de acceso: {code}
Descargar Teams<https://www.microsoft.com/es-es/microsoft-teams/download-app> | Unirse en la web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


# =========================================================================== positives


@mail(N(1), family="workday", lang="es", interview=True, kind="scheduled",
      start=utc("2026-04-16 10:00", MAD), end=utc("2026-04-16 11:00", MAD),
      contact="sonia.beltran@iberlumen.es", company="Iberlumen Energía",
      local="Thu 2026-04-16 10:00", local_end="2026-04-16 11:00", zone=MAD,
      note="Workday 'Entrevista programada', 10:00h-11:00h hora peninsular (CEST, UTC+2) = 08:00-09:00Z; "
           "ICS ORGANIZER is the Workday tenant mailbox, so contact = the recruiter named in the body")
def k01() -> bytes:
    when = "2026-04-10 04:12"
    la = "America/Los_Angeles"
    body = t("""
        Hola Macarena:

        Nos complace confirmarte la entrevista para la posición Analista de Datos Senior – Mercados (R-0041273).

        Fecha: jueves, 16 de abril de 2026
        Hora: 10:00h – 11:00h (hora peninsular, CEST)
        Formato: videollamada por Microsoft Teams. El enlace está en la convocatoria adjunta.
        Entrevistadores: Sonia Beltrán (Talent Acquisition) y Enrique Lafuente (Responsable de Analítica de Mercados)

        Si necesitas modificar la cita o tienes cualquier duda, escribe directamente a Sonia Beltrán (sonia.beltran@iberlumen.es). Este buzón no admite respuestas.

        Puedes consultar el estado de tu candidatura en cualquier momento desde tu cuenta del Portal de Empleo:
        https://iberlumen.wd3.myworkdayjobs.com/es-ES/Iberlumen_Careers/userHome

        Un cordial saludo,
        Equipo de Selección
        Iberlumen Energía
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;padding:0;background-color:#f2f4f5">
        <table width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f4f5"><tr><td align="center">
        <table width="600" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333">
        <tr><td style="background-color:#00594f;padding:18px 24px"><img src="https://iberlumen.wd3.myworkdayjobs.com/Iberlumen_Careers/assets/logo" alt="Iberlumen Energía" height="32"></td></tr>
        <tr><td style="padding:24px">
        <p>Hola Macarena:</p>
        <p>Nos complace confirmarte la entrevista para la posición <b>Analista de Datos Senior – Mercados (R-0041273)</b>.</p>
        <table cellpadding="4" cellspacing="0" border="0" style="font-size:14px">
        <tr><td style="color:#666666">Fecha</td><td>jueves, 16 de abril de 2026</td></tr>
        <tr><td style="color:#666666">Hora</td><td>10:00h – 11:00h (hora peninsular, CEST)</td></tr>
        <tr><td style="color:#666666">Formato</td><td>videollamada por Microsoft Teams. El enlace está en la convocatoria adjunta.</td></tr>
        <tr><td style="color:#666666">Entrevistadores</td><td>Sonia Beltrán (Talent Acquisition) y Enrique Lafuente (Responsable de Analítica de Mercados)</td></tr>
        </table>
        <p>Si necesitas modificar la cita o tienes cualquier duda, escribe directamente a Sonia Beltrán (<a href="mailto:sonia.beltran@iberlumen.es">sonia.beltran@iberlumen.es</a>). Este buzón no admite respuestas.</p>
        <p><a href="https://iberlumen.wd3.myworkdayjobs.com/es-ES/Iberlumen_Careers/userHome" style="color:#00594f">Acceder al Portal de Empleo</a></p>
        <p>Un cordial saludo,<br>Equipo de Selección<br>Iberlumen Energía</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#999999">Powered by Workday</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting//ES
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_MADRID}
BEGIN:VEVENT
UID:wd-interview-0041273-7781@myworkday.com
DTSTAMP:20260410T111200Z
DTSTART;TZID=Europe/Madrid:20260416T100000
DTEND;TZID=Europe/Madrid:20260416T110000
SUMMARY:Entrevista: Analista de Datos Senior – Mercados (R-0041273)
DESCRIPTION:Entrevista con Sonia Beltrán y Enrique Lafuente.\\nMicrosoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWQ4ZjE2%40thread.v2/0
LOCATION:Microsoft Teams
ORGANIZER;CN=Iberlumen Energía:mailto:iberlumen@myworkday.com
ATTENDEE;CN=Macarena Ortiz Ruano;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = top("from mail-pdx2.myworkday.com (mail-pdx2.myworkday.com [199.36.150.21])", when, la, "k01") + [
        ("From", addr("Iberlumen Energía", "iberlumen@myworkday.com")),
        ("To", ME_TO),
        ("Subject", enc("Entrevista programada: Analista de Datos Senior – Mercados (R-0041273)")),
        ("Date", date(when, la)),
        ("Message-ID", "<1865092315.48213.1775819529714@wd3-prod-notify07.myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    body_part = mixed(alt(text(body), html(page)),
                      calendar(ics, cte="base64", filename="Entrevista.ics", disposition="attachment",
                               name_param=True))
    return message(hs, body_part)


@mail(N(2), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start=utc("2026-05-12 11:00", MAD), end=utc("2026-05-12 12:00", MAD),
      contact="adrian.molina@costanebula.com", company="Costa Nébula Viajes",
      local="Tue 2026-05-12 11:00", local_end="2026-05-12 12:00", zone=MAD,
      days=(("Tue", "2026-05-12"),),
      note="Google Calendar invitation in Spanish, mar 12 may 11:00-12:00 (CEST) Madrid = 09:00-10:00Z; "
           "organizer = hiring manager (Reply-To)")
def k02() -> bytes:
    when = "2026-05-06 17:40"
    summary = "Entrevista técnica Analista BI - Macarena Ortiz"
    plain = t(f"""
        Adrián Molina te ha invitado a un evento
        {summary}
        martes, 12 de mayo de 2026⋅11:00 – 12:00
        Hora de verano de Europa central - Madrid

        Unirse con Google Meet
        https://meet.google.com/vqe-hxdn-tpa

        Hola Macarena, como hablamos por teléfono: una hora con Elena (Data Lead) y conmigo. Veremos
        un poco de SQL y el cuadro de mando de ocupación que comentaste. Nada que preparar.

        Invitados
        Adrián Molina - organizador
        Elena Vázquez
        macarena.ortiz.ruano@example.org
        Ver todos los detalles de los invitados: https://calendar.google.com/calendar/event?action=VIEW&eid=M2hhcTdkMjBlOW5vZ2c

        Responder a {ME} de este evento: Sí https://calendar.google.com/calendar/event?action=RESPOND&rst=1 | No https://calendar.google.com/calendar/event?action=RESPOND&rst=2 | Quizás https://calendar.google.com/calendar/event?action=RESPOND&rst=3

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Has recibido este correo porque eres un invitado del evento. Para dejar de recibir
        actualizaciones de este evento, rechaza la invitación.

        Reenviar esta invitación puede permitir que cualquier destinatario envíe una respuesta al
        organizador, se añada a la lista de invitados, invite a otros usuarios independientemente de su
        propio estado de invitación o modifique tu respuesta. Más información
        https://support.google.com/calendar/answer/37135#forwarding
        """)
    page = t(f"""
        <span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Event"><meta itemprop="eventStatus" content="http://schema.org/EventScheduled"/></span></span>
        <html><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;max-width:600px">
        <div style="font-size:14px;padding-bottom:8px">Adrián Molina te ha invitado a un evento</div>
        <h2 style="font-size:22px;font-weight:400;color:#3c4043;margin:0 0 12px">{summary}</h2>
        <table cellpadding="0" cellspacing="0" style="font-size:14px">
        <tr><td style="padding-right:16px;color:#70757a">Cuándo</td><td>martes, 12 de mayo de 2026⋅11:00 – 12:00 (Hora de verano de Europa central - Madrid)</td></tr>
        <tr><td style="padding-right:16px;color:#70757a">Unirse con Google Meet</td><td><a href="https://meet.google.com/vqe-hxdn-tpa">meet.google.com/vqe-hxdn-tpa</a></td></tr>
        <tr><td style="padding-right:16px;color:#70757a">Invitados</td><td>Adrián Molina - organizador<br>Elena Vázquez<br>{ME}</td></tr>
        </table>
        <p style="font-size:14px">Hola Macarena, como hablamos por teléfono: una hora con Elena (Data Lead) y conmigo. Veremos un poco de SQL y el cuadro de mando de ocupación que comentaste. Nada que preparar.</p>
        <div style="font-size:14px">¿Asistirás? <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=1">Sí</a> · <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=2">No</a> · <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=3">Quizás</a></div>
        <p style="font-size:12px;color:#70757a">Invitación de Google Calendar. Has recibido este correo porque eres un invitado del evento.</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260512T110000
DTEND;TZID=Europe/Madrid:20260512T120000
DTSTAMP:20260506T154000Z
ORGANIZER;CN=Adrián Molina:mailto:adrian.molina@costanebula.com
UID:3haq7d20e9nogg5t1m8kq2c6vb@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Adrián Molina;X-NUM-GUESTS=0:mailto:adrian.molina@costanebula.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Elena Vázquez;X-NUM-GUESTS=0:mailto:elena.vazquez@costanebula.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
X-GOOGLE-CONFERENCE:https://meet.google.com/vqe-hxdn-tpa
CREATED:20260506T153912Z
DESCRIPTION:Hola Macarena\\, como hablamos por teléfono: una hora con Elena (Data Lead) y conmigo. Veremos un poco de SQL y el cuadro de mando de ocupación que comentaste. Nada que preparar.\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nÚnete con Google Meet: https://meet.google.com/vqe-hxdn-tpa\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20260506T154000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{summary}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = f"Invitación: {summary} @ mar 12 may 2026 11:00 - 12:00 (CEST) ({ME})"
    hs = top("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", when, MAD, "k02") + [
        ("From", addr("Adrián Molina", "adrian.molina@costanebula.com")),
        ("Reply-To", addr("Adrián Molina", "adrian.molina@costanebula.com")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", enc(subject)),
        ("Date", date(when, MAD)),
        ("Message-ID", "<calendar-6f1d0c2a-91b4-4c55-b7e3-0d8f2c41a9e7@google.com>"),
    ]
    body_part = mixed(
        alt(text(plain, params="format=flowed; delsp=yes", cte="base64"), html(page),
            calendar(ics, cte="base64")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True),
    )
    return message(hs, body_part)


@mail(N(3), family="exchange", lang="es", interview=True, kind="scheduled",
      start=utc("2026-06-03 16:00", MAD), end=utc("2026-06-03 17:30", MAD),
      contact="irene.castano@nexadata-consulting.com", company="Nexa Data Consulting",
      local="Wed 2026-06-03 16:00", local_end="2026-06-03 17:30", zone=MAD,
      note="Outlook/Exchange meeting request, TZID 'Romance Standard Time' (same rules as Madrid), "
           "16:00-17:30 CEST = 14:00-15:30Z; case interview; organizer = human sender")
def k03() -> bytes:
    when = "2026-05-28 09:21"
    teams = TEAMS_ES.format(mid="YmQ3ZTRhNjEtOGM5Zi00ZDFkLWJmNDMtMjA1YzE3OGQ0ZTc2",
                            tid="7b2f81c4-55d0-4e0a-9a3e-1f6c2d9e8b10", num="364 918 207 553",
                            code="Rq7aY3")
    plain = t("""
        Hola Macarena,

        Te envío la convocatoria para la entrevista de caso práctico con Alberto Quesada (Manager de Data & Analytics) y conmigo.

        La dinámica es la siguiente: al inicio te compartiremos un caso con datos de ventas de un cliente del sector retail. Tendrás 30 minutos para prepararlo con tu portátil (Excel, Power BI o lo que prefieras) y después lo comentamos juntos. En total reservamos hora y media.

        Si tienes algún problema con la conexión, llámame al 655 21 84 90.

        Un saludo,
        Irene

        Irene Castaño Ruiz
        Talent Acquisition | Nexa Data Consulting
        Paseo de la Castellana 141, 28046 Madrid

        """) + teams
    page = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\">"
            "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body lang=\"ES\">\n"
            + "".join(f"<p class=\"MsoNormal\">{_esc(line) or '&nbsp;'}</p>\n" for line in plain.split("\n")[:14])
            + "<div style=\"max-width:520px\"><hr><p><span style=\"font-size:18pt\">Reunión de Microsoft Teams</span></p>"
            "<p><a href=\"https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmQ3ZTRhNjEtOGM5Zi00ZDFkLWJmNDMtMjA1YzE3OGQ0ZTc2%40thread.v2/0\">"
            "Haga clic aquí para unirse a la reunión</a></p>"
            "<p>Id. de reunión: 364 918 207 553<br>Código de acceso: Rq7aY3</p><hr></div>\n</body></html>\n")
    desc = plain.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Irene Castaño Ruiz:mailto:irene.castano@nexadata-consulting.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Macarena Ortiz Ruano:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alberto Quesada Pinto:mailto:alberto.quesada@nexadata-consulting.com
DESCRIPTION;LANGUAGE=es-ES:{desc}
UID:040000008200E00074C5B7101A82E00800000000A0F1C3D4A7EEDC01000000000000000010000000B6E3E4C1A5D24B46A0D9E8C71F5B3A22
SUMMARY;LANGUAGE=es-ES:Entrevista caso práctico - Consultor/a Senior BI - Macarena Ortiz
DTSTART;TZID=Romance Standard Time:20260603T160000
DTEND;TZID=Romance Standard Time:20260603T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260528T072100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2123914620
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    hs = top("from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2071.outbound.protection.outlook.com [40.107.22.71])",
             when, MAD, "k03") + [
        ("From", addr("Irene Castaño Ruiz", "irene.castano@nexadata-consulting.com")),
        ("To", ME_TO),
        ("CC", addr("Alberto Quesada Pinto", "alberto.quesada@nexadata-consulting.com")),
        ("Subject", enc("Entrevista caso práctico - Consultor/a Senior BI - Macarena Ortiz")),
        ("Thread-Topic", enc("Entrevista caso práctico - Consultor/a Senior BI - Macarena Ortiz")),
        ("Thread-Index", "AdzuXk3Qp7cTnR0ZSwe9b1a2hBqzWg=="),
        ("Date", date(when, MAD)),
        ("Message-ID", "<PAXPR08MB6912D4A1C3E0F5B27A8E41C9D1A62@PAXPR08MB6912.eurprd08.prod.outlook.com>"),
        ("Accept-Language", "es-ES, en-US"),
        ("Content-Language", "es-ES"),
        ("X-MS-Has-Attach", "no"),
        ("X-MS-Exchange-Organization-SCL", "-1"),
    ]
    body_part = alt(text(plain), html(page), calendar(ics, cte="base64"))
    return message(hs, body_part)


@mail(N(4), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-22 10:00", MAD), contact="lorena.vidal@avanteq.com", company="Avanteq",
      local="Thu 2026-10-22 10:00", zone=MAD,
      days=(("Mon", "2026-10-19"), ("Tue", "2026-10-20"), ("Thu", "2026-10-22"), ("Wed", "2026-10-14")),
      note="Consultancy recruiter's short reply on top of the quoted thread: 'queda el jueves 22 a las 10h', "
           "still CEST (UTC+2) before the 25 Oct change = 08:00Z; no length stated")
def k04() -> bytes:
    when = "2026-10-15 09:05"
    plain = t("""
        Perfecto Macarena, pues queda el jueves 22 a las 10h en nuestras oficinas de Torre Sevilla, planta 14. Pregunta por mí en recepción y bajo a buscarte.

        Estarás con Fernando (Manager de la práctica de Data) y conmigo.

        Un saludo,

        Lorena Vidal
        Recruiter | Avanteq Sevilla
        T. +34 954 87 21 30

        -----Mensaje original-----
        De: Macarena Ortiz Ruano <macarena.ortiz.ruano@example.org>
        Enviado el: miércoles, 14 de octubre de 2026 21:47
        Para: Vidal Gómez, Lorena <lorena.vidal@avanteq.com>
        Asunto: Re: Proceso Data Analyst Senior - Avanteq

        Hola Lorena,

        Muchas gracias. El jueves a las 10 me viene genial, ¿sería presencial o por Teams?

        Un saludo,
        Macarena

        -----Mensaje original-----
        De: Vidal Gómez, Lorena <lorena.vidal@avanteq.com>
        Enviado el: miércoles, 14 de octubre de 2026 17:32
        Para: Macarena Ortiz Ruano <macarena.ortiz.ruano@example.org>
        Asunto: Proceso Data Analyst Senior - Avanteq

        Hola Macarena,

        Encantada de haber hablado contigo. Para la siguiente fase te propongo estas opciones:
        - lunes 19 a las 12h
        - martes 20 a las 16:30
        - jueves 22 a las 10h

        Dime cuál te encaja mejor y te lo confirmo.

        Un saludo,
        Lorena
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="ES" style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Perfecto Macarena, pues queda el jueves 22 a las 10h en nuestras oficinas de Torre Sevilla, planta 14. Pregunta por mí en recepción y bajo a buscarte.</p>
        <p>Estarás con Fernando (Manager de la práctica de Data) y conmigo.</p>
        <p>Un saludo,</p>
        <p><b>Lorena Vidal</b><br>Recruiter | Avanteq Sevilla<br>T. +34 954 87 21 30</p>
        <div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
        <p><b>De:</b> Macarena Ortiz Ruano &lt;macarena.ortiz.ruano@example.org&gt;<br><b>Enviado el:</b> miércoles, 14 de octubre de 2026 21:47<br>
        <b>Para:</b> Vidal Gómez, Lorena &lt;lorena.vidal@avanteq.com&gt;<br><b>Asunto:</b> Re: Proceso Data Analyst Senior - Avanteq</p></div>
        <p>Hola Lorena,</p><p>Muchas gracias. El jueves a las 10 me viene genial, ¿sería presencial o por Teams?</p><p>Un saludo,<br>Macarena</p>
        <div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
        <p><b>De:</b> Vidal Gómez, Lorena &lt;lorena.vidal@avanteq.com&gt;<br><b>Enviado el:</b> miércoles, 14 de octubre de 2026 17:32<br>
        <b>Para:</b> Macarena Ortiz Ruano &lt;macarena.ortiz.ruano@example.org&gt;<br><b>Asunto:</b> Proceso Data Analyst Senior - Avanteq</p></div>
        <p>Hola Macarena,</p><p>Encantada de haber hablado contigo. Para la siguiente fase te propongo estas opciones:</p>
        <ul><li>lunes 19 a las 12h</li><li>martes 20 a las 16:30</li><li>jueves 22 a las 10h</li></ul>
        <p>Dime cuál te encaja mejor y te lo confirmo.</p><p>Un saludo,<br>Lorena</p>
        </body></html>
        """)
    hs = top("from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2109.outbound.protection.outlook.com [40.107.249.109])",
             when, MAD, "k04") + [
        ("From", addr("Vidal Gómez, Lorena", "lorena.vidal@avanteq.com")),
        ("To", ME_TO),
        ("Subject", "RE: Proceso Data Analyst Senior - Avanteq"),
        ("Thread-Topic", "Proceso Data Analyst Senior - Avanteq"),
        ("Thread-Index", "AQHdO2y7kR1qvZc3Tk2XbA0cG5f4mbJq0AAgAANpQA="),
        ("Date", date(when, MAD)),
        ("Message-ID", "<DB9PR06MB7732A91F0D3C44E1B85C2A6E93C47@DB9PR06MB7732.eurprd06.prod.outlook.com>"),
        ("In-Reply-To", "<CAJ8mOr0+Tq3vFh2pQz7=kLx0e1M5dN9yRr@mail.example.org>"),
        ("References", "<DB9PR06MB7732F04B1C88A1D2E9C3A0E93C46@DB9PR06MB7732.eurprd06.prod.outlook.com>\r\n"
                       " <CAJ8mOr0+Tq3vFh2pQz7=kLx0e1M5dN9yRr@mail.example.org>"),
        ("Content-Language", "es-ES"),
    ]
    return message(hs, alt(text(plain), html(page)))


@mail(N(5), family="html_only", lang="es", interview=True, kind="scheduled",
      start=utc("2026-07-07 09:30", "Atlantic/Canary"), contact="yaiza.suarez@atlantidahoteles.es",
      company="Grupo Atlántida Hoteles", local="Tue 2026-07-07 09:30", zone="Atlantic/Canary",
      note="HTML-only Outlook mail from Las Palmas: 'martes 7 de julio a las 9:30 hora canaria (10:30 "
           "peninsular)'; Canary summer time WEST = UTC+1, so 08:30Z; 'unos 45 minutos' is approximate, end null")
def k05() -> bytes:
    when = "2026-07-01 12:48"
    zone = "Atlantic/Canary"
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;} --></style></head>
        <body lang="ES" link="#467886" vlink="#96607D"><div class="WordSection1">
        <p class="MsoNormal">Buenos días, Macarena:</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Gracias por tu interés en el puesto de <b>Analista de Revenue Management y BI</b> en Grupo Atlántida Hoteles.</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Te confirmamos la entrevista por Google Meet el <b>martes 7 de julio a las 9:30 hora canaria (10:30 en la península)</b>, con Airam Hernández, Director de Revenue, y conmigo. Calculamos unos 45 minutos.</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Enlace: <a href="https://meet.google.com/bkd-wqpz-rjm">https://meet.google.com/bkd-wqpz-rjm</a></p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Si te surge cualquier imprevisto, respóndeme a este correo.</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Un cordial saludo,</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal"><b><span style="color:#0E5A7A">Yaiza Suárez Rodríguez</span></b></p>
        <p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">Técnica de Selección y Desarrollo · Grupo Atlántida Hoteles</span></p>
        <p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">C/ León y Castillo 214 · 35005 Las Palmas de Gran Canaria</span></p>
        <p class="MsoNormal"><span style="font-size:8.0pt;color:#7F7F7F">Antes de imprimir este correo, piense si es necesario. Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario.</span></p>
        </div></body></html>
        """)
    hs = top("from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2118.outbound.protection.outlook.com [40.107.103.118])",
             when, zone, "k05") + [
        ("From", addr("Yaiza Suárez Rodríguez", "yaiza.suarez@atlantidahoteles.es")),
        ("To", ME_TO),
        ("Subject", enc("Entrevista Analista Revenue Management y BI – Grupo Atlántida")),
        ("Thread-Topic", enc("Entrevista Analista Revenue Management y BI – Grupo Atlántida")),
        ("Thread-Index", "AdzrR8x0b2T1nV3YQm6hKc9JpL4s8g=="),
        ("Date", date(when, zone)),
        ("Message-ID", "<AS8PR02MB9241E7B0A6C15D3F2A40B8C1A5E79@AS8PR02MB9241.eurprd02.prod.outlook.com>"),
        ("Content-Language", "es-ES"),
    ]
    return message(hs, html(page))


@mail(N(6), family="human_prose", lang="pt", interview=True, kind="scheduled",
      start=utc("2026-06-09 15:00", "Europe/Lisbon"), end=utc("2026-06-09 15:45", "Europe/Lisbon"),
      contact="rita.carvalho@maresdigital.pt", company="Marés Digital",
      local="Tue 2026-06-09 15:00", local_end="2026-06-09 15:45", zone="Europe/Lisbon",
      note="Portuguese recruiter (Outlook, windows-1252): terça-feira 9 de junho 15h00 hora de Lisboa "
           "(WEST, UTC+1) = 14:00Z, 'duração de 45 minutos' = exact, end 14:45Z; also says 16h00 em Espanha")
def k06() -> bytes:
    when = "2026-06-03 10:15"
    zone = "Europe/Lisbon"
    plain = t("""
        Olá Macarena,

        Obrigada pela conversa de ontem!

        Confirmamos a sua entrevista com a Inês Falcão (Head of Data) na terça-feira, 9 de junho, às 15h00 (hora de Lisboa – 16h00 em Espanha). A chamada será por Google Meet e terá a duração de 45 minutos:
        https://meet.google.com/ojf-tmxa-quy

        A Inês vai querer conhecer melhor os projetos de Power BI e dbt que referiu no CV. Se precisar de alguma coisa, estou por aqui.

        Com os melhores cumprimentos,

        Rita Carvalho
        People & Talent – Marés Digital
        Rua da Boavista 72, 1200-066 Lisboa
        """)
    hs = top("from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2093.outbound.protection.outlook.com [40.107.13.93])",
             when, zone, "k06") + [
        ("From", addr("Rita Carvalho", "rita.carvalho@maresdigital.pt")),
        ("To", addr("Macarena Ortiz Ruano", ME)),
        ("Subject", enc("Entrevista – Data Analyst (Marés Digital)", "windows-1252")),
        ("Thread-Topic", enc("Entrevista – Data Analyst (Marés Digital)", "windows-1252")),
        ("Date", date(when, zone)),
        ("Message-ID", "<VI1PR10MB3318B2C4F57A09D1E6F3A8B4C92D0@VI1PR10MB3318.EURPRD10.PROD.OUTLOOK.COM>"),
        ("Content-Language", "pt-PT"),
    ]
    return message(hs, text(plain, charset="windows-1252"))


@mail(N(7), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-03-31 10:00", "Europe/London"), end=utc("2026-03-31 11:00", "Europe/London"),
      contact="hannah.okafor@thamesgatepay.co.uk", company="Thamesgate Payments",
      local="Tue 2026-03-31 10:00", local_end="2026-03-31 11:00", zone="Europe/London",
      note="Greenhouse confirmation sent Thu 26 Mar in GMT; interview Tue 31 Mar 10:00-11:00 BST (UK summer "
           "time from 29 Mar) = 09:00-10:00Z, ICS in UTC agrees; contact = Reply-To coordinator")
def k07() -> bytes:
    when = "2026-03-26 16:02"
    zone = "Europe/London"
    plain = t("""
        Hi Macarena,

        Thanks for confirming your availability. Your interview with Thamesgate Payments is confirmed:

        Role: Senior Data Analyst (Merchant Insights)
        Interview: Technical Interview - SQL & Metrics
        When: Tuesday, March 31st 2026, 10:00 AM - 11:00 AM BST (London)
        Where: Microsoft Teams (link in the attached calendar invite)

        Interviewers:
          Oliver Pritchard - Analytics Manager
          Sasha Kowalczyk - Senior Data Analyst

        Please note that the UK moves to British Summer Time on Sunday 29 March, so the interview is at 11:00 AM for you in Seville.

        If you need to make any changes, just reply to this email.

        Best,
        Hannah Okafor
        Talent Coordinator, Thamesgate Payments
        """)
    page = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:14px;color:#1f2d3d">
        <p>Hi Macarena,</p>
        <p>Thanks for confirming your availability. Your interview with Thamesgate Payments is confirmed:</p>
        <table style="border-collapse:collapse;font-size:14px">
        <tr><td style="padding:4px 12px 4px 0;color:#6b7c93">Role</td><td>Senior Data Analyst (Merchant Insights)</td></tr>
        <tr><td style="padding:4px 12px 4px 0;color:#6b7c93">Interview</td><td>Technical Interview - SQL &amp; Metrics</td></tr>
        <tr><td style="padding:4px 12px 4px 0;color:#6b7c93">When</td><td>Tuesday, March 31st 2026, 10:00 AM - 11:00 AM BST (London)</td></tr>
        <tr><td style="padding:4px 12px 4px 0;color:#6b7c93">Where</td><td>Microsoft Teams (link in the attached calendar invite)</td></tr>
        </table>
        <p>Interviewers:<br>Oliver Pritchard - Analytics Manager<br>Sasha Kowalczyk - Senior Data Analyst</p>
        <p>Please note that the UK moves to British Summer Time on Sunday 29 March, so the interview is at 11:00 AM for you in Seville.</p>
        <p>If you need to make any changes, just reply to this email.</p>
        <p>Best,<br>Hannah Okafor<br>Talent Coordinator, Thamesgate Payments</p>
        <img src="https://app.greenhouse.io/email_tracking/open/8f3c2a71.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse//Greenhouse Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-40918273@greenhouse.io
DTSTAMP:20260326T160200Z
DTSTART:20260331T090000Z
DTEND:20260331T100000Z
SUMMARY:Thamesgate Payments - Technical Interview - SQL & Metrics
DESCRIPTION:Interviewers: Oliver Pritchard\\, Sasha Kowalczyk\\nMicrosoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzFhMzQ5%40thread.v2/0
LOCATION:Microsoft Teams
ORGANIZER;CN=Hannah Okafor:mailto:hannah.okafor@thamesgatepay.co.uk
ATTENDEE;CN=Macarena Ortiz Ruano;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = top("from o1.ptr4471.greenhouse.io (o1.ptr4471.greenhouse.io [167.89.21.104])", when, zone, "k07") + [
        ("From", "Thamesgate Payments <no-reply@greenhouse.io>"),
        ("Reply-To", "Hannah Okafor <hannah.okafor@thamesgatepay.co.uk>"),
        ("To", ME),
        ("Subject", "Interview Confirmation: Senior Data Analyst (Merchant Insights) at Thamesgate Payments"),
        ("Date", date(when, zone)),
        ("Message-ID", "<67f1c0a4e8d2b_3a1f2b8c41d9@greenhouse-mailer-7c9d5f.mail>"),
        ("X-SG-EID", "u001.Kc8sT3yq0d2M9bR1vJ5xN7wQ4pL6aZ"),
    ]
    body_part = mixed(alt(text(plain, cte="7bit"), html(page)),
                      calendar(ics, filename="invite.ics", disposition="attachment"))
    return message(hs, body_part)


@mail(N(8), family="human_prose", lang="en", interview=True, kind="scheduled",
      start=utc("2026-03-10 11:00", "America/New_York"), end=utc("2026-03-10 11:30", "America/New_York"),
      contact="kayla@brightwateranalytics.com", company="Brightwater Analytics",
      local="Tue 2026-03-10 11:00", local_end="2026-03-10 11:30", zone="America/New_York",
      days=(("Sun", "2026-03-08"),),
      note="US recruiter, sent Thu 5 Mar in EST: 'Tuesday 3/10 at 11:00am ET', US on EDT from 8 Mar "
           "(UTC-4) = 15:00Z (16:00 CET, as the mail says); '30-minute call' = exact, end 15:30Z")
def k08() -> bytes:
    when = "2026-03-05 14:22"
    zone = "America/New_York"
    plain = t("""
        Hi Macarena!

        You're all set for Tuesday 3/10 at 11:00am ET with Marcus Reed, our Director of Analytics. It's a 30-minute call, mostly about your experience with dashboards for ops teams, and a few questions about how you'd work with a US team remotely.

        Heads up on the time: we switch to daylight saving time this Sunday (3/8) and you don't until the end of the month, so for those few weeks we're only 5 hours apart. That makes it 4:00pm your time in Seville, not 5. I double-checked :)

        Marcus will send the Zoom invite from his calendar later today.

        Talk soon,
        Kayla

        --
        Kayla Jennings | Talent Partner
        Brightwater Analytics | Boston, MA (remote-first)

        On Wed, Mar 4, 2026 at 10:03 AM Macarena Ortiz Ruano <macarena.ortiz.ruano@example.org> wrote:
        > Hi Kayla,
        >
        > Tuesday or Wednesday next week both work for me, any time between 9am and 1pm your time.
        >
        > Best,
        > Macarena
        """)
    hs = top("from mail-yw1-f178.google.com (mail-yw1-f178.google.com [209.85.128.178])", when, zone, "k08") + [
        ("From", "Kayla Jennings <kayla@brightwateranalytics.com>"),
        ("To", ME_TO),
        ("Subject", "Re: Brightwater - next steps"),
        ("Date", date(when, zone)),
        ("Message-ID", "<CAK4xP2h9yQn0Zr5wE7mT3u+vB1sL8cD6gJ@mail.gmail.com>"),
        ("In-Reply-To", "<CAJ8mOr1Wq7hTz4nKp0x3L5cV9b2R6eYfMs@mail.example.org>"),
        ("References", "<CAJ8mOr1Wq7hTz4nKp0x3L5cV9b2R6eYfMs@mail.example.org>"),
    ]
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(N(9), family="teamtailor", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-16 16:00", MAD), end=utc("2026-09-16 16:45", MAD),
      contact="jordi.puig@onamobility.com", company="Ona Mobility",
      local="Wed 2026-09-16 16:00", local_end="2026-09-16 16:45", zone=MAD,
      note="Teamtailor booking confirmation (Barcelona), miércoles 16 de septiembre 16:00-16:45 CEST = "
           "14:00-14:45Z; ICS in UTC; contact = Reply-To hiring manager")
def k09() -> bytes:
    when = "2026-09-10 09:03"
    zone = "UTC"
    plain = t("""
        Hola Macarena,

        ¡Tu entrevista está confirmada!

        Entrevista con el equipo de Data – Data Analyst (Pricing)
        miércoles, 16 de septiembre de 2026
        16:00 – 16:45 (Europe/Madrid)

        Videollamada: https://onamobility.teamtailor.com/meetings/vid/9c2e71f4

        Te entrevistarán Jordi Puig (Head of Data) y Núria Ferrer (Analytics Engineer).

        ¿Necesitas cambiar algo? Responde a este correo y le llegará a Jordi.

        ¡Hasta pronto!
        Ona Mobility
        """)
    page = t("""
        <!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="margin:0;background:#f6f6f6;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif">
        <div style="max-width:560px;margin:24px auto;background:#ffffff;border-radius:8px;padding:32px">
        <img src="https://assets.teamtailor-cdn.com/onamobility/logo.png" alt="Ona Mobility" height="28">
        <p style="font-size:15px">Hola Macarena,</p>
        <h1 style="font-size:22px;margin:8px 0 20px">¡Tu entrevista está confirmada!</h1>
        <div style="border:1px solid #e6e6e6;border-radius:6px;padding:16px">
        <div style="font-weight:600">Entrevista con el equipo de Data – Data Analyst (Pricing)</div>
        <div style="margin-top:6px">miércoles, 16 de septiembre de 2026</div>
        <div>16:00 – 16:45 (Europe/Madrid)</div>
        <div style="margin-top:10px"><a href="https://onamobility.teamtailor.com/meetings/vid/9c2e71f4" style="background:#ff4f64;color:#ffffff;padding:8px 14px;border-radius:4px;text-decoration:none">Unirse a la videollamada</a></div>
        </div>
        <p style="font-size:15px">Te entrevistarán Jordi Puig (Head of Data) y Núria Ferrer (Analytics Engineer).</p>
        <p style="font-size:15px">¿Necesitas cambiar algo? Responde a este correo y le llegará a Jordi.</p>
        <p style="font-size:15px">¡Hasta pronto!<br>Ona Mobility</p>
        <p style="font-size:11px;color:#999999">Enviado con Teamtailor</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:meeting-9c2e71f4-candidate-3817265@teamtailor.com
DTSTAMP:20260910T090300Z
DTSTART:20260916T140000Z
DTEND:20260916T144500Z
SUMMARY:Entrevista con el equipo de Data – Ona Mobility
LOCATION:https://onamobility.teamtailor.com/meetings/vid/9c2e71f4
ORGANIZER;CN=Jordi Puig:mailto:jordi.puig@onamobility.com
ATTENDEE;CN=Macarena Ortiz Ruano;PARTSTAT=ACCEPTED:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = top("from a27-14.smtp-out.eu-west-1.amazonses.com (a27-14.smtp-out.eu-west-1.amazonses.com [54.240.27.14])",
             when, zone, "k09") + [
        ("From", "Ona Mobility <no-reply@teamtailor-mail.com>"),
        ("Reply-To", addr("Jordi Puig", "jordi.puig@onamobility.com")),
        ("To", ME_TO),
        ("Subject", enc("Entrevista confirmada: Data Analyst (Pricing) – Ona Mobility")),
        ("Date", date(when, zone)),
        ("Message-ID", "<0102019a2f6c3d1e-8b4f7a21-55c3-4e9d-a0b1-6d2e9f7c4a11-000000@eu-west-1.amazonses.com>"),
    ]
    body_part = mixed(alt(text(plain), html(page)),
                      calendar(ics, cte="base64", filename="entrevista.ics", disposition="attachment"))
    return message(hs, body_part)


@mail(N(10), family="factorial", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-09 17:30", MAD), end=utc("2026-11-09 18:30", MAD),
      contact="pedro@giraldalabs.es", company="Giralda Labs",
      local="Mon 2026-11-09 17:30", local_end="2026-11-09 18:30", zone=MAD,
      note="Factorial ATS, onsite in Seville: 09/11/2026 (DD/MM) 17:30-18:30, CET after 25 Oct = "
           "16:30-17:30Z; no-reply sender, contact = interviewer's address in the body")
def k10() -> bytes:
    when = "2026-11-03 10:40"
    plain = t("""
        Hola Macarena,

        Giralda Labs te ha invitado a una entrevista para la posición BI Developer.

        Fecha: 09/11/2026
        Hora: 17:30 - 18:30 (Europe/Madrid)
        Tipo: Presencial
        Dirección: Edificio Expo, C/ Inca Garcilaso 3, Isla de la Cartuja, 41092 Sevilla
        Entrevistadores: Pedro Lozano (pedro@giraldalabs.es), Carmen Ríos

        Mensaje de Giralda Labs:
        "Macarena, la entrevista es en nuestra oficina, trae portátil si quieres enseñarnos algún dashboard. Hay parking en la calle de atrás."

        Añadir al calendario: https://app.factorialhr.com/ats/interviews/58213/ics

        Este es un correo automático enviado por Factorial en nombre de Giralda Labs. Por favor, no respondas a este mensaje.
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;background:#fafafa;color:#25253d">
        <table align="center" width="560" style="background:#ffffff;border:1px solid #ececf1;border-radius:10px;padding:28px">
        <tr><td>
        <p>Hola Macarena,</p>
        <p><b>Giralda Labs</b> te ha invitado a una entrevista para la posición <b>BI Developer</b>.</p>
        <table style="font-size:14px;margin:12px 0">
        <tr><td style="color:#7a7a8c;padding-right:14px">Fecha</td><td>09/11/2026</td></tr>
        <tr><td style="color:#7a7a8c;padding-right:14px">Hora</td><td>17:30 - 18:30 (Europe/Madrid)</td></tr>
        <tr><td style="color:#7a7a8c;padding-right:14px">Tipo</td><td>Presencial</td></tr>
        <tr><td style="color:#7a7a8c;padding-right:14px">Dirección</td><td>Edificio Expo, C/ Inca Garcilaso 3, Isla de la Cartuja, 41092 Sevilla</td></tr>
        <tr><td style="color:#7a7a8c;padding-right:14px">Entrevistadores</td><td>Pedro Lozano (<a href="mailto:pedro@giraldalabs.es">pedro@giraldalabs.es</a>), Carmen Ríos</td></tr>
        </table>
        <p style="background:#f4f4f8;padding:12px;border-radius:6px">"Macarena, la entrevista es en nuestra oficina, trae portátil si quieres enseñarnos algún dashboard. Hay parking en la calle de atrás."</p>
        <p><a href="https://app.factorialhr.com/ats/interviews/58213/ics" style="color:#e51943">Añadir al calendario</a></p>
        <p style="font-size:11px;color:#9b9bab">Este es un correo automático enviado por Factorial en nombre de Giralda Labs. Por favor, no respondas a este mensaje.</p>
        </td></tr></table></body></html>
        """)
    hs = top("from mail-out-11.factorialhr.com (mail-out-11.factorialhr.com [185.132.41.11])", when, MAD, "k10") + [
        ("From", "Giralda Labs via Factorial <no-reply@factorialhr.com>"),
        ("To", ME),
        ("Subject", enc("Invitación a entrevista – BI Developer en Giralda Labs")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<6727a1f3c0e4b_1b2f3c4d5e6f@factorial-mailer-5d8c9.mail>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(hs, alt(text(plain, cte="base64"), html(page, cte="base64")))


@mail(N(11), family="calendly", lang="es", interview=True, kind="scheduled",
      start=utc("2026-07-02 12:30", MAD), end=utc("2026-07-02 13:00", MAD),
      contact="laura@cardumendata.io", company="Cardumen Data",
      local="Thu 2026-07-02 12:30", local_end="2026-07-02 13:00", zone=MAD,
      note="Calendly invitee confirmation in Spanish after the candidate booked: 12:30-13:00 hora de verano "
           "de Europa central = 10:30-11:00Z; Date header in UTC; contact = Reply-To host")
def k11() -> bytes:
    when = "2026-06-29 17:12"
    zone = "UTC"
    plain = t("""
        Hola, Macarena Ortiz Ruano:

        Se ha programado un nuevo evento.

        Tipo de evento:
        Primera llamada – Data Analyst (remoto)

        Anfitrión:
        Laura Pineda

        Fecha/hora del evento:
        12:30 - 13:00 (hora de verano de Europa central); jueves, 2 de julio de 2026

        Ubicación:
        Este evento tiene un enlace de Google Meet.
        https://meet.google.com/hzu-rdkc-wfo

        Descripción:
        Charla de 30 minutos con Laura (Head of People) para conocernos y contarte el puesto.

        Preguntas:
        ¿Hay algo que quieras contarnos antes de la llamada?
        Vengo de Power BI y me interesa mucho cómo trabajáis con Looker y dbt.

        Ver evento en Calendly: https://calendly.com/events/EBHF3XQJ2K7A/google_meet

        ¿Necesitas hacer cambios en este evento?
        Cancelar: https://calendly.com/cancellations/7a61c0f2-4b8e-4d11-9f3a-2c5e8b1d0a94
        Reprogramar: https://calendly.com/reschedulings/7a61c0f2-4b8e-4d11-9f3a-2c5e8b1d0a94

        Con la tecnología de Calendly.com
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a;font-size:15px">
        <div style="max-width:560px;margin:0 auto;padding:24px">
        <p>Hola, Macarena Ortiz Ruano:</p>
        <p>Se ha programado un nuevo evento.</p>
        <p><b>Tipo de evento:</b><br>Primera llamada – Data Analyst (remoto)</p>
        <p><b>Anfitrión:</b><br>Laura Pineda</p>
        <p><b>Fecha/hora del evento:</b><br>12:30 - 13:00 (hora de verano de Europa central); jueves, 2 de julio de 2026</p>
        <p><b>Ubicación:</b><br>Este evento tiene un enlace de Google Meet.<br><a href="https://meet.google.com/hzu-rdkc-wfo">https://meet.google.com/hzu-rdkc-wfo</a></p>
        <p><b>Descripción:</b><br>Charla de 30 minutos con Laura (Head of People) para conocernos y contarte el puesto.</p>
        <p><b>Preguntas:</b><br>¿Hay algo que quieras contarnos antes de la llamada?<br>Vengo de Power BI y me interesa mucho cómo trabajáis con Looker y dbt.</p>
        <p><a href="https://calendly.com/events/EBHF3XQJ2K7A/google_meet">Ver evento en Calendly</a></p>
        <p style="font-size:13px">¿Necesitas hacer cambios en este evento?<br><a href="https://calendly.com/cancellations/7a61c0f2-4b8e-4d11-9f3a-2c5e8b1d0a94">Cancelar</a> · <a href="https://calendly.com/reschedulings/7a61c0f2-4b8e-4d11-9f3a-2c5e8b1d0a94">Reprogramar</a></p>
        <p style="font-size:12px;color:#666666">Con la tecnología de Calendly.com</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20260629T171240Z
UID:7a61c0f2-4b8e-4d11-9f3a-2c5e8b1d0a94@calendly.com
DTSTART:20260702T103000Z
DTEND:20260702T110000Z
SUMMARY:Primera llamada – Data Analyst (remoto) entre Laura Pineda y Macarena Ortiz Ruano
LOCATION:https://meet.google.com/hzu-rdkc-wfo
ORGANIZER;CN=Laura Pineda:mailto:laura@cardumendata.io
ATTENDEE;CN=Macarena Ortiz Ruano;PARTSTAT=ACCEPTED:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    subject = "Confirmado: Primera llamada – Data Analyst (remoto) con Laura Pineda el jueves, 2 de julio de 2026"
    hs = top("from o3.email.calendly.com (o3.email.calendly.com [167.89.100.221])", when, zone, "k11") + [
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", "Laura Pineda <laura@cardumendata.io>"),
        ("To", ME),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", "<6682c3a8d41e7_2f9a1c0b3e5d77@calendly-mailer-66f8b9c7d-x4kqp.mail>"),
    ]
    body_part = mixed(alt(text(plain), html(page)),
                      calendar(ics, cte="base64", filename="invite.ics", disposition="attachment"))
    return message(hs, body_part)


@mail(N(12), family="forward_to_self", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-17 12:00", MAD), contact="nerea.gil@verticetec.es", company="Vértice Tecnologías",
      local="Thu 2026-09-17 12:00", zone=MAD,
      note="Note to self with WhatsApp lines pasted: 'jue 17-sep a las 12:00, por Teams' (CEST) = 10:00Z; "
           "sender is the candidate, contact = recruiter's address written in the pasted chat")
def k12() -> bytes:
    when = "2026-09-14 18:10"
    plain = t("""
        pego aquí lo del whatsapp para tenerlo a mano

        [14/9/26, 18:02] Nerea Gil Vértice: Hola Macarena!! Soy Nerea, de Vértice Tecnologías 😊 Ya he hablado con el equipo y te confirmo la entrevista técnica para el jue 17-sep a las 12:00, por Teams. Estarán Óscar (jefe de proyecto) y Bea, del equipo de BI
        [14/9/26, 18:03] Nerea Gil Vértice: Te llega la convocatoria al correo en un rato. Cualquier cosa me escribes por aquí o a nerea.gil@verticetec.es
        [14/9/26, 18:05] Macarena: Genial Nerea, muchas gracias! Ahí estaré 👍
        [14/9/26, 18:05] Nerea Gil Vértice: 👌👌

        - preguntar por el proyecto de la Junta que comentó
        - repasar DAX: CALCULATE, contextos de filtro
        - llevar ejemplos de SSIS
        """)
    hs = top("from smtp.example.org (smtp.example.org [203.0.113.25])", when, MAD, "k12", lag=1) + [
        ("From", ME_TO),
        ("To", ME_TO),
        ("Subject", enc("entrevista vértice!! (whatsapp)")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<CAJ8mOr3kVq0s8Pz5nTq1yW4d+Hc7eLr2Ua@mail.example.org>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ]
    return message(hs, alt(text(plain, cte="8bit"), html(gmail_html(plain), cte="8bit")))


@mail(N(13), family="formal_letter", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-23 10:00", MAD), contact=None,
      company="Sociedad Andaluza de Infraestructuras Digitales (SAIDSA)",
      local="Wed 2026-09-23 10:00", zone=MAD, days=(("Wed", "2026-09-23"),),
      note="Public-sector convocatoria, HTML-only iso-8859-1: miércoles 23 de septiembre a las 10:00 horas "
           "(CEST) = 08:00Z; 'duración máxima de 30 minutos' is a cap, not a length, end null; only a "
           "shared selection mailbox, contact null")
def k13() -> bytes:
    when = "2026-09-14 13:30"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Arial,sans-serif;font-size:10pt">
        <table width="640" cellpadding="0" cellspacing="0"><tr><td>
        <p style="font-size:9pt;color:#006633"><b>SOCIEDAD ANDALUZA DE INFRAESTRUCTURAS DIGITALES, S.A. (SAIDSA)</b><br>
        Área de Personas y Organización</p>
        <p>Asunto: Convocatoria a entrevista personal.<br>
        Proceso selectivo Ref. SAID-2026-07. Técnico/a Superior de Análisis de Datos (Grupo I).</p>
        <p>Estimada Sra. Ortiz Ruano:</p>
        <p>Una vez publicada la relación de personas que han superado la fase de valoración de méritos del proceso de referencia, por la presente se le convoca a la fase de <b>entrevista personal</b>, que tendrá lugar el próximo <b>miércoles, 23 de septiembre de 2026, a las 10:00 horas</b>, en la sede de la Sociedad (C/ Américo Vespucio, 5, Edificio Cartuja, planta 2ª, 41092 Sevilla).</p>
        <p>La entrevista tendrá una duración máxima de 30 minutos y versará sobre los méritos alegados y las competencias descritas en el apartado 6.3 de las bases de la convocatoria.</p>
        <p>Deberá presentarse con 15 minutos de antelación, provista de DNI o documento equivalente en vigor. La no comparecencia supondrá el desistimiento en el proceso.</p>
        <p>En caso de causa justificada que le impida asistir, deberá comunicarlo con al menos 48 horas de antelación a la dirección <a href="mailto:seleccion@saidsa.es">seleccion@saidsa.es</a>, indicando la referencia del proceso.</p>
        <p>Atentamente,</p>
        <p>Sevilla, a 14 de septiembre de 2026<br>EL TRIBUNAL DE SELECCIÓN</p>
        <p style="font-size:8pt;color:#777777">Le informamos de que sus datos personales serán tratados por SAIDSA con la finalidad de gestionar el proceso selectivo en el que participa. Puede ejercer sus derechos de acceso, rectificación, supresión y demás reconocidos en el RGPD dirigiéndose a dpd@saidsa.es.</p>
        </td></tr></table></body></html>
        """)
    hs = top("from correo.saidsa.es (correo.saidsa.es [195.57.112.40])", when, MAD, "k13") + [
        ("From", addr("Selección SAIDSA", "seleccion@saidsa.es", "iso-8859-1")),
        ("To", ME),
        ("Subject", enc("Convocatoria a entrevista personal - Proceso selectivo Ref. SAID-2026-07", "iso-8859-1")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<20260914113004.5F1A23C0412@correo.saidsa.es>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]
    return message(hs, html(page, charset="iso-8859-1"))


@mail(N(14), family="successfactors", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-27 09:30", MAD), end=utc("2026-10-27 10:30", MAD),
      contact="elena.moreno-haas@aerolis-systems.com", company="Aerolis Systems",
      local="Tue 2026-10-27 09:30", local_end="2026-10-27 10:30", zone=MAD, days=(("Sun", "2026-10-25"),),
      note="SuccessFactors invitation sent Thu 22 Oct in CEST for Tue 27 Oct 09:30-10:30 '(GMT+01:00) Brussels, "
           "Copenhagen, Madrid, Paris': CET after 25 Oct, = 08:30-09:30Z, ICS in UTC agrees; contact = human "
           "ICS ORGANIZER (no-reply sender)")
def k14() -> bytes:
    when = "2026-10-22 15:06"
    plain = t("""
        Dear Macarena,

        Thank you for your interest in Aerolis Systems. We are pleased to invite you to an interview for the following position:

        Position: Data Analyst – Flight Test Data (Req. 48213)
        Interview type: On-site interview (technical + HR)
        Date: Tuesday, 27 October 2026
        Time: 09:30 - 10:30 (GMT+01:00) Brussels, Copenhagen, Madrid, Paris
        Location: Aerolis Systems Sevilla, Building B – reception, Parque Tecnológico Aeronáutico, Calle Hélice 4, 41300 La Rinconada (Sevilla)

        Interview panel:
        - Tomás Ibarra, Flight Test Data Lead
        - Elena Moreno-Haas, Talent Acquisition Partner

        Please bring a valid ID card or passport; you will need it to collect your visitor badge at the security gate. Allow 15 minutes for the security check.

        Please note that clocks go back one hour on Sunday 25 October.

        If you have any questions, please contact Elena Moreno-Haas (elena.moreno-haas@aerolis-systems.com). Please do not reply to this automatically generated e-mail.

        Kind regards,
        Aerolis Systems Talent Acquisition
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif;font-size:10pt\">\n" + "".join(
        f"<p>{_esc(p).replace(chr(10), '<br>')}</p>\n" for p in plain.strip().split("\n\n")) + "</body></html>\n"
    ics = f"""BEGIN:VCALENDAR
PRODID:-//SuccessFactors//Recruiting Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SFRCM-INT-48213-220915@aerolis-systems.successfactors.eu
DTSTAMP:20261022T130600Z
DTSTART:20261027T083000Z
DTEND:20261027T093000Z
SUMMARY:Interview: Data Analyst – Flight Test Data (Req. 48213) – Macarena Ortiz Ruano
LOCATION:Aerolis Systems Sevilla\\, Building B – reception\\, La Rinconada
ORGANIZER;CN=Elena Moreno-Haas:mailto:elena.moreno-haas@aerolis-systems.com
ATTENDEE;CN=Macarena Ortiz Ruano;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Tomás Ibarra;ROLE=REQ-PARTICIPANT:mailto:tomas.ibarra@aerolis-systems.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = top("from mail3.eu.successfactors.com (mail3.eu.successfactors.com [155.56.208.91])", when, MAD, "k14") + [
        ("From", "Aerolis Systems Careers <noreply@successfactors.eu>"),
        ("To", ME),
        ("Subject", enc("Interview Invitation: Data Analyst – Flight Test Data (Req. 48213)")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<1529870314.2207715.1792242360112.JavaMail.sfuser@pc8bsfapi07>"),
    ]
    body_part = mixed(alt(text(plain), html(page)),
                      calendar(ics, cte="quoted-printable", filename="Interview.ics", disposition="attachment"))
    return message(hs, body_part)


@mail(N(15), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-29 11:00", "America/New_York"), end=utc("2026-10-29 12:30", "America/New_York"),
      contact="tyler.brooks@kartograph.io", company="Kartograph Analytics",
      local="Thu 2026-10-29 11:00", local_end="2026-10-29 12:30", zone="America/New_York",
      note="Google Calendar invite (English) Thu Oct 29 11am-12:30pm EDT; US still on daylight time until "
           "1 Nov = 15:00-16:30Z (16:00 CET, the description says 4pm in Spain); organizer = recruiter")
def k15() -> bytes:
    when = "2026-10-23 14:55"
    zone = "America/New_York"
    summary = "Final round – Macarena Ortiz / Kartograph Analytics"
    desc_txt = ("Hi Macarena – blocking 90 min for the panel: Priya (Analytics), Sam (Data Eng) and Dana (VP Ops), "
                "30 min each, back to back. 11am ET = 4pm in Spain that week since your clocks change first. "
                "Zoom: https://kartograph.zoom.us/j/86311920457")
    plain = t(f"""
        Tyler Brooks has invited you to the following event.

        {summary}
        Thursday Oct 29, 2026 ⋅ 11am – 12:30pm (Eastern Time - New York)

        {desc_txt}

        Joining info
        https://kartograph.zoom.us/j/86311920457

        Guests
        Tyler Brooks - organizer
        Priya Raghunathan
        Sam Whitfield
        Dana Kessler
        {ME}
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NWx0cmU0bW8

        Reply for {ME}: Yes https://calendar.google.com/calendar/event?action=RESPOND&rst=1 | No | Maybe | More options

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future
        updates for this event, decline this event.
        """)
    page = t(f"""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;max-width:600px">
        <div style="font-size:14px">Tyler Brooks has invited you to the following event.</div>
        <h2 style="font-weight:400;font-size:22px">{_esc(summary)}</h2>
        <table style="font-size:14px"><tr><td style="color:#70757a;padding-right:16px">When</td><td>Thursday Oct 29, 2026 ⋅ 11am – 12:30pm (Eastern Time - New York)</td></tr>
        <tr><td style="color:#70757a;padding-right:16px">Joining info</td><td><a href="https://kartograph.zoom.us/j/86311920457">kartograph.zoom.us/j/86311920457</a></td></tr>
        <tr><td style="color:#70757a;padding-right:16px">Guests</td><td>Tyler Brooks - organizer<br>Priya Raghunathan<br>Sam Whitfield<br>Dana Kessler<br>{ME}</td></tr></table>
        <p style="font-size:14px">{_esc(desc_txt)}</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar. You are receiving this email because you are an attendee on the event.</p>
        </div></body></html>
        """)
    desc_ics = desc_txt.replace(",", "\\,")
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["America/New_York"]}
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20261029T110000
DTEND;TZID=America/New_York:20261029T123000
DTSTAMP:20261023T185500Z
ORGANIZER;CN=Tyler Brooks:mailto:tyler.brooks@kartograph.io
UID:5ltre4mo8v2q1c0k7hj3s9ad6f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tyler Brooks;X-NUM-GUESTS=0:mailto:tyler.brooks@kartograph.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Priya Raghunathan;X-NUM-GUESTS=0:mailto:priya@kartograph.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sam Whitfield;X-NUM-GUESTS=0:mailto:sam.whitfield@kartograph.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dana Kessler;X-NUM-GUESTS=0:mailto:dana@kartograph.io
CREATED:20261023T185312Z
DESCRIPTION:{desc_ics}
LAST-MODIFIED:20261023T185500Z
LOCATION:https://kartograph.zoom.us/j/86311920457
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{summary}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = f"Invitation: {summary} @ Thu Oct 29, 2026 11am - 12:30pm (EDT) ({ME})"
    hs = top("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", when, zone, "k15") + [
        ("From", "Tyler Brooks <tyler.brooks@kartograph.io>"),
        ("Reply-To", "Tyler Brooks <tyler.brooks@kartograph.io>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", "<calendar-a83d5e21-7c0f-4b92-9e14-3f6d0b8c2a57@google.com>"),
    ]
    body_part = mixed(
        alt(text(plain, params="format=flowed; delsp=yes"), html(page), calendar(ics, cte="base64")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True),
    )
    return message(hs, body_part)


@mail(N(16), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-05-05 17:30", MAD), contact="sonia.beltran@iberlumen.es", company="Iberlumen Energía",
      local="Tue 2026-05-05 17:30", zone=MAD,
      days=(("Thu", "2026-04-30"), ("Tue", "2026-05-05"), ("Thu", "2026-04-23")),
      note="Recruiter reply (iso-8859-15) moving the 2nd interview from jueves 30 de abril to 'martes 5 de mayo, "
           "a la misma hora (a las 5 y media de la tarde)' = 17:30 CEST = 15:30Z; the old 17:30 confirmation "
           "is quoted below")
def k16() -> bytes:
    when = "2026-04-27 12:20"
    plain = t("""
        Hola Macarena:

        Te escribo porque a Beatriz le ha surgido un viaje a Bruselas el jueves 30 y no va a poder hacer la entrevista. La hemos pasado al martes 5 de mayo, a la misma hora (a las 5 y media de la tarde), también por Teams. En un rato te llegará la convocatoria actualizada.

        Disculpa las molestias y gracias por la flexibilidad.

        Un cordial saludo,

        Sonia Beltrán Ojeda
        Talent Acquisition | Iberlumen Energía
        C/ Serrano Galvache 56, 28033 Madrid

        De: Sonia Beltrán Ojeda
        Enviado el: jueves, 23 de abril de 2026 10:04
        Para: Macarena Ortiz Ruano <macarena.ortiz.ruano@example.org>
        Asunto: Segunda entrevista - Analista de Datos Senior (R-0041273)

        Hola Macarena:

        ¡Enhorabuena por la primera entrevista! Enrique se quedó con muy buena impresión.

        Te confirmo la segunda entrevista con Beatriz Navas, Directora de Mercados, el jueves 30 de abril a las 17:30h por Teams. Será una conversación de unos 45 minutos, más enfocada a negocio.

        Un cordial saludo,
        Sonia
        """)
    hs = top("from EUR04-DB3-obe.outbound.protection.outlook.com (mail-db3eur04on2130.outbound.protection.outlook.com [40.107.6.130])",
             when, MAD, "k16") + [
        ("From", addr("Sonia Beltrán Ojeda", "sonia.beltran@iberlumen.es", "iso-8859-15")),
        ("To", ME_TO),
        ("Subject", "RE: Segunda entrevista - Analista de Datos Senior (R-0041273)"),
        ("Thread-Topic", "Segunda entrevista - Analista de Datos Senior (R-0041273)"),
        ("Thread-Index", "AdzS3f0aP1bXyQ8TQ0uM7Yz2hc9kNAAaB3xQ"),
        ("Date", date(when, MAD)),
        ("Message-ID", "<PR3PR09MB5450C8E21A4D6B90F3E7C1A2E85B4@PR3PR09MB5450.eurprd09.prod.outlook.com>"),
        ("In-Reply-To", "<PR3PR09MB5450A2B7F1D04C96E8A3B0C1E85B3@PR3PR09MB5450.eurprd09.prod.outlook.com>"),
        ("References", "<PR3PR09MB5450A2B7F1D04C96E8A3B0C1E85B3@PR3PR09MB5450.eurprd09.prod.outlook.com>"),
        ("Content-Language", "es-ES"),
    ]
    return message(hs, text(plain, charset="iso-8859-15"))


@mail(N(17), family="exchange", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-11-10 12:30", MAD), end=utc("2026-11-10 13:30", MAD),
      contact="ramon.aguilar@tessera-sp.es", company="Tessera Sistemas Públicos",
      local="Tue 2026-11-10 12:30", local_end="2026-11-10 13:30", zone=MAD, days=(("Tue", "2026-11-10"),),
      note="Exchange updated meeting request (SEQUENCE:1, 'Romance Standard Time'): moved from 10:00 to "
           "12:30-13:30 the same Tuesday, CET = 11:30-12:30Z; organizer = human sender")
def k17() -> bytes:
    when = "2026-11-05 18:02"
    teams = TEAMS_ES.format(mid="ZTk0NzFhMmMtNDg2Yi00ZjQ0LTg1YjEtOWMzZGU0MGE2NzE4",
                            tid="c41f9e02-7d3b-4a88-b615-0e2a9d7c5f31", num="327 604 881 912", code="hN4kP2")
    plain = t("""
        Hola Macarena, perdona el cambio: muevo la entrevista al mismo martes 10 pero a las 12:30, que a las 10 me ha caído un comité con el cliente y no llego. Sigue siendo por Teams, con el mismo enlace.

        Gracias!
        Ramón

        """) + teams
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n"
            "<div><p>Hola Macarena, perdona el cambio: muevo la entrevista al mismo martes 10 pero a las 12:30, que a "
            "las 10 me ha caído un comité con el cliente y no llego. Sigue siendo por Teams, con el mismo enlace.</p>"
            "<p>Gracias!<br>Ramón</p></div>\n<div style=\"max-width:520px\"><hr><p><span style=\"font-size:18pt\">"
            "Reunión de Microsoft Teams</span></p><p><a href=\"https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
            "ZTk0NzFhMmMtNDg2Yi00ZjQ0LTg1YjEtOWMzZGU0MGE2NzE4%40thread.v2/0\">Haga clic aquí para unirse a la reunión</a>"
            "</p><p>Id. de reunión: 327 604 881 912<br>Código de acceso: hN4kP2</p><hr></div>\n</body></html>\n")
    desc = plain.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Aguilar Sanz\\, Ramón:mailto:ramon.aguilar@tessera-sp.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=macarena.ortiz.ruano@example.org:mailto:{ME}
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Luque Marín\\, Esperanza:mailto:esperanza.luque@tessera-sp.es
DESCRIPTION;LANGUAGE=es-ES:{desc}
UID:040000008200E00074C5B7101A82E00800000000C27A91E2F86CDD01000000000000000010000000E5B9A2D04C7E1F4F9B3D6A8C0E2F4B17
SUMMARY;LANGUAGE=es-ES:Entrevista técnica - Analista BI Sector Público
DTSTART;TZID=Romance Standard Time:20261110T123000
DTEND;TZID=Romance Standard Time:20261110T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261105T170200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTSEQ:1
X-MICROSOFT-CDO-OWNERAPPTID:-1837201945
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    hs = top("from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2102.outbound.protection.outlook.com [40.107.21.102])",
             when, MAD, "k17") + [
        ("From", addr("Aguilar Sanz, Ramón", "ramon.aguilar@tessera-sp.es")),
        ("To", ME),
        ("CC", addr("Luque Marín, Esperanza", "esperanza.luque@tessera-sp.es")),
        ("Subject", enc("Actualizado: Entrevista técnica - Analista BI Sector Público")),
        ("Thread-Topic", enc("Entrevista técnica - Analista BI Sector Público")),
        ("Thread-Index", "AdzwA9r1Fb6o0n0eR4iQkJ3zv7t1QwAAC2pA"),
        ("Date", date(when, MAD)),
        ("Message-ID", "<DU2PR03MB8096B1A4E77D0C2938F5A1D6C4E20@DU2PR03MB8096.eurprd03.prod.outlook.com>"),
        ("Accept-Language", "es-ES, en-US"),
        ("Content-Language", "es-ES"),
        ("X-MS-Has-Attach", "no"),
    ]
    body_part = alt(text(plain), html(page), calendar(ics, cte="base64"))
    return message(hs, body_part)


@mail(N(18), family="greenhouse", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-10-26 14:00", "Europe/London"), end=utc("2026-10-26 14:45", "Europe/London"),
      contact="priya.raman@ludgateinsights.co.uk", company="Ludgate Insights",
      local="Mon 2026-10-26 14:00", local_end="2026-10-26 14:45", zone="Europe/London",
      days=(("Thu", "2026-10-22"),),
      note="Greenhouse reschedule sent Tue 20 Oct in BST; new time Mon 26 Oct 2:00-2:45 PM GMT (UK back to GMT "
           "on 25 Oct) = 14:00-14:45Z, ICS SEQUENCE:1 in UTC agrees; old Thu 22 Oct 2 PM BST also shown")
def k18() -> bytes:
    when = "2026-10-20 10:14"
    zone = "Europe/London"
    plain = t("""
        Hi Macarena,

        Your interview with Ludgate Insights has been rescheduled.

        Analytics Consultant - Case Study Interview

        Previously: Thursday, October 22nd 2026, 2:00 PM - 2:45 PM BST
        New time: Monday, October 26th 2026, 2:00 PM - 2:45 PM GMT

        Interviewers: Graham Whitlock (Principal), Anika Sethi (Senior Consultant)
        Location: Zoom - https://ludgateinsights.zoom.us/j/91847265530

        An updated calendar invitation is attached. Sorry for the change, and please reply to this email if the new time doesn't work for you.

        Thanks,
        Priya Raman
        Recruiting Coordinator, Ludgate Insights
        """)
    page = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:14px;color:#1f2d3d">
        <p>Hi Macarena,</p>
        <p>Your interview with Ludgate Insights has been <b>rescheduled</b>.</p>
        <p><b>Analytics Consultant - Case Study Interview</b></p>
        <p><s>Thursday, October 22nd 2026, 2:00 PM - 2:45 PM BST</s><br>
        <b>Monday, October 26th 2026, 2:00 PM - 2:45 PM GMT</b></p>
        <p>Interviewers: Graham Whitlock (Principal), Anika Sethi (Senior Consultant)<br>
        Location: Zoom - <a href="https://ludgateinsights.zoom.us/j/91847265530">https://ludgateinsights.zoom.us/j/91847265530</a></p>
        <p>An updated calendar invitation is attached. Sorry for the change, and please reply to this email if the new time doesn't work for you.</p>
        <p>Thanks,<br>Priya Raman<br>Recruiting Coordinator, Ludgate Insights</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse//Greenhouse Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-51730964@greenhouse.io
DTSTAMP:20261020T091400Z
DTSTART:20261026T140000Z
DTEND:20261026T144500Z
SUMMARY:Ludgate Insights - Case Study Interview
DESCRIPTION:Interviewers: Graham Whitlock\\, Anika Sethi\\nZoom: https://ludgateinsights.zoom.us/j/91847265530
LOCATION:https://ludgateinsights.zoom.us/j/91847265530
ORGANIZER;CN=Priya Raman:mailto:priya.raman@ludgateinsights.co.uk
ATTENDEE;CN=Macarena Ortiz Ruano;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:1
END:VEVENT
END:VCALENDAR"""
    hs = top("from o2.ptr4471.greenhouse.io (o2.ptr4471.greenhouse.io [167.89.21.118])", when, zone, "k18") + [
        ("From", "Ludgate Insights <no-reply@greenhouse.io>"),
        ("Reply-To", "Priya Raman <priya.raman@ludgateinsights.co.uk>"),
        ("To", ME),
        ("Subject", "Interview Rescheduled: Analytics Consultant at Ludgate Insights"),
        ("Date", date(when, zone)),
        ("Message-ID", "<6716b7e8a2f41_5c2e9d1f83a0@greenhouse-mailer-7c9d5f.mail>"),
    ]
    body_part = mixed(alt(text(plain, cte="7bit"), html(page)),
                      calendar(ics, filename="invite.ics", disposition="attachment"))
    return message(hs, body_part)


@mail(N(19), family="forward_to_self", lang="pt", interview=True, kind="rescheduled",
      start=utc("2026-10-15 11:00", "Europe/Lisbon"), contact="rita.carvalho@maresdigital.pt",
      company="Marés Digital", local="Thu 2026-10-15 11:00", zone="Europe/Lisbon",
      days=(("Tue", "2026-10-13"), ("Thu", "2026-10-15"), ("Fri", "2026-10-09")),
      note="Candidate forwards (from her old address) a Portuguese reschedule: final interview moved from terça 13 "
           "to quinta-feira 15 de outubro às 11h00 hora de Lisboa (WEST, UTC+1) = 10:00Z; her note says 12 "
           "in Spain; contact = recruiter in the forwarded header")
def k19() -> bytes:
    when = "2026-10-09 18:03"
    plain = t("""
        ojo!! lo han movido al jueves 15, a las 11 de Lisboa = 12 aquí

        ---------- Forwarded message ---------
        De: Rita Carvalho <rita.carvalho@maresdigital.pt>
        Date: vie, 9 oct 2026 a las 16:40
        Subject: Reagendamento – entrevista final Marés Digital
        To: Macarena Ortiz <m.ortiz.ruano@example.com>


        Olá Macarena,

        Peço desculpa pela alteração em cima da hora: o nosso CEO, o Duarte, teve de viajar para o Porto na terça-feira e não vai conseguir estar na entrevista final de dia 13.

        Passámos a entrevista para quinta-feira, 15 de outubro, às 11h00 (hora de Lisboa), no mesmo link do Google Meet. A duração mantém-se (cerca de uma hora).

        Diga-me se este horário lhe dá jeito.

        Obrigada e até breve,
        Rita

        Rita Carvalho
        People & Talent – Marés Digital
        """)
    hs = top("from smtp.example.com (smtp.example.com [198.51.100.14])", when, MAD, "k19") + [
        ("From", addr("Macarena Ortiz", "m.ortiz.ruano@example.com")),
        ("To", ME),
        ("Subject", enc("Fwd: Reagendamento – entrevista final Marés Digital")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<CAF3nP0sR8Yq2mB7t+K1xV5dW9eJ4hZ6cNg@mail.example.com>"),
        ("In-Reply-To", "<AM0PR10MB2931F6D1B7C04A52E9D3F8B1A70C2@AM0PR10MB2931.EURPRD10.PROD.OUTLOOK.COM>"),
        ("References", "<AM0PR10MB2931F6D1B7C04A52E9D3F8B1A70C2@AM0PR10MB2931.EURPRD10.PROD.OUTLOOK.COM>"),
    ]
    return message(hs, alt(text(plain, cte="base64"), html(gmail_html(plain), cte="base64")))


@mail(N(20), family="google_calendar", lang="es", interview=True, kind="cancelled",
      start=utc("2026-11-20 09:30", MAD), end=utc("2026-11-20 10:15", MAD),
      contact="marta.leiva@rutasdelsur.travel", company="Rutas del Sur",
      local="Fri 2026-11-20 09:30", local_end="2026-11-20 10:15", zone=MAD,
      note="Google Calendar cancellation with a note (hiring freeze), METHOD:CANCEL; cancelled slot vie 20 nov "
           "9:30-10:15 CET = 08:30-09:15Z; organizer = recruiter")
def k20() -> bytes:
    when = "2026-11-17 19:05"
    summary = "Entrevista Data Analyst (Rutas del Sur) - Macarena Ortiz"
    note_txt = ("Hola Macarena, lo siento mucho: dirección ha congelado las contrataciones hasta enero y tenemos que "
                "cancelar la entrevista del viernes. Te escribo en cuanto se reabra el proceso. Un abrazo, Marta")
    plain = t(f"""
        Marta Leiva ha cancelado este evento y lo ha eliminado de tu calendario, con esta nota:

        "{note_txt}"

        {summary}
        viernes, 20 de noviembre de 2026⋅9:30 – 10:15
        Hora estándar de Europa central - Madrid

        Organizador
        Marta Leiva
        marta.leiva@rutasdelsur.travel

        Invitados
        Marta Leiva - organizador
        Javier Toscano
        {ME}

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Has recibido este correo porque eres un invitado del evento.
        """)
    page = t(f"""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;max-width:600px">
        <div style="font-size:14px">Marta Leiva ha cancelado este evento y lo ha eliminado de tu calendario, con esta nota:</div>
        <blockquote style="font-size:14px">{_esc(note_txt)}</blockquote>
        <h2 style="font-weight:400;font-size:22px;text-decoration:line-through">{_esc(summary)}</h2>
        <div style="font-size:14px">viernes, 20 de noviembre de 2026⋅9:30 – 10:15 (Hora estándar de Europa central - Madrid)</div>
        <div style="font-size:14px;margin-top:8px">Invitados: Marta Leiva - organizador, Javier Toscano, {ME}</div>
        <p style="font-size:12px;color:#70757a">Invitación de Google Calendar. Has recibido este correo porque eres un invitado del evento.</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{VTZ_MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20261120T093000
DTEND;TZID=Europe/Madrid:20261120T101500
DTSTAMP:20261117T180500Z
ORGANIZER;CN=Marta Leiva:mailto:marta.leiva@rutasdelsur.travel
UID:1c8nq0p5ah7rk3e2tv9bm4sd6g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
CREATED:20261110T101522Z
DESCRIPTION:{note_txt.replace(",", chr(92) + ",")}
LAST-MODIFIED:20261117T180500Z
LOCATION:
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:{summary}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = f"Evento cancelado con nota: {summary} @ vie 20 nov 2026 9:30 - 10:15 (CET) ({ME})"
    hs = top("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", when, MAD, "k20") + [
        ("From", "Marta Leiva <marta.leiva@rutasdelsur.travel>"),
        ("Reply-To", "Marta Leiva <marta.leiva@rutasdelsur.travel>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", enc(subject)),
        ("Date", date(when, MAD)),
        ("Message-ID", "<calendar-0b7e4f92-3d6a-48c1-a2e5-91f0c7d3b864@google.com>"),
    ]
    body_part = mixed(
        alt(text(plain, params="format=flowed; delsp=yes", cte="base64"), html(page),
            calendar(ics, method="CANCEL", cte="base64")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True),
    )
    return message(hs, body_part)


@mail(N(21), family="human_prose", lang="en", interview=True, kind="cancelled",
      start=utc("2026-04-02 15:00", "America/New_York"), end=utc("2026-04-02 15:45", "America/New_York"),
      contact="jess.alvarez@northgrain.com", company="Northgrain Software",
      local="Thu 2026-04-02 15:00", local_end="2026-04-02 15:45", zone="America/New_York",
      days=(("Thu", "2026-04-02"), ("Mon", "2026-03-30")),
      note="US recruiter cancels 'tomorrow's 3pm ET call' (Date Wed 1 Apr EDT -> Thu 2 Apr), req on hold; "
           "15:00 EDT = 19:00Z (9pm CEST, as the mail says); 45 min from the quoted confirmation -> end 19:45Z")
def k21() -> bytes:
    when = "2026-04-01 13:10"
    zone = "America/New_York"
    plain = t("""
        Hi Macarena,

        I'm really sorry to do this, but I have to cancel tomorrow's 3pm ET call with Dana. We found out this morning that the Senior BI Analyst req has been put on hold for budget reasons, so we're pausing all interviews for it.

        I know you'd already moved things around for this (and it's 9pm for you!), so apologies. I'll reach out personally if it reopens - you were one of the strongest applicants we had.

        Best,
        Jess

        Jess Alvarez
        Senior Technical Recruiter | Northgrain Software

        On Mon, Mar 30, 2026 at 9:12 AM Jess Alvarez <jess.alvarez@northgrain.com> wrote:
        > Hi Macarena, confirming Thursday 4/2 at 3pm ET with Dana Whitaker (Head of BI), 45 min on Google Meet. Invite to follow from Dana's calendar.
        >
        > Jess
        """)
    hs = top("from mail-qt1-f171.google.com (mail-qt1-f171.google.com [209.85.160.171])", when, zone, "k21") + [
        ("From", "Jess Alvarez <jess.alvarez@northgrain.com>"),
        ("To", ME_TO),
        ("Subject", "Re: Northgrain - Senior BI Analyst interview"),
        ("Date", date(when, zone)),
        ("Message-ID", "<CAH7zRk1pL0q8xW2yT5uN4cE3vB9mJ6aFdg@mail.gmail.com>"),
        ("In-Reply-To", "<CAH7zRk0aV3nQ9sD1fG8hJ2kL5mP7rT4wYx@mail.gmail.com>"),
        ("References", "<CAH7zRk0aV3nQ9sD1fG8hJ2kL5mP7rT4wYx@mail.gmail.com>"),
    ]
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(N(22), family="human_prose", lang="es", interview=True, kind="cancelled",
      start=utc("2026-06-12 09:00", MAD), contact="carlos.benitez@sinergia-itc.es", company="Sinergia IT Consulting",
      local="Fri 2026-06-12 09:00", zone=MAD,
      note="Short reply from an iPhone: 'anular la entrevista con el cliente del viernes a las 9' (Date Wed 10 "
           "Jun -> Fri 12 Jun), 09:00 CEST = 07:00Z; cancelled, no new time")
def k22() -> bytes:
    when = "2026-06-10 20:14"
    plain = t("""
        Hola Macarena, siento avisarte tan tarde pero tenemos que anular la entrevista con el cliente del viernes a las 9. Han paralizado el proyecto esta misma tarde y no tiene sentido seguir con el proceso de momento. Si se reactiva te digo algo, de verdad que lo siento.

        Un saludo
        Carlos

        Enviado desde mi iPhone

        > El 9 jun 2026, a las 9:15, Macarena Ortiz Ruano <macarena.ortiz.ruano@example.org> escribió:
        >
        > Hola Carlos, ¿me confirmas la dirección del cliente para el viernes? ¿Es en la sede de Palmas Altas?
        > Gracias!
        > Macarena
        """)
    hs = top("from mail.sinergia-itc.es (mail.sinergia-itc.es [212.81.140.77])", when, MAD, "k22") + [
        ("From", addr("Carlos Benítez", "carlos.benitez@sinergia-itc.es")),
        ("To", addr("Macarena Ortiz Ruano", ME)),
        ("Subject", "Re: Entrevista cliente viernes"),
        ("Date", date(when, MAD)),
        ("Message-ID", "<8D5F1E2A-4C7B-49D3-A1F0-6E2B9C3D7A41@sinergia-itc.es>"),
        ("In-Reply-To", "<CAJ8mOr2Hn5kQz8vT1pW3x+Yd6Lc0eR9uSb@mail.example.org>"),
        ("References", "<CAJ8mOr2Hn5kQz8vT1pW3x+Yd6Lc0eR9uSb@mail.example.org>"),
        ("X-Mailer", "iPhone Mail (22F76)"),
    ]
    return message(hs, text(plain, params="format=flowed", cte="quoted-printable"))


@mail(N(23), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-02-27 12:00", MAD), contact="nacho@alberoanalytics.com", company="Albero Analytics",
      local="Fri 2026-02-27 12:00", zone=MAD,
      note="Hiring manager's casual reply fixing a coffee chat about the role: 'el viernes a las 12 del mediodía' "
           "(Date Mon 23 Feb CET -> Fri 27 Feb), 12:00 CET = 11:00Z; the candidate's 'a mediodía' is quoted")
def k23() -> bytes:
    when = "2026-02-23 21:40"
    plain = t("""
        Hecho! El viernes a las 12 del mediodía en el Café Plaza del Pan, al lado de la Alfalfa. Invito yo ☕

        Es una charla informal, pero así te cuento bien el puesto y el equipo, y tú me cuentas qué buscas. Si te retrasas o lo que sea, mi móvil es el 622 41 90 37.

        Nos vemos!
        Nacho

        El lun, 23 feb 2026 a las 19:02, Macarena Ortiz Ruano (<macarena.ortiz.ruano@example.org>) escribió:
        > Hola Nacho,
        >
        > Muchas gracias por escribirme, me encantaría. ¿Te viene bien el viernes a mediodía? Estoy por el centro.
        >
        > Un saludo,
        > Macarena
        >
        > El dom, 22 feb 2026 a las 11:15, Nacho Ferrer (<nacho@alberoanalytics.com>) escribió:
        >> Hola Macarena! Vi tu charla del PyData Sevilla sobre dashboards de movilidad y me encantó. Estamos buscando un/a Analytics Engineer para el equipo (somos 9, remoto pero con base en Sevilla). ¿Te apetece un café esta semana y te cuento?
        >>
        >> Nacho Ferrer
        >> CTO, Albero Analytics
        """)
    hs = top("from mail-wm1-f54.google.com (mail-wm1-f54.google.com [209.85.128.54])", when, MAD, "k23") + [
        ("From", "Nacho Ferrer <nacho@alberoanalytics.com>"),
        ("To", addr("Macarena Ortiz Ruano", ME)),
        ("Subject", enc("Re: Café y Analytics Engineer en Albero")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<CAN5wq9e3Rk0Tz7yP1mL4vX8cB2nH6dJfQs@mail.gmail.com>"),
        ("In-Reply-To", "<CAJ8mOr4Tk1pLw9zQ3eR7y+Vb2Nc5dH0uXa@mail.example.org>"),
        ("References", "<CAN5wq9d1Hs7Lp2Xk4vQ0mT8rC6bW3eYzJa@mail.gmail.com>\r\n"
                       " <CAJ8mOr4Tk1pLw9zQ3eR7y+Vb2Nc5dH0uXa@mail.example.org>"),
    ]
    return message(hs, alt(text(plain, cte="8bit"), html(gmail_html(plain), cte="quoted-printable")))


# =========================================================================== negatives


@mail(N(24), family="job_alert", lang="es", interview=False, company=None,
      note="LinkedIn job alert digest; 'Se está contratando activamente' badges, no interview")
def k24() -> bytes:
    when = "2026-01-19 08:31"
    zone = "UTC"
    jobs = [
        ("Analista de Datos", "Iberlumen Energía", "Madrid (Híbrido)", "Solicitud sencilla"),
        ("BI Developer", "Giralda Labs", "Sevilla, Andalucía", "Se está contratando activamente"),
        ("Data Analyst – Revenue", "Costa Nébula Viajes", "Málaga (Presencial)", "Hace 2 días"),
        ("Analista Power BI", "Tessera Sistemas Públicos", "Sevilla (Híbrido)", "Solicitud sencilla"),
        ("Consultor/a Data & Analytics", "Avanteq", "Sevilla", "12 solicitudes"),
        ("Data Analyst (Remote, Spain)", "Northgrain Software", "España (En remoto)", "Se está contratando activamente"),
    ]
    plain = "Tu alerta de empleo para «data analyst» en Sevilla y alrededores\n14 empleos nuevos coinciden con tus preferencias.\n\n"
    plain += "".join(f"{a}\n{b}\n{c}\n{d}\nVer empleo: https://www.linkedin.com/comm/jobs/view/41{i}7720{i}93/\n\n"
                     for i, (a, b, c, d) in enumerate(jobs))
    plain += t("""
        Ver todos los empleos: https://www.linkedin.com/comm/jobs/search/?keywords=data%20analyst&location=Sevilla

        Este correo se ha enviado a Macarena Ortiz Ruano (Analista de datos en Guadaíra Analítica).
        Recibes emails de alertas de empleo. Darse de baja: https://www.linkedin.com/comm/psettings/email-unsubscribe
        © 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublín 2.
        """)
    rows = "".join(
        f"<tr><td style=\"padding:12px 0;border-bottom:1px solid #e8e8e8\"><a href=\"https://www.linkedin.com/comm/jobs/view/41{i}7720{i}93/\" "
        f"style=\"color:#0a66c2;font-weight:600;font-size:16px;text-decoration:none\">{_esc(a)}</a><br>"
        f"<span style=\"font-size:14px\">{_esc(b)} · {_esc(c)}</span><br><span style=\"font-size:12px;color:#01754f\">{_esc(d)}</span></td></tr>\n"
        for i, (a, b, c, d) in enumerate(jobs))
    page = ("<!DOCTYPE html><html lang=\"es\"><head><meta charset=\"utf-8\"></head><body style=\"margin:0;background:#f3f2ef\">\n"
            "<table align=\"center\" width=\"512\" style=\"background:#ffffff;font-family:-apple-system,system-ui,Arial,sans-serif\">"
            "<tr><td style=\"padding:24px\"><img src=\"https://static.licdn.com/aero-v1/sc/h/logo.png\" alt=\"LinkedIn\" height=\"28\">"
            "<h1 style=\"font-size:20px\">Tu alerta de empleo para «data analyst»</h1>"
            "<p style=\"font-size:14px\">14 empleos nuevos en Sevilla y alrededores coinciden con tus preferencias.</p>"
            "<table width=\"100%\">\n" + rows + "</table>"
            "<p><a href=\"https://www.linkedin.com/comm/jobs/search/?keywords=data%20analyst&amp;location=Sevilla\" "
            "style=\"color:#0a66c2\">Ver todos los empleos</a></p>"
            "<p style=\"font-size:11px;color:#666666\">Este correo se ha enviado a Macarena Ortiz Ruano. "
            "<a href=\"https://www.linkedin.com/comm/psettings/email-unsubscribe\">Darse de baja</a><br>"
            "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublín 2.</p></td></tr></table></body></html>\n")
    hs = top("from mailb-dg.linkedin.com (mailb-dg.linkedin.com [108.174.3.207])", when, zone, "k24") + [
        ("From", "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>"),
        ("To", ME_TO),
        ("Subject", enc("«data analyst»: 14 empleos nuevos en Sevilla y alrededores")),
        ("Date", date(when, zone)),
        ("Message-ID", "<1410937256.7731024.1768811460517@ltx1-app4118.prod.linkedin.com>"),
        ("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali>"),
        ("X-LinkedIn-Class", "JOBS-TO-MBR"),
    ]
    return message(hs, alt(text(plain), html(page)))


@mail(N(25), family="application_receipt", lang="es", interview=False, company="Iberlumen Energía",
      note="Workday application receipt (HTML only, base64); 'pueden incluir una entrevista' is hypothetical")
def k25() -> bytes:
    when = "2026-03-24 02:47"
    la = "America/Los_Angeles"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;padding:0;background-color:#f2f4f5">
        <table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
        <table width="600" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333">
        <tr><td style="background-color:#00594f;padding:18px 24px"><img src="https://iberlumen.wd3.myworkdayjobs.com/Iberlumen_Careers/assets/logo" alt="Iberlumen Energía" height="32"></td></tr>
        <tr><td style="padding:24px">
        <p>Hola Macarena:</p>
        <p>Gracias por presentar tu candidatura a la posición <b>Analista de Datos Senior – Mercados (R-0041273)</b> en Iberlumen Energía.</p>
        <p>Hemos recibido correctamente tu solicitud. Nuestro equipo de Selección revisará tu perfil y, si encaja con los requisitos del puesto, se pondrá en contacto contigo para informarte de los siguientes pasos, que pueden incluir una entrevista telefónica o por videollamada.</p>
        <p>Debido al elevado número de candidaturas, es posible que el proceso se prolongue varias semanas. Puedes consultar el estado de tu solicitud en cualquier momento desde el Portal de Empleo.</p>
        <p><a href="https://iberlumen.wd3.myworkdayjobs.com/es-ES/Iberlumen_Careers/userHome" style="color:#00594f">Acceder al Portal de Empleo</a></p>
        <p>Un cordial saludo,<br>Equipo de Selección<br>Iberlumen Energía</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#999999">Este es un mensaje automático, por favor no respondas. Powered by Workday</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = top("from mail-pdx2.myworkday.com (mail-pdx2.myworkday.com [199.36.150.21])", when, la, "k25") + [
        ("From", addr("Iberlumen Energía", "iberlumen@myworkday.com")),
        ("To", ME_TO),
        ("Subject", enc("Hemos recibido tu solicitud – Analista de Datos Senior – Mercados")),
        ("Date", date(when, la)),
        ("Message-ID", "<1199238471.40177.1774345620338@wd3-prod-notify04.myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(hs, html(page, cte="base64"))


@mail(N(26), family="job_board_status", lang="es", interview=False, company="Aljarafe Solar Energía",
      note="InfoJobs status change 'En proceso' for an application; interview only hypothetical")
def k26() -> bytes:
    when = "2026-02-04 10:17"
    plain = t("""
        Hola Macarena,

        La empresa Aljarafe Solar Energía ha actualizado el estado de tu inscripción en la oferta:

        Analista BI (Power BI) – Sevilla
        Estado: EN PROCESO

        ¿Qué significa?
        La empresa está valorando tu candidatura junto con la del resto de inscritos. Si te seleccionan para la siguiente fase, por ejemplo una entrevista, se pondrán en contacto contigo por teléfono o por correo.

        Consejo: mantén tu CV actualizado y revisa que tu teléfono es correcto.

        Ver mi inscripción: https://www.infojobs.net/candidate/applications/detail.xhtml?applicationId=91827364

        Sigue buscando empleo con la app de InfoJobs.
        Si no quieres recibir estos avisos, cambia tus preferencias: https://www.infojobs.net/candidate/notification-settings
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#f5f7f9">
        <table align="center" width="600" style="background:#ffffff;padding:24px;font-size:14px;color:#1c2b39">
        <tr><td><img src="https://media.infojobs.net/appgrade/email/logo-infojobs.png" alt="InfoJobs" height="30"></td></tr>
        <tr><td>
        <p>Hola Macarena,</p>
        <p>La empresa <b>Aljarafe Solar Energía</b> ha actualizado el estado de tu inscripción en la oferta:</p>
        <div style="border:1px solid #dde3e8;border-radius:6px;padding:12px"><b>Analista BI (Power BI) – Sevilla</b><br>
        Estado: <span style="background:#167db7;color:#ffffff;padding:2px 6px;border-radius:3px">EN PROCESO</span></div>
        <p><b>¿Qué significa?</b><br>La empresa está valorando tu candidatura junto con la del resto de inscritos. Si te seleccionan para la siguiente fase, por ejemplo una entrevista, se pondrán en contacto contigo por teléfono o por correo.</p>
        <p><a href="https://www.infojobs.net/candidate/applications/detail.xhtml?applicationId=91827364" style="color:#167db7">Ver mi inscripción</a></p>
        <p style="font-size:11px;color:#8a99a8">Si no quieres recibir estos avisos, <a href="https://www.infojobs.net/candidate/notification-settings">cambia tus preferencias</a>.</p>
        </td></tr></table></body></html>
        """)
    hs = top("from mta12.infojobs.net (mta12.infojobs.net [185.54.228.12])", when, MAD, "k26") + [
        ("From", "InfoJobs <noreply@infojobs.net>"),
        ("To", ME),
        ("Subject", enc("Tu inscripción en «Analista BI (Power BI) – Sevilla» ha cambiado de estado")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<20260204091706.cand-status.91827364@infojobs.net>"),
        ("List-Unsubscribe", "<https://www.infojobs.net/candidate/notification-settings>"),
    ]
    return message(hs, alt(text(plain), html(page)))


@mail(N(27), family="job_alert", lang="es", interview=False, company=None,
      note="Tecnoempleo alert, iso-8859-1 quoted-printable; job list only")
def k27() -> bytes:
    when = "2026-02-10 07:02"
    offers = [
        ("Analista de Datos Power BI", "Hispalia Consulting", "Sevilla", "30.000 - 36.000 EUR", "Híbrido"),
        ("Data Engineer Azure / Databricks", "NorteSur IT", "Málaga", "40.000 - 48.000 EUR", "Remoto"),
        ("Técnico/a BI - SQL Server / SSIS", "Tessera Sistemas Públicos", "Sevilla", "Sin especificar", "Presencial"),
        ("Consultor/a Qlik Sense", "Avanteq", "Sevilla", "35.000 - 42.000 EUR", "Híbrido"),
        ("Data Analyst con inglés", "Rutas del Sur", "Málaga", "28.000 - 33.000 EUR", "Híbrido"),
    ]
    plain = "Hola Macarena,\n\nTenemos 8 nuevas ofertas que encajan con tu alerta «Power BI, SQL - Andalucía»:\n\n"
    plain += "".join(f"* {a}\n  {b} - {c} - {d} - {e}\n  https://www.tecnoempleo.com/oferta/rf-{i}9c3b7e21d0\n\n"
                     for i, (a, b, c, d, e) in enumerate(offers))
    plain += t("""
        Ver las 8 ofertas: https://www.tecnoempleo.com/alertas/ver.php?id=558201

        Recibes este correo porque tienes activada una alerta de empleo en Tecnoempleo.com.
        Para modificarla o darte de baja: https://www.tecnoempleo.com/alertas/
        """)
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head>"
            "<body style=\"font-family:Verdana,sans-serif;font-size:12px\">\n<p>Hola Macarena,</p>"
            "<p>Tenemos <b>8 nuevas ofertas</b> que encajan con tu alerta «Power BI, SQL - Andalucía»:</p>\n<ul>\n"
            + "".join(f"<li><a href=\"https://www.tecnoempleo.com/oferta/rf-{i}9c3b7e21d0\"><b>{_esc(a)}</b></a><br>"
                      f"{_esc(b)} - {c} - {d} - {e}</li>\n" for i, (a, b, c, d, e) in enumerate(offers))
            + "</ul>\n<p><a href=\"https://www.tecnoempleo.com/alertas/ver.php?id=558201\">Ver las 8 ofertas</a></p>"
            "<p style=\"font-size:10px;color:#888888\">Recibes este correo porque tienes activada una alerta de empleo "
            "en Tecnoempleo.com.</p></body></html>\n")
    hs = top("from mail4.tecnoempleo.com (mail4.tecnoempleo.com [213.229.180.44])", when, MAD, "k27") + [
        ("From", "Tecnoempleo.com <alertas@tecnoempleo.com>"),
        ("To", ME),
        ("Subject", enc("8 nuevas ofertas: Power BI, SQL - Andalucía", "iso-8859-1")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<20260210060212.558201.alerta@tecnoempleo.com>"),
        ("List-Unsubscribe", "<https://www.tecnoempleo.com/alertas/>"),
    ]
    return message(hs, alt(text(plain, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


@mail(N(28), family="recruiter_outreach", lang="es", interview=False, company="Talentia Search",
      note="Headhunter outreach asking for a 15-minute call 'esta semana o la que viene'; nothing fixed")
def k28() -> bytes:
    when = "2026-01-08 11:46"
    plain = t("""
        Hola Macarena, ¿qué tal?

        Soy Álvaro, consultor en Talentia Search (división de Tecnología). He visto tu perfil en LinkedIn y creo que podría encajarte un proceso que estoy llevando para una empresa líder del sector energético con sede en Sevilla (de momento no puedo decir el nombre).

        - Posición: Lead BI Analyst (equipo de 4 personas)
        - Stack: Power BI, Azure Synapse, SQL, algo de Python
        - Modalidad: híbrido, 2 días en oficina
        - Banda salarial: 50-58k + variable

        ¿Te vendría bien una llamada de 15 minutos esta semana o la que viene para contártelo con más detalle? Dime qué franjas te vienen mejor y te llamo yo.

        Un saludo,

        Álvaro Requena
        Senior Consultant – Technology | Talentia Search
        +34 611 204 587 | alvaro.requena@talentiasearch.es
        """)
    hs = top("from mail-ej1-f45.google.com (mail-ej1-f45.google.com [209.85.218.45])", when, MAD, "k28") + [
        ("From", addr("Álvaro Requena", "alvaro.requena@talentiasearch.es")),
        ("To", ME),
        ("Subject", enc("Lead BI Analyst – sector energético (Sevilla)")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<CAP2tRq8kV1mZ4x0Lw7yN3eB5cH9sD6uJfA@mail.gmail.com>"),
    ]
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(N(29), family="self_schedule", lang="en", interview=False, company="Kartograph Analytics",
      days=(("Fri", "2026-10-09"),),
      note="GoodTime-style self-scheduling request: 'choose a time' link, nothing booked yet")
def k29() -> bytes:
    when = "2026-10-06 10:05"
    zone = "America/New_York"
    plain = t("""
        Hi Macarena,

        Congrats on moving forward in the process for Senior Data Analyst at Kartograph Analytics!

        The next step is a 45-minute interview with Priya Raghunathan (Analytics Lead). Please choose a time that works for you using the link below. Available times are shown in your local time zone.

        Schedule your interview:
        https://kartograph.goodtime.io/s/4kfq1Zx9Tb

        This link expires on Friday, October 9. If none of the times work for you, reply to this email and we'll find another option.

        Thanks,
        Tyler Brooks
        Recruiting, Kartograph Analytics

        Sent via GoodTime
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222222">
        <div style="max-width:560px;margin:0 auto">
        <p>Hi Macarena,</p>
        <p>Congrats on moving forward in the process for <b>Senior Data Analyst</b> at Kartograph Analytics!</p>
        <p>The next step is a 45-minute interview with Priya Raghunathan (Analytics Lead). Please choose a time that works for you using the link below. Available times are shown in your local time zone.</p>
        <p style="text-align:center"><a href="https://kartograph.goodtime.io/s/4kfq1Zx9Tb" style="background:#3d5afe;color:#ffffff;padding:12px 22px;border-radius:4px;text-decoration:none">Schedule your interview</a></p>
        <p>This link expires on Friday, October 9. If none of the times work for you, reply to this email and we'll find another option.</p>
        <p>Thanks,<br>Tyler Brooks<br>Recruiting, Kartograph Analytics</p>
        <p style="font-size:11px;color:#999999">Sent via GoodTime</p>
        </div></body></html>
        """)
    hs = top("from o7.mail.goodtime.io (o7.mail.goodtime.io [149.72.134.61])", when, zone, "k29") + [
        ("From", "Kartograph Analytics <scheduling@goodtime.io>"),
        ("Reply-To", "Tyler Brooks <tyler.brooks@kartograph.io>"),
        ("To", ME),
        ("Subject", "Kartograph Analytics: please schedule your interview"),
        ("Date", date(when, zone)),
        ("Message-ID", "<20261006140512.1f0c7e3b94a2@goodtime.io>"),
    ]
    return message(hs, alt(text(plain, cte="7bit"), html(page, cte="7bit")))


@mail(N(30), family="slot_proposal", lang="es", interview=False, company="Avanteq",
      days=(("Mon", "2026-10-19"), ("Tue", "2026-10-20"), ("Thu", "2026-10-22")),
      note="Recruiter proposes three slots (lunes 19 12h, martes 20 16:30, jueves 22 10h) and asks which one "
           "suits; not agreed yet (the confirmation comes in a later mail of the same thread)")
def k30() -> bytes:
    when = "2026-10-14 17:32"
    plain = t("""
        Hola Macarena,

        Encantada de haber hablado contigo. Para la siguiente fase te propongo estas opciones:
        - lunes 19 a las 12h
        - martes 20 a las 16:30
        - jueves 22 a las 10h

        Dime cuál te encaja mejor y te lo confirmo.

        Un saludo,
        Lorena

        Lorena Vidal
        Recruiter | Avanteq Sevilla
        T. +34 954 87 21 30
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="ES" style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Hola Macarena,</p><p>Encantada de haber hablado contigo. Para la siguiente fase te propongo estas opciones:</p>
        <ul><li>lunes 19 a las 12h</li><li>martes 20 a las 16:30</li><li>jueves 22 a las 10h</li></ul>
        <p>Dime cuál te encaja mejor y te lo confirmo.</p><p>Un saludo,<br>Lorena</p>
        <p><b>Lorena Vidal</b><br>Recruiter | Avanteq Sevilla<br>T. +34 954 87 21 30</p>
        </body></html>
        """)
    hs = top("from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2109.outbound.protection.outlook.com [40.107.249.109])",
             when, MAD, "k30") + [
        ("From", addr("Vidal Gómez, Lorena", "lorena.vidal@avanteq.com")),
        ("To", ME_TO),
        ("Subject", "Proceso Data Analyst Senior - Avanteq"),
        ("Thread-Topic", "Proceso Data Analyst Senior - Avanteq"),
        ("Thread-Index", "AQHdO2y7kR1qvZc3Tk2XbA0cG5f4mQ=="),
        ("Date", date(when, MAD)),
        ("Message-ID", "<DB9PR06MB7732F04B1C88A1D2E9C3A0E93C46@DB9PR06MB7732.eurprd06.prod.outlook.com>"),
        ("Content-Language", "es-ES"),
    ]
    return message(hs, alt(text(plain), html(page)))


@mail(N(31), family="take_home", lang="es", interview=False, company="Ona Mobility",
      days=(("Mon", "2026-09-28"), ("Wed", "2026-09-16")),
      note="Take-home exercise with a deadline (lunes 28 de septiembre 23:59); a later interview is only "
           "conditional")
def k31() -> bytes:
    when = "2026-09-21 10:12"
    plain = t("""
        Hola Macarena!

        Gracias de nuevo por la entrevista del miércoles, a Núria y a mí nos gustó mucho cómo planteaste lo de la elasticidad de precios.

        Como siguiente paso te proponemos una prueba técnica. Te adjunto una muestra de datos de viajes (viajes_muestra.csv) y el enunciado va en el README del repo:
        https://github.com/onamobility-hiring/data-analyst-case

        Tienes hasta el lunes 28 de septiembre a las 23:59 para entregarla (no debería llevarte más de 3-4 horas, no hace falta que sea perfecta). Cuando la revisemos, si todo va bien, haríamos una última entrevista para comentarla con el equipo.

        Cualquier duda me dices.

        Una abraçada,
        Jordi

        --
        Jordi Puig · Head of Data · Ona Mobility
        Carrer de Pujades 77, 08005 Barcelona
        """)
    csv = t("""
        trip_id,started_at,city,zone,minutes,price_eur,promo
        T0001,2026-06-01 08:14:00,Barcelona,Eixample,12,3.10,0
        T0002,2026-06-01 08:20:00,Barcelona,Gràcia,7,2.05,1
        T0003,2026-06-01 08:31:00,Valencia,Ruzafa,15,3.85,0
        T0004,2026-06-01 08:44:00,Sevilla,Triana,9,2.45,0
        """)
    att = text(csv, charset="utf-8", cte="base64", subtype="csv",
               extra=(("Content-Disposition", 'attachment; filename="viajes_muestra.csv"'),))
    hs = top("from mail-lf1-f44.google.com (mail-lf1-f44.google.com [209.85.167.44])", when, MAD, "k31") + [
        ("From", "Jordi Puig <jordi.puig@onamobility.com>"),
        ("To", addr("Macarena Ortiz Ruano", ME)),
        ("Subject", enc("Prueba técnica – Data Analyst (Pricing)")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<CAL9vk2Xp4Rw0qE7zT1mN5yB8cH3dJ6uKfg@mail.gmail.com>"),
    ]
    return message(hs, mixed(alt(text(plain), html(gmail_html(plain))), att))


@mail(N(32), family="assessment", lang="en", interview=False, company="Kartograph Analytics",
      days=(("Mon", "2026-10-05"),),
      note="Online SQL/Python assessment invitation with a completion deadline; not an interview")
def k32() -> bytes:
    when = "2026-09-30 16:20"
    zone = "America/New_York"
    plain = t("""
        Hi Macarena,

        Kartograph Analytics has invited you to complete the following assessment:

        Data Analyst Assessment (SQL + Python)
        Duration: 90 minutes (timed, must be completed in one sitting)
        Complete by: Monday, October 5, 2026, 11:59 PM EDT

        Start your assessment: https://app.skillgrid.io/invite/kartograph/8Tq2mX0pLw

        Before you start:
        - Use a desktop browser (Chrome or Firefox) and a stable connection.
        - You may use documentation, but not AI assistants or help from other people.
        - Your webcam is not required.

        Good luck!
        The Skillgrid team, on behalf of Kartograph Analytics

        Questions about the role? Contact your recruiter. Technical problems? support@skillgrid.io
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:15px;color:#14171f;background:#f7f8fa">
        <div style="max-width:560px;margin:24px auto;background:#ffffff;padding:28px;border-radius:8px">
        <p>Hi Macarena,</p>
        <p><b>Kartograph Analytics</b> has invited you to complete the following assessment:</p>
        <div style="border:1px solid #e3e6ec;border-radius:6px;padding:14px">
        <b>Data Analyst Assessment (SQL + Python)</b><br>Duration: 90 minutes (timed, must be completed in one sitting)<br>
        Complete by: <b>Monday, October 5, 2026, 11:59 PM EDT</b></div>
        <p style="text-align:center"><a href="https://app.skillgrid.io/invite/kartograph/8Tq2mX0pLw" style="background:#0f62fe;color:#ffffff;padding:12px 22px;border-radius:4px;text-decoration:none">Start your assessment</a></p>
        <p>Before you start: use a desktop browser (Chrome or Firefox) and a stable connection. You may use documentation, but not AI assistants or help from other people. Your webcam is not required.</p>
        <p>Good luck!<br>The Skillgrid team, on behalf of Kartograph Analytics</p>
        </div></body></html>
        """)
    hs = top("from mail.skillgrid.io (mail.skillgrid.io [198.2.178.33])", when, zone, "k32") + [
        ("From", "Skillgrid <no-reply@skillgrid.io>"),
        ("To", ME),
        ("Subject", "Kartograph Analytics invited you to an assessment"),
        ("Date", date(when, zone)),
        ("Message-ID", "<assess.8Tq2mX0pLw.1790799600@skillgrid.io>"),
    ]
    return message(hs, alt(text(plain, cte="7bit"), html(page, cte="7bit")))


@mail(N(33), family="non_interview_calendar", lang="es", interview=False, company=None,
      days=(("Thu", "2026-02-12"),),
      note="Dentist appointment reminder with an ICS (jueves 12 de febrero 17:30): a fixed time, not an interview")
def k33() -> bytes:
    when = "2026-02-09 09:00"
    plain = t("""
        Estimada paciente:

        Le recordamos su próxima cita en Clínica Dental Los Remedios:

        Paciente: MACARENA ORTIZ RUANO
        Tratamiento: Revisión e higiene dental
        Profesional: Dra. Ana Gutiérrez
        Fecha: jueves, 12/02/2026
        Hora: 17:30

        Dirección: Av. República Argentina 31, 41011 Sevilla
        Teléfono: 954 27 68 10

        Si no puede acudir, por favor avísenos con 24 horas de antelación llamando al teléfono de la clínica.

        Un saludo,
        Clínica Dental Los Remedios
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Gesden//Citas//ES
METHOD:PUBLISH
{VTZ_MADRID}
BEGIN:VEVENT
UID:cita-2026-0212-1730-88412@clinicadentalremedios.es
DTSTAMP:20260209T080000Z
DTSTART;TZID=Europe/Madrid:20260212T173000
DTEND;TZID=Europe/Madrid:20260212T181500
SUMMARY:Cita dentista - Revisión e higiene (Dra. Gutiérrez)
LOCATION:Clínica Dental Los Remedios\\, Av. República Argentina 31\\, Sevilla
END:VEVENT
END:VCALENDAR"""
    hs = top("from smtp.gesden-cloud.es (smtp.gesden-cloud.es [91.121.77.140])", when, MAD, "k33") + [
        ("From", addr("Clínica Dental Los Remedios", "citas@clinicadentalremedios.es", "iso-8859-15")),
        ("To", ME),
        ("Subject", enc("Recordatorio de su cita - jueves 12/02/2026 17:30", "iso-8859-15")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<cita.88412.20260209080000@clinicadentalremedios.es>"),
    ]
    return message(hs, mixed(text(plain, charset="iso-8859-15"),
                             calendar(ics, method="PUBLISH", cte="8bit", filename="cita.ics",
                                      disposition="attachment")))


@mail(N(34), family="non_interview_calendar", lang="es", interview=False, company=None,
      days=(("Thu", "2026-01-15"),),
      note="Forward to self from the work address of a weekly 1:1 with the current manager (Exchange invite "
           "attached as message/rfc822); not a job interview")
def k34() -> bytes:
    when = "2026-01-13 08:55"
    inner_when = "2026-01-12 17:41"
    teams = TEAMS_ES.format(mid="MjA1YTkxYzQtYjJmNi00OGE3LTk0NjEtZDMwZmU4MTdiYzQx",
                            tid="0e7b4c19-3a2d-4f85-b6c0-91d2e8a4f573", num="391 220 475 068", code="Wz8tQ5")
    inner_plain = t("""
        Hola Macarena,

        Te pongo el 1:1 semanal de los jueves a primera hora para ir revisando el roadmap del cuadro de mando comercial y lo que necesites. Si algún jueves no puedes, lo movemos sin problema.

        Rafa

        """) + teams
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Rafael Cordero Millán:mailto:rafael.cordero@guadaira-analitica.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Macarena Ortiz Ruano:mailto:macarena.ortiz@guadaira-analitica.es
DESCRIPTION;LANGUAGE=es-ES:Hola Macarena\\,\\n\\nTe pongo el 1:1 semanal de los jueves a primera hora para ir revisando el roadmap del cuadro de mando comercial y lo que necesites.\\n
RRULE:FREQ=WEEKLY;BYDAY=TH;INTERVAL=1
UID:040000008200E00074C5B7101A82E00800000000D0A4F3B71183DC01000000000000000010000000A7C1E9F04B2D3A4C8E6F5B0D1C9A7E32
SUMMARY;LANGUAGE=es-ES:1:1 Macarena / Rafa (semanal)
DTSTART;TZID=Romance Standard Time:20260115T093000
DTEND;TZID=Romance Standard Time:20260115T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260112T164100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:1
END:VEVENT
END:VCALENDAR"""
    inner = message([
        ("From", addr("Rafael Cordero Millán", "rafael.cordero@guadaira-analitica.es")),
        ("To", addr("Macarena Ortiz Ruano", "macarena.ortiz@guadaira-analitica.es")),
        ("Subject", "1:1 Macarena / Rafa (semanal)"),
        ("Thread-Topic", "1:1 Macarena / Rafa (semanal)"),
        ("Date", date(inner_when, MAD)),
        ("Message-ID", "<AM7PR08MB5396E0B1A7C24F93D58E2B6A4F1C3@AM7PR08MB5396.eurprd08.prod.outlook.com>"),
        ("Content-Language", "es-ES"),
    ], alt(text(inner_plain), calendar(ics, cte="base64")))
    plain = t("""
        me lo reenvío al personal para tenerlo en el móvil

        --
        Macarena Ortiz Ruano
        Analista de Datos · Guadaíra Analítica
        """)
    hs = top("from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2050.outbound.protection.outlook.com [40.107.105.50])",
             when, MAD, "k34") + [
        ("From", addr("Macarena Ortiz Ruano", "macarena.ortiz@guadaira-analitica.es")),
        ("To", ME),
        ("Subject", "RV: 1:1 Macarena / Rafa (semanal)"),
        ("Date", date(when, MAD)),
        ("Message-ID", "<AM7PR08MB53967F2C0D9E41B8A6C3E5D1B2F47@AM7PR08MB5396.eurprd08.prod.outlook.com>"),
        ("X-MS-Has-Attach", "yes"),
        ("Content-Language", "es-ES"),
    ]
    return message(hs, mixed(text(plain), attached_message(inner, "1_1 Macarena _ Rafa (semanal).eml")))


@mail(N(35), family="non_interview_personal", lang="es", interview=False, company=None,
      days=(("Sat", "2026-04-18"),),
      note="Estate agent confirms a flat viewing 'el sábado a las 11h'; fixed time, not an interview")
def k35() -> bytes:
    when = "2026-04-15 13:20"
    plain = t("""
        Hola Macarena,

        Te confirmo la visita al piso de la calle Feria (3º B, el de los dos dormitorios con terraza) el sábado a las 11h. Pregunta por Manolo en el portal, él te enseña el piso porque yo ese día estoy en otra visita en Nervión.

        Recuerda que para reservarlo pedimos nómina de los últimos 3 meses y una fianza de dos mensualidades.

        Un saludo,

        Rocío Gallardo
        Inmobiliaria Olavide
        C/ Amor de Dios 12, Sevilla · 954 38 22 71
        """)
    hs = top("from smtp.serviciodecorreo.es (smtp.serviciodecorreo.es [217.76.128.92])", when, MAD, "k35") + [
        ("From", addr("Inmobiliaria Olavide", "rocio@inmobiliariaolavide.es")),
        ("To", ME),
        ("Subject", enc("Visita piso C/ Feria - sábado")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<5b2e1c0a9f4d7e83b6a1@inmobiliariaolavide.es>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]
    return message(hs, text(plain, charset="iso-8859-1", cte="8bit"))


@mail(N(36), family="meetup", lang="es", interview=False, company=None,
      days=(("Thu", "2026-05-21"),),
      note="Meetup RSVP confirmation for a PyData talk night (jueves 21 de mayo 19:00); not an interview")
def k36() -> bytes:
    when = "2026-05-11 09:14"
    zone = "UTC"
    plain = t("""
        ¡Te esperamos!

        Has confirmado tu asistencia a:
        PyData Sevilla #31 – Dashboards que no mienten

        jueves, 21 de mayo de 2026
        19:00 a 21:00 CEST

        Espacio Res
        Av. de la Innovación 3, Sevilla

        Agenda: 19:00 bienvenida · 19:15 "Visualizaciones honestas con Plotly" · 20:00 "Entrevista en directo: de analista a Head of Data" con Elena Vázquez · 20:30 cervezas

        Añadir al calendario: https://www.meetup.com/pydata-sevilla/events/307714925/ical/
        Ver evento: https://www.meetup.com/pydata-sevilla/events/307714925/

        ¿No puedes ir? Cambia tu respuesta para liberar tu plaza.

        Meetup LLC, POB 4668 #37895, New York, NY 10163-4668
        """)
    page = ("<html><body style=\"font-family:Graphik,Helvetica,Arial,sans-serif;color:#212121\">\n"
            + "".join(f"<p>{_esc(p).replace(chr(10), '<br>')}</p>\n" for p in plain.strip().split("\n\n"))
            + "</body></html>\n")
    hs = top("from mail194-17.suw21.mandrillapp.com (mail194-17.suw21.mandrillapp.com [198.2.194.17])",
             when, zone, "k36") + [
        ("From", "Meetup <info@meetup.com>"),
        ("To", ME),
        ("Subject", enc("Confirmado: PyData Sevilla #31 – Dashboards que no mienten")),
        ("Date", date(when, zone)),
        ("Message-ID", "<20260511091402.307714925.rsvp@meetup.com>"),
        ("List-Unsubscribe", "<https://www.meetup.com/account/comm/unsubscribe/>"),
    ]
    return message(hs, alt(text(plain), html(page)))


@mail(N(37), family="webinar", lang="es", interview=False, company=None,
      days=(("Tue", "2026-03-10"),),
      note="Zoom webinar registration 'La entrevista técnica de SQL, en directo' with ICS at a fixed time; "
           "a bootcamp marketing webinar, not the candidate's interview")
def k37() -> bytes:
    when = "2026-03-04 18:30"
    plain = t("""
        Hola Macarena:

        Gracias por registrarse en "La entrevista técnica de SQL, en directo | Núcleo Bootcamp".

        Puede enviarnos sus preguntas a hola@nucleobootcamp.es.

        Fecha y hora: 10 mar 2026 07:00 PM Madrid

        Unirse desde PC, Mac, iPad, o Android:
        https://us06web.zoom.us/w/84120337465?tk=b1Xq0vT8wP2kM9zR4yN7

        Código de acceso: 551209

        Añadir a calendario: https://us06web.zoom.us/webinar/tZ0kduyqrj4sGtKx/ics?user_id=7731

        En este webinar, una de nuestras mentoras hará una entrevista técnica real a un alumno en directo y comentaremos qué hace bien y qué no. Al final, 15 minutos de preguntas.

        Puede cancelar su registro en cualquier momento.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
{VTZ_MADRID}
BEGIN:VEVENT
DTSTAMP:20260304T173000Z
DTSTART;TZID=Europe/Madrid:20260310T190000
DTEND;TZID=Europe/Madrid:20260310T200000
SUMMARY:La entrevista técnica de SQL\\, en directo | Núcleo Bootcamp
UID:20260304T173000Z-84120337465@fe80:0:0:0:0:0:0:1%lo0
DESCRIPTION:Unirse al webinar: https://us06web.zoom.us/w/84120337465?tk=b1Xq0vT8wP2kM9zR4yN7\\nCódigo de acceso: 551209
LOCATION:https://us06web.zoom.us/w/84120337465
END:VEVENT
END:VCALENDAR"""
    hs = top("from zoom.us (mailout-sjc-2.zoom.us [170.114.52.9])", when, MAD, "k37") + [
        ("From", addr("Núcleo Bootcamp", "no-reply@zoom.us")),
        ("Reply-To", "hola@nucleobootcamp.es"),
        ("To", ME),
        ("Subject", enc("Confirmación de La entrevista técnica de SQL, en directo | Núcleo Bootcamp")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<b8e3c61f-0d47-4a29-9e75-2f1c3a8d0b64@zoom.us>"),
    ]
    return message(hs, mixed(text(plain),
                             calendar(ics, method=None, cte="base64", filename="webinar.ics",
                                      disposition="attachment", name_param=True)))


@mail(N(38), family="mock_interview", lang="es", interview=False, company=None,
      days=(("Wed", "2026-03-04"),),
      note="Employment-foundation coaching: 'simulacro de entrevista' confirmed at a fixed time; practice, "
           "not a job interview")
def k38() -> bytes:
    when = "2026-02-26 12:05"
    plain = t("""
        Hola Macarena:

        Te confirmamos tu cita para el simulacro de entrevista por competencias dentro del itinerario "Reinvéntate Tech":

        Día: miércoles 4 de marzo
        Hora: a las 11:30
        Lugar: Fundación Empleo Sur, C/ Relator 40, Sevilla (sala 2)
        Orientadora: Pilar Romero

        Trae, si puedes, la oferta real a la que te gustaría presentarte: adaptaremos las preguntas al puesto y grabaremos la sesión para que luego la revises con Pilar.

        Si no puedes venir, avísanos respondiendo a este correo para dar el hueco a otra persona.

        Un saludo,
        Equipo de Orientación
        Fundación Empleo Sur
        """)
    hs = top("from mail-pj1-f49.google.com (mail-pj1-f49.google.com [209.85.216.49])", when, MAD, "k38") + [
        ("From", addr("Orientación Fundación Empleo Sur", "orientacion@fundacionempleosur.org")),
        ("To", ME),
        ("Subject", enc("Tu cita: simulacro de entrevista (4 de marzo)")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<CAE1fo0b7Hq2Ny5Wk8rT3vL0mX6cP9dZsJw@mail.gmail.com>"),
    ]
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(N(39), family="podcast", lang="en", interview=False, company=None,
      days=(("Tue", "2026-03-24"),),
      note="Google Calendar invite for a podcast recording titled 'Podcast interview' (Lisbon, WET); the "
           "candidate is the guest, not a job interview")
def k39() -> bytes:
    when = "2026-03-18 11:20"
    zone = "Europe/Lisbon"
    summary = "Podcast interview: Macarena Ortiz (The Dashboard Diaries, ep. 42)"
    desc = ("Hi Macarena! So happy you said yes. We'll chat for ~40 min about your Sevilla bike-share dashboard "
            "and how you got into BI. Riverside studio link: https://riverside.fm/studio/dashboard-diaries")
    plain = t(f"""
        Tomás Pacheco has invited you to the following event.

        {summary}
        Tuesday Mar 24, 2026 ⋅ 6pm – 7pm (Western European Time - Lisbon)

        {desc}

        Guests
        Tomás Pacheco - organizer
        {ME}

        Reply for {ME}: Yes | No | Maybe | More options

        Invitation from Google Calendar: https://calendar.google.com/calendar/
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_LISBON}
BEGIN:VEVENT
DTSTART;TZID=Europe/Lisbon:20260324T180000
DTEND;TZID=Europe/Lisbon:20260324T190000
DTSTAMP:20260318T112000Z
ORGANIZER;CN=Tomás Pacheco:mailto:tomas@dashboarddiaries.fm
UID:7d0fq3mb1r9k2s6vh4ct8pe5na@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
DESCRIPTION:{desc.replace(",", chr(92) + ",")}
LOCATION:https://riverside.fm/studio/dashboard-diaries
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{summary}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = f"Invitation: {summary} @ Tue Mar 24, 2026 6pm - 7pm (WET) ({ME})"
    hs = top("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", when, zone, "k39") + [
        ("From", addr("Tomás Pacheco", "tomas@dashboarddiaries.fm")),
        ("Reply-To", addr("Tomás Pacheco", "tomas@dashboarddiaries.fm")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", "<calendar-2e9a4c71-b5d3-4f08-8c16-d7e0a3f94b25@google.com>"),
    ]
    return message(hs, mixed(
        alt(text(plain, params="format=flowed; delsp=yes"), html(gmail_html(plain)), calendar(ics, cte="base64")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True)))


@mail(N(40), family="interviewer_role", lang="es", interview=False, company=None,
      days=(("Sat", "2026-05-16"),),
      note="Google Calendar invite: the candidate volunteers as interviewer for bootcamp scholarship "
           "applicants; she interviews others, so not her job interview")
def k40() -> bytes:
    when = "2026-05-11 20:02"
    summary = "Entrevistas becas Bootcamp Datos – turno de Macarena (3 candidatas)"
    desc = ("¡Gracias por ofrecerte como entrevistadora! Tienes 3 candidatas, 30 min cada una con 10 min de margen: "
            "10:00 Lucía F. · 10:40 Carmen R. · 11:20 Yolanda P. La rúbrica de evaluación y los CV están en la "
            "carpeta compartida del Drive. Sala 1 del Impact Hub.")
    plain = t(f"""
        Inma Delgado te ha invitado a un evento
        {summary}
        sábado, 16 de mayo de 2026⋅10:00 – 12:00
        Hora de verano de Europa central - Madrid

        Impact Hub Sevilla, C/ Cuna 18, Sevilla

        {desc}

        Invitados
        Inma Delgado - organizador
        {ME}

        Responder a {ME} de este evento: Sí | No | Quizás

        Invitación de Google Calendar: https://calendar.google.com/calendar/
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260516T100000
DTEND;TZID=Europe/Madrid:20260516T120000
DTSTAMP:20260511T180200Z
ORGANIZER;CN=Inma Delgado:mailto:inma.delgado@datalia-sur.org
UID:4r1ob8kq6e2m9v0tj5hc3sd7ga@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
DESCRIPTION:{desc.replace(",", chr(92) + ",")}
LOCATION:Impact Hub Sevilla\\, C/ Cuna 18\\, Sevilla
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{summary}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = f"Invitación: {summary} @ sáb 16 may 2026 10:00 - 12:00 (CEST) ({ME})"
    hs = top("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", when, MAD, "k40") + [
        ("From", addr("Inma Delgado", "inma.delgado@datalia-sur.org")),
        ("Reply-To", addr("Inma Delgado", "inma.delgado@datalia-sur.org")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", enc(subject)),
        ("Date", date(when, MAD)),
        ("Message-ID", "<calendar-9f3b1e06-4a7c-42d8-b0e5-6c2d8a1f7e39@google.com>"),
    ]
    return message(hs, mixed(
        alt(text(plain, params="format=flowed; delsp=yes", cte="base64"), html(gmail_html(plain)),
            calendar(ics, cte="base64")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True)))


@mail(N(41), family="reference_call", lang="es", interview=False, company=None,
      days=(("Mon", "2026-11-02"),),
      note="Former manager says the hiring company will call him 'mañana a las 5' for a reference; a call "
           "about the candidate, not her interview")
def k41() -> bytes:
    when = "2026-11-02 19:40"
    plain = t("""
        Macarena!!

        Ya me ha escrito la recruiter de Kartograph, me llaman mañana a las 5 para la referencia (hora de aquí, que para ellos son las 11 de la mañana, madrugan los pobres 😂).

        Les voy a hablar maravillas, tranquila. ¿Hay algo en concreto que quieras que destaque? Había pensado en el proyecto de previsión de demanda y en cómo montaste tú sola lo de las alertas de stock.

        Ya me cuentas cómo va todo. Un abrazo,
        Miguel Ángel
        """)
    hs = top("from mail-wr1-f43.google.com (mail-wr1-f43.google.com [209.85.221.43])", when, MAD, "k41") + [
        ("From", addr("Miguel Ángel Soto", "mangel.soto.g@example.net")),
        ("To", addr("Macarena Ortiz Ruano", ME)),
        ("Subject", "Referencia Kartograph"),
        ("Date", date(when, MAD)),
        ("Message-ID", "<CAM3pX7r0Lq9Vb2kW5nT8yE1cZ4dH6uJsRf@mail.gmail.com>"),
    ]
    return message(hs, alt(text(plain, cte="8bit"), html(gmail_html(plain), cte="8bit")))


@mail(N(42), family="offer", lang="en", interview=False, company="Kartograph Analytics",
      days=(("Thu", "2026-11-12"), ("Fri", "2026-11-13"), ("Mon", "2027-01-11")),
      note="Job offer with PDF; asks whether Thursday 4pm CET works for a call to walk through it (a proposed "
           "offer call, not an interview)")
def k42() -> bytes:
    when = "2026-11-09 10:30"
    zone = "America/New_York"
    plain = t("""
        Hi Macarena,

        I'm thrilled to let you know that the team would love to have you join Kartograph Analytics as a Senior Data Analyst! Everyone you met in the final round was really impressed, and your references were glowing.

        The details are in the attached offer letter, but the highlights:
        - Base salary: EUR 62,000 / year, paid through our employer of record in Spain
        - Equity: 4,000 stock options, 4-year vesting
        - Fully remote, with a team offsite twice a year
        - Proposed start date: Monday, January 11, 2027

        I'd love to walk you through it and answer any questions. Would Thursday at 4pm CET (10am ET) work for a quick call? If not, send me a couple of times that suit you.

        The offer is valid until Friday, November 13.

        Congratulations!
        Tyler

        Tyler Brooks | Recruiting Lead | Kartograph Analytics
        """)
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    att = make.Part([("Content-Type", 'application/pdf; name="Kartograph_Offer_Macarena_Ortiz.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Kartograph_Offer_Macarena_Ortiz.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    base64.encodebytes(pdf).replace(b"\n", b"\r\n"))
    hs = top("from mail-qk1-f173.google.com (mail-qk1-f173.google.com [209.85.222.173])", when, zone, "k42") + [
        ("From", "Tyler Brooks <tyler.brooks@kartograph.io>"),
        ("To", ME_TO),
        ("Subject", "Your offer from Kartograph Analytics!"),
        ("Date", date(when, zone)),
        ("Message-ID", "<CAB8nQw4tR2pX0kL7vY3mE9cZ1dH5uJ6sFa@mail.gmail.com>"),
    ]
    return message(hs, mixed(alt(text(plain), html(gmail_html(plain))), att))


@mail(N(43), family="rejection", lang="es", interview=False, company="Nexa Data Consulting",
      note="Rejection after the case interview ('el pasado 3 de junio'); no new interview")
def k43() -> bytes:
    when = "2026-06-16 12:10"
    plain = t("""
        Estimada Macarena:

        Queremos agradecerte sinceramente el tiempo y el esfuerzo que dedicaste al caso práctico del pasado 3 de junio.

        Tras valorar con detenimiento todas las candidaturas, hemos decidido continuar el proceso con otros perfiles cuya experiencia en proyectos de consultoría se ajusta más a las necesidades actuales del equipo. No ha sido una decisión fácil: Alberto destacó especialmente la claridad con la que presentaste tus conclusiones.

        Con tu permiso, mantendremos tu CV en nuestra base de datos para futuras posiciones que puedan encajar contigo.

        Te deseamos mucho éxito en tu búsqueda.

        Un cordial saludo,

        Irene Castaño Ruiz
        Talent Acquisition | Nexa Data Consulting
        """)
    hs = top("from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2072.outbound.protection.outlook.com [40.107.22.72])",
             when, MAD, "k43") + [
        ("From", addr("Irene Castaño Ruiz", "irene.castano@nexadata-consulting.com")),
        ("To", ME_TO),
        ("Subject", enc("Tu candidatura – Consultor/a Senior BI")),
        ("Thread-Topic", enc("Tu candidatura – Consultor/a Senior BI")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<PAXPR08MB6912A07E5B1D3C48F2E9A6B1D1A71@PAXPR08MB6912.eurprd08.prod.outlook.com>"),
        ("Content-Language", "es-ES"),
    ]
    return message(hs, alt(text(plain, cte="base64"),
                           html("<html><body lang=\"ES\">" + "".join(
                               f"<p class=\"MsoNormal\">{_esc(p).replace(chr(10), '<br>')}</p>"
                               for p in plain.strip().split("\n\n")) + "</body></html>\n", cte="base64")))


@mail(N(44), family="auto_reply", lang="es", interview=False, company="Grupo Atlántida Hoteles",
      days=(("Mon", "2026-08-17"),),
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from the Canary recruiter; return date only")
def k44() -> bytes:
    when = "2026-08-05 10:02"
    zone = "Atlantic/Canary"
    plain = t("""
        Gracias por tu mensaje.

        Estoy de vacaciones hasta el lunes 17 de agosto, sin acceso al correo. Para cualquier tema urgente relacionado con procesos de selección, puedes escribir a seleccion@atlantidahoteles.es.

        Un saludo,
        Yaiza Suárez Rodríguez
        Grupo Atlántida Hoteles
        """)
    hs = top("from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2119.outbound.protection.outlook.com [40.107.103.119])",
             when, zone, "k44") + [
        ("From", addr("Yaiza Suárez Rodríguez", "yaiza.suarez@atlantidahoteles.es")),
        ("To", addr("Macarena Ortiz Ruano", ME)),
        ("Subject", enc("Respuesta automática: Re: Entrevista Analista Revenue Management y BI – Grupo Atlántida")),
        ("Thread-Topic", enc("Entrevista Analista Revenue Management y BI – Grupo Atlántida")),
        ("Date", date(when, zone)),
        ("Message-ID", "<AS8PR02MB92413D1C0F7A4B5E86D2C9A0A5F18@AS8PR02MB9241.eurprd02.prod.outlook.com>"),
        ("In-Reply-To", "<CAJ8mOr5Ym2qRk0wL8zT4nV+Pc7eB1dH3uXa@mail.example.org>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "yaiza.suarez@atlantidahoteles.es"),
        ("Content-Language", "es-ES"),
    ]
    return message(hs, text(plain))


@mail(N(45), family="bounce", lang="es", interview=False, company=None,
      days=(("Thu", "2026-05-14"),),
      note="Delivery-status bounce of the candidate's own acceptance ('confirmo asistencia el jueves 14 a las "
           "11:00'); the mail never reached the recruiter and confirms nothing from the employer side")
def k45() -> bytes:
    when = "2026-05-11 09:41"
    sent = "2026-05-11 09:40"
    mine = t("""
        Hola Raquel,

        Perfecto, confirmo asistencia el jueves 14 a las 11:00 en vuestras oficinas de Torneo. Muchas gracias.

        Un saludo,
        Macarena

        El vie, 8 may 2026 a las 13:22, Raquel Montes escribió:
        > ¿Te vendría bien el jueves 14 a las 11:00 o el viernes 15 a las 9:30?
        """)
    original = message([
        ("From", ME_TO),
        ("To", addr("Raquel Montes", "r.montes@hispalensetech.es")),
        ("Subject", "Re: Disponibilidad entrevista - Analista de Datos"),
        ("Date", date(sent, MAD)),
        ("Message-ID", "<CAJ8mOr6Qp3kVx1nB9wT2z+Rc5dL8eH0uYm@mail.example.org>"),
    ], text(mine))
    notice = t("""
        This is the mail system at host smtp.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <r.montes@hispalensetech.es>: host mx.hispalensetech.es[185.42.104.9] said:
            550 5.1.1 <r.montes@hispalensetech.es>: Recipient address rejected: User
            unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; smtp.example.org
        X-Postfix-Queue-ID: 4Gt7Xq1Z2vz9sWk
        X-Postfix-Sender: rfc822; macarena.ortiz.ruano@example.org
        Arrival-Date: Mon, 11 May 2026 09:40:58 +0200 (CEST)

        Final-Recipient: rfc822; r.montes@hispalensetech.es
        Original-Recipient: rfc822;r.montes@hispalensetech.es
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.hispalensetech.es
        Diagnostic-Code: smtp; 550 5.1.1 <r.montes@hispalensetech.es>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    report = multipart("report", text(notice, charset="us-ascii", cte="7bit",
                                      extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(original),
                       params="report-type=delivery-status")
    hs = [("Delivered-To", ME)] + [
        ("Received", "by smtp.example.org (Postfix)\r\n id 7D1E23A0F4; " + date(when, MAD)),
        ("From", "Mail Delivery System <MAILER-DAEMON@smtp.example.org>"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date(when, MAD)),
        ("Message-ID", "<20260511074101.7D1E23A0F4@smtp.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(hs, report)


@mail(N(46), family="newsletter_tips", lang="es", interview=False, company=None,
      days=(("Thu", "2026-03-19"),),
      note="Substack newsletter about Power BI interview questions; mentions a YouTube live at a fixed time")
def k46() -> bytes:
    when = "2026-03-15 08:00"
    zone = "UTC"
    plain = t("""
        Cómo preparar la entrevista de Power BI: 12 preguntas que te van a hacer
        (y cómo contestarlas sin sonar a manual)

        Hola, datera:

        Esta semana me habéis escrito muchas preguntando por la entrevista técnica de Power BI, así que aquí va la lista que uso con las alumnas de mentoría:

        1. ¿Qué diferencia hay entre una columna calculada y una medida?
        2. Explica el contexto de filtro y el contexto de fila con un ejemplo.
        3. ¿Cuándo usarías CALCULATE con ALL y cuándo con REMOVEFILTERS?
        4. Modelo en estrella vs. copo de nieve: ¿por qué importa en Power BI?
        ...y ocho más en el post completo.

        Truco de la semana: cuando te pidan "cuéntame un proyecto", empieza por la decisión de negocio que cambió, no por la herramienta.

        📺 El jueves 19 a las 19:00 hago un directo en YouTube respondiendo vuestras dudas sobre entrevistas. Sin registro, solo entrar.

        Leer el post completo: https://datosconarte.substack.com/p/entrevista-power-bi-12-preguntas

        Un abrazo,
        Carmen · Datos con Arte

        Darse de baja: https://datosconarte.substack.com/action/disable_email
        """)
    page = ("<html><body style=\"font-family:Georgia,serif;font-size:17px;color:#363737;max-width:600px;margin:0 auto\">\n"
            + "".join(f"<p>{_esc(p).replace(chr(10), '<br>')}</p>\n" for p in plain.strip().split("\n\n"))
            + "</body></html>\n")
    hs = top("from mail187-10.suw11.mandrillapp.com (mail187-10.suw11.mandrillapp.com [198.2.187.10])",
             when, zone, "k46") + [
        ("From", "Datos con Arte <datosconarte@substack.com>"),
        ("To", ME),
        ("Subject", enc("Cómo preparar la entrevista de Power BI: 12 preguntas que te van a hacer")),
        ("Date", date(when, zone)),
        ("Message-ID", "<20260315080000.3.a91c4e7b2d0f6e18@mg1.substack.com>"),
        ("List-Unsubscribe", "<https://datosconarte.substack.com/action/disable_email>"),
        ("List-Id", "<datosconarte.substack.com>"),
        ("Precedence", "bulk"),
    ]
    return message(hs, alt(text(plain), html(page)))


@mail(N(47), family="post_interview", lang="es", interview=False, company="Grupo Atlántida Hoteles",
      note="Thank-you after the Canary interview; a possible next round would be proposed later, nothing fixed")
def k47() -> bytes:
    when = "2026-07-09 13:15"
    zone = "Atlantic/Canary"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="ES"><div class="WordSection1">
        <p class="MsoNormal">Hola Macarena:</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Muchas gracias por tu tiempo el martes. A Airam le gustó mucho cómo planteaste el análisis de pick-up y la previsión de ocupación por canal.</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Estamos terminando las entrevistas esta semana y la que viene; en cuanto tengamos una decisión te contamos. Si pasas a la siguiente fase, sería una entrevista presencial en Las Palmas (nos haríamos cargo del vuelo) y te propondríamos fechas.</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Un cordial saludo,</p>
        <p class="MsoNormal"><b><span style="color:#0E5A7A">Yaiza Suárez Rodríguez</span></b></p>
        <p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">Técnica de Selección y Desarrollo · Grupo Atlántida Hoteles</span></p>
        </div></body></html>
        """)
    hs = top("from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2118.outbound.protection.outlook.com [40.107.103.118])",
             when, zone, "k47") + [
        ("From", addr("Yaiza Suárez Rodríguez", "yaiza.suarez@atlantidahoteles.es")),
        ("To", ME_TO),
        ("Subject", enc("RE: Entrevista Analista Revenue Management y BI – Grupo Atlántida")),
        ("Date", date(when, zone)),
        ("Message-ID", "<AS8PR02MB9241B5A08E3C7D1F24A9E6C0A5E82@AS8PR02MB9241.eurprd02.prod.outlook.com>"),
        ("In-Reply-To", "<CAJ8mOr7Wk4nPz2yX0qL6t+Hb3cV9dE1uRs@mail.example.org>"),
        ("Content-Language", "es-ES"),
    ]
    return message(hs, html(page, cte="base64"))


@mail(N(48), family="pending_confirmation", lang="es", interview=False, company="Costa Nébula Viajes",
      days=(("Tue", "2026-05-12"),),
      note="Hiring manager will check the candidate's proposed slot (martes 12 a las 11) with a colleague and "
           "confirm tomorrow; explicitly not closed yet (the invitation comes the next day)")
def k48() -> bytes:
    when = "2026-05-05 10:48"
    plain = t("""
        Hola Macarena, gracias por la rapidez.

        Lo miro con Elena, que es la que tiene la agenda más complicada esta semana, y te confirmo mañana con la invitación. En principio lo que propones no debería dar problema, pero prefiero no darlo por cerrado hasta hablar con ella.

        Un saludo,
        Adrián

        Adrián Molina · BI & Analytics Manager
        Costa Nébula Viajes · Málaga

        El lun, 4 may 2026 a las 20:31, Macarena Ortiz Ruano (<macarena.ortiz.ruano@example.org>) escribió:
        > Hola Adrián,
        >
        > Encantada, gracias por la llamada. El martes 12 a las 11 me vendría perfecto; si no, el miércoles 13 por la tarde también puedo.
        >
        > Un saludo,
        > Macarena
        """)
    hs = top("from mail-ed1-f50.google.com (mail-ed1-f50.google.com [209.85.208.50])", when, MAD, "k48") + [
        ("From", addr("Adrián Molina", "adrian.molina@costanebula.com")),
        ("To", addr("Macarena Ortiz Ruano", ME)),
        ("Subject", enc("Re: Entrevista técnica Analista BI")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<CAF0kR4nT7qW2pL9xB5vY1mE8cZ3dH6uJsD@mail.gmail.com>"),
        ("In-Reply-To", "<CAJ8mOr8Xn1kQw5zR3pT7y+Lb0cV4dE2uHq@mail.example.org>"),
        ("References", "<CAJ8mOr8Xn1kQw5zR3pT7y+Lb0cV4dE2uHq@mail.example.org>"),
    ]
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(N(49), family="application_receipt", lang="pt", interview=False, company="Farol Pay",
      note="Lever application receipt in Portuguese; a first conversation is only hypothetical")
def k49() -> bytes:
    when = "2026-05-21 14:03"
    zone = "Europe/Lisbon"
    plain = t("""
        Olá Macarena,

        Obrigado pelo seu interesse na Farol Pay!

        Recebemos a sua candidatura para a posição de Analista de Dados (BI) – Lisboa / Remoto. A nossa equipa vai analisar o seu perfil com atenção e, se houver uma boa correspondência, entraremos em contacto nas próximas duas semanas para agendar uma primeira conversa.

        Entretanto, pode conhecer melhor a nossa equipa e cultura em https://farolpay.com/carreiras.

        Com os melhores cumprimentos,
        Equipa de Talento da Farol Pay
        """)
    page = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333333\">\n"
            + "".join(f"<p>{_esc(p).replace(chr(10), '<br>')}</p>\n" for p in plain.strip().split("\n\n"))
            + "<p style=\"font-size:11px;color:#999999\">Powered by Lever</p></body></html>\n")
    hs = top("from mail-a.hire.lever.co (mail-a.hire.lever.co [52.5.173.240])", when, zone, "k49") + [
        ("From", "Farol Pay <no-reply@hire.lever.co>"),
        ("To", ME),
        ("Subject", "Obrigado pela sua candidatura na Farol Pay"),
        ("Date", date(when, zone)),
        ("Message-ID", "<lever.candidate-ack.3f9c2b71-0e4d-4a6b-9d15-7c8e2a0f41b6@hire.lever.co>"),
    ]
    return message(hs, alt(text(plain, cte="base64"), html(page, cte="base64")))


@mail(N(50), family="prep_guide", lang="en", interview=False, company="Thamesgate Payments",
      note="Interview preparation guide sent before the (separately confirmed) interview; no date or time in it")
def k50() -> bytes:
    when = "2026-03-27 09:00"
    zone = "Europe/London"
    plain = t("""
        Hi Macarena,

        We're looking forward to your upcoming interview with Thamesgate Payments! Here's a short guide to help you prepare.

        How our process works
        1. Recruiter screen (done!)
        2. Technical interview: SQL & metrics, 60 minutes, with two analysts
        3. Final round: case study presentation and a values conversation with the hiring manager

        What we look for
        - Clear, structured thinking: talk us through your reasoning, not only the answer
        - Comfort with messy data: expect a table or two with duplicates and nulls
        - Curiosity about payments and merchants

        Practical tips
        - Test Microsoft Teams on your device beforehand
        - Have a pen and paper handy; you're welcome to sketch
        - Prepare a couple of questions for us

        You can also read how we use data at https://thamesgatepay.co.uk/blog/data

        Good luck!
        Thamesgate Payments Talent Team
        """)
    page = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px;color:#1f2d3d\">\n"
            + "".join(f"<p>{_esc(p).replace(chr(10), '<br>')}</p>\n" for p in plain.strip().split("\n\n"))
            + "</body></html>\n")
    hs = top("from mail.thamesgatepay.co.uk (mail.thamesgatepay.co.uk [185.70.41.22])", when, zone, "k50") + [
        ("From", "Thamesgate Payments Talent <talent@thamesgatepay.co.uk>"),
        ("To", ME),
        ("Subject", "Preparing for your interview at Thamesgate Payments"),
        ("Date", date(when, zone)),
        ("Message-ID", "<prep-guide-40918273.20260327090000@thamesgatepay.co.uk>"),
    ]
    return message(hs, alt(text(plain, cte="7bit"), html(page, cte="7bit")))
