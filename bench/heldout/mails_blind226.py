"""blind226: a blind 50-mail set, the inbox of Daniela Zelaya, a microfinance data engineer in
Tegucigalpa (America/Tegucigalpa, UTC-6 all year), September to mid-December 2026.

Every mail is written by hand below, one function per mail; ``make.py`` does the MIME plumbing
and the checks. Build and check with ``python3 bench/heldout/make_blind.py blind226``.
Written blind: without reading the detector, its tests, or any other held-out mails.
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
    raw_part,
    received,
    t,
    text,
)

ORDER = random.Random(2260226).sample(range(1, 51), 50)
ME = "daniela.zelaya@example.org"
ME_NAME = "Daniela Zelaya"
TGU = "America/Tegucigalpa"
MX = "mx1.example.org (Postfix) with ESMTPS id"


def n(key: int) -> str:
    """File name of the mail written key-th (1-23 positives, 24-50 negatives)."""
    return f"blind226_{ORDER[key - 1]:03d}"


def heads(frm: str, subject: str, when: str, zone: str, mid: str, *, via: str, ident: str,
          to: str | None = None, extra: tuple[tuple[str, str], ...] = (),
          charset: str = "utf-8") -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then extra headers."""
    return [
        ("Delivered-To", ME),
        ("Received", received(via, when, zone, f"{MX} {ident}", ME)),
        ("From", frm),
        ("To", to if to is not None else addr(ME_NAME, ME)),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


TZ_EXTRA = {
    "America/Tegucigalpa": """BEGIN:VTIMEZONE
TZID:America/Tegucigalpa
X-LIC-LOCATION:America/Tegucigalpa
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE""",
    "America/Mexico_City": """BEGIN:VTIMEZONE
TZID:America/Mexico_City
X-LIC-LOCATION:America/Mexico_City
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE""",
    "America/Guatemala": """BEGIN:VTIMEZONE
TZID:America/Guatemala
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE""",
    "America/Bogota": """BEGIN:VTIMEZONE
TZID:America/Bogota
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
TZNAME:-05
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE""",
    "Europe/Madrid": """BEGIN:VTIMEZONE
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
END:VTIMEZONE""",
    "Pacific Standard Time": """BEGIN:VTIMEZONE
TZID:Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE""",
    "Central Standard Time (Mexico)": """BEGIN:VTIMEZONE
TZID:Central Standard Time (Mexico)
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
END:STANDARD
END:VTIMEZONE""",
    "UTC": """BEGIN:VTIMEZONE
TZID:UTC
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0000
TZOFFSETTO:+0000
END:STANDARD
END:VTIMEZONE""",
}


# =========================================================================== positives: scheduled


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-11-03T16:00:00Z", end="2026-11-03T17:00:00Z", contact="morgan.pryce@larkspurlending.com",
      company="Larkspur Lending", local="Tue 2026-11-03 11:00", local_end="2026-11-03 12:00",
      zone="America/New_York",
      note="Greenhouse confirmation sent Thu 29 Oct in EDT for Tue 3 Nov 11:00-12:00 ET, which is EST "
           "after US DST ends on 1 Nov (UTC-5) -> 16:00Z; the body's 'your time' 10:00 CST "
           "(Tegucigalpa, UTC-6) and the ICS agree; contact = Reply-To recruiter")
def greenhouse_larkspur():
    plain = t("""
        Hi Daniela,

        Thanks for scheduling time with us! Your interview for Senior Data Engineer (Remote, LATAM)
        at Larkspur Lending is confirmed.

        Interview: Technical Interview - SQL & Data Modeling
        Date: Tuesday, November 3rd, 2026
        Time: 11:00 AM - 12:00 PM EST
              (10:00 AM - 11:00 AM CST, Tegucigalpa - your time zone)
        Location: Google Meet - https://meet.google.com/kzr-pqwe-tvn

        Interviewers:
          Sam Whitcomb - Staff Data Engineer
          Renata Obi - Analytics Lead

        If you need to reschedule, just reply to this email and I'll take care of it.

        Best,
        Morgan Pryce
        Technical Recruiter, Larkspur Lending

        Powered by Greenhouse
        """)
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Daniela,</p>
        <p>Thanks for scheduling time with us! Your interview for <b>Senior Data Engineer (Remote, LATAM)</b>
        at Larkspur Lending is confirmed.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview:</b></td><td>Technical Interview - SQL &amp; Data Modeling</td></tr>
        <tr><td><b>Date:</b></td><td>Tuesday, November 3rd, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>11:00 AM - 12:00 PM EST<br>
        <span style="color:#777">(10:00 AM - 11:00 AM CST, Tegucigalpa - your time zone)</span></td></tr>
        <tr><td><b>Location:</b></td><td><a href="https://meet.google.com/kzr-pqwe-tvn">Google Meet</a></td></tr>
        </table>
        <p>Interviewers:<br>Sam Whitcomb - Staff Data Engineer<br>Renata Obi - Analytics Lead</p>
        <p>If you need to reschedule, just reply to this email and I'll take care of it.</p>
        <p>Best,<br>Morgan Pryce<br>Technical Recruiter, Larkspur Lending</p>
        <p style="font-size:11px;color:#999">Powered by Greenhouse</p>
        </body></html>
        """)
    ics = VTZ["America/New_York"].join(["""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
""", """
BEGIN:VEVENT
UID:gh-interview-48213377-larkspur@greenhouse.io
DTSTAMP:20261029T181200Z
DTSTART;TZID=America/New_York:20261103T110000
DTEND;TZID=America/New_York:20261103T120000
SUMMARY:Interview: Daniela Zelaya <> Larkspur Lending (Technical Interview)
LOCATION:https://meet.google.com/kzr-pqwe-tvn
ORGANIZER;CN=Morgan Pryce:mailto:morgan.pryce@larkspurlending.com
ATTENDEE;CN=Daniela Zelaya;RSVP=TRUE:mailto:daniela.zelaya@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""])
    body = mixed(alt(text(plain), html(body_html)),
                 calendar(ics, cte="base64", filename="invite.ics", disposition="attachment"))
    hs = heads(addr("Morgan Pryce", "no-reply@us.greenhouse-mail.io"),
               "Interview Confirmation: Larkspur Lending - Senior Data Engineer",
               "2026-10-29 14:12", "America/New_York",
               "<6f1c2d7e.4b1a@us.greenhouse-mail.io>",
               via="from o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [167.89.12.40])",
               ident="4Zq81kT0Lnz",
               extra=(("Reply-To", addr("Morgan Pryce", "morgan.pryce@larkspurlending.com")),))
    return message(hs, body)


@mail(n(2), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-09-16T17:00:00Z", end="2026-09-16T17:45:00Z", contact="priya@tidewateranalytics.com",
      company="Tidewater Analytics", local="Wed 2026-09-16 10:00", local_end="2026-09-16 10:45",
      zone="America/Los_Angeles",
      note="Lever confirmation (HTML only, base64): Wed 16 Sep 10:00 AM PDT for 45 minutes -> "
           "17:00Z-17:45Z; 'Hi!' header from no-reply, contact = Reply-To recruiter")
def lever_tidewater():
    body_html = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" cellpadding="24" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#2b2b2b">
        <tr><td>
        <p>Hi Daniela,</p>
        <p>Great news - your video interview with <strong>Tidewater Analytics</strong> for the
        <strong>Data Engineer, Lending Platform</strong> role has been scheduled.</p>
        <p style="background:#f0f4ff;padding:12px;border-radius:4px">
        <strong>Wednesday, September 16, 2026</strong><br>
        10:00 AM PDT &middot; 45 minutes<br>
        Zoom: <a href="https://tidewater.zoom.us/j/83310299471">tidewater.zoom.us/j/83310299471</a></p>
        <p>You'll be speaking with Owen Marsh (Engineering Manager, Data Platform).</p>
        <p>Need to make a change? Reply to this email and Priya will help.</p>
        <p>Thanks,<br>Priya Natarajan<br>Recruiting, Tidewater Analytics</p>
        </td></tr></table>
        <p style="font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#999">Sent via Lever</p>
        </td></tr></table>
        </body></html>
        """)
    hs = heads(addr("Tidewater Analytics", "no-reply@hire.lever.co"),
               "Your interview with Tidewater Analytics is confirmed",
               "2026-09-10 16:40", "America/Los_Angeles",
               "<0100019a7c3e51f2-3d0b1c55-8a11-4e2c-9d7e-1c2f6a4b8e01-000000@email.amazonses.com>",
               via="from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
               ident="4N9kTq2vXb",
               extra=(("Reply-To", addr("Priya Natarajan", "priya@tidewateranalytics.com")),))
    return message(hs, html(body_html, cte="base64"))


@mail(n(3), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-09-08T20:00:00Z", end=None, contact="kmejia@finanzaclara.hn",
      company="Finanza Clara", local="Tue 2026-09-08 14:00", zone=TGU,
      note="Recruiter in Tegucigalpa (vos) on Mon 7 Sep: 'quedamos mañana a las 2 de la tarde' -> "
           "Tue 8 Sep 14:00 UTC-6 = 20:00Z; 'más o menos una hora y media' is approximate, end null")
def prose_finanza_clara():
    body = t("""
        Hola Daniela, buenos días

        Te cuento que ya hablé con Ernesto (gerente de Inteligencia de Negocios) y quedamos para tu
        entrevista mañana a las 2 de la tarde, aquí en nuestras oficinas: Col. Palmira, Torre Azul,
        piso 6. Preguntá por mí en recepción.

        La entrevista es con Ernesto y con alguien de Riesgo, más o menos una hora y media porque
        incluye una prueba corta de SQL. Llevá tu DNI para que te den el gafete de visitante.

        Cualquier cosa me escribís o me llamás al 9812-4470.

        Saludos,
        Karla Mejía
        Talento Humano | Finanza Clara
        Tegucigalpa, M.D.C.
        """)
    hs = heads(addr("Karla Mejía", "kmejia@finanzaclara.hn"), "Entrevista mañana - Analista de Datos Sr.",
               "2026-09-07 10:05", TGU, "<CAJp7w2Yx+qR0vE5mT8k=Lh3aQ@mail.gmail.com>",
               via="from mail-yw1-f172.google.com (mail-yw1-f172.google.com [209.85.128.172])",
               ident="4L2pqW7sGd")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(4), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-10-01T15:15:00Z", end="2026-10-01T16:15:00Z", contact="rayala@izalcomicro.com.sv",
      company="Microcréditos Izalco", local="Thu 2026-10-01 09:15", local_end="2026-10-01 10:15",
      zone="America/El_Salvador",
      note="Salvadoran employer, Fri 25 Sep: 'el jueves de la otra semana (1/10) a las nueve y cuarto', "
           "hora de El Salvador (UTC-6, no DST) -> 15:15Z; 'dura una hora' -> end 16:15Z; "
           "iso-8859-1 quoted-printable, usted register")
def prose_izalco():
    body = t("""
        Estimada Daniela:

        Reciba un cordial saludo de parte de Microcréditos Izalco. Tal como conversamos por
        teléfono, le confirmo su entrevista con la Gerencia de Tecnología para la plaza de
        Ingeniera de Datos:

          Día: el jueves de la otra semana (1/10)
          Hora: a las nueve y cuarto de la mañana, hora de El Salvador (la misma de Honduras)
          Modalidad: videollamada por Google Meet, le llegará el enlace el día anterior

        La entrevista dura una hora. Estará el Ing. Mauricio Guardado, jefe de Analítica, y mi
        persona.

        Si por algún motivo no pudiera conectarse, le agradeceré avisarme con anticipación.

        Atentamente,

        Lic. Rodrigo Ayala
        Reclutamiento y Selección
        Microcréditos Izalco, S.A. de C.V.
        Col. Escalón, San Salvador
        Tel. (503) 2264-7719
        """)
    hs = heads(addr("Rodrigo Ayala", "rayala@izalcomicro.com.sv", "iso-8859-1"),
               "Confirmación de entrevista - Ingeniera de Datos", "2026-09-25 11:30", "America/El_Salvador",
               "<SA1PR04MB7718C2A0F3E1B9D4@SA1PR04MB7718.namprd04.prod.outlook.com>",
               via="from NAM04-SN1-obe.outbound.protection.outlook.com (mail-sn1nam04on2072.outbound.protection.outlook.com [40.107.70.72])",
               ident="4Kx0Wq1mFz", charset="iso-8859-1",
               extra=(("Content-Language", "es-SV"),))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(5), family="workday", lang="es", interview=True, kind="scheduled",
      start="2026-10-13T15:00:00Z", end="2026-10-13T16:00:00Z", contact="luisa.rios@andinacredito.com.co",
      company="Andina Crédito", local="Tue 2026-10-13 10:00", local_end="2026-10-13 11:00",
      zone="America/Bogota",
      note="Workday (Colombian employer): 'martes, 13 de octubre de 2026, 10:00 a. m. - 11:00 a. m. "
           "(hora de Colombia, GMT-5)' -> 15:00Z-16:00Z (9:00 in Tegucigalpa, as the body also says); "
           "sender is a Workday mailbox, contact = recruiter address in the body")
def workday_andina():
    plain = t("""
        Hola Daniela,

        Nos complace informarle que su entrevista para la vacante Ingeniero(a) de Datos Senior
        (R-20417) ha sido programada.

        Fecha: martes, 13 de octubre de 2026
        Hora: 10:00 a. m. - 11:00 a. m. (hora de Colombia, GMT-5)
              Si usted se encuentra en Honduras, corresponde a las 9:00 a. m.
        Modalidad: Microsoft Teams (el enlace se encuentra en su invitación)
        Entrevistadores: Camilo Restrepo, Líder de Datos; Luisa Fernanda Ríos, Talento

        Si tiene alguna pregunta, escriba a su reclutadora, Luisa Fernanda Ríos
        (luisa.rios@andinacredito.com.co).

        Puede ver los detalles en su perfil de candidato:
        https://wd3.myworkdaysite.com/es/recruiting/andinacredito/Carreras/userHome

        Cordialmente,
        Equipo de Adquisición de Talento
        Andina Crédito S.A.S.

        Este mensaje fue generado automáticamente. Por favor no responda a este correo.
        """)
    body_html = t("""
        <html><body>
        <div style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
        <p>Hola Daniela,</p>
        <p>Nos complace informarle que su entrevista para la vacante <b>Ingeniero(a) de Datos Senior (R-20417)</b> ha sido programada.</p>
        <p><b>Fecha:</b> martes, 13 de octubre de 2026<br>
        <b>Hora:</b> 10:00 a.&nbsp;m. - 11:00 a.&nbsp;m. (hora de Colombia, GMT-5)<br>
        <i>Si usted se encuentra en Honduras, corresponde a las 9:00 a.&nbsp;m.</i><br>
        <b>Modalidad:</b> Microsoft Teams (el enlace se encuentra en su invitación)<br>
        <b>Entrevistadores:</b> Camilo Restrepo, Líder de Datos; Luisa Fernanda Ríos, Talento</p>
        <p>Si tiene alguna pregunta, escriba a su reclutadora, Luisa Fernanda Ríos
        (<a href="mailto:luisa.rios@andinacredito.com.co">luisa.rios@andinacredito.com.co</a>).</p>
        <p><a href="https://wd3.myworkdaysite.com/es/recruiting/andinacredito/Carreras/userHome">Ver mi perfil de candidato</a></p>
        <p>Cordialmente,<br>Equipo de Adquisición de Talento<br>Andina Crédito S.A.S.</p>
        <p style="font-size:10px;color:#888">Este mensaje fue generado automáticamente. Por favor no responda a este correo.</p>
        </div></body></html>
        """)
    ics = TZ_EXTRA["America/Bogota"].join(["""BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting//ES
VERSION:2.0
METHOD:REQUEST
""", """
BEGIN:VEVENT
UID:wd-int-7c2e41f0a9@andinacredito.myworkday.com
DTSTAMP:20261007T141400Z
DTSTART;TZID=America/Bogota:20261013T100000
DTEND;TZID=America/Bogota:20261013T110000
SUMMARY:Entrevista - Ingeniero(a) de Datos Senior - Daniela Zelaya
LOCATION:Microsoft Teams
ORGANIZER;CN=Andina Crédito:mailto:andinacredito@myworkday.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""])
    body = mixed(alt(text(plain), html(body_html)),
                 calendar(ics, cte="base64", filename="Entrevista.ics", disposition="attachment",
                          name_param=True))
    hs = heads(addr("Andina Crédito", "andinacredito@myworkday.com"),
               "Entrevista programada: Ingeniero(a) de Datos Senior", "2026-10-07 09:14", "America/Bogota",
               "<1917493521.48811.1791382440123@wd3-prod-mail-06.myworkday.com>",
               via="from wd3-prod-mail-06.myworkday.com (wd3-prod-mail-06.myworkday.com [148.139.12.61])",
               ident="4Pv2Hm9cDr",
               extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, body)


@mail(n(6), family="teamtailor", lang="es", interview=True, kind="scheduled",
      start="2026-12-03T22:00:00Z", end="2026-12-03T22:45:00Z", contact="ximena.orozco@nopalpagos.mx",
      company="Nopal Pagos", local="Thu 2026-12-03 16:00", local_end="2026-12-03 16:45",
      zone="America/Mexico_City",
      note="Teamtailor (Mexico City): 'jue. 3 de diciembre, 16:00-16:45 h (hora del centro de México)'; "
           "Mexico has had no DST since 2022, so UTC-6 -> 22:00Z-22:45Z; contact = Reply-To recruiter")
def teamtailor_nopal():
    plain = t("""
        ¡Hola, Daniela!

        Tu entrevista con Nopal Pagos quedó agendada. Aquí los detalles:

        Puesto: Data Engineer (Riesgo de Crédito)
        Cuándo: jue. 3 de diciembre, 16:00-16:45 h (hora del centro de México)
        Dónde: Google Meet - el enlace está en la invitación de calendario
        Con quién: Ximena Orozco (Talent Partner) y Daniel Chávez (Head of Data)

        Si necesitas cambiar la hora, responde a este correo.

        ¡Nos vemos pronto!
        Ximena

        --
        Nopal Pagos · Av. Álvaro Obregón 182, Roma Nte., CDMX
        Enviado con Teamtailor
        """)
    body_html = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;color:#1f1f1f">
        <h2 style="font-weight:600">¡Hola, Daniela!</h2>
        <p>Tu entrevista con <b>Nopal Pagos</b> quedó agendada. Aquí los detalles:</p>
        <ul>
        <li><b>Puesto:</b> Data Engineer (Riesgo de Crédito)</li>
        <li><b>Cuándo:</b> jue. 3 de diciembre, 16:00&ndash;16:45 h (hora del centro de México)</li>
        <li><b>Dónde:</b> Google Meet - el enlace está en la invitación de calendario</li>
        <li><b>Con quién:</b> Ximena Orozco (Talent Partner) y Daniel Chávez (Head of Data)</li>
        </ul>
        <p>Si necesitas cambiar la hora, responde a este correo.</p>
        <p>¡Nos vemos pronto!<br>Ximena</p>
        <hr><p style="font-size:11px;color:#888">Nopal Pagos · Av. Álvaro Obregón 182, Roma Nte., CDMX<br>Enviado con Teamtailor</p>
        </body></html>
        """)
    ics = TZ_EXTRA["America/Mexico_City"].join(["""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interview//ES
METHOD:REQUEST
""", """
BEGIN:VEVENT
UID:tt-interview-9b1e55d2@teamtailor.com
DTSTAMP:20261127T180000Z
DTSTART;TZID=America/Mexico_City:20261203T160000
DTEND;TZID=America/Mexico_City:20261203T164500
SUMMARY:Entrevista Nopal Pagos - Daniela Zelaya
LOCATION:https://meet.google.com/nbd-hyfo-zqa
ORGANIZER;CN=Ximena Orozco:mailto:ximena.orozco@nopalpagos.mx
ATTENDEE;CN=Daniela Zelaya;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:daniela.zelaya@example.org
END:VEVENT
END:VCALENDAR"""])
    body = mixed(alt(text(plain), html(body_html)), calendar(ics, filename="invite.ics", disposition="attachment"))
    hs = heads(addr("Ximena Orozco · Nopal Pagos", "no-reply@teamtailor-mail.com"),
               "Entrevista agendada: Data Engineer (Riesgo de Crédito)", "2026-11-27 12:00",
               "America/Mexico_City", "<tt.2f8c1a90-55e4-4a71-bd3c-7d2e9f0c1b44@teamtailor-mail.com>",
               via="from mail-201.teamtailor-mail.com (mail-201.teamtailor-mail.com [185.161.72.201])",
               ident="4Rm5Yx3kQp",
               extra=(("Reply-To", addr("Ximena Orozco", "ximena.orozco@nopalpagos.mx")),))
    return message(hs, body)


@mail(n(7), family="smartrecruiters", lang="es", interview=True, kind="scheduled",
      start="2026-10-21T21:00:00Z", end="2026-10-21T21:30:00Z", contact="jcifuentes@tikalmicro.com.gt",
      company="Tikal Microfinanzas", local="Wed 2026-10-21 15:00", local_end="2026-10-21 15:30",
      zone="America/Guatemala",
      note="SmartRecruiters (Guatemala City): 'miércoles 21 de octubre de 2026 · 15:00 - 15:30 (GMT-06:00) "
           "Hora de Guatemala' -> 21:00Z-21:30Z; from noreply, contact = interviewer's address in the body")
def smartrecruiters_tikal():
    body_html = t("""
        <html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#30363d">
        <table width="600" align="center" cellpadding="20"><tr><td>
        <img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/tikal-logo.png" alt="Tikal Microfinanzas" height="40">
        <p>Hola Daniela,</p>
        <p>Gracias por elegir un horario. Su entrevista ha sido confirmada.</p>
        <table cellpadding="6" style="background:#f6f8fa;width:100%">
        <tr><td style="color:#6a737d">Puesto</td><td>Ingeniera/o de Datos - Microfinanzas</td></tr>
        <tr><td style="color:#6a737d">Fecha</td><td>miércoles 21 de octubre de 2026</td></tr>
        <tr><td style="color:#6a737d">Hora</td><td>15:00 - 15:30 (GMT-06:00) Hora de Guatemala</td></tr>
        <tr><td style="color:#6a737d">Tipo</td><td>Llamada telefónica</td></tr>
        <tr><td style="color:#6a737d">Entrevistador</td><td>Julio Cifuentes (jcifuentes@tikalmicro.com.gt)</td></tr>
        </table>
        <p>Julio la llamará al número que registró en su solicitud (+504 ****-3391).</p>
        <p>Saludos cordiales,<br>Equipo de Reclutamiento de Tikal Microfinanzas</p>
        <p style="font-size:11px;color:#999">Este correo fue enviado por SmartRecruiters en nombre de Tikal Microfinanzas.
        <a href="https://jobs.smartrecruiters.com/privacy">Privacidad</a></p>
        </td></tr></table></body></html>
        """)
    hs = heads(addr("Tikal Microfinanzas", "noreply@smartrecruiters.com"),
               "Entrevista confirmada: Ingeniera/o de Datos - Microfinanzas", "2026-10-19 08:30",
               "America/Guatemala", "<20261019143000.7a3e9c1d2b4f@smartrecruiters.com>",
               via="from mail-out-22.smartrecruiters.com (mail-out-22.smartrecruiters.com [52.29.187.22])",
               ident="4Tw8Bq0nLs")
    return message(hs, html(body_html))


@mail(n(8), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start="2026-10-14T15:00:00Z", end="2026-10-14T16:00:00Z", contact="ofunes@lempiraunido.hn",
      company="Banco Lempira Unido", local="Wed 2026-10-14 09:00", local_end="2026-10-14 10:00",
      zone=TGU,
      note="Google Calendar invitation in Spanish from the hiring manager in Tegucigalpa: "
           "'mié 14 oct 2026 9am - 10am (CST)' with TZID America/Tegucigalpa -> 15:00Z-16:00Z; "
           "contact = organizer")
def gcal_lempira():
    plain = t("""
        Óscar Funes te ha invitado a un evento.

        Entrevista técnica - Daniela Zelaya (Ingeniera de Datos)
        Cuándo
        miércoles, 14 de octubre de 2026 9am - 10am (hora estándar central - Tegucigalpa)

        Ubicación
        Banco Lempira Unido, Blvd. Morazán, Edificio Corporativo, sala 4B

        Invitados
        Óscar Funes - organizador
        Daniela Zelaya
        Wendy Cálix

        Ver todos los detalles del evento
        https://calendar.google.com/calendar/event?action=VIEW&eid=NXFjYWh0dm5mN2xxbWY

        Respuesta para daniela.zelaya@example.org: Sí · Quizás · No

        Invitación de Google Calendar
        Recibes este correo en daniela.zelaya@example.org porque eres un invitado en este evento.
        """)
    body_html = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <p>Óscar Funes te ha invitado a un evento.</p>
        <h3>Entrevista técnica - Daniela Zelaya (Ingeniera de Datos)</h3>
        <p><b>Cuándo</b><br>miércoles, 14 de octubre de 2026 9am&nbsp;&ndash;&nbsp;10am (hora estándar central - Tegucigalpa)</p>
        <p><b>Ubicación</b><br>Banco Lempira Unido, Blvd. Morazán, Edificio Corporativo, sala 4B</p>
        <p><b>Invitados</b><br>Óscar Funes - organizador<br>Daniela Zelaya<br>Wendy Cálix</p>
        <p><a href="https://calendar.google.com/calendar/event?action=VIEW&amp;eid=NXFjYWh0dm5mN2xxbWY">Ver todos los detalles del evento</a></p>
        <p style="color:#777;font-size:12px">Invitación de Google Calendar</p>
        </div></body></html>
        """)
    ics = TZ_EXTRA[TGU].join(["""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""", """
BEGIN:VEVENT
DTSTART;TZID=America/Tegucigalpa:20261014T090000
DTEND;TZID=America/Tegucigalpa:20261014T100000
DTSTAMP:20261008T210200Z
ORGANIZER;CN=Óscar Funes:mailto:ofunes@lempiraunido.hn
UID:5qcahtvnf7lqmf0p3k1rb8v2e4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=daniela.zelaya@example.org;X-NUM-GUESTS=0:mailto:daniela.zelaya@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Wendy Cálix;X-NUM-GUESTS=0:mailto:wcalix@lempiraunido.hn
CREATED:20261008T210100Z
DESCRIPTION:Entrevista técnica para la plaza de Ingeniera de Datos. Traer laptop por si hacemos ejercicio práctico.
LAST-MODIFIED:20261008T210200Z
LOCATION:Banco Lempira Unido\\, Blvd. Morazán\\, Edificio Corporativo\\, sala 4B
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista técnica - Daniela Zelaya (Ingeniera de Datos)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""])
    body = mixed(alt(text(plain), html(body_html), calendar(ics, cte="base64")),
                 calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                          disposition="attachment", name_param=True))
    subj = ("Invitación: Entrevista técnica - Daniela Zelaya (Ingeniera de Datos) @ mié 14 oct 2026 "
            "9am - 10am (CST) (daniela.zelaya@example.org)")
    hs = heads(addr("Óscar Funes", "ofunes@lempiraunido.hn"), subj, "2026-10-08 15:02", TGU,
               "<calendar-5b7f1e0c-3a2d-4e9b-8c61-2f0d9a7e4b13@google.com>",
               via="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
               ident="4Hc3Vn8rTy",
               extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                      ("Reply-To", addr("Óscar Funes", "ofunes@lempiraunido.hn"))))
    return message(hs, body)


@mail(n(9), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-11-04T16:00:00Z", end="2026-11-04T16:30:00Z", contact="ben.kowalski@prairieledger.com",
      company="Prairie Ledger", local="Wed 2026-11-04 10:00", local_end="2026-11-04 10:30",
      zone=TGU,
      note="Calendly invitee confirmation from a Chicago company, but the time is shown in the invitee's "
           "zone: '10:00am - 10:30am (Central America Time)' -> UTC-6 -> 16:00Z (11:00 CDT would be "
           "wrong; Chicago is on CST after 1 Nov anyway, 10:00 CST too); ICS in UTC agrees; "
           "contact = host (Reply-To / ORGANIZER)")
def calendly_prairie():
    plain = t("""
        Hi Daniela Zelaya,

        Your Recruiter Screen - Analytics Engineer with Ben Kowalski is confirmed.

        Event Type:
        Recruiter Screen - Analytics Engineer

        Event Date/Time:
        10:00am - 10:30am (Central America Time) Wednesday, November 4, 2026

        Location:
        This is a Zoom web conference. Join: https://prairieledger.zoom.us/j/91820476613

        Invitee Time Zone:
        Central America Time

        Questions:
        Please share a link to your LinkedIn profile
        linkedin.com/in/daniela-zelaya-datos

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/8f1d0b2e-7a41-4c3f-b6e2-5d9a0c1f7e38
        Reschedule: https://calendly.com/reschedulings/8f1d0b2e-7a41-4c3f-b6e2-5d9a0c1f7e38

        Powered by Calendly.com
        """)
    body_html = t("""
        <html><body style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;color:#1a1a1a">
        <p>Hi Daniela Zelaya,</p>
        <p>Your Recruiter Screen - Analytics Engineer with Ben Kowalski is confirmed.</p>
        <p><b>Event Type:</b><br>Recruiter Screen - Analytics Engineer</p>
        <p><b>Event Date/Time:</b><br>10:00am - 10:30am (Central America Time) Wednesday, November 4, 2026</p>
        <p><b>Location:</b><br>This is a Zoom web conference. <a href="https://prairieledger.zoom.us/j/91820476613">Join</a></p>
        <p><b>Invitee Time Zone:</b><br>Central America Time</p>
        <p><a href="https://calendly.com/cancellations/8f1d0b2e-7a41-4c3f-b6e2-5d9a0c1f7e38">Cancel</a> &middot;
        <a href="https://calendly.com/reschedulings/8f1d0b2e-7a41-4c3f-b6e2-5d9a0c1f7e38">Reschedule</a></p>
        <p style="font-size:11px;color:#888">Powered by Calendly.com</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:8f1d0b2e-7a41-4c3f-b6e2-5d9a0c1f7e38@calendly.com
DTSTAMP:20261029T190500Z
DTSTART:20261104T160000Z
DTEND:20261104T163000Z
SUMMARY:Recruiter Screen - Analytics Engineer between Ben Kowalski and Daniela Zelaya
LOCATION:https://prairieledger.zoom.us/j/91820476613
ORGANIZER;CN=Ben Kowalski:mailto:ben.kowalski@prairieledger.com
ATTENDEE;CN=Daniela Zelaya;RSVP=TRUE:mailto:daniela.zelaya@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    body = mixed(alt(text(plain), html(body_html)), calendar(ics, filename="invite.ics", disposition="attachment"))
    hs = heads(addr("Calendly", "notifications@calendly.com"),
               "Confirmed: Recruiter Screen - Analytics Engineer with Ben Kowalski on Wednesday, November 4, 2026",
               "2026-10-29 19:05", "UTC", "<20261029190500.1.5e0c8a7d9b3f4a21@calendly.com>",
               via="from o1.email.calendly.com (o1.email.calendly.com [168.245.41.7])",
               ident="4Gd1Kp6wRm",
               extra=(("Reply-To", addr("Ben Kowalski", "ben.kowalski@prairieledger.com")),))
    return message(hs, body)


@mail(n(10), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-12-03T22:30:00Z", end="2026-12-04T00:15:00Z", contact="hannah@corvinalabs.io",
      company="Corvina Labs", local="Thu 2026-12-03 14:30", local_end="2026-12-03 16:15",
      zone="America/Los_Angeles",
      note="Ashby virtual onsite, two sessions Thu 3 Dec 2:30-3:15 PM and 3:30-4:15 PM PST (UTC-8): "
           "first start to last end -> 22:30Z to 00:15Z on 4 Dec (the UTC end date is the next day); "
           "the body's 4:30 PM CST Tegucigalpa line agrees; contact = Reply-To recruiter")
def ashby_corvina():
    plain = t("""
        Hi Daniela,

        You're all set! Here is your virtual onsite schedule with Corvina Labs for the
        Data Platform Engineer position.

        Thursday, December 3, 2026 (Pacific Time - PST)

          2:30 PM - 3:15 PM   System Design       with Marcus Bell
          3:15 PM - 3:30 PM   Break
          3:30 PM - 4:15 PM   Values & Ownership  with Irene Kaplan

        In your time zone (Tegucigalpa, CST) that is 4:30 PM - 6:15 PM.

        Both sessions use the same Zoom room: https://corvinalabs.zoom.us/j/7741203398

        Questions? Just reply and it will reach Hannah Liu.

        Thanks,
        Corvina Labs Recruiting
        """)
    body_html = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Daniela,</p>
        <p>You're all set! Here is your virtual onsite schedule with Corvina Labs for the Data Platform Engineer position.</p>
        <p><b>Thursday, December 3, 2026</b> (Pacific Time - PST)</p>
        <table cellpadding="4">
        <tr><td>2:30 PM - 3:15 PM</td><td>System Design</td><td>Marcus Bell</td></tr>
        <tr><td>3:15 PM - 3:30 PM</td><td><i>Break</i></td><td></td></tr>
        <tr><td>3:30 PM - 4:15 PM</td><td>Values &amp; Ownership</td><td>Irene Kaplan</td></tr>
        </table>
        <p>In your time zone (Tegucigalpa, CST) that is 4:30 PM - 6:15 PM.</p>
        <p>Both sessions use the same Zoom room: <a href="https://corvinalabs.zoom.us/j/7741203398">corvinalabs.zoom.us/j/7741203398</a></p>
        <p>Questions? Just reply and it will reach Hannah Liu.</p>
        <p>Thanks,<br>Corvina Labs Recruiting</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:1c9e4f70-2b8d-4a6e-93f1-0e7d5c2a8b64
DTSTAMP:20261201T012000Z
DTSTART:20261203T223000Z
DTEND:20261204T001500Z
SUMMARY:Corvina Labs - Virtual Onsite (Data Platform Engineer)
LOCATION:https://corvinalabs.zoom.us/j/7741203398
ORGANIZER;CN=Hannah Liu:mailto:hannah@corvinalabs.io
ATTENDEE;CN=Daniela Zelaya;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:daniela.zelaya@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    body = mixed(alt(text(plain, cte="base64"), html(body_html, cte="base64")),
                 calendar(ics, cte="base64", filename="invite.ics", disposition="attachment"))
    hs = heads(addr("Corvina Labs", "no-reply@ashbyhq.com"),
               "Your virtual onsite with Corvina Labs - Thursday, Dec 3", "2026-12-01 01:20", "UTC",
               "<010001939b2f77d1-5a0e6c31-4d8f-4b19-a2e7-8c3f1d6b0e95-000000@email.amazonses.com>",
               via="from a8-30.smtp-out.amazonses.com (a8-30.smtp-out.amazonses.com [54.240.8.30])",
               ident="4Bn7Qc2zWe",
               extra=(("Reply-To", addr("Hannah Liu", "hannah@corvinalabs.io")),))
    return message(hs, body)


@mail(n(11), family="workable", lang="es", interview=True, kind="scheduled",
      start="2026-11-16T16:30:00Z", end="2026-11-16T17:30:00Z", contact="mpaz@logisticaulua.hn",
      company="Logística Ulúa", local="Mon 2026-11-16 10:30", local_end="2026-11-16 11:30",
      zone=TGU,
      note="Workable (San Pedro Sula): 'lunes 16 de noviembre a las 10:30 a. m. (hora de Honduras)', "
           "'60 minutos' -> 16:30Z-17:30Z; Reply-To is a Workable relay, so contact = the hiring "
           "manager's address written in the body; ICS in UTC agrees")
def workable_ulua():
    plain = t("""
        Hola Daniela:

        ¡Gracias por tu interés en Logística Ulúa! Te confirmamos la entrevista presencial para la
        posición de Ingeniera de Datos:

        Fecha: lunes 16 de noviembre
        Hora: 10:30 a. m. (hora de Honduras)
        Duración: 60 minutos
        Lugar: Barrio Los Andes, 7 calle, 15 avenida N.O., San Pedro Sula - oficinas
        administrativas, 2.º piso

        Te atenderá Mauricio Paz, Gerente de Tecnología. Si se te presenta algún inconveniente,
        escribile directamente a mpaz@logisticaulua.hn.

        Saludos,
        Equipo de Talento - Logística Ulúa

        --
        Este correo se envió a través de Workable. Responder a este mensaje lo agregará a tu
        conversación con Logística Ulúa.
        """)
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hola Daniela:</p>
        <p>¡Gracias por tu interés en Logística Ulúa! Te confirmamos la entrevista presencial para la posición de <b>Ingeniera de Datos</b>:</p>
        <p><b>Fecha:</b> lunes 16 de noviembre<br>
        <b>Hora:</b> 10:30 a.&nbsp;m. (hora de Honduras)<br>
        <b>Duración:</b> 60 minutos<br>
        <b>Lugar:</b> Barrio Los Andes, 7 calle, 15 avenida N.O., San Pedro Sula - oficinas administrativas, 2.º piso</p>
        <p>Te atenderá Mauricio Paz, Gerente de Tecnología. Si se te presenta algún inconveniente, escribile directamente a
        <a href="mailto:mpaz@logisticaulua.hn">mpaz@logisticaulua.hn</a>.</p>
        <p>Saludos,<br>Equipo de Talento - Logística Ulúa</p>
        <p style="color:#999;font-size:11px">Este correo se envió a través de Workable. Responder a este mensaje lo agregará a tu conversación con Logística Ulúa.</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-3e7b1f92c0@workable.com
DTSTAMP:20261111T162000Z
DTSTART:20261116T163000Z
DTEND:20261116T173000Z
SUMMARY:Entrevista presencial - Logistica Ulua (Ingeniera de Datos)
LOCATION:Barrio Los Andes\\, 7 calle\\, 15 avenida N.O.\\, San Pedro Sula
ORGANIZER;CN=Logistica Ulua:mailto:logistica-ulua+c5f2a19e@candidates.workablemail.com
ATTENDEE;CN=Daniela Zelaya;RSVP=TRUE:mailto:daniela.zelaya@example.org
END:VEVENT
END:VCALENDAR"""
    body = mixed(alt(text(plain), html(body_html)), calendar(ics, filename="invite.ics", disposition="attachment"))
    hs = heads(addr("Logística Ulúa", "noreply@candidates.workablemail.com"),
               "Entrevista confirmada - Ingeniera de Datos (San Pedro Sula)", "2026-11-11 10:20", TGU,
               "<5f3a9e21c4d8.1b7e0c@candidates.workablemail.com>",
               via="from mail-a7.workablemail.com (mail-a7.workablemail.com [149.72.201.17])",
               ident="4Fy2Lm0pQa",
               extra=(("Reply-To", addr("Logística Ulúa", "logistica-ulua+c5f2a19e@candidates.workablemail.com")),))
    return message(hs, body)


@mail(n(12), family="zoom", lang="en", interview=True, kind="scheduled",
      start="2026-11-02T14:30:00Z", end=None, contact="tom.okafor@bramblewood.health",
      company="Bramblewood Health Analytics", local="Mon 2026-11-02 09:30", zone="America/New_York",
      note="Hiring manager prose sent Fri 30 Oct in EDT (-0400): 'Monday at 9:30 AM ET' = Mon 2 Nov, "
           "the day after US DST ends, so EST (UTC-5) -> 14:30Z; the pasted Zoom block says the same; "
           "no duration given ('shouldn't take more than an hour' is not exact), end null")
def zoom_bramblewood():
    body = t("""
        Hi Daniela,

        Great talking with you earlier. As promised, here's the invite for Monday at 9:30 AM ET
        with me and Chloe from our data platform team. It shouldn't take more than an hour.

        Heads up that the clocks change here this weekend, so Monday 9:30 ET is 8:30 your time
        in Tegucigalpa, not 7:30.

        ---
        Tom Okafor is inviting you to a scheduled Zoom meeting.

        Topic: Bramblewood <> Daniela Zelaya - Data Engineering interview
        Time: Nov 2, 2026 09:30 AM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://bramblewood.zoom.us/j/96312087745?pwd=Qm9vS3dHT0ZpR3pWc2xzZz09

        Meeting ID: 963 1208 7745
        Passcode: 512204
        ---

        Talk Monday,
        Tom

        Tom Okafor
        Director of Data Engineering | Bramblewood Health Analytics
        Boston, MA
        """)
    hs = heads(addr("Tom Okafor", "tom.okafor@bramblewood.health"), "Zoom details for Monday",
               "2026-10-30 16:10", "America/New_York",
               "<BN8PR12MB3361E5A7C2D90F14@BN8PR12MB3361.namprd12.prod.outlook.com>",
               via="from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2112.outbound.protection.outlook.com [40.107.237.112])",
               ident="4Jd9Xs1vUo")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(13), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-09-18T14:00:00Z", end=None, contact="luis@chorotega.io",
      company="Chorotega Analytics", local="Fri 2026-09-18 08:00", zone=TGU,
      note="Phone-written reply (vos) on Wed 16 Sep 19:40: 'pasado mañana a primera hora, 8:00' -> "
           "Fri 18 Sep 08:00 UTC-6 = 14:00Z; the quoted thread is Daniela asking when; no length")
def phone_chorotega():
    body = t("""
        Va perfecto Daniela. Quedamos pasado mañana a primera hora, 8:00, en la oficina (Col. Lomas del
        Guijarro, frente a la farmacia, el portón negro). Preguntá por mí. Vas a hablar conmigo y con
        Andrea q es la lead de datos

        Saludos
        Luis

        Enviado desde mi iPhone

        > El 16 sept 2026, a las 5:52 p. m., Daniela Zelaya <daniela.zelaya@example.org> escribió:
        >
        > Hola Luis, muchas gracias por la llamada de hoy. Me interesa mucho la plaza de Data
        > Engineer. Tengo disponibilidad jueves o viernes temprano, usted me dice.
        >
        > Saludos,
        > Daniela
        """)
    hs = heads(addr("Luis Andino", "luis@chorotega.io"), "Re: Plaza Data Engineer - Chorotega",
               "2026-09-16 19:40", TGU, "<4E1B2C7A-93D0-4F65-8A1E-6C2D0B9F7E31@chorotega.io>",
               via="from mail-pj1-f48.google.com (mail-pj1-f48.google.com [209.85.216.48])",
               ident="4Cs6Rk3nYb",
               extra=(("In-Reply-To", "<CAF3d9Q+Zz1k0=xkT8r5mWq@mail.example.org>"),
                      ("References", "<CAF3d9Q+Zz1k0=xkT8r5mWq@mail.example.org>"),
                      ("X-Mailer", "iPhone Mail (22A3354)")))
    return message(hs, text(body, cte="8bit"))


@mail(n(14), family="personio", lang="es", interview=True, kind="scheduled",
      start="2026-10-27T15:00:00Z", end="2026-10-27T16:00:00Z", contact="lucia.ferrer@brisafintech.es",
      company="Brisa Fintech", local="Tue 2026-10-27 16:00", local_end="2026-10-27 17:00",
      zone="Europe/Madrid",
      note="Personio (Madrid, remote LATAM role), sent Thu 22 Oct in CEST: 'martes 27 de octubre, "
           "16:00-17:00 (hora peninsular)'; Spain leaves summer time on 25 Oct, so CET (UTC+1) -> "
           "15:00Z-16:00Z, matching the body's '09:00 en Tegucigalpa'; contact = Reply-To")
def personio_brisa():
    plain = t("""
        Hola Daniela:

        Muchas gracias por tu interés en Brisa Fintech. Nos alegra confirmarte la siguiente
        entrevista para el puesto Data Engineer (remoto, LATAM):

        Fecha: martes, 27 de octubre de 2026
        Hora: 16:00 - 17:00 (hora peninsular española)
              ¡Ojo! El domingo 25 cambiamos al horario de invierno: serán las 09:00 en Tegucigalpa.
        Formato: videollamada (Google Meet) - https://meet.google.com/bfx-twmk-pqr
        Participantes: Lucía Ferrer (People) y Jordi Casals (Head of Data)

        Si tienes cualquier duda, puedes responder directamente a este correo.

        Un saludo,
        Lucía Ferrer
        People & Talent · Brisa Fintech S.L.
        Calle de Alcalá 54, 28014 Madrid
        """)
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hola Daniela:</p>
        <p>Muchas gracias por tu interés en Brisa Fintech. Nos alegra confirmarte la siguiente entrevista para el puesto <strong>Data Engineer (remoto, LATAM)</strong>:</p>
        <p><strong>Fecha:</strong> martes, 27 de octubre de 2026<br>
        <strong>Hora:</strong> 16:00 - 17:00 (hora peninsular española)<br>
        <em>¡Ojo! El domingo 25 cambiamos al horario de invierno: serán las 09:00 en Tegucigalpa.</em><br>
        <strong>Formato:</strong> videollamada (Google Meet) - <a href="https://meet.google.com/bfx-twmk-pqr">meet.google.com/bfx-twmk-pqr</a><br>
        <strong>Participantes:</strong> Lucía Ferrer (People) y Jordi Casals (Head of Data)</p>
        <p>Si tienes cualquier duda, puedes responder directamente a este correo.</p>
        <p>Un saludo,<br>Lucía Ferrer<br>People &amp; Talent · Brisa Fintech S.L.<br>Calle de Alcalá 54, 28014 Madrid</p>
        <p style="font-size:10px;color:#aaa">Powered by Personio</p>
        </body></html>
        """)
    ics = TZ_EXTRA["Europe/Madrid"].join(["""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Recruiting//DE
METHOD:REQUEST
""", """
BEGIN:VEVENT
UID:personio-appointment-6612093@personio.de
DTSTAMP:20261022T091000Z
DTSTART;TZID=Europe/Madrid:20261027T160000
DTEND;TZID=Europe/Madrid:20261027T170000
SUMMARY:Entrevista Brisa Fintech - Data Engineer
LOCATION:https://meet.google.com/bfx-twmk-pqr
ORGANIZER;CN=Lucía Ferrer:mailto:lucia.ferrer@brisafintech.es
END:VEVENT
END:VCALENDAR"""])
    body = mixed(alt(text(plain, charset="iso-8859-15"), html(body_html)),
                 calendar(ics, cte="base64", filename="entrevista.ics", disposition="attachment"))
    hs = heads(addr("Brisa Fintech", "noreply@personio.de"),
               "Confirmación de tu entrevista - Data Engineer (remoto, LATAM)", "2026-10-22 11:10",
               "Europe/Madrid", "<0102019a8d41e0b3-personio-7d4e2a61@eu-central-1.amazonses.com>",
               via="from a3-19.smtp-out.eu-central-1.amazonses.com (a3-19.smtp-out.eu-central-1.amazonses.com [69.169.224.19])",
               ident="4Ak4Ts8mXe",
               extra=(("Reply-To", addr("Lucía Ferrer", "lucia.ferrer@brisafintech.es")),))
    return message(hs, body)


@mail(n(15), family="taleo_forward", lang="es", interview=True, kind="scheduled",
      start="2026-12-09T17:00:00Z", end="2026-12-09T17:45:00Z", contact="paola.serrano@gfxela.com.gt",
      company="Grupo Financiero Xela", local="Wed 2026-12-09 11:00", local_end="2026-12-09 11:45",
      zone="America/Guatemala",
      note="Daniela forwards to herself (message/rfc822) a Taleo invitation from Guatemala City: "
           "'Fecha: 09/12/2026' is day/month = Wed 9 Dec, '11:00 a. m. (hora de Guatemala)', "
           "'45 minutos' -> 17:00Z-17:45Z; contact = interviewer address inside the forwarded mail "
           "(never the candidate's own addresses)")
def taleo_forward_xela():
    inner_body = t("""
        Estimada Daniela Zelaya:

        Gracias por su interés en formar parte de Grupo Financiero Xela. Por este medio le
        confirmamos su entrevista para la posición:

        Requisición: 2600871 - Ingeniero de Datos Sr.

        Fecha: 09/12/2026
        Hora: 11:00 a. m. (hora de Guatemala)
        Duración: 45 minutos
        Modalidad: Microsoft Teams
        Entrevistadora: Licda. Paola Serrano - paola.serrano@gfxela.com.gt

        Le solicitamos conectarse cinco minutos antes.

        Atentamente,
        Gestión de Talento
        Grupo Financiero Xela

        Este es un mensaje automático, por favor no responda a esta dirección.
        """)
    inner_hs = [
        ("From", addr("Grupo Financiero Xela", "gfxela@taleo.net")),
        ("To", "daniela.zelaya.r@example.net"),
        ("Subject", enc("Confirmación de entrevista - Requisición 2600871")),
        ("Date", date("2026-12-03 16:48", "America/Guatemala")),
        ("Message-ID", "<1764802080512.2600871.JavaMail.taleo@tbe-mail-02.taleo.net>"),
    ]
    inner = message(inner_hs, text(inner_body, charset="windows-1252"))
    outer = t("""
        me lo reenvío al correo principal para no perderlo.
        OJO: es el 9 de diciembre (formato dd/mm), no el 12 de septiembre jaja

        D.
        """)
    body = mixed(text(outer, cte="8bit"), attached_message(inner, "Confirmacion de entrevista.eml"))
    hs = heads(addr(ME_NAME, "daniela.zelaya.r@example.net"),
               "Fwd: Confirmación de entrevista - Requisición 2600871", "2026-12-03 21:05", TGU,
               "<b41c7e09-2d5a-4f8e-9a63-0e1f5d7c2b88@example.net>",
               via="from smtp.example.net (smtp.example.net [198.51.100.25])", ident="4Wq0Gn5hJd")
    return message(hs, body)


@mail(n(16), family="microsoft_bookings", lang="es", interview=True, kind="scheduled",
      start="2026-11-19T16:00:00Z", end="2026-11-19T16:45:00Z", contact=None,
      company="Financiera Citlali", local="Thu 2026-11-19 10:00", local_end="2026-11-19 10:45",
      zone="America/Mexico_City",
      note="Microsoft Bookings (Mexico City): 'jueves, 19 de noviembre de 2026 10:00 a. m. - 10:45 a. m. "
           "(UTC-06:00) Guadalajara, Ciudad de México, Monterrey' -> 16:00Z-16:45Z; ICS uses the Windows "
           "zone 'Central Standard Time (Mexico)'; staff member named without an address, the sender "
           "is the Bookings mailbox -> contact null")
def bookings_citlali():
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <p style="font-size:20px">Su reserva está confirmada</p>
        <p>Hola Daniela Zelaya:</p>
        <p>Gracias por reservar con Financiera Citlali - Reclutamiento TI.</p>
        <table cellpadding="4">
        <tr><td>Servicio</td><td><b>Entrevista técnica - Ingeniería de Datos</b></td></tr>
        <tr><td>Fecha y hora</td><td>jueves, 19 de noviembre de 2026 10:00 a.&nbsp;m. - 10:45 a.&nbsp;m.<br>(UTC-06:00) Guadalajara, Ciudad de México, Monterrey</td></tr>
        <tr><td>Personal</td><td>Andrea Villaseñor</td></tr>
        <tr><td>Ubicación</td><td>Reunión de Microsoft Teams</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2Q0N2E1@thread.v2/0">Unirse a la reunión de Teams</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/ReclutamientoTI@financieracitlali.mx/bookings/">Administrar reserva</a></p>
        <p style="color:#605e5c;font-size:12px">Este mensaje lo envió Microsoft Bookings en nombre de Financiera Citlali.</p>
        </div></body></html>
        """)
    ics = TZ_EXTRA["Central Standard Time (Mexico)"].join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Financiera Citlali - Reclutamiento TI:mailto:ReclutamientoTI@financieracitlali.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniela Zelaya:mailto:daniela.zelaya@example.org
DESCRIPTION;LANGUAGE=es-MX:Entrevista técnica - Ingeniería de Datos\\nPersonal: Andrea Villaseñor
UID:040000008200E00074C5B7101A82E00800000000B0E3F1A4C6D2DB010000000000000000100000007A1C3E0F
SUMMARY;LANGUAGE=es-MX:Entrevista técnica - Ingeniería de Datos
DTSTART;TZID=Central Standard Time (Mexico):20261119T100000
DTEND;TZID=Central Standard Time (Mexico):20261119T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261113T160000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR"""])
    body = mixed(html(body_html, cte="base64"), calendar(ics, cte="base64", filename="invite.ics",
                                                        disposition="attachment"))
    hs = heads(addr("Financiera Citlali - Reclutamiento TI", "ReclutamientoTI@financieracitlali.mx"),
               "Reserva confirmada: Entrevista técnica - Ingeniería de Datos", "2026-11-13 10:00",
               "America/Mexico_City",
               "<MN2PR11MB4477A2C8E1F05B39@MN2PR11MB4477.namprd11.prod.outlook.com>",
               via="from NAM11-MN2-obe.outbound.protection.outlook.com (mail-mn2nam11on2091.outbound.protection.outlook.com [40.107.92.91])",
               ident="4Dz8Up1cKm",
               extra=(("X-MS-Exchange-Organization-BookingsMailbox", "ReclutamientoTI@financieracitlali.mx"),
                      ("Content-Language", "es-MX")))
    return message(hs, body)


# =========================================================================== positives: rescheduled


@mail(n(17), family="exchange_outlook", lang="en", interview=True, kind="rescheduled",
      start="2026-11-05T20:00:00Z", end="2026-11-05T21:00:00Z", contact="ghalvorsen@mesquitemutual.com",
      company="Mesquite Mutual", local="Thu 2026-11-05 14:00", local_end="2026-11-05 15:00",
      zone="America/Chicago",
      note="Exchange meeting update (Windows zone 'Central Standard Time', SEQUENCE 1) sent Wed 28 Oct "
           "in CDT: moved from Thu 10/29 2pm CDT to Thu 11/5 2:00-3:00 PM Central; US DST ends 1 Nov so "
           "CST (UTC-6) -> 20:00Z-21:00Z (the old slot was 19:00Z); contact = organizer/sender")
def exchange_mesquite():
    plain = t("""
        Hi Daniela - apologies for the shuffle. One of our panelists is out sick this week, so I'm
        moving our conversation from Thursday 10/29 at 2pm to the following Thursday, 11/5, same time
        (2pm Central). Same Teams link. Let me know if that doesn't work.

        Greg

        When: Thursday, November 5, 2026 2:00 PM-3:00 PM. (UTC-06:00) Central Time (US & Canada)
        Where: Microsoft Teams Meeting

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE3NzQ1@thread.v2/0>
        Meeting ID: 284 117 603 925
        Passcode: 7qPz3m
        ________________________________________________________________________________
        """)
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Hi Daniela - apologies for the shuffle. One of our panelists is out sick this week, so I'm moving our conversation from Thursday 10/29 at 2pm to the following Thursday, 11/5, same time (2pm Central). Same Teams link. Let me know if that doesn't work.</p>
        <p>Greg</p>
        <p>When: Thursday, November 5, 2026 2:00 PM-3:00 PM. (UTC-06:00) Central Time (US &amp; Canada)<br>Where: Microsoft Teams Meeting</p>
        <div style="width:100%">________________________________________________________________________________</div>
        <div><span style="font-size:18pt">Microsoft Teams meeting</span><br>
        <b>Join on your computer, mobile app or room device</b><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE3NzQ1@thread.v2/0">Click here to join the meeting</a><br>
        Meeting ID: 284 117 603 925<br>Passcode: 7qPz3m</div>
        </div></body></html>
        """)
    ics = VTZ["Central Standard Time"].join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Greg Halvorsen:mailto:ghalvorsen@mesquitemutual.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniela Zelaya:mailto:daniela.zelaya@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priscilla Yoon:mailto:pyoon@mesquitemutual.com
DESCRIPTION;LANGUAGE=en-US:Hi Daniela - apologies for the shuffle. Moving our conversation from Thursday 10/29 at 2pm to Thursday 11/5\\, same time (2pm Central).
UID:040000008200E00074C5B7101A82E00800000000D1A7C55E2C66DB01000000000000000010000000E4F7B2A1
SUMMARY;LANGUAGE=en-US:Interview - Data Engineer II (Daniela Zelaya)
DTSTART;TZID=Central Standard Time:20261105T140000
DTEND;TZID=Central Standard Time:20261105T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261028T141200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:2117834562
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""])
    body = alt(text(plain), html(body_html), calendar(ics, cte="base64"))
    hs = heads(addr("Greg Halvorsen", "ghalvorsen@mesquitemutual.com"),
               "Updated: Interview - Data Engineer II (Daniela Zelaya)", "2026-10-28 09:12",
               "America/Chicago", "<DM6PR19MB4028B6C1E7A94F20@DM6PR19MB4028.namprd19.prod.outlook.com>",
               via="from NAM10-DM6-obe.outbound.protection.outlook.com (mail-dm6nam10on2100.outbound.protection.outlook.com [40.107.93.100])",
               ident="4Ex3Nb7sLq",
               extra=(("Thread-Topic", "Interview - Data Engineer II (Daniela Zelaya)"),
                      ("Thread-Index", "AdtJ2kQ1bL0m3nQ7T7+o9wX5p1cZVg=="),
                      ("Content-Language", "en-US"),
                      ("X-MS-Has-Attach", ""),
                      ("X-MS-TNEF-Correlator", "")))
    return message(hs, body)


@mail(n(18), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start="2026-11-18T16:00:00Z", end="2026-11-18T17:00:00Z", contact="alyssa.romero@harborline.com",
      company="Harborline Payments", local="Wed 2026-11-18 10:00", local_end="2026-11-18 11:00",
      zone=TGU,
      note="GoodTime reschedule (HTML only, quoted-printable) from a New York company, times shown in the "
           "candidate's zone '(GMT-06:00) Central America': old Mon 16 Nov 12:00 PM, new Wed 18 Nov "
           "10:00-11:00 AM -> 16:00Z-17:00Z; contact = Reply-To coordinator")
def goodtime_harborline():
    body_html = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Interview rescheduled</title></head>
        <body style="background:#f7f7f9;margin:0">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
        <table role="presentation" width="580" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:6px">
        <tr><td style="padding:28px;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#2d2d2d">
        <p>Hi Daniela,</p>
        <p>Your interview with <strong>Harborline Payments</strong> has been rescheduled. Please see the updated details below.</p>
        <p style="color:#9b9b9b;text-decoration:line-through">Monday, November 16, 2026 12:00 PM - 1:00 PM (GMT-06:00) Central America</p>
        <p style="font-size:17px"><strong>Wednesday, November 18, 2026<br>10:00 AM - 11:00 AM (GMT-06:00) Central America</strong></p>
        <p><strong>Interview:</strong> Hiring Manager Interview - Senior Data Engineer<br>
        <strong>Interviewer:</strong> Dev Malhotra, Director of Data<br>
        <strong>Video:</strong> <a href="https://harborline.zoom.us/j/85530129907">harborline.zoom.us/j/85530129907</a></p>
        <p>A calendar invitation with these details will follow. If you have any questions, reply to this email to reach Alyssa Romero, your recruiting coordinator.</p>
        <p>Best,<br>Harborline Payments Recruiting</p>
        </td></tr></table>
        <p style="font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#aaa">Scheduled with GoodTime</p>
        </td></tr></table>
        </body></html>
        """)
    hs = heads(addr("Harborline Payments Recruiting", "scheduling@goodtime.io"),
               "Rescheduled: Your interview with Harborline Payments", "2026-11-13 11:30", "America/New_York",
               "<20261113163000.goodtime.5c1e8a3b72f4@goodtime.io>",
               via="from o3.ptr2207.goodtime.io (o3.ptr2207.goodtime.io [149.72.154.88])",
               ident="4Vp6Hr2kTz",
               extra=(("Reply-To", addr("Alyssa Romero", "alyssa.romero@harborline.com")),))
    return message(hs, html(body_html))


@mail(n(19), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start="2026-10-05T20:00:00Z", end="2026-10-05T21:00:00Z", contact="rayala@izalcomicro.com.sv",
      company="Microcréditos Izalco", local="Mon 2026-10-05 14:00", local_end="2026-10-05 15:00",
      zone="America/El_Salvador",
      note="Same Salvadoran thread as the 25 Sep confirmation: on Tue 29 Sep the recruiter moves 'el "
           "jueves 1/10 a las 9:15' to 'el lunes 5/10 a las 2 de la tarde', 'sigue siendo de una hora' "
           "-> 20:00Z-21:00Z (El Salvador UTC-6); Outlook-style quote of the earlier mail below")
def prose_izalco_reschedule():
    body = t("""
        Estimada Daniela:

        Buenas tardes. Le escribo para pedirle una disculpa: al Ing. Guardado le programaron una
        auditoría el jueves, por lo que necesitamos mover su entrevista del jueves 1/10 a las 9:15
        para el lunes 5/10 a las 2 de la tarde (hora de El Salvador, igual que Honduras).

        Sigue siendo de una hora y por Google Meet. Le agradeceré confirmarme de recibido.

        Atentamente,

        Lic. Rodrigo Ayala
        Reclutamiento y Selección
        Microcréditos Izalco, S.A. de C.V.

        ________________________________
        De: Rodrigo Ayala <rayala@izalcomicro.com.sv>
        Enviado: viernes, 25 de septiembre de 2026 11:30
        Para: Daniela Zelaya <daniela.zelaya@example.org>
        Asunto: Confirmación de entrevista - Ingeniera de Datos

        Estimada Daniela:

        Reciba un cordial saludo de parte de Microcréditos Izalco. Tal como conversamos por
        teléfono, le confirmo su entrevista con la Gerencia de Tecnología para la plaza de
        Ingeniera de Datos:

          Día: el jueves de la otra semana (1/10)
          Hora: a las nueve y cuarto de la mañana, hora de El Salvador (la misma de Honduras)
        """)
    hs = heads(addr("Rodrigo Ayala", "rayala@izalcomicro.com.sv", "iso-8859-1"),
               "RE: Confirmación de entrevista - Ingeniera de Datos", "2026-09-29 16:40", "America/El_Salvador",
               "<SA1PR04MB77184D02E9B1C7A3@SA1PR04MB7718.namprd04.prod.outlook.com>",
               via="from NAM04-SN1-obe.outbound.protection.outlook.com (mail-sn1nam04on2061.outbound.protection.outlook.com [40.107.70.61])",
               ident="4Mg5Ts0wPc", charset="iso-8859-1",
               extra=(("In-Reply-To", "<SA1PR04MB7718C2A0F3E1B9D4@SA1PR04MB7718.namprd04.prod.outlook.com>"),
                      ("References", "<SA1PR04MB7718C2A0F3E1B9D4@SA1PR04MB7718.namprd04.prod.outlook.com>"),
                      ("Content-Language", "es-SV")))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(20), family="icims", lang="en", interview=True, kind="rescheduled",
      start="2026-11-03T17:00:00Z", end="2026-11-03T17:45:00Z", contact="jenna.whitfield@aspenridge.com",
      company="Aspenridge Software", local="Tue 2026-11-03 10:00", local_end="2026-11-03 10:45",
      zone="America/Denver",
      note="iCIMS (Denver) sent Tue 27 Oct in MDT: moved from Fri 10/30 10:00 AM MT to Tue 11/3 10:00 AM "
           "Mountain Time, 45 minutes; after 1 Nov Denver is MST (UTC-7) -> 17:00Z-17:45Z (the body's "
           "'11:00 AM in Tegucigalpa' agrees); US MM/DD dates; contact = recruiter in the body")
def icims_aspenridge():
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <p>Dear Daniela,</p>
        <p>Thank you for your continued interest in the <b>Data Engineer - Lending Analytics (Req #2026-4418)</b> position at Aspenridge Software.</p>
        <p>Due to a conflict on our side, your interview originally scheduled for <b>Friday, 10/30/2026 at 10:00 AM Mountain Time</b> has been moved.</p>
        <p><b>New date and time:</b> Tuesday, 11/3/2026 at 10:00 AM Mountain Time (11:00 AM in Tegucigalpa)<br>
        <b>Duration:</b> 45 minutes<br>
        <b>Format:</b> Video interview (Webex) - the link is unchanged<br>
        <b>Interviewers:</b> Carla Jiménez, Sr. Manager, Data Engineering; Nate Olsen, Staff Engineer</p>
        <p>Please note that U.S. daylight saving time ends on Sunday, November 1.</p>
        <p>If you have any questions, please contact me at jenna.whitfield@aspenridge.com.</p>
        <p>Regards,<br>Jenna Whitfield<br>Talent Acquisition Partner<br>Aspenridge Software, Inc.</p>
        <p style="font-size:10px;color:#666">This message was sent from an unmonitored mailbox. iCIMS, Inc. on behalf of Aspenridge Software.</p>
        </body></html>
        """)
    hs = heads(addr("Aspenridge Software Talent Acquisition", "aspenridge@talent.icims.com"),
               "Interview Rescheduled - Data Engineer - Lending Analytics", "2026-10-27 15:20", "America/Denver",
               "<1793142000412.88213.aspenridge@talent.icims.com>",
               via="from smtp-out-41.icims.com (smtp-out-41.icims.com [64.74.140.41])",
               ident="4Ur1Fw9dGx")
    return message(hs, html(body_html, charset="windows-1252"))


# =========================================================================== positives: cancelled


@mail(n(21), family="google_calendar", lang="es", interview=True, kind="cancelled",
      start="2026-10-23T20:00:00Z", end="2026-10-23T21:00:00Z", contact="grivera@marcalaexport.hn",
      company="Marcala Export", local="Fri 2026-10-23 14:00", local_end="2026-10-23 15:00", zone=TGU,
      note="Google Calendar cancellation in Spanish (METHOD:CANCEL): 'vie 23 oct 2026 2pm - 3pm (CST)' in "
           "Tegucigalpa -> 20:00Z-21:00Z is the cancelled slot; the organizer's note promises to "
           "re-arrange but gives no new time; contact = organizer")
def gcal_cancel_marcala():
    plain = t("""
        Se canceló este evento y se quitó de tu calendario.

        Mensaje de Gabriela Rivera:
        Daniela, mil disculpas. El gerente de Operaciones tiene que viajar a Marcala esa semana.
        Te escribo la otra semana para buscar otra fecha.

        Entrevista Daniela Zelaya - Analista BI
        Cuándo
        viernes, 23 de octubre de 2026 2pm - 3pm (hora estándar central - Tegucigalpa)

        Invitados
        Gabriela Rivera - organizador
        Daniela Zelaya

        Invitación de Google Calendar
        """)
    ics = TZ_EXTRA[TGU].join(["""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
""", """
BEGIN:VEVENT
DTSTART;TZID=America/Tegucigalpa:20261023T140000
DTEND;TZID=America/Tegucigalpa:20261023T150000
DTSTAMP:20261019T233000Z
ORGANIZER;CN=Gabriela Rivera:mailto:grivera@marcalaexport.hn
UID:0k3b7pqd2v9s1mhe4rt6cj8n5a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=daniela.zelaya@example.org;X-NUM-GUESTS=0:mailto:daniela.zelaya@example.org
CREATED:20261014T160500Z
LAST-MODIFIED:20261019T233000Z
LOCATION:Marcala Export\\, Col. Tepeyac\\, Tegucigalpa
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Entrevista Daniela Zelaya - Analista BI
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""])
    body = mixed(alt(text(plain), html(gmail_html(plain)), calendar(ics, method="CANCEL", cte="base64")),
                 calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                          disposition="attachment", name_param=True))
    subj = ("Evento cancelado: Entrevista Daniela Zelaya - Analista BI @ vie 23 oct 2026 2pm - 3pm (CST) "
            "(daniela.zelaya@example.org)")
    hs = heads(addr("Gabriela Rivera", "grivera@marcalaexport.hn"), subj, "2026-10-19 17:30", TGU,
               "<calendar-a81f4c2e-6d0b-4e73-9f25-1b8c7e3d0a56@google.com>",
               via="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
               ident="4Qn2Zk7bVr",
               extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                      ("Reply-To", addr("Gabriela Rivera", "grivera@marcalaexport.hn"))))
    return message(hs, body)


@mail(n(22), family="human_prose", lang="es", interview=True, kind="cancelled",
      start="2026-11-10T21:00:00Z", end=None, contact="mbueso@agrochamelecon.hn",
      company="Agroindustrias Chamelecón", local="Tue 2026-11-10 15:00", zone=TGU,
      note="San Pedro Sula employer cancels 'la entrevista del martes 10/11 a las 3 de la tarde' (day/month, "
           "Honduras UTC-6 -> 21:00Z) because the position is frozen; no new time; windows-1252")
def prose_cancel_chamelecon():
    body = t("""
        Buenos días Daniela,

        Espero que estés bien. Lamentablemente te tengo que avisar que vamos a cancelar la entrevista
        del martes 10/11 a las 3 de la tarde con el ingeniero Reyes. Ayer nos informaron de gerencia
        que la plaza de Analista de Datos quedó congelada hasta el otro año por temas de presupuesto.

        Te pido mil disculpas por el inconveniente. Tu perfil nos gustó mucho y lo vamos a tener en
        cuenta en cuanto se reabra el proceso.

        Saludos cordiales,

        Marisol Bueso
        Jefa de Recursos Humanos
        Agroindustrias Chamelecón, S. de R.L.
        San Pedro Sula, Cortés
        PBX 2545-0900 ext. 212
        """)
    hs = heads(addr("Marisol Bueso", "mbueso@agrochamelecon.hn"),
               "Entrevista del martes - Analista de Datos", "2026-11-05 11:10", TGU,
               "<000901dc4e7f$2a1b3c40$7e51b4c0$@agrochamelecon.hn>",
               via="from mail.agrochamelecon.hn (mail.agrochamelecon.hn [190.92.17.36])",
               ident="4Yb7Lp4mCs",
               extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "es-hn")))
    return message(hs, text(body, charset="windows-1252"))


@mail(n(23), family="exchange_outlook", lang="en", interview=True, kind="cancelled",
      start="2026-12-10T17:00:00Z", end="2026-12-10T17:45:00Z", contact="ktran@redwoodpeak.com",
      company="Redwood Peak", local="Thu 2026-12-10 09:00", local_end="2026-12-10 09:45",
      zone="America/Los_Angeles",
      note="Outlook/Teams cancellation (METHOD:CANCEL, Windows zone 'Pacific Standard Time'): "
           "Thu 10 Dec 9:00-9:45 AM PST (UTC-8) -> 17:00Z-17:45Z, the cancelled slot; no new time; "
           "contact = organizer/sender")
def exchange_cancel_redwood():
    plain = t("""
        Hi Daniela,

        I'm really sorry to do this - we need to cancel Thursday's interview. Our Q1 hiring plan for
        the data platform team is being revisited, and I don't want to take your time until I know
        the role is still open. I'll reach out as soon as I have an update.

        Kevin

        When: Thursday, December 10, 2026 9:00 AM-9:45 AM. (UTC-08:00) Pacific Time (US & Canada)
        Where: Microsoft Teams Meeting
        """)
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">
        <p>Hi Daniela,</p>
        <p>I'm really sorry to do this - we need to cancel Thursday's interview. Our Q1 hiring plan for the data platform team is being revisited, and I don't want to take your time until I know the role is still open. I'll reach out as soon as I have an update.</p>
        <p>Kevin</p>
        <p>When: Thursday, December 10, 2026 9:00 AM-9:45 AM. (UTC-08:00) Pacific Time (US &amp; Canada)<br>Where: Microsoft Teams Meeting</p>
        </div></body></html>
        """)
    ics = TZ_EXTRA["Pacific Standard Time"].join(["""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Kevin Tran:mailto:ktran@redwoodpeak.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Daniela Zelaya:mailto:daniela.zelaya@example.org
UID:040000008200E00074C5B7101A82E008000000005C2E9B0A1F6ADB01000000000000000010000000A3D8E6C4
SUMMARY;LANGUAGE=en-US:Canceled: Data Platform Interview - Daniela Zelaya
DTSTART;TZID=Pacific Standard Time:20261210T090000
DTEND;TZID=Pacific Standard Time:20261210T094500
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261207T164500Z
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
END:VCALENDAR"""])
    body = alt(text(plain), html(body_html), calendar(ics, method="CANCEL", cte="base64"))
    hs = heads(addr("Kevin Tran", "ktran@redwoodpeak.com"), "Canceled: Data Platform Interview - Daniela Zelaya",
               "2026-12-07 08:45", "America/Los_Angeles",
               "<CO6PR08MB7514F3A09D2C61E8@CO6PR08MB7514.namprd08.prod.outlook.com>",
               via="from NAM12-CO1-obe.outbound.protection.outlook.com (mail-co1nam12on2130.outbound.protection.outlook.com [40.107.220.130])",
               ident="4Kp0Jd6xNa",
               extra=(("Thread-Topic", "Data Platform Interview - Daniela Zelaya"),
                      ("Importance", "high"), ("Content-Language", "en-US")))
    return message(hs, body)


# =========================================================================== negatives


@mail(n(24), family="recruitee_rejection", lang="en", interview=False, company="Kestrel Maps",
      note="Recruitee rejection after an interview 'last Thursday'; no upcoming time")
def recruitee_reject_kestrel():
    plain = t("""
        Hi Daniela,

        Thank you for taking the time to interview with us last Thursday for the Data Engineer
        (Remote - Americas) role. The team enjoyed the conversation about your work on loan
        portfolio pipelines.

        After careful consideration we have decided to move forward with another candidate whose
        experience with geospatial data is a closer match for what we need right now.

        We'd be happy to keep your profile in our talent pool for future openings. You can withdraw
        your consent at any time via the link below.

        Kind regards,
        Femke de Vries
        Talent Acquisition, Kestrel Maps B.V.

        Manage your data: https://kestrelmaps.recruitee.com/o/privacy/c/5a2f9b
        """)
    hs = heads(addr("Kestrel Maps", "noreply@recruitee.com"), "Your application at Kestrel Maps",
               "2026-09-29 10:15", "Europe/Amsterdam", "<5f2e9c1a7b3d.candidate.38871@recruitee.com>",
               via="from mail-out-3.recruitee.com (mail-out-3.recruitee.com [185.40.64.33])", ident="4Ln3Qa8rZe")
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(n(25), family="offer", lang="es", interview=False, company="Finanza Clara",
      days=(("Fri", "2026-12-11"),),
      note="Offer letter after the process: fixed times for signing the contract (vie 11 dic 10:00) and the "
           "first day (4 Jan 2027), neither an interview")
def offer_finanza_clara():
    body = t("""
        Hola Daniela,

        ¡Qué gusto escribirte esto! Después de las entrevistas con Ernesto y con Riesgo, nos complace
        ofrecerte la plaza de Analista de Datos Sr. en Finanza Clara. Te adjunto la carta oferta con
        el detalle del salario, el décimo tercer y cuarto mes, y el seguro médico.

        Si estás de acuerdo, te esperamos para la firma del contrato el viernes 11 de diciembre a
        las 10:00 a. m. en la oficina de Talento Humano (Torre Azul, piso 6). Traé tu DNI, RTN y
        una constancia de antecedentes penales.

        Tu primer día sería el lunes 4 de enero de 2027 a las 7:30 a. m. (inducción de dos días).

        Cualquier duda me escribís.

        Saludos,
        Karla Mejía
        Talento Humano | Finanza Clara
        """)
    pdf = "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoKdHJhaWxlcgo8PC9Sb290IDEgMCBSPj4KJSVFT0YK"
    att = Part([("Content-Type", 'application/pdf; name="Carta_oferta_DZelaya.pdf"'),
                ("Content-Disposition", 'attachment; filename="Carta_oferta_DZelaya.pdf"'),
                ("Content-Transfer-Encoding", "base64")], (pdf + "\r\n").encode())
    hs = heads(addr("Karla Mejía", "kmejia@finanzaclara.hn"), "Carta oferta - Analista de Datos Sr.",
               "2026-12-07 16:00", TGU, "<CAJp7w2ZkR8+pT1xQ0c=Vn5bWe@mail.gmail.com>",
               via="from mail-yw1-f180.google.com (mail-yw1-f180.google.com [209.85.128.180])",
               ident="4Sc8Mv2gHb")
    return message(hs, mixed(alt(text(body, cte="8bit"), html(gmail_html(body))), att))


@mail(n(26), family="join_receipt", lang="es", interview=False, company="Ruta Maya Logistics",
      note="JOIN application receipt; says an interview may be arranged later, no time")
def join_receipt_rutamaya():
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#212529">
        <p>Hola Daniela,</p>
        <p>¡Gracias por tu candidatura para <b>Data Engineer (Guatemala / remoto)</b> en <b>Ruta Maya Logistics</b>!</p>
        <p>Hemos recibido tu solicitud correctamente. Nuestro equipo la revisará en los próximos días. Si tu perfil encaja,
        te contactaremos para coordinar una primera entrevista.</p>
        <p>Mientras tanto, puedes consultar el estado de tu candidatura aquí:<br>
        <a href="https://join.com/candidate/applications/8817302">join.com/candidate/applications/8817302</a></p>
        <p>Saludos,<br>El equipo de Ruta Maya Logistics</p>
        <p style="font-size:11px;color:#868e96">Enviado con JOIN · JOIN Solutions AG, Zürich</p>
        </body></html>
        """)
    hs = heads(addr("Ruta Maya Logistics via JOIN", "noreply@join.com"),
               "Hemos recibido tu candidatura - Data Engineer", "2026-09-03 13:22", "America/Guatemala",
               "<0107019b1c2d3e4f-join-receipt-8817302@eu-west-1.amazonses.com>",
               via="from b224-14.smtp-out.eu-west-1.amazonses.com (b224-14.smtp-out.eu-west-1.amazonses.com [76.223.180.14])",
               ident="4Ha5Wd3pKn")
    return message(hs, html(body_html))


@mail(n(27), family="job_alert", lang="es", interview=False, company=None,
      note="Job-board alert; titles such as 'entrevistas inmediatas' and 'entrevista esta semana', no "
           "appointment")
def job_alert_trabajoshn():
    plain = t("""
        Hola Daniela, estas son las nuevas plazas para "ingeniero de datos" en Honduras:

        1. Ingeniero/a de Datos - Cooperativa Mixta El Progreso (Tegucigalpa)
           ¡Entrevistas inmediatas! Publicado hace 2 horas
        2. Analista de Datos BI - Distribuidora La Ceiba (San Pedro Sula)
           Entrevistas esta semana para candidatos preseleccionados
        3. Data Engineer (remoto) - Lumen Payments (El Salvador / remoto)
           Publicado ayer
        4. Especialista en Analítica de Riesgo - Microfinanciera Copán (Santa Rosa de Copán)
           Publicado hace 3 días

        Ver todas las ofertas: https://www.trabajoshn.example.com/alertas/ingeniero-de-datos

        Recibes este correo porque creaste una alerta en TrabajosHN. Para darte de baja:
        https://www.trabajoshn.example.com/alertas/baja?u=dz81733
        """)
    hs = heads(addr("TrabajosHN Alertas", "alertas@trabajoshn.example.com"),
               "4 nuevas plazas de \"ingeniero de datos\" - entrevistas inmediatas", "2026-10-06 06:00", TGU,
               "<alerta.20261006.dz81733@trabajoshn.example.com>",
               via="from mta2.trabajoshn.example.com (mta2.trabajoshn.example.com [203.0.113.42])", ident="4Nt2Yq6cBv",
               extra=(("List-Unsubscribe", "<https://www.trabajoshn.example.com/alertas/baja?u=dz81733>"),
                      ("Precedence", "bulk")))
    return message(hs, text(plain))


@mail(n(28), family="newsletter", lang="en", interview=False, company=None,
      note="Newsletter about interviews (tips, an 'interview with' a staff engineer, an AMA with a fixed "
           "time); nothing for the reader to attend as a candidate")
def newsletter_pipeline():
    body_html = t("""
        <html><body style="font-family:Georgia,serif;font-size:16px;color:#222;max-width:640px">
        <h1 style="font-size:24px">The Pipeline Post #142 - Interview season</h1>
        <p>Hi there,</p>
        <p>It's that time of year again: hiring budgets reset, and the interview invites start rolling in. This week:</p>
        <h2 style="font-size:19px">1. How to prepare for the data modeling interview</h2>
        <p>Star schemas, slowly changing dimensions, and what interviewers really listen for. Bring a whiteboard.</p>
        <h2 style="font-size:19px">2. Interview: Aiyana Brooks, Staff Data Engineer</h2>
        <p>We sat down with Aiyana to talk about her move from banking to a 40-person startup, and why she still asks every candidate about idempotency.</p>
        <h2 style="font-size:19px">3. Live AMA: "Your system design interview, reviewed"</h2>
        <p>Thursday, November 12 at 12:00 PM ET on our YouTube channel. No registration needed.</p>
        <p>Happy hunting,<br>Marta &amp; Joel</p>
        <p style="font-size:12px;color:#888">You're receiving this because you subscribed at pipelinepost.example.com.
        <a href="https://pipelinepost.example.com/unsubscribe">Unsubscribe</a></p>
        </body></html>
        """)
    hs = heads(addr("The Pipeline Post", "hello@pipelinepost.example.com"),
               "#142: Interview season (and how to survive the data modeling round)", "2026-11-08 12:00",
               "America/New_York", "<20261108170000.142.pipelinepost@mail.beehiiv.com>",
               via="from mail.beehiiv.com (mail.beehiiv.com [149.72.33.10])", ident="4Pb9Rr1mEw",
               extra=(("List-Unsubscribe", "<https://pipelinepost.example.com/unsubscribe>"),
                      ("List-Id", "The Pipeline Post <pipelinepost.example.com>")))
    return message(hs, html(body_html))


@mail(n(29), family="scheduling_link", lang="es", interview=False, company="Tláloc Seguros Digitales",
      note="Recruiter in Mexico City sends a Calendly link to pick a slot; no time fixed yet")
def calendly_link_tlaloc():
    body = t("""
        Hola Daniela, ¿qué tal?

        Soy Fernanda, de reclutamiento en Tláloc Seguros Digitales. Revisamos tu CV para la vacante
        de Ingeniera de Datos y nos encantaría platicar contigo.

        Para que sea más fácil, elige el horario que mejor te acomode en mi calendario (son llamadas
        de 30 minutos, te aparecen en tu zona horaria):

        https://calendly.com/fernanda-tlaloc/entrevista-inicial-30

        Si ninguno te funciona, respóndeme con un par de opciones y lo acomodamos.

        ¡Saludos!
        Fernanda Ibarra
        Talent Acquisition · Tláloc Seguros Digitales
        Ciudad de México
        """)
    hs = heads(addr("Fernanda Ibarra", "fernanda.ibarra@tlalocseguros.mx"),
               "Vacante Ingeniera de Datos - agenda tu llamada", "2026-11-24 13:40", "America/Mexico_City",
               "<CAOq5r1Tn0xP8b+Zc3kV=Ym7dQ@mail.gmail.com>",
               via="from mail-ed1-f49.google.com (mail-ed1-f49.google.com [209.85.208.49])", ident="4Gm6Xv0tUq")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(30), family="recruiter_outreach", lang="es", interview=False, company="Talento Istmo Consultores",
      note="Headhunter outreach (usted) asking for a call 'esta semana o la próxima'; nothing fixed")
def outreach_talento_istmo():
    body = t("""
        Buenas tardes, Ing. Zelaya:

        Mi nombre es Gerardo Turcios, consultor senior de Talento Istmo Consultores. Estamos apoyando a
        un grupo financiero regional en la búsqueda de un(a) Líder de Ingeniería de Datos con base en
        Tegucigalpa o San Salvador, y su experiencia en microfinanzas nos pareció muy relevante.

        ¿Tendría usted unos 20 minutos esta semana o la próxima para una llamada exploratoria? Con
        gusto me adapto a su horario. También puede escribirme por WhatsApp al +504 3312-8890.

        Quedo atento a sus comentarios.

        Saludos cordiales,
        Gerardo Turcios
        Consultor Senior | Talento Istmo Consultores
        Tegucigalpa · San Salvador · Guatemala
        """)
    hs = heads(addr("Gerardo Turcios", "gturcios@talentoistmo.com"),
               "Oportunidad confidencial - Líder de Ingeniería de Datos", "2026-09-14 15:05", TGU,
               "<PH0PR11MB5612E0A7D4C9B12F@PH0PR11MB5612.namprd11.prod.outlook.com>",
               via="from NAM11-PH0-obe.outbound.protection.outlook.com (mail-ph0nam11on2059.outbound.protection.outlook.com [40.107.94.59])",
               ident="4Jw1Tc5nRa")
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(31), family="proposed_not_confirmed", lang="es", interview=False, company="Seguros Pinares",
      days=(("Tue", "2026-11-24"), ("Wed", "2026-11-25")),
      note="Recruiter proposes two options (mar 24 a las 10:00 / mié 25 a las 3 de la tarde) and waits "
           "for confirmation; nothing confirmed")
def proposed_pinares():
    body = t("""
        Buenas tardes Daniela,

        Gracias por su paciencia. El Ing. Matute ya revisó su prueba técnica y le gustaría conversar
        con usted. ¿Le quedaría bien el martes 24 a las 10:00 a. m. o el miércoles 25 a las 3 de la
        tarde? La entrevista sería presencial en nuestras oficinas del Boulevard Suyapa.

        Quedo atenta a su confirmación para enviarle la invitación.

        Saludos,
        Ileana Matamoros
        Gestión Humana
        Seguros Pinares, S.A.
        """)
    hs = heads(addr("Ileana Matamoros", "imatamoros@segurospinares.hn"),
               "Siguiente etapa - proceso Ingeniera de Datos", "2026-11-19 14:25", TGU,
               "<BY5PR20MB4317A9C3E0D7F812@BY5PR20MB4317.namprd20.prod.outlook.com>",
               via="from NAM04-BY5-obe.outbound.protection.outlook.com (mail-by5nam04on2071.outbound.protection.outlook.com [40.107.100.71])",
               ident="4Ma4Bp8wXs")
    return message(hs, text(body))


@mail(n(32), family="proposed_not_confirmed", lang="en", interview=False, company="Quillfeather Data",
      note="Recruiter asks 'Would Tuesday at 10 work?' (10am Central) in reply to Daniela's availability; "
           "a proposal awaiting her answer, not a confirmation")
def proposed_quillfeather():
    body = t("""
        Hi Daniela,

        Thanks for sending those windows! Would Tuesday at 10 work? That's 10am Central, which I
        believe is 9am for you in Tegucigalpa. If so I'll send over a calendar invite with the
        Zoom link for you and Marcus (our analytics engineering lead).

        If Tuesday is tight, Wednesday afternoon is also open on our side.

        Cheers,
        Jess

        Jess Lindqvist | Recruiting Partner
        Quillfeather Data - Austin, TX

        On Tue, Sep 8, 2026 at 6:02 PM Daniela Zelaya <daniela.zelaya@example.org> wrote:
        > Hi Jess,
        > Thanks for reaching out. I'm available next Tuesday or Wednesday, mornings
        > Central America time are best.
        > Best regards,
        > Daniela
        """)
    hs = heads(addr("Jess Lindqvist", "jess@quillfeatherdata.com"), "Re: Analytics Engineer - Quillfeather",
               "2026-09-09 11:18", "America/Chicago", "<CAH8k2Lm5+vQ0pR7wZ3x=Tn1cE@mail.gmail.com>",
               via="from mail-lf1-f54.google.com (mail-lf1-f54.google.com [209.85.167.54])", ident="4Vz7Gc3mPo",
               extra=(("In-Reply-To", "<CAF3d9Q+8wQyX4m@mail.example.org>"),
                      ("References", "<CAF3d9Q+8wQyX4m@mail.example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(33), family="medical_appointment", lang="es", interview=False, company=None,
      days=(("Thu", "2026-09-17"),),
      note="Clinic appointment reminder with a fixed time (jue 17/9, 4:30 p. m.); not an interview")
def doctor_lospinos():
    body = t("""
        Clínica Médica Los Pinos
        Recordatorio de cita

        Estimada Daniela Zelaya:

        Le recordamos su cita de control con la Dra. Patricia Ochoa (Medicina Interna):

          Fecha: jueves 17/9
          Hora: 4:30 p. m.
          Lugar: Torre Médica Los Pinos, 3.er piso, consultorio 305

        Por favor preséntese 15 minutos antes con su carné del seguro. Si no puede asistir, llame al
        2231-5500 para reprogramar.

        Este es un mensaje automático. No responda a este correo.
        """)
    hs = heads(addr("Clínica Médica Los Pinos", "citas@clinicalospinos.hn"), "Recordatorio de cita - jueves 17/9",
               "2026-09-14 07:00", TGU, "<recordatorio.88213.20260914@clinicalospinos.hn>",
               via="from mail.clinicalospinos.hn (mail.clinicalospinos.hn [190.185.104.22])", ident="4Rf1Hk7cZm",
               extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(34), family="tenant_interview", lang="es", interview=False, company=None,
      days=(("Sat", "2026-10-03"),),
      note="Real-estate agent confirms an 'entrevista' with the flat's owner (sáb 3 oct, 10:00); a tenant "
           "interview, not a job interview")
def tenant_interview_flat():
    body = t("""
        Buenas tardes Daniela,

        Le confirmo que la propietaria del apartamento en Lomas del Mayab (2 habitaciones, 3.er piso)
        quiere conocerla antes de firmar. Quedamos para la entrevista el sábado 3 de octubre a las
        10:00 a. m. en el mismo apartamento; ahí mismo le enseñamos el parqueo y la bodega.

        Le pido traer copia de su DNI, constancia de trabajo y los dos últimos comprobantes de pago.

        Saludos,
        Héctor Castellanos
        Agente inmobiliario - Bienes Raíces Juana Laínez
        Cel. 9455-2081
        """)
    hs = heads(addr("Héctor Castellanos", "hcastellanos@bienesraicesjl.hn"),
               "Apartamento Lomas del Mayab - entrevista con la dueña", "2026-09-29 15:30", TGU,
               "<CAPx0k7Rn+Yb4vT9sW2c=Lq8mA@mail.gmail.com>",
               via="from mail-io1-f41.google.com (mail-io1-f41.google.com [209.85.166.41])", ident="4Tn6Wb2qFe")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(35), family="car_service", lang="es", interview=False, company=None,
      days=(("Sat", "2026-10-24"),),
      note="Car service booking with an ICS (sáb 24/10, 8:00 a. m.); a fixed appointment, not an interview")
def car_service_toncontin():
    plain = t("""
        Hola Daniela,

        Su cita de servicio quedó confirmada:

        Vehículo: Toyota Yaris 2019 - placa HBV 4417
        Servicio: Mantenimiento de 40,000 km (cambio de aceite, filtros, revisión de frenos)
        Fecha: sábado 24/10
        Hora de recepción: 8:00 a. m.
        Sucursal: Taller Automotriz Toncontín, Blvd. Comunidad Económica Europea

        Tiempo estimado: 3 horas. Le avisaremos por WhatsApp cuando el vehículo esté listo.

        Taller Automotriz Toncontín
        """)
    ics = TZ_EXTRA[TGU].join(["""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//TallerPro//Citas 3.2//ES
METHOD:PUBLISH
""", """
BEGIN:VEVENT
UID:cita-40117@tallertoncontin.hn
DTSTAMP:20261019T150000Z
DTSTART;TZID=America/Tegucigalpa:20261024T080000
DTEND;TZID=America/Tegucigalpa:20261024T110000
SUMMARY:Servicio 40\\,000 km - Toyota Yaris HBV 4417
LOCATION:Taller Automotriz Toncontín
END:VEVENT
END:VCALENDAR"""])
    body = mixed(text(plain), calendar(ics, method="PUBLISH", cte="base64", filename="cita.ics",
                                       disposition="attachment"))
    hs = heads(addr("Taller Automotriz Toncontín", "citas@tallertoncontin.hn"),
               "Cita confirmada - Servicio 40,000 km", "2026-10-19 09:00", TGU,
               "<cita-40117.confirmacion@tallertoncontin.hn>",
               via="from smtp.tallertoncontin.hn (smtp.tallertoncontin.hn [190.107.88.14])", ident="4Bq3Pz5vHn")
    return message(hs, body)


@mail(n(36), family="parent_teacher", lang="es", interview=False, company=None,
      days=(("Wed", "2026-11-11"),),
      note="School asks the parent to a teacher meeting (mié 11 nov, 3:00 p. m.); not a job interview")
def parent_teacher_valleverde():
    body = t("""
        Estimados padres de familia de 3.er grado "B":

        Reciban un cordial saludo. Les confirmamos la reunión individual con la maestra Lourdes Pineda
        para la entrega de notas del tercer parcial de Sofía Martínez Zelaya:

          Miércoles 11 de noviembre, 3:00 p. m.
          Aula 3B, edificio de primaria

        La reunión dura 15 minutos por familia; les agradecemos puntualidad.

        Atentamente,
        Coordinación de Primaria
        Escuela Bilingüe Valle Verde
        """)
    hs = heads(addr("Coordinación Primaria - EBVV", "primaria@ebvalleverde.edu.hn"),
               "Reunión con la maestra - entrega de notas 3er parcial", "2026-11-06 12:15", TGU,
               "<6b1e0f3a.7d2c@ebvalleverde.edu.hn>",
               via="from mail-qt1-f170.google.com (mail-qt1-f170.google.com [209.85.160.170])", ident="4Cz9Mh1xDt")
    return message(hs, text(body))


@mail(n(37), family="non_interview_calendar", lang="es", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Google Calendar invite from Daniela's manager at her current employer: sprint review and year-end "
           "lunch (vie 11 dic, 15:00); a work event, not an interview")
def gcal_current_job_event():
    plain = t("""
        Renán Molina te ha invitado a un evento.

        Sprint review + cierre de año equipo de Datos
        Cuándo
        viernes, 11 de diciembre de 2026 3pm - 5pm (hora estándar central - Tegucigalpa)

        Ubicación
        Sala Copán, 5.º piso

        Descripción
        Revisamos el sprint 24 y después nos vamos a la posada. Cada quien lleve su taza para el
        intercambio :)

        Invitados
        Renán Molina - organizador
        Daniela Zelaya
        Equipo Datos

        Invitación de Google Calendar
        """)
    ics = TZ_EXTRA[TGU].join(["""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""", """
BEGIN:VEVENT
DTSTART;TZID=America/Tegucigalpa:20261211T150000
DTEND;TZID=America/Tegucigalpa:20261211T170000
DTSTAMP:20261201T155000Z
ORGANIZER;CN=Renán Molina:mailto:rmolina@esperanzadelvalle.hn
UID:3hv0t8d1m5c2kq7bpa9ejs4n6f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=daniela.zelaya@example.org;X-NUM-GUESTS=0:mailto:daniela.zelaya@example.org
ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Equipo Datos;X-NUM-GUESTS=0:mailto:datos@esperanzadelvalle.hn
LOCATION:Sala Copán\\, 5.º piso
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Sprint review + cierre de año equipo de Datos
END:VEVENT
END:VCALENDAR"""])
    body = alt(text(plain), html(gmail_html(plain)), calendar(ics, cte="base64"))
    subj = ("Invitación: Sprint review + cierre de año equipo de Datos @ vie 11 dic 2026 3pm - 5pm (CST) "
            "(daniela.zelaya@example.org)")
    hs = heads(addr("Renán Molina", "rmolina@esperanzadelvalle.hn"), subj, "2026-12-01 09:50", TGU,
               "<calendar-e2b7c4a1-0f58-4d39-b6a3-9c1d7e5f2a80@google.com>",
               via="from mail-sor-f70.google.com (mail-sor-f70.google.com [209.85.220.70])", ident="4Xk5Nw3rGb",
               extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, body)


@mail(n(38), family="webinar", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Zoom webinar registration 'Cómo superar la entrevista técnica de datos' with a fixed time; a "
           "webinar, not an interview")
def webinar_academia():
    body_html = t("""
        <html><body style="font-family:Lato,Helvetica,Arial,sans-serif;font-size:14px;color:#232333">
        <p>Hola Daniela:</p>
        <p>Gracias por registrarse en <b>"Cómo superar la entrevista técnica de datos: SQL, Python y casos de negocio"</b>.</p>
        <p>Puede enviar sus preguntas con anticipación a: eventos@academiadatosca.org</p>
        <p><b>Fecha y hora:</b> 22 oct 2026 07:00 p.&nbsp;m. Centroamérica</p>
        <p><b>Únase desde PC, Mac, iPad o Android:</b><br>
        <a href="https://us06web.zoom.us/w/84120375519?tk=Qx3m">Haga clic aquí para unirse</a><br>
        Código de acceso: 220426</p>
        <p><a href="https://us06web.zoom.us/webinar/register/WN_Ad7k/ics">Agregar a Google Calendar / Outlook (.ics)</a></p>
        <p>Academia Datos Centroamérica</p>
        <p style="font-size:11px;color:#747487">Puede <a href="https://us06web.zoom.us/webinar/cancel">cancelar</a> su registro en cualquier momento.</p>
        </body></html>
        """)
    hs = heads(addr("Academia Datos Centroamérica", "no-reply@zoom.us"),
               "Confirmación de Cómo superar la entrevista técnica de datos: SQL, Python y casos de negocio",
               "2026-10-15 20:11", TGU, "<Fk2bQm7xTwe0pL3nV9c1Rg@geopod-ismtpd-5>",
               via="from s-zoomus-us06.sendgrid.net (s-zoomus-us06.sendgrid.net [149.72.136.26])", ident="4Uw2Lr8sQc",
               extra=(("Reply-To", "eventos@academiadatosca.org"),))
    return message(hs, html(body_html))


@mail(n(39), family="mock_interview", lang="es", interview=False, company=None,
      days=(("Sat", "2026-10-10"),),
      note="Calendly confirmation of a paid mock interview with a career coach (sáb 10 oct, 9:00); "
           "practice, not a job interview")
def calendly_mock_coach():
    plain = t("""
        Hola Daniela Zelaya:

        Su evento Simulacro de entrevista técnica (60 min) con Mariela Bográn está confirmado.

        Tipo de evento:
        Simulacro de entrevista técnica (60 min)

        Fecha/hora del evento:
        09:00 - 10:00 (hora de Centroamérica) sábado, 10 de octubre de 2026

        Ubicación:
        Google Meet: https://meet.google.com/mbc-qtrz-hwe

        Notas:
        Pago recibido (L 1,200). Traé la descripción del puesto al que estás aplicando y tu CV
        actualizado; al final te doy retroalimentación por escrito.

        Cancelar: https://calendly.com/cancellations/2b9e1d44-6c70-4a18-9f3e-8d0c5a7b1e26
        Reprogramar: https://calendly.com/reschedulings/2b9e1d44-6c70-4a18-9f3e-8d0c5a7b1e26

        Con tecnología de Calendly.com
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:2b9e1d44-6c70-4a18-9f3e-8d0c5a7b1e26@calendly.com
DTSTAMP:20261006T021500Z
DTSTART:20261010T150000Z
DTEND:20261010T160000Z
SUMMARY:Simulacro de entrevista tecnica (60 min) entre Mariela Bogran y Daniela Zelaya
LOCATION:https://meet.google.com/mbc-qtrz-hwe
ORGANIZER;CN=Mariela Bogran:mailto:mariela@coachmarielab.com
ATTENDEE;CN=Daniela Zelaya;RSVP=TRUE:mailto:daniela.zelaya@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    body = mixed(alt(text(plain), html(gmail_html(plain))),
                 calendar(ics, filename="invite.ics", disposition="attachment"))
    hs = heads(addr("Calendly", "notifications@calendly.com"),
               "Confirmado: Simulacro de entrevista técnica (60 min) con Mariela Bográn el sábado, 10 de octubre de 2026",
               "2026-10-06 02:15", "UTC", "<20261006021500.1.c47a9e2b5d018f36@calendly.com>",
               via="from o1.email.calendly.com (o1.email.calendly.com [168.245.41.7])", ident="4Hs0Vn4kXw",
               extra=(("Reply-To", addr("Mariela Bográn", "mariela@coachmarielab.com")),))
    return message(hs, body)


@mail(n(40), family="interviewer_invite", lang="es", interview=False, company=None,
      days=(("Wed", "2026-11-25"),),
      note="Outlook invite from Daniela's manager asking HER to interview a candidate at her current job "
           "(mié 25 nov, 10:00; ICS with TZID=UTC, 16:00Z); she is the interviewer, not the candidate")
def interviewer_invite_current_job():
    plain = t("""
        Dani, ¿me ayudás con esta? Necesito a alguien técnico en el panel del candidato para Analista de
        Datos Jr. Vos hacés la parte de SQL (unos 20 min) y yo cierro con lo de cultura. Te paso el CV
        en Teams.

        Gracias!
        Renán

        Cuándo: miércoles, 25 de noviembre de 2026 10:00-11:00. (UTC-06:00) América Central
        Dónde: Sala Copán, 5.º piso
        """)
    ics = TZ_EXTRA["UTC"].join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Renán Molina:mailto:rmolina@esperanzadelvalle.hn
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniela Zelaya:mailto:daniela.zelaya@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kevin Sorto:mailto:kevin.sorto.hn@example.com
UID:040000008200E00074C5B7101A82E00800000000F9C3A8E21B7CDB01000000000000000010000000C1E5A7B3
SUMMARY;LANGUAGE=es-HN:Entrevista: Kevin Sorto - Analista de Datos Jr. (panel)
DTSTART;TZID=UTC:20261125T160000
DTEND;TZID=UTC:20261125T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261123T143000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-HN:Sala Copán\\, 5.º piso
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR"""])
    body = alt(text(plain), html(gmail_html(plain)), calendar(ics, cte="base64"))
    hs = heads(addr("Renán Molina", "rmolina@esperanzadelvalle.hn"),
               "Entrevista: Kevin Sorto - Analista de Datos Jr. (panel)", "2026-11-23 08:30", TGU,
               "<SJ0PR13MB5826D7A1C3E09B44@SJ0PR13MB5826.namprd13.prod.outlook.com>",
               via="from NAM13-SJ0-obe.outbound.protection.outlook.com (mail-sj0nam13on2060.outbound.protection.outlook.com [40.107.101.60])",
               ident="4Ja7Ct1pWn",
               extra=(("Thread-Topic", "Entrevista: Kevin Sorto - Analista de Datos Jr. (panel)"),
                      ("Content-Language", "es-HN")))
    return message(hs, body)


@mail(n(41), family="auto_reply", lang="es", interview=False, company="Nopal Pagos",
      note="Out-of-office auto-reply from the Nopal Pagos recruiter to Daniela's reply about the interview; "
           "the subject quotes 'Entrevista agendada' but the mail fixes nothing")
def auto_reply_nopal():
    body = t("""
        ¡Hola! Gracias por tu correo.

        Estaré fuera de la oficina del lunes 30 de noviembre al miércoles 2 de diciembre, con acceso
        limitado a mi correo. Responderé a mi regreso.

        Si tu mensaje es sobre una entrevista ya agendada, no te preocupes: sigue en pie a menos que
        recibas otro aviso. Para temas urgentes escribe a talento@nopalpagos.mx.

        Ximena Orozco
        Talent Partner · Nopal Pagos
        """)
    hs = heads(addr("Ximena Orozco", "ximena.orozco@nopalpagos.mx"),
               "Respuesta automática: Re: Entrevista agendada: Data Engineer (Riesgo de Crédito)",
               "2026-11-30 08:02", "America/Mexico_City",
               "<CAM7xw0Vb-autoreply.7f31c@mail.gmail.com>",
               via="from mail-wm1-f46.google.com (mail-wm1-f46.google.com [209.85.128.46])", ident="4Lf8Gr6mSb",
               extra=(("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                      ("In-Reply-To", "<CAF3d9Q+nopal.2k8w@mail.example.org>")))
    return message(hs, text(body))


@mail(n(42), family="bounce", lang="en", interview=False, company=None,
      note="Mailer-daemon bounce of Daniela's application to a mistyped HR address; no appointment")
def bounce_progreso():
    original_body = t("""
        Buenas tardes,

        Adjunto mi hoja de vida para la plaza de Ingeniera de Datos publicada en TrabajosHN. Quedo a
        la orden para una entrevista cuando ustedes dispongan.

        Saludos cordiales,
        Daniela Zelaya
        +504 9733-1825
        """)
    original = message([
        ("From", addr(ME_NAME, ME)),
        ("To", "rrhh@cooperativaelprogeso.hn"),
        ("Subject", enc("Aplicación - Ingeniera de Datos")),
        ("Date", date("2026-10-06 14:12", TGU)),
        ("Message-ID", "<CAF3d9Q+progreso.71x@mail.example.org>"),
    ], text(original_body))
    human = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <rrhh@cooperativaelprogeso.hn>: Host or domain name not found. Name service
            error for name=cooperativaelprogeso.hn type=MX: Host not found, try again
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Qd7Nz2kLp
        Arrival-Date: Tue,  6 Oct 2026 20:12:03 +0000 (UTC)

        Final-Recipient: rfc822; rrhh@cooperativaelprogeso.hn
        Original-Recipient: rfc822;rrhh@cooperativaelprogeso.hn
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=cooperativaelprogeso.hn type=MX: Host not found, try again
        """)
    body = multipart("report",
                     text(human, charset="us-ascii", cte="7bit",
                          extra=(("Content-Description", "Notification"),)),
                     raw_part([("Content-Type", "message/delivery-status"),
                               ("Content-Description", "Delivery report")], status),
                     attached_message(original),
                     params="report-type=delivery-status")
    hs = [
        ("Delivered-To", ME),
        ("Return-Path", "<>"),
        ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-10-06 14:12", TGU)),
        ("Message-ID", "<20261006201204.9A1F23C0B5@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(hs, body)


@mail(n(43), family="mailing_list", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Community mailing-list post (meetup jue 22/10, 6:30 p. m.) with a talk on interviews; not an "
           "interview")
def mailing_list_pydata():
    body = t("""
        ¡Hola comunidad!

        Les compartimos la agenda del Meetup #18 de PyData Tegucigalpa:

        Jueves 22/10, 6:30 p. m. - Casa Cowork Palmira (frente al parque)

        - "dbt en producción en una cooperativa: lo bueno, lo malo y lo feo" - Alejandra Cáceres
        - "Lo que aprendí haciendo 30 entrevistas técnicas (de los dos lados de la mesa)" - Josué Ramos
        - Networking y baleadas

        Cupo limitado, regístrense en https://pydatategus.example.org/meetup-18

        Saludos,
        Comité organizador

        --
        Recibiste este mensaje porque estás suscrito al grupo "PyData Tegucigalpa" de Grupos de Google.
        Para anular la suscripción, envía un correo a pydata-tegucigalpa+unsubscribe@googlegroups.com.
        """)
    hs = heads(addr("Alejandra Cáceres", "ale.caceres.dev@example.com"),
               "[PyData TGU] Meetup #18 - jueves 22/10: dbt y entrevistas técnicas", "2026-10-12 18:45", TGU,
               "<CAB4mQ2v0Yx+Ft7pN3Lk=Zq9wR@mail.gmail.com>",
               via="from mail-sor-f57.google.com (mail-sor-f57.google.com [209.85.220.57])", ident="4Dk1Tq8vBm",
               to="PyData Tegucigalpa <pydata-tegucigalpa@googlegroups.com>",
               extra=(("Reply-To", "pydata-tegucigalpa@googlegroups.com"),
                      ("Mailing-list", "list pydata-tegucigalpa@googlegroups.com; contact pydata-tegucigalpa+owners@googlegroups.com"),
                      ("List-ID", "<pydata-tegucigalpa.googlegroups.com>"),
                      ("List-Unsubscribe", "<mailto:pydata-tegucigalpa+unsubscribe@googlegroups.com>"),
                      ("Precedence", "list")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(44), family="job_centre", lang="es", interview=False, company=None,
      days=(("Tue", "2026-09-08"),),
      note="Microsoft Bookings confirmation from the municipal employment office: 'entrevista de "
           "diagnóstico laboral' on mar 8 sep 9:00; a job-centre appointment, not a job interview")
def bookings_job_centre():
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <p style="font-size:20px">Su reserva está confirmada</p>
        <p>Hola Daniela Zelaya:</p>
        <p>Gracias por reservar con Centro de Empleo Municipal - Distrito Central.</p>
        <table cellpadding="4">
        <tr><td>Servicio</td><td><b>Entrevista de diagnóstico laboral y registro en la bolsa de empleo</b></td></tr>
        <tr><td>Fecha y hora</td><td>martes, 8 de septiembre de 2026 9:00 a.&nbsp;m. - 9:40 a.&nbsp;m.<br>(UTC-06:00) América Central</td></tr>
        <tr><td>Personal</td><td>Orientador(a) disponible</td></tr>
        <tr><td>Ubicación</td><td>Centro de Empleo Municipal, Barrio El Centro, frente al Parque Central, ventanilla 4</td></tr>
        </table>
        <p>Presente su DNI original, su hoja de vida impresa y sus títulos. Este servicio es gratuito.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/CentroEmpleo@amdc-empleo.example.org/bookings/">Administrar reserva</a></p>
        <p style="color:#605e5c;font-size:12px">Este mensaje lo envió Microsoft Bookings en nombre de Centro de Empleo Municipal - Distrito Central.</p>
        </div></body></html>
        """)
    hs = heads(addr("Centro de Empleo Municipal - Distrito Central", "CentroEmpleo@amdc-empleo.example.org"),
               "Reserva confirmada: Entrevista de diagnóstico laboral", "2026-09-02 11:20", TGU,
               "<PH7PR17MB6130C1B5A9D2E744@PH7PR17MB6130.namprd17.prod.outlook.com>",
               via="from NAM17-PH7-obe.outbound.protection.outlook.com (mail-ph7nam17on2088.outbound.protection.outlook.com [40.107.12.88])",
               ident="4Gz5Rm0cNt")
    return message(hs, html(body_html, cte="base64"))


@mail(n(45), family="admission_interview", lang="es", interview=False, company=None,
      days=(("Sat", "2026-11-14"),),
      note="Business school confirms an MBA admission interview (sáb 14 nov, 9:00) with ICS; an "
           "admission interview, not a job interview")
def mba_admission():
    plain = t("""
        Estimada Daniela:

        Nos complace informarle que su solicitud al MBA Ejecutivo (cohorte 2027) ha avanzado a la
        etapa de entrevista. Su entrevista de admisión queda confirmada:

          Sábado 14 de noviembre de 2026, 9:00 a. m.
          Campus Tegucigalpa, edificio de posgrado, sala del Consejo
          Entrevistador: Dr. Fernando Alvarado, director académico

        Le adjuntamos la invitación para su calendario. Recuerde traer su ensayo impreso.

        Cordialmente,
        Oficina de Admisiones
        Escuela de Negocios del Istmo
        """)
    ics = TZ_EXTRA[TGU].join(["""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Escuela de Negocios del Istmo//Admisiones//ES
METHOD:PUBLISH
""", """
BEGIN:VEVENT
UID:admisiones-mba-2027-0441@eni.example.edu
DTSTAMP:20261106T170000Z
DTSTART;TZID=America/Tegucigalpa:20261114T090000
DTEND;TZID=America/Tegucigalpa:20261114T094500
SUMMARY:Entrevista de admisión MBA Ejecutivo - Daniela Zelaya
LOCATION:Campus Tegucigalpa\\, edificio de posgrado
ORGANIZER;CN=Oficina de Admisiones:mailto:admisiones@eni.example.edu
END:VEVENT
END:VCALENDAR"""])
    body = mixed(text(plain), calendar(ics, method="PUBLISH", cte="base64", filename="entrevista-admision.ics",
                                       disposition="attachment"))
    hs = heads(addr("Admisiones - Escuela de Negocios del Istmo", "admisiones@eni.example.edu"),
               "Entrevista de admisión confirmada - MBA Ejecutivo 2027", "2026-11-06 11:00", TGU,
               "<admisiones.0441.20261106@eni.example.edu>",
               via="from mail.eni.example.edu (mail.eni.example.edu [192.0.2.61])", ident="4Wb3Kx9pFr")
    return message(hs, body)


@mail(n(46), family="podcast", lang="es", interview=False, company=None,
      days=(("Tue", "2026-12-08"),),
      note="Google Calendar invite to record a podcast in which Daniela is the guest ('entrevista a Daniela "
           "Zelaya', mar 8 dic, 19:00); press/podcast, not a job interview")
def podcast_guest():
    plain = t("""
        Rebeca Sauceda te ha invitado a un evento.

        Grabación podcast Datos con Sabor - entrevista a Daniela Zelaya
        Cuándo
        martes, 8 de diciembre de 2026 7pm - 8pm (hora estándar central - Tegucigalpa)

        Descripción
        ¡Gracias por aceptar, Daniela! Grabamos por Riverside; te mando el enlace el mismo día.
        Temas: mujeres en datos en Honduras, microfinanzas y tu charla del meetup.

        Invitados
        Rebeca Sauceda - organizador
        Daniela Zelaya

        Invitación de Google Calendar
        """)
    ics = TZ_EXTRA[TGU].join(["""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""", """
BEGIN:VEVENT
DTSTART;TZID=America/Tegucigalpa:20261208T190000
DTEND;TZID=America/Tegucigalpa:20261208T200000
DTSTAMP:20261201T230500Z
ORGANIZER;CN=Rebeca Sauceda:mailto:rebeca@datosconsabor.com
UID:7ds2k0qm4f9b1vh3ct8nep6a5r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=daniela.zelaya@example.org;X-NUM-GUESTS=0:mailto:daniela.zelaya@example.org
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Grabación podcast Datos con Sabor - entrevista a Daniela Zelaya
END:VEVENT
END:VCALENDAR"""])
    body = alt(text(plain), html(gmail_html(plain)), calendar(ics, cte="base64"))
    subj = ("Invitación: Grabación podcast Datos con Sabor - entrevista a Daniela Zelaya @ mar 8 dic 2026 "
            "7pm - 8pm (CST) (daniela.zelaya@example.org)")
    hs = heads(addr("Rebeca Sauceda", "rebeca@datosconsabor.com"), subj, "2026-12-01 17:05", TGU,
               "<calendar-c3e81a5f-94b2-4d07-a6e1-5f2b8d0c7e19@google.com>",
               via="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", ident="4Nf6Wp2dQz",
               extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, body)


@mail(n(47), family="bank_appointment", lang="es", interview=False, company=None,
      days=(("Mon", "2026-11-30"),),
      note="Mortgage-adviser appointment at the same bank that interviewed her (lun 30 nov, 11:00); a "
           "personal banking appointment, not an interview")
def bank_mortgage():
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#003a5d">
        <p><b>Banco Lempira Unido</b> | Banca Personas</p>
        <p>Estimada Daniela Zelaya:</p>
        <p>Le confirmamos su cita con su asesora de crédito hipotecario:</p>
        <p><b>Asesora:</b> Licda. Nora Espinal<br>
        <b>Fecha:</b> lunes 30 de noviembre de 2026<br>
        <b>Hora:</b> 11:00 a.&nbsp;m.<br>
        <b>Agencia:</b> Los Próceres, Blvd. Morazán</p>
        <p>Documentos: DNI, constancia de trabajo con salario y antigüedad, últimos 3 estados de cuenta y la
        promesa de compraventa del inmueble.</p>
        <p>Si necesita reprogramar, llame al Call Center 2290-5000.</p>
        <p style="font-size:11px;color:#888">Banco Lempira Unido nunca le solicitará claves ni PIN por correo electrónico.</p>
        </body></html>
        """)
    hs = heads(addr("Banco Lempira Unido", "notificaciones@lempiraunido.hn"),
               "Confirmación de cita - Crédito hipotecario", "2026-11-25 10:40", TGU,
               "<notif.8a2f61c0.cita-hipotecario@lempiraunido.hn>",
               via="from smtp-out2.lempiraunido.hn (smtp-out2.lempiraunido.hn [190.6.207.12])", ident="4Rq2Tz7kVd")
    return message(hs, html(body_html, charset="iso-8859-1"))


@mail(n(48), family="sports_tryout", lang="es", interview=False, company=None,
      days=(("Sat", "2026-09-05"),),
      note="Volleyball club confirms a try-out ('prueba de selección', sáb 5 sep, 7:00 a. m.); not an "
           "interview")
def tryout_guacamayas():
    body = t("""
        ¡Hola Daniela!

        Gracias por inscribirte. Te confirmamos tu cupo para la prueba de selección del equipo femenino
        master (+30) de Club de Voleibol Las Guacamayas:

        Sábado 5 de septiembre, 7:00 a. m. en punto
        Gimnasio de la Villa Olímpica, cancha 2

        Traé rodilleras, agua y ropa cómoda. La prueba dura aproximadamente dos horas (calentamiento,
        saque, recepción y juego). Los resultados los publicamos el lunes en el grupo.

        ¡Nos vemos en la cancha!
        Karen Zúniga - entrenadora
        """)
    hs = heads(addr("Club de Voleibol Las Guacamayas", "guacamayasvoley@example.com"),
               "Prueba de selección - sábado 5 de septiembre", "2026-09-01 20:10", TGU,
               "<CAKv3n0Xz1+Pq8dR4mT7=Fw2bL@mail.gmail.com>",
               via="from mail-ua1-f52.google.com (mail-ua1-f52.google.com [209.85.222.52])", ident="4Fc8Qm1wTr")
    return message(hs, text(body, cte="8bit"))


@mail(n(49), family="forwarded_other_person", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="A friend forwards HER OWN confirmed Lever interview (Thu 8 Oct 1:00 PM CDT, Brightwell Credit) "
           "asking Daniela for practice help; someone else's interview, negative")
def forward_friend_interview():
    body = t("""
        Daniii!! Me confirmaron la entrevista 🎉🎉 es la del banco de Chicago que te conté.
        ¿Me ayudás a practicar el lunes en la noche? Te invito a las baleadas jaja

        Andre

        ---------- Forwarded message ---------
        De: Brightwell Credit <no-reply@hire.lever.co>
        Date: sáb, 3 oct 2026 a las 10:02
        Subject: Your interview with Brightwell Credit is confirmed
        To: <andrea.velasquez.hn@example.com>

        Hi Andrea,

        Your interview for Data Analyst II with Brightwell Credit is confirmed.

        Thursday, October 8, 2026 at 1:00 PM CDT (45 minutes)
        Video call: https://brightwell.zoom.us/j/84412077301

        Need to make a change? Reply to this email and Connor will help.

        Thanks,
        Connor Walsh
        Recruiting, Brightwell Credit
        """)
    hs = heads(addr("Andrea Velásquez", "andrea.velasquez.hn@example.com"),
               "Fwd: Your interview with Brightwell Credit is confirmed", "2026-10-03 11:48", TGU,
               "<CAGr8p1Wd+Hk3m0Qx7Tn=Vb5cJ@mail.gmail.com>",
               via="from mail-oi1-f170.google.com (mail-oi1-f170.google.com [209.85.167.170])", ident="4Km0Bw5rXe")
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(n(50), family="user_research", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Paid user-research session ('a one-on-one interview about budgeting apps', Thu 15 Oct 1:00 PM "
           "CT); a research session, not a job interview")
def user_research_fieldnote():
    plain = t("""
        Hi Daniela,

        Thanks for signing up! Your research session is confirmed.

        Study: How people in Central America manage household budgets
        When: Thursday, October 15, 2026 at 1:00 PM CT (60 minutes)
        Where: Zoom - link below, camera on please
        Incentive: USD 75 gift card, sent within 5 business days after the session

        It's a relaxed one-on-one interview with one of our researchers about how you use budgeting
        and mobile banking apps. There are no right or wrong answers.

        Join: https://fieldnote-research.zoom.us/j/97104418823

        Need to reschedule? Reply to this email.

        The Fieldnote Research team
        """)
    hs = heads(addr("Fieldnote Research", "studies@fieldnote-research.com"),
               "Confirmed: your research session on Thursday, October 15", "2026-10-09 14:30", "America/Chicago",
               "<01000199b7c2-fieldnote-studies-55812@email.amazonses.com>",
               via="from a9-44.smtp-out.amazonses.com (a9-44.smtp-out.amazonses.com [54.240.9.44])", ident="4Ts4Pv3nHc")
    return message(hs, alt(text(plain), html(gmail_html(plain))))
