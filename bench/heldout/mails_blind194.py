"""blind194: 50 hand-written mails from the inbox of Karla Banegas, a supply-chain analyst in San
Pedro Sula (America/Tegucigalpa, UTC-6 all year), September to December 2026.

Written blind (without reading the detector, its tests or the other held-out mails). Build and check:

    python3 bench/heldout/make_blind.py blind194

File numbers are a fixed shuffle of the writing order (keys 1-23 positives, 24-50 negatives).
"""

from __future__ import annotations

import random
from email.utils import getaddresses

import make
from make import (
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
)

ORDER = random.Random(1940194).sample(range(1, 51), 50)
TZ = "America/Tegucigalpa"
ME = "karla.banegas@example.org"
KARLA = addr("Karla Banegas", ME)
MX = "mx1.example.org (Postfix) with ESMTPS id"

VTZ_TEG = """BEGIN:VTIMEZONE
TZID:America/Tegucigalpa
X-LIC-LOCATION:America/Tegucigalpa
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

VTZ_MEXICO = """BEGIN:VTIMEZONE
TZID:Central Standard Time (Mexico)
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
END:STANDARD
END:VTIMEZONE"""


def name(key: int) -> str:
    return f"blind194_{ORDER[key - 1]:03d}"


def who(value: str, charset: str = "utf-8") -> str:
    """'Name <a@b>' with a non-ASCII name -> RFC 2047 encoded display name."""
    if value.isascii():
        return value
    parts = [getaddresses([p])[0] for p in value.split(", ")]
    return ", ".join(addr(n, a, charset) for n, a in parts)


def head(frm: str, subject: str, when: str, mid: str, *, zone: str = TZ, hop: str = "mail.example.net",
         ident: str = "4Qx7", to: str = KARLA, extra: tuple[tuple[str, str], ...] = (),
         charset: str = "utf-8") -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then extra headers."""
    frm, to = who(frm, charset), who(to, charset)
    extra = tuple((k, who(v, charset) if k in ("Reply-To", "Cc", "Sender") else v) for k, v in extra)
    return [
        ("Delivered-To", ME),
        ("Received", received(f"from {hop} ({hop} [198.51.100.{len(hop) * 3 % 250}])", when, zone,
                              f"{MX} {ident}", ME)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


# =========================================================================== positives


@make.mail(name(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-11-03T15:00:00Z", end="2026-11-03T15:45:00Z", contact="dana.whitlock@corallinefreight.com",
           company="Coralline Freight", local="Tue 2026-11-03 10:00", local_end="2026-11-03 10:45",
           zone="America/New_York",
           note="Greenhouse confirmation sent Tue 27 Oct in EDT; interview Tue 3 Nov 10:00-10:45 AM Eastern, "
                "after US DST ends on 1 Nov, so EST (UTC-5) = 15:00Z (the mail's '9:00 AM San Pedro Sula' agrees). "
                "Contact = human Reply-To.")
def p01() -> bytes:
    body = t("""
        Hi Karla,

        Thanks for making time to speak with us! Your interview for the Supply Chain
        Analyst (LATAM Lanes) role at Coralline Freight is confirmed.

        When: Tuesday, November 3, 2026
              10:00 AM - 10:45 AM Eastern Time (US & Canada)
              (that is 9:00 AM in San Pedro Sula)
        Where: Video call - https://meet.google.com/wcr-hxpa-qto

        Interviewers:
          Tom Vasquez, Director of Ocean Operations
          Dana Whitlock, Senior Recruiter

        Please note that US clocks change on Sunday, November 1, so the time
        difference to Honduras will be one hour for this call.

        If you need to reschedule, just reply to this email.

        Best,
        Dana Whitlock
        Senior Recruiter | Coralline Freight
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
        <p>Hi Karla,</p>
        <p>Thanks for making time to speak with us! Your interview for the <b>Supply Chain Analyst (LATAM Lanes)</b>
        role at Coralline Freight is confirmed.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>When:</b></td><td>Tuesday, November 3, 2026<br>10:00 AM - 10:45 AM Eastern Time (US &amp; Canada)<br>
        <span style="color:#666">(that is 9:00 AM in San Pedro Sula)</span></td></tr>
        <tr><td><b>Where:</b></td><td>Video call - <a href="https://meet.google.com/wcr-hxpa-qto">meet.google.com/wcr-hxpa-qto</a></td></tr>
        <tr><td><b>Interviewers:</b></td><td>Tom Vasquez, Director of Ocean Operations<br>Dana Whitlock, Senior Recruiter</td></tr>
        </table>
        <p>Please note that US clocks change on Sunday, November 1, so the time difference to Honduras will be one hour
        for this call.</p>
        <p>If you need to reschedule, just reply to this email.</p>
        <p>Best,<br>Dana Whitlock<br>Senior Recruiter | Coralline Freight</p>
        <img src="https://us.greenhouse-mail.io/o/e3f1a9/open.gif" width="1" height="1" alt="">
        </body></html>
        """)
    hs = head("Dana Whitlock <no-reply@us.greenhouse-mail.io>",
              "Interview Confirmation: Supply Chain Analyst (LATAM Lanes) at Coralline Freight",
              "2026-10-27 11:14", "<0100019a7c2e.7f3b61d2@us.greenhouse-mail.io>", zone="America/New_York",
              hop="o12.us.greenhouse-mail.io", ident="4Ra1Lk",
              extra=(("Reply-To", "Dana Whitlock <dana.whitlock@corallinefreight.com>"),
                     ("X-Mailer", "Greenhouse")))
    return message(hs, alt(text(body), html(page)))


@make.mail(name(2), family="human_prose", lang="es", interview=True, kind="scheduled",
           start="2026-09-17T21:00:00Z", contact="mpaz@textilesvallesula.com", company="Textiles Valle de Sula",
           local="Thu 2026-09-17 15:00", zone=TZ,
           note="Honduran vos prose sent Fri 11 Sep: 'el jueves que viene a las 3 de la tarde' = Thu 17 Sep "
                "(this week's Thursday has passed), 15:00 UTC-6 = 21:00Z. 'como una hora' is approximate: no end.")
def p02() -> bytes:
    body = t("""
        Hola Karla, qué tal?

        Ya hablé con don Rigoberto y quedamos para el jueves que viene a las 3 de la tarde
        para la entrevista, aquí en la planta (km 5 salida a Puerto Cortés, preguntás en
        garita por mí). Va a estar también la licenciada Suazo de compras. Son como una
        hora más o menos, traé tu CV impreso por fa.

        Cualquier cosa me escribís o me llamás al 9876-0000.

        Saludos,
        Marvin Paz
        Jefe de Logística
        Textiles Valle de Sula
        """)
    hs = head("Marvin Paz <mpaz@textilesvallesula.com>", "Re: Plaza de analista de inventarios",
              "2026-09-11 16:22", "<CAF+3k2pQ9vZs1mXh0tN@mail.gmail.com>", hop="mail-ej1-f50.google.com",
              ident="7Hq2Pz",
              extra=(("In-Reply-To", "<5d1e2a40-karla@example.org>"),
                     ("References", "<5d1e2a40-karla@example.org>")))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="quoted-printable")))


@make.mail(name(3), family="workday", lang="es", interview=True, kind="scheduled",
           start="2026-10-07T15:30:00Z", end="2026-10-07T16:30:00Z", contact=None,
           company="Grupo Alimentario Quetzal", local="Wed 2026-10-07 09:30", local_end="2026-10-07 10:30",
           zone="America/Guatemala",
           note="Workday (myworkday.com) HTML-only base64, Spanish: miércoles 7 oct 9:30-10:30 a. m. "
                "'(GMT-06:00) Guatemala' = 15:30Z-16:30Z. Coordinator named without an address: contact null.")
def p03() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="es"><head><meta charset="utf-8"><title>Entrevista programada</title></head>
        <body style="margin:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Roboto,Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#0b4a8b;color:#fff;font-size:18px">Grupo Alimentario Quetzal &middot; Carreras</td></tr>
        <tr><td>
        <p>Estimada Karla Banegas:</p>
        <p>Se ha programado una entrevista para la vacante <b>R-10482 Analista Sr. de Planificaci&oacute;n de la Demanda</b>.</p>
        <table cellpadding="6" style="border:1px solid #ddd;width:100%">
        <tr><td style="width:35%;color:#777">Fecha</td><td>mi&eacute;rcoles, 7 de octubre de 2026</td></tr>
        <tr><td style="color:#777">Hora</td><td>9:30 a.&nbsp;m. - 10:30 a.&nbsp;m. (GMT-06:00) Guatemala</td></tr>
        <tr><td style="color:#777">Tipo</td><td>Entrevista por competencias (Microsoft Teams)</td></tr>
        <tr><td style="color:#777">Entrevistadores</td><td>Luc&iacute;a Aj&uacute; (Adquisici&oacute;n de Talento), Fernando Batres (Gerente de Planeaci&oacute;n)</td></tr>
        </table>
        <p>El enlace de Teams le llegar&aacute; por separado. Si no puede asistir, ingrese al portal de candidatos y
        seleccione <i>Mis solicitudes &gt; Tareas</i>.</p>
        <p>Atentamente,<br>Adquisici&oacute;n de Talento<br>Grupo Alimentario Quetzal</p>
        <p style="font-size:11px;color:#999">Este mensaje fue enviado desde una direcci&oacute;n que no acepta respuestas.
        Powered by Workday.</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    hs = head("Grupo Alimentario Quetzal <grupoquetzal@myworkday.com>",
              "Entrevista programada: Analista Sr. de Planificación de la Demanda",
              "2026-09-30 16:05", "<1577309212.88134.1790791500112@wd5-prod-mailer-2.myworkday.com>",
              zone="UTC", hop="wd5-prod-mailer-2.myworkday.com", ident="2Lm9Qd")
    return message(hs, html(page, cte="base64"))


@make.mail(name(4), family="exchange_teams", lang="es", interview=True, kind="scheduled",
           start="2026-10-21T15:00:00Z", end="2026-10-21T16:00:00Z", contact="rocampo@atlanticacargo.com",
           company="Atlántica Cargo Services", local="Wed 2026-10-21 11:00", local_end="2026-10-21 12:00",
           zone="America/New_York",
           note="Exchange meeting request from Doral (Miami); the body has only Teams boilerplate, the time is "
                "only in the ICS: TZID 'Eastern Standard Time' 11:00-12:00 on 21 Oct, EDT (UTC-4) = 15:00Z-16:00Z. "
                "Contact = human ORGANIZER / sender.")
def p04() -> bytes:
    body = t("""
        Buenos días Karla,

        Como quedamos por teléfono, te envío la invitación para la entrevista con
        Gustavo (gerente de operaciones) y conmigo. Aceptala para que te quede en el
        calendario.

        Saludos,
        Rafael

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse desde el equipo, la aplicación móvil o un dispositivo de sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTg4NjA1OWQtYmQ1Ny00@thread.v2/0>
        Id. de reunión: 284 119 307 552
        Código de acceso: 6Hc3Pq
        Descargar Teams<https://www.microsoft.com/microsoft-teams/download-app> | Unirse en la Web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = "<html><body>" + "".join(
        f"<p>{line}</p>" if line else "<br>" for line in body.replace("&", "&amp;").replace("<", "&lt;").split("\n")
    ) + "</body></html>\n"
    ics = make.VTZ["Eastern Standard Time"] + "\n"
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ics + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Rafael Ocampo:mailto:rocampo@atlanticacargo.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Karla Banegas:mailto:karla.banegas@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gustavo Iriarte:mailto:giriarte@atlanticacargo.com
        DESCRIPTION;LANGUAGE=es-ES:Buenos días Karla\\,\\n\\nComo quedamos por teléfono\\, te envío la invitación para la entrevista con Gustavo.\\n
        UID:040000008200E00074C5B7101A82E00800000000A0C2B4E6D95EDC01000000000000000010000000F3A1
        SUMMARY;LANGUAGE=es-ES:Entrevista - Analista de Cadena de Suministro (Karla Banegas)
        DTSTART;TZID=Eastern Standard Time:20261021T110000
        DTEND;TZID=Eastern Standard Time:20261021T120000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261015T201233Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2118930411
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
        """)
    hs = head("Rafael Ocampo <rocampo@atlanticacargo.com>",
              "Entrevista - Analista de Cadena de Suministro (Karla Banegas)", "2026-10-15 16:12",
              "<BN8PR11MB36122D0E4C5A1B7E@BN8PR11MB3612.namprd11.prod.outlook.com>", zone="America/New_York",
              hop="mail-bn8nam11on2101.outbound.protection.outlook.com", ident="9Tz4Wv",
              extra=(("Thread-Topic", "Entrevista - Analista de Cadena de Suministro (Karla Banegas)"),
                     ("Content-Language", "es-ES"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body, cte="quoted-printable"), html(page), calendar(ics, cte="base64")))


@make.mail(name(5), family="calendly", lang="en", interview=True, kind="scheduled",
           start="2026-11-10T17:00:00Z", end="2026-11-10T17:30:00Z", contact="jenna@ridgelineparts.com",
           company="Ridgeline Parts", local="Tue 2026-11-10 11:00", local_end="2026-11-10 11:30", zone=TZ,
           note="Calendly invitee confirmation: 11:00am-11:30am Tue 10 Nov shown in the invitee's zone "
                "'Central America Time' (UTC-6) = 17:00Z-17:30Z; ICS in UTC agrees. Contact = host via Reply-To.")
def p05() -> bytes:
    body = t("""
        Hi Karla Banegas,

        A new event has been scheduled.

        Event Type:
        Phone Screen - Procurement Analyst (Remote)

        Invitee:
        Karla Banegas

        Invitee Email:
        karla.banegas@example.org

        Event Date/Time:
        11:00am - 11:30am (Central America Time) Tuesday, November 10, 2026

        Location:
        This is a Zoom web conference.
        https://us06web.zoom.us/j/83391045527?pwd=QnRmV1hSeUpBcjZ1

        Host:
        Jenna Morrow, Talent Partner, Ridgeline Parts

        View event in Calendly: https://calendly.com/events/LFTQ2XKSB7/google_meet

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/6e0a1c4f
        Reschedule: https://calendly.com/reschedulings/6e0a1c4f

        Powered by Calendly.com
        """)
    page = "<html><body style=\"font-family:proxima-nova,sans-serif\">" + "".join(
        f"<p>{line}</p>" for line in body.split("\n\n")) + "</body></html>\n"
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261110T170000Z
        DTEND:20261110T173000Z
        DTSTAMP:20261105T141809Z
        ORGANIZER;CN=Jenna Morrow:mailto:jenna@ridgelineparts.com
        UID:c3f09e1d-7a31-4e0e-9b75-5bd6d2b1f0aa@calendly.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Karla Banegas:mailto:karla.banegas@example.org
        SUMMARY:Phone Screen - Procurement Analyst (Remote) between Jenna Morrow and Karla Banegas
        LOCATION:https://us06web.zoom.us/j/83391045527?pwd=QnRmV1hSeUpBcjZ1
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: Phone Screen - Procurement Analyst (Remote) with Jenna Morrow on Tuesday, November 10, 2026",
              "2026-11-05 08:18", "<20261105141809.1.9f3ab0c1e2d7@calendly.com>",
              hop="o3.email.calendly.com", ident="3Kf8Nv",
              extra=(("Reply-To", "Jenna Morrow <jenna@ridgelineparts.com>"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment",
                                      ctype="application/ics", method=None)))


@make.mail(name(6), family="ashby", lang="en", interview=True, kind="scheduled",
           start="2026-10-15T16:00:00Z", end="2026-10-15T16:45:00Z", contact="priya.natarajan@harborlight.io",
           company="Harborlight Analytics", local="Thu 2026-10-15 10:00", local_end="2026-10-15 10:45", zone=TZ,
           note="Ashby confirmation sent from New York (EDT) but the time is shown in the candidate's zone: "
                "10:00-10:45 AM (GMT-06:00) Central America = 16:00Z-16:45Z; ICS in UTC agrees. Contact = Reply-To.")
def p06() -> bytes:
    body = t("""
        Hi Karla,

        You're all set! Here are the details for your upcoming interview with Harborlight Analytics.

        Hiring Manager Interview - Supply Chain Data Analyst
        Thursday, October 15, 2026
        10:00 AM - 10:45 AM (GMT-06:00) Central America Time

        Google Meet: https://meet.google.com/bqe-ztrn-kwa

        You'll be meeting with:
          Marcus Lee - Head of Network Planning

        A calendar invitation is attached. If anything comes up, reply to this email and
        Priya will help you find a new time.

        Harborlight Analytics Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:15px;color:#1f2430">
        <div style="max-width:560px;margin:0 auto">
        <p>Hi Karla,</p>
        <p>You&#39;re all set! Here are the details for your upcoming interview with Harborlight Analytics.</p>
        <div style="border:1px solid #e3e6ee;border-radius:8px;padding:16px">
        <div style="font-weight:600">Hiring Manager Interview - Supply Chain Data Analyst</div>
        <div>Thursday, October 15, 2026</div>
        <div>10:00 AM &ndash; 10:45 AM (GMT-06:00) Central America Time</div>
        <div><a href="https://meet.google.com/bqe-ztrn-kwa">Join with Google Meet</a></div>
        </div>
        <p>You&#39;ll be meeting with:<br>Marcus Lee &middot; Head of Network Planning</p>
        <p>A calendar invitation is attached. If anything comes up, reply to this email and Priya will help you find a new time.</p>
        <p style="color:#8a90a0">Harborlight Analytics Recruiting &middot; Sent with Ashby</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:ashby-7d8c0e1b-5a44-4f0e-a3e2-11c9f6e0b2d4
        DTSTAMP:20261009T183104Z
        DTSTART:20261015T160000Z
        DTEND:20261015T164500Z
        SEQUENCE:0
        SUMMARY:Harborlight Analytics - Hiring Manager Interview (Karla Banegas)
        LOCATION:https://meet.google.com/bqe-ztrn-kwa
        ORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan@harborlight.io
        ATTENDEE;CN=Karla Banegas;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:karla.banegas@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Harborlight Analytics <no-reply@ashbyhq.com>",
              "Interview confirmed: Supply Chain Data Analyst at Harborlight Analytics", "2026-10-09 14:31",
              "<0100019a6f1c2b44-3e9d1f7a-8b21-4c6e-9d55-2a7f0c81e6b3-000000@email.amazonses.com>",
              zone="America/New_York", hop="a8-33.smtp-out.amazonses.com", ident="8Wd3Lq",
              extra=(("Reply-To", "Priya Natarajan <priya.natarajan@harborlight.io>"),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(name(7), family="lever", lang="es", interview=True, kind="scheduled",
           start="2026-09-23T20:00:00Z", end="2026-09-23T21:00:00Z", contact="gabriela.mejia@acerosdelpacifico.com",
           company="Aceros del Pacífico", local="Wed 2026-09-23 14:00", local_end="2026-09-23 15:00",
           zone="America/El_Salvador",
           note="Lever confirmation (Spanish template) from San Salvador: miércoles 23 sep 14:00-15:00 hora de "
                "El Salvador (UTC-6, no DST) = 20:00Z-21:00Z. Contact = human Reply-To.")
def p07() -> bytes:
    body = t("""
        Hola Karla:

        ¡Gracias por tu interés en Aceros del Pacífico! Te confirmamos tu entrevista para el
        puesto de Coordinadora de Importaciones.

        Fecha: miércoles, 23 de septiembre de 2026
        Hora: 14:00 - 15:00 (hora de El Salvador, GMT-6)
        Lugar: Oficinas centrales, Bulevar del Ejército km 7, Soyapango
               (también puedes conectarte por Google Meet si estás fuera del país:
               https://meet.google.com/tyo-pqkd-nre)

        Te entrevistarán:
        - Gabriela Mejía, Reclutamiento
        - Ernesto Alas, Gerente de Comercio Exterior

        Si necesitas cambiar la hora, responde a este correo.

        Saludos cordiales,
        Gabriela Mejía
        Aceros del Pacífico
        """)
    page = "<html><body>" + "".join(
        "<p>" + para.replace("\n", "<br>") + "</p>" for para in body.split("\n\n")) + "</body></html>\n"
    hs = head("Aceros del Pacífico <no-reply@hire.lever.co>",
              "Confirmación de entrevista - Coordinadora de Importaciones", "2026-09-15 09:12",
              "<20260915151201.5a7e2c.41203@hire.lever.co>", zone="America/El_Salvador",
              hop="mail-sor-f69.hire.lever.co", ident="6Nb1Xs",
              extra=(("Reply-To", addr("Gabriela Mejía", "gabriela.mejia@acerosdelpacifico.com")),))
    return message(hs, alt(text(body), html(page)))


@make.mail(name(8), family="smartrecruiters", lang="es", interview=True, kind="scheduled",
           start="2026-10-30T16:00:00Z", end="2026-10-30T17:00:00Z", contact="sofia.andino@logisticamorazan.com",
           company="Logística Morazán", local="Fri 2026-10-30 10:00", local_end="2026-10-30 11:00", zone=TZ,
           note="SmartRecruiters invitation, Tegucigalpa: viernes 30 oct 10:00-11:00 a. m. hora de Tegucigalpa "
                "(UTC-6) = 16:00Z-17:00Z; ICS with TZID America/Tegucigalpa agrees. ORGANIZER is the no-reply "
                "address, so contact = the recruiter's address in the body.")
def p08() -> bytes:
    body = t("""
        Estimada Karla,

        Gracias por postularse a la posición de Analista de Abastecimiento en Logística
        Morazán. Nos complace invitarle a una entrevista presencial:

          Fecha:      viernes, 30 de octubre de 2026
          Hora:       10:00 a. m. - 11:00 a. m. (hora de Tegucigalpa)
          Dirección:  Col. Palmira, Av. República de Chile, Edificio Torre Morazán, piso 6
          Con:        Sofía Andino (Talento Humano) y Ing. Ramón Discua (Jefe de Compras)

        Por favor presente su DNI en recepción.

        Si necesita reprogramar, escriba a Sofía Andino (sofia.andino@logisticamorazan.com).

        Saludos,
        Equipo de Talento Humano
        Logística Morazán

        --
        Este correo fue enviado a través de SmartRecruiters. Por favor no responda a este mensaje.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//SmartRecruiters//SmartRecruiters Calendar//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + VTZ_TEG + "\n" + t("""
        BEGIN:VEVENT
        UID:sr-int-3b1e7f40-52b0-4d4e-8f65-0c2a6e8b9d11
        DTSTAMP:20261026T174012Z
        DTSTART;TZID=America/Tegucigalpa:20261030T100000
        DTEND;TZID=America/Tegucigalpa:20261030T110000
        SUMMARY:Entrevista - Analista de Abastecimiento - Logística Morazán
        LOCATION:Col. Palmira\\, Edificio Torre Morazán\\, piso 6\\, Tegucigalpa
        ORGANIZER;CN=Logística Morazán:mailto:no-reply@smartrecruiters.com
        ATTENDEE;CN=Karla Banegas;RSVP=TRUE:mailto:karla.banegas@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Logística Morazán", "no-reply@smartrecruiters.com"),
              "Invitación a entrevista: Analista de Abastecimiento", "2026-10-26 11:40",
              "<sr.7f2a90e1c4b3.20261026174012@smartrecruiters.com>", hop="mta-41.smartrecruiters.com",
              ident="1Cv6Rt")
    return message(hs, mixed(text(body, cte="quoted-printable"),
                             calendar(ics, cte="base64", filename="entrevista.ics", disposition="attachment")))


def gcal_ics(uid: str, start: str, end: str, summary: str, organizer: tuple[str, str], stamp: str,
             method: str = "REQUEST", sequence: int = 0, status: str = "CONFIRMED", description: str = "",
             extra_attendees: tuple[tuple[str, str], ...] = ()) -> str:
    """Google Calendar's invitation ICS: times in UTC, organizer and attendees."""
    cn, mailbox = organizer
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
        f"DTSTART:{start}", f"DTEND:{end}", f"DTSTAMP:{stamp}", f"ORGANIZER;CN={cn}:mailto:{mailbox}",
        f"UID:{uid}@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=karla.banegas@example.org;"
        "X-NUM-GUESTS=0:mailto:karla.banegas@example.org",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={cn};X-NUM-GUESTS=0:mailto:{mailbox}",
    ]
    for acn, amail in extra_attendees:
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={acn};"
                     f"X-NUM-GUESTS=0:mailto:{amail}")
    lines += [
        "X-MICROSOFT-CDO-OWNERAPPTID:-1188640211", "CREATED:" + stamp,
        "DESCRIPTION:" + description.replace(",", "\\,").replace("\n", "\\n"),
        "LAST-MODIFIED:" + stamp, "LOCATION:", f"SEQUENCE:{sequence}", f"STATUS:{status}",
        f"SUMMARY:{summary}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR",
    ]
    return "\n".join(lines) + "\n"


@make.mail(name(9), family="google_calendar", lang="es", interview=True, kind="scheduled",
           start="2026-10-13T16:00:00Z", end="2026-10-13T17:00:00Z", contact="hector.sic@volcandeagua.com",
           company="Exportadora Volcán de Agua", local="Tue 2026-10-13 10:00", local_end="2026-10-13 11:00",
           zone="America/Guatemala",
           note="Google Calendar invitation in Spanish from Guatemala City: mar 13 oct 2026 10:00-11:00 Hora de "
                "Guatemala (UTC-6) = 16:00Z-17:00Z; ICS in UTC agrees. Contact = organizer (From / ORGANIZER).")
def p09() -> bytes:
    body = t("""
        Has recibido una invitación a este evento.

        Entrevista Karla Banegas / Jefa de Compras
        martes, 13 de octubre de 2026 ⋅ 10:00 – 11:00
        Hora de Guatemala

        Unirse con Google Meet
        https://meet.google.com/hvu-mdsq-ebz

        Karla, la entrevista es con don Armando (gerente general) y conmigo. Vamos a
        revisar el caso de importación de empaque que le mandé. Saludos, Héctor

        Organizador
        Héctor Sic
        hector.sic@volcandeagua.com

        Invitados
        Héctor Sic - organizador
        karla.banegas@example.org
        armando.choc@volcandeagua.com

        Ver todos los detalles de los invitados https://calendar.google.com/calendar/event?action=VIEW&eid=NmRrN2VyZ

        Responder para karla.banegas@example.org: Sí / No / Quizás
        https://calendar.google.com/calendar/event?action=RESPOND&eid=NmRrN2VyZ

        Invitación de Google Calendar https://calendar.google.com/calendar/

        Has recibido este correo electrónico porque eres un invitado al evento. Para dejar
        de recibir actualizaciones de este evento, rechaza el evento.
        """)
    ics = gcal_ics("6dk7erh1ps0q2b3vj8l4mu9c5a", "20261013T160000Z", "20261013T170000Z",
                   "Entrevista Karla Banegas / Jefa de Compras", ("Héctor Sic", "hector.sic@volcandeagua.com"),
                   "20261008T154705Z", description="Karla, la entrevista es con don Armando (gerente general) "
                   "y conmigo.\nUnirse con Google Meet: https://meet.google.com/hvu-mdsq-ebz",
                   extra_attendees=(("armando.choc@volcandeagua.com", "armando.choc@volcandeagua.com"),))
    page = gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Roboto,Helvetica,Arial">')
    hs = head("Héctor Sic <hector.sic@volcandeagua.com>",
              "Invitación: Entrevista Karla Banegas / Jefa de Compras @ mar 13 oct 2026 10:00 - 11:00 (CST) "
              "(karla.banegas@example.org)", "2026-10-08 09:47", "<calendar-5b8e1d0c-7f2a-4c3b-9d61-a0e4f2b7c918@google.com>",
              zone="America/Guatemala", hop="mail-sor-f73.google.com", ident="5Gh2Dq",
              extra=(("Reply-To", "Héctor Sic <hector.sic@volcandeagua.com>"),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body, cte="quoted-printable"), html(page), calendar(ics, cte="base64")),
                             calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@make.mail(name(10), family="human_prose", lang="es", interview=True, kind="rescheduled",
           start="2026-10-21T17:30:00Z", contact="ingrid.fajardo@confeccionesulua.com",
           company="Confecciones Ulúa", local="Wed 2026-10-21 11:30", zone=TZ,
           days=(("Tue", "2026-10-20"), ("Wed", "2026-10-21")),
           note="HR prose (usted, windows-1252 QP) sent Mon 19 Oct: interview moved from martes 20/10 10:00 to "
                "miércoles 21/10 'a las once y media de la mañana' = 11:30 UTC-6 = 17:30Z. Sender is the rrhh@ "
                "role mailbox; contact = the HR officer's address in the signature.")
def p10() -> bytes:
    body = t("""
        Buenos días, señorita Banegas:

        Reciba un cordial saludo de parte de Confecciones Ulúa.

        Por motivo de una auditoría de cliente en planta, nos vemos obligados a mover su
        entrevista del martes 20/10 a las 10:00 a. m. Se la reprogramamos para el
        miércoles 21/10 a las once y media de la mañana, en el mismo lugar (oficinas
        administrativas, parque industrial ZIP Choloma, nave 14).

        Le pedimos disculpas por el inconveniente. Favor confirmarnos de recibido.

        Atentamente,

        Licda. Ingrid Fajardo
        Reclutamiento y Selección
        Confecciones Ulúa, S. A.
        ingrid.fajardo@confeccionesulua.com | Tel. 2669-0000 ext. 214
        """)
    hs = head(addr("Recursos Humanos - Confecciones Ulúa", "rrhh@confeccionesulua.com", "windows-1252"),
              "Reprogramación de entrevista - Supervisora de Almacén", "2026-10-19 08:15",
              "<000601dd5f3a$8c2e41b0$a48ac510$@confeccionesulua.com>", hop="smtp.confeccionesulua.com",
              ident="2Vn8Kj", charset="windows-1252",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdlfOojkC1m8cWZ3TqG0nS1BxQ2f9A==")))
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@make.mail(name(11), family="google_calendar", lang="en", interview=True, kind="rescheduled",
           start="2026-11-04T19:00:00Z", end="2026-11-04T20:00:00Z", contact="luis.carranza@bayfrontcoldchain.com",
           company="Bayfront Cold Chain", local="Wed 2026-11-04 14:00", local_end="2026-11-04 15:00",
           zone="America/New_York", days=(("Fri", "2026-10-30"),),
           note="Google Calendar 'Updated invitation' sent Wed 28 Oct (EDT): moved from Fri 30 Oct 2pm (EDT) to "
                "Wed 4 Nov 2pm-3pm Eastern, after the 1 Nov DST change, so EST = 19:00Z-20:00Z; ICS in UTC, "
                "SEQUENCE:1. Contact = organizer.")
def p11() -> bytes:
    body = t("""
        This event has been changed.

        Interview: Karla Banegas - Demand Planner
        When
        Changed: Wednesday Nov 4, 2026 ⋅ 2pm – 3pm (Eastern Time - New York)

        Join with Google Meet
        https://meet.google.com/ksr-wmbd-fpy

        Hi Karla - moving us from Friday Oct 30 (2pm) to next Wednesday because our VP
        of Operations is at the port in Savannah that day. Same Meet link. Sorry for the
        shuffle! - Luis

        Organizer
        Luis Carranza
        luis.carranza@bayfrontcoldchain.com

        Guests
        Luis Carranza - organizer
        karla.banegas@example.org
        ruth.okafor@bayfrontcoldchain.com

        Reply for karla.banegas@example.org: Yes / No / Maybe
        https://calendar.google.com/calendar/event?action=RESPOND&eid=M2w0NDZtZ

        Invitation from Google Calendar https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop
        receiving future updates for this event, decline this event.
        """)
    ics = gcal_ics("3l446mgq9ck1vhn0r2s7do8tfb", "20261104T190000Z", "20261104T200000Z",
                   "Interview: Karla Banegas - Demand Planner",
                   ("Luis Carranza", "luis.carranza@bayfrontcoldchain.com"), "20261028T200214Z", sequence=1,
                   description="Hi Karla - moving us from Friday Oct 30 (2pm) to next Wednesday because our VP "
                   "of Operations is at the port in Savannah that day. Same Meet link.",
                   extra_attendees=(("ruth.okafor@bayfrontcoldchain.com", "ruth.okafor@bayfrontcoldchain.com"),))
    hs = head("Luis Carranza <luis.carranza@bayfrontcoldchain.com>",
              "Updated invitation: Interview: Karla Banegas - Demand Planner @ Wed Nov 4, 2026 2pm - 3pm (EST) "
              "(karla.banegas@example.org)", "2026-10-28 16:02",
              "<calendar-0c6a9e4f-1b27-4d83-a5f0-7e2d9c3b8a14@google.com>", zone="America/New_York",
              hop="mail-sor-f69.google.com", ident="0Jd5Mb",
              extra=(("Reply-To", "Luis Carranza <luis.carranza@bayfrontcoldchain.com>"),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="base64"), calendar(ics)),
                             calendar(ics, method=None, ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(name(12), family="goodtime", lang="en", interview=True, kind="rescheduled",
           start="2026-11-12T19:00:00Z", end="2026-11-12T20:00:00Z", contact="megan.schultz@prairierail.com",
           company="Prairie Rail Logistics", local="Thu 2026-11-12 13:00", local_end="2026-11-12 14:00",
           zone="America/Chicago", days=(("Mon", "2026-11-09"),),
           note="GoodTime reschedule sent Fri 6 Nov (CST): previously Mon 9 Nov 11:00 AM, new Thu 12 Nov "
                "1:00-2:00 PM Central, CST after 1 Nov (UTC-6) = 19:00Z-20:00Z; ICS TZID America/Chicago agrees. "
                "Contact = coordinator Reply-To.")
def p12() -> bytes:
    body = t("""
        Hi Karla,

        Your interview with Prairie Rail Logistics has been rescheduled.

        PREVIOUSLY
        Monday, November 9, 2026
        11:00 AM - 12:00 PM CST

        NEW TIME
        Thursday, November 12, 2026
        1:00 PM - 2:00 PM CST (Central Time - Chicago)

        Interview: Panel - Transportation Analyst
        Interviewers: Brad Hollis (Network Strategy), Keisha Monroe (Carrier Procurement)
        Location: Microsoft Teams (link in the calendar invite)

        If this new time does not work for you, reply to this email and Megan Schultz will
        help.

        Thank you,
        Prairie Rail Logistics Talent Acquisition

        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#29323d">
        <h2 style="font-weight:500">Your interview has been rescheduled</h2>
        <p>Hi Karla,</p>
        <p>Your interview with Prairie Rail Logistics has been rescheduled.</p>
        <table cellpadding="8"><tr>
        <td style="background:#f6f6f6;color:#999"><small>PREVIOUSLY</small><br><s>Monday, November 9, 2026<br>11:00 AM - 12:00 PM CST</s></td>
        <td style="background:#eaf6ee"><small>NEW TIME</small><br><b>Thursday, November 12, 2026<br>1:00 PM - 2:00 PM CST</b><br>(Central Time - Chicago)</td>
        </tr></table>
        <p>Interview: Panel - Transportation Analyst<br>Interviewers: Brad Hollis (Network Strategy), Keisha Monroe (Carrier Procurement)<br>
        Location: Microsoft Teams (link in the calendar invite)</p>
        <p>If this new time does not work for you, reply to this email and Megan Schultz will help.</p>
        <p>Thank you,<br>Prairie Rail Logistics Talent Acquisition</p>
        <p style="font-size:11px;color:#aaa">Scheduled with GoodTime</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//GoodTime.io//Interview Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + make.VTZ["America/Chicago"] + "\n" + t("""
        BEGIN:VEVENT
        UID:gt-9a1f3c77-e2b4-4a5d-8c10-6b7e0d2f4a93
        DTSTAMP:20261106T162044Z
        DTSTART;TZID=America/Chicago:20261112T130000
        DTEND;TZID=America/Chicago:20261112T140000
        SEQUENCE:2
        SUMMARY:Prairie Rail Logistics - Panel Interview - Karla Banegas
        ORGANIZER;CN=Megan Schultz:mailto:megan.schultz@prairierail.com
        ATTENDEE;CN=Karla Banegas;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:karla.banegas@example.org
        LOCATION:Microsoft Teams
        DESCRIPTION:Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Yjk2Mz
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Prairie Rail Logistics Talent Acquisition <no-reply@goodtime.io>",
              "Rescheduled: Panel Interview with Prairie Rail Logistics", "2026-11-06 10:20",
              "<gt.20261106162044.b7c1@mail.goodtime.io>", zone="America/Chicago", hop="mail.goodtime.io",
              ident="3Ts9Hf", extra=(("Reply-To", "Megan Schultz <megan.schultz@prairierail.com>"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="interview.ics", disposition="attachment")))


@make.mail(name(13), family="human_prose", lang="es", interview=True, kind="rescheduled",
           start="2026-12-02T14:00:00Z", contact="oscar.funes@ferresula.com", company="Ferretería Industrial Sula",
           local="Wed 2026-12-02 08:00", zone=TZ, days=(("Tue", "2026-12-01"),),
           note="Phone-written vos reply sent Tue 1 Dec 06:40: today's 10:00 slot moved to 'mañana temprano, "
                "a las 8' = Wed 2 Dec 08:00 UTC-6 = 14:00Z. Old slot (martes 1/12 a las 10) only in the quote.")
def p13() -> bytes:
    body = t("""
        Karla buenos días, disculpá la hora. Hoy no voy a poder, me toca ir a aduana
        a Puerto Cortés por un contenedor retenido. Pasémosla para mañana temprano,
        a las 8, misma oficina. Ya le avisé a la licenciada en recepción.

        Cualquier cosa me escribís

        Enviado desde mi iPhone

        > El 30 nov 2026, a las 17:05, Óscar Funes <oscar.funes@ferresula.com> escribió:
        >
        > Karla, confirmado entonces: martes 1/12 a las 10 de la mañana en la oficina
        > de la 3 calle, barrio Río de Piedras. Preguntás por mí.
        >
        > Óscar Funes
        > Gerente de Operaciones | Ferretería Industrial Sula
        """)
    hs = head("Óscar Funes <oscar.funes@ferresula.com>", "Re: Entrevista martes", "2026-12-01 06:40",
              "<A1C7E3F0-5B2D-4E8A-9F61-2D7C0B4E8A13@ferresula.com>", hop="smtp.ferresula.com", ident="6Ye1Rw",
              extra=(("In-Reply-To", "<8F2B1A9C-4E70-4C2D-B1A3-77E0C5D9F204@ferresula.com>"),
                     ("X-Mailer", "iPhone Mail (22B83)")))
    return message(hs, text(body, cte="8bit", params="format=flowed; delsp=yes"))


@make.mail(name(14), family="workable", lang="en", interview=True, kind="cancelled",
           start="2026-10-08T17:00:00Z", contact=None, company="Lumen Freightworks",
           local="Thu 2026-10-08 11:00", zone=TZ,
           note="Workable cancellation sent Mon 5 Oct from Portland (PDT); the cancelled slot is shown in the "
                "candidate's zone: Thu 8 Oct 11:00 AM America/Tegucigalpa = 17:00Z; ICS METHOD:CANCEL in UTC. "
                "Reply-To is a Workable relay and the recruiter is named without an address: contact null.")
def p14() -> bytes:
    body = t("""
        Hi Karla,

        We're sorry to let you know that your interview for the Logistics Analyst position
        at Lumen Freightworks, scheduled for Thursday, October 8, 2026 at 11:00 AM
        (America/Tegucigalpa), has been cancelled.

        The hiring team has put this requisition on hold while we finalize next year's
        budget. Tom from our recruiting team will reach out if the role reopens.

        Thank you for your understanding,
        Tom Reyes
        Lumen Freightworks

        --
        Sent via Workable. Reply to this email to contact the hiring team.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Workable//Workable Calendar//EN
        VERSION:2.0
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:wk-event-52917734@workable.com
        DTSTAMP:20261005T170312Z
        DTSTART:20261008T170000Z
        DTEND:20261008T174500Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Interview: Karla Banegas for Logistics Analyst
        ORGANIZER;CN=Lumen Freightworks:mailto:lumen-freightworks+c8f2a1@candidates.workablemail.com
        ATTENDEE;CN=Karla Banegas:mailto:karla.banegas@example.org
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Lumen Freightworks <noreply@candidates.workablemail.com>",
              "Interview cancelled: Logistics Analyst at Lumen Freightworks", "2026-10-05 10:03",
              "<wk.5f7e3b12a0c9.52917734@candidates.workablemail.com>", zone="America/Los_Angeles",
              hop="o1.candidates.workablemail.com", ident="1Mq4Zx",
              extra=(("Reply-To", "lumen-freightworks+c8f2a1@candidates.workablemail.com"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment")))


@make.mail(name(15), family="exchange_teams", lang="es", interview=True, kind="cancelled",
           start="2026-11-16T15:00:00Z", end="2026-11-16T16:00:00Z", contact="vlugo@biscaynesupply.com",
           company="Suministros Biscayne", local="Mon 2026-11-16 10:00", local_end="2026-11-16 11:00",
           zone="America/New_York", days=(("Thu", "2026-11-19"),),
           note="Exchange METHOD:CANCEL from Miami sent Wed 11 Nov: the cancelled slot Mon 16 Nov 10:00-11:00 "
                "'Eastern Standard Time' (EST, UTC-5) = 15:00Z-16:00Z. A new time (jueves 19 a las 10) is only "
                "proposed with a question, so kind stays cancelled. Contact = sender / ORGANIZER.")
def p15() -> bytes:
    body = t("""
        Karla, buen día:

        Tengo que cancelar la entrevista final del lunes 16; a Gustavo le adelantaron un
        viaje a Bogotá. Él propone el jueves 19 a las 10 (hora de Miami), ¿te serviría?
        Apenas me confirmés te mando la nueva invitación.

        Disculpá el cambio.

        Verónica Lugo
        HR Business Partner | Suministros Biscayne Corp.
        Doral, FL
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + make.VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Verónica Lugo:mailto:vlugo@biscaynesupply.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Karla Banegas:mailto:karla.banegas@example.org
        DESCRIPTION;LANGUAGE=es-US:Karla\\, buen día:\\n\\nTengo que cancelar la entrevista final del lunes 16.\\n
        UID:040000008200E00074C5B7101A82E00800000000D4E1C7A2B164DC01000000000000000010000000AB77
        SUMMARY;LANGUAGE=es-US:Cancelado: Entrevista final - Karla Banegas
        DTSTART;TZID=Eastern Standard Time:20261116T100000
        DTEND;TZID=Eastern Standard Time:20261116T110000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261111T143012Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=es-US:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Verónica Lugo <vlugo@biscaynesupply.com>", "Cancelado: Entrevista final - Karla Banegas",
              "2026-11-11 09:30", "<MN2PR04MB6991A7C3E0F14B2D@MN2PR04MB6991.namprd04.prod.outlook.com>",
              zone="America/New_York", hop="mail-mn2nam04on2119.outbound.protection.outlook.com", ident="7Pk2Wc",
              extra=(("Importance", "high"), ("Thread-Topic", "Entrevista final - Karla Banegas"),
                     ("Content-Language", "es-US")))
    return message(hs, alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="base64")))


@make.mail(name(16), family="human_prose", lang="es", interview=True, kind="cancelled",
           start="2026-12-04T20:00:00Z", contact="drosales@agroolancho.com", company="Agrocomercial Olancho",
           local="Fri 2026-12-04 14:00", zone=TZ,
           note="Prose cancellation (iso-8859-1, 8bit) sent Mon 30 Nov: 'la entrevista del viernes 4/12 a las 2 de "
                "la tarde' cancelled because the position was frozen, no new time; 14:00 UTC-6 = 20:00Z.")
def p16() -> bytes:
    body = t("""
        Estimada Karla:

        Lamento informarle que la entrevista del viernes 4/12 a las 2 de la tarde queda
        cancelada. La gerencia decidió congelar la plaza de Analista de Compras hasta el
        próximo año fiscal.

        Guardaremos su expediente y, si la plaza se reabre en enero, la contactaremos
        nuevamente. Le agradezco mucho su tiempo y su interés.

        Cordialmente,

        Daniela Rosales
        Jefa de Talento Humano
        Agrocomercial Olancho
        Tegucigalpa, M.D.C.
        """)
    hs = head(addr("Daniela Rosales", "drosales@agroolancho.com"), "Cancelación de entrevista",
              "2026-11-30 15:40", "<3e9b61f2a4c07d5e@agroolancho.com>", hop="correo.agroolancho.com",
              ident="9Ab6Ue", charset="iso-8859-1", extra=(("User-Agent", "Roundcube Webmail/1.6.9"),))
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@make.mail(name(17), family="teamtailor", lang="es", interview=True, kind="scheduled",
           start="2026-11-19T15:00:00Z", end="2026-11-19T15:45:00Z", contact="andrea.flores@cumbredigital.com",
           company="Cumbre Digital Logistics", local="Thu 2026-11-19 09:00", local_end="2026-11-19 09:45",
           zone="America/El_Salvador",
           note="Teamtailor HTML-only (QP) from San Salvador: jueves 19 nov 09:00-09:45 hora de El Salvador "
                "(UTC-6) = 15:00Z-15:45Z. Contact = recruiter Reply-To.")
def p17() -> bytes:
    page = t("""
        <!doctype html>
        <html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="background:#f5f5f7;margin:0;padding:24px 0">
        <div style="max-width:520px;margin:0 auto;background:#fff;border-radius:12px;padding:32px;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;color:#18181b;font-size:15px;line-height:1.5">
        <img src="https://assets.teamtailor-cdn.com/cumbre/logo.png" alt="Cumbre Digital Logistics" height="32">
        <h1 style="font-size:20px">¡Hola Karla!</h1>
        <p>Gracias por aceptar nuestra invitación. Tu entrevista para <strong>Especialista en Torre de Control (remoto)</strong> quedó agendada:</p>
        <div style="background:#f4f4f5;border-radius:8px;padding:16px">
        📅 jueves, 19 de noviembre de 2026<br>
        🕘 09:00 – 09:45 (CST, San Salvador)<br>
        📍 Google Meet: <a href="https://meet.google.com/oax-vrwe-jqd">meet.google.com/oax-vrwe-jqd</a>
        </div>
        <p>Te acompañarán Andrea Flores (People) y Julián Portillo (Head of Operations).</p>
        <p>¿Necesitás cambiar algo? Respondé a este correo.</p>
        <p>¡Nos vemos pronto!<br>Andrea<br>Cumbre Digital Logistics</p>
        <p style="font-size:12px;color:#71717a">Enviado con Teamtailor &middot; <a href="https://cumbredigital.teamtailor.com/connect/unsubscribe">Gestionar mis datos</a></p>
        </div>
        </body></html>
        """)
    hs = head(addr("Andrea Flores via Cumbre Digital Logistics", "no-reply@teamtailor-mail.com"),
              "Entrevista confirmada: Especialista en Torre de Control (remoto)", "2026-11-12 17:05",
              "<6e3a1b0f-cumbre-interview-88213@teamtailor-mail.com>", zone="America/El_Salvador",
              hop="m241-17.teamtailor-mail.com", ident="4Bx7Pn",
              extra=(("Reply-To", "Andrea Flores <andrea.flores@cumbredigital.com>"),))
    return message(hs, html(page))


@make.mail(name(18), family="personio", lang="es", interview=True, kind="scheduled",
           start="2026-11-09T15:00:00Z", end="2026-11-09T16:00:00Z", contact="marta.quiroga@nordikasupply.es",
           company="Nórdika Supply", local="Mon 2026-11-09 16:00", local_end="2026-11-09 17:00",
           zone="Europe/Madrid",
           note="Personio invitation from Madrid sent Tue 3 Nov: lunes 9 nov 16:00-17:00 hora de Madrid, CET "
                "(UTC+1, Europe left summer time on 25 Oct) = 15:00Z-16:00Z = 09:00 in Honduras as the mail says. "
                "Sender is no-reply; contact = recruiter's address in the body.")
def p18() -> bytes:
    body = t("""
        Hola Karla:

        Gracias por tu candidatura a Analista de Planificación de Suministro (remoto LATAM).
        Nos gustaría conocerte en una entrevista por vídeo:

        Fecha: lunes, 9 de noviembre de 2026
        Hora: de 16:00 a 17:00 (hora peninsular española, CET)
              - las 9:00 de la mañana en Honduras
        Enlace: https://nordikasupply.whereby.com/entrevistas
        Entrevistadoras: Marta Quiroga (Talento) y Elena Beitia (Directora de Operaciones)

        Si tienes cualquier duda, responde a marta.quiroga@nordikasupply.es.

        Un saludo,
        El equipo de Nórdika Supply S.L.

        Este correo se ha enviado a través de Personio.
        """)
    page = "<html><body style=\"font-family:Arial\">" + "".join(
        "<p>" + para.replace("\n", "<br>") + "</p>" for para in body.split("\n\n")) + "</body></html>\n"
    hs = head(addr("Nórdika Supply S.L.", "noreply@personio.de"),
              "Invitación a entrevista - Analista de Planificación de Suministro", "2026-11-03 18:12",
              "<personio.5c21f0e9.interview.773104@personio.de>", zone="Europe/Madrid",
              hop="mail-eu-central-1.personio.de", ident="8Nc2Tg")
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@make.mail(name(19), family="zoom", lang="en", interview=True, kind="scheduled",
           start="2026-12-08T21:30:00Z", end="2026-12-08T22:15:00Z", contact="nadia.brooks@keystoneimport.com",
           company="Keystone Import Group", local="Tue 2026-12-08 16:30", local_end="2026-12-08 17:15",
           zone="America/New_York",
           note="Recruiter prose with a pasted Zoom invitation, sent Thu 3 Dec: Tue 8 Dec 4:30 PM ET for 45 minutes "
                "(EST, UTC-5) = 21:30Z-22:15Z, '3:30 PM your time' agrees.")
def p19() -> bytes:
    body = t("""
        Hi Karla,

        Great news - Alan would like to meet you for the second round. I've booked you for
        Tuesday, Dec 8 at 4:30 PM ET (3:30 PM your time in Honduras) for 45 minutes. It
        will be Alan Price (VP Supply Chain) and me. Zoom details below.

        Talk soon,
        Nadia

        --
        Nadia Brooks | Talent Acquisition
        Keystone Import Group | Atlanta, GA
        nadia.brooks@keystoneimport.com

        Nadia Brooks is inviting you to a scheduled Zoom meeting.

        Topic: Keystone Import - Karla Banegas / Alan Price
        Time: Dec 8, 2026 04:30 PM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://keystoneimport.zoom.us/j/92157730418?pwd=aWJ0RzRxUkxrbEd5

        Meeting ID: 921 5773 0418
        Passcode: 660214

        ---

        One tap mobile
        +13092053325,,92157730418#,,,,*660214# US
        """)
    hs = head("Nadia Brooks <nadia.brooks@keystoneimport.com>", "Second round - Tuesday 12/8",
              "2026-12-03 14:10", "<CAJm4r0xZ1b7Q8a2vPpQyE6GkTn3w@mail.gmail.com>", zone="America/New_York",
              hop="mail-yw1-f171.google.com", ident="2Rk8Jm")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(name(20), family="icims", lang="en", interview=True, kind="scheduled",
           start="2026-10-15T00:30:00Z", end="2026-10-15T01:00:00Z",
           contact="kevin.ostrander@sierravistaproduce.com", company="Sierra Vista Produce",
           local="Wed 2026-10-14 17:30", local_end="2026-10-14 18:00", zone="America/Los_Angeles",
           note="iCIMS confirmation sent Thu 8 Oct: Wed 14 Oct 5:30-6:00 PM Pacific (PDT, UTC-7) = 00:30Z-01:00Z "
                "on Thu 15 Oct: the local date is the day before the UTC date (6:30 PM in Honduras). Contact = "
                "coordinator's address in the body.")
def p20() -> bytes:
    body = t("""
        Dear Karla,

        Thank you for your interest in the Supply Planning Analyst (Remote - LATAM) position
        at Sierra Vista Produce. We are pleased to confirm your phone interview.

        Date: Wednesday, October 14, 2026
        Time: 5:30 PM - 6:00 PM Pacific Time (PT)
        Format: Phone - the interviewer will call you at +504 9xxx-xx12
        Interviewer: Laura Kim, Supply Planning Manager

        We know this is late in the afternoon for Central America; thank you for your
        flexibility.

        Should you have any questions, please contact your Recruiting Coordinator,
        Kevin Ostrander, at kevin.ostrander@sierravistaproduce.com.

        Sincerely,
        Sierra Vista Produce Talent Acquisition

        This email was sent from an unmonitored mailbox. Please do not reply.
        """)
    page = t("""
        <html><head><style>td{font-family:Arial;font-size:13px}</style></head><body>
        <table width="640" align="center"><tr><td>
        <p>Dear Karla,</p>
        <p>Thank you for your interest in the Supply Planning Analyst (Remote - LATAM) position at Sierra Vista Produce.
        We are pleased to confirm your phone interview.</p>
        <p><b>Date:</b> Wednesday, October 14, 2026<br><b>Time:</b> 5:30 PM - 6:00 PM Pacific Time (PT)<br>
        <b>Format:</b> Phone - the interviewer will call you at +504 9xxx-xx12<br>
        <b>Interviewer:</b> Laura Kim, Supply Planning Manager</p>
        <p>We know this is late in the afternoon for Central America; thank you for your flexibility.</p>
        <p>Should you have any questions, please contact your Recruiting Coordinator, Kevin Ostrander, at
        <a href="mailto:kevin.ostrander@sierravistaproduce.com">kevin.ostrander@sierravistaproduce.com</a>.</p>
        <p>Sincerely,<br>Sierra Vista Produce Talent Acquisition</p>
        <p style="font-size:10px;color:#888">This email was sent from an unmonitored mailbox. Please do not reply.</p>
        </td></tr></table></body></html>
        """)
    hs = head("Sierra Vista Produce <sierravistaproduce@talent.icims.com>",
              "Interview Confirmation - Supply Planning Analyst (Remote - LATAM) - Req 2026-4471",
              "2026-10-08 15:22", "<1491027781.3310.1791577320441.JavaMail.icims@talent.icims.com>",
              zone="America/Los_Angeles", hop="mta3.talent.icims.com", ident="5Lp1Vd")
    return message(hs, alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


@make.mail(name(21), family="microsoft_bookings", lang="es", interview=True, kind="scheduled",
           start="2026-10-23T16:00:00Z", end="2026-10-23T16:45:00Z", contact=None,
           company="Consultores Logísticos Lempira", local="Fri 2026-10-23 10:00", local_end="2026-10-23 10:45",
           zone=TZ,
           note="Microsoft Bookings confirmation (HTML only) from the shared Bookings mailbox: viernes 23 oct "
                "10:00 a. m. (UTC-06:00) Centroamérica, 45 minutos = 16:00Z-16:45Z. Staff named without an "
                "address: contact null.")
def p21() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Calibri,sans-serif;font-size:14px;color:#323130">
        <div style="font-size:20px;font-weight:600;padding-bottom:12px">Su reserva está confirmada</div>
        <div>Hola Karla Banegas:</div>
        <div>Gracias por reservar con Consultores Logísticos Lempira.</div>
        <table style="margin-top:16px;border-left:4px solid #0078d4;padding-left:12px">
        <tr><td style="color:#605e5c">Servicio</td><td>Entrevista inicial - Consultor Jr. de Logística</td></tr>
        <tr><td style="color:#605e5c">Fecha y hora</td><td>viernes, 23 de octubre de 2026 10:00 a. m. (UTC-06:00) Centroamérica</td></tr>
        <tr><td style="color:#605e5c">Duración</td><td>45 minutos</td></tr>
        <tr><td style="color:#605e5c">Personal</td><td>Julio Zelaya</td></tr>
        <tr><td style="color:#605e5c">Ubicación</td><td>Reunión en línea - el vínculo de Microsoft Teams se incluye abajo</td></tr>
        </table>
        <div style="margin-top:16px"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZTc">Unirse a la reunión de Teams</a></div>
        <div style="margin-top:16px"><a href="https://outlook.office365.com/owa/calendar/ConsultoresLempira@consultoreslempira.onmicrosoft.com/bookings/s/manage">Administrar reserva</a></div>
        <div style="margin-top:24px;font-size:12px;color:#a19f9d">Con la tecnología de Microsoft Bookings</div>
        </div></body></html>
        """)
    hs = head("Entrevistas CLL <EntrevistasCLL@consultoreslempira.onmicrosoft.com>",
              "Reserva confirmada con Consultores Logísticos Lempira", "2026-10-16 10:44",
              "<DM6PR19MB4120F3E7AC81B5D2@DM6PR19MB4120.namprd19.prod.outlook.com>",
              hop="mail-dm6nam19on2092.outbound.protection.outlook.com", ident="6Qw3Ex")
    return message(hs, html(page, cte="base64"))


@make.mail(name(22), family="google_calendar", lang="es", interview=True, kind="scheduled",
           start="2026-11-23T16:30:00Z", contact="iris.maradiaga@empacadorasj.com",
           company="Empacadora San Jerónimo", local="Mon 2026-11-23 10:30", zone=TZ,
           note="Google Calendar all-day event on lun 23 nov (DTSTART;VALUE=DATE); the time is only in the title "
                "and description: 10:30 a. m. San Pedro Sula (UTC-6) = 16:30Z. Contact = organizer.")
def p22() -> bytes:
    body = t("""
        Has recibido una invitación a este evento.

        Entrevista Karla Banegas 10:30 am - planta Búfalo
        lunes, 23 de noviembre de 2026

        Karla: la entrevista con el gerente de planta es a las 10:30 a. m. Presentate en
        garita 10 minutos antes con tu DNI. Parqueo de visitas a la izquierda. - Iris

        Ubicación
        Empacadora San Jerónimo, carretera a La Lima km 9, Villanueva
        https://www.google.com/maps/search/Empacadora+San+Jer%C3%B3nimo

        Organizador
        Iris Maradiaga
        iris.maradiaga@empacadorasj.com

        Invitados
        Iris Maradiaga - organizador
        karla.banegas@example.org

        Responder para karla.banegas@example.org: Sí / No / Quizás
        https://calendar.google.com/calendar/event?action=RESPOND&eid=MmZ0cTRrZ

        Invitación de Google Calendar https://calendar.google.com/calendar/
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20261123
        DTEND;VALUE=DATE:20261124
        DTSTAMP:20261117T183012Z
        ORGANIZER;CN=Iris Maradiaga:mailto:iris.maradiaga@empacadorasj.com
        UID:2ftq4k9b1m7s0v3c6e8h5j2ngd@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=karla.banegas@example.org;X-NUM-GUESTS=0:mailto:karla.banegas@example.org
        CREATED:20261117T182945Z
        DESCRIPTION:Karla: la entrevista con el gerente de planta es a las 10:30 a. m. Presentate en garita 10 minutos antes con tu DNI.
        LAST-MODIFIED:20261117T183012Z
        LOCATION:Empacadora San Jerónimo\\, carretera a La Lima km 9\\, Villanueva
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista Karla Banegas 10:30 am - planta Búfalo
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Iris Maradiaga <iris.maradiaga@empacadorasj.com>",
              "Invitación: Entrevista Karla Banegas 10:30 am - planta Búfalo @ lun 23 nov 2026 "
              "(karla.banegas@example.org)", "2026-11-17 12:30",
              "<calendar-a81d2c6e-3f59-4b07-8e1a-c4d7b2f90e65@google.com>", hop="mail-sor-f72.google.com",
              ident="1Hy5Gs", extra=(("Reply-To", "Iris Maradiaga <iris.maradiaga@empacadorasj.com>"),
                                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
                             calendar(ics, method=None, ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(name(23), family="forward_to_self", lang="es", interview=True, kind="scheduled",
           start="2026-11-30T21:00:00Z", contact="mauricio.lanza@puertomaya.com", company="Navieras Puerto Maya",
           local="Mon 2026-11-30 15:00", zone=TZ,
           note="Karla forwards (message/rfc822) from her personal example.net address a confirmation: 'lun. 30 de "
                "noviembre a las 3 de la tarde' Tegucigalpa (UTC-6) = 21:00Z. Contact = the human sender of the "
                "forwarded mail, never the candidate's own addresses.")
def p23() -> bytes:
    inner_body = t("""
        Buenas tardes Karla,

        Un gusto saludarla. Tal como conversamos por teléfono, le confirmo su entrevista con
        la gerencia de operaciones portuarias:

        Confirmado: lun. 30 de noviembre a las 3 de la tarde
        Lugar: Navieras Puerto Maya, Boulevard Morazán, Torre Alianza II, nivel 8, Tegucigalpa

        Pregunte por mí en recepción. Si su bus desde San Pedro viene atrasado, me
        escribe por WhatsApp al 3345-0000.

        Saludos cordiales,

        Mauricio Lanza
        Coordinador de Reclutamiento
        Navieras Puerto Maya
        """)
    inner = message([
        ("From", addr("Mauricio Lanza", "mauricio.lanza@puertomaya.com")),
        ("To", "Karla Banegas <karla.banegas@example.net>"),
        ("Subject", enc("Confirmación entrevista - Navieras Puerto Maya")),
        ("Date", date("2026-11-25 16:02", TZ)),
        ("Message-ID", "<0b7a5e1f93c2d840@puertomaya.com>"),
    ], text(inner_body, charset="iso-8859-15", cte="quoted-printable"))
    body = t("""
        para tenerlo en el correo de la búsqueda

        --
        Enviado desde mi teléfono
        """)
    hs = head("Karla Banegas <karla.banegas@example.net>", "Fwd: Confirmación entrevista - Navieras Puerto Maya",
              "2026-11-25 21:10", "<9d41c2e7-b05a-4f1e-8c33-6a2e7f0d1b58@example.net>", hop="smtp.example.net",
              ident="7Vf4Kp", to="karla.banegas@example.org")
    return message(hs, mixed(text(body, cte="8bit"), attached_message(inner, "Confirmacion entrevista.eml")))


# =========================================================================== negatives


@make.mail(name(24), family="rejection", lang="es", interview=False, company="Agroindustrial Copán",
           days=(("Tue", "2026-09-22"),),
           note="Taleo rejection after an interview (martes 22 de septiembre, in the past); no upcoming time.")
def n24() -> bytes:
    body = t("""
        Estimada Karla Banegas:

        Gracias por el tiempo dedicado al proceso de selección para la posición
        Jefe(a) de Logística de Exportación (Req. 26000389), y por la entrevista que
        sostuvo con nuestro equipo el martes 22 de septiembre.

        Después de una cuidadosa evaluación, hemos decidido continuar el proceso con otros
        candidatos cuyo perfil se ajusta más a las necesidades actuales del puesto.

        Su información permanecerá en nuestra base de datos y podrá ser considerada para
        futuras oportunidades.

        Le deseamos éxito en su búsqueda.

        Atentamente,
        Gestión del Talento
        Agroindustrial Copán

        Este es un mensaje automático, por favor no responda.
        """)
    hs = head(addr("Agroindustrial Copán", "agrocopan@taleo.net"),
              "Agroindustrial Copán - Actualización de su solicitud", "2026-09-29 13:02",
              "<1835220417.62231.1790708520031.JavaMail.taleo@tbe.taleo.net>", hop="tbe.taleo.net",
              ident="8Uw2Fa")
    return message(hs, alt(text(body, charset="iso-8859-1"), html(gmail_html(body), charset="iso-8859-1")))


@make.mail(name(25), family="offer", lang="en", interview=False, company="Coralline Freight",
           days=(("Mon", "2026-12-07"), ("Fri", "2026-11-20")),
           note="Offer from the company of the 3 Nov interview: start date Mon 7 Dec, sign by Fri 20 Nov; "
                "a benefits call is only offered ('I'll send a few times'). Not an interview.")
def n25() -> bytes:
    body = t("""
        Hi Karla,

        It was a pleasure getting to know you over the past few weeks. On behalf of the whole
        team, I'm delighted to offer you the position of Supply Chain Analyst (LATAM Lanes)
        at Coralline Freight!

        Your offer letter is attached and ready for e-signature in DocuSign. A few highlights:
          - Start date: Monday, December 7, 2026 (remote from San Pedro Sula)
          - Reporting to: Tom Vasquez, Director of Ocean Operations
          - Please sign by Friday, November 20

        I'd also love to walk you through the benefits package on a quick 15-minute call -
        I'll send over a few times that work on our side.

        Congratulations again!
        Dana

        Dana Whitlock
        Senior Recruiter | Coralline Freight
        """)
    hs = head("Dana Whitlock <dana.whitlock@corallinefreight.com>",
              "Offer - Supply Chain Analyst (LATAM Lanes) - Coralline Freight", "2026-11-13 15:48",
              "<CAPk2n7wXf0Lm3R8aJ1eQ9uYsVd4@mail.gmail.com>", zone="America/New_York",
              hop="mail-qt1-f178.google.com", ident="3Zq9Cy")
    pdf = make.Part([("Content-Type", 'application/pdf; name="Offer_Letter_Karla_Banegas.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Offer_Letter_Karla_Banegas.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    b"JVBERi0xLjcKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\r\n"
                    b"YmoKdHJhaWxlcgo8PC9Sb290IDEgMCBSPj4KJSVFT0YK\r\n")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), pdf))


@make.mail(name(26), family="application_receipt", lang="es", interview=False,
           company="Bebidas Caribeñas del Norte",
           note="JOIN application receipt; says an interview may follow, no time fixed.")
def n26() -> bytes:
    body = t("""
        Hola Karla,

        ¡Gracias por tu candidatura para el puesto de Analista de Demanda (San Pedro Sula)!

        Hemos recibido tus documentos correctamente. Nuestro equipo revisará tu perfil en
        los próximos días. Si encaja con lo que buscamos, te contactaremos para agendar una
        primera entrevista.

        Mientras tanto, puedes consultar el estado de tu candidatura aquí:
        https://join.com/candidates/applications/9183345

        Saludos,
        El equipo de Bebidas Caribeñas del Norte

        Enviado con JOIN - join.com
        """)
    hs = head(addr("Bebidas Caribeñas del Norte", "noreply@join.com"),
              "Tu candidatura: Analista de Demanda (San Pedro Sula)", "2026-09-08 19:33",
              "<01070194b2e3a6f1-join-application-9183345@email.join.com>", zone="Europe/Berlin",
              hop="e241-3.smtp-out.eu-central-1.amazonses.com", ident="4Gd7Qa")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(name(27), family="job_alert", lang="es", interview=False, company=None,
           note="Job-board alert with 'entrevistas inmediatas' in a posting; no interview for the user.")
def n27() -> bytes:
    body = t("""
        Hola Karla, tenemos 5 nuevos empleos para "analista cadena de suministro" en
        San Pedro Sula, Cortés.

        1. Analista de Inventarios - Maquila del Norte - Choloma
           L. 22,000 - 26,000 | Publicado hoy
        2. Planificador(a) de Demanda - Grupo Cafetalero Lenca - San Pedro Sula
           Publicado hace 1 día
        3. Coordinador(a) de Importaciones - Distribuidora Merendón - San Pedro Sula
           ¡Entrevistas inmediatas! Publicado hace 2 días
        4. Analista de Compras Jr. - Plásticos del Valle - Villanueva
           Publicado hace 3 días
        5. Supply Chain Analyst (bilingüe) - Nearshore Hub Honduras - remoto
           Publicado hace 3 días

        Ver todos: https://www.empleoscatracho.hn/alertas/7731

        Recibís este correo porque creaste una alerta en EmpleosCatracho.
        Darte de baja: https://www.empleoscatracho.hn/alertas/baja?u=7731
        """)
    hs = head("EmpleosCatracho <alertas@empleoscatracho.hn>",
              "5 nuevos empleos: analista cadena de suministro en San Pedro Sula", "2026-10-06 06:00",
              "<alert-7731-20261006@empleoscatracho.hn>", hop="mail.empleoscatracho.hn", ident="2Xs8Lm",
              extra=(("List-Unsubscribe", "<https://www.empleoscatracho.hn/alertas/baja?u=7731>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(name(28), family="newsletter_tips", lang="en", interview=False, company=None,
           note="Substack-style newsletter about case interviews; the sample confirmation quoted in it "
                "('Interview: Thursday at 2 PM') is an example, not the user's.")
def n28() -> bytes:
    body = t("""
        THE OPS LADDER - Issue #58

        How to own the first 10 minutes of a supply chain case interview

        Most candidates lose the case in the first ten minutes, not the last. This week:
        the clarifying questions that signal seniority, how to sketch a network on a
        whiteboard, and what to do when the interviewer throws a port strike at you.

        A reader sent us the confirmation she got last month - "Interview: Thursday at
        2 PM, 60 minutes, case + behavioral" - and asked how to split the hour. Our answer:
        15 minutes of structure, 30 of analysis, 15 of recommendation and questions.

        Three questions to ask at the end:
          1. What does a great first 90 days look like in this role?
          2. Which KPI would you fix first if you could?
          3. How does planning work with procurement here?

        Read the full post: https://opsladder.substack.com/p/first-ten-minutes

        You're receiving this because you subscribed to The Ops Ladder.
        Unsubscribe https://opsladder.substack.com/action/disable_email
        """)
    hs = head("The Ops Ladder <opsladder@substack.com>",
              "How to own the first 10 minutes of a supply chain case interview", "2026-10-22 07:30",
              "<20261022133004.3.a7e1d9c4@substack.com>", zone="America/Chicago", hop="mail.substack.com",
              ident="9Fe3Hb",
              extra=(("List-Unsubscribe", "<https://opsladder.substack.com/action/disable_email>"),
                     ("List-Id", "<opsladder.substack.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(name(29), family="self_schedule_link", lang="en", interview=False, company="Harborlight Analytics",
           note="Ashby availability request for the final round after the 15 Oct interview: the candidate is "
                "asked to pick slots; nothing is fixed yet.")
def n29() -> bytes:
    body = t("""
        Hi Karla,

        Great news - the team would love to move you forward to the final round for
        Supply Chain Data Analyst!

        The final round is four 45-minute conversations (Network Planning, Analytics,
        Procurement and a values interview). Please share your availability for the next
        two weeks using the link below; times are shown in your local time zone.

        Share your availability: https://app.ashbyhq.com/availability/5d3c1e9b-77aa-4b0f

        Once we receive your availability, we'll send a calendar invitation.

        Best,
        Priya Natarajan
        Harborlight Analytics Recruiting
        """)
    hs = head("Harborlight Analytics <no-reply@ashbyhq.com>",
              "Next steps: please share your availability - Harborlight Analytics", "2026-10-20 12:15",
              "<0100019aa40b5c71-2d7e4f90-6a13-4b8e-9c27-f8e1d0a5c633-000000@email.amazonses.com>",
              zone="America/New_York", hop="a8-47.smtp-out.amazonses.com", ident="1Ws6Nd",
              extra=(("Reply-To", "Priya Natarajan <priya.natarajan@harborlight.io>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(name(30), family="recruiter_outreach", lang="es", interview=False,
           company="Grupo Industrial Merendón",
           note="Recruiter outreach asking for 20 minutes 'esta semana o la próxima'; no time fixed.")
def n30() -> bytes:
    body = t("""
        Buenas tardes Karla,

        Mi nombre es Fernanda Castellanos, reclutadora de Grupo Industrial Merendón. Vi tu
        perfil en LinkedIn y tu experiencia en planificación de inventarios me pareció muy
        interesante para una posición de Coordinadora de Cadena de Suministro que estamos
        abriendo en nuestra planta de San Pedro Sula.

        ¿Tendrías unos 20 minutos esta semana o la próxima para platicar por teléfono o
        Teams? Mandame tus horarios disponibles y lo coordinamos.

        Saludos,
        Fernanda Castellanos
        Talent Acquisition | Grupo Industrial Merendón
        """)
    hs = head(addr("Fernanda Castellanos", "fcastellanos@merendon-group.com"),
              "Oportunidad - Coordinadora de Cadena de Suministro", "2026-09-22 14:55",
              "<PH0PR12MB5441C2E9D7A3F0B1@PH0PR12MB5441.namprd12.prod.outlook.com>",
              hop="mail-ph0nam12on2110.outbound.protection.outlook.com", ident="5Rt1Ze")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(name(31), family="proposed_times", lang="es", interview=False, company="Distribuidora Ceiba",
           days=(("Tue", "2026-12-08"), ("Wed", "2026-12-09")),
           note="Recruiter proposes two slots (martes 8/12 10:00 or miércoles 9/12 15:00) and waits for the "
                "candidate's choice: not confirmed.")
def n31() -> bytes:
    body = t("""
        Estimada Karla:

        Muchas gracias por su interés en la plaza de Analista de Logística Inversa. La
        gerencia quisiera entrevistarla la próxima semana. ¿Le queda bien el martes 8/12 a
        las 10 de la mañana, o prefiere el miércoles 9/12 a las 3 de la tarde?

        Quedo atenta a su confirmación para enviarle la dirección y el nombre de las
        personas que la atenderán.

        Saludos cordiales,

        Gloria Henríquez
        Reclutamiento | Distribuidora Ceiba
        Tel. 2440-0000
        """)
    hs = head(addr("Gloria Henríquez", "ghenriquez@distribuidoraceiba.com"), "Entrevista - disponibilidad",
              "2026-12-03 11:20", "<5f0c2e8a71b3d946.gloria@distribuidoraceiba.com>",
              hop="mail.distribuidoraceiba.com", ident="3Pl9Ob", extra=(("X-Mailer", "Zimbra 9.0.0_GA_4546"),))
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(name(32), family="non_interview_calendar", lang="es", interview=False, company=None,
           days=(("Thu", "2026-10-01"),),
           note="Clinic appointment reminder with ICS (jueves 1 de octubre 7:40 a. m.): a fixed time, not an "
                "interview.")
def n32() -> bytes:
    body = t("""
        Clínica Médica Las Palmas

        Estimada paciente Karla Banegas:

        Le recordamos su cita:
          Especialidad: Medicina Interna - control anual
          Médico: Dra. Patricia Nolasco
          Fecha: jueves 1 de octubre de 2026
          Hora: 7:40 a. m.
          Lugar: Torre Médica Las Palmas, consultorio 305, Col. Los Andes

        Preséntese 15 minutos antes y en ayunas (8 horas) para los exámenes de laboratorio.
        Para cancelar o cambiar su cita llame al 2550-0000.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Clinica Las Palmas//Citas//ES
        VERSION:2.0
        METHOD:PUBLISH
        """) + VTZ_TEG + "\n" + t("""
        BEGIN:VEVENT
        UID:cita-558210@clinicalaspalmas.hn
        DTSTAMP:20260925T150000Z
        DTSTART;TZID=America/Tegucigalpa:20261001T074000
        DTEND;TZID=America/Tegucigalpa:20261001T082000
        SUMMARY:Cita Medicina Interna - Dra. Nolasco
        LOCATION:Torre Médica Las Palmas\\, consultorio 305
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Clínica Médica Las Palmas", "citas@clinicalaspalmas.hn"), "Recordatorio de cita médica",
              "2026-09-25 09:00", "<cita-558210-rec@clinicalaspalmas.hn>", hop="mail.clinicalaspalmas.hn",
              ident="6Kj2Wq")
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", cte="base64", filename="cita.ics",
                                                  disposition="attachment")))


@make.mail(name(33), family="non_interview_appointment", lang="es", interview=False, company=None,
           days=(("Sat", "2026-10-10"),),
           note="Car-service booking (sábado 10/10 8:00 a. m., servicio de 40,000 km): a fixed time, not an interview.")
def n33() -> bytes:
    body = t("""
        Estimada Sra. Karla Banegas,

        Su cita de servicio ha sido agendada:

        Vehículo: Toyota Yaris 2019 - placa HCB 4417
        Servicio: Mantenimiento de 40,000 km + alineación y balanceo
        Fecha: sábado 10/10/2026
        Hora de recepción: 8:00 a. m.
        Asesor de servicio: Kevin Rápalo

        Tiempo estimado de entrega: 4 horas. Contamos con sala de espera con wifi.

        Sula Motors - Taller Automotriz
        Bulevar del Sur, San Pedro Sula
        """)
    hs = head("Sula Motors Servicio <servicio@sulamotors.hn>", "Confirmación de cita de servicio #SM-20931",
              "2026-10-06 17:25", "<sm20931.1791417900@sulamotors.hn>", hop="mail.sulamotors.hn", ident="0Tn4Yv")
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@make.mail(name(34), family="job_centre", lang="es", interview=False, company=None,
           days=(("Tue", "2026-10-06"),),
           note="Municipal employment office: 'entrevista de orientación laboral' on martes 6 de octubre 9:00 a. m. "
                "A fixed time called an interview, but an unemployment-office appointment, not a job interview.")
def n34() -> bytes:
    body = t("""
        Municipalidad de San Pedro Sula
        Oficina Municipal de Empleo - Ventanilla de Intermediación Laboral

        Estimada Karla Banegas:

        Su registro en la bolsa de empleo municipal fue recibido. Le hemos asignado una
        cita para la entrevista de orientación laboral y levantamiento de perfil
        ocupacional:

          Fecha: martes 6 de octubre de 2026
          Hora: 9:00 a. m.
          Lugar: Palacio Municipal, 2.º piso, ventanilla 4
          Orientadora: Lic. Yolany Cruz

        Traer: DNI original, currículum impreso y copia de títulos.

        Esta cita no tiene costo. Si no puede asistir, responda a este correo para
        asignarle otra fecha.

        Oficina Municipal de Empleo
        """)
    hs = head(addr("Oficina Municipal de Empleo SPS", "empleo@sanpedrosula-muni.hn"),
              "Cita asignada - entrevista de orientación laboral", "2026-10-02 10:10",
              "<20261002161002.22719@sanpedrosula-muni.hn>", hop="correo.sanpedrosula-muni.hn", ident="4Em8Ju")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(name(35), family="press_interview", lang="es", interview=False, company=None,
           days=(("Wed", "2026-10-14"),),
           note="A reporter confirms a phone interview with the user for an article (miércoles 14/10, 4 de la "
                "tarde): confirmed time, but press, not a job interview.")
def n35() -> bytes:
    body = t("""
        Hola Karla, buenas tardes.

        Mil gracias por aceptar. Te confirmo la entrevista para el reportaje sobre los
        atrasos en Puerto Cortés y cómo los están manejando las empresas de la zona: el
        miércoles 14/10 a las 4 de la tarde, por teléfono (te llamo al número que me
        pasaste). Son unos 20 minutos. Si preferís no salir con tu nombre completo, me
        decís y te cito como "analista de una empresa exportadora".

        Saludos,
        Rosa Cardona
        Periodista - sección Economía
        Diario El Ulúa
        """)
    hs = head(addr("Rosa Cardona", "rcardona@diarioelulua.hn"), "Re: Entrevista para reportaje - Puerto Cortés",
              "2026-10-12 15:35", "<CAN7q0mVxK2c9d1rWf3H@mail.gmail.com>", hop="mail-lf1-f44.google.com",
              ident="7Ss3Dn", extra=(("In-Reply-To", "<e1c5b0a2-karla@example.org>"),))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@make.mail(name(36), family="podcast", lang="es", interview=False, company=None,
           days=(("Thu", "2026-11-05"),),
           note="Podcast recording confirmed for jueves 5 de noviembre 6:00 p. m.: a fixed time, the user is the "
                "guest, not a job candidate.")
def n36() -> bytes:
    body = t("""
        ¡Hola Karla!

        Qué alegría tenerte como invitada en Cadena de Valor, el pódcast de logística
        centroamericana. Te confirmo la grabación del episodio "Inventarios en tiempos de
        disrupción":

          Jueves 5 de noviembre, 6:00 p. m. (hora de Honduras)
          Estudio virtual: https://riverside.fm/studio/cadena-de-valor
          Duración de la grabación: 50 minutos aprox.

        Te recomiendo audífonos con micrófono y un cuarto sin eco. Te mando las preguntas
        guía el lunes.

        Un abrazo,
        Ricardo Benítez
        Host - Cadena de Valor
        """)
    hs = head(addr("Ricardo Benítez", "ricardo@cadenadevalorpodcast.com"),
              "Grabación confirmada - Cadena de Valor (episodio 41)", "2026-10-29 20:12",
              "<9a7b3c1d-podcast-41@cadenadevalorpodcast.com>", hop="smtp.zoho.com", ident="2Ab5Cf")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(name(37), family="admission_interview", lang="es", interview=False, company=None,
           days=(("Sat", "2026-10-24"),),
           note="Executive MBA admission interview (sábado 24 de octubre 9:00 a. m.): confirmed time, but a "
                "school admission, not a job interview.")
def n37() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;color:#1d2b4f">
        <p><img src="https://www.eni-istmo.edu/img/logo-eni.png" alt="ENI - Escuela de Negocios del Istmo" width="180"></p>
        <p>Estimada Karla:</p>
        <p>Su expediente para el <b>MBA Ejecutivo - cohorte 2027</b> está completo. Le confirmamos su
        <b>entrevista de admisión</b> con el comité académico:</p>
        <ul>
        <li><b>Fecha:</b> sábado 24 de octubre de 2026</li>
        <li><b>Hora:</b> 9:00 a.&nbsp;m.</li>
        <li><b>Lugar:</b> Campus San Pedro Sula, edificio B, sala de juntas 2</li>
        <li><b>Entrevistador:</b> Dr. Alfredo Membreño, director del programa</li>
        </ul>
        <p>Traiga su ensayo de motivación impreso. La prueba de admisión (GMAT interno) se aplicará el mismo día a las 10:30 a.&nbsp;m.</p>
        <p>Atentamente,<br>Oficina de Admisiones<br>Escuela de Negocios del Istmo</p>
        </body></html>
        """)
    hs = head(addr("Admisiones ENI", "admisiones@eni-istmo.edu"), "Entrevista de admisión - MBA Ejecutivo 2027",
              "2026-10-16 12:00", "<adm-2027-0412@eni-istmo.edu>", hop="mail.eni-istmo.edu", ident="5Hp7Gt")
    return message(hs, html(page, cte="base64"))


@make.mail(name(38), family="sports_tryout", lang="es", interview=False, company=None,
           days=(("Sat", "2026-09-12"),),
           note="Volleyball club try-out (sábado 12 de septiembre 7:00 a. m.): a fixed time, not an interview.")
def n38() -> bytes:
    body = t("""
        Hola a todas,

        Confirmamos las pruebas para el equipo máster femenino de cara al torneo
        regional de noviembre:

        Sábado 12 de septiembre, 7:00 a. m. en punto
        Gimnasio del Complejo Olímpico, cancha 2

        Traigan rodilleras, agua y ropa deportiva. Las que queden seleccionadas entrenan
        martes y jueves de 6 a 8 p. m.

        ¡Las esperamos!
        Coach Mirna Sabillón
        Club Voleibol Sula
        """)
    hs = head("Club Voleibol Sula <clubvoleibolsula@gmail.com>", "Pruebas equipo máster femenino - sábado",
              "2026-09-08 19:47", "<CAH5rTq2mB9n0Lx8@mail.gmail.com>", hop="mail-pj1-f52.google.com",
              ident="1Lr4Mi", to="undisclosed-recipients:;")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@make.mail(name(39), family="non_interview_calendar", lang="es", interview=False, company=None,
           days=(("Fri", "2026-11-20"),),
           note="Bank investment-advisor meeting with ICS (viernes 20 de noviembre 11:00 a. m.): not an interview.")
def n39() -> bytes:
    body = t("""
        Estimada Karla:

        Le confirmo nuestra reunión para revisar su plan de ahorro y las opciones de
        certificados de depósito a plazo:

          Viernes 20 de noviembre, 11:00 a. m.
          Agencia Banco del Valle - Multiplaza San Pedro Sula, área de Banca Personal

        Adjunto la invitación para su calendario. Por favor traiga su DNI.

        Saludos cordiales,
        Lesly Bonilla
        Asesora de Inversiones | Banco del Valle de Sula
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + VTZ_TEG + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Lesly Bonilla:mailto:lbonilla@bancodelvallesula.hn
        ATTENDEE;CN=Karla Banegas;RSVP=TRUE:mailto:karla.banegas@example.org
        DTSTART;TZID=America/Tegucigalpa:20261120T110000
        DTEND;TZID=America/Tegucigalpa:20261120T114500
        DTSTAMP:20261116T162000Z
        UID:bvs-asesoria-88412@bancodelvallesula.hn
        SUMMARY:Asesoría de inversiones - Karla Banegas
        LOCATION:Agencia Multiplaza SPS
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Lesly Bonilla", "lbonilla@bancodelvallesula.hn"), "Reunión asesoría de inversiones",
              "2026-11-16 10:20", "<SJ0PR10MB5661B3D1@SJ0PR10MB5661.namprd10.prod.outlook.com>",
              hop="mail-sj0nam10on2131.outbound.protection.outlook.com", ident="8Dq6Ws")
    return message(hs, alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")))


@make.mail(name(40), family="mock_interview", lang="es", interview=False, company=None,
           days=(("Thu", "2026-10-01"),),
           note="Calendly booking with a career coach for a 'simulacro de entrevista' (jueves 1 de octubre 6:00 p. m. "
                "Central America = 00:00Z on 2 Oct): confirmed, but a mock interview.")
def n40() -> bytes:
    body = t("""
        Hola Karla Banegas,

        Se programó un nuevo evento.

        Tipo de evento:
        Simulacro de entrevista por competencias (60 min)

        Invitado:
        Karla Banegas

        Fecha/hora del evento:
        18:00 - 19:00 (Hora de Centroamérica) jueves, 1 de octubre de 2026

        Ubicación:
        Google Meet (el enlace se enviará en la invitación de calendario)

        Anfitriona:
        Lorena Cárcamo - Coach de carrera

        Respuestas del invitado:
        ¿Para qué puesto te estás preparando? Analista de cadena de suministro, empresas
        de EE. UU. con operaciones en Centroamérica.

        ¿Necesitas hacer cambios?
        Cancelar: https://calendly.com/cancellations/0b9e44a1
        Reprogramar: https://calendly.com/reschedulings/0b9e44a1

        Desarrollado por Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261002T000000Z
        DTEND:20261002T010000Z
        DTSTAMP:20260926T204512Z
        ORGANIZER;CN=Lorena Cárcamo:mailto:lorena@carcamocoaching.com
        UID:0b9e44a1-5c3e-4d2f-b8a0-9e71f6d2c4b3@calendly.com
        ATTENDEE;CN=Karla Banegas;PARTSTAT=ACCEPTED:mailto:karla.banegas@example.org
        SUMMARY:Simulacro de entrevista por competencias (60 min) entre Lorena Cárcamo y Karla Banegas
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmado: Simulacro de entrevista por competencias (60 min) con Lorena Cárcamo el jueves, "
              "1 de octubre de 2026", "2026-09-26 14:45", "<20260926204512.1.0b9e44a1@calendly.com>",
              hop="o3.email.calendly.com", ident="6Vb1Ko",
              extra=(("Reply-To", addr("Lorena Cárcamo", "lorena@carcamocoaching.com")),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(name(41), family="proposed_times", lang="en", interview=False, company="Tidewater Distribution",
           note="Recruiter asks 'Would Tuesday at 10 work?' with an alternative: proposed, not confirmed.")
def n41() -> bytes:
    body = t("""
        Hi Karla,

        Thanks for sending over your resume - our Director of Logistics, Sam Whitfield,
        would like to do a 30-minute video call with you next week.

        Would Tuesday at 10 AM Central work for you? If not, Wednesday afternoon is also
        open on his calendar (anytime after 1 PM). Let me know what suits you best and
        I'll send the Teams invite.

        Thanks,
        Heather Quinlan
        Recruiter | Tidewater Distribution
        Houston, TX
        """)
    hs = head("Heather Quinlan <hquinlan@tidewaterdist.com>", "Re: Logistics Analyst - next step",
              "2026-11-19 09:05", "<DS7PR05MB7352E6A2C4F9@DS7PR05MB7352.namprd05.prod.outlook.com>",
              zone="America/Chicago", hop="mail-ds7nam05on2095.outbound.protection.outlook.com", ident="9Ly2Pq",
              extra=(("In-Reply-To", "<b7c3e2d1-karla@example.org>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(name(42), family="forwarded_other", lang="es", interview=False, company=None,
           days=(("Fri", "2026-11-20"),),
           note="A friend forwards HER OWN confirmed interview (Fri 20 Nov 10:00 AM CST) to ask for advice: a "
                "real confirmation, but not the user's interview.")
def n42() -> bytes:
    body = t("""
        Karlaaa!! Mirá, me confirmaron la entrevista con Norte Verde Foods, la que te
        conté. Vos que ya pasaste por varias en inglés, ¿me ayudás a practicar el fin de
        semana? Te reenvío el correo para que veás quiénes me van a entrevistar.

        Te quiero, Ale

        ---------- Forwarded message ---------
        De: Norte Verde Foods <no-reply@us.greenhouse-mail.io>
        Date: lun, 16 nov 2026 a las 10:31
        Subject: Interview Confirmation: Procurement Specialist at Norte Verde Foods
        To: <alejandra.pineda@example.net>

        Hi Alejandra,

        Your interview for the Procurement Specialist role at Norte Verde Foods is
        confirmed.

        When: Friday, November 20, 2026, 10:00 AM - 11:00 AM CST
        Where: Zoom - https://norteverde.zoom.us/j/81120944573
        Interviewers: Craig Olsen, Gina Torres

        Best,
        Norte Verde Foods Recruiting
        """)
    hs = head("Alejandra Pineda <alejandra.pineda@example.net>",
              "Fwd: Interview Confirmation: Procurement Specialist at Norte Verde Foods", "2026-11-16 19:48",
              "<CAB9pQw1Zr3n7TkV@mail.gmail.com>", hop="mail-oi1-f180.google.com", ident="3Cu8Hr")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@make.mail(name(43), family="interviewer_invite", lang="es", interview=False, company=None,
           days=(("Thu", "2026-09-24"),),
           note="At her current job the user is invited to sit on a panel interviewing a candidate (Thu 24 Sep "
                "14:00, ICS in UTC 20:00Z): a confirmed interview, but she is the interviewer.")
def n43() -> bytes:
    body = t("""
        Karla, te agregué al panel para la entrevista del candidato a Asistente de
        Inventarios (Josué Mendoza). Vos le hacés las preguntas técnicas de Kardex y
        conteos cíclicos, yo hago la parte de competencias. Te dejo su CV en la carpeta
        compartida de RR. HH.

        jueves 24 de septiembre · 14:00 – 15:00
        Sala de juntas 2, edificio administrativo

        Wendy
        """)
    ics = gcal_ics("7vc2q1o8hs4k9m0d3g6b5e1tpa", "20260924T200000Z", "20260924T210000Z",
                   "Entrevista candidato - Asistente de Inventarios (Josué Mendoza)",
                   ("Wendy Aguilar", "waguilar@opnorte.hn"), "20260921T152210Z",
                   description="Panel: Wendy Aguilar (RR. HH.), Karla Banegas (Planificación). Candidato: Josué "
                   "Mendoza.")
    hs = head("Wendy Aguilar <waguilar@opnorte.hn>",
              "Invitación: Entrevista candidato - Asistente de Inventarios (Josué Mendoza) @ jue 24 sept 2026 "
              "14:00 - 15:00 (CST) (karla.banegas@example.org)", "2026-09-21 09:22",
              "<calendar-f31c7b2a-9d40-4e6e-b815-2a0c9e7d3f61@google.com>", hop="mail-sor-f41.google.com",
              ident="5Nw2Qe", extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
                             calendar(ics, method=None, ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(name(44), family="school", lang="es", interview=False, company=None,
           days=(("Fri", "2026-11-27"),),
           note="Parent-teacher meeting / report-card day (viernes 27 de noviembre 7:00 a. m.): not an interview.")
def n44() -> bytes:
    body = t("""
        Estimados padres de familia de 3.er grado B:

        Les recordamos la reunión de padres de familia y entrega de boletas del cuarto
        parcial:

        Fecha: viernes 27 de noviembre
        Hora: 7:00 a. m. (puntual)
        Lugar: Salón de usos múltiples

        Al finalizar, cada maestra atenderá entrevistas individuales de 10 minutos con los
        padres que lo soliciten. La asistencia es obligatoria para retirar la boleta.

        Atentamente,
        Miss Carolina Reyes
        Maestra guía 3.º B
        Escuela Bilingüe Los Naranjos
        """)
    hs = head(addr("Escuela Bilingüe Los Naranjos", "avisos@ebnaranjos.edu.hn"),
              "Reunión de padres de familia - entrega de boletas 3.º B", "2026-11-23 13:30",
              "<avisos-3b-20261123@ebnaranjos.edu.hn>", hop="mail.ebnaranjos.edu.hn", ident="0Ry7Fu",
              to="Padres de familia 3B <padres3b@ebnaranjos.edu.hn>")
    return message(hs, text(body, charset="utf-8", cte="base64"))


@make.mail(name(45), family="non_interview_calendar", lang="es", interview=False, company=None,
           days=(("Fri", "2026-12-11"),),
           note="Team Christmas dinner at the current job (viernes 11 de diciembre 7:00 p. m.), Exchange ICS: "
                "not an interview.")
def n45() -> bytes:
    body = t("""
        Equipo,

        Ya reservamos para la cena navideña del departamento de Logística: viernes 11 de
        diciembre a las 7:00 p. m. en el restaurante El Fogón del Valle. Intercambio de
        regalos de L. 500. Confirmen con la invitación porfa.

        Saludos,
        Ing. Marco Tulio Rivera
        Gerente de Logística | Operadora Portuaria del Norte
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        BEGIN:VEVENT
        ORGANIZER;CN=Marco Tulio Rivera:mailto:mrivera@opnorte.hn
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Karla Banegas:mailto:karla.banegas@example.org
        UID:040000008200E00074C5B7101A82E008000000008C3F2E1D9A70DD01000000000000000010000000C4D2
        SUMMARY;LANGUAGE=es-HN:Cena navideña Logística
        DTSTART:20261212T010000Z
        DTEND:20261212T040000Z
        DTSTAMP:20261201T223012Z
        LOCATION;LANGUAGE=es-HN:Restaurante El Fogón del Valle
        STATUS:CONFIRMED
        SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Marco Tulio Rivera <mrivera@opnorte.hn>", "Cena navideña Logística", "2026-12-01 16:30",
              "<CY4PR02MB2358D0A1F7E4@CY4PR02MB2358.namprd02.prod.outlook.com>",
              hop="mail-cy4nam02on2102.outbound.protection.outlook.com", ident="4Ok9Ts")
    return message(hs, alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")))


@make.mail(name(46), family="webinar", lang="en", interview=False, company=None,
           days=(("Wed", "2026-11-18"),),
           note="Zoom webinar registration ('Interview-ready: supply chain case interviews', Nov 18 12:00 PM ET): "
                "confirmed time, but a webinar.")
def n46() -> bytes:
    body = t("""
        Hi Karla Banegas,

        Thank you for registering for "Interview-Ready: Cracking Supply Chain Case Interviews".

        Please submit any questions to: events@supplychainpros.org

        Date Time: Nov 18, 2026 12:00 PM Eastern Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://supplychainpros.zoom.us/w/95520183377?tk=Xy7Qm2Vf

        Add to Calendar: https://supplychainpros.zoom.us/webinar/tJMsd-ics

        You can cancel your registration at any time.

        Supply Chain Pros Network
        """)
    hs = head("Supply Chain Pros Network <no-reply@zoom.us>",
              "Interview-Ready: Cracking Supply Chain Case Interviews Confirmation", "2026-11-10 10:02",
              "<zoom-webinar-95520183377-reg-88132@zoom.us>", zone="America/New_York", hop="mailout7.zoom.us",
              ident="8Xp3Ga")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(name(47), family="auto_reply", lang="es", interview=False, company="Logística Morazán",
           days=(("Mon", "2026-11-02"), ("Fri", "2026-11-06"), ("Mon", "2026-11-09")),
           note="Out-of-office auto-reply from the Logística Morazán recruiter to the user's thank-you note "
                "(after the 30 Oct interview); dates are her absence only. Company = the employer she works for.")
def n47() -> bytes:
    body = t("""
        Gracias por su mensaje. Estaré fuera de la oficina del lunes 2 al viernes 6 de
        noviembre, con acceso limitado al correo. Regreso el lunes 9 de noviembre.

        Para temas de entrevistas y procesos de selección en curso, favor escribir a
        talento@logisticamorazan.com.

        Sofía Andino
        Talento Humano | Logística Morazán
        """)
    hs = head(addr("Sofía Andino", "sofia.andino@logisticamorazan.com"),
              "Respuesta automática: Gracias por la entrevista del viernes", "2026-11-02 08:01",
              "<PH7PR13MB6212A0D5C3@PH7PR13MB6212.namprd13.prod.outlook.com>",
              hop="mail-ph7nam13on2118.outbound.protection.outlook.com", ident="2Vz6Ln",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<f04a2c17-karla@example.org>")))
    return message(hs, text(body, charset="utf-8", cte="quoted-printable"))


@make.mail(name(48), family="bounce", lang="en", interview=False, company=None,
           note="Bounce of the user's own thank-you note (typo in the address) sent after the 3 Nov interview; "
                "the returned message mentions 'this morning's interview', nothing upcoming.")
def n48() -> bytes:
    original = message([
        ("From", KARLA),
        ("To", "Dana Whitlock <dana.whitlok@corallinefreight.com>"),
        ("Subject", "Thank you - Supply Chain Analyst interview"),
        ("Date", date("2026-11-03 12:15", TZ)),
        ("Message-ID", "<2a6d0f93-karla@example.org>"),
    ], text(t("""
        Hi Dana,

        Thank you for this morning's interview with Tom and you. I really enjoyed the
        discussion about the Honduras-Miami lanes and the reefer capacity problem.

        I look forward to hearing about next steps.

        Best regards,
        Karla Banegas
        """), cte="7bit"))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <dana.whitlok@corallinefreight.com>: host corallinefreight-com.mail.protection.outlook.com[192.0.2.41]
            said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
            dana.whitlok@corallinefreight.com not found by SMTP address lookup
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        Arrival-Date: Tue,  3 Nov 2026 18:15:02 +0000 (UTC)

        Final-Recipient: rfc822; dana.whitlok@corallinefreight.com
        Action: failed
        Status: 5.1.10
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound
        """)
    hs = head("Mail Delivery System <MAILER-DAEMON@mx1.example.org>",
              "Undelivered Mail Returned to Sender", "2026-11-03 12:15", "<20261103181504.7C1A2E0431@mx1.example.org>",
              hop="localhost", ident="7C1A2E0431", extra=(("Auto-Submitted", "auto-replied"),))
    report = make.multipart("report", text(notice, cte="7bit"),
                            make.raw_part([("Content-Type", "message/delivery-status")], status),
                            attached_message(original), params="report-type=delivery-status")
    return message(hs, report)


@make.mail(name(49), family="mailing_list", lang="es", interview=False, company=None,
           days=(("Thu", "2026-10-22"),),
           note="Professional mailing-list post: a talk on jueves 22 de octubre 6:30 p. m. plus a job post saying "
                "interviews will be next week; nothing is the user's interview.")
def n49() -> bytes:
    body = t("""
        Colegas:

        La Asociación Hondureña de Profesionales en Logística (AHPL) los invita a la charla
        mensual:

          "Gestión de inventarios con demanda intermitente"
          Jueves 22 de octubre, 6:30 p. m.
          Auditorio de la Cámara de Comercio e Industrias de Cortés y por YouTube en vivo

        Además, un asociado nos comparte una vacante: Jefe de Bodega para un centro de
        distribución en Villanueva. Envíen CV a seleccion@cdvillanueva.hn antes del
        viernes; las entrevistas serán la próxima semana.

        Saludos,
        Junta Directiva AHPL

        --
        Recibiste este mensaje porque estás suscrito a logistica-hn.
        Para darte de baja envía un correo a logistica-hn+unsubscribe@googlegroups.com.
        """)
    hs = head("'Junta Directiva AHPL' via logistica-hn <logistica-hn@googlegroups.com>",
              "[logistica-hn] Charla mensual: inventarios con demanda intermitente", "2026-10-15 18:05",
              "<CAK3sLp0v9Qe2Rn@mail.gmail.com>", hop="mail-yb1-f200.google.com", ident="1Qa8Zr",
              to="logistica-hn <logistica-hn@googlegroups.com>",
              extra=(("List-Id", "<logistica-hn.googlegroups.com>"), ("Mailing-list", "list logistica-hn@googlegroups.com"),
                     ("Precedence", "list"),
                     ("List-Unsubscribe", "<mailto:logistica-hn+unsubscribe@googlegroups.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(name(50), family="non_interview_appointment", lang="es", interview=False, company=None,
           days=(("Sat", "2026-09-19"),),
           note="Photographer confirms a LinkedIn headshot session (sábado 19 de septiembre 10:00 a. m.): "
                "a fixed time, not an interview.")
def n50() -> bytes:
    body = t("""
        ¡Hola Karla!

        Te confirmo tu sesión de fotos de perfil profesional (LinkedIn / CV):

        Sábado 19 de septiembre a las 10:00 a. m.
        Estudio Luz de Sula, Col. Trejo, 12 calle, casa 31

        Incluye 3 cambios de ropa y 5 fotos editadas. Te recomiendo una blusa lisa de color
        sólido y un blazer oscuro. El anticipo de L. 600 ya quedó registrado.

        Saludos,
        Daniel Murillo
        Fotógrafo - Estudio Luz de Sula
        """)
    hs = head("Estudio Luz de Sula <estudioluzdesula@gmail.com>", "Sesión de fotos confirmada - sábado 19",
              "2026-09-15 12:40", "<CAMv7gZ1hQ3k2Pn@mail.gmail.com>", hop="mail-io1-f45.google.com",
              ident="6Fs2Bk")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))
