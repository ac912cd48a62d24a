"""blind74: a blind 50-mail set, the inbox of a backend developer in Lima (Sep-Dec 2026).

Every mail is written by hand below, one function per mail; ``make.py`` does the MIME plumbing and
the checks. Build and check with ``python3 bench/heldout/make_blind.py blind74``.

Written blind: without reading the detector, its tests, the bench scripts or any other held-out
mails. File numbers are a fixed shuffle of the writing order (keys 1-23 positive, 24-50 negative).
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
    mail,
    message,
    mixed,
    raw_part,
    received,
    t,
    text,
    utc,
)

SET = "blind74"
ORDER = random.Random(74074).sample(range(1, 51), 50)
make.REGISTRY.setdefault(SET, [])

ME = "valeria.quispe@example.org"
ME_FULL = addr("Valeria Quispe", ME)
LIMA = "America/Lima"


def n(key: int) -> str:
    """The file name of the mail written key-th."""
    return f"{SET}_{ORDER[key - 1]:03d}"


def rcv(server: str, when: str, zone: str, ident: str, lag: int = 3) -> tuple[str, str]:
    return ("Received", received(server, when, zone, f"mx1.example.org with ESMTPS id {ident}", ME, lag))


def head(*, frm: str, subject: str, when: str, zone: str, msgid: str, server: str, ident: str,
         to: str = ME_FULL, extra: list[tuple[str, str]] | None = None,
         subject_charset: str = "utf-8") -> list[tuple[str, str]]:
    hs = [
        ("Delivered-To", ME),
        rcv(server, when, zone, ident),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, subject_charset)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
    ]
    return hs + list(extra or [])


# ----------------------------------------------------------------------------- time zones for ICS

TZ_LIMA = """BEGIN:VTIMEZONE
TZID:America/Lima
X-LIC-LOCATION:America/Lima
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
TZNAME:-05
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

TZ_BOGOTA = """BEGIN:VTIMEZONE
TZID:America/Bogota
X-LIC-LOCATION:America/Bogota
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
TZNAME:-05
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

TZ_BUENOS_AIRES = """BEGIN:VTIMEZONE
TZID:America/Argentina/Buenos_Aires
X-LIC-LOCATION:America/Argentina/Buenos_Aires
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
TZNAME:-03
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

TZ_LOS_ANGELES = """BEGIN:VTIMEZONE
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

# Exchange / Outlook in Spain: the Windows zone name, 1601 anchors
TZ_ROMANCE = """BEGIN:VTIMEZONE
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

TEAMS_ES = """________________________________________________________________________________
Reunión de Microsoft Teams
Unirse desde el ordenador, la aplicación móvil o el dispositivo de sala
Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
Id. de la reunión: {num}
Código de acceso: {code}
Descargar Teams<https://www.microsoft.com/es-es/microsoft-teams/download-app> | Unirse a través de la web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""

TEAMS_EN = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
Meeting ID: {num}
Passcode: {code}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


# ============================================================================= positives: scheduled


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-15 11:00", "America/New_York"), end=utc("2026-09-15 12:00", "America/New_York"),
      local="Tue 2026-09-15 11:00", local_end="2026-09-15 12:00", zone="America/New_York",
      contact="dana.whitcomb@ledgerline.com", company="Ledgerline",
      note="Greenhouse confirmation for a New York team; 11:00 AM-12:00 PM EDT (UTC-4) on Tue 15 Sep "
           "= 15:00-16:00Z (the body also gives 10:00-11:00 AM Lima, UTC-5); ICS in America/New_York "
           "agrees; contact = Reply-To recruiter (also ICS ORGANIZER)")
def ledgerline_greenhouse():
    body = t("""
        Hi Valeria,

        Thanks for your interest in Ledgerline! We're excited to confirm your interview for the
        Senior Backend Engineer (Payments Platform) role. Here are the details:

        Interview: Technical Interview - Payments Systems
        Date: Tuesday, September 15, 2026
        Time: 11:00 AM - 12:00 PM EDT (10:00 AM - 11:00 AM in Lima)
        Location: Zoom - https://ledgerline.zoom.us/j/84120395573?pwd=bGVkZ2VybGluZTE1

        Interviewer(s):
          Marcus Oyelaran - Staff Engineer, Ledger Core

        Marcus will spend most of the hour on a practical exercise in Python or Go (your choice)
        around idempotent payment APIs. No preparation needed beyond a working IDE.

        If you need to reschedule, just reply to this email.

        Best,
        Dana Whitcomb
        Recruiting | Ledgerline

        Ledgerline, Inc. · 55 Water Street, New York, NY 10041
        Powered by Greenhouse
    """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f1f1f">
        <p>Hi Valeria,</p>
        <p>Thanks for your interest in Ledgerline! We're excited to confirm your interview for the
        <b>Senior Backend Engineer (Payments Platform)</b> role. Here are the details:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview:</b></td><td>Technical Interview - Payments Systems</td></tr>
        <tr><td><b>Date:</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>11:00 AM - 12:00 PM EDT (10:00 AM - 11:00 AM in Lima)</td></tr>
        <tr><td><b>Location:</b></td><td><a href="https://ledgerline.zoom.us/j/84120395573?pwd=bGVkZ2VybGluZTE1">Zoom</a></td></tr>
        <tr><td valign="top"><b>Interviewer(s):</b></td><td>Marcus Oyelaran - Staff Engineer, Ledger Core</td></tr>
        </table>
        <p>Marcus will spend most of the hour on a practical exercise in Python or Go (your choice)
        around idempotent payment APIs. No preparation needed beyond a working IDE.</p>
        <p>If you need to reschedule, just reply to this email.</p>
        <p>Best,<br>Dana Whitcomb<br>Recruiting | Ledgerline</p>
        <p style="font-size:11px;color:#888">Ledgerline, Inc. &middot; 55 Water Street, New York, NY 10041<br>
        Powered by <a href="https://www.greenhouse.io">Greenhouse</a></p>
        </body></html>
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:gh-interview-7730215-ledgerline@greenhouse.io
        DTSTAMP:20260910T182204Z
        DTSTART;TZID=America/New_York:20260915T110000
        DTEND;TZID=America/New_York:20260915T120000
        SUMMARY:Technical Interview - Payments Systems (Ledgerline)
        LOCATION:https://ledgerline.zoom.us/j/84120395573?pwd=bGVkZ2VybGluZTE1
        DESCRIPTION:Interview with Marcus Oyelaran for Senior Backend Engineer (Payments Platform).
        ORGANIZER;CN=Dana Whitcomb:mailto:dana.whitcomb@ledgerline.com
        ATTENDEE;CN=Valeria Quispe;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:valeria.quispe@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(frm=addr("Ledgerline", "no-reply@us.greenhouse-mail.io"),
              subject="Interview Confirmation: Senior Backend Engineer (Payments Platform) at Ledgerline",
              when="2026-09-10 14:22", zone="America/New_York",
              msgid="<Jx8fT2aQSkG3m0nB7wQx1A@geopod-ismtpd-4-3>",
              server="from o7.us.greenhouse-mail.io (o7.us.greenhouse-mail.io [167.89.43.112])",
              ident="z4Pq81Lm0sTu",
              extra=[("Reply-To", addr("Dana Whitcomb", "dana.whitcomb@ledgerline.com"))])
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(2), family="lever", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-17 10:00", "America/Mexico_City"), end=utc("2026-09-17 10:45", "America/Mexico_City"),
      local="Thu 2026-09-17 10:00", local_end="2026-09-17 10:45", zone="America/Mexico_City",
      contact="ximena.arreola@tlacuachepagos.mx", company="Tlacuache Pagos",
      note="Lever (HTML only, base64) from a Mexico City fintech: jueves 17 sep 10:00-10:45 hora del "
           "centro de México; Mexico has had no DST since 2022, so UTC-6 -> 16:00-16:45Z; contact = "
           "Reply-To recruiter")
def tlacuache_lever():
    page = t("""
        <!DOCTYPE html>
        <html lang="es"><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:0;background:#f5f6f8">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;line-height:22px;color:#323c47">
        <tr><td>
        <p>Hola Valeria:</p>
        <p>¡Gracias por agendar tu entrevista con Tlacuache Pagos! Te compartimos la confirmación:</p>
        <p style="background:#f0f3f7;padding:12px 16px;border-radius:4px">
        <b>Entrevista técnica — Backend Engineer (Conciliaciones)</b><br>
        jueves, 17 de septiembre de 2026<br>
        10:00 a 10:45 hrs (hora del centro de México, GMT-6)<br>
        Google Meet: <a href="https://meet.google.com/qxr-bnhw-tzk">meet.google.com/qxr-bnhw-tzk</a>
        </p>
        <p>Vas a platicar con Emiliano Zárate (Tech Lead) y conmigo. Será una conversación sobre
        arquitectura de servicios y un ejercicio corto de SQL, así que ten a la mano un editor.</p>
        <p>Si surge algo y necesitas moverla, responde a este correo y lo vemos.</p>
        <p>Saludos,<br>Ximena Arreola<br>Talent Acquisition · Tlacuache Pagos</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#98a1ab;border-top:1px solid #e6e9ee">
        Enviado a valeria.quispe@example.org por Tlacuache Pagos a través de Lever.
        <a href="https://hire.lever.co/candidate-preferences/unsubscribe?t=9a3f0c" style="color:#98a1ab">Preferencias</a>
        </td></tr></table>
        </td></tr></table>
        </body></html>
    """)
    hs = head(frm=addr("Tlacuache Pagos", "no-reply@hire.lever.co"),
              subject="Confirmación de entrevista: Backend Engineer (Conciliaciones)",
              when="2026-09-12 09:41", zone="America/Mexico_City",
              msgid="<0100019b2f6d1e7a-5c1a7f3e-8b44-4c0e-9d41-6a2b1f0e77c3-000000@email.amazonses.com>",
              server="from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
              ident="Lv0x93KqPq1e",
              extra=[("Reply-To", addr("Ximena Arreola", "ximena.arreola@tlacuachepagos.mx"))])
    return message(hs, html(page, cte="base64"))


@mail(n(3), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-25 15:00", LIMA), end=None,
      local="Fri 2026-09-25 15:00", zone=LIMA,
      contact="rhuarcaya@mercantilandina.pe", company="Mercantil Andina Digital",
      note="Peruvian recruiter, plain text windows-1252 QP. 'pasado mañana a las 3 de la tarde' resolved "
           "against the Date header's own local date: Wed 23 Sep 20:15 Lima (which is already Thu 24 "
           "Sep in UTC) -> Fri 25 Sep 15:00 Lima (UTC-5, no DST) = 20:00Z; 'aproximadamente una hora' "
           "is approximate -> end null; contact = human sender",
      days=(("Wed", "2026-09-23"), ("Fri", "2026-09-25")))
def mercantil_prose():
    body = t("""
        Estimada Valeria:

        Muchas gracias por su tiempo en la llamada de hoy. Tal como conversamos, le confirmo la
        entrevista con el Jefe de Plataforma, el Ing. Gustavo Paredes, para pasado mañana a las
        3 de la tarde en nuestras oficinas de San Isidro (Av. Camino Real 1120, piso 9). Al llegar,
        por favor acérquese a recepción con su DNI; yo la estaré esperando.

        La reunión tomará aproximadamente una hora. Si tuviera algún inconveniente, me avisa por
        este medio o al 987 412 330.

        Saludos cordiales,

        Rosa Huarcaya Tello
        Analista de Selección y Atracción de Talento
        Mercantil Andina Digital S.A.C.
        rhuarcaya@mercantilandina.pe
    """)
    hs = head(frm=addr("Rosa Huarcaya Tello", "rhuarcaya@mercantilandina.pe"),
              subject="Entrevista - Desarrollador Backend Senior",
              when="2026-09-23 20:15", zone=LIMA,
              msgid="<SA1PR10MB5839E2B4F7A1C0D93F4E8A21B7C22@SA1PR10MB5839.namprd10.prod.outlook.com>",
              server="from NAM10-DM6-obe.outbound.protection.outlook.com (mail-dm6nam10on2112.outbound.protection.outlook.com [40.107.93.112])",
              ident="Mq7vB2xKp0Ud",
              extra=[("Thread-Topic", "Entrevista - Desarrollador Backend Senior"),
                     ("Content-Language", "es-PE"),
                     ("X-MS-Has-Attach", "")])
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(4), family="teamtailor", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-27 16:00", "Europe/Madrid"), end=utc("2026-10-27 17:00", "Europe/Madrid"),
      local="Tue 2026-10-27 16:00", local_end="2026-10-27 17:00", zone="Europe/Madrid",
      contact="lucia.benavent@nubaria.es", company="Nubaria Software",
      note="Teamtailor from Madrid. DST edge: the mail is sent Wed 21 Oct in CEST (UTC+2) but the "
           "interview on Tue 27 Oct is after Spain's switch back to CET on 25 Oct: 16:00-17:00 CET = "
           "15:00-16:00Z (the body's '10:00 en Lima' agrees); contact = Reply-To recruiter")
def nubaria_teamtailor():
    body = t("""
        Hola Valeria,

        ¡Gracias por reservar! Tu entrevista para el puesto de Backend Developer (Go) en Nubaria
        está confirmada.

        Cuándo: martes, 27 de octubre de 2026, de 16:00 a 17:00 (hora peninsular española)
        Para ti, en Lima, serán las 10:00. Recuerda que el domingo 25 cambiamos la hora en España.

        Dónde: videollamada, https://meet.google.com/wkp-hcsa-mva
        Con quién: Lucía Benavent (People) y Jordi Roselló (Engineering Manager)

        Si necesitas cambiar la fecha, responde a este correo.

        Un saludo,
        Lucía Benavent
        Nubaria Software

        --
        Este correo se envía a través de Teamtailor en nombre de Nubaria Software.
        Gestiona tus datos: https://nubaria.teamtailor.com/connect/privacy
    """)
    page = t("""
        <html><body style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;color:#14142b">
        <div style="max-width:540px;margin:0 auto;padding:24px">
        <p>Hola Valeria,</p>
        <p>¡Gracias por reservar! Tu entrevista para el puesto de <strong>Backend Developer (Go)</strong>
        en Nubaria está confirmada.</p>
        <div style="border:1px solid #e4e4ef;border-radius:8px;padding:16px">
        <p style="margin:0"><strong>Cuándo:</strong> martes, 27 de octubre de 2026, de 16:00 a 17:00 (hora peninsular española)<br>
        <span style="color:#6e6e8a">Para ti, en Lima, serán las 10:00. Recuerda que el domingo 25 cambiamos la hora en España.</span></p>
        <p style="margin:8px 0 0"><strong>Dónde:</strong> <a href="https://meet.google.com/wkp-hcsa-mva">videollamada</a><br>
        <strong>Con quién:</strong> Lucía Benavent (People) y Jordi Roselló (Engineering Manager)</p>
        </div>
        <p>Si necesitas cambiar la fecha, responde a este correo.</p>
        <p>Un saludo,<br>Lucía Benavent<br>Nubaria Software</p>
        <p style="font-size:12px;color:#9a9ab0">Este correo se envía a través de Teamtailor en nombre de Nubaria Software.
        <a href="https://nubaria.teamtailor.com/connect/privacy">Gestiona tus datos</a></p>
        </div></body></html>
    """)
    hs = head(frm=addr("Nubaria Software", "no-reply@teamtailor-mail.com"),
              subject="Entrevista confirmada: Backend Developer (Go) – Nubaria",
              when="2026-10-21 11:05", zone="Europe/Madrid",
              msgid="<6536f0a2c9e1d_3b2f1a8c41277@teamtailor-worker-7c9d.mail>",
              server="from mail-eu.teamtailor-mail.com (mail-eu.teamtailor-mail.com [185.250.239.41])",
              ident="Tt5sN0aQz81c",
              extra=[("Reply-To", addr("Lucía Benavent", "lucia.benavent@nubaria.es")),
                     ("X-Mailer", "Teamtailor")])
    return message(hs, alt(text(body), html(page)))


@mail(n(5), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-02 12:00", LIMA), end=utc("2026-11-02 13:00", LIMA),
      local="Mon 2026-11-02 12:00", local_end="2026-11-02 13:00", zone=LIMA,
      contact="priya.natarajan@fogline.dev", company="Fogline",
      note="Ashby confirmation, base64 text+HTML plus ICS. Body shows the candidate's zone: Mon 2 Nov "
           "12:00-1:00 PM (GMT-05:00) Lima = 17:00-18:00Z; the ICS says 09:00-10:00 America/Los_Angeles, "
           "which is PST (UTC-8) because the US left daylight time on 1 Nov, while the mail itself was "
           "sent in PDT; contact = Reply-To coordinator (also ORGANIZER)")
def fogline_ashby():
    body = t("""
        Hi Valeria,

        Your interview with Fogline is confirmed. We're looking forward to speaking with you!

        System Design Interview - Senior Backend Engineer (Remote, Americas)
        Monday, November 2, 2026
        12:00 PM - 1:00 PM (GMT-05:00) Lima

        Location: Google Meet - https://meet.google.com/fgl-snrb-akd

        You'll meet with:
          Tomasz Wierzbicki - Engineering Manager, Data Plane

        Heads up: the US moves off daylight saving time the day before, so Tomasz will be on at
        9:00 AM Pacific. The time above is already shown in your time zone.

        Questions? Just reply and it will reach Priya Natarajan.

        Thanks,
        Fogline Recruiting
    """)
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Valeria,</p>
        <p>Your interview with Fogline is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><strong>System Design Interview - Senior Backend Engineer (Remote, Americas)</strong><br>
        Monday, November 2, 2026<br>
        12:00 PM - 1:00 PM (GMT-05:00) Lima</p>
        <p>Location: <a href="https://meet.google.com/fgl-snrb-akd">Google Meet</a></p>
        <p>You&#x27;ll meet with:<br>
        &nbsp;&nbsp;Tomasz Wierzbicki - Engineering Manager, Data Plane</p>
        <p>Heads up: the US moves off daylight saving time the day before, so Tomasz will be on at
        9:00 AM Pacific. The time above is already shown in your time zone.</p>
        <p>Questions? Just reply and it will reach Priya Natarajan.</p>
        <p>Thanks,<br>Fogline Recruiting</p>
        </body></html>
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + TZ_LOS_ANGELES + "\n" + t("""
        BEGIN:VEVENT
        UID:3f1c9a70-58be-4c2e-a1d4-0b7e5d2f9c61
        DTSTAMP:20261028T201733Z
        DTSTART;TZID=America/Los_Angeles:20261102T090000
        DTEND;TZID=America/Los_Angeles:20261102T100000
        SEQUENCE:0
        SUMMARY:Fogline - System Design Interview (Valeria Quispe)
        LOCATION:https://meet.google.com/fgl-snrb-akd
        ORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan@fogline.dev
        ATTENDEE;CN=Valeria Quispe;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:valeria.quispe@example.org
        ATTENDEE;CN=Tomasz Wierzbicki;ROLE=REQ-PARTICIPANT:mailto:tomasz@fogline.dev
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(frm=addr("Fogline", "no-reply@ashbyhq.com"),
              subject="Interview confirmed: Senior Backend Engineer (Remote, Americas) at Fogline",
              when="2026-10-28 13:17", zone="America/Los_Angeles",
              msgid="<0100019a2c61f0d4-7d0e11c2-90b3-4ab8-8f62-13c0b9a51e47-000000@email.amazonses.com>",
              server="from mail.ashbyhq.com (mail.ashbyhq.com [54.240.11.87])",
              ident="As1bY7hQm2Kf",
              extra=[("Reply-To", addr("Priya Natarajan", "priya.natarajan@fogline.dev"))])
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, method=None, cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@mail(n(6), family="workday", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-10 11:00", "America/Santiago"), end=None,
      local="Thu 2026-09-10 11:00", zone="America/Santiago",
      contact="constanza.munoz@bancoaustral.cl", company="Banco Austral Digital",
      note="Workday notification from a Santiago bank, DD/MM date 10/09/2026, '11:00 hrs (hora de Chile "
           "continental)'. DST edge: sent Thu 3 Sep while Chile is on UTC-4, but Chile moved to summer "
           "time (UTC-3) on Sun 6 Sep, so 11:00 = 14:00Z (= 09:00 in Lima); no duration; contact = "
           "recruiter address in the body (sender is the Workday tenant mailbox)")
def austral_workday():
    body = t("""
        Estimada Valeria Quispe:

        Junto con saludar, le informamos que ha sido seleccionada para continuar en el proceso de
        selección del cargo Ingeniero(a) de Software Backend Senior (R-0048213).

        Detalle de la entrevista
        Tipo: Entrevista técnica por videollamada (Microsoft Teams)
        Fecha: 10/09/2026
        Hora: 11:00 hrs (hora de Chile continental)
        Entrevistadores: Felipe Cárcamo, Subgerente de Arquitectura; Constanza Muñoz, Reclutamiento

        El enlace de conexión le llegará en una invitación aparte. Considere que desde el domingo
        6 de septiembre Chile se encuentra en horario de verano.

        Ante cualquier consulta puede escribir a Constanza Muñoz (constanza.munoz@bancoaustral.cl).

        Atentamente,
        Gerencia de Personas
        Banco Austral Digital

        Este es un mensaje automático enviado desde Workday. Por favor no responda a este correo.
    """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Arial,sans-serif;font-size:13px">
        <p>Estimada Valeria Quispe:</p>
        <p>Junto con saludar, le informamos que ha sido seleccionada para continuar en el proceso de
        selección del cargo <b>Ingeniero(a) de Software Backend Senior (R-0048213)</b>.</p>
        <p><u>Detalle de la entrevista</u><br>
        Tipo: Entrevista técnica por videollamada (Microsoft Teams)<br>
        Fecha: 10/09/2026<br>
        Hora: 11:00 hrs (hora de Chile continental)<br>
        Entrevistadores: Felipe Cárcamo, Subgerente de Arquitectura; Constanza Muñoz, Reclutamiento</p>
        <p>El enlace de conexión le llegará en una invitación aparte. Considere que desde el domingo
        6 de septiembre Chile se encuentra en horario de verano.</p>
        <p>Ante cualquier consulta puede escribir a Constanza Muñoz
        (<a href="mailto:constanza.munoz@bancoaustral.cl">constanza.munoz@bancoaustral.cl</a>).</p>
        <p>Atentamente,<br>Gerencia de Personas<br>Banco Austral Digital</p>
        <p style="font-size:10px;color:#777">Este es un mensaje automático enviado desde Workday. Por favor no responda a este correo.</p>
        </div></body></html>
    """)
    hs = head(frm=addr("Banco Austral Digital", "bancoaustral@myworkday.com"),
              subject="Citación a entrevista – Ingeniero(a) de Software Backend Senior",
              when="2026-09-03 16:48", zone="America/Santiago",
              msgid="<1840373605.86214.1788468480712@wd5-prod-notif-12.myworkday.com>",
              server="from wd5-smtp-out.myworkday.com (wd5-smtp-out.myworkday.com [198.51.100.77])",
              ident="Wd3aY6tPq9Lx")
    return message(hs, alt(text(body, cte="8bit"), html(page, cte="8bit")))


@mail(n(7), family="smartrecruiters", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-07 09:00", "America/Bogota"), end=utc("2026-10-07 10:00", "America/Bogota"),
      local="Wed 2026-10-07 09:00", local_end="2026-10-07 10:00", zone="America/Bogota",
      contact="andres.ospina@cafetal.co", company="Cafetal Logística",
      note="SmartRecruiters from a Bogotá company (HTML only + ICS in UTC): miércoles 7 oct 9:00-10:00 "
           "a. m. (GMT-05:00) Bogotá = 14:00-15:00Z; ICS DTSTART 140000Z agrees; contact = ICS "
           "ORGANIZER hiring manager (the sender is a no-reply address)")
def cafetal_smartrecruiters():
    page = t("""
        <html><head><meta charset="UTF-8"></head>
        <body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#3d3d3d;background:#fafafa">
        <div style="max-width:600px;margin:0 auto;background:#fff;padding:28px">
        <img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/5f8a1c/cafetal.png" alt="Cafetal Logística" height="36">
        <h2 style="font-weight:600;color:#1d2d3e">Tu entrevista ha sido programada</h2>
        <p>¡Hola Valeria!</p>
        <p>Te confirmamos la entrevista para la posición <b>Desarrollador(a) Backend Sr. – Plataforma de Rutas</b>
        en Cafetal Logística, el próximo miércoles.</p>
        <table style="font-size:14px" cellpadding="3">
        <tr><td style="color:#8a8a8a">Fecha</td><td>miércoles, 7 de octubre de 2026</td></tr>
        <tr><td style="color:#8a8a8a">Hora</td><td>9:00 a.&nbsp;m. – 10:00 a.&nbsp;m. (GMT-05:00) Bogotá</td></tr>
        <tr><td style="color:#8a8a8a">Lugar</td><td>Videollamada – el enlace está en la invitación adjunta</td></tr>
        <tr><td style="color:#8a8a8a">Entrevistador</td><td>Andrés Felipe Ospina, Líder de Ingeniería</td></tr>
        </table>
        <p>Te recomendamos conectarte cinco minutos antes. Si tienes alguna pregunta, puedes escribirle
        directamente a Andrés Felipe.</p>
        <p>¡Muchos éxitos!<br>Equipo de Talento Humano · Cafetal Logística</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:11px;color:#9b9b9b">Este mensaje fue enviado por SmartRecruiters en nombre de Cafetal Logística.
        SmartRecruiters Inc., 225 Bush Street, San Francisco, CA 94104.
        <a href="https://jobs.smartrecruiters.com/privacy-policy" style="color:#9b9b9b">Política de privacidad</a></p>
        </div></body></html>
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//SmartRecruiters//Interview Scheduler//ES
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:sr-int-6a0f31d2-3b8c-4e7d-b1f1-cafetal-0917
        DTSTAMP:20261001T151244Z
        DTSTART:20261007T140000Z
        DTEND:20261007T150000Z
        SUMMARY:Entrevista: Desarrollador(a) Backend Sr. – Valeria Quispe
        LOCATION:https://meet.google.com/cft-rtas-bgo
        ORGANIZER;CN=Andrés Felipe Ospina:mailto:andres.ospina@cafetal.co
        ATTENDEE;CN=Valeria Quispe;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:valeria.quispe@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(frm=addr("Cafetal Logística", "noreply@smartrecruiters.com"),
              subject="Entrevista programada: Desarrollador(a) Backend Sr. – Plataforma de Rutas",
              when="2026-10-01 10:12", zone="America/Bogota",
              msgid="<20261001151244.8f1e2a7c40b5@mail.smartrecruiters.com>",
              server="from mail-out-12.smartrecruiters.com (mail-out-12.smartrecruiters.com [52.28.177.12])",
              ident="Sr8cLk2aPz4q")
    return message(hs, mixed(html(page),
                             calendar(ics, method="REQUEST", cte="8bit", filename="entrevista.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(8), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-22 10:30", "America/Chicago"), end=utc("2026-10-22 11:15", "America/Chicago"),
      local="Thu 2026-10-22 10:30", local_end="2026-10-22 11:15", zone="America/Chicago",
      contact="caleb@pecangrove.io", company="Pecan Grove Data",
      note="Calendly invitee confirmation, no ICS: 10:30am-11:15am Central Time on Thu 22 Oct, still "
           "CDT (UTC-5) -> 15:30-16:15Z, which happens to equal Lima time; contact = Reply-To host")
def pecangrove_calendly():
    body = t("""
        Hi Valeria Quispe,

        Your Backend Engineer - Hiring Manager Interview with Caleb Harmon at 10:30am
        (Central Time - US & Canada) on Thursday, October 22, 2026 is scheduled.

        Event Type:
        Backend Engineer - Hiring Manager Interview

        Event Date/Time:
        10:30am - 11:15am, Thursday, October 22, 2026 (Central Time - US & Canada)

        Location:
        This is a Zoom web conference.
        https://pecangrove.zoom.us/j/93017724160

        Invitee Time Zone:
        Central Time - US & Canada

        Questions:
        Anything you'd like us to know before the call?
        I'm based in Lima (UTC-5) - happy to talk about the event-ingestion work I did at my current job.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7c1f0e62-24c1-4f2a-9b0d-6e3e4f8d1a55
        Reschedule: https://calendly.com/reschedulings/7c1f0e62-24c1-4f2a-9b0d-6e3e4f8d1a55

        Powered by Calendly.com
    """)
    page = t("""
        <html><body style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;color:#0a2540;font-size:15px">
        <table width="100%"><tr><td align="center"><table width="540"><tr><td>
        <p>Hi Valeria Quispe,</p>
        <p>Your <b>Backend Engineer - Hiring Manager Interview</b> with Caleb Harmon at 10:30am
        (Central Time - US &amp; Canada) on Thursday, October 22, 2026 is scheduled.</p>
        <p><b>Event Type:</b><br>Backend Engineer - Hiring Manager Interview</p>
        <p><b>Event Date/Time:</b><br>10:30am - 11:15am, Thursday, October 22, 2026 (Central Time - US &amp; Canada)</p>
        <p><b>Location:</b><br>This is a Zoom web conference.<br><a href="https://pecangrove.zoom.us/j/93017724160">https://pecangrove.zoom.us/j/93017724160</a></p>
        <p><b>Invitee Time Zone:</b><br>Central Time - US &amp; Canada</p>
        <p><b>Questions:</b><br>Anything you'd like us to know before the call?<br>
        I'm based in Lima (UTC-5) - happy to talk about the event-ingestion work I did at my current job.</p>
        <p>Need to make changes to this event?<br>
        <a href="https://calendly.com/cancellations/7c1f0e62-24c1-4f2a-9b0d-6e3e4f8d1a55">Cancel</a> &nbsp;
        <a href="https://calendly.com/reschedulings/7c1f0e62-24c1-4f2a-9b0d-6e3e4f8d1a55">Reschedule</a></p>
        <p style="font-size:12px;color:#6b7c93">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </td></tr></table></td></tr></table>
        </body></html>
    """)
    hs = head(frm=addr("Calendly", "notifications@calendly.com"),
              subject="Confirmed: Backend Engineer - Hiring Manager Interview with Caleb Harmon on Thursday, "
                      "October 22, 2026",
              when="2026-10-20 16:02", zone="America/Chicago",
              msgid="<0102019a0c3d5e1f-2be4b7c9-61d0-4a7f-b8a3-5c09e2f4d6a1-000000@us-west-2.amazonses.com>",
              server="from a27-31.smtp-out.us-west-2.amazonses.com (a27-31.smtp-out.us-west-2.amazonses.com [54.240.27.31])",
              ident="Cy2mLq8Vb1Rz",
              extra=[("Reply-To", addr("Caleb Harmon", "caleb@pecangrove.io"))])
    return message(hs, alt(text(body), html(page)))


@mail(n(9), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-08 15:00", "America/Argentina/Buenos_Aires"),
      end=utc("2026-10-08 16:00", "America/Argentina/Buenos_Aires"),
      local="Thu 2026-10-08 15:00", local_end="2026-10-08 16:00", zone="America/Argentina/Buenos_Aires",
      contact="martina@yerbalabs.com.ar", company="Yerba Labs",
      note="Google Calendar invitation in Spanish from a Buenos Aires startup (description in voseo): "
           "jue 8 oct 15:00-16:00 hora estándar de Argentina (UTC-3, no DST) = 18:00-19:00Z; ICS "
           "America/Argentina/Buenos_Aires agrees; contact = organizer")
def yerba_gcal():
    desc = ("¡Hola Vale! Como charlamos, la idea es que nos cuentes de algún sistema que hayas diseñado "
            "y después hacemos un pairing cortito en Go. Traé tus preguntas sobre el equipo, nosotros "
            "llevamos el mate. Cualquier cosa me escribís por acá.")
    body = t(f"""
        Has recibido una invitación para el siguiente evento.

        Entrevista técnica – Valeria Quispe / Yerba Labs
        jueves, 8 de octubre de 2026⋅15:00 – 16:00
        Hora estándar de Argentina - Buenos Aires

        Unirse con Google Meet
        https://meet.google.com/yrb-lbsq-ent

        Invitados
        Martina Ferreyra - organizadora
        Nicolás Bustos
        valeria.quispe@example.org

        {desc}

        ¿Asistirás?
        Sí: https://calendar.google.com/calendar/event?action=RESPOND&eid=M2Y0a2&rst=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid=M2Y0a2&rst=2
        Quizás: https://calendar.google.com/calendar/event?action=RESPOND&eid=M2Y0a2&rst=3

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Has recibido este correo electrónico porque estás invitado a este evento. Para dejar de
        recibir actualizaciones, rechaza la invitación.
    """)
    page = t(f"""
        <html><head><meta charset="utf-8"></head><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p style="font-size:14px">Has recibido una invitación para el siguiente evento.</p>
        <h2 style="font-size:20px;font-weight:400;color:#1f1f1f">Entrevista técnica – Valeria Quispe / Yerba Labs</h2>
        <div style="font-size:14px">jueves, 8 de octubre de 2026⋅15:00 – 16:00<br>Hora estándar de Argentina - Buenos Aires</div>
        <p><a href="https://meet.google.com/yrb-lbsq-ent" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Unirse con Google Meet</a></p>
        <p style="font-size:14px"><b>Invitados</b><br>Martina Ferreyra - organizadora<br>Nicolás Bustos<br>valeria.quispe@example.org</p>
        <p style="font-size:14px">{desc}</p>
        <p style="font-size:14px">¿Asistirás? <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=M2Y0a2&amp;rst=1">Sí</a>
        · <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=M2Y0a2&amp;rst=2">No</a>
        · <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=M2Y0a2&amp;rst=3">Quizás</a></p>
        <p style="font-size:12px;color:#70757a">Invitación de Google Calendar. Has recibido este correo electrónico porque estás invitado a este evento.</p>
        </div></body></html>
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + TZ_BUENOS_AIRES + "\n" + t(f"""
        BEGIN:VEVENT
        DTSTART;TZID=America/Argentina/Buenos_Aires:20261008T150000
        DTEND;TZID=America/Argentina/Buenos_Aires:20261008T160000
        DTSTAMP:20261003T153012Z
        ORGANIZER;CN=Martina Ferreyra:mailto:martina@yerbalabs.com.ar
        UID:3f4k2m8q1n7v5b9c0x6z@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Martina Ferreyra;X-NUM-GUESTS=0:mailto:martina@yerbalabs.com.ar
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nicolás Bustos;X-NUM-GUESTS=0:mailto:nico@yerbalabs.com.ar
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valeria.quispe@example.org;X-NUM-GUESTS=0:mailto:valeria.quispe@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/yrb-lbsq-ent
        CREATED:20261003T152944Z
        DESCRIPTION:{desc}
        LAST-MODIFIED:20261003T153012Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista técnica – Valeria Quispe / Yerba Labs
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(frm=addr("Martina Ferreyra", "martina@yerbalabs.com.ar"),
              subject="Invitación: Entrevista técnica – Valeria Quispe / Yerba Labs @ jue 8 oct 2026 "
                      "15:00 - 16:00 (GMT-3) (valeria.quispe@example.org)",
              when="2026-10-03 12:30", zone="America/Argentina/Buenos_Aires",
              msgid="<calendar-6c2e91d4-0a7b-4f3e-b58d-2d1f9e3a7c40@google.com>",
              server="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              ident="Gc4vR7nWq2Ls",
              extra=[("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                     ("Reply-To", addr("Martina Ferreyra", "martina@yerbalabs.com.ar"))])
    return message(hs, mixed(alt(text(body), html(page),
                                 calendar(ics, method="REQUEST", cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(10), family="exchange", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-22 17:00", "Europe/Madrid"), end=utc("2026-09-22 18:00", "Europe/Madrid"),
      local="Tue 2026-09-22 17:00", local_end="2026-09-22 18:00", zone="Europe/Madrid",
      contact="bolmedo@serranoiriarte.es", company="Serrano & Iriarte Tech",
      note="Exchange/Teams meeting request from a Madrid consultancy. The body's 'Cuándo' line shows the "
           "Windows display name '(UTC+01:00) Bruselas, Copenhague, Madrid, París' although Madrid is on "
           "CEST (UTC+2) in September: 17:00-18:00 = 15:00-16:00Z; the ICS (TZID Romance Standard Time "
           "with its DST rule) agrees; contact = ORGANIZER / sender")
def serrano_exchange():
    teams = TEAMS_ES.format(mid="NTA3ZjE0OGEtZDM2Yy00YjE5LWI1N2QtMmRhYzk4MGU2ZWFh",
                            tid="6f1c2a9e-41b7-4d3c-a0e8-5b9f7c2d1e40", num="374 981 205 116",
                            code="sX7qP4")
    body = t("""
        Cuándo: martes, 22 de septiembre de 2026 17:00-18:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París.
        Dónde: Reunión de Microsoft Teams

        Hola Valeria:

        Como te comenté por teléfono, te envío la convocatoria para la entrevista técnica del puesto
        de Desarrolladora Backend Java/Kotlin (proyecto banca, remoto desde Latinoamérica). Estaremos
        Íñigo Saldaña, arquitecto de la cuenta, y yo.

        Si no te encaja, dímelo y buscamos otro hueco.

        Un saludo,
        Beatriz Olmedo
        Talent Acquisition | Serrano & Iriarte Tech
        C/ de Serrano 41, 28001 Madrid | +34 915 77 30 12

        """) + teams
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\"></head>\n"
            "<body lang=\"ES\" link=\"#0563C1\" vlink=\"#954F72\">\n<div class=\"WordSection1\">\n"
            "<p class=\"MsoNormal\">Cuándo: martes, 22 de septiembre de 2026 17:00-18:00 (UTC+01:00) "
            "Bruselas, Copenhague, Madrid, París.<br>Dónde: Reunión de Microsoft Teams</p>\n"
            "<p class=\"MsoNormal\">Hola Valeria:</p>\n"
            "<p class=\"MsoNormal\">Como te comenté por teléfono, te envío la convocatoria para la entrevista "
            "técnica del puesto de Desarrolladora Backend Java/Kotlin (proyecto banca, remoto desde "
            "Latinoamérica). Estaremos Íñigo Saldaña, arquitecto de la cuenta, y yo.</p>\n"
            "<p class=\"MsoNormal\">Si no te encaja, dímelo y buscamos otro hueco.</p>\n"
            "<p class=\"MsoNormal\">Un saludo,<br>Beatriz Olmedo<br>Talent Acquisition | Serrano &amp; Iriarte "
            "Tech<br>C/ de Serrano 41, 28001 Madrid | +34 915 77 30 12</p>\n"
            "<div style=\"margin-bottom:.25in;overflow:hidden\"><p class=\"MsoNormal\">"
            "<span style=\"font-size:18.0pt;font-family:'Segoe UI',sans-serif;color:#252424\">"
            "Reunión de Microsoft Teams</span></p>\n<p class=\"MsoNormal\"><a href=\"https://teams.microsoft.com/"
            "l/meetup-join/19%3ameeting_NTA3ZjE0OGEtZDM2Yy00YjE5LWI1N2QtMmRhYzk4MGU2ZWFh%40thread.v2/0\">"
            "Haga clic aquí para unirse a la reunión</a></p>\n<p class=\"MsoNormal\">Id. de la reunión: "
            "374 981 205 116<br>Código de acceso: sX7qP4</p></div>\n</div>\n</body></html>\n")
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + TZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Beatriz Olmedo:mailto:bolmedo@serranoiriarte.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valeria Quispe:mailto:valeria.quispe@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Íñigo Saldaña:mailto:isaldana@serranoiriarte.es
        DESCRIPTION;LANGUAGE=es-ES:Hola Valeria:\\n\\nComo te comenté por teléfono\\, te envío la convocatoria para la entrevista técnica del puesto de Desarrolladora Backend Java/Kotlin.\\n
        UID:040000008200E00074C5B7101A82E00800000000B0D3F2A1C34BDC01000000000000000010000000E4F1A7C2B58D9E4C8F0A3D6B2E7C1F59
        SUMMARY;LANGUAGE=es-ES:Entrevista técnica – Backend Java/Kotlin – Valeria Quispe
        DTSTART;TZID=Romance Standard Time:20260922T170000
        DTEND;TZID=Romance Standard Time:20260922T180000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260916T114012Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2123467130
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NTA3ZjE0OGEtZDM2Yy00YjE5LWI1N2QtMmRhYzk4MGU2ZWFh%40thread.v2/0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-LOCATIONS:[{"DisplayName":"Reunión de Microsoft Teams","LocationAnnotation":"","LocationSource":0,"Unresolved":false,"LocationUri":""}]
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(frm=addr("Beatriz Olmedo", "bolmedo@serranoiriarte.es"),
              subject="Entrevista técnica – Backend Java/Kotlin – Valeria Quispe",
              when="2026-09-16 13:40", zone="Europe/Madrid",
              msgid="<DB9PR04MB8412A7C5E13F90B2D4C6A1E8F3B72@DB9PR04MB8412.eurprd04.prod.outlook.com>",
              server="from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2071.outbound.protection.outlook.com [40.107.20.71])",
              ident="Ex0rQ5mTz7Hd",
              extra=[("Thread-Topic", enc("Entrevista técnica – Backend Java/Kotlin – Valeria Quispe")),
                     ("Thread-Index", "AdtF3k9Q2m7xYbV1Rk2vXq8cJw3nPg=="),
                     ("Content-Language", "es-ES"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", ""),
                     ("X-MS-Exchange-Organization-AuthAs", "Anonymous")])
    return message(hs, alt(text(body), html(page),
                           calendar(ics, method="REQUEST", cte="base64")))


@mail(n(11), family="exchange", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-10 13:00", "America/Chicago"), end=utc("2026-11-10 14:00", "America/Chicago"),
      local="Tue 2026-11-10 13:00", local_end="2026-11-10 14:00", zone="America/Chicago",
      contact="rkowalczyk@lakeshoremutual.com", company="Lakeshore Mutual",
      note="Outlook/Teams meeting request whose body says only 'sending over the invite for your panel': "
           "the time is only in the ICS, DTSTART;TZID=Central Standard Time 20261110T130000, i.e. CST "
           "(UTC-6, after the US change on 1 Nov) = 19:00-20:00Z; contact = ORGANIZER / sender")
def lakeshore_exchange():
    teams = TEAMS_EN.format(mid="ZGM4YTI0ZTEtNmQ3Zi00ZTk1LWE2MjMtYmU4ZjQ5YzA3MWQz",
                            tid="9b2e7d41-6c0a-4f18-8d3e-21a5f7c9b064", num="229 604 837 551",
                            code="Hq9sT2")
    body = t("""
        Hi Valeria,

        Sending over the invite for your panel with the Claims Platform team - it'll be Jamal Reed
        (Director, Platform Engineering) and Sun-min Park (Principal Engineer). They'll go deep on
        the event-sourcing project you mentioned, so have a diagram handy if you can.

        Looking forward to it!

        Renee Kowalczyk
        Senior Technical Recruiter | Lakeshore Mutual
        o: 312-555-0148

        """) + teams
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
            "<body><div style=\"font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt\">\n"
            "<p>Hi Valeria,</p>\n<p>Sending over the invite for your panel with the Claims Platform team - "
            "it'll be Jamal Reed (Director, Platform Engineering) and Sun-min Park (Principal Engineer). They'll "
            "go deep on the event-sourcing project you mentioned, so have a diagram handy if you can.</p>\n"
            "<p>Looking forward to it!</p>\n<p>Renee Kowalczyk<br>Senior Technical Recruiter | Lakeshore "
            "Mutual<br>o: 312-555-0148</p>\n</div>\n<div style=\"margin-bottom:24px;overflow:hidden\">"
            "<p style=\"font-size:24px;font-family:'Segoe UI',sans-serif\">Microsoft Teams meeting</p>\n"
            "<p><a href=\"https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGM4YTI0ZTEtNmQ3Zi00ZTk1"
            "LWE2MjMtYmU4ZjQ5YzA3MWQz%40thread.v2/0\">Click here to join the meeting</a></p>\n"
            "<p>Meeting ID: 229 604 837 551<br>Passcode: Hq9sT2</p></div>\n</body></html>\n")
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Central Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Renee Kowalczyk:mailto:rkowalczyk@lakeshoremutual.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valeria Quispe:mailto:valeria.quispe@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jamal Reed:mailto:jreed@lakeshoremutual.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sun-min Park:mailto:spark@lakeshoremutual.com
        DESCRIPTION;LANGUAGE=en-US:Hi Valeria\\,\\n\\nSending over the invite for your panel with the Claims Platform team.\\n
        UID:040000008200E00074C5B7101A82E0080000000060A4E2B7D46FDC01000000000000000010000000A7B3C9D1E2F4058697A8B9C0D1E2F3A4
        SUMMARY;LANGUAGE=en-US:Valeria Quispe - Panel Interview (Claims Platform)
        DTSTART;TZID=Central Standard Time:20261110T130000
        DTEND;TZID=Central Standard Time:20261110T140000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261106T162011Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:-1893340417
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGM4YTI0ZTEtNmQ3Zi00ZTk1LWE2MjMtYmU4ZjQ5YzA3MWQz%40thread.v2/0
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
    hs = head(frm=addr("Renee Kowalczyk", "rkowalczyk@lakeshoremutual.com"),
              subject="Valeria Quispe - Panel Interview (Claims Platform)",
              when="2026-11-06 10:20", zone="America/Chicago",
              msgid="<CH3PR12MB7618D4F2A90C51E7B3A6F0C29D184@CH3PR12MB7618.namprd12.prod.outlook.com>",
              server="from NAM12-MW2-obe.outbound.protection.outlook.com (mail-mw2nam12on2100.outbound.protection.outlook.com [40.107.244.100])",
              ident="Lk6uP1sVb9Wc",
              extra=[("Thread-Topic", "Valeria Quispe - Panel Interview (Claims Platform)"),
                     ("Thread-Index", "AdtQ8rWm3kZ5lYc0QiWb1n2hT7vJxA=="),
                     ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")])
    return message(hs, alt(text(body), html(page),
                           calendar(ics, method="REQUEST", cte="base64")))


@mail(n(12), family="human_prose", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-12 16:30", "America/Los_Angeles"), end=utc("2026-11-12 17:15", "America/Los_Angeles"),
      local="Thu 2026-11-12 16:30", local_end="2026-11-12 17:15", zone="America/Los_Angeles",
      contact="nate@quillfeather.com", company="Quillfeather",
      note="Hiring manager's phone reply on top of Valeria's quoted slots: 'Thursday 4:30 PT', '45 min'. "
           "Sent Mon 9 Nov 18:47 PST (already Tue 10 Nov in UTC) -> Thu 12 Nov 16:30-17:15 PST (UTC-8) "
           "= Fri 13 Nov 00:30-01:15Z, another day in UTC; contact = human sender",
      days=(("Mon", "2026-11-09"), ("Wed", "2026-11-11"), ("Thu", "2026-11-12")))
def quillfeather_phone():
    body = t("""
        Thursday 4:30 PT works great, locking it in. Hanna from our people team will send the calendar invite w/ zoom link in a bit. It'll be 45 min with me and Sasha from platform, mostly a conversation about the queueing stuff you built, no leetcode.

        Talk soon
        Nate

        Sent from my iPhone

        > On Nov 9, 2026, at 3:12 PM, Valeria Quispe <valeria.quispe@example.org> wrote:
        >
        > Hi Nate,
        >
        > Thanks for the quick reply! Happy to meet the team. I could do Wednesday 11/11 any time after 1pm PT, or Thursday 11/12 between 3 and 6pm PT (I'm in Lima, so that's 6-9pm for me, no problem).
        >
        > Best,
        > Valeria
        >
        >> On Mon, Nov 9, 2026 at 10:05 AM Nate Ellison <nate@quillfeather.com> wrote:
        >>
        >> Hey Valeria - loved your take-home. Want to do the hiring manager chat this week? Send me a couple of windows that work.
        >>
        >> Nate
    """)
    hs = head(frm=addr("Nate Ellison", "nate@quillfeather.com"),
              subject="Re: Quillfeather - next steps",
              when="2026-11-09 18:47", zone="America/Los_Angeles",
              msgid="<4C7E0B2A-9F31-4D8E-A6C5-17B2E3F08D94@quillfeather.com>",
              server="from mail-pl1-f180.google.com (mail-pl1-f180.google.com [209.85.214.180])",
              ident="Qf3nE8pXw1Tm",
              extra=[("In-Reply-To", "<CAE7p2Lq9vX+Rk3mWz0sT4bN8yJ1uQ5hD6fG2aC@mail.gmail.com>"),
                     ("References", "<CAKx1Y0mB3nQ7rT5vW9zA2cE4gI6kM8oP0sU@mail.gmail.com> "
                                    "<CAE7p2Lq9vX+Rk3mWz0sT4bN8yJ1uQ5hD6fG2aC@mail.gmail.com>"),
                     ("X-Mailer", "iPhone Mail (22B83)")])
    return message(hs, text(body))


@mail(n(13), family="zoom", lang="es", interview=True, kind="scheduled",
      start=utc("2026-12-03 12:00", "America/Mexico_City"), end=utc("2026-12-03 13:00", "America/Mexico_City"),
      local="Thu 2026-12-03 12:00", local_end="2026-12-03 13:00", zone="America/Mexico_City",
      contact="dvillasenor@ocotillo.com.mx", company="Grupo Ocotillo",
      note="Mexican recruiter (Gmail) with a pasted Zoom invitation: 'jueves 3 de diciembre a las 12:00 "
           "p. m. hora de la CDMX', Zoom 'Hora: 3 dic 2026 12:00 p. m. Ciudad de México'; CDMX is UTC-6 "
           "all year -> 18:00Z (the body's '1:00 p. m. en Lima' agrees); 'durará una hora' is an exact "
           "length -> end 19:00Z; contact = human sender")
def ocotillo_zoom():
    body = t("""
        Hola Valeria, ¿qué tal?

        Te confirmo tu entrevista con Rodrigo Garza (Head de Ingeniería) para el jueves 3 de diciembre a las 12:00 p. m. hora de la CDMX (en Lima serían la 1:00 p. m.). La entrevista durará una hora y es por Zoom; abajo te dejo los datos.

        Cualquier cosa aquí ando.

        Saludos,
        Daniela

        --
        Daniela Villaseñor
        Reclutamiento TI | Grupo Ocotillo
        Tel. 55 4120 8831

        Daniela Villaseñor le está invitando a una reunión de Zoom programada.

        Tema: Entrevista Valeria Quispe - Backend Sr
        Hora: 3 dic 2026 12:00 p. m. Ciudad de México

        Unirse a la reunión Zoom
        https://ocotillo.zoom.us/j/81246093357?pwd=T2NvdGlsbG9WYWxlcmlhMDMxMg.1

        ID de reunión: 812 4609 3357
        Código de acceso: 640211

        ---

        Móvil con un toque
        +525541614288,,81246093357#,,,,*640211# México
        +525588266000,,81246093357#,,,,*640211# México

        Encuentre su número local: https://ocotillo.zoom.us/u/kbXq2mLs
    """)
    hs = head(frm=addr("Daniela Villaseñor", "dvillasenor@ocotillo.com.mx"),
              subject="Entrevista Grupo Ocotillo - jueves 3 de diciembre",
              when="2026-11-27 13:05", zone="America/Mexico_City",
              msgid="<CAN4q9rT2xLmB7vZ0kW3pS8dF1hJ6yC5aE_Qm+7uR2@mail.gmail.com>",
              server="from mail-yw1-f172.google.com (mail-yw1-f172.google.com [209.85.128.172])",
              ident="Oc7tL4mRq2Vx")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(14), family="gupy", lang="pt", interview=True, kind="scheduled",
      start=utc("2026-11-24 10:00", "America/Sao_Paulo"), end=utc("2026-11-24 11:00", "America/Sao_Paulo"),
      local="Tue 2026-11-24 10:00", local_end="2026-11-24 11:00", zone="America/Sao_Paulo",
      contact="leticia.andrade@cajuina.com.br", company="Cajuína Tecnologia",
      note="Gupy (Brazilian ATS), Portuguese, HTML only: 24/11/2026 10h00 às 11h00 (horário de "
           "Brasília, UTC-3, no DST since 2019) = 13:00-14:00Z (the body's '8h00 em Lima' agrees); "
           "sender is a no-reply address; contact = recruiter address in the body")
def cajuina_gupy():
    page = t("""
        <!DOCTYPE html>
        <html lang="pt-BR"><head><meta charset="utf-8"><title>Entrevista agendada</title></head>
        <body style="margin:0;background:#f4f5fb;font-family:Lato,Arial,sans-serif;color:#2b2f3a">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
        <table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px">
        <tr><td style="padding:32px 40px">
        <p style="font-size:18px;font-weight:bold">Olá, Valeria!</p>
        <p>Que bom ter você no processo seletivo para <b>Pessoa Desenvolvedora Back-end Sênior (Remoto - LATAM)</b>
        da Cajuína Tecnologia. Sua entrevista foi agendada:</p>
        <table cellpadding="6" style="background:#f7f7fc;border-radius:6px;width:100%">
        <tr><td><b>Etapa:</b> Entrevista técnica com o time de Pagamentos</td></tr>
        <tr><td><b>Data:</b> 24/11/2026 (terça-feira)</td></tr>
        <tr><td><b>Horário:</b> 10h00 às 11h00 (horário de Brasília) – 8h00 em Lima</td></tr>
        <tr><td><b>Local:</b> <a href="https://meet.google.com/cjn-tech-vqs">Google Meet</a></td></tr>
        </table>
        <p>A conversa será em espanhol ou inglês, como você preferir. Caso precise reagendar, fale com
        Letícia Andrade pelo e-mail <a href="mailto:leticia.andrade@cajuina.com.br">leticia.andrade@cajuina.com.br</a>.</p>
        <p>Boa sorte!<br>Time de Atração de Talentos<br>Cajuína Tecnologia</p>
        </td></tr>
        <tr><td style="padding:16px 40px;font-size:11px;color:#8a8fa3;border-top:1px solid #eceef5">
        Este é um e-mail automático enviado pela Gupy em nome de Cajuína Tecnologia. Não responda esta mensagem.
        </td></tr>
        </table></td></tr></table>
        </body></html>
    """)
    hs = head(frm=addr("Cajuína Tecnologia", "naoresponda@gupy.io"),
              subject="Sua entrevista foi agendada – Cajuína Tecnologia",
              when="2026-11-18 15:30", zone="America/Sao_Paulo",
              msgid="<01000193f1c2a8d7-94ab3e10-5c7f-4d21-a0e9-8b6f2c4d1e73-000000@email.amazonses.com>",
              server="from a10-44.smtp-out.amazonses.com (a10-44.smtp-out.amazonses.com [54.240.10.44])",
              ident="Gp2yQ9vLm4Ns")
    return message(hs, html(page))


@mail(n(15), family="forward_self", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-16 08:00", "America/Bogota"), end=utc("2026-10-16 08:45", "America/Bogota"),
      local="Fri 2026-10-16 08:00", local_end="2026-10-16 08:45", zone="America/Bogota",
      contact="juliana.restrepo@paramofintech.co", company="Páramo Fintech",
      note="Valeria forwards (as a message/rfc822 attachment) from her old address to this inbox a "
           "Colombian recruiter's confirmation: 'viernes 16 de octubre a las 8:00 a. m. hora Colombia', "
           "'45 minutos'; Bogotá UTC-5 -> 13:00-13:45Z; contact = the recruiter in the forwarded "
           "message (never the candidate's own addresses)")
def paramo_forward():
    original = t("""
        Hola Valeria, ¡qué gusto saludarte!

        Como hablamos ayer por WhatsApp, quedamos entonces el viernes 16 de octubre a las 8:00 a. m. hora Colombia (es la misma hora de Lima) para tu entrevista con Santiago Mejía, nuestro CTO. Son 45 minutos por Google Meet:

        https://meet.google.com/prm-ftec-kcv

        Santiago te va a preguntar sobre diseño de APIs y manejo de concurrencia en sistemas de pagos. Si necesitas algo antes, me escribes.

        Un abrazo,

        Juliana Restrepo
        Talent Partner | Páramo Fintech
        Medellín · Bogotá
    """)
    inner = message([
        ("Received", received("from mail-ej1-f45.google.com (mail-ej1-f45.google.com [209.85.218.45])",
                              "2026-10-13 07:45", "America/Bogota",
                              "mx.example.net with ESMTPS id Pf1mK7sXq0Dz", "valeria.q@example.net")),
        ("From", addr("Juliana Restrepo", "juliana.restrepo@paramofintech.co")),
        ("To", addr("Valeria Quispe", "valeria.q@example.net")),
        ("Subject", enc("Entrevista Páramo Fintech - confirmación")),
        ("Date", date("2026-10-13 07:45", "America/Bogota")),
        ("Message-ID", "<CAH2m7vQ4kP9sX1tR6zB0nW3yL8cF5aJ2dE_u+Kq@mail.gmail.com>"),
    ], alt(text(original), html(gmail_html(original))))
    note = t("""
        para tenerlo en este correo. viernes 8am con el CTO!!

        V.
    """)
    hs = [
        ("Delivered-To", ME),
        ("Received", received("from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03olkn2011.outbound.protection.outlook.com [40.92.57.11])",
                              "2026-10-13 08:02", LIMA, "mx1.example.org with ESMTPS id Fw5vN2qLp8Tc", ME)),
        ("From", addr("Valeria Quispe", "valeria.q@example.net")),
        ("To", ME_FULL),
        ("Subject", enc("RV: Entrevista Páramo Fintech - confirmación")),
        ("Date", date("2026-10-13 08:02", LIMA)),
        ("Message-ID", "<PAXP193MB1642C0E9B1F7A54D2E8C3B19A7F02@PAXP193MB1642.EURP193.PROD.OUTLOOK.COM>"),
        ("Content-Language", "es-419"),
    ]
    return message(hs, mixed(text(note),
                             attached_message(inner, filename="Entrevista Paramo Fintech - confirmacion.eml")))


@mail(n(16), family="recruitee", lang="es", interview=True, kind="scheduled",
      start=utc("2026-12-03 10:30", LIMA), end=None,
      local="Thu 2026-12-03 10:30", zone=LIMA,
      contact="rocio.huaman@incacloud.pe", company="Inca Cloud Services",
      note="Recruitee invitation to an on-site interview in Lima: 'jueves 3 de diciembre de 2026, "
           "10:30 a. m.' (UTC-5) = 15:30Z. The 'Agregar al calendario' links and the calendar box "
           "describe an ALL-DAY event (dates=20261203/20261204, 'Todo el día'): the time is only in "
           "the text; 'duración estimada: 2 horas' is an estimate -> end null; contact = Reply-To "
           "recruiter")
def incacloud_recruitee():
    body = t("""
        Hola Valeria,

        ¡Buenas noticias! Queremos conocerte en persona. Te esperamos para la entrevista final del
        proceso Backend Engineer Senior (Node.js / AWS).

        Fecha: jueves 3 de diciembre de 2026
        Hora de llegada: 10:30 a. m. (hora de Lima)
        Lugar: Calle Las Begonias 475, piso 6, San Isidro, Lima
        Duración estimada: 2 horas (conversación con el equipo + almuerzo ligero)

        En tu calendario: jueves, 3 dic 2026 · Todo el día
        Agregar a Google Calendar: https://calendar.google.com/calendar/render?action=TEMPLATE&text=Entrevista+final+Inca+Cloud&dates=20261203/20261204&location=Calle+Las+Begonias+475
        Agregar a Outlook: https://outlook.live.com/calendar/0/deeplink/compose?subject=Entrevista+final+Inca+Cloud&startdt=2026-12-03&enddt=2026-12-04&allday=true

        Reservamos el día completo en el calendario porque la agenda con el panel puede moverse un
        poco; la hora de llegada es la que indicamos arriba.

        Si tienes alguna duda, responde a este correo y me llegará directamente.

        Saludos,
        Rocío Huamán
        People & Culture | Inca Cloud Services

        --
        Enviado con Recruitee · https://incacloud.recruitee.com
    """)
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:'Inter',Arial,sans-serif;color:#1c2738;font-size:14px;line-height:1.5">
        <div style="max-width:560px;margin:auto;padding:24px">
        <p>Hola Valeria,</p>
        <p>¡Buenas noticias! Queremos conocerte en persona. Te esperamos para la entrevista final del
        proceso <b>Backend Engineer Senior (Node.js / AWS)</b>.</p>
        <p><b>Fecha:</b> jueves 3 de diciembre de 2026<br>
        <b>Hora de llegada:</b> 10:30 a.&nbsp;m. (hora de Lima)<br>
        <b>Lugar:</b> Calle Las Begonias 475, piso 6, San Isidro, Lima<br>
        <b>Duración estimada:</b> 2 horas (conversación con el equipo + almuerzo ligero)</p>
        <div style="border:1px solid #dde3ec;border-radius:6px;padding:12px 16px">
        &#128197; <b>Entrevista final Inca Cloud</b><br>
        jueves, 3 dic 2026 &middot; Todo el día<br>
        <a href="https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text=Entrevista+final+Inca+Cloud&amp;dates=20261203/20261204&amp;location=Calle+Las+Begonias+475">Google Calendar</a> &middot;
        <a href="https://outlook.live.com/calendar/0/deeplink/compose?subject=Entrevista+final+Inca+Cloud&amp;startdt=2026-12-03&amp;enddt=2026-12-04&amp;allday=true">Outlook</a>
        </div>
        <p style="color:#5b6b82">Reservamos el día completo en el calendario porque la agenda con el panel puede moverse un
        poco; la hora de llegada es la que indicamos arriba.</p>
        <p>Si tienes alguna duda, responde a este correo y me llegará directamente.</p>
        <p>Saludos,<br>Rocío Huamán<br>People &amp; Culture | Inca Cloud Services</p>
        <p style="font-size:11px;color:#98a2b3">Enviado con <a href="https://recruitee.com">Recruitee</a></p>
        </div></body></html>
    """)
    hs = head(frm=addr("Inca Cloud Services", "notifications@recruitee.com"),
              subject="Invitación a entrevista final – Inca Cloud Services",
              when="2026-11-30 11:20", zone=LIMA,
              msgid="<656852a1e3b9c_7f2d4a18c3e510@recruitee-mailer-5b8f6.mail>",
              server="from mail3.recruitee.com (mail3.recruitee.com [185.36.115.23])",
              ident="Rc9uB3nTq6Ws",
              extra=[("Reply-To", addr("Rocío Huamán", "rocio.huaman@incacloud.pe"))])
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


# ============================================================================= positives: rescheduled


@mail(n(17), family="greenhouse", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-10-29 11:00", "America/New_York"), end=utc("2026-10-29 12:00", "America/New_York"),
      local="Thu 2026-10-29 11:00", local_end="2026-10-29 12:00", zone="America/New_York",
      contact="colleen.brannigan@tidewaterhealth.com", company="Tidewater Health",
      note="Greenhouse reschedule: previous Tue 27 Oct 1:00 PM EDT, new Thu 29 Oct 11:00 AM-12:00 PM EDT "
           "(US still on daylight time until 1 Nov, UTC-4) = 15:00-16:00Z; ICS SEQUENCE:1 with the new "
           "time; contact = Reply-To recruiter",
      days=(("Tue", "2026-10-27"),))
def tidewater_greenhouse_resched():
    body = t("""
        Hi Valeria,

        Your interview for Backend Engineer II (Care Coordination) at Tidewater Health has been
        rescheduled. Our apologies for the change - one of the interviewers had a conflict.

        PREVIOUS TIME (cancelled)
        Tuesday, October 27, 2026, 1:00 PM - 2:00 PM EDT

        NEW TIME
        Thursday, October 29, 2026, 11:00 AM - 12:00 PM EDT

        Interview: Technical Deep Dive
        Interviewers: Rahul Venkataraman, Sofia Lindqvist
        Location: https://tidewaterhealth.zoom.us/j/96350182274

        An updated calendar invitation is attached. If the new time doesn't work, reply to this
        email and we'll find another slot.

        Thanks,
        Colleen Brannigan
        Talent Acquisition, Tidewater Health
    """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Valeria,</p>
        <p>Your interview for <b>Backend Engineer II (Care Coordination)</b> at Tidewater Health has been
        rescheduled. Our apologies for the change - one of the interviewers had a conflict.</p>
        <p style="color:#888"><b>PREVIOUS TIME (cancelled)</b><br>
        <s>Tuesday, October 27, 2026, 1:00 PM - 2:00 PM EDT</s></p>
        <p><b>NEW TIME</b><br>Thursday, October 29, 2026, 11:00 AM - 12:00 PM EDT</p>
        <p>Interview: Technical Deep Dive<br>Interviewers: Rahul Venkataraman, Sofia Lindqvist<br>
        Location: <a href="https://tidewaterhealth.zoom.us/j/96350182274">https://tidewaterhealth.zoom.us/j/96350182274</a></p>
        <p>An updated calendar invitation is attached. If the new time doesn't work, reply to this
        email and we'll find another slot.</p>
        <p>Thanks,<br>Colleen Brannigan<br>Talent Acquisition, Tidewater Health</p>
        </body></html>
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:gh-interview-8814407-tidewater@greenhouse.io
        DTSTAMP:20261023T194012Z
        DTSTART;TZID=America/New_York:20261029T110000
        DTEND;TZID=America/New_York:20261029T120000
        SUMMARY:Technical Deep Dive - Tidewater Health
        LOCATION:https://tidewaterhealth.zoom.us/j/96350182274
        ORGANIZER;CN=Colleen Brannigan:mailto:colleen.brannigan@tidewaterhealth.com
        ATTENDEE;CN=Valeria Quispe;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:valeria.quispe@example.org
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(frm=addr("Tidewater Health", "no-reply@us.greenhouse-mail.io"),
              subject="Updated Interview: Backend Engineer II (Care Coordination) at Tidewater Health",
              when="2026-10-23 15:40", zone="America/New_York",
              msgid="<Tq4bV8mN1sK0eR7wYc3zXg@geopod-ismtpd-2-1>",
              server="from o3.us.greenhouse-mail.io (o3.us.greenhouse-mail.io [167.89.43.108])",
              ident="Gh6pT3sWq1Lv",
              extra=[("Reply-To", addr("Colleen Brannigan", "colleen.brannigan@tidewaterhealth.com"))])
    return message(hs, mixed(alt(text(body, cte="base64"), html(page)),
                             calendar(ics, method="REQUEST", cte="7bit", filename="invite.ics",
                                      disposition="attachment")))


@mail(n(18), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-12-10 17:00", "America/Santiago"), end=None,
      local="Thu 2026-12-10 17:00", zone="America/Santiago",
      contact="ivaldivia@cordillerasistemas.cl", company="Cordillera Sistemas",
      note="Chilean engineering manager (iso-8859-1, 8bit) moves the interview from 'miércoles 9 a las "
           "11:00' to 'jueves 10 de diciembre a las 17:00 hrs (hora de Santiago)'; Chile is on summer "
           "time (UTC-3) in December -> 20:00Z (body: '15:00 en Lima' agrees); old time also in the "
           "quoted thread; no duration; contact = human sender",
      days=(("Wed", "2026-12-09"), ("Thu", "2026-12-10")))
def cordillera_resched():
    body = t("""
        Hola Valeria, ¿cómo estás?

        Te escribo porque me citaron a un comité el miércoles en la mañana, así que tengo que mover nuestra entrevista del miércoles 9 a las 11:00. Conversé con la Javiera y te la dejamos para el jueves 10 de diciembre a las 17:00 hrs (hora de Santiago, o sea las 15:00 en Lima). El link de Meet es el mismo y ya te llegó la invitación actualizada.

        Si por algún motivo no te cuadra, avísame no más y lo vemos.

        Perdón por el cambio y gracias por la paciencia.

        Saludos,
        Ignacio Valdivia
        Engineering Manager | Cordillera Sistemas SpA
        +56 9 8741 2290

        El vie, 4 dic 2026 a las 18:20, Valeria Quispe (<valeria.quispe@example.org>) escribió:
        > Hola Ignacio, perfecto, confirmo el miércoles 9 a las 11:00 hora de Chile.
        > ¡Gracias!
        > Valeria
    """)
    hs = head(frm=addr("Ignacio Valdivia", "ivaldivia@cordillerasistemas.cl", charset="iso-8859-1"),
              subject="Re: Entrevista Cordillera Sistemas - cambio de horario",
              subject_charset="iso-8859-1",
              when="2026-12-07 09:12", zone="America/Santiago",
              msgid="<CAGz5t1M8rQ2wK7vN0pL4xB9sD3cF6hJ1yT_e+Vw@mail.gmail.com>",
              server="from mail-lf1-f53.google.com (mail-lf1-f53.google.com [209.85.167.53])",
              ident="Cd8sV2mKq5Pz",
              extra=[("In-Reply-To", "<4A1C8E77-0F3B-4D5C-9E2A-B17D6C38F0E4@example.org>"),
                     ("References", "<CAGz5t1M3vB8nQ2xL7kP0rW4sD9cF1hJ6yT_a+Qe@mail.gmail.com> "
                                    "<4A1C8E77-0F3B-4D5C-9E2A-B17D6C38F0E4@example.org>")])
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(19), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-17 10:00", "America/Los_Angeles"), end=utc("2026-11-17 12:30", "America/Los_Angeles"),
      local="Tue 2026-11-17 10:00", local_end="2026-11-17 12:30", zone="America/Los_Angeles",
      contact="maya.hollister@cedarline.ai", company="Cedarline Robotics",
      note="GoodTime rescheduled itinerary (HTML only, base64), three sessions on Tue 17 Nov in PST "
           "(UTC-8, after the US change on 1 Nov): 10:00 AM first start to 12:30 PM last end = "
           "18:00-20:30Z; the previous date (Mon 16 Nov) is also shown; contact = Reply-To coordinator",
      days=(("Mon", "2026-11-16"),))
def cedarline_goodtime():
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;color:#27313b;font-size:14px">
        <table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:28px">
        <p>Hi Valeria,</p>
        <p>Your virtual onsite with <b>Cedarline Robotics</b> for <b>Senior Software Engineer, Fleet Backend</b>
        has been <b>rescheduled</b>. It was previously scheduled for Monday, November 16, 2026.</p>
        <p style="font-size:16px;margin-bottom:4px"><b>Tuesday, November 17, 2026</b></p>
        <p style="color:#6a7785;margin-top:0">All times are in Pacific Time (PST, UTC-8)</p>
        <table width="100%" cellpadding="8" cellspacing="0" style="border:1px solid #e3e8ee">
        <tr style="background:#f6f8fa"><td><b>10:00 AM – 10:45 AM</b></td><td>System Design<br><span style="color:#6a7785">Arjun Mehta, Staff Engineer</span></td></tr>
        <tr><td><b>11:00 AM – 11:45 AM</b></td><td>Coding (CoderPad)<br><span style="color:#6a7785">Lena Fischer, Senior Engineer</span></td></tr>
        <tr style="background:#f6f8fa"><td><b>12:00 PM – 12:30 PM</b></td><td>Hiring Manager Conversation<br><span style="color:#6a7785">Grace Liu, Engineering Manager</span></td></tr>
        </table>
        <p>Join all sessions from the same link: <a href="https://cedarline.zoom.us/j/97713550821">https://cedarline.zoom.us/j/97713550821</a></p>
        <p>Please reply to this email if you have any questions; it goes straight to Maya Hollister, your
        recruiting coordinator.</p>
        <p>Best of luck!<br>Cedarline Robotics Recruiting</p>
        <p style="font-size:11px;color:#9aa5b1;border-top:1px solid #eef1f4;padding-top:10px">Scheduled with GoodTime &middot;
        <a href="https://goodtime.io" style="color:#9aa5b1">goodtime.io</a></p>
        </td></tr></table>
        </body></html>
    """)
    hs = head(frm=addr("Cedarline Robotics", "no-reply@goodtime.io"),
              subject="Rescheduled: Your interview with Cedarline Robotics on Tuesday, November 17",
              when="2026-11-12 11:05", zone="America/Los_Angeles",
              msgid="<20261112190502.3c7a91e4b2d8f506@mail.goodtime.io>",
              server="from mail-a.goodtime.io (mail-a.goodtime.io [149.72.131.20])",
              ident="Gt4kW9rNm3Bq",
              extra=[("Reply-To", addr("Maya Hollister", "maya.hollister@cedarline.ai"))])
    return message(hs, html(page, cte="base64"))


@mail(n(20), family="google_calendar", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-11-17 09:00", "America/Bogota"), end=utc("2026-11-17 10:00", "America/Bogota"),
      local="Tue 2026-11-17 09:00", local_end="2026-11-17 10:00", zone="America/Bogota",
      contact="camila.rincon@guadua.systems", company="Guadua Systems",
      note="Google Calendar 'Invitación actualizada' in Spanish from Bogotá: moved from lun 16 nov (a "
           "Colombian public holiday) to mar 17 nov 9:00-10:00 hora de Colombia (UTC-5) = 14:00-15:00Z; "
           "ICS SEQUENCE:1 America/Bogota agrees; contact = organizer",
      days=(("Mon", "2026-11-16"),))
def guadua_gcal_update():
    desc = ("Valeria, la movimos al martes porque el lunes es festivo aquí en Colombia y se nos había "
            "pasado, ¡qué pena contigo! Mismo enlace, misma gente (Sebastián y yo).")
    body = t(f"""
        Se ha modificado este evento.

        Entrevista técnica – Valeria Quispe (Guadua Systems)
        Modificado: martes, 17 de noviembre de 2026⋅9:00 – 10:00
        Antes: lunes, 16 de noviembre de 2026⋅9:00 – 10:00
        Hora de Colombia - Bogotá

        Unirse con Google Meet
        https://meet.google.com/gdu-ntrv-skt

        Invitados
        Camila Rincón - organizadora
        Sebastián Cardona
        valeria.quispe@example.org

        {desc}

        ¿Asistirás?
        Sí: https://calendar.google.com/calendar/event?action=RESPOND&eid=N2JmdTRq&rst=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid=N2JmdTRq&rst=2
        Quizás: https://calendar.google.com/calendar/event?action=RESPOND&eid=N2JmdTRq&rst=3

        Invitación de Google Calendar: https://calendar.google.com/calendar/
    """)
    page = t(f"""
        <html><head><meta charset="utf-8"></head><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;font-size:14px">
        <p><span style="background:#fce8b2;padding:2px 6px">Se ha modificado este evento.</span></p>
        <h2 style="font-size:20px;font-weight:400;color:#1f1f1f">Entrevista técnica – Valeria Quispe (Guadua Systems)</h2>
        <div><span style="color:#d93025">Modificado:</span> martes, 17 de noviembre de 2026⋅9:00 – 10:00<br>
        <s style="color:#70757a">lunes, 16 de noviembre de 2026⋅9:00 – 10:00</s><br>Hora de Colombia - Bogotá</div>
        <p><a href="https://meet.google.com/gdu-ntrv-skt">Unirse con Google Meet</a></p>
        <p><b>Invitados</b><br>Camila Rincón - organizadora<br>Sebastián Cardona<br>valeria.quispe@example.org</p>
        <p>{desc}</p>
        <p style="font-size:12px;color:#70757a">Invitación de Google Calendar</p>
        </div></body></html>
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + TZ_BOGOTA + "\n" + t(f"""
        BEGIN:VEVENT
        DTSTART;TZID=America/Bogota:20261117T090000
        DTEND;TZID=America/Bogota:20261117T100000
        DTSTAMP:20261113T222511Z
        ORGANIZER;CN=Camila Rincón:mailto:camila.rincon@guadua.systems
        UID:7bfu4jq2c8m1r6n3k0s5t9v2xa@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Camila Rincón;X-NUM-GUESTS=0:mailto:camila.rincon@guadua.systems
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sebastián Cardona;X-NUM-GUESTS=0:mailto:sebastian.cardona@guadua.systems
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valeria.quispe@example.org;X-NUM-GUESTS=0:mailto:valeria.quispe@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/gdu-ntrv-skt
        CREATED:20261106T150208Z
        DESCRIPTION:{desc}
        LAST-MODIFIED:20261113T222511Z
        LOCATION:
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Entrevista técnica – Valeria Quispe (Guadua Systems)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(frm=addr("Camila Rincón", "camila.rincon@guadua.systems"),
              subject="Invitación actualizada: Entrevista técnica – Valeria Quispe (Guadua Systems) @ mar 17 "
                      "nov 2026 9:00 - 10:00 (COT) (valeria.quispe@example.org)",
              when="2026-11-13 17:25", zone="America/Bogota",
              msgid="<calendar-b41e7c2a-93d5-4f08-a6e1-5c2d8f0b7a39@google.com>",
              server="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              ident="Gc9xT1pRm6Kw",
              extra=[("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                     ("Reply-To", addr("Camila Rincón", "camila.rincon@guadua.systems"))])
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64"),
                                 calendar(ics, method="REQUEST", cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


# ============================================================================= positives: cancelled


@mail(n(21), family="icims", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-02 14:00", "America/New_York"), end=utc("2026-12-02 15:00", "America/New_York"),
      local="Wed 2026-12-02 14:00", local_end="2026-12-02 15:00", zone="America/New_York",
      contact="tamika.brooks@northgatelogistics.com", company="Northgate Logistics",
      note="iCIMS cancellation with METHOD:CANCEL ICS in UTC: the cancelled slot is Wed 2 Dec 2:00-3:00 "
           "PM EST (UTC-5) = 19:00-20:00Z; position on hold, no new time; ORGANIZER is a shared "
           "careers@ mailbox, so contact = the recruiter address in the signature")
def northgate_icims_cancel():
    body = t("""
        Dear Valeria,

        We regret to inform you that your interview for the position of Senior Backend Developer
        (Req #2026-4417), scheduled for Wednesday, December 2, 2026 from 2:00 PM to 3:00 PM EST,
        has been cancelled.

        The position has been placed on hold due to a change in business priorities. We will
        reach out to you if the requisition is reopened. We sincerely apologize for any
        inconvenience.

        Sincerely,

        Tamika Brooks
        Talent Acquisition Partner
        Northgate Logistics
        tamika.brooks@northgatelogistics.com

        Please do not reply to this message. This mailbox is not monitored.
    """)
    page = t("""
        <html><body><font face="Arial" size="2">
        <p>Dear Valeria,</p>
        <p>We regret to inform you that your interview for the position of <b>Senior Backend Developer
        (Req #2026-4417)</b>, scheduled for <b>Wednesday, December 2, 2026 from 2:00 PM to 3:00 PM EST</b>,
        has been cancelled.</p>
        <p>The position has been placed on hold due to a change in business priorities. We will
        reach out to you if the requisition is reopened. We sincerely apologize for any
        inconvenience.</p>
        <p>Sincerely,</p>
        <p>Tamika Brooks<br>Talent Acquisition Partner<br>Northgate Logistics<br>
        <a href="mailto:tamika.brooks@northgatelogistics.com">tamika.brooks@northgatelogistics.com</a></p>
        <p><i>Please do not reply to this message. This mailbox is not monitored.</i></p>
        </font></body></html>
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//iCIMS//Talent Platform//EN
        VERSION:2.0
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:icims-sched-2026-4417-88213@icims.com
        DTSTAMP:20261130T141530Z
        DTSTART:20261202T190000Z
        DTEND:20261202T200000Z
        SUMMARY:Interview: Senior Backend Developer - Northgate Logistics
        ORGANIZER;CN=Northgate Careers:mailto:careers@northgatelogistics.com
        ATTENDEE;CN=Valeria Quispe:mailto:valeria.quispe@example.org
        SEQUENCE:2
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(frm=addr("Northgate Logistics", "northgate@talent.icims.com"),
              subject="Interview Cancelled - Senior Backend Developer",
              when="2026-11-30 09:15", zone="America/New_York",
              msgid="<1764512130415.2026-4417.88213.JavaMail.icims@talent.icims.com>",
              server="from smtp-out3.icims.com (smtp-out3.icims.com [204.93.72.33])",
              ident="Ic2mW7qTz5Nb")
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="CANCEL", cte="7bit", filename="cancel.ics",
                                      disposition="attachment")))


@mail(n(22), family="human_prose", lang="es", interview=True, kind="cancelled",
      start=utc("2026-11-18 11:00", "America/Argentina/Buenos_Aires"), end=None,
      local="Wed 2026-11-18 11:00", zone="America/Argentina/Buenos_Aires",
      contact="fede@pampadata.com.ar", company="Pampa Data",
      note="Argentine founder (voseo, Gmail) cancels 'la entrevista de mañana a las 11 (hora de Buenos "
           "Aires)'; 'mañana' resolves against the Date Tue 17 Nov 08:30 ART -> Wed 18 Nov 11:00 UTC-3 = "
           "14:00Z; search frozen, no new time; contact = human sender")
def pampa_cancel():
    body = t("""
        Vale, buen día.

        Te pido mil disculpas pero tengo que cancelar la entrevista de mañana a las 11 (hora de Buenos Aires). Ayer a la noche nos congelaron la búsqueda hasta el año que viene por un tema de presupuesto y no me parece justo hacerte perder el tiempo.

        Apenas se reabra te escribo, de verdad me interesa mucho tu perfil. Si querés, mientras tanto te paso el contacto de un par de amigos que están contratando backends.

        Abrazo grande,
        Fede

        --
        Federico Luján
        Co-founder & CTO · Pampa Data
    """)
    hs = head(frm=addr("Federico Luján", "fede@pampadata.com.ar"),
              subject="Entrevista de mañana",
              when="2026-11-17 08:30", zone="America/Argentina/Buenos_Aires",
              msgid="<CAJm2x8Vq5tR1pW4nL7kB0sD3yF6hC9aE2gT_u+Pd@mail.gmail.com>",
              server="from mail-qt1-f170.google.com (mail-qt1-f170.google.com [209.85.160.170])",
              ident="Pd5nX3vLq8Tw")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(23), family="exchange", lang="es", interview=True, kind="cancelled",
      start=utc("2026-12-09 16:00", "Europe/Madrid"), end=utc("2026-12-09 17:00", "Europe/Madrid"),
      local="Wed 2026-12-09 16:00", local_end="2026-12-09 17:00", zone="Europe/Madrid",
      contact="pmenendez@alcores.es", company="Alcores Energía Digital",
      note="Outlook cancellation (METHOD:CANCEL, Romance Standard Time) of Wed 9 Dec 16:00-17:00 Madrid "
           "(CET, UTC+1) = 15:00-16:00Z; the organizer's note says a new invitation for Thu 10 Dec at the "
           "same time will follow, but this mail only cancels (the new time is a separate invitation) -> "
           "cancelled with the cancelled slot; contact = ORGANIZER / sender",
      days=(("Thu", "2026-12-10"),))
def alcores_exchange_cancel():
    body = t("""
        Cuándo: miércoles, 9 de diciembre de 2026 16:00-17:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París.
        Dónde: Reunión de Microsoft Teams

        Hola Valeria:

        Cancelo esta convocatoria porque a Elena le ha surgido un viaje a Bilbao. Ahora mismo te mando otra para el jueves 10 a la misma hora (16:00 de Madrid, las 10:00 en Lima). Disculpa el lío.

        Pablo
    """)
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-15\"></head>\n"
            "<body><div style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">\n"
            "<p>Cuándo: miércoles, 9 de diciembre de 2026 16:00-17:00 (UTC+01:00) Bruselas, Copenhague, Madrid, "
            "París.<br>Dónde: Reunión de Microsoft Teams</p>\n<p>Hola Valeria:</p>\n"
            "<p>Cancelo esta convocatoria porque a Elena le ha surgido un viaje a Bilbao. Ahora mismo te mando "
            "otra para el jueves 10 a la misma hora (16:00 de Madrid, las 10:00 en Lima). Disculpa el lío.</p>\n"
            "<p>Pablo</p>\n</div></body></html>\n")
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + TZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Pablo Menéndez:mailto:pmenendez@alcores.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valeria Quispe:mailto:valeria.quispe@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Elena Garmendia:mailto:egarmendia@alcores.es
        DESCRIPTION;LANGUAGE=es-ES:Hola Valeria:\\n\\nCancelo esta convocatoria porque a Elena le ha surgido un viaje a Bilbao.\\n
        UID:040000008200E00074C5B7101A82E00800000000D0F6A3C2E977DC010000000000000000100000003B5C7D9E1F2A4B6C8D0E2F4A6B8C0D2E
        SUMMARY;LANGUAGE=es-ES:Cancelada: Entrevista técnica – Valeria Quispe
        DTSTART;TZID=Romance Standard Time:20261209T160000
        DTEND;TZID=Romance Standard Time:20261209T170000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261207T171012Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:-402118734
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(frm=addr("Pablo Menéndez", "pmenendez@alcores.es", charset="iso-8859-1"),
              subject="Cancelada: Entrevista técnica – Valeria Quispe",
              when="2026-12-07 18:10", zone="Europe/Madrid",
              msgid="<AM9PR06MB7245F1C3E8A02D4B9E7C5A13D60F8@AM9PR06MB7245.eurprd06.prod.outlook.com>",
              server="from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2090.outbound.protection.outlook.com [40.107.247.90])",
              ident="Al4cQ8tNm1Xr",
              extra=[("Thread-Topic", enc("Entrevista técnica – Valeria Quispe")),
                     ("Thread-Index", "AdtI2pQx7rWk3nVb5YcL0sT9mJ4hEw=="),
                     ("Importance", "high"),
                     ("Content-Language", "es-ES"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")])
    return message(hs, alt(text(body, charset="iso-8859-15"), html(page, charset="iso-8859-15"),
                           calendar(ics, method="CANCEL", cte="base64")))


# ============================================================================= negatives


@mail(n(24), family="rejection", lang="es", interview=False, company="Banco Austral Digital",
      note="Workday rejection after the 10/09 interview (same process as the Banco Austral citation): "
           "the past interview date and time are quoted, nothing is scheduled")
def austral_rejection():
    body = t("""
        Estimada Valeria Quispe:

        Junto con saludar, agradecemos sinceramente su interés en formar parte de Banco Austral
        Digital y el tiempo dedicado a la entrevista técnica del 10/09/2026 a las 11:00 hrs para el
        cargo Ingeniero(a) de Software Backend Senior (R-0048213).

        Luego de una cuidadosa evaluación, hemos decidido continuar el proceso con otros
        postulantes cuyo perfil se ajusta de manera más cercana a los requerimientos actuales del
        cargo.

        Guardaremos sus antecedentes en nuestra base de datos y la invitamos a seguir postulando a
        nuestras oportunidades en https://bancoaustral.wd5.myworkdayjobs.com.

        Le deseamos mucho éxito.

        Atentamente,
        Gerencia de Personas
        Banco Austral Digital

        Este es un mensaje automático enviado desde Workday. Por favor no responda a este correo.
    """)
    hs = head(frm=addr("Banco Austral Digital", "bancoaustral@myworkday.com"),
              subject="Resultado de su postulación – Ingeniero(a) de Software Backend Senior",
              when="2026-09-25 12:30", zone="America/Santiago",
              msgid="<1511930244.102877.1790350200218@wd5-prod-notif-07.myworkday.com>",
              server="from wd5-smtp-out.myworkday.com (wd5-smtp-out.myworkday.com [198.51.100.77])",
              ident="Wd8rJ2kLq4Vx")
    return message(hs, text(body, cte="8bit"))


@mail(n(25), family="offer", lang="en", interview=False, company="Ledgerline",
      note="Offer from Ledgerline after the Greenhouse interview: mentions past interviews and a signing "
           "deadline (Friday, October 9 at 5:00 PM ET); no interview is scheduled",
      days=(("Fri", "2026-10-09"),))
def ledgerline_offer():
    body = t("""
        Hi Valeria,

        I'm thrilled to share that the team would love for you to join Ledgerline as a Senior Backend Engineer on the Payments Platform team! Everyone you met during your interviews was impressed, and Marcus in particular can't wait to work with you on the idempotency rework.

        You'll receive the formal offer letter through DocuSign in the next hour. A quick summary:

        - Base salary: USD 118,000 / year (contractor agreement through our EOR partner in Peru)
        - Equity: 4,000 options, 4-year vesting with a 1-year cliff
        - Start date: Monday, November 2, 2026 (flexible)

        The offer is valid until Friday, October 9 at 5:00 PM ET. If you'd like to talk anything through, just reply here and we can find a time.

        Congratulations - this is the fun part!

        Dana Whitcomb
        Recruiting | Ledgerline
    """)
    hs = head(frm=addr("Dana Whitcomb", "dana.whitcomb@ledgerline.com"),
              subject="Your offer from Ledgerline!",
              when="2026-10-02 16:10", zone="America/New_York",
              msgid="<CAB8u3mW2rQ7tK1vN5pL0xZ4sD9cF6hJ3yT_b+Ld@mail.gmail.com>",
              server="from mail-io1-f52.google.com (mail-io1-f52.google.com [209.85.166.52])",
              ident="Lg1oF5qWz8Rk")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(26), family="application_ack", lang="es", interview=False, company="Kranich Mobility",
      note="softgarden application receipt from a German company's Madrid hub; 'te invitaremos a una "
           "primera entrevista' is conditional, nothing is scheduled")
def kranich_softgarden_ack():
    body = t("""
        Hola Valeria Quispe:

        Muchas gracias por tu candidatura al puesto de Senior Backend Engineer (m/f/d) – Madrid o
        remoto (UE/LATAM) en Kranich Mobility.

        Hemos recibido correctamente tu documentación. Nuestro equipo de Talent Acquisition la
        revisará en las próximas dos semanas. Si tu perfil encaja con lo que buscamos, te
        invitaremos a una primera entrevista por videollamada.

        Puedes consultar el estado de tu candidatura en cualquier momento en tu área personal:
        https://kranich-mobility.softgarden.io/es/applicant/status

        Un saludo cordial,
        Tu equipo de Talent Acquisition
        Kranich Mobility GmbH · Oficina de Madrid, Paseo de la Castellana 95

        Este correo se ha generado automáticamente, por favor no respondas.
        Datenschutz / Protección de datos: https://kranich-mobility.softgarden.io/privacy
    """)
    page = t("""
        <html><head><meta charset="iso-8859-15"></head><body style="font-family:Arial,sans-serif;font-size:13px">
        <p>Hola Valeria Quispe:</p>
        <p>Muchas gracias por tu candidatura al puesto de <b>Senior Backend Engineer (m/f/d) – Madrid o remoto (UE/LATAM)</b>
        en Kranich Mobility.</p>
        <p>Hemos recibido correctamente tu documentación. Nuestro equipo de Talent Acquisition la
        revisará en las próximas dos semanas. Si tu perfil encaja con lo que buscamos, te
        invitaremos a una primera entrevista por videollamada.</p>
        <p>Puedes consultar el estado de tu candidatura en cualquier momento en tu
        <a href="https://kranich-mobility.softgarden.io/es/applicant/status">área personal</a>.</p>
        <p>Un saludo cordial,<br>Tu equipo de Talent Acquisition<br>Kranich Mobility GmbH · Oficina de Madrid, Paseo de la Castellana 95</p>
        <p style="font-size:10px;color:#888">Este correo se ha generado automáticamente, por favor no respondas.</p>
        </body></html>
    """)
    hs = head(frm=addr("Kranich Mobility GmbH", "noreply@softgarden.io"),
              subject="Tu candidatura en Kranich Mobility: Senior Backend Engineer (m/f/d)",
              when="2026-09-07 09:14", zone="Europe/Berlin",
              msgid="<1788764040.53921.softgarden.mailer@app-04.softgarden.io>",
              server="from mail.softgarden.io (mail.softgarden.io [85.10.211.40])",
              ident="Sg7yH1nVq3Pd")
    return message(hs, alt(text(body.replace("–", "-"), charset="iso-8859-15"),
                           html(page.replace("–", "-"), charset="iso-8859-15")))


@mail(n(27), family="job_alert", lang="es", interview=False, company=None,
      note="JOIN job alert with 'Entrevista en 48 h' badges and a 'Entrevistas esta semana' tag: a "
           "digest of openings, nothing scheduled")
def join_alert():
    page = t("""
        <!DOCTYPE html>
        <html lang="es"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f2f4f7;font-family:Arial,Helvetica,sans-serif;color:#111827">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
        <table width="600" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:10px">
        <tr><td style="padding:24px 28px">
        <h1 style="font-size:20px">5 nuevos empleos para «Backend Developer»</h1>
        <p style="color:#6b7280">Según tus preferencias: Madrid · Remoto · Go, Python, Node.js</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p><b><a href="https://join.com/companies/brezolabs/16250871">Backend Engineer (Go)</a></b><br>Brezo Labs · Madrid (híbrido) · 45–55 k€<br>
        <span style="background:#dcfce7;color:#166534;font-size:12px;padding:2px 6px;border-radius:4px">Entrevista en 48 h</span></p>
        <p><b><a href="https://join.com/companies/tajoanalytics/16251334">Senior Python Developer</a></b><br>Tajo Analytics · Remoto (España) · 50–60 k€<br>
        <span style="background:#e0e7ff;color:#3730a3;font-size:12px;padding:2px 6px;border-radius:4px">Entrevistas esta semana</span></p>
        <p><b><a href="https://join.com/companies/albufera/16249902">Node.js Backend Developer</a></b><br>Albufera Studio · Valencia / Remoto · 40–48 k€</p>
        <p><b><a href="https://join.com/companies/cierzo/16252118">Platform Engineer</a></b><br>Cierzo Energía · Zaragoza / Remoto · 48–58 k€</p>
        <p><b><a href="https://join.com/companies/moncayo/16252540">Backend Developer (Kotlin)</a></b><br>Moncayo Software · Madrid · 42–50 k€<br>
        <span style="background:#dcfce7;color:#166534;font-size:12px;padding:2px 6px;border-radius:4px">Entrevista en 48 h</span></p>
        <p style="text-align:center;margin-top:24px"><a href="https://join.com/jobs?alert=bk-dev-mad" style="background:#111827;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Ver todos los empleos</a></p>
        </td></tr>
        <tr><td style="padding:16px 28px;font-size:11px;color:#9ca3af">Recibes este correo porque creaste una alerta de empleo en JOIN.
        <a href="https://join.com/alerts/unsubscribe?t=bk-dev-mad" style="color:#9ca3af">Darse de baja</a> · JOIN Solutions AG, Zúrich</td></tr>
        </table></td></tr></table></body></html>
    """)
    hs = head(frm=addr("JOIN", "noreply@join.com"),
              subject="5 nuevos empleos para «Backend Developer» en Madrid y remoto",
              when="2026-10-13 07:00", zone="Europe/Zurich",
              msgid="<20261013050000.61c9f2a47e8b3d15@mailer.join.com>",
              server="from mailer.join.com (mailer.join.com [159.183.14.77])",
              ident="Jn3aB6cVz9Qm",
              extra=[("List-Unsubscribe", "<https://join.com/alerts/unsubscribe?t=bk-dev-mad>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")])
    return message(hs, html(page))


@mail(n(28), family="newsletter_followup_blog", lang="en", interview=False, company=None,
      note="Substack newsletter post about following up after an interview; the example e-mail it "
           "quotes ('our conversation on Thursday at 3pm') is a template, not an appointment")
def backend_brief_newsletter():
    body = t("""
        The Backend Brief
        Issue #87 - The 48-hour follow-up

        You had the interview. The panel smiled at your sharding diagram. Now what?

        Most candidates do one of two things: nothing, or a novel. Both are mistakes. Here's the
        template I've used (and received, as a hiring manager) more than any other:

            Subject: Thank you - Backend Engineer interview

            Hi Priya,

            Thanks again for our conversation on Thursday at 3pm. I especially enjoyed
            digging into how your team handles backfills without double-charging
            merchants. [One specific sentence about something you learned.]

            I'm very excited about the role, and happy to share anything else that would
            help. Looking forward to hearing about next steps.

            Best,
            Sam

        Three rules:

        1. Send it within 48 hours, during the interviewer's working hours.
        2. One specific detail beats three adjectives.
        3. If they said "we'll get back to you by Friday", wait until Monday before nudging.

        Next week: "Do I negotiate a remote salary in dollars or in local currency?"

        - Sam Okafor

        You're receiving this because you subscribed to The Backend Brief.
        Unsubscribe: https://backendbrief.substack.com/action/disable_email?token=eyJ1c2VyX2lkIjo
    """)
    page = "<html><body style=\"font-family:Georgia,serif;font-size:17px;line-height:1.6;color:#363737\">\n" + \
        "".join(f"<p>{line}</p>\n" if line.strip() else "" for line in body.split("\n\n")) + "</body></html>\n"
    hs = head(frm=addr("The Backend Brief", "backendbrief@substack.com"),
              subject="The 48-hour follow-up: what to send after your interview",
              when="2026-10-18 08:00", zone="America/New_York",
              msgid="<20261018120003.3.a7f41c9e2b8d5306@mg1.substack.com>",
              server="from mg-d0.substack.com (mg-d0.substack.com [198.61.254.21])",
              ident="Sb5qN8wXr2Lt",
              extra=[("List-Id", "<backendbrief.substack.com>"),
                     ("List-Unsubscribe", "<https://backendbrief.substack.com/action/disable_email?token=eyJ1c2VyX2lkIjo>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")])
    return message(hs, alt(text(body), html(page)))


@mail(n(29), family="scheduling_link", lang="en", interview=False, company="Fogline",
      note="Ashby self-scheduling request from Fogline before the confirmed system-design interview: "
           "offers a window (Oct 29 - Nov 4) and a link, no time is booked yet")
def fogline_ashby_pick():
    body = t("""
        Hi Valeria,

        Great news - the team would like to move you forward to the System Design Interview for
        Senior Backend Engineer (Remote, Americas)!

        Please pick a time that works for you using the link below. Slots are available between
        Thursday, October 29 and Wednesday, November 4, and will be shown in your local time zone.

        Select a time: https://app.ashbyhq.com/interview-scheduling/fogline/3b8e1f70-2a9d-4c61-b5e0-7d2c9f4a1e86

        The interview is 60 minutes with an engineering manager from the Data Plane team.

        Questions? Just reply and it will reach Priya Natarajan.

        Thanks,
        Fogline Recruiting
    """)
    hs = head(frm=addr("Fogline", "no-reply@ashbyhq.com"),
              subject="Schedule your System Design Interview with Fogline",
              when="2026-10-26 10:02", zone="America/Los_Angeles",
              msgid="<0100019a1d4e7b20-cb37e5a1-4f02-4d9e-8a61-0e2f7b9c3d58-000000@email.amazonses.com>",
              server="from mail.ashbyhq.com (mail.ashbyhq.com [54.240.11.87])",
              ident="As4pK9vQm1Wz",
              extra=[("Reply-To", addr("Priya Natarajan", "priya.natarajan@fogline.dev"))])
    return message(hs, text(body, cte="base64"))


@mail(n(30), family="scheduling_link", lang="es", interview=False, company="Manglar Software",
      note="Colombian recruiter sends a Calendly link and mentions availability 'el próximo lunes y "
           "martes en la mañana': nothing is booked",
      days=(("Mon", "2026-09-14"), ("Tue", "2026-09-15")))
def manglar_calendly_link():
    body = t("""
        Hola Valeria, ¿cómo vas?

        Te escribo de Manglar Software. Vi tu perfil en LinkedIn y me encantaría contarte sobre una vacante de Backend Developer Sr. (Python/Django, 100 % remoto para LATAM).

        Si te interesa, agenda aquí el espacio que mejor te quede para una primera conversación de 30 minutos:
        https://calendly.com/laura-mesa-manglar/30min

        Tengo disponibilidad el próximo lunes y martes en la mañana (hora Colombia, que es la misma de Lima).

        ¡Quedo atenta!

        Laura Mesa
        Talent Acquisition · Manglar Software
        Cartagena · Bogotá
    """)
    hs = head(frm=addr("Laura Mesa", "laura.mesa@manglarsoftware.co"),
              subject="Vacante Backend Developer Sr. - Manglar Software",
              when="2026-09-09 15:40", zone="America/Bogota",
              msgid="<CAF3k8wN1pQ5tR9vL2mB7xZ0sD4cG6hJ8yT_c+Mn@mail.gmail.com>",
              server="from mail-ua1-f49.google.com (mail-ua1-f49.google.com [209.85.222.49])",
              ident="Mg2wR7tLq4Xn")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(31), family="recruiter_outreach", lang="es", interview=False, company="Nopal Cloud",
      note="LinkedIn InMail notification from a Mexico City recruiter asking for '20 minutos esta "
           "semana para una llamada': no time fixed")
def nopal_linkedin():
    body = t("""
        Valeria, tienes un mensaje nuevo

        Rodrigo Estrada
        Tech Recruiter en Nopal Cloud

        Hola Valeria, ¡mucho gusto! Estoy buscando una Backend Engineer Sr. para nuestro equipo de
        pagos en CDMX (remoto desde cualquier país de LATAM, pago en USD). Tu experiencia con Kafka
        y Go me pareció muy alineada. ¿Tendrías 20 minutos esta semana para una llamada? Dime qué
        horario te acomoda y lo agendamos.

        Responder: https://www.linkedin.com/messaging/thread/2-MTk2ZjVhNTEtYzk0Mi00/?lipi=urn%3Ali%3Apage%3Aemail

        Este correo está destinado a Valeria Quispe (Backend Developer en Lima, Perú).
        Cancelar suscripción: https://www.linkedin.com/comm/psettings/email-unsubscribe?type=inmail
        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
    """)
    page = "<html><body style=\"font-family:-apple-system,system-ui,Arial,sans-serif\">\n" + \
        "".join(f"<p>{p}</p>\n" for p in body.split("\n\n")) + "</body></html>\n"
    hs = head(frm=addr("Rodrigo Estrada por LinkedIn", "inmail-hit-reply@linkedin.com"),
              subject="Rodrigo Estrada te ha enviado un mensaje",
              when="2026-09-21 11:48", zone="America/Mexico_City",
              msgid="<1839716884.3715216.1790012880511@lor1-app45117.prod.linkedin.com>",
              server="from mailb-ec.linkedin.com (mailb-ec.linkedin.com [108.174.0.215])",
              ident="Li6vS1nQz3Kt")
    return message(hs, alt(text(body), html(page)))


@mail(n(32), family="interview_proposal", lang="es", interview=False, company="Cedarline Robotics",
      note="A US company's Spanish-speaking recruiter proposes 'el martes 20 de octubre a las 9 a. m. "
           "hora del Pacífico' and asks Valeria to confirm before sending the invitation: proposed, "
           "not confirmed",
      days=(("Tue", "2026-10-20"),))
def cedarline_proposal():
    body = t("""
        Hola Valeria,

        ¡Gracias por tu interés en Cedarline Robotics! Me encantaría coordinar la primera llamada con el equipo (30 minutos, en español o inglés, como prefieras).

        ¿Te queda bien el martes 20 de octubre a las 9 a. m. hora del Pacífico (11 a. m. en Lima)? Si me confirmas, te mando la invitación de calendario. Si no, pásame dos o tres horarios que te funcionen esa semana.

        Saludos,
        Andrea Solís
        Technical Recruiter | Cedarline Robotics
        Seattle, WA
    """)
    hs = head(frm=addr("Andrea Solís", "andrea.solis@cedarline.ai"),
              subject="Cedarline Robotics - primera llamada",
              when="2026-10-15 09:26", zone="America/Los_Angeles",
              msgid="<CH0PR08MB7210B3E5F91A42C8D6E0F7A4B9C21@CH0PR08MB7210.namprd08.prod.outlook.com>",
              server="from NAM04-BN8-obe.outbound.protection.outlook.com (mail-bn8nam04on2118.outbound.protection.outlook.com [40.107.100.118])",
              ident="Cl5dN0rVq7Ym",
              extra=[("Thread-Topic", "Cedarline Robotics - primera llamada"),
                     ("Content-Language", "es-US")])
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(33), family="non_interview_calendar", lang="es", interview=False, company=None,
      note="Clinic appointment confirmation (Dermatología, lunes 19 de octubre 15:00 hrs, Lima) with an "
           "ICS: a confirmed time, but a medical appointment, not a job interview",
      days=(("Mon", "2026-10-19"),))
def clinica_cita():
    body = t("""
        Estimada paciente VALERIA QUISPE HUAMANÍ:

        Su cita ha sido reservada con éxito.

        Especialidad: DERMATOLOGÍA
        Médico: Dra. Patricia Llosa Benavides
        Fecha: lunes 19 de octubre de 2026
        Hora: 15:00 hrs
        Sede: Clínica Miraflores Salud – Av. José Pardo 815, Miraflores, 3.er piso, consultorio 312

        Por favor, acérquese a admisión 20 minutos antes de su cita con su DNI y, si cuenta con
        seguro, con su carné de EPS. Si no pudiera asistir, le agradeceremos anular su cita con al
        menos 24 horas de anticipación llamando al (01) 610-4400.

        Atentamente,
        Central de Citas – Clínica Miraflores Salud

        Este es un correo automático, por favor no lo responda.
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Clinica Miraflores Salud//Citas Web//ES
        VERSION:2.0
        METHOD:PUBLISH
        """) + TZ_LIMA + "\n" + t("""
        BEGIN:VEVENT
        UID:cita-20261019-1500-DERM-88412@miraflores-salud.pe
        DTSTAMP:20261014T172205Z
        DTSTART;TZID=America/Lima:20261019T150000
        DTEND;TZID=America/Lima:20261019T152000
        SUMMARY:Cita Dermatología - Dra. Patricia Llosa
        LOCATION:Clínica Miraflores Salud\\, Av. José Pardo 815\\, Miraflores
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(frm=addr("Clínica Miraflores Salud", "citas@miraflores-salud.pe", charset="iso-8859-1"),
              subject="Confirmación de cita - Dermatología - 19/10/2026 15:00",
              when="2026-10-14 12:22", zone=LIMA,
              msgid="<20261014172205.4471.citasweb@srv-app02.miraflores-salud.pe>",
              server="from srv-mail01.miraflores-salud.pe (srv-mail01.miraflores-salud.pe [190.81.47.12])",
              ident="Cm7qT2vWn5Lb")
    return message(hs, mixed(text(body.replace("–", "-"), charset="iso-8859-1"),
                             calendar(ics, method="PUBLISH", cte="8bit", filename="cita.ics",
                                      disposition="attachment", charset="utf-8")))


@mail(n(34), family="non_interview_appointment", lang="es", interview=False, company=None,
      note="Property portal confirms a flat viewing in Barranco (sábado 7 de noviembre, 11:00 a. m.): "
           "fixed time, not a job interview",
      days=(("Sat", "2026-11-07"),))
def urbanea_visita():
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,sans-serif;color:#333;font-size:14px">
        <div style="max-width:560px;margin:auto">
        <div style="background:#ff5a1f;color:#fff;padding:14px 20px;font-size:20px;font-weight:bold">urbanea</div>
        <div style="padding:20px">
        <p>¡Hola Valeria!</p>
        <p>Tu visita quedó <b>confirmada</b>. El asesor te estará esperando en la puerta del edificio.</p>
        <table cellpadding="4">
        <tr><td><b>Inmueble</b></td><td>Departamento 2 dorm. · 86 m² · Jr. Domeyer 240, Barranco</td></tr>
        <tr><td><b>Fecha</b></td><td>sábado 7 de noviembre de 2026</td></tr>
        <tr><td><b>Hora</b></td><td>11:00 a.&nbsp;m.</td></tr>
        <tr><td><b>Asesor</b></td><td>Martín Chirinos · 944 310 552</td></tr>
        <tr><td><b>Alquiler</b></td><td>S/ 3,200 + mantenimiento S/ 280</td></tr>
        </table>
        <p>Lleva tu DNI. Si no puedes ir, cancela desde la app para liberar el horario.</p>
        <p style="font-size:11px;color:#999">Urbanea Perú S.A.C. · Recibiste este correo porque agendaste una visita en urbanea.pe</p>
        </div></div></body></html>
    """)
    hs = head(frm=addr("Urbanea", "visitas@urbanea.pe"),
              subject="Visita confirmada: Departamento en Barranco – sáb 7 nov, 11:00 a. m.",
              when="2026-11-04 19:32", zone=LIMA,
              msgid="<0100019b4e12a3c8-f0d7e6b5-2c41-4a98-b37e-91d8c5a0f246-000000@email.amazonses.com>",
              server="from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])",
              ident="Ub3nM8sKq1Vp")
    return message(hs, html(page, cte="base64"))


@mail(n(35), family="bookings_non_interview", lang="es", interview=False, company=None,
      note="Microsoft Bookings confirmation for a car service at a dealership (viernes 20 de noviembre "
           "8:30 a. m., '(UTC-05:00) Bogotá, Lima, Quito, Rio Branco'): a Bookings appointment, not "
           "an interview",
      days=(("Fri", "2026-11-20"),))
def autoandina_bookings():
    body = t("""
        Reserva confirmada

        Hola Valeria Quispe,

        Gracias por reservar con Autoandina Surquillo - Taller. Su reserva está confirmada.

        Servicio: Mantenimiento preventivo 20,000 km (Toyota Yaris)
        Fecha y hora: viernes, 20 de noviembre de 2026 8:30 a. m. (UTC-05:00) Bogotá, Lima, Quito, Rio Branco
        Duración: 3 horas
        Personal: Asesor de servicio - Kevin Ramos
        Dirección: Av. República de Panamá 4890, Surquillo

        Traiga la tarjeta de propiedad y el manual de garantía. Puede esperar en nuestra sala con
        Wi-Fi o recoger el vehículo desde las 12:00.

        Administrar la reserva: https://outlook.office365.com/owa/calendar/AutoandinaSurquilloTaller@autoandina.pe/bookings/s/Kx2fQ9nR1E6ZbT4wJcY7Mg2
        Agregar al calendario: https://outlook.office365.com/owa/calendar/AutoandinaSurquilloTaller@autoandina.pe/bookings/ics/Kx2fQ9nR1E6ZbT4wJcY7Mg2

        Autoandina Surquillo - Taller
        (01) 705-2200
    """)
    page = "<html><body style=\"font-family:'Segoe UI',Arial,sans-serif;font-size:14px\">\n" + \
        "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in body.split("\n\n")) + "</body></html>\n"
    hs = head(frm=addr("Autoandina Surquillo - Taller", "AutoandinaSurquilloTaller@autoandina.pe"),
              subject="Reserva confirmada: Mantenimiento preventivo 20,000 km para Valeria Quispe",
              when="2026-11-16 17:05", zone=LIMA,
              msgid="<BN0PR03MB6982F4A1B7C3E5D2908F6A1C4E2B9@BN0PR03MB6982.namprd03.prod.outlook.com>",
              server="from NAM11-BN8-obe.outbound.protection.outlook.com (mail-bn8nam11on2091.outbound.protection.outlook.com [40.107.236.91])",
              ident="Bk1cV6rNq9Tm",
              extra=[("X-Microsoft-Antispam-Mailbox-Delivery", "ucf:0;jmr:0;auth:0;dest:I;ENG:(910001)"),
                     ("Content-Language", "es-PE")])
    return message(hs, alt(text(body), html(page)))


@mail(n(36), family="non_interview_appointment", lang="es", interview=False, company=None,
      note="Peruvian school calls the parent to an 'entrevista' with the class tutor (martes 24 de "
           "noviembre, 7:30 a. m.): a fixed time and the word 'entrevista', but a parent-teacher "
           "meeting, not a job interview",
      days=(("Tue", "2026-11-24"),))
def colegio_entrevista_padres():
    body = t("""
        Estimada señora Valeria Quispe:

        Reciba un cordial saludo de parte de la Coordinación de Primaria del Colegio Los Alisos.

        Por medio de la presente, la citamos a una entrevista con la tutora de 3.° grado "B",
        Miss Carmen Rosa Villanueva, el martes 24 de noviembre a las 7:30 a. m. en la sala de
        padres (ingreso por la puerta 2, Av. Los Precursores 330, Surco). Conversaremos sobre el
        avance de Mateo en el tercer bimestre y el plan de lectura para las vacaciones.

        Le agradeceremos confirmar su asistencia respondiendo a este correo o mediante la agenda
        escolar.

        Atentamente,

        Lic. Jorge Tapia Salas
        Coordinador de Primaria
        Colegio Los Alisos
    """)
    hs = head(frm=addr("Coordinación Primaria - Colegio Los Alisos", "coord.primaria@losalisos.edu.pe",
                       charset="windows-1252"),
              subject="Citación a entrevista – Tutoría 3.° B",
              subject_charset="windows-1252",
              when="2026-11-19 14:50", zone=LIMA,
              msgid="<000001db3a7f$4c2e9a10$e48bce30$@losalisos.edu.pe>",
              server="from mail.losalisos.edu.pe (mail.losalisos.edu.pe [181.65.148.20])",
              ident="Ls4oA9pXq2Rn",
              extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtaX9kPQj2sF1mKTr6Y8vW3qZ0c5A==")])
    return message(hs, text(body, charset="windows-1252", cte="8bit"))


@mail(n(37), family="non_interview_calendar", lang="es", interview=False, company=None,
      note="Google Calendar invitation to a recurring daily stand-up at Valeria's current contract "
           "(Chasqui Pagos), Mon-Fri 9:30 Lima with RRULE: a work meeting, not an interview")
def chasqui_daily():
    body = t("""
        Has recibido una invitación para el siguiente evento.

        Daily – Squad Conciliaciones
        lunes, 7 de septiembre de 2026⋅9:30 – 9:45
        Se repite cada semana en días laborables
        Hora de Perú - Lima

        Unirse con Google Meet
        https://meet.google.com/chq-dly-cnc

        Invitados
        Renato Alvarado - organizador
        Milagros Ccori
        Joaquín Benítez
        valeria.quispe@example.org

        Hola equipo, a partir del lunes movemos la daily a las 9:30 para que Joaquín pueda llegar
        desde Arequipa. Mismo link de siempre.

        Invitación de Google Calendar: https://calendar.google.com/calendar/
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + TZ_LIMA + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Lima:20260907T093000
        DTEND;TZID=America/Lima:20260907T094500
        RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR
        DTSTAMP:20260903T230412Z
        ORGANIZER;CN=Renato Alvarado:mailto:renato.alvarado@chasquipagos.pe
        UID:5k2m9q1c7v3b8n0x4z6a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valeria.quispe@example.org;X-NUM-GUESTS=0:mailto:valeria.quispe@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/chq-dly-cnc
        DESCRIPTION:Hola equipo\\, a partir del lunes movemos la daily a las 9:30 para que Joaquín pueda llegar desde Arequipa. Mismo link de siempre.
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Daily – Squad Conciliaciones
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(frm=addr("Renato Alvarado", "renato.alvarado@chasquipagos.pe"),
              subject="Invitación: Daily – Squad Conciliaciones @ Cada semana en días laborables desde "
                      "9:30 hasta 9:45 (PET) (valeria.quispe@example.org)",
              when="2026-09-03 18:04", zone=LIMA,
              msgid="<calendar-0e5c7a92-1b4d-4f36-9a2e-7d8c3b1f6e05@google.com>",
              server="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              ident="Gc1aW5zQn8Rt",
              extra=[("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                     ("Reply-To", addr("Renato Alvarado", "renato.alvarado@chasquipagos.pe"))])
    return message(hs, mixed(alt(text(body), calendar(ics, method="REQUEST", cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(38), family="non_interview_calendar", lang="es", interview=False, company=None,
      note="Outlook meeting request for the team's end-of-year lunch at the current job (viernes 11 de "
           "diciembre 13:00 Lima, ICS in UTC): a fixed-time team event, not an interview",
      days=(("Fri", "2026-12-11"),))
def chasqui_almuerzo():
    body = t("""
        Cuándo: viernes, 11 de diciembre de 2026 13:00-16:00 (UTC-05:00) Bogotá, Lima, Quito, Rio Branco.
        Dónde: La Mar Cebichería, Av. La Mar 770, Miraflores

        ¡Hola, equipo de Plataforma!

        Cerramos el año con almuerzo. Ya está hecha la reserva para 14 personas. Por favor acepten
        o rechacen la invitación antes del miércoles para confirmar el número con el restaurante.
        Amigo secreto: tope S/ 60. 🎁

        Abrazos,
        Giuliana Sotomayor
        Engineering Manager – Plataforma | Chasqui Pagos
    """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        BEGIN:VEVENT
        ORGANIZER;CN=Giuliana Sotomayor:mailto:gsotomayor@chasquipagos.pe
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Equipo Plataforma:mailto:plataforma@chasquipagos.pe
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valeria Quispe:mailto:valeria.quispe@example.org
        UID:040000008200E00074C5B7101A82E00800000000A1C9E4F3D88ADC01000000000000000010000000C2D4E6F80A1B3C5D7E9F0A2B4C6D8E0F
        SUMMARY;LANGUAGE=es-PE:Almuerzo de fin de año – Plataforma 🎄
        DTSTART:20261211T180000Z
        DTEND:20261211T210000Z
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261201T152733Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-PE:La Mar Cebichería\\, Av. La Mar 770\\, Miraflores
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(frm=addr("Giuliana Sotomayor", "gsotomayor@chasquipagos.pe"),
              subject="Almuerzo de fin de año – Plataforma 🎄",
              when="2026-12-01 10:27", zone=LIMA,
              msgid="<SJ0PR19MB5524A2C7E0F94B18D3A6C5E7F1B40@SJ0PR19MB5524.namprd19.prod.outlook.com>",
              server="from NAM02-SN1-obe.outbound.protection.outlook.com (mail-sn1nam02on2103.outbound.protection.outlook.com [40.107.96.103])",
              ident="Ch8lU3mRq6Ny",
              extra=[("Thread-Topic", enc("Almuerzo de fin de año – Plataforma 🎄")),
                     ("Content-Language", "es-PE"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")])
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(39), family="marketing_webinar", lang="en", interview=False, company=None,
      note="Zoom webinar registration 'System Design Interviews: What Senior Engineers Get Wrong', Thu "
           "5 Nov 12:00 PM Eastern with ICS: a confirmed webinar about interviews, not an interview",
      days=(("Thu", "2026-11-05"),))
def hireloop_webinar():
    body = t("""
        Hi Valeria,

        Thank you for registering for "System Design Interviews: What Senior Engineers Get Wrong".

        Please submit any questions to: hello@hireloop.academy

        Date & Time: Nov 5, 2026 12:00 PM Eastern Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/88420193551?tk=Vq3x9LmR2bT0sKpW7Yc1nA.DQMAAAAUlkJ

        Passcode: 718204

        Add to Calendar: https://us06web.zoom.us/webinar/tJ0sdeCrqD4iHtKx/ics?icsToken=98tyKu
        Add to Google Calendar | Add to Yahoo Calendar

        You can cancel your registration at any time.

        HireLoop Academy
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        CLASS:PUBLIC
        """) + VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTAMP:20261030T201844Z
        DTSTART;TZID=America/New_York:20261105T120000
        DTEND;TZID=America/New_York:20261105T131500
        SUMMARY:System Design Interviews: What Senior Engineers Get Wrong
        UID:20261030T201844Z-88420193551@fe80:0:0:0:18ab:2cff:fe11:9a01ens5
        TZID:America/New_York
        DESCRIPTION:Join from PC\\, Mac\\, iPad\\, or Android: https://us06web.zoom.us/w/88420193551
        LOCATION:https://us06web.zoom.us/w/88420193551
        BEGIN:VALARM
        TRIGGER:-PT10M
        ACTION:DISPLAY
        DESCRIPTION:Reminder
        END:VALARM
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(frm=addr("HireLoop Academy", "no-reply@zoom.us"),
              subject="System Design Interviews: What Senior Engineers Get Wrong Confirmation",
              when="2026-10-30 16:18", zone="America/New_York",
              msgid="<RmA7cQ1sTnOjW3vYk9xLbA@geopod-ismtpd-11>",
              server="from o1.ptr2814.zoom.us (o1.ptr2814.zoom.us [149.72.159.212])",
              ident="Zm6wE2rTq9Hs",
              extra=[("Reply-To", addr("HireLoop Academy", "hello@hireloop.academy"))])
    return message(hs, mixed(text(body),
                             calendar(ics, method=None, cte="base64", filename="iCalendar.ics",
                                      disposition="attachment")))


@mail(n(40), family="meetup", lang="es", interview=False, company=None,
      note="Meetup RSVP confirmation for 'Noche de charlas: entrevistas técnicas sin drama', jueves 8 de "
           "octubre 19:00 in Miraflores: a community event about interviews",
      days=(("Thu", "2026-10-08"),))
def lima_gophers_meetup():
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Graphik,Helvetica,Arial,sans-serif;color:#212121;font-size:15px">
        <div style="max-width:560px;margin:auto;padding:20px">
        <p style="font-size:22px;font-weight:600">¡Vas a asistir!</p>
        <p><b>Lima Gophers</b></p>
        <p style="font-size:18px">Noche de charlas: entrevistas técnicas sin drama</p>
        <p>📅 jueves, 8 de octubre de 2026<br>🕖 19:00 a 21:30 GMT-5<br>
        📍 WeWork Miraflores, Av. Benavides 1180, piso 3, Lima</p>
        <p>Charlas:<br>· «Cómo preparé 14 entrevistas de system design en 6 semanas» – Andrea Gálvez<br>
        · «Live coding: lo que el entrevistador realmente evalúa» – Piero Sánchez<br>
        · Pizza y networking 🍕</p>
        <p><a href="https://www.meetup.com/lima-gophers/events/303118845/">Ver evento</a> ·
        <a href="https://www.meetup.com/lima-gophers/events/303118845/ical/">Añadir al calendario</a></p>
        <p style="font-size:11px;color:#757575">Meetup LLC, POB 4668 #37895, New York, NY 10163-4668.
        <a href="https://www.meetup.com/account/comm/">Gestionar notificaciones</a></p>
        </div></body></html>
    """)
    hs = head(frm=addr("Meetup", "info@meetup.com"),
              subject="Confirmado: Noche de charlas: entrevistas técnicas sin drama",
              when="2026-10-02 20:41", zone=LIMA,
              msgid="<1790041260.0_303118845_rsvp.yes@meetup.com>",
              server="from mail163-17.mcsv.net (mail163-17.mcsv.net [198.2.163.17])",
              ident="Mt9rY4kNq1Zs",
              extra=[("List-Unsubscribe", "<https://www.meetup.com/account/comm/unsub/?t=rsvp>"),
                     ("Precedence", "bulk")])
    return message(hs, html(page))


@mail(n(41), family="podcast", lang="es", interview=False, company=None,
      note="Argentine podcast host (voseo) confirms Valeria as a guest: 'la grabación del episodio (la "
           "entrevista) el jueves 22 a las 18 hs de Argentina': an interview for a podcast, not a job "
           "interview",
      days=(("Thu", "2026-10-22"),))
def backend_castellano_podcast():
    body = t("""
        ¡Hola Valeria!

        Buenísimo, ya quedó agendada la grabación del episodio (la entrevista, bah) para el jueves 22 a las 18 hs de Argentina, que para vos serían las 16 hs en Lima. Vamos a estar Caro y yo, dura más o menos una hora y después editamos.

        Te mando el link de Riverside el mismo día. Si tenés auriculares con micrófono, mejor que el de la notebook.

        Temas que pensamos tocar:
        - cómo migraste la conciliación de batch a eventos
        - el famoso bug de los centavos duplicados 😅
        - consejos para quien arranca en backend en Latam

        ¡Gracias por sumarte!
        Tomás
        Backend en Castellano (el podcast)
    """)
    hs = head(frm=addr("Tomás Iturriaga", "tomas@backendencastellano.fm"),
              subject="Re: Invitación al podcast Backend en Castellano",
              when="2026-10-16 13:22", zone="America/Argentina/Buenos_Aires",
              msgid="<CAL9s2nV7qW4tK1pR8mB3xZ0yD5cF6hJ2uT_d+Pc@mail.gmail.com>",
              server="from mail-wr1-f44.google.com (mail-wr1-f44.google.com [209.85.221.44])",
              ident="Pc3vB8nLq6Wt",
              extra=[("In-Reply-To", "<D8F1A2C3-4B5E-4F60-9A7B-8C9D0E1F2A3B@example.org>")])
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(42), family="mock_interview", lang="en", interview=False, company=None,
      note="Peer mock-interview platform confirms a practice session (Wed 14 Oct 7:00 PM Lima = 00:00Z "
           "on the 15th, ICS in UTC): a confirmed 'interview' that is practice, not a job interview",
      days=(("Wed", "2026-10-14"),))
def peerprep_mock():
    body = t("""
        Your practice interview is confirmed!

        Hi Valeria,

        You're matched with Ana R. (Buenos Aires) for a peer mock interview.

        When: Wednesday, October 14, 2026 - 7:00 PM to 8:00 PM (Lima, GMT-5)
        Format: 2 x 30 min - you interview Ana first (Backend: design a rate limiter),
        then Ana interviews you (Backend: design a URL shortener).
        Room: https://peerprep.io/room/7fq2-lm9x

        Remember: this is practice. Be kind, be specific in your feedback, and show up on time -
        no-shows lose their matching priority.

        Happy practicing,
        The PeerPrep team

        Manage notifications: https://peerprep.io/settings/notifications
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//PeerPrep//Sessions//EN
        VERSION:2.0
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:session-7fq2-lm9x@peerprep.io
        DTSTAMP:20261011T224010Z
        DTSTART:20261015T000000Z
        DTEND:20261015T010000Z
        SUMMARY:PeerPrep practice interview with Ana R.
        LOCATION:https://peerprep.io/room/7fq2-lm9x
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(frm=addr("PeerPrep", "sessions@peerprep.io"),
              subject="Confirmed: your practice interview on Wed, Oct 14",
              when="2026-10-11 17:40", zone=LIMA,
              msgid="<20261011224010.9c1d7e3f5a2b8046@peerprep.io>",
              server="from mail-200.postmarkapp.com (mail-200.postmarkapp.com [50.31.156.200])",
              ident="Pp8eX2tLq5Nv",
              extra=[("X-PM-Message-Id", "a1b2c3d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d")])
    return message(hs, mixed(text(body),
                             calendar(ics, method="PUBLISH", cte="7bit", filename="practice.ics",
                                      disposition="attachment")))


@mail(n(43), family="coaching", lang="es", interview=False, company=None,
      note="Calendly confirmation (in Spanish) of a 1:1 interview-preparation coaching session, martes 3 "
           "de noviembre 19:00 hora de Perú: Calendly family with a fixed time, but coaching, not a job "
           "interview",
      days=(("Tue", "2026-11-03"),))
def coach_calendly():
    body = t("""
        Hola Valeria Quispe,

        Tu evento Sesión 1:1 – Preparación para entrevistas con Carla Núñez a las 19:00 (hora de Perú)
        el martes, 3 de noviembre de 2026 está programado.

        Tipo de evento:
        Sesión 1:1 – Preparación para entrevistas (60 min)

        Fecha/hora del evento:
        19:00 - 20:00, martes, 3 de noviembre de 2026 (hora de Perú)

        Ubicación:
        Google Meet (el enlace llegará en la invitación)

        Preguntas:
        ¿Qué quieres trabajar en la sesión?
        Tengo una entrevista de system design con una empresa de EE. UU. en unos días y quiero practicar cómo estructuro la respuesta en inglés.

        ¿Necesitas hacer cambios en este evento?
        Cancelar: https://calendly.com/cancellations/b2e4f6a8-1c3d-4e5f-8a9b-0c1d2e3f4a5b
        Reprogramar: https://calendly.com/reschedulings/b2e4f6a8-1c3d-4e5f-8a9b-0c1d2e3f4a5b

        Con la tecnología de Calendly.com
    """)
    page = "<html><body style=\"font-family:Helvetica,Arial,sans-serif;color:#0a2540\">\n" + \
        "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in body.split("\n\n")) + "</body></html>\n"
    hs = head(frm=addr("Calendly", "notifications@calendly.com"),
              subject="Confirmado: Sesión 1:1 – Preparación para entrevistas con Carla Núñez el martes, 3 de "
                      "noviembre de 2026",
              when="2026-10-30 21:14", zone=LIMA,
              msgid="<0102019a3f8c2d41-6e1b9a7c-3f52-4d08-a9e4-2c7b5f0d8e13-000000@us-west-2.amazonses.com>",
              server="from a27-44.smtp-out.us-west-2.amazonses.com (a27-44.smtp-out.us-west-2.amazonses.com [54.240.27.44])",
              ident="Cy7pD3wKr0Qs",
              extra=[("Reply-To", addr("Carla Núñez", "carla@carlanunez.coach"))])
    return message(hs, alt(text(body), html(page)))


@mail(n(44), family="interviewer_side", lang="en", interview=False, company=None,
      note="Greenhouse interview-kit notice from Valeria's current client (Chasqui Pagos): she is the "
           "INTERVIEWER of another candidate on Thu 19 Nov 3:00 PM Lima (ICS in UTC); a confirmed "
           "interview, but not her own job interview")
def chasqui_interviewer():
    body = t("""
        Hi Valeria,

        You've been scheduled to interview Diego Alarcón for Senior Backend Engineer (Conciliaciones).

        Interview: Technical Interview - Distributed Systems
        When: Thursday, November 19, 2026, 3:00 PM - 4:00 PM PET
        Where: https://meet.google.com/chq-intv-dla
        Other interviewers: Milagros Ccori

        Your interview kit, including the focus attributes and suggested questions, is ready:
        https://app.greenhouse.io/guides/4471920/people/88130552?application_id=91277340

        Please submit your scorecard within 24 hours of the interview.

        Thanks for helping us hire!
        Chasqui Pagos Recruiting
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interviewer-4471920-91277340@greenhouse.io
        DTSTAMP:20261116T170211Z
        DTSTART:20261119T200000Z
        DTEND:20261119T210000Z
        SUMMARY:Interview: Diego Alarcón - Senior Backend Engineer (Conciliaciones)
        LOCATION:https://meet.google.com/chq-intv-dla
        ORGANIZER;CN=Chasqui Pagos Recruiting:mailto:talento@chasquipagos.pe
        ATTENDEE;CN=Valeria Quispe;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:valeria.quispe@example.org
        ATTENDEE;CN=Milagros Ccori;ROLE=REQ-PARTICIPANT:mailto:milagros.ccori@chasquipagos.pe
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(frm=addr("Chasqui Pagos", "no-reply@us.greenhouse-mail.io"),
              subject="You're interviewing Diego Alarcón on Thursday, November 19 at 3:00 PM PET",
              when="2026-11-16 12:02", zone=LIMA,
              msgid="<Yw2kP7nB4sQ9tL0vRm5xCa@geopod-ismtpd-6-0>",
              server="from o5.us.greenhouse-mail.io (o5.us.greenhouse-mail.io [167.89.43.110])",
              ident="Gh2iW6vNq4Kb")
    return message(hs, mixed(text(body),
                             calendar(ics, method="REQUEST", cte="quoted-printable", filename="interview.ics",
                                      disposition="attachment")))


@mail(n(45), family="auto_reply", lang="en", interview=False, company="Quillfeather",
      note="Exchange out-of-office reply from Quillfeather's recruiting coordinator (Auto-Submitted: "
           "auto-replied) with return dates; no interview time")
def quillfeather_ooo():
    body = t("""
        Hi there,

        Thanks for your email. I'm out of the office through Friday, November 13 with limited access to email, and will respond when I'm back on Monday, November 16.

        For anything interview-related in the meantime, my colleague Jess Abernathy (jess.abernathy@quillfeather.com) is covering scheduling.

        Best,
        Hanna Berg
        People Operations | Quillfeather
    """)
    hs = head(frm=addr("Hanna Berg", "hanna.berg@quillfeather.com"),
              subject="Automatic reply: Quillfeather - next steps",
              when="2026-11-10 07:31", zone="America/Los_Angeles",
              msgid="<MW4PR11MB5917C7A1E3D0F2B48A6C9E5D1F073@MW4PR11MB5917.namprd11.prod.outlook.com>",
              server="from NAM11-MW4-obe.outbound.protection.outlook.com (mail-mw4nam11on2120.outbound.protection.outlook.com [40.107.220.120])",
              ident="Qo1fH8mTr3Xw",
              extra=[("Auto-Submitted", "auto-replied"),
                     ("X-Auto-Response-Suppress", "All"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "hanna.berg@quillfeather.com"),
                     ("In-Reply-To", "<8E2B4D6F-1A3C-4E5F-9B7D-0C2E4A6B8D1F@example.org>"),
                     ("Thread-Topic", "Quillfeather - next steps"),
                     ("Content-Language", "en-US")])
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(46), family="bounce", lang="es", interview=False, company=None,
      note="Postfix delivery-status bounce of Valeria's own confirmation to a mistyped recruiter domain "
           "(paramofintech.com instead of .co); the returned message restates 'viernes 16 de octubre a "
           "las 8:00 a. m.', but a bounce confirms nothing (the interview itself is the forwarded "
           "Páramo confirmation)",
      days=(("Fri", "2026-10-16"),))
def paramo_bounce():
    explanation = t("""
        This is the mail system at host smtp.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <juliana.restrepo@paramofintech.com>: Host or domain name not found. Name
            service error for name=paramofintech.com type=MX: Host not found, try again
    """)
    status = t("""
        Reporting-MTA: dns; smtp.example.org
        X-Postfix-Queue-ID: 4Bq7Tx2QzKz9sWR
        X-Postfix-Sender: rfc822; valeria.quispe@example.org
        Arrival-Date: Tue, 13 Oct 2026 08:08:57 -0500 (-05)

        Final-Recipient: rfc822; juliana.restrepo@paramofintech.com
        Original-Recipient: rfc822;juliana.restrepo@paramofintech.com
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=paramofintech.com type=MX: Host not found, try again
    """)
    reply = t("""
        ¡Hola Juliana!

        Confirmado: el viernes 16 de octubre a las 8:00 a. m. (hora Colombia/Lima) con Santiago. ¡Muchas gracias por coordinar!

        Saludos,
        Valeria
    """)
    original = message([
        ("From", ME_FULL),
        ("To", addr("Juliana Restrepo", "juliana.restrepo@paramofintech.com")),
        ("Subject", enc("Re: Entrevista Páramo Fintech - confirmación")),
        ("Date", date("2026-10-13 08:08", LIMA)),
        ("Message-ID", "<7C3E9A1B-5D2F-4B8E-A06C-1F4D7B2E9C58@example.org>"),
        ("In-Reply-To", "<CAH2m7vQ4kP9sX1tR6zB0nW3yL8cF5aJ2dE_u+Kq@mail.gmail.com>"),
    ], text(reply))
    report = make.multipart("report", text(explanation, charset="us-ascii", cte="7bit",
                                           extra=(("Content-Description", "Notification"),)),
                            raw_part([("Content-Description", "Delivery report"),
                                      ("Content-Type", "message/delivery-status")], status),
                            make.Part([("Content-Description", "Undelivered Message"),
                                       ("Content-Type", "message/rfc822")], original),
                            params="report-type=delivery-status")
    hs = [
        ("Delivered-To", ME),
        ("Return-Path", "<>"),
        ("Received", "by smtp.example.org (Postfix)\r\n id 5Cr8Uy3RaL; " + date("2026-10-13 08:09", LIMA)),
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@smtp.example.org")),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-10-13 08:09", LIMA)),
        ("Message-ID", "<20261013130906.5Cr8Uy3RaL@smtp.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(hs, report)


@mail(n(47), family="mailing_list", lang="es", interview=False, company=None,
      note="Google Groups post on a Lima developers' list: another member asks about Tidewater's process "
           "before HIS technical interview ('el miércoles 28 a las 2 pm hora de Nueva York'); someone "
           "else's interview, list mail",
      days=(("Wed", "2026-10-28"),))
def lima_devs_list():
    body = t("""
        Hola gente,

        ¿Alguien pasó por el proceso de Tidewater Health (healthtech de Boston, contratan remoto desde Latam)? Tengo la entrevista técnica el miércoles 28 a las 2 pm hora de Nueva York y no encuentro mucho en Glassdoor. ¿Es live coding o más conversación de diseño? ¿Piden inglés fluido desde la primera?

        Cualquier dato se agradece, les invito un café en el próximo meetup. ☕

        Renzo

        --
        Recibiste este mensaje porque estás suscrito al grupo "lima-devs" de Grupos de Google.
        Para anular la suscripción a este grupo y dejar de recibir sus correos electrónicos, envía un correo electrónico a lima-devs+unsubscribe@googlegroups.com.
        Para ver este debate, visita https://groups.google.com/d/msgid/lima-devs/CAM7r2pQ9sV4tK1nL8wB3xZ0yD6cF5hJ2uT_f%2BRz%40mail.gmail.com.
    """)
    hs = head(frm=addr("Renzo Palomino", "renzo.palomino.dev@gmail.com"),
              to="lima-devs@googlegroups.com",
              subject="[lima-devs] ¿Alguien pasó por el proceso de Tidewater Health?",
              when="2026-10-24 11:37", zone=LIMA,
              msgid="<CAM7r2pQ9sV4tK1nL8wB3xZ0yD6cF5hJ2uT_f+Rz@mail.gmail.com>",
              server="from mail-sor-f57.google.com (mail-sor-f57.google.com [209.85.220.57])",
              ident="Gg5tQ2wLn8Vr",
              extra=[("Sender", "lima-devs@googlegroups.com"),
                     ("Reply-To", "lima-devs@googlegroups.com"),
                     ("Precedence", "list"),
                     ("Mailing-list", "list lima-devs@googlegroups.com; contact lima-devs+owners@googlegroups.com"),
                     ("List-ID", "<lima-devs.googlegroups.com>"),
                     ("X-Google-Group-Id", "684120937715"),
                     ("List-Post", "<https://groups.google.com/group/lima-devs/post>, <mailto:lima-devs@googlegroups.com>"),
                     ("List-Help", "<https://groups.google.com/support/>, <mailto:lima-devs+help@googlegroups.com>"),
                     ("List-Archive", "<https://groups.google.com/group/lima-devs>"),
                     ("List-Unsubscribe", "<mailto:googlegroups-manage+684120937715+unsubscribe@googlegroups.com>, "
                                          "<https://groups.google.com/group/lima-devs/subscribe>")])
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(48), family="take_home", lang="en", interview=False, company="Tramontana Labs",
      note="Workable message (relay Reply-To) asking for a take-home assignment due Friday, November 27 "
           "at 6:00 PM Buenos Aires time: a deadline, not an interview",
      days=(("Fri", "2026-11-27"),))
def tramontana_workable():
    body = t("""
        Hi Valeria,

        Thanks again for the great chat last Thursday! As a next step, we'd like you to complete a short take-home assignment: a small ledger service in Go or Python with an HTTP API and tests. The brief and the starter repo are here:

        https://tramontana-labs.workable.com/assessments/7c2f91ad

        Please submit your solution by Friday, November 27, 2026 at 6:00 PM (GMT-3, Buenos Aires). It should take about 3 hours; please don't spend more than 4. Once we've reviewed it, we'll get back to you about the final round.

        Cheers,
        Joaquín Pereyra
        Engineering Lead, Tramontana Labs

        --
        Sent via Workable. Reply to this email to respond to Tramontana Labs.
    """)
    page = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n" + \
        "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in body.split("\n\n")) + "</body></html>\n"
    hs = head(frm=addr("Joaquín Pereyra (Tramontana Labs)", "noreply@candidates.workablemail.com"),
              subject="Next step: take-home assignment - Backend Engineer at Tramontana Labs",
              when="2026-11-23 11:00", zone="America/Argentina/Buenos_Aires",
              msgid="<656f2c8e91a4b_1d3f7b2c98e4a@workable-mailer-6f8d9c-2x7qk.mail>",
              server="from mail-out.workablemail.com (mail-out.workablemail.com [34.241.17.112])",
              ident="Wk9bN4rTq2Lm",
              extra=[("Reply-To", "tramontana-labs+3f9a1c7e@candidates.workablemail.com")])
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(49), family="application_ack", lang="en", interview=False, company="Meridian Freight Systems",
      note="Taleo application receipt; 'a recruiter will contact you to schedule an interview' is "
           "conditional, nothing is scheduled")
def meridian_taleo_ack():
    page = t("""
        <html><body>
        <table width="640" style="font-family:Verdana,Arial,sans-serif;font-size:12px;color:#333">
        <tr><td><img src="https://meridianfreight.taleo.net/careersection/theme/1202/logo.png" alt="Meridian Freight Systems"></td></tr>
        <tr><td>
        <p>Dear Valeria Quispe,</p>
        <p>Thank you for your interest in Meridian Freight Systems. This message confirms that we have
        received your application for the position of <b>Software Engineer III - Backend (Remote, LATAM)</b>,
        Job Number <b>2600412</b>.</p>
        <p>Our recruiting team will review your qualifications. If your background matches the
        requirements of the position, a recruiter will contact you to schedule an interview.</p>
        <p>You can review the status of your application at any time by logging into your
        <a href="https://meridianfreight.taleo.net/careersection/2/mysubmissions.ftl">candidate profile</a>.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Meridian Freight Systems</p>
        <p style="font-size:10px;color:#888">This is an automated message. Please do not reply.<br>
        Meridian Freight Systems is an Equal Opportunity Employer.</p>
        </td></tr></table>
        </body></html>
    """)
    hs = head(frm=addr("Meridian Freight Systems", "meridianfreight@taleo.net"),
              subject="Meridian Freight Systems - Application Received - Software Engineer III - Backend",
              when="2026-09-10 18:33", zone="America/Chicago",
              msgid="<1096781238.281754.1789083180442.JavaMail.taleo@phx-tlo-mail02>",
              server="from smtp-out.taleo.net (smtp-out.taleo.net [160.34.18.45])",
              ident="Tl4cR7sVq1Nb")
    return message(hs, html(page, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(50), family="interview_proposal", lang="es", interview=False, company="Orvalle Robotics",
      note="Personio message from a Madrid company inviting to a first interview and offering two "
           "options (lunes 16 a las 16:00 / martes 17 a las 17:30, hora de Madrid) for Valeria to "
           "choose: proposed, not confirmed",
      days=(("Mon", "2026-11-16"), ("Tue", "2026-11-17")))
def orvalle_personio():
    body = t("""
        Hola Valeria:

        ¡Gracias por tu candidatura para Backend Engineer (Python) en Orvalle Robotics! Nos ha gustado mucho tu perfil y nos gustaría invitarte a una primera entrevista de 45 minutos por videollamada con Adrián, nuestro CTO.

        ¿Cuál de estas opciones te viene mejor?

          • lunes 16 de noviembre, 16:00 (hora de Madrid)
          • martes 17 de noviembre, 17:30 (hora de Madrid)

        Responde a este correo indicando la que prefieras y te enviaremos la invitación con el enlace. Si ninguna te encaja, dinos tu disponibilidad esa semana.

        Un saludo,
        Marta Ibarrola
        People & Talent | Orvalle Robotics S.L.

        --
        Este mensaje se ha enviado con Personio. Tus datos se tratan conforme a nuestra política de privacidad: https://orvalle-robotics.jobs.personio.com/privacy-policy
    """)
    page = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n" + \
        "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in body.split("\n\n")) + "</body></html>\n"
    hs = head(frm=addr("Orvalle Robotics", "noreply@personio.de"),
              subject="Tu candidatura en Orvalle Robotics: primera entrevista",
              when="2026-11-11 10:30", zone="Europe/Madrid",
              msgid="<e3b1c7a9d2f54e08b6a1c3d5e7f9a2b4@mail.personio.de>",
              server="from mail-eu1.personio.de (mail-eu1.personio.de [3.65.122.87])",
              ident="Ps6mT1vRq9Kx",
              extra=[("Reply-To", addr("Marta Ibarrola", "marta.ibarrola@orvallerobotics.es"))])
    return message(hs, alt(text(body), html(page)))
