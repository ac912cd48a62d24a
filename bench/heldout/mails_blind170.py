"""blind170: a blind 50-mail held-out set, the inbox of Martina Sosa (QA automation engineer,
Córdoba, Argentina; America/Argentina/Cordoba, UTC-3 all year), September to mid-December 2026.

Every mail is written by hand here, one function per mail; ``make.py`` does the MIME plumbing and
the checks. Written blind: without reading the detector, its tests, or the other held-out sets.

    python3 bench/heldout/make_blind.py blind170

File numbers are a fixed shuffle of the writing order (keys 1-23 positives, 24-50 negatives).
"""

from __future__ import annotations

import random

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
    utc,
)

ORDER = random.Random(1700170).sample(range(1, 51), 50)


def N(key: int) -> str:
    """The file name of the mail written key-th."""
    return f"blind170_{ORDER[key - 1]:03d}"


ME = "martina.sosa@example.org"
ME_ALT = "martina.sosa@example.net"
TO_ME = addr("Martina Sosa", ME)
CBA = "America/Argentina/Cordoba"
BA = "America/Argentina/Buenos_Aires"
NY = "America/New_York"
LA = "America/Los_Angeles"
SCL = "America/Santiago"
MVD = "America/Montevideo"
MAD = "Europe/Madrid"
BER = "Europe/Berlin"


def rcv(host: str, ip: str, when: str, zone: str, ident: str, to: str = ME, lag: int = 3) -> str:
    return received(f"from {host} ({host} [{ip}])", when, zone, f"mx1.example.org with ESMTPS id {ident}",
                    to, lag)


VTZ_CBA = """BEGIN:VTIMEZONE
TZID:America/Argentina/Cordoba
X-LIC-LOCATION:America/Argentina/Cordoba
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
TZNAME:-03
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

VTZ_ARG_WIN = """BEGIN:VTIMEZONE
TZID:Argentina Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:DAYLIGHT
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

VTZ_EST_WIN = """BEGIN:VTIMEZONE
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


# =========================================================================== positives (keys 1-23)


@mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled", company="Brightline Health",
      start=utc("2026-09-15 11:00", NY), end=utc("2026-09-15 11:45", NY),
      contact="priya.raman@brightlinehealth.com",
      local="Tue 2026-09-15 11:00", local_end="2026-09-15 11:45", zone=NY,
      note="Greenhouse confirmation from a relay sender; 'Tuesday, September 15, 11:00 AM - 11:45 AM EDT' "
           "(New York, daylight time, UTC-4) = 15:00-15:45Z (12:00 in Córdoba); contact = human Reply-To")
def p01() -> bytes:
    body = t("""
        Hi Martina,

        Thanks for making time to speak with us! Your interview for Senior QA Automation Engineer
        (Remote - LATAM) at Brightline Health is confirmed.

        Date: Tuesday, September 15, 2026
        Time: 11:00 AM - 11:45 AM EDT (America/New_York)
        Location: Google Meet - https://meet.google.com/xqv-hbtr-owp
        Interviewer: Derek Lindqvist, Engineering Manager, Quality

        You'll get a separate calendar invitation from Derek. If anything comes up and you need to
        reschedule, just reply to this email and it will reach me.

        Best,
        Priya Raman
        Recruiting Coordinator | Brightline Health
    """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2933">
        <p>Hi Martina,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Senior QA Automation Engineer
        (Remote&nbsp;-&nbsp;LATAM)</b> at Brightline Health is confirmed.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td style="color:#6b7280">Date</td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td style="color:#6b7280">Time</td><td>11:00 AM &ndash; 11:45 AM EDT (America/New_York)</td></tr>
        <tr><td style="color:#6b7280">Location</td><td><a href="https://meet.google.com/xqv-hbtr-owp">Google Meet</a></td></tr>
        <tr><td style="color:#6b7280">Interviewer</td><td>Derek Lindqvist, Engineering Manager, Quality</td></tr>
        </table>
        <p>You&#39;ll get a separate calendar invitation from Derek. If anything comes up and you need to
        reschedule, just reply to this email and it will reach me.</p>
        <p>Best,<br>Priya Raman<br>Recruiting Coordinator | Brightline Health</p>
        <img src="https://app.greenhouse.io/email_open/9f3c2a7e.gif" width="1" height="1" alt="">
        </body></html>
    """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("o12.us.greenhouse-mail.io", "167.89.44.12", "2026-09-10 14:12:09", NY, "p01a9")),
        ("From", addr("Priya Raman", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Priya Raman", "priya.raman@brightlinehealth.com")),
        ("To", TO_ME),
        ("Subject", "Interview Confirmation: Senior QA Automation Engineer at Brightline Health"),
        ("Date", date("2026-09-10 14:12:09", NY)),
        ("Message-ID", "<0100019a2f3c.9f3c2a7e-51b0-4c1e-9a1d-2d6e0b4f8c11@us.greenhouse-mail.io>"),
        ("X-Mailer", "Greenhouse"),
    ], alt(text(body), html(page)))


@mail(N(2), family="human_prose", lang="es", interview=True, kind="scheduled", company="Quebracho Software",
      start=utc("2026-09-24 16:00", CBA), contact="agustina.molina@quebracho.com.ar",
      local="Thu 2026-09-24 16:00", zone=CBA, days=(("Tue", "2026-09-22"), ("Thu", "2026-09-24")),
      note="Recruiter reply in voseo: 'te confirmo el jueves que viene a las 16 hs' resolved against the Date "
           "(Fri 18 Sep, Córdoba) = Thu 24 Sep 16:00 -03 = 19:00Z; the quoted proposal also offered Tue 22 "
           "at 10, not chosen; 'una hora más o menos' is approximate, so no end")
def p02() -> bytes:
    body = t("""
        Hola Martina, cómo va?

        Genial, te confirmo el jueves que viene a las 16 hs entonces. Es presencial en la oficina
        (Bv. San Juan 1250, piso 3 — tocá timbre "Quebracho" y subí). Vas a estar con Nahuel, que es
        el líder de QA, y conmigo. Calculale una hora más o menos.

        Cualquier cosa me escribís por acá o al 351 555-0148.

        Abrazo!
        Agus

        --
        Agustina Molina
        Talento | Quebracho Software
        Córdoba, Argentina

        El mié, 16 sept 2026 a las 19:02, Martina Sosa (<martina.sosa@example.org>) escribió:
        > Hola Agustina! Muchas gracias por escribirme. El martes a la mañana tengo un compromiso
        > en el laburo, así que me queda mejor la opción del jueves.
        > Saludos,
        > Martina
        >
        > El mié, 16 sept 2026 a las 11:20, Agustina Molina (<agustina.molina@quebracho.com.ar>) escribió:
        >> Hola Martina! Te escribo de Quebracho por la búsqueda de QA Automation.
        >> ¿Te viene bien el martes 22 a las 10 o el jueves 24 a las 16 para una primera charla?
    """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-yw1-f170.google.com", "209.85.128.170", "2026-09-18 17:40:51", CBA, "p02k3")),
        ("From", addr("Agustina Molina", "agustina.molina@quebracho.com.ar")),
        ("To", TO_ME),
        ("Subject", enc("Re: Búsqueda QA Automation - Quebracho")),
        ("Date", date("2026-09-18 17:40:48", CBA)),
        ("Message-ID", "<CAH7x2q+QbrMol1nA8wZt0p5Lq@mail.gmail.com>"),
        ("In-Reply-To", "<CAF9s0sa-Mt7yQ2@mail.gmail.com>"),
        ("References", "<CAJq4-AgMo1160916@mail.gmail.com> <CAF9s0sa-Mt7yQ2@mail.gmail.com>"),
    ], text(body, cte="8bit"))


@mail(N(3), family="ashby", lang="en", interview=True, kind="scheduled", company="Lumen Grid",
      start=utc("2026-11-03 10:00", LA), end=utc("2026-11-03 10:45", LA), contact="hannah.cho@lumengrid.com",
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 10:45", zone=LA,
      note="Ashby confirmation sent Wed 28 Oct in PDT for Tue 3 Nov 10:00-10:45 AM PST: US daylight time "
           "ended on 1 Nov, so UTC-8 = 18:00-18:45Z (15:00 in Córdoba, as the mail also says); ICS in UTC; "
           "contact = Reply-To recruiter")
def p03() -> bytes:
    body = t("""
        Hi Martina,

        Your interview with Lumen Grid is confirmed. We're looking forward to speaking with you!

        Tuesday, November 3, 2026
        10:00 AM - 10:45 AM PST (Pacific Time)
        3:00 PM - 3:45 PM in your time zone (America/Argentina/Cordoba)

        Technical Interview - Test Automation (45 min)
        Video call: https://lumengrid.zoom.us/j/84120593318

        You'll meet with:
          Marcus Feld - Staff SDET

        Questions? Just reply and it will reach Hannah Cho.

        Thanks,
        Lumen Grid Recruiting
    """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Martina,</p>
        <p>Your interview with Lumen Grid is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><strong>Tuesday, November 3, 2026</strong><br>
        10:00 AM &ndash; 10:45 AM PST (Pacific Time)<br>
        <span style="color:#666">3:00 PM &ndash; 3:45 PM in your time zone (America/Argentina/Cordoba)</span></p>
        <p>Technical Interview &ndash; Test Automation (45 min)<br>
        <a href="https://lumengrid.zoom.us/j/84120593318">Join video call</a></p>
        <p>You&#x27;ll meet with:<br>&nbsp;&nbsp;Marcus Feld &mdash; Staff SDET</p>
        <p>Questions? Just reply and it will reach Hannah Cho.</p>
        <p>Thanks,<br>Lumen Grid Recruiting</p>
        </body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-7d41c0e2-90b3-4f6a-b3a5-2c9e1f6d0a71
DTSTAMP:20261028T230512Z
DTSTART:{utc("2026-11-03 10:00", LA).replace("-", "").replace(":", "")}
DTEND:{utc("2026-11-03 10:45", LA).replace("-", "").replace(":", "")}
SEQUENCE:0
SUMMARY:Lumen Grid - Technical Interview - Test Automation
LOCATION:https://lumengrid.zoom.us/j/84120593318
ORGANIZER;CN=Hannah Cho:mailto:hannah.cho@lumengrid.com
ATTENDEE;CN=Martina Sosa;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:martina.sosa@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("a48-109.smtp-out.amazonses.com", "54.240.48.109", "2026-10-28 16:05:12", LA, "p03z7")),
        ("From", addr("Lumen Grid", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Hannah Cho", "hannah.cho@lumengrid.com")),
        ("To", TO_ME),
        ("Subject", "Interview confirmed: Senior QA Automation Engineer at Lumen Grid"),
        ("Date", date("2026-10-28 16:05:09", LA)),
        ("Message-ID", "<0100019a2c41e7d3-5f0b9a24-2e31-4b8e-a8a4-6c1d1e2f0b77-000000@email.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(4), family="workday", lang="es", interview=True, kind="scheduled", company="Grupo Tala Logística",
      start=utc("2026-10-14 10:30", BA), end=utc("2026-10-14 11:30", BA),
      contact="lucia.ferreyra@grupotala.com.ar",
      local="Wed 2026-10-14 10:30", local_end="2026-10-14 11:30", zone=BA,
      note="Workday HTML-only (iso-8859-1, QP) interview notice: '14/10/2026, 10:30 a 11:30 (GMT-03:00) Buenos "
           "Aires' = 13:30-14:30Z; sender is the Workday tenant address; contact = the recruiter address in the "
           "body")
def p04() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Arial;font-size:13px">
        <table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td>
        <img src="https://wd3.myworkdaysite.com/grupotala/logo.png" alt="Grupo Tala" height="40"><br><br>
        Hola Martina:<br><br>
        Te invitamos a una entrevista por la posición <b>Analista QA Automation Sr. (R-0048813)</b>.<br><br>
        <b>Tipo de entrevista:</b> Entrevista por competencias + técnica<br>
        <b>Fecha:</b> 14/10/2026<br>
        <b>Hora:</b> 10:30 a 11:30 (GMT-03:00) Buenos Aires<br>
        <b>Modalidad:</b> Microsoft Teams (el enlace llegará en una invitación aparte)<br>
        <b>Entrevistadores:</b> Lucía Ferreyra (Atracción de Talento), Gonzalo Paredes (Líder de Calidad)<br><br>
        Ante cualquier consulta podés escribir a Lucía Ferreyra a
        <a href="mailto:lucia.ferreyra@grupotala.com.ar">lucia.ferreyra@grupotala.com.ar</a>.<br><br>
        Podés ver el estado de tu postulación en nuestro
        <a href="https://wd3.myworkdaysite.com/es-AR/recruiting/grupotala/Careers">Portal de Candidatos</a>.<br><br>
        Saludos cordiales,<br>Equipo de Atracción de Talento<br>Grupo Tala Logística<br><br>
        <span style="font-size:10px;color:#888">Este mensaje fue enviado automáticamente. Por favor no respondas
        a esta dirección.</span>
        </td></tr></table></body></html>
    """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("ms11.myworkday.com", "209.177.165.41", "2026-10-05 09:15:40", BA, "p04w2")),
        ("From", addr("Grupo Tala Logística", "grupotala@myworkday.com", "iso-8859-1")),
        ("To", TO_ME),
        ("Subject", enc("Invitación a entrevista – Analista QA Automation Sr. (R-0048813)")),
        ("Date", date("2026-10-05 09:15:37", BA)),
        ("Message-ID", "<1780712345.81234.1791195337000@wd3-prod-mail07.myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], html(page, charset="iso-8859-1"))


@mail(N(5), family="smartrecruiters", lang="es", interview=True, kind="scheduled", company="Andes Retail Tech",
      start=utc("2026-09-04 10:00", SCL), end=utc("2026-09-04 10:45", SCL),
      contact="francisca.munoz@andesretail.cl",
      local="Fri 2026-09-04 10:00", local_end="2026-09-04 10:45", zone=SCL,
      note="SmartRecruiters interview, 'viernes 4 de septiembre, 10:00 (hora de Santiago)', 45 minutos: Chile "
           "is still on UTC-4 until its DST starts on Sun 6 Sep, so 14:00-14:45Z (11:00 in Córdoba); contact = "
           "Reply-To recruiter")
def p05() -> bytes:
    body = t("""
        Hola Martina,

        ¡Gracias por tu interés en Andes Retail Tech! Queremos invitarte a una entrevista para el cargo
        QA Automation Engineer (remoto, Chile/Argentina).

        Fecha: viernes 4 de septiembre de 2026
        Hora: 10:00 (hora de Santiago de Chile)
        Duración: 45 minutos
        Lugar: Google Meet — el enlace está en la invitación de calendario

        Te entrevistarán Francisca Muñoz (People) y Tomás Aravena (Engineering Manager).

        Si necesitas cambiar el horario, responde este correo.

        Saludos,
        Francisca Muñoz
        Andes Retail Tech
    """)
    page = (
        '<div style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#333">'
        + "".join(f"<p>{p}</p>" for p in body.split("\n\n")).replace("\n", "<br>\n")
        + '<p style="font-size:11px;color:#999">Powered by SmartRecruiters</p></div>\n'
    )
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mta-out-3.smartrecruiters.com", "35.156.21.88", "2026-09-01 12:30:21", SCL, "p05s1")),
        ("From", addr("Andes Retail Tech", "noreply@smartrecruiters.com")),
        ("Reply-To", addr("Francisca Muñoz", "francisca.munoz@andesretail.cl")),
        ("To", TO_ME),
        ("Subject", enc("Invitación a entrevista: QA Automation Engineer – Andes Retail Tech")),
        ("Date", date("2026-09-01 12:30:18", SCL)),
        ("Message-ID", "<sr.5b8c1e9a-7f2d-4a10-9c3e-1ad07e6b22f4@smartrecruiters.com>"),
    ], alt(text(body), html(page)))


@mail(N(6), family="personio", lang="es", interview=True, kind="scheduled", company="Tramontana Labs",
      start=utc("2026-10-26 15:00", MAD), end=utc("2026-10-26 16:00", MAD),
      contact="irene.castells@tramontanalabs.es",
      local="Mon 2026-10-26 15:00", local_end="2026-10-26 16:00", zone=MAD,
      note="Personio invitation from a Madrid firm, sent in CEST on 21 Oct for Mon 26 Oct 15:00-16:00 'hora de "
           "Madrid': Spain is back on CET (UTC+1) from 25 Oct, so 14:00-15:00Z, which is 11:00 in Córdoba as "
           "the recruiter writes; ICS with TZID Europe/Madrid agrees; contact = Reply-To / ORGANIZER")
def p06() -> bytes:
    body = t("""
        Hola Martina:

        Gracias por tu candidatura a QA Automation Engineer (remoto, LATAM). Nos gustaría conocerte en
        una entrevista con el equipo técnico:

          Lunes, 26 de octubre de 2026
          15:00 – 16:00 (hora de Madrid)
          Google Meet: https://meet.google.com/tmr-qkfa-zzp

        Por lo que veo serán las 11:00 en Córdoba, pero revísalo con la invitación adjunta por si acaso.

        Un saludo,
        Irene Castells
        People & Talent · Tramontana Labs S.L. · Barcelona · Madrid
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//EN
VERSION:2.0
METHOD:REQUEST
{VTZ_MAD}
BEGIN:VEVENT
UID:personio-ivw-2318874@tramontanalabs.jobs.personio.de
DTSTAMP:20261021T110211Z
DTSTART;TZID=Europe/Madrid:20261026T150000
DTEND;TZID=Europe/Madrid:20261026T160000
SUMMARY:Entrevista técnica – QA Automation Engineer – Martina Sosa
LOCATION:https://meet.google.com/tmr-qkfa-zzp
ORGANIZER;CN=Irene Castells:mailto:irene.castells@tramontanalabs.es
ATTENDEE;CN=Martina Sosa;RSVP=TRUE:mailto:martina.sosa@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-eu.personio.de", "3.120.55.17", "2026-10-21 13:02:14", MAD, "p06p5")),
        ("From", addr("Tramontana Labs", "no-reply@personio.de")),
        ("Reply-To", addr("Irene Castells", "irene.castells@tramontanalabs.es")),
        ("To", TO_ME),
        ("Subject", enc("Invitación a entrevista – QA Automation Engineer")),
        ("Date", date("2026-10-21 13:02:11", MAD)),
        ("Message-ID", "<personio.2318874.1792584131@tramontanalabs.jobs.personio.de>"),
    ], mixed(text(body), calendar(ics, cte="base64", filename="entrevista.ics", disposition="attachment",
                                   name_param=True)))


@mail(N(7), family="workable", lang="en", interview=True, kind="scheduled", company="Harborline Software",
      start=utc("2026-09-24 14:30", NY), end=utc("2026-09-24 15:00", NY), contact="kevin.oduya@harborline.io",
      local="Thu 2026-09-24 14:30", local_end="2026-09-24 15:00", zone=NY,
      note="Workable interview mail: 'Thursday, Sep 24 at 2:30 PM EDT' for 30 minutes = 18:30-19:00Z (15:30 in "
           "Córdoba); Reply-To is a Workable +relay, so contact = the hiring manager's address in the signature")
def p07() -> bytes:
    body = t("""
        Hi Martina,

        Thank you for applying for the QA Automation Engineer (Playwright) position at Harborline Software.

        I'd like to invite you to a video interview with our hiring manager, Kevin Oduya.

        When: Thursday, Sep 24, 2026 at 2:30 PM EDT (for 30 minutes)
        Where: https://harborline.whereby.com/kevin-oduya

        Please let us know if the time no longer works by replying to this message.

        Kind regards,
        Kevin Oduya
        Head of Quality Engineering, Harborline Software
        kevin.oduya@harborline.io

        ---
        Sent via Workable. Reply to this email to contact Harborline Software.
    """)
    page = t("""
        <div style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5">
        <p>Hi Martina,</p>
        <p>Thank you for applying for the QA Automation Engineer (Playwright) position at Harborline Software.</p>
        <p>I'd like to invite you to a video interview with our hiring manager, Kevin Oduya.</p>
        <p><b>When:</b> Thursday, Sep 24, 2026 at 2:30 PM EDT (for 30 minutes)<br>
        <b>Where:</b> <a href="https://harborline.whereby.com/kevin-oduya">harborline.whereby.com/kevin-oduya</a></p>
        <p>Please let us know if the time no longer works by replying to this message.</p>
        <p>Kind regards,<br>Kevin Oduya<br>Head of Quality Engineering, Harborline Software<br>
        <a href="mailto:kevin.oduya@harborline.io">kevin.oduya@harborline.io</a></p>
        <hr><p style="font-size:12px;color:#888">Sent via Workable. Reply to this email to contact Harborline Software.</p>
        </div>
    """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail162-21.suw41.mandrillapp.com", "198.2.162.21", "2026-09-21 10:20:33", NY, "p07w8")),
        ("From", addr("Harborline Software", "noreply@candidates.workablemail.com")),
        ("Reply-To", "harborline-software+c8f41d2e90@candidates.workablemail.com"),
        ("To", TO_ME),
        ("Subject", "Interview invitation: QA Automation Engineer (Playwright) at Harborline Software"),
        ("Date", date("2026-09-21 10:20:30", NY)),
        ("Message-ID", "<6f3e2d10c4b44a1b.1789928430@candidates.workablemail.com>"),
    ], alt(text(body), html(page)))


@mail(N(8), family="icims", lang="en", interview=True, kind="scheduled", company="Crestview Insurance Group",
      start=utc("2026-11-02 09:30", NY), end=utc("2026-11-02 10:30", NY), contact="dana.whitfield@crestviewins.com",
      local="Mon 2026-11-02 09:30", local_end="2026-11-02 10:30", zone=NY,
      note="iCIMS mail sent Wed 28 Oct (EDT) for '11/02/2026 at 9:30 AM ET', lasting one hour: US DST ends "
           "Sun 1 Nov, so ET is EST (UTC-5) on the day = 14:30-15:30Z; US MM/DD date; windows-1252; contact = "
           "the coordinator address in the body (sender is the iCIMS tenant)")
def p08() -> bytes:
    body = t("""
        Dear Martina,

        Thank you for your interest in the Quality Assurance Automation Analyst II position (Req #2026-4471)
        with Crestview Insurance Group. We’re pleased to confirm your virtual interview:

            Date:      Monday, 11/02/2026
            Time:      9:30 AM ET
            Length:    This interview will last one hour.
            Panel:     Ray Delgado (QA Manager), Simone Achebe (Sr. SDET)
            Format:    Microsoft Teams — link to follow from the panel

        If you need to reschedule, please contact Dana Whitfield at dana.whitfield@crestviewins.com or
        (860) 555-0117.

        Sincerely,
        Talent Acquisition
        Crestview Insurance Group
    """)
    page = t("""
        <html><body style="font-family:Calibri,Arial;font-size:11pt">
        <p>Dear Martina,</p>
        <p>Thank you for your interest in the Quality Assurance Automation Analyst II position (Req #2026-4471)
        with Crestview Insurance Group. We’re pleased to confirm your virtual interview:</p>
        <table border="0" cellpadding="3">
        <tr><td><b>Date:</b></td><td>Monday, 11/02/2026</td></tr>
        <tr><td><b>Time:</b></td><td>9:30 AM ET</td></tr>
        <tr><td><b>Length:</b></td><td>This interview will last one hour.</td></tr>
        <tr><td><b>Panel:</b></td><td>Ray Delgado (QA Manager), Simone Achebe (Sr. SDET)</td></tr>
        <tr><td><b>Format:</b></td><td>Microsoft Teams — link to follow from the panel</td></tr>
        </table>
        <p>If you need to reschedule, please contact Dana Whitfield at
        <a href="mailto:dana.whitfield@crestviewins.com">dana.whitfield@crestviewins.com</a> or (860) 555-0117.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Crestview Insurance Group</p>
        </body></html>
    """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mailout2.icims.com", "64.30.229.18", "2026-10-28 15:45:02", NY, "p08i4")),
        ("From", addr("Crestview Insurance Group", "crestviewins@talent.icims.com")),
        ("To", TO_ME),
        ("Subject", "Interview Confirmation - Quality Assurance Automation Analyst II"),
        ("Date", date("2026-10-28 15:44:59", NY)),
        ("Message-ID", "<ICIMS.2026-4471.88214.1792957499@talent.icims.com>"),
    ], alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(N(9), family="taleo", lang="es", interview=True, kind="scheduled", company="Aseguradora del Plata",
      start=utc("2026-11-10 09:00", BA), contact=None,
      local="Tue 2026-11-10 09:00", zone=BA,
      note="Oracle Taleo plain-text notice (iso-8859-1, 8bit): 'martes 10/11/2026, 9:00 hs (hora de Argentina)' "
           "= 12:00Z, in person in Buenos Aires; no length stated; no human address anywhere (no-reply sender, "
           "'Selección de Personal' signature), so contact null")
def p09() -> bytes:
    body = t("""
        Estimada Martina Sosa:

        Nos comunicamos con usted en relación con su postulación al puesto

            Analista de Automatización de Pruebas (Req. 26000913)

        Tenemos el agrado de invitarla a una entrevista presencial:

            Fecha:      martes 10/11/2026
            Hora:       9:00 hs (hora de Argentina)
            Lugar:      Av. Corrientes 880, piso 12, Ciudad Autónoma de Buenos Aires
            Preguntar por: Selección de Personal - Recepción piso 12

        Le solicitamos presentarse con 10 minutos de anticipación y con su DNI.
        En caso de no poder asistir, le pedimos que lo informe a través del portal de empleos.

        Atentamente,

        Selección de Personal
        Aseguradora del Plata S.A.

        ----------------------------------------------------------------------
        Este es un mensaje automático. Por favor, no responda a este correo.
    """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("smtp-out07.taleo.net", "160.34.8.77", "2026-11-05 11:00:26", BA, "p09t6")),
        ("From", addr("Aseguradora del Plata", "no-reply@taleo.net")),
        ("To", TO_ME),
        ("Subject", enc("Citación a entrevista - Req. 26000913", "iso-8859-1")),
        ("Date", date("2026-11-05 11:00:22", BA)),
        ("Message-ID", "<1382044711.226530.1793973622881.JavaMail.taleo@tlo-prd-app14>"),
    ], text(body, charset="iso-8859-1", cte="8bit"))


@mail(N(10), family="recruitee", lang="es", interview=True, kind="scheduled", company="Paraná Data",
      start=utc("2026-11-19 14:00", CBA), end=utc("2026-11-19 15:00", CBA),
      contact="sofia.benedetti@paranadata.com.ar",
      local="Thu 2026-11-19 14:00", local_end="2026-11-19 15:00", zone=CBA,
      note="Recruitee interview event from a Rosario company: 'jueves 19 de noviembre de 2026, 14:00 - 15:00 "
           "(GMT-3)' = 17:00-18:00Z; contact = Reply-To recruiter")
def p10() -> bytes:
    page = t("""
        <!doctype html><html><body style="margin:0;background:#f4f5f7">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="560" style="background:#fff;font-family:Inter,Arial,sans-serif;font-size:15px;color:#172b4d">
        <tr><td style="padding:24px">
        <p>Hola Martina,</p>
        <p>¡Gracias por tu tiempo hasta ahora! Agendamos la entrevista técnica para
        <b>QA Automation Engineer (Rosario / híbrido)</b>:</p>
        <p style="background:#f0f4ff;padding:12px;border-radius:6px">
        📅 jueves 19 de noviembre de 2026<br>
        🕑 14:00 – 15:00 (GMT-3)<br>
        📍 Videollamada — <a href="https://meet.google.com/pnd-ruxw-hha">meet.google.com/pnd-ruxw-hha</a></p>
        <p>Vas a charlar con Sofía Benedetti (Talent) y Ezequiel Ramírez (Tech Lead). Vamos a revisar juntos
        un pequeño ejercicio de Cypress, no hace falta preparar nada.</p>
        <p>Si necesitás mover la entrevista, respondé este mail.</p>
        <p>Saludos,<br>Sofía<br>Paraná Data</p>
        </td></tr></table>
        <p style="font-family:Arial;font-size:11px;color:#8993a4">Enviado con Recruitee</p>
        </td></tr></table></body></html>
    """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("o3.mail.recruitee.com", "149.72.88.203", "2026-11-16 10:04:45", CBA, "p10r2")),
        ("From", addr("Sofía Benedetti - Paraná Data", "no-reply@recruitee.com")),
        ("Reply-To", addr("Sofía Benedetti", "sofia.benedetti@paranadata.com.ar")),
        ("To", TO_ME),
        ("Subject", enc("Entrevista técnica – QA Automation Engineer – Paraná Data")),
        ("Date", date("2026-11-16 10:04:41", CBA)),
        ("Message-ID", "<recruitee.ev.4410982.a7c1@recruitee.com>"),
    ], html(page, cte="base64"))


@mail(N(11), family="calendly", lang="es", interview=True, kind="scheduled", company="Nodo Fintech",
      start=utc("2026-12-01 17:00", CBA), end=utc("2026-12-01 17:45", CBA), contact="julian.paz@nodofintech.com",
      local="Tue 2026-12-01 17:00", local_end="2026-12-01 17:45", zone=CBA,
      note="Calendly invitee confirmation in Spanish after Martina booked a slot: '17:00 - 17:45, martes, 1 de "
           "diciembre de 2026, Hora de Argentina' = 20:00-20:45Z; ICS in UTC agrees; contact = the host "
           "(Reply-To / ORGANIZER), not notifications@calendly.com")
def p11() -> bytes:
    body = t("""
        Hola, Martina Sosa:

        Se programó un nuevo evento.

        Evento:
        Entrevista técnica QA Automation (45 min)

        Nombre del organizador:
        Julián Paz

        Fecha/hora del evento:
        17:00 - 17:45, martes, 1 de diciembre de 2026 (Hora de Argentina)

        Ubicación:
        Esta es una reunión de Google Meet. Los detalles se incluyen en la invitación del calendario.

        Preguntas:
        ¿Usaste Playwright o Cypress en producción?
        Playwright, dos años (TypeScript).

        ¿Necesitás hacer cambios en este evento?
        Cancelar: https://calendly.com/cancellations/5d0c2f7e-1b8a-4e29-8d3c-9a6e4c7b2f10
        Reprogramar: https://calendly.com/reschedulings/5d0c2f7e-1b8a-4e29-8d3c-9a6e4c7b2f10

        Desarrollado por Calendly.com
    """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly Scheduling//ES
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:5d0c2f7e-1b8a-4e29-8d3c-9a6e4c7b2f10@calendly.com
DTSTAMP:20261127T212214Z
DTSTART:20261201T200000Z
DTEND:20261201T204500Z
SUMMARY:Entrevista técnica QA Automation (45 min) entre Julián Paz y Martina Sosa
ORGANIZER;CN=Julián Paz:mailto:julian.paz@nodofintech.com
ATTENDEE;CN=Martina Sosa;RSVP=TRUE:mailto:martina.sosa@example.org
LOCATION:Google Meet
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("o1.email.calendly.com", "167.89.115.54", "2026-11-27 18:22:14", CBA, "p11c0")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Julián Paz", "julian.paz@nodofintech.com")),
        ("To", TO_ME),
        ("Subject", enc("Nuevo evento: Julián Paz - 17:00 mar., 1 dic. 2026 - Entrevista técnica QA Automation")),
        ("Date", date("2026-11-27 18:22:11", CBA)),
        ("Message-ID", "<calendly.5d0c2f7e.1795468931@calendly.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(12), family="ms_bookings", lang="es", interview=True, kind="scheduled",
      company="Consultora Mediterránea", start=utc("2026-12-09 10:00", BA), end=utc("2026-12-09 10:30", BA),
      contact=None, local="Wed 2026-12-09 10:00", local_end="2026-12-09 10:30", zone=BA,
      note="Microsoft Bookings confirmation '(UTC-03:00) Ciudad de Buenos Aires', 10:00-10:30 = 13:00-13:30Z; "
           "ICS TZID 'Argentina Standard Time'; the sender is the Bookings mailbox and the staff member is named "
           "without an address, so contact null")
def p12() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Segoe UI,sans-serif;font-size:14px;color:#252423">
        <h2 style="font-weight:600">Su reserva está confirmada</h2>
        <p>Hola, Martina Sosa:</p>
        <p>Gracias por reservar con Consultora Mediterránea. Le confirmamos el siguiente turno:</p>
        <table cellpadding="6">
        <tr><td style="color:#605e5c">Servicio</td><td>Entrevista con el cliente – QA Automation (búsqueda 1187)</td></tr>
        <tr><td style="color:#605e5c">Fecha y hora</td><td>miércoles, 9 de diciembre de 2026 10:00 - 10:30 (UTC-03:00) Ciudad de Buenos Aires</td></tr>
        <tr><td style="color:#605e5c">Personal</td><td>Florencia Gil</td></tr>
        <tr><td style="color:#605e5c">Ubicación</td><td>Reunión de Microsoft Teams</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2FiZDc1">Unirse a la reunión</a></p>
        <p>Si necesita cancelar o cambiar la reserva, use el enlace de <a href="https://outlook.office365.com/owa/calendar/ReclutamientoQA@consultoramediterranea.com.ar/bookings/">administrar reserva</a>.</p>
        <p>Consultora Mediterránea · Av. Colón 610, Córdoba</p>
        </div></body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ARG_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Consultora Mediterránea:mailto:ReclutamientoQA@consultoramediterranea.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Martina Sosa:mailto:martina.sosa@example.org
SUMMARY;LANGUAGE=es-AR:Entrevista con el cliente – QA Automation
DTSTART;TZID=Argentina Standard Time:20261209T100000
DTEND;TZID=Argentina Standard Time:20261209T103000
UID:040000008200E00074C5B7101A82E00800000000B04F0D4A1E83DC01000000000000000010000000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261203T152011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("BN8PR12MB3251.namprd12.prod.outlook.com", "40.107.92.51", "2026-12-03 12:20:14", BA,
                         "p12b7")),
        ("From", addr("Consultora Mediterránea", "ReclutamientoQA@consultoramediterranea.com.ar")),
        ("To", TO_ME),
        ("Subject", enc("Reserva confirmada: Entrevista con el cliente – QA Automation")),
        ("Date", date("2026-12-03 12:20:11", BA)),
        ("Message-ID", "<BN8PR12MB3251A1C2E7F0D4B9@BN8PR12MB3251.namprd12.prod.outlook.com>"),
        ("X-MS-Exchange-Organization-SCL", "1"),
    ], mixed(html(page), calendar(ics, cte="base64")))


@mail(N(13), family="google_calendar", lang="es", interview=True, kind="scheduled", company="Cardón Labs",
      start=utc("2026-12-17 15:00", CBA), end=utc("2026-12-17 16:00", CBA), contact="ignacio.bustos@cardonlabs.com",
      local="Thu 2026-12-17 15:00", local_end="2026-12-17 16:00", zone=CBA,
      note="Google Calendar invitation in Spanish: 'jue. 17 de diciembre de 2026 15:00 – 16:00 (hora estándar de "
           "Argentina)' = 18:00-19:00Z; ICS TZID America/Argentina/Cordoba; contact = ORGANIZER / sender")
def p13() -> bytes:
    body = t("""
        Ignacio Bustos te invitó a un evento

        Entrevista final – QA Automation Sr (Martina Sosa)
        Cuándo: jue. 17 de diciembre de 2026 15:00 – 16:00 (hora estándar de Argentina)
        Unirse con Google Meet: https://meet.google.com/crd-owzq-kkt
        Invitados:
        Ignacio Bustos - organizador
        Paula Lencina
        martina.sosa@example.org

        Hola Martina! Te mando la invitación para la entrevista final con Paula (CTO). Un gusto, nos vemos
        el jueves 17.

        Ver todos los detalles del evento: https://calendar.google.com/calendar/event?action=VIEW&eid=Y3JkMTc

        Invitación de Google Calendar
        Recibiste este correo electrónico porque eres un invitado a este evento.
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_CBA}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Cordoba:20261217T150000
DTEND;TZID=America/Argentina/Cordoba:20261217T160000
DTSTAMP:20261208T140530Z
ORGANIZER;CN=Ignacio Bustos:mailto:ignacio.bustos@cardonlabs.com
UID:3c8u1v0k9qf2r7n5m4b6a1d0e2@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ignacio Bustos;X-NUM-GUESTS=0:mailto:ignacio.bustos@cardonlabs.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Paula Lencina;X-NUM-GUESTS=0:mailto:paula.lencina@cardonlabs.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.sosa@example.org;X-NUM-GUESTS=0:mailto:martina.sosa@example.org
DESCRIPTION:Hola Martina! Te mando la invitación para la entrevista final con Paula (CTO).
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista final – QA Automation Sr (Martina Sosa)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-sor-f69.google.com", "209.85.220.69", "2026-12-08 11:05:33", CBA, "p13g1")),
        ("From", addr("Ignacio Bustos", "ignacio.bustos@cardonlabs.com")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", enc("Invitación: Entrevista final – QA Automation Sr (Martina Sosa) @ jue 17 dic 2026 "
                        "15:00 - 16:00 (ART) (martina.sosa@example.org)")),
        ("Date", date("2026-12-08 11:05:30", CBA)),
        ("Message-ID", "<calendar-7e1d2f0a-4b4c-4d3e-9e61-0c2a5f8b3d19@google.com>"),
    ], mixed(alt(text(body), html(gmail_html(body)),
                 calendar(ics, cte="base64")),
             calendar(ics, cte="base64", ctype="application/ics", method=None, filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(N(14), family="zoom", lang="en", interview=True, kind="scheduled", company="Tidewater Robotics",
      start=utc("2026-10-14 17:30", LA), contact="rachel.kim@tidewaterrobotics.com",
      local="Wed 2026-10-14 17:30", zone=LA,
      note="Recruiter prose plus a pasted Zoom block: 'Wednesday 10/14 at 5:30 PM PT' / 'Oct 14, 2026 05:30 PM "
           "Pacific Time', daylight time (UTC-7) in October = 00:30Z on Thu 15 Oct, the next day in UTC (21:30 "
           "in Córdoba, as she writes); no length, no end")
def p14() -> bytes:
    body = t("""
        Hi Martina,

        Great news - the team would love to move forward. You're all set for Wednesday 10/14 at 5:30 PM PT
        with Owen (our QA lead). It was the only slot he had left this week - I know that's 9:30 PM for you
        in Córdoba, so thank you for being flexible!

        Here's the Zoom info:

        Rachel Kim is inviting you to a scheduled Zoom meeting.

        Topic: Tidewater Robotics <> Martina Sosa | QA Automation
        Time: Oct 14, 2026 05:30 PM Pacific Time (US and Canada)

        Join Zoom Meeting
        https://tidewaterrobotics.zoom.us/j/93017742210?pwd=bXl0ZWFtZ29vZA

        Meeting ID: 930 1774 2210
        Passcode: 418266

        Talk soon,
        Rachel

        Rachel Kim | Technical Recruiter
        Tidewater Robotics | Seattle, WA
    """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-pj1-f42.google.com", "209.85.216.42", "2026-10-09 09:03:17", LA, "p14z5")),
        ("From", addr("Rachel Kim", "rachel.kim@tidewaterrobotics.com")),
        ("To", TO_ME),
        ("Subject", "Tidewater Robotics - next step"),
        ("Date", date("2026-10-09 09:03:14", LA)),
        ("Message-ID", "<CAOk5rK3m9vP8q@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(15), family="human_prose", lang="es", interview=True, kind="scheduled", company="Estudio Calicanto",
      start=utc("2026-11-24 09:00", CBA), contact="diego.rivarola@calicanto.com.ar",
      local="Tue 2026-11-24 09:00", zone=CBA,
      note="Phone-written reply sent Mon 23 Nov 07:52 (Córdoba): 'mañana a primera hora, a las 9 te llamo' = "
           "Tue 24 Nov 09:00 -03 = 12:00Z; a phone screen is a job interview; no length")
def p15() -> bytes:
    body = t("""
        Dale Martina perfecto!! Mañana a primera hora entonces, a las 9 te llamo al cel q me pasaste para la
        entrevista con Carla y conmigo. Son 20 min max

        Saludos

        Enviado desde mi iPhone

        > El 22 nov 2026, a las 20:31, Martina Sosa <martina.sosa@example.org> escribió:
        >
        > Hola Diego, gracias por la respuesta! Esta semana tengo libre las mañanas temprano, antes de
        > entrar al laburo. Mi cel es 351 555-0192.
        > Martina
    """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-qk1-f175.google.com", "209.85.222.175", "2026-11-23 07:52:40", CBA, "p15i9")),
        ("From", addr("Diego Rivarola", "diego.rivarola@calicanto.com.ar")),
        ("To", TO_ME),
        ("Subject", enc("Re: Postulación QA – Estudio Calicanto")),
        ("Date", date("2026-11-23 07:52:37", CBA)),
        ("Message-ID", "<7A1F0C2E-93B4-4D8E-B1C6-2E5F7A9D0B31@calicanto.com.ar>"),
        ("In-Reply-To", "<CAF-ms-20261122203101@mail.gmail.com>"),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ], text(body, charset="utf-8", cte="quoted-printable", params="format=flowed; delsp=yes"))


def _lever_kumbre() -> bytes:
    body = t("""
        Hola Martina,

        ¡Gracias por agendar tu entrevista con Kumbre Systems! Aquí están los detalles:

        Entrevista técnica – QA Automation Engineer
        jueves 1 de octubre de 2026, 11:00 – 11:45 (hora de Chile, America/Santiago)
        Google Meet: https://meet.google.com/kmb-rtsa-ajq

        Entrevistadores: Camila Rojas (Talent), Vicente Lagos (QA Lead)

        Si necesitas reagendar, responde a este correo.

        Saludos,
        Camila Rojas
        Kumbre Systems
    """)
    return message([
        ("Received", rcv("mail-sj1.hire.lever.co", "52.9.78.31", "2026-09-25 16:40:02", SCL, "p16l3", ME_ALT)),
        ("From", addr("Camila Rojas", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Camila Rojas", "camila.rojas@kumbre.cl")),
        ("To", addr("Martina Sosa", ME_ALT)),
        ("Subject", enc("Entrevista confirmada – Kumbre Systems")),
        ("Date", date("2026-09-25 16:39:58", SCL)),
        ("Message-ID", "<lever.1a9e4c20-0b63-4c59-8f12-94d3c7b5e8a0@hire.lever.co>"),
    ], text(body))


@mail(N(16), family="forward_self", lang="es", interview=True, kind="scheduled", company="Kumbre Systems",
      start=utc("2026-10-01 11:00", SCL), end=utc("2026-10-01 11:45", SCL), contact="camila.rojas@kumbre.cl",
      local="Thu 2026-10-01 11:00", local_end="2026-10-01 11:45", zone=SCL,
      note="Martina forwards to herself (from her .net address) a Lever confirmation as message/rfc822: 'jueves 1 "
           "de octubre, 11:00 - 11:45 (hora de Chile)'; Chile is on summer time (UTC-3) since 6 Sep, so "
           "14:00-14:45Z; never the candidate as contact: contact = Reply-To of the forwarded mail")
def p16() -> bytes:
    note = t("""
        para tenerlo en el mail principal. ojo que Chile ya cambió la hora, es la misma que acá

        --
        Martina
    """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail.example.net", "198.51.100.25", "2026-09-28 08:14:51", CBA, "p16f0")),
        ("From", addr("Martina Sosa", ME_ALT)),
        ("To", TO_ME),
        ("Subject", enc("Fwd: Entrevista confirmada – Kumbre Systems")),
        ("Date", date("2026-09-28 08:14:48", CBA)),
        ("Message-ID", "<e2b1f0c4-77a5-4d31-b9c8-3f0a21d7e655@example.net>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], mixed(text(note, cte="8bit", params="format=flowed"),
             attached_message(_lever_kumbre(), "Entrevista confirmada - Kumbre Systems.eml")))


@mail(N(17), family="teamtailor", lang="es", interview=True, kind="rescheduled", company="Garúa Digital",
      start=utc("2026-10-13 15:30", MVD), end=utc("2026-10-13 16:15", MVD),
      contact="valentina.pereyra@garua.com.uy",
      local="Tue 2026-10-13 15:30", local_end="2026-10-13 16:15", zone=MVD,
      days=(("Thu", "2026-10-08"),),
      note="Teamtailor reschedule from a Montevideo company: old 'jueves 8 de octubre, 10:00', new 'martes 13 de "
           "octubre, 15:30 - 16:15 (hora de Montevideo, GMT-3)'; Uruguay has no DST, so 18:30-19:15Z; label = "
           "new time; contact = Reply-To recruiter")
def p17() -> bytes:
    body = t("""
        Hola Martina,

        Tuvimos que mover tu entrevista para Garúa Digital — ¡perdón por el cambio!

        Antes:  jueves 8 de octubre, 10:00
        Ahora:  martes 13 de octubre de 2026, 15:30 - 16:15 (hora de Montevideo, GMT-3)

        Entrevista: Técnica con el equipo de Plataforma
        Lugar: Google Meet (mismo enlace que antes) https://meet.google.com/gar-uhmv-tqo

        Si el nuevo horario no te sirve, respondé a este correo y lo vemos.

        Saludos,
        Valentina Pereyra
        Talent Partner · Garúa Digital
    """)
    page = t("""
        <div style="font-family:'Helvetica Neue',Arial,sans-serif;max-width:560px;font-size:15px;color:#1a1a1a">
        <p>Hola Martina,</p>
        <p>Tuvimos que mover tu entrevista para Garúa Digital — ¡perdón por el cambio!</p>
        <p><s style="color:#999">jueves 8 de octubre, 10:00</s><br>
        <b>martes 13 de octubre de 2026, 15:30 - 16:15</b> (hora de Montevideo, GMT-3)</p>
        <p>Entrevista: Técnica con el equipo de Plataforma<br>
        Lugar: <a href="https://meet.google.com/gar-uhmv-tqo">Google Meet</a> (mismo enlace que antes)</p>
        <p>Si el nuevo horario no te sirve, respondé a este correo y lo vemos.</p>
        <p>Saludos,<br>Valentina Pereyra<br>Talent Partner · Garúa Digital</p>
        <p style="font-size:11px;color:#aaa">Garúa Digital usa Teamtailor · <a href="https://garua.teamtailor.com/connect">Connect</a></p>
        </div>
    """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mx-out-14.teamtailor-mail.com", "54.155.12.88", "2026-10-07 17:48:21", MVD, "p17t4")),
        ("From", addr("Valentina Pereyra (Garúa Digital)", "no-reply@teamtailor-mail.com")),
        ("Reply-To", addr("Valentina Pereyra", "valentina.pereyra@garua.com.uy")),
        ("To", TO_ME),
        ("Subject", enc("Cambio de horario: tu entrevista con Garúa Digital")),
        ("Date", date("2026-10-07 17:48:18", MVD)),
        ("Message-ID", "<tt-msg-8841920.e5a0@teamtailor-mail.com>"),
    ], alt(text(body), html(page)))


@mail(N(18), family="goodtime", lang="en", interview=True, kind="rescheduled", company="Quillfeather",
      start=utc("2026-11-10 09:00", LA), end=utc("2026-11-10 10:00", LA), contact="maya.okafor@quillfeather.com",
      local="Tue 2026-11-10 09:00", local_end="2026-11-10 10:00", zone=LA, days=(("Mon", "2026-11-09"),),
      note="GoodTime 'interview rescheduled': previously Mon 9 Nov 1:00 PM PST, now Tue 10 Nov 9:00-10:00 AM PST "
           "(UTC-8 after 1 Nov) = 17:00-18:00Z, 2:00-3:00 PM ART as the mail says; ICS SEQUENCE:1 in UTC; "
           "contact = Reply-To coordinator")
def p18() -> bytes:
    body = t("""
        Hi Martina,

        Your interview with Quillfeather has been rescheduled. The updated details are below - please
        accept the new calendar invitation.

        NEW TIME
        Tuesday, November 10, 2026
        9:00 AM - 10:00 AM PST
        (2:00 PM - 3:00 PM ART, your local time)

        PREVIOUSLY
        Monday, November 9, 2026, 1:00 PM PST

        Interview: Virtual Onsite - Test Infrastructure
        Interviewers: Lena Fischer, Arjun Patel
        Join: https://quillfeather.zoom.us/j/99180224417

        If you have questions, reply to this email to reach Maya Okafor, Recruiting Coordinator.

        Powered by GoodTime
    """)
    ics = """BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gt-0b7c93e1-58a2-4f1d-9d36-e24a77c1f0b5@goodtime.io
DTSTAMP:20261105T221055Z
DTSTART:20261110T170000Z
DTEND:20261110T180000Z
SEQUENCE:1
SUMMARY:Quillfeather - Virtual Onsite - Test Infrastructure (Martina Sosa)
LOCATION:https://quillfeather.zoom.us/j/99180224417
ORGANIZER;CN=Quillfeather Recruiting:mailto:scheduling@goodtime.io
ATTENDEE;CN=Martina Sosa;RSVP=TRUE:mailto:martina.sosa@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("o7.mail.goodtime.io", "168.245.9.37", "2026-11-05 14:10:58", LA, "p18g6")),
        ("From", addr("Quillfeather Recruiting", "scheduling@goodtime.io")),
        ("Reply-To", addr("Maya Okafor", "maya.okafor@quillfeather.com")),
        ("To", TO_ME),
        ("Subject", "Rescheduled: Your interview with Quillfeather"),
        ("Date", date("2026-11-05 14:10:55", LA)),
        ("Message-ID", "<gt.resched.0b7c93e1.1793916655@goodtime.io>"),
    ], mixed(alt(text(body), html(gmail_html(body))), calendar(ics, filename="invite.ics",
                                                              disposition="attachment")))


@mail(N(19), family="human_prose", lang="es", interview=True, kind="rescheduled", company="Algarrobo IT",
      start=utc("2026-09-30 11:15", CBA), contact="rgutierrez@algarroboit.com.ar",
      local="Wed 2026-09-30 11:15", zone=CBA, days=(("Tue", "2026-09-29"), ("Wed", "2026-09-30")),
      note="Formal (usted) Outlook mail, windows-1252 QP: moves the interview 'del martes 29 a las 11' to 'el "
           "miércoles 30 a las once y cuarto' = Wed 30 Sep 11:15 -03 = 14:15Z; the attached Outlook item is an "
           "all-day event on 30 Sep (no time in the ICS); label = new time; contact = sender / ORGANIZER")
def p19() -> bytes:
    body = t("""
        Estimada Martina:

        Le escribo para pedirle disculpas: debemos pasar la entrevista que teníamos pactada del
        martes 29 a las 11 al miércoles 30 a las once y cuarto, en el mismo lugar (Av. Hipólito
        Yrigoyen 146, 2° piso). Al Ing. Cabrera le surgió una auditoría el martes.

        Ya quedó reservada la sala para el miércoles; la espero en recepción. Si por algún motivo
        no le resultara posible, avíseme y buscamos otra alternativa.

        Muy cordialmente,

        Roberto Gutiérrez
        Jefe de Recursos Humanos
        Algarrobo IT S.R.L.
        Tel. (0351) 555-0163
    """)
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Roberto Gutiérrez:mailto:rgutierrez@algarroboit.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Martina Sosa:mailto:martina.sosa@example.org
SUMMARY;LANGUAGE=es-AR:Entrevista Martina Sosa (QA) - 11:15 hs - Ing. Cabrera / RRHH
DTSTART;VALUE=DATE:20260930
DTEND;VALUE=DATE:20261001
UID:040000008200E00074C5B7101A82E00800000000D0A91F3C2A4CDC01000000000000000010000000E1F0
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260925T131204Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=es-AR:Algarrobo IT - Av. Hipólito Yrigoyen 146\\, 2° piso
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
"""
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail.algarroboit.com.ar", "200.45.18.92", "2026-09-25 10:12:07", CBA, "p19o2")),
        ("From", addr("Roberto Gutiérrez", "rgutierrez@algarroboit.com.ar", "iso-8859-1")),
        ("To", TO_ME),
        ("Subject", enc("Reprogramación entrevista - Algarrobo IT", "windows-1252")),
        ("Date", date("2026-09-25 10:12:04", CBA)),
        ("Message-ID", "<000f01dc2e9a$4c1b2e70$e4518b50$@algarroboit.com.ar>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdwuminOkP2l3Xv1R0G6y1Zq0c1h5w=="),
    ], mixed(text(body, charset="windows-1252"), calendar(ics, cte="base64", filename="Entrevista.ics",
                                                          disposition="attachment", name_param=True)))


@mail(N(20), family="exchange", lang="en", interview=True, kind="rescheduled", company="Northgate Analytics",
      start=utc("2026-11-19 13:00", NY), end=utc("2026-11-19 14:00", NY), contact="laura.brennan@northgateanalytics.com",
      local="Thu 2026-11-19 13:00", local_end="2026-11-19 14:00", zone=NY, days=(("Wed", "2026-11-18"),),
      note="Exchange meeting update (SEQUENCE:2, TZID 'Eastern Standard Time'): moved from 'Wednesday 11/18 at 3 "
           "PM ET' to 'Thursday 11/19 at 1 PM ET', 1:00-2:00 PM EST = 18:00-19:00Z (15:00 in Córdoba); label = "
           "new time; contact = ORGANIZER / sender")
def p20() -> bytes:
    body = t("""
        When: Thursday, November 19, 2026 1:00 PM-2:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Martina,

        Apologies for the shuffle - one of our panelists is out on Wednesday, so I'm moving our
        conversation from Wednesday 11/18 at 3 PM ET to Thursday 11/19 at 1 PM ET. Same panel otherwise
        (Ben Alvarez and me). Please accept the updated invite.

        Thanks,
        Laura Brennan
        Director of QA, Northgate Analytics

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGA1119>
        Meeting ID: 221 904 117 352
        Passcode: q7TbX2
        ________________________________________________________________________________
    """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Hi Martina,</p>
        <p>Apologies for the shuffle &#8211; one of our panelists is out on Wednesday, so I&#8217;m moving our
        conversation from Wednesday 11/18 at 3 PM ET to Thursday 11/19 at 1 PM ET. Same panel otherwise
        (Ben Alvarez and me). Please accept the updated invite.</p>
        <p>Thanks,<br>Laura Brennan<br>Director of QA, Northgate Analytics</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>
        <div><span style="font-size:24px;font-weight:700;color:#252424">Microsoft Teams meeting</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGA1119">Click here to join the meeting</a></div>
        <div>Meeting ID: 221 904 117 352<br>Passcode: q7TbX2</div>
        </div></body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_EST_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Laura Brennan:mailto:laura.brennan@northgateanalytics.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Martina Sosa:mailto:martina.sosa@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ben Alvarez:mailto:ben.alvarez@northgateanalytics.com
SUMMARY;LANGUAGE=en-US:Interview - Martina Sosa / QA Automation Engineer
DTSTART;TZID=Eastern Standard Time:20261119T130000
DTEND;TZID=Eastern Standard Time:20261119T140000
UID:040000008200E00074C5B7101A82E0080000000060D3B1C2E76FDC01000000000000000010000000D41A
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261113T163022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("NAM12-MW2-obe.outbound.protection.outlook.com", "40.107.96.112", "2026-11-13 11:30:25",
                         NY, "p20x8")),
        ("From", addr("Laura Brennan", "laura.brennan@northgateanalytics.com")),
        ("To", TO_ME),
        ("CC", addr("Ben Alvarez", "ben.alvarez@northgateanalytics.com")),
        ("Subject", "Updated: Interview - Martina Sosa / QA Automation Engineer"),
        ("Date", date("2026-11-13 11:30:22", NY)),
        ("Message-ID", "<MN2PR11MB4711C0E2D91A@MN2PR11MB4711.namprd11.prod.outlook.com>"),
        ("Thread-Topic", "Interview - Martina Sosa / QA Automation Engineer"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(N(21), family="exchange", lang="es", interview=True, kind="cancelled", company="Vientosur Energía",
      start=utc("2026-10-22 11:00", BA), end=utc("2026-10-22 12:00", BA), contact="palbarracin@vientosur.com.ar",
      local="Thu 2026-10-22 11:00", local_end="2026-10-22 12:00", zone=BA,
      note="Outlook/Teams cancellation in Spanish (METHOD:CANCEL, TZID 'Argentina Standard Time'); the body "
           "gives no date or time, the cancelled slot is only in the ICS: 22 Oct 11:00-12:00 (UTC-03:00) = "
           "14:00-15:00Z; a new date promised, none given; contact = ORGANIZER / sender")
def p21() -> bytes:
    body = t("""
        Martina, perdón: me surgió un viaje a planta esa semana y tengo que cancelar la entrevista
        técnica. Te escribo en estos días con una fecha nueva.

        Pedro Albarracín
        Gerente de Calidad de Software | Vientosur Energía
    """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ARG_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Pedro Albarracín:mailto:palbarracin@vientosur.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Martina Sosa:mailto:martina.sosa@example.org
SUMMARY;LANGUAGE=es-AR:Cancelada: Entrevista técnica - QA Sr
DTSTART;TZID=Argentina Standard Time:20261022T110000
DTEND;TZID=Argentina Standard Time:20261022T120000
UID:040000008200E00074C5B7101A82E008000000003A6C1E5D2A5FDC01000000000000000010000000A7E3
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261020T194511Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=es-AR:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
END:VCALENDAR
"""
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("BR1P280MB2011.BRAP280.PROD.OUTLOOK.COM", "40.107.95.61", "2026-10-20 16:45:13", BA,
                         "p21c3")),
        ("From", addr("Pedro Albarracín", "palbarracin@vientosur.com.ar")),
        ("To", TO_ME),
        ("Subject", enc("Cancelada: Entrevista técnica - QA Sr")),
        ("Date", date("2026-10-20 16:45:11", BA)),
        ("Message-ID", "<BR1P280MB20117F3A2C41@BR1P280MB2011.BRAP280.PROD.OUTLOOK.COM>"),
        ("Importance", "high"),
        ("X-MS-Exchange-Calendar-Originator-Id", "b5c0a9e1-4d22-4f0e-8e1b-7a3c9d21f6a0"),
    ], alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@mail(N(22), family="join", lang="es", interview=True, kind="cancelled", company="Ñandú Logística",
      start=utc("2026-12-07 14:00", CBA), contact="mariela.quiroga@nandulogistica.com.ar",
      local="Mon 2026-12-07 14:00", zone=CBA,
      note="JOIN message cancelling 'la entrevista del lunes 7 de diciembre a las 14 hs' (Córdoba, -03) = 17:00Z "
           "because the position was paused; no new time; sender is JOIN's no-reply, contact = recruiter "
           "address in the body")
def p22() -> bytes:
    body = t("""
        Hola Martina,

        Te escribimos para avisarte que lamentablemente tenemos que cancelar la entrevista del lunes
        7 de diciembre a las 14 hs para el puesto de QA Automation Engineer. La posición quedó en pausa
        por una reorganización interna y por ahora no vamos a seguir con el proceso.

        Te pedimos disculpas por el aviso tardío. Si la búsqueda se reabre en 2027 te vamos a contactar.
        Por cualquier consulta podés escribirle a Mariela Quiroga (mariela.quiroga@nandulogistica.com.ar).

        Saludos,
        Equipo de Personas
        Ñandú Logística

        ---
        Este mensaje fue enviado a través de JOIN. No respondas a este correo.
    """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-out.join.com", "18.185.143.20", "2026-12-03 15:26:39", CBA, "p22j1")),
        ("From", addr("Ñandú Logística via JOIN", "noreply@join.com")),
        ("To", TO_ME),
        ("Subject", enc("Actualización sobre tu candidatura: QA Automation Engineer")),
        ("Date", date("2026-12-03 15:26:36", CBA)),
        ("Message-ID", "<join.msg.51f8a0c2d7@join.com>"),
    ], text(body, cte="base64"))


@mail(N(23), family="softgarden", lang="en", interview=True, kind="cancelled", company="Kesselhaus Mobility",
      start=utc("2026-11-12 16:00", BER), end=utc("2026-11-12 17:00", BER),
      contact="jana.krueger@kesselhaus-mobility.de",
      local="Thu 2026-11-12 16:00", local_end="2026-11-12 17:00", zone=BER,
      note="softgarden HTML-only (base64) cancellation from a Berlin firm: 'Thursday, 12 November 2026, "
           "16:00-17:00 (CET)', CET = UTC+1 in November, so 15:00-16:00Z (12:00 in Córdoba, as written); new "
           "dates promised but not given; contact = Reply-To recruiter")
def p23() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Dear Martina Sosa,</p>
        <p>unfortunately we have to <b>cancel</b> your interview for the position <b>Senior QA Engineer
        (Remote, LATAM)</b> scheduled for</p>
        <p style="margin-left:20px">Thursday, 12 November 2026, 16:00&ndash;17:00 (CET)<br>
        <span style="color:#777">(12:00&ndash;13:00 in Córdoba)</span></p>
        <p>Two members of the interview panel are unavailable at short notice. We are very sorry for the
        inconvenience and will get back to you with new dates early next week.</p>
        <p>Kind regards<br>Jana Krüger<br>Talent Acquisition &middot; Kesselhaus Mobility GmbH &middot; Berlin</p>
        <hr style="border:0;border-top:1px solid #ddd">
        <p style="font-size:11px;color:#999">This e-mail was sent via softgarden. Kesselhaus Mobility GmbH,
        Schlesische Str. 30, 10997 Berlin.</p>
        </body></html>
    """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail02.softgarden.de", "185.53.178.19", "2026-11-10 09:30:44", BER, "p23s7")),
        ("From", addr("Kesselhaus Mobility GmbH", "no-reply@softgarden.de")),
        ("Reply-To", addr("Jana Krüger", "jana.krueger@kesselhaus-mobility.de")),
        ("To", TO_ME),
        ("Subject", "Cancellation of your interview - Senior QA Engineer (Remote, LATAM)"),
        ("Date", date("2026-11-10 09:30:41", BER)),
        ("Message-ID", "<sg.5532108.cancel.1794299441@softgarden.de>"),
    ], html(page, cte="base64"))


# =========================================================================== negatives (keys 24-50)


@mail(N(24), family="rejection", lang="es", interview=False, company="Molle Tech",
      days=(("Tue", "2026-10-06"),),
      note="Greenhouse rejection in Spanish after 'la entrevista del martes 6'; a past interview, nothing to "
           "schedule")
def n24() -> bytes:
    body = t("""
        Hola Martina,

        Muchas gracias por el tiempo que le dedicaste al proceso de QA Automation Engineer en Molle Tech
        y por la entrevista del martes 6 con el equipo.

        Después de analizar todos los perfiles, decidimos avanzar con otra persona cuya experiencia se
        ajusta más a lo que necesitamos en este momento. No fue una decisión fácil: el equipo se llevó
        muy buena impresión tuya.

        Vamos a guardar tu CV para futuras búsquedas y te deseamos muchos éxitos.

        Saludos,
        Equipo de Talento
        Molle Tech
    """)
    page = "<div style=\"font-family:Arial;font-size:14px\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</div>\n"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("o11.us.greenhouse-mail.io", "167.89.44.11", "2026-10-09 15:02:30", CBA, "n24r0")),
        ("From", addr("Molle Tech", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Molle Tech", "no-reply@us.greenhouse-mail.io")),
        ("To", TO_ME),
        ("Subject", enc("Tu postulación a QA Automation Engineer en Molle Tech")),
        ("Date", date("2026-10-09 15:02:27", CBA)),
        ("Message-ID", "<0100019a6b1e.rej-7c21e@us.greenhouse-mail.io>"),
    ], alt(text(body), html(page)))


@mail(N(25), family="offer", lang="en", interview=False, company="Sable & Finch Software",
      days=(("Mon", "2027-01-04"), ("Fri", "2026-12-11")),
      note="Offer letter: fixed dates (start Mon 4 Jan 2027, sign by Fri 11 Dec 5 PM ET, an optional call) but "
           "no interview")
def n25() -> bytes:
    body = t("""
        Hi Martina,

        On behalf of everyone at Sable & Finch Software, I'm delighted to offer you the position of Senior QA
        Automation Engineer (contractor, remote from Argentina). The attached letter has the details:

        - Monthly rate: USD 5,400, paid via Deel
        - Start date: Monday, January 4, 2027
        - Reporting to: Grace Whitmore, VP Engineering

        Please review and sign through DocuSign by Friday, December 11 at 5:00 PM ET. If you'd like to go over
        anything, I'm happy to hop on a quick call - just grab any slot on my calendar:
        https://calendly.com/tom-sablefinch/15min

        We're really excited to have you on the team.

        Best,
        Tom Reyes
        Talent Partner, Sable & Finch Software
    """)
    letter = t("""
        Sable & Finch Software LLC - Offer of Engagement

        Candidate: Martina Sosa
        Role: Senior QA Automation Engineer (Contractor)
        Start date: January 4, 2027
        Rate: USD 5,400 / month
        This offer expires on December 11, 2026 at 5:00 PM Eastern Time.
    """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-oa1-f52.google.com", "209.85.160.52", "2026-12-07 10:41:06", NY, "n25o4")),
        ("From", addr("Tom Reyes", "tom.reyes@sablefinch.io")),
        ("To", TO_ME),
        ("Subject", "Offer - Senior QA Automation Engineer at Sable & Finch"),
        ("Date", date("2026-12-07 10:41:03", NY)),
        ("Message-ID", "<CAB3r9yQ2mOffer@mail.gmail.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             text(letter, cte="base64", extra=(("Content-Disposition",
                                                 'attachment; filename="Offer_Martina_Sosa.txt"'),))))


@mail(N(26), family="application_receipt", lang="es", interview=False, company="Aseguradora del Plata",
      note="Taleo auto-acknowledgement of an application: 'si su perfil avanza lo contactaremos para coordinar una "
           "entrevista'; no time")
def n26() -> bytes:
    body = t("""
        Estimada Martina Sosa:

        Hemos recibido su postulación al puesto Analista de Automatización de Pruebas (Req. 26000913).

        Nuestro equipo de Selección de Personal revisará su perfil. Si sus antecedentes se ajustan a los
        requisitos de la búsqueda, nos comunicaremos con usted para coordinar una entrevista.

        Puede consultar el estado de su postulación en cualquier momento ingresando al portal de empleos.

        Muchas gracias por su interés en Aseguradora del Plata.

        Selección de Personal
        Aseguradora del Plata S.A.

        ----------------------------------------------------------------------
        Este es un mensaje automático. Por favor, no responda a este correo.
    """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("smtp-out03.taleo.net", "160.34.8.73", "2026-10-28 22:14:09", BA, "n26a2")),
        ("From", addr("Aseguradora del Plata", "no-reply@taleo.net")),
        ("To", TO_ME),
        ("Subject", enc("Confirmación de postulación - Req. 26000913", "iso-8859-1")),
        ("Date", date("2026-10-28 22:14:05", BA)),
        ("Message-ID", "<991203476.118844.1793236445102.JavaMail.taleo@tlo-prd-app09>"),
    ], text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(N(27), family="job_alert", lang="es", interview=False, company=None,
      note="Job-board alert (fictional portal) listing QA jobs, one with 'entrevistas esta semana'; no appointment")
def n27() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;background:#f2f2f2">
        <table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">
        <h2 style="color:#0a5">7 nuevos empleos para "QA Automation" en Córdoba</h2>
        <p><a href="https://trabaja.example.com/e/88121"><b>QA Automation Engineer Ssr</b></a><br>
        Yacaré Sistemas · Córdoba Capital · Híbrido<br>
        <span style="color:#c00">¡Entrevistas esta semana!</span> · Publicado hace 2 días</p>
        <p><a href="https://trabaja.example.com/e/88140"><b>Tester funcional / automatización</b></a><br>
        Consultora Mediterránea · Córdoba · Presencial</p>
        <p><a href="https://trabaja.example.com/e/88177"><b>SDET (Java + RestAssured)</b></a><br>
        Empresa confidencial · Remoto Argentina</p>
        <p><a href="https://trabaja.example.com/e/88203"><b>QA Lead</b></a><br>
        Pampa Cloud · Villa María · Presencial</p>
        <p><a href="https://trabaja.example.com/alertas">Ver los 7 empleos</a></p>
        <p style="font-size:11px;color:#888">Recibís este correo porque creaste una alerta en Trabajá.ar.
        <a href="https://trabaja.example.com/baja?u=ms88">Darte de baja</a></p>
        </td></tr></table></body></html>
    """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mailer3.trabaja.example.com", "203.0.113.40", "2026-09-09 07:00:12", CBA, "n27j5")),
        ("From", addr("Trabajá.ar Alertas", "alertas@trabaja.example.com")),
        ("To", ME),
        ("Subject", enc("7 nuevos empleos de QA Automation en Córdoba")),
        ("Date", date("2026-09-09 07:00:08", CBA)),
        ("Message-ID", "<alerta.20260909.ms88@trabaja.example.com>"),
        ("List-Unsubscribe", "<https://trabaja.example.com/baja?u=ms88>"),
        ("Precedence", "bulk"),
    ], html(page, charset="iso-8859-15"))


@mail(N(28), family="self_schedule", lang="en", interview=False, company="Lumen Grid",
      days=(("Mon", "2026-11-02"), ("Wed", "2026-11-04")),
      note="Ashby self-scheduling request: 'pick a time' between Mon 2 and Wed 4 Nov, nothing booked yet")
def n28() -> bytes:
    body = t("""
        Hi Martina,

        Congrats on moving forward with Lumen Grid! The next step is a 45-minute Technical Interview -
        Test Automation with one of our SDETs.

        Please choose a time that works for you using the link below. Available times are shown in your
        time zone and run from Monday, November 2 through Wednesday, November 4.

        Pick a time: https://app.ashbyhq.com/interview-scheduling/lumengrid/8c2f1e70

        If none of the times work, reply to this email and Hannah will find more options.

        Thanks,
        Lumen Grid Recruiting
    """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("a48-102.smtp-out.amazonses.com", "54.240.48.102", "2026-10-26 11:12:40", LA, "n28s6")),
        ("From", addr("Lumen Grid", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Hannah Cho", "hannah.cho@lumengrid.com")),
        ("To", TO_ME),
        ("Subject", "Schedule your interview with Lumen Grid"),
        ("Date", date("2026-10-26 11:12:37", LA)),
        ("Message-ID", "<0100019a20aa7c12-3f1e2d9b-77c0-4a11-b0c2-e18d9a62c4f0-000000@email.amazonses.com>"),
    ], alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(N(29), family="recruiter_outreach", lang="es", interview=False, company="Talento Serrano",
      note="Agency outreach in voseo ('¿tenés 15 minutos esta semana?'); no time fixed")
def n29() -> bytes:
    body = t("""
        Hola Martina, ¿cómo estás?

        Soy Lautaro, de Talento Serrano. Vi tu perfil y tu charla sobre Playwright en el meetup de QA y me
        pareció que podés encajar muy bien en una búsqueda que tenemos para un cliente de Rosario
        (producto SaaS, equipo chico, 100% remoto, pago en dólares).

        ¿Tenés 15 minutitos esta semana o la que viene para una llamada corta? Pasame un par de horarios que
        te queden cómodos y lo coordinamos.

        Saludos!
        Lautaro Bazán
        Senior IT Recruiter · Talento Serrano
        +54 9 351 555-0177
    """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-ed1-f48.google.com", "209.85.208.48", "2026-09-29 12:31:52", CBA, "n29o1")),
        ("From", addr("Lautaro Bazán", "lautaro.bazan@talentoserrano.com.ar")),
        ("To", TO_ME),
        ("Subject", enc("Búsqueda QA Automation Sr – cliente en Rosario")),
        ("Date", date("2026-09-29 12:31:49", CBA)),
        ("Message-ID", "<CAL4z7sB-Ou9trch@mail.gmail.com>"),
    ], alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(N(30), family="proposed_times", lang="es", interview=False, company="Quebracho Software",
      days=(("Tue", "2026-09-22"), ("Thu", "2026-09-24")),
      note="First mail of the Quebracho thread: proposes 'el martes 22 a las 10 o el jueves 24 a las 16', "
           "nothing confirmed yet (the confirmation is a later mail)")
def n30() -> bytes:
    body = t("""
        Hola Martina!

        Te escribo de Quebracho Software por la búsqueda de QA Automation que viste en LinkedIn. Nos
        gustó mucho tu perfil y nos encantaría tener una primera charla con vos.

        ¿Te viene bien el martes 22 a las 10 o el jueves 24 a las 16 para una primera charla? Sería en
        nuestra oficina de Bv. San Juan, pero si te queda más cómodo la hacemos por Meet.

        Quedo atenta!
        Agus

        --
        Agustina Molina
        Talento | Quebracho Software
        Córdoba, Argentina
    """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-yw1-f171.google.com", "209.85.128.171", "2026-09-16 11:20:09", CBA, "n30p8")),
        ("From", addr("Agustina Molina", "agustina.molina@quebracho.com.ar")),
        ("To", TO_ME),
        ("Subject", enc("Búsqueda QA Automation - Quebracho")),
        ("Date", date("2026-09-16 11:20:06", CBA)),
        ("Message-ID", "<CAJq4-AgMo1160916@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(31), family="job_centre", lang="es", interview=False, company=None,
      days=(("Mon", "2026-09-14"),),
      note="Municipal employment office: 'entrevista con orientadora laboral', lunes 14/09 09:30, fixed and "
           "confirmed, but a public employment-service appointment, not a job interview")
def n31() -> bytes:
    body = t("""
        TURNO CONFIRMADO

        Sra./Sr. SOSA, MARTINA
        DNI: 3*.***.*12

        Le recordamos su turno en la Oficina Municipal de Empleo:

        Trámite:   Entrevista con orientadora laboral - Programa de Inserción Laboral
        Fecha:     lunes 14/09/2026
        Hora:      09:30 hs
        Lugar:     Oficina de Empleo - Sede Centro, Rivera Indarte 155, Córdoba
        Documentación: DNI, CV actualizado, constancia de CUIL

        Si no puede asistir, cancele el turno desde el sistema de turnos web.

        Oficina Municipal de Empleo
        *** Mensaje generado automáticamente, no responder ***
    """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("turnos.empleo.example.gob.ar", "192.0.2.81", "2026-09-08 13:45:02", CBA, "n31e0")),
        ("From", addr("Turnos Web - Oficina de Empleo", "no-responder@empleo.example.gob.ar")),
        ("To", ME),
        ("Subject", "TURNO CONFIRMADO - Entrevista con orientadora laboral"),
        ("Date", date("2026-09-08 13:45:00", CBA)),
        ("Message-ID", "<turno.71128834@turnos.empleo.example.gob.ar>"),
    ], text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(N(32), family="press", lang="es", interview=False, company=None,
      days=(("Fri", "2026-10-02"),),
      note="A journalist confirms an interview with Martina for an article on women in QA, viernes 2/10 18 hs "
           "by Meet: a confirmed 'entrevista', but press, not a job interview")
def n32() -> bytes:
    body = t("""
        Hola Martina, ¿qué tal?

        Genial, entonces quedamos el viernes 2/10 a las 18 hs por Meet para la entrevista para la nota
        sobre mujeres en testing y calidad de software. Serán unos 30-40 minutos; te voy a preguntar por tu
        recorrido, cómo llegaste a automatización y qué le dirías a alguien que recién empieza.

        Te paso el link: https://meet.google.com/cds-nota-mjr

        Si te parece, después te pido una foto para acompañar la nota.

        Gracias de nuevo por la buena onda,
        Jimena Ochoa
        Redactora · Revista Código Serrano
    """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-lf1-f44.google.com", "209.85.167.44", "2026-09-29 16:08:31", CBA, "n32j2")),
        ("From", addr("Jimena Ochoa", "jimena.ochoa@codigoserrano.example.com")),
        ("To", TO_ME),
        ("Subject", enc("Re: Entrevista para nota - Código Serrano")),
        ("Date", date("2026-09-29 16:08:28", CBA)),
        ("Message-ID", "<CAG2q8jO-nota@mail.gmail.com>"),
        ("In-Reply-To", "<CAF-ms-nota-0928@mail.gmail.com>"),
    ], alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(N(33), family="podcast", lang="es", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Google Calendar invitation to record a podcast episode ('entrevista' with Martina as guest), jue 5 "
           "nov 19:00-20:00 with ICS: a confirmed time, but not a job interview")
def n33() -> bytes:
    body = t("""
        Facundo Lerda te invitó a un evento

        Grabación Bugs y Mate #42 – entrevista a Martina Sosa
        Cuándo: jue. 5 de noviembre de 2026 19:00 – 20:00 (hora estándar de Argentina)
        Unirse con Google Meet: https://meet.google.com/bym-grab-o42

        Martina, te paso la invitación para grabar el episodio. Charlamos de flaky tests y de cómo
        armaste el pipeline de Playwright. Traé auriculares con micrófono si tenés!

        Invitados:
        Facundo Lerda - organizador
        martina.sosa@example.org

        Invitación de Google Calendar
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_CBA}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Cordoba:20261105T190000
DTEND;TZID=America/Argentina/Cordoba:20261105T200000
DTSTAMP:20261029T203311Z
ORGANIZER;CN=Facundo Lerda:mailto:facundo.lerda@bugsymate.example.com
UID:6b0r4q2m1s8t9u7v5w3x2y1z0a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.sosa@example.org:mailto:martina.sosa@example.org
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Grabación Bugs y Mate #42 – entrevista a Martina Sosa
END:VEVENT
END:VCALENDAR
"""
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-sor-f73.google.com", "209.85.220.73", "2026-10-29 17:33:14", CBA, "n33p1")),
        ("From", addr("Facundo Lerda", "facundo.lerda@bugsymate.example.com")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", enc("Invitación: Grabación Bugs y Mate #42 – entrevista a Martina Sosa @ jue 5 nov 2026 "
                        "19:00 - 20:00 (ART) (martina.sosa@example.org)")),
        ("Date", date("2026-10-29 17:33:11", CBA)),
        ("Message-ID", "<calendar-1f0e9d8c-bym42@google.com>"),
    ], mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
             calendar(ics, cte="base64", ctype="application/ics", method=None, filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(N(34), family="admission_interview", lang="es", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="Business school 'entrevista de admisión' for an executive MBA, miércoles 21/10 18:30: a fixed "
           "interview, but an admission interview, not a job interview")
def n34() -> bytes:
    body = t("""
        Estimada Martina:

        Nos complace informarle que su solicitud de admisión al MBA Ejecutivo (cohorte 2027) ha superado la
        primera etapa. Le confirmamos su entrevista de admisión:

        Día: miércoles 21 de octubre de 2026
        Horario: 18:30 a 19:15
        Lugar: Sede Cerro de las Rosas, Av. Rafael Núñez 4400, aula 3 (o por Zoom, si lo solicita)
        Entrevistador: Dr. Hernán Sívori, Director Académico

        Le pedimos traer su título de grado y una copia de su CV.

        Saludos cordiales,
        Admisiones · Escuela de Negocios del Centro
    """)
    page = "<html><body style=\"font-family:Georgia,serif;font-size:15px\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail.endc.example.edu.ar", "192.0.2.140", "2026-10-14 10:51:20", CBA, "n34a3")),
        ("From", addr("Admisiones ENDC", "admisiones@endc.example.edu.ar")),
        ("To", TO_ME),
        ("Subject", enc("Entrevista de admisión – MBA Ejecutivo 2027")),
        ("Date", date("2026-10-14 10:51:17", CBA)),
        ("Message-ID", "<adm.2027.00381@endc.example.edu.ar>"),
    ], alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


@mail(N(35), family="sports_tryout", lang="es", interview=False, company=None,
      days=(("Sat", "2026-09-12"),),
      note="Hockey club try-out ('prueba') for the women's first team, sábado 12/9 a las 10 hs: fixed, not a "
           "job interview")
def n35() -> bytes:
    body = t("""
        Hola chicas!! 🏑

        Les confirmamos la prueba para el plantel de Primera Damas: sábado 12/9 a las 10 hs en la cancha
        sintética del club (entrada por calle Los Aromos). Vengan 9:30 para entrar en calor.

        Traer: palo, canilleras, protector bucal y mucha agua. La prueba dura unas 2 horas y después hay
        una charla corta con el cuerpo técnico.

        Cualquier duda escríbanle a Vicky al 351 555-0134.

        Vamos Espinillos!!
        Subcomisión de Hockey
        Club Atlético Los Espinillos
    """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-wr1-f50.google.com", "209.85.221.50", "2026-09-07 20:15:44", CBA, "n35h6")),
        ("From", addr("Hockey Los Espinillos", "hockey.losespinillos@example.com")),
        ("To", addr("Jugadoras Primera", "primera-damas@example.com")),
        ("Subject", enc("Prueba Primera Damas - sábado 12/9 10 hs")),
        ("Date", date("2026-09-07 20:15:41", CBA)),
        ("Message-ID", "<CAHk1y-prueba0912@mail.gmail.com>"),
    ], text(body, cte="base64"))


@mail(N(36), family="car_service", lang="es", interview=False, company=None,
      days=(("Fri", "2026-10-16"),),
      note="Dealer workshop appointment for a 30,000 km service, viernes 16/10 08:00: fixed time, not an interview")
def n36() -> bytes:
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <h3 style="color:#b00">Turno de taller confirmado</h3>
        <p>Hola MARTINA SOSA,</p>
        <p>Tu turno para el <b>Service de 30.000 km</b> quedó confirmado:</p>
        <ul>
        <li><b>Fecha:</b> viernes 16/10/2026</li>
        <li><b>Hora de recepción:</b> 08:00</li>
        <li><b>Vehículo:</b> Hatchback 1.6 – patente AF 512 QX</li>
        <li><b>Sucursal:</b> Av. Fuerza Aérea 3100, Córdoba</li>
        </ul>
        <p>El trabajo demora aproximadamente 4 horas. Te avisamos por WhatsApp cuando esté listo.</p>
        <p>Automotores Sierras Chicas · Posventa</p>
        </body></html>
    """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("smtp.sierraschicas.example.com.ar", "192.0.2.201", "2026-10-13 17:02:33", CBA, "n36c4")),
        ("From", addr("Posventa Sierras Chicas", "posventa@sierraschicas.example.com.ar")),
        ("To", ME),
        ("Subject", enc("Turno confirmado – Service 30.000 km")),
        ("Date", date("2026-10-13 17:02:30", CBA)),
        ("Message-ID", "<turno-taller-55219@sierraschicas.example.com.ar>"),
    ], html(page, charset="windows-1252"))


@mail(N(37), family="tax_office", lang="es", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Provincial tax agency appointment (turno presencial), jueves 03/12 10:40: fixed, not an interview")
def n37() -> bytes:
    body = t("""
        Agencia de Recaudación Provincial - Sistema de Turnos

        Su turno fue registrado con éxito.

        Contribuyente:   SOSA MARTINA - CUIT 27-3*****12-4
        Trámite:         Consulta de monotributo / régimen simplificado
        Fecha y hora:    jueves 03/12/2026 - 10:40 hs
        Delegación:      Centro - Rivera Indarte 650, Córdoba
        Nro. de turno:   C-10422

        Presentarse 10 minutos antes con DNI. Pasados 15 minutos del horario el turno se da por perdido.

        Este correo se generó automáticamente. No lo responda.
    """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("turnos.recaudacion.example.gob.ar", "192.0.2.66", "2026-11-30 09:12:04", CBA, "n37t1")),
        ("From", addr("Turnos ARP", "turnos@recaudacion.example.gob.ar")),
        ("To", ME),
        ("Subject", enc("Confirmación de turno C-10422")),
        ("Date", date("2026-11-30 09:12:01", CBA)),
        ("Message-ID", "<C-10422.20261130@recaudacion.example.gob.ar>"),
    ], text(body, charset="iso-8859-15", cte="8bit"))


@mail(N(38), family="mock_interview", lang="es", interview=False, company=None,
      days=(("Wed", "2026-11-18"),),
      note="Calendly confirmation (Spanish) of a paid mock technical interview in English with a career coach, "
           "mié 18 nov 19:00-20:00 with ICS: a confirmed 'entrevista' slot, but practice, not a job interview")
def n38() -> bytes:
    body = t("""
        Hola, Martina Sosa:

        Se programó un nuevo evento.

        Evento:
        Simulacro de entrevista técnica en inglés (60 min)

        Nombre del organizador:
        Valeria Montes – Coaching de carrera IT

        Fecha/hora del evento:
        19:00 - 20:00, miércoles, 18 de noviembre de 2026 (Hora de Argentina)

        Ubicación:
        Zoom (el enlace llega en la invitación)

        Preguntas:
        ¿Para qué tipo de puesto te estás preparando?
        QA Automation Sr para empresas de EE. UU.

        Desarrollado por Calendly.com
    """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly Scheduling//ES
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:a81e3c77-6f20-4b9c-8d11-4c2b9e0f7d35@calendly.com
DTSTAMP:20261111T143045Z
DTSTART:20261118T220000Z
DTEND:20261118T230000Z
SUMMARY:Simulacro de entrevista técnica en inglés (60 min) entre Valeria Montes y Martina Sosa
ORGANIZER;CN=Valeria Montes:mailto:valeria@montescoaching.example.com
ATTENDEE;CN=Martina Sosa;RSVP=TRUE:mailto:martina.sosa@example.org
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("o1.email.calendly.com", "167.89.115.54", "2026-11-11 11:30:48", CBA, "n38m7")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Valeria Montes", "valeria@montescoaching.example.com")),
        ("To", TO_ME),
        ("Subject", enc("Nuevo evento: Valeria Montes - 19:00 mié., 18 nov. 2026 - Simulacro de entrevista "
                        "técnica en inglés")),
        ("Date", date("2026-11-11 11:30:45", CBA)),
        ("Message-ID", "<calendly.a81e3c77.1794407445@calendly.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


def _workable_los_talas() -> bytes:
    body = t("""
        Hola Rocío,

        ¡Gracias por postularte a Analista de Marketing Digital en Bodega Los Talas!

        Nos gustaría invitarte a una entrevista con nuestra gerente de marketing, Silvina Correa.

        Cuándo: jueves 15 de octubre de 2026 a las 10:00 (hora de Argentina, 45 minutos)
        Dónde: Google Meet — https://meet.google.com/blt-mkt-rrq

        Si el horario no te queda bien, respondé este mensaje.

        Saludos,
        Silvina Correa
        Bodega Los Talas

        ---
        Enviado a través de Workable.
    """)
    return message([
        ("From", addr("Bodega Los Talas", "noreply@candidates.workablemail.com")),
        ("Reply-To", "bodega-los-talas+91ab02cc@candidates.workablemail.com"),
        ("To", addr("Rocío Villalba", "rocio.villalba@example.net")),
        ("Subject", enc("Invitación a entrevista: Analista de Marketing Digital – Bodega Los Talas")),
        ("Date", date("2026-10-09 12:04:10", CBA)),
        ("Message-ID", "<7a2c91d0b3e84f55.1791558250@candidates.workablemail.com>"),
    ], text(body))


@mail(N(39), family="forwarded_other", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Martina's neighbour forwards HER OWN Workable interview confirmation (jue 15 oct 10:00) asking for "
           "tips: a confirmed interview, but not Martina's")
def n39() -> bytes:
    note = t("""
        Marti!! Mirá lo que me llegó 😱 Me llamaron de la bodega para la entrevista, el jueves a las 10.
        Vos que hiciste un montón de entrevistas este año, ¿me das algunos tips? ¿Qué les pregunto al final?
        Te paso el mail abajo. Si querés bajo a tomar unos mates el martes a la tarde y lo charlamos.

        Besos,
        Ro (la del 4°B)
    """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail.example.net", "198.51.100.31", "2026-10-09 19:22:48", CBA, "n39f5")),
        ("From", addr("Rocío Villalba", "rocio.villalba@example.net")),
        ("To", TO_ME),
        ("Subject", enc("Fwd: Invitación a entrevista: Analista de Marketing Digital – Bodega Los Talas")),
        ("Date", date("2026-10-09 19:22:45", CBA)),
        ("Message-ID", "<b71d0e3a-5a6c-41f2-8d19-0c7e2f9a1b84@example.net>"),
    ], mixed(text(note, cte="quoted-printable"), attached_message(_workable_los_talas())))


@mail(N(40), family="interviewer_invite", lang="en", interview=False, company=None,
      days=(("Wed", "2026-11-25"),),
      note="Current employer's Outlook invitation asking Martina to sit on a panel and interview a candidate "
           "(Wed 25 Nov 14:00-15:00, TZID 'Argentina Standard Time'), auto-forwarded from her work address: "
           "Martina is the interviewer, not the candidate")
def n40() -> bytes:
    body = t("""
        When: Wednesday, November 25, 2026 2:00 PM-3:00 PM (UTC-03:00) City of Buenos Aires.
        Where: Sala Quebrada / Microsoft Teams Meeting

        Hi Martina,

        Could you join the technical panel for Tomás Herrera (QA Automation Engineer candidate, ref. SS-212)?
        You'll cover the Playwright / CI part - please use the scorecard in Greenhouse and submit feedback
        the same day. His CV and the take-home are attached to the candidate profile.

        Thanks!
        Carolina Vega
        People Partner, Sauce Systems

        ________________________________________________________________________________
        Microsoft Teams meeting
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_SS212>
        ________________________________________________________________________________
    """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ARG_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Carolina Vega:mailto:carolina.vega@saucesystems.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Martina Sosa:mailto:msosa@saucesystems.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tomás Herrera:mailto:tomas.herrera.qa@example.com
SUMMARY;LANGUAGE=en-US:Interview: Tomás Herrera - QA Automation Engineer (technical panel)
DTSTART;TZID=Argentina Standard Time:20261125T140000
DTEND;TZID=Argentina Standard Time:20261125T150000
UID:040000008200E00074C5B7101A82E00800000000C1D7E2A49B7FDC01000000000000000010000000B2C4
CLASS:PUBLIC
DTSTAMP:20261119T181502Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Sala Quebrada / Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("CP6P284MB1880.BRAP284.PROD.OUTLOOK.COM", "40.107.95.77", "2026-11-19 15:15:06", CBA,
                         "n40i2")),
        ("From", addr("Carolina Vega", "carolina.vega@saucesystems.example.com")),
        ("To", addr("Martina Sosa", "msosa@saucesystems.example.com")),
        ("Subject", enc("Interview: Tomás Herrera - QA Automation Engineer (technical panel)")),
        ("Date", date("2026-11-19 15:15:02", CBA)),
        ("Message-ID", "<CP6P284MB18803D1E@CP6P284MB1880.BRAP284.PROD.OUTLOOK.COM>"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "msosa@saucesystems.example.com"),
        ("X-Forwarded-To", ME),
    ], alt(text(body), calendar(ics, cte="base64")))


@mail(N(41), family="auto_reply", lang="es", interview=False, company=None,
      days=(("Mon", "2026-11-30"),),
      note="Out-of-office auto-reply from the Paraná Data recruiter to Martina's thank-you note; 'vuelvo el lunes "
           "30/11', no appointment")
def n41() -> bytes:
    body = t("""
        Hola! Gracias por tu mensaje.

        Estoy de vacaciones sin acceso al correo hasta el lunes 30/11. Para temas urgentes de búsquedas en
        curso escribí a personas@paranadata.com.ar.

        Saludos,
        Sofía Benedetti
        Talent · Paraná Data
    """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-io1-f51.google.com", "209.85.166.51", "2026-11-20 09:41:02", CBA, "n41a8")),
        ("From", addr("Sofía Benedetti", "sofia.benedetti@paranadata.com.ar")),
        ("To", TO_ME),
        ("Subject", enc("Respuesta automática: ¡Gracias por la entrevista de ayer!")),
        ("Date", date("2026-11-20 09:41:00", CBA)),
        ("Message-ID", "<CAOOO-sb-20261120@mail.gmail.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Autoreply", "yes"),
        ("In-Reply-To", "<CAF-ms-gracias-1120@mail.gmail.com>"),
    ], text(body, cte="8bit"))


@mail(N(42), family="bounce", lang="en", interview=False, company=None,
      days=(("Tue", "2026-09-15"),),
      note="Delivery-failure report (multipart/report) for Martina's own reply confirming the Brightline "
           "interview, sent to a mistyped domain: the returned text states a time, but the mail is a bounce "
           "written by a mailer daemon, not a confirmation from the company")
def n42() -> bytes:
    original = message([
        ("From", addr("Martina Sosa", ME)),
        ("To", addr("Priya Raman", "priya.raman@brightlinehealt.com")),
        ("Subject", "Re: Interview Confirmation: Senior QA Automation Engineer at Brightline Health"),
        ("Date", date("2026-09-10 20:31:05", CBA)),
        ("Message-ID", "<CAF-ms-bl-0910@mail.gmail.com>"),
    ], text(t("""
        Hi Priya,

        Thanks! Confirming Tuesday, September 15 at 11:00 AM EDT (12:00 PM here in Córdoba). Looking forward
        to meeting Derek.

        Best,
        Martina
    """)))
    notice = t("""
        ** Address not found **

        Your message wasn't delivered to priya.raman@brightlinehealt.com because the domain
        brightlinehealt.com couldn't be found. Check for typos or unnecessary spaces and try again.

        The response from the remote server was:

        DNS Error: DNS type 'mx' lookup of brightlinehealt.com responded with code NXDOMAIN
        Domain name not found: brightlinehealt.com
    """)
    status = t("""
        Reporting-MTA: dns; googlemail.com
        Arrival-Date: Thu, 10 Sep 2026 16:31:05 -0700 (PDT)
        X-Original-Message-ID: <CAF-ms-bl-0910@mail.gmail.com>

        Final-Recipient: rfc822; priya.raman@brightlinehealt.com
        Action: failed
        Status: 5.1.2
        Diagnostic-Code: smtp; DNS type 'mx' lookup of brightlinehealt.com responded with code NXDOMAIN
        Last-Attempt-Date: Thu, 10 Sep 2026 16:31:06 -0700 (PDT)
    """)
    report = multipart("report", text(notice, cte="7bit"),
                       raw_part([("Content-Type", "message/delivery-status")], status),
                       attached_message(original), params="report-type=delivery-status")
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-sor-f41.google.com", "209.85.220.41", "2026-09-10 20:31:07", CBA, "n42b0")),
        ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
        ("To", ME),
        ("Subject", "Delivery Status Notification (Failure)"),
        ("Date", date("2026-09-10 20:31:06", CBA)),
        ("Message-ID", "<5f2b9a10.dsn.0910@mx.google.com>"),
        ("Auto-Submitted", "auto-replied"),
    ], report)


@mail(N(43), family="mailing_list", lang="es", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Local QA community mailing list: meetup on contract testing, jueves 26/11 19 hs, plus a mock "
           "interview corner; fixed time, not a job interview")
def n43() -> bytes:
    body = t("""
        Hola comunidad!

        Se viene el último meetup del año 🎉

        "Contract testing con Pact: lo que nadie te cuenta"
        por Luciana Ferro (Pampa Cloud)

        Jueves 26/11 a las 19 hs, en el cowork de Ituzaingó 270 (y streaming por YouTube).
        Después hay pizza y un rincón de "entrevistas de práctica" para quienes estén buscando laburo:
        traigan CV y les hacemos preguntas de entrevista técnica de mentira.

        Inscripción (cupo 60): https://qa-cba.example.org/meetup-nov

        Saludos,
        Gaby — organización QA Córdoba

        --
        Recibiste este mensaje porque estás suscripto al grupo "qa-cba" de Google Groups.
        Para anular la suscripción, enviá un correo electrónico a qa-cba+unsubscribe@googlegroups.com.
    """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-sor-f97.google.com", "209.85.220.97", "2026-11-16 18:02:55", CBA, "n43l4")),
        ("From", addr("Gabriela Ortiz", "gaby.ortiz.qa@example.com")),
        ("Sender", "qa-cba@googlegroups.com"),
        ("To", "qa-cba@googlegroups.com"),
        ("Subject", enc("[qa-cba] Meetup de noviembre: contract testing con Pact – jueves 26/11 19 hs")),
        ("Date", date("2026-11-16 18:02:51", CBA)),
        ("Message-ID", "<6b1e2c70-9d0f-4a1e-8f55-cba1126@googlegroups.com>"),
        ("List-Id", "<qa-cba.googlegroups.com>"),
        ("List-Unsubscribe", "<mailto:qa-cba+unsubscribe@googlegroups.com>"),
        ("Precedence", "list"),
        ("Mailing-list", "list qa-cba@googlegroups.com; contact qa-cba+owners@googlegroups.com"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(44), family="medical", lang="es", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="Clinical lab booking (blood test), martes 6/10 07:40 with fasting: fixed time, not an interview")
def n44() -> bytes:
    body = t("""
        Estimada paciente MARTINA SOSA:

        Su turno para EXTRACCIÓN DE SANGRE ha sido confirmado.

        Fecha: martes 6/10/2026
        Hora: 07:40
        Sede: Bioanálisis Centro - Obispo Trejo 920
        Preparación: ayuno de 8 a 12 horas. Traer orden médica y credencial de la obra social.

        Para cancelar responda NO a este mensaje o llame al 0351 555-0109.

        Bioanálisis Centro - Laboratorio de Análisis Clínicos
    """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("smtp.bioanalisis.example.com.ar", "192.0.2.19", "2026-10-02 12:20:14", CBA, "n44m1")),
        ("From", addr("Bioanálisis Centro", "turnos@bioanalisis.example.com.ar", "iso-8859-1")),
        ("To", ME),
        ("Subject", enc("Turno confirmado - Extracción de sangre", "iso-8859-1")),
        ("Date", date("2026-10-02 12:20:11", CBA)),
        ("Message-ID", "<turnolab.88412@bioanalisis.example.com.ar>"),
    ], text(body, charset="iso-8859-1", cte="base64"))


@mail(N(45), family="flat_viewing", lang="es", interview=False, company=None,
      days=(("Sat", "2026-09-19"),),
      note="Estate agent confirms a flat viewing in Nueva Córdoba, sábado 19/9 a las 11: fixed, not an interview")
def n45() -> bytes:
    body = t("""
        Martina, buenas tardes. Le confirmo la visita al departamento de Nueva Córdoba (Bv. Illia 480, 6° "C",
        2 ambientes con balcón) para el sábado 19/9 a las 11 hs. La espera en la puerta Ezequiel, de la
        inmobiliaria.

        Para la reserva se pide: recibo de sueldo de los últimos 3 meses y garantía propietaria o seguro de
        caución. El alquiler es de $ 680.000 + expensas.

        Saludos cordiales,
        Marcela Díaz
        Inmobiliaria La Cañada
    """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail.lacanada.example.com.ar", "192.0.2.54", "2026-09-16 15:30:20", CBA, "n45f2")),
        ("From", addr("Marcela Díaz - Inmobiliaria La Cañada", "mdiaz@lacanada.example.com.ar")),
        ("To", TO_ME),
        ("Subject", enc("Visita depto Bv. Illia 480 - sábado")),
        ("Date", date("2026-09-16 15:30:17", CBA)),
        ("Message-ID", "<000501dc2626$5e1c8d40$1a55a7c0$@lacanada.example.com.ar>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="windows-1252", cte="quoted-printable"))


@mail(N(46), family="school_meeting", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="Kindergarten 'entrevista con las familias' (parent-teacher meeting), jueves 29/10 17:15: a fixed "
           "'entrevista', but about her son, not a job interview")
def n46() -> bytes:
    body = t("""
        Familia de Tomi Sosa:

        Como todos los años, antes de cerrar el segundo cuatrimestre hacemos las entrevistas con las
        familias de sala de 5. Les confirmamos el horario que eligieron:

            Jueves 29/10 a las 17:15 hs, en la sala Naranja.

        La entrevista dura unos 20 minutos; charlaremos sobre el proceso de Tomi durante el año y el paso
        a primer grado.

        Un abrazo,
        Seño Lorena y Seño Maite
        Jardín de Infantes "Los Horneritos"
    """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-pf1-f176.google.com", "209.85.210.176", "2026-10-23 14:07:39", CBA, "n46s3")),
        ("From", addr("Jardín Los Horneritos", "jardin.loshorneritos@example.com")),
        ("To", ME),
        ("Subject", enc("Entrevista con las familias - Sala de 5 Naranja")),
        ("Date", date("2026-10-23 14:07:36", CBA)),
        ("Message-ID", "<CAJ-horneritos-2910@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(47), family="team_event", lang="es", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Google Calendar invitation from the current employer to the year-end team dinner, vie 11 dic "
           "21:00-00:00 with ICS: fixed time, not an interview")
def n47() -> bytes:
    body = t("""
        Carolina Vega te invitó a un evento

        Cena de fin de año Sauce Systems 🎄
        Cuándo: vie. 11 de diciembre de 2026 21:00 – sáb. 12 de diciembre de 2026 00:00 (hora estándar de Argentina)
        Dónde: Parrilla El Algarrobal, Av. Rafael Núñez 5020

        Confirmá asistencia (y si venís con acompañante) antes del 4/12 así reservamos.

        Invitados: equipo-cba@saucesystems.example.com

        Invitación de Google Calendar
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_CBA}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Cordoba:20261211T210000
DTEND;TZID=America/Argentina/Cordoba:20261212T000000
DTSTAMP:20261127T151020Z
ORGANIZER;CN=Carolina Vega:mailto:carolina.vega@saucesystems.example.com
UID:0c9d8e7f6a5b4c3d2e1f@google.com
ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=equipo-cba@saucesystems.example.com:mailto:equipo-cba@saucesystems.example.com
LOCATION:Parrilla El Algarrobal\\, Av. Rafael Núñez 5020
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Cena de fin de año Sauce Systems 🎄
END:VEVENT
END:VCALENDAR
"""
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-sor-f65.google.com", "209.85.220.65", "2026-11-27 12:10:23", CBA, "n47e6")),
        ("From", addr("Carolina Vega", "carolina.vega@saucesystems.example.com")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", "equipo-cba@saucesystems.example.com"),
        ("Subject", enc("Invitación: Cena de fin de año Sauce Systems 🎄 @ vie 11 dic 2026 21:00 - sáb 12 dic "
                        "2026 00:00 (ART) (equipo-cba@saucesystems.example.com)")),
        ("Date", date("2026-11-27 12:10:20", CBA)),
        ("Message-ID", "<calendar-cena-2026-0c9d8e7f@google.com>"),
    ], mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
             calendar(ics, cte="base64", ctype="application/ics", method=None, filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(N(48), family="bank_appointment", lang="es", interview=False, company=None,
      days=(("Tue", "2026-10-27"),),
      note="Bank account-officer meeting (usted), martes 27/10 12:30 at the branch: fixed, not an interview")
def n48() -> bytes:
    page = t("""
        <html><body style="font-family:Tahoma,Arial;font-size:13px;color:#223">
        <table width="620" align="center"><tr><td>
        <p style="font-size:18px;color:#004a80"><b>Banco Serrano</b></p>
        <p>Estimada Martina Sosa:</p>
        <p>Le confirmamos su reunión con su Oficial de Negocios para revisar las opciones de
        <b>plazo fijo en dólares y seguro de hogar</b>.</p>
        <p><b>Día:</b> martes 27/10/2026<br><b>Hora:</b> 12:30<br>
        <b>Sucursal:</b> 214 - Cerro de las Rosas (Av. Rafael Núñez 3900)<br>
        <b>Oficial:</b> Germán Lucero</p>
        <p>Recuerde concurrir con su DNI.</p>
        <p style="font-size:11px;color:#888">Banco Serrano nunca le pedirá sus claves por correo electrónico.
        Este es un mensaje automático.</p>
        </td></tr></table></body></html>
    """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("envios.bancoserrano.example.com.ar", "192.0.2.99", "2026-10-22 10:00:41", CBA, "n48b5")),
        ("From", addr("Banco Serrano", "avisos@bancoserrano.example.com.ar")),
        ("To", ME),
        ("Subject", enc("Confirmación de reunión con su Oficial de Negocios")),
        ("Date", date("2026-10-22 10:00:38", CBA)),
        ("Message-ID", "<aviso.4471209@bancoserrano.example.com.ar>"),
    ], html(page, charset="iso-8859-1", cte="base64"))


@mail(N(49), family="recruiter_followup", lang="en", interview=False, company="Pinecrest Labs",
      note="Recruiter puts the process on hold ('let's revisit in February'); no time fixed")
def n49() -> bytes:
    body = t("""
        Hi Martina,

        I wanted to give you a quick and honest update. We just learned that the QA Automation headcount
        has been pushed to next year's budget, so we're pausing interviews for now and won't be able to
        schedule the panel we talked about.

        You were one of our strongest candidates, and I'd love to keep in touch. Let's revisit in February -
        I'll reach out as soon as the role is reopened, and we can pick things up where we left off.

        Happy holidays in advance!

        Best,
        Jordan Pierce
        Senior Recruiter, Pinecrest Labs
        (Chicago, IL)
    """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-ua1-f45.google.com", "209.85.222.45", "2026-12-02 16:48:12", "America/Chicago",
                         "n49r3")),
        ("From", addr("Jordan Pierce", "jordan.pierce@pinecrestlabs.com")),
        ("To", TO_ME),
        ("Subject", "Re: Pinecrest Labs - QA Automation Engineer"),
        ("Date", date("2026-12-02 16:48:09", "America/Chicago")),
        ("Message-ID", "<CAPin-rev-feb@mail.gmail.com>"),
        ("In-Reply-To", "<CAF-ms-pin-1124@mail.gmail.com>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body), cte="7bit")))


@mail(N(50), family="newsletter_webinar", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="Testing newsletter: blog post on preparing for SDET interviews plus a live webinar Thursday Oct 8, "
           "1 PM ET; not a job interview")
def n50() -> bytes:
    page = t("""
        <!DOCTYPE html><html><body style="margin:0;background:#eef1f5">
        <table width="600" align="center" style="background:#fff;font-family:Georgia,serif;color:#222"><tr><td style="padding:28px">
        <p style="font-family:Arial;font-size:12px;color:#888">TestOps Weekly · Issue #212</p>
        <h1 style="font-size:24px">Your SDET interview, decoded</h1>
        <p>This week on the blog: <a href="https://testopsweekly.example.com/sdet-interview">"The 9 questions every
        SDET interview asks (and what they actually test)"</a> - from live-coding a page object to explaining
        why your suite is flaky.</p>
        <h2 style="font-size:18px">Live webinar: Mock interview, live on stage</h2>
        <p>Thursday, October 8 at 1:00 PM ET (10:00 AM PT). Two hiring managers interview a volunteer in real
        time and score the answers. Free, 60 minutes.
        <a href="https://testopsweekly.example.com/webinar/reg">Save your seat</a></p>
        <h2 style="font-size:18px">Also in this issue</h2>
        <ul><li>Playwright 1.58: what changed in trace viewer</li>
        <li>Contract tests vs. end-to-end: a cost model</li></ul>
        <p style="font-family:Arial;font-size:11px;color:#999">You're receiving this because you subscribed to
        TestOps Weekly. <a href="https://testopsweekly.example.com/unsubscribe">Unsubscribe</a></p>
        </td></tr></table></body></html>
    """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail187-3.suw21.mcsv.net", "198.2.187.3", "2026-10-01 08:00:04", NY, "n50n9")),
        ("From", addr("TestOps Weekly", "newsletter@testopsweekly.example.com")),
        ("To", ME),
        ("Subject", "Your SDET interview, decoded + live mock interview webinar"),
        ("Date", date("2026-10-01 08:00:01", NY)),
        ("Message-ID", "<212.20261001@testopsweekly.example.com>"),
        ("List-Unsubscribe", "<https://testopsweekly.example.com/unsubscribe>"),
        ("Precedence", "bulk"),
    ], html(page))
