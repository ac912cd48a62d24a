"""blind178: a blind 50-mail held-out set, the inbox of Valeria Canul (data engineer, Mérida, Yucatán).

Written by a helper session that did not read the detector, its tests, or the other held-out mails.
Keys 1-23 are positives, 24-50 negatives; file numbers are a fixed shuffle of the writing order.
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
    received,
    t,
    text,
    utc,
)

SET = "blind178"
ORDER = random.Random(1780178).sample(range(1, 51), 50)
ME = "valeria.canul@example.org"
ME_H = addr("Valeria Canul", ME)
MERIDA = "America/Merida"
CANCUN = "America/Cancun"
CDMX = "America/Mexico_City"
MTY = "America/Monterrey"
GDL = "America/Mexico_City"
NY = "America/New_York"
CHI = "America/Chicago"
LA = "America/Los_Angeles"


def n(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def mail(key: int, **kw):
    return make.mail(n(key), **kw)


def hdr(frm: str, subject: str, when: str, zone: str, msgid: str, *, relay: str,
        extra: tuple[tuple[str, str], ...] = (), to: str = ME_H, charset: str = "utf-8",
        lag: int = 3) -> list[tuple[str, str]]:
    rid = msgid.strip("<>")[:10].replace(".", "").replace("@", "")
    return [
        ("Return-Path", f"<bounce-{rid}@{relay.split(' ')[0]}>"),
        ("Received", received(f"from {relay}", when, zone,
                              f"mx1.example.org (Postfix) with ESMTPS id {rid.upper()}", ME, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


def vcal(prodid: str, method: str | None, event: str, vtz: str = "") -> str:
    head = f"BEGIN:VCALENDAR\nPRODID:{prodid}\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
    if method:
        head += f"METHOD:{method}\n"
    if vtz:
        head += vtz.strip("\n") + "\n"
    return head + "BEGIN:VEVENT\n" + t(event).strip("\n") + "\nEND:VEVENT\nEND:VCALENDAR\n"


VTZ_MX_WIN = """BEGIN:VTIMEZONE
TZID:Central Standard Time (Mexico)
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
END:STANDARD
END:VTIMEZONE"""

VTZ_MERIDA = """BEGIN:VTIMEZONE
TZID:America/Merida
X-LIC-LOCATION:America/Merida
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

VTZ_CDMX = """BEGIN:VTIMEZONE
TZID:America/Mexico_City
X-LIC-LOCATION:America/Mexico_City
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

VTZ_LA = """BEGIN:VTIMEZONE
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

TEAMS_ES = """________________________________________________________________________________
Reunión de Microsoft Teams
Únase desde su equipo, aplicación móvil o dispositivo de sala
Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
Id. de la reunión: {num}
Código de acceso: {code}
Descargar Teams<https://www.microsoft.com/microsoft-teams/download-app> | Unirse en la Web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


# =========================================================================== positives

# --------------------------------------------------------------------------- 1 Greenhouse, EN, DST edge
@mail(1, family="greenhouse", lang="en", interview=True, kind="scheduled", company="Tidewater Analytics",
      start=utc("2026-11-03 11:00", NY), end=utc("2026-11-03 12:00", NY),
      contact="megan.tully@tidewater-analytics.com", local="Tue 2026-11-03 11:00",
      local_end="2026-11-03 12:00", zone=NY,
      note="Greenhouse confirmation sent Wed 28 Oct in EDT for Tue 3 Nov 11:00-12:00 EST (US DST ended "
           "1 Nov) = 16:00-17:00Z; body also gives 10:00 Mérida; ICS TZID America/New_York agrees; "
           "contact = Reply-To recruiter (also ORGANIZER)")
def g1() -> bytes:
    body = t("""
        Hi Valeria,

        Thanks for making time to speak with us! Your interview for Senior Data Engineer (Remote, LATAM)
        at Tidewater Analytics is confirmed:

        Technical interview: data pipelines
        Tuesday, November 3, 2026
        11:00 AM - 12:00 PM EST (10:00 AM - 11:00 AM in Mérida)

        Interviewers:
          Sam Okafor - Staff Data Engineer
          Priya Venkat - Analytics Engineering Lead

        Join with Google Meet: https://meet.google.com/qfx-ramw-kte

        Please note the US switches back to standard time on November 1, so this is one hour later
        in New York terms than our last call, but the same time for you.

        If you need to reschedule, just reply to this email.

        Best,
        Megan Tully
        Recruiting Coordinator, Tidewater Analytics
    """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Valeria,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Senior Data Engineer (Remote, LATAM)</b>
        at Tidewater Analytics is confirmed:</p>
        <table cellpadding="4" style="border:1px solid #ddd">
        <tr><td><b>Technical interview: data pipelines</b></td></tr>
        <tr><td>Tuesday, November 3, 2026<br>11:00 AM - 12:00 PM EST (10:00 AM - 11:00 AM in M&eacute;rida)</td></tr>
        <tr><td>Interviewers: Sam Okafor (Staff Data Engineer), Priya Venkat (Analytics Engineering Lead)</td></tr>
        <tr><td>Join with Google Meet: <a href="https://meet.google.com/qfx-ramw-kte">meet.google.com/qfx-ramw-kte</a></td></tr>
        </table>
        <p>Please note the US switches back to standard time on November 1, so this is one hour later
        in New York terms than our last call, but the same time for you.</p>
        <p>If you need to reschedule, just reply to this email.</p>
        <p>Best,<br>Megan Tully<br>Recruiting Coordinator, Tidewater Analytics</p>
        </body></html>
    """)
    ics = vcal("-//Greenhouse Software//Greenhouse Scheduling//EN", "REQUEST", """
        UID:gh-interview-7781203-tidewater
        DTSTAMP:20261028T181200Z
        DTSTART;TZID=America/New_York:20261103T110000
        DTEND;TZID=America/New_York:20261103T120000
        SUMMARY:Interview: Valeria Canul / Tidewater Analytics - Technical interview
        LOCATION:https://meet.google.com/qfx-ramw-kte
        ORGANIZER;CN=Megan Tully:mailto:megan.tully@tidewater-analytics.com
        ATTENDEE;CN=Valeria Canul;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:valeria.canul@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
    """, VTZ["America/New_York"])
    h = hdr("Tidewater Analytics <no-reply@us.greenhouse-mail.io>",
            "Interview Confirmation: Senior Data Engineer (Remote, LATAM) at Tidewater Analytics",
            "2026-10-28 14:12", NY, "<0100019a2b7c.gh7781203@us.greenhouse-mail.io>",
            relay="o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [167.89.12.4])",
            extra=(("Reply-To", "Megan Tully <megan.tully@tidewater-analytics.com>"),
                   ("X-Mailer", "Greenhouse")))
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 2 prose, ES, "mañana a las 4 de la tarde"
@mail(2, family="human_prose", lang="es", interview=True, kind="scheduled", company="Código Jaguar",
      start=utc("2026-09-10 16:00", MERIDA), contact="rodrigo.pech@codigojaguar.mx",
      local="Thu 2026-09-10 16:00", zone=MERIDA,
      note="Prose reply sent Wed 9 Sep 10:12 Mérida: 'mañana a las 4 de la tarde' = Thu 10 Sep 16:00 "
           "America/Merida (UTC-6) = 22:00Z; 'más o menos una hora' is approximate -> end null; "
           "8bit text only; contact = human sender")
def g2() -> bytes:
    body = t("""
        Hola Valeria, buen día:

        Qué bueno que te acomoda. Entonces te confirmo para mañana a las 4 de la tarde en nuestra
        oficina de la calle 60 x 47, Centro (es la casona amarilla, toca el timbre de arriba).
        Vas a platicar conmigo y con Mariela, que lleva el equipo de datos. Calculamos más o menos
        una hora, no traigas nada preparado, es más bien para conocernos y ver lo del pipeline de
        reservaciones que te comenté.

        Cualquier cosa me marcas al 999 214 3380.

        Saludos,
        Rodrigo Pech
        Director de Ingeniería | Código Jaguar
        codigojaguar.mx

        El mar, 8 sept 2026 a las 21:15, Valeria Canul (<valeria.canul@example.org>) escribió:
        > Hola Rodrigo,
        >
        > Muchas gracias por la invitación. Jueves o viernes por la tarde me quedan bien.
        >
        > Saludos,
        > Valeria
    """)
    h = hdr("Rodrigo Pech <rodrigo.pech@codigojaguar.mx>", "Re: Plática - Data Engineer en Código Jaguar",
            "2026-09-09 10:12", MERIDA, "<CAH3x9QpZ7m1Rk2e+yTf0@mail.gmail.com>",
            relay="mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
            extra=(("In-Reply-To", "<CAFv8c2dD1xN@mail.gmail.com>"),
                   ("References", "<CAFv8c2dD1xN@mail.gmail.com>")))
    return message(h, text(body, cte="8bit"))


# --------------------------------------------------------------------------- 3 Teamtailor, ES, CDMX
@mail(3, family="teamtailor", lang="es", interview=True, kind="scheduled", company="Viajera Digital",
      start=utc("2026-09-17 10:00", CDMX), end=utc("2026-09-17 10:45", CDMX),
      contact="fernanda.olvera@viajeradigital.com.mx", local="Thu 2026-09-17 10:00",
      local_end="2026-09-17 10:45", zone=CDMX,
      note="Teamtailor confirmation: jueves 17 de septiembre 10:00-10:45 hora del centro de México "
           "(UTC-6, no DST since 2022) = 16:00-16:45Z; contact = Reply-To recruiter")
def g3() -> bytes:
    body = t("""
        Hola Valeria,

        ¡Gracias por agendar tu entrevista con Viajera Digital! Estos son los detalles:

        Puesto: Data Engineer (Plataforma de Reservas)
        Fecha: jueves 17 de septiembre de 2026
        Hora: 10:00 – 10:45 (hora del centro de México, GMT-6)
        Lugar: videollamada – https://meet.viajeradigital.com.mx/entrevistas/fo-3321
        Entrevistadora: Fernanda Olvera, Talent Acquisition

        Si necesitas cambiar la cita, responde a este correo.

        ¡Nos vemos pronto!
        Equipo de Talento de Viajera Digital

        --
        Enviado a través de Teamtailor · Aviso de privacidad: https://viajeradigital.teamtailor.com/privacidad
    """)
    page = t("""
        <!doctype html><html lang="es"><body style="margin:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" style="background:#fff;font-family:Helvetica,Arial;font-size:15px;color:#222">
        <tr><td style="padding:24px"><img src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logo_wide-v3/image_uploads/vd.png" alt="Viajera Digital" width="140"></td></tr>
        <tr><td style="padding:0 24px">
        <p>Hola Valeria,</p>
        <p>¡Gracias por agendar tu entrevista con Viajera Digital! Estos son los detalles:</p>
        <p><b>Puesto:</b> Data Engineer (Plataforma de Reservas)<br>
        <b>Fecha:</b> jueves 17 de septiembre de 2026<br>
        <b>Hora:</b> 10:00 – 10:45 (hora del centro de México, GMT-6)<br>
        <b>Lugar:</b> videollamada – <a href="https://meet.viajeradigital.com.mx/entrevistas/fo-3321">unirse</a><br>
        <b>Entrevistadora:</b> Fernanda Olvera, Talent Acquisition</p>
        <p>Si necesitas cambiar la cita, responde a este correo.</p>
        <p>¡Nos vemos pronto!<br>Equipo de Talento de Viajera Digital</p>
        </td></tr>
        <tr><td style="padding:24px;font-size:11px;color:#888">Enviado a través de Teamtailor</td></tr>
        </table></td></tr></table></body></html>
    """)
    h = hdr("Viajera Digital <no-reply@teamtailor-mail.com>",
            "Entrevista confirmada – Data Engineer (Plataforma de Reservas)",
            "2026-09-11 12:05", CDMX, "<66e1c2f3a9b4_5d2a1c@teamtailor-mail.com>",
            relay="mail-a12.teamtailor-mail.com (mail-a12.teamtailor-mail.com [198.2.180.12])",
            extra=(("Reply-To", "Fernanda Olvera <fernanda.olvera@viajeradigital.com.mx>"),
                   ("Auto-Submitted", "auto-generated")))
    return message(h, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 4 Exchange, ES, Monterrey, Windows zone
@mail(4, family="exchange_outlook", lang="es", interview=True, kind="scheduled",
      company="Grupo Cerralvo Logística", start=utc("2026-09-24 12:00", MTY), end=utc("2026-09-24 13:00", MTY),
      contact="hector.garza@cerralvo-logistica.com.mx", local="Thu 2026-09-24 12:00",
      local_end="2026-09-24 13:00", zone=MTY,
      note="Outlook meeting request, '(UTC-06:00) Guadalajara, Ciudad de México, Monterrey' 12:00-13:00 "
           "= 18:00-19:00Z; ICS TZID 'Central Standard Time (Mexico)'; contact = organizer/sender")
def g4() -> bytes:
    body = t("""
        Buen día Valeria,

        Como quedamos por teléfono, le envío la invitación para la entrevista técnica del puesto de
        Ingeniera de Datos Sr. Estarán conmigo el Ing. Arturo Treviño (Gerente de BI) y Lucía Salinas
        (Arquitecta de Datos). Le pedimos tener a la mano su ejercicio de SQL.

        Saludos cordiales,

        Héctor Garza Villarreal
        Reclutamiento TI | Grupo Cerralvo Logística
        Av. Constitución 2050, Monterrey, N.L.
        Tel. 81 8340 1290

    """) + TEAMS_ES.format(mid="ZTk0NzQxYjAtYmMy", num="264 881 903 417", code="gQ7hV3")
    when = "Cuándo: jueves, 24 de septiembre de 2026 12:00-13:00 (UTC-06:00) Guadalajara, Ciudad de México, Monterrey.\n"
    when += "Dónde: Reunión de Microsoft Teams\n\n"
    when += "*~*~*~*~*~*~*~*~*~*\n\n"
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div><p>Cuándo: jueves, 24 de septiembre de 2026 12:00-13:00 (UTC-06:00) Guadalajara, Ciudad de "
            "México, Monterrey.<br>Dónde: Reunión de Microsoft Teams</p><p>*~*~*~*~*~*~*~*~*~*</p></div>"
            "<div class=\"WordSection1\"><p class=\"MsoNormal\">Buen día Valeria,</p><p class=\"MsoNormal\">Como "
            "quedamos por teléfono, le envío la invitación para la entrevista técnica del puesto de Ingeniera de "
            "Datos Sr. Estarán conmigo el Ing. Arturo Treviño (Gerente de BI) y Lucía Salinas (Arquitecta de "
            "Datos). Le pedimos tener a la mano su ejercicio de SQL.</p><p class=\"MsoNormal\">Saludos cordiales,"
            "</p><p class=\"MsoNormal\">Héctor Garza Villarreal<br>Reclutamiento TI | Grupo Cerralvo Logística</p>"
            "<p><a href=\"https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk0NzQxYjAtYmMy%40thread.v2/0\">"
            "Haga clic aquí para unirse a la reunión</a></p></div></body></html>\n")
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", """
        ORGANIZER;CN=Héctor Garza Villarreal:mailto:hector.garza@cerralvo-logistica.com.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valeria Canul:mailto:valeria.canul@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Arturo Treviño:mailto:arturo.trevino@cerralvo-logistica.com.mx
        DESCRIPTION;LANGUAGE=es-MX:Buen día Valeria\\, como quedamos por teléfono...
        UID:040000008200E00074C5B7101A82E00800000000B0F1C8A14A4BDC01000000000000000010000000E4
        SUMMARY;LANGUAGE=es-MX:Entrevista técnica - Ingeniera de Datos Sr. - Valeria Canul
        DTSTART;TZID=Central Standard Time (Mexico):20260924T120000
        DTEND;TZID=Central Standard Time (Mexico):20260924T130000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260921T153000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-MX:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
    """, VTZ_MX_WIN)
    h = hdr(addr("Héctor Garza Villarreal", "hector.garza@cerralvo-logistica.com.mx"),
            "Entrevista técnica - Ingeniera de Datos Sr. - Valeria Canul", "2026-09-21 09:30", MTY,
            "<MN2PR05MB6687A1C3E0F14B2C9D7E8A41B3A29@MN2PR05MB6687.namprd05.prod.outlook.com>",
            relay="NAM04-MW2-obe.outbound.protection.outlook.com (mail-mw2nam04on2071.outbound.protection.outlook.com [40.107.101.71])",
            extra=(("Thread-Topic", enc("Entrevista técnica - Ingeniera de Datos Sr. - Valeria Canul")),
                   ("Thread-Index", "AdrMPhq3vS0kq7x2TW6hX0Jw3m9+5A=="),
                   ("Content-Language", "es-MX"),
                   ("X-MS-Has-Attach", ""),
                   ("X-MS-TNEF-Correlator", "")))
    return message(h, alt(text(when + body), html(page),
                          calendar(ics, method="REQUEST", cte="base64")))


# --------------------------------------------------------------------------- 5 Workable, ES, Cancún "nueve y cuarto"
@mail(5, family="workable", lang="es", interview=True, kind="scheduled", company="Caribe Stays",
      start=utc("2026-09-29 09:15", CANCUN), end=utc("2026-09-29 09:45", CANCUN),
      contact="mariana.couoh@caribestays.mx", local="Tue 2026-09-29 09:15", local_end="2026-09-29 09:45",
      zone=CANCUN,
      note="Workable (HTML only, base64): 'martes 29 de septiembre a las nueve y cuarto de la mañana, hora "
           "de Cancún' = 09:15 America/Cancun (UTC-5 all year) = 14:15Z, 'dura 30 minutos' -> 14:45Z; "
           "the body also says 8:15 in Mérida; Reply-To is a Workable relay, contact = address in body")
def g5() -> bytes:
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="font-family:'Helvetica Neue',Arial;font-size:15px;color:#1b1b1b">
        <div style="max-width:600px;margin:0 auto">
        <p>Hola Valeria:</p>
        <p>Gracias por tu interés en la vacante <strong>Data Engineer – Revenue Management</strong> en Caribe Stays.</p>
        <p>Te confirmamos tu entrevista con <strong>Mariana Couoh</strong> (Líder de Datos) el
        <strong>martes 29 de septiembre a las nueve y cuarto de la mañana, hora de Cancún</strong>
        (en Mérida serán las 8:15). La llamada dura 30 minutos y será por Google Meet:
        <a href="https://meet.google.com/wbc-jxqa-upo">meet.google.com/wbc-jxqa-upo</a>.</p>
        <p>Si tienes alguna duda puedes escribirle directamente a Mariana a
        <a href="mailto:mariana.couoh@caribestays.mx">mariana.couoh@caribestays.mx</a>.</p>
        <p>Saludos,<br>Equipo de Reclutamiento<br>Caribe Stays · Blvd. Kukulcán km 9, Cancún, Q. Roo</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:11px;color:#999">Powered by Workable · Para dejar de recibir correos sobre esta vacante,
        <a href="https://apply.workable.com/caribe-stays/unsubscribe">haz clic aquí</a>.</p>
        </div></body></html>
    """)
    h = hdr("Caribe Stays <noreply@candidates.workablemail.com>",
            "Entrevista con Caribe Stays – Data Engineer – Revenue Management",
            "2026-09-25 17:48", CANCUN, "<wk.3f9a12c7e0.caribe-stays@candidates.workablemail.com>",
            relay="mail13.candidates.workablemail.com (mail13.candidates.workablemail.com [54.240.27.13])",
            extra=(("Reply-To", "caribe-stays+c8f21a7d@candidates.workablemail.com"),))
    return message(h, html(page, cte="base64"))


# --------------------------------------------------------------------------- 6 Lever, EN, PST after DST ended
@mail(6, family="lever", lang="en", interview=True, kind="scheduled", company="Lumenfield",
      start=utc("2026-11-02 09:00", LA), end=utc("2026-11-02 09:45", LA), contact="jordan.pike@lumenfield.io",
      local="Mon 2026-11-02 09:00", local_end="2026-11-02 09:45", zone=LA,
      note="Lever confirmation sent Fri 30 Oct (PDT) for Monday Nov 2 9:00 AM PST (DST ended Sun 1 Nov) "
           "= 17:00Z, 45 minutes -> 17:45Z; contact = Reply-To recruiter")
def g6() -> bytes:
    body = t("""
        Hi Valeria,

        Great news - your Hiring Manager Screen with Lumenfield is all set.

        When: Monday, November 2, 2026 at 9:00 AM PST (45 minutes)
        With: Dana Whitfield, Director of Data Platform
        Where: Zoom - https://lumenfield.zoom.us/j/84412093376?pwd=Rk1hUG9xZz09

        Heads up: clocks in California go back on Sunday, so 9:00 AM Pacific will be 11:00 AM your time
        in Mérida.

        Reply to this email if anything changes.

        Cheers,
        Jordan Pike
        Technical Recruiter | Lumenfield
    """)
    page = t("""
        <div style="font-family:-apple-system,Segoe UI,Arial;font-size:14px">
        <p>Hi Valeria,</p>
        <p>Great news - your <b>Hiring Manager Screen</b> with Lumenfield is all set.</p>
        <p><b>When:</b> Monday, November 2, 2026 at 9:00 AM PST (45 minutes)<br>
        <b>With:</b> Dana Whitfield, Director of Data Platform<br>
        <b>Where:</b> Zoom - <a href="https://lumenfield.zoom.us/j/84412093376?pwd=Rk1hUG9xZz09">lumenfield.zoom.us/j/84412093376</a></p>
        <p>Heads up: clocks in California go back on Sunday, so 9:00 AM Pacific will be 11:00 AM your time in M&eacute;rida.</p>
        <p>Reply to this email if anything changes.</p>
        <p>Cheers,<br>Jordan Pike<br>Technical Recruiter | Lumenfield</p>
        <img src="https://hire.lever.co/email/open/3b7f2c.gif" width="1" height="1" alt="">
        </div>
    """)
    h = hdr("Jordan Pike <no-reply@hire.lever.co>", "Your interview with Lumenfield is confirmed",
            "2026-10-30 16:20", LA, "<lever-7c1e0b2a-4f6d-4b2e-9d1f-2a6b1c9e0f31@hire.lever.co>",
            relay="mail-b.hire.lever.co (mail-b.hire.lever.co [52.25.16.201])",
            extra=(("Reply-To", "Jordan Pike <jordan.pike@lumenfield.io>"),))
    return message(h, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 7 Calendly, ES, Guadalajara
@mail(7, family="calendly", lang="es", interview=True, kind="scheduled", company="Nopal Data",
      start=utc("2026-10-06 09:30", GDL), end=utc("2026-10-06 10:00", GDL), contact="ivan.robles@nopaldata.com",
      local="Tue 2026-10-06 09:30", local_end="2026-10-06 10:00", zone=GDL,
      note="Calendly invitee confirmation in Spanish: 09:30-10:00 martes 6 de octubre, 'Hora central - "
           "México' (Guadalajara, UTC-6) = 15:30-16:00Z; ICS in UTC agrees; contact = Reply-To host")
def g7() -> bytes:
    body = t("""
        Hola Valeria Canul:

        Se ha programado un nuevo evento.

        Evento:
        Entrevista inicial - Data Engineer (30 min)

        Fecha/hora del evento:
        09:30 - 10:00, martes, 6 de octubre de 2026 (Hora central - México)

        Invitado:
        Iván Robles

        Ubicación:
        Esta es una conferencia web de Google Meet.
        https://meet.google.com/nzd-pqrc-fha

        Preguntas:
        ¿Qué te interesó de la vacante?
        El stack de streaming y el equipo de turismo.

        ¿Necesitas realizar cambios en este evento?
        Cancelar: https://calendly.com/cancellations/0b1c7e2d-5a3f-4c8e-9f0d-7e6a2b1c3d4e
        Reprogramar: https://calendly.com/reschedulings/0b1c7e2d-5a3f-4c8e-9f0d-7e6a2b1c3d4e

        Con la tecnología de Calendly.com
    """)
    page = "".join(f"<p>{line}</p>" if line else "" for line in body.split("\n"))
    page = f'<html><body style="font-family:proxima-nova,Arial">{page}</body></html>\n'
    ics = vcal("-//Calendly//Calendly Event//ES", "REQUEST", """
        UID:0b1c7e2d-5a3f-4c8e-9f0d-7e6a2b1c3d4e@calendly.com
        DTSTAMP:20261001T224411Z
        DTSTART:20261006T153000Z
        DTEND:20261006T160000Z
        SUMMARY:Entrevista inicial - Data Engineer (30 min) entre Iván Robles y Valeria Canul
        LOCATION:https://meet.google.com/nzd-pqrc-fha
        ORGANIZER;CN=Iván Robles:mailto:ivan.robles@nopaldata.com
        ATTENDEE;CN=Valeria Canul;PARTSTAT=ACCEPTED:mailto:valeria.canul@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
    """)
    h = hdr("Calendly <notifications@calendly.com>",
            "Confirmado: Entrevista inicial - Data Engineer (30 min) con Iván Robles el martes, 6 de octubre de 2026",
            "2026-10-01 16:44", GDL, "<0100018f3c2a1b7e-calendly-es-4411@email.amazonses.com>",
            relay="a8-51.smtp-out.amazonses.com (a8-51.smtp-out.amazonses.com [54.240.8.51])",
            extra=(("Reply-To", addr("Iván Robles", "ivan.robles@nopaldata.com")),))
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, filename="invite.ics", disposition="attachment", cte="quoted-printable")))


# --------------------------------------------------------------------------- 8 Ashby, EN, evening CST = next day UTC
@mail(8, family="ashby", lang="en", interview=True, kind="scheduled", company="Prairiebyte",
      start=utc("2026-12-08 19:00", CHI), end=utc("2026-12-08 19:45", CHI),
      contact="keisha.monroe@prairiebyte.com", local="Tue 2026-12-08 19:00", local_end="2026-12-08 19:45",
      zone=CHI,
      note="Ashby confirmation: Tuesday Dec 8, 7:00 PM - 7:45 PM CST (Chicago, UTC-6 in December) = "
           "01:00-01:45Z on Wed 9 Dec (local date is the previous day in UTC); ICS in UTC agrees; "
           "contact = Reply-To recruiter (ORGANIZER)")
def g8() -> bytes:
    body = t("""
        Hi Valeria,

        Your interview is confirmed. We're looking forward to speaking with you!

        Tuesday, December 8, 2026, 7:00 PM - 7:45 PM CST
        Google Meet: https://meet.google.com/hvu-ksbd-rte

        You'll meet with:
          Tomás Ibarra - Engineering Manager, Data Infrastructure (joining from Manila, hence the evening slot)

        Questions? Just reply and it will reach Keisha Monroe.

        Thanks,
        Prairiebyte Recruiting
    """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Valeria,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p>Tuesday, December 8, 2026, 7:00 PM - 7:45 PM CST<br>
        Google Meet: <a href="https://meet.google.com/hvu-ksbd-rte">https://meet.google.com/hvu-ksbd-rte</a></p>
        <p>You&#x27;ll meet with:<br>&nbsp;&nbsp;Tomás Ibarra — Engineering Manager, Data Infrastructure (joining from Manila, hence the evening slot)</p>
        <p>Questions? Just reply and it will reach Keisha Monroe.</p>
        <p>Thanks,<br>Prairiebyte Recruiting</p>
        </body></html>
    """)
    ics = vcal("-//Ashby//Ashby Scheduling//EN", "REQUEST", """
        UID:a7d2f9e4-31b0-4c55-8e2a-prairiebyte-5513
        DTSTAMP:20261202T160211Z
        DTSTART:20261209T010000Z
        DTEND:20261209T014500Z
        SEQUENCE:0
        SUMMARY:Prairiebyte – Senior Data Engineer Interview
        LOCATION:https://meet.google.com/hvu-ksbd-rte
        ORGANIZER;CN=Keisha Monroe:mailto:keisha.monroe@prairiebyte.com
        ATTENDEE;CN=Valeria Canul;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:valeria.canul@example.org
        STATUS:CONFIRMED
    """)
    h = hdr("Prairiebyte <no-reply@ashbyhq.com>", "Interview confirmed: Senior Data Engineer at Prairiebyte",
            "2026-12-02 10:02", CHI, "<010001938f1e2c4d-prairiebyte-77e1@email.amazonses.com>",
            relay="a48-110.smtp-out.amazonses.com (a48-110.smtp-out.amazonses.com [54.240.48.110])",
            extra=(("Reply-To", "Keisha Monroe <keisha.monroe@prairiebyte.com>"),))
    return message(h, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                            calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


# --------------------------------------------------------------------------- 9 forward to self, message/rfc822
@mail(9, family="forward_to_self", lang="es", interview=True, kind="scheduled", company="Maya Bits",
      start=utc("2026-10-14 11:00", MERIDA), contact="paola.chan@mayabits.com.mx",
      local="Wed 2026-10-14 11:00", zone=MERIDA,
      note="Valeria forwards (message/rfc822) a confirmation to herself; the attached mail says 'miércoles "
           "14 de octubre a las 11:00' at the Mérida office = 17:00Z (UTC-6); no length -> end null; "
           "contact = human sender of the forwarded mail, never the candidate")
def g9() -> bytes:
    inner_body = t("""
        Hola Valeria:

        Te confirmo tu entrevista presencial para la vacante de Ingeniera de Datos el miércoles 14 de
        octubre a las 11:00 en nuestras oficinas de Altabrisa (Calle 7 #451, Plaza Sendero piso 3).
        Pregunta por mí en recepción. Estarán también Joaquín (CTO) y Beatriz de Operaciones.

        Por favor trae una identificación oficial para el acceso.

        Saludos,
        Paola Chan Ek
        Capital Humano · Maya Bits
        Tel. 999 688 4102
    """)
    inner = message([
        ("From", addr("Paola Chan Ek", "paola.chan@mayabits.com.mx")),
        ("To", ME_H),
        ("Subject", enc("Confirmación de entrevista - Maya Bits", "iso-8859-1")),
        ("Date", date("2026-10-09 12:31", MERIDA)),
        ("Message-ID", "<DM6PR11MB4091F2.4B7A@DM6PR11MB4091.namprd11.prod.outlook.com>"),
    ], text(inner_body, charset="iso-8859-1"))
    outer = t("""
        para no perderlo, lo guardo aquí. ir en camión, no hay estacionamiento

    """)
    h = hdr(addr("Valeria Canul", "valeria.canul@example.net"), "Fwd: Confirmación de entrevista - Maya Bits",
            "2026-10-09 20:47", MERIDA, "<8E1F0C2A-77B3-4D1A-9A2E-0F3C5B6A7D10@example.net>",
            relay="smtp.example.net (smtp.example.net [198.51.100.25])",
            extra=(("X-Mailer", "iPhone Mail (22A3354)"),))
    return message(h, mixed(text(outer, cte="8bit"),
                            attached_message(inner, "Confirmacion de entrevista.eml")))


# --------------------------------------------------------------------------- 10 Google Calendar all-day, time in text
@mail(10, family="google_calendar", lang="es", interview=True, kind="scheduled", company="Tapatío Cloud",
      start=utc("2026-12-04 11:30", GDL), end=utc("2026-12-04 13:30", GDL),
      contact="andrea.solorzano@tapatiocloud.mx", local="Fri 2026-12-04 11:30", local_end="2026-12-04 13:30",
      zone=GDL,
      note="Google Calendar invitation for an ALL-DAY event on Fri 4 Dec (DTSTART;VALUE=DATE); the time is "
           "only in the title and description: 'a las 11:30 ... Duración: 2 horas', Guadalajara (UTC-6) "
           "= 17:30-19:30Z; contact = ORGANIZER / From")
def g10() -> bytes:
    body = t("""
        Te han invitado al siguiente evento.

        Entrevista final presencial — Valeria Canul (11:30 h)
        Cuándo
        viernes, 4 de diciembre de 2026

        Dónde
        Tapatío Cloud, Av. Chapultepec Sur 480, piso 6, Guadalajara (mapa)

        Descripción
        Hola Valeria: te esperamos a las 11:30 para la entrevista final (caso práctico + charla con el
        director). Duración: 2 horas. Lo puse como evento de todo el día para bloquear tu viaje.
        Cualquier cosa, a mi correo. — Andrea

        Participantes
        Andrea Solórzano - organizador
        valeria.canul@example.org

        ¿Asistirás?  Sí - Quizás - No    más opciones »

        Invitación de Google Calendar
        Recibes este correo electrónico porque eres un invitado al evento.
    """)
    page = gmail_html(body)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", """
        DTSTART;VALUE=DATE:20261204
        DTEND;VALUE=DATE:20261205
        DTSTAMP:20261125T171502Z
        ORGANIZER;CN=Andrea Solórzano:mailto:andrea.solorzano@tapatiocloud.mx
        UID:5q1b8r0kq2t9m4n6c3v7a0e2fd@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valeria.canul@example.org;X-NUM-GUESTS=0:mailto:valeria.canul@example.org
        CREATED:20261125T171500Z
        DESCRIPTION:Hola Valeria: te esperamos a las 11:30 para la entrevista final (caso práctico + charla con el director). Duración: 2 horas.
        LAST-MODIFIED:20261125T171500Z
        LOCATION:Tapatío Cloud\\, Av. Chapultepec Sur 480\\, piso 6\\, Guadalajara
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista final presencial — Valeria Canul (11:30 h)
        TRANSP:TRANSPARENT
    """)
    h = hdr(addr("Andrea Solórzano", "andrea.solorzano@tapatiocloud.mx"),
            "Invitación: Entrevista final presencial — Valeria Canul (11:30 h) - vie 4 dic 2026 (valeria.canul@example.org)",
            "2026-11-25 11:15", GDL, "<calendar-6a2f0d4e-91b3-4c77-b5e8-3f1a2c9d0e11@google.com>",
            relay="mail-pl1-f199.google.com (mail-pl1-f199.google.com [209.85.214.199])",
            extra=(("Reply-To", addr("Andrea Solórzano", "andrea.solorzano@tapatiocloud.mx")),
                   ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(h, mixed(alt(text(body), html(page), calendar(ics, cte="base64")),
                            calendar(ics, method="REQUEST", ctype="application/ics", cte="base64",
                                     filename="invite.ics", disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 11 Workday, ES, CDMX
@mail(11, family="workday", lang="es", interview=True, kind="scheduled", company="Banco Ceiba",
      start=utc("2026-10-26 10:00", CDMX), end=utc("2026-10-26 11:00", CDMX),
      contact="lorena.quiroz@bancoceiba.com.mx", local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00",
      zone=CDMX,
      note="Workday notification (HTML only, QP) from a myworkday.com system mailbox: '26/10/2026 10:00 a. m. "
           "CST', Ciudad de México (UTC-6) = 16:00Z, 'Duración: 60 minutos' -> 17:00Z; DD/MM date; "
           "contact = recruiter address in the body")
def g11() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><table width="600" style="font-family:Arial;font-size:13px">
        <tr><td><img src="https://wd3.myworkday.com/bancoceiba/img/logo.png" alt="Banco Ceiba"></td></tr>
        <tr><td>
        <p>Estimada Valeria Canul:</p>
        <p>Nos complace informarle que ha sido programada una entrevista para la posición
        <b>R-0048812 Ingeniero(a) de Datos Sr. – Canales Digitales</b>.</p>
        <table border="1" cellpadding="5" style="border-collapse:collapse">
        <tr><td>Tipo de entrevista</td><td>Entrevista con el área (virtual)</td></tr>
        <tr><td>Fecha y hora</td><td>26/10/2026 10:00 a. m. CST (Ciudad de México)</td></tr>
        <tr><td>Duración</td><td>60 minutos</td></tr>
        <tr><td>Entrevistadores</td><td>Gonzalo Ferrer Ibáñez; Marisol Tapia</td></tr>
        <tr><td>Enlace</td><td><a href="https://bancoceiba.webex.com/meet/gferrer">bancoceiba.webex.com/meet/gferrer</a></td></tr>
        </table>
        <p>Para cualquier duda o cambio, comuníquese con su reclutadora, Lorena Quiroz,
        en <a href="mailto:lorena.quiroz@bancoceiba.com.mx">lorena.quiroz@bancoceiba.com.mx</a>.</p>
        <p>Atentamente,<br>Atracción de Talento – Banco Ceiba</p>
        <p style="font-size:10px;color:#777">Este mensaje fue enviado automáticamente desde Workday. No responda a este correo.</p>
        </td></tr></table></body></html>
    """)
    h = hdr("Banco Ceiba <bancoceiba@myworkday.com>",
            "Entrevista programada: R-0048812 Ingeniero(a) de Datos Sr. – Canales Digitales",
            "2026-10-20 13:40", CDMX, "<1843772016.88123.1792518000412@wd3-prod-ashburn.myworkday.com>",
            relay="wd3-smtp-out2.myworkday.com (wd3-smtp-out2.myworkday.com [209.177.165.42])")
    return message(h, html(page))


# --------------------------------------------------------------------------- 12 Personio, ES, Madrid firm, Mérida time
@mail(12, family="personio", lang="es", interview=True, kind="scheduled", company="Brújula Viajes",
      start=utc("2026-10-27 09:00", MERIDA), end=utc("2026-10-27 10:00", MERIDA),
      contact="irene.salgado@brujulaviajes.es", local="Tue 2026-10-27 09:00", local_end="2026-10-27 10:00",
      zone=MERIDA,
      note="Personio mail from a Madrid firm, sent Thu 22 Oct (CEST): 'martes 27 de octubre, 9:00 hora de "
           "Mérida (16:00 en Madrid)'; Madrid is back on CET (UTC+1) from 25 Oct, both = 15:00Z; '1 hora' "
           "-> 16:00Z; text part iso-8859-15; contact = Reply-To recruiter")
def g12() -> bytes:
    body = t("""
        Hola Valeria:

        ¡Gracias por tu candidatura a Data Engineer (remoto, LATAM) en Brújula Viajes!

        Te confirmamos la entrevista técnica:

          Fecha: martes, 27 de octubre de 2026
          Hora: 9:00 hora de Mérida (16:00 en Madrid)
          Duración: 1 hora
          Con: Íñigo Arrieta (Head of Data) e Irene Salgado (People)
          Enlace: https://meet.google.com/ypo-dkex-vaw

        Ojo: en España cambiamos al horario de invierno el domingo 25, por eso la hora de Madrid ya
        no es la que vimos en la primera llamada.

        Un saludo,
        Irene Salgado
        People Partner · Brújula Viajes S.L. · C/ Fuencarral 122, 28010 Madrid
    """)
    page = "<html><body style=\"font-family:Arial\">" + "".join(
        f"<p>{ln.strip()}</p>" for ln in body.split("\n") if ln.strip()) + "</body></html>\n"
    h = hdr(addr("Brújula Viajes", "no-reply@personio.de"),
            "Entrevista técnica – Data Engineer (remoto, LATAM)", "2026-10-22 18:03", "Europe/Madrid",
            "<20261022160312.2f9c1a.personio-mailer@personio.de>",
            relay="mail-eu1.personio.de (mail-eu1.personio.de [185.68.35.17])",
            extra=(("Reply-To", addr("Irene Salgado", "irene.salgado@brujulaviajes.es")),))
    return message(h, alt(text(body, charset="iso-8859-15"), html(page)))


# --------------------------------------------------------------------------- 13 phone-written short reply
@mail(13, family="human_prose", lang="es", interview=True, kind="scheduled", company="Hacienda Labs",
      start=utc("2026-11-17 10:00", MERIDA), contact="jorge.euan@haciendalabs.mx",
      local="Tue 2026-11-17 10:00", zone=MERIDA,
      note="Short iPhone reply sent Fri 13 Nov: 'nos vemos el martes a las 10' = Tue 17 Nov 10:00 Mérida "
           "(UTC-6) = 16:00Z (Mon 16 is the Revolución holiday, as the quote says); the quoted proposal "
           "is the candidate's and this reply closes it; no length; contact = sender")
def g13() -> bytes:
    body = t("""
        Perfecto Valeria, nos vemos el martes a las 10 en la oficina de Paseo Montejo. Pregunta por mi en la entrada, el guardia ya va a tener tu nombre

        Saludos
        Jorge

        Enviado desde mi iPhone

        > El 13 nov 2026, a las 18:22, Valeria Canul <valeria.canul@example.org> escribió:
        >
        > Hola Jorge, gracias. Como el lunes es día feriado, ¿les parece el martes 17 a las 10:00? Si no, el miércoles temprano también puedo.
        >
        > Saludos,
        > Valeria
        >
        >> El 12 nov 2026, a las 13:05, Jorge Euán <jorge.euan@haciendalabs.mx> escribió:
        >>
        >> Hola Valeria, nos gustaría conocerte en persona la próxima semana. Dime qué día te queda mejor.
    """)
    h = hdr(addr("Jorge Euán", "jorge.euan@haciendalabs.mx"), "Re: Siguiente paso - Hacienda Labs",
            "2026-11-13 19:05", MERIDA, "<4C1E2B90-5D77-4E2F-8A11-9B3F6D0C7A52@haciendalabs.mx>",
            relay="mail-yw1-f170.google.com (mail-yw1-f170.google.com [209.85.128.170])",
            extra=(("In-Reply-To", "<F0A3B1C2-1D2E-4F50-9A6B-7C8D9E0F1A2B@example.org>"),
                   ("References", "<CA+8kQz1mN@mail.gmail.com> <F0A3B1C2-1D2E-4F50-9A6B-7C8D9E0F1A2B@example.org>"),
                   ("X-Mailer", "iPhone Mail (22B83)")))
    return message(h, text(body, params="format=flowed; delsp=yes"))


# --------------------------------------------------------------------------- 14 iCIMS, EN, Central daylight
@mail(14, family="icims", lang="en", interview=True, kind="scheduled", company="Lonestar Freightworks",
      start=utc("2026-09-25 10:30", CHI), end=utc("2026-09-25 11:30", CHI),
      contact="brandon.hale@lonestarfreight.com", local="Fri 2026-09-25 10:30", local_end="2026-09-25 11:30",
      zone=CHI,
      note="iCIMS notification (windows-1252 QP, text only): 'Friday, September 25, 2026 at 10:30 AM CDT', "
           "Dallas, 60-minute -> 15:30-16:30Z (09:30 in Mérida); contact = recruiter address in the body")
def g14() -> bytes:
    body = t("""
        Dear Valeria,

        Thank you for your interest in the Data Engineer II (Remote – Mexico) position at Lonestar
        Freightworks. We’re pleased to confirm your virtual interview:

        Date/Time: Friday, September 25, 2026 at 10:30 AM CDT (Dallas time)
        Format: 60-minute Microsoft Teams video interview
        Panel: Brandon Hale (Talent Acquisition), Ellen Graves (Manager, Data Engineering)

        The Teams link will arrive in a separate calendar invitation. If you have questions, please
        contact Brandon Hale at brandon.hale@lonestarfreight.com or (214) 555-0187.

        We look forward to speaking with you.

        Sincerely,
        Lonestar Freightworks Talent Acquisition

        ** Please do not reply to this message. This mailbox is not monitored. **
    """)
    h = hdr("Lonestar Freightworks <careers-lonestarfreight@talent.icims.com>",
            "Interview Confirmation - Data Engineer II (Remote – Mexico)", "2026-09-21 08:55", CHI,
            "<1632883301.52214.1790085300117.JavaMail.icims@talent.icims.com>",
            relay="mail7.icims.com (mail7.icims.com [64.74.126.77])", charset="windows-1252")
    return message(h, text(body, charset="windows-1252"))


# --------------------------------------------------------------------------- 15 GoodTime, EN, multi-session
@mail(15, family="goodtime", lang="en", interview=True, kind="scheduled", company="Cascadia Routes",
      start=utc("2026-12-03 09:00", LA), end=utc("2026-12-03 11:30", LA),
      contact="nate.lindqvist@cascadiaroutes.com", local="Thu 2026-12-03 09:00", local_end="2026-12-03 11:30",
      zone=LA,
      note="GoodTime itinerary, three sessions Thu 3 Dec 9:00 AM - 11:30 AM PST (Seattle, UTC-8) = "
           "17:00Z-19:30Z (first start to last end); contact = Reply-To coordinator")
def g15() -> bytes:
    body = t("""
        Hi Valeria,

        Your virtual onsite with Cascadia Routes is confirmed. Here is your itinerary
        (all times Pacific Standard Time):

        Thursday, December 3, 2026

          9:00 AM - 9:45 AM    System design: booking event pipeline    Rosa Delgado
          10:00 AM - 10:45 AM  SQL & data modeling                      Ken Arakawa
          11:00 AM - 11:30 AM  Values & culture                         Hannah Brooks

        That is 11:00 AM to 1:30 PM for you in Mérida. Each session has its own Zoom link in the
        calendar invitations you will receive separately.

        If you need accommodations or have questions, reply to this email.

        Best,
        Nate Lindqvist
        Candidate Experience Coordinator, Cascadia Routes

        Sent via GoodTime
    """)
    page = t("""
        <html><body style="font-family:Inter,Arial;font-size:14px">
        <p>Hi Valeria,</p><p>Your virtual onsite with Cascadia Routes is confirmed. Here is your itinerary (all times Pacific Standard Time):</p>
        <h3>Thursday, December 3, 2026</h3>
        <table cellpadding="6" style="border-collapse:collapse">
        <tr><td>9:00 AM - 9:45 AM</td><td>System design: booking event pipeline</td><td>Rosa Delgado</td></tr>
        <tr><td>10:00 AM - 10:45 AM</td><td>SQL &amp; data modeling</td><td>Ken Arakawa</td></tr>
        <tr><td>11:00 AM - 11:30 AM</td><td>Values &amp; culture</td><td>Hannah Brooks</td></tr>
        </table>
        <p>That is 11:00 AM to 1:30 PM for you in M&eacute;rida. Each session has its own Zoom link in the calendar invitations you will receive separately.</p>
        <p>If you need accommodations or have questions, reply to this email.</p>
        <p>Best,<br>Nate Lindqvist<br>Candidate Experience Coordinator, Cascadia Routes</p>
        <p style="color:#999;font-size:11px">Sent via GoodTime</p></body></html>
    """)
    h = hdr("Cascadia Routes Recruiting <no-reply@goodtime.io>",
            "Your Interview Itinerary with Cascadia Routes - Thursday, December 3",
            "2026-11-25 15:10", LA, "<goodtime.5f0e2d1c9b8a.itinerary@goodtime.io>",
            relay="o1.email.goodtime.io (o1.email.goodtime.io [149.72.40.11])",
            extra=(("Reply-To", "Nate Lindqvist <nate.lindqvist@cascadiaroutes.com>"),))
    return message(h, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 16 Microsoft Bookings, ES, Cancún
@mail(16, family="microsoft_bookings", lang="es", interview=True, kind="scheduled", company="Arrecife Tours",
      start=utc("2026-10-19 10:00", CANCUN), end=utc("2026-10-19 10:30", CANCUN), contact=None,
      local="Mon 2026-10-19 10:00", local_end="2026-10-19 10:30", zone=CANCUN,
      note="Microsoft Bookings confirmation: 'lunes, 19 de octubre de 2026 10:00 (UTC-05:00) Chetumal', "
           "30 minutos = 15:00-15:30Z (Quintana Roo, UTC-5 all year; 9:00 in Mérida); ICS in UTC; "
           "only a Bookings mailbox and a staff first name, no human address -> contact null")
def g16() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:'Segoe UI',sans-serif;font-size:14px">
        <div style="max-width:640px">
        <h2 style="font-weight:600">Su reserva está confirmada</h2>
        <p>Hola Valeria Canul,</p>
        <p>Gracias por reservar con Arrecife Tours – Reclutamiento. Este es un resumen de su cita.</p>
        <table cellpadding="4">
        <tr><td style="color:#666">Servicio</td><td>Entrevista con Talento Humano – Analista/Ingeniero de Datos</td></tr>
        <tr><td style="color:#666">Fecha</td><td>lunes, 19 de octubre de 2026</td></tr>
        <tr><td style="color:#666">Hora</td><td>10:00 (UTC-05:00) Chetumal</td></tr>
        <tr><td style="color:#666">Duración</td><td>30 minutos</td></tr>
        <tr><td style="color:#666">Personal</td><td>Karla</td></tr>
        <tr><td style="color:#666">Ubicación</td><td>Reunión de Microsoft Teams (el vínculo está en la invitación)</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/ArrecifeToursReclutamiento@arrecifetours.onmicrosoft.com/bookings/">Administrar reserva</a></p>
        <p style="font-size:11px;color:#888">Con la tecnología de Microsoft Bookings</p>
        </div></body></html>
    """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", """
        ORGANIZER;CN=Arrecife Tours - Reclutamiento:mailto:ArrecifeToursReclutamiento@arrecifetours.onmicrosoft.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valeria Canul:mailto:valeria.canul@example.org
        UID:040000008200E00074C5B7101A82E008000000009C77A1D2F6A4DC010000000000000000100000002B
        SUMMARY;LANGUAGE=es-MX:Entrevista con Talento Humano – Analista/Ingeniero de Datos
        DTSTART:20261019T150000Z
        DTEND:20261019T153000Z
        DTSTAMP:20261013T201500Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-MX:Reunión de Microsoft Teams
    """)
    h = hdr(addr("Arrecife Tours - Reclutamiento", "ArrecifeToursReclutamiento@arrecifetours.onmicrosoft.com"),
            "Reserva confirmada: Entrevista con Talento Humano – Analista/Ingeniero de Datos",
            "2026-10-13 15:15", CANCUN,
            "<BY5PR20MB3411C9A1B77E4A2F8D3C1B22A1F90@BY5PR20MB3411.namprd20.prod.outlook.com>",
            relay="NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2101.outbound.protection.outlook.com [40.107.243.101])",
            extra=(("X-MS-Exchange-Organization-BookingsService", "true"),))
    return message(h, mixed(html(page, cte="base64"),
                            calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


# --------------------------------------------------------------------------- 17 Greenhouse reschedule, ES
@mail(17, family="greenhouse", lang="es", interview=True, kind="rescheduled", company="Finanzas Colibrí",
      start=utc("2026-09-23 13:00", CDMX), end=utc("2026-09-23 14:00", CDMX),
      contact="santiago.mejia@colibri.finance", local="Wed 2026-09-23 13:00", local_end="2026-09-23 14:00",
      zone=CDMX,
      note="Greenhouse reschedule in Spanish: old 'martes 22 de septiembre 15:00', new 'miércoles 23 de "
           "septiembre, 13:00 – 14:00 (hora de Ciudad de México)' = 19:00-20:00Z; ICS SEQUENCE:1 agrees; "
           "start = new time; contact = Reply-To recruiter",
      days=(("Tue", "2026-09-22"),))
def g17() -> bytes:
    body = t("""
        Hola Valeria:

        Tu entrevista para Ingeniera de Datos (Riesgo) en Finanzas Colibrí ha sido reprogramada.

        Horario anterior: martes 22 de septiembre, 15:00 – 16:00 (hora de Ciudad de México)
        Nuevo horario:   miércoles 23 de septiembre, 13:00 – 14:00 (hora de Ciudad de México)

        Entrevistadores: Ricardo Salas (Data Lead), Ana Sofía Pineda (Backend)
        Zoom: https://colibri.zoom.us/j/97700123456

        Adjuntamos la invitación actualizada. Si el nuevo horario no te funciona, responde a este correo.

        Saludos,
        Santiago Mejía
        Talent Partner, Finanzas Colibrí
    """)
    page = "<html><body style=\"font-family:Arial;font-size:14px\">" + "".join(
        f"<p>{ln}</p>" for ln in body.split("\n") if ln) + "</body></html>\n"
    ics = vcal("-//Greenhouse Software//Greenhouse Scheduling//ES", "REQUEST", """
        UID:gh-interview-5520913-colibri
        DTSTAMP:20260918T172233Z
        DTSTART;TZID=America/Mexico_City:20260923T130000
        DTEND;TZID=America/Mexico_City:20260923T140000
        SUMMARY:Entrevista: Valeria Canul / Finanzas Colibrí
        LOCATION:https://colibri.zoom.us/j/97700123456
        ORGANIZER;CN=Santiago Mejía:mailto:santiago.mejia@colibri.finance
        ATTENDEE;CN=Valeria Canul;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:valeria.canul@example.org
        SEQUENCE:1
        STATUS:CONFIRMED
    """, VTZ_CDMX)
    h = hdr(addr("Finanzas Colibrí", "no-reply@greenhouse.io"),
            "Entrevista reprogramada: Ingeniera de Datos (Riesgo) – Finanzas Colibrí",
            "2026-09-18 11:22", CDMX, "<0100018e7a1f.gh5520913.r1@greenhouse.io>",
            relay="o3.greenhouse.io (o3.greenhouse.io [167.89.3.18])",
            extra=(("Reply-To", addr("Santiago Mejía", "santiago.mejia@colibri.finance")),))
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, filename="invite.ics", disposition="attachment", cte="quoted-printable")))


# --------------------------------------------------------------------------- 18 prose reschedule, ES (tú)
@mail(18, family="human_prose", lang="es", interview=True, kind="rescheduled", company="Sac-Bé Analytics",
      start=utc("2026-10-08 17:00", MERIDA), contact="lupita.tzec@sacbe-analytics.mx",
      local="Thu 2026-10-08 17:00", zone=MERIDA,
      note="Prose reschedule sent Mon 5 Oct: 'queda el jueves 8 a las 5 de la tarde en vez del miércoles a "
           "las 12' = Thu 8 Oct 17:00 Mérida (UTC-6) = 23:00Z; no length; contact = sender")
def g18() -> bytes:
    body = t("""
        Hola Vale!

        Oye, una disculpa, a Memo se le cruzó una junta con dirección el miércoles. Ya lo moví: queda el
        jueves 8 a las 5 de la tarde en vez del miércoles a las 12. Es el mismo link de Meet que te
        mandé (meet.google.com/sxq-tbnu-kzi), nada más cambia la hora. Ya te llega la invitación
        actualizada en un rato.

        Gracias por la paciencia!!

        Lupita Tzec
        Reclutamiento | Sac-Bé Analytics
        Calle 20 #98, Col. México, Mérida
    """)
    h = hdr(addr("Lupita Tzec", "lupita.tzec@sacbe-analytics.mx"), "Cambio de hora entrevista con Memo",
            "2026-10-05 09:20", MERIDA, "<CAJ7yR0bVn2m+Lq3sK9pZ1eXw@mail.gmail.com>",
            relay="mail-oi1-f182.google.com (mail-oi1-f182.google.com [209.85.167.182])")
    return message(h, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 19 Exchange reschedule, EN, across DST
@mail(19, family="exchange_outlook", lang="en", interview=True, kind="rescheduled", company="Harborlight Hotels",
      start=utc("2026-11-04 10:30", NY), end=utc("2026-11-04 11:30", NY),
      contact="claire.donnelly@harborlighthotels.com", local="Wed 2026-11-04 10:30", local_end="2026-11-04 11:30",
      zone=NY,
      note="Outlook meeting update sent Thu 29 Oct (EDT): moved from Fri Oct 30 10:00 AM EDT to Wed Nov 4 "
           "10:30-11:30 AM '(UTC-05:00) Eastern Time (US & Canada)', after DST ended 1 Nov = 15:30-16:30Z "
           "(09:30 in Mérida); ICS TZID 'Eastern Standard Time' SEQUENCE:2; contact = organizer/sender",
      days=(("Fri", "2026-10-30"),))
def g19() -> bytes:
    body = t("""
        When: Wednesday, November 4, 2026 10:30 AM-11:30 AM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Valeria,

        As discussed, I've moved our conversation from Friday, Oct 30 at 10:00 AM ET to next Wednesday.
        Same panel (myself and Luis Ortega from Revenue Systems). Please accept the updated invite.

        Thanks,
        Claire

        Claire Donnelly | Senior Talent Acquisition Partner
        Harborlight Hotels & Resorts | 200 Seaport Blvd, Boston, MA

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE4YzQ3ZDYtOGI1%40thread.v2/0>
        Meeting ID: 219 553 880 146
        Passcode: Tx8n4B
        ________________________________________________________________________________
    """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", """
        ORGANIZER;CN=Claire Donnelly:mailto:claire.donnelly@harborlighthotels.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valeria Canul:mailto:valeria.canul@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Luis Ortega:mailto:luis.ortega@harborlighthotels.com
        UID:040000008200E00074C5B7101A82E00800000000D1A3E9027F45DC01000000000000000010000000A7
        SUMMARY;LANGUAGE=en-US:Interview - Valeria Canul - Data Engineer
        DTSTART;TZID=Eastern Standard Time:20261104T103000
        DTEND;TZID=Eastern Standard Time:20261104T113000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261029T191455Z
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
    """, VTZ["Eastern Standard Time"])
    h = hdr("Claire Donnelly <claire.donnelly@harborlighthotels.com>",
            "Updated: Interview - Valeria Canul - Data Engineer", "2026-10-29 15:14", NY,
            "<BL1PR13MB5120E3D7C0A24F61B8E2C9F1A4C70@BL1PR13MB5120.namprd13.prod.outlook.com>",
            relay="NAM11-BN8-obe.outbound.protection.outlook.com (mail-bn8nam11on2112.outbound.protection.outlook.com [40.107.236.112])",
            extra=(("Thread-Topic", "Interview - Valeria Canul - Data Engineer"),
                   ("Thread-Index", "AdrKjw1lU6PzT3XhQ0e2dW9lR0m7BgAB"),
                   ("Content-Language", "en-US"),
                   ("X-MS-Has-Attach", ""),
                   ("X-MS-TNEF-Correlator", "")))
    page = ("<html><body><p>When: Wednesday, November 4, 2026 10:30 AM-11:30 AM (UTC-05:00) Eastern Time (US &amp; "
            "Canada).<br>Where: Microsoft Teams Meeting</p><p>*~*~*~*~*~*~*~*~*~*</p><p>Hi Valeria,</p><p>As "
            "discussed, I've moved our conversation from Friday, Oct 30 at 10:00 AM ET to next Wednesday. Same "
            "panel (myself and Luis Ortega from Revenue Systems). Please accept the updated invite.</p><p>Thanks,"
            "<br>Claire</p></body></html>\n")
    return message(h, alt(text(body), html(page), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 20 SmartRecruiters reschedule, ES, '09/12'
@mail(20, family="smartrecruiters", lang="es", interview=True, kind="rescheduled", company="Movilidad Regia",
      start=utc("2026-12-09 12:00", MTY), contact="daniela.cantu@movilidadregia.mx",
      local="Wed 2026-12-09 12:00", zone=MTY,
      note="SmartRecruiters reschedule: 'del 07/12 a las 16:00 ... para el 09/12 a las 12:00 hrs (hora de "
           "Monterrey)', DD/MM, also 'mié. 9 de diciembre' = 18:00Z (UTC-6); no length; contact = recruiter "
           "address in the body",
      days=(("Mon", "2026-12-07"),))
def g20() -> bytes:
    body = t("""
        Hola Valeria,

        Te escribimos de parte de Movilidad Regia. Por un cambio en la agenda del panel, tu entrevista
        técnica del 07/12 a las 16:00 se reprogramó para el 09/12 a las 12:00 hrs (hora de Monterrey).

        Nueva fecha: mié. 9 de diciembre, 12:00 hrs
        Modalidad: Google Meet – https://meet.google.com/cer-jmvz-oqd
        Panel: Daniela Cantú (Talent), Óscar Leal (Data Platform)

        Si tienes algún inconveniente escribe a Daniela Cantú: daniela.cantu@movilidadregia.mx

        ¡Éxito!
        Movilidad Regia – Equipo de Talento

        Este correo fue enviado por SmartRecruiters en nombre de Movilidad Regia.
        Ver tu solicitud: https://jobs.smartrecruiters.com/MovilidadRegia/744000093312245-data-engineer
    """)
    page = "<html><body style=\"font-family:Arial\">" + "".join(
        f"<p>{ln}</p>" for ln in body.split("\n") if ln) + "</body></html>\n"
    h = hdr("Movilidad Regia <noreply@smartrecruiters.com>",
            "Tu entrevista con Movilidad Regia fue reprogramada", "2026-12-03 10:42", MTY,
            "<sr.744000093312245.9c1f@mail.smartrecruiters.com>",
            relay="mail-out4.smartrecruiters.com (mail-out4.smartrecruiters.com [52.58.114.48])")
    return message(h, alt(text(body), html(page, cte="base64")))


# --------------------------------------------------------------------------- 21 Google Calendar cancellation, EN, PDT
@mail(21, family="google_calendar", lang="en", interview=True, kind="cancelled", company="Redwood Itinerary",
      start=utc("2026-09-15 11:00", LA), end=utc("2026-09-15 12:00", LA),
      contact="owen.castillo@redwooditinerary.com", local="Tue 2026-09-15 11:00", local_end="2026-09-15 12:00",
      zone=LA,
      note="Google Calendar cancellation: 'Tue Sep 15, 2026 11am – 12pm (Pacific Time - Los Angeles)' in "
           "PDT (UTC-7) = 18:00-19:00Z; METHOD:CANCEL; cancelled slot, new times only promised; "
           "contact = ORGANIZER")
def g21() -> bytes:
    body = t("""
        This event has been canceled.

        Owen Castillo has canceled this event with a note:
        "So sorry Valeria - Jess (hiring manager) is out sick this week. I'll send you new times shortly."

        Data Engineer interview: Valeria Canul <> Redwood Itinerary
        Tuesday Sep 15, 2026 ⋅ 11am – 12pm
        Pacific Time - Los Angeles

        Organizer
        Owen Castillo
        owen.castillo@redwooditinerary.com

        Guests
        Owen Castillo - organizer
        Jess Albright
        valeria.canul@example.org

        Invitation from Google Calendar
        You are receiving this email because you are an attendee on the event.
    """)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "CANCEL", """
        DTSTART;TZID=America/Los_Angeles:20260915T110000
        DTEND;TZID=America/Los_Angeles:20260915T120000
        DTSTAMP:20260911T203307Z
        ORGANIZER;CN=Owen Castillo:mailto:owen.castillo@redwooditinerary.com
        UID:3pl7c0v6sd2kq8e1n9m4a5b7ij@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=valeria.canul@example.org;X-NUM-GUESTS=0:mailto:valeria.canul@example.org
        CREATED:20260904T180002Z
        LAST-MODIFIED:20260911T203307Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Data Engineer interview: Valeria Canul <> Redwood Itinerary
        TRANSP:OPAQUE
    """, VTZ_LA)
    h = hdr("Owen Castillo <owen.castillo@redwooditinerary.com>",
            "Canceled event with note: Data Engineer interview: Valeria Canul <> Redwood Itinerary @ Tue Sep 15, 2026 11am - 12pm (PDT) (valeria.canul@example.org)",
            "2026-09-11 13:33", LA, "<calendar-b2e91f40-7d3a-4c1e-9e55-1a2b3c4d5e6f@google.com>",
            relay="mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
            extra=(("Reply-To", "Owen Castillo <owen.castillo@redwooditinerary.com>"),
                   ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(h, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL")),
                            calendar(ics, method="CANCEL", ctype="application/ics", cte="base64",
                                     filename="invite.ics", disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 22 prose cancellation, ES, Cancún, no new time
@mail(22, family="human_prose", lang="es", interview=True, kind="cancelled", company="Sol Maya Resorts",
      start=utc("2026-11-24 13:00", CANCUN), contact="ximena.ake@solmaya.com.mx",
      local="Tue 2026-11-24 13:00", zone=CANCUN,
      note="Prose cancellation (iso-8859-1, 8bit) sent Mon 23 Nov 09:30 Cancún: 'la entrevista de mañana "
           "martes a las 13:00 (hora de Cancún)' = Tue 24 Nov 13:00 America/Cancun (UTC-5) = 18:00Z; "
           "vacancy frozen, no new time; contact = sender")
def g22() -> bytes:
    body = t("""
        Buenos días Valeria,

        Lamentablemente tenemos que cancelar la entrevista de mañana martes a las 13:00 (hora de Cancún)
        con el Ing. Baeza. La dirección acaba de congelar la vacante de Ingeniero(a) de Datos hasta que
        se apruebe el presupuesto 2027, así que por ahora no podemos ofrecerte una nueva fecha.

        Te pido una disculpa por el cambio tan de último momento. Guardo tu CV y en cuanto se reabra el
        proceso te busco personalmente.

        Saludos cordiales,

        Ximena Aké
        Gerente de Atracción de Talento
        Sol Maya Resorts | Av. Bonampak Sm 10, Cancún, Q. Roo

        -----Mensaje original-----
        De: Ximena Aké
        Enviado el: jueves, 19 de noviembre de 2026 12:10 p. m.
        Para: Valeria Canul <valeria.canul@example.org>
        Asunto: Entrevista Ingeniero(a) de Datos - Sol Maya Resorts

        Valeria, queda confirmada tu entrevista el martes 24 de noviembre a la 1 pm (hora de Cancún).
    """)
    h = hdr(addr("Ximena Aké", "ximena.ake@solmaya.com.mx", "iso-8859-1"),
            "CANCELADA: Entrevista Ingeniero(a) de Datos - Sol Maya Resorts", "2026-11-23 09:30", CANCUN,
            "<SA1PR19MB5038D4E2B19C4F1AA7E3C0D98B2F1@SA1PR19MB5038.namprd19.prod.outlook.com>",
            relay="NAM10-DM6-obe.outbound.protection.outlook.com (mail-dm6nam10on2090.outbound.protection.outlook.com [40.107.93.90])",
            extra=(("Importance", "high"), ("Content-Language", "es-MX")))
    return message(h, text(body, charset="iso-8859-1", cte="8bit"))


# --------------------------------------------------------------------------- 23 Outlook cancellation, ES, Guadalajara
@mail(23, family="exchange_outlook", lang="es", interview=True, kind="cancelled", company="Agave Systems",
      start=utc("2026-11-18 16:00", GDL), end=utc("2026-11-18 17:00", GDL),
      contact="rafael.iniguez@agavesystems.mx", local="Wed 2026-11-18 16:00", local_end="2026-11-18 17:00",
      zone=GDL,
      note="Outlook cancellation (METHOD:CANCEL), 'miércoles, 18 de noviembre de 2026 16:00-17:00 (UTC-06:00) "
           "Guadalajara, Ciudad de México, Monterrey' = 22:00-23:00Z; ICS TZID 'Central Standard Time "
           "(Mexico)'; new dates only promised; contact = organizer/sender")
def g23() -> bytes:
    body = t("""
        Cuándo: miércoles, 18 de noviembre de 2026 16:00-17:00 (UTC-06:00) Guadalajara, Ciudad de México, Monterrey.
        Dónde: Reunión de Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Valeria, buenas tardes. Le pido una disculpa: el panel técnico no estará disponible esa tarde por
        el cierre de sprint. Cancelo esta reunión y en cuanto tenga nuevas fechas se las comparto.

        Saludos,
        Rafael Íñiguez
        Líder de Ingeniería de Datos | Agave Systems
    """)
    ics = vcal("Microsoft Exchange Server 2010", "CANCEL", """
        ORGANIZER;CN=Rafael Íñiguez:mailto:rafael.iniguez@agavesystems.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valeria Canul:mailto:valeria.canul@example.org
        UID:040000008200E00074C5B7101A82E00800000000E6F2B3C47E56DC010000000000000000100000003C
        SUMMARY;LANGUAGE=es-MX:Cancelada: Entrevista técnica - Valeria Canul
        DTSTART;TZID=Central Standard Time (Mexico):20261118T160000
        DTEND;TZID=Central Standard Time (Mexico):20261118T170000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261113T231000Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=es-MX:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
    """, VTZ_MX_WIN)
    h = hdr(addr("Rafael Íñiguez", "rafael.iniguez@agavesystems.mx"),
            "Cancelada: Entrevista técnica - Valeria Canul", "2026-11-13 17:10", GDL,
            "<CH3PR02MB9187B2C4E1D04F7A9E6B3F5C0D2A8@CH3PR02MB9187.namprd02.prod.outlook.com>",
            relay="NAM02-SN1-obe.outbound.protection.outlook.com (mail-sn1nam02on2122.outbound.protection.outlook.com [40.107.96.122])",
            extra=(("Thread-Topic", "Entrevista =?utf-8?q?t=C3=A9cnica?= - Valeria Canul"),
                   ("Importance", "high"), ("Content-Language", "es-MX"),
                   ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(h, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives


def neg(key: int, family: str, lang: str, company: str | None, note: str,
        days: tuple[tuple[str, str], ...] = ()):
    return mail(key, family=family, lang=lang, interview=False, company=company, note=note, days=days)


# --------------------------------------------------------------------------- 24 rejection (Recruitee)
@neg(24, "rejection", "es", "Henequén Tech",
     "Recruitee rejection after an interview last week; mentions the past interview date only")
def g24() -> bytes:
    body = t("""
        Hola Valeria,

        Muchas gracias por tu tiempo en la entrevista del jueves pasado y por el interés en Henequén Tech.

        Después de revisar con calma todos los perfiles, decidimos continuar con otra persona cuya
        experiencia se ajusta un poco más a lo que el equipo necesita en este momento. No fue una decisión
        fácil: el equipo quedó muy bien impresionado con tu ejercicio de modelado.

        Nos gustaría conservar tu perfil para futuras vacantes. Te deseamos mucho éxito.

        Saludos,
        Equipo de Talento – Henequén Tech
    """)
    h = hdr(addr("Henequén Tech", "henequen-tech@mail.recruitee.com"),
            "Tu postulación a Ingeniera de Datos en Henequén Tech", "2026-09-28 12:14", MERIDA,
            "<r.5d7a1b.candidate.3391882@mail.recruitee.com>",
            relay="mail.recruitee.com (mail.recruitee.com [18.196.21.77])",
            extra=(("Reply-To", "henequen-tech+c3391882@inbound.recruitee.com"),))
    return message(h, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 25 offer (thread with 2)
@neg(25, "offer", "es", "Código Jaguar",
     "Job offer from Código Jaguar after the interview of 10 Sep (thread with the mail of key 2); the "
     "deadline 'viernes 2 de octubre a las 18:00' is a fixed time but not an interview",
     days=(("Fri", "2026-10-02"),))
def g25() -> bytes:
    body = t("""
        Hola Valeria:

        ¡Qué gusto escribirte esto! Después de las pláticas con Mariela y conmigo, nos encantaría que te
        unieras a Código Jaguar como Data Engineer Sr.

        Te adjunto la carta oferta con el detalle: sueldo bruto mensual de $68,000 MXN, prestaciones
        superiores a las de ley, esquema híbrido (martes y jueves en la oficina del Centro) y fecha de
        ingreso sugerida el lunes 19 de octubre.

        Si puedes, danos tu respuesta antes del viernes 2 de octubre a las 18:00. Si quieres platicar
        algún punto, márcame cuando gustes.

        Un abrazo,
        Rodrigo Pech
        Director de Ingeniería | Código Jaguar
    """)
    pdf = make.Part([("Content-Type", 'application/pdf; name="Carta_oferta_VCanul.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Carta_oferta_VCanul.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    b"JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoKdHJhaWxlcgo8PC9S\r\n"
                    b"b290IDEgMCBSPj4KJSVFT0YK\r\n")
    h = hdr(addr("Rodrigo Pech", "rodrigo.pech@codigojaguar.mx"), "Oferta – Data Engineer Sr. 🎉",
            "2026-09-25 13:05", MERIDA, "<CAH3x9QqA8n2Sl3f+zUg1@mail.gmail.com>",
            relay="mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])")
    return message(h, mixed(alt(text(body), html(gmail_html(body))), pdf))


# --------------------------------------------------------------------------- 26 application receipt (Workday, EN)
@neg(26, "application_ack", "en", "Atlas Cruise Lines",
     "Workday application-received auto-ack; 'a recruiter will contact you to schedule an interview' is "
     "hypothetical")
def g26() -> bytes:
    page = t("""
        <html><body style="font-family:Arial;font-size:13px">
        <p>Dear Valeria,</p>
        <p>Thank you for applying to <b>JR-20931 Data Engineer, Guest Analytics (Remote - Mexico)</b> at Atlas Cruise Lines.</p>
        <p>We have received your application and our Talent Acquisition team is reviewing it. If your background
        matches the requirements of the role, a recruiter will contact you to schedule an interview.
        You can check the status of your application at any time in our Candidate Home.</p>
        <p>Kind regards,<br>Atlas Cruise Lines Talent Acquisition</p>
        <p style="font-size:10px;color:#888">This email was sent from an unmonitored mailbox. Please do not reply.</p>
        </body></html>
    """)
    h = hdr("Atlas Cruise Lines <atlascruise@myworkday.com>",
            "Thank you for applying: JR-20931 Data Engineer, Guest Analytics", "2026-09-07 11:02", "America/New_York",
            "<972211834.4410.1788793320551@wd5-prod-portland.myworkday.com>",
            relay="wd5-smtp-out1.myworkday.com (wd5-smtp-out1.myworkday.com [209.177.166.31])")
    return message(h, html(page))


# --------------------------------------------------------------------------- 27 job alert
@neg(27, "job_alert", "es", None,
     "Job-board digest; 'Entrevista inmediata' and 'Entrevistas esta semana' are ad badges, no appointment")
def g27() -> bytes:
    body = t("""
        Valeria, tenemos 6 vacantes nuevas para "ingeniero de datos" en Yucatán y remoto

        Ingeniero(a) de Datos Sr. – Grupo Ría Celestún – Mérida, Yuc.
        $55,000 - $65,000 mensual · Híbrido · ENTREVISTA INMEDIATA
        https://www.empleosureste.mx/o/88120

        Data Engineer (AWS) – Sargazo Labs – Remoto
        Entrevistas esta semana · Postúlate en 1 clic
        https://www.empleosureste.mx/o/88131

        Analista de BI – Hoteles Costa Esmeralda – Cancún, Q. Roo
        Contratación inmediata
        https://www.empleosureste.mx/o/88140

        Ver las 6 vacantes: https://www.empleosureste.mx/alertas/valeria

        Recibes este correo porque creaste una alerta en EmpleoSureste.
        Darte de baja: https://www.empleosureste.mx/alertas/baja?u=vc77
    """)
    h = hdr("EmpleoSureste <alertas@empleosureste.mx>", "6 vacantes nuevas: ingeniero de datos",
            "2026-10-12 07:00", MERIDA, "<alerta.20261012.vc77@empleosureste.mx>",
            relay="mta3.empleosureste.mx (mta3.empleosureste.mx [203.0.113.40])",
            extra=(("List-Unsubscribe", "<https://www.empleosureste.mx/alertas/baja?u=vc77>"),
                   ("Precedence", "bulk")))
    return message(h, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 28 newsletter / blog
@neg(28, "newsletter_tips", "es", None,
     "Newsletter about technical interviews; announces a live session 'jueves 8 de octubre a las 19:00' "
     "(a webinar, not an interview)", days=(("Thu", "2026-10-08"),))
def g28() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:16px;max-width:620px">
        <h1>Datos con Café · #58</h1>
        <h2>5 errores que te cuestan la entrevista técnica de datos</h2>
        <p>Esta semana hablamos con tres reclutadoras de CDMX y Monterrey. Coinciden: el error más común
        no es técnico, es no confirmar la hora de la entrevista en la zona horaria correcta
        (sí, Quintana Roo va una hora adelante).</p>
        <ol><li>No preguntar quién te va a entrevistar.</li><li>Llegar sin preguntas.</li>
        <li>Resolver el SQL en silencio.</li><li>No mandar un correo de seguimiento.</li>
        <li>Confundir la hora del centro con la de Cancún.</li></ol>
        <p><b>En vivo:</b> el jueves 8 de octubre a las 19:00 (CDMX) hacemos un simulacro de entrevista
        abierto en YouTube. <a href="https://datosconcafe.substack.com/live">Guarda el link</a>.</p>
        <p style="font-size:12px;color:#888"><a href="https://datosconcafe.substack.com/action/disable_email">Cancelar suscripción</a></p>
        </body></html>
    """)
    h = hdr(addr("Datos con Café", "datosconcafe@substack.com"), "5 errores que te cuestan la entrevista técnica",
            "2026-10-03 08:00", CDMX, "<20261003140002.3.b2c9@substack.com>",
            relay="mail139-9.atl141.mcsv.net (mail139-9.atl141.mcsv.net [198.2.139.9])",
            extra=(("List-Unsubscribe", "<https://datosconcafe.substack.com/action/disable_email>"),
                   ("List-Id", "<datosconcafe.substack.com>"), ("Precedence", "bulk")))
    return message(h, html(page))


# --------------------------------------------------------------------------- 29 scheduling link, no time
@neg(29, "scheduling_link", "en", "Lumenfield",
     "Lever/GoodTime self-scheduling request before the Lumenfield screen: pick a slot, nothing booked")
def g29() -> bytes:
    body = t("""
        Hi Valeria,

        Thanks for chatting with me! The next step is a 45-minute Hiring Manager Screen with Dana Whitfield.

        Please choose a time that works for you using the link below. Slots are shown in your local
        time zone and are available over the next two weeks:

        https://app.goodtime.io/schedule/lumenfield/7Qx2mZ9p

        Once you pick a slot you will receive a confirmation with the Zoom link.

        Best,
        Jordan Pike
        Technical Recruiter | Lumenfield
    """)
    h = hdr("Jordan Pike <no-reply@hire.lever.co>", "Lumenfield: please select a time for your next interview",
            "2026-10-23 12:40", LA, "<lever-2d8e11f0-3a9c-4e7b-8f12-6c0b7a9e1d55@hire.lever.co>",
            relay="mail-b.hire.lever.co (mail-b.hire.lever.co [52.25.16.201])",
            extra=(("Reply-To", "Jordan Pike <jordan.pike@lumenfield.io>"),))
    return message(h, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 30 proposal, not confirmed (thread with 10)
@neg(30, "proposal_unconfirmed", "es", "Tapatío Cloud",
     "Recruiter proposes two options ('¿te funcionaría el viernes 4 de diciembre a las 11:30 o el lunes 7 a "
     "las 10?'), nothing confirmed yet; the confirmation is the later mail of key 10",
     days=(("Fri", "2026-12-04"), ("Mon", "2026-12-07")))
def g30() -> bytes:
    body = t("""
        Hola Valeria, ¿cómo estás?

        El director ya revisó tu caso práctico y le gustaría conocerte en persona aquí en Guadalajara para
        la entrevista final. ¿Te funcionaría el viernes 4 de diciembre a las 11:30 o el lunes 7 a las 10?
        Nosotros cubrimos el vuelo desde Mérida.

        Dime cuál prefieres y te mando la invitación.

        Saludos,
        Andrea Solórzano
        Talento · Tapatío Cloud
    """)
    h = hdr(addr("Andrea Solórzano", "andrea.solorzano@tapatiocloud.mx"), "Entrevista final en Guadalajara",
            "2026-11-23 13:02", GDL, "<CAPr1x8kE0nHc2mQ@mail.gmail.com>",
            relay="mail-pl1-f199.google.com (mail-pl1-f199.google.com [209.85.214.199])")
    return message(h, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 31 outreach
@neg(31, "recruiter_outreach", "en", "Northstar Voyages",
     "Cold outreach via LinkedIn-style mail; 'sometime next week' is not a fixed time")
def g31() -> bytes:
    body = t("""
        Hi Valeria,

        I came across your profile and your work on real-time booking pipelines caught my eye. Northstar
        Voyages is building a new data platform team in Mexico City (remote-friendly, US hours overlap)
        and I think you'd be a great fit for our Staff Data Engineer role.

        Would you be open to a quick 20-minute chat sometime next week? Happy to work around your schedule.

        Best,
        Tyler Grant
        Senior Technical Recruiter, Northstar Voyages
        tyler.grant@northstarvoyages.com
    """)
    h = hdr("Tyler Grant <tyler.grant@northstarvoyages.com>", "Staff Data Engineer at Northstar Voyages",
            "2026-11-04 09:18", CHI, "<0101019302a6c1d2-northstar-outreach@us-west-2.amazonses.com>",
            relay="a27-33.smtp-out.us-west-2.amazonses.com (a27-33.smtp-out.us-west-2.amazonses.com [54.240.27.33])")
    return message(h, text(body, cte="7bit"))


# --------------------------------------------------------------------------- 32 job centre appointment
@neg(32, "job_centre", "es", None,
     "State employment service: confirmed 'entrevista de orientación laboral' on martes 6 de octubre 9:30; "
     "a fixed-time appointment at the job centre, not a job interview", days=(("Tue", "2026-10-06"),))
def g32() -> bytes:
    body = t("""
        SERVICIO ESTATAL DE EMPLEO YUCATÁN
        Comprobante de cita

        C. VALERIA CANUL
        Folio: SEEY-2026-118274

        Su cita ha sido confirmada:

          Trámite: Entrevista de orientación laboral y registro en bolsa de trabajo
          Fecha: martes 6 de octubre de 2026
          Hora: 9:30 hrs
          Módulo: Mérida Centro, Calle 59 No. 514 (ventanilla 4)

        Presentarse 15 minutos antes con INE, CURP y CV impreso. La entrevista la realiza un consejero
        de empleo y dura aproximadamente 30 minutos.

        Este correo es generado automáticamente, favor de no responder.
    """)
    h = hdr("Servicio Estatal de Empleo <citas@empleo.yucatan.example.mx>",
            "Confirmación de cita – Servicio Estatal de Empleo", "2026-09-30 16:21", MERIDA,
            "<cita.SEEY-2026-118274@empleo.yucatan.example.mx>",
            relay="smtp.yucatan.example.mx (smtp.yucatan.example.mx [203.0.113.77])")
    return message(h, text(body, charset="iso-8859-1"))


# --------------------------------------------------------------------------- 33 university admission interview
@neg(33, "admission_interview", "es", None,
     "Master's programme admission interview, jueves 15 de octubre 17:00 with ICS: confirmed time, but a "
     "university admission interview, not a job interview", days=(("Thu", "2026-10-15"),))
def g33() -> bytes:
    body = t("""
        Estimada Valeria Canul:

        Le confirmamos su entrevista de admisión a la Maestría en Ciencia de Datos (generación 2027):

          Fecha: jueves 15 de octubre de 2026
          Hora: 17:00 hrs (hora de Mérida)
          Modalidad: Zoom – https://upm-edu.zoom.us/j/81230044551
          Comité: Dra. Itzel Cauich, Dr. Manuel Rejón

        Adjuntamos la invitación para su calendario. Le recordamos que la entrevista forma parte del
        proceso de admisión junto con el examen EXANI-III.

        Atentamente,
        Coordinación de Posgrado
        Universidad Peninsular del Mayab
    """)
    ics = vcal("-//Universidad Peninsular del Mayab//Admisiones//ES", "REQUEST", """
        UID:adm-2027-mcd-0412@upm.example.edu.mx
        DTSTAMP:20261006T170000Z
        DTSTART;TZID=America/Merida:20261015T170000
        DTEND;TZID=America/Merida:20261015T173000
        SUMMARY:Entrevista de admisión – Maestría en Ciencia de Datos
        ORGANIZER;CN=Coordinación de Posgrado:mailto:posgrado@upm.example.edu.mx
        LOCATION:https://upm-edu.zoom.us/j/81230044551
        STATUS:CONFIRMED
    """, VTZ_MERIDA)
    h = hdr(addr("Posgrado UPM", "posgrado@upm.example.edu.mx"),
            "Entrevista de admisión – Maestría en Ciencia de Datos", "2026-10-06 11:00", MERIDA,
            "<adm.0412.20261006@upm.example.edu.mx>",
            relay="correo.upm.example.edu.mx (correo.upm.example.edu.mx [203.0.113.12])")
    return message(h, mixed(text(body), calendar(ics, filename="entrevista.ics", disposition="attachment",
                                                 cte="base64")))


# --------------------------------------------------------------------------- 34 sports try-out
@neg(34, "sports_tryout", "es", None,
     "Volleyball club try-out ('visoria') confirmed for sábado 19 de septiembre 8:00; not a job interview",
     days=(("Sat", "2026-09-19"),))
def g34() -> bytes:
    body = t("""
        Hola Valeria!!

        Quedaste registrada para la visoria del equipo femenil de primera fuerza 🏐

        Sábado 19 de septiembre, 8:00 am en punto, Gimnasio Polifuncional (duela 2).
        Trae rodilleras, agua y tu credencial. Los entrenadores van a evaluar saque, recepción y
        ataque, y al final hay una pequeña entrevista con la coach para conocer tu disponibilidad de
        entrenamientos.

        ¡Nos vemos en la cancha!
        Club Venados Voleibol Mérida
    """)
    h = hdr(addr("Club Venados Voleibol", "venadosvoley.merida@example.com"), "Visoria femenil - confirmación",
            "2026-09-14 21:10", MERIDA, "<CAM9pV0lEy8x+Q2@mail.gmail.com>",
            relay="mail-qk1-f174.google.com (mail-qk1-f174.google.com [209.85.222.174])")
    return message(h, text(body, cte="8bit"))


# --------------------------------------------------------------------------- 35 journalist interviewing her
@neg(35, "press_interview", "es", None,
     "A reporter confirms an interview with Valeria for an article (jueves 5 de noviembre 12:00, ICS); "
     "she is the interviewee for the press, not a job candidate", days=(("Thu", "2026-11-05"),))
def g35() -> bytes:
    body = t("""
        Hola Valeria, qué tal:

        Muchas gracias por aceptar. Te confirmo la entrevista para el reportaje "Mujeres que programan el
        turismo del sureste" el jueves 5 de noviembre a las 12:00, en el café de la Plaza Grande (o por
        videollamada si llueve). Serán unos 40 minutos y nos acompaña Emilio para las fotos.

        Te mando la invitación al calendario.

        Saludos,
        Renata Vázquez Dzib
        Reportera, sección Economía
        Diario del Sureste
    """)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", """
        DTSTART;TZID=America/Merida:20261105T120000
        DTEND;TZID=America/Merida:20261105T124000
        DTSTAMP:20261029T213000Z
        ORGANIZER;CN=Renata Vázquez Dzib:mailto:renata.vazquez@diariodelsureste.example.mx
        UID:7ff1c2a9e3d04b1c8a5e@google.com
        ATTENDEE;CN=valeria.canul@example.org;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:valeria.canul@example.org
        SUMMARY:Entrevista Diario del Sureste – Valeria Canul
        LOCATION:Café La Plaza\\, Plaza Grande\\, Mérida
        STATUS:CONFIRMED
        SEQUENCE:0
    """, VTZ_MERIDA)
    h = hdr(addr("Renata Vázquez Dzib", "renata.vazquez@diariodelsureste.example.mx"),
            "Entrevista para el reportaje – jueves 5 de nov", "2026-10-29 15:30", MERIDA,
            "<CAL4r3nVz+Dz1b@mail.gmail.com>",
            relay="mail-wr1-f47.google.com (mail-wr1-f47.google.com [209.85.221.47])")
    return message(h, alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 36 podcast recording
@neg(36, "podcast", "en", None,
     "Podcast recording confirmed (Tue Oct 20, 3:00 PM ET, Riverside link); Valeria is the guest, not a "
     "job candidate", days=(("Tue", "2026-10-20"),))
def g36() -> bytes:
    body = t("""
        Hi Valeria,

        You're booked! Thanks for agreeing to come on Pipeline Stories.

        Recording: Tuesday, October 20, 2026 at 3:00 PM ET (1:00 PM in Mérida)
        Studio link: https://riverside.fm/studio/pipeline-stories?t=8a1c
        Topic: Building a booking-events lakehouse for a tourism marketplace

        It's a relaxed conversation-style interview, about 50 minutes, and we edit out any stumbles.
        Please use headphones and a wired connection if you can.

        Talk soon,
        Marcus Lee
        Host, Pipeline Stories
    """)
    h = hdr("Marcus Lee <marcus@pipelinestories.fm>", "Confirmed: Pipeline Stories recording on Oct 20",
            "2026-10-14 10:05", NY, "<CAB7mLee2026pod@mail.gmail.com>",
            relay="mail-ej1-f45.google.com (mail-ej1-f45.google.com [209.85.218.45])")
    return message(h, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 37 coach mock interview (Calendly)
@neg(37, "mock_interview", "es", None,
     "Calendly confirmation of a paid mock interview with a career coach (lunes 9 de noviembre 18:00); a "
     "practice session, not a job interview", days=(("Mon", "2026-11-09"),))
def g37() -> bytes:
    body = t("""
        Hola Valeria Canul:

        Se ha programado un nuevo evento.

        Evento:
        Simulacro de entrevista técnica (60 min) – Paquete Data Interviews

        Fecha/hora del evento:
        18:00 - 19:00, lunes, 9 de noviembre de 2026 (Hora central - México)

        Invitado:
        Coach Daniela Ríos

        Ubicación:
        https://us02web.zoom.us/j/88123409911

        Recuerda traer la descripción de la vacante a la que te estás preparando. Te daré feedback
        por escrito al terminar el simulacro.

        Con la tecnología de Calendly.com
    """)
    h = hdr("Calendly <notifications@calendly.com>",
            "Confirmado: Simulacro de entrevista técnica (60 min) con Coach Daniela Ríos el lunes, 9 de noviembre de 2026",
            "2026-11-02 19:12", CDMX, "<0100018f9e1a7b20-calendly-es-9921@email.amazonses.com>",
            relay="a8-51.smtp-out.amazonses.com (a8-51.smtp-out.amazonses.com [54.240.8.51])",
            extra=(("Reply-To", addr("Daniela Ríos", "daniela@carreraentech.example.com")),))
    return message(h, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 38 car service
@neg(38, "car_service", "es", None,
     "Car dealership service appointment (sábado 17 de octubre 9:00); fixed time, not an interview",
     days=(("Sat", "2026-10-17"),))
def g38() -> bytes:
    body = t("""
        Estimada clienta VALERIA CANUL:

        Su cita de servicio ha sido agendada.

        Vehículo: Versa 2021 placas YZA-418-C
        Servicio: Mantenimiento 60,000 km
        Fecha: sábado 17 de octubre de 2026
        Hora de recepción: 9:00 a.m.
        Asesor de servicio: Manuel Chi

        Autos Peninsular Mérida · Periférico Norte km 4.5
        Para cambios llame al 999 930 1100.
    """)
    h = hdr("Autos Peninsular Servicio <servicio@autospeninsular.example.mx>", "Confirmación de cita de servicio",
            "2026-10-12 10:30", MERIDA, "<srv.20261012.418c@autospeninsular.example.mx>",
            relay="smtp.autospeninsular.example.mx (smtp.autospeninsular.example.mx [203.0.113.91])")
    return message(h, text(body, charset="windows-1252"))


# --------------------------------------------------------------------------- 39 someone else's confirmation forwarded
@neg(39, "forwarded_other", "es", None,
     "A friend forwards his own Greenhouse interview confirmation (Thu 1 Oct 10:00 CDMX) asking for advice; "
     "the interview is Diego's, not the inbox owner's", days=(("Thu", "2026-10-01"),))
def g39() -> bytes:
    body = t("""
        Vale!! me llamaron de Finanzas Colibrí, la misma donde tú estás en proceso jaja. ¿Qué te preguntaron
        en la técnica? ¿Me pongo camisa o nadie se arregla en zoom?

        ---------- Forwarded message ---------
        De: Finanzas Colibrí <no-reply@greenhouse.io>
        Date: lun, 28 sept 2026 a las 12:40
        Subject: Entrevista confirmada: Analista de Datos Jr – Finanzas Colibrí
        To: Diego Ku <diego.ku@example.net>

        Hola Diego:

        Tu entrevista para Analista de Datos Jr en Finanzas Colibrí está confirmada.

        jueves 1 de octubre, 10:00 – 11:00 (hora de Ciudad de México)
        Zoom: https://colibri.zoom.us/j/97700199887

        Si necesitas reprogramar, responde a este correo.

        Saludos,
        Santiago Mejía
        Talent Partner, Finanzas Colibrí
    """)
    h = hdr(addr("Diego Ku", "diego.ku@example.net"), "Fwd: Entrevista confirmada: Analista de Datos Jr – Finanzas Colibrí",
            "2026-09-28 13:15", MERIDA, "<CAD1egoKu+fwd0928@mail.gmail.com>",
            relay="mail-lf1-f52.google.com (mail-lf1-f52.google.com [209.85.167.52])")
    return message(h, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 40 she interviews a candidate at her job
@neg(40, "interviewer_panel", "es", None,
     "Outlook invite from her current employer: Valeria is a panelist interviewing a candidate (martes 1 de "
     "diciembre 11:00); an interview at a fixed time, but not her own job interview",
     days=(("Tue", "2026-12-01"),))
def g40() -> bytes:
    body = t("""
        Cuándo: martes, 1 de diciembre de 2026 11:00-12:00 (UTC-06:00) Guadalajara, Ciudad de México, Monterrey.
        Dónde: Sala Uxmal / Teams

        *~*~*~*~*~*~*~*~*~*

        Hola Vale, te agrego al panel de la entrevista técnica del candidato para Data Engineer Jr
        (Luis Pat Chan). Tú te encargas de la parte de SQL y modelado, yo de la de Python. Adjunto su CV
        y la guía de evaluación; por favor llena el scorecard en el ATS antes del viernes.

        Gracias!
        Mónica Herrera
        Engineering Manager – Data | Travesía MX
    """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", """
        ORGANIZER;CN=Mónica Herrera:mailto:monica.herrera@travesiamx.example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valeria Canul:mailto:valeria.canul@travesiamx.example.com
        UID:040000008200E00074C5B7101A82E00800000000A2C4D6E8F012DD01000000000000000010000000F1
        SUMMARY;LANGUAGE=es-MX:Entrevista técnica – Luis Pat Chan (Data Engineer Jr)
        DTSTART;TZID=Central Standard Time (Mexico):20261201T110000
        DTEND;TZID=Central Standard Time (Mexico):20261201T120000
        DTSTAMP:20261125T161200Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-MX:Sala Uxmal / Teams
    """, VTZ_MX_WIN)
    h = hdr(addr("Mónica Herrera", "monica.herrera@travesiamx.example.com"),
            "Entrevista técnica – Luis Pat Chan (Data Engineer Jr)", "2026-11-25 10:12", MERIDA,
            "<PH0PR11MB7421C0D2E3F4A5B6C7D8E9F0A1B2C@PH0PR11MB7421.namprd11.prod.outlook.com>",
            relay="NAM12-MW2-obe.outbound.protection.outlook.com (mail-mw2nam12on2090.outbound.protection.outlook.com [40.107.244.90])",
            to=addr("Valeria Canul", "valeria.canul@travesiamx.example.com"),
            extra=(("Cc", ME_H), ("Content-Language", "es-MX")))
    return message(h, alt(text(body), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 41 out-of-office auto-reply
@neg(41, "auto_reply", "es", "Viajera Digital",
     "Out-of-office auto-reply from the Viajera Digital recruiter (back on lunes 21 de septiembre)",
     days=(("Mon", "2026-09-21"),))
def g41() -> bytes:
    body = t("""
        Hola, gracias por tu mensaje.

        Estoy fuera de la oficina hasta el lunes 21 de septiembre, sin acceso a correo. Si tu mensaje es
        sobre una entrevista ya agendada, no te preocupes: sigue en pie. Para temas urgentes escribe a
        talento@viajeradigital.com.mx.

        Fernanda Olvera
        Talent Acquisition | Viajera Digital
    """)
    h = hdr(addr("Fernanda Olvera", "fernanda.olvera@viajeradigital.com.mx"),
            "Respuesta automática: Re: Entrevista confirmada – Data Engineer (Plataforma de Reservas)",
            "2026-09-14 08:02", CDMX, "<auto.fo.20260914.0802@viajeradigital.com.mx>",
            relay="mail-vd.viajeradigital.com.mx (mail-vd.viajeradigital.com.mx [203.0.113.150])",
            extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                   ("In-Reply-To", "<F2b7C1d9@example.org>")))
    return message(h, text(body))


# --------------------------------------------------------------------------- 42 bounce of her own confirmation
@neg(42, "bounce", "en", None,
     "Mailer-daemon bounce of Valeria's reply to a mistyped address; the returned message says 'confirmo la "
     "entrevista del martes 17 a las 10' but a bounce confirms nothing (she resent it two minutes later; the real confirmation is key 13)",
     days=(("Tue", "2026-11-17"),))
def g42() -> bytes:
    report = t("""
        This is the mail system at host smtp.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <jorge.euan@haciendalab.mx>: Host or domain name not found. Name service error
            for name=haciendalab.mx type=A: Host not found
    """)
    status = make.raw_part([("Content-Type", "message/delivery-status")], t("""
        Reporting-MTA: dns; smtp.example.org
        X-Postfix-Queue-ID: 4R7yQk2bZ9z1xF
        Arrival-Date: Fri, 13 Nov 2026 18:20:41 -0600 (CST)

        Final-Recipient: rfc822; jorge.euan@haciendalab.mx
        Original-Recipient: rfc822;jorge.euan@haciendalab.mx
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=haciendalab.mx type=A: Host not found
    """))
    original = message([
        ("From", ME_H), ("To", "Jorge Euan <jorge.euan@haciendalab.mx>"),
        ("Subject", "Re: Siguiente paso - Hacienda Labs"),
        ("Date", date("2026-11-13 18:20", MERIDA)),
        ("Message-ID", "<9D4E7A11-3C2B-4E8F-B1A0-5F6E7D8C9B0A@example.org>"),
    ], text(t("""
        Hola Jorge, gracias. Como el lunes es día feriado, confirmo la entrevista del martes 17 a las 10:00.

        Saludos,
        Valeria
    """)))
    h = hdr("Mail Delivery System <MAILER-DAEMON@smtp.example.org>",
            "Undelivered Mail Returned to Sender", "2026-11-13 18:20", MERIDA,
            "<20261114002243.4R7yQk2bZ9z1xF@smtp.example.org>",
            relay="localhost (localhost [127.0.0.1])", lag=5,
            extra=(("Auto-Submitted", "auto-replied"),))
    body = make.multipart("report", text(report, cte="7bit"), status, attached_message(original),
                          params="report-type=delivery-status")
    return message(h, body)


# --------------------------------------------------------------------------- 43 year-end party at current job
@neg(43, "team_event", "es", None,
     "Google Calendar invite to the year-end 'posada' at her current employer (viernes 11 de diciembre "
     "19:00); not an interview", days=(("Fri", "2026-12-11"),))
def g43() -> bytes:
    body = t("""
        Te han invitado al siguiente evento.

        Posada Travesía MX 2026 🎄
        Cuándo
        viernes, 11 dic 2026 ⋅ 19:00 – 23:30 (hora estándar central)

        Dónde
        Hacienda San Antonio Cucul, Mérida

        Descripción
        ¡Cena, intercambio de regalos (tope $400) y karaoke! Confirma tu asistencia antes del 4 de dic.

        Invitación de Google Calendar
    """)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", """
        DTSTART;TZID=America/Merida:20261211T190000
        DTEND;TZID=America/Merida:20261211T233000
        DTSTAMP:20261120T150000Z
        ORGANIZER;CN=Cultura Travesía:mailto:cultura@travesiamx.example.com
        UID:posada2026travesia@google.com
        ATTENDEE;CN=Valeria Canul;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:valeria.canul@example.org
        SUMMARY:Posada Travesía MX 2026
        LOCATION:Hacienda San Antonio Cucul\\, Mérida
        STATUS:CONFIRMED
        SEQUENCE:0
    """, VTZ_MERIDA)
    h = hdr(addr("Cultura Travesía", "cultura@travesiamx.example.com"),
            "Invitación: Posada Travesía MX 2026 🎄 - vie 11 dic 2026 19:00 - 23:30 (CST) (valeria.canul@example.org)",
            "2026-11-20 09:00", MERIDA, "<calendar-posada-2026-cc19@google.com>",
            relay="mail-pj1-f71.google.com (mail-pj1-f71.google.com [209.85.216.71])",
            extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(h, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64"))))


# --------------------------------------------------------------------------- 44 parent-teacher meeting
@neg(44, "parent_teacher", "es", None,
     "School parent-teacher meeting (miércoles 30 de septiembre 7:30); fixed time, not an interview",
     days=(("Wed", "2026-09-30"),))
def g44() -> bytes:
    body = t("""
        Estimados padres de familia de 2.º B:

        Les recordamos que la junta de entrega de evaluaciones del primer periodo será el miércoles 30 de
        septiembre a las 7:30 am en el salón de usos múltiples. Cada maestra tendrá una breve entrevista
        de 10 minutos con cada familia para comentar el avance de los niños.

        Su asistencia es muy importante.

        Atentamente,
        Miss Carolina Puerto
        Colegio Montessori Itzimná
    """)
    h = hdr(addr("Colegio Montessori Itzimná", "avisos@montessori-itzimna.example.mx"),
            "Junta de padres de familia 2.º B", "2026-09-24 14:00", MERIDA,
            "<aviso.2b.0924@montessori-itzimna.example.mx>",
            relay="smtp.montessori-itzimna.example.mx (smtp.montessori-itzimna.example.mx [203.0.113.60])",
            to="Padres 2B <padres2b@montessori-itzimna.example.mx>",
            extra=(("Precedence", "list"),))
    return message(h, text(body, charset="iso-8859-1", cte="quoted-printable"))


# --------------------------------------------------------------------------- 45 webinar with ICS (EN)
@neg(45, "marketing_webinar", "en", None,
     "Job-platform webinar on salary negotiation with ICS (Thu Oct 22, 1:00 PM ET); registration "
     "confirmed, not an interview", days=(("Thu", "2026-10-22"),))
def g45() -> bytes:
    body = t("""
        You're registered!

        How to negotiate a US salary from LATAM (and ace the final interview)
        Thursday, October 22, 2026 · 1:00 PM - 2:00 PM EDT

        Join link: https://remotebridge.zoom.us/w/93314418822?tk=VCanul
        Add to calendar: see the attached invite.

        See you there,
        The RemoteBridge team

        Unsubscribe: https://remotebridge.io/u/vc-0931
    """)
    ics = vcal("-//Zoom Video Communications//Webinar//EN", "REQUEST", """
        UID:zoomwebinar-93314418822-vc@zoom.us
        DTSTAMP:20261015T160000Z
        DTSTART:20261022T170000Z
        DTEND:20261022T180000Z
        SUMMARY:Webinar: How to negotiate a US salary from LATAM
        ORGANIZER;CN=RemoteBridge:mailto:no-reply@zoom.us
        LOCATION:https://remotebridge.zoom.us/w/93314418822
        STATUS:CONFIRMED
    """)
    h = hdr("RemoteBridge <no-reply@zoom.us>",
            "Confirmation: How to negotiate a US salary from LATAM (and ace the final interview)",
            "2026-10-15 12:00", NY, "<webinar.93314418822.reg.vc@zoom.us>",
            relay="mail-out9.zoom.us (mail-out9.zoom.us [170.114.52.9])",
            extra=(("List-Unsubscribe", "<https://remotebridge.io/u/vc-0931>"),))
    return message(h, mixed(alt(text(body), html(gmail_html(body))),
                            calendar(ics, filename="webinar.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 46 friend asks for a mock interview
@neg(46, "mock_interview", "es", None,
     "A friend confirms that Valeria will run a practice interview with her ('el sábado a las 11'); "
     "the user is the mock interviewer, not a job interview")
def g46() -> bytes:
    body = t("""
        amigaaa ya quedó entonces, el sábado a las 11 en mi casa y me haces la entrevista de práctica
        como si fueras la del panel de Caribe Stays, sin piedad eh 😅 yo pongo los cafés y las marquesitas

        te paso la vacante para que veas qué preguntan:
        https://apply.workable.com/caribe-stays/j/8B21C0

        gracias gracias!!
        Fer
    """)
    h = hdr(addr("Fernanda May", "fer.may@example.com"), "Re: me ayudas??", "2026-10-29 22:41", MERIDA,
            "<CAFerMay+0nPr4ct1c4@mail.gmail.com>",
            relay="mail-yb1-f179.google.com (mail-yb1-f179.google.com [209.85.219.179])",
            extra=(("In-Reply-To", "<CAvc+reply1029@example.org>"),))
    return message(h, text(body, cte="base64"))


# --------------------------------------------------------------------------- 47 bank mortgage appointment
@neg(47, "bank_appointment", "es", None,
     "Mortgage-advisor appointment at a bank branch (jueves 12 de noviembre 12:00); the bank is also a "
     "company she interviewed with (key 11), but this is a customer appointment",
     days=(("Thu", "2026-11-12"),))
def g47() -> bytes:
    page = t("""
        <html><body style="font-family:Arial;font-size:13px">
        <p>Estimada Valeria Canul:</p>
        <p>Su cita con un asesor de <b>Crédito Hipotecario Ceiba</b> ha quedado registrada.</p>
        <p>Fecha: jueves 12 de noviembre de 2026<br>Hora: 12:00 hrs<br>
        Sucursal: Paseo de Montejo 480, Mérida<br>Asesor: Lic. Gabriel Novelo</p>
        <p>Le sugerimos traer identificación oficial, comprobante de domicilio y sus últimos 3 recibos de nómina
        para la precalificación.</p>
        <p>Banco Ceiba, S.A. Este correo es informativo; no responda a este mensaje.</p>
        </body></html>
    """)
    h = hdr("Banco Ceiba <notificaciones@bancoceiba.com.mx>", "Confirmación de su cita – Crédito Hipotecario",
            "2026-11-06 09:41", CDMX, "<cita.hip.7712094@bancoceiba.com.mx>",
            relay="mx-out2.bancoceiba.com.mx (mx-out2.bancoceiba.com.mx [203.0.113.201])")
    return message(h, html(page, charset="iso-8859-1"))


# --------------------------------------------------------------------------- 48 labour-force survey visit
@neg(48, "survey_visit", "es", None,
     "Statistics office: a survey interviewer ('entrevistador') will visit her home on martes 10 de "
     "noviembre 10:00-12:00 for the state employment survey; not a job interview",
     days=(("Tue", "2026-11-10"),))
def g48() -> bytes:
    body = t("""
        Estimada informante:

        Su vivienda fue seleccionada para la Encuesta Estatal de Ocupación y Empleo (cuarto trimestre).
        Nuestro entrevistador, el C. Alberto Uc, la visitará el martes 10 de noviembre entre las 10:00 y
        las 12:00 horas. La entrevista dura alrededor de 25 minutos y la información es confidencial.

        El entrevistador portará gafete con fotografía y código QR para verificar su identidad.

        Instituto de Estadística de Yucatán
    """)
    h = hdr(addr("Instituto de Estadística de Yucatán", "encuestas@estadistica.yucatan.example.mx"),
            "Aviso de visita – Encuesta Estatal de Ocupación y Empleo", "2026-11-03 12:00", MERIDA,
            "<eeoe.q4.vivienda.31120@estadistica.yucatan.example.mx>",
            relay="smtp.yucatan.example.mx (smtp.yucatan.example.mx [203.0.113.77])")
    return message(h, text(body, charset="iso-8859-15"))


# --------------------------------------------------------------------------- 49 post-interview (thread with 1)
@neg(49, "post_interview", "en", "Tidewater Analytics",
     "Post-interview thank-you after the Tidewater interview of Tue 3 Nov (key 1); next steps 'next week', "
     "nothing scheduled", days=(("Tue", "2026-11-03"),))
def g49() -> bytes:
    body = t("""
        Hi Valeria,

        Thanks again for your time on Tuesday - Sam and Priya really enjoyed the pipeline deep-dive. We're
        finishing the remaining interviews this week and I'll get back to you with next steps by early
        next week.

        Best,
        Megan

        On Tue, Nov 3, 2026 at 12:40 PM Valeria Canul <valeria.canul@example.org> wrote:
        > Hi Megan, thank you for today's interview, I enjoyed meeting Sam and Priya.
        > Valeria
    """)
    h = hdr("Megan Tully <megan.tully@tidewater-analytics.com>", "Re: Thank you - Tidewater Analytics",
            "2026-11-04 16:02", NY, "<CAMt7uL1y+tw1104@mail.gmail.com>",
            relay="mail-io1-f42.google.com (mail-io1-f42.google.com [209.85.166.42])")
    return message(h, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 50 meetup mailing list, talk rehearsal
@neg(50, "mailing_list", "es", None,
     "Google Groups mailing-list post: talk rehearsal and a panel 'Cómo pasar entrevistas de datos' at a "
     "meetup (jueves 19 de noviembre 19:00); not an interview", days=(("Thu", "2026-11-19"),))
def g50() -> bytes:
    body = t("""
        Hola comunidad 👋

        Este jueves 19 de noviembre a las 19:00 nos vemos en el Coworking La Ceiba para el meetup de
        noviembre:

        - 19:00 Ensayo general de la charla de Valeria para el congreso de Cancún (feedback bienvenido)
        - 19:40 Panel "Cómo pasar entrevistas de datos" con reclutadoras de Mérida y CDMX
        - 20:30 Tacos 🌮

        Confirmen en el hilo para calcular la pizza... digo, los tacos.

        Saludos,
        Gus (orga Data Mérida)

        --
        Recibiste este mensaje porque estás suscrito al grupo "Data Mérida" de Grupos de Google.
        Para cancelar la suscripción, envía un correo a datamerida+unsubscribe@googlegroups.com.
    """)
    h = hdr(addr("Gustavo Medina", "gus.medina@example.com"), "[Data Mérida] Meetup de noviembre + ensayo de charla",
            "2026-11-16 20:15", MERIDA, "<CAGus0rg4N1z3r+nov@mail.gmail.com>",
            relay="mail-ot1-f61.google.com (mail-ot1-f61.google.com [209.85.210.61])",
            to=addr("Data Mérida", "datamerida@googlegroups.com"),
            extra=(("List-Id", "<datamerida.googlegroups.com>"),
                   ("List-Unsubscribe", "<mailto:datamerida+unsubscribe@googlegroups.com>"),
                   ("Precedence", "list"), ("Mailing-list", "list datamerida@googlegroups.com")))
    return message(h, alt(text(body), html(gmail_html(body))))
