"""blind82: 50 hand-written mails from the inbox of Andrés Villacís, a QA engineer in Quito.

Written blind on 2026-11-26 by a helper session that did not read the detector, its tests, or any
other held-out set's mails. Build and check: ``python3 bench/heldout/make_blind.py blind82``.

The mail written ``key``-th becomes ``blind82_{ORDER[key-1]:03d}.eml``; keys 1-23 are the
positives, 24-50 the negatives.
"""

from __future__ import annotations

import base64
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
    raw_part,
    received,
    t,
    text,
    utc,
)

ORDER = random.Random(82082).sample(range(1, 51), 50)

ME_ADDR = "andres.villacis@example.org"
ME = addr("Andrés Villacís", ME_ADDR)
ME_L1 = addr("Andrés Villacís", ME_ADDR, "iso-8859-1")
GYE = "America/Guayaquil"
BOG = "America/Bogota"
LIM = "America/Lima"
PTY = "America/Panama"
NYC = "America/New_York"
CHI = "America/Chicago"
LAX = "America/Los_Angeles"
MAD = "Europe/Madrid"
BER = "Europe/Berlin"


def n(key: int) -> str:
    return f"blind82_{ORDER[key - 1]:03d}"


def rcv(host: str, ip: str, when: str, zone: str, ident: str, lag: int = 3) -> tuple[str, str]:
    return ("Received", received(f"from {host} ({host} [{ip}])", when, zone,
                                 f"mx2.example.org (Postfix) with ESMTPS id {ident}", ME_ADDR, lag))


def b64(data: bytes) -> bytes:
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def simple_html(body: str) -> str:
    """A plain HTML twin of a text body: one <p> per paragraph, <br> inside, escaped."""
    import html as _html

    paras = [p for p in body.strip("\n").split("\n\n")]
    out = ["<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif;font-size:14px\">"]
    out += ["<p>" + "<br>\n".join(_html.escape(x) for x in p.split("\n")) + "</p>" for p in paras]
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# Time zones written by the calendar producers below (not in make.VTZ).
LOCAL_VTZ = {
    "America/Guayaquil": """BEGIN:VTIMEZONE
TZID:America/Guayaquil
X-LIC-LOCATION:America/Guayaquil
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
TZNAME:-05
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE""",
    "America/Bogota": """BEGIN:VTIMEZONE
TZID:America/Bogota
X-LIC-LOCATION:America/Bogota
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
TZNAME:-05
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE""",
    "Romance Standard Time": """BEGIN:VTIMEZONE
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
END:VTIMEZONE""",
}


# =========================================================================== positives (1-23)


# --------------------------------------------------------------------------- 1 Greenhouse, New York
@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-15 11:00", NYC), end=utc("2026-09-15 12:00", NYC),
      contact="megan.pruitt@northpeakhealth.com", company="Northpeak Health",
      local="Tue 2026-09-15 11:00", local_end="2026-09-15 12:00", zone=NYC,
      note="Greenhouse confirmation, 11:00 AM-12:00 PM Eastern (EDT, UTC-4 in September) = 15:00-16:00Z; "
           "the '10:00 AM Quito' aside agrees; ICS in America/New_York; contact = human Reply-To")
def _k1() -> bytes:
    body = t("""
        Hi Andrés,

        Thanks for making time to talk with us! Your interview for the Senior QA Engineer
        (Remote, Americas) role at Northpeak Health is confirmed. Here are the details:

        Date: Tuesday, September 15, 2026
        Time: 11:00 AM - 12:00 PM Eastern Time (US & Canada)
              (that's 10:00 AM - 11:00 AM for you in Quito)
        Location: Zoom - https://northpeakhealth.zoom.us/j/83310274415?pwd=QxN7b2

        You'll be meeting with:
          Olivia Brennan - QA Manager, Clinical Platform
          Tomás Ferreira - Staff Software Engineer

        The conversation will cover your experience with test automation (Playwright or Cypress),
        API testing and how you work with developers in a CI pipeline. No preparation is needed
        beyond being ready to talk through a recent project.

        If you need to reschedule, just reply to this email.

        Best,
        Megan Pruitt
        Technical Recruiter | Northpeak Health
        """)
    body_html = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
        <p>Hi Andrés,</p>
        <p>Thanks for making time to talk with us! Your interview for the <b>Senior QA Engineer
        (Remote, Americas)</b> role at Northpeak Health is confirmed. Here are the details:</p>
        <table cellpadding="3" style="border-collapse:collapse">
        <tr><td><b>Date:</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>11:00 AM - 12:00 PM Eastern Time (US &amp; Canada)<br>
        <span style="color:#666">(that's 10:00 AM - 11:00 AM for you in Quito)</span></td></tr>
        <tr><td><b>Location:</b></td><td><a href="https://northpeakhealth.zoom.us/j/83310274415?pwd=QxN7b2">Zoom</a></td></tr>
        </table>
        <p>You'll be meeting with:<br>Olivia Brennan - QA Manager, Clinical Platform<br>
        Tomás Ferreira - Staff Software Engineer</p>
        <p>The conversation will cover your experience with test automation (Playwright or Cypress),
        API testing and how you work with developers in a CI pipeline. No preparation is needed
        beyond being ready to talk through a recent project.</p>
        <p>If you need to reschedule, just reply to this email.</p>
        <p>Best,<br>Megan Pruitt<br>Technical Recruiter | Northpeak Health</p>
        <img src="https://app.greenhouse.io/email_open/7f3c1a.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = VTZ["America/New_York"].join(["""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""", """
BEGIN:VEVENT
UID:gh-interview-58122907-2f1d@greenhouse.io
DTSTAMP:20260909T141200Z
DTSTART;TZID=America/New_York:20260915T110000
DTEND;TZID=America/New_York:20260915T120000
SUMMARY:Interview with Northpeak Health - Senior QA Engineer
LOCATION:https://northpeakhealth.zoom.us/j/83310274415?pwd=QxN7b2
ORGANIZER;CN=Megan Pruitt:mailto:megan.pruitt@northpeakhealth.com
ATTENDEE;CN=Andres Villacis;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:andres.villacis@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""])
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("o12.us.greenhouse-mail.io", "198.51.100.37", "2026-09-09 10:12:41", NYC, "4hM0x1Lq7Tz"),
        ("From", "Northpeak Health <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", "Megan Pruitt <megan.pruitt@northpeakhealth.com>"),
        ("To", ME),
        ("Subject", "Interview Confirmation: Senior QA Engineer (Remote, Americas) at Northpeak Health"),
        ("Date", date("2026-09-09 10:12:38", NYC)),
        ("Message-ID", "<66df0a1e9c2b4_3f1a2c0d4e81@greenhouse-mailer-7d9f.mail>"),
        ("X-Mailer", "Greenhouse"),
    ]
    return message(headers, mixed(
        alt(text(body), html(body_html)),
        calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment",
                 name_param=True),
    ))


# --------------------------------------------------------------------------- 2 prose, Quito (Outlook)
@mail(n(2), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-17 15:00", GYE), end=None,
      contact="paola.andrade@aseguradoracotopaxi.com.ec", company="Aseguradora del Cotopaxi",
      local="Thu 2026-09-17 15:00", zone=GYE,
      note="Outlook prose from HR in Quito, sent Friday 11 Sep: 'el próximo jueves a las 15h00' = Thu 17 Sep, "
           "Quito UTC-5 = 20:00Z; 'aproximadamente una hora' is approximate so end null; contact = sender")
def _k2() -> bytes:
    body = t("""
        Estimado Andrés:

        Reciba un cordial saludo de parte del área de Talento Humano de Aseguradora del Cotopaxi S.A.

        Por medio del presente le confirmo su entrevista presencial para el cargo de Analista QA
        Senior, para el próximo jueves a las 15h00 (3 de la tarde), en nuestras oficinas de la
        Av. República de El Salvador N34-183 y Suiza, edificio Torre Pacífico, piso 7. La reunión
        será con el Ing. Hernán Chiriboga, Jefe de Calidad de Software, y conmigo; durará
        aproximadamente una hora.

        Le agradeceré llegar con 10 minutos de anticipación y presentar su cédula en recepción
        para el registro de visitas. Hay parqueadero de visitas en el subsuelo 2.

        Cualquier novedad, me puede escribir a este correo o llamar al 02 298 4410 ext. 2214.

        Saludos cordiales,

        Paola Andrade Játiva
        Analista de Talento Humano
        Aseguradora del Cotopaxi S.A.
        Quito - Ecuador

        AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son para uso exclusivo de su
        destinatario y pueden contener información confidencial.
        """)
    body_html = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
        <style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>
        </head><body lang="ES-EC" link="#0563C1"><div class="WordSection1">
        <p class="MsoNormal">Estimado Andrés:</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Reciba un cordial saludo de parte del área de Talento Humano de Aseguradora del Cotopaxi S.A.</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Por medio del presente le confirmo su entrevista presencial para el cargo de Analista QA
        Senior, para el <b>próximo jueves a las 15h00</b> (3 de la tarde), en nuestras oficinas de la
        Av. República de El Salvador N34-183 y Suiza, edificio Torre Pacífico, piso 7. La reunión
        será con el Ing. Hernán Chiriboga, Jefe de Calidad de Software, y conmigo; durará
        aproximadamente una hora.</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Le agradeceré llegar con 10 minutos de anticipación y presentar su cédula en recepción
        para el registro de visitas. Hay parqueadero de visitas en el subsuelo 2.</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Cualquier novedad, me puede escribir a este correo o llamar al 02 298 4410 ext. 2214.</p>
        <p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Saludos cordiales,</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal"><b><span style="color:#1F3864">Paola Andrade Játiva</span></b><br>
        Analista de Talento Humano<br>Aseguradora del Cotopaxi S.A.<br>Quito - Ecuador</p>
        <p class="MsoNormal"><span style="font-size:7.5pt;color:gray">AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son para uso exclusivo de su
        destinatario y pueden contener información confidencial.</span></p>
        </div></body></html>
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail.aseguradoracotopaxi.com.ec", "203.0.113.58", "2026-09-11 16:40:22", GYE, "7Qp2Rk0vWb"),
        ("From", addr("Paola Andrade Játiva", "paola.andrade@aseguradoracotopaxi.com.ec", "iso-8859-1")),
        ("To", ME_L1),
        ("Subject", enc("Confirmación de entrevista - Analista QA Senior", "iso-8859-1")),
        ("Thread-Topic", enc("Confirmación de entrevista - Analista QA Senior", "iso-8859-1")),
        ("Thread-Index", "AdtE2k9xQ1m0wz8sTpyl3Vq7ZQ5hAg=="),
        ("Date", date("2026-09-11 16:40:17", GYE)),
        ("Message-ID", "<SJ0PR17MB5412C8E3A1D2F7B0C4@SJ0PR17MB5412.namprd17.prod.outlook.com>"),
        ("Content-Language", "es-EC"),
        ("X-MS-Has-Attach", ""),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]
    return message(headers, alt(text(body, "windows-1252"), html(body_html, "windows-1252")))


# --------------------------------------------------------------------------- 3 Lever, Bogotá
@mail(n(3), family="lever", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-22 09:00", BOG), end=utc("2026-09-22 09:45", BOG),
      contact="valentina.rios@lumbrepagos.co", company="Lumbre Pagos",
      local="Tue 2026-09-22 09:00", local_end="2026-09-22 09:45", zone=BOG,
      note="Lever confirmation in Colombian Spanish, 9:00-9:45 a. m. hora de Bogotá (UTC-5, no DST) = "
           "14:00-14:45Z; contact = Reply-To recruiter (From is Lever's no-reply)")
def _k3() -> bytes:
    body = t("""
        Hola Andrés,

        ¡Qué bueno saludarte! Te confirmo tu entrevista con Lumbre Pagos para el cargo de
        QA Engineer II (Pagos Inmediatos):

        Cuándo: martes, 22 de septiembre de 2026, 9:00 a. m. – 9:45 a. m. (hora de Bogotá, GMT-5)
        Dónde: Google Meet – https://meet.google.com/vbx-qrta-mke
        Con quién: Julián Cárdenas, Líder de Calidad, y Valentina Ríos, Talent Acquisition

        Vamos a conversar sobre tu experiencia probando APIs de pagos y sobre cómo organizas
        una regresión antes de un release. Si tienes alguna pregunta, responde este correo y me
        llega directamente.

        ¡Éxitos!
        Valentina Ríos
        Talent Acquisition Partner · Lumbre Pagos
        Bogotá, Colombia

        Enviado con Lever
        """)
    body_html = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:24px;font-family:'Helvetica Neue',Arial,sans-serif;color:#1d2226">
        <div style="max-width:560px">
        <p>Hola Andrés,</p>
        <p>¡Qué bueno saludarte! Te confirmo tu entrevista con Lumbre Pagos para el cargo de
        <strong>QA Engineer II (Pagos Inmediatos)</strong>:</p>
        <div style="border:1px solid #e1e4e8;border-radius:6px;padding:12px 16px">
        <div><strong>Cuándo:</strong> martes, 22 de septiembre de 2026, 9:00 a.&nbsp;m. – 9:45 a.&nbsp;m. (hora de Bogotá, GMT-5)</div>
        <div><strong>Dónde:</strong> <a href="https://meet.google.com/vbx-qrta-mke">Google Meet</a></div>
        <div><strong>Con quién:</strong> Julián Cárdenas, Líder de Calidad, y Valentina Ríos, Talent Acquisition</div>
        </div>
        <p>Vamos a conversar sobre tu experiencia probando APIs de pagos y sobre cómo organizas
        una regresión antes de un release. Si tienes alguna pregunta, responde este correo y me
        llega directamente.</p>
        <p>¡Éxitos!<br>Valentina Ríos<br>Talent Acquisition Partner · Lumbre Pagos<br>Bogotá, Colombia</p>
        <p style="font-size:11px;color:#8a8f98">Enviado con Lever</p>
        </div></body></html>
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-sor-f65.hire.lever.co", "198.51.100.112", "2026-09-18 11:27:05", BOG, "2Vx9Lm4Kc"),
        ("From", "Lumbre Pagos <no-reply@hire.lever.co>"),
        ("Reply-To", addr("Valentina Ríos", "valentina.rios@lumbrepagos.co")),
        ("To", ME),
        ("Subject", enc("Tu entrevista con Lumbre Pagos está confirmada")),
        ("Date", date("2026-09-18 11:27:02", BOG)),
        ("Message-ID", "<0100019203e1b7a4-5c2d9e1f-77a0-4b1e-9c3d-2a9f0e6b1c44-000000@email.amazonses.com>"),
        ("X-Lever-Source", "interview-confirmation"),
    ]
    return message(headers, alt(text(body, cte="base64"), html(body_html, cte="base64")))


# --------------------------------------------------------------------------- 4 Workday, Miami
@mail(n(4), family="workday", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-06 14:30", NYC), end=utc("2026-10-06 15:15", NYC),
      contact="daniel.ocampo@meridianlg.com", company="Meridian Logistics Group",
      local="Tue 2026-10-06 14:30", local_end="2026-10-06 15:15", zone=NYC,
      note="Workday notification, US date 10/06/2026, 2:30 PM - 3:15 PM EDT (Miami, UTC-4) = 18:30-19:15Z; "
           "From is the tenant's myworkday address, contact = recruiter address in the body")
def _k4() -> bytes:
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px;color:#333333">
        <table width="600" cellpadding="0" cellspacing="0" border="0" align="center">
        <tr><td style="background:#0b3d6b;padding:14px;color:#ffffff;font-size:18px">Meridian Logistics Group</td></tr>
        <tr><td style="padding:18px">
        <p>Dear Andres Villacis,</p>
        <p>You have been scheduled for an interview for the position of <b>QA Automation Engineer
        (R-0048213)</b>. Please review the details below.</p>
        <table cellpadding="4" cellspacing="0" border="0">
        <tr><td><b>Interview Type:</b></td><td>Hiring Manager Interview - Video</td></tr>
        <tr><td><b>Date:</b></td><td>10/06/2026</td></tr>
        <tr><td><b>Time:</b></td><td>2:30 PM - 3:15 PM EDT</td></tr>
        <tr><td><b>Interviewer(s):</b></td><td>Rachel Huang, Director of Quality Engineering</td></tr>
        <tr><td><b>Location:</b></td><td>Microsoft Teams (link will be sent by the interviewer)</td></tr>
        </table>
        <p>Times are shown in Eastern Time, the time zone of our Miami, FL headquarters.</p>
        <p>If you have any questions or need to make changes, please contact your recruiter,
        Daniel Ocampo, at <a href="mailto:daniel.ocampo@meridianlg.com">daniel.ocampo@meridianlg.com</a>.</p>
        <p>You can also view this interview in the Candidate Home section of our careers site.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Meridian Logistics Group</p>
        </td></tr>
        <tr><td style="padding:10px;font-size:10px;color:#999999">This email was sent from an unmonitored
        mailbox. Please do not reply to this message. Meridian Logistics Group is an Equal Opportunity Employer.</td></tr>
        </table></body></html>
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("wd5-smtp-out.myworkday.com", "198.51.100.201", "2026-10-01 09:04:51", NYC, "9RfT2aZ0q"),
        ("From", "Meridian Logistics Group <meridianlg@myworkday.com>"),
        ("To", "andres.villacis@example.org"),
        ("Subject", "Interview Scheduled - QA Automation Engineer (R-0048213)"),
        ("Date", date("2026-10-01 09:04:47", NYC)),
        ("Message-ID", "<1472916380.482211.1790859887210@wd5-prod-mta-11.myworkday.com>"),
        ("X-Workday-Tenant", "meridianlg"),
    ]
    return message(headers, html(body_html))


# --------------------------------------------------------------------------- 5 Google Calendar all-day, Lima
@mail(n(5), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-14 10:00", LIM), end=None,
      contact="rocio.salazar@inkadatalabs.pe", company="Inka Data Labs",
      local="Wed 2026-10-14 10:00", zone=LIM,
      note="Google Calendar invitation for an ALL-DAY event (DTSTART;VALUE=DATE 20261014); the time is only "
           "in the description: 10:00 a. m. hora de Lima (UTC-5) = 15:00Z; no end stated; contact = "
           "Reply-To / ORGANIZER")
def _k5() -> bytes:
    desc = ("Hola Andrés: te esperamos a las 10:00 a. m. hora de Lima (es la misma hora en Quito) para la "
            "entrevista técnica del puesto QA Engineer Semi Senior. Lo dejé como evento de todo el día para "
            "que no se te cruce con nada; el enlace de Meet está abajo. Te entrevistaremos Martín Huamán "
            "(Tech Lead) y yo. Saludos, Rocío")
    ics_desc = desc.replace(",", "\\,").replace(";", "\\;")
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261014
DTEND;VALUE=DATE:20261015
DTSTAMP:20261009T201533Z
ORGANIZER;CN=Rocío Salazar:mailto:rocio.salazar@inkadatalabs.pe
UID:3k9v1p0d7sq2m8c4h6rj5nq0bt@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Rocío Salazar;X-NUM-GUESTS=0:mailto:rocio.salazar@inkadatalabs.pe
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=andres.villacis@example.org;X-NUM-GUESTS=0:mailto:andres.villacis@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Martín Huamán;X-NUM-GUESTS=0:mailto:martin.huaman@inkadatalabs.pe
X-GOOGLE-CONFERENCE:https://meet.google.com/pwe-hnqz-tcd
CREATED:20261009T201455Z
DESCRIPTION:{ics_desc}\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nÚnete con Google Meet: https://meet.google.com/pwe-hnqz-tcd\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20261009T201532Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista técnica – Andrés Villacís (Inka Data Labs)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""
    plain_desc = desc
    body = t(f"""
        Entrevista técnica – Andrés Villacís (Inka Data Labs)
        Has recibido una invitación para este evento.

        Unirse con Google Meet
        meet.google.com/pwe-hnqz-tcd

        Cuándo
        miércoles 14 oct 2026

        Organizador
        Rocío Salazar
        rocio.salazar@inkadatalabs.pe

        Invitados
        Rocío Salazar - organizador
        andres.villacis@example.org
        Martín Huamán

        Ver todos los detalles de los invitados: https://calendar.google.com/calendar/event?action=VIEW&eid=M2s5djFwMGQ3

        {plain_desc}

        ¿Vas a asistir?
        Sí - https://calendar.google.com/calendar/event?action=RESPOND&rst=1
        No - https://calendar.google.com/calendar/event?action=RESPOND&rst=2
        Quizás - https://calendar.google.com/calendar/event?action=RESPOND&rst=3

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Recibes este correo electrónico porque eres un invitado al evento. Para dejar de recibir
        actualizaciones sobre este evento, rechaza la invitación.
        """)
    body_html = t(f"""
        <span itemscope itemtype="http://schema.org/InformAction"><div style="font-family:Roboto,Arial,sans-serif">
        <h2 style="font-size:20px;font-weight:400">Entrevista técnica – Andrés Villacís (Inka Data Labs)</h2>
        <p>Has recibido una invitación para este evento.</p>
        <p><a href="https://meet.google.com/pwe-hnqz-tcd">Unirse con Google Meet</a></p>
        <table><tr><td style="color:#5f6368;padding-right:12px">Cuándo</td><td>miércoles 14 oct 2026</td></tr>
        <tr><td style="color:#5f6368;padding-right:12px">Organizador</td><td>Rocío Salazar<br>rocio.salazar@inkadatalabs.pe</td></tr>
        <tr><td style="color:#5f6368;padding-right:12px">Invitados</td><td>Rocío Salazar - organizador<br>andres.villacis@example.org<br>Martín Huamán</td></tr></table>
        <p>{plain_desc}</p>
        <p>¿Vas a asistir? <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=1">Sí</a>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=2">No</a>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=3">Quizás</a></p>
        <p style="font-size:11px;color:#70757a">Invitación de Google Calendar</p>
        </div></span>
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-sor-f73.google.com", "203.0.113.73", "2026-10-09 15:15:36", LIM, "5Gk1Wd8Pz"),
        ("Reply-To", addr("Rocío Salazar", "rocio.salazar@inkadatalabs.pe")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", "<calendar-3f1d0a77-90c2-4f51-bb1e-6c2a08d1e94f@google.com>"),
        ("Date", date("2026-10-09 15:15:34", LIM)),
        ("Subject", enc("Invitación: Entrevista técnica – Andrés Villacís (Inka Data Labs) @ mié 14 oct 2026 "
                        "(andres.villacis@example.org)")),
        ("From", addr("Rocío Salazar (Google Calendar)", "calendar-notification@google.com")),
        ("To", "andres.villacis@example.org"),
    ]
    return message(headers, mixed(
        alt(text(body, cte="quoted-printable"), html(body_html),
            calendar(ics, method="REQUEST", cte="8bit")),
        calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


# --------------------------------------------------------------------------- 6 prose phone reply, Chicago
@mail(n(6), family="human_prose", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-08 15:00", CHI), end=None,
      contact="ben.kowalczyk@tidewell.io", company="Tidewell Analytics",
      local="Thu 2026-10-08 15:00", zone=CHI,
      note="Hiring manager's phone reply, Date Wed 7 Oct 07:41 CDT: 'tomorrow at 3pm Central' = Thu 8 Oct "
           "15:00 CDT (UTC-5) = 20:00Z; the quoted mail from Andrés offered Thu 3pm / Fri 11am; no length; "
           "contact = sender")
def _k6() -> bytes:
    body = t("""
        Thursday 3pm works great - let's do tomorrow at 3pm Central. I'll drop a Meet link on the
        invite once I'm at my desk. Talk soon!

        Ben

        Sent from my iPhone

        > On Oct 6, 2026, at 9:18 PM, Andrés Villacís <andres.villacis@example.org> wrote:
        >
        > Hi Ben,
        >
        > Thanks for getting back to me so quickly. I could do Thursday at 3pm Central or Friday
        > at 11am Central, whichever is easier for you. I'm in Quito, so Central is the same
        > time for me right now.
        >
        > Best,
        > Andrés
        >
        >> On Oct 6, 2026, at 4:02 PM, Ben Kowalczyk <ben.kowalczyk@tidewell.io> wrote:
        >>
        >> Hey Andrés - loved your take-home, the flaky-test write-up especially. Want to do a
        >> 45-min chat with me this week? Send me a couple of times that work.
        >>
        >> Ben Kowalczyk
        >> Head of Engineering, Tidewell Analytics
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-yw1-f172.google.com", "203.0.113.172", "2026-10-07 07:41:09", CHI, "3Hn8Yc2Rm"),
        ("From", "Ben Kowalczyk <ben.kowalczyk@tidewell.io>"),
        ("Content-Type", "text/plain; charset=utf-8"),
        ("Content-Transfer-Encoding", "quoted-printable"),
        ("Mime-Version", "1.0 (1.0)"),
        ("Subject", "Re: Tidewell - next step"),
        ("Date", date("2026-10-07 07:41:06", CHI)),
        ("Message-Id", "<8C1F4A7E-2B9D-4E61-A3F0-5D7C9B2E1A60@tidewell.io>"),
        ("References", "<CAH3kq9Zt1@mail.gmail.com> <F00D1E2A-77C1-4B0E-9D5B-3E1C8A9F6B21@example.org>"),
        ("In-Reply-To", "<F00D1E2A-77C1-4B0E-9D5B-3E1C8A9F6B21@example.org>"),
        ("To", ME),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ]
    # iPhone Mail writes Content-Type/CTE among the headers, so the part's own headers are not appended
    return message(headers, Part([], text(body).body), mime_version=False)


# --------------------------------------------------------------------------- 7 Bookings forwarded as attachment, Panama
def _bookings_inner() -> bytes:
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#252424">
        <div style="font-size:20px;font-weight:600;padding-bottom:8px">Su cita está confirmada</div>
        <div>Hola Andrés Villacís,</div>
        <div style="padding-top:8px">Gracias por reservar con Banco Istmeño - Reclutamiento. Estos son los detalles de su reserva.</div>
        <table style="padding-top:12px" cellpadding="2">
        <tr><td style="color:#616161">Servicio</td><td>Entrevista inicial - Analista QA</td></tr>
        <tr><td style="color:#616161">Fecha</td><td>lunes, 19 de octubre de 2026</td></tr>
        <tr><td style="color:#616161">Hora</td><td>11:00 a. m. - 11:30 a. m. (UTC-05:00) Bogotá, Lima, Quito, Rio Branco</td></tr>
        <tr><td style="color:#616161">Personal</td><td>Itzel Castillo</td></tr>
        <tr><td style="color:#616161">Ubicación</td><td>Reunión de Microsoft Teams</td></tr>
        </table>
        <div style="padding-top:12px"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ1ZTc">Unirse a la reunión de Teams</a></div>
        <div style="padding-top:12px">Por favor tenga a mano su hoja de vida actualizada y una identificación. La entrevista
        se realiza en español y una parte en inglés.</div>
        <div style="padding-top:12px"><a href="https://outlook.office365.com/owa/calendar/BancoIstmeoReclutamiento@bancoistmeno.com.pa/bookings/">Administrar la reserva</a></div>
        <div style="padding-top:16px;font-size:12px;color:#616161">Banco Istmeño, S.A. · Torre Istmeño, Calle 50, Ciudad de Panamá</div>
        </div></body></html>
        """)
    headers = [
        ("From", addr("Banco Istmeño - Reclutamiento", "BancoIstmeoReclutamiento@bancoistmeno.com.pa")),
        ("To", addr("Andrés Villacís", "andres.villacis@example.net")),
        ("Subject", enc("Cita confirmada: Entrevista inicial - Analista QA con Banco Istmeño - Reclutamiento")),
        ("Date", date("2026-10-13 10:22:08", PTY)),
        ("Message-ID", "<PH0PR12MB7710A0B9C6E25F33D1@PH0PR12MB7710.namprd12.prod.outlook.com>"),
        ("X-MS-Exchange-Organization-BookingsMessage", "true"),
    ]
    return message(headers, html(body_html))


@mail(n(7), family="ms_bookings", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-19 11:00", PTY), end=utc("2026-10-19 11:30", PTY),
      contact=None, company="Banco Istmeño",
      local="Mon 2026-10-19 11:00", local_end="2026-10-19 11:30", zone=PTY,
      note="Andrés forwards to himself (example.net -> example.org) a Microsoft Bookings confirmation as a "
           "message/rfc822 attachment: lunes 19 oct 11:00-11:30 a. m. (UTC-05:00) Bogotá, Lima, Quito = Panama "
           "UTC-5 = 16:00-16:30Z; contact null: sender is the candidate, the inner From is the Bookings "
           "mailbox and the staff member has no address")
def _k7() -> bytes:
    body = t("""
        para tenerlo en este correo

        (la entrevista del Banco Istmeño, lunes 11am)
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("smtp.example.net", "192.0.2.44", "2026-10-14 21:05:31", GYE, "8Lw3Nf6Tb"),
        ("From", addr("Andrés Villacís", "andres.villacis@example.net")),
        ("To", ME_ADDR),
        ("Subject", enc("Fwd: Cita confirmada: Entrevista inicial - Analista QA con Banco Istmeño - Reclutamiento")),
        ("Date", date("2026-10-14 21:05:29", GYE)),
        ("Message-ID", "<a1f0c7e2-5b3d-4f88-9e21-7c6d0b4a92e3@example.net>"),
        ("User-Agent", "Mozilla/5.0 (Android 14; Mobile) K-9 Mail/6.8"),
    ]
    return message(headers, mixed(text(body, cte="8bit"),
                                  attached_message(_bookings_inner(), "Cita confirmada.eml")))


# --------------------------------------------------------------------------- 8 Exchange (Romance Standard Time), Madrid
@mail(n(8), family="exchange", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-27 16:00", MAD), end=utc("2026-10-27 17:00", MAD),
      contact="lucia.ferrer@almadraba.es", company="Grupo Almadraba Software",
      local="Tue 2026-10-27 16:00", local_end="2026-10-27 17:00", zone=MAD,
      note="Exchange/Teams meeting request from Madrid sent Wed 21 Oct (CEST) for Tue 27 Oct 16:00-17:00 "
           "peninsular time, after Spain returns to CET on 25 Oct: UTC+1 -> 15:00-16:00Z (10:00 in Quito, as the "
           "body says); ICS TZID 'Romance Standard Time'; contact = sender / ORGANIZER")
def _k8() -> bytes:
    body = t("""
        Hola Andrés:

        Tal y como hablamos por teléfono, te envío la convocatoria para la entrevista técnica del
        puesto de QA Engineer (equipo de Pagos, remoto). Será el martes 27 a las 16:00 hora
        peninsular, una hora. Ojo, que aquí cambiamos la hora el domingo 25, así que para ti en
        Quito serán las 10:00 de la mañana y no las 9:00.

        Estaremos Iñaki Zubiri (QA Lead) y yo. Haremos un pequeño ejercicio en vivo de diseño de
        casos de prueba, no hace falta que prepares nada.

        Un saludo,
        Lucía

        Lucía Ferrer Vidal
        People & Talent | Grupo Almadraba Software
        C/ de Alcalá 211, 28028 Madrid

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse desde el ordenador, la aplicación móvil o el dispositivo de sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTg1MzE2>
        Id. de reunión: 318 552 604 771
        Código de acceso: 7Gv2Qe
        Descargar Teams<https://www.microsoft.com/microsoft-teams/download-app> | Unirse en la web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
        <p>Hola Andrés:</p>
        <p>Tal y como hablamos por teléfono, te envío la convocatoria para la entrevista técnica del
        puesto de QA Engineer (equipo de Pagos, remoto). Será el martes 27 a las 16:00 hora
        peninsular, una hora. Ojo, que aquí cambiamos la hora el domingo 25, así que para ti en
        Quito serán las 10:00 de la mañana y no las 9:00.</p>
        <p>Estaremos Iñaki Zubiri (QA Lead) y yo. Haremos un pequeño ejercicio en vivo de diseño de
        casos de prueba, no hace falta que prepares nada.</p>
        <p>Un saludo,<br>Lucía</p>
        <p><b>Lucía Ferrer Vidal</b><br>People &amp; Talent | Grupo Almadraba Software<br>C/ de Alcalá 211, 28028 Madrid</p>
        <div style="width:100%">________________________________________________________________________________</div>
        <div><span style="font-size:18pt;font-family:'Segoe UI'">Reunión de Microsoft Teams</span></div>
        <div><b>Unirse desde el ordenador, la aplicación móvil o el dispositivo de sala</b></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTg1MzE2">Haga clic aquí para unirse a la reunión</a></div>
        <div>Id. de reunión: 318 552 604 771<br>Código de acceso: 7Gv2Qe</div>
        <div><a href="https://aka.ms/JoinTeamsMeeting">Más información</a> | <a href="https://teams.microsoft.com/meetingOptions/">Opciones de reunión</a></div>
        <div>________________________________________________________________________________</div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{LOCAL_VTZ["Romance Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Lucía Ferrer Vidal:mailto:lucia.ferrer@almadraba.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Andrés Villacís:mailto:andres.villacis@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Iñaki Zubiri Etxeberria:mailto:inaki.zubiri@almadraba.es
DESCRIPTION;LANGUAGE=es-ES:Hola Andrés:\\n\\nTal y como hablamos por teléfono\\, te envío la convocatoria para la entrevista técnica del puesto de QA Engineer (equipo de Pagos\\, remoto).\\n
UID:040000008200E00074C5B7101A82E00800000000C0A1F3D8E45DDB01000000000000000010000000A4E9B7F3C2D14E4B8F0A6C5D3E2B1F09
SUMMARY;LANGUAGE=es-ES:Entrevista técnica QA Engineer - Andrés Villacís
DTSTART;TZID=Romance Standard Time:20261027T160000
DTEND;TZID=Romance Standard Time:20261027T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261021T081944Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2121845573
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:lucia.ferrer@almadraba.es\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_YTg1MzE2
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
"""
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-am6eur05on2119.outbound.protection.outlook.com", "198.51.100.119", "2026-10-21 10:19:47", MAD,
            "1Dq7Jx5Vh"),
        ("From", addr("Lucía Ferrer Vidal", "lucia.ferrer@almadraba.es")),
        ("To", ME),
        ("CC", addr("Iñaki Zubiri Etxeberria", "inaki.zubiri@almadraba.es")),
        ("Subject", enc("Entrevista técnica QA Engineer - Andrés Villacís")),
        ("Thread-Topic", enc("Entrevista técnica QA Engineer - Andrés Villacís")),
        ("Thread-Index", "AdtjQv3kS0p9aB1ZT8uM2qRw7eF4xA=="),
        ("Date", date("2026-10-21 10:19:44", MAD)),
        ("Message-ID", "<DB9PR08MB6603F1E2C7A4B85D90E3@DB9PR08MB6603.eurprd08.prod.outlook.com>"),
        ("Accept-Language", "es-ES, en-US"),
        ("Content-Language", "es-ES"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Calendar-Originator-Id", "b7e21c45-90a3-4f0e-8d1b-6a3f2c9e5d70"),
    ]
    return message(headers, alt(text(body), html(body_html), calendar(ics, method="REQUEST", cte="base64")))


# --------------------------------------------------------------------------- 9 Calendly, Los Angeles host, evening in Quito
@mail(n(9), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-10 19:30", GYE), end=utc("2026-11-10 20:00", GYE),
      contact="jenna.alvarez@harborline.gg", company="Harborline Games",
      local="Tue 2026-11-10 19:30", local_end="2026-11-10 20:00", zone=GYE,
      note="Calendly invitee confirmation shown in the invitee's zone: 7:30pm-8:00pm Ecuador Time (UTC-5) on "
           "Tue 10 Nov = 00:30-01:00Z on Wed 11 Nov (4:30 PM PST for the LA host); ICS in UTC agrees; "
           "contact = Reply-To host")
def _k9() -> bytes:
    body = t("""
        Hi Andrés Villacís,

        Your 30 Minute Meeting with Jenna Alvarez at 7:30pm - 8:00pm (Ecuador Time) on Tuesday,
        November 10, 2026 is scheduled.

        Event Name: Harborline Games - QA Lead (Live Ops) intro call
        Event Date/Time: 7:30pm - 8:00pm (Ecuador Time) on Tuesday, November 10, 2026

        Location:
        This is a Google Meet web conference.
        Join now: https://meet.google.com/hgt-rnoz-wqa

        Invitee Time Zone: Ecuador Time

        Questions:
        Please share anything that will help prepare for our meeting.
        Happy to talk about console cert testing and live-ops release QA. Thanks for the late slot!

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/4f1b9e27-0a7c-4d3e-b5f6-1c2d8e9a0b37
        Reschedule: https://calendly.com/reschedulings/4f1b9e27-0a7c-4d3e-b5f6-1c2d8e9a0b37

        Powered by Calendly.com
        """)
    body_html = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a;font-size:15px">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="580" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
        <p>Hi Andrés Villacís,</p>
        <p>Your 30 Minute Meeting with Jenna Alvarez at 7:30pm - 8:00pm (Ecuador Time) on Tuesday,
        November 10, 2026 is scheduled.</p>
        <p><b>Event Name:</b><br>Harborline Games - QA Lead (Live Ops) intro call</p>
        <p><b>Event Date/Time:</b><br>7:30pm - 8:00pm (Ecuador Time) on Tuesday, November 10, 2026</p>
        <p><b>Location:</b><br>This is a Google Meet web conference. <a href="https://meet.google.com/hgt-rnoz-wqa">Join now</a></p>
        <p><b>Invitee Time Zone:</b><br>Ecuador Time</p>
        <p><b>Questions:</b><br>Please share anything that will help prepare for our meeting.<br>
        Happy to talk about console cert testing and live-ops release QA. Thanks for the late slot!</p>
        <p><a href="https://calendly.com/cancellations/4f1b9e27-0a7c-4d3e-b5f6-1c2d8e9a0b37">Cancel</a> |
        <a href="https://calendly.com/reschedulings/4f1b9e27-0a7c-4d3e-b5f6-1c2d8e9a0b37">Reschedule</a></p>
        <p style="font-size:12px;color:#666">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </td></tr></table></td></tr></table></body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20261105T190211Z
UID:4f1b9e27-0a7c-4d3e-b5f6-1c2d8e9a0b37@calendly.com
DTSTART:20261111T003000Z
DTEND:20261111T010000Z
SUMMARY:Harborline Games - QA Lead (Live Ops) intro call
DESCRIPTION:Event Name: Harborline Games - QA Lead (Live Ops) intro call\\n\\nLocation: https://meet.google.com/hgt-rnoz-wqa\\n\\nNeed to make changes to this event?\\nCancel: https://calendly.com/cancellations/4f1b9e27-0a7c-4d3e-b5f6-1c2d8e9a0b37
LOCATION:https://meet.google.com/hgt-rnoz-wqa
ORGANIZER;CN=Jenna Alvarez:mailto:jenna.alvarez@harborline.gg
ATTENDEE;CN=Andrés Villacís;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:andres.villacis@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("o1.ptr3318.calendly.com", "198.51.100.33", "2026-11-05 19:02:14", "UTC", "6Zr0Pc9Kd"),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", "Jenna Alvarez <jenna.alvarez@harborline.gg>"),
        ("To", ME),
        ("Subject", "Confirmed: Harborline Games - QA Lead (Live Ops) intro call with Jenna Alvarez on "
                    "Tuesday, November 10, 2026"),
        ("Date", date("2026-11-05 19:02:11", "UTC")),
        ("Message-ID", "<qZ7bV2tHTa6xW1s0F9kR3g@geopod-ismtpd-14>"),
        ("X-SG-EID", "u001.Rk2p9QvT8mZbYx1Lw3sH"),
    ]
    return message(headers, mixed(
        alt(text(body), html(body_html)),
        calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


# --------------------------------------------------------------------------- 10 Teamtailor, Barcelona (CET)
@mail(n(10), family="teamtailor", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-05 17:30", MAD), end=utc("2026-11-05 18:15", MAD),
      contact="marta.soler@vorticelabs.es", company="Vórtice Labs",
      local="Thu 2026-11-05 17:30", local_end="2026-11-05 18:15", zone=MAD,
      note="Teamtailor confirmation from Barcelona, jueves 5 nov 17:30-18:15 (CET, UTC+1 after 25 Oct) = "
           "16:30-17:15Z (11:30 in Quito); Reply-To is a Teamtailor relay, contact = recruiter address in "
           "the signature")
def _k10() -> bytes:
    body = t("""
        Hola Andrés,

        ¡Tu entrevista está confirmada! Aquí tienes los detalles:

        Entrevista con el equipo – QA Automation Engineer
        jueves, 5 de noviembre de 2026 · 17:30 – 18:15 (CET)
        Videollamada: https://vorticelabs.teamtailor.com/meetings/8f2c1d7a

        Participantes:
        Marta Soler (Talent Acquisition)
        Pau Ribas (Engineering Manager)

        Te recomendamos conectarte un par de minutos antes para comprobar audio y cámara.
        Si surge algo, escríbeme a marta.soler@vorticelabs.es.

        ¡Hasta pronto!
        Marta Soler · Talent Acquisition · Vórtice Labs
        Carrer de Pujades 77, 08005 Barcelona
        """)
    body_html = t("""
        <!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head>
        <body style="background:#f4f4f6;margin:0;padding:0">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 12px">
        <table role="presentation" width="560" style="background:#ffffff;border-radius:8px;font-family:Inter,Arial,sans-serif;font-size:15px;color:#222">
        <tr><td style="padding:28px">
        <img src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logotype-v3/vortice.png" alt="Vórtice Labs" height="32">
        <p>Hola Andrés,</p>
        <p>¡Tu entrevista está confirmada! Aquí tienes los detalles:</p>
        <div style="background:#f7f7fb;border-radius:6px;padding:14px">
        <div style="font-weight:600">Entrevista con el equipo – QA Automation Engineer</div>
        <div>jueves, 5 de noviembre de 2026 · 17:30 – 18:15 (CET)</div>
        <div><a href="https://vorticelabs.teamtailor.com/meetings/8f2c1d7a">Unirse a la videollamada</a></div>
        </div>
        <p>Participantes:<br>Marta Soler (Talent Acquisition)<br>Pau Ribas (Engineering Manager)</p>
        <p>Te recomendamos conectarte un par de minutos antes para comprobar audio y cámara.
        Si surge algo, escríbeme a <a href="mailto:marta.soler@vorticelabs.es">marta.soler@vorticelabs.es</a>.</p>
        <p>¡Hasta pronto!<br>Marta Soler · Talent Acquisition · Vórtice Labs<br>Carrer de Pujades 77, 08005 Barcelona</p>
        </td></tr></table>
        <p style="font-family:Arial,sans-serif;font-size:11px;color:#999">Enviado por Teamtailor en nombre de Vórtice Labs</p>
        </td></tr></table></body></html>
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-out-4.teamtailor-mail.com", "198.51.100.4", "2026-10-30 12:05:40", MAD, "0Tb5Hs3Nq"),
        ("From", addr("Vórtice Labs", "no-reply@teamtailor-mail.com")),
        ("Reply-To", "reply+6f3a9d2c41e8@teamtailor-mail.com"),
        ("To", ME),
        ("Subject", enc("Entrevista confirmada: QA Automation Engineer – Vórtice Labs")),
        ("Date", date("2026-10-30 12:05:37", MAD)),
        ("Message-ID", "<6721f0b9a3c4e_1a2b3c4d5e6f@teamtailor-mailer-5.mail>"),
        ("List-Unsubscribe", "<https://vorticelabs.teamtailor.com/unsubscribe/8f2c1d7a>"),
    ]
    return message(headers, alt(text(body, cte="8bit"), html(body_html, cte="8bit")))


# --------------------------------------------------------------------------- 11 Zoom pasted in Gmail, Miami, US DST edge
@mail(n(11), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-04 09:30", NYC), end=None,
      contact="derek.alban@coralseafintech.com", company="Coralsea Fintech",
      local="Wed 2026-11-04 09:30", zone=NYC,
      note="Recruiter in Miami writes on Thu 29 Oct (EDT) with a pasted Zoom block 'Nov 4, 2026 09:30 AM Eastern "
           "Time': the US is back on EST (UTC-5) from 1 Nov, so 14:30Z, 9:30 in Quito as the mail says; 'about "
           "an hour' -> end null; contact = sender")
def _k11() -> bytes:
    body = t("""
        Hi Andrés,

        Great news - the team wants to move you forward to the technical round! You picked
        Wednesday morning on the scheduling link (thanks for being quick), so here's the Zoom info.
        Heads up: we fall back to standard time here this Sunday (Nov 1), so from next week Miami
        and Quito are on the same clock - 9:30 AM for both of us. Plan for about an hour with
        Priyanka and Luis from the payments QA team.

        Let me know if anything comes up.

        Derek

        --
        Derek Albán
        Senior Technical Recruiter
        Coralsea Fintech | 1450 Brickell Ave, Miami, FL
        m: +1 (305) 555-0193

        Derek Albán is inviting you to a scheduled Zoom meeting.

        Topic: Coralsea Fintech | Technical Interview - Andres Villacis
        Time: Nov 4, 2026 09:30 AM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://coralseafintech.zoom.us/j/95512034781?pwd=bGZ3WjRrT2x0

        Meeting ID: 955 1203 4781
        Passcode: 440219

        ---

        One tap mobile
        +13052241968,,95512034781#,,,,*440219# US
        +16465588656,,95512034781#,,,,*440219# US (New York)
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-qk1-f181.google.com", "203.0.113.181", "2026-10-29 16:20:58", NYC, "4Mv6Tg1Xa"),
        ("MIME-Version", "1.0"),
        ("From", addr("Derek Albán", "derek.alban@coralseafintech.com")),
        ("Date", date("2026-10-29 16:20:55", NYC)),
        ("Message-ID", "<CAJv1qN8xTq5mW3z-9kRr0bLp2YdHsF6uE7cA4oV8gZnQw@mail.gmail.com>"),
        ("Subject", "Coralsea Fintech - technical interview Wed Nov 4 (Zoom details)"),
        ("To", ME),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))), mime_version=False)


# --------------------------------------------------------------------------- 12 SmartRecruiters reschedule, Medellín
@mail(n(12), family="smartrecruiters", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-11-13 15:30", BOG), end=utc("2026-11-13 16:30", BOG),
      contact="camila.restrepo@auroraretail.com.co", company="Aurora Retail",
      local="Fri 2026-11-13 15:30", local_end="2026-11-13 16:30", zone=BOG,
      note="SmartRecruiters reschedule: old slot mié 11 nov 2:00 p. m., new slot vie 13 nov 3:30-4:30 p. m. "
           "(GMT-05:00) Bogotá = 20:30-21:30Z; ICS SEQUENCE:1 carries the new time; From is no-reply, "
           "contact = recruiter address in the body")
def _k12() -> bytes:
    body = t("""
        Hola Andrés,

        Tu entrevista para el cargo Analista de Automatización QA ha sido reprogramada.

        Fecha anterior: miércoles, 11 de noviembre de 2026, 2:00 p. m. – 3:00 p. m.
        Nueva fecha: viernes, 13 de noviembre de 2026, 3:30 p. m. – 4:30 p. m. (GMT-05:00) Bogotá

        Tipo de entrevista: Videollamada (Microsoft Teams)
        Entrevistadores: Camila Restrepo, Felipe Zuluaga

        El cambio se debe a un cruce de agenda del líder técnico; te pedimos disculpas.
        Adjuntamos la invitación actualizada. Si el nuevo horario no te funciona, escríbeme a
        camila.restrepo@auroraretail.com.co y buscamos otra opción.

        Saludos,
        Camila Restrepo
        Talent Acquisition | Aurora Retail S.A.S.
        Medellín, Colombia

        Este correo fue enviado a través de SmartRecruiters.
        """)
    body_html = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#2d2d2d">
        <table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:20px">
        <p>Hola Andrés,</p>
        <p>Tu entrevista para el cargo <strong>Analista de Automatización QA</strong> ha sido reprogramada.</p>
        <table cellpadding="6" style="border:1px solid #dcdcdc;border-collapse:collapse;width:100%">
        <tr><td style="color:#888"><s>Fecha anterior</s></td><td style="color:#888"><s>miércoles, 11 de noviembre de 2026, 2:00 p. m. – 3:00 p. m.</s></td></tr>
        <tr><td><strong>Nueva fecha</strong></td><td><strong>viernes, 13 de noviembre de 2026, 3:30 p. m. – 4:30 p. m. (GMT-05:00) Bogotá</strong></td></tr>
        <tr><td>Tipo de entrevista</td><td>Videollamada (Microsoft Teams)</td></tr>
        <tr><td>Entrevistadores</td><td>Camila Restrepo, Felipe Zuluaga</td></tr>
        </table>
        <p>El cambio se debe a un cruce de agenda del líder técnico; te pedimos disculpas.
        Adjuntamos la invitación actualizada. Si el nuevo horario no te funciona, escríbeme a
        <a href="mailto:camila.restrepo@auroraretail.com.co">camila.restrepo@auroraretail.com.co</a> y buscamos otra opción.</p>
        <p>Saludos,<br>Camila Restrepo<br>Talent Acquisition | Aurora Retail S.A.S.<br>Medellín, Colombia</p>
        <p style="font-size:11px;color:#999">Este correo fue enviado a través de SmartRecruiters.</p>
        </td></tr></table></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//ES
VERSION:2.0
METHOD:REQUEST
{LOCAL_VTZ["America/Bogota"]}
BEGIN:VEVENT
UID:sr-int-7c41e0b2-98d3-4f6a-a1e5-2b0c9d8f7e61
SEQUENCE:1
DTSTAMP:20261109T134512Z
DTSTART;TZID=America/Bogota:20261113T153000
DTEND;TZID=America/Bogota:20261113T163000
SUMMARY:Entrevista: Analista de Automatización QA - Aurora Retail
LOCATION:Microsoft Teams
ORGANIZER;CN=Aurora Retail:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Andrés Villacís;RSVP=TRUE:mailto:andres.villacis@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mta-out-22.smartrecruiters.com", "198.51.100.22", "2026-11-09 08:45:15", BOG, "2Ck8Qp4Wz"),
        ("From", "Camila Restrepo (Aurora Retail) <noreply@smartrecruiters.com>"),
        ("To", ME),
        ("Subject", enc("Entrevista reprogramada – Analista de Automatización QA")),
        ("Date", date("2026-11-09 08:45:12", BOG)),
        ("Message-ID", "<20261109134512.7c41e0b2.a1e5@smartrecruiters.com>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(body_html)),
        calendar(ics, method="REQUEST", cte="base64", filename="entrevista.ics", disposition="attachment"),
    ))


# --------------------------------------------------------------------------- 13 prose reschedule, Lima (Thunderbird)
@mail(n(13), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-11-20 10:00", LIM), end=None,
      contact="gonzalo.paredes@quipuanalytics.pe", company="Quipu Analytics",
      local="Fri 2026-11-20 10:00", zone=LIM,
      note="Hiring manager in Lima moves the call 'del jueves 19 a las 10 a. m. al viernes 20 a la misma hora "
           "(10:00 a. m. hora Perú)' = Fri 20 Nov 10:00 UTC-5 = 15:00Z; the old slot is in the text and in the "
           "quoted thread; no length; contact = sender")
def _k13() -> bytes:
    body = t("""
        Hola Andrés,

        Mil disculpas: me acaban de mover el comité de riesgos justo al jueves en la mañana.
        Pasamos nuestra conversación del jueves 19 a las 10 a. m. al viernes 20 a la misma hora
        (10:00 a. m. hora Perú, igual que en Quito). El link de Meet es el mismo, ya actualicé
        la invitación.

        Gracias por la flexibilidad, nos vemos el viernes.

        Gonzalo

        --
        Gonzalo Paredes Vílchez
        Gerente de Ingeniería | Quipu Analytics
        Av. José Larco 1150, Miraflores, Lima

        El 13/11/2026 a las 09:02, Andrés Villacís escribió:
        > Hola Gonzalo, el jueves 19 a las 10 a. m. me queda perfecto. Quedo atento a la
        > invitación.
        > Saludos,
        > Andrés
        >
        > El 12/11/2026 a las 18:30, Gonzalo Paredes Vílchez escribió:
        >> Hola Andrés, ¿qué tal? Ya revisé tu prueba técnica con el equipo y nos gustaría
        >> conversar contigo. ¿Te parece bien el jueves 19 a las 10 a. m. (hora Perú)? Si te
        >> acomoda, confírmame y te mando la invitación de Meet.
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail.quipuanalytics.pe", "203.0.113.19", "2026-11-17 19:12:40", LIM, "9Ys2Fv7Lc"),
        ("Message-ID", "<5e9b1c3a-7d20-4f8e-b6a1-0c4d2e8f9a13@quipuanalytics.pe>"),
        ("Date", date("2026-11-17 19:12:36", LIM)),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Subject", enc("Re: Conversación - QA Engineer en Quipu", "iso-8859-1")),
        ("Content-Language", "es-PE"),
        ("To", ME_L1),
        ("References", "<b3e7a9f0-2c1d-4e5b-8a6f-9d0c7b1e2a44@quipuanalytics.pe>\r\n"
                       " <CAF9x2LkQ7r1@example.org>"),
        ("In-Reply-To", "<CAF9x2LkQ7r1@example.org>"),
        ("From", addr("Gonzalo Paredes Vílchez", "gonzalo.paredes@quipuanalytics.pe", "iso-8859-1")),
    ]
    return message(headers, text(body, "iso-8859-1", params="format=flowed"), mime_version=False)


# --------------------------------------------------------------------------- 14 Google Calendar cancellation, New York
@mail(n(14), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start=utc("2026-11-12 13:00", NYC), end=utc("2026-11-12 14:00", NYC),
      contact="priya.natarajan@brightloom.org", company="Brightloom Education",
      local="Thu 2026-11-12 13:00", local_end="2026-11-12 14:00", zone=NYC,
      note="Google Calendar cancellation (METHOD:CANCEL) of Thu 12 Nov 1pm-2pm Eastern, EST (UTC-5) after 1 Nov = "
           "18:00-19:00Z; the organizer's note gives no new time; contact = Reply-To / ORGANIZER")
def _k14() -> bytes:
    body = t("""
        This event has been canceled and removed from your calendar.

        Andrés Villacís <> Brightloom: Technical Interview
        Thursday Nov 12, 2026 ⋅ 1pm – 2pm (Eastern Time - New York)

        Message from the organizer:
        Hi Andrés - we've paused hiring for this role until Q1, so I'm cancelling our
        interview for now. I'm really sorry about the late notice, and I'll reach out as soon
        as the req reopens. - Priya

        Organizer
        Priya Natarajan
        priya.natarajan@brightloom.org

        Guests
        Priya Natarajan - organizer
        andres.villacis@example.org
        Marcus Webb

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.

        Forwarding this invitation could allow any recipient to send a response to the organizer,
        be added to the guest list, invite others regardless of their own invitation status, or
        modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
        """)
    body_html = t("""
        <span itemscope itemtype="http://schema.org/InformAction"><div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <div style="color:#d93025;font-size:14px">This event has been canceled and removed from your calendar.</div>
        <h2 style="font-size:20px;font-weight:400;text-decoration:line-through">Andrés Villacís &lt;&gt; Brightloom: Technical Interview</h2>
        <div>Thursday Nov 12, 2026 ⋅ 1pm – 2pm (Eastern Time - New York)</div>
        <div style="padding-top:12px"><b>Message from the organizer:</b><br>Hi Andrés - we've paused hiring for this role until Q1, so I'm cancelling our
        interview for now. I'm really sorry about the late notice, and I'll reach out as soon
        as the req reopens. - Priya</div>
        <table style="padding-top:12px"><tr><td style="color:#5f6368">Organizer</td><td>Priya Natarajan<br>priya.natarajan@brightloom.org</td></tr>
        <tr><td style="color:#5f6368">Guests</td><td>Priya Natarajan - organizer<br>andres.villacis@example.org<br>Marcus Webb</td></tr></table>
        <p style="font-size:11px;color:#70757a">Invitation from Google Calendar</p>
        </div></span>
        """)
    ics = VTZ["America/New_York"].join(["""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
""", """
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20261112T130000
DTEND;TZID=America/New_York:20261112T140000
DTSTAMP:20261110T141912Z
ORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan@brightloom.org
UID:0c7v2nq8r5k1m3t9b4h6d2sl0f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=andres.villacis@example.org;X-NUM-GUESTS=0:mailto:andres.villacis@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marcus Webb;X-NUM-GUESTS=0:mailto:marcus.webb@brightloom.org
CREATED:20261103T200447Z
DESCRIPTION:Technical interview for the Senior QA Engineer role (Learning Platform).
LAST-MODIFIED:20261110T141911Z
LOCATION:
SEQUENCE:2
STATUS:CANCELLED
SUMMARY:Andrés Villacís <> Brightloom: Technical Interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""])
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-sor-f69.google.com", "203.0.113.69", "2026-11-10 09:19:14", NYC, "1Pk4Rb8Ve"),
        ("Reply-To", "Priya Natarajan <priya.natarajan@brightloom.org>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", "<calendar-7a1e3c95-b2d4-48f0-9c61-5e0a2f8d3b17@google.com>"),
        ("Date", date("2026-11-10 09:19:12", NYC)),
        ("Subject", enc("Canceled event: Andrés Villacís <> Brightloom: Technical Interview @ Thu Nov 12, 2026 "
                        "1pm - 2pm (EST) (andres.villacis@example.org)")),
        ("From", "Priya Natarajan <priya.natarajan@brightloom.org>"),
        ("To", "andres.villacis@example.org"),
    ]
    return message(headers, mixed(
        alt(text(body), html(body_html), calendar(ics, method="CANCEL", cte="8bit")),
        calendar(ics, method="CANCEL", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


# --------------------------------------------------------------------------- 15 Workable, Valencia (CET)
@mail(n(15), family="workable", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-18 15:00", MAD), end=utc("2026-11-18 15:45", MAD),
      contact=None, company="Kestrel Robotics",
      local="Wed 2026-11-18 15:00", local_end="2026-11-18 15:45", zone=MAD,
      note="Workable confirmation, miércoles 18 nov 15:00-15:45 (Europe/Madrid, CET, UTC+1) = 14:00-14:45Z "
           "(9:00 in Quito); From and Reply-To are Workable addresses (relay), the interviewer has no "
           "address -> contact null")
def _k15() -> bytes:
    body = t("""
        Hola Andrés,

        Gracias por aceptar nuestra invitación. Tu entrevista para el puesto de QA Engineer
        (remoto, España/LatAm) en Kestrel Robotics ha quedado programada:

        Fecha: miércoles, 18 de noviembre de 2026
        Hora: 15:00 - 15:45 (Europe/Madrid)
        Duración: 45 minutos
        Entrevistador: Jordi Puig Camps, Engineering Manager
        Videollamada: https://meet.google.com/kzq-pwmd-ryt

        Hablaremos de tu experiencia con pruebas de integración en sistemas con hardware y de
        cómo priorizas cuando el tiempo de pruebas es corto.

        Si necesitas cambiar algo, responde a este correo.

        Un saludo,
        El equipo de Kestrel Robotics

        ---
        Powered by Workable
        """)
    body_html = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hola Andrés,</p>
        <p>Gracias por aceptar nuestra invitación. Tu entrevista para el puesto de <b>QA Engineer
        (remoto, España/LatAm)</b> en Kestrel Robotics ha quedado programada:</p>
        <p><b>Fecha:</b> miércoles, 18 de noviembre de 2026<br>
        <b>Hora:</b> 15:00 - 15:45 (Europe/Madrid)<br>
        <b>Duración:</b> 45 minutos<br>
        <b>Entrevistador:</b> Jordi Puig Camps, Engineering Manager<br>
        <b>Videollamada:</b> <a href="https://meet.google.com/kzq-pwmd-ryt">https://meet.google.com/kzq-pwmd-ryt</a></p>
        <p>Hablaremos de tu experiencia con pruebas de integración en sistemas con hardware y de
        cómo priorizas cuando el tiempo de pruebas es corto.</p>
        <p>Si necesitas cambiar algo, responde a este correo.</p>
        <p>Un saludo,<br>El equipo de Kestrel Robotics</p>
        <hr style="border:none;border-top:1px solid #eee"><p style="font-size:11px;color:#aaa">Powered by Workable</p>
        </body></html>
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail8.workablemail.com", "198.51.100.8", "2026-11-12 17:31:09", MAD, "7Hd1Mw5Sr"),
        ("From", "Kestrel Robotics <noreply@kestrel-robotics.workablemail.com>"),
        ("Reply-To", "kestrel-robotics+c7f2a91e04@candidates.workablemail.com"),
        ("To", ME),
        ("Subject", enc("Entrevista programada: QA Engineer – Kestrel Robotics")),
        ("Date", date("2026-11-12 17:31:06", MAD)),
        ("Message-ID", "<5f8c3e21b7a94d60.1794508266@workablemail.com>"),
    ]
    return message(headers, alt(text(body), html(body_html)))


# --------------------------------------------------------------------------- 16 iCIMS reschedule, Minneapolis (CST)
@mail(n(16), family="icims", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-24 13:00", CHI), end=utc("2026-11-24 14:30", CHI),
      contact="tara.lindqvist@halvorsenmed.com", company="Halvorsen Medical Devices",
      local="Tue 2026-11-24 13:00", local_end="2026-11-24 14:30", zone=CHI,
      note="iCIMS reschedule: previously Mon 23 Nov 10:00 AM CST, new Tue 24 Nov 1:00-2:30 PM Central Standard "
           "Time (UTC-6) = 19:00-20:30Z; HTML only, windows-1252; contact = recruiter address in the body")
def _k16() -> bytes:
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <p><img src="https://careers-halvorsenmed.icims.com/icims2/servlet/icims2?module=AppInert&amp;action=download&amp;id=logo" alt="Halvorsen Medical Devices"></p>
        <p>Dear Andrés,</p>
        <p>We need to reschedule your upcoming interview for <b>Software Quality Engineer II</b> (Req #2026-4471).
        We're sorry for the change – one of the panelists has a conflict with a regulatory audit.</p>
        <table cellpadding="4" border="0">
        <tr><td>Previously scheduled:</td><td>Monday, November 23, 2026 at 10:00 AM CST</td></tr>
        <tr><td><b>New date and time:</b></td><td><b>Tuesday, November 24, 2026, 1:00 PM – 2:30 PM Central Standard Time</b></td></tr>
        <tr><td>Format:</td><td>Panel interview via Microsoft Teams (3 interviewers)</td></tr>
        </table>
        <p>A new Teams invitation will be sent by the hiring manager. If the new time does not work for you,
        please contact Tara Lindqvist at <a href="mailto:tara.lindqvist@halvorsenmed.com">tara.lindqvist@halvorsenmed.com</a>
        or (612) 555-0148.</p>
        <p>Regards,<br>Talent Acquisition Team<br>Halvorsen Medical Devices, Inc.<br>Minneapolis, MN</p>
        <p style="font-size:10px;color:#808080">Please do not reply to this automated message.
        Halvorsen Medical Devices is an equal opportunity employer.</p>
        </body></html>
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("smtp-out3.icims.com", "198.51.100.83", "2026-11-20 11:30:27", CHI, "3Nw9Ra6Hk"),
        ("From", "Halvorsen Medical Devices <halvorsenmed@talent.icims.com>"),
        ("To", "Andres Villacis <andres.villacis@example.org>"),
        ("Subject", "Interview Rescheduled: Software Quality Engineer II (Req #2026-4471)"),
        ("Date", date("2026-11-20 11:30:24", CHI)),
        ("Message-ID", "<1795714224.91735.icims.halvorsenmed.20261120173024@talent.icims.com>"),
        ("X-iCIMS-Template", "Interview Rescheduled - Candidate"),
    ]
    return message(headers, html(body_html, "windows-1252"))


# --------------------------------------------------------------------------- 17 Personio, Madrid (CET)
@mail(n(17), family="personio", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-30 15:30", MAD), end=utc("2026-11-30 16:30", MAD),
      contact="nerea.goikoetxea@pulpocloud.es", company="Pulpo Cloud",
      local="Mon 2026-11-30 15:30", local_end="2026-11-30 16:30", zone=MAD,
      note="Personio confirmation from Madrid, lunes 30/11/2026 15:30-16:30 hora de Madrid (CET, UTC+1) = "
           "14:30-15:30Z, 9:30 in Quito as the mail says; contact = human Reply-To")
def _k17() -> bytes:
    body = t("""
        Hola Andrés:

        Te confirmamos la entrevista con el equipo de QA para el puesto «QA Engineer – Plataforma
        de datos».

          Fecha: lunes, 30/11/2026
          Hora: 15:30 – 16:30 (hora de Madrid, CET) – para ti serán las 9:30 en Quito
          Lugar: Google Meet, https://meet.google.com/ujc-rxbn-fsa
          Con: Nerea Goikoetxea (People) y Álvaro Sanz (Head of QA)

        En la primera parte hablaremos de tu trayectoria y en la segunda Álvaro te planteará un
        caso práctico sobre pruebas de pipelines de datos.

        Si tienes cualquier duda, responde a este correo.

        Un abrazo,
        Nerea Goikoetxea
        People Partner · Pulpo Cloud S.L.
        """)
    body_html = t("""
        <!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1f1f1f">
        <p>Hola Andrés:</p>
        <p>Te confirmamos la entrevista con el equipo de QA para el puesto «QA Engineer – Plataforma de datos».</p>
        <ul>
        <li><b>Fecha:</b> lunes, 30/11/2026</li>
        <li><b>Hora:</b> 15:30 – 16:30 (hora de Madrid, CET) – para ti serán las 9:30 en Quito</li>
        <li><b>Lugar:</b> <a href="https://meet.google.com/ujc-rxbn-fsa">Google Meet</a></li>
        <li><b>Con:</b> Nerea Goikoetxea (People) y Álvaro Sanz (Head of QA)</li>
        </ul>
        <p>En la primera parte hablaremos de tu trayectoria y en la segunda Álvaro te planteará un
        caso práctico sobre pruebas de pipelines de datos.</p>
        <p>Si tienes cualquier duda, responde a este correo.</p>
        <p>Un abrazo,<br>Nerea Goikoetxea<br>People Partner · Pulpo Cloud S.L.</p>
        <p style="font-size:11px;color:#9a9a9a">Este mensaje se ha enviado con Personio.</p>
        </body></html>
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-eu-central-1b.personio.de", "198.51.100.144", "2026-11-24 13:10:52", MAD, "5Kc3Vx8Dm"),
        ("From", "Pulpo Cloud S.L. <no-reply@personio.de>"),
        ("Reply-To", "Nerea Goikoetxea <nerea.goikoetxea@pulpocloud.es>"),
        ("To", ME),
        ("Subject", enc("Tu entrevista en Pulpo Cloud – lunes 30 de noviembre")),
        ("Date", date("2026-11-24 13:10:49", MAD)),
        ("Message-ID", "<recruiting.9f1e7c2a4b6d@personio.de>"),
    ]
    return message(headers, alt(text(body, cte="8bit"), html(body_html, cte="8bit")))


# --------------------------------------------------------------------------- 18 Exchange cancellation, Quito
@mail(n(18), family="exchange", lang="es", interview=True, kind="cancelled",
      start=utc("2026-12-03 10:00", GYE), end=utc("2026-12-03 11:00", GYE),
      contact="dyepez@financierayaruqui.com.ec", company="Financiera Yaruquí",
      local="Thu 2026-12-03 10:00", local_end="2026-12-03 11:00", zone=GYE,
      note="Outlook cancellation (METHOD:CANCEL, STATUS:CANCELLED) of jueves 3 dic 10:00-11:00 (UTC-05:00) "
           "Bogotá, Lima, Quito = 15:00-16:00Z; the text announces a separate new invitation for viernes 4 a las "
           "15h00, but this message cancels the Thursday slot -> cancelled; ICS in UTC; contact = sender")
def _k18() -> bytes:
    body = t("""
        Cuándo: jueves, 3 de diciembre de 2026 10:00-11:00 (UTC-05:00) Bogotá, Lima, Quito, Rio Branco.
        Dónde: Sala Cotopaxi, piso 4 / Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Estimado Andrés:

        Por un tema de agenda del Gerente de Tecnología debemos cancelar la entrevista de este
        jueves. En un momento le llegará una nueva convocatoria para el viernes 4 a las 15h00,
        en la misma sala. Disculpe las molestias.

        Saludos cordiales,

        Diana Yépez
        Jefe de Selección y Desarrollo
        Financiera Yaruquí S.A.
        """)
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Cuándo: jueves, 3 de diciembre de 2026 10:00-11:00 (UTC-05:00) Bogotá, Lima, Quito, Rio Branco.<br>
        Dónde: Sala Cotopaxi, piso 4 / Microsoft Teams</p>
        <p>*~*~*~*~*~*~*~*~*~*</p>
        <p>Estimado Andrés:</p>
        <p>Por un tema de agenda del Gerente de Tecnología debemos cancelar la entrevista de este
        jueves. En un momento le llegará una nueva convocatoria para el viernes 4 a las 15h00,
        en la misma sala. Disculpe las molestias.</p>
        <p>Saludos cordiales,</p>
        <p><b>Diana Yépez</b><br>Jefe de Selección y Desarrollo<br>Financiera Yaruquí S.A.</p>
        </div></body></html>
        """)
    ics = """BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Diana Yépez:mailto:dyepez@financierayaruqui.com.ec
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Andrés Villacís:mailto:andres.villacis@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rubén Guerrero:mailto:rguerrero@financierayaruqui.com.ec
DESCRIPTION;LANGUAGE=es-EC:Estimado Andrés:\\n\\nPor un tema de agenda del Gerente de Tecnología debemos cancelar la entrevista de este jueves.\\n
UID:040000008200E00074C5B7101A82E008000000002A9C41F7A97FDB01000000000000000010000000E2B7C90D4F1A3E48A6D5C2B1F0E9D873
SUMMARY;LANGUAGE=es-EC:Cancelado: Entrevista técnica QA - Andrés Villacís
DTSTART:20261203T150000Z
DTEND:20261203T160000Z
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261130T224820Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=es-EC:Sala Cotopaxi, piso 4 / Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1391826633
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""
    subject = "Cancelado: Entrevista técnica QA - Andrés Villacís"
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-bn8nam12on2092.outbound.protection.outlook.com", "198.51.100.92", "2026-11-30 17:48:23", GYE,
            "0Wm6Lt2Gy"),
        ("From", addr("Diana Yépez", "dyepez@financierayaruqui.com.ec")),
        ("To", ME),
        ("CC", addr("Rubén Guerrero", "rguerrero@financierayaruqui.com.ec")),
        ("Subject", enc(subject)),
        ("Thread-Topic", enc("Entrevista técnica QA - Andrés Villacís")),
        ("Thread-Index", "AdtDa8Kx7bPm1Q2zRvKl4wE0yTu9nA=="),
        ("Importance", "high"),
        ("X-Priority", "1"),
        ("Date", date("2026-11-30 17:48:20", GYE)),
        ("Message-ID", "<BN8PR12MB3361D4A0C9E1B27F58@BN8PR12MB3361.namprd12.prod.outlook.com>"),
        ("Content-Language", "es-EC"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(headers, alt(text(body), html(body_html), calendar(ics, method="CANCEL", cte="base64")))


# --------------------------------------------------------------------------- 19 Ashby, two back-to-back sessions
@mail(n(19), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-07 10:00", GYE), end=utc("2026-12-07 11:30", GYE),
      contact="sam.okafor@quillfeather.ai", company="Quillfeather AI",
      local="Mon 2026-12-07 10:00", local_end="2026-12-07 11:30", zone=GYE,
      note="Ashby itinerary shown in the candidate's zone (America/Guayaquil, GMT-5): two sessions 10:00-10:45 and "
           "10:45-11:30 AM on Mon 7 Dec -> first start 15:00Z to last end 16:30Z; Date header in UTC; contact "
           "= Reply-To recruiter")
def _k19() -> bytes:
    body = t("""
        Hi Andrés,

        Your interviews with Quillfeather AI are confirmed. We're looking forward to speaking
        with you!

        Monday, December 7, 2026
        Times shown in your time zone: America/Guayaquil (GMT-05:00)

          10:00 AM - 10:45 AM   Test Strategy & Quality Culture
                                with Hannah Lee, Engineering Manager
          10:45 AM - 11:30 AM   Pairing: Test Automation (bring your own editor)
                                with Diego Marín, Senior SDET

        Both sessions use the same Zoom room: https://quillfeather.zoom.us/j/81920337716

        Questions? Just reply and it will reach Sam Okafor.

        Thanks,
        Quillfeather AI Recruiting
        """)
    body_html = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Andrés,</p>
        <p>Your interviews with Quillfeather AI are confirmed. We're looking forward to speaking with you!</p>
        <p><b>Monday, December 7, 2026</b><br><span style="color:#666">Times shown in your time zone: America/Guayaquil (GMT-05:00)</span></p>
        <table cellpadding="6" style="border-collapse:collapse">
        <tr><td style="white-space:nowrap">10:00 AM - 10:45 AM</td><td>Test Strategy &amp; Quality Culture<br><span style="color:#666">with Hannah Lee, Engineering Manager</span></td></tr>
        <tr><td style="white-space:nowrap">10:45 AM - 11:30 AM</td><td>Pairing: Test Automation (bring your own editor)<br><span style="color:#666">with Diego Marín, Senior SDET</span></td></tr>
        </table>
        <p>Both sessions use the same Zoom room: <a href="https://quillfeather.zoom.us/j/81920337716">https://quillfeather.zoom.us/j/81920337716</a></p>
        <p>Questions? Just reply and it will reach Sam Okafor.</p>
        <p>Thanks,<br>Quillfeather AI Recruiting</p>
        </body></html>
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail.ashbyhq.com", "198.51.100.57", "2026-12-01 22:14:07", "UTC", "8Bq4Xn1Ju"),
        ("From", "Quillfeather AI <no-reply@ashbyhq.com>"),
        ("To", ME),
        ("Subject", "Interview confirmed: Senior QA Engineer at Quillfeather AI"),
        ("Date", date("2026-12-01 22:14:03", "UTC")),
        ("Message-ID", "<010001937c2e4a1b-8f0d3c6e-1a2b-4c5d-9e8f-7a6b5c4d3e2f-000000@email.amazonses.com>"),
        ("Reply-To", "Sam Okafor <sam.okafor@quillfeather.ai>"),
    ]
    return message(headers, alt(text(body, cte="base64"), html(body_html, cte="base64")))


# --------------------------------------------------------------------------- 20 softgarden, Berlin (CET)
@mail(n(20), family="softgarden", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-09 16:00", BER), end=utc("2026-12-09 17:00", BER),
      contact="katrin.moeller@lindberg-systems.de", company="Lindberg Systems",
      local="Wed 2026-12-09 16:00", local_end="2026-12-09 17:00", zone=BER,
      note="softgarden appointment confirmation in English with a German date, Wednesday 09.12.2026, 16:00 - 17:00 "
           "(CET, Berlin, UTC+1) = 15:00-16:00Z (10:00 in Quito); iso-8859-15 quoted-printable; contact = "
           "recruiter address in the body")
def _k20() -> bytes:
    body = t("""
        Dear Mr. Villacís,

        Thank you for booking an interview appointment for the position

          QA Engineer (m/f/d) - Nearshore Team Latin America, remote

        Your appointment:
          Wednesday, 09.12.2026, 16:00 - 17:00 (CET, Berlin)
          Video interview via Microsoft Teams - the link follows in a separate e-mail.

        Your interview partners:
          Katrin Möller, Talent Acquisition
          Jens Hartmann, Head of Quality Assurance

        If you are unable to keep the appointment, please let us know as early as possible.

        Kind regards

        Katrin Möller
        Talent Acquisition
        Lindberg Systems GmbH | Schönhauser Allee 167, 10435 Berlin
        katrin.moeller@lindberg-systems.de

        This e-mail was sent via softgarden. Please do not reply directly to this e-mail.
        """)
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px">
        <p>Dear Mr. Villacís,</p>
        <p>Thank you for booking an interview appointment for the position</p>
        <p style="padding-left:20px"><b>QA Engineer (m/f/d) - Nearshore Team Latin America, remote</b></p>
        <p><b>Your appointment:</b><br>Wednesday, 09.12.2026, 16:00 - 17:00 (CET, Berlin)<br>
        Video interview via Microsoft Teams - the link follows in a separate e-mail.</p>
        <p><b>Your interview partners:</b><br>Katrin Möller, Talent Acquisition<br>Jens Hartmann, Head of Quality Assurance</p>
        <p>If you are unable to keep the appointment, please let us know as early as possible.</p>
        <p>Kind regards</p>
        <p>Katrin Möller<br>Talent Acquisition<br>Lindberg Systems GmbH | Schönhauser Allee 167, 10435 Berlin<br>
        <a href="mailto:katrin.moeller@lindberg-systems.de">katrin.moeller@lindberg-systems.de</a></p>
        <p style="font-size:10px;color:#888">This e-mail was sent via softgarden. Please do not reply directly to this e-mail.</p>
        </body></html>
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mx-out-02.softgarden.io", "198.51.100.102", "2026-12-03 09:15:44", BER, "6Rt0Yh3Pb"),
        ("From", "Lindberg Systems GmbH <no-reply@softgarden.io>"),
        ("To", addr("Andrés Villacís", ME_ADDR, "iso-8859-15")),
        ("Subject", "Your interview appointment - QA Engineer (m/f/d) - Nearshore Team Latin America"),
        ("Date", date("2026-12-03 09:15:41", BER)),
        ("Message-ID", "<1289403.1796285741.sg-mailer@softgarden.io>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, alt(text(body, "iso-8859-15"), html(body_html, "iso-8859-15")))


# --------------------------------------------------------------------------- 21 Recruitee reschedule, Guayaquil
@mail(n(21), family="recruitee", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-12-11 12:00", GYE), end=utc("2026-12-11 13:00", GYE),
      contact="mariuxi.cedeno@navieradelguayas.com.ec", company="Naviera del Guayas",
      local="Fri 2026-12-11 12:00", local_end="2026-12-11 13:00", zone=GYE,
      note="Recruitee reschedule from Guayaquil: old jueves 10 dic 11:00, new viernes 11 dic 12:00-13:00 "
           "(hora Ecuador, UTC-5) = 17:00-18:00Z; HTML only, 8bit; contact = human Reply-To")
def _k21() -> bytes:
    body_html = t("""
        <!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Entrevista reprogramada</title></head>
        <body style="margin:0;background:#eef2f5">
        <table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:24px">
        <table width="600" cellpadding="0" cellspacing="0" role="presentation" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#28323c">
        <tr><td style="background:#004b87;color:#fff;padding:16px 24px;font-size:18px">Naviera del Guayas S.A.</td></tr>
        <tr><td style="padding:24px">
        <p>Estimado Andrés,</p>
        <p>Le informamos que su entrevista para el cargo de <strong>Ingeniero de QA – Sistemas Portuarios</strong> ha sido reprogramada.</p>
        <p><span style="color:#8a95a0">Fecha original: jueves 10 de diciembre de 2026, 11:00</span><br>
        <strong>Nueva fecha: viernes 11 de diciembre de 2026, de 12:00 a 13:00 (hora Ecuador)</strong></p>
        <p>Modalidad: presencial<br>
        Lugar: Edificio Naviera del Guayas, Av. 9 de Octubre 1200 y Pedro Moncayo, piso 12, Guayaquil</p>
        <p>Como nos comentó que viaja desde Quito, el cambio le permite tomar el primer vuelo de la mañana.
        Por favor acérquese a recepción con su cédula.</p>
        <p>Si tiene alguna consulta, puede responder a este correo.</p>
        <p>Atentamente,<br>Mariuxi Cedeño<br>Analista de Selección<br>Naviera del Guayas S.A.</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#9aa5b1">Enviado con Recruitee</td></tr>
        </table></td></tr></table></body></html>
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-out.recruitee.com", "198.51.100.210", "2026-12-07 10:40:31", GYE, "2Fs7Cn5Qw"),
        ("From", "Naviera del Guayas <naviera-del-guayas@mail.recruitee.com>"),
        ("Reply-To", addr("Mariuxi Cedeño", "mariuxi.cedeno@navieradelguayas.com.ec")),
        ("To", ME),
        ("Subject", enc("Su entrevista ha sido reprogramada – Ingeniero de QA")),
        ("Date", date("2026-12-07 10:40:28", GYE)),
        ("Message-ID", "<6754c1a8e2f3d_4b1a2f9c@recruitee-mailer-2.mail>"),
    ]
    return message(headers, html(body_html, cte="8bit"))


# --------------------------------------------------------------------------- 22 Exchange/Teams, Miami, time only in the ICS
@mail(n(22), family="exchange", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-08 14:00", NYC), end=utc("2026-12-08 15:00", NYC),
      contact="rick.santangelo@bayfrontcruisetech.com", company="Bayfront Cruise Tech",
      local="Tue 2026-12-08 14:00", local_end="2026-12-08 15:00", zone=NYC,
      note="Outlook/Teams meeting request whose body has no date or time: the ICS says DTSTART;TZID=Eastern "
           "Standard Time 20261208T140000-150000, EST (UTC-5) = 19:00-20:00Z; contact = sender / ORGANIZER")
def _k22() -> bytes:
    body = t("""
        Hi Andrés,

        Sending over the invite for the panel we talked about on Monday. You'll meet Karen
        (Eng Director), Yusuf (Mobile) and me. Nothing to prepare - we'll walk through how you
        would test our booking flow end to end.

        Looking forward to it!
        Rick

        Rick Santangelo | QA Manager
        Bayfront Cruise Tech
        801 Brickell Key Blvd, Miami, FL 33131

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ4NjE5>
        Meeting ID: 271 448 930 615
        Passcode: Hq3vZ8
        Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Hi Andrés,</p>
        <p>Sending over the invite for the panel we talked about on Monday. You'll meet Karen
        (Eng Director), Yusuf (Mobile) and me. Nothing to prepare - we'll walk through how you
        would test our booking flow end to end.</p>
        <p>Looking forward to it!<br>Rick</p>
        <p>Rick Santangelo | QA Manager<br>Bayfront Cruise Tech<br>801 Brickell Key Blvd, Miami, FL 33131</p>
        <div>________________________________________________________________________________</div>
        <div><span style="font-size:18pt">Microsoft Teams meeting</span></div>
        <div><b>Join on your computer, mobile app or room device</b></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ4NjE5">Click here to join the meeting</a></div>
        <div>Meeting ID: 271 448 930 615<br>Passcode: Hq3vZ8</div>
        <div>________________________________________________________________________________</div>
        </div></body></html>
        """)
    ics = VTZ["Eastern Standard Time"].join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Rick Santangelo:mailto:rick.santangelo@bayfrontcruisetech.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=andres.villacis@example.org:mailto:andres.villacis@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Karen Liu:mailto:karen.liu@bayfrontcruisetech.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Yusuf Demir:mailto:yusuf.demir@bayfrontcruisetech.com
DESCRIPTION;LANGUAGE=en-US:Hi Andrés\\,\\n\\nSending over the invite for the panel we talked about on Monday.\\n
UID:040000008200E00074C5B7101A82E00800000000D1E8A6B1C380DB01000000000000000010000000F5C2A9E07B3D4C1F8E6A2B9D0C7E5F14
SUMMARY;LANGUAGE=en-US:Panel interview - Andrés Villacís (QA Lead)
DTSTART;TZID=Eastern Standard Time:20261208T140000
DTEND;TZID=Eastern Standard Time:20261208T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261202T200722Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2118774409
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""])
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-dm6nam11on2108.outbound.protection.outlook.com", "198.51.100.108", "2026-12-02 15:07:25", NYC,
            "4Jp9Dz2Mc"),
        ("From", "Rick Santangelo <rick.santangelo@bayfrontcruisetech.com>"),
        ("To", "\"andres.villacis@example.org\" <andres.villacis@example.org>"),
        ("CC", "Karen Liu <karen.liu@bayfrontcruisetech.com>, Yusuf Demir <yusuf.demir@bayfrontcruisetech.com>"),
        ("Subject", enc("Panel interview - Andrés Villacís (QA Lead)")),
        ("Thread-Topic", enc("Panel interview - Andrés Villacís (QA Lead)")),
        ("Thread-Index", "AdtE9qLm2vXz8K1pQeWr5tYu3iOp0A=="),
        ("Date", date("2026-12-02 15:07:22", NYC)),
        ("Message-ID", "<DM6PR11MB4107B2E8D9F0A1C35E@DM6PR11MB4107.namprd11.prod.outlook.com>"),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(headers, alt(text(body), html(body_html), calendar(ics, method="REQUEST", cte="base64")))


# --------------------------------------------------------------------------- 23 Taleo cancellation, Panama
@mail(n(23), family="taleo", lang="es", interview=True, kind="cancelled",
      start=utc("2026-12-15 09:00", PTY), end=None,
      contact="yariela.batista@grupocanalero.com.pa", company="Grupo Canalero Logístico",
      local="Tue 2026-12-15 09:00", zone=PTY,
      note="Taleo notice: the interview of martes 15 dic 2026 a las 9:00 a. m. (hora de Panamá, UTC-5) = 14:00Z is "
           "cancelled because the requisition is on hold, no new time; HTML only iso-8859-1; contact = "
           "recruiter address in the body")
def _k23() -> bytes:
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body><font face="Arial" size="2">
        <p>Estimado(a) Andrés Villacís:</p>
        <p>Le informamos que la entrevista programada para el <b>martes 15 de diciembre de 2026 a las 9:00 a.&nbsp;m.
        (hora de Panamá)</b> para la posición <b>Analista de Pruebas de Software</b> (Req. 2600318) ha sido
        <b>cancelada</b>, debido a que la posición ha sido puesta en pausa por la organización.</p>
        <p>Su candidatura se mantendrá activa en nuestro sistema y, si el proceso se reactiva, nos pondremos
        en contacto con usted.</p>
        <p>Para consultas puede escribir a Yariela Batista, Especialista de Reclutamiento,
        <a href="mailto:yariela.batista@grupocanalero.com.pa">yariela.batista@grupocanalero.com.pa</a>.</p>
        <p>Atentamente,<br>Gestión de Talento<br>Grupo Canalero Logístico, S.A.<br>Ciudad de Panamá</p>
        <p><font size="1" color="#808080">Este es un mensaje automático generado por el sistema de reclutamiento.
        Por favor no responda a este correo.</font></p>
        </font></body></html>
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail1.taleo.net", "198.51.100.61", "2026-12-10 16:02:18", PTY, "9Gx3Kv6Ns"),
        ("From", addr("Grupo Canalero Logístico", "grupocanalero@taleo.net", "iso-8859-1")),
        ("To", ME_L1),
        ("Subject", enc("Cancelación de entrevista - Analista de Pruebas de Software (2600318)", "iso-8859-1")),
        ("Date", date("2026-12-10 16:02:15", PTY)),
        ("Message-ID", "<1796936535218.2600318.JavaMail.taleo@tbe-mail-07.taleo.net>"),
    ]
    return message(headers, html(body_html, "iso-8859-1"))


# =========================================================================== negatives (24-50)


# --------------------------------------------------------------------------- 24 Greenhouse rejection (thread of 1)
@mail(n(24), family="rejection", lang="en", interview=False, company="Northpeak Health",
      days=(("Tue", "2026-09-15"),),
      note="Greenhouse rejection after the 15 Sep interview (thread of the Northpeak confirmation); the past "
           "interview date is mentioned, nothing is scheduled")
def _k24() -> bytes:
    body = t("""
        Hi Andrés,

        Thank you again for speaking with Olivia and Tomás on Tuesday, September 15, and for the
        time you put into the process. The team enjoyed the conversation about your regression
        strategy.

        After a lot of discussion, we've decided to move forward with another candidate whose
        experience with HIPAA-regulated releases is a closer match for where the team is right now.
        This was a difficult decision.

        We'd love to stay in touch - we expect to open more QA roles in 2027, and we'll keep your
        profile on file.

        All the best in your search,
        Megan Pruitt
        Technical Recruiter | Northpeak Health
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("o12.us.greenhouse-mail.io", "198.51.100.37", "2026-09-24 14:03:21", NYC, "7Cz1Lb4Wp"),
        ("From", "Northpeak Health <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", "Megan Pruitt <megan.pruitt@northpeakhealth.com>"),
        ("To", ME),
        ("Subject", "Update on your application to Northpeak Health"),
        ("Date", date("2026-09-24 14:03:18", NYC)),
        ("Message-ID", "<66f2ff16a1b2c_3f1a2c0d4e95@greenhouse-mailer-7d9f.mail>"),
        ("X-Mailer", "Greenhouse"),
    ]
    return message(headers, alt(text(body), html(simple_html(body))))


# --------------------------------------------------------------------------- 25 offer, Quito (thread of 2)
@mail(n(25), family="offer", lang="es", interview=False, company="Aseguradora del Cotopaxi",
      days=(("Mon", "2026-10-05"), ("Mon", "2026-10-12")),
      note="Job offer with a reply deadline and a contract-signing appointment (lunes 12 de octubre, 09h00): a "
           "fixed time, but not an interview")
def _k25() -> bytes:
    body = t("""
        Estimado Andrés:

        Reciba un cordial saludo. Luego del proceso de selección para el cargo de Analista QA
        Senior, tenemos el agrado de extenderle la oferta laboral adjunta, con las condiciones
        conversadas con el Ing. Hernán Chiriboga durante su entrevista.

        Le agradeceremos confirmarnos su aceptación hasta el lunes 5 de octubre. De aceptar,
        la firma del contrato y la inducción serían el lunes 12 de octubre a las 09h00 en nuestras
        oficinas (piso 7); por favor traiga copia de cédula, certificado bancario y certificados
        de trabajo.

        Quedo atenta a cualquier inquietud.

        Saludos cordiales,

        Paola Andrade Játiva
        Analista de Talento Humano
        Aseguradora del Cotopaxi S.A.
        """)
    pdf = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
           b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
           b"trailer << /Root 1 0 R >>\n%%EOF\n")
    pdf_part = Part([("Content-Type", 'application/pdf; name="Carta_oferta_AVillacis.pdf"'),
                     ("Content-Description", "Carta_oferta_AVillacis.pdf"),
                     ("Content-Disposition", 'attachment; filename="Carta_oferta_AVillacis.pdf"'),
                     ("Content-Transfer-Encoding", "base64")], b64(pdf))
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail.aseguradoracotopaxi.com.ec", "203.0.113.58", "2026-09-30 11:20:44", GYE, "3Vd8Hq1Ty"),
        ("From", addr("Paola Andrade Játiva", "paola.andrade@aseguradoracotopaxi.com.ec", "iso-8859-1")),
        ("To", ME_L1),
        ("CC", "Hernan Chiriboga <hchiriboga@aseguradoracotopaxi.com.ec>"),
        ("Subject", "Oferta laboral - Analista QA Senior"),
        ("Thread-Topic", "Oferta laboral - Analista QA Senior"),
        ("Date", date("2026-09-30 11:20:39", GYE)),
        ("Message-ID", "<SJ0PR17MB5412E0A7B3C9D1F2A8@SJ0PR17MB5412.namprd17.prod.outlook.com>"),
        ("Content-Language", "es-EC"),
        ("X-MS-Has-Attach", "yes"),
    ]
    return message(headers, mixed(text(body, "windows-1252"), pdf_part))


# --------------------------------------------------------------------------- 26 Teamtailor application receipt (thread of 10)
@mail(n(26), family="application_ack", lang="es", interview=False, company="Vórtice Labs",
      note="Teamtailor application receipt; says an interview may be proposed later, nothing fixed")
def _k26() -> bytes:
    body = t("""
        Hola Andrés,

        ¡Gracias por tu interés en Vórtice Labs! Hemos recibido tu candidatura para
        QA Automation Engineer.

        Nuestro equipo revisará tu perfil en los próximos días. Si encaja con lo que buscamos,
        te escribiremos para proponerte una primera entrevista con el equipo.

        Mientras tanto, puedes conocer un poco más cómo trabajamos en vorticelabs.teamtailor.com.

        Un saludo,
        El equipo de Vórtice Labs
        """)
    body_html = t("""
        <!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head>
        <body style="background:#f4f4f6;font-family:Inter,Arial,sans-serif;font-size:15px;color:#222">
        <table role="presentation" width="560" align="center" style="background:#fff;border-radius:8px"><tr><td style="padding:28px">
        <p>Hola Andrés,</p>
        <p>¡Gracias por tu interés en Vórtice Labs! Hemos recibido tu candidatura para <b>QA Automation Engineer</b>.</p>
        <p>Nuestro equipo revisará tu perfil en los próximos días. Si encaja con lo que buscamos,
        te escribiremos para proponerte una primera entrevista con el equipo.</p>
        <p>Mientras tanto, puedes conocer un poco más cómo trabajamos en
        <a href="https://vorticelabs.teamtailor.com">vorticelabs.teamtailor.com</a>.</p>
        <p>Un saludo,<br>El equipo de Vórtice Labs</p>
        </td></tr></table></body></html>
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-out-4.teamtailor-mail.com", "198.51.100.4", "2026-09-08 10:02:16", MAD, "1Ks5Tz9Rd"),
        ("From", addr("Vórtice Labs", "no-reply@teamtailor-mail.com")),
        ("To", ME),
        ("Subject", enc("Hemos recibido tu candidatura – QA Automation Engineer")),
        ("Date", date("2026-09-08 10:02:13", MAD)),
        ("Message-ID", "<66dd5a25c1f0a_1a2b3c4d0011@teamtailor-mailer-3.mail>"),
    ]
    return message(headers, alt(text(body, cte="base64"), html(body_html, cte="base64")))


# --------------------------------------------------------------------------- 27 job alert, Ecuadorian job board
@mail(n(27), family="job_alert", lang="es", interview=False, company=None,
      days=(("Mon", "2026-09-21"),),
      note="Job-board alert; listings say 'entrevistas el lunes 21 de septiembre' and 'entrevista inmediata' as "
           "selling points, no interview for the reader")
def _k27() -> bytes:
    body_html = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#333;background:#f2f2f2">
        <table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
        <tr><td style="background:#f7b500;padding:14px 20px;font-size:20px;font-weight:bold">Empleos Mitad del Mundo</td></tr>
        <tr><td style="padding:20px">
        <p>Hola Andrés, encontramos <b>7 nuevas ofertas</b> para tu alerta <i>"QA" en Quito</i>:</p>
        <p><a href="https://www.empleosmitaddelmundo.ec/oferta/88213"><b>Analista de Calidad de Software</b></a><br>
        Comercializadora Andina del Norte · Quito · Tiempo completo<br>
        <span style="color:#c0392b">Entrevistas el lunes 21 de septiembre – postula hoy</span></p>
        <p><a href="https://www.empleosmitaddelmundo.ec/oferta/88190"><b>Tester Funcional Semi Senior</b></a><br>
        Confidencial · Quito (híbrido) · $1.400 – $1.700</p>
        <p><a href="https://www.empleosmitaddelmundo.ec/oferta/88177"><b>QA Automatizador (Selenium/Java)</b></a><br>
        Soluciones Digitales Pichincha · Quito · <span style="color:#c0392b">Entrevista inmediata</span></p>
        <p><a href="https://www.empleosmitaddelmundo.ec/oferta/88142"><b>Líder de QA</b></a><br>
        Cooperativa de Ahorro Tungurahua · Ambato / Quito</p>
        <p><a href="https://www.empleosmitaddelmundo.ec/alertas/ver/5521">Ver las 7 ofertas</a></p>
        </td></tr>
        <tr><td style="padding:12px 20px;font-size:11px;color:#999">Recibes este correo porque creaste una alerta de empleo.
        <a href="https://www.empleosmitaddelmundo.ec/alertas/baja/5521">Dejar de recibir esta alerta</a></td></tr>
        </table></body></html>
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("envios.empleosmitaddelmundo.ec", "203.0.113.200", "2026-09-17 06:00:09", GYE, "5Xn1Bq7Mh"),
        ("From", "Empleos Mitad del Mundo <alertas@empleosmitaddelmundo.ec>"),
        ("To", ME_ADDR),
        ("Subject", "7 nuevas ofertas para \"QA\" en Quito"),
        ("Date", date("2026-09-17 06:00:05", GYE)),
        ("Message-ID", "<alerta.5521.20260917110005@empleosmitaddelmundo.ec>"),
        ("List-Unsubscribe", "<https://www.empleosmitaddelmundo.ec/alertas/baja/5521>"),
        ("Precedence", "bulk"),
    ]
    return message(headers, html(body_html))


# --------------------------------------------------------------------------- 28 job alert, remote board (English)
@mail(n(28), family="job_alert", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Remote-jobs digest: 'Interviewing this week' badges and a virtual hiring event on Thursday Oct 15 at "
           "1 PM ET; nothing confirmed for the reader")
def _k28() -> bytes:
    body = t("""
        REMOTELY WEEKLY - QA & Testing - week of Oct 12, 2026

        Hi Andrés, here are this week's remote QA roles open to candidates in Latin America.

        * Senior QA Engineer - Fieldnote (US, remote LatAm OK) - $55k-$70k
          [Interviewing this week]
        * SDET II - Paloma Payments (Miami / remote Americas)
          Virtual hiring event: Thursday, Oct 15, 1:00 PM ET - register on the job page
        * QA Analyst, Mobile - Tiderow (remote, EST overlap)
        * Test Automation Lead - Gridmark (remote, Spain or LatAm)

        Tip of the week: when a recruiter sends a scheduling link, book within 24 hours -
        slots go fast.

        See all 38 roles: https://remotelyweekly.io/qa?week=2026-10-12

        You're receiving this because you subscribed to Remotely Weekly (QA & Testing).
        Unsubscribe: https://remotelyweekly.io/u/8c1f2
        """)
    body_html = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#202020">
        <h2 style="font-family:Arial,sans-serif">REMOTELY WEEKLY - QA &amp; Testing</h2>
        <p style="color:#777">week of Oct 12, 2026</p>
        <p>Hi Andrés, here are this week's remote QA roles open to candidates in Latin America.</p>
        <ul>
        <li><b>Senior QA Engineer</b> - Fieldnote (US, remote LatAm OK) - $55k-$70k <span style="background:#e8f5e9;color:#2e7d32">Interviewing this week</span></li>
        <li><b>SDET II</b> - Paloma Payments (Miami / remote Americas)<br>Virtual hiring event: Thursday, Oct 15, 1:00 PM ET - register on the job page</li>
        <li><b>QA Analyst, Mobile</b> - Tiderow (remote, EST overlap)</li>
        <li><b>Test Automation Lead</b> - Gridmark (remote, Spain or LatAm)</li>
        </ul>
        <p><i>Tip of the week:</i> when a recruiter sends a scheduling link, book within 24 hours - slots go fast.</p>
        <p><a href="https://remotelyweekly.io/qa?week=2026-10-12">See all 38 roles</a></p>
        <p style="font-size:11px;color:#999">You're receiving this because you subscribed to Remotely Weekly (QA &amp; Testing).
        <a href="https://remotelyweekly.io/u/8c1f2">Unsubscribe</a></p>
        </body></html>
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail193.atl61.mcsv.net", "198.51.100.193", "2026-10-12 08:00:31", NYC, "6Df2Wn0Hx"),
        ("From", "Remotely Weekly <digest@remotelyweekly.io>"),
        ("Reply-To", "Remotely Weekly <digest@remotelyweekly.io>"),
        ("To", "andres.villacis@example.org"),
        ("Subject", "38 remote QA roles this week (+ a virtual hiring event)"),
        ("Date", date("2026-10-12 08:00:27", NYC)),
        ("Message-ID", "<d41c7e09ab.20261012120027@mcsv.net>"),
        ("List-Id", "Remotely Weekly QA <8c1f2.list-id.mcsv.net>"),
        ("List-Unsubscribe", "<https://remotelyweekly.io/u/8c1f2>"),
        ("Precedence", "bulk"),
    ]
    return message(headers, alt(text(body), html(body_html)))


# --------------------------------------------------------------------------- 29 Substack newsletter on interviews
@mail(n(29), family="newsletter_tips", lang="es", interview=False, company=None,
      note="Substack post about QA technical interviews (anecdotes with times of day, no appointment)")
def _k29() -> bytes:
    body = t("""
        La entrevista técnica de QA que nadie te cuenta

        Testing en Español · 4 de octubre de 2026

        Mi primera entrevista para un equipo remoto fue un martes a las 8 de la mañana, hora de
        Bogotá. Me había preparado para preguntas de teoría (¿qué es una prueba de regresión?,
        ¿cuál es la diferencia entre verificación y validación?) y lo primero que me pidieron
        fue: "Aquí está nuestro formulario de registro. Tienes 20 minutos. ¿Qué probarías?".

        Después de estar de los dos lados de la mesa, esto es lo que me habría gustado saber:

        1. Pregunta por el contexto antes de escribir un solo caso de prueba.
        2. Prioriza en voz alta: el entrevistador quiere ver cómo decides, no una lista infinita.
        3. Ten una historia de un bug que se escapó a producción y qué cambiaste después.
        4. Si te dan un ejercicio de automatización, explica primero la estrategia.
        5. Confirma siempre la zona horaria cuando te agenden: "a las 10" en Madrid no son
           "las 10" en Lima.

        La próxima semana: cómo negociar una oferta en dólares desde Latinoamérica.

        Comparte Testing en Español: https://testingenespanol.substack.com/
        Darse de baja: https://testingenespanol.substack.com/action/disable_email
        """)
    body_html = t("""
        <html><body style="font-family:Georgia,serif;font-size:17px;line-height:1.6;color:#363737;max-width:600px">
        <h1 style="font-family:-apple-system,Arial,sans-serif">La entrevista técnica de QA que nadie te cuenta</h1>
        <p style="color:#777;font-size:14px">Testing en Español · 4 de octubre de 2026</p>
        <p>Mi primera entrevista para un equipo remoto fue un martes a las 8 de la mañana, hora de
        Bogotá. Me había preparado para preguntas de teoría (¿qué es una prueba de regresión?,
        ¿cuál es la diferencia entre verificación y validación?) y lo primero que me pidieron
        fue: "Aquí está nuestro formulario de registro. Tienes 20 minutos. ¿Qué probarías?".</p>
        <p>Después de estar de los dos lados de la mesa, esto es lo que me habría gustado saber:</p>
        <ol>
        <li>Pregunta por el contexto antes de escribir un solo caso de prueba.</li>
        <li>Prioriza en voz alta: el entrevistador quiere ver cómo decides, no una lista infinita.</li>
        <li>Ten una historia de un bug que se escapó a producción y qué cambiaste después.</li>
        <li>Si te dan un ejercicio de automatización, explica primero la estrategia.</li>
        <li>Confirma siempre la zona horaria cuando te agenden: "a las 10" en Madrid no son "las 10" en Lima.</li>
        </ol>
        <p>La próxima semana: cómo negociar una oferta en dólares desde Latinoamérica.</p>
        <p style="font-size:12px;color:#999"><a href="https://testingenespanol.substack.com/action/disable_email">Darse de baja</a></p>
        </body></html>
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-a41.substack.com", "198.51.100.141", "2026-10-04 09:30:12", BOG, "2Lq6Rf3Zs"),
        ("From", addr("Testing en Español", "testingenespanol@substack.com")),
        ("To", ME_ADDR),
        ("Subject", enc("La entrevista técnica de QA que nadie te cuenta")),
        ("Date", date("2026-10-04 09:30:08", BOG)),
        ("Message-ID", "<20261004143008.3.7f1d2c9e8a6b4f01@mg1.substack.com>"),
        ("List-Unsubscribe", "<https://testingenespanol.substack.com/action/disable_email>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
    return message(headers, alt(text(body), html(body_html)))


# --------------------------------------------------------------------------- 30 GoodTime pick-a-slot (thread of 11)
@mail(n(30), family="scheduling_link", lang="en", interview=False, company="Coralsea Fintech",
      days=(("Tue", "2026-11-03"), ("Wed", "2026-11-04"), ("Thu", "2026-11-05")),
      note="GoodTime self-scheduling request listing three possible slots; none chosen yet (the Zoom "
           "confirmation comes later in another mail)")
def _k30() -> bytes:
    body_html = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <p>Hi Andrés,</p>
        <p>Thanks for your interest in the <b>QA Engineer II - Payments</b> role at Coralsea Fintech!
        The next step is a technical interview (about 60 minutes) with two engineers from the payments team.</p>
        <p>Please choose the time that works best for you. Some of the open slots right now
        (shown in Eastern Time):</p>
        <ul>
        <li>Tuesday, Nov 3 - 10:00 AM</li>
        <li>Wednesday, Nov 4 - 9:30 AM</li>
        <li>Thursday, Nov 5 - 2:00 PM</li>
        </ul>
        <p><a href="https://app.goodtime.io/s/coralsea/8d2f7a41" style="background:#2563eb;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Select a time</a></p>
        <p>Slots are first come, first served. Once you book, you'll receive a confirmation with the video link.</p>
        <p>Best,<br>Derek Albán<br>Senior Technical Recruiter, Coralsea Fintech</p>
        <p style="font-size:11px;color:#999">Scheduled with GoodTime</p>
        </body></html>
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail.goodtime.io", "198.51.100.77", "2026-10-26 11:12:40", NYC, "0Nh4Yk8Fc"),
        ("From", "Coralsea Fintech Recruiting <noreply@goodtime.io>"),
        ("Reply-To", "derek.alban@coralseafintech.com"),
        ("To", ME),
        ("Subject", "Coralsea Fintech: please choose your interview time"),
        ("Date", date("2026-10-26 11:12:37", NYC)),
        ("Message-ID", "<8d2f7a41.c0ra1sea.20261026151237@goodtime.io>"),
    ]
    return message(headers, html(body_html, cte="base64"))


# --------------------------------------------------------------------------- 31 proposal not yet confirmed (thread of 13)
@mail(n(31), family="interview_proposal", lang="es", interview=False, company="Quipu Analytics",
      days=(("Thu", "2026-11-19"),),
      note="Hiring manager proposes 'el jueves 19 a las 10 a. m. (hora Perú)' and asks for confirmation: a "
           "proposal, not yet confirmed (Andrés confirms in a later mail, then it is moved)")
def _k31() -> bytes:
    body = t("""
        Hola Andrés, ¿qué tal? Ya revisé tu prueba técnica con el equipo y nos gustaría
        conversar contigo. ¿Te parece bien el jueves 19 a las 10 a. m. (hora Perú)? Si te
        acomoda, confírmame y te mando la invitación de Meet.

        Si no puedes, mándame dos o tres opciones esa semana y lo cuadramos.

        Saludos,
        Gonzalo

        --
        Gonzalo Paredes Vílchez
        Gerente de Ingeniería | Quipu Analytics
        Av. José Larco 1150, Miraflores, Lima
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail.quipuanalytics.pe", "203.0.113.19", "2026-11-12 18:30:21", LIM, "8Kt3Wm1Qv"),
        ("Message-ID", "<b3e7a9f0-2c1d-4e5b-8a6f-9d0c7b1e2a44@quipuanalytics.pe>"),
        ("Date", date("2026-11-12 18:30:17", LIM)),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Subject", enc("Conversación - QA Engineer en Quipu", "iso-8859-1")),
        ("Content-Language", "es-PE"),
        ("To", ME_L1),
        ("From", addr("Gonzalo Paredes Vílchez", "gonzalo.paredes@quipuanalytics.pe", "iso-8859-1")),
    ]
    return message(headers, text(body, "iso-8859-1", cte="8bit", params="format=flowed"), mime_version=False)


# --------------------------------------------------------------------------- 32 headhunter outreach, Bogotá
@mail(n(32), family="recruiter_outreach", lang="es", interview=False, company="Cumbre Talent",
      note="Headhunter outreach asking for availability for a call; nothing fixed")
def _k32() -> bytes:
    body = t("""
        Hola Andrés, ¿cómo vas?

        Te escribo de Cumbre Talent. Estoy apoyando a un cliente fintech de Bogotá que está
        armando su equipo de calidad y busca un QA Lead con experiencia en automatización de
        APIs y pruebas de performance. Es 100% remoto, con contrato en dólares.

        Vi tu perfil y creo que podrías encajar muy bien. ¿Tendrías 20 minuticos esta semana o
        la próxima para una llamada? Cuéntame qué horario te sirve y te mando la invitación.

        Un abrazo,

        Laura Benavides
        Senior Tech Recruiter | Cumbre Talent
        +57 310 555 0127
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-pj1-f44.google.com", "203.0.113.44", "2026-09-29 15:47:02", BOG, "4Rb9Tx2Gn"),
        ("MIME-Version", "1.0"),
        ("From", "Laura Benavides <laura.benavides@cumbretalent.co>"),
        ("Date", date("2026-09-29 15:46:58", BOG)),
        ("Message-ID", "<CAL7q2Vn4tXz9-wKp1bR8mQy3HdLs0Fe6uC5jA2oT9gNxq@mail.gmail.com>"),
        ("Subject", "QA Lead remoto - fintech en Bogota"),
        ("To", ME),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))), mime_version=False)


# --------------------------------------------------------------------------- 33 doctor's appointment with ICS
@mail(n(33), family="non_interview_calendar", lang="es", interview=False, company=None,
      days=(("Tue", "2026-09-29"),),
      note="Medical appointment reminder with an ICS (martes 29/09/2026 08:30, Quito): a fixed time, not an interview")
def _k33() -> bytes:
    body = t("""
        Estimado(a) ANDRES VILLACIS:

        Le recordamos su cita médica:

          Especialidad: Dermatología
          Médico: Dra. Verónica Paz Larrea
          Fecha: martes 29/09/2026
          Hora: 08:30
          Lugar: Consultorio 412, Torre B

        Por favor acérquese 15 minutos antes a admisión con su cédula y la orden de su seguro.
        Si no puede asistir, responda NO a este correo o llame al 02 394 1200 para reagendar.

        Centro Médico Iñaquito
        Av. Amazonas y Av. Naciones Unidas, Quito
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//CMI//Agenda Web 3.2//ES
VERSION:2.0
METHOD:PUBLISH
{LOCAL_VTZ["America/Guayaquil"]}
BEGIN:VEVENT
UID:cita-771204-20260929@cminaquito.com.ec
DTSTAMP:20260925T220003Z
DTSTART;TZID=America/Guayaquil:20260929T083000
DTEND;TZID=America/Guayaquil:20260929T085000
SUMMARY:Cita Dermatología - Dra. Verónica Paz Larrea
LOCATION:Centro Médico Iñaquito\\, Consultorio 412\\, Torre B
ORGANIZER;CN=Centro Médico Iñaquito:mailto:citas@cminaquito.com.ec
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("correo.cminaquito.com.ec", "203.0.113.120", "2026-09-25 17:00:07", GYE, "7Pv1Xc4Jt"),
        ("From", addr("Centro Médico Iñaquito", "citas@cminaquito.com.ec")),
        ("To", "ANDRES VILLACIS <andres.villacis@example.org>"),
        ("Subject", enc("Recordatorio de cita - Dermatología - martes 29/09/2026 08:30")),
        ("Date", date("2026-09-25 17:00:03", GYE)),
        ("Message-ID", "<cita.771204.1790373603@cminaquito.com.ec>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, mixed(
        text(body, "iso-8859-1"),
        calendar(ics, method="PUBLISH", cte="quoted-printable", filename="cita.ics", disposition="attachment"),
    ))


# --------------------------------------------------------------------------- 34 flat viewing, Cumbayá (phone)
@mail(n(34), family="personal_appointment", lang="es", interview=False, company=None,
      days=(("Sat", "2026-10-10"),),
      note="Estate agent confirms a flat viewing 'este sábado 10 de octubre a las 11h00': fixed time, not an interview")
def _k34() -> bytes:
    body = t("""
        Buenas noches Andrés, le confirmo la visita al departamento de Cumbayá (2 dormitorios,
        Av. Interoceánica y Diego de Robles, conjunto Los Arupos) este sábado 10 de octubre a
        las 11h00. El propietario nos espera en la garita, yo llego unos minutos antes.

        El arriendo es de $650 incluida alícuota, garantía de un mes. Si quiere puede venir con
        su esposa para que vea la cocina, que es lo que más preguntan.

        Saludos,
        Karina Salgado
        Inmobiliaria Valle de Tumbaco
        099 555 2741

        Enviado desde mi Galaxy
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail.inmotumbaco.com.ec", "203.0.113.88", "2026-10-07 19:22:51", GYE, "3Mz8Qf5Ld"),
        ("From", "Karina Salgado <ksalgado@inmotumbaco.com.ec>"),
        ("To", ME_ADDR),
        ("Subject", "Visita departamento Cumbaya - sabado"),
        ("Date", date("2026-10-07 19:22:47", GYE)),
        ("Message-ID", "<j8q1vh-x7m2ka-3f0c9b@email.android.com>"),
        ("X-Mailer", "Samsung Email"),
    ]
    return message(headers, text(body, cte="8bit"))


# --------------------------------------------------------------------------- 35 car service appointment
@mail(n(35), family="personal_appointment", lang="es", interview=False, company=None,
      days=(("Fri", "2026-10-16"),),
      note="Car-service booking (viernes 16 de octubre, 07h30): fixed time, not an interview")
def _k35() -> bytes:
    body_html = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <table width="600" align="center" cellpadding="0" cellspacing="0">
        <tr><td style="background:#b71c1c;color:#fff;padding:16px;font-size:20px">AutoAndes · Servicio Técnico</td></tr>
        <tr><td style="padding:20px">
        <p>Estimado cliente <b>Andrés Villacís</b>,</p>
        <p>Su cita de mantenimiento ha sido <b>confirmada</b>.</p>
        <table cellpadding="4">
        <tr><td>Fecha:</td><td><b>viernes 16 de octubre de 2026</b></td></tr>
        <tr><td>Hora de recepción:</td><td><b>07h30</b></td></tr>
        <tr><td>Vehículo:</td><td>Kia Sportage 2021 · placa PDX-4821</td></tr>
        <tr><td>Servicio:</td><td>Mantenimiento 40.000 km + revisión de frenos</td></tr>
        <tr><td>Asesor de servicio:</td><td>Fernando Cueva</td></tr>
        <tr><td>Taller:</td><td>AutoAndes Av. Eloy Alfaro N45-120, Quito</td></tr>
        </table>
        <p>Tiempo estimado de entrega: 4 a 5 horas. Le avisaremos por WhatsApp cuando su vehículo esté listo.</p>
        <p>Si necesita cambiar su cita, llame al 1800-AUTOANDES.</p>
        </td></tr></table></body></html>
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("smtp.autoandes.com.ec", "203.0.113.35", "2026-10-13 09:10:19", GYE, "9Wc2Hv6Rn"),
        ("From", "AutoAndes Servicio <citas@autoandes.com.ec>"),
        ("To", ME_ADDR),
        ("Subject", "Cita de mantenimiento confirmada - PDX-4821"),
        ("Date", date("2026-10-13 09:10:15", GYE)),
        ("Message-ID", "<20261013141015.5521.citas@autoandes.com.ec>"),
    ]
    return message(headers, html(body_html, cte="base64"))


# --------------------------------------------------------------------------- 36 current job: retro + farewell lunch
@mail(n(36), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Fri", "2026-10-23"),),
      note="Google Calendar invite from the current employer (sprint retro + farewell lunch, Fri 23 Oct 12:30 Quito): "
           "not an interview")
def _k36() -> bytes:
    body = t("""
        Sprint 42 retro + farewell lunch for Caro
        You have been invited to this event.

        When
        Friday Oct 23, 2026 ⋅ 12:30pm – 2:30pm (Ecuador Time)

        Location
        La Briciola, Isabel la Católica N24-10, Quito

        Organizer
        Fernanda Ortiz
        fernanda.ortiz@kuntursoft.com

        Retro first (bring your sticky notes!), then lunch to say goodbye to Caro before she
        moves to Cuenca. Kuntur pays the main course.

        Invitation from Google Calendar: https://calendar.google.com/calendar/
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{LOCAL_VTZ["America/Guayaquil"]}
BEGIN:VEVENT
DTSTART;TZID=America/Guayaquil:20261023T123000
DTEND;TZID=America/Guayaquil:20261023T143000
DTSTAMP:20261019T150512Z
ORGANIZER;CN=Fernanda Ortiz:mailto:fernanda.ortiz@kuntursoft.com
UID:5q2m8c1v7k0p3t9d4h6r2bn1sx@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=andres.villacis@example.org;X-NUM-GUESTS=0:mailto:andres.villacis@example.org
ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=qa-team@kuntursoft.com;X-NUM-GUESTS=0:mailto:qa-team@kuntursoft.com
DESCRIPTION:Retro first (bring your sticky notes!)\\, then lunch to say goodbye to Caro before she moves to Cuenca. Kuntur pays the main course.
LOCATION:La Briciola\\, Isabel la Católica N24-10\\, Quito
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Sprint 42 retro + farewell lunch for Caro
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-sor-f41.google.com", "203.0.113.41", "2026-10-19 10:05:14", GYE, "1Gb7Nk3Yp"),
        ("Reply-To", "Fernanda Ortiz <fernanda.ortiz@kuntursoft.com>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", "<calendar-2b8e4f71-c9a0-4d13-8e52-7f1c6a0d9b34@google.com>"),
        ("Date", date("2026-10-19 10:05:12", GYE)),
        ("Subject", "Invitation: Sprint 42 retro + farewell lunch for Caro @ Fri Oct 23, 2026 12:30pm - 2:30pm "
                    "(ECT) (andres.villacis@example.org)"),
        ("From", "Fernanda Ortiz <fernanda.ortiz@kuntursoft.com>"),
        ("To", "andres.villacis@example.org"),
    ]
    return message(headers, mixed(
        alt(text(body), html(gmail_html(body)), calendar(ics, method="REQUEST", cte="8bit")),
        calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


# --------------------------------------------------------------------------- 37 webinar registration (Zoom)
@mail(n(37), family="webinar", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Zoom webinar registration 'Acing the SDET Interview' (Thu 22 Oct 12:00 PM ET): confirmed time, not a job "
           "interview")
def _k37() -> bytes:
    body = t("""
        Hi Andrés,

        Thank you for registering for "Acing the SDET Interview: Live Q&A with Hiring Managers".

        Please submit any questions to: events@testcraftacademy.io

        Date & Time: Thursday, October 22, 2026 12:00 PM Eastern Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/87712093345?tk=Vb2kQp9xL0s

        Passcode: 552981

        Add to Calendar: https://us06web.zoom.us/webinar/tZ0pd-2qrT8s/ics?user_id=andres
        Add to Google Calendar | Add to Yahoo Calendar

        You can cancel your registration at any time.
        """)
    body_html = t("""
        <html><body style="font-family:Lato,Helvetica,Arial,sans-serif;font-size:14px;color:#232333">
        <p>Hi Andrés,</p>
        <p>Thank you for registering for "<b>Acing the SDET Interview: Live Q&amp;A with Hiring Managers</b>".</p>
        <p>Please submit any questions to: <a href="mailto:events@testcraftacademy.io">events@testcraftacademy.io</a></p>
        <p><b>Date &amp; Time:</b> Thursday, October 22, 2026 12:00 PM Eastern Time (US and Canada)</p>
        <p><a href="https://us06web.zoom.us/w/87712093345?tk=Vb2kQp9xL0s" style="background:#0e72ed;color:#fff;padding:8px 16px;border-radius:8px;text-decoration:none">Join Webinar</a></p>
        <p>Passcode: 552981</p>
        <p><a href="https://us06web.zoom.us/webinar/tZ0pd-2qrT8s/ics?user_id=andres">Add to Calendar</a></p>
        <p style="font-size:12px;color:#747487">You can cancel your registration at any time.</p>
        </body></html>
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("smtpout.zoom.us", "198.51.100.170", "2026-10-15 13:48:02", NYC, "5Tq0Bm7Xs"),
        ("From", "TestCraft Academy <no-reply@zoom.us>"),
        ("Reply-To", "events@testcraftacademy.io"),
        ("To", ME),
        ("Subject", "Acing the SDET Interview: Live Q&A with Hiring Managers Confirmation"),
        ("Date", date("2026-10-15 13:47:59", NYC)),
        ("Message-ID", "<Vb2kQp9xL0sR4nT7yW1zA3cE@zoom.us>"),
    ]
    return message(headers, alt(text(body), html(body_html)))


# --------------------------------------------------------------------------- 38 mailing list: interview-practice meetup
@mail(n(38), family="mailing_list", lang="es", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Google Groups community mail announcing a meetup of practice technical interviews (jueves 12 de "
           "noviembre, 18h30): mock interviews, not a job interview")
def _k38() -> bytes:
    body = t("""
        ¡Hola comunidad!

        Ya tenemos fecha para el Meetup #27 de QA Ecuador:

        "Simulacro de entrevistas técnicas para testers"
        Jueves 12 de noviembre, 18h30 a 20h30
        Impaqto Coworking La Floresta (Av. Coruña y Valladolid), Quito

        Formato: nos juntamos en parejas entrevistador/entrevistado y hacemos 3 rondas de 20
        minutos con casos reales (API, mobile, exploratorio). Después compartimos feedback.
        Es gratis, pero el cupo es de 30 personas: inscripción en el formulario de siempre.

        Gracias a Kuntur Software por auspiciar las pizzas.

        Nos vemos,
        Sebas

        --
        Recibiste este mensaje porque estás suscrito al grupo "QA Ecuador" de Grupos de Google.
        Para anular la suscripción a este grupo y dejar de recibir sus correos electrónicos,
        envía un correo electrónico a qa-ecuador+unsubscribe@googlegroups.com.
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-sor-f65.google.com", "203.0.113.65", "2026-11-06 12:14:33", GYE, "6Hw4Kd9Tc"),
        ("From", addr("Sebastián Lara", "sebastian.lara@testlab.ec")),
        ("To", "QA Ecuador <qa-ecuador@googlegroups.com>"),
        ("Subject", enc("[qa-ecuador] Meetup #27: simulacro de entrevistas técnicas – jueves 12 de noviembre")),
        ("Date", date("2026-11-06 12:14:29", GYE)),
        ("Message-ID", "<5c1b9a7e-3d2f-4e80-b6a4-1f0e9c8d7b62n@googlegroups.com>"),
        ("Sender", "qa-ecuador@googlegroups.com"),
        ("Reply-To", "qa-ecuador@googlegroups.com"),
        ("Precedence", "list"),
        ("Mailing-list", "list qa-ecuador@googlegroups.com; contact qa-ecuador+owners@googlegroups.com"),
        ("List-ID", "<qa-ecuador.googlegroups.com>"),
        ("List-Post", "<https://groups.google.com/group/qa-ecuador/post>, <mailto:qa-ecuador@googlegroups.com>"),
        ("List-Help", "<https://support.google.com/a/users/answer/9308783>, <mailto:qa-ecuador+help@googlegroups.com>"),
        ("List-Unsubscribe", "<mailto:googlegroups-manage+481122093745+unsubscribe@googlegroups.com>,\r\n"
                             " <https://groups.google.com/group/qa-ecuador/subscribe>"),
        ("X-Original-Sender", "sebastian.lara@testlab.ec"),
    ]
    return message(headers, text(body, cte="quoted-printable"))


# --------------------------------------------------------------------------- 39 journalist interviewing Andrés
@mail(n(39), family="press_interview", lang="es", interview=False, company=None,
      days=(("Wed", "2026-11-18"),),
      note="Journalist confirms an interview WITH Andrés for a magazine piece (miércoles 18 de noviembre, 11h00, "
           "40 minutos): fixed time, but press, not a job interview")
def _k39() -> bytes:
    body = t("""
        Hola Andrés,

        Mil gracias por aceptar. Te confirmo la entrevista para el reportaje sobre talento tech
        ecuatoriano que trabaja para empresas de fuera: el miércoles 18 de noviembre a las 11h00,
        por Zoom (te mando el enlace el mismo día), unos 40 minutos.

        Te voy a preguntar cómo llegaste a QA, cómo es trabajar con equipos en otros husos
        horarios y qué le recomendarías a alguien que está empezando. Si puedes, mándame una
        foto tuya en horizontal para la nota.

        Un abrazo,
        Gabriela Mosquera
        Periodista | Revista Código Andino
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-ot1-f52.google.com", "203.0.113.52", "2026-11-13 16:40:12", GYE, "2Yn5Rv8Wk"),
        ("MIME-Version", "1.0"),
        ("From", "Gabriela Mosquera <gmosquera@codigoandino.ec>"),
        ("Date", date("2026-11-13 16:40:08", GYE)),
        ("Message-ID", "<CAGm5zT1q8Wk-3Lx0vRb7nPy2FdJs9He4uA6cM1oQ8tVzw@mail.gmail.com>"),
        ("Subject", enc("Re: Reportaje Código Andino – talento QA remoto")),
        ("In-Reply-To", "<CAF2hX9nR7t@example.org>"),
        ("References", "<CAGm5zT0a1Bc@mail.gmail.com> <CAF2hX9nR7t@example.org>"),
        ("To", ME),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))), mime_version=False)


# --------------------------------------------------------------------------- 40 mock interview booking with ICS
@mail(n(40), family="mock_interview", lang="en", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Paid mock-interview session with a coach (Tue 20 Oct 6-7 PM ET, ICS attached): practice, not a job "
           "interview")
def _k40() -> bytes:
    body = t("""
        Your mock interview is confirmed!

        Session: QA / SDET Mock Interview - Behavioral + Test Design
        Coach: Alan Whitaker (ex-Staff SDET)
        When: Tuesday, October 20, 2026, 6:00 PM - 7:00 PM Eastern Time (5:00 PM in Quito)
        Where: PrepLoop video room - https://preploop.io/room/aw-7731

        How to prepare:
        - Pick one project you can talk about for 5 minutes
        - Have a whiteboard or a blank doc open for the test-design exercise
        - You'll get written feedback within 24 hours

        Need to move it? Reschedule for free up to 12 hours before:
        https://preploop.io/sessions/7731/reschedule

        - The PrepLoop team
        """)
    ics = VTZ["America/New_York"].join(["""BEGIN:VCALENDAR
PRODID:-//PrepLoop//Sessions//EN
VERSION:2.0
METHOD:REQUEST
""", """
BEGIN:VEVENT
UID:session-7731@preploop.io
DTSTAMP:20261016T210455Z
DTSTART;TZID=America/New_York:20261020T180000
DTEND;TZID=America/New_York:20261020T190000
SUMMARY:PrepLoop mock interview with Alan Whitaker
LOCATION:https://preploop.io/room/aw-7731
ORGANIZER;CN=PrepLoop:mailto:sessions@preploop.io
ATTENDEE;CN=Andres Villacis;RSVP=FALSE:mailto:andres.villacis@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""])
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail.preploop.io", "198.51.100.74", "2026-10-16 17:04:58", NYC, "8Qk1Fz4Hb"),
        ("From", "PrepLoop <sessions@preploop.io>"),
        ("To", ME),
        ("Subject", "Confirmed: your mock interview with Alan on Tue, Oct 20"),
        ("Date", date("2026-10-16 17:04:55", NYC)),
        ("Message-ID", "<session-7731-confirm.1792184695@preploop.io>"),
    ]
    return message(headers, mixed(
        text(body),
        calendar(ics, method="REQUEST", cte="base64", filename="preploop-session.ics", disposition="attachment"),
    ))


# --------------------------------------------------------------------------- 41 Calendly booking with a career coach
@mail(n(41), family="coaching", lang="es", interview=False, company=None,
      days=(("Wed", "2026-12-02"),),
      note="Calendly confirmation (Spanish) of an interview-preparation session with a career coach (miércoles 2 "
           "dic 18:00 hora de Ecuador): fixed time, not a job interview")
def _k41() -> bytes:
    body = t("""
        Hola Andrés Villacís:

        Tu evento Sesión de preparación para entrevistas (50 min) con Irene Castell a las
        18:00 - 18:50 (hora de Ecuador) el miércoles, 2 de diciembre de 2026 está programado.

        Nombre del evento: Sesión de preparación para entrevistas (50 min)
        Fecha/hora del evento: 18:00 - 18:50 (hora de Ecuador) el miércoles, 2 de diciembre de 2026

        Ubicación: Zoom - el enlace llegará por separado.

        Preguntas:
        ¿Qué quieres trabajar en la sesión?
        Entrevistas en inglés para empresas de EE. UU., sobre todo preguntas de comportamiento.

        ¿Necesitas hacer cambios en este evento?
        Cancelar: https://calendly.com/cancellations/9a3e7c10-5b2d-4f8e-a6c1-d0b9e8f7a265
        Reprogramar: https://calendly.com/reschedulings/9a3e7c10-5b2d-4f8e-a6c1-d0b9e8f7a265

        Con la tecnología de Calendly.com
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20261126T203317Z
UID:9a3e7c10-5b2d-4f8e-a6c1-d0b9e8f7a265@calendly.com
DTSTART:20261202T230000Z
DTEND:20261202T235000Z
SUMMARY:Sesión de preparación para entrevistas (50 min) - Andrés Villacís
ORGANIZER;CN=Irene Castell:mailto:irene@irenecastellcoaching.com
ATTENDEE;CN=Andrés Villacís;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:andres.villacis@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("o1.ptr3318.calendly.com", "198.51.100.33", "2026-11-26 20:33:20", "UTC", "4Cs9Lq2Xm"),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", "Irene Castell <irene@irenecastellcoaching.com>"),
        ("To", ME),
        ("Subject", enc("Confirmado: Sesión de preparación para entrevistas (50 min) con Irene Castell el "
                        "miércoles, 2 de diciembre de 2026")),
        ("Date", date("2026-11-26 20:33:17", "UTC")),
        ("Message-ID", "<Xk2pV9rTQe1aZ7m4H0s3Lw@geopod-ismtpd-9>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(simple_html(body))),
        calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


# --------------------------------------------------------------------------- 42 current job: Andrés is the interviewer
@mail(n(42), family="interviewer_panel", lang="es", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Google Calendar invite from the current employer's HR adding Andrés as the INTERVIEWER of a junior QA "
           "candidate (jue 3 dic 11:00-12:00 Quito): an interview at a fixed time, but not his own job interview")
def _k42() -> bytes:
    desc = ("Andrés, te sumé como entrevistador técnico para la candidata a QA Junior. Revisa su CV (adjunto en "
            "la carpeta de Selección) y usa la guía de preguntas de siempre. La candidata viene presencial, "
            "la recibo yo en recepción. Gracias! Dani")
    ics_desc = desc.replace(",", "\\,").replace(";", "\\;")
    body = t(f"""
        Entrevista técnica – Candidata QA Jr (Sofía Muñoz)
        Has recibido una invitación para este evento.

        Cuándo
        jueves 3 dic 2026 ⋅ 11:00 – 12:00 (hora de Ecuador)

        Ubicación
        Sala Pichincha, Kuntur Software, piso 3

        Organizador
        Daniela Vaca
        daniela.vaca@kuntursoft.com

        Invitados
        Daniela Vaca - organizador
        andres.villacis@example.org
        Fernanda Ortiz

        {desc}

        Invitación de Google Calendar: https://calendar.google.com/calendar/
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{LOCAL_VTZ["America/Guayaquil"]}
BEGIN:VEVENT
DTSTART;TZID=America/Guayaquil:20261203T110000
DTEND;TZID=America/Guayaquil:20261203T120000
DTSTAMP:20261130T141208Z
ORGANIZER;CN=Daniela Vaca:mailto:daniela.vaca@kuntursoft.com
UID:1t8r4k2m9v0q5c3p7d1h6sn2bw@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=andres.villacis@example.org;X-NUM-GUESTS=0:mailto:andres.villacis@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Fernanda Ortiz;X-NUM-GUESTS=0:mailto:fernanda.ortiz@kuntursoft.com
DESCRIPTION:{ics_desc}
LOCATION:Sala Pichincha\\, Kuntur Software\\, piso 3
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista técnica – Candidata QA Jr (Sofía Muñoz)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-sor-f41.google.com", "203.0.113.41", "2026-11-30 09:12:10", GYE, "7Vm3Pb0Kr"),
        ("Reply-To", "Daniela Vaca <daniela.vaca@kuntursoft.com>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", "<calendar-9e3a1f50-7b2c-4d86-a0e1-3c5f8d2b7a69@google.com>"),
        ("Date", date("2026-11-30 09:12:08", GYE)),
        ("Subject", enc("Invitación: Entrevista técnica – Candidata QA Jr (Sofía Muñoz) @ jue 3 dic 2026 11:00 - "
                        "12:00 (ECT) (andres.villacis@example.org)")),
        ("From", "Daniela Vaca <daniela.vaca@kuntursoft.com>"),
        ("To", "andres.villacis@example.org"),
    ]
    return message(headers, mixed(
        alt(text(body), html(simple_html(body)), calendar(ics, method="REQUEST", cte="8bit")),
        calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


# --------------------------------------------------------------------------- 43 out-of-office auto-reply (thread of 17)
@mail(n(43), family="auto_reply", lang="es", interview=False, company="Pulpo Cloud",
      days=(("Fri", "2026-11-27"),),
      note="Out-of-office auto-reply from the Pulpo Cloud recruiter (Auto-Submitted: auto-replied); the subject "
           "quotes the interview date but the mail confirms nothing")
def _k43() -> bytes:
    body = t("""
        Hola,

        Gracias por tu mensaje. Estoy fuera de la oficina hasta el viernes 27 de noviembre, con
        acceso limitado al correo. Lo leeré a mi vuelta.

        Para temas urgentes de selección puedes escribir a people@pulpocloud.es.

        Un saludo,
        Nerea Goikoetxea
        People Partner · Pulpo Cloud S.L.
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-db8eur05on2071.outbound.protection.outlook.com", "198.51.100.71", "2026-11-24 18:10:05", MAD,
            "3Xr8Mc1Tn"),
        ("From", "Nerea Goikoetxea <nerea.goikoetxea@pulpocloud.es>"),
        ("To", ME),
        ("Subject", enc("Respuesta automática: Re: Tu entrevista en Pulpo Cloud – lunes 30 de noviembre")),
        ("Thread-Topic", enc("Tu entrevista en Pulpo Cloud – lunes 30 de noviembre")),
        ("Date", date("2026-11-24 18:10:02", MAD)),
        ("Message-ID", "<AM9PR04MB8211A3F0C2D1E45B96@AM9PR04MB8211.eurprd04.prod.outlook.com>"),
        ("In-Reply-To", "<CAF7mR3nZx2@example.org>"),
        ("References", "<recruiting.9f1e7c2a4b6d@personio.de> <CAF7mR3nZx2@example.org>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "nerea.goikoetxea@pulpocloud.es"),
        ("Content-Language", "es-ES"),
    ]
    return message(headers, text(body, "windows-1252"))


# --------------------------------------------------------------------------- 44 bounce of Andrés's own confirmation (thread of 2)
def _bounced_original() -> bytes:
    body = t("""
        Estimada Paola:

        Muchas gracias por la información. Confirmo mi asistencia a la entrevista del jueves
        17 de septiembre a las 15h00 en sus oficinas de la Av. República de El Salvador.

        Saludos cordiales,
        Andrés Villacís
        099 555 8314
        """)
    headers = [
        ("From", ME),
        ("To", addr("Paola Andrade Játiva", "paola.andrade@aseguradoracotopaxi.com")),
        ("Subject", enc("RE: Confirmación de entrevista - Analista QA Senior")),
        ("Date", date("2026-09-12 09:31:40", GYE)),
        ("Message-ID", "<F3a9C0d2-71b4-4e5a-9c8d-2e6f1b0a7d35@example.org>"),
        ("In-Reply-To", "<SJ0PR17MB5412C8E3A1D2F7B0C4@SJ0PR17MB5412.namprd17.prod.outlook.com>"),
    ]
    return message(headers, text(body))


@mail(n(44), family="bounce", lang="en", interview=False, company=None,
      days=(("Thu", "2026-09-17"),),
      note="Postfix bounce (multipart/report) of Andrés's own confirmation sent to a mistyped address; the "
           "returned message quotes the interview time, but this mail is a delivery failure")
def _k44() -> bytes:
    notice = t("""
        This is the mail system at host mx2.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <paola.andrade@aseguradoracotopaxi.com>: Host or domain name not found. Name
            service error for name=aseguradoracotopaxi.com type=MX: Host not found,
            try again
        """)
    status = t("""
        Reporting-MTA: dns; mx2.example.org
        X-Postfix-Queue-ID: 4HqZ2m0vTbz9Xk
        X-Postfix-Sender: rfc822; andres.villacis@example.org
        Arrival-Date: Sat, 12 Sep 2026 14:31:41 +0000 (UTC)

        Final-Recipient: rfc822; paola.andrade@aseguradoracotopaxi.com
        Original-Recipient: rfc822;paola.andrade@aseguradoracotopaxi.com
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=aseguradoracotopaxi.com type=MX: Host not found, try again
        """)
    report = multipart(
        "report",
        text(notice, "us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
        Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")],
             _bounced_original()),
        params="report-type=delivery-status",
    )
    headers = [
        ("Delivered-To", ME_ADDR),
        ("Date", date("2026-09-12 09:31:44", GYE)),
        ("From", "MAILER-DAEMON@mx2.example.org (Mail Delivery System)"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("To", ME_ADDR),
        ("Auto-Submitted", "auto-replied"),
        ("Message-Id", "<20260912143144.7C1F2A0042@mx2.example.org>"),
    ]
    return message(headers, report)


# --------------------------------------------------------------------------- 45 municipal job centre appointment
@mail(n(45), family="job_centre", lang="es", interview=False, company=None,
      days=(("Mon", "2026-09-07"),),
      note="Municipal employment office books a profiling appointment ('entrevista de perfil', lunes 7 de "
           "septiembre 09h30): fixed time, not a job interview with an employer")
def _k45() -> bytes:
    body = t("""
        Estimado(a) ciudadano(a) ANDRÉS VILLACÍS:

        Su cita ha sido agendada con éxito.

          Trámite: Perfilamiento laboral y registro en la Bolsa de Empleo
          Fecha: lunes 7 de septiembre de 2026
          Hora: 09h30
          Lugar: Centro de Atención Norte, Av. Amazonas N39-123, ventanilla 4
          Código de cita: SME-2026-0907-0412

        En su cita, un orientador laboral le realizará una entrevista de perfil para registrar
        su hoja de vida y le informará sobre talleres y ferias de empleo.

        Requisitos: cédula de identidad original, hoja de vida actualizada y certificado del
        último empleo.

        Servicio Metropolitano de Empleo
        Este correo es generado automáticamente, por favor no responda.
        """)
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Tahoma,Arial,sans-serif;font-size:13px">
        <p>Estimado(a) ciudadano(a) <b>ANDRÉS VILLACÍS</b>:</p>
        <p>Su cita ha sido agendada con éxito.</p>
        <table border="1" cellpadding="5" style="border-collapse:collapse;border-color:#ccc">
        <tr><td>Trámite</td><td>Perfilamiento laboral y registro en la Bolsa de Empleo</td></tr>
        <tr><td>Fecha</td><td>lunes 7 de septiembre de 2026</td></tr>
        <tr><td>Hora</td><td>09h30</td></tr>
        <tr><td>Lugar</td><td>Centro de Atención Norte, Av. Amazonas N39-123, ventanilla 4</td></tr>
        <tr><td>Código de cita</td><td>SME-2026-0907-0412</td></tr>
        </table>
        <p>En su cita, un orientador laboral le realizará una entrevista de perfil para registrar
        su hoja de vida y le informará sobre talleres y ferias de empleo.</p>
        <p>Requisitos: cédula de identidad original, hoja de vida actualizada y certificado del último empleo.</p>
        <p><b>Servicio Metropolitano de Empleo</b><br><small>Este correo es generado automáticamente, por favor no responda.</small></p>
        </body></html>
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("correo.empleometropolitano.org.ec", "203.0.113.97", "2026-09-02 15:20:36", GYE, "9Bt4Ws7Lq"),
        ("From", addr("Servicio Metropolitano de Empleo", "agendamiento@empleometropolitano.org.ec", "iso-8859-1")),
        ("To", ME_ADDR),
        ("Subject", "Cita agendada SME-2026-0907-0412 - Perfilamiento laboral"),
        ("Date", date("2026-09-02 15:20:32", GYE)),
        ("Message-ID", "<SME-2026-0907-0412.1788380432@empleometropolitano.org.ec>"),
    ]
    return message(headers, alt(text(body, "iso-8859-1"), html(body_html, "iso-8859-1")))


# --------------------------------------------------------------------------- 46 MBA admissions interview
@mail(n(46), family="admission_interview", lang="en", interview=False, company=None,
      days=(("Fri", "2026-10-23"),),
      note="Business-school admissions interview (Fri 23 Oct 4:00 PM Lima time): fixed time, but an admission "
           "interview, not a job interview")
def _k46() -> bytes:
    body = t("""
        Dear Andrés,

        Thank you for your application to the Global Executive MBA (April 2027 intake). We are
        pleased to invite you to the next step of the admissions process.

        Your admissions interview is scheduled for Friday, October 23, 2026 at 4:00 PM Lima time
        (GMT-5), via Zoom, with Prof. Ricardo Llosa, Academic Director of the programme. The
        interview lasts 30 minutes and will be held in English.

        Zoom link: https://pabs-edu.zoom.us/j/96610025513

        Please have your ID at hand. If you cannot attend, let us know at least 48 hours in
        advance so we can offer another date.

        Kind regards,
        Carolina Vidal
        Admissions Office | Pacific Andes Business School
        Av. La Floresta 497, San Borja, Lima
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail.pabs.edu.pe", "203.0.113.151", "2026-10-19 11:42:27", LIM, "1Rk6Hn3Vd"),
        ("From", "Admissions - Pacific Andes Business School <admissions@pabs.edu.pe>"),
        ("Reply-To", "Carolina Vidal <cvidal@pabs.edu.pe>"),
        ("To", ME),
        ("Subject", "Global Executive MBA - Admissions interview, Friday October 23"),
        ("Date", date("2026-10-19 11:42:23", LIM)),
        ("Message-ID", "<CY4PR21MB0756C1D9A2B8E3F471@CY4PR21MB0756.namprd21.prod.outlook.com>"),
    ]
    return message(headers, alt(text(body), html(simple_html(body))))


# --------------------------------------------------------------------------- 47 rugby club try-out
@mail(n(47), family="tryout", lang="es", interview=False, company=None,
      days=(("Sat", "2026-11-07"),),
      note="Sports-club try-out confirmed for 'este sábado 7 de noviembre a las 9h00': fixed time, not a job "
           "interview")
def _k47() -> bytes:
    body = t("""
        Confirmado Andrés!

        La prueba para el equipo Master (+35) es este sábado 7 de noviembre a las 9h00 en la
        cancha del complejo Los Chillos (entrada por la Av. General Rumiñahui, junto a la
        gasolinera). Trae botines, protector bucal y agua. Son unas dos horas: calentamiento,
        drills y un partidito al final.

        Si pasas, entrenamos martes y jueves 19h30 y viajamos al torneo de Ibarra en enero.

        Nos vemos,
        Diego Almeida
        Entrenador – Club de Rugby Ilaló
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-oa1-f49.google.com", "203.0.113.49", "2026-11-02 20:05:40", GYE, "5Nc2Yq8Gw"),
        ("MIME-Version", "1.0"),
        ("From", addr("Diego Almeida", "entrenador@rugbyilalo.ec")),
        ("Date", date("2026-11-02 20:05:36", GYE)),
        ("Message-ID", "<CAD8qW4nZ1t-7Yx2bLr9mKp0HdFs3Ge5uJ6cN8oT1vRzxA@mail.gmail.com>"),
        ("Subject", "Re: Prueba equipo Master"),
        ("To", ME),
    ]
    return message(headers, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")), mime_version=False)


# --------------------------------------------------------------------------- 48 bank advisor via Bookings
@mail(n(48), family="ms_bookings", lang="es", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Microsoft Bookings confirmation of an investment-advisor meeting at a bank branch (jueves 26 nov "
           "16:30): same producer and layout as an interview booking, but not an interview")
def _k48() -> bytes:
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#252424">
        <div style="font-size:20px;font-weight:600;padding-bottom:8px">Su reserva está confirmada</div>
        <div>Hola Andrés Villacís,</div>
        <div style="padding-top:8px">Gracias por reservar con Banca Personal Banco Volcán. Estos son los detalles de su reserva.</div>
        <table style="padding-top:12px" cellpadding="2">
        <tr><td style="color:#616161">Servicio</td><td>Asesoría de inversiones (pólizas y fondos)</td></tr>
        <tr><td style="color:#616161">Fecha</td><td>jueves, 26 de noviembre de 2026</td></tr>
        <tr><td style="color:#616161">Hora</td><td>16:30 - 17:15 (UTC-05:00) Bogotá, Lima, Quito, Rio Branco</td></tr>
        <tr><td style="color:#616161">Personal</td><td>Mónica Erazo</td></tr>
        <tr><td style="color:#616161">Ubicación</td><td>Agencia Quicentro, Av. Naciones Unidas y Av. 6 de Diciembre</td></tr>
        </table>
        <div style="padding-top:12px">Traiga su cédula y, si los tiene, sus últimos estados de cuenta.</div>
        <div style="padding-top:12px"><a href="https://outlook.office365.com/owa/calendar/AsesoriaInversiones@bancovolcan.com.ec/bookings/">Administrar la reserva</a></div>
        </div></body></html>
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-co1nam11on2131.outbound.protection.outlook.com", "198.51.100.131", "2026-11-20 12:48:15", GYE,
            "2Qw7Jd4Nb"),
        ("From", addr("Banca Personal Banco Volcán", "AsesoriaInversiones@bancovolcan.com.ec")),
        ("To", ME),
        ("Subject", enc("Reserva confirmada: Asesoría de inversiones (pólizas y fondos) con Banca Personal Banco "
                        "Volcán")),
        ("Date", date("2026-11-20 12:48:11", GYE)),
        ("Message-ID", "<CO1PR11MB4962A7E1D0B3C5F28A@CO1PR11MB4962.namprd11.prod.outlook.com>"),
    ]
    return message(headers, html(body_html))


# --------------------------------------------------------------------------- 49 parent-teacher meeting
@mail(n(49), family="school", lang="es", interview=False, company=None,
      days=(("Fri", "2026-12-04"),),
      note="School circular calling parents to a meeting with the class tutor (viernes 4 de diciembre, 07h15): "
           "fixed time, not an interview")
def _k49() -> bytes:
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Verdana,sans-serif;font-size:12px">
        <p style="text-align:center"><b>UNIDAD EDUCATIVA LOS NEVADOS</b><br>Circular N.º 27 - Primer trimestre</p>
        <p>Estimados padres de familia de 3.º EGB "B":</p>
        <p>Se les convoca a la <b>reunión con la tutora y entrega de reportes del primer trimestre</b>, que se
        realizará el <b>viernes 4 de diciembre de 2026 a las 07h15</b> en el aula del paralelo. La asistencia
        de al menos un representante es obligatoria.</p>
        <p>Estudiante: VILLACÍS MORA MATÍAS<br>Tutora: Lcda. Mónica Tapia</p>
        <p>Favor confirmar su asistencia en la agenda escolar.</p>
        <p>Atentamente,<br>Secretaría General<br>Unidad Educativa Los Nevados</p>
        </body></html>
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("smtp.uelosnevados.edu.ec", "203.0.113.220", "2026-11-30 14:00:52", GYE, "8Zp1Tk5Cm"),
        ("From", "Secretaria UE Los Nevados <secretaria@uelosnevados.edu.ec>"),
        ("To", "Representantes 3 EGB B <representantes3b@uelosnevados.edu.ec>"),
        ("Subject", enc("Circular 27 - Reunión de padres de familia 3.º EGB \"B\"", "iso-8859-1")),
        ("Date", date("2026-11-30 14:00:48", GYE)),
        ("Message-ID", "<000001db4321$7a8b9c00$6f7e8d90$@uelosnevados.edu.ec>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]
    return message(headers, html(body_html, "iso-8859-1"))


# --------------------------------------------------------------------------- 50 Lever rejection (thread of 3)
@mail(n(50), family="rejection", lang="es", interview=False, company="Lumbre Pagos",
      days=(("Tue", "2026-09-22"),),
      note="Lever rejection after the 22 Sep interview (thread of the Lumbre Pagos confirmation); past date only")
def _k50() -> bytes:
    body = t("""
        Hola Andrés,

        Muchas gracias por tu tiempo el martes 22 de septiembre y por el interés en Lumbre Pagos.
        Julián y yo disfrutamos mucho la conversación.

        Después de revisar todos los perfiles, decidimos continuar con una persona con más
        experiencia en pruebas de carga para este cargo. Sabemos que no es la noticia que
        esperabas y de verdad te agradecemos la disposición durante todo el proceso.

        Nos encantaría tenerte en cuenta para futuras vacantes del equipo de calidad.

        Un abrazo,
        Valentina Ríos
        Talent Acquisition Partner · Lumbre Pagos

        Enviado con Lever
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-sor-f65.hire.lever.co", "198.51.100.112", "2026-10-02 10:15:33", BOG, "6Tg3Kp9Rx"),
        ("From", "Lumbre Pagos <no-reply@hire.lever.co>"),
        ("Reply-To", addr("Valentina Ríos", "valentina.rios@lumbrepagos.co")),
        ("To", ME),
        ("Subject", "Lumbre Pagos - QA Engineer II"),
        ("Date", date("2026-10-02 10:15:30", BOG)),
        ("Message-ID", "<0100019248c3d1e2-9a7b6c5d-4e3f-2a1b-0c9d-8e7f6a5b4c3d-000000@email.amazonses.com>"),
    ]
    return message(headers, alt(text(body, cte="base64"), html(simple_html(body), cte="base64")))
