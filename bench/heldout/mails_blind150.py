"""blind150: 50 hand-written mails from the inbox of Valeria Mamani, a fintech backend developer
in La Paz (America/La_Paz, UTC-4 all year), September to mid-December 2026.

Written blind (without reading the detector, its tests or the other held-out mails). Built and
checked with ``python3 bench/heldout/make_blind.py blind150``. Keys 1-23 are the positives (in
writing order), 24-50 the negatives; file numbers are a fixed shuffle of the writing order.
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

ORDER = random.Random(1500150).sample(range(1, 51), 50)


def n(key: int) -> str:
    """File name (without .eml) of the mail written key-th."""
    return f"blind150_{ORDER[key - 1]:03d}"


ME = "valeria.mamani@example.org"
VAL = addr("Valeria Mamani", ME)
LP = "America/La_Paz"
NY = "America/New_York"
LIMA = "America/Lima"
BA = "America/Argentina/Buenos_Aires"

VTZ_LA_PAZ = """BEGIN:VTIMEZONE
TZID:America/La_Paz
X-LIC-LOCATION:America/La_Paz
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0400
TZNAME:-04
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

VTZ_SA_WESTERN = """BEGIN:VTIMEZONE
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

VTZ_BA = """BEGIN:VTIMEZONE
TZID:America/Argentina/Buenos_Aires
X-LIC-LOCATION:America/Argentina/Buenos_Aires
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
TZNAME:-03
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

VTZ_EASTERN = """BEGIN:VTIMEZONE
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


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, relay: str,
         to: str = VAL, extra: tuple[tuple[str, str], ...] = (), lag: int = 4,
         charset: str = "utf-8", rcpt: str = ME) -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then extra headers."""
    return [
        ("Delivered-To", rcpt),
        ("Received", received(relay, when, zone, "mx.example.org with ESMTPS id " + msgid[:12], rcpt, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", f"<{msgid}>"),
        *extra,
    ]


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-10-15T15:00:00Z", end="2026-10-15T15:45:00Z",
      contact="danielle.ortiz@coralpay.com", company="Coralpay",
      local="Thu 2026-10-15 11:00", local_end="2026-10-15 11:45", zone=NY,
      note="Greenhouse confirmation sent by the recruiter through Greenhouse; 'Thursday, October 15, "
           "11:00 AM - 11:45 AM Eastern Time' is EDT (UTC-4) in October = 15:00Z (same wall time as "
           "La Paz); contact = human Reply-To")
def coralpay_greenhouse() -> bytes:
    plain = t("""
        Hi Valeria,

        Thanks for making time to speak with us! Your interview for Senior Backend Engineer,
        Payments Core at Coralpay is confirmed. Here are the details:

        Interview: Technical Deep Dive (API design & reliability)
        Date: Thursday, October 15, 2026
        Time: 11:00 AM - 11:45 AM Eastern Time (US & Canada)
        Location: Zoom - https://coralpay.zoom.us/j/84120937715?pwd=Q29yYWxQYXk

        Interviewers:
          - Hank Morales, Staff Engineer
          - Priya Venkataraman, Engineering Manager

        If you need to reschedule, just reply to this email and it will reach me directly.

        Best,
        Danielle Ortiz
        Technical Recruiter | Coralpay
        Miami, FL
        """)
    rich = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1d">
        <p>Hi Valeria,</p>
        <p>Thanks for making time to speak with us! Your interview for <strong>Senior Backend Engineer,
        Payments Core</strong> at Coralpay is confirmed. Here are the details:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview</b></td><td>Technical Deep Dive (API design &amp; reliability)</td></tr>
        <tr><td><b>Date</b></td><td>Thursday, October 15, 2026</td></tr>
        <tr><td><b>Time</b></td><td>11:00 AM - 11:45 AM Eastern Time (US &amp; Canada)</td></tr>
        <tr><td><b>Location</b></td><td><a href="https://coralpay.zoom.us/j/84120937715?pwd=Q29yYWxQYXk">Zoom</a></td></tr>
        </table>
        <p>Interviewers:</p>
        <ul><li>Hank Morales, Staff Engineer</li><li>Priya Venkataraman, Engineering Manager</li></ul>
        <p>If you need to reschedule, just reply to this email and it will reach me directly.</p>
        <p>Best,<br>Danielle Ortiz<br>Technical Recruiter | Coralpay<br>Miami, FL</p>
        <img src="https://us.greenhouse-mail.io/o/e3f1c2a9.gif" width="1" height="1" alt="">
        </body></html>
        """)
    hs = head("Danielle Ortiz <no-reply@us.greenhouse-mail.io>",
              "Interview Confirmation: Senior Backend Engineer, Payments Core at Coralpay",
              "2026-10-09 16:20", NY, "0100019a7c2e54f1-6b1c9e0e-coralpay-greenhouse@email.amazonses.com",
              relay="from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
              extra=(("Reply-To", "Danielle Ortiz <danielle.ortiz@coralpay.com>"),
                     ("X-Mailer", "Greenhouse")))
    return message(hs, alt(text(plain), html(rich)))


@mail(n(2), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-09-14T14:00:00Z", end=None,
      contact="rchoque@bancoillimani.com.bo", company="Banco Illimani",
      local="Mon 2026-09-14 10:00", zone=LP,
      note="Recruiter prose in usted: 'el lunes que viene a horas 10:00' resolved against the Date "
           "(Wed 9 Sep 2026, La Paz) = Mon 14 Sep, 10:00 La Paz (UTC-4) = 14:00Z; 'aproximadamente una "
           "hora' is approximate so end null; contact = human sender")
def illimani_prose() -> bytes:
    body = t("""
        Estimada Valeria:

        Reciba un cordial saludo de parte de la Gerencia de Gestión Humana del Banco Illimani.

        Luego de revisar su postulación al cargo de Desarrolladora Backend Senior (Canales
        Digitales), tenemos el agrado de confirmarle su entrevista para el lunes que viene a
        horas 10:00, en nuestras oficinas de la Av. Camacho N° 1277, piso 6 (edificio Illimani),
        zona central. La entrevista durará aproximadamente una hora y estarán presentes el
        Ing. Fernando Quiroga, jefe de Desarrollo, y mi persona.

        Le pedimos presentarse con 10 minutos de anticipación y portar su cédula de identidad
        para el registro en recepción.

        Cualquier consulta, puede responder a este correo o llamarme al 2-2331470 int. 412.

        Atentamente,

        Lic. Rocío Choque Mamani
        Analista de Reclutamiento y Selección
        Banco Illimani S.A.
        """)
    hs = head("=?utf-8?q?Roc=C3=ADo_Choque?= <rchoque@bancoillimani.com.bo>",
              "Confirmación de entrevista - Desarrollador(a) Backend Senior",
              "2026-09-09 17:45", LP, "1A2F0C9B4D7E4B0F9A11@EXCH02.bancoillimani.local",
              relay="from mail.bancoillimani.com.bo (mail.bancoillimani.com.bo [200.105.141.20])",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),
                     ("Thread-Topic", enc("Confirmación de entrevista - Desarrollador(a) Backend Senior"))))
    return message(hs, text(body, cte="8bit"))


@mail(n(3), family="exchange_outlook", lang="es", interview=True, kind="scheduled",
      start="2026-09-22T19:30:00Z", end="2026-09-22T20:30:00Z",
      contact="marco.suarez@finchiquitana.com.bo", company="Finanzas Chiquitanas",
      local="Tue 2026-09-22 15:30", local_end="2026-09-22 16:30", zone=LP,
      note="Exchange meeting request with TZID 'SA Western Standard Time' (= America/La_Paz, UTC-4); "
           "'martes, 22 de septiembre de 2026 15:30-16:30 (UTC-04:00) Georgetown, La Paz, Manaus, San "
           "Juan' = 19:30Z-20:30Z; Santa Cruz company, same zone as La Paz; contact = ORGANIZER/sender")
def chiquitana_exchange() -> bytes:
    plain = t("""
        Cuándo: martes, 22 de septiembre de 2026 15:30-16:30 (UTC-04:00) Georgetown, La Paz, Manaus, San Juan.
        Dónde: Reunión de Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Hola Valeria,

        Como conversamos por teléfono, te envío la invitación para la entrevista técnica del
        puesto de Backend Developer (Core bancario). Estaremos Jimena Arteaga (Arquitectura) y yo.
        Si por algún motivo no pudieras conectarte, avísame por este medio.

        Saludos,
        Marco Antonio Suárez
        Jefe de Ingeniería de Software | Finanzas Chiquitanas S.A.
        Santa Cruz de la Sierra, Bolivia

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse desde el equipo, aplicación móvil o dispositivo de sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ2ZTc4Yjkt%40thread.v2/0?context=%7b%22Tid%22%3a%22b1c0%22%7d>
        Id. de la reunión: 318 442 905 117
        Código de acceso: 7Hq9Tx
        Descargar Teams<https://www.microsoft.com/microsoft-teams/download-app> | Unirse en la web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    rich = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="ES-BO" link="#0563C1" vlink="#954F72">
        <div class="WordSection1">
        <p class="MsoNormal">Hola Valeria,</p>
        <p class="MsoNormal">Como conversamos por teléfono, te envío la invitación para la entrevista técnica del
        puesto de Backend Developer (Core bancario). Estaremos Jimena Arteaga (Arquitectura) y yo.
        Si por algún motivo no pudieras conectarte, avísame por este medio.</p>
        <p class="MsoNormal">Saludos,<br>Marco Antonio Suárez<br>Jefe de Ingeniería de Software | Finanzas Chiquitanas S.A.<br>
        Santa Cruz de la Sierra, Bolivia</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        <div class="me-email-text" lang="es-ES" style="color:#252424;font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif">
        <div style="margin-top:24px;margin-bottom:20px"><span style="font-size:24px;color:#252424">Reunión de Microsoft Teams</span></div>
        <div style="margin-bottom:20px"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ2ZTc4Yjkt%40thread.v2/0?context=%7b%22Tid%22%3a%22b1c0%22%7d" style="font-size:14px;font-weight:600;color:#5B5FC7">Haga clic aquí para unirse a la reunión</a></div>
        <div style="margin-bottom:4px"><span style="font-size:14px">Id. de la reunión: 318 442 905 117</span></div>
        <div style="margin-bottom:20px"><span style="font-size:14px">Código de acceso: 7Hq9Tx</span></div>
        </div></div></body></html>
        """)
    ics = VTZ_SA_WESTERN.join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Marco Antonio Suárez:mailto:marco.suarez@finchiquitana.com.bo
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valeria Mamani:mailto:valeria.mamani@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jimena Arteaga:mailto:jimena.arteaga@finchiquitana.com.bo
DESCRIPTION;LANGUAGE=es-ES:Hola Valeria\\,\\n\\nComo conversamos por teléfono\\, te envío la invitación para la entrevista técnica del puesto de Backend Developer (Core bancario).\\n
UID:040000008200E00074C5B7101A82E00800000000A0E1C3F6D642DD01000000000000000010000000F4F1A93E
SUMMARY;LANGUAGE=es-ES:Entrevista técnica - Valeria Mamani - Backend Developer
DTSTART;TZID=SA Western Standard Time:20260922T153000
DTEND;TZID=SA Western Standard Time:20260922T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260917T150200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2118340455
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ2ZTc4Yjkt%40thread.v2/0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""])
    hs = head("=?iso-8859-1?q?Marco_Antonio_Su=E1rez?= <marco.suarez@finchiquitana.com.bo>",
              "Entrevista técnica - Valeria Mamani - Backend Developer",
              "2026-09-17 11:02", LP, "SA1PR08MB7286A1B2C3D4E5F6A7B8C9D0@SA1PR08MB7286.namprd08.prod.outlook.com",
              relay="from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2112.outbound.protection.outlook.com [40.107.237.112])",
              extra=(("Thread-Topic", enc("Entrevista técnica - Valeria Mamani - Backend Developer")),
                     ("Thread-Index", "AdtG1m5Yw2c4qXz0Q1uC8s7PoQ3aBA=="),
                     ("Accept-Language", "es-BO, es-ES, en-US"),
                     ("Content-Language", "es-ES"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", ""),
                     ("Content-class", "urn:content-classes:calendarmessage"),
                     ("X-MS-Exchange-Organization-SCL", "-1")))
    return message(hs, alt(text(plain, cte="base64"), html(rich, cte="base64"),
                           calendar(ics, cte="base64")))


@mail(n(4), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-11-03T15:00:00Z", end="2026-11-03T16:00:00Z",
      contact="megan.holloway@ridgelinepay.com", company="Ridgeline Payments",
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone=NY,
      note="Lever confirmation sent Thu 29 Oct in EDT; the interview 'Tuesday, November 3rd, 10:00am - "
           "11:00am EST' falls after US DST ends (1 Nov), so UTC-5 = 15:00Z-16:00Z (the body's "
           "'11:00am in La Paz' agrees); contact = human Reply-To")
def ridgeline_lever() -> bytes:
    plain = t("""
        Hi Valeria,

        Your interview with Ridgeline Payments has been scheduled. Here are the details:

        Position: Backend Engineer II - Ledger Platform (Remote, LATAM)
        When: Tuesday, November 3rd, 10:00am - 11:00am EST
        (that's 11:00am in La Paz - heads up, the US clocks go back this Sunday)
        Where: Google Meet - https://meet.google.com/vkr-tqsd-pwe

        Who you'll meet:
        Ben Achterberg - Senior Software Engineer
        Oluwaseun Adebayo - Senior Software Engineer

        This is a pair-programming session in Go or Java, your choice. No prep needed beyond a
        working IDE.

        Reply to this email if you have any questions.

        Thanks,
        Megan Holloway
        Ridgeline Payments

        --
        Sent with Lever
        """)
    rich = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:0;background:#f6f7f9">
        <table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
        <table width="560" cellpadding="24" style="background:#ffffff;font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;line-height:22px;color:#333">
        <tr><td>
        <p>Hi Valeria,</p>
        <p>Your interview with Ridgeline Payments has been scheduled. Here are the details:</p>
        <p><strong>Position:</strong> Backend Engineer II - Ledger Platform (Remote, LATAM)<br>
        <strong>When:</strong> Tuesday, November 3rd, 10:00am - 11:00am EST<br>
        (that's 11:00am in La Paz - heads up, the US clocks go back this Sunday)<br>
        <strong>Where:</strong> <a href="https://meet.google.com/vkr-tqsd-pwe">Google Meet</a></p>
        <p><strong>Who you'll meet:</strong><br>Ben Achterberg - Senior Software Engineer<br>
        Oluwaseun Adebayo - Senior Software Engineer</p>
        <p>This is a pair-programming session in Go or Java, your choice. No prep needed beyond a
        working IDE.</p>
        <p>Reply to this email if you have any questions.</p>
        <p>Thanks,<br>Megan Holloway<br>Ridgeline Payments</p>
        </td></tr>
        <tr><td style="font-size:12px;color:#999">Sent with <a href="https://www.lever.co" style="color:#999">Lever</a></td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = head("Megan Holloway <no-reply@hire.lever.co>",
              "Your interview with Ridgeline Payments is confirmed",
              "2026-10-29 14:10", NY, "20261029181000.7f3a1c9e2b.ridgeline@hire.lever.co",
              relay="from o1.email.lever.co (o1.email.lever.co [167.89.101.34])",
              extra=(("Reply-To", "Megan Holloway <megan.holloway@ridgelinepay.com>"),
                     ("X-SG-EID", "u2kNn8z0fQ3bQJ1c9Fq2vZ4tRr0")))
    return message(hs, alt(text(plain, cte="quoted-printable"), html(rich)))


@mail(n(5), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-10-07T17:00:00Z", end="2026-10-07T18:00:00Z",
      contact="lucia.ferreyra@pampaledger.com.ar", company="Pampa Ledger",
      local="Wed 2026-10-07 14:00", local_end="2026-10-07 15:00", zone=BA,
      note="Ashby confirmation from a Buenos Aires firm: 'Wednesday, October 7, 2026, 2:00 PM - 3:00 PM "
           "ART (GMT-3)' = 17:00Z-18:00Z (1:00 PM in La Paz); ICS TZID America/Argentina/Buenos_Aires "
           "agrees; contact = Reply-To / ORGANIZER recruiter")
def pampa_ashby() -> bytes:
    plain = t("""
        Hi Valeria,

        Your interview is confirmed. We're looking forward to speaking with you!

        Wednesday, October 7, 2026, 2:00 PM - 3:00 PM ART (GMT-3)
        Google Meet: https://meet.google.com/hzo-wemq-uxa

        You'll meet with:
          Tomás Iribarne - Head of Engineering
          Sofía Daneri - Tech Lead, Settlement

        Questions? Just reply and it will reach Lucía Ferreyra.

        Thanks,
        Pampa Ledger Recruiting
        """)
    rich = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Valeria,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><b>Wednesday, October 7, 2026, 2:00 PM - 3:00 PM ART (GMT-3)</b><br>
        <a href="https://meet.google.com/hzo-wemq-uxa">Google Meet</a></p>
        <p>You&#x27;ll meet with:<br>
          Tomás Iribarne - Head of Engineering<br>
          Sofía Daneri - Tech Lead, Settlement</p>
        <p>Questions? Just reply and it will reach Lucía Ferreyra.</p>
        <p>Thanks,<br>Pampa Ledger Recruiting</p>
        </body></html>
        """)
    ics = VTZ_BA.join(["""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""", """
BEGIN:VEVENT
UID:3f0c9d5e-7a61-4c8b-9e2d-pampa-ledger-vm
DTSTAMP:20261002T134512Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20261007T140000
DTEND;TZID=America/Argentina/Buenos_Aires:20261007T150000
SEQUENCE:0
SUMMARY:Pampa Ledger - Backend Engineer (Settlement) Interview
LOCATION:https://meet.google.com/hzo-wemq-uxa
ORGANIZER;CN=Lucía Ferreyra:mailto:lucia.ferreyra@pampaledger.com.ar
ATTENDEE;CN=Valeria Mamani;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:valeria.mamani@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""])
    hs = head("Pampa Ledger <no-reply@ashbyhq.com>",
              "Interview confirmed: Backend Engineer (Settlement) at Pampa Ledger",
              "2026-10-02 10:45", BA, "010001925f3e8a71-2c9a4d1b-pampa-ashby-000000@email.amazonses.com",
              relay="from a8-57.smtp-out.amazonses.com (a8-57.smtp-out.amazonses.com [54.240.8.57])",
              extra=(("Reply-To", "=?utf-8?q?Luc=C3=ADa_Ferreyra?= <lucia.ferreyra@pampaledger.com.ar>"),))
    return message(hs, mixed(alt(text(plain, cte="base64"), html(rich, cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(6), family="workday", lang="es", interview=True, kind="scheduled",
      start="2026-10-22T14:00:00Z", end="2026-10-22T15:00:00Z",
      contact="gparedes@bancorimacdelsur.pe", company="Banco Rímac del Sur",
      local="Thu 2026-10-22 09:00", local_end="2026-10-22 10:00", zone=LIMA,
      note="Workday HTML-only (base64) mail from a Lima bank: 'jueves, 22 de octubre de 2026, 9:00 a. m. - "
           "10:00 a. m. (hora de Lima, GMT-5)' = 14:00Z-15:00Z (10:00 in La Paz); no Reply-To, "
           "contact = the recruiter's address in the body")
def rimac_workday() -> bytes:
    rich = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
        <style>td{font-family:Arial,sans-serif;font-size:13px;color:#333}</style></head>
        <body>
        <table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
        <tr><td style="background:#0b3b60;padding:16px;color:#fff;font-size:18px">Banco Rímac del Sur &middot; Carreras</td></tr>
        <tr><td style="padding:20px">
        <p>Hola Valeria Mamani:</p>
        <p>Gracias por tu interés en la posición <b>R-004518 Desarrollador Backend Sr. (Pagos Digitales)</b>.
        Nos complace confirmar tu entrevista con el equipo de Tecnología.</p>
        <table cellpadding="3">
        <tr><td><b>Fecha:</b></td><td>jueves, 22 de octubre de 2026</td></tr>
        <tr><td><b>Hora:</b></td><td>9:00 a.&nbsp;m. - 10:00 a.&nbsp;m. (hora de Lima, GMT-5)</td></tr>
        <tr><td><b>Modalidad:</b></td><td>Virtual - Microsoft Teams (el enlace llegará en una invitación aparte)</td></tr>
        <tr><td><b>Entrevistadores:</b></td><td>Renzo Alvarado (Gerente de Arquitectura), Milagros Huamán (Líder Técnica)</td></tr>
        </table>
        <p>Si te encuentras fuera del Perú, ten en cuenta la diferencia horaria.</p>
        <p>Para cualquier consulta, escribe a Gianella Paredes (<a href="mailto:gparedes@bancorimacdelsur.pe">gparedes@bancorimacdelsur.pe</a>), Analista de Atracción de Talento.</p>
        <p>Puedes revisar el estado de tu postulación en cualquier momento en nuestro
        <a href="https://wd3.myworkdaysite.com/es-PE/recruiting/rimacdelsur/Carreras">portal de empleos</a>.</p>
        <p>Saludos cordiales,<br>Equipo de Atracción de Talento<br>Banco Rímac del Sur</p>
        </td></tr>
        <tr><td style="padding:12px;font-size:11px;color:#888">Este mensaje fue generado automáticamente. Por favor, no respondas a este correo.</td></tr>
        </table>
        </body></html>
        """)
    hs = head("=?UTF-8?B?QmFuY28gUsOtbWFjIGRlbCBTdXI=?= <rimacdelsur@myworkday.com>",
              "Confirmación de entrevista - Desarrollador Backend Sr. (Pagos Digitales)",
              "2026-10-15 18:31", LIMA, "1187339502.5521.1792193460128@wd3-prod-esmtp.myworkday.com",
              relay="from wd3-prod-esmtp.myworkday.com (wd3-prod-esmtp.myworkday.com [216.13.25.34])",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, html(rich, charset="UTF-8", cte="base64"))


@mail(n(7), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start="2026-11-05T15:00:00Z", end="2026-11-05T16:00:00Z",
      contact="diego.rojas@kallpapagos.bo", company="Kallpa Pagos",
      local="Thu 2026-11-05 11:00", local_end="2026-11-05 12:00", zone=LP,
      note="Google Calendar invitation in Spanish from a Cochabamba startup: 'jueves, 5 de noviembre de "
           "2026 11:00 - 12:00 (hora de Bolivia)' = 15:00Z-16:00Z; closes the proposal thread of key 31; "
           "contact = ORGANIZER / sender")
def kallpa_gcal() -> bytes:
    plain = t("""
        Has recibido una invitación a este evento.

        Entrevista técnica Kallpa Pagos / Valeria Mamani
        jueves, 5 de noviembre de 2026 · 11:00 – 12:00
        Zona horaria: Hora de Bolivia - La Paz

        Información para unirse a Google Meet
        Enlace de la videollamada: https://meet.google.com/bqx-zjmn-rte

        Hola Valeria, como quedamos: el jueves a las 11. Vamos a hacer un repaso de tu prueba
        técnica (la conciliación de pagos QR) y luego unos 20 minutos con Carla sobre el equipo.
        ¡Nos vemos!

        Organizador
        Diego Rojas
        diego.rojas@kallpapagos.bo

        Invitados
        Diego Rojas - organizador
        carla.vargas@kallpapagos.bo
        valeria.mamani@example.org

        Ver todos los detalles del invitado https://calendar.google.com/calendar/event?action=VIEW&eid=M2s4ZnZ0

        ¿Asistirás?
        Sí https://calendar.google.com/calendar/event?action=RESPOND&eid=M2s4ZnZ0&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=M2s4ZnZ0&rst=2
        Quizás https://calendar.google.com/calendar/event?action=RESPOND&eid=M2s4ZnZ0&rst=3

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Recibes este correo electrónico porque eres un invitado del evento. Para dejar de
        recibir actualizaciones de este evento, rechaza este evento.
        """)
    rich = t("""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><div itemscope itemtype="http://schema.org/EventReservation">
        <table role="presentation" style="width:100%;font-family:Roboto,Helvetica,Arial,sans-serif">
        <tr><td><span style="font-size:12px;color:#5f6368">Has recibido una invitación a este evento.</span></td></tr>
        <tr><td><h2 style="font-size:22px;font-weight:400;color:#3c4043">Entrevista técnica Kallpa Pagos / Valeria Mamani</h2></td></tr>
        <tr><td><span>jueves, 5 de noviembre de 2026 · 11:00 – 12:00</span><br>
        <span style="color:#70757a">Hora de Bolivia - La Paz</span></td></tr>
        <tr><td><a href="https://meet.google.com/bqx-zjmn-rte">Unirse con Google Meet</a><br>meet.google.com/bqx-zjmn-rte</td></tr>
        <tr><td><p>Hola Valeria, como quedamos: el jueves a las 11. Vamos a hacer un repaso de tu prueba
        técnica (la conciliación de pagos QR) y luego unos 20 minutos con Carla sobre el equipo.
        ¡Nos vemos!</p></td></tr>
        <tr><td><b>Organizador</b><br>Diego Rojas<br><a href="mailto:diego.rojas@kallpapagos.bo">diego.rojas@kallpapagos.bo</a></td></tr>
        <tr><td><b>Invitados</b><br>Diego Rojas - organizador<br>carla.vargas@kallpapagos.bo<br>valeria.mamani@example.org</td></tr>
        </table></div>
        <p style="font-size:11px;color:#70757a">Invitación de Google Calendar. Recibes este correo electrónico porque eres un invitado del evento.</p>
        </body></html>
        """)
    ics = VTZ_LA_PAZ.join(["""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""", """
BEGIN:VEVENT
DTSTART;TZID=America/La_Paz:20261105T110000
DTEND;TZID=America/La_Paz:20261105T120000
DTSTAMP:20261030T212233Z
ORGANIZER;CN=Diego Rojas:mailto:diego.rojas@kallpapagos.bo
UID:3k8fvt0q1m5c2n7e9p4b6s1a0r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Diego Rojas;X-NUM-GUESTS=0:mailto:diego.rojas@kallpapagos.bo
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=carla.vargas@kallpapagos.bo;X-NUM-GUESTS=0:mailto:carla.vargas@kallpapagos.bo
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valeria.mamani@example.org;X-NUM-GUESTS=0:mailto:valeria.mamani@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/bqx-zjmn-rte
CREATED:20261030T212231Z
DESCRIPTION:Hola Valeria\\, como quedamos: el jueves a las 11. Vamos a hacer un repaso de tu prueba técnica (la conciliación de pagos QR) y luego unos 20 minutos con Carla sobre el equipo. ¡Nos vemos!
LAST-MODIFIED:20261030T212231Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista técnica Kallpa Pagos / Valeria Mamani
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""])
    hs = head("Diego Rojas <diego.rojas@kallpapagos.bo>",
              "Invitación: Entrevista técnica Kallpa Pagos / Valeria Mamani @ jue 5 nov 2026 "
              "11:00 - 12:00 (GMT-4) (valeria.mamani@example.org)",
              "2026-10-30 17:22", LP, "calendar-4b1e77a2-90c3-4f0e-8d52-kallpa@google.com",
              relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "Diego Rojas <diego.rojas@kallpapagos.bo>")))
    return message(hs, mixed(alt(text(plain, charset="UTF-8", cte="quoted-printable"),
                                 html(rich, charset="UTF-8"),
                                 calendar(ics, charset="UTF-8", cte="8bit")),
                             calendar(ics, method=None, ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(8), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-11-19T00:30:00Z", end="2026-11-19T01:00:00Z",
      contact="tyler@baysideledger.com", company="Bayside Ledger",
      local="Wed 2026-11-18 20:30", local_end="2026-11-18 21:00", zone=LP,
      note="Calendly invitee confirmation shown in the invitee's zone: '08:30pm - 09:00pm (Bolivia Time) "
           "on Wednesday, November 18, 2026' = Thu 19 Nov 00:30Z-01:00Z (the next day in UTC); the ICS "
           "in UTC agrees; contact = host's Reply-To")
def bayside_calendly() -> bytes:
    plain = t("""
        Hi Valeria Mamani,

        Your Intro call - Backend (Miami / Remote) with Tyler Branson at 08:30pm (Bolivia Time) on
        Wednesday, November 18, 2026 is scheduled.

        Event Type:
        Intro call - Backend (Miami / Remote)

        Event Date/Time:
        08:30pm - 09:00pm (Bolivia Time) on Wednesday, November 18, 2026

        Location:
        This is a Zoom web conference.
        https://baysideledger.zoom.us/j/97311804265

        Description:
        30 minutes with our CTO to talk about the role, the stack (Kotlin, Postgres, Kafka) and
        your background. Evening slot because Tyler is on the West Coast this week.

        Invitee Time Zone:
        Bolivia Time

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/6f2c1d0e-5b7a-4e8a-9c3b-bayside
        Reschedule: https://calendly.com/reschedulings/6f2c1d0e-5b7a-4e8a-9c3b-bayside

        Powered by Calendly.com
        """)
    rich = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:proxima-nova,Helvetica,Arial,sans-serif;color:#4d5055">
        <p>Hi Valeria Mamani,</p>
        <p>Your Intro call - Backend (Miami / Remote) with Tyler Branson at 08:30pm (Bolivia Time) on
        Wednesday, November 18, 2026 is scheduled.</p>
        <p style="font-weight:bold;margin-bottom:0">Event Type:</p><p style="margin-top:0">Intro call - Backend (Miami / Remote)</p>
        <p style="font-weight:bold;margin-bottom:0">Event Date/Time:</p><p style="margin-top:0">08:30pm - 09:00pm (Bolivia Time) on Wednesday, November 18, 2026</p>
        <p style="font-weight:bold;margin-bottom:0">Location:</p><p style="margin-top:0">This is a Zoom web conference.<br>
        <a href="https://baysideledger.zoom.us/j/97311804265">https://baysideledger.zoom.us/j/97311804265</a></p>
        <p style="font-weight:bold;margin-bottom:0">Invitee Time Zone:</p><p style="margin-top:0">Bolivia Time</p>
        <p><a href="https://calendly.com/cancellations/6f2c1d0e-5b7a-4e8a-9c3b-bayside">Cancel</a> &nbsp;
        <a href="https://calendly.com/reschedulings/6f2c1d0e-5b7a-4e8a-9c3b-bayside">Reschedule</a></p>
        <p style="font-size:12px;color:#a6a6a6">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:6f2c1d0e-5b7a-4e8a-9c3b-bayside@calendly.com
DTSTAMP:20261116T141055Z
DTSTART:20261119T003000Z
DTEND:20261119T010000Z
SUMMARY:Intro call - Backend (Miami / Remote) between Tyler Branson and Valeria Mamani
ORGANIZER;CN=Tyler Branson:mailto:tyler@baysideledger.com
ATTENDEE;CN=Valeria Mamani;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:valeria.mamani@example.org
LOCATION:https://baysideledger.zoom.us/j/97311804265
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: Intro call - Backend (Miami / Remote) with Tyler Branson on Wednesday, "
              "November 18, 2026",
              "2026-11-16 10:10", LP, "Ym9QZ3Q0a2xYbVFp.calendly-bayside@calendly.com",
              relay="from o3.ptr6131.calendly.com (o3.ptr6131.calendly.com [149.72.131.60])",
              extra=(("Reply-To", "Tyler Branson <tyler@baysideledger.com>"),))
    return message(hs, mixed(alt(text(plain), html(rich)),
                             calendar(ics, method=None, ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment")))


@mail(n(9), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-09-30T19:30:00Z", end=None,
      contact="andres.villca@tunupa.com.bo", company="Tunupa Fintech",
      local="Wed 2026-09-30 15:30", zone=LP,
      note="Short reply written on a phone on top of a quoted thread: 'quedamos mañana a las tres y media "
           "de la tarde' resolved against the Date (Tue 29 Sep 2026, 08:52 La Paz) = Wed 30 Sep 15:30 "
           "La Paz (UTC-4) = 19:30Z; no length; contact = human sender")
def tunupa_phone_reply() -> bytes:
    body = t("""
        Perfecto Valeria, quedamos mañana a las tres y media de la tarde en la oficina de
        Sopocachi (calle Rosendo Gutiérrez 540, 3er piso). Pregunta por mi en recepcion, va a
        estar tambien el Gonzalo de producto.
        Saludos!

        Enviado desde mi iPhone

        > El 28 sept 2026, a las 19:10, Valeria Mamani <valeria.mamani@example.org> escribió:
        >
        > Hola Andrés, muchas gracias por escribirme. Esta semana el miércoles en la tarde
        > me queda bien, después de las 15:00. ¿Les acomoda?
        >
        > Saludos,
        > Valeria
        >
        >> El 28 sept 2026, a las 11:34, Andrés Villca <andres.villca@tunupa.com.bo> escribió:
        >>
        >> Hola Valeria, ¿cómo estás? Vi tu perfil en el meetup de Go de La Paz y tenemos
        >> una vacante de backend para la billetera. ¿Te animas a pasar por la oficina esta
        >> semana para una entrevista? Sería con Gonzalo y conmigo, algo de una hora.
        >>
        >> Andrés Villca
        >> CTO - Tunupa Fintech
        """)
    hs = head("=?utf-8?q?Andr=C3=A9s_Villca?= <andres.villca@tunupa.com.bo>",
              "Re: Vacante backend - Tunupa",
              "2026-09-29 08:52", LP, "8E1D4C7A-2B9F-4A61-9C3E-7F0B5D2A1E44@tunupa.com.bo",
              relay="from mail-pj1-f54.google.com (mail-pj1-f54.google.com [209.85.216.54])",
              extra=(("In-Reply-To", "<CAJvM3x7q0pQ1Z9kLrVt4Yb8mN2c@mail.gmail.com>"),
                     ("References", "<3F6E2A1C-77B0-4C2E-A5D9-tunupa-01@tunupa.com.bo>\r\n"
                                    " <CAJvM3x7q0pQ1Z9kLrVt4Yb8mN2c@mail.gmail.com>"),
                     ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body, cte="quoted-printable"))


@mail(n(10), family="teamtailor", lang="es", interview=True, kind="rescheduled",
      start="2026-10-19T20:00:00Z", end="2026-10-19T20:45:00Z",
      contact="natalia.justiniano@puntocruz.com.bo", company="Puntocruz Pagos",
      local="Mon 2026-10-19 16:00", local_end="2026-10-19 16:45", zone=LP,
      note="Teamtailor reschedule from a Santa Cruz company (same zone as La Paz, UTC-4): old 'vie. 16/10 "
           "a las 10:00', new 'lun. 19/10 a horas 16:00', 45 minutos = 20:00Z-20:45Z; Reply-To is a "
           "Teamtailor relay, contact = the recruiter's address in the signature")
def puntocruz_teamtailor() -> bytes:
    plain = t("""
        Hola Valeria,

        Te escribimos porque hubo un cambio en tu entrevista para el puesto de
        Backend Developer (Node.js / Pagos QR) en Puntocruz Pagos.

        Entrevista anterior: vie. 16/10 a las 10:00 (cancelada)
        Nueva fecha: lun. 19/10 a horas 16:00 (hora de Bolivia)
        Duración: 45 minutos
        Lugar: Google Meet, el enlace está en la invitación de calendario

        Nuestro líder técnico tuvo que viajar a Montero el viernes, por eso movimos la reunión.
        Disculpa las molestias.

        Saludos cordiales,
        Natalia Justiniano
        Talento Humano | Puntocruz Pagos
        natalia.justiniano@puntocruz.com.bo
        Santa Cruz de la Sierra

        --
        Responder a este correo envía tu mensaje a Puntocruz Pagos a través de Teamtailor.
        """)
    rich = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="background:#f4f4f5;margin:0">
        <div style="max-width:580px;margin:0 auto;background:#fff;padding:32px;font-family:Inter,Helvetica,Arial,sans-serif;font-size:15px;color:#18181b">
        <p>Hola Valeria,</p>
        <p>Te escribimos porque hubo un cambio en tu entrevista para el puesto de
        <strong>Backend Developer (Node.js / Pagos QR)</strong> en Puntocruz Pagos.</p>
        <p><span style="color:#71717a;text-decoration:line-through">Entrevista anterior: vie. 16/10 a las 10:00</span> (cancelada)<br>
        <strong>Nueva fecha: lun. 19/10 a horas 16:00 (hora de Bolivia)</strong><br>
        Duración: 45 minutos<br>
        Lugar: Google Meet, el enlace está en la invitación de calendario</p>
        <p>Nuestro líder técnico tuvo que viajar a Montero el viernes, por eso movimos la reunión.
        Disculpa las molestias.</p>
        <p>Saludos cordiales,<br>Natalia Justiniano<br>Talento Humano | Puntocruz Pagos<br>
        <a href="mailto:natalia.justiniano@puntocruz.com.bo">natalia.justiniano@puntocruz.com.bo</a><br>Santa Cruz de la Sierra</p>
        <p style="font-size:12px;color:#a1a1aa">Responder a este correo envía tu mensaje a Puntocruz Pagos a través de Teamtailor.</p>
        </div></body></html>
        """)
    hs = head("=?utf-8?q?Natalia_Justiniano_=E2=80=93_Puntocruz_Pagos?= <no-reply@teamtailor-mail.com>",
              "Cambio en tu entrevista con Puntocruz Pagos",
              "2026-10-14 12:30", LP, "6527f1c0a9d8e_3b2c41d5a-puntocruz@teamtailor-mail.com",
              relay="from mail-b8.teamtailor-mail.com (mail-b8.teamtailor-mail.com [185.189.236.88])",
              extra=(("Reply-To", "puntocruz-pagos+c-94f1e2a7@inbound.teamtailor-mail.com"),))
    return message(hs, alt(text(plain), html(rich)))


@mail(n(11), family="smartrecruiters", lang="en", interview=True, kind="cancelled",
      start="2026-09-28T18:00:00Z", end="2026-09-28T19:00:00Z",
      contact="jasmine.reyes@brickellclearing.com", company="Brickell Clearing",
      local="Mon 2026-09-28 14:00", local_end="2026-09-28 15:00", zone=NY,
      note="SmartRecruiters cancellation, no new time (position on hold): cancelled slot 'Monday, "
           "September 28, 2026, 2:00 PM - 3:00 PM EDT' = 18:00Z-19:00Z; ICS METHOD:CANCEL agrees; "
           "contact = the coordinator's address in the body (sender is noreply)")
def brickell_smartrecruiters() -> bytes:
    plain = t("""
        Dear Valeria,

        We are sorry to let you know that your interview for the position of Backend Engineer,
        Clearing Systems (Miami, FL / Hybrid), scheduled for:

            Monday, September 28, 2026, 2:00 PM - 3:00 PM EDT

        has been cancelled. The hiring team has put this requisition on hold while the 2027
        budget is finalized. We will keep your application on file and let you know if the role
        reopens.

        If you have any questions, please contact Jasmine Reyes (Talent Acquisition) at
        jasmine.reyes@brickellclearing.com.

        Kind regards,
        Brickell Clearing Hiring Team

        This message was sent via SmartRecruiters. Please do not reply to this email.
        """)
    rich = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#333">
        <div style="max-width:600px;margin:auto;border-top:4px solid #0b5394;padding:24px">
        <p>Dear Valeria,</p>
        <p>We are sorry to let you know that your interview for the position of <b>Backend Engineer,
        Clearing Systems (Miami, FL / Hybrid)</b>, scheduled for:</p>
        <p style="padding-left:24px"><b>Monday, September 28, 2026, 2:00 PM - 3:00 PM EDT</b></p>
        <p>has been <b>cancelled</b>. The hiring team has put this requisition on hold while the 2027
        budget is finalized. We will keep your application on file and let you know if the role
        reopens.</p>
        <p>If you have any questions, please contact Jasmine Reyes (Talent Acquisition) at
        <a href="mailto:jasmine.reyes@brickellclearing.com">jasmine.reyes@brickellclearing.com</a>.</p>
        <p>Kind regards,<br>Brickell Clearing Hiring Team</p>
        <p style="font-size:11px;color:#999">This message was sent via SmartRecruiters. Please do not reply to this email.</p>
        </div></body></html>
        """)
    ics = VTZ["America/New_York"].join(["""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//SmartRecruiters Interview Scheduler//EN
VERSION:2.0
METHOD:CANCEL
""", """
BEGIN:VEVENT
UID:sr-interview-5e0d8b3a-41f7-4b0e-b0c2-brickell@smartrecruiters.com
DTSTAMP:20260924T202233Z
DTSTART;TZID=America/New_York:20260928T140000
DTEND;TZID=America/New_York:20260928T150000
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Cancelled: Interview - Backend Engineer, Clearing Systems - Valeria Mamani
ORGANIZER;CN=Brickell Clearing Hiring Team:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Valeria Mamani;ROLE=REQ-PARTICIPANT:mailto:valeria.mamani@example.org
END:VEVENT
END:VCALENDAR
"""])
    hs = head("Brickell Clearing Hiring Team <noreply@smartrecruiters.com>",
              "Interview cancelled: Backend Engineer, Clearing Systems",
              "2026-09-24 16:22", NY, "1492201913.83012.1790281353771@smartrecruiters.com",
              relay="from mail187-12.suw21.mandrillapp.com (mail187-12.suw21.mandrillapp.com [198.2.187.12])")
    return message(hs, mixed(alt(text(plain, cte="7bit"), html(rich)),
                             calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment")))


@mail(n(12), family="microsoft_bookings", lang="es", interview=True, kind="scheduled",
      start="2026-10-09T13:00:00Z", end="2026-10-09T14:00:00Z",
      contact=None, company="Qhatu Seguros",
      local="Fri 2026-10-09 09:00", local_end="2026-10-09 10:00", zone=LP,
      note="Microsoft Bookings confirmation from a shared Bookings mailbox: 'viernes, 9 de octubre de 2026 "
           "9:00 (UTC-04:00) Georgetown, La Paz, Manaus, San Juan', '60 minutos' = 13:00Z-14:00Z; ICS "
           "TZID SA Western Standard Time agrees; staff member named but no personal address, so "
           "contact null")
def qhatu_bookings() -> bytes:
    rich = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="max-width:640px">
        <div style="font-size:20px;font-weight:600;padding:12px 0">Reserva confirmada con Qhatu Seguros</div>
        <p>Hola, Valeria Mamani:</p>
        <p>Gracias por reservar con Qhatu Seguros. Su reserva está confirmada.</p>
        <table style="border-collapse:collapse" cellpadding="6">
        <tr><td style="color:#605e5c">Servicio</td><td>Entrevista de competencias - Desarrollo Backend</td></tr>
        <tr><td style="color:#605e5c">Fecha y hora</td><td>viernes, 9 de octubre de 2026 9:00 (UTC-04:00) Georgetown, La Paz, Manaus, San Juan</td></tr>
        <tr><td style="color:#605e5c">Duración</td><td>60 minutos</td></tr>
        <tr><td style="color:#605e5c">Personal</td><td>Paola Gutiérrez Arce</td></tr>
        <tr><td style="color:#605e5c">Ubicación</td><td>Reunión en línea de Microsoft Teams</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ0Y2Nh%40thread.v2/0" style="color:#0078d4">Unirse a la reunión de Teams</a></p>
        <p>Para cambiar o cancelar la reserva, use el enlace
        <a href="https://outlook.office365.com/owa/calendar/EntrevistasQhatu@qhatu.bo/bookings/">Administrar reserva</a>
        con al menos 24 horas de anticipación.</p>
        <p style="font-size:12px;color:#8a8886">Qhatu Seguros Digitales S.A. &middot; Calle 21 de Calacoto N° 8350, La Paz &middot; Tel. 2-2799100</p>
        </div></body></html>
        """)
    ics = VTZ_SA_WESTERN.join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Entrevistas Qhatu:mailto:EntrevistasQhatu@qhatu.bo
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valeria Mamani:mailto:valeria.mamani@example.org
DESCRIPTION;LANGUAGE=es-ES:Entrevista de competencias - Desarrollo Backend\\nPersonal: Paola Gutiérrez Arce\\n
UID:040000008200E00074C5B7101A82E0080000000070B1D5E2C855DD01000000000000000010000000AB31C0D4
SUMMARY;LANGUAGE=es-ES:Entrevista de competencias - Desarrollo Backend
DTSTART;TZID=SA Western Standard Time:20261009T090000
DTEND;TZID=SA Western Standard Time:20261009T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261005T190544Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""])
    hs = head("Entrevistas Qhatu <EntrevistasQhatu@qhatu.bo>",
              "Reserva confirmada: Entrevista de competencias - Desarrollo Backend para Valeria Mamani",
              "2026-10-05 15:05", LP, "BN0PR19MB5312F0A1B2C3D4E5F6A7@BN0PR19MB5312.namprd19.prod.outlook.com",
              relay="from NAM04-BN8-obe.outbound.protection.outlook.com (mail-bn8nam04on2071.outbound.protection.outlook.com [40.107.100.71])",
              extra=(("X-MS-Exchange-Organization-AuthAs", "Internal"),
                     ("X-MS-Exchange-Organization-BookingsMessage", "BookingConfirmation")))
    return message(hs, mixed(html(rich, cte="base64"),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(13), family="personio", lang="es", interview=True, kind="scheduled",
      start="2026-10-13T20:00:00Z", end="2026-10-13T20:45:00Z",
      contact="irene.calvo@lincepayments.es", company="Lince Payments",
      local="Tue 2026-10-13 16:00", local_end="2026-10-13 16:45", zone=LP,
      note="Personio mail from a Madrid company hiring remote in LatAm, Date in CEST (+0200): 'martes "
           "13/10/2026 a las 16:00 (hora de Bolivia, 22:00 en Madrid)', 45 minutos = 20:00Z-20:45Z; "
           "windows-1252 quoted-printable; contact = human Reply-To")
def lince_personio() -> bytes:
    plain = t("""
        Hola Valeria:

        ¡Gracias por tu candidatura a Backend Engineer (Remote LATAM) en Lince Payments!

        Te confirmamos la primera entrevista con nuestro equipo:

        Fecha: martes 13/10/2026
        Hora: 16:00 (hora de Bolivia) - 22:00 en Madrid
        Duración: 45 minutos
        Con: Irene Calvo (People) y Álvaro Ibarra (Engineering Manager)
        Enlace: https://meet.google.com/wpf-nyyd-kcs

        Si necesitas cambiar la cita, responde a este correo.

        Un saludo,
        Irene Calvo
        People Partner · Lince Payments S.L.
        """)
    rich = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hola Valeria:</p>
        <p>¡Gracias por tu candidatura a <b>Backend Engineer (Remote LATAM)</b> en Lince Payments!</p>
        <p>Te confirmamos la primera entrevista con nuestro equipo:</p>
        <p>Fecha: martes 13/10/2026<br>Hora: 16:00 (hora de Bolivia) - 22:00 en Madrid<br>
        Duración: 45 minutos<br>Con: Irene Calvo (People) y Álvaro Ibarra (Engineering Manager)<br>
        Enlace: <a href="https://meet.google.com/wpf-nyyd-kcs">https://meet.google.com/wpf-nyyd-kcs</a></p>
        <p>Si necesitas cambiar la cita, responde a este correo.</p>
        <p>Un saludo,<br>Irene Calvo<br>People Partner · Lince Payments S.L.</p>
        <p style="font-size:11px;color:#999">Powered by Personio</p>
        </body></html>
        """)
    hs = head("Lince Payments <no-reply@mail.personio.de>",
              "Tu entrevista con Lince Payments",
              "2026-10-07 13:14", "Europe/Madrid", "0102019267e1c4b8-9fa2d3c1-lince-personio-000000@eu-central-1.amazonses.com",
              relay="from b224-13.smtp-out.eu-central-1.amazonses.com (b224-13.smtp-out.eu-central-1.amazonses.com [69.169.224.13])",
              extra=(("Reply-To", "Irene Calvo <irene.calvo@lincepayments.es>"),))
    return message(hs, alt(text(plain, charset="windows-1252"), html(rich, charset="windows-1252")))


@mail(n(14), family="workable", lang="en", interview=True, kind="rescheduled",
      start="2026-11-02T16:00:00Z", end="2026-11-02T16:45:00Z",
      contact="sam.okafor@northbeamcredit.com", company="Northbeam Credit",
      local="Mon 2026-11-02 11:00", local_end="2026-11-02 11:45", zone=NY,
      note="Workable reschedule across the US DST change: old 'Friday, October 30 at 11:00 AM EDT', new "
           "'Monday, November 2 at 11:00 AM EST' (45 minutes) = 16:00Z-16:45Z (12:00 PM in La Paz, as "
           "the mail says); Reply-To is a Workable relay, contact = the recruiter's address in the body")
def northbeam_workable() -> bytes:
    plain = t("""
        Hi Valeria,

        Quick update on your interview for Senior Backend Engineer (Remote - Americas).

        Our hiring manager is out on Friday, so we've moved your interview:

          Was:  Friday, October 30 at 11:00 AM EDT
          Now:  Monday, November 2 at 11:00 AM EST (45-minute video call)

        Note that US clocks change on Sunday, so the new slot is 12:00 PM in La Paz, not 11:00.

        The Zoom link stays the same: https://northbeamcredit.zoom.us/j/88231760451

        If the new time doesn't work, email me directly at sam.okafor@northbeamcredit.com.

        Thanks for your flexibility,
        Sam Okafor
        Recruiting Lead, Northbeam Credit
        """)
    rich = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#252f3e">
        <p>Hi Valeria,</p>
        <p>Quick update on your interview for <strong>Senior Backend Engineer (Remote - Americas)</strong>.</p>
        <p>Our hiring manager is out on Friday, so we've moved your interview:</p>
        <p>&nbsp;&nbsp;Was:&nbsp; <s>Friday, October 30 at 11:00 AM EDT</s><br>
        &nbsp;&nbsp;Now:&nbsp; <strong>Monday, November 2 at 11:00 AM EST</strong> (45-minute video call)</p>
        <p>Note that US clocks change on Sunday, so the new slot is 12:00 PM in La Paz, not 11:00.</p>
        <p>The Zoom link stays the same: <a href="https://northbeamcredit.zoom.us/j/88231760451">https://northbeamcredit.zoom.us/j/88231760451</a></p>
        <p>If the new time doesn't work, email me directly at <a href="mailto:sam.okafor@northbeamcredit.com">sam.okafor@northbeamcredit.com</a>.</p>
        <p>Thanks for your flexibility,<br>Sam Okafor<br>Recruiting Lead, Northbeam Credit</p>
        <p style="color:#8b95a5;font-size:11px">Sent via Workable</p>
        </div>
        """)
    hs = head("Northbeam Credit <noreply@candidates.workablemail.com>",
              "Your interview with Northbeam Credit has been rescheduled",
              "2026-10-28 15:03", NY, "6b0e4e9d1f7c.2f1a9b.northbeam@candidates.workablemail.com",
              relay="from o7.candidates.workablemail.com (o7.candidates.workablemail.com [167.89.68.21])",
              extra=(("Reply-To", "northbeam-credit+c8e1f0a2d4@candidates.workablemail.com"),))
    return message(hs, alt(text(plain), html(rich)))


@mail(n(15), family="icims", lang="en", interview=True, kind="scheduled",
      start="2026-12-09T20:00:00Z", end="2026-12-09T21:00:00Z",
      contact="cmendieta@biscaynefederal.com", company="Biscayne Federal Trust",
      local="Wed 2026-12-09 15:00", local_end="2026-12-09 16:00", zone=NY,
      note="iCIMS confirmation from a Miami bank: 'Wednesday, December 9, 2026, 3:00 PM - 4:00 PM "
           "(Eastern Standard Time)' = 20:00Z-21:00Z (4:00 PM in La Paz); sender is the iCIMS tenant "
           "address, contact = the recruiter's address in the body")
def biscayne_icims() -> bytes:
    plain = t("""
        Dear Valeria,

        Thank you for your interest in the Software Engineer III - Card Payments position
        (Req ID 2026-14722) with Biscayne Federal Trust.

        This email confirms your virtual interview:

        Date: Wednesday, December 9, 2026
        Time: 3:00 PM - 4:00 PM (Eastern Standard Time)
        Format: Microsoft Teams video interview (link to follow from your interview panel)
        Panel: Dana Whitfield, VP Engineering; Luis Carbonell, Principal Engineer

        Please have a government-issued photo ID available at the start of the call.

        Should you have questions, please contact your recruiter, Carlos Mendieta, at
        cmendieta@biscaynefederal.com or +1 (305) 555-0148.

        Sincerely,
        Talent Acquisition
        Biscayne Federal Trust

        Biscayne Federal Trust is an Equal Opportunity Employer. Please do not reply to this
        message; this mailbox is not monitored.
        """)
    rich = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="20" style="font-family:Georgia,serif;font-size:14px;color:#1a1a1a;border:1px solid #c9d3dd">
        <tr><td style="background:#00335b;color:#ffffff;font-size:20px">Biscayne Federal Trust Careers</td></tr>
        <tr><td>
        <p>Dear Valeria,</p>
        <p>Thank you for your interest in the Software Engineer III - Card Payments position
        (Req ID 2026-14722) with Biscayne Federal Trust.</p>
        <p>This email confirms your virtual interview:</p>
        <p><b>Date:</b> Wednesday, December 9, 2026<br>
        <b>Time:</b> 3:00 PM - 4:00 PM (Eastern Standard Time)<br>
        <b>Format:</b> Microsoft Teams video interview (link to follow from your interview panel)<br>
        <b>Panel:</b> Dana Whitfield, VP Engineering; Luis Carbonell, Principal Engineer</p>
        <p>Please have a government-issued photo ID available at the start of the call.</p>
        <p>Should you have questions, please contact your recruiter, Carlos Mendieta, at
        <a href="mailto:cmendieta@biscaynefederal.com">cmendieta@biscaynefederal.com</a> or +1 (305) 555-0148.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Biscayne Federal Trust</p>
        </td></tr>
        <tr><td style="font-size:10px;color:#777">Biscayne Federal Trust is an Equal Opportunity Employer. Please do not reply to this
        message; this mailbox is not monitored.</td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = head("Biscayne Federal Trust <biscaynefederal@talent.icims.com>",
              "Interview Confirmation - Software Engineer III - Card Payments",
              "2026-12-03 09:41", NY, "1449037.148.1796395260@talent.icims.com",
              relay="from smtp-out3.icims.com (smtp-out3.icims.com [66.151.122.43])")
    return message(hs, alt(text(plain), html(rich)))


@mail(n(16), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-11-17T15:00:00Z", end="2026-11-17T17:30:00Z",
      contact="alyssa.kim@tidewaterpay.com", company="Tidewater Pay",
      local="Tue 2026-11-17 10:00", local_end="2026-11-17 12:30", zone=NY,
      note="GoodTime itinerary of three back-to-back sessions 'All times Eastern Time (ET)', 10:00 AM to "
           "12:30 PM on Tuesday, November 17 (EST, UTC-5): first start 15:00Z to last end 17:30Z; "
           "contact = coordinator's Reply-To")
def tidewater_goodtime() -> bytes:
    plain = t("""
        Hi Valeria,

        Your virtual onsite with Tidewater Pay is confirmed. Here is your itinerary.
        All times are shown in Eastern Time (ET).

        Tuesday, November 17, 2026

          10:00 AM - 10:45 AM   System Design          Rachel Dunn, Staff Engineer
          11:00 AM - 11:45 AM   Coding (live)          Omar Haddad, Senior Engineer
          12:00 PM - 12:30 PM   Hiring Manager Chat    Kevin Marsh, Director of Engineering

        Each session has its own Zoom link in the calendar invites you'll receive separately.
        You'll have a 15-minute break between the first sessions.

        Please reply to this email if anything comes up - I'm your point of contact for the day.

        Best,
        Alyssa Kim
        Recruiting Coordinator, Tidewater Pay

        Scheduled with GoodTime
        """)
    rich = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Valeria,</p>
        <p>Your virtual onsite with Tidewater Pay is confirmed. Here is your itinerary.<br>
        <i>All times are shown in Eastern Time (ET).</i></p>
        <p><b>Tuesday, November 17, 2026</b></p>
        <table border="1" cellpadding="6" style="border-collapse:collapse;border-color:#e0e0e0">
        <tr><th>Time</th><th>Session</th><th>Interviewer</th></tr>
        <tr><td>10:00 AM - 10:45 AM</td><td>System Design</td><td>Rachel Dunn, Staff Engineer</td></tr>
        <tr><td>11:00 AM - 11:45 AM</td><td>Coding (live)</td><td>Omar Haddad, Senior Engineer</td></tr>
        <tr><td>12:00 PM - 12:30 PM</td><td>Hiring Manager Chat</td><td>Kevin Marsh, Director of Engineering</td></tr>
        </table>
        <p>Each session has its own Zoom link in the calendar invites you'll receive separately.
        You'll have a 15-minute break between the first sessions.</p>
        <p>Please reply to this email if anything comes up - I'm your point of contact for the day.</p>
        <p>Best,<br>Alyssa Kim<br>Recruiting Coordinator, Tidewater Pay</p>
        <p style="color:#999;font-size:11px">Scheduled with GoodTime</p>
        </body></html>
        """)
    hs = head("Tidewater Pay Recruiting <no-reply@goodtime.io>",
              "Your Tidewater Pay interview itinerary - Tuesday, November 17",
              "2026-11-10 13:25", NY, "01000193a1b2c3d4-goodtime-tidewater-000000@email.amazonses.com",
              relay="from a10-20.smtp-out.amazonses.com (a10-20.smtp-out.amazonses.com [54.240.10.20])",
              extra=(("Reply-To", "Alyssa Kim <alyssa.kim@tidewaterpay.com>"),))
    return message(hs, alt(text(plain, cte="base64"), html(rich, cte="base64")))


@mail(n(17), family="forward_to_self", lang="es", interview=True, kind="scheduled",
      start="2026-12-10T13:30:00Z", end="2026-12-10T15:00:00Z",
      contact="jquispe@andescoop.bo", company="AndesCoop Digital",
      local="Thu 2026-12-10 09:30", local_end="2026-12-10 11:00", zone=LP,
      note="Valeria forwards to herself (from her example.net address) a recruiter's confirmation: 'jue. "
           "10 de diciembre a horas 9:30', '90 minutos', Cochabamba (UTC-4 like La Paz) = 13:30Z-15:00Z; "
           "sender is the candidate, so contact = the recruiter in the forwarded header")
def andescoop_forward_self() -> bytes:
    body = t("""
        para tenerlo en este correo tambien. Sacar pasaje a Cocha para el miercoles 9 en la noche!!

        ---------- Forwarded message ---------
        De: Javier Quispe <jquispe@andescoop.bo>
        Date: jue, 3 dic 2026 a las 16:12
        Subject: Entrevista presencial - Backend Developer AndesCoop
        To: Valeria Mamani <valeria.mamani@example.net>


        Hola Valeria:

        Te confirmo la entrevista presencial en Cochabamba para el jue. 10 de diciembre a horas
        9:30, en nuestras oficinas de la Av. Ballivián N° 0455 (El Prado), 2do piso.

        La entrevista dura 90 minutos: primero una parte técnica con Wilma Ríos (arquitecta) y
        después una conversación con nuestro gerente de TI, el Ing. Remberto Soliz.

        Te pedimos traer tu laptop por si quieres mostrarnos algún proyecto.

        Cualquier cosa me escribes o me llamas al 72245810.

        Saludos,
        Javier Quispe
        Analista de Talento Humano
        AndesCoop Digital - Cochabamba
        """)
    hs = head("Valeria Mamani <valeria.mamani@example.net>",
              "Fwd: Entrevista presencial - Backend Developer AndesCoop",
              "2026-12-04 07:48", LP, "CAHx5vR2nT9mQ0pLw4Kc8Zs1Ue7Yb3Fd@mail.gmail.com",
              relay="from mail-yw1-f178.google.com (mail-yw1-f178.google.com [209.85.128.178])")
    return message(hs, alt(text(body, cte="quoted-printable"), html(gmail_html(body))))


@mail(n(18), family="zoom", lang="es", interview=True, kind="scheduled",
      start="2026-11-19T21:00:00Z", end=None,
      contact="mzegarra@yanapay.pe", company="Yanapay",
      local="Thu 2026-11-19 16:00", zone=LIMA,
      note="Recruiter mail (iso-8859-1, quoted-printable) with a pasted Zoom invitation from a Lima host: "
           "'Hora: 19 nov. 2026 04:00 p. m. Lima' (UTC-5) = 21:00Z, the prose says '5 de la tarde en "
           "Bolivia'; no length; contact = human sender")
def yanapay_zoom() -> bytes:
    body = t("""
        Hola Valeria, ¿qué tal?

        Como coordinamos por WhatsApp, te confirmo la entrevista con Rodrigo (Head of Engineering)
        para este jueves 19, a las 4 de la tarde hora de Lima, o sea 5 de la tarde en Bolivia.
        Abajo va el enlace de Zoom.

        Saludos,
        Milagros Zegarra
        Talent Partner | Yanapay
        Lima, Perú

        ---

        Milagros Zegarra le está invitando a una reunión de Zoom programada.

        Tema: Entrevista Valeria Mamani - Backend Yanapay
        Hora: 19 nov. 2026 04:00 p. m. Lima

        Unirse a la reunión Zoom
        https://us06web.zoom.us/j/83302917654?pwd=eWFuYXBheTIwMjY

        ID de reunión: 833 0291 7654
        Código de acceso: 418263
        """)
    hs = head("Milagros Zegarra <mzegarra@yanapay.pe>",
              "Entrevista Yanapay - jueves 19/11",
              "2026-11-16 10:05", LIMA, "PH0PR11MB4967C1D2E3F4A5B6C7D8@PH0PR11MB4967.namprd11.prod.outlook.com",
              relay="from NAM10-DM6-obe.outbound.protection.outlook.com (mail-dm6nam10on2090.outbound.protection.outlook.com [40.107.93.90])",
              charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(19), family="human_prose", lang="es", interview=True, kind="cancelled",
      start="2026-11-06T13:00:00Z", end=None,
      contact="gvelasco@chuquiagocapital.com.bo", company="Chuquiago Capital",
      local="Fri 2026-11-06 09:00", zone=LP,
      note="Recruiter prose cancelling 'la entrevista del viernes 6/11 a las 9:00' (La Paz, UTC-4) = "
           "13:00Z because the position was frozen; no new time; iso-8859-15 8bit; contact = human sender")
def chuquiago_cancel() -> bytes:
    body = t("""
        Buenas tardes Valeria,

        Lamentablemente tenemos que cancelar la entrevista del viernes 6/11 a las 9:00. La
        gerencia decidió congelar la posición de Desarrollador Backend hasta el primer trimestre
        del próximo año por un tema de presupuesto.

        Le pido disculpas por el cambio a última hora. Su perfil nos gustó mucho y, si la
        vacante se reabre, la contactaré personalmente.

        Saludos cordiales,

        Gabriela Velasco
        Jefa de Recursos Humanos
        Chuquiago Capital S.A. - Agencia de Bolsa
        Av. 16 de Julio (El Prado) N° 1440, of. 902 - La Paz
        """)
    hs = head("Gabriela Velasco <gvelasco@chuquiagocapital.com.bo>",
              "Cancelación entrevista viernes",
              "2026-11-03 15:40", LP, "000c01dd4a1f$7b3e2c10$71ba8430$@chuquiagocapital.com.bo",
              relay="from mail.chuquiagocapital.com.bo (mail.chuquiagocapital.com.bo [200.87.17.66])",
              charset="iso-8859-15",
              extra=(("X-Mailer", "Microsoft Outlook 15.0"),))
    return message(hs, text(body, charset="iso-8859-15", cte="8bit"))


@mail(n(20), family="exchange_outlook", lang="en", interview=True, kind="rescheduled",
      start="2026-11-13T15:30:00Z", end="2026-11-13T16:30:00Z",
      contact="lauren.pike@seagrapecap.com", company="Seagrape Capital",
      local="Fri 2026-11-13 10:30", local_end="2026-11-13 11:30", zone=NY,
      note="Exchange 'Updated:' meeting request (SEQUENCE 1), TZID 'Eastern Standard Time': moved from "
           "Thursday 1:00 PM to 'Friday, November 13, 2026 10:30 AM-11:30 AM (UTC-05:00) Eastern Time "
           "(US & Canada)' = 15:30Z-16:30Z (EST, after the US DST change); contact = ORGANIZER/sender")
def seagrape_exchange_update() -> bytes:
    plain = t("""
        When: Friday, November 13, 2026 10:30 AM-11:30 AM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Valeria - Jorge got pulled into a production release on Thursday, so I'm moving our
        technical interview from Thursday 1:00 PM to Friday morning (10:30 ET / 11:30 your time).
        Same panel, same Teams link. Hope this works, let me know if not.

        Lauren

        Lauren Pike | Talent Acquisition Partner
        Seagrape Capital | 1450 Brickell Ave, Miami, FL 33131

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTk2MzE1%40thread.v2/0>
        Meeting ID: 245 610 337 892
        Passcode: Vx6b4Q
        ________________________________________________________________________________
        """)
    ics = VTZ_EASTERN.join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Lauren Pike:mailto:lauren.pike@seagrapecap.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valeria Mamani:mailto:valeria.mamani@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jorge Villanueva:mailto:jorge.villanueva@seagrapecap.com
DESCRIPTION;LANGUAGE=en-US:Hi Valeria - Jorge got pulled into a production release on Thursday\\, so I'm moving our technical interview from Thursday 1:00 PM to Friday morning (10:30 ET / 11:30 your time).\\n
UID:040000008200E00074C5B7101A82E00800000000D09C3F1B2E64DD01000000000000000010000000C2E7A58B
SUMMARY;LANGUAGE=en-US:Interview - Valeria Mamani / Backend Engineer (Trading Platform)
DTSTART;TZID=Eastern Standard Time:20261113T103000
DTEND;TZID=Eastern Standard Time:20261113T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261109T163011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1288044311
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
"""])
    hs = head("Lauren Pike <lauren.pike@seagrapecap.com>",
              "Updated: Interview - Valeria Mamani / Backend Engineer (Trading Platform)",
              "2026-11-09 11:30", NY, "MN2PR05MB6478E0F1A2B3C4D5E6F7@MN2PR05MB6478.namprd05.prod.outlook.com",
              relay="from NAM11-CO1-obe.outbound.protection.outlook.com (mail-co1nam11on2118.outbound.protection.outlook.com [40.107.220.118])",
              extra=(("Thread-Topic", "Interview - Valeria Mamani / Backend Engineer (Trading Platform)"),
                     ("Thread-Index", "AdtSdQ0p9i3yV2kXQm2b6t1rjY7N1A=="),
                     ("Content-Language", "en-US"),
                     ("Content-class", "urn:content-classes:calendarmessage")))
    rich = "<html><body>" + "".join(
        f"<p>{line}</p>" if line else "" for line in plain.replace("<", "&lt;").replace(">", "&gt;").split("\n")
    ) + "</body></html>\n"
    return message(hs, alt(text(plain), html(rich), calendar(ics, cte="base64")))


@mail(n(21), family="google_calendar", lang="es", interview=True, kind="cancelled",
      start="2026-12-01T14:00:00Z", end="2026-12-01T15:00:00Z",
      contact="jhasmani.condori@waratech.bo", company="Wara Tech",
      local="Tue 2026-12-01 10:00", local_end="2026-12-01 11:00", zone=LP,
      note="Google Calendar cancellation (METHOD:CANCEL) with a personal note: 'mar 1 dic 2026 10:00 - "
           "11:00 (GMT-4)' = 14:00Z-15:00Z is the cancelled slot; a new time is promised but not set, "
           "so cancelled; contact = ORGANIZER / sender")
def wara_gcal_cancel() -> bytes:
    plain = t("""
        Se canceló este evento y se quitó de tu calendario.

        Entrevista - Valeria Mamani (Wara Tech)
        martes, 1 de diciembre de 2026 · 10:00 – 11:00
        Zona horaria: Hora de Bolivia - La Paz

        Mensaje de Jhasmani Condori:
        "Perdón Valeria, se me cruzó una auditoría justo ese día. Te escribo esta semana para
        buscar otro horario, no te preocupes que el proceso sigue."

        Organizador
        Jhasmani Condori
        jhasmani.condori@waratech.bo

        Invitados
        Jhasmani Condori - organizador
        valeria.mamani@example.org

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Recibes este correo electrónico porque eres un invitado del evento.
        """)
    rich = t("""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><table role="presentation" style="width:100%;font-family:Roboto,Helvetica,Arial,sans-serif">
        <tr><td><span style="font-size:12px;color:#d93025">Se canceló este evento y se quitó de tu calendario.</span></td></tr>
        <tr><td><h2 style="font-size:22px;font-weight:400;color:#3c4043;text-decoration:line-through">Entrevista - Valeria Mamani (Wara Tech)</h2></td></tr>
        <tr><td>martes, 1 de diciembre de 2026 · 10:00 – 11:00<br><span style="color:#70757a">Hora de Bolivia - La Paz</span></td></tr>
        <tr><td><p><b>Mensaje de Jhasmani Condori:</b><br>"Perdón Valeria, se me cruzó una auditoría justo ese día. Te escribo esta semana para
        buscar otro horario, no te preocupes que el proceso sigue."</p></td></tr>
        <tr><td><b>Organizador</b><br>Jhasmani Condori<br>jhasmani.condori@waratech.bo</td></tr>
        </table></body></html>
        """)
    ics = VTZ_LA_PAZ.join(["""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
""", """
BEGIN:VEVENT
DTSTART;TZID=America/La_Paz:20261201T100000
DTEND;TZID=America/La_Paz:20261201T110000
DTSTAMP:20261127T130812Z
ORGANIZER;CN=Jhasmani Condori:mailto:jhasmani.condori@waratech.bo
UID:0r7c2v9kq4m1b8n3x6z5w2y1t0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=valeria.mamani@example.org;X-NUM-GUESTS=0:mailto:valeria.mamani@example.org
CREATED:20261120T141500Z
LAST-MODIFIED:20261127T130811Z
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Entrevista - Valeria Mamani (Wara Tech)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""])
    hs = head("Jhasmani Condori <jhasmani.condori@waratech.bo>",
              "Evento cancelado: Entrevista - Valeria Mamani (Wara Tech) @ mar 1 dic 2026 10:00 - 11:00 "
              "(GMT-4) (valeria.mamani@example.org)",
              "2026-11-27 09:08", LP, "calendar-0e9d1c3b-55aa-4e27-b1f0-wara@google.com",
              relay="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "Jhasmani Condori <jhasmani.condori@waratech.bo>")))
    return message(hs, mixed(alt(text(plain, charset="UTF-8"), html(rich, charset="UTF-8"),
                                 calendar(ics, method="CANCEL", charset="UTF-8")),
                             calendar(ics, method=None, ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(22), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start="2026-10-26T16:00:00Z", end="2026-10-26T17:00:00Z",
      contact="gparedes@bancorimacdelsur.pe", company="Banco Rímac del Sur",
      local="Mon 2026-10-26 11:00", local_end="2026-10-26 12:00", zone=LIMA,
      note="Recruiter prose moving the Workday interview of key 6: old 'jueves 22/10 a las 9:00', new "
           "'lunes 26/10 a las 11:00 (hora de Lima, 12:00 en La Paz)', 'misma duración de una hora' = "
           "16:00Z-17:00Z (Lima UTC-5); contact = human sender")
def rimac_prose_reschedule() -> bytes:
    plain = t("""
        Hola Valeria, buenas tardes:

        Te escribo para pedirte mover tu entrevista del jueves 22/10 a las 9:00 (hora de Lima).
        Renzo estará ese día en el comité de riesgos y no alcanza a conectarse.

        Ya dejamos reservada la nueva fecha: lunes 26/10 a las 11:00 hora de Lima (12:00 en
        La Paz), con la misma duración de una hora y los mismos entrevistadores. En breve te
        llegará la invitación de Teams actualizada.

        Mil disculpas por el cambio y gracias por tu comprensión.

        Saludos,

        Gianella Paredes
        Analista de Atracción de Talento
        Banco Rímac del Sur | Av. Javier Prado Este 2210, San Borja, Lima
        """)
    rich = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Hola Valeria, buenas tardes:</p>
        <p>Te escribo para pedirte mover tu entrevista del <s>jueves 22/10 a las 9:00</s> (hora de Lima).
        Renzo estará ese día en el comité de riesgos y no alcanza a conectarse.</p>
        <p>Ya dejamos reservada la nueva fecha: <b>lunes 26/10 a las 11:00 hora de Lima (12:00 en
        La Paz)</b>, con la misma duración de una hora y los mismos entrevistadores. En breve te
        llegará la invitación de Teams actualizada.</p>
        <p>Mil disculpas por el cambio y gracias por tu comprensión.</p>
        <p>Saludos,</p>
        <p><b>Gianella Paredes</b><br>Analista de Atracción de Talento<br>
        Banco Rímac del Sur | Av. Javier Prado Este 2210, San Borja, Lima</p>
        </div></body></html>
        """)
    hs = head("Gianella Paredes <gparedes@bancorimacdelsur.pe>",
              "RE: Confirmación de entrevista - Desarrollador Backend Sr. (Pagos Digitales)",
              "2026-10-20 15:17", LIMA, "CH2PR04MB7016A9B8C7D6E5F4A3B2@CH2PR04MB7016.namprd04.prod.outlook.com",
              relay="from NAM02-DM3-obe.outbound.protection.outlook.com (mail-dm3nam02on2105.outbound.protection.outlook.com [40.107.95.105])",
              extra=(("Thread-Topic", enc("Confirmación de entrevista - Desarrollador Backend Sr. (Pagos Digitales)")),
                     ("Content-Language", "es-PE")))
    return message(hs, alt(text(plain), html(rich)))


@mail(n(23), family="taleo", lang="es", interview=True, kind="scheduled",
      start="2026-12-03T12:30:00Z", end=None,
      contact="rodrigo.anez@orienteseguros.com.bo", company="Oriente Seguros",
      local="Thu 2026-12-03 08:30", zone=LP,
      note="Taleo mail with an all-day ICS (DTSTART;VALUE=DATE:20261203); the time is only in the text: "
           "'jueves 03/12/2026 a horas 08:30' in Santa Cruz (UTC-4) = 12:30Z; 'duración estimada de 2 "
           "horas' is approximate, end null; contact = the recruiter's address in the body")
def oriente_taleo() -> bytes:
    plain = t("""
        Estimada Valeria Mamani:

        Con relación a su postulación al requerimiento 2600318 - Analista Desarrollador Backend
        Senior, le informamos que ha sido programada para la etapa de entrevistas:

        Fecha: jueves 03/12/2026
        Hora: a horas 08:30
        Lugar: Oficina Central Oriente Seguros, 4to anillo y Av. Beni, Santa Cruz de la Sierra
        Duración estimada: 2 horas (entrevista técnica y evaluación psicotécnica)

        Se adjunta un recordatorio para su calendario.

        Para cualquier consulta comuníquese con Rodrigo Añez, rodrigo.anez@orienteseguros.com.bo.

        Atentamente,
        Gestión del Talento
        Oriente Seguros S.A.

        Este correo ha sido enviado desde una dirección que no admite respuestas.
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Oracle//Taleo Enterprise//ES
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:taleo-2600318-vmamani-20261203@orienteseguros.taleo.net
DTSTAMP:20261127T221500Z
DTSTART;VALUE=DATE:20261203
DTEND;VALUE=DATE:20261204
SUMMARY:Entrevista - Oriente Seguros - Analista Desarrollador Backend Senior
DESCRIPTION:Entrevista a horas 08:30 - Oficina Central Oriente Seguros
LOCATION:4to anillo y Av. Beni, Santa Cruz de la Sierra
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""
    hs = head("Oriente Seguros <orienteseguros@taleo.net>",
              "Programación de entrevista - Analista Desarrollador Backend Senior",
              "2026-11-27 18:15", LP, "1212478561.4411.1795817700512.JavaMail.taleo@ss7.taleo.net",
              relay="from ss7.taleo.net (ss7.taleo.net [160.34.10.27])")
    return message(hs, mixed(text(plain, charset="iso-8859-1", cte="quoted-printable"),
                             calendar(ics, method="PUBLISH", filename="entrevista.ics", disposition="attachment")))


# =========================================================================== negatives (keys 24-50)


@mail(n(24), family="rejection", lang="es", interview=False, company="Banco Illimani",
      days=(("Mon", "2026-09-14"),),
      note="Rejection after the interview of key 2 ('la entrevista del lunes 14 de septiembre'): a past "
           "interview, no time to confirm")
def illimani_rejection() -> bytes:
    body = t("""
        Estimada Valeria:

        Le agradecemos sinceramente el tiempo dedicado a nuestro proceso de selección y su
        participación en la entrevista del lunes 14 de septiembre para el cargo de Desarrolladora
        Backend Senior (Canales Digitales).

        Luego de una evaluación cuidadosa, le comunicamos que en esta oportunidad hemos decidido
        continuar con otros postulantes cuyo perfil se ajusta más a los requerimientos actuales
        del área.

        Sus datos permanecerán en nuestra base de talentos por un período de doce meses, y no
        dudaremos en contactarla ante futuras vacantes.

        Le deseamos éxito en sus proyectos profesionales.

        Atentamente,

        Lic. Rocío Choque Mamani
        Analista de Reclutamiento y Selección
        Banco Illimani S.A.
        """)
    hs = head("=?utf-8?q?Roc=C3=ADo_Choque?= <rchoque@bancoillimani.com.bo>",
              "Resultado proceso de selección - Desarrollador(a) Backend Senior",
              "2026-09-25 16:02", LP, "7C3B9E21F0A84D6C8B55@EXCH02.bancoillimani.local",
              relay="from mail.bancoillimani.com.bo (mail.bancoillimani.com.bo [200.105.141.20])",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, cte="8bit"))


@mail(n(25), family="offer", lang="en", interview=False, company="Coralpay",
      days=(("Fri", "2026-10-30"), ("Mon", "2027-01-04")),
      note="Offer letter after the Greenhouse interview of key 1: a start date and a signing deadline, "
           "no interview")
def coralpay_offer() -> bytes:
    plain = t("""
        Hi Valeria,

        I'm so happy to share that the team would love to have you join Coralpay as a Senior
        Backend Engineer, Payments Core! Your offer letter is attached via DocuSign.

        Highlights:
          - Base salary: USD 96,000 / year (contractor, paid monthly via Deel)
          - Equity: 4,000 options, 4-year vesting with a 1-year cliff
          - Start date: Monday, January 4, 2027
          - Fully remote, core hours overlap 10:00 AM - 3:00 PM ET

        The offer is valid until Friday, October 30 at 5:00 PM ET. If you'd like to talk through
        any of it, just reply with a couple of times that suit you and I'll set up a call with
        Priya.

        Congratulations!
        Danielle

        Danielle Ortiz
        Technical Recruiter | Coralpay
        """)
    hs = head("Danielle Ortiz <danielle.ortiz@coralpay.com>",
              "Your offer from Coralpay!",
              "2026-10-26 12:48", NY, "CAF4r9Qw2m0Tz1pE3vR8xY6nL5bK7jHc@mail.gmail.com",
              relay="from mail-qk1-f181.google.com (mail-qk1-f181.google.com [209.85.222.181])")
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(n(26), family="application_receipt", lang="es", interview=False, company="Kuska Labs",
      note="Recruitee application receipt: mentions a possible future interview, nothing scheduled")
def kuska_recruitee_receipt() -> bytes:
    rich = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="background:#f5f7fa;margin:0;padding:24px">
        <div style="max-width:560px;margin:0 auto;background:#fff;border-radius:6px;padding:28px;font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;color:#2a3342">
        <img src="https://careers.kuskalabs.com/logo.png" alt="Kuska Labs" height="32">
        <p>Hola Valeria,</p>
        <p>¡Gracias por postularte a <b>Backend Engineer - Open Finance</b> en Kuska Labs! Hemos recibido tu
        postulación y tu CV correctamente.</p>
        <p>Nuestro equipo revisará tu perfil en los próximos 10 días hábiles. Si tu experiencia encaja con lo
        que buscamos, te escribiremos para coordinar una primera entrevista.</p>
        <p>Mientras tanto, puedes conocer más sobre cómo trabajamos en <a href="https://kuskalabs.com/ingenieria">nuestro blog de ingeniería</a>.</p>
        <p>Saludos,<br>El equipo de Kuska Labs</p>
        <p style="font-size:11px;color:#8a94a6">Enviado con Recruitee. Puedes solicitar la eliminación de tus datos en cualquier momento.</p>
        </div></body></html>
        """)
    hs = head("Kuska Labs <kuskalabs@mail.recruitee.com>",
              "Hemos recibido tu postulación - Backend Engineer - Open Finance",
              "2026-09-08 21:14", LP, "5f9a2c7e1b3d4_8a6c.kuskalabs@mail.recruitee.com",
              relay="from mail.recruitee.com (mail.recruitee.com [185.70.40.113])")
    return message(hs, html(rich))


@mail(n(27), family="job_alert", lang="es", interview=False, company=None,
      days=(("Mon", "2026-10-19"),),
      note="Job-board alert whose listings say 'Entrevista inmediata' and 'Entrevistas el lunes 19/10': "
           "nothing is scheduled for the candidate")
def empleoandino_alert() -> bytes:
    plain = t("""
        EmpleoAndino.bo - Tu alerta: "backend developer" en La Paz

        Hola Valeria, encontramos 6 ofertas nuevas que coinciden con tu búsqueda:

        1. Desarrollador Backend Java - Entidad financiera (La Paz)
           Bs 14.000 - 17.000 | Tiempo completo | ENTREVISTA INMEDIATA
           https://www.empleoandino.bo/oferta/88213

        2. Backend Developer Node.js - Startup de pagos (Santa Cruz / remoto)
           A convenir | Entrevistas el lunes 19/10 para preseleccionados
           https://www.empleoandino.bo/oferta/88240

        3. Ingeniero(a) de Software Sr. - Cooperativa (Cochabamba)
           Bs 12.000 | Presencial
           https://www.empleoandino.bo/oferta/88251

        4. Analista Programador .NET - Seguros (La Paz)
           Bs 9.500 | Tiempo completo
           https://www.empleoandino.bo/oferta/88263

        5. Go Developer - Fintech regional (Remoto LATAM)
           USD 3.500 - 4.500 | Contrato
           https://www.empleoandino.bo/oferta/88270

        6. Líder Técnico Backend - Banco (La Paz)
           A convenir | Entrevista inmediata
           https://www.empleoandino.bo/oferta/88291

        Ver todas las ofertas: https://www.empleoandino.bo/alertas/vm-4412

        Recibes este correo porque creaste una alerta en EmpleoAndino.bo.
        Darte de baja: https://www.empleoandino.bo/baja?u=vm-4412
        """)
    hs = head("EmpleoAndino.bo <alertas@empleoandino.bo>",
              "6 ofertas nuevas para \"backend developer\" en La Paz",
              "2026-10-15 07:00", LP, "alert.20261015.vm4412@empleoandino.bo",
              relay="from smtp2.empleoandino.bo (smtp2.empleoandino.bo [190.129.40.18])",
              extra=(("List-Unsubscribe", "<https://www.empleoandino.bo/baja?u=vm-4412>"),
                     ("Precedence", "bulk")))
    return message(hs, text(plain, cte="base64"))


@mail(n(28), family="newsletter_blog", lang="es", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="Newsletter post 'Mi entrevista en un banco': the author recounts a past interview ('el "
           "martes 6 de octubre a horas 10:00'); not the reader's interview")
def bitacora_newsletter() -> bytes:
    plain = t("""
        La Bitácora Dev - Edición #87

        MI ENTREVISTA EN UN BANCO: LO QUE APRENDÍ

        El martes 6 de octubre a horas 10:00 tuve mi entrevista técnica para un banco grande de
        La Paz. Fueron tres rondas en una sola mañana: una prueba de SQL en papel (sí, en papel),
        una charla de diseño de un sistema de transferencias y una entrevista con RR. HH.

        Tres cosas que me hubiera gustado saber antes:

        1. Pregunten por el core bancario. Casi todos los bancos tienen uno legado y la mitad
           del trabajo es integrarse con él.
        2. Practiquen idempotencia y conciliación. Me preguntaron qué pasa si el mismo QR se
           paga dos veces.
        3. Lleven preguntas sobre el equipo. La entrevista también es para ustedes.

        ¿Tienen una entrevista la próxima semana? Respondan este correo con su duda y la
        contestamos en la edición #88.

        --
        La Bitácora Dev · un boletín semanal sobre desarrollo de software en Bolivia
        Darse de baja: https://labitacoradev.substack.com/unsubscribe
        """)
    hs = head(addr("La Bitácora Dev", "labitacoradev@substack.com"),
              "Mi entrevista en un banco: lo que aprendí",
              "2026-10-10 09:00", LP, "20261010130003.3.9f1d7a2e4c6b8a10@mg2.substack.com",
              relay="from mg2.substack.com (mg2.substack.com [159.112.240.12])",
              extra=(("List-Unsubscribe", "<https://labitacoradev.substack.com/unsubscribe>"),
                     ("List-Id", "<labitacoradev.substack.com>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(n(29), family="scheduling_link", lang="en", interview=False, company="Harborline Pay",
      days=(("Tue", "2026-10-20"), ("Wed", "2026-10-21"), ("Thu", "2026-10-22")),
      note="Recruiter asks the candidate to pick a slot on a Calendly link (open days listed); no time "
           "is fixed yet")
def harborline_pick_slot() -> bytes:
    plain = t("""
        Hi Valeria,

        Thanks for applying to the Backend Engineer role at Harborline Pay - your background in
        payment reconciliation is exactly what we're looking for.

        Next step is a 30-minute intro call with me. Please grab whatever slot works best for
        you here:

        https://calendly.com/jenna-harborline/30min

        I currently have openings on Tue Oct 20, Wed Oct 21 and Thu Oct 22 (times will show in
        your local time zone). If none of these work, just reply and we'll figure something out.

        Talk soon,
        Jenna Castillo
        Senior Recruiter | Harborline Pay | Miami, FL
        """)
    rich = t("""
        <div dir="ltr" style="font-family:Arial,sans-serif">
        <p>Hi Valeria,</p>
        <p>Thanks for applying to the Backend Engineer role at Harborline Pay - your background in
        payment reconciliation is exactly what we're looking for.</p>
        <p>Next step is a 30-minute intro call with me. Please grab whatever slot works best for you here:</p>
        <table cellpadding="0" cellspacing="0"><tr><td style="background:#006bff;border-radius:4px;padding:10px 18px">
        <a href="https://calendly.com/jenna-harborline/30min" style="color:#fff;text-decoration:none;font-weight:bold">Schedule time with me</a>
        </td></tr></table>
        <p>I currently have openings on Tue Oct 20, Wed Oct 21 and Thu Oct 22 (times will show in
        your local time zone). If none of these work, just reply and we'll figure something out.</p>
        <p>Talk soon,<br>Jenna Castillo<br>Senior Recruiter | Harborline Pay | Miami, FL</p>
        </div>
        """)
    hs = head("Jenna Castillo <jenna.castillo@harborlinepay.com>",
              "Harborline Pay - let's find a time to chat",
              "2026-10-16 11:37", NY, "CAOp7xW1q9ZrT4bN2kVf6mHs8yLd0Jce@mail.gmail.com",
              relay="from mail-il1-f172.google.com (mail-il1-f172.google.com [209.85.166.172])")
    return message(hs, alt(text(plain), html(rich)))


@mail(n(30), family="recruiter_outreach", lang="es", interview=False, company="Sumaj Pay",
      note="LinkedIn InMail notification: a recruiter asks if she would like to talk; no time proposed")
def sumaj_inmail() -> bytes:
    plain = t("""
        Patricia Arancibia te ha enviado un mensaje

        Patricia Arancibia
        Talent Acquisition Lead en Sumaj Pay

        Hola Valeria, ¿cómo estás? Estamos armando el equipo de backend de nuestra nueva
        plataforma de remesas en Cochabamba (también aceptamos remoto desde La Paz). Tu
        experiencia con conciliación y ledger me pareció muy interesante. ¿Te gustaría que
        conversemos unos minutos la próxima semana? Cuéntame qué días te acomodan.

        Responder: https://www.linkedin.com/messaging/thread/2-ZmE4NjQ1/

        Este correo se envió a Valeria Mamani (Backend Developer | Fintech | Go, Java)
        Recibes correos de notificación de InMail. Cancelar suscripción:
        https://www.linkedin.com/comm/psettings/email-unsubscribe
        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        """)
    rich = "<html><body>" + gmail_html(plain) + "</body></html>\n"
    hs = head("Patricia Arancibia via LinkedIn <inmail-hit-reply@linkedin.com>",
              "Patricia te ha enviado un mensaje nuevo",
              "2026-09-16 10:21", LP, "1884209713.2351009.1789568460112@ltx1-app8141.prod.linkedin.com",
              relay="from mailb-dh.linkedin.com (mailb-dh.linkedin.com [108.174.3.199])",
              extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe>"),
                     ("X-LinkedIn-Class", "INMAIL"),
                     ("X-LinkedIn-Template", "inmail_hit_reply")))
    return message(hs, alt(text(plain, cte="quoted-printable"), html(rich)))


@mail(n(31), family="proposed_not_confirmed", lang="es", interview=False, company="Kallpa Pagos",
      days=(("Tue", "2026-11-03"), ("Thu", "2026-11-05")),
      note="Recruiter proposes two slots ('¿te vendría bien el martes 3 a las 10:00 o el jueves 5 a las "
           "11:00?'): not confirmed; the Google Calendar invitation of key 7 confirms the Thursday")
def kallpa_proposal() -> bytes:
    body = t("""
        Hola Valeria!

        Revisamos tu prueba técnica de conciliación con el equipo y nos gustó harto, sobre todo
        cómo manejaste los pagos duplicados. Queremos pasar a la entrevista técnica.

        ¿Te vendría bien el martes 3 a las 10:00 o el jueves 5 a las 11:00 (de noviembre, hora
        Bolivia)? Sería virtual, una hora más o menos. Dime cuál te acomoda y te mando la
        invitación.

        Saludos desde Cocha,
        Diego

        --
        Diego Rojas
        CTO · Kallpa Pagos
        Cochabamba, Bolivia
        """)
    hs = head("Diego Rojas <diego.rojas@kallpapagos.bo>",
              "Siguiente paso - Kallpa Pagos",
              "2026-10-28 18:05", LP, "CAM9rVh3yTq1Wx7bZ0cN5pKd2sLf8Ea4@mail.gmail.com",
              relay="from mail-oi1-f170.google.com (mail-oi1-f170.google.com [209.85.167.170])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(32), family="job_centre", lang="es", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Municipal employment service appointment ('entrevista de orientación laboral', martes 20 de "
           "octubre a horas 09:00): a fixed time, but not a job interview")
def bolsa_municipal() -> bytes:
    rich = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <table width="620" border="0" cellpadding="10">
        <tr><td style="background:#7a0019;color:#fff;font-size:16px"><b>Servicio Municipal de Empleo - La Paz</b></td></tr>
        <tr><td>
        <p>Sra. VALERIA MAMANI</p>
        <p>CI: 6*****4 LP</p>
        <p>Su cita para la <b>entrevista de orientación laboral</b> ha sido registrada:</p>
        <p>Fecha: <b>martes 20 de octubre de 2026</b><br>
        Hora: <b>a horas 09:00</b><br>
        Lugar: Plataforma de Atención al Buscador de Empleo, Edificio Tobía, calle Potosí esq. Colón, piso 2, ventanilla 4</p>
        <p>Requisitos: cédula de identidad original, hoja de vida actualizada impresa y certificado de trabajo del último empleo (si corresponde).</p>
        <p>En la entrevista un orientador revisará su perfil para incluirlo en la bolsa de empleo y en los talleres de búsqueda de trabajo.</p>
        <p>Si no puede asistir, cancele su cita en <a href="https://empleo.lapaz.example.gob.bo/citas">empleo.lapaz.example.gob.bo/citas</a>.</p>
        <p>Número de trámite: SME-2026-018842</p>
        </td></tr>
        <tr><td style="font-size:10px;color:#666">Mensaje generado automáticamente. No responda a este correo.</td></tr>
        </table></body></html>
        """)
    hs = head("Servicio Municipal de Empleo <no-responder@empleo.lapaz.example.gob.bo>",
              "Confirmación de cita - Entrevista de orientación laboral",
              "2026-10-13 12:02", LP, "20261013160207.18842@empleo.lapaz.example.gob.bo",
              relay="from correo.empleo.lapaz.example.gob.bo (correo.empleo.lapaz.example.gob.bo [200.87.180.7])",
              charset="iso-8859-1")
    return message(hs, html(rich, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(33), family="admission_interview", lang="es", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="MBA admission interview ('entrevista de admisión', jueves 12/11 a las 18:30, Zoom, with ICS): "
           "a confirmed time, but a school admission, not a job interview")
def ena_mba_admission() -> bytes:
    plain = t("""
        Estimada postulante Valeria Mamani:

        La Dirección de Admisiones de la Escuela de Negocios Altiplano le confirma su
        entrevista de admisión al programa MBA Ejecutivo - Gestión 2027:

          Día: jueves 12/11
          Hora: 18:30 (hora de Bolivia)
          Modalidad: virtual (Zoom), enlace en la invitación adjunta
          Entrevistador: Dr. Hugo Patiño, Coordinador Académico

        La entrevista forma parte del proceso de admisión junto con la prueba GMAT/EAP y la
        revisión de su ensayo. Le rogamos conectarse cinco minutos antes.

        Atentamente,
        Dirección de Admisiones
        Escuela de Negocios Altiplano - La Paz
        """)
    ics = VTZ_LA_PAZ.join(["""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""", """
BEGIN:VEVENT
DTSTART;TZID=America/La_Paz:20261112T183000
DTEND;TZID=America/La_Paz:20261112T190000
DTSTAMP:20261105T220140Z
ORGANIZER;CN=Admisiones ENA:mailto:admisiones@ena.edu.bo
UID:5u1kq8c0m2v7n4b9x3z6w1y0aa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valeria.mamani@example.org:mailto:valeria.mamani@example.org
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista de admisión MBA Ejecutivo - Valeria Mamani
LOCATION:https://ena-edu-bo.zoom.us/j/91873306541
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""])
    hs = head("Admisiones ENA <admisiones@ena.edu.bo>",
              "Confirmación: entrevista de admisión MBA Ejecutivo",
              "2026-11-05 18:01", LP, "CAN2gQ7p1Lx9Vt0cM4bR6kYz8Hs3Wd5e@mail.gmail.com",
              relay="from mail-ua1-f44.google.com (mail-ua1-f44.google.com [209.85.222.44])")
    return message(hs, mixed(text(plain), calendar(ics, charset="UTF-8", cte="8bit", filename="invite.ics",
                                                   disposition="attachment")))


@mail(n(34), family="sports_tryout", lang="es", interview=False, company=None,
      days=(("Sat", "2026-10-17"),),
      note="Volleyball club try-out ('prueba de nivel', sábado 17/10 a horas 9:00): confirmed time, not a "
           "job interview")
def chasquis_tryout() -> bytes:
    body = t("""
        Hola chicas!!

        Les confirmamos la prueba de nivel para el equipo femenino de primera del Club Chasquis
        para la temporada 2027:

        Sábado 17/10 a horas 9:00 en punto, coliseo de Obrajes (calle 3).

        Traer ropa deportiva, rodilleras y agua. La prueba dura toda la mañana. Después de la
        prueba el entrenador va a hacer una pequeña entrevista a cada una sobre disponibilidad
        de horarios para los entrenamientos (lunes, miércoles y viernes 19:30).

        Las que no puedan venir avisen a este correo o al grupo.

        ¡Vamos Chasquis!
        Comisión de Vóley - Club Deportivo Chasquis
        """)
    hs = head(addr("Vóley Chasquis", "voley.chasquis@gmail.com"),
              "Prueba de nivel equipo femenino - sábado 17/10",
              "2026-10-12 20:47", LP, "CAKs8Rw2Yv0pQn3xT5mB1cL9zHf4Jg7d@mail.gmail.com",
              relay="from mail-vs1-f51.google.com (mail-vs1-f51.google.com [209.85.217.51])",
              to="undisclosed-recipients:;")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(35), family="car_service", lang="es", interview=False, company=None,
      days=(("Mon", "2026-11-09"),),
      note="Car dealer service appointment with ICS (lunes 09/11/2026 08:00): a fixed time, not an "
           "interview")
def automotora_service() -> bytes:
    rich = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px;color:#222">
        <table width="600" cellpadding="12" style="border:1px solid #ccc">
        <tr><td style="background:#c00000;color:#fff;font-size:17px">Automotora Andina - Taller Calacoto</td></tr>
        <tr><td>
        <p>Estimada Valeria Mamani,</p>
        <p>Su cita de servicio ha sido confirmada.</p>
        <p><b>Fecha y hora:</b> lunes 09/11/2026 08:00<br>
        <b>Vehículo:</b> Suzuki Swift 2021 - placa 4821-KLP<br>
        <b>Servicio:</b> Mantenimiento de 40.000 km + revisión de frenos<br>
        <b>Asesor de servicio:</b> Freddy Mendoza<br>
        <b>Tiempo estimado:</b> 4 horas</p>
        <p>Le recordamos traer el carnet de mantenimiento. Puede esperar en nuestra sala con wifi o solicitar el
        servicio de traslado dentro de la zona Sur.</p>
        <p>Para reprogramar llame al 2-2771515.</p>
        </td></tr></table></body></html>
        """)
    ics = VTZ_LA_PAZ.join(["""BEGIN:VCALENDAR
PRODID:-//Automotora Andina//Citas Taller//ES
VERSION:2.0
METHOD:PUBLISH
""", """
BEGIN:VEVENT
UID:cita-taller-118204@automotoraandina.com.bo
DTSTAMP:20261104T153000Z
DTSTART;TZID=America/La_Paz:20261109T080000
DTEND;TZID=America/La_Paz:20261109T120000
SUMMARY:Servicio 40.000 km - Suzuki Swift 4821-KLP
LOCATION:Automotora Andina - Taller Calacoto\\, Av. Ballivián 1020
END:VEVENT
END:VCALENDAR
"""])
    hs = head("Automotora Andina <citas@automotoraandina.com.bo>",
              "Cita de servicio confirmada - lunes 09/11/2026",
              "2026-11-04 11:30", LP, "cita-118204.20261104153000@automotoraandina.com.bo",
              relay="from smtp.automotoraandina.com.bo (smtp.automotoraandina.com.bo [190.181.9.52])")
    return message(hs, mixed(html(rich), calendar(ics, method="PUBLISH", cte="quoted-printable", filename="cita.ics",
                                                  disposition="attachment")))


@mail(n(36), family="tax_office", lang="es", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Tax-office appointment (jueves 26/11/2026 a horas 14:30, NIT verification): a fixed time, "
           "not an interview")
def impuestos_cita() -> bytes:
    body = t("""
        SERVICIO DE IMPUESTOS - GERENCIA DISTRITAL LA PAZ I
        Sistema de Citas en Línea

        Contribuyente: MAMANI VALERIA
        NIT: 6*******17

        Se ha reservado la siguiente cita:

        Trámite:   Verificación de domicilio / actualización de padrón (NIT)
        Fecha:     jueves 26/11/2026
        Hora:      a horas 14:30
        Oficina:   Gerencia Distrital La Paz I - Av. Montes N° 515, planta baja, módulo 7

        Requisitos: cédula de identidad vigente, factura de luz o agua del domicilio, croquis.

        Tolerancia: 10 minutos. Pasado ese tiempo la cita se anulará automáticamente.

        Este es un mensaje automático, por favor no responda.
        """)
    hs = head("Citas Impuestos <citas@impuestos.example.gob.bo>",
              "Reserva de cita N° LP1-2026-55310",
              "2026-11-20 10:14", LP, "LP1-2026-55310.1795701240@impuestos.example.gob.bo",
              relay="from correo.impuestos.example.gob.bo (correo.impuestos.example.gob.bo [200.105.133.8])",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(37), family="podcast_interview", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="A tech podcast confirms recording an interview with Valeria (jueves 8/10 a las 19:00): she is "
           "the guest, not a job candidate")
def codigo_andino_podcast() -> bytes:
    body = t("""
        Hola Valeria!

        Súper que aceptaste. Te confirmo la grabación del episodio para Código Andino:

        - Jueves 8/10 a las 19:00 (hora Bolivia), dura alrededor de una hora
        - Grabamos por Riverside, te llega el link el mismo día
        - Tema: "Cómo se construye un sistema de pagos QR en Bolivia"

        La entrevista es bien conversada, no hay preguntas trampa jaja. Te mando antes una
        lista de temas para que veas si hay algo que prefieras no tocar (por temas de tu
        empresa actual, entiendo perfecto).

        Gracias de nuevo!
        Sergio Huanca
        Código Andino - el podcast de tecnología hecho en Bolivia
        """)
    hs = head("Sergio Huanca <sergio@codigoandino.fm>",
              "Grabación Código Andino - jueves 8/10",
              "2026-10-02 22:36", LP, "CAL6dWq0Zm4Rx8Tn1vB5cYk3Ps9Hf2Je@mail.gmail.com",
              relay="from mail-pf1-f181.google.com (mail-pf1-f181.google.com [209.85.210.181])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(38), family="mock_interview", lang="es", interview=False, company=None,
      days=(("Sat", "2026-11-07"),),
      note="Career coach confirms a paid mock technical interview ('simulacro de entrevista', sábado "
           "7/11 a las 10:00): not a job interview")
def coach_simulacro() -> bytes:
    plain = t("""
        Hola Valeria:

        ¡Recibí tu pago por QR, gracias! Queda confirmada tu sesión de simulacro de entrevista
        técnica en inglés:

        Sábado 7/11 a las 10:00, por Google Meet (90 minutos).

        Vamos a simular una entrevista de system design como la que hacen las empresas de
        Miami (te pedí que repases el diseño de un ledger de doble entrada) y al final hacemos
        30 minutos de feedback sobre cómo te comunicas en inglés.

        Si ese día tienes una entrevista real, avísame y movemos la sesión sin costo.

        Un abrazo,
        Mariela Ortuño
        Coach de carrera para perfiles tech
        """)
    hs = head(addr("Mariela Ortuño", "mariela@ortunocoaching.com"),
              "Confirmado: simulacro de entrevista - sábado 7/11",
              "2026-11-01 19:12", LP, "5F2B1A0C-9E4D-4F7A-B3C8-2D1E0F9A8B7C@ortunocoaching.com",
              relay="from mail-wr1-f43.google.com (mail-wr1-f43.google.com [209.85.221.43])")
    return message(hs, text(plain, cte="base64"))


@mail(n(39), family="forwarded_other_person", lang="es", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Valeria's sister forwards her own Greenhouse interview confirmation (message/rfc822, Thu 26 "
           "Nov 10:00 La Paz) asking for help to prepare: a confirmed interview, but not Valeria's")
def camila_forward() -> bytes:
    inner_plain = t("""
        Hi Camila,

        Thanks for applying! Your interview for Customer Success Analyst (Spanish-speaking) at
        Lumen Seguros Digitales is confirmed:

        Date: Thursday, November 26, 2026
        Time: 10:00 AM - 10:30 AM (America/La_Paz)
        Location: Google Meet - https://meet.google.com/ujc-qprt-hza

        If you need to reschedule, reply to this email.

        Best,
        Rebeca Salinas
        Lumen Seguros Digitales
        """)
    inner = message([
        ("From", "Rebeca Salinas <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", "Rebeca Salinas <rebeca.salinas@lumenseguros.com>"),
        ("To", "Camila Mamani <camila.mamani@example.net>"),
        ("Subject", "Interview Confirmation: Customer Success Analyst at Lumen Seguros Digitales"),
        ("Date", date("2026-11-19 14:05", LP)),
        ("Message-ID", "<0100019b02c4d8e1-lumen-camila-000000@email.amazonses.com>"),
    ], text(inner_plain))
    note = t("""
        Valeee mira!!! me llamaron de la aseguradora, la entrevista es en inglés 😱
        ¿me ayudas a preparar el fin de semana? te invito salteñas jaja

        Cami
        """)
    hs = head("Camila Mamani <camila.mamani@example.net>",
              "Fwd: Interview Confirmation: Customer Success Analyst at Lumen Seguros Digitales",
              "2026-11-19 20:31", LP, "CAGt4Nb8Qx2Vp6Rm0wZ1cLs9Yk3Hd7Jf@mail.gmail.com",
              relay="from mail-lj1-f182.google.com (mail-lj1-f182.google.com [209.85.208.182])")
    return message(hs, mixed(alt(text(note), html(gmail_html(note))),
                             attached_message(inner, "Interview Confirmation.eml")))


@mail(n(40), family="interviewer_invite", lang="es", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="Exchange meeting request from Valeria's current employer asking her to interview a candidate "
           "(miércoles 21/10 15:00-16:00): she is the interviewer, not the candidate")
def chaska_interviewer() -> bytes:
    plain = t("""
        Cuándo: miércoles, 21 de octubre de 2026 15:00-16:00 (UTC-04:00) Georgetown, La Paz, Manaus, San Juan.
        Dónde: Sala Illampu (piso 4)

        *~*~*~*~*~*~*~*~*~*

        Hola Vale,

        Te agendo como entrevistadora técnica para el candidato Jorge Limachi (Backend Jr.). Te
        adjunto su CV y la prueba que resolvió. Por favor deja tu evaluación en el formulario
        de siempre hasta el viernes.

        Gracias!
        Verónica Apaza
        Gestión de Personas | Ch'aska Fintech
        """)
    ics = VTZ_SA_WESTERN.join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Verónica Apaza:mailto:veronica.apaza@chaska.com.bo
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valeria Mamani:mailto:valeria.mamani@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jorge Limachi:mailto:jorge.limachi@example.com
UID:040000008200E00074C5B7101A82E00800000000B1A4E9027760DD01000000000000000010000000D4F2E1C0
SUMMARY;LANGUAGE=es-ES:Entrevista técnica - Candidato: Jorge Limachi (Backend Jr.)
DTSTART;TZID=SA Western Standard Time:20261021T150000
DTEND;TZID=SA Western Standard Time:20261021T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261016T134401Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala Illampu (piso 4)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""])
    hs = head(addr("Verónica Apaza", "veronica.apaza@chaska.com.bo"),
              "Entrevista técnica - Candidato: Jorge Limachi (Backend Jr.)",
              "2026-10-16 09:44", LP, "CP4PR10MB5610B2C3D4E5F6A7B8C9@CP4PR10MB5610.namprd10.prod.outlook.com",
              relay="from NAM10-MW2-obe.outbound.protection.outlook.com (mail-mw2nam10on2101.outbound.protection.outlook.com [40.107.94.101])",
              extra=(("Content-class", "urn:content-classes:calendarmessage"),))
    return message(hs, alt(text(plain), calendar(ics, cte="base64")))


@mail(n(41), family="auto_reply", lang="en", interview=False, company="Ridgeline Payments",
      days=(("Mon", "2026-11-09"),),
      note="Out-of-office auto-reply from the Ridgeline recruiter of key 4 to Valeria's thank-you note; "
           "quotes the interview subject but confirms nothing")
def ridgeline_ooo() -> bytes:
    body = t("""
        Hi there,

        Thanks for your email. I'm out of the office from Wednesday, November 4 through Friday,
        November 6, with limited access to email, and will respond when I'm back on Monday,
        November 9.

        If your message is about an interview happening this week, please contact our
        recruiting team at recruiting@ridgelinepay.com and someone will help you.

        Best,
        Megan Holloway
        Ridgeline Payments
        """)
    hs = head("Megan Holloway <megan.holloway@ridgelinepay.com>",
              "Automatic reply: Thank you - Backend Engineer II interview",
              "2026-11-04 09:12", "America/New_York", "BY5PR13MB3821D4E5F6A7B8C9D0E1@BY5PR13MB3821.namprd13.prod.outlook.com",
              relay="from NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2115.outbound.protection.outlook.com [40.107.243.115])",
              extra=(("Auto-Submitted", "auto-replied"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "megan.holloway@ridgelinepay.com"),
                     ("In-Reply-To", "<CAJvM3x9Ld2pQ7kTz1Wb5nR0mY4c@mail.gmail.com>")))
    return message(hs, text(body, cte="7bit"))


@mail(n(42), family="bounce", lang="en", interview=False, company=None,
      days=(("Mon", "2026-10-19"),),
      note="Delivery failure (multipart/report) of Valeria's own reply confirming the Teamtailor slot of "
           "key 10 (lunes 19/10 a horas 16:00) to a mistyped address: a bounce, not a confirmation from "
           "the employer")
def bounce_puntocruz() -> bytes:
    notice = t("""
        ** Address not found **

        Your message wasn't delivered to natalia.justiniano@puntocruz.com because the domain
        puntocruz.com couldn't be found. Check for typos or unnecessary spaces and try again.

        The response from the remote server was:
        DNS Error: DNS type 'mx' lookup of puntocruz.com responded with code NXDOMAIN
        Domain name not found: puntocruz.com
        """)
    status = t("""
        Reporting-MTA: dns; googlemail.com
        Arrival-Date: Wed, 14 Oct 2026 09:04:51 -0700 (PDT)
        X-Original-Message-ID: <CAJvM3x4Nd8rT1qWz6Vb0mK2pY5c@mail.gmail.com>

        Final-Recipient: rfc822; natalia.justiniano@puntocruz.com
        Action: failed
        Status: 5.1.2
        Diagnostic-Code: smtp; DNS type 'mx' lookup of puntocruz.com responded with code NXDOMAIN
        Last-Attempt-Date: Wed, 14 Oct 2026 09:04:52 -0700 (PDT)
        """)
    original = message([
        ("From", "Valeria Mamani <valeria.mamani@example.org>"),
        ("To", "natalia.justiniano@puntocruz.com"),
        ("Subject", "Re: Cambio en tu entrevista con Puntocruz Pagos"),
        ("Date", date("2026-10-14 12:04", LP)),
        ("Message-ID", "<CAJvM3x4Nd8rT1qWz6Vb0mK2pY5c@mail.gmail.com>"),
    ], text(t("""
        Hola Natalia,

        No hay problema, confirmo mi asistencia para el lunes 19/10 a horas 16:00.

        Saludos,
        Valeria
        """)))
    report = multipart("report", text(notice, cte="7bit"),
                       raw_part([("Content-Type", "message/delivery-status")], status),
                       attached_message(original), params="report-type=delivery-status")
    hs = head("Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
              "Delivery Status Notification (Failure)",
              "2026-10-14 12:04", LP, "6520a3f4.050a0220.3b1f.9c21.GMR@mx.google.com",
              relay="by mail-sor-f41.google.com with SMTP",
              lag=2,
              extra=(("Auto-Submitted", "auto-replied"),
                     ("In-Reply-To", "<CAJvM3x4Nd8rT1qWz6Vb0mK2pY5c@mail.gmail.com>")))
    return message(hs, report)


@mail(n(43), family="mailing_list", lang="es", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Google Groups list mail announcing a meetup talk on technical interviews (jueves 19/11 a las "
           "19:00): a fixed-time event, not an interview")
def golang_bo_list() -> bytes:
    body = t("""
        Hola gophers!

        El meetup de noviembre va con todo:

        "Entrevistas técnicas en fintech: lo que buscamos del otro lado de la mesa"
        Expositora: Lorena Mercado (Engineering Manager)

        Jueves 19/11 a las 19:00, Impact Hub La Paz (calle 15 de Calacoto).
        Después hacemos una ronda de entrevistas de práctica en parejas para quien quiera
        animarse, traigan laptop.

        Cupos limitados, inscripción en https://meetup.example.com/golang-bolivia/events/31877

        Nos vemos!
        Rodrigo
        """)
    body += t("""

        --
        Recibiste este mensaje porque estás suscrito al grupo "Golang Bolivia" de Grupos de Google.
        Para anular la suscripción a este grupo y dejar de recibir sus mensajes, envía un correo
        electrónico a golang-bo+unsubscribe@googlegroups.com.
        Para ver esta conversación en la Web, visita https://groups.google.com/d/msgid/golang-bo/CAPr3x9.
        """)
    hs = head("Rodrigo Tapia <rodrigo.tapia.dev@gmail.com>",
              "[golang-bo] Meetup noviembre: entrevistas técnicas en fintech",
              "2026-11-09 21:18", LP, "CAPr3x9Fv1Lq8Zt2Wm6bN0cYk5Hs4Jd7@mail.gmail.com",
              relay="from mail-qt1-f190.google.com (mail-qt1-f190.google.com [209.85.160.190])",
              to="golang-bo@googlegroups.com",
              extra=(("Sender", "golang-bo@googlegroups.com"),
                     ("Reply-To", "golang-bo@googlegroups.com"),
                     ("Mailing-list", "list golang-bo@googlegroups.com; contact golang-bo+owners@googlegroups.com"),
                     ("List-ID", "<golang-bo.googlegroups.com>"),
                     ("List-Post", "<https://groups.google.com/group/golang-bo/post>, <mailto:golang-bo@googlegroups.com>"),
                     ("List-Unsubscribe", "<mailto:googlegroups-manage+4410297+unsubscribe@googlegroups.com>,\r\n"
                                          " <https://groups.google.com/group/golang-bo/subscribe>"),
                     ("Precedence", "list")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(44), family="medical_appointment", lang="es", interview=False, company=None,
      days=(("Tue", "2026-12-01"),),
      note="Clinic appointment reminder (martes 01/12/2026, 17:20): a fixed time, not an interview")
def clinica_cita() -> bytes:
    rich = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Tahoma,Arial,sans-serif;font-size:13px">
        <div style="border-left:6px solid #00857c;padding:12px 18px;max-width:560px">
        <h3 style="color:#00857c;margin:0 0 8px">Clínica Los Andes - Sopocachi</h3>
        <p>Sra. Valeria Mamani, le recordamos su cita:</p>
        <p><b>Especialidad:</b> Dermatología<br>
        <b>Profesional:</b> Dra. Ximena Loayza<br>
        <b>Fecha:</b> martes 01/12/2026<br>
        <b>Hora:</b> 17:20<br>
        <b>Consultorio:</b> 312, bloque B</p>
        <p>Presentarse 15 minutos antes en admisión con su carnet y orden del seguro.</p>
        <p>Confirme su asistencia respondiendo <b>SI</b> a este correo o por WhatsApp al 77700110.</p>
        </div></body></html>
        """)
    hs = head(addr("Clínica Los Andes", "citas@clinicalosandes.com.bo"),
              "Recordatorio de cita - Dermatología - 01/12/2026",
              "2026-11-28 08:00", LP, "recordatorio-77213.20261128@clinicalosandes.com.bo",
              relay="from smtp.clinicalosandes.com.bo (smtp.clinicalosandes.com.bo [190.104.26.91])")
    return message(hs, html(rich, cte="base64"))


@mail(n(45), family="tenant_screening", lang="es", interview=False, company=None,
      days=(("Fri", "2026-11-20"),),
      note="Real-estate agent confirms the landlord's screening videocall for a flat in Santa Cruz "
           "('entrevista con la propietaria', viernes 20/11 a las 18:00): not a job interview")
def equipetrol_flat() -> bytes:
    body = t("""
        Buenas tardes Valeria,

        Le confirmo que la propietaria del departamento de Equipetrol (calle 7 Oeste, 2
        dormitorios, Bs 4.200) aceptó hacer la entrevista con usted por videollamada el viernes
        20/11 a las 18:00, antes de la visita presencial. Ella prefiere conocer a los
        interesados antes de mostrar el depto.

        Le va a preguntar por su trabajo, cuántas personas vivirían y si tiene mascotas. Tenga
        a mano una constancia de ingresos o contrato de trabajo.

        Le paso el enlace de Meet un rato antes.

        Saludos,
        Cintia Rivero
        Asesora Inmobiliaria - Inmobiliaria Guapurú
        Santa Cruz de la Sierra
        """)
    hs = head("Cintia Rivero <cintia.rivero@guapuru.com.bo>",
              "Depto Equipetrol - entrevista con la propietaria",
              "2026-11-17 16:25", LP, "CAEq7Zt1Vm3Wx9Rb5nP0cLk2Ys8Hd4Jg@mail.gmail.com",
              relay="from mail-pl1-f176.google.com (mail-pl1-f176.google.com [209.85.214.176])")
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(46), family="parent_teacher", lang="es", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="School meeting with the class teacher (jueves 3/12 a horas 11:15, report cards): a fixed "
           "time, not a job interview")
def colegio_reunion() -> bytes:
    body = t("""
        Señores padres de familia de 3ro de primaria "B":

        Se les convoca a la entrevista individual con la profesora guía para la entrega de
        libretas del tercer trimestre. A la familia de Mateo Céspedes Mamani le corresponde:

            jueves 3/12 a horas 11:15

        Lugar: aula de 3ro B, Unidad Educativa Nuevo Amanecer (Irpavi).

        La asistencia es obligatoria. En caso de no poder asistir, comunicarse con secretaría.

        Atentamente,
        Prof. Lidia Cruz
        Profesora guía 3ro B
        """)
    hs = head(addr("U.E. Nuevo Amanecer - Secretaría", "secretaria@uenuevoamanecer.edu.bo"),
              "Entrevista con profesora guía - entrega de libretas 3ro B",
              "2026-11-26 15:10", LP, "20261126191022.GA5521@uenuevoamanecer.edu.bo",
              relay="from mail.uenuevoamanecer.edu.bo (mail.uenuevoamanecer.edu.bo [200.58.77.140])",
              to="Padres 3ro B <padres3b@uenuevoamanecer.edu.bo>")
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(47), family="team_event", lang="es", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Google Calendar invitation from the current employer for the year-end lunch and quarterly "
           "retro (vie 11 dic 2026 12:30 - 15:00): internal event, not an interview")
def chaska_year_end() -> bytes:
    plain = t("""
        Has recibido una invitación a este evento.

        Almuerzo de fin de año + retro Q4 - Equipo Backend
        viernes, 11 de diciembre de 2026 · 12:30 – 15:00
        Zona horaria: Hora de Bolivia - La Paz

        Dónde: Churrasquería El Gaucho, Av. Arce

        Equipo, cerramos el año con almuerzo (invita la empresa) y después hacemos la retro
        del trimestre ahí mismo. Confirmen por favor para la reserva.

        Organizador
        Rolando Ticona
        rolando.ticona@chaska.com.bo

        Invitación de Google Calendar: https://calendar.google.com/calendar/
        """)
    ics = VTZ_LA_PAZ.join(["""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""", """
BEGIN:VEVENT
DTSTART;TZID=America/La_Paz:20261211T123000
DTEND;TZID=America/La_Paz:20261211T150000
DTSTAMP:20261202T140522Z
ORGANIZER;CN=Rolando Ticona:mailto:rolando.ticona@chaska.com.bo
UID:7b2n9m4k1q8v3c6x0z5w2y1t9q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valeria.mamani@example.org;X-NUM-GUESTS=0:mailto:valeria.mamani@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=backend@chaska.com.bo;X-NUM-GUESTS=0:mailto:backend@chaska.com.bo
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Almuerzo de fin de año + retro Q4 - Equipo Backend
LOCATION:Churrasquería El Gaucho\\, Av. Arce
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""])
    hs = head("Rolando Ticona <rolando.ticona@chaska.com.bo>",
              "Invitación: Almuerzo de fin de año + retro Q4 - Equipo Backend @ vie 11 dic 2026 "
              "12:30 - 15:00 (GMT-4) (valeria.mamani@example.org)",
              "2026-12-02 10:05", LP, "calendar-1c5e8a0b-3f2d-4a9e-b7c6-chaska@google.com",
              relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, alt(text(plain, charset="UTF-8"), calendar(ics, charset="UTF-8", cte="base64")))


@mail(n(48), family="bank_advisor", lang="es", interview=False, company=None,
      days=(("Wed", "2026-09-16"),),
      note="Bank advisor appointment about a term deposit (miércoles 16/09 a las 11:00): a fixed time, "
           "not an interview")
def banco_asesor() -> bytes:
    plain = t("""
        Estimada clienta Valeria Mamani:

        Le confirmamos su cita con su Asesora de Inversiones, Lic. Karina Ayala, para revisar
        las opciones de Depósito a Plazo Fijo (DPF) y el fondo de inversión en bolivianos.

        Fecha: miércoles 16/09
        Hora: 11:00
        Agencia: Sopocachi - Av. 6 de Agosto N° 2511

        Recuerde portar su cédula de identidad. Si prefiere una videollamada, responda a este
        correo y le enviaremos el enlace.

        BancoMontaña - Banca Personal
        Este es un correo informativo. BancoMontaña nunca le pedirá claves por correo.
        """)
    hs = head(addr("BancoMontaña Banca Personal", "bancapersonal@bancomontana.com.bo"),
              "Confirmación de cita con su Asesora de Inversiones",
              "2026-09-11 12:40", LP, "cita.asesor.20260911164012.556@bancomontana.com.bo",
              relay="from mta2.bancomontana.com.bo (mta2.bancomontana.com.bo [200.87.99.14])")
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(n(49), family="webinar", lang="es", interview=False, company=None,
      days=(("Tue", "2026-11-24"),),
      note="Zoom webinar registration ('Cómo superar la entrevista técnica en empresas de EE. UU.', "
           "martes 24 de noviembre de 2026 07:00 p. m. La Paz): a fixed-time webinar about interviews")
def fintech_webinar() -> bytes:
    rich = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Lato,Helvetica,Arial,sans-serif;font-size:14px;color:#232333">
        <div style="max-width:600px;margin:auto">
        <p>Hola Valeria Mamani:</p>
        <p>Gracias por registrarse en "Cómo superar la entrevista técnica en empresas de EE. UU.".</p>
        <p>Puede enviar sus preguntas a: <a href="mailto:eventos@fintechbolivia.org">eventos@fintechbolivia.org</a></p>
        <p><b>Fecha y hora:</b> 24 nov. 2026 07:00 p. m. La Paz</p>
        <p><b>Unirse desde un PC, Mac, iPad o Android:</b><br>
        <a href="https://us02web.zoom.us/w/84410932217?tk=fintechbo">Haga clic aquí para unirse</a><br>
        Nota: Este enlace no se debe compartir con otras personas; es exclusivo para usted.</p>
        <p><b>Código de acceso:</b> 552019</p>
        <p>Panelistas: Andrea Salvatierra (Senior Engineer, remoto para Miami), Marcelo Irahola (Tech Recruiter)</p>
        <p><a href="https://us02web.zoom.us/webinar/register/ics/WN_fintechbo">Agregar a Google Calendar / Outlook (.ics)</a></p>
        <p>Puede cancelar su registro en cualquier momento.</p>
        <p style="font-size:11px;color:#747487">Copyright ©2026 Zoom Video Communications, Inc. Todos los derechos reservados.</p>
        </div></body></html>
        """)
    hs = head(addr("Asociación Fintech Bolivia", "no-reply@zoom.us"),
              "Confirmación de Cómo superar la entrevista técnica en empresas de EE. UU.",
              "2026-11-18 13:22", LP, "Zoom.Webinar.Reg.8f2a1c9e0b7d4e63@zoom.us",
              relay="from mail130-22.zoom.us (mail130-22.zoom.us [170.114.130.22])",
              extra=(("Reply-To", "eventos@fintechbolivia.org"),))
    return message(hs, html(rich, cte="quoted-printable"))


@mail(n(50), family="keep_in_touch", lang="en", interview=False, company="Tidewater Pay",
      note="After the GoodTime onsite of key 16 the role is paused; the recruiter will reconnect in Q1 "
           "('mid-January'): no interview time")
def tidewater_q1() -> bytes:
    body = t("""
        Hi Valeria,

        I wanted to give you an honest update. The team really enjoyed the onsite on the 17th -
        Rachel in particular loved your ledger design - but leadership has frozen new backend
        headcount until the 2027 plan is approved.

        I don't want to lose touch. Would it be okay if I reached back out in Q1, probably
        mid-January, to pick things up where we left off? If you land something before then,
        no hard feelings at all - just let me know.

        Happy holidays,
        Alyssa

        Alyssa Kim
        Recruiting Coordinator, Tidewater Pay
        """)
    hs = head("Alyssa Kim <alyssa.kim@tidewaterpay.com>",
              "Update on the Backend role + staying in touch",
              "2026-12-04 15:47", NY, "CAFq2Wn7Tz0Vx4Rb9mL1cYk6Ps3Hd8Jh@mail.gmail.com",
              relay="from mail-ej1-f44.google.com (mail-ej1-f44.google.com [209.85.218.44])")
    return message(hs, alt(text(body), html(gmail_html(body))))
