"""blind94: 50 hand-written mails from the inbox of Iker Etxeberria, a civil engineer in Bilbao.

Written blind (without reading the detector, its tests or the other held-out mails) by a helper
session. Build and check with ``python3 bench/heldout/make_blind.py blind94``.

One function per mail. ``n(key)`` turns the writing order (keys 1-23 positives, 24-50 negatives)
into the file name through a fixed shuffle, so file numbers say nothing about the label.
"""

from __future__ import annotations

import base64
import random

import make
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
    received,
    t,
    text,
)

ORDER = random.Random(94094).sample(range(1, 51), 50)
ME = "iker.etxeberria@example.org"
ME_TO = "Iker Etxeberria <iker.etxeberria@example.org>"
MAD = "Europe/Madrid"

# Google / Apple style VTIMEZONE for Madrid (same rules as Paris), and Outlook's Romance zone
VTZ_MADRID = VTZ["Europe/Paris"].replace("Europe/Paris", "Europe/Madrid")
VTZ_ROMANCE = VTZ["W. Europe Standard Time"].replace("W. Europe Standard Time", "Romance Standard Time")
VTZ_CANARY = """BEGIN:VTIMEZONE
TZID:Atlantic/Canary
X-LIC-LOCATION:Atlantic/Canary
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


def n(key: int) -> str:
    return f"blind94_{ORDER[key - 1]:03d}"


def mx(frm: str, when: str, zone: str, ident: str, lag: int = 4) -> tuple[str, str]:
    """The Received header the candidate's provider adds."""
    return ("Received", received(frm, when, zone, f"mx1.example.org with ESMTPS id {ident}", ME, lag))


def fake_pdf(title: str) -> Part:
    body = (b"%PDF-1.4\n% fictional attachment\n1 0 obj << /Title (" + title.encode("ascii")
            + b") >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    b64 = base64.encodebytes(body).replace(b"\n", b"\r\n")
    return Part([("Content-Type", f'application/pdf; name="{title}.pdf"'),
                 ("Content-Disposition", f'attachment; filename="{title}.pdf"'),
                 ("Content-Transfer-Encoding", "base64")], b64)


# =========================================================================== positives: scheduled


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-09-10T09:00:00Z", end="2026-09-10T10:00:00Z",
      contact="lucia.arrieta@calzadainfra.com", company="Calzada Infrastructure Partners",
      local="Thu 2026-09-10 11:00", local_end="2026-09-10 12:00", zone=MAD,
      note="Greenhouse confirmation sent by the recruiter's name from a no-reply address; "
           "11:00-12:00 CEST (Madrid, UTC+2 in September) = 09:00-10:00Z, ICS in UTC agrees; "
           "contact = Reply-To recruiter")
def greenhouse_calzada():
    plain = t("""
        Hi Iker,

        Thank you for scheduling time with Calzada Infrastructure Partners. Your interview for
        the Senior Bridge Engineer (Madrid / hybrid) role is confirmed:

        Thursday, September 10, 2026
        11:00 AM - 12:00 PM CEST (Madrid)

        Interviewers:
          Rodrigo Valcárcel - Head of Structures
          Lucía Arrieta - Talent Acquisition Partner

        Location: Microsoft Teams (link in the calendar invitation attached)

        The conversation will focus on your experience with post-tensioned decks and on how
        you manage design reviews with contractors. No preparation is needed beyond your CV.

        If you need to reschedule, simply reply to this email.

        Best regards,
        Lucía Arrieta
        Calzada Infrastructure Partners

        Powered by Greenhouse
        """)
    rich = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Hi Iker,</p>
        <p>Thank you for scheduling time with Calzada Infrastructure Partners. Your interview for
        the <b>Senior Bridge Engineer (Madrid / hybrid)</b> role is confirmed:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td style="color:#888">When</td><td><b>Thursday, September 10, 2026</b><br>
        11:00 AM - 12:00 PM CEST (Madrid)</td></tr>
        <tr><td style="color:#888">Interviewers</td><td>Rodrigo Valcárcel - Head of Structures<br>
        Lucía Arrieta - Talent Acquisition Partner</td></tr>
        <tr><td style="color:#888">Where</td><td>Microsoft Teams (link in the calendar invitation)</td></tr>
        </table>
        <p>The conversation will focus on your experience with post-tensioned decks and on how
        you manage design reviews with contractors. No preparation is needed beyond your CV.</p>
        <p>If you need to reschedule, simply reply to this email.</p>
        <p>Best regards,<br>Lucía Arrieta<br>Calzada Infrastructure Partners</p>
        <p style="font-size:11px;color:#aaa">Powered by Greenhouse</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-int-7730418-2-calzadainfra
        DTSTAMP:20260907T081208Z
        DTSTART:20260910T090000Z
        DTEND:20260910T100000Z
        SUMMARY:Interview: Iker Etxeberria / Senior Bridge Engineer - Calzada Infrastructure Partners
        LOCATION:Microsoft Teams Meeting
        DESCRIPTION:Join Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmU4NzQ0@thread.v2/0
        ORGANIZER;CN=Lucía Arrieta:mailto:lucia.arrieta@calzadainfra.com
        ATTENDEE;CN=Iker Etxeberria;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:iker.etxeberria@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        mx("from o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [167.89.12.40])",
           "2026-09-07 10:12:08", MAD, "b7QpL2xk"),
        ("From", addr("Lucía Arrieta", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Lucía Arrieta", "lucia.arrieta@calzadainfra.com")),
        ("To", ME_TO),
        ("Subject", "Interview Confirmation: Senior Bridge Engineer at Calzada Infrastructure Partners"),
        ("Date", date("2026-09-07 10:12:08", MAD)),
        ("Message-ID", "<gh.7730418.1757232728.3f9a2c@us.greenhouse-mail.io>"),
        ("X-SG-EID", "u001.bm9yZXBseS1ncmVlbmhvdXNl"),
    ]
    body = mixed(alt(text(plain, cte="quoted-printable"), html(rich, cte="quoted-printable")),
                 calendar(ics, cte="base64", filename="invite.ics", disposition="attachment"))
    return message(headers, body)


@mail(n(2), family="lever", lang="es", interview=True, kind="scheduled",
      start="2026-09-22T08:00:00Z", end="2026-09-22T08:45:00Z",
      contact="maite.goikoetxea@ondarra-ing.es", company="Ondarra Ingeniería",
      local="Tue 2026-09-22 10:00", local_end="2026-09-22 10:45", zone=MAD,
      note="Lever (Spanish template) from no-reply; 10:00-10:45 hora de Madrid (CEST, UTC+2) = "
           "08:00-08:45Z, the UTC ICS agrees; contact = Reply-To recruiter")
def lever_ondarra():
    plain = t("""
        Hola Iker,

        ¡Gracias por tu interés en Ondarra Ingeniería! Te confirmamos la entrevista para el puesto
        de Ingeniero/a de Proyectos de Saneamiento.

        Cuándo: martes, 22 de septiembre de 2026, 10:00 – 10:45 (hora de Madrid, CEST)
        Dónde: Ondarra Ingeniería, Alameda de Urquijo 61, 3.ª planta, 48011 Bilbao
        Con quién: Maite Goikoetxea (Selección) y Koldo Aranburu (Jefe de Área de Agua)

        Al llegar, pregunta en recepción por Maite. Si te surge cualquier imprevisto, responde a
        este correo y lo reorganizamos.

        Un saludo,
        El equipo de Selección de Ondarra Ingeniería
        """)
    rich = t("""
        <div style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;line-height:1.5">
        <p>Hola Iker,</p>
        <p>¡Gracias por tu interés en Ondarra Ingeniería! Te confirmamos la entrevista para el puesto
        de <strong>Ingeniero/a de Proyectos de Saneamiento</strong>.</p>
        <p><strong>Cuándo:</strong> martes, 22 de septiembre de 2026, 10:00 – 10:45 (hora de Madrid, CEST)<br>
        <strong>Dónde:</strong> Ondarra Ingeniería, Alameda de Urquijo 61, 3.ª planta, 48011 Bilbao<br>
        <strong>Con quién:</strong> Maite Goikoetxea (Selección) y Koldo Aranburu (Jefe de Área de Agua)</p>
        <p>Al llegar, pregunta en recepción por Maite. Si te surge cualquier imprevisto, responde a
        este correo y lo reorganizamos.</p>
        <p>Un saludo,<br>El equipo de Selección de Ondarra Ingeniería</p>
        <p style="color:#999;font-size:12px">Sent with Lever</p>
        </div>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Lever//Interview//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:5d0c7e2a-93b1-4b8e-a1f4-0f8c2e6b9d11@lever.co
        DTSTAMP:20260915T140312Z
        DTSTART:20260922T080000Z
        DTEND:20260922T084500Z
        SUMMARY:Entrevista Ondarra Ingeniería - Iker Etxeberria
        LOCATION:Alameda de Urquijo 61\\, 3.ª planta\\, 48011 Bilbao
        ORGANIZER;CN=Maite Goikoetxea:mailto:maite.goikoetxea@ondarra-ing.es
        ATTENDEE;CN=Iker Etxeberria;RSVP=TRUE:mailto:iker.etxeberria@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        mx("from mail-a.lever.co (mail-a.lever.co [198.2.180.11])", "2026-09-15 16:03:12", MAD, "Lv0c91Qa"),
        ("From", addr("Ondarra Ingeniería", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Maite Goikoetxea", "maite.goikoetxea@ondarra-ing.es")),
        ("To", ME_TO),
        ("Subject", enc("Entrevista confirmada – Ondarra Ingeniería")),
        ("Date", date("2026-09-15 16:03:12", MAD)),
        ("Message-ID", "<0100019a2b7c1e5f-lever-5d0c7e2a@email.lever.co>"),
    ]
    body = mixed(alt(text(plain, cte="base64"), html(rich, cte="base64")),
                 calendar(ics, cte="base64", filename="entrevista.ics", disposition="attachment"))
    return message(headers, body)


@mail(n(3), family="workday", lang="es", interview=True, kind="scheduled",
      start="2026-10-01T07:30:00Z", end="2026-10-01T08:30:00Z",
      contact="jon.urrutia@eolicacantabrica.es", company="Eólica Cantábrica Renovables",
      local="Thu 2026-10-01 09:30", local_end="2026-10-01 10:30", zone=MAD,
      note="Workday HTML-only notification, date as 01/10/2026 (DD/MM), 09:30 CEST for 60 minutos "
           "= 07:30-08:30Z; contact = coordinator address written in the body")
def workday_eolica():
    rich = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><table width="600" style="font-family:Arial;font-size:13px">
        <tr><td style="background:#005a8c;color:#fff;padding:10px"><b>Eólica Cantábrica Renovables</b></td></tr>
        <tr><td style="padding:12px">
        <p>Estimado/a Iker Etxeberria:</p>
        <p>Nos complace invitarle a una entrevista presencial para la posición
        <b>R-004127 Ingeniero/a Civil de Cimentaciones – Parques Eólicos</b>.</p>
        <p><b>Fecha:</b> 01/10/2026<br>
        <b>Hora:</b> 09:30 (CEST)<br>
        <b>Duración:</b> 60 minutos<br>
        <b>Lugar:</b> Parque Tecnológico de Álava, Edificio Ibaialde 4, 01510 Miñano (Vitoria-Gasteiz)<br>
        <b>Entrevistadores:</b> Jon Urrutia (Coordinador de Selección), Edurne Salaberria (Directora de Ingeniería Civil)</p>
        <p>Por favor, traiga su DNI para el control de acceso. Para cualquier consulta puede escribir a
        Jon Urrutia (<a href="mailto:jon.urrutia@eolicacantabrica.es">jon.urrutia@eolicacantabrica.es</a>).</p>
        <p>Puede consultar el estado de su candidatura en cualquier momento en nuestro
        <a href="https://eolicacantabrica.wd3.myworkdayjobs.com/es-ES/Careers/userHome">portal de empleo</a>.</p>
        <p>Atentamente,<br>Departamento de Personas – Eólica Cantábrica Renovables</p>
        </td></tr>
        <tr><td style="font-size:10px;color:#777;padding:8px">Este mensaje se ha generado automáticamente.
        Por favor, no responda a este correo.</td></tr>
        </table></body></html>
        """)
    headers = [
        mx("from wd3-smtp.myworkday.com (wd3-smtp.myworkday.com [216.52.204.73])",
           "2026-09-24 10:44:57", MAD, "Wd3x00pz"),
        ("From", addr("Eólica Cantábrica Renovables", "eolicacantabrica@myworkday.com")),
        ("To", ME),
        ("Subject", enc("Invitación a entrevista: R-004127 Ingeniero/a Civil de Cimentaciones – Parques Eólicos")),
        ("Date", date("2026-09-24 10:44:57", MAD)),
        ("Message-ID", "<1469275812.88213.1790239497113.JavaMail.wdprod@wd3-prod-ppa01>"),
        ("X-Workday-Tenant", "eolicacantabrica"),
    ]
    return message(headers, html(rich, cte="quoted-printable"))


@mail(n(4), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-10-07T15:00:00Z", end=None,
      contact="asier.lekue@estructurasgorbea.com", company="Estructuras Gorbea",
      local="Wed 2026-10-07 17:00", zone=MAD,
      note="Hiring manager (tú) confirms 'mañana miércoles a las 17:00' in Vitoria; Date Tue 6 Oct "
           "08:52 CEST so mañana = Wed 7 Oct; 17:00 CEST = 15:00Z; no duration; contact = sender")
def prose_gorbea_manana():
    plain = t("""
        Buenos días Iker,

        Perfecto, pues quedamos mañana miércoles a las 17:00 en la oficina de Vitoria (Portal de
        Gamarra 36, pabellón 4 – la puerta azul, no la de la nave). Estaremos Idoia, que lleva
        la parte de prefabricados, y yo.

        Tráete si puedes algún plano o memoria de un proyecto tuyo que podamos comentar, aunque sea
        en el portátil.

        Si pasa cualquier cosa, mi móvil es el 6XX 41 22 07.

        Un abrazo,
        Asier

        --
        Asier Lekue
        Director Técnico | Estructuras Gorbea
        Portal de Gamarra 36, 01013 Vitoria-Gasteiz

        El lun, 5 oct 2026 a las 19:41, Iker Etxeberria (<iker.etxeberria@example.org>) escribió:
        > Hola Asier,
        >
        > Muchas gracias por la llamada de esta tarde. Esta semana tengo bastante flexibilidad;
        > el miércoles por la tarde me vendría muy bien, o el jueves a primera hora.
        >
        > Un saludo,
        > Iker
        """)
    headers = [
        mx("from mail-wr1-f44.google.com (mail-wr1-f44.google.com [209.85.221.44])",
           "2026-10-06 08:52:19", MAD, "Gm8a2LxQ"),
        ("From", addr("Asier Lekue", "asier.lekue@estructurasgorbea.com")),
        ("To", addr("Iker Etxeberria", ME)),
        ("Subject", "Re: Entrevista Estructuras Gorbea"),
        ("Date", date("2026-10-06 08:52:19", MAD)),
        ("Message-ID", "<CAF8kq2Vn0pXh7Rr_3mQe4Lk1d9ZzPqA7c@mail.gmail.com>"),
        ("In-Reply-To", "<CAJ4i9w1zYpQ2mDd@mail.gmail.com>"),
        ("References", "<CAJ4i9w1zYpQ2mDd@mail.gmail.com>"),
    ]
    body = alt(text(plain, cte="quoted-printable"), html(gmail_html(plain), cte="quoted-printable"))
    return message(headers, body)


@mail(n(5), family="teamtailor", lang="en", interview=True, kind="scheduled",
      start="2026-10-16T12:00:00Z", end="2026-10-16T12:45:00Z",
      contact="signe.lindqvist@nordvindoffshore.se", company="Nordvind Offshore",
      local="Fri 2026-10-16 14:00", local_end="2026-10-16 14:45", zone="Europe/Stockholm",
      note="Teamtailor booking confirmation; 14:00-14:45 CEST (Stockholm, same offset as Madrid, "
           "UTC+2 in October before the 25th) = 12:00-12:45Z, ICS with Europe/Stockholm agrees; "
           "Reply-To is a Teamtailor relay, contact = recruiter address in the body")
def teamtailor_nordvind():
    plain = t("""
        Hi Iker,

        Your interview with Nordvind Offshore has been booked.

        Position: Civil / Foundations Engineer – Bay of Biscay projects (San Sebastián or remote)
        Date: Friday 16 October 2026
        Time: 14:00 – 14:45 (CEST, Stockholm time – the same as Spain)
        Video meeting: https://nordvindoffshore.teamtailor.com/meetings/7f3c1a0e

        You will meet Signe Lindqvist (Talent Acquisition) and Jonas Berg (Lead Foundations
        Engineer). We'd love to hear about your monopile and jacket foundation work.

        Questions before the meeting? Write to Signe directly at
        signe.lindqvist@nordvindoffshore.se.

        Kind regards,
        Nordvind Offshore

        You are receiving this email because you applied for a position at Nordvind Offshore.
        Manage your data: https://nordvindoffshore.teamtailor.com/connect/candidate
        """)
    rich = t("""
        <!doctype html><html><body style="margin:0;background:#f4f4f4">
        <div style="max-width:560px;margin:24px auto;background:#fff;padding:28px;font-family:Helvetica,Arial,sans-serif">
        <h2 style="margin-top:0">Your interview has been booked</h2>
        <p>Hi Iker,</p>
        <p>Your interview with Nordvind Offshore has been booked.</p>
        <p><b>Position:</b> Civil / Foundations Engineer – Bay of Biscay projects (San Sebastián or remote)<br>
        <b>Date:</b> Friday 16 October 2026<br>
        <b>Time:</b> 14:00 – 14:45 (CEST, Stockholm time – the same as Spain)<br>
        <b>Video meeting:</b> <a href="https://nordvindoffshore.teamtailor.com/meetings/7f3c1a0e">Join meeting</a></p>
        <p>You will meet Signe Lindqvist (Talent Acquisition) and Jonas Berg (Lead Foundations
        Engineer). We'd love to hear about your monopile and jacket foundation work.</p>
        <p>Questions before the meeting? Write to Signe directly at
        <a href="mailto:signe.lindqvist@nordvindoffshore.se">signe.lindqvist@nordvindoffshore.se</a>.</p>
        <p>Kind regards,<br>Nordvind Offshore</p>
        <p style="font-size:11px;color:#999">You are receiving this email because you applied for a position at
        Nordvind Offshore. <a href="https://nordvindoffshore.teamtailor.com/connect/candidate">Manage your data</a></p>
        </div></body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Meetings//EN
        METHOD:REQUEST
        {VTZ["Europe/Stockholm"].replace(chr(10), chr(10) + "        ")}
        BEGIN:VEVENT
        UID:tt-meeting-7f3c1a0e-2b64@teamtailor.com
        DTSTAMP:20261012T112004Z
        DTSTART;TZID=Europe/Stockholm:20261016T140000
        DTEND;TZID=Europe/Stockholm:20261016T144500
        SUMMARY:Interview with Nordvind Offshore
        LOCATION:https://nordvindoffshore.teamtailor.com/meetings/7f3c1a0e
        ORGANIZER;CN=Signe Lindqvist:mailto:signe.lindqvist@nordvindoffshore.se
        ATTENDEE;CN=Iker Etxeberria;RSVP=TRUE:mailto:iker.etxeberria@example.org
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        mx("from mail.teamtailor-mail.com (mail.teamtailor-mail.com [149.72.33.9])",
           "2026-10-12 13:20:04", "Europe/Stockholm", "Tt4r9Kq1"),
        ("From", "Nordvind Offshore <no-reply@teamtailor-mail.com>"),
        ("Reply-To", "Nordvind Offshore <reply+c2f9a1d7e0@inbound.teamtailor-mail.com>"),
        ("To", ME),
        ("Subject", "Interview booked: Civil / Foundations Engineer"),
        ("Date", date("2026-10-12 13:20:04", "Europe/Stockholm")),
        ("Message-ID", "<65f0a1c2e3d4_1a2b3c4d5e@teamtailor-production-mailer.mail>"),
    ]
    body = mixed(alt(text(plain, cte="quoted-printable"), html(rich, cte="quoted-printable")),
                 calendar(ics, method="REQUEST", cte="7bit", filename="interview.ics",
                          disposition="attachment"))
    return message(headers, body)


@mail(n(6), family="calendly", lang="es", interview=True, kind="scheduled",
      start="2026-10-20T08:30:00Z", end="2026-10-20T09:00:00Z",
      contact="inigo.sarria@garbiapuentes.com", company="Garbia Puentes",
      local="Tue 2026-10-20 10:30", local_end="2026-10-20 11:00", zone=MAD,
      note="Calendly invitee confirmation in Spanish; 10:30-11:00 'Hora de Europa Central' on 20 Oct "
           "(still CEST, UTC+2) = 08:30-09:00Z; contact = host via Reply-To")
def calendly_garbia():
    plain = t("""
        Hola Iker Etxeberria:

        Se ha programado tu evento Entrevista técnica (30 min) con Iñigo Sarria.

        Evento:
        Entrevista técnica (30 min)

        Fecha/hora del evento:
        10:30 - 11:00, martes, 20 de octubre de 2026 (Hora de Europa Central)

        Ubicación:
        Google Meet – el enlace se añadirá al evento del calendario.

        Preguntas:
        ¿Qué proyecto te gustaría comentar? – Viaducto de acceso al puerto (fase de proyecto constructivo)

        ¿Necesitas hacer cambios en este evento?
        Cancelar: https://calendly.com/cancellations/7a1e9c42-d3b0-4e2f
        Reprogramar: https://calendly.com/reschedulings/7a1e9c42-d3b0-4e2f

        Desarrollado por Calendly.com
        """)
    rich = t("""
        <html><body style="font-family:Proxima Nova,Arial,sans-serif;color:#1a1a1a">
        <div style="max-width:600px;margin:0 auto;padding:20px">
        <p>Hola Iker Etxeberria:</p>
        <p>Se ha programado tu evento <b>Entrevista técnica (30 min)</b> con <b>Iñigo Sarria</b>.</p>
        <p style="margin-bottom:0"><b>Evento:</b></p><p style="margin-top:0">Entrevista técnica (30 min)</p>
        <p style="margin-bottom:0"><b>Fecha/hora del evento:</b></p>
        <p style="margin-top:0">10:30 - 11:00, martes, 20 de octubre de 2026 (Hora de Europa Central)</p>
        <p style="margin-bottom:0"><b>Ubicación:</b></p>
        <p style="margin-top:0">Google Meet – el enlace se añadirá al evento del calendario.</p>
        <p style="margin-bottom:0"><b>Preguntas:</b></p>
        <p style="margin-top:0">¿Qué proyecto te gustaría comentar?<br>Viaducto de acceso al puerto (fase de proyecto constructivo)</p>
        <p><a href="https://calendly.com/cancellations/7a1e9c42-d3b0-4e2f">Cancelar</a> |
        <a href="https://calendly.com/reschedulings/7a1e9c42-d3b0-4e2f">Reprogramar</a></p>
        <p style="font-size:12px;color:#666">Desarrollado por Calendly.com</p>
        </div></body></html>
        """)
    headers = [
        mx("from mail.calendly.com (mail.calendly.com [198.21.6.80])", "2026-10-14 19:05:41", MAD, "Cy1l9eA2"),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", addr("Iñigo Sarria", "inigo.sarria@garbiapuentes.com")),
        ("To", ME),
        ("Subject", enc("Confirmado: Entrevista técnica (30 min) con Iñigo Sarria el martes, 20 de octubre de 2026")),
        ("Date", date("2026-10-14 19:05:41", MAD)),
        ("Message-ID", "<7a1e9c42-d3b0-4e2f.invitee.confirmation@calendly.com>"),
    ]
    return message(headers, alt(text(plain, cte="quoted-printable"), html(rich, cte="quoted-printable")))


@mail(n(7), family="ms_bookings", lang="es", interview=True, kind="scheduled",
      start="2026-09-23T10:00:00Z", end="2026-09-23T10:45:00Z",
      contact="rocio.benitez@aldabaconsultores.es", company="Aldaba Consultores",
      local="Wed 2026-09-23 12:00", local_end="2026-09-23 12:45", zone=MAD,
      note="Microsoft Bookings confirmation; the body's zone label is '(UTC+01:00) Bruselas, "
           "Copenhague, Madrid, París' (standard offset) but 23 Sep is CEST, so 12:00-12:45 = "
           "10:00-10:45Z, as the ICS (Romance Standard Time) says; contact = staff address in the body")
def bookings_aldaba():
    rich = t("""
        <html><head><meta name="Generator" content="Microsoft Exchange Server"></head>
        <body dir="ltr" style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px">
        <div style="max-width:640px">
        <p style="font-size:20px;color:#0078d4">Su cita se ha confirmado</p>
        <p>Hola Iker Etxeberria:</p>
        <p>Gracias por reservar con <b>Aldaba Consultores – Selección</b>. Estos son los detalles de su cita.</p>
        <table style="font-size:14px">
        <tr><td><b>Servicio</b></td><td>Entrevista – Ingeniero/a de Urbanización (Madrid)</td></tr>
        <tr><td><b>Fecha y hora</b></td><td>miércoles, 23 de septiembre de 2026 12:00 - 12:45 (UTC+01:00) Bruselas, Copenhague, Madrid, París</td></tr>
        <tr><td><b>Personal</b></td><td>Rocío Benítez</td></tr>
        <tr><td><b>Ubicación</b></td><td>Reunión de Microsoft Teams</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/EntrevistasAldaba@aldabaconsultores.onmicrosoft.com/bookings/">Administrar la reserva</a></p>
        <p>Si necesita ponerse en contacto con la entrevistadora: Rocío Benítez,
        rocio.benitez@aldabaconsultores.es, 91 XXX 38 10.</p>
        <p>________________________________________________________________________________</p>
        <p><b>Reunión de Microsoft Teams</b><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YWxkYWJh@thread.v2/0">Unirse a la reunión ahora</a><br>
        Id. de reunión: 318 552 904 77 &nbsp; Código de acceso: h7Qm2x</p>
        <p>________________________________________________________________________________</p>
        </div></body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {VTZ_ROMANCE.replace(chr(10), chr(10) + "        ")}
        BEGIN:VEVENT
        ORGANIZER;CN=Aldaba Consultores - Selección:mailto:EntrevistasAldaba@aldabaconsultores.onmicrosoft.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Iker Etxeberria:mailto:iker.etxeberria@example.org
        SUMMARY;LANGUAGE=es-ES:Entrevista – Ingeniero/a de Urbanización (Madrid)
        DTSTART;TZID=Romance Standard Time:20260923T120000
        DTEND;TZID=Romance Standard Time:20260923T124500
        UID:040000008200E00074C5B7101A82E00800000000B0F3C2A5C04BDC01000000000000000010000000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260918T093002Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        mx("from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2109.outbound.protection.outlook.com [40.107.105.109])",
           "2026-09-18 11:30:02", MAD, "Ms0Bk7Tn"),
        ("From", addr("Aldaba Consultores - Selección",
                      "EntrevistasAldaba@aldabaconsultores.onmicrosoft.com")),
        ("To", addr("Iker Etxeberria", ME)),
        ("Subject", enc("Reserva confirmada: Entrevista – Ingeniero/a de Urbanización (Madrid) con Aldaba Consultores")),
        ("Date", date("2026-09-18 11:30:02", MAD)),
        ("Message-ID", "<DB9PR03MB7412C5A0B1E2F0A9C3D4E5F6A7B8@DB9PR03MB7412.eurprd03.prod.outlook.com>"),
        ("Content-Language", "es-ES"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    body = alt(html(rich, cte="base64"), calendar(ics, method="REQUEST", cte="base64"))
    return message(headers, body)


@mail(n(8), family="exchange_outlook", lang="es", interview=True, kind="scheduled",
      start="2026-10-27T09:00:00Z", end="2026-10-27T10:00:00Z",
      contact="garazi.olabarria@artxandageotecnia.com", company="Artxanda Geotecnia",
      local="Tue 2026-10-27 10:00", local_end="2026-10-27 11:00", zone=MAD,
      note="Outlook meeting request whose body has no time at all: DTSTART 10:00 Romance Standard "
           "Time on Tue 27 Oct, two days after Europe left summer time (sent Fri 23 Oct in CEST), so "
           "CET UTC+1 = 09:00-10:00Z; contact = organizer/sender (hiring manager)")
def exchange_artxanda():
    plain = t("""
        Hola Iker,

        Como hablamos por teléfono, te envío la convocatoria para la entrevista técnica con el
        equipo de geotecnia. Estaremos Unai Zabala (jefe de proyectos de túneles) y yo.

        Cualquier cosa, me dices.

        Un saludo,

        Garazi Olabarria
        Responsable de Ingeniería Geotécnica
        Artxanda Geotecnia, S.L.

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse desde el ordenador, aplicación móvil o dispositivo de sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YXJ0eGFuZGE@thread.v2/0>
        Id. de reunión: 374 118 255 901
        Código de acceso: 2mTq9P
        Descargar Teams<https://www.microsoft.com/microsoft-teams/download-app> | Unirse en la web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    rich = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Hola Iker,</p>
        <p>Como hablamos por teléfono, te envío la convocatoria para la entrevista técnica con el
        equipo de geotecnia. Estaremos Unai Zabala (jefe de proyectos de túneles) y yo.</p>
        <p>Cualquier cosa, me dices.</p>
        <p>Un saludo,</p>
        <p><b>Garazi Olabarria</b><br>Responsable de Ingeniería Geotécnica<br>Artxanda Geotecnia, S.L.</p>
        <div style="width:100%">________________________________________________________________________________</div>
        <div><span style="font-size:18pt">Reunión de Microsoft Teams</span></div>
        <div><b>Unirse desde el ordenador, aplicación móvil o dispositivo de sala</b></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YXJ0eGFuZGE@thread.v2/0">Haga clic aquí para unirse a la reunión</a></div>
        <div>Id. de reunión: 374 118 255 901<br>Código de acceso: 2mTq9P</div>
        <div>________________________________________________________________________________</div>
        </div></body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {VTZ_ROMANCE.replace(chr(10), chr(10) + "        ")}
        BEGIN:VEVENT
        ORGANIZER;CN=Garazi Olabarria:mailto:garazi.olabarria@artxandageotecnia.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Iker Etxeberria:mailto:iker.etxeberria@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Unai Zabala:mailto:unai.zabala@artxandageotecnia.com
        DESCRIPTION;LANGUAGE=es-ES:Hola Iker\\,\\n\\nComo hablamos por teléfono\\, te envío la convocatoria para la entrevista técnica con el equipo de geotecnia.\\n
        UID:040000008200E00074C5B7101A82E00800000000C4D1E9A7E262DC01000000000000000010000000F2
        SUMMARY;LANGUAGE=es-ES:Entrevista técnica – Iker Etxeberria
        DTSTART;TZID=Romance Standard Time:20261027T100000
        DTEND;TZID=Romance Standard Time:20261027T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261023T101512Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2117406193
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}}
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
    headers = [
        mx("from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2071.outbound.protection.outlook.com [40.107.20.71])",
           "2026-10-23 12:15:12", MAD, "Ex8q3Rm0"),
        ("From", addr("Garazi Olabarria", "garazi.olabarria@artxandageotecnia.com")),
        ("To", addr("Iker Etxeberria", ME)),
        ("CC", addr("Unai Zabala", "unai.zabala@artxandageotecnia.com")),
        ("Subject", enc("Entrevista técnica – Iker Etxeberria")),
        ("Thread-Topic", enc("Entrevista técnica – Iker Etxeberria")),
        ("Thread-Index", "AdtF2a9c0PqX1r7TQ0Kk3w1vVb6mHg=="),
        ("Date", date("2026-10-23 12:15:12", MAD)),
        ("Message-ID", "<AM9PR07MB7299E1A2B3C4D5E6F7A8B9C0D1E2@AM9PR07MB7299.eurprd07.prod.outlook.com>"),
        ("Accept-Language", "es-ES, en-US"),
        ("Content-Language", "es-ES"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-SCL", "1"),
    ]
    body = alt(text(plain, cte="quoted-printable"), html(rich, cte="quoted-printable"),
               calendar(ics, method="REQUEST", cte="base64"))
    return message(headers, body)


@mail(n(9), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-11-05T14:00:00Z", end="2026-11-05T15:00:00Z",
      contact="priya.natarajan@hallamrowe.co.uk", company="Hallam & Rowe Engineering",
      local="Thu 2026-11-05 15:00", local_end="2026-11-05 16:00", zone=MAD,
      note="Google Calendar invitation rendered in the invitee's zone: 15:00-16:00 Central European "
           "Time - Madrid (CET, UTC+1 in November) = 14:00-15:00Z; the description says 14:00 UK "
           "time (GMT), the ICS is in UTC; contact = organizer")
def gcal_hallam():
    plain = t("""
        Priya Natarajan has invited you to an event

        Interview: Iker Etxeberria – Senior Highways Engineer (remote, UK team)
        Thursday 5 Nov 2026 ⋅ 15:00 – 16:00
        Central European Time - Madrid

        Hi Iker – a 60-minute conversation with Callum Reid (Highways Lead) and me. We're in
        the Sheffield office, so for us it's 14:00 UK time. Please have a recent drainage or
        junction design you're happy to talk through.

        Join with Google Meet
        https://meet.google.com/rqx-hmbe-tdk

        Join by phone
        (GB) +44 20 3957 XXXX PIN: 604 118 227#

        Guests
        Priya Natarajan - organiser
        Callum Reid
        iker.etxeberria@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=M2Y0ZHFhZ3NvZ2gx

        Reply for iker.etxeberria@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=M2Y0ZHFhZ3NvZ2gx&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=M2Y0ZHFhZ3NvZ2gx&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=M2Y0ZHFhZ3NvZ2gx&rst=3
        More options https://calendar.google.com/calendar/event?action=VIEW&eid=M2Y0ZHFhZ3NvZ2gx

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organiser,
        be added to the guest list, invite others regardless of their own invitation status or
        modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
        """)
    rich = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p style="font-size:14px">Priya Natarajan has invited you to an event</p>
        <h2 style="font-weight:400;font-size:22px;color:#3c4043">Interview: Iker Etxeberria – Senior Highways Engineer (remote, UK team)</h2>
        <p>Thursday 5 Nov 2026 ⋅ 15:00 – 16:00<br><span style="color:#70757a">Central European Time - Madrid</span></p>
        <p>Hi Iker – a 60-minute conversation with Callum Reid (Highways Lead) and me. We're in
        the Sheffield office, so for us it's 14:00 UK time. Please have a recent drainage or
        junction design you're happy to talk through.</p>
        <p><a href="https://meet.google.com/rqx-hmbe-tdk" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Join with Google Meet</a></p>
        <p><b>Guests</b><br>Priya Natarajan - organiser<br>Callum Reid<br>iker.etxeberria@example.org</p>
        <p>Reply for iker.etxeberria@example.org &nbsp;
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=M2Y0ZHFhZ3NvZ2gx&amp;rst=1">Yes</a> ·
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=M2Y0ZHFhZ3NvZ2gx&amp;rst=2">No</a> ·
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=M2Y0ZHFhZ3NvZ2gx&amp;rst=3">Maybe</a></p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar. You are receiving this email because you are
        an attendee on the event.</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261105T140000Z
        DTEND:20261105T150000Z
        DTSTAMP:20261029T164011Z
        ORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan@hallamrowe.co.uk
        UID:3f4dqagsogh1k2c9r0b7e5v6aa@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Priya Natarajan;X-NUM-GUESTS=0:mailto:priya.natarajan@hallamrowe.co.uk
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Callum Reid;X-NUM-GUESTS=0:mailto:callum.reid@hallamrowe.co.uk
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=iker.etxeberria@example.org;X-NUM-GUESTS=0:mailto:iker.etxeberria@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/rqx-hmbe-tdk
        CREATED:20261029T163902Z
        DESCRIPTION:Hi Iker – a 60-minute conversation with Callum Reid (Highways Lead) and me. We're in the Sheffield office\\, so for us it's 14:00 UK time.
        LAST-MODIFIED:20261029T164010Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Interview: Iker Etxeberria – Senior Highways Engineer (remote\\, UK team)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        mx("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
           "2026-10-29 16:40:11", "Europe/London", "Gc5p0Qw7"),
        ("From", addr("Priya Natarajan", "priya.natarajan@hallamrowe.co.uk")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", addr("Priya Natarajan", "priya.natarajan@hallamrowe.co.uk")),
        ("To", ME),
        ("Subject", enc("Invitation: Interview: Iker Etxeberria – Senior Highways Engineer (remote, UK team) "
                        "@ Thu 5 Nov 2026 15:00 - 16:00 (CET) (iker.etxeberria@example.org)")),
        ("Date", date("2026-10-29 16:40:11", "Europe/London")),
        ("Message-ID", "<calendar-4c1e7d2a-9b55-4f0e-8a3d-61c2b9e0f7a4@google.com>"),
    ]
    body = mixed(
        alt(text(plain, cte="quoted-printable"), html(rich, cte="quoted-printable"),
            calendar(ics, method="REQUEST", cte="base64")),
        calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    )
    return message(headers, body)


@mail(n(10), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start="2026-11-19T08:30:00Z", end=None,
      contact="nerea.zubizarreta@debaingenieria.eus", company="Deba Ingeniería",
      local="Thu 2026-11-19 09:30", zone=MAD,
      note="Google Calendar all-day event (DTSTART;VALUE=DATE 20261119); the time is only in the "
           "description: 'a las 9:30' in Donostia, CET UTC+1 = 08:30Z; 'una hora y poco' is not an "
           "exact length so end null; contact = organizer")
def gcal_deba_allday():
    plain = t("""
        Nerea Zubizarreta te ha invitado a un evento

        Entrevista Iker Etxeberria – oficina Donostia
        jueves 19 nov 2026

        Hola Iker: lo pongo como evento de día completo porque todavía no tengo sala reservada,
        pero la hora ya está cerrada con Imanol: te esperamos a las 9:30 en la oficina de
        Donostia (Paseo de Mikeletegi 58, 2.º). Calcula una hora y poco. Hay parking para
        visitas en la planta -1.

        Invitados
        Nerea Zubizarreta - organizador
        Imanol Aizpurua
        iker.etxeberria@example.org
        Ver toda la información de los invitados https://calendar.google.com/calendar/event?action=VIEW&eid=N2xvZzRmMnR1

        Responder a iker.etxeberria@example.org
        Sí https://calendar.google.com/calendar/event?action=RESPOND&eid=N2xvZzRmMnR1&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=N2xvZzRmMnR1&rst=2
        Quizás https://calendar.google.com/calendar/event?action=RESPOND&eid=N2xvZzRmMnR1&rst=3
        Más opciones https://calendar.google.com/calendar/event?action=VIEW&eid=N2xvZzRmMnR1

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Has recibido este correo electrónico porque eres un invitado del evento. Para dejar de
        recibir novedades de este evento, rechaza la invitación.
        """)
    rich = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p>Nerea Zubizarreta te ha invitado a un evento</p>
        <h2 style="font-weight:400">Entrevista Iker Etxeberria – oficina Donostia</h2>
        <p>jueves 19 nov 2026</p>
        <p>Hola Iker: lo pongo como evento de día completo porque todavía no tengo sala reservada,
        pero la hora ya está cerrada con Imanol: te esperamos a las 9:30 en la oficina de
        Donostia (Paseo de Mikeletegi 58, 2.º). Calcula una hora y poco. Hay parking para
        visitas en la planta -1.</p>
        <p><b>Invitados</b><br>Nerea Zubizarreta - organizador<br>Imanol Aizpurua<br>iker.etxeberria@example.org</p>
        <p style="font-size:12px;color:#70757a">Invitación de Google Calendar</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20261119
        DTEND;VALUE=DATE:20261120
        DTSTAMP:20261116T112033Z
        ORGANIZER;CN=Nerea Zubizarreta:mailto:nerea.zubizarreta@debaingenieria.eus
        UID:7log4f2tu9q3m1c8k0b6e2h5ss@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Nerea Zubizarreta;X-NUM-GUESTS=0:mailto:nerea.zubizarreta@debaingenieria.eus
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Imanol Aizpurua;X-NUM-GUESTS=0:mailto:imanol.aizpurua@debaingenieria.eus
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=iker.etxeberria@example.org;X-NUM-GUESTS=0:mailto:iker.etxeberria@example.org
        CREATED:20261116T111802Z
        DESCRIPTION:Hola Iker: lo pongo como evento de día completo porque todavía no tengo sala reservada\\, pero la hora ya está cerrada con Imanol: te esperamos a las 9:30 en la oficina de Donostia (Paseo de Mikeletegi 58\\, 2.º). Calcula una hora y poco.
        LAST-MODIFIED:20261116T112032Z
        LOCATION:Paseo de Mikeletegi 58\\, 2.º\\, Donostia-San Sebastián
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista Iker Etxeberria – oficina Donostia
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        mx("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
           "2026-11-16 12:20:33", MAD, "Gc2x7Lp4"),
        ("From", addr("Nerea Zubizarreta", "nerea.zubizarreta@debaingenieria.eus")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", addr("Nerea Zubizarreta", "nerea.zubizarreta@debaingenieria.eus")),
        ("To", ME),
        ("Subject", enc("Invitación: Entrevista Iker Etxeberria – oficina Donostia @ jue 19 nov 2026 "
                        "(iker.etxeberria@example.org)")),
        ("Date", date("2026-11-16 12:20:33", MAD)),
        ("Message-ID", "<calendar-9e02b7c1-33a8-4d6f-b0c2-5d1a7e8f9c30@google.com>"),
    ]
    body = mixed(
        alt(text(plain, cte="quoted-printable"), html(rich, cte="quoted-printable"),
            calendar(ics, method="REQUEST", cte="base64")),
        calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    )
    return message(headers, body)


@mail(n(11), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-11-30T08:00:00Z", end=None,
      contact="jirigoyen@construccionesaralar.com", company="Construcciones Aralar",
      local="Mon 2026-11-30 09:00", zone=MAD,
      note="Phone-written reply (usted) 'le esperamos el lunes que viene a las 9 de la mañana' in "
           "Pamplona; Date Wed 25 Nov so the coming Monday is 30 Nov; 09:00 CET = 08:00Z; no "
           "length; contact = sender")
def prose_aralar_iphone():
    plain = t("""
        Buenos dias Iker,

        De acuerdo, le esperamos el lunes que viene a las 9 de la mañana en nuestras oficinas del
        poligono de Mutilva (calle E, nave 12, Pamplona). Pregunte por mi en recepcion. Estara
        tambien Patxi, el jefe de obra de la variante, que es con quien trabajaria.

        Traiga el titulo y si puede algun ejemplo de planning de obra q haya llevado

        Un saludo
        Javier Irigoyen
        Director técnico - Construcciones Aralar

        Enviado desde mi iPhone

        > El 24 nov 2026, a las 18:02, Iker Etxeberria <iker.etxeberria@example.org> escribió:
        >
        > Buenas tardes, Javier:
        >
        > Muchas gracias por su llamada. Le confirmo mi interés en el puesto de jefe de
        > producción para la variante. Tengo disponibilidad cualquier mañana de la semana que
        > viene; si le viene bien el lunes, podría estar en Pamplona a primera hora.
        >
        > Un saludo,
        > Iker Etxeberria
        """)
    headers = [
        mx("from smtp.construccionesaralar.com (smtp.construccionesaralar.com [185.73.44.18])",
           "2026-11-25 07:48:55", MAD, "Ar4l7Tp1"),
        ("From", addr("Javier Irigoyen", "jirigoyen@construccionesaralar.com")),
        ("To", addr("Iker Etxeberria", ME)),
        ("Subject", enc("Re: Candidatura jefe de producción – variante")),
        ("Date", date("2026-11-25 07:48:55", MAD)),
        ("Message-ID", "<7D2E41B9-05C3-4F8A-9E61-3B2C0A8F1D47@construccionesaralar.com>"),
        ("In-Reply-To", "<CAJ4i9w3Tq8sNvYh@mail.example.org>"),
        ("References", "<CAJ4i9w3Tq8sNvYh@mail.example.org>"),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ]
    return message(headers, text(plain, cte="quoted-printable"))


@mail(n(12), family="recruitee", lang="fr", interview=True, kind="scheduled",
      start="2026-10-08T12:00:00Z", end="2026-10-08T13:00:00Z",
      contact="camille.dufresne@garonne-oa.fr", company="Garonne Ouvrages d'Art",
      local="Thu 2026-10-08 14:00", local_end="2026-10-08 15:00", zone="Europe/Paris",
      note="Recruitee confirmation in French; 14:00-15:00 heure de Paris (CEST, UTC+2) = "
           "12:00-13:00Z, the ICS (Europe/Paris) agrees; Reply-To is a Recruitee relay, contact = "
           "recruiter address in the signature")
def recruitee_garonne():
    plain = t("""
        Bonjour Iker,

        Merci d'avoir choisi un créneau. Votre entretien pour le poste d'Ingénieur(e) Études
        Ouvrages d'Art (H/F) – Bordeaux est confirmé :

        Date : jeudi 8 octobre 2026
        Heure : 14:00 - 15:00 (heure de Paris)
        Lieu : visioconférence Google Meet – https://meet.google.com/gxo-pakd-wmr
        Avec : Camille Dufresne (Chargée de recrutement) et Olivier Marchand (Responsable
        bureau d'études)

        L'entretien pourra se dérouler en français ou en anglais, comme vous préférez.

        Pour toute question : camille.dufresne@garonne-oa.fr

        Bien cordialement,
        Camille Dufresne
        Garonne Ouvrages d'Art

        --
        Envoyé via Recruitee
        """)
    rich = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#1c2b39">
        <p>Bonjour Iker,</p>
        <p>Merci d'avoir choisi un créneau. Votre entretien pour le poste
        d'<b>Ingénieur(e) Études Ouvrages d'Art (H/F) – Bordeaux</b> est confirmé :</p>
        <ul>
        <li><b>Date :</b> jeudi 8 octobre 2026</li>
        <li><b>Heure :</b> 14:00 - 15:00 (heure de Paris)</li>
        <li><b>Lieu :</b> visioconférence Google Meet – <a href="https://meet.google.com/gxo-pakd-wmr">rejoindre</a></li>
        <li><b>Avec :</b> Camille Dufresne (Chargée de recrutement) et Olivier Marchand (Responsable bureau d'études)</li>
        </ul>
        <p>L'entretien pourra se dérouler en français ou en anglais, comme vous préférez.</p>
        <p>Pour toute question : <a href="mailto:camille.dufresne@garonne-oa.fr">camille.dufresne@garonne-oa.fr</a></p>
        <p>Bien cordialement,<br>Camille Dufresne<br>Garonne Ouvrages d'Art</p>
        <p style="font-size:11px;color:#8a98a8">Envoyé via Recruitee</p>
        </body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Recruitee//Events//FR
        METHOD:REQUEST
        {VTZ["Europe/Paris"].replace(chr(10), chr(10) + "        ")}
        BEGIN:VEVENT
        UID:recruitee-interview-4471829@recruitee.com
        DTSTAMP:20261002T073110Z
        DTSTART;TZID=Europe/Paris:20261008T140000
        DTEND;TZID=Europe/Paris:20261008T150000
        SUMMARY:Entretien - Ingénieur(e) Études Ouvrages d'Art - Garonne Ouvrages d'Art
        LOCATION:https://meet.google.com/gxo-pakd-wmr
        ORGANIZER;CN=Camille Dufresne:mailto:camille.dufresne@garonne-oa.fr
        ATTENDEE;CN=Iker Etxeberria;RSVP=TRUE:mailto:iker.etxeberria@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        mx("from mta-12.recruitee.com (mta-12.recruitee.com [159.135.140.12])",
           "2026-10-02 09:31:10", "Europe/Paris", "Rc9t2Ee5"),
        ("From", "Garonne Ouvrages d'Art <no-reply@mail.recruitee.com>"),
        ("Reply-To", "Garonne Ouvrages d'Art <garonne-oa+c8f14a2e@inbound.recruitee.com>"),
        ("To", ME),
        ("Subject", enc("Confirmation de votre entretien – Ingénieur(e) Études Ouvrages d'Art (H/F)")),
        ("Date", date("2026-10-02 09:31:10", "Europe/Paris")),
        ("Message-ID", "<recruitee.4471829.1791009070@mail.recruitee.com>"),
    ]
    body = mixed(alt(text(plain, cte="quoted-printable"), html(rich, cte="quoted-printable")),
                 calendar(ics, cte="quoted-printable", filename="entretien.ics", disposition="attachment"))
    return message(headers, body)


@mail(n(13), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start="2026-11-10T08:30:00Z", end=None,
      contact="helene.etcheverry@atlantique-hydraulique.fr", company="Atlantique Hydraulique",
      local="Tue 2026-11-10 09:30", zone="Europe/Paris",
      note="French prose (ISO-8859-15, quoted-printable) 'mardi prochain, le 10 novembre, à 9h30' "
           "in Biarritz; Date Wed 4 Nov; 09:30 CET = 08:30Z; 'environ 1h30' approximate so end "
           "null; contact = sender")
def prose_atlantique_biarritz():
    plain = t("""
        Bonjour Iker,

        C'est noté pour mardi prochain, le 10 novembre, à 9h30 dans nos locaux de Biarritz
        (12 avenue de la Marne, 2e étage - sonnez à "Atlantique Hydraulique"). Vous
        rencontrerez Bixente Larralde, notre directeur des travaux maritimes, et moi-même.
        Prévoyez environ 1h30 : nous aimerions aussi vous faire visiter le chantier de la digue
        si la météo le permet.

        Si vous venez en voiture depuis Bilbao, le parking Sainte-Eugénie est le plus proche.

        Bien à vous,

        Hélène Etcheverry
        Responsable RH - Atlantique Hydraulique
        12 avenue de la Marne - 64200 Biarritz
        05 59 XX 41 80

        -----Message d'origine-----
        De : Iker Etxeberria <iker.etxeberria@example.org>
        Envoyé : mardi 3 novembre 2026 21:14
        À : Hélène Etcheverry <helene.etcheverry@atlantique-hydraulique.fr>
        Objet : RE: Candidature - Ingénieur travaux maritimes

        Bonjour Madame Etcheverry,

        Merci beaucoup pour votre retour. Je suis disponible toute la semaine prochaine ; mardi
        matin me conviendrait particulièrement bien.

        Cordialement,
        Iker Etxeberria
        """)
    headers = [
        mx("from smtp.atlantique-hydraulique.fr (smtp.atlantique-hydraulique.fr [91.121.58.203])",
           "2026-11-04 15:20:37", "Europe/Paris", "Ah3b1Zz8"),
        ("From", addr("Hélène Etcheverry", "helene.etcheverry@atlantique-hydraulique.fr", "iso-8859-15")),
        ("To", "'Iker Etxeberria' <iker.etxeberria@example.org>"),
        ("Subject", "RE: Candidature - Ingenieur travaux maritimes"),
        ("Date", date("2026-11-04 15:20:37", "Europe/Paris")),
        ("Message-ID", "<003c01dd4e8a$7f2a1b40$6d7e51c0$@atlantique-hydraulique.fr>"),
        ("In-Reply-To", "<CAJ4i9w7kLm2Qx@mail.example.org>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "fr"),
    ]
    return message(headers, text(plain, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(14), family="forward_to_self", lang="es", interview=True, kind="scheduled",
      start="2026-12-04T11:00:00Z", end=None,
      contact="amaia.rekalde@zubiakeng.com", company="Zubiak Engineering",
      local="Fri 2026-12-04 12:00", zone=MAD,
      note="The candidate forwards, from his personal address to this inbox, the recruiter's "
           "confirmation as an attached message/rfc822: 'viernes 4 de diciembre a las 12:00' in "
           "Bilbao, CET UTC+1 = 11:00Z; 'unos 45 minutos' approximate so end null; contact = the "
           "recruiter in the forwarded header (never the candidate)")
def forward_self_zubiak():
    inner_plain = t("""
        Hola Iker:

        Tal y como hablamos esta mañana, te confirmo la entrevista con Dirección Técnica el
        viernes 4 de diciembre a las 12:00 en nuestras oficinas de Bilbao (Gran Vía 19, 5.º
        izquierda). Estaremos Josu Elorriaga, director técnico, y yo. Calcula unos 45 minutos.

        Te adjunto la descripción completa del puesto para que la tengas a mano.

        Un saludo,

        Amaia Rekalde
        People & Talent · Zubiak Engineering
        Gran Vía 19, 48001 Bilbao
        """)
    inner = message([
        ("Received", received("from mail-ej1-f50.google.com (mail-ej1-f50.google.com [209.85.218.50])",
                              "2026-11-30 13:05:20", MAD, "mx.example.net with ESMTPS id Zb0q1", "iker.etx@example.net")),
        ("From", addr("Amaia Rekalde", "amaia.rekalde@zubiakeng.com")),
        ("To", addr("Iker Etxeberria", "iker.etx@example.net")),
        ("Subject", "Entrevista Zubiak Engineering - Ingeniero/a de Estructuras"),
        ("Date", date("2026-11-30 13:05:20", MAD)),
        ("Message-ID", "<CAHx3k9fP0qWz1_Rm7@mail.gmail.com>"),
    ], alt(text(inner_plain, cte="quoted-printable"), html(gmail_html(inner_plain), cte="quoted-printable")))
    note = t("""
        Para tenerlo en el correo de búsqueda. Ojo: llevar DNI y el portátil con lo del puente de
        Galindo.

        Enviado desde mi móvil
        """)
    headers = [
        mx("from mx.example.net (mx.example.net [203.0.113.25])", "2026-11-30 21:10:02", MAD, "Fw5s3Lf2"),
        ("From", addr("Iker Etxeberria", "iker.etx@example.net")),
        ("To", addr("Iker Etxeberria", ME)),
        ("Subject", "Fwd: Entrevista Zubiak Engineering - Ingeniero/a de Estructuras"),
        ("Date", date("2026-11-30 21:10:02", MAD)),
        ("Message-ID", "<20261130211002.4a7c@mx.example.net>"),
    ]
    body = mixed(text(note, cte="8bit"), attached_message(inner, "Entrevista Zubiak Engineering.eml"))
    return message(headers, body)


@mail(n(15), family="zoom", lang="en", interview=True, kind="scheduled",
      start="2026-10-29T14:00:00Z", end="2026-10-29T14:45:00Z",
      contact="dana.whitfield@hudsonlattice.com", company="Hudson Lattice Structures",
      local="Thu 2026-10-29 10:00", local_end="2026-10-29 10:45", zone="America/New_York",
      note="US recruiter with pasted Zoom block, sent in EDT on Tue 27 Oct: 10:00 AM ET on Thu 29 "
           "Oct is still EDT (UTC-4, US ends DST on 1 Nov) = 14:00Z, which is 15:00 CET in Bilbao "
           "(five hours apart that week, as the mail says); 'blocked 45 minutes' = exact length; "
           "contact = sender")
def zoom_hudson():
    plain = t("""
        Hi Iker,

        Great news - the team would like to move you forward to the technical interview for the
        Structural Engineer (Remote, EU) role. You're confirmed for Thursday, October 29 at
        10:00 AM ET with Marcus Okafor (Principal, Structures) and me. That works out to 3:00 PM
        for you in Bilbao. Heads up: Europe switched back to winter time this past weekend and
        we don't until Sunday, so this week we're only five hours apart instead of six.

        We've blocked 45 minutes. Marcus will probably ask you to walk through a steel
        connection you designed, so have a sketch handy.

        Zoom details below - talk soon!

        Dana

        Dana Whitfield
        Senior Technical Recruiter | Hudson Lattice Structures
        New York, NY | dana.whitfield@hudsonlattice.com

        ---

        Dana Whitfield is inviting you to a scheduled Zoom meeting.

        Topic: Hudson Lattice - Technical Interview - Iker Etxeberria
        Time: Oct 29, 2026 10:00 AM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://hudsonlattice.zoom.us/j/84512093377?pwd=bUxQZ3pPa0t2c1JrN1N6dz09

        Meeting ID: 845 1209 3377
        Passcode: 561204

        ---

        One tap mobile
        +13092053325,,84512093377#,,,,*561204# US
        +34917873431,,84512093377#,,,,*561204# Spain
        """)
    headers = [
        mx("from mail-yw1-f171.google.com (mail-yw1-f171.google.com [209.85.128.171])",
           "2026-10-27 11:05:48", "America/New_York", "Zm7h1Xc3"),
        ("From", addr("Dana Whitfield", "dana.whitfield@hudsonlattice.com")),
        ("To", addr("Iker Etxeberria", ME)),
        ("Subject", "Hudson Lattice - technical interview confirmed (Thu 10/29)"),
        ("Date", date("2026-10-27 11:05:48", "America/New_York")),
        ("Message-ID", "<CAMq1v8Hk4zN2Wd0pTx=Qy5sLb@mail.gmail.com>"),
    ]
    body = alt(text(plain, cte="7bit"), html(gmail_html(plain), cte="quoted-printable"))
    return message(headers, body)


@mail(n(16), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-11-16T19:00:00Z", end="2026-11-16T20:00:00Z",
      contact="mere.paewai@tasmanground.co.nz", company="Tasman Ground Engineering",
      local="Tue 2026-11-17 08:00", local_end="2026-11-17 09:00", zone="Pacific/Auckland",
      note="GoodTime confirmation from Auckland: Tue 17 Nov 08:00-09:00 NZDT (UTC+13) = Mon 16 Nov "
           "19:00-20:00Z, another day in UTC; the mail also shows Mon 16 Nov 8:00 PM CET for the "
           "candidate; ICS in Pacific/Auckland agrees; contact = coordinator via Reply-To")
def goodtime_tasman():
    plain = t("""
        Kia ora Iker,

        Your interview with Tasman Ground Engineering is confirmed. Details below.

        Role: Tunnel Design Engineer (Remote – Europe)
        Interview: Panel interview

        Tuesday, 17 November 2026
        8:00 AM – 9:00 AM NZDT (Auckland)
        In your time zone: Monday, 16 November 2026, 8:00 PM – 9:00 PM CET (Madrid)

        Interviewers:
          Hemi Tawhiri – Principal Tunnel Engineer
          Grace Liu – Geotechnical Lead

        Video call: Microsoft Teams – https://teams.microsoft.com/l/meetup-join/19%3ameeting_dGFzbWFu@thread.v2/0

        Need to make a change? Reply to this email and Mere Paewai, your recruiting coordinator,
        will help.

        Ngā mihi,
        Tasman Ground Engineering Talent Team

        Scheduled with GoodTime
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//GoodTime.io//Hire//EN
        VERSION:2.0
        METHOD:REQUEST
        {VTZ["Pacific/Auckland"].replace(chr(10), chr(10) + "        ")}
        BEGIN:VEVENT
        UID:goodtime-3b91c0d2-7a44-49fb-b8e2-0e6d1a9f2c57
        DTSTAMP:20261109T201544Z
        DTSTART;TZID=Pacific/Auckland:20261117T080000
        DTEND;TZID=Pacific/Auckland:20261117T090000
        SUMMARY:Tasman Ground Engineering - Panel interview - Iker Etxeberria
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Mere Paewai:mailto:mere.paewai@tasmanground.co.nz
        ATTENDEE;CN=Iker Etxeberria;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:iker.etxeberria@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        mx("from o3.email.goodtime.io (o3.email.goodtime.io [168.245.71.3])",
           "2026-11-10 09:15:44", "Pacific/Auckland", "Gt0z8Nn6"),
        ("From", "Tasman Ground Engineering <no-reply@goodtime.io>"),
        ("Reply-To", addr("Mere Paewai", "mere.paewai@tasmanground.co.nz")),
        ("To", ME),
        ("Subject", enc("Interview confirmed – Tunnel Design Engineer – Tasman Ground Engineering")),
        ("Date", date("2026-11-10 09:15:44", "Pacific/Auckland")),
        ("Message-ID", "<3b91c0d2-7a44-49fb.confirmation@goodtime.io>"),
    ]
    body = mixed(text(plain, cte="base64"),
                 calendar(ics, cte="7bit", filename="interview.ics", disposition="attachment"))
    return message(headers, body)


# =========================================================================== positives: rescheduled


@mail(n(17), family="icims", lang="en", interview=True, kind="rescheduled",
      start="2026-09-15T14:00:00Z", end="2026-09-15T15:00:00Z",
      contact="sofia.carranza@meridianwater.com", company="Meridian Water Systems",
      local="Tue 2026-09-15 16:00", local_end="2026-09-15 17:00", zone=MAD,
      note="iCIMS reschedule stating the old (Fri 11 Sep 9:00 AM) and the new time: Tue 15 Sep "
           "4:00 PM CEST (Madrid, UTC+2) for 1 hour = 14:00-15:00Z; sender is an iCIMS role "
           "address, contact = recruiter address in the body")
def icims_meridian():
    plain = t("""
        Dear Iker,

        Please note that your interview for the position of Water Infrastructure Engineer
        (Req. 2026-1184, Madrid) has been rescheduled.

        Original date and time:  Friday, September 11, 2026 at 9:00 AM CEST
        NEW date and time:       Tuesday, September 15, 2026 at 4:00 PM CEST (Madrid)
        Duration:                1 hour
        Format:                  Video interview (Microsoft Teams - the link will follow in a separate invitation)
        Interviewer(s):          Sofía Carranza, Talent Acquisition; Hugo Benavente, Engineering Manager

        We apologise for any inconvenience. If the new time does not suit you, please contact
        Sofía Carranza at sofia.carranza@meridianwater.com.

        Sincerely,
        Meridian Water Systems Talent Acquisition

        This message was sent from an unmonitored mailbox. Please do not reply.
        """)
    rich = t("""
        <html><body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <p>Dear Iker,</p>
        <p>Please note that your interview for the position of <b>Water Infrastructure Engineer
        (Req. 2026-1184, Madrid)</b> has been <b>rescheduled</b>.</p>
        <table border="1" cellpadding="5" style="border-collapse:collapse;font-size:12px">
        <tr><td>Original date and time</td><td><s>Friday, September 11, 2026 at 9:00 AM CEST</s></td></tr>
        <tr><td><b>NEW date and time</b></td><td><b>Tuesday, September 15, 2026 at 4:00 PM CEST (Madrid)</b></td></tr>
        <tr><td>Duration</td><td>1 hour</td></tr>
        <tr><td>Format</td><td>Video interview (Microsoft Teams - the link will follow in a separate invitation)</td></tr>
        <tr><td>Interviewer(s)</td><td>Sofía Carranza, Talent Acquisition; Hugo Benavente, Engineering Manager</td></tr>
        </table>
        <p>We apologise for any inconvenience. If the new time does not suit you, please contact
        Sofía Carranza at <a href="mailto:sofia.carranza@meridianwater.com">sofia.carranza@meridianwater.com</a>.</p>
        <p>Sincerely,<br>Meridian Water Systems Talent Acquisition</p>
        <p style="font-size:10px;color:#666">This message was sent from an unmonitored mailbox. Please do not reply.</p>
        <img src="https://meridianwater.icims.com/icims2/servlet/icims2?module=Tracking&amp;id=Qx72" width="1" height="1" alt="">
        </body></html>
        """)
    headers = [
        mx("from mail11.icims.com (mail11.icims.com [64.14.104.11])", "2026-09-09 17:20:26", MAD, "Ic1m5Rr9"),
        ("From", "Meridian Water Systems <meridianwater@talent.icims.com>"),
        ("To", ME),
        ("Subject", "Interview Rescheduled - Water Infrastructure Engineer (2026-1184)"),
        ("Date", date("2026-09-09 17:20:26", MAD)),
        ("Message-ID", "<1184.88213044.1788967226@talent.icims.com>"),
        ("X-iCIMS-Customer", "meridianwater"),
    ]
    return message(headers, alt(text(plain, charset="windows-1252", cte="quoted-printable"),
                                html(rich, charset="windows-1252", cte="quoted-printable")))


@mail(n(18), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start="2026-11-12T09:30:00Z", end=None,
      contact="yaiza.santana@puertosatlanticos.es", company="Puertos Atlánticos Ingeniería",
      local="Thu 2026-11-12 09:30", zone="Atlantic/Canary",
      note="Recruiter in Las Palmas moves the video call from Wed 11 Nov 10:00 to 'jueves 12 de "
           "noviembre a las 9:30 hora canaria (10:30 hora peninsular)'; Canary time in November is "
           "WET = UTC+0, so 09:30Z (= 10:30 CET, consistent); ISO-8859-1; contact = sender")
def prose_puertos_canarias():
    plain = t("""
        Buenos días, Iker:

        Te escribo porque nos ha surgido un imprevisto con la visita de Capitanía y tenemos que
        mover la videollamada que teníamos el miércoles 11 a las 10:00.

        La pasamos al jueves 12 de noviembre a las 9:30 hora canaria (10:30 hora peninsular),
        con las mismas personas: Airam Déniz, jefe de Obras Marítimas, y yo. Ya te he actualizado
        la invitación de Teams con la nueva hora, así que el enlace es el mismo.

        Perdona el cambio y gracias por la flexibilidad.

        Un saludo,

        Yaiza Santana Rodríguez
        Selección y Desarrollo
        Puertos Atlánticos Ingeniería, S.L.
        Muelle de León y Castillo s/n - 35008 Las Palmas de Gran Canaria
        """)
    headers = [
        mx("from mail.puertosatlanticos.es (mail.puertosatlanticos.es [212.170.33.61])",
           "2026-11-09 10:02:14", "Atlantic/Canary", "Pa7c4Nn2"),
        ("From", addr("Yaiza Santana Rodríguez", "yaiza.santana@puertosatlanticos.es", "iso-8859-1")),
        ("To", addr("Iker Etxeberria", ME)),
        ("Subject", enc("Cambio de hora - videollamada Puertos Atlánticos", "iso-8859-1")),
        ("Date", date("2026-11-09 10:02:14", "Atlantic/Canary")),
        ("Message-ID", "<5a1c7e02-8f41-b3d9-2c6a-91e0f4d7b5a3@puertosatlanticos.es>"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "es-ES"),
    ]
    return message(headers, text(plain, charset="iso-8859-1", cte="quoted-printable",
                                 params="format=flowed"))


@mail(n(19), family="google_calendar", lang="en", interview=True, kind="rescheduled",
      start="2026-12-02T10:30:00Z", end="2026-12-02T11:30:00Z",
      contact="marc.puigdomenech@deltarail.eu", company="Delta Rail Engineering",
      local="Wed 2026-12-02 11:30", local_end="2026-12-02 12:30", zone=MAD,
      note="Google Calendar 'Updated invitation' (SEQUENCE:1): moved from Tue 1 Dec 10:00 to Wed "
           "2 Dec 11:30-12:30 Central European Time - Madrid (CET, UTC+1) = 10:30-11:30Z, as the "
           "ICS (TZID=Europe/Madrid) says; contact = organizer")
def gcal_deltarail_update():
    plain = t("""
        This event has been updated
        Changed: time

        Interview – Iker Etxeberria (Rail Systems Engineer, Barcelona)
        Wednesday 2 Dec 2026 ⋅ 11:30 – 12:30
        Central European Time - Madrid

        Iker, sorry for the shuffle – Laia is on site on Tuesday, so we moved this to Wednesday
        late morning. Same Meet link. – Marc

        Join with Google Meet
        https://meet.google.com/dyb-wqxe-fna

        Guests
        Marc Puigdomènech - organiser
        Laia Ferrer
        iker.etxeberria@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NWc4cGR0cmFpbA

        Reply for iker.etxeberria@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=NWc4cGR0cmFpbA&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=NWc4cGR0cmFpbA&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=NWc4cGR0cmFpbA&rst=3
        More options https://calendar.google.com/calendar/event?action=VIEW&eid=NWc4cGR0cmFpbA

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
        """)
    rich = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p style="font-size:14px">This event has been updated<br><span style="color:#d93025">Changed: time</span></p>
        <h2 style="font-weight:400">Interview – Iker Etxeberria (Rail Systems Engineer, Barcelona)</h2>
        <p><span style="color:#d93025">Wednesday 2 Dec 2026 ⋅ 11:30 – 12:30</span><br>
        <span style="text-decoration:line-through;color:#70757a">Tuesday 1 Dec 2026 ⋅ 10:00 – 11:00</span><br>
        <span style="color:#70757a">Central European Time - Madrid</span></p>
        <p>Iker, sorry for the shuffle – Laia is on site on Tuesday, so we moved this to Wednesday
        late morning. Same Meet link. – Marc</p>
        <p><a href="https://meet.google.com/dyb-wqxe-fna">Join with Google Meet</a></p>
        <p><b>Guests</b><br>Marc Puigdomènech - organiser<br>Laia Ferrer<br>iker.etxeberria@example.org</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {VTZ_MADRID.replace(chr(10), chr(10) + "        ")}
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Madrid:20261202T113000
        DTEND;TZID=Europe/Madrid:20261202T123000
        DTSTAMP:20261126T164502Z
        ORGANIZER;CN=Marc Puigdomènech:mailto:marc.puigdomenech@deltarail.eu
        UID:5g8pdtrail0c2m7b9q1e4x6kvz@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marc Puigdomènech;X-NUM-GUESTS=0:mailto:marc.puigdomenech@deltarail.eu
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Laia Ferrer;X-NUM-GUESTS=0:mailto:laia.ferrer@deltarail.eu
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=iker.etxeberria@example.org;X-NUM-GUESTS=0:mailto:iker.etxeberria@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/dyb-wqxe-fna
        CREATED:20261119T091544Z
        DESCRIPTION:Iker\\, sorry for the shuffle – Laia is on site on Tuesday\\, so we moved this to Wednesday late morning. Same Meet link. – Marc
        LAST-MODIFIED:20261126T164501Z
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Interview – Iker Etxeberria (Rail Systems Engineer\\, Barcelona)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        mx("from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
           "2026-11-26 17:45:02", MAD, "Gc9u4Dr1"),
        ("From", addr("Marc Puigdomènech", "marc.puigdomenech@deltarail.eu")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", addr("Marc Puigdomènech", "marc.puigdomenech@deltarail.eu")),
        ("To", ME),
        ("Subject", enc("Updated invitation: Interview – Iker Etxeberria (Rail Systems Engineer, Barcelona) "
                        "@ Wed 2 Dec 2026 11:30 - 12:30 (CET) (iker.etxeberria@example.org)")),
        ("Date", date("2026-11-26 17:45:02", MAD)),
        ("Message-ID", "<calendar-0b7e4a19-6c2d-4f38-a5e1-d9c3b2f80a64@google.com>"),
    ]
    body = mixed(
        alt(text(plain, cte="quoted-printable"), html(rich, cte="quoted-printable"),
            calendar(ics, method="REQUEST", cte="base64")),
        calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    )
    return message(headers, body)


@mail(n(20), family="workable", lang="es", interview=True, kind="rescheduled",
      start="2026-12-11T11:00:00Z", end=None,
      contact="leire.azkona@hidraulicaarga.com", company="Hidráulica Arga",
      local="Fri 2026-12-11 12:00", zone=MAD,
      note="Workable message written by the recruiter: moved from 'jueves 10 a las 11:00' to "
           "'pasado mañana, viernes 11, a las 12:00'; Date Wed 9 Dec so pasado mañana = Fri 11 "
           "Dec; 12:00 CET = 11:00Z; From and Reply-To are Workable relays, contact = recruiter "
           "address in the signature")
def workable_arga():
    plain = t("""
        Hola Iker:

        Te escribo porque Andoni, el jefe de proyecto, tiene que estar el jueves en la obra de
        la depuradora y no llega a la entrevista. La hemos movido del jueves 10 a las 11:00 a
        pasado mañana, viernes 11, a las 12:00, en el mismo sitio (nuestra oficina de Pamplona,
        Avda. de Zaragoza 52, 4.º). Siento el cambio con tan poco margen.

        Si el viernes no te viniera bien, contesta a este correo o llámame y buscamos otra
        opción.

        Un saludo,
        Leire

        Leire Azkona | Técnica de Selección | Hidráulica Arga
        leire.azkona@hidraulicaarga.com | 948 XX 27 63

        --
        Responde a este mensaje directamente; tu respuesta llegará al equipo de selección de
        Hidráulica Arga.
        """)
    rich = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hola Iker:</p>
        <p>Te escribo porque Andoni, el jefe de proyecto, tiene que estar el jueves en la obra de
        la depuradora y no llega a la entrevista. La hemos movido del jueves 10 a las 11:00 a
        <b>pasado mañana, viernes 11, a las 12:00</b>, en el mismo sitio (nuestra oficina de Pamplona,
        Avda. de Zaragoza 52, 4.º). Siento el cambio con tan poco margen.</p>
        <p>Si el viernes no te viniera bien, contesta a este correo o llámame y buscamos otra
        opción.</p>
        <p>Un saludo,<br>Leire</p>
        <p style="color:#555">Leire Azkona | Técnica de Selección | Hidráulica Arga<br>
        leire.azkona@hidraulicaarga.com | 948 XX 27 63</p>
        <hr style="border:none;border-top:1px solid #ddd">
        <p style="font-size:12px;color:#888">Responde a este mensaje directamente; tu respuesta llegará al
        equipo de selección de Hidráulica Arga.</p>
        </div>
        """)
    headers = [
        mx("from mail19.workablemail.com (mail19.workablemail.com [198.37.144.19])",
           "2026-12-09 09:10:33", MAD, "Wk2b8Pq5"),
        ("From", addr("Leire Azkona (Hidráulica Arga)", "hidraulica-arga@candidates.workablemail.com")),
        ("Reply-To", "hidraulica-arga+a8c3e1f07b@candidates.workablemail.com"),
        ("To", ME),
        ("Subject", enc("Cambio en tu entrevista con Hidráulica Arga")),
        ("Date", date("2026-12-09 09:10:33", MAD)),
        ("Message-ID", "<wk.msg.a8c3e1f07b.1796803833@workablemail.com>"),
    ]
    return message(headers, alt(text(plain, cte="8bit"), html(rich, cte="quoted-printable")))


# =========================================================================== positives: cancelled


@mail(n(21), family="exchange_outlook", lang="es", interview=True, kind="cancelled",
      start="2026-10-14T14:00:00Z", end="2026-10-14T15:00:00Z",
      contact="ander.basterretxea@txingudi-estructuras.com", company="Txingudi Estructuras",
      local="Wed 2026-10-14 16:00", local_end="2026-10-14 17:00", zone=MAD,
      note="Outlook cancellation (METHOD:CANCEL, STATUS:CANCELLED) of the Wed 14 Oct 16:00-17:00 "
           "Romance Standard Time slot (CEST, UTC+2) = 14:00-15:00Z; new dates promised but none "
           "given; contact = organizer/sender")
def exchange_txingudi_cancel():
    plain = t("""
        Hola Iker,

        Siento avisar con tan poco margen: tenemos que cancelar la entrevista del miércoles (de
        16:00 a 17:00). Nos ha entrado una entrega urgente para Adif y Maialen y yo vamos a
        estar toda la semana con ello.

        Esta semana te escribo con nuevas fechas, seguramente para finales de mes.

        Disculpa las molestias.

        Ander Basterretxea
        Jefe de Proyectos – Txingudi Estructuras
        Irun · Donostia
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {VTZ_ROMANCE.replace(chr(10), chr(10) + "        ")}
        BEGIN:VEVENT
        ORGANIZER;CN=Ander Basterretxea:mailto:ander.basterretxea@txingudi-estructuras.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Iker Etxeberria:mailto:iker.etxeberria@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maialen Otegi:mailto:maialen.otegi@txingudi-estructuras.com
        DESCRIPTION;LANGUAGE=es-ES:Hola Iker\\,\\n\\nSiento avisar con tan poco margen: tenemos que cancelar la entrevista del miércoles.\\n
        UID:040000008200E00074C5B7101A82E0080000000070A3E55C1A58DC01000000000000000010000000AA
        SUMMARY;LANGUAGE=es-ES:Cancelada: Entrevista Iker Etxeberria – Ingeniero/a de Estructuras
        DTSTART;TZID=Romance Standard Time:20261014T160000
        DTEND;TZID=Romance Standard Time:20261014T170000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261012T074011Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=es-ES:Txingudi Estructuras – Sala Bidasoa (Irun)
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:-1203348871
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        mx("from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2090.outbound.protection.outlook.com [40.107.241.90])",
           "2026-10-12 09:40:11", MAD, "Ex2c0Nq4"),
        ("From", addr("Ander Basterretxea", "ander.basterretxea@txingudi-estructuras.com")),
        ("To", addr("Iker Etxeberria", ME)),
        ("CC", addr("Maialen Otegi", "maialen.otegi@txingudi-estructuras.com")),
        ("Subject", enc("Cancelada: Entrevista Iker Etxeberria – Ingeniero/a de Estructuras")),
        ("Thread-Topic", enc("Entrevista Iker Etxeberria – Ingeniero/a de Estructuras")),
        ("Thread-Index", "AdtcA1nF7wq3b2RJTPe0ZfGkSx4vMQ=="),
        ("Date", date("2026-10-12 09:40:11", MAD)),
        ("Message-ID", "<PAXPR04MB9185A0C3E2B1D4F5A6B7C8D9E0F1@PAXPR04MB9185.eurprd04.prod.outlook.com>"),
        ("Importance", "high"),
        ("X-Priority", "1"),
        ("Content-Language", "es-ES"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    body = alt(text(plain, cte="quoted-printable"), calendar(ics, method="CANCEL", cte="base64"))
    return message(headers, body)


@mail(n(22), family="ashby", lang="en", interview=True, kind="cancelled",
      start="2026-11-23T10:00:00Z", end="2026-11-23T10:45:00Z",
      contact="tom.achterberg@kestrelgeo.com", company="Kestrel Geospatial",
      local="Mon 2026-11-23 11:00", local_end="2026-11-23 11:45", zone=MAD,
      note="Ashby cancellation, role paused, no new time: the slot Mon 23 Nov 11:00-11:45 AM CET "
           "(UTC+1) = 10:00-10:45Z, ICS METHOD:CANCEL in UTC agrees; contact = Reply-To recruiter")
def ashby_kestrel_cancel():
    plain = t("""
        Hi Iker,

        Unfortunately we need to cancel your upcoming interview:

        Geospatial Civil Engineer – Kestrel Geospatial
        Monday, November 23, 2026
        11:00 AM – 11:45 AM CET

        The team has decided to pause hiring for this position until the new financial year,
        so we won't be rescheduling for now. We're sorry for the short notice and we'll keep
        your application on file – if the role reopens, I'll reach out personally.

        Questions? Just reply and it will reach Tom Achterberg.

        Thanks,
        Kestrel Geospatial Recruiting
        """)
    rich = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Iker,</p>
        <p>Unfortunately we need to cancel your upcoming interview:</p>
        <p><b>Geospatial Civil Engineer – Kestrel Geospatial</b><br>
        <s>Monday, November 23, 2026<br>11:00 AM – 11:45 AM CET</s></p>
        <p>The team has decided to pause hiring for this position until the new financial year,
        so we won't be rescheduling for now. We're sorry for the short notice and we'll keep
        your application on file – if the role reopens, I'll reach out personally.</p>
        <p>Questions? Just reply and it will reach Tom Achterberg.</p>
        <p>Thanks,<br>Kestrel Geospatial Recruiting</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:0c5e2b7a-41f8-4d93-b6a0-8e2f1c7d9a35
        DTSTAMP:20261119T143007Z
        DTSTART:20261123T100000Z
        DTEND:20261123T104500Z
        SEQUENCE:2
        SUMMARY:Kestrel Geospatial – Geospatial Civil Engineer Interview
        ORGANIZER;CN=Tom Achterberg:mailto:tom.achterberg@kestrelgeo.com
        ATTENDEE;CN=Iker Etxeberria;ROLE=REQ-PARTICIPANT:mailto:iker.etxeberria@example.org
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        mx("from a48-31.smtp-out.amazonses.com (a48-31.smtp-out.amazonses.com [54.240.48.31])",
           "2026-11-19 15:30:07", MAD, "As8h3Bb0"),
        ("From", "Kestrel Geospatial <no-reply@ashbyhq.com>"),
        ("Reply-To", addr("Tom Achterberg", "tom.achterberg@kestrelgeo.com")),
        ("To", addr("Iker Etxeberria", ME)),
        ("Subject", "Interview cancelled: Geospatial Civil Engineer at Kestrel Geospatial"),
        ("Date", date("2026-11-19 15:30:07", MAD)),
        ("Message-ID", "<010001936a5b8c2e-7d41f0a2-9c3e-4b18-a6d5-1e0f2b3c4d5e-000000@email.amazonses.com>"),
    ]
    body = mixed(alt(text(plain, cte="base64"), html(rich, cte="base64")),
                 calendar(ics, method="CANCEL", cte="base64", filename="cancel.ics",
                          disposition="attachment"))
    return message(headers, body)


@mail(n(23), family="human_prose", lang="fr", interview=True, kind="cancelled",
      start="2026-12-07T09:30:00Z", end=None,
      contact="sandrine.lacoste@estuaire-ingenierie.fr", company="Estuaire Ingénierie",
      local="Mon 2026-12-07 10:30", zone="Europe/Paris",
      note="French prose (windows-1252, 8bit) cancelling 'l'entretien prévu lundi 7 décembre à "
           "10h30' in Bordeaux: post filled internally, no new time; 10:30 CET = 09:30Z; contact = "
           "sender")
def prose_estuaire_cancel():
    plain = t("""
        Bonjour Iker,

        Je suis désolée de devoir vous l’annoncer par mail : nous sommes contraints d’annuler
        l’entretien prévu lundi 7 décembre à 10h30 avec M. Rivière. Le poste d’ingénieur
        hydraulique fluviale a finalement été pourvu en interne, suite à une réorganisation de
        l’agence de Bordeaux décidée cette semaine.

        Votre profil nous a vraiment intéressés et je me permettrai de revenir vers vous si une
        nouvelle opportunité s’ouvre, notamment sur nos projets côté Pays basque.

        Avec toutes mes excuses pour ce contretemps,

        Sandrine Lacoste
        Chargée de recrutement – Estuaire Ingénierie
        Quai des Chartrons, 33000 Bordeaux
        """)
    headers = [
        mx("from smtp-out.estuaire-ingenierie.fr (smtp-out.estuaire-ingenierie.fr [51.38.112.7])",
           "2026-12-02 11:05:29", "Europe/Paris", "Es4k9Cc1"),
        ("From", addr("Sandrine Lacoste", "sandrine.lacoste@estuaire-ingenierie.fr")),
        ("To", addr("Iker Etxeberria", ME)),
        ("Subject", enc("Annulation de notre entretien du 7 décembre", "windows-1252")),
        ("Date", date("2026-12-02 11:05:29", "Europe/Paris")),
        ("Message-ID", "<0f3b7d21a9c84e56b2e1@estuaire-ingenierie.fr>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]
    return message(headers, text(plain, charset="windows-1252", cte="8bit"))


# =========================================================================== negatives


@mail(n(24), family="rejection", lang="en", interview=False, company="Albion Structural Group",
      note="SmartRecruiters rejection after an interview that already happened (Tue 29 Sep); no "
           "interview to come", days=(("Tue", "2026-09-29"),))
def smartrecruiters_albion_rejection():
    plain = t("""
        Dear Iker,

        Thank you for taking the time to interview with us on Tuesday, September 29 for the
        Structural Engineer – Steel & Composite position in Madrid, and for your interest in
        Albion Structural Group.

        After careful consideration, we have decided to move forward with other candidates whose
        experience more closely matches the current needs of the team. This was not an easy
        decision: the panel was impressed by your work on the Zorrotzaurre footbridge.

        We will keep your details in our talent community and may contact you about future
        openings. We wish you every success in your search.

        Kind regards,

        Albion Structural Group – Talent Acquisition

        This email was sent via SmartRecruiters. To update your communication preferences, visit
        https://my.smartrecruiters.com/preferences
        """)
    rich = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="20" style="background:#fff">
        <tr><td>
        <p>Dear Iker,</p>
        <p>Thank you for taking the time to interview with us on Tuesday, September 29 for the
        <b>Structural Engineer – Steel &amp; Composite</b> position in Madrid, and for your interest in
        Albion Structural Group.</p>
        <p>After careful consideration, we have decided to move forward with other candidates whose
        experience more closely matches the current needs of the team. This was not an easy
        decision: the panel was impressed by your work on the Zorrotzaurre footbridge.</p>
        <p>We will keep your details in our talent community and may contact you about future
        openings. We wish you every success in your search.</p>
        <p>Kind regards,<br><br>Albion Structural Group – Talent Acquisition</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#999">This email was sent via SmartRecruiters.
        <a href="https://my.smartrecruiters.com/preferences">Update your communication preferences</a></td></tr>
        </table></td></tr></table></body></html>
        """)
    headers = [
        mx("from mail-out.smartrecruiters.com (mail-out.smartrecruiters.com [185.46.222.17])",
           "2026-10-05 10:02:40", MAD, "Sr5d2Kk0"),
        ("From", "Albion Structural Group <noreply@smartrecruiters.com>"),
        ("To", addr("Iker Etxeberria", ME)),
        ("Subject", "Your application with Albion Structural Group"),
        ("Date", date("2026-10-05 10:02:40", MAD)),
        ("Message-ID", "<sr-3f8a9d21-5e7b-4c0a-b1d2-6e9f0a1b2c3d@smartrecruiters.com>"),
        ("List-Unsubscribe", "<https://my.smartrecruiters.com/preferences?u=3f8a9d21>"),
    ]
    return message(headers, alt(text(plain, cte="quoted-printable"), html(rich, cte="quoted-printable")))


@mail(n(25), family="offer", lang="es", interview=False, company="Ondarra Ingeniería",
      note="Job offer after the interviews (thread of the Lever confirmation): the fixed time is "
           "the first working day (Mon 11 Jan 2027 08:30) and a reply deadline, not an interview",
      days=(("Mon", "2027-01-11"), ("Fri", "2026-10-23")))
def offer_ondarra():
    plain = t("""
        Hola Iker:

        Después de las entrevistas con Koldo y con Dirección, nos alegra mucho poder hacerte una
        propuesta formal para incorporarte a Ondarra Ingeniería como Ingeniero de Proyectos de
        Saneamiento. Te adjunto la carta de oferta con las condiciones que comentamos por
        teléfono (salario, modalidad híbrida de 2 días en casa y plan de formación).

        La fecha de incorporación prevista sería el lunes 11 de enero de 2027 a las 8:30 en la
        oficina de Alameda de Urquijo; ese primer día tendrás la acogida con Personas y la
        entrega de equipo.

        Te agradecería que nos dieras una respuesta antes del viernes 23 de octubre. Si quieres
        comentar cualquier punto antes, llámame cuando quieras.

        ¡Esperamos que digas que sí!

        Maite Goikoetxea
        Selección y Desarrollo · Ondarra Ingeniería
        maite.goikoetxea@ondarra-ing.es
        """)
    headers = [
        mx("from mail-ed1-f48.google.com (mail-ed1-f48.google.com [209.85.208.48])",
           "2026-10-16 13:15:09", MAD, "On9f1Ff3"),
        ("From", addr("Maite Goikoetxea", "maite.goikoetxea@ondarra-ing.es")),
        ("To", addr("Iker Etxeberria", ME)),
        ("Subject", enc("Propuesta de incorporación – Ondarra Ingeniería")),
        ("Date", date("2026-10-16 13:15:09", MAD)),
        ("Message-ID", "<CAD2p0bX8wQ4eN1mHh7zYc3kRt@mail.gmail.com>"),
    ]
    body = mixed(alt(text(plain, cte="quoted-printable"), html(gmail_html(plain), cte="quoted-printable")),
                 fake_pdf("Carta_oferta_Iker_Etxeberria"))
    return message(headers, body)


@mail(n(26), family="application_receipt", lang="en", interview=False, company="Rheinbrück Tunnelbau",
      note="softgarden application acknowledgement; an interview is only mentioned as a possible "
           "next step, nothing fixed")
def softgarden_receipt():
    plain = t("""
        Dear Mr Etxeberria,

        Thank you for your application as Project Engineer Tunnelling (m/f/d) – Barcelona and
        for your interest in Rheinbrück Tunnelbau.

        We have received your documents and will review them carefully. If your profile matches
        the requirements, we will invite you to a personal interview within the next two to
        three weeks. Please understand that this may take a little time.

        You can view the status of your application at any time in your candidate account:
        https://rheinbrueck-tunnelbau.softgarden.io/en/candidate/applications

        Kind regards

        Your Recruiting Team
        Rheinbrück Tunnelbau GmbH · Sucursal en España
        Carrer de Tànger 86, 08018 Barcelona

        This email was generated automatically. Replies to this address cannot be processed.
        """)
    headers = [
        mx("from mail.softgarden.io (mail.softgarden.io [185.201.16.44])", "2026-09-07 08:30:51", MAD, "Sg1a7Tt3"),
        ("From", enc("Rheinbrück Tunnelbau") + " <noreply@softgarden.io>"),
        ("To", ME),
        ("Subject", enc("Your application as Project Engineer Tunnelling (m/f/d) – Barcelona")),
        ("Date", date("2026-09-07 08:30:51", MAD)),
        ("Message-ID", "<20260907063051.8c2f41e7@app.softgarden.io>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, text(plain, cte="quoted-printable"))


@mail(n(27), family="job_alert", lang="es", interview=False, company=None,
      note="Job-board alert (fictional EmpleoNorte); 'entrevista inmediata' badges, no appointment")
def alert_empleonorte():
    plain = t("""
        EmpleoNorte · Tu alerta "ingeniero caminos" en Bizkaia, Gipuzkoa y Álava

        Hola Iker, hay 7 ofertas nuevas que encajan con tu búsqueda:

        1. Jefe/a de Obra – Urbanización (Barakaldo) · Obras Ibaizabal · 38.000–45.000 €
           Entrevista inmediata · Incorporación en noviembre
        2. Ingeniero/a de Caminos – Proyectos de Carreteras (Bilbao) · Consultora Mendibil
        3. Técnico/a de Estudios – Licitaciones (Vitoria-Gasteiz) · Grupo Zadorra
        4. Ingeniero/a de Puentes (Donostia / híbrido) · Estudio Urumea
           Entrevistas por videollamada esta semana
        5. Responsable de Calidad de Obra (Getxo) · Construcciones Abra
        6. Ingeniero/a Hidráulico/a (Pamplona) · Riegos del Ebro Medio
        7. BIM Manager Infraestructuras (remoto) · Civilnet Digital

        Ver todas las ofertas: https://www.empleonorte.es/alertas/ver?id=88120&utm_source=alerta

        Consejo de la semana: prepara tu entrevista con nuestra guía gratuita.

        Has recibido este correo porque creaste esta alerta en EmpleoNorte.
        Darte de baja: https://www.empleonorte.es/alertas/baja?id=88120
        """)
    rich = t("""
        <html><body style="background:#eef2f5;margin:0">
        <table width="600" align="center" style="background:#fff;font-family:Arial,sans-serif;font-size:14px">
        <tr><td style="background:#0b6e4f;color:#fff;padding:14px;font-size:18px"><b>EmpleoNorte</b></td></tr>
        <tr><td style="padding:16px">
        <p>Hola Iker, hay <b>7 ofertas nuevas</b> que encajan con tu búsqueda <i>"ingeniero caminos"</i>:</p>
        <p><a href="https://www.empleonorte.es/o/1">Jefe/a de Obra – Urbanización (Barakaldo)</a><br>Obras Ibaizabal · 38.000–45.000 €<br>
        <span style="background:#ffe08a;padding:2px 6px;font-size:12px">Entrevista inmediata</span></p>
        <p><a href="https://www.empleonorte.es/o/2">Ingeniero/a de Caminos – Proyectos de Carreteras (Bilbao)</a><br>Consultora Mendibil</p>
        <p><a href="https://www.empleonorte.es/o/3">Técnico/a de Estudios – Licitaciones (Vitoria-Gasteiz)</a><br>Grupo Zadorra</p>
        <p><a href="https://www.empleonorte.es/o/4">Ingeniero/a de Puentes (Donostia / híbrido)</a><br>Estudio Urumea<br>
        <span style="background:#ffe08a;padding:2px 6px;font-size:12px">Entrevistas por videollamada esta semana</span></p>
        <p><a href="https://www.empleonorte.es/o/5">Responsable de Calidad de Obra (Getxo)</a><br>Construcciones Abra</p>
        <p><a href="https://www.empleonorte.es/o/6">Ingeniero/a Hidráulico/a (Pamplona)</a><br>Riegos del Ebro Medio</p>
        <p><a href="https://www.empleonorte.es/o/7">BIM Manager Infraestructuras (remoto)</a><br>Civilnet Digital</p>
        <p style="font-size:12px;color:#777">Has recibido este correo porque creaste esta alerta en EmpleoNorte.
        <a href="https://www.empleonorte.es/alertas/baja?id=88120">Darte de baja</a></p>
        </td></tr></table></body></html>
        """)
    headers = [
        mx("from mta3.empleonorte.es (mta3.empleonorte.es [93.189.40.3])", "2026-09-08 07:00:12", MAD, "En0a1Ll8"),
        ("From", "EmpleoNorte Alertas <alertas@empleonorte.es>"),
        ("To", ME),
        ("Subject", enc("7 ofertas nuevas: ingeniero caminos en Bizkaia, Gipuzkoa y Álava")),
        ("Date", date("2026-09-08 07:00:12", MAD)),
        ("Message-ID", "<alerta.88120.20260908@empleonorte.es>"),
        ("List-Unsubscribe", "<https://www.empleonorte.es/alertas/baja?id=88120>, <mailto:baja@empleonorte.es>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
    return message(headers, alt(text(plain, cte="quoted-printable"), html(rich, cte="base64")))


@mail(n(28), family="newsletter_tips", lang="es", interview=False, company=None,
      note="Substack newsletter about technical interviews in civil engineering; announces a live "
           "stream on Thu 24 Sep at 19:00 - fixed time, but not an interview",
      days=(("Thu", "2026-09-24"),))
def newsletter_caminos():
    plain = t("""
        Caminos y Carrera · Nº 41

        La entrevista técnica: 5 preguntas que siempre caen (y cómo contestarlas)

        Esta semana varios lectores me habéis escrito porque tenéis entrevistas en consultoras y
        constructoras. Estas son las preguntas que más se repiten en una entrevista técnica para
        un puesto de ingeniería civil:

        1. "Cuéntame un proyecto del que estés orgulloso." Elige uno con números: presupuesto,
           plazo, tu papel concreto.
        2. "¿Cómo resolviste un conflicto con la dirección facultativa?" Aquí buscan criterio,
           no heroicidades.
        3. "Dimensiona rápidamente esta viga / esta zapata." Lleva calculadora y no te bloquees.
        4. "¿Qué software usas?" Civil 3D, SAP2000, Plaxis... sé honesto con tu nivel.
        5. "¿Cuándo podrías incorporarte?" Ten la respuesta pensada antes de la entrevista.

        📺 En directo: el próximo jueves 24 de septiembre a las 19:00 repasamos estas preguntas
        con dos jefas de selección de constructoras. Apúntate aquí:
        https://caminosycarrera.substack.com/p/directo-entrevistas

        ¡Mucha suerte con esas entrevistas!
        Ainhoa

        © 2026 Caminos y Carrera · Bilbao
        Darse de baja: https://caminosycarrera.substack.com/action/disable_email
        """)
    headers = [
        mx("from mail-out.substack.com (mail-out.substack.com [168.245.6.33])", "2026-09-20 09:00:27", MAD, "Ss2n4Ww1"),
        ("From", "Caminos y Carrera <caminosycarrera@substack.com>"),
        ("Reply-To", "Caminos y Carrera <reply+2k4h9q&caminosycarrera@substack.com>"),
        ("To", ME),
        ("Subject", enc("La entrevista técnica: 5 preguntas que siempre caen")),
        ("Date", date("2026-09-20 09:00:27", MAD)),
        ("Message-ID", "<20260920070027.3.d81c2b1a6f0e4c77@mg1.substack.com>"),
        ("List-Id", "<caminosycarrera.substack.com>"),
        ("List-Unsubscribe", "<https://caminosycarrera.substack.com/action/disable_email>"),
        ("Precedence", "bulk"),
    ]
    return message(headers, alt(text(plain, cte="quoted-printable"), html(gmail_html(plain), cte="quoted-printable")))


@mail(n(29), family="self_schedule_link", lang="es", interview=False, company="Cantábrico Smart Roads",
      note="Personio self-scheduling invitation: the candidate must pick one of three slots; no "
           "interview time fixed yet",
      days=(("Mon", "2026-10-26"), ("Tue", "2026-10-27")))
def personio_pick_slot():
    plain = t("""
        Hola Iker:

        ¡Gracias por tu candidatura a Ingeniero/a de Conservación de Carreteras (Santander /
        Bilbao)! Nos gustaría conocerte en una primera entrevista por videollamada de 30 minutos.

        Elige la franja que mejor te venga en el siguiente enlace:
        https://cantabrico-smart-roads.jobs.personio.de/scheduling/9f2c41e0

        Franjas disponibles ahora mismo:
          · lunes, 26 de octubre, 10:00
          · lunes, 26 de octubre, 11:00
          · martes, 27 de octubre, 16:00

        Las franjas se asignan por orden de reserva. Cuando elijas una, recibirás la
        confirmación con el enlace de la videollamada.

        Un saludo,
        Equipo de Personas · Cantábrico Smart Roads

        Este correo se ha enviado a través de Personio. Política de privacidad:
        https://cantabrico-smart-roads.jobs.personio.de/privacy-policy
        """)
    headers = [
        mx("from mail.personio.de (mail.personio.de [3.120.44.71])", "2026-10-21 11:12:45", MAD, "Pe7r3Ss0"),
        ("From", addr("Cantábrico Smart Roads", "noreply@mail.personio.de")),
        ("To", ME),
        ("Subject", enc("Elige tu horario de entrevista – Cantábrico Smart Roads")),
        ("Date", date("2026-10-21 11:12:45", MAD)),
        ("Message-ID", "<personio.9f2c41e0.1792581165@mail.personio.de>"),
    ]
    return message(headers, text(plain, cte="base64"))


@mail(n(30), family="recruiter_outreach", lang="es", interview=False, company="Talento Técnico Norte",
      note="Agency outreach asking for a 15-minute call 'esta semana o la que viene'; nothing fixed")
def outreach_ttn():
    plain = t("""
        Hola Iker,

        Soy Olatz, consultora en Talento Técnico Norte. Te escribo porque estoy ayudando a una
        ingeniería de Bizkaia (muy conocida en obra marítima y puertos) a cubrir un puesto de
        Jefe/a de Proyectos de Estructuras, y tu perfil encaja muy bien: puentes, estructuras
        de hormigón y experiencia con administraciones.

        ¿Tendrías 15 minutos esta semana o la que viene para una llamada rápida? Te cuento el
        proyecto, la banda salarial y la modalidad (híbrida, 3 días en oficina en Bilbao), y si
        te interesa avanzamos con la primera entrevista con el cliente.

        Dime qué franjas te vienen bien y me adapto.

        Un saludo,

        Olatz Mendizabal
        Senior Consultant – Engineering & Construction
        Talento Técnico Norte · Bilbao
        olatz.mendizabal@talentotecniconorte.com
        """)
    headers = [
        mx("from mail-lf1-f52.google.com (mail-lf1-f52.google.com [209.85.167.52])",
           "2026-09-10 12:34:02", MAD, "Tt8o2Mm6"),
        ("From", addr("Olatz Mendizabal", "olatz.mendizabal@talentotecniconorte.com")),
        ("To", ME),
        ("Subject", "Jefe/a de Proyectos de Estructuras - Bilbao (confidencial)"),
        ("Date", date("2026-09-10 12:34:02", MAD)),
        ("Message-ID", "<CAGf4r1Zp9Lw0Kc2yT6vEx8qNm@mail.gmail.com>"),
    ]
    return message(headers, alt(text(plain, cte="quoted-printable"), html(gmail_html(plain), cte="quoted-printable")))


@mail(n(31), family="proposed_not_confirmed", lang="es", interview=False,
      company="Urdaibai Obras Marítimas",
      note="Hiring manager proposes two options (Tue 3 Nov 10:00 or Wed 4 Nov 16:30) and waits for "
           "the candidate to choose; not confirmed",
      days=(("Tue", "2026-11-03"), ("Wed", "2026-11-04")))
def proposal_urdaibai():
    plain = t("""
        Hola Iker,

        Gracias por mandarme el CV actualizado. Me gustaría que nos viéramos en persona con
        Arantza, que lleva la parte de diques.

        ¿Te vendría bien el martes 3 de noviembre a las 10:00? Si no, tengo hueco el miércoles 4
        a las 16:30. Dime qué prefieres y te mando la invitación con la dirección (estamos en
        Bermeo, junto al puerto).

        Un saludo,
        Gorka

        Gorka Arrizabalaga
        Director de Producción · Urdaibai Obras Marítimas

        El mié, 28 oct 2026 a las 20:11, Iker Etxeberria (<iker.etxeberria@example.org>) escribió:
        > Hola Gorka,
        >
        > Te adjunto el CV actualizado, con la obra del espigón de Mundaka.
        > Quedo a tu disposición para una entrevista cuando os venga bien.
        >
        > Un saludo,
        > Iker
        """)
    headers = [
        mx("from mail-wm1-f53.google.com (mail-wm1-f53.google.com [209.85.128.53])",
           "2026-10-29 18:20:38", MAD, "Ur6d1Aa9"),
        ("From", addr("Gorka Arrizabalaga", "gorka.arrizabalaga@urdaibaiobras.com")),
        ("To", addr("Iker Etxeberria", ME)),
        ("Subject", "Re: CV actualizado"),
        ("Date", date("2026-10-29 18:20:38", MAD)),
        ("Message-ID", "<CAKz2m7Jq0vWb3_Yd5sPn1Lc@mail.gmail.com>"),
        ("In-Reply-To", "<CAJ4i9w5Hh2wPq@mail.example.org>"),
        ("References", "<CAJ4i9w5Hh2wPq@mail.example.org>"),
    ]
    return message(headers, alt(text(plain, cte="8bit"), html(gmail_html(plain), cte="quoted-printable")))


@mail(n(32), family="non_interview_calendar", lang="es", interview=False, company=None,
      note="Dental clinic reminder with ICS: confirmed time (Thu 17 Sep 18:15) but a personal "
           "appointment, not an interview",
      days=(("Thu", "2026-09-17"),))
def dental_reminder():
    rich = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p><img src="https://www.policlinicaibaizabal.es/img/logo.png" alt="Policlínica Ibaizabal" width="180"></p>
        <p>Estimado/a IKER ETXEBERRIA:</p>
        <p>Le recordamos su cita:</p>
        <p><b>Jueves 17 de septiembre de 2026 a las 18:15</b><br>
        Especialidad: Higiene dental<br>
        Profesional: Dra. Amaia Ortuzar<br>
        Centro: Policlínica Ibaizabal - C/ Licenciado Poza 31, Bilbao</p>
        <p>Si no puede acudir, por favor anule la cita con al menos 24 horas de antelación
        llamando al 94 XXX 12 30 o desde el área de pacientes.</p>
        <p>Un saludo,<br>Policlínica Ibaizabal</p>
        </body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Policlinica Ibaizabal//Citas//ES
        METHOD:PUBLISH
        {VTZ_MADRID.replace(chr(10), chr(10) + "        ")}
        BEGIN:VEVENT
        UID:cita-448120@policlinicaibaizabal.es
        DTSTAMP:20260915T080001Z
        DTSTART;TZID=Europe/Madrid:20260917T181500
        DTEND;TZID=Europe/Madrid:20260917T184500
        SUMMARY:Cita Higiene dental - Policlínica Ibaizabal
        LOCATION:C/ Licenciado Poza 31\\, Bilbao
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        mx("from mail.policlinicaibaizabal.es (mail.policlinicaibaizabal.es [185.47.13.8])",
           "2026-09-15 10:00:01", MAD, "Pc3i0Bz2"),
        ("From", enc("Policlínica Ibaizabal", "iso-8859-1") + " <citas@policlinicaibaizabal.es>"),
        ("To", ME),
        ("Subject", "Recordatorio de cita - 17/09/2026 18:15"),
        ("Date", date("2026-09-15 10:00:01", MAD)),
        ("Message-ID", "<cita-448120-rec@policlinicaibaizabal.es>"),
    ]
    return message(headers, mixed(html(rich, charset="iso-8859-1", cte="quoted-printable"),
                                  calendar(ics, method="PUBLISH", cte="base64", filename="cita.ics",
                                           disposition="attachment")))


@mail(n(33), family="non_interview_appointment", lang="es", interview=False, company=None,
      note="Estate agent confirms a flat viewing (Sat 26 Sep 11:30) where the landlords will "
           "'interview' prospective tenants: a fixed time and the word entrevista, but not a job "
           "interview", days=(("Sat", "2026-09-26"),))
def flat_viewing_landlord():
    plain = t("""
        Buenas tardes, Iker:

        Le confirmo la visita al piso de la calle Iparraguirre (3 habitaciones, 4.º con
        ascensor) el sábado 26 de septiembre a las 11:30. Nos vemos en el portal.

        Le comento, como ya le adelanté por teléfono, que los propietarios prefieren conocer
        personalmente a los posibles inquilinos, así que estarán en la visita y aprovecharán
        para hacerles una pequeña entrevista: a qué se dedican, quién vivirá en el piso, si
        tienen mascotas... Nada formal, pero conviene que traiga la última nómina o el contrato
        de trabajo y el DNI.

        Un saludo cordial,

        Naiara Uriarte
        Indautxu Etxeak – Gestión inmobiliaria
        C/ Gregorio de la Revilla 14, Bilbao · 94 XXX 58 72
        """)
    headers = [
        mx("from smtp.indautxuetxeak.com (smtp.indautxuetxeak.com [46.24.118.90])",
           "2026-09-23 13:40:17", MAD, "Ie2v8Vv4"),
        ("From", addr("Naiara Uriarte - Indautxu Etxeak", "naiara@indautxuetxeak.com")),
        ("To", addr("Iker Etxeberria", ME)),
        ("Subject", "Visita piso Iparraguirre - sabado 26"),
        ("Date", date("2026-09-23 13:40:17", MAD)),
        ("Message-ID", "<000601dd2b9f$1a2b3c40$4e5f6a70$@indautxuetxeak.com>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]
    return message(headers, alt(text(plain, charset="windows-1252", cte="quoted-printable"),
                                html("<html><body><div style=\"font-family:Calibri\">"
                                     + plain.replace("&", "&amp;").replace("\n", "<br>\n")
                                     + "</div></body></html>\n", charset="windows-1252",
                                     cte="quoted-printable")))


@mail(n(34), family="non_interview_appointment", lang="es", interview=False, company=None,
      note="Garage confirms a car service 'pasado mañana, jueves 8 de octubre, a las 8:30' (sent "
           "Tue 6 Oct): fixed time, not an interview", days=(("Thu", "2026-10-08"),))
def car_service():
    plain = t("""
        Estimado cliente:

        Le confirmamos su cita en Talleres Errekalde para pasado mañana, jueves 8 de octubre, a
        las 8:30.

        Vehículo: SKODA OCTAVIA COMBI – matrícula ****KPL
        Servicio: Revisión 60.000 km + cambio de pastillas delanteras
        Duración estimada: unas 3 horas. Si lo desea, disponemos de vehículo de cortesía
        (solicítelo respondiendo a este correo).

        Dirección: Pol. Ind. Errekalde, pabellón 7 – 48002 Bilbao

        Gracias por confiar en nosotros.

        TALLERES ERREKALDE
        """)
    headers = [
        mx("from mail.talleres-errekalde.com (mail.talleres-errekalde.com [80.58.61.254])",
           "2026-10-06 17:05:50", MAD, "Te1r9Kk7"),
        ("From", "Talleres Errekalde <citas@talleres-errekalde.com>"),
        ("To", ME),
        ("Subject", "Confirmacion de cita taller - 08/10 8:30"),
        ("Date", date("2026-10-06 17:05:50", MAD)),
        ("Message-ID", "<20261006170550.CITA.5521@talleres-errekalde.com>"),
    ]
    return message(headers, text(plain, charset="windows-1252", cte="8bit"))


@mail(n(35), family="non_interview_appointment", lang="es", interview=False, company=None,
      note="School platform: 'entrevista con las familias' (parent-teacher meeting) on Tue 13 Oct "
           "at 17:15; fixed time, called an entrevista, but not a job interview",
      days=(("Tue", "2026-10-13"),))
def parent_teacher():
    rich = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <table width="620" style="border:1px solid #dfe3e8"><tr><td style="background:#6a1b9a;color:#fff;padding:10px">
        <b>EskolaNet</b> · Colegio Artagan Ikastetxea</td></tr>
        <tr><td style="padding:16px">
        <p><b>Nueva comunicación de: Miren Larrea (Tutora 3.º B Primaria)</b></p>
        <p><b>Asunto:</b> Entrevista con la familia – Unai Etxeberria</p>
        <p>Egun on, Iker:</p>
        <p>Tal y como acordamos en la reunión de inicio de curso, os confirmo la entrevista
        individual de tutoría para hablar de cómo ha empezado Unai el curso:</p>
        <p><b>Martes 13 de octubre, a las 17:15</b>, en el aula de 3.º B (edificio de Primaria,
        1.ª planta). Durará unos 20 minutos.</p>
        <p>Si no os viene bien, escribidme por la plataforma y buscamos otro día.</p>
        <p>Ondo izan,<br>Miren</p>
        <p style="font-size:11px;color:#888">No respondas a este correo. Para contestar, accede a
        <a href="https://artagan.eskolanet.eus">EskolaNet</a>.</p>
        </td></tr></table></body></html>
        """)
    headers = [
        mx("from mailer.eskolanet.eus (mailer.eskolanet.eus [185.12.9.41])", "2026-10-08 16:22:03", MAD, "Ek4n0Ln3"),
        ("From", "EskolaNet - Colegio Artagan <notificaciones@eskolanet.eus>"),
        ("To", ME),
        ("Subject", enc("Nueva comunicación: Entrevista con la familia – Unai Etxeberria")),
        ("Date", date("2026-10-08 16:22:03", MAD)),
        ("Message-ID", "<eskolanet.msg.77102.1791476523@eskolanet.eus>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, html(rich, cte="base64"))


@mail(n(36), family="non_interview_calendar", lang="es", interview=False, company=None,
      note="Outlook invitation from the current employer to the team's Christmas lunch (Fri 18 Dec "
           "14:00); a fixed time from a colleague, not an interview", days=(("Fri", "2026-12-18"),))
def team_xmas_lunch():
    plain = t("""
        ¡Hola equipo!

        Este año la comida de Navidad de Estructuras será el viernes 18 de diciembre a las 14:00
        en el Txoko Zazpi (Casco Viejo). Por favor, aceptad o rechazad la convocatoria antes del
        día 10 para confirmar el número al restaurante. El amigo invisible: máximo 15 €.

        Ondo pasa!
        Edurne
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {VTZ_ROMANCE.replace(chr(10), chr(10) + "        ")}
        BEGIN:VEVENT
        ORGANIZER;CN=Edurne Altuna:mailto:edurne.altuna@nerbioiproyectos.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Iker Etxeberria:mailto:iker.etxeberria@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Estructuras Bilbao:mailto:estructuras@nerbioiproyectos.com
        SUMMARY;LANGUAGE=es-ES:Comida de Navidad – Estructuras
        DTSTART;TZID=Romance Standard Time:20261218T140000
        DTEND;TZID=Romance Standard Time:20261218T170000
        UID:040000008200E00074C5B7101A82E00800000000D0C1B2A3F472DC01000000000000000010000000B1
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261203T091002Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Txoko Zazpi\\, Casco Viejo
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        mx("from EUR04-HE1-obe.outbound.protection.outlook.com (mail-he1eur04on2102.outbound.protection.outlook.com [40.107.7.102])",
           "2026-12-03 10:10:02", MAD, "Nb3x6Cc8"),
        ("From", addr("Edurne Altuna", "edurne.altuna@nerbioiproyectos.com")),
        ("To", "Estructuras Bilbao <estructuras@nerbioiproyectos.com>"),
        ("Subject", enc("Comida de Navidad – Estructuras")),
        ("Date", date("2026-12-03 10:10:02", MAD)),
        ("Message-ID", "<VI1PR09MB4021F3E2D1C0B9A8F7E6D5C4B3A2@VI1PR09MB4021.eurprd09.prod.outlook.com>"),
        ("Content-Language", "es-ES"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(headers, alt(text(plain, cte="quoted-printable"), calendar(ics, cte="base64")))


@mail(n(37), family="interviewer_panel", lang="es", interview=False, company=None,
      note="Outlook invitation from HR at the candidate's current employer asking him to sit on "
           "the panel interviewing a site-engineer candidate (Thu 22 Oct 12:00): an interview at "
           "a fixed time, but he is the interviewer, not the candidate",
      days=(("Thu", "2026-10-22"),))
def panel_current_job():
    plain = t("""
        Hola Iker, Mikel:

        Os convoco al panel técnico de la entrevista de Aitor Sáez (candidato a Técnico/a de
        Obra para la urbanización de Zorrotzaurre) el jueves 22 a las 12:00 en la sala Artxanda.
        Os adjunto su CV. Después de la entrevista, rellenad por favor la ficha de evaluación
        en el portal de Personas.

        Gracias,
        Itziar

        Itziar Goiri
        Personas y Organización · Nerbioi Proyectos
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {VTZ_ROMANCE.replace(chr(10), chr(10) + "        ")}
        BEGIN:VEVENT
        ORGANIZER;CN=Itziar Goiri:mailto:itziar.goiri@nerbioiproyectos.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Iker Etxeberria:mailto:iker.etxeberria@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mikel Arana:mailto:mikel.arana@nerbioiproyectos.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aitor Sáez:mailto:aitor.saez.obra@example.com
        SUMMARY;LANGUAGE=es-ES:Entrevista candidato Técnico/a de Obra – Aitor Sáez (panel técnico)
        DTSTART;TZID=Romance Standard Time:20261022T120000
        DTEND;TZID=Romance Standard Time:20261022T130000
        UID:040000008200E00074C5B7101A82E00800000000E1F2A3B4C582DC01000000000000000010000000C7
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261019T081544Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Sala Artxanda (planta 2)
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        mx("from EUR04-HE1-obe.outbound.protection.outlook.com (mail-he1eur04on2061.outbound.protection.outlook.com [40.107.7.61])",
           "2026-10-19 10:15:44", MAD, "Nb7p1Ee2"),
        ("From", addr("Itziar Goiri", "itziar.goiri@nerbioiproyectos.com")),
        ("To", addr("Iker Etxeberria", ME) + ", " + addr("Mikel Arana", "mikel.arana@nerbioiproyectos.com")),
        ("Subject", enc("Entrevista candidato Técnico/a de Obra – Aitor Sáez (panel técnico)")),
        ("Date", date("2026-10-19 10:15:44", MAD)),
        ("Message-ID", "<VI1PR09MB40217A6B5C4D3E2F1A0B9C8D7E6F@VI1PR09MB4021.eurprd09.prod.outlook.com>"),
        ("Content-Language", "es-ES"),
        ("X-MS-Has-Attach", "yes"),
        ("X-MS-TNEF-Correlator", ""),
    ]
    body = mixed(alt(text(plain, cte="quoted-printable"), calendar(ics, cte="base64")),
                 fake_pdf("CV_Aitor_Saez"))
    return message(headers, body)


@mail(n(38), family="webinar", lang="en", interview=False, company=None,
      note="Zoom webinar registration 'Interview Skills for Engineers' on Wed 11 Nov 06:00 PM "
           "Madrid: a fixed time about interviews, but a webinar", days=(("Wed", "2026-11-11"),))
def zoom_webinar():
    plain = t("""
        Hi Iker Etxeberria,

        Thank you for registering for "Interview Skills for Engineers: Acing the Technical Round".

        Please submit any questions to: careers@structuranet.org

        Date & Time: Nov 11, 2026 06:00 PM Madrid

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/88314027765?tk=Q2x4bWxhZ0lO.d3ZiaW5hcg

        Passcode: 771204

        Add to Calendar: https://us06web.zoom.us/webinar/tJ0vf-88314027765/ics?user_id=Iker
        Add to Google Calendar | Add to Yahoo Calendar

        Description: A one-hour session for civil and structural engineers: what hiring managers
        at consultancies look for, how to present a project portfolio, and a live mock
        technical interview with volunteers from the audience.

        You can cancel your registration at any time.

        Structura Careers Network
        """)
    headers = [
        mx("from zoom.us (mail-sg3.zoom.us [170.114.0.93])", "2026-11-02 09:00:31", MAD, "Zw0b4Nr5"),
        ("From", "Structura Careers Network <no-reply@zoom.us>"),
        ("Reply-To", "careers@structuranet.org"),
        ("To", addr("Iker Etxeberria", ME)),
        ("Subject", "Interview Skills for Engineers: Acing the Technical Round Confirmation"),
        ("Date", date("2026-11-02 09:00:31", MAD)),
        ("Message-ID", "<webinar.88314027765.reg.4f1a@zoom.us>"),
    ]
    return message(headers, alt(text(plain, cte="7bit"), html(gmail_html(plain), cte="quoted-printable")))


@mail(n(39), family="mock_interview", lang="es", interview=False, company=None,
      note="Calendly booking with a career coach: 'Simulacro de entrevista técnica' on Thu 12 Nov "
           "19:00-20:00; confirmed time, the wording of a real booking, but a mock interview",
      days=(("Thu", "2026-11-12"),))
def calendly_mock_interview():
    plain = t("""
        Hola Iker Etxeberria:

        Se ha programado tu evento Simulacro de entrevista técnica (60 min) con Begoña Arana.

        Evento:
        Simulacro de entrevista técnica (60 min)

        Fecha/hora del evento:
        19:00 - 20:00, jueves, 12 de noviembre de 2026 (Hora de Europa Central)

        Ubicación:
        Zoom – https://us02web.zoom.us/j/81177420913

        Notas de Begoña:
        Trae la oferta de Hudson Lattice y la de Tasman: haremos las preguntas técnicas en inglés
        y la parte de "fit" en castellano. Sesión incluida en tu bono de 4.

        ¿Necesitas hacer cambios en este evento?
        Cancelar: https://calendly.com/cancellations/d41f0a7e-98c2-44b1
        Reprogramar: https://calendly.com/reschedulings/d41f0a7e-98c2-44b1

        Desarrollado por Calendly.com
        """)
    headers = [
        mx("from mail.calendly.com (mail.calendly.com [198.21.6.80])", "2026-11-06 12:41:09", MAD, "Cy7m2Kc4"),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", addr("Begoña Arana", "begona@aranacoaching.es")),
        ("To", ME),
        ("Subject", enc("Confirmado: Simulacro de entrevista técnica (60 min) con Begoña Arana el jueves, "
                        "12 de noviembre de 2026")),
        ("Date", date("2026-11-06 12:41:09", MAD)),
        ("Message-ID", "<d41f0a7e-98c2-44b1.invitee.confirmation@calendly.com>"),
    ]
    return message(headers, alt(text(plain, cte="quoted-printable"),
                                html(gmail_html(plain).replace('<div dir="ltr">', '<div style="font-family:Arial">'),
                                     cte="quoted-printable")))


@mail(n(40), family="job_centre", lang="es", interview=False, company=None,
      note="Public employment office appointment: 'Entrevista de orientación laboral' on 14/10/2026 "
           "at 09:40 - fixed time, called an entrevista, but not a job interview",
      days=(("Wed", "2026-10-14"),))
def job_centre_appointment():
    plain = t("""
        CITA PREVIA CONFIRMADA

        Nombre: IKER ETXEBERRIA
        Documento: ****312K

        Trámite: Entrevista de orientación laboral (itinerario personalizado de inserción)
        Fecha: miércoles 14/10/2026
        Hora: 09:40
        Oficina: Oficina de Empleo Bilbao-Deusto
                 Lehendakari Agirre 29, bajo - 48014 Bilbao

        Documentación que debe aportar: DNI/NIE, currículum actualizado y, en su caso, el
        justificante de la última demanda de empleo.

        Si no puede acudir, anule la cita en https://citaprevia.empleobizkaia.eus con el código
        de localizador DE-88412-Q.

        Este es un mensaje automático. Por favor, no responda.
        """)
    headers = [
        mx("from smtp.empleobizkaia.eus (smtp.empleobizkaia.eus [212.81.200.16])", "2026-10-09 11:58:40", MAD, "Eb5c2Pp0"),
        ("From", "Cita Previa - Oficina de Empleo <citaprevia@empleobizkaia.eus>"),
        ("To", ME),
        ("Subject", "Cita previa confirmada - Localizador DE-88412-Q"),
        ("Date", date("2026-10-09 11:58:40", MAD)),
        ("Message-ID", "<DE-88412-Q.20261009115840@citaprevia.empleobizkaia.eus>"),
    ]
    return message(headers, text(plain, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(41), family="admission_interview", lang="en", interview=False, company=None,
      note="Executive MBA admission interview (Fri 20 Nov 17:00 CET, with an ICS): a confirmed "
           "interview at a fixed time, but for a degree programme, not a job",
      days=(("Fri", "2026-11-20"),))
def mba_admission():
    plain = t("""
        Dear Iker,

        Thank you for completing your application to the Executive MBA (Part-time, Bilbao &
        Online) starting in February 2027.

        We are pleased to invite you to your admission interview:

        Date: Friday 20 November 2026
        Time: 17:00 CET (30 minutes)
        Format: Microsoft Teams (link in the attached invitation)
        Interviewer: Prof. Ainara Lasa, Academic Director

        The interview is an opportunity to discuss your professional goals and your fit with
        the programme. Please have your CV to hand.

        Best regards,

        Admissions Office
        Cantabrian School of Management
        admissions@csm-business.edu
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//CSM Admissions//Interviews//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:emba-2027-adm-3391@csm-business.edu
        DTSTAMP:20261113T100512Z
        DTSTART:20261120T160000Z
        DTEND:20261120T163000Z
        SUMMARY:EMBA admission interview - Iker Etxeberria
        LOCATION:Microsoft Teams
        ORGANIZER;CN=CSM Admissions:mailto:admissions@csm-business.edu
        ATTENDEE;CN=Iker Etxeberria;RSVP=TRUE:mailto:iker.etxeberria@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        mx("from mail.csm-business.edu (mail.csm-business.edu [193.146.40.22])", "2026-11-13 11:05:12", MAD, "Cs3m0Ad7"),
        ("From", "CSM Admissions <admissions@csm-business.edu>"),
        ("To", addr("Iker Etxeberria", ME)),
        ("Subject", "Executive MBA - Admission interview invitation"),
        ("Date", date("2026-11-13 11:05:12", MAD)),
        ("Message-ID", "<emba-2027-adm-3391.inv@csm-business.edu>"),
    ]
    return message(headers, mixed(text(plain, cte="7bit"),
                                  calendar(ics, cte="7bit", filename="admission_interview.ics",
                                           disposition="attachment")))


@mail(n(42), family="press_interview", lang="es", interview=False, company=None,
      note="A journalist confirms an interview with the candidate for a newspaper feature (Thu 5 "
           "Nov 12:00, sent Mon 2 Nov): fixed time, but a press interview, not a job interview",
      days=(("Thu", "2026-11-05"),))
def journalist_interview():
    plain = t("""
        Hola Iker:

        ¡Genial! Entonces te confirmo la entrevista para el reportaje sobre la pasarela de
        Zorrotzaurre: el jueves a las 12:00 en el Café Bizkaia de la Plaza Nueva. Vendrá
        también Jon, el fotógrafo, para hacerte un par de fotos en la obra después (si os dejan
        entrar, claro).

        La idea es que nos cuentes cómo se diseñó la pasarela y qué supone para el barrio. Unos
        40 minutos de charla, no más. Saldrá en el suplemento del domingo 15.

        Gracias de nuevo,

        Itziar Mendiola
        Redactora · Diario Nervión – Sección Bizkaia
        """)
    headers = [
        mx("from mail-pl1-f178.google.com (mail-pl1-f178.google.com [209.85.214.178])",
           "2026-11-02 13:27:45", MAD, "Dn1v5Jj3"),
        ("From", addr("Itziar Mendiola", "imendiola@diarionervion.com")),
        ("To", addr("Iker Etxeberria", ME)),
        ("Subject", "Re: Reportaje pasarela Zorrotzaurre"),
        ("Date", date("2026-11-02 13:27:45", MAD)),
        ("Message-ID", "<CAN7t2qWv8Zp1Lx0Rg4yHb9m@mail.gmail.com>"),
        ("In-Reply-To", "<CAJ4i9w9Np0bFt@mail.example.org>"),
    ]
    return message(headers, alt(text(plain, cte="quoted-printable"), html(gmail_html(plain), cte="quoted-printable")))


@mail(n(43), family="podcast", lang="en", interview=False, company=None,
      note="Podcast host confirms a guest recording (Tue 24 Nov, 4pm UK / 5pm CET); a confirmed "
           "'interview' for a podcast, not a job interview", days=(("Tue", "2026-11-24"),))
def podcast_recording():
    plain = t("""
        Hi Iker,

        Brilliant - you're confirmed as our guest for episode 112 of Concrete Thoughts! We'll
        record the interview on Tuesday 24 November at 4pm UK time (5pm for you in Bilbao).
        It usually takes about an hour, including a quick sound check.

        Recording link (Riverside): https://riverside.fm/studio/concrete-thoughts?t=9a1f0c

        Topics I'd love to cover:
          - the Zorrotzaurre footbridge and designing for a river that floods
          - moving from site work to design offices
          - your tips for engineers who want to work abroad

        A decent headset makes a big difference. Looking forward to it!

        Cheers,
        Ewan Fairbairn
        Host, Concrete Thoughts - a podcast about the people who build things
        """)
    headers = [
        mx("from mail-ot1-f47.google.com (mail-ot1-f47.google.com [209.85.210.47])",
           "2026-11-18 14:02:10", "Europe/London", "Ct2p8Ff1"),
        ("From", addr("Ewan Fairbairn", "ewan@concretethoughtspod.com")),
        ("To", addr("Iker Etxeberria", ME)),
        ("Subject", "Concrete Thoughts - you're confirmed for ep. 112"),
        ("Date", date("2026-11-18 14:02:10", "Europe/London")),
        ("Message-ID", "<CAP3s8mRk2Lq9Vx_7cWd0hZy@mail.gmail.com>"),
    ]
    return message(headers, alt(text(plain, cte="7bit"), html(gmail_html(plain), cte="7bit")))


@mail(n(44), family="sports_tryout", lang="es", interview=False, company=None,
      note="Rugby club confirms a try-out training with the veterans' team (Sat 12 Sep 10:30); "
           "fixed time, not an interview", days=(("Sat", "2026-09-12"),))
def rugby_tryout():
    plain = t("""
        Kaixo Iker!

        Gracias por escribirnos. Claro que puedes venir a probar con los veteranos: el sábado 12
        de septiembre a las 10:30 tenemos entrenamiento de prueba para nuevos jugadores en el
        campo municipal de Artxanda (vestuarios de abajo). Trae botas de tacos, protector bucal
        y ganas; el resto lo ponemos nosotros.

        Después del entreno hay hamaiketako en el txoko del club, así conoces a la gente.

        Ondo izan,
        Koldo Intxausti
        Delegado de veteranos – Artxanda Rugby Taldea
        """)
    headers = [
        mx("from mail-qk1-f170.google.com (mail-qk1-f170.google.com [209.85.222.170])",
           "2026-09-08 21:47:31", MAD, "Ar0t3Rr5"),
        ("From", addr("Koldo Intxausti", "koldo.artxandart@example.net")),
        ("To", ME),
        ("Subject", "Re: Jugar con los veteranos"),
        ("Date", date("2026-09-08 21:47:31", MAD)),
        ("Message-ID", "<CAB9x2Lk0wHq7Pz_Rf3nYt5v@mail.gmail.com>"),
    ]
    return message(headers, text(plain, cte="8bit"))


@mail(n(45), family="non_interview_appointment", lang="es", interview=False, company=None,
      note="Bank adviser appointment to review the mortgage (Mon 16 Nov 13:00): fixed time, not an "
           "interview", days=(("Mon", "2026-11-16"),))
def bank_adviser():
    rich = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif">
        <table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
        <tr><td style="background:#c8102e;padding:16px;color:#fff;font-size:20px"><b>Caja Ibarra</b></td></tr>
        <tr><td style="padding:20px;font-size:14px;color:#333">
        <p>Hola, Iker:</p>
        <p>Te confirmamos tu cita con tu gestor personal.</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td style="color:#888">Gestor</td><td>Xabier Onaindia</td></tr>
        <tr><td style="color:#888">Motivo</td><td>Revisión de hipoteca y opciones de amortización</td></tr>
        <tr><td style="color:#888">Día</td><td>lunes, 16 de noviembre de 2026</td></tr>
        <tr><td style="color:#888">Hora</td><td>13:00 h</td></tr>
        <tr><td style="color:#888">Oficina</td><td>Indautxu – Pza. Indautxu 4, Bilbao</td></tr>
        </table>
        <p>Recuerda traer tu DNI y, si los tienes, los dos últimos recibos del préstamo.</p>
        <p>Puedes modificar o anular la cita desde la app de Caja Ibarra, en <i>Mi gestor &gt; Citas</i>.</p>
        <p style="font-size:11px;color:#999">Caja Ibarra nunca te pedirá tus claves por correo electrónico.
        Este mensaje se ha enviado desde una dirección que no admite respuestas.</p>
        </td></tr></table></body></html>
        """)
    headers = [
        mx("from mailing.cajaibarra.es (mailing.cajaibarra.es [194.224.66.140])", "2026-11-11 09:30:18", MAD, "Ci8b1Hh6"),
        ("From", "Caja Ibarra <noreply@comunicaciones.cajaibarra.es>"),
        ("To", ME),
        ("Subject", enc("Cita confirmada con tu gestor – lunes 16/11, 13:00 h")),
        ("Date", date("2026-11-11 09:30:18", MAD)),
        ("Message-ID", "<20261111083018.CITA.33817@comunicaciones.cajaibarra.es>"),
    ]
    return message(headers, html(rich, cte="base64"))


@mail(n(46), family="auto_reply", lang="fr", interview=False, company="Garonne Ouvrages d'Art",
      note="Out-of-office auto-reply from the Bordeaux recruiter (thread of the Recruitee "
           "confirmation) to the candidate's thank-you note; absence dates only",
      days=(("Mon", "2026-10-12"), ("Fri", "2026-10-16")))
def auto_reply_garonne():
    plain = t("""
        Bonjour,

        Je suis absente du lundi 12 au vendredi 16 octobre inclus, avec un accès limité à ma
        messagerie. Pour toute question urgente concernant un recrutement, vous pouvez écrire à
        rh@garonne-oa.fr.

        Je vous répondrai dès mon retour.

        Cordialement,
        Camille Dufresne
        Garonne Ouvrages d'Art
        """)
    headers = [
        mx("from mail.garonne-oa.fr (mail.garonne-oa.fr [92.243.7.120])", "2026-10-12 08:15:40", "Europe/Paris", "Go5a0Rt2"),
        ("From", addr("Camille Dufresne", "camille.dufresne@garonne-oa.fr")),
        ("To", addr("Iker Etxeberria", ME)),
        ("Subject", enc("Réponse automatique : Merci – entretien du 8 octobre")),
        ("Date", date("2026-10-12 08:15:40", "Europe/Paris")),
        ("Message-ID", "<OOF.7f1e2d3c4b5a@garonne-oa.fr>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("In-Reply-To", "<CAJ4i9w2Rg5sLk@mail.example.org>"),
    ]
    return message(headers, text(plain, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(47), family="bounce", lang="es", interview=False, company=None,
      note="Delivery failure report for the candidate's own reply to a recruiter (availability "
           "'cualquier mañana de la semana que viene'); a bounce, nothing fixed")
def bounce_reply():
    original = message([
        ("From", addr("Iker Etxeberria", ME)),
        ("To", addr("Marta Oyarzabal", "marta.oyarzabal@bidasoaingenieria.com")),
        ("Subject", enc("Re: Proceso de selección - Ingeniero/a de Carreteras")),
        ("Date", date("2026-11-19 10:41:52", MAD)),
        ("Message-ID", "<CAJ4i9w6Bx1qTr@mail.example.org>"),
    ], text(t("""
        Hola Marta:

        Gracias por tu mensaje. Para la entrevista me viene bien cualquier mañana de la semana
        que viene; dime el día y la hora que mejor os encaje y lo reservo.

        Un saludo,
        Iker
        """), cte="quoted-printable"))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <marta.oyarzabal@bidasoaingenieria.com>: host mx.bidasoaingenieria.com[185.31.40.7]
            said: 550 5.1.1 <marta.oyarzabal@bidasoaingenieria.com>: Recipient address
            rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Fq2Tn0xYbz1
        Arrival-Date: Thu, 19 Nov 2026 10:41:53 +0100 (CET)

        Final-Recipient: rfc822; marta.oyarzabal@bidasoaingenieria.com
        Original-Recipient: rfc822;marta.oyarzabal@bidasoaingenieria.com
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.bidasoaingenieria.com
        Diagnostic-Code: smtp; 550 5.1.1 <marta.oyarzabal@bidasoaingenieria.com>:
            Recipient address rejected: User unknown in virtual mailbox table
        """)
    body = make.multipart(
        "report",
        text(notice, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
        Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
             status.replace("\n", "\r\n").encode("ascii")),
        Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], original),
        params="report-type=delivery-status",
    )
    headers = [
        ("Return-Path", "<>"),
        ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-11-19 10:41:55", MAD)),
        ("Message-ID", "<20261119094155.8A21C1E0042@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(headers, body)


@mail(n(48), family="forwarded_other_person", lang="es", interview=False, company=None,
      note="A friend forwards HER OWN Greenhouse interview confirmation (Wed 23 Sep 16:00 CEST) to "
           "ask for tips; a confirmed interview, but not the inbox owner's",
      days=(("Wed", "2026-09-23"),))
def friend_forward():
    plain = t("""
        Iker!! Mira, a mí también me han llamado de Calzada para lo de puentes 😱 Es el
        miércoles. Tú ya la hiciste, ¿no? ¿Qué te preguntaron? ¿Rodrigo es tan duro como dicen?

        Te reenvío la confirmación. Te invito a un café a cambio de info jaja

        Besos,
        Ane

        ---------- Forwarded message ---------
        From: Lucía Arrieta <no-reply@us.greenhouse-mail.io>
        Date: Fri, Sep 18, 2026 at 9:40 AM
        Subject: Interview Confirmation: Senior Bridge Engineer at Calzada Infrastructure Partners
        To: <ane.gorostiza@example.com>


        Hi Ane,

        Thank you for scheduling time with Calzada Infrastructure Partners. Your interview for
        the Senior Bridge Engineer (Madrid / hybrid) role is confirmed:

        Wednesday, September 23, 2026
        4:00 PM - 5:00 PM CEST (Madrid)

        Interviewers:
          Rodrigo Valcárcel - Head of Structures
          Lucía Arrieta - Talent Acquisition Partner

        Location: Microsoft Teams (link in the calendar invitation attached)

        If you need to reschedule, simply reply to this email.

        Best regards,
        Lucía Arrieta
        Calzada Infrastructure Partners
        """)
    headers = [
        mx("from mail-ua1-f45.google.com (mail-ua1-f45.google.com [209.85.222.45])",
           "2026-09-19 11:20:06", MAD, "Ag7f3Ww0"),
        ("From", addr("Ane Gorostiza", "ane.gorostiza@example.com")),
        ("To", addr("Iker Etxeberria", ME)),
        ("Subject", "Fwd: Interview Confirmation: Senior Bridge Engineer at Calzada Infrastructure Partners"),
        ("Date", date("2026-09-19 11:20:06", MAD)),
        ("Message-ID", "<CAE1w0rTq9Hb5Lm_3xPz7Kd2@mail.gmail.com>"),
    ]
    return message(headers, alt(text(plain, cte="quoted-printable"), html(gmail_html(plain), cte="quoted-printable")))


@mail(n(49), family="mailing_list", lang="es", interview=False, company=None,
      note="Professional association mailing list (Mailman) announcing a talk on interviewing at "
           "international firms, Wed 25 Nov 18:30; an event, not an interview",
      days=(("Wed", "2026-11-25"),))
def mailing_list_talk():
    plain = t("""
        Estimados/as socios/as:

        Os recordamos la próxima charla-coloquio del ciclo "Carrera profesional":

        "Cómo afrontar una entrevista en una ingeniería internacional"
        Ponentes: Elena Garmendia (HR Director, consultora de infraestructuras) y Peio Lizarralde
        (ingeniero de caminos en Londres y Oslo)
        Miércoles 25 de noviembre, 18:30
        Sede de la Asociación - Alameda Mazarredo 47, 1.º, Bilbao (y en streaming)

        Entrada libre para socios/as. Inscripción: https://aicb.eus/actividades/entrevistas-2026

        Un saludo,
        Secretaría técnica AICB

        _______________________________________________
        Socios mailing list
        socios@listas.aicb.eus
        https://listas.aicb.eus/mailman/listinfo/socios
        """)
    headers = [
        mx("from listas.aicb.eus (listas.aicb.eus [185.166.213.4])", "2026-11-17 17:02:44", MAD, "Lm4s8Aa1"),
        ("From", addr("Secretaría AICB", "secretaria@aicb.eus")),
        ("To", "socios@listas.aicb.eus"),
        ("Subject", enc("[Socios AICB] Charla: Cómo afrontar una entrevista en una ingeniería internacional (25/11)")),
        ("Date", date("2026-11-17 17:02:44", MAD)),
        ("Message-ID", "<8d1c2b3a-4e5f-6071-8293-a4b5c6d7e8f9@aicb.eus>"),
        ("List-Id", "Socios AICB <socios.listas.aicb.eus>"),
        ("List-Unsubscribe", "<https://listas.aicb.eus/mailman/options/socios>, <mailto:socios-request@listas.aicb.eus?subject=unsubscribe>"),
        ("List-Post", "<mailto:socios@listas.aicb.eus>"),
        ("List-Archive", "<https://listas.aicb.eus/pipermail/socios/>"),
        ("Precedence", "list"),
        ("Sender", '"Socios" <socios-bounces@listas.aicb.eus>'),
        ("Errors-To", "socios-bounces@listas.aicb.eus"),
    ]
    return message(headers, text(plain, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(50), family="post_interview", lang="es", interview=False, company="Estructuras Gorbea",
      note="Hiring manager thanks the candidate the day after the interview (thread of the 'mañana "
           "a las 17:00' confirmation) and promises news; no new interview fixed")
def post_interview_gorbea():
    plain = t("""
        Hola Iker,

        Solo para darte las gracias por venir ayer hasta Vitoria. A Idoia y a mí nos gustó mucho
        la conversación, sobre todo la parte del puente de Galindo.

        Esta semana y la que viene terminamos de ver a los otros candidatos y te decimos algo
        antes de final de mes, sea lo que sea.

        Un abrazo,
        Asier

        --
        Asier Lekue
        Director Técnico | Estructuras Gorbea
        """)
    headers = [
        mx("from mail-wr1-f44.google.com (mail-wr1-f44.google.com [209.85.221.44])",
           "2026-10-08 19:03:27", MAD, "Gm2c9Tb4"),
        ("From", addr("Asier Lekue", "asier.lekue@estructurasgorbea.com")),
        ("To", addr("Iker Etxeberria", ME)),
        ("Subject", "Gracias por venir"),
        ("Date", date("2026-10-08 19:03:27", MAD)),
        ("Message-ID", "<CAF8kq2W1xRz0Nn5Pd_8qTf3Hy@mail.gmail.com>"),
    ]
    return message(headers, alt(text(plain, cte="quoted-printable"), html(gmail_html(plain), cte="quoted-printable")))
