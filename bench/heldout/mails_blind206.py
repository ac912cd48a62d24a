"""blind206: 50 hand-written mails from the inbox of Ignacio Fuentes, a port-logistics software
engineer in Valparaíso (America/Santiago), September to December 2026.

Written blind (without reading the detector, its tests, or the other held-out mails); built and
checked by ``python3 bench/heldout/make_blind.py blind206``. Keys 1-23 are positives, 24-50
negatives; the file number of the mail written ``key``-th is ``ORDER[key - 1]``.
"""

from __future__ import annotations

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
    received,
    t,
    text,
    utc,
)

ORDER = random.Random(2060206).sample(range(1, 51), 50)
ME = "ignacio.fuentes@example.org"
ME_TO = "Ignacio Fuentes <ignacio.fuentes@example.org>"
SCL = "America/Santiago"
LIM = "America/Lima"
BUE = "America/Buenos_Aires"
NYC = "America/New_York"
CHI = "America/Chicago"
LAX = "America/Los_Angeles"
TOR = "America/Toronto"


def n(key: int) -> str:
    return f"blind206_{ORDER[key - 1]:03d}"


def hdr(frm: str, subject: str, when: str, zone: str, msgid: str, *, mx: str, to: str = ME_TO,
        extra: list[tuple[str, str]] | None = None, charset: str = "utf-8") -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID (+ extra) for a mail to Ignacio."""
    return [
        ("Delivered-To", ME),
        ("Received", received(mx, when, zone, "mx.example.org with ESMTPS id " + msgid[:10].strip("<@"), ME)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *(extra or []),
    ]


# VTIMEZONE blocks the shared table does not have -----------------------------------------------

TZ_SCL = """BEGIN:VTIMEZONE
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

TZ_SCL_WIN = """BEGIN:VTIMEZONE
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

TZ_ARG_WIN = """BEGIN:VTIMEZONE
TZID:Argentina Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:STANDARD
END:VTIMEZONE"""

TZ_LIM_WIN = """BEGIN:VTIMEZONE
TZID:SA Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
END:STANDARD
END:VTIMEZONE"""

TZ_LIM = """BEGIN:VTIMEZONE
TZID:America/Lima
X-LIC-LOCATION:America/Lima
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
TZNAME:-05
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

TZ_LAX = """BEGIN:VTIMEZONE
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


# =============================================================================================
# Positives: scheduled (keys 1-16)
# =============================================================================================


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 10:00", NYC), end=utc("2026-11-03 11:00", NYC),
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone=NYC,
      contact="megan.kowalczyk@harborlinefreight.com", company="Harborline Freight Tech",
      note="Greenhouse confirmation sent Wed 28 Oct in EDT (UTC-4) for Tue 3 Nov 10:00-11:00 AM EST: US "
           "daylight time ends 1 Nov, so 10:00 EST = 15:00Z (the recruiter's 'noon in Valparaíso' is "
           "UTC-3, consistent). ICS in America/New_York agrees. Contact = human Reply-To.")
def harborline_greenhouse():
    body = t("""
        Hi Ignacio,

        Thanks for making time to speak with us! Your interview for Senior Software Engineer,
        Terminal Operations has been scheduled. Details are below.

        Interview: Technical Deep Dive (Systems)
        Date: Tuesday, November 3, 2026
        Time: 10:00 AM - 11:00 AM EST (Eastern Time)
        Location: Google Meet - https://meet.google.com/hbf-wqro-kzt
        Interviewers: Derek Osei (Staff Engineer), Laura Benning (Engineering Manager)

        A quick note since the clocks change here on Sunday: that is 12:00 noon your time in
        Valparaíso. If anything comes up, just reply to this email and it will reach me.

        Best,
        Megan Kowalczyk
        Technical Recruiter | Harborline Freight Tech
        """)
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Ignacio,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Senior Software Engineer,
        Terminal Operations</b> has been scheduled. Details are below.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview</b></td><td>Technical Deep Dive (Systems)</td></tr>
        <tr><td><b>Date</b></td><td>Tuesday, November 3, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM - 11:00 AM EST (Eastern Time)</td></tr>
        <tr><td><b>Location</b></td><td><a href="https://meet.google.com/hbf-wqro-kzt">Google Meet</a></td></tr>
        <tr><td><b>Interviewers</b></td><td>Derek Osei (Staff Engineer), Laura Benning (Engineering Manager)</td></tr>
        </table>
        <p>A quick note since the clocks change here on Sunday: that is 12:00 noon your time in
        Valpara&iacute;so. If anything comes up, just reply to this email and it will reach me.</p>
        <p>Best,<br>Megan Kowalczyk<br>Technical Recruiter | Harborline Freight Tech</p>
        </body></html>
        """)
    ics = VTZ["America/New_York"] + "\n"
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{ics}BEGIN:VEVENT
UID:gh-interview-7720193-4410@greenhouse.io
DTSTAMP:20261028T181200Z
DTSTART;TZID=America/New_York:20261103T100000
DTEND;TZID=America/New_York:20261103T110000
SUMMARY:Interview: Ignacio Fuentes - Senior Software Engineer\\, Terminal Operations
LOCATION:https://meet.google.com/hbf-wqro-kzt
ORGANIZER;CN=Megan Kowalczyk:mailto:megan.kowalczyk@harborlinefreight.com
ATTENDEE;CN=Ignacio Fuentes;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message(
        hdr("Megan Kowalczyk <no-reply@us.greenhouse-mail.io>",
            "Interview Confirmation: Senior Software Engineer, Terminal Operations at Harborline",
            "2026-10-28 14:12", NYC, "<0100019a2c7f1b3e-5d1e2c44-harborline-000000@email.amazonses.com>",
            mx="from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])",
            extra=[("Reply-To", "Megan Kowalczyk <megan.kowalczyk@harborlinefreight.com>"),
                   ("X-Mailer", "Greenhouse")]),
        mixed(alt(text(body), html(htm)),
              calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(2), family="lever", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-10 11:00", SCL), end=utc("2026-09-10 11:45", SCL),
      local="Thu 2026-09-10 11:00", local_end="2026-09-10 11:45", zone=SCL,
      contact="valentina.rojas@nodoaustral.cl", company="Nodo Austral",
      note="Lever confirmation sent Fri 4 Sep while Chile is still on UTC-4; Chile moves to UTC-3 on Sun 6 "
           "Sep, so 'jueves 10 de septiembre, 11:00 hrs' (45 minutos) is 14:00Z-14:45Z, not 15:00Z. "
           "Contact = Reply-To recruiter.")
def nodo_austral_lever():
    body = t("""
        Hola Ignacio,

        ¡Gracias por tu interés en Nodo Austral! Tu entrevista quedó agendada:

        Cargo: Desarrollador/a Backend Senior – Plataforma de Trazabilidad
        Etapa: Entrevista técnica
        Fecha: jueves 10 de septiembre
        Hora: 11:00 hrs (hora de Chile continental)
        Duración: 45 minutos
        Lugar: Google Meet (el enlace llega en la invitación de calendario)

        Ojo que este fin de semana cambia la hora en Chile; la hora de arriba ya es la nueva.

        Si necesitas cambiar algo, responde a este correo.

        Saludos,
        Valentina Rojas
        Talent Partner · Nodo Austral SpA
        """)
    htm = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;color:#333">
        <p>Hola Ignacio,</p>
        <p>¡Gracias por tu interés en Nodo Austral! Tu entrevista quedó agendada:</p>
        <p><strong>Cargo:</strong> Desarrollador/a Backend Senior – Plataforma de Trazabilidad<br>
        <strong>Etapa:</strong> Entrevista técnica<br>
        <strong>Fecha:</strong> jueves 10 de septiembre<br>
        <strong>Hora:</strong> 11:00 hrs (hora de Chile continental)<br>
        <strong>Duración:</strong> 45 minutos<br>
        <strong>Lugar:</strong> Google Meet (el enlace llega en la invitación de calendario)</p>
        <p>Ojo que este fin de semana cambia la hora en Chile; la hora de arriba ya es la nueva.</p>
        <p>Si necesitas cambiar algo, responde a este correo.</p>
        <p>Saludos,<br>Valentina Rojas<br>Talent Partner · Nodo Austral SpA</p>
        <p style="font-size:11px;color:#999">Sent via Lever</p>
        </div>
        """)
    return message(
        hdr("Nodo Austral <no-reply@hire.lever.co>", "Entrevista agendada – Nodo Austral",
            "2026-09-04 16:25", SCL, "<lever.5f2a91c0-8b7e-4d7a-9c11-0b3e2f6d7a10@hire.lever.co>",
            mx="from mail-sor-f69.lever.co (mail-sor-f69.lever.co [198.2.180.69])",
            extra=[("Reply-To", "Valentina Rojas <valentina.rojas@nodoaustral.cl>")]),
        alt(text(body, cte="quoted-printable"), html(htm, cte="base64")))


@mail(n(3), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-22 12:00", SCL), end=None,
      local="Tue 2026-09-22 12:00", zone=SCL,
      contact="sebastian.araya@cerrologistica.cl", company="Cerro Logística",
      note="Recruiter reply sent Mon 21 Sep 11:30 (-03): 'le confirmo entonces para mañana a mediodía' = "
           "Tue 22 Sep 12:00 America/Santiago = 15:00Z. The quoted thread holds the earlier proposal "
           "'martes 22 a las 10:00' which Ignacio declined; no length given, end null.")
def cerro_logistica_prose():
    body = t("""
        Estimado Ignacio:

        Muchas gracias por avisar. Conversé con la gerenta de operaciones y no hay problema en
        moverlo más tarde. Le confirmo entonces para mañana a mediodía en nuestras oficinas de
        5 Norte 845, Viña del Mar (piso 2, preguntar en recepción por mí).

        Traiga por favor su cédula para el registro en portería.

        Atte.,

        Sebastián Araya M.
        Jefe de Selección
        Cerro Logística S.A.
        +56 32 268 4410

        -----Mensaje original-----
        De: Ignacio Fuentes <ignacio.fuentes@example.org>
        Enviado el: lunes, 21 de septiembre de 2026 9:02
        Para: Sebastián Araya <sebastian.araya@cerrologistica.cl>
        Asunto: RE: Entrevista Analista de Sistemas Portuarios - Cerro Logística

        Estimado Sebastián, muchas gracias por la invitación. El martes a las 10:00 tengo un
        compromiso que no puedo mover; ¿sería posible un poco más tarde ese mismo día?

        Saludos cordiales,
        Ignacio

        -----Mensaje original-----
        De: Sebastián Araya <sebastian.araya@cerrologistica.cl>
        Enviado el: miércoles, 16 de septiembre de 2026 9:48
        Asunto: Entrevista Analista de Sistemas Portuarios - Cerro Logística

        Estimado Ignacio: revisamos su postulación y nos gustaría conocerlo. ¿Le acomoda el
        martes 22 a las 10:00 hrs, presencial en Viña?
        """)
    return message(
        hdr(addr("Sebastián Araya", "sebastian.araya@cerrologistica.cl", "iso-8859-1"),
            "RE: Entrevista Analista de Sistemas Portuarios - Cerro Logística",
            "2026-09-21 11:30", SCL, "<000601dd2a3f$8c1e4b20$a45ae160$@cerrologistica.cl>",
            mx="from mail.cerrologistica.cl (mail.cerrologistica.cl [200.63.97.14])",
            charset="iso-8859-1",
            extra=[("In-Reply-To", "<CAF4r2bXq0Lm1=ig8FwT7@mail.example.org>"),
                   ("Thread-Index", "AQHdKj+MHktAkQnAV0SkYbXKa8vR1g=="),
                   ("X-Mailer", "Microsoft Outlook 16.0")]),
        text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(4), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-02 09:00", LAX), end=utc("2026-11-02 10:00", LAX),
      local="Mon 2026-11-02 09:00", local_end="2026-11-02 10:00", zone=LAX,
      contact="dana.whitfield@tidewaterlabs.io", company="Tidewater Labs",
      note="Ashby confirmation sent Mon 26 Oct (PDT) for Mon 2 Nov 9:00-10:00 AM PST, the day after US DST "
           "ends: 17:00Z-18:00Z. The 'your time' line (2:00 PM America/Santiago, UTC-3) agrees; ICS in "
           "America/Los_Angeles agrees. Contact = Reply-To.")
def tidewater_ashby():
    body = t("""
        Hi Ignacio,

        Your interview with Tidewater Labs is confirmed. We're looking forward to speaking with you!

        Hiring Manager Interview – Senior Backend Engineer (Remote, LATAM)
        Monday, November 2, 2026
        9:00 AM – 10:00 AM PST (America/Los_Angeles)
        Your time: 2:00 PM – 3:00 PM (America/Santiago)

        Location: Zoom – https://tidewaterlabs.zoom.us/j/84410273395

        You'll meet with:
          Rafael Nakamura — Director of Engineering

        Questions? Just reply to this email and it will reach Dana Whitfield.

        Thanks,
        Tidewater Labs Recruiting
        """)
    htm = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1d1d1f">
        <p>Hi Ignacio,</p>
        <p>Your interview with Tidewater Labs is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <div style="border:1px solid #e5e5e5;border-radius:8px;padding:12px">
        <p style="margin:0"><b>Hiring Manager Interview – Senior Backend Engineer (Remote, LATAM)</b></p>
        <p style="margin:0">Monday, November 2, 2026<br>9:00 AM – 10:00 AM PST (America/Los_Angeles)<br>
        <span style="color:#666">Your time: 2:00 PM – 3:00 PM (America/Santiago)</span></p>
        <p style="margin:8px 0 0">Zoom – <a href="https://tidewaterlabs.zoom.us/j/84410273395">join</a></p>
        </div>
        <p>You&#x27;ll meet with:<br>Rafael Nakamura — Director of Engineering</p>
        <p>Questions? Just reply to this email and it will reach Dana Whitfield.</p>
        <p>Thanks,<br>Tidewater Labs Recruiting</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_LAX}
BEGIN:VEVENT
UID:0b8c2f1e-77a4-4c0e-9a51-tidewater-hm
DTSTAMP:20261026T180500Z
DTSTART;TZID=America/Los_Angeles:20261102T090000
DTEND;TZID=America/Los_Angeles:20261102T100000
SEQUENCE:0
SUMMARY:Tidewater Labs – Hiring Manager Interview (Ignacio Fuentes)
LOCATION:https://tidewaterlabs.zoom.us/j/84410273395
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@tidewaterlabs.io
ATTENDEE;CN=Ignacio Fuentes;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message(
        hdr("Tidewater Labs <no-reply@ashbyhq.com>",
            "Interview confirmed: Senior Backend Engineer (Remote, LATAM) at Tidewater Labs",
            "2026-10-26 11:05", LAX, "<010001936b1d44a0-ashby-8e21c7aa-tidewater-000000@email.amazonses.com>",
            mx="from mail.ashbyhq.com (mail.ashbyhq.com [108.233.221.103])",
            extra=[("Reply-To", "Dana Whitfield <dana.whitfield@tidewaterlabs.io>")]),
        mixed(alt(text(body, cte="base64"), html(htm, cte="base64")),
              calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(5), family="microsoft_bookings", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-07 15:30", SCL), end=utc("2026-10-07 16:15", SCL),
      local="Wed 2026-10-07 15:30", local_end="2026-10-07 16:15", zone=SCL,
      contact=None, company="Finanzas Andinas",
      note="Microsoft Bookings confirmation; the zone label shows the standard offset '(UTC-04:00) Santiago' "
           "but in October Chile is on UTC-3, so 15:30-16:15 = 18:30Z-19:15Z; the ICS (Pacific SA Standard "
           "Time) agrees. Sender is the Bookings mailbox, staff named without an address: contact null.")
def finanzas_andinas_bookings():
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body>
        <div style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#252423">
        <h2 style="font-weight:600">Su reserva está confirmada</h2>
        <p>Hola Ignacio Fuentes:</p>
        <p>Gracias por reservar con Finanzas Andinas – Selección TI. Le enviamos los detalles de su
        cita.</p>
        <table style="font-size:14px">
        <tr><td style="color:#605e5c">Servicio</td><td>Entrevista con jefatura – Ingeniero/a de Software Sr.</td></tr>
        <tr><td style="color:#605e5c">Fecha y hora</td><td>miércoles, 7 de octubre de 2026 15:30 - 16:15 (UTC-04:00) Santiago</td></tr>
        <tr><td style="color:#605e5c">Personal</td><td>Carolina Mella</td></tr>
        <tr><td style="color:#605e5c">Ubicación</td><td>Reunión de Microsoft Teams</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWQ4ZjEx%40thread.v2/0">Unirse a la reunión de Teams</a></p>
        <p>Si necesita cambiar o cancelar la cita, use <a href="https://outlook.office365.com/owa/calendar/SeleccinTI@finanzasandinas.cl/bookings/">Administrar reserva</a>.</p>
        <p style="color:#605e5c;font-size:12px">Con tecnología de Microsoft Bookings</p>
        </div>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_SCL_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Finanzas Andinas - Selección TI:mailto:SeleccionTI@finanzasandinas.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ignacio Fuentes:mailto:{ME}
DESCRIPTION;LANGUAGE=es-CL:Entrevista con jefatura – Ingeniero/a de Software Sr.\\n
UID:040000008200E00074C5B7101A82E00800000000B0F1A3C2E857DD01000000000000000010000000
SUMMARY;LANGUAGE=es-CL:Entrevista con jefatura – Ingeniero/a de Software Sr.
DTSTART;TZID=Pacific SA Standard Time:20261007T153000
DTEND;TZID=Pacific SA Standard Time:20261007T161500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261001T132000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CL:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR"""
    return message(
        hdr(addr("Finanzas Andinas - Selección TI", "SeleccionTI@finanzasandinas.cl"),
            "Reserva confirmada: Entrevista con jefatura – Ingeniero/a de Software Sr.",
            "2026-10-01 10:20", SCL, "<BN8PR11MB3620A1C7E4F2B9D01A7E55C3D7A12@BN8PR11MB3620.namprd11.prod.outlook.com>",
            mx="from NAM11-BN8-obe.outbound.protection.outlook.com (mail-bn8nam11on2090.outbound.protection.outlook.com [40.107.236.90])",
            extra=[("X-MS-Has-Attach", "yes"), ("X-MS-Exchange-Organization-SCL", "1")]),
        mixed(html(htm, cte="base64"),
              calendar(ics, cte="base64", filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(6), family="exchange_teams", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-12 10:00", BUE), end=utc("2026-11-12 11:00", BUE),
      local="Thu 2026-11-12 10:00", local_end="2026-11-12 11:00", zone=BUE,
      contact="mferreyra@estibasur.com.ar", company="Estiba Sur",
      note="Outlook/Teams meeting request from Buenos Aires, Windows zone 'Argentina Standard Time' (UTC-3, "
           "no DST): jueves 12/11 10:00-11:00 = 13:00Z-14:00Z (same clock as Valparaíso in November). "
           "Contact = organizer/sender.")
def estiba_sur_teams():
    body = t("""
        Hola Ignacio, ¿cómo va?

        Te mando la invitación para la entrevista técnica del jueves 12/11 de 10 a 11 (hora de
        Buenos Aires). Vas a estar con Lucía Benítez y conmigo. Cualquier cosa avisame.

        Abrazo,
        Martín

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse desde el ordenador, la aplicación móvil o el dispositivo de sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTg4YmQ1%40thread.v2/0>
        Id. de reunión: 263 114 905 771
        Código de acceso: Wq7bE3
        Descargar Teams<https://www.microsoft.com/microsoft-teams/download-app> | Unirse en la web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        ________________________________________________________________________________
        """)
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div class="WordSection1">
        <p class="MsoNormal">Hola Ignacio, ¿cómo va?</p>
        <p class="MsoNormal">Te mando la invitación para la entrevista técnica del jueves 12/11 de 10 a 11 (hora de
        Buenos Aires). Vas a estar con Lucía Benítez y conmigo. Cualquier cosa avisame.</p>
        <p class="MsoNormal">Abrazo,<br>Martín</p>
        <div style="margin-top:24px">
        <p class="MsoNormal">________________________________________________________________________________</p>
        <p class="MsoNormal"><b>Reunión de Microsoft Teams</b></p>
        <p class="MsoNormal"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTg4YmQ1%40thread.v2/0">Haga clic aquí para unirse a la reunión</a></p>
        <p class="MsoNormal">Id. de reunión: 263 114 905 771<br>Código de acceso: Wq7bE3</p>
        </div></div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ARG_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Martín Ferreyra:mailto:mferreyra@estibasur.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ignacio Fuentes:mailto:{ME}
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Benítez:mailto:lbenitez@estibasur.com.ar
UID:040000008200E00074C5B7101A82E00800000000D07E7C41A16EDD01000000000000000010000000A4F
SUMMARY;LANGUAGE=es-AR:Entrevista técnica - Ignacio Fuentes (Backend Sr.)
DTSTART;TZID=Argentina Standard Time:20261112T100000
DTEND;TZID=Argentina Standard Time:20261112T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261104T153000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2120714566
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    return message(
        hdr(addr("Martín Ferreyra", "mferreyra@estibasur.com.ar"),
            "Entrevista técnica - Ignacio Fuentes (Backend Sr.)",
            "2026-11-04 12:30", BUE, "<CP2PR80MB4322F0A1B7C9E8D2A3F1B6E2A4C19@CP2PR80MB4322.lamprd80.prod.outlook.com>",
            mx="from BRA01-CP2-obe.outbound.protection.outlook.com (mail-cp2bra01on2101.outbound.protection.outlook.com [40.107.200.101])",
            extra=[("Thread-Topic", enc("Entrevista técnica - Ignacio Fuentes (Backend Sr.)")),
                   ("Thread-Index", "AdsOJa7X2lq5ZQ1dT5ePZr0hGm3Gkw=="),
                   ("Accept-Language", "es-AR, en-US"),
                   ("Content-Language", "es-AR"),
                   ("X-MS-Has-Attach", ""),
                   ("X-MS-TNEF-Correlator", "")]),
        alt(text(body), html(htm), calendar(ics, cte="base64")))


@mail(n(7), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-19 17:30", SCL), end=utc("2026-11-19 18:30", SCL),
      local="Thu 2026-11-19 17:30", local_end="2026-11-19 18:30", zone=SCL,
      contact="francisca@grualabs.cl", company="Grúa Labs",
      note="The text only says 'te mando la invitación para la entrevista técnica'; the time is only in the "
           "Google Calendar ICS: DTSTART;TZID=America/Santiago 20261119T173000, DTEND 183000 = "
           "20:30Z-21:30Z (UTC-3 in November). Contact = sender/organizer.")
def grua_labs_ics_only():
    body = t("""
        Hola Ignacio!

        Como hablamos por teléfono, te mando la invitación para la entrevista técnica con el
        equipo (Tomás y Rocío). Nos vemos en la oficina, Av. Errázuriz 1178 piso 3, frente al
        reloj Turri. Si se te complica llegar, avísame y la pasamos a Meet.

        Saludos!
        Fran

        --
        Francisca Olivares
        Co-founder & CTO · Grúa Labs
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_SCL}
BEGIN:VEVENT
DTSTART;TZID=America/Santiago:20261119T173000
DTEND;TZID=America/Santiago:20261119T183000
DTSTAMP:20261113T151911Z
ORGANIZER;CN=Francisca Olivares:mailto:francisca@grualabs.cl
UID:5k0q2d7mbt9v1hn3e8r6gasf1c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ignacio.fuentes@example.org;X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Francisca Olivares;X-NUM-GUESTS=0:mailto:francisca@grualabs.cl
CREATED:20261113T151910Z
DESCRIPTION:Entrevista técnica Grúa Labs – Ignacio Fuentes
LAST-MODIFIED:20261113T151910Z
LOCATION:Av. Errázuriz 1178\\, piso 3\\, Valparaíso
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista técnica – Ignacio Fuentes
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    return message(
        hdr(addr("Francisca Olivares", "francisca@grualabs.cl"), "Invitación: entrevista técnica",
            "2026-11-13 12:19", SCL, "<CAHx9vT3rP1n0eJ8Q2mZ+Lk5wqv6FgT@mail.gmail.com>",
            mx="from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])"),
        mixed(alt(text(body), html(gmail_html(body))),
              calendar(ics, cte="base64", filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(8), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-02 14:30", SCL), end=utc("2026-10-02 15:00", SCL),
      local="Fri 2026-10-02 14:30", local_end="2026-10-02 15:00", zone=SCL,
      contact="owen.tremblay@northlakemaritime.ca", company="Northlake Maritime",
      note="Calendly invitee confirmation shows the invitee's zone: '02:30pm - 03:00pm (Chile Time)' on Fri 2 "
           "Oct = 17:30Z-18:00Z (= 1:30 PM EDT in Toronto, mentioned nowhere). ICS in UTC agrees. Contact = "
           "Reply-To host (first round of the Northlake thread).")
def northlake_calendly():
    body = t("""
        Hi Ignacio Fuentes,

        A new event has been scheduled.

        Event Type:
        Intro Call – Northlake Maritime (30 min)

        Invitee:
        Ignacio Fuentes

        Invitee Email:
        ignacio.fuentes@example.org

        Event Date/Time:
        02:30pm - 03:00pm (Chile Time), Friday, October 2, 2026

        Location:
        This is a Microsoft Teams web conference.
        Owen will send the link before the call.

        Questions:
        Please share anything that will help prepare for our meeting.
        Happy to talk about the berth-planning role. My calendar is in Chile time.

        View event in Calendly
        https://calendly.com/events/6d2f0c1e-9a7b-4c55-b1de-7f13a0c9e221

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/6d2f0c1e-9a7b-4c55-b1de-7f13a0c9e221
        Reschedule: https://calendly.com/reschedulings/6d2f0c1e-9a7b-4c55-b1de-7f13a0c9e221

        Powered by Calendly.com
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:6d2f0c1e-9a7b-4c55-b1de-7f13a0c9e221@calendly.com
DTSTAMP:20260928T131400Z
DTSTART:20261002T173000Z
DTEND:20261002T180000Z
SUMMARY:Intro Call – Northlake Maritime (30 min) between Owen Tremblay and Ignacio Fuentes
ORGANIZER;CN=Owen Tremblay:mailto:owen.tremblay@northlakemaritime.ca
ATTENDEE;CN=Ignacio Fuentes;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message(
        hdr("Calendly <notifications@calendly.com>",
            "New Event: Ignacio Fuentes - 02:30pm Fri, Oct 2, 2026 - Intro Call – Northlake Maritime (30 min)",
            "2026-09-28 09:14", TOR, "<20260928131400.1.7C2D0AF1E35B9C44@calendly.com>",
            mx="from o1.email.calendly.com (o1.email.calendly.com [167.89.86.95])",
            extra=[("Reply-To", "Owen Tremblay <owen.tremblay@northlakemaritime.ca>")]),
        mixed(text(body),
              calendar(ics, cte="quoted-printable", filename="invite.ics", disposition="attachment")))


@mail(n(9), family="smartrecruiters", lang="es", interview=True, kind="scheduled",
      start=utc("2026-12-04 09:00", LIM), end=utc("2026-12-04 10:00", LIM),
      local="Fri 2026-12-04 09:00", local_end="2026-12-04 10:00", zone=LIM,
      contact="milagros.quispe@callaocargo.pe", company="Callao Cargo Systems",
      note="SmartRecruiters invitation from a Lima employer: 'vie. 4 de diciembre, 09:00 - 10:00 (GMT-5) Lima' = "
           "14:00Z-15:00Z; the line '11:00 hora de Chile' (UTC-3) agrees. Sender is noreply; contact = the "
           "recruiter's address in the body.")
def callao_smartrecruiters():
    body = t("""
        Hola Ignacio,

        ¡Buenas noticias! Queremos invitarte a una entrevista para el puesto de
        Ingeniero de Software Sr. – Sistemas de Patio (TOS).

        Fecha: vie. 4 de diciembre de 2026
        Hora: 09:00 - 10:00 (GMT-5) Lima
              (11:00 - 12:00 hora de Chile)
        Tipo: Videollamada – Microsoft Teams
        Entrevistadores: Jorge Villanueva (Jefe de Desarrollo), Milagros Quispe (Talento)

        Tu asistencia quedó confirmada. Si necesitas reprogramar, escríbeme directamente a
        milagros.quispe@callaocargo.pe.

        Saludos cordiales,
        Milagros Quispe
        Atracción de Talento – Callao Cargo Systems S.A.C.

        Este correo fue enviado a través de SmartRecruiters. Por favor no respondas a este mensaje.
        """)
    htm = t("""
        <html><body style="margin:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#2d2d2d">
        <tr><td style="padding:24px">
        <p>Hola Ignacio,</p>
        <p>¡Buenas noticias! Queremos invitarte a una entrevista para el puesto de
        <b>Ingeniero de Software Sr. – Sistemas de Patio (TOS)</b>.</p>
        <table style="font-size:14px">
        <tr><td width="120"><b>Fecha</b></td><td>vie. 4 de diciembre de 2026</td></tr>
        <tr><td><b>Hora</b></td><td>09:00 - 10:00 (GMT-5) Lima<br><span style="color:#777">(11:00 - 12:00 hora de Chile)</span></td></tr>
        <tr><td><b>Tipo</b></td><td>Videollamada – Microsoft Teams</td></tr>
        <tr><td><b>Entrevistadores</b></td><td>Jorge Villanueva (Jefe de Desarrollo), Milagros Quispe (Talento)</td></tr>
        </table>
        <p>Tu asistencia quedó confirmada. Si necesitas reprogramar, escríbeme directamente a
        <a href="mailto:milagros.quispe@callaocargo.pe">milagros.quispe@callaocargo.pe</a>.</p>
        <p>Saludos cordiales,<br>Milagros Quispe<br>Atracción de Talento – Callao Cargo Systems S.A.C.</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#999">Este correo fue enviado a través de
        SmartRecruiters. Por favor no respondas a este mensaje.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    return message(
        hdr("Callao Cargo Systems <noreply@smartrecruiters.com>",
            "Invitación a entrevista: Ingeniero de Software Sr. – Sistemas de Patio (TOS)",
            "2026-11-27 10:04", LIM, "<0102019c6a1f2e77-1a7b4f60-callao-000000@eu-west-1.amazonses.com>",
            mx="from b224-13.smtp-out.eu-west-1.amazonses.com (b224-13.smtp-out.eu-west-1.amazonses.com [54.240.4.13])",
            extra=[("X-SR-Message-Type", "INTERVIEW_INVITATION")]),
        alt(text(body), html(htm)))


@mail(n(10), family="recruitee", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-26 11:00", SCL), end=None,
      local="Thu 2026-11-26 11:00", zone=SCL,
      contact="josefina.parra@mareassoftware.cl", company="Mareas Software",
      note="Recruitee invitation with an ALL-DAY calendar part (DTSTART;VALUE=DATE 20261126); the time is only "
           "in the text: 'jueves 26/11 a las 11:00 hrs' Santiago (UTC-3) = 14:00Z. No length. Reply-To is a "
           "Recruitee relay; contact = recruiter address in the body.")
def mareas_recruitee():
    body = t("""
        Hola Ignacio:

        Gracias por conversar con nosotros la semana pasada. Te confirmamos la segunda
        entrevista para el cargo de Tech Lead – Integraciones Navieras:

          jueves 26/11 a las 11:00 hrs
          Oficinas Mareas Software, Av. Apoquindo 4700, piso 11, Las Condes (Santiago)
          Con: Andrés Sepúlveda (CTO) y Josefina Parra (People)

        Te dejamos el día bloqueado en el calendario adjunto; la hora es la de este correo.
        Si tienes cualquier duda, escríbeme a josefina.parra@mareassoftware.cl.

        ¡Nos vemos!
        Josefina Parra
        People & Talent – Mareas Software
        """)
    htm = t("""
        <html><body style="font-family:Lato,Arial,sans-serif;font-size:15px;color:#222">
        <p>Hola Ignacio:</p>
        <p>Gracias por conversar con nosotros la semana pasada. Te confirmamos la segunda
        entrevista para el cargo de <b>Tech Lead – Integraciones Navieras</b>:</p>
        <ul>
        <li><b>jueves 26/11 a las 11:00 hrs</b></li>
        <li>Oficinas Mareas Software, Av. Apoquindo 4700, piso 11, Las Condes (Santiago)</li>
        <li>Con: Andrés Sepúlveda (CTO) y Josefina Parra (People)</li>
        </ul>
        <p>Te dejamos el día bloqueado en el calendario adjunto; la hora es la de este correo.
        Si tienes cualquier duda, escríbeme a <a href="mailto:josefina.parra@mareassoftware.cl">josefina.parra@mareassoftware.cl</a>.</p>
        <p>¡Nos vemos!<br>Josefina Parra<br>People &amp; Talent – Mareas Software</p>
        <p style="font-size:11px;color:#aaa">Powered by Recruitee</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Calendar//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:recruitee-ev-3318842@recruitee.com
DTSTAMP:20261120T184000Z
DTSTART;VALUE=DATE:20261126
DTEND;VALUE=DATE:20261127
SUMMARY:Segunda entrevista – Mareas Software (Tech Lead – Integraciones Navieras)
LOCATION:Av. Apoquindo 4700\\, piso 11\\, Las Condes
DESCRIPTION:Hora: 11:00 hrs. Con Andrés Sepúlveda y Josefina Parra.
ATTENDEE;CN=Ignacio Fuentes:mailto:{ME}
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    return message(
        hdr("Mareas Software <mareas-software@mail.recruitee.com>",
            "Segunda entrevista – Tech Lead – Integraciones Navieras",
            "2026-11-20 15:40", SCL, "<recruitee.msg.91c77a3e0f5b@mail.recruitee.com>",
            mx="from mail.recruitee.com (mail.recruitee.com [185.70.40.21])",
            extra=[("Reply-To", "Mareas Software <reply+c3f17e2a9d@inbound.recruitee.com>")]),
        mixed(alt(text(body, cte="8bit"), html(htm, cte="quoted-printable")),
              calendar(ics, method="PUBLISH", cte="quoted-printable", filename="entrevista.ics",
                       disposition="attachment")))


@mail(n(11), family="workable", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-10 14:00", CHI), end=utc("2026-11-10 14:30", CHI),
      local="Tue 2026-11-10 14:00", local_end="2026-11-10 14:30", zone=CHI,
      contact="hannah.lindqvist@prairierail.com", company="Prairie Rail Analytics",
      note="Workable interview confirmation: Tue Nov 10, 2:00-2:30 PM CT; US DST ended 1 Nov so CST (UTC-6) = "
           "20:00Z-20:30Z; the '5:00 PM Santiago' line agrees (UTC-3). Reply-To is a Workable relay; contact = "
           "interviewer address in the body.")
def prairie_workable():
    body = t("""
        Hi Ignacio,

        Thank you for scheduling your interview for the Software Engineer, Yard Optimization position
        at Prairie Rail Analytics.

        Phone screen with Hannah Lindqvist
        Tuesday, November 10, 2026
        2:00 PM - 2:30 PM (Central Time - Chicago)
        That's 5:00 PM - 5:30 PM in Santiago.

        Hannah will call you on +56 9 6123 4471. If you need to reach her directly, her email is
        hannah.lindqvist@prairierail.com.

        Kind regards,
        The Prairie Rail Analytics hiring team

        ---
        Sent with Workable
        """)
    htm = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:14px;color:#1b1b1b">
        <p>Hi Ignacio,</p>
        <p>Thank you for scheduling your interview for the <strong>Software Engineer, Yard Optimization</strong>
        position at Prairie Rail Analytics.</p>
        <p style="background:#f6f8fa;padding:12px"><strong>Phone screen with Hannah Lindqvist</strong><br>
        Tuesday, November 10, 2026<br>2:00 PM - 2:30 PM (Central Time - Chicago)<br>
        That&#39;s 5:00 PM - 5:30 PM in Santiago.</p>
        <p>Hannah will call you on +56 9 6123 4471. If you need to reach her directly, her email is
        <a href="mailto:hannah.lindqvist@prairierail.com">hannah.lindqvist@prairierail.com</a>.</p>
        <p>Kind regards,<br>The Prairie Rail Analytics hiring team</p>
        <p style="color:#999;font-size:11px">Sent with Workable</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
{VTZ["America/Chicago"]}
BEGIN:VEVENT
UID:wk-event-5c0a8e1f9b@workable.com
DTSTAMP:20261105T152200Z
DTSTART;TZID=America/Chicago:20261110T140000
DTEND;TZID=America/Chicago:20261110T143000
SUMMARY:Phone screen - Ignacio Fuentes / Prairie Rail Analytics
ORGANIZER;CN=Prairie Rail Analytics:mailto:prairie-rail-analytics+c8d21f@candidates.workablemail.com
ATTENDEE;CN=Ignacio Fuentes;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message(
        hdr("Prairie Rail Analytics <noreply@candidates.workablemail.com>",
            "Interview confirmed: Software Engineer, Yard Optimization",
            "2026-11-05 09:22", CHI, "<wk.20261105152200.7fd1c0a9b2@candidates.workablemail.com>",
            mx="from mail201.candidates.workablemail.com (mail201.candidates.workablemail.com [149.72.34.201])",
            extra=[("Reply-To", "Prairie Rail Analytics <prairie-rail-analytics+c8d21f@candidates.workablemail.com>")]),
        mixed(alt(text(body), html(htm)), calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(n(12), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-06 09:30", SCL), end=None,
      local="Tue 2026-10-06 09:30", zone=SCL,
      contact="dcarrasco@farodatos.cl", company="Faro Datos",
      note="Phone-written reply sent Mon 28 Sep: 'el martes subsiguiente (6/10) a las 9:30' = Tue 6 Oct (the "
           "Tuesday after tomorrow's), 09:30 America/Santiago UTC-3 = 12:30Z; '~1 hora' is approximate, end null.")
def faro_datos_phone():
    body = t("""
        Ignacio, dale. Hablé con la Coni y quedamos el martes subsiguiente (6/10) a las 9:30 en la
        ofi de Blanco 1131, of. 502. Es con ella y conmigo, ~1 hora. Trae el notebook si quieres
        mostrar algo del proyecto de las grúas.
        Nos vemos!
        D

        Enviado desde mi iPhone

        > El 28-09-2026, a las 18:05, Ignacio Fuentes <ignacio.fuentes@example.org> escribió:
        >
        > Hola Diego, gracias por la llamada de hoy. Mañana martes no puedo, pero la semana
        > siguiente tengo libre el martes y el jueves en la mañana. Quedo atento.
        > Saludos,
        > Ignacio
        """)
    return message(
        hdr("Diego Carrasco <dcarrasco@farodatos.cl>", "Re: Conversación Faro Datos",
            "2026-09-28 21:47", SCL, "<7A1C0E44-2B9F-4D0B-93E1-6F2D8A5C1B07@farodatos.cl>",
            mx="from mail-yw1-f178.google.com (mail-yw1-f178.google.com [209.85.128.178])",
            extra=[("In-Reply-To", "<CAF4r2bXq5pT0=hw2Nd@mail.example.org>"),
                   ("X-Mailer", "iPhone Mail (22A3354)")]),
        text(body, params="delsp=yes; format=flowed"))


@mail(n(13), family="forward_to_self", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-22 15:00", LIM), end=None,
      local="Thu 2026-10-22 15:00", zone=LIM,
      contact="rhuaman@andesfreight.com.pe", company="Andes Freight",
      note="Ignacio forwards to himself (message/rfc822) a Lima recruiter's confirmation: 'jueves 22 de octubre "
           "a las 3:00 p. m. (hora de Lima)' UTC-5 = 20:00Z; his own note '17:00 acá' (UTC-3) agrees. "
           "'aproximadamente 45 minutos' -> end null. Contact = the recruiter in the forwarded header.")
def andes_freight_forward():
    inner_body = t("""
        Estimado Ignacio:

        Por medio del presente le confirmamos su entrevista con el Gerente de Tecnología de Andes
        Freight S.A.C. para el puesto de Arquitecto de Soluciones – Comercio Exterior.

        Fecha: jueves 22 de octubre
        Hora: 3:00 p. m. (hora de Lima)
        Modalidad: Zoom (el enlace se le enviará el mismo día)
        Duración: aproximadamente 45 minutos

        Agradeceremos confirmar su asistencia respondiendo este correo.

        Atentamente,

        Rosa Huamán Ccori
        Analista de Selección
        Andes Freight S.A.C. | Av. Néstor Gambetta 5210, Callao
        """)
    inner = message(
        [("From", addr("Rosa Huamán Ccori", "rhuaman@andesfreight.com.pe")),
         ("To", ME_TO),
         ("Subject", enc("Confirmación de entrevista – Andes Freight")),
         ("Date", date("2026-10-15 18:30", LIM)),
         ("Message-ID", "<DM6PR19MB4012C1A2F3E4D5B6A7C8D9E0F1A2B@DM6PR19MB4012.namprd19.prod.outlook.com>")],
        text(inner_body, charset="windows-1252", cte="quoted-printable"))
    outer = t("""
        ojo: hora de Lima, son las 17:00 acá. confirmar mañana.

        """)
    return message(
        hdr(ME_TO, "Fwd: Confirmación de entrevista – Andes Freight", "2026-10-16 08:10", SCL,
            "<5E2B7C19-0D4A-4E8F-A1B3-2C6F9D7E4A11@example.org>",
            mx="from smtp.example.org (smtp.example.org [192.0.2.25])", to=ME_TO),
        mixed(text(outer), attached_message(inner, "Confirmacion de entrevista - Andes Freight.eml")))


@mail(n(14), family="icims", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-01 11:00", NYC), end=utc("2026-12-01 12:00", NYC),
      local="Tue 2026-12-01 11:00", local_end="2026-12-01 12:00", zone=NYC,
      contact="tbrooks@keystoneport.com", company="Keystone Port Services",
      note="iCIMS HTML-only (windows-1252, quoted-printable): US date '12/01/2026' (= 1 Dec, MM/DD) 11:00 AM "
           "Eastern, 60 minutes; EST (UTC-5) = 16:00Z-17:00Z. Sender is the iCIMS relay; contact = recruiter "
           "address in the body.")
def keystone_icims():
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <p>Dear Ignacio,</p>
        <p>Thank you for your interest in the <b>Principal Engineer – Terminal Automation (Req. 2026-4471)</b>
        position with Keystone Port Services. We are pleased to confirm your virtual interview as follows:</p>
        <table border="0" cellpadding="3">
        <tr><td><b>Date:</b></td><td>12/01/2026</td></tr>
        <tr><td><b>Time:</b></td><td>11:00 AM Eastern Time</td></tr>
        <tr><td><b>Length:</b></td><td>60 minutes</td></tr>
        <tr><td><b>Format:</b></td><td>Microsoft Teams (link to follow from the hiring manager)</td></tr>
        <tr><td><b>Panel:</b></td><td>Greg Mahoney, VP Engineering; Aisha Karim, Sr. Manager, OT Systems</td></tr>
        </table>
        <p>Please note this is Eastern Standard Time. Should you have any questions, please contact me at
        <a href="mailto:tbrooks@keystoneport.com">tbrooks@keystoneport.com</a> – please do not reply to this
        automated message.</p>
        <p>Sincerely,<br>Tanya Brooks<br>Talent Acquisition Partner<br>Keystone Port Services, LLC</p>
        <p style="font-size:10px;color:#808080">Keystone Port Services is an Equal Opportunity Employer.
        This message was sent via iCIMS.</p>
        </body></html>
        """)
    return message(
        hdr("Keystone Port Services <keystoneport@talent.icims.com>",
            "Interview Confirmation - Principal Engineer – Terminal Automation",
            "2026-11-24 15:36", NYC, "<1937205113.881042.1795547760112@talent.icims.com>",
            mx="from mta-out2.icims.com (mta-out2.icims.com [199.101.163.42])"),
        html(htm, charset="windows-1252", cte="quoted-printable"))


@mail(n(15), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-10 17:00", LAX), end=None,
      local="Thu 2026-12-10 17:00", zone=LAX,
      contact="ben.alvarez@cascadiaberth.com", company="Cascadia Berth",
      note="Recruiter mail from Portland with a pasted Zoom block: Thu Dec 10 5:00 PM Pacific (PST, UTC-8) = "
           "Fri Dec 11 01:00Z, another day in UTC (10 PM Thursday in Valparaíso, as the mail says). No length.")
def cascadia_zoom():
    body = t("""
        Hi Ignacio,

        Great chatting earlier. As promised, here is the invite for your conversation with our
        CTO, Marisol Jensen, on Thursday, Dec 10 at 5:00 PM Pacific. I know that's 10 PM on your
        side - thanks for being flexible, it was the only slot before she's out for the holidays.

        Ben Alvarez is inviting you to a scheduled Zoom meeting.

        Topic: Cascadia Berth <> Ignacio Fuentes (CTO conversation)
        Time: Dec 10, 2026 05:00 PM Pacific Time (US and Canada)

        Join Zoom Meeting
        https://cascadiaberth.zoom.us/j/91844203317?pwd=Yk9xR0tZbW1pN2FXc3ZqT2xkUT09

        Meeting ID: 918 4420 3317
        Passcode: 553190

        ---

        Cheers,
        Ben

        Ben Alvarez | Recruiting Lead
        Cascadia Berth, Inc. | Portland, OR
        """)
    return message(
        hdr("Ben Alvarez <ben.alvarez@cascadiaberth.com>", "Zoom invite - CTO conversation (Dec 10)",
            "2026-12-04 10:22", LAX, "<CAJm7tP0Qv9n2hL5XkR1bZ4yWcE8sAf@mail.gmail.com>",
            mx="from mail-pj1-f54.google.com (mail-pj1-f54.google.com [209.85.216.54])"),
        alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body), cte="quoted-printable")))


@mail(n(16), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-18 09:00", LAX), end=utc("2026-11-18 11:30", LAX),
      local="Wed 2026-11-18 09:00", local_end="2026-11-18 11:30", zone=LAX,
      contact="alyssa.chen@soundharbor.ai", company="Sound Harbor Robotics",
      note="GoodTime virtual onsite itinerary, three sessions 9:00 AM-11:30 AM PST (UTC-8) on Wed Nov 18: first "
           "start to last end = 17:00Z-19:30Z; 'Chile time 2:00-4:30 PM' (UTC-3) agrees; one ICS block for the "
           "whole itinerary. Contact = Reply-To coordinator.")
def sound_harbor_goodtime():
    body = t("""
        Hi Ignacio,

        Your virtual onsite with Sound Harbor Robotics is confirmed! Here is your itinerary.

        Wednesday, November 18, 2026 (all times Pacific Standard Time)

          9:00 AM - 9:45 AM   System Design          Kenji Watanabe
          9:45 AM - 10:30 AM  Coding (pairing)        Sofia Marchetti
          10:30 AM - 10:45 AM Break
          10:45 AM - 11:30 AM Hiring Manager         Paul Okafor

        In Chile time that is 2:00 PM - 4:30 PM.

        All sessions use the same Zoom room: https://soundharbor.zoom.us/j/96610022841

        If you need anything before the day, reply here and it goes straight to me.

        Alyssa Chen
        Recruiting Coordinator, Sound Harbor Robotics

        Scheduled with GoodTime
        """)
    htm = "".join([
        "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">",
        "<p>Hi Ignacio,</p><p>Your virtual onsite with Sound Harbor Robotics is confirmed! Here is your itinerary.</p>",
        "<p><b>Wednesday, November 18, 2026</b> (all times Pacific Standard Time)</p>",
        "<table cellpadding=\"4\" border=\"1\" style=\"border-collapse:collapse\">",
        "<tr><td>9:00 AM - 9:45 AM</td><td>System Design</td><td>Kenji Watanabe</td></tr>",
        "<tr><td>9:45 AM - 10:30 AM</td><td>Coding (pairing)</td><td>Sofia Marchetti</td></tr>",
        "<tr><td>10:30 AM - 10:45 AM</td><td>Break</td><td></td></tr>",
        "<tr><td>10:45 AM - 11:30 AM</td><td>Hiring Manager</td><td>Paul Okafor</td></tr>",
        "</table><p>In Chile time that is 2:00 PM - 4:30 PM.</p>",
        "<p>All sessions use the same Zoom room: <a href=\"https://soundharbor.zoom.us/j/96610022841\">",
        "https://soundharbor.zoom.us/j/96610022841</a></p>",
        "<p>If you need anything before the day, reply here and it goes straight to me.</p>",
        "<p>Alyssa Chen<br>Recruiting Coordinator, Sound Harbor Robotics</p>",
        "<p style=\"font-size:11px;color:#888\">Scheduled with GoodTime</p></body></html>\n",
    ])
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//GoodTime Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gt-9f27c1d0-onsite-ifuentes@goodtime.io
DTSTAMP:20261112T204100Z
DTSTART:20261118T170000Z
DTEND:20261118T193000Z
SUMMARY:Sound Harbor Robotics - Virtual Onsite (Ignacio Fuentes)
LOCATION:https://soundharbor.zoom.us/j/96610022841
ORGANIZER;CN=Alyssa Chen:mailto:alyssa.chen@soundharbor.ai
ATTENDEE;CN=Ignacio Fuentes;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message(
        hdr("Sound Harbor Robotics <notifications@goodtime.io>",
            "Confirmed: Your Virtual Onsite with Sound Harbor Robotics",
            "2026-11-12 12:41", LAX, "<gt.msg.20261112204100.4b1e@mail.goodtime.io>",
            mx="from o3.mail.goodtime.io (o3.mail.goodtime.io [168.245.12.3])",
            extra=[("Reply-To", "Alyssa Chen <alyssa.chen@soundharbor.ai>")]),
        mixed(alt(text(body), html(htm)), calendar(ics, filename="onsite.ics", disposition="attachment")))


# =============================================================================================
# Positives: rescheduled (keys 17-20), cancelled (keys 21-23)
# =============================================================================================


@mail(n(17), family="greenhouse", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-02 11:00", NYC), end=utc("2026-11-02 11:45", NYC),
      local="Mon 2026-11-02 11:00", local_end="2026-11-02 11:45", zone=NYC,
      contact="jess.romano@bluewaterledger.com", company="Bluewater Ledger",
      note="Greenhouse reschedule sent Wed 28 Oct (EDT): old Fri Oct 30 11:00 AM EDT, new Mon Nov 2 "
           "11:00-11:45 AM EST. Same clock time, but US DST ends 1 Nov: new = 16:00Z-16:45Z (1:00 PM in "
           "Valparaíso as the mail says). ICS SEQUENCE:1 agrees. Contact = Reply-To.")
def bluewater_greenhouse_resched():
    body = t("""
        Hi Ignacio,

        Thanks for your flexibility! Your interview has been moved.

        PREVIOUS: Friday, October 30, 2026, 11:00 AM - 11:45 AM EDT
        NEW:      Monday, November 2, 2026, 11:00 AM - 11:45 AM EST

        Same clock time in New York, but heads up: our clocks fall back on Sunday, so the new slot
        is 1:00 PM in Valparaíso (not noon).

        Interview: Pairing session with Nikhil Rao (Staff Engineer)
        Location: https://bluewaterledger.zoom.us/j/83310944102

        An updated calendar invitation is attached.

        Jess Romano
        Recruiting | Bluewater Ledger
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{VTZ["America/New_York"]}
BEGIN:VEVENT
UID:gh-interview-8813377-1022@greenhouse.io
DTSTAMP:20261028T204000Z
DTSTART;TZID=America/New_York:20261102T110000
DTEND;TZID=America/New_York:20261102T114500
SUMMARY:Interview: Ignacio Fuentes - Pairing session (Bluewater Ledger)
LOCATION:https://bluewaterledger.zoom.us/j/83310944102
ORGANIZER;CN=Jess Romano:mailto:jess.romano@bluewaterledger.com
ATTENDEE;CN=Ignacio Fuentes;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:1
END:VEVENT
END:VCALENDAR"""
    return message(
        hdr("Jess Romano <no-reply@us.greenhouse-mail.io>",
            "Updated: Interview with Bluewater Ledger - new time",
            "2026-10-28 16:40", NYC, "<0100019a2d0c6b55-bluewater-9f1c2d3e-000000@email.amazonses.com>",
            mx="from a8-45.smtp-out.amazonses.com (a8-45.smtp-out.amazonses.com [54.240.8.45])",
            extra=[("Reply-To", "Jess Romano <jess.romano@bluewaterledger.com>")]),
        mixed(alt(text(body), html(gmail_html(body))),
              calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(18), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-10-16 11:30", SCL), end=utc("2026-10-16 12:30", SCL),
      local="Fri 2026-10-16 11:30", local_end="2026-10-16 12:30", zone=SCL,
      contact="poyarzun@logisticamaipo.cl", company="Logística Maipo",
      note="Recruiter prose (windows-1252): the interview moves from 'jueves 15 a las 10:00' to 'viernes 16 a las "
           "11:30 hrs', 'dura una hora' = exact length; Santiago UTC-3 -> 14:30Z-15:30Z. Contact = sender.")
def logistica_maipo_resched():
    body = t("""
        Estimado Ignacio:

        Junto con saludarlo, le escribo porque el gerente de TI tuvo que viajar a San Antonio
        el jueves y debemos mover la entrevista del jueves 15 a las 10:00 al viernes 16 a las
        11:30 hrs, en el mismo lugar (Av. Vicuña Mackenna 7255, Santiago, edificio B).
        La entrevista dura una hora.

        Le pido disculpas por el cambio. Quedo atenta a su confirmación, aunque si no tengo
        noticias asumo que le acomoda.

        Saludos cordiales,

        Patricia Oyarzún
        Analista de Reclutamiento y Selección
        Logística Maipo S.A.
        """)
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body lang="ES-CL"><div class="WordSection1">
        <p class="MsoNormal">Estimado Ignacio:</p>
        <p class="MsoNormal">Junto con saludarlo, le escribo porque el gerente de TI tuvo que viajar a San Antonio
        el jueves y debemos mover la entrevista del <s>jueves 15 a las 10:00</s> al <b>viernes 16 a las
        11:30 hrs</b>, en el mismo lugar (Av. Vicuña Mackenna 7255, Santiago, edificio B).
        La entrevista dura una hora.</p>
        <p class="MsoNormal">Le pido disculpas por el cambio. Quedo atenta a su confirmación, aunque si no tengo
        noticias asumo que le acomoda.</p>
        <p class="MsoNormal">Saludos cordiales,</p>
        <p class="MsoNormal"><b>Patricia Oyarzún</b><br>Analista de Reclutamiento y Selección<br>Logística Maipo S.A.</p>
        </div></body></html>
        """)
    return message(
        hdr(addr("Patricia Oyarzún", "poyarzun@logisticamaipo.cl", "windows-1252"),
            "Cambio de horario entrevista - Ingeniero de Desarrollo",
            "2026-10-13 09:15", SCL, "<SCYP152MB5280E1F0A9B8C7D6E5F4A3B2C1D0E@SCYP152MB5280.LAMP152.PROD.OUTLOOK.COM>",
            mx="from CHL01-SCY-obe.outbound.protection.outlook.com (mail-scychl01on2119.outbound.protection.outlook.com [40.107.210.119])",
            charset="windows-1252",
            extra=[("Thread-Topic", "Cambio de horario entrevista - Ingeniero de Desarrollo"),
                   ("Content-Language", "es-CL")]),
        alt(text(body, charset="windows-1252", cte="quoted-printable"),
            html(htm, charset="windows-1252", cte="quoted-printable")))


@mail(n(19), family="exchange_update", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-11-25 16:00", LIM), end=utc("2026-11-25 17:00", LIM),
      local="Wed 2026-11-25 16:00", local_end="2026-11-25 17:00", zone=LIM,
      contact="cmendoza@pacificoterminales.pe", company="Pacífico Terminales",
      note="Outlook meeting update from Lima: 'Cuándo: miércoles, 25 de noviembre de 2026 16:00-17:00 (UTC-05:00) "
           "Bogotá, Lima, Quito' with 'Anteriormente: lunes, 23 de noviembre' -> new slot 21:00Z-22:00Z; ICS "
           "'SA Pacific Standard Time', SEQUENCE:1. Contact = organizer.")
def pacifico_terminales_update():
    body = t("""
        Cuándo: miércoles, 25 de noviembre de 2026 16:00-17:00 (UTC-05:00) Bogotá, Lima, Quito, Río Branco.
        Anteriormente: lunes, 23 de noviembre de 2026 16:00-17:00 (UTC-05:00) Bogotá, Lima, Quito, Río Branco.
        Dónde: Reunión de Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Ignacio, buenos días. Movemos la entrevista final al miércoles a la misma hora porque el
        gerente general está en directorio el lunes. Le pido aceptar la nueva invitación.

        Saludos,
        Carlos Mendoza Ríos
        Jefe de Selección | Pacífico Terminales S.A.

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Únase a través de su ordenador, aplicación móvil o dispositivo de sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ2MzE1%40thread.v2/0>
        Id. de la reunión: 318 552 670 094
        Código de acceso: 9hLx2P
        ________________________________________________________________________________
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_LIM_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Carlos Mendoza Ríos:mailto:cmendoza@pacificoterminales.pe
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ignacio Fuentes:mailto:{ME}
UID:040000008200E00074C5B7101A82E0080000000060C3B51D9F77DD01000000000000000010000000E1B
SUMMARY;LANGUAGE=es-PE:Entrevista final - Ignacio Fuentes
DTSTART;TZID=SA Pacific Standard Time:20261125T160000
DTEND;TZID=SA Pacific Standard Time:20261125T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261120T160000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=es-PE:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    return message(
        hdr(addr("Carlos Mendoza Ríos", "cmendoza@pacificoterminales.pe"),
            "Actualizado: Entrevista final - Ignacio Fuentes",
            "2026-11-20 11:00", LIM, "<SJ0PR22MB6127A9B8C7D6E5F40312A1B2C3D4E@SJ0PR22MB6127.namprd22.prod.outlook.com>",
            mx="from NAM12-SJ0-obe.outbound.protection.outlook.com (mail-sj0nam12on2122.outbound.protection.outlook.com [40.107.243.122])",
            extra=[("Thread-Topic", "Entrevista final - Ignacio Fuentes"),
                   ("Content-Language", "es-PE")]),
        alt(text(body, cte="base64"), calendar(ics, cte="base64")))


@mail(n(20), family="workday", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-12-09 10:00", SCL), end=utc("2026-12-09 11:00", SCL),
      local="Wed 2026-12-09 10:00", local_end="2026-12-09 11:00", zone=SCL,
      contact="dsoto@gpaconcagua.cl", company="Grupo Portuario Aconcagua",
      note="Workday reschedule: new 'miércoles, 9 de diciembre de 2026, 10:00 a. m. - 11:00 a. m. CLST' (UTC-3) = "
           "13:00Z-14:00Z; old 'lunes, 7 de diciembre, 4:00 p. m.' also in the mail. ICS in UTC agrees. From "
           "the myworkday relay; contact = coordinator address in the body.")
def aconcagua_workday():
    body = t("""
        Estimado/a Ignacio Fuentes:

        Su entrevista para el puesto R-0048812 Líder Técnico de Sistemas Portuarios ha sido
        reprogramada.

        Nueva fecha y hora:
        miércoles, 9 de diciembre de 2026, 10:00 a. m. - 11:00 a. m. CLST

        Fecha y hora anteriores (cancelada):
        lunes, 7 de diciembre de 2026, 4:00 p. m. - 5:00 p. m. CLST

        Lugar: Edificio Corporativo GPA, Av. Errázuriz 25, piso 8, Valparaíso

        Si tiene consultas, contacte a la coordinadora del proceso, Daniela Soto
        (dsoto@gpaconcagua.cl).

        Atentamente,
        Gerencia de Personas – Grupo Portuario Aconcagua

        Este es un mensaje generado automáticamente. No responda a este correo.
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Recruiting//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-3f9a0c7e5b2d11f1@myworkday.com
DTSTAMP:20261203T144500Z
DTSTART:20261209T130000Z
DTEND:20261209T140000Z
SUMMARY:Entrevista - Líder Técnico de Sistemas Portuarios
LOCATION:Av. Errázuriz 25\\, piso 8\\, Valparaíso
ATTENDEE;CN=Ignacio Fuentes:mailto:{ME}
SEQUENCE:2
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message(
        hdr("Grupo Portuario Aconcagua <aconcagua@myworkday.com>",
            "Entrevista reprogramada: R-0048812 Líder Técnico de Sistemas Portuarios",
            "2026-12-03 11:45", SCL, "<1409275681.57213.1796305500331@wd5-prod.myworkday.com>",
            mx="from wd5-smtp-out12.myworkday.com (wd5-smtp-out12.myworkday.com [199.245.52.212])"),
        mixed(text(body, cte="quoted-printable"),
              calendar(ics, cte="base64", ctype="application/ics", filename="Entrevista.ics",
                       disposition="attachment", name_param=True)))


@mail(n(21), family="google_calendar", lang="es", interview=True, kind="cancelled",
      start=utc("2026-10-22 15:00", SCL), end=utc("2026-10-22 16:00", SCL),
      local="Thu 2026-10-22 15:00", local_end="2026-10-22 16:00", zone=SCL,
      contact="matias.lagos@puertodigital.cl", company="Puerto Digital",
      note="Google Calendar cancellation (METHOD:CANCEL): 'jue 22 oct 2026 15:00 – 16:00 (hora de Chile)' "
           "UTC-3 = 18:00Z-19:00Z, the cancelled slot. Contact = organizer (From).")
def puerto_digital_gcal_cancel():
    body = t("""
        Se canceló este evento y se quitó de tu calendario.

        Entrevista técnica – Puerto Digital / Ignacio Fuentes
        jueves 22 oct 2026 15:00 – 16:00 (hora de Chile - Santiago)

        Organizador
        Matías Lagos
        matias.lagos@puertodigital.cl

        Invitados
        Matías Lagos - organizador
        ignacio.fuentes@example.org

        Invitación de Google Calendar

        Recibes este correo electrónico porque eres un invitado al evento.
        """)
    htm = t("""
        <div style="font-family:Roboto,Arial,sans-serif;color:#3c4043">
        <p style="color:#d93025">Se canceló este evento y se quitó de tu calendario.</p>
        <h2 style="font-weight:400">Entrevista técnica – Puerto Digital / Ignacio Fuentes</h2>
        <p>jueves 22 oct 2026 15:00 – 16:00 (hora de Chile - Santiago)</p>
        <p><b>Organizador</b><br>Matías Lagos<br>matias.lagos@puertodigital.cl</p>
        <p><b>Invitados</b><br>Matías Lagos - organizador<br>ignacio.fuentes@example.org</p>
        <p style="font-size:12px;color:#70757a">Invitación de Google Calendar. Recibes este correo
        electrónico porque eres un invitado al evento.</p>
        </div>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{TZ_SCL}
BEGIN:VEVENT
DTSTART;TZID=America/Santiago:20261022T150000
DTEND;TZID=America/Santiago:20261022T160000
DTSTAMP:20261019T143102Z
ORGANIZER;CN=Matías Lagos:mailto:matias.lagos@puertodigital.cl
UID:1r8hc0q5t2mlv7j6b3k9e4dn0s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=ignacio.fuentes@example.org;X-NUM-GUESTS=0:mailto:{ME}
CREATED:20261012T200455Z
LAST-MODIFIED:20261019T143101Z
LOCATION:
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Entrevista técnica – Puerto Digital / Ignacio Fuentes
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    return message(
        hdr(addr("Matías Lagos", "matias.lagos@puertodigital.cl"),
            "Evento cancelado: Entrevista técnica – Puerto Digital / Ignacio Fuentes @ jue 22 oct 2026 15:00 - "
            "16:00 (CLST) (ignacio.fuentes@example.org)",
            "2026-10-19 11:31", SCL, "<calendar-6b1f3c2a-9e0d-4a7b-b5c8-2f1e0d9c8b7a@google.com>",
            mx="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
            extra=[("Sender", "Google Calendar <calendar-notification@google.com>")]),
        mixed(alt(text(body), html(htm), calendar(ics, method="CANCEL", cte="8bit")),
              calendar(ics, method="CANCEL", cte="base64", ctype="application/ics", filename="invite.ics",
                       disposition="attachment", name_param=True)))


@mail(n(22), family="human_prose", lang="en", interview=True, kind="cancelled",
      start=utc("2026-11-17 16:00", TOR), end=utc("2026-11-17 17:00", TOR),
      local="Tue 2026-11-17 16:00", local_end="2026-11-17 17:00", zone=TOR,
      contact="owen.tremblay@northlakemaritime.ca", company="Northlake Maritime",
      note="Northlake thread, final round cancelled: 'tomorrow's 4:00 PM ET panel' resolved against the Date "
           "(Mon 16 Nov, EST) = Tue 17 Nov 4:00 PM EST (UTC-5) = 21:00Z; the quoted confirmation gives "
           "4:00-5:00 PM ET -> end 22:00Z. Role on hold, no new time: cancelled. Contact = sender.")
def northlake_cancel():
    body = t("""
        Hi Ignacio,

        I'm really sorry to do this, but we need to cancel tomorrow's 4:00 PM ET panel. Late on Friday
        leadership put the berth-planning role on hold while they finalize next year's budget, and I
        didn't want you to block the evening for nothing.

        This isn't a reflection on you at all - the team was genuinely impressed in the first two
        rounds. If the req reopens in Q1 you'll be the first person I call.

        Owen

        Owen Tremblay | Talent Acquisition
        Northlake Maritime | Toronto, ON

        On Tue, Nov 10, 2026 at 2:12 PM Owen Tremblay <owen.tremblay@northlakemaritime.ca> wrote:
        > Hi Ignacio - confirming the final panel for Tuesday, November 17, 4:00-5:00 PM ET
        > (6:00-7:00 PM for you). Teams link to follow.
        """)
    return message(
        hdr("Owen Tremblay <owen.tremblay@northlakemaritime.ca>",
            "Re: Final panel - Northlake Maritime", "2026-11-16 10:05", TOR,
            "<CAOw3nT7r3mbL4y+N8qA1vZx6pHc0dKg@mail.gmail.com>",
            mx="from mail-qk1-f170.google.com (mail-qk1-f170.google.com [209.85.222.170])",
            extra=[("In-Reply-To", "<CAOw3nT7r3mbL4y+K2mQ9sUe5jRb1aFd@mail.gmail.com>")]),
        alt(text(body), html(gmail_html(body))))


@mail(n(23), family="teamtailor", lang="es", interview=True, kind="cancelled",
      start=utc("2026-11-30 10:00", LIM), end=None,
      local="Mon 2026-11-30 10:00", zone=LIM,
      contact=None, company="Rímac Logistics",
      note="Teamtailor cancellation from a Lima employer: 'tu entrevista del lunes 30/11 a las 10:00 (hora de "
           "Perú)' UTC-5 = 15:00Z is cancelled; new dates only promised. Sender and Reply-To are Teamtailor "
           "addresses, the recruiter signs without an address: contact null.")
def rimac_teamtailor_cancel():
    body = t("""
        Hola Ignacio,

        Lamentamos informarte que debemos cancelar tu entrevista del lunes 30/11 a las 10:00
        (hora de Perú) para el puesto de Desarrollador Full Stack – Tracking de Flota.

        El equipo de tecnología tiene un cierre de proyecto esa semana. En los próximos días te
        propondremos nuevas fechas para reagendar.

        Disculpa las molestias.

        Un saludo,
        Gianella Torres
        Talent Acquisition | Rímac Logistics

        Este mensaje fue enviado con Teamtailor.
        """)
    htm = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;color:#1a1a1a">
        <div style="max-width:560px;margin:0 auto">
        <p>Hola Ignacio,</p>
        <p>Lamentamos informarte que debemos cancelar tu entrevista del <b>lunes 30/11 a las 10:00 (hora de Perú)</b>
        para el puesto de Desarrollador Full Stack – Tracking de Flota.</p>
        <p>El equipo de tecnología tiene un cierre de proyecto esa semana. En los próximos días te
        propondremos nuevas fechas para reagendar.</p>
        <p>Disculpa las molestias.</p>
        <p>Un saludo,<br>Gianella Torres<br>Talent Acquisition | Rímac Logistics</p>
        <p style="font-size:12px;color:#888">Este mensaje fue enviado con Teamtailor.</p>
        </div></body></html>
        """)
    return message(
        hdr(addr("Rímac Logistics", "no-reply@teamtailor-mail.com"),
            "Cancelación de entrevista – Desarrollador Full Stack",
            "2026-11-24 17:20", LIM, "<tt.6f0e1d2c3b4a59687f.candidate-message@teamtailor-mail.com>",
            mx="from mail-out3.teamtailor-mail.com (mail-out3.teamtailor-mail.com [198.21.5.83])",
            extra=[("Reply-To", addr("Rímac Logistics", "reply+m5k2q8x1@inbound.teamtailor-mail.com"))]),
        alt(text(body, cte="base64"), html(htm, cte="base64")))


# =============================================================================================
# Negatives (keys 24-50)
# =============================================================================================


@mail(n(24), family="rejection", lang="es", interview=False, company="Brisa Cloud",
      note="Personio rejection after an interview that already happened ('la entrevista del martes'); no "
           "upcoming time.")
def brisa_personio_rejection():
    body = t("""
        Hola Ignacio:

        Muchas gracias por tu tiempo en la entrevista del martes y por el interés en Brisa Cloud.

        Después de revisar con calma todas las candidaturas, hemos decidido avanzar con otra persona
        cuyo perfil se ajusta un poco más a lo que necesitamos en este momento para el equipo de
        Plataforma. Fue una decisión difícil.

        Guardaremos tus datos en nuestra base de talento (con tu consentimiento, según nuestra
        política de privacidad) y nos encantaría volver a conversar si se abre una posición que
        calce con tu experiencia en sistemas portuarios.

        ¡Te deseamos mucho éxito!

        Equipo de Personas
        Brisa Cloud SpA
        """)
    htm = "<html><body>" + "".join(
        f"<p>{p}</p>" for p in body.strip().replace("\n\n", "\x00").replace("\n", "<br>").split("\x00")
    ) + "</body></html>\n"
    return message(
        hdr("Brisa Cloud <noreply@mail.personio.de>", "Tu postulación en Brisa Cloud",
            "2026-10-09 13:02", SCL, "<20261009160211.8d2e4f1a7c9b@mail.personio.de>",
            mx="from mail-out1.personio.de (mail-out1.personio.de [3.127.88.41])",
            extra=[("Reply-To", "jobs@brisacloud.cl")]),
        alt(text(body), html(htm)))


@mail(n(25), family="offer", lang="en", interview=False, company="Tidewater Labs",
      note="Offer from Tidewater Labs (same company as the Ashby interview). It fixes a call with the recruiter "
           "'tomorrow at 11:00 AM PT' and a start date, but neither is an interview.",
      days=(("Fri", "2026-12-11"), ("Mon", "2027-01-11")))
def tidewater_offer():
    body = t("""
        Hi Ignacio,

        I'm thrilled to let you know that the team would love for you to join Tidewater Labs as a Senior
        Backend Engineer! Everyone you met was impressed, and Rafael in particular can't wait to get you
        working on the berth-window planner.

        Your offer letter is attached and also available in your candidate portal. The headline numbers:

          - Base salary: USD 96,000 / year (contractor agreement via our EOR partner in Chile)
          - Equity: 6,000 options, 4-year vesting, 1-year cliff
          - Proposed start date: Monday, January 11, 2027

        I've put 30 minutes in our calendars for tomorrow (Friday, Dec 11) at 11:00 AM PT to walk you
        through the details and answer any questions - feel free to bring a list! The offer is valid until
        December 18.

        Congratulations!
        Dana

        Dana Whitfield
        Senior Recruiter, Tidewater Labs
        """)
    pdf_stub = text("(offer letter PDF omitted in this fixture)\n", charset="us-ascii", cte="7bit",
                    extra=(("Content-Disposition", 'attachment; filename="Tidewater_Offer_IFuentes.txt"'),))
    return message(
        hdr("Dana Whitfield <dana.whitfield@tidewaterlabs.io>",
            "Offer - Senior Backend Engineer at Tidewater Labs", "2026-12-10 16:48", LAX,
            "<CAPw8vT0d4n4Wh1tf1eLd+Q9oR2sKm@mail.gmail.com>",
            mx="from mail-pl1-f176.google.com (mail-pl1-f176.google.com [209.85.214.176])"),
        mixed(alt(text(body), html(gmail_html(body))), pdf_stub))


@mail(n(26), family="application_receipt", lang="es", interview=False, company="Naviera Cóndor",
      note="Taleo application receipt; mentions a possible future interview, nothing scheduled.")
def condor_taleo_receipt():
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
        <body style="font-family:Arial;font-size:12px">
        <p>Estimado(a) Ignacio Fuentes,</p>
        <p>Le agradecemos su interés en formar parte de Naviera Cóndor S.A. Hemos recibido correctamente
        su postulación al cargo <b>Ingeniero de Software – Sistemas de Planificación de Buques
        (Req. 26000417)</b>.</p>
        <p>Nuestro equipo de Selección revisará sus antecedentes. Si su perfil se ajusta a los requisitos
        del cargo, un(a) analista lo contactará para coordinar una entrevista. Debido al alto número de
        postulaciones, solo se contactará a quienes continúen en el proceso.</p>
        <p>Puede revisar el estado de su postulación en cualquier momento en nuestro
        <a href="https://condor.taleo.net/careersection/2/mysubmissions.ftl?lang=es">Portal de Empleo</a>.</p>
        <p>Atentamente,<br>Gerencia de Personas<br>Naviera Cóndor S.A. – Valparaíso</p>
        <p style="font-size:10px;color:#666">Este es un mensaje automático, por favor no lo responda.</p>
        </body></html>
        """).replace("–", "-")
    return message(
        hdr(addr("Naviera Cóndor", "no-reply@taleo.net", "iso-8859-15"),
            "Confirmación de postulación - Req. 26000417",
            "2026-09-08 22:14", SCL, "<1135667981.44718.1788916440112.JavaMail.taleo@taleo.net>",
            mx="from mail-out.taleo.net (mail-out.taleo.net [148.87.19.10])", charset="iso-8859-15"),
        html(htm, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(27), family="job_alert", lang="es", interview=False, company=None,
      note="JOIN job alert listing roles; 'entrevista' appears only in job ad snippets.")
def join_job_alert():
    body = t("""
        Hola Ignacio,

        Tenemos 4 nuevos empleos que coinciden con tu búsqueda "Backend Developer – Valparaíso / Remoto".

        1) Senior Backend Engineer (Go) – Faro Datos SpA – Valparaíso (híbrido)
           Proceso rápido: entrevista técnica y entrevista cultural en una semana.
        2) Ingeniero/a de Integraciones EDI – Naviera Cóndor S.A. – Valparaíso
        3) Backend Developer (Python) – Lumen Aduanas – Remoto (Chile)
        4) Software Engineer, Logistics – Elbkai Systems GmbH – Remoto (LATAM)

        Ver todos los empleos: https://join.com/alerts/ifuentes-8841?utm_source=alert

        ¿Ya no te interesan estas alertas? Desactívalas aquí: https://join.com/alerts/unsubscribe/8841

        JOIN Solutions AG · Hardturmstrasse 161 · 8005 Zürich
        """)
    return message(
        hdr("JOIN <noreply@join.com>", "4 nuevos empleos para: Backend Developer – Valparaíso / Remoto",
            "2026-10-05 07:30", SCL, "<20261005103000.alert.8841@join.com>",
            mx="from mail.join.com (mail.join.com [3.64.12.77])",
            extra=[("List-Unsubscribe", "<https://join.com/alerts/unsubscribe/8841>"),
                   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                   ("Precedence", "bulk")]),
        alt(text(body), html(gmail_html(body))))


@mail(n(28), family="newsletter_tips", lang="es", interview=False, company=None,
      note="Community newsletter about preparing technical interviews; its live session (jueves 8 de octubre, "
           "19:00) is a webinar, not an interview.",
      days=(("Thu", "2026-10-08"),))
def devpuerto_newsletter():
    htm = t("""
        <html><body style="font-family:Georgia,serif;font-size:16px;max-width:640px">
        <h1>Dev Puerto · Boletín #87</h1>
        <h2>Cómo preparar la entrevista técnica (y no morir en el intento)</h2>
        <p>Esta semana conversamos con tres líderes técnicos de Valparaíso y Santiago sobre lo que buscan
        en una entrevista de system design. Spoiler: no es que te sepas de memoria cómo funciona Kafka.</p>
        <ul>
        <li>Pregunta por el contexto antes de dibujar cajitas.</li>
        <li>Habla en voz alta: el silencio de 5 minutos es lo peor que puede pasar.</li>
        <li>Cierra con los trade-offs, aunque no te los pregunten.</li>
        </ul>
        <h3>En vivo: simulación de entrevista</h3>
        <p>El <b>jueves 8 de octubre a las 19:00 hrs</b> hacemos una entrevista simulada en vivo por
        YouTube con Camila Riquelme (Staff Engineer). Inscríbete para dejar tus preguntas.</p>
        <p><a href="https://devpuerto.cl/envivo">Quiero inscribirme</a></p>
        <hr><p style="font-size:12px">Recibes este boletín porque te suscribiste en devpuerto.cl.
        <a href="https://devpuerto.cl/baja?u=ifuentes">Darse de baja</a></p>
        </body></html>
        """)
    return message(
        hdr('"Dev Puerto" <boletin@devpuerto.cl>',
            "Boletín #87: cómo preparar la entrevista técnica", "2026-10-02 08:00", SCL,
            "<boletin-87.20261002110000@devpuerto.cl>",
            mx="from mail180-12.suw31.mandrillapp.com (mail180-12.suw31.mandrillapp.com [198.2.180.12])",
            extra=[("List-Id", "Dev Puerto <boletin.devpuerto.cl>"),
                   ("List-Unsubscribe", "<https://devpuerto.cl/baja?u=ifuentes>"),
                   ("Precedence", "bulk")]),
        html(htm, cte="base64"))


@mail(n(29), family="self_schedule_link", lang="en", interview=False, company="Elbkai Systems",
      note="softgarden self-scheduling invitation: offers slots to pick from, none chosen yet, so no fixed "
           "interview time.",
      days=(("Tue", "2026-10-13"), ("Wed", "2026-10-14"), ("Thu", "2026-10-15")))
def elbkai_softgarden_slots():
    body = t("""
        Dear Ignacio Fuentes,

        Thank you for your application as Software Engineer, Logistics (Remote, LATAM) at Elbkai Systems
        GmbH. We would like to get to know you in a first video interview!

        Please choose a time that suits you from the available slots:

          Tue 13 Oct 2026, 15:00 - 15:45 (CEST)
          Wed 14 Oct 2026, 16:00 - 16:45 (CEST)
          Thu 15 Oct 2026, 14:30 - 15:15 (CEST)

        Select your slot here: https://elbkai.softgarden.io/scheduling/select/7c1f2a9e

        The times are shown in Central European Summer Time; the booking page will also show them in
        your own time zone.

        Kind regards
        Jana Petersen
        Talent Acquisition | Elbkai Systems GmbH | Hamburg

        This message was sent via softgarden.
        """)
    return message(
        hdr("Elbkai Systems GmbH <noreply@softgarden.io>",
            "Please choose your interview slot - Software Engineer, Logistics",
            "2026-10-07 09:12", "Europe/Berlin", "<sg.2026100707120033.41f8@softgarden.io>",
            mx="from mx-out-02.softgarden.io (mx-out-02.softgarden.io [185.59.100.22])",
            extra=[("Reply-To", "Elbkai Systems GmbH <noreply@softgarden.io>")]),
        alt(text(body, charset="iso-8859-1", cte="quoted-printable"), html(gmail_html(body))))


@mail(n(30), family="recruiter_outreach", lang="es", interview=False, company="Kallpa Talent",
      note="Headhunter outreach from Lima asking for 20 minutes 'esta semana'; no time fixed.")
def kallpa_outreach():
    body = t("""
        Hola Ignacio, ¿qué tal?

        Soy Renzo Valdivia, de Kallpa Talent (Lima). Estamos apoyando a un operador portuario del Callao
        en la búsqueda de un Engineering Manager para su plataforma de gestión de patio, y tu
        experiencia en Valparaíso calza muy bien con lo que buscan. El rol es híbrido en Lima, con
        paquete de reubicación.

        ¿Tendrías unos 20 minutos esta semana o la próxima para una llamada rápida? Me adapto a tu
        horario (sé que estamos con dos horas de diferencia).

        Un abrazo,
        Renzo Valdivia
        Senior Consultant – Tech & Digital
        Kallpa Talent | +51 987 441 203
        """)
    return message(
        hdr("Renzo Valdivia <rvaldivia@kallpatalent.pe>", "Oportunidad Engineering Manager – operador portuario (Lima)",
            "2026-10-20 12:40", LIM, "<CAN6rZv0w8aL1d1v+Kx3m9TqPb2fJh@mail.gmail.com>",
            mx="from mail-ua1-f46.google.com (mail-ua1-f46.google.com [209.85.222.46])"),
        text(body, cte="8bit"))


@mail(n(31), family="proposed_time", lang="es", interview=False, company="Cerro Logística",
      note="Recruiter proposes 'el martes 22 a las 10:00 hrs' as a question ('¿Le acomoda...?'); not confirmed "
           "(the later reply in this thread confirms a different time).",
      days=(("Tue", "2026-09-22"),))
def cerro_logistica_proposal():
    body = t("""
        Estimado Ignacio:

        Revisamos su postulación al cargo de Analista de Sistemas Portuarios y nos gustaría
        conocerlo. ¿Le acomoda el martes 22 a las 10:00 hrs, presencial en nuestras oficinas de
        Viña del Mar? Si no le queda bien, indíqueme un par de alternativas esa semana.

        Atte.,

        Sebastián Araya M.
        Jefe de Selección
        Cerro Logística S.A.
        +56 32 268 4410
        """)
    return message(
        hdr(addr("Sebastián Araya", "sebastian.araya@cerrologistica.cl", "iso-8859-1"),
            "Entrevista Analista de Sistemas Portuarios - Cerro Logística",
            "2026-09-16 09:48", SCL, "<000401dd25e1$1f0a2c40$5d1e84c0$@cerrologistica.cl>",
            mx="from mail.cerrologistica.cl (mail.cerrologistica.cl [200.63.97.14])",
            charset="iso-8859-1",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
        text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(32), family="non_interview_calendar", lang="es", interview=False, company=None,
      note="Medical appointment confirmation with a fixed time and ICS; not an interview.",
      days=(("Tue", "2026-10-13"),))
def clinica_hora_medica():
    body = t("""
        Estimado(a) IGNACIO FUENTES:

        Su hora ha sido confirmada.

        Profesional: Dr. Hernán Valdebenito R.
        Especialidad: Traumatología
        Fecha: martes 13/10/2026
        Hora: 16:40 hrs
        Lugar: Clínica Costa Brava, Av. Libertad 1405, Viña del Mar, piso 4, box 12

        Recuerde llegar 15 minutos antes con su cédula de identidad y bono o seguro complementario.
        Para anular su hora responda NO al SMS recibido o llame al 600 320 4400.

        Clínica Costa Brava
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Clinica Costa Brava//Agenda Web//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:ccb-hora-99120477@clinicacostabrava.cl
DTSTAMP:20261006T190000Z
DTSTART:20261013T194000Z
DTEND:20261013T200000Z
SUMMARY:Hora médica - Traumatología - Dr. Valdebenito
LOCATION:Clínica Costa Brava\\, Av. Libertad 1405\\, Viña del Mar
END:VEVENT
END:VCALENDAR"""
    return message(
        hdr(addr("Clínica Costa Brava", "agenda@clinicacostabrava.cl"), "Confirmación de hora médica",
            "2026-10-06 16:00", SCL, "<agenda.99120477.20261006@clinicacostabrava.cl>",
            mx="from smtp.clinicacostabrava.cl (smtp.clinicacostabrava.cl [200.12.176.30])"),
        mixed(text(body, charset="iso-8859-1", cte="8bit"),
              calendar(ics, method="PUBLISH", cte="quoted-printable", filename="hora.ics",
                       disposition="attachment")))


@mail(n(33), family="non_interview_appointment", lang="es", interview=False, company=None,
      note="Flat viewing confirmed for 'sábado 10/10 a las 12:00'; a fixed time, not an interview.",
      days=(("Sat", "2026-10-10"),))
def visita_depto():
    body = t("""
        Hola Ignacio!

        Te confirmo la visita al depto de Templeman 345 (Cerro Alegre) el sábado 10/10 a las 12:00.
        Me vas a encontrar en la puerta verde, al lado del café. El arriendo es $520.000 + GC aprox.
        $60.000; si te gusta, ese mismo día te mando el formulario para la evaluación.

        Cualquier cosa me escribes al WhatsApp.

        Carla Muñoz
        Propiedades Cerro Alegre
        +56 9 8834 1290
        """)
    return message(
        hdr(addr("Carla Muñoz", "carla@propiedadescerroalegre.cl"), "Visita depto Templeman 345",
            "2026-10-07 19:22", SCL, "<CAE1b9wQ8rT3k2L0+pZx7VnYdM4sGh@mail.gmail.com>",
            mx="from mail-oa1-f52.google.com (mail-oa1-f52.google.com [209.85.160.52])"),
        alt(text(body), html(gmail_html(body))))


@mail(n(34), family="non_interview_appointment", lang="es", interview=False, company=None,
      note="Car-service booking (mantención 30.000 km) on 'lunes 19/10 a las 08:30'; not an interview.",
      days=(("Mon", "2026-10-19"),))
def mantencion_auto():
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <table width="600" align="center" style="border:1px solid #ddd">
        <tr><td style="background:#003a70;color:#fff;padding:12px;font-size:18px">Automotora Pacífico · Servicio Técnico</td></tr>
        <tr><td style="padding:16px">
        <p>Estimado Ignacio Fuentes,</p>
        <p>Su cita en nuestro taller ha sido <b>agendada</b>.</p>
        <p>Vehículo: Suzuki Swift 2021 · Patente LK·TR·42<br>
        Servicio: Mantención 30.000 km<br>
        Fecha: lunes 19/10/2026<br>
        Hora de recepción: 08:30<br>
        Sucursal: Av. España 2510, Valparaíso</p>
        <p>Le recordamos que la entrega del vehículo es aproximadamente a las 17:00 del mismo día.
        Si no puede asistir, reagende en <a href="https://agenda.automotorapacifico.cl">agenda.automotorapacifico.cl</a>.</p>
        </td></tr></table>
        </body></html>
        """)
    return message(
        hdr(addr("Automotora Pacífico", "no-responder@automotorapacifico.cl"),
            "Cita agendada – Mantención 30.000 km", "2026-10-14 11:05", SCL,
            "<20261014140500.31877@agenda.automotorapacifico.cl>",
            mx="from smtp.automotorapacifico.cl (smtp.automotorapacifico.cl [201.238.211.17])"),
        html(htm, cte="base64"))


@mail(n(35), family="non_interview_appointment", lang="es", interview=False, company=None,
      note="School 'citación a entrevista de apoderado' (parent-teacher meeting) on 'jueves 29/10 a las 17:30'; "
           "called an 'entrevista' but not a job interview.",
      days=(("Thu", "2026-10-29"),))
def entrevista_apoderado():
    body = t("""
        Estimado apoderado Sr. Ignacio Fuentes:

        Junto con saludar, le informo que ha sido citado a entrevista de apoderado con la profesora
        jefe de 3° básico B, para conversar sobre el avance de Martina en el segundo semestre.

        Día: jueves 29/10
        Hora: 17:30 hrs
        Lugar: Sala de entrevistas, primer piso (entrada por calle Colón)

        Se ruega puntualidad, ya que hay entrevistas agendadas cada 20 minutos. Si no puede asistir,
        favor avisar por la agenda o a este correo.

        Atentamente,
        Macarena Leiva Tapia
        Profesora Jefe 3° Básico B
        Colegio San Alberto de Valparaíso
        """)
    return message(
        hdr(addr("Macarena Leiva Tapia", "mleiva@colegiosanalberto.cl"),
            "Citación entrevista apoderado 3° básico B", "2026-10-22 14:10", SCL,
            "<DM4PR05MB9116D2C3B4A5968778E9F0A1B2C3D@DM4PR05MB9116.namprd05.prod.outlook.com>",
            mx="from NAM04-DM4-obe.outbound.protection.outlook.com (mail-dm4nam04on2071.outbound.protection.outlook.com [40.107.96.71])"),
        text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(36), family="interviewer_invite", lang="es", interview=False, company=None,
      note="Outlook meeting request at Ignacio's CURRENT employer asking him to interview a candidate (he is "
           "the interviewer): fixed time (mié 28/10 15:00) and ICS, but not his job interview.",
      days=(("Wed", "2026-10-28"),))
def panel_interno_entrevistador():
    body = t("""
        Hola equipo:

        Les dejo agendado el panel técnico con la candidata Fernanda Quiroz para el cargo de Backend
        Sr. (vacante de reemplazo de Felipe). Ignacio, tú llevas la parte de diseño de sistemas;
        Paz hace la de código. Les mando el CV y la pauta de evaluación por Teams.

        Gracias!
        Constanza

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_N2QxY2Uw%40thread.v2/0>
        ________________________________________________________________________________
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_SCL_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Constanza Vidal:mailto:cvidal@puertoandino.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ignacio Fuentes:mailto:ifuentes@puertoandino.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Paz Orellana:mailto:porellana@puertoandino.cl
UID:040000008200E00074C5B7101A82E008000000004F0D2A7E1C66DD01000000000000000010000000C7D
SUMMARY;LANGUAGE=es-CL:Panel técnico candidata Fernanda Quiroz - Backend Sr.
DTSTART;TZID=Pacific SA Standard Time:20261028T150000
DTEND;TZID=Pacific SA Standard Time:20261028T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261026T124500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CL:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    return message(
        [("Delivered-To", ME),
         ("Received", received("from SCYP152MB6011.LAMP152.PROD.OUTLOOK.COM (2603:10d6:300:4f::9)", "2026-10-26 09:45",
                               SCL, "mx.example.org with ESMTPS id Kq1Zr0Pn", ME)),
         ("From", "Constanza Vidal <cvidal@puertoandino.cl>"),
         ("To", "Ignacio Fuentes <ifuentes@puertoandino.cl>, Paz Orellana <porellana@puertoandino.cl>"),
         ("Subject", enc("Panel técnico candidata Fernanda Quiroz - Backend Sr.")),
         ("Date", date("2026-10-26 09:45", SCL)),
         ("Message-ID", "<SCYP152MB6011B1A2C3D4E5F60718293A4B5C6D@SCYP152MB6011.LAMP152.PROD.OUTLOOK.COM>"),
         ("X-Forwarded-To", ME),
         ("Thread-Topic", enc("Panel técnico candidata Fernanda Quiroz - Backend Sr."))],
        alt(text(body), calendar(ics, cte="base64")))


@mail(n(37), family="non_interview_calendar", lang="es", interview=False, company=None,
      note="Google Calendar invite to the team's year-end lunch at the current job (vie 11 dic 13:00); fixed "
           "time, not an interview.",
      days=(("Fri", "2026-12-11"),))
def asado_fin_de_ano():
    body = t("""
        Ignacio Fuentes, tienes una invitación a este evento.

        Asado fin de año equipo TI 🍖
        viernes 11 dic 2026 13:00 – 17:00 (hora de Chile - Santiago)
        Quincho Parque Alegre, Av. Alemania 6540, Valparaíso

        Traigan su bebida. Los vegetarianos avisen a Paz.

        Organizador
        Rodrigo Alarcón

        ¿Asistirás? Sí - Quizás - No
        Invitación de Google Calendar
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_SCL}
BEGIN:VEVENT
DTSTART;TZID=America/Santiago:20261211T130000
DTEND;TZID=America/Santiago:20261211T170000
DTSTAMP:20261127T170344Z
ORGANIZER;CN=Rodrigo Alarcón:mailto:ralarcon@puertoandino.cl
UID:3vgo0c9s2bq1t8m7k5h4p6e2ln@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ignacio Fuentes:mailto:{ME}
SUMMARY:Asado fin de año equipo TI 🍖
LOCATION:Quincho Parque Alegre\\, Av. Alemania 6540\\, Valparaíso
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    return message(
        hdr(addr("Rodrigo Alarcón", "ralarcon@puertoandino.cl"),
            "Invitación: Asado fin de año equipo TI 🍖 @ vie 11 dic 2026 13:00 - 17:00 (CLST) "
            "(ignacio.fuentes@example.org)",
            "2026-11-27 14:03", SCL, "<calendar-0a7d5e3f-2c1b-4d8e-9f60-1b2c3d4e5f6a@google.com>",
            mx="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
            extra=[("Sender", "Google Calendar <calendar-notification@google.com>")]),
        mixed(alt(text(body), calendar(ics, cte="8bit")),
              calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                       disposition="attachment", name_param=True)))


@mail(n(38), family="webinar", lang="en", interview=False, company=None,
      note="Zoom webinar registration 'Acing the System Design Interview', Tue Oct 20 12:00 PM ET, with ICS: "
           "a fixed time, but a webinar.",
      days=(("Tue", "2026-10-20"),))
def codeharbor_webinar():
    body = t("""
        Hi Ignacio,

        Thank you for registering for "Acing the System Design Interview: Live Walkthrough".

        Date & Time: Oct 20, 2026 12:00 PM Eastern Time (US and Canada)

        Join from a PC, Mac, iPad, or Android:
        https://codeharbor.zoom.us/w/88123004551?tk=Ue3kP1x

        Passcode: 771204

        Add to calendar: the .ics file is attached.

        You can cancel your registration at any time.

        CodeHarbor Academy
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:PUBLISH
{VTZ["America/New_York"]}
BEGIN:VEVENT
DTSTAMP:20261014T171200Z
DTSTART;TZID=America/New_York:20261020T120000
DTEND;TZID=America/New_York:20261020T130000
SUMMARY:Acing the System Design Interview: Live Walkthrough
UID:20261014T171200Z-88123004551@fe80:0:0:0:1c2:3ff:fe4b:5a6e
TZID:America/New_York
DESCRIPTION:Join from a PC\\, Mac\\, iPad\\, or Android: https://codeharbor.zoom.us/w/88123004551
LOCATION:https://codeharbor.zoom.us/w/88123004551
END:VEVENT
END:VCALENDAR"""
    return message(
        hdr("CodeHarbor Academy <no-reply@zoom.us>",
            "Acing the System Design Interview: Live Walkthrough Confirmation",
            "2026-10-14 13:12", NYC, "<hBd3jzY2QkaV7Uc9x0cT4w@geopod-ismtpd-3>",
            mx="from o1.ptr3931.zoom.us (o1.ptr3931.zoom.us [149.72.175.130])",
            extra=[("Reply-To", "events@codeharbor.academy")]),
        mixed(alt(text(body), html(gmail_html(body))),
              calendar(ics, method="PUBLISH", filename="webinar.ics", disposition="attachment")))


@mail(n(39), family="mock_interview", lang="es", interview=False, company=None,
      note="Calendly booking of a paid mock-interview session with a career coach (mié 4 nov 18:00 Chile); a "
           "confirmed time that looks like an interview booking, but it is coaching.",
      days=(("Wed", "2026-11-04"),))
def coach_calendly_mock():
    body = t("""
        Hola Ignacio Fuentes,

        Se ha programado un nuevo evento.

        Tipo de evento:
        Simulación de entrevista técnica + feedback (60 min)

        Invitado:
        Ignacio Fuentes

        Fecha/hora del evento:
        06:00pm - 07:00pm (Hora de Chile), miércoles, 4 de noviembre de 2026

        Ubicación:
        Zoom – el enlace se enviará 1 hora antes.

        Preguntas:
        ¿Para qué entrevista te estás preparando?
        Panel técnico con una empresa de Seattle (system design).

        Paula Guzmán · Coaching de carrera para tech
        Pago recibido: CLP 45.000

        Con tecnología de Calendly.com
        """)
    return message(
        hdr("Calendly <notifications@calendly.com>",
            "Nuevo evento: Ignacio Fuentes - 06:00pm mié, 4 nov 2026 - Simulación de entrevista técnica + feedback",
            "2026-10-30 20:41", SCL, "<20261030234100.1.A4E9C0B7D31F2E58@calendly.com>",
            mx="from o1.email.calendly.com (o1.email.calendly.com [167.89.86.95])",
            extra=[("Reply-To", addr("Paula Guzmán", "paula@guzmancoaching.cl"))]),
        text(body))


@mail(n(40), family="auto_reply", lang="es", interview=False, company=None,
      note="Out-of-office auto-reply from a recruiter; dates mentioned are her absence, nothing scheduled.",
      days=(("Mon", "2026-10-12"),))
def auto_reply_ooo():
    body = t("""
        Gracias por su correo. Me encuentro fuera de la oficina con acceso limitado al correo hasta el
        lunes 12 de octubre. Para temas de procesos de selección en curso, por favor escriba a
        seleccion@finanzasandinas.cl.

        Saludos,
        Carolina Mella
        Selección TI – Finanzas Andinas
        """)
    return message(
        hdr("Carolina Mella <cmella@finanzasandinas.cl>",
            "Respuesta automática: Consulta entrevista con jefatura",
            "2026-10-05 18:02", SCL, "<CP4PR80MB5504A7E1F2C3B4D5E6F7081920A1B@CP4PR80MB5504.lamprd80.prod.outlook.com>",
            mx="from BRA01-CP4-obe.outbound.protection.outlook.com (mail-cp4bra01on2108.outbound.protection.outlook.com [40.107.200.108])",
            extra=[("Auto-Submitted", "auto-replied"),
                   ("X-Auto-Response-Suppress", "All"),
                   ("In-Reply-To", "<CAF4r2bXt8wQ1=pp3Lm@mail.example.org>")]),
        text(body, cte="base64"))


@mail(n(41), family="bounce", lang="en", interview=False, company=None,
      note="Delivery failure (DSN) of Ignacio's own reply confirming the Estiba Sur interview (sent to a "
           "mistyped domain); the confirmation text is his, inside the returned message. Not a confirmation "
           "received from an employer.",
      days=(("Thu", "2026-11-12"),))
def bounce_estiba():
    original = message(
        [("From", ME_TO), ("To", addr("Martín Ferreyra", "mferreyra@estibasur.com")),
         ("Subject", enc("RE: Entrevista técnica - Ignacio Fuentes (Backend Sr.)")),
         ("Date", date("2026-11-04 18:11", SCL)),
         ("Message-ID", "<CAF4r2bXz1Kq9=estiba7@mail.example.org>")],
        text(t("""
            Hola Martín, gracias! Confirmo la entrevista del jueves 12/11 de 10 a 11 (hora de
            Buenos Aires). Ahí estaré.

            Saludos,
            Ignacio
            """)))
    report = t("""
        Reporting-MTA: dns; smtp.example.org
        Arrival-Date: Wed, 4 Nov 2026 21:11:02 +0000

        Final-Recipient: rfc822; mferreyra@estibasur.com
        Action: failed
        Status: 5.1.2
        Diagnostic-Code: smtp; 550 5.1.2 Host unknown (Name server: estibasur.com: host not found)
        """)
    notice = t("""
        This is the mail system at host smtp.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <mferreyra@estibasur.com>: Host or domain name not found. Name service error
            for name=estibasur.com type=A: Host not found
        """)
    rep = Part([("Content-Type", "message/delivery-status")], report.replace("\n", "\r\n").encode("ascii"))
    return message(
        hdr("Mail Delivery System <MAILER-DAEMON@smtp.example.org>", "Undelivered Mail Returned to Sender",
            "2026-11-04 18:11", SCL, "<20261104211103.8F2C11A0042@smtp.example.org>",
            mx="from smtp.example.org (smtp.example.org [192.0.2.25])",
            extra=[("Auto-Submitted", "auto-replied")]),
        multipart("report", text(notice, charset="us-ascii", cte="7bit"), rep,
                  attached_message(original), params="report-type=delivery-status"))


@mail(n(42), family="mailing_list", lang="es", interview=False, company=None,
      note="Community mailing-list announcement of a meetup (jueves 19/11, 19:00); includes a talk on "
           "technical interviews. Fixed time, not an interview.",
      days=(("Thu", "2026-11-19"),))
def python_valpo_meetup():
    body = t("""
        Hola a todos!

        Confirmado el meetup de noviembre:

          Jueves 19/11, 19:00 hrs
          Casa Cultural Cerro Concepción, Papudo 528, Valparaíso

        Charlas:
          - "Colas de mensajes para el gate del puerto" - Ignacio F. (¡gracias por ofrecerte!)
          - "Lo que aprendí haciendo 40 entrevistas técnicas como entrevistador" - Paz O.

        Habrá pizza gracias a Faro Datos. Inscripción (cupos limitados):
        https://www.meetup.com/python-valparaiso/events/3044218/

        Nos vemos!
        Tomás

        --
        Has recibido este mensaje porque estás suscrito al grupo "python-valpo" de Grupos de Google.
        Para anular la suscripción a este grupo y dejar de recibir sus mensajes, envía un correo
        electrónico a python-valpo+unsubscribe@googlegroups.com.
        """)
    return message(
        hdr(addr("Tomás Henríquez", "tomas.henriquez@example.net"), "[python-valpo] Meetup noviembre: jueves 19/11",
            "2026-11-09 21:15", SCL, "<CAMx7qP2r0eLs9Jv+t4NbQ1wZk8hYd@mail.gmail.com>",
            mx="from mail-yb1-f191.google.com (mail-yb1-f191.google.com [209.85.219.191])",
            to="python-valpo@googlegroups.com",
            extra=[("Sender", "python-valpo@googlegroups.com"),
                   ("List-Id", "<python-valpo.googlegroups.com>"),
                   ("List-Post", "<https://groups.google.com/group/python-valpo/post>, <mailto:python-valpo@googlegroups.com>"),
                   ("List-Unsubscribe", "<mailto:python-valpo+unsubscribe@googlegroups.com>"),
                   ("Mailing-list", "list python-valpo@googlegroups.com; contact python-valpo+owners@googlegroups.com"),
                   ("Precedence", "list")]),
        text(body, cte="quoted-printable"))


@mail(n(43), family="job_centre", lang="es", interview=False, company=None,
      note="Municipal job centre (OMIL) summons: 'entrevista de orientación laboral', martes 15/09 a las 10:30. "
           "A fixed appointment at the employment office, not a job interview with an employer.",
      days=(("Tue", "2026-09-15"),))
def omil_citacion():
    body = t("""
        Estimado(a) IGNACIO ANDRÉS FUENTES SALINAS
        RUN: **.***.***-*

        De acuerdo a su inscripción en la Bolsa Nacional de Empleo, le informamos que ha sido citado(a)
        a una ENTREVISTA DE ORIENTACIÓN LABORAL en la Oficina Municipal de Intermediación Laboral
        (OMIL) de Valparaíso.

        Fecha: martes 15/09/2026
        Hora: 10:30
        Dirección: Condell 1490, 2° piso, Valparaíso
        Orientador(a): Sra. Verónica Pizarro

        Debe presentar: cédula de identidad vigente y currículum actualizado.
        La inasistencia sin aviso podría afectar su postulación a beneficios asociados.

        OMIL Valparaíso – Ilustre Municipalidad de Valparaíso
        Este correo es generado automáticamente, no responder.
        """)
    return message(
        hdr(addr("OMIL Valparaíso", "no-responder@munivalpo.example.cl", "iso-8859-1"),
            "Citación entrevista de orientación laboral - OMIL Valparaíso",
            "2026-09-09 09:00", SCL, "<omil.cit.2026.0917733@munivalpo.example.cl>",
            mx="from correo.munivalpo.example.cl (correo.munivalpo.example.cl [190.98.210.4])",
            charset="iso-8859-1"),
        text(body.replace("–", "-"), charset="iso-8859-1", cte="quoted-printable"))


@mail(n(44), family="admission_interview", lang="es", interview=False, company=None,
      note="University admission interview for a master's programme (lunes 16/11, 18:30); a confirmed "
           "'entrevista' but not a job interview.",
      days=(("Mon", "2026-11-16"),))
def magister_admision():
    htm = t("""
        <html><body style="font-family:Calibri,Arial,sans-serif;font-size:15px">
        <p>Estimado Ignacio:</p>
        <p>Junto con saludar, le informamos que su postulación al <b>Magíster en Ingeniería Logística y
        Portuaria (cohorte 2027)</b> ha pasado a la etapa de entrevista de admisión con el Comité Académico.</p>
        <p><b>Fecha:</b> lunes 16 de noviembre de 2026<br>
        <b>Hora:</b> 18:30 hrs<br>
        <b>Lugar:</b> Edificio de Postgrado, sala P-204, Av. Brasil 2147, Valparaíso (o vía Zoom si lo solicita
        con 48 horas de anticipación)<br>
        <b>Duración:</b> 20 minutos</p>
        <p>Le agradeceremos confirmar su asistencia respondiendo este correo.</p>
        <p>Cordialmente,<br>Dra. Ximena Olguín<br>Coordinadora Académica<br>
        Magíster en Ingeniería Logística y Portuaria – Universidad Técnica del Pacífico</p>
        </body></html>
        """)
    return message(
        hdr(addr("Postgrado Logística UTP", "magister.logistica@utpacifico.example.cl"),
            "Entrevista de admisión – Magíster en Ingeniería Logística y Portuaria",
            "2026-11-06 12:30", SCL, "<a1f0c3e2b4d5.admision.2027@utpacifico.example.cl>",
            mx="from mail.utpacifico.example.cl (mail.utpacifico.example.cl [146.83.10.24])"),
        html(htm, cte="quoted-printable"))


@mail(n(45), family="sports_tryout", lang="es", interview=False, company=None,
      note="Rowing club try-out ('prueba de selección') confirmed for sábado 17/10 a las 09:00; not an interview.",
      days=(("Sat", "2026-10-17"),))
def remo_prueba():
    body = t("""
        Hola Ignacio!

        Quedaste inscrito para la prueba de selección del equipo master del club. Es este
        sábado 17/10 a las 09:00 en el galpón del muelle Barón. Trae ropa para mojarte, agua y
        ganas. Primero es ergómetro (2.000 m) y después salida en bote de 4 si el mar lo permite.

        Si te quedas, la cuota mensual es $25.000 y entrenamos martes y jueves 7:00.

        Remos arriba!
        Felipe "Pipe" Contreras
        Capitán equipo master – Club de Regatas Playa Ancha
        """)
    return message(
        hdr(addr("Felipe Contreras", "capitan@regatasplayaancha.example.cl"), "Prueba equipo master - sábado",
            "2026-10-13 22:48", SCL, "<b9c0d1e2-f3a4-4b5c-8d6e-7f8091a2b3c4@regatasplayaancha.example.cl>",
            mx="from smtp.regatasplayaancha.example.cl (smtp.regatasplayaancha.example.cl [45.7.228.19])"),
        text(body, cte="8bit"))


@mail(n(46), family="press_interview", lang="es", interview=False, company=None,
      note="A journalist confirms an interview WITH Ignacio for a news story (miércoles 25/11, 16:00, Zoom); "
           "press, not a job interview.",
      days=(("Wed", "2026-11-25"),))
def periodista_reportaje():
    body = t("""
        Hola Ignacio:

        Muchas gracias por aceptar. Te confirmo la entrevista para el reportaje sobre automatización
        en los terminales de Valparaíso y San Antonio: miércoles 25/11 a las 16:00, por Zoom (te
        mando el link el mismo día). Serán unos 30 minutos; me interesa sobre todo tu mirada como
        desarrollador sobre el sistema de citas de camiones.

        Si quieres revisar tus citas textuales antes de la publicación, no hay problema.

        Saludos,
        Antonia Bravo
        Periodista – Sección Economía
        El Faro del Puerto
        """)
    return message(
        hdr(addr("Antonia Bravo", "abravo@elfarodelpuerto.example.cl"),
            "Re: Entrevista reportaje automatización portuaria", "2026-11-19 10:14", SCL,
            "<CAK3vQw9Lm2nB7xT+r5sZ0dPa1Ye4Jh@mail.gmail.com>",
            mx="from mail-wr1-f47.google.com (mail-wr1-f47.google.com [209.85.221.47])"),
        alt(text(body), html(gmail_html(body))))


@mail(n(47), family="non_interview_calendar", lang="es", interview=False, company=None,
      note="Bank account-manager meeting (viernes 6/11, 12:30) with ICS; not an interview.",
      days=(("Fri", "2026-11-06"),))
def banco_ejecutivo():
    body = t("""
        Estimado Ignacio Fuentes:

        Le confirmamos su reunión con su ejecutivo de cuenta para revisar su solicitud de crédito
        hipotecario.

        Fecha: viernes 6/11/2026
        Hora: 12:30 hrs
        Sucursal: Prat 798, Valparaíso
        Ejecutivo: Gonzalo Tapia

        Recuerde traer sus últimas 6 liquidaciones de sueldo y certificado de AFP.

        Banco Litoral
        Este correo no requiere respuesta.
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Banco Litoral//Agenda Sucursales//ES
METHOD:REQUEST
{TZ_SCL}
BEGIN:VEVENT
UID:bl-agenda-20261106-0412@bancolitoral.example.cl
DTSTAMP:20261102T140000Z
DTSTART;TZID=America/Santiago:20261106T123000
DTEND;TZID=America/Santiago:20261106T131500
SUMMARY:Reunión con ejecutivo - Banco Litoral
LOCATION:Sucursal Prat 798\\, Valparaíso
ORGANIZER;CN=Banco Litoral:mailto:agenda@bancolitoral.example.cl
ATTENDEE;CN=Ignacio Fuentes:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message(
        hdr(addr("Banco Litoral", "agenda@bancolitoral.example.cl"), "Confirmación de reunión con su ejecutivo",
            "2026-11-02 11:00", SCL, "<agenda.0412.20261102140000@bancolitoral.example.cl>",
            mx="from mta2.bancolitoral.example.cl (mta2.bancolitoral.example.cl [200.14.68.52])"),
        mixed(html("<html><body><pre style=\"font-family:Arial\">" + body + "</pre></body></html>\n",
                   cte="base64"),
              calendar(ics, cte="base64", filename="reunion.ics", disposition="attachment")))


@mail(n(48), family="someone_elses_interview", lang="es", interview=False, company=None,
      note="A friend forwards HER OWN Lever interview confirmation (jueves 8 de octubre, 15:00) for "
           "information; a confirmed interview, but not Ignacio's.",
      days=(("Thu", "2026-10-08"),))
def amiga_reenvia_entrevista():
    body = t("""
        Nacho!! mira, me llamaron de Nodo Austral también 😅 Tú ya tuviste la técnica con ellos, no?
        ¿Qué te preguntaron? Me tinca que es harto de SQL. Te invito un café si me cuentas.

        Cami

        ---------- Forwarded message ---------
        De: Nodo Austral <no-reply@hire.lever.co>
        Date: vie, 2 oct 2026 a las 12:31
        Subject: Entrevista agendada – Nodo Austral
        To: <camila.reyes.d@example.net>

        Hola Camila,

        ¡Gracias por tu interés en Nodo Austral! Tu entrevista quedó agendada:

        Cargo: Analista de Datos – Plataforma de Trazabilidad
        Etapa: Entrevista técnica
        Fecha: jueves 8 de octubre
        Hora: 15:00 hrs (hora de Chile continental)
        Duración: 45 minutos

        Saludos,
        Valentina Rojas
        Talent Partner · Nodo Austral SpA
        """)
    return message(
        hdr("Camila Reyes <camila.reyes.d@example.net>", "Fwd: Entrevista agendada – Nodo Austral",
            "2026-10-02 13:05", SCL, "<CAHr0mP5s1wKd8Tz+q2vLb9xNc3uFe@mail.gmail.com>",
            mx="from mail-lf1-f48.google.com (mail-lf1-f48.google.com [209.85.167.48])"),
        alt(text(body), html(gmail_html(body))))


@mail(n(49), family="user_research", lang="en", interview=False, company=None,
      note="Paid user-research study session ('user interview') confirmed for Wed Nov 25, 1:00 PM PST; the "
           "participant is paid, it is not a job interview.",
      days=(("Wed", "2026-11-25"),))
def researchloop_session():
    body = t("""
        Hi Ignacio,

        You're confirmed! Here are the details for your upcoming user interview.

        Study: "How logistics engineers evaluate developer tooling"
        Researcher: Kim Novak, Fleetwise
        When: Wednesday, November 25, 2026 at 1:00 PM PST (6:00 PM America/Santiago)
        Length: 45 minutes
        Where: Google Meet - the researcher will share the link in the session chat
        Incentive: USD 75 Amazon gift card, sent within 3 business days after the session

        Please join from a quiet place with a stable connection. If you can't make it, cancel at
        least 24 hours ahead from your dashboard so another participant can take the slot.

        Happy researching,
        The ResearchLoop team
        """)
    return message(
        hdr("ResearchLoop <sessions@researchloop.example.com>",
            "Confirmed: your user interview on Wed, Nov 25 at 1:00 PM PST",
            "2026-11-18 09:30", LAX, "<rl-sess-7712094.confirm@researchloop.example.com>",
            mx="from o2.mail.researchloop.example.com (o2.mail.researchloop.example.com [149.72.120.33])",
            extra=[("List-Unsubscribe", "<https://researchloop.example.com/unsubscribe/u88213>")]),
        alt(text(body, cte="7bit", charset="us-ascii"), html(gmail_html(body))))


@mail(n(50), family="customer_reference", lang="en", interview=False, company=None,
      note="Ignacio's current employer asks him to join a customer-reference call with a prospect (Thu Dec 3, "
           "11:00 AM ET); a fixed time, not a job interview.",
      days=(("Thu", "2026-12-03"),))
def reference_call():
    body = t("""
        Hi Ignacio,

        Thanks again for agreeing to do this. The reference call with Halifax Harbour Authority is
        confirmed for Thursday, Dec 3 at 11:00 AM ET (1:00 PM in Valparaíso). It's 30 minutes; their
        CIO, Graham MacLeod, mostly wants to hear how the gate appointment module behaved during
        the peak season and what the integration effort looked like on our side.

        Please keep pricing out of it - I'll handle that. Invite is on your work calendar.

        Cheers,
        Lauren

        Lauren Fitzgerald
        Account Director, North America | Puerto Andino Logística
        """)
    return message(
        hdr("Lauren Fitzgerald <lfitzgerald@puertoandino.cl>", "Reference call w/ Halifax Harbour - confirmed",
            "2026-11-27 15:20", NYC, "<MN2PR04MB6991A0B1C2D3E4F5061728394A5B6@MN2PR04MB6991.namprd04.prod.outlook.com>",
            mx="from NAM04-MN2-obe.outbound.protection.outlook.com (mail-mn2nam04on2093.outbound.protection.outlook.com [40.107.92.93])"),
        alt(text(body), html(gmail_html(body))))
