"""blind134: 50 hand-written mails from the inbox of Daniela Mora, a medical-device quality engineer
in San José, Costa Rica (America/Costa_Rica, UTC-6, no DST), September to December 2026.

Written blind (without reading the detector, its tests, or the other held-out mails) by a helper
session. Build and check with ``python3 bench/heldout/make_blind.py blind134``.
Keys 1-23 are the positives, 24-50 the negatives; file numbers are a fixed shuffle of the keys.
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

SET = "blind134"
ORDER = random.Random(1340134).sample(range(1, 51), 50)
CR = "America/Costa_Rica"
NY = "America/New_York"
CHI = "America/Chicago"
PTY = "America/Panama"
MEX = "America/Mexico_City"
ME_ADDR = "daniela.mora@example.org"
ME = addr("Daniela Mora", ME_ADDR)


def n(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = ME,
         relay: str = "mail.example.net (mail.example.net [203.0.113.10])", extra=(),
         charset: str = "utf-8") -> list[tuple[str, str]]:
    """The usual top of a delivered message: Received, From, To, Subject, Date, Message-ID."""
    return [
        ("Delivered-To", ME_ADDR),
        ("Received", received(f"from {relay}", when, zone, "mx1.example.org with ESMTPS id 4Kx9" + mid[:6],
                              ME_ADDR)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", f"<{mid}>"),
        *extra,
    ]


VTZ_CR = """BEGIN:VTIMEZONE
TZID:America/Costa_Rica
X-LIC-LOCATION:America/Costa_Rica
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

VTZ_PTY = """BEGIN:VTIMEZONE
TZID:America/Panama
X-LIC-LOCATION:America/Panama
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

VTZ_MEX_WIN = """BEGIN:VTIMEZONE
TZID:Central Standard Time (Mexico)
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
END:STANDARD
END:VTIMEZONE"""


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-11-03T15:00:00Z", end="2026-11-03T16:00:00Z", contact="megan.torres@corallismedical.com",
      company="Corallis Medical", local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone=NY,
      note="Greenhouse confirmation sent Tue 27 Oct in EDT; the interview on Tue 3 Nov is after US DST ends "
           "(1 Nov), so 10:00-11:00 AM Eastern = EST (UTC-5) = 15:00-16:00Z (9-10 a.m. in San José). "
           "Contact = human Reply-To.")
def p01() -> bytes:
    body = t("""
        Hi Daniela,

        Thanks for making time to speak with us! Your interview for Supplier Quality Engineer (Miami or
        Remote - LATAM) at Corallis Medical is confirmed.

        Date: Tuesday, November 3, 2026
        Time: 10:00 AM - 11:00 AM Eastern Time (US & Canada)
        Location: Microsoft Teams (link below)

        Interviewers:
          Paul Whitaker - Director, Supplier Quality
          Renee Castillo - Senior Quality Engineer

        Join on Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ3YTk0/0

        If you need to make a change, just reply to this email and Megan Torres will help.

        Best,
        Corallis Medical Talent Acquisition
        """)
    h = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Daniela,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Supplier Quality Engineer (Miami or
        Remote - LATAM)</b> at Corallis Medical is confirmed.</p>
        <table cellpadding="4">
        <tr><td><b>Date</b></td><td>Tuesday, November 3, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM - 11:00 AM Eastern Time (US &amp; Canada)</td></tr>
        <tr><td><b>Location</b></td><td>Microsoft Teams (link below)</td></tr>
        </table>
        <p>Interviewers:<br>Paul Whitaker - Director, Supplier Quality<br>Renee Castillo - Senior Quality Engineer</p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ3YTk0/0">Join on Microsoft Teams</a></p>
        <p>If you need to make a change, just reply to this email and Megan Torres will help.</p>
        <p>Best,<br>Corallis Medical Talent Acquisition</p>
        <img src="https://app.greenhouse.io/email_open/7c1f2a.gif" width="1" height="1" alt="">
        </body></html>
        """)
    hs = head("Corallis Medical <no-reply@us.greenhouse-mail.io>",
              "Interview Confirmation: Supplier Quality Engineer at Corallis Medical",
              "2026-10-27 09:14", NY, "0100019ad3c1e2f4-gh-51c9@us.greenhouse-mail.io",
              relay="o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [198.51.100.12])",
              extra=[("Reply-To", "Megan Torres <megan.torres@corallismedical.com>")])
    return message(hs, alt(text(body), html(h)))


@mail(n(2), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-09-16T20:00:00Z", end="2026-09-16T21:00:00Z", contact="laura.quesada@vitalisdm.cr",
      company="Vitalis Dispositivos Médicos", local="Wed 2026-09-16 14:00", local_end="2026-09-16 15:00",
      zone=CR,
      note="Recruiter reply (usted) sent Mon 14 Sep at 19:40 San José time, which is already Tue 15 Sep in UTC; "
           "'pasado mañana a las 2 p. m.' resolves against the local date = Wed 16 Sep 14:00 UTC-6 = 20:00Z. "
           "'dura una hora' is an exact length, so end 21:00Z. Thread with the proposal in a negative.")
def p02() -> bytes:
    body = t("""
        Buenas noches, Daniela:

        Muchas gracias por su pronta respuesta. Queda confirmada su entrevista para pasado mañana a las
        2 p. m. en nuestras oficinas de Heredia (Edificio B, tercer piso). La entrevista dura una hora;
        estará con el Ing. Mauricio Rojas, gerente de Calidad, y conmigo.

        Por favor traiga su cédula para el ingreso al parque empresarial.

        Saludos cordiales,

        Laura Quesada Alfaro
        Reclutamiento y Selección
        Vitalis Dispositivos Médicos S.A.
        Tel. 2560-0000 ext. 214

        -----Mensaje original-----
        De: Daniela Mora <daniela.mora@example.org>
        Enviado el: lunes, 14 de septiembre de 2026 12:05
        Para: Laura Quesada <laura.quesada@vitalisdm.cr>
        Asunto: RE: Proceso Ingeniera de Calidad - Vitalis

        Buenas tardes, Laura. Me queda mejor la opción de la tarde.
        Saludos, Daniela
        """)
    hs = head("Laura Quesada <laura.quesada@vitalisdm.cr>", "RE: Proceso Ingeniera de Calidad - Vitalis",
              "2026-09-14 19:40", CR, "SN6PR02MB4112A7E3C0B9D1F0A2@SN6PR02MB4112.namprd02.prod.outlook.com",
              relay="mail-sn1nam02on2101.outbound.protection.outlook.com (40.107.96.101)",
              extra=[("In-Reply-To", "<CAE3f9Qy7b1x@mail.example.org>"), ("Thread-Topic",
                     "Proceso Ingeniera de Calidad - Vitalis"), ("Content-Language", "es-CR")])
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(3), family="workday", lang="es", interview=True, kind="scheduled",
      start="2026-12-01T15:00:00Z", end="2026-12-01T16:30:00Z", contact="sofia.brenes@lumerasurgical.com",
      company="Lumera Surgical", local="Tue 2026-12-01 09:00", local_end="2026-12-01 10:30", zone=CR,
      note="Workday HTML-only (base64) notice: 'mar. 1 de diciembre de 2026, 9:00 a. m. - 10:30 a. m. "
           "(GMT-06:00) Centroamérica' = 15:00-16:30Z. Sender is the Workday tenant mailbox; contact = "
           "the recruiter's address in the body.")
def p03() -> bytes:
    h = t("""
        <!DOCTYPE html>
        <html lang="es"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f4f4">
        <table width="600" align="center" style="background:#fff;font-family:Roboto,Arial,sans-serif;font-size:14px">
        <tr><td style="background:#0b3d6b;color:#fff;padding:16px"><b>Lumera Surgical</b></td></tr>
        <tr><td style="padding:20px">
        <p>Hola Daniela Mora:</p>
        <p>Se ha programado una entrevista para la vacante <b>R-10482 Ingeniero(a) de Calidad de Proveedores
        (Cartago)</b>.</p>
        <p><b>Detalles de la entrevista</b><br>
        Fecha: mar. 1 de diciembre de 2026<br>
        Hora: 9:00 a.&nbsp;m. - 10:30 a.&nbsp;m. (GMT-06:00) Centroamérica<br>
        Modalidad: Presencial - Zona Franca La Lima, Cartago, Edificio 3, recepción principal</p>
        <p>Entrevistadores: Jorge Arce (Gerente de Calidad), Paula Montero (Ingeniera Sénior)</p>
        <p>Si tiene consultas, escriba a su reclutadora, Sofía Brenes
        (<a href="mailto:sofia.brenes@lumerasurgical.com">sofia.brenes@lumerasurgical.com</a>).</p>
        <p>Puede revisar el estado de su candidatura en
        <a href="https://wd5.myworkdayjobs.com/lumera/login">su perfil de candidato</a>.</p>
        <p style="color:#777;font-size:11px">Este es un mensaje automático. No responda a este correo.</p>
        </td></tr></table></body></html>
        """)
    hs = head("Lumera Surgical <lumera@myworkday.com>", "Entrevista programada: Ingeniero(a) de Calidad de Proveedores",
              "2026-11-25 10:02", CR, "1483920117.88213.1795622520441@wd5-prod-mta3.myworkday.com",
              relay="wd5-prod-mta3.myworkday.com (wd5-prod-mta3.myworkday.com [198.51.100.45])")
    return message(hs, html(h, cte="base64"))


@mail(n(4), family="exchange_teams", lang="es", interview=True, kind="scheduled",
      start="2026-10-20T17:00:00Z", end="2026-10-20T18:00:00Z", contact="ricardo.salgado@quirumex.com.mx",
      company="Grupo Quirumex", local="Tue 2026-10-20 11:00", local_end="2026-10-20 12:00", zone=MEX,
      note="Outlook/Teams meeting request from Mexico City; the body has no time at all, only the ICS: "
           "TZID 'Central Standard Time (Mexico)' 11:00-12:00 (UTC-6, Mexico has no DST since 2022) "
           "= 17:00-18:00Z. Contact = organizer/sender.")
def p04() -> bytes:
    body = t("""
        Hola Daniela,

        Como lo platicamos por teléfono, te envío la invitación para la entrevista con el panel de Calidad y
        Asuntos Regulatorios (vacante Gerente de Calidad - planta Tlalnepantla / híbrido). Estarán Marisol
        Ibarra (Dir. de Calidad) y Héctor Lugo (Regulatorio). Cualquier cosa me avisas.

        Saludos,
        Ricardo Salgado
        Atracción de Talento | Grupo Quirumex

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Únase desde el equipo, la aplicación móvil o un dispositivo de sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWQ1/0>
        Id. de reunión: 248 117 903 551
        Código de acceso: 7hQ2pR
        ________________________________________________________________________________
        """)
    h = "<html><body><div>" + "<br>\n".join(
        line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for line in body.split("\n")
    ) + "</div></body></html>\n"
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ_MEX_WIN,
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Ricardo Salgado:mailto:ricardo.salgado@quirumex.com.mx",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniela Mora:mailto:" + ME_ADDR,
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marisol Ibarra:mailto:marisol.ibarra@quirumex.com.mx",
        "DESCRIPTION;LANGUAGE=es-MX:Hola Daniela\\, como lo platicamos por teléfono\\, te envío la invitación\\n",
        "UID:040000008200E00074C5B7101A82E00800000000A0F3C2B14A5DDC01000000000000000010000000D2C5",
        "SUMMARY;LANGUAGE=es-MX:Entrevista panel - Gerente de Calidad - Daniela Mora",
        "DTSTART;TZID=Central Standard Time (Mexico):20261020T110000",
        "DTEND;TZID=Central Standard Time (Mexico):20261020T120000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261014T222012Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=es-MX:Reunión de Microsoft Teams",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR",
    ])
    hs = head(addr("Ricardo Salgado", "ricardo.salgado@quirumex.com.mx"),
              "Entrevista panel - Gerente de Calidad - Daniela Mora", "2026-10-14 16:20", MEX,
              "BN8PR11MB3620E1D3A7F4C9B2@BN8PR11MB3620.namprd11.prod.outlook.com",
              relay="mail-bn8nam11on2091.outbound.protection.outlook.com (40.107.236.91)",
              extra=[("Thread-Topic", "Entrevista panel - Gerente de Calidad - Daniela Mora"),
                     ("Thread-Index", "AdtN3kQ9bW2gk1xYSmq7c2T0v8R4LQ=="), ("Content-Language", "es-MX"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    return message(hs, alt(text(body), html(h), calendar(ics, cte="base64")))


@mail(n(5), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-11-02T15:30:00Z", end="2026-11-02T16:00:00Z", contact="kyle.brandt@northstarcardio.com",
      company="Northstar Cardio", local="Mon 2026-11-02 09:30", local_end="2026-11-02 10:00", zone=CHI,
      note="Calendly invitee confirmation sent Thu 29 Oct while Chicago is on CDT; the call on Mon 2 Nov is "
           "after DST ends, so 9:30-10:00am Central = CST (UTC-6) = 15:30-16:00Z; the ICS is in UTC. "
           "Contact = the host's Reply-To.")
def p05() -> bytes:
    body = t("""
        Hi Daniela Mora,

        A new event has been scheduled.

        Event Type:
        Phone Screen - Quality Engineer II (Remote, LATAM)

        Invitee:
        Daniela Mora

        Invitee Email:
        daniela.mora@example.org

        Event Date/Time:
        09:30am - 10:00am (Central Time - US & Canada) Monday, November 2, 2026

        Location:
        Kyle Brandt will call you at +506 8800 0000

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/5b1e2c9a-77f0-4c1a-9d02-1e8f9a0b3c44
        Reschedule: https://calendly.com/reschedulings/5b1e2c9a-77f0-4c1a-9d02-1e8f9a0b3c44

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:5b1e2c9a-77f0-4c1a-9d02-1e8f9a0b3c44@calendly.com
        DTSTAMP:20261029T190512Z
        DTSTART:20261102T153000Z
        DTEND:20261102T160000Z
        SUMMARY:Phone Screen - Quality Engineer II (Remote\\, LATAM) between Kyle Brandt and Daniela Mora
        ORGANIZER;CN=Kyle Brandt:mailto:kyle.brandt@northstarcardio.com
        ATTENDEE;CN=Daniela Mora;PARTSTAT=ACCEPTED:mailto:daniela.mora@example.org
        LOCATION:Kyle Brandt will call you at +506 8800 0000
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Calendly <notifications@calendly.com>",
              "New Event: Phone Screen - Quality Engineer II (Remote, LATAM) with Kyle Brandt",
              "2026-10-29 14:05", CHI, "01000192e1c5d7a8-calendly-3f2b@email.amazonses.com",
              relay="a8-30.smtp-out.amazonses.com (a8-30.smtp-out.amazonses.com [54.240.8.30])",
              extra=[("Reply-To", "Kyle Brandt <kyle.brandt@northstarcardio.com>")])
    return message(hs, mixed(text(body), calendar(ics, disposition="attachment", filename="invite.ics",
                                                  cte="base64", ctype="application/ics", method=None)))


@mail(n(6), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-09-24T17:00:00Z", end="2026-09-24T17:45:00Z", contact="hannah.okafor@brightwelldx.com",
      company="Brightwell Diagnostics", local="Thu 2026-09-24 13:00", local_end="2026-09-24 13:45", zone=NY,
      note="Lever confirmation for a remote role: 'Thursday, September 24 at 1:00pm EDT' for 45 minutes = "
           "17:00-17:45Z (11:00 a.m. in San José). Contact = Reply-To recruiter.")
def p06() -> bytes:
    body = t("""
        Hi Daniela,

        Great news - your interview with Brightwell Diagnostics is all set.

        Role: Design Quality Engineer (Remote - Americas)
        When: Thursday, September 24 at 1:00pm EDT
        Duration: 45 minutes
        Where: Zoom - https://brightwelldx.zoom.us/j/93311820047?pwd=Q2xvc2U

        You'll be speaking with Dr. Amit Raman, our Head of Design Assurance. He'll want to hear about your
        experience with ISO 13485, design controls and CAPA.

        If anything comes up, reply to this email to reach Hannah.

        Best,
        Hannah Okafor
        Talent Partner, Brightwell Diagnostics

        Sent via Lever
        """)
    hs = head("Hannah Okafor <no-reply@hire.lever.co>", "Your interview with Brightwell Diagnostics",
              "2026-09-18 11:30", NY, "20260918153012.4a8e1c.lever-mailer@hire.lever.co",
              relay="mail-hire.lever.co (mail-hire.lever.co [198.51.100.77])",
              extra=[("Reply-To", "hannah.okafor@brightwelldx.com")])
    return message(hs, text(body, cte="7bit"))


@mail(n(7), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start="2026-10-08T15:00:00Z", end="2026-10-08T16:00:00Z", contact="rbatista@istmomedical.com.pa",
      company="Istmo Medical", local="Thu 2026-10-08 10:00", local_end="2026-10-08 11:00", zone=PTY,
      note="Spanish Google Calendar invitation from Panama City: 'jueves, 8 oct 2026 10:00 - 11:00 (hora de "
           "Panamá)', UTC-5 all year = 15:00-16:00Z (9 a.m. in San José); the ICS uses TZID America/Panama. "
           "Contact = organizer.")
def p07() -> bytes:
    body = t("""
        Daniela Mora, se te ha invitado a un evento.

        Entrevista - Coordinadora de Calidad Regional (Istmo Medical)
        jueves, 8 oct 2026 ⋅ 10:00 – 11:00
        Hora de Panamá

        Unirse con Google Meet
        https://meet.google.com/qhx-ratp-kzo

        Invitados
        Rogelio Batista - organizador
        Daniela Mora

        Ver todos los detalles del invitado: https://calendar.google.com/calendar/event?action=VIEW&eid=NWJ0

        Responder ¿Asistirás?  Sí  No  Quizás

        Invitación de Google Calendar
        Recibes este correo electrónico porque eres invitado a este evento.
        """)
    h = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <p>Daniela Mora, se te ha invitado a un evento.</p>
        <h2 style="font-size:20px">Entrevista - Coordinadora de Calidad Regional (Istmo Medical)</h2>
        <p>jueves, 8 oct 2026 ⋅ 10:00 – 11:00<br>Hora de Panamá</p>
        <p><a href="https://meet.google.com/qhx-ratp-kzo">Unirse con Google Meet</a></p>
        <p>Invitados<br>Rogelio Batista - organizador<br>Daniela Mora</p>
        <p style="color:#70757a;font-size:12px">Invitación de Google Calendar</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", VTZ_PTY, "BEGIN:VEVENT",
        "DTSTART;TZID=America/Panama:20261008T100000", "DTEND;TZID=America/Panama:20261008T110000",
        "DTSTAMP:20261002T201044Z", "ORGANIZER;CN=Rogelio Batista:mailto:rbatista@istmomedical.com.pa",
        "UID:6f0c2rt1k9a8lq3v0b7m2n4s5d@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniela Mora;X-NUM-GUESTS=0:mailto:"
        + ME_ADDR,
        "X-GOOGLE-CONFERENCE:https://meet.google.com/qhx-ratp-kzo", "CREATED:20261002T201040Z",
        "DESCRIPTION:Entrevista con Gerencia de Calidad Regional.", "LAST-MODIFIED:20261002T201043Z",
        "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Entrevista - Coordinadora de Calidad Regional (Istmo Medical)", "TRANSP:OPAQUE",
        "END:VEVENT", "END:VCALENDAR",
    ])
    hs = head(addr("Rogelio Batista", "rbatista@istmomedical.com.pa"),
              "Invitación: Entrevista - Coordinadora de Calidad Regional (Istmo Medical) @ jue 8 oct 2026 "
              "10:00 - 11:00 (EST) (daniela.mora@example.org)",
              "2026-10-02 15:10", PTY, "calendar-6a1f0e2b-3c44-4d9e-9b1a-77c0e1f2a3b4@google.com",
              relay="mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=[("Reply-To", "rbatista@istmomedical.com.pa"),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")])
    return message(hs, mixed(alt(text(body), html(h), calendar(ics)),
                             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(8), family="human_prose_mobile", lang="es", interview=True, kind="scheduled",
      start="2026-10-15T15:00:00Z", end=None, contact="andres.villalobos@nodumed.cr",
      company="Nodum Medical", local="Thu 2026-10-15 09:00", zone=CR,
      note="Hiring manager's phone reply (tú, no accents typed) sent Fri 9 Oct: 'el proximo jueves a las nueve "
           "de la mañana' = Thu 15 Oct 09:00 San José (UTC-6) = 15:00Z; no length given, end null.")
def p08() -> bytes:
    body = t("""
        Listo Dani, nos vemos el proximo jueves a las nueve de la mañana en la planta de Heredia (Zona Franca
        Ultrapark, edificio 7). Pregunta por mi en recepcion y traete la presentacion del caso de CAPA que
        hablamos, unos 15 min.

        Pura vida
        Andres

        Enviado desde mi iPhone

        > El 9 oct 2026, a las 3:12 p. m., Daniela Mora <daniela.mora@example.org> escribió:
        >
        > Hola Andrés, muchas gracias por la llamada. Cualquiera de los días que me dijiste me sirve, en la
        > mañana mejor.
        > Saludos,
        > Daniela
        """)
    hs = head(addr("Andrés Villalobos", "andres.villalobos@nodumed.cr"), "Re: Entrevista Nodum",
              "2026-10-09 17:48", CR, "8E2C1B7A-4D3F-4A9B-B1E2-7C0D9F3A5E61@nodumed.cr",
              relay="mail-pl1-f180.google.com (mail-pl1-f180.google.com [209.85.214.180])",
              extra=[("In-Reply-To", "<CAJx7mQ0Fq2_daniela@mail.example.org>"),
                     ("X-Mailer", "iPhone Mail (22A3354)")])
    return message(hs, text(body, params="format=flowed; delsp=yes"))


@mail(n(9), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start="2026-10-21T21:00:00Z", end="2026-10-21T21:30:00Z", contact="valeria.chaves@bioandes.cr",
      company="Bioandes Costa Rica", local="Wed 2026-10-21 15:00", local_end="2026-10-21 15:30", zone=CR,
      note="SmartRecruiters confirmation in English from a San José employer: 'Wed, Oct 21, 2026 3:00 PM - "
           "3:30 PM (GMT-06:00) Central America' = 21:00-21:30Z. No-reply sender; contact = coordinator's "
           "address in the body.")
def p09() -> bytes:
    body = t("""
        Interview confirmed

        Hi Daniela,

        Thank you for confirming your availability. Here are the details of your interview for
        Validation Engineer - Sterilization (Req. 3300418):

        Wed, Oct 21, 2026
        3:00 PM - 3:30 PM (GMT-06:00) Central America
        Video interview - Microsoft Teams (the link will be in your calendar invitation)

        With: Diego Fallas, Validation Manager

        Your coordinator: Valeria Chaves (valeria.chaves@bioandes.cr)

        Good luck!
        Bioandes Costa Rica Hiring Team

        This email was sent via SmartRecruiters. Please do not reply to this message.
        """)
    h = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;color:#333">
        <h1 style="font-size:22px">Interview confirmed</h1>
        <p>Hi Daniela,</p>
        <p>Thank you for confirming your availability. Here are the details of your interview for
        <strong>Validation Engineer - Sterilization (Req. 3300418)</strong>:</p>
        <div style="border:1px solid #ddd;padding:12px">
        <div style="font-size:16px"><strong>Wed, Oct 21, 2026</strong></div>
        <div>3:00 PM - 3:30 PM (GMT-06:00) Central America</div>
        <div>Video interview - Microsoft Teams (the link will be in your calendar invitation)</div>
        </div>
        <p>With: Diego Fallas, Validation Manager</p>
        <p>Your coordinator: Valeria Chaves (<a href="mailto:valeria.chaves@bioandes.cr">valeria.chaves@bioandes.cr</a>)</p>
        <p>Good luck!<br>Bioandes Costa Rica Hiring Team</p>
        <p style="font-size:11px;color:#999">This email was sent via SmartRecruiters. Please do not reply to this message.</p>
        </body></html>
        """)
    hs = head("Bioandes Costa Rica <noreply@smartrecruiters.com>",
              "Interview confirmed: Validation Engineer - Sterilization", "2026-10-19 08:15", CR,
              "0102019c4e8b1f2a-7d5e-44a1-b3c9-smartrec-000000@eu-west-1.amazonses.com",
              relay="b224-13.smtp-out.eu-west-1.amazonses.com (b224-13.smtp-out.eu-west-1.amazonses.com)")
    return message(hs, alt(text(body), html(h)))


@mail(n(10), family="personio", lang="es", interview=True, kind="scheduled",
      start="2026-11-09T15:00:00Z", end="2026-11-09T15:45:00Z", contact="irene.calvo@hospiline.es",
      company="Hospiline Ibérica", local="Mon 2026-11-09 16:00", local_end="2026-11-09 16:45",
      zone="Europe/Madrid",
      note="Personio invitation from a Madrid employer hiring in San José: 'lunes, 9 de noviembre de 2026, "
           "16:00 - 16:45 (hora peninsular, CET)'; Madrid is on CET (UTC+1) since 25 Oct, so 15:00-15:45Z; "
           "the mail adds '9:00 a. m. en Costa Rica', which agrees. Contact = Reply-To.")
def p10() -> bytes:
    body = t("""
        Hola Daniela:

        Nos alegra comunicarle que ha pasado a la siguiente fase del proceso de selección para el puesto de
        Especialista en Calidad y Vigilancia Post-Comercialización (San José, Costa Rica).

        Su entrevista queda fijada para:

            lunes, 9 de noviembre de 2026, 16:00 – 16:45 (hora peninsular, CET)
            (las 9:00 a. m. en Costa Rica)

        Lugar: Google Meet – https://meet.google.com/vbn-okse-tra

        Le entrevistarán Irene Calvo (People & Culture) y Jaime Ordóñez (Director de Calidad LATAM).

        Si necesita cambiar la cita, responda a este correo.

        Un saludo,
        Irene Calvo
        Hospiline Ibérica S.L.

        --
        Enviado con Personio · Datenschutz / Protección de datos: https://hospiline.jobs.personio.de/privacy-policy
        """)
    h = "<html><body>" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.replace("&", "&amp;").split("\n")) + "</body></html>\n"
    hs = head(addr("Hospiline Ibérica", "no-reply@mail.personio.de"),
              "Invitación a entrevista: Especialista en Calidad y Vigilancia Post-Comercialización",
              "2026-11-03 10:20", "Europe/Madrid", "personio.5f2e91c0a7.1793704800@mail.personio.de",
              relay="mail.personio.de (mail.personio.de [192.0.2.61])",
              extra=[("Reply-To", addr("Irene Calvo", "irene.calvo@hospiline.es"))])
    return message(hs, alt(text(body), html(h)))


@mail(n(11), family="softgarden", lang="es", interview=True, kind="scheduled",
      start="2026-12-04T16:30:00Z", end="2026-12-04T18:30:00Z", contact="mariana.solano@kessler-mt.com",
      company="Kessler Medizintechnik", local="Fri 2026-12-04 10:30", local_end="2026-12-04 12:30", zone=CR,
      note="softgarden invitation: the attached ICS is an all-day event on 4 Dec (VALUE=DATE); the time is "
           "only in the text, 'a las 10:30 a. m.' (Cartago, UTC-6) for 'dos horas' = 16:30-18:30Z. Contact = "
           "Reply-To recruiter.")
def p11() -> bytes:
    body = t("""
        Estimada Sra. Mora:

        Gracias por su interés en Kessler Medizintechnik Costa Rica. Con gusto le confirmamos su entrevista
        presencial para el puesto de Ingeniera de Calidad de Procesos (Ref. KMT-CR-2291).

        Día: viernes, 4 de diciembre de 2026
        Hora: a las 10:30 a. m.
        Duración: dos horas (entrevista con el equipo y recorrido por la planta)
        Lugar: Parque Industrial de Cartago, nave 14, recepción de visitantes

        Por favor traiga zapatos cerrados; le facilitaremos la bata y el equipo de protección.

        Adjuntamos una entrada para su calendario.

        Saludos cordiales
        Mariana Solano
        Talent Acquisition – Kessler Medizintechnik Costa Rica

        Este mensaje fue enviado a través de softgarden.
        """)
    h = "<html><body style=\"font-family:Arial\">" + "".join(
        f"<p>{line}</p>\n" for line in body.split("\n") if line) + "</body></html>\n"
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//softgarden//Interview//DE
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:sg-2291-88410-interview@softgarden.io
        DTSTAMP:20261127T151200Z
        DTSTART;VALUE=DATE:20261204
        DTEND;VALUE=DATE:20261205
        SUMMARY:Entrevista Kessler Medizintechnik Costa Rica
        LOCATION:Parque Industrial de Cartago\\, nave 14
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Kessler Medizintechnik Costa Rica <noreply@softgarden.io>",
              "Invitación a entrevista – Ingeniera de Calidad de Procesos", "2026-11-27 09:12", CR,
              "sg.1795792320.88410.2291@mailer.softgarden.io",
              relay="mailer.softgarden.io (mailer.softgarden.io [192.0.2.88])",
              extra=[("Reply-To", addr("Mariana Solano", "mariana.solano@kessler-mt.com"))])
    return message(hs, mixed(alt(text(body), html(h)),
                             calendar(ics, method=None, filename="entrevista.ics", disposition="attachment",
                                      cte="base64")))


@mail(n(12), family="zoom", lang="en", interview=True, kind="scheduled",
      start="2026-11-12T19:00:00Z", end=None, contact="jessica.park@sunwaveortho.com",
      company="Sunwave Orthopedics", local="Thu 2026-11-12 14:00", zone=NY,
      note="Recruiter mail sent Thu 5 Nov: 'next Thursday at 2pm ET' plus a pasted Zoom block 'Nov 12, 2026 "
           "02:00 PM Eastern Time' = EST (UTC-5) after 1 Nov = 19:00Z (1 p.m. in San José, which the "
           "recruiter also writes). No length; end null. Contact = sender.")
def p12() -> bytes:
    body = t("""
        Hi Daniela,

        Great talking to you earlier! As promised, confirming your interview with our VP of Quality,
        Robert Klein, next Thursday at 2pm ET (1pm your time in San Jose, if I did the math right).
        Invite details are below.

        Jessica

        Jessica Park | Senior Technical Recruiter
        Sunwave Orthopedics | Miami, FL
        jessica.park@sunwaveortho.com

        ---

        Jessica Park is inviting you to a scheduled Zoom meeting.

        Topic: Daniela Mora <> Robert Klein - Quality Manager interview
        Time: Nov 12, 2026 02:00 PM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://sunwaveortho.zoom.us/j/81240027713?pwd=bWZ0c2xV

        Meeting ID: 812 4002 7713
        Passcode: 558210
        """)
    hs = head(addr("Jessica Park", "jessica.park@sunwaveortho.com"), "Interview confirmation - Sunwave Orthopedics",
              "2026-11-05 16:40", NY, "CAH2z+gB7s0Qv_pJx1Lr@mail.gmail.com",
              relay="mail-yw1-f170.google.com (mail-yw1-f170.google.com [209.85.128.170])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(13), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-09-30T16:00:00Z", end="2026-09-30T16:45:00Z", contact="marcus.lee@pellucidlabs.com",
      company="Pellucid Labs", local="Wed 2026-09-30 11:00", local_end="2026-09-30 11:45", zone=CHI,
      note="Ashby confirmation (base64 text+HTML): 'Wednesday, September 30, 2026, 11:00 AM - 11:45 AM CDT' "
           "= 16:00-16:45Z (10 a.m. in San José). Contact = Reply-To.")
def p13() -> bytes:
    body = t("""
        Hi Daniela,

        Your interview is confirmed. We're looking forward to speaking with you!

        Wednesday, September 30, 2026, 11:00 AM – 11:45 AM CDT
        Google Meet: https://meet.google.com/pxa-wmrt-ngq

        You'll meet with:
          Priya Natarajan — Quality Systems Lead

        Questions? Just reply and it will reach Marcus Lee.

        Thanks,
        Pellucid Labs Recruiting
        """)
    h = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif">
        <p>Hi Daniela,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><strong>Wednesday, September 30, 2026, 11:00 AM – 11:45 AM CDT</strong><br>
        <a href="https://meet.google.com/pxa-wmrt-ngq">Google Meet</a></p>
        <p>You&#x27;ll meet with:<br>Priya Natarajan — Quality Systems Lead</p>
        <p>Questions? Just reply and it will reach Marcus Lee.</p>
        <p>Thanks,<br>Pellucid Labs Recruiting</p>
        </body></html>
        """)
    hs = head("Pellucid Labs <no-reply@ashbyhq.com>", "Interview confirmed: Quality Engineer at Pellucid Labs",
              "2026-09-25 10:00", CHI, "01000192ab77c1d3-ashby-91e0-4c1b@email.amazonses.com",
              relay="mail.ashbyhq.com (mail.ashbyhq.com [198.51.100.103])",
              extra=[("Reply-To", "Marcus Lee <marcus.lee@pellucidlabs.com>")])
    return message(hs, alt(text(body, cte="base64"), html(h, cte="base64")))


@mail(n(14), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-12-07T14:00:00Z", end="2026-12-07T17:00:00Z", contact="tara.nguyen@haldensurgical.com",
      company="Halden Surgical", local="Mon 2026-12-07 09:00", local_end="2026-12-07 12:00", zone=NY,
      note="GoodTime itinerary of three back-to-back sessions, 9:00 AM to 12:00 PM EST on Mon 7 Dec (UTC-5) "
           "= 14:00-17:00Z, first start to last end; the ICS is in UTC. Contact = Reply-To coordinator.")
def p14() -> bytes:
    body = t("""
        Hi Daniela,

        Your virtual onsite with Halden Surgical is confirmed. Here is your schedule (all times EST):

        Monday, December 7, 2026

        9:00 AM - 10:00 AM   Complaint handling & MDR deep dive - Laura Beck
        10:00 AM - 11:00 AM  Risk management (ISO 14971) - Omar Haddad
        11:00 AM - 12:00 PM  Hiring manager conversation - Steve Maron

        All sessions use the same Zoom link: https://haldensurgical.zoom.us/j/97720011845

        Please reply to this email if you have any questions or need accommodations.

        Tara Nguyen
        Recruiting Coordinator, Halden Surgical

        Scheduled with GoodTime
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//GoodTime.io//Interview Scheduler//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gt-halden-7c3b2e10@goodtime.io
        DTSTAMP:20261201T163000Z
        DTSTART:20261207T140000Z
        DTEND:20261207T170000Z
        SUMMARY:Halden Surgical - Virtual Onsite (Daniela Mora)
        ORGANIZER;CN=Tara Nguyen:mailto:tara.nguyen@haldensurgical.com
        ATTENDEE;CN=Daniela Mora;RSVP=TRUE:mailto:daniela.mora@example.org
        LOCATION:https://haldensurgical.zoom.us/j/97720011845
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Halden Surgical <no-reply@goodtime.io>", "Your interview schedule with Halden Surgical",
              "2026-12-01 11:30", NY, "gt.20261201163000.5e1f7c@goodtime.io",
              relay="o1.email.goodtime.io (o1.email.goodtime.io [198.51.100.150])",
              extra=[("Reply-To", "Tara Nguyen <tara.nguyen@haldensurgical.com>")])
    return message(hs, mixed(text(body), calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(15), family="icims", lang="es", interview=True, kind="scheduled",
      start="2026-10-22T00:30:00Z", end=None, contact="fernanda.ortiz@clinimex.mx",
      company="Clinimex Dispositivos", local="Wed 2026-10-21 18:30", zone=MEX,
      note="iCIMS notice from Mexico City: 'miércoles 21/10/2026 a las 18:30 hrs (hora del centro de México)', "
           "UTC-6 (no DST) = Thu 22 Oct 00:30Z, the next day in UTC. 'aproximadamente 45 minutos' -> end null. "
           "Contact = the recruiter's address in the body.")
def p15() -> bytes:
    body = t("""
        Estimada Daniela Mora:

        Le informamos que su entrevista para la posición "Supervisor(a) de Aseguramiento de Calidad" (Req.
        2026-4471) ha sido programada:

        Fecha: miércoles 21/10/2026
        Hora: 18:30 hrs (hora del centro de México)
        Duración: aproximadamente 45 minutos
        Medio: Videollamada Webex (recibirá el enlace un día antes)

        Para cualquier duda, contacte a la Lic. Fernanda Ortiz: fernanda.ortiz@clinimex.mx

        Atentamente,
        Reclutamiento Clinimex

        Por favor no responda a este mensaje; este buzón no es monitoreado.
        """)
    h = "<html><body><font face=\"Verdana\" size=\"2\">" + body.replace("\n", "<br>\n") + "</font></body></html>\n"
    hs = head("Clinimex Reclutamiento <clinimex@talent.icims.com>",
              "Entrevista programada - Supervisor(a) de Aseguramiento de Calidad", "2026-10-15 11:00", MEX,
              "1976612.88103.icims.1792083600000@talent.icims.com",
              relay="smtp-out3.icims.com (smtp-out3.icims.com [198.51.100.201])")
    return message(hs, alt(text(body, charset="windows-1252"), html(h, charset="windows-1252")))


@mail(n(16), family="forward_to_self", lang="es", interview=True, kind="scheduled",
      start="2026-12-03T16:00:00Z", end=None, contact="ejimenez@talentocr-consultores.com",
      company="Orthovida", local="Thu 2026-12-03 10:00", zone=CR,
      note="Daniela forwards an agency confirmation from her other address to herself with a note. Agency "
           "wrote 'jueves 3/12 a las 10 a. m.' (San José, UTC-6) = 16:00Z. Hiring company is the agency's "
           "client Orthovida; contact = the agency recruiter in the forwarded header (never the candidate).")
def p16() -> bytes:
    body = t("""
        ojo: jueves 3/12, llevar portafolio y copia del título!!

        ---------- Forwarded message ---------
        De: Esteban Jiménez <ejimenez@talentocr-consultores.com>
        Date: vie, 27 nov 2026 a las 16:02
        Subject: Confirmación entrevista Orthovida
        To: Daniela Mora <daniela.mora@example.net>


        Hola Daniela, ¿cómo estás?

        Te confirmo la entrevista con Orthovida para el jueves 3/12 a las 10 a. m. en sus oficinas del
        Oficentro La Sabana, torre 2, piso 5. Te va a entrevistar la gerente de planta, doña Ana Lucía Mena.

        Cualquier cosa me escribís o me llamás.

        Saludos,
        Esteban Jiménez
        Consultor Sénior | TalentoCR Consultores
        """)
    hs = head(addr("Daniela Mora", "daniela.mora@example.net"), "Fwd: Confirmación entrevista Orthovida",
              "2026-11-28 08:03", CR, "CAFw7kQ2-self-fwd-8831@mail.gmail.com",
              relay="mail-wr1-f41.google.com (mail-wr1-f41.google.com [209.85.221.41])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(17), family="workable", lang="en", interview=True, kind="rescheduled",
      start="2026-10-01T21:00:00Z", end="2026-10-01T21:30:00Z", contact="cpinzon@pacificamed.com.pa",
      company="Pacifica Med", local="Thu 2026-10-01 16:00", local_end="2026-10-01 16:30", zone=PTY,
      note="Workable reschedule: old slot Tue 29 Sep 9:00 AM, new 'Thu, Oct 1, 2026 at 4:00 PM (America/Panama, "
           "GMT-5)' for 30 minutes = 21:00-21:30Z. Reply-To is a Workable relay (not human); contact = the "
           "hiring manager's address in the body.")
def p17() -> bytes:
    body = t("""
        Hi Daniela,

        Your interview for the Regional Quality Engineer position at Pacifica Med has been rescheduled.

        Previous time: Tue, Sep 29, 2026 at 9:00 AM
        New time: Thu, Oct 1, 2026 at 4:00 PM (America/Panama, GMT-5)
        Duration: 30 min
        Type: Video call (Google Meet link in the calendar event)

        Sorry for the change - Carlos had a conflict with an FDA audit. If the new time doesn't work, write to
        him directly at cpinzon@pacificamed.com.pa.

        Kind regards,
        The Pacifica Med hiring team

        Powered by Workable
        """)
    h = "<html><body style=\"font-family:Arial\">" + "".join(
        f"<p>{line}</p>\n" for line in body.split("\n") if line) + "</body></html>\n"
    hs = head("Pacifica Med <noreply@workablemail.com>", "Interview rescheduled: Regional Quality Engineer",
              "2026-09-25 12:00", PTY, "wkbl.7f3e21c0.1790355600@workablemail.com",
              relay="mail-out7.workablemail.com (mail-out7.workablemail.com [198.51.100.27])",
              extra=[("Reply-To", "pacifica-med+c8a1f203e6@candidates.workablemail.com")])
    return message(hs, alt(text(body), html(h)))


@mail(n(18), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start="2026-11-12T20:00:00Z", end=None, contact="jimena.araya@cardiotecnica.cr",
      company="Cardiotécnica", local="Thu 2026-11-12 14:00", zone=CR,
      note="Recruiter (usted) moves the interview 'del miércoles 11 a las 10 a. m.' to 'el jueves 12/11 a las "
           "2 p. m.' (D/M date, San José UTC-6) = 20:00Z; new time labelled. iso-8859-15 quoted-printable.")
def p18() -> bytes:
    body = t("""
        Estimada Daniela:

        Reciba un cordial saludo. Le escribo porque el Ing. Fabián Cordero tuvo que salir de viaje esta semana
        y necesitamos mover su entrevista del miércoles 11 a las 10 a. m. para el jueves 12/11 a las 2 p. m.,
        en la misma dirección (Barrio Tournón, 200 m norte del centro comercial El Pueblo, edificio azul).

        Le agradezco confirmarme si le sirve el cambio. Disculpe las molestias.

        Atentamente,

        Jimena Araya Solís
        Coordinadora de Talento Humano
        Cardiotécnica S.A.
        jimena.araya@cardiotecnica.cr
        """)
    hs = head(addr("Jimena Araya Solís", "jimena.araya@cardiotecnica.cr", charset="iso-8859-15"),
              "Cambio de hora - entrevista Cardiotécnica", "2026-11-06 10:30", CR,
              "000d01db3f2a$8e7c1b40$ab2f51c0$@cardiotecnica.cr",
              relay="smtp.cardiotecnica.cr (smtp.cardiotecnica.cr [192.0.2.140])",
              extra=[("X-Mailer", "Microsoft Outlook 16.0")], charset="iso-8859-15")
    return message(hs, text(body, charset="iso-8859-15"))


@mail(n(19), family="google_calendar", lang="en", interview=True, kind="rescheduled",
      start="2026-11-04T16:00:00Z", end="2026-11-04T17:00:00Z", contact="nick.avery@tridentmedsys.com",
      company="Trident Medsystems", local="Wed 2026-11-04 11:00", local_end="2026-11-04 12:00", zone=NY,
      note="Google Calendar 'Updated invitation' sent Fri 30 Oct (EDT) moving the interview from Tue 3 Nov 2pm to "
           "Wed 4 Nov 11am-12pm Eastern; after the 1 Nov DST change that is EST (UTC-5) = 16:00-17:00Z. "
           "ICS SEQUENCE:1 with TZID America/New_York. Contact = organizer.")
def p19() -> bytes:
    body = t("""
        This event has been changed.

        Trident Medsystems - Quality Engineer interview (Daniela Mora)

        Changed: When
        Wednesday Nov 4, 2026 ⋅ 11am – 12pm (Eastern Time - New York)
        (previously Tuesday Nov 3, 2026 ⋅ 2pm – 3pm)

        Join with Google Meet
        https://meet.google.com/tdw-kqzn-ubr

        Guests
        Nick Avery - organizer
        Daniela Mora

        Reply for daniela.mora@example.org
        Yes  No  Maybe  More options

        Invitation from Google Calendar
        You are receiving this email because you are an attendee on the event.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", VTZ["America/New_York"], "BEGIN:VEVENT",
        "DTSTART;TZID=America/New_York:20261104T110000", "DTEND;TZID=America/New_York:20261104T120000",
        "DTSTAMP:20261030T190122Z", "ORGANIZER;CN=Nick Avery:mailto:nick.avery@tridentmedsys.com",
        "UID:1ks0a9v3e7t2b8q5p4n6m0c1r2@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Daniela Mora;X-NUM-GUESTS=0:mailto:"
        + ME_ADDR,
        "CREATED:20261023T140511Z", "LAST-MODIFIED:20261030T190121Z", "SEQUENCE:1", "STATUS:CONFIRMED",
        "SUMMARY:Trident Medsystems - Quality Engineer interview (Daniela Mora)", "TRANSP:OPAQUE",
        "END:VEVENT", "END:VCALENDAR",
    ])
    hs = head(addr("Nick Avery", "nick.avery@tridentmedsys.com"),
              "Updated invitation: Trident Medsystems - Quality Engineer interview (Daniela Mora) @ Wed Nov 4, "
              "2026 11am - 12pm (EST) (daniela.mora@example.org)",
              "2026-10-30 15:01", NY, "calendar-b2e1c9d0-77aa-4f10-8e2d-5a6b7c8d9e0f@google.com",
              relay="mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=[("Reply-To", "nick.avery@tridentmedsys.com"),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")])
    return message(hs, mixed(alt(text(body), calendar(ics)),
                             calendar(ics, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(20), family="ms_bookings", lang="es", interview=True, kind="rescheduled",
      start="2026-11-17T14:00:00Z", end="2026-11-17T14:30:00Z", contact="natalia.vargas@meridianhd.cr",
      company="Meridian Health Devices", local="Tue 2026-11-17 08:00", local_end="2026-11-17 08:30", zone=CR,
      note="Microsoft Bookings 'Se actualizó su reserva' (HTML only) from a Bookings mailbox: new slot 'martes, "
           "17 de noviembre de 2026 8:00 a. m. - 8:30 a. m. (UTC-06:00) Centroamérica' = 14:00-14:30Z. The "
           "Bookings mailbox is not a contact; the staff member's address is in the body.")
def p20() -> bytes:
    h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#323130">
        <p style="font-size:20px">Se actualizó su reserva</p>
        <p>Hola Daniela Mora:</p>
        <p>Se ha modificado su reserva con <b>Meridian Health Devices - Entrevistas Talento Humano</b>.</p>
        <table>
        <tr><td>Servicio</td><td>Entrevista de preselección - Ingeniería de Calidad</td></tr>
        <tr><td>Fecha y hora</td><td>martes, 17 de noviembre de 2026 8:00 a.&nbsp;m. - 8:30 a.&nbsp;m.
        (UTC-06:00) Centroamérica</td></tr>
        <tr><td>Personal</td><td>Natalia Vargas (natalia.vargas@meridianhd.cr)</td></tr>
        <tr><td>Ubicación</td><td>Reunión de Microsoft Teams</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/Entrevistas@meridianhd.onmicrosoft.com/bookings/s/manage">Administrar la reserva</a></p>
        <p style="font-size:11px;color:#605e5c">Reservas de Microsoft</p>
        </div></body></html>
        """)
    hs = head(addr("Meridian Health Devices - Entrevistas Talento Humano",
                   "EntrevistasTalentoHumano@meridianhd.onmicrosoft.com"),
              "Se actualizó su reserva con Meridian Health Devices - Entrevistas Talento Humano",
              "2026-11-12 13:45", CR,
              "PH0PR11MB5011BOOKINGS7A2C@PH0PR11MB5011.namprd11.prod.outlook.com",
              relay="mail-dm6nam11on2050.outbound.protection.outlook.com (40.107.223.50)",
              extra=[("Content-Language", "es-ES")])
    return message(hs, html(h, cte="base64"))


@mail(n(21), family="exchange_cancel", lang="en", interview=True, kind="cancelled",
      start="2026-12-14T16:00:00Z", end="2026-12-14T17:00:00Z", contact="brian.kowalski@lakeviewmed.com",
      company="Lakeview Medical Devices", local="Mon 2026-12-14 10:00", local_end="2026-12-14 11:00", zone=CHI,
      note="Outlook cancellation (METHOD:CANCEL, STATUS:CANCELLED) with TZID 'Central Standard Time': Mon 14 Dec "
           "10:00-11:00 CST (UTC-6) = 16:00-17:00Z, the cancelled slot; req on hold, no new time. Contact = "
           "organizer.")
def p21() -> bytes:
    body = t("""
        Hi Daniela,

        Unfortunately I have to cancel our interview on Monday - the Sr. Quality Engineer req has been put on
        hold until the new fiscal year. I'm really sorry for the short notice. I'll reach out as soon as it
        reopens; you were at the top of our list.

        Brian
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:CANCEL", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ["Central Standard Time"], "BEGIN:VEVENT",
        "ORGANIZER;CN=Brian Kowalski:mailto:brian.kowalski@lakeviewmed.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniela Mora:mailto:" + ME_ADDR,
        "DESCRIPTION;LANGUAGE=en-US:Unfortunately I have to cancel our interview on Monday\\n",
        "UID:040000008200E00074C5B7101A82E0080000000050B7E3D21A6BDC01000000000000000010000000A7E1",
        "SUMMARY;LANGUAGE=en-US:Canceled: Interview - Daniela Mora / Sr. Quality Engineer",
        "DTSTART;TZID=Central Standard Time:20261214T100000", "DTEND;TZID=Central Standard Time:20261214T110000",
        "CLASS:PUBLIC", "PRIORITY:1", "DTSTAMP:20261209T213012Z", "TRANSP:TRANSPARENT", "STATUS:CANCELLED",
        "SEQUENCE:2", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:2", "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:2", "X-MICROSOFT-CDO-INSTTYPE:0",
        "END:VEVENT", "END:VCALENDAR",
    ])
    hs = head(addr("Brian Kowalski", "brian.kowalski@lakeviewmed.com"),
              "Canceled: Interview - Daniela Mora / Sr. Quality Engineer", "2026-12-09 15:30", CHI,
              "MN2PR05MB6990C1A2B3D4E5F6@MN2PR05MB6990.namprd05.prod.outlook.com",
              relay="mail-mw2nam10on2115.outbound.protection.outlook.com (40.107.94.115)",
              extra=[("Importance", "high"), ("Thread-Topic", "Interview - Daniela Mora / Sr. Quality Engineer"),
                     ("Content-Language", "en-US")])
    return message(hs, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@mail(n(22), family="human_prose", lang="es", interview=True, kind="cancelled",
      start="2026-09-23T21:00:00Z", end=None, contact="carolina.mendez@hemolab.cr",
      company="Hemolab", local="Wed 2026-09-23 15:00", zone=CR,
      note="Recruiter (tú) cancels 'la entrevista del miércoles 23 a las 3 p. m.' (San José, UTC-6 = 21:00Z) "
           "because the position was frozen; no new time. 8bit utf-8 plain text.")
def p22() -> bytes:
    body = t("""
        Hola Daniela, buenos días.

        Qué pena contigo, pero te escribo para cancelar la entrevista del miércoles 23 a las 3 p. m. La
        gerencia congeló la plaza de Ingeniera de Calidad hasta el próximo año por un tema de presupuesto.

        Me quedo con tu CV y apenas se reactive te contacto de primero. Mil disculpas.

        Un abrazo,
        Carolina Méndez
        Reclutamiento | Hemolab
        """)
    hs = head(addr("Carolina Méndez", "carolina.mendez@hemolab.cr"), "Entrevista del miércoles",
              "2026-09-21 08:10", CR, "CAK9n3pL0_Qw7carolina-hemolab@mail.gmail.com",
              relay="mail-lj1-f172.google.com (mail-lj1-f172.google.com [209.85.208.172])")
    return message(hs, text(body, cte="8bit"))


VTZ_MEX = """BEGIN:VTIMEZONE
TZID:America/Mexico_City
X-LIC-LOCATION:America/Mexico_City
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""


@mail(n(23), family="recruitee", lang="es", interview=True, kind="cancelled",
      start="2026-11-06T15:00:00Z", end="2026-11-06T16:00:00Z", contact="paola.rangel@saludmex.com.mx",
      company="Saludmex Tecnologías", local="Fri 2026-11-06 09:00", local_end="2026-11-06 10:00", zone=MEX,
      note="Recruitee cancellation with ICS METHOD:CANCEL: 'viernes 6 de noviembre de 2026, 9:00 - 10:00 (hora "
           "de la Ciudad de México)', UTC-6 = 15:00-16:00Z; a new date will be proposed later (none given). "
           "Contact = Reply-To recruiter.")
def p23() -> bytes:
    body = t("""
        Hola Daniela:

        Lamentamos informarle que su entrevista programada para el viernes 6 de noviembre de 2026, de 9:00 a
        10:00 (hora de la Ciudad de México), ha sido cancelada por un cambio en la agenda del comité.

        En los próximos días nos pondremos en contacto con usted para proponerle una nueva fecha.

        Saludos,
        Paola Rangel
        Saludmex Tecnologías

        Enviado con Recruitee
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Recruitee//Events//EN", "METHOD:CANCEL", VTZ_MEX,
        "BEGIN:VEVENT", "UID:recruitee-event-5521093@recruitee.com", "DTSTAMP:20261102T170500Z",
        "DTSTART;TZID=America/Mexico_City:20261106T090000", "DTEND;TZID=America/Mexico_City:20261106T100000",
        "SUMMARY:Entrevista - Daniela Mora - Analista de Calidad Sr.", "STATUS:CANCELLED", "SEQUENCE:1",
        "ORGANIZER;CN=Paola Rangel:mailto:paola.rangel@saludmex.com.mx",
        "ATTENDEE;CN=Daniela Mora:mailto:" + ME_ADDR, "END:VEVENT", "END:VCALENDAR",
    ])
    hs = head(addr("Saludmex Tecnologías", "noreply@mail.recruitee.com"),
              "Entrevista cancelada: Analista de Calidad Sr.", "2026-11-02 11:05", MEX,
              "recruitee.5521093.cancel.1793638000@mail.recruitee.com",
              relay="mail.recruitee.com (mail.recruitee.com [192.0.2.33])",
              extra=[("Reply-To", addr("Paola Rangel", "paola.rangel@saludmex.com.mx"))])
    return message(hs, mixed(text(body, cte="base64"),
                             calendar(ics, method="CANCEL", filename="invite.ics", disposition="attachment")))


# =========================================================================== negatives (keys 24-50)


@mail(n(24), family="proposal_unconfirmed", lang="es", interview=False, company="Vitalis Dispositivos Médicos",
      note="Recruiter proposes two slots ('¿le funcionaría el miércoles 16 a las 10 a. m. o a las 2 p. m.?'); "
           "nothing is confirmed yet. The confirmation is a later mail in the set.",
      days=(("Wed", "2026-09-16"),))
def n24() -> bytes:
    body = t("""
        Buenos días, Daniela:

        Gracias por su interés en la posición de Ingeniera de Calidad en Vitalis Dispositivos Médicos. Su
        perfil nos pareció muy interesante y nos gustaría conversar con usted en nuestras oficinas de Heredia.

        ¿Le funcionaría el miércoles 16 de septiembre a las 10 a. m. o a las 2 p. m.? Si ninguna de las dos
        opciones le sirve, con gusto buscamos otra.

        Quedo atenta a su respuesta.

        Saludos cordiales,

        Laura Quesada Alfaro
        Reclutamiento y Selección
        Vitalis Dispositivos Médicos S.A.
        """)
    hs = head("Laura Quesada <laura.quesada@vitalisdm.cr>", "Proceso Ingeniera de Calidad - Vitalis",
              "2026-09-11 09:05", CR, "SN6PR02MB41129C0E2A11B7D3F1@SN6PR02MB4112.namprd02.prod.outlook.com",
              relay="mail-sn1nam02on2102.outbound.protection.outlook.com (40.107.96.102)",
              extra=[("Content-Language", "es-CR")])
    return message(hs, alt(text(body, charset="iso-8859-1", cte="quoted-printable"),
                           html("<html><body><p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>")
                                + "</p></body></html>\n", charset="iso-8859-1")))


@mail(n(25), family="rejection", lang="es", interview=False, company="Aurelia Vascular",
      note="Greenhouse rejection after an interview ('gracias por su tiempo en la entrevista'); no time fixed.")
def n25() -> bytes:
    body = t("""
        Hola Daniela:

        Gracias por su tiempo en la entrevista y por el interés en el puesto de Ingeniera de Calidad de
        Producto en Aurelia Vascular. Después de una cuidadosa evaluación, hemos decidido continuar con
        otros candidatos cuyo perfil se ajusta más a las necesidades actuales del equipo.

        Guardaremos sus datos y le invitamos a postularse a futuras vacantes.

        Le deseamos mucho éxito,
        Equipo de Talento de Aurelia Vascular
        """)
    hs = head("Aurelia Vascular <no-reply@us.greenhouse-mail.io>", "Su candidatura en Aurelia Vascular",
              "2026-10-06 14:22", CR, "0100019a1be20d55-gh-rej-2b11@us.greenhouse-mail.io",
              relay="o7.us.greenhouse-mail.io (o7.us.greenhouse-mail.io [198.51.100.7])")
    return message(hs, alt(text(body), html("<html><body><p>" + body.replace("\n\n", "</p><p>")
                                            + "</p></body></html>\n")))


@mail(n(26), family="offer", lang="es", interview=False, company="Nodum Medical",
      note="Job offer with a fixed start date and time ('lunes 4 de enero de 2027 a las 8:00 a. m.') and a "
           "deadline; not an interview.",
      days=(("Mon", "2027-01-04"), ("Fri", "2026-11-06")))
def n26() -> bytes:
    body = t("""
        Hola Dani,

        ¡Qué alegría! Adjunto la carta oferta formal para la posición de Ingeniera de Calidad Sénior en
        Nodum Medical. Los puntos principales:

        - Salario base mensual y bono anual según lo conversado
        - Fecha de ingreso: lunes 4 de enero de 2027 a las 8:00 a. m. (inducción en la planta de Heredia)
        - Modalidad híbrida, 3 días presenciales

        Te agradezco si nos das respuesta a más tardar el viernes 6 de noviembre. Cualquier duda me llamás.

        Pura vida,
        Andrés Villalobos
        Gerente de Calidad | Nodum Medical
        """)
    pdf = ("JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRvYmoKdHJhaWxlcgo8PC9S"
           "b290IDEgMCBSPj4KJSVFT0YK\r\n")
    att = Part([("Content-Type", 'application/pdf; name="Carta_oferta_Daniela_Mora.pdf"'),
                ("Content-Disposition", 'attachment; filename="Carta_oferta_Daniela_Mora.pdf"'),
                ("Content-Transfer-Encoding", "base64")], pdf.encode("ascii"))
    hs = head(addr("Andrés Villalobos", "andres.villalobos@nodumed.cr"), "Carta oferta - Nodum Medical",
              "2026-10-28 16:10", CR, "CAO2b8xK4-oferta-nodum@mail.gmail.com",
              relay="mail-pl1-f181.google.com (mail-pl1-f181.google.com [209.85.214.181])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), att))


@mail(n(27), family="application_receipt", lang="es", interview=False, company="Stellar Endoscopy Costa Rica",
      note="Taleo application acknowledgement; mentions that shortlisted candidates will be contacted for an "
           "interview; no time.")
def n27() -> bytes:
    body = t("""
        Estimada Daniela Mora:

        Gracias por postularse al puesto Ingeniero(a) de Calidad II (Requisición 2600871) en Stellar Endoscopy
        Costa Rica. Hemos recibido su solicitud correctamente.

        Nuestro equipo de Reclutamiento revisará su perfil. Si sus calificaciones coinciden con los requisitos
        del puesto, nos comunicaremos con usted para coordinar una entrevista.

        Puede consultar el estado de su solicitud en cualquier momento ingresando a nuestra sección de empleo.

        Atentamente,
        Reclutamiento Stellar Endoscopy

        Este es un mensaje generado automáticamente. Por favor no responda.
        """)
    hs = head("Stellar Endoscopy Careers <stellarendo@taleo.net>",
              "Confirmación de solicitud - Ingeniero(a) de Calidad II", "2026-09-08 22:41", CR,
              "1598223.1788925660.JavaMail.taleo@phx-mta02.taleo.net",
              relay="phx-mta02.taleo.net (phx-mta02.taleo.net [198.51.100.210])")
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(28), family="job_alert", lang="es", interview=False, company=None,
      note="JOIN job alert listing new openings; no interview.")
def n28() -> bytes:
    h = t("""
        <html><body style="font-family:Inter,Arial,sans-serif">
        <h2>5 nuevos empleos para "Ingeniera de Calidad" en San José</h2>
        <ul>
        <li><a href="https://join.com/companies/medsol/1180">Ingeniero/a de Calidad de Proveedores</a> - MedSol - Heredia</li>
        <li><a href="https://join.com/companies/cortex-implants/2207">QA Engineer (Remote LATAM)</a> - Cortex Implants - Remoto</li>
        <li><a href="https://join.com/companies/bluereef/3310">Especialista en Validación</a> - BlueReef Devices - Cartago</li>
        <li><a href="https://join.com/companies/andina-lab/4412">Auditor(a) Interno ISO 13485</a> - Andina Lab - San José</li>
        <li><a href="https://join.com/companies/panamed/5516">Quality Lead</a> - PanaMed - Ciudad de Panamá</li>
        </ul>
        <p>Postúlate en 2 minutos, sin crear cuenta. ¡Mucho éxito en tus entrevistas!</p>
        <p style="font-size:11px;color:#888">Recibes este correo porque creaste una alerta de empleo en JOIN.
        <a href="https://join.com/alerts/unsubscribe">Darse de baja</a></p>
        </body></html>
        """)
    hs = head("JOIN <alerts@join.com>", "5 nuevos empleos para Ingeniera de Calidad en San José",
              "2026-10-12 07:00", CR, "join-alert-20261012-88f1a2@join.com",
              relay="mail.join.com (mail.join.com [192.0.2.17])",
              extra=[("List-Unsubscribe", "<https://join.com/alerts/unsubscribe>")])
    return message(hs, html(h))


@mail(n(29), family="newsletter_tips", lang="es", interview=False, company=None,
      note="Career blog newsletter about interview questions for quality engineers; advertises a live session "
           "time but is not an interview.",
      days=(("Tue", "2026-11-10"),))
def n29() -> bytes:
    h = t("""
        <html><body style="font-family:Georgia,serif;max-width:640px">
        <h1>Carrera MedTech · Boletín semanal</h1>
        <h2>Las 12 preguntas que le harán en una entrevista de Ingeniería de Calidad</h2>
        <p>"Cuénteme de una CAPA que usted lideró". "¿Cómo manejaría un hallazgo mayor de auditoría un viernes a
        las 4 p. m.?" Repasamos las preguntas más comunes en entrevistas técnicas de dispositivos médicos y cómo
        responderlas con el método STAR.</p>
        <p><a href="https://carreramedtech.example.com/blog/preguntas-entrevista-calidad">Leer el artículo completo</a></p>
        <h3>En vivo</h3>
        <p>El martes 10 de noviembre a las 7 p. m. (hora de Costa Rica) respondemos sus dudas en Instagram Live.</p>
        <p style="font-size:11px">Usted recibe este boletín porque se suscribió en carreramedtech.example.com.
        <a href="https://carreramedtech.example.com/baja">Cancelar suscripción</a></p>
        </body></html>
        """)
    hs = head(addr("Carrera MedTech", "boletin@carreramedtech.example.com"),
              "Las 12 preguntas de entrevista que sí o sí le van a hacer", "2026-11-04 06:30", CR,
              "mc.20261104.3f0e1a9b@mail242.atl61.mcsv.net",
              relay="mail242.atl61.mcsv.net (mail242.atl61.mcsv.net [198.2.130.242])",
              extra=[("List-Unsubscribe", "<https://carreramedtech.example.com/baja>"), ("Precedence", "bulk")])
    return message(hs, html(h, cte="base64"))


@mail(n(30), family="self_schedule_link", lang="es", interview=False, company="Ergon Medical",
      note="Teamtailor 'elija un horario' self-scheduling link listing open slots; nothing booked yet.",
      days=(("Tue", "2026-10-13"), ("Wed", "2026-10-14")))
def n30() -> bytes:
    body = t("""
        Hola Daniela,

        ¡Gracias por postularte a Ingeniera de Calidad en Ergon Medical! Nos gustaría conocerte en una
        entrevista de 30 minutos con nuestro equipo de Talento.

        Elegí el horario que mejor te quede en este enlace:
        https://ergonmedical.teamtailor.com/meetings/booking/7f3c2a1e

        Algunos horarios disponibles (hora de Costa Rica):
          mar. 13 oct · 9:00 a. m.
          mar. 13 oct · 10:30 a. m.
          mié. 14 oct · 2:00 p. m.

        ¡Saludos!
        Equipo de Talento · Ergon Medical
        """)
    h = "<html><body>" + "".join(f"<p>{x}</p>" for x in body.split("\n") if x) + "</body></html>\n"
    hs = head(addr("Ergon Medical", "no-reply@ergonmedical.teamtailor-mail.com"),
              "Elegí un horario para tu entrevista con Ergon Medical", "2026-10-08 13:20", CR,
              "tt.meeting.7f3c2a1e.1791487200@teamtailor-mail.com",
              relay="mail.teamtailor-mail.com (mail.teamtailor-mail.com [192.0.2.90])")
    return message(hs, alt(text(body), html(h)))


@mail(n(31), family="recruiter_outreach", lang="en", interview=False, company="Keystone Life Sciences Search",
      note="Agency recruiter's cold outreach asking for a 'quick chat this week'; no time fixed.")
def n31() -> bytes:
    body = t("""
        Hi Daniela,

        I came across your profile and your ISO 13485 / CAPA background really stood out. I'm partnering with
        a Class III cardiovascular device company that's building a quality team in Heredia, and I think
        you'd be a great fit for their Senior QE role.

        Would you be open to a quick chat sometime this week? Just reply with a couple of times that work for
        you, or grab a slot here: https://calendly.com/keystone-ls/15min

        Best,
        Derek Mills
        Principal Recruiter, Keystone Life Sciences Search
        """)
    hs = head(addr("Derek Mills", "derek.mills@keystonels.com"), "Senior QE opportunity - Heredia",
              "2026-09-29 10:12", NY, "CAP9vH3k-keystone-outreach@mail.gmail.com",
              relay="mail-qk1-f176.google.com (mail-qk1-f176.google.com [209.85.222.176])")
    return message(hs, text(body, cte="7bit"))


@mail(n(32), family="job_centre", lang="es", interview=False, company=None,
      note="Municipal employment office appointment (orientación laboral) with a fixed time: an appointment "
           "about job seeking, not a job interview.",
      days=(("Thu", "2026-10-08"),))
def n32() -> bytes:
    body = t("""
        Estimada señora Daniela Mora Chacón:

        La Oficina Municipal de Intermediación de Empleo le confirma su cita de orientación laboral e
        inscripción en la bolsa de empleo:

        Fecha: jueves 8 de octubre de 2026
        Hora: 9:00 a. m.
        Lugar: Centro de Empleo Municipal, Avenida 2, San José (segundo piso)

        Debe presentar cédula de identidad, currículum actualizado y títulos académicos. La cita dura
        aproximadamente 40 minutos.

        Atentamente,
        Oficina Municipal de Intermediación de Empleo
        """)
    hs = head(addr("Intermediación de Empleo", "empleo@municipio-sanjose.example.net"),
              "Confirmación de cita - Oficina de Intermediación de Empleo", "2026-10-01 11:45", CR,
              "20261001174500.31c2@municipio-sanjose.example.net",
              relay="correo.municipio-sanjose.example.net (192.0.2.150)")
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(33), family="press_interview", lang="es", interview=False, company=None,
      note="Journalist confirms an interview WITH Daniela for a feature on women in engineering, fixed time "
           "(martes 20 de octubre, 4 p. m.): an 'entrevista', but not a job interview.",
      days=(("Tue", "2026-10-20"),))
def n33() -> bytes:
    body = t("""
        Hola Daniela:

        ¡Muchas gracias por aceptar! Le confirmo la entrevista para el reportaje "Mujeres que hacen la
        industria médica en Costa Rica": el martes 20 de octubre a las 4 p. m., por Zoom, unos 30 minutos.
        Le enviaré el enlace el lunes. Si puede, tenga a mano una foto suya en la planta (con permiso de la
        empresa, claro).

        Saludos,
        Melissa Ureña
        Periodista · Revista Industria CR
        """)
    hs = head(addr("Melissa Ureña", "melissa.urena@revistaindustria.example.com"),
              "Re: Entrevista para reportaje - Revista Industria CR", "2026-10-14 12:30", CR,
              "CAMx7Q-urena-reportaje-01@mail.gmail.com",
              relay="mail-ua1-f48.google.com (mail-ua1-f48.google.com [209.85.222.48])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(34), family="podcast", lang="en", interview=False, company=None,
      note="Podcast recording confirmed for Thu 19 Nov 11:00 AM EST with a recording-studio link; Daniela is the "
           "guest, not a job candidate.",
      days=(("Thu", "2026-11-19"),))
def n34() -> bytes:
    body = t("""
        Hi Daniela,

        You're confirmed as a guest on The Quality Loop podcast!

        Recording: Thursday, November 19, 2026 at 11:00 AM EST (60 minutes)
        Studio link: https://riverside.fm/studio/the-quality-loop

        We'll chat about your path from the production floor to quality engineering in Costa Rica's
        med-device cluster, and your best tips for candidates preparing for a QE job interview.

        Thanks!
        Lena Fischer
        Host, The Quality Loop
        """)
    hs = head(addr("Lena Fischer", "lena@qualityloop.example.com"), "Podcast recording confirmed - The Quality Loop",
              "2026-11-11 09:00", NY, "CAQL-8814-guest-confirm@qualityloop.example.com",
              relay="smtp.qualityloop.example.com (192.0.2.19)")
    return message(hs, text(body, cte="7bit"))


@mail(n(35), family="admission_interview", lang="es", interview=False, company=None,
      note="MBA admission interview with ICS (sábado 24 de octubre, 9:00 a. m. San José): a confirmed "
           "'entrevista', but for a study programme, not a job.",
      days=(("Sat", "2026-10-24"),))
def n35() -> bytes:
    body = t("""
        Estimada Daniela:

        El Comité de Admisiones del MBA Ejecutivo le confirma su entrevista de admisión:

        Sábado 24 de octubre de 2026, 9:00 a. m. a 9:45 a. m.
        Campus La Garita, edificio de Posgrados, sala 2

        Adjuntamos la invitación para su calendario.

        Oficina de Admisiones
        Escuela de Negocios del Valle Central
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "METHOD:REQUEST", VTZ_CR, "BEGIN:VEVENT",
        "DTSTART;TZID=America/Costa_Rica:20261024T090000", "DTEND;TZID=America/Costa_Rica:20261024T094500",
        "DTSTAMP:20261016T160000Z", "UID:admisiones-mba-2026-10-24-dmora@enegociosvalle.example.edu",
        "ORGANIZER;CN=Admisiones MBA:mailto:admisiones@enegociosvalle.example.edu",
        "ATTENDEE;CN=Daniela Mora;RSVP=TRUE:mailto:" + ME_ADDR,
        "SUMMARY:Entrevista de admisión MBA Ejecutivo - Daniela Mora", "LOCATION:Campus La Garita\\, sala 2",
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR",
    ])
    hs = head(addr("Admisiones MBA", "admisiones@enegociosvalle.example.edu"),
              "Confirmación de entrevista de admisión - MBA Ejecutivo", "2026-10-16 10:00", CR,
              "adm-2026-1016-dmora@enegociosvalle.example.edu",
              relay="mail.enegociosvalle.example.edu (192.0.2.201)")
    return message(hs, mixed(text(body), calendar(ics, filename="entrevista_admision.ics",
                                                  disposition="attachment", cte="base64")))


@mail(n(36), family="sports_tryout", lang="es", interview=False, company=None,
      note="Volleyball club try-out ('prueba') with a fixed time, sábado 26 de septiembre 8 a. m.; not a job.",
      days=(("Sat", "2026-09-26"),))
def n36() -> bytes:
    body = t("""
        Hola Daniela!!

        Te confirmamos que quedaste inscrita para la prueba del equipo de voleibol femenino master (+30).
        Es este sábado 26 de septiembre a las 8 a. m. en el gimnasio del polideportivo. Traé tenis de
        gimnasio, rodilleras y agua. La prueba dura como dos horas.

        Nos vemos!!
        Kattia - Comisión de voleibol
        Club Deportivo Barrio Escalante
        """)
    hs = head(addr("Club Deportivo Barrio Escalante", "voleibol@cdescalante.example.net"),
              "Prueba voleibol femenino - confirmación", "2026-09-22 20:15", CR,
              "cdescalante-voley-20260922@cdescalante.example.net",
              relay="smtp.cdescalante.example.net (192.0.2.44)")
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(37), family="car_service", lang="es", interview=False, company=None,
      note="Car service appointment (lunes 16 de noviembre, 7:30 a. m.): fixed time, not an interview.",
      days=(("Mon", "2026-11-16"),))
def n37() -> bytes:
    h = t("""
        <html><body style="font-family:Arial;font-size:13px">
        <table width="100%" style="background:#c00;color:#fff"><tr><td><b>AutoServicio Moravia</b></td></tr></table>
        <p>Estimada Daniela Mora,</p>
        <p>Su cita de servicio está confirmada:</p>
        <ul>
        <li>Vehículo: Toyota Yaris 2019 - placa BVR-412</li>
        <li>Servicio: Mantenimiento de 60.000 km + revisión de frenos</li>
        <li>Fecha: lunes 16 de noviembre de 2026</li>
        <li>Hora de recepción: 7:30 a. m.</li>
        </ul>
        <p>Tiempo estimado de entrega: 4 a 5 horas. Le notificaremos por WhatsApp cuando el vehículo esté listo.</p>
        <p>AutoServicio Moravia · Tel. 2240-0000</p>
        </body></html>
        """)
    hs = head(addr("AutoServicio Moravia", "citas@autoserviciomoravia.example.com"),
              "Cita de servicio confirmada - lunes 16/11 7:30 a. m.", "2026-11-11 17:02", CR,
              "citas.88231.20261111@autoserviciomoravia.example.com",
              relay="smtp.autoserviciomoravia.example.com (192.0.2.71)")
    return message(hs, html(h, charset="iso-8859-15"))


@mail(n(38), family="mock_interview", lang="es", interview=False, company=None,
      note="Calendly booking (Spanish) of a paid mock interview with a career coach, mié. 25 nov 6:00 p. m. San "
           "José (00:00Z on the 26th in the ICS): fixed time, but practice, not a job interview.",
      days=(("Wed", "2026-11-25"),))
def n38() -> bytes:
    body = t("""
        Hola Daniela Mora:

        Se programó un nuevo evento.

        Tipo de evento:
        Simulacro de entrevista técnica (Dispositivos Médicos) - 60 min

        Fecha/hora del evento:
        6:00pm - 7:00pm (Hora de Centroamérica) miércoles, 25 de noviembre de 2026

        Ubicación:
        Google Meet (el enlace llegará por correo)

        Notas de Carolina:
        Vamos a practicar preguntas de comportamiento y un caso de no conformidad. Traé tu CV impreso.

        ¿Necesitas hacer cambios en este evento?
        Cancelar: https://calendly.com/cancellations/a11f-52d0
        Reprogramar: https://calendly.com/reschedulings/a11f-52d0
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:a11f-52d0-coach@calendly.com
        DTSTAMP:20261123T151000Z
        DTSTART:20261126T000000Z
        DTEND:20261126T010000Z
        SUMMARY:Simulacro de entrevista tecnica - Carolina Solis Coaching
        ORGANIZER;CN=Carolina Solis:mailto:carolina@solis-coaching.example.com
        ATTENDEE;CN=Daniela Mora;PARTSTAT=ACCEPTED:mailto:daniela.mora@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Calendly <notifications@calendly.com>",
              "Nuevo evento: Simulacro de entrevista técnica (Dispositivos Médicos) - 60 min",
              "2026-11-23 09:10", CR, "01000193f0a2b7c1-calendly-coach-77@email.amazonses.com",
              relay="a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])",
              extra=[("Reply-To", "Carolina Solis <carolina@solis-coaching.example.com>")])
    return message(hs, mixed(text(body), calendar(ics, filename="invite.ics", disposition="attachment",
                                                  cte="base64", ctype="application/ics", method=None)))


@mail(n(39), family="forwarded_other_person", lang="es", interview=False, company=None,
      note="Flatmate forwards HER OWN interview confirmation (jueves 29 de octubre, 11 a. m.) to share the "
           "news: a confirmed job interview, but not Daniela's.",
      days=(("Thu", "2026-10-29"),))
def n39() -> bytes:
    inner_body = t("""
        Hola Sofía:

        Le confirmamos su entrevista para el puesto de Analista de Compras el jueves 29 de octubre a las
        11 a. m. en nuestras oficinas de Santa Ana.

        Saludos,
        Gabriela Pérez
        Reclutamiento - Distribuidora Los Lagos
        """)
    inner = message([
        ("From", addr("Gabriela Pérez", "gperez@distlagos.example.com")),
        ("To", addr("Sofía Rojas", "sofia.rojas@example.net")),
        ("Subject", enc("Confirmación de entrevista")),
        ("Date", date("2026-10-22 15:40", CR)),
        ("Message-ID", "<dl-2210-sofia@distlagos.example.com>"),
    ], text(body=inner_body))
    body = t("""
        Maeee mirá!!! me confirmaron la entrevista 🙌🙌 el jueves no voy a estar para almorzar.
        Deseame suerte jaja
        Sofi
        """)
    hs = head(addr("Sofía Rojas", "sofia.rojas@example.net"), "Fwd: Confirmación de entrevista",
              "2026-10-22 18:05", CR, "CAGsofi-fwd-2210@mail.gmail.com",
              relay="mail-oi1-f171.google.com (mail-oi1-f171.google.com [209.85.167.171])")
    return message(hs, mixed(text(body), attached_message(inner, "Confirmación de entrevista.eml")))


@mail(n(40), family="hiring_panel_current_job", lang="es", interview=False, company=None,
      note="Outlook invite from Daniela's current employer asking her to sit on the interview panel for a "
           "technician candidate (Wed 30 Sep 10:00 San José, ICS in UTC): she is the interviewer, not the "
           "candidate.",
      days=(("Wed", "2026-09-30"),))
def n40() -> bytes:
    body = t("""
        Hola Dani,

        Te agrego al panel para la entrevista del candidato a Técnico de Calidad (turno B), Luis Porras. Vos
        evaluás la parte técnica (inspección de recibo y lectura de planos). Te dejo el CV en el Teams del
        equipo.

        Gracias!
        Marcela Quirós
        Recursos Humanos | Precisión Médica CR
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Marcela Quirós:mailto:mquiros@precisionmedica.example.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniela Mora:mailto:dmora@precisionmedica.example.com",
        "SUMMARY;LANGUAGE=es-ES:Entrevista candidato Técnico de Calidad - Luis Porras (panel)",
        "DTSTART:20260930T160000Z", "DTEND:20260930T170000Z",
        "UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DC01000000000000000010000000BEEF",
        "DTSTAMP:20260924T191500Z", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=es-ES:Sala Irazú - Edificio Administrativo",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "END:VEVENT", "END:VCALENDAR",
    ])
    hs = head(addr("Marcela Quirós", "mquiros@precisionmedica.example.com"),
              "Entrevista candidato Técnico de Calidad - Luis Porras (panel)", "2026-09-24 13:15", CR,
              "DM6PR04MB7011A1B2C3@DM6PR04MB7011.namprd04.prod.outlook.com",
              to=addr("Daniela Mora", "dmora@precisionmedica.example.com"),
              relay="mail-dm6nam04on2060.outbound.protection.outlook.com (40.107.102.60)",
              extra=[("Cc", ME)])
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(n(41), family="medical_appointment", lang="es", interview=False, company=None,
      note="Dentist appointment reminder with ICS (viernes 16 de octubre, 7:00 a. m.): not an interview.",
      days=(("Fri", "2026-10-16"),))
def n41() -> bytes:
    body = t("""
        Recordatorio de cita

        Daniela Mora, le recordamos su cita de limpieza y control con la Dra. Adriana Cordero:
        viernes 16 de octubre de 2026 a las 7:00 a. m.
        Clínica Dental Sonrisas, Escazú, Plaza Itskatzú local 12.

        Para reprogramar llame al 2288-0000 con 24 horas de anticipación.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Dentalink//Citas//ES", "METHOD:PUBLISH", VTZ_CR,
        "BEGIN:VEVENT", "UID:cita-44871@dentalsonrisas.example.com", "DTSTAMP:20261012T140000Z",
        "DTSTART;TZID=America/Costa_Rica:20261016T070000", "DTEND;TZID=America/Costa_Rica:20261016T074500",
        "SUMMARY:Cita dental - Dra. Adriana Cordero", "LOCATION:Clínica Dental Sonrisas\\, Escazú",
        "END:VEVENT", "END:VCALENDAR",
    ])
    hs = head(addr("Clínica Dental Sonrisas", "citas@dentalsonrisas.example.com"),
              "Recordatorio de cita - viernes 16 de octubre", "2026-10-12 08:00", CR,
              "dentalink-44871-rem@dentalsonrisas.example.com", relay="mta.dentalink.example.com (192.0.2.55)")
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", filename="cita.ics",
                                                  disposition="attachment", cte="base64")))


@mail(n(42), family="flat_viewing", lang="es", interview=False, company=None,
      note="Flat viewing in Heredia ('sábado 3/10 a las 10 a. m.'): fixed time, not an interview.",
      days=(("Sat", "2026-10-03"),))
def n42() -> bytes:
    body = t("""
        Buenas Daniela, con gusto. Entonces quedamos el sábado 3/10 a las 10 a. m. para que vea el
        apartamento en San Pablo de Heredia, 100 m sur de la iglesia, portón negro. Es el 2B. Yo la espero
        ahí con las llaves.

        Don Rafael Chaves
        Cel. 8700-0000

        Enviado desde mi Galaxy
        """)
    hs = head(addr("Rafael Chaves", "rafachaves61@example.com"), "RE: Apartamento San Pablo",
              "2026-09-30 21:10", CR, "rchaves-apto-0930@example.com",
              relay="mail-pf1-f169.google.com (mail-pf1-f169.google.com [209.85.210.169])")
    return message(hs, text(body, cte="8bit"))


@mail(n(43), family="parent_teacher", lang="es", interview=False, company=None,
      note="School parent-teacher meeting with a fixed time (viernes 13 de noviembre, 5:30 p. m.).",
      days=(("Fri", "2026-11-13"),))
def n43() -> bytes:
    body = t("""
        Estimadas familias de 3.° grado B:

        Les convocamos a la reunión de padres de familia para la entrega de informes del III trimestre:

        Día: viernes 13 de noviembre
        Hora: 5:30 p. m.
        Lugar: aula 3B

        Se agradece puntualidad. La reunión durará una hora.

        Msc. Lorena Barquero
        Docente de 3.° B - Escuela Los Ángeles
        """)
    hs = head(addr("Lorena Barquero", "lbarquero@escuelalosangeles.example.ed.cr"),
              "Reunión de padres de familia - 3.° B", "2026-11-06 14:00", CR,
              "esc-la-3b-1106@escuelalosangeles.example.ed.cr",
              to="Familias 3B <familias3b@escuelalosangeles.example.ed.cr>",
              relay="smtp.escuelalosangeles.example.ed.cr (192.0.2.12)")
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(44), family="auto_reply", lang="es", interview=False, company="Hospiline Ibérica",
      note="Out-of-office auto-reply from the Hospiline recruiter; mentions interviews and a return date, no "
           "appointment.",
      days=(("Mon", "2026-11-16"),))
def n44() -> bytes:
    body = t("""
        Gracias por su mensaje. Estoy fuera de la oficina hasta el lunes 16 de noviembre, con acceso limitado
        al correo. Para temas urgentes sobre procesos de selección o entrevistas, escriba a
        seleccion@hospiline.es.

        Un saludo,
        Irene Calvo
        """)
    hs = head(addr("Irene Calvo", "irene.calvo@hospiline.es"),
              "Respuesta automática: Re: Invitación a entrevista", "2026-11-10 17:02", "Europe/Madrid",
              "AM9PR04MB8111AUTO0E1F@AM9PR04MB8111.eurprd04.prod.outlook.com",
              relay="mail-am6eur04on2100.outbound.protection.outlook.com (40.107.105.100)",
              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return message(hs, text(body))


@mail(n(45), family="bounce", lang="en", interview=False, company=None,
      note="Mailer-daemon bounce of Daniela's own mail offering her availability for an interview; the "
           "returned message is attached. No interview confirmed.",
      days=(("Mon", "2026-09-07"),))
def n45() -> bytes:
    orig = message([
        ("From", ME), ("To", "rrhh@medicaliscr.example.com"),
        ("Subject", enc("Postulación Ingeniera de Calidad - disponibilidad para entrevista")),
        ("Date", date("2026-09-03 08:30", CR)), ("Message-ID", "<CAdm-postulacion-0903@mail.example.org>"),
    ], text(t("""
        Buenos días:

        Adjunto mi CV para la posición de Ingeniera de Calidad. Quedo disponible para una entrevista a partir
        del lunes 7 de septiembre, en el horario que les resulte conveniente.

        Saludos,
        Daniela Mora
        """)))
    report = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <rrhh@medicaliscr.example.com>: host mail.medicaliscr.example.com[192.0.2.99] said:
            550 5.1.1 <rrhh@medicaliscr.example.com>: Recipient address rejected: User unknown
        """)
    hs = [
        ("Delivered-To", ME_ADDR),
        ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
        ("To", ME_ADDR),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-09-03 08:30", CR)),
        ("Message-ID", "<20260903143012.7B1C2@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    status = raw_part([("Content-Type", "message/delivery-status")], t("""
        Reporting-MTA: dns; mx1.example.org
        Arrival-Date: Thu,  3 Sep 2026 14:30:05 +0000 (UTC)

        Final-Recipient: rfc822; rrhh@medicaliscr.example.com
        Action: failed
        Status: 5.1.1
        Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown
        """))
    return message(hs, multipart("report", text(report, cte="7bit"), status, attached_message(orig),
                                 params="report-type=delivery-status"))


@mail(n(46), family="webinar", lang="en", interview=False, company=None,
      note="Zoom webinar registration 'Acing the Medical Device Quality Interview', Tue 13 Oct 12:00 PM Central "
           "(CDT): a fixed time about interviews, but a webinar.",
      days=(("Tue", "2026-10-13"),))
def n46() -> bytes:
    body = t("""
        Hi Daniela,

        Thank you for registering for "Acing the Medical Device Quality Interview: CAPA, Design Controls and
        Audit Stories".

        Date & Time: Oct 13, 2026 12:00 PM Central Time (US and Canada)

        Join from a PC, Mac, iPad, or Android: https://medtechqn.zoom.us/w/96600112233?tk=Xy7

        You can cancel your registration at any time.

        MedTech Quality Network
        """)
    hs = head(addr("MedTech Quality Network", "no-reply@zoom.us"),
              "Acing the Medical Device Quality Interview Confirmation", "2026-10-05 09:45", CHI,
              "zoom-webinar-reg-96600112233-dmora@zoom.us",
              relay="sjc-mail-out.zoom.us (sjc-mail-out.zoom.us [198.51.100.88])",
              extra=[("Reply-To", "events@medtechqn.example.org")])
    return message(hs, alt(text(body), html("<html><body><p>" + body.replace("\n\n", "</p><p>")
                                            + "</p></body></html>\n")))


@mail(n(47), family="post_interview", lang="en", interview=False, company="Pellucid Labs",
      note="Thank-you after the Pellucid interview ('great speaking with you yesterday'), next steps 'next "
           "week'; no time fixed. Quotes the earlier confirmation's date.")
def n47() -> bytes:
    body = t("""
        Hi Daniela,

        Thanks again for your time yesterday - Priya really enjoyed the conversation about your complaint
        trending work. The team is finishing first-round interviews this week and we'll be in touch with next
        steps early next week.

        Best,
        Marcus

        On Wed, Sep 30, 2026 at 5:02 PM Daniela Mora <daniela.mora@example.org> wrote:
        > Hi Marcus, thank you for organizing today's interview, it was a pleasure to meet Priya.
        > Daniela
        """)
    hs = head(addr("Marcus Lee", "marcus.lee@pellucidlabs.com"), "Re: Thank you - Pellucid Labs",
              "2026-10-01 15:30", CHI, "CAPl-marcus-thanks-1001@mail.gmail.com",
              relay="mail-io1-f45.google.com (mail-io1-f45.google.com [209.85.166.45])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(48), family="bank_advisor", lang="es", interview=False, company=None,
      note="Bank advisor meeting (martes 27 de octubre, 11:00 a. m.) about a personal loan: fixed time, not an "
           "interview.",
      days=(("Tue", "2026-10-27"),))
def n48() -> bytes:
    h = t("""
        <html><body style="font-family:Verdana;font-size:12px">
        <p><img src="https://bancocordillera.example.com/logo.png" alt="Banco Cordillera"></p>
        <p>Estimada clienta Daniela Mora:</p>
        <p>Su cita con su ejecutiva de cuenta, <b>Silvia Monge</b>, ha sido agendada:</p>
        <p>Martes 27 de octubre de 2026 · 11:00 a.&nbsp;m.<br>Sucursal Heredia Centro<br>
        Motivo: asesoría de crédito personal y refinanciamiento</p>
        <p>Recuerde traer constancia salarial y orden patronal.</p>
        <p style="font-size:10px">Banco Cordillera nunca le solicitará claves por correo electrónico.</p>
        </body></html>
        """)
    hs = head(addr("Banco Cordillera", "notificaciones@bancocordillera.example.com"),
              "Confirmación de cita con su ejecutiva", "2026-10-21 09:30", CR,
              "bc-cita-771203@bancocordillera.example.com", relay="mta1.bancocordillera.example.com (192.0.2.230)")
    return message(hs, html(h, charset="windows-1252", cte="quoted-printable"))


@mail(n(49), family="mailing_list", lang="es", interview=False, company=None,
      note="Professional mailing-list announcement of a talk on preparing technical interviews (jueves 19/11, "
           "6:30 p. m.): a meetup, not an interview.",
      days=(("Thu", "2026-11-19"),))
def n49() -> bytes:
    body = t("""
        Estimados miembros:

        La Sección Costa Rica les invita a la charla mensual:

        "Cómo preparar su entrevista técnica en la industria médica"
        Expositora: Ing. Rebeca Salas, Gerente de Calidad

        Jueves 19/11, 6:30 p. m., Auditorio del Colegio de Ingenieros (y transmisión por Teams).
        Entrada libre para miembros; confirmen asistencia respondiendo a la lista.

        --
        Lista calidad-cr: calidad-cr@listas.seccion-calidad.example.org
        Para desuscribirse: https://listas.seccion-calidad.example.org/mailman/listinfo/calidad-cr
        """)
    hs = head(addr("Sección Costa Rica - Junta Directiva", "junta@seccion-calidad.example.org"),
              "[calidad-cr] Charla: cómo preparar su entrevista técnica - jueves 19/11", "2026-11-09 19:20", CR,
              "mailman.412.1794280800.1150.calidad-cr@listas.seccion-calidad.example.org",
              to="calidad-cr@listas.seccion-calidad.example.org",
              relay="listas.seccion-calidad.example.org (192.0.2.77)",
              extra=[("List-Id", "Ingenieros de calidad CR <calidad-cr.listas.seccion-calidad.example.org>"),
                     ("List-Unsubscribe", "<https://listas.seccion-calidad.example.org/mailman/listinfo/calidad-cr>"),
                     ("Precedence", "list"), ("Sender", "calidad-cr-bounces@listas.seccion-calidad.example.org")])
    return message(hs, text(body))


@mail(n(50), family="team_event", lang="es", interview=False, company=None,
      note="Google Calendar invitation to the current team's year-end party (viernes 11 de diciembre, 12:00 - "
           "15:00 San José): a fixed-time event at the current job.",
      days=(("Fri", "2026-12-11"),))
def n50() -> bytes:
    body = t("""
        Daniela Mora, se te ha invitado a un evento.

        Convivio de fin de año - Equipo de Calidad
        viernes, 11 dic 2026 ⋅ 12:00 – 15:00
        Hora de Costa Rica
        Restaurante La Casona, Santo Domingo de Heredia

        Traigan el regalito del amigo secreto (máx. ₡10 000) 🎁

        Invitación de Google Calendar
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "METHOD:REQUEST",
        VTZ_CR, "BEGIN:VEVENT",
        "DTSTART;TZID=America/Costa_Rica:20261211T120000", "DTEND;TZID=America/Costa_Rica:20261211T150000",
        "DTSTAMP:20261201T211000Z", "ORGANIZER;CN=Kevin Solano:mailto:ksolano.precision@example.com",
        "UID:convivio2026calidad@google.com",
        "ATTENDEE;CN=Daniela Mora;RSVP=TRUE:mailto:" + ME_ADDR,
        "SUMMARY:Convivio de fin de año - Equipo de Calidad", "LOCATION:Restaurante La Casona\\, Santo Domingo",
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR",
    ])
    hs = head(addr("Kevin Solano", "ksolano.precision@example.com"),
              "Invitación: Convivio de fin de año - Equipo de Calidad @ vie 11 dic 2026 12:00 - 15:00 (CST)",
              "2026-12-01 15:10", CR, "calendar-convivio-2026@google.com",
              relay="mail-sor-f70.google.com (mail-sor-f70.google.com [209.85.220.70])",
              extra=[("Sender", "Google Calendar <calendar-notification@google.com>")])
    return message(hs, alt(text(body), calendar(ics, cte="base64")))
