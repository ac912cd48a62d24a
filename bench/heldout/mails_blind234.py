"""blind234: a blind 50-mail set, the inbox of a backend developer in Santa Cruz de Tenerife.

Carlos Hernández Rodríguez <carlos.hernandez@example.org> builds the backend of a tourism-booking
platform in Santa Cruz de Tenerife (Atlantic/Canary: WEST, UTC+1, until Sunday 25 October 2026,
then WET, UTC+0) and looks at roles in Tenerife, Las Palmas, Madrid, Barcelona, Lisbon and remote
teams, September to mid-December 2026. One function per mail, each written by hand; the MIME
plumbing and the checks are make.py's. Written blind: without reading the detector, its tests, or
any other held-out set's mails.

Keys 1-23 are the positives, 24-50 the negatives; file numbers are a fixed shuffle of the
writing order.
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

SET = "blind234"
ORDER = random.Random(2340234).sample(range(1, 51), 50)


def n(key: int) -> str:
    """The file name of the mail written key-th."""
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "carlos.hernandez@example.org"
ME_NAME = "Carlos Hernández Rodríguez"
TO = addr(ME_NAME, ME)
MX = "mx1.example.org (Postfix)"

CANARY = "Atlantic/Canary"
MADRID = "Europe/Madrid"
LISBON = "Europe/Lisbon"
LONDON = "Europe/London"
DUBLIN = "Europe/Dublin"
NY = "America/New_York"
AKL = "Pacific/Auckland"

VTZ_CANARY = """BEGIN:VTIMEZONE
TZID:Atlantic/Canary
X-LIC-LOCATION:Atlantic/Canary
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:WEST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:WET
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""

VTZ_MADRID = """BEGIN:VTIMEZONE
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

VTZ_ROMANCE = """BEGIN:VTIMEZONE
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


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, to: str = TO,
         relay: str = "", extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8") -> list:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then any extra headers."""
    hs = [("Delivered-To", ME)]
    if relay:
        hs.append(("Received", received(relay, when, zone, MX, ME)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
           ("Message-ID", msgid)]
    hs += list(extra)
    return hs


# =========================================================================== positives (1-23)


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-09-15T10:00:00Z", end="2026-09-15T11:00:00Z",
      contact="priya.lennox@harbourline.co.uk", company="Harbourline Travel",
      local="Tue 2026-09-15 11:00", local_end="2026-09-15 12:00", zone=LONDON,
      note="Greenhouse confirmation from a no-reply sender; 11:00-12:00 BST (London, UTC+1 in "
           "September) = 10:00-11:00Z, same wall time as Tenerife (WEST); ICS in UTC agrees; "
           "contact = human Reply-To recruiter")
def m01():
    body = t("""
        Hi Carlos,

        Thanks for making time to speak with us. Your interview for Senior Backend Engineer
        (Bookings) at Harbourline Travel is confirmed:

        When: Tuesday, September 15th, 2026, 11:00 AM - 12:00 PM BST (London)
        Where: Google Meet (link in the calendar invite)
        Interviewers: Tom Akers (Engineering Manager), Rhiannon Weekes (Staff Engineer)

        This is a technical conversation about systems you have built; no live coding. London
        and the Canary Islands are on the same clock at the moment, so it is 11:00 for you too.

        If anything changes, just reply to this email and it will reach me.

        Best,
        Priya Lennox
        Talent Partner, Harbourline Travel
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Carlos,</p>
        <p>Thanks for making time to speak with us. Your interview for <b>Senior Backend Engineer
        (Bookings)</b> at Harbourline Travel is confirmed:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>When</b></td><td>Tuesday, September 15th, 2026, 11:00 AM - 12:00 PM BST (London)</td></tr>
        <tr><td><b>Where</b></td><td>Google Meet (link in the calendar invite)</td></tr>
        <tr><td><b>Interviewers</b></td><td>Tom Akers (Engineering Manager), Rhiannon Weekes (Staff Engineer)</td></tr>
        </table>
        <p>This is a technical conversation about systems you have built; no live coding. London
        and the Canary Islands are on the same clock at the moment, so it is 11:00 for you too.</p>
        <p>If anything changes, just reply to this email and it will reach me.</p>
        <p>Best,<br>Priya Lennox<br>Talent Partner, Harbourline Travel</p>
        <img src="https://app.greenhouse.io/email_open/7f3a1c.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-88213904@greenhouse.io
        DTSTAMP:20260909T131200Z
        DTSTART:20260915T100000Z
        DTEND:20260915T110000Z
        SUMMARY:Interview: Carlos Hernández Rodríguez - Senior Backend Engineer (Bookings)
        LOCATION:https://meet.google.com/qhx-rtwa-kpe
        ORGANIZER;CN=Priya Lennox:mailto:priya.lennox@harbourline.co.uk
        ATTENDEE;CN=Carlos Hernández Rodríguez;RSVP=TRUE:mailto:carlos.hernandez@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Harbourline Travel", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Senior Backend Engineer (Bookings) at Harbourline Travel",
              "2026-09-09 14:12", LONDON, "<gh.5b1e2a9c40.88213904@us.greenhouse-mail.io>",
              relay="from o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [167.89.40.12])",
              extra=(("Reply-To", addr("Priya Lennox", "priya.lennox@harbourline.co.uk")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="quoted-printable", filename="invite.ics", disposition="attachment")))


@mail(n(2), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-10-26T09:30:00Z", end="2026-10-26T10:15:00Z",
      contact="niamh.gallagher@skelligroutes.ie", company="Skellig Routes",
      local="Mon 2026-10-26 09:30", local_end="2026-10-26 10:15", zone=DUBLIN,
      note="Lever confirmation sent Thu 22 Oct in Irish summer time (UTC+1); the interview is on "
           "Mon 26 Oct, the day after Ireland went back to GMT: 09:30-10:15 GMT = 09:30-10:15Z; "
           "contact = Reply-To recruiter")
def m02():
    body = t("""
        Hi Carlos,

        Great news - your interview with Skellig Routes is booked in.

        Role: Backend Engineer, Partner Integrations
        Date: Monday, October 26, 2026
        Time: 9:30 AM - 10:15 AM GMT (Dublin)
        Format: video call, Microsoft Teams (joining details below)
        With: Cathal Brennan, Head of Platform

        Small reminder: the clocks go back this weekend, so by Monday Dublin is on GMT. Tenerife
        changes on the same night, so 9:30 here is 9:30 for you.

        Join on Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk4ZTM2
        Meeting ID: 381 644 902 117  Passcode: Fq7yR2

        Any questions, reply here and I'll pick it up.

        Niamh Gallagher
        Talent Acquisition, Skellig Routes
        """)
    hs = head(addr("Skellig Routes", "no-reply@hire.lever.co"),
              "Your interview with Skellig Routes is confirmed", "2026-10-22 16:40", DUBLIN,
              "<0100019a0b7c4d2e-4c1f9a2b-77e3-4d10-9a5e-2f3b8c1d6e70-000000@email.amazonses.com>",
              relay="from a8-41.smtp-out.amazonses.com (a8-41.smtp-out.amazonses.com [54.240.8.41])",
              extra=(("Reply-To", addr("Niamh Gallagher", "niamh.gallagher@skelligroutes.ie")),
                     ("X-Lever-Email-Type", "interview-confirmation")))
    page = gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Helvetica,Arial">')
    return message(hs, alt(text(body, cte="7bit"), html(page)))


@mail(n(3), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-10-27T14:00:00Z", end="2026-10-27T14:45:00Z",
      contact="jordan.pike@cobaltway.com", company="Cobaltway",
      local="Tue 2026-10-27 10:00", local_end="2026-10-27 10:45", zone=NY,
      note="Ashby confirmation; 10:00-10:45 AM EDT on Tue 27 Oct: New York is still on daylight "
           "time (until 1 Nov) while Europe and the Canaries went back on 25 Oct, so it is 14:00Z "
           "(the body's 'your time: 2:00 PM WET' agrees); ICS in UTC; contact = Reply-To")
def m03():
    body = t("""
        Hi Carlos,

        Your interview is confirmed. We're looking forward to speaking with you!

        Cobaltway - Senior Software Engineer, Reservations API
        Tuesday, October 27, 2026
        10:00 AM - 10:45 AM Eastern Time (EDT)
        Your time zone: 2:00 PM - 2:45 PM Western European Time

        Zoom: https://cobaltway.zoom.us/j/86120447731?pwd=dkVsQ2Fh

        You'll meet with:
          Dana Whitcombe - Engineering Manager, Reservations

        Questions? Just reply and it will reach Jordan Pike.

        Thanks,
        Cobaltway Recruiting
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:14px;color:#1b1b1f">
        <p>Hi Carlos,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <div style="border:1px solid #e4e4e8;border-radius:8px;padding:12px">
        <div style="font-weight:600">Cobaltway &ndash; Senior Software Engineer, Reservations API</div>
        <div>Tuesday, October 27, 2026</div>
        <div>10:00 AM &ndash; 10:45 AM Eastern Time (EDT)</div>
        <div style="color:#6b6b76">Your time zone: 2:00 PM &ndash; 2:45 PM Western European Time</div>
        <div><a href="https://cobaltway.zoom.us/j/86120447731?pwd=dkVsQ2Fh">Join Zoom</a></div>
        </div>
        <p>You&#x27;ll meet with:<br>Dana Whitcombe &mdash; Engineering Manager, Reservations</p>
        <p>Questions? Just reply and it will reach Jordan Pike.</p>
        <p>Thanks,<br>Cobaltway Recruiting</p>
        <p style="font-size:11px;color:#9a9aa3">Powered by Ashby</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:3e0b6c71-2a9d-4f57-b1c8-9d04e6a2f113
        DTSTAMP:20261021T150500Z
        DTSTART:20261027T140000Z
        DTEND:20261027T144500Z
        SEQUENCE:0
        SUMMARY:Cobaltway - Senior Software Engineer Interview
        LOCATION:https://cobaltway.zoom.us/j/86120447731
        ORGANIZER;CN=Jordan Pike:mailto:jordan.pike@cobaltway.com
        ATTENDEE;CN=Carlos Hernández Rodríguez;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:carlos.hernandez@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Cobaltway", "no-reply@ashbyhq.com"),
              "Interview confirmed: Senior Software Engineer, Reservations API at Cobaltway",
              "2026-10-21 11:05", NY,
              "<010001929cd4e071-5a6b3c2d-88f1-4e0a-b7d6-3c9e1f2a4b5d-000000@email.amazonses.com>",
              relay="from mail.ashbyhq.com (mail.ashbyhq.com [23.251.226.3])",
              extra=(("Reply-To", addr("Jordan Pike", "jordan.pike@cobaltway.com")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(4), family="workday", lang="es", interview=True, kind="scheduled",
      start="2026-11-19T09:00:00Z", end="2026-11-19T10:00:00Z",
      contact="beatriz.olmedo@grupomeseta.es", company="Grupo Meseta Viajes",
      local="Thu 2026-11-19 10:00", local_end="2026-11-19 11:00", zone=MADRID,
      note="Workday HTML-only (base64) invitation from a Madrid employer: 10:00-11:00 hora "
           "peninsular (CET, UTC+1 in November) = 09:00-10:00Z, the body's '09:00 hora canaria' "
           "agrees; system sender, contact = recruiter address in the body")
def m04():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="24" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td>
        <img src="https://wd3.myworkdaysite.com/grupomeseta/assets/logo.png" alt="Grupo Meseta Viajes" height="36">
        <p>Estimado/a Carlos Hernández Rodríguez:</p>
        <p>Le confirmamos la entrevista para la posición <b>Desarrollador/a Backend Senior
        (R-04417)</b>. Los detalles son los siguientes:</p>
        <p><b>Fecha:</b> jueves, 19 de noviembre de 2026<br>
        <b>Hora:</b> 10:00 - 11:00 (hora peninsular, CET) &ndash; 09:00 hora canaria<br>
        <b>Modalidad:</b> Microsoft Teams (recibirá el enlace en una invitación aparte)<br>
        <b>Entrevistadores:</b> Álvaro Requena (Responsable de Plataforma) y Beatriz Olmedo (Talento)</p>
        <p>Si necesita modificar la cita, póngase en contacto con Beatriz Olmedo en
        <a href="mailto:beatriz.olmedo@grupomeseta.es">beatriz.olmedo@grupomeseta.es</a>.</p>
        <p>Puede consultar el estado de su candidatura en cualquier momento desde el
        <a href="https://wd3.myworkdaysite.com/es-ES/recruiting/grupomeseta/Careers">Portal de Candidatos</a>.</p>
        <p>Atentamente,<br>Equipo de Selección<br>Grupo Meseta Viajes</p>
        <p style="font-size:11px;color:#888">Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    hs = head(addr("Grupo Meseta Viajes", "grupomeseta@myworkday.com"),
              "Invitación a entrevista: Desarrollador/a Backend Senior (R-04417)",
              "2026-11-13 12:20", MADRID, "<1837662108.44519.1794568800512@wd3-prod-mail-3.myworkday.com>",
              relay="from wd3-smtp.myworkday.com (wd3-smtp.myworkday.com [216.8.117.52])")
    return message(hs, html(page, cte="base64"))


@mail(n(5), family="smartrecruiters", lang="es", interview=True, kind="scheduled",
      start="2026-09-17T11:00:00Z", end="2026-09-17T11:45:00Z",
      contact="nayra.exposito@laurisilvatravel.com", company="Laurisilva Travel Group",
      local="Thu 2026-09-17 12:00", local_end="2026-09-17 12:45", zone=CANARY,
      note="SmartRecruiters confirmation, 12:00 hora canaria for 45 minutos; Canary summer time "
           "WEST (UTC+1) -> 11:00-11:45Z; ICS with TZID Atlantic/Canary agrees; sender is a "
           "no-reply, contact = recruiter address in the body")
def m05():
    body = t("""
        Hola Carlos:

        ¡Gracias por tu interés en Laurisilva Travel Group! Te confirmamos la entrevista para el
        puesto de Backend Developer (Java/Kotlin) - Motor de reservas.

        Fecha: jueves, 17 de septiembre de 2026
        Hora: 12:00 (hora canaria)
        Duración: 45 minutos
        Lugar: Oficinas de Laurisilva Travel Group, Av. Trinidad 41, 2ª planta, San Cristóbal de La Laguna

        Pregunta en recepción por Nayra Expósito. Hay aparcamiento en la zona azul de la avenida.

        Si necesitas cambiar la cita, escríbenos a nayra.exposito@laurisilvatravel.com.

        Un saludo,
        Equipo de Talento - Laurisilva Travel Group
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px">
        <p>Hola Carlos:</p>
        <p>¡Gracias por tu interés en Laurisilva Travel Group! Te confirmamos la entrevista para el
        puesto de <strong>Backend Developer (Java/Kotlin) - Motor de reservas</strong>.</p>
        <ul>
        <li><strong>Fecha:</strong> jueves, 17 de septiembre de 2026</li>
        <li><strong>Hora:</strong> 12:00 (hora canaria)</li>
        <li><strong>Duración:</strong> 45 minutos</li>
        <li><strong>Lugar:</strong> Oficinas de Laurisilva Travel Group, Av. Trinidad 41, 2ª planta, San Cristóbal de La Laguna</li>
        </ul>
        <p>Pregunta en recepción por Nayra Expósito. Hay aparcamiento en la zona azul de la avenida.</p>
        <p>Si necesitas cambiar la cita, escríbenos a
        <a href="mailto:nayra.exposito@laurisilvatravel.com">nayra.exposito@laurisilvatravel.com</a>.</p>
        <p>Un saludo,<br>Equipo de Talento - Laurisilva Travel Group</p>
        <p style="color:#999;font-size:11px">Enviado a través de SmartRecruiters</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//SmartRecruiters//Interview Scheduler//EN
        METHOD:REQUEST
        """) + VTZ_CANARY + "\n" + t("""
        BEGIN:VEVENT
        UID:sr-int-6a0f2c55-91d4-4b8e-a7c2-0e5d3b9f1a64
        DTSTAMP:20260911T090200Z
        DTSTART;TZID=Atlantic/Canary:20260917T120000
        DTEND;TZID=Atlantic/Canary:20260917T124500
        SUMMARY:Entrevista - Backend Developer (Java/Kotlin) - Laurisilva Travel Group
        LOCATION:Av. Trinidad 41\\, 2ª planta\\, San Cristóbal de La Laguna
        ORGANIZER;CN=Nayra Expósito:mailto:nayra.exposito@laurisilvatravel.com
        ATTENDEE;CN=Carlos Hernández Rodríguez;RSVP=TRUE:mailto:carlos.hernandez@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Laurisilva Travel Group", "noreply@smartrecruiters.com"),
              "Confirmación de entrevista - Backend Developer (Java/Kotlin)",
              "2026-09-11 10:02", CANARY, "<sr.mail.7c21f0e4b3a94d8e@smartrecruiters.com>",
              relay="from mail-out2.smartrecruiters.com (mail-out2.smartrecruiters.com [52.28.140.77])")
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="8bit", filename="entrevista.ics", disposition="attachment")))


@mail(n(6), family="personio", lang="es", interview=True, kind="scheduled",
      start="2026-10-14T14:30:00Z", end="2026-10-14T15:30:00Z",
      contact="laia.puigdomenech@rumbonorte.cat", company="Rumbo Norte Viajes",
      local="Wed 2026-10-14 16:30", local_end="2026-10-14 17:30", zone=MADRID,
      note="Personio confirmation from a Barcelona employer: 16:30-17:30 CEST (UTC+2) = "
           "14:30-15:30Z; the body also gives 15:30-16:30 in Canarias (WEST), same instant; "
           "contact = human Reply-To")
def m06():
    body = t("""
        Hola Carlos,

        gracias por tu tiempo en la primera llamada. Como hablamos, te confirmo la entrevista
        técnica para la posición de Backend Engineer (Python) en Rumbo Norte Viajes:

        📅 miércoles, 14 de octubre de 2026
        🕟 de 16:30 a 17:30 (hora de Barcelona, CEST) — para ti, en Canarias, de 15:30 a 16:30
        📍 Google Meet: https://meet.google.com/vwn-ejpk-tzo

        Estarán Jordi Ferrer (CTO) y Marta Soler (Tech Lead de Pagos). Haremos un pequeño
        ejercicio de diseño sobre la disponibilidad de plazas hoteleras; no hace falta preparar nada.

        Si te surge cualquier cosa, responde a este correo.

        Salut!
        Laia Puigdomènech
        People & Talent · Rumbo Norte Viajes
        Carrer de Pallars 108, 08018 Barcelona

        --
        Este correo se ha enviado a través de Personio.
        """)
    hs = head(addr("Rumbo Norte Viajes", "no-reply@mail.personio.de"),
              "Tu entrevista en Rumbo Norte Viajes – Backend Engineer (Python)",
              "2026-10-08 17:15", MADRID, "<20261008151503.9f2a64c1e0b7@mail.personio.de>",
              relay="from mail.personio.de (mail.personio.de [18.196.41.90])",
              extra=(("Reply-To", addr("Laia Puigdomènech", "laia.puigdomenech@rumbonorte.cat")),))
    return message(hs, text(body, cte="8bit"))


@mail(n(7), family="teamtailor", lang="es", interview=True, kind="scheduled",
      start="2026-12-04T09:30:00Z", end=None,
      contact="yaiza.santana@maresiatech.es", company="Maresía Tech",
      local="Fri 2026-12-04 09:30", zone=CANARY,
      note="Teamtailor confirmation (Las Palmas): 'vie. 4 de diciembre' / '4/12 a las 9:30 "
           "(hora canaria)', WET (UTC+0) in December -> 09:30Z; 'aproximadamente una hora' -> end "
           "null; Reply-To is a Teamtailor relay, contact = recruiter address in the signature")
def m07():
    body = t("""
        ¡Hola Carlos!

        Te confirmamos la entrevista con el equipo de Ingeniería de Maresía Tech para el puesto de
        Senior Backend Developer (Node.js).

        Cuándo: vie. 4 de diciembre, 9:30 (hora canaria)
        Dónde: Google Meet – https://meet.google.com/cpd-tmxa-sbu
        Duración: aproximadamente una hora

        Resumiendo: te esperamos el 4/12 a las 9:30. Hablarás con Airam Medina (Head of
        Engineering) y con una persona del equipo de Integraciones con touroperadores.

        Si necesitas mover la cita, escríbeme directamente.

        Un abrazo,
        Yaiza Santana
        Talent Acquisition · Maresía Tech
        yaiza.santana@maresiatech.es · +34 928 000 417
        C/ Triana 62, 35002 Las Palmas de Gran Canaria
        """)
    page = t("""
        <div style="max-width:560px;margin:0 auto;font-family:Inter,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#14213d">
        <p>¡Hola Carlos!</p>
        <p>Te confirmamos la entrevista con el equipo de Ingeniería de Maresía Tech para el puesto de
        <b>Senior Backend Developer (Node.js)</b>.</p>
        <p><b>Cuándo:</b> vie. 4 de diciembre, 9:30 (hora canaria)<br>
        <b>Dónde:</b> <a href="https://meet.google.com/cpd-tmxa-sbu">Google Meet</a><br>
        <b>Duración:</b> aproximadamente una hora</p>
        <p>Resumiendo: te esperamos el 4/12 a las 9:30. Hablarás con Airam Medina (Head of
        Engineering) y con una persona del equipo de Integraciones con touroperadores.</p>
        <p>Si necesitas mover la cita, escríbeme directamente.</p>
        <p>Un abrazo,<br>Yaiza Santana<br>Talent Acquisition · Maresía Tech<br>
        <a href="mailto:yaiza.santana@maresiatech.es">yaiza.santana@maresiatech.es</a> · +34 928 000 417<br>
        C/ Triana 62, 35002 Las Palmas de Gran Canaria</p>
        <p style="font-size:12px;color:#8d99ae">Maresía Tech usa Teamtailor para gestionar sus procesos de selección.
        <a href="https://maresiatech.teamtailor.com/connect/privacy">Privacidad</a></p>
        </div>
        """)
    hs = head(addr("Maresía Tech", "no-reply@teamtailor-mail.com"),
              "Confirmación de tu entrevista – vie. 4 de diciembre", "2026-11-30 09:48", CANARY,
              "<6f1e0b2d9c.38ab41@teamtailor-mail.com>",
              relay="from mail188-12.suw21.mandrillapp.com (mail188-12.suw21.mandrillapp.com [198.2.188.12])",
              extra=(("Reply-To", "reply+c9e3a07b51d24f8a@inbound.teamtailor-mail.com"),))
    return message(hs, alt(text(body), html(page)))


@mail(n(8), family="workable", lang="pt", interview=True, kind="scheduled",
      start="2026-11-10T15:00:00Z", end="2026-11-10T16:00:00Z",
      contact="ines.matos@ondaatlantica.pt", company="Onda Atlântica Reservas",
      local="Tue 2026-11-10 15:00", local_end="2026-11-10 16:00", zone=LISBON,
      note="Workable confirmation in Portuguese from a Lisbon employer: 15h00-16h00 hora de Lisboa "
           "(WET, UTC+0 in November) = 15:00-16:00Z; Reply-To is a Workable relay, contact = the "
           "recruiter's own address in the body; iso-8859-1 quoted-printable")
def m08():
    body = t("""
        Olá Carlos,

        Obrigada pela sua candidatura à vaga de Engenheiro(a) de Software Backend na Onda
        Atlântica Reservas. Temos o prazer de confirmar a sua entrevista:

        Data: terça-feira, 10 de novembro de 2026
        Hora: 15h00 - 16h00 (hora de Lisboa; é a mesma hora nas Canárias)
        Local: videochamada (Zoom) - https://ondaatlantica.zoom.us/j/94410237756

        A conversa será com a Inês Matos (Recrutamento) e o Rui Carvalho (Engineering Lead).
        Se precisar de alterar a data, escreva-me para ines.matos@ondaatlantica.pt.

        Com os melhores cumprimentos,
        Inês Matos
        Onda Atlântica Reservas, Lda.
        Rua da Prata 210, 1100-420 Lisboa
        """)
    hs = head(addr("Onda Atlântica Reservas", "noreply@candidates.workablemail.com", "iso-8859-1"),
              "Entrevista confirmada: Engenheiro(a) de Software Backend", "2026-11-04 11:30", LISBON,
              "<wk.2c81d4f9a07e.1730714@candidates.workablemail.com>",
              relay="from mail-sor-f69.workablemail.com (mail-sor-f69.workablemail.com [35.156.92.69])",
              extra=(("Reply-To", "onda-atlantica-reservas+c7d2e19f@candidates.workablemail.com"),),
              charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(9), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-12-02T14:00:00Z", end="2026-12-02T16:00:00Z",
      contact="megan.castellano@quaysidelabs.com", company="Quayside Labs",
      local="Wed 2026-12-02 09:00", local_end="2026-12-02 11:00", zone=NY,
      note="GoodTime two-session itinerary, 9:00-9:45 and 10:00-11:00 AM EST (UTC-5 in December): "
           "start = first session 14:00Z, end = last session's end 16:00Z; the 'your time zone' "
           "line (2:00-4:00 PM in Tenerife, WET) agrees; contact = coordinator in Reply-To")
def m09():
    body = t("""
        Hi Carlos,

        Your onsite (virtual) interview with Quayside Labs has been scheduled. Please find your
        itinerary below.

        Position: Senior Backend Engineer - Travel Inventory
        Date: Wednesday, December 2, 2026
        Time zone: Eastern Time (EST)

          9:00 AM - 9:45 AM    System design          Aaron Feld, Principal Engineer
          10:00 AM - 11:00 AM  Coding & code review   Keisha Morrow, Senior Engineer

        In your time zone (Atlantic/Canary) that is 2:00 PM - 4:00 PM.

        Both sessions use the same Zoom room: https://quaysidelabs.zoom.us/j/97311864025

        If you need to make a change, reply to this email and your coordinator, Megan
        Castellano, will help.

        Quayside Labs Recruiting Coordination
        """)
    page = t("""
        <html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#202124">
        <p>Hi Carlos,</p>
        <p>Your onsite (virtual) interview with Quayside Labs has been scheduled. Please find your itinerary below.</p>
        <p><b>Position:</b> Senior Backend Engineer - Travel Inventory<br>
        <b>Date:</b> Wednesday, December 2, 2026<br><b>Time zone:</b> Eastern Time (EST)</p>
        <table border="1" cellpadding="6" style="border-collapse:collapse;border-color:#dadce0">
        <tr style="background:#f1f3f4"><th>Time</th><th>Session</th><th>Interviewer</th></tr>
        <tr><td>9:00 AM - 9:45 AM</td><td>System design</td><td>Aaron Feld, Principal Engineer</td></tr>
        <tr><td>10:00 AM - 11:00 AM</td><td>Coding &amp; code review</td><td>Keisha Morrow, Senior Engineer</td></tr>
        </table>
        <p style="color:#5f6368">In your time zone (Atlantic/Canary) that is 2:00 PM - 4:00 PM.</p>
        <p>Both sessions use the same Zoom room: <a href="https://quaysidelabs.zoom.us/j/97311864025">https://quaysidelabs.zoom.us/j/97311864025</a></p>
        <p>If you need to make a change, reply to this email and your coordinator, Megan Castellano, will help.</p>
        <p>Quayside Labs Recruiting Coordination</p>
        <p style="font-size:11px;color:#9aa0a6">Scheduled with GoodTime</p>
        </body></html>
        """)
    hs = head(addr("Quayside Labs Recruiting", "no-reply@goodtime.io"),
              "Your interview itinerary - Quayside Labs (Wed, Dec 2)", "2026-11-25 13:10", NY,
              "<20261125181004.1.8be2f6a0c4d91e37@mg.goodtime.io>",
              relay="from m228-12.mailgun.net (m228-12.mailgun.net [159.135.228.12])",
              extra=(("Reply-To", addr("Megan Castellano", "megan.castellano@quaysidelabs.com")),
                     ("X-Mailgun-Tag", "candidate-itinerary")))
    return message(hs, alt(text(body, cte="7bit"), html(page, cte="7bit")))


@mail(n(10), family="calendly", lang="es", interview=True, kind="scheduled",
      start="2026-09-21T08:00:00Z", end="2026-09-21T08:30:00Z",
      contact="pedro.afonso@volcandigital.io", company="Volcán Digital",
      local="Mon 2026-09-21 09:00", local_end="2026-09-21 09:30", zone=CANARY,
      note="Calendly invitee confirmation shown in the invitee's zone: 09:00-09:30 hora de verano "
           "de Europa occidental (Canarias, UTC+1) = 08:00-08:30Z; ICS in UTC agrees; contact = "
           "host in Reply-To")
def m10():
    body = t("""
        Hola, Carlos Hernández Rodríguez:

        Se ha programado un nuevo evento.

        Tipo de evento:
        Entrevista técnica (30 min) - Volcán Digital

        Invitado:
        Pedro Afonso

        Fecha/hora del evento:
        09:00 - 09:30, lunes, 21 de septiembre de 2026 (Hora de verano de Europa occidental - Canarias)

        Ubicación:
        Esta es una reunión de Google Meet. Te enviaremos los datos para unirte.
        https://meet.google.com/avz-hrqn-fyd

        Descripción:
        Charla técnica sobre la API de reservas de Volcán Digital con Pedro (CTO).

        ¿Necesitas hacer cambios en este evento?
        Cancelar: https://calendly.com/cancellations/3f8d2a61-b0c7-4e9e-9f41-7a2c5e0d8b14
        Reprogramar: https://calendly.com/reschedulings/3f8d2a61-b0c7-4e9e-9f41-7a2c5e0d8b14

        Con tecnología de Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly Scheduling//ES
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:3f8d2a61-b0c7-4e9e-9f41-7a2c5e0d8b14@calendly.com
        DTSTAMP:20260917T172100Z
        DTSTART:20260921T080000Z
        DTEND:20260921T083000Z
        SUMMARY:Entrevista técnica (30 min) - Volcán Digital
        LOCATION:https://meet.google.com/avz-hrqn-fyd
        ORGANIZER;CN=Pedro Afonso:mailto:pedro.afonso@volcandigital.io
        ATTENDEE;CN=Carlos Hernández Rodríguez;PARTSTAT=ACCEPTED:mailto:carlos.hernandez@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Calendly", "no-reply@calendly.com"),
              "Nuevo evento: Pedro Afonso - 09:00 lun., 21 sept. 2026 - Entrevista técnica (30 min) - Volcán Digital",
              "2026-09-17 18:21", CANARY, "<0102019a7e15c3b2-d91f6e0a-3c5b-4a87-b2e4-51c0a9d7f368-000000@eu-west-1.amazonses.com>",
              relay="from a2-9.smtp-out.eu-west-1.amazonses.com (a2-9.smtp-out.eu-west-1.amazonses.com [54.240.2.9])",
              extra=(("Reply-To", addr("Pedro Afonso", "pedro.afonso@volcandigital.io")),))
    return message(hs, mixed(text(body),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(11), family="microsoft_bookings", lang="es", interview=True, kind="scheduled",
      start="2026-09-24T09:00:00Z", end="2026-09-24T09:30:00Z",
      contact="eduardo.trujillo@atlantidahoteles.com", company="Atlántida Hoteles",
      local="Thu 2026-09-24 10:00", local_end="2026-09-24 10:30", zone=CANARY,
      note="Microsoft Bookings (Spanish) from a shared Bookings mailbox; the body's zone label "
           "'(UTC+00:00) Dublín, Edimburgo, Lisboa, Londres' shows the standard offset, but on 24 "
           "September the Canaries (and London) are on UTC+1: 10:00-10:30 -> 09:00-09:30Z, which "
           "the ICS (TZID GMT Standard Time) confirms; contact = staff address in the body")
def m11():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body>
        <div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#252423">
        <div style="font-size:20px;font-weight:600">Reserva confirmada</div>
        <p>Hola Carlos Hernández Rodríguez:</p>
        <p>Gracias por reservar con <b>Atlántida Hoteles - Selección IT</b>.</p>
        <table cellpadding="3">
        <tr><td style="color:#605e5c">Servicio</td><td>Entrevista - Desarrollador/a backend (integraciones con channel managers)</td></tr>
        <tr><td style="color:#605e5c">Fecha y hora</td><td>jueves, 24 de septiembre de 2026 10:00 (UTC+00:00) Dublín, Edimburgo, Lisboa, Londres</td></tr>
        <tr><td style="color:#605e5c">Duración</td><td>30 minutos</td></tr>
        <tr><td style="color:#605e5c">Personal</td><td>Eduardo Trujillo</td></tr>
        <tr><td style="color:#605e5c">Ubicación</td><td>Reunión de Microsoft Teams (enlace abajo)</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWI4Y2Rh">Unirse a la reunión de Teams</a></p>
        <p>Para cualquier cambio, escriba a Eduardo Trujillo:
        <a href="mailto:eduardo.trujillo@atlantidahoteles.com">eduardo.trujillo@atlantidahoteles.com</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/SeleccionIT@atlantidahoteles.com/bookings/">Administrar reserva</a></p>
        <p style="font-size:11px;color:#8a8886">Con tecnología de Microsoft Bookings</p>
        </div>
        </body></html>
        """)
    ics = VTZ["GMT Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Atlántida Hoteles - Selección IT:mailto:SeleccionIT@atlantidahoteles.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Carlos Hernández Rodríguez:mailto:carlos.hernandez@example.org
        DESCRIPTION;LANGUAGE=es-ES:Entrevista - Desarrollador/a backend (integraciones con channel managers)
        UID:040000008200E00074C5B7101A82E00800000000B07C3E2A1B4CDC01000000000000000010000000D5C8F0E6
        SUMMARY;LANGUAGE=es-ES:Entrevista - Desarrollador/a backend
        DTSTART;TZID=GMT Standard Time:20260924T100000
        DTEND;TZID=GMT Standard Time:20260924T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260918T112400Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ics
    hs = head(addr("Atlántida Hoteles - Selección IT", "SeleccionIT@atlantidahoteles.com"),
              "Su reserva se ha confirmado: Entrevista - Desarrollador/a backend",
              "2026-09-18 12:24", CANARY,
              "<AM9PR04MB8412C1D3E5F07A92B6E4D1C0F3A2@AM9PR04MB8412.eurprd04.prod.outlook.com>",
              relay="from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2071.outbound.protection.outlook.com [40.107.22.71])",
              extra=(("Content-Language", "es-ES"),
                     ("X-MS-Exchange-Organization-AuthAs", "Anonymous")))
    return message(hs, mixed(html(page, cte="base64"),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(12), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start="2026-11-12T10:00:00Z", end=None,
      contact="cristina.delgado@guajarasoftware.com", company="Guajara Software",
      local="Thu 2026-11-12 10:00", zone=CANARY,
      note="Google Calendar invitation for an ALL-DAY event (DTSTART;VALUE=DATE 20261112); the time "
           "is only in the description: 'a las 10:00 (hora canaria)', WET (UTC+0) in November -> "
           "10:00Z; 'más o menos una hora' -> end null; contact = ORGANIZER recruiter")
def m12():
    body = t("""
        Cristina Delgado te ha invitado a un evento.

        Entrevista Carlos Hernández – Guajara Software
        jueves 12 nov 2026

        Hola Carlos, te espero a las 10:00 (hora canaria) en nuestra oficina de la calle del
        Pilar 18, 2º, Santa Cruz. Lo he puesto como evento de todo el día porque todavía no sé en
        qué sala estaremos; calcula más o menos una hora. Estaremos Jonay (tech lead) y yo.

        Organizador
        Cristina Delgado
        cristina.delgado@guajarasoftware.com

        Invitados
        Cristina Delgado - organizador
        carlos.hernandez@example.org

        ¿Vas a asistir?  Sí - Quizás - No   más opciones

        Invitación de Google Calendar
        Recibes este correo electrónico porque eres un invitado a este evento. Para dejar de
        recibir actualizaciones de este evento, rechaza el evento.
        """)
    page = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <p style="font-size:14px">Cristina Delgado te ha invitado a un evento.</p>
        <h2 style="font-size:20px;font-weight:400">Entrevista Carlos Hernández – Guajara Software</h2>
        <p><b>Cuándo</b><br>jueves 12 nov 2026</p>
        <p>Hola Carlos, te espero a las 10:00 (hora canaria) en nuestra oficina de la calle del
        Pilar 18, 2º, Santa Cruz. Lo he puesto como evento de todo el día porque todavía no sé en
        qué sala estaremos; calcula más o menos una hora. Estaremos Jonay (tech lead) y yo.</p>
        <p><b>Organizador</b><br>Cristina Delgado<br>cristina.delgado@guajarasoftware.com</p>
        <p><b>Invitados</b><br>Cristina Delgado - organizador<br>carlos.hernandez@example.org</p>
        <p style="font-size:12px;color:#70757a">Invitación de <a href="https://calendar.google.com/">Google Calendar</a></p>
        </div>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20261112
        DTEND;VALUE=DATE:20261113
        DTSTAMP:20261106T130500Z
        ORGANIZER;CN=Cristina Delgado:mailto:cristina.delgado@guajarasoftware.com
        UID:5qv0d3k8h2n7m1p4r6t9s0a2bc@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=carlos.hernandez@example.org;X-NUM-GUESTS=0:mailto:carlos.hernandez@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Cristina Delgado;X-NUM-GUESTS=0:mailto:cristina.delgado@guajarasoftware.com
        CREATED:20261106T130400Z
        DESCRIPTION:Hola Carlos\\, te espero a las 10:00 (hora canaria) en nuestra oficina de la calle del Pilar 18\\, 2º\\, Santa Cruz. Lo he puesto como evento de todo el día porque todavía no sé en qué sala estaremos\\; calcula más o menos una hora. Estaremos Jonay (tech lead) y yo.
        LAST-MODIFIED:20261106T130500Z
        LOCATION:Guajara Software\\, Calle del Pilar 18\\, Santa Cruz de Tenerife
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista Carlos Hernández – Guajara Software
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Cristina Delgado", "cristina.delgado@guajarasoftware.com"),
              "Invitación: Entrevista Carlos Hernández – Guajara Software @ jue 12 nov 2026 "
              "(carlos.hernandez@example.org)", "2026-11-06 13:05", CANARY,
              "<calendar-7d4e2b90-1c6a-4f35-a8e1-0b9c3d5f2e67@google.com>",
              relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Cristina Delgado", "cristina.delgado@guajarasoftware.com"))))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, cte="base64")),
                             calendar(ics, cte="base64", ctype="application/ics", method=None,
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(13), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-10-08T08:00:00Z", end=None,
      contact="oscar.perdomo@tajinastelabs.com", company="Tajinaste Labs",
      local="Thu 2026-10-08 09:00", zone=CANARY,
      note="Reply written on a phone: 'quedamos pasado mañana a las 9' resolved against the Date "
           "(Tue 6 Oct, Santa Cruz) -> Thu 8 Oct 09:00 hora canaria, WEST (UTC+1) -> 08:00Z; the "
           "quoted proposal (blind234 thread with the earlier, unconfirmed mail) agrees; contact "
           "= human sender")
def m13():
    body = t("""
        Perfecto Carlos, pues quedamos pasado mañana a las 9 en la ofi (c/ Castillo 45, 3º).
        Pregunta por mi en recepcion, y trae el portatil si quieres enseñarnos algo de lo tuyo.

        Un abrazo
        Óscar

        Enviado desde mi iPhone

        > El 6 oct 2026, a las 8:52, Carlos Hernández Rodríguez <carlos.hernandez@example.org> escribió:
        >
        > Hola Óscar,
        >
        > El jueves a las 9 me viene perfecto. ¡Gracias!
        >
        > Carlos
        >
        >> El lun, 5 oct 2026 a las 17:40, Óscar Perdomo <oscar.perdomo@tajinastelabs.com> escribió:
        >>
        >> Hola Carlos,
        >>
        >> Gracias por mandarme el CV. Me gustaría que nos conociéramos en persona. ¿Te vendría bien
        >> el jueves 8 a las 9:00 o el viernes 9 a las 12:00? Dime y lo cierro.
        >>
        >> Saludos,
        >> Óscar Perdomo
        >> CTO · Tajinaste Labs
        """)
    hs = head(addr("Óscar Perdomo", "oscar.perdomo@tajinastelabs.com"),
              "Re: Entrevista Tajinaste Labs", "2026-10-06 10:14", CANARY,
              "<8C1D44F2-7B3A-4E19-9D0C-5A6E2F7B1C83@tajinastelabs.com>",
              relay="from mail-wm1-f47.google.com (mail-wm1-f47.google.com [209.85.128.47])",
              extra=(("In-Reply-To", "<CAG7x1b+Qm2Lw9pE5rT0uKz3nF8hYd4sV6@mail.gmail.com>"),
                     ("References", "<CAM2f8Hk1pXq9LcT3vR7nZ0dY5sW4eJ6@mail.gmail.com>\r\n"
                                    " <CAG7x1b+Qm2Lw9pE5rT0uKz3nF8hYd4sV6@mail.gmail.com>"),
                     ("X-Mailer", "iPhone Mail (22F76)")))
    return message(hs, text(body))


@mail(n(14), family="zoom", lang="es", interview=True, kind="scheduled",
      start="2026-10-15T09:00:00Z", end=None,
      contact="gonzalo.martin@sierranorteturismo.es", company="Sierra Norte Turismo Digital",
      local="Thu 2026-10-15 11:00", zone=MADRID,
      note="Madrid hiring manager confirms 'el jueves de la semana que viene a las 11 hora "
           "peninsular', resolved against the Date (Fri 9 Oct) -> Thu 15 Oct 11:00 CEST (UTC+2) "
           "= 09:00Z; pasted Zoom block 'Hora: 15 oct 2026 11:00 a. m. Madrid' agrees; no length "
           "-> end null; windows-1252 QP")
def m14():
    body = t("""
        Hola Carlos:

        Como hablamos ayer por teléfono, te confirmo la entrevista con el equipo para el jueves de
        la semana que viene a las 11 hora peninsular (las 10 en Canarias). Estaremos Lorena Vidal,
        nuestra arquitecta, y yo. Te pego abajo los datos de Zoom.

        Un saludo,

        Gonzalo Martín
        Director de Ingeniería
        Sierra Norte Turismo Digital
        Paseo de la Castellana 93, 28046 Madrid
        T. +34 910 000 552

        ________________________________

        Gonzalo Martín le está invitando a una reunión de Zoom programada.

        Tema: Entrevista Carlos Hernández - Backend
        Hora: 15 oct 2026 11:00 a. m. Madrid

        Unirse a la reunión Zoom
        https://us06web.zoom.us/j/83915520476?pwd=WmNjaXJlb1ZQ

        ID de reunión: 839 1552 0476
        Código de acceso: 417203
        """)
    page = "<html><body style=\"font-family:Calibri,sans-serif;font-size:11pt\">\n" + "".join(
        f"<p class=\"MsoNormal\">{line or '&nbsp;'}</p>\n" for line in body.rstrip("\n").split("\n")
    ) + "</body></html>\n"
    hs = head(addr("Gonzalo Martín", "gonzalo.martin@sierranorteturismo.es", "windows-1252"),
              "Entrevista - Sierra Norte Turismo Digital", "2026-10-09 13:30", MADRID,
              "<DB9PR08MB6731A0E2C4F5B7D91E3C2A8B4F61@DB9PR08MB6731.eurprd08.prod.outlook.com>",
              relay="from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2119.outbound.protection.outlook.com [40.107.104.119])",
              extra=(("Thread-Topic", "Entrevista - Sierra Norte Turismo Digital"),
                     ("Thread-Index", "AdtZ3k9q2Vh8R0y1TcuQm7XJf4b2aA=="),
                     ("Content-Language", "es-ES"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")),
              charset="windows-1252")
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(n(15), family="forward_to_self", lang="en", interview=True, kind="scheduled",
      start="2026-11-30T20:00:00Z", end="2026-11-30T20:45:00Z",
      contact="aroha.tane@kowhaitravel.co.nz", company="Kowhai Travel Systems",
      local="Tue 2026-12-01 09:00", local_end="2026-12-01 09:45", zone=AKL,
      note="Carlos forwards (as message/rfc822) a New Zealand recruiter's confirmation from his "
           "other address to himself: Tue 1 Dec 9:00am NZDT (UTC+13) for 45 minutes = Mon 30 Nov "
           "20:00-20:45Z, the previous day in UTC; the recruiter's own conversion (8pm Monday in "
           "Tenerife, WET) agrees; contact = the recruiter in the forwarded message")
def m15():
    inner_body = t("""
        Kia ora Carlos,

        Lovely to chat on Thursday. Just confirming your interview for the Senior Backend
        Engineer (remote) role: Tuesday 1 December at 9:00am NZDT, our time. By my maths that's
        8:00pm on Monday 30 November for you in Tenerife - shout if I've got that wrong!

        It'll be 45 minutes with me and Liam Horsfall (Engineering Lead) on Google Meet:
        https://meet.google.com/kjr-ptnw-eqa

        Ngā mihi,
        Aroha Tane
        People & Culture | Kōwhai Travel Systems
        Level 3, 120 Victoria Street, Wellington 6011
        """)
    inner = message([
        ("From", addr("Aroha Tane", "aroha.tane@kowhaitravel.co.nz")),
        ("To", addr("Carlos Hernández", "carlos.hdez.r@example.net")),
        ("Subject", "Interview confirmed - Kowhai Travel Systems"),
        ("Date", date("2026-11-28 09:05", AKL)),
        ("Message-ID", "<CAF3kZq7yH2nWp0xR9sTd4Lm6bVe1uJc8@mail.gmail.com>"),
    ], alt(text(inner_body), html(gmail_html(inner_body))))
    note = t("""
        Para tenerlo en el correo principal. OJO: aquí es el LUNES por la noche, a las 20:00.

        C.
        """)
    hs = head(addr("Carlos Hernández", "carlos.hdez.r@example.net"),
              "Fwd: Interview confirmed - Kowhai Travel Systems", "2026-11-28 10:20", CANARY,
              "<CAJm4Pq2xT8rB6vN0yZs5Kd1Wg7eHf3o@mail.gmail.com>",
              relay="from mail-ej1-f52.google.com (mail-ej1-f52.google.com [209.85.218.52])")
    return message(hs, mixed(text(note, cte="8bit"),
                             attached_message(inner, "Interview confirmed - Kowhai Travel Systems.eml")))


@mail(n(16), family="exchange_outlook", lang="es", interview=True, kind="scheduled",
      start="2026-12-01T11:00:00Z", end="2026-12-01T12:00:00Z",
      contact="raquel.fuentes@velardehospitality.com", company="Velarde Hospitality Tech",
      local="Tue 2026-12-01 12:00", local_end="2026-12-01 13:00", zone=MADRID,
      note="Exchange/Outlook meeting request from a Madrid employer; the body has only the "
           "organizer's two lines and the Teams block, the time is only in the ICS: DTSTART "
           "TZID 'Romance Standard Time' 12:00-13:00 (CET, UTC+1) = 11:00-12:00Z; contact = "
           "ORGANIZER / human sender")
def m16():
    body = t("""
        Hola Carlos,

        Te envío la convocatoria para la entrevista técnica con el equipo de Distribución. Si el
        horario no te encaja, dímelo y lo movemos.

        Un saludo,
        Raquel Fuentes
        Talent Acquisition – Velarde Hospitality Tech

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse desde el equipo, la aplicación móvil o el dispositivo de sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjQ1MmE5>
        Id. de reunión: 342 118 905 771
        Código de acceso: uX4kP9
        Descargar Teams<https://www.microsoft.com/es-es/microsoft-teams/download-app> | Unirse en la Web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>" \
           "<body><div style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">\n" + "".join(
               f"<div>{line or '<br>'}</div>\n" for line in body.rstrip("\n").split("\n")
           ) + "</div></body></html>\n"
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" \
        + VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Raquel Fuentes:mailto:raquel.fuentes@velardehospitality.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Carlos Hernández Rodríguez:mailto:carlos.hernandez@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Iván Rebollo:mailto:ivan.rebollo@velardehospitality.com
        DESCRIPTION;LANGUAGE=es-ES:Hola Carlos\\,\\n\\nTe envío la convocatoria para la entrevista técnica con el equipo de Distribución.\\n
        UID:040000008200E00074C5B7101A82E0080000000090F1A6C3D27EDC010000000000000000100000004B7E2A91
        SUMMARY;LANGUAGE=es-ES:Entrevista técnica - Carlos Hernández (Backend Senior)
        DTSTART;TZID=Romance Standard Time:20261201T120000
        DTEND;TZID=Romance Standard Time:20261201T130000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261124T150200Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2119847362
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
    hs = head(addr("Raquel Fuentes", "raquel.fuentes@velardehospitality.com"),
              "Entrevista técnica - Carlos Hernández (Backend Senior)", "2026-11-24 16:02", MADRID,
              "<PAXPR07MB8846E2B1D0C94A7F35E6B2C1D8A9@PAXPR07MB8846.eurprd07.prod.outlook.com>",
              relay="from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2093.outbound.protection.outlook.com [40.107.241.93])",
              extra=(("Thread-Topic", enc("Entrevista técnica - Carlos Hernández (Backend Senior)")),
                     ("Thread-Index", "AdteQ7v1b9Kc2Jx0Rmu4ZP8sYw3nLg=="),
                     ("Content-Language", "es-ES"), ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", ""),
                     ("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAACQ8abD0n7cAQ==")))
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64"),
                           calendar(ics, cte="base64")))


@mail(n(17), family="icims", lang="en", interview=True, kind="rescheduled",
      start="2026-11-04T16:00:00Z", end="2026-11-04T17:00:00Z",
      contact="tanya.greer@harborviewresorts.com", company="Harborview Resorts Group",
      local="Wed 2026-11-04 11:00", local_end="2026-11-04 12:00", zone=NY,
      note="iCIMS reschedule, HTML only: previous Tue 3 Nov 11:00 AM ET, new Wed 4 Nov 11:00 AM - "
           "12:00 PM ET; mail sent Fri 30 Oct in EDT but the new slot is after the US change to "
           "EST on 1 Nov (UTC-5) -> 16:00-17:00Z; contact = recruiter address in the body")
def m17():
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#000">
        <table width="640" cellpadding="0" cellspacing="0"><tr><td style="padding:16px">
        <img src="https://careers-harborviewresorts.icims.com/icims2/servlet/icims2?module=AppInert&amp;action=download&amp;id=51873" alt="Harborview Resorts Group">
        <p>Dear Carlos,</p>
        <p>Due to a conflict on the hiring team's calendar, your interview for
        <b>Software Engineer II - Reservations Platform (Req #2026-4471)</b> has been rescheduled.</p>
        <p><span style="color:#777">Previous time:</span> <s>Tuesday, November 3, 2026 at 11:00 AM ET</s><br>
        <b>New time: Wednesday, November 4, 2026, 11:00 AM - 12:00 PM Eastern Time</b><br>
        Location: Microsoft Teams (the link in your original invitation still works)<br>
        Interviewers: Grant Holloway, Director of Engineering; Mei Tanaka, Senior Engineer</p>
        <p>Please note the US clocks change on Sunday, November 1, so the new time is 4:00 PM in
        the Canary Islands.</p>
        <p>If the new time does not work for you, please contact Tanya Greer at
        <a href="mailto:tanya.greer@harborviewresorts.com">tanya.greer@harborviewresorts.com</a>.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Harborview Resorts Group</p>
        <hr style="border:0;border-top:1px solid #ccc">
        <p style="font-size:10px;color:#888">This email was sent via iCIMS on behalf of Harborview Resorts Group.
        Please do not reply to this message.</p>
        </td></tr></table>
        </body></html>
        """)
    hs = head(addr("Harborview Resorts Group", "harborview-noreply@talent.icims.com"),
              "Interview Rescheduled - Software Engineer II - Reservations Platform",
              "2026-10-30 15:45", NY, "<1498203377.227413.1793389500118.JavaMail.icims@talent.icims.com>",
              relay="from mta-3.talent.icims.com (mta-3.talent.icims.com [208.74.201.23])")
    return message(hs, html(page))


@mail(n(18), family="recruitee", lang="es", interview=True, kind="rescheduled",
      start="2026-09-22T15:00:00Z", end="2026-09-22T15:45:00Z",
      contact="sergio.valle@pangearutas.com", company="Pangea Rutas",
      local="Tue 2026-09-22 17:00", local_end="2026-09-22 17:45", zone=MADRID,
      note="Recruitee reschedule from a Madrid employer: old lunes 21 sept 17:00, new martes 22 "
           "sept 17:00-17:45 hora peninsular (CEST, UTC+2) = 15:00-15:45Z ('16:00 en Canarias' "
           "agrees); ICS SEQUENCE:1 TZID Europe/Madrid; Reply-To is a relay, contact = recruiter "
           "address in the body")
def m18():
    body = t("""
        Hola Carlos,

        Te escribimos porque ha cambiado la hora de tu entrevista para Backend Developer (Go) en
        Pangea Rutas.

        Antes: lunes, 21 de septiembre de 2026, 17:00
        Ahora: martes, 22 de septiembre de 2026, de 17:00 a 17:45 (hora peninsular, CEST)

        Para ti, desde Canarias, serán las 16:00. El enlace de Google Meet no cambia:
        https://meet.google.com/ufk-wbzd-nre

        Disculpa las molestias. Si el nuevo horario no te va bien, escribe a Sergio Valle
        (sergio.valle@pangearutas.com).

        Un saludo,
        Equipo de Personas de Pangea Rutas
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Recruitee//Interview Scheduler//EN
        METHOD:REQUEST
        """) + VTZ_MADRID + "\n" + t("""
        BEGIN:VEVENT
        UID:recruitee-interview-4417920@recruitee.com
        DTSTAMP:20260917T071200Z
        DTSTART;TZID=Europe/Madrid:20260922T170000
        DTEND;TZID=Europe/Madrid:20260922T174500
        SEQUENCE:1
        SUMMARY:Entrevista: Backend Developer (Go) - Pangea Rutas
        LOCATION:https://meet.google.com/ufk-wbzd-nre
        ORGANIZER;CN=Sergio Valle:mailto:sergio.valle@pangearutas.com
        ATTENDEE;CN=Carlos Hernández Rodríguez;RSVP=TRUE:mailto:carlos.hernandez@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Pangea Rutas", "no-reply@recruitee.com"),
              "Cambio de horario: tu entrevista con Pangea Rutas", "2026-09-17 09:12", MADRID,
              "<20260917071203.3c9a1f4e5b@recruitee.com>",
              relay="from o3.email.recruitee.com (o3.email.recruitee.com [149.72.131.3])",
              extra=(("Reply-To", "pangea-rutas+c4f81a2e@inbound.recruitee.com"),))
    return message(hs, mixed(text(body, cte="base64"),
                             calendar(ics, cte="base64", filename="entrevista.ics", disposition="attachment")))


@mail(n(19), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start="2026-10-26T10:00:00Z", end=None,
      contact="idaira.mesa@chasnacloud.es", company="Chasna Cloud",
      local="Mon 2026-10-26 10:00", zone=CANARY,
      note="Hiring manager's prose reschedule (iso-8859-15 QP): from viernes 23 a las 10:00 to "
           "lunes 26 a las 10:00 hora canaria; the clocks go back on Sunday 25 Oct, so Monday is "
           "WET (UTC+0) -> 10:00Z (the old slot would have been 09:00Z); contact = human sender")
def m19():
    body = t("""
        Hola Carlos:

        Perdona el lío. Al final el viernes 23 a las 10:00 no podemos porque nos cae una
        auditoría de la pasarela de pagos, así que lo pasamos al lunes 26 a las 10:00, misma sala
        (Parque Tecnológico de Granadilla, edificio B). Ya te he mandado la invitación
        actualizada. Ojo que el domingo se cambia la hora, ¡no vengas a las 9!

        Un saludo,
        Idaira Mesa
        Responsable de Ingeniería · Chasna Cloud
        """)
    hs = head(addr("Idaira Mesa", "idaira.mesa@chasnacloud.es"),
              "Cambio de día entrevista", "2026-10-22 12:05", CANARY,
              "<e5a1c7f0-3b92-4d6e-8f14-9c2b7a0d5e31@chasnacloud.es>",
              relay="from smtp.chasnacloud.es (smtp.chasnacloud.es [185.43.204.18])",
              extra=(("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "es-ES")))
    return message(hs, text(body, charset="iso-8859-15", params="format=flowed"))


@mail(n(20), family="exchange_outlook", lang="en", interview=True, kind="rescheduled",
      start="2026-10-27T11:00:00Z", end="2026-10-27T12:00:00Z",
      contact="fraser.mckinnon@lochsidejourneys.co.uk", company="Lochside Journeys",
      local="Tue 2026-10-27 11:00", local_end="2026-10-27 12:00", zone=LONDON,
      note="Exchange 'Updated:' meeting request (SEQUENCE:1), TZID GMT Standard Time; moved from "
           "Fri 23 Oct 3pm (BST) to Tue 27 Oct 11:00-12:00 UK time, after the UK went back to GMT "
           "-> 11:00-12:00Z; mail sent in BST; contact = organizer/sender")
def m20():
    body = t("""
        Hi Carlos,

        As discussed on the phone, I've moved our chat from Friday 23rd at 3pm to Tuesday 27th at
        11:00 (UK time). Updated invite attached - it should just replace the old one in your
        calendar. Shona from the platform team will join us.

        Thanks,
        Fraser

        Fraser McKinnon | Engineering Manager | Lochside Journeys Ltd
        14 Queen Street, Edinburgh EH2 1JX

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTc2NjE0>
        Meeting ID: 367 902 188 410
        Passcode: 9hGv3S
        ________________________________________________________________________________
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" \
        + VTZ["GMT Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Fraser McKinnon:mailto:fraser.mckinnon@lochsidejourneys.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=carlos.hernandez@example.org:mailto:carlos.hernandez@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Shona Baird:mailto:shona.baird@lochsidejourneys.co.uk
        UID:040000008200E00074C5B7101A82E00800000000C2D91F0B8A5DDC01000000000000000010000000A1F3E6B2
        SUMMARY;LANGUAGE=en-GB:Interview - Carlos Hernandez / Backend Engineer
        DTSTART;TZID=GMT Standard Time:20261027T110000
        DTEND;TZID=GMT Standard Time:20261027T120000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261021T094000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:-1730552214
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Fraser McKinnon", "fraser.mckinnon@lochsidejourneys.co.uk"),
              "Updated: Interview - Carlos Hernandez / Backend Engineer", "2026-10-21 10:40", LONDON,
              "<LO2P265MB5123A7C0E9D4F1B26C83E0F7A5D2@LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM>",
              relay="from GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2105.outbound.protection.outlook.com [40.107.10.105])",
              extra=(("Thread-Topic", "Interview - Carlos Hernandez / Backend Engineer"),
                     ("Thread-Index", "AdtjK2x8Wq1Po9c3RVuHz5bEnY4fTwAAr7Qw"),
                     ("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    page = "<html><body><div style=\"font-family:Calibri,Arial;font-size:11pt\">\n" + "".join(
        f"<p style=\"margin:0\">{line or '&nbsp;'}</p>\n" for line in body.rstrip("\n").split("\n")
    ) + "</div></body></html>\n"
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(21), family="taleo", lang="en", interview=True, kind="cancelled",
      start="2026-11-02T14:00:00Z", end="2026-11-02T14:30:00Z",
      contact="luis.ocampo@meridiancruise.com", company="Meridian Cruise Holdings",
      local="Mon 2026-11-02 09:00", local_end="2026-11-02 09:30", zone=NY,
      note="Taleo cancellation, no new time: the cancelled slot Mon 2 Nov 9:00-9:30 AM Eastern, "
           "the day after the US change to EST (UTC-5) -> 14:00-14:30Z, while the mail is sent "
           "Thu 29 Oct in EDT; contact = recruiter address in the body")
def m21():
    body = t("""
        Dear Carlos Hernandez Rodriguez,

        We regret to inform you that we need to cancel your interview for the position of
        Backend Developer - Guest Booking Systems (Requisition 26000871), scheduled for:

            Monday, November 2, 2026, 9:00 AM - 9:30 AM Eastern Time

        The hiring manager has been called away unexpectedly. A member of our Talent
        Acquisition team will contact you to discuss next steps.

        Questions can be directed to Luis Ocampo at luis.ocampo@meridiancruise.com.

        Thank you for your interest in Meridian Cruise Holdings.

        Meridian Cruise Holdings Talent Acquisition

        *** This is an automated message from our applicant tracking system. Please do not reply. ***
        """)
    hs = head(addr("Meridian Cruise Holdings", "meridiancruise-noreply@taleo.net"),
              "Interview Cancellation - Backend Developer - Guest Booking Systems (26000871)",
              "2026-10-29 17:30", NY, "<1118765.4230.1793395800021.JavaMail.taleo@phx.taleo.net>",
              relay="from mail5.taleo.net (mail5.taleo.net [160.34.13.45])")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(22), family="google_calendar", lang="es", interview=True, kind="cancelled",
      start="2026-12-09T10:00:00Z", end="2026-12-09T11:00:00Z",
      contact="nuria.vives@mistralfintravel.com", company="Mistral Fintravel",
      local="Wed 2026-12-09 10:00", local_end="2026-12-09 11:00", zone=CANARY,
      note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) from a Barcelona "
           "organizer; the body shows the slot in the recipient's zone, 10:00-11:00 hora de Europa "
           "occidental (WET, UTC+0), the ICS in TZID Europe/Madrid 11:00-12:00 (CET): both "
           "10:00-11:00Z; no new time; contact = ORGANIZER")
def m22():
    body = t("""
        Este evento se ha cancelado y se ha quitado de tu calendario.

        Entrevista final – Mistral Fintravel (Carlos Hernández)
        miércoles 9 dic 2026 ⋅ 10:00 – 11:00 (hora de Europa occidental)

        Lo siento, Carlos: hemos decidido cubrir la posición internamente. Te escribo en cuanto
        volvamos a abrir otra vacante de backend. Gracias por todo. — Núria

        Organizador
        Núria Vives
        nuria.vives@mistralfintravel.com

        Invitados
        Núria Vives - organizador
        Pol Camps
        carlos.hernandez@example.org

        Invitación de Google Calendar
        Recibes este correo electrónico porque eres un invitado a este evento.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        """) + VTZ_MADRID + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Madrid:20261209T110000
        DTEND;TZID=Europe/Madrid:20261209T120000
        DTSTAMP:20261204T174000Z
        ORGANIZER;CN=Núria Vives:mailto:nuria.vives@mistralfintravel.com
        UID:0hd9k2m5q8r1t4v7x0z3b6c9fe@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Pol Camps;X-NUM-GUESTS=0:mailto:pol.camps@mistralfintravel.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=carlos.hernandez@example.org;X-NUM-GUESTS=0:mailto:carlos.hernandez@example.org
        CREATED:20261127T101500Z
        DESCRIPTION:Lo siento\\, Carlos: hemos decidido cubrir la posición internamente.
        LAST-MODIFIED:20261204T174000Z
        LOCATION:https://meet.google.com/hqe-xvwp-mza
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Entrevista final – Mistral Fintravel (Carlos Hernández)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Núria Vives", "nuria.vives@mistralfintravel.com"),
              "Evento cancelado: Entrevista final – Mistral Fintravel (Carlos Hernández) @ mié 9 dic "
              "2026 10:00 - 11:00 (WET) (carlos.hernandez@example.org)", "2026-12-04 18:40", MADRID,
              "<calendar-a3f09c1d-58e2-4b7a-9d06-e41c2b8f7a50@google.com>",
              relay="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="base64")),
                             calendar(ics, method=None, ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(23), family="human_prose", lang="es", interview=True, kind="cancelled",
      start="2026-11-12T09:00:00Z", end="2026-11-12T09:45:00Z",
      contact="elena.castano@ruedaviajes.es", company="Rueda Viajes",
      local="Thu 2026-11-12 10:00", local_end="2026-11-12 10:45", zone=MADRID,
      note="Madrid recruiter cancels 'la entrevista de mañana jueves a las 10:00 (hora peninsular)', "
           "resolved against the Date (Wed 11 Nov) -> Thu 12 Nov 10:00 CET (UTC+1) = 09:00Z; the "
           "quoted confirmation gives 45 minutos -> end 09:45Z; a new day is only proposed "
           "('¿te vendría bien el lunes 16?'), not fixed, so cancelled with the cancelled slot; "
           "contact = human sender")
def m23():
    body = t("""
        Hola Carlos,

        Lo siento muchísimo, pero tengo que cancelar la entrevista de mañana jueves a las 10:00
        (hora peninsular): me ha surgido un viaje a Bilbao con el comité de dirección y no llego.

        ¿Te vendría bien el lunes 16 a la misma hora? Si me confirmas, te mando una invitación
        nueva. Y si no, dime qué huecos tienes esa semana.

        Mil disculpas otra vez,
        Elena

        --
        Elena Castaño · Selección y Desarrollo · Rueda Viajes
        C/ Alcalá 180, 28028 Madrid

        El jue, 5 nov 2026 a las 12:10, Elena Castaño (<elena.castano@ruedaviajes.es>) escribió:
        > Hola Carlos,
        > Te confirmo la entrevista el jueves 12 de noviembre a las 10:00 (hora peninsular, las 9
        > en Canarias). Será por Teams y durará 45 minutos. Te llegará la invitación.
        > Un saludo,
        > Elena
        """)
    hs = head(addr("Elena Castaño", "elena.castano@ruedaviajes.es"),
              "Re: Entrevista Rueda Viajes - jueves 12", "2026-11-11 08:30", MADRID,
              "<CAOb2nR7fV1xK9mZ4pT6cW0hJ3sL8qD5@mail.gmail.com>",
              relay="from mail-lj1-f170.google.com (mail-lj1-f170.google.com [209.85.208.170])",
              extra=(("In-Reply-To", "<CAOb2nR4kD8wE1yQ7vX3mS0cJ9pT6fL2@mail.gmail.com>"),
                     ("References", "<CAOb2nR4kD8wE1yQ7vX3mS0cJ9pT6fL2@mail.gmail.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


# =========================================================================== negatives (24-50)


@mail(n(24), family="proposal_unconfirmed", lang="es", interview=False, company="Tajinaste Labs",
      days=(("Thu", "2026-10-08"), ("Fri", "2026-10-09")),
      note="The CTO proposes two options ('¿Te vendría bien el jueves 8 a las 9:00 o el viernes 9 "
           "a las 12:00?'); nothing is fixed yet. Start of the thread whose confirmation is a later "
           "mail in this set")
def m24():
    body = t("""
        Hola Carlos,

        Gracias por mandarme el CV. Me gustaría que nos conociéramos en persona. ¿Te vendría bien
        el jueves 8 a las 9:00 o el viernes 9 a las 12:00? Dime y lo cierro.

        Saludos,
        Óscar Perdomo
        CTO · Tajinaste Labs
        c/ Castillo 45, 3º · Santa Cruz de Tenerife
        """)
    hs = head(addr("Óscar Perdomo", "oscar.perdomo@tajinastelabs.com"),
              "Entrevista Tajinaste Labs", "2026-10-05 17:40", CANARY,
              "<CAM2f8Hk1pXq9LcT3vR7nZ0dY5sW4eJ6@mail.gmail.com>",
              relay="from mail-wm1-f41.google.com (mail-wm1-f41.google.com [209.85.128.41])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(25), family="proposal_unconfirmed", lang="en", interview=False,
      company="Bramble & Fern Recruitment", days=(("Tue", "2026-10-13"), ("Wed", "2026-10-14")),
      note="UK agency recruiter asks 'Would Tuesday 13 October at 10:00 BST work?' with a fallback; "
           "a proposal awaiting Carlos's answer, not a confirmed interview")
def m25():
    body = t("""
        Hi Carlos,

        Thanks for sending the updated CV over - the client (a London-based holiday rentals
        scale-up, I'll share the name once you're happy to go forward) really liked it.

        They'd like to do a first video call with their Head of Engineering. Would Tuesday 13
        October at 10:00 BST work for you? If not, Wednesday 14th at 15:00 is also free on their
        side. Once you confirm I'll get the invite sent across.

        Kind regards,

        Harriet Cole
        Senior Consultant - Technology
        Bramble & Fern Recruitment Ltd
        M: +44 7700 900 318
        """)
    hs = head(addr("Harriet Cole", "harriet.cole@brambleandfern.co.uk"),
              "Interview with my client - availability?", "2026-10-08 11:25", LONDON,
              "<AS8PR02MB9987E4B1F0C3A6D2B9E7F5C1A0D4@AS8PR02MB9987.eurprd02.prod.outlook.com>",
              relay="from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2114.outbound.protection.outlook.com [40.107.247.114])",
              extra=(("Thread-Topic", "Interview with my client - availability?"),
                     ("Content-Language", "en-GB")))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(26), family="rejection", lang="es", interview=False, company="Rumbo Norte Viajes",
      note="Personio rejection after the technical interview of 14 October (the positive earlier "
           "in this set); mentions the past interview date, confirms nothing")
def m26():
    body = t("""
        Hola Carlos,

        gracias de nuevo por tu tiempo en la entrevista técnica del 14 de octubre con Jordi y
        Marta. Nos gustó mucho la conversación sobre la disponibilidad de plazas.

        Después de valorar todas las candidaturas hemos decidido avanzar con otra persona cuyo
        perfil encaja más con la parte de pagos que necesitamos cubrir ahora mismo. Sabemos que
        no es la respuesta que esperabas.

        Si te parece bien, guardaremos tu candidatura para futuras vacantes de backend.

        Una abraçada,
        Laia Puigdomènech
        People & Talent · Rumbo Norte Viajes

        --
        Este correo se ha enviado a través de Personio.
        """)
    hs = head(addr("Rumbo Norte Viajes", "no-reply@mail.personio.de"),
              "Tu candidatura en Rumbo Norte Viajes", "2026-10-23 10:05", MADRID,
              "<20261023080511.41c7e9a0d2b3@mail.personio.de>",
              relay="from mail.personio.de (mail.personio.de [18.196.41.90])",
              extra=(("Reply-To", addr("Laia Puigdomènech", "laia.puigdomenech@rumbonorte.cat")),))
    return message(hs, text(body, cte="8bit"))


@mail(n(27), family="offer", lang="es", interview=False, company="Chasna Cloud",
      days=(("Tue", "2026-12-01"), ("Fri", "2026-11-06")),
      note="Job offer after the interviews (same company as the reschedule in this set); a fixed "
           "first working day 'martes 1 de diciembre a las 9:00' and a deadline, but no interview")
def m27():
    body = t("""
        Hola Carlos:

        ¡Enhorabuena! Después de las entrevistas con el equipo, nos encantaría que te unieras a
        Chasna Cloud como Senior Backend Engineer.

        Te adjunto la carta de oferta con las condiciones que hablamos: 48.000 € brutos anuales,
        contrato indefinido, modelo híbrido (dos días en el Parque Tecnológico de Granadilla) y
        25 días de vacaciones. Si la aceptas, la incorporación sería el martes 1 de diciembre a
        las 9:00.

        Necesitaríamos tu respuesta antes del viernes 6 de noviembre. Cualquier duda, me llamas.

        Un saludo,
        Idaira Mesa
        Responsable de Ingeniería · Chasna Cloud
        """)
    pdf = raw_part([("Content-Type", 'application/pdf; name="Oferta_Carlos_Hernandez.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Oferta_Carlos_Hernandez.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\n"
                   "YmoKMiAwIG9iago8PC9UeXBlL1BhZ2VzL0tpZHNbXS9Db3VudCAwPj4KZW5kb2JqCnRyYWlsZXIK\n"
                   "PDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==\n")
    hs = head(addr("Idaira Mesa", "idaira.mesa@chasnacloud.es"),
              "Oferta - Senior Backend Engineer", "2026-11-03 13:20", CANARY,
              "<7b0e2d14-9a6f-4c38-b1e5-3f8c0a2d6e97@chasnacloud.es>",
              relay="from smtp.chasnacloud.es (smtp.chasnacloud.es [185.43.204.18])",
              extra=(("User-Agent", "Mozilla Thunderbird"),))
    return message(hs, mixed(text(body, charset="iso-8859-15"), pdf))


@mail(n(28), family="application_ack", lang="es", interview=False, company="Tagoror Apps",
      note="JOIN application receipt; 'te invitaremos a una entrevista' is hypothetical")
def m28():
    page = t("""
        <!DOCTYPE html>
        <html><body style="background:#f6f7fb;margin:0">
        <div style="max-width:580px;margin:24px auto;background:#fff;padding:28px;font-family:Arial,sans-serif;font-size:15px;color:#23263b">
        <p><img src="https://join.com/assets/logos/tagoror-apps.png" alt="Tagoror Apps" height="40"></p>
        <h1 style="font-size:22px">¡Gracias por tu candidatura, Carlos!</h1>
        <p>Hemos recibido tu candidatura para el puesto <b>Backend Developer (PHP/Laravel) – Reservas de actividades</b>
        en Tagoror Apps (Puerto de la Cruz, Tenerife).</p>
        <p>El equipo revisará tu perfil en los próximos días. Si encaja con lo que buscamos, te
        invitaremos a una entrevista; si no, también te lo haremos saber.</p>
        <p>Mientras tanto puedes ver el estado de tu candidatura aquí:
        <a href="https://join.com/candidates/applications/8831045">Ver candidatura</a></p>
        <p>¡Mucha suerte!<br>Tagoror Apps</p>
        <hr style="border:none;border-top:1px solid #e3e5ee">
        <p style="font-size:12px;color:#8a8fa8">Este correo se ha enviado a través de JOIN, el software de selección gratuito.
        JOIN Solutions AG · <a href="https://join.com/privacy">Privacidad</a></p>
        </div>
        </body></html>
        """)
    hs = head(addr("Tagoror Apps a través de JOIN", "noreply@join.com"),
              "Tu candidatura: Backend Developer (PHP/Laravel) – Reservas de actividades",
              "2026-09-08 19:47", CANARY, "<010701917c2b4e5f-9d3a6c1e-2b7f-4e80-a5d9-6f3c1b0e8a27-000000@eu-central-1.amazonses.com>",
              relay="from e240-3.smtp-out.eu-central-1.amazonses.com (e240-3.smtp-out.eu-central-1.amazonses.com [23.251.240.3])")
    return message(hs, html(page, cte="base64"))


@mail(n(29), family="job_alert", lang="es", interview=False, company=None,
      note="Job-board digest with 'Entrevista inmediata' badges and 'Publicada hace 2 días'; no "
           "interview confirmed")
def m29():
    body = t("""
        TrabajoIslas · Alerta: "backend" en Santa Cruz de Tenerife y remoto

        Hola Carlos, hay 6 ofertas nuevas que encajan con tu alerta:

        1. Backend Developer Node.js – Teide Rent a Car (Santa Cruz de Tenerife)
           32.000 – 38.000 € · Híbrido · ⚡ Entrevista inmediata
           https://trabajoislas.example.com/o/184422

        2. Desarrollador/a Java Senior – Grupo Fortunata (Las Palmas de G.C.)
           40.000 – 46.000 € · Presencial · Publicada hace 2 días
           https://trabajoislas.example.com/o/184391

        3. Ingeniero/a de Software (Python) – Alisio Energía (Remoto, España)
           Salario no especificado · Remoto · 🔥 Entrevistas esta semana
           https://trabajoislas.example.com/o/184377

        4. Backend Engineer (Go) – Surfcamp Booking (Lisboa / remoto)
           45.000 – 55.000 € · Remoto · Publicada hoy
           https://trabajoislas.example.com/o/184360

        5. Programador/a PHP – Hotel Las Dunas (Adeje)
           26.000 € · Presencial · Incorporación inmediata
           https://trabajoislas.example.com/o/184352

        6. Tech Lead Backend – Rutas del Atlántico (Madrid / remoto)
           55.000 – 62.000 € · Remoto · Publicada hace 1 día
           https://trabajoislas.example.com/o/184341

        Ver todas las ofertas: https://trabajoislas.example.com/alertas/7721

        Recibes este correo porque creaste una alerta en TrabajoIslas.
        Darte de baja: https://trabajoislas.example.com/baja?u=7721
        """)
    hs = head(addr("TrabajoIslas", "alertas@trabajoislas.example.com"),
              "6 ofertas nuevas para \"backend\" en Tenerife", "2026-10-19 07:02", CANARY,
              "<alerta.7721.20261019060200@trabajoislas.example.com>",
              relay="from mta14.trabajoislas.example.com (mta14.trabajoislas.example.com [198.51.100.14])",
              extra=(("List-Unsubscribe", "<https://trabajoislas.example.com/baja?u=7721>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(30), family="newsletter_tips", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Interview-tips newsletter with a live AMA 'Thursday 19 November at 6pm GMT'; a fixed "
           "time but a webinar-style event, not a job interview")
def m30():
    page = t("""
        <html><body style="margin:0;background:#faf7f2">
        <div style="max-width:600px;margin:0 auto;background:#fff;font-family:Georgia,serif;font-size:17px;line-height:1.6;color:#222;padding:32px">
        <p style="font-family:Arial,sans-serif;font-size:12px;letter-spacing:2px;color:#b5651d">THE HIRING LOOP · ISSUE 112</p>
        <h1 style="font-size:28px">Five questions to ask at the end of your interview</h1>
        <p>Every interview ends the same way: <i>"So, do you have any questions for us?"</i> Here
        are five that tell you more about a team than any careers page.</p>
        <ol>
        <li>What does a good first 90 days look like in this role?</li>
        <li>When was the last time an on-call incident woke someone up, and what changed afterwards?</li>
        <li>How are technical decisions made when two senior engineers disagree?</li>
        <li>What is the team not doing today that it wishes it could?</li>
        <li>What is the next step in this process, and when should I expect to hear back?</li>
        </ol>
        <p>And after the interview? Send a short thank-you note within a day. It won't get you
        the job on its own, but it keeps the conversation going.</p>
        <h2 style="font-size:20px">Live AMA: ask a hiring manager anything</h2>
        <p>Thursday 19 November at 6pm GMT, on YouTube Live. No registration needed.</p>
        <p style="font-family:Arial,sans-serif;font-size:12px;color:#888">You are receiving this because you subscribed at thehiringloop.example.net.
        <a href="https://thehiringloop.example.net/unsubscribe?id=a81c">Unsubscribe</a></p>
        </div></body></html>
        """)
    hs = head(addr("The Hiring Loop", "newsletter@thehiringloop.example.net"),
              "Five questions to ask at the end of your interview", "2026-11-12 08:00", LONDON,
              "<20261112080000.112.a81c@thehiringloop.example.net>",
              relay="from mail.thehiringloop.example.net (mail.thehiringloop.example.net [203.0.113.45])",
              extra=(("List-Unsubscribe", "<https://thehiringloop.example.net/unsubscribe?id=a81c>"),
                     ("List-Id", "The Hiring Loop <newsletter.thehiringloop.example.net>"),
                     ("Precedence", "bulk")))
    return message(hs, html(page))


@mail(n(31), family="scheduling_link", lang="es", interview=False, company="Sonnenküste Travel",
      days=(("Mon", "2026-10-19"), ("Tue", "2026-10-20"), ("Thu", "2026-10-22")),
      note="softgarden self-scheduling: 'elige uno de los horarios disponibles' with three offered "
           "slots; nothing booked yet")
def m31():
    body = t("""
        Hola Carlos Hernández Rodríguez:

        Nos alegra comunicarte que queremos conocerte mejor. Te invitamos a una entrevista
        online para el puesto de Backend Developer (m/f/d) en nuestra oficina de Las Palmas.

        Por favor, elige uno de los horarios disponibles (hora de Canarias):

          · lunes 19/10/2026, 10:00 – 10:45
          · martes 20/10/2026, 12:00 – 12:45
          · jueves 22/10/2026, 16:00 – 16:45

        Seleccionar horario: https://sonnenkueste.softgarden.io/es/appointment/5521907/select

        Los horarios se reservan por orden de llegada. Si ninguno te encaja, puedes proponer
        otro desde el mismo enlace.

        Saludos cordiales,
        Sonnenküste Travel – Recruiting

        Esta invitación se ha enviado a través de softgarden.
        """)
    hs = head(addr("Sonnenküste Travel", "noreply@softgarden.io"),
              "Invitación a entrevista: elige tu horario – Backend Developer (m/f/d)",
              "2026-10-14 09:31", CANARY, "<sg.appointment.5521907.1792057860@softgarden.io>",
              relay="from mout.softgarden.io (mout.softgarden.io [91.198.64.28])",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body, charset="utf-8", cte="quoted-printable"))


@mail(n(32), family="recruiter_outreach", lang="en", interview=False, company="Tejo Digital",
      note="Lisbon hiring manager's cold outreach with a Calendly link ('grab any slot next week'); "
           "no fixed time")
def m32():
    body = t("""
        Hi Carlos,

        I came across your talk at the Tenerife Dev meetup on idempotent booking APIs - great
        stuff. I'm building the backend team at Tejo Digital in Lisbon (we power direct bookings
        for ~900 guesthouses in Portugal and Spain) and we're hiring a Staff Backend Engineer,
        fully remote within WET/CET.

        Would you be up for a 20-minute chat, no strings attached? If so, grab any slot that
        suits you next week: https://calendly.com/miguel-tejodigital/20min

        Cheers,
        Miguel Sardinha
        VP Engineering, Tejo Digital
        """)
    hs = head(addr("Miguel Sardinha", "miguel.sardinha@tejodigital.pt"),
              "Staff Backend @ Tejo Digital (remote)?", "2026-11-17 18:02", LISBON,
              "<CAKs9vR2mT5wX8pN1bQ4zH7cL0dF3gJ6@mail.gmail.com>",
              relay="from mail-pj1-f44.google.com (mail-pj1-f44.google.com [209.85.216.44])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(33), family="coaching_offer", lang="es", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Career coach's marketing mail offering mock technical interviews, with 'próxima plaza "
           "libre: martes 17/11 a las 18:00'; an offer, not a job interview")
def m33():
    body = t("""
        Hola Carlos:

        ¿Tienes entrevistas técnicas a la vista? En noviembre abro un nuevo grupo de
        SIMULACROS DE ENTREVISTA para perfiles de backend:

        - 3 simulacros de 60 minutos (system design, código en vivo y entrevista conductual)
        - Feedback grabado y por escrito después de cada sesión
        - 120 € el pack (o 45 € la sesión suelta)

        Próxima plaza libre: martes 17/11 a las 18:00 (hora canaria). Si te interesa, responde a
        este correo y te la reservo.

        Un abrazo,
        Marta Bethencourt
        Coaching de carrera para perfiles tech · La Laguna

        Si no quieres recibir más correos, pulsa aquí: https://martabethencourt.example.com/baja
        """)
    hs = head(addr("Marta Bethencourt Coaching", "hola@martabethencourt.example.com"),
              "¿Entrevistas a la vista? Simulacros con feedback real", "2026-11-09 09:15", CANARY,
              "<mc.20261109.5f0a2c@mail.mailerlite.example.com>",
              relay="from mx-out3.mailerlite.example.com (mx-out3.mailerlite.example.com [198.51.100.77])",
              extra=(("List-Unsubscribe", "<https://martabethencourt.example.com/baja>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(34), family="non_interview_appointment", lang="es", interview=False, company=None,
      days=(("Mon", "2026-10-19"),),
      note="Dental clinic appointment reminder (lunes 19/10/2026 a las 17:30); a confirmed time, "
           "not an interview")
def m34():
    body = t("""
        CLÍNICA DENTAL ANAGA
        Recordatorio de cita

        Estimado/a CARLOS HERNANDEZ RODRIGUEZ:

        Le recordamos su cita:
          Día: lunes 19/10/2026
          Hora: 17:30
          Profesional: Dra. Paula Rosales (higiene y revisión)
          Centro: Rambla de Santa Cruz 112, bajo

        Si no puede acudir, llámenos al 922 000 381 con al menos 24 horas de antelación.
        Responda SI para confirmar o NO para anular.

        Clínica Dental Anaga · Este es un mensaje automático.
        """)
    hs = head(addr("Clínica Dental Anaga", "citas@clinicadentalanaga.example.com", "iso-8859-1"),
              "Recordatorio de su cita - Clínica Dental Anaga", "2026-10-16 10:00", CANARY,
              "<rec.20261016.88213@clinicadentalanaga.example.com>",
              relay="from smtp.gestiondental.example.net (smtp.gestiondental.example.net [192.0.2.61])",
              charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(35), family="non_interview_calendar", lang="es", interview=False, company=None,
      days=(("Sat", "2026-11-07"),),
      note="Flat-viewing confirmation from a property portal, with an ICS (sábado 7 de noviembre "
           "11:00-11:30 hora canaria); a fixed time, not an interview")
def m35():
    body = t("""
        ¡Visita confirmada!

        Hola Carlos, el anunciante ha confirmado tu visita:

        Piso de 2 dormitorios en C/ Méndez Núñez, Santa Cruz de Tenerife – 850 €/mes
        Sábado 7 de noviembre de 2026, de 11:00 a 11:30
        Te atenderá: Fátima (Inmobiliaria Salamanca Norte)

        Añade la visita a tu calendario con el archivo adjunto. Si no puedes ir, cancélala desde
        la app para que otra persona pueda aprovechar el hueco.

        PisosIsla
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//PisosIsla//Visitas//ES
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:visita-551830@pisosisla.example.com
        DTSTAMP:20261104T190000Z
        DTSTART:20261107T110000Z
        DTEND:20261107T113000Z
        SUMMARY:Visita piso C/ Méndez Núñez (PisosIsla)
        LOCATION:Calle Méndez Núñez\\, Santa Cruz de Tenerife
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("PisosIsla", "no-reply@pisosisla.example.com"),
              "Visita confirmada: piso en C/ Méndez Núñez", "2026-11-04 19:00", CANARY,
              "<visita.551830.confirmada@pisosisla.example.com>",
              relay="from out.pisosisla.example.com (out.pisosisla.example.com [198.51.100.120])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="PUBLISH", cte="8bit", filename="visita.ics",
                                      disposition="attachment")))


@mail(n(36), family="non_interview_appointment", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Car-service booking (jueves 22/10 a las 8:30); a fixed time, not an interview")
def m36():
    body = t("""
        Buenas Carlos, te confirmo la cita en el taller:

        Jueves 22/10 a las 8:30
        Revisión de los 60.000 km + cambio de pastillas delanteras
        Vehículo: Seat León 1234-KXD

        Déjanos el coche a primera hora y te avisamos por WhatsApp cuando esté. Calcula que lo
        tienes para después de comer.

        Talleres Padrón Hermanos
        Polígono El Mayorazgo, nave 14 · 922 000 640
        """)
    hs = head(addr("Talleres Padrón Hermanos", "talleres.padron@example.net"),
              "Cita taller jueves", "2026-10-19 12:48", CANARY,
              "<a91f23c0e54b7d28@example.net>",
              relay="from smtp.example.net (smtp.example.net [192.0.2.20])",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, charset="windows-1252"))


@mail(n(37), family="non_interview_appointment", lang="es", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Parent-teacher meeting ('tutoría individual', martes 10/11 a las 16:30); a fixed time, "
           "not a job interview")
def m37():
    body = t("""
        Estimada familia de Daniel Hernández:

        Les escribo para confirmarles la tutoría individual del primer trimestre:

        Martes 10/11 a las 16:30, en el aula de 3.º B (planta baja).

        Hablaremos de la adaptación de Daniel al nuevo curso y de la evaluación inicial. Si no
        pudieran venir, avísenme por aquí o a través de la agenda y buscamos otro día.

        Un saludo,
        Guacimara Díaz
        Tutora de 3.º B · CEIP Los Dragos
        """)
    hs = head(addr("Guacimara Díaz", "guacimara.diaz@ceiplosdragos.example.org"),
              "Tutoría Daniel – 3.º B", "2026-11-03 14:22", CANARY,
              "<CAHn3zQ8kT1wP5xV9bR2mL7cD0fJ4sG6@mail.gmail.com>",
              relay="from mail-qk1-f174.google.com (mail-qk1-f174.google.com [209.85.222.174])",
              extra=(("Cc", addr("Ana Rodríguez", "ana.rodriguez.mesa@example.com")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(38), family="non_interview_calendar", lang="es", interview=False, company=None,
      days=(("Fri", "2026-12-18"),),
      note="Outlook invitation from Carlos's current employer for the team Christmas dinner "
           "(viernes 18 dic 21:00 hora canaria) with a Windows-zone ICS; not an interview; company null as for the dev set's "
           "current-employer invites")
def m38():
    body = t("""
        ¡Hola equipo!

        Este año la cena de Navidad de Plataforma será en el Guachinche El Lagar (Tacoronte).
        Hay guagua contratada desde la oficina a las 20:15. Confirmad asistencia con el botón del
        calendario antes del viernes 11 para cerrar el número con el restaurante.

        Nos vemos allí,
        Saúl
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" \
        + VTZ["GMT Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Saúl Marrero:mailto:saul.marrero@alisiosbooking.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Equipo Plataforma:mailto:plataforma@alisiosbooking.com
        UID:040000008200E00074C5B7101A82E00800000000D1E27A4C9F64DD01000000000000000010000000B7C2E5F1
        SUMMARY;LANGUAGE=es-ES:Cena de Navidad - Equipo Plataforma
        DTSTART;TZID=GMT Standard Time:20261218T210000
        DTEND;TZID=GMT Standard Time:20261219T000000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261201T101500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Guachinche El Lagar\\, Tacoronte
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Saúl Marrero", "saul.marrero@alisiosbooking.com"),
              "Cena de Navidad - Equipo Plataforma", "2026-12-01 10:15", CANARY,
              "<DU0PR10MB7129B3E8A1C4F60D92E7B5A3C1F8@DU0PR10MB7129.EURPRD10.PROD.OUTLOOK.COM>",
              to=addr("Equipo Plataforma", "plataforma@alisiosbooking.com"),
              relay="from EUR04-DB3-obe.outbound.protection.outlook.com (mail-db3eur04on2061.outbound.protection.outlook.com [40.107.6.61])",
              extra=(("Content-Language", "es-ES"), ("X-MS-Has-Attach", ""),
                     ("X-MS-Exchange-Organization-SCL", "-1")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(n(39), family="marketing_webinar", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Zoom webinar registration 'Cracking the System Design Interview', Thu 15 Oct 5:00 PM "
           "London (BST), with an ICS; a confirmed time, but a webinar, not a job interview")
def m39():
    body = t("""
        Hi Carlos,

        Thank you for registering for "Cracking the System Design Interview: Booking Systems
        Edition".

        Date & Time: Oct 15, 2026 05:00 PM London
        Host: DevPrep Academy

        Please submit any questions to: events@devprep.example.com

        You can cancel your registration at any time.

        Join from PC, Mac, iPad, or Android:
        https://us02web.zoom.us/w/86600412277?tk=Q1b2c3d4e5f6

        Passcode: 520441

        Add to Calendar: the attached .ics file
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        METHOD:PUBLISH
        BEGIN:VEVENT
        DTSTAMP:20261006T120000Z
        DTSTART:20261015T160000Z
        DTEND:20261015T173000Z
        SUMMARY:Cracking the System Design Interview: Booking Systems Edition
        UID:20261006T120000Z-86600412277@zoom.us
        LOCATION:https://us02web.zoom.us/w/86600412277
        ORGANIZER;CN=DevPrep Academy:mailto:no-reply@zoom.us
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("DevPrep Academy", "no-reply@zoom.us"),
              "Cracking the System Design Interview: Booking Systems Edition Confirmation",
              "2026-10-06 13:00", LONDON, "<webinar.reg.86600412277.5c1d9@zoom.us>",
              relay="from mta-sg2-4.zoom.us (mta-sg2-4.zoom.us [170.114.10.84])",
              extra=(("Reply-To", "events@devprep.example.com"),))
    return message(hs, mixed(text(body, cte="7bit"),
                             calendar(ics, method="PUBLISH", filename="webinar.ics", disposition="attachment")))


@mail(n(40), family="interviewer_at_current_job", lang="en", interview=False,
      company=None, days=(("Thu", "2026-10-22"),),
      note="Greenhouse interviewer notification from Carlos's current employer (forwarded from his "
           "work address): HE interviews a candidate on Thu 22 Oct 12:00 WEST; a confirmed "
           "interview with an ICS, but not his own job interview; company null as for the dev "
           "set's current-employer invites")
def m40():
    body = t("""
        Hi Carlos,

        You have been scheduled to interview Marta Quintero for the Backend Developer
        (Availability Service) role.

        Interview: Technical Interview - Backend
        When: Thursday, October 22, 2026 12:00 PM - 1:00 PM WEST
        Where: Sala Teide (2nd floor) / Google Meet https://meet.google.com/bde-rkoa-tfp
        Other interviewers: Yeray Cabrera

        Your interview kit, with the scorecard and the questions for this stage, is here:
        https://app.greenhouse.io/guides/73004182/people/61277390?application_id=88820117

        Please submit your scorecard within 24 hours of the interview.

        Thanks,
        Alisios Booking Recruiting
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interviewer-73004182-61277390@greenhouse.io
        DTSTAMP:20261019T084100Z
        DTSTART:20261022T110000Z
        DTEND:20261022T120000Z
        SUMMARY:Interview: Marta Quintero - Backend Developer (Availability Service)
        LOCATION:Sala Teide / https://meet.google.com/bde-rkoa-tfp
        ORGANIZER;CN=Noelia Ramos:mailto:noelia.ramos@alisiosbooking.com
        ATTENDEE;CN=Carlos Hernández;RSVP=TRUE:mailto:carlos.hernandez@alisiosbooking.com
        ATTENDEE;CN=Yeray Cabrera;RSVP=TRUE:mailto:yeray.cabrera@alisiosbooking.com
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Alisios Booking Recruiting", "no-reply@greenhouse.io"),
              "Interview scheduled: Marta Quintero - Backend Developer (Availability Service)",
              "2026-10-19 09:41", CANARY, "<gh.interviewer.73004182.61277390@greenhouse.io>",
              to=addr("Carlos Hernández", "carlos.hernandez@alisiosbooking.com"),
              relay="from o7.us.greenhouse-mail.io (o7.us.greenhouse-mail.io [167.89.40.7])",
              extra=(("X-Forwarded-To", ME), ("X-Forwarded-For", "carlos.hernandez@alisiosbooking.com " + ME),
                     ("Reply-To", addr("Noelia Ramos", "noelia.ramos@alisiosbooking.com"))))
    return message(hs, mixed(text(body),
                             calendar(ics, cte="quoted-printable", filename="interview.ics", disposition="attachment")))


@mail(n(41), family="auto_reply", lang="es", interview=False, company="Grupo Meseta Viajes",
      days=(("Mon", "2026-11-16"),),
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from the Madrid recruiter of "
           "the Workday invitation in this set; only a return date, nothing confirmed")
def m41():
    body = t("""
        Gracias por tu mensaje. Estoy fuera de la oficina hasta el lunes 16 de noviembre, con
        acceso limitado al correo.

        Para cualquier tema urgente relacionado con procesos de selección, puedes escribir a
        seleccion@grupomeseta.es.

        Un saludo,
        Beatriz Olmedo
        Talento · Grupo Meseta Viajes
        """)
    hs = head(addr("Beatriz Olmedo", "beatriz.olmedo@grupomeseta.es"),
              "Respuesta automática: Re: Invitación a entrevista: Desarrollador/a Backend Senior (R-04417)",
              "2026-11-14 11:02", MADRID,
              "<VI1PR03MB9264D0A7C3E1F5B28A4E6C9D7B10@VI1PR03MB9264.eurprd03.prod.outlook.com>",
              relay="from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2090.outbound.protection.outlook.com [40.107.21.90])",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAJm4Pq9rT2kX5wN8yB1vS6dH0fG3eLc@mail.gmail.com>"),
                     ("Content-Language", "es-ES")))
    return message(hs, text(body))


@mail(n(42), family="bounce", lang="en", interview=False, company=None,
      note="Delivery-status bounce: Carlos's own 'confirmo la entrevista del jueves 15 a las 11' "
           "to a mistyped address (.com instead of .es) came back; the mail-system notice confirms "
           "nothing (the positive for that interview is the hiring manager's own mail)")
def m42():
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <gonzalo.martin@sierranorteturismo.com>: host
            mx.sierranorteturismo.com[203.0.113.9] said: 550 5.1.1
            <gonzalo.martin@sierranorteturismo.com>: Recipient address rejected: User
            unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Bq7Rk2Xz9z3wQ1
        Arrival-Date: Fri,  9 Oct 2026 14:01:52 +0100 (WEST)

        Final-Recipient: rfc822; gonzalo.martin@sierranorteturismo.com
        Original-Recipient: rfc822;gonzalo.martin@sierranorteturismo.com
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.sierranorteturismo.com
        Diagnostic-Code: smtp; 550 5.1.1 <gonzalo.martin@sierranorteturismo.com>:
            Recipient address rejected: User unknown in virtual mailbox table
        """)
    original = message([
        ("From", TO), ("To", addr("Gonzalo Martín", "gonzalo.martin@sierranorteturismo.com")),
        ("Subject", "Re: Entrevista - Sierra Norte Turismo Digital"),
        ("Date", date("2026-10-09 14:01", CANARY)),
        ("Message-ID", "<CAJm4Pq5wQ3nY7tK0vR2cX8bH1dF6gLs@mail.gmail.com>"),
    ], text(t("""
        Hola Gonzalo,

        Perfecto, confirmo la entrevista del jueves 15 a las 11 (hora peninsular). ¡Gracias!

        Carlos
        """)))
    hs = head(addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.org"),
              "Undelivered Mail Returned to Sender", "2026-10-09 14:02", CANARY,
              "<20261009130203.7F3C21A0E5@mx1.example.org>",
              extra=(("Auto-Submitted", "auto-replied"),))
    body = multipart("report", text(notice, charset="us-ascii", cte="7bit"),
                     raw_part([("Content-Description", "Delivery report"),
                               ("Content-Type", "message/delivery-status")], status),
                     attached_message(original),
                     params="report-type=delivery-status")
    return message(hs, body)


@mail(n(43), family="mailing_list", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="Local developer mailing list (Google Groups) announcing a talk on preparing technical "
           "interviews, jueves 29 de octubre a las 19:00; a meetup, not a job interview")
def m43():
    body = t("""
        ¡Buenas, gente!

        El próximo jueves 29 de octubre a las 19:00 tenemos charla en el Espacio Coworking La
        Laguna (C/ Herradores 52):

        "Cómo preparar entrevistas técnicas de backend sin morir en el intento"
        Ponente: Nauzet Alonso (Staff Engineer en remoto para una empresa de Berlín)

        Hablará de system design, de cómo contar tus proyectos y de qué preguntar al final de la
        entrevista. Después, pizzas y networking. Hay 40 plazas; apuntaos en el Meetup:
        https://www.meetup.com/tenerife-dev/events/30551872/

        Saludos,
        Acaymo (organización Tenerife Dev)

        --
        Has recibido este mensaje porque estás suscrito al grupo "Tenerife Dev" de Grupos de Google.
        Para cancelar la suscripción a este grupo y dejar de recibir sus correos, envía un correo
        electrónico a tenerife-dev+unsubscribe@googlegroups.com.
        """)
    hs = head(addr("Acaymo Ravelo", "acaymo.ravelo@example.com"),
              "[tenerife-dev] Charla jueves 29/10: entrevistas técnicas de backend",
              "2026-10-21 20:14", CANARY, "<5c2e7f10-8a3d-4b91-a6e4-0f7d2c9b1e58n@googlegroups.com>",
              to="Tenerife Dev <tenerife-dev@googlegroups.com>",
              relay="from mail-sor-f57.google.com (mail-sor-f57.google.com [209.85.220.57])",
              extra=(("Sender", "tenerife-dev@googlegroups.com"),
                     ("Reply-To", "tenerife-dev@googlegroups.com"),
                     ("Mailing-list", "list tenerife-dev@googlegroups.com; contact tenerife-dev+owners@googlegroups.com"),
                     ("List-ID", "<tenerife-dev.googlegroups.com>"),
                     ("List-Post", "<https://groups.google.com/group/tenerife-dev/post>, <mailto:tenerife-dev@googlegroups.com>"),
                     ("List-Unsubscribe", "<mailto:googlegroups-manage+301442718877+unsubscribe@googlegroups.com>,\r\n"
                                          " <https://groups.google.com/group/tenerife-dev/subscribe>"),
                     ("Precedence", "list")))
    return message(hs, text(body))


@mail(n(44), family="job_centre_appointment", lang="es", interview=False, company=None,
      days=(("Tue", "2026-11-03"),),
      note="Public employment office 'cita previa' for an 'entrevista con su orientador/a laboral' "
           "(03/11/2026 a las 09:20); a fixed appointment called an interview, but not a job "
           "interview with an employer")
def m44():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <table width="620" style="border:1px solid #c8c8c8" cellpadding="12"><tr><td>
        <p style="font-size:16px;color:#00508c"><b>Servicio Insular de Empleo</b><br>Cita previa</p>
        <p>Se ha registrado correctamente su cita:</p>
        <table cellpadding="4">
        <tr><td><b>Trámite:</b></td><td>Entrevista con su orientador/a laboral (renovación del itinerario personalizado de inserción)</td></tr>
        <tr><td><b>Fecha:</b></td><td>03/11/2026</td></tr>
        <tr><td><b>Hora:</b></td><td>09:20</td></tr>
        <tr><td><b>Oficina:</b></td><td>Oficina de Empleo Santa Cruz-Centro, Avda. de Anaga 9</td></tr>
        <tr><td><b>Localizador:</b></td><td>SIE-2026-0917734</td></tr>
        </table>
        <p>Deberá presentarse con su DNI/NIE y el documento de demanda de empleo. Si no puede
        acudir, anule la cita en la sede electrónica con al menos 24 horas de antelación.</p>
        <p style="font-size:11px;color:#777">Este correo ha sido generado automáticamente. No responda a este mensaje.</p>
        </td></tr></table>
        </body></html>
        """)
    hs = head(addr("Servicio Insular de Empleo - Cita previa", "citaprevia-noreply@sie.example.org"),
              "Confirmación de cita previa - Entrevista con orientador/a laboral",
              "2026-10-27 11:37", CANARY, "<CITA.SIE-2026-0917734@sie.example.org>",
              relay="from correo.sie.example.org (correo.sie.example.org [192.0.2.144])",
              charset="iso-8859-1")
    return message(hs, html(page, charset="iso-8859-1"))


@mail(n(45), family="admission_interview", lang="es", interview=False, company=None,
      days=(("Fri", "2026-10-16"),),
      note="Business-school admission interview for an Executive MBA, viernes 16 de octubre a las "
           "18:00 hora canaria, Zoom + ICS; a confirmed 'entrevista' but an admission interview, "
           "not a job interview")
def m45():
    body = t("""
        Estimado Carlos:

        Gracias por completar tu solicitud para el Executive MBA (edición enero 2027). Nos alegra
        confirmarte tu entrevista de admisión:

        Fecha: viernes, 16 de octubre de 2026
        Hora: 18:00 (hora canaria) / 19:00 (hora peninsular)
        Duración: 30 minutos
        Formato: Zoom – https://ena-edu.zoom.us/j/91520336410
        Entrevistadora: Dra. Candelaria Reyes, Directora Académica

        La entrevista forma parte del proceso de admisión; recibirás la decisión del comité en
        un plazo de diez días.

        Atentamente,
        Oficina de Admisiones
        Escuela de Negocios Atlántica
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Escuela de Negocios Atlantica//Admisiones//ES
        METHOD:REQUEST
        """) + VTZ_CANARY + "\n" + t("""
        BEGIN:VEVENT
        UID:admision-emba-2027-00419@ena.example.edu
        DTSTAMP:20261009T120000Z
        DTSTART;TZID=Atlantic/Canary:20261016T180000
        DTEND;TZID=Atlantic/Canary:20261016T183000
        SUMMARY:Entrevista de admisión – Executive MBA
        LOCATION:https://ena-edu.zoom.us/j/91520336410
        ORGANIZER;CN=Admisiones ENA:mailto:admisiones@ena.example.edu
        ATTENDEE;CN=Carlos Hernández Rodríguez;RSVP=TRUE:mailto:carlos.hernandez@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Admisiones - Escuela de Negocios Atlántica", "admisiones@ena.example.edu"),
              "Entrevista de admisión – Executive MBA", "2026-10-09 13:00", CANARY,
              "<adm.00419.20261009@ena.example.edu>",
              relay="from smtp.ena.example.edu (smtp.ena.example.edu [198.51.100.200])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, cte="quoted-printable", filename="entrevista_admision.ics",
                                      disposition="attachment")))


@mail(n(46), family="sports_tryout", lang="es", interview=False, company=None,
      days=(("Sat", "2026-09-26"),),
      note="Rugby club try-out for the veterans' team, sábado 26/9 a las 10:00; a fixed time, not "
           "a job interview")
def m46():
    body = t("""
        Buenas Carlos!!

        Hablé con el míster y te puedes venir a la prueba del equipo de veteranos este sábado
        26/9 a las 10:00 en el campo de La Manzanilla (La Laguna). Trae botas de tacos, agua y
        ropa que se pueda manchar jaja. La prueba son unas 2 horitas y luego hay tercer tiempo.

        Cualquier cosa me escribes al wasap.

        Abrazo,
        Beneharo
        CD Rugby Anaga – delegado veteranos
        """)
    hs = head(addr("Beneharo Cruz", "beneharo.cruz@example.com"),
              "Prueba veteranos sabado", "2026-09-22 22:31", CANARY,
              "<CAPx7tR3mK9wN2bV5yL8qD1cJ4fH0sZ6@mail.gmail.com>",
              relay="from mail-yw1-f171.google.com (mail-yw1-f171.google.com [209.85.128.171])")
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(n(47), family="press_interview", lang="es", interview=False, company=None,
      days=(("Tue", "2026-11-24"),),
      note="Radio journalist confirms a live interview with Carlos as the guest (martes 24/11, "
           "llamada a las 12:10, hora canaria); a confirmed 'entrevista', but press, not a job "
           "interview")
def m47():
    body = t("""
        Hola Carlos:

        Te confirmo la entrevista para "Mañanas Digitales" en Radio Atlántica Tenerife. Será en
        directo por teléfono el martes 24/11: te llamamos al móvil a las 12:10 (hora canaria) y
        estarás en antena unos diez minutos. Hablaremos de cómo funcionan por dentro las
        plataformas de reservas turísticas y de la subida de precios en temporada alta.

        Unos minutos antes te llamará la productora, Zuleima, para probar la línea.

        Gracias por prestarte,
        Yurena Pestano
        Redactora · Radio Atlántica Tenerife
        """)
    hs = head(addr("Yurena Pestano", "yurena.pestano@radioatlantica.example.com"),
              "Entrevista Mañanas Digitales - martes 24", "2026-11-18 16:45", CANARY,
              "<f0c2a7b9-4e18-4d63-9a5c-1b7e3f8d2c06@radioatlantica.example.com>",
              relay="from smtp.radioatlantica.example.com (smtp.radioatlantica.example.com [203.0.113.88])",
              extra=(("User-Agent", "Roundcube Webmail/1.6.9"),))
    return message(hs, text(body, cte="8bit", params="format=flowed"))


@mail(n(48), family="non_interview_appointment", lang="es", interview=False, company=None,
      days=(("Mon", "2026-12-14"),),
      note="Bank advisor appointment (lunes 14 de diciembre de 2026, 10:00); a fixed time, not an "
           "interview")
def m48():
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px;color:#1d2b36">
        <div style="background:#0b4f6c;color:#fff;padding:12px;font-size:18px">Banco Drago</div>
        <p>Hola, Carlos:</p>
        <p>Tu cita con tu gestor está confirmada.</p>
        <p><b>Gestor:</b> Aitor Bello Afonso<br>
        <b>Motivo:</b> Revisión de hipoteca y planes de ahorro<br>
        <b>Día:</b> lunes, 14 de diciembre de 2026<br>
        <b>Hora:</b> 10:00<br>
        <b>Oficina:</b> 0412 · Rambla de Santa Cruz 47, Santa Cruz de Tenerife</p>
        <p>Si necesitas cambiarla, hazlo desde la app Banco Drago &gt; Mis citas.</p>
        <p style="font-size:11px;color:#6b7b88">Banco Drago nunca te pedirá tus claves por correo electrónico.</p>
        </body></html>
        """)
    hs = head(addr("Banco Drago", "avisos@bancodrago.example.com"),
              "Cita confirmada con tu gestor - 14/12 10:00", "2026-12-02 09:05", CANARY,
              "<avisos.cita.7740112@bancodrago.example.com>",
              relay="from mailout2.bancodrago.example.com (mailout2.bancodrago.example.com [198.51.100.31])")
    return message(hs, html(page, charset="iso-8859-15"))


@mail(n(49), family="forwarded_other_person", lang="es", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Carlos's sister forwards HER own confirmed interview (Lever-style confirmation for a "
           "Junior Data Analyst role, jueves 3 de diciembre a las 10:00 hora canaria) asking for "
           "advice; a real confirmation, but for someone else -> negative")
def m49():
    body = t("""
        Carlooos, ¡me han llamado!! Mira lo que me ha llegado. ¿Me echas un cable el finde para
        preparar la entrevista? Y dime qué me pongo jaja, que tú ya eres un experto.

        Besos,
        Laura

        ---------- Forwarded message ---------
        De: Puerto Norte Logística <no-reply@hire.lever.co>
        Date: lun, 30 nov 2026 a las 12:04
        Subject: Tu entrevista con Puerto Norte Logística está confirmada
        To: Laura Hernández Rodríguez <laura.hdez.rodriguez@example.net>

        Hola Laura,

        Tu entrevista con Puerto Norte Logística está confirmada.

        Puesto: Junior Data Analyst
        Fecha: jueves, 3 de diciembre de 2026
        Hora: 10:00 - 10:45 (hora canaria)
        Lugar: Oficinas de Puerto Norte, Muelle de Ribera s/n, Santa Cruz de Tenerife
        Con: Daniel Guanche, Responsable de Datos

        Si tienes alguna pregunta, responde a este correo y le llegará a Ainhoa Llarena.

        Puerto Norte Logística
        """)
    hs = head(addr("Laura Hernández", "laura.hdez.rodriguez@example.net"),
              "Fwd: Tu entrevista con Puerto Norte Logística está confirmada",
              "2026-11-30 13:27", CANARY, "<CAEb5nW2qR8tX1vM4kP7zJ0cL3dH6fGs@mail.gmail.com>",
              relay="from mail-wr1-f53.google.com (mail-wr1-f53.google.com [209.85.221.53])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(50), family="non_interview_appointment", lang="es", interview=False, company=None,
      days=(("Sat", "2026-10-17"),),
      note="Photo studio confirms a headshot session for Carlos's LinkedIn profile (sábado 17 de "
           "octubre a las 10:30); job-search related and at a fixed time, but not an interview")
def m50():
    body = t("""
        Hola Carlos,

        ¡Reserva confirmada! Te esperamos en el estudio para tu sesión de retrato profesional:

        Sábado 17 de octubre, 10:30
        Sesión "Perfil LinkedIn": 30 minutos, 2 cambios de ropa, 5 fotos retocadas
        Estudio Luz de Anaga · C/ San Francisco 21, Santa Cruz

        Consejo: trae una camisa lisa de color claro y otra oscura, y evita los estampados
        pequeños. Si usas gafas, tráelas aunque no salgas con ellas en todas las fotos.

        El resto del importe (60 €) se abona el mismo día.

        Nos vemos,
        Dácil · Estudio Luz de Anaga
        """)
    hs = head(addr("Estudio Luz de Anaga", "reservas@luzdeanaga.example.com"),
              "Reserva confirmada - Sesión Perfil LinkedIn", "2026-10-12 17:55", CANARY,
              "<reserva.20261012.3317@luzdeanaga.example.com>",
              relay="from smtp.luzdeanaga.example.com (smtp.luzdeanaga.example.com [192.0.2.233])")
    return message(hs, alt(text(body), html(gmail_html(body))))
