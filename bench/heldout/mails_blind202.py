"""blind202: 50 hand-written mails from the inbox of Daniela Rojas, a fintech backend developer in
Cochabamba, Bolivia (America/La_Paz, UTC-4 all year), September to mid-December 2026.

Written blind (without reading the detector, its tests or the earlier held-out mails). Build and
check with ``python3 bench/heldout/make_blind.py blind202``.
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

SET = "blind202"
ORDER = random.Random(2020202).sample(range(1, 51), 50)
ME = "daniela.rojas@example.org"
ME_NAME = "Daniela Rojas"
TO = addr(ME_NAME, ME)

LPZ = "America/La_Paz"
BUE = "America/Argentina/Buenos_Aires"
LIM = "America/Lima"
NYC = "America/New_York"
CHI = "America/Chicago"
LAX = "America/Los_Angeles"
TOR = "America/Toronto"
VAN = "America/Vancouver"
UTCZ = "UTC"


def N(key: int) -> str:
    """The file name of the mail written key-th (a fixed shuffle of the writing order)."""
    return f"{SET}_{ORDER[key - 1]:03d}"


def heads(frm: str, subject: str, when: str, zone: str, msgid: str, *, mx: str, ident: str,
          to: str = TO, extra: list[tuple[str, str]] | None = None, charset: str = "utf-8",
          lag: int = 4) -> list[tuple[str, str]]:
    """Received, From, To, Subject, Date, Message-ID (+ extras), the way Gmail-hosted mail arrives."""
    hs = [
        ("Delivered-To", ME),
        ("Received", received(f"from {mx}", when, zone, f"mx.example.org with ESMTPS id {ident}", ME, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
    ]
    return hs + list(extra or [])


VTZ_LIMA_WIN = """BEGIN:VTIMEZONE
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

VTZ_LPZ = """BEGIN:VTIMEZONE
TZID:America/La_Paz
X-LIC-LOCATION:America/La_Paz
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0400
TZNAME:-04
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

VTZ_BUE = """BEGIN:VTIMEZONE
TZID:America/Argentina/Buenos_Aires
X-LIC-LOCATION:America/Argentina/Buenos_Aires
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
TZNAME:-03
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

VTZ_LAX = """BEGIN:VTIMEZONE
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


# =========================================================================== positives (keys 1-23)


@mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 10:00", CHI), end=utc("2026-11-03 10:45", CHI),
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 10:45", zone=CHI,
      contact="hannah.kowalski@tallgrassledger.com", company="Tallgrass Ledger",
      note="Greenhouse confirmation sent Thu 29 Oct in CDT; the interview is Tue 3 Nov 10:00-10:45 "
           "CST (US daylight time ends 1 Nov), so UTC-6 -> 16:00Z-16:45Z (12:00 in Cochabamba); "
           "ICS in America/Chicago agrees. Contact = the recruiter's Reply-To.")
def p01() -> bytes:
    body = t("""
        Hi Daniela,

        Thanks for making time to speak with us! Your interview for Senior Backend Engineer,
        Ledger Platform at Tallgrass Ledger is confirmed:

        Date: Tuesday, November 3, 2026
        Time: 10:00 AM - 10:45 AM CST (Central Time - Chicago)
        Format: Video call (Google Meet)
        Link: https://meet.google.com/tqx-hdry-pwo

        You'll be meeting with:
        - Owen Bridges, Engineering Manager, Ledger Platform

        A quick heads-up since you're in Bolivia: the US moves its clocks back on Sunday, November 1,
        so this will be 12:00 PM your time.

        If anything comes up, just reply to this email.

        Best,
        Hannah Kowalski
        Technical Recruiter, Tallgrass Ledger
        """)
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Daniela,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Senior Backend Engineer,
        Ledger Platform</b> at Tallgrass Ledger is confirmed:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Date</b></td><td>Tuesday, November 3, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM - 10:45 AM CST (Central Time - Chicago)</td></tr>
        <tr><td><b>Format</b></td><td>Video call (Google Meet)</td></tr>
        <tr><td><b>Link</b></td><td><a href="https://meet.google.com/tqx-hdry-pwo">meet.google.com/tqx-hdry-pwo</a></td></tr>
        </table>
        <p>You'll be meeting with:</p>
        <ul><li>Owen Bridges, Engineering Manager, Ledger Platform</li></ul>
        <p>A quick heads-up since you're in Bolivia: the US moves its clocks back on Sunday,
        November 1, so this will be 12:00 PM your time.</p>
        <p>If anything comes up, just reply to this email.</p>
        <p>Best,<br>Hannah Kowalski<br>Technical Recruiter, Tallgrass Ledger</p>
        <img src="https://app.greenhouse.io/o/9f2c1d7a" width="1" height="1" alt="">
        </body></html>
        """)
    ics = VTZ["America/Chicago"] + "\n"
    ics = "BEGIN:VCALENDAR\nPRODID:-//Greenhouse//Scheduling//EN\nVERSION:2.0\nMETHOD:REQUEST\n" + ics + t("""
        BEGIN:VEVENT
        UID:gh-sched-88231457-tallgrass
        DTSTAMP:20261029T191200Z
        DTSTART;TZID=America/Chicago:20261103T100000
        DTEND;TZID=America/Chicago:20261103T104500
        SUMMARY:Interview: Daniela Rojas <> Tallgrass Ledger (Owen Bridges)
        LOCATION:https://meet.google.com/tqx-hdry-pwo
        ORGANIZER;CN=Hannah Kowalski:mailto:hannah.kowalski@tallgrassledger.com
        ATTENDEE;CN=Daniela Rojas;RSVP=TRUE:mailto:daniela.rojas@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads(addr("Hannah Kowalski", "no-reply@us.greenhouse-mail.io"),
               "Interview Confirmation: Senior Backend Engineer, Ledger Platform - Tallgrass Ledger",
               "2026-10-29 14:12", CHI, "<6f1e2c.20261029191203.88231457@us.greenhouse-mail.io>",
               mx="mail-180-12.us.greenhouse-mail.io (mail-180-12.us.greenhouse-mail.io [198.21.6.93])",
               ident="k2Lq9sTu4Xe1",
               extra=[("Reply-To", addr("Hannah Kowalski", "hannah.kowalski@tallgrassledger.com")),
                      ("X-Mailer", "Greenhouse")])
    return message(hs, mixed(alt(text(body), html(hbody)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(N(2), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-17 15:30", LPZ), end=None, local="Thu 2026-09-17 15:30", zone=LPZ,
      contact="gabriela.mendez@quipupagos.com.bo", company="Quipu Pagos",
      note="Recruiter prose (tú) sent Fri 11 Sep: 'el jueves que viene a las 15:30' = Thu 17 Sep, "
           "Cochabamba office, Bolivia UTC-4 -> 19:30Z. 'más o menos una hora' -> no end.")
def p02() -> bytes:
    body = t("""
        Hola Daniela, ¿cómo estás?

        Te escribo de parte de Quipu Pagos. Hablé con Javier (nuestro líder de backend) y le
        encantó tu perfil, así que te confirmo la entrevista presencial para el puesto de
        Desarrolladora Backend Senior:

        el jueves que viene a las 15:30, en nuestra oficina de la Av. América Este casi
        Pantaleón Dalence, edificio Torre Mercantil, piso 6.

        Va a ser una charla técnica con Javier y conmigo, más o menos una hora. Si podés traé
        algún ejemplo de diseño de APIs de pagos que hayas trabajado (sin nada confidencial, claro).

        En recepción decí que venís a verme a mí. Cualquier cosa me escribís por acá o al
        WhatsApp 70712345.

        ¡Saludos!
        Gabriela Méndez
        Talento Humano | Quipu Pagos
        Cochabamba, Bolivia
        """)
    hs = heads(addr("Gabriela Méndez", "gabriela.mendez@quipupagos.com.bo"),
               "Entrevista Quipu Pagos - Backend Senior",
               "2026-09-11 17:40", LPZ, "<CAF3k9vRq1bNmQpa7Zr0uY+8xw@mail.gmail.com>",
               mx="mail-yb1-f170.google.com (mail-yb1-f170.google.com [209.85.219.170])",
               ident="b7Tr2PqLm0Xc")
    return message(hs, text(body, cte="8bit"))


@mail(N(3), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-28 11:00", TOR), end=utc("2026-10-28 12:00", TOR),
      local="Wed 2026-10-28 11:00", local_end="2026-10-28 12:00", zone=TOR,
      contact="priya.natarajan@northmoorpay.ca", company="Northmoor Payments",
      note="Lever confirmation; Wed 28 Oct 11:00am-12:00pm EDT (Toronto still on daylight time "
           "until 1 Nov) = 15:00Z-16:00Z; ICS in UTC agrees. Contact = Reply-To recruiter.")
def p03() -> bytes:
    hbody = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:0;background:#f5f6f7">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:24px;font-family:Helvetica,Arial,sans-serif;color:#333">
        <p>Hi Daniela,</p>
        <p>Great news &mdash; your next conversation with Northmoor Payments is booked. Here are the details:</p>
        <p style="font-size:16px"><b>Technical Interview &ndash; Payments Reliability</b><br>
        Wednesday, October 28th, 11:00am &ndash; 12:00pm EDT<br>
        Interviewers: Felix Tremblay, Staff Engineer</p>
        <p>Join via Microsoft Teams: <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ2">Click here to join the meeting</a></p>
        <p>You'll pair with Felix on a small reconciliation problem in the language of your choice.</p>
        <p>Questions? Reply to this email and it will reach me directly.</p>
        <p>Cheers,<br>Priya Natarajan<br>Talent Partner, Northmoor Payments (Toronto)</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:11px;color:#999">Sent via Lever &middot; <a href="https://jobs.lever.co/northmoorpay">jobs.lever.co/northmoorpay</a></p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Lever//Interview Scheduling//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:lever-iv-4f0c8e22-91b7-4ad0-a7d5-northmoor
        DTSTAMP:20261021T130540Z
        DTSTART:20261028T150000Z
        DTEND:20261028T160000Z
        SUMMARY:Northmoor Payments - Technical Interview (Daniela Rojas)
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan@northmoorpay.ca
        ATTENDEE;CN=Daniela Rojas;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:daniela.rojas@example.org
        ATTENDEE;CN=Felix Tremblay;PARTSTAT=ACCEPTED:mailto:felix.tremblay@northmoorpay.ca
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads(addr("Northmoor Payments", "no-reply@hire.lever.co"),
               "Your interview with Northmoor Payments is confirmed",
               "2026-10-21 09:05", TOR, "<0100019a7b2c.northmoor.lever.4f0c8e22@email.amazonses.com>",
               mx="a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
               ident="Rr5vW1nZ8aKp",
               extra=[("Reply-To", addr("Priya Natarajan", "priya.natarajan@northmoorpay.ca"))])
    return message(hs, alt(html(hbody), calendar(ics)))


@mail(N(4), family="teamtailor", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-24 11:00", BUE), end=utc("2026-09-24 11:45", BUE),
      local="Thu 2026-09-24 11:00", local_end="2026-09-24 11:45", zone=BUE,
      contact="lucia.ferreyra@ceibofinanzas.com.ar", company="Ceibo Finanzas",
      note="Teamtailor (Argentine employer, voseo): jue 24/09 11:00-11:45 hora Argentina (UTC-3, "
           "no DST) = 14:00Z-14:45Z, 10:00 in Bolivia as the mail says. Reply-To is a Teamtailor "
           "relay; contact = the recruiter's address in the signature.")
def p04() -> bytes:
    body = t("""
        Hola Daniela,

        ¡Gracias por agendar tu entrevista con Ceibo Finanzas! Te dejamos los detalles:

        Puesto: Backend Developer (Go) - Squad Tarjetas
        Fecha: jueves 24 de septiembre de 2026
        Horario: 11:00 a 11:45 (hora de Argentina, GMT-3) - en Bolivia son las 10:00
        Dónde: Google Meet - https://meet.google.com/cei-bofz-tar

        Vas a charlar con Martín Aguirre (Tech Lead) y conmigo.

        Si necesitás cambiar el horario, respondé este mail o escribime a
        lucia.ferreyra@ceibofinanzas.com.ar.

        ¡Nos vemos!
        Lucía Ferreyra
        People Team - Ceibo Finanzas
        Buenos Aires, Argentina
        """)
    hbody = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;color:#1f1f1f">
        <div style="max-width:600px;margin:auto">
        <img src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logo_wide-v3/ceibo.png" alt="Ceibo Finanzas" height="40">
        <p>Hola Daniela,</p>
        <p>¡Gracias por agendar tu entrevista con Ceibo Finanzas! Te dejamos los detalles:</p>
        <p><strong>Puesto:</strong> Backend Developer (Go) - Squad Tarjetas<br>
        <strong>Fecha:</strong> jueves 24 de septiembre de 2026<br>
        <strong>Horario:</strong> 11:00 a 11:45 (hora de Argentina, GMT-3) - en Bolivia son las 10:00<br>
        <strong>Dónde:</strong> <a href="https://meet.google.com/cei-bofz-tar">Google Meet</a></p>
        <p>Vas a charlar con Martín Aguirre (Tech Lead) y conmigo.</p>
        <p>Si necesitás cambiar el horario, respondé este mail o escribime a
        <a href="mailto:lucia.ferreyra@ceibofinanzas.com.ar">lucia.ferreyra@ceibofinanzas.com.ar</a>.</p>
        <p>¡Nos vemos!<br>Lucía Ferreyra<br>People Team - Ceibo Finanzas<br>Buenos Aires, Argentina</p>
        <p style="font-size:11px;color:#888">Enviado con Teamtailor</p>
        </div></body></html>
        """)
    hs = heads(addr("Lucía Ferreyra (Ceibo Finanzas)", "no-reply@teamtailor-mail.com"),
               "Confirmación de entrevista - Backend Developer (Go)",
               "2026-09-21 12:30", BUE, "<5f0a9d3e-77b1-4e1c-b0f8-2a61c9e4d810@teamtailor-mail.com>",
               mx="o12.ptr4471.teamtailor-mail.com (o12.ptr4471.teamtailor-mail.com [149.72.118.40])",
               ident="Hx0Pq3nMv7Ld",
               extra=[("Reply-To", "ceibo-finanzas+a81f3c2e9b@inbound.teamtailor-mail.com")])
    return message(hs, alt(text(body, cte="base64"), html(hbody, cte="base64")))


@mail(N(5), family="workday", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-03 09:00", LAX), end=utc("2026-12-03 10:00", LAX),
      local="Thu 2026-12-03 09:00", local_end="2026-12-03 10:00", zone=LAX,
      contact="megan.alvarez@brightwaterfin.com", company="Brightwater Financial",
      note="Workday, HTML only (base64): Thu 12/03/2026 9:00 AM PST, 60 minutes -> 17:00Z-18:00Z "
           "(13:00 in Bolivia). Sender is the tenant's myworkday address; contact = the "
           "coordinator's address in the body.")
def p05() -> bytes:
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333">
        <tr><td style="background:#0b3d66;color:#fff;padding:12px 16px;font-size:18px">Brightwater Financial Careers</td></tr>
        <tr><td style="padding:16px">
        <p>Dear Daniela Rojas,</p>
        <p>Thank you for your interest in the <b>Software Engineer III - Payments Core (Remote, LATAM)</b> position
        (Job Requisition R-0047712). We are pleased to confirm your interview as follows:</p>
        <table cellpadding="3" style="font-size:13px">
        <tr><td>Interview Date:</td><td>12/03/2026</td></tr>
        <tr><td>Start Time:</td><td>9:00 AM PST</td></tr>
        <tr><td>Duration:</td><td>60 minutes</td></tr>
        <tr><td>Interview Type:</td><td>Virtual - Zoom (link to follow from the interviewer's calendar)</td></tr>
        <tr><td>Interviewers:</td><td>Carlos Ibarra, Sr. Manager Software Engineering</td></tr>
        </table>
        <p>Your coordinator for this process is Megan Alvarez
        (<a href="mailto:megan.alvarez@brightwaterfin.com">megan.alvarez@brightwaterfin.com</a>).
        Please reach out to her if you need to make changes.</p>
        <p>You can review your application status at any time by signing in to your
        <a href="https://brightwater.wd5.myworkdayjobs.com/External/userHome">Candidate Home</a> account.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Brightwater Financial</p>
        </td></tr>
        <tr><td style="font-size:10px;color:#999;padding:8px 16px">This email was sent from an unmonitored mailbox.
        Please do not reply.</td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = heads(addr("Brightwater Financial", "brightwater@myworkday.com"),
               "Interview Scheduled - Software Engineer III - Payments Core (R-0047712)",
               "2026-11-27 10:02", LAX, "<1428853419.88231.1795802520117@wd5-prod-mail.myworkday.com>",
               mx="wd5-mta-06.myworkday.com (wd5-mta-06.myworkday.com [216.3.12.61])",
               ident="zP6nVq1Tc8Jr")
    return message(hs, html(hbody, cte="base64"))


@mail(N(6), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-14 09:30", LPZ), end=utc("2026-10-14 10:30", LPZ),
      local="Wed 2026-10-14 09:30", local_end="2026-10-14 10:30", zone=LPZ,
      contact="rodrigo.quispe@altiplanodata.bo", company="Altiplano Data",
      note="Google Calendar invitation in Spanish from the hiring manager: mié 14 oct 2026 "
           "9:30-10:30 (GMT-4), La Paz = 13:30Z-14:30Z; ICS in America/La_Paz. Contact = organizer.")
def p06() -> bytes:
    body = t("""
        Rodrigo Quispe te ha invitado a un evento

        Entrevista técnica – Daniela Rojas / Altiplano Data
        Cuándo: miércoles, 14 de octubre de 2026 · 9:30 – 10:30
        Zona horaria: Hora de Bolivia - La Paz
        Unirse con Google Meet: https://meet.google.com/alt-ipla-nod
        Invitados:
        Rodrigo Quispe - organizador
        Daniela Rojas
        Paola Choque

        Hola Daniela: como hablamos, esta es la entrevista técnica para el puesto de Backend
        (Python/Kafka). Vamos a revisar juntos el ejercicio que enviaste. Saludos, Rodrigo

        ¿Vas a asistir? Sí - Quizás - No
        https://calendar.google.com/calendar/event?action=RESPOND&eid=MG1tcXV&rst=1

        Invitación de Google Calendar
        Has recibido este correo electrónico porque estás invitado a este evento.
        """)
    hbody = t("""
        <div style="font-family:Roboto,Arial,sans-serif">
        <p style="color:#5f6368">Rodrigo Quispe te ha invitado a un evento</p>
        <h2 style="font-weight:400">Entrevista técnica – Daniela Rojas / Altiplano Data</h2>
        <table><tr><td>Cuándo</td><td>miércoles, 14 de octubre de 2026 · 9:30 – 10:30<br>Hora de Bolivia - La Paz</td></tr>
        <tr><td>Unirse</td><td><a href="https://meet.google.com/alt-ipla-nod">meet.google.com/alt-ipla-nod</a></td></tr>
        <tr><td>Invitados</td><td>Rodrigo Quispe - organizador<br>Daniela Rojas<br>Paola Choque</td></tr></table>
        <p>Hola Daniela: como hablamos, esta es la entrevista técnica para el puesto de Backend
        (Python/Kafka). Vamos a revisar juntos el ejercicio que enviaste. Saludos, Rodrigo</p>
        <p>¿Vas a asistir? <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=MG1tcXV&amp;rst=1">Sí</a>
        - <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=MG1tcXV&amp;rst=3">Quizás</a>
        - <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=MG1tcXV&amp;rst=2">No</a></p>
        <p style="font-size:11px;color:#70757a">Invitación de Google Calendar</p>
        </div>
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n" \
          "CALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + VTZ_LPZ + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/La_Paz:20261014T093000
        DTEND;TZID=America/La_Paz:20261014T103000
        DTSTAMP:20261007T222012Z
        ORGANIZER;CN=Rodrigo Quispe:mailto:rodrigo.quispe@altiplanodata.bo
        UID:0mmqu3k1a7v9f2r6p8s4tkc2lb@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniela Rojas;X-NUM-GUESTS=0:mailto:daniela.rojas@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Paola Choque;X-NUM-GUESTS=0:mailto:paola.choque@altiplanodata.bo
        CREATED:20261007T222010Z
        DESCRIPTION:Hola Daniela: como hablamos\\, esta es la entrevista técnica para el puesto de Backend (Python/Kafka).
        LAST-MODIFIED:20261007T222010Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista técnica – Daniela Rojas / Altiplano Data
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads(addr("Rodrigo Quispe", "rodrigo.quispe@altiplanodata.bo"),
               "Invitación: Entrevista técnica – Daniela Rojas / Altiplano Data @ mié 14 oct 2026 "
               "9:30 - 10:30 (GMT-4) (daniela.rojas@example.org)",
               "2026-10-07 18:20", LPZ, "<calendar-5c1a9e0f-2d44-4b8e-9a61-0f7c3b2e5d11@google.com>",
               mx="mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
               ident="Qe4Lr9xNb2Wd",
               extra=[("Sender", "Google Calendar <calendar-notification@google.com>"),
                      ("Reply-To", addr("Rodrigo Quispe", "rodrigo.quispe@altiplanodata.bo"))])
    return message(hs, mixed(alt(text(body), html(hbody), calendar(ics, cte="quoted-printable")),
                             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(N(7), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", LPZ), end=utc("2026-09-15 10:30", LPZ),
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:30", zone=LPZ,
      contact="jake@ferrouslabs.io", company="Ferrous Labs",
      note="Calendly invitee confirmation, shown in the invitee's zone: Tue 15 Sep 10:00-10:30am "
           "Bolivia Time (UTC-4) = 14:00Z-14:30Z. Sent from notifications@calendly.com; contact = "
           "the host's Reply-To.")
def p07() -> bytes:
    body = t("""
        Hi Daniela Rojas,

        A new event has been scheduled.

        Event Type:
        Intro Interview - Senior Backend Engineer (Remote)

        Invitee:
        Daniela Rojas

        Invitee Email:
        daniela.rojas@example.org

        Event Date/Time:
        10:00am - 10:30am (Bolivia Time), Tuesday, September 15, 2026

        Location:
        This is a Zoom web conference. https://ferrouslabs.zoom.us/j/84120957731

        Host:
        Jake Whitford

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7a1c2d4e-3b5f-4c6a-8d9e-0f1a2b3c4d5e
        Reschedule: https://calendly.com/reschedulings/7a1c2d4e-3b5f-4c6a-8d9e-0f1a2b3c4d5e

        Powered by Calendly.com
        """)
    hbody = "<html><body>" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.split("\n")) + "</body></html>\n"
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:7a1c2d4e-3b5f-4c6a-8d9e-0f1a2b3c4d5e@calendly.com
        DTSTAMP:20260910T153211Z
        DTSTART:20260915T140000Z
        DTEND:20260915T143000Z
        SUMMARY:Intro Interview - Senior Backend Engineer (Remote) between Jake Whitford and Daniela Rojas
        ORGANIZER;CN=Jake Whitford:mailto:jake@ferrouslabs.io
        ATTENDEE;CN=Daniela Rojas;RSVP=TRUE:mailto:daniela.rojas@example.org
        LOCATION:https://ferrouslabs.zoom.us/j/84120957731
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads(addr("Calendly", "notifications@calendly.com"),
               "Confirmed: Intro Interview - Senior Backend Engineer (Remote) with Jake Whitford on "
               "Tuesday, September 15, 2026",
               "2026-09-10 15:32", UTCZ, "<20260910153211.7a1c2d4e.invitee@calendly.com>",
               mx="o1.email.calendly.com (o1.email.calendly.com [167.89.94.22])", ident="Tn3Yw8cVp5Ks",
               extra=[("Reply-To", addr("Jake Whitford", "jake@ferrouslabs.io"))])
    return message(hs, mixed(alt(text(body), html(hbody)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(N(8), family="exchange_outlook", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-17 16:00", LIM), end=utc("2026-11-17 17:00", LIM),
      local="Tue 2026-11-17 16:00", local_end="2026-11-17 17:00", zone=LIM,
      contact="vsalazar@intipacifico.com.pe", company="Banco Intipacífico",
      note="Exchange meeting request (windows-1252) from a Lima bank: martes 17/11/2026 16:00-17:00 "
           "(UTC-05:00) Bogotá, Lima, Quito; TZID 'SA Pacific Standard Time' = UTC-5, no DST -> "
           "21:00Z-22:00Z (17:00 in Bolivia). Contact = organizer/sender.")
def p08() -> bytes:
    body = t("""
        Estimada Daniela:

        Por medio de la presente le confirmamos su entrevista con el equipo de Arquitectura de
        Pagos Digitales para la posición de Ingeniera de Software Senior (modalidad remota).

        Participarán: Ing. Marco Huamán (Jefe de Arquitectura) y quien suscribe.

        Le agradeceremos aceptar la invitación para reservar el horario.

        Atentamente,

        Verónica Salazar Ríos
        Analista de Selección y Atracción de Talento
        Banco Intipacífico | Av. Javier Prado Este 2150, San Isidro, Lima

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Únase desde el equipo, la aplicación móvil o dispositivo de la sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk4OGI2>
        Id. de reunión: 284 519 770 312
        Código de acceso: q7Hd2P
        ________________________________________________________________________________
        """)
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body lang="ES-PE"><div class="WordSection1">
        <p class="MsoNormal">Estimada Daniela:</p>
        <p class="MsoNormal">Por medio de la presente le confirmamos su entrevista con el equipo de Arquitectura de
        Pagos Digitales para la posición de Ingeniera de Software Senior (modalidad remota).</p>
        <p class="MsoNormal">Participarán: Ing. Marco Huamán (Jefe de Arquitectura) y quien suscribe.</p>
        <p class="MsoNormal">Le agradeceremos aceptar la invitación para reservar el horario.</p>
        <p class="MsoNormal">Atentamente,</p>
        <p class="MsoNormal"><b>Verónica Salazar Ríos</b><br>Analista de Selección y Atracción de Talento<br>
        Banco Intipacífico | Av. Javier Prado Este 2150, San Isidro, Lima</p>
        <div style="margin-top:24px">________________________________________________________________________________<br>
        <span style="font-size:18pt">Reunión de Microsoft Teams</span><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk4OGI2">Haga clic aquí para unirse a la reunión</a><br>
        Id. de reunión: 284 519 770 312<br>Código de acceso: q7Hd2P</div>
        </div></body></html>
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" \
          + VTZ_LIMA_WIN + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Verónica Salazar Ríos:mailto:vsalazar@intipacifico.com.pe
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniela Rojas:mailto:daniela.rojas@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marco Huamán Lazo:mailto:mhuaman@intipacifico.com.pe
        DESCRIPTION;LANGUAGE=es-PE:Estimada Daniela:\\n\\nPor medio de la presente le confirmamos su entrevista con el equipo de Arquitectura de Pagos Digitales.\\n
        UID:040000008200E00074C5B7101A82E00800000000B06C7F1DA7F4DA01000000000000000010000000E5A4C3B2A1F0E9D8C7B6A5F4E3D2C1B0
        SUMMARY;LANGUAGE=es-PE:Entrevista - Ingeniera de Software Senior - Daniela Rojas
        DTSTART;TZID=SA Pacific Standard Time:20261117T160000
        DTEND;TZID=SA Pacific Standard Time:20261117T170000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261110T141400Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-PE:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
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
    when_line = "Cuándo: martes, 17 de noviembre de 2026 16:00-17:00 (UTC-05:00) Bogotá, Lima, Quito, Rio Branco.\n" \
                "Dónde: Reunión de Microsoft Teams\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    hs = heads(addr("Verónica Salazar Ríos", "vsalazar@intipacifico.com.pe", "windows-1252"),
               "Entrevista - Ingeniera de Software Senior - Daniela Rojas",
               "2026-11-10 09:14", LIM, "<SJ0PR11MB5648E2B7C1A9F0D3E4B5A6C7D8E9F0A1@SJ0PR11MB5648.namprd11.prod.outlook.com>",
               mx="NAM11-DM6-obe.outbound.protection.outlook.com (mail-dm6nam11on2071.outbound.protection.outlook.com [40.107.223.71])",
               ident="Ua7Bm2Kx9Fq", charset="windows-1252",
               extra=[("Thread-Topic", "Entrevista - Ingeniera de Software Senior - Daniela Rojas"),
                      ("Thread-Index", "AdsO5hXk2n7QvY0aRbC1dE3fG4hI5w=="),
                      ("Accept-Language", "es-PE, en-US"),
                      ("Content-Language", "es-PE"),
                      ("X-MS-Has-Attach", ""),
                      ("X-MS-TNEF-Correlator", "")])
    return message(hs, alt(text(when_line + body, charset="windows-1252"),
                           html(hbody, charset="windows-1252"),
                           calendar(ics, cte="base64")))


@mail(N(9), family="personio", lang="es", interview=True, kind="scheduled",
      start=utc("2026-12-03 10:00", BUE), end=utc("2026-12-03 11:00", BUE),
      local="Thu 2026-12-03 10:00", local_end="2026-12-03 11:00", zone=BUE,
      contact="tomas.benitez@lapacho.tech", company="Lapacho Tech",
      note="Personio (Buenos Aires employer, iso-8859-15 QP): jue. 3 de diciembre 10:00, duración "
           "1 hora, hora de Buenos Aires (UTC-3) = 13:00Z-14:00Z. Contact = Reply-To recruiter.")
def p09() -> bytes:
    body = t("""
        Hola Daniela,

        ¡Gracias por avanzar en el proceso de Lapacho Tech!

        Te confirmamos la segunda entrevista (técnica) para la posición Senior Backend Engineer
        - Open Banking:

          Fecha:     jue. 3 de diciembre de 2026
          Hora:      10:00 (hora de Buenos Aires, GMT-3)
          Duración:  1 hora
          Modalidad: videollamada, el enlace de Google Meet te llega en una invitación aparte
          Entrevistadores: Nicolás Paz (Staff Engineer), Valeria Ortiz (Engineering Manager)

        Si tenés algún inconveniente con el horario, respondé a este correo.

        Saludos cordiales,
        Tomás Benítez
        Talent Acquisition · Lapacho Tech
        Av. Corrientes 1386, C1043 CABA
        """)
    hbody = t("""
        <html><head><meta charset="iso-8859-15"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hola Daniela,</p>
        <p>¡Gracias por avanzar en el proceso de Lapacho Tech!</p>
        <p>Te confirmamos la segunda entrevista (técnica) para la posición <b>Senior Backend Engineer - Open Banking</b>:</p>
        <table style="font-size:14px">
        <tr><td>Fecha:</td><td>jue. 3 de diciembre de 2026</td></tr>
        <tr><td>Hora:</td><td>10:00 (hora de Buenos Aires, GMT-3)</td></tr>
        <tr><td>Duración:</td><td>1 hora</td></tr>
        <tr><td>Modalidad:</td><td>videollamada, el enlace de Google Meet te llega en una invitación aparte</td></tr>
        <tr><td>Entrevistadores:</td><td>Nicolás Paz (Staff Engineer), Valeria Ortiz (Engineering Manager)</td></tr>
        </table>
        <p>Si tenés algún inconveniente con el horario, respondé a este correo.</p>
        <p>Saludos cordiales,<br>Tomás Benítez<br>Talent Acquisition · Lapacho Tech<br>Av. Corrientes 1386, C1043 CABA</p>
        <p style="font-size:10px;color:#999">Powered by Personio</p>
        </body></html>
        """)
    hs = heads(addr("Lapacho Tech", "no-reply@personio.de"),
               "Tu entrevista con Lapacho Tech - Senior Backend Engineer - Open Banking",
               "2026-11-27 16:45", BUE, "<20261127194512.4d7c1f09a2e3@mail.personio.de>",
               mx="mail-out-07.personio.de (mail-out-07.personio.de [185.54.118.27])", ident="Vb2Nc6Qz1Rm",
               charset="iso-8859-15",
               extra=[("Reply-To", addr("Tomás Benítez", "tomas.benitez@lapacho.tech", "iso-8859-15"))])
    return message(hs, alt(text(body, charset="iso-8859-15"), html(hbody, charset="iso-8859-15")))


@mail(N(10), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-10 08:30", LPZ), end=None, local="Tue 2026-11-10 08:30", zone=LPZ,
      contact="andres.suarez@motacu.com.bo", company="Motacú Fintech",
      note="Phone-written reply sent Mon 9 Nov at 00:14: 'mañana martes a primera hora, 8:30' -> "
           "the weekday fixes it as Tue 10 Nov 08:30 Santa Cruz (UTC-4) = 12:30Z. Contact = sender.",
      days=(("Mon", "2026-11-09"), ("Tue", "2026-11-10")))
def p10() -> bytes:
    body = t("""
        Dale Daniela, mañana martes a primera hora, 8:30, en la oficina de Equipetrol (calle 9 Oeste 27, edif. Curupaú piso 3). Ahí te presento a Camila y Jorge del equipo de core bancario y hacemos la técnica en pizarra. Preguntá por mi en recepción

        Buen viaje!!

        Enviado desde mi iPhone

        > El 8 nov 2026, a las 22:51, Daniela Rojas <daniela.rojas@example.org> escribió:
        >
        > Hola Andrés, buenas noches. Llego a Santa Cruz el lunes en la tarde y me quedo hasta el miércoles. Si les sirve, podría pasar por la oficina el martes temprano para la entrevista con el equipo.
        >
        > Saludos,
        > Daniela
        """)
    hs = heads(addr("Andrés Suárez", "andres.suarez@motacu.com.bo"),
               "Re: Entrevista presencial en Santa Cruz",
               "2026-11-09 00:14", LPZ, "<A3F9C1D2-7B4E-4F1A-9C2D-8E7F6A5B4C3D@motacu.com.bo>",
               mx="mail-qk1-f182.google.com (mail-qk1-f182.google.com [209.85.222.182])", ident="Jc8Fr3Wt6Ya",
               extra=[("In-Reply-To", "<CAB1dR0jas9Xp2Qz@mail.gmail.com>"),
                      ("References", "<CAB1dR0jas9Xp2Qz@mail.gmail.com>"),
                      ("X-Mailer", "iPhone Mail (22B91)")])
    return message(hs, text(body, params="format=flowed", cte="quoted-printable"))


@mail(N(11), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-05 14:00", NYC), end=utc("2026-11-05 14:45", NYC),
      local="Thu 2026-11-05 14:00", local_end="2026-11-05 14:45", zone=NYC,
      contact="ryan.oconnell@harborlinecredit.com", company="Harborline Credit",
      note="Recruiter prose with pasted Zoom block, sent Fri 30 Oct in EDT; Thursday 11/5 at 2:00 PM "
           "Eastern is after the 1 Nov fall-back, so EST (UTC-5) -> 19:00Z; 45 minutes -> 19:45Z. "
           "The mail's own '3:00 PM your time' agrees.")
def p11() -> bytes:
    body = t("""
        Hi Daniela,

        Thanks for getting back to me so quickly. You're all set for your interview with our
        Credit Platform team on Thursday 11/5 at 2:00 PM Eastern, which should be 3:00 PM for you
        in Cochabamba (we fall back an hour on Nov 1, so the gap shrinks to one hour). It'll be
        45 minutes with Dana Whitaker, our Director of Engineering.

        Zoom details below.

        Ryan O'Connell is inviting you to a scheduled Zoom meeting.

        Topic: Harborline Credit - Backend Interview (Daniela Rojas)
        Time: Nov 5, 2026 02:00 PM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://harborline.zoom.us/j/91233458810?pwd=bHVtZW4xMjM0NTY3

        Meeting ID: 912 3345 8810
        Passcode: 482913

        Talk soon,
        Ryan

        --
        Ryan O'Connell | Senior Technical Recruiter
        Harborline Credit | Boston, MA
        """)
    hs = heads(addr("Ryan O'Connell", "ryan.oconnell@harborlinecredit.com"),
               "Interview confirmed - Thursday 11/5",
               "2026-10-30 16:20", NYC, "<CAH7pQ2xM9vLk3Rz1oN5cT8bW4eY6uA0sD2fG@mail.gmail.com>",
               mx="mail-oa1-f53.google.com (mail-oa1-f53.google.com [209.85.160.53])", ident="Pd4Kx7Lm0Nq",
               extra=[("In-Reply-To", "<CAB1dR0jaTz5wE8@mail.gmail.com>")])
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(12), family="smartrecruiters", lang="es", interview=True, kind="scheduled",
      start=utc("2026-12-03 09:30", LPZ), end=utc("2026-12-03 10:15", LPZ),
      local="Thu 2026-12-03 09:30", local_end="2026-12-03 10:15", zone=LPZ,
      contact="sofia.vaca@segurcruz.bo", company="SegurCruz Digital",
      note="SmartRecruiters, HTML only: 'jueves a las nueve y media', Fecha 03/12/2026 (día/mes = "
           "3 Dec, a Thursday; read as 12 March it would be a Thursday too, hence the trap), 45 "
           "minutos, Bolivia UTC-4 -> 13:30Z-14:15Z. Contact = coordinator address in the body.",
      days=(("Thu", "2026-12-03"),))
def p12() -> bytes:
    hbody = t("""
        <!DOCTYPE html><html><body style="background:#eef1f4;margin:0">
        <table align="center" width="600" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <tr><td style="padding:20px 24px;border-bottom:3px solid #0a7b83"><b style="font-size:18px">SegurCruz Digital</b></td></tr>
        <tr><td style="padding:24px">
        <p>Hola Daniela,</p>
        <p>Nos alegra contarte que avanzas a la etapa de entrevista técnica para <b>Backend Developer Sr. (Java / Kotlin)</b>.
        Quedó agendada para el jueves a las nueve y media de la mañana, hora de Bolivia:</p>
        <table style="font-size:14px;background:#f6f8fa;padding:8px;width:100%">
        <tr><td width="140">Fecha</td><td><b>03/12/2026</b></td></tr>
        <tr><td>Hora</td><td><b>09:30 (GMT-4)</b></td></tr>
        <tr><td>Duración</td><td>45 minutos</td></tr>
        <tr><td>Lugar</td><td>Microsoft Teams (el enlace está en la invitación de calendario)</td></tr>
        </table>
        <p>Coordinadora del proceso: Sofía Vaca Pedraza &ndash; <a href="mailto:sofia.vaca@segurcruz.bo">sofia.vaca@segurcruz.bo</a></p>
        <p>¡Mucho éxito!</p>
        <p>Equipo de Talento<br>SegurCruz Digital &middot; Santa Cruz de la Sierra</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#8a8a8a">Este mensaje fue enviado a trav&eacute;s de SmartRecruiters.
        <a href="https://jobs.smartrecruiters.com/privacy">Privacidad</a></td></tr>
        </table></body></html>
        """)
    hs = heads(addr("SegurCruz Digital", "no-reply@smartrecruiters.com"),
               "Entrevista técnica agendada - Backend Developer Sr. (Java / Kotlin)",
               "2026-11-30 11:05", LPZ, "<0102019b2e7a4c11-3e9f0d42-segurcruz-000000@eu-west-1.amazonses.com>",
               mx="b224-9.smtp-out.eu-west-1.amazonses.com (b224-9.smtp-out.eu-west-1.amazonses.com [54.240.9.224])",
               ident="Xs1Hc9Vn4Jb",
               extra=[("Reply-To", "reply+7b3c09e1a4@messages.smartrecruiters.com")])
    return message(hs, html(hbody))


@mail(N(13), family="workable", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-19 16:00", LPZ), end=utc("2026-10-19 17:00", LPZ),
      local="Mon 2026-10-19 16:00", local_end="2026-10-19 17:00", zone=LPZ,
      contact="mauricio.alanoca@illimanicloud.com", company="Illimani Cloud",
      note="Workable (iso-8859-1 QP): lunes 19 de octubre 16:00 hora de Bolivia, 'durará una hora' "
           "-> 20:00Z-21:00Z. Reply-To is a Workable relay; contact = hiring manager's address in body.")
def p13() -> bytes:
    body = t("""
        Hola Daniela,

        Gracias por tu tiempo en la primera llamada. Nos gustaría confirmarte la entrevista con el
        equipo técnico de Illimani Cloud para el puesto de Ingeniera Backend (Pagos QR).

        Cuándo: lunes 19 de octubre, a las 16:00 (hora de Bolivia)
        Dónde: oficina de Sopocachi, Av. 20 de Octubre 2315, La Paz - o por Google Meet si prefieres
        (avísanos con un día de anticipación)

        La entrevista durará una hora. Estarás con Mauricio Alanoca, nuestro CTO. Si tienes dudas
        sobre el contenido, puedes escribirle directamente a mauricio.alanoca@illimanicloud.com.

        Saludos,
        Equipo de Selección
        Illimani Cloud

        --
        Puedes responder directamente a este correo. Enviado con Workable.
        """)
    hbody = "<html><body>" + "".join(
        f"<p>{line}</p>\n" for line in body.split("\n\n")) + "</body></html>\n"
    hs = heads(addr("Illimani Cloud", "noreply@candidates.workablemail.com"),
               "Entrevista con Illimani Cloud - Ingeniera Backend (Pagos QR)",
               "2026-10-13 10:40", LPZ, "<wk.20261013144011.58a2f7.illimani@candidates.workablemail.com>",
               mx="mail-a12.candidates.workablemail.com (mail-a12.candidates.workablemail.com [192.237.158.12])",
               ident="Ly6Gd1Pf8Tw", charset="iso-8859-1",
               extra=[("Reply-To", "illimani-cloud+3fa8c21e@candidates.workablemail.com")])
    return message(hs, alt(text(body, charset="iso-8859-1"), html(hbody, charset="iso-8859-1")))


def _p14_inner() -> bytes:
    body = t("""
        Hola Daniela:

        Tal como hablamos por teléfono, te confirmo la entrevista con el equipo de Plataforma
        para el viernes 16 de octubre a las 15:00 hs (hora Argentina). Va a ser por Zoom, te
        paso el link:

        https://jacarandalabs.zoom.us/j/81552093344

        Vas a estar con Ezequiel Romero (Head of Engineering) y Carla Giménez (Backend Lead).
        Calculá unos 60 minutos aproximadamente.

        Un saludo grande,
        Florencia Sosa
        Recruiting | Jacarandá Labs
        """)
    hs = [("From", addr("Florencia Sosa", "florencia.sosa@jacarandalabs.com.ar")),
          ("To", TO),
          ("Subject", enc("Confirmación entrevista - Jacarandá Labs")),
          ("Date", date("2026-10-09 18:22", BUE)),
          ("Message-ID", "<CAJ9xT7bq2LmVw4Ke0Rr5yZ1nP8cD3sF6gH@mail.gmail.com>")]
    return message(hs, text(body, cte="8bit"))


@mail(N(14), family="forward_to_self", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-16 15:00", BUE), end=None, local="Fri 2026-10-16 15:00", zone=BUE,
      contact="florencia.sosa@jacarandalabs.com.ar", company="Jacarandá Labs",
      note="Daniela forwards a recruiter's confirmation from her personal address (example.net) to "
           "her main one as message/rfc822: viernes 16 de octubre 15:00 hs hora Argentina (UTC-3) "
           "= 18:00Z; '60 minutos aproximadamente' -> no end. Contact = recruiter in the attached "
           "message (the outer sender is the candidate).")
def p14() -> bytes:
    outer = "para tenerlo en el correo principal\n\n-- \nDani\n"  # "-- " is the signature delimiter
    hs = heads(addr("Daniela Rojas", "dani.rojas.cbba@example.net"),
               "Fwd: Confirmación entrevista - Jacarandá Labs",
               "2026-10-10 08:03", LPZ, "<CAB1dRfwd0bq2Lm7Vw4Ke0@mail.gmail.com>",
               mx="mail-pj1-f44.google.com (mail-pj1-f44.google.com [209.85.216.44])", ident="Mw2Sd5Xr9Hk")
    return message(hs, mixed(text(outer, cte="7bit"),
                             attached_message(_p14_inner(), "Confirmación entrevista - Jacarandá Labs.eml")))


@mail(N(15), family="microsoft_bookings", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-06 11:00", LIM), end=utc("2026-11-06 11:45", LIM),
      local="Fri 2026-11-06 11:00", local_end="2026-11-06 11:45", zone=LIM,
      contact=None, company="Qhapaq Consultores",
      note="Microsoft Bookings confirmation in Spanish: viernes 6/11/2026 11:00 (UTC-05:00) Bogotá, "
           "Lima, Quito, 45 minutos -> 16:00Z-16:45Z; ICS 'SA Pacific Standard Time'. Sender is the "
           "Bookings mailbox and only a staff name is given -> contact null.")
def p15() -> bytes:
    hbody = t("""
        <html><body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="max-width:640px">
        <p style="font-size:20px">Su reserva está confirmada</p>
        <p>Hola Daniela Rojas:</p>
        <p>Gracias por reservar con <b>Qhapaq Consultores - Selección TI</b>. Este es el resumen:</p>
        <table style="font-size:14px" cellpadding="4">
        <tr><td>Servicio</td><td>Entrevista técnica - Desarrollador(a) Backend Fintech</td></tr>
        <tr><td>Fecha y hora</td><td>viernes, 6 de noviembre de 2026 11:00 (UTC-05:00) Bogotá, Lima, Quito, Rio Branco</td></tr>
        <tr><td>Duración</td><td>45 minutos</td></tr>
        <tr><td>Personal</td><td>Lucero Paredes</td></tr>
        <tr><td>Ubicación</td><td>Reunión de Microsoft Teams</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/QhapaqSeleccion@qhapaq.pe/bookings/">Administrar reserva</a></p>
        <p>Unirse a la reunión de Teams: <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_QhPq">Hacer clic aquí</a></p>
        <p style="color:#605e5c;font-size:12px">Qhapaq Consultores · Calle Las Begonias 441, San Isidro, Lima</p>
        </div></body></html>
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" \
          + VTZ_LIMA_WIN + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Qhapaq Consultores - Selección TI:mailto:QhapaqSeleccion@qhapaq.pe
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Daniela Rojas:mailto:daniela.rojas@example.org
        SUMMARY;LANGUAGE=es-ES:Entrevista técnica - Desarrollador(a) Backend Fintech
        DTSTART;TZID=SA Pacific Standard Time:20261106T110000
        DTEND;TZID=SA Pacific Standard Time:20261106T114500
        UID:040000008200E00074C5B7101A82E00800000000D3A1B2C3E4F5DA01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261102T153000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads(addr("Qhapaq Consultores - Selección TI", "QhapaqSeleccion@qhapaq.pe"),
               "Reserva confirmada: Entrevista técnica - Desarrollador(a) Backend Fintech",
               "2026-11-02 10:30", LIM, "<PH0PR13MB4921B0C1D2E3F4A5B6C7D8E9F0A1B2C3@PH0PR13MB4921.namprd13.prod.outlook.com>",
               mx="NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2090.outbound.protection.outlook.com [40.107.237.90])",
               ident="Fg9Hj2Kl5Zx",
               extra=[("X-MS-Exchange-Organization-BookingsMailbox", "True")])
    return message(hs, mixed(html(hbody, cte="base64"),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(16), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-23 10:00", LPZ), end=None, local="Fri 2026-10-23 10:00", zone=LPZ,
      contact="mariela.torrico@kantutasoft.com", company="Kantuta Soft",
      note="Google Calendar ALL-DAY event (DTSTART;VALUE=DATE 2026-10-23); the time is only in the "
           "title/description: 'a las 10:00' Cochabamba (UTC-4) -> 14:00Z. No length -> no end. "
           "Contact = organizer/sender.")
def p16() -> bytes:
    body = t("""
        Mariela Torrico te ha invitado a un evento

        Entrevista Daniela Rojas - 10:00 sala 2
        Cuándo: viernes, 23 de octubre de 2026
        Invitados:
        Mariela Torrico - organizadora
        Daniela Rojas
        Sergio Villca

        Hola Daniela, lo pongo como evento de todo el día porque la sala se reserva así, pero la
        entrevista es a las 10:00 en punto en nuestra oficina de la calle Jordán 0452 (entre
        Lanza y Antezana). Trae tu carnet para registrarte en portería.

        ¿Vas a asistir? Sí - Quizás - No

        Invitación de Google Calendar
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20261023
        DTEND;VALUE=DATE:20261024
        DTSTAMP:20261019T203305Z
        ORGANIZER;CN=Mariela Torrico:mailto:mariela.torrico@kantutasoft.com
        UID:3k9v0a2b7c1d5e8f4g6h@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniela Rojas:mailto:daniela.rojas@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sergio Villca:mailto:sergio.villca@kantutasoft.com
        DESCRIPTION:Hola Daniela\\, lo pongo como evento de todo el día porque la sala se reserva así\\, pero la entrevista es a las 10:00 en punto en nuestra oficina de la calle Jordán 0452.
        LOCATION:Kantuta Soft\\, Calle Jordán 0452\\, Cochabamba
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista Daniela Rojas - 10:00 sala 2
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads(addr("Mariela Torrico", "mariela.torrico@kantutasoft.com"),
               "Invitación: Entrevista Daniela Rojas - 10:00 sala 2 @ vie 23 oct 2026 "
               "(daniela.rojas@example.org)",
               "2026-10-19 16:33", LPZ, "<calendar-9e2b7c41-55d3-4a0f-bb61-7d3e2c1f0a98@google.com>",
               mx="mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", ident="Qn5Tv8Bz3Cw",
               extra=[("Sender", "Google Calendar <calendar-notification@google.com>")])
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="quoted-printable")),
                             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


DEN = "America/Denver"


@mail(N(17), family="icims", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-04 13:00", CHI), end=utc("2026-11-04 13:45", CHI),
      local="Wed 2026-11-04 13:00", local_end="2026-11-04 13:45", zone=CHI,
      contact="tyler.brooks@cedarfinch.com", company="Cedar & Finch Payments",
      note="iCIMS reschedule sent Tue 27 Oct (CDT). Old: Thu Oct 29 1:00 PM CDT; new: Wed Nov 4 "
           "1:00 PM CST (after the 1 Nov fall-back, UTC-6) -> 19:00Z, 45 minutes -> 19:45Z. Same "
           "wall-clock time, different offset. Contact = recruiter address in the body.")
def p17() -> bytes:
    body = t("""
        Dear Daniela,

        Due to a scheduling conflict on our side, your interview for the position of Backend
        Engineer II - Merchant Settlements (Req 2026-4418) has been rescheduled.

        PREVIOUS DATE/TIME: Thursday, October 29, 2026 at 1:00 PM CDT
        NEW DATE/TIME:      Wednesday, November 4, 2026 at 1:00 PM CST

        Duration: 45 minutes
        Location: Microsoft Teams (a new link will be sent by the interview team)
        Interviewer: Rebecca Stone, Engineering Manager

        Please note that U.S. Central Time changes from CDT to CST on November 1.

        If you have any questions, please contact Tyler Brooks at tyler.brooks@cedarfinch.com.

        Sincerely,

        Talent Acquisition Team
        Cedar & Finch Payments, Dallas, TX

        This message was sent via iCIMS. Please do not reply directly to this email.
        """)
    hbody = "<html><body style=\"font-family:Verdana,sans-serif;font-size:12px\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in body.split("\n\n")) + "</body></html>\n"
    hs = heads(addr("Cedar & Finch Payments", "cedarfinch@talent.icims.com"),
               "Interview Rescheduled: Backend Engineer II - Merchant Settlements",
               "2026-10-27 15:10", CHI, "<1509931.882174.1793131800412.JavaMail.icims@talent.icims.com>",
               mx="mta-03.talent.icims.com (mta-03.talent.icims.com [64.125.206.33])", ident="Gk3Rb7Nv2Mp")
    return message(hs, alt(text(body, cte="7bit"), html(hbody, cte="7bit")))


@mail(N(18), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-11-13 15:30", LPZ), end=None, local="Fri 2026-11-13 15:30", zone=LPZ,
      contact="roxana.camacho@cooptunari.com.bo", company="Cooperativa Tunari",
      note="Recruiter prose (usted), base64: moves the interview from miércoles 11 a las 10:00 to "
           "viernes 13 a las 15:30 (November, Cochabamba UTC-4) -> new time 19:30Z. No length.",
      days=(("Wed", "2026-11-11"), ("Fri", "2026-11-13")))
def p18() -> bytes:
    body = t("""
        Estimada Daniela:

        Reciba un cordial saludo de la Cooperativa Tunari.

        Le escribo para mover la entrevista del miércoles 11 a las 10:00 al viernes 13 a las 15:30,
        debido a que el Gerente de Tecnología tiene una auditoría el miércoles. El lugar se mantiene:
        oficina central, calle Nataniel Aguirre 0375, tercer piso (Jefatura de Sistemas).

        Le ruego confirmarnos su asistencia respondiendo a este correo. Le pedimos llegar diez
        minutos antes con su cédula de identidad.

        Disculpe las molestias.

        Atentamente,

        Lic. Roxana Camacho Vargas
        Jefa de Recursos Humanos
        Cooperativa de Ahorro y Crédito Tunari R.L.
        Tel. 4 4251234 int. 210
        """)
    hs = heads(addr("Roxana Camacho Vargas", "roxana.camacho@cooptunari.com.bo"),
               "Cambio de horario - entrevista Analista Desarrolladora Backend",
               "2026-11-09 09:25", LPZ, "<000201dcf7a3$4b2c1d00$e1845700$@cooptunari.com.bo>",
               mx="mail.cooptunari.com.bo (mail.cooptunari.com.bo [200.105.140.22])", ident="Wc4Xz8Rt1Yb",
               extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Importance", "High")])
    return message(hs, text(body, cte="base64"))


@mail(N(19), family="google_calendar", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-12-01 16:00", BUE), end=utc("2026-12-01 17:00", BUE),
      local="Tue 2026-12-01 16:00", local_end="2026-12-01 17:00", zone=BUE,
      contact="ignacio.molina@ombupay.com.ar", company="Ombú Pay",
      note="Google Calendar 'Invitación actualizada' (SEQUENCE:1): moved from lun 30 nov 11:00 to "
           "mar 1 dic 16:00-17:00 hora de Argentina (UTC-3) -> 19:00Z-20:00Z; ICS agrees. "
           "Contact = organizer.")
def p19() -> bytes:
    body = t("""
        Se ha modificado este evento.

        Entrevista final - Ombú Pay / Daniela Rojas
        Cuándo: martes, 1 de diciembre de 2026 · 16:00 – 17:00 (hora de Argentina - Buenos Aires)
        Antes: lunes, 30 de noviembre de 2026 · 11:00 – 12:00
        Unirse con Google Meet: https://meet.google.com/omb-upay-fin
        Invitados:
        Ignacio Molina - organizador
        Daniela Rojas
        Agustina Ríos

        Daniela, perdón por el cambio, se nos superpuso con el comité. Nos vemos el martes!

        ¿Vas a asistir? Sí - Quizás - No

        Invitación de Google Calendar
        Has recibido este correo electrónico porque estás invitada a este evento.
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n" \
          "CALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + VTZ_BUE + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Argentina/Buenos_Aires:20261201T160000
        DTEND;TZID=America/Argentina/Buenos_Aires:20261201T170000
        DTSTAMP:20261126T151844Z
        ORGANIZER;CN=Ignacio Molina:mailto:ignacio.molina@ombupay.com.ar
        UID:6t2p9q1r4s7u0v3w5x8y@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniela Rojas:mailto:daniela.rojas@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Agustina Ríos:mailto:agustina.rios@ombupay.com.ar
        CREATED:20261120T140211Z
        LAST-MODIFIED:20261126T151843Z
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Entrevista final - Ombú Pay / Daniela Rojas
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads(addr("Ignacio Molina", "ignacio.molina@ombupay.com.ar"),
               "Invitación actualizada: Entrevista final - Ombú Pay / Daniela Rojas @ mar 1 dic 2026 "
               "16:00 - 17:00 (GMT-3) (daniela.rojas@example.org)",
               "2026-11-26 12:18", BUE, "<calendar-1f7a3c9e-0b2d-4e58-a6c1-93d2e8f7b054@google.com>",
               mx="mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", ident="Bv7Nm1Qs4Dz",
               extra=[("Sender", "Google Calendar <calendar-notification@google.com>")])
    return message(hs, alt(text(body), html(gmail_html(body)), calendar(ics, cte="quoted-printable")))


@mail(N(20), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-12-09 08:00", LAX), end=utc("2026-12-09 09:30", LAX),
      local="Wed 2026-12-09 08:00", local_end="2026-12-09 09:30", zone=LAX,
      contact="alyssa.nguyen@cobaltharbor.com", company="Cobalt Harbor",
      note="GoodTime reschedule: new Wed Dec 9 8:00-9:30 AM PST (UTC-8) = 16:00Z-17:30Z, shown also "
           "as 12:00-1:30 PM GMT-4; previous Mon Dec 7 10:00 AM. ICS in UTC. Contact = Reply-To "
           "coordinator.")
def p20() -> bytes:
    body = t("""
        Hi Daniela,

        Your Virtual Onsite with Cobalt Harbor has been rescheduled. Please see the updated details below.

        UPDATED: Wednesday, December 9, 2026
        8:00 AM - 9:30 AM PST (Pacific Time)
        Your time zone: 12:00 PM - 1:30 PM (GMT-04:00) Bolivia Time

        Previously scheduled: Monday, December 7, 2026, 10:00 AM - 11:30 AM PST

        Agenda
        8:00 - 8:45 AM   System Design with Kenji Mori
        8:45 - 9:30 AM   Values & Collaboration with Rachel Adler

        Video: https://cobaltharbor.zoom.us/j/95521847760

        If you need to make further changes, reply to this email to reach Alyssa Nguyen,
        your Recruiting Coordinator.

        Cobalt Harbor Recruiting
        Seattle, WA
        """)
    hbody = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#1d2433">
        <h3 style="margin:0 0 12px">Your interview has been rescheduled</h3>
        <p>Hi Daniela,</p>
        <p>Your <b>Virtual Onsite</b> with Cobalt Harbor has been rescheduled. Please see the updated details below.</p>
        <div style="border:1px solid #dfe3eb;border-radius:6px;padding:12px">
        <p style="margin:0"><b>UPDATED: Wednesday, December 9, 2026</b><br>8:00 AM - 9:30 AM PST (Pacific Time)<br>
        <span style="color:#6b7280">Your time zone: 12:00 PM - 1:30 PM (GMT-04:00) Bolivia Time</span></p>
        <p style="margin:8px 0 0;color:#9ca3af"><s>Monday, December 7, 2026, 10:00 AM - 11:30 AM PST</s></p>
        </div>
        <table style="font-size:14px;margin-top:12px">
        <tr><td>8:00 - 8:45 AM</td><td>System Design with Kenji Mori</td></tr>
        <tr><td>8:45 - 9:30 AM</td><td>Values &amp; Collaboration with Rachel Adler</td></tr>
        </table>
        <p>Video: <a href="https://cobaltharbor.zoom.us/j/95521847760">cobaltharbor.zoom.us/j/95521847760</a></p>
        <p>If you need to make further changes, reply to this email to reach Alyssa Nguyen, your Recruiting Coordinator.</p>
        <p>Cobalt Harbor Recruiting<br>Seattle, WA</p>
        <p style="font-size:11px;color:#9ca3af">Scheduled with GoodTime</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//GoodTime.io//Interview Scheduler//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gt-8c1f5a2e-63b9-4d70-9e4a-cobaltharbor
        SEQUENCE:1
        DTSTAMP:20261203T183015Z
        DTSTART:20261209T160000Z
        DTEND:20261209T173000Z
        SUMMARY:Cobalt Harbor Virtual Onsite - Daniela Rojas
        LOCATION:https://cobaltharbor.zoom.us/j/95521847760
        ORGANIZER;CN=Alyssa Nguyen:mailto:alyssa.nguyen@cobaltharbor.com
        ATTENDEE;CN=Daniela Rojas;RSVP=TRUE:mailto:daniela.rojas@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads(addr("Cobalt Harbor Recruiting", "scheduling@goodtime.io"),
               "Rescheduled: Cobalt Harbor Virtual Onsite - Wednesday, December 9",
               "2026-12-03 10:30", LAX, "<gt.20261203183012.8c1f5a2e@goodtime.io>",
               mx="o2.sg.goodtime.io (o2.sg.goodtime.io [149.72.33.120])", ident="Hn6Vc2Lx9Ks",
               extra=[("Reply-To", addr("Alyssa Nguyen", "alyssa.nguyen@cobaltharbor.com"))])
    return message(hs, mixed(alt(text(body), html(hbody)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(N(21), family="exchange_outlook", lang="en", interview=True, kind="cancelled",
      start=utc("2026-11-24 10:00", NYC), end=utc("2026-11-24 11:00", NYC),
      local="Tue 2026-11-24 10:00", local_end="2026-11-24 11:00", zone=NYC,
      contact="sophie.lavoie@mapleridgecap.ca", company="Maple Ridge Capital",
      note="Exchange METHOD:CANCEL from a Toronto employer: cancelled slot Tue 24 Nov 10:00-11:00 "
           "(UTC-05:00) Eastern Time, TZID 'Eastern Standard Time', EST -> 15:00Z-16:00Z. No new "
           "time ('I'll reach out'). Contact = organizer.")
def p21() -> bytes:
    body = t("""
        When: Tuesday, November 24, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Daniela,

        I'm very sorry to do this on short notice: our hiring manager has been pulled into an
        urgent regulatory review this week, so I have to cancel Tuesday's interview. I'll reach
        out with new times as soon as his calendar clears up.

        Apologies again,
        Sophie

        Sophie Lavoie
        Senior Talent Acquisition Partner
        Maple Ridge Capital | 100 King St W, Toronto, ON
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:CANCEL\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" \
          + VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Sophie Lavoie:mailto:sophie.lavoie@mapleridgecap.ca
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniela Rojas:mailto:daniela.rojas@example.org
        DESCRIPTION;LANGUAGE=en-US:Hi Daniela\\,\\n\\nI'm very sorry to do this on short notice...\\n
        UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DA01000000000000000010000000C0FFEE1234567890ABCDEF0123456789
        SUMMARY;LANGUAGE=en-US:Canceled: Interview - Daniela Rojas / Senior Backend Developer
        DTSTART;TZID=Eastern Standard Time:20261124T100000
        DTEND;TZID=Eastern Standard Time:20261124T110000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261119T213500Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:2
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads(addr("Sophie Lavoie", "sophie.lavoie@mapleridgecap.ca"),
               "Canceled: Interview - Daniela Rojas / Senior Backend Developer",
               "2026-11-19 16:35", NYC, "<YT3PR01MB9183A7C2E1F04B5D6E7F8091A2B3C4D5@YT3PR01MB9183.CANPRD01.PROD.OUTLOOK.COM>",
               mx="CAN01-YT3-obe.outbound.protection.outlook.com (mail-yt3can01on2102.outbound.protection.outlook.com [40.107.115.102])",
               ident="Rk2Fy6Pm3Wn",
               extra=[("Thread-Topic", "Interview - Daniela Rojas / Senior Backend Developer"),
                      ("Importance", "high"), ("Content-Language", "en-US")])
    return message(hs, alt(text(body), html(gmail_html(body).replace('<div dir="ltr">', '<div class="WordSection1">')),
                           calendar(ics, method="CANCEL", cte="base64")))


@mail(N(22), family="human_prose", lang="es", interview=True, kind="cancelled",
      start=utc("2026-09-24 11:00", LPZ), end=None, local="Thu 2026-09-24 11:00", zone=LPZ,
      contact="natalia.mamani@chacaltaya.bo", company="Chacaltaya Fintech",
      note="Recruiter prose sent Wed 23 Sep 08:40: cancels 'la entrevista de mañana jueves a las "
           "11:00' (Thu 24 Sep, La Paz UTC-4 -> 15:00Z) and only PROPOSES martes 29 a la misma hora "
           "(not confirmed) -> kind cancelled, start = the cancelled slot.",
      days=(("Tue", "2026-09-29"),))
def p22() -> bytes:
    body = t("""
        Hola Daniela, buen día

        Mil disculpas, pero tenemos que cancelar la entrevista de mañana jueves a las 11:00. Nuestro
        CTO tuvo que viajar de emergencia a Santa Cruz y no vuelve hasta el lunes.

        ¿Te vendría bien el martes 29 a la misma hora? Apenas me respondas te mando la nueva
        invitación. Si no te sirve, dime qué horarios tienes libres esa semana.

        Otra vez, disculpa el cambio.

        Natalia Mamani
        Gestión de Talento - Chacaltaya Fintech
        La Paz - Bolivia
        """)
    hs = heads(addr("Natalia Mamani", "natalia.mamani@chacaltaya.bo"),
               "Entrevista de mañana - cancelada",
               "2026-09-23 08:40", LPZ, "<CAK2nM4mAnI7xPq9rT0uV5wY8zA1bC3dE6fG@mail.gmail.com>",
               mx="mail-ej1-f47.google.com (mail-ej1-f47.google.com [209.85.218.47])", ident="Dx5Pw8Kq2Lr")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(N(23), family="ashby", lang="en", interview=True, kind="cancelled",
      start=utc("2026-10-09 09:00", DEN), end=utc("2026-10-09 10:00", DEN),
      local="Fri 2026-10-09 09:00", local_end="2026-10-09 10:00", zone=DEN,
      contact="marcus.hale@quarrysystems.io", company="Quarry Systems",
      note="Ashby cancellation (role on hold, no new time): Friday, October 9, 9:00-10:00 AM MDT "
           "(Denver, UTC-6 in October) -> 15:00Z-16:00Z; ICS METHOD:CANCEL in UTC. Contact = "
           "Reply-To recruiter.")
def p23() -> bytes:
    body = t("""
        Hi Daniela,

        Unfortunately we need to cancel your upcoming interview:

        Platform Engineering Interview
        Friday, October 9, 2026, 9:00 AM - 10:00 AM MDT

        The Senior Backend Engineer (Payments) role has been put on hold while we finalize our
        2027 headcount plan. We're sorry for the inconvenience and will reach out if the position
        reopens.

        If you have questions, just reply and it will reach Marcus Hale.

        Thanks,
        Quarry Systems Recruiting
        """)
    hbody = "<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n")) + "</body></html>\n"
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:ashby-3e7d91c2-5a40-4f8b-b2e6-quarry
        DTSTAMP:20261006T204411Z
        DTSTART:20261009T150000Z
        DTEND:20261009T160000Z
        SEQUENCE:1
        SUMMARY:Quarry Systems - Platform Engineering Interview (Daniela Rojas)
        ORGANIZER;CN=Marcus Hale:mailto:marcus.hale@quarrysystems.io
        ATTENDEE;CN=Daniela Rojas:mailto:daniela.rojas@example.org
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads(addr("Quarry Systems", "no-reply@ashbyhq.com"),
               "Interview cancelled: Senior Backend Engineer (Payments) at Quarry Systems",
               "2026-10-06 14:44", DEN, "<010001995c3e7d91-c25a40f8-quarry-000000@email.amazonses.com>",
               mx="a8-33.smtp-out.amazonses.com (a8-33.smtp-out.amazonses.com [54.240.8.33])", ident="Yt9Bn3Cv6Hm",
               extra=[("Reply-To", addr("Marcus Hale", "marcus.hale@quarrysystems.io"))])
    return message(hs, mixed(alt(text(body, cte="base64"), html(hbody, cte="base64")),
                             calendar(ics, method="CANCEL", cte="base64", filename="cancel.ics",
                                      disposition="attachment")))


# =========================================================================== negatives (keys 24-50)


@mail(N(24), family="rejection", lang="en", interview=False, company="Northstar Card Services",
      note="Taleo rejection after a screen; mentions the past interview, no upcoming time.")
def n24() -> bytes:
    body = t("""
        Dear Daniela,

        Thank you for your interest in the Senior Software Engineer - Card Authorization position
        (Requisition ID 260011842) and for taking the time to interview with our team last week.

        After careful consideration, we have decided to move forward with other candidates whose
        experience more closely matches the current needs of the role.

        We will keep your profile in our talent community and encourage you to apply for future
        openings that match your skills.

        We wish you every success in your job search.

        Sincerely,
        Northstar Card Services Talent Acquisition

        Please do not reply to this message. This mailbox is not monitored.
        """)
    hbody = "<html><body style=\"font-family:Tahoma,sans-serif;font-size:12px\">" + "".join(
        f"<p>{p.replace(chr(10), ' ')}</p>\n" for p in body.split("\n\n")) + "</body></html>\n"
    hs = heads(addr("Northstar Card Services", "noreply@taleo.net"),
               "Your application for Senior Software Engineer - Card Authorization",
               "2026-10-02 11:47", CHI, "<1622194.5521.1790959620118.JavaMail.taleo@phx-tlo-mail04>",
               mx="phx-tlo-mail04.taleo.net (phx-tlo-mail04.taleo.net [160.34.6.104])", ident="Ja4Kd7Sx1Vc")
    return message(hs, alt(text(body, cte="7bit"), html(hbody, cte="7bit")))


@mail(N(25), family="offer", lang="es", interview=False, company="Quipu Pagos",
      note="Offer from Quipu Pagos (same thread as the 17 Sep interview): fixed first-day time and a "
           "reply deadline, but no interview.",
      days=(("Mon", "2027-01-04"), ("Fri", "2026-10-02")))
def n25() -> bytes:
    body = t("""
        Hola Daniela:

        ¡Qué alegría escribirte este correo! Después de las entrevistas con Javier y el equipo,
        queremos ofrecerte el puesto de Desarrolladora Backend Senior en Quipu Pagos.

        Resumen de la propuesta (el detalle va en la carta adjunta):
        - Salario: Bs 14.500 brutos mensuales + bono anual por desempeño
        - Seguro de salud privado para ti y tu familia
        - Modalidad híbrida: martes y jueves en la oficina de la Av. América
        - Fecha de ingreso propuesta: lunes 4 de enero de 2027, a las 8:30 (inducción con Talento
          Humano)

        Te pido que nos confirmes hasta el viernes 2 de octubre. Si quieres conversar sobre algún
        punto de la oferta, me escribes y buscamos un momento.

        Un abrazo,
        Gabriela Méndez
        Talento Humano | Quipu Pagos
        """)
    hs = heads(addr("Gabriela Méndez", "gabriela.mendez@quipupagos.com.bo"),
               "Propuesta laboral - Quipu Pagos",
               "2026-09-28 18:05", LPZ, "<CAF3k9vRq7Of3Rt4aZr0uY+9xw@mail.gmail.com>",
               mx="mail-yb1-f171.google.com (mail-yb1-f171.google.com [209.85.219.171])", ident="Oq8Lf2Nd5Wx")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(N(26), family="application_ack", lang="es", interview=False, company="Chiquitano Tech",
      note="softgarden application receipt; 'si tu perfil encaja te invitaremos a una entrevista' is "
           "hypothetical.")
def n26() -> bytes:
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hola Daniela Rojas:</p>
        <p>Muchas gracias por tu postulación como <b>Ingeniera/o de Software Backend (Node.js) - Santa Cruz / remoto</b>.</p>
        <p>Hemos recibido tus documentos correctamente. Nuestro equipo los revisará en los próximos
        10 días hábiles. Si tu perfil encaja con lo que buscamos, te invitaremos a una primera
        entrevista y te propondremos fechas.</p>
        <p>Puedes consultar el estado de tu postulación en cualquier momento en tu
        <a href="https://chiquitanotech.softgarden.io/es/applicant/login">cuenta de candidata</a>.</p>
        <p>Saludos cordiales,<br>Tu equipo de Recursos Humanos de Chiquitano Tech</p>
        <p style="font-size:11px;color:#999">Este es un correo automático, por favor no respondas.
        Chiquitano Tech S.R.L. · Av. San Martín 1800, Equipetrol, Santa Cruz de la Sierra</p>
        </body></html>
        """)
    hs = heads(addr("Chiquitano Tech", "noreply@softgarden.io"),
               "Confirmación de recepción de tu postulación",
               "2026-09-03 14:21", LPZ, "<sg.1788459660.82215.chiquitano@softgarden.io>",
               mx="mail1.softgarden.io (mail1.softgarden.io [185.39.216.21])", ident="Ux1Mc5Gh8Tb",
               extra=[("Auto-Submitted", "auto-generated")])
    return message(hs, html(hbody, charset="iso-8859-1"))


@mail(N(27), family="job_alert", lang="es", interview=False, company=None,
      note="JOIN job alert digest; 'entrevistas esta semana' badges are not confirmations.")
def n27() -> bytes:
    body = t("""
        Hola Daniela,

        Encontramos 4 nuevos empleos que coinciden con tu alerta "Backend Developer - Bolivia / Remoto":

        1. Backend Engineer (Go) - Tarija Pagos - Remoto
           Publicado hace 2 días · Entrevistando esta semana
        2. Desarrollador/a Python Sr. - Kallpa Seguros - La Paz
           Publicado hace 3 días
        3. Software Engineer, Payments - Rumba Wallet - Lima (híbrido)
           Publicado hoy · Proceso rápido: entrevista en 48 h
        4. Ingeniera de Datos - Andes Retail - Santa Cruz
           Publicado hace 5 días

        Ver todos los empleos: https://join.com/alerts/8812034

        Puedes cambiar la frecuencia de esta alerta o darte de baja aquí:
        https://join.com/alerts/8812034/settings

        JOIN Solutions AG
        """)
    hs = heads(addr("JOIN", "jobalert@join.com"),
               "4 nuevos empleos para \"Backend Developer - Bolivia / Remoto\"",
               "2026-10-12 07:00", "Europe/Zurich", "<20261012050000.8812034.alert@join.com>",
               mx="mail-out3.join.com (mail-out3.join.com [185.70.40.3])", ident="Nf3Zq6Wb9Pc",
               extra=[("List-Unsubscribe", "<https://join.com/alerts/8812034/unsubscribe>"),
                      ("Precedence", "bulk")])
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(28), family="newsletter_tips", lang="es", interview=False, company=None,
      note="Dev-community newsletter about technical interviews, announces a live stream with a "
           "fixed time; nothing for Daniela to attend as a candidate.",
      days=(("Thu", "2026-10-15"),))
def n28() -> bytes:
    hbody = t("""
        <html><body style="font-family:Georgia,serif;font-size:16px;color:#222;max-width:620px;margin:auto">
        <h1 style="font-size:24px">Código Andino · Boletín #87</h1>
        <h2>Cómo responder "cuéntame de ti" en una entrevista técnica (sin aburrir a nadie)</h2>
        <p>La primera pregunta de casi toda entrevista parece fácil y es donde más candidatas se pierden.
        Esta semana te compartimos una estructura de tres partes: presente, un logro concreto y por qué
        este puesto.</p>
        <h3>También en este número</h3>
        <ul>
        <li>Diseño de sistemas para pagos: idempotencia explicada con un ejemplo de QR</li>
        <li>Salarios tech en Bolivia 2026: resultados de la encuesta</li>
        <li>Live: "Simulamos una entrevista técnica en vivo", el jueves 15 de octubre a las 19:00 (hora de Bolivia) en nuestro canal</li>
        </ul>
        <p><a href="https://codigoandino.example.com/boletin/87">Leer en la web</a></p>
        <p style="font-size:12px;color:#777">Recibes este correo porque te suscribiste a Código Andino.
        <a href="https://codigoandino.example.com/baja">Darte de baja</a></p>
        </body></html>
        """)
    hs = heads(addr("Código Andino", "boletin@codigoandino.example.com"),
               "Boletín #87: cómo responder \"cuéntame de ti\" en una entrevista técnica",
               "2026-10-09 08:00", LPZ, "<20261009120000.87.boletin@codigoandino.example.com>",
               mx="mail.sendinblue-out.example.net (mail.sendinblue-out.example.net [185.41.28.10])",
               ident="Ew7Rv1Km4Sd",
               extra=[("List-Unsubscribe", "<https://codigoandino.example.com/baja>"),
                      ("List-Id", "Boletin Codigo Andino <boletin.codigoandino.example.com>")])
    return message(hs, html(hbody))


@mail(N(29), family="scheduling_link", lang="en", interview=False, company="Pinecrest Fintech",
      note="Recruiter asks Daniela to pick a 30-minute slot via a Calendly link; nothing booked.")
def n29() -> bytes:
    body = t("""
        Hi Daniela,

        Thanks for applying to the Backend Engineer (LATAM Remote) role at Pinecrest Fintech!
        I'd love to set up a 30-minute intro call with you next week.

        Please grab whatever time works best for you here:
        https://calendly.com/pinecrest-jess/30min-intro

        The calendar shows slots in your own time zone, so no math required. If none of them
        work, just reply with a few windows and I'll make it happen.

        Best,
        Jessica Moreno
        Recruiter, Pinecrest Fintech (Austin, TX)
        """)
    hs = heads(addr("Jessica Moreno", "jessica.moreno@pinecrestfintech.com"),
               "Next steps - Backend Engineer (LATAM Remote)",
               "2026-09-17 13:12", CHI, "<CAL4pInE6cR3sT9xQ2vW8yZ1aB5cD7eF0gH@mail.gmail.com>",
               mx="mail-il1-f176.google.com (mail-il1-f176.google.com [209.85.166.176])", ident="Qr6Tn2Bx8Mk")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(30), family="recruiter_outreach", lang="es", interview=False, company="Andes Remesas",
      note="Cold outreach from a Lima employer asking for 15 minutes 'esta semana'; no time fixed.")
def n30() -> bytes:
    body = t("""
        Hola Daniela, ¿qué tal?

        Soy Diego Paredes, Engineering Manager en Andes Remesas (Lima). Vi tu charla sobre
        conciliación de pagos en la Python Bolivia del año pasado y me pareció muy buena.

        Estamos armando un equipo nuevo para la plataforma de remesas Bolivia-Perú y creo que tu
        experiencia encajaría muy bien. El puesto es 100 % remoto.

        ¿Tendrías 15 o 20 minutos esta semana o la próxima para una llamada informal? Dime qué
        días y horarios te acomodan y me adapto (estoy una hora detrás de ti).

        Un saludo,
        Diego Paredes
        Engineering Manager · Andes Remesas
        """)
    hs = heads(addr("Diego Paredes", "diego.paredes@andesremesas.pe"),
               "Equipo nuevo de remesas Bolivia-Perú",
               "2026-11-03 17:48", LIM, "<CAPd1eG0pR3d3s7xYzQ9wV2uT5sR8qP1oN4m@mail.gmail.com>",
               mx="mail-vs1-f45.google.com (mail-vs1-f45.google.com [209.85.217.45])", ident="Lp9Wd3Ry6Cv")
    return message(hs, text(body, cte="quoted-printable"))


@mail(N(31), family="proposed_not_confirmed", lang="es", interview=False, company="Sajama Software",
      note="Recruiter proposes two options (martes 20 a las 10:00 o miércoles 21 a las 15:00) and "
           "asks which one suits; nothing confirmed yet.",
      days=(("Tue", "2026-10-20"), ("Wed", "2026-10-21")))
def n31() -> bytes:
    body = t("""
        Hola Daniela,

        ¡Gracias por tu paciencia! El equipo revisó tu prueba técnica y nos encantaría avanzar a
        la entrevista con nuestro líder de arquitectura.

        Te propongo dos opciones:
          - martes 20 de octubre a las 10:00
          - miércoles 21 de octubre a las 15:00
        (hora de Bolivia, por Google Meet)

        ¿Cuál te queda mejor? Apenas me confirmes te mando la invitación de calendario.

        Saludos,
        Ximena Gutiérrez
        Selección de Personal · Sajama Software · La Paz
        """)
    hs = heads(addr("Ximena Gutiérrez", "ximena.gutierrez@sajamasoft.com"),
               "Siguiente etapa - entrevista de arquitectura",
               "2026-10-14 12:10", LPZ, "<CAXg7uT1errZ3zSa4jaMa9sOfT2wA5rE8@mail.gmail.com>",
               mx="mail-lf1-f41.google.com (mail-lf1-f41.google.com [209.85.167.41])", ident="Tg5Xc9Vb2Nz")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(32), family="non_interview_calendar", lang="es", interview=False, company=None,
      note="Medical appointment confirmation (clinic, ICS attached): fixed time, not an interview.",
      days=(("Thu", "2026-10-08"),))
def n32() -> bytes:
    body = t("""
        Estimada paciente DANIELA ROJAS:

        Le confirmamos su cita:

        Especialidad: Dermatología
        Profesional:  Dra. Elena Villarroel
        Fecha:        jueves 08/10/2026
        Hora:         17:30
        Lugar:        Clínica Los Olivos, Av. Santa Cruz 1280, consultorio 14

        Por favor preséntese 15 minutos antes con su carnet de identidad y su tarjeta de seguro.
        Para cancelar o reprogramar llame al 4 4289900 con al menos 24 horas de anticipación.

        Clínica Los Olivos - Cochabamba
        Este es un mensaje automático.
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Clinica Los Olivos//Agenda//ES\nMETHOD:PUBLISH\n" \
          + VTZ_LPZ + "\n" + t("""
        BEGIN:VEVENT
        UID:cita-551802-20261008@clinicalosolivos.example.com
        DTSTAMP:20261001T130000Z
        DTSTART;TZID=America/La_Paz:20261008T173000
        DTEND;TZID=America/La_Paz:20261008T180000
        SUMMARY:Cita Dermatología - Dra. Elena Villarroel
        LOCATION:Clínica Los Olivos\\, Av. Santa Cruz 1280\\, consultorio 14
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads(addr("Clínica Los Olivos", "citas@clinicalosolivos.example.com"),
               "Confirmación de cita - Dermatología - 08/10/2026 17:30",
               "2026-10-01 09:00", LPZ, "<cita.551802.20261001@clinicalosolivos.example.com>",
               mx="smtp.clinicalosolivos.example.com (smtp.clinicalosolivos.example.com [200.87.12.45])",
               ident="Kb3Md8Fq1Hw", charset="iso-8859-1")
    return message(hs, mixed(text(body, charset="iso-8859-1"),
                             calendar(ics, method="PUBLISH", cte="quoted-printable", filename="cita.ics",
                                      disposition="attachment")))


@mail(N(33), family="non_interview_calendar", lang="es", interview=False, company=None,
      note="Google Calendar invite from Daniela's manager at her current job (Yapita Pagos) for the "
           "team's year-end lunch: fixed time, not an interview.",
      days=(("Fri", "2026-12-11"),))
def n33() -> bytes:
    body = t("""
        Hernán Claros te ha invitado a un evento

        Almuerzo de fin de año - equipo Backend 🎉
        Cuándo: viernes, 11 de diciembre de 2026 · 13:00 – 15:30
        Zona horaria: Hora de Bolivia - La Paz
        Dónde: Restaurante La Estancia, Av. Pando 1250
        Invitados:
        Hernán Claros - organizador
        Daniela Rojas
        Equipo Backend Yapita

        Cada uno paga lo suyo, la empresa invita el postre :) Confirmen para la reserva.

        ¿Vas a asistir? Sí - Quizás - No

        Invitación de Google Calendar
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n" \
          "CALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + VTZ_LPZ + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/La_Paz:20261211T130000
        DTEND;TZID=America/La_Paz:20261211T153000
        DTSTAMP:20261202T140512Z
        ORGANIZER;CN=Hernán Claros:mailto:hernan.claros@yapita.com.bo
        UID:2b8d4f6h1j3l5n7p9r0t@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniela Rojas:mailto:daniela.rojas@yapita.com.bo
        ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Equipo Backend Yapita:mailto:backend@yapita.com.bo
        LOCATION:Restaurante La Estancia\\, Av. Pando 1250
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Almuerzo de fin de año - equipo Backend 🎉
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads(addr("Hernán Claros", "hernan.claros@yapita.com.bo"),
               "Invitación: Almuerzo de fin de año - equipo Backend 🎉 @ vie 11 dic 2026 13:00 - 15:30 "
               "(GMT-4) (daniela.rojas@yapita.com.bo)",
               "2026-12-02 10:05", LPZ, "<calendar-7d2e9f41-88a0-4c3b-9e15-b6a4c2d1f0e7@google.com>",
               mx="mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])", ident="Zc2Vb6Nm9Qa",
               to=addr(ME_NAME, "daniela.rojas@yapita.com.bo"),
               extra=[("Sender", "Google Calendar <calendar-notification@google.com>"),
                      ("X-Forwarded-To", ME), ("X-Forwarded-For", f"daniela.rojas@yapita.com.bo {ME}")])
    return message(hs, alt(text(body), html(gmail_html(body)), calendar(ics, cte="quoted-printable")))


@mail(N(34), family="marketing_webinar", lang="en", interview=False, company=None,
      note="Zoom webinar registration confirmation ('Cracking the System Design Interview'): fixed "
           "time, but a webinar, not a job interview.",
      days=(("Thu", "2026-10-22"),))
def n34() -> bytes:
    body = t("""
        Hi Daniela,

        Thank you for registering for "Live Workshop: Cracking the System Design Interview for
        Fintech Roles".

        Date & Time: Oct 22, 2026 06:00 PM Eastern Time (US and Canada)

        Join from PC, Mac, Linux, iOS or Android:
        https://us06web.zoom.us/w/88103349512?tk=a8Xq2mR7

        Webinar ID: 881 0334 9512

        Add to Calendar: https://us06web.zoom.us/webinar/tZ0kdeCpqz8/ics
        You can cancel your registration at any time.

        Hosted by InterviewForge - helping engineers land their next role.
        """)
    hs = heads(addr("InterviewForge Events", "no-reply@zoom.us"),
               "Live Workshop: Cracking the System Design Interview for Fintech Roles Confirmation",
               "2026-10-16 19:41", NYC, "<zoom.webinar.88103349512.reg.9a7c2e@zoom.us>",
               mx="zoom-mail-sender-sj.zoom.us (zoom-mail-sender-sj.zoom.us [170.114.10.77])", ident="Aq8Sm3Xv7Dr",
               extra=[("Reply-To", "events@interviewforge.example.com")])
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(35), family="mock_interview", lang="es", interview=False, company=None,
      note="Career coach confirms a paid mock technical interview ('simulacro de entrevista'): fixed "
           "time, not a job interview.",
      days=(("Sat", "2026-11-14"),))
def n35() -> bytes:
    body = t("""
        Hola Daniela,

        ¡Listo! Te confirmo nuestra sesión de simulacro de entrevista técnica:

        sábado 14 de noviembre, de 10:00 a 11:30 (hora de Bolivia), por Zoom.
        https://us02web.zoom.us/j/73355120944

        Vamos a hacer una entrevista como si fuera real (30 min de diseño de sistemas + 30 de
        conducta) y después te doy feedback detallado. Ten a mano el CV y la oferta de Lapacho que
        me comentaste, así practicamos con esa descripción.

        El pago de la sesión (Bs 250) puedes hacerlo por QR hasta el viernes.

        Un abrazo,
        Carolina Zurita
        Coach de carrera tech · carolinazurita.example.com
        """)
    hs = heads(addr("Carolina Zurita", "carolina@carolinazurita.example.com"),
               "Confirmado: simulacro de entrevista - sábado 14/11",
               "2026-11-10 20:15", LPZ, "<a1b2c3d4-e5f6-4789-8abc-def012345678@carolinazurita.example.com>",
               mx="smtp.zoho.com (sender4-op-o12.zoho.com [136.143.188.12])", ident="Hd2Wf5Pk8Lm")
    return message(hs, text(body, cte="8bit"))


@mail(N(36), family="auto_reply", lang="es", interview=False, company="Ceibo Finanzas",
      note="Out-of-office auto reply from the Ceibo recruiter to Daniela's thank-you note; quotes "
           "the past interview, nothing new fixed.",
      days=(("Mon", "2026-10-05"),))
def n36() -> bytes:
    body = t("""
        Hola, gracias por tu mensaje.

        Estoy de vacaciones hasta el lunes 5 de octubre inclusive, con acceso limitado al correo.
        Para temas urgentes de procesos de selección escribí a people@ceibofinanzas.com.ar.

        Lucía Ferreyra
        People Team - Ceibo Finanzas
        """)
    hs = heads(addr("Lucía Ferreyra", "lucia.ferreyra@ceibofinanzas.com.ar"),
               "Respuesta automática: Gracias por la entrevista de hoy",
               "2026-09-24 13:02", BUE, "<AM0PR02MB5581C0E1D2F3A4B5C6D7E8F9@AM0PR02MB5581.eurprd02.prod.outlook.com>",
               mx="mail-dm3nam02on2100.outbound.protection.outlook.com (mail-dm3nam02on2100.outbound.protection.outlook.com [40.107.95.100])",
               ident="Cv4Bn8Mx2Qs",
               extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                      ("In-Reply-To", "<CAB1dR0gr4c1asC3ib0@mail.gmail.com>")])
    return message(hs, text(body, charset="iso-8859-1"))


@mail(N(37), family="bounce", lang="es", interview=False, company=None,
      note="Delivery failure for Daniela's own reply to Lapacho (typo in the domain); the returned "
           "message quotes 'jueves 3 de diciembre a las 10:00' but the bounce confirms nothing.",
      days=(("Thu", "2026-12-03"),))
def n37() -> bytes:
    report = t("""
        ** No se ha encontrado la dirección **

        Tu mensaje no se ha entregado a tomas.benitez@lapacho.tec porque no se ha encontrado el
        dominio lapacho.tec. Comprueba si hay errores tipográficos o espacios innecesarios e
        inténtalo de nuevo.

        La respuesta del servidor remoto ha sido:
        DNS Error: DNS type 'mx' lookup of lapacho.tec responded with code NXDOMAIN
        Domain name not found: lapacho.tec
        """)
    status = t("""
        Reporting-MTA: dns; googlemail.com
        Arrival-Date: Sat, 28 Nov 2026 09:12:40 -0800 (PST)

        Final-Recipient: rfc822; tomas.benitez@lapacho.tec
        Action: failed
        Status: 5.1.2
        Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of lapacho.tec responded with code NXDOMAIN
        """)
    orig_body = t("""
        Hola Tomás,

        Muchas gracias. Confirmo la entrevista del jueves 3 de diciembre a las 10:00 (hora de
        Buenos Aires). Quedo atenta a la invitación de Meet.

        Saludos,
        Daniela Rojas
        """)
    orig = message([("From", TO), ("To", addr("Tomás Benítez", "tomas.benitez@lapacho.tec")),
                    ("Subject", enc("Re: Tu entrevista con Lapacho Tech - Senior Backend Engineer - Open Banking")),
                    ("Date", date("2026-11-28 13:12", LPZ)),
                    ("Message-ID", "<CAB1dR0c0nf1rm0LpCh@mail.gmail.com>")],
                   text(body=orig_body, cte="quoted-printable"))
    dsn = Part([("Content-Type", "message/delivery-status")], status.replace("\n", "\r\n").encode())
    hs = heads(addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
               "Delivery Status Notification (Failure)",
               "2026-11-28 13:12", LPZ, "<6a1f0c2b.050a0220.3e8d1.9f2eSMTPIN_ADDED_MISSING@mx.google.com>",
               mx="mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", ident="Ry7Kp1Wc5Nx",
               lag=6, extra=[("Auto-Submitted", "auto-replied")])
    return message(hs, multipart("report", text(report), dsn, attached_message(orig),
                                 params="report-type=delivery-status"))


@mail(N(38), family="mailing_list", lang="es", interview=False, company=None,
      note="Google Groups meetup announcement (talk about technical interviews), fixed time; a "
           "community event, not an interview.",
      days=(("Thu", "2026-11-19"),))
def n38() -> bytes:
    body = t("""
        ¡Hola comunidad!

        Nuestro meetup de noviembre es el jueves 19 a las 19:00 en el auditorio de Coworking
        Kúmara (calle España 0250). Agenda:

        19:00  Bienvenida y networking (hay api con pastel 🙌)
        19:20  "Entrevistas técnicas: lo que aprendí entrevistando a 200 devs" - Luis Ayala
        20:00  Lightning talks (¡todavía hay 2 cupos!)

        Inscripción gratuita: https://pythoncbba.example.org/meetup/noviembre-2026

        Nos vemos,
        Equipo Python Cochabamba

        --
        Recibiste este mensaje porque estás suscrito al grupo "Python Cochabamba" de Grupos de Google.
        Para anular la suscripción a este grupo y dejar de recibir sus mensajes, envía un correo
        electrónico a python-cbba+unsubscribe@googlegroups.com.
        """)
    hs = heads(addr("Luis Ayala", "luis.ayala.dev@example.com"),
               "[python-cbba] Meetup de noviembre - jueves 19, entrevistas técnicas y lightning talks",
               "2026-11-12 21:30", LPZ, "<8f3e2a1b-6c5d-4e7f-9a0b-1c2d3e4f5a6b@googlegroups.com>",
               mx="mail-yw1-x1137.google.com (mail-yw1-x1137.google.com [2607:f8b0:4864:20::1137])",
               ident="Ux6Ph2Cv9Bf",
               to="Python Cochabamba <python-cbba@googlegroups.com>",
               extra=[("Reply-To", "python-cbba@googlegroups.com"),
                      ("Mailing-list", "list python-cbba@googlegroups.com; contact python-cbba+owners@googlegroups.com"),
                      ("List-ID", "<python-cbba.googlegroups.com>"),
                      ("List-Unsubscribe", "<mailto:python-cbba+unsubscribe@googlegroups.com>"),
                      ("Precedence", "list")])
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(39), family="job_centre", lang="es", interview=False, company=None,
      note="Municipal job-centre appointment ('entrevista de registro y orientación laboral') with a "
           "fixed time; a public employment service, not a job interview with an employer.",
      days=(("Tue", "2026-10-06"),))
def n39() -> bytes:
    body = t("""
        BOLSA MUNICIPAL DE EMPLEO - COCHABAMBA
        Unidad de Intermediación Laboral

        Sra. DANIELA ROJAS
        C.I. 6XXXXXX CB

        Su turno ha sido registrado:

        Trámite: Entrevista de registro y orientación laboral
        Fecha:   martes, 6 de octubre de 2026
        Hora:    09:00
        Lugar:   Plaza 14 de Septiembre, edificio municipal, planta baja, ventanilla 4

        Requisitos: cédula de identidad vigente, hoja de vida impresa y fotocopia de título
        profesional.

        En caso de no poder asistir, puede reprogramar su turno en el portal hasta 24 horas antes.

        Este es un mensaje generado automáticamente, por favor no responda.
        """)
    hs = heads(addr("Bolsa Municipal de Empleo", "turnos@bolsaempleo-cbba.example.org"),
               "Turno confirmado - Entrevista de registro y orientación laboral",
               "2026-09-30 15:44", LPZ, "<turno.20260930.004418@bolsaempleo-cbba.example.org>",
               mx="correo.bolsaempleo-cbba.example.org (correo.bolsaempleo-cbba.example.org [200.58.80.14])",
               ident="Tb1Nv4Xz8Qm", charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@mail(N(40), family="admission_interview", lang="es", interview=False, company=None,
      note="MBA admission interview at a business school: fixed time, but an academic admission "
           "interview, not a job interview.",
      days=(("Thu", "2026-11-26"),))
def n40() -> bytes:
    hbody = t("""
        <html><body style="font-family:Calibri,Arial,sans-serif;font-size:15px">
        <p>Estimada postulante Daniela Rojas:</p>
        <p>La Escuela de Posgrado de la <b>Universidad Andina de Negocios</b> tiene el agrado de
        comunicarle que su expediente para el <b>MBA Ejecutivo en Finanzas y Tecnología (gestión 2027)</b>
        ha sido preseleccionado.</p>
        <p>Su <b>entrevista de admisión</b> con el Comité Académico quedó programada para el
        <b>jueves 26 de noviembre a las 18:30</b> (hora de Bolivia), vía Zoom:
        <a href="https://uan-edu.zoom.us/j/66120934418">https://uan-edu.zoom.us/j/66120934418</a></p>
        <p>La entrevista tendrá una duración de 20 minutos. Le sugerimos conectarse cinco minutos antes.</p>
        <p>Atentamente,<br>Oficina de Admisiones<br>Escuela de Posgrado · Universidad Andina de Negocios</p>
        </body></html>
        """)
    hs = heads(addr("Admisiones Posgrado UAN", "admisiones.posgrado@uan-edu.example.org"),
               "Entrevista de admisión - MBA Ejecutivo 2027",
               "2026-11-19 11:20", LPZ, "<DM6PR04MB7112B1C2D3E4F5A6B7C8D9E0@DM6PR04MB7112.namprd04.prod.outlook.com>",
               mx="mail-bn7nam10on2051.outbound.protection.outlook.com (mail-bn7nam10on2051.outbound.protection.outlook.com [40.107.92.51])",
               ident="Wm9Cq3Lx6Gd")
    return message(hs, html(hbody, cte="base64"))


@mail(N(41), family="sports_tryout", lang="es", interview=False, company=None,
      note="Volleyball club try-out ('pruebas') with a fixed time; not a job interview.",
      days=(("Sat", "2026-09-12"),))
def n41() -> bytes:
    body = t("""
        Hola Dani!!

        Te confirmo que estás anotada para las pruebas del equipo de vóley femenino (categoría
        libre). Son este sábado 12 de septiembre a las 9:00 en el Coliseo de la Coronilla,
        cancha 2. Lleva ropa deportiva, rodilleras y agua. Dura toda la mañana más o menos.

        Después de las pruebas el profe arma la lista y les avisamos por el grupo de WhatsApp.

        Saludos,
        Pamela - Club Deportivo Tunari Vóley
        """)
    hs = heads(addr("Club Tunari Vóley", "clubtunarivoley@example.com"),
               "Pruebas vóley femenino - sábado 12",
               "2026-09-08 19:55", LPZ, "<CAM7vO1eYtRy0uT5Pq2Lk9Jh3Gf6Ds8Aa@mail.gmail.com>",
               mx="mail-pg1-f174.google.com (mail-pg1-f174.google.com [209.85.215.174])", ident="Ps5Dk2Hw7Xb")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(42), family="non_interview_calendar", lang="es", interview=False, company=None,
      note="Bank investment-advisor meeting (Outlook invite, Windows zone name): fixed time, not an "
           "interview.",
      days=(("Wed", "2026-11-18"),))
def n42() -> bytes:
    body = t("""
        Cuándo: miércoles, 18 de noviembre de 2026 11:00-11:45 (UTC-04:00) Georgetown, La Paz, Manaus, San Juan.
        Dónde: Agencia Banco Cordillera - Av. Ballivián (El Prado), Cochabamba

        *~*~*~*~*~*~*~*~*~*

        Estimada Sra. Rojas:

        Conforme a lo conversado por teléfono, le envío la invitación para nuestra reunión de
        revisión de su cartera de ahorro e inversión (DPF y fondo en dólares). Por favor traiga su
        cédula de identidad.

        Saludos cordiales,
        Jimena Arce
        Asesora de Banca Personal | Banco Cordillera
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + t("""
        BEGIN:VTIMEZONE
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
        END:VTIMEZONE
        BEGIN:VEVENT
        ORGANIZER;CN=Jimena Arce:mailto:jimena.arce@bancocordillera.example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=daniela.rojas@example.org:mailto:daniela.rojas@example.org
        SUMMARY;LANGUAGE=es-BO:Reunión revisión de cartera - Sra. Daniela Rojas
        DTSTART;TZID=SA Western Standard Time:20261118T110000
        DTEND;TZID=SA Western Standard Time:20261118T114500
        UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DA01000000000000000010000000B0A1C2D3E4F5061728394A5B6C7D8E9F
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261112T150200Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-BO:Agencia Banco Cordillera - Av. Ballivián (El Prado)
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads(addr("Jimena Arce", "jimena.arce@bancocordillera.example.com"),
               "Reunión revisión de cartera - Sra. Daniela Rojas",
               "2026-11-12 11:02", LPZ, "<CP4PR80MB5722D0C1B2A3F4E5D6C7B8A9@CP4PR80MB5722.lamprd80.prod.outlook.com>",
               mx="mail-cp4bra01on2090.outbound.protection.outlook.com (mail-cp4bra01on2090.outbound.protection.outlook.com [40.107.149.90])",
               ident="Gv1Rz5Kc8Tp",
               extra=[("Thread-Topic", enc("Reunión revisión de cartera - Sra. Daniela Rojas"))])
    return message(hs, alt(text(body, charset="windows-1252"), calendar(ics, cte="base64")))


@mail(N(43), family="press_interview", lang="es", interview=False, company=None,
      note="A journalist confirms an interview WITH Daniela for a newspaper feature on women in "
           "tech: fixed time and the word 'entrevista', but press, not a job interview.",
      days=(("Tue", "2026-10-27"),))
def n43() -> bytes:
    body = t("""
        Hola Daniela:

        ¡Muchas gracias por aceptar! Te confirmo la entrevista para la nota del suplemento
        dominical sobre mujeres en el sector tecnológico de Cochabamba: el martes 27 de octubre a
        las 10:00, en el café Casablanca de la calle 25 de Mayo. Iré con Raúl, nuestro fotógrafo,
        así que si quieres traer algo de tu trabajo (laptop, stickers del meetup, lo que sea) es
        bienvenido.

        Serán unos 40 minutos de conversación. Te envío las preguntas generales un día antes.

        Un abrazo,
        Andrea Salinas
        Periodista · Diario El Tunari
        """)
    hs = heads(addr("Andrea Salinas", "andrea.salinas@eltunari.example.com"),
               "Entrevista para la nota de mujeres en tecnología",
               "2026-10-21 16:40", LPZ, "<CAAn5rEaSaL1n4sPr3ns4Tun4r1@mail.gmail.com>",
               mx="mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])", ident="Mk4Xb8Qd2Vz")
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(N(44), family="car_service", lang="es", interview=False, company=None,
      note="Car-service appointment confirmation (HTML only): fixed time, not an interview.",
      days=(("Mon", "2026-11-16"),))
def n44() -> bytes:
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <table width="600" align="center"><tr><td style="background:#c8102e;color:#fff;padding:10px;font-size:18px">Automotores del Valle - Servicio Técnico</td></tr>
        <tr><td style="padding:16px">
        <p>Estimada Sra. Daniela Rojas,</p>
        <p>Su cita de servicio ha sido agendada:</p>
        <p><b>Vehículo:</b> Suzuki Swift, placa 4821-XKT<br>
        <b>Servicio:</b> Mantenimiento preventivo 40.000 km<br>
        <b>Fecha y hora de recepción:</b> lunes 16/11/2026 - 08:00<br>
        <b>Asesor de servicio:</b> Franz Rocha<br>
        <b>Taller:</b> Av. Blanco Galindo km 3,5</p>
        <p>Tiempo estimado de trabajo: 4 horas. Le avisaremos por WhatsApp cuando su vehículo esté listo.</p>
        <p>Gracias por su preferencia.</p>
        </td></tr></table></body></html>
        """)
    hs = heads(addr("Automotores del Valle", "servicio@automotoresdelvalle.example.com"),
               "Confirmación de cita de servicio - 16/11/2026 08:00",
               "2026-11-11 17:30", LPZ, "<svc.20261111.4821XKT@automotoresdelvalle.example.com>",
               mx="mail.automotoresdelvalle.example.com (mail.automotoresdelvalle.example.com [200.105.131.9])",
               ident="Bf6Lw1Np4Sh", charset="windows-1252")
    return message(hs, html(hbody, charset="windows-1252"))


@mail(N(45), family="interviewer_assignment", lang="en", interview=False, company=None,
      note="Greenhouse at Daniela's CURRENT employer assigns her as an interviewer for a candidate "
           "(ICS attached): a real interview at a fixed time, but she is the interviewer, not the "
           "candidate -> negative; company null (not her job search).",
      days=(("Wed", "2026-10-21"),))
def n45() -> bytes:
    body = t("""
        Hi Daniela,

        You've been scheduled to interview Marcelo Pinto for Backend Engineer (Payments Core).

        Interview: Technical Interview - Code Review
        When: Wednesday, October 21, 2026, 10:00 AM - 11:00 AM BOT
        Where: Google Meet - https://meet.google.com/ypt-mrcl-pnt

        Your interview kit (focus attributes, suggested questions and the scorecard) is here:
        https://yapita.greenhouse.io/guides/48120931/people/77310294?interview_kit=true

        Please submit your scorecard within 24 hours of the interview.

        Thanks!
        Yapita Pagos Recruiting (sent via Greenhouse)
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Greenhouse//Scheduling//EN\nVERSION:2.0\nMETHOD:REQUEST\n" + VTZ_LPZ + "\n" + t("""
        BEGIN:VEVENT
        UID:gh-sched-48120931-yapita-int
        DTSTAMP:20261015T201533Z
        DTSTART;TZID=America/La_Paz:20261021T100000
        DTEND;TZID=America/La_Paz:20261021T110000
        SUMMARY:Interview: Marcelo Pinto - Backend Engineer (Payments Core) - Technical Interview
        LOCATION:https://meet.google.com/ypt-mrcl-pnt
        ORGANIZER;CN=Gonzalo Peña:mailto:gonzalo.pena@yapita.com.bo
        ATTENDEE;CN=Daniela Rojas;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:daniela.rojas@yapita.com.bo
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads(addr("Gonzalo Peña", "no-reply@greenhouse.io"),
               "Interview scheduled: Marcelo Pinto for Backend Engineer (Payments Core)",
               "2026-10-15 16:15", LPZ, "<3c9d1e.20261015201530.48120931@greenhouse.io>",
               mx="mail-175-41.greenhouse.io (mail-175-41.greenhouse.io [198.21.6.175])", ident="Nd7Tc2Rx5Jq",
               to=addr(ME_NAME, "daniela.rojas@yapita.com.bo"),
               extra=[("Reply-To", addr("Gonzalo Peña", "gonzalo.pena@yapita.com.bo")),
                      ("X-Forwarded-To", ME)])
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, cte="quoted-printable", filename="invite.ics",
                                      disposition="attachment")))


@mail(N(46), family="forwarded_other_person", lang="es", interview=False, company=None,
      note="A friend forwards HIS OWN interview confirmation (Illimani Cloud, jueves 22 de octubre "
           "11:00) for information; not Daniela's interview -> negative.",
      days=(("Thu", "2026-10-22"),))
def n46() -> bytes:
    body = t("""
        Dani!! mira, a mí también me llamaron de Illimani jaja. Me toca el jueves 22, tres días
        después que tú según lo que me contaste. ¿Qué tal te fue a ti? ¿Es muy difícil la parte de
        Kafka? Cualquier tip me sirve 🙏

        Sergio

        ---------- Forwarded message ---------
        De: Illimani Cloud <noreply@candidates.workablemail.com>
        Date: vie, 16 oct 2026 a las 11:02
        Subject: Entrevista con Illimani Cloud - Ingeniero Backend (Pagos QR)
        To: <sergio.vargas.m@example.com>

        Hola Sergio,

        Nos gustaría confirmarte la entrevista con el equipo técnico de Illimani Cloud para el
        puesto de Ingeniero Backend (Pagos QR).

        Cuándo: jueves 22 de octubre, a las 11:00 (hora de Bolivia)
        Dónde: oficina de Sopocachi, Av. 20 de Octubre 2315, La Paz

        La entrevista durará una hora. Estarás con Mauricio Alanoca, nuestro CTO.

        Saludos,
        Equipo de Selección
        Illimani Cloud
        """)
    hs = heads(addr("Sergio Vargas", "sergio.vargas.m@example.com"),
               "Fwd: Entrevista con Illimani Cloud - Ingeniero Backend (Pagos QR)",
               "2026-10-16 20:47", LPZ, "<CAS3rg10V4rg4sFwD9xQ2vL8kJ1hG5fD3sA@mail.gmail.com>",
               mx="mail-io1-f49.google.com (mail-io1-f49.google.com [209.85.166.49])", ident="Vq3Hm6Bz9Lc")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(47), family="podcast", lang="en", interview=False, company=None,
      note="Podcast host confirms a recording session with Daniela as guest: fixed time, not a job "
           "interview.",
      days=(("Tue", "2026-11-17"),))
def n47() -> bytes:
    body = t("""
        Hey Daniela,

        Awesome, we're locked in! Recording for Ledger Lines (episode on building real-time QR
        payments in Bolivia) is on Tuesday, November 17 at 5:00 PM ET / 6:00 PM your time.

        We record on Riverside: https://riverside.fm/studio/ledger-lines?t=3a9c1f
        Please use headphones and a wired connection if you can. Plan for about an hour; the
        conversation itself is ~40 minutes and we edit afterwards.

        I'll send over the rough outline by the weekend. Can't wait!

        Cheers,
        Nate Gallagher
        Host, Ledger Lines podcast
        """)
    hs = heads(addr("Nate Gallagher", "nate@ledgerlines.example.fm"),
               "Re: Ledger Lines guest spot - recording confirmed",
               "2026-11-11 14:08", NYC, "<CAN4t3G4ll4gh3rL3dg3rL1n3s7@mail.gmail.com>",
               mx="mail-qv1-f50.google.com (mail-qv1-f50.google.com [209.85.219.50])", ident="Ec8Jv2Tq5Wm",
               extra=[("In-Reply-To", "<CAB1dR0p0dc4st@mail.gmail.com>")])
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(48), family="landlord", lang="es", interview=False, company=None,
      note="Landlord's phone-written note fixing the move-out inspection (sábado 28 a las 10): fixed "
           "time, not an interview.",
      days=(("Sat", "2026-11-28"),))
def n48() -> bytes:
    body = t("""
        Daniela buenas tardes, soy don Hugo. Entonces paso el sabado 28 a las 10 de la mañana a revisar el departamento antes de la entrega de llaves, como quedamos. Si todo esta bien ese mismo dia le devuelvo la garantia. Por favor deje las llaves del medidor tambien.

        Saludos
        Hugo Terrazas

        Enviado desde mi Galaxy
        """)
    hs = heads(addr("Hugo Terrazas", "hugoterrazas58@example.net"),
               "departamento calle Beni",
               "2026-11-23 15:12", LPZ, "<f7e3c2a1.8b4d.4e9f.a0c1.d2e3f4a5b6c7@example.net>",
               mx="smtp.example.net (smtp.example.net [190.129.12.40])", ident="Lg4Pz7Ck1Rn",
               extra=[("X-Mailer", "Samsung Mail")])
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(N(49), family="post_interview", lang="es", interview=False, company="Altiplano Data",
      note="Reply from the Altiplano hiring manager after the 14 Oct interview: 'gracias por tu "
           "tiempo ayer', next steps next week; quotes the past interview, nothing new scheduled.")
def n49() -> bytes:
    body = t("""
        Hola Daniela,

        Gracias a ti por tu tiempo ayer, a Paola y a mí nos gustó mucho cómo planteaste el manejo de
        reintentos en el consumidor de Kafka. Estamos terminando las entrevistas esta semana y te
        escribo el martes o miércoles de la próxima con los siguientes pasos.

        Saludos,
        Rodrigo

        El mié, 14 oct 2026 a las 18:05, Daniela Rojas (<daniela.rojas@example.org>) escribió:
        > Hola Rodrigo,
        >
        > Muchas gracias por la entrevista técnica de hoy a las 9:30, me gustó mucho conocer al
        > equipo y el problema que están resolviendo.
        >
        > Saludos,
        > Daniela
        """)
    hs = heads(addr("Rodrigo Quispe", "rodrigo.quispe@altiplanodata.bo"),
               "Re: Gracias por la entrevista",
               "2026-10-15 09:12", LPZ, "<CAR0dr1g0Qu1sp3Alt1pl4n0D4t4@mail.gmail.com>",
               mx="mail-ua1-f43.google.com (mail-ua1-f43.google.com [209.85.222.43])", ident="Sy5Kd9Mb3Xf",
               extra=[("In-Reply-To", "<CAB1dR0gr4c14sAlt1pl4n0@mail.gmail.com>"),
                      ("References", "<CAB1dR0gr4c14sAlt1pl4n0@mail.gmail.com>")])
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(50), family="thesis_defence", lang="es", interview=False, company=None,
      note="Invitation to attend a public thesis defence as audience (an ex-colleague's): fixed "
           "time, not an interview.",
      days=(("Fri", "2026-12-04"),))
def n50() -> bytes:
    body = t("""
        Querida Daniela:

        Tengo el gusto de invitarte a la defensa pública de mi tesis de grado en Ingeniería de
        Sistemas, "Detección de fraude en pagos QR mediante grafos de transacciones", el viernes
        4 de diciembre a las 16:00 en el Auditorio de la Facultad de Ciencias y Tecnología,
        Universidad Técnica del Tunari.

        Tú me ayudaste un montón con el modelo de datos, así que me encantaría que estés. Después
        hay un pequeño brindis.

        Con cariño,
        Ana Lucía Rocha
        """)
    hs = heads(addr("Ana Lucía Rocha", "analu.rocha@example.com"),
               "Invitación a mi defensa de tesis 🎓",
               "2026-11-26 21:05", LPZ, "<CAAnaLuR0ch4T3s1sD3f3ns4@mail.gmail.com>",
               mx="mail-pf1-f178.google.com (mail-pf1-f178.google.com [209.85.210.178])", ident="Jx2Wn6Ft9Qb")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))
