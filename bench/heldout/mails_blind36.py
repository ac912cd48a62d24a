"""blind36: 50 hand-written mails, the inbox of Lucía Ferrer, a UX designer in Madrid.

Built by ``python3 bench/heldout/make_blind.py blind36`` into ``bench/heldout/blind36/``.

She applies in Madrid, Barcelona, Valencia, Lisbon, London and to US companies hiring remotely in
Europe; most mail is Spanish from Spain, some English, one pt-PT mail and one Catalan mail. Every
mail below is written individually (one function per mail); ``make.py`` does the MIME plumbing and
the label checks. Written blind: the helper session that wrote this file did not read the
detector, its tests or fixtures, the other held-out sets, or any score.

Writing order: keys 1-23 are the positives, 24-50 the negatives; file numbers are a fixed shuffle
of that order (``ORDER`` below).
"""

from __future__ import annotations

import html as _html
import random

from make import (
    VTZ,
    Part,
    addr,
    alt,
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

ORDER = random.Random(36036).sample(range(1, 51), 50)
_KEYS = iter(ORDER)


def nm() -> str:
    """The file name of the next mail in writing order."""
    return f"blind36_{next(_KEYS):03d}"


ME = "lucia.ferrer@example.org"
ME_NAME = "Lucía Ferrer"
WORK = "lucia.ferrer@bravia.software"  # her current employer; a Gmail rule forwards that mailbox here
MADRID = "Europe/Madrid"

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


# --------------------------------------------------------------------------- small plumbing


def me(name: bool = True) -> str:
    return addr(ME_NAME, ME) if name else ME


def arrive(when: str, zone: str, host: str, ip: str, ident: str, lag: int = 2,
           to: str = ME) -> list[tuple[str, str]]:
    """Delivered-To + the Received line our MX adds."""
    return [
        ("Delivered-To", to),
        ("Received", received(f"from {host} ({host} [{ip}])", when, zone,
                              f"mx1.example.org (Postfix) with ESMTPS id {ident}", to, lag)),
    ]


def forwarded_from_work(when: str, zone: str, ident: str) -> list[tuple[str, str]]:
    """Mail to her work address that Gmail forwards to the personal inbox."""
    return [
        ("Delivered-To", ME),
        ("Received", received("from mail-wr1-f54.google.com (mail-wr1-f54.google.com [209.85.221.54])",
                              when, zone, f"mx1.example.org (Postfix) with ESMTPS id {ident}", ME, 5)),
        ("X-Forwarded-To", ME),
        ("X-Forwarded-For", f"{WORK} {ME}"),
    ]


def paras(body: str, style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222") -> str:
    """A plain HTML twin: one <p> per paragraph, <br> per line."""
    out = [f'<html><head><meta charset="utf-8"></head><body><div style="{style}">']
    for block in body.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(_html.escape(x) for x in block.split("\n")) + "</p>")
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def gmail(body: str, cte: str = "quoted-printable", charset: str = "utf-8"):
    return alt(text(body, charset, cte), html(gmail_html(body), charset, cte))


GCAL_FOOT_ES = """
Invitación de Google Calendar: https://calendar.google.com/calendar/

Has recibido este correo electrónico porque eres un invitado del evento. Para dejar de recibir actualizaciones de este evento, rechaza la invitación.

Si reenvías esta invitación, cualquier destinatario podrá enviar una respuesta al organizador, unirse a la lista de invitados, invitar a otras personas independientemente de su propio estado de invitación o modificar tu respuesta a la invitación. Más información: https://support.google.com/calendar/answer/37135#forwarding
"""

GCAL_FOOT_EN = """
Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

Forwarding this invitation could allow any recipient to send a response to the organiser, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
"""


def gcal_mail(headers: list[tuple[str, str]], body: str, ics: str, method: str = "REQUEST") -> bytes:
    """Google Calendar's shape: mixed(alternative(plain, html, calendar), invite.ics)."""
    inner = alt(
        text(body, cte="base64", params="format=flowed; delsp=yes"),
        html(paras(body, "font-family:Roboto,Arial,sans-serif;font-size:14px;color:#3c4043")),
        calendar(ics, method=method, cte="base64"),
    )
    return message(headers, mixed(
        inner,
        calendar(ics, method=method, cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


def outlook_html(body: str) -> str:
    """The Word-generated HTML twin Outlook sends."""
    out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word">',
           '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
           '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>',
           '<body lang="ES" link="#0563C1" vlink="#954F72"><div class="WordSection1">']
    for block in body.strip("\n").split("\n\n"):
        lines = "<br>\n".join(_html.escape(x) for x in block.split("\n"))
        out.append(f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:Calibri">{lines}'
                   "</span></p>")
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


# =========================================================================== positives


# key 1 ----------------------------------------------------------------------------------------------
@mail(nm(), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start="2026-04-14T08:00:00Z", end="2026-04-14T09:00:00Z",
      contact="irene.calvo@tornasol-labs.es", company="Tornasol Labs",
      local="Tue 2026-04-14 10:00", local_end="2026-04-14 11:00", zone=MADRID,
      note="Google Calendar invitation, Spanish UI: 'martes 14 abr 2026 10:00 - 11:00', 'Hora de verano "
           "de Europa central - Madrid' (CEST, UTC+2) -> 08:00-09:00Z; ICS in UTC agrees. First interview "
           "(portfolio + role) with the design manager and the Head of Design. contact = Reply-To / "
           "ORGANIZER (the design manager)")
def k01() -> bytes:
    body = t("""
        Te han invitado al siguiente evento.

        Entrevista Product Designer · Lucía Ferrer
        martes 14 abr 2026 ⋅ 10:00 – 11:00
        Hora de verano de Europa central - Madrid

        Unirse con Google Meet
        https://meet.google.com/qhv-tzmo-kra

        Unirse por teléfono
        (ES) +34 910 48 12 77 PIN: 482 117 903#
        Más números de teléfono: https://tel.meet/qhv-tzmo-kra?pin=4821179031203

        Hola Lucía:
        Como hablamos, aquí tienes la invitación. Estaremos Dani Ortuño (Head of Design) y yo. La primera media hora nos enseñas un par de proyectos y luego hablamos del puesto y de todo lo que quieras preguntarnos.
        ¡Nos vemos el martes!
        Irene

        Invitados
        Irene Calvo - organizador
        Daniel Ortuño
        lucia.ferrer@example.org
        Ver todos los invitados: https://calendar.google.com/calendar/event?action=VIEW&eid=NW4yazBjOHM0djFxN2gzbTlkNnIyYjB0MWEgbHVjaWEuZmVycmVyQGV4YW1wbGUub3Jn&tok=MjkjaXJlbmUuY2Fsdm9AdG9ybmFzb2wtbGFicy5lczFjNWQ&ctz=Europe%2FMadrid&hl=es&es=1

        Responder para lucia.ferrer@example.org
        Sí: https://calendar.google.com/calendar/event?action=RESPOND&eid=NW4yazBjOHM0djFxN2gzbTlkNnIyYjB0MWEgbHVjaWEuZmVycmVyQGV4YW1wbGUub3Jn&rst=1&tok=MjkjaXJlbmUuY2Fsdm9AdG9ybmFzb2wtbGFicy5lczFjNWQ&ctz=Europe%2FMadrid&hl=es&es=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid=NW4yazBjOHM0djFxN2gzbTlkNnIyYjB0MWEgbHVjaWEuZmVycmVyQGV4YW1wbGUub3Jn&rst=2&tok=MjkjaXJlbmUuY2Fsdm9AdG9ybmFzb2wtbGFicy5lczFjNWQ&ctz=Europe%2FMadrid&hl=es&es=1
        Quizás: https://calendar.google.com/calendar/event?action=RESPOND&eid=NW4yazBjOHM0djFxN2gzbTlkNnIyYjB0MWEgbHVjaWEuZmVycmVyQGV4YW1wbGUub3Jn&rst=3&tok=MjkjaXJlbmUuY2Fsdm9AdG9ybmFzb2wtbGFicy5lczFjNWQ&ctz=Europe%2FMadrid&hl=es&es=1
        Más opciones: https://calendar.google.com/calendar/event?action=VIEW&eid=NW4yazBjOHM0djFxN2gzbTlkNnIyYjB0MWEgbHVjaWEuZmVycmVyQGV4YW1wbGUub3Jn&tok=MjkjaXJlbmUuY2Fsdm9AdG9ybmFzb2wtbGFicy5lczFjNWQ&ctz=Europe%2FMadrid&hl=es&es=1
        """) + GCAL_FOOT_ES
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20260414T080000Z
        DTEND:20260414T090000Z
        DTSTAMP:20260407T101437Z
        ORGANIZER;CN=Irene Calvo:mailto:irene.calvo@tornasol-labs.es
        UID:5n2k0c8s4v1q7h3m9d6r2b0t1a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Irene Calvo;X-NUM-GUESTS=0:mailto:irene.calvo@tornasol-labs.es
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Ortuño;X-NUM-GUESTS=0:mailto:dani.ortuno@tornasol-labs.es
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.ferrer@example.org;X-NUM-GUESTS=0:mailto:lucia.ferrer@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/qhv-tzmo-kra
        CREATED:20260407T101322Z
        DESCRIPTION:Hola Lucía:\\nComo hablamos\\, aquí tienes la invitación. Estaremos Dani Ortuño (Head of Design) y yo. La primera media hora nos enseñas un par de proyectos y luego hablamos del puesto y de todo lo que quieras preguntarnos.\\n¡Nos vemos el martes!\\nIrene\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nÚnete a la reunión de Google Meet: https://meet.google.com/qhv-tzmo-kra\\n\\nÚnete por teléfono: (ES) +34 910 48 12 77 PIN: 482117903#\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
        LAST-MODIFIED:20260407T101437Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista Product Designer · Lucía Ferrer
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        ("Return-Path", "<3hfjUaQ0KBPcWnsgs9c-olg6y0mi0gXogoe6i.Wgs9c.oqgz6ij@calendar-server.bounces.google.com>"),
        *arrive("2026-04-07 10:14:37", "UTC", "mail-sor-f73.google.com", "209.85.220.73", "4fQk2M0r1Pz7wBd"),
        ("Reply-To", addr("Irene Calvo", "irene.calvo@tornasol-labs.es")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Message-ID", "<calendar-6c0d2a1e-8f41-4b7e-9a0c-2f5b7e31d9aa@google.com>"),
        ("Date", date("2026-04-07 10:14:37", "UTC")),
        ("Subject", enc("Invitación: Entrevista Product Designer · Lucía Ferrer @ mar 14 abr 2026 "
                        "10:00 - 11:00 (CEST) (lucia.ferrer@example.org)")),
        ("From", addr("Irene Calvo", "irene.calvo@tornasol-labs.es")),
        ("To", ME),
    ]
    return gcal_mail(headers, body, ics)


# key 2 ----------------------------------------------------------------------------------------------
@mail(nm(), family="outlook_exchange", lang="es", interview=True, kind="scheduled",
      start="2026-02-04T08:30:00Z", end="2026-02-04T09:30:00Z",
      contact="beatriz.montero@soleraseguros.es", company="Grupo Solera Seguros",
      local="Wed 2026-02-04 09:30", local_end="2026-02-04 10:30", zone=MADRID,
      note="Exchange meeting request; the time is only in the ICS: DTSTART;TZID=Romance Standard Time "
           "20260204T093000 (CET, UTC+1 in February) -> 08:30Z, DTEND 10:30 -> 09:30Z. Body says "
           "'alrededor de una hora' but the invitation states the range. contact = sender/ORGANIZER")
def k02() -> bytes:
    body = t("""
        Buenos días, Lucía:

        Tal y como hemos hablado por teléfono, le envío la convocatoria para la entrevista con el equipo de Experiencia Digital. Estaremos Tomás Reguera (responsable de UX) y yo misma. Calcule alrededor de una hora; la primera parte será una conversación sobre su trayectoria y después le pediremos que nos comente uno de los casos de su portfolio.

        Si tuviera cualquier problema para conectarse, puede llamarme al número de abajo.

        Un saludo,

        Beatriz Montero Gil
        Talento y Selección | Grupo Solera Seguros
        T. +34 91 555 27 40
        beatriz.montero@soleraseguros.es

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse desde el ordenador, la aplicación móvil o el dispositivo de la sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjQ2YTk1MGItNDc0Ny00ZDg2LWJmMzEtOGU3ZTIxNjA1YzQ4%40thread.v2/0?context=%7b%22Tid%22%3a%2264c2e1a0-7b3d-4f51-9a7e-0d1c8f2b6e44%22%2c%22Oid%22%3a%22b1d9f0e2-33c4-4a8e-9f6d-2e7a51c0d8b3%22%7d>
        Id. de reunión: 342 118 907 553
        Código de acceso: mB7qK2
        Descargar Teams<https://www.microsoft.com/es-es/microsoft-teams/download-app> | Unirse en la Web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/?organizerId=b1d9f0e2-33c4-4a8e-9f6d-2e7a51c0d8b3&tenantId=64c2e1a0-7b3d-4f51-9a7e-0d1c8f2b6e44&threadId=19_meeting_ZjQ2YTk1MGItNDc0Ny00ZDg2LWJmMzEtOGU3ZTIxNjA1YzQ4@thread.v2&messageId=0&language=es-ES>
        ________________________________________________________________________________
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @@VTZ@@
        BEGIN:VEVENT
        ORGANIZER;CN=Beatriz Montero Gil:mailto:beatriz.montero@soleraseguros.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.ferrer@example.org:mailto:lucia.ferrer@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tomás Reguera Pardo:mailto:tomas.reguera@soleraseguros.es
        DESCRIPTION;LANGUAGE=es-ES:Buenos días\\, Lucía:\\n\\nTal y como hemos hablado por teléfono\\, le envío la convocatoria para la entrevista con el equipo de Experiencia Digital.\\n
        UID:040000008200E00074C5B7101A82E00800000000A0C4D3E1F58FDC01000000000000000010000000F3B1E2A4C6D84B4F9A1E0C7D5B2A8E61
        SUMMARY;LANGUAGE=es-ES:Entrevista - Diseñador/a UX Senior - Lucía Ferrer
        DTSTART;TZID=Romance Standard Time:20260204T093000
        DTEND;TZID=Romance Standard Time:20260204T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260129T100219Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2121738450
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjQ2YTk1MGItNDc0Ny00ZDg2LWJmMzEtOGU3ZTIxNjA1YzQ4%40thread.v2/0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
        X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
        X-MICROSOFT-LOCATIONS:[ { "DisplayName" : "Reunión de Microsoft Teams"\\, "LocationAnnotation" : ""\\, "LocationSource" : 0\\, "Unresolved" : false\\, "LocationUri" : "" } ]
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """).replace("@@VTZ@@", VTZ_ROMANCE)
    headers = [
        *arrive("2026-01-29 11:02:19", MADRID, "mail-db8eur05on2071.outbound.protection.outlook.com",
                "40.107.20.71", "4f2ZqB3vLlz1rQm"),
        ("From", addr("Beatriz Montero Gil", "beatriz.montero@soleraseguros.es")),
        ("To", '"lucia.ferrer@example.org" <lucia.ferrer@example.org>'),
        ("CC", addr("Tomás Reguera Pardo", "tomas.reguera@soleraseguros.es")),
        ("Subject", enc("Entrevista - Diseñador/a UX Senior - Lucía Ferrer")),
        ("Thread-Topic", enc("Entrevista - Diseñador/a UX Senior - Lucía Ferrer")),
        ("Thread-Index", "AdyRBq3kQ0m7c1YwT5KsH8eJpF2v4A=="),
        ("Date", date("2026-01-29 11:02:19", MADRID)),
        ("Message-ID", "<DB9PR06MB7321A4F0C2E1B7D43C8E2A1FB95A2@DB9PR06MB7321.eurprd06.prod.outlook.com>"),
        ("Accept-Language", "es-ES, en-US"),
        ("Content-Language", "es-ES"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(headers, alt(
        text(body),
        html(outlook_html(body)),
        calendar(ics, method="REQUEST", cte="base64"),
        boundary="_000_DB9PR06MB7321A4F0C2E1B7D43C8E2A1FB95A2DB9PR06MB7321eurp_",
    ))


# key 3 ----------------------------------------------------------------------------------------------
@mail(nm(), family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-05-07T14:00:00Z", end="2026-05-07T15:00:00Z",
      contact="dana.whitfield@cobaltridge.com", company="Cobalt Ridge Software",
      local="Thu 2026-05-07 09:00", local_end="2026-05-07 10:00", zone="America/Chicago",
      note="Workday 'Interview Scheduled' notice, HTML only, from the tenant mailbox: 9:00-10:00 AM "
           "'(GMT-05:00) Central Time (Chicago)' on Thursday, May 7 (CDT, UTC-5) -> 14:00-15:00Z "
           "(16:00 in Madrid). contact = the recruiter address in the body (sender is a system mailbox)")
def k03() -> bytes:
    body = t("""
        <!DOCTYPE html>
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
        <title>Interview Scheduled</title></head>
        <body style="margin:0;padding:0;background:#f4f5f7">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7">
        <tr><td align="center" style="padding:24px 12px">
        <table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333">
        <tr><td style="padding:20px 32px;background:#0b3d5c;color:#ffffff;font-size:18px;font-weight:bold">Cobalt Ridge Careers</td></tr>
        <tr><td style="padding:28px 32px 8px 32px">
        <p>Hi Lucía,</p>
        <p>Your interview for <b>Senior Product Designer (Remote, EMEA)</b> has been scheduled. Please review the details below.</p>
        </td></tr>
        <tr><td style="padding:0 32px">
        <table role="presentation" cellpadding="6" cellspacing="0" style="font-size:14px;border:1px solid #dde1e6;width:100%">
        <tr><td style="width:140px;color:#6b778c">Interview</td><td>Portfolio Review &ndash; Design Team</td></tr>
        <tr><td style="color:#6b778c">Date</td><td>Thursday, May 7, 2026</td></tr>
        <tr><td style="color:#6b778c">Time</td><td>9:00 AM - 10:00 AM (GMT-05:00) Central Time (Chicago)</td></tr>
        <tr><td style="color:#6b778c">Location</td><td>Zoom &ndash; your interviewer will send the link in a separate calendar invitation</td></tr>
        <tr><td style="color:#6b778c">Interviewers</td><td>Marcus Lindqvist, Director of Product Design<br>Aisha Bello, Senior Product Designer</td></tr>
        </table>
        </td></tr>
        <tr><td style="padding:20px 32px">
        <p>Please be ready to share your screen and walk through two projects of your choice (about 20 minutes each), followed by questions from the panel.</p>
        <p>If you need to reschedule or have any questions, please contact Dana Whitfield at <a href="mailto:dana.whitfield@cobaltridge.com">dana.whitfield@cobaltridge.com</a>.</p>
        <p>You can view your application at any time on <a href="https://cobaltridge.wd5.myworkdayjobs.com/en-US/CobaltRidgeCareers/userHome">Candidate Home</a>.</p>
        <p>Thank you,<br>Cobalt Ridge Talent Acquisition</p>
        </td></tr>
        <tr><td style="padding:16px 32px;font-size:11px;color:#8993a4;border-top:1px solid #eeeeee">This email was sent from an unmonitored mailbox. Please do not reply.<br>Cobalt Ridge Software, Inc. &middot; Chicago, IL</td></tr>
        </table>
        </td></tr></table>
        </body></html>
        """)
    headers = [
        ("Return-Path", "<cobaltridge@myworkday.com>"),
        *arrive("2026-05-01 10:27:44", "America/Chicago", "wd5-smtp-out2.myworkday.com", "198.51.100.42",
                "4gCq1x2RMbz3nTs"),
        ("Date", date("2026-05-01 10:27:44", "America/Chicago")),
        ("From", addr("Cobalt Ridge Careers", "cobaltridge@myworkday.com")),
        ("To", ME),
        ("Message-ID", "<1146482991.88231.1777649264190.JavaMail.wdprod@wd5-prod-mail-03>"),
        ("Subject", "Interview Scheduled - Senior Product Designer (Remote, EMEA) - R-04417"),
    ]
    return message(headers, html(body, cte="quoted-printable"))


# key 4 ----------------------------------------------------------------------------------------------
@mail(nm(), family="successfactors", lang="es", interview=True, kind="scheduled",
      start="2026-06-23T09:00:00Z", end="2026-06-23T10:00:00Z",
      contact="nuria.soler@grupolumbre.com", company="Grupo Lumbre",
      local="Tue 2026-06-23 11:00", local_end="2026-06-23 12:00", zone=MADRID,
      note="SAP SuccessFactors interview invitation: 'Fecha: 23/06/2026, Hora: 11:00 - 12:00 (GMT+02:00)' "
           "in Barcelona (CEST) -> 09:00-10:00Z; ICS with TZID=Europe/Madrid agrees. Sender is a no-reply; "
           "contact = the human ICS ORGANIZER (also named in the body)")
def k04() -> bytes:
    plain = t("""
        Hola Lucía,

        Gracias por tu interés en Grupo Lumbre. Nos complace invitarte a una entrevista para la posición UX/UI Designer - E-commerce (Req. 45871).

        DETALLES DE LA ENTREVISTA
        Fecha: 23/06/2026
        Hora: 11:00 - 12:00 (GMT+02:00) Madrid, París
        Tipo: Presencial
        Lugar: Torre Lumbre, Av. Diagonal 640, planta 9, 08017 Barcelona
        Entrevistadores: Xavier Puig Ferrer (Head of Digital Product), Núria Soler Camps (Talent Acquisition)

        Por favor, trae tu DNI o pasaporte para registrarte en recepción.

        Si no pudieras asistir, escribe a Núria Soler (nuria.soler@grupolumbre.com) con al menos 24 horas de antelación.

        Atentamente,
        Equipo de Talent Acquisition
        Grupo Lumbre

        Este es un mensaje automático. Por favor, no respondas a esta dirección.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:'72',Arial,sans-serif;font-size:13px;color:#32363a">
        <p>Hola Lucía,</p>
        <p>Gracias por tu interés en Grupo Lumbre. Nos complace invitarte a una entrevista para la posición <b>UX/UI Designer - E-commerce (Req. 45871)</b>.</p>
        <p style="font-weight:bold;color:#c0392b">DETALLES DE LA ENTREVISTA</p>
        <p>Fecha: 23/06/2026<br>
        Hora: 11:00 - 12:00 (GMT+02:00) Madrid, París<br>
        Tipo: Presencial<br>
        Lugar: Torre Lumbre, Av. Diagonal 640, planta 9, 08017 Barcelona<br>
        Entrevistadores: Xavier Puig Ferrer (Head of Digital Product), Núria Soler Camps (Talent Acquisition)</p>
        <p>Por favor, trae tu DNI o pasaporte para registrarte en recepción.</p>
        <p>Si no pudieras asistir, escribe a Núria Soler (<a href="mailto:nuria.soler@grupolumbre.com">nuria.soler@grupolumbre.com</a>) con al menos 24 horas de antelación.</p>
        <p>Atentamente,<br>Equipo de Talent Acquisition<br>Grupo Lumbre</p>
        <p style="font-size:11px;color:#6a6d70">Este es un mensaje automático. Por favor, no respondas a esta dirección.</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        @@VTZ@@
        BEGIN:VEVENT
        UID:SF-ISC-45871-0193-20260623@grupolumbre.successfactors.eu
        DTSTAMP:20260617T064602Z
        DTSTART;TZID=Europe/Madrid:20260623T110000
        DTEND;TZID=Europe/Madrid:20260623T120000
        SUMMARY:Entrevista: UX/UI Designer - E-commerce (Req. 45871)
        LOCATION:Torre Lumbre\\, Av. Diagonal 640\\, planta 9\\, 08017 Barcelona
        DESCRIPTION:Entrevista presencial con Xavier Puig Ferrer y Núria Soler Camps.
        ORGANIZER;CN=Núria Soler Camps:mailto:nuria.soler@grupolumbre.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Ferrer:mailto:lucia.ferrer@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """).replace("@@VTZ@@", VTZ_MADRID)
    headers = [
        ("Return-Path", "<bounce-45871@sapsf.eu>"),
        *arrive("2026-06-17 08:46:02", MADRID, "mail-rot.sapsf.eu", "155.56.68.14", "4gQ0c8vJ2Sz4hNw"),
        ("Date", date("2026-06-17 08:46:02", MADRID)),
        ("From", addr("Grupo Lumbre - Empleo", "no-reply@successfactors.eu")),
        ("To", me()),
        ("Message-ID", "<20260617064602.4f1a0c9e.45871@lumbre.successfactors.eu>"),
        ("Subject", enc("Invitación a entrevista: UX/UI Designer - E-commerce (Req. 45871)")),
    ]
    return message(headers, mixed(
        alt(text(plain), html(page)),
        calendar(ics, method="REQUEST", cte="base64", filename="Interview.ics", disposition="attachment",
                 name_param=True),
    ))


# key 5 ----------------------------------------------------------------------------------------------
@mail(nm(), family="teamtailor", lang="es", interview=True, kind="scheduled",
      start="2026-07-09T10:30:00Z", end="2026-07-09T11:15:00Z",
      contact="pau.llorens@naranjopay.com", company="Naranjo Pay",
      local="Thu 2026-07-09 12:30", local_end="2026-07-09 13:15", zone=MADRID,
      note="Teamtailor meeting-booked confirmation: 'jueves, 9 de julio de 2026, 12:30 - 13:15 (CEST)' "
           "at the Valencia office -> 10:30-11:15Z; ICS in UTC agrees. Reply-To is a Teamtailor reply+ "
           "relay and the ICS organizer a no-reply, so contact = the Product Lead's address in the body")
def k05() -> bytes:
    plain = t("""
        Hola Lucía,

        ¡Gracias por elegir un hueco! Tu entrevista está confirmada.

        Entrevista con el equipo de producto
        jueves, 9 de julio de 2026
        12:30 - 13:15 (CEST)
        Oficina de Naranjo Pay – Carrer de Colón 48, 3ª planta, 46004 València

        Te recibiremos Clara Ferrándiz (UX Researcher) y yo. Si te apetece, trae el portátil con algún proyecto abierto, pero no hace falta preparar nada especial.

        Te adjuntamos la invitación para tu calendario.

        Si necesitas cambiar algo, escríbeme directamente a pau.llorens@naranjopay.com.

        ¡Hasta el jueves!
        Pau Llorens
        Product Lead · Naranjo Pay

        --
        Enviado con Teamtailor · https://naranjopay.teamtailor.com
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1a1a1a;background:#fafafa">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:28px">
        <img src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logotype-v3/naranjo.png" alt="Naranjo Pay" height="32">
        <p>Hola Lucía,</p>
        <p>¡Gracias por elegir un hueco! Tu entrevista está confirmada.</p>
        <div style="border:1px solid #eee;border-radius:8px;padding:16px">
        <p style="margin:0;font-weight:600">Entrevista con el equipo de producto</p>
        <p style="margin:4px 0">jueves, 9 de julio de 2026<br>12:30 - 13:15 (CEST)</p>
        <p style="margin:4px 0;color:#666">Oficina de Naranjo Pay – Carrer de Colón 48, 3ª planta, 46004 València</p>
        </div>
        <p>Te recibiremos Clara Ferrándiz (UX Researcher) y yo. Si te apetece, trae el portátil con algún proyecto abierto, pero no hace falta preparar nada especial.</p>
        <p>Te adjuntamos la invitación para tu calendario.</p>
        <p>Si necesitas cambiar algo, escríbeme directamente a <a href="mailto:pau.llorens@naranjopay.com">pau.llorens@naranjopay.com</a>.</p>
        <p>¡Hasta el jueves!<br>Pau Llorens<br>Product Lead · Naranjo Pay</p>
        <p style="font-size:12px;color:#999">Enviado con Teamtailor</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Meetings//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:meeting-3318842-candidate-9920417@teamtailor.com
        DTSTAMP:20260703T111806Z
        DTSTART:20260709T103000Z
        DTEND:20260709T111500Z
        SUMMARY:Entrevista con el equipo de producto - Naranjo Pay
        LOCATION:Carrer de Colón 48\\, 3ª planta\\, 46004 València
        ORGANIZER;CN=Naranjo Pay:mailto:no-reply@teamtailor-mail.com
        ATTENDEE;CN=Lucía Ferrer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lucia.ferrer@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        ("Return-Path", "<bounces+2210934-6f1e-lucia.ferrer=example.org@em.teamtailor-mail.com>"),
        *arrive("2026-07-03 11:18:06", "UTC", "o3.em.teamtailor-mail.com", "167.89.21.70", "4gT8pW1kQvz6cRb"),
        ("Date", date("2026-07-03 11:18:06", "UTC")),
        ("From", addr("Pau Llorens (Naranjo Pay)", "naranjo-pay@teamtailor-mail.com")),
        ("Reply-To", "reply+c7e1f0a93b2d4e6f81a5@teamtailor-mail.com"),
        ("To", ME),
        ("Message-ID", "<68661a3e9c1d2_1a2b3c4d5e@teamtailor-worker-7.mail>"),
        ("Subject", "Entrevista confirmada: Product Designer en Naranjo Pay"),
    ]
    return message(headers, mixed(
        alt(text(plain), html(page)),
        calendar(ics, method="REQUEST", cte="base64", filename="entrevista.ics", disposition="attachment"),
    ))


# key 6 ----------------------------------------------------------------------------------------------
@mail(nm(), family="personio", lang="ca", interview=True, kind="scheduled",
      start="2026-05-21T14:30:00Z", end="2026-05-21T15:30:00Z",
      contact="marta.vidal@mostradigital.cat", company="Mostra Digital",
      local="Thu 2026-05-21 16:30", local_end="2026-05-21 17:30", zone=MADRID,
      note="Catalan Personio message: 'dijous, 21 de maig de 2026, de 16:30 a 17:30' at the Barcelona "
           "office (CEST) -> 14:30-15:30Z. contact = Reply-To (People & Culture)")
def k06() -> bytes:
    body = t("""
        Hola Lucía,

        Moltes gràcies pel teu interès a formar part de Mostra Digital.

        Hem revisat el teu portfolio amb l'equip i ens agradaria conèixer-te en persona. Et confirmem l'entrevista:

        Data: dijous, 21 de maig de 2026
        Hora: de 16:30 a 17:30
        Lloc: Carrer de Pallars 108, 3r 2a, 08018 Barcelona (Poblenou)
        Amb: Marta Vidal (People) i Jordi Bosch (Director d'Art)

        Si tens qualsevol dubte o necessites canviar l'hora, només has de respondre aquest correu.

        Fins dijous!

        Marta Vidal
        People & Culture · Mostra Digital
        """)
    headers = [
        ("Return-Path", "<bounce-mail@mail.personio.de>"),
        *arrive("2026-05-15 13:41:55", MADRID, "mail-out-4.personio.de", "185.37.54.12", "4g8sN2dQ7Rz5kJx"),
        ("Date", date("2026-05-15 13:41:55", MADRID)),
        ("From", addr("Mostra Digital", "no-reply@jobs.personio.de")),
        ("Reply-To", addr("Marta Vidal", "marta.vidal@mostradigital.cat")),
        ("To", me()),
        ("Message-ID", "<8a4c2e0f6b1d9e3a7c5b@mail.personio.de>"),
        ("Subject", enc("Entrevista per a la posició de Dissenyador/a UX/UI")),
    ]
    return message(headers, alt(text(body), html(paras(body))))


# key 7 ----------------------------------------------------------------------------------------------
@mail(nm(), family="factorial", lang="es", interview=True, kind="scheduled",
      start="2026-09-10T15:00:00Z", end="2026-09-10T15:30:00Z",
      contact=None, company="Hoja en Blanco",
      local="Thu 2026-09-10 17:00", local_end="2026-09-10 17:30", zone=MADRID,
      note="Factorial ATS convocation: 'Fecha: 10/09/2026, Hora: 17:00 - 17:30 (Europe/Madrid)' (CEST) "
           "-> 15:00-15:30Z. Sent from a no-reply; the interviewer is named but no human address "
           "appears anywhere -> contact null")
def k07() -> bytes:
    plain = t("""
        Hola Lucía,

        Hoja en Blanco te ha convocado a una entrevista para la oferta Diseñador/a de Producto.

        Fecha: 10/09/2026
        Hora: 17:00 - 17:30 (Europe/Madrid)
        Modalidad: Videollamada
        Enlace: https://meet.google.com/ygt-kmsa-pwe
        Entrevistador/a: Sergio Almagro

        Si no puedes asistir, indícalo desde el portal de candidatos para que la empresa pueda proponerte otra fecha.

        Ver convocatoria: https://hojaenblanco.factorialhr.es/candidate_portal/interviews/88214

        Este mensaje se ha enviado automáticamente desde Factorial. Por favor, no respondas a este correo.
        """)
    page = t("""
        <!doctype html>
        <html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="margin:0;background:#f5f6fa;font-family:Inter,Helvetica,Arial,sans-serif;color:#25253d">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 8px">
        <table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:12px">
        <tr><td style="padding:32px 40px 0 40px;font-size:20px;font-weight:600">Tienes una entrevista</td></tr>
        <tr><td style="padding:16px 40px;font-size:15px;line-height:22px">
        <p>Hola Lucía,</p>
        <p><strong>Hoja en Blanco</strong> te ha convocado a una entrevista para la oferta <strong>Diseñador/a de Producto</strong>.</p>
        <table cellpadding="4" cellspacing="0" style="font-size:15px">
        <tr><td style="color:#8b8ba3">Fecha</td><td>10/09/2026</td></tr>
        <tr><td style="color:#8b8ba3">Hora</td><td>17:00 - 17:30 (Europe/Madrid)</td></tr>
        <tr><td style="color:#8b8ba3">Modalidad</td><td>Videollamada</td></tr>
        <tr><td style="color:#8b8ba3">Enlace</td><td><a href="https://meet.google.com/ygt-kmsa-pwe">https://meet.google.com/ygt-kmsa-pwe</a></td></tr>
        <tr><td style="color:#8b8ba3">Entrevistador/a</td><td>Sergio Almagro</td></tr>
        </table>
        <p>Si no puedes asistir, indícalo desde el portal de candidatos para que la empresa pueda proponerte otra fecha.</p>
        <p><a href="https://hojaenblanco.factorialhr.es/candidate_portal/interviews/88214" style="background:#e51943;color:#fff;padding:10px 18px;border-radius:8px;text-decoration:none">Ver convocatoria</a></p>
        </td></tr>
        <tr><td style="padding:16px 40px 32px 40px;font-size:12px;color:#8b8ba3">Este mensaje se ha enviado automáticamente desde Factorial. Por favor, no respondas a este correo.</td></tr>
        </table></td></tr></table></body></html>
        """)
    headers = [
        ("Return-Path", "<0102019a1c2b3d4e-5f6a7b8c-9d0e-1f2a-3b4c-5d6e7f8a9b0c-000000@eu-west-1.amazonses.com>"),
        *arrive("2026-09-04 10:02:11", "UTC", "a7-12.smtp-out.eu-west-1.amazonses.com", "54.240.7.12",
                "4gN3mD6sT0z8pVc"),
        ("Date", date("2026-09-04 10:02:11", "UTC")),
        ("From", addr("Hoja en Blanco", "no-reply@factorialhr.com")),
        ("To", ME),
        ("Message-ID", "<0102019a1c2b3d4e-5f6a7b8c-9d0e-1f2a-3b4c-5d6e7f8a9b0c-000000@eu-west-1.amazonses.com>"),
        ("Subject", enc("Has sido convocado/a a una entrevista - Diseñador/a de Producto")),
    ]
    return message(headers, alt(text(plain, cte="base64"), html(page, cte="base64")))


# key 8 ----------------------------------------------------------------------------------------------
@mail(nm(), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-05-05T13:00:00Z", end="2026-05-05T13:45:00Z",
      contact="olivia.hartley@fernleaf.health", company="Fernleaf Health",
      local="Tue 2026-05-05 15:00", local_end="2026-05-05 15:45", zone=MADRID,
      note="Greenhouse confirmation after self-scheduling; the times are shown in the candidate's zone: "
           "'3:00 PM - 3:45 PM (GMT+02:00) Madrid' on Tuesday, May 5 -> 13:00-13:45Z (2pm in London); ICS "
           "in UTC agrees. contact = Reply-To recruiter")
def k08() -> bytes:
    plain = t("""
        Hi Lucía,

        Thanks for choosing a time – you're confirmed for your Design Craft interview with Fernleaf Health.

        When: Tuesday, May 5, 2026 from 3:00 PM to 3:45 PM (GMT+02:00) Madrid
        Where: Google Meet – https://meet.google.com/dwr-pxsn-vhe
        Interviewer: Callum Reid, Principal Designer

        Callum will ask you to talk through one project in depth: the problem, the decisions you made along the way and what you'd do differently. No slides needed, but have the work ready to share.

        A calendar invitation is attached. If anything changes on your side, just reply to this email.

        Best,
        Olivia Hartley
        Talent Partner, Fernleaf Health
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Greenhouse//Greenhouse Calendar//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:greenhouse-interview-71940233-5521987@greenhouse.io
        DTSTAMP:20260429T150340Z
        DTSTART:20260505T130000Z
        DTEND:20260505T134500Z
        SUMMARY:Design Craft Interview - Fernleaf Health (Lucía Ferrer)
        DESCRIPTION:Google Meet: https://meet.google.com/dwr-pxsn-vhe\\nInterviewer: Callum Reid
        LOCATION:https://meet.google.com/dwr-pxsn-vhe
        ORGANIZER;CN=Olivia Hartley:mailto:olivia.hartley@fernleaf.health
        ATTENDEE;CN=Lucía Ferrer;RSVP=TRUE:mailto:lucia.ferrer@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        ("Return-Path", "<bounces+1841127-9b2c-lucia.ferrer=example.org@sendgrid.greenhouse.io>"),
        *arrive("2026-04-29 15:03:40", "UTC", "o7.sendgrid.greenhouse.io", "168.245.9.38", "4gBf7L2hXwz2mRk"),
        ("Date", date("2026-04-29 15:03:40", "UTC")),
        ("From", addr("Olivia Hartley", "no-reply@greenhouse.io")),
        ("Reply-To", addr("Olivia Hartley", "olivia.hartley@fernleaf.health")),
        ("To", me()),
        ("Message-ID", "<6812c9dc4a0f3_2b7e3fd1a8c4d97c1847f5@greenhouse-mailer-5b8d.mail>"),
        ("Subject", "Interview Confirmation: Fernleaf Health - Product Designer"),
    ]
    return message(headers, mixed(
        alt(text(plain), html(paras(plain))),
        calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment"),
    ))


# key 9 ----------------------------------------------------------------------------------------------
@mail(nm(), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-10-19T16:00:00Z", end="2026-10-19T16:30:00Z",
      contact="jenna.ruiz@loomwise.io", company="Loomwise",
      local="Mon 2026-10-19 18:00", local_end="2026-10-19 18:30", zone=MADRID,
      note="Calendly invitee confirmation of a 30-min hiring-manager chat: '06:00pm - 06:30pm, Monday, "
           "October 19, 2026 (Central European Time)'; Calendly's label says 'Central European Time' but "
           "Madrid is still on summer time until 25 October (UTC+2) -> 16:00-16:30Z; ICS in UTC agrees. "
           "contact = Reply-To host (the hiring manager)")
def k09() -> bytes:
    plain = t("""
        Hi Lucía Ferrer,

        Your Hiring manager chat – Product Designer with Jenna Ruiz at 06:00pm (Central European Time) on Monday, October 19, 2026 is scheduled.

        Event Type:
        Hiring manager chat – Product Designer

        Event Date/Time:
        06:00pm - 06:30pm, Monday, October 19, 2026 (Central European Time)

        Location:
        This is a Zoom web conference.
        You can join this meeting from your computer, tablet, or smartphone.
        https://loomwise.zoom.us/j/83310249765?pwd=cW1vRk9ZL0FzbUZ2b3RxTXl4cVhkdz09

        Description:
        A relaxed half hour to talk about the team, how we work and what you're looking for next. No prep needed!

        Invitee Time Zone:
        Central European Time

        Questions:
        Anything you'd like me to know beforehand?
        I'm based in Madrid; happy to talk about the design system work I led at Bravía.

        View event in Calendly: https://calendly.com/events/3f8b1c52-0d4e-4a77-9e2a-6c5d1b0f8e93

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/3f8b1c52-0d4e-4a77-9e2a-6c5d1b0f8e93
        Reschedule: https://calendly.com/reschedulings/3f8b1c52-0d4e-4a77-9e2a-6c5d1b0f8e93

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:3f8b1c52-0d4e-4a77-9e2a-6c5d1b0f8e93@calendly.com
        DTSTAMP:20261014T081910Z
        DTSTART:20261019T160000Z
        DTEND:20261019T163000Z
        SUMMARY:Hiring manager chat – Product Designer between Jenna Ruiz and Lucía Ferrer
        LOCATION:https://loomwise.zoom.us/j/83310249765?pwd=cW1vRk9ZL0FzbUZ2b3RxTXl4cVhkdz09
        ORGANIZER;CN=Jenna Ruiz:mailto:jenna.ruiz@loomwise.io
        ATTENDEE;CN=Lucía Ferrer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lucia.ferrer@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        ("Return-Path", "<bounces+4492837-3a1f-lucia.ferrer=example.org@mail.calendly.com>"),
        *arrive("2026-10-14 08:19:10", "UTC", "o12.mail.calendly.com", "149.72.131.8", "4hL2tS9dWqz3vBm"),
        ("Date", date("2026-10-14 08:19:10", "UTC")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Jenna Ruiz", "jenna.ruiz@loomwise.io")),
        ("To", me()),
        ("Message-ID", "<20261014081910.3f8b1c52.4492837@mail.calendly.com>"),
        ("Subject", enc("Confirmed: Hiring manager chat – Product Designer with Jenna Ruiz on Monday, "
                        "October 19, 2026")),
    ]
    return message(headers, mixed(
        alt(text(plain), html(paras(plain, "font-family:Helvetica,Arial,sans-serif;font-size:14px"))),
        calendar(ics, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


# key 10 ---------------------------------------------------------------------------------------------
@mail(nm(), family="human_prose", lang="pt", interview=True, kind="scheduled",
      start="2026-06-11T14:00:00Z", end=None,
      contact="ines.carvalho@marealta.pt", company="Maré Alta Software",
      local="Thu 2026-06-11 15:00", zone="Europe/Lisbon",
      note="pt-PT recruiter mail (iso-8859-1): 'quinta-feira, dia 11 de junho, às 15h00 (hora de Lisboa, "
           "16h00 em Madrid)'; Lisbon is on WEST (UTC+1) in June -> 14:00Z. 'cerca de uma hora' is "
           "approximate -> end null. contact = sender")
def k10() -> bytes:
    body = t("""
        Olá Lucía,

        Obrigada pela conversa de ontem. Conforme combinado, confirmo a entrevista com a equipa de design na quinta-feira, dia 11 de junho, às 15h00 (hora de Lisboa, ou seja, 16h00 em Madrid).

        A entrevista será por Google Meet e deverá demorar cerca de uma hora:
        https://meet.google.com/bns-ruqe-ahd

        Vão estar presentes a Filipa Nogueira (Head of Design) e o Rui Matos (Product Manager). Pedimos que prepare uma breve apresentação (10 a 15 minutos) de um projeto à sua escolha.

        Qualquer questão, estou ao dispor.

        Com os melhores cumprimentos,

        Inês Carvalho
        Talent Acquisition | Maré Alta Software
        Av. Dom Carlos I, 44 - 1200-649 Lisboa
        +351 21 340 5571
        """)
    headers = [
        ("Return-Path", "<ines.carvalho@marealta.pt>"),
        *arrive("2026-06-05 11:24:08", "Europe/Lisbon", "mail.marealta.pt", "203.0.113.61", "4gP7xF3nYdz1cWq"),
        ("From", addr("Inês Carvalho", "ines.carvalho@marealta.pt", "iso-8859-1")),
        ("To", me()),
        ("Subject", enc("Entrevista Maré Alta - Product Designer", "iso-8859-1")),
        ("Date", date("2026-06-05 11:24:08", "Europe/Lisbon")),
        ("Message-ID", "<7b1e0c94-5d2a-4f38-a6c1-9e08d3f2b417@marealta.pt>"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "pt-PT"),
    ]
    return message(headers, text(body, "iso-8859-1", "quoted-printable", params="format=flowed"))


# key 11 ---------------------------------------------------------------------------------------------
@mail(nm(), family="headhunter_prose", lang="es", interview=True, kind="scheduled",
      start="2026-04-28T15:30:00Z", end=None,
      contact="jorge.sanz@kairostalent.es", company="Finanbit",
      local="Tue 2026-04-28 17:30", zone=MADRID,
      note="Headhunter reply from his iPhone: 'el martes que viene a las 17:30' resolved against the Date "
           "(Thu 23 Apr 2026, Madrid) -> Tue 28 Apr, CEST -> 15:30Z. 'Calcula unos 45 min' is approximate "
           "-> end null. Hiring company is his client Finanbit; contact = the headhunter (sender)",
      days=(("Wed", "2026-04-22"),))
def k11() -> bytes:
    body = t("""
        Hola Lucía!

        Confirmado con el cliente: el martes que viene a las 17:30 tienes la primera entrevista con Finanbit, por Teams. Te entrevista Marta Lozano, Head of Product. Calcula unos 45 min.

        Ella te mandará la convocatoria en estos días, pero apúntatelo ya por si acaso.

        Cualquier cosa me dices. Un saludo!

        Jorge

        Enviado desde mi iPhone

        > El 22 abr 2026, a las 19:41, Lucía Ferrer <lucia.ferrer@example.org> escribió:
        >
        > Hola Jorge,
        >
        > Gracias por la llamada de esta mañana, me encaja mucho lo que me contaste.
        > Esta semana y la que viene tengo bastante flexibilidad por las tardes, a partir de las 16:00. Por las mañanas mejor lunes o miércoles.
        >
        > Un saludo,
        > Lucía
        """)
    headers = [
        ("Return-Path", "<jorge.sanz@kairostalent.es>"),
        *arrive("2026-04-23 13:10:52", MADRID, "mail-ej1-f46.google.com", "209.85.218.46", "4gBb0T8kPmz4wQs"),
        ("From", addr("Jorge Sanz", "jorge.sanz@kairostalent.es")),
        ("Content-Type", 'text/plain; charset="utf-8"'),
        ("Content-Transfer-Encoding", "quoted-printable"),
        ("Mime-Version", "1.0 (1.0)"),
        ("Subject", enc("Re: Posición Product Designer - fintech Madrid")),
        ("Date", date("2026-04-23 13:10:52", MADRID)),
        ("Message-Id", "<5E2C1A7F-93B0-4D8E-A2C6-0F41B7D9E3A5@kairostalent.es>"),
        ("References", "<CAJ9rLmQx4sT0k=Yb2n8Wd1pVf3hQe6@mail.gmail.com>\r\n"
                       " <6a2e91c4-0b7d-4f3e-8c15-d29a7b0e4f61@example.org>"),
        ("In-Reply-To", "<6a2e91c4-0b7d-4f3e-8c15-d29a7b0e4f61@example.org>"),
        ("To", me()),
        ("X-Mailer", "iPhone Mail (22E252)"),
    ]
    return message(headers, Part([], text(body).body), mime_version=False)


# key 12 ---------------------------------------------------------------------------------------------
@mail(nm(), family="hiring_manager_reply", lang="es", interview=True, kind="scheduled",
      start="2026-10-27T16:30:00Z", end=None,
      contact="alvaro@turialabs.es", company="Turia Labs",
      local="Tue 2026-10-27 17:30", zone=MADRID,
      note="CEO's reply on top of the quoted thread, agreeing a coffee with the team at the Valencia office: "
           "'quedamos el martes a las cinco y media de la tarde'. Date is Fri 23 Oct 2026 (CEST); the "
           "Tuesday is 27 Oct, after the switch back to CET on 25 Oct -> 17:30 CET = 16:30Z. No length "
           "-> end null. contact = sender",
      days=(("Thu", "2026-10-22"),))
def k12() -> bytes:
    body = t("""
        Genial Lucía! Pues quedamos el martes a las cinco y media de la tarde en la ofi, Carrer de Sueca 32 (Russafa). Cuando llegues pregunta por mí, que el timbre no va muy fino jaja

        Nada de preparar cosas, es para conocernos y que veas cómo trabajamos. Si te apetece traerte algo del portfolio en el portátil, perfecto.

        Abrazo,
        Álvaro

        El jue, 22 oct 2026 a las 21:03, Lucía Ferrer (<lucia.ferrer@example.org>) escribió:
        > ¡Hola Álvaro!
        >
        > Muchas gracias por escribir, me encantaría. El lunes estoy liada en Madrid, pero el martes o el miércoles por la tarde podría bajar a Valencia sin problema.
        >
        > Un saludo,
        > Lucía
        >
        > El jue, 22 oct 2026 a las 10:15, Álvaro Benlloch (<alvaro@turialabs.es>) escribió:
        >> Hola Lucía,
        >>
        >> Soy Álvaro, CEO de Turia Labs. Carmen nos pasó tu portfolio y al equipo le ha gustado mucho. Antes de meterte en un proceso formal, ¿te apetecería venir a tomar un café con nosotros y conocernos? Sería una charla informal con el equipo de diseño y conmigo, una horita.
        >>
        >> Álvaro
        """)
    headers = [
        ("Return-Path", "<alvaro@turialabs.es>"),
        *arrive("2026-10-23 14:37:20", MADRID, "mail-lf1-f52.google.com", "209.85.167.52", "4hN6rB1cZsz2tLd"),
        ("MIME-Version", "1.0"),
        ("References", "<CAL3vQp8zT0mWk5e=Ua9Ns2Hf7Rj1@mail.gmail.com> "
                       "<CAGx7Yp2Lq0dBn4=Vr8Kt3Mw9Jc5@mail.gmail.com>"),
        ("In-Reply-To", "<CAGx7Yp2Lq0dBn4=Vr8Kt3Mw9Jc5@mail.gmail.com>"),
        ("From", addr("Álvaro Benlloch", "alvaro@turialabs.es")),
        ("Date", date("2026-10-23 14:37:20", MADRID)),
        ("Message-ID", "<CAP1dWz4Hk7sNq0=Ye3Bm6Tc2Vr8@mail.gmail.com>"),
        ("Subject", enc("Re: Café con el equipo de Turia")),
        ("To", me()),
    ]
    return message(headers, gmail(body), mime_version=False)


# key 13 ---------------------------------------------------------------------------------------------
@mail(nm(), family="forward_to_self", lang="es", interview=True, kind="scheduled",
      start="2026-11-16T11:00:00Z", end=None,
      contact="rocio.padilla@lumenoptica.es", company="Lumen Óptica",
      local="Mon 2026-11-16 12:00", zone=MADRID,
      note="She forwards the recruiter's convocation to herself ('para el calendario!!'): 'el lunes 16 de "
           "noviembre a las 12:00' in Madrid (CET, UTC+1) -> 11:00Z; 'duración aproximada de una hora' -> "
           "end null. Sender is the candidate, so contact = the recruiter in the forwarded header",
      days=(("Mon", "2026-11-09"),))
def k13() -> bytes:
    body = t("""
        para el calendario!! llevar portfolio impreso + preguntar por el equipo de app

        -------- Mensaje reenviado --------
        Asunto: 	Convocatoria entrevista - Diseñador/a UX (Lumen Óptica)
        Fecha: 	Mon, 9 Nov 2026 17:22:06 +0000
        De: 	Rocío Padilla <rocio.padilla@lumenoptica.es>
        Para: 	lucia.ferrer@example.org <lucia.ferrer@example.org>



        Estimada Lucía:

        Nos ponemos en contacto contigo para convocarte a la segunda fase del proceso de selección para el puesto de Diseñador/a UX.

        La entrevista será el lunes 16 de noviembre a las 12:00 en nuestras oficinas de Paseo de la Castellana 95, planta 14 (Madrid). Tendrá una duración aproximada de una hora y participarán Enrique Sáez (Director de Canal Digital) y yo misma.

        Te agradeceríamos que nos confirmaras la asistencia respondiendo a este correo.

        Un cordial saludo,

        Rocío Padilla Arenas
        Selección y Desarrollo · Lumen Óptica
        Tel. 91 432 18 07
        """)
    headers = [
        ("Return-Path", "<lucia.ferrer@example.org>"),
        ("Delivered-To", ME),
        ("Received", "from [192.168.1.37] (84.78.22.190.dyn.user.ono.com [84.78.22.190])\r\n"
                     " by smtp.example.org (Postfix) with ESMTPSA id 4hR0k9QxMnz6bTd\r\n"
                     " for <lucia.ferrer@example.org>; Tue, 10 Nov 2026 07:03:42 +0000"),
        ("Message-ID", "<3f9d2b71-8c0e-4a5d-b6e2-71c4a0d95e18@example.org>"),
        ("Date", date("2026-11-10 08:03:41", MADRID)),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "es-ES"),
        ("To", me()),
        ("From", me()),
        ("Subject", enc("Fwd: Convocatoria entrevista - Diseñador/a UX (Lumen Óptica)")),
        ("References", "<AS8PR10MB6420B1D3E7F0C9A2B5D84E61F3A7@AS8PR10MB6420.EURPRD10.PROD.OUTLOOK.COM>"),
        ("X-Forwarded-Message-Id", "<AS8PR10MB6420B1D3E7F0C9A2B5D84E61F3A7@AS8PR10MB6420.EURPRD10.PROD.OUTLOOK.COM>"),
    ]
    return message(headers, text(body, cte="8bit", params="format=flowed"), mime_version=False)


# key 14 ---------------------------------------------------------------------------------------------
@mail(nm(), family="human_prose_html", lang="en", interview=True, kind="scheduled",
      start="2026-09-15T09:00:00Z", end="2026-09-15T11:30:00Z",
      contact="sophie.lane@kestrelmaps.co.uk", company="Kestrel Maps",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 12:30", zone="Europe/London",
      note="HTML-only base64 mail with an onsite final-round itinerary for Tuesday 15 September, 'All times "
           "are UK time (BST)': 10:00-10:45, 11:00-11:45, 12:00-12:30 -> first start 09:00Z to last end "
           "11:30Z (the 9:45 arrival is not the interview). contact = sender")
def k14() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Hi Lucía,</p>
        <p>Great news &ndash; the team would love to have you in for the final round! Here's the plan for <b>Tuesday 15 September</b> at our King's Cross office (Regent Quarter, 4th floor, 12 Caledonian Road, London N1 9DU):</p>
        <table style="border-collapse:collapse;font-size:11pt" cellpadding="6">
        <tr><td style="border-bottom:1px solid #ddd"><b>10:00 &ndash; 10:45</b></td><td style="border-bottom:1px solid #ddd">Portfolio presentation with the Design team (30 min talk + questions)</td></tr>
        <tr><td style="border-bottom:1px solid #ddd"><b>11:00 &ndash; 11:45</b></td><td style="border-bottom:1px solid #ddd">Collaboration interview with Tom Fairley (Product) and Ines Okafor (Engineering)</td></tr>
        <tr><td><b>12:00 &ndash; 12:30</b></td><td>Wrap-up with Hannah Cho, Head of Design</td></tr>
        </table>
        <p>All times are UK time (BST). Please arrive around 9:45 so reception can sign you in &ndash; ask for me at the front desk.</p>
        <p>We'll cover your travel from Madrid: book whatever flight suits you and send me the receipts afterwards. If you'd like to stay the night before, let me know and I'll sort a hotel nearby.</p>
        <p>Any questions at all, just reply here.</p>
        <p>Best,<br>Sophie</p>
        <p style="color:#777;font-size:9pt">Sophie Lane | Talent Partner | Kestrel Maps<br>sophie.lane@kestrelmaps.co.uk</p>
        </div></body></html>
        """)
    headers = [
        ("Return-Path", "<sophie.lane@kestrelmaps.co.uk>"),
        *arrive("2026-09-09 16:48:12", "Europe/London", "mail-wm1-f44.google.com", "209.85.128.44",
                "4hF1pK7vGcz5dXn"),
        ("MIME-Version", "1.0"),
        ("From", addr("Sophie Lane", "sophie.lane@kestrelmaps.co.uk")),
        ("Date", date("2026-09-09 16:48:12", "Europe/London")),
        ("Message-ID", "<CAF2jUq7Ns5Xy0=Td4Wb8Ke1Lm3Rc6@mail.gmail.com>"),
        ("Subject", enc("Your final round at Kestrel – Tuesday 15 September")),
        ("To", me()),
    ]
    return message(headers, html(page, cte="base64"), mime_version=False)


# key 15 ---------------------------------------------------------------------------------------------
@mail(nm(), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-03-18T15:00:00Z", end="2026-03-18T15:30:00Z",
      contact="kayla.brooks@northbeam.ai", company="Northbeam",
      local="Wed 2026-03-18 11:00", local_end="2026-03-18 11:30", zone="America/New_York",
      note="US recruiter reply: 'Wednesday at 11am ET ... 4pm for you in Madrid', Date Mon 16 Mar 2026 -> "
           "Wed 18 Mar. The US is already on EDT (UTC-4) since 8 March, Madrid still on CET -> 15:00Z; "
           "'We'll have 30 minutes' -> end 15:30Z. contact = sender",
      days=(("Mon", "2026-03-16"),))
def k15() -> bytes:
    body = t("""
        Hi Lucía,

        Great, you're all set for Wednesday at 11am ET with me – that's 4pm for you in Madrid (we sprang forward last weekend and you don't until the 29th, so it's only 5 hours between us this week). We'll have 30 minutes.

        Here's the Zoom: https://northbeam.zoom.us/j/91837465021?pwd=TjJvQ2tZbGhRcXc4WE5vUT09

        I'll tell you more about the team and the role, and I'd love to hear what you're looking for. Nothing to prepare.

        Talk soon,
        Kayla

        --
        Kayla Brooks
        Senior Technical Recruiter | Northbeam
        kayla.brooks@northbeam.ai

        On Mon, Mar 16, 2026 at 10:02 AM Lucía Ferrer <lucia.ferrer@example.org> wrote:
        > Hi Kayla,
        >
        > Thanks for reaching out, the role sounds great! Wednesday or Thursday afternoon my time would work best this week.
        >
        > Best,
        > Lucía
        """)
    headers = [
        ("Return-Path", "<kayla.brooks@northbeam.ai>"),
        *arrive("2026-03-16 13:40:27", "America/New_York", "mail-qt1-f171.google.com", "209.85.160.171",
                "4fY9bR2mHtz7kCw"),
        ("MIME-Version", "1.0"),
        ("References", "<CAHw4Tn9Yp2Lk7=Bc5Xq1Mz8Rd3@mail.gmail.com>"),
        ("In-Reply-To", "<CAHw4Tn9Yp2Lk7=Bc5Xq1Mz8Rd3@mail.gmail.com>"),
        ("From", addr("Kayla Brooks", "kayla.brooks@northbeam.ai")),
        ("Date", date("2026-03-16 13:40:27", "America/New_York")),
        ("Message-ID", "<CAN7eXr3Wm0Qb8=Hs2Jt6Yk4Pv1@mail.gmail.com>"),
        ("Subject", enc("Re: Northbeam – Product Designer (Remote, Europe)")),
        ("To", me()),
    ]
    return message(headers, gmail(body), mime_version=False)


# key 16 ---------------------------------------------------------------------------------------------
@mail(nm(), family="headhunter_prose", lang="es", interview=True, kind="scheduled",
      start="2026-12-10T08:30:00Z", end=None,
      contact="sonia.vera@borealtalent.es", company="Nube Roja Studio",
      local="Thu 2026-12-10 09:30", zone=MADRID,
      note="Headhunter pastes the client's WhatsApp lines ('el jueves 10 a las 9:30 la esperamos') and "
           "closes it: 'jueves 10/12 a las 9:30' at the Barcelona office (CET, UTC+1) -> 08:30Z. '1h más o "
           "menos' -> end null. Hiring company = the client; contact = the headhunter (sender)",
      days=(("Wed", "2026-12-02"), ("Thu", "2026-12-10")))
def k16() -> bytes:
    body = t("""
        Buenos días Lucía!!

        Te copio lo que me escribió anoche Elena por WhatsApp, para que lo tengas a mano:

        [2/12/26, 19:04] Elena Roig (Nube Roja): Sonia, perfecto, pues el jueves 10 a las 9:30 la esperamos en la ofi de Poblenou
        [2/12/26, 19:05] Elena Roig (Nube Roja): que traiga el portfolio en el portátil porfa 🙏
        [2/12/26, 19:05] Elena Roig (Nube Roja): será con Guille y conmigo, 1h más o menos

        Así que cerrado: jueves 10/12 a las 9:30, C/ Pujades 77, 2º (Barcelona). Pregunta por Elena en recepción.

        Cualquier cosa me llamas o me escribes al whats.

        Un abrazo y mucha suerte!
        Sonia

        --
        Sonia Vera
        Senior Consultant · Boreal Talent
        +34 644 218 930 · sonia.vera@borealtalent.es
        """)
    headers = [
        ("Return-Path", "<sonia.vera@borealtalent.es>"),
        *arrive("2026-12-03 09:12:33", MADRID, "mail-eopbgr130088.outbound.protection.outlook.com",
                "40.107.13.88", "4hZ2cM8wPlz3qFr"),
        ("From", addr("Sonia Vera", "sonia.vera@borealtalent.es")),
        ("To", me()),
        ("Subject", "Nube Roja - ya tienes fecha!!"),
        ("Thread-Topic", "Nube Roja - ya tienes fecha!!"),
        ("Thread-Index", "AdxjH2nB7Qe0xTzKR4m8Lp3Vw9sF1g=="),
        ("Date", date("2026-12-03 09:12:33", MADRID)),
        ("Message-ID", "<PAXPR09MB5537E0C2A4B19D6F8E3C71B2D9A4@PAXPR09MB5537.eurprd09.prod.outlook.com>"),
        ("Accept-Language", "es-ES"),
        ("Content-Language", "es-ES"),
        ("X-MS-Has-Attach", ""),
    ]
    return message(headers, alt(text(body), html(outlook_html(body))))


# key 17 ---------------------------------------------------------------------------------------------
@mail(nm(), family="google_calendar", lang="es", interview=True, kind="rescheduled",
      start="2026-03-30T10:00:00Z", end="2026-03-30T10:45:00Z",
      contact="oriol.casas@velardemobility.com", company="Velarde Mobility",
      local="Mon 2026-03-30 12:00", local_end="2026-03-30 12:45", zone=MADRID,
      note="Google Calendar 'Invitación actualizada' (SEQUENCE:1): moved from Friday 27 March to Monday 30 "
           "March at the same wall-clock time, 12:00-12:45. Mail sent on CET, the new day is after the "
           "switch to CEST on 29 March -> 10:00-10:45Z (the old slot would have been 11:00Z). ICS in UTC "
           "agrees. contact = Reply-To / ORGANIZER",
      days=(("Fri", "2026-03-27"),))
def k17() -> bytes:
    body = t("""
        Se ha modificado este evento.

        Entrevista UX – Velarde Mobility
        Modificado: lunes 30 mar 2026 ⋅ 12:00 – 12:45
        Hora de verano de Europa central - Madrid

        Unirse con Google Meet
        https://meet.google.com/ekz-nwpa-tfo

        Unirse por teléfono
        (ES) +34 932 75 40 18 PIN: 630 912 744#

        Lucía, perdona el cambio: el viernes 27 se nos ha complicado (demo con un cliente que no podemos mover). Lo pasamos al lunes 30 a la misma hora, misma sala de Meet. ¡Gracias por la flexibilidad!
        Oriol

        Invitados
        Oriol Casas - organizador
        Laia Serra
        lucia.ferrer@example.org
        Ver todos los invitados: https://calendar.google.com/calendar/event?action=VIEW&eid=MmhrN3Exc3A5dDBtNGMyeDZ2OGIzbjVqMWEgbHVjaWEuZmVycmVyQGV4YW1wbGUub3Jn&tok=MzEjb3Jpb2wuY2FzYXNAdmVsYXJkZW1vYmlsaXR5LmNvbTdhNGU&ctz=Europe%2FMadrid&hl=es&es=1

        Responder para lucia.ferrer@example.org
        Sí: https://calendar.google.com/calendar/event?action=RESPOND&eid=MmhrN3Exc3A5dDBtNGMyeDZ2OGIzbjVqMWEgbHVjaWEuZmVycmVyQGV4YW1wbGUub3Jn&rst=1&tok=MzEjb3Jpb2wuY2FzYXNAdmVsYXJkZW1vYmlsaXR5LmNvbTdhNGU&ctz=Europe%2FMadrid&hl=es&es=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid=MmhrN3Exc3A5dDBtNGMyeDZ2OGIzbjVqMWEgbHVjaWEuZmVycmVyQGV4YW1wbGUub3Jn&rst=2&tok=MzEjb3Jpb2wuY2FzYXNAdmVsYXJkZW1vYmlsaXR5LmNvbTdhNGU&ctz=Europe%2FMadrid&hl=es&es=1
        Quizás: https://calendar.google.com/calendar/event?action=RESPOND&eid=MmhrN3Exc3A5dDBtNGMyeDZ2OGIzbjVqMWEgbHVjaWEuZmVycmVyQGV4YW1wbGUub3Jn&rst=3&tok=MzEjb3Jpb2wuY2FzYXNAdmVsYXJkZW1vYmlsaXR5LmNvbTdhNGU&ctz=Europe%2FMadrid&hl=es&es=1
        """) + GCAL_FOOT_ES
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20260330T100000Z
        DTEND:20260330T104500Z
        DTSTAMP:20260324T160512Z
        ORGANIZER;CN=Oriol Casas:mailto:oriol.casas@velardemobility.com
        UID:2hk7q1sp9t0m4c2x6v8b3n5j1a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Oriol Casas;X-NUM-GUESTS=0:mailto:oriol.casas@velardemobility.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Laia Serra;X-NUM-GUESTS=0:mailto:laia.serra@velardemobility.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.ferrer@example.org;X-NUM-GUESTS=0:mailto:lucia.ferrer@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/ekz-nwpa-tfo
        CREATED:20260317T092741Z
        DESCRIPTION:Entrevista con Oriol (Head of Product) y Laia (Lead UX). 45 min.\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nÚnete a la reunión de Google Meet: https://meet.google.com/ekz-nwpa-tfo\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
        LAST-MODIFIED:20260324T160512Z
        LOCATION:
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Entrevista UX – Velarde Mobility
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        ("Return-Path", "<3QBXiaQ0KBFA3LQEQ7A-MJE4wKgk.EOe8eEc4g.Ec7A.mEfL4cg@calendar-server.bounces.google.com>"),
        *arrive("2026-03-24 16:05:12", "UTC", "mail-sor-f69.google.com", "209.85.220.69", "4fZ8kN3wQpz1bRt"),
        ("Reply-To", addr("Oriol Casas", "oriol.casas@velardemobility.com")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Message-ID", "<calendar-1e7d3b90-44a2-4c6f-8b13-9f0a2e5c7d81@google.com>"),
        ("Date", date("2026-03-24 16:05:12", "UTC")),
        ("Subject", enc("Invitación actualizada: Entrevista UX – Velarde Mobility @ lun 30 mar 2026 "
                        "12:00 - 12:45 (CEST) (lucia.ferrer@example.org)")),
        ("From", addr("Oriol Casas", "oriol.casas@velardemobility.com")),
        ("To", ME),
    ]
    return gcal_mail(headers, body, ics)


# key 18 ---------------------------------------------------------------------------------------------
@mail(nm(), family="outlook_exchange", lang="en", interview=True, kind="rescheduled",
      start="2026-06-12T14:30:00Z", end="2026-06-12T15:30:00Z",
      contact="harriet.cole@marlowefinch.co.uk", company="Marlowe & Finch Insurance",
      local="Fri 2026-06-12 15:30", local_end="2026-06-12 16:30", zone="Europe/London",
      note="Exchange meeting update (SEQUENCE:1) from the London recruiter: second interview moved from "
           "Thursday to 'Friday 12 June, 15:30-16:30 UK time (16:30-17:30 in Madrid)'; BST (UTC+1) -> "
           "14:30-15:30Z. ICS TZID=GMT Standard Time agrees. contact = sender / ORGANIZER",
      days=(("Fri", "2026-06-12"),))
def k18() -> bytes:
    body = t("""
        Hi Lucía,

        As discussed on the phone this morning, I've moved your second interview from Thursday to Friday 12 June, 15:30–16:30 UK time (16:30–17:30 in Madrid). Same panel (Graham and Priya) and the same Teams link. Apologies for the shuffle, and thanks for being so accommodating.

        Kind regards,
        Harriet

        Harriet Cole
        Talent Acquisition Partner
        Marlowe & Finch Insurance
        20 Fenchurch Place, London EC3M 4AJ

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTJhZDc0NjEtYjQ0Zi00ZTY0LWE5ZmQtNzE2ZDNmYTI4MzQx%40thread.v2/0?context=%7b%22Tid%22%3a%22a8d4c1e7-2f90-4b36-8e15-63c0d9b2f7a4%22%2c%22Oid%22%3a%225e1f7c3a-90b2-4d84-a6e3-1c07f8d29b5e%22%7d>
        Meeting ID: 381 442 906 117
        Passcode: Xk9wEq
        Download Teams<https://www.microsoft.com/en-gb/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=5e1f7c3a-90b2-4d84-a6e3-1c07f8d29b5e&tenantId=a8d4c1e7-2f90-4b36-8e15-63c0d9b2f7a4&threadId=19_meeting_OTJhZDc0NjEtYjQ0Zi00ZTY0LWE5ZmQtNzE2ZDNmYTI4MzQx@thread.v2&messageId=0&language=en-GB>
        ________________________________________________________________________________
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @@VTZ@@
        BEGIN:VEVENT
        ORGANIZER;CN=Harriet Cole:mailto:harriet.cole@marlowefinch.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Ferrer:mailto:lucia.ferrer@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Graham Pike:mailto:graham.pike@marlowefinch.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Priya Shah:mailto:priya.shah@marlowefinch.co.uk
        DESCRIPTION;LANGUAGE=en-GB:Hi Lucía\\,\\n\\nAs discussed on the phone this morning\\, I've moved your second interview from Thursday to Friday 12 June.\\n
        UID:040000008200E00074C5B7101A82E0080000000010B8E2C4D6F4DC010000000000000000100000007A3C9E1B5D2F4A6C8E0B1D3F5A7C9E2B
        SUMMARY;LANGUAGE=en-GB:UX Designer – second interview (Lucía Ferrer)
        DTSTART;TZID=GMT Standard Time:20260612T153000
        DTEND;TZID=GMT Standard Time:20260612T163000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260608T084103Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTSEQ:1
        X-MICROSOFT-CDO-OWNERAPPTID:-1893027744
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
        END:VCALENDAR
        """).replace("@@VTZ@@", VTZ["GMT Standard Time"])
    headers = [
        *arrive("2026-06-08 09:41:03", "Europe/London", "mail-lo2gbr01on2098.outbound.protection.outlook.com",
                "40.107.10.98", "4gQ3vT7cKmz8sPd"),
        ("From", addr("Harriet Cole", "harriet.cole@marlowefinch.co.uk")),
        ("To", '"lucia.ferrer@example.org" <lucia.ferrer@example.org>'),
        ("Subject", enc("Updated: UX Designer – second interview (Lucía Ferrer)")),
        ("Thread-Topic", enc("UX Designer – second interview (Lucía Ferrer)")),
        ("Thread-Index", "AQHc1e8kR3x0Vb7nTq2mYcL9sWf4jA=="),
        ("Date", date("2026-06-08 09:41:03", "Europe/London")),
        ("Message-ID", "<LO2P265MB4410C7A9E3B1D05F8A2C6E91B4D7@LO2P265MB4410.GBRP265.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(headers, alt(
        text(body),
        html(outlook_html(body)),
        calendar(ics, method="REQUEST", cte="base64"),
        boundary="_000_LO2P265MB4410C7A9E3B1D05F8A2C6E91B4D7LO2P265MB4410GBRP_",
    ))


# key 19 ---------------------------------------------------------------------------------------------
@mail(nm(), family="headhunter_prose", lang="es", interview=True, kind="rescheduled",
      start="2026-04-29T08:00:00Z", end=None,
      contact="jorge.sanz@kairostalent.es", company="Finanbit",
      local="Wed 2026-04-29 10:00", zone=MADRID,
      note="Headhunter's reply on top of his own earlier confirmation (quoted: 'el martes que viene a las "
           "17:30'): 'Lo he cerrado ya con ella para el miércoles 29 a las 10:00, mismo enlace de Teams' "
           "-> CEST -> 08:00Z; rescheduled, new time. No length -> end null. contact = sender",
      days=(("Wed", "2026-04-29"), ("Thu", "2026-04-23")))
def k19() -> bytes:
    body = t("""
        Buenos días Lucía,

        Cambio de planes, perdona el baile: a Marta le ha caído un comité de dirección el martes por la tarde y me pide moverlo. Lo he cerrado ya con ella para el miércoles 29 a las 10:00, mismo enlace de Teams. Como me dijiste que las mañanas de miércoles te venían bien, lo doy por confirmado; si no te cuadra, dímelo hoy y lo recoloco.

        Un saludo!
        Jorge

        --
        Jorge Sanz
        Kairós Talent · Digital & Product
        +34 611 402 318

        El jue, 23 abr 2026 a las 13:10, Jorge Sanz (<jorge.sanz@kairostalent.es>) escribió:
        > Hola Lucía!
        >
        > Confirmado con el cliente: el martes que viene a las 17:30 tienes la primera entrevista con Finanbit, por Teams. Te entrevista Marta Lozano, Head of Product. Calcula unos 45 min.
        >
        > Ella te mandará la convocatoria en estos días, pero apúntatelo ya por si acaso.
        >
        > Cualquier cosa me dices. Un saludo!
        >
        > Jorge
        """)
    headers = [
        ("Return-Path", "<jorge.sanz@kairostalent.es>"),
        *arrive("2026-04-27 09:05:18", MADRID, "mail-ed1-f48.google.com", "209.85.208.48", "4gDc3H6nRxz2pMv"),
        ("MIME-Version", "1.0"),
        ("References", "<CAJ9rLmQx4sT0k=Yb2n8Wd1pVf3hQe6@mail.gmail.com>\r\n"
                       " <6a2e91c4-0b7d-4f3e-8c15-d29a7b0e4f61@example.org>\r\n"
                       " <5E2C1A7F-93B0-4D8E-A2C6-0F41B7D9E3A5@kairostalent.es>"),
        ("In-Reply-To", "<5E2C1A7F-93B0-4D8E-A2C6-0F41B7D9E3A5@kairostalent.es>"),
        ("From", addr("Jorge Sanz", "jorge.sanz@kairostalent.es")),
        ("Date", date("2026-04-27 09:05:18", MADRID)),
        ("Message-ID", "<CAJ9rLmRb7Wq2e=Zt5Nk1Hy8Dc4@mail.gmail.com>"),
        ("Subject", enc("Re: Posición Product Designer - fintech Madrid")),
        ("To", me()),
    ]
    return message(headers, gmail(body), mime_version=False)


# key 20 ---------------------------------------------------------------------------------------------
@mail(nm(), family="google_calendar", lang="en", interview=True, kind="rescheduled",
      start="2026-11-03T15:00:00Z", end="2026-11-03T16:30:00Z",
      contact="megan.oneil@tidewaterlabs.com", company="Tidewater Labs",
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:30", zone="America/New_York",
      note="Google Calendar 'Updated invitation' (SEQUENCE:1) from a US recruiter: panel moved from Friday "
           "to 'Tuesday Nov 3, 2026 10am - 11:30am (EST)'. Sent Thu 29 Oct while New York is still on "
           "EDT; the US returns to EST on 1 November -> 15:00-16:30Z (4pm Madrid, which is already on "
           "CET). ICS in UTC agrees. contact = Reply-To / ORGANIZER",
      days=(("Fri", "2026-10-30"),))
def k20() -> bytes:
    body = t("""
        This event has been updated
        Changed: time

        Tidewater – Product Design Panel (Lucía Ferrer)
        Tuesday Nov 3, 2026 ⋅ 10am – 11:30am
        Eastern Time - New York

        Join with Google Meet
        https://meet.google.com/hgy-qcru-wzn

        Join by phone
        (US) +1 347-505-2281 PIN: 917 204 336#

        Hi Lucía – we're moving the panel from Friday (Oct 30) to Tuesday so that Sam can join. Heads up that our clocks go back this Sunday, so 10am here will be 4pm for you in Madrid. Agenda unchanged: 30 min portfolio walkthrough, 45 min collaborative whiteboard, 15 min for your questions.
        – Megan

        Guests
        Megan O'Neil - organiser
        Sam Whitaker
        Priya Nandakumar
        lucia.ferrer@example.org
        View all guest info: https://calendar.google.com/calendar/event?action=VIEW&eid=N3Q5bTJ4cjBrNGw4cDF2NnM5ZDNuN2IyZWggbHVjaWEuZmVycmVyQGV4YW1wbGUub3Jn&tok=MzEjbWVnYW4ub25laWxAdGlkZXdhdGVybGFicy5jb20xYjJj&ctz=America%2FNew_York&hl=en&es=1

        Reply for lucia.ferrer@example.org
        Yes: https://calendar.google.com/calendar/event?action=RESPOND&eid=N3Q5bTJ4cjBrNGw4cDF2NnM5ZDNuN2IyZWggbHVjaWEuZmVycmVyQGV4YW1wbGUub3Jn&rst=1&tok=MzEjbWVnYW4ub25laWxAdGlkZXdhdGVybGFicy5jb20xYjJj&ctz=America%2FNew_York&hl=en&es=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid=N3Q5bTJ4cjBrNGw4cDF2NnM5ZDNuN2IyZWggbHVjaWEuZmVycmVyQGV4YW1wbGUub3Jn&rst=2&tok=MzEjbWVnYW4ub25laWxAdGlkZXdhdGVybGFicy5jb20xYjJj&ctz=America%2FNew_York&hl=en&es=1
        Maybe: https://calendar.google.com/calendar/event?action=RESPOND&eid=N3Q5bTJ4cjBrNGw4cDF2NnM5ZDNuN2IyZWggbHVjaWEuZmVycmVyQGV4YW1wbGUub3Jn&rst=3&tok=MzEjbWVnYW4ub25laWxAdGlkZXdhdGVybGFicy5jb20xYjJj&ctz=America%2FNew_York&hl=en&es=1
        More options: https://calendar.google.com/calendar/event?action=VIEW&eid=N3Q5bTJ4cjBrNGw4cDF2NnM5ZDNuN2IyZWggbHVjaWEuZmVycmVyQGV4YW1wbGUub3Jn&tok=MzEjbWVnYW4ub25laWxAdGlkZXdhdGVybGFicy5jb20xYjJj&ctz=America%2FNew_York&hl=en&es=1
        """) + GCAL_FOOT_EN
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261103T150000Z
        DTEND:20261103T163000Z
        DTSTAMP:20261029T142209Z
        ORGANIZER;CN=Megan O'Neil:mailto:megan.oneil@tidewaterlabs.com
        UID:7t9m2xr0k4l8p1v6s9d3n7b2eh@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Megan O'Neil;X-NUM-GUESTS=0:mailto:megan.oneil@tidewaterlabs.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sam Whitaker;X-NUM-GUESTS=0:mailto:sam.whitaker@tidewaterlabs.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priya Nandakumar;X-NUM-GUESTS=0:mailto:priya.n@tidewaterlabs.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=lucia.ferrer@example.org;X-NUM-GUESTS=0:mailto:lucia.ferrer@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/hgy-qcru-wzn
        CREATED:20261021T193055Z
        DESCRIPTION:Hi Lucía – we're moving the panel from Friday (Oct 30) to Tuesday so that Sam can join. Agenda unchanged: 30 min portfolio walkthrough\\, 45 min collaborative whiteboard\\, 15 min for your questions.\\n– Megan
        LAST-MODIFIED:20261029T142209Z
        LOCATION:
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Tidewater – Product Design Panel (Lucía Ferrer)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        ("Return-Path", "<3kRdnaQ0KBGQp4j9j2f-xyk1wt.lvxj9uxgtufkgf.com@calendar-server.bounces.google.com>"),
        *arrive("2026-10-29 14:22:09", "UTC", "mail-sor-f72.google.com", "209.85.220.72", "4hP9wX2bLqz6rTn"),
        ("Reply-To", addr("Megan O'Neil", "megan.oneil@tidewaterlabs.com")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Message-ID", "<calendar-8b2f0d6e-3a41-47c9-b5e8-0c9d1a7f4e23@google.com>"),
        ("Date", date("2026-10-29 14:22:09", "UTC")),
        ("Subject", enc("Updated invitation: Tidewater – Product Design Panel (Lucía Ferrer) @ Tue Nov 3, "
                        "2026 10am - 11:30am (EST) (lucia.ferrer@example.org)")),
        ("From", addr("Megan O'Neil", "megan.oneil@tidewaterlabs.com")),
        ("To", ME),
    ]
    return gcal_mail(headers, body, ics)


# key 21 ---------------------------------------------------------------------------------------------
@mail(nm(), family="human_prose", lang="en", interview=True, kind="cancelled",
      start="2026-02-26T15:00:00Z", end=None,
      contact="theo.marsh@quietpixel.co.uk", company="Quiet Pixel",
      local="Thu 2026-02-26 15:00", zone="Europe/London",
      note="Hiring manager cancels: 'our interview on Thursday at 3pm (UK time)', Date Mon 23 Feb 2026 -> "
           "Thu 26 Feb, GMT (UTC+0) -> 15:00Z; role paused, no new time. contact = sender",
      days=(("Mon", "2026-02-23"),))
def k21() -> bytes:
    body = t("""
        Hi Lucía,

        I'm really sorry to do this, but I need to cancel our interview on Thursday at 3pm (UK time). We found out on Friday that the funding for the Product Designer role has been pushed back to Q3, so we've had to pause hiring for it.

        I've really enjoyed our chats so far and would genuinely like to get back in touch if it reopens – I hope that's OK with you. Apologies again for the late notice.

        Best,
        Theo

        --
        Theo Marsh
        Co-founder & Design Director
        Quiet Pixel · quietpixel.co.uk
        """)
    headers = [
        ("Return-Path", "<theo.marsh@quietpixel.co.uk>"),
        *arrive("2026-02-23 10:15:44", "Europe/London", "mail-pj1-f43.google.com", "209.85.216.43",
                "4fT6dP0mWvz3kHc"),
        ("MIME-Version", "1.0"),
        ("From", addr("Theo Marsh", "theo.marsh@quietpixel.co.uk")),
        ("Date", date("2026-02-23 10:15:44", "Europe/London")),
        ("Message-ID", "<CAE5hRt2Kw8Yq1=Nd7Vb4Xm0Lp6@mail.gmail.com>"),
        ("Subject", enc("Thursday's interview – cancelling, sorry")),
        ("To", me()),
    ]
    return message(headers, gmail(body), mime_version=False)


# key 22 ---------------------------------------------------------------------------------------------
@mail(nm(), family="google_calendar", lang="es", interview=True, kind="cancelled",
      start="2026-05-20T14:00:00Z", end="2026-05-20T15:00:00Z",
      contact="nerea@ardorastudio.es", company="Ardora Studio",
      local="Wed 2026-05-20 16:00", local_end="2026-05-20 17:00", zone=MADRID,
      note="Google Calendar 'Evento cancelado' (METHOD:CANCEL): 'miércoles 20 may 2026 16:00 - 17:00', "
           "CEST -> 14:00-15:00Z; hiring frozen, no new time. contact = Reply-To / ORGANIZER")
def k22() -> bytes:
    body = t("""
        Este evento se ha cancelado y se ha eliminado de tu calendario.

        Entrevista técnica UX – Ardora Studio
        miércoles 20 may 2026 ⋅ 16:00 – 17:00
        Hora de verano de Europa central - Madrid

        Lucía, perdona: tenemos que cancelar la entrevista del miércoles porque hemos congelado las contrataciones hasta después del verano. Te escribo en cuanto se reactive, de verdad que nos encajabas mucho. Un abrazo, Nerea

        Invitados
        Nerea Goikoetxea - organizador
        Iker Etxeberria
        lucia.ferrer@example.org
        Ver todos los invitados: https://calendar.google.com/calendar/event?action=VIEW&eid=NGM4cjF2OXEybTZ0MGs3eDNzNWI4bjFkcGYgbHVjaWEuZmVycmVyQGV4YW1wbGUub3Jn&tok=MjEjbmVyZWFAYXJkb3Jhc3R1ZGlvLmVzMmQzZQ&ctz=Europe%2FMadrid&hl=es&es=1
        """) + GCAL_FOOT_ES
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        DTSTART:20260520T140000Z
        DTEND:20260520T150000Z
        DTSTAMP:20260518T073150Z
        ORGANIZER;CN=Nerea Goikoetxea:mailto:nerea@ardorastudio.es
        UID:4c8r1v9q2m6t0k7x3s5b8n1dpf@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nerea Goikoetxea;X-NUM-GUESTS=0:mailto:nerea@ardorastudio.es
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Iker Etxeberria;X-NUM-GUESTS=0:mailto:iker@ardorastudio.es
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=lucia.ferrer@example.org;X-NUM-GUESTS=0:mailto:lucia.ferrer@example.org
        CREATED:20260512T154402Z
        DESCRIPTION:Prueba técnica en directo: te pasaremos un flujo de la app y lo rediseñamos juntos (Figma).
        LAST-MODIFIED:20260518T073150Z
        LOCATION:Ardora Studio\\, Calle de Fuencarral 124\\, 2º izq.\\, 28010 Madrid
        SEQUENCE:2
        STATUS:CANCELLED
        SUMMARY:Entrevista técnica UX – Ardora Studio
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        ("Return-Path", "<3JnRgaQ0KBLwm5q1q4w-nqx7nk.ynqk.6dk3qp0lbq4.q1s@calendar-server.bounces.google.com>"),
        *arrive("2026-05-18 07:31:50", "UTC", "mail-sor-f70.google.com", "209.85.220.70", "4gL1sV5dNcz7mXw"),
        ("Reply-To", addr("Nerea Goikoetxea", "nerea@ardorastudio.es")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Message-ID", "<calendar-d3a7c1e9-5f02-4b8d-9e61-2c4b0f8a7d35@google.com>"),
        ("Date", date("2026-05-18 07:31:50", "UTC")),
        ("Subject", enc("Evento cancelado: Entrevista técnica UX – Ardora Studio @ mié 20 may 2026 "
                        "16:00 - 17:00 (CEST) (lucia.ferrer@example.org)")),
        ("From", addr("Nerea Goikoetxea", "nerea@ardorastudio.es")),
        ("To", ME),
    ]
    return gcal_mail(headers, body, ics, method="CANCEL")


# key 23 ---------------------------------------------------------------------------------------------
@mail(nm(), family="outlook_exchange", lang="es", interview=True, kind="cancelled",
      start="2026-03-09T12:00:00Z", end="2026-03-09T13:00:00Z",
      contact="rquintana@aguasclaras-energia.es", company="Aguasclaras Energía",
      local="Mon 2026-03-09 13:00", local_end="2026-03-09 14:00", zone=MADRID,
      note="Exchange cancellation (METHOD:CANCEL, STATUS:CANCELLED), iso-8859-1 body: 'la entrevista "
           "prevista para el lunes 9 de marzo a las 13:00 h'; ICS Romance Standard Time 13:00-14:00, CET "
           "-> 12:00-13:00Z. Process suspended, no new time. contact = sender / ORGANIZER",
      days=(("Mon", "2026-03-09"),))
def k23() -> bytes:
    body = t("""
        Estimada Lucía:

        Lamentamos comunicarle que debemos cancelar la entrevista prevista para el lunes 9 de marzo a las 13:00 h. Por motivos organizativos, el proceso de selección para el puesto de Diseñador/a UX queda suspendido temporalmente; le informaremos si se retoma en las próximas semanas.

        Disculpe las molestias y gracias por su interés en Aguasclaras.

        Atentamente,

        Rafael Quintana Ortiz
        Departamento de Personas
        Aguasclaras Energía, S.A.
        Tel. 91 702 33 60
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @@VTZ@@
        BEGIN:VEVENT
        ORGANIZER;CN=Rafael Quintana Ortiz:mailto:rquintana@aguasclaras-energia.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Ferrer:mailto:lucia.ferrer@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marisol Echevarría:mailto:mechevarria@aguasclaras-energia.es
        DESCRIPTION;LANGUAGE=es-ES:Estimada Lucía:\\n\\nLamentamos comunicarle que debemos cancelar la entrevista.\\n
        UID:040000008200E00074C5B7101A82E00800000000F0A1B2C3D4A8DC01000000000000000010000000C1E3A5B7D9F2446688AACCEE13579BDF
        SUMMARY;LANGUAGE=es-ES:Cancelado: Entrevista Diseñador/a UX - Lucía Ferrer
        DTSTART;TZID=Romance Standard Time:20260309T130000
        DTEND;TZID=Romance Standard Time:20260309T140000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20260304T165210Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=es-ES:Sala Duero (planta 3) - Paseo de la Habana 42\\, Madrid
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:1450987213
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
        END:VEVENT
        END:VCALENDAR
        """).replace("@@VTZ@@", VTZ_ROMANCE)
    headers = [
        *arrive("2026-03-04 17:52:10", MADRID, "mail-mad1eur02on2114.outbound.protection.outlook.com",
                "40.107.249.114", "4fW2hQ9rDkz5tNb"),
        ("From", addr("Rafael Quintana Ortiz", "rquintana@aguasclaras-energia.es")),
        ("To", addr("Lucía Ferrer", ME, "iso-8859-1")),
        ("CC", addr("Marisol Echevarría", "mechevarria@aguasclaras-energia.es", "iso-8859-1")),
        ("Subject", enc("Cancelado: Entrevista Diseñador/a UX - Lucía Ferrer", "iso-8859-1")),
        ("Thread-Topic", enc("Entrevista Diseñador/a UX - Lucía Ferrer", "iso-8859-1")),
        ("Thread-Index", "AdyrC4q0Nf3WbE7mSxK1p9Ty2Lh8vQABc3dE"),
        ("Importance", "high"),
        ("X-Priority", "1"),
        ("Date", date("2026-03-04 17:52:10", MADRID)),
        ("Message-ID", "<MAD1EUR02MB4187D2A6F0B8C3E19A5D7F40C2B8@MAD1EUR02MB4187.eurprd02.prod.outlook.com>"),
        ("Accept-Language", "es-ES"),
        ("Content-Language", "es-ES"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(headers, alt(
        text(body, "iso-8859-1"),
        html(outlook_html(body).replace("charset=utf-8", "charset=iso-8859-1"), "iso-8859-1"),
        calendar(ics, method="CANCEL", cte="base64"),
        boundary="_000_MAD1EUR02MB4187D2A6F0B8C3E19A5D7F40C2B8MAD1EUR02MB4187eurp_",
    ))


# =========================================================================== negatives


def pdf_part(filename: str, title: str) -> Part:
    """A tiny, valid-looking PDF attachment (base64)."""
    import base64

    stream = f"BT /F1 18 Tf 72 760 Td ({title}) Tj ET"
    pdf = (
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
        "/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
        f"4 0 obj<</Length {len(stream)}>>stream\n{stream}\nendstream endobj\n"
        "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
        "trailer<</Root 1 0 R>>\n%%EOF\n"
    ).encode("latin-1")
    b64 = base64.encodebytes(pdf).decode("ascii")
    return raw_part([("Content-Type", f'application/pdf; name="{filename}"'),
                     ("Content-Disposition", f'attachment; filename="{filename}"'),
                     ("Content-Transfer-Encoding", "base64")], b64)


# key 24 ---------------------------------------------------------------------------------------------
@mail(nm(), family="job_alert", lang="es", interview=False, company=None,
      note="InfoJobs job-alert digest for 'diseñador ux' in Madrid; lists offers, confirms nothing")
def k24() -> bytes:
    plain = t("""
        Hola Lucía,

        Tenemos 12 nuevas ofertas que encajan con tu alerta "diseñador ux" en Madrid.

        Diseñador/a UX/UI Senior
        Grupo Solera Seguros - Madrid - Híbrido
        35.000 € - 42.000 € bruto/año · Publicada hace 1 día
        https://www.infojobs.net/madrid/disenador-ux-ui-senior/of-i7d2c18a4f34b6e9a0c5d1b8f2e7a93

        Product Designer (Fintech)
        Empresa confidencial - Madrid - Teletrabajo parcial
        Salario no disponible · Publicada hace 3 h · Proceso con entrevistas online
        https://www.infojobs.net/madrid/product-designer-fintech/of-if0b3e2d1c94a47a8b1e6c5d7f0a2b4

        UX Researcher
        Altamira Digital Consulting - Madrid - Presencial
        28.000 € - 32.000 € bruto/año · Publicada hace 2 días
        https://www.infojobs.net/madrid/ux-researcher/of-i4a9c7e2b10d84f3e9a2c6b5d1f8e07

        Diseñador/a de Producto Digital
        Hoja en Blanco - Madrid - Híbrido
        Salario no disponible · Publicada hace 5 h
        https://www.infojobs.net/madrid/disenador-producto-digital/of-i9e1d5c3a7b2f4860b4d2e8a1c6f35

        Ver las 12 ofertas: https://www.infojobs.net/ofertas-trabajo/madrid/disenador-ux?sinceDate=_24_HOURS&origin=alert

        ---
        Recibes este email porque tienes activa la alerta "diseñador ux" en Madrid.
        Gestionar alertas: https://www.infojobs.net/candidate/alerts
        Darte de baja de esta alerta: https://www.infojobs.net/candidate/alerts/unsubscribe?id=8812044&t=f3a2c1
        InfoJobs · Adevinta Spain S.L.U.
        """)
    headers = [
        ("Return-Path", "<bounce-alertas@push.infojobs.net>"),
        *arrive("2026-01-13 07:30:12", MADRID, "mta21.push.infojobs.net", "185.106.206.21", "4dT1fC8wVnz2hGq"),
        ("Date", date("2026-01-13 07:30:12", MADRID)),
        ("From", addr("InfoJobs", "noreply@push.infojobs.net")),
        ("To", ME),
        ("Message-ID", "<alert.8812044.20260113063012@push.infojobs.net>"),
        ("Subject", enc('12 nuevas ofertas para "diseñador ux" en Madrid')),
        ("List-Unsubscribe", "<https://www.infojobs.net/candidate/alerts/unsubscribe?id=8812044&t=f3a2c1>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
    return message(headers, alt(text(plain), html(paras(plain, "font-family:Arial,sans-serif;font-size:14px;"
                                                             "color:#2d3e50"))))


# key 25 ---------------------------------------------------------------------------------------------
@mail(nm(), family="job_alert", lang="en", interview=False, company=None,
      note="LinkedIn job alert (Barcelona); 'Actively recruiting' badges, no interview")
def k25() -> bytes:
    plain = t("""
        Your job alert for product designer in Barcelona, Catalonia, Spain
        9 new jobs match your preferences.

        Senior Product Designer
        Kestrel Maps
        Barcelona, Catalonia, Spain (Hybrid)
        Actively recruiting
        View job: https://www.linkedin.com/comm/jobs/view/4120987734/?trackingId=q1W2e3R4t5Y6u7I8o9P0aA%3D%3D

        Product Designer, Growth
        Loomwise
        Spain (Remote)
        Be an early applicant
        View job: https://www.linkedin.com/comm/jobs/view/4121044820/?trackingId=z9X8c7V6b5N4m3L2k1J0hG%3D%3D

        UX/UI Designer
        Mostra Digital
        Barcelona, Catalonia, Spain (On-site)
        2 school alumni work here
        View job: https://www.linkedin.com/comm/jobs/view/4119873311/?trackingId=Pq7Rs6Tu5Vw4Xy3Za2Bc1D%3D%3D

        See all jobs: https://www.linkedin.com/comm/jobs/search?keywords=product%20designer&location=Barcelona

        ----------------------------------------

        This email was intended for Lucía Ferrer (UX/UI Designer at Bravía Software)
        Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
        You are receiving Job Alert emails.
        Manage your job alerts: https://www.linkedin.com/comm/jobs/alerts
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs_alert
        © 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
        """)
    headers = [
        ("Return-Path", "<s-3xk9tq0v1x2y3z@bounce.linkedin.com>"),
        *arrive("2026-01-19 06:12:30", "UTC", "mailb-ae.linkedin.com", "108.174.3.180", "4dX7nP2qBkz4sLc"),
        ("Date", date("2026-01-19 06:12:30", "UTC")),
        ("From", addr("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com")),
        ("To", me()),
        ("Message-ID", "<1420553811.7264019.1768803150662@ltx1-app12874.prod.linkedin.com>"),
        ("Subject", enc("“product designer”: Kestrel Maps - Senior Product Designer and more")),
        ("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage"
                             "%3Aemail_jobs_alert>"),
        ("X-LinkedIn-Class", "JOBS-ALERT"),
        ("X-LinkedIn-Template", "email_jobs_saved_search_alert_01"),
    ]
    return message(headers, alt(text(plain), html(paras(plain, "font-family:-apple-system,Helvetica,Arial;"
                                                             "font-size:14px"))))


# key 26 ---------------------------------------------------------------------------------------------
@mail(nm(), family="application_status", lang="es", interview=False, company="Grupo Solera Seguros",
      note="InfoJobs status change to 'En proceso'; says the company 'podría' contact her for an interview")
def k26() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="es"><head><meta charset="utf-8"><title>Tu candidatura ha avanzado</title></head>
        <body style="margin:0;background:#eef2f5;font-family:Arial,Helvetica,sans-serif;color:#2d3e50">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px">
        <table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
        <tr><td style="background:#167db7;padding:18px 28px;color:#fff;font-size:22px;font-weight:bold">infojobs</td></tr>
        <tr><td style="padding:28px">
        <p style="font-size:18px;font-weight:bold">¡Tu candidatura ha avanzado!</p>
        <p>Hola Lucía,</p>
        <p><b>Grupo Solera Seguros</b> ha actualizado el estado de tu candidatura a la oferta <b>Diseñador/a UX/UI Senior</b>.</p>
        <table cellpadding="6" cellspacing="0" style="font-size:13px">
        <tr><td style="color:#27ae60">&#10003; Inscrito</td><td style="color:#27ae60">&#10003; CV leído</td><td style="color:#167db7;font-weight:bold">&#9679; En proceso</td><td style="color:#9aa7b3">Finalista</td><td style="color:#9aa7b3">Contratado</td></tr>
        </table>
        <p>Esto significa que tu perfil ha superado el primer filtro. La empresa podría ponerse en contacto contigo en los próximos días para concertar una entrevista, así que revisa tu correo y tu teléfono.</p>
        <p><a href="https://www.infojobs.net/candidate/applications/detail?applicationId=29910467" style="background:#ff6340;color:#fff;padding:10px 20px;text-decoration:none;border-radius:4px">Ver mi candidatura</a></p>
        <p style="font-size:13px;color:#6b7c8c">Consejo: prepara ejemplos concretos de tus proyectos y repasa la descripción de la oferta antes de hablar con la empresa.</p>
        </td></tr>
        <tr><td style="padding:16px 28px;font-size:11px;color:#9aa7b3;border-top:1px solid #eef2f5">Has recibido este email porque estás inscrito en una oferta de InfoJobs. Puedes gestionar tus notificaciones en tu perfil.<br>InfoJobs · Adevinta Spain S.L.U.</td></tr>
        </table></td></tr></table></body></html>
        """)
    headers = [
        ("Return-Path", "<bounce-candidaturas@push.infojobs.net>"),
        *arrive("2026-01-22 16:45:03", MADRID, "mta14.push.infojobs.net", "185.106.206.14", "4dZ9kR1tHmz7cWp"),
        ("Date", date("2026-01-22 16:45:03", MADRID)),
        ("From", addr("InfoJobs", "noreply@infojobs.net")),
        ("To", ME),
        ("Message-ID", "<status.29910467.20260122154503@push.infojobs.net>"),
        ("Subject", "Tu candidatura en Grupo Solera Seguros ha avanzado"),
    ]
    return message(headers, html(page))


# key 27 ---------------------------------------------------------------------------------------------
@mail(nm(), family="application_ack", lang="en", interview=False, company="Cobalt Ridge Software",
      note="Workday application receipt (HTML only); 'may include a phone screen' is hypothetical")
def k27() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <table width="600" cellpadding="0" cellspacing="0" align="center">
        <tr><td style="padding:20px 32px;background:#0b3d5c;color:#fff;font-size:18px;font-weight:bold">Cobalt Ridge Careers</td></tr>
        <tr><td style="padding:24px 32px">
        <p>Dear Lucía,</p>
        <p>Thank you for your interest in Cobalt Ridge Software! We have received your application for <b>Senior Product Designer (Remote, EMEA)</b> (R-04417).</p>
        <p>Our Talent Acquisition team is reviewing applications now. If your experience is a match for the role, a recruiter will reach out to discuss next steps, which may include a phone screen and interviews with the design team.</p>
        <p>You can check the status of your application at any time by signing in to <a href="https://cobaltridge.wd5.myworkdayjobs.com/en-US/CobaltRidgeCareers/userHome">Candidate Home</a>.</p>
        <p>Best regards,<br>Cobalt Ridge Talent Acquisition</p>
        </td></tr>
        <tr><td style="padding:12px 32px;font-size:11px;color:#888;border-top:1px solid #eee">This email was sent from an unmonitored mailbox. Please do not reply.</td></tr>
        </table></body></html>
        """)
    headers = [
        ("Return-Path", "<cobaltridge@myworkday.com>"),
        *arrive("2026-04-13 03:12:55", "America/Chicago", "wd5-smtp-out1.myworkday.com", "198.51.100.41",
                "4gA2rM5kTwz9vDs"),
        ("Date", date("2026-04-13 03:12:55", "America/Chicago")),
        ("From", addr("Cobalt Ridge Careers", "cobaltridge@myworkday.com")),
        ("To", ME),
        ("Message-ID", "<882190447.51207.1776067975001.JavaMail.wdprod@wd5-prod-mail-01>"),
        ("Subject", "Thank you for applying: Senior Product Designer (Remote, EMEA) - R-04417"),
    ]
    return message(headers, html(page, cte="base64"))


# key 28 ---------------------------------------------------------------------------------------------
@mail(nm(), family="application_ack", lang="es", interview=False, company="Hoja en Blanco",
      note="Factorial application receipt; 'nos pondremos en contacto contigo para concertar una "
           "entrevista' is conditional")
def k28() -> bytes:
    plain = t("""
        Hola Lucía,

        ¡Gracias por inscribirte en la oferta Diseñador/a de Producto de Hoja en Blanco!

        Hemos recibido tu candidatura correctamente. Nuestro equipo la revisará durante los próximos días y, si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo para concertar una entrevista.

        Mientras tanto, puedes consultar el estado de tu candidatura en el portal de candidatos:
        https://hojaenblanco.factorialhr.es/candidate_portal

        Un saludo,
        El equipo de Hoja en Blanco

        Este mensaje se ha enviado automáticamente desde Factorial. Por favor, no respondas a este correo.
        """)
    headers = [
        ("Return-Path", "<0102019a0e7f1c2d-8a9b0c1d-2e3f-4a5b-6c7d-8e9f0a1b2c3d-000000@eu-west-1.amazonses.com>"),
        *arrive("2026-08-25 12:40:21", MADRID, "a7-15.smtp-out.eu-west-1.amazonses.com", "54.240.7.15",
                "4hA4dG7pLrz1wNm"),
        ("Date", date("2026-08-25 12:40:21", MADRID)),
        ("From", addr("Hoja en Blanco", "no-reply@factorialhr.com")),
        ("To", ME),
        ("Message-ID", "<0102019a0e7f1c2d-8a9b0c1d-2e3f-4a5b-6c7d-8e9f0a1b2c3d-000000@eu-west-1.amazonses.com>"),
        ("Subject", enc("Hemos recibido tu candidatura - Diseñador/a de Producto")),
    ]
    return message(headers, alt(text(plain, cte="base64"), html(paras(plain), cte="base64")))


# key 29 ---------------------------------------------------------------------------------------------
@mail(nm(), family="rejection", lang="es", interview=False, company="Naranjo Pay",
      note="Teamtailor rejection after the interview 'del jueves 9 de julio' (a past date)",
      days=(("Thu", "2026-07-09"),))
def k29() -> bytes:
    plain = t("""
        Hola Lucía,

        Muchas gracias por el tiempo que nos dedicaste en la entrevista del jueves 9 de julio y por enseñarnos tu trabajo con tanto detalle.

        Ha sido una decisión difícil, pero finalmente hemos decidido seguir adelante con otra persona cuyo perfil encaja mejor con lo que necesitamos ahora mismo, sobre todo por su experiencia en producto B2B.

        Nos gustaría mantener tu candidatura en nuestra base de talento para futuras posiciones; si prefieres que la eliminemos, solo tienes que decírnoslo.

        Te deseamos muchísima suerte en la búsqueda.

        Un saludo,
        Pau Llorens
        Product Lead · Naranjo Pay

        --
        Enviado con Teamtailor
        """)
    headers = [
        ("Return-Path", "<bounces+2210934-77ad-lucia.ferrer=example.org@em.teamtailor-mail.com>"),
        *arrive("2026-07-20 10:05:47", "UTC", "o3.em.teamtailor-mail.com", "167.89.21.70", "4gX0bV3cMsz8qHf"),
        ("Date", date("2026-07-20 10:05:47", "UTC")),
        ("From", addr("Pau Llorens (Naranjo Pay)", "naranjo-pay@teamtailor-mail.com")),
        ("Reply-To", "reply+c7e1f0a93b2d4e6f81a5@teamtailor-mail.com"),
        ("To", ME),
        ("Message-ID", "<6879b6eb3f0a1_5d6e7f8a9b@teamtailor-worker-2.mail>"),
        ("Subject", "Tu candidatura a Product Designer en Naranjo Pay"),
    ]
    return message(headers, alt(text(plain), html(paras(plain))))


# key 30 ---------------------------------------------------------------------------------------------
@mail(nm(), family="offer", lang="es", interview=False, company="Tornasol Labs",
      note="Job offer with a reply deadline ('antes del jueves 30 de abril') and a start date; the call is "
           "offered 'cuando te venga bien', nothing fixed",
      days=(("Thu", "2026-04-30"), ("Mon", "2026-06-01")))
def k30() -> bytes:
    body = t("""
        Hola Lucía,

        ¡Qué alegría escribirte este correo! Después de las entrevistas con Dani y con el equipo, queremos que te unas a Tornasol como Product Designer.

        Te adjunto la carta con la propuesta completa. En resumen:

        - Salario: 46.000 € brutos anuales + hasta 2.000 € de bonus por objetivos
        - Contrato indefinido, modelo híbrido (martes y jueves en la oficina de Chamberí)
        - Incorporación propuesta: lunes 1 de junio de 2026
        - 25 días laborables de vacaciones, seguro médico y 800 €/año para formación

        Nos encantaría tener tu respuesta antes del jueves 30 de abril. Si te surge cualquier duda sobre la propuesta, dime y te llamo cuando te venga bien.

        Un abrazo muy fuerte,
        Irene

        --
        Irene Calvo · Design Manager
        Tornasol Labs · C/ de Santa Engracia 112, 28003 Madrid
        """)
    headers = [
        ("Return-Path", "<irene.calvo@tornasol-labs.es>"),
        *arrive("2026-04-21 17:26:30", MADRID, "mail-wr1-f47.google.com", "209.85.221.47", "4gB3tY6nKvz0dMq"),
        ("MIME-Version", "1.0"),
        ("From", addr("Irene Calvo", "irene.calvo@tornasol-labs.es")),
        ("Date", date("2026-04-21 17:26:30", MADRID)),
        ("Message-ID", "<CAB4nWq1Yx7Kd3=Pe9Tr2Mz6Hs0@mail.gmail.com>"),
        ("Subject", enc("Propuesta de incorporación – Product Designer")),
        ("To", me()),
        ("Cc", addr("Daniel Ortuño", "dani.ortuno@tornasol-labs.es")),
    ]
    return message(headers, mixed(gmail(body), pdf_part("Propuesta_Tornasol_LuciaFerrer.pdf",
                                                        "Propuesta de incorporacion")), mime_version=False)


# key 31 ---------------------------------------------------------------------------------------------
@mail(nm(), family="recruiter_outreach", lang="es", interview=False, company="Kairós Talent",
      note="Headhunter's first outreach: asks for 'un par de huecos esta semana o la que viene' for a call; "
           "nothing fixed. Company = the agency (client not named yet)")
def k31() -> bytes:
    body = t("""
        Hola Lucía,

        Soy Jorge Sanz, consultor de Kairós Talent. Estoy ayudando a una fintech de Madrid (unas 120 personas, Serie B cerrada el año pasado) a encontrar Product Designer para su equipo de pagos, y tu perfil me ha encajado muchísimo, sobre todo por tu experiencia en Bravía con flujos de onboarding y verificación.

        Algunos datos: rango de 45-52k + variable, híbrido (2 días en oficina, zona Azca) y un equipo de diseño de 6 personas con muy buena cultura.

        ¿Te apetecería que lo hablásemos? Si me dices un par de huecos esta semana o la que viene, te llamo 15 minutos y te cuento con más detalle.

        Un saludo,
        Jorge

        --
        Jorge Sanz
        Kairós Talent · Digital & Product
        +34 611 402 318
        """)
    headers = [
        ("Return-Path", "<jorge.sanz@kairostalent.es>"),
        *arrive("2026-04-16 11:48:02", MADRID, "mail-ed1-f41.google.com", "209.85.208.41", "4gA9wC2hRpz6bVx"),
        ("MIME-Version", "1.0"),
        ("From", addr("Jorge Sanz", "jorge.sanz@kairostalent.es")),
        ("Date", date("2026-04-16 11:48:02", MADRID)),
        ("Message-ID", "<CAJ9rLmQx4sT0k=Yb2n8Wd1pVf3hQe6@mail.gmail.com>"),
        ("Subject", enc("Posición Product Designer - fintech Madrid")),
        ("To", me()),
    ]
    return message(headers, gmail(body), mime_version=False)


# key 32 ---------------------------------------------------------------------------------------------
@mail(nm(), family="scheduling_link", lang="en", interview=False, company="Fernleaf Health",
      note="Greenhouse self-schedule request ('choose a time'); nothing booked yet")
def k32() -> bytes:
    plain = t("""
        Hi Lucía,

        Thanks for your time on the phone last week! The next step is a 45-minute Design Craft interview with one of our principal designers.

        Please use the link below to choose a time that works for you. Available slots are shown in your local time zone and cover the next two weeks:

        https://app.greenhouse.io/scheduling/candidate/self_schedule/8f2a9c41-7d3e-4b05-a1c6-e9b0d2f74813

        Once you've picked a slot you'll receive a confirmation with a calendar invite. If none of the times work, just reply and I'll find more.

        Best,
        Olivia Hartley
        Talent Partner, Fernleaf Health
        """)
    headers = [
        ("Return-Path", "<bounces+1841127-4c1e-lucia.ferrer=example.org@sendgrid.greenhouse.io>"),
        *arrive("2026-04-27 09:12:33", "UTC", "o7.sendgrid.greenhouse.io", "168.245.9.38", "4gD1mQ8sWbz3xKr"),
        ("Date", date("2026-04-27 09:12:33", "UTC")),
        ("From", addr("Olivia Hartley", "no-reply@greenhouse.io")),
        ("Reply-To", addr("Olivia Hartley", "olivia.hartley@fernleaf.health")),
        ("To", me()),
        ("Message-ID", "<680df5e1b7c24_3a9f2d81e6b0c4a71935c8@greenhouse-mailer-5b8d.mail>"),
        ("Subject", enc("Fernleaf Health – please pick a time for your Design Craft interview")),
    ]
    return message(headers, alt(text(plain), html(paras(plain))))


# key 33 ---------------------------------------------------------------------------------------------
@mail(nm(), family="slot_proposal", lang="es", interview=False, company="Tornasol Labs",
      note="Design manager proposes two slots (martes 14 a las 10:00 / miércoles 15 a las 16:30); not yet "
           "agreed",
      days=(("Tue", "2026-04-14"), ("Wed", "2026-04-15")))
def k33() -> bytes:
    body = t("""
        Hola Lucía,

        Soy Irene, Design Manager en Tornasol Labs. Muchas gracias por aplicar a la posición de Product Designer; nos ha encantado tu portfolio (el caso de la app de citas médicas, sobre todo).

        Nos gustaría hacerte una primera entrevista de una hora con Dani, nuestro Head of Design, y conmigo. Te propongo dos huecos:

        - martes 14 de abril, a las 10:00
        - miércoles 15 de abril, a las 16:30

        Si ninguno te va bien, dime qué días tienes libres y buscamos otro. Esta semana estamos medio de vacaciones por Semana Santa, así que no hay prisa en contestar.

        Un saludo,
        Irene

        --
        Irene Calvo · Design Manager
        Tornasol Labs · C/ de Santa Engracia 112, 28003 Madrid
        """)
    headers = [
        ("Return-Path", "<irene.calvo@tornasol-labs.es>"),
        *arrive("2026-04-01 13:05:40", MADRID, "mail-wr1-f49.google.com", "209.85.221.49", "4fZz7B0cJqz5nWd"),
        ("MIME-Version", "1.0"),
        ("From", addr("Irene Calvo", "irene.calvo@tornasol-labs.es")),
        ("Date", date("2026-04-01 13:05:40", MADRID)),
        ("Message-ID", "<CAB4nWq0Lp3Xe8=Kd2Vs7Rt1Ny5@mail.gmail.com>"),
        ("Subject", "Entrevista en Tornasol Labs"),
        ("To", me()),
    ]
    return message(headers, gmail(body), mime_version=False)


# key 34 ---------------------------------------------------------------------------------------------
@mail(nm(), family="take_home", lang="en", interview=False, company="Northbeam",
      note="Take-home design exercise with a deadline (Monday, March 30 at 9am ET); the follow-up review is "
           "not scheduled yet",
      days=(("Mon", "2026-03-30"),))
def k34() -> bytes:
    body = t("""
        Hi Lucía,

        Thanks again for Wednesday's chat – the team was excited to hear about your background! The next step is a short design exercise. You'll find the brief attached; please don't spend more than 4 hours on it.

        Please send your work back by Monday, March 30 at 9am ET (3pm for you – by then you'll be on summer time too). A Figma link or a PDF both work.

        Once we have it, I'll set up a 60-minute review where you walk the design team through your thinking.

        Any questions about the brief, just reply here.

        Cheers,
        Kayla

        --
        Kayla Brooks
        Senior Technical Recruiter | Northbeam
        """)
    headers = [
        ("Return-Path", "<kayla.brooks@northbeam.ai>"),
        *arrive("2026-03-20 12:30:15", "America/New_York", "mail-qt1-f176.google.com", "209.85.160.176",
                "4fZ1cL9mTnz2vGk"),
        ("MIME-Version", "1.0"),
        ("From", addr("Kayla Brooks", "kayla.brooks@northbeam.ai")),
        ("Date", date("2026-03-20 12:30:15", "America/New_York")),
        ("Message-ID", "<CAN7eXr9Qs4Lb1=Wt8Dk3Ym6Hc2@mail.gmail.com>"),
        ("Subject", enc("Northbeam design exercise – next steps")),
        ("To", me()),
    ]
    return message(headers, mixed(gmail(body), pdf_part("Northbeam_Design_Exercise_PD.pdf",
                                                        "Northbeam design exercise")), mime_version=False)


# key 35 ---------------------------------------------------------------------------------------------
@mail(nm(), family="assessment", lang="es", interview=False, company="Grupo Lumbre",
      note="SuccessFactors online assessment with a deadline ('hasta el 12/06/2026 a las 23:59'); not an "
           "interview",
      days=(("Fri", "2026-06-12"),))
def k35() -> bytes:
    plain = t("""
        Hola Lucía,

        Gracias por tu candidatura a la posición UX/UI Designer - E-commerce (Req. 45871). Como siguiente paso del proceso, te invitamos a completar una evaluación online de competencias y razonamiento (aprox. 35 minutos).

        Plazo: hasta el 12/06/2026 a las 23:59 (hora peninsular)
        Acceso: https://assessment.grupolumbre.com/start?c=GL-45871-0193&lang=es
        Código de candidato: GL-45871-0193

        Te recomendamos realizarla desde un ordenador, en un lugar tranquilo y con buena conexión. Una vez completada, el equipo de selección revisará los resultados y se pondrá en contacto contigo para informarte de los siguientes pasos.

        Atentamente,
        Equipo de Talent Acquisition
        Grupo Lumbre

        Este es un mensaje automático. Por favor, no respondas a esta dirección.
        """)
    headers = [
        ("Return-Path", "<bounce-45871@sapsf.eu>"),
        *arrive("2026-06-08 09:15:00", MADRID, "mail-rot.sapsf.eu", "155.56.68.14", "4gP2kW5bHxz9fTc"),
        ("Date", date("2026-06-08 09:15:00", MADRID)),
        ("From", addr("Grupo Lumbre - Empleo", "no-reply@successfactors.eu")),
        ("To", me()),
        ("Message-ID", "<20260608071500.9c3e7b21.45871@lumbre.successfactors.eu>"),
        ("Subject", enc("Siguiente paso: evaluación online - UX/UI Designer - E-commerce (Req. 45871)")),
    ]
    return message(headers, alt(text(plain), html(paras(plain, "font-family:'72',Arial,sans-serif;"
                                                             "font-size:13px;color:#32363a"))))


# key 36 ---------------------------------------------------------------------------------------------
@mail(nm(), family="non_interview_calendar", lang="es", interview=False, company=None,
      note="Dentist appointment reminder with ICS (iso-8859-1 body): confirmed time, not an interview",
      days=(("Thu", "2026-03-05"),))
def k36() -> bytes:
    body = t("""
        Hola Lucía,

        Le recordamos su próxima cita en Clínica Dental Retiro Sonríe:

        Fecha: jueves, 5 de marzo de 2026
        Hora: 18:30
        Profesional: Dra. Paloma Huerta
        Tratamiento: Revisión e higiene
        Dirección: C/ Ibiza 41, bajo, 28009 Madrid

        Si no puede acudir, por favor avísenos con 24 horas de antelación llamando al 91 573 22 18 o respondiendo a este correo.

        Adjuntamos la cita para que pueda añadirla a su calendario.

        Un saludo,
        Recepción - Clínica Dental Retiro Sonríe
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Gesden//Citas//ES
        METHOD:PUBLISH
        @@VTZ@@
        BEGIN:VEVENT
        UID:cita-2026-03-05-1830-44817@retirosonrie.es
        DTSTAMP:20260303T090004Z
        DTSTART;TZID=Europe/Madrid:20260305T183000
        DTEND;TZID=Europe/Madrid:20260305T191500
        SUMMARY:Cita dentista - Revisión e higiene (Dra. Huerta)
        LOCATION:C/ Ibiza 41\\, bajo\\, 28009 Madrid
        END:VEVENT
        END:VCALENDAR
        """).replace("@@VTZ@@", VTZ_MADRID)
    headers = [
        ("Return-Path", "<citas@retirosonrie.es>"),
        *arrive("2026-03-03 10:00:04", MADRID, "smtp.retirosonrie.es", "192.0.2.88", "4fV5rN8dXcz3mPb"),
        ("Date", date("2026-03-03 10:00:04", MADRID)),
        ("From", addr("Clínica Dental Retiro Sonríe", "citas@retirosonrie.es", "iso-8859-1")),
        ("To", ME),
        ("Message-ID", "<20260303090004.44817@retirosonrie.es>"),
        ("Subject", enc("Recordatorio de su cita - jueves 5 de marzo, 18:30", "iso-8859-1")),
        ("X-Mailer", "Gesden Recordatorios 4.2"),
    ]
    return message(headers, mixed(
        text(body, "iso-8859-1", "quoted-printable"),
        calendar(ics, method="PUBLISH", cte="base64", filename="cita.ics", disposition="attachment"),
    ))


# key 37 ---------------------------------------------------------------------------------------------
@mail(nm(), family="non_interview_calendar", lang="es", interview=False, company=None,
      note="Google Calendar invitation to a recurring daily stand-up at her current employer (sent to the "
           "work address, auto-forwarded); not an interview",
      days=(("Mon", "2026-01-12"),))
def k37() -> bytes:
    body = t("""
        Te han invitado al siguiente evento.

        Daily Diseño
        Semanal los días laborables ⋅ 9:30 – 9:45
        Hora estándar de Europa central - Madrid

        Unirse con Google Meet
        https://meet.google.com/wbd-xfpa-nqe

        15 min para repasar qué tenemos entre manos y bloqueos. Empezamos el lunes 12, ¡cámara opcional!
        Carla

        Invitados
        Carla Méndez - organizador
        Jaime Otero
        Lucía Ferrer
        Sergio Pastor
        Ana Belén Ruiz
        Ver todos los invitados: https://calendar.google.com/calendar/event?action=VIEW&eid=M3Axbjd2MGs5cjJtNHg4YjZ0MWM1ZHNfUjIwMjYwMTEyVDA4MzAwMCBsdWNpYS5mZXJyZXJAYnJhdmlhLnNvZnR3YXJl&tok=MjUjY2FybGEubWVuZGV6QGJyYXZpYS5zb2Z0d2FyZWE3Yjg&ctz=Europe%2FMadrid&hl=es&es=1

        Responder para lucia.ferrer@bravia.software
        Sí: https://calendar.google.com/calendar/event?action=RESPOND&eid=M3Axbjd2MGs5cjJtNHg4YjZ0MWM1ZHNfUjIwMjYwMTEyVDA4MzAwMCBsdWNpYS5mZXJyZXJAYnJhdmlhLnNvZnR3YXJl&rst=1&tok=MjUjY2FybGEubWVuZGV6QGJyYXZpYS5zb2Z0d2FyZWE3Yjg&ctz=Europe%2FMadrid&hl=es&es=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid=M3Axbjd2MGs5cjJtNHg4YjZ0MWM1ZHNfUjIwMjYwMTEyVDA4MzAwMCBsdWNpYS5mZXJyZXJAYnJhdmlhLnNvZnR3YXJl&rst=2&tok=MjUjY2FybGEubWVuZGV6QGJyYXZpYS5zb2Z0d2FyZWE3Yjg&ctz=Europe%2FMadrid&hl=es&es=1
        """) + GCAL_FOOT_ES
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        @@VTZ@@
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Madrid:20260112T093000
        DTEND;TZID=Europe/Madrid:20260112T094500
        RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR
        DTSTAMP:20260109T132011Z
        ORGANIZER;CN=Carla Méndez:mailto:carla.mendez@bravia.software
        UID:3p1n7v0k9r2m4x8b6t1c5ds@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Carla Méndez;X-NUM-GUESTS=0:mailto:carla.mendez@bravia.software
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jaime Otero;X-NUM-GUESTS=0:mailto:jaime.otero@bravia.software
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Ferrer;X-NUM-GUESTS=0:mailto:lucia.ferrer@bravia.software
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sergio Pastor;X-NUM-GUESTS=0:mailto:sergio.pastor@bravia.software
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ana Belén Ruiz;X-NUM-GUESTS=0:mailto:anabelen.ruiz@bravia.software
        X-GOOGLE-CONFERENCE:https://meet.google.com/wbd-xfpa-nqe
        CREATED:20260109T131940Z
        DESCRIPTION:15 min para repasar qué tenemos entre manos y bloqueos. Empezamos el lunes 12\\, ¡cámara opcional!\\nCarla
        LAST-MODIFIED:20260109T132011Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Daily Diseño
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """).replace("@@VTZ@@", VTZ_MADRID)
    headers = [
        ("Return-Path", "<3a1dgaQ0KBxY8NTHT8L-ATUF5LHR1.FRNL.ZTMTa4m.Lm@calendar-server.bounces.google.com>"),
        *forwarded_from_work("2026-01-09 13:20:11", "UTC", "4dQ8vB1kWnz4tRj"),
        ("Reply-To", addr("Carla Méndez", "carla.mendez@bravia.software")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Message-ID", "<calendar-0a4f8e2d-71b3-4c95-a6d0-e3b19c7f5a28@google.com>"),
        ("Date", date("2026-01-09 13:20:11", "UTC")),
        ("Subject", enc("Invitación: Daily Diseño @ Semanal los días laborables de 9:30 a 9:45 (CET) "
                        "(lucia.ferrer@bravia.software)")),
        ("From", addr("Carla Méndez", "carla.mendez@bravia.software")),
        ("To", WORK),
    ]
    return gcal_mail(headers, body, ics)


# key 38 ---------------------------------------------------------------------------------------------
@mail(nm(), family="non_interview_calendar", lang="es", interview=False, company=None,
      note="Google Calendar update of the yearly performance review with her current manager ('Entrevista "
           "anual de evaluación', moved to Wednesday 2 Dec); her own employer, not a job interview",
      days=(("Wed", "2026-12-02"), ("Tue", "2026-12-01")))
def k38() -> bytes:
    body = t("""
        Se ha modificado este evento.

        Evaluación anual de desempeño – Lucía / Jaime
        Modificado: miércoles 2 dic 2026 ⋅ 10:00 – 11:00
        Hora estándar de Europa central - Madrid

        Sala Lovelace (planta 2)

        Entrevista anual de evaluación: revisamos objetivos 2026, el feedback 360 y tu plan de carrera para 2027. Trae la autoevaluación rellena (está en Factorial > Evaluaciones).
        Lo muevo del martes 1 al miércoles porque el martes estoy en Valencia con cliente.
        Jaime

        Invitados
        Jaime Otero - organizador
        Lucía Ferrer
        Ver todos los invitados: https://calendar.google.com/calendar/event?action=VIEW&eid=NmsydjlwMWMzbThyMHg0dDduYjVzMnEgbHVjaWEuZmVycmVyQGJyYXZpYS5zb2Z0d2FyZQ&tok=MjUjamFpbWUub3Rlcm9AYnJhdmlhLnNvZnR3YXJlOWMxZA&ctz=Europe%2FMadrid&hl=es&es=1

        Responder para lucia.ferrer@bravia.software
        Sí: https://calendar.google.com/calendar/event?action=RESPOND&eid=NmsydjlwMWMzbThyMHg0dDduYjVzMnEgbHVjaWEuZmVycmVyQGJyYXZpYS5zb2Z0d2FyZQ&rst=1&tok=MjUjamFpbWUub3Rlcm9AYnJhdmlhLnNvZnR3YXJlOWMxZA&ctz=Europe%2FMadrid&hl=es&es=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid=NmsydjlwMWMzbThyMHg0dDduYjVzMnEgbHVjaWEuZmVycmVyQGJyYXZpYS5zb2Z0d2FyZQ&rst=2&tok=MjUjamFpbWUub3Rlcm9AYnJhdmlhLnNvZnR3YXJlOWMxZA&ctz=Europe%2FMadrid&hl=es&es=1
        """) + GCAL_FOOT_ES
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261202T090000Z
        DTEND:20261202T100000Z
        DTSTAMP:20261130T081022Z
        ORGANIZER;CN=Jaime Otero:mailto:jaime.otero@bravia.software
        UID:6k2v9p1c3m8r0x4t7nb5s2q@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jaime Otero;X-NUM-GUESTS=0:mailto:jaime.otero@bravia.software
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lucía Ferrer;X-NUM-GUESTS=0:mailto:lucia.ferrer@bravia.software
        CREATED:20261116T120512Z
        DESCRIPTION:Entrevista anual de evaluación: revisamos objetivos 2026\\, el feedback 360 y tu plan de carrera para 2027. Trae la autoevaluación rellena (está en Factorial > Evaluaciones).\\nLo muevo del martes 1 al miércoles porque el martes estoy en Valencia con cliente.\\nJaime
        LAST-MODIFIED:20261130T081022Z
        LOCATION:Sala Lovelace (planta 2)
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Evaluación anual de desempeño – Lucía / Jaime
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        ("Return-Path", "<3Gm1haQ0KBa4yDJ7JyB-0JK5vB7Hr.5HDB.PJCJQuc.Bc@calendar-server.bounces.google.com>"),
        *forwarded_from_work("2026-11-30 08:10:22", "UTC", "4hW5cK0rNtz8mBv"),
        ("Reply-To", addr("Jaime Otero", "jaime.otero@bravia.software")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Message-ID", "<calendar-f1c08a3b-9e52-4d67-b2a4-5d8e0c6f9b17@google.com>"),
        ("Date", date("2026-11-30 08:10:22", "UTC")),
        ("Subject", enc("Invitación actualizada: Evaluación anual de desempeño – Lucía / Jaime @ mié 2 dic "
                        "2026 10:00 - 11:00 (CET) (lucia.ferrer@bravia.software)")),
        ("From", addr("Jaime Otero", "jaime.otero@bravia.software")),
        ("To", WORK),
    ]
    return gcal_mail(headers, body, ics)


# key 39 ---------------------------------------------------------------------------------------------
@mail(nm(), family="personal_appointment", lang="es", interview=False, company=None,
      note="idealista flat-viewing confirmation (sábado 7 de marzo a las 11:00); not an interview",
      days=(("Sat", "2026-03-07"),))
def k39() -> bytes:
    plain = t("""
        Hola Lucía,

        El anunciante ha confirmado tu visita.

        Piso en calle de Embajadores, Lavapiés, Madrid
        1.150 €/mes · 2 hab. · 68 m² · 3ª planta con ascensor

        Día: sábado 7 de marzo
        Hora: 11:00
        Anunciante: Inmobiliaria Casa Centro (Marisa)

        Mensaje del anunciante:
        "Perfecto Lucía, nos vemos el sábado a las 11 en el portal. Si no me ves, llama al 3ºB. Trae la última nómina o el contrato si puedes. Marisa"

        Ver conversación: https://www.idealista.com/conversations/7a1c9e40-2b85-4f3d-91e6-0c8d5b7a2f14

        Si no puedes ir, avisa al anunciante desde la conversación.

        idealista
        """)
    headers = [
        ("Return-Path", "<bounces@mail.idealista.com>"),
        *arrive("2026-03-05 19:33:10", MADRID, "mail1.idealista.com", "185.17.148.31", "4fV9dX4cMqz6wLt"),
        ("Date", date("2026-03-05 19:33:10", MADRID)),
        ("From", addr("idealista", "noreply@mail.idealista.com")),
        ("To", ME),
        ("Message-ID", "<conv.7a1c9e40-2b85-4f3d-91e6-0c8d5b7a2f14.visit@mail.idealista.com>"),
        ("Subject", enc("Visita confirmada: piso en calle de Embajadores, Lavapiés")),
    ]
    return message(headers, alt(text(plain), html(paras(plain, "font-family:Arial,sans-serif;font-size:15px;"
                                                             "color:#333"))))


# key 40 ---------------------------------------------------------------------------------------------
@mail(nm(), family="meetup", lang="es", interview=False, company=None,
      note="Meetup RSVP for a UX talk titled 'Entrevistas con usuarios...' (jueves 19 de febrero, 19:00); "
           "user-research interviews, not a job interview",
      days=(("Thu", "2026-02-19"),))
def k40() -> bytes:
    plain = t("""
        ¡Te has apuntado!

        UX Madrid
        Entrevistas con usuarios que sí funcionan: guion, sesgos y síntesis

        jueves, 19 de febrero de 2026
        19:00 a 21:00 CET

        La Nave Digital
        Calle de Bravo Murillo 377, Madrid

        Traeremos a Marina Esteve (Research Lead en una scale-up de salud) para contarnos cómo prepara las entrevistas con usuarios, qué preguntas evitar y cómo pasar de 20 horas de grabaciones a insights accionables. Al final, cervezas y networking.

        64 asistentes · 12 en lista de espera

        Añadir al calendario: https://www.meetup.com/ux-madrid/events/305118742/ics/
        Ver evento: https://www.meetup.com/ux-madrid/events/305118742/

        ¿Ya no puedes asistir? Cambia tu respuesta para dejar tu plaza a otra persona.

        ---
        Meetup LLC, POB 4668 #37895, Nueva York, NY 10163-4668
        Darse de baja de estos emails: https://www.meetup.com/account/comm/?token=hT6q
        """)
    headers = [
        ("Return-Path", "<bounce-305118742@email.meetup.com>"),
        *arrive("2026-02-16 12:10:00", "UTC", "mta-out-12.email.meetup.com", "198.37.152.12", "4fL3pS6vGkz2cDn"),
        ("Date", date("2026-02-16 12:10:00", "UTC")),
        ("From", addr("Meetup", "info@email.meetup.com")),
        ("To", me()),
        ("Message-ID", "<rsvp.305118742.88310294.1771243800@email.meetup.com>"),
        ("Subject", enc("Te has apuntado a: Entrevistas con usuarios que sí funcionan")),
        ("List-Unsubscribe", "<https://www.meetup.com/account/comm/?token=hT6q>"),
    ]
    return message(headers, alt(text(plain), html(paras(plain, "font-family:Graphik,Helvetica,Arial,sans-serif;"
                                                             "font-size:15px;color:#212121"))))


# key 41 ---------------------------------------------------------------------------------------------
@mail(nm(), family="marketing_webinar", lang="es", interview=False, company=None,
      note="Design-school webinar registration 'La entrevista de portfolio, paso a paso' with ICS "
           "(miércoles 27 de mayo, 18:30); marketing, not a job interview",
      days=(("Wed", "2026-05-27"),))
def k41() -> bytes:
    plain = t("""
        Hola Lucía,

        ¡Ya tienes tu plaza! Te esperamos en nuestro webinar gratuito:

        LA ENTREVISTA DE PORTFOLIO, PASO A PASO
        Con Laura Quintana, Design Lead y profesora del Máster en Diseño de Producto

        miércoles 27 de mayo de 2026 · 18:30 - 19:30 (hora de Madrid)
        Online, por Zoom: https://brumula.zoom.us/w/86120937745?tk=Qp4dS1

        Veremos cómo estructurar tu presentación, qué proyectos elegir y cómo responder a las preguntas más temidas. Al final, 15 minutos de preguntas en directo y un descuento especial para la próxima edición del máster.

        Te adjuntamos el evento para tu calendario.

        ¡Nos vemos!
        Equipo Brúmula

        Brúmula Escuela de Diseño · Calle de la Palma 18, Madrid
        Si no quieres recibir más comunicaciones: https://brumula.es/baja?e=lucia.ferrer%40example.org
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Brumula//Eventos//ES
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:webinar-entrevista-portfolio-20260527@brumula.es
        DTSTAMP:20260512T140000Z
        DTSTART:20260527T163000Z
        DTEND:20260527T173000Z
        SUMMARY:Webinar: La entrevista de portfolio\\, paso a paso
        LOCATION:https://brumula.zoom.us/w/86120937745?tk=Qp4dS1
        DESCRIPTION:Webinar gratuito con Laura Quintana (Brúmula Escuela de Diseño).
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        ("Return-Path", "<bounce-mc.us21_99182734.4418820-lucia.ferrer=example.org@mail231.atl41.mcsv.net>"),
        *arrive("2026-05-12 16:00:00", MADRID, "mail231.atl41.mcsv.net", "198.2.131.231", "4gJ0fR7kPsz3nHc"),
        ("Date", date("2026-05-12 16:00:00", MADRID)),
        ("From", addr("Brúmula Escuela de Diseño", "eventos@brumula.es")),
        ("Reply-To", addr("Brúmula Escuela de Diseño", "eventos@brumula.es")),
        ("To", me()),
        ("Message-ID", "<6a4f1e0b2c93d8a7e51f.4418820@mail231.atl41.mcsv.net>"),
        ("Subject", enc('Tu plaza para el webinar "La entrevista de portfolio, paso a paso" (mié 27 de mayo, '
                        '18:30)')),
        ("List-Unsubscribe", "<https://brumula.es/baja?e=lucia.ferrer%40example.org>"),
        ("Precedence", "bulk"),
    ]
    return message(headers, mixed(
        alt(text(plain), html(paras(plain))),
        calendar(ics, method="PUBLISH", cte="base64", filename="webinar.ics", disposition="attachment"),
    ))


# key 42 ---------------------------------------------------------------------------------------------
@mail(nm(), family="mock_interview", lang="es", interview=False, company=None,
      note="Calendly booking (Spanish UI) of a paid mock interview with a career coach (martes 3 de marzo, "
           "19:00); confirmed time, but practice, not a job interview",
      days=(("Tue", "2026-03-03"),))
def k42() -> bytes:
    plain = t("""
        Hola, Lucía Ferrer:

        Se ha programado tu evento Simulacro de entrevista (60 min) con Raquel Ortega a las 19:00 (hora de Europa central) el martes, 3 de marzo de 2026.

        Tipo de evento:
        Simulacro de entrevista (60 min)

        Fecha/hora del evento:
        19:00 - 20:00, martes, 3 de marzo de 2026 (hora de Europa central)

        Ubicación:
        Google Meet (los detalles se añadirán a la invitación del calendario)

        Descripción:
        Sesión de práctica 1:1: simulamos una entrevista real para el puesto que estás preparando y al final te doy feedback por escrito. Pago por adelantado (65 €).

        Zona horaria del invitado:
        hora de Europa central

        Preguntas:
        ¿Para qué proceso te estás preparando?
        Entrevista presencial para Diseñadora UX en una energética, con un panel de dos personas. Me pone nerviosa la parte de "cuéntame un fracaso".

        Ver evento en Calendly: https://calendly.com/events/b71e4c09-2f58-4d1a-8c37-90e5a6d2f148

        ¿Necesitas hacer cambios en este evento?
        Cancelar: https://calendly.com/cancellations/b71e4c09-2f58-4d1a-8c37-90e5a6d2f148
        Reprogramar: https://calendly.com/reschedulings/b71e4c09-2f58-4d1a-8c37-90e5a6d2f148

        Con la tecnología de Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        BEGIN:VEVENT
        UID:b71e4c09-2f58-4d1a-8c37-90e5a6d2f148@calendly.com
        DTSTAMP:20260227T201450Z
        DTSTART:20260303T180000Z
        DTEND:20260303T190000Z
        SUMMARY:Simulacro de entrevista (60 min) entre Raquel Ortega y Lucía Ferrer
        LOCATION:Google Meet
        ORGANIZER;CN=Raquel Ortega:mailto:raquel@raquelortegacoach.com
        ATTENDEE;CN=Lucía Ferrer;PARTSTAT=ACCEPTED:mailto:lucia.ferrer@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        ("Return-Path", "<bounces+4492837-9e0d-lucia.ferrer=example.org@mail.calendly.com>"),
        *arrive("2026-02-27 20:14:50", "UTC", "o12.mail.calendly.com", "149.72.131.8", "4fT9kC3mRvz7bWs"),
        ("Date", date("2026-02-27 20:14:50", "UTC")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Raquel Ortega", "raquel@raquelortegacoach.com")),
        ("To", me()),
        ("Message-ID", "<20260227201450.b71e4c09.4492837@mail.calendly.com>"),
        ("Subject", enc("Confirmado: Simulacro de entrevista (60 min) con Raquel Ortega el martes, 3 de marzo "
                        "de 2026")),
    ]
    return message(headers, mixed(
        alt(text(plain), html(paras(plain, "font-family:Helvetica,Arial,sans-serif;font-size:14px"))),
        calendar(ics, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


# key 43 ---------------------------------------------------------------------------------------------
@mail(nm(), family="podcast", lang="es", interview=False, company=None,
      note="Podcast host confirms recording 'la entrevista para el podcast' (martes 6 de octubre, 19:00); "
           "a press-style interview, not a job interview",
      days=(("Tue", "2026-10-06"),))
def k43() -> bytes:
    body = t("""
        Hola Lucía!!

        Te confirmo la grabación de la entrevista para el podcast: martes 6 de octubre a las 19:00, por Riverside (te paso el enlace ese mismo día por la mañana). Serán unos 50 minutos de charla, sin prisas.

        Temas que había pensado, por si quieres darles una vuelta:
        - tu salto de diseño gráfico a UX
        - hacer research con poco presupuesto
        - cómo preparas las entrevistas con usuarios (¡tu hilo de LinkedIn petó!)

        Usa cascos con micro si puedes, y mejor desde un sitio sin eco. Saldrá publicado a finales de octubre.

        Mil gracias por animarte!!
        Bruno

        --
        Bruno Lafuente
        Píxeles y Personas · el podcast de diseño en español
        """)
    headers = [
        ("Return-Path", "<bruno@pixelesypersonas.fm>"),
        *arrive("2026-09-30 12:44:08", MADRID, "mail-yw1-f180.google.com", "209.85.128.180", "4hH2wN5tJcz0pQx"),
        ("MIME-Version", "1.0"),
        ("From", addr("Bruno Lafuente", "bruno@pixelesypersonas.fm")),
        ("Date", date("2026-09-30 12:44:08", MADRID)),
        ("Message-ID", "<CAD8pFv2Zm6Rt0=Qx3Lc9Wk1Bn7@mail.gmail.com>"),
        ("Subject", enc("Grabación Píxeles y Personas – confirmado martes 6/10")),
        ("To", me()),
    ]
    return message(headers, gmail(body), mime_version=False)


# key 44 ---------------------------------------------------------------------------------------------
@mail(nm(), family="interviewer_side", lang="es", interview=False, company=None,
      note="Teamtailor notice at her current employer: she is added as INTERVIEWER for a junior candidate "
           "(jueves 29 de enero, 11:00); confirmed time, but not her own job interview",
      days=(("Thu", "2026-01-29"),))
def k44() -> bytes:
    plain = t("""
        Hola Lucía,

        Carla Méndez te ha añadido como entrevistadora.

        Pablo Ruiz
        UX Designer Junior · Bravía Software

        jueves, 29 de enero de 2026
        11:00 - 12:00 (CET)
        Sala Hopper (oficina de Madrid) + Google Meet: https://meet.google.com/rvk-pqmz-tdb

        Entrevistadores: Carla Méndez, Lucía Ferrer

        Antes de la entrevista, echa un vistazo al CV y al portfolio del candidato:
        https://app.teamtailor.com/companies/bravia/jobs/4419820/candidates/18837302

        Recuerda rellenar la scorecard en las 24 horas siguientes a la entrevista.

        --
        Teamtailor · Bravía Software
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Meetings//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:meeting-2981137-interviewer-lucia@teamtailor.com
        DTSTAMP:20260121T094012Z
        DTSTART:20260129T100000Z
        DTEND:20260129T110000Z
        SUMMARY:Entrevista: Pablo Ruiz - UX Designer Junior
        LOCATION:Sala Hopper + https://meet.google.com/rvk-pqmz-tdb
        ORGANIZER;CN=Carla Méndez:mailto:carla.mendez@bravia.software
        ATTENDEE;CN=Lucía Ferrer;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.ferrer@bravia.software
        ATTENDEE;CN=Pablo Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:pablo.ruiz.design@example.com
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        ("Return-Path", "<bounces+2210934-1a2b-lucia.ferrer=bravia.software@em.teamtailor-mail.com>"),
        *forwarded_from_work("2026-01-21 09:40:12", "UTC", "4dY4mH7wCqz1sKv"),
        ("Date", date("2026-01-21 09:40:12", "UTC")),
        ("From", addr("Teamtailor", "no-reply@teamtailor.com")),
        ("To", WORK),
        ("Message-ID", "<6970a02c8e1f4_7a8b9c0d1e@teamtailor-worker-4.mail>"),
        ("Subject", enc("Has sido añadida a una entrevista: Pablo Ruiz – UX Designer Junior")),
    ]
    return message(headers, mixed(
        alt(text(plain), html(paras(plain))),
        calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment"),
    ))


# key 45 ---------------------------------------------------------------------------------------------
@mail(nm(), family="reference_call", lang="es", interview=False, company=None,
      note="A former colleague warns that a recruiter will call her as a REFERENCE ('el miércoles sobre las "
           "16:00'); not her interview")
def k45() -> bytes:
    body = t("""
        Holaaa Lucía!

        Oye, una cosa: estoy en la última fase con Lumo (lo de Lead Designer, cruzo los dedos!!) y me han pedido dos referencias. Te he puesto a ti, espero que no te importe 🙈

        Te llamará su recruiter, Andrea Gil, el miércoles sobre las 16:00 a tu móvil. Le interesa sobre todo cuando coincidimos en Bravía: el rediseño de la app, cómo llevaba las reviews con negocio y tal. No tienes que preparar nada, de verdad, 10-15 min como mucho.

        Si el miércoles no puedes, dímelo y le paso otro día.

        Te debo una caña (o tres) 🍻
        Dani
        """)
    headers = [
        ("Return-Path", "<daniela.robles@example.com>"),
        *arrive("2026-10-12 21:17:35", MADRID, "smtp.example.com", "192.0.2.140", "4hK8xP1dWrz5cFm"),
        ("MIME-Version", "1.0"),
        ("From", addr("Dani Robles", "daniela.robles@example.com")),
        ("Date", date("2026-10-12 21:17:35", MADRID)),
        ("Message-ID", "<8d3b6a1f-4c0e-47e2-9b5a-1f7c2e9d0a63@example.com>"),
        ("Subject", enc("te he puesto de referencia 🙈")),
        ("To", me()),
        ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
    ]
    return message(headers, alt(text(body, cte="quoted-printable"), html(paras(body, "font-family:-apple-system,"
                                                                              "Helvetica;font-size:13px"))),
                   mime_version=False)


# key 46 ---------------------------------------------------------------------------------------------
@mail(nm(), family="auto_reply", lang="es", interview=False, company="Grupo Solera Seguros",
      note="Outlook out-of-office auto-reply (Auto-Submitted: auto-replied), windows-1252 body; mentions the "
           "return date only",
      days=(("Mon", "2026-02-16"),))
def k46() -> bytes:
    body = t("""
        Buenos días:

        Estoy fuera de la oficina hasta el lunes 16 de febrero, con acceso limitado al correo. Para cualquier asunto urgente relacionado con procesos de selección, puede escribir a seleccion@soleraseguros.es.

        Gracias y un saludo,

        Beatriz Montero Gil
        Talento y Selección | Grupo Solera Seguros
        """)
    headers = [
        ("Return-Path", "<>"),
        *arrive("2026-02-09 09:12:40", MADRID, "mail-db8eur05on2062.outbound.protection.outlook.com",
                "40.107.20.62", "4fH1bT6nRwz8kLd"),
        ("From", addr("Beatriz Montero Gil", "beatriz.montero@soleraseguros.es")),
        ("To", addr("Lucía Ferrer", ME, "windows-1252")),
        ("Subject", enc("Respuesta automática: Gracias por la entrevista", "windows-1252")),
        ("Thread-Topic", "Gracias por la entrevista"),
        ("Thread-Index", "AQHcmZ3pKq1LwT0Y7Eu2bN8xR4sVfQ=="),
        ("Date", date("2026-02-09 09:12:40", MADRID)),
        ("Message-ID", "<DB9PR06MB73219F2C4E0A7B6D8E1C3F5A7B90@DB9PR06MB7321.eurprd06.prod.outlook.com>"),
        ("In-Reply-To", "<b2e4d6f8-1a3c-4e5f-9b7d-0c2e4a6f8d10@example.org>"),
        ("References", "<b2e4d6f8-1a3c-4e5f-9b7d-0c2e4a6f8d10@example.org>"),
        ("Content-Language", "es-ES"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "beatriz.montero@soleraseguros.es"),
    ]
    page = outlook_html(body).replace("charset=utf-8", "charset=windows-1252")
    return message(headers, alt(text(body, "windows-1252"), html(page, "windows-1252")))


# key 47 ---------------------------------------------------------------------------------------------
@mail(nm(), family="bounce", lang="en", interview=False, company=None,
      note="Postfix bounce (multipart/report) of her own reply confirming the Lisbon interview, sent to a "
           "mistyped address; the quoted confirmation is inside the returned message, the mail itself "
           "confirms nothing",
      days=(("Thu", "2026-06-11"),))
def k47() -> bytes:
    original_body = t("""
        ¡Hola Inês!

        Muchísimas gracias. Confirmo la entrevista del jueves 11 a las 15:00 hora de Lisboa (16:00 aquí). Preparo la presentación de 10-15 minutos, seguramente con el proyecto de la app de citas médicas.

        ¡Hasta el jueves!
        Lucía

        El 5/6/26 a las 12:24, Inês Carvalho escribió:
        > Olá Lucía,
        >
        > Obrigada pela conversa de ontem. Conforme combinado, confirmo a entrevista com a equipa de design na quinta-feira, dia 11 de junho, às 15h00 (hora de Lisboa, ou seja, 16h00 em Madrid).
        >
        > Com os melhores cumprimentos,
        > Inês Carvalho
        """)
    original = message([
        ("Message-ID", "<c9e1a3f5-7b2d-4c8e-a0f6-3d5b7e9c1a24@example.org>"),
        ("Date", date("2026-06-05 19:12:38", MADRID)),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Subject", enc("Re: Entrevista Maré Alta - Product Designer")),
        ("To", addr("Inês Carvalho", "ines.carvlho@marealta.pt")),
        ("References", "<7b1e0c94-5d2a-4f38-a6c1-9e08d3f2b417@marealta.pt>"),
        ("In-Reply-To", "<7b1e0c94-5d2a-4f38-a6c1-9e08d3f2b417@marealta.pt>"),
        ("From", me()),
        ("Content-Language", "es-ES"),
    ], text(original_body, cte="8bit", params="format=flowed"), mime_version=False)
    notice = t("""
        This is the mail system at host mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <ines.carvlho@marealta.pt>: host mx1.marealta.pt[203.0.113.60] said: 550 5.1.1
            <ines.carvlho@marealta.pt>: Recipient address rejected: User unknown in
            virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mail.example.org
        X-Postfix-Queue-ID: 4gQ8nB2xVdz1pLk
        X-Postfix-Sender: rfc822; lucia.ferrer@example.org
        Arrival-Date: Fri,  5 Jun 2026 19:12:41 +0200 (CEST)

        Final-Recipient: rfc822; ines.carvlho@marealta.pt
        Original-Recipient: rfc822;ines.carvlho@marealta.pt
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx1.marealta.pt
        Diagnostic-Code: smtp; 550 5.1.1 <ines.carvlho@marealta.pt>: Recipient address
            rejected: User unknown in virtual mailbox table
        """)
    report = multipart(
        "report",
        raw_part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
                 notice),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                 status),
        Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822"),
              ("Content-Transfer-Encoding", "8bit")], original),
        boundary="4gQ8nB2xVdz1pLk.1780679564/mail.example.org",
        params="report-type=delivery-status",
        preamble="This is a MIME-encapsulated message.",
    )
    headers = [
        ("Return-Path", "<>"),
        ("Delivered-To", ME),
        ("Received", "by mail.example.org (Postfix)\r\n id 4gQ8nB2xVdz1pLk; Fri,  5 Jun 2026 19:12:44 +0200 (CEST)"),
        ("Date", date("2026-06-05 19:12:44", MADRID)),
        ("From", "MAILER-DAEMON@mail.example.org (Mail Delivery System)"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("To", ME),
        ("Auto-Submitted", "auto-replied"),
        ("Message-Id", "<20260605171244.4gQ8nB2xVdz1pLk@mail.example.org>"),
        ("Content-Transfer-Encoding", "8bit"),
    ]
    return message(headers, report)


# key 48 ---------------------------------------------------------------------------------------------
@mail(nm(), family="newsletter_tips", lang="es", interview=False, company=None,
      note="Substack design newsletter about UX interview questions; mentions a subscribers' live session "
           "(jueves 12 de marzo, 19:00) but confirms nothing for her",
      days=(("Thu", "2026-03-12"),))
def k48() -> bytes:
    plain = t("""
        Diseño en Serie #87

        Las 12 preguntas que te van a hacer en tu próxima entrevista de UX
        (y cómo contestarlas sin sonar a manual)

        Hola, diseñadoras y diseñadores:

        Esta semana he recopilado las preguntas que más se repiten en las entrevistas de UX/Product Design en España, a partir de lo que me habéis contado 140 de vosotros en la encuesta de febrero. Spoiler: "cuéntame un proyecto del que estés orgullosa" sigue siendo la número uno.

        1. Cuéntame un proyecto del que estés orgullosa.
        2. ¿Cómo decides qué investigar cuando no hay presupuesto?
        3. Háblame de una vez que no estuviste de acuerdo con producto.
        ...

        Un consejo que no me canso de repetir: cuando te confirmen la entrevista, pregunta con quién vas a hablar y cuánto dura. Te cambia la preparación por completo.

        Próximo directo para suscriptores de pago: jueves 12 de marzo a las 19:00, revisamos portfolios en abierto.

        Un abrazo,
        Elisa

        Leer en la web: https://disenoenserie.substack.com/p/12-preguntas-entrevista-ux
        Darse de baja: https://disenoenserie.substack.com/action/disable_email?token=eyJ1c2VyX2lk
        Substack Inc., 548 Market Street, San Francisco, CA 94104
        """)
    headers = [
        ("Return-Path", "<bounce-87-lucia.ferrer=example.org@mg1.substack.com>"),
        *arrive("2026-03-08 08:00:21", "UTC", "mg1.substack.com", "198.61.254.21", "4fW0pB8mLkz2vNt"),
        ("Date", date("2026-03-08 08:00:21", "UTC")),
        ("From", addr("Diseño en Serie", "disenoenserie@substack.com")),
        ("Reply-To", addr("Diseño en Serie", "reply+2k4m9q@substack.com")),
        ("To", ME),
        ("Message-ID", "<20260308080021.3.8f2c1e0a9b7d6c5e@mg1.substack.com>"),
        ("Subject", enc("#87 · Las 12 preguntas que te van a hacer en tu próxima entrevista de UX")),
        ("List-Id", "<disenoenserie.substack.com>"),
        ("List-Unsubscribe", "<https://disenoenserie.substack.com/action/disable_email?token=eyJ1c2VyX2lk>"),
        ("Precedence", "bulk"),
    ]
    return message(headers, alt(text(plain), html(paras(plain, "font-family:Georgia,serif;font-size:17px;"
                                                             "color:#363737"))))


# key 49 ---------------------------------------------------------------------------------------------
@mail(nm(), family="post_interview", lang="es", interview=False, company="Tornasol Labs",
      note="Reply to her thank-you note after the interview; 'te decimos algo como muy tarde el martes que "
           "viene' is a decision date, not an interview")
def k49() -> bytes:
    body = t("""
        ¡Gracias a ti, Lucía! Ha sido un placer. A Dani y a mí nos ha gustado mucho cómo contaste el proyecto de la app de citas, sobre todo la parte de research.

        Esta semana terminamos con el resto de candidatos y te decimos algo como muy tarde el martes que viene.

        Un saludo,
        Irene

        El mar, 14 abr 2026 a las 13:02, Lucía Ferrer (<lucia.ferrer@example.org>) escribió:
        > Hola Irene,
        >
        > Muchas gracias a Dani y a ti por la entrevista de esta mañana, me ha encantado conocer cómo trabajáis y el reto de la nueva app. Os dejo el enlace al prototipo del que os hablé: https://www.figma.com/proto/Xq8L2tK/citas-medicas
        >
        > Un saludo,
        > Lucía
        """)
    headers = [
        ("Return-Path", "<irene.calvo@tornasol-labs.es>"),
        *arrive("2026-04-14 18:20:11", MADRID, "mail-wr1-f50.google.com", "209.85.221.50", "4gB0mC5rTxz7kPw"),
        ("MIME-Version", "1.0"),
        ("References", "<1d7f3a9c-6e2b-4c80-b5f1-a3e9c7d0b284@example.org>"),
        ("In-Reply-To", "<1d7f3a9c-6e2b-4c80-b5f1-a3e9c7d0b284@example.org>"),
        ("From", addr("Irene Calvo", "irene.calvo@tornasol-labs.es")),
        ("Date", date("2026-04-14 18:20:11", MADRID)),
        ("Message-ID", "<CAB4nWq3Tz5Mf1=Rh8Kx0Pc4Wd9@mail.gmail.com>"),
        ("Subject", "Re: Gracias por la entrevista de hoy"),
        ("To", me()),
    ]
    return message(headers, gmail(body), mime_version=False)


# key 50 ---------------------------------------------------------------------------------------------
@mail(nm(), family="candidate_survey", lang="en", interview=False, company="Fernleaf Health",
      note="Greenhouse candidate-experience survey about the past interview on Tuesday, May 5",
      days=(("Tue", "2026-05-05"),))
def k50() -> bytes:
    plain = t("""
        Hi Lucía,

        Thank you for interviewing with Fernleaf Health on Tuesday, May 5. We're always working to improve how we interview, and we'd love to hear about your experience.

        This short survey is anonymous and takes about 2 minutes:
        https://app.greenhouse.io/survey/candidate/4f7c1a92e0b3d8

        Your answers are never shared with the hiring team and will not affect your candidacy in any way.

        Thank you,
        The Fernleaf Health Talent Team

        Powered by Greenhouse
        """)
    headers = [
        ("Return-Path", "<bounces+1841127-d20f-lucia.ferrer=example.org@sendgrid.greenhouse.io>"),
        *arrive("2026-05-07 16:00:02", "UTC", "o7.sendgrid.greenhouse.io", "168.245.9.38", "4gG6sR2wMdz1nBh"),
        ("Date", date("2026-05-07 16:00:02", "UTC")),
        ("From", addr("Fernleaf Health", "no-reply@greenhouse.io")),
        ("To", me()),
        ("Message-ID", "<681c83d2a7f1e_1f3a5c7e9b2d4f6a18830b@greenhouse-mailer-5b8d.mail>"),
        ("Subject", "How was your interview with Fernleaf Health?"),
    ]
    return message(headers, alt(text(plain), html(paras(plain))))
