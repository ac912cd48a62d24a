"""blind106: 50 hand-written mails from the inbox of Daniela Araúz, a supply-chain analyst in
Panama City (America/Panama, UTC-5 all year), September to December 2026.

Built and checked by ``python3 bench/heldout/make_blind.py blind106``. Written blind: without
reading the detector, its tests, or any other held-out set's mails.

Keys 1-23 are the positives (1-16 scheduled, 17-20 rescheduled, 21-23 cancelled), 24-50 the
negatives; the file number of the mail written ``key``-th is ``ORDER[key - 1]``.
"""

from __future__ import annotations

import random

import make
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

ORDER = random.Random(1060106).sample(range(1, 51), 50)

ME = "daniela.arauz@example.org"
ME_H = addr("Daniela Araúz", ME)
PA = "America/Panama"
BOG = "America/Bogota"
CR = "America/Costa_Rica"
MX = "America/Mexico_City"
NY = "America/New_York"
CHI = "America/Chicago"
MAD = "Europe/Madrid"


def n(key: int) -> str:
    return f"blind106_{ORDER[key - 1]:03d}"


def hdrs(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = ME_H,
         via: tuple[str, str] | None = None, extra: tuple[tuple[str, str], ...] = (),
         charset: str = "utf-8") -> list[tuple[str, str]]:
    h: list[tuple[str, str]] = []
    if via:
        h.append(("Received", received(via[0], when, zone, via[1], ME)))
    h += [("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
          ("Message-ID", mid)]
    h += list(extra)
    return h


def vtz(tzid: str, offset: str, name: str) -> str:
    """A VTIMEZONE for a zone without daylight time (Google / Apple style, 1970 anchor)."""
    return (f"BEGIN:VTIMEZONE\nTZID:{tzid}\nX-LIC-LOCATION:{tzid}\nBEGIN:STANDARD\n"
            f"TZOFFSETFROM:{offset}\nTZOFFSETTO:{offset}\nTZNAME:{name}\nDTSTART:19700101T000000\n"
            "END:STANDARD\nEND:VTIMEZONE")


VTZ_PA = vtz(PA, "-0500", "EST")
VTZ_BOG = vtz(BOG, "-0500", "-05")
VTZ_CR = vtz(CR, "-0600", "CST")
VTZ_MX = vtz(MX, "-0600", "CST")
VTZ_MAD = VTZ["Europe/Paris"].replace("Europe/Paris", MAD)

mail = make.mail


# =========================================================================== positives: scheduled


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-10 11:00", NY), end=utc("2026-09-10 11:45", NY),
      local="Thu 2026-09-10 11:00", local_end="2026-09-10 11:45", zone=NY,
      contact="marisol.ortega@brightlinecc.com", company="Brightline Cold Chain",
      note="Greenhouse confirmation, 11:00-11:45 AM EDT on Thu 10 Sep (the body adds 10:00 AM Panama "
           "time, the same instant); ICS in America/New_York agrees; contact = Reply-To recruiter "
           "(also ORGANIZER)")
def p01() -> bytes:
    plain = t("""
        Hi Daniela,

        Thanks for making time to speak with us! Your interview for Supply Chain Analyst II
        (Miami, FL / hybrid) is confirmed:

        Thursday, September 10, 2026
        11:00 AM - 11:45 AM EDT (10:00 AM - 10:45 AM your time, Panama)
        Microsoft Teams - the join link is in the attached invite

        Interviewer:
          Kevin Dufresne - Director, Inbound Logistics

        If anything changes on your end, just reply to this email and it will reach me.

        Best,
        Marisol Ortega
        Talent Acquisition | Brightline Cold Chain
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Daniela,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Supply Chain Analyst II</b>
        (Miami, FL / hybrid) is confirmed:</p>
        <table cellpadding="4" style="border-left:3px solid #24a47f">
        <tr><td><b>Thursday, September 10, 2026</b></td></tr>
        <tr><td>11:00 AM &ndash; 11:45 AM EDT (10:00 AM &ndash; 10:45 AM your time, Panama)</td></tr>
        <tr><td>Microsoft Teams &ndash; the join link is in the attached invite</td></tr>
        </table>
        <p>Interviewer:<br>Kevin Dufresne &ndash; Director, Inbound Logistics</p>
        <p>If anything changes on your end, just reply to this email and it will reach me.</p>
        <p>Best,<br>Marisol Ortega<br>Talent Acquisition | Brightline Cold Chain</p>
        <img src="https://app.greenhouse.io/email_tracking/open/8f3a1c.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Greenhouse Software//Interview Scheduler//EN", "VERSION:2.0",
        "METHOD:REQUEST", VTZ[NY], "BEGIN:VEVENT",
        "UID:gh-interview-55120934-brightlinecc@greenhouse.io", "DTSTAMP:20260908T151402Z",
        f"DTSTART;TZID={NY}:20260910T110000", f"DTEND;TZID={NY}:20260910T114500",
        "SUMMARY:Interview: Daniela Araúz <> Brightline Cold Chain (Supply Chain Analyst II)",
        "LOCATION:Microsoft Teams Meeting",
        "DESCRIPTION:Interviewer: Kevin Dufresne\\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
        "YjQ2ZTk0NmUtMzQ%40thread.v2/0",
        "ORGANIZER;CN=Marisol Ortega:mailto:marisol.ortega@brightlinecc.com",
        "ATTENDEE;CN=Daniela Araúz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + ME,
        "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    body = mixed(alt(text(plain), html(page)),
                 calendar(ics, cte="base64", filename="interview.ics", disposition="attachment",
                          name_param=True))
    h = hdrs(addr("Marisol Ortega", "no-reply@us.greenhouse-mail.io"),
             "Interview Confirmation: Supply Chain Analyst II at Brightline Cold Chain",
             "2026-09-08 11:14:02", NY, "<0100019a2b7c4e1f-6d2c7e0a-9b1f-4c55-a1e2-3c7d8e9f0a1b-000000@email.amazonses.com>",
             via=("from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
                  "mx1.example.org with ESMTPS id 4Q2kLm7xZbz9"),
             extra=(("Reply-To", addr("Marisol Ortega", "marisol.ortega@brightlinecc.com")),
                    ("X-Mailer", "Greenhouse")))
    return message(h, body)


@mail(n(2), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-17 10:00", PA), local="Thu 2026-09-17 10:00", zone=PA,
      contact="iquintero@brisaslog.com.pa", company="Puerto Brisas Logistics",
      note="Plain 8bit prose: 'mañana jueves a las 10 de la mañana', Date Wed 16 Sep 08:52 -0500 -> "
           "Thu 17 Sep 10:00 Panama = 15:00Z; 'una hora aproximadamente' -> end null; contact = sender")
def p02() -> bytes:
    body = t("""
        Buenos días, Daniela:

        Tal como conversamos por teléfono, le confirmo su entrevista con el Lic. Rubén Saldaña,
        gerente de Operaciones, para mañana jueves a las 10 de la mañana en nuestras oficinas de
        Costa del Este (PH Torre Brisas, piso 12). Favor anunciarse en recepción con su cédula.

        La entrevista dura una hora aproximadamente. Si puede, traiga una copia impresa de su hoja
        de vida y referencias.

        Cualquier cosa me avisa a este correo o al 6612-4087.

        Atentamente,

        Itzel Quintero
        Analista de Talento Humano
        Puerto Brisas Logistics, S.A.
        Tel. 301-5540 ext. 212
        """)
    h = hdrs(addr("Itzel Quintero", "iquintero@brisaslog.com.pa"),
             "Confirmación de entrevista - Analista de Inventarios", "2026-09-16 08:52:19", PA,
             "<DM6PR11MB4153C2A0E1F4B8D7A9E3C6F1B2D9A@DM6PR11MB4153.namprd11.prod.outlook.com>",
             via=("from NAM11-DM6-obe.outbound.protection.outlook.com (mail-dm6nam11on2107.outbound.protection.outlook.com [40.107.223.107])",
                  "mx1.example.org with ESMTPS id 4R7aQw2bKpz3"),
             extra=(("Thread-Topic", enc("Confirmación de entrevista - Analista de Inventarios")),
                    ("Content-Language", "es-PA")))
    return message(h, text(body, cte="8bit"))


@mail(n(3), family="workday", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-24 09:30", PA), end=utc("2026-09-24 10:30", PA),
      local="Thu 2026-09-24 09:30", local_end="2026-09-24 10:30", zone=PA,
      contact="yaritza.pinzon@atlanticozl.com.pa", company="Atlántico Distribuciones Zona Libre",
      note="Workday HTML-only base64 notification from the tenant mailbox; '24/09/2026 9:30 a. m. "
           "(GMT-05:00) Hora de Panamá', 'Duración: 60 minutos' -> 14:30Z-15:30Z; Date header in UTC; "
           "contact = recruiter address in the body")
def p03() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Invitación a entrevista</title></head>
        <body style="margin:0;background:#f3f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#0b3d6b;color:#fff;padding:16px 24px;font-size:18px">Atlántico Distribuciones &mdash; Zona Libre de Colón</td></tr>
        <tr><td style="padding:24px">
        <p>Estimada Daniela Araúz:</p>
        <p>Nos complace invitarle a una entrevista para la posición <b>Analista de Planificación de Demanda (R-004127)</b>.</p>
        <table cellpadding="6" style="border:1px solid #dde3ea;width:100%">
        <tr><td width="35%"><b>Tipo</b></td><td>Entrevista presencial con el gerente de contratación</td></tr>
        <tr><td><b>Fecha</b></td><td>24/09/2026</td></tr>
        <tr><td><b>Hora</b></td><td>9:30 a.&nbsp;m. (GMT-05:00) Hora de Panamá</td></tr>
        <tr><td><b>Duración</b></td><td>60 minutos</td></tr>
        <tr><td><b>Lugar</b></td><td>Edificio Atlántico, Calle 13 y Avenida Santa Isabel, Zona Libre de Colón</td></tr>
        <tr><td><b>Entrevistador</b></td><td>Ing. Abdiel Castillo, Gerente de Planificación</td></tr>
        </table>
        <p>Recuerde traer su cédula; el acceso a la Zona Libre requiere registro en garita.</p>
        <p>Si tiene preguntas, escriba a su reclutadora, Yaritza Pinzón
        (<a href="mailto:yaritza.pinzon@atlanticozl.com.pa">yaritza.pinzon@atlanticozl.com.pa</a>).</p>
        <p><a href="https://wd3.myworkdaysite.com/es-PA/recruiting/atlantico/Careers/task/R-004127" style="background:#0b3d6b;color:#fff;padding:8px 14px;text-decoration:none">Ver en Workday</a></p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#888">Este es un mensaje generado automáticamente. Por favor no responda a este correo.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    h = hdrs(addr("Atlántico Distribuciones", "atlantico@myworkday.com"),
             "Invitación a entrevista: Analista de Planificación de Demanda", "2026-09-21 13:05:44", "UTC",
             "<1584920331.88213.1790082344110@wd3-prod-mail-07.myworkday.com>",
             via=("from wd3-prod-mail-07.myworkday.com (wd3-prod-mail-07.myworkday.com [216.98.42.77])",
                  "mx1.example.org with ESMTPS id 4S0bTr8cLqz1"),
             extra=(("Auto-Submitted", "auto-generated"),))
    return message(h, html(page, cte="base64"))


@mail(n(4), family="teamtailor", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-29 08:00", BOG), end=utc("2026-09-29 08:45", BOG),
      local="Tue 2026-09-29 08:00", local_end="2026-09-29 08:45", zone=BOG,
      contact="camila.rengifo@cordillera-abast.co", company="Cordillera Abastecimiento",
      note="Teamtailor confirmation, 'martes 29 de septiembre, 8:00 - 8:45 (hora de Colombia, GMT-5)' "
           "-> 13:00Z-13:45Z (Bogotá and Panama share UTC-5); contact = Reply-To recruiter")
def p04() -> bytes:
    plain = t("""
        Hola Daniela,

        ¡Gracias por agendar tu entrevista! Te confirmamos los detalles:

        Cargo: Analista Senior de Abastecimiento (Bogotá o remoto desde Panamá)
        Fecha: martes 29 de septiembre de 2026
        Hora: 8:00 - 8:45 (hora de Colombia, GMT-5)
        Entrevistadora: Camila Rengifo, Líder de Talento
        Lugar: Google Meet - https://meet.google.com/ktv-qpzr-wmx

        Si necesitas cambiar la hora, responde a este correo y lo revisamos.

        ¡Nos vemos pronto!
        El equipo de Cordillera Abastecimiento

        --
        Enviado con Teamtailor
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;color:#1a1a1a">
        <div style="max-width:560px;margin:0 auto">
        <p>Hola Daniela,</p>
        <p>¡Gracias por agendar tu entrevista! Te confirmamos los detalles:</p>
        <div style="background:#f6f4ff;border-radius:8px;padding:16px">
        <p style="margin:0"><strong>Analista Senior de Abastecimiento</strong> (Bogotá o remoto desde Panamá)</p>
        <p style="margin:8px 0 0">📅 martes 29 de septiembre de 2026</p>
        <p style="margin:4px 0 0">🕗 8:00 - 8:45 (hora de Colombia, GMT-5)</p>
        <p style="margin:4px 0 0">👤 Camila Rengifo, Líder de Talento</p>
        <p style="margin:4px 0 0">📍 <a href="https://meet.google.com/ktv-qpzr-wmx">Google Meet</a></p>
        </div>
        <p>Si necesitas cambiar la hora, responde a este correo y lo revisamos.</p>
        <p>¡Nos vemos pronto!<br>El equipo de Cordillera Abastecimiento</p>
        <p style="font-size:11px;color:#999">Enviado con Teamtailor</p>
        </div></body></html>
        """)
    h = hdrs(addr("Cordillera Abastecimiento", "no-reply@teamtailor-mail.com"),
             "Entrevista confirmada – Analista Senior de Abastecimiento", "2026-09-25 15:30:07", BOG,
             "<66f4a1c3b2e07_3a1d2c9e41872@teamtailor-mail.com>",
             via=("from mail-eu1.teamtailor-mail.com (mail-eu1.teamtailor-mail.com [185.97.148.20])",
                  "mx1.example.org with ESMTPS id 4T5cVb1dMrz6"),
             extra=(("Reply-To", addr("Camila Rengifo", "camila.rengifo@cordillera-abast.co")),))
    return message(h, alt(text(plain), html(page)))


@mail(n(5), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 09:00", CHI), end=utc("2026-11-03 09:30", CHI),
      local="Tue 2026-11-03 09:00", local_end="2026-11-03 09:30", zone=CHI,
      contact="trevor.lindqvist@northgatesupply.com", company="Northgate Supply Co.",
      note="Calendly invitee confirmation sent Thu 29 Oct while Chicago is on CDT; the event is "
           "Tue 3 Nov 9:00-9:30am Central, after US clocks fall back on 1 Nov, so CST (UTC-6) -> "
           "15:00Z-15:30Z; ICS TZID America/Chicago agrees; contact = host (Reply-To / ORGANIZER)")
def p05() -> bytes:
    plain = t("""
        Hi Daniela Araúz,

        A new event has been scheduled.

        Event Type:
        Demand Planning Analyst - 30 min interview

        Invitee:
        Daniela Araúz

        Invitee Email:
        daniela.arauz@example.org

        Event Date/Time:
        09:00am - 09:30am (Central Time - US & Canada) on Tuesday, November 3, 2026

        Location:
        This is a Zoom web conference.
        https://northgatesupply.zoom.us/j/84120397765?pwd=Yk9tR0hLc2t6

        Questions:
        Please share anything that will help prepare for our meeting.
        I am based in Panama City (UTC-5) - happy to adjust if needed.

        View event in Calendly:
        https://calendly.com/events/7c1e4a5b-0f2d-4a6e-9c3b-2d8e1f4a7b90

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7c1e4a5b-0f2d-4a6e-9c3b-2d8e1f4a7b90
        Reschedule: https://calendly.com/reschedulings/7c1e4a5b-0f2d-4a6e-9c3b-2d8e1f4a7b90

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;font-size:15px;color:#4d5055">
        <p>Hi Daniela Araúz,</p>
        <p>A new event has been scheduled.</p>
        <p><strong>Event Type:</strong><br>Demand Planning Analyst - 30 min interview</p>
        <p><strong>Invitee:</strong><br>Daniela Araúz</p>
        <p><strong>Invitee Email:</strong><br><a href="mailto:daniela.arauz@example.org">daniela.arauz@example.org</a></p>
        <p><strong>Event Date/Time:</strong><br>09:00am - 09:30am (Central Time - US &amp; Canada) on Tuesday, November 3, 2026</p>
        <p><strong>Location:</strong><br>This is a Zoom web conference.<br>
        <a href="https://northgatesupply.zoom.us/j/84120397765?pwd=Yk9tR0hLc2t6">https://northgatesupply.zoom.us/j/84120397765?pwd=Yk9tR0hLc2t6</a></p>
        <p><strong>Questions:</strong><br>Please share anything that will help prepare for our meeting.<br>
        I am based in Panama City (UTC-5) - happy to adjust if needed.</p>
        <p><a href="https://calendly.com/events/7c1e4a5b-0f2d-4a6e-9c3b-2d8e1f4a7b90">View event in Calendly</a></p>
        <p style="font-size:12px">Need to make changes to this event?<br>
        <a href="https://calendly.com/cancellations/7c1e4a5b-0f2d-4a6e-9c3b-2d8e1f4a7b90">Cancel</a> &middot;
        <a href="https://calendly.com/reschedulings/7c1e4a5b-0f2d-4a6e-9c3b-2d8e1f4a7b90">Reschedule</a></p>
        <p style="font-size:12px;color:#a6a6a6">Powered by Calendly.com</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//EN", "CALSCALE:GREGORIAN", "METHOD:REQUEST",
        VTZ[CHI], "BEGIN:VEVENT", "UID:7c1e4a5b-0f2d-4a6e-9c3b-2d8e1f4a7b90@calendly.com",
        "DTSTAMP:20261029T151240Z", f"DTSTART;TZID={CHI}:20261103T090000",
        f"DTEND;TZID={CHI}:20261103T093000",
        "SUMMARY:Daniela Araúz and Trevor Lindqvist",
        "LOCATION:https://northgatesupply.zoom.us/j/84120397765?pwd=Yk9tR0hLc2t6",
        "ORGANIZER;CN=Trevor Lindqvist:mailto:trevor.lindqvist@northgatesupply.com",
        f"ATTENDEE;CN=Daniela Araúz;PARTSTAT=ACCEPTED:mailto:{ME}",
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    body = mixed(alt(text(plain), html(page)),
                 calendar(ics, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                          disposition="attachment"))
    h = hdrs(addr("Calendly", "notifications@calendly.com"),
             "New Event: Daniela Araúz - 09:00am Tue, Nov 3, 2026 - Demand Planning Analyst - 30 min interview",
             "2026-10-29 15:12:40", "UTC", "<7c1e4a5b.0f2d.4a6e.9c3b.2d8e1f4a7b90@calendly.com>",
             via=("from o1.email.calendly.com (o1.email.calendly.com [167.89.100.211])",
                  "mx1.example.org with ESMTPS id 4V3dXc5eNsz2"),
             extra=(("Reply-To", addr("Trevor Lindqvist", "trevor.lindqvist@northgatesupply.com")),))
    return message(h, body)


@mail(n(6), family="exchange", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-04 14:00", NY), end=utc("2026-11-04 15:00", NY),
      local="Wed 2026-11-04 14:00", local_end="2026-11-04 15:00", zone=NY,
      contact="gregory.pham@sablebayfoods.com", company="Sable Bay Foods",
      note="Outlook meeting request sent Fri 30 Oct in EDT (-0400); 'When: Wednesday, November 4, 2026 "
           "2:00 PM-3:00 PM (UTC-05:00) Eastern Time (US & Canada)' is after the 1 Nov change, EST -> "
           "19:00Z-20:00Z; ICS TZID 'Eastern Standard Time'; contact = ORGANIZER / sender")
def p06() -> bytes:
    plain = t("""
        Hi Daniela,

        Great chatting last week. Sending this over for the panel conversation with me and Aisha
        Brennan from our Tampa DC. Heads-up: our clocks go back this Sunday, so 2 PM Eastern on
        Wednesday will also be 2 PM for you in Panama.

        Talk soon,
        Greg

        Gregory Pham | Director, Procurement & Supply Planning
        Sable Bay Foods | 1450 NW 87th Ave, Doral, FL 33172
        o: +1 305 555 0148

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE4ZmU2YjAtNzQ5Ny00%40thread.v2/0?context=%7b%22Tid%22%3a%22b1c2%22%7d>
        Meeting ID: 248 611 903 517
        Passcode: 3Ux9Ks
        Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="EN-US" link="#0563C1" vlink="#954F72"><div class="WordSection1">
        <p class="MsoNormal">Hi Daniela,</p>
        <p class="MsoNormal">Great chatting last week. Sending this over for the panel conversation with me and Aisha
        Brennan from our Tampa DC. Heads-up: our clocks go back this Sunday, so 2 PM Eastern on Wednesday will also be 2 PM
        for you in Panama.</p>
        <p class="MsoNormal">Talk soon,<br>Greg</p>
        <p class="MsoNormal"><span style="font-size:9pt;color:#7F7F7F">Gregory Pham | Director, Procurement &amp; Supply Planning<br>
        Sable Bay Foods | 1450 NW 87th Ave, Doral, FL 33172<br>o: +1 305 555 0148</span></p>
        <div style="margin-top:24px;margin-bottom:24px">
        <span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span>
        <div style="margin-bottom:12px"><span style="font-size:24px;font-weight:700">Microsoft Teams meeting</span></div>
        <div><span style="font-size:14px;font-weight:700">Join on your computer, mobile app or room device</span></div>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE4ZmU2YjAtNzQ5Ny00%40thread.v2/0?context=%7b%22Tid%22%3a%22b1c2%22%7d">Click here to join the meeting</a>
        <div>Meeting ID: 248 611 903 517<br>Passcode: 3Ux9Ks</div>
        </div></div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ["Eastern Standard Time"], "BEGIN:VEVENT",
        "ORGANIZER;CN=Gregory Pham:mailto:gregory.pham@sablebayfoods.com",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniela Araúz:mailto:{ME}",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aisha Brennan:mailto:aisha.brennan@sablebayfoods.com",
        "DESCRIPTION;LANGUAGE=en-US:Hi Daniela\\,\\n\\nGreat chatting last week. Sending this over for the panel "
        "conversation with me and Aisha Brennan from our Tampa DC.\\n",
        "UID:040000008200E00074C5B7101A82E0080000000090C2A1E5B067DD01000000000000000010000000A4F7C29E15D2C748B1A3",
        "SUMMARY;LANGUAGE=en-US:Interview: Daniela Araúz - Procurement Analyst (panel)",
        "DTSTART;TZID=Eastern Standard Time:20261104T140000",
        "DTEND;TZID=Eastern Standard Time:20261104T150000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261030T202000Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:2121740381",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-ONLINEMEETINGINFORMATION:{\"OnlineMeetingChannelId\":null\\,\"OnlineMeetingProvider\":3}",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-LOCATIONS:[{\"DisplayName\":\"Microsoft Teams Meeting\"\\,\"LocationAnnotation\":\"\"}]",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    body = alt(text(plain), html(page), calendar(ics, cte="base64"))
    h = hdrs(addr("Gregory Pham", "gregory.pham@sablebayfoods.com"),
             "Interview: Daniela Araúz - Procurement Analyst (panel)", "2026-10-30 16:20:31", NY,
             "<BL1PR12MB5144E9A3C0D27F6B8E1A4C2DB47C9@BL1PR12MB5144.namprd12.prod.outlook.com>",
             via=("from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2092.outbound.protection.outlook.com [40.107.237.92])",
                  "mx1.example.org with ESMTPS id 4W6eYd8fPtz4"),
             extra=(("Thread-Topic", "Interview: Daniela =?utf-8?q?Ara=C3=BAz?= - Procurement Analyst (panel)"),
                    ("Thread-Index", "AdtK4m2Qx7yPZb0RTmC1sWn9hJ3e8A=="),
                    ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                    ("Content-Language", "en-US")))
    return message(h, body)


@mail(n(7), family="ms_bookings", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-05 15:00", PA), end=utc("2026-10-05 15:30", PA),
      local="Mon 2026-10-05 15:00", local_end="2026-10-05 15:30", zone=PA,
      contact=None, company="Grupo Farmacéutico Coralia",
      note="Microsoft Bookings confirmation in Spanish: 'lunes, 5 de octubre de 2026 3:00 p. m. - 3:30 p. m. "
           "(UTC-05:00) Bogotá, Lima, Quito, Rio Branco' (Panama's Windows zone label) -> 20:00Z-20:30Z; "
           "sender is the Bookings mailbox and the staff member has no address -> contact null")
def p07() -> bytes:
    plain = t("""
        Entrevistas Coralia

        Se ha confirmado su reserva con Entrevistas Coralia

        Entrevista de preselección - Analista de Inventarios
        lunes, 5 de octubre de 2026
        3:00 p. m. - 3:30 p. m. (UTC-05:00) Bogotá, Lima, Quito, Rio Branco

        Personal: Yessenia Caballero
        Ubicación: Reunión de Microsoft Teams (el vínculo llegará en un correo aparte)

        Información adicional:
        Tenga a mano su cédula y su última certificación de trabajo.

        Administrar reserva
        https://outlook.office365.com/owa/calendar/EntrevistasCoralia@coraliafarma.onmicrosoft.com/bookings/s/Kq3rT0aYZkO2uP8d1mN4bw2

        Gracias por reservar con nosotros.
        Grupo Farmacéutico Coralia, S.A. - Vía España, Edificio Coralia, Ciudad de Panamá
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;color:#323130">
        <div style="max-width:640px">
        <div style="font-size:20px;font-weight:600;padding:12px 0">Entrevistas Coralia</div>
        <div style="font-size:16px">Se ha confirmado su reserva con Entrevistas Coralia</div>
        <hr style="border:0;border-top:1px solid #e1dfdd">
        <div style="font-size:16px;font-weight:600">Entrevista de preselección - Analista de Inventarios</div>
        <div>lunes, 5 de octubre de 2026</div>
        <div>3:00 p.&nbsp;m. - 3:30 p.&nbsp;m. (UTC-05:00) Bogotá, Lima, Quito, Rio Branco</div>
        <p>Personal: Yessenia Caballero<br>Ubicación: Reunión de Microsoft Teams (el vínculo llegará en un correo aparte)</p>
        <p><b>Información adicional:</b><br>Tenga a mano su cédula y su última certificación de trabajo.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/EntrevistasCoralia@coraliafarma.onmicrosoft.com/bookings/s/Kq3rT0aYZkO2uP8d1mN4bw2">Administrar reserva</a></p>
        <p style="font-size:12px;color:#605e5c">Gracias por reservar con nosotros.<br>
        Grupo Farmacéutico Coralia, S.A. - Vía España, Edificio Coralia, Ciudad de Panamá</p>
        </div></body></html>
        """)
    h = hdrs(addr("Entrevistas Coralia", "EntrevistasCoralia@coraliafarma.onmicrosoft.com"),
             "Reserva confirmada: Entrevista de preselección - Analista de Inventarios", "2026-09-30 11:02:56", PA,
             "<SN7PR04MB8532A1C3E5F70B2D9C4E6A8B1D3F5@SN7PR04MB8532.namprd04.prod.outlook.com>",
             via=("from NAM04-SN1-obe.outbound.protection.outlook.com (mail-sn1nam04on2118.outbound.protection.outlook.com [40.107.70.118])",
                  "mx1.example.org with ESMTPS id 4X8fZe2gQuz7"),
             extra=(("Content-Language", "es-ES"), ("X-MS-Exchange-Organization-BookingsType", "Confirmation")))
    return message(h, alt(text(plain), html(page)))


@mail(n(8), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-13 15:00", BOG), local="Tue 2026-10-13 15:00", zone=BOG,
      contact="afgaviria@logmagdalena.com.co", company="Logística Magdalena",
      note="Colombian tú prose, iso-8859-1 quoted-printable: 'el martes de la otra semana, el 13, a las "
           "3:00 p.m. hora Colombia' against Date Thu 8 Oct (Monday 12 is a holiday) -> Tue 13 Oct "
           "20:00Z; 'más o menos una horita' -> end null; Teams invite promised, not attached; contact = sender")
def p08() -> bytes:
    body = t("""
        Hola Daniela, ¿cómo vas?

        Te cuento que Mauricio (el gerente de logística) quedó muy contento con la primera charla,
        así que queremos avanzar. Como el lunes es festivo acá en Colombia, quedamos entonces el
        martes de la otra semana, el 13, a las 3:00 p.m. hora Colombia (que es la misma de Panamá,
        ¿cierto?). Va a ser por Teams con Mauricio y con Juliana de Finanzas, más o menos una
        horita.

        Ahorita te llega la invitación de Teams a este mismo correo. Cualquier cosa me escribes al
        WhatsApp +57 310 555 2291.

        Un abrazo,

        Andrés Felipe Gaviria
        Coordinador de Selección
        Logística Magdalena S.A.S.
        Cra. 7 # 71-21, Bogotá D.C.
        """)
    h = hdrs(addr("Andrés Felipe Gaviria", "afgaviria@logmagdalena.com.co", "iso-8859-1"),
             "RE: Segunda entrevista - Logística Magdalena", "2026-10-08 17:55:03", BOG,
             "<CAG7xk2Pq9Lw3Vd8hT1mZr0eYb4NcF6uJ5sA2oW@mail.gmail.com>",
             via=("from mail-sor-f65.google.com (mail-sor-f65.google.com [209.85.220.65])",
                  "mx1.example.org with ESMTPS id 4Y1gAf5hRvz9"),
             extra=(("In-Reply-To", "<PH0PR08MB7283F1E0A9C4B2D6@PH0PR08MB7283.example.org>"),
                    ("References", "<PH0PR08MB7283F1E0A9C4B2D6@PH0PR08MB7283.example.org>")),
             charset="iso-8859-1")
    return message(h, text(body, charset="iso-8859-1"))


@mail(n(9), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-15 11:00", MX), end=utc("2026-10-15 11:45", MX),
      local="Thu 2026-10-15 11:00", local_end="2026-10-15 11:45", zone=MX,
      contact="lucia.benavides@altiplanofreight.mx", company="Altiplano Freight Tech",
      note="Lever confirmation, '11:00 AM - 11:45 AM CST (Mexico City)': Mexico City is UTC-6 all year "
           "since 2022 (not US Central, which is on CDT in October) -> 17:00Z-17:45Z; ICS TZID "
           "America/Mexico_City agrees; contact = Reply-To recruiter")
def p09() -> bytes:
    plain = t("""
        Hi Daniela,

        This email confirms your interview with Altiplano Freight Tech for the Logistics Data
        Analyst (LATAM) position.

        When: Thursday, October 15, 2026, 11:00 AM - 11:45 AM CST (Mexico City)
        Where: Google Meet - https://meet.google.com/hsn-dwko-pbe

        You'll be meeting with:
          - Rodrigo Izquierdo, Head of Network Planning
          - Lucía Benavides, Talent Partner

        Please reply to this email if you need to make any changes.

        Thanks,
        Lucía Benavides
        Altiplano Freight Tech
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Daniela,</p>
        <p>This email confirms your interview with Altiplano Freight Tech for the <b>Logistics Data Analyst (LATAM)</b> position.</p>
        <p><b>When:</b> Thursday, October 15, 2026, 11:00 AM - 11:45 AM CST (Mexico City)<br>
        <b>Where:</b> <a href="https://meet.google.com/hsn-dwko-pbe">Google Meet</a></p>
        <p>You'll be meeting with:</p>
        <ul><li>Rodrigo Izquierdo, Head of Network Planning</li><li>Lucía Benavides, Talent Partner</li></ul>
        <p>Please reply to this email if you need to make any changes.</p>
        <p>Thanks,<br>Lucía Benavides<br>Altiplano Freight Tech</p>
        <p style="font-size:11px;color:#999">Sent via Lever</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Lever//Lever Hire//EN", "METHOD:REQUEST", VTZ_MX,
        "BEGIN:VEVENT", "UID:lever-iv-3b9d2e71-5a0c-4f8e-8d61-c0a4e7f2b915", "DTSTAMP:20261012T154011Z",
        f"DTSTART;TZID={MX}:20261015T110000", f"DTEND;TZID={MX}:20261015T114500",
        "SUMMARY:Interview with Altiplano Freight Tech - Logistics Data Analyst (LATAM)",
        "LOCATION:https://meet.google.com/hsn-dwko-pbe",
        "ORGANIZER;CN=Lucía Benavides:mailto:lucia.benavides@altiplanofreight.mx",
        f"ATTENDEE;CN=Daniela Araúz;RSVP=TRUE:mailto:{ME}", "STATUS:CONFIRMED", "SEQUENCE:0",
        "END:VEVENT", "END:VCALENDAR"])
    body = mixed(alt(text(plain), html(page)),
                 calendar(ics, cte="quoted-printable", filename="invite.ics", disposition="attachment"))
    h = hdrs(addr("Altiplano Freight Tech", "no-reply@hire.lever.co"),
             "Interview confirmation: Logistics Data Analyst (LATAM) at Altiplano Freight Tech",
             "2026-10-12 15:40:11", "UTC", "<20261012154011.1.7a2c9e4f3b81d065@hire.lever.co>",
             via=("from mail-a.hire.lever.co (mail-a.hire.lever.co [198.2.180.33])",
                  "mx1.example.org with ESMTPS id 4Z4hBg8iSwz1"),
             extra=(("Reply-To", addr("Lucía Benavides", "lucia.benavides@altiplanofreight.mx")),))
    return message(h, body)


@mail(n(10), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-19 18:30", CR), local="Thu 2026-11-19 18:30", zone=CR,
      contact="esolis@tecnomedica-cr.com", company="Tecnomédica Escazú",
      note="Costa Rican usted prose, windows-1252 8bit: 'jueves 19 de noviembre a las 6:30 p.m. hora de "
           "Costa Rica (7:30 p.m. en Panamá)' -> UTC-6 -> 00:30Z on Fri 20 Nov (another day in UTC); "
           "'unos 40 minutos' -> end null; contact = sender")
def p10() -> bytes:
    body = t("""
        Estimada Daniela:

        Reciba un cordial saludo. Le escribo para confirmarle la entrevista con nuestro gerente
        regional de Operaciones, el Ing. Mauricio Chaves, para el jueves 19 de noviembre a las
        6:30 p.m. hora de Costa Rica (7:30 p.m. en Panamá). Le pedimos disculpas por lo tardío del
        horario: don Mauricio pasa todo el día en planta en Cartago y solo puede conectarse al
        terminar la jornada.

        La conversación será por Zoom y dura unos 40 minutos:
        https://tecnomedica-cr.zoom.us/j/93384120577

        Cualquier duda, con todo gusto me escribe a este correo o al +506 8855-0193.

        Pura vida, saludos cordiales…

        Esteban Solís Mora
        Reclutamiento y Selección – Tecnomédica Escazú S.A.
        San Rafael de Escazú, San José, Costa Rica
        """)
    h = hdrs(addr("Esteban Solís Mora", "esolis@tecnomedica-cr.com", "windows-1252"),
             "Confirmación de entrevista – Analista de Cadena de Suministro", "2026-11-16 12:10:44", CR,
             "<000001db3a7e$4f21c0b0$ed654210$@tecnomedica-cr.com>",
             via=("from smtp.tecnomedica-cr.com (smtp.tecnomedica-cr.com [201.191.22.40])",
                  "mx1.example.org with ESMTPS id 5A6iCh1jTxz8"),
             extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtYk3c1m0Z9PqRtS4yVb6uWn1xE2g==")),
             charset="windows-1252")
    return message(h, text(body, charset="windows-1252", cte="8bit"))


@mail(n(11), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-21 14:30", PA), end=utc("2026-10-21 15:15", PA),
      local="Wed 2026-10-21 14:30", local_end="2026-10-21 15:15", zone=PA,
      contact="ricardo.him@panacargo.com.pa", company="Panacargo Soluciones Logísticas",
      note="Google Calendar invitation in Spanish, 'miércoles, 21 de octubre de 2026 · 2:30 – 3:15pm "
           "(hora de Panamá)' -> 19:30Z-20:15Z; ICS TZID America/Panama; contact = ORGANIZER (sender)")
def p11() -> bytes:
    plain = t("""
        Has recibido una invitación al siguiente evento.

        Entrevista: Daniela Araúz / Analista de Planificación
        miércoles, 21 de octubre de 2026 · 2:30 – 3:15pm
        Zona horaria: Hora de Panamá
        Información para unirse a Google Meet
        Enlace de la videollamada: https://meet.google.com/pmx-rqbw-tuz

        Daniela, esta es la conversación con Ricardo (Planificación) y Marta (Compras). ¡Éxitos!

        Organizador
        Ricardo Him
        ricardo.him@panacargo.com.pa

        Invitados
        Ricardo Him - organizador
        marta.castrellon@panacargo.com.pa
        daniela.arauz@example.org

        Ver todos los detalles del invitado https://calendar.google.com/calendar/event?action=VIEW&eid=NmJ0cTRrMmU

        Responder para daniela.arauz@example.org: Sí (https://calendar.google.com/calendar/event?action=RESPOND&rst=1) No (https://calendar.google.com/calendar/event?action=RESPOND&rst=2) Quizás (https://calendar.google.com/calendar/event?action=RESPOND&rst=3)

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Recibes este correo porque eres un invitado del evento. Para dejar de recibir notificaciones
        sobre este evento, rechaza la invitación.
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p style="font-size:14px">Has recibido una invitación al siguiente evento.</p>
        <h2 style="font-size:22px;font-weight:400;color:#202124">Entrevista: Daniela Araúz / Analista de Planificación</h2>
        <div style="font-size:14px">miércoles, 21 de octubre de 2026 · 2:30 – 3:15pm<br>Zona horaria: Hora de Panamá</div>
        <p><a href="https://meet.google.com/pmx-rqbw-tuz" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Unirse con Google Meet</a></p>
        <p>Daniela, esta es la conversación con Ricardo (Planificación) y Marta (Compras). ¡Éxitos!</p>
        <p><b>Invitados</b><br>Ricardo Him - organizador<br>marta.castrellon@panacargo.com.pa<br>daniela.arauz@example.org</p>
        <p style="font-size:12px;color:#70757a">Invitación de Google Calendar</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", VTZ_PA, "BEGIN:VEVENT",
        f"DTSTART;TZID={PA}:20261021T143000", f"DTEND;TZID={PA}:20261021T151500",
        "DTSTAMP:20261019T141522Z", "ORGANIZER;CN=Ricardo Him:mailto:ricardo.him@panacargo.com.pa",
        "UID:6btq4k2e9vl1p0c3s8m5r7a2jd@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ricardo Him;X-NUM-GUESTS=0:mailto:ricardo.him@panacargo.com.pa",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marta.castrellon@panacargo.com.pa;X-NUM-GUESTS=0:mailto:marta.castrellon@panacargo.com.pa",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}",
        "X-GOOGLE-CONFERENCE:https://meet.google.com/pmx-rqbw-tuz",
        "CREATED:20261019T141520Z",
        "DESCRIPTION:Daniela\\, esta es la conversación con Ricardo (Planificación) y Marta (Compras). ¡Éxitos!",
        "LAST-MODIFIED:20261019T141520Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Entrevista: Daniela Araúz / Analista de Planificación", "TRANSP:OPAQUE",
        "END:VEVENT", "END:VCALENDAR"])
    body = mixed(alt(text(plain), html(page), calendar(ics, cte="base64")),
                 calendar(ics, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                          disposition="attachment", name_param=True))
    h = hdrs(addr("Ricardo Him", "ricardo.him@panacargo.com.pa"),
             "Invitación: Entrevista: Daniela Araúz / Analista de Planificación @ mié 21 oct 2026 "
             "2:30pm - 3:15pm (GMT-5) (daniela.arauz@example.org)",
             "2026-10-19 09:15:22", PA, "<calendar-8d1f2b6e-4c07-4a93-b5e2-71c9a0d3f468@google.com>",
             via=("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
                  "mx1.example.org with ESMTPS id 5B9jDi4kUyz2"),
             extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                    ("Reply-To", addr("Ricardo Him", "ricardo.him@panacargo.com.pa"))))
    return message(h, body)


@mail(n(12), family="softgarden", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-27 16:00", PA), end=utc("2026-10-27 16:45", PA),
      local="Tue 2026-10-27 16:00", local_end="2026-10-27 16:45", zone=PA,
      contact="jana.vossberg@hafenwerk-logistik.de", company="Hafenwerk Logistik",
      note="softgarden invitation from a Hamburg company, sent Wed 21 Oct in CEST (+0200): 'Tuesday, 27 "
           "October 2026, 16:00 (Panama time, UTC-5)', 45 minutes -> 21:00Z-21:45Z; the body's Hamburg "
           "time (22:00) is already CET after 25 Oct; contact = recruiter address in the body")
def p12() -> bytes:
    plain = t("""
        Dear Ms Araúz,

        Thank you for your application as Regional Supply Chain Analyst (Colón hub). We are
        pleased to confirm your video interview:

          Date:      Tuesday, 27 October 2026
          Time:      16:00 (Panama time, UTC-5) - that is 22:00 in Hamburg
          Duration:  45 minutes
          Format:    Zoom, https://hafenwerk.zoom.us/j/61720448391
          With:      Dr. Henrik Oldenburg (Head of Latin America Operations)
                     Jana Vossberg (Talent Acquisition)

        Should you have any questions, please contact Jana Vossberg directly at
        jana.vossberg@hafenwerk-logistik.de.

        Kind regards
        Your Hafenwerk Logistik recruiting team

        Hafenwerk Logistik GmbH | Am Sandtorkai 48 | 20457 Hamburg | Germany
        This e-mail was sent via softgarden. Please do not reply to this message.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <p>Dear Ms Araúz,</p>
        <p>Thank you for your application as <b>Regional Supply Chain Analyst (Colón hub)</b>. We are pleased to confirm your video interview:</p>
        <table cellpadding="3">
        <tr><td>Date:</td><td>Tuesday, 27 October 2026</td></tr>
        <tr><td>Time:</td><td>16:00 (Panama time, UTC-5) &ndash; that is 22:00 in Hamburg</td></tr>
        <tr><td>Duration:</td><td>45 minutes</td></tr>
        <tr><td>Format:</td><td>Zoom, <a href="https://hafenwerk.zoom.us/j/61720448391">https://hafenwerk.zoom.us/j/61720448391</a></td></tr>
        <tr><td>With:</td><td>Dr. Henrik Oldenburg (Head of Latin America Operations)<br>Jana Vossberg (Talent Acquisition)</td></tr>
        </table>
        <p>Should you have any questions, please contact Jana Vossberg directly at
        <a href="mailto:jana.vossberg@hafenwerk-logistik.de">jana.vossberg@hafenwerk-logistik.de</a>.</p>
        <p>Kind regards<br>Your Hafenwerk Logistik recruiting team</p>
        <p style="font-size:11px;color:#888">Hafenwerk Logistik GmbH | Am Sandtorkai 48 | 20457 Hamburg | Germany<br>
        This e-mail was sent via softgarden. Please do not reply to this message.</p>
        </body></html>
        """)
    h = hdrs(addr("Hafenwerk Logistik GmbH", "no-reply@softgarden.io"),
             "Your interview at Hafenwerk Logistik GmbH - Regional Supply Chain Analyst (Colón hub)",
             "2026-10-21 15:03:27", "Europe/Berlin", "<sg.7f3e10a2c4b94d58.1792587807@softgarden.io>",
             via=("from mailout2.softgarden.io (mailout2.softgarden.io [185.30.220.14])",
                  "mx1.example.org with ESMTPS id 5C2kEj7lVzz5"),
             extra=(("Auto-Submitted", "auto-generated"),))
    return message(h, alt(text(plain, charset="iso-8859-15"), html(page)))


@mail(n(13), family="smartrecruiters", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-06 11:00", PA), end=utc("2026-11-06 12:00", PA),
      local="Fri 2026-11-06 11:00", local_end="2026-11-06 12:00", zone=PA,
      contact="mariela.gonzalez@istmoaircargo.com", company="Istmo Air Cargo",
      note="SmartRecruiters confirmation, 'viernes 6 de noviembre de 2026, 11:00 a. m. - 12:00 p. m. "
           "(GMT-05:00) America/Panama' -> 16:00Z-17:00Z; ICS in UTC (Z) agrees; no Reply-To, so "
           "contact = human ICS ORGANIZER (recruiter)")
def p13() -> bytes:
    plain = t("""
        Hola Daniela:

        Su entrevista ha sido confirmada.

        Puesto: Coordinadora de Planificación de Carga
        Fecha: viernes 6 de noviembre de 2026
        Hora: 11:00 a. m. - 12:00 p. m. (GMT-05:00) America/Panama
        Lugar: Edificio Istmo Air Cargo, Zona Logística del Aeropuerto de Tocumen, oficina 2-14
        Entrevistadores: Eduardo Castrellón (Gerente de Operaciones de Carga), Mariela González (Reclutamiento)

        Adjuntamos la invitación para su calendario.

        Saludos cordiales,
        Equipo de Reclutamiento de Istmo Air Cargo

        Powered by SmartRecruiters
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#333">
        <table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
        <p>Hola Daniela:</p>
        <p style="font-size:18px;color:#0e7ac4">Su entrevista ha sido confirmada.</p>
        <p><b>Puesto:</b> Coordinadora de Planificación de Carga<br>
        <b>Fecha:</b> viernes 6 de noviembre de 2026<br>
        <b>Hora:</b> 11:00 a.&nbsp;m. - 12:00 p.&nbsp;m. (GMT-05:00) America/Panama<br>
        <b>Lugar:</b> Edificio Istmo Air Cargo, Zona Logística del Aeropuerto de Tocumen, oficina 2-14<br>
        <b>Entrevistadores:</b> Eduardo Castrellón (Gerente de Operaciones de Carga), Mariela González (Reclutamiento)</p>
        <p>Adjuntamos la invitación para su calendario.</p>
        <p>Saludos cordiales,<br>Equipo de Reclutamiento de Istmo Air Cargo</p>
        <p style="font-size:11px;color:#aaa">Powered by SmartRecruiters</p>
        </td></tr></table></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SmartRecruiters//Interview Scheduler//ES", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:sr-3f81c7d2-6a4b-49e0-a5d3-9b2e1c07f8a4", "DTSTAMP:20261102T152255Z",
        "DTSTART:20261106T160000Z", "DTEND:20261106T170000Z",
        "SUMMARY:Entrevista - Coordinadora de Planificación de Carga - Istmo Air Cargo",
        "LOCATION:Zona Logística del Aeropuerto de Tocumen\\, oficina 2-14",
        "ORGANIZER;CN=Mariela González:mailto:mariela.gonzalez@istmoaircargo.com",
        f"ATTENDEE;CN=Daniela Araúz;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}",
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    body = mixed(alt(text(plain), html(page)),
                 calendar(ics, cte="base64", filename="entrevista.ics", disposition="attachment"))
    h = hdrs(addr("Istmo Air Cargo", "noreply@smartrecruiters.com"),
             "Confirmación de entrevista: Coordinadora de Planificación de Carga", "2026-11-02 10:22:55", PA,
             "<0100019b3e8f2a47-c4d1e9b0-7f26-4e3a-9a58-1b7c3d2e8f60-000000@email.smartrecruiters.com>",
             via=("from a8-52.smtp-out.amazonses.com (a8-52.smtp-out.amazonses.com [54.240.8.52])",
                  "mx1.example.org with ESMTPS id 5D5lFk1mWaz3"))
    return message(h, body)


@mail(n(14), family="forward_self", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-09 08:30", PA), local="Mon 2026-11-09 08:30", zone=PA,
      contact="gmontenegro@marfresco.com.pa", company="Mar Fresco Exportaciones",
      note="Daniela forwards to her main address (from her other account) a recruiter's confirmation as an "
           "attached message/rfc822: 'lunes 9 de noviembre a las 8:30 a.m.' Panama -> 13:30Z; no length; "
           "contact = the recruiter in the forwarded header (never the candidate)")
def p14() -> bytes:
    inner_body = t("""
        Buenas tardes, Daniela:

        Le confirmo su entrevista para la posición de Analista de Logística de Exportación el
        lunes 9 de noviembre a las 8:30 a.m. en nuestra planta de Vacamonte (Puerto de Vacamonte,
        galera 6, Arraiján). Pregunte por mí en la garita; hay estacionamiento para visitas.

        Se reunirá con el Sr. Aníbal Tejeira, jefe de Despacho, y conmigo.

        Saludos,

        Gisela Montenegro
        Recursos Humanos
        Mar Fresco Exportaciones, S.A.
        Tel. 254-0917
        """)
    inner = message([
        ("From", addr("Gisela Montenegro", "gmontenegro@marfresco.com.pa")),
        ("To", addr("Daniela Araúz", "daniela.arauz@example.net")),
        ("Subject", enc("Confirmación entrevista - Mar Fresco", "iso-8859-15")),
        ("Date", date("2026-11-03 17:12:40", PA)),
        ("Message-ID", "<5f2a91c0-3e7b-4d18-b6c2-0a9e4d7f1b35@marfresco.com.pa>"),
    ], text(inner_body, charset="iso-8859-15"))
    outer = t("""
        para tenerlo en el correo principal

        Enviado desde mi teléfono
        """)
    h = hdrs(addr("Daniela Araúz", "daniela.arauz@example.net"),
             "Fwd: Confirmación entrevista - Mar Fresco", "2026-11-04 07:40:05", PA,
             "<D4A7C2E1-9B3F-4E60-8A15-2C7F0B9E3D61@example.net>",
             via=("from smtp.example.net (smtp.example.net [198.51.100.25])",
                  "mx1.example.org with ESMTPS id 5E8mGl4nXbz6"))
    return message(h, mixed(text(outer, cte="8bit"), attached_message(inner, "Confirmacion entrevista - Mar Fresco.eml")))


@mail(n(15), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-11 14:00", PA), local="Wed 2026-11-11 14:00", zone=PA,
      contact="karla.ng@verdeistmo.com", company="Verde Istmo Agroindustrial",
      note="Phone-written reply 'pasado mañana a las 2 entonces' on Mon 9 Nov 19:48 -0500 (already "
           "Tue 10 Nov in UTC): resolved against the local date -> Wed 11 Nov 14:00 Panama = 19:00Z; "
           "the quoted thread has the day (miércoles 11) and the counter-proposal; contact = sender")
def p15() -> bytes:
    body = t("""
        Sí claro, pasado mañana a las 2 entonces 👍 Le mando la ubicación por WhatsApp.

        Saludos
        Karla

        Enviado desde mi iPhone

        > El 9 nov 2026, a las 3:20 p. m., Daniela Araúz <daniela.arauz@example.org> escribió:
        >
        > Hola Karla, muchas gracias. El miércoles en la mañana tengo un compromiso que no puedo
        > mover, ¿podría ser ese mismo día a las 2:00 p.m.?
        >
        > Saludos,
        > Daniela
        >
        >> El 9 nov 2026, a las 11:05 a. m., Karla Ng <karla.ng@verdeistmo.com> escribió:
        >>
        >> Buenos días Daniela,
        >>
        >> El Ing. Chen quiere conocerla en persona. ¿Le queda bien este miércoles 11 a las
        >> 10:00 a.m. en nuestras oficinas de Albrook?
        >>
        >> Karla Ng
        >> Gestión Humana | Verde Istmo Agroindustrial
        """)
    h = hdrs(addr("Karla Ng", "karla.ng@verdeistmo.com"),
             "Re: Entrevista Verde Istmo", "2026-11-09 19:48:12", PA,
             "<8E1C4A0F-2B7D-4C93-A6E5-F0D31B9C7A24@verdeistmo.com>",
             via=("from mail-qt1-f171.google.com (mail-qt1-f171.google.com [209.85.160.171])",
                  "mx1.example.org with ESMTPS id 5F1nHm7oYcz9"),
             extra=(("In-Reply-To", "<CAJr4m8Z1bQp@mail.example.org>"),
                    ("References", "<7B2E90C1-55A4@verdeistmo.com> <CAJr4m8Z1bQp@mail.example.org>"),
                    ("X-Mailer", "iPhone Mail (22B91)")))
    return message(h, text(body))


@mail(n(16), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-18 10:00", NY), end=utc("2026-11-18 12:30", NY),
      local="Wed 2026-11-18 10:00", local_end="2026-11-18 12:30", zone=NY,
      contact="shauna.whitfield@keystoneparcel.com", company="Keystone Parcel Networks",
      note="GoodTime itinerary, three sessions on Wed 18 Nov in ET (EST after 1 Nov, same as Panama): "
           "start = first session 10:00, end = last session end 12:30 -> 15:00Z-17:30Z; "
           "contact = Reply-To coordinator")
def p16() -> bytes:
    plain = t("""
        Hi Daniela,

        Your virtual interview with Keystone Parcel Networks for Network Planning Analyst is
        confirmed. Below is your itinerary. All times are shown in Eastern Time (ET).

        Wednesday, November 18, 2026

        10:00 AM - 10:45 AM ET   Hiring manager conversation - Paul Zimmerman, Sr. Manager, Network Planning
        10:45 AM - 11:30 AM ET   Analytics case - Deepa Raghunathan, Analytics Lead
        11:30 AM - 11:45 AM ET   Break
        11:45 AM - 12:30 PM ET   Operations partner - Luis Ocampo, Regional Ops Director

        All sessions use the same Zoom link: https://keystoneparcel.zoom.us/j/97115320648

        If you have any questions, reply to this email to reach your coordinator, Shauna Whitfield.

        Good luck!
        Keystone Parcel Networks Recruiting
        """)
    rows = "".join(
        f'<tr><td style="padding:6px 12px;white-space:nowrap">{a}</td><td style="padding:6px 12px">{b}</td></tr>'
        for a, b in [("10:00 AM - 10:45 AM ET", "Hiring manager conversation &ndash; Paul Zimmerman, Sr. Manager, Network Planning"),
                     ("10:45 AM - 11:30 AM ET", "Analytics case &ndash; Deepa Raghunathan, Analytics Lead"),
                     ("11:30 AM - 11:45 AM ET", "Break"),
                     ("11:45 AM - 12:30 PM ET", "Operations partner &ndash; Luis Ocampo, Regional Ops Director")])
    page = t("""
        <html><body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1f2933">
        <p>Hi Daniela,</p>
        <p>Your virtual interview with Keystone Parcel Networks for <b>Network Planning Analyst</b> is confirmed.
        Below is your itinerary. All times are shown in Eastern Time (ET).</p>
        <h3 style="margin-bottom:4px">Wednesday, November 18, 2026</h3>
        <table style="border-collapse:collapse;border:1px solid #e4e7eb">ROWS</table>
        <p>All sessions use the same Zoom link: <a href="https://keystoneparcel.zoom.us/j/97115320648">https://keystoneparcel.zoom.us/j/97115320648</a></p>
        <p>If you have any questions, reply to this email to reach your coordinator, Shauna Whitfield.</p>
        <p>Good luck!<br>Keystone Parcel Networks Recruiting</p>
        <p style="font-size:11px;color:#9aa5b1">Scheduled with GoodTime</p>
        </body></html>
        """).replace("ROWS", rows)
    h = hdrs(addr("Keystone Parcel Networks", "noreply@goodtime.io"),
             "Your interview itinerary - Network Planning Analyst - Wed, Nov 18", "2026-11-13 10:00:18", NY,
             "<gt.itinerary.5d0c8a7e31f24b96@goodtime.io>",
             via=("from o2.ptr4419.goodtime.io (o2.ptr4419.goodtime.io [149.72.61.19])",
                  "mx1.example.org with ESMTPS id 5G4oIn1pZdz2"),
             extra=(("Reply-To", addr("Shauna Whitfield", "shauna.whitfield@keystoneparcel.com")),))
    return message(h, alt(text(plain), html(page)))


# =========================================================================== positives: rescheduled


@mail(n(17), family="zoom", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-11-24 15:00", PA), local="Tue 2026-11-24 15:00", zone=PA,
      contact="lbarria@amadortrading.com.pa", company="Puerto Amador Trading",
      note="Prose reschedule with a pasted Zoom invitation: 'del jueves 19/11 a las 11:00 a.m. al martes "
           "24/11/2026 a las 3:00 p.m. (hora de Panamá)', Zoom 'Hora: 24 nov 2026 03:00 p. m. Panamá' -> "
           "20:00Z (the new time); no length -> end null; contact = sender",
      days=(("Thu", "2026-11-19"),))
def r01() -> bytes:
    plain = t("""
        Estimada Daniela:

        Buenos días. Por un viaje imprevisto de nuestro gerente general a Manzanillo, necesitamos
        mover su entrevista del jueves 19/11 a las 11:00 a.m. al martes 24/11/2026 a las 3:00 p.m.
        (hora de Panamá). Le pido mil disculpas por el cambio.

        Abajo le dejo el nuevo enlace de Zoom; el anterior ya no es válido.

        Luis Carlos Barría le está invitando a una reunión de Zoom programada.

        Tema: Entrevista Daniela Araúz - Analista de Cadena de Suministro
        Hora: 24 nov 2026 03:00 p. m. Panamá

        Unirse a la reunión Zoom
        https://amadortrading.zoom.us/j/86231907714?pwd=QkR0aXZ3b1N5dG1hd0E

        ID de reunión: 862 3190 7714
        Código de acceso: 551928

        Quedo atento a su confirmación.

        Saludos cordiales,

        Luis Carlos Barría
        Jefe de Reclutamiento
        Puerto Amador Trading, Inc. | Calzada de Amador, Edificio 14
        """)
    h = hdrs(addr("Luis Carlos Barría", "lbarria@amadortrading.com.pa"),
             "Cambio de fecha - Entrevista Analista de Cadena de Suministro", "2026-11-17 08:30:09", PA,
             "<MN2PR19MB3981A6D4E0C7F1B3A2D5E9C8F4B01@MN2PR19MB3981.namprd19.prod.outlook.com>",
             via=("from NAM10-MW2-obe.outbound.protection.outlook.com (mail-mw2nam10on2131.outbound.protection.outlook.com [40.107.94.131])",
                  "mx1.example.org with ESMTPS id 5H7pJo4qAez5"),
             extra=(("Importance", "high"), ("Content-Language", "es-PA")))
    return message(h, alt(text(plain), html(gmail_html(plain))))


@mail(n(18), family="google_calendar", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-02 11:00", NY), end=utc("2026-11-02 12:00", NY),
      local="Mon 2026-11-02 11:00", local_end="2026-11-02 12:00", zone=NY,
      contact="nadia.farouk@harborlinecg.com", company="Harborline Consumer Goods",
      note="Google Calendar 'Updated invitation' sent Wed 28 Oct in EDT; moved from Fri 30 Oct 1pm EDT to "
           "Mon 2 Nov 11am-12pm Eastern, the day after US clocks fall back -> EST -> 16:00Z-17:00Z; ICS "
           "SEQUENCE:1 TZID America/New_York; contact = ORGANIZER",
      days=(("Fri", "2026-10-30"),))
def r02() -> bytes:
    plain = t("""
        This event has been changed.

        Interview - Daniela Araúz (Sr. Supply Planner)
        When
        Changed: Monday Nov 2, 2026 ⋅ 11am – 12pm
        Eastern Time - New York
        (Previously: Friday Oct 30, 2026 ⋅ 1pm – 2pm)

        Joining info
        Join with Google Meet
        https://meet.google.com/wgc-hxbf-qor

        Sorry for the shuffle, Daniela - our VP's Friday got taken over by quarter close. Same panel,
        new slot. - Nadia

        Organizer
        Nadia Farouk
        nadia.farouk@harborlinecg.com

        Guests
        Nadia Farouk - organizer
        sam.whitcombe@harborlinecg.com
        daniela.arauz@example.org

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=M2s5dDFjN2E

        Reply for daniela.arauz@example.org: Yes (https://calendar.google.com/calendar/event?action=RESPOND&rst=1) No (https://calendar.google.com/calendar/event?action=RESPOND&rst=2) Maybe (https://calendar.google.com/calendar/event?action=RESPOND&rst=3)

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p style="font-size:14px">This event has been changed.</p>
        <h2 style="font-size:22px;font-weight:400;color:#202124">Interview - Daniela Araúz (Sr. Supply Planner)</h2>
        <div><span style="color:#d93025">Changed:</span> Monday Nov 2, 2026 ⋅ 11am – 12pm<br>Eastern Time - New York</div>
        <div style="color:#70757a"><s>Friday Oct 30, 2026 ⋅ 1pm – 2pm</s></div>
        <p><a href="https://meet.google.com/wgc-hxbf-qor">Join with Google Meet</a></p>
        <p>Sorry for the shuffle, Daniela - our VP's Friday got taken over by quarter close. Same panel, new slot. - Nadia</p>
        <p><b>Guests</b><br>Nadia Farouk - organizer<br>sam.whitcombe@harborlinecg.com<br>daniela.arauz@example.org</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", VTZ[NY], "BEGIN:VEVENT",
        f"DTSTART;TZID={NY}:20261102T110000", f"DTEND;TZID={NY}:20261102T120000",
        "DTSTAMP:20261028T210533Z", "ORGANIZER;CN=Nadia Farouk:mailto:nadia.farouk@harborlinecg.com",
        "UID:3k9t1c7a5m2q8w0e4r6y1u3i5o@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nadia Farouk;X-NUM-GUESTS=0:mailto:nadia.farouk@harborlinecg.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=sam.whitcombe@harborlinecg.com;X-NUM-GUESTS=0:mailto:sam.whitcombe@harborlinecg.com",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}",
        "X-GOOGLE-CONFERENCE:https://meet.google.com/wgc-hxbf-qor",
        "CREATED:20261021T180212Z", "LAST-MODIFIED:20261028T210532Z", "SEQUENCE:1", "STATUS:CONFIRMED",
        "SUMMARY:Interview - Daniela Araúz (Sr. Supply Planner)", "TRANSP:OPAQUE",
        "END:VEVENT", "END:VCALENDAR"])
    body = mixed(alt(text(plain), html(page), calendar(ics, cte="base64")),
                 calendar(ics, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                          disposition="attachment", name_param=True))
    h = hdrs(addr("Nadia Farouk", "nadia.farouk@harborlinecg.com"),
             "Updated invitation: Interview - Daniela Araúz (Sr. Supply Planner) @ Mon Nov 2, 2026 11am - "
             "12pm (EST) (daniela.arauz@example.org)",
             "2026-10-28 17:05:33", NY, "<calendar-0b7e3d19-5f2a-4c86-9e41-d8a2c6f0b573@google.com>",
             via=("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
                  "mx1.example.org with ESMTPS id 5J0qKp7rBfz8"),
             extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                    ("Reply-To", addr("Nadia Farouk", "nadia.farouk@harborlinecg.com"))))
    return message(h, body)


@mail(n(19), family="recruitee", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-12-02 10:30", BOG), end=utc("2026-12-02 11:30", BOG),
      local="Wed 2026-12-02 10:30", local_end="2026-12-02 11:30", zone=BOG,
      contact="valentina.osorio@sabanaretail.co", company="Grupo Sabana Retail",
      note="Recruitee reschedule: new 'miércoles, 2 de diciembre de 2026, 10:30 - 11:30 (GMT-05:00) "
           "Bogotá', previous 'lunes, 30 de noviembre, 9:00' -> 15:30Z-16:30Z; ICS SEQUENCE:1 agrees; "
           "contact = Reply-To recruiter",
      days=(("Mon", "2026-11-30"),))
def r03() -> bytes:
    plain = t("""
        Hola Daniela,

        Tu entrevista para Analista de Reabastecimiento ha sido reprogramada.

        NUEVA FECHA
        miércoles, 2 de diciembre de 2026
        10:30 - 11:30 (GMT-05:00) Bogotá

        Fecha anterior (cancelada): lunes, 30 de noviembre de 2026, 9:00 - 10:00

        Lugar: Microsoft Teams (el enlace está en la invitación adjunta)
        Entrevistadores: Valentina Osorio (Talento), Jorge Iván Cárdenas (Jefe de Reabastecimiento)

        Si la nueva hora no te sirve, responde a este correo.

        Saludos,
        Grupo Sabana Retail
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2d3436">
        <p>Hola Daniela,</p>
        <p>Tu entrevista para <b>Analista de Reabastecimiento</b> ha sido reprogramada.</p>
        <div style="border:2px solid #1e9e6a;border-radius:6px;padding:12px">
        <div style="font-size:12px;color:#1e9e6a;font-weight:bold">NUEVA FECHA</div>
        <div style="font-size:16px">miércoles, 2 de diciembre de 2026<br>10:30 - 11:30 (GMT-05:00) Bogotá</div>
        </div>
        <p style="color:#999"><s>lunes, 30 de noviembre de 2026, 9:00 - 10:00</s></p>
        <p>Lugar: Microsoft Teams (el enlace está en la invitación adjunta)<br>
        Entrevistadores: Valentina Osorio (Talento), Jorge Iván Cárdenas (Jefe de Reabastecimiento)</p>
        <p>Si la nueva hora no te sirve, responde a este correo.</p>
        <p>Saludos,<br>Grupo Sabana Retail</p>
        <p style="font-size:11px;color:#b2bec3">Enviado con Recruitee</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Recruitee//Interview//ES", "METHOD:REQUEST", VTZ_BOG,
        "BEGIN:VEVENT", "UID:recruitee-event-884213-sabana", "DTSTAMP:20261126T162004Z",
        f"DTSTART;TZID={BOG}:20261202T103000", f"DTEND;TZID={BOG}:20261202T113000",
        "SUMMARY:Entrevista: Daniela Araúz - Analista de Reabastecimiento",
        "LOCATION:Microsoft Teams",
        "DESCRIPTION:Enlace: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGRhNzQ%40thread.v2/0",
        "ORGANIZER;CN=Valentina Osorio:mailto:valentina.osorio@sabanaretail.co",
        f"ATTENDEE;CN=Daniela Araúz;RSVP=TRUE:mailto:{ME}",
        "SEQUENCE:1", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    body = mixed(alt(text(plain), html(page)),
                 calendar(ics, cte="base64", filename="entrevista.ics", disposition="attachment"))
    h = hdrs(addr("Grupo Sabana Retail", "no-reply@recruitee.com"),
             "Entrevista reprogramada: Analista de Reabastecimiento", "2026-11-26 11:20:04", BOG,
             "<rcte.6a1f9d3b0c2e4785.1795710004@recruitee.com>",
             via=("from mta-12.recruitee.com (mta-12.recruitee.com [3.126.55.201])",
                  "mx1.example.org with ESMTPS id 5K3rLq1sCgz1"),
             extra=(("Reply-To", addr("Valentina Osorio", "valentina.osorio@sabanaretail.co")),))
    return message(h, body)


@mail(n(20), family="personio", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-12-07 09:00", PA), end=utc("2026-12-07 09:45", PA),
      local="Mon 2026-12-07 09:00", local_end="2026-12-07 09:45", zone=PA,
      contact="irene.lasheras@navalia-shipping.es", company="Navalia Shipping Services",
      note="Personio reschedule from Madrid (Date +0100): 'se traslada al lunes 7 de diciembre de 2026 a las "
           "09:00 (hora de Panamá) - 15:00 en Madrid', 45 minutos -> 14:00Z-14:45Z; the ICS is in "
           "Europe/Madrid 15:00-15:45 (CET), the same instant; contact = recruiter address in the body",
      days=(("Thu", "2026-12-03"),))
def r04() -> bytes:
    plain = t("""
        Hola, Daniela:

        Te escribimos porque ha habido un cambio en tu entrevista para el puesto de Analista de
        Operaciones Portuarias (oficina de Panamá).

        La entrevista prevista para el jueves 3/12 a las 10:00 (hora de Panamá) se traslada al
        lunes 7 de diciembre de 2026 a las 09:00 (hora de Panamá) - 15:00 en Madrid.

        Duración: 45 minutos
        Formato: videollamada por Microsoft Teams (enlace en la invitación adjunta)
        Entrevistadora: Irene Lasheras, Responsable de Personas

        Si tienes cualquier duda, escribe a Irene a irene.lasheras@navalia-shipping.es.

        Un saludo,
        El equipo de Personas de Navalia Shipping Services

        Navalia Shipping Services S.L. · Paseo de la Castellana 141 · 28046 Madrid
        Este correo se ha enviado a través de Personio. Por favor, no respondas a este mensaje.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Personio GmbH//Recruiting//DE", "METHOD:REQUEST", VTZ_MAD,
        "BEGIN:VEVENT", "UID:personio-interview-2d71c0a9-3e58-4f16-b4a2-6c9e8d07f1b3", "DTSTAMP:20261202T154012Z",
        f"DTSTART;TZID={MAD}:20261207T150000", f"DTEND;TZID={MAD}:20261207T154500",
        "SUMMARY:Entrevista Daniela Araúz - Analista de Operaciones Portuarias",
        "LOCATION:Microsoft Teams",
        "ORGANIZER;CN=Irene Lasheras:mailto:irene.lasheras@navalia-shipping.es",
        f"ATTENDEE;CN=Daniela Araúz;RSVP=TRUE:mailto:{ME}",
        "SEQUENCE:1", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    body = mixed(text(plain), calendar(ics, cte="base64", filename="invite.ics", disposition="attachment"))
    h = hdrs(addr("Navalia Shipping Services", "noreply@mail.personio.de"),
             "Cambio en tu entrevista - Analista de Operaciones Portuarias", "2026-12-02 16:40:12", MAD,
             "<personio.2d71c0a93e58.1796312412@mail.personio.de>",
             via=("from mail.personio.de (mail.personio.de [52.29.110.47])",
                  "mx1.example.org with ESMTPS id 5L6sMr4tDhz4"),
             extra=(("Auto-Submitted", "auto-generated"),))
    return message(h, body)


# =========================================================================== positives: cancelled


@mail(n(21), family="google_calendar", lang="es", interview=True, kind="cancelled",
      start=utc("2026-12-10 10:00", PA), end=utc("2026-12-10 11:00", PA),
      local="Thu 2026-12-10 10:00", local_end="2026-12-10 11:00", zone=PA,
      contact="omar.delgado@paitillabrands.com", company="Paitilla Consumer Brands",
      note="Google Calendar 'Evento cancelado' in Spanish, METHOD:CANCEL; the cancelled slot 'jueves, 10 de "
           "diciembre de 2026 · 10 – 11am (hora de Panamá)' -> 15:00Z-16:00Z; no new time; contact = "
           "ORGANIZER")
def c01() -> bytes:
    plain = t("""
        Se canceló este evento y se eliminó de tu calendario.

        Entrevista técnica – Analista S&OP
        jueves, 10 de diciembre de 2026 · 10 – 11am
        Zona horaria: Hora de Panamá

        Daniela, disculpa: la posición quedó congelada hasta enero por presupuesto. Te escribo
        apenas tenga noticias. Omar

        Organizador
        Omar Delgado
        omar.delgado@paitillabrands.com

        Invitados
        Omar Delgado - organizador
        daniela.arauz@example.org

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Recibes este correo porque eres un invitado del evento.
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p>Se canceló este evento y se eliminó de tu calendario.</p>
        <h2 style="font-size:22px;font-weight:400;color:#202124"><s>Entrevista técnica – Analista S&amp;OP</s></h2>
        <div>jueves, 10 de diciembre de 2026 · 10 – 11am<br>Zona horaria: Hora de Panamá</div>
        <p>Daniela, disculpa: la posición quedó congelada hasta enero por presupuesto. Te escribo apenas tenga noticias. Omar</p>
        <p><b>Invitados</b><br>Omar Delgado - organizador<br>daniela.arauz@example.org</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:CANCEL", VTZ_PA, "BEGIN:VEVENT",
        f"DTSTART;TZID={PA}:20261210T100000", f"DTEND;TZID={PA}:20261210T110000",
        "DTSTAMP:20261207T173012Z", "ORGANIZER;CN=Omar Delgado:mailto:omar.delgado@paitillabrands.com",
        "UID:1q2w3e4r5t6y7u8i9o0p1a2s3d@google.com",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={ME};X-NUM-GUESTS=0:mailto:{ME}",
        "CREATED:20261201T150044Z", "LAST-MODIFIED:20261207T173011Z", "SEQUENCE:1", "STATUS:CANCELLED",
        "SUMMARY:Entrevista técnica – Analista S&OP", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    body = mixed(alt(text(plain), html(page), calendar(ics, method="CANCEL", cte="base64")),
                 calendar(ics, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                          disposition="attachment", name_param=True))
    h = hdrs(addr("Omar Delgado", "omar.delgado@paitillabrands.com"),
             "Evento cancelado: Entrevista técnica – Analista S&OP @ jue 10 dic 2026 10am - 11am (GMT-5) "
             "(daniela.arauz@example.org)",
             "2026-12-07 12:30:12", PA, "<calendar-5e9a0c21-7b34-4d8f-a6c1-e2b09f4d7a38@google.com>",
             via=("from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
                  "mx1.example.org with ESMTPS id 5M9tNs7uEiz7"),
             extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                    ("Reply-To", addr("Omar Delgado", "omar.delgado@paitillabrands.com"))))
    return message(h, body)


@mail(n(22), family="taleo", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-04 13:30", NY), local="Fri 2026-12-04 13:30", zone=NY,
      contact="brenda.okafor@gulfstreamproduce.com", company="Gulfstream Produce Distributors",
      note="Taleo HTML-only (windows-1252 QP) cancellation: 'scheduled for Friday, December 4, 2026 at "
           "1:30 PM Eastern Time has been cancelled', role on hold, no new time -> cancelled, EST -> "
           "18:30Z; contact = recruiter address in the body")
def c02() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <table width="640" cellpadding="0" cellspacing="0">
        <tr><td style="padding:10px;background:#f58220;color:#fff;font-size:16px"><b>Gulfstream Produce Distributors</b> &ndash; Careers</td></tr>
        <tr><td style="padding:16px">
        <p>Dear Daniela,</p>
        <p>We regret to inform you that your interview for the position <b>Import Logistics Analyst (Req. 26-0917)</b>,
        scheduled for Friday, December 4, 2026 at 1:30 PM Eastern Time, has been cancelled.</p>
        <p>The requisition has been placed on hold for budget reasons. Your application will remain on file, and
        we will reach out if the position is reopened.</p>
        <p>We apologize for the inconvenience. If you have questions, please contact Brenda Okafor,
        Talent Acquisition Specialist, at brenda.okafor@gulfstreamproduce.com.</p>
        <p>Sincerely,<br>Gulfstream Produce Distributors &ndash; Talent Acquisition</p>
        <p style="font-size:10px;color:#777">This message was sent by an automated system. Please do not reply to this e-mail.
        &copy; Gulfstream Produce Distributors, LLC &ndash; Medley, FL</p>
        </td></tr></table></body></html>
        """)
    h = hdrs(addr("Gulfstream Produce Careers", "gulfstream@taleo.net"),
             "Interview Cancellation - Import Logistics Analyst (Req. 26-0917)", "2026-11-30 09:12:47", NY,
             "<1914327565.4410832.1796047967112.JavaMail.prod@tlotaleo03.taleo.net>",
             via=("from smtp-out3.taleo.net (smtp-out3.taleo.net [160.34.15.203])",
                  "mx1.example.org with ESMTPS id 5N2uOt1vFjz9"))
    return message(h, html(page, charset="windows-1252"))


@mail(n(23), family="workable", lang="es", interview=True, kind="cancelled",
      start=utc("2026-12-11 09:00", PA), local="Fri 2026-12-11 09:00", zone=PA,
      contact="yrodriguez@textilesatlantico.com.pa", company="Textiles del Atlántico",
      note="Workable cancellation: 'debemos cancelar la entrevista programada para el viernes 11 de diciembre "
           "a las 9:00 a. m.' (14:00Z) with a new day only proposed ('¿le parecería bien el martes 15?'), "
           "not confirmed -> cancelled; METHOD:CANCEL ICS in UTC; Reply-To is a Workable relay -> "
           "contact = recruiter address in the signature",
      days=(("Tue", "2026-12-15"),))
def c03() -> bytes:
    plain = t("""
        Hola Daniela,

        Lamentablemente debemos cancelar la entrevista programada para el viernes 11 de diciembre a
        las 9:00 a. m.: ese día tenemos auditoría de la Zona Libre y el gerente de planta no estará
        disponible.

        ¿Le parecería bien el martes 15 a la misma hora? Quedo atenta a su confirmación para
        enviarle la nueva invitación.

        Disculpe las molestias.

        Yamileth Rodríguez
        Reclutamiento | Textiles del Atlántico, S.A.
        yrodriguez@textilesatlantico.com.pa | +507 441-2290

        --
        Puede responder directamente a este correo.
        Enviado a través de Workable
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Workable//Workable Calendar//EN", "METHOD:CANCEL",
        "BEGIN:VEVENT", "UID:wkbl-evt-41c8b2e7f0a5@workable.com", "DTSTAMP:20261208T224503Z",
        "DTSTART:20261211T140000Z", "DTEND:20261211T150000Z",
        "SUMMARY:Entrevista: Daniela Araúz (Analista de Abastecimiento)",
        "ORGANIZER;CN=Textiles del Atlántico:mailto:noreply@workablemail.com",
        f"ATTENDEE;CN=Daniela Araúz:mailto:{ME}", "SEQUENCE:2", "STATUS:CANCELLED",
        "END:VEVENT", "END:VCALENDAR"])
    body = mixed(alt(text(plain), html(gmail_html(plain))),
                 calendar(ics, method="CANCEL", cte="base64", filename="cancel.ics", disposition="attachment"))
    h = hdrs(addr("Textiles del Atlántico", "noreply@workablemail.com"),
             "Entrevista cancelada - Analista de Abastecimiento", "2026-12-08 17:45:03", PA,
             "<wkbl.msg.9c3e71a0d24b@workablemail.com>",
             via=("from mail-out.workablemail.com (mail-out.workablemail.com [52.210.44.117])",
                  "mx1.example.org with ESMTPS id 5P5vPu4wGkz2"),
             extra=(("Reply-To", "textiles-del-atlantico+c7f2a91e@candidates.workablemail.com"),))
    return message(h, body)


# =========================================================================== negatives


@mail(n(24), family="rejection", lang="es", interview=False, company="Almacenes Chiriquí Global",
      note="Greenhouse rejection in Spanish after an interview ('la entrevista del lunes 14 de septiembre'); "
           "a past date, nothing scheduled", days=(("Mon", "2026-09-14"),))
def n24() -> bytes:
    plain = t("""
        Hola Daniela:

        Gracias por tu tiempo en la entrevista del lunes 14 de septiembre y por el interés en la
        posición de Planificadora de Inventarios en Almacenes Chiriquí Global.

        Después de una cuidadosa evaluación, hemos decidido continuar el proceso con otros
        candidatos cuyo perfil se ajusta más a lo que buscamos en este momento.

        Nos gustaría mantener tu información para futuras oportunidades. Te deseamos mucho éxito
        en tu búsqueda.

        Saludos cordiales,
        Equipo de Talento - Almacenes Chiriquí Global
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{p.replace(chr(10), ' ')}</p>" for p in plain.strip().split("\n\n")) + "</body></html>\n"
    h = hdrs(addr("Almacenes Chiriquí Global", "no-reply@us.greenhouse-mail.io"),
             "Actualización sobre tu postulación - Planificadora de Inventarios", "2026-09-22 14:31:08", PA,
             "<0100019a6c0e3b58-1f7d9a2e-44c1-4b0e-8e3f-5a6b7c8d9e0f-000000@email.amazonses.com>",
             via=("from a48-30.smtp-out.amazonses.com (a48-30.smtp-out.amazonses.com [54.240.48.30])",
                  "mx1.example.org with ESMTPS id 4S3bTs9dLrz2"))
    return message(h, alt(text(plain), html(page)))


@mail(n(25), family="offer", lang="en", interview=False, company="Keystone Parcel Networks",
      note="iCIMS offer after the 18 Nov itinerary (thread with the GoodTime confirmation); e-sign deadline "
           "'Wednesday, December 9, 2026 at 5:00 PM ET' and a start date are not interviews",
      days=(("Wed", "2026-12-09"), ("Wed", "2026-11-18")))
def n25() -> bytes:
    plain = t("""
        Dear Daniela,

        Congratulations! On behalf of Keystone Parcel Networks, we are delighted to offer you the
        position of Network Planning Analyst. Thank you again for the time you spent with Paul,
        Deepa and Luis during your interviews on Wednesday, November 18.

        Your offer letter is available in the candidate portal:
        https://careers-keystoneparcel.icims.com/jobs/offers/58821/login

        Please review and e-sign by Wednesday, December 9, 2026 at 5:00 PM ET. The proposed start
        date is Monday, January 11, 2027 (remote, Eastern business hours).

        If you'd like to talk through the package, reply here and Shauna Whitfield will set up a
        call with the hiring manager.

        Warm regards,
        Keystone Parcel Networks Talent Acquisition
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{p.replace(chr(10), ' ')}</p>" for p in plain.strip().split("\n\n")) + "</body></html>\n"
    h = hdrs(addr("Keystone Parcel Networks", "keystoneparcel@talent.icims.com"),
             "Your offer from Keystone Parcel Networks", "2026-12-03 14:05:51", NY,
             "<icims.offer.58821.7d3a0e9c@talent.icims.com>",
             via=("from mail5.talent.icims.com (mail5.talent.icims.com [66.151.141.45])",
                  "mx1.example.org with ESMTPS id 5Q8wQv7xHlz5"),
             extra=(("Reply-To", addr("Shauna Whitfield", "shauna.whitfield@keystoneparcel.com")),))
    return message(h, alt(text(plain), html(page, cte="base64")))


@mail(n(26), family="application_ack", lang="es", interview=False, company="Logiandes",
      note="JOIN application receipt; 'te invitaremos a una entrevista' is hypothetical, no time")
def n26() -> bytes:
    plain = t("""
        Hola Daniela,

        ¡Gracias por postularte a Analista de Transporte (Bogotá / remoto) en Logiandes S.A.S.!

        Hemos recibido tu candidatura correctamente. Nuestro equipo la revisará en los próximos
        días. Si tu perfil encaja, te invitaremos a una entrevista en las próximas dos semanas.

        Mientras tanto, puedes consultar el estado de tu candidatura aquí:
        https://join.com/candidates/applications/2218845

        Saludos,
        El equipo de Logiandes S.A.S.

        Enviado con JOIN - join.com
        """)
    h = hdrs(addr("Logiandes S.A.S. via JOIN", "noreply@join.com"),
             "Hemos recibido tu candidatura: Analista de Transporte", "2026-09-07 10:44:29", "UTC",
             "<20260907104429.2218845.candidate-applied@join.com>",
             via=("from mail-201.join.com (mail-201.join.com [35.157.99.201])",
                  "mx1.example.org with ESMTPS id 4P1jKl6wYaz8"),
             extra=(("Auto-Submitted", "auto-generated"),))
    return message(h, text(plain, cte="base64"))


@mail(n(27), family="job_alert", lang="es", interview=False, company=None,
      note="Job-board alert digest; 'Entrevistas esta semana' / 'Contratación inmediata' badges confirm nothing")
def n27() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;background:#eef2f5">
        <table width="600" align="center" style="background:#fff">
        <tr><td style="padding:16px;background:#00875a;color:#fff;font-size:20px">EmpleosIstmo</td></tr>
        <tr><td style="padding:16px">
        <p>Hola Daniela, encontramos <b>5 nuevas vacantes</b> para tu alerta <i>"analista cadena de suministro - Panamá"</i>:</p>
        <div style="border-bottom:1px solid #ddd;padding:8px 0"><b>Analista de Compras</b> &ndash; Importadora Cerro Azul &ndash; Ciudad de Panamá<br>
        <span style="background:#ffe8a3;padding:2px 6px;font-size:12px">Entrevistas esta semana</span> B/. 1,600 &ndash; 1,900 &middot; Publicado hoy</div>
        <div style="border-bottom:1px solid #ddd;padding:8px 0"><b>Coordinador de Logística</b> &ndash; Grupo Naviero Balboa &ndash; Balboa<br>
        <span style="background:#c7f0d8;padding:2px 6px;font-size:12px">Contratación inmediata</span> &middot; Publicado hace 1 día</div>
        <div style="border-bottom:1px solid #ddd;padding:8px 0"><b>Analista de Inventarios</b> &ndash; Farmacias del Valle &ndash; Panamá Oeste<br>
        Publicado hace 2 días</div>
        <div style="border-bottom:1px solid #ddd;padding:8px 0"><b>Planner S&amp;OP (bilingüe)</b> &ndash; Confidencial &ndash; Colón<br>
        Publicado hace 3 días</div>
        <div style="padding:8px 0"><b>Analista de Datos Logísticos</b> &ndash; Terminal Granelera del Pacífico &ndash; Ciudad de Panamá<br>
        Publicado hace 4 días</div>
        <p><a href="https://www.empleosistmo.com/alertas/ver/88412">Ver todas las vacantes</a></p>
        </td></tr>
        <tr><td style="padding:12px;font-size:11px;color:#888">Recibes este correo porque creaste una alerta en EmpleosIstmo.
        <a href="https://www.empleosistmo.com/alertas/baja/88412">Darse de baja</a></td></tr>
        </table></body></html>
        """)
    h = hdrs(addr("EmpleosIstmo", "alertas@empleosistmo.com"),
             "5 nuevas vacantes: analista cadena de suministro - Panamá", "2026-10-02 06:00:14", PA,
             "<alerta.88412.20261002@empleosistmo.com>",
             via=("from mta3.empleosistmo.com (mta3.empleosistmo.com [190.140.18.77])",
                  "mx1.example.org with ESMTPS id 4U9cWa3dNsz1"),
             extra=(("List-Unsubscribe", "<https://www.empleosistmo.com/alertas/baja/88412>"),
                    ("Precedence", "bulk")))
    return message(h, html(page))


@mail(n(28), family="newsletter_tips", lang="en", interview=False, company=None,
      note="Career newsletter about S&OP interview questions; the live Q&A 'Thursday, October 22 at 7 PM ET' "
           "is a webinar for all subscribers, not a job interview", days=(("Thu", "2026-10-22"),))
def n28() -> bytes:
    plain = t("""
        THE LANE REPORT - Careers edition #41

        5 questions you'll get in an S&OP interview (and how to answer them)

        1. "Walk me through a forecast you got badly wrong."
           Interviewers want the post-mortem, not the excuse. Name the bias, the fix, the result.
        2. "How would you handle a stockout at our Colón DC during peak?"
           Structure it: contain, communicate, root-cause, prevent.
        3. "Which KPIs would you put on a one-page S&OP dashboard?"
        4. "Tell me about a time you said no to Sales."
        5. "What would you do in your first 90 days?"

        Bonus: when the recruiter says "we'll confirm a time for your interview tomorrow", reply
        within the hour and restate the time zone. Panama, Bogotá and Miami are not always in sync!

        LIVE Q&A: Thursday, October 22 at 7 PM ET with two heads of planning. Save your seat:
        https://thelanereport.com/live/sop-interviews

        You're receiving this because you subscribed at thelanereport.com.
        Unsubscribe: https://thelanereport.com/unsubscribe?u=8c21f0
        """)
    h = hdrs(addr("The Lane Report", "newsletter@thelanereport.com"),
             "5 questions you'll get in an S&OP interview", "2026-10-20 08:00:02", NY,
             "<20261020120002.41.8c21f0@mail.thelanereport.com>",
             via=("from mail.thelanereport.com (mail.thelanereport.com [198.2.134.61])",
                  "mx1.example.org with ESMTPS id 5A1kCh2jTwz3"),
             extra=(("List-Unsubscribe", "<https://thelanereport.com/unsubscribe?u=8c21f0>"),
                    ("List-Id", "The Lane Report <careers.thelanereport.com>"), ("Precedence", "bulk")))
    return message(h, alt(text(plain), html(gmail_html(plain))))


@mail(n(29), family="scheduling_link", lang="en", interview=False, company="Coralbay Logistics",
      note="Ashby self-schedule request: pick a time between Tue 10 and Fri 13 Nov; nothing booked yet",
      days=(("Tue", "2026-11-10"), ("Fri", "2026-11-13")))
def n29() -> bytes:
    plain = t("""
        Hi Daniela,

        Thanks for your interest in the Inventory Control Analyst role at Coralbay Logistics! The
        team would love to move you forward to a 45-minute interview with our Operations Manager.

        Please use the link below to choose a time that works for you. Available times are between
        Tue, Nov 10 and Fri, Nov 13, and are shown in your local time zone.

        Select a time: https://jobs.ashbyhq.com/coralbay/interview-scheduling/3e1f7a02-b9c4-4d65-8a17-f0c2d9e4b6a1

        If none of the times work, just reply to this email.

        Best,
        Tiffany Rourke
        Recruiting Coordinator, Coralbay Logistics
        """)
    page = "<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n")) + "</body></html>\n"
    h = hdrs(addr("Coralbay Logistics", "no-reply@ashbyhq.com"),
             "Schedule your interview with Coralbay Logistics", "2026-11-05 13:16:40", "UTC",
             "<0100019b4d1e6f02-8b3c2a7d-0e15-4f9a-b6c8-d2e1f0a9b8c7-000000@email.amazonses.com>",
             via=("from mail.ashbyhq.com (mail.ashbyhq.com [108.233.221.103])",
                  "mx1.example.org with ESMTPS id 5E2mGk3nXaz4"),
             extra=(("Reply-To", addr("Tiffany Rourke", "tiffany.rourke@coralbaylogistics.com")),))
    return message(h, alt(text(plain), html(page)))


@mail(n(30), family="interview_proposed", lang="es", interview=False, company="Grupo Mercantil Colón",
      note="Recruiter proposes two slots ('¿Le vendría bien el martes 20 de octubre a las 10:00 a.m.? Si no, "
           "el miércoles 21 a las 3:00 p.m.') and waits for an answer: not confirmed",
      days=(("Tue", "2026-10-20"), ("Wed", "2026-10-21")))
def n30() -> bytes:
    body = t("""
        Buenas tardes, licenciada Araúz:

        Recibimos su hoja de vida para la vacante de Analista de Importaciones y al gerente le
        interesa conversar con usted. ¿Le vendría bien el martes 20 de octubre a las 10:00 a.m. en
        nuestras oficinas de la Zona Libre? Si no, tengo disponible el miércoles 21 a las 3:00 p.m.

        Quedo atenta a su respuesta para reservar el espacio con él.

        Saludos cordiales,

        Rosaura Vega
        Recursos Humanos
        Grupo Mercantil Colón
        Tel. 431-7765
        """)
    h = hdrs(addr("Rosaura Vega", "rvega@grupomercantilcolon.com"),
             "Vacante Analista de Importaciones", "2026-10-15 15:37:22", PA,
             "<004501db1f2a$8c3e1d20$a4ba5760$@grupomercantilcolon.com>",
             via=("from mail.grupomercantilcolon.com (mail.grupomercantilcolon.com [201.218.230.14])",
                  "mx1.example.org with ESMTPS id 5B4lDi5kUxz6"),
             extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(h, text(body, charset="iso-8859-1"))


@mail(n(31), family="recruiter_outreach", lang="en", interview=False, company="Pelican Ridge Partners",
      note="Agency outreach asking 'Would Tuesday, Oct 6 at 10 AM ET work for a 20-minute intro call?': a "
           "proposal, nothing confirmed", days=(("Tue", "2026-10-06"),))
def n31() -> bytes:
    body = t("""
        Hi Daniela,

        I came across your profile and your work on the Colón DC replenishment project caught my
        eye. I'm partnering with a fast-growing 3PL in Miami on a Senior Supply Chain Analyst
        search (hybrid, relocation support available).

        Would Tuesday, Oct 6 at 10 AM ET work for a 20-minute intro call? If not, send me a couple
        of times that suit you and I'll make it work.

        Best,
        Jordan Pike
        Principal, Supply Chain Practice
        Pelican Ridge Partners | Fort Lauderdale, FL
        jordan.pike@pelicanridgepartners.com | +1 954 555 0172
        """)
    h = hdrs(addr("Jordan Pike", "jordan.pike@pelicanridgepartners.com"),
             "Senior Supply Chain Analyst - Miami 3PL (quick intro?)", "2026-10-01 16:48:10", NY,
             "<CAPk7Nw0aFz3Lr5tQ9sD2hB8mV1cX6yJ4uE0oT@mail.gmail.com>",
             via=("from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
                  "mx1.example.org with ESMTPS id 4V0dXb6eNrz8"))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(32), family="non_interview_appointment", lang="es", interview=False, company=None,
      note="Clinic appointment reminder with ICS, 'jueves 8 de octubre de 2026, 7:40 a.m.': a fixed time, "
           "not a job interview", days=(("Thu", "2026-10-08"),))
def n32() -> bytes:
    plain = t("""
        Centro Médico Albrook Norte
        Recordatorio de cita

        Paciente: Daniela Araúz
        Especialidad: Medicina Interna - Dra. Itzel Barsallo
        Fecha: jueves 8 de octubre de 2026
        Hora: 7:40 a.m.
        Consultorio: Torre B, piso 3, consultorio 312

        Indicaciones: venir en ayunas (8 horas) para la toma de muestras. Llegar 15 minutos antes
        con su cédula y carné del seguro.

        Para cancelar o reprogramar llame al 315-2200 o responda CANCELAR al mensaje de texto.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CMAN//Citas//ES", "METHOD:PUBLISH", VTZ_PA,
        "BEGIN:VEVENT", "UID:cita-7718204@cmalbrooknorte.com", "DTSTAMP:20261006T140011Z",
        f"DTSTART;TZID={PA}:20261008T074000", f"DTEND;TZID={PA}:20261008T082000",
        "SUMMARY:Cita Medicina Interna - Dra. Itzel Barsallo",
        "LOCATION:Centro Médico Albrook Norte\\, Torre B\\, consultorio 312", "END:VEVENT", "END:VCALENDAR"])
    body = mixed(text(plain), calendar(ics, method="PUBLISH", cte="base64", filename="cita.ics",
                                       disposition="attachment"))
    h = hdrs(addr("Centro Médico Albrook Norte", "citas@cmalbrooknorte.com"),
             "Recordatorio de cita - jueves 8 de octubre", "2026-10-06 09:00:11", PA,
             "<cita-7718204.recordatorio@cmalbrooknorte.com>",
             via=("from mail.cmalbrooknorte.com (mail.cmalbrooknorte.com [190.141.76.12])",
                  "mx1.example.org with ESMTPS id 4X2fZd9gQtz1"))
    return message(h, body)


@mail(n(33), family="car_service", lang="es", interview=False, company=None,
      note="Car-service booking with ICS, 'sábado 17 de octubre de 2026, 8:00 a.m.': fixed time, not an interview",
      days=(("Sat", "2026-10-17"),))
def n33() -> bytes:
    plain = t("""
        Estimada Sra. Daniela Araúz:

        Su cita de servicio ha sido confirmada.

        Vehículo: Toyota Corolla 2021 - placa 8K-4417
        Servicio: Mantenimiento de 40,000 km + revisión de frenos
        Fecha: sábado 17 de octubre de 2026
        Hora de recepción: 8:00 a.m.
        Asesor de servicio: Sr. Rolando Batista
        Taller: Transístmica Motors - Vía Transístmica, frente a Plaza Los Andes

        Tiempo estimado del servicio: 3 horas. Le avisaremos por WhatsApp cuando el vehículo esté listo.

        Gracias por su preferencia.
        Transístmica Motors - Departamento de Servicio
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//DealerSuite//Service Booking//ES", "METHOD:PUBLISH",
        "BEGIN:VEVENT", "UID:svc-20261017-8K4417@transistmicamotors.com", "DTSTAMP:20261014T161502Z",
        "DTSTART:20261017T130000Z", "DTEND:20261017T160000Z",
        "SUMMARY:Cita de servicio - Toyota Corolla 8K-4417",
        "LOCATION:Transístmica Motors\\, Vía Transístmica", "END:VEVENT", "END:VCALENDAR"])
    body = mixed(alt(text(plain, charset="iso-8859-1"), html(gmail_html(plain))),
                 calendar(ics, method="PUBLISH", cte="8bit", filename="cita-servicio.ics",
                          disposition="attachment", charset="utf-8"))
    h = hdrs(addr("Transístmica Motors - Servicio", "servicio@transistmicamotors.com"),
             "Confirmación de cita de servicio - 17/10/2026", "2026-10-14 11:15:02", PA,
             "<svc.20261017.8K4417.conf@transistmicamotors.com>",
             via=("from mail.transistmicamotors.com (mail.transistmicamotors.com [190.219.45.3])",
                  "mx1.example.org with ESMTPS id 5A4kCh9jTvz5"))
    return message(h, body)


@mail(n(34), family="parent_teacher", lang="es", interview=False, company=None,
      note="School parent-teacher meeting, 'viernes 23 de octubre, 4:00 p.m.': fixed time, not an interview",
      days=(("Fri", "2026-10-23"),))
def n34() -> bytes:
    body = t("""
        Estimados padres de familia de 3°B:

        Les recordamos que la reunión de entrega de boletines del III trimestre será el viernes 23
        de octubre a las 4:00 p.m. en el salón de 3°B. La maestra consejera, Lcda. Rosa Pitti,
        atenderá a cada familia de forma individual (10 minutos aprox.), por orden de lista.

        Mateo Araúz tiene asignado el turno de las 4:40 p.m.

        Favor confirmar su asistencia en la agenda del estudiante.

        Atentamente,
        Coordinación Académica - Primaria
        Colegio Bilingüe Las Acacias
        """)
    h = hdrs(addr("Coordinación Primaria - Las Acacias", "coordinacion.primaria@colegiolasacacias.edu.pa"),
             "Reunión de padres 3°B - entrega de boletines", "2026-10-19 13:05:40", PA,
             "<CAL7ac4s1Q0rP3m@colegiolasacacias.edu.pa>",
             to=addr("Padres 3B", "padres.3b@colegiolasacacias.edu.pa"),
             via=("from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
                  "mx1.example.org with ESMTPS id 5C6kEk2lVwz7"))
    return message(h, text(body, cte="8bit"))


@mail(n(35), family="non_interview_calendar", lang="en", interview=False, company=None,
      note="Current employer's Outlook invite (Eastern Standard Time) to a Q4 planning kickoff and team "
           "lunch: a fixed time, not a job interview")
def n35() -> bytes:
    plain = t("""
        Team,

        Let's kick off Q4 planning together. Agenda: FY27 volume outlook, Colón DC capacity, and
        the new S&OP calendar. Lunch is on us afterwards - Panama folks, join on Teams and expense
        your lunch.

        Thanks,
        Melissa

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZWI3NDk%40thread.v2/0>
        Meeting ID: 291 004 558 233
        Passcode: nE7pQ2
        ________________________________________________________________________________
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ["Eastern Standard Time"], "BEGIN:VEVENT",
        "ORGANIZER;CN=Melissa Grant:mailto:melissa.grant@corvinaglobal.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=LATAM Planning:mailto:latam.planning@corvinaglobal.com",
        "UID:040000008200E00074C5B7101A82E00800000000E0B7C3A1F545DD01000000000000000010000000C1D2E3F4",
        "SUMMARY;LANGUAGE=en-US:Q4 Planning Kickoff + Team Lunch",
        "DTSTART;TZID=Eastern Standard Time:20260917T120000",
        "DTEND;TZID=Eastern Standard Time:20260917T140000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20260911T183055Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Doral HQ - Biscayne Room / Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "END:VEVENT", "END:VCALENDAR"])
    body = alt(text(plain), html(gmail_html(plain)), calendar(ics, cte="base64"))
    h = hdrs(addr("Melissa Grant", "melissa.grant@corvinaglobal.com"),
             "Q4 Planning Kickoff + Team Lunch", "2026-09-11 14:30:55", NY,
             "<SJ0PR05MB7514B3C2A1D0E9F8A7B6C5D4E3F21@SJ0PR05MB7514.namprd05.prod.outlook.com>",
             to=addr("LATAM Planning", "latam.planning@corvinaglobal.com"),
             via=("from NAM02-SN1-obe.outbound.protection.outlook.com (mail-sn1nam02on2101.outbound.protection.outlook.com [40.107.96.101])",
                  "mx1.example.org with ESMTPS id 4R9aQx3bKoz4"),
             extra=(("Thread-Topic", "Q4 Planning Kickoff + Team Lunch"), ("Content-Language", "en-US")))
    return message(h, body)


@mail(n(36), family="webinar", lang="es", interview=False, company=None,
      note="Zoom webinar registration with ICS: 'Cómo superar la entrevista por competencias', 28 oct 2026 "
           "6:00 p.m. Panamá; a fixed time but a webinar, not a job interview", days=(("Wed", "2026-10-28"),))
def n36() -> bytes:
    plain = t("""
        Hola Daniela Araúz:

        Gracias por registrarse en "Cómo superar la entrevista por competencias en el sector
        logístico".

        Fecha y hora: 28 oct 2026 06:00 p. m. Panamá

        Unirse desde PC, Mac, iPad o Android:
        https://us06web.zoom.us/w/85520193377?tk=R2hJc1pBc0tfQ3JvZ0E

        Código de acceso: 771204

        Añadir a calendario: descargue el archivo .ics adjunto.

        Organizado por: Asociación de Profesionales en Logística del Istmo (APLI)

        Puede cancelar su registro en cualquier momento.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "METHOD:PUBLISH",
        "BEGIN:VEVENT", "DTSTAMP:20261026T150233Z", "DTSTART:20261028T230000Z", "DTEND:20261029T000000Z",
        "SUMMARY:Cómo superar la entrevista por competencias en el sector logístico",
        "UID:ZOOM85520193377-webinar-dA",
        "LOCATION:https://us06web.zoom.us/w/85520193377?tk=R2hJc1pBc0tfQ3JvZ0E",
        "ORGANIZER;CN=APLI:mailto:no-reply@zoom.us", "END:VEVENT", "END:VCALENDAR"])
    body = mixed(alt(text(plain), html(gmail_html(plain))),
                 calendar(ics, method=None, cte="base64", filename="webinar.ics", disposition="attachment"))
    h = hdrs(addr("APLI - Webinars", "no-reply@zoom.us"),
             "Confirmación de registro: Cómo superar la entrevista por competencias", "2026-10-26 10:02:33", PA,
             "<ZOOM.85520193377.reg.5c1f09ab@zoom.us>",
             via=("from zoom-mail-sender.zoom.us (zoom-mail-sender.zoom.us [170.114.52.2])",
                  "mx1.example.org with ESMTPS id 5D7lFl5mWyz9"),
             extra=(("Reply-To", "webinars@apli-istmo.org"),))
    return message(h, body)


@mail(n(37), family="mock_interview", lang="es", interview=False, company=None,
      note="Calendly booking of a paid mock interview with a career coach, 'jueves 29 de octubre de 2026, "
           "5:00 p. m. - 6:00 p. m. (hora de Panamá)': confirmed time, but coaching, not a job interview",
      days=(("Thu", "2026-10-29"),))
def n37() -> bytes:
    plain = t("""
        Hola Daniela Araúz:

        Se ha programado un nuevo evento.

        Tipo de evento:
        Simulacro de entrevista (60 min) - Preparación para entrevistas en inglés

        Invitado:
        Daniela Araúz

        Fecha/hora del evento:
        05:00pm - 06:00pm (Hora de Panamá) el jueves, 29 de octubre de 2026

        Ubicación:
        Google Meet (el enlace se añade a la invitación)

        Respuestas:
        ¿Para qué entrevista te estás preparando?
        Panel con una empresa de consumo masivo en Miami (en inglés).

        Pagado: USD 45.00

        Powered by Calendly.com
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//EN", "METHOD:REQUEST", VTZ_PA,
        "BEGIN:VEVENT", "UID:0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d@calendly.com", "DTSTAMP:20261026T201545Z",
        f"DTSTART;TZID={PA}:20261029T170000", f"DTEND;TZID={PA}:20261029T180000",
        "SUMMARY:Simulacro de entrevista: Daniela Araúz y Mariana Lasso",
        "ORGANIZER;CN=Mariana Lasso:mailto:mariana@lassocoaching.com",
        f"ATTENDEE;CN=Daniela Araúz;PARTSTAT=ACCEPTED:mailto:{ME}",
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    body = mixed(alt(text(plain), html(gmail_html(plain))),
                 calendar(ics, cte="base64", ctype="application/ics", method=None, filename="invite.ics",
                          disposition="attachment"))
    h = hdrs(addr("Calendly", "notifications@calendly.com"),
             "Nuevo evento: Daniela Araúz - 05:00pm jue, 29 oct 2026 - Simulacro de entrevista (60 min)",
             "2026-10-26 20:15:45", "UTC", "<0a9b8c7d.6e5f.4a3b.2c1d.0e9f8a7b6c5d@calendly.com>",
             via=("from o1.email.calendly.com (o1.email.calendly.com [167.89.100.211])",
                  "mx1.example.org with ESMTPS id 5E9mGm8nXzz2"),
             extra=(("Reply-To", addr("Mariana Lasso", "mariana@lassocoaching.com")),))
    return message(h, body)


@mail(n(38), family="auto_reply", lang="en", interview=False, company="Brightline Cold Chain",
      note="Out-of-office auto-reply from the Brightline recruiter to Daniela's thank-you note after the 10 Sep "
           "interview (Auto-Submitted: auto-replied); a return date, nothing scheduled",
      days=(("Fri", "2026-09-18"),))
def n38() -> bytes:
    body = t("""
        Thank you for your email. I am out of the office through Friday, September 18 with limited
        access to email. I will respond as soon as possible after my return.

        For urgent scheduling questions, please contact recruiting@brightlinecc.com.

        Marisol Ortega
        Talent Acquisition | Brightline Cold Chain
        """)
    h = hdrs(addr("Marisol Ortega", "marisol.ortega@brightlinecc.com"),
             "Automatic reply: Thank you - Supply Chain Analyst II interview", "2026-09-10 17:22:41", NY,
             "<BY5PR13MB39627A1B2C3D4E5F6A7B8C9D0E1F2@BY5PR13MB3962.namprd13.prod.outlook.com>",
             via=("from NAM12-MW2-obe.outbound.protection.outlook.com (mail-mw2nam12on2115.outbound.protection.outlook.com [40.107.244.115])",
                  "mx1.example.org with ESMTPS id 4Q5kLn9xZaz6"),
             extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("In-Reply-To", "<CAJr4m8Xt7kQ@mail.example.org>")))
    return message(h, text(body))


@mail(n(39), family="bounce", lang="es", interview=False, company=None,
      note="Delivery-failure report for Daniela's own message confirming 'la entrevista del jueves 24/09 a las "
           "9:30 a. m.' to a mistyped address; a bounce, not a confirmation from the employer",
      days=(("Thu", "2026-09-24"),))
def n39() -> bytes:
    original = message([
        ("From", ME_H), ("To", "yaritza.pinzon@atlanticozl.com"),
        ("Subject", enc("Re: Invitación a entrevista: Analista de Planificación de Demanda")),
        ("Date", date("2026-09-22 07:58:30", PA)), ("Message-ID", "<CAJr4m8Vq2pL@mail.example.org>"),
    ], text(t("""
        Buenos días, Yaritza:

        Confirmo mi asistencia a la entrevista del jueves 24/09 a las 9:30 a. m. en Zona Libre.
        Llevaré mi cédula para el registro en garita.

        Saludos,
        Daniela Araúz
        """)))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <yaritza.pinzon@atlanticozl.com>: Host or domain name not found. Name service error
            for name=atlanticozl.com type=AAAA: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4S2cVb1dLpz4
        Arrival-Date: Tue, 22 Sep 2026 12:58:31 +0000 (UTC)

        Final-Recipient: rfc822; yaritza.pinzon@atlanticozl.com
        Original-Recipient: rfc822;yaritza.pinzon@atlanticozl.com
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for
            name=atlanticozl.com type=AAAA: Host not found
        """)
    body = multipart("report", text(notice, charset="us-ascii", cte="7bit"),
                     raw_part([("Content-Description", "Delivery report"),
                               ("Content-Type", "message/delivery-status")], status),
                     attached_message(original),
                     params="report-type=delivery-status")
    h = hdrs(addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.org"),
             "Undelivered Mail Returned to Sender", "2026-09-22 12:58:33", "UTC",
             "<20260922125833.7E1A24C2B1@mx1.example.org>",
             extra=(("Auto-Submitted", "auto-replied"),))
    return message(h, body)


@mail(n(40), family="mailing_list", lang="es", interview=False, company=None,
      note="Google Groups list mail announcing a meetup ('Conversatorio: cómo nos entrevistan en la industria "
           "portuaria', jueves 5 de noviembre 6:30 p.m.); addressed to the list, not a job interview",
      days=(("Thu", "2026-11-05"),))
def n40() -> bytes:
    body = t("""
        Hola a todos,

        Les comparto la invitación al próximo conversatorio de la Red:

        "Cómo nos entrevistan en la industria portuaria: lo que buscan los gerentes de terminal"
        Jueves 5 de noviembre, 6:30 p.m.
        Auditorio de la Cámara de Comercio, Avenida Cuba y calle 33, Ciudad de Panamá
        Panelistas: gerentes de RR.HH. de tres terminales del Pacífico y del Atlántico.

        Entrada libre, cupo limitado. Inscripción en el formulario:
        https://forms.example.net/red-logistica-conversatorio-nov

        Saludos,
        Edgardo Pérez
        Moderador - Red de Profesionales de Logística de Panamá

        --
        Recibiste este mensaje porque estás suscrito al grupo "Red de Profesionales de Logística de
        Panamá" de Grupos de Google.
        Para anular la suscripción a este grupo y dejar de recibir sus correos electrónicos, envía un
        correo electrónico a red-logistica-pa+unsubscribe@googlegroups.com.
        """)
    h = hdrs(addr("Edgardo Pérez", "eperez.logistica@example.net"),
             "[red-logistica-pa] Conversatorio: cómo nos entrevistan en la industria portuaria",
             "2026-11-02 19:10:05", PA, "<CAM3pQ7nXr1tB0@mail.example.net>",
             to=addr("Red de Profesionales de Logística de Panamá", "red-logistica-pa@googlegroups.com"),
             via=("from mail-yw1-f190.google.com (mail-yw1-f190.google.com [209.85.128.190])",
                  "mx1.example.org with ESMTPS id 5F2nHn1oYaz4"),
             extra=(("Sender", "red-logistica-pa@googlegroups.com"),
                    ("Reply-To", "red-logistica-pa@googlegroups.com"),
                    ("Mailing-list", "list red-logistica-pa@googlegroups.com; contact red-logistica-pa+owners@googlegroups.com"),
                    ("List-ID", "<red-logistica-pa.googlegroups.com>"),
                    ("List-Unsubscribe", "<mailto:googlegroups-manage+480112345678+unsubscribe@googlegroups.com>"),
                    ("Precedence", "list")))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(41), family="job_centre", lang="es", interview=False, company=None,
      note="Municipal employment office: 'entrevista de orientación laboral' on 'martes 3 de noviembre de 2026 "
           "a las 9:00 a.m.'; a public job-centre appointment, not a job interview with an employer",
      days=(("Tue", "2026-11-03"),))
def n41() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <table width="620"><tr><td style="border-bottom:3px solid #c8102e;padding:8px 0;font-size:16px">
        <b>Oficina Municipal de Empleo y Orientación Laboral</b> &ndash; Municipio de Panamá</td></tr>
        <tr><td style="padding:12px 0">
        <p>Estimada DANIELA ARAÚZ, cédula 8-***-***:</p>
        <p>Su cita ha sido registrada con éxito.</p>
        <p><b>Trámite:</b> Registro en la Bolsa de Empleo &ndash; entrevista de orientación laboral<br>
        <b>Fecha:</b> martes 3 de noviembre de 2026<br>
        <b>Hora:</b> 9:00 a.m.<br>
        <b>Lugar:</b> Centro de Atención Ciudadana, Plaza Ancón, planta baja, ventanilla 4<br>
        <b>Número de cita:</b> OME-2026-118834</p>
        <p>Debe presentar: cédula original, hoja de vida actualizada y carta de terminación laboral o
        constancia de trabajo, si la tiene.</p>
        <p>Si no puede asistir, cancele su cita en el portal con al menos 24 horas de anticipación.</p>
        <p style="font-size:11px;color:#666">Este es un mensaje automático. No responda a este correo.</p>
        </td></tr></table></body></html>
        """)
    h = hdrs(addr("Oficina Municipal de Empleo", "citas@empleo-municipal-pty.org"),
             "Cita confirmada OME-2026-118834 - Orientación laboral", "2026-10-28 15:47:03", PA,
             "<OME-2026-118834.1793220423@empleo-municipal-pty.org>",
             via=("from relay.empleo-municipal-pty.org (relay.empleo-municipal-pty.org [200.46.71.19])",
                  "mx1.example.org with ESMTPS id 5D0lFm2mWxz1"),
             extra=(("Auto-Submitted", "auto-generated"),))
    return message(h, html(page, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(42), family="admission_interview", lang="en", interview=False, company=None,
      note="Executive MBA admissions interview, 'Thursday, November 12, 2026, 5:30 PM Panama time, 30 minutes': "
           "a confirmed interview, but for a degree programme, not a job",
      days=(("Thu", "2026-11-12"),))
def n42() -> bytes:
    body = t("""
        Dear Daniela,

        Thank you for submitting your application to the Executive MBA (Panama cohort, intake
        March 2027). I'm pleased to confirm your admissions interview:

          Thursday, November 12, 2026, 5:30 PM Panama time (30 minutes)
          Zoom: https://pacificcoastbusiness.zoom.us/j/81277340915
          Interviewer: Carlos Jaén, EMBA '19, alumni admissions committee

        The conversation is informal; expect questions about your career goals and why now. There
        is no need to prepare a presentation.

        Kind regards,
        Lorena Quirós
        Admissions Officer, Executive Programs
        Pacific Coast School of Business
        """)
    h = hdrs(addr("Lorena Quirós", "lquiros@pacificcoastbusiness.edu"),
             "EMBA admissions interview - confirmation", "2026-11-06 11:25:50", PA,
             "<PH7PR10MB5861D0C1B2A3948576F4E3D2C1B0A@PH7PR10MB5861.namprd10.prod.outlook.com>",
             via=("from NAM10-DM6-obe.outbound.protection.outlook.com (mail-dm6nam10on2093.outbound.protection.outlook.com [40.107.93.93])",
                  "mx1.example.org with ESMTPS id 5G6oIo4pZbz7"))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(43), family="sports_tryout", lang="es", interview=False, company=None,
      note="Volleyball club try-out confirmation, 'sábado 14 de noviembre a las 8:00 a.m.': fixed time, not a job",
      days=(("Sat", "2026-11-14"),))
def n43() -> bytes:
    body = t("""
        ¡Hola Daniela!

        Quedaste inscrita para las pruebas del equipo máster femenino de voleibol 🏐

        Día: sábado 14 de noviembre
        Hora: 8:00 a.m. (llegar 7:45 para calentar)
        Lugar: Gimnasio del Club Deportivo Las Cumbres, cancha 2
        Traer: rodilleras, agua y la ficha médica firmada

        Las pruebas duran hasta las 10:30 más o menos. El lunes siguiente publicamos la lista en el
        grupo de WhatsApp.

        ¡Nos vemos en la cancha!
        Yaneth Cedeño
        Entrenadora - Voleibol Máster, Club Deportivo Las Cumbres
        """)
    h = hdrs(addr("Voleibol Las Cumbres", "voleibol.lascumbres@example.com"),
             "Pruebas equipo máster - confirmación", "2026-11-09 20:31:17", PA,
             "<CAK9sD2fRw8xVb3nL5@mail.example.com>",
             via=("from mail-pj1-f44.google.com (mail-pj1-f44.google.com [209.85.216.44])",
                  "mx1.example.org with ESMTPS id 5H9pJp7qAcz1"))
    return message(h, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(n(44), family="bank_appointment", lang="es", interview=False, company=None,
      note="Microsoft Bookings confirmation from a bank: mortgage advisor meeting 'martes, 17 de noviembre de "
           "2026 11:00 a. m. - 11:45 a. m. (UTC-05:00) Bogotá, Lima, Quito' -- same layout as a Bookings "
           "interview, but a bank appointment", days=(("Tue", "2026-11-17"),))
def n44() -> bytes:
    plain = t("""
        Banca Personal Costa del Este

        Se ha confirmado su reserva con Banca Personal Costa del Este

        Asesoría hipotecaria - primera vivienda
        martes, 17 de noviembre de 2026
        11:00 a. m. - 11:45 a. m. (UTC-05:00) Bogotá, Lima, Quito, Rio Branco

        Personal: Lic. Omar Tuñón
        Ubicación: Sucursal Costa del Este, Avenida Centenario, Plaza Cosmopolitan

        Información adicional:
        Traiga su cédula, dos últimas fichas del seguro social y carta de trabajo.

        Administrar reserva
        https://outlook.office365.com/owa/calendar/BancaPersonalCDE@bancoistmenoahorro.onmicrosoft.com/bookings/s/Pq7wXy2Lk0mN9aB

        Banco Istmeño de Ahorro - Miembro del sistema bancario nacional
        """)
    h = hdrs(addr("Banca Personal Costa del Este", "BancaPersonalCDE@bancoistmenoahorro.onmicrosoft.com"),
             "Reserva confirmada: Asesoría hipotecaria - primera vivienda", "2026-11-12 16:44:20", PA,
             "<CH3PR02MB9187F4E3D2C1B0A9C8D7E6F5A4B31@CH3PR02MB9187.namprd02.prod.outlook.com>",
             via=("from NAM02-CH3-obe.outbound.protection.outlook.com (mail-ch3nam02on2120.outbound.protection.outlook.com [40.107.212.120])",
                  "mx1.example.org with ESMTPS id 5J1qKq1rBdz3"),
             extra=(("Content-Language", "es-ES"),))
    return message(h, alt(text(plain), html(gmail_html(plain))))


@mail(n(45), family="press_interview", lang="es", interview=False, company=None,
      note="A reporter confirms an interview with Daniela for a news story, 'miércoles 18 de noviembre a las "
           "4:00 p.m., por teléfono': she is the source, not a job candidate", days=(("Wed", "2026-11-18"),))
def n45() -> bytes:
    body = t("""
        Hola Daniela, ¿qué tal?

        Muchas gracias por aceptar. Le confirmo la entrevista para el reportaje sobre la congestión
        de contenedores en los puertos del Atlántico: miércoles 18 de noviembre a las 4:00 p.m.,
        por teléfono (la llamo al número que me pasó). Serán unos 20 minutos.

        Como le comenté, si prefiere que no la citemos con nombre ni mencionemos a su empresa, me
        avisa y la identifico como "analista de cadena de suministro".

        Saludos,
        Natalia Sanjur
        Periodista - Sección Economía
        Diario El Puente
        """)
    h = hdrs(addr("Natalia Sanjur", "nsanjur@diarioelpuente.com.pa"),
             "Entrevista reportaje puertos - confirmación", "2026-11-16 10:02:48", PA,
             "<b3e1f07a-44c2-4d9e-8a61-7f0c2b5d93e1@diarioelpuente.com.pa>",
             via=("from mail.diarioelpuente.com.pa (mail.diarioelpuente.com.pa [201.225.214.9])",
                  "mx1.example.org with ESMTPS id 5K4rLr4sCez6"))
    return message(h, text(body, charset="iso-8859-15"))


@mail(n(46), family="podcast", lang="en", interview=False, company=None,
      note="Podcast recording confirmed for 'Tuesday, November 24 at 2:00 PM ET': Daniela is the guest, "
           "not a job candidate", days=(("Tue", "2026-11-24"),))
def n46() -> bytes:
    body = t("""
        Hi Daniela,

        Locking it in - thanks for saying yes! Our recording for Supply Chain Voices is confirmed
        for Tuesday, November 24 at 2:00 PM ET (that's 2:00 PM in Panama now that we've fallen
        back). We'll record on Riverside: https://riverside.fm/studio/supply-chain-voices

        Topic: "Running S&OP across the Canal: what Panama teaches the rest of LATAM". Plan on 45
        minutes; the episode itself will be about 30 once edited.

        A few prep tips: wired headphones, a quiet room, and close Slack/Teams.

        Cheers,
        Ben Albright
        Host, Supply Chain Voices
        """)
    h = hdrs(addr("Ben Albright", "ben@supplychainvoices.fm"),
             "Supply Chain Voices - recording confirmed (Nov 24)", "2026-11-18 15:11:39", NY,
             "<CAH0tRk4pZ9q3WvL1mN8@mail.gmail.com>",
             via=("from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
                  "mx1.example.org with ESMTPS id 5L7sMs7tDfz8"))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(47), family="interviewer_panel", lang="en", interview=False, company=None,
      note="Outlook invite at Daniela's current employer asking her to sit on an interview panel for a "
           "Logistics Coordinator candidate (Thu 19 Nov 10:00-11:00 Eastern Standard Time): she is the "
           "interviewer, not the candidate")
def n47() -> bytes:
    plain = t("""
        Hi all,

        Thanks for agreeing to sit on the panel for the Logistics Coordinator (Colón DC) role. The
        candidate is Jorge Medina. Please review his resume in Workday before the interview and
        submit your scorecard within 24 hours.

        Panel: Daniela Araúz (S&OP), Héctor Ríos (Warehouse Ops), Kelsey Moran (HR)
        Daniela - could you take the Excel/forecasting questions?

        Thanks!
        Kelsey

        Kelsey Moran | HR Business Partner, LATAM | Corvina Global Logistics

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ1Njc%40thread.v2/0>
        Meeting ID: 266 734 190 082
        Passcode: fR4kT9
        ________________________________________________________________________________
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ["Eastern Standard Time"], "BEGIN:VEVENT",
        "ORGANIZER;CN=Kelsey Moran:mailto:kelsey.moran@corvinaglobal.com",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniela Araúz:mailto:{ME}",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Héctor Ríos:mailto:hector.rios@corvinaglobal.com",
        "UID:040000008200E00074C5B7101A82E008000000003A9F1C2B7E73DD01000000000000000010000000D5E6F7A8",
        "SUMMARY;LANGUAGE=en-US:Interview Panel: Jorge Medina - Logistics Coordinator (Colón DC)",
        "DTSTART;TZID=Eastern Standard Time:20261119T100000",
        "DTEND;TZID=Eastern Standard Time:20261119T110000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261113T212210Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "END:VEVENT", "END:VCALENDAR"])
    body = alt(text(plain), html(gmail_html(plain)), calendar(ics, cte="base64"))
    h = hdrs(addr("Kelsey Moran", "kelsey.moran@corvinaglobal.com"),
             "Interview Panel: Jorge Medina - Logistics Coordinator (Colón DC)", "2026-11-13 16:22:10", NY,
             "<SJ0PR05MB7514C9D8E7F6A5B4C3D2E1F0A9B87@SJ0PR05MB7514.namprd05.prod.outlook.com>",
             to=f"{ME_H}, {addr('Héctor Ríos', 'hector.rios@corvinaglobal.com')}",
             via=("from NAM02-SN1-obe.outbound.protection.outlook.com (mail-sn1nam02on2101.outbound.protection.outlook.com [40.107.96.101])",
                  "mx1.example.org with ESMTPS id 5G8oIp9pZcz5"),
             extra=(("Thread-Topic", "Interview Panel: Jorge Medina - Logistics Coordinator =?utf-8?q?=28Col=C3=B3n?= DC)"),
                    ("Content-Language", "en-US")))
    return message(h, body)


@mail(n(48), family="forwarded_other", lang="es", interview=False, company=None,
      note="A friend forwards HER OWN interview confirmation ('lunes 30 de noviembre a las 9:00 a.m.' at "
           "Panacargo) asking for advice: a real confirmed interview, but not Daniela's",
      days=(("Mon", "2026-11-30"),))
def n48() -> bytes:
    body = t("""
        Daniii, ¿tú no estuviste en Panacargo en octubre? Me llamaron para el puesto de Compras 😬
        ¿Qué tal es Marta? ¿Qué te preguntaron? Te invito un café esta semana y me cuentas todo.

        Fer

        ---------- Forwarded message ---------
        De: Marta Castrellón <marta.castrellon@panacargo.com.pa>
        Date: mar, 24 nov 2026 a las 16:05
        Subject: Confirmación de entrevista - Analista de Compras
        To: Fernanda Castillo <fer.castillo@example.com>


        Estimada Fernanda:

        Le confirmo su entrevista para la posición de Analista de Compras el lunes 30 de
        noviembre a las 9:00 a.m. en nuestras oficinas de Juan Díaz (Panacargo, edificio 3).

        Saludos cordiales,
        Marta Castrellón
        Gerente de Compras | Panacargo Soluciones Logísticas
        """)
    h = hdrs(addr("Fernanda Castillo", "fer.castillo@example.com"),
             "Fwd: Confirmación de entrevista - Analista de Compras", "2026-11-25 08:14:02", PA,
             "<CAF5kLp8Qe2WmY7rT0vB@mail.example.com>",
             via=("from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
                  "mx1.example.org with ESMTPS id 5M1tNt1uEgz2"))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(49), family="visa_appointment", lang="es", interview=False, company=None,
      note="Consular visa appointment ('entrevista consular', 'miércoles 2 de diciembre de 2026, 7:45 a. m.'): "
           "a fixed-time interview at a consulate, not a job interview", days=(("Wed", "2026-12-02"),))
def n49() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px;color:#1b1b1b">
        <h3 style="color:#112e51">Confirmación de cita</h3>
        <p>Solicitante: <b>ARAUZ, DANIELA</b><br>
        Tipo de visa: B1/B2 (negocios / turismo)<br>
        Número de confirmación: PAN-0099-2217-4410</p>
        <table cellpadding="4" style="border:1px solid #aeb0b5">
        <tr><td><b>Cita</b></td><td>Entrevista consular</td></tr>
        <tr><td><b>Fecha</b></td><td>miércoles 2 de diciembre de 2026</td></tr>
        <tr><td><b>Hora</b></td><td>7:45 a.&nbsp;m.</td></tr>
        <tr><td><b>Lugar</b></td><td>Sección Consular &ndash; entrada de solicitantes</td></tr>
        </table>
        <p>Preséntese 15 minutos antes con su pasaporte vigente, la hoja de confirmación DS-160 y
        esta carta impresa. No se permiten teléfonos celulares ni dispositivos electrónicos.</p>
        <p style="font-size:11px;color:#5b616b">Este correo fue generado automáticamente por el sistema de citas. No responda.</p>
        </body></html>
        """)
    h = hdrs(addr("Servicio de Citas Consulares", "no-reply@citasconsulares-info.com"),
             "Confirmación de cita - Entrevista consular", "2026-11-26 21:03:15", "UTC",
             "<PAN-0099-2217-4410.confirm@citasconsulares-info.com>",
             via=("from smtp.citasconsulares-info.com (smtp.citasconsulares-info.com [52.4.118.230])",
                  "mx1.example.org with ESMTPS id 5N4uOu4vFhz4"))
    return message(h, html(page, cte="base64"))


@mail(n(50), family="household_hire", lang="es", interview=False, company=None,
      note="Nanny agency confirms Daniela's interview OF a nanny candidate at her home, 'sábado 5 de "
           "diciembre a las 10:00 a.m.': she is the employer interviewing, not the job candidate",
      days=(("Sat", "2026-12-05"),))
def n50() -> bytes:
    body = t("""
        Buenas tardes, Sra. Daniela:

        Le confirmamos la entrevista con la candidata Rosa Elvira Quintero para el puesto de niñera
        (lunes a viernes, 7:00 a.m. a 4:00 p.m.) el sábado 5 de diciembre a las 10:00 a.m. en su
        domicilio en Condado del Rey. Ella llegará con sus referencias y certificado de salud.

        Si después de la entrevista desea contratarla, le enviamos el contrato modelo y el cálculo
        de la cuota de la Caja de Seguro Social.

        Atentamente,
        Agencia Niñeras de Confianza PTY
        Tel. 6677-1020
        """)
    h = hdrs(addr("Niñeras de Confianza PTY", "agencia@nineras-confianza-pty.com"),
             "Entrevista con candidata - sábado 5 de diciembre", "2026-12-01 14:20:31", PA,
             "<20261201192031.5512@nineras-confianza-pty.com>",
             via=("from mail.nineras-confianza-pty.com (mail.nineras-confianza-pty.com [190.34.150.88])",
                  "mx1.example.org with ESMTPS id 5P7vPv7wGiz6"))
    return message(h, text(body, charset="windows-1252", cte="quoted-printable"))
