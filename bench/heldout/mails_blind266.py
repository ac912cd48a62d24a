"""blind266: 50 hand-written mails from the inbox of Joaquín Paz, a sugar-industry process engineer
in San Miguel de Tucumán (America/Argentina/Tucuman, UTC-3 all year), September to mid-December 2026.

Keys 1-23 are positives (16 scheduled, 4 rescheduled, 3 cancelled), 24-50 negatives. File numbers
are a fixed shuffle of the writing order (ORDER below). Written blind: without reading the detector,
its tests, or any other held-out set.
"""

from __future__ import annotations

import hashlib
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
    message,
    mixed,
    multipart,
    raw_part,
    received,
    t,
    text,
    utc,
)
from make import mail as _mail

ORDER = random.Random(2660266).sample(range(1, 51), 50)

ME = "joaquin.paz@example.org"
ME_NAME = "Joaquín Paz"
TUC = "America/Argentina/Tucuman"
BA = "America/Argentina/Buenos_Aires"
CBA = "America/Argentina/Cordoba"
SLA = "America/Argentina/Salta"
SP = "America/Sao_Paulo"
HOU = "America/Chicago"
MAD = "Europe/Madrid"


def n(key: int) -> str:
    return f"blind266_{ORDER[key - 1]:03d}"


def mail(key: int, **kw):
    return _mail(n(key), **kw)


def me() -> str:
    return addr(ME_NAME, ME)


def _id(seed: str, k: int = 12) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:k]


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, relay: str, to: str | None = None,
         extra: tuple[tuple[str, str], ...] = (), lag: int = 3, charset: str = "utf-8") -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then the extra headers."""
    rid = _id(msgid)
    return [
        ("Delivered-To", ME),
        ("Received", received(relay, when, zone, f"mx2.example.org (Postfix) with ESMTPS id {rid.upper()[:10]}",
                              ME, lag)),
        ("From", frm),
        ("To", to or me()),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


def vtz_iana(zone: str, offset: str, name: str) -> str:
    """A VTIMEZONE for a zone without DST (Argentina, Brazil since 2019), Google/Apple style."""
    return t(f"""
        BEGIN:VTIMEZONE
        TZID:{zone}
        X-LIC-LOCATION:{zone}
        BEGIN:STANDARD
        TZOFFSETFROM:{offset}
        TZOFFSETTO:{offset}
        TZNAME:{name}
        DTSTART:19700101T000000
        END:STANDARD
        END:VTIMEZONE""").strip("\n")


VTZ_ARG_WIN = t("""
    BEGIN:VTIMEZONE
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
    END:VTIMEZONE""").strip("\n")

VTZ_MADRID = VTZ["Europe/Paris"].replace("Europe/Paris", "Europe/Madrid")

TEAMS_ES = t("""
    ________________________________________________________________________________
    Reunión de Microsoft Teams
    Unirse desde el equipo, la aplicación móvil o un dispositivo de sala
    Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
    Id. de reunión: {num}
    Código de acceso: {code}
    Descargar Teams<https://www.microsoft.com/es-ar/microsoft-teams/download-app> | Unirse a través de la web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
    """)

TEAMS_EN = t("""
    ________________________________________________________________________________
    Microsoft Teams meeting
    Join on your computer, mobile app or room device
    Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
    Meeting ID: {num}
    Passcode: {code}
    Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
    """)


def simple_html(body: str, style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222") -> str:
    """Paragraphs of a plain body as the HTML twin most ATS mailers send."""
    import html as _h

    paras = [p for p in body.strip("\n").split("\n\n")]
    inner = "\n".join("<p>" + "<br>\n".join(_h.escape(x) for x in p.split("\n")) + "</p>" for p in paras)
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="{style}">\n'
            f"{inner}\n</body></html>\n")


# =========================================================================== positives


# ---- 1: Greenhouse, Houston (CDT), recruiter screen, ICS in America/Chicago
@mail(1, family="greenhouse", lang="en", interview=True, kind="scheduled", company="Brazos Fermentation Technologies",
      start=utc("2026-09-15 10:00", HOU), end=utc("2026-09-15 10:45", HOU),
      contact="megan.whitfield@brazosferm.com", local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45",
      zone=HOU,
      note="Greenhouse confirmation from Houston; 10:00-10:45 AM CDT (UTC-5 in September) = 15:00-15:45Z, the "
           "body also gives 12:00 PM ART; ICS in America/Chicago agrees; contact = Reply-To recruiter")
def k01() -> bytes:
    body = t("""
        Hi Joaquín,

        Thanks for taking the time to speak with us! This email confirms your upcoming interview for the
        Process Engineer - Sugar & Ethanol (Remote, LATAM) position at Brazos Fermentation Technologies.

        Interview: Recruiter Screen
        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 10:45 AM CDT (12:00 PM - 12:45 PM in Tucumán)
        Location: Phone call - Megan will call you at +54 381 555 0142

        Interviewer(s):
        Megan Whitfield, Senior Technical Recruiter

        If you need to reschedule, simply reply to this email and we'll find another time.

        Best,
        Megan Whitfield
        Senior Technical Recruiter | Brazos Fermentation Technologies
        Houston, TX

        Powered by Greenhouse
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        @@VTZ@@
        BEGIN:VEVENT
        UID:gh-interview-57311926-brazosferm
        DTSTAMP:20260908T162000Z
        DTSTART;TZID=America/Chicago:20260915T100000
        DTEND;TZID=America/Chicago:20260915T104500
        SUMMARY:Recruiter Screen - Joaquín Paz - Process Engineer (Brazos Fermentation)
        LOCATION:Phone: +54 381 555 0142
        ORGANIZER;CN=Megan Whitfield:mailto:megan.whitfield@brazosferm.com
        ATTENDEE;CN=Joaquín Paz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:joaquin.paz@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR""").replace("@@VTZ@@", VTZ["America/Chicago"])
    hs = head('Brazos Fermentation Technologies <no-reply@us.greenhouse-mail.io>',
              "Interview Confirmation: Process Engineer – Sugar & Ethanol at Brazos Fermentation Technologies",
              "2026-09-08 11:20", HOU, "<gh.57311926.0d8f3c2a@us.greenhouse-mail.io>",
              relay="from o7.sg.greenhouse-mail.io (o7.sg.greenhouse-mail.io [167.89.41.7])",
              extra=(("Reply-To", addr("Megan Whitfield", "megan.whitfield@brazosferm.com")),
                     ("X-SG-EID", "u7Jf2kq0pX1rT9bN4cV8sLm3aQw5eZy6hD0gR1oK"),
                     ("Auto-Submitted", "auto-generated")))
    return message(hs, mixed(alt(text(body), html(simple_html(body))),
                             calendar(ics, cte="base64", filename="interview.ics", disposition="attachment",
                                      name_param=True)))


# ---- 2: Lever, Córdoba
@mail(2, family="lever", lang="es", interview=True, kind="scheduled", company="Agrometrika",
      start=utc("2026-09-17 10:00", CBA), end=utc("2026-09-17 11:00", CBA),
      contact="lucia.ferreyra@agrometrika.com.ar", local="Thu 2026-09-17 10:00", local_end="2026-09-17 11:00",
      zone=CBA,
      note="Lever confirmation in Spanish: jueves 17/9 10:00-11:00 hora de Argentina (UTC-3) = 13:00-14:00Z; "
           "contact = Reply-To recruiter (From is Lever's no-reply)")
def k02() -> bytes:
    body = t("""
        Hola Joaquín,

        ¡Gracias por tu interés en Agrometrika! Te confirmamos la entrevista para la posición de
        Ingeniero/a de Procesos Sr. – Planta de Bioinsumos (Córdoba).

        Cuándo: jueves, 17 de septiembre de 2026 · 10:00 – 11:00 (hora de Argentina, GMT-3)
        Dónde: Google Meet — https://meet.google.com/qzv-hrpt-kwa
        Con quién: Lucía Ferreyra (Talent Acquisition) y Ing. Marcos Bertolino (Jefe de Planta)

        Si necesitás cambiar el horario, respondé este correo y lo coordinamos.

        Saludos,
        Lucía Ferreyra
        Talent Acquisition · Agrometrika S.A.
        Av. Circunvalación 2650, Córdoba
        """)
    foot = "\n--\nEnviado a través de Lever · https://www.lever.co\n"
    hs = head("Agrometrika <no-reply@hire.lever.co>", "Confirmación de entrevista – Agrometrika",
              "2026-09-14 16:05", CBA, "<0100019e4a7b1c3d-7f21a9c8-4e0b-4d2c-9a51-55aa0e7c1b93-000000@email.amazonses.com>",
              relay="from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
              extra=(("Reply-To", addr("Lucía Ferreyra", "lucia.ferreyra@agrometrika.com.ar")),
                     ("X-Lever-Notification", "interview-confirmation")))
    return message(hs, alt(text(body + foot, cte="8bit"), html(simple_html(body + foot), cte="8bit")))


# ---- 3: Ashby, remote team in Buenos Aires, base64, ICS
@mail(3, family="ashby", lang="es", interview=True, kind="scheduled", company="Cañaverde Analytics",
      start=utc("2026-09-22 15:30", BA), end=utc("2026-09-22 16:15", BA),
      contact="tomas.acuna@canaverde.io", local="Tue 2026-09-22 15:30", local_end="2026-09-22 16:15", zone=BA,
      note="Ashby (base64 bodies + ICS): martes 22/9 15:30-16:15 GMT-3 = 18:30-19:15Z; contact = Reply-To and "
           "ICS ORGANIZER")
def k03() -> bytes:
    body = t("""
        Hola Joaquín:

        Tu entrevista está confirmada. ¡Qué bueno que avanzamos!

        Martes, 22 de septiembre de 2026
        15:30 – 16:15 (GMT-3, Buenos Aires)
        Google Meet: https://meet.google.com/bxe-wmta-fgo

        Vas a hablar con:
          Tomás Acuña — Head of Industrial Data
          Sofía Ledesma — Process Data Engineer

        Puesto: Process Data Engineer – Azúcar y Bioenergía (remoto, Argentina)

        ¿Dudas? Respondé este mail y le llega directamente a Tomás.

        Saludos,
        Equipo de Cañaverde Analytics
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        @@VTZ@@
        BEGIN:VEVENT
        UID:3c1e9a0b-55d2-4f8e-9b1a-7d0c2e4f6a18
        DTSTAMP:20260918T214000Z
        DTSTART;TZID=America/Argentina/Buenos_Aires:20260922T153000
        DTEND;TZID=America/Argentina/Buenos_Aires:20260922T161500
        SEQUENCE:0
        SUMMARY:Cañaverde Analytics – Entrevista técnica (Joaquín Paz)
        LOCATION:https://meet.google.com/bxe-wmta-fgo
        ORGANIZER;CN=Tomás Acuña:mailto:tomas.acuna@canaverde.io
        ATTENDEE;CN=Joaquín Paz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:joaquin.paz@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR""").replace("@@VTZ@@", vtz_iana(BA, "-0300", "-03"))
    hs = head(addr("Cañaverde Analytics", "no-reply@ashbyhq.com"),
              "Entrevista confirmada: Process Data Engineer en Cañaverde Analytics",
              "2026-09-18 18:40", BA, "<010001a2c4e95b7f-9d3e21c0-6b7a-4f55-8e1d-3a2b0c9f7e64-000000@email.amazonses.com>",
              relay="from mail.ashbyhq.com (mail.ashbyhq.com [108.233.221.103])",
              extra=(("Reply-To", addr("Tomás Acuña", "tomas.acuna@canaverde.io")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(simple_html(body), cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# ---- 4: Workday, Rosario, HTML only, DD/MM date, "duración estimada"
@mail(4, family="workday", lang="es", interview=True, kind="scheduled", company="Terminales Paraná",
      start=utc("2026-10-01 09:30", CBA), contact="romina.gallo@terminalesparana.com.ar",
      local="Thu 2026-10-01 09:30", zone=CBA,
      note="Workday HTML-only mail: 'Fecha: 01/10/2026' is 1 October (DD/MM), 09:30 GMT-03:00 = 12:30Z; "
           "'Duración estimada: 1 hora' is approximate so end null; contact = the recruiter named in the body "
           "(From is the Workday tenant mailbox)")
def k04() -> bytes:
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;padding:0;background:#f2f2f2">
        <table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f2f2"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#0b3d5c;color:#fff;font-size:18px"><b>Terminales Paraná S.A.</b></td></tr>
        <tr><td>
        <p>Estimado/a Joaquín Paz:</p>
        <p>Nos complace invitarlo/a a continuar en el proceso de selección para la posición
        <b>Ingeniero de Procesos – Planta de Crushing Timbúes (R-004417)</b>. Su entrevista ha sido programada con los siguientes datos:</p>
        <table cellpadding="4" cellspacing="0" border="0" style="font-size:14px">
        <tr><td><b>Fecha:</b></td><td>01/10/2026</td></tr>
        <tr><td><b>Hora:</b></td><td>09:30 (GMT-03:00) Argentina</td></tr>
        <tr><td><b>Duración estimada:</b></td><td>1 hora</td></tr>
        <tr><td><b>Modalidad:</b></td><td>Microsoft Teams (el enlace le llegará en una invitación separada)</td></tr>
        <tr><td><b>Entrevistadores:</b></td><td>Ing. Hugo Medina (Gerente de Planta), Romina Gallo (Talent Acquisition)</td></tr>
        </table>
        <p>Ante cualquier consulta puede escribir a Romina Gallo (<a href="mailto:romina.gallo@terminalesparana.com.ar">romina.gallo@terminalesparana.com.ar</a>).</p>
        <p>Puede revisar el estado de su postulación en nuestro <a href="https://wd3.myworkdaysite.com/es/recruiting/terminalesparana/Careers">portal de empleos</a>.</p>
        <p>Saludos cordiales,<br>Talent Acquisition<br>Terminales Paraná S.A.</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888">Este es un mensaje automático enviado desde Workday. Por favor no responda a este correo.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head(addr("Terminales Paraná", "terminalesparana@myworkday.com"),
              "Entrevista programada: Ingeniero de Procesos – Planta de Crushing Timbúes",
              "2026-09-23 09:12", CBA, "<1871650322.42817.1790151120114@wd3-prod-mailer-11.myworkday.com>",
              relay="from wd3-prod-mailer-11.myworkday.com (wd3-prod-mailer-11.myworkday.com [216.20.241.88])",
              extra=(("X-Workday-Tenant", "terminalesparana"), ("Auto-Submitted", "auto-generated")))
    return message(hs, html(body))


# ---- 5: SmartRecruiters, Salta, iso-8859-15 text + HTML, range
@mail(5, family="smartrecruiters", lang="es", interview=True, kind="scheduled", company="Litio de la Puna",
      start=utc("2026-10-14 10:00", SLA), end=utc("2026-10-14 11:30", SLA),
      contact="garancibia@litiopuna.com.ar", local="Wed 2026-10-14 10:00", local_end="2026-10-14 11:30",
      zone=SLA,
      note="SmartRecruiters, Salta (UTC-3): miércoles 14/10 de 10:00 a 11:30 = 13:00-14:30Z; no Reply-To, "
           "contact = the hiring manager's address in the body")
def k05() -> bytes:
    body = t("""
        Hola Joaquín,

        Te escribimos desde Litio de la Puna S.A. para confirmar tu entrevista presencial para el puesto
        de Ingeniero/a de Procesos - Planta de Carbonato de Litio.

        Fecha: miércoles 14 de octubre de 2026
        Horario: de 10:00 a 11:30 hs (hora Argentina)
        Lugar: Oficinas Salta Capital, Av. Bolivia 4650, 2º piso
        Entrevistan: Ing. Gustavo Arancibia (Gerente de Operaciones) y Valeria Cruz (RR.HH.)

        Los gastos de traslado desde Tucumán corren por nuestra cuenta; guardá los comprobantes.
        Para cualquier cambio escribile directamente a Gustavo: garancibia@litiopuna.com.ar

        ¡Éxitos!
        Equipo de Selección · Litio de la Puna

        Este mensaje fue enviado por SmartRecruiters en nombre de Litio de la Puna S.A.
        """)
    hs = head(addr("Litio de la Puna", "noreply@smartrecruiters.com"),
              "Confirmación de entrevista – Ingeniero/a de Procesos (Salta)",
              "2026-10-05 09:30", SLA, "<SR-7c0e3b1f42d9.61ab0e@smartrecruiters.com>",
              relay="from mail-out4.smartrecruiters.com (mail-out4.smartrecruiters.com [185.43.108.14])",
              extra=(("X-SR-Template", "interview-confirmation"),))
    return message(hs, alt(text(body, charset="iso-8859-15"), html(simple_html(body))))


# ---- 6: Teamtailor, São Paulo employer writing Spanish (thread start; rescheduled in key 18)
@mail(6, family="teamtailor", lang="es", interview=True, kind="scheduled", company="Usina Boa Vista Bioenergia",
      start=utc("2026-10-13 14:00", SP), end=utc("2026-10-13 14:45", SP),
      contact="camila.nogueira@usinaboavista.com.br", local="Tue 2026-10-13 14:00",
      local_end="2026-10-13 14:45", zone=SP,
      note="Teamtailor from a São Paulo company, in Spanish: martes 13/10 14:00-14:45 horario de Brasília "
           "(UTC-3, no DST since 2019) = 17:00-17:45Z; contact = Reply-To recruiter")
def k06() -> bytes:
    body = t("""
        Hola Joaquín,

        ¡Tu entrevista está confirmada!

        Puesto: Ingeniero de Procesos – Destilería (Piracicaba / remoto parcial)
        Fecha: martes, 13 de octubre de 2026
        Horario: 14:00 – 14:45 (horario de Brasília, GMT-3)
        Lugar: Microsoft Teams (link abajo)
        Entrevistadora: Camila Nogueira, Analista de Atracción de Talentos

        Obs.: Brasília y Tucumán están en el mismo horario, así que para vos también son las 14 h.

        Unirse a la reunión: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzA1ZjE4YjMtZTdi%40thread.v2/0

        Atentamente,
        Camila Nogueira
        Usina Boa Vista Bioenergia S.A. · São Paulo, SP
        """)
    hs = head(addr("Usina Boa Vista Bioenergia", "no-reply@teamtailor-mail.com"),
              "Entrevista confirmada – Ingeniero de Procesos (Destilería)",
              "2026-10-06 14:00", SP, "<6f3b0d2e-1a7c-4b39-8e55-0c2d9a41f7b6@teamtailor-mail.com>",
              relay="from mail.teamtailor-mail.com (mail.teamtailor-mail.com [149.72.143.20])",
              extra=(("Reply-To", addr("Camila Nogueira", "camila.nogueira@usinaboavista.com.br")),
                     ("List-Unsubscribe", "<https://app.teamtailor.com/unsubscribe/c/8d21f0a7>")))
    return message(hs, alt(text(body), html(simple_html(body))))


# ---- 7: Calendly, Houston staffing agency, time in Argentina Time (thread; cancelled in key 22)
@mail(7, family="calendly", lang="en", interview=True, kind="scheduled", company="Bayou Talent Partners",
      start=utc("2026-10-21 09:00", BA), end=utc("2026-10-21 09:30", BA),
      contact="tyler.brennan@bayoutalent.com", local="Wed 2026-10-21 09:00", local_end="2026-10-21 09:30", zone=BA,
      note="Calendly invitee confirmation shown in the invitee's zone: 9:00am-9:30am Argentina Time = "
           "12:00-12:30Z (the ICS is in UTC); Date header in +0000; contact = Reply-To host (recruiter)")
def k07() -> bytes:
    body = t("""
        Hi Joaquín Paz,

        Your 30 Minute Intro Call with Tyler Brennan at 9:00am (Argentina Time) on Wednesday, October 21, 2026 is scheduled.

        Event Type:
        30 Minute Intro Call

        Event Date/Time:
        9:00am - 9:30am (Argentina Time) on Wednesday, October 21, 2026

        Location:
        This is a Zoom web conference.
        https://us06web.zoom.us/j/83017749261?pwd=QmFZc0hYd1pLRk5yT2xvU3c

        Invitee Time Zone:
        Argentina Time

        Questions:
        Please share anything that will help prepare for our meeting.
        Interested in the Sugar Mill Process Engineer role (client in Louisiana, remote).

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/1f0c7d2a-9b3e-4e61-a8d5-62b7f0e3c914
        Reschedule: https://calendly.com/reschedulings/1f0c7d2a-9b3e-4e61-a8d5-62b7f0e3c914

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:1f0c7d2a-9b3e-4e61-a8d5-62b7f0e3c914@calendly.com
        DTSTAMP:20261015T211407Z
        DTSTART:20261021T120000Z
        DTEND:20261021T123000Z
        SUMMARY:30 Minute Intro Call between Tyler Brennan and Joaquin Paz
        LOCATION:https://us06web.zoom.us/j/83017749261
        ORGANIZER;CN=Tyler Brennan:mailto:tyler.brennan@bayoutalent.com
        ATTENDEE;CN=Joaquin Paz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:joaquin.paz@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR""")
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: 30 Minute Intro Call with Tyler Brennan on Wednesday, October 21, 2026",
              "2026-10-15 21:14", "UTC", "<calendly.1f0c7d2a9b3e.invitee@calendly.com>",
              relay="from mail-200.calendly.com (mail-200.calendly.com [198.2.180.200])",
              extra=(("Reply-To", addr("Tyler Brennan", "tyler.brennan@bayoutalent.com")),))
    return message(hs, mixed(alt(text(body), html(simple_html(body))),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


# ---- 8: Exchange / Outlook meeting request, Buenos Aires, time only in the ICS (Argentina Standard Time)
@mail(8, family="exchange", lang="es", interview=True, kind="scheduled", company="Azucarera del Plata",
      start=utc("2026-10-26 15:00", BA), end=utc("2026-10-26 16:00", BA),
      contact="pdominguez@azucareradelplata.com.ar", local="Mon 2026-10-26 15:00", local_end="2026-10-26 16:00",
      zone=BA,
      note="Outlook meeting request whose body has only a note and the Teams block: the time is only in the ICS, "
           "DTSTART;TZID=Argentina Standard Time 20261026T150000 (UTC-3) = 18:00Z, DTEND 19:00Z; contact = the "
           "human sender / ORGANIZER")
def k08() -> bytes:
    teams = TEAMS_ES.format(mid="OGQ1ZTc0YjItMzFhNS00", num="263 114 598 207", code="aW7sKq")
    body = t("""
        Hola Joaquín,

        Como hablamos por teléfono, te envío la invitación para la entrevista con Ricardo Sosa (Gerente
        Industrial) y conmigo. Cualquier inconveniente avisame.

        Saludos,
        Paula

        Paula Domínguez | Selección y Desarrollo
        Azucarera del Plata S.A. | Av. Leandro N. Alem 1050, CABA
        """) + "\n" + teams
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @@VTZ@@
        BEGIN:VEVENT
        ORGANIZER;CN=Paula Domínguez:mailto:pdominguez@azucareradelplata.com.ar
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joaquin.paz@example.org:mailto:joaquin.paz@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ricardo Sosa:mailto:rsosa@azucareradelplata.com.ar
        DESCRIPTION;LANGUAGE=es-AR:Hola Joaquín\\,\\n\\nComo hablamos por teléfono\\, te envío la invitación para la entrevista con Ricardo Sosa.\\n
        UID:040000008200E00074C5B7101A82E00800000000A07C3B1E6C60DD01000000000000000010000000F3B8E61A2C0D7A4C8E6B2F14A9D3C571
        SUMMARY;LANGUAGE=es-AR:Entrevista – Gerencia de Planta / Joaquín Paz
        DTSTART;TZID=Argentina Standard Time:20261026T150000
        DTEND;TZID=Argentina Standard Time:20261026T160000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261020T140300Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-AR:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2121835044
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-LOCATIONS:[{"DisplayName":"Reunión de Microsoft Teams","LocationAnnotation":"","LocationUri":"","LocationStreet":"","LocationCity":"","LocationState":"","LocationCountry":"","LocationPostalCode":"","LocationFullAddress":""}]
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR""").replace("@@VTZ@@", VTZ_ARG_WIN)
    hs = head(addr("Paula Domínguez", "pdominguez@azucareradelplata.com.ar"),
              "Entrevista – Gerencia de Planta / Joaquín Paz", "2026-10-20 11:03", BA,
              "<CP4P284MB1876A0C1D92E3B5F7A40E6B1C9D2A@CP4P284MB1876.BRAP284.PROD.OUTLOOK.COM>",
              relay="from BRAP284CU002.outbound.protection.outlook.com (mail-brazilsouthazon11022107.outbound."
                    "protection.outlook.com [52.101.196.107])",
              extra=(("Thread-Topic", enc("Entrevista – Gerencia de Planta / Joaquín Paz")),
                     ("Thread-Index", "AdtJd8Q0nP2xL1uVQk6cY7m3Hf2BzA=="),
                     ("Accept-Language", "es-AR, en-US"), ("Content-Language", "es-AR"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(simple_html(body, "font-family:Aptos,Calibri,sans-serif;font-size:11pt")),
                           calendar(ics, cte="base64")))


# ---- 9: Google Calendar invitation, Tucumán sugar mill, ICS in UTC + application/ics
@mail(9, family="google_calendar", lang="es", interview=True, kind="scheduled", company="Ingenio Los Alisos",
      start=utc("2026-10-29 09:00", TUC), end=utc("2026-10-29 10:30", TUC),
      contact="mariela.soria@ingeniolosalisos.com.ar", local="Thu 2026-10-29 09:00", local_end="2026-10-29 10:30",
      zone=TUC,
      note="Google Calendar invitation (Spanish UI): jueves 29/10 9:00-10:30 hora de Argentina - Tucumán "
           "(UTC-3) = 12:00-13:30Z; ICS in UTC agrees; contact = organizer (sender / Reply-To)")
def k09() -> bytes:
    body = t("""
        Te invitaron al siguiente evento.

        Entrevista técnica – Jefe de Fábrica
        Hola Joaquín, te esperamos en la planta (oficina de Dirección Industrial, entrada por Ruta 38). Traé DNI para el ingreso. Participamos el Ing. Raúl Costilla y yo.

        Cuándo
        jueves, 29 de octubre de 2026 9:00 – 10:30
        Hora estándar de Argentina - Tucumán

        Ubicación
        Ingenio Los Alisos - Ruta Nacional 38 km 789, Famaillá, Tucumán
        https://www.google.com/maps/search/Ingenio+Los+Alisos+Ruta+38+Famaill%C3%A1?hl=es

        Invitados
        Mariela Soria - organizador
        Raúl Costilla
        joaquin.paz@example.org

        Ver todos los detalles del invitado: https://calendar.google.com/calendar/event?action=VIEW&eid=M2g4bmRyNmQ0a2w

        ¿Vas a asistir? Sí - Quizás - No    Más opciones

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Recibes este correo electrónico porque eres un invitado al evento. Para dejar de recibir
        actualizaciones de este evento, rechaza el evento.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261029T120000Z
        DTEND:20261029T133000Z
        DTSTAMP:20261022T130000Z
        ORGANIZER;CN=Mariela Soria:mailto:mariela.soria@ingeniolosalisos.com.ar
        UID:3h8ndr6d4kl2q9v0b7c1e5s8ft@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Mariela Soria;X-NUM-GUESTS=0:mailto:mariela.soria@ingeniolosalisos.com.ar
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Raúl Costilla;X-NUM-GUESTS=0:mailto:rcostilla@ingeniolosalisos.com.ar
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joaquin.paz@example.org;X-NUM-GUESTS=0:mailto:joaquin.paz@example.org
        X-MICROSOFT-CDO-OWNERAPPTID:-1583920117
        CREATED:20261022T130000Z
        DESCRIPTION:Hola Joaquín\\, te esperamos en la planta (oficina de Dirección Industrial\\, entrada por Ruta 38). Traé DNI para el ingreso.
        LAST-MODIFIED:20261022T130000Z
        LOCATION:Ingenio Los Alisos - Ruta Nacional 38 km 789\\, Famaillá\\, Tucumán
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista técnica – Jefe de Fábrica
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR""")
    subj = ("Invitación: Entrevista técnica – Jefe de Fábrica @ jue 29 oct 2026 9:00 - 10:30 (GMT-3) "
            "(joaquin.paz@example.org)")
    hs = head(addr("Mariela Soria", "mariela.soria@ingeniolosalisos.com.ar"), subj, "2026-10-22 10:00", TUC,
              "<calendar-8a1f2c3d-4e5b-6a7c-8d9e-0f1a2b3c4d5e@google.com>",
              relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Mariela Soria", "mariela.soria@ingeniolosalisos.com.ar"))))
    return message(hs, mixed(alt(text(body, cte="base64"), html(simple_html(body), cte="base64"),
                                 calendar(ics, cte="base64")),
                             calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


# ---- 10: recruiter's short phone reply closing the thread opened in key 31 (vos, "jueves 10/12 a las 11 hs")
@mail(10, family="human_prose", lang="es", interview=True, kind="scheduled", company="Citrícola Aconquija",
      start=utc("2026-12-10 11:00", TUC), contact="svaldez@citricolaaconquija.com.ar",
      local="Thu 2026-12-10 11:00", zone=TUC,
      note="Phone-written reply 'quedamos el jueves 10/12 a las 11 hs en planta' (Tucumán, UTC-3) = 14:00Z; "
           "'una hora y media más o menos' is approximate so end null; the quoted thread holds the earlier "
           "proposal; contact = human sender")
def k10() -> bytes:
    body = t("""
        Listo Joaquín, quedamos el jueves 10/12 a las 11 hs en planta (Ruta 301 km 12, Famaillá). Preguntá por mí en portería. Vamos a estar con el gerente industrial, calculá una hora y media más o menos.

        Abrazo
        Santiago

        Enviado desde mi Galaxy


        -------- Mensaje original --------
        De: Joaquín Paz <joaquin.paz@example.org>
        Fecha: 2/12/26 21:14 (GMT-03:00)
        Para: Santiago Valdez <svaldez@citricolaaconquija.com.ar>
        Asunto: Re: Entrevista - Jefe de Planta de Jugos

        Hola Santiago, el jueves 10 a las 11 me queda perfecto. ¿Es en la planta de Famaillá o en las oficinas del centro?
        Saludos,
        Joaquín

        El mar, 1 dic 2026 a las 10:05, Santiago Valdez (<svaldez@citricolaaconquija.com.ar>) escribió:
        > Hola Joaquín, ¿cómo va? Te escribo de Citrícola Aconquija por la búsqueda de Jefe de Planta de Jugos.
        > Nos gustaría conocerte en persona. ¿Te parece el jueves 10 a las 11? Si no, el viernes 11 a primera hora.
        > Saludos,
        > Santiago Valdez
        > Gerente de RR.HH. | Citrícola Aconquija S.A.
        """)
    hs = head(addr("Santiago Valdez", "svaldez@citricolaaconquija.com.ar"),
              "Re: Entrevista - Jefe de Planta de Jugos", "2026-12-03 08:47", TUC,
              "<a7c2e91b-3f05-4d8e-b6a4-29f1c0d7e385@citricolaaconquija.com.ar>",
              relay="from smtp.citricolaaconquija.com.ar (smtp.citricolaaconquija.com.ar [200.45.112.38])",
              extra=(("In-Reply-To", "<CAJpz4kTq1x9rVbN0m2Wc7HfQeL3aS8uYdK5gPoJ@mail.gmail.com>"),
                     ("References", "<f1d08b2c-77e4-4a09-9c3e-8b5a6d2e1f40@citricolaaconquija.com.ar>\r\n"
                                    " <CAJpz4kTq1x9rVbN0m2Wc7HfQeL3aS8uYdK5gPoJ@mail.gmail.com>"),
                     ("X-Mailer", "Samsung Mobile Email")))
    return message(hs, text(body, cte="8bit"))


# ---- 11: human prose, usted, norteño register, windows-1252 8bit, all-day ICS with the time only in the text
@mail(11, family="human_prose", lang="es", interview=True, kind="scheduled", company="Cervecería Andina del Norte",
      start=utc("2026-10-19 15:00", SLA), contact="rmamani@cervezaandina.com.ar",
      local="Mon 2026-10-19 15:00", zone=SLA,
      note="Formal letter (usted) 'lunes 19 de octubre a las tres de la tarde' in Salta (UTC-3) = 18:00Z; the "
           "attached Outlook appointment is all-day (VALUE=DATE 20261019), the time is only in the text; no "
           "duration; contact = human sender (HR)")
def k11() -> bytes:
    body = t("""
        Estimado Ing. Paz:

        Por medio de la presente le confirmamos la entrevista para el puesto de Jefe de Procesos (Elaboración) para el día lunes 19 de octubre a las tres de la tarde, en nuestra planta de Av. Tavella 3800, Salta Capital.

        Será recibido por el Gerente de Planta, Ing. Eduardo Guaymás, y por quien suscribe. Le solicitamos presentarse con su DNI y una copia impresa de su CV.

        Le adjunto un recordatorio para su agenda.

        Sin otro particular, lo saludo muy atentamente.

        Rosa Mamaní
        Recursos Humanos
        Cervecería Andina del Norte S.A.
        Tel. (0387) 431-5520
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
        VERSION:2.0
        METHOD:PUBLISH
        BEGIN:VEVENT
        CLASS:PUBLIC
        CREATED:20261009T204500Z
        DESCRIPTION:Entrevista Ing. Joaquín Paz - Jefe de Procesos. Planta Av. Tavella 3800.\\n
        DTEND;VALUE=DATE:20261020
        DTSTAMP:20261009T204500Z
        DTSTART;VALUE=DATE:20261019
        LAST-MODIFIED:20261009T204500Z
        LOCATION:Planta Av. Tavella 3800\\, Salta
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=es-ar:Entrevista Ing. Paz - 15 hs
        TRANSP:TRANSPARENT
        UID:040000008200E00074C5B7101A82E0080000000030B4E2C1F55BDD01000000000000000010000000A1C3E5F7092B4D6F8A0C2E4F6A8B0C2D
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
        END:VEVENT
        END:VCALENDAR""")
    hs = head(addr("Rosa Mamaní", "rmamani@cervezaandina.com.ar", "iso-8859-1"),
              "Entrevista - Jefe de Procesos (Elaboración)", "2026-10-09 17:45", SLA,
              "<000001dd5a21$7c3e9b40$74bad1c0$@cervezaandina.com.ar>",
              relay="from srv-mail.cervezaandina.com.ar (srv-mail.cervezaandina.com.ar [181.14.233.70])",
              charset="iso-8859-1",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtYq7c1mR2vZpXkS0e4dFj9wLhT8g=="),
                     ("Content-Language", "es-ar")))
    return message(hs, mixed(text(body, charset="windows-1252", cte="8bit"),
                             calendar(ics, method=None, cte="base64", filename="Entrevista Ing. Paz.ics",
                                      disposition="attachment", name_param=True)))


# ---- 12: human prose, relative date "pasado mañana a primera hora" against the Date header
@mail(12, family="human_prose", lang="es", interview=True, kind="scheduled", company="Ingeniería Tafí",
      start=utc("2026-11-11 08:30", TUC), contact="evillagra@ingtafi.com.ar", local="Wed 2026-11-11 08:30",
      zone=TUC,
      note="'pasado mañana a primera hora, a las 8:30' from Date Mon 9 Nov 2026 19:20 (Tucumán) = Wed 11 Nov "
           "08:30 UTC-3 = 11:30Z; 'no más de una hora' is not an exact length so end null; text only, "
           "iso-8859-1 quoted-printable; contact = human sender")
def k12() -> bytes:
    body = t("""
        Joaquín, buenas noches.

        Como quedamos recién por teléfono, te espero pasado mañana a primera hora, a las 8:30, en la oficina de Crisóstomo Álvarez 671 (1er piso, timbre B). La idea es que charles con mi socio, el Ing. Hugo Díaz, sobre el proyecto del evaporador de múltiple efecto para el ingenio de Santiago del Estero y ver si te sumás al equipo. No te va a llevar más de una hora.

        Traé si podés algún balance de masa de los que hiciste en Santa Brígida (sin datos confidenciales, obvio).

        Saludos,

        Ernesto Villagra
        Socio Gerente
        Ingeniería Tafí S.R.L.
        Crisóstomo Álvarez 671 - San Miguel de Tucumán
        (0381) 422-8170

        -----Mensaje original-----
        De: Joaquín Paz [mailto:joaquin.paz@example.org]
        Enviado el: lunes, 9 de noviembre de 2026 11:02
        Para: Ernesto Villagra
        Asunto: CV - Ingeniero de procesos

        Estimado Ernesto: le envío mi CV por la búsqueda que comentó Marcelo Juárez. Quedo a disposición.
        Joaquín Paz
        """)
    hs = head(addr("Ernesto Villagra", "evillagra@ingtafi.com.ar"), "RE: CV - Ingeniero de procesos",
              "2026-11-09 19:20", TUC, "<002b01dd7260$1a9f4c80$4fdde580$@ingtafi.com.ar>",
              relay="from mail.ingtafi.com.ar (mail.ingtafi.com.ar [190.105.202.14])",
              extra=(("In-Reply-To", "<CAJpz4kR7x2mWq0b9TnV3eLc6HfY1aS8uZd4gPoQ@mail.gmail.com>"),
                     ("X-Mailer", "Microsoft Outlook 15.0")))
    return message(hs, text(body, charset="iso-8859-1"))


# ---- 13: Zoom block pasted by the recruiter, Houston, mail sent in CDT, interview in CST (after 1 Nov)
@mail(13, family="zoom", lang="en", interview=True, kind="scheduled", company="Brazos Fermentation Technologies",
      start=utc("2026-11-03 09:00", HOU), end=utc("2026-11-03 10:00", HOU),
      contact="megan.whitfield@brazosferm.com", local="Tue 2026-11-03 09:00", local_end="2026-11-03 10:00",
      zone=HOU,
      note="Recruiter confirms 'Tuesday, November 3 at 9:00 AM Central'; sent Tue 27 Oct in CDT but US clocks "
           "fall back on 1 Nov, so 9:00 CST (UTC-6) = 15:00Z (= noon in Tucumán, as the mail says); "
           "'The interview is 60 minutes' gives end 16:00Z; contact = human sender")
def k13() -> bytes:
    body = t("""
        Hi Joaquín,

        Great - you're confirmed for Tuesday, November 3 at 9:00 AM Central with Ethan Caldwell, our Director of Process Engineering. The interview is 60 minutes.

        Heads-up: our clocks fall back on Sunday, Nov 1, so 9:00 AM Central will be 12:00 noon your time in Tucumán (not 11:00 as it would have been this week).

        Ethan will want to go through your evaporation and crystallization work at Santa Brígida, so have a couple of numbers ready (steam economy, pol, that kind of thing).

        Zoom details below.

        Thanks!
        Megan

        Megan Whitfield
        Senior Technical Recruiter | Brazos Fermentation Technologies
        1400 Smith St, Suite 2200, Houston, TX 77002
        (713) 555-0198

        ---

        Megan Whitfield is inviting you to a scheduled Zoom meeting.

        Topic: Joaquín Paz / Ethan Caldwell - Process Engineer interview
        Time: Nov 3, 2026 09:00 AM Central Time (US and Canada)

        Join Zoom Meeting
        https://brazosferm.zoom.us/j/92277410385?pwd=bTlxR2NvS0ZmUWt0dUx2Y3BJQT09

        Meeting ID: 922 7741 0385
        Passcode: 551903

        ---

        From: Joaquín Paz <joaquin.paz@example.org>
        Sent: Monday, October 26, 2026 7:41 PM
        To: Megan Whitfield <megan.whitfield@brazosferm.com>
        Subject: Re: Next step - Process Engineer (Brazos)

        Hi Megan, Tuesday at 9 works great for me. Thanks!
        Joaquín
        """)
    hs = head(addr("Megan Whitfield", "megan.whitfield@brazosferm.com"), "RE: Next step - Process Engineer (Brazos)",
              "2026-10-27 14:05", HOU, "<SA1PR17MB5521C3E0B7F94D2A18E6C45BD9A72@SA1PR17MB5521.namprd17.prod.outlook.com>",
              relay="from NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2119.outbound.protection."
                    "outlook.com [40.107.243.119])",
              extra=(("In-Reply-To", "<CAJpz4kX0b5nRw8mT2qV7eLc3HfY9aS1uZd6gPoM@mail.gmail.com>"),
                     ("Thread-Topic", "Next step - Process Engineer (Brazos)"),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html(simple_html(body, "font-family:Calibri,sans-serif;font-size:11pt"))))


# ---- 14: GoodTime itinerary (HTML only, base64), times in the candidate's zone, first start to last end
@mail(14, family="goodtime", lang="en", interview=True, kind="scheduled", company="Brazos Fermentation Technologies",
      start=utc("2026-11-24 11:00", BA), end=utc("2026-11-24 14:00", BA),
      contact="dana.whitaker@brazosferm.com", local="Tue 2026-11-24 11:00", local_end="2026-11-24 14:00", zone=BA,
      note="GoodTime panel itinerary shown in Argentina Time (GMT-3): 11:00 AM to 2:00 PM = 14:00-17:00Z "
           "(8:00-11:00 AM CST also given, UTC-6 after 1 Nov); multi-session: first start to last end; contact = "
           "Reply-To coordinator")
def k14() -> bytes:
    body = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Interview schedule</title></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1f2933;background:#f7f8fa">
        <div style="max-width:620px;margin:0 auto;background:#fff;padding:28px">
        <p>Hi Joaquín,</p>
        <p>We're excited to have you meet the team for the <b>Process Engineer - Sugar &amp; Ethanol</b> role. Below is your final-round schedule.</p>
        <p style="font-size:16px"><b>Tuesday, November 24, 2026</b><br>
        <span style="color:#52606d">All times shown in Argentina Time (GMT-3) &middot; 8:00 AM - 11:00 AM Central Time</span></p>
        <table cellpadding="8" cellspacing="0" style="border-collapse:collapse;width:100%;font-size:14px">
        <tr style="background:#eef2f7"><th align="left">Time</th><th align="left">Session</th><th align="left">Interviewer</th></tr>
        <tr><td>11:00 AM - 11:45 AM</td><td>Process design deep-dive</td><td>Ethan Caldwell, Director of Process Engineering</td></tr>
        <tr><td>12:00 PM - 12:45 PM</td><td>Operations &amp; safety</td><td>Laura Jiménez, Plant Manager (Port Allen, LA)</td></tr>
        <tr><td>1:00 PM - 2:00 PM</td><td>Case study presentation</td><td>Panel</td></tr>
        </table>
        <p>All sessions take place on Zoom: <a href="https://brazosferm.zoom.us/j/95510238846">https://brazosferm.zoom.us/j/95510238846</a></p>
        <p>Need to make a change? Just reply to this email and Dana Whitaker, your recruiting coordinator, will help.</p>
        <p>Good luck!<br>Brazos Fermentation Technologies Talent Team</p>
        <hr style="border:none;border-top:1px solid #e4e7eb">
        <p style="font-size:11px;color:#9aa5b1">Scheduled with GoodTime &middot; <a href="https://goodtime.io">goodtime.io</a></p>
        </div></body></html>
        """)
    hs = head(addr("Brazos Fermentation Technologies", "noreply@goodtime.io"),
              "Your interview schedule with Brazos Fermentation Technologies - Tuesday, November 24",
              "2026-11-16 10:30", HOU, "<20261116163000.7d3f19e2a4b6@mail.goodtime.io>",
              relay="from o22.mail.goodtime.io (o22.mail.goodtime.io [149.72.161.22])",
              extra=(("Reply-To", addr("Dana Whitaker", "dana.whitaker@brazosferm.com")),))
    return message(hs, html(body, cte="base64"))


# ---- 15: Workable with relay Reply-To; contact = the interviewer's address in the body (bounce in key 47)
@mail(15, family="workable", lang="es", interview=True, kind="scheduled", company="Destilería Río Tercero",
      start=utc("2026-11-16 11:00", CBA), end=utc("2026-11-16 12:00", CBA),
      contact="nbustos@destileriart.com.ar", local="Mon 2026-11-16 11:00", local_end="2026-11-16 12:00", zone=CBA,
      note="Workable confirmation: lunes 16/11 11:00 a 12:00 GMT-3 = 14:00-15:00Z; Reply-To is a Workable relay "
           "(+...@candidates.workablemail.com), so contact = the interviewer's address written in the body")
def k15() -> bytes:
    body = t("""
        Hola Joaquín,

        Gracias por confirmar tu disponibilidad. Tu entrevista quedó agendada:

        Puesto: Ingeniero/a de Procesos – Fermentación y Destilación
        Fecha: lunes 16 de noviembre de 2026
        Hora: 11:00 a 12:00 (GMT-3, Córdoba)
        Tipo: Videollamada (Google Meet) – https://meet.google.com/ruk-fxzd-opa
        Entrevistador: Nicolás Bustos, Jefe de Producción

        Si tenés alguna consulta técnica, podés escribirle directamente a Nicolás: nbustos@destileriart.com.ar

        Saludos,
        Equipo de Recursos Humanos
        Destilería Río Tercero S.A.

        ---
        Respondé a este mensaje para comunicarte con el equipo de selección. Enviado con Workable.
        """)
    hs = head(addr("Destilería Río Tercero", "noreply@candidates.workablemail.com"),
              "Entrevista confirmada con Destilería Río Tercero", "2026-11-10 15:30", CBA,
              "<5f2a8c1e7b3d.1731263400.b7e0@candidates.workablemail.com>",
              relay="from mail-b14.workablemail.com (mail-b14.workablemail.com [34.226.91.14])",
              extra=(("Reply-To", addr("Destilería Río Tercero",
                                       "destileria-rio-tercero+6b1f0e2a9c@candidates.workablemail.com")),))
    return message(hs, alt(text(body), html(simple_html(body))))


# ---- 16: forwarded to himself as an attachment (message/rfc822); contact in the forwarded header
@mail(16, family="forward", lang="es", interview=True, kind="scheduled", company="Alcoholes del Litoral",
      start=utc("2026-11-20 09:30", CBA), end=utc("2026-11-20 10:15", CBA),
      contact="federico.luna@alcoholesdellitoral.com.ar", local="Fri 2026-11-20 09:30",
      local_end="2026-11-20 10:15", zone=CBA,
      note="Joaquín forwards from his other address to himself; the attached message confirms 'viernes 20/11 "
           "a las 9:30 ... Dura 45 minutos' (Rosario, UTC-3) = 12:30-13:15Z; contact = the recruiter in the "
           "forwarded message (never the candidate's own addresses)")
def k16() -> bytes:
    inner_body = t("""
        Joaquín, ¿cómo estás?

        Te confirmo la entrevista con Daniel Ortiz, gerente de planta, para el viernes 20/11 a las 9:30 por Google Meet (te mando el link el día anterior). Dura 45 minutos.

        Cualquier cosa me escribís por acá o al 341 15 555-2290.

        Saludos,
        Federico Luna
        Selección · Alcoholes del Litoral S.A. (Rosario)
        """)
    inner = message([
        ("From", addr("Federico Luna", "federico.luna@alcoholesdellitoral.com.ar")),
        ("To", addr("Joaquín Paz", "jpaz.ing@example.net")),
        ("Subject", enc("Entrevista con Gerencia de Planta – Alcoholes del Litoral")),
        ("Date", date("2026-11-13 17:48", CBA)),
        ("Message-ID", "<c93e0d4b-5a12-4f7e-8b61-02d7a9e4f1c8@alcoholesdellitoral.com.ar>"),
    ], text(inner_body))
    outer_body = t("""
        Para tenerlo en este mail también.
        J.
        """)
    hs = head(addr("Joaquín Paz", "jpaz.ing@example.net"),
              "Fwd: Entrevista con Gerencia de Planta – Alcoholes del Litoral", "2026-11-13 21:02", TUC,
              "<8b1d6e4f-2c7a-49e0-a3b5-d1f09c6e2a47@example.net>",
              relay="from smtp.example.net (smtp.example.net [203.0.113.25])",
              extra=(("User-Agent", "Mozilla Thunderbird"),))
    return message(hs, mixed(text(outer_body, cte="8bit"),
                             attached_message(inner, "Entrevista con Gerencia de Planta.eml")))


# ---- 17: Exchange update (Windows zone 'Central Standard Time'), old and new time, new one is the next UTC day
@mail(17, family="exchange", lang="en", interview=True, kind="rescheduled", company="Brazos Fermentation Technologies",
      start=utc("2026-11-05 18:30", HOU), end=utc("2026-11-05 19:15", HOU),
      contact="megan.whitfield@brazosferm.com", local="Thu 2026-11-05 18:30", local_end="2026-11-05 19:15",
      zone=HOU,
      note="Outlook update (SEQUENCE:1, TZID=Central Standard Time): old Tue 3 Nov 9:00 AM, new Thu 5 Nov "
           "6:30-7:15 PM Central; sent Fri 30 Oct in CDT but the new slot is after the 1 Nov fall-back, CST "
           "UTC-6 -> 00:30-01:15Z on Fri 6 Nov (another day in UTC; 9:30 PM in Tucumán as written); contact = "
           "sender / ORGANIZER")
def k17() -> bytes:
    body = t("""
        Hi Joaquín,

        Ethan has to be at our Port Allen plant on Tuesday, so we need to move your interview.

        Old time: Tuesday, November 3, 9:00 AM Central (12:00 PM Tucumán)
        New time: Thursday, November 5, 6:30 PM - 7:15 PM Central (9:30 PM - 10:15 PM Tucumán)

        Sorry it's so late in your evening - it's the only window Ethan has this week. He'll keep it to 45 minutes. Same Zoom link: https://brazosferm.zoom.us/j/92277410385

        Megan
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @@VTZ@@
        BEGIN:VEVENT
        ORGANIZER;CN=Megan Whitfield:mailto:megan.whitfield@brazosferm.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joaquin.paz@example.org:mailto:joaquin.paz@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ethan Caldwell:mailto:ethan.caldwell@brazosferm.com
        DESCRIPTION;LANGUAGE=en-US:Hi Joaquín\\,\\n\\nEthan has to be at our Port Allen plant on Tuesday\\, so we need to move your interview.\\n
        UID:040000008200E00074C5B7101A82E00800000000D2F1A07B8E67DD01000000000000000010000000B7E2C4A6183F5D0E9A1C3B5D7F90A2C4
        SUMMARY;LANGUAGE=en-US:Joaquín Paz / Ethan Caldwell - Process Engineer interview
        DTSTART;TZID=Central Standard Time:20261105T183000
        DTEND;TZID=Central Standard Time:20261105T191500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261030T214000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:https://brazosferm.zoom.us/j/92277410385
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:-1902274461
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR""").replace("@@VTZ@@", VTZ["Central Standard Time"])
    hs = head(addr("Megan Whitfield", "megan.whitfield@brazosferm.com"),
              "Updated: Joaquín Paz / Ethan Caldwell - Process Engineer interview", "2026-10-30 16:40", HOU,
              "<SA1PR17MB55218E2F0C4D17A9B3E6D02AC7F41@SA1PR17MB5521.namprd17.prod.outlook.com>",
              relay="from NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2131.outbound.protection."
                    "outlook.com [40.107.243.131])",
              extra=(("Thread-Topic", enc("Joaquín Paz / Ethan Caldwell - Process Engineer interview")),
                     ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(simple_html(body, "font-family:Calibri,sans-serif;font-size:11pt")),
                           calendar(ics, cte="base64")))


# ---- 18: the São Paulo recruiter moves the Teamtailor interview of key 6 (portuñol, old and new time)
@mail(18, family="human_prose", lang="es", interview=True, kind="rescheduled", company="Usina Boa Vista Bioenergia",
      start=utc("2026-10-15 10:00", SP), end=utc("2026-10-15 10:45", SP),
      contact="camila.nogueira@usinaboavista.com.br", local="Thu 2026-10-15 10:00", local_end="2026-10-15 10:45",
      zone=SP,
      note="Recruiter in São Paulo writing Spanish moves 'martes 13/10, 14:00 h' to 'jueves 15/10, 10:00 h "
           "(horario de Brasília)', UTC-3 = 13:00Z; 'la duración sigue siendo de 45 minutos' gives end 13:45Z; "
           "contact = human sender")
def k18() -> bytes:
    body = t("""
        Hola Joaquín, buen día!

        Disculpá el cambio de último momento: el gerente de Destilería, Rodrigo Tavares, va a estar en la usina de Piracicaba el martes y no va a poder participar. Precisamos cambiar la entrevista:

        ❌ antes: martes 13/10, 14:00 h
        ✅ ahora: jueves 15/10, 10:00 h (horario de Brasília = mismo horario de Tucumán)

        La duración sigue siendo de 45 minutos y el link de Teams es el mismo. Si por algún motivo no podés, me avisás.

        Abrazos,
        Camila

        --
        Camila Nogueira
        Analista de Atração de Talentos | Usina Boa Vista Bioenergia S.A.
        Av. Brigadeiro Faria Lima 3477 - São Paulo, SP
        +55 11 95555-3187
        """)
    hs = head(addr("Camila Nogueira", "camila.nogueira@usinaboavista.com.br"),
              "Re: Entrevista confirmada – Ingeniero de Procesos (Destilería)", "2026-10-09 10:15", SP,
              "<CAF3nq8Ww2p0xRk7mD1vT9bY4sQeL6hZc5gJoUaN@mail.gmail.com>",
              relay="from mail-lj1-f178.google.com (mail-lj1-f178.google.com [209.85.208.178])",
              extra=(("In-Reply-To", "<6f3b0d2e-1a7c-4b39-8e55-0c2d9a41f7b6@teamtailor-mail.com>"),
                     ("References", "<6f3b0d2e-1a7c-4b39-8e55-0c2d9a41f7b6@teamtailor-mail.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


# ---- 19: Google Calendar "Invitación actualizada", Córdoba, previous and new time
@mail(19, family="google_calendar", lang="es", interview=True, kind="rescheduled", company="Agrometrika",
      start=utc("2026-10-07 16:00", CBA), end=utc("2026-10-07 17:00", CBA),
      contact="lucia.ferreyra@agrometrika.com.ar", local="Wed 2026-10-07 16:00", local_end="2026-10-07 17:00",
      zone=CBA,
      note="Google Calendar update: 'Anteriormente: martes 6/10 10:00-11:00', now miércoles 7/10 16:00-17:00 "
           "hora de Argentina - Córdoba (UTC-3) = 19:00-20:00Z; ICS SEQUENCE:1 in America/Argentina/Cordoba; "
           "contact = organizer")
def k19() -> bytes:
    body = t("""
        Se modificó este evento.

        Entrevista con Dirección de Operaciones – Agrometrika
        Joaquín: movimos la charla con Marcos y con la directora de Operaciones porque el martes están en la planta de Villa María. ¡Gracias por la flexibilidad! Lucía

        Cuándo
        Modificado: miércoles, 7 de octubre de 2026 16:00 – 17:00
        Hora estándar de Argentina - Córdoba
        Anteriormente: martes, 6 de octubre de 2026 10:00 – 11:00

        Unirse con Google Meet
        https://meet.google.com/jtc-waxd-mpe

        Invitados
        Lucía Ferreyra - organizador
        Marcos Bertolino
        Gabriela Ruarte
        joaquin.paz@example.org

        ¿Vas a asistir? Sí - Quizás - No    Más opciones

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Recibes este correo electrónico porque eres un invitado al evento.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        @@VTZ@@
        BEGIN:VEVENT
        DTSTART;TZID=America/Argentina/Cordoba:20261007T160000
        DTEND;TZID=America/Argentina/Cordoba:20261007T170000
        DTSTAMP:20261001T150000Z
        ORGANIZER;CN=Lucía Ferreyra:mailto:lucia.ferreyra@agrometrika.com.ar
        UID:6q1bk0v7e2m9hd3rj8s5tf4ac0@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lucía Ferreyra;X-NUM-GUESTS=0:mailto:lucia.ferreyra@agrometrika.com.ar
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joaquin.paz@example.org;X-NUM-GUESTS=0:mailto:joaquin.paz@example.org
        CREATED:20260925T181500Z
        DESCRIPTION:Joaquín: movimos la charla con Marcos y con la directora de Operaciones.
        LAST-MODIFIED:20261001T150000Z
        LOCATION:
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Entrevista con Dirección de Operaciones – Agrometrika
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR""").replace("@@VTZ@@", vtz_iana(CBA, "-0300", "-03"))
    subj = ("Invitación actualizada: Entrevista con Dirección de Operaciones – Agrometrika @ mié 7 oct 2026 "
            "16:00 - 17:00 (GMT-3) (joaquin.paz@example.org)")
    hs = head(addr("Lucía Ferreyra", "lucia.ferreyra@agrometrika.com.ar"), subj, "2026-10-01 12:00", CBA,
              "<calendar-2c9e7a51-0b3d-4f68-9a1e-5d7c3b2f8e04@google.com>",
              relay="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Lucía Ferreyra", "lucia.ferreyra@agrometrika.com.ar"))))
    return message(hs, mixed(alt(text(body), html(simple_html(body)), calendar(ics, cte="base64")),
                             calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


# ---- 20: Personio reschedule, Spain, across the European fall-back (25 Oct)
@mail(20, family="personio", lang="es", interview=True, kind="rescheduled", company="Biorrefinería Ebro",
      start=utc("2026-10-27 16:00", MAD), end=utc("2026-10-27 17:00", MAD),
      contact="irene.lasheras@biorrefineriaebro.es", local="Tue 2026-10-27 16:00", local_end="2026-10-27 17:00",
      zone=MAD,
      note="Personio mail from Spain, sent Tue 20 Oct in CEST: old jueves 22/10 17:00, new martes 27/10 "
           "16:00-17:00 hora peninsular, after Spain's 25 Oct fall-back so CET UTC+1 = 15:00-16:00Z (12:00 in "
           "Tucumán, as written); ICS in Europe/Madrid agrees; contact = Reply-To recruiter")
def k20() -> bytes:
    body = t("""
        Hola Joaquín:

        Te escribimos porque hemos tenido que modificar la fecha de tu entrevista para el puesto de Ingeniero/a de Procesos – Fermentación (remoto, LATAM).

        Fecha anterior: jueves, 22 de octubre de 2026, 17:00 (hora peninsular española)
        Nueva fecha: martes, 27 de octubre de 2026, 16:00 – 17:00 (hora peninsular española)

        Ten en cuenta que el domingo 25 de octubre en España volvemos al horario de invierno, así que las 16:00 en Madrid serán las 12:00 del mediodía en Tucumán (la cita anterior también era a las 12:00 vuestras).

        El enlace de Google Meet no cambia: https://meet.google.com/hvo-pcty-zrk

        Un saludo,
        Irene Lasheras
        People & Talent · Biorrefinería Ebro S.L. · Zaragoza

        Este correo se ha enviado a través de Personio.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Personio GmbH//Recruiting//ES
        METHOD:REQUEST
        @@VTZ@@
        BEGIN:VEVENT
        UID:personio-interview-118273-biorrefineriaebro
        DTSTAMP:20261020T103000Z
        DTSTART;TZID=Europe/Madrid:20261027T160000
        DTEND;TZID=Europe/Madrid:20261027T170000
        SEQUENCE:1
        SUMMARY:Entrevista Joaquín Paz – Ingeniero/a de Procesos (Biorrefinería Ebro)
        LOCATION:https://meet.google.com/hvo-pcty-zrk
        ORGANIZER;CN=Irene Lasheras:mailto:irene.lasheras@biorrefineriaebro.es
        ATTENDEE;CN=Joaquín Paz;RSVP=TRUE:mailto:joaquin.paz@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR""").replace("@@VTZ@@", VTZ_MADRID)
    hs = head(addr("Biorrefinería Ebro", "no-reply@mail.personio.de"),
              "Cambio de fecha de tu entrevista – Ingeniero/a de Procesos (remoto LATAM)", "2026-10-20 12:30", MAD,
              "<20261020103000.b3e71c0a5d92@mail.personio.de>",
              relay="from mail.personio.de (mail.personio.de [18.196.42.117])",
              extra=(("Reply-To", addr("Irene Lasheras", "irene.lasheras@biorrefineriaebro.es")),))
    return message(hs, mixed(alt(text(body), html(simple_html(body))),
                             calendar(ics, cte="quoted-printable", filename="entrevista.ics", disposition="attachment")))


# ---- 21: Google Calendar cancellation (METHOD:CANCEL), Rosario, no new time
@mail(21, family="google_calendar", lang="es", interview=True, kind="cancelled", company="Oleaginosa San Lorenzo",
      start=utc("2026-11-13 10:00", CBA), end=utc("2026-11-13 11:00", CBA),
      contact="hquiroga@oleaginosasl.com.ar", local="Fri 2026-11-13 10:00", local_end="2026-11-13 11:00", zone=CBA,
      note="Google Calendar 'Evento cancelado' with METHOD:CANCEL: the cancelled slot viernes 13/11 10:00-11:00 "
           "hora de Argentina (UTC-3) = 13:00-14:00Z; search frozen, no new time; contact = organizer")
def k21() -> bytes:
    body = t("""
        Se canceló este evento y se quitó de tu calendario.

        Entrevista – Ingeniero de Procesos Sr.
        Joaquín, disculpá: se congeló la búsqueda por el presupuesto 2027. Te aviso si se reactiva. Hernán

        Cuándo
        viernes, 13 de noviembre de 2026 10:00 – 11:00
        Hora estándar de Argentina - Córdoba

        Invitados
        Hernán Quiroga - organizador
        joaquin.paz@example.org

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Recibes este correo electrónico porque eras un invitado al evento.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        DTSTART:20261113T130000Z
        DTEND:20261113T140000Z
        DTSTAMP:20261110T202000Z
        ORGANIZER;CN=Hernán Quiroga:mailto:hquiroga@oleaginosasl.com.ar
        UID:0vm4c2q8d1h7kf5sa9rjt3e6bn@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=joaquin.paz@example.org;X-NUM-GUESTS=0:mailto:joaquin.paz@example.org
        CREATED:20261104T141100Z
        DESCRIPTION:Joaquín\\, disculpá: se congeló la búsqueda por el presupuesto 2027. Te aviso si se reactiva. Hernán
        LAST-MODIFIED:20261110T202000Z
        LOCATION:Oleaginosa San Lorenzo - Planta San Lorenzo\\, Santa Fe
        SEQUENCE:2
        STATUS:CANCELLED
        SUMMARY:Entrevista – Ingeniero de Procesos Sr.
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR""")
    subj = ("Evento cancelado: Entrevista – Ingeniero de Procesos Sr. @ vie 13 nov 2026 10:00 - 11:00 (GMT-3) "
            "(joaquin.paz@example.org)")
    hs = head(addr("Hernán Quiroga", "hquiroga@oleaginosasl.com.ar"), subj, "2026-11-10 17:20", CBA,
              "<calendar-91d4e0b7-6c2a-4e85-b3f1-7a0d9c5e2b68@google.com>",
              relay="from mail-sor-f65.google.com (mail-sor-f65.google.com [209.85.220.65])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Hernán Quiroga", "hquiroga@oleaginosasl.com.ar"))))
    return message(hs, mixed(alt(text(body), html(simple_html(body)), calendar(ics, method="CANCEL", cte="base64")),
                             calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


# ---- 22: Calendly cancellation by the host of key 7 (Date in +0000)
@mail(22, family="calendly", lang="en", interview=True, kind="cancelled", company="Bayou Talent Partners",
      start=utc("2026-10-21 09:00", BA), end=utc("2026-10-21 09:30", BA),
      contact="tyler.brennan@bayoutalent.com", local="Wed 2026-10-21 09:00", local_end="2026-10-21 09:30", zone=BA,
      note="Calendly 'Canceled' by the host: the slot 9:00am-9:30am Argentina Time on Wed 21 Oct = 12:00-12:30Z; "
           "METHOD:CANCEL ICS in UTC; no new time (only a scheduling link); contact = Reply-To host")
def k22() -> bytes:
    body = t("""
        Hi Joaquín Paz,

        Tyler Brennan has canceled the following event.

        Event Type:
        30 Minute Intro Call

        Event Date/Time:
        9:00am - 9:30am (Argentina Time) on Wednesday, October 21, 2026

        Cancellation Reason:
        "So sorry Joaquín - my client just paused the search. I'll reach out as soon as it reopens."

        Want to schedule a new event? https://calendly.com/tyler-bayoutalent

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:1f0c7d2a-9b3e-4e61-a8d5-62b7f0e3c914@calendly.com
        DTSTAMP:20261019T140211Z
        DTSTART:20261021T120000Z
        DTEND:20261021T123000Z
        SUMMARY:Canceled: 30 Minute Intro Call between Tyler Brennan and Joaquin Paz
        ORGANIZER;CN=Tyler Brennan:mailto:tyler.brennan@bayoutalent.com
        ATTENDEE;CN=Joaquin Paz;ROLE=REQ-PARTICIPANT:mailto:joaquin.paz@example.org
        SEQUENCE:1
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR""")
    hs = head("Calendly <notifications@calendly.com>",
              "Canceled: 30 Minute Intro Call with Tyler Brennan on Wednesday, October 21, 2026",
              "2026-10-19 14:02", "UTC", "<calendly.1f0c7d2a9b3e.cancel@calendly.com>",
              relay="from mail-201.calendly.com (mail-201.calendly.com [198.2.180.201])",
              extra=(("Reply-To", addr("Tyler Brennan", "tyler.brennan@bayoutalent.com")),))
    return message(hs, mixed(alt(text(body), html(simple_html(body))),
                             calendar(ics, method="CANCEL", filename="invite.ics", disposition="attachment")))


# ---- 23: Taleo cancellation, HTML only, iso-8859-1, contact in the body, no new time yet
@mail(23, family="taleo", lang="es", interview=True, kind="cancelled", company="Nutrexa Alimentos",
      start=utc("2026-12-01 10:00", BA), contact="vibarra@nutrexa.com.ar", local="Tue 2026-12-01 10:00", zone=BA,
      note="Taleo HTML-only (iso-8859-1) cancellation of 'martes 1 de diciembre de 2026 a las 10:00 hs (hora de "
           "Buenos Aires)' = 13:00Z, new date to be coordinated later; no duration; contact = recruiter named "
           "in the body (From is the Taleo mailbox)")
def k23() -> bytes:
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body><font face="Arial" size="2">
        <p>Estimado/a Joaquín Paz:</p>
        <p>Le informamos que la entrevista programada para el <b>martes 1 de diciembre de 2026 a las 10:00 hs (hora de Buenos Aires)</b>,
        correspondiente a la posición <b>Ingeniero/a de Procesos Sr. - Planta Pilar (Req. 2600417)</b>, ha sido cancelada
        por razones de agenda del comité evaluador.</p>
        <p>Un integrante del equipo de Selección se comunicará con usted para coordinar una nueva fecha.</p>
        <p>Consultas: Verónica Ibarra, Analista de Selección (<a href="mailto:vibarra@nutrexa.com.ar">vibarra@nutrexa.com.ar</a>).</p>
        <p>Atentamente,<br>Selección de Personal<br>Nutrexa Alimentos S.A.</p>
        <p><font size="1" color="#808080">Este mensaje fue generado automáticamente por el sistema de reclutamiento. No responda a esta dirección.</font></p>
        </font></body></html>
        """)
    hs = head(addr("Nutrexa Alimentos", "nutrexa@taleo.net"),
              "Cancelación de entrevista - Req. 2600417 Ingeniero/a de Procesos Sr.", "2026-11-26 16:00", BA,
              "<1453118820.77031.1795719600221.JavaMail.taleo@tlfmail03.taleo.net>",
              relay="from tlfmail03.taleo.net (tlfmail03.taleo.net [160.34.12.83])", charset="iso-8859-1",
              extra=(("X-Mailer", "Taleo Enterprise Edition"),))
    return message(hs, html(body, charset="iso-8859-1"))


# =========================================================================== negatives


# ---- 24: iCIMS rejection after an interview (past date)
@mail(24, family="rejection", lang="en", interview=False, company="Trinity Sugar Refining",
      days=(("Tue", "2026-09-22"),),
      note="iCIMS rejection from a Sugar Land, TX refinery; mentions the interview already held on Tuesday, "
           "September 22 but confirms nothing ahead")
def k24() -> bytes:
    body = t("""
        Dear Joaquín,

        Thank you for taking the time to interview with us on Tuesday, September 22 for the Process Engineer II position in Sugar Land, TX. We appreciated the opportunity to learn more about your experience in cane sugar processing.

        After careful consideration, we have decided to move forward with other candidates whose experience more closely matches our current needs, including US work authorization for this role.

        We will keep your profile on file and encourage you to apply for future openings that match your background.

        Sincerely,
        Talent Acquisition
        Trinity Sugar Refining

        This message was sent from an unmonitored mailbox.
        """)
    hs = head(addr("Trinity Sugar Refining", "trinitysugar@talent.icims.com"),
              "Your application for Process Engineer II - Sugar Land, TX", "2026-09-25 15:48", HOU,
              "<1727297280.48213.icims.trinitysugar.2609@talent.icims.com>",
              relay="from mail5.icims.com (mail5.icims.com [63.150.174.35])",
              extra=(("X-iCIMS-Customer", "trinitysugar"), ("Auto-Submitted", "auto-generated")))
    return message(hs, alt(text(body), html(simple_html(body))))


# ---- 25: Workday offer (thread of key 4), deadline with a weekday, no interview
@mail(25, family="offer", lang="es", interview=False, company="Terminales Paraná",
      days=(("Fri", "2026-11-06"),),
      note="Workday offer letter after the interviews: acceptance deadline 'viernes 6/11' and a start date, no "
           "interview to confirm")
def k25() -> bytes:
    body = t("""
        Estimado Joaquín Paz:

        Nos complace informarle que ha sido seleccionado para la posición Ingeniero de Procesos – Planta de Crushing Timbúes (R-004417).

        Encontrará la carta oferta con el detalle de la remuneración, beneficios (incluye vivienda transitoria en Rosario durante los primeros tres meses) y la fecha de ingreso propuesta en su bandeja de tareas de Workday.

        Le solicitamos aceptar o rechazar la oferta en el portal antes del viernes 6/11. Si desea conversar algún punto de la propuesta, Romina Gallo queda a su disposición.

        ¡Felicitaciones!

        Talent Acquisition
        Terminales Paraná S.A.

        Este es un mensaje automático enviado desde Workday. Por favor no responda a este correo.
        """)
    hs = head(addr("Terminales Paraná", "terminalesparana@myworkday.com"),
              "Oferta de empleo – Ingeniero de Procesos (R-004417)", "2026-11-02 10:20", CBA,
              "<1955302114.90152.1793625600377@wd3-prod-mailer-07.myworkday.com>",
              relay="from wd3-prod-mailer-07.myworkday.com (wd3-prod-mailer-07.myworkday.com [216.20.241.84])",
              extra=(("X-Workday-Tenant", "terminalesparana"), ("Auto-Submitted", "auto-generated")))
    return message(hs, alt(text(body), html(simple_html(body))))


# ---- 26: JOIN application receipt
@mail(26, family="application_receipt", lang="es", interview=False, company="Biogás Tucumano",
      note="JOIN application receipt: only says an interview may follow; no time")
def k26() -> bytes:
    body = t("""
        Hola Joaquín,

        ¡Gracias por postularte a Ingeniero/a de Procesos – Planta Cruz Alta en Biogás Tucumano!

        Recibimos tu CV y lo estamos revisando. Si tu perfil coincide con lo que buscamos, te vamos a contactar para coordinar una entrevista en las próximas dos semanas.

        Mientras tanto, podés ver el estado de tu postulación acá: https://join.com/candidates/applications/4418273

        Saludos,
        El equipo de Biogás Tucumano

        Enviado con JOIN · join.com
        """)
    hs = head(addr("Biogás Tucumano via JOIN", "noreply@join.com"),
              "Recibimos tu postulación: Ingeniero/a de Procesos – Planta Cruz Alta", "2026-09-02 11:05", TUC,
              "<0102019c1e8f7a2b-4b7d9e03-2f1a-4c6e-8b5d-7e0a9c3f1d26-000000@eu-west-1.amazonses.com>",
              relay="from a7-18.smtp-out.eu-west-1.amazonses.com (a7-18.smtp-out.eu-west-1.amazonses.com "
                    "[54.240.7.18])",
              extra=(("Reply-To", "noreply@join.com"),))
    return message(hs, alt(text(body), html(simple_html(body))))


# ---- 27: job-board alert
@mail(27, family="job_alert", lang="es", interview=False, company=None,
      note="Job-board alert digest; 'entrevistas esta semana' is marketing copy, nothing is scheduled")
def k27() -> bytes:
    body = t("""
        Hola Joaquín, encontramos 7 nuevos empleos para tu búsqueda "ingeniero de procesos" en Tucumán y alrededores.

        Ingeniero/a de Procesos - Ingenio azucarero
        Confidencial · Tucumán (Lules) · publicado hace 2 días
        https://www.trabajonoa.com.ar/empleo/881273

        Jefe/a de Turno - Destilería de alcohol
        Bioenergía del Sur S.A. · Cruz Alta, Tucumán · publicado hace 3 días
        https://www.trabajonoa.com.ar/empleo/881002

        Supervisor/a de Calidad - Citrus
        Empresa líder · Famaillá, Tucumán · ¡Entrevistas esta semana!
        https://www.trabajonoa.com.ar/empleo/880954

        Ingeniero/a de Mantenimiento - Litio
        Salta (Puna) · régimen 14x14
        https://www.trabajonoa.com.ar/empleo/880711

        Ver los 7 empleos: https://www.trabajonoa.com.ar/alertas/ver/55213

        Recibís este correo porque creaste una alerta en TrabajoNOA. Dar de baja: https://www.trabajonoa.com.ar/alertas/baja/55213
        """)
    hs = head(addr("TrabajoNOA Alertas", "alertas@trabajonoa.com.ar"),
              "7 nuevos empleos para \"ingeniero de procesos\" en Tucumán", "2026-09-07 07:30", TUC,
              "<alerta-55213-20260907@trabajonoa.com.ar>",
              relay="from mta3.trabajonoa.com.ar (mta3.trabajonoa.com.ar [200.58.117.203])",
              extra=(("List-Unsubscribe", "<https://www.trabajonoa.com.ar/alertas/baja/55213>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")))
    return message(hs, alt(text(body, charset="iso-8859-1"), html(simple_html(body))))


# ---- 28: newsletter / blog post about interviews, with an example time
@mail(28, family="newsletter_tips", lang="en", interview=False, company=None,
      note="Substack newsletter on panel interviews at US refineries; the '9:00 AM Central' time is an example "
           "in the article, not an appointment")
def k28() -> bytes:
    body = t("""
        Cane & Crystal
        How to survive a panel interview at a US sugar refinery

        If you're a process engineer in Brazil, Argentina or Colombia applying to US mills, the panel interview is where most candidates stumble. Three things I've learned from both sides of the table:

        1. Convert the time yourself. If the invite says "Tuesday at 9:00 AM Central", check whether the US has already left daylight saving time (first Sunday of November). It's an hour's difference in Tucumán or São Paulo.

        2. Bring numbers. Steam economy, sucrose recovery, energy per tonne of cane. Vague answers kill panels.

        3. Ask about the off-season. US refineries run year-round; mills don't. Know which one you're talking to.

        Next week: negotiating a relocation package.

        Read in the app: https://canecrystal.substack.com/p/panel-interview-us-refinery
        Unsubscribe: https://canecrystal.substack.com/action/disable_email
        """)
    hs = head(addr("Cane & Crystal", "canecrystal@substack.com"),
              "How to survive a panel interview at a US sugar refinery", "2026-09-20 08:00", "America/New_York",
              "<20260920120000.3.a91f0e7c2d4b@substack.com>",
              relay="from mail188-21.suw21.mandrillapp.com (mail188-21.suw21.mandrillapp.com [198.2.188.21])",
              extra=(("List-Unsubscribe", "<https://canecrystal.substack.com/action/disable_email>"),
                     ("List-Id", "<canecrystal.substack.com>"), ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(simple_html(body, "font-family:Georgia,serif;font-size:17px"))))


# ---- 29: Recruitee self-scheduling: several specific slots offered, none chosen
@mail(29, family="self_schedule", lang="es", interview=False, company="Kessler Filtertechnik Argentina",
      days=(("Mon", "2026-11-23"), ("Tue", "2026-11-24"), ("Wed", "2026-11-25")),
      note="Recruitee 'elegí un horario' mail listing four open slots; nothing is booked yet")
def k29() -> bytes:
    body = t("""
        Hola Joaquín,

        ¡Buenas noticias! Queremos conocerte para la posición Ingeniero/a de Aplicaciones – Filtración para la industria azucarera (NOA).

        Elegí el horario que mejor te quede para una videollamada de 45 minutos con Andrea Kessler (Gerente Comercial):

          • lun 23/11 · 10:00
          • lun 23/11 · 15:00
          • mar 24/11 · 09:30
          • mié 25/11 · 11:00
          (hora de Argentina, GMT-3)

        Reservá tu horario: https://kesslerfiltertechnik.recruitee.com/o/ingeniero-aplicaciones-noa/schedule/9c41e2

        Si ninguno te sirve, respondé este correo y buscamos otra opción.

        Saludos,
        Kessler Filtertechnik Argentina S.A.
        """)
    hs = head(addr("Kessler Filtertechnik Argentina", "no-reply@mg.recruitee.com"),
              "Elegí un horario para tu entrevista – Kessler Filtertechnik", "2026-11-18 14:00", BA,
              "<20261118170000.1.5e7b2c9d0a41f3e8@mg.recruitee.com>",
              relay="from m228-14.mailgun.net (m228-14.mailgun.net [159.135.228.14])",
              extra=(("Reply-To", "kesslerfiltertechnik+c7731@inbound.recruitee.com"),))
    return message(hs, alt(text(body), html(simple_html(body))))


# ---- 30: recruiter outreach, nothing fixed
@mail(30, family="recruiter_outreach", lang="en", interview=False, company="Lone Star Process Search",
      note="Cold outreach from a Houston search firm asking for availability; no time fixed")
def k30() -> bytes:
    body = t("""
        Hi Joaquín,

        I came across your profile while searching for process engineers with raw-sugar and evaporation experience. I'm working with a cane sugar mill in Louisiana that is building a small remote engineering team for their 2027 expansion, and your background at Santa Brígida looks like a strong fit.

        Would you be open to a quick call sometime next week? Let me know a few times that work for you and I'll send an invite.

        Best,
        Ryan Mitchell
        Principal Recruiter | Lone Star Process Search
        Houston, TX | (832) 555-0147
        """)
    hs = head(addr("Ryan Mitchell", "ryan.mitchell@lonestarprocesssearch.com"),
              "Remote process engineering role - Louisiana cane mill", "2026-09-09 09:12", HOU,
              "<CAH8r2Lm5xWq1bT0nV4eKc9HfY7aS3uZd2gPoRt@mail.gmail.com>",
              relay="from mail-pj1-f41.google.com (mail-pj1-f41.google.com [209.85.216.41])")
    return message(hs, alt(text(body), html(gmail_html(body))))


# ---- 31: interview proposed, not yet confirmed (thread closed in key 10)
@mail(31, family="interview_proposal", lang="es", interview=False, company="Citrícola Aconquija",
      days=(("Thu", "2026-12-10"), ("Fri", "2026-12-11")),
      note="Recruiter proposes '¿te parece el jueves 10 a las 11? Si no, el viernes 11 a primera hora': a "
           "question, nothing confirmed yet (confirmed later in the thread, another mail)")
def k31() -> bytes:
    body = t("""
        Hola Joaquín, ¿cómo va? Te escribo de Citrícola Aconquija por la búsqueda de Jefe de Planta de Jugos.

        Nos gustaría conocerte en persona. ¿Te parece el jueves 10 a las 11? Si no, el viernes 11 a primera hora. Avisame y lo dejo agendado.

        Saludos,
        Santiago Valdez
        Gerente de RR.HH. | Citrícola Aconquija S.A.
        Ruta 301 km 12 - Famaillá, Tucumán
        """)
    hs = head(addr("Santiago Valdez", "svaldez@citricolaaconquija.com.ar"), "Entrevista - Jefe de Planta de Jugos",
              "2026-12-01 10:05", TUC, "<f1d08b2c-77e4-4a09-9c3e-8b5a6d2e1f40@citricolaaconquija.com.ar>",
              relay="from smtp.citricolaaconquija.com.ar (smtp.citricolaaconquija.com.ar [200.45.112.38])")
    return message(hs, alt(text(body), html(simple_html(body))))


# ---- 32: interview proposed in English with two options (thread confirmed in key 13)
@mail(32, family="interview_proposal", lang="en", interview=False, company="Brazos Fermentation Technologies",
      days=(("Tue", "2026-11-03"), ("Wed", "2026-11-04")),
      note="Recruiter asks 'Would Tuesday, November 3 at 9:00 AM Central work?' with an alternative; not "
           "confirmed until her later reply (another mail)")
def k32() -> bytes:
    body = t("""
        Hi Joaquín,

        Good news - Ethan Caldwell, our Director of Process Engineering, would like to meet you for the next round.

        Would Tuesday, November 3 at 9:00 AM Central work for you? If not, Wednesday, November 4 at 1:00 PM Central is also open. Once you confirm, I'll send over the Zoom details.

        Thanks,
        Megan

        Megan Whitfield
        Senior Technical Recruiter | Brazos Fermentation Technologies
        """)
    hs = head(addr("Megan Whitfield", "megan.whitfield@brazosferm.com"), "Next step - Process Engineer (Brazos)",
              "2026-10-22 15:30", HOU, "<SA1PR17MB5521A7D3E1C0F49B28E6D17CA5B30@SA1PR17MB5521.namprd17.prod.outlook.com>",
              relay="from NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2102.outbound.protection."
                    "outlook.com [40.107.243.102])",
              extra=(("Thread-Topic", "Next step - Process Engineer (Brazos)"), ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html(simple_html(body, "font-family:Calibri,sans-serif;font-size:11pt"))))


# ---- 33: blood-pressure follow-up at a clinic, fixed time
@mail(33, family="medical_appointment", lang="es", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Clinic appointment (blood-pressure follow-up) with a fixed time; a personal appointment, not an "
           "interview")
def k33() -> bytes:
    body = t("""
        Estimado/a PAZ, JOAQUIN:

        Su turno ha sido confirmado.

        Especialidad: Cardiología - Control de presión arterial
        Profesional: Dr. Martín Ledesma
        Fecha: martes 17/11/2026
        Hora: 08:40
        Sede: Clínica Yerba Buena - Av. Aconquija 2150, Consultorio 12

        Preséntese 15 minutos antes con DNI, credencial de su obra social y el registro de presión de los últimos 7 días.

        Para cancelar o modificar su turno ingrese a https://turnos.clinicayerbabuena.com.ar o llame al (0381) 435-9000.

        Este es un mensaje automático, por favor no lo responda.
        """)
    hs = head(addr("Clínica Yerba Buena - Turnos", "turnos@clinicayerbabuena.com.ar"),
              "Turno confirmado: Cardiología - Dr. Martín Ledesma", "2026-11-12 12:14", TUC,
              "<turno.3381927.20261112151400@clinicayerbabuena.com.ar>",
              relay="from mail.clinicayerbabuena.com.ar (mail.clinicayerbabuena.com.ar [190.105.230.77])",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body, charset="iso-8859-1"))


# ---- 34: a nanny candidate confirms HER interview with the user (he is the employer)
@mail(34, family="personal_interview", lang="es", interview=False, company=None,
      days=(("Sat", "2026-11-07"),),
      note="A nanny candidate confirms the interview Joaquín conducts at home on Saturday 7/11 at 10: a fixed "
           "interview, but he is the one hiring, not a job interview for him")
def k34() -> bytes:
    body = t("""
        Hola Joaquín! Soy Micaela, la chica que te recomendó Carla del jardín.
        Te confirmo la entrevista para el puesto de niñera el sábado 7/11 a las 10 en tu casa. Llevo mis referencias y el certificado del curso de primeros auxilios.
        Muchas gracias!!
        Mica

        Enviado desde mi iPhone
        """)
    hs = head(addr("Micaela Ruiz", "mica.ruiz98@example.net"), "Entrevista niñera sábado", "2026-11-05 20:33", TUC,
              "<7E2B4C1A-90D3-4F5E-8A67-3C1D2E9B0F48@example.net>",
              relay="from mail-qt1-f177.google.com (mail-qt1-f177.google.com [209.85.160.177])",
              extra=(("X-Mailer", "iPhone Mail (22B91)"),))
    return message(hs, text(body, cte="quoted-printable"))


# ---- 35: car service appointment, HTML only
@mail(35, family="car_service", lang="es", interview=False, company=None,
      days=(("Thu", "2026-09-24"),),
      note="Dealership service appointment with a fixed time; not an interview")
def k35() -> bytes:
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Verdana,sans-serif;font-size:13px">
        <h3 style="color:#b30000">Norte Automotores - Posventa</h3>
        <p>Hola Joaquín, tu turno de taller está confirmado.</p>
        <table cellpadding="3">
        <tr><td><b>Fecha:</b></td><td>jueves 24/09/2026</td></tr>
        <tr><td><b>Hora de recepción:</b></td><td>08:00 hs</td></tr>
        <tr><td><b>Vehículo:</b></td><td>Pick-up 4x4 - Dominio AE 512 KD</td></tr>
        <tr><td><b>Servicio:</b></td><td>Service 30.000 km + revisión de frenos</td></tr>
        <tr><td><b>Asesor:</b></td><td>Gonzalo Paz (sin parentesco, jaja)</td></tr>
        </table>
        <p>Dirección: Av. Néstor Kirchner 3200, San Miguel de Tucumán. Tiempo estimado de trabajo: 4 horas.</p>
        <p>Si no podés asistir, avisanos respondiendo este correo o por WhatsApp al 381 555-7731.</p>
        </body></html>
        """)
    hs = head(addr("Norte Automotores - Posventa", "posventa@norteautomotores.com.ar"),
              "Confirmación de turno de service - AE 512 KD", "2026-09-21 17:02", TUC,
              "<20260921200200.58214@norteautomotores.com.ar>",
              relay="from mail.norteautomotores.com.ar (mail.norteautomotores.com.ar [200.61.44.18])")
    return message(hs, html(body, charset="iso-8859-1"))


# ---- 36: daycare intake interview for the user's toddler
@mail(36, family="school_admission", lang="es", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="Daycare intake interview ('entrevista de admisión') for his two-year-old daughter: a fixed time, "
           "but not a job interview")
def k36() -> bytes:
    body = t("""
        Familia Paz:

        Nos comunicamos desde el Jardín Maternal Los Ceibos para confirmarles la entrevista de admisión de Valentina (sala de 2) para el ciclo lectivo 2027.

        Día: miércoles 21/10
        Hora: 17:30
        Con: Lic. Paula Ibáñez (directora) y Prof. Natalia Gómez (psicopedagoga)

        Les pedimos que asistan ambos padres y traigan la libreta de vacunación y el DNI de la nena.

        Cordialmente,
        Secretaría
        Jardín Maternal Los Ceibos - Yerba Buena
        """)
    hs = head(addr("Jardín Maternal Los Ceibos", "secretaria@jardinlosceibos.edu.ar"),
              "Entrevista de admisión - Valentina Paz", "2026-10-14 11:40", TUC,
              "<b1e97c20-4d3a-4a58-9f0e-6c2d8b7a1e35@jardinlosceibos.edu.ar>",
              relay="from mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])",
              to=", ".join([me(), addr("Florencia Díaz", "flor.diaz.tuc@example.com")]))
    return message(hs, alt(text(body), html(gmail_html(body))))


# ---- 37: team event at the current job (Exchange invite, Argentina Standard Time)
@mail(37, family="non_interview_calendar", lang="es", interview=False, company=None,
      note="Current employer's end-of-harvest barbecue invite (Exchange, Argentina Standard Time ICS): a fixed "
           "time, not an interview")
def k37() -> bytes:
    body = t("""
        Estimados:

        Como todos los años, cerramos la zafra con el asado del personal de fábrica. ¡Están todos invitados con sus familias!

        Lugar: Quincho del Ingenio (ingreso por portón 3)
        Traer bebida; la carne la pone la empresa.

        Saludos,
        Silvina Robles
        Recursos Humanos - Ingenio Santa Brígida S.A.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @@VTZ@@
        BEGIN:VEVENT
        ORGANIZER;CN=Silvina Robles:mailto:srobles@santabrigida.com.ar
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Personal de Fábrica:mailto:fabrica@santabrigida.com.ar
        UID:040000008200E00074C5B7101A82E00800000000E1A3C5B7D969DD01000000000000000010000000C8D0E2F4A6B8C0D2E4F6A8B0C2D4E6F8
        SUMMARY;LANGUAGE=es-AR:Cierre de zafra 2026 - Asado del personal de fábrica
        DTSTART;TZID=Argentina Standard Time:20261127T130000
        DTEND;TZID=Argentina Standard Time:20261127T170000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261123T120000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-AR:Quincho del Ingenio
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR""").replace("@@VTZ@@", VTZ_ARG_WIN)
    hs = head(addr("Silvina Robles", "srobles@santabrigida.com.ar"),
              "Cierre de zafra 2026 - Asado del personal de fábrica", "2026-11-23 09:00", TUC,
              "<CP6P284MB2210C1A7E3F90B4D56A2E8C1F0B7D@CP6P284MB2210.BRAP284.PROD.OUTLOOK.COM>",
              relay="from BRAP284CU002.outbound.protection.outlook.com (mail-brazilsouthazon11022115.outbound."
                    "protection.outlook.com [52.101.196.115])",
              to=addr("Personal de Fábrica", "fabrica@santabrigida.com.ar"),
              extra=(("Content-Language", "es-AR"), ("X-MS-Has-Attach", "")))
    return message(hs, alt(text(body), html(simple_html(body, "font-family:Calibri,sans-serif;font-size:11pt")),
                           calendar(ics, cte="base64")))


# ---- 38: Zoom webinar registration about interviews
@mail(38, family="webinar", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="Zoom webinar registration ('Entrevistas por competencias en la agroindustria'): fixed time, a "
           "webinar, not an interview")
def k38() -> bytes:
    body = t("""
        Hola Joaquín,

        Gracias por registrarse en "Entrevistas por competencias en la agroindustria: cómo prepararse".

        Organiza: Consejo de Ingenieros del NOA
        Fecha y hora: 8 oct 2026 07:00 PM Buenos Aires, Georgetown

        Para unirse desde una PC, Mac, iPad o dispositivo Android:
        Haga clic aquí para unirse: https://us02web.zoom.us/w/86613308412?tk=Xb2qLk9Tz
        Código de acceso: 778120

        Agregar a: Google Calendar(https://us02web.zoom.us/webinar/tZcvd-ugrT8s/calendar/google/add) | Calendario de Yahoo

        Puede cancelar su inscripción en cualquier momento.
        """)
    hs = head("Zoom <no-reply@zoom.us>",
              "Confirmación de inscripción a Entrevistas por competencias en la agroindustria", "2026-10-05 14:22", BA,
              "<zYbN3v0qT1S8xWmK5eLr2A@geopod-ismtpd-7>",
              relay="from o3.ptr6152.zoom.us (o3.ptr6152.zoom.us [149.72.176.212])",
              extra=(("Reply-To", "info@consejoingenierosnoa.org.ar"),))
    return message(hs, alt(text(body), html(simple_html(body))))


# ---- 39: career coach confirms a mock interview (with a Google Calendar ICS)
@mail(39, family="mock_interview", lang="es", interview=False, company=None,
      days=(("Fri", "2026-11-20"),),
      note="Career coach confirms a paid mock interview (in English) on Friday 20/11 at 18 hs with an ICS: a "
           "fixed time, but practice, not a job interview")
def k39() -> bytes:
    body = t("""
        Hola Joaquín,

        Te confirmo nuestra sesión de simulacro de entrevista (mock interview) en inglés para preparar el panel del 24: viernes 20/11 a las 18 hs por Meet, 60 minutos. Te mando la invitación.

        Vamos a practicar las preguntas técnicas (evaporación, cristalización) y las de comportamiento, y al final te doy devolución por escrito.

        Honorarios: lo que hablamos, por transferencia después de la sesión.

        Abrazo,
        Carolina Iriarte
        Coach de carrera · Iriarte Coaching
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261120T210000Z
        DTEND:20261120T220000Z
        DTSTAMP:20261117T133000Z
        ORGANIZER;CN=Carolina Iriarte:mailto:carolina@iriartecoaching.com.ar
        UID:7ja3lq0c9n2vd5mh1ke8tr6bso@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joaquin.paz@example.org:mailto:joaquin.paz@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Mock interview (inglés) - Joaquín Paz
        LOCATION:https://meet.google.com/fqe-ynbd-wzk
        END:VEVENT
        END:VCALENDAR""")
    hs = head(addr("Carolina Iriarte", "carolina@iriartecoaching.com.ar"),
              "Confirmada: sesión de simulacro de entrevista (inglés)", "2026-11-17 10:30", BA,
              "<CAGx7pQw3n1bR0mT8vY2eKc5HfL9aS4uZd6gPoVb@mail.gmail.com>",
              relay="from mail-ed1-f44.google.com (mail-ed1-f44.google.com [209.85.208.44])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# ---- 40: a journalist confirms an interview WITH the user for a newspaper piece
@mail(40, family="press_interview", lang="es", interview=False, company=None,
      days=(("Fri", "2026-10-16"),),
      note="Reporter confirms a phone interview for an article (viernes 16/10 a las 10 hs): a fixed "
           "interview, but press, not a job interview")
def k40() -> bytes:
    body = t("""
        Joaquín, buenas tardes.

        Te confirmo la entrevista para la nota sobre eficiencia energética en los ingenios: viernes 16/10 a las 10 hs, te llamo al celular. Va a ser una charla de unos 20 minutos. Si en el ingenio necesitan aprobar las citas textuales, avisame y se las mando antes de publicar.

        Gracias!

        Lucas Herrera
        Redacción Economía - La Voz del Aconquija
        """)
    hs = head(addr("Lucas Herrera", "lherrera@lavozdelaconquija.com.ar"),
              "Entrevista para la nota sobre eficiencia energética", "2026-10-13 16:45", TUC,
              "<4c8f21e0-7b3d-4e96-a5c1-0d9e2f7b3a68@lavozdelaconquija.com.ar>",
              relay="from mail.lavozdelaconquija.com.ar (mail.lavozdelaconquija.com.ar [200.110.137.9])")
    return message(hs, text(body, cte="8bit"))


# ---- 41: podcast recording booked (English, ICS in America/Chicago)
@mail(41, family="podcast", lang="en", interview=False, company=None,
      days=(("Wed", "2026-09-30"),),
      note="Podcast host books a recording where Joaquín is interviewed (Wed 30 Sep 4:00 PM CDT, ICS attached): "
           "a fixed time, not a job interview")
def k41() -> bytes:
    body = t("""
        Hi Joaquín,

        Thanks again for agreeing to come on The Mill Floor! You're booked:

        Recording: Wednesday, September 30 at 4:00 PM CDT (6:00 PM in Tucumán)
        Where: Riverside - https://riverside.fm/studio/the-mill-floor?t=4e1b0c
        Topic: running multiple-effect evaporators on bagasse-fired boilers

        I'll interview you for about 45 minutes; we edit it down to 30. Use headphones if you can.

        Cheers,
        Derek Lawson
        Host, The Mill Floor Podcast
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        @@VTZ@@
        BEGIN:VEVENT
        DTSTART;TZID=America/Chicago:20260930T160000
        DTEND;TZID=America/Chicago:20260930T170000
        DTSTAMP:20260923T184500Z
        ORGANIZER;CN=Derek Lawson:mailto:derek@themillfloorpodcast.com
        UID:2kd8sv0n5b1qh7re4mc9ta3lpx@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joaquin.paz@example.org:mailto:joaquin.paz@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:The Mill Floor - recording with Joaquín Paz
        LOCATION:https://riverside.fm/studio/the-mill-floor
        END:VEVENT
        END:VCALENDAR""").replace("@@VTZ@@", VTZ["America/Chicago"])
    hs = head(addr("Derek Lawson", "derek@themillfloorpodcast.com"),
              "You're booked: The Mill Floor recording, Wed Sep 30", "2026-09-23 13:45", HOU,
              "<CAK2m9Rw0p4bX1nT7vY3eLc8HfQ5aS2uZd9gPoWs@mail.gmail.com>",
              relay="from mail-oi1-f170.google.com (mail-oi1-f170.google.com [209.85.167.170])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# ---- 42: municipal job-centre appointment ("entrevista de orientación laboral")
@mail(42, family="job_centre", lang="es", interview=False, company=None,
      days=(("Wed", "2026-12-02"),),
      note="Municipal employment office books a 'entrevista de orientación laboral' (end of the seasonal harvest "
           "contract): a fixed time at a public office, not a job interview with an employer")
def k42() -> bytes:
    body = t("""
        OFICINA DE EMPLEO MUNICIPAL - SAN MIGUEL DE TUCUMÁN

        Sr./Sra. PAZ JOAQUIN - DNI 3*.***.412

        Se ha registrado su turno:

        Trámite: Entrevista de orientación laboral e inscripción en el Portal Empleo (fin de contrato de temporada)
        Fecha: miércoles 02/12/2026
        Hora: 09:30
        Lugar: 24 de Septiembre 850, planta baja, box 4

        Documentación: DNI, CV actualizado, constancia de CUIL y certificado de servicios del último empleador.

        La inasistencia sin aviso dará de baja el turno. No responda este mensaje.
        """)
    hs = head(addr("Oficina de Empleo Municipal", "turnosempleo@municipiosmt.gob.ar"),
              "Turno asignado - Oficina de Empleo", "2026-11-27 12:03", TUC, "<T-2026-118840@municipiosmt.gob.ar>",
              relay="from correo.municipiosmt.gob.ar (correo.municipiosmt.gob.ar [200.45.96.140])",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


# ---- 43: MBA admission interview
@mail(43, family="school_admission", lang="es", interview=False, company=None,
      days=(("Fri", "2026-12-04"),),
      note="Business-school admission interview for an Executive MBA (viernes 4/12 18 hs, 30 minutos): a fixed "
           "interview, but an admission, not a job interview")
def k43() -> bytes:
    body = t("""
        Estimado Joaquín:

        Gracias por completar su postulación al MBA Ejecutivo 2027. Le confirmamos su entrevista de admisión:

        Fecha: viernes 4 de diciembre de 2026
        Hora: 18:00 hs
        Duración: 30 minutos
        Lugar: Sede Yerba Buena - Av. Perón 1400, aula 3 (o por Zoom si lo prefiere, avísenos con 48 h)
        Entrevistadora: Lic. Mercedes Ovejero, Directora de Admisiones

        Saludos cordiales,
        Admisiones MBA
        Escuela de Negocios del NOA
        """)
    hs = head(addr("Admisiones MBA - Escuela de Negocios del NOA", "admisiones@esnegociosnoa.edu.ar"),
              "Entrevista de admisión - MBA Ejecutivo 2027", "2026-11-30 17:15", TUC,
              "<5e0a2d71-c48b-4f39-b6e2-91d0a7c3f5b8@esnegociosnoa.edu.ar>",
              relay="from mail-io1-f49.google.com (mail-io1-f49.google.com [209.85.166.49])")
    return message(hs, alt(text(body), html(simple_html(body))))


# ---- 44: sports try-out
@mail(44, family="sports_tryout", lang="es", interview=False, company=None,
      days=(("Sat", "2026-10-17"),),
      note="Club try-out for a +35 basketball squad on Saturday 17/10 at 10: a fixed time, not an interview")
def k44() -> bytes:
    body = t("""
        Buenas Joaquín!! Te confirmo la prueba para el plantel de maxi básquet +35, el sábado 17/10 a las 10 hs en el gimnasio del club (entrada por Av. Solano Vera). Traé ropa, zapatillas y el apto físico. Si quedás, arrancamos el torneo del NOA en marzo.

        Saludos
        Diego Haddad
        Delegado Básquet - Club Social y Deportivo Los Lapachos
        """)
    hs = head(addr("Diego Haddad", "basquet.loslapachos@example.com"), "Prueba maxi básquet +35",
              "2026-10-13 21:50", TUC, "<CAM5t7Yq1n9bW0rT3vK8eLc2HfP6aS7uZd4gPoXj@mail.gmail.com>",
              relay="from mail-yb1-f181.google.com (mail-yb1-f181.google.com [209.85.219.181])")
    return message(hs, alt(text(body), html(gmail_html(body))))


# ---- 45: bank advisor appointment via Microsoft Bookings (ICS)
@mail(45, family="bookings_appointment", lang="es", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Microsoft Bookings confirmation of a mortgage-advice appointment at a bank branch, ICS in Argentina "
           "Standard Time: fixed time, not an interview")
def k45() -> bytes:
    body = t("""
        Hola Joaquín Paz:

        Su cita está confirmada.

        Asesoramiento crédito hipotecario
        martes, 10 de noviembre de 2026 11:00 (UTC-03:00) Ciudad de Buenos Aires
        Personal: Natalia Sánchez
        Sucursal Yerba Buena - Av. Aconquija 1102

        Traiga sus tres últimos recibos de sueldo y DNI.

        Administrar la reserva: https://outlook.office365.com/owa/calendar/SucursalYerbaBuena@bancoregionalnorte.com.ar/bookings/

        Banco Regional del Norte S.A.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @@VTZ@@
        BEGIN:VEVENT
        ORGANIZER;CN=Sucursal Yerba Buena:mailto:SucursalYerbaBuena@bancoregionalnorte.com.ar
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Joaquín Paz:mailto:joaquin.paz@example.org
        UID:040000008200E00074C5B7101A82E00800000000F2B4D6E8A06CDD01000000000000000010000000D9E1F3A5B7C9D1E3F5A7B9C1D3E5F7A9
        SUMMARY;LANGUAGE=es-AR:Asesoramiento crédito hipotecario
        DTSTART;TZID=Argentina Standard Time:20261110T110000
        DTEND;TZID=Argentina Standard Time:20261110T114500
        CLASS:PUBLIC
        DTSTAMP:20261104T153000Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-AR:Sucursal Yerba Buena - Av. Aconquija 1102
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR""").replace("@@VTZ@@", VTZ_ARG_WIN)
    hs = head(addr("Banco Regional del Norte - Sucursal Yerba Buena", "SucursalYerbaBuena@bancoregionalnorte.com.ar"),
              "Cita confirmada: Asesoramiento crédito hipotecario", "2026-11-04 12:30", BA,
              "<CP8P284MB3019B2E4C6A80D1F37E5A9C2B4D60@CP8P284MB3019.BRAP284.PROD.OUTLOOK.COM>",
              relay="from BRAP284CU003.outbound.protection.outlook.com (mail-brazilsouthazon11022190.outbound."
                    "protection.outlook.com [52.101.196.190])")
    return message(hs, alt(text(body), html(simple_html(body)), calendar(ics, cte="base64")))


# ---- 46: out-of-office auto-reply from a recruiter
@mail(46, family="auto_reply", lang="es", interview=False, company="Agrometrika",
      days=(("Mon", "2026-09-28"),),
      note="Out-of-office auto-reply from the Agrometrika recruiter (back Monday 28/09); nothing scheduled")
def k46() -> bytes:
    body = t("""
        Hola, gracias por tu mensaje.

        Estoy fuera de la oficina hasta el lunes 28/09 con acceso limitado al correo. Para temas urgentes de selección escribí a seleccion@agrometrika.com.ar.

        Lucía Ferreyra
        Talent Acquisition · Agrometrika S.A.
        """)
    hs = head(addr("Lucía Ferreyra", "lucia.ferreyra@agrometrika.com.ar"),
              "Respuesta automática: Gracias por la entrevista", "2026-09-21 08:12", CBA,
              "<AM0P284MB0187E3C1A9F20B7D45E8C6A1F3B29@AM0P284MB0187.BRAP284.PROD.OUTLOOK.COM>",
              relay="from BRAP284CU001.outbound.protection.outlook.com (mail-brazilsouthazon11022060.outbound."
                    "protection.outlook.com [52.101.196.60])", lag=1,
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAJpz4kL2w8nQv0b5TmV9eRc1HfY3aS7uZd0gPoH@mail.gmail.com>")))
    return message(hs, text(body))


# ---- 47: bounce of the user's own confirmation (typo in the address); the quoted mail confirms a time
@mail(47, family="bounce", lang="en", interview=False, company=None,
      days=(("Mon", "2026-11-16"),),
      note="Gmail delivery-failure report; the returned message is Joaquín's own note confirming Monday 16/11 at "
           "11 to a mistyped address: no employer confirms anything in this mail")
def k47() -> bytes:
    orig_body = t("""
        Hola Nicolás,

        Confirmo la entrevista del lunes 16/11 a las 11. Una consulta: ¿van a querer ver algo del balance de la destilería de Santa Brígida? Para llevarlo preparado.

        Saludos,
        Joaquín Paz
        """)
    orig = message([
        ("From", me()),
        ("To", "nbusto@destileriart.com.ar"),
        ("Subject", "Entrevista lunes 16/11"),
        ("Date", date("2026-11-11 09:14", TUC)),
        ("Message-ID", "<CAJpz4kN5q2xWb8mT0rV1eKc7HfY4aS9uZd3gPoB@mail.gmail.com>"),
    ], text(orig_body))
    notice = t("""
        ** Address not found **

        Your message wasn't delivered to nbusto@destileriart.com.ar because the address couldn't be found, or is unable to receive mail.

        The response from the remote server was:
        550 5.1.1 <nbusto@destileriart.com.ar>: Recipient address rejected: User unknown in virtual mailbox table
        """)
    dsn = t("""
        Reporting-MTA: dns; googlemail.com
        Received-From-MTA: dns; joaquin.paz@example.org
        Arrival-Date: Wed, 11 Nov 2026 04:14:02 -0800 (PST)
        X-Original-Message-ID: <CAJpz4kN5q2xWb8mT0rV1eKc7HfY4aS9uZd3gPoB@mail.gmail.com>

        Final-Recipient: rfc822; nbusto@destileriart.com.ar
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.destileriart.com.ar. (200.43.150.21, the server for the domain destileriart.com.ar.)
        Diagnostic-Code: smtp; 550 5.1.1 <nbusto@destileriart.com.ar>: Recipient address rejected: User unknown
        Last-Attempt-Date: Wed, 11 Nov 2026 04:14:05 -0800 (PST)
        """)
    report = multipart("report", text(notice, cte="7bit"),
                       raw_part([("Content-Type", "message/delivery-status")], dsn),
                       attached_message(orig), params="report-type=delivery-status")
    hs = head("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
              "2026-11-11 09:14", TUC, "<6a1e7f0c.050a0220.2b4d1.9e3fSMTPIN_ADDED_BROKEN@mx.google.com>",
              relay="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", lag=6,
              extra=(("Auto-Submitted", "auto-replied"),
                     ("In-Reply-To", "<CAJpz4kN5q2xWb8mT0rV1eKc7HfY4aS9uZd3gPoB@mail.gmail.com>")))
    return message(hs, report)


# ---- 48: mailing-list post about a talk on technical interviews
@mail(48, family="mailing_list", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="Google Groups list post announcing an assembly and a talk about technical interviews (jueves 29/10 "
           "19 hs): a fixed time, an event, not an interview")
def k48() -> bytes:
    body = t("""
        Colegas:

        Les recuerdo que el jueves 29/10 a las 19 hs tenemos la asamblea anual en la sede del Consejo (Las Piedras 1050), y después la charla "Entrevistas técnicas: qué buscan hoy los ingenios y las destilerías", a cargo de la Ing. Mónica Albarracín.

        Al final hay vino de honor. Confirmen asistencia respondiendo a la lista.

        Abrazo,
        Raúl Medina
        Secretario - Ingenieros del NOA

        --
        Recibiste este mensaje porque estás suscripto al grupo "Ingenieros del NOA" de Grupos de Google.
        Para anular la suscripción a este grupo y dejar de recibir sus correos electrónicos, envía un correo electrónico a ingenieros-noa+unsubscribe@googlegroups.com.
        """)
    hs = head(addr("Raúl Medina", "raul.medina.ing@example.com"),
              "[ingenieros-noa] Asamblea anual + charla sobre entrevistas técnicas (jue 29/10)", "2026-10-27 18:32",
              TUC, "<CAB9n3Rq7w0xYb2mT5vK1eLc8HfU4aS6uZd2gPoKm@mail.gmail.com>",
              relay="from mail-sor-f57.google.com (mail-sor-f57.google.com [209.85.220.57])",
              to="Ingenieros del NOA <ingenieros-noa@googlegroups.com>",
              extra=(("Reply-To", "ingenieros-noa@googlegroups.com"),
                     ("Mailing-list", "list ingenieros-noa@googlegroups.com; contact ingenieros-noa+owners@googlegroups.com"),
                     ("List-Id", "<ingenieros-noa.googlegroups.com>"),
                     ("List-Post", "<https://groups.google.com/group/ingenieros-noa/post>, <mailto:ingenieros-noa@googlegroups.com>"),
                     ("List-Unsubscribe", "<mailto:googlegroups-manage+518273640192+unsubscribe@googlegroups.com>,\r\n"
                                          " <https://groups.google.com/group/ingenieros-noa/subscribe>"),
                     ("Precedence", "list"),
                     ("X-Original-Sender", "raul.medina.ing@example.com")))
    return message(hs, alt(text(body), html(gmail_html(body))))


# ---- 49: the user is asked to interview a candidate at his current job (Exchange, Argentina Standard Time)
@mail(49, family="interviewer_invite", lang="es", interview=False, company=None,
      days=(("Fri", "2026-10-02"),),
      note="HR at his current employer invites Joaquín to interview a boiler-supervisor candidate (viernes 2/10 "
           "10 hs, ICS): a confirmed job interview, but he is the interviewer; company null (current employer, "
           "not a hiring company for him)")
def k49() -> bytes:
    body = t("""
        Joaquín, te lo mando al personal porque el corporativo sigue caído desde la tormenta.

        Te sumo a la entrevista con el candidato para Supervisor de Calderas, Martín Gómez: viernes 2/10 a las 10 hs en la sala de reuniones de fábrica. Yo hago la parte general y vos la técnica (calderas de bagazo, tratamiento de agua). Te adjunto el CV en la invitación.

        Gracias!
        Silvina Robles
        Recursos Humanos - Ingenio Santa Brígida S.A.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @@VTZ@@
        BEGIN:VEVENT
        ORGANIZER;CN=Silvina Robles:mailto:srobles@santabrigida.com.ar
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Joaquín Paz:mailto:joaquin.paz@example.org
        UID:040000008200E00074C5B7101A82E00800000000A3C5E7F9B14EDD01000000000000000010000000E2F4A6B8C0D2E4F6A8B0C2D4E6F8A0B2
        SUMMARY;LANGUAGE=es-AR:Entrevista candidato Supervisor de Calderas - Martín Gómez
        DTSTART;TZID=Argentina Standard Time:20261002T100000
        DTEND;TZID=Argentina Standard Time:20261002T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260929T141000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-AR:Sala de reuniones de fábrica
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR""").replace("@@VTZ@@", VTZ_ARG_WIN)
    hs = head(addr("Silvina Robles", "srobles@santabrigida.com.ar"),
              "Entrevista candidato Supervisor de Calderas - Martín Gómez", "2026-09-29 11:10", TUC,
              "<CP6P284MB2210F4A2C8E1B37D90A5E6C2F1D48@CP6P284MB2210.BRAP284.PROD.OUTLOOK.COM>",
              relay="from BRAP284CU002.outbound.protection.outlook.com (mail-brazilsouthazon11022121.outbound."
                    "protection.outlook.com [52.101.196.121])",
              extra=(("Content-Language", "es-AR"),))
    return message(hs, alt(text(body), html(simple_html(body, "font-family:Calibri,sans-serif;font-size:11pt")),
                           calendar(ics, cte="base64")))


# ---- 50: a friend forwards HIS OWN confirmed interview (Gmail inline forward), for information
@mail(50, family="forwarded_other", lang="es", interview=False, company=None,
      days=(("Wed", "2026-11-25"),),
      note="A friend forwards his own Greenhouse confirmation (Wed 25 Nov 10:00 AM CST) asking for tips: a "
           "confirmed interview, but not Joaquín's; outer text Spanish, forwarded part English")
def k50() -> bytes:
    body = t("""
        Che Joaquín, a mí también me llamaron de Brazos!! Mirá, me confirmaron para el miércoles. ¿Vos con quién hablaste en la primera? ¿Qué te preguntaron? Pasame data jaja

        Abrazo
        Pablo

        ---------- Forwarded message ---------
        From: Brazos Fermentation Technologies <no-reply@us.greenhouse-mail.io>
        Date: Wed, Nov 18, 2026 at 1:12 PM
        Subject: Interview Confirmation: Process Engineer – Sugar & Ethanol at Brazos Fermentation Technologies
        To: <pablo.juarez.ing@example.com>


        Hi Pablo,

        Thanks for taking the time to speak with us! This email confirms your upcoming interview for the Process Engineer - Sugar & Ethanol (Remote, LATAM) position at Brazos Fermentation Technologies.

        Interview: Recruiter Screen
        Date: Wednesday, November 25, 2026
        Time: 10:00 AM - 10:45 AM CST
        Location: Phone call - Megan will call you

        Best,
        Megan Whitfield
        Senior Technical Recruiter | Brazos Fermentation Technologies
        """)
    hs = head(addr("Pablo Juárez", "pablo.juarez.ing@example.com"),
              "Fwd: Interview Confirmation: Process Engineer – Sugar & Ethanol at Brazos Fermentation Technologies",
              "2026-11-19 19:40", TUC, "<CAP4w8Zq2n6bR1mT9vY0eKc3HfL7aS5uZd8gPoTn@mail.gmail.com>",
              relay="from mail-vs1-f49.google.com (mail-vs1-f49.google.com [209.85.217.49])")
    return message(hs, alt(text(body), html(gmail_html(body))))
