"""blind138: 50 hand-written mails from the inbox of Paola Jiménez, a telecom network planner in
Santo Domingo (America/Santo_Domingo, AST = UTC-4 all year), September to mid-December 2026.

Written blind (without reading the detector, its tests or the other held-out sets). Build and check:

    python3 bench/heldout/make_blind.py blind138

File numbers are a fixed shuffle of the writing order (keys 1-23 positives, 24-50 negatives).
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
    multipart,
    raw_part,
    received,
    t,
    text,
)

ORDER = random.Random(1380138).sample(range(1, 51), 50)


def n(key: int) -> str:
    return f"blind138_{ORDER[key - 1]:03d}"


SD = "America/Santo_Domingo"
NY = "America/New_York"
PR = "America/Puerto_Rico"
ME = "paola.jimenez@example.org"
PAOLA = addr("Paola Jiménez", ME)
MX = "mx1.example.org (Postfix) with ESMTPS id"

SD_VTZ = """BEGIN:VTIMEZONE
TZID:America/Santo_Domingo
X-LIC-LOCATION:America/Santo_Domingo
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0400
TZNAME:AST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

PR_VTZ = """BEGIN:VTIMEZONE
TZID:America/Puerto_Rico
X-LIC-LOCATION:America/Puerto_Rico
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0400
TZNAME:AST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

SA_WESTERN_VTZ = """BEGIN:VTIMEZONE
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
END:VTIMEZONE"""


def rcv(host: str, when: str, zone: str, ident: str, lag: int = 3) -> tuple[str, str]:
    return ("Received", received(f"from {host} ({host})", when, zone, f"{MX} {ident}", ME, lag))


# =========================================================================== positives


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-10-13T14:00:00Z", end="2026-10-13T14:45:00Z",
      contact="malbright@corallinenet.com", company="Coralline Networks",
      local="Tue 2026-10-13 10:00", local_end="2026-10-13 10:45", zone=NY,
      note="Greenhouse confirmation from a Miami company: 10:00-10:45 AM EDT on 13 Oct (US still on "
           "daylight time) = 14:00-14:45Z (10:00 in Santo Domingo); contact = human Reply-To recruiter")
def greenhouse_coralline() -> bytes:
    body = t("""
        Hi Paola,

        Thanks for making time to speak with us! Your interview for Senior RF Network Planner at
        Coralline Networks has been scheduled. Please review the details below.

        Interview: Technical Screen (RF & Capacity Planning)
        Date: Tuesday, October 13, 2026
        Time: 10:00 AM - 10:45 AM EDT
        Location: Google Meet - https://meet.google.com/ksv-trqd-hoa
        Interviewer(s): Brandon Oyelaran (Manager, Radio Access Planning)

        If you need to make any changes, simply reply to this email and Megan Albright will get
        back to you.

        Best,
        Coralline Networks Recruiting Team

        Powered by Greenhouse
    """)
    htm = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Hi Paola,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Senior RF Network Planner</b>
        at Coralline Networks has been scheduled. Please review the details below.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview:</b></td><td>Technical Screen (RF &amp; Capacity Planning)</td></tr>
        <tr><td><b>Date:</b></td><td>Tuesday, October 13, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:00 AM - 10:45 AM EDT</td></tr>
        <tr><td><b>Location:</b></td><td><a href="https://meet.google.com/ksv-trqd-hoa">Google Meet</a></td></tr>
        <tr><td><b>Interviewer(s):</b></td><td>Brandon Oyelaran (Manager, Radio Access Planning)</td></tr>
        </table>
        <p>If you need to make any changes, simply reply to this email and Megan Albright will get back to you.</p>
        <p>Best,<br>Coralline Networks Recruiting Team</p>
        <p style="font-size:11px;color:#999">Powered by <a href="https://www.greenhouse.io">Greenhouse</a></p>
        </body></html>
    """)
    return message([
        rcv("o12.us.greenhouse-mail.io", "2026-10-06 11:20", NY, "4HbQ2k6ZtLz1"),
        ("From", "Coralline Networks <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", "Megan Albright <malbright@corallinenet.com>"),
        ("To", PAOLA),
        ("Subject", "Interview Confirmation: Senior RF Network Planner at Coralline Networks"),
        ("Date", date("2026-10-06 11:20", NY)),
        ("Message-ID", "<6f1c0a77e3b2d_1a9f3c8d4b21e@greenhouse-mailer-7c9d.mail>"),
        ("X-Mailer", "Greenhouse"),
    ], alt(text(body), html(htm)))


@mail(n(2), family="lever", lang="es", interview=True, kind="scheduled",
      start="2026-09-17T19:00:00Z", end="2026-09-17T20:00:00Z",
      contact="laura.pena@conectaquisqueya.com.do", company="Conecta Quisqueya",
      local="Thu 2026-09-17 15:00", local_end="2026-09-17 16:00", zone=SD,
      note="Lever en español: jueves 17 de septiembre, 3:00 p. m. - 4:00 p. m. hora de Santo Domingo "
           "(AST, UTC-4, sin horario de verano) = 19:00-20:00Z; ICS igual; contacto = Reply-To humano")
def lever_conecta() -> bytes:
    body = t("""
        Hola Paola:

        ¡Gracias por tu interés en Conecta Quisqueya! Te confirmamos tu entrevista para la posición
        de Planificador(a) de Red de Transporte.

        Cuándo: jueves, 17 de septiembre de 2026, 3:00 p. m. – 4:00 p. m. (hora de Santo Domingo)
        Dónde: Av. Abraham Lincoln 1003, Torre Profesional Biltmore, piso 6, Santo Domingo
        Con quién: Laura Peña (Talento Humano) y Ernesto Valdez (Gerente de Ingeniería)

        Por favor trae un documento de identidad para registrarte en la recepción del edificio.
        Si necesitas cambiar la hora, responde a este correo.

        Saludos,
        Equipo de Talento de Conecta Quisqueya
    """)
    htm = t("""
        <div style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;max-width:560px">
        <p>Hola Paola:</p>
        <p>¡Gracias por tu interés en Conecta Quisqueya! Te confirmamos tu entrevista para la posición de
        <strong>Planificador(a) de Red de Transporte</strong>.</p>
        <p><strong>Cuándo:</strong> jueves, 17 de septiembre de 2026, 3:00&nbsp;p.&nbsp;m. – 4:00&nbsp;p.&nbsp;m. (hora de Santo Domingo)<br>
        <strong>Dónde:</strong> Av. Abraham Lincoln 1003, Torre Profesional Biltmore, piso 6, Santo Domingo<br>
        <strong>Con quién:</strong> Laura Peña (Talento Humano) y Ernesto Valdez (Gerente de Ingeniería)</p>
        <p>Por favor trae un documento de identidad para registrarte en la recepción del edificio.
        Si necesitas cambiar la hora, responde a este correo.</p>
        <p>Saludos,<br>Equipo de Talento de Conecta Quisqueya</p>
        </div>
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{SD_VTZ}
BEGIN:VEVENT
UID:lever-interview-5c2e81d0-93aa-4d1e-b7a9-0f3e6a2b9d14
DTSTAMP:20260910T200500Z
DTSTART;TZID=America/Santo_Domingo:20260917T150000
DTEND;TZID=America/Santo_Domingo:20260917T160000
SUMMARY:Entrevista: Paola Jiménez - Planificador(a) de Red de Transporte
LOCATION:Av. Abraham Lincoln 1003\\, Torre Profesional Biltmore\\, piso 6
ORGANIZER;CN=Laura Peña:mailto:laura.pena@conectaquisqueya.com.do
ATTENDEE;CN=Paola Jiménez;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:paola.jimenez@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("mail-a12.hire.lever.co", "2026-09-10 16:05", SD, "9QmT1vP4hRc7"),
        ("From", "Conecta Quisqueya <no-reply@hire.lever.co>"),
        ("Reply-To", addr("Laura Peña", "laura.pena@conectaquisqueya.com.do")),
        ("To", PAOLA),
        ("Subject", enc("Confirmación de entrevista – Conecta Quisqueya")),
        ("Date", date("2026-09-10 16:05", SD)),
        ("Message-ID", "<01000191d8a6c3f2-7b1e44aa-2f0c-4c9e-9a51-3e8d77c2b610-000000@email.amazonses.com>"),
    ], mixed(alt(text(body), html(htm)),
             calendar(ics, cte="base64", ctype="text/calendar", filename="invite.ics",
                      disposition="attachment")))


@mail(n(3), family="workday", lang="es", interview=True, kind="scheduled",
      start="2026-10-05T13:30:00Z", end="2026-10-05T14:30:00Z",
      contact="rosa.almonte@teleantillas.com.do", company="Telecomunicaciones Antillanas",
      local="Mon 2026-10-05 09:30", local_end="2026-10-05 10:30", zone=SD,
      note="Workday, solo HTML en base64: 'Fecha: 05/10/2026' es día/mes (lunes 5 de octubre), "
           "'Hora: 9:30 AM AST', 'Duración: 60 minutos' -> 13:30-14:30Z; el remitente es el buzón de "
           "Workday, contacto = la coordinadora cuya dirección aparece en el cuerpo")
def workday_teleantillas() -> bytes:
    htm = t("""
        <!DOCTYPE html>
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="margin:0;padding:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center">
        <table width="600" cellpadding="20" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222">
        <tr><td style="background:#00447c;color:#ffffff;font-size:18px">Telecomunicaciones Antillanas &middot; Carreras</td></tr>
        <tr><td>
        <p>Estimada Paola Jiménez:</p>
        <p>Nos complace invitarle a una entrevista para la vacante <b>R-10482 Ingeniero(a) de Planificación de Red Móvil</b>.</p>
        <p><b>Tipo de entrevista:</b> Entrevista con el panel técnico (presencial)<br>
        <b>Fecha:</b> 05/10/2026<br>
        <b>Hora:</b> 9:30 AM AST<br>
        <b>Duración:</b> 60 minutos<br>
        <b>Lugar:</b> Sede Central, Av. 27 de Febrero 247, Santo Domingo &ndash; Recepción, 2do nivel</p>
        <p>Si necesita reprogramar, escriba a Rosa Almonte (<a href="mailto:rosa.almonte@teleantillas.com.do">rosa.almonte@teleantillas.com.do</a>)
        con al menos 24 horas de antelación.</p>
        <p>Puede consultar el estado de su solicitud en cualquier momento desde su
        <a href="https://teleantillas.wd5.myworkdayjobs.com/es/Carreras/userHome">página de candidato</a>.</p>
        <p>Atentamente,<br>Adquisición de Talento<br>Telecomunicaciones Antillanas</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888">Este mensaje fue enviado desde una dirección que no admite respuestas.</td></tr>
        </table></td></tr></table>
        </body></html>
    """)
    return message([
        rcv("mailout-ash.myworkday.com", "2026-09-28 09:12", SD, "Wd8pL3nX0sKe"),
        ("From", "Telecomunicaciones Antillanas <teleantillas@myworkday.com>"),
        ("To", "paola.jimenez@example.org"),
        ("Subject", enc("Invitación a entrevista: R-10482 Ingeniero(a) de Planificación de Red Móvil")),
        ("Date", date("2026-09-28 09:12", SD)),
        ("Message-ID", "<1974023311.88412.1790601120455@wd5-prod-notify-11.myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], html(htm, cte="base64"))


@mail(n(4), family="exchange_outlook", lang="es", interview=True, kind="scheduled",
      start="2026-10-20T14:00:00Z", end="2026-10-20T15:00:00Z",
      contact="hmercedes@netcaribe.com.do", company="NetCaribe Servicios Gestionados",
      local="Tue 2026-10-20 10:00", local_end="2026-10-20 11:00", zone=SD,
      note="Solicitud de reunión de Exchange; la hora solo está en el ICS: TZID 'SA Western Standard "
           "Time' (UTC-4 fijo, como Santo Domingo) 10:00-11:00 del martes 20/10 = 14:00-15:00Z; "
           "contacto = ORGANIZER humano")
def exchange_netcaribe() -> bytes:
    body = t("""
        Buenas tardes, Paola:

        Tal como conversamos por teléfono, le envío la invitación para la entrevista técnica con el
        equipo de Planificación de Red. Participarán el Ing. Héctor Mercedes y la Ing. Sandra Liriano.
        Si no puede conectarse, me avisa.

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Únase desde el equipo, la aplicación móvil o el dispositivo de sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA4NmQ2YzEtNTk0Ny00NWRiLWE0ZGEtOTc4MmQ0NTIxYTlk%40thread.v2/0>
        Id. de reunión: 274 118 903 552
        Código de acceso: Pk7sYq

        Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
    """)
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="ES-DO"><div class="WordSection1">
        <p class="MsoNormal">Buenas tardes, Paola:</p>
        <p class="MsoNormal">Tal como conversamos por teléfono, le envío la invitación para la entrevista técnica con el equipo de Planificación de Red.
        Participarán el Ing. Héctor Mercedes y la Ing. Sandra Liriano. Si no puede conectarse, me avisa.</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        <div><span style="font-size:24px;font-weight:700">Reunión de Microsoft Teams</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA4NmQ2YzEtNTk0Ny00NWRiLWE0ZGEtOTc4MmQ0NTIxYTlk%40thread.v2/0">Haga clic aquí para unirse a la reunión</a></div>
        <div>Id. de reunión: 274 118 903 552<br>Código de acceso: Pk7sYq</div>
        </div></body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{SA_WESTERN_VTZ}
BEGIN:VEVENT
ORGANIZER;CN=Héctor Mercedes:mailto:hmercedes@netcaribe.com.do
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Paola Jiménez:mailto:paola.jimenez@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sandra Liriano:mailto:sliriano@netcaribe.com.do
DESCRIPTION;LANGUAGE=es-ES:Buenas tardes\\, Paola:\\n\\nTal como conversamos por teléfono\\, le envío la invitación para la entrevista técnica con el equipo de Planificación de Red.\\n
UID:040000008200E00074C5B7101A82E00800000000B0F4E1C3A25BDC01000000000000000010000000E5A41C0F7D2B8B4C9A1E3F6D2C7B8A90
SUMMARY;LANGUAGE=es-ES:Entrevista técnica – Planificador(a) de Red Sr. (Paola Jiménez)
DTSTART;TZID=SA Western Standard Time:20261020T100000
DTEND;TZID=SA Western Standard Time:20261020T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261014T194000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2121843710
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
    return message([
        rcv("mail-dm6nam12on2107.outbound.protection.outlook.com", "2026-10-14 15:40", SD, "Ex4c2Rr9Mn0a"),
        ("From", addr("Héctor Mercedes", "hmercedes@netcaribe.com.do")),
        ("To", PAOLA),
        ("CC", addr("Sandra Liriano", "sliriano@netcaribe.com.do")),
        ("Subject", enc("Entrevista técnica – Planificador(a) de Red Sr. (Paola Jiménez)")),
        ("Thread-Topic", enc("Entrevista técnica – Planificador(a) de Red Sr. (Paola Jiménez)")),
        ("Thread-Index", "AdtgK3c9xLQ2m1FhT0uYb7vPz8Wq1A=="),
        ("Date", date("2026-10-14 15:40", SD)),
        ("Message-ID", "<SA1PR14MB7378E4B2C1D0F6A7B8C9D0E1F2A3B4C5@SA1PR14MB7378.namprd14.prod.outlook.com>"),
        ("Accept-Language", "es-DO, en-US"),
        ("Content-Language", "es-DO"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body, cte="base64"), html(htm, cte="base64"), calendar(ics, cte="base64")))


@mail(n(5), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-11-02T14:00:00Z", end="2026-11-02T15:00:00Z",
      contact="dana.whitfield@bluewaterfiber.com", company="Bluewater Fiber",
      local="Mon 2026-11-02 09:00", local_end="2026-11-02 10:00", zone=NY,
      note="Google Calendar invitation sent Wed 28 Oct in EDT for Mon 2 Nov 9am-10am Eastern: US daylight "
           "time ends 1 Nov, so EST (UTC-5) -> 14:00-15:00Z (10:00 in Santo Domingo); contact = organizer")
def gcal_bluewater() -> bytes:
    body = t("""
        Dana Whitfield has invited you to an event.

        Interview: Paola Jiménez <> Bluewater Fiber (Network Planning Lead)
        Monday Nov 2, 2026 ⋅ 9am – 10am
        Eastern Time - New York

        Join with Google Meet
        https://meet.google.com/pfz-eudn-wqa

        Join by phone
        (US) +1 929-555-0148 PIN: 318 664 207#

        Hi Paola - this is the conversation with me and Tomás from our capacity team. We'll go
        through the backhaul planning exercise we discussed. Talk soon! Dana

        Organizer
        Dana Whitfield
        dana.whitfield@bluewaterfiber.com

        Guests
        Dana Whitfield - organizer
        Tomás Arrieta
        paola.jimenez@example.org

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=N3Y4cW1jMGFlaDRo

        Reply for paola.jimenez@example.org
        Yes  No  Maybe  More options https://calendar.google.com/calendar/event?action=RESPOND&eid=N3Y4cW1jMGFlaDRo

        Invitation from Google Calendar https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
    """)
    htm = t("""
        <span itemscope itemtype="http://schema.org/InformAction"><meta itemprop="description" content="Interview: Paola Jiménez &lt;&gt; Bluewater Fiber (Network Planning Lead)"/></span>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <h2 style="font-size:22px;font-weight:400">Interview: Paola Jiménez &lt;&gt; Bluewater Fiber (Network Planning Lead)</h2>
        <div><span>Monday Nov 2, 2026 ⋅ 9am – 10am</span><br><span style="color:#70757a">Eastern Time - New York</span></div>
        <p><a href="https://meet.google.com/pfz-eudn-wqa">Join with Google Meet</a></p>
        <p>Hi Paola - this is the conversation with me and Tomás from our capacity team. We'll go through the backhaul planning exercise we discussed. Talk soon! Dana</p>
        <p><b>Organizer</b><br>Dana Whitfield<br><a href="mailto:dana.whitfield@bluewaterfiber.com">dana.whitfield@bluewaterfiber.com</a></p>
        <p><b>Guests</b><br>Dana Whitfield - organizer<br>Tomás Arrieta<br>paola.jimenez@example.org</p>
        <p style="color:#70757a;font-size:12px">Invitation from Google Calendar</p>
        </div>
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["America/New_York"]}
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20261102T090000
DTEND;TZID=America/New_York:20261102T100000
DTSTAMP:20261028T180300Z
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@bluewaterfiber.com
UID:7v8qmc0aeh4h2k1o9r5s3u6t0b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dana Whitfield;X-NUM-GUESTS=0:mailto:dana.whitfield@bluewaterfiber.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tomás Arrieta;X-NUM-GUESTS=0:mailto:tarrieta@bluewaterfiber.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=paola.jimenez@example.org;X-NUM-GUESTS=0:mailto:paola.jimenez@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/pfz-eudn-wqa
CREATED:20261028T180212Z
DESCRIPTION:Hi Paola - this is the conversation with me and Tomás from our capacity team.
LAST-MODIFIED:20261028T180300Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Paola Jiménez <> Bluewater Fiber (Network Planning Lead)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("mail-sor-f73.google.com", "2026-10-28 14:03", NY, "Gc0aT7yB2wQe"),
        ("From", "Dana Whitfield <dana.whitfield@bluewaterfiber.com>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", "Dana Whitfield <dana.whitfield@bluewaterfiber.com>"),
        ("To", "paola.jimenez@example.org"),
        ("Subject", enc("Invitation: Interview: Paola Jiménez <> Bluewater Fiber (Network Planning "
                        "Lead) @ Mon Nov 2, 2026 9am - 10am (EST) (paola.jimenez@example.org)")),
        ("Date", date("2026-10-28 14:03", NY)),
        ("Message-ID", "<calendar-4e1d7a2c-9b3f-4c61-8e0a-5d2f7b9c1a36@google.com>"),
    ], mixed(alt(text(body), html(htm), calendar(ics, cte="base64")),
             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(6), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-11-19T19:00:00Z", end=None,
      contact="yokasta.rodriguez@cibaoredes.com", company="Cibao Redes Inalámbricas",
      local="Thu 2026-11-19 15:00", zone=SD,
      note="Prosa informal (tú): 'mañana a las tres de la tarde' resuelto contra el Date (miércoles "
           "18/11, Santo Domingo) -> jueves 19/11 15:00 AST = 19:00Z; 'dura como una hora' es "
           "aproximado -> end null; contacto = remitente humana")
def prose_cibao_manana() -> bytes:
    body = t("""
        Hola Paola, buenos dias!

        Disculpa que no te contesté ayer, estuve en reuniones todo el dia. Ya hablé con Freddy (el gerente de
        ingenieria) y te esperamos mañana a las tres de la tarde en la oficina de Santiago, Av.
        Estrella Sadhalá esquina Calle 5, edificio Cibao Redes, 3er piso. Pregunta por mi en la
        recepcion.

        Dura como una hora, mas o menos. Freddy te va a preguntar sobre el proyecto de
        densificación LTE que hiciste en el Este, así que si tienes algun plot de cobertura que
        puedas enseñar, traelo en la laptop.

        Cualquier cosa me escribes por aquí o por whatsapp al 809-555-0173.

        Saludos,
        Yokasta

        --
        Yokasta Rodríguez
        Reclutamiento y Selección | Cibao Redes Inalámbricas
        Santiago de los Caballeros, R.D.
    """)
    return message([
        rcv("mail-yw1-f181.google.com", "2026-11-18 10:47", SD, "Hp6cV1aN3sXr"),
        ("From", addr("Yokasta Rodríguez", "yokasta.rodriguez@cibaoredes.com")),
        ("To", PAOLA),
        ("Subject", "Re: Vacante Ingeniera RF - Santiago"),
        ("Date", date("2026-11-18 10:47", SD)),
        ("Message-ID", "<CAH4x9pWq2Vd7sLk0Yf3nTz8cR1mBj5aEo6gUi@mail.gmail.com>"),
        ("In-Reply-To", "<CAG8r2tKx3Mf9qWz1Pc5nLv7dHs0aBe4iYo2uR@mail.gmail.com>"),
        ("References", "<CAG8r2tKx3Mf9qWz1Pc5nLv7dHs0aBe4iYo2uR@mail.gmail.com>"),
    ], text(body, cte="8bit"))


@mail(n(7), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-09-23T18:00:00Z", end="2026-09-23T18:30:00Z",
      contact="jcolon@islaspectrum.com", company="Isla Spectrum Consulting",
      local="Wed 2026-09-23 14:00", local_end="2026-09-23 14:30", zone=PR,
      note="Calendly invitee confirmation: 02:00pm - 02:30pm Atlantic Time - Puerto Rico (UTC-4, no DST) "
           "-> 18:00-18:30Z; sent from notifications@calendly.com, contact = host's Reply-To")
def calendly_isla() -> bytes:
    body = t("""
        Hi Paola Jiménez,

        A new event has been scheduled.

        Event Type:
        RF Planner - First Call with Javier

        Invitee:
        Paola Jiménez

        Invitee Email:
        paola.jimenez@example.org

        Event Date/Time:
        02:00pm - 02:30pm (Atlantic Time - Puerto Rico) Wednesday, September 23, 2026

        Location:
        This is a Zoom web conference.
        https://islaspectrum.zoom.us/j/86140293371?pwd=bVd1QzZ0dWx6S1d3

        Questions:
        Please share anything that will help prepare for our meeting.
        Interested in the San Juan-based planning role; currently at RedCaribe Telecom.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/4a7c3e1f-0b9d-4e62-a8d5-9f1c2b3e7d60
        Reschedule: https://calendly.com/reschedulings/4a7c3e1f-0b9d-4e62-a8d5-9f1c2b3e7d60

        Powered by Calendly.com
    """)
    htm = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#4d5055;font-size:15px">
        <p>Hi Paola Jiménez,</p>
        <p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>RF Planner - First Call with Javier</p>
        <p><b>Invitee:</b><br>Paola Jiménez</p>
        <p><b>Invitee Email:</b><br><a href="mailto:paola.jimenez@example.org">paola.jimenez@example.org</a></p>
        <p><b>Event Date/Time:</b><br>02:00pm - 02:30pm (Atlantic Time - Puerto Rico) Wednesday, September 23, 2026</p>
        <p><b>Location:</b><br>This is a Zoom web conference.<br><a href="https://islaspectrum.zoom.us/j/86140293371?pwd=bVd1QzZ0dWx6S1d3">https://islaspectrum.zoom.us/j/86140293371</a></p>
        <p><a href="https://calendly.com/cancellations/4a7c3e1f-0b9d-4e62-a8d5-9f1c2b3e7d60">Cancel</a> &middot;
        <a href="https://calendly.com/reschedulings/4a7c3e1f-0b9d-4e62-a8d5-9f1c2b3e7d60">Reschedule</a></p>
        <p style="font-size:12px;color:#a6a6a6">Powered by Calendly.com</p>
        </body></html>
    """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20260918T143100Z
UID:4a7c3e1f-0b9d-4e62-a8d5-9f1c2b3e7d60@calendly.com
DTSTART:20260923T180000Z
DTEND:20260923T183000Z
SUMMARY:RF Planner - First Call with Javier between Javier Colón and Paola Jiménez
ORGANIZER;CN=Javier Colón:mailto:jcolon@islaspectrum.com
ATTENDEE;CN=Paola Jiménez;PARTSTAT=ACCEPTED:mailto:paola.jimenez@example.org
LOCATION:https://islaspectrum.zoom.us/j/86140293371
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("o1.ptr7741.calendly.com", "2026-09-18 14:31", "UTC", "Cl2yE8dF5uMp"),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", addr("Javier Colón", "jcolon@islaspectrum.com")),
        ("To", PAOLA),
        ("Subject", enc("Confirmed: RF Planner - First Call with Javier with Javier Colón on "
                        "Wednesday, September 23, 2026")),
        ("Date", date("2026-09-18 14:31", "UTC")),
        ("Message-ID", "<3c9e1a4b7d2f.0.1790260260@calendly.com>"),
    ], mixed(alt(text(body), html(htm)),
             calendar(ics, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment")))


@mail(n(8), family="microsoft_bookings", lang="es", interview=True, kind="scheduled",
      start="2026-12-08T15:00:00Z", end="2026-12-08T15:45:00Z",
      contact=None, company="Banco Meridional Dominicano",
      local="Tue 2026-12-08 11:00", local_end="2026-12-08 11:45", zone=SD,
      note="Microsoft Bookings: '(UTC-04:00) Georgetown, La Paz, Manaus, San Juan' 11:00-11:45 del "
           "martes 8/12 = 15:00-15:45Z (Santo Domingo también UTC-4); ICS con 'SA Western Standard "
           "Time'; remitente = buzón de Bookings, la entrevistadora aparece solo por nombre -> contacto null")
def bookings_meridional() -> bytes:
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#252423">
        <div style="padding:16px;border-bottom:1px solid #e1dfdd"><b>Banco Meridional Dominicano &ndash; Reclutamiento TI</b></div>
        <div style="padding:16px">
        <p style="font-size:20px">Su reserva se ha confirmado</p>
        <p>Hola Paola Jiménez:</p>
        <p>Gracias por reservar con Banco Meridional Dominicano &ndash; Reclutamiento TI.</p>
        <table cellpadding="3">
        <tr><td style="color:#605e5c">Servicio</td><td>Entrevista por competencias &ndash; Analista Sr. de Redes y Telecomunicaciones</td></tr>
        <tr><td style="color:#605e5c">Fecha y hora</td><td>martes, 8 de diciembre de 2026 11:00 - 11:45 (UTC-04:00) Georgetown, La Paz, Manaus, San Juan</td></tr>
        <tr><td style="color:#605e5c">Personal</td><td>Marisol Guzmán</td></tr>
        <tr><td style="color:#605e5c">Ubicación</td><td>Reunión de Microsoft Teams (el vínculo se incluye en la invitación adjunta)</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/ReclutamientoBMD@bancomeridional.com.do/bookings/">Administrar reserva</a></p>
        <p style="color:#605e5c;font-size:12px">Con tecnología de Microsoft Bookings</p>
        </div></body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{SA_WESTERN_VTZ}
BEGIN:VEVENT
ORGANIZER;CN=Banco Meridional Dominicano - Reclutamiento TI:mailto:ReclutamientoBMD@bancomeridional.com.do
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Paola Jiménez:mailto:paola.jimenez@example.org
SUMMARY;LANGUAGE=es-ES:Entrevista por competencias – Analista Sr. de Redes y Telecomunicaciones
DTSTART;TZID=SA Western Standard Time:20261208T110000
DTEND;TZID=SA Western Standard Time:20261208T114500
UID:040000008200E00074C5B7101A82E008000000004C8B2E19F36FDD01000000000000000010000000A3C2E1F0B9D8C7A6B5E4F3D2C1B0A9F8
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261203T121500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("mail-bn8nam12on2120.outbound.protection.outlook.com", "2026-12-03 08:15", SD, "Bk5sZ2gH7jLw"),
        ("From", addr("Banco Meridional Dominicano - Reclutamiento TI",
                      "ReclutamientoBMD@bancomeridional.com.do")),
        ("To", PAOLA),
        ("Subject", enc("Reserva confirmada: Entrevista por competencias – Analista Sr. de Redes "
                        "y Telecomunicaciones para Paola Jiménez")),
        ("Date", date("2026-12-03 08:15", SD)),
        ("Message-ID", "<BL1PR12MB5301A9C8E7D6F5B4A3C2D1E0F9A8B7C6@BL1PR12MB5301.namprd12.prod.outlook.com>"),
        ("X-MS-Exchange-Organization-BookingsBooking", "True"),
    ], alt(html(htm), calendar(ics, cte="base64")))


@mail(n(9), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start="2026-11-04T19:00:00Z", end="2026-11-04T20:00:00Z",
      contact="carlos.ibarra@sunvalecom.com", company="Sunvale Communications",
      local="Wed 2026-11-04 14:00", local_end="2026-11-04 15:00", zone=NY,
      note="SmartRecruiters, sent Fri 30 Oct while New York is still on EDT; interview Wed 4 Nov "
           "2:00-3:00 PM '(GMT-05:00) Eastern Time' after DST ended on 1 Nov -> 19:00-20:00Z (3 p.m. "
           "in Santo Domingo); contact = interviewer address in the body")
def smartrecruiters_sunvale() -> bytes:
    body = t("""
        Dear Paola,

        Your interview with Sunvale Communications has been scheduled.

        Position: Network Capacity Planner (Caribbean & LATAM)
        Date: Wednesday, November 4, 2026
        Time: 2:00 PM - 3:00 PM (GMT-05:00) Eastern Time
        Type: Video interview (Microsoft Teams - link below)
        Interviewer: Carlos Ibarra, Director of Network Engineering (carlos.ibarra@sunvalecom.com)

        Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_sunvale_4417/0

        Please note that clocks in the US change on November 1. If you are joining from outside the
        US, double-check the time in your own time zone.

        Good luck!
        Sunvale Communications Talent Acquisition

        This message was sent via SmartRecruiters. Please do not reply to this email.
    """)
    htm = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <div style="max-width:600px;margin:auto">
        <img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/sunvale/logo.png" alt="Sunvale Communications" height="40">
        <p>Dear Paola,</p>
        <p>Your interview with Sunvale Communications has been scheduled.</p>
        <p><b>Position:</b> Network Capacity Planner (Caribbean &amp; LATAM)<br>
        <b>Date:</b> Wednesday, November 4, 2026<br>
        <b>Time:</b> 2:00 PM - 3:00 PM (GMT-05:00) Eastern Time<br>
        <b>Type:</b> Video interview (Microsoft Teams)<br>
        <b>Interviewer:</b> Carlos Ibarra, Director of Network Engineering (<a href="mailto:carlos.ibarra@sunvalecom.com">carlos.ibarra@sunvalecom.com</a>)</p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_sunvale_4417/0" style="background:#0b7fe0;color:#fff;padding:8px 14px;text-decoration:none">Join interview</a></p>
        <p>Please note that clocks in the US change on November 1. If you are joining from outside the US, double-check the time in your own time zone.</p>
        <p>Good luck!<br>Sunvale Communications Talent Acquisition</p>
        <p style="font-size:11px;color:#999">This message was sent via SmartRecruiters. Please do not reply to this email.</p>
        </div></body></html>
    """)
    return message([
        rcv("mta-out-12.smartrecruiters.com", "2026-10-30 12:10", NY, "Sr7kD0pQ1vNb"),
        ("From", "Sunvale Communications <noreply@smartrecruiters.com>"),
        ("To", PAOLA),
        ("Subject", "Interview scheduled: Network Capacity Planner (Caribbean & LATAM)"),
        ("Date", date("2026-10-30 12:10", NY)),
        ("Message-ID", "<0100019a3f2c7d4e-b81a7c22-5e3d-4a0f-9c6b-2d1e8f4a7b90-000000@email.amazonses.com>"),
        ("X-SR-Template", "interview-scheduled-candidate"),
    ], alt(text(body, cte="7bit"), html(htm)))


@mail(n(10), family="teamtailor", lang="es", interview=True, kind="scheduled",
      start="2026-11-30T14:00:00Z", end="2026-11-30T14:45:00Z",
      contact="carolina.feliz@bavaroazul.com.do", company="Grupo Bávaro Azul",
      local="Mon 2026-11-30 10:00", local_end="2026-11-30 10:45", zone=SD,
      note="Teamtailor (windows-1252, QP): 'lun. 30 de noviembre a las 10:00 a. m.' con duración "
           "'45 min', hora de República Dominicana (UTC-4) -> 14:00-14:45Z; contacto = Reply-To humano")
def teamtailor_bavaro() -> bytes:
    body = t("""
        Hola Paola,

        ¡Tu entrevista está reservada! Aquí tienes los detalles:

        Entrevista con Infraestructura TI – Grupo Bávaro Azul
        lun. 30 de noviembre a las 10:00 a. m. (45 min)
        Hora de República Dominicana
        Lugar: Videollamada (Google Meet) – https://meet.google.com/qzu-hbrn-tye

        Vas a conversar con Carolina Féliz (Reclutamiento) y Wilkin Paulino (Jefe de Redes,
        complejo Bávaro – Punta Cana). El puesto es de Coordinador(a) de Redes y Conectividad
        para nuestros 6 hoteles.

        Si necesitas cambiar algo, responde a este correo.

        ¡Nos vemos pronto!
        Carolina

        Grupo Bávaro Azul · Carreras
        Enviado con Teamtailor
    """)
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1a1a1a;background:#fafafa">
        <div style="max-width:560px;margin:24px auto;background:#fff;padding:24px;border-radius:8px">
        <p>Hola Paola,</p>
        <p>¡Tu entrevista está reservada! Aquí tienes los detalles:</p>
        <div style="border:1px solid #eee;border-radius:6px;padding:12px">
        <b>Entrevista con Infraestructura TI – Grupo Bávaro Azul</b><br>
        lun. 30 de noviembre a las 10:00 a. m. (45 min)<br>
        <span style="color:#777">Hora de República Dominicana</span><br>
        Lugar: Videollamada (Google Meet) – <a href="https://meet.google.com/qzu-hbrn-tye">meet.google.com/qzu-hbrn-tye</a>
        </div>
        <p>Vas a conversar con Carolina Féliz (Reclutamiento) y Wilkin Paulino (Jefe de Redes, complejo Bávaro – Punta Cana).
        El puesto es de Coordinador(a) de Redes y Conectividad para nuestros 6 hoteles.</p>
        <p>Si necesitas cambiar algo, responde a este correo.</p>
        <p>¡Nos vemos pronto!<br>Carolina</p>
        <p style="font-size:12px;color:#999">Grupo Bávaro Azul · Carreras<br>Enviado con Teamtailor</p>
        </div></body></html>
    """)
    return message([
        rcv("mail-out-3.teamtailor-mail.com", "2026-11-24 10:02", SD, "Tt3fR6hW9kAz"),
        ("From", addr("Grupo Bávaro Azul", "no-reply@bavaroazul.teamtailor-mail.com")),
        ("Reply-To", addr("Carolina Féliz", "carolina.feliz@bavaroazul.com.do")),
        ("To", PAOLA),
        ("Subject", enc("Entrevista reservada: Coordinador(a) de Redes y Conectividad", "windows-1252")),
        ("Date", date("2026-11-24 10:02", SD)),
        ("Message-ID", "<tt-5f8e2c1a9b7d4e30@bavaroazul.teamtailor-mail.com>"),
        ("List-Unsubscribe", "<https://bavaroazul.teamtailor.com/unsubscribe/candidate/8c1f4e>"),
    ], alt(text(body, charset="windows-1252"), html(htm, charset="windows-1252")))


@mail(n(11), family="personio", lang="es", interview=True, kind="scheduled",
      start="2026-10-29T15:00:00Z", end="2026-10-29T16:00:00Z",
      contact="irene.salcedo@telvia.es", company="Telvia Sistemas",
      local="Thu 2026-10-29 16:00", local_end="2026-10-29 17:00", zone="Europe/Madrid",
      note="Personio de una empresa de Madrid (equipo remoto), iso-8859-15: jueves 29/10 16:00-17:00 "
           "'hora peninsular (CET)'; España volvió a CET el 25/10 -> 15:00-16:00Z (11:00 en Santo "
           "Domingo, que el correo también indica); contacto = Reply-To humano")
def personio_telvia() -> bytes:
    body = t("""
        Hola Paola:

        Gracias por tu candidatura a Ingeniera de Planificación Radio (remoto, LATAM). Nos alegra
        invitarte a la siguiente fase del proceso.

        Fecha: jueves, 29 de octubre de 2026
        Hora: 16:00 - 17:00 (hora peninsular, CET)
              (11:00 - 12:00 en Santo Domingo)
        Formato: videollamada - https://telvia.whereby.com/entrevistas-radio
        Participantes: Irene Salcedo (People) · Álvaro Méndez (Head of RAN Planning)

        Ten en cuenta que en España cambiamos al horario de invierno el domingo 25 de octubre.

        Si tienes cualquier duda, responde directamente a este correo.

        Un saludo,
        Irene Salcedo
        People Team · Telvia Sistemas S.L. · Madrid
    """)
    return message([
        rcv("mail-eu1.personio.de", "2026-10-26 09:40", "Europe/Madrid", "Ps1jK4wE8yTc"),
        ("From", "Telvia Sistemas <no-reply@personio.de>"),
        ("Reply-To", "Irene Salcedo <irene.salcedo@telvia.es>"),
        ("To", PAOLA),
        ("Subject", enc("Invitación a entrevista - Ingeniera de Planificación Radio", "iso-8859-15")),
        ("Date", date("2026-10-26 09:40", "Europe/Madrid")),
        ("Message-ID", "<personio.4c1b7e2a.6a9f3d81@telvia.jobs.personio.de>"),
    ], text(body, charset="iso-8859-15"))


@mail(n(12), family="zoom", lang="en", interview=True, kind="scheduled",
      start="2026-12-09T00:30:00Z", end="2026-12-09T01:15:00Z",
      contact="maricel.santos@pacrimnet.ph", company="Pacific Rim Network Services",
      local="Wed 2026-12-09 08:30", local_end="2026-12-09 09:15", zone="Asia/Manila",
      days=(("Tue", "2026-12-08"),),
      note="Recruiter in Manila pastes a Zoom invitation: 'Dec 9, 2026 08:30 AM Manila' (UTC+8), "
           "45 minutes; the prose gives the same instant as Tue 8 Dec 8:30 PM in Santo Domingo: "
           "the local date differs from the UTC date (00:30-01:15Z on 9 Dec); contact = sender")
def zoom_pacrim() -> bytes:
    body = t("""
        Hi Paola,

        Great speaking with you yesterday! As agreed, here is the invite for your panel interview
        with our Network Design team. It will be 45 minutes.

        For you that's Tuesday Dec 8 at 8:30 PM (Santo Domingo time) - thank you again for being
        flexible with the evening slot, our team is 12 hours ahead.

        Maricel Santos is inviting you to a scheduled Zoom meeting.

        Topic: PRNS | Panel Interview - Paola Jimenez (Senior Transport Planner, remote)
        Time: Dec 9, 2026 08:30 AM Manila

        Join Zoom Meeting
        https://pacrimnet.zoom.us/j/93017724518?pwd=Qk5yN2h0R0ZkbEt3

        Meeting ID: 930 1772 4518
        Passcode: 447120

        ---

        One tap mobile
        +16465588656,,93017724518#,,,,*447120# US (New York)

        Best regards,
        Maricel

        Maricel Santos | Talent Acquisition Partner
        Pacific Rim Network Services, Inc. | Makati City, Philippines
        maricel.santos@pacrimnet.ph
    """)
    return message([
        rcv("mail-pl1-f169.google.com", "2026-11-30 10:15", "Asia/Manila", "Zm9hQ3tB6nRe"),
        ("From", "Maricel Santos <maricel.santos@pacrimnet.ph>"),
        ("To", PAOLA),
        ("Subject", "Panel Interview - Senior Transport Planner (Zoom details)"),
        ("Date", date("2026-11-30 10:15", "Asia/Manila")),
        ("Message-ID", "<CAM1pN7bV3xYt8Kq2wR0dLs5Hf4cZj9aUe6gOp@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(13), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-10-12T13:00:00Z", end=None,
      contact="rtavarez@fibraeste.com.do", company="Fibra Óptica del Este",
      local="Mon 2026-10-12 09:00", zone=SD,
      note="Respuesta desde el móvil (usted) sobre el hilo de las opciones propuestas: 'quedamos el lunes "
           "que viene a las 9:00 a. m.' desde el Date (miércoles 7/10) -> lunes 12/10 09:00 AST = "
           "13:00Z; sin duración -> end null; contacto = remitente")
def prose_fibraeste_movil() -> bytes:
    body = t("""
        Perfecto Ing. Jiménez, quedamos el lunes que viene a las 9:00 a. m. en nuestras oficinas de
        la Av. Winston Churchill (Plaza Las Américas II, local 4B). Pregunte por mi en recepcion.
        Traiga su cv impreso x fa

        Saludos
        Ramón Tavárez
        Gerente de Operaciones
        Fibra Óptica del Este

        Enviado desde mi iPhone

        > El 7 oct 2026, a las 6:31 p. m., Paola Jiménez <paola.jimenez@example.org> escribió:
        >
        > Buenas tardes, Sr. Tavárez:
        >
        > Muchas gracias por la invitación. Me viene mejor la primera opción que me propuso, el
        > lunes temprano. Quedo a la espera de su confirmación.
        >
        > Saludos cordiales,
        > Paola Jiménez
    """)
    return message([
        rcv("mail-qt1-f172.google.com", "2026-10-07 20:47", SD, "Fe4uJ7xQ0wPl"),
        ("From", addr("Ramón Tavárez", "rtavarez@fibraeste.com.do")),
        ("To", PAOLA),
        ("Subject", enc("Re: Entrevista – Supervisor(a) de Planta Externa FTTH")),
        ("Date", date("2026-10-07 20:47", SD)),
        ("Message-ID", "<8B2D41F7-3C9A-4E1B-A6D0-7F5E2C8B9A13@fibraeste.com.do>"),
        ("In-Reply-To", "<CAP7s0kZ2m4WqfT8xN1dRb6cVh3aLj9eYo5gUi@mail.gmail.com>"),
        ("References", "<9E4A1C2B-7D3F-4B8E-A1C6-2F0D5E9B7A48@fibraeste.com.do> "
                       "<CAP7s0kZ2m4WqfT8xN1dRb6cVh3aLj9eYo5gUi@mail.gmail.com>"),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ], text(body, cte="quoted-printable"))


@mail(n(14), family="forward_to_self", lang="en", interview=True, kind="scheduled",
      start="2026-11-12T16:00:00Z", end=None,
      contact="greg.hollis@keystonetelecom.com", company="Keystone Telecom",
      local="Thu 2026-11-12 11:00", zone=NY,
      note="Paola forwards (from her example.net address) a recruiter's prose confirmation as an "
           "attached message/rfc822: 'Thursday, November 12 at 11:00 AM ET' -> EST after 1 Nov -> 16:00Z "
           "(her own note: noon in Santo Domingo); no length stated; contact = recruiter in the "
           "forwarded header (never the candidate)")
def forward_keystone() -> bytes:
    inner_body = t("""
        Hi Paola,

        Thanks for getting back to me so quickly. You're confirmed for Thursday, November 12 at
        11:00 AM ET with Rachel Dunmore, our VP of Network Strategy. She'll call you on the number
        on your resume (+1 809-555-0142) - please let me know if a different number is better.

        Looking forward to hearing how it goes.

        Greg

        Greg Hollis
        Senior Technical Recruiter | Keystone Telecom
        Miami, FL | greg.hollis@keystonetelecom.com
    """)
    inner = message([
        ("From", "Greg Hollis <greg.hollis@keystonetelecom.com>"),
        ("To", addr("Paola Jiménez", "paola.jimenez@example.net")),
        ("Subject", "RE: Network Strategy Planner - next step"),
        ("Date", date("2026-11-05 15:02", NY)),
        ("Message-ID", "<MN2PR11MB4621C3D8E1F0A9B7C6D5E4F3A2B1C0D9@MN2PR11MB4621.namprd11.prod.outlook.com>"),
    ], text(inner_body))
    note = t("""
        ojo: la de Keystone, 11 ET = 12 del mediodía aquí (ya cambiaron la hora allá).
        Preparar lo de capacidad de backhaul y los KPIs del proyecto de Higüey.

        P.
    """)
    return message([
        rcv("mail-ed1-f44.example.net", "2026-11-05 21:10", SD, "Fw0sL8cN2dKq"),
        ("From", addr("Paola Jiménez", "paola.jimenez@example.net")),
        ("To", PAOLA),
        ("Subject", "Fwd: RE: Network Strategy Planner - next step"),
        ("Date", date("2026-11-05 21:10", SD)),
        ("Message-ID", "<c3a91f2e-5d7b-4e08-9a6c-1b4f8d2e7a05@example.net>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], mixed(text(note, cte="8bit"), attached_message(inner, "RE_ Network Strategy Planner - next step.eml")))


@mail(n(15), family="icims", lang="es", interview=True, kind="scheduled",
      start="2026-09-22T18:30:00Z", end=None,
      contact="wanda.rivera@enlaceboricua.com", company="Enlace Boricua Telecomunicaciones",
      local="Tue 2026-09-22 14:30", zone=PR,
      note="iCIMS de una empresa de San Juan; el ICS es de día completo (VALUE=DATE 22/09) y la hora "
           "solo está en el texto: '2:30 p. m. (hora del Atlántico, San Juan)' = UTC-4 -> 18:30Z; sin "
           "duración -> end null; contacto = coordinadora en el cuerpo")
def icims_enlace() -> bytes:
    body = t("""
        Estimada Paola:

        Gracias por su interés en Enlace Boricua Telecomunicaciones. Le confirmamos su entrevista
        para la posición de Ingeniero(a) de Planificación de Red - Núcleo IP (Req. 2026-3318).

        Fecha: martes, 22 de septiembre de 2026
        Hora: 2:30 p. m. (hora del Atlántico, San Juan)
        Modalidad: Microsoft Teams (recibirá el enlace por separado)
        Coordinadora: Wanda Rivera Ortiz - wanda.rivera@enlaceboricua.com

        Hemos adjuntado un recordatorio para su calendario.

        Cordialmente,
        Reclutamiento - Enlace Boricua Telecomunicaciones
        San Juan, Puerto Rico

        Este mensaje fue generado automáticamente por iCIMS. No responda a este mensaje.
    """)
    htm = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <p>Estimada Paola:</p>
        <p>Gracias por su interés en Enlace Boricua Telecomunicaciones. Le confirmamos su entrevista para la posición de
        <b>Ingeniero(a) de Planificación de Red - Núcleo IP</b> (Req. 2026-3318).</p>
        <table>
        <tr><td><b>Fecha:</b></td><td>martes, 22 de septiembre de 2026</td></tr>
        <tr><td><b>Hora:</b></td><td>2:30 p.&nbsp;m. (hora del Atlántico, San Juan)</td></tr>
        <tr><td><b>Modalidad:</b></td><td>Microsoft Teams (recibirá el enlace por separado)</td></tr>
        <tr><td><b>Coordinadora:</b></td><td>Wanda Rivera Ortiz - <a href="mailto:wanda.rivera@enlaceboricua.com">wanda.rivera@enlaceboricua.com</a></td></tr>
        </table>
        <p>Hemos adjuntado un recordatorio para su calendario.</p>
        <p>Cordialmente,<br>Reclutamiento - Enlace Boricua Telecomunicaciones<br>San Juan, Puerto Rico</p>
        <p style="font-size:10px;color:#888">Este mensaje fue generado automáticamente por iCIMS. No responda a este mensaje.</p>
        </body></html>
    """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//Recruit//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:icims-evt-2026-3318-77104@enlaceboricua.icims.com
DTSTAMP:20260914T150000Z
DTSTART;VALUE=DATE:20260922
DTEND;VALUE=DATE:20260923
SUMMARY:Entrevista - Enlace Boricua Telecomunicaciones (ver hora en el correo)
DESCRIPTION:Entrevista para Ingeniero(a) de Planificación de Red - Núcleo IP. Hora: 2:30 p. m. (hora del Atlántico).
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("mail12.talent.icims.com", "2026-09-14 11:00", PR, "Ic6nB0vM4xHs"),
        ("From", "Enlace Boricua Telecomunicaciones <enlaceboricua@talent.icims.com>"),
        ("To", PAOLA),
        ("Subject", enc("Confirmación de entrevista - Req. 2026-3318")),
        ("Date", date("2026-09-14 11:00", PR)),
        ("Message-ID", "<1726326000.318877.icims.enlaceboricua@talent.icims.com>"),
    ], mixed(alt(text(body, charset="iso-8859-1"), html(htm, charset="iso-8859-1")),
             calendar(ics, method="PUBLISH", cte="quoted-printable", ctype="text/calendar",
                      filename="entrevista.ics", disposition="attachment")))


@mail(n(16), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-11-17T15:00:00Z", end="2026-11-17T17:30:00Z",
      contact="ashley.brennan@meridianspan.com", company="Meridian Span Networks",
      local="Tue 2026-11-17 10:00", local_end="2026-11-17 12:30", zone=NY,
      note="GoodTime itinerary, three back-to-back sessions 10:00 AM-12:30 PM EST (Eastern, after 1 Nov) "
           "-> first start 15:00Z to last end 17:30Z; contact = coordinator's Reply-To")
def goodtime_meridian() -> bytes:
    body = t("""
        Hi Paola,

        Your virtual onsite with Meridian Span Networks is confirmed. Here is your itinerary
        (all times Eastern Standard Time, EST):

        Tuesday, November 17, 2026

          10:00 AM - 10:45 AM   Transport network design   with Priya Ramaswamy
          11:00 AM - 11:45 AM   Capacity forecasting case  with Owen Gallagher
          12:00 PM - 12:30 PM   Hiring manager wrap-up     with Lucía Ferraro

        All sessions use the same Zoom room:
        https://meridianspan.zoom.us/j/98173320045

        Your coordinator is Ashley Brennan - just reply to this email if anything comes up.

        Best of luck!
        Meridian Span Networks Recruiting
        Scheduled with GoodTime
    """)
    htm = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#1f2937">
        <p>Hi Paola,</p>
        <p>Your virtual onsite with Meridian Span Networks is confirmed. Here is your itinerary (all times Eastern Standard Time, EST):</p>
        <p><b>Tuesday, November 17, 2026</b></p>
        <table cellpadding="6" style="border-collapse:collapse;border:1px solid #e5e7eb">
        <tr><td>10:00 AM - 10:45 AM</td><td>Transport network design</td><td>Priya Ramaswamy</td></tr>
        <tr><td>11:00 AM - 11:45 AM</td><td>Capacity forecasting case</td><td>Owen Gallagher</td></tr>
        <tr><td>12:00 PM - 12:30 PM</td><td>Hiring manager wrap-up</td><td>Lucía Ferraro</td></tr>
        </table>
        <p>All sessions use the same Zoom room: <a href="https://meridianspan.zoom.us/j/98173320045">https://meridianspan.zoom.us/j/98173320045</a></p>
        <p>Your coordinator is Ashley Brennan - just reply to this email if anything comes up.</p>
        <p>Best of luck!<br>Meridian Span Networks Recruiting</p>
        <p style="font-size:11px;color:#9ca3af">Scheduled with GoodTime</p>
        </body></html>
    """)
    return message([
        rcv("mail.goodtime.io", "2026-11-10 16:45", NY, "Gt2wX5cV8bNm"),
        ("From", "Meridian Span Networks Recruiting <scheduling@goodtime.io>"),
        ("Reply-To", "Ashley Brennan <ashley.brennan@meridianspan.com>"),
        ("To", PAOLA),
        ("Subject", "Your interview itinerary - Meridian Span Networks (Tue, Nov 17)"),
        ("Date", date("2026-11-10 16:45", NY)),
        ("Message-ID", "<gt.itinerary.61f0a3c9d2b84e57@goodtime.io>"),
    ], alt(text(body, cte="base64"), html(htm, cte="base64")))


@mail(n(17), family="workable", lang="es", interview=True, kind="rescheduled",
      start="2026-10-21T14:00:00Z", end="2026-10-21T14:45:00Z",
      contact="mariajose.cabral@sabanadigital.do", company="Sabana Digital",
      local="Wed 2026-10-21 10:00", local_end="2026-10-21 10:45", zone=SD,
      days=(("Tue", "2026-10-20"),),
      note="Workable, reprogramación: la anterior era el martes 20/10 10:00, la nueva el miércoles 21/10 "
           "10:00-10:45 (AST, UTC-4) -> 14:00-14:45Z; ICS SEQUENCE:1 igual; el Reply-To es un relé "
           "+...@candidates.workablemail.com, contacto = la dirección humana del cuerpo")
def workable_sabana() -> bytes:
    body = t("""
        Hola Paola,

        Te escribimos porque tu entrevista para Especialista en Planificación de Red (Santo Domingo)
        ha sido reprogramada.

        Antes:  martes, 20 de octubre de 2026, 10:00 – 10:45 (AST)
        Ahora:  miércoles, 21 de octubre de 2026, 10:00 – 10:45 (AST)

        Entrevistadora: María José Cabral, Gerente de Ingeniería
        Lugar: Sabana Digital, Calle Rafael Augusto Sánchez 86, Piantini

        María José tuvo un conflicto con un mantenimiento programado de la red y nos pidió moverla
        un día. Si la nueva hora no te funciona, escríbele a mariajose.cabral@sabanadigital.do.

        Saludos,
        El equipo de Sabana Digital

        --
        Enviado con Workable
    """)
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hola Paola,</p>
        <p>Te escribimos porque tu entrevista para <b>Especialista en Planificación de Red (Santo Domingo)</b> ha sido reprogramada.</p>
        <p><span style="color:#999;text-decoration:line-through">martes, 20 de octubre de 2026, 10:00 – 10:45 (AST)</span><br>
        <b>miércoles, 21 de octubre de 2026, 10:00 – 10:45 (AST)</b></p>
        <p>Entrevistadora: María José Cabral, Gerente de Ingeniería<br>Lugar: Sabana Digital, Calle Rafael Augusto Sánchez 86, Piantini</p>
        <p>María José tuvo un conflicto con un mantenimiento programado de la red y nos pidió moverla un día.
        Si la nueva hora no te funciona, escríbele a <a href="mailto:mariajose.cabral@sabanadigital.do">mariajose.cabral@sabanadigital.do</a>.</p>
        <p>Saludos,<br>El equipo de Sabana Digital</p>
        <p style="font-size:11px;color:#aaa">Enviado con Workable</p>
        </body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
{SD_VTZ}
BEGIN:VEVENT
UID:workable-ev-3f9c21a7d5@workable.com
DTSTAMP:20261016T173000Z
DTSTART;TZID=America/Santo_Domingo:20261021T100000
DTEND;TZID=America/Santo_Domingo:20261021T104500
SUMMARY:Entrevista: Paola Jiménez - Especialista en Planificación de Red
LOCATION:Sabana Digital\\, Calle Rafael Augusto Sánchez 86\\, Piantini
ORGANIZER;CN=María José Cabral:mailto:mariajose.cabral@sabanadigital.do
ATTENDEE;CN=Paola Jiménez;RSVP=TRUE:mailto:paola.jimenez@example.org
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("mail3.workablemail.com", "2026-10-16 13:30", SD, "Wk8dN1fP4rTy"),
        ("From", "Sabana Digital <noreply@workablemail.com>"),
        ("Reply-To", "Sabana Digital <sabana-digital+c7d1e9a2f4@candidates.workablemail.com>"),
        ("To", PAOLA),
        ("Subject", enc("Tu entrevista con Sabana Digital ha sido reprogramada")),
        ("Date", date("2026-10-16 13:30", SD)),
        ("Message-ID", "<5f0b8d2e9a1c.4e7f@workablemail.com>"),
    ], mixed(alt(text(body), html(htm)),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(18), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start="2026-12-04T14:00:00Z", end=None,
      contact="lebatista@tropicom.com.do", company="Inversiones Tropicom",
      local="Fri 2026-12-04 10:00", zone=SD, days=(("Thu", "2026-12-03"),),
      note="Prosa (usted, Outlook, iso-8859-1 QP): mueve la entrevista del jueves 3/12 2:00 p. m. al "
           "viernes 4/12 10:00 a. m.; fechas día/mes, Santiago = AST UTC-4 -> 14:00Z; 'alrededor de "
           "una hora' -> end null; contacto = remitente")
def prose_tropicom_mover() -> bytes:
    body = t("""
        Buenos días, Ing. Jiménez:

        Le escribo para pedirle un cambio. Por un viaje imprevisto del director técnico necesitamos
        mover la entrevista del jueves 3/12 a las 2:00 p. m. al viernes 4/12 a las 10:00 a. m.,
        en el mismo lugar (Calle del Sol 54, 2do piso, Santiago). Tomará alrededor de una hora.

        Le pido disculpas por el inconveniente. Si el viernes no le es posible, me avisa y buscamos
        otra opción la semana siguiente.

        Atentamente,

        Luis Emilio Batista
        Encargado de Gestión Humana
        Inversiones Tropicom, S.R.L.
        Tel. 809-555-0190 ext. 214
    """)
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Buenos días, Ing. Jiménez:</p>
        <p>Le escribo para pedirle un cambio. Por un viaje imprevisto del director técnico necesitamos mover la entrevista del
        <b>jueves 3/12 a las 2:00 p. m.</b> al <b>viernes 4/12 a las 10:00 a. m.</b>, en el mismo lugar (Calle del Sol 54, 2do piso, Santiago).
        Tomará alrededor de una hora.</p>
        <p>Le pido disculpas por el inconveniente. Si el viernes no le es posible, me avisa y buscamos otra opción la semana siguiente.</p>
        <p>Atentamente,</p>
        <p>Luis Emilio Batista<br>Encargado de Gestión Humana<br>Inversiones Tropicom, S.R.L.<br>Tel. 809-555-0190 ext. 214</p>
        </div></body></html>
    """)
    return message([
        rcv("mail-bl2nam02on2094.outbound.protection.outlook.com", "2026-11-30 09:05", SD, "Tr3mQ6kW9zXa"),
        ("From", addr("Luis Emilio Batista", "lebatista@tropicom.com.do", "iso-8859-1")),
        ("To", addr("Paola Jiménez", ME, "iso-8859-1")),
        ("Subject", enc("Cambio de fecha – entrevista Supervisor(a) de Red", "utf-8")),
        ("Date", date("2026-11-30 09:05", SD)),
        ("Message-ID", "<BL0PR02MB4466D2C7B1A0F9E8D7C6B5A4F3E2D1C0@BL0PR02MB4466.namprd02.prod.outlook.com>"),
        ("Thread-Topic", enc("Cambio de fecha – entrevista Supervisor(a) de Red")),
        ("Content-Language", "es-DO"),
    ], alt(text(body, charset="iso-8859-1"), html(htm, charset="iso-8859-1")))


@mail(n(19), family="google_calendar", lang="en", interview=True, kind="rescheduled",
      start="2026-11-03T16:00:00Z", end="2026-11-03T16:45:00Z",
      contact="kevin.osei@harborlightsys.com", company="Harborlight Systems",
      local="Tue 2026-11-03 11:00", local_end="2026-11-03 11:45", zone=NY, days=(("Fri", "2026-10-30"),),
      note="Google Calendar 'Updated invitation', sent Wed 28 Oct (EDT): old Fri Oct 30 11am EDT, new "
           "Tue Nov 3 11am-11:45am Eastern = EST after 1 Nov -> 16:00-16:45Z (noon in Santo Domingo); "
           "ICS SEQUENCE:2 agrees; contact = organizer")
def gcal_harborlight_update() -> bytes:
    body = t("""
        This event has been updated
        Changed: time

        Interview - Paola Jiménez / Harborlight Systems (Sr. Network Planner)

        When
        CHANGED
        Tuesday Nov 3, 2026 ⋅ 11am – 11:45am
        Eastern Time - New York
        (was: Friday Oct 30, 2026 ⋅ 11am – 11:45am)

        Joining info
        Join with Google Meet
        https://meet.google.com/hbt-wmxo-czr

        Organizer
        Kevin Osei
        kevin.osei@harborlightsys.com

        Guests
        Kevin Osei - organizer
        paola.jimenez@example.org
        Renata Quiñones

        Reply for paola.jimenez@example.org
        Yes  No  Maybe  More options https://calendar.google.com/calendar/event?action=RESPOND&eid=M2ZxY2g0cWs

        Invitation from Google Calendar https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
    """)
    htm = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <div style="font-size:16px">This event has been updated</div>
        <div style="color:#d93025">Changed: time</div>
        <h2 style="font-weight:400">Interview - Paola Jiménez / Harborlight Systems (Sr. Network Planner)</h2>
        <div><b>When</b> <span style="background:#fce8e6;color:#c5221f;font-size:11px">CHANGED</span></div>
        <div>Tuesday Nov 3, 2026 ⋅ 11am – 11:45am</div>
        <div style="color:#70757a">Eastern Time - New York</div>
        <div style="color:#70757a;text-decoration:line-through">Friday Oct 30, 2026 ⋅ 11am – 11:45am</div>
        <p><a href="https://meet.google.com/hbt-wmxo-czr">Join with Google Meet</a></p>
        <p><b>Organizer</b><br>Kevin Osei<br>kevin.osei@harborlightsys.com</p>
        <p><b>Guests</b><br>Kevin Osei - organizer<br>paola.jimenez@example.org<br>Renata Quiñones</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div>
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["America/New_York"]}
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20261103T110000
DTEND;TZID=America/New_York:20261103T114500
DTSTAMP:20261028T142000Z
ORGANIZER;CN=Kevin Osei:mailto:kevin.osei@harborlightsys.com
UID:3fqch4qk9l2m0n7p5r1t8v6x4z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Kevin Osei:mailto:kevin.osei@harborlightsys.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=paola.jimenez@example.org:mailto:paola.jimenez@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Renata Quiñones:mailto:rquinones@harborlightsys.com
CREATED:20261019T201133Z
LAST-MODIFIED:20261028T142000Z
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Interview - Paola Jiménez / Harborlight Systems (Sr. Network Planner)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("mail-sor-f69.google.com", "2026-10-28 10:20", NY, "Hl7pA2sD5fGh"),
        ("From", "Kevin Osei <kevin.osei@harborlightsys.com>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", "Kevin Osei <kevin.osei@harborlightsys.com>"),
        ("To", "paola.jimenez@example.org"),
        ("Subject", enc("Updated invitation: Interview - Paola Jiménez / Harborlight Systems (Sr. "
                        "Network Planner) @ Tue Nov 3, 2026 11am - 11:45am (EST) (paola.jimenez@example.org)")),
        ("Date", date("2026-10-28 10:20", NY)),
        ("Message-ID", "<calendar-b27e5c14-0a3d-4f9b-8c62-e1d7a9f30b58@google.com>"),
    ], mixed(alt(text(body), html(htm), calendar(ics, cte="base64")),
             calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(n(20), family="exchange_outlook", lang="es", interview=True, kind="rescheduled",
      start="2026-10-27T14:00:00Z", end="2026-10-27T15:00:00Z",
      contact="nferreira@latitudtelecom.com", company="Grupo Latitud Telecom",
      local="Tue 2026-10-27 10:00", local_end="2026-10-27 11:00", zone=NY, days=(("Thu", "2026-10-22"),),
      note="Actualización de Outlook desde Miami: el cuerpo muestra '(UTC-05:00) Hora del este (EE. UU. "
           "y Canadá)' aunque el 27/10 rige EDT (UTC-4): 10:00-11:00 -> 14:00-15:00Z, como el ICS "
           "'Eastern Standard Time'; la anterior era el jueves 22/10 3:00 p. m.; contacto = ORGANIZER")
def exchange_latitud_update() -> bytes:
    body = t("""
        Cuándo: martes, 27 de octubre de 2026 10:00-11:00. (UTC-05:00) Hora del este (EE. UU. y Canadá)
        Dónde: Reunión de Microsoft Teams

        Paola, buenas tardes:

        Como le comenté por teléfono, el Sr. Aguilera no podrá estar el jueves 22/10 a las 3:00 p. m.,
        así que movemos la entrevista final al martes 27. Disculpe el cambio.

        Saludos,
        Natalia Ferreira
        Talent Acquisition Manager | Grupo Latitud Telecom
        Doral, FL

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse en el equipo o la aplicación móvil
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWQ4ZjE3MzAtYjI1Ni00%40thread.v2/0>
        Id. de reunión: 219 553 408 771
        Código de acceso: x9VbQ2
        ________________________________________________________________________________
    """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Natalia Ferreira:mailto:nferreira@latitudtelecom.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Paola Jiménez:mailto:paola.jimenez@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rodolfo Aguilera:mailto:raguilera@latitudtelecom.com
SUMMARY;LANGUAGE=es-ES:Entrevista final – Ingeniero(a) de Planificación de Red
DTSTART;TZID=Eastern Standard Time:20261027T100000
DTEND;TZID=Eastern Standard Time:20261027T110000
UID:040000008200E00074C5B7101A82E00800000000D41A9C7E2F61DC01000000000000000010000000F1E2D3C4B5A69788A9B0C1D2E3F40516
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261021T210000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1730511902
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("mail-co1nam11on2130.outbound.protection.outlook.com", "2026-10-21 17:00", NY, "Lt5hG8jK1lZx"),
        ("From", addr("Natalia Ferreira", "nferreira@latitudtelecom.com")),
        ("To", PAOLA),
        ("Subject", enc("Actualizado: Entrevista final – Ingeniero(a) de Planificación de Red")),
        ("Thread-Topic", enc("Entrevista final – Ingeniero(a) de Planificación de Red")),
        ("Thread-Index", "AdtjP1x0ZRx3Vn2mQe6B7kTgHf0aUw=="),
        ("Date", date("2026-10-21 17:00", NY)),
        ("Message-ID", "<CO1PR11MB5089A4B3C2D1E0F9A8B7C6D5E4F3A2B1@CO1PR11MB5089.namprd11.prod.outlook.com>"),
        ("Content-Language", "es-US"),
    ], alt(text(body), calendar(ics, cte="base64")))


@mail(n(21), family="google_calendar", lang="es", interview=True, kind="cancelled",
      start="2026-12-14T13:00:00Z", end="2026-12-14T14:00:00Z",
      contact="gabriel.soto@caribemovil.com.do", company="Caribe Móvil Data",
      local="Mon 2026-12-14 09:00", local_end="2026-12-14 10:00", zone=SD,
      note="Cancelación de Google Calendar en español (METHOD:CANCEL, STATUS:CANCELLED): lun 14 dic "
           "9:00-10:00, hora estándar del Atlántico - Santo Domingo (UTC-4) -> 13:00-14:00Z, el hueco "
           "cancelado; contacto = organizador")
def gcal_caribemovil_cancel() -> bytes:
    body = t("""
        Se ha cancelado este evento y se ha quitado de tu calendario.

        Entrevista técnica – Paola Jiménez (Arquitecta de Red de Transporte)
        lunes, 14 de diciembre de 2026 ⋅ 9:00 – 10:00
        Hora estándar del Atlántico - Santo Domingo

        Nota del organizador:
        Paola, lo siento mucho: la posición se congeló por presupuesto hasta el Q1. Te escribo en
        cuanto se reabra. — Gabriel

        Organizador
        Gabriel Soto
        gabriel.soto@caribemovil.com.do

        Invitados
        Gabriel Soto - organizador
        paola.jimenez@example.org

        Invitación de Google Calendar https://calendar.google.com/calendar/

        Has recibido este correo electrónico porque eres un invitado del evento.
    """)
    htm = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <div>Se ha cancelado este evento y se ha quitado de tu calendario.</div>
        <h2 style="font-weight:400;text-decoration:line-through">Entrevista técnica – Paola Jiménez (Arquitecta de Red de Transporte)</h2>
        <div>lunes, 14 de diciembre de 2026 ⋅ 9:00 – 10:00</div>
        <div style="color:#70757a">Hora estándar del Atlántico - Santo Domingo</div>
        <p><b>Nota del organizador:</b><br>Paola, lo siento mucho: la posición se congeló por presupuesto hasta el Q1. Te escribo en cuanto se reabra. — Gabriel</p>
        <p><b>Organizador</b><br>Gabriel Soto<br>gabriel.soto@caribemovil.com.do</p>
        <p style="font-size:12px;color:#70757a">Invitación de Google Calendar</p>
        </div>
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{SD_VTZ}
BEGIN:VEVENT
DTSTART;TZID=America/Santo_Domingo:20261214T090000
DTEND;TZID=America/Santo_Domingo:20261214T100000
DTSTAMP:20261209T123000Z
ORGANIZER;CN=Gabriel Soto:mailto:gabriel.soto@caribemovil.com.do
UID:0k2m4o6q8s1u3w5y7a9c2e4g6i@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=paola.jimenez@example.org:mailto:paola.jimenez@example.org
CREATED:20261201T152201Z
LAST-MODIFIED:20261209T123000Z
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Entrevista técnica – Paola Jiménez (Arquitecta de Red de Transporte)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("mail-sor-f41.google.com", "2026-12-09 08:30", SD, "Cm1nB4vC7xZq"),
        ("From", "Gabriel Soto <gabriel.soto@caribemovil.com.do>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", "paola.jimenez@example.org"),
        ("Subject", enc("Invitación cancelada: Entrevista técnica – Paola Jiménez (Arquitecta de Red "
                        "de Transporte) @ lun 14 dic 2026 9:00 - 10:00 (AST) (paola.jimenez@example.org)")),
        ("Date", date("2026-12-09 08:30", SD)),
        ("Message-ID", "<calendar-9d3f6a21-7c4e-4b08-a5e1-3f2b8c0d6e97@google.com>"),
    ], mixed(alt(text(body), html(htm), calendar(ics, method="CANCEL", cte="base64")),
             calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(22), family="human_prose", lang="es", interview=True, kind="cancelled",
      start="2026-11-06T14:00:00Z", end=None,
      contact="jvolquez@macaoconecta.com", company="Conectividad Macao",
      local="Fri 2026-11-06 10:00", zone=SD,
      note="Prosa (tú) de Punta Cana: cancela la entrevista del viernes 6/11 a las 10:00 a. m. porque "
           "la posición quedó en pausa, sin nueva hora; AST UTC-4 -> 14:00Z (hueco cancelado); "
           "contacto = remitente")
def prose_macao_cancel() -> bytes:
    body = t("""
        Hola Paola,

        Te escribo con una noticia que no me gusta dar: tenemos que cancelar la entrevista del
        viernes 6/11 a las 10:00 a. m. con el equipo de Operaciones. La gerencia decidió poner en
        pausa la posición de Planificador(a) de Red hasta que se apruebe el presupuesto de 2027.

        De verdad me gustó mucho tu perfil y le pedí a Operaciones que te tengamos en cuenta
        primero cuando se reactive. Te aviso en cuanto sepa algo.

        Un abrazo,
        Johanna

        Johanna Vólquez
        Gestión de Talento · Conectividad Macao
        Punta Cana, La Altagracia
    """)
    return message([
        rcv("mail-ua1-f50.google.com", "2026-11-03 18:10", SD, "Mc9vX2bN5mQa"),
        ("From", addr("Johanna Vólquez", "jvolquez@macaoconecta.com")),
        ("To", PAOLA),
        ("Subject", enc("Entrevista del viernes – cancelada")),
        ("Date", date("2026-11-03 18:10", SD)),
        ("Message-ID", "<CAJx0qT4nV8bWm2Kd7Rs1Lp9cYh3aZf6eUo5gNi@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(23), family="softgarden", lang="en", interview=True, kind="cancelled",
      start="2026-12-08T14:00:00Z", end="2026-12-08T15:00:00Z",
      contact="jonas.richter@nordlicht-netz.de", company="Nordlicht Netzplanung GmbH",
      local="Tue 2026-12-08 15:00", local_end="2026-12-08 16:00", zone="Europe/Berlin",
      note="softgarden cancellation from a Berlin company hiring remote planners: Tue 8 Dec 15:00-16:00 "
           "CET (Berlin, UTC+1 in winter) -> 14:00-15:00Z (10:00 in Santo Domingo), new slots to "
           "follow; ICS METHOD:CANCEL; contact = recruiter address in the body")
def softgarden_nordlicht_cancel() -> bytes:
    body = t("""
        Dear Paola Jiménez,

        Unfortunately we have to cancel your interview for the position "RF Planning Engineer
        (remote, Americas)" scheduled for:

        Tuesday, 8 December 2026, 15:00 - 16:00 CET (Berlin time)

        Our hiring manager is unavailable that day. We will send you a link with new time slots in
        the coming days. We apologise for the inconvenience.

        If you have any questions, please contact Jonas Richter (jonas.richter@nordlicht-netz.de).

        Kind regards
        Your Nordlicht Netzplanung recruiting team

        ---
        Nordlicht Netzplanung GmbH · Chausseestraße 88 · 10115 Berlin
        This e-mail was sent via softgarden.
    """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden//Interview//EN
METHOD:CANCEL
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:sg-interview-77f2a0c4-8b1d-4e6f-93a5-0c7e2d1b9f38
DTSTAMP:20261202T130000Z
DTSTART;TZID=Europe/Berlin:20261208T150000
DTEND;TZID=Europe/Berlin:20261208T160000
SUMMARY:Interview Nordlicht Netzplanung - RF Planning Engineer
ORGANIZER;CN=Nordlicht Netzplanung:mailto:noreply@softgarden.io
ATTENDEE;CN=Paola Jiménez:mailto:paola.jimenez@example.org
SEQUENCE:1
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("mx-out2.softgarden.io", "2026-12-02 14:00", "Europe/Berlin", "Sg6cF9hJ2kLp"),
        ("From", "Nordlicht Netzplanung GmbH <noreply@softgarden.io>"),
        ("To", PAOLA),
        ("Subject", "Cancellation of your interview - RF Planning Engineer (remote, Americas)"),
        ("Date", date("2026-12-02 14:00", "Europe/Berlin")),
        ("Message-ID", "<20261202130000.4f2a9c7e1b@softgarden.io>"),
    ], mixed(text(body, charset="utf-8", cte="quoted-printable"),
             calendar(ics, method="CANCEL", cte="base64", filename="cancel.ics",
                      disposition="attachment")))


# =========================================================================== negatives


@mail(n(24), family="rejection", lang="es", interview=False, company="Conecta Quisqueya",
      note="Rechazo tras la entrevista del 17 de septiembre (mismo proceso Lever que la confirmación "
           "de Conecta Quisqueya); menciona la fecha pasada, no agenda nada")
def lever_conecta_rechazo() -> bytes:
    body = t("""
        Hola Paola:

        Gracias nuevamente por el tiempo que le dedicaste a nuestro proceso y por la conversación
        del jueves 17 de septiembre con Laura y Ernesto.

        Después de evaluar con cuidado todas las candidaturas, hemos decidido continuar con otra
        persona cuyo perfil se ajusta más a las necesidades actuales del equipo de Transporte.

        Nos gustaría mantener tu perfil en nuestra base de talento para futuras oportunidades.
        Te deseamos mucho éxito en tu búsqueda.

        Saludos cordiales,
        Equipo de Talento de Conecta Quisqueya
    """)
    htm = t("""
        <div style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;max-width:560px">
        <p>Hola Paola:</p>
        <p>Gracias nuevamente por el tiempo que le dedicaste a nuestro proceso y por la conversación del jueves 17 de septiembre con Laura y Ernesto.</p>
        <p>Después de evaluar con cuidado todas las candidaturas, hemos decidido continuar con otra persona cuyo perfil se ajusta más a las necesidades actuales del equipo de Transporte.</p>
        <p>Nos gustaría mantener tu perfil en nuestra base de talento para futuras oportunidades. Te deseamos mucho éxito en tu búsqueda.</p>
        <p>Saludos cordiales,<br>Equipo de Talento de Conecta Quisqueya</p>
        </div>
    """)
    return message([
        rcv("mail-a07.hire.lever.co", "2026-10-02 11:48", SD, "Lv2rT5yU8iOp"),
        ("From", "Conecta Quisqueya <no-reply@hire.lever.co>"),
        ("Reply-To", addr("Laura Peña", "laura.pena@conectaquisqueya.com.do")),
        ("To", PAOLA),
        ("Subject", enc("Tu candidatura en Conecta Quisqueya")),
        ("Date", date("2026-10-02 11:48", SD)),
        ("Message-ID", "<01000192487fd0a1-c3e5a9d1-77b2-4f0e-8a1c-5d9e3b2f6a74-000000@email.amazonses.com>"),
    ], alt(text(body), html(htm)))


@mail(n(25), family="offer", lang="es", interview=False, company="Sabana Digital",
      days=(("Thu", "2026-11-12"), ("Mon", "2027-01-04")),
      note="Oferta laboral con cita fija para firmar el contrato (jueves 12/11 3:00 p. m.) y fecha de "
           "inicio; es una oferta, no una entrevista -> negativo")
def oferta_sabana() -> bytes:
    body = t("""
        Hola Paola,

        ¡Felicidades! Nos complace ofrecerte la posición de Especialista en Planificación de Red en
        Sabana Digital. Adjuntamos la carta oferta con el detalle de salario, beneficios y el
        periodo de prueba.

        Resumen:
        - Salario bruto mensual: RD$ 185,000
        - Seguro médico complementario (titular + dependientes)
        - Fecha de inicio propuesta: lunes 4 de enero de 2027, a las 8:00 a. m.

        Si estás de acuerdo, te esperamos el jueves 12/11 a las 3:00 p. m. en nuestras oficinas de
        Piantini para la firma del contrato con Gestión Humana. Trae tu cédula y una copia del
        certificado de la TSS.

        Quedamos muy contentos con tu entrevista. ¡Esperamos tenerte en el equipo!

        María José Cabral
        Gerente de Ingeniería | Sabana Digital
        mariajose.cabral@sabanadigital.do
    """)
    pdf = raw_part([
        ("Content-Type", 'application/pdf; name="Carta_oferta_Paola_Jimenez.pdf"'),
        ("Content-Disposition", 'attachment; filename="Carta_oferta_Paola_Jimenez.pdf"'),
        ("Content-Transfer-Encoding", "base64"),
    ], "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\n"
       "YmoKdHJhaWxlcgo8PC9Sb290IDEgMCBSPj4KJSVFT0YK\n")
    return message([
        rcv("mail-oi1-f175.google.com", "2026-11-09 16:20", SD, "Of1eR4tY7uIo"),
        ("From", addr("María José Cabral", "mariajose.cabral@sabanadigital.do")),
        ("To", PAOLA),
        ("CC", "gestionhumana@sabanadigital.do"),
        ("Subject", enc("Oferta laboral – Especialista en Planificación de Red")),
        ("Date", date("2026-11-09 16:20", SD)),
        ("Message-ID", "<CAF3kR8vN2xQw7Ld0Tm5Pz1cYh9aBs4eUo6gWi@mail.gmail.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))), pdf))


@mail(n(26), family="application_receipt", lang="en", interview=False, company="Atlantic Reach Telecom",
      note="Workday application acknowledgement: no interview, no time; 'if selected for an interview' "
           "is conditional")
def workday_receipt_atlantic() -> bytes:
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Dear Paola,</p>
        <p>Thank you for applying to <b>JR-20417 Senior Network Planning Engineer (Miami, FL / Hybrid)</b> at Atlantic Reach Telecom.</p>
        <p>We have received your application and our recruiting team will review your qualifications.
        If you are selected for an interview, a member of our team will contact you to schedule a time.</p>
        <p>You can track the status of your application at any time by signing in to your
        <a href="https://atlanticreach.wd1.myworkdayjobs.com/en-US/External/userHome">candidate home</a>.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Atlantic Reach Telecom</p>
        <p style="font-size:11px;color:#888">Please do not reply to this email; this mailbox is not monitored.</p>
        </body></html>
    """)
    return message([
        rcv("mailout-pdx.myworkday.com", "2026-09-08 14:31", NY, "Ar7wQ0eR3tYu"),
        ("From", "Atlantic Reach Telecom <atlanticreach@myworkday.com>"),
        ("To", "paola.jimenez@example.org"),
        ("Subject", "Thank you for applying - JR-20417 Senior Network Planning Engineer"),
        ("Date", date("2026-09-08 14:31", NY)),
        ("Message-ID", "<882190334.40122.1788892260311@wd1-prod-notify-04.myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], html(htm))


@mail(n(27), family="job_alert", lang="es", interview=False, company=None,
      note="Alerta de empleos de un portal: lista de vacantes con 'entrevistas inmediatas'; nada agendado")
def alerta_trabajosquisqueya() -> bytes:
    body = t("""
        Hola Paola, tenemos 5 nuevos empleos para "planificación de red" en tu zona

        Ingeniero(a) de Planificación RF – Santo Domingo
        Operador móvil nacional · Publicado hace 2 días
        Salario: a convenir · Entrevistas inmediatas
        https://www.trabajosquisqueya.com/empleo/88123

        Especialista en Diseño de Red FTTH – Santiago
        Proveedor de internet regional · Publicado hoy
        https://www.trabajosquisqueya.com/empleo/88140

        Coordinador(a) de Conectividad – Punta Cana
        Cadena hotelera · Publicado hace 4 días
        https://www.trabajosquisqueya.com/empleo/88077

        Analista de Capacidad de Red (remoto)
        Empresa de servicios gestionados · Publicado ayer
        https://www.trabajosquisqueya.com/empleo/88131

        Técnico(a) de Transmisión Microondas – San Pedro de Macorís
        Contratista de telecomunicaciones · Publicado hace 3 días
        https://www.trabajosquisqueya.com/empleo/88102

        Consejo de la semana: prepara tres ejemplos concretos de proyectos para tu próxima
        entrevista.

        Recibes este correo porque creaste una alerta en TrabajosQuisqueya.
        Darte de baja: https://www.trabajosquisqueya.com/alertas/baja?u=pj8812
    """)
    return message([
        rcv("mta3.trabajosquisqueya.com", "2026-09-21 07:00", SD, "Jq5aS8dF1gHj"),
        ("From", "TrabajosQuisqueya Alertas <alertas@trabajosquisqueya.com>"),
        ("To", "paola.jimenez@example.org"),
        ("Subject", enc('5 nuevos empleos para "planificación de red"')),
        ("Date", date("2026-09-21 07:00", SD)),
        ("Message-ID", "<alerta.20260921.pj8812.5@trabajosquisqueya.com>"),
        ("List-Unsubscribe", "<https://www.trabajosquisqueya.com/alertas/baja?u=pj8812>"),
        ("Precedence", "bulk"),
    ], alt(text(body, cte="8bit"), html("<html><body><pre>" + body.replace("&", "&amp;").replace("<", "&lt;")
                                         + "</pre></body></html>\n", cte="8bit")))


@mail(n(28), family="newsletter_tips", lang="en", interview=False, company=None,
      note="Career newsletter/blog post about RF planning interviews; its sample 'confirmation' line "
           "(Tuesday at 10 a.m.) is an example, not an appointment")
def newsletter_signalpath() -> bytes:
    htm = t("""
        <html><body style="font-family:Georgia,serif;font-size:16px;line-height:1.5;color:#222;max-width:640px;margin:auto">
        <p style="font-family:Arial;font-size:12px;color:#888">THE SIGNAL PATH · Issue #112 · October 15, 2026</p>
        <h1 style="font-size:26px">How to ace the RF planning interview (and what to ask at the end)</h1>
        <p>Got the call? Congratulations. Most planning interviews follow the same arc: a recruiter screen,
        a technical deep dive on propagation and capacity, and a case study where you size a cluster.</p>
        <p>When the recruiter writes something like <i>"You're confirmed for Tuesday at 10 a.m."</i>, reply
        the same day, confirm your time zone, and ask who will be on the call. It sounds obvious, but we hear
        from readers every month who showed up an hour late because of a DST change.</p>
        <h2 style="font-size:20px">Five questions to ask your interviewers</h2>
        <ol>
        <li>How is the planning team split between RAN, transport and core?</li>
        <li>Which tools do you use for propagation modelling?</li>
        <li>How do you forecast capacity for the next 18 months?</li>
        <li>What does success look like in the first 90 days?</li>
        <li>How do planning and field operations work together?</li>
        </ol>
        <p>Next issue: negotiating your first offer in a new country.</p>
        <p style="font-family:Arial;font-size:12px;color:#888">You're receiving this because you subscribed at signalpath.news.
        <a href="https://signalpath.news/unsubscribe?e=pj">Unsubscribe</a></p>
        </body></html>
    """)
    return message([
        rcv("mail-out.signalpath.news", "2026-10-15 08:00", NY, "Sp9gH2jK5lZx"),
        ("From", "The Signal Path <newsletter@signalpath.news>"),
        ("To", "paola.jimenez@example.org"),
        ("Subject", "How to ace the RF planning interview (and what to ask at the end)"),
        ("Date", date("2026-10-15 08:00", NY)),
        ("Message-ID", "<issue-112.20261015120000@signalpath.news>"),
        ("List-Id", "The Signal Path <weekly.signalpath.news>"),
        ("List-Unsubscribe", "<https://signalpath.news/unsubscribe?e=pj>, <mailto:unsub@signalpath.news>"),
        ("Precedence", "bulk"),
    ], html(htm, cte="base64"))


@mail(n(29), family="self_schedule_link", lang="es", interview=False, company="Redes Ozama",
      note="Ashby: invitación a elegir horario con un enlace (franjas de lunes a viernes 9:00-12:00); "
           "ninguna hora fijada todavía")
def ashby_ozama_elegir() -> bytes:
    body = t("""
        Hola Paola,

        ¡Gracias por postularte a Ingeniero(a) de Planificación de Red en Redes Ozama! Nos gustaría
        conocerte en una primera conversación de 30 minutos con nuestro equipo de Talento.

        Por favor, elige el horario que mejor te convenga usando el siguiente enlace. Tenemos
        disponibilidad de lunes a viernes entre 9:00 a. m. y 12:00 p. m. (hora de Santo Domingo)
        durante las próximas dos semanas:

        https://app.ashbyhq.com/interview-scheduling/redesozama/8f2c1a9e-3b7d-4c50-a6e1-2d9f0b7c4e13

        Una vez elijas, recibirás una invitación de calendario con el enlace de la videollamada.

        Saludos,
        Talento · Redes Ozama
    """)
    return message([
        rcv("mail.ashbyhq.com", "2026-09-29 10:14", SD, "Ab3nM6bV9cXz"),
        ("From", "Redes Ozama <no-reply@ashbyhq.com>"),
        ("Reply-To", addr("Talento Redes Ozama", "talento@redesozama.com")),
        ("To", PAOLA),
        ("Subject", enc("Elige un horario para tu entrevista – Redes Ozama")),
        ("Date", date("2026-09-29 10:14", SD)),
        ("Message-ID", "<0100019237a1be44-0f8d2c3a-b9e1-47d6-8a05-c1e4f7b3d962-000000@email.amazonses.com>"),
    ], alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(n(30), family="recruiter_outreach", lang="es", interview=False, company="Caribbean Tower Partners",
      note="Contacto en frío de una empresa de Puerto Rico: pide disponibilidad 'la semana que viene', "
           "ninguna hora fija")
def outreach_ctp() -> bytes:
    body = t("""
        Saludos Paola,

        Me llamo Xiomara Pagán y recluto para Caribbean Tower Partners, una empresa de
        infraestructura pasiva con sede en Guaynabo. Vi tu perfil y tu experiencia en
        planificación de sitios y densificación LTE/5G en República Dominicana me llamó mucho la
        atención.

        Estamos buscando una Gerente de Planificación de Sitios para la región (Puerto Rico,
        República Dominicana e Islas Vírgenes), con base en San Juan o remoto con viajes.

        ¿Te interesaría tener una conversación corta la semana que viene? Si me compartes un par de
        horarios que te funcionen, yo me acomodo.

        ¡Gracias!
        Xiomara Pagán
        Talent Partner | Caribbean Tower Partners
        xpagan@caribtowerpartners.com | (787) 555-0133
    """)
    return message([
        rcv("mail-sn1nam02on2111.outbound.protection.outlook.com", "2026-10-19 13:05", PR, "Ct4qW7eR0tYu"),
        ("From", addr("Xiomara Pagán", "xpagan@caribtowerpartners.com")),
        ("To", PAOLA),
        ("Subject", enc("Oportunidad – Gerente de Planificación de Sitios (PR/RD)")),
        ("Date", date("2026-10-19 13:05", PR)),
        ("Message-ID", "<SN1PR02MB3312B7C6D5E4F3A2B1C0D9E8F7A6B5C4@SN1PR02MB3312.namprd02.prod.outlook.com>"),
    ], text(body))


@mail(n(31), family="interview_proposed", lang="es", interview=False, company="Fibra Óptica del Este",
      days=(("Mon", "2026-10-12"), ("Tue", "2026-10-13")),
      note="Propone dos opciones (lunes 12 a las 9:00 a. m. o martes 13 a las 10:00 a. m.) y queda a la "
           "espera de confirmación: aún no hay entrevista fijada (la confirmación llega en otro correo)")
def propuesta_fibraeste() -> bytes:
    body = t("""
        Estimada Ing. Jiménez:

        Recibimos su currículo para la posición de Supervisor(a) de Planta Externa FTTH y nos
        gustaría conocerla en persona.

        ¿Le vendría bien el lunes 12 de octubre a las 9:00 a. m., o el martes 13 a las 10:00 a. m.?
        La reunión sería en nuestras oficinas de la Av. Winston Churchill.

        Quedo atento a su confirmación para reservar la sala.

        Saludos cordiales,

        Ramón Tavárez
        Gerente de Operaciones
        Fibra Óptica del Este, S.R.L.
        Tel. 809-555-0111
    """)
    return message([
        rcv("mail-qk1-f180.google.com", "2026-10-05 15:40", SD, "Fp8aS1dF4gHj"),
        ("From", addr("Ramón Tavárez", "rtavarez@fibraeste.com.do")),
        ("To", PAOLA),
        ("Subject", enc("Entrevista – Supervisor(a) de Planta Externa FTTH")),
        ("Date", date("2026-10-05 15:40", SD)),
        ("Message-ID", "<9E4A1C2B-7D3F-4B8E-A1C6-2F0D5E9B7A48@fibraeste.com.do>"),
    ], alt(text(body, charset="iso-8859-1"), html(gmail_html(body), charset="iso-8859-1")))


@mail(n(32), family="medical_appointment", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Recordatorio de cita médica (dermatología) con hora fija; no es una entrevista de trabajo")
def cita_medica() -> bytes:
    body = t("""
        Centro Médico Arroyo Hondo Plaza
        Confirmación de cita

        Paciente: PAOLA JIMENEZ
        Especialidad: Dermatología
        Médico: Dra. Ivelisse Fermín
        Fecha: jueves 22/10/2026
        Hora: 4:30 p. m.
        Consultorio: Torre B, 3er piso, Cons. 304

        Favor llegar 15 minutos antes con su carnet del seguro y cédula.
        Para cancelar o cambiar su cita llame al 809-555-0188.

        Este es un mensaje automático, favor no responder.
    """)
    return message([
        rcv("smtp.cmahplaza.com.do", "2026-10-19 08:00", SD, "Md2zX5cV8bNm"),
        ("From", "Citas CMAH Plaza <citas-noreply@cmahplaza.com.do>"),
        ("To", "paola.jimenez@example.org"),
        ("Subject", enc("Confirmación de cita – Dermatología – jue 22/10 4:30 p. m.")),
        ("Date", date("2026-10-19 08:00", SD)),
        ("Message-ID", "<cita.551208.20261019@cmahplaza.com.do>"),
    ], text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(33), family="car_service", lang="es", interview=False, company=None,
      days=(("Sat", "2026-11-14"),),
      note="Cita de mantenimiento del vehículo con ICS (sábado 14/11 8:00 a. m.): hora fija, no es entrevista")
def taller_kennedy() -> bytes:
    body = t("""
        Estimada Sra. Paola Jiménez:

        Su cita de servicio ha sido confirmada.

        Vehículo: Toyota RAV4 2021 – placa G512887
        Servicio: Mantenimiento de 40,000 km + revisión de frenos
        Fecha: sábado 14 de noviembre de 2026
        Hora de recepción: 8:00 a. m.
        Dirección: AutoServicio Kennedy, Av. John F. Kennedy km 6½, Santo Domingo

        Tiempo estimado del servicio: 3 horas. Contamos con sala de espera y Wi‑Fi.

        Gracias por preferirnos.
        AutoServicio Kennedy
    """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//AutoServicio Kennedy//Citas//ES
METHOD:PUBLISH
{SD_VTZ}
BEGIN:VEVENT
UID:cita-taller-20261114-0800-G512887@autoserviciokennedy.com.do
DTSTAMP:20261110T140000Z
DTSTART;TZID=America/Santo_Domingo:20261114T080000
DTEND;TZID=America/Santo_Domingo:20261114T110000
SUMMARY:Servicio Toyota RAV4 – AutoServicio Kennedy
LOCATION:Av. John F. Kennedy km 6½\\, Santo Domingo
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("mail.autoserviciokennedy.com.do", "2026-11-10 10:00", SD, "Ak1sD4fG7hJk"),
        ("From", "AutoServicio Kennedy <citas@autoserviciokennedy.com.do>"),
        ("To", PAOLA),
        ("Subject", enc("Cita confirmada – Servicio de mantenimiento (sáb. 14/11, 8:00 a. m.)")),
        ("Date", date("2026-11-10 10:00", SD)),
        ("Message-ID", "<20261110140000.G512887@autoserviciokennedy.com.do>"),
    ], mixed(text(body, cte="8bit"),
             calendar(ics, method="PUBLISH", filename="cita.ics", disposition="attachment", cte="base64")))


@mail(n(34), family="school_meeting", lang="es", interview=False, company=None,
      days=(("Wed", "2026-11-11"),),
      note="Citación a reunión de padres (entrega de notas) con hora fija; no es entrevista de trabajo")
def colegio_reunion() -> bytes:
    body = t("""
        Estimados padres, madres y tutores del 4to grado B:

        Les convocamos a la reunión de entrega de calificaciones del primer período, que se
        realizará el miércoles 11 de noviembre a las 5:30 p. m. en el salón de actos del colegio.

        Cada familia tendrá una breve entrevista individual con la profesora guía (10 minutos
        aproximadamente) según el orden de llegada.

        Favor confirmar su asistencia respondiendo a este correo.

        Atentamente,
        Lcda. Mercedes Ureña
        Coordinación Académica, Nivel Primario
        Colegio Nuevo Horizonte
    """)
    return message([
        rcv("mail-lj1-f170.google.com", "2026-11-05 13:15", SD, "Cn7hJ0kL3zXc"),
        ("From", addr("Coordinación Primaria – Colegio Nuevo Horizonte", "primaria@colegionuevohorizonte.edu.do")),
        ("To", "padres4tob@colegionuevohorizonte.edu.do"),
        ("Subject", enc("Reunión de entrega de calificaciones – 4to B")),
        ("Date", date("2026-11-05 13:15", SD)),
        ("Message-ID", "<CAKv2fN9mQ4xTb7Ws0Ld3Rp8cYh1aZe5gUo6jKi@mail.gmail.com>"),
    ], alt(text(body, charset="windows-1252"), html(gmail_html(body), charset="windows-1252")))


@mail(n(35), family="work_meeting", lang="es", interview=False, company=None,
      note="Reunión semanal recurrente en el empleo actual (RedCaribe Telecom), solicitud de Exchange "
           "con 'SA Western Standard Time' y RRULE; trabajo interno, no entrevista")
def redcaribe_semanal() -> bytes:
    body = t("""
        Equipo,

        A partir del lunes 7 de septiembre movemos la revisión semanal de planificación RF a los
        lunes a las 9:00. Traigan actualizado el tablero de KPIs de congestión por clúster.

        Gracias,
        Miguel

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_redcaribe_rf_weekly/0>
        ________________________________________________________________________________
    """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{SA_WESTERN_VTZ}
BEGIN:VEVENT
ORGANIZER;CN=Miguel Ángel Reyes:mailto:mareyes@redcaribe.com.do
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Planificación RF:mailto:planificacion.rf@redcaribe.com.do
RRULE:FREQ=WEEKLY;BYDAY=MO;WKST=SU
SUMMARY;LANGUAGE=es-ES:Revisión semanal – Planificación RF
DTSTART;TZID=SA Western Standard Time:20260907T090000
DTEND;TZID=SA Western Standard Time:20260907T100000
UID:040000008200E00074C5B7101A82E0080000000071C3A8E4D03ADC01000000000000000010000000B2C3D4E5F60718293A4B5C6D7E8F9012
CLASS:PUBLIC
DTSTAMP:20260904T190000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("mail.redcaribe.com.do", "2026-09-04 15:00", SD, "Rc3vB6nM9qWe"),
        ("From", addr("Miguel Ángel Reyes", "mareyes@redcaribe.com.do")),
        ("To", addr("Planificación RF", "planificacion.rf@redcaribe.com.do")),
        ("Subject", enc("Revisión semanal – Planificación RF")),
        ("Date", date("2026-09-04 15:00", SD)),
        ("Message-ID", "<DM8PR19MB5321C4B3A2F1E0D9C8B7A6F5E4D3C2B1@DM8PR19MB5321.namprd19.prod.outlook.com>"),
    ], alt(text(body, cte="base64"), calendar(ics, cte="base64")))


@mail(n(36), family="webinar", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Registro confirmado a un webinar de Zoom sobre cómo preparar entrevistas técnicas (jueves "
           "1/10 7:00 p. m.): hora fija pero es un webinar")
def webinar_aditel() -> bytes:
    body = t("""
        Hola Paola,

        Gracias por registrarte en "Cómo prepararte para una entrevista técnica en telecom".

        Fecha y hora: 1 oct 2026 07:00 p. m. Santo Domingo

        Únete desde una PC, Mac, iPad, iPhone o dispositivo Android:
        https://us06web.zoom.us/w/81723340096?tk=Qx7b2nLs0v

        Agregar al calendario: https://us06web.zoom.us/webinar/tZAkc-2pqj/ics

        Ponentes: Ing. Rafael Ozuna (ADITEL) y Lcda. Karina Marte (consultora de selección)

        Puedes cancelar tu registro en cualquier momento.

        Asociación Dominicana de Ingenieros de Telecomunicaciones (ADITEL)
    """)
    return message([
        rcv("zoom-mail-out-1.zoom.us", "2026-09-28 19:42", SD, "Zw6nM9qW2eRt"),
        ("From", "ADITEL <no-reply@zoom.us>"),
        ("Reply-To", "eventos@aditel.org.do"),
        ("To", PAOLA),
        ("Subject", enc("Confirmación de Cómo prepararte para una entrevista técnica en telecom")),
        ("Date", date("2026-09-28 19:42", SD)),
        ("Message-ID", "<Vy7mQ2xN5bRt8wKd.webinar.81723340096@zoom.us>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(37), family="mock_interview", lang="es", interview=False, company=None,
      days=(("Tue", "2026-11-03"),),
      note="Calendly de una coach de carrera: 'Simulacro de entrevista' confirmado para el martes 3/11 "
           "6:00 p. m.; práctica pagada, no una entrevista con un empleador")
def calendly_simulacro() -> bytes:
    body = t("""
        Hola Paola Jiménez,

        Se ha programado un nuevo evento.

        Tipo de evento:
        Simulacro de entrevista (60 min) – preparación para panel técnico

        Invitado:
        Paola Jiménez

        Fecha/hora del evento:
        06:00pm - 07:00pm (Hora del Atlántico - Santo Domingo) martes, 3 de noviembre de 2026

        Ubicación:
        Google Meet: https://meet.google.com/mcx-rwqa-jeb

        Respuestas:
        ¿Para qué empresa o proceso te estás preparando?
        Entrevista final con un operador en Miami (planificación de red).

        Pago: RD$ 3,500 (pagado)

        ¿Necesitas hacer cambios?
        Cancelar: https://calendly.com/cancellations/e1d2c3b4-a5f6-4789-8a0b-1c2d3e4f5a6b
        Reprogramar: https://calendly.com/reschedulings/e1d2c3b4-a5f6-4789-8a0b-1c2d3e4f5a6b

        Con la tecnología de Calendly.com
    """)
    return message([
        rcv("o2.ptr7741.calendly.com", "2026-10-30 21:05", "UTC", "Ck9pL2mN5bVc"),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", addr("Mildred Castillo – Coach de Carrera", "mildred@mildredcastillocoach.com")),
        ("To", PAOLA),
        ("Subject", enc("Confirmado: Simulacro de entrevista (60 min) con Mildred Castillo el martes, "
                        "3 de noviembre de 2026")),
        ("Date", date("2026-10-30 21:05", "UTC")),
        ("Message-ID", "<7e2a9c1f4b3d.0.1793394300@calendly.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(38), family="interviewer_invite", lang="es", interview=False, company=None,
      note="En su empleo actual Paola es entrevistadora: invitación de Exchange para entrevistar a un "
           "candidato a Ingeniero RF Junior (mié. 25/11 10:00, 'SA Western Standard Time'); ella no es "
           "la candidata -> negativo")
def redcaribe_panel_entrevistadora() -> bytes:
    body = t("""
        Hola Paola,

        Gracias por apoyarnos en el panel. Te comparto el CV de Kelvin Mateo, candidato a Ingeniero(a)
        RF Junior. Tú evaluarás la parte técnica (drive test y optimización) y yo la de
        competencias. Por favor llena la guía de evaluación en SuccessFactors al terminar.

        Cuándo: miércoles, 25 de noviembre de 2026 10:00-11:00. (UTC-04:00) Georgetown, La Paz, Manaus, San Juan
        Dónde: Sala Duarte, piso 4 – RedCaribe Telecom

        Saludos,
        Scarlet Peralta
        Analista de Reclutamiento – Gestión Humana
        RedCaribe Telecom
    """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{SA_WESTERN_VTZ}
BEGIN:VEVENT
ORGANIZER;CN=Scarlet Peralta:mailto:speralta@redcaribe.com.do
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Paola Jiménez:mailto:pjimenez@redcaribe.com.do
SUMMARY;LANGUAGE=es-ES:Entrevista candidato – Ingeniero(a) RF Junior (Kelvin Mateo)
DTSTART;TZID=SA Western Standard Time:20261125T100000
DTEND;TZID=SA Western Standard Time:20261125T110000
UID:040000008200E00074C5B7101A82E00800000000C9E8F7A6B5D4DD01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
CLASS:PUBLIC
DTSTAMP:20261120T143000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala Duarte\\, piso 4
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("mail.redcaribe.com.do", "2026-11-20 10:30", SD, "Rp5tY8uI1oPa"),
        ("From", addr("Scarlet Peralta", "speralta@redcaribe.com.do")),
        ("To", addr("Paola Jiménez", "pjimenez@redcaribe.com.do")),
        ("Subject", enc("Entrevista candidato – Ingeniero(a) RF Junior (Kelvin Mateo)")),
        ("Date", date("2026-11-20 10:30", SD)),
        ("Message-ID", "<DM8PR19MB5321F0E1D2C3B4A5968778695A4B3C2D@DM8PR19MB5321.namprd19.prod.outlook.com>"),
        ("X-Forwarded-To", ME),
    ], alt(text(body, cte="quoted-printable"), calendar(ics, cte="base64")))


@mail(n(39), family="auto_reply", lang="es", interview=False, company=None,
      days=(("Tue", "2026-10-27"),),
      note="Respuesta automática de fuera de oficina de la reclutadora de Miami (regresa el martes 27/10); "
           "no confirma ni cambia nada")
def ooo_latitud() -> bytes:
    body = t("""
        Gracias por su mensaje. Estaré fuera de la oficina del viernes 23 al lunes 26 de octubre, con
        acceso limitado al correo. Regreso el martes 27 de octubre.

        Para temas urgentes de reclutamiento, escriba a talent@latitudtelecom.com.

        Thank you for your email. I am out of the office until Monday, October 26 and will reply
        when I return on Tuesday, October 27.

        Natalia Ferreira
        Talent Acquisition Manager | Grupo Latitud Telecom
    """)
    return message([
        rcv("mail-co1nam11on2101.outbound.protection.outlook.com", "2026-10-23 08:12", NY, "Oo2fG5hJ8kLz"),
        ("From", addr("Natalia Ferreira", "nferreira@latitudtelecom.com")),
        ("To", PAOLA),
        ("Subject", enc("Respuesta automática: Confirmación – entrevista del martes")),
        ("Date", date("2026-10-23 08:12", NY)),
        ("Message-ID", "<CO1PR11MB5089E1D2C3B4A5F6978869504A3B2C1D@CO1PR11MB5089.namprd11.prod.outlook.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("In-Reply-To", "<a4c8e1f2-9b3d-4e70-8c15-d2f6a0b7e391@example.org>"),
    ], text(body))


@mail(n(40), family="bounce", lang="en", interview=False, company=None,
      note="Delivery failure for Paola's own message to a recruiter proposing interview times; the "
           "returned message is hers and nothing is confirmed")
def bounce_pinecrest() -> bytes:
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <d.hartley@pinecrestwireless.com>: host mx.pinecrestwireless.com[203.0.113.25]
            said: 550 5.1.1 <d.hartley@pinecrestwireless.com>: Recipient address
            rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
    """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Q7zK12Lm3
        Arrival-Date: Mon, 16 Nov 2026 09:02:11 -0400 (AST)

        Final-Recipient: rfc822; d.hartley@pinecrestwireless.com
        Original-Recipient: rfc822;d.hartley@pinecrestwireless.com
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.pinecrestwireless.com
        Diagnostic-Code: smtp; 550 5.1.1 <d.hartley@pinecrestwireless.com>: Recipient
            address rejected: User unknown in virtual mailbox table
    """)
    original = message([
        ("From", PAOLA),
        ("To", "Dan Hartley <d.hartley@pinecrestwireless.com>"),
        ("Subject", "Re: Interview availability - Network Planner"),
        ("Date", date("2026-11-16 09:02", SD)),
        ("Message-ID", "<b71d3e2a-4c9f-4a18-9e05-6f2c8d1a7b34@example.org>"),
    ], text(t("""
        Hi Dan,

        Thanks for reaching out. I could do Thursday at 10:00 AM ET or Friday any time after
        2 PM ET - whichever suits your team best. Just let me know and I'll block it.

        Best regards,
        Paola
    """)))
    report = multipart("report", text(notice, cte="7bit"),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(original),
                       params="report-type=delivery-status")
    return message([
        rcv("mx1.example.org", "2026-11-16 09:02", SD, "4Q7zK12Lm3", lag=1),
        ("From", "Mail Delivery System <MAILER-DAEMON@mx1.example.org>"),
        ("To", PAOLA),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-11-16 09:02", SD)),
        ("Message-ID", "<20261116130212.5B1F3A0C2D@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], report)


@mail(n(41), family="mailing_list", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Mensaje de una lista de Google Groups: otro ingeniero cuenta que lo citaron a entrevista el "
           "jueves a las 10; no es de Paola ni para ella")
def lista_ingenieros() -> bytes:
    body = t("""
        Buenas colegas,

        Una consulta rápida: ¿alguien ha pasado por el proceso de selección de un operador de
        cable en Santiago para posiciones de planificación HFC/FTTH? A mí me citaron para
        entrevista este jueves 15 a las 10:00 a. m. y quisiera saber si hacen prueba técnica
        escrita o si es solo conversación con el gerente.

        Cualquier consejo se agradece. ¡Éxitos a todos!

        Ing. Starlin Guerrero

        --
        Recibiste este mensaje porque estás suscrito al grupo "Ingenieros Telecom RD" de Google Groups.
        Para anular la suscripción, envía un correo a ingenieros-telecom-rd+unsubscribe@googlegroups.com.
        Para ver esta conversación en la Web, visita https://groups.google.com/g/ingenieros-telecom-rd/c/p8Qw2xZ4mN0.
    """)
    return message([
        rcv("mail-sor-f65.google.com", "2026-10-12 21:14", SD, "Gg8bN1mQ4wEr"),
        ("From", addr("Starlin Guerrero", "starlin.guerrero.ing@example.net")),
        ("Sender", "ingenieros-telecom-rd@googlegroups.com"),
        ("To", "Ingenieros Telecom RD <ingenieros-telecom-rd@googlegroups.com>"),
        ("Subject", enc("[Ingenieros Telecom RD] ¿Experiencia con entrevistas en operadores de cable?")),
        ("Date", date("2026-10-12 21:14", SD)),
        ("Message-ID", "<4a7e1c9f-2b3d-4f60-9e8a-c5d1b7f2e304n@googlegroups.com>"),
        ("List-Id", "<ingenieros-telecom-rd.googlegroups.com>"),
        ("List-Post", "<https://groups.google.com/group/ingenieros-telecom-rd/post>, "
                      "<mailto:ingenieros-telecom-rd@googlegroups.com>"),
        ("List-Unsubscribe", "<mailto:ingenieros-telecom-rd+unsubscribe@googlegroups.com>"),
        ("Precedence", "list"),
        ("Mailing-list", "list ingenieros-telecom-rd@googlegroups.com; contact ingenieros-telecom-rd+owners@googlegroups.com"),
    ], text(body, cte="8bit"))


@mail(n(42), family="job_centre", lang="es", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="Cita en la oficina pública de empleo para una 'entrevista de perfil ocupacional' con una "
           "orientadora (martes 13/10 9:00 a. m.): trámite de intermediación laboral, no una "
           "entrevista con un empleador")
def oficina_empleo() -> bytes:
    body = t("""
        SERVICIO NACIONAL DE INTERMEDIACIÓN DE EMPLEO
        Oficina Territorial de Empleo - Santo Domingo Este

        Estimada ciudadana PAOLA JIMÉNEZ:

        Su cita ha sido registrada con éxito.

        Trámite: Registro en bolsa de empleo y entrevista de perfil ocupacional
        Fecha: martes 13 de octubre de 2026
        Hora: 9:00 a. m.
        Orientadora: Lcda. Altagracia Castro
        Lugar: Av. San Vicente de Paúl esq. Carretera Mella, Plaza Oriental, 2do nivel

        Requisitos: cédula de identidad, currículo actualizado y copia de sus títulos.
        La atención es por orden de cita. Si no puede asistir, cancele su cita en el portal.

        Número de cita: OTE-SDE-2026-104877

        Este correo es generado automáticamente. No responda a esta dirección.
    """)
    return message([
        rcv("correo.sienempleo.gob.do", "2026-10-08 11:25", SD, "Se4dF7gH0jKl"),
        ("From", "Citas SIEMPLEO <no-responder@sienempleo.gob.do>"),
        ("To", "paola.jimenez@example.org"),
        ("Subject", enc("Confirmación de cita OTE-SDE-2026-104877 - Oficina Territorial de Empleo")),
        ("Date", date("2026-10-08 11:25", SD)),
        ("Message-ID", "<OTE-SDE-2026-104877.1791473100@sienempleo.gob.do>"),
    ], html("<html><body><pre style=\"font-family:Arial,sans-serif\">" + body + "</pre></body></html>\n",
            charset="iso-8859-1", cte="quoted-printable"))


@mail(n(43), family="press_interview", lang="es", interview=False, company=None,
      days=(("Thu", "2026-12-10"),),
      note="Una periodista confirma una entrevista de prensa a Paola para un reportaje sobre 5G (jueves "
           "10/12 4:00 p. m., Zoom): hora fija, pero no es una entrevista de trabajo")
def prensa_faro() -> bytes:
    body = t("""
        Hola Paola,

        ¡Mil gracias por aceptar! Entonces quedamos el jueves 10 de diciembre a las 4:00 p. m. por
        Zoom para la entrevista del reportaje sobre el despliegue de 5G en el Cibao. Serán unos
        20-25 minutos; te haré preguntas sobre cobertura en zonas rurales y sobre cómo se decide
        dónde poner una antena nueva. Todo en lenguaje sencillo para nuestros lectores.

        Te mando el enlace ese mismo día por la mañana. Si quieres revisar las citas textuales
        antes de publicar, con gusto te las comparto.

        Saludos,
        Yanet Almánzar
        Periodista – Sección Economía y Tecnología
        El Faro del Cibao
    """)
    return message([
        rcv("mail-vk1-f176.google.com", "2026-12-04 15:50", SD, "Pf2gH5jK8lZx"),
        ("From", addr("Yanet Almánzar", "yalmanzar@elfarodelcibao.com.do")),
        ("To", PAOLA),
        ("Subject", enc("Re: Entrevista para reportaje 5G – El Faro del Cibao")),
        ("Date", date("2026-12-04 15:50", SD)),
        ("Message-ID", "<CAE5nW2qR8xTm4Lb7Ks0Dp3cYh9aZf1gUo6eVi@mail.gmail.com>"),
        ("In-Reply-To", "<f0b2d4e6-8a1c-4e35-b7d9-2c4e6f8a0b13@example.org>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(44), family="podcast", lang="en", interview=False, company=None,
      days=(("Tue", "2026-10-27"),),
      note="Podcast host confirms a recording session with Paola as a guest (Tue 10/27 1 PM ET): fixed "
           "time, but a podcast interview, not a job interview")
def podcast_signal() -> bytes:
    body = t("""
        Hi Paola,

        So glad you said yes! You're booked as our guest for episode 87 of Signal & Spectrum.

        Recording: Tuesday 10/27 at 1:00 PM ET (1 PM for you in Santo Domingo too, until our clocks
        change in November)
        Where: Riverside studio - https://riverside.fm/studio/signal-spectrum-ep87
        Length: about an hour, including a few minutes of mic check

        Topic: "Planning networks for hurricane season" - how Caribbean operators design for
        resilience, backup power at sites, microwave vs. fiber backhaul after a storm.

        Please use headphones and a wired connection if you can. No prep needed beyond that!

        Cheers,
        Mike Brandt
        Host, Signal & Spectrum
        mike@signalandspectrum.fm
    """)
    return message([
        rcv("mail-io1-f48.google.com", "2026-10-20 16:30", NY, "Pd9hJ2kL5zXc"),
        ("From", "Mike Brandt <mike@signalandspectrum.fm>"),
        ("To", PAOLA),
        ("Subject", "You're booked! Signal & Spectrum ep. 87 recording"),
        ("Date", date("2026-10-20 16:30", NY)),
        ("Message-ID", "<CAB8xZ1nQ4wT7mLk2Rs5Dp0cYh3aVf9eUo6gNi@mail.gmail.com>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body), cte="7bit")))


@mail(n(45), family="admission_interview", lang="es", interview=False, company=None,
      days=(("Fri", "2026-10-16"),),
      note="Entrevista de admisión a una maestría universitaria (viernes 16/10 5:00 p. m.): hora fija y "
           "la palabra 'entrevista', pero es una admisión académica, no un empleo")
def admision_maestria() -> bytes:
    body = t("""
        Estimada Ing. Paola Jiménez:

        Reciba un cordial saludo de la Escuela de Posgrado de la Universidad Tecnológica del Cibao.

        Hemos recibido completa su solicitud de admisión a la Maestría en Gestión de
        Telecomunicaciones (cohorte enero 2027). Como parte del proceso, le confirmamos su
        entrevista de admisión con el comité académico:

        Fecha: viernes 16 de octubre de 2026
        Hora: 5:00 p. m.
        Modalidad: virtual (Microsoft Teams, enlace adjunto en la invitación)
        Duración: 30 minutos

        Le recomendamos tener a mano su carta de motivación y el plan de financiamiento.

        Atentamente,

        Dra. Claribel Núñez
        Coordinadora, Maestría en Gestión de Telecomunicaciones
        Escuela de Posgrado – UTECI
        Santiago de los Caballeros
    """)
    htm = t("""
        <html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Estimada Ing. Paola Jiménez:</p>
        <p>Reciba un cordial saludo de la Escuela de Posgrado de la Universidad Tecnológica del Cibao.</p>
        <p>Hemos recibido completa su solicitud de admisión a la <b>Maestría en Gestión de Telecomunicaciones</b> (cohorte enero 2027).
        Como parte del proceso, le confirmamos su entrevista de admisión con el comité académico:</p>
        <p><b>Fecha:</b> viernes 16 de octubre de 2026<br><b>Hora:</b> 5:00 p.&nbsp;m.<br>
        <b>Modalidad:</b> virtual (Microsoft Teams, enlace adjunto en la invitación)<br><b>Duración:</b> 30 minutos</p>
        <p>Le recomendamos tener a mano su carta de motivación y el plan de financiamiento.</p>
        <p>Atentamente,</p>
        <p>Dra. Claribel Núñez<br>Coordinadora, Maestría en Gestión de Telecomunicaciones<br>Escuela de Posgrado – UTECI<br>Santiago de los Caballeros</p>
        </body></html>
    """)
    return message([
        rcv("mail-dm3nam02on2105.outbound.protection.outlook.com", "2026-10-09 14:10", SD, "Ut6jK9lZ2xCv"),
        ("From", addr("Dra. Claribel Núñez", "cnunez@uteci.edu.do")),
        ("To", PAOLA),
        ("Subject", enc("Entrevista de admisión – Maestría en Gestión de Telecomunicaciones")),
        ("Date", date("2026-10-09 14:10", SD)),
        ("Message-ID", "<DM3PR02MB7710A9B8C7D6E5F4A3B2C1D0E9F8A7B6@DM3PR02MB7710.namprd02.prod.outlook.com>"),
    ], alt(text(body, charset="windows-1252"), html(htm, charset="windows-1252")))


@mail(n(46), family="sports_tryout", lang="es", interview=False, company=None,
      days=(("Sat", "2026-11-07"),),
      note="Club de softbol femenino: confirma la prueba de selección del sábado 7/11 a las 8:00 a. m.; "
           "hora fija pero es un try-out deportivo")
def softbol_caobas() -> bytes:
    body = t("""
        Hola Paola!! Que bueno que te animaste 🙌

        Te confirmo: la prueba de selección es este sábado 7/11 a las 8:00 a. m. en el play de
        Los Prados (al lado de la cancha de basket). Trae guante, spikes o tenis, agua y ropa
        cómoda. Vamos a hacer fildeo, bateo y corrido de bases, como 2 horas.

        Después de la prueba el dirigente habla con cada una para ver en qué posición encaja.

        Nos vemos!
        Dahiana
        Club de Softbol Femenino Las Caobas
    """)
    return message([
        rcv("mail-pj1-f41.google.com", "2026-11-02 19:40", SD, "Sb3kL6zX9cVb"),
        ("From", addr("Dahiana Pujols", "lascaobas.softbol@example.com")),
        ("To", PAOLA),
        ("Subject", enc("Prueba de selección – sábado 7/11 ⚾")),
        ("Date", date("2026-11-02 19:40", SD)),
        ("Message-ID", "<CAD2mV6nQ9xTb3Ls8Kw1Rp4cYh7aZe0gUo5fJi@mail.gmail.com>"),
    ], text(body, cte="base64"))


@mail(n(47), family="bank_appointment", lang="es", interview=False, company=None,
      days=(("Thu", "2026-12-10"),),
      note="Microsoft Bookings del mismo banco que la entrevista de Bookings, pero para una cita con la "
           "asesora de inversiones (jueves 10/12 11:00); servicio bancario personal, no entrevista")
def bookings_banco_asesoria() -> bytes:
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#252423">
        <div style="padding:16px;border-bottom:1px solid #e1dfdd"><b>Banco Meridional Dominicano &ndash; Banca Personal</b></div>
        <div style="padding:16px">
        <p style="font-size:20px">Su reserva se ha confirmado</p>
        <p>Hola Paola Jiménez:</p>
        <p>Gracias por reservar con Banco Meridional Dominicano &ndash; Banca Personal.</p>
        <table cellpadding="3">
        <tr><td style="color:#605e5c">Servicio</td><td>Asesoría de inversiones &ndash; certificados financieros y fondos</td></tr>
        <tr><td style="color:#605e5c">Fecha y hora</td><td>jueves, 10 de diciembre de 2026 11:00 - 11:30 (UTC-04:00) Georgetown, La Paz, Manaus, San Juan</td></tr>
        <tr><td style="color:#605e5c">Personal</td><td>Lcda. Nairobi Espaillat, Asesora de Inversiones</td></tr>
        <tr><td style="color:#605e5c">Ubicación</td><td>Sucursal Naco, Av. Tiradentes 33</td></tr>
        </table>
        <p>Por favor traiga su cédula y un estado de cuenta reciente.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/BancaPersonal@bancomeridional.com.do/bookings/">Administrar reserva</a></p>
        <p style="color:#605e5c;font-size:12px">Con tecnología de Microsoft Bookings</p>
        </div></body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{SA_WESTERN_VTZ}
BEGIN:VEVENT
ORGANIZER;CN=Banco Meridional Dominicano - Banca Personal:mailto:BancaPersonal@bancomeridional.com.do
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Paola Jiménez:mailto:paola.jimenez@example.org
SUMMARY;LANGUAGE=es-ES:Asesoría de inversiones – certificados financieros y fondos
DTSTART;TZID=SA Western Standard Time:20261210T110000
DTEND;TZID=SA Western Standard Time:20261210T113000
UID:040000008200E00074C5B7101A82E00800000000E7F6D5C4B3A2DD01000000000000000010000000C0D1E2F3A4B5C6D7E8F90A1B2C3D4E5F
CLASS:PUBLIC
DTSTAMP:20261204T133000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sucursal Naco\\, Av. Tiradentes 33
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("mail-bn8nam12on2133.outbound.protection.outlook.com", "2026-12-04 09:30", SD, "Bp4lZ7xC0vBn"),
        ("From", addr("Banco Meridional Dominicano - Banca Personal", "BancaPersonal@bancomeridional.com.do")),
        ("To", PAOLA),
        ("Subject", enc("Reserva confirmada: Asesoría de inversiones – certificados financieros y fondos "
                        "para Paola Jiménez")),
        ("Date", date("2026-12-04 09:30", SD)),
        ("Message-ID", "<BL1PR12MB5301C6D5E4F3A2B1C0D9E8F7A6B5C4D3@BL1PR12MB5301.namprd12.prod.outlook.com>"),
        ("X-MS-Exchange-Organization-BookingsBooking", "True"),
    ], alt(html(htm), calendar(ics, cte="base64")))


@mail(n(48), family="forwarded_other", lang="es", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Su hermano le reenvía SU PROPIA confirmación de entrevista (técnico de campo, jueves 26/11 "
           "10:00 a. m.) para pedirle ayuda: entrevista confirmada, pero no es de Paola -> negativo")
def hermano_reenvio() -> bytes:
    body = t("""
        Pao!! Mira, me llamaron de Instalaciones Duarte 😃 Es para técnico de campo de fibra.
        ¿Tú me puedes ayudar a prepararme el fin de semana? No sé qué me van a preguntar de
        empalmes y OTDR. Te llamo mañana.

        Andrés

        ---------- Forwarded message ---------
        De: Reclutamiento Instalaciones Duarte <seleccion@instalacionesduarte.com.do>
        Date: sáb, 21 nov 2026 a las 10:12
        Subject: Confirmación de entrevista – Técnico(a) de Campo FTTH
        To: <andres.jimenez@example.net>

        Estimado Andrés Jiménez:

        Le confirmamos su entrevista para la posición de Técnico(a) de Campo FTTH.

        Fecha: jueves 26 de noviembre de 2026
        Hora: 10:00 a. m.
        Lugar: Calle Respaldo 30 de Marzo #14, Villa Juana, Santo Domingo
        Contacto: Nelson Frías – nfrias@instalacionesduarte.com.do

        Favor traer cédula, certificado de buena conducta y licencia de conducir.

        Atentamente,
        Departamento de Selección
        Instalaciones Duarte, S.R.L.
    """)
    return message([
        rcv("mail-wm1-f52.google.com", "2026-11-22 12:05", SD, "Hn6zX9cV2bNm"),
        ("From", addr("Andrés Jiménez", "andres.jimenez@example.net")),
        ("To", PAOLA),
        ("Subject", enc("Fwd: Confirmación de entrevista – Técnico(a) de Campo FTTH")),
        ("Date", date("2026-11-22 12:05", SD)),
        ("Message-ID", "<CAH1qW5nV8xRt2Lm7Kb0Dp4cYh6aZf3gUo9eTi@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(49), family="recruiter_followup", lang="es", interview=False, company="Brightline Talent Partners",
      note="Reclutadora de Miami propone retomar la conversación en enero; ninguna fecha ni hora fijada")
def brightline_enero() -> bytes:
    body = t("""
        Hola Paola,

        ¡Espero que estés muy bien! Te escribo para cerrar el año: el cliente de Miami decidió
        congelar las contrataciones de planificación hasta que se apruebe su presupuesto 2027,
        así que por ahora no vamos a avanzar con la entrevista que habíamos hablado.

        Me encantaría que retomemos en el año nuevo. Te escribo la segunda semana de enero para
        ver cómo está tu búsqueda y agendar una llamada si hay algo nuevo.

        ¡Felices fiestas para ti y tu familia!

        Vanessa Restrepo
        Senior Recruiter – Telecom & Infrastructure
        Brightline Talent Partners | Miami, FL
        vrestrepo@brightlinetalent.com
    """)
    return message([
        rcv("mail-ch2nam12on2117.outbound.protection.outlook.com", "2026-12-14 11:40", NY, "Bt8xC1vB4nMq"),
        ("From", addr("Vanessa Restrepo", "vrestrepo@brightlinetalent.com")),
        ("To", PAOLA),
        ("Subject", enc("¡Retomamos en enero! 🎄")),
        ("Date", date("2026-12-14 11:40", NY)),
        ("Message-ID", "<CH2PR12MB4870B1C2D3E4F5A6B7C8D9E0F1A2B3C4@CH2PR12MB4870.namprd12.prod.outlook.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(50), family="consular_interview", lang="es", interview=False, company=None,
      days=(("Wed", "2026-12-16"),),
      note="Cita consular para entrevista de visa (miércoles 16/12 7:45 a. m.): la palabra 'entrevista' y "
           "hora fija, pero es un trámite migratorio, no una entrevista de trabajo")
def cita_consular() -> bytes:
    body = t("""
        CONFIRMACIÓN DE CITA – ENTREVISTA DE VISA

        Solicitante: JIMENEZ PAOLA
        Número de confirmación: AA00K7Z2Q9
        Tipo de visa: B1/B2

        Fecha de la entrevista: miércoles, 16 de diciembre de 2026
        Hora: 7:45 a. m.
        Lugar: Sección Consular, Santo Domingo

        Recuerde:
        - Llegar no más de 15 minutos antes de su cita.
        - Traer su pasaporte vigente, la hoja de confirmación del formulario y esta carta.
        - No se permiten teléfonos celulares ni dispositivos electrónicos en el edificio.

        Si necesita reprogramar, inicie sesión en su perfil de solicitante.

        Este es un mensaje automático del Servicio de Citas Consulares. No responda a este correo.
    """)
    return message([
        rcv("notify.citasconsulares-servicio.com", "2026-12-01 10:05", SD, "Cv1bN4mQ7wEr"),
        ("From", "Servicio de Citas Consulares <no-reply@citasconsulares-servicio.com>"),
        ("To", "paola.jimenez@example.org"),
        ("Subject", enc("Confirmación de cita – Entrevista de visa (AA00K7Z2Q9)")),
        ("Date", date("2026-12-01 10:05", SD)),
        ("Message-ID", "<appt.AA00K7Z2Q9.20261201140500@citasconsulares-servicio.com>"),
    ], mixed(text(body, cte="quoted-printable"),
             raw_part([("Content-Type", 'application/pdf; name="confirmacion_cita.pdf"'),
                       ("Content-Disposition", 'attachment; filename="confirmacion_cita.pdf"'),
                       ("Content-Transfer-Encoding", "base64")],
                      "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoKdHJhaWxlcgo8\n"
                      "PC9Sb290IDEgMCBSPj4KJSVFT0YK\n")))
