"""blind330: a blind 50-mail held-out set, the inbox of Irene Sáenz, export-sales coordinator at a
winery in Logroño (Europe/Madrid), September to December 2026.

Written by a helper session that read only bench/heldout/make.py, make_blind.py, the non-score
parts of bench/heldout/README.md, the dev corpus README, dev/labels.json, dev_002.eml, dev_009.eml
and score.py; it did not read the detector, its tests, the other held-out mails or sets, and never
ran the detector. Every mail below is written by hand, one function per mail; make.py does the MIME
plumbing and the checks. Keys 1-23 are the positives (16 scheduled, 4 rescheduled, 3 cancelled),
keys 24-50 the negatives; file numbers are a fixed shuffle of the writing order (ORDER).
All companies and people are fictional.
"""

from __future__ import annotations

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
    multipart,
    raw_part,
    received,
    t,
    text,
    utc,
)

ORDER = random.Random(3300330).sample(range(1, 51), 50)
SET = "blind330"


def N(key):
    return f"{SET}_{ORDER[key - 1]:03d}"


MAD = "Europe/Madrid"
LON = "Europe/London"
PAR = "Europe/Paris"
MEX = "America/Mexico_City"
NYC = "America/New_York"
LAX = "America/Los_Angeles"
CHI = "America/Chicago"
DUB = "Europe/Dublin"

ME = "irene.saenz@example.org"
ME_NAME = "Irene Sáenz"
TO_ME = addr(ME_NAME, ME)


def mid(seed: str, domain: str) -> str:
    h = hashlib.sha1(f"blind330-{seed}".encode(), usedforsecurity=False).hexdigest()
    return f"<{h[:26]}@{domain}>"


def uid(seed: str) -> str:
    h = hashlib.sha1(f"uid-{seed}".encode(), usedforsecurity=False).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def rcv(host: str, ip: str, when: str, zone: str, qid: str, lag: int = 3) -> tuple[str, str]:
    return ("Received", received(f"from {host} ({host} [{ip}])", when, zone,
                                 f"mx2.example.org (Postfix) with ESMTPS id {qid}", ME, lag))


def head(frm: str, subject: str, when: str, zone: str, msgid: str, host: str, ip: str, qid: str,
         *, to: str = TO_ME, extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8"):
    return [
        ("Delivered-To", ME),
        rcv(host, ip, when, zone, qid),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


def exch_vtz(name: str) -> str:
    """The VTIMEZONE Exchange writes for the CET/CEST Windows zones (1601 anchors)."""
    return make.VTZ["W. Europe Standard Time"].replace("TZID:W. Europe Standard Time", f"TZID:{name}")


VTZ_MADRID = make.VTZ["Europe/Paris"].replace("Europe/Paris", MAD)

VTZ_LAX = """BEGIN:VTIMEZONE
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
Unirse desde el ordenador, una aplicación móvil o un dispositivo de sala
Haga clic aquí para unirse a la reunión <https://teams.microsoft.com/l/meetup-join/19%3ameeting_{id}%40thread.v2/0>
Id. de reunión: {mtg}
Código de acceso: {code}
Descargar Teams <https://www.microsoft.com/microsoft-teams/download-app> | Unirse en la web <https://www.microsoft.com/microsoft-teams/join-a-meeting>
Más información <https://aka.ms/JoinTeamsMeeting> | Opciones de reunión <https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""

TEAMS_EN = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_{id}%40thread.v2/0>
Meeting ID: {mtg}
Passcode: {code}
Download Teams <https://www.microsoft.com/microsoft-teams/download-app> | Join on the web <https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More <https://aka.ms/JoinTeamsMeeting> | Meeting options <https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


def teams(lang: str, seed: str, mtg: str, code: str) -> str:
    ident = hashlib.sha1(seed.encode(), usedforsecurity=False).hexdigest()[:40]
    return (TEAMS_ES if lang == "es" else TEAMS_EN).format(id=ident, mtg=mtg, code=code)


def esc(s: str) -> str:
    import html as _html

    return _html.escape(s)


def paras_html(body: str, style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222") -> str:
    """A plain ATS-style HTML twin: one <p> per paragraph, <br> inside."""
    ps = [p for p in body.strip("\n").split("\n\n")]
    inner = "\n".join("<p>" + "<br>\n".join(esc(x) for x in p.split("\n")) + "</p>" for p in ps)
    return (f'<!DOCTYPE html>\n<html><head></head>\n<body style="{style}">\n'
            f"{inner}\n</body></html>\n")


# =========================================================================== positives


@make.mail(N(1), family="teamtailor", lang="es", interview=True, kind="scheduled",
           start=utc("2026-09-14 10:30", MAD), end=utc("2026-09-14 11:30", MAD),
           local="Mon 2026-09-14 10:30", local_end="2026-09-14 11:30", zone=MAD,
           contact="nerea.gil@bodegaspenaroja.es", company="Bodegas Peñaroja",
           note="Teamtailor confirmation in Spanish (tú), in person in Haro; 10:30-11:30 CEST (UTC+2) "
                "-> 08:30Z; invite.ics in UTC agrees; contact = human Reply-To, the sender is a "
                "Teamtailor notification address")
def m01():
    when = "2026-09-08 11:12"
    body = t("""
        Hola Irene:

        ¡Gracias por reservar tu entrevista! Te confirmamos los detalles:

        Puesto: Responsable de Exportación (Europa y Norteamérica)
        Fecha: lunes, 14 de septiembre de 2026
        Hora: 10:30 - 11:30 (hora de Madrid)
        Lugar: Bodegas Peñaroja, Barrio de la Estación s/n, 26200 Haro (La Rioja)
        Con: Nerea Gil (Personas y Talento) y Álvaro Peñaroja (Director General)

        Al llegar, pregunta en la recepción de la tienda; hay aparcamiento para visitas junto a la nave
        de barricas.

        Si necesitas cambiar algo, responde a este correo y le llegará directamente a Nerea.

        Un saludo,
        El equipo de Bodegas Peñaroja

        --
        Enviado con Teamtailor · Política de privacidad: https://bodegaspenaroja.teamtailor.com/privacidad
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interview//ES
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:{uid("m01")}@teamtailor.com
        DTSTAMP:20260908T091200Z
        DTSTART:20260914T083000Z
        DTEND:20260914T093000Z
        SUMMARY:Entrevista: Responsable de Exportación - Bodegas Peñaroja
        LOCATION:Bodegas Peñaroja\\, Barrio de la Estación s/n\\, 26200 Haro
        ORGANIZER;CN=Nerea Gil:mailto:nerea.gil@bodegaspenaroja.es
        ATTENDEE;CN=Irene Sáenz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    h = head(addr("Bodegas Peñaroja", "notifications@penaroja.teamtailor-mail.com"),
             "Entrevista confirmada: Responsable de Exportación – Bodegas Peñaroja", when, MAD,
             mid("m01", "teamtailor-mail.com"), "a48-112.smtp-out.teamtailor-mail.com", "198.51.100.48",
             "4gKq1T0zWnz3P", extra=(("Reply-To", addr("Nerea Gil", "nerea.gil@bodegaspenaroja.es")),))
    return message(h, mixed(alt(text(body), html(paras_html(body))),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment",
                                     name_param=True)))


@make.mail(N(2), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-17 16:00", MAD), end=utc("2026-09-17 16:45", MAD),
           local="Thu 2026-09-17 16:00", local_end="2026-09-17 16:45", zone=MAD,
           contact="aoife.brennan@northvalespirits.com", company="Northvale Spirits",
           note="Greenhouse confirmation from a Dublin employer, times shown in the candidate's zone "
                "'CEST' (UTC+2) -> 14:00Z-14:45Z; the Date is in Dublin (IST, UTC+1); contact = Reply-To")
def m02():
    when = "2026-09-11 15:40"
    body = t("""
        Hi Irene,

        Thanks for choosing a time. Your interview for Export Manager, Southern Europe is confirmed.

        Interview: Hiring Manager Conversation
        Date: Thursday, September 17, 2026
        Time: 4:00 PM - 4:45 PM CEST
        Interviewer: Declan Furlong, Head of Export Sales EMEA
        Location: Zoom - https://northvalespirits.zoom.us/j/84412093376?pwd=bFh0RzJpZ3NqWmZ3

        If you need to reschedule, just reply to this email.

        Best,
        Aoife Brennan
        Talent Partner, Northvale Spirits
        """)
    h = head(addr("Northvale Spirits", "no-reply@us.greenhouse-mail.io"),
             "Interview Confirmation: Export Manager, Southern Europe at Northvale Spirits", when, DUB,
             mid("m02", "us.greenhouse-mail.io"), "o11.ptr2209.greenhouse-mail.io", "203.0.113.151",
             "4gMx7c1bKdz9F",
             extra=(("Reply-To", addr("Aoife Brennan", "aoife.brennan@northvalespirits.com")),))
    return message(h, alt(text(body), html(paras_html(body))))


@make.mail(N(3), family="human_prose", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-24 10:00", LON), end=None,
           local="Thu 2026-09-24 10:00", zone=LON,
           contact="tom.pryce@harcourtlisle.co.uk", company="Harcourt & Lisle Wines",
           note="London importer, plain prose: 'Thursday at 10am UK time' resolved against the Date "
                "(Mon 21 Sep) -> Thu 24 Sep 10:00 BST = 09:00Z (11:00 in Logroño, as the mail says); "
                "'about 45 minutes' -> end null")
def m03():
    when = "2026-09-21 09:14"
    body = t("""
        Hi Irene,

        Lovely to speak on Friday. As promised, here are the details for the first proper chat.

        We've got you in for Thursday at 10am UK time (11am for you in Logroño), on Teams. It'll be
        me and our buying director, Helen Marsh, for about 45 minutes - mostly your Rioja and Navarra
        producer contacts and how you'd run the on-trade accounts from Spain. Nothing to prepare
        beyond that.

        I'll send the Teams link from my calendar shortly, but do shout if Thursday doesn't work after
        all.

        Best wishes,
        Tom

        Tom Pryce
        Senior Account Manager, Spain & Portugal
        Harcourt & Lisle Wines Ltd
        Unit 4, 14 Tanner Street, London SE1 3LE
        +44 20 7946 0382
        """)
    h = head(addr("Tom Pryce", "tom.pryce@harcourtlisle.co.uk"), "Thursday - chat with Helen and me",
             when, LON, mid("m03", "GV1P192MB2204.EURP192.PROD.OUTLOOK.COM"),
             "mail-am6eur05on2101.outbound.protection.outlook.com", "203.0.113.101", "4gR2yL5mTqz1K",
             extra=(("Content-Language", "en-GB"),))
    return message(h, alt(text(body), html(paras_html(body, "font-family:Calibri,sans-serif;font-size:11pt"))))


@make.mail(N(4), family="outlook_calendar", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-27 14:00", LON), end=utc("2026-10-27 15:00", LON),
           local="Tue 2026-10-27 14:00", local_end="2026-10-27 15:00", zone=LON,
           contact="helen.marsh@harcourtlisle.co.uk", company="Harcourt & Lisle Wines",
           note="Exchange meeting request, TZID 'GMT Standard Time'; sent on 20 Oct in BST but the "
                "meeting is after the UK goes back to GMT on 25 Oct: 14:00 GMT = 14:00Z (15:00 CET in "
                "Logroño); contact = sender and ORGANIZER")
def m04():
    when = "2026-10-20 16:05"
    body = t("""
        Hi Irene,

        Following on from last month's call, we'd love you to come over and meet the wider team in
        person. Tom will take you round the tasting room afterwards. We'll cover your flights - Tom's
        assistant will be in touch about those separately.

        Helen

        When: Tuesday, 27 October 2026 14:00-15:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London
        Where: Harcourt & Lisle, 14 Tanner Street, London SE1 3LE (Boardroom, 2nd floor)

        """) + teams("en", "m04", "372 118 904 226", "Wq7hZ3")
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @@VTZ@@
        BEGIN:VEVENT
        ORGANIZER;CN=Helen Marsh:mailto:helen.marsh@harcourtlisle.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Irene Sáenz:mailto:{ME}
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tom Pryce:mailto:tom.pryce@harcourtlisle.co.uk
        DESCRIPTION;LANGUAGE=en-GB:Following on from last month's call\\, we'd love you to come over and meet the wider team in person.\\n
        UID:040000008200E00074C5B7101A82E00800000000D0B47A5C6E60DD01000000000000000010000000{uid("m04").replace("-", "")[:24].upper()}
        SUMMARY;LANGUAGE=en-GB:Second interview - Irene Sáenz (Account Manager\\, Spain)
        DTSTART;TZID=GMT Standard Time:20261027T140000
        DTEND;TZID=GMT Standard Time:20261027T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261020T150500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-GB:Harcourt & Lisle\\, 14 Tanner Street\\, London SE1 3LE
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2117534629
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
        """).replace("@@VTZ@@", make.VTZ["GMT Standard Time"])
    h = head(addr("Helen Marsh", "helen.marsh@harcourtlisle.co.uk"),
             "Second interview - Irene Sáenz (Account Manager, Spain)", when, LON,
             mid("m04", "GV1P192MB2204.EURP192.PROD.OUTLOOK.COM"),
             "mail-db8eur05on2109.outbound.protection.outlook.com", "203.0.113.109", "4gZ0vB2kRrz4M",
             extra=(("Thread-Topic", "Second interview - Irene Saenz (Account Manager, Spain)"),
                    ("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""),
                    ("X-MS-TNEF-Correlator", "")))
    return message(h, alt(text(body), html(paras_html(body, "font-family:Aptos,Calibri,sans-serif;font-size:11pt")),
                          calendar(ics, cte="base64")))


@make.mail(N(5), family="workday", lang="es", interview=True, kind="scheduled",
           start=utc("2026-09-30 12:00", MAD), end=utc("2026-09-30 13:00", MAD),
           local="Wed 2026-09-30 12:00", local_end="2026-09-30 13:00", zone=MAD,
           contact=None, company="Grupo Alimentario Cierzo",
           note="Workday, HTML only (base64), Spanish usted: 12:00 CEST, 'Duración: 60 minutos' -> "
                "10:00Z-11:00Z; the recruiter is named without an address, sender is the Workday "
                "mailbox -> contact null")
def m05():
    when = "2026-09-23 10:02"
    body = t("""
        <!DOCTYPE html>
        <html lang="es"><head><meta charset="utf-8"><title>Grupo Cierzo</title></head>
        <body style="margin:0;background:#f4f4f4">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td><img src="https://grupocierzo.wd3.myworkdayjobs.com/logo.png" alt="Grupo Alimentario Cierzo" width="160"></td></tr>
        <tr><td>
        <p>Estimada Irene Sáenz:</p>
        <p>Nos complace invitarle a una entrevista para el puesto <b>Export Area Manager – Vinos (R-0042217)</b>.
        A continuación le indicamos los detalles:</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td><b>Fecha:</b></td><td>miércoles, 30 de septiembre de 2026</td></tr>
        <tr><td><b>Hora:</b></td><td>12:00 (CEST, hora peninsular española)</td></tr>
        <tr><td><b>Duración:</b></td><td>60 minutos</td></tr>
        <tr><td><b>Formato:</b></td><td>Videollamada (Microsoft Teams); recibirá el enlace en un correo aparte</td></tr>
        <tr><td><b>Entrevistadores:</b></td><td>Javier Lasheras (Talent Acquisition) y Pilar Ansó (Directora Internacional)</td></tr>
        </table>
        <p>Puede consultar el estado de su candidatura en cualquier momento desde su
        <a href="https://grupocierzo.wd3.myworkdayjobs.com/es-ES/Cierzo_Careers/userHome">página de candidato</a>.</p>
        <p>Atentamente,<br>Departamento de Personas<br>Grupo Alimentario Cierzo</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888">Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    h = head(addr("Grupo Cierzo", "grupocierzo@myworkday.com"),
             "Invitación a entrevista – Export Area Manager – Vinos", when, MAD,
             mid("m05", "myworkday.com"), "mail-out-e12.myworkday.com", "198.51.100.212", "4fS8kP3hYlz2W")
    return message(h, html(body, cte="base64"))


@make.mail(N(6), family="personio", lang="es", interview=True, kind="scheduled",
           start=utc("2026-10-08 09:30", MAD), end=utc("2026-10-08 10:30", MAD),
           local="Thu 2026-10-08 09:30", local_end="2026-10-08 10:30", zone=MAD,
           contact="sara.medrano@vinedosaleson.es", company="Viñedos de Alesón",
           note="Personio invitation in Spanish (tú) with an .ics in TZID Europe/Madrid: 09:30-10:30 "
                "CEST -> 07:30Z-08:30Z; contact = Reply-To")
def m06():
    when = "2026-10-02 13:20"
    body = t("""
        Hola Irene,

        gracias por tu interés en Viñedos de Alesón. Nos gustaría conocerte en persona y te
        confirmamos la siguiente cita:

        Puesto: Coordinador/a de Exportación
        Cuándo: jueves, 08.10.2026, 09:30 - 10:30 (Europe/Madrid)
        Dónde: Viñedos de Alesón, Ctra. de Entrena km 2, 26370 Navarrete (La Rioja)
        Participantes: Sara Medrano, Ramón Alesón

        Encontrarás la invitación adjunta para añadirla a tu calendario.

        Un saludo,
        Sara Medrano
        Viñedos de Alesón S.L.

        Este correo se ha enviado a través de Personio.
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Personio//Recruiting//ES
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        @@VTZ@@
        BEGIN:VEVENT
        UID:{uid("m06")}@personio.de
        DTSTAMP:20261002T112000Z
        DTSTART;TZID=Europe/Madrid:20261008T093000
        DTEND;TZID=Europe/Madrid:20261008T103000
        SUMMARY:Entrevista Irene Sáenz - Coordinador/a de Exportación
        LOCATION:Ctra. de Entrena km 2\\, 26370 Navarrete
        ORGANIZER;CN=Sara Medrano:mailto:sara.medrano@vinedosaleson.es
        ATTENDEE;CN=Irene Sáenz;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """).replace("@@VTZ@@", VTZ_MADRID)
    h = head(addr("Viñedos de Alesón", "no-reply@mail.personio.de"),
             "Tu entrevista en Viñedos de Alesón", when, MAD, mid("m06", "mail.personio.de"),
             "mail-eu-central-1b.personio.de", "198.51.100.77", "4fX2jW9pQcz6R",
             extra=(("Reply-To", addr("Sara Medrano", "sara.medrano@vinedosaleson.es")),))
    return message(h, mixed(alt(text(body, cte="base64"), html(paras_html(body), cte="base64")),
                            calendar(ics, cte="base64", filename="entrevista.ics", disposition="attachment")))


@make.mail(N(7), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-13 15:00", PAR), end=utc("2026-10-13 16:00", PAR),
           local="Tue 2026-10-13 15:00", local_end="2026-10-13 16:00", zone=PAR,
           contact="camille.roux@castellane-bev.com", company="Castellane Beverages",
           note="SmartRecruiters confirmation from a Paris multinational: 15:00-16:00 'Paris time' "
                "(CEST, UTC+2) -> 13:00Z-14:00Z, same clock time as Logroño; contact = Reply-To")
def m07():
    when = "2026-10-06 09:45"
    body = t("""
        Dear Irene,

        Thank you for your interest in Castellane Beverages. We are pleased to confirm your interview
        for the position of Export Manager Iberia (Wines & Champagnes).

        Date: Tuesday 13 October 2026
        Time: 15:00 - 16:00 (Paris time)
        Format: Microsoft Teams video call - the link will follow in a calendar invitation
        Interviewers: Camille Roux (Talent Acquisition) and Bertrand Lemaire (Sales Director,
        Southern Europe)

        The conversation will be held in English and French; a few questions may be in Spanish.

        Should you have any questions, please reply to this message.

        Kind regards,
        Camille Roux
        Talent Acquisition Partner - Castellane Beverages
        """)
    h = head(addr("Castellane Beverages", "noreply@smartrecruiters.com"),
             "Your interview with Castellane Beverages - Export Manager Iberia", when, PAR,
             mid("m07", "smartrecruiters.com"), "mta-out-17.smartrecruiters.com", "198.51.100.17",
             "4fY9nA6dVmz0C", extra=(("Reply-To", addr("Camille Roux", "camille.roux@castellane-bev.com")),))
    return message(h, alt(text(body), html(paras_html(body))))


@make.mail(N(8), family="calendly", lang="es", interview=True, kind="scheduled",
           start=utc("2026-11-05 17:00", MAD), end=utc("2026-11-05 17:30", MAD),
           local="Thu 2026-11-05 17:00", local_end="2026-11-05 17:30", zone=MAD,
           contact="rodrigo.trevino@sierramadrevinos.mx", company="Importadora Sierra Madre",
           note="Calendly invitee confirmation in Spanish, shown in the invitee's zone 'Hora de Europa "
                "central' (CET after 25 Oct) 17:00-17:30 -> 16:00Z-16:30Z; the host is in Mexico City "
                "(10:00 there); contact = Reply-To host")
def m08():
    when = "2026-10-29 18:20"
    body = t("""
        Hola, Irene Sáenz:

        Tu evento está programado.

        Evento: Primera llamada – Gerente de Importación de Vinos Europeos
        Anfitrión: Rodrigo Treviño
        Fecha y hora del evento:
        17:00 - 17:30, jueves, 5 de noviembre de 2026 (Hora de Europa central)

        Ubicación:
        Esta es una reunión de Google Meet. Los detalles se proporcionarán al anfitrión.
        https://meet.google.com/vzr-hqpt-kmd

        Zona horaria del invitado: Hora de Europa central

        ¿Necesitas hacer cambios en este evento?
        Cancelar: https://calendly.com/cancellations/2b7c44e1-6f0a-4a61-9d1e-3c5f0b8e9a17
        Reprogramar: https://calendly.com/reschedulings/2b7c44e1-6f0a-4a61-9d1e-3c5f0b8e9a17

        Con la tecnología de Calendly.com
        """)
    h = head(addr("Calendly", "notifications@calendly.com"),
             "Confirmado: Primera llamada – Gerente de Importación de Vinos Europeos con Rodrigo Treviño "
             "el jueves, 5 de noviembre de 2026", when, MAD, mid("m08", "calendly.com"),
             "o1.email.calendly.com", "198.51.100.33", "4hB3kQ7sNcz5J",
             extra=(("Reply-To", addr("Rodrigo Treviño", "rodrigo.trevino@sierramadrevinos.mx")),))
    return message(h, alt(text(body), html(paras_html(body))))


@make.mail(N(9), family="human_prose", lang="es-MX", interview=True, kind="scheduled",
           start=utc("2026-11-10 09:00", MEX), end=utc("2026-11-10 10:00", MEX),
           local="Tue 2026-11-10 09:00", local_end="2026-11-10 10:00", zone=MEX,
           contact="mariana.villasenor@sierramadrevinos.mx", company="Importadora Sierra Madre",
           note="Mexico City prose: 'martes 10 de noviembre a las 9:00 a. m. hora del centro de "
                "México', 'agendamos una hora'; Mexico has no DST since 2022 (UTC-6) -> 15:00Z-16:00Z "
                "(16:00 in Spain, as the mail says); contact = sender")
def m09():
    when = "2026-11-06 12:40"
    body = t("""
        Hola Irene, buenas tardes:

        Rodrigo me platicó muy bien de su llamada del jueves, así que nos gustaría avanzar contigo a
        la segunda entrevista, ya conmigo y con nuestro director general, el Lic. Ernesto Garza.

        Quedamos agendados para el martes 10 de noviembre a las 9:00 a. m. hora del centro de México
        (las 16:00 en España, si no me equivoco con la diferencia). Agendamos una hora, de 9:00 a
        10:00, por Teams; te llega la liga en un rato.

        Nos interesa mucho platicar de cómo trabajas con bodegas de Rioja y Ribera y qué tanto
        conoces el canal de autoservicios aquí.

        Cualquier cosa, aquí estoy.

        Saludos cordiales,

        Mariana Villaseñor
        Directora Comercial
        Importadora Sierra Madre, S.A. de C.V.
        Av. Insurgentes Sur 1458, Col. Actipan, CDMX
        Tel. +52 55 5091 4427
        """)
    h = head(addr("Mariana Villaseñor", "mariana.villasenor@sierramadrevinos.mx"),
             "Segunda entrevista – Importadora Sierra Madre", when, MEX,
             mid("m09", "sierramadrevinos.mx"), "mail-yw1-f176.google.com", "203.0.113.176",
             "4hD0pR1tXbz7L",
             extra=(("Cc", addr("Rodrigo Treviño", "rodrigo.trevino@sierramadrevinos.mx")),))
    return message(h, text(body, cte="8bit"))


@make.mail(N(10), family="google_calendar", lang="es", interview=True, kind="scheduled",
           start=utc("2026-11-16 11:00", MAD), end=utc("2026-11-16 12:00", MAD),
           local="Mon 2026-11-16 11:00", local_end="2026-11-16 12:00", zone=MAD,
           contact="marta.elizondo@talentonorte.es", company="Bodegas Arlanza Real",
           note="Google Calendar invitation, Spanish UI, from a headhunter for her client: 11:00-12:00 "
                "(CET, UTC+1) -> 10:00Z-11:00Z; ICS TZID Europe/Madrid; contact = ORGANIZER (the "
                "headhunter); company = the hiring client")
def m10():
    when = "2026-11-09 17:03"
    body = t(f"""
        Has recibido una invitación para el siguiente evento.

        Entrevista Irene Sáenz / Bodegas Arlanza Real – Dirección de Exportación
        lunes, 16 de noviembre de 2026 ⋅ 11:00 – 12:00
        Zona horaria: Europe/Madrid
        Ubicación: Bodegas Arlanza Real, Ctra. de Lerma s/n, Covarrubias (Burgos)

        Irene, te paso la invitación de la entrevista con Gonzalo Arnáiz (director general) y Elena
        Pascual (directora financiera). Es presencial en la bodega; cualquier cosa me llamas.
        Marta

        Organizador
        marta.elizondo@talentonorte.es
        Invitados
        marta.elizondo@talentonorte.es - organizador
        {ME}
        gonzalo.arnaiz@arlanzareal.es

        Ver todos los detalles del invitado: https://calendar.google.com/calendar/event?action=VIEW&eid=M2ZrOHQ1dG8

        ¿Asistirás?  Sí - https://calendar.google.com/calendar/event?action=RESPOND&rst=1
        No - https://calendar.google.com/calendar/event?action=RESPOND&rst=2
        Quizás - https://calendar.google.com/calendar/event?action=RESPOND&rst=3
        Más opciones: https://calendar.google.com/calendar/event?action=VIEW

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Has recibido este correo electrónico porque eres un invitado a este evento. Para dejar de
        recibir notificaciones de este evento, recházalo.
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        @@VTZ@@
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Madrid:20261116T110000
        DTEND;TZID=Europe/Madrid:20261116T120000
        DTSTAMP:20261109T160300Z
        ORGANIZER;CN=marta.elizondo@talentonorte.es:mailto:marta.elizondo@talentonorte.es
        UID:3fk8t5to2q1v0c9r7b6n4m3l2k@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=marta.elizondo@talentonorte.es;X-NUM-GUESTS=0:mailto:marta.elizondo@talentonorte.es
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=gonzalo.arnaiz@arlanzareal.es;X-NUM-GUESTS=0:mailto:gonzalo.arnaiz@arlanzareal.es
        CREATED:20261109T160200Z
        DESCRIPTION:Irene\\, te paso la invitación de la entrevista con Gonzalo Arnáiz (director general) y Elena Pascual (directora financiera). Es presencial en la bodega\\; cualquier cosa me llamas.\\nMarta
        LAST-MODIFIED:20261109T160300Z
        LOCATION:Bodegas Arlanza Real\\, Ctra. de Lerma s/n\\, Covarrubias (Burgos)
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista Irene Sáenz / Bodegas Arlanza Real – Dirección de Exportación
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """).replace("@@VTZ@@", VTZ_MADRID)
    h = head(addr("Marta Elizondo", "marta.elizondo@talentonorte.es"),
             "Invitación: Entrevista Irene Sáenz / Bodegas Arlanza Real – Dirección de Exportación @ "
             f"lun 16 nov 2026 11:00 - 12:00 (CET) ({ME})", when, MAD,
             "<calendar-5e0c1a7b-93d2-4f18-a6e4-0b7d2c9f1e38@google.com>", "mail-sor-f73.google.com",
             "203.0.113.73", "4hF5sT2vYdz8N",
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                    ("Reply-To", "marta.elizondo@talentonorte.es")))
    return message(h, mixed(alt(text(body, cte="base64"), html(paras_html(body), cte="quoted-printable"),
                                calendar(ics, cte="base64")),
                            calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                     filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(11), family="ms_bookings", lang="es", interview=True, kind="scheduled",
           start=utc("2026-09-22 10:00", MAD), end=utc("2026-09-22 10:45", MAD),
           local="Tue 2026-09-22 10:00", local_end="2026-09-22 10:45", zone=MAD,
           contact="lucia.ortega@tresriosvinos.es", company="Grupo Vinícola Tres Ríos",
           note="Microsoft Bookings confirmation (Spanish): the body's zone label is the standard-time "
                "'(UTC+01:00) Bruselas, Copenhague, Madrid, París' but on 22 Sep Madrid is on CEST (UTC+2): "
                "10:00-10:45 -> 08:00Z-08:45Z, which the ICS (Romance Standard Time) confirms; sender is "
                "the Bookings mailbox, contact = the staff address in the body")
def m11():
    when = "2026-09-16 10:30"
    body = t("""
        Reserva confirmada

        Hola Irene Sáenz:

        Gracias por reservar con Grupo Vinícola Tres Ríos – Selección. Se ha confirmado su reserva.

        Servicio: Entrevista – Key Account Manager Exportación (45 minutos)
        Fecha: martes, 22 de septiembre de 2026
        Hora: 10:00 - 10:45 (UTC+01:00) Bruselas, Copenhague, Madrid, París
        Personal: Lucía Ortega
        Ubicación: Reunión de Microsoft Teams (el enlace está en la invitación adjunta)

        Si necesita cambiar o cancelar la cita, puede hacerlo desde este enlace:
        https://outlook.office365.com/owa/calendar/SeleccionTresRios@tresriosvinos.onmicrosoft.com/bookings/
        o escribir a Lucía directamente: lucia.ortega@tresriosvinos.es

        Grupo Vinícola Tres Ríos · Avda. de Burgos 31, 47009 Valladolid
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @@VTZ@@
        BEGIN:VEVENT
        ORGANIZER;CN=Grupo Vinícola Tres Ríos - Selección:mailto:SeleccionTresRios@tresriosvinos.onmicrosoft.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Irene Sáenz:mailto:{ME}
        DESCRIPTION;LANGUAGE=es-ES:Entrevista – Key Account Manager Exportación con Lucía Ortega\\n
        UID:040000008200E00074C5B7101A82E00800000000{uid("m11").replace("-", "")[:32].upper()}
        SUMMARY;LANGUAGE=es-ES:Entrevista – Key Account Manager Exportación
        DTSTART;TZID=Romance Standard Time:20260922T100000
        DTEND;TZID=Romance Standard Time:20260922T104500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260916T083000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjY3NTI4%40thread.v2/0
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """).replace("@@VTZ@@", exch_vtz("Romance Standard Time"))
    h = head(addr("Grupo Vinícola Tres Ríos - Selección", "SeleccionTresRios@tresriosvinos.onmicrosoft.com"),
             "Reserva confirmada con Grupo Vinícola Tres Ríos - Selección", when, MAD,
             mid("m11", "AM0PR09MB4371.eurprd09.prod.outlook.com"),
             "mail-vi1eur04on2118.outbound.protection.outlook.com", "203.0.113.118", "4gB6wD3hMfz2Q",
             extra=(("Content-Language", "es-ES"),))
    return message(h, mixed(alt(text(body), html(paras_html(body, "font-family:Segoe UI,sans-serif;font-size:14px"))),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(12), family="ashby", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-29 09:00", LAX), end=utc("2026-10-29 09:45", LAX),
           local="Thu 2026-10-29 09:00", local_end="2026-10-29 09:45", zone=LAX,
           contact="dana.whitfield@holliscreekwine.com", company="Hollis Creek Wine Co.",
           note="Ashby confirmation from a Napa winery, 9:00-9:45 AM PDT (UTC-7) -> 16:00Z-16:45Z; in "
                "the week between the European (25 Oct) and US (1 Nov) DST changes Logroño is only 8 h "
                "ahead (17:00 CET, as the mail's second line says); ICS TZID America/Los_Angeles; "
                "contact = Reply-To / ORGANIZER")
def m12():
    when = "2026-10-23 08:15"
    body = t("""
        Hi Irene,

        Your interview is confirmed. We're looking forward to speaking with you!

        Thursday, October 29, 2026, 9:00 AM – 9:45 AM PDT
        (5:00 PM – 5:45 PM Central European Time, your local time)
        Google Meet: https://meet.google.com/pwn-ztqa-fhe

        You'll meet with:
          Matt Oyelaran — VP International Sales

        Questions? Just reply and it will reach Dana Whitfield.

        Thanks,
        Hollis Creek Wine Co. Recruiting
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        @@VTZ@@
        BEGIN:VEVENT
        UID:{uid("m12")}
        DTSTAMP:20261023T151500Z
        DTSTART;TZID=America/Los_Angeles:20261029T090000
        DTEND;TZID=America/Los_Angeles:20261029T094500
        SEQUENCE:0
        SUMMARY:Hollis Creek Wine Co. – International Sales Manager (Europe) Interview
        LOCATION:https://meet.google.com/pwn-ztqa-fhe
        ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@holliscreekwine.com
        ATTENDEE;CN=Irene Sáenz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """).replace("@@VTZ@@", VTZ_LAX)
    h = head(addr("Hollis Creek Wine Co.", "no-reply@ashbyhq.com"),
             "Interview confirmed: International Sales Manager (Europe) at Hollis Creek Wine Co.", when, LAX,
             "<0100019a1c2f7e41-4b2d9e8a-77c1-4f0e-9b3a-2d6e1f0c8a55-000000@email.amazonses.com>",
             "a8-33.smtp-out.amazonses.com", "198.51.100.133", "4hA1mK8rGbz3T",
             extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@holliscreekwine.com")),))
    return message(h, mixed(alt(text(body, cte="base64"), html(paras_html(body), cte="base64")),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(13), family="icims", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-17 10:00", CHI), end=utc("2026-11-17 11:00", CHI),
           local="Tue 2026-11-17 10:00", local_end="2026-11-17 11:00", zone=CHI,
           contact="kevin.osei@meridianbrands.com", company="Meridian Brands International",
           note="iCIMS, HTML only + .ics attachment; US date '11/17/2026', 10:00-11:00 AM CST (UTC-6, "
                "US back on standard time since 1 Nov) -> 16:00Z-17:00Z; contact = coordinator address "
                "in the body (sender is the iCIMS mailbox)")
def m13():
    when = "2026-11-10 11:00"
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:13px">
        <div>Dear Irene,</div><br>
        <div>Thank you for your interest in the <b>Regional Export Manager - Spain &amp; LATAM (Req #2026-8841)</b>
        position at Meridian Brands International. We are pleased to confirm the following interview:</div><br>
        <table border="0" cellpadding="3" style="font-family:Verdana,Arial,sans-serif;font-size:13px">
        <tr><td><b>Date:</b></td><td>11/17/2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:00 AM - 11:00 AM (GMT-06:00) Central Time (US &amp; Canada)</td></tr>
        <tr><td><b>Interview Type:</b></td><td>Video (Webex) - join link in the attached calendar file</td></tr>
        <tr><td><b>Interviewer(s):</b></td><td>Laura Brenneman, Director, Wine &amp; Spirits Export</td></tr>
        </table><br>
        <div>If you have any questions or need to make changes, please contact Kevin Osei at
        <a href="mailto:kevin.osei@meridianbrands.com">kevin.osei@meridianbrands.com</a>.</div><br>
        <div>Sincerely,<br>Talent Acquisition<br>Meridian Brands International</div>
        <br><div style="font-size:10px;color:#777">Please do not reply to this message. This mailbox is not monitored.</div>
        </body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//iCIMS//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        @@VTZ@@
        BEGIN:VEVENT
        UID:{uid("m13")}@icims.com
        DTSTAMP:20261110T170000Z
        DTSTART;TZID=America/Chicago:20261117T100000
        DTEND;TZID=America/Chicago:20261117T110000
        SUMMARY:Interview: Regional Export Manager - Spain & LATAM
        DESCRIPTION:Webex: https://meridianbrands.webex.com/meet/lbrenneman
        LOCATION:Webex
        ORGANIZER;CN=Meridian Brands Talent Acquisition:mailto:meridianbrands@talent.icims.com
        ATTENDEE;CN=Irene Saenz;RSVP=TRUE:mailto:{ME}
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """).replace("@@VTZ@@", make.VTZ["America/Chicago"])
    h = head(addr("Meridian Brands Talent Acquisition", "meridianbrands@talent.icims.com"),
             "Interview Confirmation - Regional Export Manager - Spain & LATAM", when, CHI,
             mid("m13", "talent.icims.com"), "smtp-out-04.icims.com", "198.51.100.204", "4hK7qV4wZfz1D")
    return message(h, mixed(html(body),
                            calendar(ics, cte="7bit", filename="Interview.ics", disposition="attachment",
                                     name_param=True)))


@make.mail(N(14), family="goodtime", lang="en", interview=True, kind="scheduled",
           start=utc("2026-12-02 10:00", LON), end=utc("2026-12-02 12:30", LON),
           local="Wed 2026-12-02 10:00", local_end="2026-12-02 12:30", zone=LON,
           contact="priya.nair@aureliandrinks.com", company="Aurelian Drinks Group",
           note="GoodTime itinerary, three back-to-back video sessions 10:00-12:30 GMT (= UTC in "
                "December): start = first session, end = last; the mail also gives 11:00-13:30 CET for "
                "Madrid; contact = Reply-To coordinator")
def m14():
    when = "2026-11-25 14:00"
    body = t("""
        Hi Irene,

        Your final-round interview with Aurelian Drinks Group is confirmed. Here is your itinerary
        (all times GMT; 11:00 - 13:30 for you in Madrid time):

        Wednesday, 2 December 2026

        10:00 - 10:45  Conversation with Rachel Odum, Managing Director, Aurelian Wines Europe
        10:45 - 11:30  Commercial deep-dive with Stefan Albrecht, Head of Distributor Partnerships
        11:30 - 12:30  Case discussion: Iberian portfolio review (panel)

        All sessions are on the same Zoom link:
        https://aureliandrinks.zoom.us/j/95310428871

        Please have the case pack (attached to Priya's earlier email) to hand for the last session.

        If anything comes up, reply to this email and Priya Nair, your coordinator, will help.

        Good luck!
        Aurelian Drinks Group Talent Team

        Powered by GoodTime
        """)
    h = head(addr("Aurelian Drinks Group Talent Team", "scheduling@goodtime.io"),
             "Your interview itinerary - Aurelian Drinks Group", when, LON, mid("m14", "goodtime.io"),
             "o2.mail.goodtime.io", "198.51.100.62", "4hQ2xC9aTgz6V",
             extra=(("Reply-To", addr("Priya Nair", "priya.nair@aureliandrinks.com")),))
    return message(h, alt(text(body), html(paras_html(body))))


@make.mail(N(15), family="rfc822_attachment", lang="es", interview=True, kind="scheduled",
           start=utc("2026-11-19 10:00", MAD), end=None,
           local="Thu 2026-11-19 10:00", zone=MAD,
           contact="inigo.barrenechea@bodegasrealcepa.es", company="Bodegas Real Cepa",
           note="Irene forwards to herself, as a message/rfc822 attachment, a recruiter's confirmation "
                "(iso-8859-15, QP): 'el jueves 19 de noviembre a las 10:00' in Logroño -> 09:00Z; "
                "'una hora aproximadamente' -> end null; contact = the sender of the attached mail")
def m15():
    orig_when = "2026-11-13 13:05"
    obody = t("""
        Hola Irene:

        Como hablamos por teléfono, te confirmo la entrevista para el puesto de Export Manager el
        jueves 19 de noviembre a las 10:00, en nuestras oficinas de la calle Portales 41, 2.º
        (Logroño). Estaremos Carmen Urbina, de dirección, y yo. Calcula una hora aproximadamente.

        Si te surge cualquier cosa, mi móvil es el 619 44 07 23.

        Un abrazo,

        Íñigo Barrenechea
        Responsable de Personas
        Bodegas Real Cepa
        """)
    orig = message([
        ("From", addr("Íñigo Barrenechea", "inigo.barrenechea@bodegasrealcepa.es", "iso-8859-15")),
        ("To", addr("Irene Sáenz", "irene.saenz.martinez@example.com", "iso-8859-15")),
        ("Subject", enc("Entrevista jueves 19 – Export Manager", "utf-8")),
        ("Date", date(orig_when, MAD)),
        ("Message-ID", mid("m15o", "bodegasrealcepa.es")),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(obody, charset="iso-8859-15"))
    note = t("""
        Me lo reenvío al correo de siempre para tenerlo todo junto.

        --
        Irene
        """)
    h = [
        ("Delivered-To", ME),
        rcv("mail-sor-f41.google.com", "203.0.113.41", "2026-11-14 10:20", MAD, "4hS9dF0bUhz8W"),
        ("From", addr("Irene Sáenz", "irene.saenz.martinez@example.com")),
        ("To", TO_ME),
        ("Subject", enc("Fwd: Entrevista jueves 19 – Export Manager")),
        ("Date", date("2026-11-14 10:20", MAD)),
        ("Message-ID", "<CAJx8q2Pm4wRk7nT0vY3eZbH1gL6sD9fU5cA2@mail.gmail.com>"),
    ]
    return message(h, mixed(text(note), attached_message(orig, "Entrevista jueves 19.eml")))


@make.mail(N(16), family="reply_quoted", lang="es", interview=True, kind="scheduled",
           start=utc("2026-12-07 16:30", MAD), end=None,
           local="Mon 2026-12-07 16:30", zone=MAD,
           contact="montserrat.puig@cavassantiscle.cat", company="Cavas Sant Iscle",
           note="Short 'queda confirmado' (usted) on top of the quoted thread; the time is only in the "
                "quoted proposal and Irene's acceptance: lunes 7 de diciembre 16:30 CET -> 15:30Z; "
                "'unos 45 minutos' -> end null; windows-1252 QP; contact = sender")
def m16():
    when = "2026-12-01 09:10"
    body = t("""
        Perfecto, Irene. Queda confirmado: el lunes 7 a las 16:30. Le enviaré el enlace de Google Meet
        ese mismo lunes por la mañana.

        Un cordial saludo,

        Montserrat Puig i Ferrer
        Directora de Recursos Humanos
        Cavas Sant Iscle · Sant Sadurní d'Anoia

        -----Mensaje original-----
        De: Irene Sáenz <irene.saenz@example.org>
        Enviado el: lunes, 30 de noviembre de 2026 18:02
        Para: Montserrat Puig <montserrat.puig@cavassantiscle.cat>
        Asunto: RE: Proceso Export Manager – segunda entrevista

        Buenas tardes, Montserrat:

        Sí, el lunes 7 a las 16:30 me va perfecto. Muchas gracias.

        Un saludo,
        Irene

        -----Mensaje original-----
        De: Montserrat Puig <montserrat.puig@cavassantiscle.cat>
        Enviado el: lunes, 30 de noviembre de 2026 12:41
        Para: Irene Sáenz <irene.saenz@example.org>
        Asunto: Proceso Export Manager – segunda entrevista

        Estimada Irene:

        Nos gustaría continuar con usted en el proceso. ¿Le vendría bien el lunes 7 de diciembre a
        las 16:30, por videollamada, con nuestro director comercial, Jordi Casals? Serían unos 45
        minutos.

        Un cordial saludo,
        Montserrat Puig
        """)
    h = head(addr("Montserrat Puig", "montserrat.puig@cavassantiscle.cat", "windows-1252"),
             "RE: Proceso Export Manager – segunda entrevista", when, MAD,
             mid("m16", "PR3P193MB0851.EURP193.PROD.OUTLOOK.COM"),
             "mail-pr3eur02on2127.outbound.protection.outlook.com", "203.0.113.127", "4hV4gH1cWjz0X",
             charset="windows-1252",
             extra=(("In-Reply-To", mid("m16-irene", "example.org")),
                    ("References", mid("m16-montse", "PR3P193MB0851.EURP193.PROD.OUTLOOK.COM") + " "
                     + mid("m16-irene", "example.org")),
                    ("Thread-Topic", "Proceso Export Manager - segunda entrevista"),
                    ("Content-Language", "es-ES")))
    return message(h, alt(text(body, charset="windows-1252"),
                          html(paras_html(body, "font-family:Calibri,sans-serif;font-size:11pt"),
                               charset="windows-1252")))


@make.mail(N(17), family="lever", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-10-28 11:00", NYC), end=utc("2026-10-28 11:45", NYC),
           local="Wed 2026-10-28 11:00", local_end="2026-10-28 11:45", zone=NYC,
           contact="grace.kowalski@tidewaterimports.com", company="Tidewater Imports",
           days=(("Fri", "2026-10-23"),),
           note="Lever reschedule with ICS SEQUENCE:1 (TZID America/New_York): new time Wed 28 Oct "
                "11:00-11:45 AM EDT (UTC-4, the US is still on daylight time) -> 15:00Z-15:45Z; the mail "
                "also names the old Friday slot; Logroño is already on CET so the gap is 5 h, not 6; "
                "contact = Reply-To")
def m17():
    when = "2026-10-21 10:30"
    body = t("""
        Hi Irene,

        Your interview with Tidewater Imports has been rescheduled. Sorry for the shuffle - Marcus
        is now travelling on Friday.

        New time:
        Wednesday, October 28, 2026
        11:00 AM - 11:45 AM EDT (4:00 PM - 4:45 PM in Madrid)

        Previously: Friday, October 23, 2026, 11:00 AM EDT

        Interviewer: Marcus Bell, Director of European Sourcing
        Location: Zoom - https://tidewaterimports.zoom.us/j/81927734410

        An updated calendar invitation is attached. Reply to this email if the new time doesn't
        work.

        Grace Kowalski
        Recruiting Coordinator, Tidewater Imports
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Lever Hire//EN
        VERSION:2.0
        METHOD:REQUEST
        @@VTZ@@
        BEGIN:VEVENT
        UID:{uid("m17")}@lever.co
        SEQUENCE:1
        DTSTAMP:20261021T143000Z
        DTSTART;TZID=America/New_York:20261028T110000
        DTEND;TZID=America/New_York:20261028T114500
        SUMMARY:Interview: Irene Sáenz <> Tidewater Imports (Marcus Bell)
        LOCATION:https://tidewaterimports.zoom.us/j/81927734410
        ORGANIZER;CN=Grace Kowalski:mailto:grace.kowalski@tidewaterimports.com
        ATTENDEE;CN=Irene Sáenz;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
        ATTENDEE;CN=Marcus Bell;PARTSTAT=ACCEPTED:mailto:marcus.bell@tidewaterimports.com
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """).replace("@@VTZ@@", make.VTZ["America/New_York"])
    h = head(addr("Tidewater Imports", "no-reply@hire.lever.co"),
             "Rescheduled: Your interview with Tidewater Imports", when, NYC, mid("m17", "hire.lever.co"),
             "mail-201.hire.lever.co", "198.51.100.201", "4gZ8rM6nXkz2Y",
             extra=(("Reply-To", addr("Grace Kowalski", "grace.kowalski@tidewaterimports.com")),))
    return message(h, mixed(alt(text(body), html(paras_html(body))),
                            calendar(ics, cte="quoted-printable", filename="invite.ics",
                                     disposition="attachment")))


@make.mail(N(18), family="human_prose", lang="es", interview=True, kind="rescheduled",
           start=utc("2026-10-16 12:00", MAD), end=utc("2026-10-16 13:30", MAD),
           local="Fri 2026-10-16 12:00", local_end="2026-10-16 13:30", zone=MAD,
           contact="begona.urquiza@herencialagunilla.com", company="Bodegas Herencia Lagunilla",
           days=(("Thu", "2026-10-15"),),
           note="Reschedule in prose (usted, iso-8859-1 QP): old 'jueves 15 de octubre a las 10:00', "
                "new 'viernes 16 de octubre ... de 12:00 a 13:30' at the winery (CEST) -> 10:00Z-11:30Z; "
                "contact = sender")
def m18():
    when = "2026-10-09 12:45"
    body = t("""
        Estimada Irene:

        Le escribo porque nos vemos obligados a cambiar la fecha de la entrevista. En lugar del
        jueves 15 de octubre a las 10:00, ¿podríamos vernos el viernes 16 de octubre a las 12:00?
        Nuestro director técnico no vuelve de la feria de Burdeos hasta el jueves por la noche y
        queremos que esté presente.

        Lo he dejado ya reservado así: viernes 16, de 12:00 a 13:30, en la bodega (Camino de la
        Hoya s/n, Elciego). La última media hora haremos una visita rápida a los calados.

        Disculpe las molestias y muchas gracias por su flexibilidad.

        Atentamente,

        Begoña Urquiza
        Administración y Personal
        Bodegas Herencia Lagunilla
        Tel. 945 60 12 88
        """)
    h = head(addr("Begoña Urquiza", "begona.urquiza@herencialagunilla.com", "iso-8859-1"),
             "Cambio de fecha: entrevista Jefe/a de Área Exportación", when, MAD,
             mid("m18", "herencialagunilla.com"), "smtp.herencialagunilla.com", "192.0.2.58",
             "4gH3tN7pBlz5Z", charset="iso-8859-1",
             extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(h, text(body, charset="iso-8859-1"))


@make.mail(N(19), family="outlook_calendar", lang="es", interview=True, kind="rescheduled",
           start=utc("2026-10-27 10:00", MAD), end=utc("2026-10-27 11:00", MAD),
           local="Tue 2026-10-27 10:00", local_end="2026-10-27 11:00", zone=MAD,
           contact="javier.lasheras@grupocierzo.com", company="Grupo Alimentario Cierzo",
           days=(("Fri", "2026-10-23"),),
           note="Exchange update (SEQUENCE:2, TZID 'Romance Standard Time'), Spanish: final interview "
                "moved from Fri 23 Oct 10:00 (CEST) to Tue 27 Oct 10:00-11:00, after Spain's return to "
                "CET on 25 Oct -> 09:00Z-10:00Z; contact = sender / ORGANIZER")
def m19():
    when = "2026-10-21 08:50"
    body = t("""
        Buenos días, Irene:

        Como le comenté por teléfono, movemos la entrevista final del viernes 23 al martes 27 a la
        misma hora, porque Pilar Ansó estará ese viernes en Düsseldorf. Le envío la convocatoria
        actualizada.

        Un saludo,
        Javier Lasheras
        Talent Acquisition · Grupo Alimentario Cierzo

        Cuándo: martes, 27 de octubre de 2026 10:00-11:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París.
        Dónde: Reunión de Microsoft Teams

        """) + teams("es", "m19", "318 552 774 091", "tN4bQ2")
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @@VTZ@@
        BEGIN:VEVENT
        ORGANIZER;CN=Javier Lasheras:mailto:javier.lasheras@grupocierzo.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Irene Sáenz:mailto:{ME}
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pilar Ansó:mailto:pilar.anso@grupocierzo.com
        DESCRIPTION;LANGUAGE=es-ES:Como le comenté por teléfono\\, movemos la entrevista final del viernes 23 al martes 27 a la misma hora.\\n
        UID:040000008200E00074C5B7101A82E00800000000{uid("m19").replace("-", "")[:32].upper()}
        SUMMARY;LANGUAGE=es-ES:Entrevista final – Export Area Manager Vinos (Irene Sáenz)
        DTSTART;TZID=Romance Standard Time:20261027T100000
        DTEND;TZID=Romance Standard Time:20261027T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261021T065000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:2
        LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-OWNERAPPTID:-1928374650
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """).replace("@@VTZ@@", exch_vtz("Romance Standard Time"))
    h = head(addr("Javier Lasheras", "javier.lasheras@grupocierzo.com"),
             "Actualizado: Entrevista final – Export Area Manager Vinos (Irene Sáenz)", when, MAD,
             mid("m19", "DB9PR07MB7756.eurprd07.prod.outlook.com"),
             "mail-db9eur07on2133.outbound.protection.outlook.com", "203.0.113.133", "4gZ2aP8qCmz7B",
             extra=(("Thread-Topic", "Entrevista final - Export Area Manager Vinos (Irene Saenz)"),
                    ("Content-Language", "es-ES")))
    return message(h, alt(text(body), html(paras_html(body, "font-family:Aptos,Calibri,sans-serif;font-size:11pt")),
                          calendar(ics, cte="base64")))


@make.mail(N(20), family="teamtailor", lang="es", interview=True, kind="rescheduled",
           start=utc("2026-11-04 17:00", MAD), end=utc("2026-11-04 18:00", MAD),
           local="Wed 2026-11-04 17:00", local_end="2026-11-04 18:00", zone=MAD,
           contact="nerea.gil@bodegaspenaroja.es", company="Bodegas Peñaroja",
           note="Teamtailor 'tu entrevista ha cambiado': the body gives no time at all, only the "
                "attached .ics (SEQUENCE:1, DTSTART in UTC 16:00Z = 17:00 CET); contact = Reply-To")
def m20():
    when = "2026-10-29 16:40"
    body = t("""
        Hola Irene:

        Hemos actualizado tu segunda entrevista para Responsable de Exportación (Europa y
        Norteamérica) con Álvaro Peñaroja. Encontrarás la nueva fecha y hora en la invitación
        adjunta; al abrirla se actualizará el evento en tu calendario.

        Si el nuevo horario no te encaja, responde a este correo.

        Un saludo,
        El equipo de Bodegas Peñaroja

        --
        Enviado con Teamtailor
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interview//ES
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:{uid("m20")}@teamtailor.com
        DTSTAMP:20261029T154000Z
        DTSTART:20261104T160000Z
        DTEND:20261104T170000Z
        SUMMARY:Segunda entrevista: Responsable de Exportación - Bodegas Peñaroja
        LOCATION:Google Meet - https://meet.google.com/kuf-rwbx-tno
        ORGANIZER;CN=Nerea Gil:mailto:nerea.gil@bodegaspenaroja.es
        ATTENDEE;CN=Irene Sáenz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
        STATUS:CONFIRMED
        SEQUENCE:1
        END:VEVENT
        END:VCALENDAR
        """)
    h = head(addr("Bodegas Peñaroja", "notifications@penaroja.teamtailor-mail.com"),
             "Tu entrevista ha cambiado – Bodegas Peñaroja", when, MAD, mid("m20", "teamtailor-mail.com"),
             "a48-117.smtp-out.teamtailor-mail.com", "198.51.100.49", "4hB0cR2sDnz1C",
             extra=(("Reply-To", addr("Nerea Gil", "nerea.gil@bodegaspenaroja.es")),))
    return message(h, mixed(alt(text(body), html(paras_html(body))),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment",
                                     name_param=True)))


@make.mail(N(21), family="google_calendar", lang="es", interview=True, kind="cancelled",
           start=utc("2026-10-06 12:00", MAD), end=utc("2026-10-06 13:00", MAD),
           local="Tue 2026-10-06 12:00", local_end="2026-10-06 13:00", zone=MAD,
           contact="pablo.arranz@riberaalta.es", company="Vinícola Ribera Alta",
           note="Google Calendar cancellation (Spanish UI, METHOD:CANCEL) of the interview on Tue 6 Oct "
                "12:00-13:00 CEST -> 10:00Z-11:00Z (the cancelled slot); contact = ORGANIZER")
def m21():
    when = "2026-10-01 19:05"
    body = t(f"""
        Se ha cancelado este evento y se ha eliminado de tu calendario.

        Entrevista – Irene Sáenz (Export Manager)
        martes, 6 de octubre de 2026 ⋅ 12:00 – 13:00
        Zona horaria: Europe/Madrid

        Irene, lo siento mucho: hemos tenido que parar el proceso de momento. Te escribo mañana con
        calma. Pablo

        Organizador
        pablo.arranz@riberaalta.es
        Invitados
        pablo.arranz@riberaalta.es - organizador
        {ME}

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Has recibido este correo electrónico porque eres un invitado a este evento.
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        @@VTZ@@
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Madrid:20261006T120000
        DTEND;TZID=Europe/Madrid:20261006T130000
        DTSTAMP:20261001T170500Z
        ORGANIZER;CN=pablo.arranz@riberaalta.es:mailto:pablo.arranz@riberaalta.es
        UID:7mq2rk9d4s0v1ebc3n8t5f6h2j@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
        CREATED:20260925T081100Z
        DESCRIPTION:Irene\\, lo siento mucho: hemos tenido que parar el proceso de momento. Te escribo mañana con calma. Pablo
        LAST-MODIFIED:20261001T170500Z
        LOCATION:Vinícola Ribera Alta\\, Aranda de Duero
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Entrevista – Irene Sáenz (Export Manager)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """).replace("@@VTZ@@", VTZ_MADRID)
    h = head(addr("Pablo Arranz", "pablo.arranz@riberaalta.es"),
             "Evento cancelado: Entrevista – Irene Sáenz (Export Manager) @ mar 6 oct 2026 12:00 - 13:00 "
             f"(CEST) ({ME})", when, MAD, "<calendar-a81f3c20-5d4e-4b7a-9e61-c2f08d7b3e94@google.com>",
             "mail-sor-f69.google.com", "203.0.113.69", "4gD7eS3tFpz4D",
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                    ("Reply-To", "pablo.arranz@riberaalta.es")))
    return message(h, mixed(alt(text(body, cte="base64"), html(paras_html(body)),
                                calendar(ics, method="CANCEL", cte="base64")),
                            calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                                     filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(22), family="outlook_calendar", lang="en", interview=True, kind="cancelled",
           start=utc("2026-10-22 14:00", PAR), end=utc("2026-10-22 15:00", PAR),
           local="Thu 2026-10-22 14:00", local_end="2026-10-22 15:00", zone=PAR,
           contact="camille.roux@castellane-bev.com", company="Castellane Beverages",
           note="Exchange METHOD:CANCEL (TZID 'W. Europe Standard Time'), English: the second interview "
                "Thu 22 Oct 14:00-15:00 CEST -> 12:00Z-13:00Z is cancelled (role on hold); contact = "
                "sender / ORGANIZER")
def m22():
    when = "2026-10-19 11:30"
    body = t("""
        Dear Irene,

        I am very sorry to cancel our second interview. The Export Manager Iberia position has been put
        on hold following an internal reorganisation, and we are not able to continue the process for
        now. I will keep you informed if it reopens.

        Best regards,
        Camille
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @@VTZ@@
        BEGIN:VEVENT
        ORGANIZER;CN=Camille Roux:mailto:camille.roux@castellane-bev.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Irene Sáenz:mailto:{ME}
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Bertrand Lemaire:mailto:bertrand.lemaire@castellane-bev.com
        DESCRIPTION;LANGUAGE=en-US:I am very sorry to cancel our second interview.\\n
        UID:040000008200E00074C5B7101A82E00800000000{uid("m22").replace("-", "")[:32].upper()}
        SUMMARY;LANGUAGE=en-US:Canceled: Castellane Beverages - second interview (Irene Sáenz)
        DTSTART;TZID=W. Europe Standard Time:20261022T140000
        DTEND;TZID=W. Europe Standard Time:20261022T150000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261019T093000Z
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
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """).replace("@@VTZ@@", make.VTZ["W. Europe Standard Time"])
    h = head(addr("Camille Roux", "camille.roux@castellane-bev.com"),
             "Canceled: Castellane Beverages - second interview (Irene Sáenz)", when, PAR,
             mid("m22", "PAXP193MB1702.EURP193.PROD.OUTLOOK.COM"),
             "mail-mr2fra01on2112.outbound.protection.outlook.com", "203.0.113.112", "4gX5fT9uGqz8E",
             extra=(("Importance", "high"), ("Content-Language", "en-US")))
    return message(h, alt(text(body), html(paras_html(body, "font-family:Calibri,sans-serif;font-size:11pt")),
                          calendar(ics, method="CANCEL", cte="base64")))


@make.mail(N(23), family="human_prose", lang="es", interview=True, kind="cancelled",
           start=utc("2026-12-10 12:00", MAD), end=None,
           local="Thu 2026-12-10 12:00", zone=MAD,
           contact="unai.etxeberria@alavesawine.es", company="Alavesa Wine Export",
           note="Prose cancellation (tú, 8bit): 'la entrevista de mañana jueves a las 12:00' resolved "
                "against the Date (Wed 9 Dec) -> Thu 10 Dec 12:00 CET = 11:00Z; the post was filled "
                "internally, no new time; contact = sender")
def m23():
    when = "2026-12-09 09:20"
    body = t("""
        Hola Irene:

        Siento mucho avisarte con tan poco margen, pero tenemos que cancelar la entrevista de mañana
        jueves a las 12:00. Ayer la dirección decidió cubrir el puesto internamente, con una
        compañera del equipo de Vitoria, y no tiene sentido hacerte venir hasta Laguardia.

        Te agradezco mucho el interés y el tiempo que le has dedicado. Si en primavera abrimos la
        posición para mercados nórdicos, te escribiré a ti la primera.

        Un abrazo,

        Unai Etxeberria
        Alavesa Wine Export S.L. · Laguardia (Álava)
        """)
    h = head(addr("Unai Etxeberria", "unai.etxeberria@alavesawine.es"),
             "Entrevista de mañana – lo siento", when, MAD, mid("m23", "alavesawine.es"),
             "mail-ej1-f47.google.com", "203.0.113.47", "4hY6gU0vHrz9F")
    return message(h, alt(text(body, cte="8bit"), html(gmail_html(body), cte="quoted-printable")))


# =========================================================================== negatives


@make.mail(N(24), family="rejection", lang="es", interview=False, company="Bodegas Monteabril",
           note="Workable rejection in Spanish after an interview; Reply-To is a Workable relay; no time")
def m24():
    when = "2026-10-05 17:48"
    body = t("""
        Hola Irene,

        Gracias por tu tiempo en la entrevista de la semana pasada y por el interés que has mostrado
        en Bodegas Monteabril.

        Tras valorar con detenimiento todas las candidaturas, hemos decidido seguir adelante con otros
        perfiles que se ajustan más a lo que buscamos en este momento para el puesto de Export Sales
        Coordinator.

        Guardaremos tus datos por si surge una oportunidad que encaje mejor contigo. Te deseamos
        mucha suerte en tu búsqueda.

        Un saludo,
        Equipo de Selección
        Bodegas Monteabril
        """)
    h = head(addr("Bodegas Monteabril", "noreply@candidates.workablemail.com"),
             "Tu candidatura a Export Sales Coordinator en Bodegas Monteabril", when, MAD,
             mid("m24", "workablemail.com"), "mail-out-c4.workablemail.com", "198.51.100.104",
             "4gC3hW1xJsz0G",
             extra=(("Reply-To", "bodegas-monteabril+a7f3e2c91b@candidates.workablemail.com"),))
    return message(h, alt(text(body), html(paras_html(body))))


@make.mail(N(25), family="application_receipt", lang="en", interview=False, company="Van Houten Wijnimport",
           note="Recruitee application receipt from a Rotterdam importer; nothing scheduled")
def m25():
    when = "2026-09-03 21:12"
    body = t("""
        Dear Irene,

        Thank you for applying for the position of Export Sales Manager - Spain & Portugal at Van
        Houten Wijnimport. We have received your application and our team will review it carefully.

        We aim to get back to every candidate within two weeks. In the meantime, you can follow the
        status of your application here: https://vanhoutenwijnimport.recruitee.com/o/export-sales-manager-spain-portugal

        Kind regards,
        Van Houten Wijnimport B.V.
        """)
    h = head(addr("Van Houten Wijnimport", "no-reply@recruiteemail.com"),
             "We have received your application", when, "Europe/Amsterdam", mid("m25", "recruiteemail.com"),
             "mta-13.recruiteemail.com", "198.51.100.13", "4fM1iX2yKtz1H")
    return message(h, alt(text(body), html(paras_html(body))))


@make.mail(N(26), family="job_alert", lang="es", interview=False, company=None,
           note="Weekly job alert from a wine-industry job board; no time")
def m26():
    when = "2026-10-12 07:00"
    body = t("""
        Hola Irene,

        Estas son las 5 ofertas nuevas de esta semana para tu alerta «exportación vino – La Rioja,
        Navarra, País Vasco, remoto»:

        1. Export Manager – Asia y Oceanía · Bodegas Solar de Tobía · Haro · 40.000–48.000 € brutos/año
           https://www.vinoempleo.es/oferta/88412
        2. Area Manager Exportación (DACH) · Grupo Viñaoro · Logroño / híbrido
           https://www.vinoempleo.es/oferta/88397
        3. Técnico/a de Comercio Exterior · Cooperativa San Millán · Nájera
           https://www.vinoempleo.es/oferta/88355
        4. Key Account Manager Retail UK · Bodegas Lumbreras · remoto
           https://www.vinoempleo.es/oferta/88340
        5. Export Sales Assistant (francés) · Txakoli Getaria Berri · Getaria
           https://www.vinoempleo.es/oferta/88311

        Modificar o darte de baja de esta alerta: https://www.vinoempleo.es/alertas

        Vinoempleo · El portal de empleo del sector del vino
        """)
    h = head(addr("Vinoempleo", "alertas@vinoempleo.es"), "5 ofertas nuevas para «exportación vino»",
             when, MAD, mid("m26", "vinoempleo.es"), "mail2.vinoempleo.es", "192.0.2.26", "4gL0jY3zLuz2J",
             extra=(("List-Unsubscribe", "<https://www.vinoempleo.es/alertas/baja?u=7f2c91>"),
                    ("Precedence", "bulk")))
    return message(h, alt(text(body), html(paras_html(body))))


@make.mail(N(27), family="newsletter", lang="es", interview=False, company=None,
           days=(("Wed", "2026-10-21"), ("Thu", "2026-11-12")),
           note="Wine-trade newsletter with industry news and event dates; no interview")
def m27():
    when = "2026-10-15 08:30"
    body = t("""
        LA SEMANA DEL VINO · Boletín n.º 412 · 15 de octubre de 2026

        – Las exportaciones de vino de Rioja crecen un 4 % en volumen hasta agosto, impulsadas por
          México y Canadá.
        – Reino Unido: los importadores piden claridad sobre el nuevo régimen de etiquetado.
        – Entrevista con Carmen Olasagasti, enóloga del año: «La garnacha vuelve a estar de moda».
        – Agenda: Salón Rioja Export (miércoles 21 de octubre, Logroño) y jornada técnica sobre
          viticultura y cambio climático (jueves 12 de noviembre, Haro).

        Leer el boletín completo: https://www.lasemanadelvino.es/boletin/412

        Recibes este boletín porque te suscribiste en lasemanadelvino.es. Darse de baja:
        https://www.lasemanadelvino.es/baja
        """)
    h = head(addr("La Semana del Vino", "boletin@lasemanadelvino.es"),
             "Rioja crece en México · Etiquetado en Reino Unido · Agenda de otoño", when, MAD,
             mid("m27", "mailing.lasemanadelvino.es"), "mailing.lasemanadelvino.es", "192.0.2.127",
             "4gR4kZ5aMvz3K",
             extra=(("List-Unsubscribe", "<https://www.lasemanadelvino.es/baja>"), ("Precedence", "bulk")))
    return message(h, alt(text(body), html(paras_html(body))))


@make.mail(N(28), family="recruiter_outreach", lang="en", interview=False, company="Brightwater Search",
           note="London agency cold outreach asking for a call; nothing fixed")
def m28():
    when = "2026-09-09 12:02"
    body = t("""
        Hi Irene,

        I came across your profile and your work building the UK and Nordic accounts at your current
        winery. I'm partnering with a family-owned Spanish producer that is opening a UK subsidiary
        and needs a bilingual commercial lead based in Spain with regular trips to London.

        Would you be open to a quick, confidential chat in the next week or so? If so, let me know a
        couple of times that suit and I'll call you.

        Best regards,
        Oliver Grant
        Senior Consultant, Wine & Spirits
        Brightwater Search Ltd, London
        +44 20 7946 0915
        """)
    h = head(addr("Oliver Grant", "oliver.grant@brightwatersearch.co.uk"),
             "Commercial lead role - Spanish producer, UK launch", when, LON,
             mid("m28", "brightwatersearch.co.uk"), "mail-lo2gbr01on2090.outbound.protection.outlook.com",
             "203.0.113.90", "4fZ7lA6bNwz4L")
    return message(h, alt(text(body), html(paras_html(body))))


@make.mail(N(29), family="scheduling_link", lang="en", interview=False, company="Northvale Spirits",
           note="Greenhouse availability request (before the confirmed interview); no time fixed")
def m29():
    when = "2026-09-08 14:25"
    body = t("""
        Hi Irene,

        Thanks again for your application for Export Manager, Southern Europe. We'd like to set up a
        45-minute conversation with Declan Furlong, our Head of Export Sales EMEA.

        Please let us know your availability over the next two weeks using the link below:
        https://app.greenhouse.io/availability/f4c18e2a9d7b/new

        Best,
        Aoife Brennan
        Talent Partner, Northvale Spirits
        """)
    h = head(addr("Northvale Spirits", "no-reply@us.greenhouse-mail.io"),
             "Please share your availability - Northvale Spirits", when, DUB,
             mid("m29", "us.greenhouse-mail.io"), "o11.ptr2209.greenhouse-mail.io", "203.0.113.151",
             "4fP3mB7cOxz5M",
             extra=(("Reply-To", addr("Aoife Brennan", "aoife.brennan@northvalespirits.com")),))
    return message(h, alt(text(body), html(paras_html(body))))


@make.mail(N(30), family="proposal_unconfirmed", lang="es", interview=False, company="Bodegas Arlanza Real",
           days=(("Thu", "2026-11-12"), ("Fri", "2026-11-13"), ("Mon", "2026-11-16")),
           note="Headhunter proposes two slots and a fallback for the client interview; nothing confirmed "
                "yet (the Google Calendar invitation for the 16th comes later)")
def m30():
    when = "2026-11-05 13:37"
    body = t("""
        Hola Irene:

        ¡Buenas noticias! Gonzalo Arnáiz, el director general de Bodegas Arlanza Real, quiere
        conocerte en persona en la bodega, en Covarrubias.

        Me propone el jueves 12 de noviembre a las 10:00 o el viernes 13 a las 16:00. Si ninguno de
        los dos te va bien, tendría también el lunes 16 por la mañana. Dime qué prefieres y te mando
        la invitación.

        Un abrazo,
        Marta

        Marta Elizondo
        Consultora Sénior · Talento Norte Consultores
        Gran Vía 18, 48001 Bilbao · 944 05 21 37
        """)
    h = head(addr("Marta Elizondo", "marta.elizondo@talentonorte.es"),
             "Arlanza Real – fechas para la entrevista", when, MAD, mid("m30", "talentonorte.es"),
             "mail-wr1-f50.google.com", "203.0.113.50", "4hE2nC8dPyz6N")
    return message(h, alt(text(body, cte="8bit"), html(gmail_html(body))))


@make.mail(N(31), family="out_of_office", lang="en", interview=False, company="Harcourt & Lisle Wines",
           days=(("Mon", "2026-10-05"),),
           note="Exchange automatic reply to Irene's thank-you note; no interview")
def m31():
    when = "2026-09-25 08:02"
    body = t("""
        Thank you for your email. I'm out of the office on annual leave until Monday 5 October with
        limited access to email. For anything urgent on Spanish or Portuguese accounts please contact
        orders@harcourtlisle.co.uk.

        Tom Pryce
        Harcourt & Lisle Wines Ltd
        """)
    h = head(addr("Tom Pryce", "tom.pryce@harcourtlisle.co.uk"),
             "Automatic reply: Thank you - Thursday's conversation", when, LON,
             mid("m31", "GV1P192MB2204.EURP192.PROD.OUTLOOK.COM"),
             "mail-am6eur05on2101.outbound.protection.outlook.com", "203.0.113.101", "4gS5oD9eQzz7P",
             extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("In-Reply-To", mid("m31-irene", "example.org"))))
    return message(h, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(32), family="bounce", lang="en", interview=False, company=None,
           note="DSN bounce of Irene's thank-you e-mail (a typo in the recruiter's address); the quoted "
                "headers mention the interview but nothing is scheduled")
def m32():
    when = "2026-09-17 18:10"
    explain = t("""
        This is the mail system at host mx2.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <aiofe.brennan@northvalespirits.com>: host
            northvalespirits-com.mail.protection.outlook.com[203.0.113.17] said: 550 5.1.10
            RESOLVER.ADR.RecipientNotFound; Recipient aiofe.brennan@northvalespirits.com not
            found by SMTP address lookup (in reply to RCPT TO command)
        """)
    status = t(f"""
        Reporting-MTA: dns; mx2.example.org
        X-Postfix-Queue-ID: 4gB1xE0fRaz8Q
        X-Postfix-Sender: rfc822; {ME}
        Arrival-Date: {date("2026-09-17 18:09", MAD)}

        Final-Recipient: rfc822; aiofe.brennan@northvalespirits.com
        Original-Recipient: rfc822;aiofe.brennan@northvalespirits.com
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; northvalespirits-com.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
            aiofe.brennan@northvalespirits.com not found by SMTP address lookup
        """)
    orig_headers = t(f"""
        From: Irene =?utf-8?q?S=C3=A1enz?= <{ME}>
        To: aiofe.brennan@northvalespirits.com
        Subject: Thank you - today's conversation with Declan
        Date: {date("2026-09-17 18:09", MAD)}
        Message-ID: {mid("m32-orig", "example.org")}
        MIME-Version: 1.0
        Content-Type: text/plain; charset="utf-8"
        """)
    h = [
        ("Delivered-To", ME),
        ("Return-Path", "<>"),
        ("From", "MAILER-DAEMON@mx2.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date(when, MAD)),
        ("Message-ID", "<20260917161000.4gB1xE0fRaz8Q@mx2.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    report = multipart(
        "report",
        text(explain, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                 status),
        raw_part([("Content-Description", "Undelivered Message Headers"),
                  ("Content-Type", "text/rfc822-headers")], orig_headers),
        params="report-type=delivery-status",
    )
    return message(h, report)


@make.mail(N(33), family="offer", lang="en", interview=False, company="Harcourt & Lisle Wines",
           days=(("Mon", "2027-01-11"), ("Fri", "2026-12-11")),
           note="Written offer with a start date; no interview")
def m33():
    when = "2026-12-03 15:22"
    body = t("""
        Dear Irene,

        Following your visit to Tanner Street, I am delighted to offer you the role of Account Manager,
        Spain, reporting to me. Your offer letter and contract are attached through our HR portal; the
        headline terms are:

        - Base salary EUR 52,000 per year (Spanish contract through our Employer of Record), plus an
          annual bonus of up to 15%
        - Home-based in Logroño, with around one week a month in London
        - Proposed start date: Monday 11 January 2027

        We would be grateful for your answer by Friday 11 December. Do call me if you'd like to talk
        anything through.

        Warm regards,
        Helen Marsh
        Buying Director, Harcourt & Lisle Wines Ltd
        """)
    h = head(addr("Helen Marsh", "helen.marsh@harcourtlisle.co.uk"),
             "Offer - Account Manager, Spain", when, LON, mid("m33", "GV1P192MB2204.EURP192.PROD.OUTLOOK.COM"),
             "mail-db8eur05on2109.outbound.protection.outlook.com", "203.0.113.109", "4hW0qF1gSbz0R",
             extra=(("Cc", addr("Tom Pryce", "tom.pryce@harcourtlisle.co.uk")),))
    return message(h, alt(text(body), html(paras_html(body, "font-family:Aptos,Calibri,sans-serif;font-size:11pt"))))


@make.mail(N(34), family="rejection", lang="en", interview=False, company="Hollis Creek Wine Co.",
           note="Ashby rejection after the interview; no time")
def m34():
    when = "2026-11-06 10:41"
    body = t("""
        Hi Irene,

        Thank you for taking the time to speak with Matt last week about the International Sales
        Manager (Europe) role. We enjoyed learning about your experience.

        After careful consideration, we've decided to move forward with candidates whose experience
        more closely matches our needs for this position, particularly on the US three-tier side.

        We'll keep your details on file and wish you every success.

        Best,
        Dana Whitfield
        Hollis Creek Wine Co.
        """)
    h = head(addr("Hollis Creek Wine Co.", "no-reply@ashbyhq.com"),
             "Update on your application to Hollis Creek Wine Co.", when, LAX,
             "<0100019a57d3b2c8-6e1f4a0d-2b9c-47e8-a3d1-8c5e0f7b2a41-000000@email.amazonses.com>",
             "a8-41.smtp-out.amazonses.com", "198.51.100.141", "4hG4rG2hTcz1S",
             extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@holliscreekwine.com")),))
    return message(h, alt(text(body, cte="base64"), html(paras_html(body), cte="base64")))


@make.mail(N(35), family="non_interview_calendar", lang="es", interview=False, company=None,
           days=(("Thu", "2026-10-01"),),
           note="Dentist appointment reminder (fixed time, personal); not an interview")
def m35():
    when = "2026-09-29 10:00"
    body = t("""
        Hola Irene,

        Te recordamos tu cita en Clínica Dental Bretón:

        Día: jueves, 1 de octubre de 2026
        Hora: 17:30
        Profesional: Dra. Ainhoa Garrido (higiene y revisión)
        Dirección: C/ Bretón de los Herreros 22, 1.º, 26001 Logroño

        Si no puedes acudir, avísanos con 24 horas de antelación en el 941 20 44 18 o
        respondiendo a este correo.

        Clínica Dental Bretón
        """)
    h = head(addr("Clínica Dental Bretón", "citas@clinicadentalbreton.es"),
             "Recordatorio de cita – jueves 1 de octubre, 17:30", when, MAD,
             mid("m35", "clinicadentalbreton.es"), "smtp.clinicadentalbreton.es", "192.0.2.35",
             "4gT6sH3iUdz2T")
    return message(h, text(body, charset="iso-8859-15"))


@make.mail(N(36), family="non_interview_calendar", lang="es", interview=False, company=None,
           days=(("Tue", "2026-10-13"),),
           note="Residents' association meeting notice (first call 19:30); not an interview")
def m36():
    when = "2026-10-02 11:15"
    body = t("""
        COMUNIDAD DE PROPIETARIOS C/ SAN ANTÓN 14 – LOGROÑO

        CONVOCATORIA DE JUNTA GENERAL ORDINARIA

        Por indicación del Presidente, se convoca a todos los propietarios a la Junta General
        Ordinaria que se celebrará el martes 13 de octubre de 2026, a las 19:30 en primera
        convocatoria y a las 20:00 en segunda, en el portal del edificio.

        Orden del día:
        1. Aprobación de cuentas del ejercicio 2025-2026.
        2. Presupuesto y derrama para la reparación de la fachada.
        3. Renovación de cargos.
        4. Ruegos y preguntas.

        Se adjunta el acta anterior en la web de la comunidad.

        Administraciones Gonzalo de Berceo, S.L.
        """)
    h = head(addr("Administraciones Gonzalo de Berceo", "comunidades@adm-berceo.es"),
             "Convocatoria Junta General Ordinaria – San Antón 14", when, MAD, mid("m36", "adm-berceo.es"),
             "smtp.adm-berceo.es", "192.0.2.36", "4gV7tI4jVez3U", to="propietarios-sananton14@adm-berceo.es")
    return message(h, text(body, cte="quoted-printable"))


@make.mail(N(37), family="event_registration", lang="es", interview=False, company=None,
           days=(("Wed", "2026-10-21"),),
           note="Trade-fair accreditation confirmation with opening hours; not an interview")
def m37():
    when = "2026-10-14 12:30"
    body = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <h2 style="color:#7a1f2b">Salón Rioja Export 2026</h2>
        <p>Hola Irene:</p>
        <p>Tu acreditación como <b>profesional visitante</b> está confirmada.</p>
        <p><b>Miércoles, 21 de octubre de 2026</b><br>
        De 10:00 a 19:00 · Palacio de Congresos, Logroño</p>
        <p>Código de acreditación: <b>SRE26-V-04821</b><br>
        Presenta el código QR del archivo adjunto en la entrada; la acreditación es personal e intransferible.</p>
        <p>Este año participan 142 bodegas y 60 compradores internacionales de 23 países.</p>
        <p>Organización Salón Rioja Export · info@salonriojaexport.es</p>
        </body></html>
        """)
    h = head(addr("Salón Rioja Export", "acreditaciones@salonriojaexport.es"),
             "Acreditación confirmada – Salón Rioja Export 2026", when, MAD, mid("m37", "salonriojaexport.es"),
             "mail.salonriojaexport.es", "192.0.2.37", "4gW8uJ5kWfz4V")
    return message(h, html(body, cte="base64"))


@make.mail(N(38), family="webinar", lang="es", interview=False, company=None,
           days=(("Thu", "2026-10-22"),),
           note="Zoom webinar registration (exporters' association, 'Exportar vino a México'); not an "
                "interview")
def m38():
    when = "2026-10-16 09:12"
    body = t("""
        Hola Irene Sáenz:

        Gracias por inscribirse en "Exportar vino a México: registro sanitario, etiquetado y canal".

        Fecha y hora: 22 oct 2026 05:00 p. m. Madrid

        Unirse desde un PC, Mac, iPad, iPhone o dispositivo Android:
        Haga clic aquí para unirse: https://us06web.zoom.us/w/86110274355?tk=Q1vX7bHkR2
        Código de acceso: 492716

        Añadir a Google Calendar | Añadir a Outlook Calendar (.ics) | Añadir a Yahoo Calendar

        Puede cancelar su inscripción en cualquier momento.

        Asociación Riojana de Exportadores de Vino
        """)
    h = head(addr("Asociación Riojana de Exportadores", "no-reply@zoom.us"),
             "Confirmación de Exportar vino a México: registro sanitario, etiquetado y canal", when, MAD,
             mid("m38", "zoom.us"), "mailout-05.zoom.us", "198.51.100.5", "4gX9vK6lXgz5W",
             extra=(("Reply-To", "formacion@arexvino.es"),))
    return message(h, alt(text(body), html(paras_html(body))))


@make.mail(N(39), family="application_receipt", lang="es", interview=False, company="Bodegas Arlanza Real",
           note="Job-board receipt of an application forwarded to the employer; nothing scheduled")
def m39():
    when = "2026-10-26 22:41"
    body = t("""
        Hola Irene:

        Tu candidatura a «Director/a de Exportación» en Bodegas Arlanza Real (Covarrubias, Burgos) se
        ha enviado correctamente.

        La selección la gestiona Talento Norte Consultores. Te avisaremos cuando la empresa vea tu CV
        o cambie el estado del proceso.

        Ver mis candidaturas: https://www.vinoempleo.es/mis-candidaturas

        Vinoempleo
        """)
    h = head(addr("Vinoempleo", "candidaturas@vinoempleo.es"),
             "Candidatura enviada: Director/a de Exportación – Bodegas Arlanza Real", when, MAD,
             mid("m39", "vinoempleo.es"), "mail2.vinoempleo.es", "192.0.2.26", "4hA0wL7mYhz6X")
    return message(h, alt(text(body), html(paras_html(body))))


@make.mail(N(40), family="application_receipt", lang="en", interview=False,
           company="Lindqvist Beverage Group",
           note="Taleo 'thank you for applying', HTML only; nothing scheduled")
def m40():
    when = "2026-10-28 04:17"
    body = t("""
        <html><body style="font-family:Tahoma,Arial,sans-serif;font-size:12px">
        <p>Dear Irene Saenz,</p>
        <p>Thank you for your interest in Lindqvist Beverage Group. This message confirms that we
        have received your application for <b>Category Buyer - Wines of Spain</b> (Job Number
        WIN-02617).</p>
        <p>Our Talent Acquisition team will review your qualifications. If your background matches our
        needs, a member of the team will contact you.</p>
        <p>You can check the status of your submission at any time in the
        <a href="https://lindqvistbeverage.taleo.net/careersection/ex/mysubmissions.ftl">Career Section</a>.</p>
        <p>Sincerely,<br>Lindqvist Beverage Group Talent Acquisition</p>
        <p style="font-size:10px;color:#666">This is an automated message; please do not reply.</p>
        </body></html>
        """)
    h = head(addr("Lindqvist Beverage Group", "do-not-reply@taleo.net"),
             "Lindqvist Beverage Group - Application Received", when, "Europe/Stockholm", mid("m40", "taleo.net"),
             "smtp-out3.taleo.net", "198.51.100.240", "4hB1xM8nZiz7Y")
    return message(h, html(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(41), family="platform_notification", lang="es", interview=False, company=None,
           note="Professional-network digest (profile views, suggested jobs); no time")
def m41():
    when = "2026-11-02 08:05"
    body = t("""
        Irene, tu perfil ha aparecido en 37 búsquedas esta semana

        Quién ha visto tu perfil:
        – Una persona de selección en Brightwater Search (Londres)
        – Director de Compras en una importadora de vinos de Ciudad de México
        – 4 personas más

        Empleos que podrían interesarte:
        – Export Manager LATAM · Grupo Viñaoro · Logroño
        – International Sales Executive · Kellerei Altmark · Remoto

        Ver todo: https://www.prored.es/me/estadisticas

        ProRed · Darse de baja de estos correos: https://www.prored.es/ajustes/notificaciones
        """)
    h = head(addr("ProRed", "notificaciones@prored.es"),
             "Irene, tu perfil ha aparecido en 37 búsquedas esta semana", when, MAD, mid("m41", "prored.es"),
             "mail-a12.prored.es", "192.0.2.141", "4hC2yN9oAjz8Z",
             extra=(("List-Unsubscribe", "<https://www.prored.es/ajustes/notificaciones>"),))
    return message(h, alt(text(body), html(paras_html(body))))


@make.mail(N(42), family="assessment_deadline", lang="es", interview=False, company="Viñedos de Alesón",
           days=(("Tue", "2026-10-13"),),
           note="Case study with a submission deadline after the first interview; a deadline, not an "
                "interview")
def m42():
    when = "2026-10-09 10:05"
    body = t("""
        Hola Irene,

        gracias de nuevo por la conversación del jueves. Como siguiente paso te proponemos un pequeño
        caso práctico: un plan de entrada en Polonia para nuestros dos crianzas, con canal, precios
        de salida y previsión de volumen a dos años.

        Puedes subir el documento (máximo 5 páginas) en el enlace de abajo antes del martes 13 de
        octubre a las 23:59:
        https://vinedosaleson.jobs.personio.com/submission/5c0e2f81

        Un saludo,
        Sara Medrano
        Viñedos de Alesón S.L.

        Este correo se ha enviado a través de Personio.
        """)
    h = head(addr("Viñedos de Alesón", "no-reply@mail.personio.de"), "Caso práctico – Coordinador/a de Exportación",
             when, MAD, mid("m42", "mail.personio.de"), "mail-eu-central-1b.personio.de", "198.51.100.77",
             "4gY0wO1pBkz9A",
             extra=(("Reply-To", addr("Sara Medrano", "sara.medrano@vinedosaleson.es")),))
    return message(h, alt(text(body, cte="base64"), html(paras_html(body), cte="base64")))


@make.mail(N(43), family="booking_receipt", lang="es", interview=False, company=None,
           days=(("Sat", "2026-10-10"),),
           note="Restaurant booking confirmation (personal); not an interview")
def m43():
    when = "2026-10-07 20:14"
    body = t("""
        ¡Tu reserva está confirmada!

        Casa Ugarte · C/ Laurel 9, Logroño
        Sábado, 10 de octubre de 2026 · 21:30
        4 personas · Nombre: Irene

        Si vas a llegar tarde o quieres cancelar, hazlo desde la app o en
        https://www.mesalista.es/reservas/R-7741203

        Mesa Lista
        """)
    h = head(addr("Mesa Lista", "reservas@mesalista.es"), "Reserva confirmada en Casa Ugarte", when, MAD,
             mid("m43", "mesalista.es"), "o7.mail.mesalista.es", "192.0.2.143", "4gZ1xP2qClz0B")
    return message(h, alt(text(body), html(paras_html(body))))


@make.mail(N(44), family="booking_receipt", lang="es", interview=False, company=None,
           days=(("Tue", "2026-09-15"),),
           note="Train ticket Logroño-Madrid (personal travel); not an interview")
def m44():
    when = "2026-09-10 23:02"
    body = t("""
        Billete de tren – Localizador: K7M4QZ

        Pasajera: IRENE SÁENZ MARTÍNEZ

        IDA · martes, 15/09/2026
        Logroño 07:05 → Madrid-Chamartín 10:22
        Tren 04132 · Coche 3 · Plaza 07A · Tarifa Básica

        Importe total: 42,60 €

        Presenta este correo o el código QR adjunto en el acceso al tren.

        Iberovía – Viajeros
        """)
    h = head(addr("Iberovía", "billetes@iberovia.es"), "Tu billete Logroño - Madrid-Chamartín (K7M4QZ)", when,
             MAD, mid("m44", "iberovia.es"), "smtp3.iberovia.es", "192.0.2.144", "4gA2yQ3rDmz1C")
    return message(h, alt(text(body, cte="8bit"), html(paras_html(body), cte="8bit")))


@make.mail(N(45), family="non_interview_calendar", lang="es", interview=False, company=None,
           days=(("Fri", "2026-11-06"),),
           note="Vet appointment reminder (personal, fixed time); not an interview")
def m45():
    when = "2026-11-03 17:45"
    body = t("""
        Hola Irene:

        Te recordamos la cita de Lúa (vacunación anual y revisión) el viernes 6 de noviembre a las
        18:00 en Clínica Veterinaria San Millán, Avda. de la Paz 51, Logroño.

        Trae su cartilla, por favor. Si no puedes venir, llámanos al 941 23 09 64.

        Un saludo,
        Clínica Veterinaria San Millán
        """)
    h = head(addr("Clínica Veterinaria San Millán", "citas@vetsanmillan.es", "iso-8859-1"),
             "Recordatorio: cita de Lúa el viernes 6 de noviembre", when, MAD, mid("m45", "vetsanmillan.es"),
             "smtp.vetsanmillan.es", "192.0.2.145", "4hH5zR4sEnz2D", charset="iso-8859-1")
    return message(h, text(body, charset="iso-8859-1", cte="8bit"))


@make.mail(N(46), family="non_interview_calendar", lang="es", interview=False, company=None,
           days=(("Sat", "2026-11-21"),),
           note="Google Calendar invitation from a friend (birthday dinner) with ICS; not an interview")
def m46():
    when = "2026-11-12 22:31"
    body = t(f"""
        Has recibido una invitación para el siguiente evento.

        Cena cumple Ane 🎂
        sábado, 21 de noviembre de 2026 ⋅ 21:00 – 23:30
        Zona horaria: Europe/Madrid
        Ubicación: Bar Soriano, Travesía de Laurel 2, Logroño

        ¡Que no se entere! Luego vamos de vinos por Laurel.

        Organizador
        ane.lopez.ibarra@example.com
        Invitados
        ane.lopez.ibarra@example.com - organizador
        {ME}
        maite.ruiz.75@example.com
        kepa.arrieta@example.com

        ¿Asistirás?  Sí - https://calendar.google.com/calendar/event?action=RESPOND&rst=1

        Invitación de Google Calendar: https://calendar.google.com/calendar/
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        @@VTZ@@
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Madrid:20261121T210000
        DTEND;TZID=Europe/Madrid:20261121T233000
        DTSTAMP:20261112T213100Z
        ORGANIZER;CN=ane.lopez.ibarra@example.com:mailto:ane.lopez.ibarra@example.com
        UID:1a2s3d4f5g6h7j8k9l0qwe@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
        DESCRIPTION:¡Que no se entere! Luego vamos de vinos por Laurel.
        LOCATION:Bar Soriano\\, Travesía de Laurel 2\\, Logroño
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Cena cumple Ane 🎂
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """).replace("@@VTZ@@", VTZ_MADRID)
    h = head(addr("Ane López", "ane.lopez.ibarra@example.com"),
             f"Invitación: Cena cumple Ane 🎂 @ sáb 21 nov 2026 21:00 - 23:30 (CET) ({ME})", when, MAD,
             "<calendar-0c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f@google.com>", "mail-sor-f65.google.com",
             "203.0.113.65", "4hJ6aS5tFoz3E",
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(h, alt(text(body, cte="base64"), html(paras_html(body)), calendar(ics, cte="base64")))


@make.mail(N(47), family="post_interview", lang="en", interview=False, company="Tidewater Imports",
           note="Post-interview 'we'll be in touch' reply on top of Irene's thank-you; no new time")
def m47():
    when = "2026-10-29 09:12"
    body = t("""
        Hi Irene,

        Thanks for the kind note - Marcus really enjoyed the conversation yesterday. He's meeting two
        more candidates next week and we'll come back to you with next steps by mid-November.

        Best,
        Grace

        On Wed, Oct 28, 2026 at 12:31 PM Irene Sáenz <irene.saenz@example.org> wrote:
        > Hi Grace,
        >
        > Thank you for arranging today's call with Marcus. I enjoyed hearing about the new Spanish
        > portfolio and I'm very keen to continue.
        >
        > Best regards,
        > Irene
        """)
    h = head(addr("Grace Kowalski", "grace.kowalski@tidewaterimports.com"), "Re: Thank you - today's call",
             when, NYC, mid("m47", "mail.gmail.com"), "mail-qk1-f180.google.com", "203.0.113.180",
             "4hK7bT6uGpz4F",
             extra=(("In-Reply-To", mid("m47-irene", "example.org")), ("References", mid("m47-irene", "example.org"))))
    return message(h, alt(text(body, cte="8bit"), html(gmail_html(body))))


@make.mail(N(48), family="scheduling_link", lang="es-MX", interview=False, company="Importadora Sierra Madre",
           note="Mexico City recruiter sends a Calendly link to book a first call; nothing booked yet")
def m48():
    when = "2026-10-27 11:02"
    body = t("""
        Hola Irene, ¿qué tal?

        Te escribo de Importadora Sierra Madre, en la Ciudad de México. Vimos tu perfil y nos late
        mucho para la gerencia de importación de vinos europeos que estamos abriendo.

        ¿Te late que platiquemos media hora? Aquí puedes escoger el horario que mejor te acomode (el
        calendario te muestra las horas en tu zona):
        https://calendly.com/rodrigo-trevino-sierramadre/llamada-inicial

        Saludos desde CDMX,

        Rodrigo Treviño
        Jefe de Reclutamiento
        Importadora Sierra Madre, S.A. de C.V.
        """)
    h = head(addr("Rodrigo Treviño", "rodrigo.trevino@sierramadrevinos.mx"),
             "Gerencia de Importación – Importadora Sierra Madre", when, MEX, mid("m48", "sierramadrevinos.mx"),
             "mail-yb1-f170.google.com", "203.0.113.170", "4hL8cU7vHqz5G")
    return message(h, alt(text(body, cte="quoted-printable"), html(gmail_html(body))))


@make.mail(N(49), family="account_created", lang="es", interview=False, company="Grupo Alimentario Cierzo",
           note="Workday candidate-account confirmation (before the interview invitation); no time")
def m49():
    when = "2026-09-18 21:36"
    body = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Estimada Irene Sáenz:</p>
        <p>Se ha creado correctamente su cuenta de candidato en el portal de empleo de Grupo Alimentario
        Cierzo, y hemos recibido su solicitud para <b>Export Area Manager – Vinos (R-0042217)</b>.</p>
        <p>Su nombre de usuario es: irene.saenz@example.org</p>
        <p>Puede acceder en cualquier momento a <a href="https://grupocierzo.wd3.myworkdayjobs.com/es-ES/Cierzo_Careers/login">su página de candidato</a>.</p>
        <p>Atentamente,<br>Departamento de Personas – Grupo Alimentario Cierzo</p>
        <p style="font-size:11px;color:#888">Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.</p>
        </body></html>
        """)
    h = head(addr("Grupo Cierzo", "grupocierzo@myworkday.com"), "Confirmación de su solicitud y cuenta de candidato",
             when, MAD, mid("m49", "myworkday.com"), "mail-out-e12.myworkday.com", "198.51.100.212",
             "4gB3dV8wIrz6H")
    return message(h, html(body, cte="base64"))


@make.mail(N(50), family="personal", lang="es", interview=False, company=None,
           note="Former colleague says a London company called him for references; no time")
def m50():
    when = "2026-12-01 20:47"
    body = t("""
        ¡Hola, Irene!

        Ayer me llamaron de Harcourt & Lisle, de Londres, para pedir referencias tuyas. Hablé con una
        tal Helen; le conté lo de la cuenta de Noruega y lo del lío de los palés en Felixstowe. Creo
        que iba todo muy bien encaminado 😉

        A ver si nos tomamos algo por la Laurel antes de Navidad y me cuentas.

        Un abrazo,
        Íker
        """)
    h = head(addr("Íker Salazar", "iker.salazar.ruiz@example.com"), "Referencias :)", when, MAD,
             "<CAH3n7Kp2Lq8rWx5vT0zYc4bJ9mD1sF6gA7e@mail.gmail.com>", "mail-lf1-f52.google.com",
             "203.0.113.52", "4hM9dW9xJsz7J")
    return message(h, alt(text(body, cte="8bit"), html(gmail_html(body))))
