"""blind118: 50 hand-written mails from the inbox of Valentina Rojas, a mining-operations analyst in
Santiago de Chile (September to mid-December 2026). Built by ``make_blind.py blind118``.

Written blind: without reading the detector, its tests, or any other held-out set's mails.
Keys 1-23 are positives (1-16 scheduled, 17-20 rescheduled, 21-23 cancelled), 24-50 negatives;
the file number of the mail written ``key``-th is ``ORDER[key - 1]``.
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
    received,
    t,
    text,
    utc,
)

ORDER = random.Random(1180118).sample(range(1, 51), 50)

ME = "valentina.rojas@example.org"
OWNER = addr("Valentina Rojas", ME)
SCL = "America/Santiago"
LIM = "America/Lima"
BUE = "America/Argentina/Buenos_Aires"
MAD = "Europe/Madrid"
NYC = "America/New_York"
PHX = "America/Phoenix"
PER = "Australia/Perth"
MX = "mx1.example.org (Postfix) with ESMTPS id"


def N(key: int) -> str:
    return f"blind118_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, rcv: str | None = None,
         ident: str = "4Qk1Zr0VbLz3", to: str = OWNER, extra: tuple = (), charset: str = "utf-8",
         lag: int = 3) -> list[tuple[str, str]]:
    hs: list[tuple[str, str]] = []
    if rcv:
        hs.append(("Received", received(rcv, when, zone, f"{MX} {ident}", ME, lag)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
           ("Message-ID", mid)]
    hs += list(extra)
    return hs


VTZ_SCL = """BEGIN:VTIMEZONE
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

VTZ_LIM = """BEGIN:VTIMEZONE
TZID:America/Lima
X-LIC-LOCATION:America/Lima
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
TZNAME:-05
DTSTART:19700101T000000
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


# =========================================================================== positives: scheduled


@mail(N(1), family="greenhouse", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-08 10:00", SCL), end=utc("2026-09-08 11:00", SCL),
      contact="camila.fuentes@cordilleraazul.cl", company="Minera Cordillera Azul",
      local="Tue 2026-09-08 10:00", local_end="2026-09-08 11:00", zone=SCL,
      note="Greenhouse confirmation (Reply-To recruiter, also ICS ORGANIZER). 'martes 8 de septiembre, "
           "10:00 – 11:00 hrs (hora de Chile, GMT-3)': Chile went to summer time on Sun 6 Sep, so the mail "
           "(Thu 3 Sep) is sent at UTC-4 but the interview is at UTC-3 -> 13:00Z-14:00Z; ICS agrees.")
def m01() -> bytes:
    body = t("""
        Hola Valentina:

        ¡Gracias por tu interés en Minera Cordillera Azul! Te confirmamos tu entrevista para el cargo
        de Analista de Operaciones Mina (Santiago).

        Fecha: martes 8 de septiembre de 2026
        Hora: 10:00 – 11:00 hrs (hora de Chile, GMT-3)
        Modalidad: Google Meet – https://meet.google.com/xqa-fhtp-kvr
        Entrevistan: Rodrigo Pizarro (Superintendente de Planificación) y Camila Fuentes (Reclutamiento)

        Recuerda que desde el domingo 6 rige el horario de verano; la hora indicada ya lo considera.

        Si necesitas reprogramar, responde directamente a este correo.

        Saludos,
        Camila Fuentes
        Reclutamiento y Selección | Minera Cordillera Azul
    """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hola Valentina:</p>
        <p>¡Gracias por tu interés en Minera Cordillera Azul! Te confirmamos tu entrevista para el cargo de
        <b>Analista de Operaciones Mina (Santiago)</b>.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Fecha</b></td><td>martes 8 de septiembre de 2026</td></tr>
        <tr><td><b>Hora</b></td><td>10:00 &ndash; 11:00 hrs (hora de Chile, GMT-3)</td></tr>
        <tr><td><b>Modalidad</b></td><td>Google Meet &ndash; <a href="https://meet.google.com/xqa-fhtp-kvr">meet.google.com/xqa-fhtp-kvr</a></td></tr>
        <tr><td><b>Entrevistan</b></td><td>Rodrigo Pizarro (Superintendente de Planificación) y Camila Fuentes (Reclutamiento)</td></tr>
        </table>
        <p>Recuerda que desde el domingo 6 rige el horario de verano; la hora indicada ya lo considera.</p>
        <p>Si necesitas reprogramar, responde directamente a este correo.</p>
        <p>Saludos,<br>Camila Fuentes<br>Reclutamiento y Selección | Minera Cordillera Azul</p>
        <img src="https://us.greenhouse-mail.io/wf/open?upn=u001.Xk2" width="1" height="1" alt="">
        </body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_SCL}
BEGIN:VEVENT
UID:gh-interview-88213457-cordilleraazul@greenhouse.io
DTSTAMP:20260903T202011Z
DTSTART;TZID=America/Santiago:20260908T100000
DTEND;TZID=America/Santiago:20260908T110000
SUMMARY:Entrevista: Valentina Rojas – Analista de Operaciones Mina
LOCATION:https://meet.google.com/xqa-fhtp-kvr
ORGANIZER;CN=Camila Fuentes:mailto:camila.fuentes@cordilleraazul.cl
ATTENDEE;CN=Valentina Rojas;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:valentina.rojas@example.org
ATTENDEE;CN=Rodrigo Pizarro;ROLE=REQ-PARTICIPANT:mailto:rodrigo.pizarro@cordilleraazul.cl
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Minera Cordillera Azul", "no-reply@us.greenhouse-mail.io"),
              "Confirmación de entrevista – Analista de Operaciones Mina", "2026-09-03 16:20:11", SCL,
              "<20260903202011.88213457.u7Hk2@geopod-ismtpd-5.greenhouse-mail.io>",
              rcv="from o1.ptr3318.us.greenhouse-mail.io (o1.ptr3318.us.greenhouse-mail.io [149.72.166.20])",
              extra=(("Reply-To", addr("Camila Fuentes", "camila.fuentes@cordilleraazul.cl")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="8bit", filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(2), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 10:00", NYC), end=utc("2026-11-03 10:45", NYC),
      contact="megan.whitfield@halvorsenmetals.com", company="Halvorsen Metals",
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 10:45", zone=NYC,
      note="Lever confirmation from no-reply, Reply-To recruiter. 'Tuesday, November 3 at 10:00 AM Eastern "
           "Time', 45 minutes: US clocks go back on Sun 1 Nov, so the mail (Thu 29 Oct) is sent in EDT but "
           "the interview is EST (UTC-5) -> 15:00Z-15:45Z; the mail's own '12:00 PM in Santiago' agrees.")
def m02() -> bytes:
    body = t("""
        Hi Valentina,

        Thanks for picking a time! Your interview with Halvorsen Metals is confirmed.

        Role: Mine Operations Analyst (Remote - LATAM)
        When: Tuesday, November 3, 2026 at 10:00 AM Eastern Time (45 minutes)
        Where: Zoom - https://halvorsenmetals.zoom.us/j/93817264410
        With: Derek Lindqvist, Director of Site Performance

        Heads-up: US clocks go back one hour on Sunday, November 1, so this will be 12:00 PM
        (noon) for you in Santiago.

        If anything changes on your side, just reply to this email and it will reach Megan Whitfield
        on our Talent team.

        Best,
        The Halvorsen Metals Talent Team

        ---
        Sent via Lever. Halvorsen Metals, 200 Clarendon St, Boston, MA 02116
    """)
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1f2933">
        <tr><td style="padding:24px">
        <p>Hi Valentina,</p>
        <p>Thanks for picking a time! Your interview with Halvorsen Metals is confirmed.</p>
        <p><strong>Role:</strong> Mine Operations Analyst (Remote - LATAM)<br>
        <strong>When:</strong> Tuesday, November 3, 2026 at 10:00 AM Eastern Time (45 minutes)<br>
        <strong>Where:</strong> <a href="https://halvorsenmetals.zoom.us/j/93817264410">Zoom</a><br>
        <strong>With:</strong> Derek Lindqvist, Director of Site Performance</p>
        <p>Heads-up: US clocks go back one hour on Sunday, November 1, so this will be 12:00 PM (noon) for you in Santiago.</p>
        <p>If anything changes on your side, just reply to this email and it will reach Megan Whitfield on our Talent team.</p>
        <p>Best,<br>The Halvorsen Metals Talent Team</p>
        </td></tr></table>
        <p style="font-size:11px;color:#8a94a6">Sent via Lever &middot; Halvorsen Metals, 200 Clarendon St, Boston, MA 02116</p>
        </td></tr></table></body></html>
    """)
    hs = head(addr("Halvorsen Metals", "no-reply@hire.lever.co"),
              "Interview confirmed: Mine Operations Analyst (Remote - LATAM)", "2026-10-29 11:02:47", NYC,
              "<0100019a3c1f2e77-5b1d9c3e-77a1-4d0f-9e55-2c8e1a7b6f10-000000@email.amazonses.com>",
              rcv="from a48-93.smtp-out.amazonses.com (a48-93.smtp-out.amazonses.com [54.240.48.93])",
              ident="4Qm0Tq6kGHz1",
              extra=(("Reply-To", addr("Megan Whitfield", "megan.whitfield@halvorsenmetals.com")),
                     ("X-Lever-Message-Type", "interview-confirmation")))
    return message(hs, alt(text(body, cte="7bit"), html(page)))


@mail(N(3), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-09 08:00", PER), end=utc("2026-12-09 08:45", PER),
      contact="hamish.doyle@pilbararidge.com.au", company="Pilbara Ridge Automation",
      local="Wed 2026-12-09 08:00", local_end="2026-12-09 08:45", zone=PER,
      note="Ashby confirmation, Reply-To recruiter. 'Wednesday, December 9, 8:00-8:45 AM AWST' (Perth, UTC+8, "
           "no DST) = 00:00Z-00:45Z on 9 Dec, which is Tuesday 8 Dec 21:00 in Santiago (UTC-3), as the mail "
           "also says: the candidate's local date is the day before the UTC date. ICS in UTC agrees.")
def m03() -> bytes:
    body = t("""
        Hi Valentina,

        Your interview is confirmed. We're looking forward to speaking with you!

        Mining Operations Analyst - Remote (Americas)
        Wednesday, December 9, 2026, 8:00 AM - 8:45 AM AWST (Perth)
        Your time: Tuesday, December 8, 2026, 9:00 PM - 9:45 PM (GMT-3, Santiago)
        Google Meet: https://meet.google.com/pqr-wdnz-hhe

        You'll meet with:
          Siobhan Keane - Head of Autonomous Haulage Operations

        Questions? Just reply and it will reach Hamish Doyle.

        Thanks,
        Pilbara Ridge Automation Recruiting
    """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:3f0c7a2e-91d4-4b77-a1c5-6d2e0f9b8a13
DTSTAMP:20261202021405Z
DTSTART:20261209T000000Z
DTEND:20261209T004500Z
SEQUENCE:0
SUMMARY:Pilbara Ridge Automation - Mining Operations Analyst Interview
LOCATION:https://meet.google.com/pqr-wdnz-hhe
ORGANIZER;CN=Hamish Doyle:mailto:hamish.doyle@pilbararidge.com.au
ATTENDEE;CN=Valentina Rojas;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:valentina.rojas@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Pilbara Ridge Automation", "no-reply@ashbyhq.com"),
              "Interview confirmed: Mining Operations Analyst at Pilbara Ridge Automation",
              "2026-12-02 10:14:05", PER,
              "<010001936d0aa1b2-c1e88d4f-2b7a-4e11-8f3d-0d9a5c6e7b21-000000@email.amazonses.com>",
              rcv="from mail.ashbyhq.com (mail.ashbyhq.com [108.233.221.103])", ident="4Qs7Hn2xL0z9",
              extra=(("Reply-To", addr("Hamish Doyle", "hamish.doyle@pilbararidge.com.au")),))
    return message(hs, mixed(text(body, cte="base64"),
                             calendar(ics, method=None, cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@mail(N(4), family="workday", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-12 10:30", SCL), end=utc("2026-11-12 11:30", SCL),
      contact="francisca.araya@altiplanonorte.cl", company="Minera Altiplano Norte",
      local="Thu 2026-11-12 10:30", local_end="2026-11-12 11:30", zone=SCL,
      note="Workday HTML-only notification from the tenant's system mailbox; 'jue. 12 de noviembre de 2026, "
           "10:30 hrs (hora de Chile continental)', 'Duración: 60 minutos' -> CLST UTC-3 -> 13:30Z-14:30Z. "
           "Contact = the interviewer's address in the body.")
def m04() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Arial,sans-serif;font-size:13px">
        <img src="https://wd3.myworkday.com/altiplanonorte/logo.png" alt="Minera Altiplano Norte" height="40"><br><br>
        Estimada Valentina Rojas:<br><br>
        Le confirmamos que su entrevista para la posición <b>R-0041873 Analista de Operaciones (Antofagasta)</b> ha sido programada.<br><br>
        <b>Fecha y hora:</b> jue. 12 de noviembre de 2026, 10:30 hrs (hora de Chile continental)<br>
        <b>Duración:</b> 60 minutos<br>
        <b>Modalidad:</b> Videollamada Microsoft Teams (el enlace le llegará en un correo aparte)<br>
        <b>Entrevistadora:</b> Francisca Araya Vega, Business Partner de Personas &ndash;
        <a href="mailto:francisca.araya@altiplanonorte.cl">francisca.araya@altiplanonorte.cl</a><br><br>
        Puede revisar el estado de su postulación en el <a href="https://wd3.myworkday.com/altiplanonorte/d/home.htmld">Portal de Candidatos</a>.<br><br>
        Atentamente,<br>
        Gerencia de Personas<br>
        Minera Altiplano Norte<br><br>
        <span style="color:#888;font-size:11px">Este mensaje fue generado automáticamente. Por favor, no responda a esta dirección.</span>
        </div></body></html>
    """)
    hs = head(addr("Minera Altiplano Norte", "altiplanonorte@myworkday.com"),
              "Confirmación de entrevista – Analista de Operaciones (Antofagasta) – R-0041873",
              "2026-11-06 09:12:40", SCL, "<1962831045.48821.1794139960417@wd3-prod-ps-cluster>",
              rcv="from wd3-smtp-out.myworkday.com (wd3-smtp-out.myworkday.com [198.22.44.12])",
              ident="4Qp3Jv1cRtz2")
    return message(hs, html(page, cte="base64"))


@mail(N(5), family="smartrecruiters", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-20 09:00", LIM), end=utc("2026-10-20 10:00", LIM),
      contact="lparedes@huaylas.com.pe", company="Minera Huaylas",
      local="Tue 2026-10-20 09:00", local_end="2026-10-20 10:00", zone=LIM,
      note="SmartRecruiters: the body gives no date or time ('encontrará fecha y hora en la invitación "
           "adjunta'); the time is only in the ICS: 20 Oct 09:00-10:00 America/Lima (UTC-5, no DST) -> "
           "14:00Z-15:00Z. Contact = Reply-To recruiter (also ORGANIZER).")
def m05() -> bytes:
    body = t("""
        Estimada Valentina:

        Gracias por confirmar su disponibilidad. Su entrevista para la posición Analista Senior de
        Operaciones Mina (Lima) quedó agendada con el Ing. Jorge Quispe, Gerente de Planeamiento.

        Encontrará la fecha, la hora y el enlace de Microsoft Teams en la invitación de calendario
        adjunta. Le sugerimos conectarse cinco minutos antes.

        Ante cualquier consulta puede responder a este correo.

        Cordialmente,
        Lucía Paredes
        Atracción de Talento – Minera Huaylas S.A.A.
        Av. Javier Prado Este 4200, Santiago de Surco, Lima
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
{VTZ_LIM}
BEGIN:VEVENT
UID:sr-int-6a5f1c02-0b77-4e3c-9c1d-27e4a8d95f60
DTSTAMP:20261014224011Z
DTSTART;TZID=America/Lima:20261020T090000
DTEND;TZID=America/Lima:20261020T100000
SUMMARY:Entrevista – Analista Senior de Operaciones Mina – Valentina Rojas
DESCRIPTION:Entrevista con Ing. Jorge Quispe\\nMicrosoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTk2Nzk%40thread.v2/0
LOCATION:Microsoft Teams
ORGANIZER;CN=Lucía Paredes:mailto:lparedes@huaylas.com.pe
ATTENDEE;CN=Valentina Rojas;RSVP=TRUE:mailto:valentina.rojas@example.org
ATTENDEE;CN=Jorge Quispe:mailto:jquispe@huaylas.com.pe
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Minera Huaylas S.A.A.", "noreply@mail.smartrecruiters.com"),
              "Invitación a entrevista: Analista Senior de Operaciones Mina", "2026-10-14 17:40:11", LIM,
              "<sr.1760481611.29c7e1@mail.smartrecruiters.com>",
              rcv="from mail-out-27.smartrecruiters.com (mail-out-27.smartrecruiters.com [52.58.11.27])",
              ident="4Qn8Fy5dKWz4",
              extra=(("Reply-To", addr("Lucía Paredes", "lparedes@huaylas.com.pe")),))
    return message(hs, mixed(text(body), calendar(ics, cte="8bit", filename="entrevista.ics", disposition="attachment")))


@mail(N(6), family="personio", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-26 16:00", MAD), end=utc("2026-10-26 16:45", MAD),
      contact="sergio.montero@hidrogeo.es", company="Hidrogeo Consultores",
      local="Mon 2026-10-26 16:00", local_end="2026-10-26 16:45", zone=MAD,
      note="Personio message from a no-reply mailbox, recruiter's address in the signature. 'lunes, 26 de "
           "octubre de 2026, de 16:00 a 16:45 (hora peninsular)': Spain leaves summer time on Sun 25 Oct, "
           "so the mail (Wed 21 Oct, CEST) is about a CET (UTC+1) slot -> 15:00Z-15:45Z; the mail's "
           "'12:00 en Santiago' (UTC-3) agrees. iso-8859-15 quoted-printable.")
def m06() -> bytes:
    body = t("""
        Hola Valentina:

        Te escribo para confirmarte la entrevista por videollamada con Marta Iglesias (Directora de
        Operaciones) y conmigo:

          Lunes, 26 de octubre de 2026, de 16:00 a 16:45 (hora peninsular española)
          Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ4%40thread.v2/0

        Ojo con el cambio de hora: el domingo 25 en España pasamos al horario de invierno, así que para
        ti en Santiago serán las 12:00 del mediodía.

        Si te surge cualquier cosa, escríbeme a sergio.montero@hidrogeo.es.

        Un saludo,
        Sergio Montero
        Talento | Hidrogeo Consultores
        C/ de Orense 68, 28020 Madrid
    """)
    hs = head(addr("Hidrogeo Consultores", "no-reply@mail.personio.de"),
              "Tu entrevista con Hidrogeo Consultores", "2026-10-21 13:05:52", MAD,
              "<ac91e0f4b7.20261021110552@mail.personio.de>",
              rcv="from mail.personio.de (mail.personio.de [185.76.92.40])", ident="4Qn9Bx0aYmz6",
              extra=(("X-Mailer", "Personio Recruiting"),))
    return message(hs, text(body, charset="iso-8859-15"))


@mail(N(7), family="workable", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-04 11:00", BUE), contact="martin.sosa@litiopuna.com.ar", company="Litio Puna S.A.",
      local="Wed 2026-11-04 11:00", zone=BUE,
      note="Workable confirmation in Argentine 'vos'; Reply-To is a Workable candidate relay, so contact = "
           "the hiring manager's address in the body. 'miércoles 4 de noviembre a las 11 hs (hora argentina)'"
           " = ART UTC-3 -> 14:00Z; 'dura más o menos una hora' is approximate -> end null. Follows the "
           "proposal in the earlier Litio Puna mail.")
def m07() -> bytes:
    body = t("""
        Hola Valentina,

        ¡Gracias por tu tiempo! Te confirmamos la entrevista para el puesto de Analista de Operaciones
        (Salar de Hombre Muerto / Buenos Aires):

        Cuándo: miércoles 4 de noviembre a las 11 hs (hora argentina)
        Dónde: Google Meet – https://meet.google.com/bfo-yjka-rtu
        Con quién: Martín Sosa, Jefe de Planeamiento

        La charla dura más o menos una hora. Si necesitás cambiar algo, escribile directamente a Martín
        a martin.sosa@litiopuna.com.ar.

        Saludos,
        Equipo de Talento de Litio Puna

        Powered by Workable
    """)
    page = "<html><body>" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.replace("Powered by Workable\n", "").split("\n")
    ) + '<p style="color:#999;font-size:11px">Powered by <a href="https://www.workable.com">Workable</a></p></body></html>\n'
    hs = head(addr("Litio Puna S.A.", "noreply@candidates.workablemail.com"),
              "Entrevista confirmada – Analista de Operaciones", "2026-10-29 16:22:30", BUE,
              "<01000192d8c4a7b3-7f2e40aa-0c6d-4b8f-9f1a-3e5d6c7b8a90-000000@email.amazonses.com>",
              rcv="from a8-51.smtp-out.amazonses.com (a8-51.smtp-out.amazonses.com [54.240.8.51])",
              ident="4Qm1Rc8wHvz5",
              extra=(("Reply-To", "litio-puna+c7e1a94b2f@candidates.workablemail.com"),))
    return message(hs, alt(text(body), html(page)))


@mail(N(8), family="calendly", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-09 15:00", SCL), end=utc("2026-10-09 15:30", SCL),
      contact="ignacio@relavesverdes.cl", company="Relaves Verdes SpA",
      local="Fri 2026-10-09 15:00", local_end="2026-10-09 15:30", zone=SCL,
      note="Calendly invitee confirmation (Spanish UI), Reply-To = host. '15:00 - 15:30, viernes, 9 de "
           "octubre de 2026, Hora de Chile' -> CLST UTC-3 -> 18:00Z-18:30Z. Sent late Monday evening "
           "local (already Tuesday in UTC). ICS in UTC agrees.")
def m08() -> bytes:
    body = t("""
        Hola, Valentina Rojas:

        Se programó un nuevo evento.

        Evento:
        Entrevista – Analista de Datos Operacionales

        Nombre de invitado:
        Ignacio Valdés

        Fecha/hora del evento:
        15:00 - 15:30, viernes, 9 de octubre de 2026 (Hora de Chile)

        Ubicación:
        Esta es una reunión de Google Meet. Los detalles para unirse se enviarán por separado o
        https://meet.google.com/ums-kxte-ofa

        Cancelar: https://calendly.com/cancellations/1b8e52d0-3f7a-4c9e-a8d1-64f0e2b7c5a3
        Reprogramar: https://calendly.com/reschedulings/1b8e52d0-3f7a-4c9e-a8d1-64f0e2b7c5a3

        Desarrollado por Calendly.com
    """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly Events//ES
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:1b8e52d0-3f7a-4c9e-a8d1-64f0e2b7c5a3@calendly.com
DTSTAMP:20261006014708Z
DTSTART:20261009T180000Z
DTEND:20261009T183000Z
SUMMARY:Entrevista – Analista de Datos Operacionales (Ignacio Valdés y Valentina Rojas)
LOCATION:https://meet.google.com/ums-kxte-ofa
ORGANIZER;CN=Ignacio Valdés:mailto:ignacio@relavesverdes.cl
ATTENDEE;CN=Valentina Rojas;PARTSTAT=ACCEPTED:mailto:valentina.rojas@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmado: Entrevista – Analista de Datos Operacionales con Ignacio Valdés el viernes, "
              "9 de octubre de 2026", "2026-10-05 22:47:08", SCL,
              "<CAL.1b8e52d0.20261006014708@calendly.com>",
              rcv="from o3.email.calendly.com (o3.email.calendly.com [167.89.115.32])", ident="4Ql2Wd7nPqz8",
              extra=(("Reply-To", addr("Ignacio Valdés", "ignacio@relavesverdes.cl")),))
    return message(hs, mixed(text(body, cte="8bit"),
                             calendar(ics, cte="quoted-printable", filename="invite.ics",
                                      disposition="attachment")))


@mail(N(9), family="microsoft_bookings", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-17 11:00", SCL), end=utc("2026-11-17 11:45", SCL),
      contact="paula.herrera@puertoangosto.cl", company="Puerto Angosto Terminales",
      local="Tue 2026-11-17 11:00", local_end="2026-11-17 11:45", zone=SCL,
      note="Microsoft Bookings confirmation from the company's Bookings mailbox (not a person). The zone "
           "label '(UTC-04:00) Santiago' shows Chile's standard offset, but on 17 Nov Chile is on summer "
           "time (UTC-3): 11:00-11:45 local -> 14:00Z-14:45Z. Contact = the staff member's address in the "
           "body.")
def m09() -> bytes:
    body = t("""
        Puerto Angosto Terminales

        Su reserva está confirmada

        Entrevista de selección – Analista de Operaciones Portuarias
        martes, 17 de noviembre de 2026
        11:00 - 11:45 (UTC-04:00) Santiago

        Personal: Paula Herrera
        Ubicación: Reunión de Microsoft Teams – Unirse a la reunión:
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE5ZTQ%40thread.v2/0

        Información adicional
        Entrevista por competencias con la jefatura del área. Si necesita ayuda, escriba a Paula
        Herrera (paula.herrera@puertoangosto.cl).

        Administrar reserva: https://outlook.office365.com/owa/calendar/PuertoAngostoSeleccion@puertoangosto.cl/bookings/
        Av. Errázuriz 1178, Valparaíso
    """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',sans-serif;max-width:600px">
        <div style="font-size:20px;font-weight:600">Puerto Angosto Terminales</div>
        <div style="font-size:24px;margin:16px 0">Su reserva está confirmada</div>
        <div style="font-size:16px;font-weight:600">Entrevista de selección – Analista de Operaciones Portuarias</div>
        <div>martes, 17 de noviembre de 2026</div>
        <div>11:00 - 11:45 (UTC-04:00) Santiago</div>
        <div style="margin-top:12px">Personal: Paula Herrera</div>
        <div>Ubicación: Reunión de Microsoft Teams &ndash; <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE5ZTQ%40thread.v2/0">Unirse a la reunión</a></div>
        <div style="margin-top:12px;font-weight:600">Información adicional</div>
        <div>Entrevista por competencias con la jefatura del área. Si necesita ayuda, escriba a Paula Herrera (paula.herrera@puertoangosto.cl).</div>
        <div style="margin-top:16px"><a href="https://outlook.office365.com/owa/calendar/PuertoAngostoSeleccion@puertoangosto.cl/bookings/">Administrar reserva</a></div>
        <div style="color:#666;font-size:12px">Av. Errázuriz 1178, Valparaíso</div>
        </div></body></html>
    """)
    hs = head(addr("Puerto Angosto Terminales", "PuertoAngostoSeleccion@puertoangosto.cl"),
              "Reserva confirmada: Entrevista de selección – Analista de Operaciones Portuarias",
              "2026-11-12 16:34:19", SCL,
              "<SCXP152MB0418D7A0B2E1C4F39A61C2E7D5A40@SCXP152MB0418.LAMP152.PROD.OUTLOOK.COM>",
              rcv="from LAMP152.outbound.protection.outlook.com (mail-sc1lam01on2071.outbound.protection.outlook.com [40.107.92.71])",
              ident="4Qq5Mz3sVbz7",
              extra=(("X-MS-Exchange-Organization-AuthAs", "Internal"),
                     ("X-Auto-Response-Suppress", "All")))
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(N(10), family="exchange", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-10 10:00", NYC), end=utc("2026-12-10 11:00", NYC),
      contact="jfarrow@saltmarshcommodities.com", company="Saltmarsh Commodities",
      local="Thu 2026-12-10 10:00", local_end="2026-12-10 11:00", zone=NYC,
      note="Exchange meeting request with Teams boilerplate; 'Thursday, December 10, 2026 10:00 AM-11:00 AM. "
           "(UTC-05:00) Eastern Time (US & Canada)' -> EST -> 15:00Z-16:00Z; ICS TZID 'Eastern Standard "
           "Time'. Organizer = human sender.")
def m10() -> bytes:
    body = t("""
        When: Thursday, December 10, 2026 10:00 AM-11:00 AM. (UTC-05:00) Eastern Time (US & Canada)
        Where: Microsoft Teams Meeting

        Hi Valentina,

        Looking forward to our conversation about the Base Metals Operations Analyst role. You will
        meet me and Tomás Ibarra from our Santiago desk. Please accept so it lands in your calendar.

        Best,
        Jessica

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTJhYzE%40thread.v2/0>
        Meeting ID: 271 904 556 318
        Passcode: q7Tz2m
        Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
    """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="EN-US"><div class="WordSection1">
        <p class="MsoNormal">Hi Valentina,</p>
        <p class="MsoNormal">Looking forward to our conversation about the Base Metals Operations Analyst role. You will meet me and Tom&aacute;s Ibarra from our Santiago desk. Please accept so it lands in your calendar.</p>
        <p class="MsoNormal">Best,<br>Jessica</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>
        <div><span style="font-size:24px;font-weight:600;color:#252424">Microsoft Teams meeting</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTJhYzE%40thread.v2/0">Click here to join the meeting</a></div>
        <div>Meeting ID: 271 904 556 318<br>Passcode: q7Tz2m</div>
        </div></body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Jessica Farrow:mailto:jfarrow@saltmarshcommodities.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valentina Rojas:mailto:valentina.rojas@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tomás Ibarra:mailto:tibarra@saltmarshcommodities.com
DESCRIPTION;LANGUAGE=en-US:Hi Valentina\\,\\n\\nLooking forward to our conversation about the Base Metals Operations Analyst role.\\n
UID:040000008200E00074C5B7101A82E00800000000A0C2D1E9F46BDC01000000000000000010000000C4A0E2F3B1D84F4C9E1A7B3C5D6E8F90
SUMMARY;LANGUAGE=en-US:Interview: Valentina Rojas / Saltmarsh Commodities
DTSTART;TZID=Eastern Standard Time:20261210T100000
DTEND;TZID=Eastern Standard Time:20261210T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261204193102Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2118540271
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}}
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
END:VCALENDAR"""
    hs = head(addr("Jessica Farrow", "jfarrow@saltmarshcommodities.com"),
              "Interview: Valentina Rojas / Saltmarsh Commodities", "2026-12-04 14:31:02", NYC,
              "<BN8PR12MB3187E2A9C04D1B6F7E9A3C58D2B10@BN8PR12MB3187.namprd12.prod.outlook.com>",
              rcv="from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2103.outbound.protection.outlook.com [40.107.237.103])",
              ident="4Qs9Lk4fTdz0",
              extra=(("Thread-Topic", "Interview: Valentina Rojas / Saltmarsh Commodities"),
                     ("Thread-Index", "AdtmE4kFz2q0v9RnS0uJb1xW3yT7Ag=="),
                     ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", ""),
                     ("Content-class", "urn:content-classes:calendarmessage")))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(N(11), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-17 15:00", SCL), contact="paz.ortuzar@andestalent.cl", company="Minera Tamarugal",
      local="Thu 2026-09-17 15:00", zone=SCL,
      note="Headhunter (Andes Talent Partners) confirming for the hiring company: 'pasado mañana (jueves) "
           "a las 15:00 hrs' resolved against the Date (Tue 15 Sep) -> Thu 17 Sep, CLST UTC-3 -> 18:00Z; "
           "'45 minutos aprox.' -> end null. Company = the hiring mine, not the search firm.")
def m11() -> bytes:
    body = t("""
        Hola Vale, ¿cómo estás?

        Buenas noticias: Andrés Leiva, gerente de operaciones de Minera Tamarugal, quiere conocerte.
        Quedaste agendada para pasado mañana (jueves) a las 15:00 hrs en sus oficinas de Isidora
        Goyenechea 3000, piso 12, Las Condes. Pregunta por él en recepción; la reunión dura unos
        45 minutos aprox.

        Antes de las fiestas patrias anda todo el mundo corriendo, así que ya le confirmé por ti como
        conversamos por teléfono. Lleva impreso el CV actualizado (el de agosto) y si puedes repasa
        los indicadores de disponibilidad de flota que te comenté.

        Cualquier cosa me llamas al +56 9 8841 2207.

        Un abrazo,
        Paz

        --\x20
        Paz Ortúzar C.
        Senior Consultant | Andes Talent Partners
        Av. Apoquindo 4501, of. 1102, Las Condes
    """)
    hs = head(addr("Paz Ortúzar", "paz.ortuzar@andestalent.cl"), "Entrevista Minera Tamarugal – jueves",
              "2026-09-15 11:48:26", SCL, "<CAJr8s0pXy2+Qd7Vb5kW1tN3hL4mE9fZ6aGc@mail.gmail.com>",
              rcv="from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])", ident="4Qd3Vn1gZkz5")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(12), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-19 10:30", BUE), contact="gferreyra@andinalogistica.com.ar",
      company="Andina Logística Minera S.R.L.", local="Thu 2026-11-19 10:30", zone=BUE,
      note="Phone-written reply in Argentine 'vos': 'el jueves de la próxima semana a las diez y media', "
           "Date Fri 13 Nov -> Thu 19 Nov 10:30 ART (UTC-3) -> 13:30Z. No length -> end null. The quoted "
           "message is the candidate's.")
def m12() -> bytes:
    body = t("""
        Dale Valentina, perfecto. Te espero el jueves de la próxima semana a las diez y media, por
        videollamada. Te mando el link un rato antes al mail. Vamos a estar con Carla de RRHH tambien.

        Abrazo!
        Gustavo

        Enviado desde mi iPhone

        > El 13 nov 2026, a las 17:05, Valentina Rojas <valentina.rojas@example.org> escribió:
        >
        > Hola Gustavo, gracias por el llamado de hoy. Como te comenté, la semana que viene tengo
        > libre cualquier mañana salvo el martes. Quedo atenta.
        >
        > Saludos,
        > Valentina
    """)
    hs = head(addr("Gustavo Ferreyra", "gferreyra@andinalogistica.com.ar"),
              "Re: Posición Analista de Operaciones", "2026-11-13 19:12:44", BUE,
              "<7D1E5C2A-93B8-4F60-A1E7-2C9D4B8F0E31@andinalogistica.com.ar>",
              rcv="from smtp.andinalogistica.com.ar (smtp.andinalogistica.com.ar [200.49.156.18])",
              ident="4Qq0Cd2hYnz3",
              extra=(("In-Reply-To", "<c3f1a7e2-5d0b-4b8e-9a61-0f2e7d4c8b15@example.org>"),
                     ("References", "<c3f1a7e2-5d0b-4b8e-9a61-0f2e7d4c8b15@example.org>"),
                     ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body, cte="8bit", params="format=flowed"))


@mail(N(13), family="human_prose", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-27 14:00", SCL), contact="priya.nair@borealtailings.ca", company="Boreal Tailings Inc.",
      local="Tue 2026-10-27 14:00", zone=SCL,
      note="Short reply 'Tuesday at 2 works' on a quoted thread in which the candidate offered 'Tuesday "
           "(Oct 27) 11:00 or 14:00 Santiago time': the slot is hers, in Santiago time (CLST UTC-3) -> "
           "17:00Z (13:00 in Toronto). No length -> end null.")
def m13() -> bytes:
    body = t("""
        Hi Valentina,

        Tuesday at 2 works perfectly - I've just sent a Zoom invite from my calendar. You'll meet me
        and Graham (our VP Operations). Talk soon!

        Priya

        Priya Nair | Talent Partner | Boreal Tailings Inc.
        100 King St W, Suite 5600, Toronto ON

        On Wed, Oct 21, 2026 at 7:52 PM Valentina Rojas <valentina.rojas@example.org> wrote:
        > Hi Priya,
        >
        > Thanks for getting back to me! Next Tuesday (Oct 27) I could do either 11:00 or 14:00
        > Santiago time. Let me know what suits Graham best.
        >
        > Best regards,
        > Valentina
        >
        > On Wed, Oct 21, 2026 at 10:04 AM Priya Nair <priya.nair@borealtailings.ca> wrote:
        >> Hi Valentina, great speaking with you on Monday. Could you share a couple of slots
        >> next week for a first interview with our VP Operations?
    """)
    hs = head(addr("Priya Nair", "priya.nair@borealtailings.ca"), "Re: Next steps - Boreal Tailings",
              "2026-10-22 09:15:37", "America/Toronto",
              "<CAF3kq9zT1vB+2rWm8YpD0nLs5HcQ4uE7xJo@mail.gmail.com>",
              rcv="from mail-lj1-f175.google.com (mail-lj1-f175.google.com [209.85.208.175])", ident="4Qm0Gp9vRsz2",
              extra=(("In-Reply-To", "<CAL7Vr0jM3n+R2d9sXe@mail.example.org>"),
                     ("References", "<CAF3kq8aW0e+P1tTz7@mail.gmail.com> <CAL7Vr0jM3n+R2d9sXe@mail.example.org>")))
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(N(14), family="exchange", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-30 07:30", SCL), contact="rtapia@sulfurosdelloa.cl", company="Sulfuros del Loa",
      local="Mon 2026-11-30 07:30", zone=SCL,
      note="Outlook all-day event (DTSTART;VALUE=DATE 20261130) for an on-site interview; the time is only "
           "in the text: 'presentarte a las 7:30 hrs en la portería' -> CLST UTC-3 -> 10:30Z. The day runs "
           "until the afternoon, no end stated -> null. windows-1252 body.")
def m14() -> bytes:
    body = t("""
        Hola Valentina:

        Te envío el bloqueo en el calendario para la entrevista en faena del lunes 30 de noviembre. Como
        conversamos, debes presentarte a las 7:30 hrs en la portería principal de la División Loa
        (km 12 camino a Chiu Chiu). Primero tendrás la entrevista con el Superintendente de Operaciones
        y después una visita a la sala de control; el regreso a Calama es en el bus de las 15:30.

        Recuerda traer cédula de identidad, zapatos de seguridad y ropa manga larga. Los EPP te los
        entregamos en portería.

        Saludos cordiales,

        Rodrigo Tapia Carvajal
        Jefe de Reclutamiento y Selección
        Sulfuros del Loa S.A. | Calama, Región de Antofagasta
        Tel. +56 55 259 4410
    """)
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Rodrigo Tapia Carvajal:mailto:rtapia@sulfurosdelloa.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valentina Rojas:mailto:valentina.rojas@example.org
UID:040000008200E00074C5B7101A82E00800000000D1F3A5C7E9B1DC01000000000000000010000000A7E3C9D1B5F24E6A8C0D2E4F6A8B0C1D
SUMMARY;LANGUAGE=es-CL:Entrevista en faena – División Loa (V. Rojas)
DTSTART;VALUE=DATE:20261130
DTEND;VALUE=DATE:20261201
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261124190211Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CL:Portería principal División Loa\\, km 12 camino a Chiu Chiu
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Rodrigo Tapia Carvajal", "rtapia@sulfurosdelloa.cl"),
              "Entrevista en faena – División Loa", "2026-11-24 16:02:11", SCL,
              "<CP4PR80MB5612A0D3E7F94B1C86E2D5A9F3C71@CP4PR80MB5612.lamprd80.prod.outlook.com>",
              rcv="from BRA01-CP4-obe.outbound.protection.outlook.com (mail-cp4bra01on2118.outbound.protection.outlook.com [40.107.203.118])",
              ident="4Qr6Nw8bXcz1",
              extra=(("Thread-Topic", enc("Entrevista en faena – División Loa")),
                     ("Content-Language", "es-CL"),
                     ("Content-class", "urn:content-classes:calendarmessage")))
    return message(hs, alt(text(body, charset="windows-1252"), calendar(ics, cte="8bit")))


@mail(N(15), family="icims", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-13 11:00", PHX), end=utc("2026-10-13 12:00", PHX),
      contact="alyssa.moreno@sonorancopper.com", company="Sonoran Copper Company",
      local="Tue 2026-10-13 11:00", local_end="2026-10-13 12:00", zone=PHX,
      note="iCIMS notification from the talent.icims.com system address; 'Tuesday, October 13, 2026 at "
           "11:00 AM MST (Arizona time, no daylight saving)', 60 minutes: Arizona stays at UTC-7 in "
           "October -> 18:00Z-19:00Z, '3:00 PM in Santiago' (UTC-3) agrees. Contact = recruiter in body.")
def m15() -> bytes:
    body = t("""
        Dear Valentina,

        Thank you for your interest in the Mine Operations Analyst position (Req #2026-4471) at Sonoran
        Copper Company. We are pleased to confirm your video interview:

        Date: Tuesday, October 13, 2026
        Time: 11:00 AM MST (Arizona time - Arizona does not observe daylight saving time)
              For reference, that is 3:00 PM in Santiago.
        Length: 60 minutes
        Format: Microsoft Teams (link to follow from the hiring manager)
        Panel: Ray Castillo (Mine Superintendent), Alyssa Moreno (Talent Acquisition)

        If you have questions, please contact Alyssa Moreno at alyssa.moreno@sonorancopper.com.
        Please do not reply to this message.

        Sincerely,
        Talent Acquisition
        Sonoran Copper Company | Tucson, Arizona
    """)
    page = t("""
        <html><body style="font-family:Verdana,Arial;font-size:12px">
        <p>Dear Valentina,</p>
        <p>Thank you for your interest in the Mine Operations Analyst position (Req #2026-4471) at Sonoran Copper Company. We are pleased to confirm your video interview:</p>
        <table border="0" cellpadding="3">
        <tr><td><b>Date:</b></td><td>Tuesday, October 13, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>11:00 AM MST (Arizona time &ndash; Arizona does not observe daylight saving time)<br>For reference, that is 3:00 PM in Santiago.</td></tr>
        <tr><td><b>Length:</b></td><td>60 minutes</td></tr>
        <tr><td><b>Format:</b></td><td>Microsoft Teams (link to follow from the hiring manager)</td></tr>
        <tr><td><b>Panel:</b></td><td>Ray Castillo (Mine Superintendent), Alyssa Moreno (Talent Acquisition)</td></tr>
        </table>
        <p>If you have questions, please contact Alyssa Moreno at <a href="mailto:alyssa.moreno@sonorancopper.com">alyssa.moreno@sonorancopper.com</a>. Please do not reply to this message.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Sonoran Copper Company | Tucson, Arizona</p>
        <img src="https://careers-sonorancopper.icims.com/icims2/servlet/icims2?module=AppInert&amp;action=trackEmail&amp;id=8812" width="1" height="1">
        </body></html>
    """)
    hs = head(addr("Sonoran Copper Company", "sonorancopper@talent.icims.com"),
              "Interview Confirmation - Mine Operations Analyst (2026-4471)", "2026-10-07 08:41:09", PHX,
              "<1471928833.92817.1791387669123.JavaMail.icims@careers-sonorancopper.icims.com>",
              rcv="from mta-out-09.icims.com (mta-out-09.icims.com [64.94.242.9])", ident="4Ql8Bq5tCxz6")
    return message(hs, alt(text(body, cte="7bit"), html(page)))


@mail(N(16), family="recruitee", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-23 12:00", SCL), end=utc("2026-11-23 13:00", SCL),
      contact="irene.casal@lumbredata.es", company="Lumbre Data S.L.",
      local="Mon 2026-11-23 12:00", local_end="2026-11-23 13:00", zone=SCL,
      note="The candidate forwards to herself (from her personal address) a Recruitee confirmation as a "
           "message/rfc822 attachment. Inner mail: 'lunes, 23 de noviembre de 2026 · 12:00 – 13:00 "
           "(America/Santiago)' -> CLST UTC-3 -> 15:00Z-16:00Z ('16:00 – 17:00 en Madrid', CET, agrees). "
           "Contact = the forwarded mail's Reply-To recruiter, never the candidate's own addresses.")
def m16() -> bytes:
    inner_body = t("""
        Hola Valentina:

        ¡Tu entrevista está confirmada!

        Entrevista técnica – Analista de Operaciones Mineras (remoto)
        lunes, 23 de noviembre de 2026 · 12:00 – 13:00 (America/Santiago)
        (16:00 – 17:00 en Madrid)
        Enlace: https://meet.google.com/hzr-ckpo-wqa

        Estarán Irene Casal (Talent) y Óscar Villanueva (Lead Data Engineer).

        Si tienes cualquier duda, responde a este email.

        Un saludo,
        Irene
        Lumbre Data S.L. · Paseo de la Castellana 95, Madrid
    """)
    inner = message(
        [("From", addr("Lumbre Data S.L.", "notifications@mail.recruitee.com")),
         ("Reply-To", addr("Irene Casal", "irene.casal@lumbredata.es")),
         ("To", addr("Valentina Rojas", "valentina.rojas.m@example.net")),
         ("Subject", enc("Entrevista confirmada – Lumbre Data")),
         ("Date", date("2026-11-18 14:20:33", MAD)),
         ("Message-ID", "<5f2c8e1a-recruitee-7b3d.20261118132033@mail.recruitee.com>")],
        alt(text(inner_body), html("<html><body>" + inner_body.replace("\n\n", "<br><br>").replace("\n", "<br>")
                                   + "</body></html>\n")))
    note = t("""
        Para tenerlo también en este correo. Ojo: es hora de Chile.

        V.
    """)
    hs = head(addr("Valentina Rojas", "valentina.rojas.m@example.net"),
              "Fwd: Entrevista confirmada – Lumbre Data", "2026-11-19 08:03:15", SCL,
              "<e81b0c47-2a9d-4f13-b6c5-9d7e3f1a2c08@example.net>",
              rcv="from smtp.example.net (smtp.example.net [203.0.113.25])", ident="4Qq6Hs0kLmz9")
    return message(hs, mixed(text(note), attached_message(inner, "Entrevista confirmada - Lumbre Data.eml")))


# =========================================================================== positives: rescheduled


@mail(N(17), family="teamtailor", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-10-02 11:30", SCL), end=utc("2026-10-02 12:15", SCL),
      contact="nuria.calvo@tajodigital.es", company="Tajo Digital S.L.",
      local="Fri 2026-10-02 11:30", local_end="2026-10-02 12:15", zone=SCL,
      days=(("Thu", "2026-10-01"),),
      note="Teamtailor reschedule (Reply-To recruiter). Old: 'jueves, 1 de octubre, 10:00 (hora de Chile)'; "
           "new: 'viernes, 2 de octubre de 2026, 11:30 – 12:15 (hora de Chile)' -> CLST UTC-3 -> "
           "14:30Z-15:15Z ('16:30 – 17:15 en Madrid', CEST UTC+2, agrees). ICS SEQUENCE:1 in UTC.")
def m17() -> bytes:
    body = t("""
        Hola Valentina,

        Hemos cambiado la hora de tu entrevista con Tajo Digital para el puesto de Analista de
        Operaciones Mineras (remoto, LATAM).

        Antes: jueves, 1 de octubre de 2026, 10:00 (hora de Chile)
        Ahora: viernes, 2 de octubre de 2026, 11:30 – 12:15 (hora de Chile)
               16:30 – 17:15 en Madrid

        Entrevistadora: Nuria Calvo, People & Talent
        Enlace: https://meet.google.com/tdw-qmes-nbv

        Adjuntamos la invitación actualizada. Si la nueva hora no te va bien, contesta a este correo.

        ¡Hasta pronto!
        Nuria · Tajo Digital

        Enviado con Teamtailor
    """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interview//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-interview-4418823@teamtailor.com
DTSTAMP:20260928131003Z
DTSTART:20261002T143000Z
DTEND:20261002T151500Z
SEQUENCE:1
SUMMARY:Entrevista Tajo Digital – Valentina Rojas
LOCATION:https://meet.google.com/tdw-qmes-nbv
ORGANIZER;CN=Nuria Calvo:mailto:nuria.calvo@tajodigital.es
ATTENDEE;CN=Valentina Rojas;RSVP=TRUE:mailto:valentina.rojas@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    page = t("""
        <html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px">
        <p>Hola Valentina,</p>
        <p>Hemos cambiado la hora de tu entrevista con Tajo Digital para el puesto de Analista de Operaciones Mineras (remoto, LATAM).</p>
        <p><s>Antes: jueves, 1 de octubre de 2026, 10:00 (hora de Chile)</s><br>
        <b>Ahora: viernes, 2 de octubre de 2026, 11:30 – 12:15 (hora de Chile)</b><br>
        16:30 – 17:15 en Madrid</p>
        <p>Entrevistadora: Nuria Calvo, People &amp; Talent<br>
        Enlace: <a href="https://meet.google.com/tdw-qmes-nbv">meet.google.com/tdw-qmes-nbv</a></p>
        <p>Adjuntamos la invitación actualizada. Si la nueva hora no te va bien, contesta a este correo.</p>
        <p>¡Hasta pronto!<br>Nuria · Tajo Digital</p>
        <p style="font-size:11px;color:#aaa">Enviado con Teamtailor</p>
        </body></html>
    """)
    hs = head(addr("Tajo Digital", "no-reply@teamtailor-mail.com"),
              "Cambio de hora: tu entrevista con Tajo Digital", "2026-09-28 15:10:03", MAD,
              "<tt.4418823.r1.20260928131003@teamtailor-mail.com>",
              rcv="from mail-out.teamtailor-mail.com (mail-out.teamtailor-mail.com [18.194.77.40])",
              ident="4Qk5Pd3yWgz7",
              extra=(("Reply-To", addr("Nuria Calvo", "nuria.calvo@tajodigital.es")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="entrevista.ics", disposition="attachment")))


@mail(N(18), family="softgarden", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-12-03 09:00", SCL), end=utc("2026-12-03 10:00", SCL),
      contact="katharina.boehm@rheinhold-bergtechnik.cl", company="Rheinhold Bergtechnik Chile SpA",
      local="Thu 2026-12-03 09:00", local_end="2026-12-03 10:00", zone=SCL,
      days=(("Tue", "2026-12-01"),),
      note="softgarden reschedule sent from Germany (Date in CET). New slot 'jueves, 3 de diciembre de 2026, "
           "09:00 – 10:00 (hora de Santiago)' -> CLST UTC-3 -> 12:00Z-13:00Z; the old 'martes 1 de "
           "diciembre a las 09:00' is annulled. Contact = the recruiter's address in the body. iso-8859-1.")
def m18() -> bytes:
    body = t("""
        Estimada Sra. Rojas:

        Debido a un cambio en la agenda del comité, hemos tenido que reprogramar su entrevista para el
        puesto de Analista de Operaciones y Mantenimiento Predictivo (Antofagasta).

        Nueva fecha: jueves, 3 de diciembre de 2026
        Horario: 09:00 - 10:00 (hora de Santiago)
        Lugar: videoconferencia - el enlace se encuentra en su área de candidato

        La cita original del martes 1 de diciembre a las 09:00 queda anulada. Lamentamos las molestias.

        Para cualquier consulta, puede escribir a Katharina Böhm (katharina.boehm@rheinhold-bergtechnik.cl).

        Atentamente,
        Katharina Böhm
        HR Business Partner Latinoamérica
        Rheinhold Bergtechnik Chile SpA

        Este correo fue enviado a través de softgarden e-recruiting.
    """)
    page = "<html><body><p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>\n"
    hs = head(addr("Rheinhold Bergtechnik Chile", "no-reply@softgarden.io", "iso-8859-1"),
              "Reprogramación de su entrevista - Analista de Operaciones", "2026-11-27 10:22:48",
              "Europe/Berlin", "<20261127092248.7741.sg-mailer-3@softgarden.io>",
              rcv="from mailer3.softgarden.io (mailer3.softgarden.io [91.198.95.33])", ident="4Qr8Vt6mBcz4",
              charset="iso-8859-1")
    return message(hs, alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


@mail(N(19), family="google_calendar", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-11-18 17:00", SCL), end=utc("2026-11-18 17:45", SCL),
      contact="felipe.donoso@aconcagua-metal.cl", company="Metalúrgica Aconcagua S.A.",
      local="Wed 2026-11-18 17:00", local_end="2026-11-18 17:45", zone=SCL,
      days=(("Mon", "2026-11-16"),),
      note="Google Calendar 'Invitación actualizada' (Spanish UI): moved from 'lun 16 nov 2026 11:00' to "
           "'mié 18 nov 2026 17:00 - 17:45 (hora de Chile)' -> CLST UTC-3 -> 20:00Z-20:45Z; ICS SEQUENCE:1, "
           "TZID America/Santiago. Contact = organizer.")
def m19() -> bytes:
    body = t("""
        Se modificó este evento.

        Entrevista Analista de Operaciones - Valentina Rojas
        Cuándo
        CAMBIÓ: miércoles, 18 de noviembre de 2026 17:00 – 17:45
        Hora de Chile - Santiago
        (Antes: lunes, 16 de noviembre de 2026 11:00 – 11:45)

        Unirse con Google Meet
        https://meet.google.com/wxe-pkfa-dho

        Invitados
        Felipe Donoso - organizador
        valentina.rojas@example.org
        macarena.silva@aconcagua-metal.cl

        Ver todos los detalles de la invitación:
        https://calendar.google.com/calendar/event?action=VIEW&eid=NmE1cjBkMmh0OGQ

        ¿Asistirás? Sí - Quizás - No

        Invitación de Google Calendar
        Estás recibiendo este correo electrónico porque eres un invitado al evento.
    """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <div style="color:#d93025;font-weight:bold">Se modificó este evento.</div>
        <h2 style="font-weight:400">Entrevista Analista de Operaciones - Valentina Rojas</h2>
        <div><b>Cuándo</b></div>
        <div><span style="color:#d93025">CAMBIÓ:</span> miércoles, 18 de noviembre de 2026 17:00 – 17:45 Hora de Chile - Santiago</div>
        <div style="text-decoration:line-through;color:#70757a">lunes, 16 de noviembre de 2026 11:00 – 11:45</div>
        <div style="margin-top:12px"><a href="https://meet.google.com/wxe-pkfa-dho">Unirse con Google Meet</a></div>
        <div style="margin-top:12px"><b>Invitados</b><br>Felipe Donoso - organizador<br>valentina.rojas@example.org<br>macarena.silva@aconcagua-metal.cl</div>
        <div style="margin-top:12px;font-size:12px;color:#70757a">Invitación de Google Calendar</div>
        </div></body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_SCL}
BEGIN:VEVENT
DTSTART;TZID=America/Santiago:20261118T170000
DTEND;TZID=America/Santiago:20261118T174500
DTSTAMP:20261113154012Z
ORGANIZER;CN=Felipe Donoso:mailto:felipe.donoso@aconcagua-metal.cl
UID:6a5r0d2ht8d3k7m1q9s4v6x8z0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valentina.rojas@example.org;X-NUM-GUESTS=0:mailto:valentina.rojas@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Felipe Donoso;X-NUM-GUESTS=0:mailto:felipe.donoso@aconcagua-metal.cl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=macarena.silva@aconcagua-metal.cl;X-NUM-GUESTS=0:mailto:macarena.silva@aconcagua-metal.cl
X-GOOGLE-CONFERENCE:https://meet.google.com/wxe-pkfa-dho
CREATED:20261105140233Z
DESCRIPTION:Entrevista con jefatura de Operaciones y Personas.
LAST-MODIFIED:20261113154011Z
LOCATION:
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Entrevista Analista de Operaciones - Valentina Rojas
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = ("Invitación actualizada: Entrevista Analista de Operaciones - Valentina Rojas @ mié 18 nov 2026 "
               "17:00 - 17:45 (GMT-3) (valentina.rojas@example.org)")
    hs = head(addr("Felipe Donoso", "felipe.donoso@aconcagua-metal.cl"), subject, "2026-11-13 12:40:12", SCL,
              "<calendar-7c1e2f9a-3b4d-4e5f-8a6b-0c1d2e3f4a5b@google.com>",
              rcv="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", ident="4Qq1Km7pNdz2",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Felipe Donoso", "felipe.donoso@aconcagua-metal.cl"))))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, cte="7bit")),
                             calendar(ics, method=None, ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(20), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-11-11 16:30", SCL), contact="cmunoz@tmpacifico.cl",
      company="Transportes Mineros del Pacífico", local="Wed 2026-11-11 16:30", zone=SCL,
      days=(("Tue", "2026-11-10"), ("Wed", "2026-11-11")),
      note="Hiring manager moves the interview himself: 'en vez del martes 10 a las 11:00 nos vemos el "
           "miércoles 11 a las 16:30, mismo link' (Date Mon 9 Nov) -> CLST UTC-3 -> 19:30Z. Decided, not "
           "proposed ('te cambié la entrevista'). No length -> end null.")
def m20() -> bytes:
    body = t("""
        Valentina, buenas tardes:

        Me surgió una visita a terreno en Mejillones el martes, así que te cambié la entrevista: en vez
        del martes 10 a las 11:00, nos vemos el miércoles 11 a las 16:30, mismo link de Teams. Ya
        debería haberte llegado la invitación actualizada.

        Disculpa el cambio a última hora.

        Saludos,
        Claudio Muñoz Retamal
        Gerente de Operaciones
        Transportes Mineros del Pacífico S.A.
        +56 2 2940 8812
    """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body lang="ES-CL"><div class="WordSection1">
        <p class="MsoNormal">Valentina, buenas tardes:</p>
        <p class="MsoNormal">Me surgió una visita a terreno en Mejillones el martes, así que te cambié la entrevista: en vez del martes 10 a las 11:00, nos vemos el <b>miércoles 11 a las 16:30</b>, mismo link de Teams. Ya debería haberte llegado la invitación actualizada.</p>
        <p class="MsoNormal">Disculpa el cambio a última hora.</p>
        <p class="MsoNormal">Saludos,<br>Claudio Muñoz Retamal<br>Gerente de Operaciones<br>Transportes Mineros del Pacífico S.A.<br>+56 2 2940 8812</p>
        </div></body></html>
    """)
    hs = head(addr("Claudio Muñoz Retamal", "cmunoz@tmpacifico.cl", "iso-8859-1"),
              "RE: Entrevista Analista de Operaciones", "2026-11-09 18:40:27", SCL,
              "<SCYP152MB61047B2C0E9D8A1F4B3E6C7D2A9F1@SCYP152MB6104.LAMP152.PROD.OUTLOOK.COM>",
              rcv="from LAMP152.outbound.protection.outlook.com (mail-sc1lam01on2102.outbound.protection.outlook.com [40.107.92.102])",
              ident="4Qp9Zs2dFhz8", charset="iso-8859-1",
              extra=(("Thread-Topic", "Entrevista Analista de Operaciones"),
                     ("In-Reply-To", "<SCYP152MB6104A11F0E2@SCYP152MB6104.LAMP152.PROD.OUTLOOK.COM>")))
    return message(hs, alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


# =========================================================================== positives: cancelled


@mail(N(21), family="taleo", lang="es", interview=True, kind="cancelled",
      start=utc("2026-11-18 14:00", MAD), contact="beatriz.lozano@grupoiberica-im.es",
      company="Grupo Ibérica de Ingeniería y Minería", local="Wed 2026-11-18 14:00", zone=MAD,
      note="Taleo cancellation from a no-reply address: the slot 'miércoles, 18 de noviembre de 2026 a las "
           "14:00 (GMT+01:00) Madrid' (CET) -> 13:00Z is cancelled, position on hold, no new time. "
           "Contact = the recruiter named in the body.")
def m21() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:12px">
        <table width="600"><tr><td>
        <img src="https://grupoiberica.taleo.net/careersection/theme/logo.gif" alt="Grupo Ibérica"><br><br>
        Estimada Valentina Rojas:<br><br>
        Le informamos de que la entrevista programada para el <b>miércoles, 18 de noviembre de 2026 a las 14:00 (GMT+01:00) Madrid</b>
        para el puesto <b>Analista de Operaciones Mineras – Requisición 26000318</b> ha sido <b>cancelada</b>.<br><br>
        La posición ha quedado en suspenso por una revisión interna de la plantilla. Nos pondremos en contacto con usted si el proceso se reactiva.<br><br>
        Para cualquier consulta puede dirigirse a Beatriz Lozano, Técnica de Selección
        (<a href="mailto:beatriz.lozano@grupoiberica-im.es">beatriz.lozano@grupoiberica-im.es</a>).<br><br>
        Atentamente,<br>
        Departamento de Selección<br>
        Grupo Ibérica de Ingeniería y Minería<br><br>
        <font size="1" color="#777777">Este es un mensaje automático. No responda a este correo electrónico.</font>
        </td></tr></table></body></html>
    """)
    hs = head(addr("Grupo Ibérica – Selección", "noreply@taleo.net"),
              "Cancelación de entrevista – Requisición 26000318", "2026-11-13 09:15:41", MAD,
              "<1168427731.2418.1794557741220.JavaMail.taleo@tlmx-prd-07>",
              rcv="from smtp-out-07.taleo.net (smtp-out-07.taleo.net [160.34.8.207])", ident="4Qq0Xm5nGrz3")
    return message(hs, html(page, charset="windows-1252"))


@mail(N(22), family="exchange", lang="es", interview=True, kind="cancelled",
      start=utc("2026-10-15 17:00", MAD), end=utc("2026-10-15 18:00", MAD),
      contact="agil@ebroresources.com", company="Ebro Resources Capital",
      local="Thu 2026-10-15 17:00", local_end="2026-10-15 18:00", zone=MAD,
      days=(("Tue", "2026-10-20"),),
      note="Outlook cancellation (METHOD:CANCEL, TZID 'Romance Standard Time'). The 'Cuándo' line shows "
           "'(UTC+01:00) Bruselas, Copenhague, Madrid, París' although 15 Oct is CEST (UTC+2): 17:00-18:00 "
           "-> 15:00Z-16:00Z, '12:00 en Santiago' agrees. 'Martes 20 a la misma hora' is only proposed -> "
           "cancelled, not rescheduled.")
def m22() -> bytes:
    body = t("""
        Cuándo: jueves, 15 de octubre de 2026 17:00-18:00. (UTC+01:00) Bruselas, Copenhague, Madrid, París.
        Dónde: Reunión de Microsoft Teams

        Hola Valentina:

        Lo siento mucho, tengo que cancelar la entrevista del jueves 15 a las 17:00 (las 12:00 en
        Santiago): se me ha cruzado un comité de inversiones que no puedo mover.

        ¿Te vendría bien el martes 20 a la misma hora? Te lo confirmo en cuanto lo cierre con el equipo.

        Un abrazo,
        Álvaro
    """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Álvaro Gil de Biedma:mailto:agil@ebroresources.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valentina Rojas:mailto:valentina.rojas@example.org
DESCRIPTION;LANGUAGE=es-ES:Lo siento mucho\\, tengo que cancelar la entrevista del jueves 15.\\n
UID:040000008200E00074C5B7101A82E008000000005A8E2C1D4F5BDC01000000000000000010000000E2B4C6D8F0A14B3C9D5E7F1A3B5C7D9E
SUMMARY;LANGUAGE=es-ES:Cancelado: Entrevista – Analista de Operaciones (V. Rojas)
DTSTART;TZID=Romance Standard Time:20261015T170000
DTEND;TZID=Romance Standard Time:20261015T180000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261012080522Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:2
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Álvaro Gil de Biedma", "agil@ebroresources.com"),
              "Cancelado: Entrevista – Analista de Operaciones (V. Rojas)", "2026-10-12 10:05:22", MAD,
              "<DB9PR06MB80231F4E7A2C6B9D0E3A5C8B1F2D7@DB9PR06MB8023.eurprd06.prod.outlook.com>",
              rcv="from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2091.outbound.protection.outlook.com [40.107.20.91])",
              ident="4Ql9Dr1jKsz6",
              extra=(("Thread-Topic", enc("Entrevista – Analista de Operaciones (V. Rojas)")),
                     ("Importance", "high"),
                     ("Content-Language", "es-ES"),
                     ("Content-class", "urn:content-classes:calendarmessage")))
    return message(hs, alt(text(body, cte="base64"), calendar(ics, method="CANCEL", cte="base64")))


@mail(N(23), family="human_prose", lang="es", interview=True, kind="cancelled",
      start=utc("2026-12-10 09:30", LIM), contact="rvillanueva@andescobre.pe", company="Andes Cobre Perú S.A.C.",
      local="Thu 2026-12-10 09:30", zone=LIM,
      note="Recruiter in Lima (usted) cancels 'la entrevista programada para mañana jueves 10 de diciembre "
           "a las 9:30 a. m. (hora de Lima)' (Date Wed 9 Dec) -> PET UTC-5 -> 14:30Z; position frozen, "
           "no new time.")
def m23() -> bytes:
    body = t("""
        Estimada Valentina:

        Le escribo para cancelar la entrevista programada para mañana jueves 10 de diciembre a las
        9:30 a. m. (hora de Lima) con el Gerente de Operaciones.

        Por una reestructuración interna, la gerencia decidió congelar la posición hasta el próximo año.
        Lamento mucho el inconveniente, sobre todo con tan poca anticipación. Si el proceso se reactiva,
        usted será la primera persona a la que contactemos.

        Muchas gracias por su comprensión.

        Atentamente,

        Rosa Villanueva Huamán
        Analista de Selección
        Andes Cobre Perú S.A.C.
        Calle Las Begonias 415, San Isidro - Lima
    """)
    hs = head(addr("Rosa Villanueva Huamán", "rvillanueva@andescobre.pe", "iso-8859-1"),
              "Cancelación de entrevista - Analista de Operaciones", "2026-12-09 08:15:09", LIM,
              "<000f01dc6a2b$4e8c1a30$ebb44e90$@andescobre.pe>",
              rcv="from mail.andescobre.pe (mail.andescobre.pe [190.116.42.19])", ident="4Qs8Fb0wJtz5",
              charset="iso-8859-1",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "Adpqk2Tn0wMzV1QyRj6xS3aBq9Lk1w==")))
    return message(hs, text(body, charset="iso-8859-1"))


# =========================================================================== negatives


def pdf(filename: str, title: str) -> Part:
    raw = (f"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
           f"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% {title}\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    body = base64.encodebytes(raw.encode("latin-1")).replace(b"\n", b"\r\n")
    return Part([("Content-Type", f'application/pdf; name="{filename}"'),
                 ("Content-Disposition", f'attachment; filename="{filename}"'),
                 ("Content-Transfer-Encoding", "base64")], body)


@mail(N(24), family="rejection", lang="es", interview=False, company="Minera Cordillera Azul",
      days=(("Tue", "2026-09-08"),),
      note="Greenhouse rejection after the interview of Tue 8 Sep (same thread as the Cordillera Azul "
           "confirmation); mentions the past interview date, confirms nothing.")
def m24() -> bytes:
    body = t("""
        Hola Valentina:

        Muchas gracias por el tiempo que dedicaste al proceso para el cargo de Analista de Operaciones
        Mina y por la entrevista del martes 8 de septiembre con Rodrigo y conmigo.

        Después de revisar con calma todas las postulaciones, decidimos avanzar con otra candidata
        cuyo perfil se ajusta más a lo que el área necesita en esta etapa. No fue una decisión fácil.

        Guardaremos tus antecedentes para futuras oportunidades y te deseamos mucho éxito.

        Saludos cordiales,
        Camila Fuentes
        Reclutamiento y Selección | Minera Cordillera Azul
    """)
    hs = head(addr("Minera Cordillera Azul", "no-reply@us.greenhouse-mail.io"),
              "Actualización sobre tu postulación – Minera Cordillera Azul", "2026-09-22 10:31:54", SCL,
              "<20260922133154.88213457.k2Pz9@geopod-ismtpd-2.greenhouse-mail.io>",
              rcv="from o1.ptr3318.us.greenhouse-mail.io (o1.ptr3318.us.greenhouse-mail.io [149.72.166.20])",
              ident="4Qf0Wn3qSkz1",
              extra=(("Reply-To", addr("Camila Fuentes", "camila.fuentes@cordilleraazul.cl")),))
    return message(hs, alt(text(body), html("<html><body><p>" + body.replace("\n\n", "</p><p>") + "</p></body></html>\n")))


@mail(N(25), family="offer", lang="es", interview=False, company="Minera Huaylas",
      days=(("Mon", "2027-01-04"), ("Fri", "2026-11-06")),
      note="Job offer (carta oferta in PDF) after the Huaylas interview; has a start date and a reply "
           "deadline with a time, but no interview.")
def m25() -> bytes:
    body = t("""
        Estimada Valentina:

        En nombre de Minera Huaylas S.A.A. tenemos el agrado de ofrecerle la posición de Analista Senior
        de Operaciones Mina, con base en Lima y reporte al Ing. Jorge Quispe, Gerente de Planeamiento.

        Adjuntamos la carta oferta con el detalle de la remuneración, beneficios y el apoyo de
        reubicación. La fecha de inicio propuesta es el lunes 4 de enero de 2027.

        Le agradeceremos confirmar su aceptación antes del viernes 6 de noviembre a las 18:00 (hora de
        Lima). Quedo atenta a cualquier consulta.

        Cordialmente,
        Lucía Paredes
        Atracción de Talento – Minera Huaylas S.A.A.
    """)
    hs = head(addr("Lucía Paredes", "lparedes@huaylas.com.pe"), "Carta oferta – Analista Senior de Operaciones Mina",
              "2026-10-30 11:22:40", LIM, "<SN6PR11MB2941C3E8F0A1B7D25E4C9A6F1B2D3@SN6PR11MB2941.namprd11.prod.outlook.com>",
              rcv="from NAM11-SN6-obe.outbound.protection.outlook.com (mail-sn6nam11on2120.outbound.protection.outlook.com [40.107.223.120])",
              ident="4Qm3Tj8wPbz0")
    return message(hs, mixed(text(body), pdf("Carta_Oferta_VRojas.pdf", "Carta oferta Minera Huaylas")))


@mail(N(26), family="application_ack", lang="en", interview=False, company="Copperline Logistics",
      note="Workday application-received auto-ack; 'a recruiter will reach out to schedule an interview' "
           "is hypothetical.")
def m26() -> bytes:
    page = t("""
        <html><body><div style="font-family:Arial,sans-serif;font-size:13px">
        <p>Dear Valentina,</p>
        <p>Thank you for applying for the <b>Operations Data Analyst – Mine-to-Port (JR-10942)</b> position at Copperline Logistics.</p>
        <p>We have received your application and our team is reviewing it. If your qualifications match the requirements of the role,
        a recruiter will reach out to schedule an interview. Due to the volume of applications, we may not be able to respond to every applicant individually.</p>
        <p>You can check the status of your application at any time in our <a href="https://copperline.wd1.myworkdayjobs.com/en-US/Careers/userHome">Candidate Home</a>.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Copperline Logistics</p>
        <p style="font-size:11px;color:#888">This is an automated message. Please do not reply.</p>
        </div></body></html>
    """)
    hs = head(addr("Copperline Logistics", "copperline@myworkday.com"),
              "Thank you for applying – Operations Data Analyst (JR-10942)", "2026-09-10 09:48:12", "America/Denver",
              "<2011937781.61029.1789055292341@wd1-prod-ps-cluster>",
              rcv="from wd1-smtp-out.myworkday.com (wd1-smtp-out.myworkday.com [198.22.40.18])", ident="4Qc9Rm6tLpz2")
    return message(hs, html(page))


@mail(N(27), family="job_alert", lang="es", interview=False, company=None,
      note="Job-board digest; the badge 'Entrevista inmediata' and 'Entrevistas esta semana' are ad copy, "
           "not a confirmation.")
def m27() -> bytes:
    body = t("""
        Hola Valentina, estas son las ofertas nuevas para "analista operaciones minería":

        Analista de Operaciones Mina - Entrevista inmediata
        Compañía Minera del Salado · Copiapó · Jornada completa
        Publicado hace 2 días - https://www.empleosmineros.cl/oferta/884213

        Ingeniero(a) de Control de Gestión Operacional
        Servicios Integrales Norte SpA · Antofagasta · Turno 7x7
        Entrevistas esta semana · https://www.empleosmineros.cl/oferta/884390

        Analista de Datos de Flota (remoto)
        DataRoca · Santiago · Híbrido
        Nuevo · https://www.empleosmineros.cl/oferta/884455

        Ver todas las ofertas: https://www.empleosmineros.cl/alertas/ver?id=55812

        Recibes este correo porque creaste una alerta en EmpleosMineros.cl.
        Para dejar de recibirla: https://www.empleosmineros.cl/alertas/baja?id=55812
    """)
    hs = head(addr("EmpleosMineros.cl", "alertas@empleosmineros.cl"),
              "3 nuevas ofertas para \"analista operaciones minería\"", "2026-10-19 07:00:04", SCL,
              "<alerta.55812.20261019100004@empleosmineros.cl>",
              rcv="from mta2.empleosmineros.cl (mta2.empleosmineros.cl [200.73.112.48])", ident="4Ql7Nd0aZvz4",
              extra=(("List-Unsubscribe", "<https://www.empleosmineros.cl/alertas/baja?id=55812>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(N(28), family="newsletter_blog", lang="es", interview=False, company=None,
      days=(("Thu", "2026-09-24"),),
      note="Career newsletter: blog post on interview questions for mine-operations roles plus a free "
           "webinar 'jueves 24 de septiembre a las 19:00 hrs'; nothing is the reader's job interview.")
def m28() -> bytes:
    page = t("""
        <html><body style="background:#f2f2f2"><table width="600" align="center" style="background:#fff;font-family:Georgia,serif">
        <tr><td style="padding:24px">
        <h1 style="font-size:22px">7 preguntas que te harán en una entrevista para Operaciones Mina</h1>
        <p>¿Te citaron a una entrevista y no sabes por dónde empezar? Reunimos las preguntas que más se
        repiten en los procesos de las grandes mineras: disponibilidad de equipos, gestión de turnos,
        KPIs de chancado, seguridad... y cómo responderlas con el método STAR.</p>
        <p><a href="https://carreraminera.cl/blog/7-preguntas-entrevista-operaciones">Leer el artículo completo &rarr;</a></p>
        <h2 style="font-size:18px">Webinar gratuito: "Cómo preparar tu entrevista por competencias"</h2>
        <p>Jueves 24 de septiembre a las 19:00 hrs (hora de Chile), por Zoom. Cupos limitados.</p>
        <p><a href="https://carreraminera.cl/webinar/inscripcion">Inscríbete aquí</a></p>
        <hr><p style="font-size:11px;color:#777">Recibes este boletín porque te suscribiste en carreraminera.cl.
        <a href="https://carreraminera.cl/baja?u=vr8812">Darse de baja</a></p>
        </td></tr></table></body></html>
    """)
    hs = head(addr("Carrera Minera", "boletin@carreraminera.cl"),
              "7 preguntas que te harán en tu próxima entrevista (+ webinar gratis)", "2026-09-17 08:30:00", SCL,
              "<20260917113000.9f1e2d3c@mail.carreraminera.cl>",
              rcv="from mail180-12.suw61.mandrillapp.com (mail180-12.suw61.mandrillapp.com [198.2.180.12])",
              ident="4Qd8Hk2rBnz7",
              extra=(("List-Unsubscribe", "<https://carreraminera.cl/baja?u=vr8812>, <mailto:baja@carreraminera.cl>"),
                     ("Precedence", "bulk"), ("X-Mailer", "Mailchimp Mailer - **CID8812ab**")))
    return message(hs, html(page, cte="base64"))


@mail(N(29), family="scheduling_link", lang="en", interview=False, company="Northgate Resources",
      note="GoodTime self-scheduling request: the candidate is asked to pick a slot; no time is fixed yet.")
def m29() -> bytes:
    body = t("""
        Hi Valentina,

        Congratulations on moving forward in the process for Senior Analyst, Mine Planning & Operations
        at Northgate Resources!

        Please use the link below to choose a time for your 60-minute panel interview. The available
        times are shown in your time zone (America/Santiago) and are held for 48 hours.

        Select a time: https://schedule.goodtime.io/s/northgate/8kPq2ZrT

        If none of the times work, reply to this email and Kayla will find alternatives.

        Thanks,
        Kayla Brennan
        Recruiting Coordinator, Northgate Resources
    """)
    hs = head(addr("Northgate Resources", "no-reply@goodtime.io"),
              "Action required: choose your interview time - Northgate Resources", "2026-11-02 12:05:33", NYC,
              "<goodtime.selfsched.8kPq2ZrT.20261102170533@goodtime.io>",
              rcv="from o2.mail.goodtime.io (o2.mail.goodtime.io [167.89.74.218])", ident="4Qn7Pv4hXsz3",
              extra=(("Reply-To", addr("Kayla Brennan", "kbrennan@northgateresources.com")),))
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(N(30), family="recruiter_outreach", lang="es", interview=False, company="Talento Minero Consultores",
      note="Recruiter outreach: 'dime qué horario te acomoda' — a generic let's-find-a-time note, nothing "
           "fixed.")
def m30() -> bytes:
    body = t("""
        Hola Valentina, ¿cómo estás?

        Vi tu perfil y tu experiencia en control de gestión de flota en la gran minería. Estoy apoyando
        a un cliente (compañía mediana del Norte Grande) que busca un/a Analista Senior de Operaciones
        con base en Antofagasta y sistema 4x3.

        ¿Tendrías 20 minutos esta semana o la próxima para conversar? Dime qué horario te acomoda y te
        llamo, o si prefieres agenda directamente en mi calendario.

        Saludos,
        Javiera Soto
        Consultora Senior | Talento Minero Consultores
        +56 9 7712 0394
    """)
    hs = head(addr("Javiera Soto", "jsoto@talentominero.cl"), "Oportunidad Analista Senior de Operaciones – Antofagasta",
              "2026-09-21 09:12:18", SCL, "<CAPx7hT2m9Vd+Lq4sE0kRz8yN1bW3cF6jUo@mail.gmail.com>",
              rcv="from mail-pj1-f52.google.com (mail-pj1-f52.google.com [209.85.216.52])", ident="4Qf1Ds7yMwz9")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(31), family="proposed_not_confirmed", lang="es", interview=False, company="Litio Puna S.A.",
      days=(("Wed", "2026-11-04"),),
      note="Hiring manager proposes 'el miércoles 4 de noviembre a las 11' ('¿te queda bien?'), asks her to "
           "confirm; the formal confirmation comes later in its own mail. Not yet confirmed.")
def m31() -> bytes:
    body = t("""
        Hola Valentina, ¿qué tal?

        Gracias por mandarme el CV tan rápido. Me gustaría que charlemos con más detalle sobre el puesto
        y sobre tu experiencia en Escondida.

        ¿Te queda bien el miércoles 4 de noviembre a las 11 (hora argentina)? Si no, decime y buscamos
        otro horario. Cuando me confirmes le pido a la gente de Talento que te mande la invitación
        formal.

        Saludos,
        Martín

        Martín Sosa
        Jefe de Planeamiento – Litio Puna S.A.
        Av. Leandro N. Alem 855, CABA
    """)
    hs = head(addr("Martín Sosa", "martin.sosa@litiopuna.com.ar"), "Charla – Analista de Operaciones",
              "2026-10-26 12:44:02", BUE, "<CAM9sQ2+pT7vR4xZ1aW8dK3nF6hJ0cL5yEb@mail.gmail.com>",
              rcv="from mail-ua1-f44.google.com (mail-ua1-f44.google.com [209.85.222.44])", ident="4Qm0Bn6sHrz1")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(N(32), family="occupational_health", lang="es", interview=False, company=None,
      days=(("Mon", "2026-12-14"),),
      note="Occupational-health clinic confirms the pre-employment medical exam ('examen preocupacional', "
           "lunes 14 de diciembre, 08:00 hrs) requested by a future employer: a fixed time, part of hiring, "
           "but not an interview. Sender is the clinic -> company null.")
def m32() -> bytes:
    body = t("""
        Estimada VALENTINA ROJAS:

        Su hora para EXAMEN PREOCUPACIONAL (batería gran altura geográfica) quedó confirmada:

        Fecha: lunes 14 de diciembre de 2026
        Hora: 08:00 hrs
        Lugar: Centro Médico Mutual Andina – Av. Grecia 1420, Antofagasta
        Solicitado por: Sulfuros del Loa S.A.

        Indicaciones:
        - Presentarse con 8 horas de ayuno y cédula de identidad.
        - Traer lentes ópticos si los usa.
        - El examen dura aproximadamente 3 horas.

        Para anular o cambiar su hora llame al 600 360 8800.

        Mutual Andina de Seguridad
        Este correo es generado automáticamente, no responder.
    """)
    hs = head(addr("Mutual Andina – Agenda", "agenda@mutualandina.cl"),
              "Confirmación de hora – Examen preocupacional", "2026-12-07 15:20:44", SCL,
              "<agenda.2026120718204.664712@mutualandina.cl>",
              rcv="from smtp1.mutualandina.cl (smtp1.mutualandina.cl [200.14.66.31])", ident="4Qs5Jh9cVtz8")
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@mail(N(33), family="flat_viewing", lang="es", interview=False, company=None,
      days=(("Sat", "2026-10-10"),),
      note="Real-estate agent confirms an apartment viewing in Valparaíso ('sábado 10 de octubre a las "
           "11:00'): fixed time, not an interview.")
def m33() -> bytes:
    body = t("""
        Hola Valentina:

        Te confirmo la visita al departamento de Cerro Alegre (calle Templeman 412, depto 3B) para el
        sábado 10 de octubre a las 11:00. Nos juntamos en la puerta; yo llevo las llaves.

        El arriendo es de $590.000 más gastos comunes de $48.000 aprox. Si te gusta, necesitaríamos
        tus tres últimas liquidaciones y un aval.

        Saludos,
        Daniela Reyes
        Corredora – Propiedades Puerto
        +56 9 6120 7745
    """)
    hs = head(addr("Daniela Reyes", "dreyes@propiedadespuerto.cl"), "Visita depto Cerro Alegre – sábado",
              "2026-10-07 18:22:05", SCL, "<CAHt5Rk0w8Pz+vN3qL2mY7bE1dS9fX4aGj@mail.gmail.com>",
              rcv="from mail-oi1-f176.google.com (mail-oi1-f176.google.com [209.85.167.176])", ident="4Ql4Gc1mTwz6")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(34), family="car_service", lang="es", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="Car dealership confirms a 30,000 km service appointment ('martes 6 de octubre, 08:30 hrs'): "
           "fixed time, not an interview.")
def m34() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <h2 style="color:#c00000">Confirmación de cita de servicio</h2>
        <p>Estimada Valentina Rojas:</p>
        <p>Su cita ha sido agendada con los siguientes datos:</p>
        <table border="1" cellpadding="6" style="border-collapse:collapse">
        <tr><td>Servicio</td><td>Mantención 30.000 km</td></tr>
        <tr><td>Vehículo</td><td>Suzuki Vitara 2022 – patente RKTZ-41</td></tr>
        <tr><td>Fecha</td><td>martes 6 de octubre de 2026</td></tr>
        <tr><td>Hora de recepción</td><td>08:30 hrs</td></tr>
        <tr><td>Sucursal</td><td>Automotriz Los Dominicos – Av. Padre Hurtado Sur 1250, Las Condes</td></tr>
        <tr><td>Asesor</td><td>Cristián Olave</td></tr>
        </table>
        <p>Le recordamos llegar 10 minutos antes. El tiempo estimado de trabajo es de 4 horas.</p>
        <p>Automotriz Los Dominicos<br>Servicio Técnico</p>
        </body></html>
    """)
    hs = head(addr("Automotriz Los Dominicos", "citas@automotrizlosdominicos.cl"),
              "Confirmación de cita de servicio – RKTZ-41", "2026-10-01 10:03:27", SCL,
              "<20261001130327.1188@citas.automotrizlosdominicos.cl>",
              rcv="from smtp.automotrizlosdominicos.cl (smtp.automotrizlosdominicos.cl [186.10.24.77])",
              ident="4Qk6Fm3bRqz0")
    return message(hs, html(page, charset="windows-1252"))


@mail(N(35), family="parent_teacher", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="School summons a parent to an 'entrevista de apoderado' with the class teacher ('jueves 22 de "
           "octubre a las 17:15 hrs'): called an 'entrevista', fixed time, but not a job interview.")
def m35() -> bytes:
    body = t("""
        Estimada apoderada Sra. Valentina Rojas:

        Junto con saludar, la cito a entrevista de apoderado para conversar sobre el avance de Tomás en
        el segundo semestre:

        Día: jueves 22 de octubre
        Hora: 17:15 hrs
        Lugar: Sala de entrevistas, primer piso (entrada por calle Los Militares)
        Duración: 20 minutos

        Si no puede asistir, le agradecería avisarme con anticipación para reagendar.

        Atentamente,
        Marcela Núñez Araya
        Profesora Jefe 4° Básico B
        Colegio San Esteban de Las Condes
    """)
    hs = head(addr("Marcela Núñez Araya", "mnunez@colegiosanesteban.cl"),
              "Citación a entrevista de apoderado – 4° Básico B", "2026-10-15 13:48:51", SCL,
              "<f0d4c2b8-7e16-4a93-b5c1-8d2e9f3a6b70@colegiosanesteban.cl>",
              rcv="from mail-yw1-f170.google.com (mail-yw1-f170.google.com [209.85.128.170])", ident="4Qn2Lx8dKvz5")
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(N(36), family="team_event", lang="es", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Google Calendar invitation from a colleague at her current employer to the team's year-end "
           "lunch ('vie 11 dic 2026 13:00 – 16:00'); ICS with a fixed time, not an interview.")
def m36() -> bytes:
    body = t("""
        Ignacia Pérez te invitó a un evento.

        Cierre de año – equipo Planificación Mina
        Cuándo
        viernes, 11 de diciembre de 2026 13:00 – 16:00
        Hora de Chile - Santiago
        Dónde
        Restaurant El Parrón del Cerro, Av. Vitacura 7321

        Invitados
        Ignacia Pérez - organizador
        valentina.rojas@example.org
        + 11 invitados más

        Cada uno paga lo suyo; la empresa pone el postre. ¡Confirmen porfa!

        ¿Asistirás? Sí - Quizás - No

        Invitación de Google Calendar
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_SCL}
BEGIN:VEVENT
DTSTART;TZID=America/Santiago:20261211T130000
DTEND;TZID=America/Santiago:20261211T160000
DTSTAMP:20261201143355Z
ORGANIZER;CN=Ignacia Pérez:mailto:ignacia.perez@mineramaipo.cl
UID:2k9d8f7g6h5j4k3l2m1n0p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valentina.rojas@example.org:mailto:valentina.rojas@example.org
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Cierre de año – equipo Planificación Mina
LOCATION:Restaurant El Parrón del Cerro\\, Av. Vitacura 7321
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = ("Invitación: Cierre de año – equipo Planificación Mina @ vie 11 dic 2026 13:00 - 16:00 (GMT-3) "
               "(valentina.rojas@example.org)")
    hs = head(addr("Ignacia Pérez", "ignacia.perez@mineramaipo.cl"), subject, "2026-12-01 11:33:55", SCL,
              "<calendar-b4e1f2a3-9c8d-4e7f-a6b5-c4d3e2f1a0b9@google.com>",
              rcv="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", ident="4Qs1Tb5nWfz2",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), calendar(ics, cte="8bit")),
                             calendar(ics, method=None, ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(37), family="marketing_webinar", lang="en", interview=False, company=None,
      days=(("Wed", "2026-10-07"),),
      note="Webinar registration confirmation 'Interview Masterclass for Mining Professionals' "
           "(Wednesday, October 7, 12:00 PM EDT) with an ICS: a confirmed time, but a webinar.")
def m37() -> bytes:
    body = t("""
        Hi Valentina,

        You're registered! Here are the details:

        Interview Masterclass for Mining Professionals
        Wednesday, October 7, 2026 | 12:00 PM - 1:00 PM EDT (1:00 PM - 2:00 PM Santiago)
        Hosted by MineCareers Global

        Learn how hiring managers at tier-one miners run behavioural interviews, and practise your
        answers live with our panel of recruiters.

        Join link (unique to you): https://event.on24.com/wcc/r/4481927/A1B2C3D4E5

        Add to calendar: the attached .ics file

        See you there,
        The MineCareers Global Team

        Unsubscribe: https://minecareers.global/unsubscribe?e=vr
    """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ON24//Webcast//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:on24-4481927-vrojas@on24.com
DTSTAMP:20260928150000Z
DTSTART:20261007T160000Z
DTEND:20261007T170000Z
SUMMARY:Interview Masterclass for Mining Professionals (webinar)
LOCATION:https://event.on24.com/wcc/r/4481927/A1B2C3D4E5
ORGANIZER;CN=MineCareers Global:mailto:events@minecareers.global
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("MineCareers Global Events", "events@minecareers.global"),
              "Registration confirmed: Interview Masterclass for Mining Professionals", "2026-09-28 11:00:00", NYC,
              "<on24.reg.4481927.vr@mail.minecareers.global>",
              rcv="from mail.on24.com (mail.on24.com [64.74.189.20])", ident="4Qk4Wv2jYhz3",
              extra=(("List-Unsubscribe", "<https://minecareers.global/unsubscribe?e=vr>"),))
    return message(hs, mixed(text(body, cte="7bit"),
                             calendar(ics, method="PUBLISH", filename="webinar.ics", disposition="attachment")))


@mail(N(38), family="mock_interview", lang="es", interview=False, company=None,
      days=(("Mon", "2026-11-02"),),
      note="Career coach in Buenos Aires ('vos') confirms a mock interview ('simulación de entrevista') "
           "for 'el lunes 2/11 a las 18 hs': a fixed time, but practice, not a job interview.")
def m38() -> bytes:
    body = t("""
        Hola Vale!

        Confirmado: hacemos la simulación de entrevista el lunes 2/11 a las 18 hs (hora argentina, o sea
        las 18 también para vos en Santiago), por Zoom con el link de siempre.

        Traé la descripción del puesto de Litio Puna y pensá dos ejemplos STAR de gestión de turnos.
        Vamos a grabar la sesión para que después la veas con calma.

        Te recuerdo que la sesión entra en el paquete de 4 que abonaste.

        Beso,
        Lucila

        Lucila Bertone · Coach de carrera
        www.lucilabertone.com.ar
    """)
    hs = head(addr("Lucila Bertone", "lucila@lucilabertone.com.ar"), "Simulación lunes 2/11 ✔",
              "2026-10-29 20:14:37", BUE, "<0d8b1f3e-4a27-46c9-9e1b-5f7a2c3d8e60@lucilabertone.com.ar>",
              rcv="from smtp.zoho.com (sender4-of-o55.zoho.com [136.143.188.55])", ident="4Qm1Zj4pCvz8")
    return message(hs, text(body, cte="8bit"))


@mail(N(39), family="interviewer_assignment", lang="es", interview=False, company=None,
      days=(("Tue", "2026-09-29"),),
      note="Greenhouse notice at her current employer assigning HER as an interviewer for an intern "
           "candidate (martes 29 de septiembre, 10:00 – 10:45) with an ICS: a confirmed interview, but she "
           "is the interviewer, not the candidate.")
def m39() -> bytes:
    body = t("""
        Hola Valentina:

        Fuiste asignada como entrevistadora en el siguiente proceso:

        Candidato: Matías Herrera Sanhueza
        Cargo: Práctica Profesional – Operaciones Mina
        Etapa: Entrevista técnica
        Cuándo: martes 29 de septiembre de 2026, 10:00 – 10:45 (hora de Chile)
        Dónde: Sala Aconcagua, piso 8 / Teams

        Tu kit de entrevista y la pauta de evaluación están aquí:
        https://app.greenhouse.io/interview_kits/55120934

        Recuerda enviar tu scorecard dentro de las 24 horas siguientes.

        Gracias,
        Equipo de Personas – Compañía Minera Maipo
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{VTZ_SCL}
BEGIN:VEVENT
UID:gh-interviewer-55120934-maipo@greenhouse.io
DTSTAMP:20260924141502Z
DTSTART;TZID=America/Santiago:20260929T100000
DTEND;TZID=America/Santiago:20260929T104500
SUMMARY:Entrevista técnica: Matías Herrera Sanhueza (Práctica Operaciones Mina)
LOCATION:Sala Aconcagua\\, piso 8 / Teams
ORGANIZER;CN=Bárbara Leiva:mailto:barbara.leiva@mineramaipo.cl
ATTENDEE;CN=Valentina Rojas;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:valentina.rojas@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Compañía Minera Maipo", "no-reply@us.greenhouse-mail.io"),
              "Fuiste asignada como entrevistadora: Matías Herrera Sanhueza", "2026-09-24 11:15:02", SCL,
              "<20260924141502.55120934.aQ7x1@geopod-ismtpd-4.greenhouse-mail.io>",
              rcv="from o1.ptr3318.us.greenhouse-mail.io (o1.ptr3318.us.greenhouse-mail.io [149.72.166.20])",
              ident="4Qj8Rx0fNbz4",
              extra=(("Reply-To", addr("Bárbara Leiva", "barbara.leiva@mineramaipo.cl")),))
    return message(hs, mixed(text(body), calendar(ics, cte="8bit", filename="invite.ics", disposition="attachment")))


@mail(N(40), family="auto_reply", lang="es", interview=False, company="Puerto Angosto Terminales",
      days=(("Mon", "2026-11-30"),),
      note="Out-of-office reply (Auto-Submitted: auto-replied) from the Puerto Angosto recruiter to the "
           "candidate's thank-you note; a return date, nothing scheduled.")
def m40() -> bytes:
    body = t("""
        Gracias por tu mensaje. Estaré fuera de la oficina hasta el lunes 30 de noviembre, con acceso
        limitado al correo.

        Para temas urgentes de selección, escribe a seleccion@puertoangosto.cl.

        Paula Herrera
        Puerto Angosto Terminales
    """)
    hs = head(addr("Paula Herrera", "paula.herrera@puertoangosto.cl"),
              "Respuesta automática: Gracias por la entrevista", "2026-11-18 09:41:10", SCL,
              "<SCXP152MB0418AA1B2C3D4E5F60718293A4B5C@SCXP152MB0418.LAMP152.PROD.OUTLOOK.COM>",
              rcv="from LAMP152.outbound.protection.outlook.com (mail-sc1lam01on2077.outbound.protection.outlook.com [40.107.92.77])",
              ident="4Qq2Hb6vMsz7",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<7a1c3e5f-2b4d-4f6a-8c0e-1d3f5a7b9c2e@example.org>")))
    return message(hs, text(body))


@mail(N(41), family="bounce", lang="en", interview=False, company=None,
      note="Delivery-status notification: the candidate's application to a mistyped address bounced; the "
           "returned headers mention 'entrevista' only in her own subject line.")
def m41() -> bytes:
    human = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <seleccion@minerasaldo.cl>: Host or domain name not found. Name service error
            for name=minerasaldo.cl type=A: Host not found
    """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Qd2Kc7hVnz1
        X-Postfix-Sender: rfc822; valentina.rojas@example.org
        Arrival-Date: Mon, 14 Sep 2026 19:02:11 -0300 (-03)

        Final-Recipient: rfc822; seleccion@minerasaldo.cl
        Original-Recipient: rfc822;seleccion@minerasaldo.cl
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=minerasaldo.cl type=A: Host not found
    """)
    orig = t("""
        From: Valentina Rojas <valentina.rojas@example.org>
        To: seleccion@minerasaldo.cl
        Subject: =?utf-8?q?Postulaci=C3=B3n_Analista_de_Operaciones_Mina_=E2=80=93_disponibi?=
         =?utf-8?q?lidad_para_entrevista?=
        Date: Mon, 14 Sep 2026 19:02:08 -0300
        Message-ID: <b5d7f9a1-3c2e-4d6b-8f0a-9e1c3b5d7f92@example.org>
    """)
    report = Part([("Content-Type", 'multipart/report; report-type=delivery-status; boundary="4Qd2Kc7hVnz1.1789425733/mx1.example.org"')],
                  ("This is a MIME-encapsulated message.\r\n\r\n"
                   "--4Qd2Kc7hVnz1.1789425733/mx1.example.org\r\n"
                   "Content-Description: Notification\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
                   + human.replace("\n", "\r\n") + "\r\n"
                   "--4Qd2Kc7hVnz1.1789425733/mx1.example.org\r\n"
                   "Content-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
                   + status.replace("\n", "\r\n") + "\r\n"
                   "--4Qd2Kc7hVnz1.1789425733/mx1.example.org\r\n"
                   "Content-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n"
                   + orig.replace("\n", "\r\n") + "\r\n"
                   "--4Qd2Kc7hVnz1.1789425733/mx1.example.org--\r\n").encode("ascii"))
    hs = [("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
          ("To", ME),
          ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", date("2026-09-14 19:02:13", SCL)),
          ("Message-ID", "<20260914220213.9A1B2C3D4E@mx1.example.org>"),
          ("Auto-Submitted", "auto-replied")]
    return message(hs, report)


@mail(N(42), family="mailing_list", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="Google Groups mailing-list post announcing a community meetup (jueves 8 de octubre, 18:30 hrs); "
           "list headers, not an interview.")
def m42() -> bytes:
    body = t("""
        Hola a todos:

        Les dejo la invitación al Meetup #31 de Data & Minería Chile:

        "Gemelos digitales en chancado: lo que funcionó y lo que no"
        Jueves 8 de octubre, 18:30 hrs – Impact Hub Santiago (Av. Italia 850) y streaming.
        Expone: Rocío Sandoval (Superintendencia de Procesos).

        Después hay cerveza y networking; varias empresas van a estar reclutando, así que lleven CV.
        Inscripción: https://www.meetup.com/datamineria-cl/events/303188214/

        Saludos,
        Tomás

        --\x20
        Recibiste este mensaje porque estás suscrito al grupo "Data & Minería Chile" de Grupos de Google.
        Para anular la suscripción a este grupo y dejar de recibir sus correos electrónicos, envía un correo electrónico a datamineria-cl+unsubscribe@googlegroups.com.
        Para ver esta conversación en la Web, visita https://groups.google.com/d/msgid/datamineria-cl/CAB3x9.
    """)
    hs = head(addr("'Tomás Urrutia' via Data & Minería Chile", "datamineria-cl@googlegroups.com"),
              "[datamineria-cl] Meetup #31: gemelos digitales en chancado (jue 8/10)", "2026-09-30 21:05:40", SCL,
              "<CAB3x9Lq0Tz+Wm5nP2rV8yS1dK4fH7cJ6eA@mail.gmail.com>",
              rcv="from mail-qt1-f190.google.com (mail-qt1-f190.google.com [209.85.160.190])", ident="4Qj9Mp2sDcz5",
              extra=(("Reply-To", "datamineria-cl@googlegroups.com"),
                     ("X-Original-Sender", "turrutia@example.com"),
                     ("Precedence", "list"),
                     ("Mailing-list", "list datamineria-cl@googlegroups.com; contact datamineria-cl+owners@googlegroups.com"),
                     ("List-ID", "<datamineria-cl.googlegroups.com>"),
                     ("List-Post", "<https://groups.google.com/group/datamineria-cl/post>, <mailto:datamineria-cl@googlegroups.com>"),
                     ("List-Unsubscribe", "<mailto:googlegroups-manage+412288731055+unsubscribe@googlegroups.com>, <https://groups.google.com/group/datamineria-cl/subscribe>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(43), family="job_centre", lang="es", interview=False, company=None,
      days=(("Wed", "2026-09-09"),),
      note="Municipal job centre (OMIL) summons her to an 'entrevista de orientación laboral' (miércoles 9 "
           "de septiembre, 09:30 hrs) linked to her unemployment-insurance claim: called an interview, "
           "fixed time, but no employer and no job interview.")
def m43() -> bytes:
    body = t("""
        Estimada Sra. VALENTINA ROJAS:

        De acuerdo con su solicitud de Seguro de Cesantía con cargo al Fondo de Cesantía Solidario, le
        informamos que ha sido citada a una ENTREVISTA DE ORIENTACIÓN LABORAL:

        Fecha: miércoles 9 de septiembre de 2026
        Hora: 09:30 hrs
        Lugar: Oficina Municipal de Intermediación Laboral (OMIL) de Providencia
               Av. Providencia 1610, piso 2, módulo 4

        Debe presentar su cédula de identidad y su currículum actualizado. Su inscripción en la Bolsa
        Nacional de Empleo es requisito para mantener el beneficio.

        La inasistencia sin justificación podrá afectar el pago de su beneficio.

        OMIL Providencia
        Municipalidad de Providencia
    """)
    hs = head(addr("OMIL Providencia", "omil@providencia.example.cl"),
              "Citación: entrevista de orientación laboral - OMIL Providencia", "2026-09-02 10:14:06", SCL,
              "<citacion.2026-0911.4471@providencia.example.cl>",
              rcv="from correo.providencia.example.cl (correo.providencia.example.cl [200.6.80.14])",
              ident="4Qb6Gd8kTqz0", charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1"))


@mail(N(44), family="admission_interview", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Business-school admissions interview for an Executive MBA (Thursday, November 26, 15:00 CET = "
           "11:00 Santiago): a confirmed interview, but an admission interview, not a job interview.")
def m44() -> bytes:
    body = t("""
        Dear Valentina,

        Thank you for your application to the Global Executive MBA (September 2027 intake).

        We are pleased to confirm your admissions interview:

        Date: Thursday, November 26, 2026
        Time: 15:00 CET (Madrid) - 11:00 in Santiago
        Format: Zoom, 40 minutes
        Interviewer: Prof. Helena Marsh, Admissions Committee

        Please have your passport at hand for identity verification and be ready to discuss your
        professional goals and your company sponsorship plans.

        Kind regards,
        MBA Admissions Office
        Escuela Europea de Negocios de Madrid
        admissions@eenm.example.es
    """)
    hs = head(addr("EENM Admissions", "admissions@eenm.example.es"),
              "Global Executive MBA - your admissions interview", "2026-11-17 16:40:12", MAD,
              "<a1c7e9b3-5d2f-4f81-9b6a-3e0c8d1f7a42@eenm.example.es>",
              rcv="from mail.eenm.example.es (mail.eenm.example.es [193.146.12.40])", ident="4Qq4Rw9bJmz6")
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body), cte="7bit")))


@mail(N(45), family="sports_tryout", lang="es", interview=False, company=None,
      days=(("Sat", "2026-09-12"),),
      note="Sports club confirms her place at the women's field-hockey try-out ('selectivo', sábado 12 de "
           "septiembre, 10:00 hrs): fixed time, not an interview.")
def m45() -> bytes:
    body = t("""
        ¡Hola Valentina!

        Quedaste inscrita en el selectivo de Hockey Césped Damas Adultas para la temporada 2027.

        Sábado 12 de septiembre, 10:00 hrs, cancha 2 (sintética).
        Llega 20 min antes para el calentamiento. Trae canilleras, protector bucal y bastón; si no tienes
        bastón te prestamos uno.

        La prueba dura unas dos horas y al final conversamos un rato con cada jugadora.

        ¡Nos vemos!
        Fernanda Ibáñez
        Coordinadora Hockey Damas – Club Deportivo Manquehue
    """)
    hs = head(addr("Hockey Damas Manquehue", "hockeydamas@clubmanquehue.example.cl"),
              "Selectivo Hockey Damas – sábado 12/9", "2026-09-07 20:31:45", SCL,
              "<6c2e8a41-7f3b-4d95-a0c6-1b9e5d7f3a28@clubmanquehue.example.cl>",
              rcv="from mail.clubmanquehue.example.cl (mail.clubmanquehue.example.cl [190.98.201.33])",
              ident="4Qc1Nv5xHkz9")
    return message(hs, text(body, cte="base64"))


@mail(N(46), family="bank_advisor", lang="es", interview=False, company=None,
      days=(("Tue", "2026-11-24"),),
      note="Bank confirms a meeting with her mortgage advisor (martes 24 de noviembre, 12:30 hrs): fixed "
           "time, not an interview.")
def m46() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p><img src="https://www.bancoaustral.example.cl/img/logo-mail.png" alt="Banco Austral" height="36"></p>
        <p>Estimada Valentina:</p>
        <p>Confirmamos su reunión con su ejecutiva de Crédito Hipotecario:</p>
        <p><b>Ejecutiva:</b> Carolina Vidal Peña<br>
        <b>Fecha:</b> martes 24 de noviembre de 2026<br>
        <b>Hora:</b> 12:30 hrs<br>
        <b>Lugar:</b> Sucursal El Golf, Av. Apoquindo 3200, Las Condes</p>
        <p>Para la evaluación de su crédito, traiga sus últimas 6 liquidaciones de sueldo (o certificado de
        término de contrato y finiquito), su certificado de cotizaciones AFP y la promesa de compraventa.</p>
        <p>Saludos cordiales,<br>Banco Austral</p>
        <p style="font-size:11px;color:#777">Banco Austral nunca le solicitará claves por correo electrónico.</p>
        </body></html>
    """)
    hs = head(addr("Banco Austral", "notificaciones@bancoaustral.example.cl"),
              "Confirmación de reunión con su ejecutiva hipotecaria", "2026-11-19 17:02:31", SCL,
              "<20261119200231.CRM.771204@bancoaustral.example.cl>",
              rcv="from mta1.bancoaustral.example.cl (mta1.bancoaustral.example.cl [200.10.12.71])", ident="4Qq6Zc3fBnz1")
    return message(hs, html(page))


@mail(N(47), family="press_interview", lang="es", interview=False, company=None,
      days=(("Fri", "2026-10-16"),),
      note="A journalist confirms an interview WITH her for a feature on women in mine operations "
           "(viernes 16 de octubre a las 12:30): she is the interviewee for the press, not a job candidate.")
def m47() -> bytes:
    body = t("""
        Hola Valentina:

        ¡Mil gracias por aceptar! Te confirmo la entrevista para el reportaje sobre mujeres en
        operaciones mineras: viernes 16 de octubre a las 12:30, por Zoom (te mando el link el jueves).
        Serán unos 30 minutos. Si te parece, grabo el audio solo para transcribir.

        Las preguntas van más o menos por: cómo llegaste a la minería, cómo es trabajar por turnos y
        qué le dirías a las estudiantes de ingeniería.

        Un abrazo,
        Constanza Vera
        Periodista – Revista Minería Hoy
    """)
    hs = head(addr("Constanza Vera", "cvera@mineriahoy.example.cl"), "Entrevista reportaje Mujeres en Minería",
              "2026-10-09 12:20:18", SCL, "<CAKp2Zx8R1v+Mt6wQ3nB9sL0dF5hY7cE4jU@mail.gmail.com>",
              rcv="from mail-wm1-f47.google.com (mail-wm1-f47.google.com [209.85.128.47])", ident="4Ql3Kn7bXtz2")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(48), family="podcast_guest", lang="en", interview=False, company=None,
      days=(("Tue", "2026-09-29"),),
      note="Podcast host confirms her recording slot as a guest (Tuesday, September 29, 3:00 PM Santiago = "
           "7:00 PM London): a fixed time, but a podcast interview, not a job interview.")
def m48() -> bytes:
    body = t("""
        Hi Valentina,

        Brilliant - you're booked in as a guest on Pit to Port, the mining operations podcast!

        Recording: Tuesday, September 29, 2026
        Time: 3:00 PM Santiago / 7:00 PM London
        Studio: Riverside - https://riverside.fm/studio/pit-to-port?t=5f2a9c
        Length: about an hour; the edited episode is ~40 minutes.

        We'll chat about dispatch data, haul-truck availability and your move from the control room to
        analytics. Wired headphones please, and a quiet room.

        Cheers,
        Oliver Pennington
        Host, Pit to Port
    """)
    hs = head(addr("Oliver Pennington", "oliver@pittoport.example.co.uk"), "You're booked: Pit to Port recording",
              "2026-09-21 14:12:09", "Europe/London", "<20260921131209.4f7e.oliver@pittoport.example.co.uk>",
              rcv="from mail-ej1-f45.google.com (mail-ej1-f45.google.com [209.85.218.45])", ident="4Qf2Tq1vLzz7")
    return message(hs, text(body, cte="7bit"))


@mail(N(49), family="forwarded_other_person", lang="es", interview=False, company=None,
      days=(("Mon", "2026-12-07"),),
      note="Her brother forwards his OWN interview confirmation (Aguas del Maipo, lunes 7 de diciembre, "
           "9:00 hrs) to show her: a confirmed job interview, but not the inbox owner's.")
def m49() -> bytes:
    body = t("""
        Vale!! Mira, me llamaron de Aguas del Maipo, la pega de ingeniero de procesos que te conté 😅
        ¿Me ayudas a preparar la entrevista el fin de semana? Te invito un café.

        Seba

        ---------- Forwarded message ---------
        De: Selección Aguas del Maipo <seleccion@aguasdelmaipo.example.cl>
        Date: mié, 2 dic 2026 a las 16:10
        Subject: Citación a entrevista – Ingeniero de Procesos
        To: Sebastián Rojas <sebastian.rojas@example.com>

        Estimado Sebastián Rojas:

        Le confirmamos su entrevista para el cargo de Ingeniero de Procesos:

        Fecha: lunes 7 de diciembre de 2026
        Hora: 9:00 hrs
        Lugar: Av. Los Conquistadores 1730, piso 10, Providencia

        Atentamente,
        Departamento de Selección
        Aguas del Maipo S.A.
    """)
    hs = head(addr("Sebastián Rojas", "sebastian.rojas@example.com"),
              "Fwd: Citación a entrevista – Ingeniero de Procesos", "2026-12-02 19:47:22", SCL,
              "<CAD8vQz3Lp1+Rk7nW2mT5yX0bS9fH4cGjEo@mail.gmail.com>",
              rcv="from mail-ed1-f54.google.com (mail-ed1-f54.google.com [209.85.208.54])", ident="4Qs0Wf2cPhz3")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(50), family="background_check", lang="en", interview=False, company=None,
      days=(("Fri", "2026-10-30"),),
      note="Screening vendor books a pre-employment drug-screen collection for a US employer (Friday, "
           "October 30, 9:00 AM at a Santiago lab): part of hiring, fixed time, but no interview. Sender is "
           "the vendor -> company null.")
def m50() -> bytes:
    body = t("""
        Hello Valentina,

        Sonoran Copper Company has requested a pre-employment background screening for you. As part of
        this screening, a drug-test collection appointment has been scheduled:

          Appointment: Friday, October 30, 2026 at 9:00 AM (local time)
          Collection site: Laboratorio Clínico Bionet - Av. Providencia 2150, Santiago
          Order ID: CPS-7731-20458
          Bring: passport or national ID, and this Order ID

        Please also complete the online consent and employment/education verification forms within
        3 business days:
        https://candidate.clearpathscreening.example.com/o/CPS-7731-20458

        Questions? Reply to this message or call our candidate support line.

        Clearpath Screening - Candidate Support
        This message was sent on behalf of Sonoran Copper Company.
    """)
    hs = head(addr("Clearpath Screening", "support@clearpathscreening.example.com"),
              "Action needed: your pre-employment screening (Order CPS-7731-20458)", "2026-10-26 13:30:45", PHX,
              "<cps.7731.20458.notify@clearpathscreening.example.com>",
              rcv="from smtp.clearpathscreening.example.com (smtp.clearpathscreening.example.com [198.51.100.44])",
              ident="4Qm0Xb8tFsz4")
    return message(hs, alt(text(body), html(gmail_html(body))))
