"""blind43: 50 hand-written mails of one job seeker's inbox (Bogotá, America/Bogota, UTC-5, no DST).

Inbox owner: Daniela Ospina Restrepo <daniela.ospina.dev@example.org>, backend engineer, applying to
Colombian and Latin American companies and to US / European remote-first ones.

Written blind (without reading the detector, its tests or the other held-out mails). Each mail is one
function; ``make.py`` (imported unchanged) does the MIME plumbing and the checks. The file number of
each mail is a fixed shuffle of the writing order: keys 1-23 are the positives, 24-50 the negatives.

    python3 bench/heldout/make_blind.py blind43
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
)

# Exchange / Outlook zone names used below that make.WINDOWS_ZONES does not list (a runtime addition
# for the checks of this set; make.py itself is not edited).
make.WINDOWS_ZONES.setdefault("SA Pacific Standard Time", "America/Bogota")

ORDER = random.Random(43043).sample(range(1, 51), 50)
_written = [0]

ME = "daniela.ospina.dev@example.org"
ME_NAME = "Daniela Ospina Restrepo"
BOG = "America/Bogota"


def reg(**kw):
    """Register the next mail in writing order under its shuffled file number."""
    _written[0] += 1
    return mail(f"blind43_{ORDER[_written[0] - 1]:03d}", **kw)


def rcv(src: str, when: str, zone: str, ident: str) -> tuple[str, str]:
    return ("Received", received(src, when, zone, f"mx.google.com with ESMTPS id {ident}", ME))


def gmail(body: str) -> object:
    """A plain mail written in Gmail: text/plain + Gmail's html twin."""
    return alt(text(body), html(gmail_html(body)))


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

GCAL_FOOTER_ES = """
Invitación de Google Calendar: https://calendar.google.com/calendar/

Recibes este correo electrónico porque eres un invitado del evento. Para dejar de recibir
notificaciones de este evento, recházalo.

Si reenvías esta invitación, cualquier destinatario podrá enviar una respuesta al organizador,
añadirse a la lista de invitados, invitar a otras personas independientemente de su propio estado
de invitación o modificar tu respuesta de confirmación de asistencia.
Más información: https://support.google.com/calendar/answer/37135#forwarding
"""


# =========================================================================== positives


def ics_text(s: str) -> str:
    """Escape a text value for an ICS property (RFC 5545 3.3.11)."""
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


TEAMS_ES = """
________________________________________________________________________________
Reunión de Microsoft Teams
Únase desde su equipo, aplicación móvil o dispositivo de sala
Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
Id. de la reunión: {num}
Código de acceso: {code}
Descargar Teams<https://www.microsoft.com/es-es/microsoft-teams/download-app> | Unirse en la Web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""

TEAMS_EN = """
________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
Meeting ID: {num}
Passcode: {code}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


def outlook_html(body: str) -> str:
    """A much reduced version of the Word-generated HTML Outlook sends next to the plain text."""
    import html as _h

    paras = "\n".join(
        f'<p class="MsoNormal">{_h.escape(line) if line else "&nbsp;"}<o:p></o:p></p>' for line in body.split("\n"))
    return t(f"""
        <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
        <head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)">
        <style><!--
        p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
        --></style>
        </head>
        <body lang="ES-CO" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
        <div class="WordSection1">
        {paras}
        </div>
        </body>
        </html>
        """)


# --------------------------------------------------------------------------- key 1


@reg(family="google_calendar", lang="es", interview=True, kind="scheduled", company="Cuantía Pagos",
     start="2026-04-14T15:00:00Z", end="2026-04-14T16:00:00Z", contact="natalia.quiroga@cuantiapagos.co",
     local="Tue 2026-04-14 10:00", local_end="2026-04-14 11:00", zone=BOG,
     note="Google Calendar invitation (Spanish UI) 'mar 14 abr 2026 10:00 - 11:00 (GMT-5)', TZID America/Bogota "
          "(UTC-5, no DST) -> 15:00Z-16:00Z; contact = ORGANIZER / Reply-To recruiter")
def cuantia_invite():
    summary = "Entrevista técnica – Backend | Daniela Ospina"
    desc = ("Hola Daniela, esta es la entrevista técnica con Andrés Cuervo (Tech Lead de Pagos). "
            "Vamos a hablar de tu experiencia con APIs y colas, y a resolver un ejercicio corto de diseño. "
            "¡Éxitos!\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
            "Únete con Google Meet: https://meet.google.com/qpx-tnwa-kzd\n"
            "O marca el: (CO) +57 601 5148917 PIN: 483 229 031#\n"
            "Más números de teléfono: https://tel.meet/qpx-tnwa-kzd?pin=4632094880217\n\n"
            "Más información sobre Meet: https://support.google.com/a/users/answer/9282720\n\n"
            "Por favor, no edites esta sección.\n"
            "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_BOGOTA}
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20260414T100000
DTEND;TZID=America/Bogota:20260414T110000
DTSTAMP:20260408T203210Z
ORGANIZER;CN=Natalia Quiroga:mailto:natalia.quiroga@cuantiapagos.co
UID:3kq1v0b9m2c7e5h8jt4rfa6s0d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Natalia Quiroga;X-NUM-GUESTS=0:mailto:natalia.quiroga@cuantiapagos.co
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Andrés Cuervo;X-NUM-GUESTS=0:mailto:andres.cuervo@cuantiapagos.co
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
X-GOOGLE-CONFERENCE:https://meet.google.com/qpx-tnwa-kzd
CREATED:20260408T203207Z
DESCRIPTION:{ics_text(desc)}
LAST-MODIFIED:20260408T203209Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{ics_text(summary)}
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT0H10M0S
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    plain = t(f"""
        Natalia Quiroga te ha invitado a un evento.

        {summary}
        martes, 14 de abril de 2026 · 10:00 – 11:00
        Zona horaria: Hora de Colombia - Bogotá

        Información para unirse con Google Meet
        Enlace de la videollamada: https://meet.google.com/qpx-tnwa-kzd
        O marca el número: (CO) +57 601 5148917 PIN: 483 229 031#
        Más números de teléfono: https://tel.meet/qpx-tnwa-kzd?pin=4632094880217

        Hola Daniela, esta es la entrevista técnica con Andrés Cuervo (Tech Lead de Pagos). Vamos a hablar
        de tu experiencia con APIs y colas, y a resolver un ejercicio corto de diseño. ¡Éxitos!

        Organizador
        Natalia Quiroga
        natalia.quiroga@cuantiapagos.co

        Invitados
        Natalia Quiroga - organizador
        Andrés Cuervo
        {ME}
        Ver todos los datos de los invitados: https://calendar.google.com/calendar/event?action=VIEW&eid=M2txMXYwYjltMmM3ZTVoOGp0NHJmYTZzMGQgZGFuaWVsYS5vc3BpbmEuZGV2QGV4YW1wbGUub3Jn

        Responder por {ME} a Natalia Quiroga: Sí https://calendar.google.com/calendar/event?action=RESPOND&rst=1 · No https://calendar.google.com/calendar/event?action=RESPOND&rst=2 · Quizás https://calendar.google.com/calendar/event?action=RESPOND&rst=3
        Más opciones: https://calendar.google.com/calendar/event?action=VIEW
        """) + GCAL_FOOTER_ES
    page = t(f"""
        <!doctype html><html><head><meta charset="utf-8"></head><body style="font-family:Roboto,Arial,sans-serif;color:#3c4043">
        <table role="presentation" width="100%"><tr><td>
        <p style="font-size:14px">Natalia Quiroga te ha invitado a un evento.</p>
        <h2 style="font-size:22px;font-weight:400;color:#3c4043">{summary}</h2>
        <p style="font-size:14px"><span>martes, 14 de abril de 2026</span> · <span>10:00 – 11:00</span><br>
        <span style="color:#70757a">Zona horaria: Hora de Colombia - Bogotá</span></p>
        <p><a href="https://meet.google.com/qpx-tnwa-kzd" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Unirse con Google Meet</a></p>
        <p style="font-size:14px">meet.google.com/qpx-tnwa-kzd<br>O marca el número: (CO) +57 601 5148917 PIN: 483 229 031#</p>
        <p style="font-size:14px">Hola Daniela, esta es la entrevista técnica con Andrés Cuervo (Tech Lead de Pagos). Vamos a hablar de tu experiencia con APIs y colas, y a resolver un ejercicio corto de diseño. ¡Éxitos!</p>
        <p style="font-size:14px"><b>Invitados</b><br>Natalia Quiroga – organizador<br>Andrés Cuervo<br>{ME}</p>
        <p style="font-size:14px">¿Vas a asistir? <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=1">Sí</a> · <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=2">No</a> · <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=3">Quizás</a></p>
        <p style="font-size:12px;color:#70757a">Invitación de Google Calendar. Recibes este correo electrónico porque eres un invitado del evento.</p>
        </td></tr></table></body></html>
        """)
    body = mixed(
        alt(text(plain), html(page), calendar(ics, method="REQUEST", cte="base64")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True),
    )
    headers = [
        rcv("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "2026-04-08 15:32:10", BOG,
            "a1e0cc1a2514c-4f1b2c3d5e6sor4412871e0c.71.2026.04.08.13.32.10"),
        ("Reply-To", addr("Natalia Quiroga", "natalia.quiroga@cuantiapagos.co")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Message-ID", "<calendar-5b8e2f7a-91c4-4d0e-b7a3-3f2e8c1d6a90@google.com>"),
        ("Date", date("2026-04-08 15:32:10", BOG)),
        ("Subject", enc(f"Invitación: {summary} @ mar 14 abr 2026 10:00 - 11:00 (GMT-5) ({ME})")),
        ("From", addr("Natalia Quiroga", "natalia.quiroga@cuantiapagos.co")),
        ("To", ME),
    ]
    return message(headers, body)


# --------------------------------------------------------------------------- key 2


@reg(family="computrabajo", lang="es", interview=True, kind="scheduled", company="Logística Sabana S.A.S.",
     start="2026-05-06T13:30:00Z", end=None, contact="yesenia.cardenas@logisticasabana.com.co",
     local="Wed 2026-05-06 08:30", zone=BOG,
     note="Computrabajo 'nuevo mensaje de la empresa' relaying the employer's message: in-person interview "
          "'miércoles 6 de mayo de 2026 a las 8:30 a. m.' in Bogotá (UTC-5) -> 13:30Z; no length stated; "
          "sender is a no-reply platform address, contact = the HR analyst's address in the signature")
def computrabajo_mensaje():
    msg = t("""
        Cordial saludo, Daniela.

        De acuerdo con lo conversado telefónicamente, le confirmamos la entrevista presencial para el cargo
        Desarrollador Backend Semi Senior, el día miércoles 6 de mayo de 2026 a las 8:30 a. m., en nuestras
        oficinas de la Calle 100 # 19-54, piso 6, Bogotá.

        Por favor presentarse con 10 minutos de anticipación y con su documento de identidad. En recepción
        preguntar por Yesenia Cárdenas, de Gestión Humana. En la entrevista estará también el Ing. Wilson
        Peña, coordinador de desarrollo.

        Cualquier inquietud puede escribirnos a yesenia.cardenas@logisticasabana.com.co o al 601 742 3180 ext. 214.

        Quedamos atentos.

        Yesenia Cárdenas Murillo
        Analista de Gestión Humana
        Logística Sabana S.A.S.
        """)
    plain = t("""
        Computrabajo

        Hola Daniela,

        Logística Sabana S.A.S. te envió un mensaje sobre tu postulación a la oferta
        "Desarrollador Backend Semi Senior - Bogotá, D.C.".

        ----------------------------------------------------------------
        """) + msg + t("""
        ----------------------------------------------------------------

        Responder al mensaje: https://co.computrabajo.com/candidato/mensajes/8F31C0A2D7E94B55

        Consulta el estado de todas tus postulaciones en "Mis postulaciones".

        Esta es una notificación automática, por favor no respondas a este correo.
        Computrabajo | Configurar notificaciones: https://co.computrabajo.com/candidato/configuracion
        """)
    import html as _h
    msg_html = "<br>\n".join(_h.escape(x) for x in msg.rstrip("\n").split("\n"))
    page = t(f"""
        <!DOCTYPE html>
        <html lang="es"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Computrabajo</title></head>
        <body style="margin:0;background:#f2f4f7;font-family:Arial,Helvetica,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f4f7"><tr><td align="center">
        <table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
        <tr><td style="padding:20px 30px;background:#0d3878"><img src="https://ct.computrabajo.com/img/logo-ct-white.png" alt="Computrabajo" width="160"></td></tr>
        <tr><td style="padding:30px;font-size:15px;color:#333">
        <p>Hola Daniela,</p>
        <p><strong>Logística Sabana S.A.S.</strong> te envió un mensaje sobre tu postulación a la oferta <strong>Desarrollador Backend Semi Senior - Bogotá, D.C.</strong></p>
        <div style="border-left:3px solid #0d3878;padding:10px 15px;background:#f7f9fc">{msg_html}</div>
        <p style="text-align:center;padding-top:20px"><a href="https://co.computrabajo.com/candidato/mensajes/8F31C0A2D7E94B55" style="background:#f7941d;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">Responder al mensaje</a></p>
        </td></tr>
        <tr><td style="padding:20px 30px;font-size:11px;color:#888">Esta es una notificación automática, por favor no respondas a este correo.<br>
        <a href="https://co.computrabajo.com/candidato/configuracion" style="color:#888">Configurar notificaciones</a></td></tr>
        </table></td></tr></table></body></html>
        """)
    headers = [
        rcv("from mta-12.mail.computrabajo.com (mta-12.mail.computrabajo.com [185.47.126.12])",
            "2026-04-30 17:48:22", BOG, "q9-20020a05620a0d8900b0078c3a1sor98213qkl.311"),
        ("From", addr("Computrabajo", "notificaciones@co.computrabajo.com")),
        ("To", addr("Daniela Ospina", ME)),
        ("Subject", enc("Logística Sabana S.A.S. te envió un mensaje")),
        ("Date", date("2026-04-30 17:48:22", BOG)),
        ("Message-ID", "<20260430224822.8F31C0A2D7E94B55@mail.computrabajo.com>"),
        ("List-Unsubscribe", "<https://co.computrabajo.com/candidato/configuracion?unsub=msg>"),
    ]
    return message(headers, alt(text(plain), html(page)))


# --------------------------------------------------------------------------- key 3


@reg(family="lever", lang="en", interview=True, kind="scheduled", company="Ridgeline Analytics",
     start="2026-06-04T15:00:00Z", end="2026-06-04T15:45:00Z", contact="kayla.brennan@ridgelineanalytics.com",
     local="Thu 2026-06-04 11:00", local_end="2026-06-04 11:45", zone="America/New_York",
     note="Lever confirmation 'Thursday, June 4, 2026, 11:00 AM - 11:45 AM EDT' (UTC-4 in June) -> "
          "15:00Z-15:45Z (10:00 in Bogotá); from no-reply, contact = Reply-To recruiter")
def lever_ridgeline():
    plain = t("""
        Hi Daniela,

        Your interview with Ridgeline Analytics is confirmed. Here are the details:

        Senior Backend Engineer (Remote - LATAM)
        Technical Interview: Systems & APIs

        Thursday, June 4, 2026
        11:00 AM - 11:45 AM EDT

        Interviewer: Marcus Webb, Staff Software Engineer
        Location: Zoom - https://ridgelineanalytics.zoom.us/j/86120447319?pwd=bXJ3a2VvZ0xQdU5hR1l5
        Meeting ID: 861 2044 7319 / Passcode: 552903

        A calendar invitation will follow from Marcus. If anything comes up and you need to reschedule,
        simply reply to this email.

        Best,
        Kayla Brennan
        Technical Recruiter, Ridgeline Analytics

        Sent via Lever - https://www.lever.co
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;color:#2a2a2a">
        <div style="max-width:560px;margin:0 auto;padding:24px">
        <p>Hi Daniela,</p>
        <p>Your interview with Ridgeline Analytics is confirmed. Here are the details:</p>
        <table style="border:1px solid #e3e3e3;border-radius:6px;padding:16px;width:100%">
        <tr><td style="font-weight:600">Senior Backend Engineer (Remote - LATAM)</td></tr>
        <tr><td>Technical Interview: Systems &amp; APIs</td></tr>
        <tr><td style="padding-top:10px">Thursday, June 4, 2026<br>11:00 AM - 11:45 AM EDT</td></tr>
        <tr><td style="padding-top:10px">Interviewer: Marcus Webb, Staff Software Engineer</td></tr>
        <tr><td>Location: <a href="https://ridgelineanalytics.zoom.us/j/86120447319?pwd=bXJ3a2VvZ0xQdU5hR1l5">Zoom</a><br>Meeting ID: 861 2044 7319 / Passcode: 552903</td></tr>
        </table>
        <p>A calendar invitation will follow from Marcus. If anything comes up and you need to reschedule, simply reply to this email.</p>
        <p>Best,<br>Kayla Brennan<br>Technical Recruiter, Ridgeline Analytics</p>
        <p style="font-size:11px;color:#999">Sent via <a href="https://www.lever.co" style="color:#999">Lever</a></p>
        </div></body></html>
        """)
    headers = [
        rcv("from o12.email.lever.co (o12.email.lever.co [167.89.101.12])", "2026-05-29 18:20:41", "UTC",
            "l3-20020a0562140d0300b0069b4c8sor2210077qvb.48"),
        ("From", addr("Ridgeline Analytics", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Kayla Brennan", "kayla.brennan@ridgelineanalytics.com")),
        ("To", addr("Daniela Ospina Restrepo", ME)),
        ("Subject", "Interview confirmed: Ridgeline Analytics - Senior Backend Engineer (Remote - LATAM)"),
        ("Date", date("2026-05-29 18:20:41", "UTC")),
        ("Message-ID", "<0100018fc4a1b2c3-5d2e9a41-7b6f-4c2d-9e1a-2f4b8c7d6e5f-000000@email.lever.co>"),
        ("X-Mailer", "Lever"),
    ]
    return message(headers, alt(text(plain), html(page)))


# --------------------------------------------------------------------------- key 4


@reg(family="staffing_agency_prose", lang="en", interview=True, kind="scheduled", company="Bluepeak Logistics",
     start="2026-07-22T14:00:00Z", end="2026-07-22T14:45:00Z", contact="mateo@andesremote.io",
     local="Wed 2026-07-22 09:00", local_end="2026-07-22 09:45", zone=BOG,
     note="Agency recruiter's short reply 'tmrw (Wed) 9am your time / 10am ET', '45 min'; Date Tue 21 Jul 2026 "
          "08:02 -0500 -> Wed 22 Jul 09:00 Bogotá = 14:00Z (10:00 EDT agrees); company = the client he places "
          "her with; contact = the agency recruiter (human sender)")
def agency_tmrw():
    body = t(f"""
        Hey Daniela!

        Confirmed w/ Bluepeak for tmrw (Wed) 9am your time / 10am ET 🙌 45 min w/ Hannah (their Eng Manager)
        + one of the senior devs. Zoom link is in the invite I just fwd'd you.

        Quick tip: they care a lot about Postgres + event-driven stuff, so bring a couple of real examples.
        Good luck!!

        Mateo

        --
        Mateo Gallego | Talent Partner
        Andes Remote Talent · andesremote.io
        +57 300 418 2276

        On Mon, Jul 20, 2026 at 6:14 PM {ME_NAME} <{ME}> wrote:
        > Hi Mateo,
        >
        > Wed or Thu morning both work for me, anytime before noon Bogotá time.
        >
        > Thanks!
        > Daniela
        >
        > On Mon, Jul 20, 2026 at 11:03 AM Mateo Gallego <mateo@andesremote.io> wrote:
        >> Hi Daniela, Bluepeak wants to move forward with you 🎉 Which mornings work this week?
        """)
    headers = [
        rcv("from mail-yw1-f176.google.com (mail-yw1-f176.google.com [209.85.128.176])", "2026-07-21 08:02:57", BOG,
            "00721157ae682-6b0e3c1sor3381947b3.102.2026.07.21.06.02.57"),
        ("From", addr("Mateo Gallego", "mateo@andesremote.io")),
        ("To", addr(ME_NAME, ME)),
        ("Subject", "Re: Bluepeak Logistics - next step"),
        ("Date", date("2026-07-21 08:02:57", BOG)),
        ("Message-ID", "<CAH7kq3Rz1x0Uq9mVb2WcTz5+Lw8pE4nB1sYt6fKd0aJ2Qm3hXw@mail.gmail.com>"),
        ("In-Reply-To", "<CAF9d2Lm0Qv7xKp3Yw8RnT1s4Zb6Hc5jE2uG9oPa7Vd1Nq8iWy@mail.gmail.com>"),
        ("References", "<CAH7kq3Qa9z4Lw2dPm6Xc1Vt8Rb0Ns5Ke3Yj7Ug4Fh2Mo9Ti1Q@mail.gmail.com>\r\n"
                       " <CAF9d2Lm0Qv7xKp3Yw8RnT1s4Zb6Hc5jE2uG9oPa7Vd1Nq8iWy@mail.gmail.com>"),
    ]
    return message(headers, gmail(body))


# --------------------------------------------------------------------------- key 5


@reg(family="exchange_invite", lang="es", interview=True, kind="scheduled", company="Finanzas Aburrá S.A.",
     start="2026-05-26T19:00:00Z", end="2026-05-26T20:00:00Z", contact="chenao@finanzasaburra.com.co",
     local="Tue 2026-05-26 14:00", local_end="2026-05-26 15:00", zone=BOG,
     note="Outlook/Exchange meeting request; the date is only in the ICS: DTSTART;TZID=SA Pacific Standard "
          "Time:20260526T140000 (Windows name for UTC-5 Bogotá/Lima/Quito) -> 19:00Z, DTEND 15:00 local; body "
          "says 'dura una hora'; contact = organizer/sender")
def exchange_aburra():
    note_body = t("""
        Cordial saludo, Daniela:

        De acuerdo con lo conversado ayer, le envío la invitación para la entrevista técnica del proceso
        Ingeniero(a) de Desarrollo Backend. Estarán Jhon Jairo Álvarez (Líder de Arquitectura) y Sebastián
        Moreno (Ingeniero Senior). La sesión dura una hora; le pedimos ingresar unos minutos antes para
        validar audio y cámara, y tener a la mano un editor de código.

        Quedamos atentos a cualquier inquietud.

        Carolina Henao Restrepo
        Analista de Talento Humano | Finanzas Aburrá S.A.
        Cra. 48 # 20-34, Medellín, Antioquia
        """)
    teams = TEAMS_ES.format(mid="YTk2ZmQ0MmEtNGMxZS00ZDQ3LWE4YjItOWQxYzM3MmI1ZTQx",
                            tid="5f3c0d8e-71a2-4b9c-9e34-28d7a1c6b0f2", num="254 771 936 018", code="Zq7Hk3")
    plain = note_body + teams
    desc = ics_text(plain.replace("\n________", "\n\n________", 1))
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_SA_PACIFIC}
BEGIN:VEVENT
ORGANIZER;CN=Carolina Henao Restrepo:mailto:chenao@finanzasaburra.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=daniela.ospina.dev@example.org:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jhon Jairo Álvarez Gil:mailto:jjalvarez@finanzasaburra.com.co
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sebastián Moreno Ríos:mailto:smoreno@finanzasaburra.com.co
DESCRIPTION;LANGUAGE=es-CO:{desc}
UID:040000008200E00074C5B7101A82E00800000000D0A3F2E4B0E8DC010000000000000000100000004E7D1C2A9B3F8E4CA1D05B6E7F293C48
SUMMARY;LANGUAGE=es-CO:Entrevista técnica - Ingeniero(a) de Desarrollo Backend - Daniela Ospina
DTSTART;TZID=SA Pacific Standard Time:20260526T140000
DTEND;TZID=SA Pacific Standard Time:20260526T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260520T151133Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2119470391
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
X-MICROSOFT-LOCATIONS:[ {{ "DisplayName" : "Reunión de Microsoft Teams"\\, "LocationAnnotation" : ""\\, "LocationSource" : 0\\, "Unresolved" : false\\, "LocationUri" : "" }} ]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    body = alt(text(plain), html(outlook_html(plain)), calendar(ics, method="REQUEST", cte="base64"))
    headers = [
        rcv("from CO1PR04CU001.outbound.protection.outlook.com (mail-eastus2azon11012034.outbound.protection.outlook.com [52.101.57.34])",
            "2026-05-20 10:11:33", BOG, "af79cd13be357-7a1c4sor1188221685a.19"),
        ("From", addr("Carolina Henao Restrepo", "chenao@finanzasaburra.com.co")),
        ("To", addr("daniela.ospina.dev@example.org", ME)),
        ("CC", "Jhon Jairo Alvarez Gil <jjalvarez@finanzasaburra.com.co>, Sebastian Moreno Rios\r\n"
               " <smoreno@finanzasaburra.com.co>"),
        ("Subject", enc("Entrevista técnica - Ingeniero(a) de Desarrollo Backend - Daniela Ospina")),
        ("Thread-Topic", enc("Entrevista técnica - Ingeniero(a) de Desarrollo Backend - Daniela Ospina")),
        ("Thread-Index", "AdrIJk3m0Y2pQf7ZS5Kx1oCq8b4n2A=="),
        ("Date", "Wed, 20 May 2026 15:11:33 +0000"),
        ("Message-ID", "<BN8PR04MB63214E0C2D1A9F7B3C8E5D21A4B29@BN8PR04MB6321.namprd04.prod.outlook.com>"),
        ("Accept-Language", "es-CO, en-US"),
        ("Content-Language", "es-CO"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-SCL", "1"),
    ]
    return message(headers, body)


# --------------------------------------------------------------------------- key 6


@reg(family="workable", lang="es", interview=True, kind="scheduled", company="Tero Software",
     start="2026-05-20T14:00:00Z", end="2026-05-20T15:00:00Z", contact="lucia.ferreyra@terosoftware.com.ar",
     local="Wed 2026-05-20 11:00", local_end="2026-05-20 12:00", zone="America/Argentina/Buenos_Aires",
     note="Workable booking confirmation (rioplatense Spanish) 'miércoles 20 de mayo de 2026, 11:00 - 12:00 "
          "(GMT-03:00) Buenos Aires' -> 14:00Z-15:00Z, ICS in UTC agrees; Reply-To is a Workable relay, "
          "contact = the recruiter's address written in the body")
def workable_tero():
    relay = "tero-software+c4e81f0a2b@candidates.workablemail.com"
    plain = t("""
        Hola Daniela,

        ¡Gracias por elegir un horario! Tu entrevista quedó confirmada:

        Entrevista técnica – Backend Developer (Node.js / Go)
        miércoles 20 de mayo de 2026, 11:00 - 12:00 (GMT-03:00) Buenos Aires
        Google Meet: https://meet.google.com/hvd-rmpe-xqa

        Vas a estar con Lucía Ferreyra (Engineering Manager) y Nahuel Bianchi (Senior Backend). La idea
        es charlar sobre tu experiencia y después resolver juntos un ejercicio práctico, así que tené a
        mano tu entorno de desarrollo.

        Si necesitás reprogramar, respondé este mail o escribime directo a lucia.ferreyra@terosoftware.com.ar.

        ¡Nos vemos!
        Lucía
        Tero Software

        --
        Enviado con Workable · https://www.workable.com
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1d1d1d;background:#f7f7f7">
        <div style="max-width:600px;margin:0 auto;background:#fff;padding:32px">
        <img src="https://workablehr.s3.amazonaws.com/uploads/account/logo/481203/tero_logo.png" alt="Tero Software" height="40">
        <p>Hola Daniela,</p>
        <p>¡Gracias por elegir un horario! Tu entrevista quedó confirmada:</p>
        <div style="border:1px solid #e5e5e5;border-radius:4px;padding:16px">
        <b>Entrevista técnica – Backend Developer (Node.js / Go)</b><br>
        miércoles 20 de mayo de 2026, 11:00 - 12:00 (GMT-03:00) Buenos Aires<br>
        Google Meet: <a href="https://meet.google.com/hvd-rmpe-xqa">meet.google.com/hvd-rmpe-xqa</a>
        </div>
        <p>Vas a estar con Lucía Ferreyra (Engineering Manager) y Nahuel Bianchi (Senior Backend). La idea es charlar sobre tu experiencia y después resolver juntos un ejercicio práctico, así que tené a mano tu entorno de desarrollo.</p>
        <p>Si necesitás reprogramar, respondé este mail o escribime directo a <a href="mailto:lucia.ferreyra@terosoftware.com.ar">lucia.ferreyra@terosoftware.com.ar</a>.</p>
        <p>¡Nos vemos!<br>Lucía<br>Tero Software</p>
        <p style="font-size:11px;color:#999;border-top:1px solid #eee;padding-top:12px">Enviado con <a href="https://www.workable.com" style="color:#999">Workable</a></p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:wk-evt-7d41c09e55b2@workable.com
DTSTAMP:20260514T190512Z
DTSTART:20260520T140000Z
DTEND:20260520T150000Z
SUMMARY:Entrevista técnica – Backend Developer (Node.js / Go) – Tero Software
DESCRIPTION:Google Meet: https://meet.google.com/hvd-rmpe-xqa
LOCATION:https://meet.google.com/hvd-rmpe-xqa
ORGANIZER;CN=Tero Software:mailto:{relay}
ATTENDEE;CN=Daniela Ospina Restrepo;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    body = mixed(alt(text(plain), html(page)),
                 calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment",
                          name_param=True))
    headers = [
        rcv("from mail-out-3.workablemail.com (mail-out-3.workablemail.com [34.248.116.51])", "2026-05-14 19:05:12",
            "UTC", "h12-20020a056214089200b006a0e5sor1176223qvb.77"),
        ("From", addr("Tero Software", "tero-software@candidates.workablemail.com")),
        ("Reply-To", addr("Tero Software", relay)),
        ("To", addr("Daniela Ospina Restrepo", ME)),
        ("Subject", enc("Entrevista confirmada: Backend Developer (Node.js / Go) en Tero Software")),
        ("Date", date("2026-05-14 19:05:12", "UTC")),
        ("Message-ID", "<6644b1d8a3e2f_5c1a3fd9e81c2b7c41993@workable-mailer-7f9c8d.mail>"),
    ]
    return message(headers, body)


# --------------------------------------------------------------------------- key 7


@reg(family="gupy", lang="pt", interview=True, kind="scheduled", company="Ipê Digital",
     start="2026-06-11T17:00:00Z", end="2026-06-11T18:00:00Z", contact="renata.moraes@ipedigital.com.br",
     local="Thu 2026-06-11 14:00", local_end="2026-06-11 15:00", zone="America/Sao_Paulo",
     note="Gupy notification, HTML only (base64): '11/06/2026 (quinta-feira), 14h00 às 15h00 (horário de "
          "Brasília)' -> UTC-3 (no DST in Brazil since 2019) -> 17:00Z-18:00Z; contact = interviewer's address "
          "in the body (sender is no-reply)")
def gupy_ipe():
    page = t("""
        <!DOCTYPE html>
        <html lang="pt-BR"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
        <title>Entrevista agendada</title></head>
        <body style="margin:0;padding:0;background:#eef1f6;font-family:'Open Sans',Arial,sans-serif">
        <table width="100%" cellspacing="0" cellpadding="0" bgcolor="#eef1f6"><tr><td align="center" style="padding:24px 0">
        <table width="600" cellspacing="0" cellpadding="0" bgcolor="#ffffff" style="border-radius:8px">
        <tr><td style="padding:24px 32px;border-bottom:4px solid #1b8a5a">
        <img src="https://ipedigital.gupy.io/logo.png" alt="Ipê Digital" height="36"></td></tr>
        <tr><td style="padding:32px;font-size:15px;line-height:22px;color:#33373d">
        <p>Olá, Daniela!</p>
        <p>Que bom ter você no nosso processo seletivo para a vaga <b>Pessoa Desenvolvedora Backend Sênior (Remoto - LATAM)</b>. Sua entrevista foi agendada:</p>
        <table cellspacing="0" cellpadding="6" style="font-size:15px;background:#f5f7fa;border-radius:6px;width:100%">
        <tr><td style="color:#6b7280;width:140px">Etapa</td><td>Entrevista Técnica</td></tr>
        <tr><td style="color:#6b7280">Data</td><td>11/06/2026 (quinta-feira)</td></tr>
        <tr><td style="color:#6b7280">Horário</td><td>14h00 às 15h00 (horário de Brasília)</td></tr>
        <tr><td style="color:#6b7280">Local</td><td><a href="https://meet.google.com/ttb-kfoz-wne">Google Meet</a></td></tr>
        <tr><td style="color:#6b7280">Entrevistadora</td><td>Renata Moraes – Tech Lead (renata.moraes@ipedigital.com.br)</td></tr>
        </table>
        <p>A conversa pode ser em português, espanhol ou inglês, como você preferir. 😉</p>
        <p>Caso não possa comparecer, pedimos que avise a entrevistadora com antecedência.</p>
        <p style="text-align:center"><a href="https://ipedigital.gupy.io/candidates/applications/4418203" style="display:inline-block;background:#1b8a5a;color:#fff;padding:12px 28px;border-radius:24px;text-decoration:none">Acompanhar candidatura</a></p>
        <p>Boa sorte!<br>Time de Gente &amp; Cultura<br>Ipê Digital</p>
        </td></tr>
        <tr><td style="padding:16px 32px;font-size:11px;color:#9aa0a6;text-align:center">
        Este é um e-mail automático enviado pela Gupy em nome de Ipê Digital. Por favor, não responda.<br>
        Gupy · Av. Paulista, 1000 · São Paulo - SP</td></tr>
        </table></td></tr></table></body></html>
        """)
    headers = [
        rcv("from a48-110.smtp-out.amazonses.com (a48-110.smtp-out.amazonses.com [54.240.48.110])",
            "2026-06-05 10:30:44", "America/Sao_Paulo", "d75a77b69052e-4409c1sor50017141cf.12"),
        ("From", addr("Ipê Digital", "naoresponda@gupy.com.br")),
        ("To", ME),
        ("Subject", enc("Entrevista agendada – Pessoa Desenvolvedora Backend Sênior | Ipê Digital")),
        ("Date", "Fri, 05 Jun 2026 13:30:44 +0000"),
        ("Message-ID", "<01000190a7f3c2d1-8b0e4a12-3c57-4f1e-a9d2-6e5b1c0f7a33-000000@email.amazonses.com>"),
        ("X-SES-Outgoing", "2026.06.05-54.240.48.110"),
    ]
    return message(headers, html(page, cte="base64"))


# --------------------------------------------------------------------------- key 8


@reg(family="calendly", lang="en", interview=True, kind="scheduled", company="Dunmore Robotics",
     start="2026-09-15T15:30:00Z", end="2026-09-15T16:00:00Z", contact="ben.carter@dunmorerobotics.com",
     local="Tue 2026-09-15 10:30", local_end="2026-09-15 11:00", zone=BOG,
     note="Calendly invitee confirmation of an intro chat with the hiring manager, shown in the invitee's zone "
          "'10:30am - 11:00am (Bogota, Jamaica, Lima Time)' -> 15:30Z-16:00Z; ICS in UTC; contact = Reply-To host")
def calendly_dunmore():
    plain = t(f"""
        Hi Daniela Ospina,

        Your Intro chat - Backend Engineer with Ben Carter at 10:30am (Bogota, Jamaica, Lima Time) on Tuesday,
        September 15, 2026 is scheduled.

        Event Type:
        Intro chat - Backend Engineer

        Event Date/Time:
        10:30am - 11:00am (Bogota, Jamaica, Lima Time) on Tuesday, September 15, 2026

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/ocv-wbsj-myt

        Invitee:
        Daniela Ospina
        {ME}

        Questions:
        Anything you'd like me to know before our chat?
        Referred by Camila Ortiz for the Backend Engineer (Fleet Platform) role. Happy to share my GitHub.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7a3e1d2c-9b0f-4c55-8e21-bd4f03a9c6e1
        Reschedule: https://calendly.com/reschedulings/7a3e1d2c-9b0f-4c55-8e21-bd4f03a9c6e1

        Powered by Calendly.com
        """)
    page = t(f"""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1a1a1a">
        <div style="max-width:600px;margin:0 auto;padding:24px">
        <p>Hi Daniela Ospina,</p>
        <p>Your Intro chat - Backend Engineer with Ben Carter at 10:30am (Bogota, Jamaica, Lima Time) on Tuesday, September 15, 2026 is scheduled.</p>
        <p><b>Event Type:</b><br>Intro chat - Backend Engineer</p>
        <p><b>Event Date/Time:</b><br>10:30am - 11:00am (Bogota, Jamaica, Lima Time) on Tuesday, September 15, 2026</p>
        <p><b>Location:</b><br>This is a Google Meet web conference. <a href="https://meet.google.com/ocv-wbsj-myt">Join now</a></p>
        <p><b>Invitee:</b><br>Daniela Ospina<br>{ME}</p>
        <p><b>Questions:</b><br>Anything you'd like me to know before our chat?<br>Referred by Camila Ortiz for the Backend Engineer (Fleet Platform) role. Happy to share my GitHub.</p>
        <p><a href="https://calendly.com/cancellations/7a3e1d2c-9b0f-4c55-8e21-bd4f03a9c6e1">Cancel</a> &nbsp; <a href="https://calendly.com/reschedulings/7a3e1d2c-9b0f-4c55-8e21-bd4f03a9c6e1">Reschedule</a></p>
        <p style="font-size:12px;color:#666">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20260910T214403Z
UID:7a3e1d2c-9b0f-4c55-8e21-bd4f03a9c6e1@calendly.com
DTSTART:20260915T153000Z
DTEND:20260915T160000Z
SUMMARY:Intro chat - Backend Engineer between Ben Carter and Daniela Ospina
DESCRIPTION:Event Name: Intro chat - Backend Engineer\\n\\nLocation: This is a Google Meet web conference. https://meet.google.com/ocv-wbsj-myt\\n\\nNeed to make changes to this event?\\nCancel: https://calendly.com/cancellations/7a3e1d2c-9b0f-4c55-8e21-bd4f03a9c6e1\\nReschedule: https://calendly.com/reschedulings/7a3e1d2c-9b0f-4c55-8e21-bd4f03a9c6e1\\n\\nPowered by Calendly.com
LOCATION:https://meet.google.com/ocv-wbsj-myt
ORGANIZER;CN=Ben Carter:mailto:ben.carter@dunmorerobotics.com
ATTENDEE;CN=Daniela Ospina;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    body = mixed(alt(text(plain), html(page)),
                 calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment",
                          name_param=True))
    headers = [
        rcv("from o3.mail.calendly.com (o3.mail.calendly.com [167.89.21.83])", "2026-09-10 21:44:03", "UTC",
            "x8-20020a05622a0a8800b004a1cd5sor4418829qtx.104"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Ben Carter", "ben.carter@dunmorerobotics.com")),
        ("To", addr("Daniela Ospina", ME)),
        ("Subject", "Confirmed: Intro chat - Backend Engineer with Ben Carter on Tuesday, September 15, 2026"),
        ("Date", date("2026-09-10 21:44:03", "UTC")),
        ("Message-ID", "<c7f0b2a4e91d4f3b8d12a6e0f5c3b971@calendly.com>"),
    ]
    return message(headers, body)


# --------------------------------------------------------------------------- key 9


@reg(family="hackerrank_interview", lang="en", interview=True, kind="scheduled", company="Lumora Health",
     start="2026-06-23T20:00:00Z", end="2026-06-23T21:00:00Z", contact="priya.natarajan@lumorahealth.com",
     local="Tue 2026-06-23 13:00", local_end="2026-06-23 14:00", zone="America/Los_Angeles",
     note="HackerRank live (CodePair) interview invitation 'Tue, Jun 23, 2026 · 1:00 PM - 2:00 PM PDT (GMT-7)' "
          "-> 20:00Z-21:00Z (15:00 Bogotá); ICS in UTC, ORGANIZER no-reply; contact = interviewer's address "
          "in the body")
def hackerrank_live():
    plain = t("""
        Hi Daniela,

        Lumora Health has invited you to a live coding interview on HackerRank.

        Position: Backend Engineer II (Care Platform)
        Date & time: Tue, Jun 23, 2026 · 1:00 PM - 2:00 PM PDT (GMT-7)
        Interviewer: Priya Natarajan (priya.natarajan@lumorahealth.com)

        Join the interview: https://hr.gs/lumora-c8f2k91

        The link becomes active 10 minutes before the start time. You will pair with your interviewer in
        a shared editor with video; you can use the language you are most comfortable with.

        Before the interview
        - Run the system compatibility check: https://www.hackerrank.com/system-check
        - Use a recent version of Chrome or Firefox and allow camera and microphone access.

        Can't make it? Contact your interviewer directly.

        Good luck!
        Team HackerRank

        You received this email because Lumora Health invited you to an interview on HackerRank.
        HackerRank, 700 E El Camino Real, Mountain View, CA 94040
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="background:#f3f7f7;font-family:'Source Sans Pro',Arial,sans-serif;color:#0e141e">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 0">
        <table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:6px">
        <tr><td style="padding:24px 32px;background:#0e141e"><img src="https://hrcdn.net/fcore/assets/brand/logo-new-white-green-a5cb16e0ae.svg" alt="HackerRank" height="28"></td></tr>
        <tr><td style="padding:32px;font-size:15px;line-height:1.5">
        <p>Hi Daniela,</p>
        <p><b>Lumora Health</b> has invited you to a live coding interview on HackerRank.</p>
        <table cellpadding="4" style="font-size:15px">
        <tr><td style="color:#576871">Position</td><td>Backend Engineer II (Care Platform)</td></tr>
        <tr><td style="color:#576871">Date &amp; time</td><td>Tue, Jun 23, 2026 · 1:00 PM - 2:00 PM PDT (GMT-7)</td></tr>
        <tr><td style="color:#576871">Interviewer</td><td>Priya Natarajan (priya.natarajan@lumorahealth.com)</td></tr>
        </table>
        <p style="padding:16px 0"><a href="https://hr.gs/lumora-c8f2k91" style="background:#1ba94c;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none;font-weight:600">Join Interview</a></p>
        <p>The link becomes active 10 minutes before the start time. You will pair with your interviewer in a shared editor with video; you can use the language you are most comfortable with.</p>
        <p><b>Before the interview</b><br>- Run the <a href="https://www.hackerrank.com/system-check">system compatibility check</a><br>- Use a recent version of Chrome or Firefox and allow camera and microphone access.</p>
        <p>Can't make it? Contact your interviewer directly.</p>
        <p>Good luck!<br>Team HackerRank</p>
        </td></tr></table>
        <p style="font-size:11px;color:#738f93">You received this email because Lumora Health invited you to an interview on HackerRank.<br>HackerRank, 700 E El Camino Real, Mountain View, CA 94040</p>
        </td></tr></table></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HackerRank//Interviews//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:interview-9a71c3e0f4b2@hackerrank.com
DTSTAMP:20260617T224512Z
DTSTART:20260623T200000Z
DTEND:20260623T210000Z
SUMMARY:Lumora Health - Backend Engineer II (Care Platform) - Live Coding Interview
DESCRIPTION:Join the interview: https://hr.gs/lumora-c8f2k91\\nInterviewer: Priya Natarajan
LOCATION:https://hr.gs/lumora-c8f2k91
ORGANIZER;CN=HackerRank Interviews:mailto:no-reply@hackerrank.com
ATTENDEE;CN=Daniela Ospina;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    body = mixed(alt(text(plain), html(page)),
                 calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="interview.ics",
                          disposition="attachment", name_param=True))
    headers = [
        rcv("from o1.ptr5521.hackerrank.com (o1.ptr5521.hackerrank.com [149.72.180.221])", "2026-06-17 22:45:12",
            "UTC", "d2e1a72fcca58-2b1f07sor220418a34.11"),
        ("From", addr("HackerRank", "no-reply@hackerrank.com")),
        ("To", ME),
        ("Subject", "Lumora Health has invited you to an interview"),
        ("Date", date("2026-06-17 22:45:12", "UTC")),
        ("Message-ID", "<interview-invite.9a71c3e0f4b2.1781736312@hackerrank.com>"),
    ]
    return message(headers, body)


# --------------------------------------------------------------------------- key 10


@reg(family="greenhouse", lang="en", interview=True, kind="scheduled", company="Kvarn Labs",
     start="2026-03-24T15:00:00Z", end="2026-03-24T16:00:00Z", contact="sofie.lindqvist@kvarnlabs.se",
     local="Tue 2026-03-24 10:00", local_end="2026-03-24 11:00", zone=BOG,
     note="Greenhouse confirmation written in the candidate's zone '10:00 AM - 11:00 AM (GMT-05:00) Bogota'; "
          "ICS TZID Europe/Stockholm 16:00-17:00 (still CET on 24 March, EU DST starts 29 March) -> same "
          "15:00Z-16:00Z; contact = Reply-To recruiter (also ICS ORGANIZER)")
def greenhouse_kvarn():
    plain = t("""
        Hi Daniela,

        Thanks for sending your availability! Your interview for the Senior Backend Engineer (Remote, LatAm)
        position at Kvarn Labs has been scheduled:

        Tuesday, March 24, 2026
        10:00 AM - 11:00 AM (GMT-05:00) Bogota

        Technical interview with Oskar Nyberg (Engineering Manager, Payments Platform) and Emma Holm
        (Senior Backend Engineer).

        Video call: https://kvarnlabs.zoom.us/j/93017726410

        Oskar and Emma are both in Stockholm, where it will be 4 PM. If you need to make any changes,
        just reply to this email.

        Looking forward to it!
        Sofie Lindqvist
        Talent Acquisition Partner, Kvarn Labs
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Daniela,</p>
        <p>Thanks for sending your availability! Your interview for the <b>Senior Backend Engineer (Remote, LatAm)</b> position at Kvarn Labs has been scheduled:</p>
        <p style="padding:12px;background:#f4f6f8;border-left:4px solid #24a47f"><b>Tuesday, March 24, 2026</b><br>10:00 AM - 11:00 AM (GMT-05:00) Bogota</p>
        <p>Technical interview with Oskar Nyberg (Engineering Manager, Payments Platform) and Emma Holm (Senior Backend Engineer).</p>
        <p>Video call: <a href="https://kvarnlabs.zoom.us/j/93017726410">https://kvarnlabs.zoom.us/j/93017726410</a></p>
        <p>Oskar and Emma are both in Stockholm, where it will be 4 PM. If you need to make any changes, just reply to this email.</p>
        <p>Looking forward to it!<br>Sofie Lindqvist<br>Talent Acquisition Partner, Kvarn Labs</p>
        <img src="https://app.greenhouse.io/email_tracking/open/7b2f6a1e.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Stockholm"]}
BEGIN:VEVENT
UID:gh-interview-184422907-ea10c3@greenhouse.io
DTSTAMP:20260318T130551Z
DTSTART;TZID=Europe/Stockholm:20260324T160000
DTEND;TZID=Europe/Stockholm:20260324T170000
SUMMARY:Kvarn Labs: Technical interview (Daniela Ospina)
LOCATION:https://kvarnlabs.zoom.us/j/93017726410
ORGANIZER;CN=Sofie Lindqvist:mailto:sofie.lindqvist@kvarnlabs.se
ATTENDEE;CN=Daniela Ospina;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    body = mixed(alt(text(plain), html(page)),
                 calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment"))
    headers = [
        rcv("from mail173-12.suw61.mandrillapp.com (mail173-12.suw61.mandrillapp.com [198.2.173.12])",
            "2026-03-18 13:05:51", "UTC", "b12-20020a05620a0b0c00b007b6e1sor2207741qkh.3"),
        ("From", addr("Sofie Lindqvist", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Sofie Lindqvist", "sofie.lindqvist@kvarnlabs.se")),
        ("To", addr("Daniela Ospina", ME)),
        ("Subject", "Interview Confirmation: Kvarn Labs - Senior Backend Engineer (Remote, LatAm)"),
        ("Date", date("2026-03-18 13:05:51", "UTC")),
        ("Message-ID", "<65f83c0f9b1a2_3e2c1d84b21e8@greenhouse-app-7c9f.mail>"),
    ]
    return message(headers, body)


# --------------------------------------------------------------------------- key 11


@reg(family="human_prose_reply", lang="es", interview=True, kind="scheduled", company="Ajolote Software",
     start="2026-08-12T17:00:00Z", end=None, contact="itzel.ramirez@ajolote.mx",
     local="Wed 2026-08-12 11:00", zone="America/Mexico_City",
     note="Recruiter's reply on top of the quoted thread (her three proposed slots, the candidate's pick): "
          "'miércoles 12 de agosto a las 11:00 hrs, hora del centro de México (12:00 en Bogotá)'; Mexico City "
          "has no DST since 2022 (UTC-6) -> 17:00Z; 'aprox. una hora' -> end null")
def ajolote_confirmado():
    body = t(f"""
        ¡Perfecto, Daniela! 🙌

        Queda agendada tu entrevista con Rodrigo Villaseñor (Head of Engineering) el miércoles 12 de agosto a
        las 11:00 hrs, hora del centro de México (12:00 en Bogotá).

        Liga de Zoom: https://ajolote.zoom.us/j/81294406637
        ID de reunión: 812 9440 6637 · Código: 4417

        Dura aprox. una hora: media hora de plática sobre tu experiencia y media hora de un caso de diseño.
        Cualquier cosa me escribes por aquí o por WhatsApp.

        Saludos,
        Itzel Ramírez
        Talent Acquisition · Ajolote Software
        Ciudad de México

        El mié, 5 ago 2026 a las 19:40, {ME_NAME} (<{ME}>) escribió:
        > Hola Itzel, muchas gracias por la información.
        > El miércoles 12 a las 11:00 (hora CDMX) me funciona perfecto.
        > Quedo atenta,
        > Daniela
        >
        > El mar, 4 ago 2026 a las 13:15, Itzel Ramírez (<itzel.ramirez@ajolote.mx>) escribió:
        >> Hola Daniela, ¿qué tal?
        >>
        >> Rodrigo revisó tu perfil y le gustaría platicar contigo. ¿Te acomoda alguno de estos horarios
        >> (hora del centro de México)?
        >>
        >> - martes 11 de agosto, 10:00 hrs
        >> - miércoles 12 de agosto, 11:00 hrs
        >> - jueves 13 de agosto, 16:30 hrs
        >>
        >> Saludos,
        >> Itzel
        """)
    headers = [
        rcv("from mail-pj1-f47.google.com (mail-pj1-f47.google.com [209.85.216.47])", "2026-08-06 10:22:31",
            "America/Mexico_City", "98e67ed59e1d1-2d8f4sor1903316a91.4.2026.08.06.09.22.31"),
        ("From", addr("Itzel Ramírez", "itzel.ramirez@ajolote.mx")),
        ("To", addr(ME_NAME, ME)),
        ("Subject", "Re: Entrevista Ajolote Software - Backend Engineer"),
        ("Date", date("2026-08-06 10:22:31", "America/Mexico_City")),
        ("Message-ID", "<CAJx4d0Tq8Rk1Lm7Vz3Fp9Wn2Yb5Hc6Se0Ga4Uo8Ni1Xt7Kd3Q@mail.gmail.com>"),
        ("In-Reply-To", "<CAP3bX9nW4k2Rz8Qm1Tf6Vy0Lc5Jd7Hs3Ea9Uo2Gi4Mw6Nb1Y@mail.gmail.com>"),
        ("References", "<CAJx4d0Sb7Wm2Kq9Pz1Rf4Lt6Yc8Vn3Hd5Ea0Uo7Gi2Xs9Nk4E@mail.gmail.com>\r\n"
                       " <CAP3bX9nW4k2Rz8Qm1Tf6Vy0Lc5Jd7Hs3Ea9Uo2Gi4Mw6Nb1Y@mail.gmail.com>"),
    ]
    return message(headers, gmail(body))


# --------------------------------------------------------------------------- key 12


@reg(family="forward_to_self_whatsapp", lang="es", interview=True, kind="scheduled", company="Rumbo Movilidad",
     start="2026-09-10T20:00:00Z", end=None, contact=None,
     local="Thu 2026-09-10 15:00", zone=BOG,
     note="Candidate mails herself a pasted WhatsApp chat: 'el jueves 10 a las 3 pm' with the tech lead; Date "
          "Tue 8 Sep 2026 -> Thu 10 Sep 15:00 Bogotá = 20:00Z; no e-mail address of the recruiter anywhere and "
          "the sender is the candidate -> contact null")
def whatsapp_self():
    body = t("""
        pa que no se me olvide 👇

        [8/9/26, 6:41 p. m.] Juliana Rumbo RRHH: Holaa Dani! ya quedó confirmado 🙌
        [8/9/26, 6:41 p. m.] Juliana Rumbo RRHH: el jueves 10 a las 3 pm con Sebas (el tech lead) y conmigo
        [8/9/26, 6:42 p. m.] Juliana Rumbo RRHH: es por meet, mañana te llega la invitación al correo
        [8/9/26, 6:44 p. m.] Daniela Ospina: listo!! mil gracias Juli
        [8/9/26, 6:44 p. m.] Daniela Ospina: ahí estaré
        [8/9/26, 6:45 p. m.] Juliana Rumbo RRHH: 💪💪 cualquier cosa me escribes

        repasar: kafka, idempotencia, el proyecto de conciliación

        Enviado desde mi iPhone
        """)
    headers = [
        ("Received", received("from smtpclient.apple ([186.29.144.17])", "2026-09-08 18:52:40", BOG,
                              "smtp.example.org with ESMTPSA id 4Xz9Lq2Rk1z3Wp", ME)),
        ("From", addr(ME_NAME, ME)),
        ("Content-Type", "text/plain; charset=utf-8"),
        ("Content-Transfer-Encoding", "quoted-printable"),
        ("Mime-Version", "1.0 (1.0)"),
        ("Subject", "entrevista Rumbo jueves"),
        ("Date", date("2026-09-08 18:52:40", BOG)),
        ("Message-Id", "<7E2B9C41-3F8D-4A6E-B1C5-90D2E7F4A318@example.org>"),
        ("To", addr(ME_NAME, ME)),
        ("X-Mailer", "iPhone Mail (23A341)"),
    ]
    part = text(body)
    return message(headers, make.Part([], part.body), mime_version=False)


# --------------------------------------------------------------------------- key 13


@reg(family="formal_letter_html", lang="es", interview=True, kind="scheduled", company="Tecnologías Guayacán S.A.S.",
     start="2026-06-19T14:00:00Z", end="2026-06-19T17:30:00Z", contact="lfzapata@guayacan.com.co",
     local="Fri 2026-06-19 09:00", local_end="2026-06-19 12:30", zone=BOG,
     note="HTML-only formal letter (iso-8859-1, quoted-printable) with an on-site itinerary in Medellín (UTC-5): "
          "first session 9:00 a. m., last ends 12:30 p. m. -> 14:00Z-17:30Z (first start to last end); "
          "contact = sender")
def guayacan_presencial():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Arial,sans-serif;font-size:10.5pt;color:#1f1f1f">
        <p>Medellín, 12 de junio de 2026</p>
        <p>Señora<br><b>DANIELA OSPINA RESTREPO</b><br>Bogotá D.C.</p>
        <p><b>Asunto: Citación a etapa final - Ingeniero(a) Backend Senior</b></p>
        <p>Cordial saludo,</p>
        <p>Nos complace informarle que ha sido seleccionada para la etapa final de nuestro proceso de selección. Por tal motivo, la citamos a una jornada presencial en nuestras oficinas, con la siguiente agenda:</p>
        <table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
        <tr style="background:#2e5e3e;color:#ffffff"><th>Hora</th><th>Actividad</th><th>Responsable</th></tr>
        <tr><td>9:00 a. m. - 9:45 a. m.</td><td>Entrevista por competencias</td><td>Luisa Fernanda Zapata, Gestión Humana</td></tr>
        <tr><td>10:00 a. m. - 11:30 a. m.</td><td>Sesión técnica (pair programming y revisión de arquitectura)</td><td>Julián Arango y Manuela Betancur</td></tr>
        <tr><td>11:45 a. m. - 12:30 p. m.</td><td>Conversación con el CTO</td><td>Gustavo Restrepo</td></tr>
        </table>
        <p><b>Fecha:</b> viernes 19 de junio de 2026<br>
        <b>Lugar:</b> Carrera 43A # 1-50, Torre Sur, piso 9, El Poblado, Medellín<br>
        <b>Presentarse a las:</b> 8:45 a. m. en la recepción del edificio, con documento de identidad.</p>
        <p>La compañía cubre los tiquetes aéreos Bogotá - Medellín - Bogotá; nuestra agencia de viajes se comunicará con usted para coordinar los vuelos.</p>
        <p>Le agradecemos confirmar su asistencia respondiendo a este correo.</p>
        <p>Atentamente,</p>
        <p><b>Luisa Fernanda Zapata Arango</b><br>Profesional de Selección y Desarrollo<br>Tecnologías Guayacán S.A.S.<br>
        Tel. (604) 444 1290 ext. 3107<br><a href="mailto:lfzapata@guayacan.com.co">lfzapata@guayacan.com.co</a></p>
        <p style="font-size:8pt;color:#777">Este mensaje y sus anexos son confidenciales y de uso exclusivo del destinatario. Si usted lo ha recibido por error, por favor infórmenos y elimínelo. Tecnologías Guayacán S.A.S. trata sus datos personales conforme a la Ley 1581 de 2012.</p>
        </body></html>
        """)
    headers = [
        rcv("from NAM10-DM6-obe.outbound.protection.outlook.com (mail-dm6nam10on2108.outbound.protection.outlook.com [40.107.93.108])",
            "2026-06-12 16:20:05", BOG, "e9a9c3b5de4e1-7c9b2sor66190385a.88"),
        ("From", addr("Luisa Fernanda Zapata Arango", "lfzapata@guayacan.com.co", charset="iso-8859-1")),
        ("To", addr("Daniela Ospina Restrepo", ME)),
        ("Subject", enc("Citación a etapa final - Ingeniero(a) Backend Senior - Tecnologías Guayacán", "iso-8859-1")),
        ("Date", "Fri, 12 Jun 2026 21:20:05 +0000"),
        ("Message-ID", "<DM6PR10MB41187C3E9A2B0F4D1E6C5B8AA92F1@DM6PR10MB4118.namprd10.prod.outlook.com>"),
        ("Content-Language", "es-CO"),
    ]
    return message(headers, html(page, charset="iso-8859-1"))


# --------------------------------------------------------------------------- key 14


@reg(family="exchange_invite", lang="en", interview=True, kind="scheduled", company="Harborline Insurance",
     start="2026-11-03T15:00:00Z", end="2026-11-03T16:00:00Z", contact="megan.oconnell@harborline.com",
     local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone="America/New_York",
     note="Exchange meeting request sent Thu 29 Oct (EDT) for Tue 3 Nov 10:00-11:00 Eastern, after the US "
          "returns to EST on 1 Nov -> UTC-5 -> 15:00Z-16:00Z (10:00 in Bogotá, as the recruiter says); "
          "ICS TZID Eastern Standard Time; contact = organizer")
def exchange_harborline():
    note_body = t("""
        When: Tuesday, November 3, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Daniela,

        Here is the invite for your panel interview with our Claims Platform team: Derek Hollis (Director of
        Engineering), Anita Rao (Principal Engineer) and Luis Carmona (Senior Software Engineer). Plan on a
        short intro, about 40 minutes of system design, and time for your questions at the end.

        Heads up since you're in Bogotá: our clocks go back this Sunday (Nov 1), so 10:00 AM Eastern will be
        10:00 AM your time as well.

        Thanks, and good luck!
        Megan

        Megan O'Connell | Senior Technical Recruiter
        Harborline Insurance | Hartford, CT
        """)
    teams = TEAMS_EN.format(mid="MzFlYzA3NGUtYjE5Ni00OTI3LThiZDQtZTMwNmQ5NjhmYjAx",
                            tid="a1d73e9c-4b0f-4e2a-9c61-0f8b27d5e3c4", num="219 408 553 117", code="nX4gP2")
    plain = note_body + teams
    desc = ics_text(plain.split("*~*~*~*~*~*~*~*~*~*\n\n", 1)[1])
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Megan O'Connell:mailto:megan.oconnell@harborline.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniela Ospina:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Derek Hollis:mailto:derek.hollis@harborline.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Anita Rao:mailto:anita.rao@harborline.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Luis Carmona:mailto:luis.carmona@harborline.com
DESCRIPTION;LANGUAGE=en-US:{desc}
UID:040000008200E00074C5B7101A82E0080000000090B1E28C6D67DC01000000000000000010000000A3C44E7F1B2D9E4FB6A0C1D2E3F40516
SUMMARY;LANGUAGE=en-US:Panel Interview - Daniela Ospina - Sr. Backend Engineer (Claims Platform)
DTSTART;TZID=Eastern Standard Time:20261103T100000
DTEND;TZID=Eastern Standard Time:20261103T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261029T154008Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1708203441
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
X-MICROSOFT-LOCATIONS:[ {{ "DisplayName" : "Microsoft Teams Meeting"\\, "LocationAnnotation" : ""\\, "LocationSource" : 0\\, "Unresolved" : false\\, "LocationUri" : "" }} ]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    body = alt(text(plain), html(outlook_html(plain).replace('lang="ES-CO"', 'lang="EN-US"')),
               calendar(ics, method="REQUEST", cte="base64"))
    headers = [
        rcv("from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2093.outbound.protection.outlook.com [40.107.237.93])",
            "2026-10-29 15:40:08", "UTC", "6a1803df08f44-6cbe5sor1140298d6.61"),
        ("From", addr("Megan O'Connell", "megan.oconnell@harborline.com")),
        ("To", addr("Daniela Ospina", ME)),
        ("CC", "Derek Hollis <derek.hollis@harborline.com>, Anita Rao <anita.rao@harborline.com>, Luis Carmona\r\n"
               " <luis.carmona@harborline.com>"),
        ("Subject", "Panel Interview - Daniela Ospina - Sr. Backend Engineer (Claims Platform)"),
        ("Thread-Topic", "Panel Interview - Daniela Ospina - Sr. Backend Engineer (Claims Platform)"),
        ("Thread-Index", "AdtJ2K8cQe4pR1vTm0a9Xy3bZf7W6g=="),
        ("Date", date("2026-10-29 15:40:08", "UTC")),
        ("Message-ID", "<PH0PR12MB7094C1E2A3B4F5D6E7A8B9C0D1E2F@PH0PR12MB7094.namprd12.prod.outlook.com>"),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(headers, body)


# --------------------------------------------------------------------------- key 15


@reg(family="magneto", lang="es", interview=True, kind="scheduled", company="Seguros Cordillera",
     start="2026-07-15T19:30:00Z", end="2026-07-15T20:15:00Z", contact="palozano@seguroscordillera.com.co",
     local="Wed 2026-07-15 14:30", local_end="2026-07-15 15:15", zone=BOG,
     note="Magneto notification 'Fecha: 15/07/2026, Hora: 2:30 p. m. (hora de Colombia), Duración: 45 minutos' "
          "-> 19:30Z-20:15Z; platform sender, contact = the recruiter's address in the body")
def magneto_cordillera():
    plain = t("""
        ¡Hola, Daniela!

        Seguros Cordillera programó una entrevista contigo para la vacante Desarrollador(a) Backend Senior
        - Java/Spring.

        Fecha: 15/07/2026
        Hora: 2:30 p. m. (hora de Colombia)
        Duración: 45 minutos
        Modalidad: Virtual - Microsoft Teams
        Enlace: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ4ZTk1ZDAtYjFhMy00Y2E5%40thread.v2/0
        Responsable: Paola Andrea Lozano - Líder de Atracción de Talento (palozano@seguroscordillera.com.co)

        Recomendaciones:
        • Conéctate 5 minutos antes y verifica tu cámara y micrófono.
        • Ten a la mano tu hoja de vida y ejemplos de proyectos recientes.

        Si no puedes asistir, escríbele a la responsable del proceso con anticipación.

        ¡Mucho éxito!
        Equipo Magneto

        Recibes este correo porque tienes una postulación activa en Magneto. Ver mis procesos:
        https://www.magneto365.com/es/mis-procesos
        """)
    page = t("""
        <!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Entrevista programada</title></head>
        <body style="margin:0;background:#f4f4f8;font-family:Poppins,Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
        <table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:12px">
        <tr><td style="padding:28px 36px"><img src="https://www.magneto365.com/static/img/logo-magneto.png" alt="Magneto" height="32"></td></tr>
        <tr><td style="padding:0 36px 28px;font-size:15px;color:#2d2d3a;line-height:1.6">
        <h1 style="font-size:22px;color:#5a2ca0">¡Hola, Daniela!</h1>
        <p><b>Seguros Cordillera</b> programó una entrevista contigo para la vacante <b>Desarrollador(a) Backend Senior - Java/Spring</b>.</p>
        <table cellpadding="6" style="background:#f3eefb;border-radius:8px;width:100%;font-size:15px">
        <tr><td>📅 <b>Fecha:</b> 15/07/2026</td></tr>
        <tr><td>🕑 <b>Hora:</b> 2:30 p. m. (hora de Colombia)</td></tr>
        <tr><td>⏱ <b>Duración:</b> 45 minutos</td></tr>
        <tr><td>💻 <b>Modalidad:</b> Virtual - Microsoft Teams</td></tr>
        <tr><td>👤 <b>Responsable:</b> Paola Andrea Lozano - Líder de Atracción de Talento (palozano@seguroscordillera.com.co)</td></tr>
        </table>
        <p style="text-align:center;padding:18px 0"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ4ZTk1ZDAtYjFhMy00Y2E5%40thread.v2/0" style="background:#5a2ca0;color:#fff;padding:12px 30px;border-radius:24px;text-decoration:none">Unirme a la entrevista</a></p>
        <p><b>Recomendaciones:</b><br>• Conéctate 5 minutos antes y verifica tu cámara y micrófono.<br>• Ten a la mano tu hoja de vida y ejemplos de proyectos recientes.</p>
        <p>Si no puedes asistir, escríbele a la responsable del proceso con anticipación.</p>
        <p>¡Mucho éxito!<br>Equipo Magneto</p>
        </td></tr>
        <tr><td style="padding:16px 36px;font-size:11px;color:#8a8a99;border-top:1px solid #eee">Recibes este correo porque tienes una postulación activa en Magneto. <a href="https://www.magneto365.com/es/mis-procesos" style="color:#8a8a99">Ver mis procesos</a></td></tr>
        </table></td></tr></table></body></html>
        """)
    headers = [
        rcv("from mail.magneto365.com (mail.magneto365.com [3.218.44.190])", "2026-07-09 11:03:16", BOG,
            "c10-20020a05620a11ca00b0079f1bsor3319004qkh.29"),
        ("From", addr("Magneto", "notificaciones@magneto365.com")),
        ("To", ME),
        ("Subject", enc("¡Tienes una entrevista programada! - Desarrollador(a) Backend Senior - Java/Spring")),
        ("Date", date("2026-07-09 11:03:16", BOG)),
        ("Message-ID", "<0100019097b1e5aa-9f2c3d4e-1a6b-47c8-8e0d-5b3a2f1c9e77-000000@email.amazonses.com>"),
        ("List-Unsubscribe", "<mailto:unsubscribe@magneto365.com?subject=unsubscribe>"),
    ]
    return message(headers, alt(text(plain), html(page)))


# --------------------------------------------------------------------------- key 16


@reg(family="human_prose", lang="es", interview=True, kind="scheduled", company="Cóndor Fintech",
     start="2026-09-08T20:00:00Z", end="2026-09-08T20:30:00Z", contact="fernanda.munoz@condorfintech.cl",
     local="Tue 2026-09-08 17:00", local_end="2026-09-08 17:30", zone="America/Santiago",
     note="Coffee chat with the hiring manager 'martes 8 de septiembre a las 17:00 hrs de Chile', '30 minutos'; "
          "sent Thu 3 Sep in CLT (UTC-4), but Chile moves to summer time on 6 Sep -> UTC-3 -> 20:00Z-20:30Z, "
          "15:00 in Colombia as the recruiter writes; contact = sender")
def condor_cafe():
    body = t("""
        Hola Daniela, ¿cómo estás?

        Te confirmo el café virtual con Tomás Aguirre, nuestro Engineering Manager, para el martes 8 de
        septiembre a las 17:00 hrs de Chile. Ojo que acá cambiamos la hora este fin de semana (se adelanta
        el reloj una hora), así que para ti serían las 15:00 hrs de Colombia.

        Es una conversación relajada de 30 minutos para que conozcas al equipo y él conozca tu experiencia;
        no hay parte técnica esta vez. Te llegará la invitación de Google Meet desde su correo.

        ¡Saludos!

        Fernanda Muñoz Saavedra
        People Partner | Cóndor Fintech
        Santiago, Chile
        """)
    headers = [
        rcv("from mail-qv1-f54.google.com (mail-qv1-f54.google.com [209.85.219.54])", "2026-09-03 12:10:48",
            "America/Santiago", "6a1803df08f44-6c35bsor6612870d6.44.2026.09.03.09.10.48"),
        ("From", addr("Fernanda Muñoz Saavedra", "fernanda.munoz@condorfintech.cl")),
        ("To", addr("Daniela Ospina", ME)),
        ("Subject", enc("Café virtual con Tomás - Cóndor Fintech")),
        ("Date", date("2026-09-03 12:10:48", "America/Santiago")),
        ("Message-ID", "<CAL1vR8kE2nQz4Xp7Wm9Tc3Lb6Yd0Hf5Sa8Go2Ui1Nj4Vr7Kx0A@mail.gmail.com>"),
    ]
    return message(headers, gmail(body))


# --------------------------------------------------------------------------- key 17 (rescheduled)


@reg(family="google_calendar", lang="es", interview=True, kind="rescheduled", company="Cuantía Pagos",
     start="2026-04-16T20:00:00Z", end="2026-04-16T21:00:00Z", contact="natalia.quiroga@cuantiapagos.co",
     local="Thu 2026-04-16 15:00", local_end="2026-04-16 16:00", zone=BOG,
     note="Google Calendar 'Invitación actualizada con nota' (same UID, SEQUENCE:1): moved from Tue 14 Apr "
          "10:00 to 'jueves, 16 de abril de 2026 · 15:00 – 16:00' Bogotá -> 20:00Z-21:00Z (new time); old time "
          "also shown; contact = ORGANIZER / Reply-To")
def cuantia_update():
    summary = "Entrevista técnica – Backend | Daniela Ospina"
    note = ("Hola Daniela, Andrés tuvo un cruce con un comité el martes, así que movimos la entrevista para el "
            "jueves en la tarde. ¡Mil gracias por la flexibilidad!")
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_BOGOTA}
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20260416T150000
DTEND;TZID=America/Bogota:20260416T160000
DTSTAMP:20260413T140512Z
ORGANIZER;CN=Natalia Quiroga:mailto:natalia.quiroga@cuantiapagos.co
UID:3kq1v0b9m2c7e5h8jt4rfa6s0d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Natalia Quiroga;X-NUM-GUESTS=0:mailto:natalia.quiroga@cuantiapagos.co
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Andrés Cuervo;X-NUM-GUESTS=0:mailto:andres.cuervo@cuantiapagos.co
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
X-GOOGLE-CONFERENCE:https://meet.google.com/qpx-tnwa-kzd
CREATED:20260408T203207Z
DESCRIPTION:{ics_text("Hola Daniela, esta es la entrevista técnica con Andrés Cuervo (Tech Lead de Pagos). Vamos a hablar de tu experiencia con APIs y colas, y a resolver un ejercicio corto de diseño. ¡Éxitos!")}
LAST-MODIFIED:20260413T140511Z
LOCATION:
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:{ics_text(summary)}
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT0H10M0S
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    plain = t(f"""
        Natalia Quiroga ha actualizado este evento con una nota:
        "{note}"

        Se ha modificado este evento

        {summary}
        Cambiado: jueves, 16 de abril de 2026 · 15:00 – 16:00
        Antes: martes, 14 de abril de 2026 · 10:00 – 11:00
        Zona horaria: Hora de Colombia - Bogotá

        Información para unirse con Google Meet
        Enlace de la videollamada: https://meet.google.com/qpx-tnwa-kzd
        O marca el número: (CO) +57 601 5148917 PIN: 483 229 031#

        Organizador
        Natalia Quiroga
        natalia.quiroga@cuantiapagos.co

        Invitados
        Natalia Quiroga - organizador
        Andrés Cuervo
        {ME}

        Responder por {ME} a Natalia Quiroga: Sí https://calendar.google.com/calendar/event?action=RESPOND&rst=1 · No https://calendar.google.com/calendar/event?action=RESPOND&rst=2 · Quizás https://calendar.google.com/calendar/event?action=RESPOND&rst=3
        Más opciones: https://calendar.google.com/calendar/event?action=VIEW
        """) + GCAL_FOOTER_ES
    page = t(f"""
        <!doctype html><html><head><meta charset="utf-8"></head><body style="font-family:Roboto,Arial,sans-serif;color:#3c4043">
        <p style="font-size:14px">Natalia Quiroga ha actualizado este evento con una nota:</p>
        <p style="font-size:14px;font-style:italic">"{note}"</p>
        <p style="font-size:12px;color:#d93025;text-transform:uppercase">Se ha modificado este evento</p>
        <h2 style="font-size:22px;font-weight:400">{summary}</h2>
        <p style="font-size:14px"><span style="color:#d93025">Cambiado:</span> jueves, 16 de abril de 2026 · 15:00 – 16:00<br>
        <s style="color:#70757a">martes, 14 de abril de 2026 · 10:00 – 11:00</s><br>
        <span style="color:#70757a">Zona horaria: Hora de Colombia - Bogotá</span></p>
        <p><a href="https://meet.google.com/qpx-tnwa-kzd">Unirse con Google Meet</a></p>
        <p style="font-size:14px"><b>Invitados</b><br>Natalia Quiroga – organizador<br>Andrés Cuervo<br>{ME}</p>
        <p style="font-size:12px;color:#70757a">Invitación de Google Calendar. Recibes este correo electrónico porque eres un invitado del evento.</p>
        </body></html>
        """)
    body = mixed(
        alt(text(plain), html(page), calendar(ics, method="REQUEST", cte="base64")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True),
    )
    headers = [
        rcv("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "2026-04-13 09:05:12", BOG,
            "a1e0cc1a2514c-4f1b2c3d5e6sor4419034e0c.12.2026.04.13.07.05.12"),
        ("Reply-To", addr("Natalia Quiroga", "natalia.quiroga@cuantiapagos.co")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Message-ID", "<calendar-0e71c4d2-58ab-4f39-8c6e-a2b9d7f1e403@google.com>"),
        ("Date", date("2026-04-13 09:05:12", BOG)),
        ("Subject", enc(f"Invitación actualizada con nota: {summary} @ jue 16 abr 2026 15:00 - 16:00 (GMT-5) ({ME})")),
        ("From", addr("Natalia Quiroga", "natalia.quiroga@cuantiapagos.co")),
        ("To", ME),
    ]
    return message(headers, body)


# --------------------------------------------------------------------------- key 18 (rescheduled)


@reg(family="human_prose", lang="en", interview=True, kind="rescheduled", company="Tidepool Games",
     start="2026-10-14T20:00:00Z", end="2026-10-14T20:45:00Z", contact="jess.alvarado@tidepoolgames.com",
     local="Wed 2026-10-14 13:00", local_end="2026-10-14 13:45", zone="America/Los_Angeles",
     note="Recruiter moves the call from 'Mon 10/12 at 10am PT' to 'Wed 10/14 at 1pm PT (3pm Bogotá)', same 45 "
          "minutes; US MM/DD dates; PDT (UTC-7) in October -> 20:00Z-20:45Z; contact = sender")
def tidepool_moved():
    body = t("""
        Hi Daniela,

        Apologies for the shuffle! Gabe (our backend lead) got pulled into an offsite on Monday, so I've moved
        your technical conversation from Mon 10/12 at 10am PT to Wed 10/14 at 1pm PT (that's 3pm in Bogotá).
        Same 45 minutes, same Zoom link: https://tidepoolgames.zoom.us/j/97741203318

        You'll get an updated calendar invite from me shortly. Let me know if the new time is a problem and
        I'll figure something out.

        Thanks for being flexible!
        Jess

        Jess Alvarado (she/her)
        Recruiting Lead, Tidepool Games
        Seattle, WA
        """)
    headers = [
        rcv("from mail-oo1-f43.google.com (mail-oo1-f43.google.com [209.85.161.43])", "2026-10-09 09:12:37",
            "America/Los_Angeles", "006d021491bc7-5e1a4sor3310218eaf.17.2026.10.09.09.12.37"),
        ("From", addr("Jess Alvarado", "jess.alvarado@tidepoolgames.com")),
        ("To", addr("Daniela Ospina", ME)),
        ("Subject", "Re: Tidepool Games - technical interview"),
        ("Date", date("2026-10-09 09:12:37", "America/Los_Angeles")),
        ("Message-ID", "<CAB2nL7wE4xQ9Rk1Vm6Tz3Pc8Yd0Hf5Sa2Go7Ui4Nj1Xr9Kb6W@mail.gmail.com>"),
        ("In-Reply-To", "<CAB2nL7tA1zR8Wm3Qk5Vx0Pd2Yc7Hf4Sb9Go6Ui1Nj3Xr8Ke5M@mail.gmail.com>"),
        ("References", "<CAB2nL7tA1zR8Wm3Qk5Vx0Pd2Yc7Hf4Sb9Go6Ui1Nj3Xr8Ke5M@mail.gmail.com>"),
    ]
    return message(headers, gmail(body))


# --------------------------------------------------------------------------- key 19 (rescheduled)


@reg(family="human_prose_outlook", lang="es", interview=True, kind="rescheduled", company="Agrosoft Andina S.A.S.",
     start="2026-10-23T13:00:00Z", end=None, contact="dmpardo@agrosoftandina.com",
     local="Fri 2026-10-23 08:00", zone=BOG,
     note="Short Outlook reply on top of the quoted original (Thu 22 Oct 10:00 a. m.): 'le movemos la entrevista "
          "para el viernes a las 8 a. m.'; Date Tue 20 Oct 2026 -> Fri 23 Oct 08:00 Bogotá = 13:00Z; contact = "
          "sender")
def agrosoft_movida():
    body = t(f"""
        Buenas tardes Daniela,

        El ingeniero Hernán tuvo un inconveniente de agenda para el jueves, por lo que le movemos la entrevista
        para el viernes a las 8 a. m., mismo enlace de Meet.

        Quedamos atentos. Feliz tarde.

        Diana Marcela Pardo
        Coordinadora de Talento Humano
        Agrosoft Andina S.A.S.
        PBX 601 638 2200 ext. 118

        ________________________________
        De: Diana Marcela Pardo <dmpardo@agrosoftandina.com>
        Enviado: viernes, 16 de octubre de 2026 11:34 a. m.
        Para: Daniela Ospina Restrepo <{ME}>
        Asunto: Entrevista Desarrollador Backend - Agrosoft Andina

        Buen día Daniela,

        De acuerdo con lo conversado, le confirmo la entrevista técnica con el Ing. Hernán Rojas el jueves 22
        de octubre a las 10:00 a. m. por Google Meet: https://meet.google.com/fye-qbmu-ncr

        Cordialmente,

        Diana Marcela Pardo
        Coordinadora de Talento Humano
        """)
    import html as _h
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
            '<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">\n'
            + "<br>\n".join(_h.escape(x) for x in body.rstrip("\n").split("\n"))
            + "\n</div></body></html>\n")
    headers = [
        rcv("from NAM04-MW2-obe.outbound.protection.outlook.com (mail-mw2nam04on2061.outbound.protection.outlook.com [40.107.101.61])",
            "2026-10-20 15:10:44", BOG, "d9443c01a7336-20e7bsor2290471ad.101"),
        ("From", addr("Diana Marcela Pardo", "dmpardo@agrosoftandina.com")),
        ("To", addr("Daniela Ospina Restrepo", ME)),
        ("Subject", "RE: Entrevista Desarrollador Backend - Agrosoft Andina"),
        ("Thread-Topic", "Entrevista Desarrollador Backend - Agrosoft Andina"),
        ("Thread-Index", "AQHbI1b7kQ2w8Xr3V0ePm7Zc4Ls1Ag=="),
        ("Date", "Tue, 20 Oct 2026 20:10:44 +0000"),
        ("Message-ID", "<SJ0PR13MB5720A1B2C3D4E5F6A7B8C9D0E1F2A3@SJ0PR13MB5720.namprd13.prod.outlook.com>"),
        ("In-Reply-To", "<SJ0PR13MB57208E7D6C5B4A3F2E1D0C9B8A7F6E@SJ0PR13MB5720.namprd13.prod.outlook.com>"),
        ("References", "<SJ0PR13MB57208E7D6C5B4A3F2E1D0C9B8A7F6E@SJ0PR13MB5720.namprd13.prod.outlook.com>"),
        ("Content-Language", "es-CO"),
    ]
    return message(headers, alt(text(body), html(page)))


# --------------------------------------------------------------------------- key 20 (rescheduled)


@reg(family="exchange_update", lang="es", interview=True, kind="rescheduled", company="Olivo Cloud S.L.",
     start="2026-10-27T15:00:00Z", end="2026-10-27T16:00:00Z", contact="alvaro.sanz@olivocloud.es",
     local="Tue 2026-10-27 16:00", local_end="2026-10-27 17:00", zone="Europe/Madrid",
     note="Exchange 'Actualizado:' meeting update (SEQUENCE:1) sent Thu 22 Oct in CEST: final interview moved "
          "from Mon 26 Oct 17:00 to Tue 27 Oct 16:00-17:00 Madrid; Europe is back on CET from 25 Oct -> UTC+1 "
          "-> 15:00Z-16:00Z (10:00 Bogotá, as written); ICS TZID Romance Standard Time; contact = organizer")
def olivo_actualizado():
    note_body = t("""
        Cuándo: martes, 27 de octubre de 2026 16:00-17:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París.
        Dónde: Reunión de Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Hola Daniela:

        Como te comenté por teléfono, te paso la entrevista final con Marta (nuestra CTO) del lunes 26 a las
        17:00 al martes 27 a las 16:00, hora de Madrid. Ojo, que este domingo cambiamos al horario de invierno:
        para ti serán las 10:00 de la mañana en Bogotá.

        Un saludo,
        Álvaro

        Álvaro Sanz Medina
        Head of People | Olivo Cloud S.L.
        Calle de Alcalá 155, 28009 Madrid
        """)
    teams = TEAMS_ES.format(mid="ODk0YjM2ZTEtNWY3Mi00ZWEzLTk1OGQtYTJjMzE4ZDc2YjA5",
                            tid="c3e8a7d1-02f4-4b6a-8e95-7d1f0a2b4c63", num="361 902 447 285", code="Jm8Rt5")
    plain = note_body + teams
    desc = ics_text(plain.split("*~*~*~*~*~*~*~*~*~*\n\n", 1)[1])
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Álvaro Sanz Medina:mailto:alvaro.sanz@olivocloud.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniela Ospina Restrepo:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marta Iglesias Ruiz:mailto:marta.iglesias@olivocloud.es
DESCRIPTION;LANGUAGE=es-ES:{desc}
UID:040000008200E00074C5B7101A82E00800000000F1C2A3B4D5E6DC01000000000000000010000000B7E6D5C4A3B2F1E0D9C8B7A6F5E4D3C2
SUMMARY;LANGUAGE=es-ES:Entrevista final - Daniela Ospina (Backend Senior)
DTSTART;TZID=Romance Standard Time:20261027T160000
DTEND;TZID=Romance Standard Time:20261027T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261022T093015Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTSEQ:1
X-MICROSOFT-CDO-OWNERAPPTID:1503382774
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    body = alt(text(plain), html(outlook_html(plain).replace('lang="ES-CO"', 'lang="ES"')),
               calendar(ics, method="REQUEST", cte="base64"))
    headers = [
        rcv("from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2112.outbound.protection.outlook.com [40.107.20.112])",
            "2026-10-22 09:30:15", "UTC", "5b1f17b1804b1-431c8sor1802277f9e.18"),
        ("From", addr("Álvaro Sanz Medina", "alvaro.sanz@olivocloud.es")),
        ("To", addr("Daniela Ospina Restrepo", ME)),
        ("CC", "Marta Iglesias Ruiz <marta.iglesias@olivocloud.es>"),
        ("Subject", "Actualizado: Entrevista final - Daniela Ospina (Backend Senior)"),
        ("Thread-Topic", "Entrevista final - Daniela Ospina (Backend Senior)"),
        ("Thread-Index", "AdskR7vW2cT1mE4xQ9k0Lb3Zf8Yp6A=="),
        ("Date", date("2026-10-22 09:30:15", "UTC")),
        ("Message-ID", "<AM9PR07MB7265E0D1C2B3A4F5E6D7C8B9A0F1E2@AM9PR07MB7265.eurprd07.prod.outlook.com>"),
        ("Accept-Language", "es-ES, en-US"),
        ("Content-Language", "es-ES"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(headers, body)


# --------------------------------------------------------------------------- key 21 (cancelled)


@reg(family="google_calendar", lang="es", interview=True, kind="cancelled", company="Platanal Studio",
     start="2026-03-05T21:00:00Z", end="2026-03-05T21:45:00Z", contact="sara.benitez@platanal.studio",
     local="Thu 2026-03-05 16:00", local_end="2026-03-05 16:45", zone=BOG,
     note="Google Calendar 'Evento cancelado con nota' (METHOD:CANCEL, STATUS:CANCELLED): the interview with "
          "management 'jueves, 5 de marzo de 2026 · 16:00 – 16:45' Bogotá -> 21:00Z-21:45Z (cancelled slot); "
          "contact = ORGANIZER")
def platanal_cancelado():
    summary = "Entrevista con Gerencia – Daniela Ospina (Backend)"
    note = ("Daniela, qué pena con usted: la vacante quedó en pausa mientras se define el presupuesto del "
            "segundo semestre. Le escribo apenas tengamos novedades.")
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{VTZ_BOGOTA}
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20260305T160000
DTEND;TZID=America/Bogota:20260305T164500
DTSTAMP:20260302T224512Z
ORGANIZER;CN=Sara Benítez:mailto:sara.benitez@platanal.studio
UID:6h2qk0v7b1l9r3e8mnc5tpa4df@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sara Benítez;X-NUM-GUESTS=0:mailto:sara.benitez@platanal.studio
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Felipe Duque;X-NUM-GUESTS=0:mailto:felipe.duque@platanal.studio
CREATED:20260225T152244Z
DESCRIPTION:{ics_text(note)}
LAST-MODIFIED:20260302T224511Z
LOCATION:Platanal Studio\\, Cra. 11 # 93-46\\, Bogotá
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:{ics_text(summary)}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    plain = t(f"""
        Sara Benítez ha cancelado este evento con una nota:
        "{note}"

        Evento cancelado: {summary}
        jueves, 5 de marzo de 2026 · 16:00 – 16:45
        Zona horaria: Hora de Colombia - Bogotá
        Ubicación: Platanal Studio, Cra. 11 # 93-46, Bogotá

        Organizador
        Sara Benítez
        sara.benitez@platanal.studio

        Invitados
        Sara Benítez - organizador
        Felipe Duque
        {ME}

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Has recibido este correo electrónico porque eras un invitado de este evento.
        Se ha eliminado este evento de tu calendario.
        """)
    page = t(f"""
        <!doctype html><html><head><meta charset="utf-8"></head><body style="font-family:Roboto,Arial,sans-serif;color:#3c4043">
        <p style="font-size:14px">Sara Benítez ha cancelado este evento con una nota:</p>
        <p style="font-size:14px;font-style:italic">"{note}"</p>
        <p style="font-size:12px;color:#d93025">EVENTO CANCELADO</p>
        <h2 style="font-size:22px;font-weight:400;text-decoration:line-through">{summary}</h2>
        <p style="font-size:14px">jueves, 5 de marzo de 2026 · 16:00 – 16:45<br><span style="color:#70757a">Zona horaria: Hora de Colombia - Bogotá</span></p>
        <p style="font-size:14px">Platanal Studio, Cra. 11 # 93-46, Bogotá</p>
        <p style="font-size:12px;color:#70757a">Invitación de Google Calendar. Has recibido este correo electrónico porque eras un invitado de este evento.</p>
        </body></html>
        """)
    body = mixed(
        alt(text(plain), html(page), calendar(ics, method="CANCEL", cte="base64")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True),
    )
    headers = [
        rcv("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", "2026-03-02 17:45:12", BOG,
            "a1e0cc1a2514c-4e9d0sor1104772e0c.9.2026.03.02.14.45.12"),
        ("Reply-To", addr("Sara Benítez", "sara.benitez@platanal.studio")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Message-ID", "<calendar-a47c1e90-3b2d-4f68-91e5-c0d8b7a6f215@google.com>"),
        ("Date", date("2026-03-02 17:45:12", BOG)),
        ("Subject", enc(f"Evento cancelado con nota: {summary} @ jue 5 mar 2026 16:00 - 16:45 (GMT-5) ({ME})")),
        ("From", addr("Sara Benítez", "sara.benitez@platanal.studio")),
        ("To", ME),
    ]
    return message(headers, body)


# --------------------------------------------------------------------------- key 22 (cancelled)


@reg(family="human_prose", lang="en", interview=True, kind="cancelled", company="Quillfeather",
     start="2026-05-01T20:00:00Z", end="2026-05-01T22:00:00Z", contact="owen.pratt@quillfeather.com",
     local="Fri 2026-05-01 14:00", local_end="2026-05-01 16:00", zone="America/Denver",
     note="Recruiter cancels 'Friday's final-round interview (2:00-4:00pm MT)', role on hold; Date Tue 28 Apr 2026 "
          "-> Fri 1 May, MDT (UTC-6) -> 20:00Z-22:00Z (cancelled slot); no new time; contact = sender")
def quillfeather_cancel():
    body = t("""
        Hi Daniela,

        I'm really sorry to do this, but we need to cancel Friday's final-round interview (2:00-4:00pm MT).
        Leadership put the Platform Engineer role on hold yesterday pending a budget review, and we don't want
        to take up your afternoon while things are uncertain.

        This has nothing to do with your performance so far - the team was genuinely impressed with your
        technical round. If the role reopens (we should know by late June) I'll reach out to you first.

        Again, apologies for the short notice.

        Best,
        Owen

        Owen Pratt
        Senior Recruiter | Quillfeather
        Denver, CO
        """)
    headers = [
        rcv("from mail-il1-f171.google.com (mail-il1-f171.google.com [209.85.166.171])", "2026-04-28 16:30:05",
            "America/Denver", "e9e14a558f8ab-3a5c1sor1188020ab.14.2026.04.28.15.30.05"),
        ("From", addr("Owen Pratt", "owen.pratt@quillfeather.com")),
        ("To", addr("Daniela Ospina", ME)),
        ("Subject", "Friday's interview - Quillfeather"),
        ("Date", date("2026-04-28 16:30:05", "America/Denver")),
        ("Message-ID", "<CAN8uQ2pF5xW1Rk7Vm4Tz9Lc3Yd6Hf0Sa5Go1Ui8Nj2Xr4Kb7E@mail.gmail.com>"),
    ]
    return message(headers, gmail(body))


# --------------------------------------------------------------------------- key 23 (cancelled)


@reg(family="human_prose", lang="pt", interview=True, kind="cancelled", company="Sabiá Logística",
     start="2026-11-17T13:00:00Z", end=None, contact="camila.rocha@sabialog.com.br",
     local="Tue 2026-11-17 10:00", zone="America/Sao_Paulo",
     note="Portuguese cancellation, iso-8859-1 quoted-printable single part: 'nossa entrevista de amanhã (terça, "
          "17/11, às 10h de Brasília)'; Date Mon 16 Nov 2026 08:15 -0300 -> 13:00Z (cancelled slot); contact = "
          "sender")
def sabia_cancelada():
    body = t("""
        Oi Daniela, tudo bem?

        Infelizmente vamos precisar cancelar a nossa entrevista de amanhã (terça, 17/11, às 10h de Brasília).
        A vaga de Desenvolvedora Backend foi congelada ontem à noite pela diretoria, por conta do
        planejamento orçamentário de 2027.

        Peço mil desculpas pelo aviso em cima da hora. Gostei muito da nossa primeira conversa e, se a vaga
        for reaberta, você será a primeira pessoa que eu vou procurar.

        Um abraço,

        Camila Rocha
        Analista de Recrutamento & Seleção
        Sabiá Logística | São Paulo - SP
        (11) 3090-4471
        """)
    headers = [
        rcv("from smtp.sabialog.com.br (smtp.sabialog.com.br [177.71.204.33])", "2026-11-16 08:15:40",
            "America/Sao_Paulo", "i17-20020a05620a405100b007b1c3sor99022qko.33"),
        ("From", addr("Camila Rocha", "camila.rocha@sabialog.com.br")),
        ("To", addr("Daniela Ospina Restrepo", ME)),
        ("Subject", enc("Cancelamento da entrevista de amanhã - Sabiá Logística", "iso-8859-1")),
        ("Date", date("2026-11-16 08:15:40", "America/Sao_Paulo")),
        ("Message-ID", "<000b01db3a12$4f7e2c10$ee7a8430$@sabialog.com.br>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AQHbOhIk7c1r2Xw8S0u3mLq9Vt4Zfw=="),
        ("Content-Language", "pt-br"),
    ]
    return message(headers, text(body, charset="iso-8859-1"))


# =========================================================================== negatives


# --------------------------------------------------------------------------- key 24


@reg(family="job_alert", lang="es", interview=False, company=None,
     note="LinkedIn job alert (Spanish UI); 'Entrevistas en línea' / 'Contratación activa' badges confirm nothing")
def linkedin_alerta():
    jobs = [
        ("Desarrollador/a Backend Senior (Go)", "Cuantía Pagos", "Bogotá, Distrito Capital, Colombia (Híbrido)",
         "Contratación activa", "4089221573"),
        ("Backend Engineer - Remote LATAM", "Ridgeline Analytics", "Colombia (En remoto)",
         "Entrevistas en línea · Solicitud sencilla", "4087730114"),
        ("Ingeniero(a) de Software Backend", "Cafetal Digital S.A.S.", "Bogotá, Distrito Capital, Colombia",
         "Hace 2 días · 37 solicitudes", "4090118462"),
        ("Senior Node.js Developer", "Andes Remote Talent", "Latinoamérica (En remoto)",
         "Contratación activa · Solicitud sencilla", "4086654920"),
    ]
    lines = []
    for title, comp, place, badge, jid in jobs:
        lines.append(f"{title}\n{comp}\n{place}\n{badge}\nVer empleo: https://www.linkedin.com/comm/jobs/view/{jid}/\n")
    plain = ("Tu alerta de empleo para backend developer en Bogotá, Distrito Capital, Colombia\n"
             "4 empleos nuevos coinciden con tus preferencias.\n\n"
             + "\n".join(lines)
             + t("""
                Ver todos los empleos: https://www.linkedin.com/comm/jobs/search/?keywords=backend%20developer&location=Bogot%C3%A1

                Recibes alertas de empleo de LinkedIn. Gestionar alertas: https://www.linkedin.com/comm/jobs/alerts
                Darse de baja: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs

                Este correo electrónico está destinado a Daniela Ospina (Backend Engineer | Go · Node.js · Postgres).
                © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
                LinkedIn y el logotipo de LinkedIn son marcas registradas de LinkedIn.
                """))
    import html as _h
    rows = "\n".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #e8e8e8"><a href="https://www.linkedin.com/comm/jobs/view/{jid}/" '
        f'style="font-size:16px;font-weight:600;color:#0a66c2;text-decoration:none">{_h.escape(ti)}</a><br>'
        f'<span style="font-size:14px;color:#1f1f1f">{_h.escape(c)}</span><br><span style="font-size:13px;color:#666">'
        f'{_h.escape(p)}</span><br><span style="font-size:12px;color:#057642">{_h.escape(b)}</span></td></tr>'
        for ti, c, p, b, jid in jobs)
    page = t(f"""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="margin:0;background:#f3f2ef;font-family:-apple-system,system-ui,Segoe UI,Roboto,Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="512" cellpadding="0" cellspacing="0" style="background:#fff;padding:24px">
        <tr><td><img src="https://static.licdn.com/aero-v1/sc/h/8fkga714vy9b2wk5auqo5reeb" alt="LinkedIn" height="28"></td></tr>
        <tr><td style="font-size:20px;padding:16px 0 4px">Tu alerta de empleo para <b>backend developer</b></td></tr>
        <tr><td style="font-size:14px;color:#666">4 empleos nuevos en Bogotá, Distrito Capital, Colombia</td></tr>
        {rows}
        <tr><td style="padding:20px 0"><a href="https://www.linkedin.com/comm/jobs/search/?keywords=backend%20developer" style="border:1px solid #0a66c2;border-radius:24px;padding:8px 20px;color:#0a66c2;text-decoration:none">Ver todos los empleos</a></td></tr>
        <tr><td style="font-size:12px;color:#666">Este correo electrónico está destinado a Daniela Ospina. <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Darse de baja</a><br>© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</td></tr>
        </table></td></tr></table></body></html>
        """)
    headers = [
        rcv("from mailb-ac.linkedin.com (mailb-ac.linkedin.com [108.174.3.205])", "2026-02-16 07:12:40", BOG,
            "u6-20020a05622a14c600b0046a1csor1992317qtx.5"),
        ("From", addr("Alertas de empleo de LinkedIn", "jobalerts-noreply@linkedin.com")),
        ("To", addr("Daniela Ospina", ME)),
        ("Subject", enc("“backend developer”: Cuantía Pagos - Desarrollador/a Backend Senior (Go) y más")),
        ("Date", date("2026-02-16 07:12:40", BOG)),
        ("Message-ID", "<1394882710.7717305.1771243960412@lor1-app47112.prod.linkedin.com>"),
        ("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs>"),
        ("X-LinkedIn-Class", "JOBS-TO-MBR"),
        ("X-LinkedIn-Template", "email_job_alert_digest_01"),
    ]
    return message(headers, alt(text(plain), html(page)))


# --------------------------------------------------------------------------- key 25


@reg(family="application_ack", lang="es", interview=False, company="Cafetal Digital S.A.S.",
     note="elempleo application receipt; 'la empresa se comunicará contigo para programar una entrevista' is "
          "conditional; company = the employer applied to")
def elempleo_aplicacion():
    plain = t("""
        ¡Hola, Daniela!

        Tu aplicación fue enviada con éxito.

        Cargo: Ingeniero(a) de Software Backend
        Empresa: Cafetal Digital S.A.S.
        Ciudad: Bogotá D.C.
        Fecha de aplicación: 24/02/2026

        ¿Qué sigue?
        La empresa revisará tu hoja de vida. Si tu perfil se ajusta a lo que busca, se comunicará contigo
        por correo o al celular para programar una entrevista. Mantén tus datos de contacto actualizados.

        Puedes consultar el estado de esta y otras ofertas en "Mis aplicaciones":
        https://www.elempleo.com/co/mi-cuenta/mis-aplicaciones

        ¡Te deseamos éxitos en tu proceso!
        Equipo elempleo.com

        Este es un mensaje automático, por favor no lo respondas.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;background:#eef2f5;font-family:Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0">
        <table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
        <tr><td style="background:#00a0df;padding:18px 28px"><img src="https://www.elempleo.com/co/static/img/logo-elempleo-blanco.png" alt="elempleo.com" height="30"></td></tr>
        <tr><td style="padding:28px;font-size:15px;color:#333;line-height:1.5">
        <p>¡Hola, Daniela!</p>
        <p style="font-size:18px;color:#00a0df"><b>Tu aplicación fue enviada con éxito.</b></p>
        <p>Cargo: <b>Ingeniero(a) de Software Backend</b><br>Empresa: Cafetal Digital S.A.S.<br>Ciudad: Bogotá D.C.<br>Fecha de aplicación: 24/02/2026</p>
        <p><b>¿Qué sigue?</b><br>La empresa revisará tu hoja de vida. Si tu perfil se ajusta a lo que busca, se comunicará contigo por correo o al celular para programar una entrevista. Mantén tus datos de contacto actualizados.</p>
        <p><a href="https://www.elempleo.com/co/mi-cuenta/mis-aplicaciones" style="background:#ff6c00;color:#fff;padding:10px 22px;text-decoration:none;border-radius:3px">Ver mis aplicaciones</a></p>
        <p>¡Te deseamos éxitos en tu proceso!<br>Equipo elempleo.com</p>
        </td></tr>
        <tr><td style="padding:14px 28px;font-size:11px;color:#999">Este es un mensaje automático, por favor no lo respondas.</td></tr>
        </table></td></tr></table></body></html>
        """)
    headers = [
        rcv("from mail3.elempleo.com (mail3.elempleo.com [200.41.68.23])", "2026-02-24 21:37:02", BOG,
            "z5-20020a05620a260500b0078d2esor4021180qkp.61"),
        ("From", addr("elempleo.com", "notificaciones@elempleo.com")),
        ("To", ME),
        ("Subject", enc("Aplicaste a Ingeniero(a) de Software Backend - Cafetal Digital S.A.S.")),
        ("Date", date("2026-02-24 21:37:02", BOG)),
        ("Message-ID", "<20260225023702.4471.91827@mail3.elempleo.com>"),
    ]
    return message(headers, alt(text(plain, cte="base64"), html(page, cte="base64")))


# --------------------------------------------------------------------------- key 26


@reg(family="application_ack", lang="en", interview=False, company="Harborline Insurance",
     note="Workday application receipt (HTML only); 'a member of our recruiting team will contact you to "
          "discuss next steps, including scheduling an interview' is conditional")
def workday_harborline():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <div style="max-width:620px">
        <img src="https://harborline.wd5.myworkdayjobs.com/wday/cxs/harborline/External/sidebarimage/logo" alt="Harborline Insurance" height="44">
        <p>Dear Daniela,</p>
        <p>Thank you for applying to the <b>Sr. Backend Engineer (Claims Platform)</b> position (R-24519) at Harborline Insurance. We have received your application.</p>
        <p>Our recruiting team is reviewing applications now. If your qualifications match the needs of the role, a member of our recruiting team will contact you to discuss next steps, including scheduling an interview. Due to the volume of applications, we may not be able to respond to each candidate individually.</p>
        <p>You can check the status of your application at any time by signing in to your candidate home account:<br>
        <a href="https://harborline.wd5.myworkdayjobs.com/en-US/External/userHome">https://harborline.wd5.myworkdayjobs.com/en-US/External/userHome</a></p>
        <p>Thank you for your interest in Harborline Insurance.</p>
        <p>Sincerely,<br>Harborline Talent Acquisition</p>
        <p style="font-size:11px;color:#888">Harborline Insurance is an Equal Opportunity Employer. This mailbox is not monitored; please do not reply to this message.</p>
        </div></body></html>
        """)
    headers = [
        rcv("from myworkday.com (mta-out-12.myworkday.com [216.20.233.12])", "2026-09-21 14:02:31", "UTC",
            "q15-20020a05620a0d4f00b007a9f0sor5510882qkl.14"),
        ("From", addr("Harborline Insurance", "harborline@myworkday.com")),
        ("To", ME),
        ("Subject", "Thank you for applying: Sr. Backend Engineer (Claims Platform) - R-24519"),
        ("Date", date("2026-09-21 14:02:31", "UTC")),
        ("Message-ID", "<1288431927.218804.1789999351920@wd5-prod-mta12.myworkday.com>"),
    ]
    return message(headers, html(page))


# --------------------------------------------------------------------------- key 27


@reg(family="rejection", lang="en", interview=False, company="Tidepool Games",
     note="BambooHR rejection after the interview of Wed 10/14; mentions the past interview only",
     days=(("Wed", "2026-10-14"),))
def bamboohr_tidepool():
    plain = t("""
        Hi Daniela,

        Thank you for taking the time to interview with us on Wednesday (10/14) for the Senior Backend
        Engineer position. Gabe and the team enjoyed the conversation, and we appreciate the thought you put
        into the design questions.

        After careful consideration, we have decided to move forward with another candidate whose experience
        more closely matches what we need right now. This was a difficult decision.

        We'd love to keep your information on file for future openings, and we wish you the very best in
        your search.

        Warm regards,
        Jess Alvarado
        Recruiting Lead, Tidepool Games
        """)
    page = "<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px\">\n" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in plain.strip().split("\n\n")) + (
        '<p style="font-size:11px;color:#999">Powered by <a href="https://www.bamboohr.com">BambooHR</a></p>\n'
        "</body></html>\n")
    headers = [
        rcv("from mail-out.bamboohr.com (mail-out.bamboohr.com [52.0.215.183])", "2026-10-22 17:48:09", "UTC",
            "ow18-20020a05620a821200b007b19csor2290011qkn.80"),
        ("From", addr("Tidepool Games", "notifications@app.bamboohr.com")),
        ("Reply-To", addr("Jess Alvarado", "jess.alvarado@tidepoolgames.com")),
        ("To", ME),
        ("Subject", "Your application with Tidepool Games"),
        ("Date", date("2026-10-22 17:48:09", "UTC")),
        ("Message-ID", "<6717e4a91c3b2.2b8f01e7@app.bamboohr.com>"),
    ]
    return message(headers, alt(text(plain), html(page)))


# --------------------------------------------------------------------------- key 28


def _pdf(title: str) -> bytes:
    """A tiny one-page PDF (placeholder text only)."""
    content = f"BT /F1 12 Tf 72 720 Td ({title}) Tj ET".encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offs = b"%PDF-1.4\n", []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def pdf_part(filename: str, title: str) -> make.Part:
    import base64

    data = base64.encodebytes(_pdf(title)).replace(b"\n", b"\r\n")
    return make.Part([("Content-Type", f'application/pdf; name="{filename}"'),
                      ("Content-Description", filename),
                      ("Content-Disposition", f'attachment; filename="{filename}"'),
                      ("Content-Transfer-Encoding", "base64")], data)


@reg(family="offer", lang="es", interview=False, company="Tecnologías Guayacán S.A.S.",
     note="Job offer after the on-site final round; deadline to accept (Wed 1 Jul 5:00 p. m.) and start date "
          "(Mon 3 Aug) are not interviews",
     days=(("Wed", "2026-07-01"), ("Mon", "2026-08-03")))
def guayacan_oferta():
    body = t("""
        Cordial saludo, Daniela:

        Luego de la jornada del viernes 19 de junio, nos alegra mucho comunicarle que el comité decidió
        extenderle una oferta para el cargo de Ingeniera Backend Senior. Adjuntamos la carta oferta con las
        condiciones:

        - Salario integral: $ 19.500.000 COP mensuales
        - Modalidad: híbrida, con 2 días al mes en Medellín (gastos de viaje a cargo de la compañía)
        - Fecha de ingreso propuesta: lunes 3 de agosto de 2026
        - Contrato a término indefinido

        Le agradecemos confirmar su aceptación a más tardar el miércoles 1 de julio a las 5:00 p. m. Si tiene
        preguntas sobre la oferta, con gusto las resolvemos por este medio o por teléfono.

        ¡Esperamos contar con usted en el equipo!

        Luisa Fernanda Zapata Arango
        Profesional de Selección y Desarrollo
        Tecnologías Guayacán S.A.S.
        Tel. (604) 444 1290 ext. 3107
        """)
    headers = [
        rcv("from NAM10-DM6-obe.outbound.protection.outlook.com (mail-dm6nam10on2119.outbound.protection.outlook.com [40.107.93.119])",
            "2026-06-26 10:05:41", BOG, "e9a9c3b5de4e1-7c9c0sor71022385a.40"),
        ("From", addr("Luisa Fernanda Zapata Arango", "lfzapata@guayacan.com.co")),
        ("To", addr("Daniela Ospina Restrepo", ME)),
        ("Subject", enc("Carta oferta - Ingeniera Backend Senior - Tecnologías Guayacán")),
        ("Date", "Fri, 26 Jun 2026 15:05:41 +0000"),
        ("Message-ID", "<DM6PR10MB4118A2B3C4D5E6F7A8B9C0D1E2F3A4@DM6PR10MB4118.namprd10.prod.outlook.com>"),
        ("Content-Language", "es-CO"),
        ("X-MS-Has-Attach", "yes"),
    ]
    return message(headers, mixed(alt(text(body), html(outlook_html(body))),
                                  pdf_part("Carta_oferta_Daniela_Ospina.pdf", "Carta oferta - Daniela Ospina Restrepo")))


# --------------------------------------------------------------------------- key 29


@reg(family="recruiter_outreach", lang="pt", interview=False, company="Tucano Seguros",
     note="Brazilian recruiter's cold outreach in Portuguese; asks for two or three times, nothing fixed")
def tucano_outreach():
    body = t("""
        Oi Daniela, tudo bem?

        Sou a Beatriz, do time de Talent Acquisition da Tucano Seguros. Vi seu perfil no LinkedIn e achei
        sua experiência com pagamentos e Go muito alinhada com uma vaga que estamos abrindo: Pessoa
        Engenheira de Software Backend Sênior, 100% remota, contratação internacional (PJ/contractor) e
        salário em dólar.

        Topa um papo rápido de uns 20 minutos essa semana ou na próxima? Me manda dois ou três horários que
        funcionem pra você (pode ser no seu fuso, eu me ajusto) e eu te envio o convite.

        Se preferir, pode falar comigo por aqui mesmo. Se não for o momento, sem problemas!

        Abraços,
        Beatriz Nogueira
        Tech Recruiter | Tucano Seguros
        linkedin.com/in/beatriz-nogueira-tech
        """)
    headers = [
        rcv("from mail-ua1-f44.google.com (mail-ua1-f44.google.com [209.85.222.44])", "2026-02-11 14:26:19",
            "America/Sao_Paulo", "a1e0cc1a2514c-4b21esor1203771e0c.2.2026.02.11.09.26.19"),
        ("From", addr("Beatriz Nogueira", "beatriz.nogueira@tucanoseguros.com.br")),
        ("To", ME),
        ("Subject", enc("Oportunidade: Backend Sênior remoto na Tucano Seguros")),
        ("Date", date("2026-02-11 14:26:19", "America/Sao_Paulo")),
        ("Message-ID", "<CAG5fR3wN8xK1Qm4Vz7Tp0Lc2Yb9Hd6Se3Ga1Uo5Ni8Xt2Kw4R@mail.gmail.com>"),
    ]
    return message(headers, gmail(body))


# --------------------------------------------------------------------------- key 30


@reg(family="scheduling_link", lang="en", interview=False, company="Kvarn Labs",
     note="Greenhouse availability request: the candidate is asked to submit her availability; nothing booked")
def greenhouse_availability():
    plain = t("""
        Hi Daniela,

        Great news - the team would like to move forward with a technical interview for the Senior Backend
        Engineer (Remote, LatAm) position! The interview will be 60 minutes over Zoom with two engineers from
        our Payments Platform team.

        Please let us know when you're available over the next two weeks using the link below. Our
        interviewers are in Stockholm, so windows between 8:00 AM and 12:00 PM your time (Bogota) work best.

        Submit your availability: https://app.greenhouse.io/availability/9f1c7e2a-4b3d-41a8-8d0e-6a2b5c9f0e17

        Once we receive it, I'll send you a confirmation with the exact time.

        Best,
        Sofie Lindqvist
        Talent Acquisition Partner, Kvarn Labs
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Daniela,</p>
        <p>Great news - the team would like to move forward with a technical interview for the <b>Senior Backend Engineer (Remote, LatAm)</b> position! The interview will be 60 minutes over Zoom with two engineers from our Payments Platform team.</p>
        <p>Please let us know when you're available over the next two weeks using the link below. Our interviewers are in Stockholm, so windows between 8:00 AM and 12:00 PM your time (Bogota) work best.</p>
        <p><a href="https://app.greenhouse.io/availability/9f1c7e2a-4b3d-41a8-8d0e-6a2b5c9f0e17" style="background:#24a47f;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Submit your availability</a></p>
        <p>Once we receive it, I'll send you a confirmation with the exact time.</p>
        <p>Best,<br>Sofie Lindqvist<br>Talent Acquisition Partner, Kvarn Labs</p>
        </body></html>
        """)
    headers = [
        rcv("from mail173-7.suw61.mandrillapp.com (mail173-7.suw61.mandrillapp.com [198.2.173.7])",
            "2026-03-12 09:41:27", "UTC", "b12-20020a05620a0b0c00b007b6e1sor1880412qkh.29"),
        ("From", addr("Sofie Lindqvist", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Sofie Lindqvist", "sofie.lindqvist@kvarnlabs.se")),
        ("To", addr("Daniela Ospina", ME)),
        ("Subject", "Kvarn Labs - Please share your availability for a technical interview"),
        ("Date", date("2026-03-12 09:41:27", "UTC")),
        ("Message-ID", "<65f0a3c7e2b1d_1f7c3a9e82d41@greenhouse-app-3b2e.mail>"),
    ]
    return message(headers, alt(text(plain), html(page)))


# --------------------------------------------------------------------------- key 31


@reg(family="slot_proposal", lang="es", interview=False, company="Ajolote Software",
     note="Recruiter proposes three slots (Mexico City time) and asks which one suits; nothing agreed yet",
     days=(("Tue", "2026-08-11"), ("Wed", "2026-08-12"), ("Thu", "2026-08-13")))
def ajolote_propuesta():
    body = t("""
        Hola Daniela, ¿qué tal?

        Rodrigo revisó tu perfil y le gustaría platicar contigo. ¿Te acomoda alguno de estos horarios
        (hora del centro de México)?

        - martes 11 de agosto, 10:00 hrs
        - miércoles 12 de agosto, 11:00 hrs
        - jueves 13 de agosto, 16:30 hrs

        Saludos,
        Itzel
        --
        Itzel Ramírez
        Talent Acquisition · Ajolote Software
        Ciudad de México
        """)
    headers = [
        rcv("from mail-pj1-f52.google.com (mail-pj1-f52.google.com [209.85.216.52])", "2026-08-04 13:15:02",
            "America/Mexico_City", "98e67ed59e1d1-2d8e1sor1611209a91.2.2026.08.04.12.15.02"),
        ("From", addr("Itzel Ramírez", "itzel.ramirez@ajolote.mx")),
        ("To", addr(ME_NAME, ME)),
        ("Subject", "Entrevista Ajolote Software - Backend Engineer"),
        ("Date", date("2026-08-04 13:15:02", "America/Mexico_City")),
        ("Message-ID", "<CAJx4d0Sb7Wm2Kq9Pz1Rf4Lt6Yc8Vn3Hd5Ea0Uo7Gi2Xs9Nk4E@mail.gmail.com>"),
    ]
    return message(headers, gmail(body))


# --------------------------------------------------------------------------- key 32


@reg(family="take_home", lang="es", interview=False, company="Rumbo Movilidad",
     note="Take-home assignment after the interview, deadline Mon 14 Sep 11:59 p. m.; the next interview is "
          "not scheduled yet",
     days=(("Mon", "2026-09-14"),))
def rumbo_prueba():
    body = t("""
        Hola Daniela, ¡buenos días!

        Como te contamos ayer, el siguiente paso del proceso es una prueba técnica. Te comparto el enunciado:

        Repositorio: https://github.com/rumbo-movilidad/prueba-backend-tarifas (haz un fork privado e
        invita a @sebas-rumbo y a @juli-rumbo-rrhh)

        Tienes plazo hasta el lunes 14 de septiembre a las 11:59 p. m. para enviarla. Calculamos que te
        toma entre 3 y 4 horas; no esperamos que esté perfecta, nos interesa ver cómo organizas el código,
        los tests y las decisiones que documentes en el README.

        Cuando la revisemos, te escribo para agendar la última entrevista con nuestro CTO.

        ¡Mucho éxito!

        Juliana Pinzón
        Talento Humano · Rumbo Movilidad
        """)
    headers = [
        rcv("from mail-qk1-f180.google.com (mail-qk1-f180.google.com [209.85.222.180])", "2026-09-11 09:20:33",
            BOG, "af79cd13be357-7a9d1sor2209837185a.14.2026.09.11.07.20.33"),
        ("From", addr("Juliana Pinzón", "juliana.pinzon@rumbomovilidad.co")),
        ("To", addr("Daniela Ospina", ME)),
        ("Subject", enc("Prueba técnica - Backend Developer - Rumbo Movilidad")),
        ("Date", date("2026-09-11 09:20:33", BOG)),
        ("Message-ID", "<CAKt2pW9rF4xN1Qm7Vz3Lc8Yb0Hd5Se6Ga2Uo9Ni4Xt1Kw7Pj@mail.gmail.com>"),
    ]
    return message(headers, gmail(body))


# --------------------------------------------------------------------------- key 33


@reg(family="assessment", lang="en", interview=False, company="Lumora Health",
     note="HackerRank timed test invitation (90 minutes, any time until Fri Jun 12 11:59 PM PDT); an "
          "assessment, not a live interview",
     days=(("Fri", "2026-06-12"),))
def hackerrank_test():
    plain = t("""
        Hi Daniela,

        Lumora Health has invited you to take the following test on HackerRank:

        Backend Engineer II - Online Assessment
        Duration: 90 minutes
        Questions: 3 (2 coding, 1 SQL)
        Test expires: Fri, Jun 12, 2026, 11:59 PM PDT

        Start test: https://www.hackerrank.com/test/7hq2d9bk3m1/login?b=eyJ1c2VybmFtZSI6ImRhbmllbGEub3NwaW5hIn0

        You can take the test any time before it expires. Once you start, the timer cannot be paused, so make
        sure you have a stable internet connection and 90 uninterrupted minutes. We recommend trying the
        sample test first: https://www.hackerrank.com/tests/sample

        Good luck!
        Lumora Health Recruiting Team

        This test is hosted by HackerRank on behalf of Lumora Health.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="background:#f3f7f7;font-family:'Source Sans Pro',Arial,sans-serif;color:#0e141e">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:32px">
        <p>Hi Daniela,</p>
        <p><b>Lumora Health</b> has invited you to take the following test on HackerRank:</p>
        <p style="font-size:18px;font-weight:600">Backend Engineer II - Online Assessment</p>
        <p>Duration: 90 minutes<br>Questions: 3 (2 coding, 1 SQL)<br>Test expires: Fri, Jun 12, 2026, 11:59 PM PDT</p>
        <p><a href="https://www.hackerrank.com/test/7hq2d9bk3m1/login?b=eyJ1c2VybmFtZSI6ImRhbmllbGEub3NwaW5hIn0" style="background:#1ba94c;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none">Start Test</a></p>
        <p>You can take the test any time before it expires. Once you start, the timer cannot be paused, so make sure you have a stable internet connection and 90 uninterrupted minutes. We recommend trying the <a href="https://www.hackerrank.com/tests/sample">sample test</a> first.</p>
        <p>Good luck!<br>Lumora Health Recruiting Team</p>
        <p style="font-size:11px;color:#738f93">This test is hosted by HackerRank on behalf of Lumora Health.</p>
        </div></body></html>
        """)
    headers = [
        rcv("from o1.ptr5521.hackerrank.com (o1.ptr5521.hackerrank.com [149.72.180.221])", "2026-06-08 16:02:55",
            "UTC", "d2e1a72fcca58-2b0c4sor118203a34.3"),
        ("From", addr("Lumora Health", "no-reply@hackerrank.com")),
        ("Reply-To", addr("Lumora Health Recruiting", "recruiting@lumorahealth.com")),
        ("To", ME),
        ("Subject", "Lumora Health has invited you to take a test: Backend Engineer II - Online Assessment"),
        ("Date", date("2026-06-08 16:02:55", "UTC")),
        ("Message-ID", "<test-invite.7hq2d9bk3m1.1780934575@hackerrank.com>"),
    ]
    return message(headers, alt(text(plain), html(page)))


# --------------------------------------------------------------------------- key 34


@reg(family="non_interview_calendar", lang="es", interview=False, company=None,
     note="Dental appointment confirmation with ICS (Thu 19 Feb, 7:00 a. m.): a confirmed time, not an interview",
     days=(("Thu", "2026-02-19"),))
def odontologia_cita():
    plain = t("""
        Cordial saludo, Daniela Ospina Restrepo.

        Le confirmamos su cita:

        Servicio: Control de ortodoncia y profilaxis
        Profesional: Dra. Mónica Villamizar
        Fecha: jueves 19 de febrero de 2026
        Hora: 7:00 a. m.
        Sede: Calle 93 # 14-20, consultorio 402, Bogotá

        Por favor llegue 10 minutos antes. Si no puede asistir, cancele o reprograme con mínimo 24 horas de
        anticipación respondiendo CANCELAR al mensaje de WhatsApp o llamando al 601 616 0093.

        Clínica Odontológica Sonrisa 93
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Sonrisa 93//Agenda Citas//ES
METHOD:REQUEST
{VTZ_BOGOTA}
BEGIN:VEVENT
UID:cita-118204-20260219@sonrisa93.com.co
DTSTAMP:20260213T173012Z
DTSTART;TZID=America/Bogota:20260219T070000
DTEND;TZID=America/Bogota:20260219T074000
SUMMARY:Cita odontológica - Control de ortodoncia y profilaxis
LOCATION:Calle 93 # 14-20\\, consultorio 402\\, Bogotá
ORGANIZER;CN=Clínica Odontológica Sonrisa 93:mailto:citas@sonrisa93.com.co
ATTENDEE;CN=Daniela Ospina Restrepo;RSVP=FALSE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    headers = [
        rcv("from smtp.sonrisa93.com.co (smtp.sonrisa93.com.co [190.145.22.61])", "2026-02-13 12:30:12", BOG,
            "k9-20020a05620a0d0900b0078c21sor550912qko.4"),
        ("From", addr("Clínica Odontológica Sonrisa 93", "citas@sonrisa93.com.co")),
        ("To", ME),
        ("Subject", enc("Confirmación de cita - jueves 19 de febrero 7:00 a. m.")),
        ("Date", date("2026-02-13 12:30:12", BOG)),
        ("Message-ID", "<20260213173012.118204@agenda.sonrisa93.com.co>"),
    ]
    return message(headers, mixed(text(plain), calendar(ics, method="REQUEST", cte="base64", filename="cita.ics",
                                                        disposition="attachment")))


# --------------------------------------------------------------------------- key 35


@reg(family="non_interview_calendar", lang="en", interview=False, company=None,
     note="Google Calendar invitation to a weekly 1:1 with her current (contract) manager, recurring from Wed 6 "
          "May; not an interview",
     days=(("Wed", "2026-05-06"),))
def copperleaf_one_on_one():
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["America/New_York"]}
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20260506T100000
DTEND;TZID=America/New_York:20260506T103000
RRULE:FREQ=WEEKLY;BYDAY=WE
DTSTAMP:20260504T141233Z
ORGANIZER;CN=Greg Holloway:mailto:greg.holloway@copperleafcommerce.com
UID:1r8c3v5k0q7m2h9bd4tfe6ln2a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Greg Holloway;X-NUM-GUESTS=0:mailto:greg.holloway@copperleafcommerce.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
X-GOOGLE-CONFERENCE:https://meet.google.com/wzt-gkeb-snh
CREATED:20260504T141230Z
DESCRIPTION:Weekly sync: blockers\\, priorities\\, feedback both ways. Moving this to your personal calendar since the contractor accounts don't get invites from our Workspace.
LAST-MODIFIED:20260504T141232Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:1:1 Daniela / Greg
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    plain = t(f"""
        Greg Holloway has invited you to an event.

        1:1 Daniela / Greg
        Weekly on Wednesday · 10am – 10:30am
        Eastern Time - New York

        Join with Google Meet: https://meet.google.com/wzt-gkeb-snh

        Weekly sync: blockers, priorities, feedback both ways. Moving this to your personal calendar since
        the contractor accounts don't get invites from our Workspace.

        Guests
        Greg Holloway - organizer
        {ME}

        Reply for {ME}: Yes https://calendar.google.com/calendar/event?action=RESPOND&rst=1 · No https://calendar.google.com/calendar/event?action=RESPOND&rst=2 · Maybe https://calendar.google.com/calendar/event?action=RESPOND&rst=3

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future
        updates for this event, decline this event.
        """)
    headers = [
        rcv("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "2026-05-04 10:12:33",
            "America/New_York", "a1e0cc1a2514c-4f0a1sor3391042e0c.60.2026.05.04.07.12.33"),
        ("Reply-To", addr("Greg Holloway", "greg.holloway@copperleafcommerce.com")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Message-ID", "<calendar-8c1f2a7e-0d4b-4e93-a6c5-71b3e9f20d48@google.com>"),
        ("Date", date("2026-05-04 10:12:33", "America/New_York")),
        ("Subject", f"Invitation: 1:1 Daniela / Greg @ Weekly from 10am to 10:30am on Wednesday (EDT) ({ME})"),
        ("From", addr("Greg Holloway", "greg.holloway@copperleafcommerce.com")),
        ("To", ME),
    ]
    return message(headers, mixed(alt(text(plain), calendar(ics, method="REQUEST", cte="base64")),
                                  calendar(ics, method=None, ctype="application/ics", cte="base64",
                                           filename="invite.ics", disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- key 36


@reg(family="personal_appointment", lang="es", interview=False, company=None,
     note="Real-estate agent confirms an apartment viewing (Sat 27 Jun, 10:00 a. m.), windows-1252 body",
     days=(("Sat", "2026-06-27"),))
def apartamento_visita():
    body = t("""
        Buenas tardes señora Daniela,

        Le confirmo la cita para ver el apartamento de la Carrera 13 # 63-41, apto 502 (Chapinero), el sábado
        27 de junio a las 10:00 a. m. Al llegar pregunte en portería por don Hernando, él le abre mientras yo
        llego.

        Le recuerdo los datos del inmueble: 68 m², 2 habitaciones, 2 baños, parqueadero cubierto. Canon:
        $ 3.100.000 + administración $ 420.000. Para el estudio se necesitan los últimos 3 desprendibles de
        pago o extractos y un codeudor con finca raíz.

        Quedo atenta. Feliz tarde.

        Gloria Stella Beltrán
        Asesora comercial
        Inmobiliaria Los Cerezos
        Cel. 310 552 8790
        """)
    headers = [
        rcv("from smtp.loscerezosinmobiliaria.com (smtp.loscerezosinmobiliaria.com [181.57.220.14])",
            "2026-06-24 15:40:09", BOG, "p4-20020a05620a22c400b0079b12sor17720qkm.8"),
        ("From", addr("Inmobiliaria Los Cerezos - Gloria Beltrán", "gbeltran@loscerezosinmobiliaria.com")),
        ("To", ME),
        ("Subject", enc("Confirmación cita apartamento Cra 13 # 63-41 - sábado 10 a. m.", "windows-1252")),
        ("Date", date("2026-06-24 15:40:09", BOG)),
        ("Message-ID", "<002a01d9c6e8$1f3b7a20$5db26e60$@loscerezosinmobiliaria.com>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]
    return message(headers, text(body, charset="windows-1252"))


# --------------------------------------------------------------------------- key 37


@reg(family="meetup", lang="en", interview=False, company=None,
     note="Meetup RSVP confirmation for a talk about system-design interviews (Thu 30 Jul, 6:30 PM); an event, "
          "not her job interview",
     days=(("Thu", "2026-07-30"),))
def meetup_rsvp():
    plain = t("""
        You're going!

        Bogotá Backend Meetup

        #42 - Entrevistas técnicas de System Design: cómo prepararse (y cómo entrevistar)

        Thursday, July 30, 2026
        6:30 PM to 9:00 PM COT

        Location:
        Tinker Coworking, Cra. 7 # 67-39, Chapinero, Bogotá

        Hosted by Natalia R. and 2 others

        Two engineering managers share how they run system design interviews, what they look for, and the
        most common mistakes. Live mock round with a volunteer from the audience, then empanadas and beer. 🍻

        Add to calendar: https://www.meetup.com/bogota-backend/events/309184427/ics/
        Can't make it? Update your RSVP: https://www.meetup.com/bogota-backend/events/309184427/

        Meetup, PO Box 4668 #37895 New York, NY 10163-4668
        Unsubscribe from RSVP confirmations: https://www.meetup.com/account/comm/
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Graphik,Helvetica,Arial,sans-serif;color:#212121">
        <div style="max-width:580px;margin:0 auto;padding:24px">
        <img src="https://secure.meetupstatic.com/next/images/general/m_swarm_120x120.png" width="48" alt="Meetup">
        <h1 style="font-size:24px">You're going!</h1>
        <p style="color:#757575">Bogotá Backend Meetup</p>
        <h2 style="font-size:20px">#42 - Entrevistas técnicas de System Design: cómo prepararse (y cómo entrevistar)</h2>
        <p><b>Thursday, July 30, 2026</b><br>6:30 PM to 9:00 PM COT</p>
        <p>Tinker Coworking, Cra. 7 # 67-39, Chapinero, Bogotá</p>
        <p>Two engineering managers share how they run system design interviews, what they look for, and the most common mistakes. Live mock round with a volunteer from the audience, then empanadas and beer. 🍻</p>
        <p><a href="https://www.meetup.com/bogota-backend/events/309184427/ics/">Add to calendar</a> · <a href="https://www.meetup.com/bogota-backend/events/309184427/">Update your RSVP</a></p>
        <p style="font-size:11px;color:#999">Meetup, PO Box 4668 #37895 New York, NY 10163-4668 · <a href="https://www.meetup.com/account/comm/">Unsubscribe</a></p>
        </div></body></html>
        """)
    headers = [
        rcv("from mail-out-14.meetup.com (mail-out-14.meetup.com [161.38.192.14])", "2026-07-27 18:05:50", "UTC",
            "h7-20020a05620a400700b0079f33sor3207719qko.71"),
        ("From", addr("Meetup", "info@meetup.com")),
        ("To", addr("Daniela Ospina", ME)),
        ("Subject", enc("RSVP confirmation: #42 - Entrevistas técnicas de System Design")),
        ("Date", date("2026-07-27 18:05:50", "UTC")),
        ("Message-ID", "<309184427.rsvp.88f21c0e@meetup.com>"),
        ("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"),
    ]
    return message(headers, alt(text(plain), html(page)))


# --------------------------------------------------------------------------- key 38


@reg(family="marketing_webinar", lang="es", interview=False, company=None,
     note="Zoom webinar registration 'Entrevista en vivo: Laura Gil (VP Engineering, Cumbre Pay)' with ICS (Thu 20 "
          "Aug, 6:00 p. m.); a public talk titled 'entrevista', not her job interview",
     days=(("Thu", "2026-08-20"),))
def zoom_webinar():
    title = "Entrevista en vivo: Laura Gil (VP Engineering, Cumbre Pay) - cómo escalamos pagos en LatAm"
    plain = t(f"""
        Hola Daniela:

        Gracias por registrarse en "{title}".

        Puede encontrar información acerca de este seminario web a continuación.

        Fecha y hora: 20 ago 2026 06:00 p. m. Bogotá

        Unirse desde un PC, Mac, iPad, iPhone o dispositivo Android:
        Haga clic aquí para unirse: https://us06web.zoom.us/w/84417725093?tk=Xb2k9LmQ0rT7vN1cY4zW8hP3sD6fG5jA
        Nota: Este enlace no debe compartirse con otros; es exclusivo para usted.
        Código de acceso: 771204

        Añadir al calendario: https://us06web.zoom.us/webinar/tZUsc-qhrD8uH9c3Lk/ics?user_id=Xb2k9LmQ0rT7
        Añadir a Google Calendar: https://us06web.zoom.us/webinar/tZUsc-qhrD8uH9c3Lk/gcal
        Añadir a Yahoo Calendar: https://us06web.zoom.us/webinar/tZUsc-qhrD8uH9c3Lk/ycal

        Descripción: Conversación abierta con Laura Gil sobre cómo Cumbre Pay pasó de 10 mil a 3 millones de
        transacciones diarias, qué errores cometieron y cómo arman sus equipos de backend. Al final, ronda
        de preguntas del público.

        Puede cancelar su registro en cualquier momento.

        Comunidad DevAndina
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
{VTZ_BOGOTA}
BEGIN:VEVENT
DTSTAMP:20260818T144421Z
DTSTART;TZID=America/Bogota:20260820T180000
DTEND;TZID=America/Bogota:20260820T193000
SUMMARY:{ics_text(title)}
UID:20260818T144421Z-84417725093@fe80:0:0:0:4e0:a7ff:fe2c:1b0ens5
TZID:America/Bogota
DESCRIPTION:Unirse desde un PC\\, Mac\\, iPad\\, iPhone o dispositivo Android:\\nhttps://us06web.zoom.us/w/84417725093?tk=Xb2k9LmQ0rT7vN1cY4zW8hP3sD6fG5jA\\nCódigo de acceso: 771204
LOCATION:https://us06web.zoom.us/w/84417725093?tk=Xb2k9LmQ0rT7vN1cY4zW8hP3sD6fG5jA
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    headers = [
        rcv("from zoom.us (mailout-207.zoom.us [170.114.10.207])", "2026-08-18 09:44:21", BOG,
            "g9-20020a05620a108900b0079c4asor4400210qkj.66"),
        ("From", addr("Comunidad DevAndina", "no-reply@zoom.us")),
        ("Reply-To", addr("Comunidad DevAndina", "hola@devandina.org")),
        ("To", addr("Daniela Ospina", ME)),
        ("Subject", enc(f"{title} Confirmación")),
        ("Date", date("2026-08-18 09:44:21", BOG)),
        ("Message-ID", "<T8Yx2bQkR5a1vM9cZ3nL0w@us06-webinar-mailer.zoom.us>"),
    ]
    return message(headers, mixed(text(plain), calendar(ics, method=None, cte="base64", ctype="text/calendar",
                                                        filename="invite.ics", disposition="attachment",
                                                        name_param=True)))


# --------------------------------------------------------------------------- key 39


@reg(family="mock_interview", lang="en", interview=False, company=None,
     note="Peer mock-interview platform confirms a practice session (Sat 22 Aug, 10:00 AM GMT-5) with ICS; "
          "practice, not a job interview",
     days=(("Sat", "2026-08-22"),))
def practiqa_mock():
    plain = t("""
        Your mock interview is confirmed ✅

        System Design · Peer practice
        Sat, Aug 22 · 10:00 AM - 11:00 AM (GMT-5) Bogota

        Your partner: Lucas M. (Backend, 5 yrs, São Paulo)
        Format: you'll interview each other, 30 minutes each. You go first as the candidate.
        Prompt for your round: "Design a rate limiter for a public payments API"

        Join: https://app.practiqa.io/session/sd-5c81e2f0

        Tips: think out loud, clarify requirements first, and leave 5 minutes for feedback.
        Can't make it? Cancel at least 12 hours before so Lucas can find another partner:
        https://app.practiqa.io/sessions

        Happy practicing!
        The Practiqa team
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Practiqa//Sessions//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:sd-5c81e2f0@practiqa.io
DTSTAMP:20260817T003311Z
DTSTART:20260822T150000Z
DTEND:20260822T160000Z
SUMMARY:Mock interview (System Design) with Lucas M. - Practiqa
LOCATION:https://app.practiqa.io/session/sd-5c81e2f0
ORGANIZER;CN=Practiqa:mailto:sessions@practiqa.io
ATTENDEE;CN=Daniela Ospina;RSVP=FALSE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    headers = [
        rcv("from mail.practiqa.io (o22.email.practiqa.io [149.72.33.22])", "2026-08-17 00:33:11", "UTC",
            "v3-20020a05622a188300b0044ff1sor1771052qtc.19"),
        ("From", addr("Practiqa", "sessions@practiqa.io")),
        ("To", ME),
        ("Subject", "Confirmed: System Design mock interview on Sat, Aug 22"),
        ("Date", date("2026-08-17 00:33:11", "UTC")),
        ("Message-ID", "<sd-5c81e2f0.confirm.1786926791@practiqa.io>"),
    ]
    return message(headers, mixed(text(plain), calendar(ics, method="REQUEST", cte="base64", filename="session.ics",
                                                        disposition="attachment")))


# --------------------------------------------------------------------------- key 40


@reg(family="podcast", lang="es", interview=False, company=None,
     note="Podcast host confirms the recording of an 'entrevista para el pódcast' (Tue 6 Oct, 6:00 p. m.); "
          "press/podcast, not a job interview",
     days=(("Tue", "2026-10-06"),))
def podcast_grabacion():
    body = t("""
        ¡Hola Daniela! ¿Cómo va todo?

        Le confirmo la grabación de la entrevista para el pódcast el martes 6 de octubre a las 6:00 p. m.
        Grabamos por Riverside, este es el enlace de invitada: https://riverside.fm/studio/backend-sin-miedo?t=a91c2e

        La idea es hablar unos 50 minutos sobre su charla de conciliación de pagos con colas, cómo llegó al
        backend desde ingeniería industrial y consejos para quienes están empezando. Le mando las preguntas
        guía el fin de semana; nada de preparación pesada, es una conversación.

        Recomendación técnica: audífonos con cable y un espacio sin mucho eco.

        ¡Mil gracias por aceptar!

        Camilo Peña
        Backend sin Miedo · el pódcast
        """)
    headers = [
        rcv("from mail-lf1-f48.google.com (mail-lf1-f48.google.com [209.85.167.48])", "2026-10-01 20:14:52",
            BOG, "2adb3069b0e04-53a0esor2077190e87.1.2026.10.01.18.14.52"),
        ("From", addr("Camilo Peña", "camilo@backendsinmiedo.co")),
        ("To", addr("Daniela Ospina", ME)),
        ("Subject", enc("Grabación pódcast - martes 6 de octubre")),
        ("Date", date("2026-10-01 20:14:52", BOG)),
        ("Message-ID", "<CAE4rX1pT7mN2Qk8Vz5Lc9Yb0Hd3Sw6Ga1Uo4Ni7Xt2Kf8Rj@mail.gmail.com>"),
    ]
    return message(headers, gmail(body))


# --------------------------------------------------------------------------- key 41


@reg(family="interviewer_side", lang="en", interview=False, company=None,
     note="Google Calendar invitation where Daniela is the INTERVIEWER of another candidate (Wed 30 Sep, 11:00 "
          "EDT) for her current contract client; not her own job interview",
     days=(("Wed", "2026-09-30"),))
def copperleaf_interviewer():
    summary = "Interview: Sebastián Duarte - Backend Engineer (LatAm) - Live coding"
    desc = ("Hi Daniela, thanks so much for jumping in as an interviewer!\n\n"
            "Candidate: Sebastián Duarte (Medellín)\n"
            "Your part: live coding (45 min) + 15 min for his questions\n"
            "Resume + scorecard: https://app4.greenhouse.io/guides/88120443/people/301775229?application_id=330918221\n\n"
            "Please submit your scorecard within 24 hours. Thanks!\nRachel")
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["America/New_York"]}
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20260930T110000
DTEND;TZID=America/New_York:20260930T120000
DTSTAMP:20260928T130512Z
ORGANIZER;CN=Rachel Kim:mailto:rachel.kim@copperleafcommerce.com
UID:5m1q9c2v8k3b7h0dr4tne6ls1f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Rachel Kim;X-NUM-GUESTS=0:mailto:rachel.kim@copperleafcommerce.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sebastián Duarte;X-NUM-GUESTS=0:mailto:sebastian.duarte.dev@example.com
X-GOOGLE-CONFERENCE:https://meet.google.com/pbr-xqvz-ita
CREATED:20260928T130510Z
DESCRIPTION:{ics_text(desc)}
LAST-MODIFIED:20260928T130511Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{ics_text(summary)}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    plain = t(f"""
        Rachel Kim has invited you to an event.

        {summary}
        Wednesday Sep 30, 2026 · 11am – 12pm
        Eastern Time - New York

        Join with Google Meet: https://meet.google.com/pbr-xqvz-ita

        """) + desc + t(f"""


        Guests
        Rachel Kim - organizer
        {ME}
        Sebastián Duarte

        Reply for {ME}: Yes https://calendar.google.com/calendar/event?action=RESPOND&rst=1 · No https://calendar.google.com/calendar/event?action=RESPOND&rst=2 · Maybe https://calendar.google.com/calendar/event?action=RESPOND&rst=3

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
        """)
    headers = [
        rcv("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "2026-09-28 09:05:12",
            "America/New_York", "a1e0cc1a2514c-4f2b0sor1190213e0c.40.2026.09.28.06.05.12"),
        ("Reply-To", addr("Rachel Kim", "rachel.kim@copperleafcommerce.com")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Message-ID", "<calendar-f2b7d9a1-6c3e-4a58-b0d4-e81c5a29f7b3@google.com>"),
        ("Date", date("2026-09-28 09:05:12", "America/New_York")),
        ("Subject", enc(f"Invitation: {summary} @ Wed Sep 30, 2026 11am - 12pm (EDT) ({ME})")),
        ("From", addr("Rachel Kim", "rachel.kim@copperleafcommerce.com")),
        ("To", ME),
    ]
    return message(headers, mixed(alt(text(plain), calendar(ics, method="REQUEST", cte="base64")),
                                  calendar(ics, method=None, ctype="application/ics", cte="base64",
                                           filename="invite.ics", disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- key 42


@reg(family="reference_check", lang="en", interview=False, company=None,
     note="A bank's recruiter confirms a reference call about a former colleague (Thu 23 Apr, 11:00 AM ET); "
          "Daniela is the reference, not the candidate; company null (not an employer of hers)",
     days=(("Thu", "2026-04-23"),))
def northmark_reference():
    body = t("""
        Hi Daniela,

        Thank you for agreeing to serve as a professional reference for Andrés Cifuentes, who is a finalist for
        a Senior Software Engineer role on our Digital Banking team.

        Confirming our call on Thursday, April 23 at 11:00 AM ET (10:00 AM in Bogotá). I'll call you on
        WhatsApp at the number Andrés shared (+57 315 ***-**41). It usually takes about 15 minutes: how you
        worked together, his strengths, and areas where he's grown.

        If anything changes, just reply here.

        Best regards,
        Laura Whitfield
        Talent Acquisition | Northmark Bank
        Charlotte, NC
        """)
    headers = [
        rcv("from mail-eastus.northmarkbank.com (mail-eastus.northmarkbank.com [20.62.148.77])",
            "2026-04-20 14:10:26", "America/New_York", "f6-20020a05620a118600b0078d0bsor402219qkk.21"),
        ("From", addr("Laura Whitfield", "lwhitfield@northmarkbank.com")),
        ("To", addr("Daniela Ospina", ME)),
        ("Subject", "Reference call for Andres Cifuentes - Thursday"),
        ("Date", date("2026-04-20 14:10:26", "America/New_York")),
        ("Message-ID", "<MN2PR08MB5911B4C2E8D7A6F1C0D9E3B2A1F4C5@MN2PR08MB5911.namprd08.prod.outlook.com>"),
        ("Content-Language", "en-US"),
    ]
    return message(headers, alt(text(body), html(outlook_html(body).replace('lang="ES-CO"', 'lang="EN-US"'))))


# --------------------------------------------------------------------------- key 43


@reg(family="auto_reply", lang="es", interview=False, company="Finanzas Aburrá S.A.",
     note="Exchange out-of-office auto-reply to the candidate's thank-you note after the interview "
          "(Auto-Submitted: auto-replied); back Wed 3 Jun",
     days=(("Wed", "2026-06-03"),))
def aburra_ooo():
    body = t("""
        Cordial saludo.

        Me encuentro fuera de la oficina desde el 27 de mayo hasta el miércoles 3 de junio de 2026, sin acceso
        al correo. Para temas de procesos de selección en curso, por favor escriba a
        seleccion@finanzasaburra.com.co.

        Gracias,

        Carolina Henao Restrepo
        Analista de Talento Humano | Finanzas Aburrá S.A.
        """)
    headers = [
        rcv("from CO1PR04CU001.outbound.protection.outlook.com (mail-eastus2azon11012034.outbound.protection.outlook.com [52.101.57.34])",
            "2026-05-27 13:02:10", "UTC", "af79cd13be357-7a1d0sor1662017185a.4"),
        ("From", addr("Carolina Henao Restrepo", "chenao@finanzasaburra.com.co")),
        ("To", addr("Daniela Ospina Restrepo", ME)),
        ("Subject", enc("Respuesta automática: Agradecimiento - entrevista técnica Backend")),
        ("Thread-Topic", enc("Agradecimiento - entrevista técnica Backend")),
        ("Thread-Index", "AQHbzD1Xk2Wm7Vq9Lz0Pc3Yb8Hd5Sg=="),
        ("Date", date("2026-05-27 13:02:10", "UTC")),
        ("Message-ID", "<BN8PR04MB6321F0E1D2C3B4A5F6E7D8C9B0A1F2@BN8PR04MB6321.namprd04.prod.outlook.com>"),
        ("In-Reply-To", "<CAF3kL8mZ2vQ7Rx1Wn5Tc9Yb4Hd0Se6Ga3Uo8Ni1Xt5Kp2Jw@mail.gmail.com>"),
        ("References", "<CAF3kL8mZ2vQ7Rx1Wn5Tc9Yb4Hd0Se6Ga3Uo8Ni1Xt5Kp2Jw@mail.gmail.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "chenao@finanzasaburra.com.co"),
        ("Content-Language", "es-CO"),
    ]
    return message(headers, alt(text(body), html(outlook_html(body))))


# --------------------------------------------------------------------------- key 44


@reg(family="bounce", lang="es", interview=False, company=None,
     note="Gmail delivery failure (multipart/report): the candidate's own reply confirming 'el viernes 23 a las "
          "8 a. m.' went to a mistyped domain; the attached original repeats the time but this is a bounce",
     days=(("Fri", "2026-10-23"),))
def rebote_agrosoft():
    original_body = t("""
        Buenas tardes Diana,

        Con gusto, le confirmo el viernes 23 a las 8 a. m. por el mismo enlace de Meet. Mil gracias por
        avisar.

        Feliz tarde,
        Daniela
        """)
    original = message([
        ("Return-Path", f"<{ME}>"),
        ("From", addr(ME_NAME, ME)),
        ("To", addr("Diana Marcela Pardo", "dmpardo@agrosoftandina.co")),
        ("Subject", "Re: Entrevista Desarrollador Backend - Agrosoft Andina"),
        ("Date", date("2026-10-20 15:40:02", BOG)),
        ("Message-ID", "<CAF3kL8nQ4wR9Tz2Xm6Vc1Yb7Hd3Se0Ga5Uo2Ni8Xt4Kp1Lq@mail.gmail.com>"),
        ("In-Reply-To", "<SJ0PR13MB5720A1B2C3D4E5F6A7B8C9D0E1F2A3@SJ0PR13MB5720.namprd13.prod.outlook.com>"),
    ], gmail(original_body))
    human = t("""
        ** No se ha encontrado la dirección **

        Tu mensaje no se ha entregado a dmpardo@agrosoftandina.co porque no se ha encontrado el dominio
        agrosoftandina.co. Comprueba si hay errores tipográficos o espacios innecesarios e inténtalo de nuevo.

        La respuesta fue:

        DNS Error: DNS type 'mx' lookup of agrosoftandina.co responded with code NXDOMAIN
        Domain name not found: agrosoftandina.co
        Learn more at https://support.google.com/mail/?p=BadRcptDomain
        """)
    dsn = t("""
        Reporting-MTA: dns; googlemail.com
        Arrival-Date: Tue, 20 Oct 2026 13:40:02 -0700 (PDT)
        X-Original-Message-ID: <CAF3kL8nQ4wR9Tz2Xm6Vc1Yb7Hd3Se0Ga5Uo2Ni8Xt4Kp1Lq@mail.gmail.com>

        Final-Recipient: rfc822; dmpardo@agrosoftandina.co
        Action: failed
        Status: 5.1.2
        Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of agrosoftandina.co responded with code NXDOMAIN
         Domain name not found: agrosoftandina.co
        Last-Attempt-Date: Tue, 20 Oct 2026 13:40:03 -0700 (PDT)
        """)
    report = multipart("report", text(human, cte="quoted-printable"),
                       raw_part([("Content-Type", "message/delivery-status")], dsn),
                       attached_message(original), params="report-type=delivery-status")
    headers = [
        ("Received", "by 2002:a05:6214:5282:b0:6c3:5f1e:9a27 with SMTP id kj2csp120917qvb;\r\n"
                     "        Tue, 20 Oct 2026 13:40:03 -0700 (PDT)"),
        ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
        ("To", ME),
        ("Auto-Submitted", "auto-replied"),
        ("Subject", "Delivery Status Notification (Failure)"),
        ("References", "<CAF3kL8nQ4wR9Tz2Xm6Vc1Yb7Hd3Se0Ga5Uo2Ni8Xt4Kp1Lq@mail.gmail.com>"),
        ("In-Reply-To", "<CAF3kL8nQ4wR9Tz2Xm6Vc1Yb7Hd3Se0Ga5Uo2Ni8Xt4Kp1Lq@mail.gmail.com>"),
        ("X-Failed-Recipients", "dmpardo@agrosoftandina.co"),
        ("Message-ID", "<6716a8d3.050a0220.2b1f4c.1a2bSMTPIN_ADDED_DNSERROR@mx.google.com>"),
        ("Date", date("2026-10-20 13:40:03", "America/Los_Angeles")),
    ]
    return message(headers, report)


# --------------------------------------------------------------------------- key 45


@reg(family="newsletter_tips", lang="es", interview=False, company=None,
     note="Newsletter about technical interviews with List-Unsubscribe; mentions a live workshop (Thu 14 May, "
          "7 p. m.) with a mock interview; confirms nothing for her",
     days=(("Thu", "2026-05-14"),))
def backender_newsletter():
    plain = t("""
        El Backender · Edición #87

        5 errores que te cuestan la entrevista técnica (y cómo evitarlos)

        Hola, backender 👋

        Esta semana hablé con cuatro líderes técnicos que entrevistan para empresas de EE. UU. desde
        Latinoamérica. Coincidieron en casi todo:

        1. Saltar directo al código sin aclarar requisitos.
        2. Quedarse en silencio: si no piensas en voz alta, el entrevistador no puede ayudarte.
        3. Ignorar la confirmación: cuando te confirmen la entrevista, revisa la zona horaria. "3 p. m. ET"
           no siempre son las 2 p. m. en Bogotá: en invierno son las 3.
        4. No preparar preguntas para el final.
        5. No hacer seguimiento: un correo corto de agradecimiento 24 horas después sí marca la diferencia.

        🎙 Taller en vivo: este jueves 14 de mayo a las 7 p. m. (hora Colombia) hacemos un simulacro de
        entrevista de system design con una voluntaria del público. Cupos: https://elbackender.substack.com/p/taller-87

        ¡Nos leemos la otra semana!
        Andrea · El Backender

        Recibes este correo porque te suscribiste a El Backender.
        Cancelar suscripción: https://elbackender.substack.com/action/disable_email?token=eyJ1c2VyX2lkIjo4ODEy
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Georgia,serif;color:#222;max-width:620px;margin:0 auto">
        <p style="font-family:Arial,sans-serif;color:#888;font-size:12px">El Backender · Edición #87</p>
        <h1>5 errores que te cuestan la entrevista técnica (y cómo evitarlos)</h1>
        <p>Hola, backender 👋</p>
        <p>Esta semana hablé con cuatro líderes técnicos que entrevistan para empresas de EE. UU. desde Latinoamérica. Coincidieron en casi todo:</p>
        <ol>
        <li>Saltar directo al código sin aclarar requisitos.</li>
        <li>Quedarse en silencio: si no piensas en voz alta, el entrevistador no puede ayudarte.</li>
        <li>Ignorar la confirmación: cuando te confirmen la entrevista, revisa la zona horaria. "3 p. m. ET" no siempre son las 2 p. m. en Bogotá: en invierno son las 3.</li>
        <li>No preparar preguntas para el final.</li>
        <li>No hacer seguimiento: un correo corto de agradecimiento 24 horas después sí marca la diferencia.</li>
        </ol>
        <p>🎙 <b>Taller en vivo:</b> este jueves 14 de mayo a las 7 p. m. (hora Colombia) hacemos un simulacro de entrevista de system design con una voluntaria del público. <a href="https://elbackender.substack.com/p/taller-87">Cupos aquí</a></p>
        <p>¡Nos leemos la otra semana!<br>Andrea · El Backender</p>
        <p style="font-family:Arial,sans-serif;font-size:11px;color:#999">Recibes este correo porque te suscribiste a El Backender. <a href="https://elbackender.substack.com/action/disable_email?token=eyJ1c2VyX2lkIjo4ODEy">Cancelar suscripción</a></p>
        </body></html>
        """)
    headers = [
        rcv("from mail-out.substack.com (o7.mail.substack.com [167.89.72.7])", "2026-05-10 08:00:19", BOG,
            "m2-20020a05620a0a8200b0079d7esor812210qkm.52"),
        ("From", addr("El Backender", "elbackender@substack.com")),
        ("Reply-To", addr("El Backender", "reply+2k9lq0@substack.com")),
        ("To", ME),
        ("Subject", enc("5 errores que te cuestan la entrevista técnica (y cómo evitarlos)")),
        ("Date", date("2026-05-10 08:00:19", BOG)),
        ("Message-ID", "<20260510130019.3.b71f2c94e0a8d5e1@mg-d0.substack.com>"),
        ("List-Id", "<elbackender.substack.com>"),
        ("List-Unsubscribe", "<https://elbackender.substack.com/action/disable_email?token=eyJ1c2VyX2lkIjo4ODEy>"),
        ("Precedence", "bulk"),
    ]
    return message(headers, alt(text(plain), html(page)))


# --------------------------------------------------------------------------- key 46


@reg(family="post_interview", lang="pt", interview=False, company="Ipê Digital",
     note="Interviewer's thank-you after yesterday's interview; answer promised by Wed 17/06; nothing scheduled",
     days=(("Wed", "2026-06-17"),))
def ipe_obrigada():
    body = t("""
        Oi Daniela!

        Obrigada pela conversa de ontem, foi ótimo te conhecer. O time curtiu bastante a forma como você
        explicou a arquitetura de conciliação e as decisões sobre idempotência.

        Agora vamos alinhar internamente com as outras pessoas que participaram do processo e te retornamos
        até quarta-feira (17/06) com os próximos passos, combinado?

        Qualquer dúvida, é só me chamar.

        Abraço,
        Renata Moraes
        Tech Lead · Ipê Digital
        """)
    headers = [
        rcv("from mail-vk1-f170.google.com (mail-vk1-f170.google.com [209.85.221.170])", "2026-06-12 09:40:18",
            "America/Sao_Paulo", "71dfb90a1353d-50d8csor1902211e0c.8.2026.06.12.05.40.18"),
        ("From", addr("Renata Moraes", "renata.moraes@ipedigital.com.br")),
        ("To", addr("Daniela Ospina", ME)),
        ("Subject", "Obrigada pela conversa!"),
        ("Date", date("2026-06-12 09:40:18", "America/Sao_Paulo")),
        ("Message-ID", "<CAM7tP4kW1xR8Qn2Vz6Lc3Yb9Hd0Se5Ga7Uo1Ni4Xt8Kj2Fw@mail.gmail.com>"),
    ]
    return message(headers, gmail(body))


# --------------------------------------------------------------------------- key 47


@reg(family="platform_match", lang="en", interview=False, company=None,
     note="Torre match notification ('a recruiter wants to talk'); asks to express interest, no time fixed")
def torre_match():
    plain = t("""
        Daniela, you're a strong match 🔥

        Senior Backend Engineer (Go) · Nimbusfold
        Remote (LATAM) · USD 5,500 - 7,000/month · Full-time contractor

        Why you match:
        ✓ Go and PostgreSQL (5+ years)
        ✓ Event-driven systems (Kafka)
        ✓ English: fully fluent

        Nimbusfold's recruiter reviewed your genome and would like to talk. If you're interested, let them
        know and they'll reach out to schedule a first conversation.

        I'm interested: https://torre.ai/post/Nm8kq3Lz-nimbusfold-senior-backend-engineer-go?utm_source=email
        Not for me: https://torre.ai/post/Nm8kq3Lz/not-interested

        - Emma, Torre's job-matching agent

        You're receiving this because you have job alerts turned on at torre.ai.
        Manage notifications: https://torre.ai/settings/notifications
        """)
    page = "<html><body style=\"font-family:Inter,Arial,sans-serif;background:#181a1c;color:#f0f0f0\">\n" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in plain.strip().split("\n\n")) + "</body></html>\n"
    headers = [
        rcv("from mail.torre.ai (mail.torre.ai [168.245.61.19])", "2026-07-01 15:33:05", "UTC",
            "r4-20020a05620a03c400b0079e5esor2002114qkm.2"),
        ("From", addr("Torre", "notifications@torre.ai")),
        ("To", ME),
        ("Subject", "Daniela, Nimbusfold wants to talk to you"),
        ("Date", date("2026-07-01 15:33:05", "UTC")),
        ("Message-ID", "<0102019072e1c4b5-1a9f3d22-8e4c-4b71-b0d6-e2a5f7c9130d-000000@us-west-2.amazonses.com>"),
        ("List-Unsubscribe", "<https://torre.ai/settings/notifications>"),
    ]
    return message(headers, alt(text(plain), html(page)))


# --------------------------------------------------------------------------- key 48


@reg(family="agency_update", lang="en", interview=False, company="Bluepeak Logistics",
     note="Staffing-agency recruiter: profile submitted to the client, an interview 'probably next week', he will "
          "confirm once they send slots; nothing fixed")
def agency_submitted():
    body = t("""
        Hi Daniela!

        Quick update: I submitted your profile to Bluepeak Logistics this morning for the Senior Backend
        (Node/Postgres) role. Their Eng Manager, Hannah, is reviewing it this week.

        If they like it (I think they will 😉) the first interview would probably be sometime next week,
        45 min over Zoom. As soon as she sends me her availability I'll confirm the exact slot with you, so
        no need to block anything yet.

        Talk soon,
        Mateo

        --
        Mateo Gallego | Talent Partner
        Andes Remote Talent · andesremote.io
        +57 300 418 2276
        """)
    headers = [
        rcv("from mail-yw1-f171.google.com (mail-yw1-f171.google.com [209.85.128.171])", "2026-07-15 17:20:41", BOG,
            "00721157ae682-6afc2sor2881301b3.88.2026.07.15.15.20.41"),
        ("From", addr("Mateo Gallego", "mateo@andesremote.io")),
        ("To", addr(ME_NAME, ME)),
        ("Subject", "Bluepeak Logistics - profile submitted"),
        ("Date", date("2026-07-15 17:20:41", BOG)),
        ("Message-ID", "<CAH7kq3Qa9z4Lw2dPm6Xc1Vt8Rb0Ns5Ke3Yj7Ug4Fh2Mo9Ti1Q@mail.gmail.com>"),
    ]
    return message(headers, gmail(body))


# --------------------------------------------------------------------------- key 49


@reg(family="survey", lang="en", interview=False, company="Kvarn Labs",
     note="Greenhouse candidate survey after the interview of Tue March 24; refers to a past interview",
     days=(("Tue", "2026-03-24"),))
def greenhouse_survey():
    plain = t("""
        Hi Daniela,

        Thank you for interviewing with Kvarn Labs on Tuesday, March 24. We're always trying to improve our
        hiring process, and we'd love to hear about your experience - good or bad.

        The survey takes about 2 minutes and is anonymous: your answers are not shared with the hiring team
        and will not affect your application in any way.

        Take the survey: https://app.greenhouse.io/candidate_surveys/new?token=b8f3e1c2a7d94c05

        Thank you!
        Kvarn Labs Talent Team
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Daniela,</p>
        <p>Thank you for interviewing with Kvarn Labs on Tuesday, March 24. We're always trying to improve our hiring process, and we'd love to hear about your experience - good or bad.</p>
        <p>The survey takes about 2 minutes and is anonymous: your answers are not shared with the hiring team and will not affect your application in any way.</p>
        <p><a href="https://app.greenhouse.io/candidate_surveys/new?token=b8f3e1c2a7d94c05" style="background:#24a47f;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Take the survey</a></p>
        <p>Thank you!<br>Kvarn Labs Talent Team</p>
        </body></html>
        """)
    headers = [
        rcv("from mail173-3.suw61.mandrillapp.com (mail173-3.suw61.mandrillapp.com [198.2.173.3])",
            "2026-03-26 10:00:07", "UTC", "b12-20020a05620a0b0c00b007b6e1sor2230914qkh.61"),
        ("From", addr("Kvarn Labs", "no-reply@us.greenhouse-mail.io")),
        ("To", addr("Daniela Ospina", ME)),
        ("Subject", "Kvarn Labs would love your feedback"),
        ("Date", date("2026-03-26 10:00:07", "UTC")),
        ("Message-ID", "<66029a07c1e3b_2a8f4c91d30e7@greenhouse-app-5d1a.mail>"),
    ]
    return message(headers, alt(text(plain), html(page)))


# --------------------------------------------------------------------------- key 50


@reg(family="visa_appointment", lang="es", interview=False, company=None,
     note="US visa appointment confirmation: biometrics (Mon 30 Nov) and consular interview (Thu 3 Dec, 7:30 a. m.); "
          "a government 'entrevista', not a job interview",
     days=(("Mon", "2026-11-30"), ("Thu", "2026-12-03")))
def visa_cita():
    plain = t("""
        Confirmación de cita / Appointment Confirmation

        Solicitante principal: OSPINA RESTREPO, DANIELA
        Número de confirmación: 7749180362
        Tipo de visa: B1/B2

        Cita en el Centro de Atención al Solicitante (CAS) - toma de huellas y fotografía:
        Bogotá CAS - Calle 24 # 48-50, Centro Comercial Gran Estación
        lunes 30 de noviembre de 2026, 09:15

        Cita consular (entrevista):
        Embajada - Sección Consular, Bogotá
        jueves 3 de diciembre de 2026, 07:30

        Por favor llegue 15 minutos antes de su cita. Traiga esta carta de confirmación impresa, su pasaporte
        vigente y la página de confirmación del formulario DS-160. No se permite el ingreso con dispositivos
        electrónicos.

        Para reprogramar su cita ingrese a su cuenta: https://ais.usvisa-info.com/es-co/niv/users/sign_in

        Este es un mensaje automático. No responda a este correo.
        """)
    headers = [
        rcv("from mail.usvisa-info.com (mail.usvisa-info.com [52.55.191.84])", "2026-11-19 07:05:33", BOG,
            "c17-20020a05620a113100b0079a4dsor10027qkm.5"),
        ("From", addr("US Visa Info - Colombia", "noreply@usvisa-info.com")),
        ("To", ME),
        ("Subject", enc("Confirmación de cita / Appointment Confirmation - 7749180362")),
        ("Date", date("2026-11-19 07:05:33", BOG)),
        ("Message-ID", "<5f0e1c2b-7749180362-confirm@ais.usvisa-info.com>"),
    ]
    return message(headers, text(plain, cte="base64"))
