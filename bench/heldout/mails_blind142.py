"""blind142: a blind 50-mail set, the inbox of Andrea Castillo, supply-chain analyst in Guatemala City.

Hand-written one function per mail; file numbers are a fixed shuffle of the writing order (keys 1-23
positives, 24-50 negatives). Build and check with ``python3 bench/heldout/make_blind.py blind142``.
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
    received,
    t,
    text,
    utc,
)

ORDER = random.Random(1420142).sample(range(1, 51), 50)
ME = "andrea.castillo@example.org"
ME_H = addr("Andrea Castillo", ME)
GT = "America/Guatemala"
SV = "America/El_Salvador"
MX = "America/Mexico_City"
CT = "America/Chicago"
ET = "America/New_York"


def N(key: int) -> str:
    return f"blind142_{ORDER[key - 1]:03d}"


def vtz_fixed(tzid: str, name: str = "CST", offset: str = "-0600") -> str:
    return t(f"""
        BEGIN:VTIMEZONE
        TZID:{tzid}
        X-LIC-LOCATION:{tzid}
        BEGIN:STANDARD
        TZOFFSETFROM:{offset}
        TZOFFSETTO:{offset}
        TZNAME:{name}
        DTSTART:19700101T000000
        END:STANDARD
        END:VTIMEZONE""").rstrip("\n")


VTZ_MX_WIN = t("""
    BEGIN:VTIMEZONE
    TZID:Central Standard Time (Mexico)
    BEGIN:STANDARD
    DTSTART:16010101T000000
    TZOFFSETFROM:-0600
    TZOFFSETTO:-0600
    END:STANDARD
    END:VTIMEZONE""").rstrip("\n")


def mx(server: str, when: str, zone: str, ident: str, lag: int = 4) -> tuple[str, str]:
    """A Received header as the candidate's provider adds it."""
    return ("Received", received(f"from {server}", when, zone, f"mx1.example.org with ESMTPS id {ident}", ME,
                                 lag))


def heads(frm: str, subject: str, when: str, zone: str, msgid: str, *, to: str = ME_H,
          recv: tuple[str, str] | None = None, extra: tuple[tuple[str, str], ...] = (),
          charset: str = "utf-8") -> list[tuple[str, str]]:
    hs = []
    if recv:
        hs.append(recv)
    hs += [("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
           ("Message-ID", msgid)]
    hs += list(extra)
    return hs


# =========================================================================== positives (keys 1-23)


@mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-06 10:00", CT), end=utc("2026-10-06 10:45", CT),
      contact="kayla.whitfield@brazoscommodities.com", company="Brazos Commodities",
      local="Tue 2026-10-06 10:00", local_end="2026-10-06 10:45", zone=CT,
      note="Greenhouse confirmation, 'Tuesday, October 6th, 2026 10:00 AM - 10:45 AM CDT' (Houston, "
           "CDT = UTC-5 before 1 Nov) -> 15:00Z-15:45Z; ICS in America/Chicago agrees; contact = "
           "human Reply-To recruiter")
def m01():
    when = "2026-09-30 14:22"
    body = t("""
        Hi Andrea,

        Thanks for making time to speak with us! Your interview for Supply Chain Analyst, Green Coffee
        Imports has been confirmed. Here are the details:

        Tuesday, October 6th, 2026
        10:00 AM - 10:45 AM CDT

        Interviewer: Dwayne Okafor, Director of Procurement
        Location: Microsoft Teams (link in the calendar invitation)

        If you need to reschedule, just reply to this email and it will go straight to Kayla.

        Best,
        Kayla Whitfield
        Talent Acquisition | Brazos Commodities
        Houston, TX
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Andrea,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Supply Chain Analyst, Green
        Coffee Imports</b> has been confirmed. Here are the details:</p>
        <table cellpadding="4" style="border:1px solid #ddd">
        <tr><td><b>When</b></td><td>Tuesday, October 6th, 2026<br>10:00 AM - 10:45 AM CDT</td></tr>
        <tr><td><b>Interviewer</b></td><td>Dwayne Okafor, Director of Procurement</td></tr>
        <tr><td><b>Location</b></td><td>Microsoft Teams (link in the calendar invitation)</td></tr>
        </table>
        <p>If you need to reschedule, just reply to this email and it will go straight to Kayla.</p>
        <p>Best,<br>Kayla Whitfield<br>Talent Acquisition | Brazos Commodities<br>Houston, TX</p>
        <img src="https://app.greenhouse.io/email_open/8a1f2c.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Greenhouse//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {VTZ["America/Chicago"]}
        BEGIN:VEVENT
        UID:gh-interview-40718822@greenhouse.io
        DTSTAMP:20260930T192200Z
        DTSTART;TZID=America/Chicago:20261006T100000
        DTEND;TZID=America/Chicago:20261006T104500
        SUMMARY:Interview: Andrea Castillo <> Brazos Commodities (Supply Chain Analyst)
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Kayla Whitfield:mailto:kayla.whitfield@brazoscommodities.com
        ATTENDEE;CN=Andrea Castillo;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR""")
    return message(heads(
        addr("Brazos Commodities", "no-reply@greenhouse.io"),
        "Interview Confirmation: Supply Chain Analyst, Green Coffee Imports at Brazos Commodities",
        when, CT, "<3c91d0aa.4f2e.greenhouse@sendgrid.net>",
        recv=mx("o1.ptr4418.greenhouse.io (o1.ptr4418.greenhouse.io [167.89.23.18])", when, CT, "k29sd0a"),
        extra=(("Reply-To", addr("Kayla Whitfield", "kayla.whitfield@brazoscommodities.com")),)),
        mixed(alt(text(body), html(page)), calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(N(2), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-24 10:30", GT), end=None,
      contact="rodrigo.sical@exportadoralosvolcanes.com.gt", company="Exportadora Los Volcanes",
      local="Thu 2026-09-24 10:30", zone=GT,
      note="Gerente escribe de vos: 'el jueves de la otra semana a las 10:30 a. m.' desde un correo del "
           "miércoles 16/9 (hora de Guatemala, UTC-6 sin horario de verano) -> jueves 24/9 -> 16:30Z; "
           "'más o menos una hora' es aproximado, sin end; contacto = remitente")
def m02():
    when = "2026-09-16 17:48"
    body = t("""
        Hola Andrea, ¿qué tal?

        Te escribo porque ya hablé con don Julio y le pareció muy bien tu perfil para la plaza de
        analista de logística de exportación. Quedamos entonces para la entrevista el jueves de la
        otra semana a las 10:30 a. m., acá en las oficinas de zona 9 (7a. avenida 14-20, tercer nivel,
        preguntá por mí en recepción). Va a estar también Lucía de calidad, porque le interesa que
        le contés lo de las certificaciones de trazabilidad.

        Calculá más o menos una hora. Traé por favor tu CV impreso y el DPI para el parqueo.

        Cualquier cosa me escribís o me llamás al 5512-0937.

        Saludos,
        Rodrigo Sical
        Jefe de Operaciones
        Exportadora Los Volcanes, S.A.
        """)
    return message(heads(
        addr("Rodrigo Sical", "rodrigo.sical@exportadoralosvolcanes.com.gt"), "Entrevista - plaza analista",
        when, GT, "<CAF7x2=pQ1mN0b8dKsTz@mail.gmail.com>",
        recv=mx("mail-lf1-f52.google.com (mail-lf1-f52.google.com [209.85.167.52])", when, GT, "p0q8wr2")),
        text(body, cte="8bit"))


@mail(N(3), family="lever", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-21 14:00", SV), end=utc("2026-10-21 15:00", SV),
      contact="karla.menjivar@cuscatlancoffee.com.sv", company="Grupo Cafetalero Cuscatlán",
      local="Wed 2026-10-21 14:00", local_end="2026-10-21 15:00", zone=SV,
      note="Lever en español: 'miércoles, 21 de octubre de 2026, 2:00 p. m. - 3:00 p. m. (hora de El "
           "Salvador, GMT-6)' -> 20:00Z-21:00Z; contacto = Reply-To de la reclutadora")
def m03():
    when = "2026-10-14 09:05"
    body = t("""
        Hola Andrea:

        ¡Gracias por tu interés en Grupo Cafetalero Cuscatlán! Confirmamos tu entrevista para el puesto
        de Coordinadora de Cadena de Suministro (San Salvador / híbrido).

        Fecha: miércoles, 21 de octubre de 2026
        Hora: 2:00 p. m. - 3:00 p. m. (hora de El Salvador, GMT-6)
        Entrevistadores: Karla Menjívar (Talento), Óscar Alfaro (Gerente de Logística)
        Lugar: Google Meet - https://meet.google.com/qfv-hwzt-kpa

        Si necesitás cambiar el horario, respondé a este correo.

        Saludos,
        Karla Menjívar
        Grupo Cafetalero Cuscatlán
        """)
    page = t("""
        <div style="font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;max-width:600px">
        <p>Hola Andrea:</p>
        <p>¡Gracias por tu interés en Grupo Cafetalero Cuscatlán! Confirmamos tu entrevista para el puesto
        de <strong>Coordinadora de Cadena de Suministro (San Salvador / híbrido)</strong>.</p>
        <p><strong>Fecha:</strong> miércoles, 21 de octubre de 2026<br>
        <strong>Hora:</strong> 2:00 p. m. - 3:00 p. m. (hora de El Salvador, GMT-6)<br>
        <strong>Entrevistadores:</strong> Karla Menjívar (Talento), Óscar Alfaro (Gerente de Logística)<br>
        <strong>Lugar:</strong> <a href="https://meet.google.com/qfv-hwzt-kpa">Google Meet</a></p>
        <p>Si necesitás cambiar el horario, respondé a este correo.</p>
        <p>Saludos,<br>Karla Menjívar<br>Grupo Cafetalero Cuscatlán</p>
        <p style="color:#999;font-size:11px">Enviado con Lever</p>
        </div>
        """)
    return message(heads(
        addr("Karla Menjívar (Grupo Cafetalero Cuscatlán)", "no-reply@hire.lever.co"),
        "Entrevista confirmada: Coordinadora de Cadena de Suministro", when, SV,
        "<lever-7e12c0f3-1b8a-4d2e-a9ad-3f0e1c44b9d2@hire.lever.co>",
        recv=mx("mail-ej1-f97.hire.lever.co (mail-ej1-f97.hire.lever.co [198.2.180.97])", when, SV, "b7hq21"),
        extra=(("Reply-To", addr("Karla Menjívar", "karla.menjivar@cuscatlancoffee.com.sv")),)),
        alt(text(body), html(page)))


@mail(N(4), family="workday", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 11:00", ET), end=utc("2026-11-03 12:00", ET),
      contact="priya.raman@calderfoods.com", company="Calder Foods",
      local="Tue 2026-11-03 11:00", local_end="2026-11-03 12:00", zone=ET,
      note="Workday HTML-only base64 mail sent Wed 28 Oct in EDT; interview 'Tuesday, November 3, 2026, "
           "11:00 AM - 12:00 PM Eastern Time' is after the 1 Nov switch, so EST = UTC-5 -> 16:00Z-17:00Z "
           "(the body's own 'that's 10:00 AM in Guatemala City' agrees); contact = recruiter address in body")
def m04():
    when = "2026-10-28 16:40"
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f2f2f2">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#fff;font-family:Roboto,Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#0b3d6e;padding:16px;color:#fff;font-size:18px">Calder Foods Careers</td></tr>
        <tr><td style="padding:24px">
        <p>Dear Andrea Castillo,</p>
        <p>Thank you for your continued interest in the <b>Senior Analyst, Sourcing Logistics (Remote - LATAM)</b>
        position (Job Requisition R-20931). We are pleased to confirm your interview:</p>
        <p><b>Date:</b> Tuesday, November 3, 2026<br>
        <b>Time:</b> 11:00 AM - 12:00 PM Eastern Time<br>
        <b>Format:</b> Zoom video interview (link to follow from the hiring team)<br>
        <b>Panel:</b> Greg Haddock, Priya Raman</p>
        <p>Please note that US clocks change on Sunday, November 1 &mdash; that's 10:00 AM in Guatemala City.</p>
        <p>Questions about your interview can be sent to your recruiter,
        Priya Raman (<a href="mailto:priya.raman@calderfoods.com">priya.raman@calderfoods.com</a>).</p>
        <p>You can view the status of your application at any time in the
        <a href="https://calderfoods.wd5.myworkdayjobs.com/en-US/External/userHome">Candidate Home</a>.</p>
        <p>Sincerely,<br>Calder Foods Talent Acquisition</p>
        </td></tr>
        <tr><td style="padding:12px;font-size:11px;color:#888">This email was sent from an unmonitored mailbox.
        Please do not reply.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    return message(heads(
        addr("Calder Foods", "calderfoods@myworkday.com"),
        "Interview Confirmation - Senior Analyst, Sourcing Logistics (R-20931)", when, ET,
        "<1829351106.40211.1793220000312@wd5-prod-mta02.myworkday.com>",
        recv=mx("wd5-prod-mta02.myworkday.com (wd5-prod-mta02.myworkday.com [216.137.188.42])", when, ET,
                "z1l0dd8"),
        extra=(("Auto-Submitted", "auto-generated"),)),
        html(page, cte="base64"))


@mail(N(5), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-12 09:30", GT), end=utc("2026-11-12 10:00", GT),
      contact="meredith.kline@lakeshoreroasters.com", company="Lakeshore Roasters",
      local="Thu 2026-11-12 09:30", local_end="2026-11-12 10:00", zone=GT,
      note="Calendly invitee confirmation shown in the invitee's zone, '09:30am - 10:00am, Thursday, "
           "November 12, 2026 (Central America Time)' = Guatemala UTC-6 -> 15:30Z-16:00Z; ICS in UTC "
           "agrees; contact = host via Reply-To")
def m05():
    when = "2026-11-09 13:02"
    body = t("""
        Hi Andrea Castillo,

        A new event has been scheduled.

        Event Type:
        Recruiter Screen - Logistics Planner (30 min)

        Invitee:
        Andrea Castillo

        Host:
        Meredith Kline

        Event Date/Time:
        09:30am - 10:00am, Thursday, November 12, 2026 (Central America Time)

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/ahr-pfxd-vne

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7f3e2b0c-8812-4f3f-a8b1-0c5d9e21a6b4
        Reschedule: https://calendly.com/reschedulings/7f3e2b0c-8812-4f3f-a8b1-0c5d9e21a6b4

        Powered by Calendly.com
        """)
    page = gmail_html(body).replace('<div dir="ltr">', '<div dir="ltr" style="font-family:proxima-nova,sans-serif">')
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:7f3e2b0c-8812-4f3f-a8b1-0c5d9e21a6b4@calendly.com
        DTSTAMP:20261109T190200Z
        DTSTART:20261112T153000Z
        DTEND:20261112T160000Z
        SUMMARY:Recruiter Screen - Logistics Planner (30 min) between Meredith Kline and Andrea Castillo
        ORGANIZER;CN=Meredith Kline:mailto:meredith.kline@lakeshoreroasters.com
        ATTENDEE;CN=Andrea Castillo;PARTSTAT=ACCEPTED:mailto:{ME}
        LOCATION:https://meet.google.com/ahr-pfxd-vne
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR""")
    return message(heads(
        addr("Calendly", "notifications@calendly.com"),
        "New Event: Meredith Kline - 09:30am Thu, Nov 12, 2026 - Recruiter Screen - Logistics Planner (30 min)",
        when, GT, "<0100019a1c2b7d55-8b2d1e70-7c6f-4d3a-9f0e-2e3b6a1c9d40-000000@email.amazonses.com>",
        recv=mx("a48-93.smtp-out.amazonses.com (a48-93.smtp-out.amazonses.com [54.240.48.93])", when, GT,
                "c41ma0"),
        extra=(("Reply-To", addr("Meredith Kline", "meredith.kline@lakeshoreroasters.com")),)),
        mixed(alt(text(body), html(page)), calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(N(6), family="exchange_teams", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-19 12:00", MX), end=utc("2026-10-19 13:00", MX),
      contact="fernanda.ochoa@agroanahuac.com.mx", company="Agroexport Anáhuac",
      local="Mon 2026-10-19 12:00", local_end="2026-10-19 13:00", zone=MX,
      note="Solicitud de reunión de Outlook/Exchange con zona Windows 'Central Standard Time (Mexico)' "
           "(Ciudad de México, UTC-6 sin horario de verano desde 2022): lunes 19/10 12:00-13:00 -> "
           "18:00Z-19:00Z; contacto = ORGANIZER humano")
def m06():
    when = "2026-10-12 10:15"
    body = t("""
        Andrea, buen día:

        Como lo platicamos por teléfono, le envío la invitación para su entrevista con el Ing. Mauricio
        Treviño (Director de Comercio Exterior) para la posición de Analista Sr. de Importaciones.

        lunes, 19 de octubre de 2026 12:00-13:00 (UTC-06:00) Guadalajara, Ciudad de México, Monterrey

        Será por Teams; si tiene algún inconveniente con el enlace me avisa.

        Saludos cordiales,

        Fernanda Ochoa Ruiz
        Atracción de Talento | Agroexport Anáhuac, S.A. de C.V.
        Ciudad de México

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Únase a través de su ordenador, aplicación móvil o dispositivo de sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZTFh%40thread.v2/0>
        Id. de reunión: 284 117 609 335
        Código de acceso: 9xQm4F
        ________________________________________________________________________________
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {VTZ_MX_WIN}
        BEGIN:VEVENT
        ORGANIZER;CN=Fernanda Ochoa Ruiz:mailto:fernanda.ochoa@agroanahuac.com.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Andrea Castillo:mailto:{ME}
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mauricio Treviño:mailto:mauricio.trevino@agroanahuac.com.mx
        DESCRIPTION;LANGUAGE=es-MX:Entrevista Analista Sr. de Importaciones\\n
        UID:040000008200E00074C5B7101A82E00800000000B0F2D1E4A05DDB010000000000000000100000009A1B2C3D
        SUMMARY;LANGUAGE=es-MX:Entrevista - Andrea Castillo / Analista Sr. de Importaciones
        DTSTART;TZID=Central Standard Time (Mexico):20261019T120000
        DTEND;TZID=Central Standard Time (Mexico):20261019T130000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261012T161500Z
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
        END:VEVENT
        END:VCALENDAR""")
    return message(heads(
        addr("Fernanda Ochoa Ruiz", "fernanda.ochoa@agroanahuac.com.mx"),
        "Entrevista - Andrea Castillo / Analista Sr. de Importaciones", when, MX,
        "<SJ0PR11MB5678E2A1B4C9D0F3A7E2C1B8D4A09@SJ0PR11MB5678.namprd11.prod.outlook.com>",
        recv=mx("NAM11-DM6-obe.outbound.protection.outlook.com (mail-dm6nam11on2072.outbound.protection"
                ".outlook.com [40.107.223.72])", when, MX, "t8w1ez"),
        extra=(("Thread-Topic", enc("Entrevista - Andrea Castillo / Analista Sr. de Importaciones")),
               ("Content-Language", "es-MX"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""))),
        alt(text(body, charset="utf-8", cte="base64"),
            calendar(ics, cte="base64")))


@mail(N(7), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-03 09:00", CT), end=None,
      contact="tessa.lindqvist@gulfbendtrading.com", company="Gulf Bend Trading",
      local="Tue 2026-11-03 09:00", zone=CT,
      note="Recruiter moves the interview from Thu 10/29 2:00 PM CT to 'next Tuesday, 11/3 at 9:00 AM "
           "Central'; sent Tue 27 Oct in CDT but the new slot is after 1 Nov, so CST = UTC-6 -> 15:00Z "
           "(the mail itself says 9:00 AM in Guatemala too); contact = human sender")
def m07():
    when = "2026-10-27 15:10"
    body = t("""
        Hi Andrea,

        Apologies for the shuffle - Tom has to be at the Port of Houston on Thursday, so we need to move
        your interview off Thursday 10/29 at 2:00 PM CT.

        Since you said mornings work best, I went ahead and moved it to next Tuesday, 11/3 at 9:00 AM
        Central. Heads up that our clocks fall back this weekend, so that will be 9:00 AM your time in
        Guatemala as well (no more one-hour difference). The updated Teams invite is on its way.

        Thanks for being flexible!
        Tessa

        --
        Tessa Lindqvist | Senior Recruiter
        Gulf Bend Trading LLC | 1300 Post Oak Blvd, Houston TX
        +1 713 555 0148

        On Mon, Oct 26, 2026 at 6:02 PM Andrea Castillo <andrea.castillo@example.org> wrote:
        > Hi Tessa,
        >
        > Thanks, Thursday at 2 pm Central works. If anything changes, mornings are usually easier for me.
        >
        > Best,
        > Andrea
        """)
    return message(heads(
        addr("Tessa Lindqvist", "tessa.lindqvist@gulfbendtrading.com"),
        "Re: Interview with Tom Beaulieu - Commodity Logistics Analyst", when, CT,
        "<CAHr5b2nX0d8Lw-Qe3k@mail.gmail.com>",
        recv=mx("mail-pj1-f44.google.com (mail-pj1-f44.google.com [209.85.216.44])", when, CT, "m3nb90"),
        extra=(("In-Reply-To", "<CAN4q8s0Andrea-1026@mail.gmail.com>"),
               ("References", "<CAN4q8s0Andrea-1026@mail.gmail.com>"))),
        alt(text(body), html(gmail_html(body))))


@mail(N(8), family="teamtailor", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-10 18:00", GT), end=utc("2026-11-10 18:45", GT),
      contact="sofia.batz@fincadigital.gt", company="Finca Digital",
      local="Tue 2026-11-10 18:00", local_end="2026-11-10 18:45", zone=GT,
      note="Teamtailor: 'mar. 10 de nov. de 2026, 18:00 - 18:45 (hora de Guatemala)'; UTC-6 hace que "
           "sea ya el 11/11 en UTC -> 2026-11-11T00:00Z-00:45Z; contacto = dirección de la reclutadora "
           "en el cuerpo (el remitente es no-reply)")
def m08():
    when = "2026-11-04 11:27"
    body = t("""
        Hola Andrea,

        ¡Tu entrevista está agendada! Estos son los detalles:

        Puesto: Analista de Cadena de Suministro (Trazabilidad EUDR)
        Cuándo: mar. 10 de nov. de 2026, 18:00 - 18:45 (hora de Guatemala)
        Con: Sofía Batz, Jorge Culajay
        Dónde: videollamada - https://fincadigital.teamtailor.com/meetings/8d2c1a

        La pusimos después de tu horario de oficina, como nos pediste.
        Si tenés dudas, escribile a Sofía: sofia.batz@fincadigital.gt

        ¡Nos vemos pronto!
        Equipo de Finca Digital
        """)
    page = t("""
        <!doctype html><html><body style="background:#f6f6f6;margin:0">
        <div style="max-width:560px;margin:24px auto;background:#fff;border-radius:8px;padding:32px;
        font-family:-apple-system,Segoe UI,sans-serif;color:#1a1a1a">
        <img src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logo-fincadigital.png" height="32" alt="Finca Digital">
        <h2 style="font-weight:600">¡Tu entrevista está agendada!</h2>
        <p>Hola Andrea,</p>
        <table style="font-size:15px">
        <tr><td style="color:#777;padding-right:12px">Puesto</td><td>Analista de Cadena de Suministro (Trazabilidad EUDR)</td></tr>
        <tr><td style="color:#777;padding-right:12px">Cuándo</td><td>mar. 10 de nov. de 2026, 18:00 - 18:45 (hora de Guatemala)</td></tr>
        <tr><td style="color:#777;padding-right:12px">Con</td><td>Sofía Batz, Jorge Culajay</td></tr>
        <tr><td style="color:#777;padding-right:12px">Dónde</td><td><a href="https://fincadigital.teamtailor.com/meetings/8d2c1a">Unirse a la videollamada</a></td></tr>
        </table>
        <p>La pusimos después de tu horario de oficina, como nos pediste.<br>
        Si tenés dudas, escribile a Sofía: <a href="mailto:sofia.batz@fincadigital.gt">sofia.batz@fincadigital.gt</a></p>
        <p>¡Nos vemos pronto!<br>Equipo de Finca Digital</p>
        <p style="font-size:11px;color:#aaa">Powered by Teamtailor</p>
        </div></body></html>
        """)
    return message(heads(
        addr("Finca Digital", "no-reply@teamtailor-mail.com"),
        "Entrevista agendada: Analista de Cadena de Suministro", when, GT,
        "<6735f2a81c0d4_3e1a2b9c4d7f@teamtailor-mail.com>",
        recv=mx("mta-12.teamtailor-mail.com (mta-12.teamtailor-mail.com [168.245.99.12])", when, GT, "e2ff81")),
        alt(text(body), html(page)))


@mail(N(9), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-02 16:00", ET), end=utc("2026-12-02 16:45", ET),
      contact="nate.sorensen@harborline.io", company="Harborline",
      local="Wed 2026-12-02 16:00", local_end="2026-12-02 16:45", zone=ET,
      note="Google Calendar invitation in the organizer's zone, 'Wed Dec 2, 2026 4pm - 4:45pm (Eastern "
           "Time - New York)', EST = UTC-5 in December -> 21:00Z-21:45Z (3pm in Guatemala); ICS agrees; "
           "contact = organizer, who is the From")
def m09():
    when = "2026-11-25 12:31"
    body = t("""
        You have been invited to the following event.

        Andrea Castillo / Harborline - Hiring manager interview (Supply Planning)
        When
        Wed Dec 2, 2026 4pm - 4:45pm Eastern Time - New York

        Joining info
        Join with Google Meet
        https://meet.google.com/wsn-yqkb-ocr

        Calendar
        andrea.castillo@example.org

        Who
        * Nate Sorensen - organizer
        * Lia Gutierrez
        * andrea.castillo@example.org

        Hi Andrea - this is the 45-minute conversation with Lia (our Head of Supply Planning) we talked
        about. Looking forward to it. - Nate

        Going (andrea.castillo@example.org)? Yes - Maybe - No    more options
        https://calendar.google.com/calendar/event?action=RESPOND&eid=NWJ0c2h2

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future
        updates for this event, decline this event.
        """)
    page = gmail_html(body)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {VTZ["America/New_York"]}
        BEGIN:VEVENT
        DTSTART;TZID=America/New_York:20261202T160000
        DTEND;TZID=America/New_York:20261202T164500
        DTSTAMP:20261125T173100Z
        ORGANIZER;CN=Nate Sorensen:mailto:nate.sorensen@harborline.io
        UID:5bt2shv1q8r0m3k6c9p4l7x2aa@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Nate Sorensen;X-NUM-GUESTS=0:mailto:nate.sorensen@harborline.io
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lia Gutierrez;X-NUM-GUESTS=0:mailto:lia.gutierrez@harborline.io
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
        X-GOOGLE-CONFERENCE:https://meet.google.com/wsn-yqkb-ocr
        CREATED:20261125T173059Z
        DESCRIPTION:Hi Andrea - this is the 45-minute conversation with Lia (our Head of Supply Planning) we talked about. Looking forward to it. - Nate
        LAST-MODIFIED:20261125T173100Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Andrea Castillo / Harborline - Hiring manager interview (Supply Planning)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR""")
    return message(heads(
        addr("Nate Sorensen", "nate.sorensen@harborline.io"),
        "Invitation: Andrea Castillo / Harborline - Hiring manager interview (Supply Planning) @ "
        "Wed Dec 2, 2026 4pm - 4:45pm (EST) (andrea.castillo@example.org)", when, ET,
        "<calendar-0b7e1d4c-9a2f-4f1e-8c3d-6e5a4b2c1d0e@google.com>",
        recv=mx("mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", when, ET, "g6yy2k"),
        extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
               ("Reply-To", addr("Nate Sorensen", "nate.sorensen@harborline.io")))),
        mixed(alt(text(body), html(page), calendar(ics)),
              calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                       disposition="attachment", method=None, name_param=True)))


@mail(N(10), family="human_prose", lang="es", interview=True, kind="cancelled",
      start=utc("2026-11-13 09:00", GT), end=None,
      contact="mtzoc@cafespastores.com.gt", company="Cafés Finos Pastores",
      local="Fri 2026-11-13 09:00", zone=GT,
      note="Cancelación sin nueva hora (plaza congelada): la entrevista 'del viernes 13 de noviembre a las "
           "9:00 a. m.' en Antigua (UTC-6) -> 15:00Z; texto iso-8859-1 quoted-printable de Outlook; "
           "contacto = remitente humano")
def m10():
    when = "2026-11-09 08:44"
    body = t("""
        Estimada Andrea:

        Reciba un cordial saludo. Le escribo para informarle que, lamentablemente, debemos cancelar la
        entrevista que teníamos programada para el viernes 13 de noviembre a las 9:00 a. m. en nuestras
        oficinas de Antigua Guatemala.

        La gerencia decidió congelar la plaza de Analista de Exportaciones hasta el próximo año por
        ajustes en el presupuesto de la cosecha 2026/27. Le pido disculpas por el inconveniente; en
        cuanto se reactive el proceso me comunicaré con usted, ya que su perfil nos interesa mucho.

        Atentamente,

        Marta Tzoc
        Recursos Humanos
        Cafés Finos Pastores, S.A.
        Calle del Chajón No. 12, Antigua Guatemala
        Tel. 7832-4410
        """)
    return message(heads(
        addr("Marta Tzoc", "mtzoc@cafespastores.com.gt"), "Cancelación de entrevista - Analista de Exportaciones",
        when, GT, "<000601dd5214$7a2b3c40$6e81b4c0$@cafespastores.com.gt>",
        recv=mx("mail.cafespastores.com.gt (mail.cafespastores.com.gt [190.104.112.9])", when, GT, "x0pl3q"),
        extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "es-gt"), ("Thread-Index",
               "AdtSFHlB0dG9yV1aQk2pVqN3hcJZ8w=="))),
        text(body, charset="iso-8859-1"))


@mail(N(11), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-21 13:00", CT), end=utc("2026-09-21 13:45", CT),
      contact="derek.moody@bayoufreight.com", company="Bayou Freight Partners",
      local="Mon 2026-09-21 13:00", local_end="2026-09-21 13:45", zone=CT,
      note="SmartRecruiters confirmation 'Monday, September 21, 2026 at 1:00 PM CDT (45 minutes)' -> "
           "18:00Z-18:45Z (noon in Guatemala); contact = human Reply-To")
def m11():
    when = "2026-09-15 10:03"
    body = t("""
        Dear Andrea,

        Your interview for the position of Import Logistics Analyst (Coffee & Cocoa) at Bayou Freight
        Partners has been confirmed.

        Interview type: Video interview (Microsoft Teams)
        Date & time: Monday, September 21, 2026 at 1:00 PM CDT (45 minutes)
        Interviewers: Derek Moody, Sandra Vu

        Add to calendar: https://jobs.smartrecruiters.com/interview/calendar/3f8a21d0.ics

        To reschedule, please reply to this message.

        Kind regards,
        Derek Moody
        Bayou Freight Partners
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;color:#2b2b2b">
        <div style="border-top:4px solid #0073e6;padding:20px;max-width:600px">
        <p>Dear Andrea,</p>
        <p>Your interview for the position of <strong>Import Logistics Analyst (Coffee &amp; Cocoa)</strong>
        at Bayou Freight Partners has been confirmed.</p>
        <p><span style="color:#777">Interview type</span><br>Video interview (Microsoft Teams)</p>
        <p><span style="color:#777">Date &amp; time</span><br>Monday, September 21, 2026 at 1:00 PM CDT (45 minutes)</p>
        <p><span style="color:#777">Interviewers</span><br>Derek Moody, Sandra Vu</p>
        <p><a href="https://jobs.smartrecruiters.com/interview/calendar/3f8a21d0.ics"
        style="background:#0073e6;color:#fff;padding:8px 14px;text-decoration:none;border-radius:3px">Add to calendar</a></p>
        <p>To reschedule, please reply to this message.</p>
        <p>Kind regards,<br>Derek Moody<br>Bayou Freight Partners</p>
        <p style="font-size:11px;color:#999">Sent via SmartRecruiters</p>
        </div></body></html>
        """)
    return message(heads(
        addr("Bayou Freight Partners", "noreply@smartrecruiters.com"),
        "Interview confirmed - Import Logistics Analyst (Coffee & Cocoa)", when, CT,
        "<20260915150300.7f2a1c9e8b@smtp.smartrecruiters.com>",
        recv=mx("smtp.smartrecruiters.com (smtp.smartrecruiters.com [52.29.181.7])", when, CT, "u5rr0v"),
        extra=(("Reply-To", addr("Derek Moody", "derek.moody@bayoufreight.com")),)),
        alt(text(body, cte="7bit"), html(page)))


@mail(N(12), family="ashby", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-15 11:00", MX), end=utc("2026-10-15 12:00", MX),
      contact="valeria.cantu@milpalabs.mx", company="Milpa Labs",
      local="Thu 2026-10-15 11:00", local_end="2026-10-15 12:00", zone=MX,
      note="Ashby en español: 'jueves, 15 de octubre de 2026 · 11:00 a. m. - 12:00 p. m. (hora del centro "
           "de México, GMT-6)' -> 17:00Z-18:00Z; ICS en America/Mexico_City (sin DST); contacto = Reply-To "
           "/ ORGANIZER")
def m12():
    when = "2026-10-09 19:20"
    body = t("""
        Hola Andrea:

        ¡Tu entrevista está confirmada! Tenemos muchas ganas de platicar contigo.

        jueves, 15 de octubre de 2026 · 11:00 a. m. - 12:00 p. m. (hora del centro de México, GMT-6)
        Google Meet

        Te vas a reunir con:
          Emilio Garza - Head of Operations
          Valeria Cantú - Recruiting Lead

        ¿Dudas? Responde este correo y le llegará a Valeria Cantú.

        Saludos,
        Reclutamiento de Milpa Labs
        """)
    page = t("""
        <!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#111">
        <p>Hola Andrea:</p>
        <p>¡Tu entrevista está confirmada! Tenemos muchas ganas de platicar contigo.</p>
        <p><b>jueves, 15 de octubre de 2026 · 11:00 a. m. - 12:00 p. m. (hora del centro de México, GMT-6)</b><br>
        Google Meet</p>
        <p>Te vas a reunir con:<br>&nbsp;&nbsp;Emilio Garza - Head of Operations<br>&nbsp;&nbsp;Valeria Cantú - Recruiting Lead</p>
        <p>¿Dudas? Responde este correo y le llegará a Valeria Cantú.</p>
        <p>Saludos,<br>Reclutamiento de Milpa Labs</p>
        </body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {vtz_fixed(MX)}
        BEGIN:VEVENT
        UID:a3c9e1f0-77b2-4c1d-9e8f-2d6b5a4c3b21
        DTSTAMP:20261010T012000Z
        DTSTART;TZID=America/Mexico_City:20261015T110000
        DTEND;TZID=America/Mexico_City:20261015T120000
        SEQUENCE:0
        SUMMARY:Milpa Labs - Entrevista Supply Chain Analyst
        LOCATION:Google Meet
        ORGANIZER;CN=Valeria Cantú:mailto:valeria.cantu@milpalabs.mx
        ATTENDEE;CN=Andrea Castillo;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR""")
    return message(heads(
        addr("Milpa Labs", "no-reply@ashbyhq.com"), "Entrevista confirmada: Supply Chain Analyst en Milpa Labs",
        when, MX, "<0100019a7d2e11f4-c2b0e7a1-5d3f-4e88-9a61-7b0c2d3e4f50-000000@email.amazonses.com>",
        recv=mx("a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])", when, MX, "y7ka02"),
        extra=(("Reply-To", addr("Valeria Cantú", "valeria.cantu@milpalabs.mx")),)),
        mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
              calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(13), family="personio", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-28 09:00", GT), end=utc("2026-10-28 10:00", GT),
      contact="diego.aju@trazabilidadverde.com", company="Trazabilidad Verde",
      local="Wed 2026-10-28 09:00", local_end="2026-10-28 10:00", zone=GT,
      note="Personio con fecha europea '28.10.2026' y 'Hora: 09:00 - 10:00 (America/Guatemala)' -> "
           "15:00Z-16:00Z; contacto = persona de contacto en el cuerpo (remitente no-reply)")
def m13():
    when = "2026-10-22 13:55"
    body = t("""
        Hola Andrea Castillo:

        Gracias por tu candidatura para el puesto "Especialista en Logística de Exportación".
        Nos alegra invitarte a una entrevista personal.

        Fecha: 28.10.2026
        Hora: 09:00 - 10:00 (America/Guatemala)
        Lugar: Trazabilidad Verde, Edificio Zona Pradera, Torre 3, nivel 11, zona 10, Ciudad de Guatemala

        Tu persona de contacto: Diego Ajú (diego.aju@trazabilidadverde.com)

        Por favor, confirma tu asistencia en el siguiente enlace:
        https://trazabilidadverde.jobs.personio.com/appointment/confirm?token=Yx83kQ

        Saludos cordiales
        Tu equipo de Trazabilidad Verde
        """)
    return message(heads(
        addr("Trazabilidad Verde", "no-reply@personio.de"),
        "Invitación a entrevista: Especialista en Logística de Exportación", when, GT,
        "<b8e1f0a2c3d4e5f6.1761162900@mail.personio.de>",
        recv=mx("mail.personio.de (mail.personio.de [185.25.31.140])", when, GT, "w9ee41")),
        text(body))


@mail(N(14), family="workable", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-05 15:00", SV), end=None,
      contact="ana.portillo@pacificosur.com.sv", company="Logística Pacífico Sur",
      local="Thu 2026-11-05 15:00", zone=SV,
      note="Workable: 'jueves 5 de noviembre, 3:00 p. m. (hora de El Salvador)' -> 21:00Z; sin duración; "
           "Reply-To es el relé +...@candidates.workablemail.com, no humano -> contacto = dirección de la "
           "gerente en el cuerpo")
def m14():
    when = "2026-10-30 16:12"
    body = t("""
        Hola Andrea,

        Gracias por agendar tu entrevista para Analista de Planificación de Importaciones en Logística
        Pacífico Sur. Tu entrevista quedó confirmada para:

        jueves 5 de noviembre, 3:00 p. m. (hora de El Salvador)
        Llamada por Zoom: https://us06web.zoom.us/j/84412093317

        Vas a hablar con Ana Portillo, Gerente de Operaciones. Si necesitás escribirle directamente:
        ana.portillo@pacificosur.com.sv

        Saludos,
        Equipo de Talento
        Logística Pacífico Sur
        ---
        Enviado por Workable. Responder a este correo enviará tu mensaje al equipo de contratación.
        """)
    page = "<html><body>" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.replace("&", "&amp;").split("\n")) + "</body></html>\n"
    return message(heads(
        addr("Logística Pacífico Sur", "noreply@candidates.workablemail.com"),
        "Entrevista confirmada - Analista de Planificación de Importaciones", when, SV,
        "<5f2c8e1a.7b3d.4c9e@candidates.workablemail.com>",
        recv=mx("o7.email.workablemail.com (o7.email.workablemail.com [167.89.101.7])", when, SV, "r2da7c"),
        extra=(("Reply-To", "logistica-pacifico-sur+c7a2e91b@candidates.workablemail.com"),)),
        alt(text(body), html(page)))


@mail(N(15), family="google_calendar", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-11-20 10:00", GT), end=utc("2026-11-20 11:00", GT),
      contact="pablo.herrera@haciendaixcanal.com", company="Hacienda Ixcanal",
      local="Fri 2026-11-20 10:00", local_end="2026-11-20 11:00", zone=GT,
      note="Invitación actualizada de Google Calendar en español: antes 9:00-10:00, ahora 'vie 20 nov 2026 "
           "10:00 - 11:00 (hora estándar central)' en America/Guatemala (UTC-6) -> 16:00Z-17:00Z; ICS "
           "SEQUENCE:1; contacto = organizador")
def m15():
    when = "2026-11-16 08:02"
    body = t("""
        Se modificó este evento.

        Entrevista - Andrea Castillo - Coordinadora de Calidad y Exportación
        Cuándo
        Modificado: vie 20 nov 2026 10:00 - 11:00 (hora estándar central)
        Antes: vie 20 nov 2026 9:00 - 10:00

        Ubicación
        Hacienda Ixcanal, Km 2.5 carretera a San Juan del Obispo, Antigua Guatemala

        Calendario
        andrea.castillo@example.org

        Invitados
        * Pablo Herrera - organizador
        * Rosa Chex
        * andrea.castillo@example.org

        Andrea, la corrí una hora porque Rosa viene de la finca. Todo lo demás igual. Pablo

        ¿Asistirás (andrea.castillo@example.org)? Sí - Quizás - No    más opciones

        Invitación de Google Calendar: https://calendar.google.com/calendar/
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {vtz_fixed(GT)}
        BEGIN:VEVENT
        DTSTART;TZID=America/Guatemala:20261120T100000
        DTEND;TZID=America/Guatemala:20261120T110000
        DTSTAMP:20261116T140200Z
        ORGANIZER;CN=Pablo Herrera:mailto:pablo.herrera@haciendaixcanal.com
        UID:3kq8v0b2n1m4l6p9z7x5c2rr@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Pablo Herrera:mailto:pablo.herrera@haciendaixcanal.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rosa Chex:mailto:rosa.chex@haciendaixcanal.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={ME}:mailto:{ME}
        CREATED:20261110T201500Z
        DESCRIPTION:Andrea\\, la corrí una hora porque Rosa viene de la finca. Todo lo demás igual. Pablo
        LAST-MODIFIED:20261116T140200Z
        LOCATION:Hacienda Ixcanal\\, Km 2.5 carretera a San Juan del Obispo\\, Antigua Guatemala
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Entrevista - Andrea Castillo - Coordinadora de Calidad y Exportación
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR""")
    return message(heads(
        addr("Pablo Herrera", "pablo.herrera@haciendaixcanal.com"),
        "Invitación actualizada: Entrevista - Andrea Castillo - Coordinadora de Calidad y Exportación @ "
        "vie 20 nov 2026 10:00 - 11:00 (CST) (andrea.castillo@example.org)", when, GT,
        "<calendar-7d2e9f10-3c4b-4a5d-8e6f-1a2b3c4d5e6f@google.com>",
        recv=mx("mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", when, GT, "h1ab5n"),
        extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
               ("Reply-To", addr("Pablo Herrera", "pablo.herrera@haciendaixcanal.com")))),
        mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
              calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                       disposition="attachment", method=None, name_param=True)))


@mail(N(16), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-17 08:00", CT), end=None,
      contact="colleen.ferris@tidewateragri.com", company="Tidewater Agri Data",
      local="Tue 2026-11-17 08:00", zone=CT,
      note="Recruiter pastes a Zoom invitation 'Time: Nov 17, 2026 08:00 AM Central Time (US and Canada)'; "
           "mid-November is CST = UTC-6 -> 14:00Z (same as Guatemala); no length; contact = sender")
def m16():
    when = "2026-11-12 16:47"
    body = t("""
        Hi Andrea,

        Great chatting earlier. As promised, here's the Zoom for your technical conversation with
        Raj and Brianna on Tuesday. They'll walk through the landed-cost case we sent - no need to
        prepare slides.

        Colleen Ferris is inviting you to a scheduled Zoom meeting.

        Topic: Tidewater Agri Data - Andrea Castillo (Logistics Data Analyst)
        Time: Nov 17, 2026 08:00 AM Central Time (US and Canada)

        Join Zoom Meeting
        https://tidewateragri.zoom.us/j/93120478815?pwd=cVZ1bXk4RzA

        Meeting ID: 931 2047 8815
        Passcode: 552190

        ---
        One tap mobile
        +13462487799,,93120478815#,,,,*552190# US (Houston)

        Talk soon,
        Colleen

        Colleen Ferris
        Technical Recruiter, Tidewater Agri Data
        colleen.ferris@tidewateragri.com
        """)
    return message(heads(
        addr("Colleen Ferris", "colleen.ferris@tidewateragri.com"), "Zoom details for Tuesday", when, CT,
        "<MW4PR02MB7421C0A9E1F3B2D47E8A19C0B3A12@MW4PR02MB7421.namprd02.prod.outlook.com>",
        recv=mx("NAM02-BN1-obe.outbound.protection.outlook.com (mail-bn1nam02on2109.outbound.protection"
                ".outlook.com [40.107.212.109])", when, CT, "q4sw8d")),
        text(body, charset="us-ascii", cte="7bit"))


@mail(N(17), family="exchange_cancel", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-10 10:00", CT), end=utc("2026-12-10 11:00", CT),
      contact="brent.kowalski@lonestargreencoffee.com", company="Lone Star Green Coffee Co.",
      local="Thu 2026-12-10 10:00", local_end="2026-12-10 11:00", zone=CT,
      note="Exchange METHOD:CANCEL with TZID 'Central Standard Time' (Windows name -> America/Chicago, CST "
           "= UTC-6 in December): Thu 12/10 10:00-11:00 -> 16:00Z-17:00Z; role filled internally, no new "
           "time; contact = organizer / sender")
def m17():
    when = "2026-12-03 11:30"
    body = t("""
        Hi Andrea,

        I'm sorry to cancel on you - we've decided to fill the Procurement Analyst role internally, so the
        panel interview on Thursday, December 10 (10:00-11:00 AM Central) will not go ahead. I really
        appreciated your time through the process and will keep your resume on file for the Q1 openings.

        Brent

        When: Thursday, December 10, 2026 10:00 AM-11:00 AM (UTC-06:00) Central Time (US & Canada).
        Where: Microsoft Teams Meeting
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {VTZ["Central Standard Time"]}
        BEGIN:VEVENT
        ORGANIZER;CN=Brent Kowalski:mailto:brent.kowalski@lonestargreencoffee.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Andrea Castillo:mailto:{ME}
        DESCRIPTION;LANGUAGE=en-US:I'm sorry to cancel on you - we've decided to fill the Procurement Analyst role internally.\\n
        UID:040000008200E00074C5B7101A82E008000000003E9AC1D07F6ADB01000000000000000010000000C4E1B2A3
        SUMMARY;LANGUAGE=en-US:Canceled: Panel interview - Andrea Castillo (Procurement Analyst)
        DTSTART;TZID=Central Standard Time:20261210T100000
        DTEND;TZID=Central Standard Time:20261210T110000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261203T173000Z
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
        END:VCALENDAR""")
    return message(heads(
        addr("Brent Kowalski", "brent.kowalski@lonestargreencoffee.com"),
        "Canceled: Panel interview - Andrea Castillo (Procurement Analyst)", when, CT,
        "<DM6PR19MB3310A2E4F1B0C9D8E7A6B5C4D3E21@DM6PR19MB3310.namprd19.prod.outlook.com>",
        recv=mx("NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2131.outbound.protection"
                ".outlook.com [40.107.243.131])", when, CT, "n0vb62"),
        extra=(("Importance", "high"), ("X-MS-Has-Attach", ""), ("Content-Language", "en-US"))),
        alt(text(body), calendar(ics, method="CANCEL")))


@mail(N(18), family="forward_to_self", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-25 16:00", GT), end=None,
      contact="lcoyoy@agroquetzal.com.gt", company="Agroexportadora Quetzal",
      local="Wed 2026-11-25 16:00", zone=GT,
      note="Andrea se reenvía (desde su cuenta personal) el correo de la reclutadora como message/rfc822; "
           "'pasado mañana a las cuatro de la tarde' desde el lunes 23/11 (fecha del correo reenviado y "
           "del reenvío) -> miércoles 25/11 16:00 UTC-6 -> 22:00Z; contacto = remitente del mensaje "
           "adjunto (nunca la candidata)")
def m18():
    inner_when = "2026-11-23 09:10"
    when = "2026-11-23 20:05"
    inner_body = t("""
        Buenos días, Andrea:

        Qué gusto saludarla. Le confirmo que el licenciado Sagastume la puede recibir pasado mañana a
        las cuatro de la tarde para la entrevista de Analista de Abastecimiento. Es en nuestras oficinas
        de la Calzada Roosevelt 22-43, zona 11, edificio Tikal Futura, torre Luna, nivel 9.

        Por favor confírmeme de recibido.

        Atentamente,
        Lesbia Coyoy
        Gestión de Talento
        Agroexportadora Quetzal
        """)
    inner = message([
        ("From", addr("Lesbia Coyoy", "lcoyoy@agroquetzal.com.gt")),
        ("To", ME_H),
        ("Subject", enc("Confirmación de entrevista")),
        ("Date", date(inner_when, GT)),
        ("Message-ID", "<01a2b3c4d5e6$f7a8b9c0$@agroquetzal.com.gt>"),
    ], text(inner_body, charset="iso-8859-1"))
    body = t("""
        para no perderlo. ojo: pasado mañana = miércoles. llevar portafolio y referencias de Don Chepe.
        """)
    return message(heads(
        addr("Andrea Castillo", "andrea.castillo@example.net"), "Fwd: Confirmación de entrevista", when, GT,
        "<CAJ9pL3w+Andrea-fwd-1123@mail.gmail.com>",
        recv=mx("mail-qt1-f170.google.com (mail-qt1-f170.google.com [209.85.160.170])", when, GT, "a5fw77")),
        mixed(text(body, cte="8bit"), attached_message(inner, "Confirmación de entrevista.eml")))


@mail(N(19), family="icims", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-08 14:30", CT), end=None,
      contact="lauren.beckett@magnoliabev.com", company="Magnolia Beverage Group",
      local="Tue 2026-12-08 14:30", zone=CT,
      note="iCIMS with US date 'Interview Date: 12/08/2026' (8 December, not 12 August) and 'Time: 2:30 PM "
           "Central' -> CST = UTC-6 -> 20:30Z; windows-1252 quoted-printable; contact = recruiter address in "
           "the body")
def m19():
    when = "2026-12-01 09:18"
    body = t("""
        Dear Andrea,

        Thank you for your interest in Magnolia Beverage Group. We are pleased to invite you to interview for
        the following position:

        Job Title: Supply Chain Analyst II – Green Coffee
        Requisition ID: 2026-14872
        Interview Date: 12/08/2026
        Time: 2:30 PM Central
        Interview Type: Video (Webex)
        Interviewer(s): Carlos Méndez, Sourcing Manager

        The Webex link will be sent separately by your interviewer. If you have questions, please contact
        Lauren Beckett at lauren.beckett@magnoliabev.com.

        We look forward to speaking with you.

        Magnolia Beverage Group – Talent Acquisition

        Please do not reply to this email. This mailbox is not monitored.
        """)
    return message(heads(
        addr("Magnolia Beverage Group", "magnoliabev@talent.icims.com"),
        "Interview Invitation: Supply Chain Analyst II – Green Coffee", when, CT,
        "<icims.2026-14872.9921834@talent.icims.com>",
        recv=mx("mta3.talent.icims.com (mta3.talent.icims.com [208.82.218.43])", when, CT, "l3kq99"),
        charset="windows-1252"),
        text(body, charset="windows-1252"))


@mail(N(20), family="phone_reply", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-14 08:30", GT), end=None,
      contact="hugo.bran@transportesatitlan.com", company="Transportes Atitlán",
      local="Mon 2026-09-14 08:30", zone=GT,
      note="Respuesta corta desde el teléfono del gerente: 'quedamos el lunes a las 8:30 a. m.' desde un "
           "correo del jueves 10/9 -> lunes 14/9 08:30 UTC-6 -> 14:30Z; contacto = remitente")
def m20():
    when = "2026-09-10 19:41"
    body = t("""
        Va Andrea, entonces quedamos el lunes a las 8:30 a. m. en la oficina de la 20 calle, zona 10. Preguntá por mí en garita. Saludos

        Hugo

        Enviado desde mi iPhone

        > El 10 sept 2026, a las 6:12 p. m., Andrea Castillo <andrea.castillo@example.org> escribió:
        >
        > Buenas tardes, Hugo. Muchas gracias por la llamada. Para la entrevista me queda bien el lunes
        > temprano o el martes después de las 3. Quedo atenta.
        >
        > Andrea
        """)
    return message(heads(
        addr("Hugo Bran", "hugo.bran@transportesatitlan.com"), "Re: Entrevista coordinador de flota",
        when, GT, "<4E7C1A2B-93D0-4F6E-B1A8-2C5D7E9F0A13@transportesatitlan.com>",
        recv=mx("mail.transportesatitlan.com (mail.transportesatitlan.com [186.151.60.14])", when, GT, "s8ju14"),
        extra=(("In-Reply-To", "<CAN4q8s0Andrea-0910@mail.gmail.com>"), ("X-Mailer", "iPhone Mail (22A3354)"))),
        text(body, cte="quoted-printable", params="format=flowed"))


@mail(N(21), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-12-03 11:30", SV), end=None,
      contact="gabriela.lemus@losnaranjos.coop.sv", company="Cooperativa Cafetalera Los Naranjos",
      local="Thu 2026-12-03 11:30", zone=SV,
      note="Reprogramación en HTML solo (windows-1252): 'del martes 1/12 a las 10:00 al jueves 3/12 a las "
           "11:30 a. m. (hora de El Salvador)' -> 17:30Z (fechas día/mes); contacto = remitente")
def m21():
    when = "2026-11-27 15:22"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body lang="ES-SV"><div class="WordSection1">
        <p class="MsoNormal">Estimada Andrea:</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Le escribo porque el martes tenemos asamblea de socios y el gerente general no
        podrá atenderla. Le propuse a él moverla y ya me confirmó, así que <b>movemos la entrevista del martes
        1/12 a las 10:00 al jueves 3/12 a las 11:30 a. m. (hora de El Salvador)</b>, mismo enlace de Zoom.</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Disculpe el cambio y quedo a la orden.</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Saludos,</p>
        <p class="MsoNormal"><b>Gabriela Lemus</b><br>Coordinación de Recursos Humanos<br>
        Cooperativa Cafetalera Los Naranjos de R.L. – Santa Tecla, La Libertad<br>Tel. (503) 2288-1410</p>
        </div></body></html>
        """)
    return message(heads(
        addr("Gabriela Lemus", "gabriela.lemus@losnaranjos.coop.sv"), "Cambio de fecha – entrevista", when, SV,
        "<004d01dd5e8c$b1c2d3e4$f5a6b7c8$@losnaranjos.coop.sv>",
        recv=mx("smtp.losnaranjos.coop.sv (smtp.losnaranjos.coop.sv [168.243.20.5])", when, SV, "f6cc30"),
        charset="windows-1252", extra=(("X-Mailer", "Microsoft Outlook 16.0"),)),
        html(page, charset="windows-1252"))


@mail(N(22), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-12-09 13:00", CT), end=utc("2026-12-09 14:30", CT),
      contact="jasmine.pruitt@riverbendcommodities.com", company="Riverbend Commodities",
      local="Wed 2026-12-09 13:00", local_end="2026-12-09 14:30", zone=CT,
      note="GoodTime reschedule: previously Mon Dec 7 3:00 PM, now 'Wednesday, December 9, 2026, 1:00 PM - "
           "2:30 PM CST (Central Time)' -> 19:00Z-20:30Z; ICS SEQUENCE:1 agrees; contact = coordinator "
           "Reply-To")
def m22():
    when = "2026-12-02 10:05"
    body = t("""
        Hi Andrea,

        Your interview with Riverbend Commodities has been rescheduled.

        NEW TIME
        Wednesday, December 9, 2026, 1:00 PM - 2:30 PM CST (Central Time)

        Previously: Monday, December 7, 2026, 3:00 PM - 4:30 PM CST

        Schedule
        1:00 PM - 1:45 PM  Hannah Reyes, VP Supply Chain
        1:45 PM - 2:30 PM  Marcus Dole, Trade Finance Lead

        Location: Zoom (link in calendar invite)

        If this time no longer works, reply to this email to reach your coordinator, Jasmine Pruitt.

        Riverbend Commodities Recruiting
        Scheduling powered by GoodTime
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//GoodTime.io//Hire//EN
        VERSION:2.0
        METHOD:REQUEST
        {VTZ["America/Chicago"]}
        BEGIN:VEVENT
        UID:goodtime-e4b1c7d2-2026@goodtime.io
        DTSTAMP:20261202T160500Z
        DTSTART;TZID=America/Chicago:20261209T130000
        DTEND;TZID=America/Chicago:20261209T143000
        SUMMARY:Riverbend Commodities - Interview with Andrea Castillo
        ORGANIZER;CN=Jasmine Pruitt:mailto:jasmine.pruitt@riverbendcommodities.com
        ATTENDEE;CN=Andrea Castillo;RSVP=TRUE:mailto:{ME}
        LOCATION:Zoom
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR""")
    return message(heads(
        addr("Riverbend Commodities Recruiting", "scheduling@goodtime.io"),
        "Updated: Your interview with Riverbend Commodities", when, CT,
        "<gt.1b7f3e2a9c.20261202160500@mail.goodtime.io>",
        recv=mx("mail.goodtime.io (mail.goodtime.io [149.72.160.33])", when, CT, "d2gt90"),
        extra=(("Reply-To", addr("Jasmine Pruitt", "jasmine.pruitt@riverbendcommodities.com")),)),
        mixed(alt(text(body), html(gmail_html(body))),
              calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(N(23), family="taleo", lang="es", interview=True, kind="cancelled",
      start=utc("2026-11-30 09:00", MX), end=None,
      contact="itzel.ramos@altavista.com.mx", company="Grupo Altavista",
      local="Mon 2026-11-30 09:00", zone=MX,
      note="Taleo en español, cancelación sin nueva hora ('un reclutador le propondrá una nueva fecha'): "
           "lunes 30/11/2026 09:00 hora del centro de México (UTC-6) -> 15:00Z; ICS METHOD:CANCEL; "
           "contacto = reclutadora en el cuerpo")
def m23():
    when = "2026-11-24 12:40"
    body = t("""
        Estimada Andrea Castillo:

        Le informamos que su entrevista para el puesto Analista de Comercio Exterior (Requisición 26000781),
        programada para el lunes 30/11/2026 a las 09:00 (hora del centro de México), ha sido cancelada.

        Un reclutador se comunicará con usted para proponerle una nueva fecha. Para cualquier duda puede
        escribir a su reclutadora, Itzel Ramos (itzel.ramos@altavista.com.mx).

        Atentamente,
        Grupo Altavista - Atracción de Talento

        Este mensaje fue generado automáticamente. Por favor no responda a este correo.
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Oracle//Taleo Enterprise//ES
        VERSION:2.0
        METHOD:CANCEL
        {vtz_fixed(MX)}
        BEGIN:VEVENT
        UID:taleo-26000781-int-5521
        DTSTAMP:20261124T184000Z
        DTSTART;TZID=America/Mexico_City:20261130T090000
        DTEND;TZID=America/Mexico_City:20261130T100000
        SUMMARY:Entrevista - Analista de Comercio Exterior
        STATUS:CANCELLED
        SEQUENCE:1
        END:VEVENT
        END:VCALENDAR""")
    return message(heads(
        addr("Grupo Altavista", "notificaciones@altavista.taleo.net"),
        "Cancelación de entrevista - Analista de Comercio Exterior", when, MX,
        "<TALEO.26000781.1798224000.5521@altavista.taleo.net>",
        recv=mx("mta2.taleo.net (mta2.taleo.net [160.34.10.72])", when, MX, "j7bb21")),
        mixed(html("<html><body>" + body.replace("\n\n", "<br><br>\n").replace("\n", " \n") + "</body></html>\n",
                   cte="quoted-printable"),
              calendar(ics, method="CANCEL", filename="cancelacion.ics", disposition="attachment")))


# =========================================================================== negatives (keys 24-50)


@mail(N(24), family="job_centre", lang="es", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="Cita en el centro de empleo municipal ('entrevista de perfil ocupacional' con una orientadora) "
           "con hora fija: no es una entrevista de trabajo con un empleador -> negativo")
def m24():
    when = "2026-09-29 10:02"
    body = t("""
        Estimada usuaria ANDREA CASTILLO:

        Su cita en el Centro de Empleo Zona 1 (Programa EmpleaGT) ha quedado registrada.

        Servicio: Entrevista de perfil ocupacional y orientación laboral
        Fecha: martes 6 de octubre de 2026
        Hora: 9:00 a. m.
        Ventanilla: 4 - Orientadora: Licda. Hilda Morales
        Dirección: 6a. avenida 9-20, zona 1, Ciudad de Guatemala

        Requisitos: DPI vigente, hoja de vida actualizada y constancia de inscripción en la bolsa de empleo.
        Si no puede asistir, cancele su cita con 24 horas de anticipación en el portal.

        Este correo es generado automáticamente; no responda a esta dirección.
        Programa EmpleaGT - Red de Centros de Empleo
        """)
    return message(heads(
        addr("Centro de Empleo Zona 1", "no-reply@emplea-gt.org"), "Confirmación de cita - Centro de Empleo Zona 1",
        when, GT, "<cita.88213.20260929@emplea-gt.org>",
        recv=mx("smtp.emplea-gt.org (smtp.emplea-gt.org [200.12.41.9])", when, GT, "v1ce24")),
        text(body, charset="iso-8859-1", cte="8bit"))


@mail(N(25), family="press_interview", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="Periodista confirma una entrevista con Andrea para un reportaje sobre exportación de café "
           "(jueves 8/10, 3 p. m.): hora fija, pero es prensa, no una entrevista de trabajo -> negativo")
def m25():
    when = "2026-10-02 11:36"
    body = t("""
        Hola Andrea, buenos días.

        Muchas gracias por aceptar. Te confirmo la entrevista para el reportaje sobre las nuevas reglas
        europeas de trazabilidad y cómo están afectando a los pequeños exportadores de café: el jueves
        8 de octubre a las 3 p. m., por Zoom. Son unos 30 minutos, con preguntas bastante generales;
        si preferís no mencionar el nombre de tu empresa, lo citamos solo como "analista del sector".

        Te mando el enlace un día antes. ¿Me podrías compartir también una foto tuya en buena resolución?

        Un abrazo,
        Claudia Xicará
        Periodista - Sección Economía
        Diario La Ceiba
        """)
    return message(heads(
        addr("Claudia Xicará", "cxicara@diariolaceiba.com.gt"), "Entrevista para reportaje EUDR / café", when, GT,
        "<CAB+4kd9Xicara=7Qw@mail.gmail.com>",
        recv=mx("mail-wr1-f41.google.com (mail-wr1-f41.google.com [209.85.221.41])", when, GT, "k2pr25")),
        alt(text(body), html(gmail_html(body))))


@mail(N(26), family="podcast", lang="es", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Grabación de podcast ('Café y Cadena') con invitada Andrea: hora fija y la palabra entrevista, "
           "pero no es una entrevista de trabajo -> negativo")
def m26():
    when = "2026-10-13 18:25"
    body = t("""
        ¡Hola Andrea!

        Quedó confirmada tu participación como invitada en el episodio 47 de Café y Cadena, el podcast de
        logística del café en Centroamérica.

        Grabación: martes 20 de octubre, 5:00 p. m. (hora de Guatemala)
        Plataforma: Riverside - https://riverside.fm/studio/cafe-y-cadena
        Duración: 50 minutos de entrevista + 10 de prueba de audio

        Tema: "De la finca al contenedor: lo que nadie te cuenta del último kilómetro".
        Te recomendamos audífonos con cable y un cuarto sin eco.

        ¡Gracias por sumarte!
        Equipo de producción - Café y Cadena
        """)
    page = t("""
        <html><body style="font-family:Georgia,serif;background:#fbf7f2;padding:20px">
        <h1 style="color:#5b3a1e">Café y Cadena</h1>
        <p>¡Hola Andrea!</p>
        <p>Quedó confirmada tu participación como invitada en el <b>episodio 47</b> de Café y Cadena, el podcast
        de logística del café en Centroamérica.</p>
        <ul><li><b>Grabación:</b> martes 20 de octubre, 5:00 p. m. (hora de Guatemala)</li>
        <li><b>Plataforma:</b> <a href="https://riverside.fm/studio/cafe-y-cadena">Riverside</a></li>
        <li><b>Duración:</b> 50 minutos de entrevista + 10 de prueba de audio</li></ul>
        <p>Tema: "De la finca al contenedor: lo que nadie te cuenta del último kilómetro".</p>
        <p>¡Gracias por sumarte!<br>Equipo de producción - Café y Cadena</p>
        </body></html>
        """)
    return message(heads(
        addr("Café y Cadena Podcast", "produccion@cafeycadena.fm"), "Confirmado: tu grabación en Café y Cadena 🎙️",
        when, GT, "<20261014002500.41b2c3@cafeycadena.fm>",
        recv=mx("mail.cafeycadena.fm (mail.cafeycadena.fm [172.105.4.19])", when, GT, "p7dc26")),
        alt(text(body), html(page)))


@mail(N(27), family="admission_interview", lang="es", interview=False, company=None,
      days=(("Sat", "2026-11-07"),),
      note="Entrevista de admisión al MBA Ejecutivo con ICS (sábado 7/11, 10:00): hora fija, pero es "
           "admisión universitaria, no empleo -> negativo")
def m27():
    when = "2026-10-30 09:15"
    body = t("""
        Estimada Andrea Castillo:

        Gracias por completar su solicitud al MBA Ejecutivo, promoción 2027. Nos complace invitarla a su
        entrevista de admisión con el Comité Académico:

        Fecha: sábado 7 de noviembre de 2026
        Hora: 10:00 a 10:40 a. m.
        Lugar: Campus Cayalá, edificio B, sala de juntas 2

        Adjuntamos la invitación para su calendario. Le recordamos traer el resultado de la prueba GMAT o
        PAEP si ya lo tiene.

        Cordialmente,
        Oficina de Admisiones
        Instituto Centroamericano de Gerencia (ICAG)
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//ICAG//Admisiones//ES
        VERSION:2.0
        METHOD:REQUEST
        {vtz_fixed(GT)}
        BEGIN:VEVENT
        UID:adm-mba-2027-0412@icag.edu.gt
        DTSTAMP:20261030T151500Z
        DTSTART;TZID=America/Guatemala:20261107T100000
        DTEND;TZID=America/Guatemala:20261107T104000
        SUMMARY:Entrevista de admisión - MBA Ejecutivo 2027
        LOCATION:Campus Cayalá\\, edificio B
        ORGANIZER;CN=Admisiones ICAG:mailto:admisiones@icag.edu.gt
        ATTENDEE;CN=Andrea Castillo;RSVP=TRUE:mailto:{ME}
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR""")
    return message(heads(
        addr("Admisiones ICAG", "admisiones@icag.edu.gt"), "Invitación a entrevista de admisión - MBA Ejecutivo 2027",
        when, GT, "<adm.0412.20261030@icag.edu.gt>",
        recv=mx("mx.icag.edu.gt (mx.icag.edu.gt [190.56.12.30])", when, GT, "q3ad27")),
        mixed(text(body), calendar(ics, cte="base64", filename="entrevista_admision.ics", disposition="attachment")))


@mail(N(28), family="sports_tryout", lang="es", interview=False, company=None,
      days=(("Sat", "2026-09-19"),),
      note="Visoria (try-out) del equipo femenino de fútbol amateur, sábado 19/9 a las 7:00 a. m.: hora "
           "fija pero deportiva -> negativo")
def m28():
    when = "2026-09-14 21:03"
    body = t("""
        Qué onda Andrea!!

        Ya quedaste anotada para la visoria del equipo de veteranas 😄 Es este sábado 19 a las 7:00 a. m.
        en la cancha 3 del Campo Marte. Llegá 15 min antes para calentar, traé tenis de grama, canilleras y
        agua. La entrenadora quiere vernos jugar un 5 vs 5 y después hace una "entrevista" rapidita para
        ver en qué posición te sentís más cómoda jaja no te asustés.

        La cuota del mes es Q150, pero eso se paga hasta que quedés.

        Nos vemos!
        Wendy
        Club Deportivo Las Ardillas - Fútbol femenino
        """)
    return message(heads(
        addr("Wendy Ajpop", "wendy.ajpop@example.net"), "visoria sábado ⚽", when, GT,
        "<CAGm0Tq1W3ndy-visoria@mail.gmail.com>",
        recv=mx("mail-yb1-f175.google.com (mail-yb1-f175.google.com [209.85.219.175])", when, GT, "w4ar28")),
        alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(N(29), family="car_service", lang="es", interview=False, company=None,
      days=(("Sat", "2026-09-26"),),
      note="Cita de servicio del carro en el taller (sábado 26/09/2026 08:00) -> negativo")
def m29():
    when = "2026-09-21 14:30"
    body = t("""
        AUTOSERVICIO ROOSEVELT
        Confirmación de cita de servicio

        Cliente: Andrea Castillo
        Vehículo: Toyota Yaris 2019 - P-512HGT
        Servicio: Mantenimiento 60,000 km + revisión de frenos
        Fecha y hora: sáb. 26/09/2026 08:00
        Asesor de servicio: Erick Santizo
        Tiempo estimado: 3 horas

        Recuerde traer su tarjeta de circulación. Si no puede presentarse, llámenos al 2440-7788.
        """)
    return message(heads(
        addr("Autoservicio Roosevelt", "citas@autoservicioroosevelt.com.gt"), "Su cita de servicio ha sido confirmada",
        when, GT, "<cita-srv-20260926-0800-512HGT@autoservicioroosevelt.com.gt>",
        recv=mx("smtp.autoservicioroosevelt.com.gt (smtp.autoservicioroosevelt.com.gt [190.149.8.77])", when, GT,
                "t9cs29")),
        text(body, charset="windows-1252"))


@mail(N(30), family="tax_office", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Cita en la agencia tributaria para actualizar datos fiscales (jueves 15/10, 11:20 a. m.) -> "
           "negativo; HTML solo")
def m30():
    when = "2026-10-08 07:55"
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:12px">
        <table width="100%" style="border:1px solid #1f4e79"><tr><td style="background:#1f4e79;color:#fff;padding:8px">
        Agencia de Recaudación Tributaria - Sistema de Citas</td></tr>
        <tr><td style="padding:12px">
        <p>Contribuyente: <b>CASTILLO MÉNDEZ, ANDREA LUCÍA</b></p>
        <p>Su cita ha sido programada con éxito.</p>
        <p>Trámite: Actualización de datos en el registro tributario<br>
        Agencia: Zona 4, Centro Financiero<br>
        Fecha: jueves 15 de octubre de 2026<br>
        Hora: 11:20 a. m.<br>
        Número de cita: C-2026-0418822</p>
        <p>Preséntese 10 minutos antes con su documento de identificación original.</p>
        </td></tr></table>
        </body></html>
        """)
    return message(heads(
        addr("Sistema de Citas ART", "citas@art-tributaria.example.net"), "Cita programada C-2026-0418822",
        when, GT, "<C-2026-0418822@art-tributaria.example.net>",
        recv=mx("citas.art-tributaria.example.net (citas.art-tributaria.example.net [201.219.83.2])", when, GT,
                "o5tx30")),
        html(page, charset="iso-8859-1"))


@mail(N(31), family="mock_interview", lang="es", interview=False, company=None,
      days=(("Wed", "2026-11-04"),),
      note="Coach de carrera confirma un simulacro de entrevista pagado (miércoles 4/11, 7 p. m.): hora "
           "fija pero es práctica, no una entrevista con un empleador -> negativo")
def m31():
    when = "2026-10-31 10:48"
    body = t("""
        Hola Andrea:

        ¡Qué bueno que te animaste! Te confirmo nuestra sesión de simulacro de entrevista para el puesto de
        Workday que me contaste (Calder Foods): miércoles 4 de noviembre a las 7:00 p. m., por Meet. La
        hacemos en inglés, con preguntas de comportamiento (método STAR) y un caso corto de costos de
        importación. Al final te doy retroalimentación por escrito.

        El pago de la sesión (Q350) lo podés hacer por transferencia; te dejo los datos abajo.

        ¡Vas a ir muy preparada!

        Lorena Pacay
        Coaching de Carrera · lorenapacay.coach
        """)
    return message(heads(
        addr("Lorena Pacay", "lorena@lorenapacay.coach"), "Simulacro de entrevista - miércoles", when, GT,
        "<a91e7c5b-2f0d-4a18-b7e3-lpacay@lorenapacay.coach>",
        recv=mx("smtp.zoho.com (smtp.zoho.com [136.143.188.51])", when, GT, "b8mi31")),
        text(body, cte="8bit"))


@mail(N(32), family="proposed_times", lang="es", interview=False, company="Distribuidora Maya Pacífico",
      days=(("Tue", "2026-10-13"), ("Wed", "2026-10-14")),
      note="La reclutadora propone dos horarios ('¿le quedaría bien el martes 13 a las 10:00 o el miércoles "
           "14 a las 3 p. m.?') y espera confirmación: nada está fijo -> negativo")
def m32():
    when = "2026-10-07 16:20"
    body = t("""
        Buenas tardes, Andrea:

        Gracias por su interés en la posición de Analista de Inventarios. Al gerente de bodega le gustaría
        conocerla. ¿Le quedaría bien el martes 13 a las 10:00 a. m. o el miércoles 14 a las 3 p. m.?
        Cualquiera de las dos sería en nuestras oficinas de Villa Nueva.

        Quedo atenta a su confirmación para enviarle la invitación formal.

        Saludos cordiales,
        Iris Monterroso
        Reclutamiento y Selección
        Distribuidora Maya Pacífico
        """)
    return message(heads(
        addr("Iris Monterroso", "imonterroso@mayapacifico.com.gt"), "Disponibilidad para entrevista", when, GT,
        "<PH0PR07MB8412E5C2A1D3B4F6@PH0PR07MB8412.namprd07.prod.outlook.com>",
        recv=mx("NAM10-MW2-obe.outbound.protection.outlook.com (mail-mw2nam10on2098.outbound.protection"
                ".outlook.com [40.107.94.98])", when, GT, "c3pt32")),
        alt(text(body), html("<html><body><div>" + body.replace("\n", "<br>\n") + "</div></body></html>\n")))


@mail(N(33), family="forwarded_other", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="La compañera de apartamento reenvía SU propia confirmación de entrevista (Greenhouse, jueves "
           "22/10 11:00 CT) solo para pedir prestado un blazer: la entrevista no es de Andrea -> negativo")
def m33():
    inner_when = "2026-10-16 13:05"
    when = "2026-10-16 19:40"
    inner_body = t("""
        Hi Mariela,

        Thanks for making time to speak with us! Your interview for Customer Success Associate (Spanish
        speaking) has been confirmed:

        Thursday, October 22nd, 2026
        11:00 AM - 11:45 AM CDT

        Interviewer: Jordan Pike
        Location: Google Meet (link in the calendar invitation)

        Best,
        Harlow Software Recruiting
        """)
    inner = message([
        ("From", addr("Harlow Software", "no-reply@greenhouse.io")),
        ("To", addr("Mariela Sandoval", "mariela.sandoval@example.net")),
        ("Subject", "Interview Confirmation: Customer Success Associate at Harlow Software"),
        ("Date", date(inner_when, CT)),
        ("Message-ID", "<8f2e11c0.harlow.greenhouse@sendgrid.net>"),
        ("Reply-To", addr("Dana Whitmore", "dana.whitmore@harlowsoftware.com")),
    ], text(inner_body, cte="7bit"))
    body = t("""
        Andreeeea mirá!! me confirmaron la entrevista del jueves 🙈 es a las 10 de acá.
        ¿Me prestás tu blazer azul? El mío está en la tintorería hasta el viernes.
        Te lo devuelvo planchadito jaja

        M.
        """)
    return message(heads(
        addr("Mariela Sandoval", "mariela.sandoval@example.net"), "Fwd: Interview Confirmation: Customer Success "
        "Associate at Harlow Software", when, GT, "<CAK3mS+fwd-1016-mariela@mail.gmail.com>",
        recv=mx("mail-oa1-f47.google.com (mail-oa1-f47.google.com [209.85.160.47])", when, GT, "z2fo33")),
        mixed(alt(text(body), html(gmail_html(body))), attached_message(inner)))


@mail(N(34), family="rejection", lang="en", interview=False, company="Brazos Commodities",
      note="Greenhouse rejection after the 6 Oct interview (same thread as the Brazos confirmation); "
           "mentions the past interview but confirms nothing -> negative")
def m34():
    when = "2026-10-16 15:50"
    body = t("""
        Hi Andrea,

        Thank you for taking the time to interview with Dwayne last week for the Supply Chain Analyst,
        Green Coffee Imports role. We enjoyed learning about your work with cooperatives in Huehuetenango.

        After careful consideration, we have decided to move forward with another candidate whose
        experience more closely matches our current needs. This was a difficult decision.

        We'll keep your profile in our talent community and may reach out about future openings.

        Best regards,
        Kayla Whitfield
        Brazos Commodities
        """)
    return message(heads(
        addr("Brazos Commodities", "no-reply@greenhouse.io"),
        "Your application to Brazos Commodities", when, CT, "<7d21a0bb.9e4c.greenhouse@sendgrid.net>",
        recv=mx("o1.ptr4418.greenhouse.io (o1.ptr4418.greenhouse.io [167.89.23.18])", when, CT, "n1rj34"),
        extra=(("Reply-To", addr("Kayla Whitfield", "kayla.whitfield@brazoscommodities.com")),)),
        alt(text(body), html(gmail_html(body))))


@mail(N(35), family="offer", lang="es", interview=False, company="Finca Digital",
      days=(("Fri", "2026-11-27"),),
      note="Oferta laboral de Finca Digital (hilo de la entrevista del 10/11): fecha límite viernes 27/11 y "
           "fecha de inicio en enero, ninguna entrevista -> negativo")
def m35():
    when = "2026-11-20 12:10"
    body = t("""
        Hola Andrea,

        ¡Tenemos buenas noticias! Después de las entrevistas con Jorge y conmigo, nos encantaría que te
        unieras a Finca Digital como Analista de Cadena de Suministro (Trazabilidad EUDR).

        Adjunto encontrarás la carta oferta con el detalle del salario (Q19,500 mensuales), bono 14,
        aguinaldo, seguro médico y el esquema híbrido (dos días en oficina). La fecha de inicio propuesta
        es el lunes 4 de enero de 2027.

        Te pedimos que nos des tu respuesta a más tardar el viernes 27 de noviembre. Si querés conversar
        sobre algún punto de la oferta, con gusto lo vemos por llamada.

        ¡Felicitaciones!
        Sofía Batz
        Talento y Cultura · Finca Digital
        """)
    pdf = text("%PDF-1.4 (carta oferta - contenido omitido)\n", charset="us-ascii", cte="base64")
    pdf.headers = [("Content-Type", 'application/pdf; name="Carta_oferta_Andrea_Castillo.pdf"'),
                   ("Content-Disposition", 'attachment; filename="Carta_oferta_Andrea_Castillo.pdf"'),
                   ("Content-Transfer-Encoding", "base64")]
    return message(heads(
        addr("Sofía Batz", "sofia.batz@fincadigital.gt"), "¡Oferta! Analista de Cadena de Suministro", when, GT,
        "<CAF0sB4tz-oferta-1120@mail.gmail.com>",
        recv=mx("mail-il1-f180.google.com (mail-il1-f180.google.com [209.85.166.180])", when, GT, "h6of35")),
        mixed(alt(text(body), html(gmail_html(body))), pdf))


@mail(N(36), family="application_receipt", lang="es", interview=False, company="Bebidas Tzununá",
      note="Acuse de recibo de Recruitee; 'si tu perfil avanza te contactaremos para agendar una "
           "entrevista' -> nada agendado, negativo")
def m36():
    when = "2026-09-08 22:14"
    body = t("""
        Hola Andrea,

        ¡Gracias por postularte a Analista de Planificación de la Demanda en Bebidas Tzununá!

        Recibimos tu solicitud y nuestro equipo la revisará en los próximos días. Si tu perfil avanza, te
        contactaremos para agendar una entrevista con el equipo de Operaciones.

        Mientras tanto, podés conocer más de nosotros en https://careers.bebidastzununa.com

        Saludos,
        Equipo de Talento
        Bebidas Tzununá
        """)
    page = t("""
        <html><body style="font-family:Lato,Arial,sans-serif;color:#333;max-width:580px">
        <p>Hola Andrea,</p>
        <p>¡Gracias por postularte a <strong>Analista de Planificación de la Demanda</strong> en Bebidas Tzununá!</p>
        <p>Recibimos tu solicitud y nuestro equipo la revisará en los próximos días. Si tu perfil avanza, te
        contactaremos para agendar una entrevista con el equipo de Operaciones.</p>
        <p>Mientras tanto, podés conocer más de nosotros en
        <a href="https://careers.bebidastzununa.com">careers.bebidastzununa.com</a></p>
        <p>Saludos,<br>Equipo de Talento<br>Bebidas Tzununá</p>
        <p style="font-size:11px;color:#999">Enviado con Recruitee</p>
        </body></html>
        """)
    return message(heads(
        addr("Bebidas Tzununá", "no-reply@recruitee.com"),
        "Recibimos tu solicitud - Analista de Planificación de la Demanda", when, GT,
        "<recruitee.application.5529183@recruitee.com>",
        recv=mx("mail.recruitee.com (mail.recruitee.com [18.194.207.150])", when, GT, "m4ar36")),
        alt(text(body), html(page)))


@mail(N(37), family="job_alert", lang="es", interview=False, company=None,
      note="Alerta de empleos de un portal con 'entrevista inmediata' y fechas de publicación: ninguna "
           "entrevista confirmada -> negativo")
def m37():
    when = "2026-10-05 06:00"
    body = t("""
        Hola Andrea, estas son las nuevas ofertas para "analista logística" en Guatemala:

        1. Analista de Logística Internacional - Exportadora del Atlántico - Ciudad de Guatemala
           Q12,000 - Q15,000 · Publicado hoy · ¡Entrevista inmediata!

        2. Coordinador(a) de Embarques - Naviera Centroamericana - Puerto Quetzal
           Publicado hace 2 días · Entrevistas el lunes 12 de octubre

        3. Supply Chain Analyst (inglés avanzado) - Remoto - BPO Zona 10
           Publicado hace 3 días

        Ver todas las ofertas: https://www.empleosca.example.net/alertas/analista-logistica

        Recibes este correo porque creaste una alerta en EmpleosCA. Darte de baja:
        https://www.empleosca.example.net/alertas/baja?id=88120
        """)
    return message(heads(
        addr("EmpleosCA Alertas", "alertas@empleosca.example.net"), "3 nuevas ofertas: analista logística",
        when, GT, "<alert.88120.20261005@empleosca.example.net>",
        recv=mx("mailer.empleosca.example.net (mailer.empleosca.example.net [45.60.12.8])", when, GT, "s5ja37"),
        extra=(("List-Unsubscribe", "<https://www.empleosca.example.net/alertas/baja?id=88120>"),
               ("Precedence", "bulk"))),
        alt(text(body), html("<html><body><pre>" + body + "</pre></body></html>\n")))


@mail(N(38), family="newsletter", lang="es", interview=False, company=None,
      note="Newsletter de una lista de correo sobre logística con un artículo de consejos para entrevistas "
           "(List-Id): sin cita -> negativo")
def m38():
    when = "2026-11-02 07:30"
    body = t("""
        CADENA DE VALOR - Boletín #112

        EN ESTA EDICIÓN
        * 7 preguntas que te van a hacer en una entrevista de supply chain (y cómo responderlas)
        * Fletes marítimos: por qué el contenedor a Rotterdam bajó 12 % en octubre
        * Caso: una cooperativa de Huehuetenango que digitalizó su trazabilidad

        7 PREGUNTAS DE ENTREVISTA
        "Cuénteme de una vez que un embarque se retrasó." Usá el método STAR: situación, tarea, acción y
        resultado. Los reclutadores quieren números: días de atraso, costo evitado, clientes retenidos...
        Leer más: https://cadenadevalor.example.com/blog/preguntas-entrevista-supply-chain

        --
        Recibís este boletín porque estás suscrita a la lista cadena-de-valor@lists.cadenadevalor.example.com
        Darse de baja: https://lists.cadenadevalor.example.com/unsubscribe
        """)
    return message(heads(
        addr("Cadena de Valor", "boletin@cadenadevalor.example.com"), "Cadena de Valor #112: 7 preguntas de entrevista",
        when, GT, "<112.boletin@lists.cadenadevalor.example.com>", to="cadena-de-valor@lists.cadenadevalor.example.com",
        recv=mx("lists.cadenadevalor.example.com (lists.cadenadevalor.example.com [66.42.90.4])", when, GT, "l8nw38"),
        extra=(("List-Id", "Cadena de Valor <cadena-de-valor.lists.cadenadevalor.example.com>"),
               ("List-Unsubscribe", "<https://lists.cadenadevalor.example.com/unsubscribe>"),
               ("Precedence", "list"))),
        text(body, charset="iso-8859-15"))


@mail(N(39), family="self_schedule_link", lang="en", interview=False, company="Sunbelt Roasting Co.",
      note="Recruiter sends a Calendly link to pick a 30-minute slot 'next week': no fixed time -> negative")
def m39():
    when = "2026-11-05 14:05"
    body = t("""
        Hi Andrea,

        Thanks for applying to the Green Coffee Logistics Coordinator role at Sunbelt Roasting Co. Your
        background with origin logistics in Central America is exactly what our team has been looking for.

        Could you grab a 30-minute slot on my calendar for next week? Any time that shows as open works for
        me: https://calendly.com/sunbelt-rachel/30min

        Once you book, you'll get a confirmation with a Zoom link.

        Thanks!
        Rachel Odom
        People Team, Sunbelt Roasting Co. (Austin, TX)
        """)
    return message(heads(
        addr("Rachel Odom", "rachel.odom@sunbeltroasting.com"), "Next steps - Green Coffee Logistics Coordinator",
        when, CT, "<CAPu7r0d0m-next-steps@mail.gmail.com>",
        recv=mx("mail-ua1-f54.google.com (mail-ua1-f54.google.com [209.85.222.54])", when, CT, "e9sl39")),
        alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(N(40), family="non_interview_cancel", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="Clínica dental cancela la cita del jueves 29/10 4:30 p. m. con ICS METHOD:CANCEL: cancelación "
           "con hora fija, pero no es entrevista -> negativo")
def m40():
    when = "2026-10-26 09:30"
    body = t("""
        Estimada paciente Andrea Castillo:

        Lamentamos informarle que su cita de limpieza dental del jueves 29 de octubre a las 4:30 p. m. con la
        Dra. Pamela Rivas ha sido cancelada por motivos de agenda de la doctora.

        Por favor comuníquese al 2366-1290 o por WhatsApp para reprogramar.

        Clínica Dental Sonrisas - Zona 14
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Clinica Sonrisas//Agenda//ES
        VERSION:2.0
        METHOD:CANCEL
        {vtz_fixed(GT)}
        BEGIN:VEVENT
        UID:cita-77120@sonrisas-z14.example.com
        DTSTAMP:20261026T153000Z
        DTSTART;TZID=America/Guatemala:20261029T163000
        DTEND;TZID=America/Guatemala:20261029T171500
        SUMMARY:Limpieza dental - Dra. Rivas
        STATUS:CANCELLED
        SEQUENCE:1
        END:VEVENT
        END:VCALENDAR""")
    return message(heads(
        addr("Clínica Dental Sonrisas", "agenda@sonrisas-z14.example.com"), "Cita cancelada - Clínica Dental Sonrisas",
        when, GT, "<cita-77120-cancel@sonrisas-z14.example.com>",
        recv=mx("smtp.sonrisas-z14.example.com (smtp.sonrisas-z14.example.com [190.111.0.44])", when, GT, "f2dc40")),
        mixed(text(body), calendar(ics, method="CANCEL", filename="cita.ics", disposition="attachment")))


@mail(N(41), family="passport_appointment", lang="es", interview=False, company=None,
      days=(("Mon", "2026-11-16"),),
      note="Cita para renovar pasaporte (lunes 16/11, 7:40 a. m.) -> negativo; cuerpo base64")
def m41():
    when = "2026-11-06 21:12"
    body = t("""
        CITA CONFIRMADA - EMISIÓN DE PASAPORTE

        Solicitante: ANDREA LUCÍA CASTILLO MÉNDEZ
        Tipo de trámite: Renovación (5 años)
        Sede: Centro de Emisión Zona 4
        Fecha: lunes 16 de noviembre de 2026
        Hora: 7:40 a. m.
        Código de cita: PAS-GT-481207

        Presente su DPI original y la boleta de pago. Llegue 15 minutos antes; pasada la hora de su cita
        no se atenderá.
        """)
    return message(heads(
        addr("Citas Pasaporte", "no-reply@citas-pasaporte.example.net"), "Cita confirmada PAS-GT-481207", when, GT,
        "<PAS-GT-481207@citas-pasaporte.example.net>",
        recv=mx("citas-pasaporte.example.net (citas-pasaporte.example.net [200.6.193.12])", when, GT, "u0pp41")),
        text(body, cte="base64"))


@mail(N(42), family="non_interview_calendar", lang="es", interview=False, company=None,
      days=(("Mon", "2026-09-07"),),
      note="Invitación de Google Calendar del jefe actual a la reunión semanal de embarques (lunes 8:00, "
           "RRULE semanal) en el trabajo actual -> negativo")
def m42():
    when = "2026-09-03 17:20"
    body = t("""
        Ernesto Lux te ha invitado al siguiente evento.

        Revisión semanal de embarques - Cosecha 2026/27
        Cuándo
        Semanal el lunes de 8:00 a 8:45 (hora estándar central), a partir del lun 7 sept 2026

        Ubicación
        Sala Acatenango / Meet

        Invitados
        * Ernesto Lux - organizador
        * Andrea Castillo
        * Equipo Logística

        Invitación de Google Calendar: https://calendar.google.com/calendar/
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {vtz_fixed(GT)}
        BEGIN:VEVENT
        DTSTART;TZID=America/Guatemala:20260907T080000
        DTEND;TZID=America/Guatemala:20260907T084500
        RRULE:FREQ=WEEKLY;BYDAY=MO
        DTSTAMP:20260903T232000Z
        ORGANIZER;CN=Ernesto Lux:mailto:ernesto.lux@cafesdelpacifico.com.gt
        UID:1r7m0e2k9sembarques@google.com
        ATTENDEE;CN=Andrea Castillo;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:andrea.castillo@cafesdelpacifico.com.gt
        SUMMARY:Revisión semanal de embarques - Cosecha 2026/27
        LOCATION:Sala Acatenango / Meet
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR""")
    return message(heads(
        addr("Ernesto Lux", "ernesto.lux@cafesdelpacifico.com.gt"),
        "Invitación: Revisión semanal de embarques - Cosecha 2026/27 @ Semanal el lunes de 8:00 a 8:45 (CST)",
        when, GT, "<calendar-2b8e7d61-0c1f-4e3a-9b5d-embarques@google.com>",
        to=addr("Andrea Castillo", "andrea.castillo@cafesdelpacifico.com.gt"),
        recv=mx("mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])", when, GT, "g0wk42"),
        extra=(("Delivered-To", ME),
               ("X-Forwarded-To", ME))),
        alt(text(body), html(gmail_html(body)), calendar(ics, cte="8bit")))


@mail(N(43), family="interviewer_side", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="En el trabajo actual le piden a Andrea entrevistar a una candidata a practicante (jueves 1/10 "
           "11:00, invitación con ICS): Andrea es la entrevistadora, no la candidata -> negativo")
def m43():
    when = "2026-09-28 11:05"
    body = t("""
        Andrea, ¿me echás la mano con la entrevista de la practicante de logística? Yo voy a estar en la
        feria de Expocafé. Es el jueves 1 de octubre de 11:00 a 11:30 en la sala Acatenango. Te dejé el CV
        de Daniela Coc en la carpeta compartida; preguntale sobre Excel y Incoterms, nada muy pesado.

        Gracias!!
        Ernesto
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        METHOD:REQUEST
        {vtz_fixed(GT)}
        BEGIN:VEVENT
        DTSTART;TZID=America/Guatemala:20261001T110000
        DTEND;TZID=America/Guatemala:20261001T113000
        DTSTAMP:20260928T170500Z
        ORGANIZER;CN=Ernesto Lux:mailto:ernesto.lux@cafesdelpacifico.com.gt
        UID:5p2q8n1x0practicante@google.com
        ATTENDEE;CN=Andrea Castillo;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:andrea.castillo@cafesdelpacifico.com.gt
        ATTENDEE;CN=Daniela Coc;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:daniela.coc@example.com
        SUMMARY:Entrevista practicante logística - Daniela Coc
        LOCATION:Sala Acatenango
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR""")
    return message(heads(
        addr("Ernesto Lux", "ernesto.lux@cafesdelpacifico.com.gt"),
        "Invitación: Entrevista practicante logística - Daniela Coc @ jue 1 oct 2026 11:00 - 11:30 (CST)",
        when, GT, "<calendar-9c3a1e77-practicante@google.com>",
        to=addr("Andrea Castillo", "andrea.castillo@cafesdelpacifico.com.gt"),
        recv=mx("mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])", when, GT, "g3ip43"),
        extra=(("X-Forwarded-To", ME),)),
        mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="8bit")),
              calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                       disposition="attachment", method=None, name_param=True)))


@mail(N(44), family="auto_reply", lang="es", interview=False, company="Finca Digital",
      days=(("Mon", "2026-11-02"), ("Fri", "2026-11-06")),
      note="Respuesta automática de fuera de oficina de la reclutadora ('las entrevistas ya agendadas se "
           "mantienen'): no fija ninguna hora -> negativo")
def m44():
    when = "2026-11-02 08:01"
    body = t("""
        Hola, gracias por tu correo.

        Estoy fuera de la oficina del lunes 2 al viernes 6 de noviembre, con acceso limitado al correo.
        Las entrevistas que ya están agendadas se mantienen y te llegará la confirmación automática de la
        plataforma. Para temas urgentes escribí a Jorge Culajay (jorge.culajay@fincadigital.gt).

        Sofía Batz
        Talento y Cultura · Finca Digital
        """)
    return message(heads(
        addr("Sofía Batz", "sofia.batz@fincadigital.gt"), "Respuesta automática: Re: Disponibilidad entrevista",
        when, GT, "<CAF0sB4tz-ooo-1102@mail.gmail.com>",
        recv=mx("mail-il1-f180.google.com (mail-il1-f180.google.com [209.85.166.180])", when, GT, "h0oo44"),
        extra=(("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
               ("In-Reply-To", "<CAN4q8s0Andrea-1101@mail.gmail.com>"))),
        text(body))


@mail(N(45), family="bounce", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-03"),),
      note="Delivery failure for Andrea's thank-you note (mistyped address); the returned message "
           "mentions 'the interview on Tuesday at 9:00' after the fact -> negative")
def m45():
    when = "2026-11-03 17:42"
    orig_when = "2026-11-03 17:41"
    orig = message([
        ("From", ME_H),
        ("To", "t.beaulieu@gulfbendtrading.com"),
        ("Subject", "Thank you - Commodity Logistics Analyst"),
        ("Date", date(orig_when, GT)),
        ("Message-ID", "<CAN4q8s0Andrea-1103-thanks@mail.gmail.com>"),
    ], text(t("""
        Hi Tom,

        Thank you for the interview this morning (Tuesday at 9:00). I really enjoyed the discussion about
        consolidating containers out of Santo Tomas and would love to keep talking.

        Best regards,
        Andrea Castillo
        """), cte="7bit"))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <t.beaulieu@gulfbendtrading.com>: host mx.gulfbendtrading.com[52.101.8.14] said:
            550 5.1.1 <t.beaulieu@gulfbendtrading.com>: Recipient address rejected:
            User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Zx7Lq2Fh1z9t
        Arrival-Date: Tue,  3 Nov 2026 23:41:09 +0000 (UTC)

        Final-Recipient: rfc822; t.beaulieu@gulfbendtrading.com
        Original-Recipient: rfc822;t.beaulieu@gulfbendtrading.com
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.gulfbendtrading.com
        Diagnostic-Code: smtp; 550 5.1.1 <t.beaulieu@gulfbendtrading.com>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    ds = Part([("Content-Type", "message/delivery-status")], status.replace("\n", "\r\n").encode())
    return message(heads(
        addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.org"), "Undelivered Mail Returned to Sender",
        when, GT, "<20261103234210.4Zx7Lq2Fh1z9t@mx1.example.org>",
        extra=(("Auto-Submitted", "auto-replied"),)),
        multipart("report", text(notice, charset="us-ascii", cte="7bit",
                                 extra=(("Content-Description", "Notification"),)),
                  ds, attached_message(orig), params="report-type=delivery-status"))


@mail(N(46), family="bank_advisor", lang="es", interview=False, company=None,
      days=(("Fri", "2026-12-04"),),
      note="Llamada con la asesora hipotecaria del banco para la precalificación (viernes 4/12, 12:30 "
           "p. m.): cita con hora fija, no es entrevista de trabajo -> negativo")
def m46():
    when = "2026-11-30 10:40"
    body = t("""
        Estimada Andrea:

        Gracias por su interés en el Crédito Hipotecario Vivienda Joven. Le confirmo nuestra llamada de
        precalificación para el viernes 4 de diciembre a las 12:30 p. m. La llamaré al número que registró
        en la solicitud.

        Para agilizar, tenga a mano: constancia laboral con salario, últimos 3 estados de cuenta y DPI.
        En la llamada revisaremos su capacidad de pago y el enganche.

        Atentamente,
        Karen Yat
        Asesora de Crédito Hipotecario
        Banco Ceiba
        """)
    return message(heads(
        addr("Karen Yat - Banco Ceiba", "kyat@bancoceiba.example.com"), "Llamada de precalificación hipotecaria",
        when, GT, "<BN8PR16MB2993A1b2C3d4@BN8PR16MB2993.namprd16.prod.outlook.com>",
        recv=mx("mail.bancoceiba.example.com (mail.bancoceiba.example.com [190.143.2.61])", when, GT, "y6bk46")),
        alt(text(body), html("<html><body><p>" + body.replace("\n\n", "</p>\n<p>").replace("\n", "<br>\n")
                             + "</p></body></html>\n")))


@mail(N(47), family="recruiter_outreach", lang="en", interview=False, company="Alamo Supply Partners",
      days=(("Mon", "2026-12-14"),),
      note="Recruiter puts the role on hold and suggests to 'touch base next month, maybe the week of Monday, "
           "December 14': nothing scheduled -> negative")
def m47():
    when = "2026-11-18 13:15"
    body = t("""
        Hi Andrea,

        Quick update: our Latin America sourcing analyst role is on hold until the 2027 budget gets
        signed off. I didn't want you to hear nothing from us.

        Let's touch base next month - maybe the week of Monday, December 14 - and if the role is back
        open I'll set up time with our VP right away. In the meantime, feel free to connect on LinkedIn.

        Cheers,
        Travis Nguyen
        Talent Partner | Alamo Supply Partners | San Antonio, TX
        """)
    return message(heads(
        addr("Travis Nguyen", "travis.nguyen@alamosupply.com"), "Quick update on the sourcing analyst role",
        when, CT, "<CY5PR08MB6712-tn-1118@CY5PR08MB6712.namprd08.prod.outlook.com>",
        recv=mx("NAM04-DM6-obe.outbound.protection.outlook.com (mail-dm6nam04on2112.outbound.protection"
                ".outlook.com [40.107.102.112])", when, CT, "r1to47")),
        text(body, cte="7bit"))


@mail(N(48), family="webinar", lang="es", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Registro a un webinar de Zoom sobre cómo prepararse para entrevistas (jue. 3 de diciembre, "
           "7:00 p. m.): hora fija pero no es una entrevista -> negativo")
def m48():
    when = "2026-11-26 18:02"
    body = t("""
        Hola Andrea Castillo:

        Gracias por registrarse en "Cómo prepararte para entrevistas en logística internacional".

        Fecha y hora: jue. 3 de diciembre de 2026 07:00 p. m. Guatemala
        Organizador: AEXCA - Asociación de Exportadores Centroamericanos

        Únase desde una PC, Mac, iPad, iPhone o dispositivo Android:
        Haga clic aquí para unirse: https://us02web.zoom.us/w/81377420913?tk=Xq8b
        Código de acceso: 223017

        Agregar al calendario: Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar

        No puede asistir? Recibirá la grabación al día siguiente.
        """)
    return message(heads(
        addr("AEXCA Webinars", "no-reply@zoom.us"), "Confirmación de registro del webinar: Cómo prepararte para "
        "entrevistas en logística internacional", when, GT, "<zoom.webinar.81377420913.reg.5520@zoom.us>",
        recv=mx("mx-c1.zoom.us (mx-c1.zoom.us [170.114.52.2])", when, GT, "z5wz48"),
        extra=(("Reply-To", "eventos@aexca.example.org"),)),
        alt(text(body), html(gmail_html(body))))


@mail(N(49), family="language_school", lang="es", interview=False, company=None,
      days=(("Sat", "2026-09-12"),),
      note="Academia de inglés confirma la entrevista oral de nivelación (sábado 12 de septiembre, 9:30): "
           "es para ubicar el nivel del curso, no para un empleo -> negativo; iso-8859-1 con asunto RFC 2047")
def m49():
    when = "2026-09-07 12:25"
    body = t("""
        Estimada Andrea:

        Le confirmamos su entrevista oral de nivelación para el curso de Inglés para Negocios (nivel
        avanzado), el sábado 12 de septiembre a las 9:30 a. m. en nuestra sede de la Avenida Las Américas.
        La entrevista dura unos 20 minutos y con ella la ubicaremos en el grupo adecuado.

        Atentamente,
        Coordinación Académica
        Instituto de Idiomas Volcán de Agua
        """)
    return message(heads(
        addr("Instituto de Idiomas Volcán de Agua", "coordinacion@idiomasvolcan.example.com", "iso-8859-1"),
        "Confirmación: entrevista de nivelación - Inglés para Negocios", when, GT,
        "<20260907182500.nivel.3318@idiomasvolcan.example.com>",
        recv=mx("mail.idiomasvolcan.example.com (mail.idiomasvolcan.example.com [190.56.80.3])", when, GT,
                "p8lv49"),
        charset="iso-8859-1"),
        text(body, charset="iso-8859-1"))


@mail(N(50), family="post_interview", lang="es", interview=False, company="Exportadora Los Volcanes",
      note="Agradecimiento después de la entrevista de ayer (hilo de Exportadora Los Volcanes), 'te damos "
           "respuesta la otra semana': nada agendado -> negativo")
def m50():
    when = "2026-09-25 12:15"
    body = t("""
        Andrea, muchas gracias por venir ayer. A don Julio y a Lucía les gustó mucho lo que contaste del
        sistema de lotes. Todavía tenemos dos entrevistas más esta semana; te damos respuesta la otra
        semana sin falta.

        Saludos,
        Rodrigo

        El jue, 24 sept 2026 a las 17:02, Andrea Castillo (<andrea.castillo@example.org>) escribió:
        > Rodrigo, gracias por la entrevista de esta mañana. Quedo a la orden para cualquier información
        > adicional.
        > Andrea
        """)
    return message(heads(
        addr("Rodrigo Sical", "rodrigo.sical@exportadoralosvolcanes.com.gt"), "Re: Gracias - entrevista",
        when, GT, "<CAF7x2=rS9kLq2@mail.gmail.com>",
        recv=mx("mail-lf1-f52.google.com (mail-lf1-f52.google.com [209.85.167.52])", when, GT, "p2pi50"),
        extra=(("In-Reply-To", "<CAN4q8s0Andrea-0924@mail.gmail.com>"),)),
        alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))
