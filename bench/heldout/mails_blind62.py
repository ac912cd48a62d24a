"""blind62: a blind held-out set of 50 hand-written mails (a realistic inbox, Valencia).

Inbox owner: Nerea Llopis <nerea.llopis@example.com>, a full-stack developer in Valencia
(Europe/Madrid) applying to startups, consultancies, banks, travel and gaming companies in Spain,
Lisbon, Mexico City, Buenos Aires and to US/UK remote roles.

Written without reading the detector, its tests or the other held-out mails. The MIME plumbing and
the checks are make.py's, imported unchanged; build with

    python3 bench/heldout/make_blind.py blind62

File numbers are a fixed shuffle of the writing order (ORDER below); keys 1-23 are the positives,
24-50 the negatives, in writing order.
"""

from __future__ import annotations

import base64
import random

from make import (
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

ORDER = random.Random(62062).sample(range(1, 51), 50)

ME = "nerea.llopis@example.com"
ME_TO = addr("Nerea Llopis", ME)
MAD = "Europe/Madrid"


def nm(key: int) -> str:
    """File name for the mail written in position ``key`` (1-based)."""
    return f"blind62_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, msgid: str, src: str, ident: str,
         *extra: tuple[str, str], to: str = ME_TO, charset: str = "utf-8", lag: int = 3) -> list[tuple[str, str]]:
    """Headers as Gmail stores them: Delivered-To, Received, then the sender's own headers."""
    return [
        ("Delivered-To", ME),
        ("Received", received(src, when, zone, ident, ME, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


# Google Calendar / Teamtailor / SuccessFactors style zone for Spain
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

# Exchange / Outlook, Windows zone name, 1601 anchors
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

VTZ_GMT = """BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

VTZ_EASTERN = """BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

GOOGLE_RX = "from mail-sor-f73.google.com (mail-sor-f73.google.com. [209.85.220.73])"
GCAL_UID_QUIMERA = "5q0d8k2vbn7m1c3j9h6r4t0a2s@google.com"

# =========================================================================== positives: scheduled


@mail(nm(1), family="teamtailor", lang="es", interview=True, kind="scheduled",
      start="2026-11-05T09:00:00Z", end="2026-11-05T10:00:00Z",
      contact="sara.benlloch@brisalabs.es", company="Brisa Labs",
      local="Thu 2026-11-05 10:00", local_end="2026-11-05 11:00", zone=MAD,
      note="Teamtailor booking confirmation, 'jueves, 5 de noviembre de 2026, 10:00 - 11:00 (Europe/Madrid)' "
           "= CET (after 25 Oct) = 09:00Z-10:00Z; ICS agrees; contact = Reply-To recruiter (also ORGANIZER)")
def brisa_teamtailor() -> bytes:
    body = t("""
        Hola Nerea,

        ¡Gracias por reservar tu entrevista! Aquí tienes todos los detalles:

        Puesto: Full Stack Developer (React / Node)
        Tipo: Entrevista técnica
        Fecha: jueves, 5 de noviembre de 2026
        Hora: 10:00 - 11:00 (Europe/Madrid)
        Lugar: Videollamada - Google Meet
        Enlace: https://meet.google.com/brs-qkfa-wpe

        Te entrevistarán:
        Sara Benlloch - Talent Partner
        Héctor Miralles - Lead Engineer

        ¿Necesitas cambiar la hora? Responde a este correo y Sara te ayudará.

        ¡Hasta pronto!
        El equipo de Brisa Labs

        --
        Enviado con Teamtailor · Gestiona tus datos: https://brisalabs.teamtailor.com/connect/privacy
        """)
    page = t("""
        <!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head>
        <body style="background:#f4f4f6;font-family:-apple-system,Segoe UI,Roboto,sans-serif;color:#1c1c1e">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" cellpadding="24" style="background:#ffffff;border-radius:8px">
        <tr><td>
        <img src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logotype-v3/brisalabs.png" alt="Brisa Labs" height="32">
        <p>Hola Nerea,</p>
        <p>¡Gracias por reservar tu entrevista! Aquí tienes todos los detalles:</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td style="color:#6b6b70">Puesto</td><td>Full Stack Developer (React / Node)</td></tr>
        <tr><td style="color:#6b6b70">Tipo</td><td>Entrevista técnica</td></tr>
        <tr><td style="color:#6b6b70">Fecha</td><td>jueves, 5 de noviembre de 2026</td></tr>
        <tr><td style="color:#6b6b70">Hora</td><td>10:00 - 11:00 (Europe/Madrid)</td></tr>
        <tr><td style="color:#6b6b70">Lugar</td><td>Videollamada - <a href="https://meet.google.com/brs-qkfa-wpe">Google Meet</a></td></tr>
        </table>
        <p>Te entrevistarán:<br>Sara Benlloch - Talent Partner<br>Héctor Miralles - Lead Engineer</p>
        <p>¿Necesitas cambiar la hora? Responde a este correo y Sara te ayudará.</p>
        <p>¡Hasta pronto!<br>El equipo de Brisa Labs</p>
        </td></tr></table>
        <p style="font-size:11px;color:#8e8e93">Enviado con Teamtailor · <a href="https://brisalabs.teamtailor.com/connect/privacy">Gestiona tus datos</a></p>
        </td></tr></table>
        </body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interviews//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {VTZ_MADRID}
        BEGIN:VEVENT
        UID:tt-interview-7731842@teamtailor.com
        DTSTAMP:20261102T081400Z
        DTSTART;TZID=Europe/Madrid:20261105T100000
        DTEND;TZID=Europe/Madrid:20261105T110000
        SUMMARY:Entrevista técnica - Brisa Labs (Full Stack Developer)
        DESCRIPTION:Google Meet: https://meet.google.com/brs-qkfa-wpe\\nTe entrevistarán Sara Benlloch y Héctor Miralles.
        LOCATION:https://meet.google.com/brs-qkfa-wpe
        ORGANIZER;CN=Sara Benlloch:mailto:sara.benlloch@brisalabs.es
        ATTENDEE;CN=Nerea Llopis;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nerea.llopis@example.com
        ATTENDEE;CN=Héctor Miralles;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hector.miralles@brisalabs.es
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Brisa Labs", "no-reply@teamtailor-mail.com"), "Tu entrevista con Brisa Labs está confirmada",
              "2026-11-02 09:14", MAD, "<0102019a2c7f3e15-brisa-7731842-tt@eu-west-1.amazonses.com>",
              "from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com. [54.240.8.31])",
              "mx.google.com with ESMTPS id 5b1f17b1804b1-47d3c0e1a2fsi448812f8f.311",
              ("Reply-To", addr("Sara Benlloch", "sara.benlloch@brisalabs.es")),
              ("X-Mailer", "Teamtailor"))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(nm(2), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start="2026-11-19T15:30:00Z", end="2026-11-19T16:30:00Z",
      contact="inigo.arrieta@quimerapagos.com", company="Quimera Pagos",
      local="Thu 2026-11-19 16:30", local_end="2026-11-19 17:30", zone=MAD,
      note="Google Calendar invitation in Spanish, 'jue 19 nov 2026 16:30 - 17:30 (CET)', Hora de Europa "
           "central - Madrid = UTC+1 -> 15:30Z-16:30Z; ICS TZID Europe/Madrid agrees; contact = organizer "
           "(From/Reply-To). Later moved, see the update mail (same UID)")
def quimera_gcal_invite() -> bytes:
    body = t("""
        Entrevista técnica (live coding) · Nerea Llopis
        jueves 19 nov 2026 · 16:30 – 17:30
        Hora de Europa central - Madrid

        Unirse a Google Meet
        meet.google.com/qmp-wtzr-hdk

        Unirse por teléfono
        (ES) +34 911 00 00 00 PIN: 412 883 907#

        Hola Nerea:
        sesión de live coding de 60 min con Marta Esteve (backend) y conmigo. Usaremos CoderPad, te paso el enlace 5 minutos antes. Nada de algoritmos raros, algo parecido a lo que hacemos en el día a día (una API pequeña con tests).
        ¡Nos vemos!
        Íñigo

        Invitados
        Íñigo Arrieta - organizador
        Marta Esteve
        nerea.llopis@example.com
        Ver todos los detalles de los invitados: https://calendar.google.com/calendar/event?action=VIEW&eid=NXEwZDhrMnZibjdtMWMzajloNnI0dDBhMnMgbmVyZWEubGxvcGlz

        Responder para nerea.llopis@example.com
        Sí: https://calendar.google.com/calendar/event?action=RESPOND&eid=NXEwZDhr&rst=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid=NXEwZDhr&rst=2
        Quizás: https://calendar.google.com/calendar/event?action=RESPOND&eid=NXEwZDhr&rst=3
        Más opciones: https://calendar.google.com/calendar/event?action=VIEW&eid=NXEwZDhr

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Recibes este correo electrónico porque eres un invitado del evento. Para dejar de recibir actualizaciones de este evento, rechaza la invitación.

        Si reenvías esta invitación, cualquier destinatario podrá enviar una respuesta al organizador, añadirse a la lista de invitados, invitar a otros usuarios independientemente del estado de su propia invitación o modificar la respuesta que hayas enviado. Más información: https://support.google.com/calendar/answer/37135#forwarding
        """)
    page = t("""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div itemscope itemtype="http://schema.org/EmailMessage"><span itemprop="name">Entrevista técnica (live coding) · Nerea Llopis</span>
        <table cellpadding="0" cellspacing="0" style="font-family:Roboto,Helvetica,Arial,sans-serif;width:100%">
        <tr><td><h2 style="font-size:22px;font-weight:400;color:#3c4043">Entrevista técnica (live coding) · Nerea Llopis</h2></td></tr>
        <tr><td style="color:#3c4043;font-size:14px">jueves 19 nov 2026 · 16:30 – 17:30 <span style="color:#70757a">(Hora de Europa central - Madrid)</span></td></tr>
        <tr><td><a href="https://meet.google.com/qmp-wtzr-hdk" style="background:#1a73e8;color:#fff;border-radius:4px;padding:8px 16px;text-decoration:none">Unirse con Google Meet</a><br>
        <span style="color:#70757a">meet.google.com/qmp-wtzr-hdk</span></td></tr>
        <tr><td style="font-size:14px">Hola Nerea:<br>sesión de live coding de 60 min con Marta Esteve (backend) y conmigo. Usaremos CoderPad, te paso el enlace 5 minutos antes. Nada de algoritmos raros, algo parecido a lo que hacemos en el día a día (una API pequeña con tests).<br>¡Nos vemos!<br>Íñigo</td></tr>
        <tr><td style="font-size:14px"><b>Invitados</b><br>Íñigo Arrieta - <span style="color:#70757a">organizador</span><br>Marta Esteve<br>nerea.llopis@example.com</td></tr>
        <tr><td style="font-size:14px">Responder para <a href="mailto:nerea.llopis@example.com">nerea.llopis@example.com</a>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NXEwZDhr&amp;rst=1">Sí</a>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NXEwZDhr&amp;rst=2">No</a>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NXEwZDhr&amp;rst=3">Quizás</a></td></tr>
        <tr><td style="font-size:12px;color:#70757a">Invitación de <a href="https://calendar.google.com/calendar/">Google Calendar</a><br>
        Recibes este correo electrónico porque eres un invitado del evento.</td></tr>
        </table></div></body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {VTZ_MADRID}
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Madrid:20261119T163000
        DTEND;TZID=Europe/Madrid:20261119T173000
        DTSTAMP:20261110T163211Z
        ORGANIZER;CN=Íñigo Arrieta:mailto:inigo.arrieta@quimerapagos.com
        UID:{GCAL_UID_QUIMERA}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Íñigo Arrieta;X-NUM-GUESTS=0:mailto:inigo.arrieta@quimerapagos.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marta Esteve;X-NUM-GUESTS=0:mailto:marta.esteve@quimerapagos.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nerea.llopis@example.com;X-NUM-GUESTS=0:mailto:nerea.llopis@example.com
        X-GOOGLE-CONFERENCE:https://meet.google.com/qmp-wtzr-hdk
        CREATED:20261110T162944Z
        DESCRIPTION:Hola Nerea:\\nsesión de live coding de 60 min con Marta Esteve (backend) y conmigo. Usaremos CoderPad\\, te paso el enlace 5 minutos antes.\\n¡Nos vemos!\\nÍñigo\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nÚnete con Google Meet: https://meet.google.com/qmp-wtzr-hdk\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
        LAST-MODIFIED:20261110T163211Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista técnica (live coding) · Nerea Llopis
        TRANSP:OPAQUE
        BEGIN:VALARM
        ACTION:DISPLAY
        DESCRIPTION:This is an event reminder
        TRIGGER:-P0DT0H10M0S
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    subject = ("Invitación: Entrevista técnica (live coding) · Nerea Llopis @ jue 19 nov 2026 16:30 - 17:30 "
               "(CET) (nerea.llopis@example.com)")
    hs = head(addr("Íñigo Arrieta", "inigo.arrieta@quimerapagos.com"), subject, "2026-11-10 16:32", "UTC",
              "<calendar-2f1d7c0e-8b5a-4e61-9c3f-7a0b9e4d1c22@google.com>", GOOGLE_RX,
              "mx.google.com with SMTPS id a640c23a62f3a-b73e0c4d1e5sor1908266b.41",
              ("Reply-To", addr("Íñigo Arrieta", "inigo.arrieta@quimerapagos.com")),
              ("Sender", addr("Google Calendar", "calendar-notification@google.com")))
    return message(hs, mixed(
        alt(text(body), html(page), calendar(ics, cte="base64")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True)))


@mail(nm(3), family="exchange", lang="es", interview=True, kind="scheduled",
      start="2026-10-27T10:00:00Z", end="2026-10-27T11:00:00Z",
      contact="rmanez@bancoalbufera.es", company="Banco Albufera",
      local="Tue 2026-10-27 11:00", local_end="2026-10-27 12:00", zone=MAD,
      note="Exchange meeting request sent Tue 20 Oct in CEST (+0200) for Tue 27 Oct, two days after Europe "
           "went back to CET: 11:00-12:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París = 10:00Z-11:00Z; "
           "ICS TZID 'Romance Standard Time'; contact = organizer/sender")
def albufera_exchange() -> bytes:
    body = t("""
        Cuándo: martes, 27 de octubre de 2026 11:00-12:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París.
        Dónde: Reunión de Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Buenos días, Nerea:

        Tal y como hemos hablado por teléfono, le envío la convocatoria para la entrevista con el equipo de Banca Digital. Participarán Joaquín Alapont (Responsable de Desarrollo Canales) y yo misma. La primera parte será sobre su experiencia y la segunda, más técnica, sobre la arquitectura de nuestra app (Angular + Java).

        Quedamos a su disposición para cualquier duda.

        Un saludo,

        Rosa Máñez Climent
        Selección y Desarrollo de Talento
        Banco Albufera
        Pl. de l'Ajuntament 9 · 46002 València

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Únase desde el equipo, la aplicación móvil o el dispositivo de la sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE3NzA1YjEtNGQ2Mi00ZGIyLWE0ZjctOWQ1NTQ3ZWIwN2Rm%40thread.v2/0?context=%7b%22Tid%22%3a%227c1a%22%7d>
        Id. de reunión: 349 201 775 618
        Código de acceso: Wq3Ht9
        Descargar Teams<https://www.microsoft.com/es-es/microsoft-teams/download-app> | Unirse en la Web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________

        AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si no es usted el destinatario indicado, le rogamos que lo comunique al remitente y lo elimine.
        """)
    page = t("""
        <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
        <head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="ES" link="#0563C1" vlink="#954F72"><div class="WordSection1">
        <p class="MsoNormal">Buenos días, Nerea:<o:p></o:p></p>
        <p class="MsoNormal">Tal y como hemos hablado por teléfono, le envío la convocatoria para la entrevista con el equipo de Banca Digital. Participarán Joaquín Alapont (Responsable de Desarrollo Canales) y yo misma. La primera parte será sobre su experiencia y la segunda, más técnica, sobre la arquitectura de nuestra app (Angular + Java).<o:p></o:p></p>
        <p class="MsoNormal">Quedamos a su disposición para cualquier duda.<o:p></o:p></p>
        <p class="MsoNormal">Un saludo,<o:p></o:p></p>
        <p class="MsoNormal"><b>Rosa Máñez Climent</b><br>Selección y Desarrollo de Talento<br>Banco Albufera<br>Pl. de l'Ajuntament 9 · 46002 València<o:p></o:p></p>
        <div style="margin-bottom:24px;overflow:hidden;word-wrap:break-word">
        <div style="margin-bottom:20px"><span style="font-size:24px;font-weight:700">Reunión de Microsoft Teams</span></div>
        <div style="margin-bottom:20px"><div style="margin-top:0;margin-bottom:0;font-weight:700"><span style="font-size:14px">Únase desde el equipo, la aplicación móvil o el dispositivo de la sala</span></div>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE3NzA1YjEtNGQ2Mi00ZGIyLWE0ZjctOWQ1NTQ3ZWIwN2Rm%40thread.v2/0" style="font-size:14px">Haga clic aquí para unirse a la reunión</a></div>
        <div style="margin-bottom:20px"><span style="font-size:14px">Id. de reunión: 349 201 775 618</span><br><span style="font-size:14px">Código de acceso: Wq3Ht9</span></div>
        </div>
        <p class="MsoNormal" style="font-size:8pt;color:gray">AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si no es usted el destinatario indicado, le rogamos que lo comunique al remitente y lo elimine.</p>
        </div></body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {VTZ_ROMANCE}
        BEGIN:VEVENT
        ORGANIZER;CN="Máñez Climent, Rosa":mailto:rmanez@bancoalbufera.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nerea.llopis@example.com:mailto:nerea.llopis@example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Alapont Ferrer, Joaquín":mailto:jalapont@bancoalbufera.es
        DESCRIPTION;LANGUAGE=es-ES:Buenos días\\, Nerea:\\n\\nTal y como hemos hablado por teléfono\\, le envío la convocatoria para la entrevista con el equipo de Banca Digital.\\n\\nUn saludo\\,\\nRosa Máñez Climent\\n
        UID:040000008200E00074C5B7101A82E00800000000C05E3B6A6E60DD01000000000000000010000000A3E4C7D21F9B6C4E8F7A1B2C3D4E5F60
        SUMMARY;LANGUAGE=es-ES:Entrevista - Desarrollador/a Full Stack (Banca Digital)
        DTSTART;TZID=Romance Standard Time:20261027T110000
        DTEND;TZID=Romance Standard Time:20261027T120000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261020T114700Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2124817365
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
        X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:rmanez@bancoalbufera.es\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_ZmE3NzA1YjEtNGQ2Mi00ZGIyLWE0ZjctOWQ1NTQ3ZWIwN2Rm-thread.v2
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-LOCATIONS:[ {{ "DisplayName" : "Reunión de Microsoft Teams", "LocationAnnotation" : "", "LocationSource" : 0, "Unresolved" : false, "LocationUri" : "" }} ]
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Máñez Climent, Rosa", "rmanez@bancoalbufera.es", "iso-8859-1"),
              "Entrevista - Desarrollador/a Full Stack (Banca Digital)", "2026-10-20 13:47", MAD,
              "<DB9PR04MB8412C1A77E0D2E4F5B3C9A1DE6F12@DB9PR04MB8412.eurprd04.prod.outlook.com>",
              "from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2071.outbound.protection.outlook.com. [40.107.20.71])",
              "mx.google.com with ESMTPS id 2adb3069b0e04-59e7a1c3f2bsi2210417e87.188",
              ("Thread-Topic", "Entrevista - Desarrollador/a Full Stack (Banca Digital)"),
              ("Thread-Index", "AdtB3kq7Yc0r8V1ZTmS9cE2wq4xZpg=="),
              ("Accept-Language", "es-ES, en-US"),
              ("Content-Language", "es-ES"),
              ("X-MS-Has-Attach", ""),
              ("X-MS-TNEF-Correlator", ""),
              ("X-MS-Exchange-Organization-SCL", "1"))
    return message(hs, alt(text(body, "iso-8859-1"), html(page, "iso-8859-1"), calendar(ics, cte="base64")))


@mail(nm(4), family="agency_recruiter", lang="es", interview=True, kind="scheduled",
      start="2026-11-25T15:00:00Z", end=None,
      contact="javier.roig@nortetalento.es", company="Vadesa Logística",
      local="Wed 2026-11-25 16:00", zone=MAD,
      note="Agency recruiter's short reply from his phone: 'confirmado con Vadesa: el miércoles a las 4 de la "
           "tarde'; Date Mon 23 Nov (Madrid) -> Wed 25 Nov 16:00 CET = 15:00Z; no length; company = the client "
           "who interviews, contact = the recruiter (human sender)")
def norte_talento_confirm() -> bytes:
    body = t("""
        Hola Nerea!

        Confirmado con Vadesa: el miércoles a las 4 de la tarde en sus oficinas de Av. de Aragón 30, 5ª planta. Pregunta por Lorena Sempere en recepción, ella y el CTO (Ximo) te harán la entrevista. Lleva el DNI que te lo piden para subir.

        Luego me cuentas qué tal!!

        Javi

        Enviado desde mi iPhone

        > El 23 nov 2026, a las 10:02, Nerea Llopis <nerea.llopis@example.com> escribió:
        >
        > Hola Javier,
        >
        > Gracias por la llamada de esta mañana. Por mi parte el miércoles por la tarde me va perfecto, cualquier hora a partir de las 15h.
        >
        > Un saludo,
        > Nerea
        """)
    hs = head(addr("Javier Roig | Norte Talento", "javier.roig@nortetalento.es"), "Re: Entrevista Vadesa Logística",
              "2026-11-23 12:40", MAD, "<6F1C2A0E-93B4-4C1D-A8E2-5D7B9F30C118@nortetalento.es>",
              "from mail-eu.nortetalento.es (mail-eu.nortetalento.es. [185.47.130.22])",
              "mx.google.com with ESMTPS id ffacd0b85a97d-42c9e4f1b20si1163722f8f.219",
              ("In-Reply-To", "<CAN4x7Rk2b+Zp0Q1yVxWn3q8sHjT5uE@mail.gmail.com>"),
              ("References", "<CAN4x7Rk2b+Zp0Q1yVxWn3q8sHjT5uE@mail.gmail.com>"),
              ("X-Mailer", "iPhone Mail (22B91)"))
    return message(hs, text(body))


@mail(nm(5), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-10-28T14:00:00Z", end="2026-10-28T14:30:00Z",
      contact="kyle.brennan@driftline.io", company="Driftline Analytics",
      local="Wed 2026-10-28 15:00", local_end="2026-10-28 15:30", zone=MAD,
      note="Calendly invitee confirmation shown in the invitee's zone, '03:00pm - 03:30pm (Central European "
           "Time)' on Wed 28 Oct: Europe is already on CET (+1) while the US is still on EDT, so 14:00Z "
           "(10am Boston); ICS in UTC agrees; contact = Reply-To host")
def driftline_calendly() -> bytes:
    body = t("""
        Hi Nerea Llopis,

        Your Hiring Manager Screen with Kyle Brennan at 03:00pm (Central European Time) on Wednesday, October 28, 2026 is scheduled.

        Event Type:
        Hiring Manager Screen - Senior Full-Stack Engineer (Remote, EU)

        Event Date/Time:
        03:00pm - 03:30pm (Central European Time) on Wednesday, October 28, 2026

        Location:
        This is a Zoom web conference.
        https://driftline.zoom.us/j/83920017734?pwd=Y2xkQmJ6dWp4N1RqZz09

        Description:
        30 minutes with Kyle (Engineering Manager, Data Platform). We'll talk about your background, what you're looking for and how the team works. No prep needed.

        Questions:
        Anything you'd like us to know before the call?
        I'm based in Valencia (Spain), fully remote is a must for me.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/3f1b0c7e-4d8a-4b0e-9f1c-2e7d5a6b8c90
        Reschedule: https://calendly.com/reschedulings/3f1b0c7e-4d8a-4b0e-9f1c-2e7d5a6b8c90

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#4d5055;font-size:15px">
        <p>Hi Nerea Llopis,</p>
        <p>Your Hiring Manager Screen with Kyle Brennan at 03:00pm (Central European Time) on Wednesday, October 28, 2026 is scheduled.</p>
        <p><b>Event Type:</b><br>Hiring Manager Screen - Senior Full-Stack Engineer (Remote, EU)</p>
        <p><b>Event Date/Time:</b><br>03:00pm - 03:30pm (Central European Time) on Wednesday, October 28, 2026</p>
        <p><b>Location:</b><br>This is a Zoom web conference.<br><a href="https://driftline.zoom.us/j/83920017734?pwd=Y2xkQmJ6dWp4N1RqZz09">https://driftline.zoom.us/j/83920017734</a></p>
        <p><b>Description:</b><br>30 minutes with Kyle (Engineering Manager, Data Platform). We'll talk about your background, what you're looking for and how the team works. No prep needed.</p>
        <p><a href="https://calendly.com/cancellations/3f1b0c7e-4d8a-4b0e-9f1c-2e7d5a6b8c90">Cancel</a> &nbsp; <a href="https://calendly.com/reschedulings/3f1b0c7e-4d8a-4b0e-9f1c-2e7d5a6b8c90">Reschedule</a></p>
        <p style="font-size:12px;color:#a6a6a6">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:3f1b0c7e-4d8a-4b0e-9f1c-2e7d5a6b8c90@calendly.com
        DTSTAMP:20261023T171022Z
        DTSTART:20261028T140000Z
        DTEND:20261028T143000Z
        SUMMARY:Hiring Manager Screen - Senior Full-Stack Engineer (Remote\\, EU) between Kyle Brennan and Nerea Llopis
        DESCRIPTION:Event Name: Hiring Manager Screen\\n\\nLocation: https://driftline.zoom.us/j/83920017734\\n\\nNeed to make changes to this event?\\nCancel: https://calendly.com/cancellations/3f1b0c7e-4d8a-4b0e-9f1c-2e7d5a6b8c90
        LOCATION:https://driftline.zoom.us/j/83920017734
        ORGANIZER;CN=Kyle Brennan:mailto:kyle.brennan@driftline.io
        ATTENDEE;CN=Nerea Llopis;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:nerea.llopis@example.com
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Hiring Manager Screen with Kyle Brennan on Wednesday, October 28, 2026",
              "2026-10-23 17:10", "UTC", "<0100019a11c2d7fe-6b3f8a1e-calendly-confirm-000000@email.amazonses.com>",
              "from a48-108.smtp-out.amazonses.com (a48-108.smtp-out.amazonses.com. [54.240.48.108])",
              "mx.google.com with ESMTPS id d75a77b69052e-4edb7c3a1f2si59302141cf.611",
              ("Reply-To", addr("Kyle Brennan", "kyle.brennan@driftline.io")))
    return message(hs, mixed(alt(text(body, cte="7bit"), html(page, cte="7bit")),
                             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@mail(nm(6), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-11-10T14:00:00Z", end="2026-11-10T15:15:00Z",
      contact="hannah.pryce@kestrelgames.co.uk", company="Kestrel Games",
      local="Tue 2026-11-10 14:00", local_end="2026-11-10 15:15", zone="Europe/London",
      note="Greenhouse confirmation, HTML only (base64): Tuesday 10 November 2026, 2:00pm - 3:15pm GMT "
           "(UK back on GMT since 25 Oct) = 14:00Z-15:15Z, Madrid conversion also written; contact = Reply-To")
def kestrel_greenhouse() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Hi Nerea,</p>
        <p>Thanks for getting back to us so quickly. Your technical interview for the <b>Full Stack Developer (Live Tools)</b> role is booked in:</p>
        <table cellpadding="6" style="border-collapse:collapse;font-size:14px">
        <tr><td style="color:#777">Date</td><td>Tuesday, 10 November 2026</td></tr>
        <tr><td style="color:#777">Time</td><td>2:00pm – 3:15pm GMT (3:00pm – 4:15pm in Madrid)</td></tr>
        <tr><td style="color:#777">Where</td><td>Google Meet – the link will be in the calendar invite</td></tr>
        <tr><td style="color:#777">With</td><td>Callum Reid (Senior Engineer) and Priti Shah (Engineering Manager)</td></tr>
        </table>
        <p>The first 45 minutes are a pairing exercise in TypeScript (no algorithms puzzles, promise!) and the last 30 minutes are for your questions about the team and our tools for live ops.</p>
        <p>If anything changes, just reply to this email.</p>
        <p>Cheers,<br>Hannah Pryce<br>Talent Acquisition | Kestrel Games<br>Shoreditch, London</p>
        <p style="font-size:11px;color:#999">Sent via Greenhouse. <a href="https://app.greenhouse.io/privacy/kestrelgames">Privacy</a></p>
        <img src="https://app.greenhouse.io/email_tracking/open/9c1d6b5f2a" width="1" height="1" alt="">
        </body></html>
        """)
    hs = head(addr("Kestrel Games", "no-reply@greenhouse.io"),
              "Interview Confirmation - Full Stack Developer (Live Tools) at Kestrel Games",
              "2026-11-04 10:21", "Europe/London", "<6728a1f0c9d3e_3b1a2ac4d1f8e9c1048271@greenhouse.io>",
              "from o1.email.greenhouse.io (o1.email.greenhouse.io. [167.89.91.14])",
              "mx.google.com with ESMTPS id 6a1803df08f44-88255e0a7b1si310274966d6.402",
              ("Reply-To", addr("Hannah Pryce", "hannah.pryce@kestrelgames.co.uk")))
    return message(hs, html(page, cte="base64"))


@mail(nm(7), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-12-03T11:00:00Z", end="2026-12-03T12:00:00Z",
      contact="ines.carvalho@ondaazul.pt", company="Onda Azul Travel",
      local="Thu 2026-12-03 11:00", local_end="2026-12-03 12:00", zone="Europe/Lisbon",
      note="Lever confirmation for a Lisbon company: 'Thursday, 3 December 2026, 11:00 - 12:00 (Lisbon, WET)' "
           "= UTC+0 in winter -> 11:00Z-12:00Z (12:00 in Valencia, as the mail says); contact = Reply-To")
def onda_azul_lever() -> bytes:
    body = t("""
        Hi Nerea,

        Thanks for choosing a time - your interview with Onda Azul Travel is confirmed.

        Role: Full-Stack Engineer (Booking Platform)
        When: Thursday, 3 December 2026, 11:00 - 12:00 (Lisbon, WET)
              That's 12:00 - 13:00 for you in Valencia.
        Where: Google Meet - https://meet.google.com/oaz-mnrt-kqe
        Interviewers: Rui Tavares (CTO), Inês Carvalho (People Partner)

        This is a conversation about the systems you've built and how you'd approach our search & booking flow. Expect some questions about caching and third-party APIs (GDS, hotel channel managers).

        Need to reschedule? Just reply to this email.

        Obrigada e até quinta!
        Inês

        --
        Onda Azul Travel · Rua da Prata 120, 1100-420 Lisboa
        Powered by Lever
        """)
    page = gmail_html(body).replace('<div dir="ltr">', '<div dir="ltr" style="font-family:Arial,sans-serif">')
    hs = head(addr("Inês Carvalho", "no-reply@hire.lever.co"),
              "Interview confirmed: Onda Azul Travel - Full-Stack Engineer (Booking Platform)",
              "2026-11-30 15:40", "Europe/Lisbon", "<0100019ad6b2c417-lever-4b0a61f2-ondaazul@email.amazonses.com>",
              "from a27-62.smtp-out.us-west-2.amazonses.com (a27-62.smtp-out.us-west-2.amazonses.com. [54.240.27.62])",
              "mx.google.com with ESMTPS id 41be03b00d2f7-bf0e7a3c15dsi7713325a12.402",
              ("Reply-To", addr("Inês Carvalho", "ines.carvalho@ondaazul.pt")))
    return message(hs, alt(text(body), html(page)))


@mail(nm(8), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-11-12T16:00:00Z", end="2026-11-12T16:45:00Z",
      contact="daniela.gutierrez@cenzontle.mx", company="Cenzontle Pagos",
      local="Thu 2026-11-12 10:00", local_end="2026-11-12 10:45", zone="America/Mexico_City",
      note="Mexican recruiter: 'quedó agendada ... jueves 12 de noviembre, 10:00 a 10:45 am, hora del centro de "
           "México (17:00 a 17:45 en España)'; Mexico City has no DST since 2022, UTC-6 -> 16:00Z-16:45Z")
def cenzontle_confirm() -> bytes:
    body = t("""
        Hola Nerea, ¡buen día!

        Qué gusto saludarte. Te comento que ya quedó agendada tu entrevista con Rodrigo Zamudio, nuestro Head of Engineering:

        📅 Jueves 12 de noviembre
        🕙 10:00 a 10:45 am, hora del centro de México (17:00 a 17:45 en España)
        💻 Zoom: https://cenzontle.zoom.us/j/91823374401
        ID de reunión: 918 2337 4401 · Código de acceso: 482913

        Es una plática para conocer tu experiencia con React y Node, y que Rodrigo te platique del proyecto de pagos en comercios. Te pido de favor que te conectes unos 5 minutos antes.

        Cualquier cosa quedo al pendiente por este medio o por WhatsApp.

        Saludos cordiales,

        Daniela Gutiérrez
        Talent Acquisition | Cenzontle Pagos
        Ciudad de México
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body dir="ltr"><div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">
        Hola Nerea, ¡buen día!<br><br>
        Qué gusto saludarte. Te comento que ya quedó agendada tu entrevista con Rodrigo Zamudio, nuestro Head of Engineering:<br><br>
        📅 <b>Jueves 12 de noviembre</b><br>
        🕙 <b>10:00 a 10:45 am, hora del centro de México</b> (17:00 a 17:45 en España)<br>
        💻 Zoom: <a href="https://cenzontle.zoom.us/j/91823374401">https://cenzontle.zoom.us/j/91823374401</a><br>
        ID de reunión: 918 2337 4401 · Código de acceso: 482913<br><br>
        Es una plática para conocer tu experiencia con React y Node, y que Rodrigo te platique del proyecto de pagos en comercios. Te pido de favor que te conectes unos 5 minutos antes.<br><br>
        Cualquier cosa quedo al pendiente por este medio o por WhatsApp.<br><br>
        Saludos cordiales,<br><br>
        <b>Daniela Gutiérrez</b><br>Talent Acquisition | Cenzontle Pagos<br>Ciudad de México
        </div></body></html>
        """)
    hs = head(addr("Daniela Gutiérrez", "daniela.gutierrez@cenzontle.mx"),
              "Entrevista con Rodrigo Zamudio - Cenzontle Pagos", "2026-11-06 12:30", "America/Mexico_City",
              "<SJ0PR11MB5672E3A9B1C04D7F2E8A6C15A4D02@SJ0PR11MB5672.namprd11.prod.outlook.com>",
              "from NAM11-DM6-obe.outbound.protection.outlook.com (mail-dm6nam11on2112.outbound.protection.outlook.com. [40.107.223.112])",
              "mx.google.com with ESMTPS id 00721157ae682-78c2a11e3f0si40712097b3.301",
              ("Thread-Topic", "Entrevista con Rodrigo Zamudio - Cenzontle Pagos"),
              ("Content-Language", "es-MX"))
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(nm(9), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-11-17T14:00:00Z", end=None,
      contact="micaela.paz@terosoftware.com.ar", company="Tero Software",
      local="Tue 2026-11-17 11:00", zone="America/Argentina/Buenos_Aires",
      note="Argentine recruiter (voseo) with WhatsApp lines pasted: 'martes 17/11 a las 11 hs (hora Argentina)' "
           "= UTC-3 -> 14:00Z (15 hs in Valencia, as she says); 'más o menos una hora' is approximate -> end null")
def tero_confirm() -> bytes:
    body = t("""
        Hola Nerea! Cómo estás?

        Te confirmo la entrevista técnica para el martes 17/11 a las 11 hs (hora Argentina). Para vos serían las 15 hs en Valencia, no? Igual chequealo por las dudas 😅

        Te va a entrevistar Facundo Ibarra, uno de nuestros tech leads. Va a durar más o menos una hora: la idea es charlar un rato de arquitectura y hacer un ejercicio chiquito en vivo (nada del otro mundo).

        Link de Meet: https://meet.google.com/trs-bxqe-vhn

        Te copio lo que te mandé por WhatsApp así lo tenés todo junto:
        [12/11 15:48] Mica Tero RRHH: Nere! quedó confirmado con Facu el martes 17 a las 11 hs (ARG) 🙌
        [12/11 15:49] Mica Tero RRHH: ahora te mando el mail con el link

        Cualquier cosa avisame!
        Abrazo,
        Mica

        --
        Micaela Paz
        Talent Acquisition · Tero Software
        Buenos Aires, Argentina
        """)
    hs = head(addr("Micaela Paz", "micaela.paz@terosoftware.com.ar"), "Entrevista técnica - Tero Software",
              "2026-11-12 16:05", "America/Argentina/Buenos_Aires",
              "<CAF8s1pQm4Vw+oR2n_xTk5bYd0c9Lh3eJz7Ua6gWqF1r0sPz2Ng@mail.gmail.com>",
              "from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])",
              "mx.google.com with SMTPS id 98e67ed59e1d1-34a1c2b3d40sor5520877a91.7")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(nm(10), family="factorial", lang="es", interview=True, kind="scheduled",
      start="2026-12-01T08:30:00Z", end="2026-12-01T09:30:00Z",
      contact="amparo.soler@pinassa.es", company="Pinassa Consulting",
      local="Tue 2026-12-01 09:30", local_end="2026-12-01 10:30", zone=MAD,
      note="Factorial recruiting notification, HTML only: 'Fecha: 01/12/2026, Hora: 09:30h - 10:30h "
           "(Europe/Madrid)', in person in Valencia -> CET 08:30Z-09:30Z; sender is a no-reply, contact = the "
           "recruiter's address quoted in her message in the body")
def pinassa_factorial() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="es"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Entrevista programada</title></head>
        <body style="margin:0;background:#f5f5f7;font-family:Inter,Helvetica,Arial,sans-serif">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 12px">
        <table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:12px">
        <tr><td style="padding:28px 32px 0"><img src="https://cdn.factorialhr.com/companies/pinassa/logo.png" alt="Pinassa Consulting" height="36"></td></tr>
        <tr><td style="padding:24px 32px;font-size:15px;line-height:22px;color:#25253d">
        <p style="margin:0 0 16px">Hola Nerea,</p>
        <p style="margin:0 0 16px"><b>Pinassa Consulting</b> te ha convocado a una entrevista para la posición <b>Desarrollador/a Full Stack (.NET + Angular)</b>.</p>
        <table role="presentation" cellpadding="6" cellspacing="0" style="font-size:15px;background:#f8f8fb;border-radius:8px;width:100%">
        <tr><td style="color:#7a7a8c;width:140px">Fecha</td><td>01/12/2026</td></tr>
        <tr><td style="color:#7a7a8c">Hora</td><td>09:30h - 10:30h (Europe/Madrid)</td></tr>
        <tr><td style="color:#7a7a8c">Tipo</td><td>Presencial</td></tr>
        <tr><td style="color:#7a7a8c">Dirección</td><td>Carrer de Colón 18, 3ª planta, 46004 València</td></tr>
        <tr><td style="color:#7a7a8c">Entrevistadores</td><td>Amparo Soler (People &amp; Culture), Vicent Ribes (Tech Lead)</td></tr>
        </table>
        <p style="margin:20px 0 8px;color:#7a7a8c">Mensaje de Amparo Soler:</p>
        <blockquote style="margin:0;padding:12px 16px;border-left:3px solid #ff355e;background:#fff6f8">Hola Nerea! Nos vemos el martes. Al llegar llama al timbre de Pinassa, estamos en la tercera. Si te surge cualquier cosa escríbeme a amparo.soler@pinassa.es o llámame al 961 00 00 00.</blockquote>
        <p style="margin:24px 0"><a href="https://api.factorialhr.com/ats/interviews/58213/calendar.ics" style="background:#ff355e;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Añadir al calendario</a></p>
        </td></tr>
        <tr><td style="padding:0 32px 28px;font-size:12px;color:#9a9aab">Este correo ha sido enviado por Factorial en nombre de Pinassa Consulting. Por favor, no respondas a este mensaje.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head(addr("Pinassa Consulting", "no-reply@factorialhr.com"),
              "Entrevista programada: Desarrollador/a Full Stack (.NET + Angular)", "2026-11-25 11:02", MAD,
              "<6925a1c7b3e2f_1c2e3ab41f8a26541d@factorial-ats-mailer-7d9c5.mail>",
              "from mail-out.factorialhr.com (mail-out.factorialhr.com. [198.2.180.44])",
              "mx.google.com with ESMTPS id af79cd13be357-8b2f6a0d3c1si702214185a.311")
    return message(hs, html(page))


@mail(nm(11), family="workday", lang="es", interview=True, kind="scheduled",
      start="2026-12-07T11:00:00Z", end=None,
      contact="beatriz.olmedo@grupotajo.es", company="Grupo Financiero Tajo",
      local="Mon 2026-12-07 12:00", zone=MAD,
      note="Formal Workday 'convocatoria' (usted): 'lunes, 7 de diciembre de 2026, 12:00 (hora peninsular "
           "española)' = CET -> 11:00Z; 'Duración estimada: 1 hora' is an estimate -> end null; sender is a "
           "Workday system mailbox, contact = the recruiter's address in the body")
def tajo_workday() -> bytes:
    body = t("""
        Estimado/a Nerea Llopis Ortega:

        En relación con su candidatura al puesto Full Stack Developer (R-0048213) - Madrid / Híbrido, nos complace convocarle a una entrevista con el área de Tecnología.

        Fecha: lunes, 7 de diciembre de 2026
        Hora: 12:00 (hora peninsular española)
        Duración estimada: 1 hora
        Formato: Microsoft Teams (recibirá el enlace en una convocatoria aparte)
        Entrevistadores: D. Álvaro Cifuentes (Gerente de Arquitectura Digital) y Dña. Beatriz Olmedo (Talent Acquisition)

        Le rogamos confirme su asistencia desde su perfil de candidato en nuestro portal de empleo. Para cualquier consulta puede dirigirse a Beatriz Olmedo (beatriz.olmedo@grupotajo.es).

        Le saluda atentamente,

        Talent Acquisition
        Grupo Financiero Tajo

        Este es un mensaje generado automáticamente. Por favor, no responda a este correo.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><div style="font-family:Arial,sans-serif;font-size:10pt">
        <p>Estimado/a Nerea Llopis Ortega:</p>
        <p>En relación con su candidatura al puesto <b>Full Stack Developer (R-0048213) - Madrid / Híbrido</b>, nos complace convocarle a una entrevista con el área de Tecnología.</p>
        <p><b>Fecha:</b> lunes, 7 de diciembre de 2026<br>
        <b>Hora:</b> 12:00 (hora peninsular española)<br>
        <b>Duración estimada:</b> 1 hora<br>
        <b>Formato:</b> Microsoft Teams (recibirá el enlace en una convocatoria aparte)<br>
        <b>Entrevistadores:</b> D. Álvaro Cifuentes (Gerente de Arquitectura Digital) y Dña. Beatriz Olmedo (Talent Acquisition)</p>
        <p>Le rogamos confirme su asistencia desde su perfil de candidato en nuestro <a href="https://wd3.myworkdaysite.com/recruiting/grupotajo/Tajo_Careers">portal de empleo</a>. Para cualquier consulta puede dirigirse a Beatriz Olmedo (<a href="mailto:beatriz.olmedo@grupotajo.es">beatriz.olmedo@grupotajo.es</a>).</p>
        <p>Le saluda atentamente,</p>
        <p>Talent Acquisition<br>Grupo Financiero Tajo</p>
        <p style="color:#888;font-size:8pt">Este es un mensaje generado automáticamente. Por favor, no responda a este correo.</p>
        </div></body></html>
        """)
    hs = head(addr("Grupo Financiero Tajo", "grupotajo@myworkday.com"),
              "Convocatoria a entrevista - Full Stack Developer (R-0048213)", "2026-12-01 07:15", "UTC",
              "<1728291847.83412.1764573300512@wd3-prod-mailer-21.myworkday.com>",
              "from wd3-smtp-out-7.myworkday.com (wd3-smtp-out-7.myworkday.com. [216.66.18.7])",
              "mx.google.com with ESMTPS id d2e1a72fcca58-7e2b6c1d0a3si40733115b3a.88")
    return message(hs, alt(text(body), html(page)))


@mail(nm(12), family="successfactors", lang="es", interview=True, kind="scheduled",
      start="2026-12-14T09:00:00Z", end="2026-12-14T10:30:00Z",
      contact="lidia.ferrus@viajesalboran.com", company="Viajes Alborán",
      local="Mon 2026-12-14 10:00", local_end="2026-12-14 11:30", zone=MAD,
      note="SAP SuccessFactors interview scheduling, half-translated template: 'Interview Date: 14/12/2026, "
           "10:00 - 11:30 (GMT+01:00) ... (Europe/Madrid)' (DD/MM) -> 09:00Z-10:30Z; ICS attached agrees; "
           "no human Reply-To or sender, contact = the ICS ORGANIZER")
def alboran_successfactors() -> bytes:
    body = t("""
        Estimado/a Nerea Llopis,

        Gracias por seleccionar un horario para su entrevista. A continuación encontrará los detalles:

        Requisición: Desarrollador/a Full Stack - Plataforma B2B (20931)
        Interview Date: 14/12/2026
        Interview Time: 10:00 - 11:30 (GMT+01:00) Central European Time (Europe/Madrid)
        Ubicación: Sede central Viajes Alborán, C/ de Alcalá 211, 28028 Madrid - Sala Estrecho (planta 4)
        Entrevistadores: Lidia Ferrús; Gonzalo Ribera; Marc Vidal

        Esta es la última fase del proceso: una presentación de 20 minutos sobre un proyecto suyo, seguida de preguntas del equipo.

        Se adjunta una convocatoria de calendario (.ics) que puede importar en su calendario.

        Atentamente,
        Equipo de Selección
        Viajes Alborán

        ***Please do not reply to this email. This mailbox is not monitored.***
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//SuccessFactors\\, Inc//Interview Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        {VTZ_MADRID}
        BEGIN:VEVENT
        UID:SF-ISC-20931-884120-3@successfactors.eu
        DTSTAMP:20261204T132000Z
        DTSTART;TZID=Europe/Madrid:20261214T100000
        DTEND;TZID=Europe/Madrid:20261214T113000
        SUMMARY:Entrevista: Desarrollador/a Full Stack - Plataforma B2B (20931) - Nerea Llopis
        LOCATION:Sede central Viajes Alborán\\, C/ de Alcalá 211\\, 28028 Madrid - Sala Estrecho (planta 4)
        ORGANIZER;CN=Lidia Ferrús:mailto:lidia.ferrus@viajesalboran.com
        ATTENDEE;CN=Nerea Llopis;RSVP=FALSE:mailto:nerea.llopis@example.com
        ATTENDEE;CN=Gonzalo Ribera:mailto:gonzalo.ribera@viajesalboran.com
        ATTENDEE;CN=Marc Vidal:mailto:marc.vidal@viajesalboran.com
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Viajes Alborán", "noreply@successfactors.eu"),
              "Entrevista confirmada: Desarrollador/a Full Stack - Plataforma B2B (20931)",
              "2026-12-04 14:20", MAD, "<1933821407.1120573.1764854400118.JavaMail.sfuser@pc12bcf41.successfactors.eu>",
              "from mail12.successfactors.eu (mail12.successfactors.eu. [155.56.208.12])",
              "mx.google.com with ESMTPS id 5b1f17b1804b1-4779a4e1c22si35110865e9.402")
    return message(hs, mixed(text(body, cte="base64"),
                             calendar(ics, cte="base64", filename="Interview.ics", disposition="attachment",
                                      name_param=True)))


@mail(nm(13), family="forward_to_self", lang="ca", interview=True, kind="scheduled",
      start="2026-12-02T08:30:00Z", end=None,
      contact="pau.escriva@sequiol.com", company="Sequiol Software",
      local="Wed 2026-12-02 09:30", zone=MAD,
      note="The candidate forwards to herself a Valencian confirmation: 'dimecres 2 de desembre a les 9.30 h' "
           "-> CET 08:30Z; 'una hora aproximadament' -> end null; sender is the candidate, contact = the CTO "
           "in the forwarded header")
def sequiol_forward() -> bytes:
    body = t("""
        per tindre-ho a mà, que no m'ha arribat invitació al calendari

        ---------- Mensaje reenviado ---------
        De: Pau Escrivà <pau.escriva@sequiol.com>
        Date: vie, 27 nov 2026 a las 13:10
        Subject: Entrevista dimecres
        To: <nerea.llopis@example.com>


        Bon dia Nerea,

        Et confirme l'entrevista per a dimecres 2 de desembre a les 9.30 h a les nostres oficines (carrer de Sueca 41, baix, Russafa). Serà amb mi i amb la Neus, de l'equip de producte; calcula una hora aproximadament.

        Quan arribes, pregunta per mi. Si hi ha qualsevol canvi, em dius alguna cosa.

        Salutacions,

        Pau Escrivà
        CTO · Sequiol Software
        """)
    hs = head(ME_TO, "Fwd: Entrevista dimecres", "2026-11-27 21:48", MAD,
              "<CAM9qT2v+5Lw8rXbK0c1nYp_3sQfZ7dE2hJ6uA4mVg1oR8t=kPw@mail.gmail.com>",
              "from mail-sor-f69.google.com (mail-sor-f69.google.com. [209.85.220.69])",
              "mx.google.com with SMTPS id 4fb4d7f45d1cf-64b2a0c91e7sor2231104a12.27",
              ("References", "<7c2e91a4-0f3b-4d8e-b1a6-58c2e9f4d310@sequiol.com>"),
              ("In-Reply-To", "<7c2e91a4-0f3b-4d8e-b1a6-58c2e9f4d310@sequiol.com>"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(nm(14), family="reply_thread", lang="es", interview=True, kind="scheduled",
      start="2026-11-12T09:30:00Z", end=None,
      contact="toni.mompo@ondina.tech", company="Ondina Tech",
      local="Thu 2026-11-12 10:30", zone=MAD,
      note="CTO's one-line reply on top of the quoted thread: 'nos vemos el jueves a las 10 y media' (coffee "
           "chat with the hiring manager, a stage of the process); Date Mon 9 Nov -> Thu 12 Nov 10:30 CET = "
           "09:30Z; the quoted mails show the proposal and the candidate's 10:30")
def ondina_coffee() -> bytes:
    body = t("""
        Perfecto, nos vemos el jueves a las 10 y media en La Tetera de Russafa (c/ Literato Azorín). Seré el de la sudadera azul de Ondina, no tiene pérdida 😄

        Toni

        El lun, 9 nov 2026 a las 18:51, Nerea Llopis (<nerea.llopis@example.com>) escribió:
        > Hola Toni,
        >
        > Encantada! El jueves por la mañana me va genial, ¿te va bien a las 10:30? Si prefieres otra hora dímelo sin problema.
        >
        > Nerea
        >
        > El lun, 9 nov 2026 a las 12:03, Toni Mompó (<toni.mompo@ondina.tech>) escribió:
        > > Hola Nerea,
        > >
        > > Clara me ha pasado tu perfil y me ha encantado lo del side project de rutas en bici. ¿Te apetece que nos tomemos un café esta semana y te cuento qué estamos montando? Algo informal, sin pizarra ni nada.
        > >
        > > Puedo el jueves 12 por la mañana o el viernes 13 por la tarde.
        > >
        > > Toni Mompó
        > > CTO · Ondina Tech
        """)
    hs = head(addr("Toni Mompó", "toni.mompo@ondina.tech"), "Re: Café con Toni (Ondina)", "2026-11-09 20:14", MAD,
              "<CAH3kLm7xQ0_pT9vRz2y4Wn+eB8sD1fG6jK5uC3aZ0oN7q-Hx9A@mail.gmail.com>",
              "from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])",
              "mx.google.com with SMTPS id 2adb3069b0e04-5a0c8e1f3b2sor1048837e87.33",
              ("In-Reply-To", "<CAN4x7Rm0q+Ue2Lz9p1Fh_Kx3vT8bW5c@mail.gmail.com>"),
              ("References", "<CAH3kLm7wB2_Rq1sVn8u+Zp0eY4tF6gJ@mail.gmail.com> "
                             "<CAN4x7Rm0q+Ue2Lz9p1Fh_Kx3vT8bW5c@mail.gmail.com>"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(nm(15), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-12-01T14:00:00Z", end="2026-12-01T15:30:00Z",
      contact="laia.puigdomenech@gatopardogames.com", company="Gatopardo Games",
      local="Tue 2026-12-01 15:00", local_end="2026-12-01 16:30", zone=MAD,
      note="Google Calendar invitation (English UI) from a Barcelona studio: 'Tue Dec 1, 2026 3pm - 4:30pm "
           "(CET)', Central European Time - Madrid -> 14:00Z-15:30Z; ICS agrees; contact = organizer")
def gatopardo_gcal() -> bytes:
    body = t("""
        Panel interview – Nerea Llopis (Full-Stack Dev, LiveOps)
        Tuesday Dec 1, 2026 ⋅ 3pm – 4:30pm
        Central European Time - Madrid

        Join with Google Meet
        meet.google.com/gtp-hvxk-rma

        Join by phone
        (ES) +34 932 00 00 00 PIN: 771 203 558#

        More phone numbers: https://tel.meet/gtp-hvxk-rma?pin=7712035580041

        Hola Nerea! This is the panel we talked about: you present your take-home (15 min max) and then chat with Oriol (Backend Lead), Yuki (Producer) and me. Fins dimarts!
        Laia

        Guests
        Laia Puigdomènech - organizer
        Oriol Casas
        Yuki Tanaka
        nerea.llopis@example.com
        View all guest info: https://calendar.google.com/calendar/event?action=VIEW&eid=MmdwNHQ4a2xuM2Y&tok=MjYjbGFpYQ

        Reply for nerea.llopis@example.com
        Yes: https://calendar.google.com/calendar/event?action=RESPOND&eid=MmdwNHQ4a2xuM2Y&rst=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid=MmdwNHQ4a2xuM2Y&rst=2
        Maybe: https://calendar.google.com/calendar/event?action=RESPOND&eid=MmdwNHQ4a2xuM2Y&rst=3
        More options: https://calendar.google.com/calendar/event?action=VIEW&eid=MmdwNHQ4a2xuM2Y

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
        """)
    page = t("""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div itemscope itemtype="http://schema.org/EmailMessage">
        <table cellpadding="0" cellspacing="0" style="font-family:Roboto,Helvetica,Arial,sans-serif;width:100%">
        <tr><td><h2 style="font-size:22px;font-weight:400;color:#3c4043">Panel interview – Nerea Llopis (Full-Stack Dev, LiveOps)</h2></td></tr>
        <tr><td style="font-size:14px;color:#3c4043">Tuesday Dec 1, 2026 ⋅ 3pm – 4:30pm <span style="color:#70757a">(Central European Time - Madrid)</span></td></tr>
        <tr><td><a href="https://meet.google.com/gtp-hvxk-rma" style="background:#1a73e8;color:#fff;border-radius:4px;padding:8px 16px;text-decoration:none">Join with Google Meet</a><br><span style="color:#70757a">meet.google.com/gtp-hvxk-rma</span></td></tr>
        <tr><td style="font-size:14px">Hola Nerea! This is the panel we talked about: you present your take-home (15 min max) and then chat with Oriol (Backend Lead), Yuki (Producer) and me. Fins dimarts!<br>Laia</td></tr>
        <tr><td style="font-size:14px"><b>Guests</b><br>Laia Puigdomènech - <span style="color:#70757a">organizer</span><br>Oriol Casas<br>Yuki Tanaka<br>nerea.llopis@example.com</td></tr>
        <tr><td style="font-size:12px;color:#70757a">Invitation from <a href="https://calendar.google.com/calendar/">Google Calendar</a><br>You are receiving this email because you are an attendee on the event.</td></tr>
        </table></div></body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {VTZ_MADRID}
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Madrid:20261201T150000
        DTEND;TZID=Europe/Madrid:20261201T163000
        DTSTAMP:20261124T090512Z
        ORGANIZER;CN=Laia Puigdomènech:mailto:laia.puigdomenech@gatopardogames.com
        UID:2gp4t8kln3f0v7q1c5m9b2x6dz@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Laia Puigdomènech;X-NUM-GUESTS=0:mailto:laia.puigdomenech@gatopardogames.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Oriol Casas;X-NUM-GUESTS=0:mailto:oriol.casas@gatopardogames.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Yuki Tanaka;X-NUM-GUESTS=0:mailto:yuki.tanaka@gatopardogames.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nerea.llopis@example.com;X-NUM-GUESTS=0:mailto:nerea.llopis@example.com
        X-GOOGLE-CONFERENCE:https://meet.google.com/gtp-hvxk-rma
        CREATED:20261124T090230Z
        DESCRIPTION:Hola Nerea! This is the panel we talked about: you present your take-home (15 min max) and then chat with Oriol (Backend Lead)\\, Yuki (Producer) and me. Fins dimarts!\\nLaia\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nJoin with Google Meet: https://meet.google.com/gtp-hvxk-rma\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
        LAST-MODIFIED:20261124T090512Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Panel interview – Nerea Llopis (Full-Stack Dev\\, LiveOps)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    subject = ("Invitation: Panel interview – Nerea Llopis (Full-Stack Dev, LiveOps) @ Tue Dec 1, 2026 3pm - 4:30pm "
               "(CET) (nerea.llopis@example.com)")
    hs = head(addr("Laia Puigdomènech", "laia.puigdomenech@gatopardogames.com"), subject, "2026-11-24 09:05", "UTC",
              "<calendar-9a4e6b21-7c3d-4f58-a1e0-3b5d8c2f7e61@google.com>", GOOGLE_RX,
              "mx.google.com with SMTPS id d9443c01a7336-29a3b1e0f4csor4410825ad.19",
              ("Reply-To", addr("Laia Puigdomènech", "laia.puigdomenech@gatopardogames.com")),
              ("Sender", addr("Google Calendar", "calendar-notification@google.com")))
    return message(hs, mixed(
        alt(text(body), html(page), calendar(ics, cte="base64")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True)))


@mail(nm(16), family="modernloop", lang="en", interview=True, kind="scheduled",
      start="2026-11-16T16:00:00Z", end="2026-11-16T18:30:00Z",
      contact="jenna.okafor@lanternfish.ai", company="Lanternfish Labs",
      local="Mon 2026-11-16 08:00", local_end="2026-11-16 10:30", zone="America/Los_Angeles",
      note="Virtual onsite itinerary, three sessions in PST (US back on standard time since 1 Nov): 8:00 AM - "
           "10:30 AM PST = 16:00Z-18:30Z (first start to last end; Madrid times in brackets); contact = "
           "Reply-To coordinator")
def lanternfish_loop() -> bytes:
    body = t("""
        Hi Nerea,

        Your virtual onsite for Senior Full Stack Engineer (Remote - EMEA) is confirmed. Here's your itinerary:

        Monday, November 16, 2026
        All times Pacific Time (PST, UTC-8). Your local time (Europe/Madrid) in brackets.

        8:00 AM - 8:45 AM PST   [17:00 - 17:45]   System Design - Priya Natarajan, Staff Engineer
        8:45 AM - 9:00 AM PST   [17:45 - 18:00]   Break
        9:00 AM - 9:45 AM PST   [18:00 - 18:45]   Coding (pairing) - Marcus Lee, Senior Software Engineer
        10:00 AM - 10:30 AM PST [19:00 - 19:30]   Hiring Manager - Dana Whitcomb, Director of Engineering

        All sessions use the same Zoom room: https://lanternfish.zoom.us/j/96603118220

        Calendar holds for each session will follow from our team. If you need any accommodations or have to reschedule, reply to this email and I'll sort it out.

        Good luck - the team is excited to meet you!

        Jenna Okafor
        Recruiting Coordinator, Lanternfish Labs

        Sent with ModernLoop
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:14px;color:#1f2937">
        <p>Hi Nerea,</p>
        <p>Your virtual onsite for <b>Senior Full Stack Engineer (Remote - EMEA)</b> is confirmed. Here's your itinerary:</p>
        <p><b>Monday, November 16, 2026</b><br><span style="color:#6b7280">All times Pacific Time (PST, UTC-8). Your local time (Europe/Madrid) in brackets.</span></p>
        <table cellpadding="6" style="border-collapse:collapse;font-size:14px">
        <tr><td>8:00 AM - 8:45 AM PST</td><td style="color:#6b7280">[17:00 - 17:45]</td><td>System Design - Priya Natarajan, Staff Engineer</td></tr>
        <tr><td>8:45 AM - 9:00 AM PST</td><td style="color:#6b7280">[17:45 - 18:00]</td><td>Break</td></tr>
        <tr><td>9:00 AM - 9:45 AM PST</td><td style="color:#6b7280">[18:00 - 18:45]</td><td>Coding (pairing) - Marcus Lee, Senior Software Engineer</td></tr>
        <tr><td>10:00 AM - 10:30 AM PST</td><td style="color:#6b7280">[19:00 - 19:30]</td><td>Hiring Manager - Dana Whitcomb, Director of Engineering</td></tr>
        </table>
        <p>All sessions use the same Zoom room: <a href="https://lanternfish.zoom.us/j/96603118220">https://lanternfish.zoom.us/j/96603118220</a></p>
        <p>Calendar holds for each session will follow from our team. If you need any accommodations or have to reschedule, reply to this email and I'll sort it out.</p>
        <p>Good luck - the team is excited to meet you!</p>
        <p>Jenna Okafor<br>Recruiting Coordinator, Lanternfish Labs</p>
        <p style="font-size:11px;color:#9ca3af">Sent with ModernLoop</p>
        </body></html>
        """)
    hs = head(addr("Jenna Okafor (Lanternfish Labs)", "notifications@mail.modernloop.io"),
              "Your virtual onsite with Lanternfish Labs is confirmed - Mon, Nov 16",
              "2026-11-09 14:10", "America/Los_Angeles", "<20261109221000.7f3c1a9e42b8d6c0@mail.modernloop.io>",
              "from o22.mail.modernloop.io (o22.mail.modernloop.io. [149.72.160.22])",
              "mx.google.com with ESMTPS id 6a1803df08f44-8822c4e1b09si120377416d6.261",
              ("Reply-To", addr("Jenna Okafor", "jenna.okafor@lanternfish.ai")))
    return message(hs, alt(text(body, cte="7bit"), html(page, cte="7bit")))


# =========================================================================== positives: rescheduled


@mail(nm(17), family="google_calendar", lang="es", interview=True, kind="rescheduled",
      start="2026-11-20T08:30:00Z", end="2026-11-20T09:30:00Z",
      contact="inigo.arrieta@quimerapagos.com", company="Quimera Pagos",
      local="Fri 2026-11-20 09:30", local_end="2026-11-20 10:30", zone=MAD,
      note="Google Calendar 'Invitación actualizada' for the same event UID (SEQUENCE 1): moved from jue 19 nov "
           "16:30 to 'vie 20 nov 2026 9:30 - 10:30 (CET)' -> 08:30Z-09:30Z; the old time also appears; "
           "contact = organizer")
def quimera_gcal_update() -> bytes:
    body = t("""
        Se ha modificado este evento
        Cambios: hora

        Entrevista técnica (live coding) · Nerea Llopis
        viernes 20 nov 2026 · 9:30 – 10:30
        Hora de Europa central - Madrid
        Anteriormente: jueves 19 nov 2026 · 16:30 – 17:30

        Unirse a Google Meet
        meet.google.com/qmp-wtzr-hdk

        Hola Nerea:
        la movemos al viernes por la mañana, a Marta le coincidía el jueves con una subida a producción. Mismo formato: live coding de 60 min con Marta Esteve y conmigo. ¡Gracias por la flexibilidad!
        Íñigo

        Invitados
        Íñigo Arrieta - organizador
        Marta Esteve
        nerea.llopis@example.com
        Ver todos los detalles de los invitados: https://calendar.google.com/calendar/event?action=VIEW&eid=NXEwZDhrMnZibjdtMWMzajloNnI0dDBhMnMgbmVyZWEubGxvcGlz

        Responder para nerea.llopis@example.com
        Sí: https://calendar.google.com/calendar/event?action=RESPOND&eid=NXEwZDhr&rst=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid=NXEwZDhr&rst=2
        Quizás: https://calendar.google.com/calendar/event?action=RESPOND&eid=NXEwZDhr&rst=3

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Recibes este correo electrónico porque eres un invitado del evento. Para dejar de recibir actualizaciones de este evento, rechaza la invitación.
        """)
    page = t("""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><table cellpadding="0" cellspacing="0" style="font-family:Roboto,Helvetica,Arial,sans-serif;width:100%">
        <tr><td style="background:#fce8e6;color:#a50e0e;font-size:14px;padding:8px">Se ha modificado este evento<br>Cambios: hora</td></tr>
        <tr><td><h2 style="font-size:22px;font-weight:400;color:#3c4043">Entrevista técnica (live coding) · Nerea Llopis</h2></td></tr>
        <tr><td style="font-size:14px;color:#3c4043"><b>viernes 20 nov 2026 · 9:30 – 10:30</b> <span style="color:#70757a">(Hora de Europa central - Madrid)</span><br>
        <span style="text-decoration:line-through;color:#70757a">jueves 19 nov 2026 · 16:30 – 17:30</span></td></tr>
        <tr><td><a href="https://meet.google.com/qmp-wtzr-hdk">Unirse a Google Meet</a></td></tr>
        <tr><td style="font-size:14px">Hola Nerea:<br>la movemos al viernes por la mañana, a Marta le coincidía el jueves con una subida a producción. Mismo formato: live coding de 60 min con Marta Esteve y conmigo. ¡Gracias por la flexibilidad!<br>Íñigo</td></tr>
        <tr><td style="font-size:14px"><b>Invitados</b><br>Íñigo Arrieta - organizador<br>Marta Esteve<br>nerea.llopis@example.com</td></tr>
        <tr><td style="font-size:12px;color:#70757a">Invitación de <a href="https://calendar.google.com/calendar/">Google Calendar</a></td></tr>
        </table></body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {VTZ_MADRID}
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Madrid:20261120T093000
        DTEND;TZID=Europe/Madrid:20261120T103000
        DTSTAMP:20261116T110540Z
        ORGANIZER;CN=Íñigo Arrieta:mailto:inigo.arrieta@quimerapagos.com
        UID:{GCAL_UID_QUIMERA}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Íñigo Arrieta;X-NUM-GUESTS=0:mailto:inigo.arrieta@quimerapagos.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marta Esteve;X-NUM-GUESTS=0:mailto:marta.esteve@quimerapagos.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nerea.llopis@example.com;X-NUM-GUESTS=0:mailto:nerea.llopis@example.com
        X-GOOGLE-CONFERENCE:https://meet.google.com/qmp-wtzr-hdk
        CREATED:20261110T162944Z
        DESCRIPTION:Hola Nerea:\\nla movemos al viernes por la mañana\\, a Marta le coincidía el jueves con una subida a producción. Mismo formato: live coding de 60 min con Marta Esteve y conmigo. ¡Gracias por la flexibilidad!\\nÍñigo
        LAST-MODIFIED:20261116T110540Z
        LOCATION:
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Entrevista técnica (live coding) · Nerea Llopis
        TRANSP:OPAQUE
        BEGIN:VALARM
        ACTION:DISPLAY
        DESCRIPTION:This is an event reminder
        TRIGGER:-P0DT0H10M0S
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    subject = ("Invitación actualizada: Entrevista técnica (live coding) · Nerea Llopis @ vie 20 nov 2026 9:30 - "
               "10:30 (CET) (nerea.llopis@example.com)")
    hs = head(addr("Íñigo Arrieta", "inigo.arrieta@quimerapagos.com"), subject, "2026-11-16 11:05", "UTC",
              "<calendar-6c0b2e9d-1f47-4a83-b5d2-90e7c3a4f816@google.com>", GOOGLE_RX,
              "mx.google.com with SMTPS id a640c23a62f3a-b7618e2a0c4sor2730115b.72",
              ("Reply-To", addr("Íñigo Arrieta", "inigo.arrieta@quimerapagos.com")),
              ("Sender", addr("Google Calendar", "calendar-notification@google.com")))
    return message(hs, mixed(
        alt(text(body), html(page), calendar(ics, cte="base64")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True)))


@mail(nm(18), family="agency_recruiter", lang="es", interview=True, kind="rescheduled",
      start="2026-11-26T15:00:00Z", end=None,
      contact="javier.roig@nortetalento.es", company="Vadesa Logística",
      local="Thu 2026-11-26 16:00", zone=MAD,
      note="Same agency recruiter, Outlook reply (windows-1252) on top of his earlier mail: 'Os he pasado la "
           "entrevista al jueves 26, misma hora (16:00h) ... Ya está cerrado con ellos' -> 15:00Z; the quoted "
           "mail still says 'el miércoles a las 4 de la tarde'")
def norte_talento_move() -> bytes:
    body = t("""
        Buenos días Nerea,

        Cambio de planes: me ha llamado Lorena, mañana a esa hora les ha caído un comité de dirección y el CTO no puede. Os he pasado la entrevista al jueves 26, misma hora (16:00h) y mismo sitio, Av. de Aragón 30, 5ª. Ya está cerrado con ellos.

        Perdona el baile de fechas. Cualquier cosa me llamas.

        Un saludo,

        Javier Roig
        Senior Consultant IT | Norte Talento
        www.nortetalento.es

        De: Javier Roig
        Enviado: lunes, 23 de noviembre de 2026 12:40
        Para: Nerea Llopis <nerea.llopis@example.com>
        Asunto: Re: Entrevista Vadesa Logística

        Hola Nerea!

        Confirmado con Vadesa: el miércoles a las 4 de la tarde en sus oficinas de Av. de Aragón 30, 5ª planta. Pregunta por Lorena Sempere en recepción, ella y el CTO (Ximo) te harán la entrevista. Lleva el DNI que te lo piden para subir.

        Luego me cuentas qué tal!!

        Javi
        """)
    hs = head(addr("Javier Roig", "javier.roig@nortetalento.es", "windows-1252"),
              "RE: Entrevista Vadesa Logística", "2026-11-24 09:05", MAD,
              "<AM9PR07MB7315B2E41C8F0A3D6E27B9C4E1A02@AM9PR07MB7315.eurprd07.prod.outlook.com>",
              "from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2103.outbound.protection.outlook.com. [40.107.105.103])",
              "mx.google.com with ESMTPS id 5b1f17b1804b1-4779c2a1f03si21988015e9.117",
              ("In-Reply-To", "<6F1C2A0E-93B4-4C1D-A8E2-5D7B9F30C118@nortetalento.es>"),
              ("References", "<CAN4x7Rk2b+Zp0Q1yVxWn3q8sHjT5uE@mail.gmail.com> "
                             "<6F1C2A0E-93B4-4C1D-A8E2-5D7B9F30C118@nortetalento.es>"),
              ("Thread-Topic", enc("Entrevista Vadesa Logística", "windows-1252")),
              ("Content-Language", "es-ES"),
              charset="windows-1252")
    return message(hs, text(body, "windows-1252"))


@mail(nm(19), family="exchange", lang="en", interview=True, kind="rescheduled",
      start="2026-03-31T09:00:00Z", end="2026-03-31T10:00:00Z",
      contact="oliver.nash@harcourtlane.co.uk", company="Harcourt Lane Bank",
      local="Tue 2026-03-31 10:00", local_end="2026-03-31 11:00", zone="Europe/London",
      note="Exchange updated meeting request (SEQUENCE 1), sent Tue 24 Mar in GMT: moved from Thu 26th to Tue "
           "31 March 10:00-11:00 UK time, which is BST after 29 March -> 09:00Z-10:00Z, although Exchange's "
           "label reads (UTC+00:00); ICS TZID 'GMT Standard Time'; contact = organizer")
def harcourt_exchange_update() -> bytes:
    body = t("""
        When: 31 March 2026 10:00-11:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Nerea,

        Apologies for the change - one of the panel is now out of the office on Thursday, so I've moved your technical interview from Thursday 26th to Tuesday 31st, same time (10am UK). Both our clocks go forward on Sunday 29th, so it's still 11am for you in Valencia.

        Same format as before: 60 minutes with Amara Osei and me, mostly system design around a card-payments API.

        Kind regards,
        Oliver

        Oliver Nash
        Engineering Manager, Payments Platform
        Harcourt Lane Bank plc

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_N2U1ZDk4YjQtMWE0Yy00YzA3LWI2NjItM2Y5ZTE4ZDc0YWMx%40thread.v2/0>
        Meeting ID: 372 118 604 553
        Passcode: 9fGh2K
        Download Teams<https://www.microsoft.com/en-gb/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________

        Harcourt Lane Bank plc is authorised by the Prudential Regulation Authority. This e-mail is confidential.
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {VTZ_GMT}
        BEGIN:VEVENT
        ORGANIZER;CN=Oliver Nash:mailto:oliver.nash@harcourtlane.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nerea.llopis@example.com:mailto:nerea.llopis@example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Amara Osei:mailto:amara.osei@harcourtlane.co.uk
        DESCRIPTION;LANGUAGE=en-GB:Hi Nerea\\,\\n\\nApologies for the change - one of the panel is now out of the office on Thursday\\, so I've moved your technical interview from Thursday 26th to Tuesday 31st\\, same time (10am UK).\\n\\nKind regards\\,\\nOliver\\n
        UID:040000008200E00074C5B7101A82E00800000000D03F2A1B9A9EDC0100000000000000001000000062B7E1F0A4C35D4F9E8B7A6C5D4E3F21
        SUMMARY;LANGUAGE=en-GB:Technical interview - Nerea Llopis (Full Stack Engineer\\, Payments)
        DTSTART;TZID=GMT Standard Time:20260331T100000
        DTEND;TZID=GMT Standard Time:20260331T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260324T163000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:-1180295521
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
    escaped = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    page = "<html><body>\n" + "\n".join(
        f'<p class="MsoNormal">{line}</p>' for line in escaped.split("\n") if line) + "\n</body></html>\n"
    hs = head(addr("Oliver Nash", "oliver.nash@harcourtlane.co.uk"),
              "Updated: Technical interview - Nerea Llopis (Full Stack Engineer, Payments)",
              "2026-03-24 16:30", "Europe/London",
              "<LO4P265MB6120A9F3C2E1D0B7A48E5C91D3B42@LO4P265MB6120.GBRP265.PROD.OUTLOOK.COM>",
              "from GBR01-LO4-obe.outbound.protection.outlook.com (mail-lo4gbr01on2091.outbound.protection.outlook.com. [40.107.121.91])",
              "mx.google.com with ESMTPS id ffacd0b85a97d-43a0c1d2e3fsi1183742f8f.64",
              ("Thread-Topic", "Technical interview - Nerea Llopis (Full Stack Engineer, Payments)"),
              ("Thread-Index", "AQHcm2x4Vq1a0bZ3nE+7kR2sT9uWfA=="),
              ("Content-Language", "en-GB"),
              ("X-MS-Has-Attach", ""))
    return message(hs, alt(text(body, "us-ascii", cte="7bit"), html(page, "us-ascii", cte="7bit"),
                           calendar(ics, cte="base64")))


@mail(nm(20), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start="2026-11-09T10:00:00Z", end="2026-11-09T10:45:00Z",
      contact="joana.fontes@maresdigital.pt", company="Marés Digital",
      local="Mon 2026-11-09 10:00", local_end="2026-11-09 10:45", zone="Europe/Lisbon",
      note="Lisbon recruiter pushes the interview: 'Monday 9 Nov, 10:00 Lisbon time (11:00 for you in "
           "Valencia) ... still 45 minutes' -> WET = UTC 10:00Z-10:45Z; the quoted original said Thursday 5 "
           "November at 14:00")
def mares_move() -> bytes:
    body = t("""
        Hi Nerea,

        Quick one - Tiago got pulled into a client workshop on Thursday, so we need to push your interview to Monday 9 Nov, 10:00 Lisbon time (11:00 for you in Valencia). Same Teams link as before and still 45 minutes.

        Sorry for the shuffle, and thanks for being flexible!

        Joana

        --
        Joana Fontes
        Talent Acquisition · Marés Digital
        Av. da Liberdade 245, 1250-143 Lisboa

        On Mon, 2 Nov 2026 at 11:26, Joana Fontes <joana.fontes@maresdigital.pt> wrote:
        > Hi Nerea,
        >
        > Great chatting earlier! As promised, your interview with Tiago Mendes (Head of Engineering) is booked for Thursday 5 November at 14:00 Lisbon time (15:00 in Spain), 45 minutes on Teams:
        > https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGQ1ZjM0NzEtYjc2ZS00MjFhLWE1NDAtZGM5ZTA0OGUxNjBh%40thread.v2/0
        >
        > Talk soon,
        > Joana
        """)
    hs = head(addr("Joana Fontes", "joana.fontes@maresdigital.pt"), "Re: Interview with Marés Digital",
              "2026-11-04 09:12", "Europe/Lisbon",
              "<CAJp2Xw9sL4+Tq7vN1m_Bz0cE5rY8hD3kF6uG2aW0oQ9t-Lp1Mw@mail.gmail.com>",
              "from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])",
              "mx.google.com with SMTPS id 5b1f17b1804b1-4776e2c0a81sor1190232e9.6",
              ("In-Reply-To", "<CAJp2Xw8aQ1+Rt5uM0l_Ay9bD4qX7gC2jE5tF1zV9nP8s-Ko0Lv@mail.gmail.com>"),
              ("References", "<CAJp2Xw8aQ1+Rt5uM0l_Ay9bD4qX7gC2jE5tF1zV9nP8s-Ko0Lv@mail.gmail.com>"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# =========================================================================== positives: cancelled


@mail(nm(21), family="google_calendar", lang="es", interview=True, kind="cancelled",
      start="2026-11-27T11:00:00Z", end="2026-11-27T11:45:00Z",
      contact="irene.calatayud@nomadaviajes.com", company="Nómada Viajes",
      local="Fri 2026-11-27 12:00", local_end="2026-11-27 12:45", zone=MAD,
      note="Google Calendar 'Evento cancelado' (METHOD:CANCEL) with the organizer's note (hiring paused): the "
           "cancelled slot vie 27 nov 2026 12:00 - 12:45 (CET) = 11:00Z-11:45Z; contact = organizer")
def nomada_gcal_cancel() -> bytes:
    body = t("""
        Se ha cancelado este evento y se ha eliminado de tu calendario.

        Entrevista cultural - Nerea Llopis
        viernes 27 nov 2026 · 12:00 – 12:45
        Hora de Europa central - Madrid

        Nerea, perdona el aviso tan justo: tenemos que anular la entrevista del viernes porque hemos parado temporalmente las contrataciones del equipo de producto. Te escribo en cuanto sepa algo más. Un abrazo, Irene

        Invitados
        Irene Calatayud - organizador
        Sergi Monzó
        nerea.llopis@example.com

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Has recibido este correo electrónico porque eras un invitado del evento.

        Si reenvías esta invitación, cualquier destinatario podrá enviar una respuesta al organizador, añadirse a la lista de invitados, invitar a otros usuarios independientemente del estado de su propia invitación o modificar la respuesta que hayas enviado. Más información: https://support.google.com/calendar/answer/37135#forwarding
        """)
    page = t("""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><table cellpadding="0" cellspacing="0" style="font-family:Roboto,Helvetica,Arial,sans-serif;width:100%">
        <tr><td style="background:#fce8e6;color:#a50e0e;font-size:14px;padding:8px">Se ha cancelado este evento y se ha eliminado de tu calendario.</td></tr>
        <tr><td><h2 style="font-size:22px;font-weight:400;color:#3c4043;text-decoration:line-through">Entrevista cultural - Nerea Llopis</h2></td></tr>
        <tr><td style="font-size:14px;color:#3c4043">viernes 27 nov 2026 · 12:00 – 12:45 <span style="color:#70757a">(Hora de Europa central - Madrid)</span></td></tr>
        <tr><td style="font-size:14px">Nerea, perdona el aviso tan justo: tenemos que anular la entrevista del viernes porque hemos parado temporalmente las contrataciones del equipo de producto. Te escribo en cuanto sepa algo más. Un abrazo, Irene</td></tr>
        <tr><td style="font-size:14px"><b>Invitados</b><br>Irene Calatayud - organizador<br>Sergi Monzó<br>nerea.llopis@example.com</td></tr>
        <tr><td style="font-size:12px;color:#70757a">Invitación de <a href="https://calendar.google.com/calendar/">Google Calendar</a><br>Has recibido este correo electrónico porque eras un invitado del evento.</td></tr>
        </table></body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        {VTZ_MADRID}
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Madrid:20261127T120000
        DTEND;TZID=Europe/Madrid:20261127T124500
        DTSTAMP:20261124T085011Z
        ORGANIZER;CN=Irene Calatayud:mailto:irene.calatayud@nomadaviajes.com
        UID:7hv2c0q9m4k1s8d3b6n5t0r2pa@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Irene Calatayud;X-NUM-GUESTS=0:mailto:irene.calatayud@nomadaviajes.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sergi Monzó;X-NUM-GUESTS=0:mailto:sergi.monzo@nomadaviajes.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=nerea.llopis@example.com;X-NUM-GUESTS=0:mailto:nerea.llopis@example.com
        CREATED:20261117T101522Z
        DESCRIPTION:Charla con Irene (People) y Sergi (Head of Product) sobre cómo trabajamos.\\nUnirse con Google Meet: https://meet.google.com/nmd-ukwe-zpt
        LAST-MODIFIED:20261124T085011Z
        LOCATION:
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Entrevista cultural - Nerea Llopis
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    subject = ("Evento cancelado: Entrevista cultural - Nerea Llopis @ vie 27 nov 2026 12:00 - 12:45 (CET) "
               "(nerea.llopis@example.com)")
    hs = head(addr("Irene Calatayud", "irene.calatayud@nomadaviajes.com"), subject, "2026-11-24 08:50", "UTC",
              "<calendar-b41e7a09-35cd-4e2f-8a61-d0c9f2e7b354@google.com>", GOOGLE_RX,
              "mx.google.com with SMTPS id 41be03b00d2f7-bf10c2a7e95sor3391127a12.40",
              ("Reply-To", addr("Irene Calatayud", "irene.calatayud@nomadaviajes.com")),
              ("Sender", addr("Google Calendar", "calendar-notification@google.com")))
    return message(hs, mixed(
        alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True)))


@mail(nm(22), family="human_prose", lang="es", interview=True, kind="cancelled",
      start="2026-11-25T15:00:00Z", end="2026-11-25T16:30:00Z",
      contact="daniela.gutierrez@cenzontle.mx", company="Cenzontle Pagos",
      local="Wed 2026-11-25 09:00", local_end="2026-11-25 10:30", zone="America/Mexico_City",
      note="Mexican recruiter (Outlook, windows-1252) cancels the second round: 'miércoles 25 de noviembre de "
           "9:00 a 10:30 (hora CDMX)' = UTC-6 -> 15:00Z-16:30Z; role frozen, no new time")
def cenzontle_cancel() -> bytes:
    body = t("""
        Hola Nerea,

        Espero que estés muy bien. Lamentablemente te escribo para avisarte que tenemos que cancelar la entrevista técnica que teníamos agendada para el miércoles 25 de noviembre de 9:00 a 10:30 (hora CDMX) con Rodrigo y Alejandra.

        La dirección decidió congelar la vacante hasta el primer trimestre del próximo año por temas de presupuesto. Sé que no es la noticia que esperabas y de verdad lo siento mucho, tu proceso iba muy bien. En cuanto se reactive la posición te busco para retomarlo desde donde nos quedamos.

        Te mando un saludo grande,

        Daniela Gutiérrez
        Talent Acquisition | Cenzontle Pagos
        Ciudad de México
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=Windows-1252"></head>
        <body dir="ltr"><div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">
        Hola Nerea,<br><br>
        Espero que estés muy bien. Lamentablemente te escribo para avisarte que tenemos que cancelar la entrevista técnica que teníamos agendada para el <b>miércoles 25 de noviembre de 9:00 a 10:30 (hora CDMX)</b> con Rodrigo y Alejandra.<br><br>
        La dirección decidió congelar la vacante hasta el primer trimestre del próximo año por temas de presupuesto. Sé que no es la noticia que esperabas y de verdad lo siento mucho, tu proceso iba muy bien. En cuanto se reactive la posición te busco para retomarlo desde donde nos quedamos.<br><br>
        Te mando un saludo grande,<br><br>
        <b>Daniela Gutiérrez</b><br>Talent Acquisition | Cenzontle Pagos<br>Ciudad de México
        </div></body></html>
        """)
    hs = head(addr("Daniela Gutiérrez", "daniela.gutierrez@cenzontle.mx", "windows-1252"),
              "Cancelación entrevista técnica - miércoles 25/11", "2026-11-23 19:40", "America/Mexico_City",
              "<SJ0PR11MB5672F0B8D3A14C6E9A2F7D31B8C04@SJ0PR11MB5672.namprd11.prod.outlook.com>",
              "from NAM11-BN8-obe.outbound.protection.outlook.com (mail-bn8nam11on2090.outbound.protection.outlook.com. [40.107.236.90])",
              "mx.google.com with ESMTPS id 00721157ae682-78d1e30c2b7si52280317b3.188",
              ("Thread-Topic", enc("Cancelación entrevista técnica - miércoles 25/11", "windows-1252")),
              ("Content-Language", "es-MX"),
              charset="windows-1252")
    return message(hs, alt(text(body, "windows-1252"), html(page, "windows-1252")))


@mail(nm(23), family="exchange", lang="en", interview=True, kind="cancelled",
      start="2026-11-03T15:00:00Z", end="2026-11-03T16:00:00Z",
      contact="dwhitfield@copperline.com", company="Copperline Insurance",
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone="America/New_York",
      note="Exchange meeting cancellation (METHOD:CANCEL), sent Thu 29 Oct in EDT for Tue 3 Nov, after the US "
           "went back to EST on 1 Nov: 10:00-11:00 AM (UTC-05:00) Eastern = 15:00Z-16:00Z; ICS TZID 'Eastern "
           "Standard Time'; internal candidate chosen; contact = organizer")
def copperline_cancel() -> bytes:
    body = t("""
        When: Tuesday, November 3, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Nerea,

        I'm sorry to let you know that we've decided to move forward with an internal candidate for this position, so I'm canceling our interview on Tuesday. I really appreciate the time you put into the process and hope our paths cross again.

        Best regards,
        Denise Whitfield
        Senior Talent Acquisition Partner | Copperline Insurance
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {VTZ_EASTERN}
        BEGIN:VEVENT
        ORGANIZER;CN=Denise Whitfield:mailto:dwhitfield@copperline.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nerea.llopis@example.com:mailto:nerea.llopis@example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gregory Hale:mailto:ghale@copperline.com
        DESCRIPTION;LANGUAGE=en-US:Hi Nerea\\,\\n\\nI'm sorry to let you know that we've decided to move forward with an internal candidate for this position\\, so I'm canceling our interview on Tuesday.\\n\\nBest regards\\,\\nDenise Whitfield\\n
        UID:040000008200E00074C5B7101A82E00800000000F0C1E2A7B64FDD0100000000000000001000000088A1C3E5F70B2D4F6A8C0E2F4A6B8D01
        SUMMARY;LANGUAGE=en-US:Canceled: Interview - Nerea Llopis - Senior Full Stack Engineer (Remote)
        DTSTART;TZID=Eastern Standard Time:20261103T100000
        DTEND;TZID=Eastern Standard Time:20261103T110000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261029T152000Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:2
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-OWNERAPPTID:2118844051
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>
        <body><div>
        <p style="font-family:Calibri,sans-serif;font-size:11pt">Hi Nerea,</p>
        <p style="font-family:Calibri,sans-serif;font-size:11pt">I'm sorry to let you know that we've decided to move forward with an internal candidate for this position, so I'm canceling our interview on Tuesday. I really appreciate the time you put into the process and hope our paths cross again.</p>
        <p style="font-family:Calibri,sans-serif;font-size:11pt">Best regards,<br>Denise Whitfield<br>Senior Talent Acquisition Partner | Copperline Insurance</p>
        </div></body></html>
        """)
    hs = head(addr("Denise Whitfield", "dwhitfield@copperline.com"),
              "Canceled: Interview - Nerea Llopis - Senior Full Stack Engineer (Remote)",
              "2026-10-29 11:20", "America/New_York",
              "<BL1PR19MB5390C8E2A7F14B0D3E96A5C2F1D07@BL1PR19MB5390.namprd19.prod.outlook.com>",
              "from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2119.outbound.protection.outlook.com. [40.107.237.119])",
              "mx.google.com with ESMTPS id af79cd13be357-8b0f1c2e3a4si98231785a.233",
              ("Thread-Topic", "Interview - Nerea Llopis - Senior Full Stack Engineer (Remote)"),
              ("Thread-Index", "AQHcSFr2k9mWb1yTQ0e3hR5vK8cJxA=="),
              ("Importance", "high"),
              ("X-Priority", "1"),
              ("Content-Language", "en-US"))
    return message(hs, alt(text(body, "us-ascii", cte="7bit"), html(page, "us-ascii", cte="7bit"),
                           calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives


@mail(nm(24), family="job_alert", lang="es", interview=False, company=None,
      note="LinkedIn job alert (Spanish); 'Contratación activa' / 'Entrevistando activamente' badges are not "
           "a confirmation of anything")
def linkedin_alert() -> bytes:
    body = t("""
        Tu alerta de empleo para desarrollador full stack
        Valencia/València, Comunidad Valenciana, España

        12 empleos nuevos coinciden con tus preferencias.

        Desarrollador/a Full Stack Senior
        Sequiol Software
        València, Comunidad Valenciana, España (Híbrido)
        Contratación activa · Hace 2 días
        Ver empleo: https://www.linkedin.com/comm/jobs/view/4187720391/?trackingId=Zq3%2Bk1vRQ0yA

        Full Stack Engineer (Node/React)
        Pixelaria Studios
        Barcelona, Cataluña, España (En remoto)
        Solicitud sencilla · 31 solicitudes
        Ver empleo: https://www.linkedin.com/comm/jobs/view/4187733125/?trackingId=Zq3%2Bk1vRQ0yA

        Ingeniero/a de Software - Banca Digital
        Banco Albufera
        València (Presencial)
        Tu perfil coincide con 8 de 10 aptitudes
        Ver empleo: https://www.linkedin.com/comm/jobs/view/4187740862/?trackingId=Zq3%2Bk1vRQ0yA

        Frontend Developer (Vue 3)
        Grupo Nácar
        Madrid, Comunidad de Madrid, España (Híbrido)
        Entrevistando activamente · Hace 5 horas
        Ver empleo: https://www.linkedin.com/comm/jobs/view/4187751004/?trackingId=Zq3%2Bk1vRQ0yA

        Ver los 12 empleos: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1829934611

        ----------------------------------------

        Este correo electrónico está dirigido a Nerea Llopis (Full Stack Developer en Taronja Sistemes).
        Más información: https://www.linkedin.com/help/linkedin/answer/4788
        Darse de baja: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs
        © 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublín 2. LinkedIn es un nombre comercial registrado de LinkedIn Ireland Unlimited Company.
        """)
    page = t("""
        <html lang="es"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="margin:0;background:#f3f2ef">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="512" cellpadding="0" cellspacing="0" style="background:#fff;font-family:-apple-system,system-ui,Arial,sans-serif">
        <tr><td style="padding:24px"><img src="https://static.licdn.com/aero-v1/sc/h/logo.png" alt="LinkedIn" height="24"></td></tr>
        <tr><td style="padding:0 24px"><h2 style="font-size:20px;margin:0">Tu alerta de empleo para desarrollador full stack</h2><p style="color:#666;margin:4px 0 16px">Valencia/València, Comunidad Valenciana, España</p></td></tr>
        <tr><td style="padding:0 24px"><p>12 empleos nuevos coinciden con tus preferencias.</p></td></tr>
        <tr><td style="padding:12px 24px;border-top:1px solid #e8e8e8"><a href="https://www.linkedin.com/comm/jobs/view/4187720391/" style="font-weight:600;color:#0a66c2">Desarrollador/a Full Stack Senior</a><br>Sequiol Software<br><span style="color:#666">València, Comunidad Valenciana, España (Híbrido)</span><br><span style="color:#01754f">Contratación activa</span> · Hace 2 días</td></tr>
        <tr><td style="padding:12px 24px;border-top:1px solid #e8e8e8"><a href="https://www.linkedin.com/comm/jobs/view/4187733125/" style="font-weight:600;color:#0a66c2">Full Stack Engineer (Node/React)</a><br>Pixelaria Studios<br><span style="color:#666">Barcelona, Cataluña, España (En remoto)</span><br>Solicitud sencilla · 31 solicitudes</td></tr>
        <tr><td style="padding:12px 24px;border-top:1px solid #e8e8e8"><a href="https://www.linkedin.com/comm/jobs/view/4187740862/" style="font-weight:600;color:#0a66c2">Ingeniero/a de Software - Banca Digital</a><br>Banco Albufera<br><span style="color:#666">València (Presencial)</span><br>Tu perfil coincide con 8 de 10 aptitudes</td></tr>
        <tr><td style="padding:12px 24px;border-top:1px solid #e8e8e8"><a href="https://www.linkedin.com/comm/jobs/view/4187751004/" style="font-weight:600;color:#0a66c2">Frontend Developer (Vue 3)</a><br>Grupo Nácar<br><span style="color:#666">Madrid, Comunidad de Madrid, España (Híbrido)</span><br><span style="color:#01754f">Entrevistando activamente</span> · Hace 5 horas</td></tr>
        <tr><td style="padding:16px 24px"><a href="https://www.linkedin.com/comm/jobs/search/?savedSearchId=1829934611" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none">Ver los 12 empleos</a></td></tr>
        <tr><td style="padding:16px 24px;font-size:12px;color:#666">Este correo electrónico está dirigido a Nerea Llopis (Full Stack Developer en Taronja Sistemes). <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Darse de baja</a><br>© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublín 2.</td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = head(addr("LinkedIn Empleos", "jobalerts-noreply@linkedin.com"),
              "12 nuevos empleos de «desarrollador full stack» en Valencia/València", "2026-11-16 07:02", "UTC",
              "<1739118841.9920731.1763276520114@lva1-app31182.prod.linkedin.com>",
              "from mailb-ae.linkedin.com (mailb-ae.linkedin.com. [108.174.3.193])",
              "mx.google.com with ESMTPS id 6a1803df08f44-8823e1a0f72si118034226d6.77",
              ("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs>"),
              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
              ("X-LinkedIn-Class", "JOBS-ALERT"))
    return message(hs, alt(text(body), html(page)))


@mail(nm(25), family="application_status", lang="es", interview=False, company="Levante Soluciones Informáticas",
      note="InfoJobs status change (iso-8859-1): CV read, process continues; an interview is only a "
           "possibility ('se pondrán en contacto contigo para concertar una entrevista')")
def infojobs_status() -> bytes:
    body = t("""
        Hola Nerea,

        La empresa Levante Soluciones Informáticas ha actualizado el estado de tu candidatura:

        Programador/a Full Stack (Angular + Java) - Paterna (Valencia)
        Estado anterior: CV leído
        Estado actual: En proceso

        ¿Qué significa esto?
        La empresa ha revisado tu CV y sigue adelante con el proceso de selección. Si encajas en lo que buscan, se pondrán en contacto contigo para concertar una entrevista.

        Consejo InfoJobs: prepara tu entrevista con nuestra guía «Las 10 preguntas más frecuentes en una entrevista de trabajo»:
        https://orientacion-laboral.infojobs.net/preguntas-entrevista-trabajo

        Ver mi candidatura: https://www.infojobs.net/candidate/applications/detail.xhtml?id=9f83a1c2

        Un saludo,
        El equipo de InfoJobs

        Has recibido este e-mail porque estás inscrito/a en una oferta de InfoJobs. Para dejar de recibir avisos del estado de tus candidaturas, modifica tus preferencias: https://www.infojobs.net/candidate/settings/notifications
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#2c3e50">
        <table width="600" align="center" cellpadding="16"><tr><td>
        <img src="https://media.infojobs.net/email/logo-infojobs.png" alt="InfoJobs" height="28">
        <p>Hola Nerea,</p>
        <p>La empresa <b>Levante Soluciones Informáticas</b> ha actualizado el estado de tu candidatura:</p>
        <p style="background:#eef6fb;padding:12px"><b>Programador/a Full Stack (Angular + Java) - Paterna (Valencia)</b><br>Estado anterior: CV leído<br>Estado actual: <b style="color:#167db7">En proceso</b></p>
        <p><b>¿Qué significa esto?</b><br>La empresa ha revisado tu CV y sigue adelante con el proceso de selección. Si encajas en lo que buscan, se pondrán en contacto contigo para concertar una entrevista.</p>
        <p>Consejo InfoJobs: prepara tu entrevista con nuestra guía <a href="https://orientacion-laboral.infojobs.net/preguntas-entrevista-trabajo">«Las 10 preguntas más frecuentes en una entrevista de trabajo»</a>.</p>
        <p><a href="https://www.infojobs.net/candidate/applications/detail.xhtml?id=9f83a1c2" style="background:#167db7;color:#fff;padding:8px 14px;text-decoration:none">Ver mi candidatura</a></p>
        <p>Un saludo,<br>El equipo de InfoJobs</p>
        <p style="font-size:11px;color:#7f8c8d">Has recibido este e-mail porque estás inscrito/a en una oferta de InfoJobs.</p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("InfoJobs", "noreply@infojobs.net"),
              "Tu candidatura a «Programador/a Full Stack (Angular + Java)» ha cambiado de estado",
              "2026-11-19 10:33", MAD, "<20261119093301.4C1D27A0B3@mailing.infojobs.net>",
              "from mailing.infojobs.net (mailing.infojobs.net. [185.121.42.16])",
              "mx.google.com with ESMTPS id 5b1f17b1804b1-4779b1e2d35si31872115e9.290",
              ("List-Unsubscribe", "<https://www.infojobs.net/candidate/settings/notifications>"),
              charset="iso-8859-1")
    return message(hs, alt(text(body, "iso-8859-1"), html(page, "iso-8859-1")))


@mail(nm(26), family="application_ack", lang="en", interview=False, company="Copperline Insurance",
      note="Workday application received (HTML only); 'may include a phone screen and interviews' is "
           "hypothetical")
def copperline_ack() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><div style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333">
        <p>Dear Nerea,</p>
        <p>Thank you for your interest in the <b>Senior Full Stack Engineer (Remote)</b> position (R-10482) at Copperline Insurance. We have received your application and our Talent Acquisition team is reviewing your qualifications.</p>
        <p>If your background is a match, a member of our recruiting team will reach out to discuss next steps, which may include a phone screen and interviews with the hiring team.</p>
        <p>You can track the status of your application at any time by signing in to our <a href="https://copperline.wd5.myworkdayjobs.com/en-US/Copperline_Careers/userHome">Candidate Home</a>.</p>
        <p>Sincerely,<br>Copperline Insurance Talent Acquisition</p>
        <p style="font-size:11px;color:#777">This mailbox is not monitored. Please do not reply to this message.<br>Copperline Insurance is an Equal Opportunity Employer.</p>
        </div></body></html>
        """)
    hs = head(addr("Copperline Insurance", "copperline@myworkday.com"),
              "Thank you for applying to Copperline Insurance", "2026-09-30 14:02", "America/New_York",
              "<2011938475.44120.1759255320881@wd5-prod-mailer-09.myworkday.com>",
              "from wd5-smtp-out-3.myworkday.com (wd5-smtp-out-3.myworkday.com. [216.66.20.3])",
              "mx.google.com with ESMTPS id d75a77b69052e-4ed2a1c0b93si31155021cf.144")
    return message(hs, html(page))


@mail(nm(27), family="rejection", lang="es", interview=False, company="Brisa Labs",
      days=(("Thu", "2026-11-05"),),
      note="Teamtailor rejection after the technical interview; the past interview date 'jueves 5 de "
           "noviembre' is quoted")
def brisa_rejection() -> bytes:
    body = t("""
        Hola Nerea,

        Muchas gracias por tu tiempo en la entrevista técnica del jueves 5 de noviembre con Héctor y conmigo. Disfrutamos mucho la conversación, sobre todo la parte de testing.

        Después de valorarlo con calma, hemos decidido seguir adelante con otras personas cuyo perfil encaja algo más con lo que necesitamos ahora mismo (más experiencia con infraestructura en AWS).

        No ha sido una decisión fácil. Si te parece bien, guardaremos tus datos para futuras posiciones y te avisaremos si se abre algo que encaje contigo.

        Te deseamos mucha suerte con tu búsqueda.

        Un abrazo,
        Sara Benlloch
        Talent Partner · Brisa Labs

        --
        Enviado con Teamtailor · Gestiona tus datos: https://brisalabs.teamtailor.com/connect/privacy
        """)
    hs = head(addr("Brisa Labs", "no-reply@teamtailor-mail.com"), "Actualización sobre tu candidatura en Brisa Labs",
              "2026-11-12 17:45", MAD, "<0102019a7c21e0b4-brisa-9120375-tt@eu-west-1.amazonses.com>",
              "from a8-33.smtp-out.amazonses.com (a8-33.smtp-out.amazonses.com. [54.240.8.33])",
              "mx.google.com with ESMTPS id 5b1f17b1804b1-47d40c2b9e1si771452f8f.207",
              ("Reply-To", addr("Sara Benlloch", "sara.benlloch@brisalabs.es")),
              ("X-Mailer", "Teamtailor"))
    return message(hs, alt(text(body), html(gmail_html(body).replace('<div dir="ltr">', '<div dir="ltr" class="tt">'))))


@mail(nm(28), family="offer", lang="es", interview=False, company="Ondina Tech",
      days=(("Fri", "2026-12-04"), ("Mon", "2027-01-11")),
      note="Written offer with a PDF: answer deadline 'viernes 4 de diciembre a las 14:00' and start date; "
           "nothing to attend")
def ondina_offer() -> bytes:
    body = t("""
        Hola Nerea,

        ¡Qué alegría escribirte este correo! Después de las conversaciones con Toni y con el equipo, nos encantaría que te unieras a Ondina Tech como Full Stack Developer.

        Te adjunto la carta oferta con todos los detalles, pero te resumo lo principal:

        - Salario: 46.000 € brutos anuales + hasta 2.000 € de bonus por objetivos
        - Modalidad: híbrida (martes y jueves en la oficina de Russafa)
        - Incorporación: lunes 11 de enero de 2027
        - 25 días de vacaciones + el día de tu cumpleaños

        Necesitaríamos tu respuesta antes del viernes 4 de diciembre a las 14:00. Si tienes cualquier duda sobre la oferta o quieres comentarla, llámame o escríbeme cuando quieras.

        ¡Ojalá nos digas que sí! 🌊

        Clara Ferrando
        People & Talent · Ondina Tech
        """)
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    attachment = Part([("Content-Type", 'application/pdf; name="Carta_oferta_Nerea_Llopis.pdf"'),
                       ("Content-Disposition", 'attachment; filename="Carta_oferta_Nerea_Llopis.pdf"'),
                       ("Content-Transfer-Encoding", "base64")],
                      base64.encodebytes(pdf).replace(b"\n", b"\r\n"))
    hs = head(addr("Clara Ferrando", "clara.ferrando@ondina.tech"), "Propuesta de incorporación - Ondina Tech",
              "2026-11-25 13:10", MAD, "<CAB7n4Rz1Y+qWp3sT0_Lk8eX5vD2cH9jF6uA1mG0oP3t-Nb8Rg@mail.gmail.com>",
              "from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])",
              "mx.google.com with SMTPS id 2adb3069b0e04-5a1d0e9c7f3sor2201846e87.12",
              ("Cc", addr("Toni Mompó", "toni.mompo@ondina.tech")))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), attachment))


@mail(nm(29), family="recruiter_outreach", lang="es", interview=False, company="Kuanta Bank",
      note="LinkedIn InMail notification: in-house recruiter asks for '15 minutos esta semana o la que viene'; "
           "nothing fixed")
def kuanta_inmail() -> bytes:
    body = t("""
        Marcos Tena
        Talent Acquisition Lead en Kuanta Bank

        Oportunidad Full Stack - banca digital - 100% remoto

        Hola Nerea, ¿qué tal?

        Te escribo desde Kuanta Bank: estamos montando un nuevo squad de producto para la app de particulares (React Native + Node, Kotlin en backend) y tu perfil me ha parecido muy interesante, sobre todo tu experiencia en pagos.

        ¿Tendrías 15 minutos esta semana o la que viene para una llamada rápida? Te cuento el proyecto y la banda salarial, sin ningún compromiso.

        Un saludo,
        Marcos

        Responder: https://www.linkedin.com/messaging/thread/2-ZDk1YjJmMzQtYTFkMi00/?lipi=urn%3Ali%3Apage%3Aemail_inmail

        ----------------------------------------
        Este correo electrónico está dirigido a Nerea Llopis (Full Stack Developer en Taronja Sistemes).
        Darse de baja: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_inmail
        © 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublín 2.
        """)
    hs = head(addr("Marcos Tena a través de LinkedIn", "inmail-hit-reply@linkedin.com"),
              "Oportunidad Full Stack - banca digital - 100% remoto", "2026-10-13 10:47", "UTC",
              "<1102938475.1209381.1760352420331@lor1-app45671.prod.linkedin.com>",
              "from mailb-ag.linkedin.com (mailb-ag.linkedin.com. [108.174.6.216])",
              "mx.google.com with ESMTPS id d75a77b69052e-4ed0c3b2a11si44102911cf.302",
              ("X-LinkedIn-Class", "INMAIL"),
              ("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_inmail>"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(nm(30), family="scheduling_link", lang="en", interview=False, company="Boxfrog Studios",
      note="Recruiter asks the candidate to pick a slot on a Calendly page; nothing booked yet")
def boxfrog_link() -> bytes:
    body = t("""
        Hi Nerea,

        Thanks so much for applying for the Web Platform Engineer role at Boxfrog - the team really liked your portfolio (the WebGL map thing!).

        The next step is a 30-minute intro call with me. Could you grab a slot that suits you here?

        https://calendly.com/boxfrog-ellie/30min-intro

        Slots show in your own time zone, and if none of them work just let me know and I'll find something else.

        Speak soon,
        Ellie

        Ellie Watts
        Talent Partner | Boxfrog Studios
        Leamington Spa, UK
        """)
    hs = head(addr("Ellie Watts", "ellie.watts@boxfrogstudios.com"),
              "Boxfrog Studios - next steps for the Web Platform Engineer role", "2026-10-15 15:22", "Europe/London",
              "<CAE2wP9k0Xr+Vm4tQ1_Jn7cY3uB8sF5hD2gK6oA9zR0q-Hw2Lp@mail.gmail.com>",
              "from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])",
              "mx.google.com with SMTPS id 5b1f17b1804b1-4777a0c1e2bsor1672008e9.18")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(nm(31), family="slot_proposal", lang="es", interview=False, company="Ondina Tech",
      days=(("Thu", "2026-11-12"), ("Fri", "2026-11-13")),
      note="Recruiter offers two windows for a coffee with the CTO ('jueves 12 por la mañana ... o el viernes "
           "13 a partir de las 16h. ¿Qué te va mejor?'); not agreed yet (the CTO's later reply fixes it)")
def ondina_slots() -> bytes:
    body = t("""
        Hola Nerea,

        ¡Gracias por la llamada de ayer! Como te comenté, el siguiente paso sería un café (o videollamada, como prefieras) con Toni, nuestro CTO.

        Toni podría el jueves 12 por la mañana (entre 9:30 y 12:00) o el viernes 13 a partir de las 16h. ¿Qué te va mejor? En cuanto me digas, le paso tu contacto y os ponéis de acuerdo directamente.

        Un abrazo,
        Clara

        --
        Clara Ferrando
        People & Talent · Ondina Tech
        ondina.tech
        """)
    hs = head(addr("Clara Ferrando", "clara.ferrando@ondina.tech"), "Ondina Tech - siguiente paso",
              "2026-11-05 16:20", MAD, "<CAB7n4Rw8Q+mVt2pS9_Kj5dX1uC7bG3hE0tZ4lF9nO2s-Ma6Pq@mail.gmail.com>",
              "from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])",
              "mx.google.com with SMTPS id 2adb3069b0e04-59f2c0d1e8asor1183042e87.20")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(nm(32), family="take_home", lang="es", interview=False, company="Gatopardo Games",
      days=(("Mon", "2026-11-30"),),
      note="Take-home exercise with a submission deadline 'lunes 30 de noviembre a las 23:59 (hora "
           "peninsular)'; the panel itself comes in a separate invite")
def gatopardo_takehome() -> bytes:
    body = t("""
        Bon dia Nerea!

        Como hablamos el viernes, te paso la prueba técnica: https://github.com/gatopardo-hiring/liveops-dashboard-challenge (repo privado, ya te he dado acceso con tu usuario de GitHub).

        Es un mini dashboard de eventos LiveOps: React en el front y una API en Node (o lo que prefieras). Calculamos unas 4-5 horas; no hace falta que esté perfecto, nos interesa más cómo lo estructuras y por qué tomas cada decisión.

        Tienes hasta el lunes 30 de noviembre a las 23:59 (hora peninsular) para enviarnos el enlace a tu repo. En el panel te pediremos que nos lo presentes en unos 15 minutos; el invite del panel te lo mando aparte.

        Qualsevol dubte, m'escrius!
        Laia

        Laia Puigdomènech
        Talent & Culture · Gatopardo Games
        Barcelona
        """)
    hs = head(addr("Laia Puigdomènech", "laia.puigdomenech@gatopardogames.com"),
              "Prova tècnica / take-home - Gatopardo Games", "2026-11-23 10:15", MAD,
              "<CAKf1Lz7Rt+Qx0Wm3n_Yb9eV2sH5cJ8gD1uP4aN7oT0k-Gr3Ew@mail.gmail.com>",
              "from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])",
              "mx.google.com with SMTPS id ffacd0b85a97d-42f1e0a2c39sor1920337f8f.11")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(nm(33), family="assessment", lang="en", interview=False, company="Lanternfish Labs",
      days=(("Fri", "2026-11-06"),),
      note="Online coding assessment invitation with a deadline (Friday, November 6, 2026 at 11:59 PM PST); "
           "self-paced, not an interview")
def codelynx_assessment() -> bytes:
    body = t("""
        Hi Nerea,

        Lanternfish Labs has invited you to complete the following assessment as part of your application for Senior Full Stack Engineer (Remote - EMEA):

        Assessment: Full Stack - General (TypeScript)
        Duration: 90 minutes (the timer starts when you click Begin)
        Deadline: Friday, November 6, 2026 at 11:59 PM PST

        Start assessment: https://app.codelynx.io/candidate/invite/7Qx3Rm0pKw

        Before you begin:
        - Use a laptop or desktop with a stable connection
        - You may use language documentation, but not AI assistants
        - You can take a practice test first: https://app.codelynx.io/practice

        Good luck!
        The Codelynx team, on behalf of Lanternfish Labs

        Questions about the role? Contact your recruiter. Technical issues? Write to support@codelynx.io
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <div style="max-width:560px;margin:0 auto">
        <p><img src="https://static.codelynx.io/email/lanternfish-logo.png" alt="Lanternfish Labs" height="30"></p>
        <p>Hi Nerea,</p>
        <p>Lanternfish Labs has invited you to complete the following assessment as part of your application for <b>Senior Full Stack Engineer (Remote - EMEA)</b>:</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td style="color:#666">Assessment</td><td>Full Stack - General (TypeScript)</td></tr>
        <tr><td style="color:#666">Duration</td><td>90 minutes (the timer starts when you click Begin)</td></tr>
        <tr><td style="color:#666">Deadline</td><td>Friday, November 6, 2026 at 11:59 PM PST</td></tr>
        </table>
        <p><a href="https://app.codelynx.io/candidate/invite/7Qx3Rm0pKw" style="background:#5b3df5;color:#fff;padding:10px 20px;border-radius:4px;text-decoration:none">Start assessment</a></p>
        <p>Before you begin:</p>
        <ul><li>Use a laptop or desktop with a stable connection</li><li>You may use language documentation, but not AI assistants</li><li>You can take a <a href="https://app.codelynx.io/practice">practice test</a> first</li></ul>
        <p>Good luck!<br>The Codelynx team, on behalf of Lanternfish Labs</p>
        <p style="font-size:12px;color:#888">Questions about the role? Contact your recruiter. Technical issues? Write to support@codelynx.io</p>
        </div></body></html>
        """)
    hs = head(addr("Lanternfish Labs via Codelynx", "no-reply@codelynx.io"),
              "Lanternfish Labs has invited you to complete a coding assessment", "2026-10-30 18:05", "UTC",
              "<20261030180512.3a9f1c7e5b2d@mail.codelynx.io>",
              "from o7.mail.codelynx.io (o7.mail.codelynx.io. [149.72.33.7])",
              "mx.google.com with ESMTPS id 6a1803df08f44-88201c3e7a2si110293316d6.188")
    return message(hs, alt(text(body, cte="7bit"), html(page, cte="7bit")))


@mail(nm(34), family="non_interview_calendar", lang="es", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Dentist appointment reminder with an ICS ('jue. 3-dic · 17:30h'): a confirmed time, not an "
           "interview")
def dentist() -> bytes:
    body = t("""
        Hola Nerea:

        Te recordamos tu cita en Clínica Dental Turia:

        📅 jue. 3-dic · 17:30h
        🦷 Dra. Carmen Ferri - Revisión e higiene
        📍 Gran Vía Fernando el Católico 52, bajo, 46008 València

        Para confirmar, responde SÍ al SMS que te hemos enviado. Si no puedes venir, avísanos con 24 h de antelación llamando al 963 00 00 00.

        Puedes añadir la cita a tu calendario con el archivo adjunto.

        Clínica Dental Turia
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//ClinicCloud//Citas 4.2//ES
        METHOD:PUBLISH
        {VTZ_MADRID}
        BEGIN:VEVENT
        UID:cita-558201-turia@cliniccloud.es
        DTSTAMP:20261126T110000Z
        DTSTART;TZID=Europe/Madrid:20261203T173000
        DTEND;TZID=Europe/Madrid:20261203T180000
        SUMMARY:Cita Clínica Dental Turia - Revisión e higiene (Dra. Ferri)
        LOCATION:Gran Vía Fernando el Católico 52\\, bajo\\, 46008 València
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Clínica Dental Turia", "citas@clinicadentalturia.es"), "Recordatorio de cita - jue. 3-dic 17:30h",
              "2026-11-26 12:00", MAD, "<cita-558201.1764154800@cliniccloud.es>",
              "from smtp.cliniccloud.es (smtp.cliniccloud.es. [91.198.72.14])",
              "mx.google.com with ESMTPS id 5b1f17b1804b1-477a1d0e2c4si18835017e9.51")
    return message(hs, mixed(text(body),
                             calendar(ics, method="PUBLISH", cte="base64", filename="cita.ics",
                                      disposition="attachment")))


@mail(nm(35), family="non_interview_calendar", lang="es", interview=False, company=None,
      days=(("Mon", "2026-10-19"), ("Mon", "2026-12-21")),
      note="Exchange recurring 'Sprint Planning' invite from the current client/employer (Romance Standard "
           "Time, RRULE every 2 weeks); work meeting, not an interview")
def sprint_planning() -> bytes:
    body = t("""
        Cuándo: Se repite cada 2 semanas el lunes desde 19/10/2026 hasta 21/12/2026 9:30-11:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París.
        Dónde: Sala Albufera (planta 2) / Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Hola equipo,

        A partir del próximo sprint muevo el planning a los lunes por la mañana, así lo tenemos fresco después de la demo del viernes. Traed las historias refinadas, porfa.

        Pablo

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Únase desde el equipo, la aplicación móvil o el dispositivo de la sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzE0OTBiNWYtMGQ3Ni00ZTJjLThhNGUtNWQ1YjIyZTc3ZmIy%40thread.v2/0>
        Id. de reunión: 318 442 907 126
        Código de acceso: Lp8Zr4
        ________________________________________________________________________________
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {VTZ_ROMANCE}
        BEGIN:VEVENT
        ORGANIZER;CN=Pablo Giner:mailto:pablo.giner@taronjasistemes.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Squad Pagos:mailto:squad-pagos@taronjasistemes.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nerea.llopis@example.com:mailto:nerea.llopis@example.com
        DESCRIPTION;LANGUAGE=es-ES:Hola equipo\\,\\n\\nA partir del próximo sprint muevo el planning a los lunes por la mañana.\\n\\nPablo\\n
        RRULE:FREQ=WEEKLY;UNTIL=20261221T083000Z;INTERVAL=2;BYDAY=MO;WKST=MO
        UID:040000008200E00074C5B7101A82E00800000000A07B1C2D3E4FDC0100000000000000001000000019F2E3D4C5B6A7980716253443526170
        SUMMARY;LANGUAGE=es-ES:Sprint Planning - Squad Pagos
        DTSTART;TZID=Romance Standard Time:20261019T093000
        DTEND;TZID=Romance Standard Time:20261019T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261009T111200Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Sala Albufera (planta 2) / Microsoft Teams
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
    hs = head(addr("Pablo Giner", "pablo.giner@taronjasistemes.com"), "Sprint Planning - Squad Pagos",
              "2026-10-09 13:12", MAD,
              "<PA4PR09MB5601E7B3C2A90D1F4E86B5A2C3D18@PA4PR09MB5601.eurprd09.prod.outlook.com>",
              "from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2120.outbound.protection.outlook.com. [40.107.241.120])",
              "mx.google.com with ESMTPS id 4fb4d7f45d1cf-64a0b1c2d3esi1882210a12.93",
              ("Thread-Topic", "Sprint Planning - Squad Pagos"),
              ("Content-Language", "es-ES"),
              to=f"{addr('Squad Pagos', 'squad-pagos@taronjasistemes.com')}, {ME_TO}")
    return message(hs, alt(text(body, "iso-8859-1"), calendar(ics, cte="base64")))


@mail(nm(36), family="non_interview_calendar", lang="es", interview=False, company=None,
      days=(("Mon", "2026-11-30"),),
      note="Google Calendar invitation for a quarterly 1:1 with the current manager; not an interview")
def one_on_one() -> bytes:
    body = t("""
        1:1 Nerea / Carles - revisión trimestral
        lunes 30 nov 2026 · 16:00 – 16:30
        Hora de Europa central - Madrid

        Unirse a Google Meet
        meet.google.com/trj-pxnw-kcb

        Repasamos objetivos del trimestre y el feedback 360. Trae tu autoevaluación rellenada 🙂

        Invitados
        Carles Bataller - organizador
        nerea.llopis@example.com

        Responder para nerea.llopis@example.com
        Sí: https://calendar.google.com/calendar/event?action=RESPOND&eid=M3RqMWs&rst=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid=M3RqMWs&rst=2
        Quizás: https://calendar.google.com/calendar/event?action=RESPOND&eid=M3RqMWs&rst=3

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Recibes este correo electrónico porque eres un invitado del evento. Para dejar de recibir actualizaciones de este evento, rechaza la invitación.
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {VTZ_MADRID}
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Madrid:20261130T160000
        DTEND;TZID=Europe/Madrid:20261130T163000
        DTSTAMP:20261123T154011Z
        ORGANIZER;CN=Carles Bataller:mailto:carles.bataller@taronjasistemes.com
        UID:3tj1k8v0q2m5c9d7b4n6s1h0xf@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Carles Bataller;X-NUM-GUESTS=0:mailto:carles.bataller@taronjasistemes.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nerea.llopis@example.com;X-NUM-GUESTS=0:mailto:nerea.llopis@example.com
        X-GOOGLE-CONFERENCE:https://meet.google.com/trj-pxnw-kcb
        DESCRIPTION:Repasamos objetivos del trimestre y el feedback 360. Trae tu autoevaluación rellenada 🙂
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:1:1 Nerea / Carles - revisión trimestral
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    subject = ("Invitación: 1:1 Nerea / Carles - revisión trimestral @ lun 30 nov 2026 16:00 - 16:30 (CET) "
               "(nerea.llopis@example.com)")
    hs = head(addr("Carles Bataller", "carles.bataller@taronjasistemes.com"), subject, "2026-11-23 15:40", "UTC",
              "<calendar-0e5c3a71-d98b-4f26-a4e3-c71b2f09d5a8@google.com>", GOOGLE_RX,
              "mx.google.com with SMTPS id a640c23a62f3a-b73a1f0c2e9sor3310473b.55",
              ("Reply-To", addr("Carles Bataller", "carles.bataller@taronjasistemes.com")),
              ("Sender", addr("Google Calendar", "calendar-notification@google.com")))
    return message(hs, mixed(
        alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True)))


@mail(nm(37), family="personal_appointment", lang="es", interview=False, company=None,
      days=(("Sat", "2026-11-21"),),
      note="Estate agent confirms a flat viewing 'Sábado 21 de noviembre a las 10:30h' and asks for a "
           "payslip; a confirmed appointment, not an interview")
def flat_viewing() -> bytes:
    body = t("""
        Hola Nerea,

        Te confirmo la visita al piso de Benimaclet (3 habitaciones, 950 €/mes, ref. BN-2291):

        Sábado 21 de noviembre a las 10:30h
        Punto de encuentro: portal del nº 14 de la calle. Te espero abajo.

        Si puedes, trae la última nómina o el contrato de trabajo y el DNI, que el propietario quiere ver los perfiles antes de decidir.

        Un saludo,

        Rubén Albors
        Inmobiliaria Albors · 960 00 00 00
        """)
    hs = head(addr("Rubén Albors - Inmobiliaria Albors", "ruben@inmoalbors.es", "iso-8859-15"),
              "Visita confirmada - piso Benimaclet ref. BN-2291", "2026-11-18 19:30", MAD,
              "<000001db5a2e$4c1f7a30$e45e6e90$@inmoalbors.es>",
              "from smtp.inmoalbors.es (smtp.inmoalbors.es. [217.160.0.88])",
              "mx.google.com with ESMTPS id ffacd0b85a97d-42f0a1b2c3dsi1773021f8f.305",
              ("X-Mailer", "Microsoft Outlook 16.0"),
              ("Thread-Index", "AdtZ4Qw8k1mR0b2CTlqP3xJfYh7vZQ=="),
              ("Content-Language", "es"),
              charset="iso-8859-15")
    return message(hs, text(body, "iso-8859-15"))


@mail(nm(38), family="meetup", lang="es/en", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Meetup RSVP confirmation for a community talk titled about surviving technical interviews; a "
           "confirmed time, not the user's interview")
def meetup_rsvp() -> bytes:
    body = t("""
        You're going!

        València Frontend
        Cómo sobreviví a 40 entrevistas técnicas (y qué aprendí por el camino)

        Thursday, November 19, 2026
        7:00 PM to 9:00 PM CET

        Las Naves
        Carrer de Joan Verdeguer, 16 · València

        Hosted by Andreu Peris and 2 others

        After the talk: pizza y cervezas patrocinadas por Xaloc Cloud 🍕

        See event: https://www.meetup.com/valencia-frontend/events/304118772/
        Add to calendar: https://www.meetup.com/valencia-frontend/events/304118772/ical/

        Can't make it? Change your RSVP so someone on the waitlist can take your spot.

        --
        Never miss a Meetup: download the app.
        Unsubscribe from these emails: https://www.meetup.com/account/comm/
        Meetup LLC, POB 4668 #37895, New York, NY 10163-4668
        """)
    hs = head(addr("Meetup", "info@meetup.com"), "You're going to \"Cómo sobreviví a 40 entrevistas técnicas\"",
              "2026-11-16 18:40", "UTC", "<0100019a8e1f2c3d-8e1c4b7a-meetup-rsvp-000000@email.amazonses.com>",
              "from a48-110.smtp-out.amazonses.com (a48-110.smtp-out.amazonses.com. [54.240.48.110])",
              "mx.google.com with ESMTPS id d75a77b69052e-4ed3f1a0c82si60021347cf.97",
              ("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(nm(39), family="webinar", lang="es", interview=False, company=None,
      days=(("Tue", "2026-11-24"),),
      note="Zoom webinar registration: 'Entrevista a Lucía Bernabeu (CTO de Xaloc Cloud)' on 24 nov 2026 "
           "06:30 PM Madrid, with an ICS; a talk called an interview, not a job interview")
def zoom_webinar() -> bytes:
    body = t("""
        Hola, Nerea:

        Gracias por inscribirse en «Entrevista a Lucía Bernabeu (CTO de Xaloc Cloud): serverless en producción».

        Envíe sus preguntas a: eventos@devlevante.org

        Fecha y hora: nov 24, 2026 06:30 PM Madrid

        Únase desde PC, Mac, iPad, iPhone o dispositivo Android:
        Haga clic aquí para unirse: https://us06web.zoom.us/w/88172309914?tk=Vn2b7kQ0rJ&pwd=b1Jr
        Nota: Este enlace no debe compartirse con otras personas; es único para usted.
        Código de acceso: 771903

        Descripción: Charla-entrevista en directo con Lucía Bernabeu sobre cómo su equipo migró 40 servicios a serverless. Al final habrá turno de preguntas del público.

        Puede cancelar su inscripción en cualquier momento.

        Comunidad DevLevante
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        {VTZ_MADRID}
        BEGIN:VEVENT
        DTSTAMP:20261119T101500Z
        DTSTART;TZID=Europe/Madrid:20261124T183000
        DTEND;TZID=Europe/Madrid:20261124T193000
        SUMMARY:Entrevista a Lucía Bernabeu (CTO de Xaloc Cloud): serverless en producción
        UID:20261119T101500Z-88172309914@zoom.us
        DESCRIPTION:Únase al webinar de Zoom: https://us06web.zoom.us/w/88172309914?tk=Vn2b7kQ0rJ\\nCódigo de acceso: 771903
        LOCATION:https://us06web.zoom.us/w/88172309914?tk=Vn2b7kQ0rJ
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Comunidad DevLevante", "no-reply@zoom.us"),
              "Confirmación de inscripción en el webinar: Entrevista a Lucía Bernabeu (CTO de Xaloc Cloud)",
              "2026-11-19 10:15", "UTC", "<TPpN2mQ7Rz-3kV8wX1yB0A@zoom.us>",
              "from zoom.us (mailout-sjc.zoom.us. [170.114.52.14])",
              "mx.google.com with ESMTPS id 6a1803df08f44-8821a0f3c9esi118820916d6.49",
              ("Reply-To", "eventos@devlevante.org"))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="PUBLISH", cte="base64", filename="webinar.ics",
                                      disposition="attachment")))


@mail(nm(40), family="mock_interview", lang="es", interview=False, company=None,
      days=(("Wed", "2026-12-02"),),
      note="Calendly (Spanish) booking of a bootcamp mock technical interview with a career coach: a "
           "confirmed time, not a job interview")
def mock_interview() -> bytes:
    body = t("""
        Hola Nerea Llopis:

        Tu Simulacro de entrevista técnica (alumni) con Marina Sáez a las 18:00 (hora de Europa central) del miércoles, 2 de diciembre de 2026 se ha programado.

        Tipo de evento:
        Simulacro de entrevista técnica (alumni)

        Fecha y hora del evento:
        18:00 - 19:00 (hora de Europa central) el miércoles, 2 de diciembre de 2026

        Ubicación:
        Google Meet (el enlace llegará en la invitación del calendario)

        Descripción:
        Sesión de práctica de 60 min para antiguos alumnos de Cohete Academy: live coding + preguntas de comportamiento y feedback al final. No es un proceso de selección: es para practicar antes de tus entrevistas reales.

        ¿Necesitas hacer cambios en este evento?
        Cancelar: https://calendly.com/cancellations/a91e27c4-6b0d-4f31-8c59-1d3e7f20b6a4
        Reprogramar: https://calendly.com/reschedulings/a91e27c4-6b0d-4f31-8c59-1d3e7f20b6a4

        Con la tecnología de Calendly.com
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmado: Simulacro de entrevista técnica (alumni) con Marina Sáez el miércoles, 2 de diciembre de 2026",
              "2026-11-27 09:30", "UTC", "<0100019ac3d51e27-a91e27c4-calendly-confirm-000000@email.amazonses.com>",
              "from a48-109.smtp-out.amazonses.com (a48-109.smtp-out.amazonses.com. [54.240.48.109])",
              "mx.google.com with ESMTPS id d75a77b69052e-4ee0a2c1b73si70012358cf.210",
              ("Reply-To", addr("Marina Sáez", "marina.saez@coheteacademy.com")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(nm(41), family="podcast", lang="ca", interview=False, company=None,
      days=(("Thu", "2026-12-10"),),
      note="Valencian podcast host confirms the recording of an 'entrevista' (dijous 10 de desembre a les "
           "19 h): a confirmed time, not a job interview")
def podcast_turia() -> bytes:
    body = t("""
        Hola Nerea!

        Moltes gràcies per acceptar vindre al podcast 🎙️. Et confirme la gravació de l'entrevista per a l'episodi sobre "buscar faena en tech des de València":

        Dijous 10 de desembre, a les 19 h
        Estudi de ràdio de Las Naves (c/ de Joan Verdeguer 16), primera planta
        Durada: al voltant d'una hora

        No cal que prepares res; t'enviaré un guió amb els temes uns dies abans. Si vols, pots portar algú que t'acompanye.

        Fins aviat!
        Empar

        --
        Empar Vila
        Devs del Turia · el podcast de la comunitat tech valenciana
        """)
    hs = head(addr("Empar Vila", "empar@devsdelturia.com"), "Gravació Devs del Turia - confirmat!",
              "2026-11-30 11:00", MAD, "<CAGs7Fq2Lw+Xn9pR4t_Mb0eZ6vK1cH3jD8uY5aQ2oS7k-Tf1Vn@mail.gmail.com>",
              "from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])",
              "mx.google.com with SMTPS id 5b1f17b1804b1-477b0c1d2e3sor2218410e9.9")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(nm(42), family="interviewer_side", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-24"),),
      note="Greenhouse interviewer notification from the current employer: the user interviews a candidate "
           "(Pablo Ortiz) on Tuesday, November 24, 2026 12:00 PM CET; not her own interview")
def interviewer_kit() -> bytes:
    body = t("""
        Hi Nerea,

        You've been added as an interviewer:

        Candidate: Pablo Ortiz
        Job: Junior Frontend Developer (Valencia)
        Interview: Technical Interview - Frontend
        When: Tuesday, November 24, 2026 12:00 PM - 1:00 PM CET
        Where: Sala Turia (planta 1)
        Other interviewers: Carles Bataller

        Your interview kit, with the candidate's resume, focus attributes and scorecard:
        https://app.greenhouse.io/guides/7731290/people/44820193?application_id=50192834

        Please submit your scorecard within 24 hours of the interview.

        Taronja Sistemes Recruiting (via Greenhouse)
        """)
    hs = head(addr("Taronja Sistemes Recruiting", "no-reply@greenhouse.io"),
              "Interview scheduled: Pablo Ortiz for Junior Frontend Developer (Valencia)", "2026-11-19 14:25", "UTC",
              "<673d9a21e4b7c_2f1a3b8c0d9e1104488@greenhouse.io>",
              "from o1.email.greenhouse.io (o1.email.greenhouse.io. [167.89.91.14])",
              "mx.google.com with ESMTPS id 6a1803df08f44-88223b1c0d4si91120736d6.318")
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body), cte="7bit")))


@mail(nm(43), family="reference_call", lang="es", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Another company's recruiter fixes a reference call about a former colleague ('te llamo el jueves "
           "26 a las 12:00'); the user is the referee, not the candidate")
def reference_call() -> bytes:
    body = t("""
        Hola Nerea,

        Muchas gracias por responder tan rápido. Entonces te llamo el jueves 26 a las 12:00 al móvil que me has dejado, serán unos 15 minutos. Te preguntaré sobre todo cómo fue trabajar con Jorge en el proyecto de Taronja y cómo se organizaba con el equipo.

        Un saludo y gracias de nuevo,

        Patricia Lluch
        Talent Acquisition · Faro Seguros

        El lun, 23 nov 2026 a las 15:40, Nerea Llopis (<nerea.llopis@example.com>) escribió:
        > Hola Patricia,
        >
        > Claro, encantada de dar referencias de Jorge. El jueves a mediodía me va bien, llámame al 600 00 00 18.
        >
        > Nerea
        >
        > El lun, 23 nov 2026 a las 9:12, Patricia Lluch (<patricia.lluch@faroseguros.es>) escribió:
        > > Hola Nerea, Jorge Cano nos ha facilitado tu contacto como referencia para una posición de Tech Lead en Faro Seguros. ¿Tendrías 15 minutos esta semana para una llamada?
        """)
    hs = head(addr("Patricia Lluch", "patricia.lluch@faroseguros.es"), "Re: Referencias de Jorge Cano",
              "2026-11-23 17:05", MAD, "<CAPq9Xv3Mn+Rb1sT6w_Jk0eY7uL4cG2hF9tZ5aD8oW1p-Qe3Xr@mail.gmail.com>",
              "from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])",
              "mx.google.com with SMTPS id 2adb3069b0e04-5a1c9e0f2b4sor1983217e87.31",
              ("In-Reply-To", "<CAN4x7Rp3s+Vf6Nb0q2Gi_Ly4wU9cX6d@mail.gmail.com>"),
              ("References", "<CAPq9Xv2Lm+Qa0rS5v_Ij9dX6tK3bF1g@mail.gmail.com> "
                             "<CAN4x7Rp3s+Vf6Nb0q2Gi_Ly4wU9cX6d@mail.gmail.com>"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(nm(44), family="auto_reply", lang="pt/en", interview=False, company="Marés Digital",
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from the Lisbon recruiter, Portuguese + "
           "English")
def mares_ooo() -> bytes:
    body = t("""
        Olá! Estou fora do escritório até dia 30 de novembro, com acesso limitado ao email. Para assuntos urgentes de recrutamento, por favor contacte recrutamento@maresdigital.pt.

        Hi! I'm out of the office until 30 November with limited access to email. For urgent recruitment matters please contact recrutamento@maresdigital.pt.

        Joana
        """)
    hs = head(addr("Joana Fontes", "joana.fontes@maresdigital.pt"),
              "Fora do escritório / Out of office: Re: Interview with Marés Digital", "2026-11-23 09:02",
              "Europe/Lisbon", "<CAJp2Xw0vacation.7Hq1Rm4tP9s2@mail.gmail.com>",
              "from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])",
              "mx.google.com with SMTPS id 5b1f17b1804b1-477c1a0d2f1sor1882345e9.2",
              ("Auto-Submitted", "auto-replied"),
              ("Precedence", "bulk"),
              ("In-Reply-To", "<CAN4x7Rt1b+Ye8Mc2s4Hj_Nz6xW0dY7e@mail.gmail.com>"),
              ("References", "<CAN4x7Rt1b+Ye8Mc2s4Hj_Nz6xW0dY7e@mail.gmail.com>"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(nm(45), family="bounce", lang="es", interview=False, company=None,
      days=(("Tue", "2026-12-01"),),
      note="Gmail delivery failure (multipart/report): the candidate's own reply confirming 'martes 1 de "
           "diciembre a las 9:30h' went to a misspelt domain and bounced; the interview itself is labelled in "
           "the Factorial mail")
def bounce_pinassa() -> bytes:
    original_body = t("""
        Hola Amparo,

        Confirmo mi asistencia a la entrevista del martes 1 de diciembre a las 9:30h en vuestras oficinas de Colón. ¡Hasta el martes!

        Un saludo,
        Nerea
        """)
    original = message([
        ("From", ME_TO),
        ("To", "amparo.soler@pinasa.es"),
        ("Subject", "Re: Entrevista programada: Desarrollador/a Full Stack (.NET + Angular)"),
        ("Date", date("2026-11-25 12:31", MAD)),
        ("Message-ID", "<CAN4x7Ru5c+Zf9Nd3t5Ik_Oa7yX1eZ8f@mail.gmail.com>"),
    ], alt(text(original_body), html(gmail_html(original_body))))
    human = t("""
        ** No se ha encontrado la dirección **

        Tu mensaje no se ha entregado a amparo.soler@pinasa.es porque no se ha encontrado el dominio pinasa.es. Comprueba si hay errores de escritura o espacios innecesarios e inténtalo de nuevo.

        La respuesta fue:

        DNS Error: DNS type 'mx' lookup of pinasa.es responded with code NXDOMAIN Domain name not found: pinasa.es
        Learn more at https://support.google.com/mail/?p=BadRcptDomain
        """)
    status = t("""
        Reporting-MTA: dns; googlemail.com
        Received-From-MTA: dns; nerea.llopis@example.com
        Arrival-Date: Wed, 25 Nov 2026 03:31:02 -0800 (PST)
        X-Original-Message-ID: <CAN4x7Ru5c+Zf9Nd3t5Ik_Oa7yX1eZ8f@mail.gmail.com>

        Final-Recipient: rfc822; amparo.soler@pinasa.es
        Action: failed
        Status: 5.1.2
        Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of pinasa.es responded with code NXDOMAIN
        Last-Attempt-Date: Wed, 25 Nov 2026 03:31:03 -0800 (PST)
        """)
    report = multipart("report", text(human), raw_part([("Content-Type", "message/delivery-status")], status),
                       attached_message(original), params="report-type=delivery-status")
    hs = head(addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
              "Delivery Status Notification (Failure)", "2026-11-25 11:31", "UTC",
              "<6765d1a7.050a0220.3b1c2e.9f41.GMR@mx.google.com>",
              "from googlemail.com (googlemail.com. [209.85.220.69])",
              "mx.google.com with SMTP id ca17csp3318120pxb",
              ("Auto-Submitted", "auto-replied"),
              ("In-Reply-To", "<CAN4x7Ru5c+Zf9Nd3t5Ik_Oa7yX1eZ8f@mail.gmail.com>"),
              ("References", "<CAN4x7Ru5c+Zf9Nd3t5Ik_Oa7yX1eZ8f@mail.gmail.com>"))
    return message(hs, report)


@mail(nm(46), family="newsletter_tips", lang="es", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Careers newsletter about technical-interview mistakes, with List-Unsubscribe; announces a live "
           "public mock interview on 'jueves 3 de diciembre a las 19:00' but confirms nothing for the user")
def newsletter() -> bytes:
    body = t("""
        Código y Carrera · nº 87

        5 errores que cometes en la entrevista técnica (y cómo evitarlos)

        Esta semana he hablado con seis personas que hacen entrevistas técnicas en empresas de Valencia, Madrid y Barcelona. Coinciden en casi todo:

        1. Empezar a programar sin preguntar. Dedica los primeros minutos a aclarar el problema.
        2. Pensar en silencio. Si no narras lo que haces, el entrevistador no puede ayudarte.
        3. No probar tu código. Un par de casos a mano valen más que una solución "elegante".
        4. No tener preguntas para el final. "¿Cómo es un día normal en el equipo?" siempre funciona.
        5. No hacer seguimiento. Un correo de agradecimiento al día siguiente marca la diferencia.

        📅 Nuestro próximo directo: jueves 3 de diciembre a las 19:00, simulacro de entrevista en abierto con una voluntaria de la comunidad. Apúntate aquí: https://codigoycarrera.substack.com/p/directo-diciembre

        ¡Suerte en tus procesos!
        Lorena

        Código y Carrera · Darse de baja: https://codigoycarrera.substack.com/action/disable_email
        """)
    hs = head(addr("Código y Carrera", "codigoycarrera@substack.com"),
              "5 errores que cometes en la entrevista técnica (y cómo evitarlos)", "2026-11-26 07:30", "UTC",
              "<20261126073012.3.8f1a2c9e4b7d0e13@mg1.substack.com>",
              "from mg-d1.substack.com (mg-d1.substack.com. [198.61.254.21])",
              "mx.google.com with ESMTPS id 6a1803df08f44-8824a1c0e3fsi120023116d6.150",
              ("List-Unsubscribe", "<https://codigoycarrera.substack.com/action/disable_email>"),
              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
              ("List-Id", "<codigoycarrera.substack.com>"),
              ("Precedence", "bulk"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(nm(47), family="post_interview", lang="es", interview=False, company="Ondina Tech",
      note="The CTO's thank-you the day after the coffee chat; next steps to come from the recruiter, nothing "
           "fixed")
def ondina_after() -> bytes:
    body = t("""
        Nerea! Un placer lo de ayer, me quedé con ganas de seguir hablando de mapas 😄

        Le he pasado mi feedback a Clara, que te escribirá la semana que viene con los siguientes pasos (seguramente una sesión técnica con el equipo).

        Buen finde,
        Toni

        El jue, 12 nov 2026 a las 13:02, Nerea Llopis (<nerea.llopis@example.com>) escribió:
        > Hola Toni,
        >
        > Muchas gracias por el café de esta mañana, me ha encantado conocer el proyecto. Quedo pendiente de los siguientes pasos.
        >
        > Nerea
        """)
    hs = head(addr("Toni Mompó", "toni.mompo@ondina.tech"), "Re: Gracias por el café", "2026-11-13 09:40", MAD,
              "<CAH3kLm9zS2_rV1xTb4a6Yp+gD0uF8hL3mK7wE5cB2qP9s-Jz1C@mail.gmail.com>",
              "from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])",
              "mx.google.com with SMTPS id 2adb3069b0e04-5a0d1e2f3c4sor1100293e87.44",
              ("In-Reply-To", "<CAN4x7Rq4t+Wg7Oc1r3Hk_Mz5xV0dY9g@mail.gmail.com>"),
              ("References", "<CAN4x7Rq4t+Wg7Oc1r3Hk_Mz5xV0dY9g@mail.gmail.com>"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(nm(48), family="review_request", lang="es", interview=False, company=None,
      note="Job-review platform asks for a review of a past interview at Quimera Pagos; no time")
def review_request() -> bytes:
    body = t("""
        Hola Nerea,

        Hace unos días tuviste una entrevista en Quimera Pagos. ¿Qué tal fue?

        Comparte tu experiencia de forma anónima y ayuda a otros candidatos a prepararse:
        - ¿Qué preguntas te hicieron?
        - ¿Cuántas fases tenía el proceso?
        - ¿Cómo valorarías la experiencia del 1 al 5?

        Escribir mi opinión (2 minutos): https://www.empleorama.es/opiniones/entrevista/nueva?empresa=quimera-pagos&src=email

        A cambio, desbloquea el acceso completo a salarios durante 12 meses.

        Empleorama · Madrid
        ¿No quieres recibir estos correos? Darse de baja: https://www.empleorama.es/preferencias?u=8c1f
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:15px;color:#1d1d1f;background:#fafafa">
        <div style="max-width:540px;margin:0 auto;background:#fff;padding:24px">
        <p style="font-size:20px;font-weight:bold">¿Qué tal tu entrevista en Quimera Pagos?</p>
        <p>Hola Nerea,</p>
        <p>Hace unos días tuviste una entrevista en Quimera Pagos. Comparte tu experiencia de forma anónima y ayuda a otros candidatos a prepararse:</p>
        <ul><li>¿Qué preguntas te hicieron?</li><li>¿Cuántas fases tenía el proceso?</li><li>¿Cómo valorarías la experiencia del 1 al 5?</li></ul>
        <p><a href="https://www.empleorama.es/opiniones/entrevista/nueva?empresa=quimera-pagos&amp;src=email" style="background:#0cae74;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Escribir mi opinión (2 minutos)</a></p>
        <p style="color:#555">A cambio, desbloquea el acceso completo a salarios durante 12 meses.</p>
        <p style="font-size:11px;color:#999">Empleorama · Madrid · <a href="https://www.empleorama.es/preferencias?u=8c1f">Darse de baja</a></p>
        </div></body></html>
        """)
    hs = head(addr("Empleorama", "opiniones@mail.empleorama.es"),
              "Nerea, ¿qué tal tu entrevista en Quimera Pagos?", "2026-11-23 08:00", "UTC",
              "<20261123080001.9c2e4f1a7b3d@mail.empleorama.es>",
              "from mta-42.mail.empleorama.es (mta-42.mail.empleorama.es. [185.189.236.42])",
              "mx.google.com with ESMTPS id ffacd0b85a97d-42f2b0c1d3esi2010032f8f.88",
              ("List-Unsubscribe", "<https://www.empleorama.es/preferencias?u=8c1f>"))
    return message(hs, alt(text(body), html(page)))


@mail(nm(49), family="availability_request", lang="en", interview=False, company="Kestrel Games",
      note="Greenhouse availability request for the final stage: the candidate submits times, a slot will be "
           "confirmed later; nothing fixed")
def kestrel_availability() -> bytes:
    body = t("""
        Hi Nerea,

        Great news - the team enjoyed your technical interview and we'd like to invite you to the final stage: a 60-minute conversation with Sophie Marchetti (Head of Engineering) and someone from our design team.

        Please let us know when you're available over the next two weeks by selecting times on the link below. We'll confirm a slot by email once we've matched calendars.

        Submit availability: https://app.greenhouse.io/availability/kestrelgames/2f9c0a1e7b

        Times are shown in your local time zone (you can change it on the page).

        Thanks,
        Hannah Pryce
        Talent Acquisition | Kestrel Games
        """)
    hs = head(addr("Kestrel Games", "no-reply@greenhouse.io"),
              "Kestrel Games - please share your availability for a final interview", "2026-11-16 11:05",
              "Europe/London", "<6739a8c0e2f41_5c2d1ab3e7f0c2210935@greenhouse.io>",
              "from o1.email.greenhouse.io (o1.email.greenhouse.io. [167.89.91.14])",
              "mx.google.com with ESMTPS id 6a1803df08f44-88219e0a1f2si77201336d6.115",
              ("Reply-To", addr("Hannah Pryce", "hannah.pryce@kestrelgames.co.uk")))
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body), cte="7bit")))


@mail(nm(50), family="onboarding", lang="es", interview=False, company="Ondina Tech",
      days=(("Mon", "2027-01-11"),),
      note="Factorial onboarding mail after the offer: first day 'lunes 11 de enero de 2027 a las 9:00' with "
           "an agenda; a fixed time at the new employer, not an interview")
def ondina_onboarding() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="es"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;background:#f5f5f7;font-family:Inter,Helvetica,Arial,sans-serif">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 12px">
        <table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:12px">
        <tr><td style="padding:28px 32px;font-size:15px;line-height:22px;color:#25253d">
        <p style="font-size:22px;font-weight:700">¡Bienvenida a Ondina Tech, Nerea! 🌊</p>
        <p>¡Qué ganas de que empieces! Te esperamos el <b>lunes 11 de enero de 2027 a las 9:00</b> en nuestra oficina (Carrer de Cádiz 32, 2º, Russafa). Tu primer día:</p>
        <table role="presentation" cellpadding="4" style="font-size:15px">
        <tr><td style="color:#7a7a8c">09:00</td><td>Bienvenida y café con Clara</td></tr>
        <tr><td style="color:#7a7a8c">10:00</td><td>Entrega de portátil y accesos</td></tr>
        <tr><td style="color:#7a7a8c">14:00</td><td>Comida con el equipo</td></tr>
        </table>
        <p>Antes de tu incorporación, completa estos pasos en Factorial:</p>
        <ul><li>Datos personales y cuenta bancaria</li><li>Firma del contrato</li><li>Foto para el directorio</li></ul>
        <p><a href="https://app.factorialhr.com/onboarding/welcome?token=Zx81" style="background:#ff355e;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Completar mi onboarding</a></p>
        <p>¡Nos vemos pronto!<br>El equipo de Ondina Tech</p>
        </td></tr>
        <tr><td style="padding:0 32px 28px;font-size:12px;color:#9a9aab">Este correo ha sido enviado por Factorial en nombre de Ondina Tech.</td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = head(addr("Ondina Tech", "no-reply@factorialhr.com"),
              "¡Bienvenida a Ondina Tech, Nerea! Información para tu primer día", "2026-12-10 10:00", MAD,
              "<6759f1a0c3e2b_1c2e3ab41f8a26588e@factorial-onboarding-mailer-4b2f1.mail>",
              "from mail-out.factorialhr.com (mail-out.factorialhr.com. [198.2.180.44])",
              "mx.google.com with ESMTPS id af79cd13be357-8b3a0e1c2d5si810023485a.217")
    return message(hs, html(page, cte="base64"))
