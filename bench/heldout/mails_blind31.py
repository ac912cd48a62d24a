"""blind31: 50 hand-written mails from the inbox of a software engineer in Mexico City.

Inbox owner: Mariana Téllez <mariana.tellez@example.org>, America/Mexico_City (UTC-6 all year since
2022). She applies in CDMX, Guadalajara, Monterrey, Querétaro and remotely for US, Spanish and
Colombian companies. Written blind (see blind31/README.md); MIME plumbing and checks from make.py.

Writing order = key order: keys 1-23 are the positives, 24-50 the negatives. File numbers are a
fixed shuffle of that order: ORDER = random.Random(31031).sample(range(1, 51), 50).
"""

from __future__ import annotations

import random

import make
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

# Windows zone names used by the Exchange invitations below (the checks map them to IANA).
make.WINDOWS_ZONES.setdefault("Central Standard Time (Mexico)", "America/Mexico_City")
make.WINDOWS_ZONES.setdefault("SA Pacific Standard Time", "America/Bogota")

SET = "blind31"
ORDER = random.Random(31031).sample(range(1, 51), 50)
_key = [0]

ME = "mariana.tellez@example.org"
ME_NAME = "Mariana Téllez"
MX = "America/Mexico_City"
BOG = "America/Bogota"
MAD = "Europe/Madrid"
NY = "America/New_York"
CHI = "America/Chicago"
LA = "America/Los_Angeles"


def reg(**kw):
    """Register the next mail in writing order under its shuffled file number."""
    _key[0] += 1
    name = f"{SET}_{ORDER[_key[0] - 1]:03d}"
    return mail(name, **kw)


def me() -> str:
    return addr(ME_NAME, ME)


def rcv(host: str, ip: str, when: str, zone: str, ident: str, lag: int = 2) -> tuple[str, str]:
    return ("Received", received(f"from {host} ({host} [{ip}])", when, zone,
                                 f"mx.google.com with ESMTPS id {ident}", ME, lag))


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, host: str, ip: str,
         ident: str, to: str | None = None, extra: tuple[tuple[str, str], ...] = (),
         before: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    if not frm.isascii():  # "Name <a@b>" with a non-ASCII display name -> RFC 2047
        from email.utils import parseaddr

        frm = addr(*parseaddr(frm))
    hs = [("Delivered-To", ME), rcv(host, ip, when, zone, ident), *before,
          ("From", frm), ("To", to or me()), ("Subject", enc(subject)),
          ("Date", date(when, zone)), ("Message-ID", msgid)]
    hs += list(extra)
    return hs


def page(body_html: str, lang: str = "es") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"></head>\n'
            '<body style="margin:0;padding:0;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif">\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table role="presentation" width="600" cellpadding="24" cellspacing="0" '
            'style="background:#ffffff;color:#1f2933;font-size:14px;line-height:1.5">\n<tr><td>\n'
            f"{body_html}\n</td></tr>\n</table>\n</td></tr></table>\n</body></html>\n")


def paras(plain: str) -> str:
    """Plain text -> <p> blocks with <br> line breaks (how most ATS templates render)."""
    import html as _h

    out = []
    for block in plain.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(_h.escape(x) for x in block.split("\n")) + "</p>")
    return "\n".join(out)


# ----------------------------------------------------------------------------- VTIMEZONEs

VTZ_MX_WIN = """BEGIN:VTIMEZONE
TZID:Central Standard Time (Mexico)
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
END:STANDARD
END:VTIMEZONE"""

VTZ_BOG_WIN = """BEGIN:VTIMEZONE
TZID:SA Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
END:STANDARD
END:VTIMEZONE"""

VTZ_MX = """BEGIN:VTIMEZONE
TZID:America/Mexico_City
X-LIC-LOCATION:America/Mexico_City
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

VTZ_MAD = """BEGIN:VTIMEZONE
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

TEAMS_ES = """________________________________________________________________________________
Reunión de Microsoft Teams
Unirse desde el equipo o la aplicación móvil
Haga clic aquí para unirse a la reunión<{link}>
Id. de reunión: {mid}
Código de acceso: {code}
________________________________
¿Necesita ayuda?<https://aka.ms/JoinTeamsMeeting?omkt=es-MX> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


def google_footer_es(organizer: str) -> str:
    return t(f"""
        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Recibes este correo porque eres un invitado al evento. Para dejar de recibir
        actualizaciones de este evento, rechaza la invitación.

        Si reenvías esta invitación, cualquier destinatario podría enviar una respuesta al
        organizador, actualizar su respuesta, agregar o quitar invitados, etc. Más información:
        https://support.google.com/calendar/answer/37135#forwarding
        Organizador: {organizer}
        """)


# =============================================================================== POSITIVES

# 1 ------------------------------------------------------------------ agency, usted, plain text
@reg(family="human_prose", lang="es-MX", interview=True, kind="scheduled",
     start="2026-03-12T17:00:00Z", end=None, contact="veronica.salgado@talentonorte.com.mx",
     company="Finanzas Cóndor", local="Thu 2026-03-12 11:00", zone=MX,
     note="Agency recruiter confirms the client interview 'jueves 12 de marzo, 11:00 am (hora del "
          "centro de México)' = UTC-6 -> 17:00Z; no duration; contact = human sender (agency)")
def m01() -> bytes:
    body = t("""
        Buen día Mariana,

        Por medio del presente le confirmo su entrevista con nuestro cliente Finanzas Cóndor para la vacante de Desarrollador Backend Sr.

        Fecha: jueves 12 de marzo de 2026
        Hora: 11:00 am (hora del centro de México)
        Modalidad: videollamada por Microsoft Teams
        Entrevistador: Ing. Alfredo Barragán, Gerente de Desarrollo

        En breve le llegará la invitación de Teams directamente del cliente. Le pido de favor conectarse 5 minutos antes y tener a la mano su CV actualizado.

        Cualquier duda quedo a sus órdenes.

        Saludos cordiales,

        Lic. Verónica Salgado
        Consultora Sr. de Reclutamiento TI
        Talento Norte Consultores
        Tel. 55 4321 8876 | veronica.salgado@talentonorte.com.mx
        """)
    hs = head(addr("Verónica Salgado", "veronica.salgado@talentonorte.com.mx"),
              "Confirmación entrevista - Desarrollador Backend Sr. (Finanzas Cóndor)",
              "2026-03-09 10:14:37", MX, "<CAJ7p0xQ2mVb3rk9Lw1=Fq8sN4tYc0aE@mail.gmail.com>",
              host="mail-sor-f69.google.com", ip="209.85.220.69", ident="a17si4417025qtb.118")
    return message(hs, text(body))


# 2 ------------------------------------------------------------------ Greenhouse, US Eastern (EDT)
@reg(family="greenhouse", lang="en", interview=True, kind="scheduled",
     start="2026-03-19T17:00:00Z", end="2026-03-19T18:00:00Z",
     contact="brianna.cole@larkspurhealth.com", company="Larkspur Health",
     local="Thu 2026-03-19 13:00", local_end="2026-03-19 14:00", zone=NY,
     note="Greenhouse confirmation '1:00 PM - 2:00 PM EDT' on 19 March (US DST since 8 March) = "
          "17:00-18:00Z, i.e. 11:00 in Mexico City; ICS in UTC agrees; contact = Reply-To coordinator")
def m02() -> bytes:
    body = t("""
        Hi Mariana,

        Thank you for taking the time to interview for the Senior Backend Engineer role at Larkspur Health! Here are the details of your upcoming interview:

        Technical Interview
        Thursday, March 19, 2026
        1:00 PM - 2:00 PM EDT

        Location: Zoom
        https://larkspurhealth.zoom.us/j/83019274410?pwd=bFJ2cXRkQmV5dUxWa3Y0dz09

        Interviewers:
        Owen Fitzgerald - Staff Engineer
        Priya Raman - Engineering Manager

        Please note the time zone above. If you need to make any changes, just reply to this email and I'll be happy to help.

        Best,
        Brianna Cole
        Recruiting Coordinator, Larkspur Health
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-71029384-5521@greenhouse.io
        DTSTAMP:20260313T130211Z
        DTSTART:20260319T170000Z
        DTEND:20260319T180000Z
        SUMMARY:Technical Interview - Mariana Téllez - Larkspur Health
        LOCATION:https://larkspurhealth.zoom.us/j/83019274410
        DESCRIPTION:Interviewers: Owen Fitzgerald\\, Priya Raman
        ORGANIZER;CN=Brianna Cole:mailto:brianna.cole@larkspurhealth.com
        ATTENDEE;CN=Mariana Téllez;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mariana.tellez@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Larkspur Health <no-reply@us.greenhouse-mail.io>",
              "Interview Confirmation: Senior Backend Engineer at Larkspur Health",
              "2026-03-13 09:02:11", NY,
              "<20260313130211.1.8d1c27a0b4e3f5d6@us.greenhouse-mail.io>",
              host="o1.us.greenhouse-mail.io", ip="167.89.12.44", ident="d9si1092337qkl.301",
              extra=(("Reply-To", "Brianna Cole <brianna.cole@larkspurhealth.com>"),))
    return message(hs, mixed(alt(text(body), html(page(paras(body), "en"))),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


# 3 ------------------------------------------------------------------ Google Calendar invite, es UI
@reg(family="google_calendar", lang="es-MX", interview=True, kind="scheduled",
     start="2026-03-24T22:00:00Z", end="2026-03-24T23:00:00Z", contact="rodrigo@tapatiolabs.mx",
     company="Tapatío Labs", local="Tue 2026-03-24 16:00", local_end="2026-03-24 17:00", zone=MX,
     note="Google Calendar invitation (Spanish UI) 'martes, 24 de marzo de 2026 · 4:00 – 5:00pm, "
          "Hora estándar central - Ciudad de México' = 22:00-23:00Z; ICS in UTC; contact = organizer")
def m03() -> bytes:
    desc = ("Hola Mariana, esta es la entrevista técnica con Rodrigo (CTO) y Maite (Tech Lead). "
            "Vamos a platicar de tu experiencia y hacer un ejercicio de live coding en Python, nada "
            "del otro mundo. ¡Nos vemos!")
    body = t(f"""
        Entrevista técnica | Tapatío Labs <> Mariana Téllez
        martes, 24 de marzo de 2026 · 4:00 – 5:00pm
        Zona horaria: Hora estándar central - Ciudad de México

        {desc}

        Unirse con Google Meet
        https://meet.google.com/xqv-hdwm-kpa

        Unirse por teléfono
        (MX) +52 55 8421 0937 PIN: 418 220 771#
        Más números de teléfono: https://tel.meet/xqv-hdwm-kpa?pin=6620481935512

        Invitados
        Rodrigo Anaya - organizador
        maite@tapatiolabs.mx
        mariana.tellez@example.org
        Ver todos los detalles de los invitados: https://calendar.google.com/calendar/event?action=VIEW&eid=NWsyZ3Y4bmJwcTBm&tok=MjMjcm9kcmlnbw&ctz=America%2FMexico_City&hl=es

        Responder a rodrigo@tapatiolabs.mx y a los invitados o reenviar este mensaje
        ¿Asistirás?
        Sí: https://calendar.google.com/calendar/event?action=RESPOND&eid=NWsyZ3Y4bmJwcTBm&rst=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid=NWsyZ3Y4bmJwcTBm&rst=2
        Quizás: https://calendar.google.com/calendar/event?action=RESPOND&eid=NWsyZ3Y4bmJwcTBm&rst=3
        Más opciones: https://calendar.google.com/calendar/event?action=VIEW&eid=NWsyZ3Y4bmJwcTBm

        """) + google_footer_es("rodrigo@tapatiolabs.mx")
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20260324T220000Z
        DTEND:20260324T230000Z
        DTSTAMP:20260318T234005Z
        ORGANIZER;CN=Rodrigo Anaya:mailto:rodrigo@tapatiolabs.mx
        UID:5k2gv8nbpq0f7s1d3e6h9j4m2c@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Rodrigo Anaya;X-NUM-GUESTS=0:mailto:rodrigo@tapatiolabs.mx
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=maite@tapatiolabs.mx;X-NUM-GUESTS=0:mailto:maite@tapatiolabs.mx
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mariana.tellez@example.org;X-NUM-GUESTS=0:mailto:mariana.tellez@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/xqv-hdwm-kpa
        CREATED:20260318T233912Z
        DESCRIPTION:{desc}\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nÚnete con Google Meet: https://meet.google.com/xqv-hdwm-kpa\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
        LAST-MODIFIED:20260318T234004Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista técnica | Tapatío Labs <> Mariana Téllez
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Rodrigo Anaya", "rodrigo@tapatiolabs.mx"),
              "Invitación: Entrevista técnica | Tapatío Labs <> Mariana Téllez @ mar 24 de mar de "
              "2026 4pm - 5pm (CST) (mariana.tellez@example.org)",
              "2026-03-18 17:40:05", MX, "<calendar-3f1b6c2e-9d4a-4e7b-b0a2-7c5e1d8f9a03@google.com>",
              host="mail-sor-f73.google.com", ip="209.85.220.73", ident="b8si2231907qtw.402",
              before=(("Sender", "Google Calendar <calendar-notification@google.com>"),),
              extra=(("Reply-To", "rodrigo@tapatiolabs.mx"),))
    return message(hs, mixed(
        alt(text(body), html(page(paras(body))), calendar(ics, method="REQUEST", cte="quoted-printable")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True)))


# 4 ------------------------------------------------------------------ Exchange invite, Monterrey
@reg(family="outlook_exchange", lang="es-MX", interview=True, kind="scheduled",
     start="2026-04-09T16:00:00Z", end="2026-04-09T17:00:00Z",
     contact="karla.villarreal@cumbredigital.com.mx", company="Cumbre Digital",
     local="Thu 2026-04-09 10:00", local_end="2026-04-09 11:00", zone=MX,
     note="Exchange meeting request, TZID 'Central Standard Time (Mexico)' (UTC-6, no DST): "
          "10:00-11:00 = 16:00-17:00Z; body 'jueves 9 a las 10:00', 'Serán 60 minutos'; "
          "contact = organizer/sender")
def m04() -> bytes:
    teams = TEAMS_ES.format(
        link="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk4NjFjYmEtOWQ0Zi00@thread.v2/0",
        mid="263 481 905 117", code="Zq7mF4")
    body = t("""
        Hola Mariana,

        Como lo platicamos por teléfono, te envío la invitación para tu entrevista técnica con el equipo de Plataforma (Mauricio Treviño y Elena Cantú) el jueves 9 a las 10:00. Serán 60 minutos: 15 de presentación y 45 de preguntas técnicas sobre microservicios y AWS.

        Saludos,
        Karla

        """) + teams
    desc = body.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {VTZ_MX_WIN.replace(chr(10), chr(10) + '        ')}
        BEGIN:VEVENT
        ORGANIZER;CN=Karla Villarreal:mailto:karla.villarreal@cumbredigital.com.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mariana Téllez:mailto:mariana.tellez@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mauricio Treviño:mailto:mauricio.trevino@cumbredigital.com.mx
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Elena Cantú:mailto:elena.cantu@cumbredigital.com.mx
        DESCRIPTION;LANGUAGE=es-MX:{desc}
        UID:040000008200E00074C5B7101A82E00800000000B0C7E39D27C6DC01000000000000000010000000A43E1F0B7C2D5B4E8B9A6E2F1C3D4E5F
        SUMMARY;LANGUAGE=es-MX:Entrevista técnica - Mariana Téllez
        DTSTART;TZID=Central Standard Time (Mexico):20260409T100000
        DTEND;TZID=Central Standard Time (Mexico):20260409T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260406T153041Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-MX:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2126734219
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}}
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-LOCATIONS:[{{"DisplayName":"Reunión de Microsoft Teams"\\,"LocationAnnotation":""\\,"LocationSource":0\\,"Unresolved":false\\,"LocationUri":""}}]
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Karla Villarreal", "karla.villarreal@cumbredigital.com.mx"),
              "Entrevista técnica - Mariana Téllez", "2026-04-06 09:30:41", MX,
              "<MN2PR04MB6911A3C4E2B1D7F0C9A8B1E2F3D49@MN2PR04MB6911.namprd04.prod.outlook.com>",
              host="NAM12-DM6-obe.outbound.protection.outlook.com", ip="40.107.243.68",
              ident="x4si5521873qvb.77",
              extra=(("Thread-Topic", enc("Entrevista técnica - Mariana Téllez")),
                     ("Thread-Index", "AdzF3kq8m7vJ2pQnR0e4XwB9yZt1Lg=="),
                     ("Content-Language", "es-MX"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                     ("X-MS-Exchange-Calendar-Originator-Id", "4b1f8d2c-7e3a-4c6f-9b0d-2e5a8c7f1d36")))
    return message(hs, alt(text(body), html(page(paras(body))),
                           calendar(ics, method="REQUEST", cte="base64")))


# 5 ------------------------------------------------------------------ Calendly invitee confirmation, es
@reg(family="calendly", lang="es-MX", interview=True, kind="scheduled",
     start="2026-04-15T16:30:00Z", end="2026-04-15T17:00:00Z", contact="sofia.mendoza@nubeclara.io",
     company="Nubeclara", local="Wed 2026-04-15 10:30", local_end="2026-04-15 11:00", zone=MX,
     note="Calendly booking confirmation in Spanish '10:30 - 11:00, miércoles, 15 de abril de 2026 "
          "(Hora central - México)' = 16:30-17:00Z; contact = Reply-To host (follows the self-"
          "schedule link mail in this set)")
def m05() -> bytes:
    body = t("""
        Hola, Mariana Téllez:

        Se programó tu Entrevista inicial con Sofía Mendoza.

        Tipo de evento:
        Entrevista inicial – Nubeclara (30 min)

        Fecha del evento:
        10:30 - 11:00, miércoles, 15 de abril de 2026 (Hora central - México)

        Ubicación:
        Esta es una reunión de Google Meet. Los detalles de la conferencia web se proporcionan en el evento del calendario.
        https://meet.google.com/bnt-qzrw-fye

        Se han enviado actualizaciones del calendario a tu correo.

        ¿Necesitas hacer cambios en este evento?
        Cancelar: https://calendly.com/cancellations/8f3a2c1e-6b7d-4e90-a1c2-5d4f3e2b1a09
        Reprogramar: https://calendly.com/reschedulings/8f3a2c1e-6b7d-4e90-a1c2-5d4f3e2b1a09

        Desarrollado por Calendly.com
        """)
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmado: Entrevista inicial – Nubeclara (30 min) con Sofía Mendoza el miércoles, "
              "15 de abril de 2026", "2026-04-08 08:12:50", MX,
              "<0100019d6f2a44c1-3b8e7f21-9a5c-4d0e-b6f3-1c2d3e4f5a6b-000000@email.amazonses.com>",
              host="a48-93.smtp-out.amazonses.com", ip="54.240.48.93", ident="m12si3390817qvh.9",
              extra=(("Reply-To", addr("Sofía Mendoza", "sofia.mendoza@nubeclara.io")),))
    return message(hs, alt(text(body), html(page(paras(body)))))


# 6 ------------------------------------------------------------------ Colombia, usted, ISO-8859-1
@reg(family="human_prose", lang="es-CO", interview=True, kind="scheduled",
     start="2026-04-21T14:00:00Z", end="2026-04-21T15:00:00Z", contact="jrestrepo@fintrapay.co",
     company="Fintrapay", local="Tue 2026-04-21 09:00", local_end="2026-04-21 10:00", zone=BOG,
     note="Colombian HR confirms '9:00 a.m. hora Colombia (8:00 a.m. hora de Ciudad de México)', "
          "Bogotá UTC-5 -> 14:00Z; 'Duración: una hora' exact -> end 15:00Z; ISO-8859-1 8bit")
def m06() -> bytes:
    body = t("""
        Cordial saludo Mariana,

        Espero que se encuentre muy bien. De acuerdo con lo conversado en la llamada de ayer, le confirmamos la entrevista técnica para el cargo de Desarrollador(a) Backend Senior:

        - Fecha: martes 21 de abril de 2026
        - Hora: 9:00 a.m. hora Colombia (8:00 a.m. hora de Ciudad de México)
        - Duración: una hora
        - Medio: Google Meet, meet.google.com/vkd-tsox-hqa
        - Entrevistadores: Camilo Ospina (Líder de Ingeniería) y Natalia Gómez (Arquitecta de Software)

        Le agradecemos confirmar su asistencia respondiendo este correo.

        Quedo muy atenta a cualquier inquietud.

        Un abrazo,

        Juliana Restrepo Vélez
        Analista de Talento Humano
        Fintrapay S.A.S. · Medellín, Colombia
        """)
    hs = head(addr("Juliana Restrepo Vélez", "jrestrepo@fintrapay.co", "iso-8859-1"),
              "Entrevista técnica - Desarrollador(a) Backend Senior | Fintrapay",
              "2026-04-16 15:48:20", BOG, "<SA1PR05MB8340D2E6A9F14C2B7A1E5C0D9B8F2@SA1PR05MB8340.namprd05.prod.outlook.com>",
              host="NAM10-BN7-obe.outbound.protection.outlook.com", ip="40.107.92.51",
              ident="r3si1187204qtx.55", extra=(("Content-Language", "es-CO"),))
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


# 7 ------------------------------------------------------------------ Teamtailor, Madrid (CET)
@reg(family="teamtailor", lang="es-ES", interview=True, kind="scheduled",
     start="2026-03-26T16:00:00Z", end="2026-03-26T16:45:00Z",
     contact="lucia.ferrer@olivarsoftware.es", company="Olivar Software",
     local="Thu 2026-03-26 17:00", local_end="2026-03-26 17:45", zone=MAD,
     note="Teamtailor confirmation '17:00 – 17:45 (CET, hora de Madrid)' on 26 March, before the "
          "EU switch to CEST on 29 March -> 16:00-16:45Z (10:00 in CDMX); ICS TZID Europe/Madrid; "
          "contact = Reply-To recruiter")
def m07() -> bytes:
    body = t("""
        ¡Hola Mariana!

        Gracias por reservar un hueco con nosotros. Tu entrevista está confirmada:

        Entrevista con el equipo técnico
        jueves, 26 de marzo de 2026
        17:00 – 17:45 (CET, hora de Madrid)

        Dónde: Google Meet – https://meet.google.com/pzh-kmtw-eqa
        Con: Lucía Ferrer (Talent) y Pablo Sanz (Engineering Manager)

        Si te surge cualquier imprevisto, puedes cambiar la hora desde aquí:
        https://olivarsoftware.teamtailor.com/meetings/4b8e1f0a-7c2d/reschedule

        ¡Un saludo y hasta el jueves!
        Lucía y el equipo de Olivar
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Meetings//ES
        METHOD:REQUEST
        {VTZ_MAD.replace(chr(10), chr(10) + '        ')}
        BEGIN:VEVENT
        UID:meeting-4b8e1f0a-7c2d-4a55-9e61-0d3c2b1a4f77@teamtailor.com
        DTSTAMP:20260320T113007Z
        DTSTART;TZID=Europe/Madrid:20260326T170000
        DTEND;TZID=Europe/Madrid:20260326T174500
        SUMMARY:Entrevista con el equipo técnico – Olivar Software
        LOCATION:https://meet.google.com/pzh-kmtw-eqa
        ORGANIZER;CN=Lucía Ferrer:mailto:lucia.ferrer@olivarsoftware.es
        ATTENDEE;CN=Mariana Téllez;PARTSTAT=ACCEPTED:mailto:mariana.tellez@example.org
        ATTENDEE;CN=Pablo Sanz;PARTSTAT=ACCEPTED:mailto:pablo.sanz@olivarsoftware.es
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Olivar Software <no-reply@teamtailor-mail.com>",
              "Entrevista confirmada: Backend Developer (Remoto LATAM) – Olivar Software",
              "2026-03-20 12:30:07", MAD,
              "<6a1f0e2d3c4b.20260320113007.olivarsoftware@teamtailor-mail.com>",
              host="mail-eu1.teamtailor-mail.com", ip="185.243.78.20", ident="k22si7710452qkj.211",
              extra=(("Reply-To", addr("Lucía Ferrer", "lucia.ferrer@olivarsoftware.es")),))
    return message(hs, mixed(alt(text(body), html(page(paras(body)))),
                             calendar(ics, method="REQUEST", cte="base64", filename="entrevista.ics",
                                      disposition="attachment")))


# 8 ------------------------------------------------------------------ Lever, US Pacific (PDT)
@reg(family="lever", lang="en", interview=True, kind="scheduled",
     start="2026-05-04T16:00:00Z", end="2026-05-04T16:45:00Z",
     contact="derek.okafor@quillstone.com", company="Quillstone",
     local="Mon 2026-05-04 09:00", local_end="2026-05-04 09:45", zone=LA,
     note="Lever confirmation '9:00am - 9:45am PDT' = 16:00-16:45Z (10:00 CDMX); ICS in UTC; "
          "contact = Reply-To recruiter (From is no-reply@hire.lever.co)")
def m08() -> bytes:
    body = t("""
        Hi Mariana,

        You're all set! Your interview for Software Engineer, Platform (Remote - LATAM) at Quillstone has been confirmed.

        Hiring Manager Chat with Tess Halvorsen
        Monday, May 4, 2026
        9:00am - 9:45am PDT (America/Los_Angeles)

        Google Meet: https://meet.google.com/owj-pfkb-rtx

        Need to reschedule? Just reply to this email.

        Thanks,
        Derek Okafor
        Talent Partner, Quillstone
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Lever//Lever Scheduling//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:lever-3e9a6c1d-2b7f-4d08-8e5a-9f1c0b2d3e4a
        DTSTAMP:20260428T212033Z
        DTSTART:20260504T160000Z
        DTEND:20260504T164500Z
        SUMMARY:Quillstone - Hiring Manager Chat (Mariana Téllez)
        LOCATION:https://meet.google.com/owj-pfkb-rtx
        ORGANIZER;CN=Derek Okafor:mailto:derek.okafor@quillstone.com
        ATTENDEE;CN=Mariana Téllez;RSVP=TRUE:mailto:mariana.tellez@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Derek Okafor", "no-reply@hire.lever.co"),
              "Your interview with Quillstone is confirmed", "2026-04-28 14:20:33", LA,
              "<0100019dd61f8a2b-7c1e4f09-2a3b-4c5d-8e9f-0a1b2c3d4e5f-000000@email.amazonses.com>",
              host="a8-30.smtp-out.amazonses.com", ip="54.240.8.30", ident="h5si9921443qvd.12",
              extra=(("Reply-To", "derek.okafor@quillstone.com"),))
    return message(hs, mixed(alt(text(body), html(page(paras(body), "en"))),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


# 9 ------------------------------------------------------------------ Workable, Querétaro, onsite
@reg(family="workable", lang="es-MX", interview=True, kind="scheduled",
     start="2026-05-11T18:00:00Z", end="2026-05-11T19:00:00Z",
     contact="anapaula.guerrero@bajiorobotics.mx", company="Bajío Robotics",
     local="Mon 2026-05-11 12:00", local_end="2026-05-11 13:00", zone=MX,
     note="Workable 'lunes 11 de mayo de 2026, 12:00 – 13:00 (GMT-06:00) Ciudad de México' = "
          "18:00-19:00Z; Reply-To is a Workable relay, so contact = recruiter address in the signature")
def m09() -> bytes:
    body = t("""
        Hola Mariana,

        ¡Gracias por elegir un horario! Tu entrevista quedó programada:

        Entrevista presencial con el equipo de Firmware
        lunes 11 de mayo de 2026, 12:00 – 13:00 (GMT-06:00) Ciudad de México

        Lugar: Bajío Robotics, Av. de la Luz 1420, Parque Industrial Bernardo Quintana, El Marqués, Qro.
        Pregunta por Ana Paula en recepción y trae una identificación oficial.

        Si necesitas cambiar la fecha, responde a este correo.

        Saludos,
        Ana Paula Guerrero
        Talent Acquisition | Bajío Robotics
        anapaula.guerrero@bajiorobotics.mx · +52 442 219 0374

        --
        Enviado con Workable
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workable//Workable Events//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:wkbl-ev-6c2f91a0d7e3@workable.com
        DTSTAMP:20260505T170319Z
        DTSTART:20260511T180000Z
        DTEND:20260511T190000Z
        SUMMARY:Entrevista presencial - Bajío Robotics
        LOCATION:Av. de la Luz 1420\\, Parque Industrial Bernardo Quintana\\, El Marqués\\, Qro.
        ORGANIZER;CN=Bajío Robotics:mailto:bajio-robotics+c7f2e91a0d@candidates.workablemail.com
        ATTENDEE;CN=Mariana Téllez;RSVP=TRUE:mailto:mariana.tellez@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Bajío Robotics <noreply@candidates.workablemail.com>",
              "Entrevista programada: Ingeniero(a) de Software Embebido en Bajío Robotics",
              "2026-05-05 11:03:19", MX, "<wkbl.6c2f91a0d7e3.20260505170319@workablemail.com>",
              host="mail-out-12.workablemail.com", ip="198.21.4.112", ident="p9si4409215qtk.63",
              extra=(("Reply-To", "bajio-robotics+c7f2e91a0d@candidates.workablemail.com"),))
    return message(hs, mixed(alt(text(body), html(page(paras(body)))),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


# 10 ----------------------------------------------------------------- forward to self
@reg(family="forward", lang="es-MX", interview=True, kind="scheduled",
     start="2026-03-20T19:30:00Z", end=None, contact="hector.ibarra@reclutaplus.mx",
     company="Logística Pegaso", local="Fri 2026-03-20 13:30", zone=MX,
     note="Candidate forwards to herself the agency's confirmation 'viernes 20 de marzo a las 13:30 "
          "hrs' (CDMX, UTC-6) -> 19:30Z; contact = recruiter in the forwarded header")
def m10() -> bytes:
    body = t("""
        para no olvidar!! llevar INE y 2 copias del CV impresas

        ---------- Forwarded message ---------
        De: Héctor Ibarra <hector.ibarra@reclutaplus.mx>
        Date: vie, 13 mar 2026 a las 18:05
        Subject: Confirmación de entrevista
        To: <mariana.tellez@example.org>


        Mariana buenas tardes

        Queda confirmada tu entrevista con Logística Pegaso para el viernes 20 de marzo a las 13:30 hrs, presencial en sus oficinas: Av. Insurgentes Sur 1677, piso 9, col. Guadalupe Inn. Te va a atender la Ing. Rebeca Lara, Jefa de Desarrollo, y después pasas con RH.

        Cualquier cosa me mandas whats al 55 1298 4410

        Saludos
        Héctor Ibarra
        Reclutaplus | Headhunting TI
        """)
    hs = head(me(), "Fwd: Confirmación de entrevista", "2026-03-13 22:41:09", MX,
              "<CAHx9sT4Lk0pQ2nR7wZ3bV8mJ1cY5dE6fG7hI8jK9lM0@mail.gmail.com>",
              host="mail-sor-f41.google.com", ip="209.85.220.41", ident="c2si8830116qkb.190")
    return message(hs, alt(text(body), html(gmail_html(body))))


# 11 ----------------------------------------------------------------- reply on top, tú, Guadalajara
@reg(family="human_reply", lang="es-MX", interview=True, kind="scheduled",
     start="2026-04-22T23:00:00Z", end=None, contact="fer.orozco@agavedata.mx",
     company="Agave Data", local="Wed 2026-04-22 17:00", zone=MX,
     note="Recruiter closes the thread 'quedamos el miércoles a las 5 pm'; the quoted thread fixes "
          "miércoles 22 (Guadalajara = CDMX time) -> 23:00Z; 'como 45 min' approximate -> no end")
def m11() -> bytes:
    body = t("""
        Perfecto Mariana, quedamos el miércoles a las 5 pm entonces 🙌
        En un ratito te llega la invitación de Meet. Vas a platicar con Iván (Head of Engineering), como 45 min.

        Saludos!
        Fer

        El vie, 17 abr 2026 a las 19:26, Mariana Téllez (<mariana.tellez@example.org>) escribió:
        > Hola Fer, muchas gracias.
        > El miércoles 22 a las 5 pm me queda perfecto.
        > Saludos,
        > Mariana
        >
        > El jue, 16 abr 2026 a las 13:05, Fernanda Orozco (<fer.orozco@agavedata.mx>) escribió:
        >> Hola Mariana! Qué gusto saludarte.
        >> Me encantaría que platicaras con Iván, nuestro Head of Engineering. ¿Te acomoda el miércoles 22 a las 5 pm o el jueves 23 a las 10 am (hora de Guadalajara, que es la misma que CDMX)?
        >> Saludos,
        >> Fernanda Orozco
        >> Talent | Agave Data
        """)
    hs = head(addr("Fernanda Orozco", "fer.orozco@agavedata.mx"), "Re: Entrevista con Agave Data",
              "2026-04-20 09:12:44", MX, "<CAN3qW8e+Vt2hYk1Pz0Lm4=Rb7sX9uA2cD5fH@mail.gmail.com>",
              host="mail-sor-f65.google.com", ip="209.85.220.65", ident="e7si6620941qvt.88",
              extra=(("In-Reply-To", "<CAGm5Rt1kXw7Q0p@mail.gmail.com>"),
                     ("References", "<CAFz2Lq8Yb3n@mail.gmail.com> <CAGm5Rt1kXw7Q0p@mail.gmail.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


# 12 ----------------------------------------------------------------- Workday, HTML only, onsite CDMX
@reg(family="workday", lang="en", interview=True, kind="scheduled",
     start="2026-05-19T16:00:00Z", end="2026-05-19T18:00:00Z", contact=None,
     company="Meridian Trust", local="Tue 2026-05-19 10:00", local_end="2026-05-19 12:00", zone=MX,
     note="Workday HTML-only (base64) 'Tuesday, May 19, 2026, 10:00 AM - 12:00 PM (GMT-06:00) "
          "Central Time (Mexico City)' = 16:00-18:00Z; no human address -> contact null")
def m12() -> bytes:
    body = t("""
        <p>Dear Mariana,</p>
        <p>Your interview for <b>Software Engineer II (R-10482) - Mexico City Tech Hub</b> has been scheduled. Please review the details below.</p>
        <table cellpadding="6" cellspacing="0" style="border:1px solid #d0d7de;font-size:14px">
        <tr><td style="color:#57606a">Interview</td><td>Onsite Interview Loop</td></tr>
        <tr><td style="color:#57606a">Date</td><td>Tuesday, May 19, 2026</td></tr>
        <tr><td style="color:#57606a">Time</td><td>10:00 AM - 12:00 PM (GMT-06:00) Central Time (Mexico City)</td></tr>
        <tr><td style="color:#57606a">Location</td><td>Meridian Trust Tech Hub, Torre Arcos, Paseo de los Tamarindos 90, Piso 14, Bosques de las Lomas, Ciudad de M&eacute;xico</td></tr>
        <tr><td style="color:#57606a">Interviewers</td><td>Sergio Alc&aacute;ntara; Whitney Brooks; Hugo Mej&iacute;a</td></tr>
        </table>
        <p>Please bring a valid photo ID for building access. For questions, contact your recruiter through the Candidate Home portal.</p>
        <p><a href="https://wd5.myworkday.com/meridiantrust/d/home.htmld">View Candidate Home</a></p>
        <p style="color:#8c959f;font-size:12px">This is a system-generated email. Please do not reply.</p>
        """)
    hs = head("Meridian Trust <meridiantrust@myworkday.com>",
              "Interview Scheduled - Software Engineer II (R-10482)", "2026-05-12 16:40:00", MX,
              "<1398201745.82211.1778625600000@wd5-prod-mail-01.myworkday.com>",
              host="wd5-smtp-out3.myworkday.com", ip="199.68.113.23", ident="f1si2218840qtm.5")
    return message(hs, html(page(body, "en"), cte="base64"))


# 13 ----------------------------------------------------------------- US hiring manager, texting
@reg(family="human_reply", lang="en", interview=True, kind="scheduled",
     start="2026-11-04T20:30:00Z", end=None, contact="jake@bluebonnetlogistics.com",
     company="Bluebonnet Logistics", local="Wed 2026-11-04 14:30", zone=CHI,
     note="'tmrw 2:30 CT' from a Date of Tue 3 Nov (sent in CST, US DST ended 1 Nov) -> Wed 4 Nov "
          "14:30 CST = 20:30Z, same wall time as CDMX; 'shouldn't take more than 30 min' -> no end")
def m13() -> bytes:
    body = t("""
        hey Mariana - we're set for tmrw 2:30 CT, I'll call your cell (the +52 55 number on your resume). shouldn't take more than 30 min

        -Jake

        Sent from my iPhone

        > On Nov 2, 2026, at 6:48 PM, Mariana Téllez <mariana.tellez@example.org> wrote:
        >
        > Hi Jake, thanks for reaching out! Wednesday afternoon works for me, anytime after 2 pm Central.
        > Best,
        > Mariana
        """)
    hs = head("Jake Morrow <jake@bluebonnetlogistics.com>", "Re: Intro call - Bluebonnet Logistics",
              "2026-11-03 11:07:52", CHI, "<8E1F2A3B-4C5D-4E6F-9A0B-1C2D3E4F5A6B@bluebonnetlogistics.com>",
              host="mail-yw1-f174.google.com", ip="209.85.128.174", ident="g3si1130278qkc.33",
              extra=(("In-Reply-To", "<CAPd7Xs2Wq9k@mail.gmail.com>"),
                     ("References", "<B7C1D2E3@bluebonnetlogistics.com> <CAPd7Xs2Wq9k@mail.gmail.com>"),
                     ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body, cte="quoted-printable"))


# 14 ----------------------------------------------------------------- agency + pasted Zoom block, es
@reg(family="zoom", lang="es-MX", interview=True, kind="scheduled",
     start="2026-04-29T00:00:00Z", end=None, contact="rgarza@gruposelecta.com.mx",
     company="Transportes Sierra Madre", local="Tue 2026-04-28 18:00", zone=MX,
     note="Agency recruiter 'el martes a las 6 de la tarde' + Zoom 'Hora: 28 abr 2026 06:00 p. m. "
          "Ciudad de México' -> 00:00Z on 29 April (next UTC day); no duration")
def m14() -> bytes:
    body = t("""
        Mariana, buenas noches.

        Ya quedó tu entrevista con Transportes Sierra Madre, el cliente aceptó el martes a las 6 de la tarde. Te comparto los datos de Zoom:

        Ricardo Garza le está invitando a una reunión de Zoom programada.

        Tema: Entrevista Mariana Téllez - Backend Sr (Sierra Madre)
        Hora: 28 abr 2026 06:00 p. m. Ciudad de México

        Unirse a la reunión Zoom
        https://us06web.zoom.us/j/87120394452?pwd=aDZWcTNmYlR4b0VQV2FyZ0xhS2t0UT09

        ID de reunión: 871 2039 4452
        Código de acceso: 552190

        ---

        Entran el gerente de TI (Lic. Rogelio Benavides) y un líder técnico. La mitad va a ser en inglés, nomás para que lo tengas en cuenta.

        Saludos y mucho éxito,

        Ricardo Garza
        Grupo Selecta RH — Monterrey
        81 8340 2291
        """)
    hs = head(addr("Ricardo Garza", "rgarza@gruposelecta.com.mx"),
              "Entrevista Transportes Sierra Madre - martes 28 de abril", "2026-04-22 19:10:31", MX,
              "<CAKr2Zt0mWq8Lp3Yx7Nv5Bc1Df9Gh4Jk6@mail.gmail.com>",
              host="mail-sor-f50.google.com", ip="209.85.220.50", ident="j8si5530921qtp.140")
    return message(hs, alt(text(body), html(gmail_html(body))))


# 15 ----------------------------------------------------------------- formal onsite itinerary, cp1252
@reg(family="human_prose", lang="es-MX", interview=True, kind="scheduled",
     start="2026-05-21T15:30:00Z", end="2026-05-21T19:00:00Z",
     contact="claudia.rios@verticeaero.com.mx", company="Vértice Aeroespacial",
     local="Thu 2026-05-21 09:30", local_end="2026-05-21 13:00", zone=MX,
     note="Formal HTML-only letter (windows-1252, QP) with an onsite agenda 09:30-13:00 in "
          "Querétaro (UTC-6): first session to last end -> 15:30-19:00Z; contact = sender")
def m15() -> bytes:
    body = t("""
        <div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#000">
        <p>Estimada Mariana Téllez:</p>
        <p>Por medio del presente, y en seguimiento a nuestra conversación telefónica, le confirmo su visita a nuestras instalaciones para la etapa final del proceso de selección para la posición de <b>Ingeniero(a) de Software Sr.</b></p>
        <p><b>Fecha:</b> jueves 21 de mayo de 2026<br>
        <b>Lugar:</b> Vértice Aeroespacial, Carretera Estatal 200 km 22.5, Aeropuerto Intercontinental de Querétaro, Colón, Qro.</p>
        <p><b>Agenda:</b></p>
        <table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
        <tr><td>09:30 – 10:30</td><td>Entrevista técnica con Ing. Óscar Navarrete (Líder de Software de Vuelo)</td></tr>
        <tr><td>10:45 – 11:45</td><td>Panel con el equipo de Sistemas Embebidos</td></tr>
        <tr><td>12:00 – 13:00</td><td>Entrevista con Recursos Humanos y recorrido por planta</td></tr>
        </table>
        <p>Le solicitamos presentarse 15 minutos antes con identificación oficial y zapato cerrado (requisito de seguridad en planta). El estacionamiento de visitantes se encuentra en el acceso 2.</p>
        <p>Sin otro particular, quedo a sus órdenes para cualquier duda.</p>
        <p>Atentamente,<br><br>
        <b>Mtra. Claudia Ríos Bárcenas</b><br>
        Jefa de Atracción de Talento<br>
        Vértice Aeroespacial S.A. de C.V.<br>
        Tel. 442 296 1100 ext. 2310</p>
        </div>
        """)
    doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
           "</head><body>\n" + body + "</body></html>\n")
    hs = head(addr("Mtra. Claudia Ríos", "claudia.rios@verticeaero.com.mx", "windows-1252"),
              "Confirmación de visita - proceso Ingeniero(a) de Software Sr.", "2026-05-14 13:15:00", MX,
              "<DM8PR11MB5736F1E2D3C4B5A69788A9B0C1D2E@DM8PR11MB5736.namprd11.prod.outlook.com>",
              host="NAM11-DM6-obe.outbound.protection.outlook.com", ip="40.107.223.90",
              ident="n4si7749120qkn.201", extra=(("Content-Language", "es-MX"), ("Importance", "high")))
    return message(hs, html(doc, charset="windows-1252"))


# 16 ----------------------------------------------------------------- Barcelona after EU DST end
@reg(family="human_reply", lang="es-ES", interview=True, kind="scheduled",
     start="2026-10-27T16:00:00Z", end="2026-10-27T17:30:00Z", contact="jordi.puig@marinaquant.es",
     company="Marina Quant", local="Tue 2026-10-27 17:00", local_end="2026-10-27 18:30", zone=MAD,
     note="Sent Wed 21 Oct in CEST; 'martes 27 a las 17:00 hora de Barcelona' is after the switch "
          "to CET on 25 Oct -> 16:00Z (the mail also says 10:00 CDMX); 'La sesión dura 90 minutos' "
          "exact -> end 17:30Z; case interview, final round")
def m16() -> bytes:
    body = t("""
        Hola Mariana,

        Genial, pues te confirmo la entrevista final para el martes 27 a las 17:00 hora de Barcelona. Ojo, que el domingo 25 aquí cambiamos la hora (volvemos al horario de invierno), así que para ti serían las 10:00 de la mañana en CDMX.

        Será el caso práctico con Marta (CTO) y conmigo: te pasamos un pequeño dataset al empezar y lo vamos comentando juntos. La sesión dura 90 minutos. El enlace de Meet es el mismo de la otra vez: https://meet.google.com/ryd-uwbe-kox

        Cualquier cosa me dices.

        Un abrazo,
        Jordi

        --
        Jordi Puig i Serra
        Engineering Manager · Marina Quant
        Carrer de Pujades 77, 08005 Barcelona

        El lun, 19 oct 2026 a las 17:02, Mariana Téllez (<mariana.tellez@example.org>) escribió:
        > Hola Jordi,
        >
        > Muchas gracias por la noticia. Para la final tengo disponibilidad el martes 27 o el miércoles 28 en la mañana de México (de 9 a 13 h).
        >
        > Saludos,
        > Mariana
        """)
    hs = head("Jordi Puig <jordi.puig@marinaquant.es>", "Re: Siguiente paso - Marina Quant",
              "2026-10-21 18:30:12", MAD, "<CAB8t2Lq+Rk7Wm3Xp0Yz9=Nc4Vd6Fe1Gh@mail.gmail.com>",
              host="mail-wm1-f43.google.com", ip="209.85.128.43", ident="q6si3318804qvn.41",
              extra=(("In-Reply-To", "<CAHx2Mv7Qw1e@mail.gmail.com>"),
                     ("References", "<CAB8t1Kp0Xz@mail.gmail.com> <CAHx2Mv7Qw1e@mail.gmail.com>")))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


# 17 ----------------------------------------------------------------- Greenhouse reschedule, CDT
@reg(family="greenhouse", lang="en", interview=True, kind="rescheduled",
     start="2026-03-10T16:00:00Z", end="2026-03-10T17:00:00Z",
     contact="megan.walsh@prairieledger.com", company="Prairie Ledger",
     local="Tue 2026-03-10 11:00", local_end="2026-03-10 12:00", zone=CHI,
     note="Greenhouse reschedule sent Thu 5 Mar (CST); new slot '11:00 AM - 12:00 PM CDT' on 10 "
          "March (US DST from 8 March) = 16:00-17:00Z (10:00 CDMX); old slot also shown; ICS "
          "SEQUENCE:1 in UTC; contact = Reply-To coordinator")
def m17() -> bytes:
    body = t("""
        Hi Mariana,

        Your interview for Software Engineer, Data Platform at Prairie Ledger has been rescheduled. Please see the updated details below.

        UPDATED
        Tuesday, March 10, 2026
        11:00 AM - 12:00 PM CDT

        Previously: Monday, March 9, 2026, 2:00 PM - 3:00 PM CDT

        Location: Google Meet - https://meet.google.com/ngx-ywrd-ahs
        Interviewer: Ravi Subramanian (Senior Data Engineer)

        If this new time doesn't work, reply to this email and we'll find another one.

        Thanks,
        Megan Walsh
        Recruiting Coordinator, Prairie Ledger
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-69910427-3318@greenhouse.io
        DTSTAMP:20260305T224509Z
        DTSTART:20260310T160000Z
        DTEND:20260310T170000Z
        SUMMARY:Interview - Mariana Téllez - Prairie Ledger
        LOCATION:https://meet.google.com/ngx-ywrd-ahs
        ORGANIZER;CN=Megan Walsh:mailto:megan.walsh@prairieledger.com
        ATTENDEE;CN=Mariana Téllez;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mariana.tellez@example.org
        STATUS:CONFIRMED
        SEQUENCE:1
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Prairie Ledger <no-reply@us.greenhouse-mail.io>",
              "Interview Rescheduled: Software Engineer, Data Platform at Prairie Ledger",
              "2026-03-05 16:45:09", CHI, "<20260305224509.1.f02a9b7c3e1d5a48@us.greenhouse-mail.io>",
              host="o2.us.greenhouse-mail.io", ip="167.89.12.45", ident="s1si6605527qkd.98",
              extra=(("Reply-To", "Megan Walsh <megan.walsh@prairieledger.com>"),))
    return message(hs, mixed(alt(text(body), html(page(paras(body), "en"))),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


# 18 ----------------------------------------------------------------- human reschedule, Outlook reply
@reg(family="human_reply", lang="es-MX", interview=True, kind="rescheduled",
     start="2026-05-06T22:00:00Z", end=None, contact="paola.castaneda@segurosquetzal.com.mx",
     company="Seguros Quetzal", local="Wed 2026-05-06 16:00", zone=MX,
     note="'movimos su entrevista del martes 5 de mayo a las 10:00 al miércoles 6 de mayo a las "
          "16:00 hrs (hora del centro)' -> new time 22:00Z; old time also in the quoted original")
def m18() -> bytes:
    body = t("""
        Mariana, buena tarde.

        Le escribo para avisarle que el Ing. Tomás Aguilar tuvo un imprevisto, por lo que movimos su entrevista técnica del martes 5 de mayo a las 10:00 al miércoles 6 de mayo a las 16:00 hrs (hora del centro). La liga de Teams es la misma que le compartí.

        Le ofrezco una disculpa por el cambio y quedo atenta a su confirmación.

        Saludos cordiales,

        Paola Castañeda Ruiz
        Atracción de Talento | Seguros Quetzal
        Tel. 55 5080 3300 ext. 4127

        ________________________________
        De: Paola Castañeda Ruiz
        Enviado: jueves, 30 de abril de 2026 12:41
        Para: Mariana Téllez <mariana.tellez@example.org>
        Asunto: Entrevista - Desarrollador Java Sr. | Seguros Quetzal

        Mariana, buen día.

        Le confirmo su entrevista técnica para el martes 5 de mayo a las 10:00 am con el Ing. Tomás Aguilar, vía Microsoft Teams:
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ1ZGU4YjEtYzI3@thread.v2/0

        Saludos cordiales,
        Paola
        """)
    hs = head(addr("Paola Castañeda Ruiz", "paola.castaneda@segurosquetzal.com.mx"),
              "RE: Entrevista - Desarrollador Java Sr. | Seguros Quetzal", "2026-05-04 13:20:15", MX,
              "<BY5PR13MB4422C7D8E9F0A1B2C3D4E5F6A7B8C@BY5PR13MB4422.namprd13.prod.outlook.com>",
              host="NAM04-BN8-obe.outbound.protection.outlook.com", ip="40.107.100.97",
              ident="t7si2290415qtn.17",
              extra=(("Thread-Topic", "Entrevista - Desarrollador Java Sr. | Seguros Quetzal"),
                     ("Thread-Index", "AQHc2m4kT0r9eQ1p3kGz8wXcVb7n5w=="),
                     ("In-Reply-To", "<BY5PR13MB4422A1B2C3D4@BY5PR13MB4422.namprd13.prod.outlook.com>"),
                     ("Content-Language", "es-MX")))
    return message(hs, alt(text(body), html(page(paras(body)))))


# 19 ----------------------------------------------------------------- Google Calendar update, es
@reg(family="google_calendar", lang="es-MX", interview=True, kind="rescheduled",
     start="2026-05-14T18:30:00Z", end="2026-05-14T19:15:00Z", contact="valeria.nunez@ceibapagos.mx",
     company="Ceiba Pagos", local="Thu 2026-05-14 12:30", local_end="2026-05-14 13:15", zone=MX,
     note="Google Calendar 'Invitación actualizada' (Spanish UI): moved from miércoles 13 de mayo "
          "11:00 to jueves 14 de mayo 12:30 – 1:15pm CDMX = 18:30-19:15Z; ICS SEQUENCE:2 in UTC; "
          "contact = organizer")
def m19() -> bytes:
    body = t("""
        Se modificó este evento.

        Entrevista con Andrés (CTO) - Ceiba Pagos
        Modificado: jueves, 14 de mayo de 2026 · 12:30 – 1:15pm
        Antes: miércoles, 13 de mayo de 2026 · 11 – 11:45am
        Zona horaria: Hora estándar central - Ciudad de México

        Hola Mariana, la movemos al jueves porque Andrés está el miércoles en un evento con inversionistas. ¡Perdón por el cambio! — Valeria

        Unirse con Google Meet
        https://meet.google.com/cfa-nyuq-wbd

        Invitados
        Valeria Núñez - organizador
        andres@ceibapagos.mx
        mariana.tellez@example.org

        ¿Asistirás?
        Sí: https://calendar.google.com/calendar/event?action=RESPOND&eid=N2ptYzRwOWs&rst=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid=N2ptYzRwOWs&rst=2
        Quizás: https://calendar.google.com/calendar/event?action=RESPOND&eid=N2ptYzRwOWs&rst=3

        """) + google_footer_es("valeria.nunez@ceibapagos.mx")
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20260514T183000Z
        DTEND:20260514T191500Z
        DTSTAMP:20260511T160241Z
        ORGANIZER;CN=Valeria Núñez:mailto:valeria.nunez@ceibapagos.mx
        UID:7jmc4p9k2r1t8v0x6z3b5n7q9s@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Valeria Núñez;X-NUM-GUESTS=0:mailto:valeria.nunez@ceibapagos.mx
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=andres@ceibapagos.mx;X-NUM-GUESTS=0:mailto:andres@ceibapagos.mx
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mariana.tellez@example.org;X-NUM-GUESTS=0:mailto:mariana.tellez@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/cfa-nyuq-wbd
        CREATED:20260506T181510Z
        DESCRIPTION:Hola Mariana\\, la movemos al jueves porque Andrés está el miércoles en un evento con inversionistas. ¡Perdón por el cambio! — Valeria
        LAST-MODIFIED:20260511T160240Z
        LOCATION:
        SEQUENCE:2
        STATUS:CONFIRMED
        SUMMARY:Entrevista con Andrés (CTO) - Ceiba Pagos
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Valeria Núñez", "valeria.nunez@ceibapagos.mx"),
              "Invitación actualizada: Entrevista con Andrés (CTO) - Ceiba Pagos @ jue 14 de may de "
              "2026 12:30pm - 1:15pm (CST) (mariana.tellez@example.org)",
              "2026-05-11 10:02:41", MX, "<calendar-9b2e7d41-1c6a-4f83-a5d0-3e8b7c2f1a64@google.com>",
              host="mail-sor-f72.google.com", ip="209.85.220.72", ident="u2si4471183qkt.60",
              before=(("Sender", "Google Calendar <calendar-notification@google.com>"),),
              extra=(("Reply-To", "valeria.nunez@ceibapagos.mx"),))
    return message(hs, mixed(
        alt(text(body), html(page(paras(body))), calendar(ics, method="REQUEST", cte="quoted-printable")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True)))


# 20 ----------------------------------------------------------------- Exchange update, Bogotá zone
@reg(family="outlook_exchange", lang="es-CO", interview=True, kind="rescheduled",
     start="2026-05-04T20:00:00Z", end="2026-05-04T21:00:00Z", contact="cospina@fintrapay.co",
     company="Fintrapay", local="Mon 2026-05-04 15:00", local_end="2026-05-04 16:00", zone=BOG,
     note="Exchange updated meeting, TZID 'SA Pacific Standard Time' (Bogotá, UTC-5): 'lunes 4 de "
          "mayo a las 3:00 p.m. hora Colombia (2:00 p.m. en CDMX)' = 20:00Z; SEQUENCE:1; second "
          "round with the company of the 21 April interview; contact = organizer")
def m20() -> bytes:
    teams = TEAMS_ES.format(
        link="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGQ3YjE2ZTMtMmEw@thread.v2/0",
        mid="318 902 447 265", code="uK9r2W")
    body = t("""
        Hola Mariana,

        Moví la sesión de system design para el lunes 4 de mayo a las 3:00 p.m. hora Colombia (2:00 p.m. en CDMX), porque el jueves tenemos comité de arquitectura y no alcanzamos. Mismo enlace de Teams.

        Quedo atento.
        Camilo

        """) + teams
    desc = body.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {VTZ_BOG_WIN.replace(chr(10), chr(10) + '        ')}
        BEGIN:VEVENT
        ORGANIZER;CN=Camilo Ospina:mailto:cospina@fintrapay.co
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mariana Téllez:mailto:mariana.tellez@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Natalia Gómez:mailto:ngomez@fintrapay.co
        DESCRIPTION;LANGUAGE=es-CO:{desc}
        UID:040000008200E00074C5B7101A82E0080000000060F1A8B3C9D7DC010000000000000000100000007E2C4A6B8D0F1E3A5C7B9D1F3E5A7C9B
        SUMMARY;LANGUAGE=es-CO:Entrevista técnica 2 (system design) - Mariana Téllez
        DTSTART;TZID=SA Pacific Standard Time:20260504T150000
        DTEND;TZID=SA Pacific Standard Time:20260504T160000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260429T150533Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=es-CO:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:-1874409312
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
        """)
    hs = head("Camilo Ospina <cospina@fintrapay.co>",
              "Actualizado: Entrevista técnica 2 (system design) - Mariana Téllez",
              "2026-04-29 10:05:33", BOG,
              "<SA1PR05MB83409F8E7D6C5B4A3F2E1D0C9B8A7@SA1PR05MB8340.namprd05.prod.outlook.com>",
              host="NAM10-BN7-obe.outbound.protection.outlook.com", ip="40.107.92.58",
              ident="v5si9902716qvb.302",
              extra=(("Thread-Topic", enc("Entrevista técnica 2 (system design) - Mariana Téllez")),
                     ("Thread-Index", "AdzXb1fT2c7mK3p9Q0aW5zYxN8uVeA=="),
                     ("Content-Language", "es-CO"), ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(page(paras(body))),
                           calendar(ics, method="REQUEST", cte="base64")))


# 21 ----------------------------------------------------------------- Google Calendar cancel, es
@reg(family="google_calendar", lang="es-MX", interview=True, kind="cancelled",
     start="2026-06-08T17:00:00Z", end="2026-06-08T18:00:00Z", contact="diego.lozano@colibri.dev",
     company="Colibrí Dev", local="Mon 2026-06-08 11:00", local_end="2026-06-08 12:00", zone=MX,
     note="Google Calendar 'Evento cancelado' (Spanish UI), METHOD:CANCEL; cancelled slot lunes 8 "
          "de junio 11:00am – 12:00pm CDMX = 17:00-18:00Z; vacancy frozen, no new time")
def m21() -> bytes:
    body = t("""
        Se canceló este evento y se quitó de tu calendario.

        Entrevista técnica - Mariana Téllez
        lunes, 8 de junio de 2026 · 11am – 12pm
        Zona horaria: Hora estándar central - Ciudad de México

        Mariana, una disculpa: congelaron la vacante por presupuesto y tuve que cancelar. Te aviso si se vuelve a abrir. — Diego

        Invitados
        Diego Lozano - organizador
        mariana.tellez@example.org

        """) + google_footer_es("diego.lozano@colibri.dev")
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        DTSTART:20260608T170000Z
        DTEND:20260608T180000Z
        DTSTAMP:20260604T002210Z
        ORGANIZER;CN=Diego Lozano:mailto:diego.lozano@colibri.dev
        UID:2qk8v5m1x7c4n9b3z6w0r8t2p5@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=mariana.tellez@example.org;X-NUM-GUESTS=0:mailto:mariana.tellez@example.org
        CREATED:20260529T170455Z
        DESCRIPTION:Mariana\\, una disculpa: congelaron la vacante por presupuesto y tuve que cancelar. Te aviso si se vuelve a abrir. — Diego
        LAST-MODIFIED:20260604T002209Z
        LOCATION:
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Entrevista técnica - Mariana Téllez
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Diego Lozano", "diego.lozano@colibri.dev"),
              "Evento cancelado: Entrevista técnica - Mariana Téllez @ lun 8 de jun de 2026 11am - "
              "12pm (CST) (mariana.tellez@example.org)",
              "2026-06-03 18:22:10", MX, "<calendar-5e7a3c90-2d1f-4b68-9c4e-8a0b1d2e3f45@google.com>",
              host="mail-sor-f69.google.com", ip="209.85.220.69", ident="w9si1187735qtc.14",
              before=(("Sender", "Google Calendar <calendar-notification@google.com>"),),
              extra=(("Reply-To", "diego.lozano@colibri.dev"),))
    return message(hs, mixed(
        alt(text(body), html(page(paras(body))), calendar(ics, method="CANCEL", cte="quoted-printable")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True)))


# 22 ----------------------------------------------------------------- US recruiter cancels, 4/16 ET
@reg(family="human_prose", lang="en", interview=True, kind="cancelled",
     start="2026-04-16T19:00:00Z", end=None, contact="nina.park@harborlinegames.com",
     company="Harborline Games", local="Thu 2026-04-16 15:00", zone=NY,
     note="'cancel your interview on Thursday 4/16 at 3pm ET' (US MM/DD; EDT in April) = 19:00Z; "
          "req on hold, no new time; contact = sender")
def m22() -> bytes:
    body = t("""
        Hi Mariana,

        I'm so sorry to do this, but we need to cancel your interview on Thursday 4/16 at 3pm ET. The Senior Gameplay Engineer req was just put on hold as part of our Q2 planning, and I don't want to waste your time or the team's.

        I'll reach out directly if it reopens - you were honestly one of our strongest profiles.

        Best,
        Nina

        Nina Park | Technical Recruiter
        Harborline Games
        """)
    hs = head("Nina Park <nina.park@harborlinegames.com>", "Thursday's interview - cancelling",
              "2026-04-13 17:02:40", NY,
              "<PH0PR19MB5301E4D3C2B1A0F9E8D7C6B5A4F3E@PH0PR19MB5301.namprd19.prod.outlook.com>",
              host="NAM02-DM3-obe.outbound.protection.outlook.com", ip="40.107.95.114",
              ident="x3si7710025qkh.71", extra=(("Content-Language", "en-US"),))
    return message(hs, alt(text(body), html(page(paras(body), "en"))))


# 23 ----------------------------------------------------------------- Calendly cancellation, es
@reg(family="calendly", lang="es-MX", interview=True, kind="cancelled",
     start="2026-05-28T19:00:00Z", end="2026-05-28T20:00:00Z", contact="gabriel.ortega@pinacate.tech",
     company="Pinacate Tech", local="Thu 2026-05-28 13:00", local_end="2026-05-28 14:00", zone=MX,
     note="Calendly cancellation by the host: '13:00 - 14:00, jueves, 28 de mayo de 2026 (Hora "
          "central - México)' = 19:00-20:00Z; only a link to pick a new time -> cancelled; contact = "
          "Reply-To host")
def m23() -> bytes:
    body = t("""
        Hola, Mariana Téllez:

        Gabriel Ortega canceló el siguiente evento.

        Tipo de evento:
        Entrevista técnica (60 min)

        Fecha del evento:
        13:00 - 14:00, jueves, 28 de mayo de 2026 (Hora central - México)

        Motivo de la cancelación:
        "Perdón Mariana, me cruzaron una junta con dirección justo a esa hora. Te mando otro link para que escojas nuevo horario."

        Programar de nuevo: https://calendly.com/gabriel-pinacate/entrevista-tecnica

        Desarrollado por Calendly.com
        """)
    hs = head("Calendly <notifications@calendly.com>",
              "Cancelado: Entrevista técnica (60 min) con Gabriel Ortega el jueves, 28 de mayo de 2026",
              "2026-05-25 20:14:55", MX,
              "<0100019e0a7c3d55-9f2b1e84-6c7d-4a0e-b3f1-2d4e6a8c0b1f-000000@email.amazonses.com>",
              host="a48-107.smtp-out.amazonses.com", ip="54.240.48.107", ident="y8si3326790qvp.6",
              extra=(("Reply-To", addr("Gabriel Ortega", "gabriel.ortega@pinacate.tech")),))
    return message(hs, alt(text(body), html(page(paras(body)))))


# =============================================================================== NEGATIVES

# 24 ----------------------------------------------------------------- OCC Mundial job alert
@reg(family="job_alert", lang="es-MX", interview=False, company=None,
     note="OCC Mundial vacancy digest; 'Entrevista inmediata' is a badge on a listing, not a "
          "scheduled interview")
def m24() -> bytes:
    body = t("""
        Hola Mariana,

        Encontramos 12 vacantes nuevas que coinciden con tu búsqueda "Desarrollador Backend" en Ciudad de México.

        Desarrollador Backend Node.js Sr
        Grupo Financiero Arrecife · Ciudad de México, CDMX (Híbrido)
        $65,000 - $75,000 Mensual · Publicada hoy
        Entrevista inmediata

        Ingeniero de Software Java
        Soluciones Cenzontle · Miguel Hidalgo, CDMX
        Sueldo no mostrado por la empresa · Publicada ayer

        Backend Developer (Python/Django)
        Nopalera Digital · Remoto
        $55,000 - $60,000 Mensual · Hace 2 días
        Contratación urgente

        Ver las 12 vacantes: https://www.occ.com.mx/empleos/de-desarrollador-backend/en-ciudad-de-mexico/?alerta=8812093

        Recibes este correo porque creaste una alerta de empleo en OCC. Puedes modificar o cancelar tus alertas en https://www.occ.com.mx/cuenta/alertas
        """)
    hs = head("OCC Mundial <alertas@occ.com.mx>",
              "Mariana, hay 12 vacantes nuevas de Desarrollador Backend en Ciudad de México",
              "2026-03-10 07:31:02", MX, "<20260310133102.8812093.alertas@occ.com.mx>",
              host="mta12.occ.com.mx", ip="200.57.141.12", ident="z1si5528801qtq.110",
              extra=(("List-Unsubscribe", "<https://www.occ.com.mx/cuenta/alertas?baja=8812093>"),))
    return message(hs, alt(text(body), html(page(paras(body)))))


# 25 ----------------------------------------------------------------- Computrabajo status, latin-1
@reg(family="application_status", lang="es-MX", interview=False, company=None,
     note="Computrabajo notification 'La empresa vio tu CV' (platform notice, no interview fixed)")
def m25() -> bytes:
    body = t("""
        ¡Hola Mariana!

        Buenas noticias: Comercializadora Albatros vio tu hoja de vida para la vacante "Desarrollador Java Sr" en Tlalnepantla, Estado de México.

        Estado de tu postulación: CV visto
        Postulaste el: 02/03/2026

        Si la empresa está interesada en tu perfil, se pondrá en contacto contigo para una entrevista. Mantén tu hoja de vida actualizada para aumentar tus posibilidades.

        Ver mis postulaciones: https://mx.computrabajo.com/candidato/postulaciones

        Computrabajo México
        """)
    hs = head("Computrabajo <noreply@computrabajo.com>",
              "Comercializadora Albatros vio tu hoja de vida", "2026-03-06 13:45:27", MX,
              "<ct.mx.2026030619452.77314@computrabajo.com>",
              host="smtp3.computrabajo.com", ip="185.121.12.33", ident="a4si2201833qkr.250")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


# 26 ----------------------------------------------------------------- LinkedIn job alert, English
@reg(family="job_alert", lang="en", interview=False, company=None,
     note="LinkedIn job alert; 'Actively recruiting' and 'Be an early applicant' badges only")
def m26() -> bytes:
    body = t("""
        Your job alert for Senior Software Engineer in Mexico
        14 new jobs match your preferences.

        Software Engineer, Platform (Remote - LATAM)
        Quillstone
        Mexico (Remote)
        Actively recruiting · Be an early applicant

        Senior Backend Engineer
        Larkspur Health
        Latin America (Remote)
        3 connections work here

        Senior Go Developer
        Tamarind Cloud
        Guadalajara, Jalisco, Mexico (Hybrid)
        Easy Apply

        See all jobs: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1720093481

        You are receiving Job Alert emails.
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage
        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        """)
    hs = head("LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
              "“Senior Software Engineer”: Quillstone - Software Engineer, Platform and more",
              "2026-04-11 06:02:44", MX,
              "<1408177265.4719301.1775908964000@ltx1-app3481.prod.linkedin.com>",
              host="mailb-ea.linkedin.com", ip="108.174.3.196", ident="b2si9930182qvc.34",
              extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe>"),))
    return message(hs, alt(text(body), html(page(paras(body), "en"))))


# 27 ----------------------------------------------------------------- Indeed self-schedule slots
@reg(family="scheduling_link", lang="es-MX", interview=False, company="Hidrotec Monterrey",
     days=(("Thu", "2026-03-19"), ("Fri", "2026-03-20")),
     note="Indeed invitation to pick one of several offered slots; nothing chosen yet")
def m27() -> bytes:
    body = t("""
        Hidrotec Monterrey quiere entrevistarte

        Hola Mariana, Hidrotec Monterrey te invitó a una entrevista para el puesto de Desarrollador Full Stack.

        Elige el horario que prefieras (hora del centro):
        jue 19 mar · 10:00
        jue 19 mar · 12:00
        vie 20 mar · 9:30
        vie 20 mar · 16:00

        Elegir horario: https://mx.indeed.com/interview/schedule?token=hdtc-7f21a9
        Si ninguno te funciona, puedes proponer otro horario a la empresa.

        Indeed nunca te pedirá pagos para participar en un proceso de selección.
        © 2026 Indeed
        """)
    hs = head("Indeed <donotreply@match.indeed.com>",
              "Hidrotec Monterrey quiere entrevistarte: elige un horario", "2026-03-16 10:21:18", MX,
              "<0100019cf7a51e20-2c7b0d93-4e81-4f6a-92b3-7a1c5e0d8f36-000000@email.amazonses.com>",
              host="a9-12.smtp-out.amazonses.com", ip="54.240.9.12", ident="c5si4417092qtf.88")
    return message(hs, alt(text(body), html(page(paras(body)))))


# 28 ----------------------------------------------------------------- Workable rejection after onsite
@reg(family="rejection", lang="es-MX", interview=False, company="Bajío Robotics",
     days=(("Mon", "2026-05-11"),),
     note="Rejection after the 11 May onsite interview (thread with the Workable confirmation)")
def m28() -> bytes:
    body = t("""
        Hola Mariana,

        Muchas gracias por venir el lunes 11 de mayo a conocernos y por el tiempo que le dedicaste al proceso.

        Después de revisar todos los perfiles, decidimos avanzar con otra persona cuya experiencia se ajusta un poco más a lo que el equipo de Firmware necesita en este momento. No fue una decisión fácil.

        Nos encantaría mantener tu perfil en nuestra base para futuras vacantes.

        Te deseo mucho éxito,
        Ana Paula Guerrero
        Talent Acquisition | Bajío Robotics

        --
        Enviado con Workable
        """)
    hs = head("Bajío Robotics <noreply@candidates.workablemail.com>",
              "Tu postulación en Bajío Robotics", "2026-05-20 12:48:05", MX,
              "<wkbl.6c2f91a0d7e3.20260520184805@workablemail.com>",
              host="mail-out-09.workablemail.com", ip="198.21.4.109", ident="d6si1127703qkp.19",
              extra=(("Reply-To", "bajio-robotics+c7f2e91a0d@candidates.workablemail.com"),))
    return message(hs, alt(text(body), html(page(paras(body)))))


# 29 ----------------------------------------------------------------- Lever application receipt
@reg(family="application_ack", lang="en", interview=False, company="Quillstone",
     note="Lever application received; 'someone will reach out to schedule' is future/hypothetical")
def m29() -> bytes:
    body = t("""
        Hi Mariana,

        Thanks for applying to the Software Engineer, Platform (Remote - LATAM) position at Quillstone! We've received your application and our team will review it shortly.

        If your background looks like a match, someone from our talent team will reach out to schedule a first conversation. In the meantime, feel free to learn more about how we work at https://quillstone.com/careers.

        Cheers,
        The Quillstone Talent Team
        """)
    hs = head("Quillstone <no-reply@hire.lever.co>", "Thanks for applying to Quillstone",
              "2026-04-14 10:00:12", LA,
              "<0100019d8c4be711-5a9f3c20-7e1d-4b62-8f05-c3a2b1d0e9f8-000000@email.amazonses.com>",
              host="a8-31.smtp-out.amazonses.com", ip="54.240.8.31", ident="e1si8820447qvm.2")
    return message(hs, alt(text(body), html(page(paras(body), "en"))))


# 30 ----------------------------------------------------------------- Greenhouse take-home deadline
@reg(family="take_home", lang="en", interview=False, company="Larkspur Health",
     days=(("Mon", "2026-03-30"),),
     note="Take-home exercise with a submission deadline (Monday, March 30, 11:59 PM ET); the "
          "final round is only promised, not scheduled")
def m30() -> bytes:
    body = t("""
        Hi Mariana,

        Thanks again for meeting with Owen and Priya on Thursday - they really enjoyed the conversation! As a next step, we'd like you to complete a short take-home exercise.

        Take-Home Exercise: Claims Ingestion Service
        Expected effort: 3-4 hours
        Please submit by: Monday, March 30, 2026 at 11:59 PM ET

        Start the exercise: https://app.greenhouse.io/tests/3b1f0c9e7a2d5e8f?utm_medium=email

        Once we've reviewed your submission, we'll reach out to schedule the final round.

        Best,
        Brianna Cole
        Recruiting Coordinator, Larkspur Health
        """)
    hs = head("Larkspur Health <no-reply@us.greenhouse-mail.io>",
              "Larkspur Health - Take-Home Exercise", "2026-03-23 10:15:48", NY,
              "<20260323141548.1.a7e2c9f0b3d14e65@us.greenhouse-mail.io>",
              host="o1.us.greenhouse-mail.io", ip="167.89.12.44", ident="f4si3390012qkb.77",
              extra=(("Reply-To", "Brianna Cole <brianna.cole@larkspurhealth.com>"),))
    return message(hs, alt(text(body), html(page(paras(body), "en"))))


# 31 ----------------------------------------------------------------- SmartRecruiters assessment
@reg(family="assessment", lang="es-MX", interview=False, company="Tecnologías Huasteca",
     days=(("Fri", "2026-04-10"),),
     note="Online coding assessment with a deadline (viernes 10 de abril 23:59); not an interview")
def m31() -> bytes:
    body = t("""
        Hola Mariana,

        ¡Gracias por tu interés en la posición de Ingeniero(a) de Software Backend en Tecnologías Huasteca!

        El siguiente paso del proceso es una evaluación técnica en línea en HackerRank:
        - Duración: 90 minutos (una vez que la inicies, el tiempo corre)
        - Tienes hasta el viernes 10 de abril a las 23:59 (hora del centro) para completarla
        - Lenguajes permitidos: Java, Python o Go

        Comenzar evaluación: https://www.hackerrank.com/tests/huasteca-backend-2026/login?b=eyJ1c2VybmFtZSI6

        Si la apruebas, te contactaremos para agendar una entrevista con el equipo.

        Saludos,
        Equipo de Talento, Tecnologías Huasteca
        """)
    hs = head("Tecnologías Huasteca <noreply@smartrecruiters.com>",
              "Siguiente paso: evaluación técnica en línea - Tecnologías Huasteca",
              "2026-04-06 11:37:55", MX, "<sr.3f7a9c21e0b4.20260406173755@smartrecruiters.com>",
              host="mail-out2.smartrecruiters.com", ip="52.29.60.112", ident="g7si6650281qtv.43")
    return message(hs, alt(text(body), html(page(paras(body)))))


# 32 ----------------------------------------------------------------- LinkedIn InMail outreach
@reg(family="recruiter_outreach", lang="en", interview=False, company="Crestline Talent",
     note="Recruiter InMail asking for availability for a quick call; nothing fixed")
def m32() -> bytes:
    body = t("""
        Tyler Brandt sent you a new message

        Hi Mariana,

        I came across your profile and your Go + Kafka background really stood out. I'm working with a fintech client in Denver hiring a Sr. Go Engineer - fully remote from Mexico, paid in USD, ~4 hrs overlap with Mountain Time.

        Would you be open to a quick 15-min chat this week? Send me a couple of times that work for you and I'll make it happen.

        Thanks!
        Tyler
        Senior Technical Recruiter, Crestline Talent

        Reply: https://www.linkedin.com/messaging/thread/2-NzhkY2FmMzAtZjE4Yi00/
        This email was intended for Mariana Téllez (Backend Engineer | Go · Python · AWS)
        """)
    hs = head("Tyler Brandt via LinkedIn <inmail-hit-reply@linkedin.com>",
              "Sr. Go Engineer (remote, USD) - quick chat?", "2026-03-31 15:44:09", "America/Denver",
              "<1960231877.2218807.1774993449000@ltx1-app2219.prod.linkedin.com>",
              host="mailb-ec.linkedin.com", ip="108.174.3.201", ident="h9si2215503qve.11")
    return message(hs, alt(text(body), html(page(paras(body), "en"))))


# 33 ----------------------------------------------------------------- slot proposal, not agreed
@reg(family="slot_proposal", lang="es-MX", interview=False, company="Tapatío Labs",
     days=(("Tue", "2026-03-24"), ("Wed", "2026-03-25")),
     note="Startup CTO proposes two options for the technical interview; none agreed yet (the "
          "later Google Calendar invite in this set fixes one)")
def m33() -> bytes:
    body = t("""
        Hola Mariana!

        Nos gustó mucho tu prueba, sobre todo cómo manejaste los reintentos en el worker 👌

        ¿Te late hacer la entrevista técnica con Maite y conmigo? Podría ser el martes 24 a las 4 pm o el miércoles 25 a las 12. Dime cuál te acomoda y te mando el invite.

        Abrazo,
        Rodrigo
        CTO · Tapatío Labs
        """)
    hs = head(addr("Rodrigo Anaya", "rodrigo@tapatiolabs.mx"), "Siguiente paso con Tapatío Labs 🚀",
              "2026-03-16 12:48:30", MX, "<CAE1w9Yp3Rt7Kq0Xm4Lz8Nv2Bc6Df1Gh5Jk@mail.gmail.com>",
              host="mail-sor-f73.google.com", ip="209.85.220.73", ident="i3si7701936qtr.229")
    return message(hs, alt(text(body), html(gmail_html(body))))


# 34 ----------------------------------------------------------------- "en cuanto me confirmen"
@reg(family="human_reply", lang="es-MX", interview=False, company="Grupo Selecta RH",
     days=(("Mon", "2026-04-27"), ("Tue", "2026-04-28")),
     note="Agency recruiter passes the candidate's availability to the client; no time fixed yet")
def m34() -> bytes:
    body = t("""
        Va Mariana, gracias!! Ya le pasé tus horarios al cliente, en cuanto me confirmen te aviso para agendar.

        Saludos
        Ricardo

        El vie, 17 abr 2026 a las 11:52, Mariana Téllez (<mariana.tellez@example.org>) escribió:
        > Hola Ricardo, buen día.
        > Para la entrevista con el cliente puedo el lunes 27 después de las 4 pm o el martes 28 todo el día.
        > Saludos,
        > Mariana
        """)
    hs = head(addr("Ricardo Garza", "rgarza@gruposelecta.com.mx"),
              "Re: Vacante Backend Sr - Monterrey (remoto)", "2026-04-17 12:30:57", MX,
              "<CAKr2Zs8pVq3Lm1Yw6Nb0Xc4Df7Gh2Jk9@mail.gmail.com>",
              host="mail-sor-f50.google.com", ip="209.85.220.50", ident="j2si4409183qkw.95",
              extra=(("In-Reply-To", "<CAHy3Lw0Xq8r@mail.gmail.com>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


# 35 ----------------------------------------------------------------- Calendly self-schedule link
@reg(family="scheduling_link", lang="es-MX", interview=False, company="Nubeclara",
     note="Recruiter sends her Calendly link to pick a slot; nothing booked yet")
def m35() -> bytes:
    body = t("""
        Hola Mariana, ¿cómo estás?

        Gracias por tu interés en la vacante de Backend Engineer en Nubeclara. Para la primera llamada (30 min) elige el horario que mejor te acomode aquí:
        https://calendly.com/sofia-nubeclara/entrevista-inicial

        Tengo espacios esta semana y la siguiente.

        Saludos,
        Sofía Mendoza
        People & Talent · Nubeclara
        """)
    hs = head(addr("Sofía Mendoza", "sofia.mendoza@nubeclara.io"), "Nubeclara - primera llamada",
              "2026-04-07 17:20:14", MX, "<CAM0v4Rx7Tq2Kp9Yw1Lz3Nb6Xc8Df0Gh4Jk@mail.gmail.com>",
              host="mail-sor-f41.google.com", ip="209.85.220.41", ident="k5si3320718qvf.150")
    return message(hs, alt(text(body), html(gmail_html(body))))


# 36 ----------------------------------------------------------------- offer letter with PDF
@reg(family="offer", lang="es-MX", interview=False, company="Ceiba Pagos",
     days=(("Mon", "2026-06-08"), ("Wed", "2026-05-27")),
     note="Offer letter: start date 8 June 9:00 and a reply deadline; the offered call has no time")
def m36() -> bytes:
    body = t("""
        ¡Hola Mariana!

        Muchas felicidades 🎉 Nos da mucho gusto compartirte la carta oferta para la posición de Ingeniera de Software Sr. en Ceiba Pagos. La encontrarás adjunta.

        Resumen:
        - Sueldo mensual bruto: $92,000 MXN
        - Prestaciones superiores a las de ley, vales de despensa y seguro de gastos médicos mayores
        - Esquema híbrido (martes y jueves en oficina, Polanco)
        - Fecha de ingreso propuesta: lunes 8 de junio de 2026, 9:00 am

        Te pido que nos confirmes a más tardar el miércoles 27 de mayo. Si quieres platicar cualquier punto de la oferta, dime a qué hora te queda y te marco.

        Saludos,
        Valeria Núñez
        Talent Lead · Ceiba Pagos
        """)
    pdf = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
           b"2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")
    import base64

    pdf_part = make.Part([("Content-Type", 'application/pdf; name="Carta_Oferta_Mariana_Tellez.pdf"'),
                          ("Content-Disposition", 'attachment; filename="Carta_Oferta_Mariana_Tellez.pdf"'),
                          ("Content-Transfer-Encoding", "base64")],
                         base64.encodebytes(pdf).replace(b"\n", b"\r\n"))
    hs = head(addr("Valeria Núñez", "valeria.nunez@ceibapagos.mx"),
              "Carta oferta - Ingeniera de Software Sr. | Ceiba Pagos", "2026-05-22 14:05:38", MX,
              "<CAF7m2Qw9Rt4Kx1Yp6Lz0Nv3Bc8Df5Gh2Jk@mail.gmail.com>",
              host="mail-sor-f65.google.com", ip="209.85.220.65", ident="l8si6601294qtd.37")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), pdf_part))


# 37 ----------------------------------------------------------------- dentist reminder + ICS
@reg(family="non_interview_calendar", lang="es-MX", interview=False, company=None,
     days=(("Sat", "2026-03-14"),),
     note="Dental appointment reminder with a fixed time and ICS; not a job interview")
def m37() -> bytes:
    body = t("""
        Estimada Mariana Téllez:

        Le recordamos su cita de limpieza dental con la Dra. Itzel Ramírez el sábado 14 de marzo a las 10:30 am en Clínica Dental Coyoacán (Av. Miguel Ángel de Quevedo 687, Coyoacán).

        Responda SI para confirmar o NO para cancelar. Si necesita reagendar, llámenos al 55 5658 2041.

        Clínica Dental Coyoacán
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Dentalink//Agenda//ES
        METHOD:PUBLISH
        {VTZ_MX.replace(chr(10), chr(10) + '        ')}
        BEGIN:VEVENT
        UID:cita-55201877@dentalcoyoacan.mx
        DTSTAMP:20260312T160000Z
        DTSTART;TZID=America/Mexico_City:20260314T103000
        DTEND;TZID=America/Mexico_City:20260314T113000
        SUMMARY:Cita: Limpieza dental - Dra. Itzel Ramírez
        LOCATION:Av. Miguel Ángel de Quevedo 687\\, Coyoacán\\, CDMX
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Clínica Dental Coyoacán", "citas@dentalcoyoacan.mx", "iso-8859-1"),
              "Recordatorio: su cita del sábado 14 de marzo", "2026-03-12 10:00:03", MX,
              "<recordatorio.55201877.1773331203@dentalcoyoacan.mx>",
              host="smtp.dentalcoyoacan.mx", ip="187.141.72.15", ident="m3si1109845qkx.208")
    return message(hs, mixed(text(body, charset="iso-8859-1", cte="quoted-printable"),
                             calendar(ics, method="PUBLISH", cte="base64", filename="cita.ics",
                                      disposition="attachment")))


# 38 ----------------------------------------------------------------- Google Calendar daily stand-up
@reg(family="non_interview_calendar", lang="es-MX", interview=False, company=None,
     note="Recurring daily stand-up at the current employer (Google Calendar, Spanish UI)")
def m38() -> bytes:
    body = t("""
        Daily Plataforma
        Diariamente de 9:30 a 9:45am de lunes a viernes
        Zona horaria: Hora estándar central - Ciudad de México

        Daily del squad de Plataforma: qué hice, qué haré, bloqueos. 15 min máximo, cámaras opcionales.

        Unirse con Google Meet
        https://meet.google.com/dvu-qkzt-mhr

        Invitados
        Omar Ruiz - organizador
        mariana.tellez@example.org
        equipo-plataforma@ixtlesoftware.com

        """) + google_footer_es("omar.ruiz@ixtlesoftware.com")
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {VTZ_MX.replace(chr(10), chr(10) + '        ')}
        BEGIN:VEVENT
        DTSTART;TZID=America/Mexico_City:20260330T093000
        DTEND;TZID=America/Mexico_City:20260330T094500
        RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR
        DTSTAMP:20260327T221503Z
        ORGANIZER;CN=Omar Ruiz:mailto:omar.ruiz@ixtlesoftware.com
        UID:0p3r8t1v6x9z2b5n4m7q1s3u5w@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mariana.tellez@example.org;X-NUM-GUESTS=0:mailto:mariana.tellez@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/dvu-qkzt-mhr
        DESCRIPTION:Daily del squad de Plataforma: qué hice\\, qué haré\\, bloqueos. 15 min máximo\\, cámaras opcionales.
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Daily Plataforma
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Omar Ruiz", "omar.ruiz@ixtlesoftware.com"),
              "Invitación: Daily Plataforma @ Diariamente de 9:30am a 9:45am de lunes a viernes "
              "(CST) (mariana.tellez@example.org)", "2026-03-27 16:15:03", MX,
              "<calendar-0c4e8a21-7b3d-4f19-8e62-1a5c9d0b7e34@google.com>",
              host="mail-sor-f73.google.com", ip="209.85.220.73", ident="n6si9927310qtw.81",
              before=(("Sender", "Google Calendar <calendar-notification@google.com>"),),
              extra=(("Reply-To", "omar.ruiz@ixtlesoftware.com"),))
    return message(hs, mixed(
        alt(text(body), html(page(paras(body))), calendar(ics, method="REQUEST", cte="quoted-printable")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True)))


# 39 ----------------------------------------------------------------- Outlook 1:1 with current manager
@reg(family="non_interview_calendar", lang="es-MX", interview=False, company=None,
     note="Bi-weekly 1:1 with her current manager (Exchange, Central Standard Time (Mexico))")
def m39() -> bytes:
    body = t("""
        Seguimiento quincenal. Si quieres platicar de tu plan de carrera o de la evaluación de desempeño, tráelo a esta sesión.

        Roberto

        """) + TEAMS_ES.format(
        link="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWE3ZTQ1NGQtNDc2@thread.v2/0",
        mid="244 719 330 861", code="Hb3v7Q")
    desc = body.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {VTZ_MX_WIN.replace(chr(10), chr(10) + '        ')}
        BEGIN:VEVENT
        ORGANIZER;CN=Roberto Chávez:mailto:roberto.chavez@ixtlesoftware.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mariana Téllez:mailto:mariana.tellez@ixtlesoftware.com
        DESCRIPTION;LANGUAGE=es-MX:{desc}
        RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;WKST=SU
        UID:040000008200E00074C5B7101A82E00800000000D0A3B4C5E6F7DC01000000000000000010000000C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6
        SUMMARY;LANGUAGE=es-MX:1:1 Mariana / Roberto
        DTSTART;TZID=Central Standard Time (Mexico):20260402T170000
        DTEND;TZID=Central Standard Time (Mexico):20260402T173000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260330T190211Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-MX:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:1
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = [("Delivered-To", ME),
          rcv("NAM12-MW2-obe.outbound.protection.outlook.com", "40.107.244.41", "2026-03-30 13:02:11",
              MX, "o4si2230917qkn.6"),
          ("From", addr("Roberto Chávez", "roberto.chavez@ixtlesoftware.com")),
          ("To", addr(ME_NAME, "mariana.tellez@ixtlesoftware.com")),
          ("Subject", "1:1 Mariana / Roberto"), ("Date", date("2026-03-30 13:02:11", MX)),
          ("Message-ID", "<CO6PR02MB7745B8C9D0E1F2A3B4C5D6E7F8A9B@CO6PR02MB7745.namprd02.prod.outlook.com>"),
          ("X-Forwarded-To", ME), ("Thread-Topic", "1:1 Mariana / Roberto"),
          ("Content-Language", "es-MX")]
    return message(hs, alt(text(body), html(page(paras(body))),
                           calendar(ics, method="REQUEST", cte="base64")))


# 40 ----------------------------------------------------------------- apartment viewing
@reg(family="personal_appointment", lang="es-MX", interview=False, company=None,
     days=(("Sat", "2026-03-21"),),
     note="Real-estate agent confirms an apartment viewing at a fixed time; not an interview")
def m40() -> bytes:
    body = t("""
        Hola Mariana, qué tal.

        Te confirmo la visita al departamento de Colima 214 (Roma Norte) el sábado 21 de marzo a las 11:00 am. Nos vemos en la entrada del edificio; por favor trae una identificación y, si puedes, tus últimos 3 recibos de nómina para ir adelantando el estudio de arrendamiento.

        Saludos,
        Karen Domínguez
        Asesora inmobiliaria · Habitta
        55 3187 6620
        """)
    hs = head(addr("Karen Domínguez", "karen.dominguez@habitta.mx"),
              "Confirmación de visita - Depto. en Roma Norte (Colima 214)", "2026-03-18 19:40:26", MX,
              "<CAP5t8Rw1Yq4Kx7Lm0Nz3Bv6Xc9Df2Gh5Jk@mail.gmail.com>",
              host="mail-sor-f69.google.com", ip="209.85.220.69", ident="p7si5518206qtb.144")
    return message(hs, alt(text(body), html(gmail_html(body))))


# 41 ----------------------------------------------------------------- Meetup RSVP, talk on interviewing
@reg(family="meetup", lang="es-MX", interview=False, company=None, days=(("Thu", "2026-04-23"),),
     note="Meetup RSVP for a community evening; one talk is about how companies interview")
def m41() -> bytes:
    body = t("""
        ¡Vas a asistir!

        Python CDMX — Charlas de abril
        jueves, 23 de abril de 2026
        7:00 p. m. a 9:30 p. m. CST

        WeWork Reforma 296, piso 12, Juárez, Ciudad de México

        Agenda:
        - "Cómo entrevistamos a ingenieros backend (y qué buscamos de verdad)" — Ximena Barrios
        - "asyncio sin dolor" — Rafael Oropeza
        - Networking y pizza 🍕

        Agregar al calendario: https://www.meetup.com/python-cdmx/events/308812274/ical/
        Cambiar respuesta: https://www.meetup.com/python-cdmx/events/308812274/

        Meetup · Nunca dejes de aprender
        """)
    hs = head("Meetup <info@meetup.com>", "Confirmado: Python CDMX — Charlas de abril",
              "2026-04-15 21:03:40", MX, "<1776308620233.5521.308812274@meetup.com>",
              host="mail183-12.suw11.mandrillapp.com", ip="198.2.183.12", ident="q1si7705192qvr.63",
              extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comms/>"),))
    return message(hs, alt(text(body), html(page(paras(body)))))


# 42 ----------------------------------------------------------------- Zoom webinar titled like an interview
@reg(family="marketing_webinar", lang="es-MX", interview=False, company=None,
     days=(("Wed", "2026-04-29"),),
     note="Zoom webinar registration 'Entrevista técnica en inglés: cómo prepararte'; confirms a "
          "time but it is a webinar, not her interview")
def m42() -> bytes:
    body = t("""
        Hola Mariana:

        Gracias por registrarse en "Entrevista técnica en inglés: cómo prepararte", organizado por Comunidad DevLatam.

        Fecha y hora: 29 abr 2026 07:00 p. m. Ciudad de México

        Unirse desde una PC, Mac, iPad o Android:
        https://us02web.zoom.us/w/81234098811?tk=Zx9vQ2pL7tR4kY1wN8mB3cV6xF0dH5jA

        Código de acceso: 731994

        Puede cancelar su registro en cualquier momento.

        Añadir al calendario: Google Calendar · Outlook Calendar (.ics) · Yahoo Calendar
        """)
    hs = head("Comunidad DevLatam <no-reply@zoom.us>",
              "Comunidad DevLatam: Confirmación de registro para Entrevista técnica en inglés: cómo prepararte",
              "2026-04-20 18:11:07", MX, "<n6XqT3kWR0u2pZ9m1vYc4A@geopod-ismtpd-12>",
              host="zoom.us", ip="170.114.10.85", ident="r5si2208817qtm.22",
              extra=(("Reply-To", "no-reply@zoom.us"),))
    return message(hs, alt(text(body), html(page(paras(body)))))


# 43 ----------------------------------------------------------------- mock interview with a mentor
@reg(family="mock_interview", lang="es-MX", interview=False, company=None, days=(("Thu", "2026-05-07"),),
     note="Bootcamp mentoring platform books a practice (mock) system-design interview; not a "
          "job interview")
def m43() -> bytes:
    body = t("""
        Hola Mariana 👋

        Tu sesión de práctica quedó agendada:

        Mock interview · System design
        Mentora: Laura Benítez (Staff Engineer)
        jueves 7 de mayo, 19:00 hrs (hora del centro) · 60 minutos
        Google Meet: https://meet.google.com/hsa-ptrk-zwe

        Recuerda que es una simulación: Laura te va a dar feedback al final con la rúbrica que usan las empresas de nuestra red. Trae un problema que te haya costado trabajo en entrevistas reales.

        ¡Éxito!
        Equipo DevPuente
        """)
    hs = head("DevPuente Mentorías <mentorias@devpuente.org>",
              "Tu mock interview de system design quedó agendada ✅", "2026-05-02 12:27:51", MX,
              "<20260502182751.7f3e1c.mentorias@devpuente.org>",
              host="o12.ptr2207.devpuente.org", ip="149.72.61.18", ident="s8si4471026qkf.119")
    return message(hs, alt(text(body), html(page(paras(body)))))


# 44 ----------------------------------------------------------------- podcast guest recording
@reg(family="podcast", lang="es-MX", interview=False, company=None, days=(("Tue", "2026-05-12"),),
     note="Podcast host confirms the recording of an 'entrevista' with her as guest; not a job "
          "interview")
def m44() -> bytes:
    body = t("""
        ¡Qué onda Mariana!

        Ya quedó: grabamos tu entrevista para Bits y Tacos el martes 12 de mayo a las 6 pm (CDMX) por Riverside. La idea es platicar de tu charla sobre colas de mensajes y de cómo fue tu brinco de QA a backend.

        Link del estudio: https://riverside.fm/studio/bits-y-tacos?t=4e8a91c2
        Usa audífonos y, si tienes, micro externo. Calculamos unos 50 min de grabación.

        ¡Gracias por animarte!
        Emiliano
        Bits y Tacos · podcast de tecnología hecho en México
        """)
    hs = head(addr("Emiliano Vega", "emiliano@bitsytacos.fm"),
              "Entrevista para Bits y Tacos - grabación el martes", "2026-05-08 13:56:19", MX,
              "<CAQ2n7Vt0Wq5Kr8Yx3Lm6Nb9Xc1Df4Gh7Jk@mail.gmail.com>",
              host="mail-sor-f41.google.com", ip="209.85.220.41", ident="t4si3329917qtp.10")
    return message(hs, alt(text(body), html(gmail_html(body))))


# 45 ----------------------------------------------------------------- she interviews a candidate
@reg(family="interviewer_invite", lang="es-MX", interview=False, company=None,
     note="Exchange invite from her current employer: she is on the panel interviewing a candidate "
          "(Luis Pérez Aranda); not her own job interview")
def m45() -> bytes:
    body = t("""
        Hola panel,

        Les comparto el CV de Luis (adjunto en Greenhouse). Mariana, tú llevas la parte de diseño de APIs y Omar la de bases de datos. Por favor dejen su scorecard antes del viernes.

        Gracias,
        Daniela Pineda
        Talent Acquisition · Ixtle Software

        """) + TEAMS_ES.format(
        link="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjA4NzE5MzQtZTIx@thread.v2/0",
        mid="290 118 457 603", code="Ta8pN2")
    desc = body.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {VTZ_MX_WIN.replace(chr(10), chr(10) + '        ')}
        BEGIN:VEVENT
        ORGANIZER;CN=Daniela Pineda:mailto:daniela.pineda@ixtlesoftware.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mariana Téllez:mailto:mariana.tellez@ixtlesoftware.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Omar Ruiz:mailto:omar.ruiz@ixtlesoftware.com
        DESCRIPTION;LANGUAGE=es-MX:{desc}
        UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC0100000000000000001000000089AB67CD45EF23019A8B7C6D5E4F3A2B
        SUMMARY;LANGUAGE=es-MX:Entrevista técnica: Luis Pérez Aranda (Backend Sr.)
        DTSTART;TZID=Central Standard Time (Mexico):20260415T120000
        DTEND;TZID=Central Standard Time (Mexico):20260415T130000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260409T171840Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-MX:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = [("Delivered-To", ME),
          rcv("NAM12-MW2-obe.outbound.protection.outlook.com", "40.107.244.47", "2026-04-09 11:18:40",
              MX, "u6si8812745qkv.51"),
          ("From", "Daniela Pineda <daniela.pineda@ixtlesoftware.com>"),
          ("To", addr(ME_NAME, "mariana.tellez@ixtlesoftware.com") + ", Omar Ruiz <omar.ruiz@ixtlesoftware.com>"),
          ("Subject", enc("Entrevista técnica: Luis Pérez Aranda (Backend Sr.)")),
          ("Date", date("2026-04-09 11:18:40", MX)),
          ("Message-ID", "<CO6PR02MB77451A2B3C4D5E6F7A8B9C0D1E2F3@CO6PR02MB7745.namprd02.prod.outlook.com>"),
          ("X-Forwarded-To", ME), ("Content-Language", "es-MX")]
    return message(hs, alt(text(body), html(page(paras(body))),
                           calendar(ics, method="REQUEST", cte="base64")))


# 46 ----------------------------------------------------------------- reference call for a colleague
@reg(family="reference_call", lang="es-MX", interview=False, company="Kiwi Logistics",
     days=(("Thu", "2026-06-04"),),
     note="Another company confirms a reference call about a former colleague; she is the "
          "reference, not the candidate")
def m46() -> bytes:
    body = t("""
        Hola Mariana, buen día.

        Jorge Medina nos compartió tus datos como referencia laboral para la posición de Tech Lead en Kiwi Logistics. Muchas gracias por aceptar.

        Te confirmo la llamada de referencias para el jueves 4 de junio a las 12:00 (hora del centro). Será breve, unos 15 minutos; te marco al celular que nos pasó Jorge.

        Saludos,
        Alejandra Fuentes
        Reclutamiento · Kiwi Logistics
        """)
    hs = head(addr("Alejandra Fuentes", "alejandra.fuentes@kiwilogistics.com.mx"),
              "Referencia laboral - Jorge Medina", "2026-06-01 09:47:33", MX,
              "<CAR9w3Yt6Vq1Kp4Xm7Lz0Nb2Xc5Df8Gh1Jk@mail.gmail.com>",
              host="mail-sor-f65.google.com", ip="209.85.220.65", ident="v2si6620583qtc.177")
    return message(hs, alt(text(body), html(gmail_html(body))))


# 47 ----------------------------------------------------------------- out-of-office auto-reply
@reg(family="auto_reply", lang="es-MX", interview=False, company="Cumbre Digital",
     days=(("Mon", "2026-04-13"), ("Fri", "2026-04-17"), ("Mon", "2026-04-20")),
     note="Outlook out-of-office reply to her thank-you after the 9 April interview")
def m47() -> bytes:
    body = t("""
        Gracias por tu mensaje. Me encuentro fuera de la oficina del lunes 13 al viernes 17 de abril, con acceso limitado al correo. Regreso el lunes 20 de abril.

        Para temas urgentes de reclutamiento, por favor escribe a reclutamiento@cumbredigital.com.mx.

        Saludos,
        Karla Villarreal
        """)
    hs = head(addr("Karla Villarreal", "karla.villarreal@cumbredigital.com.mx"),
              "Respuesta automática: Gracias - entrevista técnica", "2026-04-13 08:15:02", MX,
              "<MN2PR04MB6911C0D1E2F3A4B5C6D7E8F9A0B1C@MN2PR04MB6911.namprd04.prod.outlook.com>",
              host="NAM12-DM6-obe.outbound.protection.outlook.com", ip="40.107.243.61",
              ident="w4si1129963qkb.240",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "karla.villarreal@cumbredigital.com.mx"),
                     ("In-Reply-To", "<CAJ8q1Wx4Rt7@mail.gmail.com>"),
                     ("Content-Language", "es-MX")))
    return message(hs, alt(text(body), html(page(paras(body)))))


# 48 ----------------------------------------------------------------- bounce of her own reply
@reg(family="bounce", lang="es-MX", interview=False, company=None,
     days=(("Thu", "2026-03-12"),),
     note="Gmail delivery failure for her reply to the agency (typo in the domain); the returned "
          "message quotes the interview time, but this is a bounce")
def m48() -> bytes:
    orig_body = t("""
        Muchas gracias, Verónica. Le confirmo mi asistencia el jueves 12 de marzo a las 11:00.

        Saludos,
        Mariana Téllez
        """)
    orig = message([("From", me()), ("To", "veronica.salgado@talentonorte.com"),
                    ("Subject", enc("Re: Confirmación entrevista - Desarrollador Backend Sr. (Finanzas Cóndor)")),
                    ("Date", date("2026-03-09 11:02:18", MX)),
                    ("Message-ID", "<CAHx9sT7Qw2e+Lp4Rk1Zm8Nv0Bc3Df6Gh@mail.gmail.com>"),
                    ("In-Reply-To", "<CAJ7p0xQ2mVb3rk9Lw1=Fq8sN4tYc0aE@mail.gmail.com>")],
                   text(orig_body))
    notice = t("""
        ** No se encontró la dirección **

        Tu mensaje no se entregó a veronica.salgado@talentonorte.com porque no se encontró el dominio talentonorte.com. Comprueba si hay errores de escritura o espacios innecesarios y vuelve a intentarlo.

        La respuesta del servidor remoto fue:

        DNS Error: DNS type 'mx' lookup of talentonorte.com responded with code NXDOMAIN
        Domain name not found: talentonorte.com
        """)
    status = t("""
        Reporting-MTA: dns; googlemail.com
        Arrival-Date: Mon, 09 Mar 2026 10:02:19 -0700 (PDT)
        X-Original-Message-ID: <CAHx9sT7Qw2e+Lp4Rk1Zm8Nv0Bc3Df6Gh@mail.gmail.com>

        Final-Recipient: rfc822; veronica.salgado@talentonorte.com
        Action: failed
        Status: 5.1.2
        Diagnostic-Code: smtp; DNS type 'mx' lookup of talentonorte.com responded with code NXDOMAIN
        Last-Attempt-Date: Mon, 09 Mar 2026 10:02:21 -0700 (PDT)
        """)
    report = multipart("report", text(notice), raw_part([("Content-Type", "message/delivery-status")], status),
                       attached_message(orig), params="report-type=delivery-status")
    hs = [("Delivered-To", ME),
          ("Received", "by 2002:a05:6214:5189:b0:6f2:1a4c:9d31 with SMTP id fj9csp31120qvb;\r\n"
                       f"        {date('2026-03-09 11:02:21', MX)}"),
          ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", ME),
          ("Subject", "Delivery Status Notification (Failure)"),
          ("Date", date("2026-03-09 11:02:21", MX)),
          ("Message-ID", "<67cdc89d.050a0220.3b4f17.2a1e.GMR@mx.google.com>"),
          ("Auto-Submitted", "auto-replied"),
          ("References", "<CAHx9sT7Qw2e+Lp4Rk1Zm8Nv0Bc3Df6Gh@mail.gmail.com>"),
          ("In-Reply-To", "<CAHx9sT7Qw2e+Lp4Rk1Zm8Nv0Bc3Df6Gh@mail.gmail.com>")]
    return message(hs, report)


# 49 ----------------------------------------------------------------- newsletter about interviewing
@reg(family="newsletter_tips", lang="es-MX", interview=False, company=None,
     note="Career newsletter about technical interview questions, with List-Unsubscribe")
def m49() -> bytes:
    body = t("""
        Carrera Dev MX · Edición #87

        7 preguntas que te van a hacer en tu próxima entrevista técnica (y cómo contestarlas)

        Esta semana platicamos con cinco reclutadoras de empresas en CDMX, Guadalajara y Monterrey. Coincidieron en algo: la entrevista técnica no se gana en el live coding, sino en cómo explicas tus decisiones.

        1. "Platícame de un incidente en producción que te tocó resolver."
        2. "¿Cómo diseñarías un acortador de URLs?"
        3. "¿Qué harías si no estás de acuerdo con tu tech lead?"
        ...

        Además: plantilla para el correo de agradecimiento después de la entrevista, y cuánto están pagando las vacantes remotas en USD este trimestre.

        Leer la edición completa: https://carreradev.mx/p/7-preguntas-entrevista-tecnica

        Recibes este correo porque te suscribiste a Carrera Dev MX.
        Darte de baja: https://carreradev.mx/unsubscribe?e=bWFyaWFuYS50ZWxsZXo
        """)
    hs = head("Carrera Dev MX <carreradev@substack.com>",
              "7 preguntas que te van a hacer en tu próxima entrevista técnica (y cómo contestarlas)",
              "2026-04-26 08:00:09", MX, "<20260426140009.3.c1f0a9e8b7d6@substack.com>",
              host="mail132-4.atl131.mcsv.net", ip="198.2.132.4", ident="x7si3378102qtn.58",
              extra=(("List-Unsubscribe", "<https://carreradev.mx/unsubscribe?e=bWFyaWFuYS50ZWxsZXo>"),
                     ("List-Id", "Carrera Dev MX <carreradev.substack.com>")))
    return message(hs, alt(text(body), html(page(paras(body)))))


# 50 ----------------------------------------------------------------- Greenhouse rejection
@reg(family="rejection", lang="en", interview=False, company="Prairie Ledger",
     note="Greenhouse rejection after the rescheduled 10 March interview")
def m50() -> bytes:
    body = t("""
        Hi Mariana,

        Thank you for taking the time to interview with us for the Software Engineer, Data Platform role on Tuesday. We appreciated the chance to learn about your experience.

        After careful consideration, we've decided not to move forward with your candidacy at this time. We'll keep your information on file and may reach out about future openings that match your background.

        We wish you the best in your search.

        Sincerely,
        Prairie Ledger Recruiting
        """)
    hs = head("Prairie Ledger <no-reply@us.greenhouse-mail.io>",
              "Update on your application to Prairie Ledger", "2026-03-20 11:30:40", CHI,
              "<20260320163040.1.6b0e9d8c7a5f4321@us.greenhouse-mail.io>",
              host="o2.us.greenhouse-mail.io", ip="167.89.12.45", ident="y3si9902281qkd.30")
    return message(hs, alt(text(body), html(page(paras(body), "en"))))


assert _key[0] == 50, _key[0]
