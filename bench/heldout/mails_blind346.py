"""blind346: a blind 50-mail held-out set, the inbox of Álvaro Fernández, a pharma-plant maintenance
supervisor in León (Europe/Madrid), September to December 2026.

Written on 2026-11-26 by a helper session (Claude) that read only make.py, make_blind.py, the intro,
Mix, label-convention, trap and judgement-call parts of bench/heldout/README.md, the dev corpus
README, dev labels.json, dev_002.eml, dev_009.eml and score.py. It did not read the detector, its
tests, the other held-out mails or sets, and never ran the detector. Every mail below is written by
hand, one function per mail; make.py does the MIME plumbing and the label checks. Keys 1-23 are the
positives (16 scheduled, 4 rescheduled, 3 cancelled), 24-50 the negatives; the file numbers are a
fixed shuffle of the writing order. All companies and people are fictional.
"""

from __future__ import annotations

import random
from html import escape as esc

import make
from make import addr, alt, calendar, date, enc, gmail_html, html, mixed, t, text

ORDER = random.Random(3460346).sample(range(1, 51), 50)
SET = "blind346"


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "alvaro.fernandez@example.org"
ME2 = "alvaro.fdez@example.com"
ME_NAME = "Álvaro Fernández"
MAD = "Europe/Madrid"
DUB = "Europe/Dublin"
NY = "America/New_York"
LIM = "America/Lima"

VTZ_ROMANCE = make.VTZ["W. Europe Standard Time"].replace("W. Europe", "Romance")
VTZ_MADRID = make.VTZ["Europe/Paris"].replace("Europe/Paris", "Europe/Madrid")
VTZ_GMT = make.VTZ["GMT Standard Time"]
VTZ_DUBLIN = """BEGIN:VTIMEZONE
TZID:Europe/Dublin
X-LIC-LOCATION:Europe/Dublin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:IST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""
VTZ_SAPACIFIC = """BEGIN:VTIMEZONE
TZID:SA Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
END:STANDARD
END:VTIMEZONE"""


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, relay: tuple[str, str] | None = None,
         to: str | None = None, extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8",
         rcpt: str = ME) -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then the extra headers."""
    h: list[tuple[str, str]] = [("Delivered-To", rcpt)]
    if relay:
        h.append(("Received", make.received(relay[0], when, zone, relay[1], rcpt)))
    h += [("From", frm), ("To", to or addr(ME_NAME, ME)), ("Subject", enc(subject, charset)),
          ("Date", date(when, zone)), ("Message-ID", mid)]
    h += list(extra)
    return h


TEAMS_ES = """________________________________________________________________________________
Reunión de Microsoft Teams
Unirse desde el ordenador, la aplicación móvil o el dispositivo de sala
Haga clic aquí para unirse a la reunión<{link}>
Id. de reunión: {mid}
Código de acceso: {code}
Descargar Teams<https://www.microsoft.com/microsoft-teams/download-app> | Unirse en la web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""

TEAMS_EN = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<{link}>
Meeting ID: {mid}
Passcode: {code}
Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


# =========================================================================== positives: scheduled


@make.mail(N(1), family="workday", lang="es", interview=True, kind="scheduled",
           start="2026-09-17T08:00:00Z", end="2026-09-17T09:00:00Z",
           contact="marta.quiroga@galeniaiberica.es", company="Galenia Ibérica",
           local="Thu 2026-09-17 10:00", local_end="2026-09-17 11:00", zone=MAD,
           note="Workday confirmation (usted) from a myworkday.com notification address; jueves 17 de "
                "septiembre 10:00-11:00 hora peninsular, CEST (UTC+2) -> 08:00-09:00Z; contact = the "
                "recruiter named with her address in the body")
def m01() -> bytes:
    body = t("""
        Estimado Álvaro:

        Le confirmamos su entrevista para la posición Supervisor/a de Mantenimiento – Planta de
        Sólidos Orales (R-0004127).

        Fecha: jueves, 17 de septiembre de 2026
        Hora: 10:00 – 11:00 (hora peninsular española)
        Formato: videollamada por Microsoft Teams (recibirá el enlace en un correo aparte)
        Entrevistadores: Marta Quiroga (Talent Acquisition) y Ignacio Ruiz (Jefe de Ingeniería)

        Si necesita modificar la cita, responda a Marta Quiroga en marta.quiroga@galeniaiberica.es
        con al menos 24 horas de antelación.

        Puede consultar el estado de su candidatura en cualquier momento desde el portal de
        candidatos: https://galeniaiberica.wd3.myworkday.com/galenia/d/task/2997$4127.htmld

        Atentamente,
        Equipo de Selección de Galenia Ibérica

        Este mensaje se ha generado automáticamente. Por favor, no responda a esta dirección.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
        <table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td>
        <img src="https://galeniaiberica.wd3.myworkday.com/galenia/img/logo.png" alt="Galenia Ibérica" height="40">
        <p>Estimado Álvaro:</p>
        <p>Le confirmamos su entrevista para la posición <b>Supervisor/a de Mantenimiento – Planta de Sólidos Orales (R-0004127)</b>.</p>
        <table cellpadding="4" style="border:1px solid #ddd">
        <tr><td><b>Fecha</b></td><td>jueves, 17 de septiembre de 2026</td></tr>
        <tr><td><b>Hora</b></td><td>10:00 – 11:00 (hora peninsular española)</td></tr>
        <tr><td><b>Formato</b></td><td>videollamada por Microsoft Teams (recibirá el enlace en un correo aparte)</td></tr>
        <tr><td><b>Entrevistadores</b></td><td>Marta Quiroga (Talent Acquisition) y Ignacio Ruiz (Jefe de Ingeniería)</td></tr>
        </table>
        <p>Si necesita modificar la cita, responda a Marta Quiroga en <a href="mailto:marta.quiroga@galeniaiberica.es">marta.quiroga@galeniaiberica.es</a> con al menos 24 horas de antelación.</p>
        <p><a href="https://galeniaiberica.wd3.myworkday.com/galenia/d/task/2997$4127.htmld">Ver mi candidatura</a></p>
        <p>Atentamente,<br>Equipo de Selección de Galenia Ibérica</p>
        <p style="font-size:11px;color:#888">Este mensaje se ha generado automáticamente. Por favor, no responda a esta dirección.</p>
        </td></tr></table></body></html>
        """)
    h = head(addr("Galenia Ibérica", "galeniaiberica@myworkday.com"),
             "Confirmación de entrevista: Supervisor/a de Mantenimiento (R-0004127)",
             "2026-09-11 13:42:10", MAD, "<1876524003.31337.1789126930212@wd3-prod-notif-07.myworkday.com>",
             relay=("from wd3-prod-notif-07.myworkday.com (wd3-prod-notif-07.myworkday.com [198.51.100.17])",
                    "mx.example.org with ESMTPS id 4b7Kq2Xz1Lz9"))
    return make.message(h, alt(text(body), html(page)))


@make.mail(N(2), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-10-08T08:30:00Z", end="2026-10-08T09:15:00Z",
           contact="niamh.gallagher@halvorsenbio.ie", company="Halvorsen Biologics",
           local="Thu 2026-10-08 09:30", local_end="2026-10-08 10:15", zone=DUB,
           note="Greenhouse confirmation from Dublin: 9:30-10:15 IST = Irish Standard Time (UTC+1 in "
                "October, not India) -> 08:30-09:15Z, which the body also gives as 10:30 CEST for the "
                "candidate; contact = Reply-To recruiter")
def m02() -> bytes:
    body = t("""
        Hi Álvaro,

        Thanks for sending over your availability. Your first-round interview for the Maintenance
        Supervisor (Fill & Finish) role at our Dublin site is confirmed:

        Thursday, October 8, 2026
        9:30 AM - 10:15 AM IST (Irish Standard Time) - that's 10:30 AM CEST for you in León
        Video call (Microsoft Teams) - the joining link will come in a separate calendar invite

        You'll be speaking with:
        Niamh Gallagher - Talent Partner
        Declan Moriarty - Maintenance & Engineering Lead

        We'll mostly talk through your experience with GMP maintenance, CMMS and shutdown planning.
        There's nothing to prepare beyond that.

        If anything changes, just reply to this email.

        Best regards,
        Niamh

        Halvorsen Biologics | Grange Castle Business Park, Dublin 22
        """)
    page = "<html><body>" + "".join(
        f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    h = head(addr("Halvorsen Biologics", "no-reply@us.greenhouse-mail.io"),
             "Interview confirmation - Maintenance Supervisor (Fill & Finish)",
             "2026-10-02 15:07:44", DUB, "<gh.0c41d2.8b17aa2e6f.20261002140744@us.greenhouse-mail.io>",
             relay=("from o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [203.0.113.40])",
                    "mx.example.org with ESMTPS id 7cQm1Rr0Vx2B"),
             extra=(("Reply-To", "Niamh Gallagher <niamh.gallagher@halvorsenbio.ie>"),))
    return make.message(h, alt(text(body, cte="quoted-printable"), html(page)))


@make.mail(N(3), family="outlook_calendar", lang="es", interview=True, kind="scheduled",
           start="2026-10-27T09:00:00Z", end="2026-10-27T10:30:00Z",
           contact="jorge.salvador@esterilnorte.es", company="Estéril Norte",
           local="Tue 2026-10-27 10:00", local_end="2026-10-27 11:30", zone=MAD,
           note="Exchange meeting request sent in CEST (21 Oct) for Tuesday 27 Oct, after Europe's "
                "return to CET on 25 Oct: 10:00-11:30 Romance Standard Time = UTC+1 -> 09:00-10:30Z; "
                "contact = human ORGANIZER/sender")
def m03() -> bytes:
    teams = TEAMS_ES.format(link="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzM5ZTQ2%40thread.v2/0",
                            mid="362 118 904 557", code="xR7bF2")
    body = t("""
        Hola Álvaro:

        Como hablamos por teléfono, te envío la convocatoria para la entrevista con el equipo de
        ingeniería. Estaremos Paloma Gil (Calidad) y yo. Dura hora y media: la primera parte
        técnica y la última media hora con RR. HH.

        Un saludo,
        Jorge Salvador Peña
        Director de Ingeniería y Mantenimiento · Estéril Norte S.L.
        Polígono de Villalonquéjar, Burgos

        """) + teams
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Jorge Salvador Peña:mailto:jorge.salvador@esterilnorte.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Álvaro Fernández:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Paloma Gil:mailto:paloma.gil@esterilnorte.es
DESCRIPTION;LANGUAGE=es-ES:Hola Álvaro:\\n\\nComo hablamos por teléfono\\, te envío la convocatoria para la entrevista con el equipo de ingeniería.\\n
UID:040000008200E00074C5B7101A82E00800000000A0F1C3E52A61DC01000000000000000010000000D1F6
SUMMARY;LANGUAGE=es-ES:Entrevista Supervisor de Mantenimiento – Álvaro Fernández
DTSTART;TZID=Romance Standard Time:20261027T100000
DTEND;TZID=Romance Standard Time:20261027T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261021T073512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2121846932
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
    h = head(addr("Jorge Salvador Peña", "jorge.salvador@esterilnorte.es"),
             "Entrevista Supervisor de Mantenimiento – Álvaro Fernández",
             "2026-10-21 09:35:12", MAD, "<DB9PR04MB8412C3A1E5F0B7D2A44E19C1D9A52@DB9PR04MB8412.eurprd04.prod.outlook.com>",
             relay=("from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2101.outbound.protection.outlook.com [40.107.20.101])",
                    "mx.example.org with ESMTPS id 1pXw8Lk3Tz0R"),
             extra=(("Thread-Topic", enc("Entrevista Supervisor de Mantenimiento – Álvaro Fernández")),
                    ("Thread-Index", "AdtDkz7R2Xc1u8KqQm+6f3WQ0Ynxlg=="),
                    ("Content-Language", "es-ES"),
                    ("X-MS-Has-Attach", ""),
                    ("X-MS-TNEF-Correlator", "")))
    return make.message(h, alt(text(body), calendar(ics, cte="base64")))


@make.mail(N(4), family="human_prose", lang="es", interview=True, kind="scheduled",
           start="2026-09-24T07:30:00Z", end=None,
           contact="lucia.prieto@talentia-industrial.es", company="Biocastilla Pharma",
           local="Thu 2026-09-24 09:30", zone=MAD,
           note="Agency recruiter (tú) confirms 'el jueves a las 9:30' at the client's plant; 'jueves' "
                "resolved against the Date (Mon 21 Sep) -> Thu 24 Sep, CEST -> 07:30Z; 'aproximadamente "
                "una hora' -> end null; company = the hiring client, contact = the agency sender")
def m04() -> bytes:
    body = t("""
        Hola Álvaro,

        ¡Buenas noticias! Biocastilla Pharma quiere conocerte. Te confirmo la entrevista para el
        jueves a las 9:30 en su planta de Valladolid (Parque Tecnológico de Boecillo, edificio 4).
        Pregunta en recepción por Andrés Peñalba, el responsable de mantenimiento, que será quien
        te entreviste junto con alguien de RR. HH.

        Durará aproximadamente una hora. Llévate el DNI porque te harán pasar por control de
        acceso, y si puedes, un par de ejemplos de planes de mantenimiento preventivo que hayas
        montado (sin datos confidenciales, claro).

        Llámame al salir y me cuentas qué tal.

        Un abrazo,

        Lucía Prieto
        Consultora Senior – División Industrial
        Talentia Industrial · C/ Ordoño II 27, 24001 León
        T. 987 00 12 34 · M. 600 11 22 33
        """)
    h = head(addr("Lucía Prieto", "lucia.prieto@talentia-industrial.es"),
             "Entrevista Biocastilla Pharma - confirmada",
             "2026-09-21 18:40:05", MAD, "<CAF7x9q+Hn2bL0kWz3pPq1v2YwR8mT5@mail.gmail.com>",
             relay=("from mail-ed1-f52.google.com (mail-ed1-f52.google.com [209.85.208.52])",
                    "mx.example.org with ESMTPS id 9dKp0Qa2Vw3C"))
    return make.message(h, alt(text(body, cte="8bit"), html(gmail_html(body))))


@make.mail(N(5), family="teamtailor", lang="es", interview=True, kind="scheduled",
           start="2026-09-30T10:00:00Z", end="2026-09-30T10:45:00Z",
           contact="irene.solana@gfcantabrico.es", company="Grupo Farmacéutico Cantábrico",
           local="Wed 2026-09-30 12:00", local_end="2026-09-30 12:45", zone=MAD,
           note="Teamtailor confirmation in Spanish with invite.ics (TZID Europe/Madrid); 12:00-12:45 "
                "CEST -> 10:00-10:45Z; contact = Reply-To recruiter")
def m05() -> bytes:
    body = t("""
        Hola Álvaro,

        ¡Gracias por reservar tu entrevista! Aquí tienes los detalles:

        Técnico/a Responsable de Mantenimiento – Planta de Solares (Cantabria)
        Miércoles, 30 de septiembre de 2026, 12:00 – 12:45 (CEST, Madrid)
        Videollamada: https://meet.teamtailor.com/gfc/abx-71q-3kd

        Te entrevistará Irene Solana, de nuestro equipo de Personas.

        Hemos añadido una invitación de calendario a este correo. Si necesitas cambiar la hora,
        responde a este mensaje.

        Un saludo,
        Grupo Farmacéutico Cantábrico

        --
        Enviado con Teamtailor · Gestiona tus datos: https://gfcantabrico.teamtailor.com/connect
        """)
    page = t("""
        <!doctype html><html><body style="margin:0;background:#f4f4f5">
        <div style="max-width:560px;margin:24px auto;background:#fff;padding:32px;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#18181b">
        <p>Hola Álvaro,</p>
        <p>¡Gracias por reservar tu entrevista! Aquí tienes los detalles:</p>
        <p style="font-weight:600;margin-bottom:4px">Técnico/a Responsable de Mantenimiento – Planta de Solares (Cantabria)</p>
        <p style="margin-top:0">Miércoles, 30 de septiembre de 2026, 12:00 – 12:45 (CEST, Madrid)<br>
        Videollamada: <a href="https://meet.teamtailor.com/gfc/abx-71q-3kd">unirse</a></p>
        <p>Te entrevistará Irene Solana, de nuestro equipo de Personas.</p>
        <p>Hemos añadido una invitación de calendario a este correo. Si necesitas cambiar la hora, responde a este mensaje.</p>
        <p>Un saludo,<br>Grupo Farmacéutico Cantábrico</p>
        <p style="font-size:12px;color:#71717a">Enviado con Teamtailor · <a href="https://gfcantabrico.teamtailor.com/connect">Gestiona tus datos</a></p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interviews//EN
METHOD:REQUEST
{VTZ_MADRID}
BEGIN:VEVENT
UID:tt-interview-5518207@teamtailor.com
DTSTAMP:20260924T081955Z
DTSTART;TZID=Europe/Madrid:20260930T120000
DTEND;TZID=Europe/Madrid:20260930T124500
SUMMARY:Entrevista: Técnico/a Responsable de Mantenimiento – Grupo Farmacéutico Cantábrico
LOCATION:https://meet.teamtailor.com/gfc/abx-71q-3kd
ORGANIZER;CN=Irene Solana:mailto:irene.solana@gfcantabrico.es
ATTENDEE;CN=Álvaro Fernández;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Grupo Farmacéutico Cantábrico", "no-reply@gfcantabrico.teamtailor-mail.com"),
             "Tu entrevista con Grupo Farmacéutico Cantábrico está confirmada",
             "2026-09-24 10:19:55", MAD, "<6f1b2c0e-44aa-4d0e-9a3f-2d5b71c8e0a1@gfcantabrico.teamtailor-mail.com>",
             relay=("from m47-112.mailgun.net (m47-112.mailgun.net [198.51.100.112])",
                    "mx.example.org with ESMTPS id 2nVb7Hc5Ke8D"),
             extra=(("Reply-To", "Irene Solana <irene.solana@gfcantabrico.es>"),))
    return make.message(h, mixed(alt(text(body), html(page)),
                                 calendar(ics, cte="base64", filename="invite.ics", disposition="attachment",
                                          name_param=True)))


@make.mail(N(6), family="personio", lang="es", interview=True, kind="scheduled",
           start="2026-10-16T14:00:00Z", end="2026-10-16T15:00:00Z",
           contact="sergio.blanco@vitalisbiotech.es", company="Vitalis Biotech Iberia",
           local="Fri 2026-10-16 16:00", local_end="2026-10-16 17:00", zone=MAD,
           note="Personio invitation, HTML only (base64): viernes 16 de octubre 16:00-17:00 (Madrid, "
                "CEST) -> 14:00-15:00Z; no Reply-To, contact = the recruiter's address in the body")
def m06() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="es"><head><meta charset="utf-8"><title>Entrevista</title></head>
        <body style="font-family:'Helvetica Neue',Arial,sans-serif;background:#f7f7f7;margin:0;padding:0">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="580" cellpadding="24" cellspacing="0" style="background:#ffffff">
        <tr><td>
        <h2 style="font-weight:500">Confirmación de tu entrevista</h2>
        <p>Hola Álvaro:</p>
        <p>Nos alegra confirmarte la entrevista para el puesto <strong>Maintenance Supervisor – Planta de Alcalá de Henares</strong>.</p>
        <p><strong>Cuándo:</strong> viernes, 16.10.2026, 16:00 - 17:00 (Europe/Madrid)<br>
        <strong>Dónde:</strong> Google Meet – <a href="https://meet.google.com/vbq-ertz-kpd">meet.google.com/vbq-ertz-kpd</a><br>
        <strong>Con:</strong> Sergio Blanco (People &amp; Culture), Laura Esteban (Site Engineering Manager)</p>
        <p>Para cualquier duda puedes escribir a Sergio Blanco: <a href="mailto:sergio.blanco@vitalisbiotech.es">sergio.blanco@vitalisbiotech.es</a></p>
        <p>¡Mucha suerte!<br>Vitalis Biotech Iberia S.L.</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:11px;color:#999">Este correo se ha enviado a través de Personio. Información sobre protección de datos: <a href="https://vitalisbiotech.jobs.personio.de/privacy-policy">política de privacidad</a>.</p>
        </td></tr></table>
        </td></tr></table></body></html>
        """)
    h = head(addr("Vitalis Biotech Iberia S.L.", "no-reply@mail.personio.de"),
             "Invitación a entrevista: Maintenance Supervisor – Planta de Alcalá de Henares",
             "2026-10-12 11:03:27", MAD, "<20261012090327.a6c2d9e41f3b@mail.personio.de>",
             relay=("from mail.personio.de (mail.personio.de [192.0.2.71])",
                    "mx.example.org with ESMTPS id 5sLr3Wd8Mn1F"))
    return make.message(h, html(page, cte="base64"))


@make.mail(N(7), family="human_prose", lang="es-PE", interview=True, kind="scheduled",
           start="2026-11-10T15:00:00Z", end="2026-11-10T15:45:00Z",
           contact="rhuaman@rimacandina.com.pe", company="Laboratorios Rímac Andina",
           local="Tue 2026-11-10 10:00", local_end="2026-11-10 10:45", zone=LIM,
           note="Recruiter in Lima (usted), iso-8859-1 QP: martes 10 de noviembre 10:00 a.m. hora de "
                "Lima (UTC-5, no DST) -> 15:00Z, 45 minutos -> 15:45Z; the body's '16:00 en España' "
                "agrees (CET in November)")
def m07() -> bytes:
    body = t("""
        Estimado Álvaro, buenos días:

        Por medio del presente le confirmo la entrevista por videollamada para el puesto de Jefe de
        Mantenimiento de nuestra planta de Lurín, según lo conversado ayer por teléfono.

        Fecha: martes 10 de noviembre
        Hora: 10:00 a.m. (hora de Lima), que para usted en España serán las 16:00
        Duración: 45 minutos
        Plataforma: Microsoft Teams (le llegará la invitación desde el correo del Ing. Castañeda)

        Participarán el Ing. Julio Castañeda, Gerente de Planta, y quien le escribe.

        Le agradeceré confirmar la recepción del presente correo.

        Atentamente,

        Rosa Huamán Quispe
        Jefa de Selección y Desarrollo
        Laboratorios Rímac Andina S.A.C.
        Av. Industrial 1450, Lurín – Lima, Perú
        rhuaman@rimacandina.com.pe
        """)
    h = head(addr("Rosa Huaman Quispe", "rhuaman@rimacandina.com.pe"),
             "Confirmación de entrevista - Jefe de Mantenimiento",
             "2026-11-03 09:12:40", LIM, "<000b01db4d8f$3e2a1c50$ba7e54f0$@rimacandina.com.pe>",
             relay=("from mail.rimacandina.com.pe (mail.rimacandina.com.pe [203.0.113.201])",
                    "mx.example.org with ESMTPS id 8eTy4Jh6Pq0G"),
             extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "es-pe")))
    return make.message(h, text(body.replace("–", "-"), charset="iso-8859-1"))


@make.mail(N(8), family="lever", lang="en", interview=True, kind="scheduled",
           start="2026-11-03T15:00:00Z", end="2026-11-03T16:00:00Z",
           contact="kayla.brennan@meridanepharma.com", company="Meridane Pharma",
           local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone=NY,
           note="Lever confirmation sent Wed 28 Oct in EDT for Tue 3 Nov, after the US return to EST on "
                "1 Nov: 10:00-11:00 AM ET = UTC-5 -> 15:00-16:00Z (4 PM CET for the candidate); "
                "contact = Reply-To")
def m08() -> bytes:
    body = t("""
        Hi Álvaro,

        You're confirmed for your interview with Meridane Pharma! Here are the details:

        Role: Maintenance Supervisor, EU Packaging Site (Remote-first, León-based OK)
        When: Tuesday, November 3, 2026 at 10:00 AM - 11:00 AM Eastern Time (US & Canada)
        Where: Zoom - https://meridanepharma.zoom.us/j/84120937715?pwd=Qm5hV0xRZ3dt
        Interviewers: Kayla Brennan (Senior Recruiter), Tom Haverford (Director, Global Engineering)

        Please make sure you can join from a quiet place with a stable connection. If you need to
        reschedule, reply to this email and Kayla will get back to you.

        Good luck!
        The Meridane Pharma Recruiting Team

        Powered by Lever
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5">
        <p>Hi Álvaro,</p>
        <p>You're confirmed for your interview with Meridane Pharma! Here are the details:</p>
        <ul>
        <li><b>Role:</b> Maintenance Supervisor, EU Packaging Site (Remote-first, León-based OK)</li>
        <li><b>When:</b> Tuesday, November 3, 2026 at 10:00 AM - 11:00 AM Eastern Time (US &amp; Canada)</li>
        <li><b>Where:</b> Zoom - <a href="https://meridanepharma.zoom.us/j/84120937715?pwd=Qm5hV0xRZ3dt">https://meridanepharma.zoom.us/j/84120937715</a></li>
        <li><b>Interviewers:</b> Kayla Brennan (Senior Recruiter), Tom Haverford (Director, Global Engineering)</li>
        </ul>
        <p>Please make sure you can join from a quiet place with a stable connection. If you need to reschedule, reply to this email and Kayla will get back to you.</p>
        <p>Good luck!<br>The Meridane Pharma Recruiting Team</p>
        <p style="color:#999;font-size:12px">Powered by Lever</p>
        </body></html>
        """)
    h = head(addr("Meridane Pharma", "no-reply@hire.lever.co"),
             "Interview Confirmation: Maintenance Supervisor, EU Packaging Site",
             "2026-10-28 11:20:31", NY, "<0100019a2b7c5e11-6d2f0b8a-1c4e-4d77-b0a2-3c9e51f7d204-000000@email.amazonses.com>",
             relay=("from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])",
                    "mx.example.org with ESMTPS id 3rFh6Ng1Yc4H"),
             extra=(("Reply-To", "Kayla Brennan <kayla.brennan@meridanepharma.com>"),))
    return make.message(h, alt(text(body), html(page)))


@make.mail(N(9), family="calendly", lang="es", interview=True, kind="scheduled",
           start="2026-11-16T08:00:00Z", end="2026-11-16T08:30:00Z",
           contact="pablo.rioseco@braxtonseleccion.com", company="Braxton Selección",
           local="Mon 2026-11-16 09:00", local_end="2026-11-16 09:30", zone=MAD,
           note="Calendly invitee confirmation in Spanish (the candidate booked the agency's screening "
                "call): lunes 16 de noviembre 09:00-09:30 'Hora de Europa central' (CET) -> 08:00-08:30Z; "
                "contact = Reply-To host; company = the agency, the client is not named")
def m09() -> bytes:
    body = t("""
        Hola Álvaro Fernández:

        Se ha programado un nuevo evento.

        Evento:
        Entrevista inicial – 30 minutos

        Invitado:
        Pablo Rioseco (Braxton Selección)

        Fecha/hora del evento:
        09:00 - 09:30, lunes, 16 de noviembre de 2026 (Hora de Europa central)

        Ubicación:
        Llamada telefónica: Pablo te llamará al +34 600 44 55 66

        Preguntas:
        Puesto que te interesa: Jefe/a de Mantenimiento – laboratorio farmacéutico (Burgos)

        Ver evento en Calendly: https://calendly.com/events/8c0e9e7a-11d4-4f0b-a3e5-2a61b0c7de90

        ¿Necesitas hacer cambios en este evento?
        Cancelar: https://calendly.com/cancellations/8c0e9e7a-11d4-4f0b-a3e5-2a61b0c7de90
        Reprogramar: https://calendly.com/reschedulings/8c0e9e7a-11d4-4f0b-a3e5-2a61b0c7de90

        Con la tecnología de Calendly.com
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif\">" + "".join(
        f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    h = head(addr("Calendly", "notifications@calendly.com"),
             "Confirmado: Entrevista inicial – 30 minutos con Pablo Rioseco el lunes, 16 de noviembre de 2026",
             "2026-11-13 17:26:02", MAD, "<6931f2c0b8a1e_2b7f3c1e9d44a1837@calendly-mailer-5b8d.mail>",
             relay=("from o1678.calendly.com (o1678.calendly.com [198.51.100.167])",
                    "mx.example.org with ESMTPS id 6uPa2Xe5Lr3J"),
             extra=(("Reply-To", "Pablo Rioseco <pablo.rioseco@braxtonseleccion.com>"),))
    return make.message(h, alt(text(body), html(page)))


@make.mail(N(10), family="ms_bookings", lang="es", interview=True, kind="scheduled",
           start="2026-09-22T09:00:00Z", end="2026-09-22T09:30:00Z",
           contact=None, company="Laboratorios Órbigo",
           local="Tue 2026-09-22 11:00", local_end="2026-09-22 11:30", zone=MAD,
           note="Microsoft Bookings from a shared booking mailbox; the body's zone label reads "
                "'(UTC+01:00) Bruselas, Copenhague, Madrid, París' although 22 Sep is CEST: 11:00-11:30 "
                "-> 09:00-09:30Z, which the ICS (Romance Standard Time) confirms; staff name only, no "
                "personal address -> contact null")
def m10() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#201f1e">
        <div style="font-size:20px;padding:12px 0">Su reserva se ha confirmado</div>
        <div>Hola, Álvaro Fernández:</div>
        <div style="padding-top:8px">Gracias por reservar con <b>Laboratorios Órbigo – Selección</b>. Se ha confirmado su reserva.</div>
        <table style="padding-top:12px">
        <tr><td style="color:#605e5c">Servicio</td><td>Entrevista telefónica – Supervisor de Mantenimiento</td></tr>
        <tr><td style="color:#605e5c">Fecha y hora</td><td>martes, 22 de septiembre de 2026 11:00 - 11:30 (UTC+01:00) Bruselas, Copenhague, Madrid, París</td></tr>
        <tr><td style="color:#605e5c">Miembro del personal</td><td>Beatriz Llamas</td></tr>
        <tr><td style="color:#605e5c">Ubicación</td><td>Le llamaremos al número que ha facilitado</td></tr>
        </table>
        <div style="padding-top:12px">Agregue la reserva a su calendario con el archivo adjunto.</div>
        <div style="padding-top:12px"><a href="https://outlook.office365.com/owa/calendar/SeleccionLabOrbigo@laboratoriosorbigo.onmicrosoft.com/bookings/">Administrar reserva</a></div>
        <div style="padding-top:24px;font-size:12px;color:#605e5c">Con tecnología de Microsoft Bookings</div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Laboratorios Órbigo – Selección:mailto:SeleccionLabOrbigo@laboratoriosorbigo.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Álvaro Fernández:mailto:{ME}
DESCRIPTION;LANGUAGE=es-ES:Entrevista telefónica – Supervisor de Mantenimiento\\nMiembro del personal: Beatriz Llamas\\n
UID:040000008200E00074C5B7101A82E0080000000071A2D5F4B149DC01000000000000000010000000A3B8
SUMMARY;LANGUAGE=es-ES:Entrevista telefónica – Supervisor de Mantenimiento
DTSTART;TZID=Romance Standard Time:20260922T110000
DTEND;TZID=Romance Standard Time:20260922T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260916T064818Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Llamada telefónica
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Laboratorios Órbigo – Selección", "SeleccionLabOrbigo@laboratoriosorbigo.onmicrosoft.com"),
             "Reserva confirmada: Entrevista telefónica – Supervisor de Mantenimiento",
             "2026-09-16 08:48:18", MAD, "<AM6PR10MB2917E1B0C5F87A0D4C3B2A19E8F41@AM6PR10MB2917.EURPRD10.PROD.OUTLOOK.COM>",
             relay=("from EUR04-HE1-obe.outbound.protection.outlook.com (mail-he1eur04on2072.outbound.protection.outlook.com [40.107.7.72])",
                    "mx.example.org with ESMTPS id 0vQb8Yf6Ms4K"),
             extra=(("Content-Language", "es-ES"),))
    return make.message(h, mixed(html(page, cte="base64"),
                                 calendar(ics, method=None, cte="base64", filename="invite.ics",
                                          disposition="attachment", name_param=True)))


@make.mail(N(11), family="google_calendar", lang="es", interview=True, kind="scheduled",
           start="2026-11-12T10:00:00Z", end="2026-11-12T11:00:00Z",
           contact="hector.vidal@labpisuerga.es", company="Laboratorios Pisuerga",
           local="Thu 2026-11-12 11:00", local_end="2026-11-12 12:00", zone=MAD,
           note="Google Calendar invitation, Spanish UI: 'jue 12 nov 2026 11:00 - 12:00 (hora "
                "estándar de Europa central)' -> CET -> 10:00-11:00Z; ICS TZID Europe/Madrid; "
                "contact = organizer (From / Reply-To)")
def m11() -> bytes:
    body = t(f"""
        Has recibido una invitación para el siguiente evento.

        Entrevista técnica – Responsable de Mantenimiento (Álvaro Fernández)
        Cuándo
        jueves, 12 nov 2026 11:00 – 12:00 (hora estándar de Europa central) - Madrid

        Unirse con Google Meet
        meet.google.com/hsk-pqwx-zud

        Invitados
        Héctor Vidal - organizador
        Nerea Ordás
        {ME}

        Ver todos los detalles de los invitados https://calendar.google.com/calendar/event?action=VIEW&eid=NWs0dDJmMmVvYTdxMmNmZHM

        ¿Vas a asistir?
        Sí https://calendar.google.com/calendar/event?action=RESPOND&rst=1&eid=NWs0dDJmMmVvYTdxMmNmZHM
        No https://calendar.google.com/calendar/event?action=RESPOND&rst=2&eid=NWs0dDJmMmVvYTdxMmNmZHM
        Quizás https://calendar.google.com/calendar/event?action=RESPOND&rst=3&eid=NWs0dDJmMmVvYTdxMmNmZHM

        Invitación de Google Calendar https://calendar.google.com/calendar/

        Has recibido este correo electrónico porque eres un invitado del evento. Para dejar de
        recibir actualizaciones de este evento, rechaza la invitación.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20261112T110000
DTEND;TZID=Europe/Madrid:20261112T120000
DTSTAMP:20261105T121503Z
ORGANIZER;CN=Héctor Vidal:mailto:hector.vidal@labpisuerga.es
UID:5k4t2f2eoa7q2cfds0l3b9v1mg@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Héctor Vidal;X-NUM-GUESTS=0:mailto:hector.vidal@labpisuerga.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nerea Ordás;X-NUM-GUESTS=0:mailto:nerea.ordas@labpisuerga.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
X-GOOGLE-CONFERENCE:https://meet.google.com/hsk-pqwx-zud
CREATED:20261105T121502Z
DESCRIPTION:Segunda entrevista\\, parte técnica. Tendremos delante el P&ID de la línea de liofilización.
LAST-MODIFIED:20261105T121502Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista técnica – Responsable de Mantenimiento (Álvaro Fernández)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Héctor Vidal", "hector.vidal@labpisuerga.es"),
             "Invitación: Entrevista técnica – Responsable de Mantenimiento (Álvaro Fernández) @ jue 12 nov 2026 11:00 - 12:00 (CET) (alvaro.fernandez@example.org)",
             "2026-11-05 13:15:03", MAD, "<calendar-2b0a9e5c-71d3-4f6e-8a41-0c9f3e7d5b12@google.com>",
             relay=("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
                    "mx.example.org with ESMTPS id 4wRc9Zg7Nt5L"),
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                    ("Reply-To", "hector.vidal@labpisuerga.es")))
    return make.message(h, mixed(alt(text(body), calendar(ics, cte="base64")),
                                 calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                          filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(12), family="reply_quoted", lang="es", interview=True, kind="scheduled",
           start="2026-10-06T10:00:00Z", end=None,
           contact="carmen.alonso@bioquimicabierzo.es", company="Bioquímica del Bierzo",
           local="Tue 2026-10-06 12:00", zone=MAD,
           note="HR manager's short reply (usted) on top of the quoted thread closes the slot the "
                "candidate accepted: martes 6 de octubre 12:00 on site in Ponferrada, CEST -> 10:00Z; "
                "no duration -> end null; contact = human sender")
def m12() -> bytes:
    body = t("""
        Perfecto, Álvaro. Queda confirmada entonces: martes 6 de octubre a las 12:00 en nuestras
        instalaciones del Polígono del Bayo (Ponferrada). Pregunte por mí en recepción; tendrá que
        dejar el DNI para la tarjeta de visitante.

        Un saludo cordial,

        Carmen Alonso Feo
        Responsable de Recursos Humanos
        Bioquímica del Bierzo, S.A.
        Tel. 987 40 12 00

        El mié, 30 sept 2026 a las 10:02, Álvaro Fernández (<alvaro.fernandez@example.org>) escribió:
        > Buenos días, Carmen:
        >
        > Muchas gracias. Me viene muy bien el martes 6 a las 12:00.
        >
        > Un saludo,
        > Álvaro
        >
        > El mar, 29 sept 2026 a las 17:31, Carmen Alonso Feo (<carmen.alonso@bioquimicabierzo.es>) escribió:
        >> Estimado Álvaro:
        >>
        >> Tras revisar su candidatura nos gustaría conocerle en persona. ¿Le vendría bien el
        >> martes 6 de octubre a las 12:00 o el jueves 8 a las 9:00?
        >>
        >> Un saludo,
        >> Carmen Alonso Feo
        """)
    h = head(addr("Carmen Alonso Feo", "carmen.alonso@bioquimicabierzo.es"),
             "Re: Proceso de selección Supervisor de Mantenimiento",
             "2026-09-30 11:48:37", MAD, "<VI1PR06MB6384B5D2A0F8E8C1B39F7A2ED4C62@VI1PR06MB6384.eurprd06.prod.outlook.com>",
             relay=("from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2119.outbound.protection.outlook.com [40.107.2.119])",
                    "mx.example.org with ESMTPS id 5xSd0Ah8Ou6M"),
             extra=(("In-Reply-To", "<CAJp8Xr2oT+Vb4nKq6dE1mFhYz9w@mail.gmail.com>"),
                    ("References", "<VI1PR06MB63840C7E1A9D3F2B5E84C1B6D4A11@VI1PR06MB6384.eurprd06.prod.outlook.com> <CAJp8Xr2oT+Vb4nKq6dE1mFhYz9w@mail.gmail.com>")))
    return make.message(h, text(body, charset="windows-1252"))


@make.mail(N(13), family="forwarded", lang="es", interview=True, kind="scheduled",
           start="2026-10-22T15:00:00Z", end="2026-10-22T16:00:00Z",
           contact="raul.mayo@laboratoriosesla.es", company="Laboratorios Esla",
           local="Thu 2026-10-22 17:00", local_end="2026-10-22 18:00", zone=MAD,
           note="The candidate forwards (Gmail, Spanish UI) a confirmation from his other address to "
                "this inbox: jueves 22 de octubre 17:00-18:00, still CEST -> 15:00-16:00Z; contact = "
                "the human in the forwarded header, never the candidate")
def m13() -> bytes:
    body = t(f"""
        Para tenerlo en este correo.

        ---------- Forwarded message ---------
        De: Raúl Mayo <raul.mayo@laboratoriosesla.es>
        Date: lun, 19 oct 2026 a las 13:05
        Subject: Entrevista – Supervisor de Mantenimiento turno de noche
        To: Álvaro Fernández <{ME2}>


        Hola Álvaro:

        Te confirmo que te esperamos el jueves 22 de octubre de 17:00 a 18:00 en la planta de
        Valencia de Don Juan (carretera de Mansilla, km 3). Estaremos el director técnico y yo.
        Trae el CV impreso y, si tienes, las certificaciones de frío industrial.

        Cualquier cosa me dices.

        Saludos,
        Raúl Mayo
        Jefe de Mantenimiento
        Laboratorios Esla
        """)
    h = head(addr(ME_NAME, ME2), "Fwd: Entrevista – Supervisor de Mantenimiento turno de noche",
             "2026-10-19 13:22:48", MAD, "<CAGk3Fm7vN0+Xq8rT2yLw5dB9hU4sJ1c@mail.gmail.com>",
             relay=("from mail-lf1-f44.google.com (mail-lf1-f44.google.com [209.85.167.44])",
                    "mx.example.org with ESMTPS id 6yTe1Bi9Pv7N"))
    return make.message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(14), family="ashby", lang="en", interview=True, kind="scheduled",
           start="2026-10-26T09:30:00Z", end="2026-10-26T10:30:00Z",
           contact="ciaran.whelan@corribtx.ie", company="Corrib Therapeutics",
           local="Mon 2026-10-26 09:30", local_end="2026-10-26 10:30", zone=DUB,
           note="Ashby confirmation sent Tue 20 Oct (Irish summer time) for Monday 26 Oct, the day "
                "after Ireland went back to GMT: 9:30-10:30 AM GMT = UTC -> 09:30-10:30Z; ICS TZID "
                "Europe/Dublin agrees; contact = Reply-To / ORGANIZER")
def m14() -> bytes:
    body = t("""
        Hi Álvaro,

        Your interview is confirmed. We're looking forward to speaking with you!

        Monday, October 26, 2026, 9:30 AM – 10:30 AM GMT (Dublin)
        Microsoft Teams (link in the attached invite)

        You'll meet with:
          Ciarán Whelan — Recruiter
          Aoife Brennan — Head of Site Engineering, Galway

        Questions? Just reply and it will reach Ciarán Whelan.

        Thanks,
        Corrib Therapeutics Recruiting
        """)
    page = "<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_DUBLIN}
BEGIN:VEVENT
UID:3f9a1c07-5b2e-4d8c-a6f1-7e20c4b9d513
DTSTAMP:20261020T140511Z
DTSTART;TZID=Europe/Dublin:20261026T093000
DTEND;TZID=Europe/Dublin:20261026T103000
SEQUENCE:0
SUMMARY:Corrib Therapeutics – Maintenance Supervisor Interview
LOCATION:Microsoft Teams
DESCRIPTION:Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2Nj%40thread.v2/0
ORGANIZER;CN=Ciarán Whelan:mailto:ciaran.whelan@corribtx.ie
ATTENDEE;CN=Álvaro Fernández;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Corrib Therapeutics", "no-reply@ashbyhq.com"),
             "Interview confirmed: Maintenance Supervisor at Corrib Therapeutics",
             "2026-10-20 15:05:11", DUB, "<010201a0c7e9b2d4-8e1f2a3b-6c5d-4e7f-9a0b-1c2d3e4f5a6b-000000@email.amazonses.com>",
             relay=("from mail.ashbyhq.com (mail.ashbyhq.com [203.0.113.88])",
                    "mx.example.org with ESMTPS id 7zUf2Cj0Qw8P"),
             extra=(("Reply-To", addr("Ciarán Whelan", "ciaran.whelan@corribtx.ie")),))
    return make.message(h, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                                 calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                          disposition="attachment")))


@make.mail(N(15), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-12-03T14:00:00Z", end="2026-12-03T16:30:00Z",
           contact="hannah.roth@kesslerpharma.com", company="Kessler Pharma",
           local="Thu 2026-12-03 15:00", local_end="2026-12-03 17:30", zone=MAD,
           note="GoodTime virtual onsite, three sessions shown in the candidate's zone 'Central European "
                "Standard Time (Madrid)': 15:00-17:30 CET -> start = first 14:00Z, end = last 16:30Z; "
                "contact = Reply-To coordinator")
def m15() -> bytes:
    body = t("""
        Hi Álvaro,

        Your virtual onsite with Kessler Pharma is confirmed. All times are shown in your time zone:
        Central European Standard Time (Madrid).

        Thursday, December 3, 2026

          3:00 PM – 3:45 PM   Engineering deep dive — Markus Vogt, Site Engineering Director
          3:45 PM – 4:30 PM   Reliability & CMMS — Priya Natarajan, Reliability Lead
          4:45 PM – 5:30 PM   Values & leadership — Hannah Roth, Talent Acquisition Partner

        All sessions use the same Microsoft Teams link:
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_a2Vzc2xlcg%40thread.v2/0

        There is a 15-minute break between the second and third session.

        Need to make a change? Reply to this email and Hannah will help.

        Kessler Pharma Talent Acquisition
        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
        <p>Hi Álvaro,</p>
        <p>Your virtual onsite with Kessler Pharma is confirmed. All times are shown in your time zone: <b>Central European Standard Time (Madrid)</b>.</p>
        <h3 style="margin-bottom:4px">Thursday, December 3, 2026</h3>
        <table cellpadding="6" style="border-collapse:collapse">
        <tr><td>3:00 PM – 3:45 PM</td><td>Engineering deep dive — Markus Vogt, Site Engineering Director</td></tr>
        <tr><td>3:45 PM – 4:30 PM</td><td>Reliability &amp; CMMS — Priya Natarajan, Reliability Lead</td></tr>
        <tr><td>4:45 PM – 5:30 PM</td><td>Values &amp; leadership — Hannah Roth, Talent Acquisition Partner</td></tr>
        </table>
        <p>All sessions use the same <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_a2Vzc2xlcg%40thread.v2/0">Microsoft Teams link</a>.</p>
        <p>There is a 15-minute break between the second and third session.</p>
        <p>Need to make a change? Reply to this email and Hannah will help.</p>
        <p>Kessler Pharma Talent Acquisition<br><span style="color:#888;font-size:12px">Scheduled with GoodTime</span></p>
        </body></html>
        """)
    h = head(addr("Kessler Pharma Talent Acquisition", "no-reply@goodtime.io"),
             "Your virtual onsite with Kessler Pharma is confirmed – Thursday, December 3",
             "2026-11-26 10:41:19", MAD, "<20261126094119.7d3e.5f0a1b2c@goodtime.io>",
             relay=("from mail.goodtime.io (mail.goodtime.io [192.0.2.140])",
                    "mx.example.org with ESMTPS id 8aVg3Dk1Rx9Q"),
             extra=(("Reply-To", "Hannah Roth <hannah.roth@kesslerpharma.com>"),))
    return make.message(h, alt(text(body), html(page)))


@make.mail(N(16), family="rfc822_attachment", lang="es", interview=True, kind="scheduled",
           start="2026-12-01T10:00:00Z", end=None,
           contact="pablo.rioseco@braxtonseleccion.com", company="Farmacéutica Arlanza",
           local="Tue 2026-12-01 11:00", zone=MAD,
           note="Agency consultant forwards the client's confirmation as a message/rfc822 attachment: "
                "martes 1 de diciembre 11:00 CET -> 10:00Z; company = the client; contact = the agency "
                "sender (human sender before an address in the attached mail)")
def m16() -> bytes:
    inner_body = t("""
        Hola Pablo:

        Confirmamos la entrevista con Álvaro Fernández para el martes 1 de diciembre a las 11:00 en
        nuestras oficinas de Aranda de Duero (Ctra. de Burgos km 2,5). Le atenderemos Begoña Sainz
        (Dirección de Planta) y yo. Calculamos una hora y media, más o menos, con visita a la planta.

        Gracias,
        Iñigo Lastra
        Responsable de Personas – Farmacéutica Arlanza
        """)
    inner = make.message([
        ("From", addr("Iñigo Lastra", "inigo.lastra@farmaarlanza.es")),
        ("To", addr("Pablo Rioseco", "pablo.rioseco@braxtonseleccion.com")),
        ("Subject", enc("Confirmación entrevista candidato Supervisor Mantenimiento – Á. Fernández")),
        ("Date", date("2026-11-24 12:10:44", MAD)),
        ("Message-ID", "<PR3P195MB0742A9C1D0E2F3B4C5D6E7F8A9B0C@PR3P195MB0742.EURP195.PROD.OUTLOOK.COM>"),
    ], text(inner_body))
    body = t("""
        Hola Álvaro:

        Como te adelanté por teléfono, Farmacéutica Arlanza quiere verte. Te adjunto su correo con
        la confirmación: martes 1 de diciembre a las 11:00 en Aranda. Yo no estaré, pero llámame
        cuando salgas.

        Suerte,

        Pablo Rioseco
        Consultor – Ingeniería y Operaciones
        Braxton Selección · Madrid · León · Valladolid
        """)
    h = head(addr("Pablo Rioseco", "pablo.rioseco@braxtonseleccion.com"),
             "RV: Confirmación entrevista candidato Supervisor Mantenimiento – Á. Fernández",
             "2026-11-24 12:31:09", MAD, "<DU0PR08MB9211F4E3D2C1B0A9F8E7D6C5B4A39@DU0PR08MB9211.eurprd08.prod.outlook.com>",
             relay=("from EUR03-DU0-obe.outbound.protection.outlook.com (mail-du0eur03on2100.outbound.protection.outlook.com [40.107.9.100])",
                    "mx.example.org with ESMTPS id 9bWh4El2Sy0R"))
    return make.message(h, mixed(text(body), make.attached_message(inner, "Confirmacion entrevista.eml")))


# =========================================================================== positives: rescheduled


@make.mail(N(17), family="human_prose", lang="es", interview=True, kind="rescheduled",
           start="2026-10-15T14:30:00Z", end=None,
           contact="rodrigo.fidalgo@laboratoriostorio.es", company="Laboratorios Torío",
           local="Thu 2026-10-15 16:30", zone=MAD,
           note="Plant manager (tú) moves the interview from 'miércoles 14 a las 10:00' to 'jueves 15 a "
                "las 16:30' (both times in the mail; the new one counts), CEST -> 14:30Z; Date Mon 12 "
                "Oct; contact = human sender")
def m17() -> bytes:
    body = t("""
        Buenas tardes, Álvaro:

        Te escribo porque el miércoles 14 a las 10:00 tenemos auditoría de la AEMPS y no voy a poder
        atenderte como mereces. Te paso la entrevista al jueves 15 a las 16:30, en el mismo sitio
        (oficinas de Navatejera, primera planta). Si por lo que sea no te viniera bien, llámame y
        lo cuadramos, pero en principio lo dejamos así.

        Perdona el cambio.

        Rodrigo Fidalgo
        Director de Planta · Laboratorios Torío
        Tel. 987 21 43 00 · Ext. 214
        """)
    h = head(addr("Rodrigo Fidalgo", "rodrigo.fidalgo@laboratoriostorio.es"),
             "Cambio de día entrevista",
             "2026-10-12 17:04:26", MAD, "<4a1f0c2b-8e9d-4b7a-93c5-d6e2f1a0b8c7@laboratoriostorio.es>",
             relay=("from smtp.laboratoriostorio.es (smtp.laboratoriostorio.es [192.0.2.33])",
                    "mx.example.org with ESMTPS id 0cXi5Fm3Tz1S"),
             extra=(("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1"),
                    ("Content-Language", "es-ES")))
    return make.message(h, text(body, cte="8bit", params="format=flowed"))


@make.mail(N(18), family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
           start="2026-11-12T14:00:00Z", end="2026-11-12T15:00:00Z",
           contact="declan.moriarty@halvorsenbio.ie", company="Halvorsen Biologics",
           local="Thu 2026-11-12 14:00", local_end="2026-11-12 15:00", zone=DUB,
           note="Exchange 'Updated' meeting request (SEQUENCE:1) moving the second interview from Wed 11 "
                "to Thu 12 Nov 14:00-15:00 GMT Standard Time (Dublin, UTC+0 in November) -> 14:00-15:00Z; "
                "contact = human ORGANIZER/sender")
def m18() -> bytes:
    teams = TEAMS_EN.format(link="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGQ1YjU4%40thread.v2/0",
                            mid="318 774 026 913", code="Gh4pQs")
    body = t("""
        When: Thursday, 12 November 2026 14:00-15:00. (UTC+00:00) Dublin, Edinburgh, Lisbon, London
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Álvaro,

        Apologies - I've had to move our second interview by a day because of a clash with a
        shutdown review on Wednesday. Same format: Siobhán Kerr (Site Head) and myself, about
        the maintenance strategy case we discussed.

        Thanks,
        Declan

        Declan Moriarty
        Maintenance & Engineering Lead | Halvorsen Biologics
        Grange Castle, Dublin 22 | +353 1 555 0142

        """) + teams
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_GMT}
BEGIN:VEVENT
ORGANIZER;CN=Declan Moriarty:mailto:declan.moriarty@halvorsenbio.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Álvaro Fernández:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Siobhán Kerr:mailto:siobhan.kerr@halvorsenbio.ie
DESCRIPTION;LANGUAGE=en-IE:Hi Álvaro\\,\\n\\nApologies - I've had to move our second interview by a day because of a clash with a shutdown review on Wednesday.\\n
UID:040000008200E00074C5B7101A82E00800000000F03B8E6C0C6EDC01000000000000000010000000C7D2
SUMMARY;LANGUAGE=en-IE:Halvorsen – Second interview (Maintenance Supervisor)
DTSTART;TZID=GMT Standard Time:20261112T140000
DTEND;TZID=GMT Standard Time:20261112T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261105T103817Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-IE:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1466203517
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Declan Moriarty", "declan.moriarty@halvorsenbio.ie"),
             "Updated: Halvorsen – Second interview (Maintenance Supervisor)",
             "2026-11-05 10:38:17", DUB, "<AS8PR09MB6120D7C2B1A0F9E8D7C6B5A4F3E21@AS8PR09MB6120.eurprd09.prod.outlook.com>",
             relay=("from EUR01-DB5-obe.outbound.protection.outlook.com (mail-db5eur01on2108.outbound.protection.outlook.com [40.107.15.108])",
                    "mx.example.org with ESMTPS id 1dYj6Gn4Ua2T"),
             extra=(("Thread-Topic", enc("Halvorsen – Second interview (Maintenance Supervisor)")),
                    ("Thread-Index", "AdtPmW3n8c6J0bZ1RkyGqvX5u1Qe7A=="),
                    ("Content-Language", "en-IE")))
    return make.message(h, alt(text(body), calendar(ics, cte="base64")))


@make.mail(N(19), family="outlook_calendar", lang="es-PE", interview=True, kind="rescheduled",
           start="2026-11-12T14:00:00Z", end="2026-11-12T14:45:00Z",
           contact="jcastaneda@rimacandina.com.pe", company="Laboratorios Rímac Andina",
           local="Thu 2026-11-12 09:00", local_end="2026-11-12 09:45", zone=LIM,
           note="Exchange update from Lima (SEQUENCE:1) moving the Tuesday 10:00 interview to jueves 12 "
                "de noviembre 09:00-09:45 'SA Pacific Standard Time' ((UTC-05:00) Bogotá, Lima, Quito), "
                "UTC-5 all year -> 14:00-14:45Z (15:00 in León); contact = ORGANIZER/sender")
def m19() -> bytes:
    teams = TEAMS_ES.format(link="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE3NmQx%40thread.v2/0",
                            mid="294 663 180 712", code="Lm9tZx")
    body = t("""
        Cuándo: jueves, 12 de noviembre de 2026 09:00-09:45. (UTC-05:00) Bogotá, Lima, Quito, Rio Branco
        Dónde: Reunión de Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Estimado Álvaro:

        Por un tema de agenda de planta nos vemos obligados a mover la entrevista del martes 10 a
        las 10:00 al jueves 12 a las 9:00 a.m. (hora de Lima), es decir, las 15:00 en España. Le
        pido disculpas por el cambio. La Lic. Rosa Huamán también estará conectada.

        Saludos cordiales,

        Ing. Julio Castañeda Ríos
        Gerente de Planta – Laboratorios Rímac Andina S.A.C.

        """) + teams
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_SAPACIFIC}
BEGIN:VEVENT
ORGANIZER;CN=Julio Castañeda Ríos:mailto:jcastaneda@rimacandina.com.pe
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Álvaro Fernández:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Rosa Huamán Quispe:mailto:rhuaman@rimacandina.com.pe
UID:040000008200E00074C5B7101A82E008000000003C5E1A7D0B71DC01000000000000000010000000E4A9
SUMMARY;LANGUAGE=es-PE:Entrevista – Jefe de Mantenimiento (Álvaro Fernández)
DTSTART;TZID=SA Pacific Standard Time:20261112T090000
DTEND;TZID=SA Pacific Standard Time:20261112T094500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261106T140210Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=es-PE:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Julio Castañeda Ríos", "jcastaneda@rimacandina.com.pe"),
             "Actualizada: Entrevista – Jefe de Mantenimiento (Álvaro Fernández)",
             "2026-11-06 09:02:10", LIM, "<SJ0PR14MB5527B8A1C2D3E4F5A6B7C8D9E0F1A@SJ0PR14MB5527.namprd14.prod.outlook.com>",
             relay=("from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2091.outbound.protection.outlook.com [40.107.237.91])",
                    "mx.example.org with ESMTPS id 2eZk7Ho5Vb3U"),
             extra=(("Thread-Topic", enc("Entrevista – Jefe de Mantenimiento (Álvaro Fernández)")),
                    ("Content-Language", "es-PE")))
    return make.message(h, alt(text(body), calendar(ics, cte="base64")))


@make.mail(N(20), family="workable", lang="es", interview=True, kind="rescheduled",
           start="2026-12-09T08:00:00Z", end="2026-12-09T09:00:00Z",
           contact="nuria.pardo@laboratorioscierzo.es", company="Laboratorios Cierzo",
           local="Wed 2026-12-09 09:00", local_end="2026-12-09 10:00", zone=MAD,
           note="Workable 'entrevista reprogramada' (tú) with ICS SEQUENCE:1: from martes 8 (a public "
                "holiday) to miércoles 9 de diciembre 09:00-10:00 CET -> 08:00-09:00Z; Reply-To is a "
                "Workable relay, contact = the recruiter's address in the signature")
def m20() -> bytes:
    body = t("""
        Hola Álvaro,

        Tu entrevista para Supervisor/a de Mantenimiento – Planta de Zaragoza se ha reprogramado.

        Nueva fecha: miércoles, 9 de diciembre de 2026
        Hora: 09:00 – 10:00 (CET)
        Lugar: videollamada (Google Meet): https://meet.google.com/yfr-kwmp-dsa

        Antes: martes, 8 de diciembre de 2026, 09:00 – 10:00

        Perdona el lío: no nos dimos cuenta de que el 8 es festivo.

        Un saludo,
        Nuria Pardo
        Técnica de Selección · Laboratorios Cierzo
        nuria.pardo@laboratorioscierzo.es

        --
        Puedes responder directamente a este correo.
        Enviado vía Workable
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Calendar//EN
METHOD:REQUEST
{VTZ_MADRID}
BEGIN:VEVENT
UID:workable-event-81736025@workable.com
DTSTAMP:20261202T112208Z
DTSTART;TZID=Europe/Madrid:20261209T090000
DTEND;TZID=Europe/Madrid:20261209T100000
SEQUENCE:1
SUMMARY:Entrevista con Laboratorios Cierzo – Supervisor/a de Mantenimiento
LOCATION:https://meet.google.com/yfr-kwmp-dsa
ORGANIZER;CN=Nuria Pardo:mailto:laboratorios-cierzo+a7c31e@candidates.workablemail.com
ATTENDEE;CN=Álvaro Fernández;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Laboratorios Cierzo", "noreply@candidates.workablemail.com"),
             "Entrevista reprogramada: Supervisor/a de Mantenimiento – Planta de Zaragoza",
             "2026-12-02 12:22:08", MAD, "<5f2c91d0e7a84b3c@candidates.workablemail.com>",
             relay=("from mail-a12.workablemail.com (mail-a12.workablemail.com [198.51.100.212])",
                    "mx.example.org with ESMTPS id 3fAl8Ip6Wc4V"),
             extra=(("Reply-To", "Laboratorios Cierzo <laboratorios-cierzo+a7c31e@candidates.workablemail.com>"),))
    return make.message(h, mixed(alt(text(body), html(page)),
                                 calendar(ics, cte="base64", filename="invitation.ics", disposition="attachment")))


# =========================================================================== positives: cancelled


@make.mail(N(21), family="outlook_calendar", lang="es", interview=True, kind="cancelled",
           start="2026-11-20T09:00:00Z", end="2026-11-20T10:00:00Z",
           contact="elena.cid@quimifarmaduero.es", company="Quimifarma Duero",
           local="Fri 2026-11-20 10:00", local_end="2026-11-20 11:00", zone=MAD,
           note="Exchange 'Cancelado:' with METHOD:CANCEL, STATUS:CANCELLED (Romance Standard Time): "
                "the cancelled slot viernes 20 de noviembre 10:00-11:00 CET -> 09:00-10:00Z; vacancy "
                "frozen, no new time; contact = ORGANIZER/sender")
def m21() -> bytes:
    body = t("""
        Cuándo: viernes, 20 de noviembre de 2026 10:00-11:00. (UTC+01:00) Bruselas, Copenhague, Madrid, París
        Dónde: Reunión de Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Hola, Álvaro:

        Lamento comunicarte que cancelamos la entrevista del viernes. La dirección ha congelado la
        vacante hasta el primer trimestre de 2027. Si se reabre, serás de los primeros a quienes
        llamemos.

        Un saludo,
        Elena Cid Marcos
        Talento y Organización – Quimifarma Duero
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Elena Cid Marcos:mailto:elena.cid@quimifarmaduero.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Álvaro Fernández:mailto:{ME}
DESCRIPTION;LANGUAGE=es-ES:Lamento comunicarte que cancelamos la entrevista del viernes.\\n
UID:040000008200E00074C5B7101A82E00800000000B94E2F1A6A74DC01000000000000000010000000F1C6
SUMMARY;LANGUAGE=es-ES:Cancelado: Entrevista Supervisor de Mantenimiento
DTSTART;TZID=Romance Standard Time:20261120T100000
DTEND;TZID=Romance Standard Time:20261120T110000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261117T081440Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:2
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Elena Cid Marcos", "elena.cid@quimifarmaduero.es"),
             "Cancelado: Entrevista Supervisor de Mantenimiento",
             "2026-11-17 09:14:40", MAD, "<PAXPR02MB7263E9D8C7B6A5F4E3D2C1B0A9F87@PAXPR02MB7263.eurprd02.prod.outlook.com>",
             relay=("from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2130.outbound.protection.outlook.com [40.107.22.130])",
                    "mx.example.org with ESMTPS id 4gBm9Jq7Xd5W"),
             extra=(("Importance", "high"), ("Content-Language", "es-ES")))
    return make.message(h, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@make.mail(N(22), family="human_prose", lang="en", interview=True, kind="cancelled",
           start="2026-11-17T15:00:00Z", end=None,
           contact="kayla.brennan@meridanepharma.com", company="Meridane Pharma",
           local="Tue 2026-11-17 10:00", zone=NY,
           note="US recruiter cancels the final round 'Tuesday, November 17 at 10:00 AM ET (4:00 PM "
                "your time)': EST (UTC-5) -> 15:00Z; role on hold, no new time; contact = human sender")
def m22() -> bytes:
    body = t("""
        Hi Álvaro,

        I'm sorry to be writing with this news. We need to cancel your final-round interview on
        Tuesday, November 17 at 10:00 AM ET (4:00 PM your time) with our VP of Operations. Following
        a reorganization of our European sites, the Maintenance Supervisor role has been put on hold
        and we're not able to move forward with any candidates for now.

        This is no reflection on you - the team really enjoyed your conversation with Tom. I'll
        reach out personally if the role reopens in Q1.

        All the best,
        Kayla

        Kayla Brennan
        Senior Recruiter, Global Operations | Meridane Pharma
        New Brunswick, NJ
        """)
    h = head(addr("Kayla Brennan", "kayla.brennan@meridanepharma.com"),
             "Update on your final interview - Tuesday Nov 17",
             "2026-11-12 16:47:55", NY, "<CAL9rT0q4+Kb1xVmHq7uNw3pJ8sY2dF@mail.gmail.com>",
             relay=("from mail-qt1-f178.google.com (mail-qt1-f178.google.com [209.85.160.178])",
                    "mx.example.org with ESMTPS id 5hCn0Kr8Ye6X"))
    return make.message(h, alt(text(body, cte="8bit"), html(gmail_html(body))))


@make.mail(N(23), family="recruitee", lang="es", interview=True, kind="cancelled",
           start="2026-12-14T11:00:00Z", end="2026-12-14T11:45:00Z",
           contact="olga.martin@blisterpacknorte.es", company="Blisterpack Norte",
           local="Mon 2026-12-14 12:00", local_end="2026-12-14 12:45", zone=MAD,
           note="Recruitee cancellation (tú): lunes 14 de diciembre 12:00-12:45 CET -> 11:00-11:45Z "
                "cancelled, 'te propondremos nuevas fechas' but none given; contact = the recruiter's "
                "address in the body")
def m23() -> bytes:
    body = t("""
        Hola Álvaro:

        Sentimos comunicarte que hemos tenido que cancelar tu entrevista para el puesto de
        Responsable de Mantenimiento (Planta de Onzonilla):

        lunes, 14 de diciembre de 2026, 12:00 – 12:45 (Europe/Madrid)

        El motivo es una baja imprevista en el equipo de entrevista. Te propondremos nuevas fechas en
        cuanto podamos. Si tienes cualquier duda puedes escribir a Olga Martín,
        olga.martin@blisterpacknorte.es.

        Un saludo,
        Equipo de Selección de Blisterpack Norte

        Enviado con Recruitee
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1f2d3d">
        <p>Hola Álvaro:</p>
        <p>Sentimos comunicarte que hemos tenido que <strong>cancelar tu entrevista</strong> para el puesto de Responsable de Mantenimiento (Planta de Onzonilla):</p>
        <p style="background:#f5f7fa;padding:12px"><s>lunes, 14 de diciembre de 2026, 12:00 – 12:45 (Europe/Madrid)</s></p>
        <p>El motivo es una baja imprevista en el equipo de entrevista. Te propondremos nuevas fechas en cuanto podamos. Si tienes cualquier duda puedes escribir a Olga Martín, <a href="mailto:olga.martin@blisterpacknorte.es">olga.martin@blisterpacknorte.es</a>.</p>
        <p>Un saludo,<br>Equipo de Selección de Blisterpack Norte</p>
        <p style="font-size:11px;color:#8492a6">Enviado con Recruitee</p>
        </body></html>
        """)
    h = head(addr("Blisterpack Norte", "no-reply@recruitee.com"),
             "Entrevista cancelada – Responsable de Mantenimiento",
             "2026-12-09 16:05:32", MAD, "<6756f0c4a1b2c_3e8d2f9a7@recruitee-mailer.mail>",
             relay=("from smtp.recruitee.com (smtp.recruitee.com [192.0.2.188])",
                    "mx.example.org with ESMTPS id 6iDo1Ls9Zf7Y"))
    return make.message(h, alt(text(body), html(page)))


# =========================================================================== negatives


@make.mail(N(24), family="rejection", lang="es", interview=False, company="Galenia Ibérica",
           note="Workday rejection (usted) after the September interview; no time fixed")
def m24() -> bytes:
    body = t("""
        Estimado Álvaro:

        Gracias por su interés en Galenia Ibérica y por el tiempo que dedicó a la entrevista para la
        posición Supervisor/a de Mantenimiento – Planta de Sólidos Orales (R-0004127).

        Tras valorar detenidamente todas las candidaturas, hemos decidido continuar el proceso con
        otros perfiles que se ajustan más a las necesidades actuales del puesto.

        Conservaremos sus datos para futuros procesos, salvo que nos indique lo contrario.

        Le deseamos mucho éxito en su carrera profesional.

        Atentamente,
        Equipo de Selección de Galenia Ibérica
        """)
    h = head(addr("Galenia Ibérica", "galeniaiberica@myworkday.com"),
             "Actualización de su candidatura – Supervisor/a de Mantenimiento (R-0004127)",
             "2026-10-02 09:15:48", MAD, "<1903377120.88412.1790925348117@wd3-prod-notif-03.myworkday.com>",
             relay=("from wd3-prod-notif-03.myworkday.com (wd3-prod-notif-03.myworkday.com [198.51.100.13])",
                    "mx.example.org with ESMTPS id 7jEp2Mt0Ag8Z"))
    return make.message(h, alt(text(body), html("<html><body>" + "".join(
        f"<p>{esc(p).replace(chr(10), ' ')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")))


@make.mail(N(25), family="rejection", lang="en", interview=False, company="Corrib Therapeutics",
           note="Ashby rejection after the 26 October interview")
def m25() -> bytes:
    body = t("""
        Hi Álvaro,

        Thank you for taking the time to interview for the Maintenance Supervisor role at Corrib
        Therapeutics. Aoife and I enjoyed our conversation on Monday.

        After careful consideration, we've decided to move forward with another candidate whose
        experience with biologics single-use systems is a closer match for where the Galway site
        is right now. This was a close decision.

        We'd be glad to stay in touch, and we'll keep your profile in mind for future openings.

        Best wishes,
        Ciarán Whelan
        Recruiter, Corrib Therapeutics
        """)
    h = head(addr("Corrib Therapeutics", "no-reply@ashbyhq.com"),
             "Your application to Corrib Therapeutics",
             "2026-11-04 12:31:09", DUB, "<010201a13e4f7a91-2b3c4d5e-6f70-4811-9a2b-3c4d5e6f7081-000000@email.amazonses.com>",
             relay=("from mail.ashbyhq.com (mail.ashbyhq.com [203.0.113.88])",
                    "mx.example.org with ESMTPS id 8kFq3Nu1Bh9A"),
             extra=(("Reply-To", addr("Ciarán Whelan", "ciaran.whelan@corribtx.ie")),))
    return make.message(h, text(body, cte="base64"))


@make.mail(N(26), family="application_receipt", lang="en", interview=False,
           company="Westbrook Sterile Solutions",
           note="iCIMS application acknowledgement (HTML only); nothing scheduled")
def m26() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <table width="640" align="center"><tr><td>
        <img src="https://careers-westbrooksterile.icims.com/img/header.png" alt="Westbrook Sterile Solutions" width="640">
        <p>Dear Álvaro,</p>
        <p>Thank you for applying for the position of <b>Maintenance Supervisor – Aseptic Operations (Req ID 2026-4471)</b> at Westbrook Sterile Solutions, Cork, Ireland.</p>
        <p>Our Talent Acquisition team will review your qualifications. If your background matches our needs, a member of the team will contact you to discuss next steps. Due to the volume of applications we receive, we may not be able to respond to every applicant individually.</p>
        <p>You can track your application status at any time in our <a href="https://careers-westbrooksterile.icims.com/jobs/login">Career Portal</a>.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Westbrook Sterile Solutions</p>
        <p style="font-size:10px;color:#777">This is an automated message from an unmonitored mailbox. Westbrook Sterile Solutions is an equal opportunity employer.</p>
        </td></tr></table></body></html>
        """)
    h = head(addr("Westbrook Sterile Solutions", "donotreply@talent.icims.com"),
             "Thank you for your application - Maintenance Supervisor – Aseptic Operations",
             "2026-09-08 19:44:02", NY, "<1741193282.14482.1788911042411.JavaMail.icims@talent.icims.com>",
             relay=("from mail6.icims.com (mail6.icims.com [192.0.2.216])",
                    "mx.example.org with ESMTPS id 9lGr4Ov2Ci0B"))
    return make.message(h, html(page))


@make.mail(N(27), family="application_receipt", lang="en", interview=False,
           company="Norvane Pharmaceuticals",
           note="Oracle Taleo application receipt, plain text; nothing scheduled")
def m27() -> bytes:
    body = t("""
        Dear Alvaro Fernandez,

        Thank you for your interest in Norvane Pharmaceuticals.

        We have received your application for the position of Engineering & Maintenance Supervisor
        (Job Number: 2600318L), Norvane Manufacturing Spain, Tres Cantos.

        Our recruitment team will carefully review your profile. Should your qualifications meet
        the requirements of the position, we will contact you shortly.

        To check the status of your application, log on to our career section:
        https://norvane.taleo.net/careersection/ext/mysubmissions.ftl

        Best regards,
        Norvane Pharmaceuticals Talent Acquisition

        Please do not reply to this message. This mailbox is not monitored.
        """)
    h = head(addr("Norvane Pharmaceuticals", "norvane@taleo.net"),
             "Norvane Pharmaceuticals - Application received - 2600318L",
             "2026-09-14 22:03:51", "Europe/Zurich", "<1478829102.203311.1789416231457.JavaMail.oracle@tlx12ats.taleo.net>",
             relay=("from tlx12ats.taleo.net (tlx12ats.taleo.net [198.51.100.151])",
                    "mx.example.org with ESMTPS id 0mHs5Pw3Dj1C"),
             to="alvaro.fernandez@example.org")
    return make.message(h, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(28), family="job_alert", lang="es", interview=False, company=None,
           note="Job alert from a Spanish job portal listing maintenance vacancies; nothing scheduled")
def m28() -> bytes:
    body = t("""
        Hola Álvaro,

        Tenemos 6 ofertas nuevas para tu alerta «mantenimiento farmacéutica – Castilla y León»:

        • Técnico/a de Mantenimiento Industrial – Laboratorio farmacéutico · León · 32.000 – 36.000 €
        • Jefe/a de Turno de Mantenimiento · Valladolid · Salario no disponible
        • Supervisor/a de Mantenimiento GMP · Burgos · 40.000 – 45.000 €
        • Ingeniero/a de Fiabilidad · Palencia · 38.000 €
        • Responsable de Instalaciones (HVAC, agua purificada) · Salamanca · 42.000 – 48.000 €
        • Coordinador/a de Mantenimiento Preventivo · Zamora · 35.000 €

        Ver todas las ofertas: https://www.farmaempleo.es/alertas/ver?id=77120&utm_source=alerta

        Consejo de la semana: completa tu perfil al 100 % y multiplica por tres tus opciones.

        Recibes este correo porque creaste una alerta en FarmaEmpleo.es.
        Darse de baja: https://www.farmaempleo.es/alertas/baja?id=77120
        """)
    h = head(addr("FarmaEmpleo.es", "alertas@farmaempleo.es"),
             "6 ofertas nuevas: mantenimiento farmacéutica - Castilla y León",
             "2026-10-07 07:30:12", MAD, "<20261007053012.77120.alertas@farmaempleo.es>",
             relay=("from mta-12.farmaempleo.es (mta-12.farmaempleo.es [203.0.113.12])",
                    "mx.example.org with ESMTPS id 1nIt6Qx4Ek2D"),
             extra=(("List-Unsubscribe", "<https://www.farmaempleo.es/alertas/baja?id=77120>"),
                    ("Precedence", "bulk")),
             charset="iso-8859-15")
    return make.message(h, text(body.replace("•", "*").replace("–", "-"), charset="iso-8859-15"))


@make.mail(N(29), family="job_alert", lang="en", interview=False, company=None,
           note="English weekly job digest (pharma engineering roles in Europe); nothing scheduled")
def m29() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;background:#eef1f5">
        <div style="max-width:600px;margin:auto;background:#fff;padding:20px">
        <h2 style="color:#0b4f8a">Your weekly PharmaCareers Europe digest</h2>
        <p>Hi Álvaro, here are this week's roles matching <i>Maintenance Supervisor, Spain / Ireland / Remote</i>:</p>
        <ol>
        <li><a href="https://pharmacareers.eu/j/88120">Maintenance Team Leader – Sterile Injectables</a> · Sant Cugat, Spain</li>
        <li><a href="https://pharmacareers.eu/j/88177">Reliability Engineer (CMMS SAP PM)</a> · Cork, Ireland</li>
        <li><a href="https://pharmacareers.eu/j/88203">Engineering Supervisor, Packaging</a> · Tres Cantos, Spain</li>
        <li><a href="https://pharmacareers.eu/j/88251">Utilities Maintenance Lead</a> · Limerick, Ireland</li>
        </ol>
        <p style="font-size:12px;color:#666">Tip: employers are 2x more likely to reply to candidates who apply in the first 48 hours.</p>
        <p style="font-size:11px;color:#999">You are receiving this because you subscribed to job alerts at PharmaCareers Europe. <a href="https://pharmacareers.eu/unsubscribe?u=a81f">Unsubscribe</a></p>
        </div></body></html>
        """)
    h = head(addr("PharmaCareers Europe", "digest@mail.pharmacareers.eu"),
             "4 new roles for you this week: Maintenance Supervisor",
             "2026-11-02 08:05:00", DUB, "<digest.20261102.a81f@mail.pharmacareers.eu>",
             relay=("from mail.pharmacareers.eu (mail.pharmacareers.eu [192.0.2.5])",
                    "mx.example.org with ESMTPS id 2oJu7Ry5Fl3E"),
             extra=(("List-Unsubscribe", "<https://pharmacareers.eu/unsubscribe?u=a81f>"),
                    ("Precedence", "bulk")))
    return make.message(h, html(page))


@make.mail(N(30), family="newsletter", lang="es", interview=False, company=None,
           note="Professional association newsletter: articles (one on the typical questions in a "
                "maintenance-manager interview) and a technical session date; not an interview",
           days=(("Thu", "2026-10-29"),))
def m30() -> bytes:
    body = t("""
        BOLETÍN AIMCyL · Octubre 2026
        Asociación de Ingenieros de Mantenimiento de Castilla y León

        EN ESTE NÚMERO
        1. Anexo 1 de las GMP: dos años después, ¿qué ha cambiado en mantenimiento?
        2. Gemelos digitales en plantas de sólidos: casos reales
        3. Carrera: las 7 preguntas que siempre salen en una entrevista para jefe de mantenimiento
           (y cómo no responderlas)
        4. Agenda

        AGENDA
        Jornada técnica «Mantenimiento predictivo en salas blancas»
        Jueves, 29 de octubre, 18:00 h · Colegio de Ingenieros Industriales, León
        Inscripción gratuita para socios: https://aimcyl.es/jornadas/predictivo-salas-blancas

        Si no desea recibir este boletín, responda con el asunto BAJA.
        """)
    h = head(addr("Boletín AIMCyL", "boletin@aimcyl.es"),
             "Boletín AIMCyL – Octubre 2026",
             "2026-10-14 10:00:00", MAD, "<boletin-2026-10.5512@aimcyl.es>",
             relay=("from mail.aimcyl.es (mail.aimcyl.es [203.0.113.63])",
                    "mx.example.org with ESMTPS id 3pKv8Sz6Gm4F"),
             extra=(("Precedence", "bulk"),),
             charset="windows-1252")
    return make.message(h, text(body, charset="windows-1252", cte="8bit"))


@make.mail(N(31), family="recruiter_outreach", lang="es", interview=False,
           company="Hunterlink Ingeniería",
           note="Headhunter cold outreach asking for a call 'esta semana o la que viene'; nothing fixed")
def m31() -> bytes:
    body = t("""
        Buenos días, Álvaro:

        Me llamo Teresa Llorente y soy headhunter en Hunterlink Ingeniería, especializados en
        perfiles técnicos para la industria farmacéutica y alimentaria.

        He visto su perfil y creo que podría encajar en un proceso que llevamos en exclusiva: Jefe de
        Mantenimiento para una multinacional farmacéutica con planta en el norte de España (equipo de
        14 personas, reporte al director de planta, paquete competitivo).

        ¿Tendría 20 minutos esta semana o la que viene para una llamada? Dígame qué franjas le
        vienen bien y me adapto.

        Un saludo,
        Teresa Llorente
        Senior Partner · Hunterlink Ingeniería
        +34 911 22 33 44
        """)
    h = head(addr("Teresa Llorente", "teresa.llorente@hunterlink.es"),
             "Oportunidad: Jefe de Mantenimiento – multinacional farmacéutica (norte de España)",
             "2026-09-29 09:47:30", MAD, "<0a1b2c3d4e5f6071@hunterlink.es>",
             relay=("from smtp.hunterlink.es (smtp.hunterlink.es [192.0.2.99])",
                    "mx.example.org with ESMTPS id 4qLw9Ta7Hn5G"))
    return make.message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(32), family="proposal_unconfirmed", lang="es", interview=False,
           company="Biocastilla Pharma",
           note="HR proposes two slots for a second interview and asks which suits; nothing confirmed",
           days=(("Tue", "2026-10-13"), ("Wed", "2026-10-14")))
def m32() -> bytes:
    body = t("""
        Estimado Álvaro:

        Tras la primera entrevista en Boecillo, nos gustaría invitarle a una segunda reunión con la
        directora de operaciones. Le propongo dos opciones:

          - martes 13 de octubre a las 10:00
          - miércoles 14 de octubre a las 17:00

        ¿Cuál le viene mejor? En cuanto me lo confirme le envío la convocatoria.

        Un saludo,
        Mercedes Arranz
        Recursos Humanos · Biocastilla Pharma
        """)
    h = head(addr("Mercedes Arranz", "m.arranz@biocastillapharma.es"),
             "Segunda entrevista – propuesta de fechas",
             "2026-10-06 13:26:14", MAD, "<AM0PR05MB4411A2B3C4D5E6F7A8B9C0D1E2F34@AM0PR05MB4411.eurprd05.prod.outlook.com>",
             relay=("from EUR03-AM0-obe.outbound.protection.outlook.com (mail-am0eur03on2110.outbound.protection.outlook.com [40.107.3.110])",
                    "mx.example.org with ESMTPS id 5rMx0Ub8Io6H"),
             extra=(("Cc", addr("Lucía Prieto", "lucia.prieto@talentia-industrial.es")),))
    return make.message(h, text(body, charset="iso-8859-1"))


@make.mail(N(33), family="availability_request", lang="en", interview=False,
           company="Halvorsen Biologics",
           note="Greenhouse availability request before the first interview; asks for slots, nothing fixed")
def m33() -> bytes:
    body = t("""
        Hi Álvaro,

        Thanks for applying for the Maintenance Supervisor (Fill & Finish) role at Halvorsen
        Biologics - we'd love to set up a first conversation with you and our Maintenance &
        Engineering Lead.

        Please let us know your availability over the next two weeks using the link below. Times are
        shown in your local time zone.

        https://app.greenhouse.io/candidate_availability/4f2c9a81b7e3?token=Zk9xV2

        Kind regards,
        Niamh Gallagher
        Talent Partner, Halvorsen Biologics
        """)
    h = head(addr("Halvorsen Biologics", "no-reply@us.greenhouse-mail.io"),
             "Halvorsen Biologics - please share your availability",
             "2026-09-28 16:22:40", DUB, "<gh.0c41d2.71e3b0c9aa.20260928152240@us.greenhouse-mail.io>",
             relay=("from o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [203.0.113.40])",
                    "mx.example.org with ESMTPS id 6sNy1Vc9Jp7I"),
             extra=(("Reply-To", "Niamh Gallagher <niamh.gallagher@halvorsenbio.ie>"),))
    return make.message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(34), family="scheduling_link", lang="es", interview=False, company="Braxton Selección",
           note="Agency consultant sends his Calendly link to book a first call; nothing booked yet")
def m34() -> bytes:
    body = t("""
        Hola Álvaro:

        Gracias por tu candidatura al puesto de Jefe/a de Mantenimiento que publicamos para un
        cliente del sector farmacéutico en Burgos. Me gustaría tener una primera conversación
        telefónica de media hora.

        Puedes reservar directamente el hueco que mejor te venga en mi agenda:
        https://calendly.com/pablo-rioseco/entrevista-inicial

        Un saludo,
        Pablo Rioseco
        Consultor – Ingeniería y Operaciones
        Braxton Selección
        """)
    h = head(addr("Pablo Rioseco", "pablo.rioseco@braxtonseleccion.com"),
             "Tu candidatura – Jefe/a de Mantenimiento (Burgos)",
             "2026-11-10 11:02:18", MAD, "<DU0PR08MB9211A0B1C2D3E4F5A6B7C8D9E0F12@DU0PR08MB9211.eurprd08.prod.outlook.com>",
             relay=("from EUR03-DU0-obe.outbound.protection.outlook.com (mail-du0eur03on2100.outbound.protection.outlook.com [40.107.9.100])",
                    "mx.example.org with ESMTPS id 7tOz2Wd0Kq8J"))
    return make.message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(35), family="auto_reply", lang="es", interview=False, company=None,
           note="Out-of-office auto-reply to the candidate's thank-you mail; return date only",
           days=(("Mon", "2026-10-26"),))
def m35() -> bytes:
    body = t("""
        Gracias por su mensaje. Estaré fuera de la oficina hasta el lunes 26 de octubre, con acceso
        limitado al correo. Para asuntos urgentes de selección, escriba a
        seleccion@vitalisbiotech.es.

        Sergio Blanco
        People & Culture · Vitalis Biotech Iberia
        """)
    h = head(addr("Sergio Blanco", "sergio.blanco@vitalisbiotech.es"),
             "Respuesta automática: Gracias por la entrevista",
             "2026-10-19 08:31:57", MAD, "<d4c3b2a1-0f9e-4d8c-b7a6-958473625140@vitalisbiotech.es>",
             relay=("from mail-vi1eur04on2050.outbound.protection.outlook.com (mail-vi1eur04on2050.outbound.protection.outlook.com [40.107.8.50])",
                    "mx.example.org with ESMTPS id 8uPa3Xe1Lr9K"),
             extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("In-Reply-To", "<CAJp8Xr7Qw+Ns2mLk4dT9hFbVz1@mail.gmail.com>")))
    return make.message(h, text(body, charset="iso-8859-1", cte="8bit"))


@make.mail(N(36), family="bounce", lang="en", interview=False, company=None,
           note="DSN bounce of the candidate's thank-you mail (typo in the recruiter's address)")
def m36() -> bytes:
    notice = t("""
        This is the mail system at host mx.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <niamh.galagher@halvorsenbio.ie>: host
            halvorsenbio-ie.mail.protection.outlook.com[52.101.68.3] said: 550 5.1.10
            RESOLVER.ADR.RecipientNotFound; Recipient niamh.galagher@halvorsenbio.ie not
            found by SMTP address lookup (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx.example.org
        X-Postfix-Queue-ID: 4Bk7Wq2Lz1
        X-Postfix-Sender: rfc822; alvaro.fernandez@example.org
        Arrival-Date: Thu,  8 Oct 2026 12:04:31 +0200 (CEST)

        Final-Recipient: rfc822; niamh.galagher@halvorsenbio.ie
        Original-Recipient: rfc822;niamh.galagher@halvorsenbio.ie
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; halvorsenbio-ie.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
            niamh.galagher@halvorsenbio.ie not found by SMTP address lookup
        """)
    original = t("""
        From: Álvaro Fernández <alvaro.fernandez@example.org>
        To: niamh.galagher@halvorsenbio.ie
        Subject: Thank you - Maintenance Supervisor interview
        Date: Thu, 8 Oct 2026 12:04:28 +0200
        Message-ID: <CAJp8Xr0Tk+Hb5nPq3eW7zLcYx2@mail.gmail.com>
        """).replace("Álvaro Fernández", "=?UTF-8?Q?=C3=81lvaro_Fern=C3=A1ndez?=")
    h = head(addr("Mail Delivery System", "MAILER-DAEMON@mx.example.org"),
             "Undelivered Mail Returned to Sender",
             "2026-10-08 12:04:33", MAD, "<20261008100433.9A1C52E0F3@mx.example.org>",
             extra=(("Auto-Submitted", "auto-replied"),))
    report = make.multipart(
        "report",
        make.Part([("Content-Description", "Notification"), ("Content-Type", 'text/plain; charset="us-ascii"')],
                  make._encode(notice, "us-ascii", "7bit")),
        make.raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
        make.raw_part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")], original),
        params="report-type=delivery-status")
    return make.message(h, report)


@make.mail(N(37), family="offer", lang="es", interview=False, company="Laboratorios Torío",
           note="Job offer after the October interviews; asks for an answer by a date, no meeting fixed",
           days=(("Fri", "2026-12-11"), ("Mon", "2027-01-11")))
def m37() -> bytes:
    body = t("""
        Hola, Álvaro:

        Como te adelanté ayer por teléfono, nos gustaría que te incorporaras a Laboratorios Torío
        como Supervisor de Mantenimiento de la planta de Navatejera. Te adjunto la carta de oferta
        con las condiciones que hablamos (salario fijo, variable por objetivos de disponibilidad de
        línea, guardias localizables y seguro médico).

        Si te encaja, la fecha de incorporación sería el lunes 11 de enero de 2027. Te agradecería
        una respuesta antes del viernes 11 de diciembre.

        Un abrazo y enhorabuena,

        Rodrigo Fidalgo
        Director de Planta · Laboratorios Torío
        """)
    pdf = make.Part([("Content-Type", 'application/pdf; name="Oferta_AFernandez.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Oferta_AFernandez.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    make._encode("%PDF-1.4\n% carta de oferta (contenido omitido)\n%%EOF\n", "ascii", "base64"))
    h = head(addr("Rodrigo Fidalgo", "rodrigo.fidalgo@laboratoriostorio.es"),
             "Oferta – Supervisor de Mantenimiento",
             "2026-12-03 18:12:40", MAD, "<9b8c7d6e-5f4a-4b3c-8d2e-1f0a9b8c7d6e@laboratoriostorio.es>",
             relay=("from smtp.laboratoriostorio.es (smtp.laboratoriostorio.es [192.0.2.33])",
                    "mx.example.org with ESMTPS id 9vQb4Yf2Ms0L"),
             extra=(("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0"),))
    return make.message(h, mixed(text(body, cte="8bit", params="format=flowed"), pdf))


@make.mail(N(38), family="appointment", lang="es", interview=False, company=None,
           note="Dentist appointment confirmation in León with an .ics; a fixed time, not an interview",
           days=(("Wed", "2026-09-23"),))
def m38() -> bytes:
    body = t("""
        Hola Álvaro,

        Te recordamos tu cita en Clínica Dental Ordoño:

        Miércoles 23 de septiembre de 2026 a las 18:30
        Tratamiento: revisión y limpieza
        Profesional: Dra. Sandra Robles
        Dirección: Av. Ordoño II 41, 2.º, León

        Si no puedes acudir, avísanos con 24 h de antelación llamando al 987 25 00 11.

        Clínica Dental Ordoño
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Clinic Cloud//Citas//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:cita-551872@clinicadentalordono.es
DTSTAMP:20260918T090211Z
DTSTART:20260923T163000Z
DTEND:20260923T171500Z
SUMMARY:Cita Clínica Dental Ordoño – revisión y limpieza
LOCATION:Av. Ordoño II 41\\, 2.º\\, León
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Clínica Dental Ordoño", "citas@clinicadentalordono.es"),
             "Confirmación de cita – miércoles 23 de septiembre",
             "2026-09-18 11:02:11", MAD, "<cita-551872.20260918090211@clinicadentalordono.es>",
             relay=("from smtp.clinicadentalordono.es (smtp.clinicadentalordono.es [203.0.113.150])",
                    "mx.example.org with ESMTPS id 0wRc5Zg3Nt1M"))
    return make.message(h, mixed(text(body), calendar(ics, method="PUBLISH", cte="base64",
                                                      filename="cita.ics", disposition="attachment")))


@make.mail(N(39), family="community_meeting", lang="es", interview=False, company=None,
           note="Neighbours' association AGM notice with first and second call times; not an interview",
           days=(("Thu", "2026-10-22"),))
def m39() -> bytes:
    body = t("""
        CONVOCATORIA DE JUNTA GENERAL ORDINARIA
        Comunidad de Propietarios C/ Lancia 14, León

        Por indicación del Presidente, se convoca a todos los propietarios a la Junta General
        Ordinaria que se celebrará el jueves 22 de octubre de 2026 en el portal del edificio, a las
        19:30 en primera convocatoria y a las 20:00 en segunda.

        ORDEN DEL DÍA
        1. Aprobación de cuentas del ejercicio 2025-2026.
        2. Presupuesto y cuotas 2026-2027.
        3. Sustitución de la caldera comunitaria.
        4. Renovación de cargos.
        5. Ruegos y preguntas.

        Si no puede asistir, puede delegar su voto por escrito.

        Administración de Fincas Bernesga
        """)
    h = head(addr("Administración de Fincas Bernesga", "comunidades@fincasbernesga.es"),
             "Convocatoria Junta Ordinaria – C/ Lancia 14",
             "2026-10-08 12:40:00", MAD, "<conv-lancia14-2026@fincasbernesga.es>",
             relay=("from smtp.fincasbernesga.es (smtp.fincasbernesga.es [198.51.100.44])",
                    "mx.example.org with ESMTPS id 1xSd6Ah4Ou2N"),
             to="undisclosed-recipients:;")
    return make.message(h, text(body, charset="iso-8859-1"))


@make.mail(N(40), family="appointment", lang="es", interview=False, company=None,
           note="Vehicle inspection (ITV) booking confirmation; a fixed time, not an interview",
           days=(("Sat", "2026-11-07"),))
def m40() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <h3 style="color:#00589b">Cita previa confirmada</h3>
        <p>Estimado/a cliente:</p>
        <p>Le confirmamos su cita para la inspección técnica de su vehículo.</p>
        <table cellpadding="4">
        <tr><td>Estación</td><td>ITV León - Polígono de Onzonilla</td></tr>
        <tr><td>Fecha</td><td>sábado, 07/11/2026</td></tr>
        <tr><td>Hora</td><td>09:40</td></tr>
        <tr><td>Matrícula</td><td>4821 KLM</td></tr>
        <tr><td>Tipo</td><td>Periódica - turismo</td></tr>
        <tr><td>Localizador</td><td>ITV-LE-2611-08813</td></tr>
        </table>
        <p>Recuerde traer el permiso de circulación y la ficha técnica. Llegue 10 minutos antes.</p>
        <p style="font-size:11px;color:#888">Para anular la cita: <a href="https://citaitv-leonnorte.es/anular?loc=ITV-LE-2611-08813">anular</a></p>
        </body></html>
        """)
    h = head(addr("ITV León Norte", "no-responder@citaitv-leonnorte.es"),
             "Cita ITV confirmada – 07/11/2026 09:40",
             "2026-10-30 21:18:44", MAD, "<itv-le-2611-08813@citaitv-leonnorte.es>",
             relay=("from citaitv-leonnorte.es (citaitv-leonnorte.es [192.0.2.240])",
                    "mx.example.org with ESMTPS id 2yTe7Bi5Pv3O"))
    return make.message(h, html(page, charset="iso-8859-1"))


@make.mail(N(41), family="travel", lang="es", interview=False, company=None,
           note="Train ticket León–Burgos for the day of the on-site interview; travel, not the interview",
           days=(("Tue", "2026-12-01"),))
def m41() -> bytes:
    body = t("""
        ¡Gracias por viajar con Trenes de la Meseta!

        Localizador: QX7R2M

        IDA – martes, 01/12/2026
        León 07:05 → Burgos Rosa Manzano 08:58
        Tren 18102 · Coche 4 · Plaza 09A · Tarifa Básica

        VUELTA – martes, 01/12/2026
        Burgos Rosa Manzano 16:22 → León 18:17
        Tren 18111 · Coche 2 · Plaza 13D · Tarifa Básica

        Importe total: 41,60 €

        Pasajero: ÁLVARO FERNÁNDEZ
        Presenta este correo o el código QR de la app en el control de acceso.
        """)
    h = head(addr("Trenes de la Meseta", "billetes@trenesmeseta.es"),
             "Tu billete QX7R2M: León – Burgos Rosa Manzano",
             "2026-11-25 20:47:05", MAD, "<billete.QX7R2M.20261125@trenesmeseta.es>",
             relay=("from envios.trenesmeseta.es (envios.trenesmeseta.es [203.0.113.77])",
                    "mx.example.org with ESMTPS id 3zUf8Cj6Qw4P"))
    return make.message(h, text(body, cte="base64"))


@make.mail(N(42), family="webinar", lang="en", interview=False, company=None,
           note="Zoom webinar registration (Annex 1 for maintenance teams); a fixed time, not an interview",
           days=(("Wed", "2026-11-18"),))
def m42() -> bytes:
    body = t("""
        Hi Álvaro,

        Thank you for registering for "Contamination Control Strategy for Maintenance Teams".

        Date & Time: Nov 18, 2026 03:00 PM Brussels, Copenhagen, Madrid, Paris

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/89211734455?tk=v1bLq&uuid=WN_k8Tq3

        Add to calendar: https://us06web.zoom.us/webinar/tJMqfuyhqz0o/ics

        You can cancel your registration at any time.

        CleanFlow Academy
        """)
    h = head(addr("CleanFlow Academy", "no-reply@zoom.us"),
             "Contamination Control Strategy for Maintenance Teams Confirmation",
             "2026-11-09 18:30:22", MAD, "<Ma9S1xQbT2yR7pZ4n0K3lw@geopod-ismtpd-6>",
             relay=("from o3.ptr8203.zoom.us (o3.ptr8203.zoom.us [198.51.100.203])",
                    "mx.example.org with ESMTPS id 4aVg9Dk7Rx5Q"),
             extra=(("Reply-To", "CleanFlow Academy <events@cleanflow-academy.com>"),))
    return make.message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(43), family="assessment", lang="en", interview=False, company="Norvane Pharmaceuticals",
           note="Online assessment invitation with a 'complete by' deadline; nothing scheduled",
           days=(("Sun", "2026-10-04"),))
def m43() -> bytes:
    body = t("""
        Dear Alvaro,

        As the next step in your application for Engineering & Maintenance Supervisor (2600318L),
        Norvane Pharmaceuticals invites you to complete an online assessment:

          - Mechanical & electrical reasoning (20 minutes)
          - Situational judgement (about 25 minutes)

        Please complete both parts by 23:59 CEST on Sunday, October 4, 2026. You can take them at any
        time before then; we recommend a quiet place and a laptop.

        Start here: https://assess.evaluatrix.com/c/NVN-2600318L/7f3a91

        Good luck,
        Evaluatrix on behalf of Norvane Pharmaceuticals
        """)
    h = head(addr("Norvane Pharmaceuticals via Evaluatrix", "invitations@evaluatrix.com"),
             "Next step: online assessment for Engineering & Maintenance Supervisor",
             "2026-09-25 14:06:50", "Europe/Zurich", "<assess.NVN-2600318L.7f3a91@evaluatrix.com>",
             relay=("from mta1.evaluatrix.com (mta1.evaluatrix.com [192.0.2.61])",
                    "mx.example.org with ESMTPS id 5bWh0El8Sy6R"))
    return make.message(h, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(44), family="booking", lang="es", interview=False, company=None,
           note="Padel court booking confirmation; a fixed time, not an interview",
           days=(("Sat", "2026-10-10"),))
def m44() -> bytes:
    body = t("""
        Reserva confirmada

        Club Pádel La Palomera
        Pista 3 (cristal, cubierta)
        sábado 10 de octubre · 11:00 – 12:30
        Jugadores: Álvaro F., Dani M., Óscar R., Javi P.
        Importe: 24,00 € (pagado)

        Puedes cancelar sin coste hasta 12 horas antes desde la app.
        """)
    h = head(addr("Club Pádel La Palomera", "reservas@padelpalomera.es"),
             "Reserva confirmada: Pista 3 – sáb 10/10 11:00",
             "2026-10-07 22:14:09", MAD, "<res-88231@padelpalomera.es>",
             relay=("from mail.padelpalomera.es (mail.padelpalomera.es [203.0.113.19])",
                    "mx.example.org with ESMTPS id 6cXi1Fm9Tz7S"))
    return make.message(h, text(body, cte="8bit"))


@make.mail(N(45), family="post_interview", lang="en", interview=False, company="Meridane Pharma",
           note="Recruiter's thanks after the 3 Nov interview, 'we'll be in touch' about a final round; "
                "nothing fixed")
def m45() -> bytes:
    body = t("""
        Hi Álvaro,

        Thanks so much for your time yesterday - Tom was really impressed by how you handled the
        line-availability case. We're finishing first rounds this week and I'll be in touch early
        next week about a possible final round with our VP of Operations.

        Best,
        Kayla

        On Tue, Nov 3, 2026 at 12:14 PM Álvaro Fernández <alvaro.fernandez@example.org> wrote:
        > Hi Kayla,
        >
        > Thank you for organising today's interview. I enjoyed the conversation with Tom.
        >
        > Best regards,
        > Álvaro
        """)
    h = head(addr("Kayla Brennan", "kayla.brennan@meridanepharma.com"),
             "Re: Thank you - Maintenance Supervisor interview",
             "2026-11-04 09:52:31", NY, "<CAL9rT0a1+Pq6zWnJh2uMw8kK5tX4gB@mail.gmail.com>",
             relay=("from mail-qt1-f176.google.com (mail-qt1-f176.google.com [209.85.160.176])",
                    "mx.example.org with ESMTPS id 7dYj2Gn0Ua8T"),
             extra=(("In-Reply-To", "<CAJp8Xr5Ld+Wt7mQs2kH4bNcVz9@mail.gmail.com>"),
                    ("References", "<CAJp8Xr5Ld+Wt7mQs2kH4bNcVz9@mail.gmail.com>")))
    return make.message(h, alt(text(body, cte="8bit"), html(gmail_html(body))))


@make.mail(N(46), family="rejection", lang="es", interview=False, company="Aldrin Pharma Iberia",
           note="SmartRecruiters rejection before any interview (position filled)")
def m46() -> bytes:
    body = t("""
        Hola Álvaro,

        Gracias por tu interés en el puesto de Técnico/a Senior de Mantenimiento en Aldrin Pharma
        Iberia (Guadalajara).

        Queremos informarte de que el puesto ya ha sido cubierto, por lo que no continuaremos con tu
        candidatura en este proceso. Te animamos a seguir consultando nuestras ofertas.

        Un saludo,
        Equipo de Talento de Aldrin Pharma Iberia
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif\">" + "".join(
        f"<p>{esc(p).replace(chr(10), ' ')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    h = head(addr("Aldrin Pharma Iberia", "noreply@smartrecruiters.com"),
             "Tu candidatura en Aldrin Pharma Iberia",
             "2026-10-21 15:37:02", MAD, "<sr.7b91e3c0-4f52-4a8d-bc16-0e2d9a7f3c51@smartrecruiters.com>",
             relay=("from mail.smartrecruiters.com (mail.smartrecruiters.com [198.51.100.90])",
                    "mx.example.org with ESMTPS id 8eZk3Ho1Vb9U"))
    return make.message(h, alt(text(body, cte="base64"), html(page, cte="base64")))


@make.mail(N(47), family="school", lang="es", interview=False, company=None,
           note="School notice: parents' meeting with the class tutor; a fixed time, not an interview",
           days=(("Tue", "2026-09-29"),))
def m47() -> bytes:
    body = t("""
        Estimadas familias de 3.º B:

        Os convocamos a la reunión de inicio de curso con la tutora, Pilar Gutiérrez, el martes 29 de
        septiembre a las 17:15 en el aula de 3.º B. Hablaremos de horarios, salidas previstas,
        plataforma educativa y normas de convivencia.

        Rogamos puntualidad. Habrá servicio de guardería en el gimnasio.

        Un saludo,
        Jefatura de Estudios
        CEIP Ribera del Bernesga
        """)
    h = head(addr("CEIP Ribera del Bernesga", "secretaria@ceipriberabernesga.example.com"),
             "Reunión de familias 3.º B – inicio de curso",
             "2026-09-22 13:55:00", MAD, "<reunion-3b-2026@ceipriberabernesga.example.com>",
             relay=("from smtp.educa.example.com (smtp.educa.example.com [192.0.2.175])",
                    "mx.example.org with ESMTPS id 9fAl4Ip2Wc0V"),
             to="familias-3b@ceipriberabernesga.example.com")
    return make.message(h, text(body))


@make.mail(N(48), family="job_fair", lang="es", interview=False, company=None,
           note="Virtual job fair registration with an opening time; an event, not an interview",
           days=(("Thu", "2026-11-19"),))
def m48() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hola Álvaro,</p>
        <p>Tu inscripción en la <b>Feria Virtual de Empleo del Sector Farmacéutico de Castilla y León</b> se ha completado.</p>
        <p><b>Jueves 19 de noviembre de 2026</b><br>
        Apertura de stands: 10:00 (hora peninsular)<br>
        Mesa redonda «El técnico de mantenimiento en la industria 4.0»: 12:00</p>
        <p>Durante la feria podrás chatear con las empresas y dejar tu CV. Algunas empresas ofrecerán entrevistas rápidas por videollamada en su stand, por orden de llegada.</p>
        <p><a href="https://feriaempleofarma-cyl.example.com/acceso?u=AF2291">Acceder a la feria</a></p>
        <p>Un saludo,<br>Organización de la Feria</p>
        </body></html>
        """)
    h = head(addr("Feria Virtual de Empleo Farma CyL", "info@feriaempleofarma-cyl.example.com"),
             "Inscripción confirmada – Feria Virtual de Empleo del Sector Farmacéutico",
             "2026-11-11 10:20:45", MAD, "<insc-AF2291@feriaempleofarma-cyl.example.com>",
             relay=("from mailer.feriaempleofarma-cyl.example.com (mailer.feriaempleofarma-cyl.example.com [203.0.113.220])",
                    "mx.example.org with ESMTPS id 0gBm5Jq3Xd1W"))
    return make.message(h, html(page))


@make.mail(N(49), family="non_interview_calendar", lang="es", interview=False, company=None,
           note="Google Calendar invitation to a lunch with former colleagues; a fixed time, not an interview",
           days=(("Fri", "2026-12-18"),))
def m49() -> bytes:
    body = t(f"""
        Has recibido una invitación para el siguiente evento.

        Comida de Navidad antiguos de mantenimiento 🎄
        Cuándo
        viernes, 18 dic 2026 14:30 – 17:30 (hora estándar de Europa central) - Madrid

        Dónde
        Restaurante El Capricho Leonés, C/ Cervantes 8, León

        Invitados
        Manuel Diez - organizador
        {ME}
        y 9 invitados más

        ¿Vas a asistir?
        Sí https://calendar.google.com/calendar/event?action=RESPOND&rst=1&eid=M2F0a2Zy
        No https://calendar.google.com/calendar/event?action=RESPOND&rst=2&eid=M2F0a2Zy
        Quizás https://calendar.google.com/calendar/event?action=RESPOND&rst=3&eid=M2F0a2Zy

        Invitación de Google Calendar
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20261218T143000
DTEND;TZID=Europe/Madrid:20261218T173000
DTSTAMP:20261130T193012Z
ORGANIZER;CN=Manuel Diez:mailto:manolo.diez.leon@example.com
UID:3atkfr8s1p0q2b7n4m6c9d1e5f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
DESCRIPTION:Lo de todos los años. Menú de 35 €\\, confirmad antes del 11.
LOCATION:Restaurante El Capricho Leonés\\, C/ Cervantes 8\\, León
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Comida de Navidad antiguos de mantenimiento 🎄
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Manuel Diez", "manolo.diez.leon@example.com"),
             "Invitación: Comida de Navidad antiguos de mantenimiento 🎄 @ vie 18 dic 2026 14:30 - 17:30 (CET) (alvaro.fernandez@example.org)",
             "2026-11-30 20:30:12", MAD, "<calendar-9e1d4c7b-2a3f-4b8e-a5c6-7d0e1f2a3b4c@google.com>",
             relay=("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
                    "mx.example.org with ESMTPS id 1hCn6Kr4Ye2X"),
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                    ("Reply-To", "manolo.diez.leon@example.com")))
    return make.message(h, mixed(alt(text(body), calendar(ics, cte="base64")),
                                 calendar(ics, cte="base64", ctype="application/ics",
                                          filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(50), family="course", lang="es", interview=False, company=None,
           note="Online course enrolment with the first live session's date and time; not an interview",
           days=(("Mon", "2026-10-19"),))
def m50() -> bytes:
    body = t("""
        Hola Álvaro:

        ¡Bienvenido al curso «Mantenimiento Predictivo: análisis de vibraciones nivel I»!

        Tu matrícula se ha formalizado correctamente (n.º 2026-VIB1-0457).

        La primera sesión en directo será el lunes 19 de octubre de 18:00 a 20:00 (hora peninsular)
        por Zoom; el enlace estará en el campus virtual. El resto de sesiones quedan grabadas.

        Acceso al campus: https://campus.escuelamantenimiento.example.com

        Equipo académico
        Escuela de Ingeniería de Mantenimiento Online
        """)
    h = head(addr("Escuela de Ingeniería de Mantenimiento", "campus@escuelamantenimiento.example.com"),
             "Matrícula confirmada – Análisis de vibraciones nivel I",
             "2026-10-09 09:11:37", MAD, "<mat-2026-VIB1-0457@escuelamantenimiento.example.com>",
             relay=("from smtp.escuelamantenimiento.example.com (smtp.escuelamantenimiento.example.com [198.51.100.8])",
                    "mx.example.org with ESMTPS id 2iDo7Ls5Zf3Y"))
    return make.message(h, alt(text(body, charset="iso-8859-1"), html(gmail_html(body), charset="iso-8859-1")))
