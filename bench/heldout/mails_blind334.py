"""blind334: a blind 50-mail held-out set, the inbox of Sergio Navarro, logistics planner at a cutlery
factory in Albacete (Europe/Madrid), September to December 2026.

How it was written: by a helper session that read only ``make.py``, ``make_blind.py``, the
introduction and the Mix / Label conventions / Traps / Judgement calls sections of the held-out
README, the dev corpus README, ``dev/labels.json``, ``dev_002.eml``, ``dev_009.eml`` and
``score.py``. It did not read the detector, its tests and fixtures, the other held-out mails or
sets, and never ran the detector. Every mail below is written by hand, one function per mail;
keys 1-23 are positives (16 scheduled, 4 rescheduled, 3 cancelled), keys 24-50 negatives. File
numbers are a fixed shuffle of the writing order (``ORDER``). Mostly Spanish from Spain (tú and
usted), some English (multinationals, a Manchester distributor on Europe/London) and two mails
from Bogotá (America/Bogota). All companies and people are fictional.
"""

from __future__ import annotations

import hashlib
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

SET = "blind334"
ORDER = random.Random(3340334).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


MAD = "Europe/Madrid"
LON = "Europe/London"
BOG = "America/Bogota"
CHI = "America/Chicago"
NYC = "America/New_York"

ME = "sergio.navarro@example.org"
ME2 = "sergio.navarro@example.com"
TO = addr("Sergio Navarro", ME)

VTZ_ROMANCE = make.VTZ["W. Europe Standard Time"].replace("W. Europe Standard Time", "Romance Standard Time")
VTZ_MADRID = make.VTZ["Europe/Paris"].replace("Europe/Paris", "Europe/Madrid")


def _h(seed: str, n: int = 24) -> str:
    return hashlib.sha1(f"{SET}/{seed}".encode(), usedforsecurity=False).hexdigest()[:n]


def msgid(key: int, domain: str, style: str = "plain") -> str:
    h = _h(f"mid{key}", 40)
    if style == "outlook":
        return f"<{h[:4].upper()}PR0{h[4:5]}MB{h[5:9].upper()}{h[9:24].upper()}@{domain}>"
    if style == "gmail":
        return f"<CA{h[:6]}+{h[6:30]}Q@mail.gmail.com>"
    if style == "ses":
        return f"<0102019{h[:9]}-{h[9:17]}-{h[17:21]}-{h[21:25]}-{h[25:37]}-000000@eu-west-1.amazonses.com>"
    return f"<{h[:16]}.{h[16:28]}@{domain}>"


def rcv(host: str, ip: str, when: str, zone: str, key: int, lag: int = 4) -> str:
    ident = f"mx1.example.org (Postfix) with ESMTPS id 4{_h(f'rcv{key}', 10).upper()}"
    return received(f"from {host} ({host} [{ip}])", when, zone, ident, ME, lag)


def head(key: int, frm: str, subject: str, when: str, zone: str, host: str, ip: str, mid: str, *,
         to: str = TO, extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8") -> list[tuple[str, str]]:
    return [
        ("Delivered-To", ME),
        ("Received", rcv(host, ip, when, zone, key)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


def outlook_html(body: str, lang: str = "ES") -> str:
    """The HTML twin Outlook writes for a plain message: one MsoNormal paragraph per line."""
    import html as _html

    paras = []
    for line in body.rstrip("\n").split("\n"):
        paras.append(f'<p class="MsoNormal">{_html.escape(line) if line else "&nbsp;"}<o:p></o:p></p>')
    return t("""
        <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
        <head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)">
        <style><!--
        p.MsoNormal, li.MsoNormal, div.MsoNormal
            {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
        @page WordSection1
            {size:612.0pt 792.0pt;margin:70.85pt 3.0cm 70.85pt 3.0cm;}
        div.WordSection1
            {page:WordSection1;}
        --></style>
        </head>
        """) + f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n' + \
        '<div class="WordSection1">\n' + "\n".join(paras) + "\n</div>\n</body>\n</html>\n"


def exchange_headers(key: int, topic: str, lang: str = "es-ES", tnef: bool = False) -> tuple[tuple[str, str], ...]:
    h = _h(f"ti{key}", 32)
    return (
        ("Thread-Topic", enc(topic)),
        ("Thread-Index", f"AdlH{h[:20]}{h[20:32].upper()}=="),
        ("Accept-Language", f"{lang}, en-US"),
        ("Content-Language", lang),
        ("X-MS-Has-Attach", ""),
        ("X-MS-Exchange-Organization-SCL", "1"),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
    ) if not tnef else ()


# =========================================================================== positives
# ---------------------------------------------------------------- 1: human prose, usted, iso-8859-1


@mail(N(1), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-09-17T07:30:00Z", end=None, contact="rvalcarcel@almansaenvases.es",
      company="Grupo Almansa Envases", local="Thu 2026-09-17 09:30", zone=MAD,
      note="Carta de convocatoria en usted (iso-8859-1, 8bit): jueves 17 de septiembre a las 9:30 h en "
           "Almansa, CEST (UTC+2) -> 07:30Z; 'duración aproximada de una hora' -> end null; contact = sender")
def m01() -> bytes:
    body = t("""
        Estimado Sr. Navarro:

        En relación con su candidatura al puesto de Técnico de Planificación Logística, nos complace
        confirmarle la entrevista personal, que tendrá lugar el próximo jueves 17 de septiembre a las
        9:30 h en nuestras instalaciones:

            Grupo Almansa Envases, S.A.
            Polígono Industrial El Mugrón, C/ Herreros, 14
            02640 Almansa (Albacete)

        Le atenderán D. Julián Ortuño, Director de Operaciones, y quien suscribe. La entrevista tendrá
        una duración aproximada de una hora. Le rogamos que traiga una copia actualizada de su
        currículum y que pregunte por mí en recepción; puede aparcar en la zona de visitas, junto a la
        báscula.

        Si por cualquier motivo no pudiera asistir, le agradeceríamos que nos lo comunicara con
        antelación respondiendo a este correo o llamando al 967 31 24 80 (ext. 214).

        Atentamente,

        Rocío Valcárcel Gómez
        Responsable de Selección y Desarrollo
        Grupo Almansa Envases, S.A.
        Tel. 967 31 24 80 - www.almansaenvases.es

        Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario.
        En cumplimiento del RGPD, le informamos de que sus datos se tratarán únicamente para el
        proceso de selección en curso.
        """)
    hs = head(1, addr("Rocío Valcárcel Gómez", "rvalcarcel@almansaenvases.es", "iso-8859-1"),
              "Convocatoria de entrevista - Técnico de Planificación Logística", "2026-09-14 12:41", MAD,
              "correo.almansaenvases.es", "212.170.44.19", msgid(1, "almansaenvases.es"),
              charset="iso-8859-1",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Importance", "Normal")))
    return message(hs, text(body, "iso-8859-1", "8bit"))


# ---------------------------------------------------------------- 2: Google Calendar invitation (es UI)

ICS_02 = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:{method}
BEGIN:VEVENT
DTSTART:20260922T140000Z
DTEND:20260922T150000Z
DTSTAMP:{stamp}
ORGANIZER;CN=Íñigo Salcedo:mailto:inigo.salcedo@levantefrio.com
UID:3r8kq1vd0b7n6c2h5m4pt9sj1f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sergio.navarro@example.org;X-NUM-GUESTS=0:mailto:sergio.navarro@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Íñigo Salcedo;X-NUM-GUESTS=0:mailto:inigo.salcedo@levantefrio.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Nuria Cano;X-NUM-GUESTS=0:mailto:nuria.cano@levantefrio.com
X-GOOGLE-CONFERENCE:https://meet.google.com/xqv-hbto-kre
CREATED:20260916T081107Z
DESCRIPTION:Entrevista con Nuria Cano (Jefa de Tráfico) e Íñigo Salcedo (Selección) para el puesto de Planificador/a de Transporte\\, centro de Fuente Álamo.\\n\\nÚnete con Google Meet: https://meet.google.com/xqv-hbto-kre
LAST-MODIFIED:{stamp}
LOCATION:
SEQUENCE:{seq}
STATUS:{status}
SUMMARY:Entrevista Planificador/a de Transporte - Sergio Navarro
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""


@mail(N(2), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start="2026-09-22T14:00:00Z", end="2026-09-22T15:00:00Z", contact="inigo.salcedo@levantefrio.com",
      company="Levante Frío Logística", local="Tue 2026-09-22 16:00", local_end="2026-09-22 17:00", zone=MAD,
      note="Invitación de Google Calendar (interfaz en español): 'mar 22 sept 2026 16:00 - 17:00 (CEST)', "
           "ICS en UTC 14:00Z; contact = ORGANIZER/sender (selección)")
def m02() -> bytes:
    plain = t("""
        Has recibido una invitación a este evento.

        Entrevista Planificador/a de Transporte - Sergio Navarro
        martes, 22 de septiembre de 2026 · 16:00 – 17:00
        Zona horaria: Europe/Madrid

        Información para unirse con Google Meet
        Enlace de la videollamada: https://meet.google.com/xqv-hbto-kre

        Entrevista con Nuria Cano (Jefa de Tráfico) e Íñigo Salcedo (Selección) para el puesto de
        Planificador/a de Transporte, centro de Fuente Álamo.

        Organizador
        Íñigo Salcedo
        inigo.salcedo@levantefrio.com

        Invitados
        Íñigo Salcedo - organizador
        Nuria Cano
        sergio.navarro@example.org

        Ver todos los detalles de los invitados: https://calendar.google.com/calendar/event?action=VIEW&eid=M3I4a3ExdmQwYjduNmMyaDVtNHB0OXNqMWY

        ¿Asistirás? Sí: https://calendar.google.com/calendar/event?action=RESPOND&eid=M3I4a3ExdmQwYjduNmMyaDVtNHB0OXNqMWY&rst=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid=M3I4a3ExdmQwYjduNmMyaDVtNHB0OXNqMWY&rst=2
        Quizás: https://calendar.google.com/calendar/event?action=RESPOND&eid=M3I4a3ExdmQwYjduNmMyaDVtNHB0OXNqMWY&rst=3

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Has recibido este correo electrónico porque eres un invitado del evento. Para dejar de recibir
        actualizaciones de este evento, rechaza la invitación.
        """)
    rich = t("""
        <!doctype html><html><head><meta charset="utf-8"></head><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p style="font-size:12px">Has recibido una invitación a este evento.</p>
        <h2 style="font-size:22px;font-weight:400">Entrevista Planificador/a de Transporte - Sergio Navarro</h2>
        <table><tr><td style="color:#70757a">Cuándo</td><td>martes, 22 de septiembre de 2026 · 16:00 – 17:00 (hora de verano de Europa central - Madrid)</td></tr>
        <tr><td style="color:#70757a">Unirse con Google Meet</td><td><a href="https://meet.google.com/xqv-hbto-kre">meet.google.com/xqv-hbto-kre</a></td></tr>
        <tr><td style="color:#70757a">Organizador</td><td>Íñigo Salcedo &lt;inigo.salcedo@levantefrio.com&gt;</td></tr>
        <tr><td style="color:#70757a">Invitados</td><td>Íñigo Salcedo - organizador<br>Nuria Cano<br>sergio.navarro@example.org</td></tr></table>
        <p>Entrevista con Nuria Cano (Jefa de Tráfico) e Íñigo Salcedo (Selección) para el puesto de Planificador/a de Transporte, centro de Fuente Álamo.</p>
        <p style="font-size:11px;color:#70757a">Invitación de Google Calendar. Has recibido este correo electrónico porque eres un invitado del evento.</p>
        </div></body></html>
        """)
    ics = ICS_02.format(method="REQUEST", stamp="20260916T081512Z", seq=0, status="CONFIRMED")
    subject = ("Invitación: Entrevista Planificador/a de Transporte - Sergio Navarro @ mar 22 sept 2026 "
               "16:00 - 17:00 (CEST) (sergio.navarro@example.org)")
    hs = head(2, addr("Íñigo Salcedo", "inigo.salcedo@levantefrio.com"), subject, "2026-09-16 10:15", MAD,
              "mail-sor-f69.google.com", "209.85.220.69", msgid(2, "google.com"),
              extra=(("Reply-To", addr("Íñigo Salcedo", "inigo.salcedo@levantefrio.com")),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    body = mixed(
        alt(text(plain), html(rich), calendar(ics, "REQUEST", cte="base64")),
        calendar(ics, "REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    )
    return message(hs, body)


# ---------------------------------------------------------------- 3: Exchange meeting request, time only in ICS

ICS_03 = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{vtz}
BEGIN:VEVENT
ORGANIZER;CN=Beatriz Llorente:mailto:beatriz.llorente@hispalisretail.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sergio Navarro:mailto:sergio.navarro@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ernesto Cifuentes:mailto:ernesto.cifuentes@hispalisretail.es
DESCRIPTION;LANGUAGE=es-ES:{desc}
UID:040000008200E00074C5B7101A82E00800000000B0C1F6A54E4BDC0100000000000000001000000043A6F0D2B77E4C4D9A1E26F1B9E00C45
SUMMARY;LANGUAGE=es-ES:Entrevista - Responsable de Planificación de Almacén (Sergio Navarro)
DTSTART;TZID=Romance Standard Time:{start}
DTEND;TZID=Romance Standard Time:{end}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:{seq}
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
X-MICROSOFT-CDO-OWNERAPPTID:2120417731
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZjY0YWItMjFlYi00ZTk0LWI3MzMtZmFhNGM1ZDI4OTAx%40thread.v2/0?context=%7b%22Tid%22%3a%22b8d1f0a2-4c1e-4f0b-9a0e-77d2e5c1a913%22%2c%22Oid%22%3a%2269e1c0d4-0b5a-4b7e-a2f4-2f0e8d7c5b11%22%7d
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:beatriz.llorente@hispalisretail.es\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_NzQ1ZjY0YWItMjFlYi00ZTk0LWI3MzMtZmFhNGM1ZDI4OTAx-thread.v2
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[ {{ "DisplayName" : "Reunión de Microsoft Teams"\\, "LocationAnnotation" : ""\\, "LocationUri" : ""\\, "LocationStreet" : ""\\, "LocationCity" : ""\\, "LocationState" : ""\\, "LocationCountry" : ""\\, "LocationPostalCode" : ""\\, "LocationFullAddress" : "" }} ]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""

TEAMS_ES = """________________________________________________________________________________
Reunión de Microsoft Teams
Unirse desde el ordenador, la aplicación móvil o el dispositivo de sala
Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZjY0YWItMjFlYi00ZTk0LWI3MzMtZmFhNGM1ZDI4OTAx%40thread.v2/0?context=%7b%22Tid%22%3a%22b8d1f0a2-4c1e-4f0b-9a0e-77d2e5c1a913%22%2c%22Oid%22%3a%2269e1c0d4-0b5a-4b7e-a2f4-2f0e8d7c5b11%22%7d>
Id. de reunión: 364 118 902 541
Código de acceso: Tq7hE2
Descargar Teams<https://www.microsoft.com/es-es/microsoft-teams/download-app> | Unirse en la web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


@mail(N(3), family="outlook_calendar", lang="es", interview=True, kind="scheduled",
      start="2026-09-29T09:00:00Z", end="2026-09-29T10:00:00Z", contact="beatriz.llorente@hispalisretail.es",
      company="Hispalis Retail Distribución", local="Tue 2026-09-29 11:00", local_end="2026-09-29 12:00",
      zone=MAD,
      note="Convocatoria de Exchange/Teams: el cuerpo no dice la hora, sólo el ICS "
           "(TZID Romance Standard Time 11:00-12:00, CEST UTC+2 -> 09:00Z-10:00Z); contact = ORGANIZER/sender")
def m03() -> bytes:
    plain = t("""
        Buenas tardes, Sergio:

        Tal como hablamos esta mañana por teléfono, te envío la convocatoria para la entrevista con
        Ernesto Cifuentes (Director de Supply Chain) y conmigo. La haremos por Teams; calcula una hora.

        Si tienes cualquier problema para conectarte, llámame al 954 22 71 30.

        Un saludo,

        Beatriz Llorente
        Talent Acquisition | Hispalis Retail Distribución
        """) + "\n" + TEAMS_ES
    desc = ("Buenas tardes\\, Sergio:\\n\\nTal como hablamos esta mañana por teléfono\\, te envío la convocatoria "
            "para la entrevista con Ernesto Cifuentes (Director de Supply Chain) y conmigo. La haremos por Teams\\; "
            "calcula una hora.\\n\\nUn saludo\\,\\nBeatriz\\n")
    ics = ICS_03.format(vtz=VTZ_ROMANCE, desc=desc, start="20260929T110000", end="20260929T120000",
                        stamp="20260923T150207Z", seq=0)
    hs = head(3, addr("Beatriz Llorente", "beatriz.llorente@hispalisretail.es"),
              "Entrevista - Responsable de Planificación de Almacén (Sergio Navarro)", "2026-09-23 17:02", MAD,
              "EUR05-DB8-obe.outbound.protection.outlook.com", "40.107.20.113",
              msgid(3, "DB9PR02MB7413.eurprd02.prod.outlook.com", "outlook"),
              extra=exchange_headers(3, "Entrevista - Responsable de Planificación de Almacén (Sergio Navarro)"))
    body = alt(text(plain), html(outlook_html(plain)), calendar(ics, "REQUEST", cte="base64"))
    return message(hs, body)


# ---------------------------------------------------------------- 4: Teamtailor, tú

@mail(N(4), family="teamtailor", lang="es", interview=True, kind="scheduled",
      start="2026-10-01T10:00:00Z", end="2026-10-01T10:45:00Z", contact="elena.sanz@krakvik.es",
      company="Kråkvik Hogar España", local="Thu 2026-10-01 12:00", local_end="2026-10-01 12:45", zone=MAD,
      note="Teamtailor en español (tú): 'jueves, 1 de octubre de 2026, 12:00 – 12:45 (hora de Madrid, CEST)' "
           "-> 10:00Z-10:45Z; From no-reply, contact = Reply-To de la recruiter")
def m04() -> bytes:
    plain = t("""
        ¡Hola, Sergio!

        Gracias por reservar tu entrevista para el puesto de Coordinador/a de Logística Inbound en
        Kråkvik Hogar España. Aquí tienes los detalles:

        Fecha: jueves, 1 de octubre de 2026
        Hora: 12:00 – 12:45 (hora de Madrid, CEST)
        Dónde: videollamada (Teamtailor Meetings)
        Enlace: https://krakvik.teamtailor.com/meetings/7c41e0b9-cc2d-4f70-9b1e-5d2a8e6f0d13

        Te entrevistarán Elena Sanz (Talent Acquisition) y Mikael Lindqvist (Head of Logistics Iberia).
        Mikael entiende el español, pero es posible que parte de la conversación sea en inglés.

        ¿Te ha surgido algo? Puedes cambiar la hora aquí:
        https://krakvik.teamtailor.com/meetings/7c41e0b9-cc2d-4f70-9b1e-5d2a8e6f0d13/reschedule
        o simplemente responder a este correo.

        ¡Nos vemos pronto!
        Elena y el equipo de Kråkvik Hogar

        --
        Kråkvik Hogar España S.L. · Avda. de la Industria 12 · 28823 Coslada (Madrid)
        Gestionamos tus datos según nuestra política de privacidad: https://krakvik.teamtailor.com/privacy
        """)
    rich = t("""
        <!DOCTYPE html>
        <html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="margin:0;background:#f4f4f4">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="560" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1d1d1d">
        <tr><td style="padding:32px"><img src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logo_krakvik.png" alt="Kråkvik Hogar" width="120"></td></tr>
        <tr><td style="padding:0 32px">
        <p>¡Hola, Sergio!</p>
        <p>Gracias por reservar tu entrevista para el puesto de <strong>Coordinador/a de Logística Inbound</strong> en Kråkvik Hogar España. Aquí tienes los detalles:</p>
        <p><strong>Fecha:</strong> jueves, 1 de octubre de 2026<br>
        <strong>Hora:</strong> 12:00 – 12:45 (hora de Madrid, CEST)<br>
        <strong>Dónde:</strong> videollamada (Teamtailor Meetings)</p>
        <p><a href="https://krakvik.teamtailor.com/meetings/7c41e0b9-cc2d-4f70-9b1e-5d2a8e6f0d13" style="background:#1d1d1d;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Unirse a la reunión</a></p>
        <p>Te entrevistarán Elena Sanz (Talent Acquisition) y Mikael Lindqvist (Head of Logistics Iberia). Mikael entiende el español, pero es posible que parte de la conversación sea en inglés.</p>
        <p>¿Te ha surgido algo? <a href="https://krakvik.teamtailor.com/meetings/7c41e0b9-cc2d-4f70-9b1e-5d2a8e6f0d13/reschedule">Cambia la hora aquí</a> o simplemente responde a este correo.</p>
        <p>¡Nos vemos pronto!<br>Elena y el equipo de Kråkvik Hogar</p>
        </td></tr>
        <tr><td style="padding:24px 32px;font-size:12px;color:#888">Kråkvik Hogar España S.L. · Avda. de la Industria 12 · 28823 Coslada (Madrid)</td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = head(4, addr("Kråkvik Hogar España", "no-reply@teamtailor-mail.com"),
              "Entrevista confirmada: Coordinador/a de Logística Inbound", "2026-09-25 14:37", MAD,
              "a48-112.smtp-out.eu-west-1.amazonses.com", "54.240.48.112", msgid(4, "", "ses"),
              extra=(("Reply-To", addr("Elena Sanz", "elena.sanz@krakvik.es")),
                     ("X-Mailer", "Teamtailor"),
                     ("List-Unsubscribe", "<https://krakvik.teamtailor.com/unsubscribe/cand_8f1a2c>")))
    return message(hs, alt(text(plain), html(rich)))


# ---------------------------------------------------------------- 5: Personio with ICS attachment

@mail(N(5), family="personio", lang="es", interview=True, kind="scheduled",
      start="2026-10-05T08:30:00Z", end="2026-10-05T09:30:00Z", contact="carmen.poveda@llanoalto.es",
      company="Bodegas Llano Alto", local="Mon 2026-10-05 10:30", local_end="2026-10-05 11:30", zone=MAD,
      note="Personio: 'lunes, 05.10.2026, 10:30 - 11:30 (Europe/Madrid)', CEST -> 08:30Z-09:30Z; "
           "ICS adjunto con TZID Europe/Madrid; contact = Reply-To/ORGANIZER")
def m05() -> bytes:
    plain = t("""
        Hola Sergio:

        Muchas gracias por tu interés en Bodegas Llano Alto. Nos alegra invitarte a una entrevista para
        el puesto de Responsable de Expediciones (m/f/d).

        Fecha: lunes, 05.10.2026
        Hora: 10:30 - 11:30 (Europe/Madrid)
        Lugar: Bodegas Llano Alto, Ctra. de Ossa de Montiel, km 3, 02600 Villarrobledo (Albacete)
        Participantes: Carmen Poveda (Recursos Humanos), Andrés Tébar (Director de Operaciones)

        Encontrarás adjunta la invitación de calendario. Si necesitas cambiar la fecha, responde a este
        correo y Carmen se pondrá en contacto contigo.

        Un cordial saludo,
        Carmen Poveda
        Bodegas Llano Alto

        Este correo ha sido enviado a través de Personio.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Personio GmbH//Recruiting//ES
        METHOD:REQUEST
        """) + VTZ_MADRID + "\n" + t("""
        BEGIN:VEVENT
        UID:interview-5a3f81c2-personio-llanoalto
        DTSTAMP:20260929T091744Z
        DTSTART;TZID=Europe/Madrid:20261005T103000
        DTEND;TZID=Europe/Madrid:20261005T113000
        SUMMARY:Entrevista Responsable de Expediciones (m/f/d) - Sergio Navarro
        LOCATION:Bodegas Llano Alto\\, Ctra. de Ossa de Montiel km 3\\, 02600 Villarrobledo
        ORGANIZER;CN=Carmen Poveda:mailto:carmen.poveda@llanoalto.es
        ATTENDEE;CN=Sergio Navarro;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sergio.navarro@example.org
        ATTENDEE;CN=Andrés Tébar;ROLE=REQ-PARTICIPANT:mailto:andres.tebar@llanoalto.es
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(5, addr("Bodegas Llano Alto", "no-reply@mail.personio.de"),
              "Invitación a entrevista: Responsable de Expediciones (m/f/d)", "2026-09-29 11:17", MAD,
              "mail-out-3.personio.de", "18.196.71.40", msgid(5, "mail.personio.de"),
              extra=(("Reply-To", addr("Carmen Poveda", "carmen.poveda@llanoalto.es")),))
    body = mixed(text(plain),
                 calendar(ics, "REQUEST", cte="base64", filename="entrevista.ics", disposition="attachment",
                          name_param=True))
    return message(hs, body)


# ---------------------------------------------------------------- 6: Lever, Manchester (BST)

@mail(N(6), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-10-07T13:00:00Z", end="2026-10-07T13:45:00Z",
      contact="hannah.whitworth@penninekitchenware.co.uk", company="Pennine Kitchenware",
      local="Wed 2026-10-07 14:00", local_end="2026-10-07 14:45", zone=LON,
      note="Lever confirmation from a Manchester distributor: 'Wednesday, October 7, 2026 2:00 PM - 2:45 PM "
           "BST' -> 13:00Z-13:45Z (15:00 in Albacete); contact = Reply-To recruiter")
def m06() -> bytes:
    plain = t("""
        Hi Sergio,

        Your interview with Pennine Kitchenware has been confirmed. Here are the details:

        Role: Logistics Planner (EU Imports)
        When: Wednesday, October 7, 2026, 2:00 PM - 2:45 PM BST
        Where: Microsoft Teams - https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGQ2ZTM3ZjEtNTBhYi00NzBmLTg5ZGUtZjY3YzA1Mzk0MmIx%40thread.v2/0

        You'll be speaking with:
        Hannah Whitworth - Talent Partner
        Gareth Lomax - Head of Supply Chain

        Need to reschedule? Just reply to this email and Hannah will help.

        Good luck!
        The Pennine Kitchenware Talent Team

        Pennine Kitchenware Ltd, Unit 4 Westpoint Trading Estate, Trafford Park, Manchester M17 1AE
        """)
    rich = t("""
        <html><body style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Sergio,</p>
        <p>Your interview with Pennine Kitchenware has been confirmed. Here are the details:</p>
        <table style="border-collapse:collapse">
        <tr><td style="padding:4px 12px 4px 0;color:#888">Role</td><td>Logistics Planner (EU Imports)</td></tr>
        <tr><td style="padding:4px 12px 4px 0;color:#888">When</td><td>Wednesday, October 7, 2026, 2:00 PM - 2:45 PM BST</td></tr>
        <tr><td style="padding:4px 12px 4px 0;color:#888">Where</td><td><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGQ2ZTM3ZjEtNTBhYi00NzBmLTg5ZGUtZjY3YzA1Mzk0MmIx%40thread.v2/0">Microsoft Teams</a></td></tr>
        </table>
        <p>You'll be speaking with:<br>Hannah Whitworth - Talent Partner<br>Gareth Lomax - Head of Supply Chain</p>
        <p>Need to reschedule? Just reply to this email and Hannah will help.</p>
        <p>Good luck!<br>The Pennine Kitchenware Talent Team</p>
        <p style="font-size:11px;color:#aaa">Pennine Kitchenware Ltd, Unit 4 Westpoint Trading Estate, Trafford Park, Manchester M17 1AE</p>
        </body></html>
        """)
    hs = head(6, addr("Pennine Kitchenware", "no-reply@hire.lever.co"),
              "Interview confirmed: Logistics Planner (EU Imports) at Pennine Kitchenware", "2026-10-01 16:20", LON,
              "o7.email.lever.co", "167.89.101.207", msgid(6, "hire.lever.co"),
              extra=(("Reply-To", addr("Hannah Whitworth", "hannah.whitworth@penninekitchenware.co.uk")),))
    return message(hs, alt(text(plain, cte="7bit", charset="us-ascii"), html(rich, cte="7bit", charset="us-ascii")))


# ---------------------------------------------------------------- 7: Bogotá, human prose

@mail(N(7), family="human_prose", lang="es-CO", interview=True, kind="scheduled",
      start="2026-10-13T13:00:00Z", end="2026-10-13T13:45:00Z", contact="natalia.restrepo@filoandino.com.co",
      company="Importadora Filo Andino", local="Tue 2026-10-13 08:00", local_end="2026-10-13 08:45", zone=BOG,
      note="Correo de Bogotá: 'martes 13 de octubre a las 8:00 a.m. hora de Colombia (3:00 p.m. hora de "
           "España)', COT UTC-5 -> 13:00Z; 'duración de 45 minutos' exacta -> end 13:45Z; contact = sender")
def m07() -> bytes:
    plain = t("""
        Buenos días, Sergio. Cordial saludo.

        De acuerdo con lo conversado el día de ayer, le confirmo la entrevista con nuestro gerente de
        operaciones, Andrés Felipe Osorio, para el martes 13 de octubre a las 8:00 a.m. hora de
        Colombia (3:00 p.m. hora de España). La reunión será por Google Meet y tendrá una duración de
        45 minutos:

        https://meet.google.com/pfd-wkrn-ayz

        Andrés Felipe quiere conocer su experiencia en la planeación de importaciones desde Europa y en
        el manejo de inventarios de producto terminado, porque el cargo implica coordinar los
        despachos desde Albacete hacia nuestra bodega de Funza.

        Quedo atenta a cualquier inquietud.

        Cordialmente,

        Natalia Restrepo Gaviria
        Analista de Talento Humano
        Importadora Filo Andino S.A.S.
        Cra. 68 # 17-45, Bogotá D.C. · PBX (601) 742 3310
        """)
    hs = head(7, addr("Natalia Restrepo Gaviria", "natalia.restrepo@filoandino.com.co"),
              "Confirmación entrevista - Coordinador de Abastecimiento Internacional", "2026-10-07 11:05", BOG,
              "mail-yw1-f181.google.com", "209.85.128.181", msgid(7, "", "gmail"))
    return message(hs, alt(text(plain, cte="quoted-printable"), html(gmail_html(plain))))


# ---------------------------------------------------------------- 8: Calendly screening (agency)

@mail(N(8), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-10-09T07:30:00Z", end="2026-10-09T08:00:00Z", contact="marta.gil@talentiasearch.es",
      company="Talentia Search", local="Fri 2026-10-09 09:30", local_end="2026-10-09 10:00", zone=MAD,
      note="Calendly invitee confirmation for an agency screening call: '09:30 - 10:00 (Central European "
           "Summer Time)' on Friday, October 9 -> 07:30Z; contact = Reply-To host (agency recruiter); company = "
           "the agency, its client is not named")
def m08() -> bytes:
    plain = t("""
        Hi Sergio Navarro,

        A new event has been scheduled.

        Event Type:
        Llamada de preselección - Supply Chain Planner (30 min)

        Invitee:
        Sergio Navarro
        sergio.navarro@example.org

        Event Date/Time:
        09:30 - 10:00 (Central European Summer Time), Friday, October 9, 2026

        Host:
        Marta Gil (Talentia Search)

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/vjc-ubte-qzm

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/4f1a6b2e-93c8-4d4e-a8f9-6e0b7d2c1a55
        Reschedule: https://calendly.com/reschedulings/4f1a6b2e-93c8-4d4e-a8f9-6e0b7d2c1a55

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:4f1a6b2e-93c8-4d4e-a8f9-6e0b7d2c1a55@calendly.com
        DTSTAMP:20261006T174211Z
        DTSTART:20261009T073000Z
        DTEND:20261009T080000Z
        SUMMARY:Llamada de preselección - Supply Chain Planner between Marta Gil and Sergio Navarro
        ORGANIZER;CN=Marta Gil:mailto:marta.gil@talentiasearch.es
        ATTENDEE;CN=Sergio Navarro;RSVP=TRUE:mailto:sergio.navarro@example.org
        LOCATION:https://meet.google.com/vjc-ubte-qzm
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(8, addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Llamada de preselección - Supply Chain Planner with Marta Gil on Friday, October 9, 2026",
              "2026-10-06 19:42", MAD, "o1.ptr7429.calendly.com", "149.72.183.26", msgid(8, "calendly.com"),
              extra=(("Reply-To", addr("Marta Gil", "marta.gil@talentiasearch.es")),))
    body = mixed(text(plain),
                 calendar(ics, "REQUEST", cte="base64", filename="invite.ics", disposition="attachment"))
    return message(hs, body)


# ---------------------------------------------------------------- 9: Ashby, Chicago, one week between the two DST ends

@mail(N(9), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-10-27T15:00:00Z", end="2026-10-27T16:00:00Z", contact="dana.kowalski@northgatesupply.com",
      company="Northgate Supply Co.", local="Tue 2026-10-27 10:00", local_end="2026-10-27 11:00", zone=CHI,
      note="Ashby, Chicago employer: 'Tuesday, October 27, 2026, 10:00 AM – 11:00 AM CDT' -> 15:00Z. Spain is "
           "already on CET (25 Oct) but Chicago still on CDT until 1 Nov, so 16:00 in Albacete (6 h, not 7); "
           "ICS TZID America/Chicago; contact = Reply-To/ORGANIZER")
def m09() -> bytes:
    plain = t("""
        Hi Sergio,

        Your interview is confirmed. We're looking forward to speaking with you!

        Senior Logistics Planner, EMEA
        Tuesday, October 27, 2026, 10:00 AM – 11:00 AM CDT
        Zoom: https://northgatesupply.zoom.us/j/84120937751?pwd=Qm5xY2t0ZGJ1VnNhT0h3

        You'll meet with:
          Dana Kowalski — Senior Recruiter
          Mark Feeney — Director, Global Logistics

        Mark will walk you through our European distribution network (Rotterdam and Zaragoza DCs) and
        ask about a planning problem you have solved recently.

        Questions? Just reply and it will reach Dana Kowalski.

        Thanks,
        Northgate Supply Co. Recruiting
        """)
    rich = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Sergio,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><strong>Senior Logistics Planner, EMEA</strong><br>
        Tuesday, October 27, 2026, 10:00 AM – 11:00 AM CDT<br>
        <a href="https://northgatesupply.zoom.us/j/84120937751?pwd=Qm5xY2t0ZGJ1VnNhT0h3">Join Zoom</a></p>
        <p>You&#x27;ll meet with:<br>Dana Kowalski — Senior Recruiter<br>Mark Feeney — Director, Global Logistics</p>
        <p>Mark will walk you through our European distribution network (Rotterdam and Zaragoza DCs) and ask about a planning problem you have solved recently.</p>
        <p>Questions? Just reply and it will reach Dana Kowalski.</p>
        <p>Thanks,<br>Northgate Supply Co. Recruiting</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + make.VTZ["America/Chicago"] + "\n" + t("""
        BEGIN:VEVENT
        UID:b1d7e0c4-52a9-4f36-9e11-0c6d2f8a7e93
        DTSTAMP:20261021T141422Z
        DTSTART;TZID=America/Chicago:20261027T100000
        DTEND;TZID=America/Chicago:20261027T110000
        SEQUENCE:0
        SUMMARY:Northgate Supply Co. – Senior Logistics Planner, EMEA Interview
        LOCATION:https://northgatesupply.zoom.us/j/84120937751
        ORGANIZER;CN=Dana Kowalski:mailto:dana.kowalski@northgatesupply.com
        ATTENDEE;CN=Sergio Navarro;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sergio.navarro@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(9, addr("Northgate Supply Co.", "no-reply@ashbyhq.com"),
              "Interview confirmed: Senior Logistics Planner, EMEA at Northgate Supply Co.", "2026-10-21 09:14", CHI,
              "a9-44.smtp-out.amazonses.com", "54.240.9.44", msgid(9, "", "ses").replace("eu-west-1.", ""),
              extra=(("Reply-To", addr("Dana Kowalski", "dana.kowalski@northgatesupply.com")),))
    body = mixed(alt(text(plain, cte="base64"), html(rich, cte="base64")),
                 calendar(ics, "REQUEST", cte="base64", filename="invite.ics", disposition="attachment"))
    return message(hs, body)


# ---------------------------------------------------------------- 10: SmartRecruiters, the Monday after the European DST change

@mail(N(10), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start="2026-10-26T08:00:00Z", end="2026-10-26T09:00:00Z", contact="lucia.ferrer@vesta-appliances.com",
      company="Vesta Home Appliances Iberia", local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:00", zone=MAD,
      note="SmartRecruiters, on-site in Albacete: 'Monday, 26 October 2026, 09:00 - 10:00 (GMT+01:00) "
           "Europe/Madrid'. Sent Thu 22 Oct in CEST (+0200); the interview is the day after the change to CET "
           "-> 08:00Z; ICS in UTC; contact = Reply-To hiring manager")
def m10() -> bytes:
    plain = t("""
        Dear Sergio,

        Thank you for your interest in Vesta Home Appliances Iberia. We are pleased to confirm your
        interview for the position of Demand & Supply Planner.

        Date: Monday, 26 October 2026
        Time: 09:00 - 10:00 (GMT+01:00) Europe/Madrid
        Location: Vesta Iberia Distribution Centre, Parque Empresarial Campollano, Avenida 1ª, 19,
        02007 Albacete
        Interviewer: Lucía Ferrer, Supply Chain Manager Iberia

        Please bring a photo ID; reception will issue you a visitor badge. Parking is available in
        front of building B.

        If you have any questions, reply to this message to reach Lucía directly.

        Kind regards,
        Vesta Home Appliances Iberia - Talent Acquisition

        This email was sent to you via SmartRecruiters on behalf of Vesta Home Appliances Iberia.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//SmartRecruiters//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:sr-interview-7e52a0d1f6c34b9e@smartrecruiters.com
        DTSTAMP:20261022T113012Z
        DTSTART:20261026T080000Z
        DTEND:20261026T090000Z
        SUMMARY:Interview: Demand & Supply Planner - Vesta Home Appliances Iberia
        LOCATION:Parque Empresarial Campollano\\, Avenida 1ª\\, 19\\, 02007 Albacete
        ORGANIZER;CN=Lucía Ferrer:mailto:lucia.ferrer@vesta-appliances.com
        ATTENDEE;CN=Sergio Navarro;RSVP=TRUE:mailto:sergio.navarro@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(10, addr("Lucía Ferrer via SmartRecruiters", "noreply@smartrecruiters.com"),
              "Interview scheduled: Demand & Supply Planner - Vesta Home Appliances Iberia", "2026-10-22 13:30", MAD,
              "mail.smartrecruiters.com", "185.64.152.18", msgid(10, "smartrecruiters.com"),
              extra=(("Reply-To", addr("Lucía Ferrer", "lucia.ferrer@vesta-appliances.com")),))
    body = mixed(alt(text(plain), html(gmail_html(plain).replace('<div dir="ltr">', '<div style="font-family:Arial">'))),
                 calendar(ics, "REQUEST", cte="base64", filename="interview.ics", disposition="attachment"))
    return message(hs, body)


# ---------------------------------------------------------------- 11: Workable, relay Reply-To

@mail(N(11), family="workable", lang="es", interview=True, kind="scheduled",
      start="2026-10-28T16:00:00Z", end="2026-10-28T16:30:00Z", contact="raquel.amat@oliveirahnos.es",
      company="Transportes Oliveira Hermanos", local="Wed 2026-10-28 17:00", local_end="2026-10-28 17:30",
      zone=MAD,
      note="Workable en español: 'miércoles, 28 de octubre de 2026, 17:00 - 17:30 CET' -> 16:00Z (ya en CET). "
           "Reply-To es un relay de Workable, no humano; contact = dirección de la recruiter en el cuerpo")
def m11() -> bytes:
    plain = t("""
        Hola Sergio,

        Tu entrevista para el puesto de Planificador/a de Rutas (Albacete / Valencia) ha quedado
        confirmada.

        Miércoles, 28 de octubre de 2026
        17:00 - 17:30 CET (Europe/Madrid)
        Videollamada: https://meet.google.com/rzs-ouqn-hvd

        Entrevistadora: Raquel Amat, Responsable de Tráfico

        Si necesitas cambiar la hora o tienes alguna pregunta, puedes escribir directamente a Raquel
        (raquel.amat@oliveirahnos.es).

        Un saludo,
        Transportes Oliveira Hermanos

        ---
        Enviado con Workable · Si no quieres recibir más correos sobre esta candidatura, haz clic aquí:
        https://apply.workable.com/oliveira-hermanos/unsubscribe/3f0c2b
        """)
    rich = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:'Helvetica Neue',Arial,sans-serif;color:#1f2a37;font-size:15px">
        <div style="max-width:600px;margin:0 auto;padding:24px">
        <p>Hola Sergio,</p>
        <p>Tu entrevista para el puesto de <b>Planificador/a de Rutas (Albacete / Valencia)</b> ha quedado confirmada.</p>
        <div style="border:1px solid #e3e8ee;border-radius:6px;padding:16px">
        <div style="font-size:17px;font-weight:600">Miércoles, 28 de octubre de 2026</div>
        <div>17:00 - 17:30 CET (Europe/Madrid)</div>
        <div><a href="https://meet.google.com/rzs-ouqn-hvd">Unirse a la videollamada</a></div>
        <div style="color:#6b7785">Entrevistadora: Raquel Amat, Responsable de Tráfico</div>
        </div>
        <p>Si necesitas cambiar la hora o tienes alguna pregunta, puedes escribir directamente a Raquel (<a href="mailto:raquel.amat@oliveirahnos.es">raquel.amat@oliveirahnos.es</a>).</p>
        <p>Un saludo,<br>Transportes Oliveira Hermanos</p>
        <p style="font-size:12px;color:#9aa5b1">Enviado con Workable</p>
        </div></body></html>
        """)
    hs = head(11, addr("Transportes Oliveira Hermanos", "noreply@workablemail.com"),
              "Entrevista confirmada: Planificador/a de Rutas - Transportes Oliveira Hermanos", "2026-10-26 12:08",
              MAD, "mail-a2.workablemail.com", "159.183.130.44", msgid(11, "workablemail.com"),
              extra=(("Reply-To", "oliveira-hermanos+c7f3a2c91b@candidates.workablemail.com"),))
    return message(hs, alt(text(plain), html(rich)))


# ---------------------------------------------------------------- 12: iCIMS, HTML only, US date after the US DST end

@mail(N(12), family="icims", lang="en", interview=True, kind="scheduled",
      start="2026-11-03T14:00:00Z", end="2026-11-03T14:45:00Z", contact="jmorrow@kestrelbrands.com",
      company="Kestrel Industrial Brands", local="Tue 2026-11-03 09:00", local_end="2026-11-03 09:45", zone=NYC,
      note="iCIMS, HTML only (base64): 'Tuesday, 11/03/2026 at 9:00 AM Eastern Time', 45 minutes. Sent Thu 29 Oct "
           "in EDT; the interview is after the US change to EST (1 Nov) -> 14:00Z (15:00 in Albacete); "
           "contact = recruiter address in the body")
def m12() -> bytes:
    rich = t("""
        <html>
        <head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body>
        <table width="640" cellpadding="0" cellspacing="0" border="0" style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333333">
        <tr><td style="background:#0b3d5c;padding:14px 20px;color:#ffffff;font-size:18px">Kestrel Industrial Brands | Careers</td></tr>
        <tr><td style="padding:20px">
        <p>Dear Sergio,</p>
        <p>Thank you for your interest in the <b>Logistics Analyst, EMEA</b> position (Req ID 2026-4471). We are pleased to confirm your video interview as detailed below:</p>
        <table cellpadding="4" cellspacing="0" border="0" style="font-size:13px">
        <tr><td><b>Date:</b></td><td>Tuesday, 11/03/2026</td></tr>
        <tr><td><b>Time:</b></td><td>9:00 AM Eastern Time (ET)</td></tr>
        <tr><td><b>Duration:</b></td><td>45 minutes</td></tr>
        <tr><td><b>Interviewer:</b></td><td>Rebecca Hollis, Manager, International Distribution</td></tr>
        <tr><td><b>Location:</b></td><td>Webex &ndash; <a href="https://kestrelbrands.webex.com/meet/rhollis">https://kestrelbrands.webex.com/meet/rhollis</a></td></tr>
        </table>
        <p>Please test your audio and video before the call. If you have any questions or need to make a change, please contact Jared Morrow, Talent Acquisition Partner, at <a href="mailto:jmorrow@kestrelbrands.com">jmorrow@kestrelbrands.com</a>.</p>
        <p>We look forward to speaking with you.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Kestrel Industrial Brands</p>
        </td></tr>
        <tr><td style="padding:12px 20px;font-size:10px;color:#999999">Please do not reply to this message; this mailbox is not monitored. Kestrel Industrial Brands is an Equal Opportunity Employer.</td></tr>
        </table>
        </body>
        </html>
        """)
    hs = head(12, addr("Kestrel Industrial Brands", "kestrelbrands@talent.icims.com"),
              "Interview Confirmation - Logistics Analyst, EMEA (Req 2026-4471)", "2026-10-29 11:02", NYC,
              "mta-03.icims.com", "64.94.151.33", msgid(12, "talent.icims.com"),
              extra=(("X-iCIMS-Portal", "careers-kestrelbrands"),))
    return message(hs, html(rich, cte="base64"))


# ---------------------------------------------------------------- 13: Microsoft Bookings, shared mailbox

@mail(N(13), family="ms_bookings", lang="es", interview=True, kind="scheduled",
      start="2026-11-12T09:00:00Z", end="2026-11-12T09:30:00Z", contact=None,
      company="Logística Sureste 3PL", local="Thu 2026-11-12 10:00", local_end="2026-11-12 10:30", zone=MAD,
      note="Microsoft Bookings (español): 'jueves, 12 de noviembre de 2026 10:00 (UTC+01:00) Bruselas, Copenhague, "
           "Madrid, París', 30 min -> 09:00Z; ICS Romance Standard Time. From es el buzón compartido de Bookings y "
           "la entrevistadora sólo aparece por nombre -> contact null")
def m13() -> bytes:
    rich = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body>
        <div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130;max-width:600px">
        <div style="font-size:20px;font-weight:600;padding:12px 0">Logística Sureste 3PL - Selección</div>
        <p>Hola, Sergio Navarro:</p>
        <p>Su reserva está confirmada.</p>
        <table style="font-size:14px;border-collapse:collapse">
        <tr><td style="padding:6px 16px 6px 0;color:#605e5c">Servicio</td><td>Entrevista Jefe/a de Turno – Almacén Molina de Segura</td></tr>
        <tr><td style="padding:6px 16px 6px 0;color:#605e5c">Fecha</td><td>jueves, 12 de noviembre de 2026</td></tr>
        <tr><td style="padding:6px 16px 6px 0;color:#605e5c">Hora</td><td>10:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París</td></tr>
        <tr><td style="padding:6px 16px 6px 0;color:#605e5c">Duración</td><td>30 minutos</td></tr>
        <tr><td style="padding:6px 16px 6px 0;color:#605e5c">Personal</td><td>Pilar Sánchez</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_MjE0YzQ5NTctMmYxMy00NzQyLWE0ZDctNzFkNDk1OGMxYTA2%40thread.v2/0">Unirse a la reunión de Teams</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/LogisticaSureste3PLSeleccion@logisticasureste.es/bookings/s/Hq3vXk1n0U2aLw9Ryt5bzA2/reschedule">Reprogramar</a> · <a href="https://outlook.office365.com/owa/calendar/LogisticaSureste3PLSeleccion@logisticasureste.es/bookings/s/Hq3vXk1n0U2aLw9Ryt5bzA2/cancel">Cancelar reserva</a></p>
        <p style="font-size:12px;color:#605e5c">Logística Sureste 3PL · Polígono La Serreta, 30500 Molina de Segura (Murcia) · 968 64 20 11</p>
        <p style="font-size:11px;color:#a19f9d">Con tecnología de Microsoft Bookings</p>
        </div>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Logística Sureste 3PL - Selección:mailto:LogisticaSureste3PLSeleccion@logisticasureste.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sergio Navarro:mailto:sergio.navarro@example.org
        UID:040000008200E00074C5B7101A82E008000000005E7D3C1A92B4DC01000000000000000010000000A7C1E04F3B2D9144B6E3C7A2D05F8E61
        SUMMARY;LANGUAGE=es-ES:Entrevista Jefe/a de Turno – Almacén Molina de Segura
        DTSTART;TZID=Romance Standard Time:20261112T100000
        DTEND;TZID=Romance Standard Time:20261112T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261107T102944Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(13, addr("Logística Sureste 3PL - Selección", "LogisticaSureste3PLSeleccion@logisticasureste.es"),
              "Reserva confirmada con Logística Sureste 3PL - Selección", "2026-11-07 11:29", MAD,
              "EUR03-AM7-obe.outbound.protection.outlook.com", "40.107.105.92",
              msgid(13, "AM9PR03MB6921.eurprd03.prod.outlook.com", "outlook"))
    body = alt(html(rich), calendar(ics, "REQUEST", cte="base64"))
    return message(hs, body)


# ---------------------------------------------------------------- 14: GoodTime itinerary, two sessions

@mail(N(14), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-11-18T13:00:00Z", end="2026-11-18T15:00:00Z", contact="ingrid.berg@halvorsentools.com",
      company="Halvorsen Tools", local="Wed 2026-11-18 14:00", local_end="2026-11-18 16:00", zone=MAD,
      note="GoodTime itinerary in CET: 2:00-2:45 PM and 3:00-4:00 PM on Wednesday, November 18 -> start = first "
           "session 13:00Z, end = last session end 15:00Z; contact = Reply-To coordinator")
def m14() -> bytes:
    plain = t("""
        Hi Sergio,

        Your interview with Halvorsen Tools for the role of Distribution Planning Lead, Southern Europe
        is confirmed. Please find your itinerary below.

        Wednesday, November 18, 2026
        All times are shown in Central European Time (CET, UTC+1)

        2:00 PM - 2:45 PM   Hiring Manager Interview
                            Jonas Aasen, EMEA Distribution Director
        3:00 PM - 4:00 PM   Case Study Presentation
                            Jonas Aasen; Silvia Romero, S&OP Manager; Per Nilsen, Finance Business Partner

        Location: Google Meet - https://meet.google.com/ahs-qbvn-tpk
        (the same link is used for both sessions; please stay on during the 15-minute break if you like)

        For the case study, please prepare a 20-minute presentation using the data pack we sent last
        week. Slides in English, please.

        If anything comes up, reply to this email to reach your coordinator, Ingrid Berg.

        Best regards,
        Halvorsen Tools Recruiting Team

        Sent by GoodTime on behalf of Halvorsen Tools
        """)
    hs = head(14, addr("Halvorsen Tools Recruiting", "scheduling@mail.goodtime.io"),
              "Your interview itinerary: Distribution Planning Lead, Southern Europe - Halvorsen Tools",
              "2026-11-12 15:51", MAD, "mail.goodtime.io", "168.245.72.19", msgid(14, "mail.goodtime.io"),
              extra=(("Reply-To", addr("Ingrid Berg", "ingrid.berg@halvorsentools.com")),))
    return message(hs, alt(text(plain, cte="7bit", charset="us-ascii"),
                           html(gmail_html(plain), cte="quoted-printable")))


# ---------------------------------------------------------------- 15: Outlook reply on top of the quoted thread, "el viernes"

@mail(N(15), family="reply_quoted", lang="es", interview=True, kind="scheduled",
      start="2026-11-27T09:00:00Z", end=None, contact="tgascon@envasesjucar.es",
      company="Envases Metálicos del Júcar", local="Fri 2026-11-27 10:00", zone=MAD,
      note="Respuesta de Outlook encima del hilo citado: 'Quedamos entonces el viernes a las 10:00 en la fábrica'. "
           "'el viernes' se resuelve contra el Date (martes 24 nov) -> viernes 27, CET -> 09:00Z; el hilo citado "
           "(propuesta jueves o viernes) lo confirma; windows-1252 QP; contact = sender (jefe de planta)")
def m15() -> bytes:
    plain = t("""
        Perfecto, Sergio. Quedamos entonces el viernes a las 10:00 en la fábrica. Pregunta en portería
        por mí; primero te enseñamos la planta y después hablamos con calma del puesto con Maribel, de
        RR. HH.

        Un saludo,

        Tomás Gascón
        Director de Planta
        Envases Metálicos del Júcar, S.L.
        Camino de la Estación, s/n · 02630 La Roda (Albacete)
        Tel. 967 44 03 17

        -----Mensaje original-----
        De: Sergio Navarro <sergio.navarro@example.org>
        Enviado el: martes, 24 de noviembre de 2026 13:05
        Para: Tomás Gascón <tgascon@envasesjucar.es>
        Asunto: RE: Visita a planta - puesto Jefe de Logística

        Hola, Tomás:

        Muchas gracias por la propuesta. El jueves lo tengo complicado por el inventario de fin de mes,
        pero el viernes por la mañana me viene perfecto, a partir de las 9:30.

        Un saludo,
        Sergio

        -----Mensaje original-----
        De: Tomás Gascón <tgascon@envasesjucar.es>
        Enviado el: lunes, 23 de noviembre de 2026 17:40
        Para: sergio.navarro@example.org
        CC: Maribel Ortega <mortega@envasesjucar.es>
        Asunto: Visita a planta - puesto Jefe de Logística

        Buenas tardes, Sergio:

        Te escribo de parte de Maribel Ortega, que ya te adelantó por teléfono nuestro interés. Te
        propongo que vengas a vernos esta semana a la planta de La Roda, el jueves o el viernes por la
        mañana, para una entrevista con Maribel y conmigo. Dime qué día te viene mejor y a qué hora.

        Un saludo,
        Tomás
        """)
    hs = head(15, addr("Tomás Gascón", "tgascon@envasesjucar.es", "windows-1252"),
              "RE: Visita a planta - puesto Jefe de Logística", "2026-11-24 18:22", MAD,
              "smtp.envasesjucar.es", "80.28.117.60", msgid(15, "envasesjucar.es", "outlook"), charset="windows-1252",
              extra=(("Cc", addr("Maribel Ortega", "mortega@envasesjucar.es")),
                     ("In-Reply-To", msgid(1015, "example.org")),
                     ("References", f"{msgid(1115, 'envasesjucar.es')} {msgid(1015, 'example.org')}"),
                     ("X-Mailer", "Microsoft Outlook 16.0")))
    return message(hs, alt(text(plain, "windows-1252"), html(outlook_html(plain), "windows-1252")))


# ---------------------------------------------------------------- 16: forwarded to self (Greenhouse)

@mail(N(16), family="forwarded", lang="en", interview=True, kind="scheduled",
      start="2026-12-02T10:00:00Z", end="2026-12-02T11:00:00Z", contact="laura.mendez@brightwellcg.com",
      company="Brightwell Consumer Goods", local="Wed 2026-12-02 11:00", local_end="2026-12-02 12:00", zone=MAD,
      note="Sergio forwards a Greenhouse confirmation from his other address to this inbox: 'Wednesday, December "
           "2, 2026, 11:00 AM - 12:00 PM CET' -> 10:00Z; contact = Reply-To recruiter quoted in the forwarded "
           "header (the forwarder is the candidate)")
def m16() -> bytes:
    plain = t("""
        Para tenerlo a mano en el correo personal.

        ---------- Forwarded message ---------
        From: Brightwell Consumer Goods <no-reply@us.greenhouse-mail.io>
        Date: Mon, Nov 30, 2026 at 4:02 PM
        Subject: Your interview with Brightwell Consumer Goods is confirmed
        To: <sergio.navarro@example.com>
        Reply-To: Laura Méndez <laura.mendez@brightwellcg.com>


        Hi Sergio,

        Thanks for making time to speak with us. Your interview for Supply Planning Manager, Iberia is
        confirmed:

        Wednesday, December 2, 2026
        11:00 AM - 12:00 PM CET (Central European Time)

        Interviewers:
        Laura Méndez - Talent Acquisition Lead, Southern Europe
        Tobias Reinholt - Head of Supply Planning, EU

        Video call: https://brightwellcg.zoom.us/j/93017726640

        If you need to reschedule, simply reply to this email.

        Best,
        Laura
        """)
    hs = head(16, addr("Sergio Navarro", ME2),
              "Fwd: Your interview with Brightwell Consumer Goods is confirmed", "2026-11-30 21:10", MAD,
              "mail-wr1-f52.google.com", "209.85.221.52", msgid(16, "", "gmail"))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


# =========================================================================== reschedules
# ---------------------------------------------------------------- 17: Exchange update, SEQUENCE:1 (thread of 3)

@mail(N(17), family="outlook_calendar", lang="es", interview=True, kind="rescheduled",
      start="2026-10-01T14:00:00Z", end="2026-10-01T15:00:00Z", contact="beatriz.llorente@hispalisretail.es",
      company="Hispalis Retail Distribución", local="Thu 2026-10-01 16:00", local_end="2026-10-01 17:00",
      zone=MAD,
      note="Actualización de Exchange (mismo UID, SEQUENCE:1) de la entrevista del martes 29: 'la movemos al jueves "
           "1 de octubre de 16:00 a 17:00'; ICS Romance Standard Time, CEST -> 14:00Z; contact = ORGANIZER/sender")
def m17() -> bytes:
    plain = t("""
        Hola de nuevo, Sergio:

        Ernesto tiene que viajar el martes a la plataforma de Dos Hermanas, así que movemos la
        entrevista al jueves 1 de octubre, de 16:00 a 17:00. El enlace de Teams es el mismo.

        Perdona el cambio y gracias por la flexibilidad.

        Beatriz
        """) + "\n" + TEAMS_ES
    desc = ("Hola de nuevo\\, Sergio:\\n\\nErnesto tiene que viajar el martes a la plataforma de Dos Hermanas\\, "
            "así que movemos la entrevista al jueves 1 de octubre\\, de 16:00 a 17:00. El enlace de Teams es el "
            "mismo.\\n\\nBeatriz\\n")
    ics = ICS_03.format(vtz=VTZ_ROMANCE, desc=desc, start="20261001T160000", end="20261001T170000",
                        stamp="20260928T071244Z", seq=1)
    hs = head(17, addr("Beatriz Llorente", "beatriz.llorente@hispalisretail.es"),
              "Entrevista - Responsable de Planificación de Almacén (Sergio Navarro)", "2026-09-28 09:12", MAD,
              "EUR05-VI1-obe.outbound.protection.outlook.com", "40.107.21.87",
              msgid(17, "DB9PR02MB7413.eurprd02.prod.outlook.com", "outlook"),
              extra=exchange_headers(17, "Entrevista - Responsable de Planificación de Almacén (Sergio Navarro)"))
    body = alt(text(plain), html(outlook_html(plain)), calendar(ics, "REQUEST", cte="base64"))
    return message(hs, body)


# ---------------------------------------------------------------- 18: Manchester recruiter moves the Lever interview

@mail(N(18), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start="2026-10-08T09:30:00Z", end=None, contact="hannah.whitworth@penninekitchenware.co.uk",
      company="Pennine Kitchenware", local="Thu 2026-10-08 10:30", zone=LON,
      note="Recruiter prose from Manchester: interview moved from Wednesday 2pm to 'Thursday 8 October at 10:30 "
           "UK time (11:30 in Spain)', BST -> 09:30Z; old and new time both in the mail; contact = sender")
def m18() -> bytes:
    plain = t("""
        Hi Sergio,

        Apologies for the change at short notice. Gareth has been asked to be at our Trafford Park
        warehouse on Wednesday afternoon for a stock audit, so I've moved your interview from Wednesday
        at 2pm to Thursday 8 October at 10:30 UK time (11:30 in Spain). Same Teams link as before, and
        you'll get an updated calendar invite from Lever shortly.

        If Thursday morning is a real problem, give me a shout and we'll find another slot, but Gareth
        is keen to meet you this week.

        Kind regards,

        Hannah Whitworth
        Talent Partner | Pennine Kitchenware Ltd
        Unit 4 Westpoint Trading Estate, Trafford Park, Manchester M17 1AE
        T: +44 161 555 0142
        """)
    hs = head(18, addr("Hannah Whitworth", "hannah.whitworth@penninekitchenware.co.uk"),
              "Change of time - your interview with Pennine Kitchenware", "2026-10-05 11:48", LON,
              "GBR01-LO2-obe.outbound.protection.outlook.com", "40.107.11.121",
              msgid(18, "LO2P265MB5112.GBRP265.PROD.OUTLOOK.COM", "outlook"),
              extra=exchange_headers(18, "Change of time - your interview with Pennine Kitchenware", "en-GB"))
    return message(hs, alt(text(plain, "us-ascii", "7bit"), html(outlook_html(plain, "EN-GB"))))


# ---------------------------------------------------------------- 19: Bogotá moves the interview to Thursday

@mail(N(19), family="human_prose", lang="es-CO", interview=True, kind="rescheduled",
      start="2026-10-15T13:00:00Z", end="2026-10-15T13:45:00Z", contact="natalia.restrepo@filoandino.com.co",
      company="Importadora Filo Andino", local="Thu 2026-10-15 08:00", local_end="2026-10-15 08:45", zone=BOG,
      note="Correo de Bogotá: la entrevista del martes 13 pasa al 'jueves 15 de octubre, a la misma hora: 8:00 a.m. "
           "de Colombia (3:00 p.m. de España)', 45 minutos -> 13:00Z-13:45Z; invitación ya actualizada -> "
           "rescheduled; contact = sender")
def m19() -> bytes:
    plain = t("""
        Buenas tardes, Sergio. Espero que esté muy bien.

        Le escribo porque a Andrés Felipe le salió un viaje a Cartagena para el martes y no va a poder
        atender la entrevista. Por eso la pasamos para el jueves 15 de octubre, a la misma hora: 8:00
        a.m. de Colombia (3:00 p.m. de España), igualmente de 45 minutos. Ya le actualicé la
        invitación; el enlace de Meet sigue siendo el mismo.

        Mil disculpas por el cambio. Si ese horario no le sirve, me avisa y buscamos otro espacio.

        Cordialmente,

        Natalia Restrepo Gaviria
        Analista de Talento Humano
        Importadora Filo Andino S.A.S.

        El vie, 9 oct 2026 a las 9:12, Sergio Navarro (<sergio.navarro@example.org>) escribió:
        > Buenos días, Natalia:
        >
        > Confirmado, allí estaré el martes. Muchas gracias.
        >
        > Un saludo,
        > Sergio
        """)
    hs = head(19, addr("Natalia Restrepo Gaviria", "natalia.restrepo@filoandino.com.co"),
              "Re: Confirmación entrevista - Coordinador de Abastecimiento Internacional", "2026-10-09 16:40", BOG,
              "mail-yb1-f170.google.com", "209.85.219.170", msgid(19, "", "gmail"),
              extra=(("In-Reply-To", msgid(1019, "", "gmail")),
                     ("References", f"{msgid(7, '', 'gmail')} {msgid(1019, '', 'gmail')}")))
    return message(hs, alt(text(plain, cte="8bit"), html(gmail_html(plain))))


# ---------------------------------------------------------------- 20: Personio reschedule across the European DST change

@mail(N(20), family="personio", lang="es", interview=True, kind="rescheduled",
      start="2026-10-26T11:00:00Z", end="2026-10-26T12:00:00Z", contact="alba.cuenca@conservasriomundo.es",
      company="Conservas Río Mundo", local="Mon 2026-10-26 12:00", local_end="2026-10-26 13:00", zone=MAD,
      note="Personio: la entrevista del viernes 23.10 10:00 (CEST) pasa al 'lunes, 26.10.2026, 12:00 - 13:00 "
           "(Europe/Madrid)', ya en CET -> 11:00Z; enviado el miércoles 21 en CEST (+0200); ICS SEQUENCE:1 con "
           "TZID Europe/Madrid; contact = Reply-To/ORGANIZER")
def m20() -> bytes:
    plain = t("""
        Hola Sergio:

        Te informamos de que tu entrevista para el puesto de Técnico/a de Aprovisionamiento, prevista
        inicialmente para el viernes 23.10.2026 a las 10:00, se ha trasladado a una nueva fecha.

        Nueva fecha: lunes, 26.10.2026
        Hora: 12:00 - 13:00 (Europe/Madrid)
        Lugar: Conservas Río Mundo, Ctra. de Ayna, km 1,5, 02430 Elche de la Sierra (Albacete)
        Participantes: Alba Cuenca (Personas y Cultura), Rubén Molina (Jefe de Compras)

        Adjuntamos la invitación de calendario actualizada. Si la nueva fecha no te viene bien,
        responde a este correo.

        Un cordial saludo,
        Alba Cuenca
        Conservas Río Mundo

        Este correo ha sido enviado a través de Personio.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Personio GmbH//Recruiting//ES
        METHOD:REQUEST
        """) + VTZ_MADRID + "\n" + t("""
        BEGIN:VEVENT
        UID:interview-c18e4d07-personio-riomundo
        DTSTAMP:20261021T080512Z
        DTSTART;TZID=Europe/Madrid:20261026T120000
        DTEND;TZID=Europe/Madrid:20261026T130000
        SUMMARY:Entrevista Técnico/a de Aprovisionamiento - Sergio Navarro
        LOCATION:Conservas Río Mundo\\, Ctra. de Ayna km 1\\,5\\, 02430 Elche de la Sierra
        ORGANIZER;CN=Alba Cuenca:mailto:alba.cuenca@conservasriomundo.es
        ATTENDEE;CN=Sergio Navarro;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sergio.navarro@example.org
        ATTENDEE;CN=Rubén Molina;ROLE=REQ-PARTICIPANT:mailto:ruben.molina@conservasriomundo.es
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(20, addr("Conservas Río Mundo", "no-reply@mail.personio.de"),
              "Cambio de fecha de tu entrevista: Técnico/a de Aprovisionamiento", "2026-10-21 10:05", MAD,
              "mail-out-1.personio.de", "18.196.71.38", msgid(20, "mail.personio.de"),
              extra=(("Reply-To", addr("Alba Cuenca", "alba.cuenca@conservasriomundo.es")),))
    body = mixed(text(plain, cte="8bit"),
                 calendar(ics, "REQUEST", cte="base64", filename="entrevista.ics", disposition="attachment",
                          name_param=True))
    return message(hs, body)


# =========================================================================== cancellations
# ---------------------------------------------------------------- 21: Google Calendar cancellation (thread of 2)

@mail(N(21), family="google_calendar", lang="es", interview=True, kind="cancelled",
      start="2026-09-22T14:00:00Z", end="2026-09-22T15:00:00Z", contact="inigo.salcedo@levantefrio.com",
      company="Levante Frío Logística", local="Tue 2026-09-22 16:00", local_end="2026-09-22 17:00", zone=MAD,
      note="Google Calendar 'Evento cancelado' (METHOD:CANCEL, STATUS:CANCELLED) de la entrevista del martes 22 "
           "16:00-17:00 CEST -> cancelled slot 14:00Z; contact = ORGANIZER/sender")
def m21() -> bytes:
    plain = t("""
        Se ha cancelado este evento y se ha quitado de tu calendario.

        Entrevista Planificador/a de Transporte - Sergio Navarro
        martes, 22 de septiembre de 2026 · 16:00 – 17:00
        Zona horaria: Europe/Madrid

        Nota del organizador:
        Sergio, disculpa: el puesto se ha cubierto finalmente con una promoción interna y tenemos que
        cancelar la entrevista. Te escribo aparte con más detalle. Gracias por tu tiempo.

        Organizador
        Íñigo Salcedo
        inigo.salcedo@levantefrio.com

        Invitados
        Íñigo Salcedo - organizador
        Nuria Cano
        sergio.navarro@example.org

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Has recibido este correo electrónico porque eres un invitado del evento.
        """)
    ics = ICS_02.format(method="CANCEL", stamp="20260918T094031Z", seq=1, status="CANCELLED")
    subject = ("Evento cancelado: Entrevista Planificador/a de Transporte - Sergio Navarro @ mar 22 sept 2026 "
               "16:00 - 17:00 (CEST) (sergio.navarro@example.org)")
    hs = head(21, addr("Íñigo Salcedo", "inigo.salcedo@levantefrio.com"), subject, "2026-09-18 11:40", MAD,
              "mail-sor-f73.google.com", "209.85.220.73", msgid(21, "google.com"),
              extra=(("Reply-To", addr("Íñigo Salcedo", "inigo.salcedo@levantefrio.com")),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    body = mixed(
        alt(text(plain), calendar(ics, "CANCEL", cte="base64")),
        calendar(ics, "CANCEL", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    )
    return message(hs, body)


# ---------------------------------------------------------------- 22: Kestrel recruiter cancels (req on hold)

@mail(N(22), family="human_prose", lang="en", interview=True, kind="cancelled",
      start="2026-11-03T14:00:00Z", end=None, contact="jmorrow@kestrelbrands.com",
      company="Kestrel Industrial Brands", local="Tue 2026-11-03 09:00", zone=NYC,
      note="Recruiter cancels 'your interview with Rebecca Hollis on Tuesday, November 3 at 9:00 AM ET' (req on "
           "hold, no new time); written in EDT, slot in EST -> 14:00Z; contact = sender")
def m22() -> bytes:
    plain = t("""
        Hi Sergio,

        I'm sorry to let you know that we need to cancel your interview with Rebecca Hollis on Tuesday,
        November 3 at 9:00 AM ET. Following this week's budget review, the Logistics Analyst, EMEA
        requisition has been put on hold until at least Q2 next year.

        This is no reflection on your profile; Rebecca was looking forward to the conversation. If the
        role reopens I will reach out to you first.

        Best regards,

        Jared Morrow
        Talent Acquisition Partner
        Kestrel Industrial Brands
        jmorrow@kestrelbrands.com | +1 (203) 555-0178
        """)
    hs = head(22, addr("Jared Morrow", "jmorrow@kestrelbrands.com"),
              "Logistics Analyst, EMEA - interview on Tuesday", "2026-10-30 15:48", NYC,
              "NAM12-MW2-obe.outbound.protection.outlook.com", "40.107.94.61",
              msgid(22, "MW4PR12MB7035.namprd12.prod.outlook.com", "outlook"),
              extra=exchange_headers(22, "Logistics Analyst, EMEA - interview on Tuesday", "en-US"))
    return message(hs, alt(text(plain, "us-ascii", "7bit"), html(outlook_html(plain, "EN-US"))))


# ---------------------------------------------------------------- 23: Exchange METHOD:CANCEL

@mail(N(23), family="outlook_calendar", lang="es", interview=True, kind="cancelled",
      start="2026-12-14T08:30:00Z", end="2026-12-14T09:30:00Z", contact="jorge.penalver@ibercarga.es",
      company="Ibercarga Intermodal", local="Mon 2026-12-14 09:30", local_end="2026-12-14 10:30", zone=MAD,
      note="Cancelación de Exchange (METHOD:CANCEL, STATUS:CANCELLED): el cuerpo sólo dice 'la entrevista del lunes'; "
           "la hora está en el ICS (Romance Standard Time 09:30-10:30, CET) -> 08:30Z; contact = ORGANIZER/sender")
def m23() -> bytes:
    plain = t("""
        Sergio, lo siento mucho, pero tenemos que anular la entrevista del lunes. Dirección ha decidido
        paralizar la apertura del puesto de Planificador Intermodal hasta el próximo ejercicio.

        Te llamo la semana que viene y te cuento con más calma.

        Un abrazo,
        Jorge
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Jorge Peñalver:mailto:jorge.penalver@ibercarga.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sergio Navarro:mailto:sergio.navarro@example.org
        DESCRIPTION;LANGUAGE=es-ES:Sergio\\, lo siento mucho\\, pero tenemos que anular la entrevista del lunes.\\n
        UID:040000008200E00074C5B7101A82E00800000000D4F2A6C0EB6ADD01000000000000000010000000F1E2C3B4A5968778695A4B3C2D1E0F01
        SUMMARY;LANGUAGE=es-ES:Cancelada: Entrevista Sergio Navarro - Planificador Intermodal
        DTSTART;TZID=Romance Standard Time:20261214T093000
        DTEND;TZID=Romance Standard Time:20261214T103000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261210T114011Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=es-ES:Sala Tajo - Ibercarga Puerto Seco de Albacete
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:-1198732210
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(23, addr("Jorge Peñalver", "jorge.penalver@ibercarga.es"),
              "Cancelada: Entrevista Sergio Navarro - Planificador Intermodal", "2026-12-10 12:40", MAD,
              "EUR04-DB3-obe.outbound.protection.outlook.com", "40.107.6.99",
              msgid(23, "PA4PR04MB8012.eurprd04.prod.outlook.com", "outlook"),
              extra=(*exchange_headers(23, "Entrevista Sergio Navarro - Planificador Intermodal"),
                     ("Importance", "high"), ("X-Priority", "1")))
    body = alt(text(plain), html(outlook_html(plain)), calendar(ics, "CANCEL", cte="base64"))
    return message(hs, body)


# =========================================================================== negatives
# ---------------------------------------------------------------- 24: Workday application receipt (HTML only)

@mail(N(24), family="application_ack", lang="en", interview=False, company="Aldermoor Foods Europe",
      note="Workday application received, HTML only; no interview, no time")
def m24() -> bytes:
    rich = t("""
        <html><head><meta charset="UTF-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Dear Sergio Navarro,</p>
        <p>Thank you for applying for the <b>Supply Planner, Iberia (R-0042187)</b> position at Aldermoor Foods Europe.</p>
        <p>We have received your application and our Talent Acquisition team will review it against the requirements of the role. If your skills and experience match, a member of our team will contact you to discuss next steps.</p>
        <p>You can check the status of your application at any time by signing in to our <a href="https://aldermoor.wd3.myworkdayjobs.com/en-US/Aldermoor_Careers/userHome">Candidate Home</a>.</p>
        <p>Kind regards,<br>Aldermoor Foods Europe Talent Acquisition</p>
        <p style="font-size:11px;color:#777">This is an automated message from Workday. Please do not reply.</p>
        </body></html>
        """)
    hs = head(24, addr("Aldermoor Foods Europe", "aldermoor@myworkday.com"),
              "Thank you for applying - Supply Planner, Iberia (R-0042187)", "2026-09-08 22:14", MAD,
              "wd3-smtp-out.myworkday.com", "209.177.165.24", msgid(24, "myworkday.com"))
    return message(hs, html(rich))


# ---------------------------------------------------------------- 25: Teamtailor rejection after the interview

@mail(N(25), family="rejection", lang="es", interview=False, company="Kråkvik Hogar España",
      note="Rechazo de Teamtailor tras la entrevista ('la entrevista del jueves pasado'); ninguna hora futura")
def m25() -> bytes:
    plain = t("""
        Hola, Sergio:

        Gracias de nuevo por tu tiempo en la entrevista del jueves pasado y por el interés que has
        mostrado en Kråkvik Hogar España.

        Después de valorar todas las candidaturas, hemos decidido seguir adelante con otra persona
        cuyo perfil se ajusta algo más a lo que buscamos ahora mismo para el puesto de Coordinador/a de
        Logística Inbound.

        Nos gustaría mantener tu perfil en nuestra base de talento para futuras oportunidades. Si
        prefieres que lo eliminemos, puedes hacerlo desde tu perfil de candidato.

        Te deseamos mucha suerte.

        Un saludo,
        Elena Sanz
        Kråkvik Hogar España
        """)
    hs = head(25, addr("Kråkvik Hogar España", "no-reply@teamtailor-mail.com"),
              "Tu candidatura a Coordinador/a de Logística Inbound", "2026-10-09 10:02", MAD,
              "a48-115.smtp-out.eu-west-1.amazonses.com", "54.240.48.115", msgid(25, "", "ses"),
              extra=(("Reply-To", addr("Elena Sanz", "elena.sanz@krakvik.es")),))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


# ---------------------------------------------------------------- 26: Manchester rejection

@mail(N(26), family="rejection", lang="en", interview=False, company="Pennine Kitchenware",
      note="Human rejection from the Manchester recruiter after Thursday's interview")
def m26() -> bytes:
    plain = t("""
        Hi Sergio,

        Thank you for taking the time to speak with Gareth and me on Thursday. We really enjoyed the
        conversation, particularly your work on consolidating the Valencia port shipments.

        After a lot of discussion we've decided to offer the role to a candidate based here in the North
        West, mainly because the job needs more time on site at Trafford Park than we had first planned.

        I'm sorry it isn't better news. If a remote or EU-based planning role opens up, I'd like to get
        back in touch.

        Kind regards,

        Hannah Whitworth
        Talent Partner | Pennine Kitchenware Ltd
        """)
    hs = head(26, addr("Hannah Whitworth", "hannah.whitworth@penninekitchenware.co.uk"),
              "Logistics Planner (EU Imports) - update", "2026-10-16 15:03", LON,
              "GBR01-CWL-obe.outbound.protection.outlook.com", "40.107.11.60",
              msgid(26, "LO2P265MB5112.GBRP265.PROD.OUTLOOK.COM", "outlook"),
              extra=exchange_headers(26, "Logistics Planner (EU Imports) - update", "en-GB"))
    return message(hs, alt(text(plain, "us-ascii", "7bit"), html(outlook_html(plain, "EN-GB"))))


# ---------------------------------------------------------------- 27: job alert

@mail(N(27), family="job_alert", lang="es", interview=False, company=None,
      note="Alerta de empleo de un portal: lista de ofertas de logística en Albacete")
def m27() -> bytes:
    plain = t("""
        Hola Sergio,

        Tenemos 5 ofertas nuevas que encajan con tu alerta "planificador logística - Albacete (50 km)":

        * Técnico/a de Planificación de la Producción - Cuchillería del Sur, S.L. (Albacete)
          Jornada completa · 28.000 - 32.000 EUR · Publicada hace 2 días
        * Jefe/a de Almacén - Distribuciones Mancha Centro (Villarrobledo)
          Jornada completa · Salario no especificado · Publicada hace 1 día
        * Supply Chain Analyst - multinacional del sector del mueble (Hellín)
          Híbrido · 35.000 EUR · Publicada hoy
        * Coordinador/a de Tráfico Nacional - Transportes La Gineta (La Gineta)
          Turno de mañana · Publicada hace 3 días
        * Responsable de Compras y Aprovisionamiento - Industria metalúrgica (Almansa)
          Jornada completa · 40.000 - 45.000 EUR · Publicada hoy

        Ver todas las ofertas: https://www.empleomanchego.es/alertas/8831427

        Recibes este correo porque creaste una alerta en EmpleoManchego. Para darte de baja:
        https://www.empleomanchego.es/alertas/baja?u=8831427
        """)
    hs = head(27, addr("EmpleoManchego", "alertas@empleomanchego.es"),
              "5 ofertas nuevas: planificador logística - Albacete", "2026-10-14 07:30", MAD,
              "mta2.empleomanchego.es", "185.12.77.40", msgid(27, "empleomanchego.es"),
              extra=(("List-Unsubscribe", "<https://www.empleomanchego.es/alertas/baja?u=8831427>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(plain, "iso-8859-15", "quoted-printable"), html(gmail_html(plain), "iso-8859-15")))


# ---------------------------------------------------------------- 28: trade newsletter

@mail(N(28), family="newsletter", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Boletín del sector logístico; menciona un webinar con fecha y hora y una entrevista a un directivo; "
           "nada confirma una entrevista de trabajo")
def m28() -> bytes:
    plain = t("""
        CADENA DE SUMINISTRO HOY · Boletín semanal n.º 412

        EN PORTADA
        El Corredor Mediterráneo llega a La Encina: qué cambia para los cargadores de Albacete y Murcia.

        ENTREVISTA
        "La planificación de la demanda ya no se hace en Excel": hablamos con Irene Vidal, directora de
        operaciones de un grupo de menaje con plantas en Alicante y Portugal.

        WEBINAR
        Planificación S&OP con IA: casos reales en la industria. Jueves 15 de octubre, 18:00 (hora
        peninsular). Inscripción gratuita: https://www.cadenadesuministrohoy.es/webinars/sop-ia

        EMPLEO
        Las ofertas de planificación logística crecen un 14 % en el tercer trimestre.

        Recibes este boletín porque te suscribiste en cadenadesuministrohoy.es.
        Darse de baja: https://www.cadenadesuministrohoy.es/baja?id=a1f09c
        """)
    hs = head(28, addr("Cadena de Suministro Hoy", "boletin@cadenadesuministrohoy.es"),
              "El Corredor Mediterráneo llega a La Encina · Boletín n.º 412", "2026-10-08 08:00", MAD,
              "mail186-12.suw21.mandrillapp.com", "198.2.186.12", msgid(28, "mandrillapp.com"),
              extra=(("List-Unsubscribe", "<https://www.cadenadesuministrohoy.es/baja?id=a1f09c>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


# ---------------------------------------------------------------- 29: agency outreach

@mail(N(29), family="recruiter_outreach", lang="es", interview=False, company="Talentia Search",
      note="Primer contacto de una consultora de selección; pregunta si le interesa, nada fijado")
def m29() -> bytes:
    plain = t("""
        Hola Sergio:

        Soy Marta Gil, consultora de Supply Chain en Talentia Search. He visto tu perfil y tu
        experiencia en planificación y expediciones en el sector de la cuchillería me parece muy
        interesante para un proceso que estamos llevando.

        Se trata de un puesto de Supply Chain Planner para un cliente del sector menaje y hogar con
        sede en Paterna (Valencia), modelo híbrido (2 días en oficina), banda salarial de 38-42 k.

        ¿Te interesaría que habláramos unos minutos para contarte más? Si es así, dime y te paso un
        enlace para que elijas el momento que mejor te venga.

        Un saludo,

        Marta Gil
        Senior Consultant · Supply Chain & Operations
        Talentia Search · Valencia · Madrid
        """)
    hs = head(29, addr("Marta Gil", "marta.gil@talentiasearch.es"),
              "Oportunidad Supply Chain Planner - sector menaje (Valencia)", "2026-09-28 10:26", MAD,
              "mail-ej1-f46.google.com", "209.85.218.46", msgid(29, "", "gmail"))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


# ---------------------------------------------------------------- 30: proposal not yet confirmed (es)

@mail(N(30), family="availability_request", lang="es", interview=False, company="Distribuciones Segura Hogar",
      days=(("Tue", "2026-10-20"), ("Wed", "2026-10-21")),
      note="Propone dos huecos ('martes 20 a las 10:00 o miércoles 21 a las 16:30') y pide elegir; nada confirmado")
def m30() -> bytes:
    plain = t("""
        Buenos días, Sergio:

        Gracias por enviarnos tu candidatura para el puesto de Responsable de Logística. Nos gustaría
        conocerte en una primera entrevista por videollamada con nuestro gerente, Vicente Lozano.

        ¿Te vendría bien el martes 20 de octubre a las 10:00 o el miércoles 21 a las 16:30? Dime cuál
        prefieres y te mando la convocatoria con el enlace.

        Un saludo,

        Alicia Román
        Administración y RR. HH.
        Distribuciones Segura Hogar, S.L. · Hellín (Albacete)
        """)
    hs = head(30, addr("Alicia Román", "aroman@seguradistribuciones.es"),
              "Entrevista Responsable de Logística", "2026-10-15 09:47", MAD,
              "smtp.seguradistribuciones.es", "94.124.30.18", msgid(30, "seguradistribuciones.es"),
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(plain, cte="quoted-printable"))


# ---------------------------------------------------------------- 31: proposal not yet confirmed (Manchester)

@mail(N(31), family="availability_request", lang="en", interview=False, company="Pennine Kitchenware",
      days=(("Wed", "2026-10-07"), ("Thu", "2026-10-08")),
      note="Manchester recruiter asks whether Wednesday 7th or Thursday 8th afternoon works; the formal invite "
           "will follow, so nothing is confirmed yet")
def m31() -> bytes:
    plain = t("""
        Hi Sergio,

        Thanks for your application for the Logistics Planner (EU Imports) role, and for the quick chat
        on Friday. Gareth Lomax, our Head of Supply Chain, would like to meet you over Teams.

        Would Wednesday 7th or Thursday 8th October work for you, sometime in the afternoon UK time? Once
        we've agreed a slot I'll send a formal invite through our booking system.

        Kind regards,

        Hannah Whitworth
        Talent Partner | Pennine Kitchenware Ltd
        """)
    hs = head(31, addr("Hannah Whitworth", "hannah.whitworth@penninekitchenware.co.uk"),
              "Logistics Planner (EU Imports) - next step", "2026-09-28 12:15", LON,
              "GBR01-LO2-obe.outbound.protection.outlook.com", "40.107.11.118",
              msgid(31, "LO2P265MB5112.GBRP265.PROD.OUTLOOK.COM", "outlook"),
              extra=exchange_headers(31, "Logistics Planner (EU Imports) - next step", "en-GB"))
    return message(hs, alt(text(plain, "us-ascii", "7bit"), html(outlook_html(plain, "EN-GB"))))


# ---------------------------------------------------------------- 32: GoodTime availability request

@mail(N(32), family="scheduling_link", lang="en", interview=False, company="Halvorsen Tools",
      note="GoodTime availability request for the next round; a link to pick times, nothing booked")
def m32() -> bytes:
    plain = t("""
        Hi Sergio,

        Congratulations on moving forward in the process for Distribution Planning Lead, Southern Europe
        at Halvorsen Tools!

        The next step is a two-part interview (hiring manager conversation and case study presentation,
        about 2 hours in total). Please let us know when you're available over the next two weeks:

        Share your availability: https://app.goodtime.io/availability/halvorsen/8e2d7c41a9

        Once we have your availability, we'll coordinate with the team and send you a confirmed
        itinerary.

        Thanks,
        Ingrid Berg
        Recruiting Coordinator, Halvorsen Tools

        Sent by GoodTime on behalf of Halvorsen Tools
        """)
    hs = head(32, addr("Halvorsen Tools Recruiting", "scheduling@mail.goodtime.io"),
              "Action required: share your availability - Halvorsen Tools", "2026-11-04 10:12", MAD,
              "mail.goodtime.io", "168.245.72.19", msgid(32, "mail.goodtime.io"),
              extra=(("Reply-To", addr("Ingrid Berg", "ingrid.berg@halvorsentools.com")),))
    return message(hs, alt(text(plain, "us-ascii", "7bit"), html(gmail_html(plain))))


# ---------------------------------------------------------------- 33: Calendly link from the agency

@mail(N(33), family="scheduling_link", lang="es", interview=False, company="Talentia Search",
      note="La consultora manda su enlace de Calendly para que Sergio elija hueco; nada reservado todavía")
def m33() -> bytes:
    plain = t("""
        ¡Genial, Sergio! Me alegro de que te interese.

        Te dejo mi Calendly para que elijas el hueco que mejor te venga la semana que viene (son 30
        minutos, por Meet):

        https://calendly.com/marta-gil-talentia/preseleccion-30

        En cuanto reserves te llega la confirmación con el enlace.

        Un saludo,
        Marta

        El mié, 30 sept 2026 a las 19:02, Sergio Navarro (<sergio.navarro@example.org>) escribió:
        > Hola, Marta:
        >
        > Gracias por escribirme. Sí, me interesa conocer más detalles del puesto.
        >
        > Un saludo,
        > Sergio
        """)
    hs = head(33, addr("Marta Gil", "marta.gil@talentiasearch.es"),
              "Re: Oportunidad Supply Chain Planner - sector menaje (Valencia)", "2026-10-02 09:18", MAD,
              "mail-ej1-f48.google.com", "209.85.218.48", msgid(33, "", "gmail"),
              extra=(("In-Reply-To", msgid(1033, "", "gmail")),
                     ("References", f"{msgid(29, '', 'gmail')} {msgid(1033, '', 'gmail')}")))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


# ---------------------------------------------------------------- 34: out-of-office auto-reply

@mail(N(34), family="auto_reply", lang="es", interview=False, company="Bodegas Llano Alto",
      note="Respuesta automática de fuera de la oficina al agradecimiento de Sergio tras la entrevista")
def m34() -> bytes:
    plain = t("""
        Gracias por su mensaje.

        Estaré fuera de la oficina, sin acceso al correo, del 6 al 16 de octubre (vendimia). Para
        cualquier asunto urgente de Recursos Humanos puede escribir a administracion@llanoalto.es o
        llamar al 967 14 52 90.

        Un saludo,
        Carmen Poveda
        Bodegas Llano Alto
        """)
    hs = head(34, addr("Carmen Poveda", "carmen.poveda@llanoalto.es"),
              "Respuesta automática: Gracias por la entrevista de hoy", "2026-10-06 20:31", MAD,
              "EUR02-HE1-obe.outbound.protection.outlook.com", "40.107.3.70",
              msgid(34, "HE1PR02MB3390.eurprd02.prod.outlook.com", "outlook"),
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", msgid(1034, "", "gmail"))))
    return message(hs, text(plain))


# ---------------------------------------------------------------- 35: DSN bounce of the thank-you note

@mail(N(35), family="bounce", lang="es", interview=False, company=None,
      note="DSN (multipart/report) del agradecimiento de Sergio enviado a una dirección mal escrita; el original "
           "habla de 'la entrevista de ayer', nada futuro")
def m35() -> bytes:
    original_body = t("""
        Hola, Raquel:

        Muchas gracias por la entrevista de ayer. Me quedé con ganas de contarte más sobre cómo
        organizamos las rutas de reparto a Levante; si os sirve, os puedo mandar un resumen.

        Un saludo,
        Sergio Navarro
        """)
    original = message([
        ("From", addr("Sergio Navarro", ME)),
        ("To", addr("Raquel Amat", "raquel.amat@oliveirahermanos.es")),
        ("Subject", "Gracias por la entrevista"),
        ("Date", date("2026-10-29 09:14", MAD)),
        ("Message-ID", msgid(1035, "example.org")),
    ], text(original_body))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <raquel.amat@oliveirahermanos.es>: Host or domain name not found. Name service
            error for name=oliveirahermanos.es type=MX: Host not found, try again
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4B7FD2C0A1
        X-Postfix-Sender: rfc822; sergio.navarro@example.org
        Arrival-Date: Thu, 29 Oct 2026 09:14:07 +0100 (CET)

        Final-Recipient: rfc822; raquel.amat@oliveirahermanos.es
        Original-Recipient: rfc822;raquel.amat@oliveirahermanos.es
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=oliveirahermanos.es type=MX: Host not found, try again
        """)
    report = multipart(
        "report",
        text(notice, "us-ascii", "7bit", extra=(("Content-Description", "Notification"),)),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                 status),
        described(attached_message(original), "Undelivered Message"),
        params="report-type=delivery-status",
    )
    hs = [
        ("Delivered-To", ME),
        ("Return-Path", "<>"),
        ("Received", "by mx1.example.org (Postfix)\r\n id 5C81E2C0B3; Thu, 29 Oct 2026 08:14:09 +0000 (UTC)"),
        ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-10-29 09:14", MAD)),
        ("Message-ID", "<20261029081409.5C81E2C0B3@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(hs, report)


def described(p: make.Part, desc: str) -> make.Part:
    return make.Part([("Content-Description", desc), *p.headers], p.body)


# ---------------------------------------------------------------- 36: offer

@mail(N(36), family="offer", lang="es", interview=False, company="Envases Metálicos del Júcar",
      days=(("Fri", "2026-12-11"),),
      note="Oferta de incorporación tras la visita a planta; pide respuesta antes del viernes 11; no es entrevista")
def m36() -> bytes:
    plain = t("""
        Buenos días, Sergio:

        Tras la visita del pasado viernes y la conversación con Tomás, nos alegra trasladarte nuestra
        propuesta para incorporarte como Jefe de Logística en la planta de La Roda:

        - Contrato indefinido, jornada completa (turno central).
        - Salario bruto anual: 39.500 EUR en 14 pagas, más un variable de hasta el 8 % por objetivos.
        - Incorporación prevista: 11 de enero de 2027.
        - Vehículo de empresa para los desplazamientos a clientes.

        Te adjuntamos la carta de oferta en PDF. Te agradeceríamos que nos dieras una respuesta antes
        del viernes 11 de diciembre. Si tienes cualquier duda, llámame cuando quieras.

        Un saludo,

        Maribel Ortega
        Responsable de Recursos Humanos
        Envases Metálicos del Júcar, S.L.
        """)
    pdf = b"%PDF-1.4\n% carta de oferta (resumen)\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    import base64 as _b64
    attachment = make.Part([("Content-Type", 'application/pdf; name="Carta_oferta_Sergio_Navarro.pdf"'),
                            ("Content-Disposition", 'attachment; filename="Carta_oferta_Sergio_Navarro.pdf"'),
                            ("Content-Transfer-Encoding", "base64")],
                           _b64.encodebytes(pdf).replace(b"\n", b"\r\n"))
    hs = head(36, addr("Maribel Ortega", "mortega@envasesjucar.es"),
              "Propuesta de incorporación - Jefe de Logística", "2026-12-01 10:36", MAD,
              "smtp.envasesjucar.es", "80.28.117.60", msgid(36, "envasesjucar.es", "outlook"),
              extra=(("Cc", addr("Tomás Gascón", "tgascon@envasesjucar.es")),))
    return message(hs, mixed(alt(text(plain), html(outlook_html(plain))), attachment))


# ---------------------------------------------------------------- 37: post-interview thanks

@mail(N(37), family="post_interview", lang="en", interview=False, company="Northgate Supply Co.",
      note="Recruiter's thank-you after yesterday's interview; 'we'll be in touch by the end of next week'")
def m37() -> bytes:
    plain = t("""
        Hi Sergio,

        Thanks again for your time yesterday. Mark really enjoyed the discussion about buffer stock at
        the Zaragoza DC, and the panel's feedback was positive.

        We're finishing first-round interviews this week and expect to be in touch about next steps by
        the end of next week.

        Best,
        Dana

        Dana Kowalski
        Senior Recruiter | Northgate Supply Co.
        """)
    hs = head(37, addr("Dana Kowalski", "dana.kowalski@northgatesupply.com"),
              "Thank you - Senior Logistics Planner, EMEA", "2026-10-28 11:20", CHI,
              "mail-pj1-f54.google.com", "209.85.216.54", msgid(37, "", "gmail"))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


# ---------------------------------------------------------------- 38: dentist appointment with ICS

@mail(N(38), family="non_interview_calendar", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="Recordatorio de cita en la clínica dental con ICS; hora confirmada, pero no es una entrevista")
def m38() -> bytes:
    plain = t("""
        Estimado/a Sergio Navarro:

        Le recordamos su cita en Clínica Dental Ródenas:

        Fecha: jueves, 8 de octubre de 2026
        Hora: 17:30
        Profesional: Dra. Inmaculada Ródenas (revisión e higiene)
        Dirección: C/ Tinte, 23, 1.º - 02002 Albacete

        Si no puede acudir, le rogamos que nos avise con 24 horas de antelación llamando al 967 21 08 44.

        Clínica Dental Ródenas
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Gesden//Citas//ES
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:cita-20261008-1730-000418@clinicarodenas.es
        DTSTAMP:20261005T080000Z
        DTSTART:20261008T153000Z
        DTEND:20261008T161500Z
        SUMMARY:Cita Clínica Dental Ródenas
        LOCATION:C/ Tinte\\, 23\\, 1.º - 02002 Albacete
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(38, addr("Clínica Dental Ródenas", "citas@clinicarodenas.es"),
              "Recordatorio de su cita - jueves 8 de octubre", "2026-10-05 10:00", MAD,
              "smtp.clinicarodenas.es", "217.76.132.90", msgid(38, "clinicarodenas.es"))
    return message(hs, mixed(text(plain, "iso-8859-1", "quoted-printable"),
                             calendar(ics, "PUBLISH", cte="base64", filename="cita.ics", disposition="attachment")))


# ---------------------------------------------------------------- 39: neighbours' meeting notice

@mail(N(39), family="non_interview_event", lang="es", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Convocatoria de junta de la comunidad de propietarios con hora fija; no es una entrevista")
def m39() -> bytes:
    plain = t("""
        CONVOCATORIA DE JUNTA GENERAL ORDINARIA
        Comunidad de Propietarios C/ Dionisio Guardiola, 41 - Albacete

        Por indicación del Presidente, se convoca a los propietarios a la Junta General Ordinaria que se
        celebrará el martes 17 de noviembre de 2026 en el portal del edificio, a las 19:30 en primera
        convocatoria y a las 20:00 en segunda, con el siguiente

        ORDEN DEL DÍA
        1. Aprobación de las cuentas del ejercicio 2025-2026.
        2. Presupuesto para el ejercicio 2026-2027.
        3. Renovación de cargos.
        4. Sustitución del portero automático.
        5. Ruegos y preguntas.

        Se ruega la asistencia o la delegación del voto por escrito.

        Fdo.: Administración de Fincas Carrión
        """)
    hs = head(39, addr("Administración de Fincas Carrión", "comunidades@fincascarrion.es"),
              "Convocatoria Junta Ordinaria - C/ Dionisio Guardiola 41", "2026-11-03 13:05", MAD,
              "smtp.fincascarrion.es", "81.45.60.201", msgid(39, "fincascarrion.es"))
    return message(hs, text(plain, "iso-8859-15", "8bit"))


# ---------------------------------------------------------------- 40: train ticket to Madrid

@mail(N(40), family="travel", lang="es", interview=False, company=None,
      note="Billete de tren Albacete-Madrid con hora de salida; un viaje, no una entrevista")
def m40() -> bytes:
    plain = t("""
        Confirmación de compra

        Localizador: XK4P7Q
        Pasajero: SERGIO NAVARRO

        IDA
        Jueves 19/11/2026
        Albacete Los Llanos 07:10 -> Madrid Puerta de Atocha - Almudena Grandes 08:42
        Tren AVLO 06071 · Coche 4 · Plaza 8A · Tarifa Básico

        VUELTA
        Jueves 19/11/2026
        Madrid Puerta de Atocha - Almudena Grandes 18:25 -> Albacete Los Llanos 19:58
        Tren ALVIA 00623 · Coche 2 · Plaza 11C · Tarifa Básico

        Importe total: 46,30 EUR

        Recuerda que el acceso al tren se cierra 2 minutos antes de la salida.
        """)
    hs = head(40, addr("Billetes tren", "billetes@ventas-tren.example.com"),
              "Confirmación de compra - Localizador XK4P7Q", "2026-11-10 22:41", MAD,
              "mailer.ventas-tren.example.com", "193.144.12.77", msgid(40, "ventas-tren.example.com"))
    return message(hs, text(plain, cte="base64"))


# ---------------------------------------------------------------- 41: ITV appointment

@mail(N(41), family="non_interview_calendar", lang="es", interview=False, company=None,
      days=(("Sat", "2026-10-17"),),
      note="Cita previa de la ITV del coche con hora; no es una entrevista")
def m41() -> bytes:
    plain = t("""
        CITA PREVIA CONFIRMADA

        Estación ITV Albacete - Campollano
        Matrícula: 4721 KJB
        Fecha: sábado, 17 de octubre de 2026
        Hora: 09:40
        Tipo de inspección: Periódica (turismo)

        Recuerde traer la ficha técnica y el permiso de circulación. Si no puede acudir, anule su cita en
        https://citaitv.example.com/anular?ref=AB-7741902
        """)
    hs = head(41, addr("Cita ITV", "no-reply@citaitv.example.com"),
              "Cita ITV confirmada - 4721 KJB", "2026-10-11 18:03", MAD,
              "out.citaitv.example.com", "185.40.10.3", msgid(41, "citaitv.example.com"))
    return message(hs, text(plain, "utf-8", "8bit"))


# ---------------------------------------------------------------- 42: family Google Calendar invite

ICS_42 = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261121T200000Z
DTEND:20261121T230000Z
DTSTAMP:20261109T192211Z
ORGANIZER;CN=Lucía Martínez:mailto:lucia.martinez.ab@example.com
UID:6fo1v3s9k2q8hbm0d7t4e5jrgc@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sergio.navarro@example.org;X-NUM-GUESTS=0:mailto:sergio.navarro@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lucía Martínez;X-NUM-GUESTS=0:mailto:lucia.martinez.ab@example.com
CREATED:20261109T192155Z
DESCRIPTION:Reservado para 8 en el Asador Nuestra Señora\\, a nombre de Lucía.
LAST-MODIFIED:20261109T192211Z
LOCATION:Asador Nuestra Señora\\, Albacete
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Cena cumpleaños mamá
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""


@mail(N(42), family="non_interview_calendar", lang="es", interview=False, company=None,
      note="Invitación de Google Calendar de su pareja para una cena familiar; evento con hora, no entrevista")
def m42() -> bytes:
    plain = t("""
        Has recibido una invitación a este evento.

        Cena cumpleaños mamá
        sábado, 21 de noviembre de 2026 · 21:00 – 0:00
        Zona horaria: Europe/Madrid

        Asador Nuestra Señora, Albacete

        Reservado para 8 en el Asador Nuestra Señora, a nombre de Lucía.

        Organizador
        Lucía Martínez
        lucia.martinez.ab@example.com

        Invitación de Google Calendar: https://calendar.google.com/calendar/
        """)
    subject = ("Invitación: Cena cumpleaños mamá @ sáb 21 nov 2026 21:00 - 0:00 (CET) "
               "(sergio.navarro@example.org)")
    hs = head(42, addr("Lucía Martínez", "lucia.martinez.ab@example.com"), subject, "2026-11-09 20:22", MAD,
              "mail-sor-f65.google.com", "209.85.220.65", msgid(42, "google.com"),
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    body = mixed(alt(text(plain), calendar(ICS_42, "REQUEST", cte="base64")),
                 calendar(ICS_42, "REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                          disposition="attachment", name_param=True))
    return message(hs, body)


# ---------------------------------------------------------------- 43: webinar from a job portal

@mail(N(43), family="webinar", lang="es", interview=False, company=None,
      days=(("Wed", "2026-11-11"),),
      note="Webinar de un portal de empleo sobre la entrevista por competencias, con ICS; no es su entrevista")
def m43() -> bytes:
    plain = t("""
        ¡Hola, Sergio!

        Tu plaza para el webinar gratuito "Cómo preparar una entrevista por competencias en logística"
        está confirmada.

        Cuándo: miércoles 11 de noviembre, de 18:30 a 19:30 (hora peninsular)
        Dónde: online, en https://webinars.empleomanchego.es/entrevista-competencias

        Ponente: Olga Ferrándiz, headhunter especializada en operaciones.

        Te hemos adjuntado un archivo para que lo añadas a tu calendario.

        El equipo de EmpleoManchego
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//EmpleoManchego//Webinars//ES
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:webinar-20261111-competencias@empleomanchego.es
        DTSTAMP:20261102T090000Z
        DTSTART:20261111T173000Z
        DTEND:20261111T183000Z
        SUMMARY:Webinar: Cómo preparar una entrevista por competencias en logística
        URL:https://webinars.empleomanchego.es/entrevista-competencias
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(43, addr("EmpleoManchego", "eventos@empleomanchego.es"),
              "Plaza confirmada: webinar sobre la entrevista por competencias", "2026-11-02 10:00", MAD,
              "mta2.empleomanchego.es", "185.12.77.40", msgid(43, "empleomanchego.es"),
              extra=(("List-Unsubscribe", "<https://www.empleomanchego.es/baja?u=8831427>"),))
    return message(hs, mixed(alt(text(plain), html(gmail_html(plain))),
                             calendar(ics, "PUBLISH", cte="base64", ctype="application/ics",
                                      filename="webinar.ics", disposition="attachment")))


# ---------------------------------------------------------------- 44: online assessment deadline

@mail(N(44), family="assessment", lang="en", interview=False, company="Brightwell Consumer Goods",
      days=(("Fri", "2026-11-27"),),
      note="Online assessment invitation with a completion deadline; not an interview")
def m44() -> bytes:
    plain = t("""
        Dear Sergio,

        As part of your application for Supply Planning Manager, Iberia at Brightwell Consumer Goods,
        we invite you to complete two short online assessments:

          - Numerical reasoning (approx. 20 minutes)
          - Work style questionnaire (approx. 15 minutes)

        Please complete both by 23:59 CET on Friday, 27 November 2026:
        https://assess.skillmetric.example.com/c/BRW-5528-SN

        You can do them at any time before the deadline, on a computer with a stable connection.

        Good luck!
        Skillmetric on behalf of Brightwell Consumer Goods
        """)
    hs = head(44, addr("Brightwell Consumer Goods via Skillmetric", "no-reply@skillmetric.example.com"),
              "Brightwell Consumer Goods: please complete your online assessment", "2026-11-20 09:05", MAD,
              "smtp.skillmetric.example.com", "52.31.99.14", msgid(44, "skillmetric.example.com"))
    return message(hs, alt(text(plain, "us-ascii", "7bit"), html(gmail_html(plain))))


# ---------------------------------------------------------------- 45: one-way video interview

@mail(N(45), family="one_way_video", lang="es", interview=False, company="Logística Sureste 3PL",
      days=(("Sun", "2026-11-01"),),
      note="Videoentrevista diferida (grabada) con plazo hasta el domingo 1 de noviembre; no hay nadie al otro lado "
           "ni hora fija")
def m45() -> bytes:
    plain = t("""
        Hola Sergio:

        Gracias por tu candidatura a Jefe/a de Turno - Almacén Molina de Segura. El siguiente paso es
        una videoentrevista diferida: responderás a 5 preguntas grabando tus respuestas (2 minutos por
        pregunta) cuando mejor te venga.

        Plazo: hasta el domingo 1 de noviembre de 2026 a las 23:59.
        Acceso: https://video.entrevistadiferida.example.com/i/LS3PL-20981

        Te recomendamos un lugar tranquilo y con buena luz.

        Un saludo,
        Equipo de Selección
        Logística Sureste 3PL
        """)
    hs = head(45, addr("Logística Sureste 3PL - Selección", "no-reply@entrevistadiferida.example.com"),
              "Tu videoentrevista para Jefe/a de Turno", "2026-10-26 16:40", MAD,
              "mail.entrevistadiferida.example.com", "35.181.22.9", msgid(45, "entrevistadiferida.example.com"))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


# ---------------------------------------------------------------- 46: SmartRecruiters application receipt (es)

@mail(N(46), family="application_ack", lang="es", interview=False, company="Vesta Home Appliances Iberia",
      note="Acuse de recibo de candidatura (SmartRecruiters); sin entrevista")
def m46() -> bytes:
    plain = t("""
        Hola Sergio:

        ¡Gracias por tu candidatura a Demand & Supply Planner en Vesta Home Appliances Iberia!

        Hemos recibido tu solicitud correctamente. Nuestro equipo la revisará y, si tu perfil encaja con
        lo que buscamos, nos pondremos en contacto contigo.

        Puedes consultar el estado de tu candidatura en cualquier momento:
        https://my.smartrecruiters.com/applications

        Saludos,
        Equipo de Talento de Vesta Home Appliances Iberia
        """)
    hs = head(46, addr("Vesta Home Appliances Iberia", "noreply@smartrecruiters.com"),
              "Hemos recibido tu candidatura: Demand & Supply Planner", "2026-10-02 18:55", MAD,
              "mail.smartrecruiters.com", "185.64.152.18", msgid(46, "smartrecruiters.com"))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


# ---------------------------------------------------------------- 47: candidate survey after the interview

@mail(N(47), family="survey", lang="en", interview=False, company="Brightwell Consumer Goods",
      note="Greenhouse candidate-experience survey after the interview; nothing scheduled")
def m47() -> bytes:
    plain = t("""
        Hi Sergio,

        Thank you for interviewing with Brightwell Consumer Goods for Supply Planning Manager, Iberia.
        We'd love to hear how it went. The survey takes about two minutes and your answers are
        anonymous:

        https://app.greenhouse.io/surveys/candidate/7f21c9ae

        Thanks,
        Brightwell Consumer Goods Talent Acquisition
        """)
    hs = head(47, addr("Brightwell Consumer Goods", "no-reply@us.greenhouse-mail.io"),
              "How was your interview experience with Brightwell?", "2026-12-03 17:00", MAD,
              "o3.us.greenhouse-mail.io", "167.89.96.71", msgid(47, "us.greenhouse-mail.io"))
    return message(hs, alt(text(plain, "us-ascii", "7bit"), html(gmail_html(plain))))


# ---------------------------------------------------------------- 48: job fair registration

@mail(N(48), family="job_fair", lang="es", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Inscripción confirmada en un foro de empleo con hora de apertura; evento, no entrevista")
def m48() -> bytes:
    plain = t("""
        Estimado/a Sergio Navarro:

        Le confirmamos su inscripción en el Foro de Empleo Industrial de Albacete 2026.

        Fecha: jueves, 19 de noviembre de 2026
        Horario: de 10:00 a 14:00
        Lugar: Recinto Ferial de Albacete, Pabellón 2

        Participarán más de 30 empresas del sector industrial y logístico. Le recomendamos traer varias
        copias de su currículum. Su acreditación (código QR) está adjunta en este correo y también
        puede descargarla desde su área personal.

        Cámara de Comercio de Albacete
        """)
    hs = head(48, addr("Foro de Empleo Albacete", "foroempleo@camaraab.example.com"),
              "Inscripción confirmada - Foro de Empleo Industrial 2026", "2026-11-05 12:12", MAD,
              "smtp.camaraab.example.com", "62.97.121.5", msgid(48, "camaraab.example.com"))
    return message(hs, text(plain, "iso-8859-1", "quoted-printable"))


# ---------------------------------------------------------------- 49: Taleo status update

@mail(N(49), family="application_status", lang="en", interview=False, company="Marlow & Finch Housewares",
      note="Taleo status update: application under review; nothing scheduled")
def m49() -> bytes:
    plain = t("""
        Dear Sergio Navarro,

        The status of your application for the position Logistics Operations Planner - Spain (Job
        Number 2600314) has been updated.

        Current status: Under review by the hiring team

        No action is required from you at this time. To view your application, log in to the Marlow &
        Finch career section:
        https://marlowfinch.taleo.net/careersection/ext/mysubmissions.ftl

        Regards,
        Marlow & Finch Housewares Recruiting

        Please do not reply to this automated message.
        """)
    hs = head(49, addr("Marlow & Finch Careers", "marlowfinch@taleo.net"),
              "Application status update - Logistics Operations Planner - Spain", "2026-11-16 06:48", LON,
              "smtp-out.taleo.net", "160.34.21.14", msgid(49, "taleo.net"))
    return message(hs, text(plain, "us-ascii", "7bit"))


# ---------------------------------------------------------------- 50: coffee with a former colleague

@mail(N(50), family="personal", lang="es", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Antiguo compañero queda para un café el jueves a las 19:00 y hablar de su empresa; cita personal, no "
           "una entrevista")
def m50() -> bytes:
    plain = t("""
        ¡Hombre, Sergio!

        Me alegro de saber de ti. Hecho: el jueves 3 a las 19:00 en el Café Altozano y me cuentas qué tal
        la búsqueda. Ya te adelanto que en mi empresa están moviendo cosas en almacén, así que igual te
        puedo pasar algún contacto.

        Un abrazo,
        Paco
        """)
    hs = head(50, addr("Paco Serrano", "pacoserrano74@example.com"),
              "Re: ¿Café un día de estos?", "2026-11-30 13:27", MAD,
              "mail-lf1-f49.google.com", "209.85.167.49", msgid(50, "", "gmail"),
              extra=(("In-Reply-To", msgid(1050, "", "gmail")),))
    return message(hs, alt(text(plain), html(gmail_html(plain))))
