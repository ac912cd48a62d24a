"""blind102: a blind 50-mail held-out set, the inbox of Jordi Puig (UX researcher, Barcelona).

Every mail is written by hand below, one function per mail; ``make.py`` does the MIME plumbing and
the label checks. Build and check with ``python3 bench/heldout/make_blind.py blind102``.
Written blind: the detector, its tests and the other held-out sets were not read.
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
    raw_part,
    received,
    t,
    text,
)

ORDER = random.Random(1020102).sample(range(1, 51), 50)


def N(key: int) -> str:
    """The mail written key-th is blind102_{ORDER[key-1]:03d}."""
    return f"blind102_{ORDER[key - 1]:03d}"


ME = "jordi.puig@example.org"
JORDI = addr("Jordi Puig", ME)
MAD = "Europe/Madrid"


def hdr(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = JORDI,
        relay: tuple[str, str] | None = None, extra: tuple[tuple[str, str], ...] = (),
        cs: str = "utf-8", delivered: bool = True) -> list[tuple[str, str]]:
    hs: list[tuple[str, str]] = []
    if delivered:
        hs.append(("Delivered-To", ME))
    if relay:
        hs.append(("Received", received(relay[0], when, zone, relay[1], ME)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject, cs)), ("Date", date(when, zone)),
           ("Message-ID", mid)]
    hs += list(extra)
    return hs


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


# =========================================================================== positives 1-8


@mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-09-14T09:00:00Z", end="2026-09-14T09:45:00Z",
      contact="maren.olsen@lumorahealth.com", company="Lumora Health",
      local="Mon 2026-09-14 11:00", local_end="2026-09-14 11:45", zone=MAD,
      note="Greenhouse confirmation, English, Barcelona office: Monday 14 September 11:00-11:45 CEST "
           "(Europe/Madrid, UTC+2) = 09:00-09:45Z; the ICS (TZID Europe/Madrid) agrees. Contact = human "
           "Reply-To recruiter (also ICS ORGANIZER).")
def m1() -> bytes:
    body = t("""
        Hi Jordi,

        Thanks for confirming your availability. Your interview with Lumora Health is scheduled:

        Role:       Senior UX Researcher (Patient Experience)
        Interview:  Research Lead conversation
        When:       Monday, September 14, 2026, 11:00 AM - 11:45 AM CEST (Europe/Madrid)
        Where:      Lumora Health, Carrer de Pujades 77, 3rd floor, Barcelona (22@)
                    Ask for Maren at the front desk.

        You'll be meeting Oriol Camps (Head of Research).

        If anything changes on your side, simply reply to this email and it will reach me.

        Best,
        Maren Olsen
        Talent Acquisition, Lumora Health

        --
        Sent via Greenhouse. Please do not forward this email, it contains personal links.
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#212121">
        <p>Hi Jordi,</p>
        <p>Thanks for confirming your availability. Your interview with <b>Lumora Health</b> is scheduled:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Role</b></td><td>Senior UX Researcher (Patient Experience)</td></tr>
        <tr><td><b>Interview</b></td><td>Research Lead conversation</td></tr>
        <tr><td><b>When</b></td><td>Monday, September 14, 2026, 11:00 AM - 11:45 AM CEST (Europe/Madrid)</td></tr>
        <tr><td><b>Where</b></td><td>Lumora Health, Carrer de Pujades 77, 3rd floor, Barcelona (22@)<br>
        Ask for Maren at the front desk.</td></tr>
        </table>
        <p>You&#39;ll be meeting Oriol Camps (Head of Research).</p>
        <p>If anything changes on your side, simply reply to this email and it will reach me.</p>
        <p>Best,<br>Maren Olsen<br>Talent Acquisition, Lumora Health</p>
        <p style="color:#999;font-size:11px">Sent via Greenhouse. Please do not forward this email, it
        contains personal links.</p>
        </body></html>
        """)
    ics = VTZ_MADRID.join(["""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
""", """
BEGIN:VEVENT
UID:gh-interview-48211907-lumora@greenhouse.io
DTSTAMP:20260908T141200Z
DTSTART;TZID=Europe/Madrid:20260914T110000
DTEND;TZID=Europe/Madrid:20260914T114500
SUMMARY:Interview: Jordi Puig / Lumora Health - Research Lead conversation
LOCATION:Carrer de Pujades 77\\, 3rd floor\\, Barcelona
ORGANIZER;CN=Maren Olsen:mailto:maren.olsen@lumorahealth.com
ATTENDEE;CN=Jordi Puig;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jordi.puig@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""])
    hs = hdr(addr("Lumora Health", "no-reply@us.greenhouse-mail.io"),
             "Interview confirmation: Senior UX Researcher at Lumora Health",
             "2026-09-08 16:12:07", MAD, "<gh.48211907.7cc1e0a2@us.greenhouse-mail.io>",
             relay=("from o7.us.greenhouse-mail.io (o7.us.greenhouse-mail.io [167.89.101.17])",
                    "mx.example.org with ESMTPS id 4Q2kP1"),
             extra=(("Reply-To", addr("Maren Olsen", "maren.olsen@lumorahealth.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment",
                                      name_param=True)))


@mail(N(2), family="personio", lang="es", interview=True, kind="scheduled",
      start="2026-09-24T08:30:00Z", end="2026-09-24T09:15:00Z",
      contact="marta.vilanova@nubaria.com", company="Nubaria Software",
      local="Thu 2026-09-24 10:30", local_end="2026-09-24 11:15", zone=MAD,
      note="Personio invitación en español: 'jue. 24 de septiembre de 2026, 10:30 - 11:15 (hora de "
           "Madrid)', CEST UTC+2 -> 08:30-09:15Z. Reply-To is the shared recruiting@ mailbox, so "
           "contact = the recruiter's address written in the body.")
def m2() -> bytes:
    body = t("""
        Hola Jordi:

        ¡Gracias por tu interés en Nubaria Software! Nos alegra confirmarte tu entrevista para el puesto
        de UX Researcher (Producto B2B).

        Fecha: jue. 24 de septiembre de 2026
        Hora: 10:30 - 11:15 (hora de Madrid)
        Formato: videollamada (Google Meet)
        Enlace: https://meet.google.com/vfq-ruxa-mnd
        Entrevistadora: Marta Vilanova, Product Design Manager

        Si tienes alguna duda antes de la entrevista, puedes escribir directamente a Marta
        (marta.vilanova@nubaria.com).

        ¡Mucha suerte!
        El equipo de People de Nubaria Software

        Este correo se ha enviado a través de Personio. Protección de datos: https://nubaria.jobs.personio.de/privacy-policy
        """)
    page = t("""
        <!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#ffffff;font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;color:#1f2933">
        <tr><td style="padding:24px"><img src="https://nubaria.jobs.personio.de/logo.png" alt="Nubaria Software" height="32"></td></tr>
        <tr><td style="padding:0 24px">
        <p>Hola Jordi:</p>
        <p>¡Gracias por tu interés en Nubaria Software! Nos alegra confirmarte tu entrevista para el puesto
        de <strong>UX Researcher (Producto B2B)</strong>.</p>
        <p><strong>Fecha:</strong> jue. 24 de septiembre de 2026<br>
        <strong>Hora:</strong> 10:30 - 11:15 (hora de Madrid)<br>
        <strong>Formato:</strong> videollamada (Google Meet)<br>
        <strong>Enlace:</strong> <a href="https://meet.google.com/vfq-ruxa-mnd">meet.google.com/vfq-ruxa-mnd</a><br>
        <strong>Entrevistadora:</strong> Marta Vilanova, Product Design Manager</p>
        <p>Si tienes alguna duda antes de la entrevista, puedes escribir directamente a Marta
        (<a href="mailto:marta.vilanova@nubaria.com">marta.vilanova@nubaria.com</a>).</p>
        <p>¡Mucha suerte!<br>El equipo de People de Nubaria Software</p>
        </td></tr>
        <tr><td style="padding:24px;font-size:11px;color:#7b8794">Este correo se ha enviado a través de Personio.
        <a href="https://nubaria.jobs.personio.de/privacy-policy">Protección de datos</a></td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = hdr(addr("Nubaria Software", "no-reply@mail.personio.de"),
             "Confirmación de tu entrevista – UX Researcher (Producto B2B)",
             "2026-09-18 12:03:41", MAD, "<20260918100341.1f0c2e7a9b@mail.personio.de>",
             relay=("from mail.personio.de (mail.personio.de [185.57.62.14])",
                    "mx.example.org with ESMTPS id 9Hh2aQ"),
             extra=(("Reply-To", "recruiting@nubaria.com"),
                    ("X-Mailer", "Personio Recruiting")))
    return message(hs, alt(text(body), html(page, cte="base64")))


@mail(N(3), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-10-08T14:00:00Z", end=None,
      contact="alvaro.benitez@meridiaseleccion.es", company="Banca Ribera",
      local="Thu 2026-10-08 16:00", zone=MAD,
      note="Headhunter (Meridia Selección) confirms the client interview 'pasado mañana a las 16 h'. "
           "Date is Tue 6 Oct 00:20 +0200 (still Mon 5 Oct in UTC): pasado mañana from the local "
           "Tuesday = Thu 8 Oct, 16:00 CEST = 14:00Z. 'Duración aproximada' -> end null. Company = "
           "the hiring client, contact = the headhunter who sent it.")
def m3() -> bytes:
    body = t("""
        Hola Jordi,

        Perdona las horas, acabo de hablar con ellos. Te confirmo la entrevista con Banca Ribera
        pasado mañana a las 16 h en su sede: Paseo de la Castellana 141, planta 9 (Madrid).
        Pregunta por Nuria Esteve en recepción, ella te bajará a buscar.

        Estarán Nuria (Directora de Experiencia de Cliente) y alguien de su equipo de research.
        Duración aproximada una hora. Llévate el portfolio en el portátil por si te piden
        enseñar algún caso.

        Mañana te llamo y lo preparamos un poco.

        Un abrazo,
        Álvaro

        --
        Álvaro Benítez
        Consultor Senior · Digital & Producto
        Meridia Selección
        T. +34 910 555 218 · alvaro.benitez@meridiaseleccion.es
        """)
    hs = hdr(addr("Álvaro Benítez", "alvaro.benitez@meridiaseleccion.es"),
             "Entrevista Banca Ribera - confirmada", "2026-10-06 00:20:33",
             MAD, "<DB9PR02MB7315A1C4E2F0B9D2C7E1A08FD1A2@DB9PR02MB7315.eurprd02.prod.outlook.com>",
             relay=("from EUR05-DB8-obe.outbound.protection.outlook.com (52.100.175.88)",
                    "mx.example.org with ESMTPS id 77PLsd"),
             extra=(("Thread-Topic", "Entrevista Banca Ribera - confirmada"),
                    ("Content-Language", "es-ES")))
    return message(hs, text(body, cte="8bit"))


@mail(N(4), family="workday", lang="es", interview=True, kind="scheduled",
      start="2026-11-12T09:00:00Z", end=None, contact=None, company="Tramuntana Seguros",
      local="Thu 2026-11-12 10:00", zone=MAD,
      note="Workday notification, HTML only (base64), 'Fecha: 12/11/2026, Hora: 10:00 (hora "
           "peninsular)': 12 November (DD/MM), CET UTC+1 -> 09:00Z. Only the interviewer's name, no "
           "human address anywhere -> contact null.")
def m4() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body>
        <div style="font-family:Arial;font-size:10pt">
        <p>Estimado/a Jordi Puig:</p>
        <p>Nos complace comunicarle que ha sido seleccionado/a para la siguiente fase del proceso de
        selección para la posición <b>R-104482 Especialista UX Research (Canal Digital)</b>.</p>
        <p>Le detallamos a continuación los datos de la entrevista:</p>
        <ul>
        <li><b>Fecha:</b> 12/11/2026</li>
        <li><b>Hora:</b> 10:00 (hora peninsular)</li>
        <li><b>Lugar:</b> Tramuntana Seguros, Av. Diagonal 612, planta 5, 08021 Barcelona</li>
        <li><b>Entrevistadora:</b> Laia Ferrer, Responsable de Research y Diseño de Servicio</li>
        </ul>
        <p>Le rogamos que acuda con 10 minutos de antelación y traiga su DNI para el control de acceso.</p>
        <p>Puede consultar el estado de su candidatura en cualquier momento en nuestro
        <a href="https://tramuntana.wd3.myworkdayjobs.com/es-ES/Tramuntana_Careers/userHome">portal de empleo</a>.</p>
        <p>Atentamente,<br>Equipo de Talento<br>Tramuntana Seguros</p>
        <p style="font-size:8pt;color:#808080">Este mensaje se ha generado automáticamente. Por favor, no
        responda a esta dirección de correo electrónico.</p>
        </div>
        </body></html>
        """)
    hs = hdr(addr("Tramuntana Seguros", "tramuntana@myworkday.com"),
             "Convocatoria de entrevista - R-104482 Especialista UX Research",
             "2026-11-05 13:22:10", MAD, "<1847201930.88213.1794399730118@wd3-impl-msg12.myworkday.com>",
             relay=("from wd3-impl-msg12.myworkday.com (wd3-impl-msg12.myworkday.com [216.66.88.12])",
                    "mx.example.org with ESMTPS id Kp0w3e"),
             extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, html(page, cte="base64"))


@mail(N(5), family="exchange", lang="fr", interview=True, kind="scheduled",
      start="2026-10-26T13:00:00Z", end="2026-10-26T14:00:00Z",
      contact="camille.roussel@aerolys.fr", company="Aérolys",
      local="Mon 2026-10-26 14:00", local_end="2026-10-26 15:00", zone="Europe/Paris",
      note="Outlook meeting request in French from Toulouse, TZID 'Romance Standard Time' "
           "(Europe/Paris). Sent Thu 22 Oct in CEST; the interview is Mon 26 Oct, the day after "
           "Europe went back to CET: 14:00-15:00 UTC+1 = 13:00-14:00Z (not 12:00Z). Contact = "
           "organizer/sender.")
def m5() -> bytes:
    body = t("""
        Bonjour Jordi,

        Comme convenu au téléphone, je vous envoie l'invitation pour notre entretien de lundi
        (poste de Chercheur UX – Cabine & Services à bord). Vous rencontrerez Hélène Marty,
        responsable Design, et moi-même.

        Quand : lundi 26 octobre 2026 14:00-15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris
        Où : Réunion Microsoft Teams

        Bien cordialement,
        Camille Roussel
        Chargée de recrutement – Aérolys
        12 avenue Jean Monnet, 31700 Blagnac
        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, application mobile ou appareil de salle
        Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA4NmQ3@thread.v2/0>
        ID de la réunion : 318 552 904 117
        Code secret : Qr7xYp
        ________________________________________________________________________________
        """)
    ics = "\n".join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0""", VTZ_ROMANCE, """BEGIN:VEVENT
ORGANIZER;CN=Camille Roussel:mailto:camille.roussel@aerolys.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jordi Puig:mailto:jordi.puig@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hélène Marty:mailto:helene.marty@aerolys.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Jordi\\,\\n\\nComme convenu au téléphone\\, je vous envoie l'invitation pour notre entretien de lundi.\\n
UID:040000008200E00074C5B7101A82E0080000000090F3C1A4DE62DC01000000000000000010000000E6A9B1F0
SUMMARY;LANGUAGE=fr-FR:Entretien Jordi Puig – Chercheur UX
DTSTART;TZID=Romance Standard Time:20261026T140000
DTEND;TZID=Romance Standard Time:20261026T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261022T154500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""])
    page = "<html><body><div style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">" + \
        body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + \
        "</div></body></html>\n"
    hs = hdr(addr("Camille Roussel", "camille.roussel@aerolys.fr"), "Entretien Jordi Puig – Chercheur UX",
             "2026-10-22 17:45:02", "Europe/Paris",
             "<PR1P264MB3912D7E0A1B5C4F2E8D9A0C3B6A1@PR1P264MB3912.FRAP264.PROD.OUTLOOK.COM>",
             relay=("from FRA01-PR2-obe.outbound.protection.outlook.com (40.107.12.91)",
                    "mx.example.org with ESMTPS id x8Ve2B"),
             extra=(("Thread-Topic", enc("Entretien Jordi Puig – Chercheur UX")),
                    ("Content-Language", "fr-FR"),
                    ("X-MS-Has-Attach", ""),
                    ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(N(6), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-10-29T15:00:00Z", end="2026-10-29T15:45:00Z",
      contact="dana.whitfield@fernway.com", company="Fernway",
      local="Thu 2026-10-29 16:00", local_end="2026-10-29 16:45", zone=MAD,
      note="Ashby confirmation from a New York company, times shown in the candidate's zone "
           "(4:00-4:45 PM CET, Europe/Madrid back on UTC+1 since 25 Oct) = 15:00-15:45Z; the team's "
           "'11:00 AM EDT' agrees (US still on daylight time until 1 Nov). ICS in UTC. Contact = "
           "Reply-To recruiter.")
def m6() -> bytes:
    body = t("""
        Hi Jordi,

        Your interview with Fernway is confirmed. We're looking forward to speaking with you!

        Thursday, October 29, 2026
        4:00 PM - 4:45 PM Central European Standard Time
        (11:00 AM - 11:45 AM EDT for the team in New York)

        Google Meet: https://meet.google.com/hzt-pqow-kcb

        You'll meet with:
          Sam Okafor - Director of Design
          Lena Brooks - Staff UX Researcher

        Need to make a change? Just reply to this email and it will reach Dana Whitfield.

        Thanks,
        Fernway Recruiting

        Powered by Ashby
        """)
    page = t("""
        <!DOCTYPE html><html><head><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1a1a1a">
        <p>Hi Jordi,</p>
        <p>Your interview with Fernway is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <div style="border:1px solid #e4e4e7;border-radius:8px;padding:16px">
        <p style="margin:0"><strong>Thursday, October 29, 2026</strong></p>
        <p style="margin:0">4:00 PM - 4:45 PM Central European Standard Time</p>
        <p style="margin:0;color:#71717a">(11:00 AM - 11:45 AM EDT for the team in New York)</p>
        <p style="margin:8px 0 0">Google Meet: <a href="https://meet.google.com/hzt-pqow-kcb">meet.google.com/hzt-pqow-kcb</a></p>
        </div>
        <p>You&#x27;ll meet with:<br>Sam Okafor - Director of Design<br>Lena Brooks - Staff UX Researcher</p>
        <p>Need to make a change? Just reply to this email and it will reach Dana Whitfield.</p>
        <p>Thanks,<br>Fernway Recruiting</p>
        <p style="color:#a1a1aa;font-size:12px">Powered by Ashby</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:7f3c2b9e-1d0a-4c55-9e7b-ashby-fernway-5521
DTSTAMP:20261026T141000Z
DTSTART:20261029T150000Z
DTEND:20261029T154500Z
SEQUENCE:0
SUMMARY:Fernway - Senior Product Researcher Interview (Jordi Puig)
LOCATION:https://meet.google.com/hzt-pqow-kcb
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@fernway.com
ATTENDEE;CN=Jordi Puig;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jordi.puig@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = hdr(addr("Fernway", "no-reply@ashbyhq.com"),
             "Interview confirmed: Senior Product Researcher at Fernway",
             "2026-10-26 15:10:44", MAD,
             "<0100019a1f2c7d55-3b1e9c0a-77f4-4e2b-a1d9-5c0e6f8b2a19-000000@email.amazonses.com>",
             relay=("from a8-33.smtp-out.amazonses.com (a8-33.smtp-out.amazonses.com [54.240.8.33])",
                    "mx.example.org with ESMTPS id Bn4Tq2"),
             extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@fernway.com")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@mail(N(7), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-09-22T13:00:00Z", end="2026-09-22T14:00:00Z",
      contact="ines.carvalho@marelabs.pt", company="Maré Labs",
      local="Tue 2026-09-22 14:00", local_end="2026-09-22 15:00", zone="Europe/Lisbon",
      note="Lever confirmation from a Lisbon company: 'Tuesday 22 September, 14:00-15:00 Lisbon "
           "time (WEST)' = UTC+1 -> 13:00-14:00Z; the body's '15:00 in Barcelona' agrees. No ICS. "
           "Contact = Reply-To recruiter.")
def m7() -> bytes:
    body = t("""
        Hi Jordi,

        Great news - the team would love to meet you. Here are the details of your on-site
        interview for Product Researcher (Marketplace):

        Date: Tuesday 22 September 2026
        Time: 14:00 - 15:00 Lisbon time (WEST) - that's 15:00 in Barcelona
        Location: Maré Labs, Rua da Boavista 84, 2º, 1200-066 Lisboa

        We'll reimburse your travel; keep the receipts and send them to me afterwards.
        Agenda: 20 min portfolio walkthrough, 30 min case discussion with Tiago and Beatriz,
        10 min for your questions.

        See you in Lisbon!

        Inês Carvalho
        Talent Partner, Maré Labs
        """)
    page = t("""
        <div style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:14px;line-height:1.5">
        <p>Hi Jordi,</p>
        <p>Great news - the team would love to meet you. Here are the details of your on-site
        interview for <b>Product Researcher (Marketplace)</b>:</p>
        <p><b>Date:</b> Tuesday 22 September 2026<br>
        <b>Time:</b> 14:00 - 15:00 Lisbon time (WEST) - that&#39;s 15:00 in Barcelona<br>
        <b>Location:</b> Maré Labs, Rua da Boavista 84, 2º, 1200-066 Lisboa</p>
        <p>We&#39;ll reimburse your travel; keep the receipts and send them to me afterwards.<br>
        Agenda: 20 min portfolio walkthrough, 30 min case discussion with Tiago and Beatriz,
        10 min for your questions.</p>
        <p>See you in Lisbon!</p>
        <p>Inês Carvalho<br>Talent Partner, Maré Labs</p>
        <img src="https://hire.lever.co/email/open/9c1a0f2e.gif" width="1" height="1" alt="">
        </div>
        """)
    hs = hdr(addr("Inês Carvalho (Maré Labs)", "no-reply@hire.lever.co"),
             "Your interview with Maré Labs - Tuesday 22 September", "2026-09-16 11:30:19",
             "Europe/Lisbon", "<lever.8e2f10c4-5a7b-4d1e-b0c9-2f6e1a3d9b77@hire.lever.co>",
             relay=("from mail-a.hire.lever.co (mail-a.hire.lever.co [198.2.180.14])",
                    "mx.example.org with ESMTPS id Rr7mNc"),
             extra=(("Reply-To", addr("Inês Carvalho", "ines.carvalho@marelabs.pt")),))
    return message(hs, alt(text(body), html(page)))


@mail(N(8), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-10-02T08:00:00Z", end="2026-10-02T08:30:00Z",
      contact="theo@quillstack.io", company="Quillstack",
      local="Fri 2026-10-02 10:00", local_end="2026-10-02 10:30", zone=MAD,
      note="Calendly invitee confirmation for an interview event booked by Jordi: '10:00am - "
           "10:30am, Friday, October 2, 2026 (Central European Time)', the invitee zone Madrid "
           "(CEST in October before the 25th) -> 08:00-08:30Z; the ICS is in UTC. Contact = host "
           "(Reply-To / ORGANIZER).")
def m8() -> bytes:
    body = t("""
        Hi Jordi Puig,

        A new event has been scheduled.

        Event Type:
        Interview - Senior UX Researcher (Quillstack)

        Invitee:
        Jordi Puig

        Invitee Email:
        jordi.puig@example.org

        Event Date/Time:
        10:00am - 10:30am, Friday, October 2, 2026 (Central European Time)

        Location:
        This is a Zoom web conference. https://quillstack.zoom.us/j/81234400912

        Host:
        Theo Lambert

        Questions:
        Anything you'd like us to know beforehand?
        I'd love to hear more about how research is embedded in the product squads.

        Cancel: https://calendly.com/cancellations/4f0c1e2a-77b1-4a3b-a9e0-0d6d1c3a9f12
        Reschedule: https://calendly.com/reschedulings/4f0c1e2a-77b1-4a3b-a9e0-0d6d1c3a9f12

        Powered by Calendly.com
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20260928T170200Z
DTSTART:20261002T080000Z
DTEND:20261002T083000Z
SUMMARY:Interview - Senior UX Researcher (Quillstack) between Theo Lambert and Jordi Puig
UID:4f0c1e2a-77b1-4a3b-a9e0-0d6d1c3a9f12@calendly.com
ORGANIZER;CN=Theo Lambert:mailto:theo@quillstack.io
ATTENDEE;CN=Jordi Puig;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jordi.puig@example.org
LOCATION:https://quillstack.zoom.us/j/81234400912
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = hdr(addr("Calendly", "notifications@calendly.com"),
             "Confirmed: Interview - Senior UX Researcher (Quillstack) with Theo Lambert on Friday, "
             "October 2, 2026", "2026-09-28 19:02:55", MAD,
             "<20260928170255.8a1d3f92b5c2@calendly.com>",
             relay=("from o1.email.calendly.com (o1.email.calendly.com [167.89.68.20])",
                    "mx.example.org with ESMTPS id Zx1Lq9"),
             extra=(("Reply-To", addr("Theo Lambert", "theo@quillstack.io")),))
    return message(hs, mixed(text(body, cte="7bit"),
                             calendar(ics, filename="invite.ics", disposition="attachment",
                                      name_param=True)))


# =========================================================================== positives 9-16


@mail(N(9), family="teamtailor", lang="es", interview=True, kind="scheduled",
      start="2026-11-18T11:00:00Z", end="2026-11-18T12:00:00Z",
      contact="clara.soler@ollaria.com", company="Ollaria",
      local="Wed 2026-11-18 12:00", local_end="2026-11-18 13:00", zone=MAD,
      note="Teamtailor: 'miércoles, 18 de noviembre de 2026, 12:00 - 13:00 (CET)' -> 11:00-12:00Z; ICS "
           "TZID Europe/Madrid agrees. Reply-To is a Teamtailor inbound relay (not a person's mailbox), "
           "so contact = the recruiter's address in the signature.")
def m9() -> bytes:
    body = t("""
        ¡Hola Jordi!

        Gracias por reservar un hueco. Tu entrevista con Ollaria queda confirmada:

        Puesto: UX Researcher – App de pedidos
        Cuándo: miércoles, 18 de noviembre de 2026, 12:00 - 13:00 (CET)
        Dónde: Google Meet – https://meet.google.com/odk-wqze-bvu
        Con: Clara Soler (Talent Partner) y Guillem Roca (Product Lead)

        En el archivo adjunto tienes la invitación para tu calendario.

        Un saludo,
        Clara Soler
        Talent Partner · Ollaria
        clara.soler@ollaria.com

        --
        Ollaria · Carrer de Llull 120, 08005 Barcelona
        Gestionado con Teamtailor · Política de privacidad: https://careers.ollaria.com/privacy
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222;background:#fafafa">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:28px;border-radius:6px">
        <p>¡Hola Jordi!</p>
        <p>Gracias por reservar un hueco. Tu entrevista con Ollaria queda confirmada:</p>
        <p style="background:#f3f0ff;padding:12px;border-radius:4px">
        <b>Puesto:</b> UX Researcher – App de pedidos<br>
        <b>Cuándo:</b> miércoles, 18 de noviembre de 2026, 12:00 - 13:00 (CET)<br>
        <b>Dónde:</b> Google Meet – <a href="https://meet.google.com/odk-wqze-bvu">meet.google.com/odk-wqze-bvu</a><br>
        <b>Con:</b> Clara Soler (Talent Partner) y Guillem Roca (Product Lead)</p>
        <p>En el archivo adjunto tienes la invitación para tu calendario.</p>
        <p>Un saludo,<br>Clara Soler<br>Talent Partner · Ollaria<br>
        <a href="mailto:clara.soler@ollaria.com">clara.soler@ollaria.com</a></p>
        </div>
        <p style="text-align:center;font-size:11px;color:#999">Ollaria · Carrer de Llull 120, 08005 Barcelona<br>
        Gestionado con Teamtailor · <a href="https://careers.ollaria.com/privacy">Política de privacidad</a></p>
        </body></html>
        """)
    ics = "\n".join(["""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interview//ES
METHOD:REQUEST""", VTZ_MADRID, """BEGIN:VEVENT
UID:tt-interview-3391027@teamtailor.com
DTSTAMP:20261116T081400Z
DTSTART;TZID=Europe/Madrid:20261118T120000
DTEND;TZID=Europe/Madrid:20261118T130000
SUMMARY:Entrevista Ollaria – Jordi Puig
LOCATION:https://meet.google.com/odk-wqze-bvu
ORGANIZER;CN=Ollaria:mailto:no-reply@teamtailor-mail.com
ATTENDEE;CN=Jordi Puig;RSVP=TRUE:mailto:jordi.puig@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""])
    hs = hdr(addr("Clara Soler | Ollaria", "no-reply@teamtailor-mail.com"),
             "Entrevista confirmada – UX Researcher – App de pedidos", "2026-11-16 09:14:27", MAD,
             "<6557c1e2f0a94_3c1d2ab1e4c8@teamtailor-mail.com>",
             relay=("from mail.teamtailor-mail.com (mail.teamtailor-mail.com [159.135.140.22])",
                    "mx.example.org with ESMTPS id pL0e7W"),
             extra=(("Reply-To", "ollaria-c8f2a91@inbound.teamtailor-mail.com"),
                    ("List-Unsubscribe", "<https://app.teamtailor.com/unsubscribe/3391027>")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method=None, filename="entrevista.ics",
                                      disposition="attachment", cte="base64")))


@mail(N(10), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-10-20T08:30:00Z", end="2026-10-20T09:15:00Z",
      contact="rgil@turiaretail.es", company="Grupo Turia Retail",
      local="Tue 2026-10-20 10:30", local_end="2026-10-20 11:15", zone=MAD,
      note="Formal usted letter from Valencia, iso-8859-1 quoted-printable: 'el próximo martes día 20 "
           "a las 10:30h', 'duración de 45 minutos' (an exact length) -> Tue 20 Oct 10:30-11:15 CEST "
           "= 08:30-09:15Z. Contact = sender.")
def m10() -> bytes:
    body = t("""
        Estimado Sr. Puig:

        En relación con su candidatura al puesto de Investigador/a UX para nuestro departamento de
        Comercio Electrónico, le confirmamos la entrevista para el próximo martes día 20 a las 10:30h
        en nuestras oficinas de la calle Colón, 32, 4.ª planta (Valencia).

        La entrevista tendrá una duración de 45 minutos y en ella estarán presentes D. Vicent Ferrando,
        Director de Canal Online, y quien suscribe.

        Le rogamos confirme su asistencia respondiendo a este correo. Si por cualquier motivo no le
        fuera posible acudir, le agradeceríamos que nos lo comunicara con la mayor antelación posible.

        Reciba un cordial saludo,

        Remedios Gil Sanchis
        Departamento de Recursos Humanos
        Grupo Turia Retail, S.A.
        C/ Colón, 32 - 46004 Valencia
        Tel. 963 555 410

        AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su
        destinatario, pudiendo contener información confidencial sometida a secreto profesional.
        """)
    hs = hdr(addr("Remedios Gil Sanchis", "rgil@turiaretail.es", "iso-8859-1"),
             "Entrevista - Investigador/a UX (Comercio Electrónico)", "2026-10-14 13:05:51", MAD,
             "<000c01dd3e1a$7b2f4c10$716de430$@turiaretail.es>", cs="iso-8859-1",
             relay=("from smtp.turiaretail.es (smtp.turiaretail.es [212.36.74.51])",
                    "mx.example.org with ESMTP id 1cT9rV"),
             extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtOGnsvTBBxbeQwSTaZ1Pq8dX2k4w==")))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(N(11), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start="2026-11-10T14:30:00Z", end="2026-11-10T15:30:00Z",
      contact="sergi.casals@barnamobility.com", company="Barna Mobility",
      local="Tue 2026-11-10 15:30", local_end="2026-11-10 16:30", zone=MAD,
      note="Google Calendar invitation, Spanish locale: 'martes, 10 de noviembre de 2026⋅15:30 – 16:30, "
           "Zona horaria: Europe/Madrid' (CET) -> 14:30-15:30Z; ICS TZID Europe/Madrid agrees. Contact = "
           "ORGANIZER (the hiring manager).")
def m11() -> bytes:
    body = t("""
        Entrevista UX Researcher – Jordi Puig
        martes, 10 de noviembre de 2026⋅15:30 – 16:30
        Zona horaria: Europe/Madrid

        Información para unirse con Google Meet
        Enlace de la videollamada: https://meet.google.com/gyn-tbxa-qre
        O marca: (ES) +34 932 55 71 09 PIN: 418 552 007#

        Hola Jordi, primera conversa amb l'equip de producte. Cap preparació especial, porta
        un cas que t'agradi explicar. ¡Hasta el martes!

        Organizador
        Sergi Casals
        sergi.casals@barnamobility.com

        Invitados
        Sergi Casals - organizador
        jordi.puig@example.org
        Núria Font

        Ver todos los datos de los invitados: https://calendar.google.com/calendar/event?action=VIEW&eid=NWw3cWlzYm1

        Responder para jordi.puig@example.org
        Sí: https://calendar.google.com/calendar/event?action=RESPOND&rst=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&rst=2
        Quizás: https://calendar.google.com/calendar/event?action=RESPOND&rst=3

        Invitación de Google Calendar

        Recibes este correo porque has sido invitado a este evento. Para dejar de recibir
        actualizaciones de este evento, rechaza la invitación.
        """)
    page = t("""
        <html><body><div itemscope itemtype="http://schema.org/InformAction">
        <table style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#3c4043">
        <tr><td><h2 style="font-size:22px;font-weight:400">Entrevista UX Researcher – Jordi Puig</h2></td></tr>
        <tr><td>martes, 10 de noviembre de 2026⋅15:30 – 16:30<br>Zona horaria: Europe/Madrid</td></tr>
        <tr><td><a href="https://meet.google.com/gyn-tbxa-qre">Unirse con Google Meet</a><br>
        meet.google.com/gyn-tbxa-qre</td></tr>
        <tr><td>Hola Jordi, primera conversa amb l&#39;equip de producte. Cap preparació especial, porta
        un cas que t&#39;agradi explicar. ¡Hasta el martes!</td></tr>
        <tr><td><b>Organizador</b><br>Sergi Casals<br>
        <a href="mailto:sergi.casals@barnamobility.com">sergi.casals@barnamobility.com</a></td></tr>
        <tr><td><b>Invitados</b><br>Sergi Casals - organizador<br>jordi.puig@example.org<br>Núria Font</td></tr>
        <tr><td style="font-size:12px;color:#70757a">Invitación de Google Calendar</td></tr>
        </table></div></body></html>
        """)
    ics = "\n".join(["""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST""", VTZ_MADRID, """BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20261110T153000
DTEND;TZID=Europe/Madrid:20261110T163000
DTSTAMP:20261104T092000Z
ORGANIZER;CN=Sergi Casals:mailto:sergi.casals@barnamobility.com
UID:5l7qisbm0ro2v0hk9t1d3c8e4u@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jordi.puig@example.org;X-NUM-GUESTS=0:mailto:jordi.puig@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sergi Casals;X-NUM-GUESTS=0:mailto:sergi.casals@barnamobility.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Núria Font;X-NUM-GUESTS=0:mailto:nuria.font@barnamobility.com
X-GOOGLE-CONFERENCE:https://meet.google.com/gyn-tbxa-qre
CREATED:20261104T091822Z
DESCRIPTION:Hola Jordi\\, primera conversa amb l'equip de producte.
LAST-MODIFIED:20261104T092000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista UX Researcher – Jordi Puig
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""])
    hs = hdr(addr("Sergi Casals", "sergi.casals@barnamobility.com"),
             "Invitación: Entrevista UX Researcher – Jordi Puig @ mar 10 nov 2026 15:30 - 16:30 (CET) "
             "(jordi.puig@example.org)", "2026-11-04 10:20:06", MAD,
             "<calendar-2b8e41f7-6c0d-4a93-b3e1-7f95a0c2d4e8@google.com>",
             relay=("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
                    "mx.example.org with ESMTPS id Gg8cV1"),
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                    ("Reply-To", addr("Sergi Casals", "sergi.casals@barnamobility.com"))))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, cte="8bit")),
                             calendar(ics, ctype="application/ics", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


def _tidewise_original() -> bytes:
    body = t("""
        Hi Jordi,

        Thanks for picking a time. Your interview with Tidewise is confirmed:

        Interview: Research & Insights Lead - second stage (portfolio deep-dive)
        Date: Wednesday, 2 December 2026
        Time: 17:00 - 17:45 (Europe/Madrid)
        Video call: https://meet.tidewise.co/j/rsl-2f8k

        Interviewers: Ruth Adebayo (People Ops) and Kasper Lind (VP Product)

        If you have any questions, reach me directly at ruth.adebayo@tidewise.co.

        Kind regards,
        Ruth Adebayo
        People Ops, Tidewise

        You received this email because you applied for a job at Tidewise via Workable.
        """)
    hs = [("From", addr("Tidewise", "noreply@candidates.workablemail.com")),
          ("Reply-To", "tidewise+c3f8a2e7@candidates.workablemail.com"),
          ("To", addr("Jordi Puig", "jordi.puig@example.net")),
          ("Subject", "Interview confirmed - Research & Insights Lead at Tidewise"),
          ("Date", date("2026-11-26 18:02:13", MAD)),
          ("Message-ID", "<5f2e0c1b9a7d4_7a13f9c2d81@workablemail.com>")]
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body), cte="7bit")))


@mail(N(12), family="workable", lang="en", interview=True, kind="scheduled",
      start="2026-12-02T16:00:00Z", end="2026-12-02T16:45:00Z",
      contact="ruth.adebayo@tidewise.co", company="Tidewise",
      local="Wed 2026-12-02 17:00", local_end="2026-12-02 17:45", zone=MAD,
      note="Jordi forwards to himself (example.net -> example.org) a Workable confirmation as an "
           "attached message/rfc822: 'Wednesday, 2 December 2026, 17:00 - 17:45 (Europe/Madrid)' CET "
           "-> 16:00-16:45Z. Sender is Jordi himself and the inner Reply-To is a Workable relay, so "
           "contact = the recruiter's address in the forwarded body.")
def m12() -> bytes:
    note = t("""
        me lo reenvío al correo bueno, que el otro no lo miro nunca.
        mié 2/12 a las 17h, segunda ronda Tidewise

        --
        Enviado desde mi móvil
        """)
    hs = hdr(addr("Jordi Puig", "jordi.puig@example.net"),
             "Fwd: Interview confirmed - Research & Insights Lead at Tidewise", "2026-11-26 21:40:37",
             MAD, "<CAJp4m0Xr8=Ye2f9QvK1tW@mail.example.net>", to=ME,
             relay=("from smtp.example.net (smtp.example.net [192.0.2.44])",
                    "mx.example.org with ESMTPS id Ff3xR0"))
    return message(hs, mixed(text(note, cte="8bit"),
                             attached_message(_tidewise_original(), "Interview confirmed.eml")))


@mail(N(13), family="microsoft_bookings", lang="es", interview=True, kind="scheduled",
      start="2026-10-21T09:00:00Z", end="2026-10-21T09:45:00Z",
      contact="beatriz.montoya@castellanadigital.es", company="Castellana Digital",
      local="Wed 2026-10-21 11:00", local_end="2026-10-21 11:45", zone=MAD,
      note="Microsoft Bookings confirmation in Spanish. The zone label shows the standard offset "
           "'(UTC+01:00) Bruselas, Copenhague, Madrid, París' but 21 Oct is still summer time: "
           "11:00-11:45 CEST = 09:00-09:45Z, which the ICS (Romance Standard Time) confirms. Sender is "
           "the Bookings mailbox; contact = the staff member's address in the body.")
def m13() -> bytes:
    body = t("""
        Hola Jordi Puig:

        Gracias por reservar con Castellana Digital – Entrevistas. Su reserva está confirmada.

        Entrevista de selección – UX Research (45 minutos)
        miércoles, 21 de octubre de 2026
        11:00 - 11:45 (UTC+01:00) Bruselas, Copenhague, Madrid, París

        Personal: Beatriz Montoya
        Ubicación: Reunión de Microsoft Teams
        Unirse a la reunión: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzY1ZTc4@thread.v2/0

        ¿Dudas sobre la entrevista? Escriba a beatriz.montoya@castellanadigital.es

        Administrar reserva: https://outlook.office365.com/owa/calendar/CastellanaDigitalEntrevistas@castellanadigital.es/bookings/
        Si necesita cancelar o reprogramar, hágalo con al menos 24 horas de antelación.

        Castellana Digital, S.L. · Paseo de la Castellana 95, 28046 Madrid
        """)
    page = "<html><body><div style=\"font-family:'Segoe UI',sans-serif;font-size:14px\">" + \
        body.replace("&", "&amp;").replace("\n\n", "</p><p>").replace("\n", "<br>") + "</div></body></html>\n"
    ics = "\n".join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0""", VTZ_ROMANCE, """BEGIN:VEVENT
ORGANIZER;CN=Castellana Digital – Entrevistas:mailto:CastellanaDigitalEntrevistas@castellanadigital.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Jordi Puig:mailto:jordi.puig@example.org
SUMMARY;LANGUAGE=es-ES:Entrevista de selección – UX Research
DTSTART;TZID=Romance Standard Time:20261021T110000
DTEND;TZID=Romance Standard Time:20261021T114500
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000010000000BK2610
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261015T163000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""])
    hs = hdr(addr("Castellana Digital – Entrevistas",
                  "CastellanaDigitalEntrevistas@castellanadigital.es"),
             "Reserva confirmada: Entrevista de selección – UX Research", "2026-10-15 18:30:12", MAD,
             "<AS8PR03MB6840C0F19E2D4B7A9E3C5D21F0E8@AS8PR03MB6840.eurprd03.prod.outlook.com>",
             relay=("from EUR03-AS8-obe.outbound.protection.outlook.com (52.100.14.201)",
                    "mx.example.org with ESMTPS id Ye5oZ4"),
             extra=(("Content-Language", "es-ES"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment",
                                      cte="base64")))


@mail(N(14), family="zoom", lang="en", interview=True, kind="scheduled",
      start="2026-11-12T15:00:00Z", end="2026-11-12T15:30:00Z",
      contact="megan.kowalski@prairieloop.com", company="Prairie Loop",
      local="Thu 2026-11-12 09:00", local_end="2026-11-12 09:30", zone="America/Chicago",
      note="Chicago recruiter's Gmail reply with a pasted Zoom block: 'Thursday ... 9am Central (4pm "
           "for you in Barcelona)', 'a 30-minute call'. Date Mon 9 Nov 19:30 CST (already Tue in UTC); "
           "Thursday = 12 Nov. US back on CST since 1 Nov: 09:00 UTC-6 = 15:00Z, end 15:30Z. Contact = "
           "sender.")
def m14() -> bytes:
    body = t("""
        Hi Jordi,

        Thanks for the quick reply! Thursday works great - let's lock in 9am Central (4pm for you in
        Barcelona). It's a 30-minute call with me and our VP of Product, Alan Reyes. Zoom details below.

        Talk soon,
        Megan

        Megan Kowalski | Senior Technical Recruiter | Prairie Loop
        Chicago, IL

        Megan Kowalski is inviting you to a scheduled Zoom meeting.

        Topic: Jordi Puig <> Prairie Loop | UX Research
        Time: Nov 12, 2026 09:00 AM Central Time (US and Canada)

        Join Zoom Meeting
        https://prairieloop.zoom.us/j/94417702381?pwd=bWZxZ2tPQ0h3

        Meeting ID: 944 1770 2381
        Passcode: 528163

        On Mon, Nov 9, 2026 at 12:41 PM Jordi Puig <jordi.puig@example.org> wrote:
        > Hi Megan,
        >
        > Thanks for getting back to me. Thursday or Friday this week both work, any time after 3pm
        > my time (CET).
        >
        > Best,
        > Jordi
        """)
    hs = hdr(addr("Megan Kowalski", "megan.kowalski@prairieloop.com"), "Re: Prairie Loop - next steps",
             "2026-11-09 19:30:18", "America/Chicago",
             "<CAF3mQx2Lr1vT+8gN0c=Wq7Pz4k@mail.gmail.com>",
             relay=("from mail-yw1-f178.google.com (mail-yw1-f178.google.com [209.85.128.178])",
                    "mx.example.org with ESMTPS id Qa2vN6"),
             extra=(("In-Reply-To", "<8c1f1a90-2e6d-4c3a-b1f7-1e9d0a6f0c2b@example.org>"),
                    ("References", "<8c1f1a90-2e6d-4c3a-b1f7-1e9d0a6f0c2b@example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(15), family="teams", lang="es", interview=True, kind="scheduled",
      start="2026-12-01T08:30:00Z", end="2026-12-01T09:30:00Z",
      contact="rocio.anaya@linceanalytics.es", company="Lince Analytics",
      local="Tue 2026-12-01 09:30", local_end="2026-12-01 10:30", zone=MAD,
      note="Outlook/Teams meeting request from Madrid whose text gives no time at all (only the Teams "
           "boilerplate); the time is only in the ICS: DTSTART 20261201T093000 TZID Romance Standard "
           "Time (CET) -> 08:30-09:30Z. Contact = organizer/sender.")
def m15() -> bytes:
    body = t("""
        Hola Jordi:

        Te envío la convocatoria para la entrevista técnica con Javier Ortega (Head of Design) y
        conmigo. Haremos un ejercicio corto de síntesis, no hace falta que prepares nada.

        Un saludo,
        Rocío

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NDQ5YmE2@thread.v2/0
        Id. de reunión: 372 118 640 552
        Código de acceso: 9xKc3T
        ________________________________________________________________________________
        Para organizadores: Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>" + \
        "<body><div style=\"font-family:Aptos,sans-serif;font-size:11pt\">" + \
        body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + \
        "</div></body></html>\n"
    ics = "\n".join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0""", VTZ_ROMANCE, """BEGIN:VEVENT
ORGANIZER;CN=Rocío Anaya:mailto:rocio.anaya@linceanalytics.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jordi Puig:mailto:jordi.puig@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Javier Ortega:mailto:javier.ortega@linceanalytics.es
SUMMARY;LANGUAGE=es-ES:Entrevista técnica UX – Jordi Puig
DTSTART;TZID=Romance Standard Time:20261201T093000
DTEND;TZID=Romance Standard Time:20261201T103000
UID:040000008200E00074C5B7101A82E00800000000C4D2A7E95B7FDC010000000000000000100000004F1E
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261125T111000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""])
    hs = hdr(addr("Rocío Anaya", "rocio.anaya@linceanalytics.es"), "Entrevista técnica UX – Jordi Puig",
             "2026-11-25 12:10:40", MAD,
             "<VI1PR06MB5534B2F7D0E1C9A8F4E6B3D70C19@VI1PR06MB5534.eurprd06.prod.outlook.com>",
             relay=("from EUR02-VI1-obe.outbound.protection.outlook.com (40.107.6.108)",
                    "mx.example.org with ESMTPS id Wm8kH2"),
             extra=(("Thread-Topic", enc("Entrevista técnica UX – Jordi Puig")),
                    ("Content-Language", "es-ES")))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(N(16), family="human_prose", lang="ca", interview=True, kind="scheduled",
      start="2026-11-19T16:00:00Z", end=None, contact="marc@estudionyar.cat", company="Estudi Onyar",
      local="Thu 2026-11-19 17:00", zone=MAD,
      note="Catalan reply written on a phone: 'quedem dijous que ve a les 17h' sent Fri 13 Nov -> Thu "
           "19 Nov (the quoted mail also says 'dijous 19'), 17:00 CET = 16:00Z. The attached ICS is an "
           "all-day event (DTSTART;VALUE=DATE:20261119), the time is only in the text. No length -> "
           "end null. Contact = sender.")
def m16() -> bytes:
    body = t("""
        Perfecte Jordi, quedem dijous que ve a les 17h al despatx (c/ Santa Clara 21, 2n, Girona).
        T'he enviat una convocatòria però ha sortit de tot el dia, el mòbil no em deixava posar l'hora 🙈
        Hi serem la Mireia (disseny) i jo. Fins dijous!

        Marc

        Enviat des del meu iPhone

        > El 13 nov 2026, a les 18:02, Jordi Puig <jordi.puig@example.org> va escriure:
        >
        > Hola Marc,
        > Gràcies per la trucada d'avui. Dijous 19 a la tarda em va perfecte, a partir de les 16h
        > quan vulguis. Pujaré en tren des de Barcelona.
        > Salut,
        > Jordi
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:8D3F6A12-4C9B-4E0F-9B2A-7E1C5D0F3A44
DTSTAMP:20261113T194700Z
DTSTART;VALUE=DATE:20261119
DTEND;VALUE=DATE:20261120
SUMMARY:Entrevista Jordi Puig (UX) – Estudi Onyar
LOCATION:C/ Santa Clara 21\\, 2n\\, Girona
ORGANIZER;CN=Marc Pujol:mailto:marc@estudionyar.cat
ATTENDEE;CN=Jordi Puig;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:jordi.puig@example.org
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = hdr(addr("Marc Pujol", "marc@estudionyar.cat"), "Re: Entrevista Estudi Onyar",
             "2026-11-13 20:47:09", MAD, "<7A0E2C44-9B13-4F6D-8E21-3C5B9D1F0A67@estudionyar.cat>",
             relay=("from smtp.estudionyar.cat (smtp.estudionyar.cat [185.42.105.9])",
                    "mx.example.org with ESMTPS id Nd4tU8"),
             extra=(("In-Reply-To", "<f21b7e0c-4a4d-9e3b-c7d1@example.org>"),
                    ("X-Mailer", "iPhone Mail (22B83)")))
    return message(hs, mixed(text(body, cte="8bit", params="format=flowed"),
                             calendar(ics, filename="Entrevista.ics", disposition="attachment",
                                      name_param=True, cte="quoted-printable")))


# =========================================================================== positives 17-23


@mail(N(17), family="greenhouse", lang="en", interview=True, kind="rescheduled",
      start="2026-10-06T08:00:00Z", end="2026-10-06T09:30:00Z",
      contact="pau.serrat@lumorahealth.com", company="Lumora Health",
      local="Tue 2026-10-06 10:00", local_end="2026-10-06 11:30", zone=MAD,
      note="Greenhouse reschedule of Lumora's panel (same company as the first-round mail): old slot "
           "Fri 2 Oct 15:00 is stated too; new slot Tue 6 Oct 10:00-11:30 CEST = 08:00-09:30Z; ICS in "
           "UTC with SEQUENCE:1. Contact = Reply-To coordinator.",
      days=(("Fri", "2026-10-02"),))
def m17() -> bytes:
    body = t("""
        Hi Jordi,

        Unfortunately one of the panelists is travelling on Friday, so we have had to move your panel
        interview for Senior UX Researcher (Patient Experience).

        PREVIOUS TIME (cancelled): Friday, October 2, 2026, 3:00 PM CEST
        NEW TIME: Tuesday, October 6, 2026, 10:00 AM - 11:30 AM CEST (Europe/Madrid)

        Location: Lumora Health, Carrer de Pujades 77, 3rd floor, Barcelona - Sala Montjuïc

        Panel:
          10:00 - 10:45  Research deep-dive with Oriol Camps and Aina Roig
          10:45 - 11:30  Cross-functional conversation with Product and Clinical Ops

        An updated calendar invitation is attached. Sorry for the change, and thanks for your
        flexibility!

        Pau Serrat
        Recruiting Coordinator, Lumora Health

        --
        Sent via Greenhouse.
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-49077312-lumora@greenhouse.io
DTSTAMP:20261001T074000Z
DTSTART:20261006T080000Z
DTEND:20261006T093000Z
SUMMARY:Panel interview: Jordi Puig / Lumora Health
LOCATION:Carrer de Pujades 77\\, 3rd floor\\, Barcelona - Sala Montjuic
ORGANIZER;CN=Pau Serrat:mailto:pau.serrat@lumorahealth.com
ATTENDEE;CN=Jordi Puig;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jordi.puig@example.org
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = hdr(addr("Lumora Health", "no-reply@us.greenhouse-mail.io"),
             "Updated: your panel interview with Lumora Health has been rescheduled",
             "2026-10-01 09:40:22", MAD, "<gh.49077312.e01b44f7@us.greenhouse-mail.io>",
             relay=("from o7.us.greenhouse-mail.io (o7.us.greenhouse-mail.io [167.89.101.17])",
                    "mx.example.org with ESMTPS id 0Lz8bW"),
             extra=(("Reply-To", addr("Pau Serrat", "pau.serrat@lumorahealth.com")),))
    return message(hs, mixed(text(body), calendar(ics, filename="invite.ics",
                                                  disposition="attachment")))


@mail(N(18), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start="2026-11-18T08:30:00Z", end=None,
      contact="lucia.prieto@hortalezalabs.com", company="Hortaleza Labs",
      local="Wed 2026-11-18 09:30", zone=MAD,
      note="Madrid recruiter moves the interview 'del lunes 16 a las 12:00 al miércoles 18/11 a las "
           "9:30h (hora peninsular)': new time Wed 18 Nov 09:30 CET = 08:30Z; old slot also written. "
           "No length -> end null. Contact = sender.",
      days=(("Mon", "2026-11-16"),))
def m18() -> bytes:
    body = t("""
        Hola Jordi,

        Te escribo para mover la entrevista del lunes 16 a las 12:00 al miércoles 18/11 a las 9:30h
        (hora peninsular). A Andrea le ha surgido un viaje a última hora y queríamos que estuviera
        sí o sí. Mismo enlace de Meet que te pasé: meet.google.com/qpa-hwnz-ert

        Perdona el cambio y mil gracias por la flexibilidad. Si el miércoles no te encajara dímelo y
        lo vemos, pero en principio queda así.

        Un saludo,

        Lucía Prieto
        People & Culture · Hortaleza Labs
        +34 600 555 731
        """)
    hs = hdr(addr("Lucía Prieto", "lucia.prieto@hortalezalabs.com"),
             "Cambio de hora entrevista – Hortaleza Labs", "2026-11-13 11:20:48", MAD,
             "<CAH5vTq0n3y8rB=KpX2mE7fL1w@mail.gmail.com>",
             relay=("from mail-ed1-f44.google.com (mail-ed1-f44.google.com [209.85.208.44])",
                    "mx.example.org with ESMTPS id Ut6jA3"))
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(N(19), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start="2026-11-03T15:00:00Z", end="2026-11-03T16:00:00Z",
      contact="priya.natarajan@beaconly.com", company="Beaconly",
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone="America/New_York",
      note="GoodTime reschedule from Boston, sent Fri 30 Oct in EDT (-0400); new slot Tue 3 Nov "
           "10:00-11:00 AM EST, after the US went back to standard time on 1 Nov: UTC-5 -> "
           "15:00-16:00Z (the '4:00 PM - 5:00 PM CET' line agrees). Old slot Mon 2 Nov also written. "
           "ICS TZID America/New_York, SEQUENCE:2. Contact = Reply-To coordinator.",
      days=(("Mon", "2026-11-02"),))
def m19() -> bytes:
    body = t("""
        Hi Jordi,

        Your interview with Beaconly has been rescheduled. Please see the updated details below.

        Senior UX Researcher - Hiring Manager Interview

        NEW: Tuesday, November 3, 2026
             10:00 AM - 11:00 AM EST (America/New_York)
             4:00 PM - 5:00 PM CET in your time zone (Europe/Madrid)

        Previously: Monday, November 2, 2026, 10:00 AM EST

        Interviewer: Rachel Moss, Director of Research
        Video: https://beaconly.zoom.us/j/83302917745

        Questions or conflicts? Reply to this email to reach your coordinator, Priya Natarajan.

        Beaconly Talent Team

        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1d1d1f">
        <p>Hi Jordi,</p>
        <p>Your interview with Beaconly has been <b>rescheduled</b>. Please see the updated details below.</p>
        <h3 style="margin-bottom:4px">Senior UX Researcher - Hiring Manager Interview</h3>
        <table style="border-left:3px solid #0a84ff;padding-left:10px">
        <tr><td><b>NEW:</b> Tuesday, November 3, 2026</td></tr>
        <tr><td>10:00 AM - 11:00 AM EST (America/New_York)</td></tr>
        <tr><td style="color:#6e6e73">4:00 PM - 5:00 PM CET in your time zone (Europe/Madrid)</td></tr>
        </table>
        <p style="color:#6e6e73"><s>Previously: Monday, November 2, 2026, 10:00 AM EST</s></p>
        <p>Interviewer: Rachel Moss, Director of Research<br>
        Video: <a href="https://beaconly.zoom.us/j/83302917745">beaconly.zoom.us/j/83302917745</a></p>
        <p>Questions or conflicts? Reply to this email to reach your coordinator, Priya Natarajan.</p>
        <p>Beaconly Talent Team</p>
        <p style="font-size:11px;color:#999">Scheduled with GoodTime</p>
        </body></html>
        """)
    ics = "\n".join(["""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Scheduler//EN
VERSION:2.0
METHOD:REQUEST""", VTZ["America/New_York"], """BEGIN:VEVENT
UID:goodtime-evt-a91c33e0-beaconly-2211@goodtime.io
DTSTAMP:20261030T180500Z
DTSTART;TZID=America/New_York:20261103T100000
DTEND;TZID=America/New_York:20261103T110000
SEQUENCE:2
SUMMARY:Beaconly | Jordi Puig | Hiring Manager Interview
LOCATION:https://beaconly.zoom.us/j/83302917745
ORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan@beaconly.com
ATTENDEE;CN=Jordi Puig;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jordi.puig@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""])
    hs = hdr(addr("Beaconly Talent Team", "scheduling@mail.goodtime.io"),
             "Rescheduled: Beaconly interview - Tuesday, November 3, 2026", "2026-10-30 14:05:31",
             "America/New_York", "<01000193a7c2e5d1-goodtime-5f9e-4b2a-88c1-0e6a2c4b1f73@mail.goodtime.io>",
             relay=("from mail.goodtime.io (mail.goodtime.io [149.72.154.21])",
                    "mx.example.org with ESMTPS id Vb1oS5"),
             extra=(("Reply-To", addr("Priya Natarajan", "priya.natarajan@beaconly.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(N(20), family="recruitee", lang="en", interview=True, kind="rescheduled",
      start="2026-12-09T19:00:00Z", end="2026-12-09T19:45:00Z",
      contact="aroha@kowhailabs.co.nz", company="Kowhai Labs",
      local="Thu 2026-12-10 08:00", local_end="2026-12-10 08:45", zone="Pacific/Auckland",
      note="Recruitee reschedule from an Auckland company (remote role): new slot Thu 10 Dec "
           "8:00-8:45am NZDT (UTC+13) = Wed 9 Dec 19:00-19:45Z, i.e. the previous day in UTC; the body's "
           "'Wednesday 9 December, 20:00-20:45 in Barcelona' agrees. Date is Wed 2 Dec 09:15 +1300 "
           "(Tue 1 Dec in UTC). Old slot Tue 8 Dec 8:00am NZDT also written. Contact = Reply-To recruiter.",
      days=(("Tue", "2026-12-08"), ("Wed", "2026-12-09")))
def m20() -> bytes:
    body = t("""
        Kia ora Jordi,

        Apologies - we need to move your interview for Senior User Researcher (Remote, EU hours).

        Your interview has been moved to:
        Thursday 10 December 2026, 8:00am - 8:45am NZDT
        (Wednesday 9 December, 20:00 - 20:45 in Barcelona)

        It was previously Tuesday 8 December at 8:00am NZDT. Same Google Meet link as before:
        https://meet.google.com/kwh-aiqp-tuv

        The calendar invite has been updated. Ngā mihi,

        Aroha Mitchell
        People Partner, Kowhai Labs
        Level 3, 12 Madden Street, Auckland 1010
        """)
    ics = "\n".join(["""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Events//EN
METHOD:REQUEST""", VTZ["Pacific/Auckland"], """BEGIN:VEVENT
UID:recruitee-event-1184403@recruitee.com
DTSTAMP:20261201T201500Z
DTSTART;TZID=Pacific/Auckland:20261210T080000
DTEND;TZID=Pacific/Auckland:20261210T084500
SEQUENCE:1
SUMMARY:Interview Jordi Puig - Senior User Researcher (Kowhai Labs)
LOCATION:https://meet.google.com/kwh-aiqp-tuv
ORGANIZER;CN=Aroha Mitchell:mailto:aroha@kowhailabs.co.nz
ATTENDEE;CN=Jordi Puig;RSVP=TRUE:mailto:jordi.puig@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""])
    page = t("""
        <div style="font-family:Arial,sans-serif;font-size:14px">
        <p>Kia ora Jordi,</p>
        <p>Apologies - we need to move your interview for <b>Senior User Researcher (Remote, EU hours)</b>.</p>
        <p>Your interview has been moved to:<br>
        <b>Thursday 10 December 2026, 8:00am - 8:45am NZDT</b><br>
        (Wednesday 9 December, 20:00 - 20:45 in Barcelona)</p>
        <p>It was previously Tuesday 8 December at 8:00am NZDT. Same Google Meet link as before:
        <a href="https://meet.google.com/kwh-aiqp-tuv">https://meet.google.com/kwh-aiqp-tuv</a></p>
        <p>The calendar invite has been updated. Ngā mihi,</p>
        <p>Aroha Mitchell<br>People Partner, Kowhai Labs<br>Level 3, 12 Madden Street, Auckland 1010</p>
        </div>
        """)
    hs = hdr(addr("Aroha Mitchell - Kowhai Labs", "kowhailabs@mail.recruitee.com"),
             "Interview moved: Senior User Researcher - Kowhai Labs", "2026-12-02 09:15:08",
             "Pacific/Auckland", "<recruitee.msg.72193384.b4d1@mail.recruitee.com>",
             relay=("from mail.recruitee.com (mail.recruitee.com [185.250.239.66])",
                    "mx.example.org with ESMTPS id Cw9pE1"),
             extra=(("Reply-To", addr("Aroha Mitchell", "aroha@kowhailabs.co.nz")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, filename="interview.ics", disposition="attachment",
                                      cte="base64")))


@mail(N(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start="2026-09-23T12:00:00Z", end="2026-09-23T13:00:00Z",
      contact="jonas.becker@spreeklang.de", company="Spreeklang",
      local="Wed 2026-09-23 14:00", local_end="2026-09-23 15:00", zone="Europe/Berlin",
      note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) from a Berlin company: "
           "'Wed 23 Sep 2026 2pm - 3pm (CEST)' = 12:00-13:00Z, the cancelled slot; the organizer's "
           "note says the role is paused, no new time. Contact = ORGANIZER.")
def m21() -> bytes:
    body = t("""
        This event has been cancelled and removed from your calendar.

        Interview: Jordi Puig / UX Research (Spreeklang)
        Wednesday 23 Sep 2026 ⋅ 2pm – 3pm
        Central European Time - Berlin

        Note from the organiser: Hi Jordi, I'm really sorry - we have just put the UX Research role on
        hold until next year, so I have to cancel our conversation. I'll reach out personally if it
        reopens. Jonas

        Organiser
        Jonas Becker
        jonas.becker@spreeklang.de

        Guests
        Jonas Becker - organiser
        jordi.puig@example.org

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event.
        """)
    page = t("""
        <html><body><table style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#3c4043">
        <tr><td style="color:#d93025">This event has been cancelled and removed from your calendar.</td></tr>
        <tr><td><h2 style="font-weight:400;text-decoration:line-through">Interview: Jordi Puig / UX Research (Spreeklang)</h2></td></tr>
        <tr><td>Wednesday 23 Sep 2026 ⋅ 2pm – 3pm<br>Central European Time - Berlin</td></tr>
        <tr><td>Note from the organiser: Hi Jordi, I&#39;m really sorry - we have just put the UX Research
        role on hold until next year, so I have to cancel our conversation. I&#39;ll reach out personally if
        it reopens. Jonas</td></tr>
        <tr><td><b>Organiser</b><br>Jonas Becker<br>jonas.becker@spreeklang.de</td></tr>
        <tr><td style="font-size:12px;color:#70757a">Invitation from Google Calendar</td></tr>
        </table></body></html>
        """)
    ics = "\n".join(["""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL""", VTZ["Europe/Berlin"], """BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260923T140000
DTEND;TZID=Europe/Berlin:20260923T150000
DTSTAMP:20260921T065000Z
ORGANIZER;CN=Jonas Becker:mailto:jonas.becker@spreeklang.de
UID:3qk0s1v9e8a2m7hb6c4d5f0g1j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=jordi.puig@example.org;X-NUM-GUESTS=0:mailto:jordi.puig@example.org
CREATED:20260914T101544Z
LAST-MODIFIED:20260921T065000Z
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Interview: Jordi Puig / UX Research (Spreeklang)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""])
    hs = hdr(addr("Jonas Becker", "jonas.becker@spreeklang.de"),
             "Cancelled event: Interview: Jordi Puig / UX Research (Spreeklang) @ Wed 23 Sep 2026 "
             "2pm - 3pm (CEST) (jordi.puig@example.org)", "2026-09-21 08:50:13", "Europe/Berlin",
             "<calendar-0f6e2d1c-7b3a-4e58-9c21-d4a8b6e0f395@google.com>",
             relay=("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
                    "mx.example.org with ESMTPS id Dq5rM7"),
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                    ("Reply-To", addr("Jonas Becker", "jonas.becker@spreeklang.de"))))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, method="CANCEL")),
                             calendar(ics, method="CANCEL", ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment",
                                      name_param=True)))


@mail(N(22), family="human_prose", lang="es", interview=True, kind="cancelled",
      start="2026-12-17T09:30:00Z", end=None,
      contact="sara@quintopiso.studio", company="Quinto Piso Studio",
      local="Thu 2026-12-17 10:30", zone=MAD,
      note="Madrid studio cancels 'la entrevista del jueves que viene (17/12) a las 10:30h' because the "
           "vacancy is frozen; no new time. Date Fri 11 Dec -> Thu 17 Dec 10:30 CET = 09:30Z, the "
           "cancelled slot. Contact = sender.")
def m22() -> bytes:
    body = t("""
        Hola Jordi,

        Lamentablemente tenemos que cancelar la entrevista del jueves que viene (17/12) a las 10:30h.
        Nos acaban de congelar la vacante de research hasta que se cierre el presupuesto del año que
        viene y no quiero hacerte perder el tiempo.

        Me quedo con tu perfil, que nos gustó mucho, y te escribo en cuanto tengamos novedades
        (calculo que a partir de febrero).

        Perdona de verdad, y felices fiestas.

        Sara Domínguez
        Cofundadora · Quinto Piso Studio
        Calle del Pez 27, 28004 Madrid
        """)
    hs = hdr(addr("Sara Domínguez", "sara@quintopiso.studio"),
             "Entrevista del jueves – Quinto Piso", "2026-12-11 18:40:55", MAD,
             "<a7f1c9d2-3e4b-4f60-8a17-5c2e9b0d6f41@quintopiso.studio>",
             relay=("from mail-eu.smtp2go.com (mail-eu.smtp2go.com [45.79.171.102])",
                    "mx.example.org with ESMTPS id Jh7fY4"),
             extra=(("User-Agent", "Mozilla Thunderbird"),))
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable",
                            params="format=flowed"))


@mail(N(23), family="exchange", lang="en", interview=True, kind="cancelled",
      start="2026-11-18T15:00:00Z", end="2026-11-18T16:00:00Z",
      contact="ghalvorsen@copperline.com", company="Copperline Insurance",
      local="Wed 2026-11-18 10:00", local_end="2026-11-18 11:00", zone="America/New_York",
      note="Outlook METHOD:CANCEL from a US insurer (TZID 'Eastern Standard Time'): 'Wednesday, November "
           "18, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time' = 15:00-16:00Z, the cancelled slot. The "
           "body says a new invite for Friday will follow, but no new invite is in this mail and the "
           "ICS cancels, so 'cancelled'. Contact = organizer/sender.")
def m23() -> bytes:
    body = t("""
        Apologies, Jordi - a board meeting landed on top of this slot. Nicole will send you a fresh
        invite for Friday at the same time.

        Greg

        When: Wednesday, November 18, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2FuY2Vs@thread.v2/0>
        Meeting ID: 244 901 337 862
        Passcode: bN4sXq
        ________________________________________________________________________________
        """)
    ics = "\n".join(["""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0""", VTZ["Eastern Standard Time"], """BEGIN:VEVENT
ORGANIZER;CN=Greg Halvorsen:mailto:ghalvorsen@copperline.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Jordi Puig:mailto:jordi.puig@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Nicole Farris:mailto:nfarris@copperline.com
SUMMARY;LANGUAGE=en-US:Canceled: Jordi Puig - UX Research Lead - Hiring Manager Interview
DTSTART;TZID=Eastern Standard Time:20261118T100000
DTEND;TZID=Eastern Standard Time:20261118T110000
UID:040000008200E00074C5B7101A82E00800000000D17F2E3A1C70DC01000000000000000010000000CA11E8
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261116T133000Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""])
    page = "<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + \
        body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + \
        "</div></body></html>\n"
    hs = hdr(addr("Greg Halvorsen", "ghalvorsen@copperline.com"),
             "Canceled: Jordi Puig - UX Research Lead - Hiring Manager Interview",
             "2026-11-16 08:30:04", "America/New_York",
             "<BN8PR15MB2769E4A0C1D7F3B9A2E6C5D41B08@BN8PR15MB2769.namprd15.prod.outlook.com>",
             relay=("from NAM12-BN8-obe.outbound.protection.outlook.com (40.107.237.70)",
                    "mx.example.org with ESMTPS id Tk2gL0"),
             extra=(("Thread-Topic", "Jordi Puig - UX Research Lead - Hiring Manager Interview"),
                    ("Importance", "high"),
                    ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives 24-32


@mail(N(24), family="rejection", lang="es", interview=False, company="Telvia Comunicaciones",
      note="Taleo rejection after an interview held 'el pasado 29/09': no upcoming interview.")
def m24() -> bytes:
    page = t("""
        <html><body><font face="Arial" size="2">
        <p>Estimado/a Jordi Puig,</p>
        <p>Queremos agradecerle el interés mostrado en la posición <b>2600418 - UX Researcher Senior (Experiencia
        Cliente Residencial)</b> y el tiempo dedicado a la entrevista que mantuvo con nosotros el pasado 29/09.</p>
        <p>Tras valorar detenidamente todas las candidaturas, lamentamos comunicarle que en esta ocasión hemos
        decidido continuar el proceso con otros candidatos cuyo perfil se ajusta más a los requisitos del puesto.</p>
        <p>Conservaremos sus datos para futuros procesos de selección, salvo que nos indique lo contrario.</p>
        <p>Le deseamos mucho éxito en su carrera profesional.</p>
        <p>Atentamente,<br>Dirección de Talento<br>Telvia Comunicaciones</p>
        <p><font size="1" color="#888888">Por favor, no responda a este mensaje. Esta dirección de correo no
        admite respuestas.</font></p>
        </font></body></html>
        """)
    hs = hdr(addr("Telvia Comunicaciones", "telvia@taleo.net"),
             "Su candidatura - 2600418 - UX Researcher Senior", "2026-10-09 17:02:48", MAD,
             "<1311442201.71022.1791558168221.JavaMail.taleo@tlbsrv071.taleo.net>",
             relay=("from smtp-out1.taleo.net (smtp-out1.taleo.net [160.34.8.41])",
                    "mx.example.org with ESMTPS id Rq3sB9"))
    return message(hs, html(page, charset="iso-8859-15"))


@mail(N(25), family="offer", lang="es", interview=False, company="Sinergia Foods",
      note="SmartRecruiters offer notification; mentions past interviews, an answer deadline "
           "(Fri 4 Dec 14:00) and a start date, but no interview.",
      days=(("Fri", "2026-12-04"),))
def m25() -> bytes:
    body = t("""
        Hola Jordi,

        ¡Enhorabuena! Después de las entrevistas con el equipo, nos encantaría que te unieras a
        Sinergia Foods como Lead UX Researcher.

        Tu oferta ya está disponible para revisar y firmar en el portal:
        https://jobs.smartrecruiters.com/oneclick-ui/offer/SinergiaFoods/8e7d1a4c

        Resumen:
        - Salario bruto anual: 58.000 EUR + 10 % variable
        - Modalidad: híbrida (2 días en la oficina de Poblenou)
        - Incorporación prevista: enero de 2027

        Te agradeceríamos una respuesta antes del viernes 4 de diciembre a las 14:00. Si quieres
        comentar cualquier punto, Elena Vidal (elena.vidal@sinergiafoods.com) estará encantada de
        hablar contigo.

        Un abrazo,
        Equipo de Talento de Sinergia Foods

        Powered by SmartRecruiters
        """)
    hs = hdr(addr("Sinergia Foods", "noreply@smartrecruiters.com"),
             "Tienes una oferta de Sinergia Foods", "2026-11-27 10:45:30", MAD,
             "<0100019b2e4f71a3-6c7d8e9f-offer-4a1b-9c2d-3e4f5a6b7c8d-000000@email.smartrecruiters.com>",
             relay=("from email.smartrecruiters.com (email.smartrecruiters.com [54.240.48.97])",
                    "mx.example.org with ESMTPS id Hv4nD2"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(26), family="application_ack", lang="en", interview=False,
      company="Halcyon Medical Devices",
      note="iCIMS application receipt; 'a recruiter will contact you to schedule an interview' is "
           "hypothetical.")
def m26() -> bytes:
    body = t("""
        Dear Jordi,

        Thank you for your interest in Halcyon Medical Devices and for applying to the position of
        UX Researcher II - Connected Care (Remote, EMEA), Requisition 2026-11873.

        Our talent acquisition team is reviewing your qualifications. If your background matches the
        needs of the role, a recruiter will contact you to schedule an interview. Due to the volume
        of applications, we are unable to respond to each applicant individually.

        You can review the status of your application at any time by logging in to our career portal:
        https://careers-halcyonmed.icims.com/jobs/candidate

        Sincerely,
        Talent Acquisition
        Halcyon Medical Devices

        Halcyon Medical Devices is an Equal Opportunity Employer.
        """)
    hs = hdr(addr("Halcyon Medical Devices", "halcyonmed@talent.icims.com"),
             "Thank you for applying - UX Researcher II - Connected Care", "2026-09-10 09:18:02",
             "America/Chicago", "<20260910141802.0.8812.icims.halcyonmed@talent.icims.com>",
             relay=("from mailer3.icims.com (mailer3.icims.com [12.130.136.25])",
                    "mx.example.org with ESMTPS id Mn6bQ1"),
             extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body, cte="7bit"))


@mail(N(27), family="application_ack", lang="es", interview=False, company="Verdalia",
      note="JOIN application-sent receipt; the 'próximos pasos' describe a future interview in "
           "general terms only.")
def m27() -> bytes:
    page = t("""
        <!doctype html><html><head><meta charset="utf-8"></head>
        <body style="background:#f5f7fa;font-family:Arial,sans-serif">
        <table align="center" width="560" style="background:#fff;padding:32px;font-size:15px;color:#2d3748">
        <tr><td><img src="https://join.com/static/mail/logo.png" alt="JOIN" height="24"></td></tr>
        <tr><td><h1 style="font-size:20px">¡Tu candidatura se ha enviado!</h1>
        <p>Hola Jordi,</p>
        <p>Tu candidatura para <b>UX Researcher (m/f/d)</b> en <b>Verdalia</b> (Valencia) se ha enviado
        correctamente.</p>
        <p><b>¿Qué pasa ahora?</b><br>
        Verdalia revisará tu candidatura. Si tu perfil encaja, se pondrán en contacto contigo para
        acordar una primera entrevista. Normalmente recibirás una respuesta en un plazo de 2 semanas.</p>
        <p><a href="https://join.com/candidate/applications" style="background:#2563eb;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Ver mis candidaturas</a></p>
        <p style="font-size:12px;color:#718096">Recibes este correo porque te has postulado a través de JOIN.
        JOIN Solutions AG · Hardturmstrasse 161, 8005 Zürich</p></td></tr>
        </table></body></html>
        """)
    hs = hdr(addr("JOIN", "noreply@join.com"), "Tu candidatura para UX Researcher (m/f/d) en Verdalia",
             "2026-09-03 22:14:51", MAD, "<20260903201451.7c2a1e.candidate@join.com>",
             relay=("from mail.join.com (mail.join.com [147.253.210.31])",
                    "mx.example.org with ESMTPS id Oo1fT5"))
    return message(hs, html(page))


@mail(N(28), family="rejection", lang="en", interview=False, company="Alpenwerk Mobility",
      note="softgarden rejection after 'our conversation on Tuesday'; nothing scheduled.")
def m28() -> bytes:
    body = t("""
        Dear Jordi Puig,

        Thank you very much for your application as UX Researcher (m/f/d) - Remote Spain and for the
        time you took for our conversation on Tuesday.

        We enjoyed getting to know you. After careful consideration, however, we have decided to
        move forward with another candidate whose experience matches our current needs a little
        more closely.

        We would be happy to keep your documents in our talent pool for future vacancies. You can
        manage your consent at any time here: https://alpenwerk.softgarden.io/talentpool

        Kind regards,
        Franziska Huber
        Talent Acquisition | Alpenwerk Mobility GmbH
        Leopoldstraße 244, 80807 München

        This e-mail was sent via softgarden.
        """)
    hs = hdr(addr("Alpenwerk Mobility GmbH", "noreply@softgarden.io"),
             "Your application as UX Researcher (m/f/d) - Remote Spain", "2026-11-20 11:05:39",
             "Europe/Berlin", "<sg.4c98a1f0e2d14e7b.1763633139@softgarden.io>",
             relay=("from mx-out.softgarden.io (mx-out.softgarden.io [185.107.234.19])",
                    "mx.example.org with ESMTPS id Ew2kR8"))
    return message(hs, alt(text(body, charset="iso-8859-1"), html(gmail_html(body), charset="iso-8859-1")))


@mail(N(29), family="job_alert", lang="es", interview=False, company=None,
      note="Job-board digest; 'Entrevista en 48 h' and 'Contratación urgente' are badges, not "
           "confirmations.")
def m29() -> bytes:
    body = t("""
        Hola Jordi,

        Tenemos 9 nuevas ofertas que encajan con tu alerta «UX Researcher · Barcelona + remoto»:

        1. UX Researcher Sr. – Marketplace inmobiliario · Barcelona (híbrido) · 45-55 k€
           ⚡ Entrevista en 48 h
        2. Investigador/a de Usuarios – Banca digital · Madrid · 40-48 k€
        3. Product Researcher – Movilidad eléctrica · Remoto (España) · 50-60 k€
           🔥 Contratación urgente
        4. Service Designer & Researcher – Sanidad pública · Girona · 35-42 k€
        5. UX Researcher (contrato 12 meses) – Videojuegos · Barcelona · 38-44 k€

        Ver las 9 ofertas: https://www.empleodigital.example.com/alertas/ux-researcher-bcn

        Consejo de la semana: prepara 3 historias con el método STAR antes de tu próxima entrevista.

        Has recibido este correo porque creaste una alerta en Empleo Digital.
        Gestionar alertas: https://www.empleodigital.example.com/cuenta/alertas
        """)
    hs = hdr(addr("Empleo Digital Alertas", "alertas@empleodigital.example.com"),
             "9 nuevas ofertas de UX Researcher en Barcelona", "2026-10-13 07:30:00", MAD,
             "<alert.20261013.5583120@empleodigital.example.com>",
             relay=("from mta12.empleodigital.example.com (mta12.empleodigital.example.com [198.51.100.12])",
                    "mx.example.org with ESMTPS id Lk8cX3"),
             extra=(("List-Unsubscribe", "<https://www.empleodigital.example.com/baja?u=5583120>"),
                    ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(30), family="newsletter_tips", lang="es", interview=False, company=None,
      note="Research newsletter about user interviews, with a live session 'jueves 15 de octubre a las "
           "19:00'; not a job interview.",
      days=(("Thu", "2026-10-15"),))
def m30() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:17px;line-height:1.6;color:#242424;max-width:620px;margin:auto">
        <p style="font-size:13px;color:#757575">Research con Sentido · Nº 87</p>
        <h1 style="font-size:28px">Entrevistas a usuarios: 7 errores que seguimos cometiendo</h1>
        <p>¡Hola, gente de research!</p>
        <p>Esta semana hablamos de entrevistas. No de las de trabajo (aunque alguno me habéis escrito
        preguntando cómo preparar una entrevista para un puesto de UX Research, y prometo número
        especial), sino de las que hacemos cada día con usuarios.</p>
        <ol>
        <li>Preguntar por el futuro en vez de por el pasado.</li>
        <li>Rellenar los silencios.</li>
        <li>Enseñar el prototipo demasiado pronto.</li>
        </ol>
        <p><b>Directo:</b> el jueves 15 de octubre a las 19:00 hacemos una sesión abierta en YouTube
        con Laura Castells sobre entrevistas en contextos B2B. <a href="https://researchconsentido.example.com/directo">Apúntate aquí</a>.</p>
        <p>¡Hasta la semana que viene!<br>Pol</p>
        <p style="font-size:12px;color:#999">Recibes este boletín porque te suscribiste en researchconsentido.example.com ·
        <a href="https://researchconsentido.example.com/unsubscribe">Darse de baja</a></p>
        </body></html>
        """)
    hs = hdr(addr("Research con Sentido", "pol@researchconsentido.example.com"),
             "Entrevistas a usuarios: 7 errores que seguimos cometiendo", "2026-10-07 08:00:12", MAD,
             "<20261007060012.87.rcs@mg.researchconsentido.example.com>",
             relay=("from mg.researchconsentido.example.com (mg.researchconsentido.example.com [198.51.100.77])",
                    "mx.example.org with ESMTPS id Sb9wF6"),
             extra=(("List-Unsubscribe", "<https://researchconsentido.example.com/unsubscribe>"),
                    ("List-Id", "Research con Sentido <news.researchconsentido.example.com>"),
                    ("Precedence", "bulk")))
    return message(hs, html(page))


@mail(N(31), family="scheduling_link", lang="en", interview=False, company="Brightmoor",
      note="Recruiter asks Jordi to pick a slot on her Calendly page; no time chosen yet.")
def m31() -> bytes:
    body = t("""
        Hi Jordi,

        Thanks for applying for the Senior User Researcher role at Brightmoor - we'd love to set up
        an initial 30-minute chat with our Head of Research.

        Could you grab whatever slot suits you best here? https://calendly.com/brightmoor-talent/ux-intro
        Slots are shown in your local time, and we have plenty next week between 9am and 5pm UK time.

        Looking forward to speaking!

        Harriet Cole
        Talent Partner | Brightmoor
        harriet.cole@brightmoor.co.uk
        """)
    hs = hdr(addr("Harriet Cole", "harriet.cole@brightmoor.co.uk"),
             "Brightmoor - Senior User Researcher - let's chat", "2026-09-30 14:22:09", "Europe/London",
             "<LO2P265MB5033C9A1E8F2D4B7A6C0E3F19D55@LO2P265MB5033.GBRP265.PROD.OUTLOOK.COM>",
             relay=("from GBR01-LO2-obe.outbound.protection.outlook.com (40.107.20.113)",
                    "mx.example.org with ESMTPS id Px4dK7"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(32), family="availability_request", lang="fr", interview=False, company="Aérolys",
      note="Toulouse recruiter proposes two slots (lun. 26 oct. 14h or mar. 27 oct. 10h) and asks which "
           "suits: nothing is confirmed in this mail (the invitation came later in another mail).",
      days=(("Mon", "2026-10-26"), ("Tue", "2026-10-27")))
def m32() -> bytes:
    body = t("""
        Bonjour Jordi,

        Merci pour votre candidature au poste de Chercheur UX – Cabine & Services à bord. Votre
        profil a beaucoup plu à Hélène Marty, notre responsable Design, qui souhaiterait échanger
        avec vous en visio.

        Je vous propose les créneaux suivants :
          - lundi 26 octobre à 14h
          - mardi 27 octobre à 10h

        Pourriez-vous m'indiquer celui qui vous convient le mieux ? Je vous enverrai ensuite une
        invitation Teams.

        Bien cordialement,

        Camille Roussel
        Chargée de recrutement – Aérolys
        12 avenue Jean Monnet, 31700 Blagnac
        """)
    hs = hdr(addr("Camille Roussel", "camille.roussel@aerolys.fr"),
             "Candidature Chercheur UX – proposition de créneaux", "2026-10-19 10:12:26", "Europe/Paris",
             "<PR1P264MB3912A0B1C2D3E4F5061728394A5B@PR1P264MB3912.FRAP264.PROD.OUTLOOK.COM>",
             relay=("from FRA01-PR2-obe.outbound.protection.outlook.com (40.107.12.91)",
                    "mx.example.org with ESMTPS id Aa3hJ9"),
             extra=(("Content-Language", "fr-FR"),))
    return message(hs, text(body, charset="windows-1252"))


# =========================================================================== negatives 33-41


@mail(N(33), family="availability_request", lang="es", interview=False, company="Nodo Verde Energía",
      note="Madrid recruiter proposes 'el martes 10 a las 10:00 o el jueves que viene (12/11) a las 16 h' "
           "and asks which one works: a proposal, not a confirmed interview.",
      days=(("Tue", "2026-11-10"), ("Thu", "2026-11-12")))
def m33() -> bytes:
    body = t("""
        Buenas tardes Jordi,

        Soy Irene, de selección en Nodo Verde Energía. Hemos revisado tu candidatura para UX Researcher
        (plataforma de autoconsumo) y nos gustaría conocerte.

        ¿Te iría bien el martes 10 a las 10:00, o si no el jueves que viene (12/11) a las 16 h? Serían
        unos 45 minutos por Teams con Andrés, nuestro jefe de producto.

        Dime qué opción prefieres y te mando la convocatoria.

        Gracias,
        Irene Castaño
        Talent Acquisition · Nodo Verde Energía
        irene.castano@nodoverde.es · 91 555 08 12
        """)
    hs = hdr(addr("Irene Castaño", "irene.castano@nodoverde.es"),
             "Proceso UX Researcher – Nodo Verde", "2026-11-04 16:48:03", MAD,
             "<AM9PR08MB6145F2C3D1E0A9B8C7D6E5F40A3B@AM9PR08MB6145.eurprd08.prod.outlook.com>",
             relay=("from EUR05-AM6-obe.outbound.protection.outlook.com (52.100.166.221)",
                    "mx.example.org with ESMTPS id Ic5pG0"),
             extra=(("Content-Language", "es-ES"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(34), family="recruiter_outreach", lang="en", interview=False, company="Orbitale",
      note="Cold LinkedIn-style outreach from a remote startup; 'a quick chat sometime next week?' fixes "
           "nothing.")
def m34() -> bytes:
    body = t("""
        Hey Jordi 👋

        I came across your talk at UX Barcelona last spring (the one on diary studies with field
        technicians) and loved it. I'm hiring a founding Product Researcher at Orbitale - we build
        maintenance software for solar farms, fully remote, team spread between Lisbon, Barcelona
        and Berlin.

        Would you be open to a quick chat sometime next week? No prep needed, just an intro. If it's
        easier, reply with a couple of times that work and I'll send an invite.

        Cheers,
        Tomás Reyes
        Co-founder & CEO, Orbitale
        tomas@orbitale.energy
        """)
    hs = hdr(addr("Tomás Reyes", "tomas@orbitale.energy"), "Founding Product Researcher at Orbitale?",
             "2026-10-20 18:31:40", "Europe/Lisbon", "<CAN8bE2kYQ1v=pL7sR0wT3m@mail.gmail.com>",
             relay=("from mail-lf1-f52.google.com (mail-lf1-f52.google.com [209.85.167.52])",
                    "mx.example.org with ESMTPS id Zb6sW3"))
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(N(35), family="non_interview_calendar", lang="es", interview=False, company=None,
      note="Medical appointment confirmation with ICS (jue. 22/10 9:40, traumatología): a confirmed time, "
           "not an interview.",
      days=(("Thu", "2026-10-22"),))
def m35() -> bytes:
    body = t("""
        Centre Mèdic Eixample

        Estimado/a JORDI PUIG:

        Le confirmamos su cita:

        Especialidad: Traumatología
        Profesional: Dra. Mercè Puyol
        Fecha: jue. 22/10/2026
        Hora: 9:40
        Lugar: C/ Consell de Cent 322, 1.º - Consulta 4

        Recuerde traer su tarjeta sanitaria y llegar 10 minutos antes. Si no puede acudir, anule su
        cita en el 93 555 21 00 o en el área de pacientes.

        Este es un mensaje automático, por favor no responda.
        """)
    ics = "\n".join(["""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//CME//Citas//ES
METHOD:PUBLISH""", VTZ_MADRID, """BEGIN:VEVENT
UID:cita-88310274@centremedicexample.es
DTSTAMP:20261016T081500Z
DTSTART;TZID=Europe/Madrid:20261022T094000
DTEND;TZID=Europe/Madrid:20261022T100000
SUMMARY:Cita Traumatología – Dra. Mercè Puyol
LOCATION:C/ Consell de Cent 322\\, 1.º\\, Barcelona
END:VEVENT
END:VCALENDAR"""])
    hs = hdr(addr("Centre Mèdic Eixample", "citas@centremedicexample.es"),
             "Confirmación de cita – 22/10/2026 9:40", "2026-10-16 10:15:02", MAD,
             "<cita.88310274.20261016@centremedicexample.es>",
             relay=("from smtp.centremedicexample.es (smtp.centremedicexample.es [203.0.113.88])",
                    "mx.example.org with ESMTPS id Cm1rU4"),
             extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, mixed(text(body, charset="iso-8859-1"),
                             calendar(ics, method="PUBLISH", cte="base64", filename="cita.ics",
                                      disposition="attachment")))


@mail(N(36), family="non_interview_appointment", lang="es", interview=False, company=None,
      note="Estate agent confirms a flat viewing 'el jueves 1 de octubre a las 18:30': fixed time, not an "
           "interview.",
      days=(("Thu", "2026-10-01"),))
def m36() -> bytes:
    body = t("""
        Hola Jordi,

        Te confirmo la visita al piso de la calle Verdi 54, 3.º 2.ª (Gràcia) el jueves 1 de octubre a
        las 18:30. Nos vemos directamente en el portal; si llegas antes, llámame al 655 551 907.

        Recuerda que para reservar pedimos las dos últimas nóminas, contrato laboral y DNI. Si estás
        en pleno cambio de trabajo, coméntamelo y vemos qué alternativas hay (aval, seguro de impago...).

        Un saludo,
        Núria Pons
        Finques Gràcia · Travessera de Gràcia 180
        """)
    hs = hdr(addr("Núria Pons - Finques Gràcia", "nuria@finquesgracia.example.com"),
             "Visita piso c/ Verdi 54 - confirmada", "2026-09-28 13:07:44", MAD,
             "<5E1C0A7B-22D4-4B8E-9F31-1A7C6D2E4B90@finquesgracia.example.com>",
             relay=("from smtp.finquesgracia.example.com (smtp.finquesgracia.example.com [203.0.113.14])",
                    "mx.example.org with ESMTPS id Fg2vX6"))
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@mail(N(37), family="non_interview_appointment", lang="es", interview=False, company=None,
      note="Car-service appointment confirmation (lunes 9 de noviembre, 8:30): fixed time, not an "
           "interview.",
      days=(("Mon", "2026-11-09"),))
def m37() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <table width="600" align="center" cellpadding="12">
        <tr><td style="background:#0b3c5d;color:#fff;font-size:18px"><b>Autoservei Sants</b> · Servicio Oficial</td></tr>
        <tr><td>
        <p>Hola JORDI,</p>
        <p>Tu cita en el taller ha quedado registrada:</p>
        <table cellpadding="4">
        <tr><td>Vehículo</td><td><b>SEAT Ibiza · 4821 KMP</b></td></tr>
        <tr><td>Servicio</td><td>Revisión de mantenimiento (60.000 km) + cambio de pastillas</td></tr>
        <tr><td>Día</td><td><b>lunes 9 de noviembre de 2026</b></td></tr>
        <tr><td>Hora de entrega</td><td><b>8:30</b></td></tr>
        <tr><td>Recepción</td><td>Carrer de Sants 301, Barcelona</td></tr>
        </table>
        <p>Te avisaremos por SMS cuando el vehículo esté listo. Si necesitas cambiar la cita, responde a
        este correo o llama al 93 555 48 60.</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#777">Autoservei Sants S.L. · Protección de datos: autoserveisants.example.com/privacidad</td></tr>
        </table></body></html>
        """)
    hs = hdr(addr("Autoservei Sants", "citas@autoserveisants.example.com"),
             "Confirmación cita taller – lunes 9 de noviembre", "2026-11-02 17:40:19", MAD,
             "<taller.cita.55201.20261102@autoserveisants.example.com>",
             relay=("from mail.autoserveisants.example.com (mail.autoserveisants.example.com [203.0.113.60])",
                    "mx.example.org with ESMTPS id Ts7aN2"))
    return message(hs, html(page, charset="windows-1252"))


@mail(N(38), family="school", lang="ca", interview=False, company=None,
      note="Catalan school: 'entrevista de tutoria' with the class tutor on 'dimarts 3 de novembre a les "
           "17:15' (parent-teacher meeting). The word 'entrevista' and a fixed time, but not a job "
           "interview.",
      days=(("Tue", "2026-11-03"),))
def m38() -> bytes:
    body = t("""
        Benvolguda família,

        Us escric per concretar l'entrevista de tutoria del primer trimestre de l'Arnau.

        Dia: dimarts 3 de novembre
        Hora: 17:15
        Lloc: aula de 3r B (entrada pel carrer de Bac de Roda)

        Parlarem de com ha començat el curs, de l'adaptació al nou grup i dels objectius del trimestre.
        Si no us va bé aquesta hora, feu-m'ho saber i buscarem una altra opció.

        Cordialment,

        Montse Garriga
        Tutora de 3r B
        Escola Sant Martí de Provençals
        """)
    hs = hdr(addr("Montse Garriga", "mgarriga@escolasantmarti.example.cat"),
             "Entrevista de tutoria - Arnau Puig (3r B)", "2026-10-27 15:52:30", MAD,
             "<CAM3x9QpTz+2Yh7Lc0vKe5Ww@mail.gmail.com>",
             relay=("from mail-wm1-f47.google.com (mail-wm1-f47.google.com [209.85.128.47])",
                    "mx.example.org with ESMTPS id Kc0eP8"),
             extra=(("Cc", addr("Laia Serra", "laia.serra@example.net")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(39), family="job_centre", lang="es", interview=False, company=None,
      note="Public employment service (SOC) appointment: 'entrevista ocupacional' at the job centre, "
           "lunes 14/09/2026 09:20. Fixed time and the word entrevista, but not a job interview with an "
           "employer.",
      days=(("Mon", "2026-09-14"),))
def m39() -> bytes:
    body = t("""
        Servei Públic d'Ocupació de Catalunya (SOC)

        CITA PRÈVIA / CITA PREVIA

        Nom / Nombre: JORDI PUIG
        Tràmit / Trámite: Entrevista ocupacional (inscripció com a demandant de millora d'ocupació)
        Oficina: Oficina de Treball Barcelona - Sant Andreu, C/ Gran de Sant Andreu 276
        Data / Fecha: dilluns / lunes 14/09/2026
        Hora: 09:20

        Recuerde traer el DNI/NIE y, si dispone de él, su currículum actualizado.
        Si no puede asistir, anule la cita en https://citaprevia.soc.example.cat

        Este correo es automático. No responda a este mensaje.
        """)
    hs = hdr(addr("SOC - Cita prèvia", "noreply-citaprevia@soc.example.cat"),
             "Confirmació de cita prèvia / Confirmación de cita previa", "2026-09-07 11:26:58", MAD,
             "<citaprevia.7712044.1788773218@soc.example.cat>",
             relay=("from correu.soc.example.cat (correu.soc.example.cat [203.0.113.201])",
                    "mx.example.org with ESMTPS id So3cQ1"),
             extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(N(40), family="admission_interview", lang="en", interview=False, company=None,
      note="Business-school admissions interview for an Executive MBA, 'Thursday 19 November 2026, 18:00 "
           "- 18:45 CET', with an ICS: confirmed, but an admission interview, not a job interview.",
      days=(("Thu", "2026-11-19"),))
def m40() -> bytes:
    body = t("""
        Dear Jordi,

        Thank you for submitting your application to the Executive MBA (Part-time, Barcelona intake
        September 2027). We are pleased to invite you to the next step of the admissions process.

        Your admissions interview is confirmed:

        Date: Thursday 19 November 2026
        Time: 18:00 - 18:45 CET
        Format: in person, Montjuïc School of Business, Av. de l'Estadi 12, Barcelona - Room A2.14
        Interviewer: Dr. Ferran Solà, Academic Director

        Please bring a printed copy of your CV and a photo ID. The interview will cover your
        professional trajectory, your motivation for the programme and how you plan to balance it
        with work.

        Kind regards,
        Admissions Office
        Montjuïc School of Business
        admissions@msb.example.edu
        """)
    ics = "\n".join(["""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//MSB Admissions//EN
METHOD:REQUEST""", VTZ_MADRID, """BEGIN:VEVENT
UID:msb-emba-adm-20261119-puig@msb.example.edu
DTSTAMP:20261112T101000Z
DTSTART;TZID=Europe/Madrid:20261119T180000
DTEND;TZID=Europe/Madrid:20261119T184500
SUMMARY:EMBA admissions interview - Jordi Puig
LOCATION:Montjuic School of Business\\, Room A2.14
ORGANIZER;CN=MSB Admissions:mailto:admissions@msb.example.edu
ATTENDEE;CN=Jordi Puig;RSVP=TRUE:mailto:jordi.puig@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""])
    hs = hdr(addr("MSB Admissions", "admissions@msb.example.edu"),
             "Executive MBA - Your admissions interview", "2026-11-12 11:10:33", MAD,
             "<msb.adm.3381.20261112@msb.example.edu>",
             relay=("from mail.msb.example.edu (mail.msb.example.edu [203.0.113.5])",
                    "mx.example.org with ESMTPS id Mb8dA5"))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, filename="admissions-interview.ics",
                                      disposition="attachment")))


@mail(N(41), family="press_interview", lang="es", interview=False, company=None,
      note="A journalist confirms interviewing Jordi for a magazine feature, 'el viernes 6 de noviembre a "
           "las 12:00': Jordi is the interviewee of a press interview, not a job candidate.",
      days=(("Fri", "2026-11-06"),))
def m41() -> bytes:
    body = t("""
        Hola Jordi!

        Genial, entonces te confirmo la entrevista para el reportaje sobre research en startups
        el viernes 6 de noviembre a las 12:00 en el Café Cosmos (c/ Enric Granados 41). Calcula
        unos 40 minutos; vendrá también Dani, el fotógrafo, para hacerte un par de fotos.

        Las preguntas irán por ahí: cómo llegaste al research, qué errores ves en las empresas
        que empiezan a investigar con usuarios y qué recomendarías a quien empieza.

        El reportaje sale en el número de diciembre de Disseny & Negoci.

        Mil gracias,
        Paula Ribas
        Redactora · Disseny & Negoci
        paula.ribas@dissenyinegoci.example.com
        """)
    hs = hdr(addr("Paula Ribas", "paula.ribas@dissenyinegoci.example.com"),
             "Re: Entrevista reportaje research", "2026-11-02 10:33:21", MAD,
             "<CAK2pR7bQ0=Yt3nE8wLz5Vx@mail.gmail.com>",
             relay=("from mail-ej1-f41.google.com (mail-ej1-f41.google.com [209.85.218.41])",
                    "mx.example.org with ESMTPS id Pr9lK4"),
             extra=(("In-Reply-To", "<c4d9a1e2-77f0-4b3e-9d12-puig@example.org>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


# =========================================================================== negatives 42-50


@mail(N(42), family="mock_interview", lang="es", interview=False, company=None,
      note="Calendly confirmation (Spanish) of a paid mock interview with a career coach, 'jueves, 8 de "
           "octubre de 2026, 19:00 - 20:00': a confirmed time, but coaching, not a job interview.",
      days=(("Thu", "2026-10-08"),))
def m42() -> bytes:
    body = t("""
        Hola Jordi Puig:

        Se ha programado un nuevo evento.

        Tipo de evento:
        Simulacro de entrevista (60 min) – Perfiles de producto y UX

        Invitado:
        Jordi Puig

        Fecha/hora del evento:
        19:00 - 20:00, jueves, 8 de octubre de 2026 (hora de Europa central)

        Ubicación:
        Google Meet (los detalles se añadirán al evento)

        Organizadora:
        Carla Menéndez – Coaching de carrera

        Preguntas:
        ¿Para qué proceso te estás preparando?
        Tengo una entrevista con un banco en Madrid y quiero practicar la parte de casos.

        Pago: 75,00 EUR (pagado)

        Cancelar: https://calendly.com/cancellations/91b2a7e4-0c3d-4f1a-8e6b-5d2c9a7f1e30
        Reprogramar: https://calendly.com/reschedulings/91b2a7e4-0c3d-4f1a-8e6b-5d2c9a7f1e30

        Con tecnología de Calendly.com
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20261005T093000Z
DTSTART:20261008T170000Z
DTEND:20261008T180000Z
SUMMARY:Simulacro de entrevista (60 min) entre Carla Menéndez y Jordi Puig
UID:91b2a7e4-0c3d-4f1a-8e6b-5d2c9a7f1e30@calendly.com
ORGANIZER;CN=Carla Menéndez:mailto:carla@carlamenendez.coach
ATTENDEE;CN=Jordi Puig;PARTSTAT=ACCEPTED:mailto:jordi.puig@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = hdr(addr("Calendly", "notifications@calendly.com"),
             "Confirmado: Simulacro de entrevista (60 min) con Carla Menéndez el jueves, 8 de octubre de 2026",
             "2026-10-05 11:30:07", MAD, "<20261005093007.5c7e19a2d0b4@calendly.com>",
             relay=("from o1.email.calendly.com (o1.email.calendly.com [167.89.68.20])",
                    "mx.example.org with ESMTPS id Wq3nB7"),
             extra=(("Reply-To", addr("Carla Menéndez", "carla@carlamenendez.coach")),))
    return message(hs, mixed(text(body),
                             calendar(ics, filename="invite.ics", disposition="attachment",
                                      cte="quoted-printable")))


@mail(N(43), family="interviewer_invite", lang="es", interview=False, company=None,
      note="Outlook invite from HR at Jordi's current employer asking him to sit on the panel "
           "interviewing a candidate (Marina López) on 'miércoles 14 de octubre de 2026 16:00-17:00': "
           "Jordi is the interviewer, not the candidate.",
      days=(("Wed", "2026-10-14"),))
def m43() -> bytes:
    body = t("""
        Hola Jordi,

        Como hablamos, te incluyo en el panel para la candidata de Junior UX Researcher. Tú te
        encargas de la parte de research (ejercicio de guion de entrevista con usuarios), unos 25
        minutos. Te dejo el CV y el portfolio en la carpeta del proceso.

        Cuándo: miércoles, 14 de octubre de 2026 16:00-17:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París
        Dónde: Sala Tramuntana (planta 2) / Microsoft Teams

        Gracias!
        Elisenda Roura
        People Partner · Cobalto Travel
        """)
    ics = "\n".join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0""", VTZ_ROMANCE, """BEGIN:VEVENT
ORGANIZER;CN=Elisenda Roura:mailto:elisenda.roura@cobaltotravel.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jordi Puig:mailto:jordi.puig@cobaltotravel.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marina López:mailto:marina.lopez@example.com
SUMMARY;LANGUAGE=es-ES:Entrevista: Marina López – Junior UX Researcher (panel)
DTSTART;TZID=Romance Standard Time:20261014T160000
DTEND;TZID=Romance Standard Time:20261014T170000
UID:040000008200E00074C5B7101A82E00800000000F0A1B2C3D4E5DC0100000000000000001000000077PANEL
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261008T091500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala Tramuntana (planta 2) / Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""])
    hs = hdr(addr("Elisenda Roura", "elisenda.roura@cobaltotravel.example.com"),
             "Entrevista: Marina López – Junior UX Researcher (panel)", "2026-10-08 11:15:20", MAD,
             "<DB8PR09MB3355D1E2F3A4B5C6D7E8F9A0B1C2@DB8PR09MB3355.eurprd09.prod.outlook.com>",
             to=addr("Jordi Puig", "jordi.puig@cobaltotravel.example.com"),
             relay=("from EUR01-DB5-obe.outbound.protection.outlook.com (40.107.15.56)",
                    "mx.example.org with ESMTPS id Ja6tF3"),
             extra=(("X-Forwarded-To", ME),
                    ("X-Forwarded-For", "jordi.puig@cobaltotravel.example.com jordi.puig@example.org"),
                    ("Content-Language", "es-ES")))
    return message(hs, alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")))


@mail(N(44), family="non_interview_calendar", lang="es", interview=False, company=None,
      note="Google Calendar invite at the current job: quarterly retro and team dinner, 'vie 27 nov 2026 "
           "18:30'. Not an interview.",
      days=(("Fri", "2026-11-27"),))
def m44() -> bytes:
    body = t("""
        Retro Q4 + cena de equipo 🎉
        viernes, 27 de noviembre de 2026⋅18:30 – 22:30
        Zona horaria: Europe/Madrid
        Ubicación: Oficina (retro) y luego La Tasqueta de Blai

        Retro rápida del trimestre en la sala grande y después cena. Confirmad asistencia antes del
        miércoles para la reserva 🙏

        Organizador
        Bruno Ferrer
        bruno.ferrer@cobaltotravel.example.com

        Invitación de Google Calendar
        """)
    ics = "\n".join(["""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST""", VTZ_MADRID, """BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20261127T183000
DTEND;TZID=Europe/Madrid:20261127T223000
DTSTAMP:20261119T150000Z
ORGANIZER;CN=Bruno Ferrer:mailto:bruno.ferrer@cobaltotravel.example.com
UID:7rt2q5b1n0c8d3e4f6g9h1i2j3@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jordi.puig@example.org:mailto:jordi.puig@example.org
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Retro Q4 + cena de equipo 🎉
LOCATION:Oficina (retro) y luego La Tasqueta de Blai
END:VEVENT
END:VCALENDAR"""])
    hs = hdr(addr("Bruno Ferrer", "bruno.ferrer@cobaltotravel.example.com"),
             "Invitación: Retro Q4 + cena de equipo 🎉 @ vie 27 nov 2026 18:30 - 22:30 (CET) "
             "(jordi.puig@example.org)", "2026-11-19 16:00:41", MAD,
             "<calendar-91c4e8a0-3b2d-4f7e-a6c1-2d0e5b8f9a37@google.com>",
             relay=("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
                    "mx.example.org with ESMTPS id Rt4vE1"),
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), calendar(ics, cte="base64")),
                             calendar(ics, ctype="application/ics", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(N(45), family="auto_reply", lang="es", interview=False, company="Nodo Verde Energía",
      note="Out-of-office auto-reply from the Nodo Verde recruiter, quoting Jordi's own reply that picks "
           "'el jueves 12 a las 16 h'. Only the candidate has said yes; the company has not confirmed, "
           "so no interview is confirmed by this mail.",
      days=(("Mon", "2026-11-09"), ("Thu", "2026-11-12")))
def m45() -> bytes:
    body = t("""
        Hola,

        Estoy fuera de la oficina hasta el lunes 9/11 con acceso limitado al correo. Responderé a tu
        mensaje a mi vuelta. Para temas urgentes de selección puedes escribir a seleccion@nodoverde.es.

        Gracias,
        Irene Castaño
        Talent Acquisition · Nodo Verde Energía

        ________________________________________
        De: Jordi Puig <jordi.puig@example.org>
        Enviado: jueves, 5 de noviembre de 2026 9:02
        Para: Irene Castaño
        Asunto: Re: Proceso UX Researcher – Nodo Verde

        Hola Irene,
        ¡Gracias! El jueves 12 a las 16 h me va perfecto. Quedo a la espera de la convocatoria.
        Un saludo,
        Jordi
        """)
    hs = hdr(addr("Irene Castaño", "irene.castano@nodoverde.es"),
             "Respuesta automática: Re: Proceso UX Researcher – Nodo Verde", "2026-11-05 09:02:14", MAD,
             "<AM9PR08MB6145AUTO0C3D1E0A9B8C7D6E5F40@AM9PR08MB6145.eurprd08.prod.outlook.com>",
             relay=("from EUR05-AM6-obe.outbound.protection.outlook.com (52.100.166.221)",
                    "mx.example.org with ESMTPS id Au7oR2"),
             extra=(("Auto-Submitted", "auto-replied"),
                    ("X-MS-Exchange-Inbox-Rules-Loop", "irene.castano@nodoverde.es"),
                    ("X-Auto-Response-Suppress", "All"),
                    ("In-Reply-To", "<e8b1c5f2-0a9d-4e3b-8c71-jp@example.org>")))
    return message(hs, text(body))


def _bounced_reply() -> bytes:
    body = t("""
        Genial Álvaro, muchas gracias! Allí estaré el jueves a las 16 h.
        Hablamos mañana.
        Jordi

        El mar, 6 oct 2026 a las 0:20, Álvaro Benítez (<alvaro.benitez@meridiaseleccion.es>) escribió:
        > Hola Jordi,
        > Perdona las horas, acabo de hablar con ellos. Te confirmo la entrevista con Banca Ribera
        > pasado mañana a las 16 h en su sede: Paseo de la Castellana 141, planta 9 (Madrid).
        """)
    hs = [("From", JORDI),
          ("To", addr("Álvaro Benítez", "alvaro.benitez@meridiaseleccio.es")),
          ("Subject", "Re: Entrevista Banca Ribera - confirmada"),
          ("Date", date("2026-10-06 09:04:51", MAD)),
          ("Message-ID", "<b1e7c3d9-5a20-4f6e-9c84-2d7f0a1b3e55@example.org>"),
          ("In-Reply-To", "<DB9PR02MB7315A1C4E2F0B9D2C7E1A08FD1A2@DB9PR02MB7315.eurprd02.prod.outlook.com>")]
    return message(hs, text(body, cte="8bit"))


@mail(N(46), family="bounce", lang="es", interview=False, company=None,
      note="Delivery-status bounce of Jordi's own reply (mistyped recruiter domain). The returned message "
           "quotes the Banca Ribera confirmation ('pasado mañana a las 16 h'), but the bounce itself "
           "confirms nothing and comes from the mail system.")
def m46() -> bytes:
    human = t("""
        This is the mail system at host mx.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

                           The mail system

        <alvaro.benitez@meridiaseleccio.es>: Host or domain name not found. Name service
            error for name=meridiaseleccio.es type=MX: Host not found, try again
        """)
    status = t("""
        Reporting-MTA: dns; mx.example.org
        X-Postfix-Queue-ID: 4C9F21A0B3
        X-Postfix-Sender: rfc822; jordi.puig@example.org
        Arrival-Date: Tue,  6 Oct 2026 09:04:53 +0200 (CEST)

        Final-Recipient: rfc822; alvaro.benitez@meridiaseleccio.es
        Original-Recipient: rfc822;alvaro.benitez@meridiaseleccio.es
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=meridiaseleccio.es type=MX: Host not found, try again
        """)
    report = mixed(text(human, cte="7bit"),
                   raw_part([("Content-Description", "Delivery report"),
                             ("Content-Type", "message/delivery-status")], status),
                   attached_message(_bounced_reply()))
    report.headers = [("Content-Type", report.headers[0][1].replace("multipart/mixed", "multipart/report")
                       + "; report-type=delivery-status")]
    hs = hdr("MAILER-DAEMON@mx.example.org (Mail Delivery System)",
             "Undelivered Mail Returned to Sender", "2026-10-06 09:05:02", MAD,
             "<20261006070502.7E3B21A0C4@mx.example.org>",
             extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


@mail(N(47), family="mailing_list_meetup", lang="en", interview=False, company=None,
      note="Google Groups mailing-list post announcing a UX research meetup on 'Wed 21 Oct, 19:00' about "
           "interviewing users. Not a job interview.",
      days=(("Wed", "2026-10-21"),))
def m47() -> bytes:
    body = t("""
        Hi all,

        Meetup #41 is on! "Interviewing users who don't want to be interviewed" - Gemma Vives (ex-
        research lead at a big delivery app) on recruiting reluctant participants, incentives that
        actually work, and how to run a 30-minute interview that doesn't feel like an interrogation.

        When: Wed 21 Oct, 19:00 (doors 18:40)
        Where: Itnig, Carrer de Pujades 100, Barcelona
        RSVP: https://www.meetup.example.com/uxr-bcn/events/41

        Also: two companies are hiring researchers and will be around after the talk, so bring
        your questions.

        See you there,
        Oriana (on behalf of the UXR BCN organisers)

        --
        You received this message because you are subscribed to the Google Groups "UXR BCN" group.
        To unsubscribe from this group and stop receiving emails from it, send an email to
        uxr-bcn+unsubscribe@googlegroups.com.
        """)
    hs = hdr(addr("Oriana Blanch", "oriana.blanch@example.net"),
             "[uxr-bcn] Meetup #41: Interviewing users who don't want to be interviewed - Wed 21 Oct",
             "2026-10-12 20:14:09", MAD, "<CAO4y1Ue7gB=Nw2Xk9Qa3ZpR@mail.gmail.com>",
             to="UXR BCN <uxr-bcn@googlegroups.com>",
             relay=("from mail-qt1-f190.google.com (mail-qt1-f190.google.com [209.85.160.190])",
                    "mx.example.org with ESMTPS id Gg1lM8"),
             extra=(("Sender", "uxr-bcn@googlegroups.com"),
                    ("Reply-To", "uxr-bcn@googlegroups.com"),
                    ("Mailing-list", "list uxr-bcn@googlegroups.com; contact uxr-bcn+owners@googlegroups.com"),
                    ("List-ID", "<uxr-bcn.googlegroups.com>"),
                    ("List-Post", "<https://groups.google.com/group/uxr-bcn/post>, <mailto:uxr-bcn@googlegroups.com>"),
                    ("List-Unsubscribe", "<mailto:googlegroups-manage+48810023+unsubscribe@googlegroups.com>"),
                    ("Precedence", "list"),
                    ("X-Google-Group-Id", "48810023")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(48), family="forwarded_other", lang="es", interview=False, company=None,
      note="A former colleague forwards her own interview confirmation ('Thursday, 29 October 2026, "
           "11:00 - 12:00 CET' at Pixelfarm Games) asking Jordi for tips. A confirmed interview, but "
           "someone else's: negative for Jordi's inbox.",
      days=(("Thu", "2026-10-29"),))
def m48() -> bytes:
    body = t("""
        Jordiii! Mira lo que me ha llegado 😱 Es para el puesto de researcher en Pixelfarm, el que me
        pasaste tú. ¿Tienes un rato esta semana para hacerme un simulacro rápido? Te invito a un vermut.

        Marta

        ---------- Forwarded message ---------
        De: Pixelfarm Games <no-reply@ashbyhq.com>
        Date: lun, 26 oct 2026 a las 10:12
        Subject: Interview confirmed: UX Researcher at Pixelfarm Games
        To: <marta.soler@example.com>

        Hi Marta,

        Your interview is confirmed. We're looking forward to speaking with you!

        Thursday, 29 October 2026
        11:00 - 12:00 CET
        Pixelfarm Games, Carrer de Roc Boronat 117, Barcelona

        You'll meet with:
          Ivan Sorribes - Lead Game UX

        Need to make a change? Just reply to this email and it will reach Anna Grau.

        Pixelfarm Games Recruiting
        """)
    hs = hdr(addr("Marta Soler", "marta.soler@example.com"),
             "Fwd: Interview confirmed: UX Researcher at Pixelfarm Games", "2026-10-26 13:37:22", MAD,
             "<CAB9nT4uQ7=Hr2Lc8vWz0Ym@mail.gmail.com>",
             relay=("from mail-pj1-f54.google.com (mail-pj1-f54.google.com [209.85.216.54])",
                    "mx.example.org with ESMTPS id Fw5qD9"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(49), family="sports_tryout", lang="es", interview=False, company=None,
      note="Swimming club confirms a water-polo try-out ('prueba de nivel') on 'sábado 12 de septiembre "
           "a las 9:00'. A fixed time, not a job interview.",
      days=(("Sat", "2026-09-12"),))
def m49() -> bytes:
    body = t("""
        Hola Jordi,

        Gracias por tu interés en el equipo máster de waterpolo. Te confirmamos la prueba de nivel:

        Día: sábado 12 de septiembre
        Hora: 9:00 (en el agua a las 9:15)
        Lugar: Piscina exterior del Club Natació Poblenou, Passeig Marítim 36

        Trae gorro, bañador y chanclas. La prueba dura alrededor de una hora: nado, pases y un
        partidillo. Si encajas con el grupo, el entrenador te comentará horarios y cuotas.

        ¡Nos vemos en el agua!
        Xavi Molas
        Coordinador waterpolo máster · CN Poblenou
        """)
    hs = hdr(addr("CN Poblenou - Waterpolo", "waterpolo@cnpoblenou.example.cat"),
             "Prueba de nivel waterpolo máster - sábado 12/09", "2026-09-07 21:03:50", MAD,
             "<ab39f1c7-2e4d-4b8a-9f61-7c3d0e5a2b18@cnpoblenou.example.cat>",
             relay=("from smtp.cnpoblenou.example.cat (smtp.cnpoblenou.example.cat [203.0.113.36])",
                    "mx.example.org with ESMTPS id Wp2oC5"))
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(N(50), family="usability_study", lang="es", interview=False, company=None,
      note="Research-panel platform confirms a paid usability session Jordi signed up for as a "
           "participant ('entrevista de investigación', mar. 1 dic., 18:00 - 18:45): a fixed time, but "
           "he is the research participant, not a job candidate.",
      days=(("Tue", "2026-12-01"),))
def m50() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:15px;color:#263238">
        <div style="max-width:560px;margin:auto;border:1px solid #eceff1;padding:24px">
        <p style="font-size:20px;color:#00897b"><b>Opiniona</b></p>
        <p>¡Hola Jordi!</p>
        <p>Tu participación en el estudio <b>«Banca móvil: pagos entre amigos»</b> está confirmada.</p>
        <p><b>Tipo de sesión:</b> entrevista de investigación en remoto (con prototipo)<br>
        <b>Fecha:</b> mar. 1 dic.<br>
        <b>Hora:</b> 18:00 - 18:45 (hora peninsular)<br>
        <b>Incentivo:</b> 40 € en tarjeta regalo, que recibirás en 5 días hábiles</p>
        <p>Un/a investigador/a del equipo del cliente te hará algunas preguntas y te pedirá que pruebes
        un prototipo. No hay respuestas correctas ni incorrectas. Conéctate desde un ordenador con cámara
        y micrófono.</p>
        <p><a href="https://app.opiniona.example.com/sesiones/55120">Ver detalles y enlace de la sesión</a></p>
        <p style="font-size:12px;color:#90a4ae">Recibes este correo porque formas parte del panel de
        Opiniona. <a href="https://app.opiniona.example.com/preferencias">Preferencias</a></p>
        </div></body></html>
        """)
    hs = hdr(addr("Opiniona", "sesiones@opiniona.example.com"),
             "Sesión confirmada: Banca móvil – pagos entre amigos (mar. 1 dic.)", "2026-11-24 12:00:31", MAD,
             "<0102019b5c2e8d11-opn-55120-4f2a-9b7c-1e3d5a7f9c20-000000@eu-west-1.amazonses.com>",
             relay=("from a4-12.smtp-out.eu-west-1.amazonses.com (a4-12.smtp-out.eu-west-1.amazonses.com [54.240.4.12])",
                    "mx.example.org with ESMTPS id Os8pQ6"))
    return message(hs, alt(text("Tu participación en el estudio «Banca móvil: pagos entre amigos» está "
                                "confirmada.\nSesión: entrevista de investigación en remoto, mar. 1 dic., "
                                "18:00 - 18:45 (hora peninsular). Incentivo: 40 €.\nDetalles: "
                                "https://app.opiniona.example.com/sesiones/55120\n"),
                           html(page, cte="base64")))
