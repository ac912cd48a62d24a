"""blind166: 50 hand-written mails from the inbox of Gabriela Andrade, a cloud-operations engineer in Quito.

Registered into ``make.REGISTRY["blind166"]``; build and check with
``python3 bench/heldout/make_blind.py blind166``. Written blind (no detector, tests or other held-out mails read).
Keys 1-23 are positives, 24-50 negatives; file numbers are a fixed shuffle of the writing order.
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
)

ORDER = random.Random(1660166).sample(range(1, 51), 50)
ME = "gabriela.andrade@example.org"
ME_H = addr("Gabriela Andrade", ME)
Q = "America/Guayaquil"
NY = "America/New_York"


def N(key: int) -> str:
    return f"blind166_{ORDER[key - 1]:03d}"


def rcv(host: str, when: str, zone: str, ident: str, lag: int = 3) -> str:
    return received(f"from {host} ({host} [198.51.100.{len(host) % 200 + 20}])", when, zone,
                    f"mx.example.org with ESMTPS id {ident}", ME, lag)


VTZ_GYE = """BEGIN:VTIMEZONE
TZID:America/Guayaquil
X-LIC-LOCATION:America/Guayaquil
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
TZNAME:-05
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

VTZ_BOG = VTZ_GYE.replace("America/Guayaquil", "America/Bogota")
VTZ_LIM = VTZ_GYE.replace("America/Guayaquil", "America/Lima")

VTZ_SAP = """BEGIN:VTIMEZONE
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

VTZ_NY = """BEGIN:VTIMEZONE
TZID:America/New_York
X-LIC-LOCATION:America/New_York
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""

VTZ_EST = """BEGIN:VTIMEZONE
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


# =========================================================================== positives (keys 1-23)


@mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-11-03T15:00:00Z", end="2026-11-03T15:45:00Z", contact="tamsin.okafor@corallinelogistics.com",
      company="Coralline Logistics", local="Tue 2026-11-03 10:00", local_end="2026-11-03 10:45", zone=NY,
      note="Greenhouse confirmation sent Mon 26 Oct in EDT for Tue 3 Nov 10:00-10:45 ET, after US clocks go back "
           "on 1 Nov: EST (UTC-5) -> 15:00Z-15:45Z; same wall-clock as Quito that day. ICS agrees. "
           "Contact = Reply-To recruiter.")
def p01() -> bytes:
    d = "2026-10-26 14:12"
    plain = t("""
        Hi Gabriela,

        Thanks for scheduling time with us. Your interview for Senior Cloud Operations Engineer
        (Miami / Remote LATAM) at Coralline Logistics is confirmed:

        Tuesday, November 3, 2026
        10:00 AM - 10:45 AM Eastern Time (US & Canada)

        Interviewer: Marcus Delacroix, Director of Platform Engineering
        Location: Google Meet - https://meet.google.com/vqx-hzpa-ttr

        Heads up: clocks in the US go back one hour on Sunday, November 1, so on the day of your
        interview Miami and Quito will be on the same time.

        If you need to reschedule, simply reply to this email.

        Best,
        Tamsin Okafor
        Talent Acquisition, Coralline Logistics
        """)
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Gabriela,</p>
        <p>Thanks for scheduling time with us. Your interview for <b>Senior Cloud Operations Engineer
        (Miami / Remote LATAM)</b> at Coralline Logistics is confirmed:</p>
        <table cellpadding="4" style="border:1px solid #ddd">
        <tr><td><b>When</b></td><td>Tuesday, November 3, 2026<br>10:00 AM - 10:45 AM Eastern Time (US &amp; Canada)</td></tr>
        <tr><td><b>Interviewer</b></td><td>Marcus Delacroix, Director of Platform Engineering</td></tr>
        <tr><td><b>Location</b></td><td><a href="https://meet.google.com/vqx-hzpa-ttr">Google Meet</a></td></tr>
        </table>
        <p>Heads up: clocks in the US go back one hour on Sunday, November 1, so on the day of your
        interview Miami and Quito will be on the same time.</p>
        <p>If you need to reschedule, simply reply to this email.</p>
        <p>Best,<br>Tamsin Okafor<br>Talent Acquisition, Coralline Logistics</p>
        <img src="https://us.greenhouse-mail.io/o/eJwNyUEKgCAQ" width="1" height="1" alt="">
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_NY}
BEGIN:VEVENT
UID:gh-interview-88213390-coralline@greenhouse.io
DTSTAMP:20261026T181200Z
DTSTART;TZID=America/New_York:20261103T100000
DTEND;TZID=America/New_York:20261103T104500
SUMMARY:Interview: Gabriela Andrade / Coralline Logistics
LOCATION:https://meet.google.com/vqx-hzpa-ttr
ORGANIZER;CN=Tamsin Okafor:mailto:tamsin.okafor@corallinelogistics.com
ATTENDEE;CN=Gabriela Andrade;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("o12.us.greenhouse-mail.io", d, NY, "Gh7Kq2LmZr")),
        ("From", "Coralline Logistics <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", "Tamsin Okafor <tamsin.okafor@corallinelogistics.com>"),
        ("To", ME_H),
        ("Subject", "Interview Confirmation: Senior Cloud Operations Engineer at Coralline Logistics"),
        ("Date", date(d, NY)),
        ("Message-ID", "<0100019a1b2c.8f3e41d2@us.greenhouse-mail.io>"),
        ("X-Mailer", "Greenhouse"),
    ], mixed(alt(text(plain), html(body_html)), calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(N(2), family="lever", lang="es", interview=True, kind="scheduled",
      start="2026-09-16T14:00:00Z", end="2026-09-16T15:00:00Z", contact="valentina.rojas@andinapagos.co",
      company="Andina Pagos", local="Wed 2026-09-16 09:00", local_end="2026-09-16 10:00", zone="America/Bogota",
      note="Lever en español: miércoles 16 de septiembre 09:00-10:00 hora de Colombia (UTC-5, sin horario de verano) "
           "-> 14:00Z-15:00Z. Contact = Reply-To (recruiter).")
def p02() -> bytes:
    d = "2026-09-10 17:48"
    plain = t("""
        Hola Gabriela:

        ¡Gracias por tu interés en Andina Pagos! Te confirmamos tu entrevista para el cargo
        Ingeniera/o de Operaciones Cloud (SRE).

        Fecha: miércoles, 16 de septiembre de 2026
        Hora: 09:00 – 10:00 (hora de Colombia, GMT-5)
        Modalidad: videollamada por Google Meet
        Enlace: https://meet.google.com/kte-rbwd-xom

        Con quién: Julián Ospina (Líder de Plataforma) y Valentina Rojas (Talento Humano)

        Si necesitas cambiar el horario, responde a este correo.

        Saludos,
        Valentina Rojas
        Andina Pagos
        """)
    body_html = t("""
        <div style="font-family:-apple-system,Helvetica,Arial;font-size:15px">
        <p>Hola Gabriela:</p>
        <p>¡Gracias por tu interés en Andina Pagos! Te confirmamos tu entrevista para el cargo
        <strong>Ingeniera/o de Operaciones Cloud (SRE)</strong>.</p>
        <p><strong>Fecha:</strong> miércoles, 16 de septiembre de 2026<br>
        <strong>Hora:</strong> 09:00 – 10:00 (hora de Colombia, GMT-5)<br>
        <strong>Modalidad:</strong> videollamada por Google Meet<br>
        <strong>Enlace:</strong> <a href="https://meet.google.com/kte-rbwd-xom">meet.google.com/kte-rbwd-xom</a></p>
        <p>Con quién: Julián Ospina (Líder de Plataforma) y Valentina Rojas (Talento Humano)</p>
        <p>Si necesitas cambiar el horario, responde a este correo.</p>
        <p>Saludos,<br>Valentina Rojas<br>Andina Pagos</p>
        <p style="color:#999;font-size:11px">Enviado con Lever</p>
        </div>
        """)
    return message([
        ("Received", rcv("mail.hire.lever.co", d, "America/Bogota", "Lv0aRt55")),
        ("From", "Andina Pagos <no-reply@hire.lever.co>"),
        ("Reply-To", "Valentina Rojas <valentina.rojas@andinapagos.co>"),
        ("To", ME_H),
        ("Subject", enc("Confirmación de entrevista – Andina Pagos")),
        ("Date", date(d, "America/Bogota")),
        ("Message-ID", "<lever.5f0c2b7e-9a1d-4c1e-8e55-2d1f0a7b3c11@hire.lever.co>"),
    ], alt(text(plain), html(body_html)))


@mail(N(3), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-09-18T14:00:00Z", end=None, contact="diego.carrion@nubetec.ec", company="Nubetec",
      local="Fri 2026-09-18 09:00", zone=Q,
      note="Respuesta corta desde el celular, Date jue 17 sep 07:41 -0500: 'mañana a las 09h00' = vie 18 sep "
           "09:00 Quito (UTC-5) -> 14:00Z. 'una horita más o menos' no es duración exacta: end null.")
def p03() -> bytes:
    d = "2026-09-17 07:41"
    body = t("""
        Hola Gaby, confirmado entonces mañana a las 09h00 en nuestra oficina de la República de El
        Salvador y Portugal, piso 6. Pregunta por mi en recepcion, llevas la cédula porfa. Va a estar
        tambien Andrés de infraestructura, será una horita más o menos.

        Saludos
        Diego

        Enviado desde mi iPhone

        > El 16 sept 2026, a las 21:03, Gabriela Andrade <gabriela.andrade@example.org> escribió:
        >
        > Hola Diego, sí me queda perfecto el viernes en la mañana. ¿A qué hora sería?
        > Gracias!
        """)
    return message([
        ("Received", rcv("mail-sor-f41.google.com", d, Q, "Nb3Xy01")),
        ("From", enc("Diego Carrión") + " <diego.carrion@nubetec.ec>"),
        ("To", ME_H),
        ("Subject", "Re: Entrevista Nubetec"),
        ("Date", date(d, Q)),
        ("Message-ID", "<7C1D0E9A-44B2-4F3A-9E1B-AB12CD34EF56@nubetec.ec>"),
        ("In-Reply-To", "<CAGa81kx+QpLr0w@mail.gmail.com>"),
        ("References", "<CAGa81kx+QpLr0w@mail.gmail.com>"),
        ("X-Mailer", "iPhone Mail (21G93)"),
    ], text(body, cte="8bit"))


@mail(N(4), family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-09-29T17:30:00Z", end="2026-09-29T18:30:00Z", contact="renee.castellano@brightwaterhealth.com",
      company="Brightwater Health", local="Tue 2026-09-29 13:30", local_end="2026-09-29 14:30", zone=NY,
      note="Workday (HTML only, base64): Tuesday 9/29/2026 1:30 PM - 2:30 PM (GMT-04:00) Eastern Time, EDT -> "
           "17:30Z-18:30Z (12:30 in Quito, an hour behind until 1 Nov). Contact = coordinator address in body.")
def p04() -> bytes:
    d = "2026-09-22 09:05"
    body_html = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f3f3f3">
        <table width="600" align="center" style="background:#fff;font-family:Arial;font-size:14px">
        <tr><td style="padding:24px"><img src="https://brightwater.wd5.myworkdayjobs.com/logo.png" alt="Brightwater Health"></td></tr>
        <tr><td style="padding:0 24px">
        <p>Dear Gabriela,</p>
        <p>Thank you for your interest in the <b>Cloud Reliability Engineer II (Remote - Americas)</b> position,
        Job Requisition R-0045127. We are pleased to confirm your interview.</p>
        <p><b>Interview Type:</b> Hiring Manager Interview (Microsoft Teams)<br>
        <b>Date:</b> 9/29/2026<br>
        <b>Time:</b> 1:30 PM - 2:30 PM (GMT-04:00) Eastern Time<br>
        <b>Interviewer(s):</b> Owen Pritchard</p>
        <p>A Teams link will be sent separately by the interviewer. Please make sure your candidate
        profile is up to date before the interview.</p>
        <p>Questions? Contact your Recruiting Coordinator, Renee Castellano, at
        <a href="mailto:renee.castellano@brightwaterhealth.com">renee.castellano@brightwaterhealth.com</a>.</p>
        <p>Sincerely,<br>Brightwater Health Talent Acquisition</p>
        </td></tr>
        <tr><td style="padding:24px;font-size:11px;color:#888">This email was sent from an unmonitored mailbox.
        Please do not reply.</td></tr>
        </table></body></html>
        """)
    return message([
        ("Received", rcv("mail.myworkday.com", d, NY, "Wd4PpA19")),
        ("From", "Brightwater Health <brightwater@myworkday.com>"),
        ("To", ME),
        ("Subject", "Interview Scheduled - Cloud Reliability Engineer II (Remote - Americas)"),
        ("Date", date(d, NY)),
        ("Message-ID", "<1795066417.3390812.1790082300000@wd5-prod-notif-12>"),
    ], html(body_html, cte="base64"))


@mail(N(5), family="smartrecruiters", lang="es", interview=True, kind="scheduled",
      start="2026-10-08T16:00:00Z", end="2026-10-08T16:45:00Z", contact="lucia.paredes@qhapaqretail.pe",
      company="Qhapaq Retail", local="Thu 2026-10-08 11:00", local_end="2026-10-08 11:45", zone="America/Lima",
      note="SmartRecruiters: jueves 8 de octubre 11:00-11:45 (GMT-05:00) Lima -> 16:00Z-16:45Z. "
           "No-reply sender; contact = recruiter address in the body.")
def p05() -> bytes:
    d = "2026-10-02 10:30"
    plain = t("""
        Hola Gabriela,

        Tu entrevista ha sido programada.

        Puesto: Especialista de Operaciones en la Nube (AWS) - Lima / Remoto
        Empresa: Qhapaq Retail S.A.C.

        Jueves, 8 de octubre de 2026
        11:00 - 11:45 (GMT-05:00) America/Lima

        Tipo: Entrevista por video (Microsoft Teams)
        Entrevistadores: Rodrigo Salazar, Jefe de Infraestructura

        Agregar al calendario: https://jobs.smartrecruiters.com/calendar/7f3a19c0.ics

        Si tienes alguna consulta, escribe a Lucía Paredes (lucia.paredes@qhapaqretail.pe).

        Saludos,
        Equipo de Selección de Qhapaq Retail

        Powered by SmartRecruiters
        """)
    return message([
        ("Received", rcv("mail.smartrecruiters.com", d, "America/Lima", "Sr9qW2e")),
        ("From", "Qhapaq Retail <noreply@smartrecruiters.com>"),
        ("To", ME),
        ("Subject", enc("Entrevista programada: Especialista de Operaciones en la Nube (AWS)")),
        ("Date", date(d, "America/Lima")),
        ("Message-ID", "<20261002153000.7f3a19c0.interview@smartrecruiters.com>"),
    ], text(plain, charset="iso-8859-1", cte="quoted-printable"))


@mail(N(6), family="exchange_teams", lang="es", interview=True, kind="scheduled",
      start="2026-10-19T20:00:00Z", end="2026-10-19T21:00:00Z", contact="mfernandez@puertoaustral.com.ec",
      company="Puerto Austral Navieras", local="Mon 2026-10-19 15:00", local_end="2026-10-19 16:00", zone=Q,
      note="Convocatoria de Exchange con zona Windows 'SA Pacific Standard Time' ((UTC-05:00) Bogotá, Lima, Quito, "
           "Rio Branco): lunes 19/10 15:00-16:00 -> 20:00Z-21:00Z. Contact = ORGANIZER / sender.")
def p06() -> bytes:
    d = "2026-10-13 11:22"
    plain = t("""
        Estimada Gabriela:

        Por medio de la presente le confirmamos la entrevista técnica para el puesto de Ingeniera de
        Operaciones Cloud, con el equipo de Tecnología de Puerto Austral Navieras (Guayaquil).

        Se realizará por Microsoft Teams. Le agradeceré aceptar la invitación.

        Atentamente,

        Ing. Mauricio Fernández
        Gerente de Infraestructura TI
        Puerto Austral Navieras S.A. | Av. 9 de Octubre 1911, Guayaquil
        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse en el equipo o la web: https://teams.microsoft.com/l/meetup-join/19%3ameeting_PA77
        Id. de reunión: 284 117 990 41
        Código de acceso: q6ZkP2
        ________________________________________________________________________________
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_SAP}
BEGIN:VEVENT
ORGANIZER;CN=Mauricio Fernández:mailto:mfernandez@puertoaustral.com.ec
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gabriela Andrade:mailto:{ME}
DESCRIPTION;LANGUAGE=es-EC:Entrevista técnica – Ingeniera de Operaciones Cloud\\n
UID:040000008200E00074C5B7101A82E0080000000070B1A2C3D4E5DC01000000000000000010000000A1B2C3D4
SUMMARY;LANGUAGE=es-EC:Entrevista técnica - Gabriela Andrade
DTSTART;TZID=SA Pacific Standard Time:20261019T150000
DTEND;TZID=SA Pacific Standard Time:20261019T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261013T162200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-EC:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Cuándo: lunes, 19 de octubre de 2026 15:00-16:00. (UTC-05:00) Bogotá, Lima, Quito, Rio Branco.<br>
        Dónde: Reunión de Microsoft Teams</p>
        <p>*~*~*~*~*~*~*~*~*~*</p>
        <p>Estimada Gabriela:</p>
        <p>Por medio de la presente le confirmamos la entrevista técnica para el puesto de Ingeniera de
        Operaciones Cloud, con el equipo de Tecnología de Puerto Austral Navieras (Guayaquil).</p>
        <p>Se realizará por Microsoft Teams. Le agradeceré aceptar la invitación.</p>
        <p>Atentamente,<br><br>Ing. Mauricio Fernández<br>Gerente de Infraestructura TI<br>
        Puerto Austral Navieras S.A. | Av. 9 de Octubre 1911, Guayaquil</p>
        <hr><p><b>Reunión de Microsoft Teams</b><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_PA77">Haga clic aquí para unirse a la reunión</a><br>
        Id. de reunión: 284 117 990 41<br>Código de acceso: q6ZkP2</p>
        </div></body></html>
        """)
    plain = "Cuándo: lunes, 19 de octubre de 2026 15:00-16:00. (UTC-05:00) Bogotá, Lima, Quito, Rio Branco.\n" \
            "Dónde: Reunión de Microsoft Teams\n\n*~*~*~*~*~*~*~*~*~*\n\n" + plain
    return message([
        ("Received", rcv("mail-bn8nam12.outbound.protection.outlook.com", d, Q, "Ex6Tt0Q")),
        ("From", enc("Mauricio Fernández") + " <mfernandez@puertoaustral.com.ec>"),
        ("To", ME_H),
        ("Subject", enc("Entrevista técnica - Gabriela Andrade")),
        ("Date", date(d, Q)),
        ("Message-ID", "<SJ0PR12MB5471A1B2C3D4E5F6@SJ0PR12MB5471.namprd12.prod.outlook.com>"),
        ("Thread-Topic", enc("Entrevista técnica - Gabriela Andrade")),
        ("Content-Language", "es-EC"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(plain), html(body_html), calendar(ics, cte="base64")))


@mail(N(7), family="calendly", lang="en", interview=True, kind="rescheduled",
      start="2026-10-29T14:00:00Z", end="2026-10-29T14:30:00Z", contact="dana@hollowpinedata.com",
      company="Hollowpine Data", local="Thu 2026-10-29 09:00", local_end="2026-10-29 09:30", zone=Q,
      note="Calendly reschedule shown in the invitee's zone (Bogota, Jamaica, Lima Time = UTC-5): former Wed 28 Oct "
           "9:00am, new Thu 29 Oct 9:00am-9:30am Quito -> 14:00Z-14:30Z (10:00 EDT for the host). "
           "Contact = Reply-To host.")
def p07() -> bytes:
    d = "2026-10-26 16:47"
    plain = t("""
        Hi Gabriela Andrade,

        Your event has been rescheduled.

        Event Type:
        Intro Interview - Platform Ops (30 min)

        Event Host:
        Dana Whitfield

        Former:
        09:00am - 09:30am (Bogota, Jamaica, Lima Time)
        Wednesday, October 28, 2026

        Updated:
        09:00am - 09:30am (Bogota, Jamaica, Lima Time)
        Thursday, October 29, 2026

        Reason for rescheduling:
        "Sorry, a board meeting landed on Wednesday - Thursday same time works? - Dana"

        Location:
        This is a Zoom web conference. Join: https://hollowpine.zoom.us/j/81234409921

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/9b7e0f2a
        Reschedule: https://calendly.com/reschedulings/9b7e0f2a

        Powered by Calendly.com
        """)
    body_html = "<html><body style=\"font-family:Helvetica\">" + "".join(
        f"<p>{ln}</p>" if ln else "" for ln in plain.replace("&", "&amp;").split("\n")) + "</body></html>\n"
    return message([
        ("Received", rcv("mail.calendly.com", d, Q, "CaL7v9")),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", "Dana Whitfield <dana@hollowpinedata.com>"),
        ("To", ME),
        ("Subject", "Updated: Intro Interview - Platform Ops (30 min) with Dana Whitfield on Thursday, "
                    "October 29, 2026"),
        ("Date", date(d, Q)),
        ("Message-ID", "<calendly.evt.9b7e0f2a.resched.1@calendly.com>"),
    ], alt(text(plain, cte="7bit"), html(body_html)))


@mail(N(8), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start="2026-10-06T15:00:00Z", end="2026-10-06T16:00:00Z", contact="sofia.yepez@kapakcloud.ec",
      company="Kapak Cloud", local="Tue 2026-10-06 10:00", local_end="2026-10-06 11:00", zone=Q,
      note="Invitación de Google Calendar en español: mar 6 oct 2026 10:00 - 11:00 (GMT-5) America/Guayaquil "
           "-> 15:00Z-16:00Z. Contact = ORGANIZER.")
def p08() -> bytes:
    d = "2026-09-30 18:15"
    plain = t("""
        Sofía Yépez te invitó a un evento

        Entrevista técnica – Ops Cloud (Gabriela Andrade)
        mar 6 oct 2026 10:00 - 11:00 (GMT-5) Hora de Ecuador

        Unirse con Google Meet
        meet.google.com/pyd-ocwe-gkj

        Organizador
        Sofía Yépez - sofia.yepez@kapakcloud.ec

        Invitados
        Sofía Yépez - organizador
        Tomás Ledesma
        gabriela.andrade@example.org

        Hola Gabriela, como conversamos: entrevista técnica con Tomás (líder de SRE). Unos 20 min de
        preguntas sobre Kubernetes y luego un caso práctico.

        ¿Asistirás? Sí - Quizás - No  Más opciones

        Invitación de Google Calendar
        Recibes este correo porque eres invitado a este evento.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_GYE}
BEGIN:VEVENT
DTSTART;TZID=America/Guayaquil:20261006T100000
DTEND;TZID=America/Guayaquil:20261006T110000
DTSTAMP:20260930T231500Z
ORGANIZER;CN=Sofía Yépez:mailto:sofia.yepez@kapakcloud.ec
UID:4q1c3sv0m2k7b8d9e0f1g2h3i4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tomás Ledesma;X-NUM-GUESTS=0:mailto:tomas.ledesma@kapakcloud.ec
X-GOOGLE-CONFERENCE:https://meet.google.com/pyd-ocwe-gkj
CREATED:20260930T231400Z
DESCRIPTION:Hola Gabriela\\, como conversamos: entrevista técnica con Tomás.
LAST-MODIFIED:20260930T231500Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista técnica – Ops Cloud (Gabriela Andrade)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail-sor-f69.google.com", d, Q, "Gc8Mn4")),
        ("From", enc("Sofía Yépez") + " <sofia.yepez@kapakcloud.ec>"),
        ("To", ME),
        ("Subject", enc("Invitación: Entrevista técnica – Ops Cloud (Gabriela Andrade) @ mar 6 oct 2026 "
                        "10:00 - 11:00 (GMT-5) (gabriela.andrade@example.org)")),
        ("Date", date(d, Q)),
        ("Message-ID", "<calendar-6a0d9f12-bb31-4e2c-9d7a-0c55a8e1f2b3@google.com>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
    ], mixed(alt(text(plain), html(gmail_html(plain)), calendar(ics, cte="8bit")),
             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


@mail(N(9), family="zoom", lang="en", interview=True, kind="scheduled",
      start="2026-11-13T00:00:00Z", end="2026-11-13T01:00:00Z", contact="noah.lindqvist@tidewellrobotics.com",
      company="Tidewell Robotics", local="Thu 2026-11-12 16:00", local_end="2026-11-12 17:00",
      zone="America/Los_Angeles",
      note="Recruiter prose + pasted Zoom block: 'Thursday next week (Nov 12)' 4:00-5:00 PM Pacific, PST (UTC-8) "
           "after 1 Nov -> Fri 13 Nov 00:00Z-01:00Z (7 PM Thursday in Quito, as the mail says). Contact = sender.")
def p09() -> bytes:
    d = "2026-11-04 11:20"
    zone = "America/Los_Angeles"
    plain = t("""
        Hi Gabriela,

        Great news - the team would love to move you forward to the technical round. As discussed,
        we're locking in Thursday next week (Nov 12) at 4:00 PM Pacific, which I believe is 7:00 PM
        your time in Quito. Sorry it's late in your day; our infra lead is only free then. It's a
        one-hour session (live troubleshooting of a broken Terraform + EKS setup, no prep needed).

        Zoom details below.

        Cheers,
        Noah

        Noah Lindqvist | Technical Recruiter
        Tidewell Robotics | Seattle, WA

        -----
        Noah Lindqvist is inviting you to a scheduled Zoom meeting.

        Topic: Tidewell - Technical Interview - Gabriela Andrade
        Time: Nov 12, 2026 04:00 PM Pacific Time (US and Canada)

        Join Zoom Meeting
        https://tidewell.zoom.us/j/93377120458?pwd=Rk9xTmZ1cWpQ

        Meeting ID: 933 7712 0458
        Passcode: 551204
        """)
    return message([
        ("Received", rcv("mail-pl1-f178.google.com", d, zone, "Zm2Bt8")),
        ("From", "Noah Lindqvist <noah.lindqvist@tidewellrobotics.com>"),
        ("To", ME_H),
        ("Subject", "Tidewell Robotics - technical interview next Thursday"),
        ("Date", date(d, zone)),
        ("Message-ID", "<CAF3kR2p8Lw0q1+VbT9mZt@mail.gmail.com>"),
    ], alt(text(plain), html(gmail_html(plain))))


@mail(N(10), family="personio", lang="es", interview=True, kind="scheduled",
      start="2026-10-27T15:00:00Z", end="2026-10-27T15:45:00Z", contact="irene.calvo@lumbre-energia.es",
      company="Lumbre Energía", local="Tue 2026-10-27 16:00", local_end="2026-10-27 16:45", zone="Europe/Madrid",
      note="Personio (Madrid, equipo remoto): martes 27/10 16:00-16:45 hora de Madrid. España vuelve a CET (UTC+1) "
           "el 25/10, así que 15:00Z-15:45Z (10:00 en Quito, como dice el correo); enviado el 20/10 en CEST. "
           "Contact = recruiter in body.")
def p10() -> bytes:
    d = "2026-10-20 13:05"
    zone = "Europe/Madrid"
    body_html = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#1f1f1f">
        <p>Hola Gabriela,</p>
        <p>¡Gracias por reservar tu cita! A continuación encontrarás los detalles de tu entrevista para
        el puesto <strong>Cloud Operations Engineer (remoto, LATAM)</strong>:</p>
        <ul>
        <li><strong>Fecha:</strong> martes, 27 de octubre de 2026</li>
        <li><strong>Hora:</strong> 16:00 – 16:45 (CET, hora de Madrid)</li>
        <li><strong>Lugar:</strong> Google Meet (el enlace llegará en una invitación aparte)</li>
        <li><strong>Entrevistadoras:</strong> Irene Calvo (People) y Marta Olmedo (Head of Platform)</li>
        </ul>
        <p>Ten en cuenta que el domingo 25 de octubre cambia la hora en España: para ti en Quito
        la entrevista será a las 10:00.</p>
        <p>Si tienes alguna pregunta puedes escribir directamente a Irene:
        <a href="mailto:irene.calvo@lumbre-energia.es">irene.calvo@lumbre-energia.es</a>.</p>
        <p>Un saludo,<br>Equipo de Personas de Lumbre Energía</p>
        <p style="font-size:11px;color:#8a8a8a">Este correo se ha enviado a través de Personio. No respondas a
        este mensaje.</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail.personio.de", d, zone, "Ps5Yh1")),
        ("From", enc("Lumbre Energía") + " <no-reply@mail.personio.de>"),
        ("To", ME),
        ("Subject", enc("Tu entrevista con Lumbre Energía está confirmada")),
        ("Date", date(d, zone)),
        ("Message-ID", "<8a1c2e44b7f3.20261020110500@mail.personio.de>"),
    ], html(body_html, cte="quoted-printable"))


@mail(N(11), family="teamtailor", lang="en", interview=True, kind="rescheduled",
      start="2026-11-04T16:00:00Z", end="2026-11-04T16:45:00Z", contact="priya.raman@saltmarshfintech.com",
      company="Saltmarsh Fintech", local="Wed 2026-11-04 11:00", local_end="2026-11-04 11:45", zone=NY,
      note="Teamtailor reschedule sent 28 Oct (EDT): old Fri 30 Oct 11:00 AM EDT, new Wed 4 Nov 11:00-11:45 AM "
           "Eastern, now EST (UTC-5) -> 16:00Z-16:45Z. ICS in UTC with SEQUENCE:1. Contact = Reply-To recruiter.")
def p11() -> bytes:
    d = "2026-10-28 15:33"
    plain = t("""
        Hi Gabriela,

        Your interview with Saltmarsh Fintech has been rescheduled.

        Previous time: Friday, October 30, 2026, 11:00 AM (EDT)
        New time: Wednesday, November 4, 2026, 11:00 AM - 11:45 AM (EST, Miami)

        Job: Cloud Operations Engineer
        Type: Video call (Microsoft Teams)
        With: Priya Raman, Senior Recruiter; Luis Ortega, SRE Manager

        An updated calendar invitation is attached. Just reply to this message if the new time
        does not work for you.

        Kind regards,
        Priya
        Saltmarsh Fintech
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-meeting-5512803@teamtailor.com
DTSTAMP:20261028T193300Z
DTSTART:20261104T160000Z
DTEND:20261104T164500Z
SEQUENCE:1
SUMMARY:Interview: Cloud Operations Engineer - Saltmarsh Fintech
ORGANIZER;CN=Priya Raman:mailto:priya.raman@saltmarshfintech.com
ATTENDEE;CN=Gabriela Andrade;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mta-14.teamtailor-mail.com", d, NY, "Tt1Kw0")),
        ("From", "Saltmarsh Fintech <no-reply@teamtailor-mail.com>"),
        ("Reply-To", "Priya Raman <priya.raman@saltmarshfintech.com>"),
        ("To", ME_H),
        ("Subject", "Your interview has been rescheduled - Saltmarsh Fintech"),
        ("Date", date(d, NY)),
        ("Message-ID", "<6538a1f0e2b7c_2f1a9c@teamtailor-mail.com>"),
    ], mixed(alt(text(plain), html(gmail_html(plain))),
             calendar(ics, filename="interview.ics", disposition="attachment", cte="base64")))


@mail(N(12), family="workable", lang="es", interview=True, kind="scheduled",
      start="2026-11-10T13:30:00Z", end="2026-11-10T14:30:00Z", contact="camilo.restrepo@cafetaldigital.co",
      company="Cafetal Digital", local="Tue 2026-11-10 08:30", local_end="2026-11-10 09:30", zone="America/Bogota",
      note="Workable: martes 10 de noviembre 8:30 a. m. hora de Bogotá (UTC-5), duración 1 hora -> 13:30Z-14:30Z. "
           "Reply-To is a Workable relay (not a person); contact = hiring manager address in the body.")
def p12() -> bytes:
    d = "2026-11-05 12:10"
    plain = t("""
        Hola Gabriela,

        ¡Gracias por agendar tu entrevista con Cafetal Digital!

        Entrevista: Entrevista técnica - DevOps / Cloud Ops
        Fecha y hora: martes 10 de noviembre de 2026, 8:30 a. m. (hora de Bogotá)
        Duración: 1 hora
        Lugar: https://meet.google.com/wbn-qaxr-hpe

        Te entrevistará Camilo Restrepo, líder técnico. Si tienes inconvenientes con la conexión,
        escríbele directamente a camilo.restrepo@cafetaldigital.co.

        ¡Éxitos!
        El equipo de Cafetal Digital
        """)
    body_html = t("""
        <div style="font-family:'Helvetica Neue',Arial;font-size:14px">
        <p>Hola Gabriela,</p>
        <p>¡Gracias por agendar tu entrevista con Cafetal Digital!</p>
        <table>
        <tr><td style="color:#777">Entrevista</td><td>Entrevista técnica - DevOps / Cloud Ops</td></tr>
        <tr><td style="color:#777">Fecha y hora</td><td>martes 10 de noviembre de 2026, 8:30 a.&nbsp;m. (hora de Bogotá)</td></tr>
        <tr><td style="color:#777">Duración</td><td>1 hora</td></tr>
        <tr><td style="color:#777">Lugar</td><td><a href="https://meet.google.com/wbn-qaxr-hpe">meet.google.com/wbn-qaxr-hpe</a></td></tr>
        </table>
        <p>Te entrevistará Camilo Restrepo, líder técnico. Si tienes inconvenientes con la conexión,
        escríbele directamente a <a href="mailto:camilo.restrepo@cafetaldigital.co">camilo.restrepo@cafetaldigital.co</a>.</p>
        <p>¡Éxitos!<br>El equipo de Cafetal Digital</p>
        <p style="font-size:11px;color:#aaa">Powered by Workable</p>
        </div>
        """)
    return message([
        ("Received", rcv("mail.workablemail.com", d, "America/Bogota", "Wk2Nn7")),
        ("From", "Cafetal Digital <noreply@candidates.workablemail.com>"),
        ("Reply-To", "cafetal-digital+c8812f0a@candidates.workablemail.com"),
        ("To", ME),
        ("Subject", enc("Entrevista confirmada – Cafetal Digital")),
        ("Date", date(d, "America/Bogota")),
        ("Message-ID", "<wk.c8812f0a.3391@candidates.workablemail.com>"),
    ], alt(text(plain, cte="base64"), html(body_html, cte="base64")))


@mail(N(13), family="icims", lang="en", interview=True, kind="cancelled",
      start="2026-11-19T18:00:00Z", end="2026-11-19T19:00:00Z", contact="keisha.morgan@harborlineins.com",
      company="Harborline Insurance", local="Thu 2026-11-19 13:00", local_end="2026-11-19 14:00", zone=NY,
      note="iCIMS cancellation, no new time (requisition on hold): the cancelled slot Thu 19 Nov 1:00-2:00 PM EST "
           "-> 18:00Z-19:00Z; ICS METHOD:CANCEL with Windows 'Eastern Standard Time'. Contact = recruiter in body.")
def p13() -> bytes:
    d = "2026-11-13 10:02"
    plain = t("""
        Dear Gabriela,

        We regret to inform you that your interview for the position of Cloud Infrastructure Analyst
        (Req #2026-4471), originally scheduled for Thursday, November 19, 2026 from 1:00 PM to 2:00 PM
        EST, has been cancelled. The requisition has been placed on hold while the department
        reviews its 2027 budget.

        Your application remains active in our system and we will contact you if the position is
        reopened. For questions, please reach out to Keisha Morgan at keisha.morgan@harborlineins.com.

        Sincerely,
        Harborline Insurance Talent Acquisition

        This message was sent via iCIMS. Please do not reply directly to this email.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//iCIMS//Interview Scheduling//EN
VERSION:2.0
METHOD:CANCEL
{VTZ_EST}
BEGIN:VEVENT
UID:icims-intv-2026-4471-000812
DTSTAMP:20261113T150200Z
DTSTART;TZID=Eastern Standard Time:20261119T130000
DTEND;TZID=Eastern Standard Time:20261119T140000
SUMMARY:CANCELLED: Interview - Cloud Infrastructure Analyst
ORGANIZER;CN=Keisha Morgan:mailto:keisha.morgan@harborlineins.com
ATTENDEE;CN=Gabriela Andrade:mailto:{ME}
STATUS:CANCELLED
SEQUENCE:2
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mailer3.talent.icims.com", d, NY, "Ic4Qq6")),
        ("From", "Harborline Insurance <harborline@talent.icims.com>"),
        ("To", ME),
        ("Subject", "Interview Cancelled: Cloud Infrastructure Analyst"),
        ("Date", date(d, NY)),
        ("Message-ID", "<icims.2026-4471.cxl.7781@talent.icims.com>"),
    ], mixed(text(plain, charset="windows-1252"), calendar(ics, method="CANCEL", filename="cancel.ics",
                                                          disposition="attachment")))


@mail(N(14), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start="2026-11-26T20:00:00Z", end=None, contact="paula.benitez@volcanlabs.ec", company="Volcán Labs",
      local="Thu 2026-11-26 15:00", zone=Q,
      note="Hilo de correo (Outlook, windows-1252): la entrevista pasa del miércoles 25 a las 10h00 al jueves 26 "
           "'a las tres de la tarde' en Quito (UTC-5) -> 20:00Z. Sin duración. Contact = sender.")
def p14() -> bytes:
    d = "2026-11-23 09:12"
    body = t("""
        Hola Gabriela,

        Te escribo porque tuvimos que mover tu entrevista final: ya no es el miércoles 25 a las 10h00
        sino el jueves 26 a las tres de la tarde, en la misma sala (oficinas de La Carolina, Av.
        Amazonas y Naciones Unidas, edificio Torre Azul, piso 9). Estarán Fernando (CTO) y yo.

        Disculpa el cambio, Fernando tiene viaje el miércoles.

        Saludos cordiales,

        Paula Benítez
        Jefa de Talento | Volcán Labs
        Cel. 099 123 4567

        De: Paula Benítez
        Enviado: jueves, 19 de noviembre de 2026 16:40
        Para: Gabriela Andrade <gabriela.andrade@example.org>
        Asunto: Entrevista final - Volcán Labs

        Hola Gabriela, te confirmo la entrevista final para el miércoles 25 de noviembre a las 10h00.
        """)
    return message([
        ("Received", rcv("mail-cp2nam11.outbound.protection.outlook.com", d, Q, "Vl9Pq3")),
        ("From", enc("Paula Benítez", "windows-1252") + " <paula.benitez@volcanlabs.ec>"),
        ("To", ME_H),
        ("Subject", enc("RE: Entrevista final - Volcán Labs (cambio de fecha)", "windows-1252")),
        ("Date", date(d, Q)),
        ("Message-ID", "<BY5PR11MB39871D2E3F4A@BY5PR11MB3987.namprd11.prod.outlook.com>"),
        ("In-Reply-To", "<BY5PR11MB3987009AA1@BY5PR11MB3987.namprd11.prod.outlook.com>"),
        ("Thread-Topic", "Entrevista final - Volcan Labs"),
    ], text(body, charset="windows-1252", cte="quoted-printable"))


@mail(N(15), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-12-09T15:00:00Z", end="2026-12-09T16:45:00Z", contact="jaden.brooks@quarrylane.com",
      company="Quarry Lane Systems", local="Wed 2026-12-09 10:00", local_end="2026-12-09 11:45", zone=NY,
      note="GoodTime itinerary, two sessions Wed 9 Dec 10:00-10:45 and 11:00-11:45 AM ET (EST, UTC-5): first start "
           "to last end -> 15:00Z-16:45Z. Contact = Reply-To coordinator.")
def p15() -> bytes:
    d = "2026-12-07 09:40"
    body_html = t("""
        <html><body style="font-family:Arial;font-size:14px;color:#222">
        <p>Hi Gabriela,</p>
        <p>Your interviews with <b>Quarry Lane Systems</b> for <b>Site Reliability Engineer (Remote)</b> are
        confirmed. Here is your itinerary:</p>
        <table border="0" cellpadding="6" style="border-collapse:collapse">
        <tr style="background:#f0f4f8"><th align="left">Wednesday, December 9, 2026</th><th align="left">Eastern Time (ET)</th></tr>
        <tr><td>Systems Design - Avery Cole</td><td>10:00 AM - 10:45 AM</td></tr>
        <tr><td>Incident Response Deep Dive - Farah Nasser</td><td>11:00 AM - 11:45 AM</td></tr>
        </table>
        <p>Both sessions use the same Zoom room: <a href="https://quarrylane.zoom.us/j/96014477382">quarrylane.zoom.us/j/96014477382</a></p>
        <p>If anything comes up, reply to this email and it will reach your coordinator, Jaden Brooks.</p>
        <p>Good luck!<br>Quarry Lane Recruiting</p>
        <p style="font-size:11px;color:#999">Scheduled with GoodTime</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("o1.email.goodtime.io", d, NY, "Gt3Rr5")),
        ("From", "Quarry Lane Recruiting <scheduling@goodtime.io>"),
        ("Reply-To", "Jaden Brooks <jaden.brooks@quarrylane.com>"),
        ("To", ME),
        ("Subject", "Your Quarry Lane Systems interview itinerary - Wednesday, December 9"),
        ("Date", date(d, NY)),
        ("Message-ID", "<gt.itin.55c1e0.20261207@goodtime.io>"),
    ], html(body_html, cte="7bit"))


@mail(N(16), family="recruitee", lang="es", interview=True, kind="cancelled",
      start="2026-12-14T15:00:00Z", end=None, contact="ximena.huaman@pachacamac.dev", company="Pachacámac Software",
      local="Mon 2026-12-14 10:00", zone="America/Lima",
      note="Recruitee: se cancela la entrevista del 'lunes 14/12 a las 10:00 (hora de Lima)', UTC-5 -> 15:00Z; "
           "sin nueva fecha ('te escribiremos'). Fecha dd/mm. Contact = Reply-To recruiter.")
def p16() -> bytes:
    d = "2026-12-09 17:55"
    plain = t("""
        Hola Gabriela:

        Lamentamos avisarte que tu entrevista del lunes 14/12 a las 10:00 (hora de Lima) para la
        posición de Ingeniera Cloud Semi Senior queda cancelada. El panel de entrevista no estará
        disponible esa semana por el cierre de año.

        Te escribiremos en enero para proponerte una nueva fecha. Disculpa las molestias.

        Un abrazo,
        Ximena Huamán
        Talento - Pachacámac Software
        """)
    return message([
        ("Received", rcv("mg.recruitee.com", d, "America/Lima", "Rc7Zz2")),
        ("From", enc("Pachacámac Software") + " <no-reply@recruitee.com>"),
        ("Reply-To", enc("Ximena Huamán") + " <ximena.huaman@pachacamac.dev>"),
        ("To", ME),
        ("Subject", enc("Entrevista cancelada – Ingeniera Cloud Semi Senior")),
        ("Date", date(d, "America/Lima")),
        ("Message-ID", "<recruitee.cxl.91177@recruitee.com>"),
    ], alt(text(plain, cte="8bit"), html(gmail_html(plain), cte="8bit")))


@mail(N(17), family="join", lang="en", interview=True, kind="scheduled",
      start="2026-11-18T16:00:00Z", end="2026-11-18T17:00:00Z", contact="lena.hartmann@feldkamp-analytics.de",
      company="Feldkamp Analytics", local="Wed 2026-11-18 17:00", local_end="2026-11-18 18:00", zone="Europe/Berlin",
      note="JOIN (Berlin company, remote team): Wed 18 Nov 17:00 CET (UTC+1) for 60 minutes -> 16:00Z-17:00Z "
           "(11:00 in Quito as stated). No-reply sender; contact = hiring manager address in the body.")
def p17() -> bytes:
    d = "2026-11-11 14:25"
    zone = "Europe/Berlin"
    plain = t("""
        Hello Gabriela,

        Good news! Lena Hartmann from Feldkamp Analytics has confirmed your interview for the
        position "Cloud Operations Engineer (Remote, Americas time zones)".

        Date: Wednesday, 18 November 2026
        Time: 17:00 CET (11:00 in Quito)
        Duration: 60 minutes
        Where: Microsoft Teams - the link is in the calendar invitation Lena will send you

        Lena's note: "Looking forward to it! Feel free to email me at lena.hartmann@feldkamp-analytics.de
        if anything changes."

        Good luck!
        Your JOIN Team

        You are receiving this email because you applied via JOIN.
        """)
    return message([
        ("Received", rcv("mail.join.com", d, zone, "Jn6Ff3")),
        ("From", "Feldkamp Analytics via JOIN <noreply@join.com>"),
        ("To", ME),
        ("Subject", "Interview confirmed: Cloud Operations Engineer at Feldkamp Analytics"),
        ("Date", date(d, zone)),
        ("Message-ID", "<join-intv-cf1d29e8@join.com>"),
    ], alt(text(plain), html(gmail_html(plain))))


@mail(N(18), family="softgarden", lang="es", interview=True, kind="scheduled",
      start="2026-12-11T14:30:00Z", end=None, contact="rosa.quispe@kessler-andina.pe", company="Kessler Andina",
      local="Fri 2026-12-11 09:30", zone="America/Lima",
      note="softgarden (empresa alemana, oficina de Lima), iso-8859-15: 'viernes 11/12 a las 09:30 (hora de Lima)' "
           "UTC-5 -> 14:30Z; fecha dd/mm; sin duración. Contact = recruiter in body.")
def p18() -> bytes:
    d = "2026-12-03 16:05"
    plain = t("""
        Estimada Sra. Andrade:

        Muchas gracias por su postulación al puesto "Administrador(a) de Plataformas Cloud" en
        Kessler Andina S.A.C.

        Nos complace confirmarle su entrevista personal para el viernes 11/12 a las 09:30 (hora de
        Lima) en nuestra oficina de San Isidro, Av. Camino Real 348, piso 12. Si usted prefiere una
        conexión por video, indíquenoslo con anticipación.

        Para cualquier consulta, comuníquese con Rosa Quispe (rosa.quispe@kessler-andina.pe).

        Atentamente,
        Rosa Quispe
        Recursos Humanos - Kessler Andina S.A.C.

        --
        Este mensaje fue generado automáticamente por softgarden.
        """)
    body_html = t("""
        <html><body style="font-family:Verdana;font-size:13px">
        <p>Estimada Sra. Andrade:</p>
        <p>Muchas gracias por su postulación al puesto «Administrador(a) de Plataformas Cloud» en Kessler
        Andina S.A.C.</p>
        <p>Nos complace confirmarle su entrevista personal para el <b>viernes 11/12 a las 09:30 (hora de
        Lima)</b> en nuestra oficina de San Isidro, Av. Camino Real 348, piso 12. Si usted prefiere una
        conexión por video, indíquenoslo con anticipación.</p>
        <p>Para cualquier consulta, comuníquese con Rosa Quispe
        (<a href="mailto:rosa.quispe@kessler-andina.pe">rosa.quispe@kessler-andina.pe</a>).</p>
        <p>Atentamente,<br>Rosa Quispe<br>Recursos Humanos - Kessler Andina S.A.C.</p>
        <p style="font-size:10px;color:#888">Este mensaje fue generado automáticamente por softgarden.</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mailout.softgarden.io", d, "America/Lima", "Sg8Lk4")),
        ("From", "Kessler Andina <noreply@softgarden.io>"),
        ("To", "Gabriela Andrade <" + ME + ">"),
        ("Subject", enc("Confirmación de su entrevista personal", "iso-8859-15")),
        ("Date", date(d, "America/Lima")),
        ("Message-ID", "<sg.8812a.20261203210500@softgarden.io>"),
    ], alt(text(plain, charset="iso-8859-15"), html(body_html, charset="iso-8859-15")))


@mail(N(19), family="ms_bookings", lang="es", interview=True, kind="scheduled",
      start="2026-10-14T16:30:00Z", end="2026-10-14T17:15:00Z", contact=None, company="Cooperativa Andes Digital",
      local="Wed 2026-10-14 11:30", local_end="2026-10-14 12:15", zone=Q,
      note="Microsoft Bookings: miércoles 14/10/2026 11:30-12:15 (UTC-05:00) Bogotá, Lima, Quito -> 16:30Z-17:15Z; "
           "ICS con 'SA Pacific Standard Time'. Remitente = buzón de Bookings, personal solo por nombre: contact null.")
def p19() -> bytes:
    d = "2026-10-08 08:50"
    body_html = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:'Segoe UI',sans-serif;font-size:14px">
        <div style="border-bottom:3px solid #0a6e3c;padding:12px"><b>Cooperativa Andes Digital – Selección de personal TI</b></div>
        <p>Hola Gabriela Andrade,</p>
        <p>Su reserva se ha confirmado.</p>
        <table cellpadding="4">
        <tr><td>Servicio</td><td>Entrevista con el Comité Técnico – Analista de Infraestructura Cloud</td></tr>
        <tr><td>Fecha y hora</td><td>miércoles, 14/10/2026 11:30 – 12:15 (UTC-05:00) Bogotá, Lima, Quito, Rio Branco</td></tr>
        <tr><td>Personal</td><td>Carla Vinueza</td></tr>
        <tr><td>Ubicación</td><td>Reunión de Microsoft Teams</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/SeleccionTI@andesdigital.fin.ec/bookings/">Administrar reserva</a></p>
        <p>Con la tecnología de Microsoft Bookings</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_SAP}
BEGIN:VEVENT
ORGANIZER;CN=Selección TI - Andes Digital:mailto:SeleccionTI@andesdigital.fin.ec
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gabriela Andrade:mailto:{ME}
SUMMARY;LANGUAGE=es-ES:Entrevista con el Comité Técnico
DTSTART;TZID=SA Pacific Standard Time:20261014T113000
DTEND;TZID=SA Pacific Standard Time:20261014T121500
UID:040000008200E00074C5B7101A82E00800000000B00C7F11A1B2DC010000000000000000100000005E6F7A8B
DTSTAMP:20261008T135000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail-dm6nam10.outbound.protection.outlook.com", d, Q, "Bk1Ss8")),
        ("From", enc("Selección TI - Andes Digital") + " <SeleccionTI@andesdigital.fin.ec>"),
        ("To", ME_H),
        ("Subject", enc("Reserva confirmada: Entrevista con el Comité Técnico")),
        ("Date", date(d, Q)),
        ("Message-ID", "<DM6PR10MB4012AB12CD34@DM6PR10MB4012.namprd10.prod.outlook.com>"),
    ], alt(html(body_html, cte="base64"), calendar(ics, cte="base64")))


@mail(N(20), family="forward_to_self", lang="es", interview=True, kind="scheduled",
      start="2026-11-04T21:00:00Z", end=None, contact="hvaldivieso@manglarsoft.com.ec", company="ManglarSoft",
      local="Wed 2026-11-04 16:00", zone="America/Guayaquil",
      note="Gabriela se reenvía desde su otra cuenta (example.net) la confirmación de ManglarSoft: 'miércoles 4 de "
           "noviembre a las 16h00' en Samborondón (Guayaquil, UTC-5) -> 21:00Z. Contact = the recruiter in the "
           "forwarded header, never the candidate.")
def p20() -> bytes:
    d = "2026-10-28 21:40"
    body = t("""
        para no perderlo

        ---------- Forwarded message ---------
        De: Héctor Valdivieso <hvaldivieso@manglarsoft.com.ec>
        Date: mié, 28 oct 2026 a las 17:12
        Subject: Confirmación entrevista - ManglarSoft
        To: Gabriela Andrade <gabriela.andrade@example.net>


        Estimada Gabriela,

        Gracias por su pronta respuesta. Queda confirmada su entrevista el miércoles 4 de noviembre a
        las 16h00 en nuestras oficinas de Samborondón (Edificio Xima, oficina 502). Por favor traiga
        su hoja de vida impresa.

        Saludos cordiales,

        Héctor Valdivieso
        Coordinador de Talento Humano
        ManglarSoft Cía. Ltda.
        Guayaquil - Ecuador
        """)
    return message([
        ("Received", rcv("mail-lf1-f54.google.com", d, Q, "Fw0Gg1")),
        ("From", addr("Gabriela Andrade", "gabriela.andrade@example.net")),
        ("To", ME),
        ("Subject", enc("Fwd: Confirmación entrevista - ManglarSoft")),
        ("Date", date(d, Q)),
        ("Message-ID", "<CAHx9fwd4Nq2mLs0@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(21), family="exchange_teams", lang="en", interview=True, kind="rescheduled",
      start="2026-09-24T19:30:00Z", end="2026-09-24T20:30:00Z", contact="rgutierrez@bayfrontcruisetech.com",
      company="Bayfront Cruise Tech", local="Thu 2026-09-24 15:30", local_end="2026-09-24 16:30", zone=NY,
      note="Exchange update (SEQUENCE:1) from Miami: Wednesday 2:00 PM moved to Thu 24 Sep 3:30-4:30 PM. The "
           "body's zone label reads '(UTC-05:00) Eastern Time (US & Canada)' (standard offset), but in September "
           "it is EDT (UTC-4) -> 19:30Z-20:30Z, as the ICS says. Contact = organizer/sender.")
def p21() -> bytes:
    d = "2026-09-21 16:18"
    plain = t("""
        When: Thursday, September 24, 2026 3:30 PM-4:30 PM. (UTC-05:00) Eastern Time (US & Canada)
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Gabriela - moving us to Thursday at 3:30 instead of Wednesday at 2, sorry for the
        shuffle. Same panel (me + Kevin from our NOC).

        Rafael Gutierrez
        Engineering Manager, Cloud Platform | Bayfront Cruise Tech
        1400 Biscayne Blvd, Miami FL

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_BFC9>
        Meeting ID: 219 554 803 117
        Passcode: Xy7hQ2
        ________________________________________________________________________________
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_EST}
BEGIN:VEVENT
ORGANIZER;CN=Rafael Gutierrez:mailto:rgutierrez@bayfrontcruisetech.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gabriela Andrade:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Kevin Tran:mailto:ktran@bayfrontcruisetech.com
SUMMARY;LANGUAGE=en-US:Interview - Gabriela Andrade (Cloud Ops)
DTSTART;TZID=Eastern Standard Time:20260924T153000
DTEND;TZID=Eastern Standard Time:20260924T163000
UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DC01000000000000000010000000C0FFEE12
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260921T201800Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:2120385512
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail-mw2nam12.outbound.protection.outlook.com", d, NY, "Bf2Ee9")),
        ("From", "Rafael Gutierrez <rgutierrez@bayfrontcruisetech.com>"),
        ("To", ME_H),
        ("Subject", "Updated: Interview - Gabriela Andrade (Cloud Ops)"),
        ("Date", date(d, NY)),
        ("Message-ID", "<MW4PR12MB7331E0F1A2B3@MW4PR12MB7331.namprd12.prod.outlook.com>"),
        ("Thread-Topic", "Interview - Gabriela Andrade (Cloud Ops)"),
        ("Thread-Index", "AdsOkz1m2QpVbR7fT0uWl3bq8c9xYw=="),
    ], alt(text(plain, charset="us-ascii", cte="7bit"), calendar(ics, cte="base64")))


@mail(N(22), family="google_calendar", lang="es", interview=True, kind="cancelled",
      start="2026-12-03T14:00:00Z", end="2026-12-03T15:00:00Z", contact="andres.munoz@rutaverde.co",
      company="Ruta Verde Movilidad", local="Thu 2026-12-03 09:00", local_end="2026-12-03 10:00",
      zone="America/Bogota",
      note="Cancelación de Google Calendar (METHOD:CANCEL): 'jue 3 dic 2026 9:00 - 10:00 (GMT-5)' hora de Bogotá "
           "-> 14:00Z-15:00Z, sin nueva fecha. Contact = ORGANIZER.")
def p22() -> bytes:
    d = "2026-11-30 19:02"
    zone = "America/Bogota"
    plain = t("""
        Se canceló este evento.

        Entrevista final – Gabriela Andrade / Ruta Verde Movilidad
        jue 3 dic 2026 9:00 - 10:00 (GMT-5) Hora de Colombia

        Organizador
        Andrés Muñoz - andres.munoz@rutaverde.co

        Invitados
        Andrés Muñoz - organizador
        gabriela.andrade@example.org

        Invitación de Google Calendar
        Recibes este correo porque eres invitado a este evento.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{VTZ_BOG}
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20261203T090000
DTEND;TZID=America/Bogota:20261203T100000
DTSTAMP:20261201T000200Z
ORGANIZER;CN=Andrés Muñoz:mailto:andres.munoz@rutaverde.co
UID:7hk2m0v3c9p1q8r4s5t6u7w8x9@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={ME}:mailto:{ME}
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Entrevista final – Gabriela Andrade / Ruta Verde Movilidad
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail-sor-f73.google.com", d, zone, "Gc1Xx0")),
        ("From", enc("Andrés Muñoz") + " <andres.munoz@rutaverde.co>"),
        ("To", ME),
        ("Subject", enc("Evento cancelado: Entrevista final – Gabriela Andrade / Ruta Verde Movilidad @ jue 3 dic "
                        "2026 9:00 - 10:00 (GMT-5) (gabriela.andrade@example.org)")),
        ("Date", date(d, zone)),
        ("Message-ID", "<calendar-c1a2b3d4-0e9f-4a8b-b7c6-d5e4f3a2b1c0@google.com>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
    ], mixed(alt(text(plain), html(gmail_html(plain)), calendar(ics, method="CANCEL", cte="8bit")),
             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


@mail(N(23), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-12-10T14:30:00Z", end=None, contact="carolina.mendoza@esteroanalytics.com",
      company="Estero Analytics", local="Thu 2026-12-10 09:30", zone=Q,
      note="Jornada presencial en Guayaquil con invitación de día completo (DTSTART;VALUE=DATE 2026-12-10): la hora "
           "solo está en el texto, 'a las 09h30' (UTC-5) -> 14:30Z; 'alrededor de las 15h00' es aproximado: end null. "
           "Contact = sender/organizer.")
def p23() -> bytes:
    d = "2026-12-03 11:15"
    body = t("""
        Estimada Gabriela:

        Le confirmo su jornada de entrevistas presenciales en nuestras oficinas de Guayaquil el
        jueves 10 de diciembre. Le esperamos a las 09h30 en la recepción del edificio The Point,
        piso 21 (Av. Joaquín Orrantia). La jornada incluye conversación con el equipo de
        plataforma, un ejercicio práctico y almuerzo con el equipo; terminaríamos alrededor de las
        15h00.

        Le envío además un bloqueo de calendario para ese día. Si necesita apoyo con el pasaje
        Quito-Guayaquil, avíseme y lo gestionamos.

        Saludos cordiales,

        Carolina Mendoza
        Gerente de Talento | Estero Analytics
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN=Carolina Mendoza:mailto:carolina.mendoza@esteroanalytics.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Gabriela Andrade:mailto:{ME}
DTSTART;VALUE=DATE:20261210
DTEND;VALUE=DATE:20261211
DTSTAMP:20261203T161500Z
UID:estero-onsite-andrade-20261210
SUMMARY:Jornada de entrevistas - Estero Analytics (Guayaquil)
LOCATION:The Point\\, piso 21\\, Guayaquil
TRANSP:TRANSPARENT
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail-ch2nam04.outbound.protection.outlook.com", d, Q, "Es5Oo2")),
        ("From", "Carolina Mendoza <carolina.mendoza@esteroanalytics.com>"),
        ("To", ME_H),
        ("Subject", enc("Jornada de entrevistas presenciales – jueves 10 de diciembre")),
        ("Date", date(d, Q)),
        ("Message-ID", "<CH2PR04MB70213344AA@CH2PR04MB7021.namprd04.prod.outlook.com>"),
    ], mixed(text(body, cte="8bit"), calendar(ics, filename="Jornada.ics", disposition="attachment")))


# =========================================================================== negatives (keys 24-50)


@mail(N(24), family="rejection", lang="en", interview=False, company="Pelican Ridge Software",
      note="Greenhouse rejection after a first-round interview; mentions the past interview date, no future time.",
      days=(("Tue", "2026-09-29"),))
def n24() -> bytes:
    d = "2026-10-05 17:31"
    plain = t("""
        Hi Gabriela,

        Thank you for taking the time to interview with us on Tuesday, September 29 for the Cloud
        Operations Engineer role. We truly appreciated the opportunity to learn about your work on
        multi-region failover at your current company.

        After careful consideration, we have decided to move forward with other candidates whose
        experience more closely matches our needs at this time.

        We will keep your profile on file and hope our paths cross again.

        Best regards,
        The Pelican Ridge Software Recruiting Team
        """)
    return message([
        ("Received", rcv("o7.us.greenhouse-mail.io", d, NY, "Rj1Aa0")),
        ("From", "Pelican Ridge Software <no-reply@us.greenhouse-mail.io>"),
        ("To", ME),
        ("Subject", "Your application to Pelican Ridge Software"),
        ("Date", date(d, NY)),
        ("Message-ID", "<0100019a22f1.4c7d@us.greenhouse-mail.io>"),
    ], alt(text(plain), html(gmail_html(plain))))


@mail(N(25), family="offer", lang="es", interview=False, company="Nubetec",
      note=f"Oferta laboral de Nubetec (mismo reclutador que {N(3)}): fecha de inicio fija y plazo de respuesta, pero no es una "
           "entrevista.", days=(("Fri", "2026-10-09"),))
def n25() -> bytes:
    d = "2026-10-02 15:47"
    body = t("""
        Hola Gabriela,

        ¡Qué gusto escribirte! Después de las entrevistas con el equipo, queremos ofrecerte el cargo
        de Ingeniera de Operaciones Cloud Senior en Nubetec. Adjunto la carta oferta con el detalle
        de la remuneración (USD 3.400 brutos mensuales), beneficios y modalidad híbrida (3 días
        remoto).

        La fecha de inicio propuesta es el lunes 4 de enero de 2027, a las 08h30, en nuestras
        oficinas. Te pedimos por favor tu respuesta hasta el viernes 9 de octubre.

        Cualquier duda me llamas.

        Un abrazo,
        Diego Carrión
        Gerente de Ingeniería | Nubetec
        """)
    return message([
        ("Received", rcv("mail-sor-f41.google.com", d, Q, "Of2Bb1")),
        ("From", enc("Diego Carrión") + " <diego.carrion@nubetec.ec>"),
        ("To", ME_H),
        ("Subject", enc("Oferta laboral – Ingeniera de Operaciones Cloud Senior")),
        ("Date", date(d, Q)),
        ("Message-ID", "<CAN7bT0ffer+Zq1@nubetec.ec>"),
    ], mixed(text(body, cte="8bit"),
             text("%PDF-1.4 (carta oferta, texto de muestra)\n", charset="us-ascii", cte="base64",
                  subtype="plain", extra=(("Content-Disposition", 'attachment; filename="Carta_oferta.txt"'),))))


@mail(N(26), family="application_receipt", lang="es", interview=False, company="Grupo Sierra Norte",
      note="Acuse de recibo de Workday: postulación recibida, 'si su perfil avanza le contactaremos para una "
           "entrevista'; ninguna hora.")
def n26() -> bytes:
    d = "2026-09-08 10:14"
    body_html = t("""
        <html><body style="font-family:Arial;font-size:14px">
        <p>Estimada Gabriela Andrade:</p>
        <p>Gracias por postularse a la vacante <b>Analista Senior de Infraestructura Cloud (R-11820)</b> en
        Grupo Sierra Norte. Hemos recibido su solicitud correctamente.</p>
        <p>Nuestro equipo de Talento revisará su perfil. Si su experiencia se ajusta a los requisitos,
        le contactaremos para coordinar una entrevista. Puede consultar el estado de su postulación en
        cualquier momento en nuestro portal de empleo.</p>
        <p>Saludos cordiales,<br>Talento Humano – Grupo Sierra Norte</p>
        <p style="font-size:11px;color:#888">Este es un mensaje automático, por favor no responda.</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail.myworkday.com", d, Q, "Ar3Cc2")),
        ("From", "Grupo Sierra Norte <sierranorte@myworkday.com>"),
        ("To", ME),
        ("Subject", enc("Hemos recibido su postulación – Analista Senior de Infraestructura Cloud")),
        ("Date", date(d, Q)),
        ("Message-ID", "<288190311.771203.1788880440000@wd3-prod-notif-04>"),
    ], html(body_html, cte="quoted-printable"))


@mail(N(27), family="job_alert", lang="es", interview=False, company=None,
      note="Alerta de empleos de un portal ficticio (EmpleoAndes); un aviso dice 'entrevistas esta semana', sin "
           "cita para la candidata.")
def n27() -> bytes:
    d = "2026-10-12 06:30"
    plain = t("""
        Hola Gabriela, tenemos 6 nuevos empleos para tu búsqueda "cloud operations" en Quito y remoto.

        1. Ingeniero/a DevOps Sr. – Banca digital – Quito (híbrido)
           USD 2.800 – 3.300 · Publicado hace 1 día
        2. SRE – Empresa de logística – Guayaquil
           ¡Entrevistas esta semana! · Publicado hace 2 días
        3. Cloud Engineer (AWS) – Startup fintech – Remoto LATAM
           Publicado hoy
        4. Administrador/a de Plataformas Azure – Lima
        5. Analista de Monitoreo NOC 24/7 – Quito
        6. Platform Engineer – Bogotá (remoto)

        Ver todos: https://www.empleoandes.example.com/alertas/88120

        Cancelar suscripción: https://www.empleoandes.example.com/alertas/baja?u=88120
        """)
    return message([
        ("Received", rcv("mailer.empleoandes.example.com", d, Q, "Ja4Dd3")),
        ("From", "EmpleoAndes <alertas@empleoandes.example.com>"),
        ("To", ME),
        ("Subject", enc("6 nuevos empleos: cloud operations en Quito")),
        ("Date", date(d, Q)),
        ("Message-ID", "<alerta.88120.20261012@empleoandes.example.com>"),
        ("List-Unsubscribe", "<https://www.empleoandes.example.com/alertas/baja?u=88120>"),
    ], alt(text(plain), html(gmail_html(plain))))


@mail(N(28), family="newsletter_tips", lang="es", interview=False, company=None,
      note="Boletín sobre cómo preparar entrevistas técnicas de SRE; ejemplo ficticio de 'tu entrevista es el "
           "jueves a las 10h00' dentro del artículo. No es una cita.")
def n28() -> bytes:
    d = "2026-11-08 07:00"
    body_html = t("""
        <html><body style="font-family:Georgia,serif;font-size:16px;max-width:640px">
        <h1>Bitácora DevOps #112</h1>
        <h2>Cómo preparar tu entrevista técnica de SRE (sin morir en el intento)</h2>
        <p>Imagina que te llega el correo: <i>"Tu entrevista es el jueves a las 10h00, dura una hora"</i>.
        ¿Y ahora qué? Estos son los cinco pasos que recomendamos:</p>
        <ol>
        <li>Repasa tus incidentes: ten dos historias de postmortem listas.</li>
        <li>Practica diseño de sistemas con límites reales (latencia, costos).</li>
        <li>Ten claro tu stack de observabilidad.</li>
        <li>Prepara preguntas sobre guardias (on-call) y compensación.</li>
        <li>Confirma la zona horaria: muchas empresas de EE. UU. cambian de hora en noviembre.</li>
        </ol>
        <p>Nos leemos el próximo domingo.<br>— El equipo de Bitácora DevOps</p>
        <p style="font-size:12px"><a href="https://bitacoradevops.example.net/baja">Darse de baja</a></p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail.bitacoradevops.example.net", d, Q, "Nl5Ee4")),
        ("From", enc("Bitácora DevOps") + " <boletin@bitacoradevops.example.net>"),
        ("To", ME),
        ("Subject", enc("#112 – Cómo preparar tu entrevista técnica de SRE")),
        ("Date", date(d, Q)),
        ("Message-ID", "<boletin112@bitacoradevops.example.net>"),
        ("List-Unsubscribe", "<https://bitacoradevops.example.net/baja>"),
        ("Precedence", "bulk"),
    ], html(body_html, cte="base64"))


@mail(N(29), family="scheduling_link", lang="es", interview=False, company="Llanos Tech",
      note="Reclutadora de Bogotá envía un enlace de Calendly para que la candidata elija horario; nada fijado.")
def n29() -> bytes:
    d = "2026-09-14 11:05"
    body = t("""
        Hola Gabriela, ¿cómo estás?

        Revisamos tu hoja de vida y nos encantaría conversar contigo sobre la vacante de Cloud Ops
        Engineer en Llanos Tech. Para agendar una primera llamada de 30 minutos, elige el espacio que
        mejor te quede en mi calendario:

        https://calendly.com/mariana-llanostech/entrevista-inicial

        Tengo disponibilidad de martes a jueves, entre 8:00 y 12:00 hora de Bogotá.

        Quedo atenta,
        Mariana Cárdenas
        Talent Partner | Llanos Tech
        """)
    return message([
        ("Received", rcv("mail-yw1-f170.google.com", d, "America/Bogota", "Sl6Ff5")),
        ("From", enc("Mariana Cárdenas") + " <mariana.cardenas@llanostech.co>"),
        ("To", ME),
        ("Subject", "Vacante Cloud Ops Engineer - Llanos Tech"),
        ("Date", date(d, "America/Bogota")),
        ("Message-ID", "<CAJm0llanos7Kx@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(30), family="recruiter_outreach", lang="es", interview=False, company="Puente Talento",
      note="Outreach de una consultora de selección (Lima), pregunta disponibilidad 'esta semana o la próxima'; "
           "ninguna hora fijada.")
def n30() -> bytes:
    d = "2026-10-21 09:37"
    body = t("""
        Buenos días Gabriela,

        Le saluda Renato Gálvez, de Puente Talento. Estamos apoyando a un cliente del sector minero
        en la búsqueda de un/a Cloud Operations Lead para su centro de operaciones en Lima (con
        opción de trabajo remoto desde Quito).

        Su perfil me pareció muy interesante. ¿Tendría unos 20 minutos esta semana o la próxima para
        una llamada exploratoria? Me indica qué días y horarios le acomodan.

        Saludos cordiales,
        Renato Gálvez
        Consultor Senior | Puente Talento
        +51 987 654 321
        """)
    return message([
        ("Received", rcv("mail-pj1-f47.google.com", d, "America/Lima", "Ou7Gg6")),
        ("From", enc("Renato Gálvez") + " <renato.galvez@puentetalento.pe>"),
        ("To", ME),
        ("Subject", "Oportunidad Cloud Operations Lead (Lima / remoto)"),
        ("Date", date(d, "America/Lima")),
        ("Message-ID", "<CAPt9renato2Lm@mail.gmail.com>"),
    ], text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(N(31), family="proposed_times", lang="es", interview=False, company="Cordillera Seguros",
      note="Propone dos horarios ('¿le vendría bien...?') y pide confirmación: todavía no hay cita confirmada.",
      days=(("Tue", "2026-11-17"), ("Wed", "2026-11-18")))
def n31() -> bytes:
    d = "2026-11-11 16:22"
    body = t("""
        Estimada Gabriela:

        Reciba un cordial saludo de Cordillera Seguros. Luego de revisar su postulación al cargo de
        Especialista de Infraestructura Cloud, nos gustaría invitarle a una entrevista con el
        Gerente de Tecnología.

        ¿Le vendría bien el martes 17 de noviembre a las 10h00, o en su defecto el miércoles 18 a las
        15h00? Le agradeceré confirmarnos cuál de las dos opciones prefiere para enviarle la
        convocatoria formal.

        Atentamente,

        Lcda. Verónica Salgado
        Analista de Talento Humano
        Cordillera Seguros S.A. – Quito
        """)
    return message([
        ("Received", rcv("mail-bl0nam02.outbound.protection.outlook.com", d, Q, "Pt8Hh7")),
        ("From", "Veronica Salgado <vsalgado@cordilleraseguros.com.ec>"),
        ("To", ME_H),
        ("Subject", enc("Invitación a entrevista – Especialista de Infraestructura Cloud")),
        ("Date", date(d, Q)),
        ("Message-ID", "<BL0PR02MB55410A@BL0PR02MB5541.namprd02.prod.outlook.com>"),
    ], text(body, charset="windows-1252", cte="quoted-printable"))


@mail(N(32), family="proposed_times", lang="en", interview=False, company="Greyfield Labs",
      note="US recruiter asks 'would Tuesday at 10 ET work?' with a fallback; nothing confirmed yet.")
def n32() -> bytes:
    d = "2026-12-03 13:48"
    body = t("""
        Hi Gabriela,

        Thanks for the quick reply! The hiring manager would like to do a 45-min technical chat next
        week. Would Tuesday at 10 ET work for you? If not, Wednesday at 2 PM ET is also open.

        Once you confirm I'll send over the calendar invite.

        Thanks!
        Brooke

        --
        Brooke Tillman | Recruiter, Greyfield Labs

        On Thu, Dec 3, 2026 at 11:02 AM Gabriela Andrade <gabriela.andrade@example.org> wrote:
        > Hi Brooke, yes I'm still interested, happy to talk next week.
        """)
    return message([
        ("Received", rcv("mail-qk1-f180.google.com", d, NY, "En9Ii8")),
        ("From", "Brooke Tillman <brooke@greyfieldlabs.com>"),
        ("To", ME_H),
        ("Subject", "Re: Platform Engineer role at Greyfield Labs"),
        ("Date", date(d, NY)),
        ("Message-ID", "<CABt1ll+Qz8@mail.gmail.com>"),
        ("In-Reply-To", "<CAGa81ky+Br00k@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(33), family="non_interview_calendar", lang="es", interview=False, company=None,
      note="Cita médica con ICS (control anual), hora fija martes 20/10 08:15 en Quito: no es una entrevista.",
      days=(("Tue", "2026-10-20"),))
def n33() -> bytes:
    d = "2026-10-14 12:00"
    plain = t("""
        Estimada paciente GABRIELA ANDRADE:

        Le recordamos su cita:
        Especialidad: Medicina Interna - Control anual
        Profesional: Dr. Esteban Naranjo
        Fecha: martes 20/10/2026
        Hora: 08:15
        Sede: Centro Médico La Floresta, consultorio 304

        Por favor llegue 15 minutos antes con su cédula. Para cancelar o reagendar llame al 02 600 0000.

        Centro Médico La Floresta
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//CMLF//Agenda Pacientes//ES
METHOD:REQUEST
{VTZ_GYE}
BEGIN:VEVENT
UID:cita-77120-cmlf
DTSTAMP:20261014T170000Z
DTSTART;TZID=America/Guayaquil:20261020T081500
DTEND;TZID=America/Guayaquil:20261020T084500
SUMMARY:Cita Medicina Interna - Dr. Esteban Naranjo
LOCATION:Centro Médico La Floresta\\, consultorio 304
ORGANIZER;CN=Agenda CMLF:mailto:agenda@cmlafloresta.example.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("smtp.cmlafloresta.example.com", d, Q, "Dr1Jj9")),
        ("From", enc("Centro Médico La Floresta") + " <agenda@cmlafloresta.example.com>"),
        ("To", ME),
        ("Subject", enc("Recordatorio de cita médica – 20/10/2026 08:15")),
        ("Date", date(d, Q)),
        ("Message-ID", "<cita-77120@cmlafloresta.example.com>"),
    ], mixed(text(plain, charset="iso-8859-1"), calendar(ics, cte="8bit", filename="cita.ics",
                                                         disposition="attachment")))


@mail(N(34), family="car_service", lang="es", interview=False, company=None,
      note="Cita de mantenimiento del auto (sábado 14 de noviembre a las 08h00): hora fija, no es entrevista.",
      days=(("Sat", "2026-11-14"),))
def n34() -> bytes:
    d = "2026-11-10 18:30"
    body = t("""
        Estimada Sra. Gabriela Andrade,

        Su cita de mantenimiento preventivo (20.000 km) para el vehículo placa PDK-4471 quedó
        confirmada para el sábado 14 de noviembre a las 08h00 en nuestro taller de Cumbayá.

        Tiempo estimado del servicio: 3 horas aproximadamente. Contamos con sala de espera con wifi.

        Taller Autoandes Cumbayá
        Vía Interoceánica km 12
        """)
    return message([
        ("Received", rcv("mail.autoandes.example.com", d, Q, "Cs2Kk0")),
        ("From", "Taller Autoandes <citas@autoandes.example.com>"),
        ("To", ME),
        ("Subject", enc("Confirmación de cita de mantenimiento – PDK-4471")),
        ("Date", date(d, Q)),
        ("Message-ID", "<cita.taller.55012@autoandes.example.com>"),
    ], text(body, cte="8bit"))


@mail(N(35), family="school_admission", lang="es", interview=False, company=None,
      note="Entrevista de admisión del colegio para su hijo (familia + niño), hora fija jueves 15 de octubre "
           "16h00: es una 'entrevista' pero no de trabajo.", days=(("Thu", "2026-10-15"),))
def n35() -> bytes:
    d = "2026-10-07 10:45"
    body_html = t("""
        <html><body style="font-family:Tahoma;font-size:14px">
        <p>Estimados señores Andrade:</p>
        <p>Reciban un cordial saludo de la Unidad Educativa Los Arupos. Tenemos el agrado de confirmar la
        <b>entrevista de admisión familiar</b> para el postulante <b>Mateo Andrade</b> (2.º de Básica,
        año lectivo 2027-2028):</p>
        <p><b>Fecha:</b> jueves 15 de octubre de 2026<br>
        <b>Hora:</b> 16h00<br>
        <b>Lugar:</b> Departamento de Consejería Estudiantil (DECE), bloque B</p>
        <p>Se solicita la presencia de ambos representantes y del niño. La entrevista tiene una
        duración de 40 minutos.</p>
        <p>Atentamente,<br>Secretaría de Admisiones<br>Unidad Educativa Los Arupos - Tumbaco</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail.losarupos.example.edu", d, Q, "Sa3Ll1")),
        ("From", "Admisiones Los Arupos <admisiones@losarupos.example.edu>"),
        ("To", ME),
        ("Subject", enc("Confirmación entrevista de admisión – Mateo Andrade")),
        ("Date", date(d, Q)),
        ("Message-ID", "<adm.2027.0341@losarupos.example.edu>"),
    ], html(body_html, charset="iso-8859-1"))


@mail(N(36), family="non_interview_calendar", lang="es", interview=False, company=None,
      note="Invitación de Exchange del empleador actual (Cumbre Cloud Services): retrospectiva de operaciones "
           "viernes 6 de noviembre 09h00 (SA Pacific Standard Time). Reunión interna, no entrevista.",
      days=(("Fri", "2026-11-06"),))
def n36() -> bytes:
    d = "2026-11-02 08:05"
    plain = t("""
        Cuándo: viernes, 6 de noviembre de 2026 9:00-10:00. (UTC-05:00) Bogotá, Lima, Quito, Rio Branco.
        Dónde: Sala Cotopaxi / Teams

        *~*~*~*~*~*~*~*~*~*

        Equipo, retro mensual de operaciones: incidentes de octubre (el corte de RDS del 22/10),
        guardias de diciembre y plan de migración a Graviton. Traigan sus notas.

        Jorge
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_SAP}
BEGIN:VEVENT
ORGANIZER;CN=Jorge Villacís:mailto:jvillacis@cumbrecloud.com.ec
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gabriela Andrade:mailto:gandrade@cumbrecloud.com.ec
SUMMARY;LANGUAGE=es-EC:Retro Ops - octubre
DTSTART;TZID=SA Pacific Standard Time:20261106T090000
DTEND;TZID=SA Pacific Standard Time:20261106T100000
UID:040000008200E00074C5B7101A82E00800000000AA11BB22CC33DC0100000000000000001000000099887766
DTSTAMP:20261102T130500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-EC:Sala Cotopaxi / Teams
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail-sn1nam02.outbound.protection.outlook.com", d, Q, "Tm4Mm2")),
        ("From", enc("Jorge Villacís") + " <jvillacis@cumbrecloud.com.ec>"),
        ("To", "Equipo Ops <ops@cumbrecloud.com.ec>"),
        ("Cc", ME_H),
        ("Subject", "Retro Ops - octubre"),
        ("Date", date(d, Q)),
        ("Message-ID", "<SN1PR02MB44120C@SN1PR02MB4412.namprd02.prod.outlook.com>"),
    ], alt(text(plain), calendar(ics, cte="base64")))


@mail(N(37), family="webinar", lang="es", interview=False, company=None,
      note="Registro confirmado a un webinar de Zoom sobre entrevistas técnicas (jueves 22 de octubre 19h00 "
           "Quito). Hora fija, no es entrevista de la candidata.", days=(("Thu", "2026-10-22"),))
def n37() -> bytes:
    d = "2026-10-16 13:00"
    plain = t("""
        Hola Gabriela Andrade,

        Gracias por registrarte en "Entrevistas técnicas en la nube: qué preguntan las empresas de
        EE. UU. a ingenieros latinoamericanos".

        Fecha y hora: 22 oct 2026 07:00 p. m. Bogotá, Lima, Quito

        Únete desde una PC, Mac, iPad o dispositivo Android:
        https://us06web.zoom.us/w/87711220044?tk=Qm9vb0dl

        Añadir al calendario: Google Calendar | Outlook (.ics) | Yahoo Calendar

        Puedes cancelar tu registro en cualquier momento.
        """)
    return message([
        ("Received", rcv("mailout2.zoom.us", d, Q, "Wb5Nn3")),
        ("From", "Comunidad Cloud LATAM <no-reply@zoom.us>"),
        ("Reply-To", "eventos@comunidadcloudlatam.example.org"),
        ("To", ME),
        ("Subject", enc("Confirmación de Entrevistas técnicas en la nube: qué preguntan las empresas de EE. UU.")),
        ("Date", date(d, Q)),
        ("Message-ID", "<zoom.webinar.87711220044.reg.552@zoom.us>"),
    ], alt(text(plain), html(gmail_html(plain))))


@mail(N(38), family="meetup", lang="es", interview=False, company=None,
      note="Confirmación de RSVP a un meetup local (jueves 19 de noviembre 18h30) con charla de "
           "'cómo entrevistamos SREs'. No es una entrevista.", days=(("Thu", "2026-11-19"),))
def n38() -> bytes:
    d = "2026-11-12 20:10"
    plain = t("""
        ¡Vas a ir!

        Quito Cloud Native #31 – "Cómo entrevistamos SREs (y qué aprendimos)"
        jueves, 19 de noviembre de 2026, 18:30 a 21:00 GMT-5
        Impaqto Coworking, La Floresta, Quito

        Agenda:
        18:30 Registro y pizza
        19:00 Charla: Cómo entrevistamos SREs, por Verónica Tapia
        20:00 Lightning talks

        Ver el evento: https://www.meetup.com/quito-cloud-native/events/30451120/
        """)
    return message([
        ("Received", rcv("mail.meetup.com", d, Q, "Mu6Oo4")),
        ("From", "Meetup <info@meetup.com>"),
        ("To", ME),
        ("Subject", enc("Vas a ir a Quito Cloud Native #31 – Cómo entrevistamos SREs")),
        ("Date", date(d, Q)),
        ("Message-ID", "<rsvp.30451120.7712@meetup.com>"),
    ], alt(text(plain), html(gmail_html(plain))))


@mail(N(39), family="mock_interview", lang="es", interview=False, company=None,
      note="Coach de carrera confirma un simulacro de entrevista (Calendly) el miércoles 11 de noviembre 18:00 "
           "Quito: práctica, no entrevista de trabajo.", days=(("Wed", "2026-11-11"),))
def n39() -> bytes:
    d = "2026-11-06 09:12"
    plain = t("""
        Hola Gabriela,

        ¡Listo! Quedó agendado tu simulacro de entrevista en inglés (behavioral + system design).

        Tipo de evento: Simulacro de entrevista técnica (60 min)
        Fecha: miércoles 11 de noviembre de 2026
        Hora: 18:00 - 19:00 (hora de Ecuador)
        Ubicación: Google Meet, el enlace va en la invitación

        Trae un rol real al que estés postulando; lo usaremos como guion.

        Mariela Ortiz
        Coaching de Carrera para Tech
        """)
    return message([
        ("Received", rcv("mail.calendly.com", d, Q, "Mk7Pp5")),
        ("From", "Mariela Ortiz via Calendly <notifications@calendly.com>"),
        ("Reply-To", "Mariela Ortiz <mariela@orticoaching.example.com>"),
        ("To", ME),
        ("Subject", enc("Nuevo evento: Simulacro de entrevista técnica (60 min) – mié 11 nov 18:00")),
        ("Date", date(d, Q)),
        ("Message-ID", "<calendly.evt.f00d1e.new@calendly.com>"),
    ], alt(text(plain), html(gmail_html(plain))))


@mail(N(40), family="interviewer_side", lang="en", interview=False, company=None,
      note="Greenhouse at her current employer asks Gabriela to INTERVIEW a candidate (Carlos Mena) on Tue 10 Nov "
           "2:00 PM (GMT-05:00) Bogota/Lima/Quito: she is the interviewer, not the candidate.",
      days=(("Tue", "2026-11-10"),))
def n40() -> bytes:
    d = "2026-11-05 15:44"
    plain = t("""
        Hi Gabriela,

        You've been scheduled to interview Carlos Mena for Cloud Operations Engineer (Quito).

        Tuesday, November 10, 2026
        2:00 PM - 3:00 PM (GMT-05:00) Bogota, Lima, Quito

        Interview: Technical Interview - Linux & Networking
        Interview kit: https://app.greenhouse.io/interview_kits/4471203

        Please submit your scorecard within 24 hours of the interview.

        Thanks,
        Cumbre Cloud Services Recruiting
        """)
    return message([
        ("Received", rcv("o3.greenhouse-mail.io", d, Q, "Iv8Qq6")),
        ("From", "Greenhouse <no-reply@greenhouse.io>"),
        ("To", "gandrade@cumbrecloud.com.ec"),
        ("Subject", "Interview scheduled: Carlos Mena for Cloud Operations Engineer (Quito)"),
        ("Date", date(d, Q)),
        ("Message-ID", "<0100019b01aa.interviewer.77@greenhouse.io>"),
        ("X-Forwarded-To", ME),
    ], alt(text(plain), html(gmail_html(plain))))


@mail(N(41), family="auto_reply", lang="es", interview=False, company="Andina Pagos",
      note="Respuesta automática (fuera de oficina) de la reclutadora de Andina Pagos; menciona fechas de regreso, "
           "ninguna cita.", days=(("Mon", "2026-09-21"),))
def n41() -> bytes:
    d = "2026-09-17 08:02"
    body = t("""
        Hola, gracias por tu mensaje.

        Estaré fuera de la oficina desde el jueves 17 hasta el lunes 21 de septiembre, con acceso
        limitado al correo. Si tu consulta es sobre un proceso de selección en curso, escribe a
        talento@andinapagos.co y el equipo te ayudará.

        Valentina Rojas
        Andina Pagos
        """)
    return message([
        ("Received", rcv("mail-wr1-f52.google.com", d, "America/Bogota", "Oo9Rr7")),
        ("From", "Valentina Rojas <valentina.rojas@andinapagos.co>"),
        ("To", ME),
        ("Subject", enc("Respuesta automática: Re: Confirmación de entrevista – Andina Pagos")),
        ("Date", date(d, "America/Bogota")),
        ("Message-ID", "<CAooo17Vr+auto@mail.gmail.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Autoreply", "yes"),
    ], text(body, cte="8bit"))


@mail(N(42), family="bounce", lang="es", interview=False, company=None,
      note="Rebote (DSN) de un correo de la propia candidata que confirmaba su asistencia; el mensaje original va "
           "adjunto (message/rfc822). Viene del MAILER-DAEMON, no de la empresa: negativo.",
      days=(("Thu", "2026-10-08"),))
def n42() -> bytes:
    d = "2026-10-03 09:26"
    original = message([
        ("From", ME_H),
        ("To", "lucia.paredes@qhapaqretail.com.pe"),
        ("Subject", "Re: Entrevista programada"),
        ("Date", date("2026-10-03 09:25", Q)),
        ("Message-ID", "<CAGa81kz+Qh4p@mail.gmail.com>"),
    ], text(t("""
        Hola Lucía, confirmo mi asistencia a la entrevista del jueves 8 de octubre a las 11:00 (hora
        de Lima). Muchas gracias.

        Gabriela
        """), cte="8bit"))
    report = t("""
        This is the mail system at host mx.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <lucia.paredes@qhapaqretail.com.pe>: Host or domain name not found. Name service
            error for name=qhapaqretail.com.pe type=MX: Host not found
        """)
    dsn = t("""
        Reporting-MTA: dns; mx.example.org
        Arrival-Date: Sat, 3 Oct 2026 09:25:58 -0500

        Final-Recipient: rfc822; lucia.paredes@qhapaqretail.com.pe
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found
        """)
    return message([
        ("Received", "by mx.example.org (Postfix) id 4B1c0; " + date(d, Q)),
        ("From", "Mail Delivery System <MAILER-DAEMON@mx.example.org>"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date(d, Q)),
        ("Message-ID", "<20261003142600.4B1c0@mx.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], multipart("report", text(report, charset="us-ascii", cte="7bit"),
                 raw_part([("Content-Type", "message/delivery-status")], dsn),
                 attached_message(original), params="report-type=delivery-status"))


@mail(N(43), family="mailing_list", lang="es", interview=False, company=None,
      note="Lista de correo (Mailman) de DevOps Ecuador: otro miembro cuenta que tiene entrevista 'el jueves a las "
           "10h00'. No es de la candidata.")
def n43() -> bytes:
    d = "2026-11-16 22:14"
    body = t("""
        Qué tal gente,

        Pregunta rápida: ¿a alguien le han hecho live coding en Terraform en entrevistas con empresas
        de Miami? Yo tengo entrevista el jueves a las 10h00 con una fintech de allá y me dijeron
        "bring your own laptop, we'll share a broken module". ¿Algún consejo?

        Saludos,
        Pablo

        _______________________________________________
        devops-ec mailing list
        devops-ec@listas.devops-ec.example.org
        https://listas.devops-ec.example.org/mailman/listinfo/devops-ec
        """)
    return message([
        ("Received", rcv("listas.devops-ec.example.org", d, Q, "Ml0Ss8")),
        ("From", "Pablo Cevallos <pablo.cevallos@example.com>"),
        ("To", "devops-ec@listas.devops-ec.example.org"),
        ("Subject", "[devops-ec] Entrevistas con live coding de Terraform?"),
        ("Date", date(d, Q)),
        ("Message-ID", "<CAPc3v4ll0s+lst@mail.gmail.com>"),
        ("List-Id", "DevOps Ecuador <devops-ec.listas.devops-ec.example.org>"),
        ("List-Post", "<mailto:devops-ec@listas.devops-ec.example.org>"),
        ("Precedence", "list"),
        ("Sender", "devops-ec <devops-ec-bounces@listas.devops-ec.example.org>"),
    ], text(body, charset="utf-8", cte="8bit"))


@mail(N(44), family="job_centre", lang="es", interview=False, company=None,
      note="Centro de empleo público (ficticio): 'entrevista de orientación laboral' con hora fija, martes 8 de "
           "septiembre 10h30. Es una cita de orientación, no una entrevista de trabajo.",
      days=(("Tue", "2026-09-08"),))
def n44() -> bytes:
    d = "2026-09-02 14:20"
    body = t("""
        SERVICIO PÚBLICO DE EMPLEO - CENTRO DE EMPLEO QUITO NORTE

        Estimada usuaria: GABRIELA ANDRADE
        C.I.: 17XXXXXXX4

        Le recordamos que tiene agendada una ENTREVISTA DE ORIENTACIÓN LABORAL para la actualización
        de su perfil y la inscripción en la bolsa de empleo:

        Fecha: martes 8 de septiembre de 2026
        Hora: 10h30
        Lugar: Centro de Empleo Quito Norte, Av. Amazonas N36-152, ventanilla 4

        Traer: cédula, hoja de vida actualizada y certificados de trabajo.

        Este correo es generado automáticamente, no responda al mismo.
        """)
    return message([
        ("Received", rcv("correo.empleo.example.gob.ec", d, Q, "Jc1Tt9")),
        ("From", "Centro de Empleo Quito Norte <notificaciones@empleo.example.gob.ec>"),
        ("To", ME),
        ("Subject", enc("Recordatorio: entrevista de orientación laboral - 08/09/2026 10h30", "iso-8859-15")),
        ("Date", date(d, Q)),
        ("Message-ID", "<spe.notif.2026090214200.552@empleo.example.gob.ec>"),
    ], text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(N(45), family="admission_interview", lang="es", interview=False, company=None,
      note="Entrevista de admisión al MBA Ejecutivo (sábado 17 de octubre 10h00) con ICS: hora fija pero es una "
           "admisión universitaria, no un empleo.", days=(("Sat", "2026-10-17"),))
def n45() -> bytes:
    d = "2026-10-09 12:30"
    plain = t("""
        Estimada Gabriela:

        El Comité de Admisiones del MBA Ejecutivo de la Escuela de Negocios Andina tiene el gusto de
        confirmar su entrevista de admisión:

        Sábado 17 de octubre de 2026, 10h00 – 10h30
        Campus Cumbayá, Edificio de Posgrados, sala 2

        Le adjuntamos la invitación para su calendario.

        Admisiones MBA
        Escuela de Negocios Andina
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Escuela de Negocios Andina//Admisiones//ES
METHOD:REQUEST
{VTZ_GYE}
BEGIN:VEVENT
UID:mba-adm-2027-0188@ena.example.edu
DTSTAMP:20261009T173000Z
DTSTART;TZID=America/Guayaquil:20261017T100000
DTEND;TZID=America/Guayaquil:20261017T103000
SUMMARY:Entrevista de admisión MBA Ejecutivo - Gabriela Andrade
ORGANIZER;CN=Admisiones MBA:mailto:admisiones.mba@ena.example.edu
ATTENDEE;CN=Gabriela Andrade;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail.ena.example.edu", d, Q, "Ad2Uu0")),
        ("From", "Admisiones MBA <admisiones.mba@ena.example.edu>"),
        ("To", ME_H),
        ("Subject", enc("Confirmación de entrevista de admisión – MBA Ejecutivo 2027")),
        ("Date", date(d, Q)),
        ("Message-ID", "<adm-mba-0188@ena.example.edu>"),
    ], mixed(alt(text(plain), html(gmail_html(plain))),
             calendar(ics, cte="base64", filename="entrevista_admision.ics", disposition="attachment")))


@mail(N(46), family="podcast", lang="en", interview=False, company=None,
      note="Podcast host confirms a recording where Gabriela is the guest ('interview' for the show), Thu 1 Oct "
           "2:00 PM ET (EDT). Fixed time, not a job interview.", days=(("Thu", "2026-10-01"),))
def n46() -> bytes:
    d = "2026-09-24 10:05"
    body = t("""
        Hi Gabriela,

        Thrilled to have you on Latency! Confirming our interview recording for Thursday, October 1
        at 2:00 PM ET (1:00 PM in Quito, if I did the math right). We'll chat for about 45 minutes
        about running on-call for a 24/7 payments platform from Ecuador.

        Riverside link: https://riverside.fm/studio/latency-pod
        Please use headphones and a wired connection if you can.

        Cheers,
        Jonah Pierce
        Host, Latency - a podcast about the people who keep systems up
        """)
    return message([
        ("Received", rcv("mail-io1-f44.google.com", d, NY, "Pc3Vv1")),
        ("From", "Jonah Pierce <jonah@latencypod.example.com>"),
        ("To", ME),
        ("Subject", "Latency podcast - interview recording confirmed"),
        ("Date", date(d, NY)),
        ("Message-ID", "<CAJp1erce+pod@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(47), family="sports_tryout", lang="es", interview=False, company=None,
      note="Club de voleibol confirma la prueba de nivel (sábado 12 de septiembre 08h00). Hora fija, no es "
           "empleo.", days=(("Sat", "2026-09-12"),))
def n47() -> bytes:
    d = "2026-09-07 19:40"
    body = t("""
        Hola Gaby!!

        Te confirmo la prueba de nivel para el equipo máster femenino: este sábado 12 a las 08h00 en
        el coliseo del club (Tumbaco). Ven con ropa cómoda, rodilleras y agua. Dura unas 2 horas.

        Si pasas, los entrenamientos son martes y jueves 19h00.

        Nos vemos!
        Coach Andrea
        Club Deportivo Ilaló - Voleibol
        """)
    return message([
        ("Received", rcv("mail-ej1-f44.google.com", d, Q, "Sp4Ww2")),
        ("From", "Andrea Guerrero <andrea.voley.ilalo@example.com>"),
        ("To", ME),
        ("Subject", "Prueba de nivel - voley master"),
        ("Date", date(d, Q)),
        ("Message-ID", "<CAv0leyIlal0@mail.gmail.com>"),
    ], text(body, cte="8bit"))


@mail(N(48), family="bank_appointment", lang="es", interview=False, company=None,
      note="Microsoft Bookings de un banco: cita con asesor de inversiones (lunes 30/11/2026 11:00, UTC-05:00). "
           "Misma forma que una reserva de entrevista, pero es una cita bancaria.", days=(("Mon", "2026-11-30"),))
def n48() -> bytes:
    d = "2026-11-24 09:15"
    body_html = t("""
        <html><body style="font-family:'Segoe UI',sans-serif;font-size:14px">
        <p>Hola Gabriela Andrade,</p>
        <p>Su reserva se ha confirmado.</p>
        <table cellpadding="4">
        <tr><td>Servicio</td><td>Asesoría de inversiones – Póliza de acumulación</td></tr>
        <tr><td>Fecha y hora</td><td>lunes, 30/11/2026 11:00 – 11:45 (UTC-05:00) Bogotá, Lima, Quito, Rio Branco</td></tr>
        <tr><td>Personal</td><td>Ing. Pablo Noboa, Asesor Patrimonial</td></tr>
        <tr><td>Ubicación</td><td>Agencia Quicentro, Av. Naciones Unidas</td></tr>
        </table>
        <p>Banco Meridiano – Banca Personal</p>
        <p>Con la tecnología de Microsoft Bookings</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail-co1nam11.outbound.protection.outlook.com", d, Q, "Bn5Xx3")),
        ("From", "Banca Personal - Banco Meridiano <BancaPersonal@bancomeridiano.example.com>"),
        ("To", ME_H),
        ("Subject", enc("Reserva confirmada: Asesoría de inversiones – Póliza de acumulación")),
        ("Date", date(d, Q)),
        ("Message-ID", "<CO1PR11MB66014B@CO1PR11MB6601.namprd11.prod.outlook.com>"),
    ], html(body_html, cte="base64"))


@mail(N(49), family="forwarded_other", lang="es", interview=False, company=None,
      note="La prima de Gabriela le reenvía (message/rfc822) SU PROPIA confirmación de entrevista (jueves 22 de "
           "octubre 10h00, Ambato) para pedir consejo. Entrevista de otra persona: negativo.",
      days=(("Thu", "2026-10-22"),))
def n49() -> bytes:
    d = "2026-10-18 20:33"
    inner = message([
        ("From", "Talento Humano FIT <seleccion@ferreteriatungurahua.example.com>"),
        ("To", "Daniela Andrade <dani.andrade93@example.net>"),
        ("Subject", enc("Confirmación de entrevista – Asistente Contable")),
        ("Date", date("2026-10-16 11:00", Q)),
        ("Message-ID", "<fit.sel.2210@ferreteriatungurahua.example.com>"),
    ], text(t("""
        Estimada Daniela:

        Le confirmamos su entrevista para el cargo de Asistente Contable el jueves 22 de octubre a
        las 10h00 en nuestras oficinas de Ambato (Av. Cevallos y Montalvo). Preguntar por la Ing.
        Sandra Villegas.

        Atentamente,
        Talento Humano - Ferretería Industrial Tungurahua
        """), cte="quoted-printable"))
    body = t("""
        Gaby!! mira, me llamaron para la entrevista 😱 te reenvío el correo. ¿Qué me recomiendas
        ponerme? ¿y qué pregunto al final? tú eres la experta jaja

        besos
        Dani
        """)
    return message([
        ("Received", rcv("mail-oi1-f169.google.com", d, Q, "Fo6Yy4")),
        ("From", "Daniela Andrade <dani.andrade93@example.net>"),
        ("To", ME),
        ("Subject", enc("Fwd: Confirmación de entrevista – Asistente Contable")),
        ("Date", date(d, Q)),
        ("Message-ID", "<CADani93+fwd@mail.gmail.com>"),
    ], mixed(text(body, cte="base64"), attached_message(inner, filename="Confirmacion de entrevista.eml")))


@mail(N(50), family="post_interview", lang="en", interview=False, company="Tidewell Robotics",
      note=f"Follow-up from Tidewell's recruiter (thread of {N(9)}): hiring paused, 'let's touch base in Q1'; "
           "no time fixed.")
def n50() -> bytes:
    d = "2026-12-10 10:12"
    zone = "America/Los_Angeles"
    body = t("""
        Hi Gabriela,

        Wanted to give you an honest update after your technical round last month: the team loved
        the session, but leadership has frozen new headcount for the rest of the year. I don't want
        to leave you hanging - let's touch base in Q1 once the 2027 plan is approved. I'll ping you
        in mid-January and we can pick things up from the final round.

        Happy holidays,
        Noah

        Noah Lindqvist | Technical Recruiter
        Tidewell Robotics | Seattle, WA
        """)
    return message([
        ("Received", rcv("mail-pl1-f178.google.com", d, zone, "Tq7Zz5")),
        ("From", "Noah Lindqvist <noah.lindqvist@tidewellrobotics.com>"),
        ("To", ME_H),
        ("Subject", "Re: Tidewell Robotics - technical interview next Thursday"),
        ("Date", date(d, zone)),
        ("Message-ID", "<CAF3kR2q+Q1touch@mail.gmail.com>"),
        ("In-Reply-To", "<CAF3kR2p8Lw0q1+VbT9mZt@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))
