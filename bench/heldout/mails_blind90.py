"""blind90: 50 hand-written mails from the inbox of Martina Sosa, a product manager in Montevideo.

Written blind (without reading the detector, its tests or the other held-out mails) by a helper
session. Build and check with ``python3 bench/heldout/make_blind.py blind90``.

The inbox runs from early September to mid-December 2026. Martina lives in Montevideo
(America/Montevideo, UTC-3 all year, no DST) and looks at roles in Montevideo, Buenos Aires,
Sao Paulo, Santiago, Madrid and remote US teams. Her current employer, Quinta Tech, uses the
example.net domain (her work address is msosa@example.net).

Keys 1-23 are the positives, 24-50 the negatives; the file number of the mail written ``key``-th
is ``ORDER[key - 1]``.
"""

from __future__ import annotations

import hashlib
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
    received,
    t,
    text,
)

SET = "blind90"
ORDER = random.Random(90090).sample(range(1, 51), 50)

ME = "martina.sosa@example.org"
ME_NAME = addr("Martina Sosa", ME)
WORK = "msosa@example.net"

MVD = "America/Montevideo"
BA = "America/Argentina/Buenos_Aires"
SP = "America/Sao_Paulo"
SCL = "America/Santiago"
MAD = "Europe/Madrid"
NY = "America/New_York"
LA = "America/Los_Angeles"


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, to: str = ME_NAME,
         relay: str, mx: str | None = None, rcpt: str = ME,
         lag: int = 3, extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8") -> list[tuple[str, str]]:
    """The usual top of a delivered message: Delivered-To, Received, From, To, Subject, Date, Message-ID."""
    if mx is None:
        qid = hashlib.sha1(msgid.encode(), usedforsecurity=False).hexdigest()[:11].upper()
        mx = f"mx1.example.org (Postfix) with ESMTPS id 4d{qid}"
    return [
        ("Delivered-To", ME),
        ("Received", received(f"from {relay}", when, zone, mx, rcpt, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


# --------------------------------------------------------------------------- time zones for ICS

TZ = dict(VTZ)
TZ[BA] = """BEGIN:VTIMEZONE
TZID:America/Argentina/Buenos_Aires
X-LIC-LOCATION:America/Argentina/Buenos_Aires
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
TZNAME:-03
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""
TZ[MVD] = """BEGIN:VTIMEZONE
TZID:America/Montevideo
X-LIC-LOCATION:America/Montevideo
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
TZNAME:-03
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""
TZ[SP] = """BEGIN:VTIMEZONE
TZID:America/Sao_Paulo
X-LIC-LOCATION:America/Sao_Paulo
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
TZNAME:-03
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""
TZ[LA] = """BEGIN:VTIMEZONE
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
TZ[MAD] = """BEGIN:VTIMEZONE
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
END:VTIMEZONE"""
TZ["Romance Standard Time"] = """BEGIN:VTIMEZONE
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


@make.mail(N(1), family="greenhouse", lang="es-AR", interview=True, kind="scheduled",
           start="2026-09-17T14:00:00Z", end="2026-09-17T15:00:00Z",
           contact="florencia.ledesma@ombupagos.com.ar", company="Ombú Pagos",
           local="Thu 2026-09-17 11:00", local_end="2026-09-17 12:00", zone=BA,
           note="Greenhouse confirmation sent from the no-reply relay under the recruiter's name; "
                "'jueves 17 de septiembre, 11:00 a 12:00 (hora de Buenos Aires, GMT-3)' = 14:00-15:00Z, "
                "ICS in America/Argentina/Buenos_Aires agrees; contact = Reply-To recruiter (also ORGANIZER)")
def ombu_greenhouse() -> bytes:
    body = t("""
        Hola Martina,

        ¡Gracias por avanzar con nosotros! Te confirmo la entrevista con el equipo de Producto de
        Ombú Pagos para la posición de Product Manager Sr. (Medios de pago).

        Fecha: jueves 17 de septiembre de 2026
        Horario: 11:00 a 12:00 (hora de Buenos Aires, GMT-3)
        Formato: videollamada por Google Meet - https://meet.google.com/xqr-fbhw-kta
        Con quiénes: Ignacio Brandán (Head of Product) y Rocío Medina (Tech Lead)

        La idea es charlar sobre tu experiencia y que nos cuentes cómo encararías el roadmap de un
        producto de pagos. No hace falta que prepares nada especial.

        Si necesitás cambiar el horario, respondé este mail y lo vemos.

        ¡Saludos!
        Florencia Ledesma
        Talent Acquisition | Ombú Pagos
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2933">
        <p>Hola Martina,</p>
        <p>¡Gracias por avanzar con nosotros! Te confirmo la entrevista con el equipo de Producto de
        Ombú Pagos para la posición de <b>Product Manager Sr. (Medios de pago)</b>.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Fecha</b></td><td>jueves 17 de septiembre de 2026</td></tr>
        <tr><td><b>Horario</b></td><td>11:00 a 12:00 (hora de Buenos Aires, GMT-3)</td></tr>
        <tr><td><b>Formato</b></td><td>videollamada por Google Meet -
        <a href="https://meet.google.com/xqr-fbhw-kta">meet.google.com/xqr-fbhw-kta</a></td></tr>
        <tr><td><b>Con quiénes</b></td><td>Ignacio Brandán (Head of Product) y Rocío Medina (Tech Lead)</td></tr>
        </table>
        <p>La idea es charlar sobre tu experiencia y que nos cuentes cómo encararías el roadmap de un
        producto de pagos. No hace falta que prepares nada especial.</p>
        <p>Si necesitás cambiar el horario, respondé este mail y lo vemos.</p>
        <p>¡Saludos!<br>Florencia Ledesma<br>Talent Acquisition | Ombú Pagos</p>
        <img src="https://us.greenhouse-mail.io/o/3f2a9c1e.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ[BA]}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20260917T110000
DTEND;TZID=America/Argentina/Buenos_Aires:20260917T120000
DTSTAMP:20260911T192041Z
ORGANIZER;CN=Florencia Ledesma:mailto:florencia.ledesma@ombupagos.com.ar
UID:gh-interview-5581203-7741@greenhouse.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Martina Sosa:mailto:martina.sosa@example.org
SUMMARY:Entrevista - Product Manager Sr. (Medios de pago) - Ombú Pagos
LOCATION:https://meet.google.com/xqr-fbhw-kta
DESCRIPTION:Entrevista con Ignacio Brandán y Rocío Medina.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Florencia Ledesma", "no-reply@us.greenhouse-mail.io"),
              "Entrevista confirmada: Product Manager Sr. (Medios de pago) - Ombú Pagos",
              "2026-09-11 16:20:41", BA, "<5581203.7741.1789154441@us.greenhouse-mail.io>",
              relay="o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [167.89.22.118])",
              extra=(("Reply-To", addr("Florencia Ledesma", "florencia.ledesma@ombupagos.com.ar")),
                     ("X-Mailer", "Greenhouse")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@make.mail(N(2), family="lever", lang="en", interview=True, kind="scheduled",
           start="2026-09-22T16:00:00Z", end="2026-09-22T16:45:00Z",
           contact="dana.whitfield@kestrelhealth.com", company="Kestrel Health",
           local="Tue 2026-09-22 09:00", local_end="2026-09-22 09:45", zone=LA,
           note="Lever confirmation from no-reply@hire.lever.co; 'Tuesday, September 22, 2026, "
                "9:00 AM - 9:45 AM PDT' = 16:00-16:45Z (1 pm in Montevideo); ICS in America/Los_Angeles "
                "agrees; contact = Reply-To coordinator")
def kestrel_lever() -> bytes:
    body = t("""
        Hi Martina,

        Thanks for making time to speak with us! Here are the details for your upcoming interview
        with Kestrel Health.

        Senior Product Manager, Patient Experience
        Tuesday, September 22, 2026
        9:00 AM - 9:45 AM PDT

        Interviewer: Sam Okafor, Director of Product
        Location: Video call - https://kestrelhealth.zoom.us/j/84120077315?pwd=Qm9sZWdvMjAyNg

        If you have any questions or need to reschedule, just reply to this email.

        Best,
        Dana Whitfield
        Recruiting Coordinator, Kestrel Health
        """)
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:0;background:#f6f7f9">
        <div style="max-width:560px;margin:24px auto;background:#fff;padding:24px;font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#333">
        <p>Hi Martina,</p>
        <p>Thanks for making time to speak with us! Here are the details for your upcoming interview with Kestrel Health.</p>
        <div style="border:1px solid #e3e6ea;border-radius:4px;padding:16px">
        <div style="font-weight:600">Senior Product Manager, Patient Experience</div>
        <div>Tuesday, September 22, 2026</div>
        <div>9:00 AM - 9:45 AM PDT</div>
        <div style="margin-top:8px">Interviewer: Sam Okafor, Director of Product</div>
        <div>Location: <a href="https://kestrelhealth.zoom.us/j/84120077315?pwd=Qm9sZWdvMjAyNg">Video call</a></div>
        </div>
        <p>If you have any questions or need to reschedule, just reply to this email.</p>
        <p>Best,<br>Dana Whitfield<br>Recruiting Coordinator, Kestrel Health</p>
        </div>
        <div style="text-align:center;font-size:11px;color:#9aa0a6;font-family:Arial,sans-serif">Sent via Lever</div>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview//EN
VERSION:2.0
METHOD:REQUEST
{TZ[LA]}
BEGIN:VEVENT
UID:lever-iv-0b9e1f62-44d2-4c1c-9d0a-7f5a2c6b3e10
DTSTAMP:20260914T170533Z
DTSTART;TZID=America/Los_Angeles:20260922T090000
DTEND;TZID=America/Los_Angeles:20260922T094500
SUMMARY:Interview: Martina Sosa <> Kestrel Health (Sam Okafor)
LOCATION:https://kestrelhealth.zoom.us/j/84120077315
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@kestrelhealth.com
ATTENDEE;CN=Martina Sosa;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:martina.sosa@example.org
ATTENDEE;CN=Sam Okafor;ROLE=REQ-PARTICIPANT:mailto:sam.okafor@kestrelhealth.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Kestrel Health", "no-reply@hire.lever.co"),
              "Interview confirmation: Kestrel Health - Senior Product Manager, Patient Experience",
              "2026-09-14 10:05:33", LA, "<0100019241c3e6b2-9a7b1f0c-5d3e-4d1a-8b77-2c1f6e0d9a41-000000@email.amazonses.com>",
              relay="a48-30.smtp-out.amazonses.com (a48-30.smtp-out.amazonses.com [54.240.48.30])",
              extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@kestrelhealth.com")),
                     ("Feedback-ID", "1.us-east-1.lever:AmazonSES")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="interview.ics", disposition="attachment")))


@make.mail(N(3), family="ashby", lang="en", interview=True, kind="scheduled",
           start="2026-10-13T14:30:00Z", end="2026-10-13T15:15:00Z",
           contact="priya@loomwork.io", company="Loomwork",
           local="Tue 2026-10-13 11:30", local_end="2026-10-13 12:15", zone=MVD,
           note="Ashby confirmation (base64) showing the time in the candidate's zone: '11:30 AM - 12:15 PM "
                "(GMT-03:00) Montevideo' = 14:30-15:15Z (10:30 EDT for the New York team); ICS in UTC agrees; "
                "contact = Reply-To recruiter")
def loomwork_ashby() -> bytes:
    body = t("""
        Hi Martina,

        Your interview with Loomwork is confirmed. We're looking forward to speaking with you!

        Product Manager, Workflow Automation - Hiring Manager Interview
        Tuesday, October 13, 2026
        11:30 AM - 12:15 PM (GMT-03:00) Montevideo

        Google Meet: https://meet.google.com/dny-wvke-psa

        You'll meet with:
          Chris Albanese - Group Product Manager

        Need to make a change? Reply to this email and it will reach Priya Natarajan.

        Thanks,
        Loomwork Recruiting
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1b1b1f">
        <p>Hi Martina,</p>
        <p>Your interview with Loomwork is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><strong>Product Manager, Workflow Automation - Hiring Manager Interview</strong><br>
        Tuesday, October 13, 2026<br>
        11:30 AM - 12:15 PM (GMT-03:00) Montevideo</p>
        <p><a href="https://meet.google.com/dny-wvke-psa">Join with Google Meet</a></p>
        <p>You&#x27;ll meet with:<br>&nbsp;&nbsp;Chris Albanese - Group Product Manager</p>
        <p>Need to make a change? Reply to this email and it will reach Priya Natarajan.</p>
        <p>Thanks,<br>Loomwork Recruiting</p>
        <p style="font-size:11px;color:#8a8a99">Powered by Ashby</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:c1d7a0e4-6b58-4f0e-92b1-3e7f5a8d2c90
DTSTAMP:20261007T183107Z
DTSTART:20261013T143000Z
DTEND:20261013T151500Z
SEQUENCE:0
SUMMARY:Loomwork - Product Manager, Workflow Automation - Hiring Manager Interview
LOCATION:https://meet.google.com/dny-wvke-psa
ORGANIZER;CN=Priya Natarajan:mailto:priya@loomwork.io
ATTENDEE;CN=Martina Sosa;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:martina.sosa@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Loomwork", "no-reply@ashbyhq.com"),
              "Interview confirmed: Product Manager, Workflow Automation at Loomwork",
              "2026-10-07 18:31:07", "UTC", "<01000192a7f35c11-4e0b2d6a-93c1-47f8-b6d2-5a9e0c7f1b38-000000@email.amazonses.com>",
              relay="a8-52.smtp-out.amazonses.com (a8-52.smtp-out.amazonses.com [54.240.8.52])",
              extra=(("Reply-To", addr("Priya Natarajan", "priya@loomwork.io")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@make.mail(N(4), family="workday", lang="es-ES", interview=True, kind="scheduled",
           start="2026-10-01T15:00:00Z", end="2026-10-01T15:45:00Z",
           contact="lucia.bermejo@grupoalbora.es", company="Grupo Albora",
           local="Thu 2026-10-01 17:00", local_end="2026-10-01 17:45", zone=MAD,
           note="Workday HTML-only notice from the tenant mailbox; 'jueves, 1 de octubre de 2026, a las 17:00 "
                "(hora peninsular, CEST)' with 'Duración: 45 minutos' = 15:00-15:45Z; contact = recruiter "
                "address in the body")
def albora_workday() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body>
        <table width="100%" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:13px;color:#333333">
        <tr><td style="background:#0b3d5c;padding:14px 20px;color:#ffffff;font-size:18px">Grupo Albora</td></tr>
        <tr><td style="padding:20px">
        <p>Hola Martina:</p>
        <p>Nos complace confirmarte la entrevista para el puesto <b>Product Manager Digital (R-10482)</b>.</p>
        <p><b>Tipo:</b> Entrevista con el responsable de contratación<br>
        <b>Fecha y hora:</b> jueves, 1 de octubre de 2026, a las 17:00 (hora peninsular, CEST)<br>
        <b>Duración:</b> 45 minutos<br>
        <b>Lugar:</b> Microsoft Teams (recibirás el enlace en una convocatoria aparte)<br>
        <b>Entrevistador:</b> Jorge Sanchís, Director de Canales Digitales</p>
        <p>Te recomendamos conectarte unos minutos antes para comprobar el audio y la cámara.</p>
        <p>Si tienes cualquier duda, puedes escribir a Lucía Bermejo
        (<a href="mailto:lucia.bermejo@grupoalbora.es">lucia.bermejo@grupoalbora.es</a>), del equipo de Selección.</p>
        <p>Un saludo,<br>Equipo de Talento - Grupo Albora</p>
        </td></tr>
        <tr><td style="padding:10px 20px;font-size:10px;color:#888888">Este mensaje se ha generado automáticamente
        desde Workday. Por favor, no respondas a esta dirección.</td></tr>
        </table>
        </body></html>
        """)
    hs = head(addr("Grupo Albora", "grupoalbora@myworkday.com"),
              "Confirmación de entrevista - Product Manager Digital (R-10482)",
              "2026-09-28 09:12:44", MAD, "<1788945164823.41277.1190@wd3-impl-mail.myworkday.com>",
              relay="wd3-mta02.myworkday.com (wd3-mta02.myworkday.com [67.22.104.12])",
              extra=(("X-Auto-Response-Suppress", "All"),))
    return message(hs, html(page))


@make.mail(N(5), family="human_prose", lang="es-UY", interview=True, kind="scheduled",
           start="2026-09-08T18:00:00Z", end=None,
           contact="valentina@cardumen.com.uy", company="Cardumen",
           local="Tue 2026-09-08 15:00", zone=MVD,
           note="Gmail reply from the founder: 'el martes que viene a las 15 h' resolved against the Date "
                "(Thu 3 Sep 2026, Montevideo) = Tue 8 Sep 15:00 -03 = 18:00Z; 'calculá una hora, hora y "
                "pico' is approximate so end null; contact = human sender")
def cardumen_prose() -> bytes:
    body = t("""
        Hola Martina!

        Buenísimo, gracias por responder tan rápido. Te confirmo entonces: te esperamos el martes que
        viene a las 15 h en la oficina (Rincón 487, piso 3, Ciudad Vieja). Tocá timbre en "Cardumen",
        si no anda escribime al 099 418 273 y bajo.

        Vas a estar conmigo y con Facu, nuestro CTO. Calculá una hora, hora y pico. Lo que más nos
        interesa es cómo priorizaste el backlog en tu laburo actual, así que si querés traé algún
        ejemplo.

        Nos vemos!
        Vale

        --
        Valentina Pereira
        Co-founder & CEO | Cardumen
        cardumen.com.uy

        El jue, 3 sept 2026 a las 11:02, Martina Sosa (<martina.sosa@example.org>) escribió:
        > Hola Valentina, gracias por la propuesta. La semana que viene puedo martes o
        > miércoles de tarde, después de las 14 h. Decime qué les queda mejor.
        > Saludos,
        > Martina
        """)
    hs = head(addr("Valentina Pereira", "valentina@cardumen.com.uy"),
              "Re: Entrevista Product Manager - Cardumen",
              "2026-09-03 18:47:12", MVD, "<CAJ8rT0pVq7mZc2uN5wE1sGk3yH9bXfLdQ4aR6tY0nK=x2@mail.gmail.com>",
              relay="mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
              extra=(("In-Reply-To", "<CAE2mS0sa_r9gTq1LwVv8xP3nZ5cYb7dJk2fH6uM4oQe1iA@mail.gmail.com>"),
                     ("References", "<CAE2mS0sa_r9gTq1LwVv8xP3nZ5cYb7dJk2fH6uM4oQe1iA@mail.gmail.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(6), family="calendly", lang="en", interview=True, kind="scheduled",
           start="2026-10-08T17:00:00Z", end="2026-10-08T17:30:00Z",
           contact="jake.morrison@copperleaf.io", company="Copperleaf Labs",
           local="Thu 2026-10-08 14:00", local_end="2026-10-08 14:30", zone=MVD,
           note="Calendly invitee confirmation for an Austin host, shown in the invitee's zone: '2:00pm - "
                "2:30pm (Uruguay Time), Thursday, October 8, 2026' = 17:00-17:30Z (12:00 CDT for the host); "
                "Date header in UTC; ICS in UTC agrees; contact = Reply-To host")
def copperleaf_calendly() -> bytes:
    body = t("""
        Hi Martina Sosa,

        Your Intro call - Senior PM, Growth with Jake Morrison at 2:00pm (Uruguay Time) on
        Thursday, October 8, 2026 is scheduled.

        Event Type:
        Intro call - Senior PM, Growth

        Event Date/Time:
        2:00pm - 2:30pm (Uruguay Time), Thursday, October 8, 2026

        Location:
        This is a Google Meet web conference. Join now: https://meet.google.com/pvc-qhtn-wou

        Invitee Time Zone:
        Uruguay Time

        Questions:
        Anything you'd like Jake to know before the call?
        I'm currently a PM at a payments company in Montevideo, happy to talk about growth experiments.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7d1e0a4c-2f8b-4b6e-9c33-0e5f1a2b7c84
        Reschedule: https://calendly.com/reschedulings/7d1e0a4c-2f8b-4b6e-9c33-0e5f1a2b7c84

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a;font-size:15px">
        <div style="max-width:600px;margin:0 auto">
        <p>Hi Martina Sosa,</p>
        <p>Your Intro call - Senior PM, Growth with Jake Morrison at 2:00pm (Uruguay Time) on Thursday, October 8, 2026 is scheduled.</p>
        <p><b>Event Type:</b><br>Intro call - Senior PM, Growth</p>
        <p><b>Event Date/Time:</b><br>2:00pm - 2:30pm (Uruguay Time), Thursday, October 8, 2026</p>
        <p><b>Location:</b><br>This is a Google Meet web conference. <a href="https://meet.google.com/pvc-qhtn-wou">Join now</a></p>
        <p><b>Invitee Time Zone:</b><br>Uruguay Time</p>
        <p><b>Questions:</b><br>Anything you&#39;d like Jake to know before the call?<br>
        I&#39;m currently a PM at a payments company in Montevideo, happy to talk about growth experiments.</p>
        <p>Need to make changes to this event?<br>
        <a href="https://calendly.com/cancellations/7d1e0a4c-2f8b-4b6e-9c33-0e5f1a2b7c84">Cancel</a> |
        <a href="https://calendly.com/reschedulings/7d1e0a4c-2f8b-4b6e-9c33-0e5f1a2b7c84">Reschedule</a></p>
        <p style="color:#666;font-size:12px">Powered by Calendly.com</p>
        </div></body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20261002T142005Z
UID:7d1e0a4c-2f8b-4b6e-9c33-0e5f1a2b7c84@calendly.com
DTSTART:20261008T170000Z
DTEND:20261008T173000Z
SUMMARY:Intro call - Senior PM, Growth between Jake Morrison and Martina Sosa
LOCATION:https://meet.google.com/pvc-qhtn-wou
ORGANIZER;CN=Jake Morrison:mailto:jake.morrison@copperleaf.io
ATTENDEE;CN=Martina Sosa;PARTSTAT=ACCEPTED:mailto:martina.sosa@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Intro call - Senior PM, Growth with Jake Morrison on Thursday, October 8, 2026",
              "2026-10-02 14:20:05", "UTC", "<7d1e0a4c.invitee.confirmation.8813@calendly.com>",
              relay="o7.email.calendly.com (o7.email.calendly.com [167.89.101.7])",
              extra=(("Reply-To", addr("Jake Morrison", "jake.morrison@copperleaf.io")),
                     ("X-SG-EID", "u001.pQ3w9Xv2kLm8Rt5Yz0aBcD")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@make.mail(N(7), family="teamtailor", lang="es-ES", interview=True, kind="scheduled",
           start="2026-10-27T15:00:00Z", end="2026-10-27T16:00:00Z",
           contact="irene.castano@brisamovilidad.es", company="Brisa Movilidad",
           local="Tue 2026-10-27 16:00", local_end="2026-10-27 17:00", zone=MAD,
           note="Teamtailor invite sent on Wed 21 Oct in CEST for Tue 27 Oct, after Spain's change to CET on "
                "Sun 25 Oct: 'de 16:00 a 17:00 (hora de Madrid)' = 15:00-16:00Z, and the mail itself says "
                "12:00 in Montevideo; ICS Europe/Madrid agrees; contact = Reply-To recruiter")
def brisa_teamtailor() -> bytes:
    body = t("""
        Hola Martina:

        ¡Gracias por tu interés en Brisa Movilidad! Te confirmamos la segunda entrevista para el puesto
        de Senior Product Manager (App de conductores).

        Cuándo: martes 27 de octubre, de 16:00 a 17:00 (hora de Madrid)
        Dónde: Google Meet - https://meet.google.com/hbz-rkxa-miq
        Con: Irene Castaño (Talent Partner) y Óscar Llorente (CPO)

        Ojo con el cambio de hora: el domingo 25 pasamos al horario de invierno en España, así que
        para ti en Montevideo la entrevista será a las 12:00 del mediodía.

        Si necesitas cambiar algo, responde a este correo.

        Un abrazo,
        Irene Castaño
        Talent Partner - Brisa Movilidad
        """)
    page = t("""
        <div style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;color:#222;max-width:580px">
        <p>Hola Martina:</p>
        <p>¡Gracias por tu interés en Brisa Movilidad! Te confirmamos la segunda entrevista para el puesto de
        <strong>Senior Product Manager (App de conductores)</strong>.</p>
        <p><strong>Cuándo:</strong> martes 27 de octubre, de 16:00 a 17:00 (hora de Madrid)<br>
        <strong>Dónde:</strong> <a href="https://meet.google.com/hbz-rkxa-miq">Google Meet</a><br>
        <strong>Con:</strong> Irene Castaño (Talent Partner) y Óscar Llorente (CPO)</p>
        <p>Ojo con el cambio de hora: el domingo 25 pasamos al horario de invierno en España, así que para ti en
        Montevideo la entrevista será a las 12:00 del mediodía.</p>
        <p>Si necesitas cambiar algo, responde a este correo.</p>
        <p>Un abrazo,<br>Irene Castaño<br>Talent Partner - Brisa Movilidad</p>
        <p style="font-size:11px;color:#999">Enviado con Teamtailor</p>
        </div>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//ES
METHOD:REQUEST
{TZ[MAD]}
BEGIN:VEVENT
UID:tt-meeting-2f93b7d1@teamtailor.com
DTSTAMP:20261021T104019Z
DTSTART;TZID=Europe/Madrid:20261027T160000
DTEND;TZID=Europe/Madrid:20261027T170000
SUMMARY:Entrevista: Martina Sosa - Senior Product Manager (App de conductores)
LOCATION:https://meet.google.com/hbz-rkxa-miq
ORGANIZER;CN=Irene Castaño:mailto:irene.castano@brisamovilidad.es
ATTENDEE;CN=Martina Sosa;RSVP=TRUE:mailto:martina.sosa@example.org
ATTENDEE;CN=Óscar Llorente:mailto:oscar.llorente@brisamovilidad.es
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Irene Castaño (Brisa Movilidad)", "no-reply@teamtailor-mail.com"),
              "Entrevista con Brisa Movilidad - Senior Product Manager",
              "2026-10-21 12:40:19", MAD, "<tt.2f93b7d1.6a0c41e8@teamtailor-mail.com>",
              relay="mail-out.teamtailor-mail.com (mail-out.teamtailor-mail.com [185.12.80.41])",
              extra=(("Reply-To", addr("Irene Castaño", "irene.castano@brisamovilidad.es")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="entrevista.ics", disposition="attachment",
                                      cte="quoted-printable")))


@make.mail(N(8), family="exchange", lang="en", interview=True, kind="scheduled",
           start="2026-11-03T16:00:00Z", end="2026-11-03T17:00:00Z",
           contact="moconnor@graniteridgesw.com", company="Granite Ridge Software",
           local="Tue 2026-11-03 11:00", local_end="2026-11-03 12:00", zone=NY,
           note="Outlook meeting request sent Thu 29 Oct in EDT for Tue 3 Nov, after the US falls back on "
                "1 Nov: '11:00 AM Eastern (1 hour)' = 16:00-17:00Z, which the mail itself gives as 1:00 PM in "
                "Montevideo; ICS TZID 'Eastern Standard Time' agrees; contact = organizer/sender")
def granite_exchange() -> bytes:
    body = t("""
        Hi Martina,

        Great speaking with you on Monday. As promised, here's the invite for your panel interview with
        Luis Romero (VP Product) and Aisha Grant (Design Lead) on Tuesday, November 3 at 11:00 AM Eastern
        (1 hour).

        One heads-up: US clocks fall back this Sunday (Nov 1), so 11:00 AM Eastern will be 1:00 PM your
        time in Montevideo, not noon.

        Teams link below. Let me know if anything comes up.

        Megan

        Megan O'Connor | Senior Technical Recruiter
        Granite Ridge Software | Boston, MA

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmY0ZTg1YjEtZmM3Ny00@thread.v2/0>
        Meeting ID: 263 118 904 552
        Passcode: Xk3P9q
        Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office">
        <head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="EN-US">
        <div class="WordSection1">
        <p class="MsoNormal">Hi Martina,</p>
        <p class="MsoNormal">Great speaking with you on Monday. As promised, here&#8217;s the invite for your panel
        interview with Luis Romero (VP Product) and Aisha Grant (Design Lead) on Tuesday, November 3 at 11:00 AM
        Eastern (1 hour).</p>
        <p class="MsoNormal">One heads-up: US clocks fall back this Sunday (Nov 1), so 11:00 AM Eastern will be
        1:00 PM your time in Montevideo, not noon.</p>
        <p class="MsoNormal">Teams link below. Let me know if anything comes up.</p>
        <p class="MsoNormal">Megan</p>
        <p class="MsoNormal"><b>Megan O&#8217;Connor</b> | Senior Technical Recruiter<br>Granite Ridge Software | Boston, MA</p>
        <div style="margin-top:20px">________________________________________________________________________________<br>
        <span style="font-size:18pt">Microsoft Teams meeting</span><br>
        <b>Join on your computer, mobile app or room device</b><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmY0ZTg1YjEtZmM3Ny00@thread.v2/0">Click here to join the meeting</a><br>
        Meeting ID: 263 118 904 552<br>Passcode: Xk3P9q<br>
        ________________________________________________________________________________</div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Megan O'Connor:mailto:moconnor@graniteridgesw.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Martina Sosa:mailto:martina.sosa@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Luis Romero:mailto:lromero@graniteridgesw.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aisha Grant:mailto:agrant@graniteridgesw.com
DESCRIPTION;LANGUAGE=en-US:Hi Martina\\, as promised\\, here's the invite for your panel interview.\\n
UID:040000008200E00074C5B7101A82E00800000000B0E3A1F5C45FDC010000000000000000100000004C6E2B9D1A7F3E4B8C0D5E6F7A8B9C0D
SUMMARY;LANGUAGE=en-US:Interview: Martina Sosa / Senior Product Manager - Panel
DTSTART;TZID=Eastern Standard Time:20261103T110000
DTEND;TZID=Eastern Standard Time:20261103T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261029T190237Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2119824133
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
END:VCALENDAR"""
    hs = head(addr("Megan O'Connor", "moconnor@graniteridgesw.com"),
              "Interview: Martina Sosa / Senior Product Manager - Panel",
              "2026-10-29 15:02:37", NY, "<BN8PR12MB3217A4C9E1F0D2B3C4E5F6A7B8C9D@BN8PR12MB3217.namprd12.prod.outlook.com>",
              relay="NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2091.outbound.protection.outlook.com [40.107.237.91])",
              extra=(("Thread-Topic", "Interview: Martina Sosa / Senior Product Manager - Panel"),
                     ("Thread-Index", "AdtJ2k5qZ8m3nQ1xR0ywLkP7vTu9Aw=="),
                     ("Accept-Language", "en-US"),
                     ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", ""),
                     ("X-MS-Exchange-Organization-SCL", "1")))
    return message(hs, alt(text(body), html(page),
                           calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(9), family="google_calendar", lang="es-UY", interview=True, kind="scheduled",
           start="2026-11-11T13:30:00Z", end=None,
           contact="sofia.bentancor@garuadigital.com.uy", company="Garúa Digital",
           local="Wed 2026-11-11 10:30", zone=MVD,
           note="Google Calendar invitation for an ALL-DAY event (DTSTART;VALUE=DATE:20261111); the time is only "
                "in the title and description: '10:30 h en la oficina' (Montevideo) = 13:30Z; '45 minutos aprox.' "
                "is approximate so end null; contact = organizer")
def garua_gcal_allday() -> bytes:
    body = t("""
        Has recibido una invitación para el siguiente evento.

        Entrevista Martina Sosa - 10:30 h (oficina Pocitos)

        Cuándo
        miércoles, 11 de noviembre de 2026

        Ubicación
        Garúa Digital, Av. Brasil 2587, 11300 Montevideo, Uruguay

        Invitados
        Sofía Bentancor - organizador
        Nicolás Ferreira
        Ana Laura Rivero
        martina.sosa@example.org

        Descripción
        Hola Martina! Te lo agendo como evento de todo el día para que no se te pierda, pero la
        entrevista es a las 10:30 h en la oficina (segundo piso). Vas a estar con Nico (Head of
        Delivery) y Ana Laura (UX Lead). Dura 45 minutos aprox. Cualquier cosa escribime.
        Sofi

        ¿Vas a asistir? Sí - Quizás - No
        https://calendar.google.com/calendar/event?action=RESPOND&eid=NmU4bGc0N2dhcnVh&rst=1

        Invitación de Google Calendar
        Recibes este correo electrónico porque eres un invitado al evento.
        """)
    page = t("""
        <html><body style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;font-size:14px">
        <div style="padding:16px;max-width:600px">
        <h2 style="font-weight:400;font-size:22px;color:#3c4043">Entrevista Martina Sosa - 10:30 h (oficina Pocitos)</h2>
        <table cellpadding="0" cellspacing="0">
        <tr><td style="color:#70757a;padding-right:16px">Cuándo</td><td>miércoles, 11 de noviembre de 2026</td></tr>
        <tr><td style="color:#70757a;padding-right:16px">Ubicación</td><td>Garúa Digital, Av. Brasil 2587, 11300 Montevideo, Uruguay</td></tr>
        <tr><td style="color:#70757a;padding-right:16px;vertical-align:top">Invitados</td><td>
        Sofía Bentancor - organizador<br>Nicolás Ferreira<br>Ana Laura Rivero<br>martina.sosa@example.org</td></tr>
        </table>
        <p>Hola Martina! Te lo agendo como evento de todo el día para que no se te pierda, pero la entrevista es a
        las 10:30 h en la oficina (segundo piso). Vas a estar con Nico (Head of Delivery) y Ana Laura (UX Lead).
        Dura 45 minutos aprox. Cualquier cosa escribime.<br>Sofi</p>
        <p>¿Vas a asistir? <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NmU4bGc0N2dhcnVh&amp;rst=1">Sí</a>
        - <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NmU4bGc0N2dhcnVh&amp;rst=3">Quizás</a>
        - <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NmU4bGc0N2dhcnVh&amp;rst=2">No</a></p>
        <p style="font-size:12px;color:#70757a">Invitación de Google Calendar</p>
        </div></body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261111
DTEND;VALUE=DATE:20261112
DTSTAMP:20261105T121433Z
ORGANIZER;CN=Sofía Bentancor:mailto:sofia.bentancor@garuadigital.com.uy
UID:6e8lg47garua0b1c2d3e4f5g6h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sofía Bentancor;X-NUM-GUESTS=0:mailto:sofia.bentancor@garuadigital.com.uy
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nicolás Ferreira;X-NUM-GUESTS=0:mailto:nicolas.ferreira@garuadigital.com.uy
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ana Laura Rivero;X-NUM-GUESTS=0:mailto:analaura.rivero@garuadigital.com.uy
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.sosa@example.org;X-NUM-GUESTS=0:mailto:martina.sosa@example.org
CREATED:20261105T121102Z
DESCRIPTION:Hola Martina! Te lo agendo como evento de todo el día para que no se te pierda\\, pero la entrevista es a las 10:30 h en la oficina (segundo piso). Vas a estar con Nico (Head of Delivery) y Ana Laura (UX Lead). Dura 45 minutos aprox. Cualquier cosa escribime.\\nSofi
LAST-MODIFIED:20261105T121433Z
LOCATION:Garúa Digital\\, Av. Brasil 2587\\, 11300 Montevideo\\, Uruguay
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Martina Sosa - 10:30 h (oficina Pocitos)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Sofía Bentancor", "sofia.bentancor@garuadigital.com.uy"),
              "Invitación: Entrevista Martina Sosa - 10:30 h (oficina Pocitos) @ mié 11 nov 2026 (martina.sosa@example.org)",
              "2026-11-05 12:14:33", "UTC", "<calendar-7c1f0e92-5b3a-4d8e-a6f1-2c9e8b7d4a30@google.com>",
              relay="mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                     ("Reply-To", addr("Sofía Bentancor", "sofia.bentancor@garuadigital.com.uy"))))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="quoted-printable"),
                                 calendar(ics, method="REQUEST", cte="base64")),
                             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@make.mail(N(10), family="forward_to_self", lang="es-CL", interview=True, kind="scheduled",
           start="2026-09-08T13:00:00Z", end="2026-09-08T14:00:00Z",
           contact="camila.fuentes@quillay.cl", company="Quillay Commerce",
           local="Tue 2026-09-08 10:00", local_end="2026-09-08 11:00", zone=SCL,
           note="Martina forwards the Santiago recruiter's confirmation to herself (Fri 4 Sep). 'martes 8 de "
                "septiembre a las 10:00 hrs (hora de Chile continental)', 'dura 1 hora': Chile moves to UTC-3 "
                "on Sun 6 Sep, so 10:00 -03 = 13:00-14:00Z (the quoted mail was sent at -04); contact = the "
                "recruiter in the forwarded header, never the candidate")
def quillay_forward() -> bytes:
    body = t("""
        Ojo: Chile pasa al horario de verano el domingo 6, así que el martes las 10 de Chile son las 10
        de acá (hoy todavía están una hora atrás). Agendar!! Preparar caso de marketplace.

        ---------- Forwarded message ---------
        De: Camila Fuentes <camila.fuentes@quillay.cl>
        Date: jue, 3 sept 2026 a las 18:05
        Subject: Confirmación entrevista - Product Manager Quillay
        To: Martina Sosa <martina.sosa@example.org>


        Hola Martina, ¿cómo estás?

        Te confirmo la entrevista con Andrés Valdivia (Gerente de Producto) para el martes 8 de
        septiembre a las 10:00 hrs (hora de Chile continental). Será por Zoom y dura 1 hora:
        https://quillay.zoom.us/j/93188204417?pwd=cXVpbGxheTIwMjY

        Andrés te va a pedir que le cuentes de algún producto que hayas lanzado de cero, así que
        tenlo a mano.

        Cualquier cosa me avisas.

        Saludos cordiales,
        Camila Fuentes Rojas
        Analista de Reclutamiento | Quillay Commerce
        +56 9 8765 4321
        """)
    hs = head(ME_NAME, "Fwd: Confirmación entrevista - Product Manager Quillay",
              "2026-09-04 08:12:50", MVD, "<CAE2mS0v1NqZk8dPf4Rb7WcHs2Lx9Ty3Ju6Ga0Fm5Ek8Do=w@mail.gmail.com>",
              relay="mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(11), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
           start="2026-10-15T18:00:00Z", end="2026-10-15T19:00:00Z",
           contact="rafael.tavares@jabutipay.com.br", company="Jabuti Pay",
           local="Thu 2026-10-15 15:00", local_end="2026-10-15 16:00", zone=SP,
           note="SmartRecruiters confirmation for a Sao Paulo company: '15:00 - 16:00 (GMT-03:00) Brasilia' on "
                "Thu 15 Oct = 18:00-19:00Z (Brazil has no DST); ICS in America/Sao_Paulo agrees; the ICS "
                "organizer is the no-reply mailbox, so contact = the interviewer's address in the body")
def jabuti_smartrecruiters() -> bytes:
    body = t("""
        Hi Martina,

        Thank you for scheduling your interview for the Senior Product Manager - Merchant Platform
        position at Jabuti Pay.

        Interview details
        Date: Thursday, October 15, 2026
        Time: 15:00 - 16:00 (GMT-03:00) Brasilia
        Type: Video interview (Google Meet)
        Link: https://meet.google.com/tqa-xmvc-bry
        Interviewer: Rafael Tavares, Head of Product (rafael.tavares@jabutipay.com.br)

        Please let us know as soon as possible if you are unable to attend.

        Best regards,
        Jabuti Pay Talent Team

        This message was sent to martina.sosa@example.org by SmartRecruiters on behalf of Jabuti Pay.
        """)
    page = t("""
        <html><body style="background:#f4f5f7;margin:0">
        <table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#2d2d2d">
        <tr><td style="padding:24px 32px">
        <p>Hi Martina,</p>
        <p>Thank you for scheduling your interview for the <strong>Senior Product Manager - Merchant Platform</strong> position at Jabuti Pay.</p>
        <h3 style="font-size:16px;margin-bottom:4px">Interview details</h3>
        <p style="margin-top:0">Date: Thursday, October 15, 2026<br>
        Time: 15:00 - 16:00 (GMT-03:00) Brasilia<br>
        Type: Video interview (Google Meet)<br>
        Link: <a href="https://meet.google.com/tqa-xmvc-bry">https://meet.google.com/tqa-xmvc-bry</a><br>
        Interviewer: Rafael Tavares, Head of Product (<a href="mailto:rafael.tavares@jabutipay.com.br">rafael.tavares@jabutipay.com.br</a>)</p>
        <p>Please let us know as soon as possible if you are unable to attend.</p>
        <p>Best regards,<br>Jabuti Pay Talent Team</p>
        </td></tr>
        <tr><td style="padding:12px 32px;font-size:11px;color:#8c8c8c;border-top:1px solid #eee">This message was sent to
        martina.sosa@example.org by SmartRecruiters on behalf of Jabuti Pay.</td></tr>
        </table></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview//EN
VERSION:2.0
METHOD:REQUEST
{TZ[SP]}
BEGIN:VEVENT
UID:sr-interview-6a1b2c3d-9f8e-4d7c-b6a5-0e1f2a3b4c5d@smartrecruiters.com
DTSTAMP:20261012T164022Z
DTSTART;TZID=America/Sao_Paulo:20261015T150000
DTEND;TZID=America/Sao_Paulo:20261015T160000
SUMMARY:Interview - Senior Product Manager - Merchant Platform - Jabuti Pay
LOCATION:https://meet.google.com/tqa-xmvc-bry
ORGANIZER;CN=Jabuti Pay:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Martina Sosa;RSVP=TRUE:mailto:martina.sosa@example.org
ATTENDEE;CN=Rafael Tavares:mailto:rafael.tavares@jabutipay.com.br
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Jabuti Pay", "noreply@smartrecruiters.com"),
              "Interview confirmed: Senior Product Manager - Merchant Platform",
              "2026-10-12 16:40:22", "UTC", "<20261012164022.5e7a1c93b2d4@mail.smartrecruiters.com>",
              relay="mail1.smartrecruiters.com (mail1.smartrecruiters.com [198.2.180.12])")
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="interview.ics", disposition="attachment", cte="base64")))


@make.mail(N(12), family="exchange", lang="es-ES", interview=True, kind="scheduled",
           start="2026-11-17T15:00:00Z", end="2026-11-17T16:00:00Z",
           contact="alvaro.gil@verticebanca.es", company="Vértice Banca Digital",
           local="Tue 2026-11-17 16:00", local_end="2026-11-17 17:00", zone=MAD,
           note="Outlook meeting request whose body (iso-8859-1) has no date or time at all: the time is only in "
                "the ICS, DTSTART;TZID=Romance Standard Time:20261117T160000 (Madrid, CET) = 15:00Z, DTEND "
                "17:00 = 16:00Z; contact = organizer/sender")
def vertice_exchange() -> bytes:
    body = t("""
        Hola Martina:

        Te envío la convocatoria para la entrevista con Marta Iriarte (Head of Product) y conmigo, tal y
        como hablamos ayer por teléfono. Si por lo que sea no te encaja, me dices y buscamos otro hueco.

        Un saludo,
        Álvaro

        Álvaro Gil Serrano
        Talent Acquisition | Vértice Banca Digital
        Paseo de la Castellana 95, 28046 Madrid

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Únase a través de su ordenador, aplicación móvil o dispositivo de sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGVhZjM2OTgtN2Q1@thread.v2/0>
        Id. de reunión: 341 772 095 118
        Código de acceso: 7tWq2L
        Descargar Teams<https://www.microsoft.com/microsoft-teams/download-app> | Unirse en la Web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body lang="ES">
        <div class="WordSection1">
        <p class="MsoNormal">Hola Martina:</p>
        <p class="MsoNormal">Te envío la convocatoria para la entrevista con Marta Iriarte (Head of Product) y conmigo,
        tal y como hablamos ayer por teléfono. Si por lo que sea no te encaja, me dices y buscamos otro hueco.</p>
        <p class="MsoNormal">Un saludo,<br>Álvaro</p>
        <p class="MsoNormal"><b>Álvaro Gil Serrano</b><br>Talent Acquisition | Vértice Banca Digital<br>
        Paseo de la Castellana 95, 28046 Madrid</p>
        <div>________________________________________________________________________________<br>
        <span style="font-size:18pt">Reunión de Microsoft Teams</span><br>
        <b>Únase a través de su ordenador, aplicación móvil o dispositivo de sala</b><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGVhZjM2OTgtN2Q1@thread.v2/0">Haga clic aquí para unirse a la reunión</a><br>
        Id. de reunión: 341 772 095 118<br>Código de acceso: 7tWq2L<br>
        ________________________________________________________________________________</div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ["Romance Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Álvaro Gil Serrano:mailto:alvaro.gil@verticebanca.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.sosa@example.org:mailto:martina.sosa@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marta Iriarte Gómez:mailto:marta.iriarte@verticebanca.es
DESCRIPTION;LANGUAGE=es-ES:Hola Martina:\\n\\nTe envío la convocatoria para la entrevista con Marta Iriarte (Head of Product) y conmigo.\\n
UID:040000008200E00074C5B7101A82E00800000000D04F7C2E6A74DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=es-ES:Entrevista Product Owner - Martina Sosa
DTSTART;TZID=Romance Standard Time:20261117T160000
DTEND;TZID=Romance Standard Time:20261117T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261111T092208Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1470331882
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Álvaro Gil Serrano", "alvaro.gil@verticebanca.es", "iso-8859-1"),
              "Entrevista Product Owner - Martina Sosa",
              "2026-11-11 10:22:08", MAD, "<DB9PR08MB6604C1E2D3F4A5B6C7D8E9F0A1B2C@DB9PR08MB6604.eurprd08.prod.outlook.com>",
              relay="EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2110.outbound.protection.outlook.com [40.107.20.110])",
              extra=(("Thread-Topic", "Entrevista Product Owner - Martina Sosa"),
                     ("Thread-Index", "AdtUq8vN3kPz6sR2TmW0xYc1bLhE4g=="),
                     ("Accept-Language", "es-ES, en-US"),
                     ("Content-Language", "es-ES"),
                     ("X-MS-Exchange-Organization-SCL", "1")))
    return message(hs, alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1"),
                           calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(13), family="workable", lang="en", interview=True, kind="scheduled",
           start="2026-11-17T00:30:00Z", end="2026-11-17T01:15:00Z",
           contact="eli.navarro@sundialhealth.com", company="Sundial Health",
           local="Mon 2026-11-16 16:30", local_end="2026-11-16 17:15", zone=LA,
           note="Workable confirmation: 'Monday, November 16, 2026, 4:30 PM - 5:15 PM (PST)' = 00:30-01:15Z on "
                "Tue 17 Nov (a late 9:30 PM slot in Montevideo, which the text also says); ICS in UTC agrees; "
                "Reply-To is a Workable relay, so contact = the hiring manager's address in the body")
def sundial_workable() -> bytes:
    body = t("""
        Hi Martina,

        Your interview for the Product Manager, Care Navigation position at Sundial Health has been
        scheduled.

        Monday, November 16, 2026
        4:30 PM - 5:15 PM (PST, Pacific Time)

        Video call: https://sundialhealth.zoom.us/j/98120446571

        Interviewers: Eli Navarro (Head of Product), Grace Lin (Staff Engineer)

        A note from Eli: "Thanks for taking a late slot - I know that's 9:30 PM for you in Montevideo.
        If anything changes on your side, you can reach me directly at eli.navarro@sundialhealth.com."

        Replying to this email will send your message to the Sundial Health hiring team.

        Sundial Health Hiring Team
        Powered by Workable
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#262626">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
        <p>Hi Martina,</p>
        <p>Your interview for the <b>Product Manager, Care Navigation</b> position at Sundial Health has been scheduled.</p>
        <p style="font-size:16px"><b>Monday, November 16, 2026</b><br>4:30 PM - 5:15 PM (PST, Pacific Time)</p>
        <p>Video call: <a href="https://sundialhealth.zoom.us/j/98120446571">https://sundialhealth.zoom.us/j/98120446571</a></p>
        <p>Interviewers: Eli Navarro (Head of Product), Grace Lin (Staff Engineer)</p>
        <p style="border-left:3px solid #00a1e0;padding-left:10px">A note from Eli: &ldquo;Thanks for taking a late slot - I know
        that&rsquo;s 9:30 PM for you in Montevideo. If anything changes on your side, you can reach me directly at
        eli.navarro@sundialhealth.com.&rdquo;</p>
        <p style="color:#777">Replying to this email will send your message to the Sundial Health hiring team.</p>
        <p>Sundial Health Hiring Team</p>
        <p style="font-size:11px;color:#999">Powered by Workable</p>
        </td></tr></table></td></tr></table></body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-3f9d1a72e4b0@workable.com
DTSTAMP:20261111T190351Z
DTSTART:20261117T003000Z
DTEND:20261117T011500Z
SUMMARY:Interview with Sundial Health - Product Manager, Care Navigation
LOCATION:https://sundialhealth.zoom.us/j/98120446571
ORGANIZER;CN=Sundial Health:mailto:sundial-health+e7c2a91f0b@candidates.workablemail.com
ATTENDEE;CN=Martina Sosa;RSVP=TRUE:mailto:martina.sosa@example.org
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Sundial Health", "noreply@candidates.workablemail.com"),
              "Interview scheduled: Product Manager, Care Navigation at Sundial Health",
              "2026-11-11 11:03:51", LA, "<e7c2a91f0b.20261111190351.1446@candidates.workablemail.com>",
              relay="mail-out2.workablemail.com (mail-out2.workablemail.com [52.23.67.210])",
              extra=(("Reply-To", addr("Sundial Health", "sundial-health+e7c2a91f0b@candidates.workablemail.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@make.mail(N(14), family="icims", lang="en", interview=True, kind="scheduled",
           start="2026-12-08T15:00:00Z", end="2026-12-08T16:00:00Z",
           contact="tom.becker@bluestemfinancial.com", company="Bluestem Financial",
           local="Tue 2026-12-08 10:00", local_end="2026-12-08 11:00", zone=NY,
           note="iCIMS HTML-only notice (windows-1252, QP) with a US date: 'Interview Date: 12/08/2026' is 8 Dec, "
                "'10:00 AM EST', 'Duration: 60 minutes' = 15:00-16:00Z; sent from the tenant mailbox, contact = "
                "recruiter address in the body")
def bluestem_icims() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <p><img src="https://careers-bluestemfinancial.icims.com/images/logo.png" alt="Bluestem Financial"></p>
        <p>Dear Martina,</p>
        <p>Thank you for your interest in Bluestem Financial. We’re pleased to confirm your interview as detailed below.</p>
        <table border="0" cellpadding="3">
        <tr><td><b>Position:</b></td><td>Senior Product Manager, Digital Lending (Req #2026-4418)</td></tr>
        <tr><td><b>Interview Date:</b></td><td>12/08/2026</td></tr>
        <tr><td><b>Interview Time:</b></td><td>10:00 AM EST</td></tr>
        <tr><td><b>Duration:</b></td><td>60 minutes</td></tr>
        <tr><td><b>Format:</b></td><td>Microsoft Teams (the link will be sent by your interviewer)</td></tr>
        <tr><td><b>Interviewer(s):</b></td><td>Carla Jennings, VP Digital Products; Marcus Bell, Engineering Manager</td></tr>
        </table>
        <p>If you have questions or need to reschedule, please contact your recruiter, Tom Becker, at
        <a href="mailto:tom.becker@bluestemfinancial.com">tom.becker@bluestemfinancial.com</a>.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Bluestem Financial</p>
        <p style="font-size:10px;color:#777">This e-mail was sent from an unmonitored mailbox. Please don’t reply.
        Bluestem Financial is an Equal Opportunity Employer.</p>
        </body></html>
        """)
    hs = head(addr("Bluestem Financial Talent Acquisition", "bluestemfinancial@talent.icims.com"),
              "Interview Confirmation - Senior Product Manager, Digital Lending (Req #2026-4418)",
              "2026-12-02 09:45:10", NY, "<1106557290.417733.1796222710443.JavaMail.icims@icims-mail04>",
              relay="mta4.talent.icims.com (mta4.talent.icims.com [205.201.131.44])")
    return message(hs, html(page, charset="windows-1252"))


@make.mail(N(15), family="human_prose", lang="es-AR", interview=True, kind="scheduled",
           start="2026-11-26T13:00:00Z", end="2026-11-26T13:45:00Z",
           contact="joaquin@terolabs.com.ar", company="Tero Labs",
           local="Thu 2026-11-26 10:00", local_end="2026-11-26 10:45", zone=BA,
           note="Short iPhone reply on top of the thread: 'Quedamos el jueves a las 10 hora de Buenos Aires', "
                "Date Mon 23 Nov -> Thu 26 Nov 10:00 -03 = 13:00Z; the quoted proposal says 'Son 45 min' "
                "(exact length) -> end 13:45Z; contact = human sender")
def tero_phone_reply() -> bytes:
    body = t("""
        Dale Martina, perfecto! Quedamos el jueves a las 10 hora de Buenos Aires (o sea la misma hora
        que en Montevideo, asi que cero lio). Te mando el link de Meet mañana temprano.

        Abrazo!
        Joaquín

        Enviado desde mi iPhone

        > El 23 nov 2026, a las 18:31, Martina Sosa <martina.sosa@example.org> escribió:
        >
        > Hola Joaquín,
        > El jueves 26 a las 10 me viene bárbaro. Quedo atenta al link.
        > Gracias!
        > Martina
        >
        >> El 23 nov 2026, a las 12:10, Joaquín Ferraro <joaquin@terolabs.com.ar> escribió:
        >>
        >> Hola Martina! Gracias por la data. Te propongo dos opciones para charlar con Flor (nuestra
        >> CPO) y conmigo: jueves 26 a las 10 o viernes 27 a las 15 h. Son 45 min. Cuál te queda mejor?
        >>
        >> Joaquín Ferraro
        >> Engineering Manager | Tero Labs
        """)
    hs = head(addr("Joaquín Ferraro", "joaquin@terolabs.com.ar"), "Re: Entrevista Tero Labs",
              "2026-11-23 19:52:06", BA, "<7F2C1A9E-3B4D-4E5F-8A6B-C7D8E9F0A1B2@terolabs.com.ar>",
              relay="mail-yw1-f172.google.com (mail-yw1-f172.google.com [209.85.128.172])",
              extra=(("In-Reply-To", "<CAE2mS0uT4rQ9wXk1Yb6Vn3Lp8Zc5Hd2Ja7Gf0Es4Mi9Oq=k@mail.gmail.com>"),
                     ("References", "<5A1B2C3D-4E5F-4061-9728-3B4C5D6E7F80@terolabs.com.ar>\r\n"
                                    " <CAE2mS0uT4rQ9wXk1Yb6Vn3Lp8Zc5Hd2Ja7Gf0Es4Mi9Oq=k@mail.gmail.com>"),
                     ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body, params="format=flowed; delsp=yes"))


@make.mail(N(16), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-12-09T15:00:00Z", end="2026-12-09T17:30:00Z",
           contact="rachel.kim@fernwoodcommerce.com", company="Fernwood Commerce",
           local="Wed 2026-12-09 12:00", local_end="2026-12-09 14:30", zone=MVD,
           note="GoodTime itinerary of three sessions shown in the candidate's zone '(GMT-03:00) Montevideo': "
                "first starts 12:00 PM, last ends 2:30 PM on Wed 9 Dec = 15:00-17:30Z (10:00 AM EST for the New "
                "York team); no ICS; contact = Reply-To coordinator")
def fernwood_goodtime() -> bytes:
    body = t("""
        Hi Martina,

        We're excited to have you join us for your final round interviews for Principal Product
        Manager, Marketplace! Below is your itinerary. All times are shown in your time zone:
        (GMT-03:00) Montevideo.

        Wednesday, December 9, 2026

        12:00 PM - 12:45 PM   Product Strategy
                              Hannah Price, SVP Product
        1:00 PM - 1:45 PM     Execution & Metrics
                              Omar Siddiqui, Director of Product Analytics
        2:00 PM - 2:30 PM     Culture Conversation
                              Lena Park, Head of People Partnering

        All sessions use the same Zoom room: https://fernwoodcommerce.zoom.us/j/91734408812

        Your recruiting coordinator is Rachel Kim. Reply to this email with any questions.

        Good luck!
        Fernwood Commerce Recruiting

        Sent with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#222;font-size:14px">
        <div style="max-width:620px;margin:0 auto;padding:20px">
        <p>Hi Martina,</p>
        <p>We&#39;re excited to have you join us for your final round interviews for <b>Principal Product Manager,
        Marketplace</b>! Below is your itinerary. All times are shown in your time zone: (GMT-03:00) Montevideo.</p>
        <h3 style="margin-bottom:6px">Wednesday, December 9, 2026</h3>
        <table cellpadding="6" style="border-collapse:collapse;border:1px solid #ddd">
        <tr><td style="white-space:nowrap">12:00 PM - 12:45 PM</td><td><b>Product Strategy</b><br>Hannah Price, SVP Product</td></tr>
        <tr><td style="white-space:nowrap">1:00 PM - 1:45 PM</td><td><b>Execution &amp; Metrics</b><br>Omar Siddiqui, Director of Product Analytics</td></tr>
        <tr><td style="white-space:nowrap">2:00 PM - 2:30 PM</td><td><b>Culture Conversation</b><br>Lena Park, Head of People Partnering</td></tr>
        </table>
        <p>All sessions use the same Zoom room: <a href="https://fernwoodcommerce.zoom.us/j/91734408812">https://fernwoodcommerce.zoom.us/j/91734408812</a></p>
        <p>Your recruiting coordinator is Rachel Kim. Reply to this email with any questions.</p>
        <p>Good luck!<br>Fernwood Commerce Recruiting</p>
        <p style="font-size:11px;color:#888">Sent with GoodTime</p>
        </div></body></html>
        """)
    hs = head(addr("Fernwood Commerce Recruiting", "no-reply@goodtime.io"),
              "Your interview schedule with Fernwood Commerce - Wednesday, December 9",
              "2026-12-03 16:10:44", NY, "<itinerary.8c41d2e7b9.20261203211044@goodtime.io>",
              relay="o1.ptr3318.goodtime.io (o1.ptr3318.goodtime.io [149.72.144.18])",
              extra=(("Reply-To", addr("Rachel Kim", "rachel.kim@fernwoodcommerce.com")),))
    return message(hs, alt(text(body), html(page)))


# =========================================================================== positives: rescheduled


@make.mail(N(17), family="google_calendar", lang="es-AR", interview=True, kind="rescheduled",
           start="2026-10-22T19:00:00Z", end="2026-10-22T20:00:00Z",
           contact="tomas.ibarra@lapacho.health", company="Lapacho Health",
           local="Thu 2026-10-22 16:00", local_end="2026-10-22 17:00", zone=BA,
           note="Google Calendar 'Invitación actualizada' in Spanish: new time 'jueves, 22 de octubre de 2026 "
                "16:00 - 17:00 (hora estándar de Argentina)' = 19:00-20:00Z, old time (mié 21 oct 11:00) also "
                "shown; ICS SEQUENCE:1 in America/Argentina/Buenos_Aires agrees; contact = organizer")
def lapacho_gcal_update() -> bytes:
    body = t("""
        Se modificó este evento.

        Entrevista PM - Lapacho Health

        Cuándo
        Modificado: jueves, 22 de octubre de 2026 · 16:00 - 17:00 (hora estándar de Argentina)
        Antes: miércoles, 21 de octubre de 2026 · 11:00 - 12:00 (hora estándar de Argentina)

        Unirse con Google Meet
        https://meet.google.com/kwe-gfpn-zrt

        Invitados
        Tomás Ibarra - organizador
        Carolina Paz
        martina.sosa@example.org

        Descripción
        Martina, lo pasamos al jueves a la tarde porque Caro (CPO) tiene reunión de directorio el
        miércoles. ¡Perdón por el cambio! Tomás

        Ver todos los detalles del evento
        https://calendar.google.com/calendar/event?action=VIEW&eid=bGFwYWNobzIwMjZpbnRlcnZpZXc

        Invitación de Google Calendar
        Recibís este correo electrónico porque sos un invitado al evento.
        """)
    page = t("""
        <html><body style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;font-size:14px">
        <div style="padding:16px;max-width:600px">
        <p style="color:#d93025">Se modificó este evento.</p>
        <h2 style="font-weight:400;font-size:22px">Entrevista PM - Lapacho Health</h2>
        <table cellpadding="0" cellspacing="0">
        <tr><td style="color:#70757a;padding-right:16px;vertical-align:top">Cuándo</td><td>
        <span style="background:#fce8e6">Modificado: jueves, 22 de octubre de 2026 · 16:00 - 17:00 (hora estándar de Argentina)</span><br>
        <span style="text-decoration:line-through;color:#70757a">miércoles, 21 de octubre de 2026 · 11:00 - 12:00 (hora estándar de Argentina)</span></td></tr>
        <tr><td style="color:#70757a;padding-right:16px">Unirse</td><td><a href="https://meet.google.com/kwe-gfpn-zrt">meet.google.com/kwe-gfpn-zrt</a></td></tr>
        <tr><td style="color:#70757a;padding-right:16px;vertical-align:top">Invitados</td><td>Tomás Ibarra - organizador<br>Carolina Paz<br>martina.sosa@example.org</td></tr>
        </table>
        <p>Martina, lo pasamos al jueves a la tarde porque Caro (CPO) tiene reunión de directorio el miércoles. ¡Perdón por el cambio! Tomás</p>
        <p style="font-size:12px;color:#70757a">Invitación de Google Calendar</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ[BA]}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20261022T160000
DTEND;TZID=America/Argentina/Buenos_Aires:20261022T170000
DTSTAMP:20261019T150511Z
ORGANIZER;CN=Tomás Ibarra:mailto:tomas.ibarra@lapacho.health
UID:3kq7v1lapacho9d2f0ab8c6e4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tomás Ibarra;X-NUM-GUESTS=0:mailto:tomas.ibarra@lapacho.health
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Carolina Paz;X-NUM-GUESTS=0:mailto:carolina.paz@lapacho.health
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.sosa@example.org;X-NUM-GUESTS=0:mailto:martina.sosa@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/kwe-gfpn-zrt
CREATED:20261014T132208Z
DESCRIPTION:Martina\\, lo pasamos al jueves a la tarde porque Caro (CPO) tiene reunión de directorio el miércoles. ¡Perdón por el cambio! Tomás
LAST-MODIFIED:20261019T150511Z
LOCATION:
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Entrevista PM - Lapacho Health
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Tomás Ibarra", "tomas.ibarra@lapacho.health"),
              "Invitación actualizada: Entrevista PM - Lapacho Health @ jue 22 oct 2026 16:00 - 17:00 (GMT-3) (martina.sosa@example.org)",
              "2026-10-19 15:05:11", "UTC", "<calendar-a2e94b17-0c5d-4f83-9e61-7d2b8c4f1a06@google.com>",
              relay="mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                     ("Reply-To", addr("Tomás Ibarra", "tomas.ibarra@lapacho.health"))))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")),
                             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@make.mail(N(18), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start="2026-11-02T19:00:00Z", end="2026-11-02T19:30:00Z",
           contact="ben@orchardstreetlabs.com", company="Orchard Street Labs",
           local="Mon 2026-11-02 14:00", local_end="2026-11-02 14:30", zone=NY,
           note="Recruiter prose, sent Tue 27 Oct in EDT: moved from 'Thursday (Oct 29) at 2 PM ET' to 'Monday, "
                "Nov 2 at 2 PM ET', after the US falls back on 1 Nov, so 14:00 EST = 19:00Z (the mail says 4 PM "
                "in Montevideo); 'still 30 min' -> end 19:30Z; contact = human sender")
def orchard_reschedule() -> bytes:
    body = t("""
        Hi Martina,

        Quick change, sorry about this: Priyanka has a board prep session that just landed on Thursday,
        so we've moved your hiring manager chat from Thursday (Oct 29) at 2 PM ET to Monday, Nov 2 at
        2 PM ET. Still 30 min, same Zoom link:
        https://orchardstreetlabs.zoom.us/j/87711203945

        Heads up that the US switches off daylight saving this Sunday, so 2 PM ET on Monday is 4 PM in
        Montevideo (not 3 PM like Thursday would have been). I've updated the calendar invite too.

        Thanks for being flexible!

        Ben Hollis
        Talent Lead, Orchard Street Labs
        New York, NY
        """)
    hs = head(addr("Ben Hollis", "ben@orchardstreetlabs.com"),
              "Updated time: your chat with Priyanka (Orchard Street Labs)",
              "2026-10-27 17:40:29", NY, "<CAH5kYq0b7Nf3xR9pL2mW8vT1cZ6sD4jG0eA5uK3iQ7oB=y@mail.gmail.com>",
              relay="mail-pj1-f45.google.com (mail-pj1-f45.google.com [209.85.216.45])")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(19), family="microsoft_bookings", lang="es-ES", interview=True, kind="rescheduled",
           start="2026-10-22T08:00:00Z", end="2026-10-22T08:30:00Z",
           contact=None, company="Nómada Consultores",
           local="Thu 2026-10-22 10:00", local_end="2026-10-22 10:30", zone=MAD,
           note="Microsoft Bookings 'Reserva actualizada': '10:00 - 10:30 (UTC+01:00) Bruselas, Copenhague, Madrid, "
                "París' on Thu 22 Oct, when Madrid is still on CEST (+02:00), so 08:00-08:30Z; the ICS "
                "(Romance Standard Time) confirms; sent from the Bookings mailbox with a staff name only -> "
                "contact null")
def nomada_bookings() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="max-width:560px;margin:0 auto">
        <h2 style="font-weight:600;font-size:20px">Se ha actualizado tu reserva</h2>
        <p>Hola Martina Sosa:</p>
        <p>Gracias por reservar con Nómada Consultores. Tu reserva se ha cambiado a la siguiente fecha y hora.</p>
        <table cellpadding="4" style="border-left:4px solid #0078d4;padding-left:8px">
        <tr><td><b>Entrevista inicial - Product Manager</b></td></tr>
        <tr><td>jueves, 22 de octubre de 2026</td></tr>
        <tr><td>10:00 - 10:30 (UTC+01:00) Bruselas, Copenhague, Madrid, París</td></tr>
        <tr><td>Personal: Beatriz Olmedo</td></tr>
        <tr><td><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_Tm9tYWRhQm9va2luZ3M@thread.v2/0">Unirse a la reunión de Microsoft Teams</a></td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/NomadaSeleccion@nomadaconsultores.es/bookings/s/manage">Administrar reserva</a>
        &nbsp;|&nbsp; <a href="https://outlook.office365.com/owa/calendar/NomadaSeleccion@nomadaconsultores.es/bookings/s/cancel">Cancelar reserva</a></p>
        <p style="font-size:12px;color:#605e5c">Nómada Consultores S.L. - Calle de Serrano 41, 28001 Madrid</p>
        <p style="font-size:11px;color:#a19f9d">Con tecnología de Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ["Romance Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Nómada Consultores:mailto:NomadaSeleccion@nomadaconsultores.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Martina Sosa:mailto:martina.sosa@example.org
UID:040000008200E00074C5B7101A82E0080000000060A9B3C1F152DC01000000000000000010000000B3C4D5E6F708192A3B4C5D6E7F809112
SUMMARY;LANGUAGE=es-ES:Entrevista inicial - Product Manager
DTSTART;TZID=Romance Standard Time:20261022T100000
DTEND;TZID=Romance Standard Time:20261022T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261016T111540Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Nómada Consultores", "NomadaSeleccion@nomadaconsultores.es"),
              "Reserva actualizada con Nómada Consultores",
              "2026-10-16 11:15:40", "UTC", "<AM9PR03MB7155B1A2C3D4E5F60718293A4B5C6@AM9PR03MB7155.eurprd03.prod.outlook.com>",
              relay="EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2121.outbound.protection.outlook.com [40.107.247.121])",
              extra=(("Content-Language", "es-ES"),
                     ("X-MS-Exchange-Organization-SCL", "1")))
    return message(hs, mixed(html(page), calendar(ics, method="REQUEST", filename="invite.ics",
                                                  disposition="attachment", cte="base64", name_param=True)))


@make.mail(N(20), family="recruitee", lang="es-UY", interview=True, kind="rescheduled",
           start="2026-11-18T17:30:00Z", end="2026-11-18T18:20:00Z",
           contact="rodrigo.acosta@pitanga.com.uy", company="Pitanga Pay",
           local="Wed 2026-11-18 14:30", local_end="2026-11-18 15:20", zone=MVD,
           note="Recruitee reschedule with both times: 'Antes: lunes 16 de noviembre, 11:00 h' and 'Nueva fecha: "
                "miércoles 18 de noviembre, 14:30 h (hora de Uruguay)', 'Duración: 50 minutos' = 17:30-18:20Z; "
                "ICS SEQUENCE:1 in America/Montevideo agrees; contact = Reply-To recruiter (also ORGANIZER)")
def pitanga_recruitee() -> bytes:
    body = t("""
        Hola Martina,

        Te escribimos porque tuvimos que mover tu entrevista con el equipo de Producto de Pitanga Pay.
        Perdón por el cambio de último momento.

        Antes: lunes 16 de noviembre, 11:00 h
        Nueva fecha: miércoles 18 de noviembre, 14:30 h (hora de Uruguay)
        Duración: 50 minutos
        Lugar: Google Meet - https://meet.google.com/ujb-cstr-hwa

        Vas a estar con Lucía Techera (Head of Product) y Germán Olivera (Tech Lead). Si el nuevo
        horario no te sirve, respondé este mail y buscamos otro.

        Saludos,
        Rodrigo Acosta
        People & Talent | Pitanga Pay
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <p>Hola Martina,</p>
        <p>Te escribimos porque tuvimos que mover tu entrevista con el equipo de Producto de Pitanga Pay.
        Perdón por el cambio de último momento.</p>
        <p><s>Antes: lunes 16 de noviembre, 11:00 h</s><br>
        <b>Nueva fecha: miércoles 18 de noviembre, 14:30 h (hora de Uruguay)</b><br>
        Duración: 50 minutos<br>
        Lugar: <a href="https://meet.google.com/ujb-cstr-hwa">Google Meet</a></p>
        <p>Vas a estar con Lucía Techera (Head of Product) y Germán Olivera (Tech Lead). Si el nuevo horario no te sirve,
        respondé este mail y buscamos otro.</p>
        <p>Saludos,<br>Rodrigo Acosta<br>People &amp; Talent | Pitanga Pay</p>
        <p style="font-size:11px;color:#999">Enviado con Recruitee</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Interview Scheduler//EN
METHOD:REQUEST
{TZ[MVD]}
BEGIN:VEVENT
UID:recruitee-event-88412-pitanga@recruitee.com
DTSTAMP:20261112T202009Z
DTSTART;TZID=America/Montevideo:20261118T143000
DTEND;TZID=America/Montevideo:20261118T152000
SEQUENCE:1
SUMMARY:Entrevista - Product Manager - Pitanga Pay
LOCATION:https://meet.google.com/ujb-cstr-hwa
ORGANIZER;CN=Rodrigo Acosta:mailto:rodrigo.acosta@pitanga.com.uy
ATTENDEE;CN=Martina Sosa;RSVP=TRUE:mailto:martina.sosa@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Pitanga Pay", "no-reply@recruitee.com"),
              "Cambio de horario: tu entrevista con Pitanga Pay",
              "2026-11-12 17:20:09", MVD, "<recruitee.88412.1794514809.a7c3@recruitee.com>",
              relay="mail-out.recruitee.com (mail-out.recruitee.com [185.63.144.30])",
              extra=(("Reply-To", addr("Rodrigo Acosta", "rodrigo.acosta@pitanga.com.uy")),))
    return message(hs, mixed(alt(text(body, cte="8bit"), html(page, cte="8bit")),
                             calendar(ics, filename="entrevista.ics", disposition="attachment")))


# =========================================================================== positives: cancelled


@make.mail(N(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
           start="2026-09-25T17:00:00Z", end="2026-09-25T18:00:00Z",
           contact="nora.feld@tallgrass.ai", company="Tallgrass AI",
           local="Fri 2026-09-25 10:00", local_end="2026-09-25 11:00", zone=LA,
           note="Google Calendar cancellation (METHOD:CANCEL) of 'Fri Sep 25, 2026 10am - 11am (PDT)' = "
                "17:00-18:00Z; the Date header is in UTC and already Thu 24 Sep; organizer promises new times "
                "later, none given; contact = organizer")
def tallgrass_gcal_cancel() -> bytes:
    body = t("""
        This event has been canceled and removed from your calendar.

        Martina Sosa <> Tallgrass AI - Product Sense Interview
        Friday Sep 25, 2026 · 10am - 11am
        Pacific Time - Los Angeles

        So sorry Martina - Dev (our hiring manager) is out sick for the rest of the week. I'll reach out
        with new times early next week. - Nora

        Organizer
        Nora Feld
        nora.feld@tallgrass.ai

        Guests
        Nora Feld - organizer
        Dev Malhotra
        martina.sosa@example.org

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event.
        """)
    page = t("""
        <html><body style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;font-size:14px">
        <div style="padding:16px;max-width:600px">
        <p style="color:#d93025">This event has been canceled and removed from your calendar.</p>
        <h2 style="font-weight:400;font-size:22px;text-decoration:line-through">Martina Sosa &lt;&gt; Tallgrass AI - Product Sense Interview</h2>
        <p>Friday Sep 25, 2026 · 10am - 11am<br><span style="color:#70757a">Pacific Time - Los Angeles</span></p>
        <p>So sorry Martina - Dev (our hiring manager) is out sick for the rest of the week. I&#39;ll reach out with new times early next week. - Nora</p>
        <p><b>Organizer</b><br>Nora Feld<br><a href="mailto:nora.feld@tallgrass.ai">nora.feld@tallgrass.ai</a></p>
        <p><b>Guests</b><br>Nora Feld - organizer<br>Dev Malhotra<br>martina.sosa@example.org</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{TZ[LA]}
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20260925T100000
DTEND;TZID=America/Los_Angeles:20260925T110000
DTSTAMP:20260924T013012Z
ORGANIZER;CN=Nora Feld:mailto:nora.feld@tallgrass.ai
UID:5b0tallgrass7qk2m9n4p1r8s6@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=martina.sosa@example.org;X-NUM-GUESTS=0:mailto:martina.sosa@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dev Malhotra;X-NUM-GUESTS=0:mailto:dev@tallgrass.ai
CREATED:20260916T201544Z
DESCRIPTION:So sorry Martina - Dev (our hiring manager) is out sick for the rest of the week. I'll reach out with new times early next week. - Nora
LAST-MODIFIED:20260924T013012Z
LOCATION:
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Martina Sosa <> Tallgrass AI - Product Sense Interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Nora Feld", "nora.feld@tallgrass.ai"),
              "Canceled event: Martina Sosa <> Tallgrass AI - Product Sense Interview @ Fri Sep 25, 2026 10am - 11am (PDT) (martina.sosa@example.org)",
              "2026-09-24 01:30:12", "UTC", "<calendar-e51c7a3d-9b20-4f68-8d14-6a0f3e2b9c77@google.com>",
              relay="mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                     ("Reply-To", addr("Nora Feld", "nora.feld@tallgrass.ai"))))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")),
                             calendar(ics, method="CANCEL", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@make.mail(N(22), family="human_prose", lang="es-UY", interview=True, kind="cancelled",
           start="2026-12-10T14:00:00Z", end=None,
           contact="mauricio.silvera@tatugames.com.uy", company="Tatú Games",
           local="Thu 2026-12-10 11:00", zone=MVD,
           note="Prose cancellation from the studio's head of product: 'tenemos que cancelar la entrevista del jueves "
                "10 a las 11 h' (Montevideo) = 14:00Z; search frozen until March, no new time; contact = human sender")
def tatu_cancel() -> bytes:
    body = t("""
        Martina, buen día.

        Te escribo con una mala noticia: tenemos que cancelar la entrevista del jueves 10 a las 11 h.
        Ayer nos avisaron desde casa matriz que se congelan todas las búsquedas hasta marzo, incluida la
        de Product Manager. Una lástima, porque tu perfil nos había encantado.

        Si en marzo se reabre te escribo yo directamente, ¿dale? Y perdón por el aviso tan sobre la
        fecha.

        Un abrazo,
        Mauricio

        Mauricio Silvera
        Head of Product | Tatú Games
        Montevideo, Uruguay
        """)
    hs = head(addr("Mauricio Silvera", "mauricio.silvera@tatugames.com.uy"),
              "Entrevista del jueves",
              "2026-12-07 09:30:55", MVD, "<CAN3xPq8Lr0vYb5Tk2Wm7Gd1Hs9Fa4Jc6Qe3Zu8Ni0Ko=v@mail.gmail.com>",
              relay="mail-lf1-f48.google.com (mail-lf1-f48.google.com [209.85.167.48])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(23), family="taleo", lang="en", interview=True, kind="cancelled",
           start="2026-11-20T18:00:00Z", end="2026-11-20T19:00:00Z",
           contact="denise.walsh@sterlingharbor.com", company="Sterling Harbor Insurance",
           local="Fri 2026-11-20 13:00", local_end="2026-11-20 14:00", zone=NY,
           note="Taleo cancellation: 'Friday, November 20, 2026 at 1:00 PM Eastern Time (60 minutes)' after the "
                "US change to EST = 18:00-19:00Z; METHOD:CANCEL ICS in UTC agrees; 'will contact you to "
                "reschedule', no new time; contact = recruiter address in the body")
def sterling_taleo_cancel() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head>
        <body><font face="Arial" size="2">
        <p>Dear Martina Sosa,</p>
        <p>We regret to inform you that your interview for the position of <b>Product Manager, Digital Claims
        (Req 26-0413)</b>, scheduled for Friday, November 20, 2026 at 1:00 PM Eastern Time (60 minutes), has been
        cancelled due to a change in the interview panel's availability.</p>
        <p>A member of our Talent Acquisition team will contact you to reschedule. In the meantime, if you have any
        questions, please contact Denise Walsh at <a href="mailto:denise.walsh@sterlingharbor.com">denise.walsh@sterlingharbor.com</a>.</p>
        <p>We apologize for any inconvenience.</p>
        <p>Sincerely,<br>Sterling Harbor Insurance<br>Talent Acquisition</p>
        <p><font size="1" color="#808080">Please do not reply to this message. This mailbox is not monitored.</font></p>
        </font></body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Oracle//Taleo Enterprise//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:TALEO-INTERVIEW-26-0413-55821
DTSTAMP:20261117T210218Z
DTSTART:20261120T180000Z
DTEND:20261120T190000Z
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Interview - Product Manager, Digital Claims - Sterling Harbor Insurance
ORGANIZER;CN=Sterling Harbor Careers:mailto:sterlingharbor@taleo.net
ATTENDEE;CN=Martina Sosa:mailto:martina.sosa@example.org
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Sterling Harbor Careers", "sterlingharbor@taleo.net"),
              "Interview Cancellation - Product Manager, Digital Claims (Req 26-0413)",
              "2026-11-17 16:02:18", NY, "<1633850512.88214.1795467738012.JavaMail.taleo@tlmail11.taleo.net>",
              relay="tlmail11.taleo.net (tlmail11.taleo.net [160.34.13.211])")
    return message(hs, mixed(html(page, charset="iso-8859-1"),
                             calendar(ics, method="CANCEL", filename="Interview.ics", disposition="attachment")))


# =========================================================================== negatives


@make.mail(N(24), family="rejection", lang="en", interview=False, company="Kiwano Robotics",
           note="JOIN rejection after an interview 'last Tuesday'; nothing scheduled")
def kiwano_join_rejection() -> bytes:
    body = t("""
        Hi Martina,

        Thank you for taking the time to interview with us last Tuesday, and for the thoughtful case
        study you walked us through. We really enjoyed the conversation.

        After careful consideration, we have decided to move forward with another candidate whose
        background in hardware products is a closer match for this role right now.

        We'd be happy to keep your profile in our talent pool and reach out when a new product role
        opens in our LATAM team. We wish you all the best in your search.

        Kind regards,
        Jonas Reiter
        Head of Product, Kiwano Robotics

        ---
        This message was sent via JOIN on behalf of Kiwano Robotics GmbH.
        Manage your applications: https://join.com/candidate/applications
        """)
    page = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in body.strip().split("\n\n"))
    page = f'<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1c1c1c">\n{page}</body></html>\n'
    hs = head(addr("Kiwano Robotics via JOIN", "noreply@join.com"),
              "Your application for Senior Product Manager (LATAM, remote) at Kiwano Robotics",
              "2026-10-05 10:14:02", "Europe/Berlin", "<20261005081402.3f8a1c2b9d7e@join.com>",
              relay="mail.join.com (mail.join.com [18.157.33.12])")
    return message(hs, alt(text(body), html(page)))


@make.mail(N(25), family="offer", lang="es-UY", interview=False, company="Cardumen",
           note="Offer after the Cardumen interview; the start date 'lunes 5 de octubre a las 9 h' and the proposed "
                "coffee are not an interview",
           days=(("Mon", "2026-10-05"), ("Wed", "2026-09-23"), ("Mon", "2026-09-21")))
def cardumen_offer() -> bytes:
    body = t("""
        Hola Martina,

        ¡Qué alegría escribirte esto! Después de la entrevista con Facu y conmigo, y de la charla con el
        equipo, queremos hacerte una propuesta formal para sumarte a Cardumen como Product Manager.

        Te adjunto la carta con el detalle (salario, beneficios, días de licencia). En resumen:
        - Modalidad híbrida, 3 días en la oficina de Ciudad Vieja.
        - Fecha de ingreso: lunes 5 de octubre; ese día te esperamos a las 9 h para el onboarding.

        Tenés hasta el miércoles 23 para darnos una respuesta. Si te surgen dudas, el lunes 21 a las 18 h
        podemos tomar un café y charlarlas, si te sirve.

        ¡Ojalá digas que sí!
        Vale

        --
        Valentina Pereira
        Co-founder & CEO | Cardumen
        """)
    pdf = make.Part([("Content-Type", 'application/pdf; name="Propuesta_Cardumen_MSosa.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Propuesta_Cardumen_MSosa.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    b"JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRvYmoK\r\n"
                    b"MiAwIG9iago8PC9UeXBlL1BhZ2VzL0tpZHNbXS9Db3VudCAwPj4KZW5kb2JqCnRyYWlsZXIKPDwv\r\n"
                    b"Um9vdCAxIDAgUj4+CiUlRU9GCg==\r\n")
    hs = head(addr("Valentina Pereira", "valentina@cardumen.com.uy"),
              "Propuesta formal - Product Manager en Cardumen",
              "2026-09-18 12:31:40", MVD, "<CAJ8rT0r2Wn6Yd1Vb9Qk4Mx7Lc3Pz5Hf0Ga8Te2Js6Ku=q@mail.gmail.com>",
              relay="mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), pdf))


@make.mail(N(26), family="application_ack", lang="es-ES", interview=False, company="Olmo Energía",
           note="softgarden application receipt; 'te invitaremos a una primera entrevista' is hypothetical")
def olmo_softgarden_ack() -> bytes:
    body = t("""
        Hola Martina Sosa:

        Muchas gracias por tu candidatura para el puesto de Product Manager - Autoconsumo (Madrid /
        remoto). Hemos recibido tu documentación correctamente.

        Nuestro equipo de selección revisará tu perfil con detenimiento. Si encaja con lo que buscamos,
        te invitaremos a una primera entrevista por videollamada en las próximas dos semanas.

        Puedes consultar el estado de tu candidatura en cualquier momento aquí:
        https://olmoenergia.softgarden.io/es/candidate/applications/4471902

        Un saludo cordial,
        Equipo de Personas - Olmo Energía S.A.

        Este correo se ha generado automáticamente. Por favor, no respondas a este mensaje.
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <div style="max-width:600px;margin:0 auto;border-top:4px solid #3a7d44;padding:20px">
        <p>Hola Martina Sosa:</p>
        <p>Muchas gracias por tu candidatura para el puesto de <b>Product Manager - Autoconsumo (Madrid / remoto)</b>.
        Hemos recibido tu documentación correctamente.</p>
        <p>Nuestro equipo de selección revisará tu perfil con detenimiento. Si encaja con lo que buscamos, te invitaremos a una
        primera entrevista por videollamada en las próximas dos semanas.</p>
        <p>Puedes consultar el estado de tu candidatura en cualquier momento
        <a href="https://olmoenergia.softgarden.io/es/candidate/applications/4471902">aquí</a>.</p>
        <p>Un saludo cordial,<br>Equipo de Personas - Olmo Energía S.A.</p>
        <p style="font-size:11px;color:#999">Este correo se ha generado automáticamente. Por favor, no respondas a este mensaje.
        | powered by softgarden</p>
        </div></body></html>
        """)
    hs = head(addr("Olmo Energía", "noreply@softgarden.io"),
              "Hemos recibido tu candidatura: Product Manager - Autoconsumo",
              "2026-09-08 11:02:33", MAD, "<sg.4471902.1788858153.ack@softgarden.io>",
              relay="mx-out3.softgarden.io (mx-out3.softgarden.io [185.138.52.73])",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(text(body, charset="iso-8859-15"), html(page, charset="iso-8859-15")))


@make.mail(N(27), family="job_alert", lang="es-UY", interview=False, company=None,
           note="Job-board digest; 'Entrevistas esta semana' / 'Entrevista inmediata' are badges, nothing confirmed")
def empleosur_alert() -> bytes:
    body = t("""
        Hola Martina, estos son los nuevos avisos para tu alerta "product manager" en Montevideo.

        1. Product Manager Sr. - Ombú Pagos
           Montevideo (híbrido) · Publicado hace 2 días · Entrevistas esta semana
           https://www.empleosur.com.uy/aviso/1184203

        2. Product Owner Canales Digitales - Banco Ribereño
           Montevideo · Publicado hoy · Entrevista inmediata
           https://www.empleosur.com.uy/aviso/1184377

        3. Product Manager (Growth) - Tacuara Apps
           Remoto (Uruguay) · Publicado hace 4 días
           https://www.empleosur.com.uy/aviso/1183950

        4. Product Analyst - Grupo Rivera Retail
           Montevideo · Publicado hace 1 día · Postulación simple
           https://www.empleosur.com.uy/aviso/1184288

        Ver los 12 avisos nuevos: https://www.empleosur.com.uy/alertas/88213

        Recibís este correo porque creaste una alerta en EmpleoSur.
        Dejar de recibir esta alerta: https://www.empleosur.com.uy/alertas/88213/baja
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;background:#f2f4f7">
        <table align="center" width="600" style="background:#fff"><tr><td style="padding:20px">
        <p>Hola Martina, estos son los nuevos avisos para tu alerta <b>"product manager"</b> en Montevideo.</p>
        <p><a href="https://www.empleosur.com.uy/aviso/1184203"><b>Product Manager Sr.</b></a> - Ombú Pagos<br>
        Montevideo (híbrido) · Publicado hace 2 días · <span style="background:#e6f4ea;color:#137333">Entrevistas esta semana</span></p>
        <p><a href="https://www.empleosur.com.uy/aviso/1184377"><b>Product Owner Canales Digitales</b></a> - Banco Ribereño<br>
        Montevideo · Publicado hoy · <span style="background:#e6f4ea;color:#137333">Entrevista inmediata</span></p>
        <p><a href="https://www.empleosur.com.uy/aviso/1183950"><b>Product Manager (Growth)</b></a> - Tacuara Apps<br>
        Remoto (Uruguay) · Publicado hace 4 días</p>
        <p><a href="https://www.empleosur.com.uy/aviso/1184288"><b>Product Analyst</b></a> - Grupo Rivera Retail<br>
        Montevideo · Publicado hace 1 día · Postulación simple</p>
        <p><a href="https://www.empleosur.com.uy/alertas/88213">Ver los 12 avisos nuevos</a></p>
        <p style="font-size:11px;color:#888">Recibís este correo porque creaste una alerta en EmpleoSur.
        <a href="https://www.empleosur.com.uy/alertas/88213/baja">Dejar de recibir esta alerta</a></p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("EmpleoSur Alertas", "alertas@empleosur.com.uy"),
              "12 nuevos avisos de product manager en Montevideo",
              "2026-09-21 07:00:12", MVD, "<alerta.88213.20260921100012@empleosur.com.uy>",
              relay="envios.empleosur.com.uy (envios.empleosur.com.uy [190.64.49.21])",
              extra=(("List-Unsubscribe", "<https://www.empleosur.com.uy/alertas/88213/baja>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(page)))


@make.mail(N(28), family="newsletter_tips", lang="en", interview=False, company=None,
           note="Substack newsletter post about PM interview questions; the 'Live AMA Thursday, Oct 22 at 1 PM ET' "
                "is a community event, not an interview",
           days=(("Thu", "2026-10-22"),))
def product_ladder_newsletter() -> bytes:
    body = t("""
        The 7 questions every PM interview asks (and how I'd answer them)
        ------------------------------------------------------------------

        Hi friends,

        I've sat on both sides of about 300 product interviews by now, and the same seven questions keep
        coming back in one form or another. This week I'm writing down how I'd answer each of them today,
        including the one everyone gets wrong: "Tell me about a product you love."

        1. Walk me through a product decision you regret.
        2. How would you prioritise this backlog? (with a real backlog on the screen)
        3. What metric would you move first, and why that one?
        ...

        Before your next interview, schedule 20 minutes to write a one-page "decision log" for your
        last project. You'll use it in at least three of these answers.

        Live AMA: this Thursday, Oct 22 at 1 PM ET, paid subscribers can bring their own interview
        questions. The link will be in Thursday's email.

        Read the full post: https://productladder.substack.com/p/seven-pm-interview-questions

        - Rohan

        You're receiving this because you subscribed to The Product Ladder.
        Unsubscribe: https://productladder.substack.com/action/disable_email
        """)
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:17px;color:#363737;line-height:1.5">
        <div style="max-width:550px;margin:0 auto">
        <h1 style="font-size:28px">The 7 questions every PM interview asks (and how I&#8217;d answer them)</h1>
        <p>Hi friends,</p>
        <p>I&#8217;ve sat on both sides of about 300 product interviews by now, and the same seven questions keep coming back
        in one form or another. This week I&#8217;m writing down how I&#8217;d answer each of them today, including the one
        everyone gets wrong: &#8220;Tell me about a product you love.&#8221;</p>
        <ol><li>Walk me through a product decision you regret.</li>
        <li>How would you prioritise this backlog? (with a real backlog on the screen)</li>
        <li>What metric would you move first, and why that one?</li></ol>
        <p>Before your next interview, schedule 20 minutes to write a one-page &#8220;decision log&#8221; for your last
        project. You&#8217;ll use it in at least three of these answers.</p>
        <p><b>Live AMA:</b> this Thursday, Oct 22 at 1 PM ET, paid subscribers can bring their own interview questions.</p>
        <p><a href="https://productladder.substack.com/p/seven-pm-interview-questions">Read the full post</a></p>
        <p>- Rohan</p>
        <p style="font-family:Arial,sans-serif;font-size:12px;color:#888">You&#8217;re receiving this because you subscribed to
        The Product Ladder. <a href="https://productladder.substack.com/action/disable_email">Unsubscribe</a></p>
        </div></body></html>
        """)
    hs = head(addr("The Product Ladder", "productladder@substack.com"),
              "The 7 questions every PM interview asks (and how I'd answer them)",
              "2026-10-20 13:05:00", "UTC", "<20261020130500.3.b2f1c0d9a8e7@substack.com>",
              relay="mail.substack.com (mail.substack.com [167.89.115.54])",
              extra=(("List-Id", "<productladder.substack.com>"),
                     ("List-Unsubscribe", "<https://productladder.substack.com/action/disable_email>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(page)))


@make.mail(N(29), family="scheduling_link", lang="en", interview=False, company="Alcor Mobility",
           note="Personio self-scheduling request: choose a slot between Tue 20 and Fri 23 Oct; nothing booked yet",
           days=(("Tue", "2026-10-20"), ("Fri", "2026-10-23")))
def alcor_personio_slots() -> bytes:
    body = t("""
        Hi Martina,

        Thank you for your application for Product Manager - Rider Experience at Alcor Mobility. We would
        love to get to know you better in a first interview (30 minutes, video call).

        Please choose a time slot that suits you:
        https://alcormobility.jobs.personio.com/appointments/select?token=Q2FuZGlkYXRlOjg4MTI0

        Available slots run from Tuesday, 20 October to Friday, 23 October, between 15:00 and 18:00
        (CEST). If none of them works for you, just let us know.

        Best regards,
        Sara Lindqvist
        People Team, Alcor Mobility S.L.
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <p>Hi Martina,</p>
        <p>Thank you for your application for <b>Product Manager - Rider Experience</b> at Alcor Mobility. We would love to get
        to know you better in a first interview (30 minutes, video call).</p>
        <p><a href="https://alcormobility.jobs.personio.com/appointments/select?token=Q2FuZGlkYXRlOjg4MTI0"
        style="background:#1d4ed8;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Select appointment</a></p>
        <p>Available slots run from Tuesday, 20 October to Friday, 23 October, between 15:00 and 18:00 (CEST). If none of them
        works for you, just let us know.</p>
        <p>Best regards,<br>Sara Lindqvist<br>People Team, Alcor Mobility S.L.</p>
        <p style="font-size:11px;color:#999">Sent with Personio</p>
        </body></html>
        """)
    hs = head(addr("Alcor Mobility", "no-reply@personio.de"),
              "Alcor Mobility: please choose a time for your first interview",
              "2026-10-16 09:41:20", MAD, "<personio.recruiting.88124.1792136480@personio.de>",
              relay="mail-out.personio.de (mail-out.personio.de [3.120.77.15])",
              extra=(("Reply-To", addr("Sara Lindqvist", "sara.lindqvist@alcormobility.com")),))
    return message(hs, alt(text(body), html(page)))


@make.mail(N(30), family="recruiter_outreach", lang="es-AR", interview=False, company="Talento Austral",
           note="Headhunter cold outreach; asks for a 20-minute call 'esta semana o la que viene', nothing fixed")
def talento_austral_outreach() -> bytes:
    body = t("""
        Hola Martina, ¿cómo estás?

        Te contacto desde Talento Austral porque estamos llevando adelante una búsqueda confidencial de
        Head of Product para una fintech de Buenos Aires con operación en Uruguay y Paraguay. Vi tu
        recorrido en pagos y me pareció que podía interesarte.

        Es un rol remoto desde Montevideo, con viajes a Buenos Aires una vez por mes. Reporta al CEO y
        tendría un equipo de 4 PMs.

        ¿Tenés 20 minutos esta semana o la que viene para una llamada? Pasame un par de horarios que te
        queden cómodos y lo coordinamos.

        ¡Gracias!
        Agustina Molina
        Senior Consultant | Talento Austral
        +54 9 11 5823 4410
        """)
    hs = head(addr("Agustina Molina", "agustina.molina@talentoaustral.com.ar"),
              "Búsqueda Head of Product - fintech (confidencial)",
              "2026-09-30 10:47:03", BA, "<AM0PR10MB2451A8B7C6D5E4F3@AM0PR10MB2451.EURPRD10.PROD.OUTLOOK.COM>",
              relay="mail-eastusazon11020107.outbound.protection.outlook.com (mail-eastusazon11020107.outbound.protection.outlook.com [52.101.51.107])")
    return message(hs, text(body, charset="windows-1252"))


@make.mail(N(31), family="proposed_times", lang="es-UY", interview=False, company="Arrayán Salud",
           note="Recruiter proposes two options ('¿martes 13 a las 10 h o miércoles 14 a las 16 h?'); not confirmed",
           days=(("Tue", "2026-10-13"), ("Wed", "2026-10-14")))
def arrayan_proposal() -> bytes:
    body = t("""
        Hola Martina, ¿cómo va?

        Gracias por mandar el CV. Nos gustaría avanzar con una entrevista con Sebastián Lemos, nuestro
        gerente de Producto Digital, y conmigo. ¿Te queda bien el martes 13 a las 10 h o el miércoles 14
        a las 16 h? Sería en nuestras oficinas de Pocitos y dura una hora más o menos.

        Contame cuál preferís y te mando la invitación.

        Saludos,
        Gimena Rodríguez
        Analista de Selección | Arrayán Salud
        Tel. 2707 4411 int. 218
        """)
    hs = head(addr("Gimena Rodríguez", "gimena.rodriguez@arrayansalud.com.uy"),
              "Entrevista - Product Manager Arrayán Salud",
              "2026-10-08 16:22:40", MVD, "<DM6PR14MB3870E1F2A3B4C5D6E7@DM6PR14MB3870.namprd14.prod.outlook.com>",
              relay="mail-dm6nam11on2087.outbound.protection.outlook.com (mail-dm6nam11on2087.outbound.protection.outlook.com [40.107.223.87])")
    page = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in body.strip().split("\n\n"))
    return message(hs, alt(text(body), html(f'<html><body style="font-family:Calibri,sans-serif">\n{page}</body></html>\n')))


@make.mail(N(32), family="proposed_times", lang="en", interview=False, company="Ironbark Systems",
           note="Recruiter asks 'Would Tuesday at 10 AM ET work?' for a chat with the VP; invite only 'once we lock "
                "it in'; not confirmed",
           days=(("Tue", "2026-11-24"),))
def ironbark_proposal() -> bytes:
    body = t("""
        Hi Martina,

        Thanks again for the great first call! Dana Lutz, our VP of Product, would like to meet you next.

        Would Tuesday (11/24) at 10 AM ET work for a 30-minute chat? That should be noon for you in
        Montevideo, if I have the time difference right. If not, send me a couple of windows that work on
        your end and I'll make it happen.

        Once we lock it in I'll send over a calendar invite with the Zoom details.

        Best,
        Kyle

        Kyle Brennan
        Technical Recruiter | Ironbark Systems
        Pittsburgh, PA
        """)
    hs = head(addr("Kyle Brennan", "kyle.brennan@ironbarksystems.com"),
              "Next step with Ironbark - chat with our VP of Product",
              "2026-11-19 14:12:05", NY, "<CAF7uLr3Mx9Qb2Yk6Tn1Wc8Vd5Hs0Pz4Gj7Ea3Ri9Ko2Nm=t@mail.gmail.com>",
              relay="mail-qt1-f170.google.com (mail-qt1-f170.google.com [209.85.160.170])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(33), family="non_interview_calendar", lang="es-UY", interview=False, company=None,
           note="Medical appointment confirmation (dermatology) with ICS: a confirmed time, not an interview",
           days=(("Fri", "2026-10-16"),))
def sanatorio_turno() -> bytes:
    body = t("""
        SANATORIO DEL PRADO - Confirmación de reserva

        Sra. MARTINA SOSA:

        Su consulta quedó reservada con los siguientes datos:

        Especialidad: DERMATOLOGÍA
        Profesional:  Dra. Laura Pintos
        Fecha:        viernes 16/10/2026
        Hora:         08:40
        Lugar:        Policlínica Pocitos - Av. Brasil 2860, 1er piso

        Preséntese 15 minutos antes con su cédula de identidad. Si no puede concurrir, cancele su
        reserva con al menos 24 horas de anticipación desde la app o llamando al 2480 3030.

        Este es un mensaje automático, por favor no lo responda.
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Sanatorio del Prado//Agenda Web//ES
METHOD:PUBLISH
{TZ[MVD]}
BEGIN:VEVENT
UID:reserva-20261016-0840-5518204@sanatoriodelprado.com.uy
DTSTAMP:20261013T130544Z
DTSTART;TZID=America/Montevideo:20261016T084000
DTEND;TZID=America/Montevideo:20261016T090000
SUMMARY:Consulta Dermatología - Dra. Laura Pintos
LOCATION:Policlínica Pocitos - Av. Brasil 2860\\, 1er piso
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Sanatorio del Prado - Agenda", "agenda@sanatoriodelprado.com.uy"),
              "Confirmación de reserva - Dermatología 16/10/2026 08:40",
              "2026-10-13 10:05:44", MVD, "<reserva.5518204.20261013130544@sanatoriodelprado.com.uy>",
              relay="smtp.sanatoriodelprado.com.uy (smtp.sanatoriodelprado.com.uy [190.64.110.18])")
    return message(hs, mixed(text(body, charset="iso-8859-1", cte="8bit"),
                             calendar(ics, method="PUBLISH", filename="reserva.ics", disposition="attachment",
                                      cte="8bit")))


@make.mail(N(34), family="flat_viewing", lang="es-UY", interview=False, company=None,
           note="Estate agent confirms a flat viewing (sábado 19 a las 11 h) where the owner 'interviews' "
                "prospective tenants; not a job interview",
           days=(("Sat", "2026-09-19"),))
def rambla_sur_visita() -> bytes:
    body = t("""
        Hola Martina, ¿qué tal?

        Te confirmo la visita al apartamento de Parque Rodó (Joaquín Requena 1180, apto. 502) para el
        sábado 19 a las 11 h.

        La dueña va a estar presente porque quiere hacer una pequeña entrevista con los interesados antes
        de decidir, así que traé por favor recibos de sueldo de los últimos 3 meses y la constancia de la
        garantía. Son unos 20 minutos.

        Cualquier cosa me escribís o me llamás al 098 552 017.

        Saludos,
        Gonzalo Méndez
        Rambla Sur Propiedades
        """)
    hs = head(addr("Gonzalo Méndez", "gmendez@ramblasurpropiedades.com.uy"),
              "Visita apto. Parque Rodó - sábado 19",
              "2026-09-16 19:10:22", MVD, "<CAB4nQw7Yt2Rk9Lm5Xv0Pd3Sc8Hf1Ju6Ga4Ez7Ti2Wo9Ks=m@mail.gmail.com>",
              relay="mail-ua1-f44.google.com (mail-ua1-f44.google.com [209.85.222.44])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(35), family="car_service", lang="es-UY", interview=False, company=None,
           note="Car dealer confirms a service appointment (martes 03/11/2026, recepción 08:00); not an interview",
           days=(("Tue", "2026-11-03"),))
def automotora_service() -> bytes:
    body = t("""
        Estimada Martina Sosa:

        Le confirmamos su turno de service en nuestro taller de Carrasco.

        Vehículo: Hatch 1.6 - Matrícula SBX 4417
        Servicio: Service de los 30.000 km + revisión de frenos
        Fecha: martes 03/11/2026
        Hora de recepción: 08:00
        Retiro estimado: 17:00

        Le recordamos traer la libreta de service y la llave de repuesto. Si necesita reprogramar,
        responda este correo o llámenos al 2601 8844.

        Atentamente,
        Departamento de Servicio
        Automotora Del Este
        Av. Italia 6120, Montevideo
        """)
    hs = head(addr("Automotora Del Este - Servicio", "servicio@automotoradeleste.com.uy"),
              "Confirmación de turno de service - SBX 4417",
              "2026-10-29 11:20:18", MVD, "<20261029142018.7733.servicio@automotoradeleste.com.uy>",
              relay="mail.automotoradeleste.com.uy (mail.automotoradeleste.com.uy [179.27.98.40])")
    return message(hs, text(body, charset="iso-8859-1"))


@make.mail(N(36), family="parent_teacher", lang="es-UY", interview=False, company=None,
           note="School secretary confirms an 'entrevista con la maestra' (jueves 12 de noviembre, 17:30 h, 20 "
                "minutos) about the daughter; a parent-teacher meeting, not a job interview",
           days=(("Thu", "2026-11-12"),))
def colegio_entrevista_maestra() -> bytes:
    body = t("""
        Estimada familia Sosa:

        Les confirmamos la entrevista con la maestra de 3.º A, Mtra. Patricia Olivera, para conversar
        sobre el desempeño de Emilia en el segundo semestre.

        Día: jueves 12 de noviembre
        Hora: 17:30 h
        Lugar: sala de reuniones, planta baja (entrada por Pedro Bustamante)

        Les pedimos puntualidad, ya que las entrevistas duran 20 minutos y hay otras familias agendadas
        a continuación. Si no pudieran asistir, avisen a Secretaría con anticipación.

        Saludos cordiales,
        Secretaría - Colegio Los Ceibos
        """)
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <p>Estimada familia Sosa:</p>
        <p>Les confirmamos la <b>entrevista con la maestra de 3.º A</b>, Mtra. Patricia Olivera, para conversar sobre el
        desempeño de Emilia en el segundo semestre.</p>
        <p>Día: jueves 12 de noviembre<br>Hora: 17:30 h<br>Lugar: sala de reuniones, planta baja (entrada por Pedro Bustamante)</p>
        <p>Les pedimos puntualidad, ya que las entrevistas duran 20 minutos y hay otras familias agendadas a continuación.
        Si no pudieran asistir, avisen a Secretaría con anticipación.</p>
        <p>Saludos cordiales,<br>Secretaría - Colegio Los Ceibos</p>
        </body></html>
        """)
    hs = head(addr("Colegio Los Ceibos - Secretaría", "secretaria@colegiolosceibos.edu.uy"),
              "Entrevista con la maestra - 3.º A",
              "2026-11-06 13:40:00", MVD, "<b7e2c1a0-5f9d-4e38-8c16-2a4d7f0e9b35@colegiolosceibos.edu.uy>",
              relay="mail-mw2nam10on2112.outbound.protection.outlook.com (mail-mw2nam10on2112.outbound.protection.outlook.com [40.107.94.112])",
              extra=(("Cc", addr("Patricia Olivera", "polivera@colegiolosceibos.edu.uy")),))
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@make.mail(N(37), family="non_interview_calendar", lang="es-UY", interview=False, company=None,
           note="Recurring daily stand-up invite at the current employer (Quinta Tech, example.net), forwarded from "
                "the work address; not an interview")
def quinta_standup() -> bytes:
    body = t("""
        Has recibido una invitación para el siguiente evento.

        Daily Squad Checkout

        Cuándo
        Semanalmente de lunes a viernes · 9:45 - 10:00
        Desde el lunes 14 de septiembre de 2026 (hora de Uruguay)

        Unirse con Google Meet
        https://meet.google.com/cqv-osdk-ymr

        Invitados
        Diego Cabrera - organizador
        msosa@example.net
        bruno.perez@example.net
        lucia.garcia@example.net

        Descripción
        Arrancamos con la daily del squad nuevo. 15 minutos, en punto, cámaras prendidas :)

        Invitación de Google Calendar
        Recibes este correo electrónico porque eres un invitado al evento.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ[MVD]}
BEGIN:VEVENT
DTSTART;TZID=America/Montevideo:20260914T094500
DTEND;TZID=America/Montevideo:20260914T100000
RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR
DTSTAMP:20260910T180241Z
ORGANIZER;CN=Diego Cabrera:mailto:diego.cabrera@example.net
UID:1q2w3e4r5t6y7u8i9o0p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=msosa@example.net;X-NUM-GUESTS=0:mailto:msosa@example.net
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=bruno.perez@example.net;X-NUM-GUESTS=0:mailto:bruno.perez@example.net
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.garcia@example.net;X-NUM-GUESTS=0:mailto:lucia.garcia@example.net
DESCRIPTION:Arrancamos con la daily del squad nuevo. 15 minutos\\, en punto\\, cámaras prendidas :)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Daily Squad Checkout
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Diego Cabrera", "diego.cabrera@example.net"),
              "Invitación: Daily Squad Checkout @ Semanalmente de 9:45 a 10:00 de lunes a viernes (hora de Uruguay) (msosa@example.net)",
              "2026-09-10 18:02:41", "UTC", "<calendar-0f4e2d8a-7b13-4c95-a6e0-91d3b5c7f248@google.com>",
              to=WORK, relay="mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                     ("X-Forwarded-To", ME),
                     ("X-Forwarded-For", f"{WORK} {ME}")))
    return message(hs, mixed(alt(text(body), calendar(ics, method="REQUEST", cte="base64")),
                             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@make.mail(N(38), family="interviewer_panel", lang="en", interview=False, company=None,
           note="Greenhouse notice at the current employer: Martina is the INTERVIEWER of a design candidate on "
                "Tue 20 Oct 3:00 PM UYT, with ICS; not her own job interview")
def quinta_interviewer() -> bytes:
    body = t("""
        Hi Martina,

        You've been scheduled to interview Lucas Pereyra for the Product Designer (Checkout) role.

        When: Tuesday, October 20, 2026, 3:00 PM - 3:45 PM UYT
        Where: Google Meet - https://meet.google.com/gzt-xnbp-qle
        Interview: Product Collaboration
        Other interviewers: Bruno Pérez (Design Manager)

        Interview kit: https://app.greenhouse.io/guides/5521870/people/88412077?application_id=99120455
        Resume: https://app.greenhouse.io/people/88412077/applications/99120455/resume

        Please submit your scorecard within 24 hours of the interview.

        Thanks,
        Paula Giménez
        Talent, Quinta Tech
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Martina,</p>
        <p>You&#39;ve been scheduled to interview <b>Lucas Pereyra</b> for the <b>Product Designer (Checkout)</b> role.</p>
        <p><b>When:</b> Tuesday, October 20, 2026, 3:00 PM - 3:45 PM UYT<br>
        <b>Where:</b> <a href="https://meet.google.com/gzt-xnbp-qle">Google Meet</a><br>
        <b>Interview:</b> Product Collaboration<br>
        <b>Other interviewers:</b> Bruno Pérez (Design Manager)</p>
        <p><a href="https://app.greenhouse.io/guides/5521870/people/88412077?application_id=99120455">Open interview kit</a> |
        <a href="https://app.greenhouse.io/people/88412077/applications/99120455/resume">Resume</a></p>
        <p>Please submit your scorecard within 24 hours of the interview.</p>
        <p>Thanks,<br>Paula Giménez<br>Talent, Quinta Tech</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
{TZ[MVD]}
BEGIN:VEVENT
UID:gh-interviewer-99120455-3@greenhouse.io
DTSTAMP:20261015T172209Z
DTSTART;TZID=America/Montevideo:20261020T150000
DTEND;TZID=America/Montevideo:20261020T154500
SUMMARY:Interview: Lucas Pereyra - Product Designer (Checkout) - Product Collaboration
LOCATION:https://meet.google.com/gzt-xnbp-qle
ORGANIZER;CN=Paula Giménez:mailto:paula.gimenez@example.net
ATTENDEE;CN=Martina Sosa;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:msosa@example.net
ATTENDEE;CN=Bruno Pérez;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:bruno.perez@example.net
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Greenhouse", "no-reply@greenhouse.io"),
              "Interview scheduled: Lucas Pereyra for Product Designer (Checkout)",
              "2026-10-15 17:22:09", "UTC", "<99120455.interviewer.3.1792085929@greenhouse.io>",
              to=addr("Martina Sosa", WORK),
              relay="o3.mail.greenhouse.io (o3.mail.greenhouse.io [167.89.40.3])",
              extra=(("Reply-To", addr("Paula Giménez", "paula.gimenez@example.net")),
                     ("X-Forwarded-To", ME)))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="interview.ics", disposition="attachment", cte="base64")))


@make.mail(N(39), family="webinar", lang="es-AR", interview=False, company=None,
           note="Zoom webinar registration 'Cómo pasar la entrevista de producto en 2027' (jueves 19 nov, 19:00 "
                "Buenos Aires) with ICS; a webinar, not an interview",
           days=(("Thu", "2026-11-19"),))
def zoom_webinar() -> bytes:
    body = t("""
        Hola Martina:

        Gracias por inscribirte en "Cómo pasar la entrevista de producto en 2027".

        Podés enviar cualquier pregunta a: comunidad@productopampa.com.ar

        Fecha y hora: 19 nov 2026 07:00 p. m. Buenos Aires, Georgetown

        Unite desde una PC, Mac, iPad, iPhone o dispositivo Android:
        Hacé clic aquí para unirte: https://us06web.zoom.us/w/84455120773?tk=pQ8vZ2hL0mR5

        Nota: Este enlace no debe compartirse con otras personas; es exclusivo para vos.

        Agregar a calendario: Google Calendar | Outlook (.ics) | Yahoo Calendar

        Descripción: Panel con tres Heads of Product de la región que cuentan cómo entrevistan a PMs,
        qué errores ven más seguido y qué preguntas no pueden faltar. Organiza la comunidad Producto Pampa.

        Para cancelar tu inscripción, hacé clic aquí.
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTART:20261119T220000Z
DTEND:20261119T233000Z
DTSTAMP:20261116T201105Z
SUMMARY:Cómo pasar la entrevista de producto en 2027
UID:ZOOM84455120773@zoom.us
DESCRIPTION:Panel con tres Heads of Product de la región. Organiza Producto Pampa.
LOCATION:https://us06web.zoom.us/w/84455120773
ORGANIZER;CN=Producto Pampa:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Producto Pampa", "no-reply@zoom.us"),
              "Confirmación de inscripción al seminario web: Cómo pasar la entrevista de producto en 2027",
              "2026-11-16 20:11:05", "UTC", "<ZE-20261116201105-84455120773-7d1c@zoom.us>",
              relay="mx-out-sjc.zoom.us (mx-out-sjc.zoom.us [170.114.10.65])",
              extra=(("Reply-To", "comunidad@productopampa.com.ar"),))
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", filename="invite.ics",
                                                  disposition="attachment", cte="base64")))


@make.mail(N(40), family="mailing_list", lang="es-UY", interview=False, company=None,
           note="Google Groups post announcing a meetup about hiring PMs ('miércoles 28/10 a las 19 h'); list mail, "
                "not an interview",
           days=(("Wed", "2026-10-28"),))
def producto_uy_meetup() -> bytes:
    body = t("""
        Gente, ¿cómo andan?

        Ya está confirmado el meetup de octubre:

        "Entrevistas de producto: lo que aprendimos contratando"
        Miércoles 28/10 a las 19 h en el cowork La Aguada (Av. Agraciada 1712).

        Vamos a tener un panel con tres Heads of Product de Montevideo que van a contar cómo arman sus
        procesos de entrevistas, qué les hace ruido en un caso y qué buscan en un PM junior vs. senior.
        Después hay cervezas y empanadas como siempre.

        Anótense acá así calculamos la comida: https://forms.gle/pRdUy2026oct

        Abrazo,
        Andrés

        --
        Recibiste este mensaje porque estás suscrito al grupo "Producto UY" de Grupos de Google.
        Para anular la suscripción a este grupo y dejar de recibir sus correos electrónicos, envía un
        correo electrónico a producto-uy+unsubscribe@googlegroups.com.
        Para ver este debate, visita https://groups.google.com/d/msgid/producto-uy/CAK1mEet28oct.
        """)
    hs = head(addr("Andrés Viera", "andres@vieralabs.uy"),
              "[producto-uy] Meetup de octubre: Entrevistas de producto, lo que aprendimos contratando",
              "2026-10-14 15:33:10", MVD, "<CAK1mEet28oct7Rw2Zq9Lp4Xs6Vb3Nd0Hj5Gf8Ty1Uk=a@mail.gmail.com>",
              to="Producto UY <producto-uy@googlegroups.com>",
              relay="mail-sor-f57.google.com (mail-sor-f57.google.com [209.85.220.57])",
              extra=(("Reply-To", "producto-uy@googlegroups.com"),
                     ("Sender", "producto-uy@googlegroups.com"),
                     ("Mailing-list", "list producto-uy@googlegroups.com; contact producto-uy+owners@googlegroups.com"),
                     ("List-ID", "<producto-uy.googlegroups.com>"),
                     ("List-Post", "<https://groups.google.com/group/producto-uy/post>, <mailto:producto-uy@googlegroups.com>"),
                     ("List-Help", "<https://support.google.com/a/users/answer/9308645>, <mailto:producto-uy+help@googlegroups.com>"),
                     ("List-Archive", "<https://groups.google.com/group/producto-uy/>"),
                     ("List-Unsubscribe", "<mailto:googlegroups-manage+884120773+unsubscribe@googlegroups.com>, <https://groups.google.com/group/producto-uy/subscribe>"),
                     ("Precedence", "list")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(41), family="podcast", lang="es-AR", interview=False, company=None,
           note="Podcast host confirms recording an interview WITH Martina as guest (lunes 7 de diciembre, 18 h Buenos "
                "Aires) with a calendar invite; not a job interview")
def pantuflas_podcast() -> bytes:
    body = t("""
        ¡Hola Martina!

        Confirmadísimo: te entrevistamos el lunes 7 de diciembre a las 18 h (hora de Buenos Aires, o sea
        la misma que en Montevideo). Grabamos por Riverside, te mando el link el mismo lunes a la mañana.
        Te dejo también la invitación en el calendario.

        La charla dura más o menos una hora y la idea es hablar de cómo es ser PM en pagos en Uruguay,
        tu paso de analista a producto y algún fracaso lindo para contar :)

        Un par de tips técnicos: auriculares con cable si tenés, y un lugar sin eco.

        ¡Gracias por sumarte!
        Luli

        Luciana Domínguez
        Host - Producto en Pantuflas
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ[BA]}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20261207T180000
DTEND;TZID=America/Argentina/Buenos_Aires:20261207T190000
DTSTAMP:20261201T141533Z
ORGANIZER;CN=Luciana Domínguez:mailto:luli@pantuflaspodcast.com.ar
UID:7pantuflas2026ep48martina@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.sosa@example.org:mailto:martina.sosa@example.org
SUMMARY:Grabación Producto en Pantuflas - Ep. 48 con Martina Sosa
LOCATION:Riverside (link por mail)
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Luli Domínguez", "luli@pantuflaspodcast.com.ar"),
              "¡Confirmado! Grabación de Producto en Pantuflas",
              "2026-12-01 11:15:33", BA, "<CAP2dcst48Lm7Qv1Xz5Rb9Tk3Wn6Hs0Jf4Gd8Ey2Uc=p@mail.gmail.com>",
              relay="mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@make.mail(N(42), family="press", lang="es-UY", interview=False, company=None,
           note="Journalist confirms a phone interview with Martina for an article (viernes 2 de octubre, 12 h, "
                "30 minutos); press, not a job interview",
           days=(("Fri", "2026-10-02"),))
def diario_la_costa_nota() -> bytes:
    body = t("""
        Hola Martina,

        Muchas gracias por aceptar. Te confirmo la entrevista para la nota sobre mujeres en equipos de
        producto en Uruguay: viernes 2 de octubre a las 12 h, por teléfono, son unos 30 minutos. Te llamo
        al celular que me pasaste.

        Las preguntas van más o menos por: cómo llegaste a producto, qué cambió en los últimos cinco años y
        qué le dirías a alguien que arranca. Si tenés una foto tuya en buena resolución, mandala cuando
        puedas.

        Saludos,
        Carolina Núñez
        Periodista - Diario La Costa
        """)
    hs = head(addr("Carolina Núñez", "cnunez@diariolacosta.com.uy"),
              "Entrevista para la nota - mujeres en producto",
              "2026-09-28 17:48:02", MVD, "<f3a91c7e-2d48-4b0a-9e65-1c8b7d2f4a90@diariolacosta.com.uy>",
              relay="smtp.diariolacosta.com.uy (smtp.diariolacosta.com.uy [200.40.77.12])",
              extra=(("User-Agent", "Mozilla Thunderbird"),))
    return message(hs, text(body, params="format=flowed", cte="8bit"))


@make.mail(N(43), family="job_centre", lang="es-UY", interview=False, company=None,
           note="Public employment centre books an 'entrevista de orientación laboral' (lunes 21/09/2026 09:30 h); "
                "a job-centre appointment, not a job interview with an employer",
           days=(("Mon", "2026-09-21"),))
def centro_empleo() -> bytes:
    body = t("""
        Hola MARTINA SOSA:

        Tu entrevista de orientación laboral quedó agendada.

        Día y hora: lunes 21/09/2026 - 09:30 h
        Lugar: Centro Público de Empleo - Oficina Centro (Colonia 1206, planta baja)
        Orientadora: Lic. Silvia Cabrera

        Traé tu cédula de identidad y tu CV actualizado (impreso o en el celular). La entrevista dura
        unos 40 minutos y es el primer paso para quedar inscripta en la bolsa de trabajo y acceder a los
        cursos de capacitación.

        Si no podés concurrir, cancelá la agenda respondiendo este correo o llamando al 0800 7447.

        Centro Público de Empleo - Montevideo
        Este es un mensaje automático.
        """)
    hs = head(addr("Centro Público de Empleo - Agenda", "agenda@cpe-montevideo.uy"),
              "Agenda confirmada: entrevista de orientación laboral",
              "2026-09-15 12:04:51", MVD, "<agenda.20260915.150451.33817@cpe-montevideo.uy>",
              relay="correo.cpe-montevideo.uy (correo.cpe-montevideo.uy [179.27.160.33])",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body, charset="iso-8859-1"))


@make.mail(N(44), family="admission_interview", lang="es-ES", interview=False, company=None,
           note="Business school confirms an MBA ADMISSION interview (miércoles 4 de noviembre, 19:00 Madrid = 15:00 "
                "Montevideo) with ICS; an admission interview, not a job interview",
           days=(("Wed", "2026-11-04"),))
def ribera_mba_admision() -> bytes:
    body = t("""
        Estimada Martina:

        Gracias por completar tu solicitud para el Executive MBA Online (convocatoria de enero de 2027).
        Nos complace confirmarte tu entrevista de admisión:

        Fecha: miércoles, 4 de noviembre de 2026
        Hora: 19:00 (hora de Madrid) - 15:00 en Montevideo
        Duración: 45 minutos
        Formato: videollamada por Zoom (https://enribera.zoom.us/j/81220473319)
        Entrevistadora: Dra. Paula Ferrándiz, Directora de Admisiones

        La entrevista es una conversación sobre tu trayectoria profesional, tus objetivos y tu encaje con
        el programa. No es necesario preparar ninguna presentación.

        Si tienes cualquier duda, puedes escribirme a paula.ferrandiz@enribera.es.

        Un cordial saludo,
        Paula Ferrándiz
        Directora de Admisiones - Escuela de Negocios Ribera
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Escuela de Negocios Ribera//Admisiones//ES
METHOD:REQUEST
{TZ[MAD]}
BEGIN:VEVENT
UID:admision-emba-2027-01-4471@enribera.es
DTSTAMP:20261029T163012Z
DTSTART;TZID=Europe/Madrid:20261104T190000
DTEND;TZID=Europe/Madrid:20261104T194500
SUMMARY:Entrevista de admisión - Executive MBA Online - Martina Sosa
LOCATION:https://enribera.zoom.us/j/81220473319
ORGANIZER;CN=Paula Ferrándiz:mailto:paula.ferrandiz@enribera.es
ATTENDEE;CN=Martina Sosa;RSVP=TRUE:mailto:martina.sosa@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    page = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in body.strip().split("\n\n"))
    hs = head(addr("Admisiones - Escuela de Negocios Ribera", "admisiones@enribera.es"),
              "Confirmación de tu entrevista de admisión - Executive MBA Online",
              "2026-10-29 17:30:12", MAD, "<admisiones.4471.20261029163012@enribera.es>",
              relay="smtp-out.enribera.es (smtp-out.enribera.es [91.126.210.44])",
              extra=(("Reply-To", addr("Paula Ferrándiz", "paula.ferrandiz@enribera.es")),))
    return message(hs, mixed(alt(text(body), html(f"<html><body style=\"font-family:Georgia,serif\">\n{page}</body></html>\n")),
                             calendar(ics, filename="entrevista_admision.ics", disposition="attachment",
                                      cte="quoted-printable")))


@make.mail(N(45), family="sports_tryout", lang="es-UY", interview=False, company=None,
           note="Hockey club confirms a players' try-out (sábado 26 de septiembre, 10 h); not a job interview",
           days=(("Sat", "2026-09-26"),))
def punta_brava_hockey() -> bytes:
    body = t("""
        Hola Martina!

        Te confirmamos que quedaste anotada para la prueba de jugadoras del plantel de Intermedia el
        sábado 26 de septiembre a las 10 h en la cancha sintética del club (entrada por Rambla).

        Traé palo, canilleras, protector bucal y agua. La prueba dura una hora y media más o menos;
        después nos quedamos a charlar con las que quieran sumarse y les contamos de la cuota y los
        horarios de entrenamiento (martes y jueves 20 h).

        Nos vemos en la cancha!
        Fer

        Fernanda Ríos
        Entrenadora - Hockey Femenino
        Club Náutico Punta Brava
        """)
    hs = head(addr("Hockey Femenino - Club Náutico Punta Brava", "hockey@clubpuntabrava.com.uy"),
              "Prueba de jugadoras - sábado 26/9",
              "2026-09-21 21:14:07", MVD, "<CAQ4hky26sep1Lm8Xr3Vb6Tn9Pd2Hs5Jc0Gf7Ez4Wk=h@mail.gmail.com>",
              relay="mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(46), family="coach_mock_interview", lang="es-AR", interview=False, company=None,
           note="Calendly confirmation of a paid MOCK interview with a career coach (martes 6 de octubre, 18:00 hora "
                "de Uruguay) with ICS; coaching, not a job interview")
def quiroga_calendly_mock() -> bytes:
    body = t("""
        Hola Martina Sosa:

        Tu Simulacro de entrevista de producto (60 min) con Male Quiroga a las 18:00 (hora de Uruguay) del
        martes, 6 de octubre de 2026 está programado.

        Tipo de evento:
        Simulacro de entrevista de producto (60 min)

        Fecha/hora del evento:
        18:00 - 19:00 (hora de Uruguay), martes, 6 de octubre de 2026

        Ubicación:
        Esta es una conferencia web de Zoom. https://us02web.zoom.us/j/86619340021

        Respuestas:
        ¿Para qué tipo de entrevista te estás preparando?
        Entrevistas de caso para Senior PM en fintech (Buenos Aires y remoto).

        Mensaje de Male:
        ¡Genial que arranquemos! Es la primera de las 3 sesiones de tu paquete. Vamos a simular una
        entrevista de caso completa y después te doy feedback. Traé el CV y la descripción del puesto.

        ¿Necesitás hacer cambios en este evento?
        Cancelar: https://calendly.com/cancellations/4a9c1e07-b2d8-4f63-9e15-7c0a2f8d3b61
        Reprogramar: https://calendly.com/reschedulings/4a9c1e07-b2d8-4f63-9e15-7c0a2f8d3b61

        Con la tecnología de Calendly.com
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20260930T230541Z
UID:4a9c1e07-b2d8-4f63-9e15-7c0a2f8d3b61@calendly.com
DTSTART:20261006T210000Z
DTEND:20261006T220000Z
SUMMARY:Simulacro de entrevista de producto (60 min) entre Male Quiroga y Martina Sosa
LOCATION:https://us02web.zoom.us/j/86619340021
ORGANIZER;CN=Male Quiroga:mailto:male@malequirogacoaching.com
ATTENDEE;CN=Martina Sosa;PARTSTAT=ACCEPTED:mailto:martina.sosa@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmado: Simulacro de entrevista de producto (60 min) con Male Quiroga el martes, 6 de octubre de 2026",
              "2026-09-30 23:05:41", "UTC", "<4a9c1e07.invitee.confirmation.2231@calendly.com>",
              relay="o7.email.calendly.com (o7.email.calendly.com [167.89.101.7])",
              extra=(("Reply-To", addr("Male Quiroga", "male@malequirogacoaching.com")),))
    return message(hs, mixed(text(body, cte="base64"),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@make.mail(N(47), family="auto_reply", lang="en", interview=False, company="Fernwood Commerce",
           note="Outlook out-of-office from the Fernwood SVP (Auto-Submitted: auto-replied); points to the "
                "coordinator, schedules nothing",
           days=(("Mon", "2026-11-30"),))
def fernwood_ooo() -> bytes:
    body = t("""
        Thank you for your message. I'm out of the office for the Thanksgiving break, returning on Monday,
        November 30, with limited access to email.

        For anything related to interview scheduling, please contact Rachel Kim
        (rachel.kim@fernwoodcommerce.com).

        Best,
        Hannah Price
        SVP Product, Fernwood Commerce
        """)
    hs = head(addr("Hannah Price", "hannah.price@fernwoodcommerce.com"),
              "Automatic reply: Thank you - Martina Sosa",
              "2026-11-27 09:12:44", NY, "<MN2PR11MB4430F1E2D3C4B5A697881726354@MN2PR11MB4430.namprd11.prod.outlook.com>",
              relay="mail-mn2nam11on2101.outbound.protection.outlook.com (mail-mn2nam11on2101.outbound.protection.outlook.com [40.107.93.101])",
              extra=(("In-Reply-To", "<CAE2mS0tHk5Vp2Nq8Xw1Lb7Mc4Rz9Yd3Gf6Ja0Ts5Eu2Oi=w@mail.gmail.com>"),
                     ("Auto-Submitted", "auto-replied"),
                     ("X-Auto-Response-Suppress", "All"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "hannah.price@fernwoodcommerce.com"),
                     ("Content-Language", "en-US")))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(48), family="bounce", lang="es-UY", interview=False, company=None,
           note="Gmail bounce (multipart/report) of Martina's own reply accepting 'el miércoles 14 a las 16 h', "
                "sent to a mistyped address: never delivered, and the company has confirmed nothing",
           days=(("Wed", "2026-10-14"), ("Tue", "2026-10-13")))
def bounce_arrayan() -> bytes:
    original_body = t("""
        Hola Gimena, ¡gracias!

        Me queda mejor el miércoles 14 a las 16 h. Nos vemos en Pocitos entonces, quedo atenta a la
        invitación.

        Saludos,
        Martina

        El jue, 8 oct 2026 a las 16:22, Gimena Rodríguez (<gimena.rodriguez@arrayansalud.com.uy>) escribió:
        > Hola Martina, ¿cómo va?
        > ¿Te queda bien el martes 13 a las 10 h o el miércoles 14 a las 16 h? Sería en nuestras
        > oficinas de Pocitos y dura una hora más o menos.
        > Contame cuál preferís y te mando la invitación.
        """)
    original = message([
        ("From", ME_NAME),
        ("To", addr("Gimena Rodríguez", "gimena.rodrigues@arrayansalud.com.uy")),
        ("Subject", enc("Re: Entrevista - Product Manager Arrayán Salud")),
        ("Date", date("2026-10-09 10:41:30", MVD)),
        ("Message-ID", "<CAE2mS0wR8bY3Kp6Zt1Qv9Nm4Lc7Hx2Jd5Gf0Ea8Ui3Os=b@mail.gmail.com>"),
        ("In-Reply-To", "<DM6PR14MB3870E1F2A3B4C5D6E7@DM6PR14MB3870.namprd14.prod.outlook.com>"),
    ], alt(text(original_body), html(gmail_html(original_body))))
    human = t("""
        ** No se ha encontrado la dirección **

        Tu mensaje no se ha entregado a gimena.rodrigues@arrayansalud.com.uy porque no se ha encontrado
        la dirección o esta no puede recibir correo.

        La respuesta del servidor remoto fue:
        550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient gimena.rodrigues@arrayansalud.com.uy not
        found by SMTP address lookup
        """)
    status = make.raw_part([("Content-Type", "message/delivery-status")], t("""
        Reporting-MTA: dns; googlemail.com
        Received-From-MTA: dns; martina.sosa@example.org
        Arrival-Date: Fri, 09 Oct 2026 06:41:30 -0700 (PDT)
        X-Original-Message-ID: <CAE2mS0wR8bY3Kp6Zt1Qv9Nm4Lc7Hx2Jd5Gf0Ea8Ui3Os=b@mail.gmail.com>

        Final-Recipient: rfc822; gimena.rodrigues@arrayansalud.com.uy
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; arrayansalud-com-uy.mail.protection.outlook.com. (52.101.10.5)
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
        Last-Attempt-Date: Fri, 09 Oct 2026 06:41:35 -0700 (PDT)
        """))
    hs = head(addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
              "Delivery Status Notification (Failure)",
              "2026-10-09 06:41:35", LA, "<6a3f0e21.050a0220.2b7c.9d41.GMR@mx.google.com>",
              relay="mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Auto-Submitted", "auto-replied"),
                     ("References", "<CAE2mS0wR8bY3Kp6Zt1Qv9Nm4Lc7Hx2Jd5Gf0Ea8Ui3Os=b@mail.gmail.com>"),
                     ("In-Reply-To", "<CAE2mS0wR8bY3Kp6Zt1Qv9Nm4Lc7Hx2Jd5Gf0Ea8Ui3Os=b@mail.gmail.com>"),
                     ("X-Failed-Recipients", "gimena.rodrigues@arrayansalud.com.uy")))
    return message(hs, multipart("report", text(human), status, attached_message(original),
                                 params="report-type=delivery-status"))


@make.mail(N(49), family="forwarded_other", lang="es-UY", interview=False, company=None,
           note="A friend forwards HER OWN Ashby interview confirmation (Mon 26 Oct 10:00, Montevideo) asking for "
                "help preparing; someone else's interview, not Martina's",
           days=(("Mon", "2026-10-26"),))
def sole_forward() -> bytes:
    body = t("""
        Martiii!! Me llamaron de Lumbre, mirá 😱 Es el lunes a las 10. Vos que sabés de esto, ¿me
        ayudás a preparar? Te invito un café el sábado de mañana y me tirás preguntas, dale?

        Besos,
        Sole

        ---------- Forwarded message ---------
        From: Lumbre Energía <no-reply@ashbyhq.com>
        Date: Thu, Oct 22, 2026 at 4:02 PM
        Subject: Interview confirmed: Data Analyst at Lumbre Energía
        To: <sole.piriz@example.com>


        Hi Soledad,

        Your interview is confirmed. We're looking forward to speaking with you!

        Data Analyst - First Interview
        Monday, October 26, 2026
        10:00 AM - 10:45 AM (GMT-03:00) Montevideo

        Google Meet: https://meet.google.com/rhx-pmqa-wtd

        Need to make a change? Reply to this email and it will reach Ignacio Suárez.

        Thanks,
        Lumbre Energía Recruiting
        """)
    hs = head(addr("Soledad Píriz", "sole.piriz@example.com"),
              "Fwd: Interview confirmed: Data Analyst at Lumbre Energía",
              "2026-10-22 22:47:19", MVD, "<CAS0le22oct5Nm8Qb1Xv4Rk7Tc0Hd3Jf6Gz9Ea2Wu=s@mail.gmail.com>",
              relay="mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(50), family="bank_adviser", lang="es-UY", interview=False, company=None,
           note="Bank confirms a meeting with the account adviser about a mortgage (martes 1 de diciembre, 14:30 h); "
                "not an interview",
           days=(("Tue", "2026-12-01"),))
def banco_ribereno_cita() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#eef1f5">
        <table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#1d2a3a">
        <tr><td style="background:#004b6b;color:#ffffff;padding:16px 24px;font-size:18px">Banco Ribereño</td></tr>
        <tr><td style="padding:24px">
        <p>Hola Martina:</p>
        <p>Confirmamos tu reunión con tu ejecutiva de cuentas, <b>Mariana Coitiño</b>, para revisar tu solicitud de
        préstamo hipotecario.</p>
        <p><b>Día:</b> martes 1 de diciembre<br>
        <b>Hora:</b> 14:30 h<br>
        <b>Lugar:</b> Sucursal Pocitos - 21 de Setiembre 2890<br>
        <b>Duración estimada:</b> 45 minutos</p>
        <p>Traé tu cédula de identidad, los últimos 3 recibos de sueldo y la constancia de domicilio.</p>
        <p>Si necesitás cambiar la cita, podés hacerlo desde la app o llamando al 1988.</p>
        <p>Saludos,<br>Banco Ribereño</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#7a8794">Banco Ribereño nunca te va a pedir tus claves por correo
        electrónico. Este mensaje fue enviado automáticamente, por favor no lo respondas.</td></tr>
        </table></body></html>
        """)
    hs = head(addr("Banco Ribereño", "avisos@bancoribereno.com.uy"),
              "Confirmación de tu cita con tu ejecutiva",
              "2026-11-25 15:02:10", MVD, "<20261125180210.CITA.771204@avisos.bancoribereno.com.uy>",
              relay="avisos.bancoribereno.com.uy (avisos.bancoribereno.com.uy [200.108.196.20])")
    return message(hs, html(page, cte="base64"))
