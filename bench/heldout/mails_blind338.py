"""blind338: a blind 50-mail held-out set, the inbox of Marta Lasierra, ski-resort operations
coordinator in Huesca (Europe/Madrid), September to December 2026.

Written by a helper session that read only make.py, make_blind.py, the set-up and convention
sections of bench/heldout/README.md, the dev corpus README, labels.json, dev_002/dev_009 and
score.py; it did not read the detector, its tests, the other held-out mails, and never ran the
detector. Every mail below is one hand-written function; keys 1-23 are the positives (16
scheduled, 4 rescheduled, 3 cancelled), 24-50 the negatives. File numbers are a fixed shuffle of
the writing order (ORDER). Companies and people are fictional.
"""

from __future__ import annotations

import base64
import hashlib
import random

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
    t,
    text,
)

SET = "blind338"
ORDER = random.Random(3380338).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


MAD = "Europe/Madrid"
ME = "marta.lasierra@example.org"
MARTA = addr("Marta Lasierra", ME)
MARTA_OLD = addr("Marta Lasierra", "marta.lasierra@example.com")


def _h(seed: str, n: int = 24) -> str:
    return hashlib.sha256(seed.encode(), usedforsecurity=False).hexdigest()[:n]


def mid(seed: str, domain: str) -> str:
    return f"<{_h(seed)}@{domain}>"


def rcv(host: str, ip: str, when: str, zone: str, lag: int = 3) -> tuple[str, str]:
    ident = f"mx1.example.org (Postfix) with ESMTPS id {_h(host + when, 10).upper()}"
    return ("Received", make.received(f"from {host} ({host} [{ip}])", when, zone, ident, ME, lag))


def eu_vtz(tzid: str, std: str = "CET", dst: str = "CEST") -> str:
    """IANA-style VTIMEZONE (Google Calendar / Apple / Ashby) for an EU zone on CET/CEST."""
    return "\n".join([
        "BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", f"TZNAME:{dst}",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", f"TZNAME:{std}",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ])


ROMANCE = make.VTZ["W. Europe Standard Time"].replace("TZID:W. Europe Standard Time",
                                                      "TZID:Romance Standard Time")

# =========================================================================== positives: scheduled


@make.mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-09-15T08:00:00Z", end="2026-09-15T08:45:00Z",
           contact="lena.brunner@alpenwelt-resorts.ch", company="Alpenwelt Resorts",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone="Europe/Zurich",
           note="Greenhouse confirmation from a Swiss employer: 10:00-10:45 CEST (Zurich = Madrid), "
                "UTC+2 in September; contact = recruiter Reply-To")
def m01() -> bytes:
    when = "2026-09-09 16:20"
    body = t("""
        Hi Marta,

        Thank you for scheduling time with us. Your interview for Operations Coordinator,
        Winter Season (Engelberg) is confirmed:

        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 10:45 AM CEST
        Interviewer: Thomas Gisler, Head of Mountain Operations
        Location: Zoom - https://alpenwelt.zoom.us/j/84417720931?pwd=Rk9aWnBxS0c

        Please let us know if you have any questions by replying to this email.

        Kind regards,
        Lena Brunner
        Talent Acquisition | Alpenwelt Resorts AG
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Marta,</p>
        <p>Thank you for scheduling time with us. Your interview for <b>Operations Coordinator,
        Winter Season (Engelberg)</b> is confirmed:</p>
        <table cellpadding="4">
        <tr><td><b>Date</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM - 10:45 AM CEST</td></tr>
        <tr><td><b>Interviewer</b></td><td>Thomas Gisler, Head of Mountain Operations</td></tr>
        <tr><td><b>Location</b></td><td><a href="https://alpenwelt.zoom.us/j/84417720931?pwd=Rk9aWnBxS0c">Zoom</a></td></tr>
        </table>
        <p>Please let us know if you have any questions by replying to this email.</p>
        <p>Kind regards,<br>Lena Brunner<br>Talent Acquisition | Alpenwelt Resorts AG</p>
        </body></html>
        """)
    return message([
        rcv("mail198.us.greenhouse-mail.io", "167.89.48.12", when, "Europe/Zurich"),
        ("From", addr("Alpenwelt Resorts", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Lena Brunner", "lena.brunner@alpenwelt-resorts.ch")),
        ("To", MARTA),
        ("Subject", "Interview Confirmation: Operations Coordinator, Winter Season - Alpenwelt Resorts"),
        ("Date", date(when, "Europe/Zurich")),
        ("Message-ID", mid("m01", "us.greenhouse-mail.io")),
    ], alt(text(body), html(page)))


@make.mail(N(2), family="human_prose", lang="es", interview=True, kind="scheduled",
           start="2026-09-24T09:30:00Z", end=None, contact="sergio.abad@nievesdelpirineo.es",
           company="Nieves del Pirineo", local="Thu 2026-09-24 11:30", zone=MAD,
           note="Tú-form recruiter mail sent Monday 21 Sep: 'el jueves a las 11:30' = Thu 24 Sep, "
                "CEST (UTC+2); 'una hora aproximadamente' is approximate, so end null")
def m02() -> bytes:
    when = "2026-09-21 13:05"
    body = t("""
        Hola Marta:

        Gracias por la llamada de esta mañana. Como hablamos, te confirmo la entrevista para el
        puesto de coordinadora de operaciones el jueves a las 11:30 en nuestras oficinas de Jaca
        (Avda. Regimiento de Galicia 14, 2.º). Estaremos el director de la estación, Fernando
        Bescós, y yo. Calcula una hora aproximadamente.

        Si te surge cualquier cosa, llámame al 974 36 21 08 o escríbeme aquí.

        Un saludo,

        Sergio Abad
        Recursos Humanos
        Nieves del Pirineo S.L.
        """)
    return message([
        rcv("smtp.nievesdelpirineo.es", "185.42.104.21", when, MAD),
        ("From", addr("Sergio Abad", "sergio.abad@nievesdelpirineo.es")),
        ("To", MARTA),
        ("Subject", enc("Entrevista jueves – coordinación de operaciones")),
        ("Date", date(when, MAD)),
        ("Message-ID", mid("m02", "nievesdelpirineo.es")),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, cte="8bit"))


@make.mail(N(3), family="outlook_calendar", lang="es", interview=True, kind="scheduled",
           start="2026-09-30T07:30:00Z", end="2026-09-30T08:30:00Z",
           contact="pgracia@grupoturisticoaragones.es", company="Grupo Turístico Aragonés",
           local="Wed 2026-09-30 09:30", local_end="2026-09-30 10:30", zone=MAD,
           note="Exchange meeting request, TZID 'Romance Standard Time' (Madrid), 09:30-10:30 CEST = "
                "07:30-08:30Z; usted; contact = organizer/sender")
def m03() -> bytes:
    when = "2026-09-24 10:12"
    body = t("""
        Estimada Marta:

        Tal como acordamos por teléfono, le envío la convocatoria para la primera entrevista del
        puesto de Coordinador/a de Operaciones de Temporada. La realizaremos por Microsoft Teams
        el miércoles 30 de septiembre de 9:30 a 10:30.

        Atentamente,
        Pilar Gracia
        Dpto. de Personas - Grupo Turístico Aragonés

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse desde el ordenador, la aplicación móvil o el dispositivo de sala
        Haga clic aquí para unirse a la reunión
        Id. de reunión: 372 118 404 556
        Código de acceso: Zk7h3Q
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div class="WordSection1">
        <p class="MsoNormal">Estimada Marta:</p>
        <p class="MsoNormal">Tal como acordamos por teléfono, le envío la convocatoria para la primera
        entrevista del puesto de Coordinador/a de Operaciones de Temporada. La realizaremos por
        Microsoft Teams el miércoles 30 de septiembre de 9:30 a 10:30.</p>
        <p class="MsoNormal">Atentamente,<br>Pilar Gracia<br>Dpto. de Personas - Grupo Turístico Aragonés</p>
        <div style="margin-bottom:24px">________________________________________________________________________________<br>
        <span style="font-size:18pt">Reunión de Microsoft Teams</span><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWQ4ZTNhYjE%40thread.v2/0">Haga clic aquí para unirse a la reunión</a><br>
        Id. de reunión: 372 118 404 556<br>Código de acceso: Zk7h3Q</div>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        ROMANCE,
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Pilar Gracia:mailto:pgracia@grupoturisticoaragones.es",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marta Lasierra:mailto:marta.lasierra@example.org",
        "DESCRIPTION;LANGUAGE=es-ES:Tal como acordamos por teléfono\\, le envío la convocatoria para la primera entrevista.\\n",
        "UID:040000008200E00074C5B7101A82E00800000000B0C6A8D2F04BDD01000000000000000010000000E1C54F3A0B9E6A4C8D41",
        "SUMMARY;LANGUAGE=es-ES:Entrevista - Coordinador/a de Operaciones de Temporada",
        "DTSTART;TZID=Romance Standard Time:20260930T093000",
        "DTEND;TZID=Romance Standard Time:20260930T103000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20260924T081200Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        rcv("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.91", when, MAD),
        ("From", addr("Pilar Gracia", "pgracia@grupoturisticoaragones.es")),
        ("To", MARTA),
        ("Subject", enc("Entrevista - Coordinador/a de Operaciones de Temporada")),
        ("Thread-Topic", enc("Entrevista - Coordinador/a de Operaciones de Temporada")),
        ("Date", date(when, MAD)),
        ("Message-ID", mid("m03", "AM6PR05MB6126.eurprd05.prod.outlook.com")),
        ("Content-Language", "es-ES"),
        ("X-MS-Has-Attach", ""),
    ], alt(text(body), html(page), calendar(ics, cte="base64")))


@make.mail(N(4), family="workday", lang="en", interview=True, kind="scheduled",
           start="2026-10-08T15:00:00Z", end="2026-10-08T16:00:00Z",
           contact="megan.holt@summitpeakhospitality.com", company="Summit Peak Hospitality",
           local="Thu 2026-10-08 09:00", local_end="2026-10-08 10:00", zone="America/Denver",
           note="Workday HTML-only (base64) from a Denver employer: 9:00-10:00 AM MDT (UTC-6) = 15:00Z, "
                "17:00 in Huesca; sender is a Workday no-reply, contact = recruiter address in body")
def m04() -> bytes:
    when = "2026-10-01 09:30"
    page = t("""
        <!DOCTYPE html>
        <html><body style="margin:0;background:#f4f4f4">
        <table width="600" align="center" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="padding:24px"><img src="https://wd5.myworkday.com/summitpeak/img/logo.png" alt="Summit Peak Hospitality" width="180"></td></tr>
        <tr><td style="padding:0 24px">
        <p>Dear Marta Lasierra,</p>
        <p>Thank you for your interest in the <b>Mountain Operations Coordinator (R-10482)</b> position.
        We are pleased to confirm your video interview.</p>
        <p><b>Interview Date:</b> Thursday, October 8, 2026<br>
        <b>Interview Time:</b> 9:00 AM - 10:00 AM MDT (Mountain Daylight Time)<br>
        <b>Interviewer:</b> Kyle Ostrander, Director of Mountain Operations<br>
        <b>Format:</b> Microsoft Teams (link below)</p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2E5MjFmNDc%40thread.v2/0">Join the interview</a></p>
        <p>If you need to make a change, please contact your recruiter, Megan Holt, at
        <a href="mailto:megan.holt@summitpeakhospitality.com">megan.holt@summitpeakhospitality.com</a>.</p>
        <p>You can review your application at any time from the Candidate Home in our career site.</p>
        <p>Best regards,<br>Talent Acquisition<br>Summit Peak Hospitality</p>
        </td></tr>
        <tr><td style="padding:24px;font-size:11px;color:#888">This email was sent from an unmonitored mailbox. Please do not reply.</td></tr>
        </table></body></html>
        """)
    return message([
        rcv("mail-out.myworkday.com", "64.127.28.17", when, "America/Denver"),
        ("From", addr("Summit Peak Hospitality", "summitpeak@myworkday.com")),
        ("To", ME),
        ("Subject", "Interview Confirmation - Mountain Operations Coordinator (R-10482)"),
        ("Date", date(when, "America/Denver")),
        ("Message-ID", mid("m04", "myworkday.com")),
    ], html(page, cte="base64"))


@make.mail(N(5), family="teamtailor", lang="es", interview=True, kind="scheduled",
           start="2026-10-06T10:00:00Z", end="2026-10-06T10:45:00Z",
           contact="irene.cosculluela@vallesaltos.es", company="Valles Altos Montaña",
           local="Tue 2026-10-06 12:00", local_end="2026-10-06 12:45", zone=MAD,
           note="Teamtailor (Spanish) with invite.ics in Europe/Madrid: 12:00, 45 minutos, CEST = 10:00Z; "
                "contact = recruiter Reply-To")
def m05() -> bytes:
    when = "2026-09-28 11:40"
    body = t("""
        Hola Marta,

        ¡Tu entrevista está confirmada!

        Puesto: Jefe/a de Operaciones de Pistas
        Fecha: martes, 6 de octubre de 2026
        Hora: 12:00 - 12:45 (hora de Madrid)
        Lugar: Google Meet - https://meet.google.com/hqe-rvdk-pwm
        Con: Irene Cosculluela y Daniel Sopena

        Te adjuntamos la invitación para que la añadas a tu calendario. Si necesitas cambiar la
        hora, responde a este correo.

        Un saludo,
        El equipo de Valles Altos Montaña
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;color:#1d1d1f">
        <div style="max-width:560px;margin:0 auto;padding:32px">
        <h2 style="font-weight:600">¡Tu entrevista está confirmada!</h2>
        <p>Hola Marta,</p>
        <p><b>Puesto:</b> Jefe/a de Operaciones de Pistas<br>
        <b>Fecha:</b> martes, 6 de octubre de 2026<br>
        <b>Hora:</b> 12:00 - 12:45 (hora de Madrid)<br>
        <b>Lugar:</b> <a href="https://meet.google.com/hqe-rvdk-pwm">Google Meet</a><br>
        <b>Con:</b> Irene Cosculluela y Daniel Sopena</p>
        <p>Te adjuntamos la invitación para que la añadas a tu calendario. Si necesitas cambiar la hora,
        responde a este correo.</p>
        <p>Un saludo,<br>El equipo de Valles Altos Montaña</p>
        <p style="font-size:11px;color:#999">Powered by Teamtailor</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Teamtailor//Interview//ES", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", eu_vtz(MAD),
        "BEGIN:VEVENT", "UID:tt-interview-5518204@teamtailor.com", "DTSTAMP:20260928T094000Z",
        "DTSTART;TZID=Europe/Madrid:20261006T120000", "DTEND;TZID=Europe/Madrid:20261006T124500",
        "SUMMARY:Entrevista: Jefe/a de Operaciones de Pistas - Valles Altos Montaña",
        "LOCATION:https://meet.google.com/hqe-rvdk-pwm",
        "ORGANIZER;CN=Irene Cosculluela:mailto:irene.cosculluela@vallesaltos.es",
        "ATTENDEE;CN=Marta Lasierra;RSVP=TRUE:mailto:marta.lasierra@example.org",
        "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        rcv("o12.teamtailor-mail.com", "149.72.161.57", when, MAD),
        ("From", addr("Valles Altos Montaña", "no-reply@teamtailor-mail.com")),
        ("Reply-To", addr("Irene Cosculluela", "irene.cosculluela@vallesaltos.es")),
        ("To", MARTA),
        ("Subject", enc("Entrevista confirmada: Jefe/a de Operaciones de Pistas")),
        ("Date", date(when, MAD)),
        ("Message-ID", mid("m05", "teamtailor-mail.com")),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(6), family="calendly", lang="es", interview=True, kind="scheduled",
           start="2026-10-14T09:00:00Z", end="2026-10-14T09:30:00Z",
           contact="jordi.puig@pasdelaserra.ad", company="Pas de la Serra Ski Resort",
           local="Wed 2026-10-14 11:00", local_end="2026-10-14 11:30", zone="Europe/Andorra",
           note="Calendly invitee confirmation (Spanish UI) from an Andorran resort: 11:00-11:30 "
                "Europe/Andorra (CEST) = 09:00Z; ICS in UTC; contact = host Reply-To")
def m06() -> bytes:
    when = "2026-10-12 19:02"
    body = t("""
        Hola, Marta Lasierra:

        Se ha programado un nuevo evento.

        Evento:
        Entrevista - Coordinador/a de remontes

        Nombre del invitado:
        Jordi Puig

        Fecha/hora del evento:
        11:00 - 11:30, miércoles, 14 de octubre de 2026 (Hora de Europa central - Andorra)

        Ubicación:
        Esta es una reunión web de Zoom. https://pasdelaserra.zoom.us/j/93301458872

        Descripción:
        Primera conversación sobre el puesto de coordinador/a de remontes para la temporada
        2026-27.

        Ver evento en Calendly: https://calendly.com/events/e4b91c2a-73d0-4b55-9a4e-1f0b6c7d2a10

        Enviado desde Calendly
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:e4b91c2a-73d0-4b55-9a4e-1f0b6c7d2a10@calendly.com",
        "DTSTAMP:20261012T170200Z", "DTSTART:20261014T090000Z", "DTEND:20261014T093000Z",
        "SUMMARY:Entrevista - Coordinador/a de remontes (Jordi Puig)",
        "ORGANIZER;CN=Jordi Puig:mailto:jordi.puig@pasdelaserra.ad",
        "ATTENDEE;CN=Marta Lasierra:mailto:marta.lasierra@example.org",
        "LOCATION:https://pasdelaserra.zoom.us/j/93301458872", "STATUS:CONFIRMED", "SEQUENCE:0",
        "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        rcv("o1.email.calendly.com", "167.89.123.88", when, "Europe/Andorra"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Jordi Puig", "jordi.puig@pasdelaserra.ad")),
        ("To", ME),
        ("Subject", enc("Confirmado: Entrevista - Coordinador/a de remontes con Jordi Puig el miércoles, 14 de octubre de 2026")),
        ("Date", date(when, "Europe/Andorra")),
        ("Message-ID", mid("m06", "calendly.com")),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, method=None, filename="invite.ics", disposition="attachment", ctype="application/ics")))


@make.mail(N(7), family="google_calendar", lang="fr", interview=True, kind="scheduled",
           start="2026-10-20T12:00:00Z", end="2026-10-20T13:00:00Z",
           contact="camille.fabre@pyrenees-glisse.fr", company="Pyrénées Glisse",
           local="Tue 2026-10-20 14:00", local_end="2026-10-20 15:00", zone="Europe/Paris",
           note="Google Calendar invitation, French UI, from a Toulouse employer: 14:00-15:00 CEST "
                "(Paris) = 12:00Z; contact = organizer (sender)")
def m07() -> bytes:
    when = "2026-10-13 10:15"
    body = t("""
        Vous avez été invité à l'événement suivant.

        Titre : Entretien - Responsable d'exploitation domaine skiable (Marta Lasierra)
        Quand : mar. 20 oct. 2026 14:00 – 15:00 (heure d'été d'Europe centrale - Paris)
        Participer à la réunion Google Meet : https://meet.google.com/vbt-qkaw-xzf

        Calendrier : marta.lasierra@example.org
        Participants :
        * camille.fabre@pyrenees-glisse.fr - organisateur
        * bruno.castaing@pyrenees-glisse.fr
        * marta.lasierra@example.org

        Afficher tous les détails de l'événement :
        https://calendar.google.com/calendar/event?action=VIEW&eid=NmZ0azN0cjBxM2Y4Yw

        Invitation de Google Agenda
        Vous recevez cet e-mail, car vous êtes invité à cet événement.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", make.VTZ["Europe/Paris"],
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Paris:20261020T140000", "DTEND;TZID=Europe/Paris:20261020T150000",
        "DTSTAMP:20261013T081500Z",
        "ORGANIZER;CN=camille.fabre@pyrenees-glisse.fr:mailto:camille.fabre@pyrenees-glisse.fr",
        "UID:6ftk3tr0q3f8c0b9m2sl7a1h4e@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marta.lasierra@example.org;X-NUM-GUESTS=0:mailto:marta.lasierra@example.org",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=bruno.castaing@pyrenees-glisse.fr;X-NUM-GUESTS=0:mailto:bruno.castaing@pyrenees-glisse.fr",
        "X-GOOGLE-CONFERENCE:https://meet.google.com/vbt-qkaw-xzf",
        "CREATED:20261013T081442Z", "DESCRIPTION:", "LAST-MODIFIED:20261013T081500Z", "LOCATION:",
        "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Entretien - Responsable d'exploitation domaine skiable (Marta Lasierra)",
        "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        rcv("mail-sor-f73.google.com", "209.85.220.73", when, "Europe/Paris"),
        ("From", addr("Camille Fabre", "camille.fabre@pyrenees-glisse.fr")),
        ("Sender", "Google Agenda <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", enc("Invitation: Entretien - Responsable d'exploitation domaine skiable (Marta Lasierra) @ mar. 20 oct. 2026 14:00 - 15:00 (CEST) (marta.lasierra@example.org)")),
        ("Date", date(when, "Europe/Paris")),
        ("Message-ID", mid("m07", "google.com")),
    ], mixed(alt(text(body), html(gmail_html(body)), calendar(ics)),
             calendar(ics, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@make.mail(N(8), family="human_prose", lang="en", interview=True, kind="scheduled",
           start="2026-10-26T09:00:00Z", end="2026-10-26T09:45:00Z",
           contact="hannah.pryce@northcliff-travel.co.uk", company="Northcliff Travel Group",
           local="Mon 2026-10-26 09:00", local_end="2026-10-26 09:45", zone="Europe/London",
           note="UK recruiter writes on Thu 22 Oct (BST) for Mon 26 Oct 9:00 UK time, the day after the "
                "clocks go back: GMT, so 09:00Z (10:00 in Huesca, as the mail says); 'will last 45 minutes'")
def m08() -> bytes:
    when = "2026-10-22 15:47"
    body = t("""
        Dear Marta,

        Thanks for getting back to me so quickly. I'm pleased to confirm your interview for the
        Resort Operations Manager (Pyrenees programme) role on Monday 26 October at 9:00am UK
        time - that's 10:00 for you in Spain, as both our clocks go back this weekend.

        It will be a Teams video call with Oliver Grant (Head of Ski Operations) and myself and will
        last 45 minutes. I'll send the link separately on Friday.

        Best wishes,
        Hannah

        Hannah Pryce
        Senior Talent Partner
        Northcliff Travel Group | Manchester
        """)
    return message([
        rcv("mail-lo2gbr01on2103.outbound.protection.outlook.com", "40.107.11.103", when, "Europe/London"),
        ("From", addr("Hannah Pryce", "hannah.pryce@northcliff-travel.co.uk")),
        ("To", MARTA),
        ("Subject", "Interview confirmed - Resort Operations Manager"),
        ("Date", date(when, "Europe/London")),
        ("Message-ID", mid("m08", "LO2P265MB5412.GBRP265.PROD.OUTLOOK.COM")),
        ("In-Reply-To", mid("m08-prev", "mail.example.org")),
        ("References", mid("m08-prev", "mail.example.org")),
    ], alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body))))


@make.mail(N(9), family="smartrecruiters", lang="es", interview=True, kind="scheduled",
           start="2026-11-03T15:00:00Z", end="2026-11-03T16:00:00Z",
           contact="laura.bielsa@hotelesmonteperdido.com", company="Hoteles Monte Perdido",
           local="Tue 2026-11-03 16:00", local_end="2026-11-03 17:00", zone=MAD,
           note="SmartRecruiters HTML only (QP), in person in Aínsa: 16:00-17:00 on 3 Nov, after the "
                "25 Oct change, so CET (UTC+1) = 15:00Z; contact = Reply-To")
def m09() -> bytes:
    when = "2026-10-28 09:22"
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
        <div style="max-width:600px;margin:auto">
        <p>Hola Marta,</p>
        <p>Nos alegra confirmarte la entrevista para el puesto de <strong>Coordinadora de Operaciones y
        Servicios de Temporada</strong>.</p>
        <table style="border:1px solid #ddd;padding:12px;width:100%">
        <tr><td>📅 <strong>martes, 3 de noviembre de 2026</strong></td></tr>
        <tr><td>🕓 16:00 – 17:00 (CET)</td></tr>
        <tr><td>📍 Hotel Monte Perdido Aínsa, Avda. Sobrarbe 22, 22330 Aínsa (Huesca) – pregunta en recepción</td></tr>
        <tr><td>👤 Laura Bielsa (Selección) y Marcos Español (Director de Operaciones)</td></tr>
        </table>
        <p>Si necesitas cambiar la cita, responde a este correo.</p>
        <p>¡Hasta pronto!<br>Equipo de Selección – Hoteles Monte Perdido</p>
        <p style="font-size:11px;color:#888">Este mensaje se ha enviado a través de SmartRecruiters.</p>
        </div></body></html>
        """)
    return message([
        rcv("mta-67.smartrecruiters.com", "198.37.151.67", when, MAD),
        ("From", addr("Hoteles Monte Perdido", "noreply@smartrecruiters.com")),
        ("Reply-To", addr("Laura Bielsa", "laura.bielsa@hotelesmonteperdido.com")),
        ("To", MARTA),
        ("Subject", enc("Confirmación de tu entrevista con Hoteles Monte Perdido")),
        ("Date", date(when, MAD)),
        ("Message-ID", mid("m09", "smartrecruiters.com")),
    ], html(page))


@make.mail(N(10), family="ms_bookings", lang="en", interview=True, kind="scheduled",
           start="2026-11-05T09:00:00Z", end="2026-11-05T10:00:00Z", contact=None,
           company="Alpina Lift Systems", local="Thu 2026-11-05 10:00", local_end="2026-11-05 11:00",
           zone="Europe/Vienna",
           note="Microsoft Bookings from an Innsbruck employer: 10:00 '(UTC+01:00) Amsterdam, Berlin, ... "
                "Vienna', 60 minutes, November so CET = 09:00Z; shared Bookings mailbox and staff name only, "
                "so contact null")
def m10() -> bytes:
    when = "2026-10-30 14:05"
    body = t("""
        Alpina Lift Systems Recruiting

        Your booking is confirmed

        Hi Marta Lasierra,

        Thank you for booking with Alpina Lift Systems Recruiting. Your booking details are below.

        Service: Interview - Service Coordinator Spain & Andorra
        Date and time: Thursday, November 5, 2026 10:00 AM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna
        Duration: 60 minutes
        Staff: Florian Hager
        Join your appointment: Join Microsoft Teams Meeting

        Add to calendar

        Need to make changes? Manage booking

        Alpina Lift Systems GmbH, Grabenweg 68, 6020 Innsbruck, Austria
        """)
    page = t("""
        <html><body style="font-family:'Segoe UI',sans-serif;font-size:14px">
        <h2>Your booking is confirmed</h2>
        <p>Hi Marta Lasierra,</p>
        <p>Thank you for booking with Alpina Lift Systems Recruiting. Your booking details are below.</p>
        <table>
        <tr><td>Service</td><td>Interview - Service Coordinator Spain &amp; Andorra</td></tr>
        <tr><td>Date and time</td><td>Thursday, November 5, 2026 10:00 AM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna</td></tr>
        <tr><td>Duration</td><td>60 minutes</td></tr>
        <tr><td>Staff</td><td>Florian Hager</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGVhM2Y5%40thread.v2/0">Join Microsoft Teams Meeting</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/AlpinaRecruiting@alpinalift.onmicrosoft.com/bookings/">Manage booking</a></p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        make.VTZ["W. Europe Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Alpina Lift Systems Recruiting:mailto:AlpinaRecruiting@alpinalift.onmicrosoft.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marta Lasierra:mailto:marta.lasierra@example.org",
        "UID:040000008200E00074C5B7101A82E008000000002F7E9A11C069DD010000000000000000100000007B1D",
        "SUMMARY;LANGUAGE=en-US:Interview - Service Coordinator Spain & Andorra",
        "DTSTART;TZID=W. Europe Standard Time:20261105T100000",
        "DTEND;TZID=W. Europe Standard Time:20261105T110000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261030T130500Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        rcv("EUR03-DBA-obe.outbound.protection.outlook.com", "40.107.104.66", when, "Europe/Vienna"),
        ("From", addr("Alpina Lift Systems Recruiting", "AlpinaRecruiting@alpinalift.onmicrosoft.com")),
        ("To", MARTA),
        ("Subject", "Booking confirmed: Interview - Service Coordinator Spain & Andorra with Florian Hager"),
        ("Date", date(when, "Europe/Vienna")),
        ("Message-ID", mid("m10", "DB9PR03MB7211.eurprd03.prod.outlook.com")),
    ], alt(text(body), html(page), calendar(ics, cte="base64")))


@make.mail(N(11), family="rfc822_attachment", lang="es", interview=True, kind="scheduled",
           start="2026-11-09T16:00:00Z", end="2026-11-09T17:00:00Z",
           contact="nuria.ferrer@pirineoeventos.es", company="Pirineo Eventos y Nieve",
           local="Mon 2026-11-09 17:00", local_end="2026-11-09 18:00", zone=MAD,
           note="Marta forwards the recruiter's confirmation to herself as a message/rfc822 attachment: "
                "lunes 9 de noviembre 17:00, 'una hora', CET = 16:00-17:00Z; contact = attached From")
def m11() -> bytes:
    when = "2026-11-04 21:10"
    inner_when = "2026-11-04 18:02"
    inner_body = t("""
        Hola Marta:

        Queda confirmada la entrevista para el puesto de responsable de operaciones el lunes 9 de
        noviembre a las 17:00 en nuestra oficina de Huesca (C/ Coso Alto 41, 1.º izda.). La
        entrevista tendrá una duración de una hora; estaremos Carlos Ascaso, gerente, y yo.

        Trae, si puedes, alguna referencia de tus temporadas anteriores.

        Un abrazo,
        Nuria Ferrer
        Pirineo Eventos y Nieve S.L.
        Tel. 974 22 87 61
        """)
    inner = message([
        ("From", addr("Nuria Ferrer", "nuria.ferrer@pirineoeventos.es")),
        ("To", MARTA_OLD),
        ("Subject", enc("Confirmación entrevista lunes 9")),
        ("Date", date(inner_when, MAD)),
        ("Message-ID", mid("m11-inner", "pirineoeventos.es")),
    ], text(inner_body))
    body = t("""
        Para tenerlo en el correo principal.
        """)
    return message([
        rcv("smtp.example.com", "203.0.113.25", when, MAD),
        ("From", MARTA_OLD),
        ("To", MARTA),
        ("Subject", enc("Fwd: Confirmación entrevista lunes 9")),
        ("Date", date(when, MAD)),
        ("Message-ID", mid("m11", "example.com")),
        ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0"),
    ], mixed(text(body), attached_message(inner, filename="Confirmacion entrevista lunes 9.eml")))


@make.mail(N(12), family="reply_quoted", lang="es", interview=True, kind="scheduled",
           start="2026-11-13T11:00:00Z", end=None, contact="rcastan@balneariosaltoaragon.es",
           company="Balnearios del Alto Aragón", local="Fri 2026-11-13 12:00", zone=MAD,
           days=(("Thu", "2026-11-12"),),
           note="Short usted reply 'queda cerrada' on top of the quoted thread: his two slots and Marta's "
                "choice 'viernes 13 a las 12:00'; CET = 11:00Z; no length; contact = sender")
def m12() -> bytes:
    when = "2026-11-09 09:14"
    body = t("""
        Perfecto, Marta. Queda cerrada la entrevista el viernes 13 a las 12:00 aquí en el balneario.
        Pregunte por mí en recepción.

        Un saludo,

        Ramón Castán
        Director de Explotación
        Balnearios del Alto Aragón S.A.

        -----Mensaje original-----
        De: Marta Lasierra <marta.lasierra@example.org>
        Enviado el: domingo, 8 de noviembre de 2026 20:31
        Para: Ramón Castán <rcastan@balneariosaltoaragon.es>
        Asunto: RE: Candidatura responsable de operaciones

        Buenas tardes, Ramón:

        Muchas gracias. Me viene mejor el viernes 13 a las 12:00.

        Un saludo,
        Marta

        -----Mensaje original-----
        De: Ramón Castán <rcastan@balneariosaltoaragon.es>
        Enviado el: viernes, 6 de noviembre de 2026 13:48
        Para: Marta Lasierra <marta.lasierra@example.org>
        Asunto: Candidatura responsable de operaciones

        Estimada Marta:

        Hemos leído su candidatura con interés y nos gustaría conocerla. ¿Le vendría bien el jueves
        12 de noviembre a las 10:00 o el viernes 13 a las 12:00, en el balneario?

        Un saludo,
        Ramón Castán
        """)
    return message([
        rcv("mail.balneariosaltoaragon.es", "91.216.63.140", when, MAD),
        ("From", addr("Ramón Castán", "rcastan@balneariosaltoaragon.es")),
        ("To", MARTA),
        ("Subject", "RE: Candidatura responsable de operaciones"),
        ("Date", date(when, MAD)),
        ("Message-ID", mid("m12", "balneariosaltoaragon.es")),
        ("In-Reply-To", mid("m12-marta", "mail.example.org")),
        ("References", mid("m12-first", "balneariosaltoaragon.es") + " " + mid("m12-marta", "mail.example.org")),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="iso-8859-1"))


@make.mail(N(13), family="lever", lang="en", interview=True, kind="scheduled",
           start="2026-11-03T15:00:00Z", end="2026-11-03T15:45:00Z",
           contact="dana.whitcomb@evergreenalpine.com", company="Evergreen Alpine Holdings",
           local="Tue 2026-11-03 10:00", local_end="2026-11-03 10:45", zone="America/New_York",
           note="Lever confirmation sent Fri 30 Oct in EDT for Tue 3 Nov 10:00 AM ET, after the US change "
                "on 1 Nov: EST = 15:00Z (16:00 Madrid); ICS America/New_York agrees; contact = Reply-To")
def m13() -> bytes:
    when = "2026-10-30 11:20"
    body = t("""
        Hi Marta,

        You're all set! Here are the details of your upcoming interview with Evergreen Alpine
        Holdings for the International Resort Operations Lead position.

        Tuesday, November 3, 2026
        10:00 AM - 10:45 AM Eastern Time (EST)

        Video call: https://evergreenalpine.zoom.us/j/81522047736
        Interviewer: Rob Kessler, VP Resort Operations

        A calendar invitation is attached. If you need to reschedule, just reply to this email.

        Best,
        Dana Whitcomb
        Recruiting Coordinator, Evergreen Alpine Holdings
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Lever//Lever Hire//EN", "METHOD:REQUEST",
        make.VTZ["America/New_York"],
        "BEGIN:VEVENT", "UID:lever-iv-0b7f5d9e-3a61-4c2d-8e55-91b0d2c4f1aa", "DTSTAMP:20261030T152000Z",
        "DTSTART;TZID=America/New_York:20261103T100000", "DTEND;TZID=America/New_York:20261103T104500",
        "SUMMARY:Interview: Marta Lasierra / Evergreen Alpine Holdings",
        "ORGANIZER;CN=Dana Whitcomb:mailto:dana.whitcomb@evergreenalpine.com",
        "ATTENDEE;CN=Marta Lasierra;RSVP=TRUE:mailto:marta.lasierra@example.org",
        "LOCATION:https://evergreenalpine.zoom.us/j/81522047736", "SEQUENCE:0", "STATUS:CONFIRMED",
        "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        rcv("mail-b2.hire.lever.co", "159.135.232.42", when, "America/New_York"),
        ("From", addr("Evergreen Alpine Holdings", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Dana Whitcomb", "dana.whitcomb@evergreenalpine.com")),
        ("To", MARTA),
        ("Subject", "Your interview with Evergreen Alpine Holdings is confirmed"),
        ("Date", date(when, "America/New_York")),
        ("Message-ID", mid("m13", "hire.lever.co")),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, filename="interview.ics", disposition="attachment")))


@make.mail(N(14), family="icims", lang="en", interview=True, kind="scheduled",
           start="2026-11-24T15:00:00Z", end="2026-11-24T16:00:00Z",
           contact="tasha.greene@meridianleisure.com", company="Meridian Leisure Group",
           local="Tue 2026-11-24 10:00", local_end="2026-11-24 11:00", zone="America/New_York",
           note="iCIMS HTML only + ICS (TZID 'Eastern Standard Time'), US date 11/24/2026 10:00 AM - "
                "11:00 AM EST = 15:00-16:00Z; contact = recruiter address in body")
def m14() -> bytes:
    when = "2026-11-19 13:40"
    page = t("""
        <html><body style="font-family:Verdana,Arial,sans-serif;font-size:13px">
        <p>Marta,</p>
        <p>Congratulations! You have been selected for an interview for the position of
        <b>Guest Operations Supervisor - Orlando (Req #2026-8841)</b>.</p>
        <p><b>Date:</b> 11/24/2026<br>
        <b>Time:</b> 10:00 AM - 11:00 AM EST<br>
        <b>Type:</b> Video Interview (Microsoft Teams)<br>
        <b>Interviewers:</b> Carla Mendes, Brian Holloway</p>
        <p>Please accept the attached calendar invitation. For any questions please contact your recruiter,
        Tasha Greene (<a href="mailto:tasha.greene@meridianleisure.com">tasha.greene@meridianleisure.com</a>).</p>
        <p>Sincerely,<br>Meridian Leisure Group Talent Acquisition</p>
        <p style="font-size:10px;color:#777">Please do not reply to this automated message.</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//iCIMS//Interview Scheduler//EN", "VERSION:2.0", "METHOD:REQUEST",
        make.VTZ["Eastern Standard Time"],
        "BEGIN:VEVENT", "UID:icims-8841-5530912", "DTSTAMP:20261119T184000Z",
        "DTSTART;TZID=Eastern Standard Time:20261124T100000",
        "DTEND;TZID=Eastern Standard Time:20261124T110000",
        "SUMMARY:Interview - Guest Operations Supervisor - Marta Lasierra",
        "ORGANIZER;CN=Tasha Greene:mailto:tasha.greene@meridianleisure.com",
        "ATTENDEE;CN=Marta Lasierra;RSVP=TRUE:mailto:marta.lasierra@example.org",
        "LOCATION:Microsoft Teams", "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        rcv("mailer12.talent.icims.com", "64.94.55.12", when, "America/New_York"),
        ("From", addr("Meridian Leisure Group", "meridianleisure@talent.icims.com")),
        ("To", ME),
        ("Subject", "Interview Invitation: Guest Operations Supervisor - Orlando"),
        ("Date", date(when, "America/New_York")),
        ("Message-ID", mid("m14", "talent.icims.com")),
    ], mixed(html(page), calendar(ics, cte="quoted-printable", filename="interview.ics",
                                  disposition="attachment", name_param=True)))


@make.mail(N(15), family="workable", lang="es", interview=True, kind="scheduled",
           start="2026-11-27T08:00:00Z", end="2026-11-27T08:30:00Z",
           contact="alex.lanau@refugiosytravesias.com", company="Refugios y Travesías",
           local="Fri 2026-11-27 09:00", local_end="2026-11-27 09:30", zone=MAD,
           note="Workable (Spanish): viernes 27 de noviembre 09:00, 30 minutos, CET = 08:00Z; Reply-To is "
                "a Workable relay, so contact = the hiring manager's address in the signature")
def m15() -> bytes:
    when = "2026-11-23 17:55"
    body = t("""
        Hola Marta,

        Gracias por tu interés en Refugios y Travesías. Te confirmamos la videollamada para el puesto
        de Coordinador/a de Refugios (temporada de invierno):

        Viernes, 27 de noviembre de 2026, 09:00 (hora peninsular española)
        Duración: 30 minutos
        Google Meet: https://meet.google.com/aks-pzeu-tnb

        Hablarás con Álex Lanau, responsable de operaciones. Si tienes cualquier duda puedes escribirle
        directamente a alex.lanau@refugiosytravesias.com.

        Saludos,
        Refugios y Travesías

        --
        Enviado con Workable
        """)
    return message([
        rcv("mail-ej1-f69.workablemail.com", "198.2.180.69", when, MAD),
        ("From", addr("Refugios y Travesías", "noreply@candidates.workablemail.com")),
        ("Reply-To", "refugios-y-travesias+c7e21f94a3@candidates.workablemail.com"),
        ("To", MARTA),
        ("Subject", enc("Videollamada confirmada – Coordinador/a de Refugios")),
        ("Date", date(when, MAD)),
        ("Message-ID", mid("m15", "workablemail.com")),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(16), family="outlook_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-12-02T13:00:00Z", end="2026-12-02T14:00:00Z",
           contact="sabine.imhof@glacier-hospitality.ch", company="Glacier Hospitality",
           local="Wed 2026-12-02 14:00", local_end="2026-12-02 15:00", zone="Europe/Zurich",
           note="Exchange meeting request, TZID 'W. Europe Standard Time': 14:00-15:00 CET = 13:00Z; "
                "contact = organizer/sender")
def m16() -> bytes:
    when = "2026-11-26 11:31"
    body = t("""
        Dear Marta,

        Following our call, please find below the invitation for your second interview for the Ski
        Lodge Operations Manager role. You will meet our COO, Reto Zurbriggen, and me.

        Best regards,
        Sabine Imhof
        HR Business Partner | Glacier Hospitality AG

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting
        Meeting ID: 318 552 907 114
        Passcode: a8NwQ2
        ________________________________________________________________________________
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        make.VTZ["W. Europe Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Sabine Imhof:mailto:sabine.imhof@glacier-hospitality.ch",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marta Lasierra:mailto:marta.lasierra@example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Reto Zurbriggen:mailto:reto.zurbriggen@glacier-hospitality.ch",
        "UID:040000008200E00074C5B7101A82E00800000000D1E44A6F7D7DDD01000000000000000010000000A29C",
        "SUMMARY;LANGUAGE=en-US:Second interview - Ski Lodge Operations Manager (Marta Lasierra)",
        "DTSTART;TZID=W. Europe Standard Time:20261202T140000",
        "DTEND;TZID=W. Europe Standard Time:20261202T150000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261126T103100Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        rcv("CH1-obe.outbound.protection.outlook.com", "40.107.24.52", when, "Europe/Zurich"),
        ("From", addr("Sabine Imhof", "sabine.imhof@glacier-hospitality.ch")),
        ("To", MARTA),
        ("Subject", "Second interview - Ski Lodge Operations Manager (Marta Lasierra)"),
        ("Date", date(when, "Europe/Zurich")),
        ("Message-ID", mid("m16", "ZR0P278MB0731.CHEP278.PROD.OUTLOOK.COM")),
        ("Thread-Topic", "Second interview - Ski Lodge Operations Manager (Marta Lasierra)"),
    ], alt(text(body), calendar(ics)))


# =========================================================================== positives: rescheduled


@make.mail(N(17), family="google_calendar", lang="es", interview=True, kind="rescheduled",
           start="2026-10-01T08:00:00Z", end="2026-10-01T08:45:00Z",
           contact="beatriz.sanz@estacionesmoncayo.es", company="Estaciones del Moncayo",
           local="Thu 2026-10-01 10:00", local_end="2026-10-01 10:45", zone=MAD,
           days=(("Wed", "2026-09-30"),),
           note="Google Calendar 'Invitación actualizada' (Spanish UI), SEQUENCE:1: moved from mié 30 sept "
                "to jue 1 oct 10:00-10:45 CEST = 08:00Z; contact = organizer (sender)")
def m17() -> bytes:
    when = "2026-09-28 17:30"
    body = t("""
        Se ha actualizado este evento
        Se ha modificado: hora

        Entrevista Marta Lasierra - Técnica de explotación
        Fecha:
        jueves, 1 oct 2026 10:00 – 10:45 (hora de verano de Europa central - Madrid)
        Antes: miércoles, 30 sept 2026 10:00 – 10:45

        Unirse con Google Meet: https://meet.google.com/cwx-mkre-ydo

        Organizador: beatriz.sanz@estacionesmoncayo.es
        Invitados:
        * beatriz.sanz@estacionesmoncayo.es - organizador
        * marta.lasierra@example.org

        Ver todos los detalles del evento:
        https://calendar.google.com/calendar/event?action=VIEW&eid=M2g4bmNwbzFxZ2I

        Invitación de Google Calendar
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", eu_vtz(MAD),
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Madrid:20261001T100000", "DTEND;TZID=Europe/Madrid:20261001T104500",
        "DTSTAMP:20260928T153000Z",
        "ORGANIZER;CN=beatriz.sanz@estacionesmoncayo.es:mailto:beatriz.sanz@estacionesmoncayo.es",
        "UID:3h8ncpo1qgb7t0vv2ib5dk9s1m@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marta.lasierra@example.org;X-NUM-GUESTS=0:mailto:marta.lasierra@example.org",
        "CREATED:20260922T091004Z", "LAST-MODIFIED:20260928T153000Z",
        "SEQUENCE:1", "STATUS:CONFIRMED",
        "SUMMARY:Entrevista Marta Lasierra - Técnica de explotación", "TRANSP:OPAQUE",
        "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        rcv("mail-sor-f69.google.com", "209.85.220.69", when, MAD),
        ("From", addr("Beatriz Sanz", "beatriz.sanz@estacionesmoncayo.es")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", enc("Invitación actualizada: Entrevista Marta Lasierra - Técnica de explotación @ jue 1 oct 2026 10:00 - 10:45 (CEST) (marta.lasierra@example.org)")),
        ("Date", date(when, MAD)),
        ("Message-ID", mid("m17", "google.com")),
    ], mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="8bit")),
             calendar(ics, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@make.mail(N(18), family="human_prose", lang="es", interview=True, kind="rescheduled",
           start="2026-10-28T15:30:00Z", end=None, contact="elena.murillo@talentopirenaico.es",
           company="Ordesa Resorts", local="Wed 2026-10-28 16:30", zone=MAD,
           days=(("Tue", "2026-10-27"),),
           note="Agency recruiter (tú) on Fri 23 Oct (CEST) moves the client interview from martes 27 10:00 "
                "to miércoles 28 de octubre 16:30, after the 25 Oct change: CET = 15:30Z; company = the "
                "hiring client; contact = sender")
def m18() -> bytes:
    when = "2026-10-23 12:30"
    body = t("""
        Hola Marta:

        Te escribo porque Ordesa Resorts me pide mover la entrevista del martes 27 a las 10:00: al
        director de operaciones le ha coincidido con una inspección en Panticosa.

        La pasamos al miércoles 28 de octubre a las 16:30, en su sede de Biescas (mismo sitio).
        Ya te he cambiado la cita; si no te viniera bien, dímelo hoy y lo vemos.

        Un abrazo,

        Elena Murillo
        Consultora de selección
        Talento Pirenaico Consultores
        """)
    return message([
        rcv("mail-wm1-f54.google.com", "209.85.128.54", when, MAD),
        ("From", addr("Elena Murillo", "elena.murillo@talentopirenaico.es")),
        ("To", MARTA),
        ("Subject", enc("Cambio de fecha: entrevista Ordesa Resorts")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<CAF" + _h("m18", 30) + "@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(19), family="human_prose", lang="fr", interview=True, kind="rescheduled",
           start="2026-12-10T10:00:00Z", end="2026-12-10T11:00:00Z",
           contact="camille.fabre@pyrenees-glisse.fr", company="Pyrénées Glisse",
           local="Thu 2026-12-10 11:00", local_end="2026-12-10 12:00", zone="Europe/Paris",
           days=(("Tue", "2026-12-08"),),
           note="French prose, iso-8859-1 QP: second interview moved from mardi 8 décembre 10h to jeudi "
                "10 décembre 11h (heure de Paris), 'd'une heure', CET = 10:00-11:00Z; contact = sender")
def m19() -> bytes:
    when = "2026-12-03 16:45"
    body = t("""
        Bonjour Marta,

        Je suis désolée, nous devons décaler votre second entretien, prévu le mardi 8 décembre à
        10h : notre directeur général sera finalement à Paris ce jour-là.

        Nous vous proposons de le reporter au jeudi 10 décembre à 11h (heure de Paris), toujours en
        visioconférence et d'une durée d'une heure. Le lien Google Meet reste le même. Je vous
        remercie de votre compréhension.

        Bien cordialement,

        Camille Fabre
        Chargée de recrutement
        Pyrénées Glisse SAS - Toulouse
        """)
    return message([
        rcv("mail-ej1-f52.google.com", "209.85.218.52", when, "Europe/Paris"),
        ("From", addr("Camille Fabre", "camille.fabre@pyrenees-glisse.fr")),
        ("To", MARTA),
        ("Subject", enc("Report de votre second entretien - Pyrénées Glisse", "iso-8859-1")),
        ("Date", date(when, "Europe/Paris")),
        ("Message-ID", "<CAG" + _h("m19", 30) + "@mail.gmail.com>"),
    ], text(body, charset="iso-8859-1"))


@make.mail(N(20), family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
           start="2026-12-07T15:00:00Z", end="2026-12-07T16:00:00Z",
           contact="glindqvist@northernpeaksresorts.com", company="Northern Peaks Resorts",
           local="Mon 2026-12-07 10:00", local_end="2026-12-07 11:00", zone="America/New_York",
           days=(("Fri", "2026-12-04"),),
           note="Exchange update (SEQUENCE:1, TZID 'Eastern Standard Time') from Vermont: moved from Fri 4 "
                "Dec to Mon 7 Dec 10:00-11:00 AM EST = 15:00-16:00Z; contact = organizer/sender")
def m20() -> bytes:
    when = "2026-12-01 09:05"
    body = t("""
        Hi Marta,

        Apologies - our GM has been pulled into a board meeting on Friday, December 4, so I have moved
        our panel interview to Monday, December 7 at 10:00 AM Eastern (4:00 PM your time). The updated
        invitation is below; the Teams link is unchanged.

        Thanks for your flexibility,
        Greg Lindqvist
        Director of Talent, Northern Peaks Resorts | Stowe, VT

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting
        Meeting ID: 226 430 118 905
        Passcode: Hs4rT9
        ________________________________________________________________________________
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        make.VTZ["Eastern Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Greg Lindqvist:mailto:glindqvist@northernpeaksresorts.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marta Lasierra:mailto:marta.lasierra@example.org",
        "UID:040000008200E00074C5B7101A82E0080000000071A3C2E96F80DD010000000000000000100000005C4E",
        "SUMMARY;LANGUAGE=en-US:Panel interview - Director of Snow Operations (Marta Lasierra)",
        "DTSTART;TZID=Eastern Standard Time:20261207T100000",
        "DTEND;TZID=Eastern Standard Time:20261207T110000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261201T140500Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:1", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:1", "X-MICROSOFT-CDO-OWNERAPPTID:2117406385",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        rcv("NAM12-BN8-obe.outbound.protection.outlook.com", "40.107.237.78", when, "America/New_York"),
        ("From", addr("Greg Lindqvist", "glindqvist@northernpeaksresorts.com")),
        ("To", MARTA),
        ("Subject", "Updated: Panel interview - Director of Snow Operations (Marta Lasierra)"),
        ("Date", date(when, "America/New_York")),
        ("Message-ID", mid("m20", "BN8PR12MB3321.namprd12.prod.outlook.com")),
        ("Thread-Topic", "Panel interview - Director of Snow Operations (Marta Lasierra)"),
    ], alt(text(body, charset="windows-1252"), calendar(ics, cte="base64")))


# =========================================================================== positives: cancelled


@make.mail(N(21), family="outlook_calendar", lang="es", interview=True, kind="cancelled",
           start="2026-10-20T10:00:00Z", end="2026-10-20T11:00:00Z",
           contact="pgracia@grupoturisticoaragones.es", company="Grupo Turístico Aragonés",
           local="Tue 2026-10-20 12:00", local_end="2026-10-20 13:00", zone=MAD,
           note="Exchange cancellation (METHOD:CANCEL, 'Romance Standard Time') of the second interview, "
                "martes 20 oct 12:00-13:00 CEST = 10:00Z; process paused, no new time; contact = organizer")
def m21() -> bytes:
    when = "2026-10-14 08:47"
    body = t("""
        Estimada Marta:

        Lamento comunicarle que debemos cancelar la segunda entrevista prevista para el martes 20 de
        octubre a las 12:00. La dirección ha decidido dejar en pausa la incorporación hasta que se
        confirme el calendario de apertura. Le escribiré en cuanto tengamos novedades.

        Disculpe las molestias.

        Pilar Gracia
        Dpto. de Personas - Grupo Turístico Aragonés
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:CANCEL", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        ROMANCE,
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Pilar Gracia:mailto:pgracia@grupoturisticoaragones.es",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marta Lasierra:mailto:marta.lasierra@example.org",
        "UID:040000008200E00074C5B7101A82E00800000000F18C3A9E0E5BDD01000000000000000010000000C77D",
        "SUMMARY;LANGUAGE=es-ES:Cancelada: Segunda entrevista - Coordinador/a de Operaciones",
        "DTSTART;TZID=Romance Standard Time:20261020T120000",
        "DTEND;TZID=Romance Standard Time:20261020T130000",
        "CLASS:PUBLIC", "PRIORITY:1", "DTSTAMP:20261014T064700Z", "TRANSP:TRANSPARENT",
        "STATUS:CANCELLED", "SEQUENCE:1", "LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:1", "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE", "X-MICROSOFT-CDO-IMPORTANCE:2",
        "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        rcv("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.97", when, MAD),
        ("From", addr("Pilar Gracia", "pgracia@grupoturisticoaragones.es")),
        ("To", MARTA),
        ("Subject", enc("Cancelada: Segunda entrevista - Coordinador/a de Operaciones")),
        ("Date", date(when, MAD)),
        ("Message-ID", mid("m21", "AM6PR05MB6126.eurprd05.prod.outlook.com")),
        ("Importance", "high"),
    ], alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@make.mail(N(22), family="human_prose", lang="es", interview=True, kind="cancelled",
           start="2026-10-16T08:00:00Z", end=None, contact="javier.lacasta@hospederiavalledetena.es",
           company="Hospedería del Valle de Tena", local="Fri 2026-10-16 10:00", zone=MAD,
           note="Usted prose (windows-1252 QP): interview 'viernes 16 de octubre a las 10:00' annulled, "
                "post filled by internal promotion; CEST = 08:00Z; contact = sender")
def m22() -> bytes:
    when = "2026-10-13 18:20"
    body = t("""
        Estimada Sra. Lasierra:

        Lamentamos tener que anular la entrevista que teníamos prevista para el viernes 16 de octubre
        a las 10:00 en la Hospedería. Finalmente hemos cubierto el puesto de responsable de
        operaciones con una promoción interna.

        Le agradecemos sinceramente el interés y, con su permiso, conservaremos su currículum para
        futuras vacantes de la temporada.

        Reciba un cordial saludo,

        Javier Lacasta
        Gerente
        Hospedería del Valle de Tena
        """)
    return message([
        rcv("smtp.hospederiavalledetena.es", "217.125.41.88", when, MAD),
        ("From", addr("Javier Lacasta", "javier.lacasta@hospederiavalledetena.es", "windows-1252")),
        ("To", MARTA),
        ("Subject", enc("Anulación de entrevista – viernes 16 de octubre", "windows-1252")),
        ("Date", date(when, MAD)),
        ("Message-ID", mid("m22", "hospederiavalledetena.es")),
        ("X-Mailer", "Microsoft Outlook 15.0"),
    ], text(body, charset="windows-1252"))


@make.mail(N(23), family="google_calendar", lang="en", interview=True, kind="cancelled",
           start="2026-11-26T14:00:00Z", end="2026-11-26T15:00:00Z",
           contact="lena.brunner@alpenwelt-resorts.ch", company="Alpenwelt Resorts",
           local="Thu 2026-11-26 15:00", local_end="2026-11-26 16:00", zone="Europe/Zurich",
           note="Google Calendar 'Canceled event' (METHOD:CANCEL, TZID Europe/Zurich): final interview Thu "
                "26 Nov 3pm-4pm CET = 14:00Z; contact = organizer (sender)")
def m23() -> bytes:
    when = "2026-11-23 08:58"
    body = t("""
        This event has been canceled.

        Final interview - Operations Coordinator, Winter Season (Marta Lasierra)
        When: Thursday Nov 26, 2026 3pm – 4pm (Central European Time - Zurich)

        Organizer: lena.brunner@alpenwelt-resorts.ch
        Guests:
        * lena.brunner@alpenwelt-resorts.ch - organizer
        * thomas.gisler@alpenwelt-resorts.ch
        * marta.lasierra@example.org

        Invitation from Google Calendar
        You are receiving this email because you are an attendee on the event.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:CANCEL", eu_vtz("Europe/Zurich"),
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Zurich:20261126T150000", "DTEND;TZID=Europe/Zurich:20261126T160000",
        "DTSTAMP:20261123T075800Z",
        "ORGANIZER;CN=lena.brunner@alpenwelt-resorts.ch:mailto:lena.brunner@alpenwelt-resorts.ch",
        "UID:0q5v7kd1sm3b6e2lr8c9hjfa4u@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=marta.lasierra@example.org;X-NUM-GUESTS=0:mailto:marta.lasierra@example.org",
        "CREATED:20261116T101222Z", "LAST-MODIFIED:20261123T075800Z", "SEQUENCE:1",
        "STATUS:CANCELLED",
        "SUMMARY:Final interview - Operations Coordinator\\, Winter Season (Marta Lasierra)",
        "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        rcv("mail-sor-f41.google.com", "209.85.220.41", when, "Europe/Zurich"),
        ("From", addr("Lena Brunner", "lena.brunner@alpenwelt-resorts.ch")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", "Canceled event: Final interview - Operations Coordinator, Winter Season (Marta Lasierra) @ Thu Nov 26, 2026 3pm - 4pm (CET) (marta.lasierra@example.org)"),
        ("Date", date(when, "Europe/Zurich")),
        ("Message-ID", mid("m23", "google.com")),
    ], mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL")),
             calendar(ics, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


# =========================================================================== negatives


@make.mail(N(24), family="rejection", lang="es", interview=False, company="Nieves del Pirineo",
           note="Tú-form rejection after the 24 Sep interview in Jaca; no time fixed")
def m24() -> bytes:
    when = "2026-10-02 12:18"
    body = t("""
        Hola Marta:

        Quería agradecerte de nuevo que vinieras a Jaca la semana pasada. Fernando y yo estuvimos muy
        a gusto hablando contigo.

        Al final hemos decidido seguir con otra candidatura que ya conocía la estación, así que esta
        vez no va a poder ser. Me quedo con tus datos porque seguro que en primavera volvemos a
        necesitar gente para el verano.

        Mucha suerte con la búsqueda.

        Un saludo,
        Sergio Abad
        Recursos Humanos - Nieves del Pirineo S.L.
        """)
    return message([
        rcv("smtp.nievesdelpirineo.es", "185.42.104.21", when, MAD),
        ("From", addr("Sergio Abad", "sergio.abad@nievesdelpirineo.es")),
        ("To", MARTA),
        ("Subject", "RE: Gracias por la entrevista"),
        ("Date", date(when, MAD)),
        ("Message-ID", mid("m24", "nievesdelpirineo.es")),
        ("In-Reply-To", mid("m24-marta", "mail.example.org")),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, cte="8bit"))


@make.mail(N(25), family="post_interview", lang="en", interview=False, company="Summit Peak Hospitality",
           note="Post-interview thank-you reply the day after the 8 Oct interview; 'we'll be in touch'")
def m25() -> bytes:
    when = "2026-10-09 10:02"
    body = t("""
        Hi Marta,

        Thank you for taking the time to speak with Kyle yesterday - he mentioned it was a great
        conversation, especially about how you handled the lift staffing during last season's storms.

        We still have a couple of interviews to complete this week and next. I expect to have an update
        for you by Friday, October 16.

        Best,
        Megan

        Megan Holt | Senior Recruiter
        Summit Peak Hospitality | Denver, CO
        """)
    return message([
        rcv("mail-dm6nam12on2072.outbound.protection.outlook.com", "40.107.243.72", when, "America/Denver"),
        ("From", addr("Megan Holt", "megan.holt@summitpeakhospitality.com")),
        ("To", MARTA),
        ("Subject", "Thank you - Mountain Operations Coordinator"),
        ("Date", date(when, "America/Denver")),
        ("Message-ID", mid("m25", "DM6PR12MB4410.namprd12.prod.outlook.com")),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(26), family="bounce", lang="en", interview=False, company=None,
           note="DSN: Marta's thank-you note to the interviewer bounced (mistyped address); "
                "multipart/report with the original headers")
def m26() -> bytes:
    when = "2026-10-08 19:41"
    sent = "2026-10-08 19:40"
    body = t("""
        This is the mail system at host mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <kyle.ostrnader@summitpeakhospitality.com>: host
            summitpeakhospitality-com.mail.protection.outlook.com[52.101.8.44] said:
            550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup (in reply to RCPT TO command)
        """)
    status = t(f"""
        Reporting-MTA: dns; mail.example.org
        X-Postfix-Queue-ID: 4Bq9x72KdTz3hhTN
        X-Postfix-Sender: rfc822; marta.lasierra@example.org
        Arrival-Date: {date(sent, MAD)}

        Final-Recipient: rfc822; kyle.ostrnader@summitpeakhospitality.com
        Original-Recipient: rfc822;kyle.ostrnader@summitpeakhospitality.com
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; summitpeakhospitality-com.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not
            found by SMTP address lookup
        """)
    headers = t(f"""
        From: Marta Lasierra <marta.lasierra@example.org>
        To: Kyle Ostrander <kyle.ostrnader@summitpeakhospitality.com>
        Subject: Thank you for today's conversation
        Date: {date(sent, MAD)}
        Message-ID: {mid("m26-orig", "mail.example.org")}
        MIME-Version: 1.0
        Content-Type: text/plain; charset="utf-8"
        """)
    report = make.multipart(
        "report",
        text(body, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
        make.raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
        make.raw_part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")], headers),
        params="report-type=delivery-status",
    )
    return message([
        ("Return-Path", "<>"),
        ("From", "MAILER-DAEMON@mail.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date(when, MAD)),
        ("Message-ID", "<20261008174100.9F2C11A0613@mail.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], report)


@make.mail(N(27), family="application_receipt", lang="en", interview=False, company="Halvorsen Travel Group",
           note="Taleo application acknowledgement; no interview yet")
def m27() -> bytes:
    when = "2026-09-08 07:12"
    body = t("""
        Dear Marta Lasierra,

        Thank you for applying for the position of Destination Operations Coordinator - Spain
        (Requisition 26000417) at Halvorsen Travel Group.

        We have received your application and our recruitment team will review it carefully. If your
        profile matches the requirements of the role, a member of our team will contact you.

        You can check the status of your application at any time by logging in to our career section.

        Best regards,
        Halvorsen Travel Group Recruitment

        This is an automated message. Please do not reply.
        """)
    return message([
        rcv("smtp2.taleo.net", "160.34.10.88", when, "Europe/Oslo"),
        ("From", addr("Halvorsen Travel Group", "no-reply@taleo.net")),
        ("To", ME),
        ("Subject", "Halvorsen Travel Group - Thank you for your application"),
        ("Date", date(when, "Europe/Oslo")),
        ("Message-ID", mid("m27", "taleo.net")),
    ], text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(28), family="job_alert", lang="es", interview=False, company=None,
           note="Job-board alert listing new offers; no time")
def m28() -> bytes:
    when = "2026-09-14 08:00"
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <h3>12 nuevas ofertas para «coordinador operaciones estación esquí»</h3>
        <p><b>Jefe/a de Operaciones de Pistas</b> – Valles Altos Montaña · Benasque (Huesca)<br>Publicada hace 2 días</p>
        <p><b>Coordinador/a de remontes</b> – Pas de la Serra Ski Resort · Andorra<br>Publicada hace 3 días</p>
        <p><b>Responsable de alquiler y escuela</b> – Deportes Tobazo · Canfranc (Huesca)<br>Publicada hace 4 días</p>
        <p><b>Técnico/a de explotación</b> – Estaciones del Moncayo · Tarazona (Zaragoza)<br>Publicada hace 5 días</p>
        <p><a href="https://www.empleomontana.example.com/alertas">Ver las 12 ofertas</a></p>
        <p style="font-size:11px;color:#888">Recibes este correo porque creaste una alerta en EmpleoMontaña.
        <a href="https://www.empleomontana.example.com/alertas/baja?u=8812">Darme de baja</a></p>
        </body></html>
        """)
    return message([
        rcv("mailer.empleomontana.example.com", "192.0.2.44", when, MAD),
        ("From", addr("EmpleoMontaña", "alertas@empleomontana.example.com")),
        ("To", ME),
        ("Subject", enc("12 nuevas ofertas: coordinador operaciones estación esquí")),
        ("Date", date(when, MAD)),
        ("Message-ID", mid("m28", "empleomontana.example.com")),
        ("List-Unsubscribe", "<https://www.empleomontana.example.com/alertas/baja?u=8812>"),
    ], html(page))


@make.mail(N(29), family="newsletter", lang="es", interview=False, company=None,
           days=(("Thu", "2026-11-19"),),
           note="Trade newsletter with a press 'Entrevista' and a technical day on jueves 19 de noviembre; "
                "no job interview")
def m29() -> bytes:
    when = "2026-10-01 07:30"
    body = t("""
        NIEVE Y GESTIÓN · Boletín de octubre

        ENTREVISTA | «La temporada se gana en octubre»
        Hablamos con la directora de operaciones de una estación del Pirineo sobre innieve, plantillas
        y cómo preparar la apertura.

        PRETEMPORADA | Checklist de revisiones de remontes antes de la inspección anual

        AGENDA | Jornada técnica de seguridad en pistas: jueves 19 de noviembre, 9:30, Palacio de
        Congresos de Jaca. Inscripción gratuita para socios.

        EMPLEO | Las estaciones prevén un 8 % más de contratos de temporada.

        ---
        Recibes este boletín porque estás suscrita a Nieve y Gestión.
        Darse de baja: https://nieveygestion.example.com/baja
        """)
    return message([
        rcv("mail176.suw11.mcsv.net", "198.2.176.12", when, MAD),
        ("From", addr("Nieve y Gestión", "boletin@nieveygestion.example.com")),
        ("To", ME),
        ("Subject", enc("Entrevista: «La temporada se gana en octubre» · Boletín de octubre")),
        ("Date", date(when, MAD)),
        ("Message-ID", mid("m29", "mcsv.net")),
        ("List-Unsubscribe", "<https://nieveygestion.example.com/baja>"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(30), family="recruiter_outreach", lang="en", interview=False, company="Kestrel Executive Search",
           note="Cold headhunter outreach asking for a call 'next week'; nothing fixed")
def m30() -> bytes:
    when = "2026-09-16 17:05"
    body = t("""
        Hi Marta,

        I hope you don't mind the direct approach. I'm working with a leading European mountain resort
        operator on a newly created Head of Resort Operations role covering three resorts in the Alps
        and Pyrenees. Your background coordinating operations across a full winter season looks like a
        very strong fit.

        Would you be open to a short, confidential call next week? Let me know a couple of times that
        work for you and I'll fit around them.

        Kind regards,
        James Whitford
        Partner, Leisure & Hospitality Practice
        Kestrel Executive Search | London
        """)
    return message([
        rcv("mail-lo4gbr01on2118.outbound.protection.outlook.com", "40.107.138.118", when, "Europe/London"),
        ("From", addr("James Whitford", "james.whitford@kestrelsearch.co.uk")),
        ("To", MARTA),
        ("Subject", "Head of Resort Operations - confidential opportunity"),
        ("Date", date(when, "Europe/London")),
        ("Message-ID", mid("m30", "LO4P123MB6011.GBRP123.PROD.OUTLOOK.COM")),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(31), family="availability_request", lang="es", interview=False, company="Ordesa Resorts",
           days=(("Tue", "2026-10-27"), ("Thu", "2026-10-29")),
           note="Agency recruiter proposes two slots (martes 27 10:00 / jueves 29 12:00) and asks which; "
                "not confirmed")
def m31() -> bytes:
    when = "2026-10-19 10:41"
    body = t("""
        Hola Marta:

        ¡Buenas noticias! A Ordesa Resorts le ha gustado mucho tu perfil y quieren conocerte en su sede
        de Biescas para el puesto de coordinadora de operaciones de invierno.

        Me dan dos opciones:
        - martes 27 de octubre a las 10:00
        - jueves 29 de octubre a las 12:00

        ¿Cuál te viene mejor? En cuanto me digas se lo confirmo.

        Un abrazo,
        Elena Murillo
        Talento Pirenaico Consultores
        """)
    return message([
        rcv("mail-wm1-f50.google.com", "209.85.128.50", when, MAD),
        ("From", addr("Elena Murillo", "elena.murillo@talentopirenaico.es")),
        ("To", MARTA),
        ("Subject", "Ordesa Resorts quiere conocerte"),
        ("Date", date(when, MAD)),
        ("Message-ID", "<CAF" + _h("m31", 30) + "@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(32), family="scheduling_link", lang="en", interview=False, company="Evergreen Alpine Holdings",
           note="GoodTime availability request: pick times, nothing booked yet")
def m32() -> bytes:
    when = "2026-10-27 14:15"
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Marta,</p>
        <p>Evergreen Alpine Holdings would like to schedule an interview with you for the
        <b>International Resort Operations Lead</b> role.</p>
        <p>Please share your availability for a 45-minute video interview over the next week. All times
        will be shown in your local time zone.</p>
        <p><a href="https://app.goodtime.io/availability/ea-7c41e0b2" style="background:#2d6cdf;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Share my availability</a></p>
        <p>Thanks,<br>Dana Whitcomb<br>Evergreen Alpine Holdings</p>
        <p style="font-size:11px;color:#888">Sent via GoodTime. Please do not reply to this email.</p>
        </body></html>
        """)
    return message([
        rcv("o7.mail.goodtime.io", "168.245.71.7", when, "America/New_York"),
        ("From", addr("Evergreen Alpine Holdings", "no-reply@goodtime.io")),
        ("To", ME),
        ("Subject", "Please share your availability - Evergreen Alpine Holdings"),
        ("Date", date(when, "America/New_York")),
        ("Message-ID", mid("m32", "goodtime.io")),
    ], html(page))


@make.mail(N(33), family="scheduling_link", lang="es", interview=False, company="Pas de la Serra Ski Resort",
           note="Andorran recruiter sends his Calendly link to book a slot; nothing booked yet")
def m33() -> bytes:
    when = "2026-10-09 13:26"
    body = t("""
        Hola Marta,

        Gracias por tu candidatura para el puesto de coordinador/a de remontes. Nos gustaría tener una
        primera conversación de media hora contigo.

        Puedes reservar directamente el hueco que mejor te vaya en mi calendario:
        https://calendly.com/jordi-puig-pasdelaserra/entrevista-30min

        Salutacions / un saludo,
        Jordi Puig
        Recursos Humans - Pas de la Serra Ski Resort
        AD400 La Massana, Andorra
        """)
    return message([
        rcv("mail.pasdelaserra.ad", "194.158.78.20", when, "Europe/Andorra"),
        ("From", addr("Jordi Puig", "jordi.puig@pasdelaserra.ad")),
        ("To", MARTA),
        ("Subject", "Candidatura coordinador/a de remontes"),
        ("Date", date(when, "Europe/Andorra")),
        ("Message-ID", mid("m33", "pasdelaserra.ad")),
    ], text(body))


@make.mail(N(34), family="auto_reply", lang="es", interview=False, company="Valles Altos Montaña",
           days=(("Mon", "2026-10-19"),),
           note="Out-of-office auto-reply from the recruiter until lunes 19 de octubre")
def m34() -> bytes:
    when = "2026-10-14 09:03"
    body = t("""
        Hola,

        Estoy fuera de la oficina hasta el lunes 19 de octubre, con acceso limitado al correo. Para
        cualquier asunto urgente relacionado con selección puedes escribir a seleccion@vallesaltos.es.

        Gracias,
        Irene Cosculluela
        """)
    return message([
        rcv("mail-ej1-f48.google.com", "209.85.218.48", when, MAD),
        ("From", addr("Irene Cosculluela", "irene.cosculluela@vallesaltos.es")),
        ("To", MARTA),
        ("Subject", enc("Respuesta automática: Seguimiento candidatura Jefe/a de Operaciones de Pistas")),
        ("Date", date(when, MAD)),
        ("Message-ID", mid("m34", "vallesaltos.es")),
        ("Auto-Submitted", "auto-replied"),
        ("X-Autoreply", "yes"),
    ], text(body))


@make.mail(N(35), family="offer", lang="es", interview=False, company="Hoteles Monte Perdido",
           days=(("Fri", "2026-11-13"),),
           note="Offer letter (usted) with PDF: start on 1 Dec, answer by viernes 13 de noviembre; not an "
                "interview")
def m35() -> bytes:
    when = "2026-11-09 13:10"
    body = t("""
        Estimada Marta:

        Tras el proceso de selección, nos complace ofrecerle el puesto de Coordinadora de Operaciones y
        Servicios de Temporada en Hoteles Monte Perdido, con incorporación el 1 de diciembre de 2026.

        Le adjuntamos la propuesta con las condiciones (contrato fijo discontinuo, jornada completa,
        alojamiento en Aínsa durante la temporada). Le rogamos que nos haga llegar su respuesta antes
        del viernes 13 de noviembre.

        Quedamos a su disposición para cualquier aclaración.

        Un cordial saludo,

        Laura Bielsa
        Selección y Personas - Hoteles Monte Perdido
        """)
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>"
           b"endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    att = make.Part([("Content-Type", 'application/pdf; name="Propuesta_Marta_Lasierra.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Propuesta_Marta_Lasierra.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    base64.encodebytes(pdf).replace(b"\n", b"\r\n"))
    return message([
        rcv("mail.hotelesmonteperdido.com", "212.170.33.12", when, MAD),
        ("From", addr("Laura Bielsa", "laura.bielsa@hotelesmonteperdido.com")),
        ("To", MARTA),
        ("Subject", enc("Propuesta de incorporación – Hoteles Monte Perdido")),
        ("Date", date(when, MAD)),
        ("Message-ID", mid("m35", "hotelesmonteperdido.com")),
    ], mixed(alt(text(body), html(gmail_html(body))), att))


@make.mail(N(36), family="appointment", lang="es", interview=False, company=None,
           days=(("Tue", "2026-09-22"),),
           note="Dentist reminder (iso-8859-15) for martes 22 de septiembre 18:30; personal appointment")
def m36() -> bytes:
    when = "2026-09-21 10:00"
    body = t("""
        Clínica Dental Isuela

        Estimada paciente MARTA LASIERRA:

        Le recordamos su cita:
        Martes, 22 de septiembre de 2026 a las 18:30
        Tratamiento: revisión e higiene
        Dra. Blanca Arnal

        Si no puede acudir, llámenos al 974 24 55 10 con 24 horas de antelación.

        C/ Zaragoza 9, bajo - 22002 Huesca
        """)
    return message([
        rcv("smtp.clinicadentalisuela.example.com", "192.0.2.80", when, MAD),
        ("From", addr("Clínica Dental Isuela", "citas@clinicadentalisuela.example.com", "iso-8859-15")),
        ("To", ME),
        ("Subject", enc("Recordatorio de cita - martes 22/09 18:30", "iso-8859-15")),
        ("Date", date(when, MAD)),
        ("Message-ID", mid("m36", "clinicadentalisuela.example.com")),
    ], text(body, charset="iso-8859-15"))


@make.mail(N(37), family="appointment", lang="es", interview=False, company=None,
           days=(("Thu", "2026-11-05"),),
           note="Physiotherapy booking confirmation with ICS (jueves 5 nov 19:00); personal appointment")
def m37() -> bytes:
    when = "2026-11-02 20:14"
    body = t("""
        ¡Cita confirmada!

        Hola Marta,

        Tu cita en Fisioterapia Isuela está confirmada:

        Jueves, 5 de noviembre de 2026 · 19:00
        Fisioterapia deportiva (45 min) con Pablo Larrosa
        Avda. Monreal 12, Huesca

        Puedes cancelar o cambiar la cita hasta 12 horas antes desde la app de CitaSalud.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CitaSalud//Reservas//ES", "METHOD:PUBLISH",
        "BEGIN:VEVENT", "UID:cs-5528110@citasalud.example.com", "DTSTAMP:20261102T191400Z",
        "DTSTART:20261105T180000Z", "DTEND:20261105T184500Z",
        "SUMMARY:Fisioterapia deportiva - Fisioterapia Isuela",
        "LOCATION:Avda. Monreal 12\\, Huesca", "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        rcv("mta.citasalud.example.com", "192.0.2.91", when, MAD),
        ("From", addr("CitaSalud", "no-reply@citasalud.example.com")),
        ("To", ME),
        ("Subject", enc("Cita confirmada: Fisioterapia Isuela, jueves 5 de noviembre 19:00")),
        ("Date", date(when, MAD)),
        ("Message-ID", mid("m37", "citasalud.example.com")),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, method="PUBLISH", filename="cita.ics", disposition="attachment")))


@make.mail(N(38), family="work_meeting", lang="es", interview=False, company=None,
           days=(("Wed", "2026-11-11"),),
           note="Current employer's pre-season meeting (Exchange request, Romance Standard Time); not an "
                "interview")
def m38() -> bytes:
    when = "2026-11-04 16:22"
    body = t("""
        Hola a todos:

        Os convoco a la reunión de pretemporada para repasar el plan de apertura, turnos de remontes y
        el protocolo de evacuación. Sala de juntas de la cota 1.700 y también por Teams.

        Andrés
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        ROMANCE,
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Andrés Ferrer:mailto:aferrer@pirinea-nieve.example.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marta Lasierra:mailto:marta.lasierra@example.org",
        "UID:040000008200E00074C5B7101A82E008000000003A2D0F7B9B70DD01000000000000000010000000E0B2",
        "SUMMARY;LANGUAGE=es-ES:Reunión de pretemporada - plan de apertura",
        "DTSTART;TZID=Romance Standard Time:20261111T090000",
        "DTEND;TZID=Romance Standard Time:20261111T110000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261104T152200Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=es-ES:Sala de juntas cota 1700 / Teams",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        rcv("EUR02-VI1-obe.outbound.protection.outlook.com", "40.107.6.60", when, MAD),
        ("From", addr("Andrés Ferrer", "aferrer@pirinea-nieve.example.com")),
        ("To", "Equipo Operaciones <operaciones@pirinea-nieve.example.com>"),
        ("Cc", MARTA),
        ("Subject", enc("Reunión de pretemporada - plan de apertura")),
        ("Date", date(when, MAD)),
        ("Message-ID", mid("m38", "VI1PR02MB5530.eurprd02.prod.outlook.com")),
    ], alt(text(body), calendar(ics, cte="base64")))


@make.mail(N(39), family="ticket", lang="es", interview=False, company=None,
           days=(("Thu", "2026-10-15"),),
           note="Bus ticket receipt Huesca - Zaragoza, jueves 15 de octubre 08:00; travel, not an interview")
def m39() -> bytes:
    when = "2026-10-11 22:37"
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <h2 style="color:#0a6">Autocares Guara · Tu billete</h2>
        <p>Hola Marta, gracias por tu compra.</p>
        <table border="1" cellpadding="6" style="border-collapse:collapse">
        <tr><th>Trayecto</th><td>Huesca (Estación Intermodal) → Zaragoza (Estación Delicias)</td></tr>
        <tr><th>Fecha</th><td>jueves, 15 de octubre de 2026</td></tr>
        <tr><th>Salida</th><td>08:00</td></tr>
        <tr><th>Llegada</th><td>09:10</td></tr>
        <tr><th>Asiento</th><td>14</td></tr>
        <tr><th>Localizador</th><td>GR7K2Q</td></tr>
        <tr><th>Importe</th><td>8,95 €</td></tr>
        </table>
        <p>Presenta el código QR al subir al autobús.</p>
        </body></html>
        """)
    return message([
        rcv("mail.autocaresguara.example.com", "192.0.2.120", when, MAD),
        ("From", addr("Autocares Guara", "billetes@autocaresguara.example.com")),
        ("To", ME),
        ("Subject", enc("Tu billete Huesca → Zaragoza · 15/10/2026 08:00")),
        ("Date", date(when, MAD)),
        ("Message-ID", mid("m39", "autocaresguara.example.com")),
    ], html(page, cte="base64"))


@make.mail(N(40), family="webinar", lang="es", interview=False, company=None,
           days=(("Wed", "2026-10-07"),),
           note="Job-board webinar 'Prepara tu entrevista...' miércoles 7 de octubre 19:00; an event, not "
                "her interview")
def m40() -> bytes:
    when = "2026-10-02 11:00"
    body = t("""
        Hola Marta,

        Te esperamos en nuestro próximo webinar gratuito:

        «Prepara tu entrevista para la temporada de invierno»
        Miércoles, 7 de octubre · 19:00 (hora peninsular) · Zoom

        Responsables de selección de estaciones y hoteles de montaña cuentan qué preguntan y qué buscan.

        Tu enlace de acceso: https://zoom.us/w/98811204412?tk=Wm8xQ

        EmpleoMontaña Academy
        """)
    return message([
        rcv("mailer.empleomontana.example.com", "192.0.2.44", when, MAD),
        ("From", addr("EmpleoMontaña Academy", "academy@empleomontana.example.com")),
        ("To", ME),
        ("Subject", enc("Webinar: Prepara tu entrevista para la temporada de invierno (miércoles 19:00)")),
        ("Date", date(when, MAD)),
        ("Message-ID", mid("m40", "empleomontana.example.com")),
        ("List-Unsubscribe", "<https://www.empleomontana.example.com/academy/baja?u=8812>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(41), family="assessment", lang="en", interview=False, company="Meridian Leisure Group",
           days=(("Fri", "2026-11-13"),),
           note="Online assessment invitation, complete by Friday November 13 11:59 PM ET; a deadline, not "
                "an interview")
def m41() -> bytes:
    when = "2026-11-09 09:00"
    body = t("""
        Dear Marta,

        As the next step in your application for Guest Operations Supervisor - Orlando, Meridian Leisure
        Group invites you to complete an online situational judgement assessment.

        It takes about 30 minutes and must be completed by Friday, November 13, 2026 at 11:59 PM ET.

        Start your assessment: https://meridian.aptivo-assess.example.com/start/7QF2-K91M

        Good luck!
        Aptivo Assessments on behalf of Meridian Leisure Group
        """)
    return message([
        rcv("smtp.aptivo-assess.example.com", "192.0.2.160", when, "America/New_York"),
        ("From", addr("Meridian Leisure Group via Aptivo", "no-reply@aptivo-assess.example.com")),
        ("To", ME),
        ("Subject", "Action required: complete your assessment for Meridian Leisure Group"),
        ("Date", date(when, "America/New_York")),
        ("Message-ID", mid("m41", "aptivo-assess.example.com")),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(42), family="rejection", lang="en", interview=False, company="Fjellheim Adventures",
           note="Recruitee rejection without interview")
def m42() -> bytes:
    when = "2026-09-29 14:33"
    body = t("""
        Hi Marta,

        Thank you for applying for the Winter Operations Coordinator position at Fjellheim Adventures.

        We received many strong applications and, after careful review, we have decided to move forward
        with candidates whose experience more closely matches our needs in Norway at this time.

        We wish you every success in your search.

        Kind regards,
        The Fjellheim Adventures team
        """)
    return message([
        rcv("mg.recruitee.com", "159.112.240.19", when, "Europe/Oslo"),
        ("From", addr("Fjellheim Adventures", "no-reply@mg.recruitee.com")),
        ("To", ME),
        ("Subject", "Your application for Winter Operations Coordinator"),
        ("Date", date(when, "Europe/Oslo")),
        ("Message-ID", mid("m42", "mg.recruitee.com")),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(43), family="application_receipt", lang="es", interview=False, company="Bergwerk Outdoor",
           note="Personio application receipt in Spanish; no interview")
def m43() -> bytes:
    when = "2026-10-15 16:50"
    body = t("""
        Hola Marta:

        Muchas gracias por tu candidatura como Responsable de Tienda y Alquiler – Jaca en Bergwerk
        Outdoor. La hemos recibido correctamente.

        Nuestro equipo la revisará en los próximos días y te contactaremos si tu perfil encaja con lo que
        buscamos.

        Saludos cordiales,
        Tu equipo de Bergwerk Outdoor GmbH
        """)
    return message([
        rcv("mail.personio.de", "18.196.44.21", when, "Europe/Berlin"),
        ("From", addr("Bergwerk Outdoor GmbH", "noreply@personio.de")),
        ("To", ME),
        ("Subject", enc("Tu candidatura en Bergwerk Outdoor GmbH")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", mid("m43", "personio.de")),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(44), family="account_notice", lang="en", interview=False, company="Summit Peak Hospitality",
           note="Workday candidate-account verification")
def m44() -> bytes:
    when = "2026-09-22 03:14"
    body = t("""
        Welcome to the Summit Peak Hospitality career site!

        Please verify your email address to complete your candidate account and finish your
        application:

        https://wd5.myworkday.com/summitpeak/login.htmld?verify=9a61fe20c4

        This link will expire in 24 hours.

        If you did not create this account, you can ignore this message.
        """)
    return message([
        rcv("mail-out.myworkday.com", "64.127.28.17", when, "America/Denver"),
        ("From", addr("Summit Peak Hospitality", "summitpeak@myworkday.com")),
        ("To", ME),
        ("Subject", "Verify your candidate account"),
        ("Date", date(when, "America/Denver")),
        ("Message-ID", mid("m44", "myworkday.com")),
    ], text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(45), family="club_event", lang="es", interview=False, company=None,
           days=(("Sat", "2026-10-17"),),
           note="Mountain club outing, sábado 17 de octubre 7:30; leisure event")
def m45() -> bytes:
    when = "2026-10-12 21:05"
    body = t("""
        Hola, montañeros:

        Salida del sábado 17 de octubre: Tozal de Guara por el Puerto de Used.
        Quedamos a las 7:30 en el aparcamiento del Palacio de Deportes. Desnivel 1.100 m, unas 6 horas.
        Trae frontal, agua y comida. Plazas en coche compartido: apúntate en la hoja del club.

        Un saludo,
        Vocalía de montaña - Club Montañero Alto Aragón
        """)
    return message([
        rcv("mail.clubaltoaragon.example.com", "192.0.2.200", when, MAD),
        ("From", addr("Club Montañero Alto Aragón", "socios@clubaltoaragon.example.com")),
        ("To", "socios@clubaltoaragon.example.com"),
        ("Subject", enc("Salida sábado 17: Tozal de Guara")),
        ("Date", date(when, MAD)),
        ("Message-ID", mid("m45", "clubaltoaragon.example.com")),
        ("List-Id", "Socios CMAA <socios.clubaltoaragon.example.com>"),
        ("Precedence", "list"),
    ], text(body, cte="8bit"))


@make.mail(N(46), family="training", lang="es", interview=False, company=None,
           days=(("Tue", "2026-11-10"),),
           note="Training course session (Teams), martes 10 de noviembre 17:00-19:00; not an interview")
def m46() -> bytes:
    when = "2026-11-06 12:00"
    body = t("""
        Hola Marta:

        Te recordamos la sesión 3 del curso «Prevención de riesgos laborales en estaciones de esquí»:

        Martes, 10 de noviembre · de 17:00 a 19:00 · Microsoft Teams
        Tema: trabajos en altura y rescate en remontes

        Enlace: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzFmY2Ix%40thread.v2/0

        Formación Pirineos
        """)
    return message([
        rcv("mail.formacionpirineos.example.com", "192.0.2.210", when, MAD),
        ("From", addr("Formación Pirineos", "cursos@formacionpirineos.example.com")),
        ("To", ME),
        ("Subject", enc("Recordatorio: sesión 3 del curso PRL – martes 10/11")),
        ("Date", date(when, MAD)),
        ("Message-ID", mid("m46", "formacionpirineos.example.com")),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(47), family="forwarded_ad", lang="es", interview=False, company=None,
           note="Marta forwards a job ad to herself with a note (deadline 30/09); no interview")
def m47() -> bytes:
    when = "2026-09-15 22:48"
    body = t("""
        mirar esta, plazo hasta el 30/09. Pedir a Andrés carta de referencia.

        ---------- Forwarded message ---------
        De: EmpleoMontaña <alertas@empleomontana.example.com>
        Date: lun, 14 sept 2026 a las 8:00
        Subject: Oferta: Jefe/a de Operaciones de Pistas – Valles Altos Montaña
        To: <marta.lasierra@example.com>

        Jefe/a de Operaciones de Pistas
        Valles Altos Montaña · Benasque (Huesca)
        Contrato: temporada 2026-27, con posibilidad de continuidad
        Funciones: coordinación de pisteros, maquinistas y remontes; planificación de turnos; relación
        con el servicio de seguridad.
        Inscripción hasta el 30 de septiembre.
        """)
    return message([
        rcv("smtp.example.com", "203.0.113.25", when, MAD),
        ("From", MARTA_OLD),
        ("To", MARTA),
        ("Subject", enc("Fwd: Oferta: Jefe/a de Operaciones de Pistas – Valles Altos Montaña")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<CAH" + _h("m47", 30) + "@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(48), family="personal_calendar", lang="es", interview=False, company=None,
           days=(("Sat", "2026-12-12"),),
           note="Sister's Google Calendar invitation to a family dinner, sáb 12 dic 21:00; personal")
def m48() -> bytes:
    when = "2026-12-02 19:40"
    body = t("""
        Te han invitado al siguiente evento.

        Cena cumple mamá 🎂
        Fecha: sáb 12 dic 2026 21:00 – 23:30 (hora estándar de Europa central - Madrid)
        Lugar: Restaurante El Tozal, Huesca

        Organizador: lucia.lasierra@example.com
        Invitados:
        * lucia.lasierra@example.com - organizador
        * marta.lasierra@example.org
        * pablo.lasierra@example.com

        Invitación de Google Calendar
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", eu_vtz(MAD),
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Madrid:20261212T210000", "DTEND;TZID=Europe/Madrid:20261212T233000",
        "DTSTAMP:20261202T184000Z",
        "ORGANIZER;CN=lucia.lasierra@example.com:mailto:lucia.lasierra@example.com",
        "UID:7d1qv4m9k2c5h8n3b6x0lp2rs4@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marta.lasierra@example.org;X-NUM-GUESTS=0:mailto:marta.lasierra@example.org",
        "LOCATION:Restaurante El Tozal\\, Huesca", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Cena cumple mamá 🎂", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        rcv("mail-sor-f69.google.com", "209.85.220.69", when, MAD),
        ("From", addr("Lucía Lasierra", "lucia.lasierra@example.com")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", enc("Invitación: Cena cumple mamá 🎂 @ sáb 12 dic 2026 21:00 - 23:30 (CET) (marta.lasierra@example.org)")),
        ("Date", date(when, MAD)),
        ("Message-ID", mid("m48", "google.com")),
    ], mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
             calendar(ics, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@make.mail(N(49), family="order_receipt", lang="es", interview=False, company=None,
           note="Sports shop shipping notice for ski boots; no time")
def m49() -> bytes:
    when = "2026-11-17 11:25"
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hola Marta,</p>
        <p>¡Tu pedido <b>nº 48213</b> ya está en camino!</p>
        <p>Botas de esquí Tecnica Mach1 W 95 · talla 24.5 · 289,90 €<br>
        Envío: estándar (24-48 h) · Seguimiento: <a href="https://deportescinca.example.com/seguimiento/48213">ver envío</a></p>
        <p>Gracias por comprar en Deportes Cinca.</p>
        </body></html>
        """)
    body = t("""
        Hola Marta,

        ¡Tu pedido nº 48213 ya está en camino!

        Botas de esquí Tecnica Mach1 W 95 · talla 24.5 · 289,90 €
        Envío: estándar (24-48 h)
        Seguimiento: https://deportescinca.example.com/seguimiento/48213

        Gracias por comprar en Deportes Cinca.
        """)
    return message([
        rcv("mail.deportescinca.example.com", "192.0.2.230", when, MAD),
        ("From", addr("Deportes Cinca", "pedidos@deportescinca.example.com")),
        ("To", ME),
        ("Subject", enc("Tu pedido nº 48213 ha sido enviado")),
        ("Date", date(when, MAD)),
        ("Message-ID", mid("m49", "deportescinca.example.com")),
    ], alt(text(body), html(page)))


@make.mail(N(50), family="application_receipt", lang="fr", interview=False, company="Pyrénées Glisse",
           note="French application acknowledgement (iso-8859-1, base64) from the Toulouse employer")
def m50() -> bytes:
    when = "2026-10-05 09:12"
    body = t("""
        Bonjour Marta,

        Nous avons bien reçu votre candidature au poste de Responsable d'exploitation domaine skiable et
        nous vous en remercions.

        Notre équipe l'étudie avec attention et reviendra vers vous dans les meilleurs délais si votre
        profil correspond à nos besoins.

        Cordialement,
        Le service recrutement
        Pyrénées Glisse SAS - 31000 Toulouse
        """)
    return message([
        rcv("smtp.pyrenees-glisse.fr", "51.91.22.140", when, "Europe/Paris"),
        ("From", addr("Pyrénées Glisse - Recrutement", "recrutement@pyrenees-glisse.fr", "iso-8859-1")),
        ("To", ME),
        ("Subject", enc("Accusé de réception de votre candidature", "iso-8859-1")),
        ("Date", date(when, "Europe/Paris")),
        ("Message-ID", mid("m50", "pyrenees-glisse.fr")),
    ], text(body, charset="iso-8859-1", cte="base64"))
