"""blind214: a blind 50-mail held-out set, the inbox of a job seeker in Cuenca, Ecuador.

Paúl Vásquez <paul.vasquez@example.org>, health-records software engineer, September to mid-December
2026. Written by a helper session that had not read the detector, its tests or the other held-out
mails. Build and check with ``python3 bench/heldout/make_blind.py blind214``.

Keys 1-23 are the positives (1-16 scheduled, 17-20 rescheduled, 21-23 cancelled), 24-50 the
negatives; the file number of the mail written ``key``-th is ``ORDER[key - 1]``.
"""

from __future__ import annotations

import base64
import html as _html
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

ORDER = random.Random(2140214).sample(range(1, 51), 50)
ME = "paul.vasquez@example.org"
ME_H = addr("Paúl Vásquez", ME)
GQ = "America/Guayaquil"


def n(key: int) -> str:
    return f"blind214_{ORDER[key - 1]:03d}"


def heads(frm: str, subject: str, when: str, zone: str, msgid: str, *, to: str = ME_H,
          rcv: str | None = None, extra: tuple[tuple[str, str], ...] = (),
          charset: str = "utf-8") -> list[tuple[str, str]]:
    hs: list[tuple[str, str]] = []
    if rcv:
        hs.append(("Received", received(rcv, when, zone, "mx.example.org with ESMTPS id 4Hq" + msgid[:6],
                                        ME)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
           ("Message-ID", f"<{msgid}>")]
    hs += list(extra)
    return hs


def para_html(body: str, style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px") -> str:
    """A plain HTML twin: blank-line separated paragraphs, line breaks kept."""
    paras = [p for p in body.strip("\n").split("\n\n")]
    inner = "\n".join("<p>" + "<br>\n".join(_html.escape(x) for x in p.split("\n")) + "</p>" for p in paras)
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="{style}">\n'
            f"{inner}\n</body></html>\n")


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

VTZ_LIMA = VTZ_GYE.replace("America/Guayaquil", "America/Lima")
VTZ_BOG = VTZ_GYE.replace("America/Guayaquil", "America/Bogota")

VTZ_SAPAC = """BEGIN:VTIMEZONE
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

VTZ_MAD = VTZ["Europe/Paris"].replace("Europe/Paris", "Europe/Madrid")


# =========================================================================== positives: scheduled


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-10-14T15:00:00Z", end="2026-10-14T16:00:00Z", contact="megan.sorensen@halyardhealth.com",
      company="Halyard Health", local="Wed 2026-10-14 11:00", local_end="2026-10-14 12:00",
      zone="America/New_York",
      note="Greenhouse confirmation, Boston company: 11:00 AM-12:00 PM EDT (UTC-4 in October) = 15:00Z; "
           "the body's Guayaquil line (10:00-11:00) agrees; ICS in America/New_York; contact = Reply-To recruiter")
def m1() -> bytes:
    body = t("""
        Hi Paúl,

        Thanks for making time to speak with us! Your interview for Senior Software Engineer,
        Clinical Data at Halyard Health is confirmed.

        When: Wednesday, October 14, 2026
              11:00 AM - 12:00 PM EDT (America/New_York)
              10:00 AM - 11:00 AM in your time zone (America/Guayaquil)

        Where: Google Meet - https://meet.google.com/hqv-ztra-pmo

        You'll meet with:
          Tom Aldana - Staff Engineer, Interoperability
          Rachel Kim - Engineering Manager, Clinical Data

        We'll talk through a recent project of yours and then do a short design exercise around
        HL7/FHIR message ingestion. No preparation needed beyond that.

        If something comes up and you need to reschedule, just reply to this email and it will
        reach me directly.

        Best,
        Megan Sorensen
        Recruiting | Halyard Health
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["America/New_York"]}
BEGIN:VEVENT
UID:gh-interview-5530912-20261014@greenhouse.io
DTSTAMP:20261009T182215Z
DTSTART;TZID=America/New_York:20261014T110000
DTEND;TZID=America/New_York:20261014T120000
SUMMARY:Interview: Paúl Vásquez / Halyard Health - Senior Software Engineer, Clinical Data
LOCATION:https://meet.google.com/hqv-ztra-pmo
ORGANIZER;CN=Megan Sorensen:mailto:megan.sorensen@halyardhealth.com
ATTENDEE;CN=Paúl Vásquez;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    part = mixed(alt(text(body), html(para_html(body))),
                 calendar(ics, cte="base64", filename="invite.ics", disposition="attachment"))
    return message(heads(
        "Halyard Health <no-reply@us.greenhouse-mail.io>",
        "Interview Confirmation: Senior Software Engineer, Clinical Data - Halyard Health",
        "2026-10-09 14:22", "America/New_York", "0100019a1f3c2b7e-5d1c9e20.20261009182215@us.greenhouse-mail.io",
        rcv="from o3.us.greenhouse-mail.io (o3.us.greenhouse-mail.io [167.89.12.41])",
        extra=(("Reply-To", "Megan Sorensen <megan.sorensen@halyardhealth.com>"),
               ("X-Mailer", "Greenhouse"))), part)


@mail(n(2), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-11-03T15:00:00Z", end="2026-11-03T15:45:00Z", contact="priya.raman@maplewoodclinical.ca",
      company="Maplewood Clinical Software", local="Tue 2026-11-03 10:00", local_end="2026-11-03 10:45",
      zone="America/Toronto",
      note="Lever, Toronto: sent Thu 29 Oct in EDT, interview Tue 3 Nov 10:00-10:45 'Eastern Time' after the "
           "1 Nov DST end, so EST (UTC-5) = 15:00Z; 45 minutes stated; contact = Reply-To recruiter")
def m2() -> bytes:
    body = t("""
        Hi Paúl,

        Great news - your interview with Maplewood Clinical Software has been scheduled. Here are
        the details:

        Position: Senior Backend Developer - EHR Integrations (Remote, Americas)
        Date: Tuesday, November 3, 2026
        Time: 10:00 AM - 10:45 AM Eastern Time (Toronto)
        Format: Video call (Microsoft Teams) - the link is in the calendar invitation from Priya.
        Interviewer: Owen Lachance, Director of Engineering

        This conversation will focus on your experience with clinical data pipelines and how you
        work with product and clinical teams.

        Need to make a change? Reply to this message and Priya will take care of it.

        Thanks,
        The Maplewood Clinical Software Team

        --
        Sent via Lever. Maplewood Clinical Software, 220 King St W, Toronto, ON
        """)
    hbody = para_html(body, style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;color:#333")
    return message(heads(
        "Maplewood Clinical Software <no-reply@hire.lever.co>",
        "Interview scheduled: Senior Backend Developer - EHR Integrations",
        "2026-10-29 16:05", "America/Toronto", "lever.6f1e9c0a-2b44-4d8e-91aa-0c7d@hire.lever.co",
        rcv="from mail-r2.hire.lever.co (mail-r2.hire.lever.co [54.240.27.18])",
        extra=(("Reply-To", "Priya Raman <priya.raman@maplewoodclinical.ca>"),)),
        alt(text(body), html(hbody)))


@mail(n(3), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-11-20T01:30:00Z", end="2026-11-20T02:15:00Z", contact="jordan.whitlock@tidepoolanalytics.com",
      company="Tidepool Analytics", local="Thu 2026-11-19 17:30", local_end="2026-11-19 18:15",
      zone="America/Los_Angeles",
      note="Ashby, San Francisco: Thu 19 Nov 5:30-6:15 PM PST (UTC-8) = Fri 20 Nov 01:30Z, another day in UTC; "
           "the body's Guayaquil line says 8:30 PM Thursday; ICS in UTC; contact = Reply-To recruiting coordinator")
def m3() -> bytes:
    body = t("""
        Hi Paúl,

        You're all set! Here are the details of your upcoming interview with Tidepool Analytics.

        Technical Interview - Staff Engineer, Health Data Platform
        Thursday, November 19, 2026
        5:30 PM - 6:15 PM PST
        (8:30 PM - 9:15 PM America/Guayaquil)

        Location: Zoom - https://tidepoolanalytics.zoom.us/j/84120938811

        Interviewer: Sam Okafor, Principal Engineer

        Feel free to use whichever language you're most comfortable with for the coding portion.

        Questions? Reply to this email to reach Jordan Whitlock, Recruiting Coordinator.

        Powered by Ashby
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:8d2f0b4e-1c7a-4e93-b6d5-29a0f1c3e7b2@ashbyhq.com
DTSTAMP:20261116T171200Z
DTSTART:20261120T013000Z
DTEND:20261120T021500Z
SUMMARY:Tidepool Analytics - Technical Interview (Paúl Vásquez)
LOCATION:https://tidepoolanalytics.zoom.us/j/84120938811
ORGANIZER;CN=Jordan Whitlock:mailto:jordan.whitlock@tidepoolanalytics.com
ATTENDEE;CN=Paúl Vásquez;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hbody = para_html(body)
    part = mixed(alt(text(body, cte="base64"), html(hbody, cte="base64")),
                 calendar(ics, cte="base64", filename="invite.ics", disposition="attachment"))
    return message(heads(
        "Tidepool Analytics <no-reply@ashbyhq.com>",
        "Interview confirmed: Staff Engineer, Health Data Platform at Tidepool Analytics",
        "2026-11-16 09:12", "America/Los_Angeles",
        "0100019b2d7a41c3-88e1f4a2-6b0d-4c1e-a7f9-2e5d0c9b1a44-000000@email.amazonses.com",
        rcv="from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
        extra=(("Reply-To", "Jordan Whitlock <jordan.whitlock@tidepoolanalytics.com>"),)), part)


@mail(n(4), family="workday", lang="es", interview=True, kind="scheduled",
      start="2026-09-21T14:00:00Z", end="2026-09-21T15:00:00Z", contact="laura.ortiz@bancocordillera.com.co",
      company="Banco Cordillera", local="Mon 2026-09-21 09:00", local_end="2026-09-21 10:00",
      zone="America/Bogota",
      note="Workday, Colombian bank: lunes 21 sep 9:00-10:00 a. m. (GMT-05:00) Bogotá = 14:00Z; no sender human, "
           "contact = the analyst's address written in the body")
def m4() -> bytes:
    body = t("""
        Apreciado(a) Paúl Vásquez:

        Reciba un cordial saludo de parte del equipo de Gestión del Talento de Banco Cordillera.

        Nos complace confirmarle la entrevista para la vacante Ingeniero(a) de Software Sr. -
        Historia Clínica Digital (R-10482), según el siguiente detalle:

        Fecha: lunes, 21 de septiembre de 2026
        Hora: 9:00 a. m. - 10:00 a. m. (GMT-05:00) Bogotá
        Modalidad: virtual (Microsoft Teams). El enlace le llegará en una invitación aparte.
        Entrevistadores: Jaime Andrés Duque (Gerente de Arquitectura) y Laura Camila Ortiz (Talento)

        Le recomendamos conectarse cinco minutos antes y tener a mano su documento de identidad.

        Si tiene alguna inquietud, puede comunicarse con Laura Camila Ortiz, Analista de Talento,
        al correo laura.ortiz@bancocordillera.com.co o al +57 601 744 2100 ext. 3318.

        Cordialmente,

        Gestión del Talento
        Banco Cordillera S.A.

        Este mensaje fue generado automáticamente por Workday. Por favor no responda a este correo.
        """)
    hbody = para_html(body, style="font-family:Verdana,sans-serif;font-size:13px")
    return message(heads(
        "Banco Cordillera <bancocordillera@myworkday.com>",
        "Confirmación de entrevista - Ingeniero(a) de Software Sr. - Historia Clínica Digital (R-10482)",
        "2026-09-15 17:40", "America/Bogota", "1473920581.77183.1789512000418@wd5-prod-mail03.myworkday.com",
        rcv="from wd5-prod-mail03.myworkday.com (wd5-prod-mail03.myworkday.com [198.96.244.83])"),
        alt(text(body, cte="base64"), html(hbody, cte="base64")))


@mail(n(5), family="smartrecruiters", lang="es", interview=True, kind="scheduled",
      start="2026-10-08T20:00:00Z", end=None, contact="gabriela.enriquez@andinasalud.ec",
      company="Andina Salud Digital", local="Thu 2026-10-08 15:00", zone=GQ,
      note="SmartRecruiters, HTML only, iso-8859-1 QP; Quito office, 'jueves 8 de octubre a las 15h00' Ecuador "
           "(UTC-5) = 20:00Z; 'duración aproximada de una hora' so no end; contact = recruiter's address in signature")
def m5() -> bytes:
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="margin:0;padding:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" border="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#2d2d2d">
        <tr><td>
        <p>Estimado Paúl,</p>
        <p>Gracias por su interés en la posición <b>Desarrollador Senior - Interoperabilidad HL7/FHIR</b>
        en Andina Salud Digital.</p>
        <p>Le confirmamos su entrevista presencial con el equipo técnico:</p>
        <table cellpadding="4" cellspacing="0" border="0" style="font-size:14px">
        <tr><td style="color:#777">Fecha</td><td>jueves 8 de octubre de 2026</td></tr>
        <tr><td style="color:#777">Hora</td><td>15h00 (hora de Ecuador)</td></tr>
        <tr><td style="color:#777">Lugar</td><td>Av. República de El Salvador N34-127 y Suiza, piso 6, Quito</td></tr>
        <tr><td style="color:#777">Duración</td><td>aproximadamente una hora</td></tr>
        </table>
        <p>Al llegar, por favor acérquese a recepción y pregunte por Gabriela Enríquez.</p>
        <p>Saludos cordiales,</p>
        <p>Gabriela Enríquez<br>
        Analista de Selección | Andina Salud Digital<br>
        <a href="mailto:gabriela.enriquez@andinasalud.ec">gabriela.enriquez@andinasalud.ec</a> | 02 298 4410</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#999">Este mensaje fue enviado a través de SmartRecruiters.
        <a href="https://jobs.smartrecruiters.com/AndinaSaludDigital">Ver otras vacantes</a></td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    return message(heads(
        "Andina Salud Digital <noreply@mail.smartrecruiters.com>",
        "Confirmación de entrevista - Desarrollador Senior - Interoperabilidad HL7/FHIR",
        "2026-10-02 11:05", GQ, "sr.20261002160512.a91f3e@mail.smartrecruiters.com",
        rcv="from mail.smartrecruiters.com (mail.smartrecruiters.com [52.28.109.31])"),
        html(body, charset="iso-8859-1"))


@mail(n(6), family="personio", lang="es", interview=True, kind="scheduled",
      start="2026-10-27T15:00:00Z", end="2026-10-27T16:00:00Z", contact="nerea.goikoetxea@lumbrehealth.es",
      company="Lumbre Health Tech", local="Tue 2026-10-27 16:00", local_end="2026-10-27 17:00",
      zone="Europe/Madrid",
      note="Personio, Madrid: sent Thu 22 Oct in CEST (+2); interview mar. 27 oct 16:00-17:00 hora peninsular, "
           "after the 25 Oct change to CET (+1) = 15:00Z; body's '10:00 en Ecuador' agrees; ICS Europe/Madrid; "
           "contact = Reply-To recruiter")
def m6() -> bytes:
    body = t("""
        Hola Paúl:

        ¡Gracias por tu tiempo en la primera llamada! Te confirmamos la siguiente entrevista del
        proceso para el puesto de Backend Engineer (Historia Clínica Electrónica):

        Día: martes, 27 de octubre de 2026
        Hora: de 16:00 a 17:00 (hora peninsular española)
              - es decir, de 10:00 a 11:00 en Ecuador -
        Lugar: Google Meet (encontrarás el enlace en la invitación adjunta)
        Con: Iñaki Berasategui (CTO) y Marta Llorente (Tech Lead)

        Ojo, que este fin de semana cambiamos la hora en España, por eso te indicamos también la
        hora de Ecuador.

        Si te surge cualquier imprevisto, responde a este correo y lo vemos.

        Un saludo,
        Nerea Goikoetxea
        People & Talent · Lumbre Health Tech S.L.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//ES
VERSION:2.0
METHOD:REQUEST
{VTZ_MAD}
BEGIN:VEVENT
UID:personio-interview-88127-3@lumbre-health.jobs.personio.de
DTSTAMP:20261022T081500Z
DTSTART;TZID=Europe/Madrid:20261027T160000
DTEND;TZID=Europe/Madrid:20261027T170000
SUMMARY:Entrevista técnica - Paúl Vásquez - Backend Engineer
LOCATION:Google Meet
ORGANIZER;CN=Nerea Goikoetxea:mailto:nerea.goikoetxea@lumbrehealth.es
ATTENDEE;CN=Paúl Vásquez;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    part = mixed(alt(text(body), html(para_html(body))),
                 calendar(ics, cte="base64", filename="entrevista.ics", disposition="attachment",
                          ctype="application/ics", method=None))
    return message(heads(
        "Lumbre Health Tech S.L. <no-reply@jobs.personio.de>",
        "Tu entrevista con Lumbre Health Tech - Backend Engineer (Historia Clínica Electrónica)",
        "2026-10-22 10:15", "Europe/Madrid", "20261022081500.9c2e1b@jobs.personio.de",
        rcv="from mail.personio.de (mail.personio.de [52.57.14.203])",
        extra=(("Reply-To", addr("Nerea Goikoetxea", "nerea.goikoetxea@lumbrehealth.es")),)), part)


@mail(n(7), family="teamtailor", lang="es", interview=True, kind="scheduled",
      start="2026-11-11T16:30:00Z", end="2026-11-11T17:15:00Z", contact="valeria.huaman@quipulabs.pe",
      company="Quipu Labs", local="Wed 2026-11-11 11:30", local_end="2026-11-11 12:15", zone="America/Lima",
      note="Teamtailor, Lima startup (tú): miércoles 11 nov 11:30-12:15 hora de Lima (UTC-5) = 16:30Z; "
           "contact = Reply-To recruiter. Cancelled later in the thread by another mail")
def m7() -> bytes:
    body = t("""
        ¡Hola Paúl! 🙌

        Te confirmo tu entrevista técnica con Quipu Labs para el rol de Senior Software Engineer
        (Salud Digital):

        📅 miércoles 11 de noviembre
        🕦 11:30 - 12:15 (hora de Lima, la misma que en Cuenca)
        📍 Google Meet: https://meet.google.com/wqd-mkpe-ryx

        Vas a conversar con Renzo Quispe (Engineering Lead) y conmigo. Traer ganas, nada más 😄

        Si algo cambia, respóndeme aquí mismo.

        ¡Un abrazo!
        Valeria Huamán
        Talent · Quipu Labs
        """)
    hbody = para_html(body, style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;line-height:1.5")
    return message(heads(
        "Quipu Labs <no-reply@teamtailor-mail.com>",
        "Entrevista confirmada - Senior Software Engineer (Salud Digital) 🎉",
        "2026-11-09 15:20", "America/Lima", "5f2a9c1e-7b3d-4e0a-9f14-quipulabs@teamtailor-mail.com",
        rcv="from mail.teamtailor-mail.com (mail.teamtailor-mail.com [185.70.40.101])",
        extra=(("Reply-To", addr("Valeria Huamán", "valeria.huaman@quipulabs.pe")),)),
        alt(text(body), html(hbody)))


@mail(n(8), family="workable", lang="es", interview=True, kind="scheduled",
      start="2026-10-06T19:00:00Z", end="2026-10-06T19:45:00Z", contact="andres.villacis@manglarsoftware.ec",
      company="Manglar Software", local="Tue 2026-10-06 14:00", local_end="2026-10-06 14:45", zone=GQ,
      note="Workable, Guayaquil: martes 6 oct a las 14h00, duración 45 minutos, Ecuador UTC-5 = 19:00Z; Reply-To "
           "is a Workable relay, so contact = the hiring manager's address written in the body")
def m8() -> bytes:
    body = t("""
        Estimado Paúl,

        Gracias por postular a Ingeniero de Software - Plataforma Clínica en Manglar Software.

        Su entrevista ha sido agendada:

        Martes, 6 de octubre de 2026 a las 14h00 (hora de Ecuador)
        Duración: 45 minutos
        Videollamada: https://meet.google.com/kvb-tqyn-zpa

        Entrevistador: Andrés Villacís, Jefe de Desarrollo

        Si desea escribirle directamente antes de la reunión, su correo es
        andres.villacis@manglarsoftware.ec.

        Saludos cordiales,
        Equipo de Selección - Manglar Software

        ---
        Responda a este correo para contactar al equipo de selección. Enviado con Workable.
        """)
    hbody = para_html(body)
    return message(heads(
        "Manglar Software <noreply@workablemail.com>",
        "Entrevista agendada: Ingeniero de Software - Plataforma Clínica",
        "2026-10-01 09:48", GQ, "wk.7d31c9a2e8f04b1a.1601@workablemail.com",
        rcv="from mta-07.workablemail.com (mta-07.workablemail.com [18.202.63.55])",
        extra=(("Reply-To", "manglar-software+b4e7c1d2@candidates.workablemail.com"),)),
        alt(text(body), html(hbody)))


@mail(n(9), family="icims", lang="en", interview=True, kind="scheduled",
      start="2026-09-24T18:00:00Z", end="2026-09-24T19:00:00Z", contact="dkowalczyk@prairielanehealth.org",
      company="Prairie Lane Health", local="Thu 2026-09-24 13:00", local_end="2026-09-24 14:00",
      zone="America/Chicago",
      note="iCIMS, Chicago: US-style date 09/24/2026, 1:00-2:00 PM CT; Chicago is on CDT (UTC-5) in September = "
           "18:00Z; sender is an iCIMS role address, contact = the recruiter's address in the body. Rescheduled "
           "later in the thread by another mail")
def m9() -> bytes:
    body = t("""
        Dear Paul,

        Thank you for your interest in the Software Engineer II - Clinical Informatics position
        (Req #2026-4417) at Prairie Lane Health.

        This message confirms your video interview:

            Date:      09/24/2026 (Thursday)
            Time:      1:00 PM - 2:00 PM Central Time
            Platform:  Microsoft Teams (link to follow from the hiring manager)
            Panel:     Greg Hollister, Manager, Clinical Applications
                       Anita Shah, Senior Engineer

        Please have your photo ID available, as we verify identity at the start of every virtual
        interview.

        If you have any questions, please contact me directly at dkowalczyk@prairielanehealth.org.

        Sincerely,

        Dana Kowalczyk
        Talent Acquisition Partner
        Prairie Lane Health | Chicago, IL

        This is a system-generated email. Replies to this address are not monitored.
        """)
    hbody = ("<html><body><pre style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"
             + _html.escape(body) + "</pre></body></html>\n")
    return message(heads(
        "Prairie Lane Health <prairielanehealth@talent.icims.com>",
        "Interview Confirmation - Software Engineer II - Clinical Informatics (2026-4417)",
        "2026-09-18 10:30", "America/Chicago", "1695051000.3188.ICIMS.prairielanehealth@talent.icims.com",
        rcv="from smtp2.icims.com (smtp2.icims.com [64.95.35.12])"),
        alt(text(body, charset="us-ascii", cte="7bit"), html(hbody, charset="us-ascii", cte="7bit")))


@mail(n(10), family="join", lang="es", interview=True, kind="scheduled",
      start="2026-10-16T15:00:00Z", end="2026-10-16T15:45:00Z", contact="mateo.crespo@condormedica.ec",
      company="Cóndor Médica", local="Fri 2026-10-16 10:00", local_end="2026-10-16 10:45", zone=GQ,
      note="JOIN, Cuenca startup: viernes 16.10.2026, 10:00-10:45 (GMT-5, Ecuador) = 15:00Z; 8bit text only; "
           "contact = Reply-To hiring manager")
def m10() -> bytes:
    body = t("""
        Hola Paúl,

        Mateo Crespo de Cóndor Médica te ha invitado a una entrevista para el puesto
        "Desarrollador/a Full Stack - Telemedicina".

        Fecha: viernes, 16.10.2026
        Hora: 10:00 - 10:45 (America/Guayaquil, GMT-5)
        Lugar: Calle Larga 7-43 y Borrero, Cuenca (oficina de Cóndor Médica)

        Mensaje de Mateo:
        "Paúl, nos gustó mucho tu perfil. Nos vemos en la oficina, es en el segundo piso, timbre
        que dice Cóndor. Si llegas un poco antes no hay problema."

        ¿Tienes preguntas? Responde a este correo y tu mensaje llegará directamente a Mateo.

        Mucho éxito,
        Tu equipo de JOIN

        JOIN Solutions AG · Hardturmstrasse 161 · 8005 Zürich
        Has recibido este correo porque te postulaste a una vacante publicada en JOIN.
        """)
    return message(heads(
        addr("Cóndor Médica via JOIN", "noreply@join.com"),
        "Invitación a entrevista: Desarrollador/a Full Stack - Telemedicina",
        "2026-10-12 17:05", GQ, "20261012220512.c0nd0r.4417@join.com",
        rcv="from mail.join.com (mail.join.com [159.100.250.7])",
        extra=(("Reply-To", addr("Mateo Crespo", "mateo.crespo@condormedica.ec")),)),
        text(body, cte="8bit"))


@mail(n(11), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-11-12T15:00:00Z", end="2026-11-12T18:00:00Z", contact="kendra.oyelaran@brightwaterhealth.com",
      company="Brightwater Health", local="Thu 2026-11-12 10:00", local_end="2026-11-12 13:00",
      zone="America/New_York",
      note="GoodTime virtual onsite, New York: three sessions 10:00 AM-1:00 PM ET on Thu 12 Nov, EST (UTC-5) after "
           "1 Nov = 15:00Z to 18:00Z (first start to last end); contact = Reply-To coordinator")
def m11() -> bytes:
    rows = [("10:00 AM - 10:45 AM", "Systems Design", "Luis Ferreira"),
            ("11:00 AM - 11:45 AM", "Coding (pair programming)", "Hannah Cho"),
            ("12:15 PM - 1:00 PM", "Hiring Manager Conversation", "Marcus Bell")]
    plain = t("""
        Hi Paúl,

        Your virtual onsite with Brightwater Health is confirmed for Thursday, November 12, 2026.
        All times below are Eastern Time (ET).

        """) + "\n".join(f"  {a}   {b} - with {c}" for a, b, c in rows) + "\n\n" + t("""
        There is a 30 minute break before the last conversation. Each session has its own Zoom
        link, which you'll receive as separate calendar invitations.

        Need to make a change? Reply to this email to reach Kendra Oyelaran, Recruiting Coordinator.

        Good luck!
        Brightwater Health Recruiting
        Scheduled with GoodTime
        """)
    trs = "\n".join(f'<tr><td style="padding:6px 12px">{a}</td><td style="padding:6px 12px">{b}</td>'
                    f'<td style="padding:6px 12px">{c}</td></tr>' for a, b, c in rows)
    hbody = t(f"""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1f2933">
        <p>Hi Paúl,</p>
        <p>Your virtual onsite with <b>Brightwater Health</b> is confirmed for <b>Thursday, November 12, 2026</b>.
        All times below are Eastern Time (ET).</p>
        <table style="border-collapse:collapse;border:1px solid #d9e2ec">
        <tr style="background:#f0f4f8"><th style="padding:6px 12px">Time (ET)</th><th style="padding:6px 12px">Session</th><th style="padding:6px 12px">Interviewer</th></tr>
        {trs}
        </table>
        <p>There is a 30 minute break before the last conversation. Each session has its own Zoom link,
        which you'll receive as separate calendar invitations.</p>
        <p>Need to make a change? Reply to this email to reach Kendra Oyelaran, Recruiting Coordinator.</p>
        <p>Good luck!<br>Brightwater Health Recruiting</p>
        <p style="font-size:11px;color:#9aa5b1">Scheduled with GoodTime</p>
        </body></html>
        """)
    return message(heads(
        "Brightwater Health Recruiting <notifications@goodtime.io>",
        "Your Brightwater Health interview schedule - Thursday, November 12",
        "2026-11-05 12:40", "America/New_York", "gt-01HF7Q3W9K2M4N6P8R0S.bwh@goodtime.io",
        rcv="from mail.goodtime.io (mail.goodtime.io [50.31.36.210])",
        extra=(("Reply-To", "Kendra Oyelaran <kendra.oyelaran@brightwaterhealth.com>"),)),
        alt(text(plain), html(hbody)))


@mail(n(12), family="calendly", lang="es", interview=True, kind="scheduled",
      start="2026-12-01T19:00:00Z", end="2026-12-01T19:30:00Z", contact="daniela.loor@pacificosegurosalud.ec",
      company="Pacífico Seguros de Salud", local="Tue 2026-12-01 14:00", local_end="2026-12-01 14:30", zone=GQ,
      note="Calendly invitee confirmation in Spanish: martes 1 dic 14:00-14:30 hora de Ecuador = 19:00Z; ICS in "
           "UTC; contact = Reply-To host (the recruiter)")
def m12() -> bytes:
    body = t("""
        Hola Paúl Vásquez:

        Tu evento se ha programado.

        Nombre del evento:
        Entrevista inicial - Pacífico Seguros de Salud (30 min)

        Fecha/hora del evento:
        14:00 - martes, 1 de diciembre de 2026 (hora de Ecuador)

        Ubicación:
        Esta es una reunión de Google Meet. Los detalles de la conexión están en la invitación.

        Anfitrión:
        Daniela Loor

        ¿Necesitas hacer cambios en este evento?
        Cancelar: https://calendly.com/cancellations/8d7e1f20-4c3b-4a0e-b9e1-55f0c2a7d913
        Reprogramar: https://calendly.com/reschedulings/8d7e1f20-4c3b-4a0e-b9e1-55f0c2a7d913

        Con la tecnología de Calendly.com
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:8d7e1f20-4c3b-4a0e-b9e1-55f0c2a7d913@calendly.com
DTSTAMP:20261126T131400Z
DTSTART:20261201T190000Z
DTEND:20261201T193000Z
SUMMARY:Entrevista inicial - Pacífico Seguros de Salud (30 min) entre Daniela Loor y Paúl Vásquez
ORGANIZER;CN=Daniela Loor:mailto:daniela.loor@pacificosegurosalud.ec
ATTENDEE;CN=Paúl Vásquez;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{ME}
LOCATION:Google Meet
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hbody = para_html(body, style="font-family:Arial,sans-serif;font-size:15px;color:#1a1a1a")
    part = mixed(alt(text(body), html(hbody)),
                 calendar(ics, cte="base64", filename="invite.ics", disposition="attachment"))
    return message(heads(
        "Calendly <notifications@calendly.com>",
        "Confirmado: Entrevista inicial - Pacífico Seguros de Salud (30 min) con Daniela Loor el martes, "
        "1 de diciembre de 2026",
        "2026-11-26 08:14", GQ, "2QmT7zXv0c.8d7e1f20@calendly.com",
        rcv="from o1.email.calendly.com (o1.email.calendly.com [167.89.100.4])",
        extra=(("Reply-To", "Daniela Loor <daniela.loor@pacificosegurosalud.ec>"),)), part)


@mail(n(13), family="microsoft_bookings", lang="es", interview=True, kind="scheduled",
      start="2026-11-10T16:00:00Z", end="2026-11-10T16:30:00Z", contact=None,
      company="Grupo Salinas Médica", local="Tue 2026-11-10 11:00", local_end="2026-11-10 11:30",
      zone="America/Bogota",
      note="Microsoft Bookings: martes 10 nov 11:00 '(UTC-05:00) Bogotá, Lima, Quito, Rio Branco', 30 minutos "
           "= 16:00Z; ICS TZID 'SA Pacific Standard Time'; sender is the Bookings mailbox and the staff member "
           "has no address, so contact null")
def m13() -> bytes:
    plain = t("""
        Reserva confirmada con Grupo Salinas Médica

        Hola, Paúl Vásquez:

        Gracias por reservar con nosotros. Se ha confirmado su reserva.

        Servicio: Entrevista - Analista Desarrollador (Sistemas Hospitalarios)
        martes, 10 de noviembre de 2026 11:00 (UTC-05:00) Bogotá, Lima, Quito, Rio Branco
        Duración: 30 minutos
        Personal: Karla Mendoza

        Unirse a la reunión de Microsoft Teams
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk4NGQ1@thread.v2/0

        Administrar reserva: https://outlook.office365.com/owa/calendar/TalentoHumano@gruposalinasmedica.com/bookings/

        Grupo Salinas Médica - Talento Humano
        Av. Francisco de Orellana y Justino Cornejo, Guayaquil
        """)
    hbody = para_html(plain, style="font-family:'Segoe UI',sans-serif;font-size:14px")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_SAPAC}
BEGIN:VEVENT
ORGANIZER;CN=Grupo Salinas Médica - Talento Humano:mailto:TalentoHumano@gruposalinasmedica.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Paúl Vásquez:mailto:{ME}
DESCRIPTION;LANGUAGE=es-ES:Entrevista - Analista Desarrollador (Sistemas Hospitalarios)
UID:040000008200E00074C5B7101A82E0080000000010A4F5D2B7C4DC01000000000000000010000000C4A1D09B
SUMMARY;LANGUAGE=es-ES:Entrevista - Analista Desarrollador con Paúl Vásquez
DTSTART;TZID=SA Pacific Standard Time:20261110T110000
DTEND;TZID=SA Pacific Standard Time:20261110T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261105T213000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR"""
    part = alt(text(plain), html(hbody), calendar(ics, cte="base64"))
    return message(heads(
        addr("Grupo Salinas Médica - Talento Humano", "TalentoHumano@gruposalinasmedica.com"),
        "Reserva confirmada: Entrevista - Analista Desarrollador (Sistemas Hospitalarios)",
        "2026-11-05 16:30", GQ,
        "BN8PR04MB6210A4F5D2B7C4DC9B1E2F3A4B5C6@BN8PR04MB6210.namprd04.prod.outlook.com",
        rcv="from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2101.outbound.protection"
            ".outlook.com [40.107.237.101])",
        extra=(("Content-Language", "es-ES"), ("X-MS-Has-Attach", ""),
               ("X-MS-TNEF-Correlator", ""))), part)


@mail(n(14), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-09-09T13:00:00Z", end=None, contact="esteban.ordonez@austrodatos.com.ec",
      company="Austro Datos", local="Wed 2026-09-09 08:00", zone=GQ,
      note="Phone-written reply from the hiring manager, Cuenca: 'el miércoles de la otra semana mañanita a las 8' "
           "from Thu 3 Sep = Wed 9 Sep 08:00 Ecuador (UTC-5) = 13:00Z (the candidate offered 'la próxima semana' "
           "in the quoted mail); no length; contact = human sender")
def m14() -> bytes:
    body = t("""
        Dale Paul, quedamos el miercoles de la otra semana mañanita a las 8 aqui en la oficina
        (Gran Colombia y Luis Cordero, edif. Zahir 2do piso). Pregunta por mi en recepcion. Vamos a
        estar con el Juanca de infraestructura, trae la laptop por si acaso

        Saludos
        Esteban

        Enviado desde mi iPhone

        > El 3 sept 2026, a las 18:02, Paúl Vásquez <paul.vasquez@example.org> escribió:
        >
        > Estimado Esteban,
        >
        > Muchas gracias por la llamada de hoy. Tal como le comenté, tengo disponibilidad
        > cualquier día de la próxima semana en la mañana, idealmente temprano.
        >
        > Quedo atento.
        > Saludos,
        > Paúl Vásquez
        > 099 812 4471
        """)
    return message(heads(
        addr("Esteban Ordóñez", "esteban.ordonez@austrodatos.com.ec"),
        "Re: Postulación desarrollador backend - Paúl Vásquez",
        "2026-09-03 19:47", GQ, "8E1C5A2F-3B7D-4F90-A1C6-2D9E7F0B4C33@austrodatos.com.ec",
        rcv="from mail.austrodatos.com.ec (mail.austrodatos.com.ec [190.152.10.44])",
        extra=(("In-Reply-To", "<CAJx8kP2mQv-uT4r=paul.vasquez.0903@mail.example.org>"),
               ("References", "<CAJx8kP2mQv-uT4r=paul.vasquez.0903@mail.example.org>"),
               ("X-Mailer", "iPhone Mail (22A3354)"))),
        text(body, cte="8bit"))


@mail(n(15), family="exchange_outlook", lang="es", interview=True, kind="scheduled",
      start="2026-12-02T20:00:00Z", end="2026-12-02T21:00:00Z", contact="sjaramillo@redclinicaaltamira.com.ec",
      company="Red Clínica Altamira", local="Wed 2026-12-02 15:00", local_end="2026-12-02 16:00",
      zone="America/Bogota",
      note="Outlook meeting request from a Quito clinic network: the body has no time at all, the time is only "
           "in the ICS (TZID 'SA Pacific Standard Time', UTC-5) 15:00-16:00 on Wed 2 Dec = 20:00Z; "
           "contact = human sender / ORGANIZER")
def m15() -> bytes:
    plain = t("""
        Estimado Paúl,

        Conforme lo conversado por teléfono, le hago llegar la invitación para la entrevista técnica
        con el equipo de Sistemas (Ing. Patricio Vega y mi persona). Por favor confirme su asistencia
        aceptando la invitación.

        Saludos cordiales,

        Ing. Santiago Jaramillo
        Coordinador de Desarrollo de Software
        Red Clínica Altamira | Quito
        Telf.: (02) 396 1200 ext. 2214

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse en el equipo o la web: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ4YjEx@thread.v2/0
        Id. de reunión: 284 117 902 455
        Código de acceso: 7qXe4b
        ________________________________________________________________________________
        """)
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="ES-EC"><div class="WordSection1">
        <p class="MsoNormal">Estimado Paúl,</p>
        <p class="MsoNormal">Conforme lo conversado por teléfono, le hago llegar la invitación para la entrevista
        técnica con el equipo de Sistemas (Ing. Patricio Vega y mi persona). Por favor confirme su asistencia
        aceptando la invitación.</p>
        <p class="MsoNormal">Saludos cordiales,</p>
        <p class="MsoNormal"><b>Ing. Santiago Jaramillo</b><br>Coordinador de Desarrollo de Software<br>
        Red Clínica Altamira | Quito<br>Telf.: (02) 396 1200 ext. 2214</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        <div class="me-email-text" style="color:#252424;font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif">
        <div style="margin-top:24px;margin-bottom:20px"><span style="font-size:24px;color:#252424">Reunión de Microsoft Teams</span></div>
        <div style="margin-bottom:20px"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ4YjEx@thread.v2/0" style="font-size:14px;color:#6264a7">Unirse a la reunión ahora</a></div>
        <div><span style="font-size:14px;color:#252424">Id. de reunión: 284 117 902 455<br>Código de acceso: 7qXe4b</span></div>
        </div></div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_SAPAC}
BEGIN:VEVENT
ORGANIZER;CN=Santiago Jaramillo:mailto:sjaramillo@redclinicaaltamira.com.ec
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=paul.vasquez@example.org:mailto:{ME}
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Patricio Vega:mailto:pvega@redclinicaaltamira.com.ec
UID:040000008200E00074C5B7101A82E00800000000B0E41C3A6F84DC01000000000000000010000000E6D4A27C
SUMMARY;LANGUAGE=es-EC:Entrevista técnica - Paúl Vásquez
DTSTART;TZID=SA Pacific Standard Time:20261202T150000
DTEND;TZID=SA Pacific Standard Time:20261202T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261126T220200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-EC:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1288213512
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    part = alt(text(plain), html(hbody), calendar(ics, cte="base64"))
    return message(heads(
        addr("Santiago Jaramillo", "sjaramillo@redclinicaaltamira.com.ec"),
        "Entrevista técnica - Paúl Vásquez",
        "2026-11-26 17:02", GQ,
        "SJ0PR11MB5744E6D4A27C0B1F8D3E2A41C9B7@SJ0PR11MB5744.namprd11.prod.outlook.com",
        rcv="from NAM11-DM6-obe.outbound.protection.outlook.com (mail-dm6nam11on2118.outbound.protection"
            ".outlook.com [40.107.223.118])",
        extra=(("Thread-Topic", enc("Entrevista técnica - Paúl Vásquez")),
               ("Thread-Index", "AdsB4kQ7nV2m8ZbTRwqY5uXc1fE0hA=="),
               ("Content-Language", "es-EC"), ("X-MS-Has-Attach", ""),
               ("X-MS-TNEF-Correlator", ""))), part)


@mail(n(16), family="taleo_forward", lang="es", interview=True, kind="scheduled",
      start="2026-11-17T14:30:00Z", end=None, contact="rosa.pazmino@nexofarma.com",
      company="Nexo Farmacéutica", local="Tue 2026-11-17 09:30", zone=GQ,
      note="The candidate forwards (message/rfc822) a Taleo invitation from his other address to himself: "
           "17/11/2026 09:30 a.m. (GMT-05:00) Bogotá, Lima, Quito = 14:30Z; no length; contact = the HR analyst "
           "in the forwarded body (the outer sender is the candidate, the inner one a no-reply)")
def m16() -> bytes:
    inner_body = t("""
        Estimado(a) Paúl Vásquez,

        Le informamos que ha sido seleccionado(a) para continuar en el proceso de selección de la
        vacante "Ingeniero de Desarrollo - Sistemas de Trazabilidad Clínica" (Req. 2600871).

        Le invitamos a una entrevista con el área solicitante:

        Fecha: 17/11/2026
        Hora: 09:30 a.m. (GMT-05:00) Bogotá, Lima, Quito
        Lugar: Oficinas Nexo Farmacéutica, Av. Joaquín Orrantia y Av. Juan Tanca Marengo,
               Edificio Executive Center, piso 9, Guayaquil.
        Entrevistador: Ing. Fernando Alvarado, Gerente de TI

        En caso de no poder asistir, comuníquese con Rosa Elena Pazmiño, Analista de Talento Humano
        (rosa.pazmino@nexofarma.com).

        Atentamente,
        Talento Humano - Nexo Farmacéutica

        **** Este correo es generado automáticamente, por favor no responda. ****
        """)
    inner = message([
        ("From", "Nexo Farmaceutica <noreply@taleo.net>"),
        ("To", "paul.vasquez@example.net"),
        ("Subject", enc("Invitación a entrevista - Req. 2600871", "windows-1252")),
        ("Date", date("2026-11-12 18:20", GQ)),
        ("Message-ID", "<1226739820.4471.1794525600123.JavaMail.taleo@tbe05.taleo.net>"),
    ], text(inner_body, charset="windows-1252"))
    outer = t("""
        para tenerlo aquí en el correo principal. El martes temprano a Guayaquil 🚌

        ---------- Forwarded message ---------
        De: Nexo Farmaceutica <noreply@taleo.net>
        Date: jue, 12 nov 2026 a las 18:20
        Subject: Invitación a entrevista - Req. 2600871
        To: <paul.vasquez@example.net>
        """)
    part = mixed(alt(text(outer), html(gmail_html(outer))), attached_message(inner, "Invitacion a entrevista.eml"))
    return message(heads(
        addr("Paúl Vásquez", "paul.vasquez@example.net"),
        "Fwd: Invitación a entrevista - Req. 2600871",
        "2026-11-13 07:55", GQ, "CAH3kT9vZ0pQe=nexo.fwd.1113@mail.example.net",
        rcv="from mail-sor-f41.example.net (mail-sor-f41.example.net [203.0.113.41])"), part)


# =========================================================================== positives: rescheduled


@mail(n(17), family="exchange_outlook", lang="es", interview=True, kind="rescheduled",
      start="2026-10-23T16:00:00Z", end="2026-10-23T17:00:00Z", contact="juliana.restrepo@ceibatecmed.co",
      company="Ceiba Tecnologías Médicas", local="Fri 2026-10-23 11:00", local_end="2026-10-23 12:00",
      zone="America/Bogota",
      note="Outlook/Teams update from Bogotá: old slot jueves 22 oct 10:00, new viernes 23 oct 11:00-12:00 hora de "
           "Colombia (UTC-5) = 16:00Z; ICS TZID 'SA Pacific Standard Time' SEQUENCE 1 with the new time; "
           "contact = organizer/sender")
def m17() -> bytes:
    plain = t("""
        Hola Paúl, buenas tardes.

        Te escribo para contarte que debemos mover la entrevista técnica. Estaba programada para el
        jueves 22 de octubre a las 10:00, pero a Sebastián (nuestro líder de arquitectura) le cruzó
        un comité ese día.

        La nueva fecha queda así:
        viernes 23 de octubre, de 11:00 a 12:00 (hora de Colombia, que es la misma de Ecuador)

        El enlace de Teams sigue siendo el mismo. Mil disculpas por el cambio.

        Un saludo,

        Juliana Restrepo Gaviria
        Líder de Atracción de Talento
        Ceiba Tecnologías Médicas S.A.S. | Bogotá, Colombia
        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Únase a través de su ordenador, aplicación móvil o dispositivo de sala
        Haga clic aquí para unirse a la reunión <https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjA2MzFl@thread.v2/0>
        Id. de reunión: 219 553 870 114
        Código de acceso: Jq8w2Z
        ________________________________________________________________________________
        """)
    hbody = para_html(plain, style="font-family:Calibri,sans-serif;font-size:11pt")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_SAPAC}
BEGIN:VEVENT
ORGANIZER;CN=Juliana Restrepo Gaviria:mailto:juliana.restrepo@ceibatecmed.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Paúl Vásquez:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sebastián Mejía:mailto:sebastian.mejia@ceibatecmed.co
UID:040000008200E00074C5B7101A82E008000000007C2B19E5E25EDC01000000000000000010000000A8F3B2C1
SUMMARY;LANGUAGE=es-CO:Entrevista técnica - Paúl Vásquez - Desarrollador Senior HIS
DTSTART;TZID=SA Pacific Standard Time:20261023T110000
DTEND;TZID=SA Pacific Standard Time:20261023T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261020T201000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=es-CO:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    part = alt(text(plain), html(hbody), calendar(ics, cte="base64"))
    return message(heads(
        addr("Juliana Restrepo Gaviria", "juliana.restrepo@ceibatecmed.co"),
        "Actualizado: Entrevista técnica - Paúl Vásquez - Desarrollador Senior HIS",
        "2026-10-20 15:10", "America/Bogota",
        "CO1PR12MB4901A8F3B2C1D7E6F5A4B3C2D1E0@CO1PR12MB4901.namprd12.prod.outlook.com",
        rcv="from NAM12-CO1-obe.outbound.protection.outlook.com (mail-co1nam12on2090.outbound.protection"
            ".outlook.com [40.107.92.90])",
        extra=(("Thread-Topic", enc("Entrevista técnica - Paúl Vásquez - Desarrollador Senior HIS")),
               ("Thread-Index", "AdsCq0Yk3Hn1vTzWQe6f2oPmRj8xLw=="),
               ("Content-Language", "es-CO"))), part)


@mail(n(18), family="softgarden", lang="es", interview=True, kind="rescheduled",
      start="2026-12-08T20:00:00Z", end="2026-12-08T21:00:00Z", contact="felipe.cardenas@medorasystems.com",
      company="Medora Systems", local="Tue 2026-12-08 15:00", local_end="2026-12-08 16:00", zone="America/Bogota",
      note="softgarden, German company's Bogotá hub, iso-8859-15 QP: old lun. 7 dic 10:00, new 'mar. 8 de "
           "diciembre, 15:00 - 16:00 (hora de Colombia)' = 20:00Z; contact = recruiter's address in the body")
def m18() -> bytes:
    body = t("""
        Estimado Paúl Vásquez:

        Le informamos que la cita de su entrevista para el puesto "Senior Software Engineer -
        Clinical Interoperability (Bogotá / remoto)" ha sido modificada.

        Cita anterior:  lun. 7 de diciembre de 2026, 10:00 - 11:00 (hora de Colombia)
        Nueva cita:     mar. 8 de diciembre de 2026, 15:00 - 16:00 (hora de Colombia)

        Tipo de entrevista: videoentrevista (Zoom)
        Enlace: https://medorasystems.zoom.us/j/93318820417

        Si la nueva fecha no le conviene, por favor escriba a Felipe Cárdenas
        (felipe.cardenas@medorasystems.com).

        Saludos cordiales,
        Su equipo de Recruiting de Medora Systems

        --
        Este mensaje ha sido generado automáticamente por softgarden e-recruiting GmbH.
        """)
    hbody = para_html(body, style="font-family:Arial,sans-serif;font-size:13px")
    return message(heads(
        "Medora Systems <noreply@softgarden.io>",
        "Cambio de cita: su entrevista con Medora Systems",
        "2026-12-03 09:30", "America/Bogota", "sg.20261203143000.88412.medora@mail.softgarden.io",
        rcv="from mail.softgarden.io (mail.softgarden.io [91.198.250.14])", charset="iso-8859-15"),
        alt(text(body, charset="iso-8859-15"), html(hbody.replace('charset="utf-8"', 'charset="iso-8859-15"'),
                                                    charset="iso-8859-15")))


@mail(n(19), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start="2026-09-25T15:00:00Z", end="2026-09-25T16:00:00Z", contact="dkowalczyk@prairielanehealth.org",
      company="Prairie Lane Health", local="Fri 2026-09-25 10:00", local_end="2026-09-25 11:00",
      zone="America/Chicago",
      note="Recruiter's own reply on top of the quoted iCIMS confirmation: moved from Thu 9/24 1:00 PM CT to "
           "'Friday 9/25, 10:00-11:00 AM CT'; Chicago CDT (UTC-5) in September = 15:00Z; contact = human sender")
def m19() -> bytes:
    body = t("""
        Hi Paul,

        Apologies for the shuffle - Greg has a conflict on Thursday afternoon that we couldn't move.
        I've rescheduled your interview to Friday 9/25, 10:00-11:00 AM CT. Same Teams link, same
        panel. You should see an updated invite from Greg shortly.

        Let me know if the new time doesn't work for you.

        Thanks,
        Dana

        Dana Kowalczyk | Talent Acquisition Partner
        Prairie Lane Health
        dkowalczyk@prairielanehealth.org | (312) 555-0187

        From: Prairie Lane Health <prairielanehealth@talent.icims.com>
        Sent: Friday, September 18, 2026 10:30 AM
        To: Paul Vasquez <paul.vasquez@example.org>
        Subject: Interview Confirmation - Software Engineer II - Clinical Informatics (2026-4417)

        Dear Paul,

        This message confirms your video interview:

            Date:      09/24/2026 (Thursday)
            Time:      1:00 PM - 2:00 PM Central Time
        """)
    return message(heads(
        "Dana Kowalczyk <dkowalczyk@prairielanehealth.org>",
        "RE: Interview Confirmation - Software Engineer II - Clinical Informatics (2026-4417)",
        "2026-09-22 11:15", "America/Chicago",
        "MN2PR17MB3920C7B1A0D9E8F7A6B5C4D3E2F1@MN2PR17MB3920.namprd17.prod.outlook.com",
        rcv="from NAM04-MN2-obe.outbound.protection.outlook.com (mail-mn2nam04on2071.outbound.protection"
            ".outlook.com [40.107.13.71])",
        extra=(("In-Reply-To", "<1695051000.3188.ICIMS.prairielanehealth@talent.icims.com>"),
               ("References", "<1695051000.3188.ICIMS.prairielanehealth@talent.icims.com>"),
               ("Thread-Topic", "Interview Confirmation - Software Engineer II - Clinical Informatics (2026-4417)"))),
        text(body, charset="us-ascii", cte="7bit"))


@mail(n(20), family="google_calendar", lang="es", interview=True, kind="rescheduled",
      start="2026-12-14T15:00:00Z", end="2026-12-14T16:00:00Z", contact="diego.mamani@kallpasoftware.pe",
      company="Kallpa Software", local="Mon 2026-12-14 10:00", local_end="2026-12-14 11:00", zone="America/Lima",
      note="Google Calendar 'Invitación actualizada' for an all-day event moved from vie 11 dic to lun 14 dic; the "
           "time is only in the description: 'de 10:00 a 11:00 (hora de Lima)', UTC-5 = 15:00Z; the all-day ICS "
           "(VALUE=DATE 20261214) carries only the day; contact = organizer")
def m20() -> bytes:
    desc = ("Hola Paúl, moví la entrevista al lunes 14 porque el viernes tenemos release. "
            "Misma hora: de 10:00 a 11:00 (hora de Lima). Entras con el link de Meet de abajo. ¡Saludos! Diego")
    plain = t(f"""
        Este evento se ha cambiado.

        Entrevista técnica - Paúl Vásquez (Kallpa Software)
        Cuándo
        lunes, 14 de diciembre de 2026 (CAMBIADO)

        Unirse con Google Meet
        https://meet.google.com/yfr-hmcx-baq

        Organizador
        Diego Mamani
        diego.mamani@kallpasoftware.pe

        Invitados
        Diego Mamani - organizador
        paul.vasquez@example.org

        {desc}

        Invitación de Google Calendar

        Recibes este correo electrónico porque eres un invitado en el evento. Para dejar de recibir
        actualizaciones de este evento, rechaza la invitación.
        """)
    hbody = t(f"""
        <html><body style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <div style="color:#202124;font-size:14px">Este evento se ha cambiado.</div>
        <h2 style="font-size:20px;font-weight:400;color:#3c4043">Entrevista técnica - Paúl Vásquez (Kallpa Software)</h2>
        <table><tr><td style="color:#70757a;padding-right:12px">Cuándo</td>
        <td><span style="color:#d93025">CAMBIADO</span> lunes, 14 de diciembre de 2026
        <br><del style="color:#70757a">viernes, 11 de diciembre de 2026</del></td></tr>
        <tr><td style="color:#70757a">Organizador</td><td>Diego Mamani<br>diego.mamani@kallpasoftware.pe</td></tr>
        <tr><td style="color:#70757a">Invitados</td><td>Diego Mamani - organizador<br>paul.vasquez@example.org</td></tr></table>
        <p><a href="https://meet.google.com/yfr-hmcx-baq" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Unirse con Google Meet</a></p>
        <p>{_html.escape(desc)}</p>
        <p style="color:#70757a;font-size:12px">Invitación de Google Calendar</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261214
DTEND;VALUE=DATE:20261215
DTSTAMP:20261209T234000Z
ORGANIZER;CN=Diego Mamani:mailto:diego.mamani@kallpasoftware.pe
UID:5k2n8q1v0t7c3r9m6b4x1z0w8e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Diego Mamani;X-NUM-GUESTS=0:mailto:diego.mamani@kallpasoftware.pe
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
X-GOOGLE-CONFERENCE:https://meet.google.com/yfr-hmcx-baq
CREATED:20261201T160244Z
DESCRIPTION:{desc.replace(",", chr(92) + ",")}
LAST-MODIFIED:20261209T234000Z
LOCATION:
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Entrevista técnica - Paúl Vásquez (Kallpa Software)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    part = mixed(alt(text(plain), html(hbody), calendar(ics, cte="base64")),
                 calendar(ics, cte="base64", ctype="application/ics", method=None, filename="invite.ics",
                          disposition="attachment", name_param=True))
    return message(heads(
        "Diego Mamani <diego.mamani@kallpasoftware.pe>",
        "Invitación actualizada: Entrevista técnica - Paúl Vásquez (Kallpa Software) - lun 14 dic 2026 "
        "(paul.vasquez@example.org)",
        "2026-12-09 18:40", "America/Lima", "calendar-3f7a9d12-6c0e-4b8a-9e51-d2c4a7b0f913@google.com",
        rcv="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
        extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
               ("Reply-To", "Diego Mamani <diego.mamani@kallpasoftware.pe>"))), part)


# =========================================================================== positives: cancelled


@mail(n(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start="2026-12-09T21:00:00Z", end="2026-12-09T22:00:00Z", contact="ellie.nakamura@redwoodchart.com",
      company="Redwood Chart", local="Wed 2026-12-09 13:00", local_end="2026-12-09 14:00",
      zone="America/Los_Angeles",
      note="Google Calendar cancellation (METHOD:CANCEL), Seattle company: Wed Dec 9 1pm-2pm PST (UTC-8) = 21:00Z; "
           "no new time offered; contact = organizer")
def m21() -> bytes:
    plain = t("""
        This event has been canceled.

        Technical Interview - Paúl Vásquez / Redwood Chart
        When
        Wednesday Dec 9, 2026 ⋅ 1pm - 2pm (Pacific Time - Los Angeles)

        Organizer
        Ellie Nakamura
        ellie.nakamura@redwoodchart.com

        Guests
        Ellie Nakamura - organizer
        Ben Adeyemi
        paul.vasquez@example.org

        Note from organizer: Hi Paúl - I'm so sorry, the team has put this role on hold until Q1
        and we have to cancel Wednesday's interview. I'll reach out as soon as hiring reopens.

        Invitation from Google Calendar
        """)
    hbody = para_html(plain, style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#3c4043")
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{VTZ_LA}
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20261209T130000
DTEND;TZID=America/Los_Angeles:20261209T140000
DTSTAMP:20261207T180500Z
ORGANIZER;CN=Ellie Nakamura:mailto:ellie.nakamura@redwoodchart.com
UID:0t4ab7kq3v8e1n6m2r9c5x7w1d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={ME}:mailto:{ME}
SEQUENCE:2
STATUS:CANCELLED
SUMMARY:Technical Interview - Paúl Vásquez / Redwood Chart
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    part = mixed(alt(text(plain), html(hbody), calendar(ics, method="CANCEL", cte="base64")),
                 calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                          disposition="attachment", name_param=True))
    return message(heads(
        "Ellie Nakamura <ellie.nakamura@redwoodchart.com>",
        "Canceled event: Technical Interview - Paúl Vásquez / Redwood Chart @ Wed Dec 9, 2026 1pm - 2pm (PST) "
        "(paul.vasquez@example.org)",
        "2026-12-07 10:05", "America/Los_Angeles", "calendar-9e0c2b71-4f3d-4a18-b6c5-7a1d8e2f0c46@google.com",
        rcv="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
        extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
               ("Reply-To", "Ellie Nakamura <ellie.nakamura@redwoodchart.com>"))), part)


@mail(n(22), family="human_prose", lang="es", interview=True, kind="cancelled",
      start="2026-11-11T16:30:00Z", end=None, contact="valeria.huaman@quipulabs.pe",
      company="Quipu Labs", local="Wed 2026-11-11 11:30", zone="America/Lima",
      note="Recruiter cancels 'la entrevista de mañana miércoles a las 11:30' (sent Tue 10 Nov, Lima UTC-5) = the "
           "16:30Z slot confirmed by Teamtailor earlier; role frozen, no new time; this mail states no range, so "
           "end null; contact = human sender")
def m22() -> bytes:
    body = t("""
        Hola Paúl, ¿cómo estás?

        Te escribo con una noticia no tan buena 😕 Tenemos que cancelar la entrevista de mañana
        miércoles a las 11:30. Ayer en la noche nos avisaron que la posición queda congelada hasta
        el próximo año por un tema de presupuesto, así que no tiene sentido hacerte perder el
        tiempo.

        Apenas se reabra te escribo, tu perfil nos encantó de verdad. Mil disculpas.

        Un abrazo,
        Valeria
        --
        Valeria Huamán | Talent @ Quipu Labs
        Lima, Perú · +51 987 112 340
        """)
    return message(heads(
        addr("Valeria Huamán", "valeria.huaman@quipulabs.pe"),
        "Entrevista de mañana - Quipu Labs",
        "2026-11-10 09:05", "America/Lima", "CAPx7Vq1mT9zR+kQ2w=quipu.1110.vh@mail.gmail.com",
        rcv="from mail-lj1-f170.google.com (mail-lj1-f170.google.com [209.85.208.170])"),
        alt(text(body), html(gmail_html(body))))


@mail(n(23), family="exchange_outlook", lang="es", interview=True, kind="cancelled",
      start="2026-12-03T21:00:00Z", end=None, contact="maria.jose.tapia@tandanadatos.ec",
      company="Tandana Datos", local="Thu 2026-12-03 16:00", zone=GQ,
      note="Outlook meeting cancellation (METHOD:CANCEL, windows-1252 QP) from Quito: the jueves 3 dic 16h00 "
           "interview is cancelled and 'lunes 7 a la misma hora' is only proposed, so kind cancelled with the old "
           "slot = 21:00Z; the ICS has no DTEND; contact = sender/organizer")
def m23() -> bytes:
    plain = t("""
        Estimado Paúl:

        Lamentablemente debo cancelar nuestra entrevista del jueves 3 de diciembre a las 16h00, pues
        el gerente de producto estará de viaje esa semana.

        ¿Le vendría bien el lunes 7 de diciembre a la misma hora? Si no, indíqueme por favor dos o
        tres opciones que le acomoden y le envío una nueva invitación.

        Disculpe las molestias.

        Atentamente,
        María José Tapia
        Jefa de Talento Humano
        Tandana Datos Cía. Ltda. – Quito
        """)
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body lang="ES"><div class="WordSection1">
        <p class="MsoNormal">Estimado Paúl:</p>
        <p class="MsoNormal">Lamentablemente debo cancelar nuestra entrevista del jueves 3 de diciembre a las 16h00,
        pues el gerente de producto estará de viaje esa semana.</p>
        <p class="MsoNormal">¿Le vendría bien el lunes 7 de diciembre a la misma hora? Si no, indíqueme por favor dos
        o tres opciones que le acomoden y le envío una nueva invitación.</p>
        <p class="MsoNormal">Disculpe las molestias.</p>
        <p class="MsoNormal">Atentamente,<br>María José Tapia<br>Jefa de Talento Humano<br>Tandana Datos Cía. Ltda. – Quito</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_SAPAC}
BEGIN:VEVENT
ORGANIZER;CN=María José Tapia:mailto:maria.jose.tapia@tandanadatos.ec
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Paúl Vásquez:mailto:{ME}
UID:040000008200E00074C5B7101A82E00800000000D1F5A8C39B7FDC01000000000000000010000000F2E1D0C9
SUMMARY;LANGUAGE=es-EC:Cancelada: Entrevista - Paúl Vásquez - Tandana Datos
DTSTART;TZID=SA Pacific Standard Time:20261203T160000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261201T133000Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=es-EC:Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
END:VCALENDAR"""
    part = alt(text(plain, charset="windows-1252"), html(hbody, charset="windows-1252"),
               calendar(ics, method="CANCEL", cte="base64"))
    return message(heads(
        addr("María José Tapia", "maria.jose.tapia@tandanadatos.ec", "windows-1252"),
        "Cancelada: Entrevista - Paúl Vásquez - Tandana Datos",
        "2026-12-01 08:30", GQ,
        "DM4PR10MB6001F2E1D0C9B8A7F6E5D4C3B2A1@DM4PR10MB6001.namprd10.prod.outlook.com",
        rcv="from NAM10-DM4-obe.outbound.protection.outlook.com (mail-dm4nam10on2112.outbound.protection"
            ".outlook.com [40.107.94.112])", charset="windows-1252",
        extra=(("Importance", "high"), ("Content-Language", "es-EC"))), part)


# =========================================================================== negatives


def pdf_part(filename: str, title: str) -> Part:
    """A tiny but well-formed one-page PDF, base64, as an attachment."""
    stream = f"BT /F1 12 Tf 72 720 Td ({title}) Tj ET".encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = b"%PDF-1.4\n", []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    body = base64.encodebytes(out).replace(b"\n", b"\r\n")
    return Part([("Content-Type", f'application/pdf; name="{filename}"'),
                 ("Content-Disposition", f'attachment; filename="{filename}"'),
                 ("Content-Transfer-Encoding", "base64")], body)


@mail(n(24), family="rejection", lang="en", interview=False, company="Halyard Health",
      note="Greenhouse rejection after the 14 Oct interview; mentions the past interview date, nothing upcoming",
      days=(("Wed", "2026-10-14"),))
def m24() -> bytes:
    body = t("""
        Hi Paúl,

        Thank you for taking the time to interview with us on Wednesday, October 14 for the Senior
        Software Engineer, Clinical Data role. Tom and Rachel enjoyed the conversation about your
        FHIR ingestion work.

        After careful consideration, we've decided to move forward with other candidates whose
        experience more closely matches what the team needs right now. This was a difficult
        decision, and it is not a reflection of your skills.

        We'd love to keep in touch and will reach out if a role opens up that fits your background.

        Best of luck in your search,
        Megan Sorensen
        Recruiting | Halyard Health
        """)
    return message(heads(
        "Halyard Health <no-reply@us.greenhouse-mail.io>",
        "Your application to Halyard Health",
        "2026-10-21 13:10", "America/New_York", "0100019a4b8e11d2-7a3f0c55.20261021171000@us.greenhouse-mail.io",
        rcv="from o3.us.greenhouse-mail.io (o3.us.greenhouse-mail.io [167.89.12.41])",
        extra=(("Reply-To", "Megan Sorensen <megan.sorensen@halyardhealth.com>"),)),
        alt(text(body), html(para_html(body))))


@mail(n(25), family="offer", lang="es", interview=False, company="Austro Datos",
      note="Job offer from the Cuenca company interviewed on 9 Sep, PDF attached; the fixed 'lunes 28 de "
           "septiembre a las 10h00' is a contract signing if he accepts, not an interview",
      days=(("Fri", "2026-09-25"), ("Mon", "2026-09-28")))
def m25() -> bytes:
    body = t("""
        Estimado Paúl:

        Reciba un cordial saludo de Austro Datos Cía. Ltda.

        Luego del proceso de entrevistas, nos complace ofrecerle el cargo de Desarrollador Backend
        Senior en nuestro equipo de soluciones para salud. Adjunto encontrará la carta oferta con
        el detalle de la remuneración, beneficios y fecha tentativa de inicio.

        Le agradeceremos nos haga conocer su decisión hasta el viernes 25 de septiembre. En caso de
        aceptar, la firma del contrato sería el lunes 28 de septiembre a las 10h00 en nuestras
        oficinas (Gran Colombia y Luis Cordero).

        Cualquier inquietud sobre la propuesta, con gusto la conversamos por teléfono.

        Atentamente,

        Ing. Esteban Ordóñez
        Gerente de Desarrollo
        Austro Datos Cía. Ltda. | Cuenca - Ecuador
        """)
    return message(heads(
        addr("Esteban Ordóñez", "esteban.ordonez@austrodatos.com.ec"),
        "Carta oferta - Desarrollador Backend Senior - Austro Datos",
        "2026-09-18 16:20", GQ, "4D1A7C9E-5F2B-4E33-9C80-austrodatos-0918@austrodatos.com.ec",
        rcv="from mail.austrodatos.com.ec (mail.austrodatos.com.ec [190.152.10.44])"),
        mixed(alt(text(body), html(para_html(body))),
              pdf_part("Carta_oferta_Paul_Vasquez.pdf", "Carta oferta - Austro Datos")))


@mail(n(26), family="application_receipt", lang="en", interview=False, company="Maplewood Clinical Software",
      note="Lever application acknowledgement; 'if there's a match we'll reach out to schedule' - nothing fixed")
def m26() -> bytes:
    body = t("""
        Hi Paúl,

        Thanks for applying to the Senior Backend Developer - EHR Integrations (Remote, Americas)
        role at Maplewood Clinical Software! We've received your application.

        Our team reviews every application personally. If your experience is a match, someone from
        our recruiting team will reach out to schedule an introductory interview, usually within
        two weeks.

        In the meantime, you can learn more about how we build software for community clinics at
        https://maplewoodclinical.ca/engineering.

        Thanks again,
        The Maplewood Clinical Software Team
        """)
    return message(heads(
        "Maplewood Clinical Software <no-reply@hire.lever.co>",
        "Thanks for applying to Maplewood Clinical Software",
        "2026-10-05 08:30", "America/Toronto", "lever.1c8b77e2-90d4-4f5a-b3a6-55e1@hire.lever.co",
        rcv="from mail-r2.hire.lever.co (mail-r2.hire.lever.co [54.240.27.18])"),
        alt(text(body), html(para_html(body))))


@mail(n(27), family="job_alert", lang="es", interview=False, company=None,
      note="Job-board alert (fictional EmpleoAndes); listings say 'entrevistas inmediatas' and one gives an "
           "open-day date for all applicants; nothing is the user's interview",
      days=(("Thu", "2026-10-22"),))
def m27() -> bytes:
    jobs = [
        ("Desarrollador/a Backend (Salud)", "Clínica Santa Inés del Valle", "Cuenca", "Entrevistas inmediatas"),
        ("Ingeniero de Software Senior - HIS", "Hospital Metropolitano del Sur", "Quito",
         "Jornada de entrevistas: jueves 22/10, 09h00 a 13h00, para todos los postulantes"),
        ("Analista Programador Java", "Seguros La Previsora Andina", "Guayaquil", "Publicado hace 2 días"),
        ("Full Stack Developer (remoto)", "MediTrack Latam", "Remoto - Ecuador", "Postulación fácil"),
    ]
    plain = "Hola Paúl,\n\nEstas son las nuevas ofertas para tu alerta \"desarrollador software salud\":\n\n"
    plain += "\n\n".join(f"{a}\n{b} - {c}\n{d}" for a, b, c, d in jobs)
    plain += t("""


        Ver todas las ofertas: https://www.empleoandes.ec/alertas/8812
        Para dejar de recibir esta alerta, haz clic aquí: https://www.empleoandes.ec/alertas/8812/baja
        """)
    cards = "\n".join(
        f'<tr><td style="padding:12px;border-bottom:1px solid #eee"><a href="https://www.empleoandes.ec/o/{i}" '
        f'style="color:#0b5cad;font-weight:bold">{_html.escape(a)}</a><br>{_html.escape(b)} · {_html.escape(c)}'
        f'<br><span style="color:#2e7d32;font-size:12px">{_html.escape(d)}</span></td></tr>'
        for i, (a, b, c, d) in enumerate(jobs, 40211))
    hbody = t(f"""
        <html><body style="font-family:Arial,sans-serif;background:#f6f7f9">
        <table width="600" align="center" style="background:#fff">
        <tr><td style="padding:16px;font-size:18px">4 nuevas ofertas para <b>desarrollador software salud</b></td></tr>
        {cards}
        <tr><td style="padding:16px;font-size:11px;color:#888">EmpleoAndes · <a href="https://www.empleoandes.ec/alertas/8812/baja">Darse de baja</a></td></tr>
        </table></body></html>
        """)
    return message(heads(
        "EmpleoAndes <alertas@empleoandes.ec>",
        "4 nuevas ofertas: desarrollador software salud",
        "2026-10-19 07:00", GQ, "alerta.8812.20261019120000@empleoandes.ec",
        rcv="from mta3.empleoandes.ec (mta3.empleoandes.ec [186.4.221.19])",
        extra=(("List-Unsubscribe", "<https://www.empleoandes.ec/alertas/8812/baja>"),
               ("Precedence", "bulk"))),
        alt(text(plain), html(hbody)))


@mail(n(28), family="newsletter_tips", lang="es", interview=False, company=None,
      note="Developer newsletter issue about technical interviews ('tu entrevista del martes'); generic advice")
def m28() -> bytes:
    body = t("""
        Bitácora Dev · Edición #44

        Cómo llegar preparado a tu entrevista técnica (y no morir en el intento)

        Hola, bitacoreros:

        Esta semana varios de ustedes nos escribieron con la misma pregunta: "tengo la entrevista el
        martes a las 10, ¿qué repaso?". Así que aquí va la guía rápida:

        1. Repasa los proyectos de tu CV: te van a preguntar por decisiones, no por sintaxis.
        2. Practica en voz alta. Explicar mientras programas es una habilidad aparte.
        3. Prepara dos preguntas para el entrevistador sobre cómo trabaja el equipo.
        4. Conéctate diez minutos antes y prueba cámara y micrófono.

        También en esta edición: entrevista con Lucía Paredes, CTO de una healthtech quiteña, sobre
        cómo contratan en su equipo.

        Nos leemos el próximo sábado,
        Equipo Bitácora Dev

        ¿Ya no quieres recibir la Bitácora? Date de baja: https://bitacoradev.substack.com/unsubscribe
        """)
    return message(heads(
        addr("Bitácora Dev", "bitacoradev@substack.com"),
        "#44 · Cómo llegar preparado a tu entrevista técnica",
        "2026-10-31 08:00", GQ, "20261031130000.3.bitacoradev@substack.com",
        rcv="from mail-a2.substack.com (mail-a2.substack.com [198.2.180.44])",
        extra=(("List-Unsubscribe", "<https://bitacoradev.substack.com/unsubscribe>"),
               ("List-Id", "<bitacoradev.substack.com>"), ("Precedence", "bulk"))),
        alt(text(body, cte="base64"), html(para_html(body, style="font-family:Georgia,serif;font-size:16px"),
                                           cte="base64")))


@mail(n(29), family="self_schedule", lang="en", interview=False, company="Brightwater Health",
      note="GoodTime availability request: lists candidate days and asks the candidate to pick; nothing "
           "confirmed yet (the confirmation comes later as another mail)",
      days=(("Tue", "2026-11-10"), ("Wed", "2026-11-11"), ("Thu", "2026-11-12")))
def m29() -> bytes:
    body = t("""
        Hi Paúl,

        Congratulations on moving forward to the virtual onsite with Brightwater Health!

        Please share your availability using the link below. The onsite is about 3 hours with
        breaks, and we're currently scheduling for:

          - Tuesday, November 10
          - Wednesday, November 11
          - Thursday, November 12

        Select your availability: https://app.goodtime.io/availability/bwh/7Q2kW9xR

        Times are shown in your local time zone. Please submit by Monday so we can lock in the
        panel. Once your interviewers are confirmed, you'll receive a confirmation with the full
        schedule.

        Thanks,
        Kendra Oyelaran
        Recruiting Coordinator, Brightwater Health
        """)
    return message(heads(
        "Brightwater Health Recruiting <notifications@goodtime.io>",
        "Action needed: share your availability for your Brightwater Health onsite",
        "2026-10-30 15:00", "America/New_York", "gt-01HEX2M8B4C6D8F0G2H4.bwh@goodtime.io",
        rcv="from mail.goodtime.io (mail.goodtime.io [50.31.36.210])",
        extra=(("Reply-To", "Kendra Oyelaran <kendra.oyelaran@brightwaterhealth.com>"),)),
        alt(text(body), html(para_html(body))))


@mail(n(30), family="proposal_unconfirmed", lang="es", interview=False, company="Ceiba Tecnologías Médicas",
      note="Recruiter proposes two slots ('¿le quedaría bien el jueves 22 a las 10:00 o el viernes 23 a las "
           "15:00?') and waits for an answer: nothing confirmed",
      days=(("Thu", "2026-10-22"), ("Fri", "2026-10-23")))
def m30() -> bytes:
    body = t("""
        Hola Paúl, ¿qué tal?

        Muchas gracias por la conversación del lunes. Sebastián, nuestro líder de arquitectura,
        quiere conocerte para la entrevista técnica. ¿Te quedaría bien el jueves 22 de octubre a las
        10:00 o el viernes 23 a las 15:00 (hora Colombia)?

        Apenas me confirmes cuál te sirve, te envío la invitación de Teams.

        Un saludo,

        Juliana Restrepo Gaviria
        Líder de Atracción de Talento
        Ceiba Tecnologías Médicas S.A.S. | Bogotá, Colombia
        """)
    return message(heads(
        addr("Juliana Restrepo Gaviria", "juliana.restrepo@ceibatecmed.co"),
        "Siguiente paso - Desarrollador Senior HIS",
        "2026-10-14 11:20", "America/Bogota",
        "CO1PR12MB4901B7D6C5E4F3A2B1C0D9E8F7A6@CO1PR12MB4901.namprd12.prod.outlook.com",
        rcv="from NAM12-CO1-obe.outbound.protection.outlook.com (mail-co1nam12on2090.outbound.protection"
            ".outlook.com [40.107.92.90])",
        extra=(("Content-Language", "es-CO"),)),
        alt(text(body), html(para_html(body, style="font-family:Calibri,sans-serif;font-size:11pt"))))


@mail(n(31), family="recruiter_outreach", lang="en", interview=False, company="Sendero Health",
      note="Cold outreach from a US employer: 'open to a 20-minute chat next week?' with a booking link; nothing fixed")
def m31() -> bytes:
    body = t("""
        Hi Paúl,

        I came across your profile while looking for engineers with HL7 and FHIR experience, and
        your work on the regional lab-results exchange caught my eye.

        I'm hiring a Senior Integration Engineer at Sendero Health (we build care-coordination
        software for rural hospitals in Texas and New Mexico). The role is fully remote and the
        team already has two engineers in Latin America.

        Would you be open to a quick 20-minute chat sometime next week? If so, feel free to grab
        any time that works for you here: https://calendly.com/rmoreno-sendero/20min

        Best,
        Rafael Moreno
        Engineering Manager, Integrations | Sendero Health
        Austin, TX
        """)
    return message(heads(
        "Rafael Moreno <rafael.moreno@senderohealth.com>",
        "HL7/FHIR engineer - quick chat?",
        "2026-09-08 14:02", "America/Chicago", "CAM9pT2z8K=senderohealth.outreach.0908@mail.gmail.com",
        rcv="from mail-qk1-f181.google.com (mail-qk1-f181.google.com [209.85.222.181])"),
        alt(text(body), html(gmail_html(body))))


@mail(n(32), family="non_interview_calendar", lang="es", interview=False, company=None,
      note="Medical appointment confirmation with an ICS (martes 13 de octubre 08h40, Cuenca): a confirmed "
           "time, not an interview",
      days=(("Tue", "2026-10-13"),))
def m32() -> bytes:
    body = t("""
        Centro Médico Tomebamba
        Confirmación de cita

        Paciente: PAUL VASQUEZ
        Especialidad: Medicina Interna
        Médico: Dra. Verónica Cordero
        Fecha: martes 13 de octubre de 2026
        Hora: 08h40
        Consultorio: 214, Torre B - Av. Fray Vicente Solano 2-35, Cuenca

        Por favor llegue 15 minutos antes con su cédula. Si no puede asistir, cancele su cita con
        24 horas de anticipación llamando al 07 409 6000.

        Este es un mensaje automático, no responda a este correo.
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//CMT//Agenda Citas 3.2//ES
METHOD:PUBLISH
{VTZ_GYE}
BEGIN:VEVENT
UID:cita-1188204@centromedicotomebamba.ec
DTSTAMP:20261008T211500Z
DTSTART;TZID=America/Guayaquil:20261013T084000
DTEND;TZID=America/Guayaquil:20261013T090000
SUMMARY:Cita Medicina Interna - Dra. Verónica Cordero
LOCATION:Consultorio 214\\, Torre B - Centro Médico Tomebamba
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message(heads(
        addr("Centro Médico Tomebamba", "citas@centromedicotomebamba.ec"),
        "Confirmación de cita - Medicina Interna - 13/10/2026 08h40",
        "2026-10-08 16:15", GQ, "cita-1188204.20261008211500@centromedicotomebamba.ec",
        rcv="from smtp.centromedicotomebamba.ec (smtp.centromedicotomebamba.ec [186.46.120.33])"),
        mixed(text(body, charset="iso-8859-1"),
              calendar(ics, method="PUBLISH", cte="base64", filename="cita.ics", disposition="attachment")))


@mail(n(33), family="non_interview_appointment", lang="es", interview=False, company=None,
      note="Estate agent confirms a flat viewing in Quito (sábado 21 a las 10h00): fixed time, not an interview",
      days=(("Sat", "2026-11-21"),))
def m33() -> bytes:
    body = t("""
        Buenas tardes Paúl,

        Confirmado entonces, la visita al departamento de la Floresta (calle Andalucía y Galicia,
        2 dormitorios, amoblado) es el sábado 21 a las 10h00. Le espero en la puerta del edificio,
        el conserje ya está avisado.

        Le recuerdo que el arriendo es de USD 650 más alícuota, y piden un mes de garantía.

        Saludos,
        Gonzalo Benavides
        Asesor inmobiliario - Inmobiliaria Casa Andina
        0998 223 117
        """)
    return message(heads(
        addr("Gonzalo Benavides", "gbenavides@casaandina-inmobiliaria.ec"),
        "Re: Departamento La Floresta - visita",
        "2026-11-18 15:42", GQ, "BY5PR20MB4412.casaandina.1118.gb@outlook.com",
        rcv="from mail.casaandina-inmobiliaria.ec (mail.casaandina-inmobiliaria.ec [190.95.210.17])",
        extra=(("In-Reply-To", "<CAJx8kP7Lw2-flat.paul.vasquez.1117@mail.example.org>"),)),
        text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(34), family="non_interview_appointment", lang="es", interview=False, company=None,
      note="Car dealership confirms a 30.000 km service (jueves 1 de octubre 08h00, Cuenca): not an interview",
      days=(("Thu", "2026-10-01"),))
def m34() -> bytes:
    body = t("""
        Estimado cliente PAUL VASQUEZ:

        Le confirmamos su cita de mantenimiento en nuestro taller:

        Vehículo: KIA SOLUTO 1.4 - Placa ABC-4471
        Servicio: Mantenimiento preventivo 30.000 km
        Fecha: jueves 1 de octubre de 2026
        Hora de recepción: 08h00
        Asesor de servicio: Diego Zhunio
        Dirección: Av. España y Sebastián de Benalcázar, Cuenca

        El tiempo estimado del servicio es de 3 horas. Contamos con sala de espera con Wi-Fi.

        Automotores Cuenca Sur S.A.
        Departamento de Servicio - PBX 07 286 4000
        """)
    return message(heads(
        "Automotores Cuenca Sur <servicio@automotorescuencasur.ec>",
        "Confirmacion de cita de servicio - ABC-4471",
        "2026-09-28 11:30", GQ, "svc.20260928163000.4471@automotorescuencasur.ec",
        rcv="from mail.automotorescuencasur.ec (mail.automotorescuencasur.ec [181.198.63.20])"),
        text(body, charset="iso-8859-1"))


@mail(n(35), family="parent_teacher", lang="es", interview=False, company=None,
      note="School calls the parent to an 'entrevista' with the class tutor (viernes 6 de noviembre 14h30): "
           "a parent-teacher meeting, not a job interview",
      days=(("Fri", "2026-11-06"),))
def m35() -> bytes:
    body = t("""
        Estimado señor Paúl Vásquez:

        Reciba un cordial saludo de la Unidad Educativa Particular Los Cedros.

        Por medio de la presente le convocamos a una entrevista con la Lcda. Mónica Sigüenza, tutora
        de 4.º de Básica "B", para conversar sobre el desempeño académico de su hijo Martín durante
        el primer quimestre.

        Fecha: viernes 6 de noviembre de 2026
        Hora: 14h30
        Lugar: sala de atención a padres de familia, bloque administrativo

        Le solicitamos confirmar su asistencia respondiendo a este correo.

        Atentamente,

        Secretaría Académica
        U. E. P. Los Cedros - Cuenca
        """)
    return message(heads(
        addr("Secretaría U.E.P. Los Cedros", "secretaria@uelloscedros.edu.ec"),
        "Convocatoria a entrevista - representante de Martín Vásquez (4.º EGB B)",
        "2026-10-30 12:05", GQ, "20261030170500.secretaria.2281@uelloscedros.edu.ec",
        rcv="from mail-pf1-f199.google.com (mail-pf1-f199.google.com [209.85.210.199])"),
        alt(text(body), html(para_html(body))))


@mail(n(36), family="non_interview_calendar", lang="es", interview=False, company=None,
      note="Outlook invite from the current employer: sprint retro and year-end lunch (jueves 17 dic 11:00-13:00); "
           "a work meeting, not an interview",
      days=(("Thu", "2026-12-17"),))
def m36() -> bytes:
    plain = t("""
        Equipo:

        Cerramos el año con la retro del Sprint 52 y luego almuerzo en El Mercado (paga la empresa 🎉).
        Jueves 17 de diciembre, de 11:00 a 13:00. Traigan sus notas de la retro.

        Saludos,
        Cristina Malo
        Scrum Master - Sistemas Clínicos del Sur
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_SAPAC}
BEGIN:VEVENT
ORGANIZER;CN=Cristina Malo:mailto:cmalo@sistemasclinicosdelsur.ec
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Equipo HCE:mailto:equipo-hce@sistemasclinicosdelsur.ec
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000010000000AB12CD34
SUMMARY;LANGUAGE=es-EC:Retro Sprint 52 + almuerzo de fin de año
DTSTART;TZID=SA Pacific Standard Time:20261217T110000
DTEND;TZID=SA Pacific Standard Time:20261217T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261210T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-EC:Sala Pumapungo / luego El Mercado
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR"""
    part = alt(text(plain), html(para_html(plain, style="font-family:Calibri,sans-serif;font-size:11pt")),
               calendar(ics, cte="base64"))
    return message(heads(
        addr("Cristina Malo", "cmalo@sistemasclinicosdelsur.ec"),
        "Retro Sprint 52 + almuerzo de fin de año",
        "2026-12-10 10:00", GQ,
        "SA1PR05MB7712AB12CD34EF56A7B8C9D0E1F2@SA1PR05MB7712.namprd05.prod.outlook.com",
        to="Equipo HCE <equipo-hce@sistemasclinicosdelsur.ec>",
        rcv="from NAM04-SA1-obe.outbound.protection.outlook.com (mail-sa1nam04on2041.outbound.protection"
            ".outlook.com [40.107.14.41])"), part)


@mail(n(37), family="webinar", lang="es", interview=False, company=None,
      note="Zoom webinar registration about technical interviews in healthtech (jueves 29 oct 7:00 PM Bogotá) "
           "with an ICS: a confirmed time, but a webinar",
      days=(("Thu", "2026-10-29"),))
def m37() -> bytes:
    body = t("""
        Hola Paúl:

        Gracias por registrarse en "Entrevistas técnicas en healthtech: qué buscan los equipos de
        ingeniería".

        Fecha y hora: 29 oct 2026 07:00 PM Bogotá

        Unirse desde PC, Mac, iPad o Android:
        https://us06web.zoom.us/w/87710293344?tk=Xq3vB8

        Código de acceso: 204811

        Añadir a calendario: el archivo adjunto le permite agregar el webinar a su calendario.

        Puede cancelar su registro en cualquier momento.

        Comunidad HealthTech Andina
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
{VTZ_BOG}
BEGIN:VEVENT
DTSTAMP:20261022T140512Z
DTSTART;TZID=America/Bogota:20261029T190000
DTEND;TZID=America/Bogota:20261029T203000
SUMMARY:Entrevistas técnicas en healthtech: qué buscan los equipos de ingeniería
UID:20261022T140512Z-87710293344@fe80::zoom
TZID:America/Bogota
LOCATION:https://us06web.zoom.us/w/87710293344?tk=Xq3vB8
ORGANIZER;CN=Comunidad HealthTech Andina:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR"""
    return message(heads(
        "Comunidad HealthTech Andina <no-reply@zoom.us>",
        "Confirmación de registro a webinar: Entrevistas técnicas en healthtech",
        "2026-10-22 09:05", "America/Bogota", "ZmN9k2Xw.webinar.87710293344@zoom.us",
        rcv="from mta-175.zoom.us (mta-175.zoom.us [170.114.52.175])"),
        mixed(alt(text(body), html(para_html(body))),
              calendar(ics, method="PUBLISH", cte="base64", filename="webinar.ics", disposition="attachment")))


@mail(n(38), family="mock_interview", lang="es", interview=False, company=None,
      note="Calendly booking with a career coach: 'Simulacro de entrevista técnica (60 min)', lunes 12 oct "
           "18:00 Ecuador, ICS in UTC; a practice session, not a job interview")
def m38() -> bytes:
    body = t("""
        Hola Paúl Vásquez:

        Tu evento se ha programado.

        Nombre del evento:
        Simulacro de entrevista técnica (60 min)

        Fecha/hora del evento:
        18:00 - lunes, 12 de octubre de 2026 (hora de Ecuador)

        Ubicación:
        Zoom - los detalles de la conexión están en la invitación.

        Anfitrión:
        Carolina Abad - Coaching de Carrera para Tech

        Preguntas:
        ¿Para qué proceso te estás preparando?
        Entrevista técnica con una empresa de salud digital de Madrid

        ¿Necesitas hacer cambios en este evento?
        Cancelar: https://calendly.com/cancellations/2b9f6c31-07de-4a55-8c1e-3f4d7a9b0e12
        Reprogramar: https://calendly.com/reschedulings/2b9f6c31-07de-4a55-8c1e-3f4d7a9b0e12

        Con la tecnología de Calendly.com
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:2b9f6c31-07de-4a55-8c1e-3f4d7a9b0e12@calendly.com
DTSTAMP:20261007T020100Z
DTSTART:20261012T230000Z
DTEND:20261013T000000Z
SUMMARY:Simulacro de entrevista técnica (60 min) entre Carolina Abad y Paúl Vásquez
ORGANIZER;CN=Carolina Abad:mailto:carolina@abadcoaching.com
ATTENDEE;CN=Paúl Vásquez;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{ME}
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message(heads(
        "Calendly <notifications@calendly.com>",
        "Confirmado: Simulacro de entrevista técnica (60 min) con Carolina Abad el lunes, 12 de octubre de 2026",
        "2026-10-06 21:01", GQ, "7HkP2wQz4r.2b9f6c31@calendly.com",
        rcv="from o1.email.calendly.com (o1.email.calendly.com [167.89.100.4])",
        extra=(("Reply-To", "Carolina Abad <carolina@abadcoaching.com>"),)),
        mixed(alt(text(body), html(para_html(body, style="font-family:Arial,sans-serif;font-size:15px"))),
              calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(39), family="interviewer_invite", lang="es", interview=False, company=None,
      note="HR at the current employer invites Paúl as an interviewer for a junior candidate (martes 24 nov "
           "09:00-10:00, Outlook ICS): an interview at a fixed time, but he is the interviewer",
      days=(("Tue", "2026-11-24"),))
def m39() -> bytes:
    plain = t("""
        Hola Paúl,

        Como conversamos, te incluimos en el panel de la entrevista técnica de Sofía Reinoso,
        candidata a Desarrolladora Junior para el equipo de Historia Clínica. Te adjunto su hoja de
        vida y la rúbrica de evaluación en el SharePoint de Talento.

        Por favor revisa el ejercicio que entregó antes de la entrevista y llena la rúbrica hasta
        el miércoles.

        Gracias,
        Andrea Cabrera
        Talento Humano - Sistemas Clínicos del Sur
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_SAPAC}
BEGIN:VEVENT
ORGANIZER;CN=Andrea Cabrera:mailto:acabrera@sistemasclinicosdelsur.ec
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Paúl Vásquez:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sofía Reinoso:mailto:sofia.reinoso.dev@example.com
UID:040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DC01000000000000000010000000CD34EF56
SUMMARY;LANGUAGE=es-EC:Entrevista técnica - Sofía Reinoso - Desarrolladora Junior
DTSTART;TZID=SA Pacific Standard Time:20261124T090000
DTEND;TZID=SA Pacific Standard Time:20261124T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261119T193000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-EC:Sala Turi
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR"""
    part = alt(text(plain), html(para_html(plain, style="font-family:Calibri,sans-serif;font-size:11pt")),
               calendar(ics, cte="base64"))
    return message(heads(
        addr("Andrea Cabrera", "acabrera@sistemasclinicosdelsur.ec"),
        "Entrevista técnica - Sofía Reinoso - Desarrolladora Junior",
        "2026-11-19 14:30", GQ,
        "SA1PR05MB7712CD34EF56A7B8C9D0E1F2A3B4@SA1PR05MB7712.namprd05.prod.outlook.com",
        rcv="from NAM04-SA1-obe.outbound.protection.outlook.com (mail-sa1nam04on2041.outbound.protection"
            ".outlook.com [40.107.14.41])",
        extra=(("Content-Language", "es-EC"),)), part)


@mail(n(40), family="auto_reply", lang="en", interview=False, company="Tidepool Analytics",
      note="Out-of-office auto-reply from the recruiting coordinator ('back Monday, November 16'); no interview time",
      days=(("Mon", "2026-11-16"),))
def m40() -> bytes:
    body = t("""
        Hi there,

        Thanks for your email. I'm out of the office with limited access to email and will be back
        on Monday, November 16. If your message is about an upcoming interview, please contact
        recruiting@tidepoolanalytics.com and a member of the team will help.

        Thanks,
        Jordan
        """)
    return message(heads(
        "Jordan Whitlock <jordan.whitlock@tidepoolanalytics.com>",
        "Automatic reply: Re: Staff Engineer, Health Data Platform - availability",
        "2026-11-11 16:48", "America/Los_Angeles", "CAOoo7Rz1+tidepool.ooo.1111@mail.gmail.com",
        rcv="from mail-yw1-f172.google.com (mail-yw1-f172.google.com [209.85.128.172])",
        extra=(("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply"),
               ("In-Reply-To", "<CAJx8kP9Tq3-avail.paul.vasquez.1111@mail.example.org>"))),
        text(body, charset="us-ascii", cte="7bit"))


@mail(n(41), family="bounce", lang="en", interview=False, company=None,
      note="Delivery failure (multipart/report) for the candidate's own reply confirming the 6 Oct 14h00 "
           "interview to a mistyped address; the bounce itself confirms nothing",
      days=(("Tue", "2026-10-06"),))
def m41() -> bytes:
    notice = t("""
        This is the mail system at host mx.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <andres.villacis@manglarsoftware.com.ec>: host mx.manglarsoftware.com.ec[200.7.214.9]
            said: 550 5.1.1 <andres.villacis@manglarsoftware.com.ec>: Recipient address
            rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx.example.org
        X-Postfix-Queue-ID: 4Hq7Jd2Xk9z3
        Arrival-Date: Thu,  1 Oct 2026 15:31:02 +0000 (UTC)

        Final-Recipient: rfc822; andres.villacis@manglarsoftware.com.ec
        Original-Recipient: rfc822;andres.villacis@manglarsoftware.com.ec
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.manglarsoftware.com.ec
        Diagnostic-Code: smtp; 550 5.1.1 <andres.villacis@manglarsoftware.com.ec>:
            Recipient address rejected: User unknown in virtual mailbox table
        """)
    orig_body = t("""
        Estimado Andrés,

        Muchas gracias por la invitación. Confirmo mi asistencia a la entrevista del martes 6 de
        octubre a las 14h00 por videollamada.

        Saludos cordiales,
        Paúl Vásquez
        """)
    orig = message([
        ("From", ME_H), ("To", "andres.villacis@manglarsoftware.com.ec"),
        ("Subject", "Re: Entrevista agendada: Ingeniero de Software - Plataforma Clinica"),
        ("Date", date("2026-10-01 10:30", GQ)),
        ("Message-ID", "<CAJx8kP4Rz7-manglar.paul.vasquez.1001@mail.example.org>"),
    ], text(orig_body, cte="8bit"))
    part = multipart("report", text(notice, charset="us-ascii", cte="7bit"),
                     raw_part([("Content-Description", "Delivery report"),
                               ("Content-Type", "message/delivery-status")], status),
                     Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")],
                          orig),
                     params="report-type=delivery-status")
    return message(heads(
        "Mail Delivery System <MAILER-DAEMON@mx.example.org>",
        "Undelivered Mail Returned to Sender",
        "2026-10-01 10:31", GQ, "20261001153103.4Hq7Jd2Xk9z3@mx.example.org",
        extra=(("Auto-Submitted", "auto-replied"),)), part)


@mail(n(42), family="mailing_list", lang="es", interview=False, company=None,
      note="Local Python user-group list announces its meetup (jueves 22 de octubre, 19h00) with a talk on "
           "surviving technical interviews; a community event",
      days=(("Thu", "2026-10-22"),))
def m42() -> bytes:
    body = t("""
        ¡Hola, comunidad!

        Ya tenemos fecha para el meetup de octubre:

        🐍 Python Cuenca - Meetup #31
        Jueves 22 de octubre, 19h00
        Coworking La Casa Azul (Presidente Córdova 9-21 y Padre Aguirre)

        Charlas:
        - "Sobreviviendo a las entrevistas técnicas: lo que aprendí en 14 procesos" - Daniela Ochoa
        - "FastAPI + HL7: integrando laboratorios sin morir" - Paúl Vásquez (¡gracias Paúl!)

        Habrá pizza gracias a nuestros auspiciantes. Confirmen asistencia en el formulario para saber
        cuánta pizza pedir: https://forms.gle/pyCuenca31

        Nos vemos,
        Juan Pablo
        """)
    footer = t("""

        --
        Recibiste este mensaje porque estás suscrito al grupo "Python Cuenca" de Grupos de Google.
        Para anular la suscripción a este grupo y dejar de recibir sus correos electrónicos, envía un
        correo electrónico a python-cuenca+unsubscribe@googlegroups.com.
        """)
    return message(heads(
        addr("Juan Pablo Íñiguez", "jp.iniguez@example.net"),
        "[python-cuenca] Meetup #31 - jueves 22 de octubre 🐍",
        "2026-10-13 20:15", GQ, "CAF4kZr9Wm2-pycuenca31.jpi@mail.gmail.com",
        to="Python Cuenca <python-cuenca@googlegroups.com>",
        rcv="from mail-sor-f57.google.com (mail-sor-f57.google.com [209.85.220.57])",
        extra=(("Sender", "python-cuenca@googlegroups.com"),
               ("Reply-To", "python-cuenca@googlegroups.com"),
               ("List-Id", "<python-cuenca.googlegroups.com>"),
               ("List-Post", "<mailto:python-cuenca@googlegroups.com>"),
               ("List-Unsubscribe", "<mailto:python-cuenca+unsubscribe@googlegroups.com>"),
               ("Mailing-list", "list python-cuenca@googlegroups.com; contact python-cuenca+owners@googlegroups.com"),
               ("Precedence", "list"))),
        text(body + footer))


@mail(n(43), family="job_centre", lang="es", interview=False, company=None,
      note="Municipal employment centre confirms a career-guidance appointment (martes 15 de septiembre, "
           "09h30) that includes an interview-preparation workshop: fixed time, not a job interview",
      days=(("Tue", "2026-09-15"),))
def m43() -> bytes:
    body = t("""
        CENTRO MUNICIPAL DE EMPLEO - CUENCA
        Confirmación de turno

        Ciudadano/a: VASQUEZ PAUL ANDRES
        Cédula: 01XXXXXX71
        Servicio: Orientación laboral y registro en bolsa de empleo
        Fecha: martes, 15 de septiembre de 2026
        Hora: 09h30
        Lugar: Centro Municipal de Empleo, Av. Huayna Cápac y Calle Larga, ventanilla 4

        Durante la atención se realizará una entrevista de perfil laboral para registrar su hoja
        de vida en la bolsa de empleo municipal, y se le informará sobre el taller gratuito
        "Cómo enfrentar una entrevista de trabajo".

        Requisitos: cédula de identidad original y hoja de vida impresa.

        Si no puede asistir, reagende su turno en https://turnos.empleocuenca.gob.ec

        Este correo se genera automáticamente. No responda a este mensaje.
        """)
    return message(heads(
        addr("Centro Municipal de Empleo Cuenca", "turnos@empleocuenca.gob.ec"),
        "Confirmación de turno - Orientación laboral - 15/09/2026 09h30",
        "2026-09-10 08:12", GQ, "turno.558812.20260910131200@empleocuenca.gob.ec",
        rcv="from correo.empleocuenca.gob.ec (correo.empleocuenca.gob.ec [190.152.144.8])"),
        text(body, charset="iso-8859-15"))


@mail(n(44), family="press_interview", lang="es", interview=False, company=None,
      note="A local reporter confirms an interview with Paúl for a feature on electronic health records "
           "(miércoles 7 de octubre, 10h00, café in Cuenca): he is the interviewee of the press, not a job interview",
      days=(("Wed", "2026-10-07"),))
def m44() -> bytes:
    body = t("""
        Hola Paúl,

        Mil gracias por aceptar la entrevista para el reportaje sobre la historia clínica electrónica
        en los hospitales del Azuay. Quedamos entonces el miércoles 7 de octubre a las 10h00 en el
        Café Ñucallacta (Hermano Miguel 5-62). Calculo unos 40 minutos de conversación y luego
        Santiago, nuestro fotógrafo, te tomaría un par de fotos.

        Te mando por aquí las preguntas guía para que no te agarren de sorpresa:
        1. ¿Qué cambió en la atención desde que se digitalizaron las historias clínicas?
        2. ¿Qué tan seguros están los datos de los pacientes?
        3. ¿Qué falta para que los sistemas de los hospitales públicos y privados se hablen?

        Saludos,
        Micaela Torres
        Periodista - Diario El Austral
        """)
    return message(heads(
        addr("Micaela Torres", "mtorres@diarioelaustral.ec"),
        "Entrevista para reportaje - historia clínica electrónica",
        "2026-10-02 17:40", GQ, "CAE2mW7xLp0-elaustral.1002.mt@mail.gmail.com",
        rcv="from mail-oa1-f46.google.com (mail-oa1-f46.google.com [209.85.160.46])"),
        alt(text(body), html(gmail_html(body))))


@mail(n(45), family="podcast", lang="en", interview=False, company=None,
      note="Podcast recording confirmed (Thursday, November 19 at 11:00 AM ET, 45 minutes): a guest interview "
           "on a podcast, not a job interview",
      days=(("Thu", "2026-11-19"),))
def m45() -> bytes:
    body = t("""
        Hi Paúl,

        We're thrilled to have you on Health Data Hour! Here's everything for your recording:

        Episode: "Building interoperable EHRs on a shoestring budget"
        Recording: Thursday, November 19 at 11:00 AM ET (45 minutes)
        Studio: https://riverside.fm/studio/health-data-hour?t=8b2c1

        A few tips:
        - Use headphones and a wired connection if you can.
        - Join 10 minutes early for a quick sound check with our producer, Nia.
        - We'll send you the episode link when it goes live (usually 3-4 weeks after recording).

        Looking forward to the conversation!

        Cheers,
        Mark Delaney
        Host, Health Data Hour
        """)
    return message(heads(
        "Mark Delaney <mark@healthdatahour.fm>",
        "You're booked: Health Data Hour recording on Nov 19",
        "2026-11-12 13:20", "America/New_York", "0102019b1c3d5e7f-podcast-8b2c1@healthdatahour.fm",
        rcv="from mail.healthdatahour.fm (mail.healthdatahour.fm [198.51.100.23])"),
        alt(text(body), html(para_html(body))))


@mail(n(46), family="admission_interview", lang="es", interview=False, company=None,
      note="Business school confirms an MBA admission interview (lunes 23 de noviembre, 18h30, Zoom): an "
           "'entrevista' at a fixed time, but for a study programme, not a job",
      days=(("Mon", "2026-11-23"),))
def m46() -> bytes:
    body = t("""
        Estimado Paúl Vásquez:

        Reciba un cordial saludo de la Escuela de Negocios Andina.

        Una vez revisada su solicitud de admisión al programa MBA Ejecutivo (cohorte marzo 2027),
        nos complace invitarle a la entrevista de admisión con el Comité Académico:

        Fecha: lunes 23 de noviembre de 2026
        Hora: 18h30 (hora de Ecuador)
        Modalidad: Zoom - https://zoom.us/j/96620184455
        Duración: 30 minutos

        Le recordamos tener a mano su ensayo de motivación, ya que el comité podrá hacerle
        preguntas sobre el mismo.

        Atentamente,
        Oficina de Admisiones
        Escuela de Negocios Andina - Quito
        """)
    hbody = para_html(body, style="font-family:Georgia,serif;font-size:14px;color:#1b2a4a")
    return message(heads(
        addr("Admisiones - Escuela de Negocios Andina", "admisiones@negociosandina.edu.ec"),
        "Entrevista de admisión - MBA Ejecutivo 2027",
        "2026-11-16 10:45", GQ, "adm.2027.00412.20261116154500@negociosandina.edu.ec",
        rcv="from mail.negociosandina.edu.ec (mail.negociosandina.edu.ec [186.101.77.30])"),
        alt(text(body, charset="iso-8859-1"), html(hbody.replace('charset="utf-8"', 'charset="iso-8859-1"'),
                                                   charset="iso-8859-1")))


@mail(n(47), family="sports_tryout", lang="es", interview=False, company=None,
      note="Basketball club confirms a try-out for its masters team (sábado 26 de septiembre, 09h00): "
           "a fixed appointment, not a job interview",
      days=(("Sat", "2026-09-26"),))
def m47() -> bytes:
    body = t("""
        Qué tal Paúl!

        Confirmado, te anotamos para la prueba del equipo máster (+35) del club. Es este sábado 26
        de septiembre a las 09h00 en el coliseo Jefferson Pérez, cancha 2. Trae zapatos de básquet,
        agua y la ficha médica firmada (te la adjunté en el correo anterior).

        Somos unos 20 para 12 cupos, así que a darle con todo 🏀

        Saludos,
        Coach Fabián Ortiz
        Club Deportivo Barranco Básquet
        """)
    return message(heads(
        addr("Fabián Ortiz", "fabian.ortiz.coach@example.net"),
        "Re: Prueba equipo máster",
        "2026-09-21 21:10", GQ, "CAB8xQz3Lm1-barranco.0921.fo@mail.gmail.com",
        rcv="from mail-vs1-f47.google.com (mail-vs1-f47.google.com [209.85.217.47])",
        extra=(("In-Reply-To", "<CAJx8kP1Bx5-tryout.paul.vasquez.0920@mail.example.org>"),)),
        text(body, cte="8bit"))


@mail(n(48), family="bank_appointment", lang="es", interview=False, company=None,
      note="Savings-and-loan confirms a call with a mortgage advisor (miércoles 25 de noviembre, 16h00): "
           "a fixed time, not an interview",
      days=(("Wed", "2026-11-25"),))
def m48() -> bytes:
    body = t("""
        Estimado socio PAUL VASQUEZ,

        Su cita con un asesor de crédito hipotecario ha sido agendada con éxito.

        Modalidad: llamada telefónica al número registrado (09XXXX4471)
        Fecha: miércoles 25 de noviembre de 2026
        Hora: 16h00
        Asesor: Ing. Patricia Quezada

        Para la llamada, por favor tenga a mano sus últimos tres roles de pago y el certificado de
        aportaciones.

        Mutualista Ríos del Sur - Siempre contigo
        Este es un correo automático; por favor no lo responda.
        """)
    html_body = t("""
        <html><body style="font-family:Tahoma,sans-serif;font-size:13px">
        <div style="background:#0a6e4f;color:#fff;padding:12px;font-size:16px">Mutualista Ríos del Sur</div>
        <p>Estimado socio <b>PAUL VASQUEZ</b>,</p>
        <p>Su cita con un asesor de crédito hipotecario ha sido agendada con éxito.</p>
        <table cellpadding="4">
        <tr><td>Modalidad</td><td>llamada telefónica al número registrado (09XXXX4471)</td></tr>
        <tr><td>Fecha</td><td>miércoles 25 de noviembre de 2026</td></tr>
        <tr><td>Hora</td><td>16h00</td></tr>
        <tr><td>Asesor</td><td>Ing. Patricia Quezada</td></tr>
        </table>
        <p>Para la llamada, por favor tenga a mano sus últimos tres roles de pago y el certificado de aportaciones.</p>
        <p style="font-size:11px;color:#777">Este es un correo automático; por favor no lo responda.</p>
        </body></html>
        """)
    return message(heads(
        addr("Mutualista Ríos del Sur", "notificaciones@mutualistariosdelsur.fin.ec"),
        "Cita agendada con su asesor hipotecario",
        "2026-11-20 09:00", GQ, "notif.hip.99120.20261120140000@mutualistariosdelsur.fin.ec",
        rcv="from smtp.mutualistariosdelsur.fin.ec (smtp.mutualistariosdelsur.fin.ec [200.110.84.12])"),
        alt(text(body, charset="windows-1252"), html(html_body, charset="windows-1252", cte="base64")))


@mail(n(49), family="forwarded_other", lang="es", interview=False, company=None,
      note="A friend forwards HER OWN Ashby interview confirmation (Tue Nov 24, 10:00-11:00 AM PST) to ask for "
           "tips: a confirmed job interview, but not the inbox owner's",
      days=(("Tue", "2026-11-24"),))
def m49() -> bytes:
    body = t("""
        Pauliii!! mira, a mí también me llamaron de Tidepool 😱 ¿cómo te fue en la técnica con
        ellos? ¿qué te preguntaron? Cualquier tip se agradece, estoy nerviosa jaja

        Carla

        ---------- Forwarded message ---------
        De: Tidepool Analytics <no-reply@ashbyhq.com>
        Date: vie, 20 nov 2026 a las 11:02
        Subject: Interview confirmed: Senior Data Engineer at Tidepool Analytics
        To: Carla Benítez <carla.benitez@example.net>

        Hi Carla,

        You're all set! Here are the details of your upcoming interview with Tidepool Analytics.

        Technical Interview - Senior Data Engineer
        Tuesday, November 24, 2026
        10:00 AM - 11:00 AM PST

        Location: Zoom - https://tidepoolanalytics.zoom.us/j/85530021977

        Questions? Reply to this email to reach Jordan Whitlock, Recruiting Coordinator.

        Powered by Ashby
        """)
    return message(heads(
        addr("Carla Benítez", "carla.benitez@example.net"),
        "Fwd: Interview confirmed: Senior Data Engineer at Tidepool Analytics",
        "2026-11-20 12:30", GQ, "CAD9wL2qXv5-fwd.tidepool.cb@mail.gmail.com",
        rcv="from mail-ua1-f52.google.com (mail-ua1-f52.google.com [209.85.222.52])"),
        alt(text(body), html(gmail_html(body))))


@mail(n(50), family="post_interview", lang="es", interview=False, company="Manglar Software",
      note="Hiring manager's thank-you after the 6 Oct interview; a second round 'la próxima semana' will be "
           "coordinated later, nothing fixed",
      days=(("Tue", "2026-10-06"),))
def m50() -> bytes:
    body = t("""
        Paúl, buenas tardes.

        Gracias por su tiempo el martes. Al equipo le gustó mucho su experiencia con HL7 y con la
        integración de laboratorios. Queremos avanzar a una segunda entrevista con nuestro gerente
        general, que sería en algún momento de la próxima semana; Daniela, de Selección, le
        escribirá para coordinar el día y la hora.

        PD: me comentaron que me escribió a manglarsoftware.com.ec; el dominio correcto es
        manglarsoftware.ec, por si acaso.

        Saludos cordiales,
        Andrés Villacís
        Jefe de Desarrollo | Manglar Software
        Guayaquil
        """)
    return message(heads(
        addr("Andrés Villacís", "andres.villacis@manglarsoftware.ec"),
        "Gracias por su tiempo - siguientes pasos",
        "2026-10-08 15:25", GQ, "CAGv8Rt1Np4-manglar.1008.av@mail.gmail.com",
        rcv="from mail-il1-f180.google.com (mail-il1-f180.google.com [209.85.166.180])"),
        alt(text(body), html(gmail_html(body))))
