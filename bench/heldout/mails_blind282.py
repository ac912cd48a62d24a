"""blind282: a blind 50-mail held-out set, the inbox of Alba Recio, university lab manager in
Salamanca (Europe/Madrid), September to December 2026.

Written on 2026-11-26 by a helper session that read only make.py, make_blind.py, the intro and the
mix / label-convention / traps / judgement-call sections of bench/heldout/README.md, the dev corpus
README, dev labels, dev_002.eml, dev_009.eml and score.py. It did not read the detector, its tests,
any other held-out mails, and never ran the detector.

Every mail is one function below, written by hand: keys 1-17 scheduled, 18-21 rescheduled,
22-24 cancelled, 25-50 negatives. File numbers are a fixed shuffle of the writing order (ORDER).
Mostly Spanish from Spain (tú and usted), English for the pharma multinationals, two mails from
Portugal (one in English, one in Spanish). All companies and people are fictional.
"""

from __future__ import annotations

import hashlib
import random
import re

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
    raw_part,
    received,
    t,
    text,
    utc,
)

SET = "blind282"
ORDER = random.Random(2820282).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


MAD = "Europe/Madrid"
LIS = "Europe/Lisbon"
LON = "Europe/London"
NYC = "America/New_York"
AMS = "Europe/Amsterdam"
DUB = "Europe/Dublin"
ZRH = "Europe/Zurich"

ALBA = "alba.recio@example.org"
ME = addr("Alba Recio", ALBA)

ROMANCE = VTZ["W. Europe Standard Time"].replace("W. Europe Standard Time", "Romance Standard Time")

LISBON_VTZ = """BEGIN:VTIMEZONE
TZID:Europe/Lisbon
X-LIC-LOCATION:Europe/Lisbon
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

MADRID_VTZ = VTZ["Europe/Paris"].replace("Europe/Paris", "Europe/Madrid")


# --------------------------------------------------------------------------- helpers


def pos(key, *, family, lang, kind, local, zone, contact, company, note, local_end=None):
    start = utc(local.split(" ", 1)[1], zone)
    end = utc(local_end, zone) if local_end else None
    return make.mail(N(key), family=family, lang=lang, interview=True, kind=kind, start=start, end=end,
                     contact=contact, company=company, note=note, local=local, local_end=local_end,
                     zone=zone)


def neg(key, *, family, lang, company, note, days=()):
    return make.mail(N(key), family=family, lang=lang, interview=False, company=company, note=note,
                     days=days)


def _h(seed: str, n: int = 16) -> str:
    return hashlib.sha256(f"{SET}-{seed}".encode()).hexdigest()[:n]


def _addr_of(frm: str) -> str:
    m = re.search(r"<([^>]+)>", frm)
    return m.group(1) if m else frm


def hdr(frm, subject, when, zone, mid, *, hop, to=ME, extra=(), charset="utf-8", lag=2):
    ident = f"mx2.example.org (Postfix) with ESMTPS id {_h(mid, 10).upper()}"
    return [
        ("Return-Path", "<" + _addr_of(frm) + ">"),
        ("Delivered-To", ALBA),
        ("Received", received(f"from {hop}", when, zone, ident, ALBA, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


def ics(*, prodid, method, uid, stamp, start, end, summary, organizer, tzid=None, vtz=None, seq=0,
        status="CONFIRMED", location=None, description=None, attendees=(("Alba Recio", ALBA),),
        extra=(), cal_extra=()):
    """One VEVENT calendar; start/end 'YYYYMMDDTHHMMSS' (with tzid) or '...Z'."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(cal_extra)
    if vtz:
        lines += vtz.split("\n")
    tz = f";TZID={tzid}" if tzid else ""
    lines += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", f"DTSTART{tz}:{start}", f"DTEND{tz}:{end}",
              f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{summary}"]
    if location:
        lines.append(f"LOCATION:{location}")
    if description:
        lines.append(f"DESCRIPTION:{description}")
    lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for cn, mail in attendees:
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn}:mailto:{mail}")
    lines += list(extra)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


def gmail_mid(seed: str) -> str:
    return f"<CA{_h(seed, 30)}+{_h(seed + 'x', 12)}@mail.gmail.com>"


TEAMS_ES = """________________________________________________________________________________
Reunión de Microsoft Teams
Unirse desde el ordenador, aplicación móvil o dispositivo de sala
Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}%40thread.v2/0>
Id. de reunión: {mid}
Código de acceso: {pw}
Descargar Teams<https://www.microsoft.com/microsoft-teams/download-app> | Unirse en la web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


# =========================================================================== positives: scheduled


@pos(1, family="greenhouse", lang="en", kind="scheduled", local="Tue 2026-09-22 10:00", zone=MAD,
     local_end="2026-09-22 10:45", contact="sophie.lindqvist@halvorsen-tx.com",
     company="Halvorsen Therapeutics",
     note="Greenhouse confirmation, Reply-To the recruiter; 10:00-10:45 CEST written in the mail "
          "(Madrid site, Europe/Madrid, UTC+2 in September) = 08:00-08:45Z")
def m01():
    plain = t("""
        Hi Alba,

        Thank you for taking the time to speak with us. Your interview for the Laboratory
        Operations Manager (Alcobendas, Spain) position is confirmed:

        Date: Tuesday, September 22, 2026
        Time: 10:00 AM - 10:45 AM CEST (Central European Summer Time)
        Format: Microsoft Teams video call (link below)
        Interviewer: Dr. Henrik Aabye, Head of Site Operations

        Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4Yzk3%40thread.v2/0

        If anything changes on your side, just reply to this email and it will reach me.

        Best regards,
        Sophie Lindqvist
        Talent Acquisition Partner, EMEA
        Halvorsen Therapeutics
        """)
    body = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <table width="600" cellpadding="0" cellspacing="0" style="margin:0 auto"><tr><td>
        <p>Hi Alba,</p>
        <p>Thank you for taking the time to speak with us. Your interview for the <b>Laboratory
        Operations Manager (Alcobendas, Spain)</b> position is confirmed:</p>
        <table cellpadding="4" style="border:1px solid #ddd">
        <tr><td><b>Date</b></td><td>Tuesday, September 22, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM - 10:45 AM CEST (Central European Summer Time)</td></tr>
        <tr><td><b>Format</b></td><td>Microsoft Teams video call</td></tr>
        <tr><td><b>Interviewer</b></td><td>Dr. Henrik Aabye, Head of Site Operations</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4Yzk3%40thread.v2/0">Join the meeting</a></p>
        <p>If anything changes on your side, just reply to this email and it will reach me.</p>
        <p>Best regards,<br>Sophie Lindqvist<br>Talent Acquisition Partner, EMEA<br>Halvorsen Therapeutics</p>
        </td></tr></table>
        <img src="https://app.greenhouse.io/email_opens/3c1f0a9e.gif" width="1" height="1" alt="">
        </body></html>
        """)
    hs = hdr("Halvorsen Therapeutics <no-reply@us.greenhouse-mail.io>",
             "Interview Confirmation: Laboratory Operations Manager (Alcobendas, Spain)",
             "2026-09-14 11:02:37", MAD, "<gh-4471920-7731@us.greenhouse-mail.io>",
             hop="o1.ptr9921.us.greenhouse-mail.io (o1.ptr9921.us.greenhouse-mail.io [149.72.31.118])",
             extra=[("Reply-To", "Sophie Lindqvist <sophie.lindqvist@halvorsen-tx.com>")])
    return message(hs, alt(text(plain), html(body)))


@pos(2, family="workday", lang="es", kind="scheduled", local="Thu 2026-10-01 12:00", zone=MAD,
     local_end="2026-10-01 13:00", contact="nuria.castano@riberafarma.es",
     company="Laboratorios Ribera Farma",
     note="Workday HTML-only interview notice with invite.ics; 12:00-13:00 '(GMT+02:00) Madrid' = "
          "10:00-11:00Z, ICS in UTC agrees; contact = human ICS ORGANIZER (sender is the Workday tenant)")
def m02():
    body = t("""
        <!DOCTYPE html>
        <html lang="es"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;background:#f2f2f2">
        <div style="max-width:640px;margin:0 auto;background:#fff;font-family:'Segoe UI',Arial,sans-serif;font-size:14px">
        <div style="background:#00467f;color:#fff;padding:16px 24px;font-size:18px">Laboratorios Ribera Farma</div>
        <div style="padding:24px">
        <p>Hola, Alba:</p>
        <p>Nos complace invitarte a una entrevista para el puesto <b>R-10482 Responsable de Laboratorio de
        Control de Calidad (Tres Cantos)</b>.</p>
        <p><b>Fecha:</b> jueves, 1 de octubre de 2026<br>
        <b>Hora:</b> 12:00 - 13:00 (GMT+02:00) Hora de verano de Europa central (Madrid)<br>
        <b>Lugar:</b> Ribera Farma, Ronda de Poniente 9, 28760 Tres Cantos (Madrid) &ndash; recepción del edificio B<br>
        <b>Entrevistadores:</b> Nuria Castaño (Talento), Álvaro Pereda (Director de Calidad)</p>
        <p>Trae tu DNI para el control de acceso. Encontrarás la convocatoria adjunta para añadirla a tu calendario.</p>
        <p>Puedes consultar el estado de tu candidatura en cualquier momento desde tu
        <a href="https://wd3.myworkdaysite.com/es-ES/recruiting/riberafarma/Ribera_Careers/userHome">página de candidato</a>.</p>
        <p>Un saludo,<br>Equipo de Selección &ndash; Laboratorios Ribera Farma</p>
        </div>
        <div style="padding:12px 24px;color:#888;font-size:11px">Este mensaje se ha enviado desde una dirección que no admite respuestas.</div>
        </div></body></html>
        """)
    cal = ics(prodid="-//Workday//Recruiting Calendar//EN", method="REQUEST",
              uid="wd-interview-5f19c2d0-8b0e-4c1c-9a77-1a2b0e6d7f31@riberafarma.myworkday.com",
              stamp="20260924T154012Z", start="20261001T100000Z", end="20261001T110000Z",
              summary="Entrevista: R-10482 Responsable de Laboratorio de Control de Calidad",
              location="Ribera Farma\\, Ronda de Poniente 9\\, Tres Cantos - Edificio B",
              organizer=("Nuria Castaño", "nuria.castano@riberafarma.es"))
    hs = hdr("Laboratorios Ribera Farma <riberafarma@myworkday.com>",
             "Invitación a entrevista: Responsable de Laboratorio de Control de Calidad",
             "2026-09-24 17:40:12", MAD, "<1496583021.88213.1790264412345@wd3-prod-mail07>",
             hop="mta-11.myworkday.com (mta-11.myworkday.com [198.133.88.41])")
    return message(hs, mixed(html(body, cte="base64"),
                             calendar(cal, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@pos(3, family="outlook_calendar", lang="es", kind="scheduled", local="Wed 2026-10-07 09:30", zone=MAD,
     local_end="2026-10-07 10:15", contact="mvillalobos@fibduero.es",
     company="Fundación de Investigación Biosanitaria del Duero",
     note="Exchange meeting request, TZID Romance Standard Time; the body's zone label shows the "
          "standard offset '(UTC+01:00) Bruselas, Copenhague, Madrid, París' but 7 October is CEST: "
          "09:30-10:15 Madrid = 07:30-08:15Z, as the ICS says")
def m03():
    teams = TEAMS_ES.format(code="ZTk1YmM2", mid="384 209 551 772", pw="bX7qP2")
    plain = t("""
        Buenos días, Alba:

        Tal como hablamos por teléfono, te envío la convocatoria para la entrevista del puesto de
        Responsable del Laboratorio de Cultivos Celulares. Estaremos el Dr. Ortega y yo.

        Un saludo,
        Marta Villalobos
        Recursos Humanos - FIBD

        """) + teams
    body = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="ES" link="#0563C1"><div class="WordSection1">
        <p class="MsoNormal">Buenos días, Alba:</p>
        <p class="MsoNormal">Tal como hablamos por teléfono, te envío la convocatoria para la entrevista del puesto de
        Responsable del Laboratorio de Cultivos Celulares. Estaremos el Dr. Ortega y yo.</p>
        <p class="MsoNormal">Un saludo,<br>Marta Villalobos<br>Recursos Humanos - FIBD</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>
        <div style="margin-bottom:24px;overflow:hidden;white-space:nowrap"><span style="font-size:24px;font-weight:700">Reunión de Microsoft Teams</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk1YmM2%40thread.v2/0">Unirse a la reunión ahora</a></div>
        <div>Id. de reunión: 384 209 551 772 &nbsp; Código de acceso: bX7qP2</div>
        </div></body></html>
        """)
    cal = ics(prodid="Microsoft Exchange Server 2010", method="REQUEST",
              uid="040000008200E00074C5B7101A82E00800000000B0C4A2E1F450DC01000000000000000010000000A7D2",
              stamp="20261002T111540Z", start="20261007T093000", end="20261007T101500",
              tzid="Romance Standard Time", vtz=ROMANCE,
              summary="Entrevista - Responsable Lab. Cultivos Celulares (Alba Recio)",
              location="Reunión de Microsoft Teams", description="Tal como hablamos por teléfono\\, te envío la convocatoria.\\n",
              organizer=("Marta Villalobos Ferrer", "mvillalobos@fibduero.es"),
              attendees=(("Alba Recio", ALBA), ("Ignacio Ortega Sanz", "iortega@fibduero.es")),
              extra=("CLASS:PUBLIC", "PRIORITY:5", "TRANSP:OPAQUE", "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
                     "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                     "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
                     "X-MICROSOFT-ONLINEMEETINGINFORMATION:{\"OnlineMeetingChannelId\":null}"))
    hs = hdr("Marta Villalobos Ferrer <mvillalobos@fibduero.es>",
             "Entrevista - Responsable Lab. Cultivos Celulares (Alba Recio)",
             "2026-10-02 13:15:40", MAD,
             "<DB9PR04MB8412A1C3F0E2D7B6C44E3B17A2F52@DB9PR04MB8412.eurprd04.prod.outlook.com>",
             hop="EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2101.outbound.protection.outlook.com [40.107.20.101])",
             extra=[("Thread-Topic", "Entrevista - Responsable Lab. Cultivos Celulares (Alba Recio)"),
                    ("Thread-Index", "AdtUqk1zV9cD3zYjRCWn3H0fG4gP5Q=="),
                    ("Content-Language", "es-ES"),
                    ("X-MS-Has-Attach", ""),
                    ("X-MS-TNEF-Correlator", "")])
    return message(hs, alt(text(plain), html(body), calendar(cal, method="REQUEST", cte="base64")))


@pos(4, family="human_prose", lang="es", kind="scheduled", local="Thu 2026-10-15 12:30", zone=MAD,
     contact="p.sanchezarjona@institutotormes.es", company="Instituto Tormes de Biomedicina",
     note="Formal usted letter, iso-8859-1 8bit; 'jueves 15 de octubre a las 12:30' in Salamanca, CEST "
          "= 10:30Z; 'aproximadamente 45 minutos' so end null")
def m04():
    plain = t("""
        Estimada Sra. Recio:

        En relación con su candidatura a la plaza de Gestor/a de Laboratorio (ref. ITB-2026-14), le
        confirmo que la entrevista personal tendrá lugar el jueves 15 de octubre a las 12:30 horas en
        la sala de juntas de la 2ª planta del Instituto (avenida de la Vega Alta 12, Salamanca).

        La entrevista tendrá una duración aproximada de 45 minutos. Formarán parte de la comisión el
        Director Gerente, la Jefa de la Unidad de Genómica y quien suscribe. Le rogamos que traiga
        consigo una copia de los títulos que aportó en la solicitud.

        Para cualquier cuestión puede dirigirse a mí en esta misma dirección o en el 923 00 41 27.

        Atentamente,

        Dra. Pilar Sánchez-Arjona Gil
        Responsable de Recursos Humanos
        Instituto Tormes de Biomedicina
        """)
    hs = hdr(addr("Pilar Sánchez-Arjona", "p.sanchezarjona@institutotormes.es", "iso-8859-1"),
             "Convocatoria de entrevista - plaza ref. ITB-2026-14", "2026-10-09 10:12:05", MAD,
             "<5f2a91c3-7b4e-0e1d-a3c2-1182fe0b7d44@institutotormes.es>",
             hop="correo.institutotormes.es (correo.institutotormes.es [193.146.98.14])",
             extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "es-ES")])
    return message(hs, text(plain, charset="iso-8859-1", cte="8bit", params="format=flowed"))


@pos(5, family="reply_quoted", lang="es", kind="scheduled", local="Thu 2026-10-22 09:30", zone=MAD,
     contact="jorge.mateos@cerebrabio.com", company="Cerebra Bio",
     note="Short tú reply on top of the thread: 'nos vemos el jueves a las 9:30' resolved against the "
          "Date (Tue 20 Oct) = Thu 22 Oct, CEST = 07:30Z; no length stated")
def m05():
    plain = t("""
        Genial, Alba. Pues nos vemos el jueves a las 9:30 en el Parque Científico, edificio M2,
        segunda planta. Pregunta por mí en recepción. Estará también Lucía, que lleva la parte de
        cultivos, y te enseñamos el laboratorio.

        Un abrazo,
        Jorge

        --
        Jorge Mateos | CSO | Cerebra Bio
        Parque Científico de Salamanca, Villamayor
        +34 623 118 402

        El mar, 20 oct 2026 a las 18:55, Alba Recio (<alba.recio@example.org>) escribió:
        > Hola Jorge,
        >
        > Muchas gracias por escribirme. Esta semana tengo libre el miércoles por la tarde o el
        > jueves por la mañana, lo que mejor os venga.
        >
        > Un saludo,
        > Alba
        >
        > El lun, 19 oct 2026 a las 12:10, Jorge Mateos (<jorge.mateos@cerebrabio.com>) escribió:
        >> Hola Alba,
        >>
        >> Me pasó tu CV Lucía Gallego. Estamos buscando a alguien que monte y gestione el
        >> laboratorio nuevo. ¿Te apetece venir a vernos esta semana y charlamos del puesto?
        >>
        >> Jorge
        """)
    hs = hdr("Jorge Mateos <jorge.mateos@cerebrabio.com>", "Re: Puesto de lab manager en Cerebra Bio",
             "2026-10-20 19:48:22", MAD, gmail_mid("m05"),
             hop="mail-wr1-f52.google.com (mail-wr1-f52.google.com [209.85.221.52])",
             extra=[("In-Reply-To", gmail_mid("m05-alba")),
                    ("References", gmail_mid("m05-jorge") + " " + gmail_mid("m05-alba"))])
    return message(hs, alt(text(plain, cte="8bit"), html(gmail_html(plain))))


@pos(6, family="teamtailor", lang="es", kind="scheduled", local="Mon 2026-11-02 16:00", zone=MAD,
     local_end="2026-11-02 16:45", contact="laia.ferrer@kuantialabs.com", company="Kuantia Labs",
     note="Teamtailor confirmation in Spanish with ICS attachment (UTC); 16:00-16:45 CET (after the "
          "25 October change, mail also sent in CET) = 15:00-15:45Z; sender and ICS organizer are "
          "no-reply, contact = recruiter address in the body")
def m06():
    plain = t("""
        Hola Alba,

        ¡Gracias por reservar tu entrevista con Kuantia Labs!

        Puesto: Lab Manager - Plataforma de Proteómica (Barcelona)
        Cuándo: lunes, 2 de noviembre de 2026, 16:00 - 16:45 (CET)
        Dónde: Google Meet - https://meet.google.com/kqa-zrty-mpe
        Con: Laia Ferrer (Talent) y Pau Vidal (Head of Operations)

        Si necesitas cambiar la hora, escríbeme a laia.ferrer@kuantialabs.com.

        Saludos,
        Laia Ferrer
        Kuantia Labs

        ---
        Este correo se ha enviado a través de Teamtailor.
        Gestiona tus datos: https://kuantialabs.teamtailor.com/connect/privacy
        """)
    body = t("""
        <html><body style="background:#f7f7f7;font-family:-apple-system,Helvetica,Arial,sans-serif">
        <table align="center" width="560" style="background:#ffffff;border-radius:8px;padding:32px">
        <tr><td>
        <p>Hola Alba,</p>
        <p>¡Gracias por reservar tu entrevista con <strong>Kuantia Labs</strong>!</p>
        <p><strong>Puesto:</strong> Lab Manager - Plataforma de Proteómica (Barcelona)<br>
        <strong>Cuándo:</strong> lunes, 2 de noviembre de 2026, 16:00 - 16:45 (CET)<br>
        <strong>Dónde:</strong> <a href="https://meet.google.com/kqa-zrty-mpe">Google Meet</a><br>
        <strong>Con:</strong> Laia Ferrer (Talent) y Pau Vidal (Head of Operations)</p>
        <p>Si necesitas cambiar la hora, escríbeme a
        <a href="mailto:laia.ferrer@kuantialabs.com">laia.ferrer@kuantialabs.com</a>.</p>
        <p>Saludos,<br>Laia Ferrer<br>Kuantia Labs</p>
        </td></tr></table>
        <p style="text-align:center;color:#999;font-size:11px">Enviado con Teamtailor &middot;
        <a href="https://kuantialabs.teamtailor.com/connect/privacy">Gestiona tus datos</a></p>
        </body></html>
        """)
    cal = ics(prodid="-//Teamtailor//Meetings//EN", method="REQUEST",
              uid="tt-meeting-2217748@teamtailor.com", stamp="20261028T110500Z",
              start="20261102T150000Z", end="20261102T154500Z",
              summary="Entrevista Kuantia Labs - Lab Manager",
              location="https://meet.google.com/kqa-zrty-mpe",
              organizer=("Kuantia Labs", "no-reply@teamtailor-mail.com"))
    hs = hdr(addr("Laia Ferrer · Kuantia Labs", "no-reply@teamtailor-mail.com"),
             "Entrevista confirmada: Lab Manager - Plataforma de Proteómica", "2026-10-28 12:05:51", MAD,
             "<0102019a2f7c44e1-5d7b1e90-2c7e-4a0b-a5f1-9b31c0d2e6f4-000000@eu-west-1.amazonses.com>",
             hop="a7-19.smtp-out.eu-west-1.amazonses.com (a7-19.smtp-out.eu-west-1.amazonses.com [54.240.7.19])")
    return message(hs, mixed(alt(text(plain), html(body)),
                             calendar(cal, method="REQUEST", filename="invite.ics", disposition="attachment",
                                      cte="base64")))


@pos(7, family="personio", lang="es", kind="scheduled", local="Tue 2026-11-10 11:00", zone=MAD,
     local_end="2026-11-10 12:00", contact="carla.benlloch@diagnosticaturia.es",
     company="Diagnóstica Turia",
     note="Personio invitation (base64 text+html), Reply-To the recruiter; 'martes 10.11.2026, 11:00 "
          "(Europe/Madrid)' + 'duración: 60 minutos' = 10:00-11:00Z")
def m07():
    plain = t("""
        Hola Alba:

        Te confirmamos la entrevista para el puesto de Coordinador/a de Laboratorio de Microbiología.

        Fecha: martes, 10.11.2026
        Hora: 11:00 (Europe/Madrid)
        Duración: 60 minutos
        Tipo: videollamada (Google Meet)
        Enlace: https://meet.google.com/vdt-hkpq-xna

        Participan: Carla Benlloch (People & Culture) y Dr. Vicent Soler (Director Técnico).

        Si tienes cualquier duda, responde directamente a este correo.

        Un saludo,
        Carla Benlloch
        Diagnóstica Turia S.L.

        Powered by Personio
        """)
    body = t("""
        <div style="font-family:Inter,Arial,sans-serif;font-size:14px;line-height:1.5;color:#1b1b1b">
        <p>Hola Alba:</p>
        <p>Te confirmamos la entrevista para el puesto de <b>Coordinador/a de Laboratorio de Microbiología</b>.</p>
        <table style="border-collapse:collapse">
        <tr><td style="padding:2px 12px 2px 0">Fecha:</td><td>martes, 10.11.2026</td></tr>
        <tr><td style="padding:2px 12px 2px 0">Hora:</td><td>11:00 (Europe/Madrid)</td></tr>
        <tr><td style="padding:2px 12px 2px 0">Duración:</td><td>60 minutos</td></tr>
        <tr><td style="padding:2px 12px 2px 0">Tipo:</td><td>videollamada (<a href="https://meet.google.com/vdt-hkpq-xna">Google Meet</a>)</td></tr>
        </table>
        <p>Participan: Carla Benlloch (People &amp; Culture) y Dr. Vicent Soler (Director Técnico).</p>
        <p>Si tienes cualquier duda, responde directamente a este correo.</p>
        <p>Un saludo,<br>Carla Benlloch<br>Diagnóstica Turia S.L.</p>
        <p style="color:#8a8a8a;font-size:11px">Powered by Personio</p>
        </div>
        """)
    hs = hdr(addr("Diagnóstica Turia", "noreply@mail.personio.de"),
             "Invitación a entrevista – Coordinador/a de Laboratorio de Microbiología",
             "2026-11-04 09:31:18", MAD, "<20261104083118.7f3c9a1e2b@mail.personio.de>",
             hop="mail-out-3.personio.de (mail-out-3.personio.de [52.57.12.200])",
             extra=[("Reply-To", "Carla Benlloch <carla.benlloch@diagnosticaturia.es>")])
    return message(hs, alt(text(plain, cte="base64"), html(body, cte="base64")))


@pos(8, family="calendly", lang="en", kind="scheduled", local="Mon 2026-10-26 16:00", zone=MAD,
     local_end="2026-10-26 16:30", contact="rachel.okafor@quillonbio.com", company="Quillon Bio",
     note="Calendly invitee confirmation, time shown in the invitee's zone 'Central European Time': "
          "sent Thu 22 Oct in CEST, the call is Mon 26 Oct after the 25 October change, 16:00 CET = "
          "15:00Z; Reply-To the Boston recruiter (host)")
def m08():
    plain = t("""
        Hi Alba Recio,

        A new event has been scheduled.

        Event Type:
        30 Minute Screening Call - Quillon Bio

        Invitee:
        Alba Recio

        Invitee Email:
        alba.recio@example.org

        Event Date/Time:
        04:00pm - 04:30pm (Central European Time), Monday, October 26, 2026

        Location:
        This is a Zoom web conference.
        https://quillonbio.zoom.us/j/86120447391?pwd=Qk1hYzNwZ3lZbmV4

        Host:
        Rachel Okafor (rachel.okafor@quillonbio.com)

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7d1f2e60-3b9a-4f4e-8e57-1c0b2a6d9e13
        Reschedule: https://calendly.com/reschedulings/7d1f2e60-3b9a-4f4e-8e57-1c0b2a6d9e13

        Powered by Calendly.com
        """)
    body = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a">
        <div style="max-width:580px;margin:0 auto;padding:24px">
        <p>Hi Alba Recio,</p>
        <p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>30 Minute Screening Call - Quillon Bio</p>
        <p><b>Invitee:</b><br>Alba Recio</p>
        <p><b>Invitee Email:</b><br><a href="mailto:alba.recio@example.org">alba.recio@example.org</a></p>
        <p><b>Event Date/Time:</b><br>04:00pm - 04:30pm (Central European Time), Monday, October 26, 2026</p>
        <p><b>Location:</b><br>This is a Zoom web conference.<br>
        <a href="https://quillonbio.zoom.us/j/86120447391?pwd=Qk1hYzNwZ3lZbmV4">https://quillonbio.zoom.us/j/86120447391</a></p>
        <p><b>Host:</b><br>Rachel Okafor (rachel.okafor@quillonbio.com)</p>
        <p><a href="https://calendly.com/cancellations/7d1f2e60-3b9a-4f4e-8e57-1c0b2a6d9e13">Cancel</a> |
        <a href="https://calendly.com/reschedulings/7d1f2e60-3b9a-4f4e-8e57-1c0b2a6d9e13">Reschedule</a></p>
        <p style="color:#999;font-size:12px">Powered by Calendly.com</p>
        </div></body></html>
        """)
    cal = ics(prodid="-//Calendly//EN", method="REQUEST", uid="7d1f2e60-3b9a-4f4e-8e57-1c0b2a6d9e13@calendly.com",
              stamp="20261022T191500Z", start="20261026T150000Z", end="20261026T153000Z",
              summary="30 Minute Screening Call - Quillon Bio",
              location="https://quillonbio.zoom.us/j/86120447391",
              organizer=("Rachel Okafor", "rachel.okafor@quillonbio.com"))
    hs = hdr("Calendly <notifications@calendly.com>",
             "Confirmed: 30 Minute Screening Call - Quillon Bio with Rachel Okafor on Monday, October 26, 2026",
             "2026-10-22 21:15:09", MAD, "<calendly-7d1f2e60-invitee@calendly.com>",
             hop="o13.email.calendly.com (o13.email.calendly.com [167.89.24.13])",
             extra=[("Reply-To", "Rachel Okafor <rachel.okafor@quillonbio.com>")])
    return message(hs, mixed(alt(text(plain), html(body)),
                             calendar(cal, method="REQUEST", filename="invite.ics", disposition="attachment")))


@pos(9, family="google_calendar", lang="en", kind="scheduled", local="Thu 2026-11-12 11:00", zone=LIS,
     local_end="2026-11-12 12:00", contact="tiago.moreira@atlanticobio.pt", company="Atlântico Biosciences",
     note="Google Calendar invitation from Lisbon, English; 11:00-12:00 'Western European Standard Time - "
          "Lisbon' (WET = UTC in November) = 11:00-12:00Z, i.e. 12:00 in Madrid; ICS in UTC; RFC 2047 subject")
def m09():
    plain = t("""
        Tiago Moreira has invited you to an event.

        Alba Recio / Atlântico Bio – Lab Manager interview
        Thursday 12 Nov 2026 ⋅ 11:00 – 12:00 (Western European Standard Time - Lisbon)

        Join with Google Meet
        meet.google.com/wbn-xqtp-ude

        Join by phone
        (PT) +351 21 123 4019 PIN: 551 204 387#

        Hi Alba, as discussed: a one-hour conversation with me and Joana Ferraz (Head of Lab
        Operations) about the Lab Manager role in our Oeiras facility. We'll do it in English.

        Organiser
        Tiago Moreira
        tiago.moreira@atlanticobio.pt

        Guests
        Tiago Moreira - organiser
        joana.ferraz@atlanticobio.pt
        alba.recio@example.org

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NWdxMnY3

        Reply for alba.recio@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=NWdxMnY3&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=NWdxMnY3&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=NWdxMnY3&rst=3

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    body = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;max-width:600px">
        <p style="color:#70757a;font-size:14px">Tiago Moreira has invited you to an event.</p>
        <h2 style="font-weight:400;font-size:22px;color:#3c4043">Alba Recio / Atlântico Bio – Lab Manager interview</h2>
        <p style="font-size:14px">Thursday 12 Nov 2026 &#8901; 11:00 – 12:00 (Western European Standard Time - Lisbon)</p>
        <p><a href="https://meet.google.com/wbn-xqtp-ude" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Join with Google Meet</a></p>
        <p style="font-size:14px">Hi Alba, as discussed: a one-hour conversation with me and Joana Ferraz (Head of Lab
        Operations) about the Lab Manager role in our Oeiras facility. We'll do it in English.</p>
        <p style="font-size:14px"><b>Organiser</b><br>Tiago Moreira<br>tiago.moreira@atlanticobio.pt</p>
        <p style="font-size:14px"><b>Guests</b><br>Tiago Moreira - organiser<br>joana.ferraz@atlanticobio.pt<br>alba.recio@example.org</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    cal = ics(prodid="-//Google Inc//Google Calendar 70.9054//EN", method="REQUEST",
              uid="5gq2v7m1k0c8r3s9t6b4a2n1e0@google.com", stamp="20261109102012Z",
              start="20261112T110000Z", end="20261112T120000Z",
              summary="Alba Recio / Atlântico Bio – Lab Manager interview",
              description="Hi Alba\\, as discussed: a one-hour conversation with me and Joana Ferraz.\\n\\nJoin with Google Meet: https://meet.google.com/wbn-xqtp-ude",
              location="", organizer=("Tiago Moreira", "tiago.moreira@atlanticobio.pt"),
              attendees=(("Tiago Moreira", "tiago.moreira@atlanticobio.pt"), ("joana.ferraz@atlanticobio.pt", "joana.ferraz@atlanticobio.pt"),
                         ("alba.recio@example.org", ALBA)),
              extra=("CREATED:20261109T102010Z", "LAST-MODIFIED:20261109T102011Z", "TRANSP:OPAQUE"))
    cal = cal.replace("DTSTAMP:20261109102012Z", "DTSTAMP:20261109T102012Z").replace("LOCATION:\n", "")
    hs = hdr("Tiago Moreira <tiago.moreira@atlanticobio.pt>",
             "Invitation: Alba Recio / Atlântico Bio – Lab Manager interview @ Thu 12 Nov 2026 11:00 - 12:00 "
             "(WET) (alba.recio@example.org)", "2026-11-09 10:20:12", LIS,
             "<calendar-4a0c9e52-71d3-4b8e-9f0a-2c6e1d3b5a77@google.com>",
             hop="mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
             extra=[("Reply-To", "Tiago Moreira <tiago.moreira@atlanticobio.pt>"),
                    ("Sender", "Google Calendar <calendar-notification@google.com>")])
    return message(hs, mixed(alt(text(plain), html(body), calendar(cal, method="REQUEST", cte="base64")),
                             calendar(cal, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@pos(10, family="smartrecruiters", lang="en", kind="scheduled", local="Tue 2026-11-03 09:00", zone=NYC,
     local_end="2026-11-03 09:45", contact="megan.pryor@norwellpharma.com", company="Norwell Pharmaceuticals",
     note="SmartRecruiters, New Jersey hiring manager; mail sent Thu 29 Oct in EDT, interview Tue 3 Nov "
          "after the US change on 1 November: 9:00-9:45 AM EST = 14:00-14:45Z (the mail's '3:00 PM in "
          "Madrid' agrees); ICS TZID America/New_York; Reply-To the coordinator")
def m10():
    plain = t("""
        Dear Alba,

        Thank you for your interest in Norwell Pharmaceuticals. We are pleased to confirm your
        interview for the position of Associate Director, Laboratory Operations (EMEA).

        Interview details
        Date: Tuesday, November 3, 2026
        Time: 9:00 AM - 9:45 AM Eastern Time (US & Canada) - 3:00 PM - 3:45 PM in Madrid
        Type: Video interview (Webex)
        Link: https://norwellpharma.webex.com/meet/d.kowalczyk
        Interviewer: Dana Kowalczyk, VP Global Laboratory Operations, Princeton, NJ

        Please note that clocks in the US change on November 1, so the time difference with Spain
        is six hours on the day of your interview.

        A calendar invitation is attached. If you have any questions, reply to this email.

        Kind regards,
        Megan Pryor
        Recruiting Coordinator | Norwell Pharmaceuticals

        This message was sent to alba.recio@example.org via SmartRecruiters.
        """)
    body = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Dear Alba,</p>
        <p>Thank you for your interest in Norwell Pharmaceuticals. We are pleased to confirm your
        interview for the position of <b>Associate Director, Laboratory Operations (EMEA)</b>.</p>
        <h3 style="font-size:15px">Interview details</h3>
        <p>Date: Tuesday, November 3, 2026<br>
        Time: 9:00 AM - 9:45 AM Eastern Time (US &amp; Canada) - 3:00 PM - 3:45 PM in Madrid<br>
        Type: Video interview (Webex)<br>
        Link: <a href="https://norwellpharma.webex.com/meet/d.kowalczyk">https://norwellpharma.webex.com/meet/d.kowalczyk</a><br>
        Interviewer: Dana Kowalczyk, VP Global Laboratory Operations, Princeton, NJ</p>
        <p>Please note that clocks in the US change on November 1, so the time difference with Spain
        is six hours on the day of your interview.</p>
        <p>A calendar invitation is attached. If you have any questions, reply to this email.</p>
        <p>Kind regards,<br>Megan Pryor<br>Recruiting Coordinator | Norwell Pharmaceuticals</p>
        <p style="font-size:11px;color:#777">This message was sent to alba.recio@example.org via SmartRecruiters.</p>
        </body></html>
        """)
    cal = ics(prodid="-//SmartRecruiters//Interview Scheduler//EN", method="REQUEST",
              uid="sr-interview-6f0e2b7a91c4@smartrecruiters.com", stamp="20261029T142005Z",
              start="20261103T090000", end="20261103T094500", tzid="America/New_York",
              vtz=VTZ["America/New_York"],
              summary="Interview: Associate Director\\, Laboratory Operations (EMEA) - Alba Recio",
              location="https://norwellpharma.webex.com/meet/d.kowalczyk",
              organizer=("Megan Pryor", "megan.pryor@norwellpharma.com"),
              attendees=(("Alba Recio", ALBA), ("Dana Kowalczyk", "dana.kowalczyk@norwellpharma.com")))
    hs = hdr("Norwell Pharmaceuticals <noreply@smartrecruiters.com>",
             "Interview confirmed: Associate Director, Laboratory Operations (EMEA)",
             "2026-10-29 10:20:05", NYC, "<0100019a31b5e7d2-2b6c7e44-sr-interview@email.smartrecruiters.com>",
             hop="mail25.smartrecruiters.com (mail25.smartrecruiters.com [198.2.180.25])",
             extra=[("Reply-To", "Megan Pryor <megan.pryor@norwellpharma.com>")])
    return message(hs, mixed(alt(text(plain), html(body)),
                             calendar(cal, method="REQUEST", filename="interview.ics", disposition="attachment")))


@pos(11, family="icims", lang="en", kind="scheduled", local="Tue 2026-11-17 10:00", zone=MAD,
     local_end="2026-11-17 11:00", contact="kevin.marsh@brightwaterdx.com", company="Brightwater Diagnostics",
     note="iCIMS HTML-only, US date format '11/17/2026 10:00 AM (GMT+01:00) Madrid', 'Duration: 60 "
          "minutes' = 09:00-10:00Z; sender is the iCIMS tenant, contact = coordinator address in the body")
def m11():
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:13px">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td style="border-bottom:3px solid #0b6e8a;padding:10px">
        <img src="https://careers-brightwaterdx.icims.com/images/logo.png" alt="Brightwater Diagnostics"></td></tr>
        <tr><td style="padding:14px">
        <p>Dear Alba Recio,</p>
        <p>Thank you for completing your video interview. We would like to invite you to a live
        interview for <b>Laboratory Manager - Sant Cugat (Req ID 2026-31877)</b>.</p>
        <table cellpadding="3">
        <tr><td><b>Date/Time:</b></td><td>11/17/2026 10:00 AM (GMT+01:00) Madrid</td></tr>
        <tr><td><b>Duration:</b></td><td>60 minutes</td></tr>
        <tr><td><b>Interview Type:</b></td><td>Video Interview (Microsoft Teams)</td></tr>
        <tr><td><b>Interviewers:</b></td><td>Laura Pujol (Site Director), Kevin Marsh (Recruiter)</td></tr>
        </table>
        <p>The Teams link will be sent in a separate calendar invitation. Should you need to reschedule,
        please contact Kevin Marsh at <a href="mailto:kevin.marsh@brightwaterdx.com">kevin.marsh@brightwaterdx.com</a>.</p>
        <p>Sincerely,<br>Brightwater Diagnostics Talent Acquisition</p>
        <p style="font-size:10px;color:#888">Please do not reply to this message; this mailbox is not monitored.</p>
        </td></tr></table></body></html>
        """)
    hs = hdr("Brightwater Diagnostics <brightwaterdx@talent.icims.com>",
             "Brightwater Diagnostics - Interview Invitation: Laboratory Manager - Sant Cugat",
             "2026-11-11 16:45:30", MAD, "<1826147130.4418.1794415530211.JavaMail.icims@talent.icims.com>",
             hop="out-7.icims.com (out-7.icims.com [206.81.41.7])")
    return message(hs, html(body))


@pos(12, family="ms_bookings", lang="es", kind="scheduled", local="Mon 2026-09-21 10:30", zone=MAD,
     local_end="2026-09-21 11:00", contact=None, company="Grupo Sanitario Vettonia",
     note="Microsoft Bookings confirmation from the HR shared mailbox; the body shows '(UTC+01:00) "
          "Bruselas, Copenhague, Madrid, París' but 21 September is CEST: 10:30-11:00 = 08:30-09:00Z, as "
          "the ICS (Romance Standard Time) says; staff named but no personal address -> contact null")
def m12():
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <p>Hola Alba Recio:</p>
        <p>Gracias por reservar con Grupo Sanitario Vettonia - Selección. Su reserva está confirmada.</p>
        <table style="border-left:4px solid #0078d4;padding-left:12px">
        <tr><td style="font-size:18px;font-weight:600">Entrevista presencial - Supervisor/a de Laboratorio de Análisis Clínicos</td></tr>
        <tr><td>lunes, 21 de septiembre de 2026</td></tr>
        <tr><td>10:30 - 11:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París</td></tr>
        <tr><td>Personal: Raquel Domínguez</td></tr>
        <tr><td>Hospital Vettonia, planta -1, Dirección de Personas. Paseo de Canalejas 140, Salamanca</td></tr>
        </table>
        <p>Adjuntamos un evento de calendario. Si necesita cambiar o cancelar la reserva, use el enlace
        <a href="https://outlook.office365.com/owa/calendar/GrupoSanitarioVettoniaSeleccin@gsvettonia.es/bookings/">Administrar la reserva</a>.</p>
        <p style="font-size:12px;color:#605e5c">Con la tecnología de Microsoft Bookings</p>
        </div></body></html>
        """)
    cal = ics(prodid="Microsoft Exchange Server 2010", method="REQUEST",
              uid="040000008200E00074C5B7101A82E00800000000E1C85F3B9A42DC010000000000000000100000003F61",
              stamp="20260914070512Z", start="20260921T103000", end="20260921T110000",
              tzid="Romance Standard Time", vtz=ROMANCE,
              summary="Entrevista presencial - Supervisor/a de Laboratorio de Análisis Clínicos",
              location="Hospital Vettonia\\, planta -1\\, Dirección de Personas",
              organizer=("Grupo Sanitario Vettonia - Selección", "EntrevistasRRHH@gsvettonia.es"),
              extra=("X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"))
    cal = cal.replace("DTSTAMP:20260914070512Z", "DTSTAMP:20260914T070512Z")
    hs = hdr(addr("Grupo Sanitario Vettonia - Selección", "EntrevistasRRHH@gsvettonia.es"),
             "Reserva confirmada: Entrevista presencial - Supervisor/a de Laboratorio de Análisis Clínicos",
             "2026-09-14 09:05:12", MAD,
             "<AM9P195MB1270C0E5A2F0B11D9E3CF84AB6D2A@AM9P195MB1270.EURP195.PROD.OUTLOOK.COM>",
             hop="EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2118.outbound.protection.outlook.com [40.107.105.118])",
             extra=[("Content-Language", "es-ES")])
    return message(hs, mixed(html(body), calendar(cal, method="REQUEST", filename="invite.ics",
                                                  disposition="attachment", cte="base64")))


@pos(13, family="forwarded", lang="es", kind="scheduled", local="Fri 2026-11-27 10:00", zone=MAD,
     local_end="2026-11-27 11:00", contact="ines.galarza@vitalisbio.es", company="Vitalis Biologics",
     note="Alba forwards the recruiter's confirmation from her other address to this one (Gmail "
          "'Mensaje reenviado'); 'viernes 27 de noviembre a las 10:00 ... durará una hora' in Tres Cantos, "
          "CET = 09:00-10:00Z; contact = the human in the forwarded header, never Alba")
def m13():
    plain = t("""
        Para tenerlo en el correo de siempre.

        ---------- Mensaje reenviado ---------
        De: Inés Galarza <ines.galarza@vitalisbio.es>
        Date: lun, 23 nov 2026 a las 9:14
        Subject: Entrevista QC Vitalis - viernes 27
        To: Alba Recio <alba.recio@example.com>


        Hola Alba:

        Te confirmo la entrevista con el equipo de Control de Calidad el viernes 27 de noviembre a las
        10:00 en nuestras instalaciones de Tres Cantos (calle Marie Curie 4, edificio 2). Durará una
        hora: media con Héctor Lozano (QC Manager) y media conmigo.

        Como vienes desde Salamanca, si te viene mejor podemos empezar un poco más tarde; dímelo antes
        del miércoles y lo cambiamos.

        Un saludo,
        Inés Galarza
        People Partner · Vitalis Biologics
        """)
    hs = hdr("Alba Recio <alba.recio@example.com>", "Fwd: Entrevista QC Vitalis - viernes 27",
             "2026-11-23 21:05:44", MAD, gmail_mid("m13"),
             hop="mail-ej1-f41.google.com (mail-ej1-f41.google.com [209.85.218.41])",
             extra=[("In-Reply-To", gmail_mid("m13-ines")), ("References", gmail_mid("m13-ines"))])
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@pos(14, family="reply_quoted", lang="es", kind="scheduled", local="Wed 2026-10-07 16:00", zone=MAD,
     contact="ana.rivas@biolabcastilla.es", company="Biolab Castilla",
     note="Outlook reply on top of the thread where two slots had been proposed; confirms 'el miércoles "
          "7 a las 16:00' (the Date is Fri 2 Oct, so Wed 7 Oct), CEST = 14:00Z; 'unos 45 minutos' so end "
          "null; windows-1252")
def m14():
    plain = t("""
        Perfecto, Alba.

        Queda confirmada entonces el miércoles 7 a las 16:00 por Teams con Gonzalo Herrero, nuestro
        director técnico, y conmigo. Te llegará la invitación desde su cuenta. Calcula unos 45 minutos.

        Un saludo,

        Ana Rivas Cuesta
        Técnico de Selección | Biolab Castilla
        Tel. 983 55 20 14

        De: Alba Recio <alba.recio@example.org>
        Enviado: jueves, 1 de octubre de 2026 18:20
        Para: Ana Rivas Cuesta <ana.rivas@biolabcastilla.es>
        Asunto: Re: Proceso de selección - Responsable de Laboratorio (Valladolid)

        Hola Ana:

        Muchas gracias. El miércoles 7 a las 16:00 me va perfecto.

        Un saludo,
        Alba

        De: Ana Rivas Cuesta <ana.rivas@biolabcastilla.es>
        Enviado: jueves, 1 de octubre de 2026 13:02
        Para: alba.recio@example.org
        Asunto: Proceso de selección - Responsable de Laboratorio (Valladolid)

        Hola Alba:

        Nos gustaría seguir adelante con tu candidatura. ¿Te vendría bien una primera entrevista el
        martes 6 de octubre a las 10:00 o el miércoles 7 a las 16:00?

        Un saludo,
        Ana
        """)
    body = "<html><body lang=\"ES\"><div class=\"WordSection1\">\n" + "".join(
        f"<p class=\"MsoNormal\">{line or '&nbsp;'}</p>\n" for line in plain.rstrip("\n").split("\n")) + \
        "</div></body></html>\n"
    hs = hdr("Ana Rivas Cuesta <ana.rivas@biolabcastilla.es>",
             "RE: Proceso de selección - Responsable de Laboratorio (Valladolid)",
             "2026-10-02 09:47:03", MAD,
             "<PAXPR07MB8890D7F1B2E9C4A5F0E13D62B9A0@PAXPR07MB8890.eurprd07.prod.outlook.com>",
             hop="EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2107.outbound.protection.outlook.com [40.107.241.107])",
             extra=[("In-Reply-To", "<" + _h("m14-alba", 24) + "@example.org>"),
                    ("References", "<PAXPR07MB8890A1B2C3D4E5F60718293A4B5C@PAXPR07MB8890.eurprd07.prod.outlook.com> <"
                     + _h("m14-alba", 24) + "@example.org>"),
                    ("Thread-Topic", enc("Proceso de selección - Responsable de Laboratorio (Valladolid)",
                                         "windows-1252")),
                    ("Content-Language", "es-ES")], charset="windows-1252")
    return message(hs, alt(text(plain, charset="windows-1252"), html(body, charset="windows-1252")))


@pos(15, family="human_prose", lang="es", kind="scheduled", local="Wed 2026-12-09 10:00", zone=LIS,
     contact="beatriz.sousa@douroanalytica.pt", company="Douro Analytica",
     note="Porto recruiter writing in Spanish: 'miércoles 9 de diciembre a las 10:00, hora de Portugal "
          "(las 11:00 en España)'; Lisbon is WET = UTC in December, so 10:00Z; no length stated")
def m15():
    plain = t("""
        Hola Alba,

        Muchas gracias por tu interés en Douro Analytica. Como te comenté por teléfono, te confirmo la
        entrevista por videollamada (Teams) el miércoles 9 de diciembre a las 10:00, hora de Portugal
        (las 11:00 en España).

        Estaremos el Eng. Rui Carvalho, director del laboratorio de Matosinhos, y yo. La haremos en
        español, aunque puede que Rui te haga alguna pregunta en inglés.

        Te envío el enlace el día antes.

        Cumprimentos,
        Beatriz Sousa
        Recursos Humanos | Douro Analytica, S.A.
        Rua do Godinho 310, 4450-149 Matosinhos, Portugal
        """)
    hs = hdr("Beatriz Sousa <beatriz.sousa@douroanalytica.pt>",
             "Entrevista - Lab Manager Matosinhos", "2026-12-03 17:30:26", LIS,
             "<AS8PR02MB9174E2A1C6D3B0F58E7A4C21D9F3@AS8PR02MB9174.eurprd02.prod.outlook.com>",
             hop="EUR01-DB5-obe.outbound.protection.outlook.com (mail-db5eur01on2104.outbound.protection.outlook.com [40.107.15.104])",
             extra=[("Content-Language", "pt-PT")])
    return message(hs, text(plain, cte="quoted-printable"))


@pos(16, family="goodtime", lang="en", kind="scheduled", local="Thu 2026-11-19 14:00", zone=MAD,
     local_end="2026-11-19 16:30", contact="aoife.brennan@kestrelbio.ie", company="Kestrel Biologics",
     note="GoodTime itinerary of three virtual sessions, shown in 'Central European Time (Madrid)': "
          "start = first 14:00, end = last 16:30 CET = 13:00-15:30Z; the mail is sent from Dublin; "
          "Reply-To the recruiter")
def m16():
    plain = t("""
        Hi Alba,

        Your virtual interview with Kestrel Biologics is confirmed. Here is your itinerary.

        Thursday, November 19, 2026
        All times are shown in Central European Time (Madrid)

        2:00 PM - 2:45 PM   Introduction and role overview - Aoife Brennan, Talent Acquisition
        3:00 PM - 3:45 PM   Technical interview - Dr. Cian Walsh, Director of Quality Control
        4:00 PM - 4:30 PM   Culture and values - Niamh Byrne, HR Business Partner

        Each session has its own Microsoft Teams invitation, which you will receive separately.

        Position: Laboratory Manager, QC Microbiology (Cork, Ireland - relocation supported)

        If you need to make any changes, just reply to this email.

        Best of luck,
        Aoife Brennan
        Kestrel Biologics Talent Acquisition

        Scheduled with GoodTime
        """)
    body = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2d2d2d">
        <p>Hi Alba,</p>
        <p>Your virtual interview with <b>Kestrel Biologics</b> is confirmed. Here is your itinerary.</p>
        <p><b>Thursday, November 19, 2026</b><br><i>All times are shown in Central European Time (Madrid)</i></p>
        <table cellpadding="6" style="border-collapse:collapse;border:1px solid #e0e0e0">
        <tr><td>2:00 PM - 2:45 PM</td><td>Introduction and role overview</td><td>Aoife Brennan, Talent Acquisition</td></tr>
        <tr><td>3:00 PM - 3:45 PM</td><td>Technical interview</td><td>Dr. Cian Walsh, Director of Quality Control</td></tr>
        <tr><td>4:00 PM - 4:30 PM</td><td>Culture and values</td><td>Niamh Byrne, HR Business Partner</td></tr>
        </table>
        <p>Each session has its own Microsoft Teams invitation, which you will receive separately.</p>
        <p>Position: Laboratory Manager, QC Microbiology (Cork, Ireland - relocation supported)</p>
        <p>If you need to make any changes, just reply to this email.</p>
        <p>Best of luck,<br>Aoife Brennan<br>Kestrel Biologics Talent Acquisition</p>
        <p style="font-size:11px;color:#999">Scheduled with GoodTime</p>
        </body></html>
        """)
    hs = hdr("Kestrel Biologics Recruiting <scheduling@goodtime.io>",
             "Your interview itinerary - Laboratory Manager, QC Microbiology", "2026-11-12 13:10:48", DUB,
             "<20261112131048.3e6b1f0a9c2d4e77@goodtime.io>",
             hop="o2.mail.goodtime.io (o2.mail.goodtime.io [149.72.140.22])",
             extra=[("Reply-To", "Aoife Brennan <aoife.brennan@kestrelbio.ie>")])
    return message(hs, alt(text(plain), html(body)))


@pos(17, family="workable", lang="es", kind="scheduled", local="Fri 2026-10-16 13:00", zone=MAD,
     local_end="2026-10-16 13:30", contact="diego.plaza@biomedicacarpetana.es", company="Biomédica Carpetana",
     note="Workable phone interview in Spanish, 'viernes, 16 de octubre de 2026, 13:00 - 13:30 CEST' = "
          "11:00-11:30Z; Reply-To is a Workable relay (not a human mailbox), contact = the hiring "
          "manager's address in the signature; RFC 2047 From name")
def m17():
    plain = t("""
        Hola Alba,

        Diego Plaza te ha invitado a una entrevista telefónica para el puesto de Responsable de
        Laboratorio (Getafe) en Biomédica Carpetana.

        Cuándo: viernes, 16 de octubre de 2026, 13:00 - 13:30 CEST
        Tipo: llamada telefónica. Te llamaremos al número que indicaste en tu candidatura.

        Puedes responder a este correo si necesitas cualquier cosa.

        Un saludo,
        Diego Plaza
        Director de Operaciones
        diego.plaza@biomedicacarpetana.es

        --
        Enviado con Workable
        """)
    body = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hola Alba,</p>
        <p>Diego Plaza te ha invitado a una entrevista telefónica para el puesto de <b>Responsable de
        Laboratorio (Getafe)</b> en Biomédica Carpetana.</p>
        <p><b>Cuándo:</b> viernes, 16 de octubre de 2026, 13:00 - 13:30 CEST<br>
        <b>Tipo:</b> llamada telefónica. Te llamaremos al número que indicaste en tu candidatura.</p>
        <p>Puedes responder a este correo si necesitas cualquier cosa.</p>
        <p>Un saludo,<br>Diego Plaza<br>Director de Operaciones<br>diego.plaza@biomedicacarpetana.es</p>
        <p style="color:#aaa;font-size:11px">Enviado con <a href="https://www.workable.com">Workable</a></p>
        </body></html>
        """)
    hs = hdr(addr("Diego Plaza - Biomédica Carpetana", "noreply@candidates.workablemail.com"),
             "Entrevista telefónica - Responsable de Laboratorio (Getafe)", "2026-10-13 11:22:19", MAD,
             "<wk-3f9a1c7e-18a2-4d55-bf0e-72c1d8e4a6b9@workablemail.com>",
             hop="mail.workablemail.com (mail.workablemail.com [50.31.36.201])",
             extra=[("Reply-To", "biomedica-carpetana+3f9a1c7e@candidates.workablemail.com")])
    return message(hs, alt(text(plain), html(body)))


# =========================================================================== positives: rescheduled


@pos(18, family="lever", lang="en", kind="rescheduled", local="Wed 2026-12-02 14:00", zone=LON,
     local_end="2026-12-02 15:00", contact="oliver.grant@pembertoncr.co.uk",
     company="Pemberton Clinical Research",
     note="Lever reschedule from London: old Mon 30 Nov 10:00 GMT, new Wed 2 Dec 14:00-15:00 GMT (= UTC, "
          "15:00 in Madrid) = 14:00-15:00Z; ICS SEQUENCE:1 in UTC; Reply-To the recruiter")
def m18():
    plain = t("""
        Hi Alba,

        Your interview with Pemberton Clinical Research has been rescheduled.

        Previously: Monday, 30 November 2026, 10:00 - 11:00 GMT
        New time:   Wednesday, 2 December 2026, 14:00 - 15:00 GMT (London)

        Position: Laboratory Manager - Central Lab (hybrid, London / remote EU)
        Interviewers: Oliver Grant (Talent Partner), Dr. Priya Raman (Head of Central Laboratory)
        Location: Zoom - https://pembertoncr.zoom.us/j/93014588210

        An updated calendar invitation is attached. Apologies for the change; Priya had a clash with
        a sponsor audit. Reply to this email if the new time does not work for you.

        Thanks,
        Oliver Grant
        Pemberton Clinical Research
        """)
    body = t("""
        <html><body style="font-family:-apple-system,'Segoe UI',Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Alba,</p>
        <p>Your interview with Pemberton Clinical Research has been <b>rescheduled</b>.</p>
        <p style="color:#888"><s>Monday, 30 November 2026, 10:00 - 11:00 GMT</s></p>
        <p><b>Wednesday, 2 December 2026, 14:00 - 15:00 GMT (London)</b></p>
        <p>Position: Laboratory Manager - Central Lab (hybrid, London / remote EU)<br>
        Interviewers: Oliver Grant (Talent Partner), Dr. Priya Raman (Head of Central Laboratory)<br>
        Location: <a href="https://pembertoncr.zoom.us/j/93014588210">Zoom</a></p>
        <p>An updated calendar invitation is attached. Apologies for the change; Priya had a clash with
        a sponsor audit. Reply to this email if the new time does not work for you.</p>
        <p>Thanks,<br>Oliver Grant<br>Pemberton Clinical Research</p>
        </body></html>
        """)
    cal = ics(prodid="-//Lever//Interview Scheduling//EN", method="REQUEST",
              uid="lever-interview-0c7b9d2e-41f3-4a7e-b8c1-5e6f7a8b9c0d@lever.co", stamp="20261125T100230Z",
              start="20261202T140000Z", end="20261202T150000Z", seq=1,
              summary="Interview: Alba Recio - Laboratory Manager - Central Lab",
              location="https://pembertoncr.zoom.us/j/93014588210",
              organizer=("Oliver Grant", "oliver.grant@pembertoncr.co.uk"))
    hs = hdr("Pemberton Clinical Research <no-reply@hire.lever.co>",
             "Updated: your interview with Pemberton Clinical Research", "2026-11-25 10:02:30", LON,
             "<lever-0c7b9d2e-41f3-seq1@hire.lever.co>",
             hop="mail-a.hire.lever.co (mail-a.hire.lever.co [198.21.4.62])",
             extra=[("Reply-To", "Oliver Grant <oliver.grant@pembertoncr.co.uk>")])
    return message(hs, mixed(alt(text(plain), html(body)),
                             calendar(cal, method="REQUEST", filename="invite.ics", disposition="attachment")))


@pos(19, family="human_prose", lang="es", kind="rescheduled", local="Wed 2026-10-14 16:30", zone=MAD,
     contact="rlastra@fcnorte.org", company="Fundación Cardiovascular del Norte",
     note="tú mail moving the interview 'del martes 13 de octubre a las 10:00 al miércoles 14 de octubre "
          "a las 16:30'; label = new time, CEST = 14:30Z; Zoom block without duration")
def m19():
    plain = t("""
        Hola Alba:

        Por un problema de agenda del jefe de servicio tenemos que mover tu entrevista del martes 13 de
        octubre a las 10:00 al miércoles 14 de octubre a las 16:30. Sigue siendo por Zoom, con el mismo
        enlace (te lo copio abajo). Ya lo he cambiado en nuestro calendario; si la nueva hora no te
        encaja, dímelo y buscamos otra.

        Perdona las molestias.

        Rocío Lastra
        Unidad de Personas - Fundación Cardiovascular del Norte
        rlastra@fcnorte.org

        Rocío Lastra le está invitando a una reunión de Zoom programada.

        Tema: Entrevista Alba Recio - Gestor/a de Laboratorio
        Hora: 14 oct 2026 04:30 PM Madrid

        Unirse a la reunión Zoom
        https://fcnorte.zoom.us/j/81233470915?pwd=c0RnR2ZqWmVUc3Bu

        ID de reunión: 812 3347 0915
        Código de acceso: 604118
        """)
    hs = hdr(addr("Rocío Lastra", "rlastra@fcnorte.org"), "Cambio de hora - entrevista Gestor/a de Laboratorio",
             "2026-10-08 12:40:57", MAD, "<3b1c7a44e9d2f0a1b5c6d7e8f9a0b1c2@fcnorte.org>",
             hop="smtp.fcnorte.org (smtp.fcnorte.org [185.12.20.33])",
             extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    return message(hs, text(plain, charset="iso-8859-15", cte="quoted-printable"))


@pos(20, family="outlook_calendar", lang="es", kind="rescheduled", local="Tue 2026-10-27 11:00", zone=MAD,
     local_end="2026-10-27 12:00", contact="mvillalobos@fibduero.es",
     company="Fundación de Investigación Biosanitaria del Duero",
     note="Exchange update 'Actualizado:' (SEQUENCE:1, Romance Standard Time) moving the second interview "
          "from Fri 23 Oct 12:00 (CEST) to Tue 27 Oct 11:00-12:00, after the 25 October change: CET = "
          "10:00-11:00Z although the mail is sent in CEST")
def m20():
    plain = t("""
        Cuándo: martes, 27 de octubre de 2026 11:00-12:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París.
        Dónde: FIBD - Sala de reuniones 2 (planta baja), calle Real de Burgos 45, Valladolid

        *~*~*~*~*~*~*~*~*~*

        Hola Alba:

        Al final no podemos el viernes 23: el Dr. Ortega tiene tribunal de tesis. Pasamos la segunda
        entrevista al martes 27 a las 11:00, presencial aquí en Valladolid, con la Directora Científica.
        Por favor, acepta la convocatoria si te viene bien.

        Un saludo,
        Marta
        """)
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="ES"><div class="WordSection1">
        <p class="MsoNormal">Cuándo: martes, 27 de octubre de 2026 11:00-12:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París.<br>
        Dónde: FIBD - Sala de reuniones 2 (planta baja), calle Real de Burgos 45, Valladolid</p>
        <p class="MsoNormal"><span style="color:#5F5F5F">*~*~*~*~*~*~*~*~*~*</span></p>
        <p class="MsoNormal">Hola Alba:</p>
        <p class="MsoNormal">Al final no podemos el viernes 23: el Dr. Ortega tiene tribunal de tesis. Pasamos la segunda
        entrevista al martes 27 a las 11:00, presencial aquí en Valladolid, con la Directora Científica.
        Por favor, acepta la convocatoria si te viene bien.</p>
        <p class="MsoNormal">Un saludo,<br>Marta</p>
        </div></body></html>
        """)
    cal = ics(prodid="Microsoft Exchange Server 2010", method="REQUEST",
              uid="040000008200E00074C5B7101A82E008000000003A91D24C0E5FDC01000000000000000010000000C1E9",
              stamp="20261021T160212Z", start="20261027T110000", end="20261027T120000",
              tzid="Romance Standard Time", vtz=ROMANCE, seq=1,
              summary="2ª entrevista - Responsable Lab. Cultivos Celulares (Alba Recio)",
              location="FIBD - Sala de reuniones 2 (planta baja)",
              organizer=("Marta Villalobos Ferrer", "mvillalobos@fibduero.es"),
              attendees=(("Alba Recio", ALBA), ("Ignacio Ortega Sanz", "iortega@fibduero.es"),
                         ("Elena Bustamante Ruiz", "ebustamante@fibduero.es")),
              extra=("CLASS:PUBLIC", "TRANSP:OPAQUE", "X-MICROSOFT-CDO-APPT-SEQUENCE:1",
                     "X-MICROSOFT-CDO-OWNERAPPTID:-1739205611", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                     "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"))
    subject = "Actualizado: 2ª entrevista - Responsable Lab. Cultivos Celulares (Alba Recio)"
    hs = hdr("Marta Villalobos Ferrer <mvillalobos@fibduero.es>", subject, "2026-10-21 18:02:12", MAD,
             "<DB9PR04MB8412F0A2B4C6D8E0F1A3B5C7D9E1@DB9PR04MB8412.eurprd04.prod.outlook.com>",
             hop="EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2112.outbound.protection.outlook.com [40.107.20.112])",
             extra=[("Thread-Topic", enc("2ª entrevista - Responsable Lab. Cultivos Celulares (Alba Recio)")),
                    ("Thread-Index", "AdtUqk1zV9cD3zYjRCWn3H0fG4gP5QADf9Xk"),
                    ("Content-Language", "es-ES")])
    return message(hs, alt(text(plain), html(body), calendar(cal, method="REQUEST", cte="base64")))


@pos(21, family="recruitee", lang="en", kind="rescheduled", local="Thu 2026-12-03 09:30", zone=AMS,
     local_end="2026-12-03 10:30", contact="sanne.devries@zeelandvaccines.nl", company="Zeeland Vaccines",
     note="Recruitee reschedule from Leiden: old Tue 1 Dec 14:00, new Thu 3 Dec 09:30-10:30 CET "
          "(Europe/Amsterdam) = 08:30-09:30Z; ICS SEQUENCE:1 in UTC; Reply-To the recruiter")
def m21():
    plain = t("""
        Dear Alba,

        We had to move your interview for the position of Laboratory Manager (Leiden Bio Science Park).

        Old time: Tuesday 1 December 2026, 14:00 CET
        New time: Thursday 3 December 2026, 09:30 - 10:30 CET (Amsterdam)

        The interview stays online via Microsoft Teams; the link is in the updated calendar invite.
        You will speak with Sanne de Vries (Recruiter) and Maarten Kuipers (Site Lead, QC Labs).

        If this doesn't suit you, simply reply to this email.

        Kind regards,
        Sanne de Vries
        Zeeland Vaccines B.V.

        Sent via Recruitee
        """)
    body = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1d2a3a">
        <p>Dear Alba,</p>
        <p>We had to move your interview for the position of <b>Laboratory Manager (Leiden Bio Science Park)</b>.</p>
        <p>Old time: <span style="text-decoration:line-through">Tuesday 1 December 2026, 14:00 CET</span><br>
        New time: <b>Thursday 3 December 2026, 09:30 - 10:30 CET (Amsterdam)</b></p>
        <p>The interview stays online via Microsoft Teams; the link is in the updated calendar invite.
        You will speak with Sanne de Vries (Recruiter) and Maarten Kuipers (Site Lead, QC Labs).</p>
        <p>If this doesn't suit you, simply reply to this email.</p>
        <p>Kind regards,<br>Sanne de Vries<br>Zeeland Vaccines B.V.</p>
        <p style="font-size:11px;color:#8896a5">Sent via Recruitee</p>
        </body></html>
        """)
    cal = ics(prodid="-//Recruitee//Events//EN", method="REQUEST",
              uid="recruitee-event-8812034@recruitee.com", stamp="20261127T141200Z",
              start="20261203T083000Z", end="20261203T093000Z", seq=1,
              summary="Interview Alba Recio - Laboratory Manager (Zeeland Vaccines)",
              location="Microsoft Teams", organizer=("Sanne de Vries", "sanne.devries@zeelandvaccines.nl"))
    hs = hdr("Zeeland Vaccines <zeelandvaccines@mail.recruitee.com>",
             "Interview rescheduled - Laboratory Manager (Leiden Bio Science Park)", "2026-11-27 15:12:00",
             AMS, "<recruitee.8812034.1.20261127141200@mail.recruitee.com>",
             hop="smtp-out-2.recruitee.com (smtp-out-2.recruitee.com [3.122.180.9])",
             extra=[("Reply-To", "Sanne de Vries <sanne.devries@zeelandvaccines.nl>")])
    return message(hs, mixed(alt(text(plain), html(body)),
                             calendar(cal, method="REQUEST", filename="interview.ics", disposition="attachment")))


# =========================================================================== positives: cancelled


@pos(22, family="google_calendar", lang="en", kind="cancelled", local="Thu 2026-11-05 10:00", zone=NYC,
     local_end="2026-11-05 10:45", contact="rachel.okafor@quillonbio.com", company="Quillon Bio",
     note="Google Calendar cancellation (METHOD:CANCEL) from Boston; slot Thu 5 Nov 10:00-10:45 EST "
          "(after the US change on 1 Nov) = 15:00-15:45Z; no new time offered")
def m22():
    plain = t("""
        This event has been cancelled and removed from your calendar.

        Quillon Bio – Hiring Manager Interview (Alba Recio)
        Thursday 5 Nov 2026 ⋅ 10am – 10:45am (Eastern Time - New York)

        Hi Alba - so sorry, Dr. Stein has been pulled into a board meeting on Thursday and we need to
        cancel this slot. I'll get back to you with new options once his calendar clears.

        Organiser
        Rachel Okafor
        rachel.okafor@quillonbio.com

        Guests
        Rachel Okafor - organiser
        marcus.stein@quillonbio.com
        alba.recio@example.org

        Invitation from Google Calendar
        """)
    body = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;max-width:600px">
        <p style="color:#d93025;font-size:14px">This event has been cancelled and removed from your calendar.</p>
        <h2 style="font-weight:400;font-size:22px;text-decoration:line-through">Quillon Bio – Hiring Manager Interview (Alba Recio)</h2>
        <p style="font-size:14px">Thursday 5 Nov 2026 &#8901; 10am – 10:45am (Eastern Time - New York)</p>
        <p style="font-size:14px">Hi Alba - so sorry, Dr. Stein has been pulled into a board meeting on Thursday and we need to
        cancel this slot. I'll get back to you with new options once his calendar clears.</p>
        <p style="font-size:14px"><b>Organiser</b><br>Rachel Okafor<br>rachel.okafor@quillonbio.com</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    cal = ics(prodid="-//Google Inc//Google Calendar 70.9054//EN", method="CANCEL",
              uid="0r8k2m5n7p9q1s3t5v7x9z1b3d@google.com", stamp="20261102T133101Z",
              start="20261105T150000Z", end="20261105T154500Z", seq=1, status="CANCELLED",
              summary="Quillon Bio – Hiring Manager Interview (Alba Recio)",
              organizer=("Rachel Okafor", "rachel.okafor@quillonbio.com"),
              attendees=(("marcus.stein@quillonbio.com", "marcus.stein@quillonbio.com"), ("alba.recio@example.org", ALBA)))
    hs = hdr("Rachel Okafor <rachel.okafor@quillonbio.com>",
             "Cancelled event: Quillon Bio – Hiring Manager Interview (Alba Recio) @ Thu 5 Nov 2026 "
             "10am - 10:45am (EST) (alba.recio@example.org)", "2026-11-02 08:31:01", NYC,
             "<calendar-b7e1c2d9-5a40-4f63-8d21-9e0f3a6c4b18@google.com>",
             hop="mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
             extra=[("Sender", "Google Calendar <calendar-notification@google.com>")])
    return message(hs, mixed(alt(text(plain), html(body), calendar(cal, method="CANCEL", cte="base64")),
                             calendar(cal, method="CANCEL", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@pos(23, family="human_prose", lang="es", kind="cancelled", local="Fri 2026-11-20 09:00", zone=MAD,
     contact="malonso@agrovetduero.es", company="Agrovet Duero",
     note="Formal usted cancellation: 'debemos anular la entrevista prevista para el viernes 20 de "
          "noviembre a las 9:00' in Zamora, CET = 08:00Z; no new date; windows-1252 quoted-printable")
def m23():
    plain = t("""
        Estimada Sra. Recio:

        Lamentamos comunicarle que debemos anular la entrevista prevista para el viernes 20 de
        noviembre a las 9:00 en nuestras instalaciones de Zamora (polígono de Los Llanos, nave 14).

        La dirección ha decidido dejar en suspenso la incorporación de un/a Responsable de Laboratorio
        hasta el próximo ejercicio. Conservaremos su candidatura y, si el proceso se reactiva, nos
        pondremos en contacto con usted.

        Le pedimos disculpas por las molestias.

        Reciba un cordial saludo,

        Mercedes Alonso Prieto
        Administración y RR. HH.
        Agrovet Duero, S.L.
        Tel. 980 51 72 09
        """)
    hs = hdr(addr("Mercedes Alonso Prieto", "malonso@agrovetduero.es"), "Anulación de entrevista - 20/11",
             "2026-11-16 13:05:33", MAD, "<000a01db57c1$4e2f8d10$ea8ea730$@agrovetduero.es>",
             hop="smtp.agrovetduero.es (smtp.agrovetduero.es [212.170.44.18])",
             extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtX9k2rT1qWb7QhSoOqCk5mVd3xEg=="),
                    ("Content-Language", "es")], charset="windows-1252")
    return message(hs, text(plain, charset="windows-1252", cte="quoted-printable"))


@pos(24, family="outlook_calendar", lang="es", kind="cancelled", local="Fri 2026-12-11 10:00", zone=MAD,
     local_end="2026-12-11 11:00", contact="nuria.castano@riberafarma.es", company="Laboratorios Ribera Farma",
     note="Exchange 'Cancelado:' with METHOD:CANCEL / STATUS:CANCELLED, TZID Romance Standard Time; the "
          "cancelled slot Fri 11 Dec 10:00-11:00 CET = 09:00-10:00Z")
def m24():
    plain = t("""
        Hola Alba:

        Siento tener que cancelar la segunda entrevista del viernes 11. Te escribo por separado para
        contarte cómo queda el proceso.

        Un saludo,
        Nuria Castaño
        Talento - Laboratorios Ribera Farma
        """)
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="ES"><div class="WordSection1">
        <p class="MsoNormal">Hola Alba:</p>
        <p class="MsoNormal">Siento tener que cancelar la segunda entrevista del viernes 11. Te escribo por separado para
        contarte cómo queda el proceso.</p>
        <p class="MsoNormal">Un saludo,<br>Nuria Castaño<br>Talento - Laboratorios Ribera Farma</p>
        </div></body></html>
        """)
    cal = ics(prodid="Microsoft Exchange Server 2010", method="CANCEL",
              uid="040000008200E00074C5B7101A82E00800000000D4F2B8A1C363DC01000000000000000010000000E07A",
              stamp="20261207T091044Z", start="20261211T100000", end="20261211T110000",
              tzid="Romance Standard Time", vtz=ROMANCE, seq=1, status="CANCELLED",
              summary="Cancelado: Segunda entrevista R-10482 - Alba Recio",
              location="Ribera Farma Tres Cantos - Edificio B\\, sala Pasteur",
              organizer=("Nuria Castaño", "nuria.castano@riberafarma.es"),
              extra=("CLASS:PUBLIC", "PRIORITY:1", "TRANSP:TRANSPARENT", "X-MICROSOFT-CDO-APPT-SEQUENCE:1",
                     "X-MICROSOFT-CDO-BUSYSTATUS:FREE", "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE",
                     "X-MICROSOFT-CDO-IMPORTANCE:2"))
    hs = hdr(addr("Nuria Castaño", "nuria.castano@riberafarma.es"),
             "Cancelado: Segunda entrevista R-10482 - Alba Recio", "2026-12-07 10:10:44", MAD,
             "<VI1PR08MB5327B6A0C2E4F6A8B0C2D4E6F8A0@VI1PR08MB5327.eurprd08.prod.outlook.com>",
             hop="EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04on2120.outbound.protection.outlook.com [40.107.8.120])",
             extra=[("Thread-Topic", "Segunda entrevista R-10482 - Alba Recio"), ("Importance", "high"),
                    ("Content-Language", "es-ES")])
    return message(hs, alt(text(plain), html(body), calendar(cal, method="CANCEL", cte="base64")))


# =========================================================================== negatives


@neg(25, family="rejection", lang="en", company="Halvorsen Therapeutics",
     note="Greenhouse rejection after the 22 September interview; no time to confirm")
def m25():
    plain = t("""
        Dear Alba,

        Thank you for interviewing for the Laboratory Operations Manager (Alcobendas, Spain) role and
        for the time you spent with Henrik and the team.

        After careful consideration, we have decided to move forward with another candidate whose
        experience more closely matches the needs of the site at this stage. This was not an easy
        decision, and we were impressed by your background in academic core facilities.

        We will keep your profile on file and may reach out about future openings.

        Kind regards,
        Sophie Lindqvist
        Talent Acquisition Partner, EMEA
        Halvorsen Therapeutics
        """)
    hs = hdr("Halvorsen Therapeutics <no-reply@us.greenhouse-mail.io>",
             "Your application to Halvorsen Therapeutics", "2026-10-09 16:20:11", MAD,
             "<gh-4471920-9120@us.greenhouse-mail.io>",
             hop="o1.ptr9921.us.greenhouse-mail.io (o1.ptr9921.us.greenhouse-mail.io [149.72.31.118])",
             extra=[("Reply-To", "Sophie Lindqvist <sophie.lindqvist@halvorsen-tx.com>")])
    return message(hs, alt(text(plain), html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), ' ')}</p>" for p in plain.strip().split("\n\n")) + "</body></html>\n")))


@neg(26, family="auto_reply", lang="en", company="Halvorsen Therapeutics",
     note="Out-of-office reply to Alba's thank-you note after the interview; only a return date")
def m26():
    plain = t("""
        Thank you for your message. I am out of the office with limited access to email until Monday
        28 September. For urgent recruiting matters please contact talent.emea@halvorsen-tx.com.

        Best regards,
        Sophie Lindqvist
        """)
    hs = hdr("Sophie Lindqvist <sophie.lindqvist@halvorsen-tx.com>",
             "Automatic reply: Thank you - Laboratory Operations Manager interview", "2026-09-22 18:31:02",
             ZRH, "<ZR0P278MB0912A4C1D3E5F7A9B1C3D5E7F9A1@ZR0P278MB0912.CHEP278.PROD.OUTLOOK.COM>",
             hop="CHE01-ZR0-obe.outbound.protection.outlook.com (mail-zr0che01on2109.outbound.protection.outlook.com [40.107.24.109])",
             extra=[("In-Reply-To", gmail_mid("m26-alba")), ("References", gmail_mid("m26-alba")),
                    ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("X-MS-Exchange-Inbox-Rules-Loop", "sophie.lindqvist@halvorsen-tx.com")])
    return message(hs, text(plain))


@neg(27, family="application_receipt", lang="es", company="Laboratorios Ribera Farma",
     note="Workday application receipt; no interview yet")
def m27():
    body = t("""
        <html><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px">
        <div style="background:#00467f;color:#fff;padding:16px 24px;font-size:18px">Laboratorios Ribera Farma</div>
        <div style="padding:24px">
        <p>Hola, Alba:</p>
        <p>Gracias por tu interés en Laboratorios Ribera Farma. Hemos recibido tu solicitud para el puesto
        <b>R-10482 Responsable de Laboratorio de Control de Calidad (Tres Cantos)</b>.</p>
        <p>Nuestro equipo de selección revisará tu candidatura y, si tu perfil encaja con lo que buscamos,
        nos pondremos en contacto contigo para los siguientes pasos.</p>
        <p>Puedes seguir el estado de tu solicitud en tu
        <a href="https://wd3.myworkdaysite.com/es-ES/recruiting/riberafarma/Ribera_Careers/userHome">página de candidato</a>.</p>
        <p>Un saludo,<br>Equipo de Selección</p>
        </div></body></html>
        """)
    hs = hdr("Laboratorios Ribera Farma <riberafarma@myworkday.com>",
             "Hemos recibido tu solicitud - R-10482", "2026-09-08 22:14:09", MAD,
             "<1496583021.71108.1788898449001@wd3-prod-mail04>",
             hop="mta-11.myworkday.com (mta-11.myworkday.com [198.133.88.41])")
    return message(hs, html(body, cte="base64"))


@neg(28, family="application_receipt", lang="en", company="Norwell Pharmaceuticals",
     note="SmartRecruiters application receipt")
def m28():
    plain = t("""
        Hi Alba,

        Thank you for applying for Associate Director, Laboratory Operations (EMEA) at Norwell
        Pharmaceuticals. We have received your application and our team is reviewing it.

        Because we receive a high volume of applications, it may take up to three weeks before you
        hear from us. You can check the status of your application at any time in your
        SmartRecruiters candidate profile: https://my.smartrecruiters.com/

        Best regards,
        Norwell Pharmaceuticals Talent Acquisition
        """)
    hs = hdr("Norwell Pharmaceuticals <noreply@smartrecruiters.com>",
             "Thank you for applying to Norwell Pharmaceuticals", "2026-10-12 07:40:55", NYC,
             "<0100019a2b77c0e1-receipt-4f1a@email.smartrecruiters.com>",
             hop="mail25.smartrecruiters.com (mail25.smartrecruiters.com [198.2.180.25])")
    return message(hs, text(plain, cte="7bit", charset="us-ascii"))


@neg(29, family="job_alert", lang="es", company=None,
     note="Job-board alert listing lab manager offers; nothing scheduled")
def m29():
    plain = t("""
        Hola Alba, tenemos 12 nuevas ofertas para tu alerta "responsable laboratorio" en Castilla y León, Madrid.

        Responsable de Laboratorio de I+D - Nutrigen Iberia (Valladolid)
        Publicada hace 1 día · Contrato indefinido · 38.000 - 45.000 EUR
        https://www.laborea.es/oferta/418820

        Lab Manager - Centro de Investigación Biomédica (Madrid)
        Publicada hace 2 días · Jornada completa
        https://www.laborea.es/oferta/418761

        Técnico/a Superior de Laboratorio - Hospital privado (Salamanca)
        Publicada hace 3 días · Turno de mañana
        https://www.laborea.es/oferta/418690

        Ver las 12 ofertas: https://www.laborea.es/alertas/77120

        Recibes este correo porque creaste una alerta en Laborea. Darse de baja: https://www.laborea.es/baja
        """)
    body = "<html><body style=\"font-family:Arial\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n")) + "</body></html>\n"
    hs = hdr("Laborea Empleo <alertas@laborea.es>", "12 nuevas ofertas: responsable laboratorio",
             "2026-09-07 07:00:14", MAD, "<alert-77120-20260907@laborea.es>",
             hop="mailer2.laborea.es (mailer2.laborea.es [91.121.14.220])",
             extra=[("List-Unsubscribe", "<https://www.laborea.es/baja?u=77120>"), ("Precedence", "bulk")])
    return message(hs, alt(text(plain), html(body)))


@neg(30, family="job_alert", lang="en", company=None,
     note="Weekly science job alert in English; no appointment")
def m30():
    plain = t("""
        New jobs matching "laboratory manager" - Europe

        Senior Lab Manager, Translational Sciences - Arbor Genomics - Cambridge, UK
        Laboratory Operations Lead - Helix Pharma Services - Basel, Switzerland
        Core Facility Manager (Flow Cytometry) - Instituto de Medicina Molecular - Lisbon, Portugal
        QC Laboratory Manager - Fjord Biologics - Copenhagen, Denmark

        See all 27 jobs: https://www.euroscijobs.com/alerts/ab41f2

        You are receiving this weekly alert because you subscribed at euroscijobs.com.
        Manage alerts: https://www.euroscijobs.com/alerts/manage
        """)
    hs = hdr("EuroSciJobs <alerts@euroscijobs.com>", "27 new jobs for \"laboratory manager\" this week",
             "2026-11-18 07:00:03", "Europe/Berlin", "<20261118060003.ab41f2@euroscijobs.com>",
             hop="mta3.euroscijobs.com (mta3.euroscijobs.com [185.70.40.12])",
             extra=[("List-Unsubscribe", "<mailto:unsubscribe@euroscijobs.com?subject=ab41f2>"),
                    ("Precedence", "bulk")])
    return message(hs, text(plain, cte="7bit", charset="us-ascii"))


@neg(31, family="newsletter_tips", lang="es", company=None,
     note="Careers newsletter with interview tips; no appointment")
def m31():
    plain = t("""
        CARRERA CIENTÍFICA · Boletín nº 84

        5 preguntas que te harán en una entrevista para la industria farmacéutica

        1. "Cuéntame una desviación de calidad que gestionaste." Prepara un ejemplo con el método STAR.
        2. "¿Cómo priorizas cuando todo es urgente?" Habla de planificación, no de heroicidades.
        3. "¿Qué experiencia tienes con GMP/GLP?" Si vienes de la universidad, cuenta auditorías,
           procedimientos normalizados y trazabilidad.
        4. "¿Por qué dejas la academia?" Sé honesto y positivo.
        5. "¿Qué preguntas tienes para nosotros?" Lleva siempre dos o tres.

        Además: cómo negociar tu primer salario en empresa y qué es un "assessment center".

        Leer en la web: https://www.carreracientifica.es/boletin/84
        Darse de baja: https://www.carreracientifica.es/baja
        """)
    hs = hdr(addr("Carrera Científica", "boletin@carreracientifica.es"),
             "5 preguntas que te harán en una entrevista en farma", "2026-10-04 10:00:00", MAD,
             "<boletin84.c8e1@carreracientifica.es>",
             hop="mail.sendinblue.com (mail.sendinblue.com [185.41.28.109])",
             extra=[("List-Unsubscribe", "<https://www.carreracientifica.es/baja>"), ("Precedence", "bulk")])
    return message(hs, text(plain, cte="8bit"))


@neg(32, family="recruiter_outreach", lang="es", company="Selecta Life Sciences",
     note="Agency outreach asking for a call 'esta semana o la que viene'; no time fixed")
def m32():
    plain = t("""
        Hola Alba,

        Soy Javier Lorente, consultor de Selecta Life Sciences. He visto tu perfil y tu experiencia
        gestionando el laboratorio del departamento y creo que podrías encajar muy bien en una posición
        de Lab Manager que estamos cubriendo para un cliente del sector farmacéutico en Madrid
        (incorporación en enero, salario competitivo, modelo híbrido).

        ¿Tendrías 15 minutos esta semana o la que viene para una llamada? Dime qué franja te va mejor y
        te llamo.

        Un saludo,
        Javier Lorente
        Senior Consultant | Selecta Life Sciences
        +34 611 902 447
        """)
    hs = hdr("Javier Lorente <j.lorente@selectals.com>", "Posición Lab Manager - sector farmacéutico (Madrid)",
             "2026-09-29 10:45:18", MAD, "<6d7c8b9a0f1e2d3c@selectals.com>",
             hop="mail-out.selectals.com (mail-out.selectals.com [94.23.1.78])")
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@neg(33, family="proposal_unconfirmed", lang="es", company="Biolab Castilla",
     note="Recruiter proposes two slots (Tue 6 Oct 10:00 or Wed 7 Oct 16:00) and asks which suits; "
          "not confirmed until the reply of 2 October",
     days=(("Tue", "2026-10-06"), ("Wed", "2026-10-07")))
def m33():
    plain = t("""
        Hola Alba:

        Nos gustaría seguir adelante con tu candidatura. ¿Te vendría bien una primera entrevista el
        martes 6 de octubre a las 10:00 o el miércoles 7 a las 16:00?

        Un saludo,

        Ana Rivas Cuesta
        Técnico de Selección | Biolab Castilla
        Tel. 983 55 20 14
        """)
    hs = hdr("Ana Rivas Cuesta <ana.rivas@biolabcastilla.es>",
             "Proceso de selección - Responsable de Laboratorio (Valladolid)", "2026-10-01 13:02:40", MAD,
             "<PAXPR07MB8890A1B2C3D4E5F60718293A4B5C@PAXPR07MB8890.eurprd07.prod.outlook.com>",
             hop="EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2107.outbound.protection.outlook.com [40.107.241.107])",
             extra=[("Content-Language", "es-ES")])
    return message(hs, text(plain, charset="windows-1252"))


@neg(34, family="availability_request", lang="en", company="Kestrel Biologics",
     note="GoodTime availability request for the week of 16-20 November; nothing booked",
     days=(("Mon", "2026-11-16"), ("Fri", "2026-11-20")))
def m34():
    plain = t("""
        Hi Alba,

        Congratulations - the team would like to invite you to a virtual interview for Laboratory
        Manager, QC Microbiology (Cork). It will be three short sessions on the same afternoon.

        Please share your availability between Monday 16 and Friday 20 November using the link below.
        Times will be shown in your own time zone.

        Share availability: https://app.goodtime.io/availability/kestrelbio/8c2f61d0

        Thanks,
        Aoife Brennan
        Kestrel Biologics Talent Acquisition

        Scheduled with GoodTime
        """)
    hs = hdr("Kestrel Biologics Recruiting <scheduling@goodtime.io>",
             "Please share your availability - Laboratory Manager, QC Microbiology", "2026-11-05 11:30:21",
             DUB, "<20261105113021.9f1a7c3e5b0d2a44@goodtime.io>",
             hop="o2.mail.goodtime.io (o2.mail.goodtime.io [149.72.140.22])",
             extra=[("Reply-To", "Aoife Brennan <aoife.brennan@kestrelbio.ie>")])
    return message(hs, text(plain))


@neg(35, family="scheduling_link", lang="en", company="Quillon Bio",
     note="Recruiter sends a Calendly link to pick a screening slot; nothing booked yet")
def m35():
    plain = t("""
        Hi Alba,

        Thanks for applying for the Lab Operations Manager (Europe) role at Quillon Bio. I'd love to set
        up a quick 30-minute screening call. Please grab any slot that works for you here:

        https://calendly.com/rachel-okafor-quillon/30min

        Calendly will show the times in your time zone, so no need to convert from Boston.

        Best,
        Rachel

        Rachel Okafor | Senior Recruiter | Quillon Bio
        """)
    hs = hdr("Rachel Okafor <rachel.okafor@quillonbio.com>", "Quillon Bio - Lab Operations Manager (Europe)",
             "2026-10-20 11:15:37", NYC, gmail_mid("m35"),
             hop="mail-qk1-f176.google.com (mail-qk1-f176.google.com [209.85.222.176])")
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@neg(36, family="bounce", lang="en", company=None,
     note="DSN bounce of Alba's thank-you note after the Biolab interview (mistyped domain); the "
          "returned message mentions the interview 'de esta tarde' but confirms nothing")
def m36():
    orig = message([
        ("From", ME), ("To", "Gonzalo Herrero <gonzalo.herrero@biolabcastila.es>"),
        ("Subject", "Gracias por la entrevista"), ("Date", date("2026-10-07 19:09:40", MAD)),
        ("Message-ID", gmail_mid("m36-orig")),
    ], text(t("""
        Hola Gonzalo:

        Muchas gracias por la entrevista de esta tarde y por explicarme con tanto detalle cómo
        funciona el laboratorio de Valladolid. Me ha gustado mucho el proyecto.

        Un saludo,
        Alba Recio
        """)))
    report = t("""
        This is the mail system at host smtp.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <gonzalo.herrero@biolabcastila.es>: Host or domain name not found. Name service
            error for name=biolabcastila.es type=AAAA: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; smtp.example.org
        X-Postfix-Queue-ID: 4C1B82A0F3
        Arrival-Date: Wed,  7 Oct 2026 19:09:41 +0200 (CEST)

        Final-Recipient: rfc822; gonzalo.herrero@biolabcastila.es
        Original-Recipient: rfc822;gonzalo.herrero@biolabcastila.es
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=biolabcastila.es type=AAAA: Host not found
        """)
    body = multipart("report", text(report, cte="7bit", charset="us-ascii"),
                     raw_part([("Content-Type", "message/delivery-status")], status),
                     attached_message(orig), params="report-type=delivery-status")
    hs = [("Return-Path", "<>"), ("Delivered-To", ALBA),
          ("Received", received("from smtp.example.org (smtp.example.org [192.0.2.25])", "2026-10-07 19:10:02",
                                MAD, "mx2.example.org (Postfix) with ESMTPS id 9E0D17C2A1", ALBA)),
          ("From", "MAILER-DAEMON@smtp.example.org (Mail Delivery System)"), ("To", ALBA),
          ("Subject", "Undelivered Mail Returned to Sender"), ("Date", date("2026-10-07 19:10:02", MAD)),
          ("Message-ID", "<20261007171002.9E0D17C2A1@smtp.example.org>"), ("Auto-Submitted", "auto-replied")]
    return message(hs, body)


@neg(37, family="offer", lang="es", company="Vitalis Biologics",
     note="Job offer after the 27 November interview, with a contract-signing appointment (Mon 14 Dec "
          "10:00): a fixed time, but not an interview",
     days=(("Mon", "2026-12-14"),))
def m37():
    plain = t("""
        Hola Alba:

        ¡Buenas noticias! Después de la entrevista del día 27 y de hablar con Héctor, nos encantaría que
        te incorporaras a Vitalis Biologics como Responsable de Laboratorio de Control de Calidad.

        Te adjunto la carta de oferta con las condiciones (salario, jornada, teletrabajo parcial y
        fecha de incorporación prevista, el lunes 11 de enero de 2027).

        Si estás de acuerdo, podrías pasarte el lunes 14 de diciembre a las 10:00 por Tres Cantos para
        firmar el contrato y conocer a la gente de RR. HH. Si te viene mejor hacerlo con firma
        electrónica, también podemos.

        Un abrazo y enhorabuena,
        Inés Galarza
        People Partner · Vitalis Biologics
        """)
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
           b"trailer<</Root 1 0 R>>\n%%EOF\n")
    import base64
    att = make.Part([("Content-Type", 'application/pdf; name="Oferta_Alba_Recio_Vitalis.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Oferta_Alba_Recio_Vitalis.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    base64.encodebytes(pdf).replace(b"\n", b"\r\n"))
    hs = hdr(addr("Inés Galarza", "ines.galarza@vitalisbio.es"), "Oferta - Responsable de Laboratorio QC",
             "2026-12-11 12:30:15", MAD, "<GV1PR09MB7710C3E5A7B9D1F3A5C7E9B1D3F5@GV1PR09MB7710.eurprd09.prod.outlook.com>",
             hop="EUR06-GV1-obe.outbound.protection.outlook.com (mail-gv1eur06on2131.outbound.protection.outlook.com [40.107.161.131])",
             to="Alba Recio <alba.recio@example.com>, Alba Recio <alba.recio@example.org>")
    return message(hs, mixed(alt(text(plain), html(gmail_html(plain))), att))


@neg(38, family="personal_appointment", lang="es", company=None,
     note="Dentist appointment confirmation with ICS (Tue 29 Sep 18:15): confirmed time, not an interview",
     days=(("Tue", "2026-09-29"),))
def m38():
    plain = t("""
        Hola Alba:

        Tu cita en Clínica Dental Arapiles está confirmada.

        Día: martes, 29 de septiembre de 2026
        Hora: 18:15
        Profesional: Dra. Cristina Montero (revisión e higiene)
        Dirección: calle Arapiles 21, 1º, Salamanca

        Si no puedes acudir, cancela la cita con al menos 24 horas de antelación desde
        https://citasalud.es/mis-citas o llamando al 923 26 18 40.

        CitaSalud
        """)
    cal = ics(prodid="-//CitaSalud//Citas//ES", method="PUBLISH", uid="cita-5520917@citasalud.es",
              stamp="20260923T100412Z", start="20260929T181500", end="20260929T190000", tzid="Europe/Madrid",
              vtz=MADRID_VTZ, summary="Cita dental - Dra. Cristina Montero",
              location="Clínica Dental Arapiles\\, calle Arapiles 21\\, Salamanca",
              organizer=("Clínica Dental Arapiles", "no-reply@citasalud.es"), attendees=())
    hs = hdr("CitaSalud <no-reply@citasalud.es>", "Cita confirmada - Clínica Dental Arapiles",
             "2026-09-23 12:04:12", MAD, "<cita-5520917.confirm@citasalud.es>",
             hop="smtp.citasalud.es (smtp.citasalud.es [51.91.160.4])")
    return message(hs, mixed(text(plain), calendar(cal, method="PUBLISH", filename="cita.ics",
                                                   disposition="attachment", cte="quoted-printable")))


@neg(39, family="non_interview_calendar", lang="es", company=None,
     note="Exchange meeting request from Alba's own department (biosafety committee, Thu 8 Oct 13:00, "
          "Romance Standard Time): a work meeting, not an interview")
def m39():
    plain = t("""
        Hola a todos:

        Os convoco a la reunión trimestral del Comité de Bioseguridad para revisar los procedimientos
        de la sala P2 y el plan de gestión de residuos. Alba, ¿puedes traer el registro de
        mantenimiento de las cabinas?

        Ramón

        """) + TEAMS_ES.format(code="YzQ3ZWE0", mid="312 880 447 119", pw="Tq4mZ9")
    cal = ics(prodid="Microsoft Exchange Server 2010", method="REQUEST",
              uid="040000008200E00074C5B7101A82E00800000000F3A1C2D4E554DC01000000000000000010000000B2C8",
              stamp="20261005T071201Z", start="20261008T130000", end="20261008T140000",
              tzid="Romance Standard Time", vtz=ROMANCE,
              summary="Comité de Bioseguridad - reunión trimestral", location="Seminario 1.12 / Teams",
              organizer=("Ramón Iglesias Corral", "riglesias@unitormes.es"),
              attendees=(("Alba Recio", ALBA), ("Lucía Paredes", "lparedes@unitormes.es"),
                         ("Tomás Encinas", "tencinas@unitormes.es")),
              extra=("X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"))
    hs = hdr(addr("Ramón Iglesias Corral", "riglesias@unitormes.es"),
             "Comité de Bioseguridad - reunión trimestral", "2026-10-05 09:12:01", MAD,
             "<AM6PR10MB2214E8C1A3B5D7F9E1C3A5B7D9F1@AM6PR10MB2214.EURPRD10.PROD.OUTLOOK.COM>",
             hop="EUR03-AM6-obe.outbound.protection.outlook.com (mail-am6eur03on2100.outbound.protection.outlook.com [40.107.103.100])",
             to=", ".join([ME, addr("Lucía Paredes", "lparedes@unitormes.es"),
                           addr("Tomás Encinas", "tencinas@unitormes.es")]))
    return message(hs, alt(text(plain), calendar(cal, method="REQUEST", cte="base64")))


@neg(40, family="event_registration", lang="es", company=None,
     note="Registration confirmation for a quality-management conference day (Wed 18 Nov 9:30); an "
          "event, not an interview",
     days=(("Wed", "2026-11-18"),))
def m40():
    plain = t("""
        ¡Inscripción confirmada!

        Jornada de Gestión de Calidad en Laboratorios Clínicos y de Investigación (ISO 15189 / ISO 17025)
        Miércoles, 18 de noviembre de 2026 · 9:30 - 14:00
        Auditorio del Colegio Oficial de Biólogos, calle Jordán 8, Madrid

        Entrada: General (gratuita) · Nº de pedido 70411952
        Asistente: Alba Recio

        Presenta el código QR adjunto en la acreditación.

        Entradium - venta de entradas para eventos
        """)
    hs = hdr("Entradium <pedidos@entradium.es>", "Tu entrada: Jornada de Gestión de Calidad en Laboratorios",
             "2026-11-03 17:52:40", MAD, "<order-70411952@entradium.es>",
             hop="mail.entradium.es (mail.entradium.es [176.31.225.10])")
    return message(hs, alt(text(plain), html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n")) + "</body></html>\n")))


@neg(41, family="post_interview", lang="es", company="Cerebra Bio",
     note="Thanks after the Thursday visit, 'te decimos algo la semana que viene'; nothing scheduled")
def m41():
    plain = t("""
        Gracias a ti, Alba. A Lucía y a mí nos gustó mucho la conversación de ayer. Esta semana y la que
        viene vemos a otras dos personas y te decimos algo a finales de la semana que viene.

        Jorge

        El vie, 23 oct 2026 a las 9:02, Alba Recio (<alba.recio@example.org>) escribió:
        > Hola Jorge,
        >
        > Muchas gracias por la visita de ayer y por enseñarme el laboratorio.
        >
        > Un saludo,
        > Alba
        """)
    hs = hdr("Jorge Mateos <jorge.mateos@cerebrabio.com>", "Re: Gracias por la visita",
             "2026-10-23 14:10:05", MAD, gmail_mid("m41"),
             hop="mail-wr1-f49.google.com (mail-wr1-f49.google.com [209.85.221.49])",
             extra=[("In-Reply-To", gmail_mid("m41-alba")), ("References", gmail_mid("m41-alba"))])
    return message(hs, alt(text(plain, cte="8bit"), html(gmail_html(plain))))


@neg(42, family="assessment_deadline", lang="en", company="Pemberton Clinical Research",
     note="Online assessment to complete by Fri 20 Nov 23:59 GMT: a deadline, not an interview",
     days=(("Fri", "2026-11-20"),))
def m42():
    plain = t("""
        Dear Alba,

        As the next step in your application for Laboratory Manager - Central Lab at Pemberton
        Clinical Research, please complete our online assessment (situational judgement and a short
        data-interpretation exercise, about 40 minutes).

        Please complete it by Friday 20 November 2026, 23:59 GMT:
        https://assess.testgrid.io/c/pemberton/7Fq2LmX9

        You can take it at any time before the deadline; it does not need to be done in one sitting.

        Kind regards,
        Pemberton Clinical Research Talent Team
        """)
    hs = hdr("Pemberton Clinical Research via TestGrid <no-reply@testgrid.io>",
             "Action required: online assessment for Laboratory Manager - Central Lab", "2026-11-13 09:00:27",
             LON, "<tg-7Fq2LmX9-invite@testgrid.io>",
             hop="mail.testgrid.io (mail.testgrid.io [35.176.90.14])")
    return message(hs, text(plain, cte="7bit", charset="us-ascii"))


@neg(43, family="one_way_video", lang="en", company="Brightwater Diagnostics",
     note="One-way recorded video interview 'complete by Friday, November 6': no live meeting, no time",
     days=(("Fri", "2026-11-06"),))
def m43():
    body = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Alba,</p>
        <p>Brightwater Diagnostics has invited you to complete an on-demand video interview for
        <b>Laboratory Manager - Sant Cugat</b>.</p>
        <p>You will answer five questions on camera at a time that suits you. Each question allows up to
        three minutes, and you can practise as often as you like before you start.</p>
        <p><b>Please complete your interview by Friday, November 6, 2026 at 11:59 PM (CET).</b></p>
        <p><a href="https://app.hirevue.com/interviews/brightwaterdx/4Qp8Xr2z" style="background:#0b6e8a;color:#fff;padding:10px 18px;text-decoration:none">Start interview</a></p>
        <p>Good luck!<br>Brightwater Diagnostics Talent Acquisition</p>
        </body></html>
        """)
    hs = hdr("Brightwater Diagnostics <noreply@hirevue.com>",
             "Your video interview for Laboratory Manager - Sant Cugat", "2026-11-02 10:05:44", MAD,
             "<hv.4Qp8Xr2z.invite@hirevue.com>", hop="smtp.hirevue.com (smtp.hirevue.com [54.149.212.30])")
    return message(hs, html(body))


@neg(44, family="travel_booking", lang="es", company=None,
     note="Train ticket Salamanca-Madrid for the day of the Ribera Farma interview (Thu 1 Oct 07:05); "
          "travel, not an interview",
     days=(("Thu", "2026-10-01"),))
def m44():
    plain = t("""
        Rielia Viajes - Confirmación de compra

        Localizador: K7F2QX
        Pasajera: ALBA RECIO

        IDA · jueves, 01/10/2026
        Salamanca 07:05  ->  Madrid-Chamartín 08:42
        Tren 4091 · Coche 5 · Plaza 08A · Tarifa Básica

        VUELTA · jueves, 01/10/2026
        Madrid-Chamartín 17:30  ->  Salamanca 19:08
        Tren 4098 · Coche 3 · Plaza 12D · Tarifa Básica

        Importe total: 47,60 EUR (tarjeta ****2291)

        Presenta el billete en el móvil o impreso. Puedes cambiar o anular tu viaje en
        https://www.rielia.es/mis-viajes
        """)
    hs = hdr("Rielia Viajes <billetes@rielia.es>", "Confirmación de compra - Localizador K7F2QX",
             "2026-09-25 20:30:12", MAD, "<K7F2QX.20260925183012@rielia.es>",
             hop="envios.rielia.es (envios.rielia.es [213.0.87.44])")
    return message(hs, text(plain, charset="iso-8859-15", cte="quoted-printable"))


@neg(45, family="personal_appointment", lang="es", company=None,
     note="Vehicle inspection (ITV) appointment Sat 14 Nov 09:40; not an interview",
     days=(("Sat", "2026-11-14"),))
def m45():
    plain = t("""
        CITA PREVIA ITV CONFIRMADA

        Matrícula: 4821 KLT
        Estación: ITV Salamanca - Los Villares (carretera de Valladolid, km 3)
        Fecha: sábado 14/11/2026
        Hora: 09:40
        Tipo de inspección: periódica - turismo gasolina

        Recuerde traer el permiso de circulación, la ficha técnica y el justificante del seguro.
        Llegue 10 minutos antes de la hora de la cita.

        ITV Castilla Revisiones
        """)
    hs = hdr("ITV Castilla Revisiones <citaprevia@itvcastilla.es>", "Cita previa ITV confirmada - 4821 KLT",
             "2026-11-09 22:41:06", MAD, "<citaprevia.889214@itvcastilla.es>",
             hop="mail.itvcastilla.es (mail.itvcastilla.es [80.58.61.250])")
    return message(hs, text(plain, charset="iso-8859-1", cte="quoted-printable"))


@neg(46, family="sports_booking", lang="es", company=None,
     note="Padel court booking Sun 4 Oct 11:00; not an interview",
     days=(("Sun", "2026-10-04"),))
def m46():
    body = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f6f8">
        <div style="max-width:520px;margin:0 auto;background:#fff;padding:24px;border-radius:10px">
        <h2 style="color:#0a2540">¡Reserva confirmada!</h2>
        <p>Club Pádel Tormes · Pista 3 (cristal)</p>
        <p><b>domingo, 4 de octubre</b> · 11:00 - 12:30</p>
        <p>Jugadores: Alba R., Marta H., Sergio P., Iván G.</p>
        <p>Importe por jugador: 6,50 €. Cancelación gratuita hasta 24 h antes.</p>
        <p style="color:#8898aa;font-size:12px">Playtomik · Abre la app para ver tus partidos</p>
        </div></body></html>
        """)
    hs = hdr("Playtomik <no-reply@playtomik.com>", "Reserva confirmada · Club Pádel Tormes",
             "2026-10-01 19:00:31", MAD, "<res-3340718.club-padel-tormes@playtomik.com>",
             hop="o7.sg.playtomik.com (o7.sg.playtomik.com [167.89.101.7])")
    return message(hs, html(body))


@neg(47, family="webinar", lang="es", company=None,
     note="Zoom webinar registration 'Cómo superar una entrevista en la industria farmacéutica' (Wed 21 "
          "Oct 18:00): a webinar about interviews, not an interview",
     days=(("Wed", "2026-10-21"),))
def m47():
    plain = t("""
        Hola Alba Recio:

        Gracias por registrarte en "Cómo superar una entrevista en la industria farmacéutica".

        Fecha y hora: 21 oct 2026 06:00 PM Madrid

        Únete desde PC, Mac, iPad o Android:
        https://us06web.zoom.us/w/84411720553?tk=Qm9nU2pT

        Código de acceso: 271045

        Organiza: REGELAB - Red de Gestores de Laboratorio
        Ponente: Silvia Camacho, Talent Acquisition Manager (sector farmacéutico)

        Puedes cancelar tu inscripción en cualquier momento.
        """)
    hs = hdr("REGELAB <no-reply@zoom.us>",
             "Confirmación del webinar Cómo superar una entrevista en la industria farmacéutica",
             "2026-10-14 17:25:50", MAD, "<zoom-webinar-84411720553-reg@zoom.us>",
             hop="mailout-10.zoom.us (mailout-10.zoom.us [170.114.10.10])",
             extra=[("Reply-To", "info@regelab.es")])
    return message(hs, alt(text(plain), html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n")) + "</body></html>\n")))


@neg(48, family="rejection", lang="es", company="Douro Analytica",
     note="Porto company's rejection in Spanish after the 9 December interview")
def m48():
    plain = t("""
        Hola Alba,

        Muchas gracias por tu tiempo en la entrevista del pasado día 9 y por tu interés en Douro
        Analytica.

        Tras valorar todas las candidaturas, hemos decidido continuar con una persona que ya vive en
        la zona de Oporto y puede incorporarse en enero. Nos ha gustado mucho tu perfil y, si te parece
        bien, nos gustaría conservar tu CV para futuras vacantes en nuestro laboratorio de Vigo.

        Te deseamos mucha suerte.

        Cumprimentos,
        Beatriz Sousa
        Recursos Humanos | Douro Analytica, S.A.
        """)
    hs = hdr("Beatriz Sousa <beatriz.sousa@douroanalytica.pt>", "Proceso Lab Manager Matosinhos",
             "2026-12-17 15:00:48", LIS,
             "<AS8PR02MB9174A0B2C4D6E8F0A2B4C6D8E0F2@AS8PR02MB9174.eurprd02.prod.outlook.com>",
             hop="EUR01-DB5-obe.outbound.protection.outlook.com (mail-db5eur01on2104.outbound.protection.outlook.com [40.107.15.104])",
             extra=[("Content-Language", "pt-PT")])
    return message(hs, text(plain))


@neg(49, family="candidate_survey", lang="en", company="Kestrel Biologics",
     note="Candidate-experience survey after the 19 November panel; no appointment")
def m49():
    plain = t("""
        Hi Alba,

        Thank you for interviewing with Kestrel Biologics last week. We'd love to hear how it went for
        you - whatever the outcome of your application.

        The survey takes about two minutes and is anonymous:
        https://survey.goodtime.io/kestrelbio/ce/71ad20

        Thank you,
        Kestrel Biologics Talent Acquisition
        """)
    hs = hdr("Kestrel Biologics Recruiting <scheduling@goodtime.io>", "How was your interview experience?",
             "2026-11-23 10:00:16", DUB, "<20261123100016.ce71ad20@goodtime.io>",
             hop="o2.mail.goodtime.io (o2.mail.goodtime.io [149.72.140.22])")
    return message(hs, text(plain))


@neg(50, family="non_interview_calendar", lang="es", company=None,
     note="Google Calendar invitation (Spanish UI) to the lab's Christmas dinner, Fri 18 Dec 21:00 CET; "
          "a social event",
     days=(("Fri", "2026-12-18"),))
def m50():
    plain = t("""
        Marta Hidalgo te ha invitado a un evento.

        Cena de Navidad del laboratorio 🎄
        viernes, 18 de diciembre de 2026 ⋅ 21:00 – 23:30 (hora estándar de Europa central - Madrid)

        Restaurante El Zaguán, plaza del Corrillo 6, Salamanca

        ¡Este año sí! Menú cerrado a 35 €, confirmadme antes del día 11 para avisar al restaurante.

        Organizador
        Marta Hidalgo
        mhidalgo@unitormes.es

        Invitados
        Marta Hidalgo - organizador
        alba.recio@example.org
        lab-bioquimica@unitormes.es

        Invitación de Google Calendar
        """)
    cal = ics(prodid="-//Google Inc//Google Calendar 70.9054//EN", method="REQUEST",
              uid="3lq9c0v1b2n4m6k8j0h2g4f6d8@google.com", stamp="20261201T120733Z",
              start="20261218T200000Z", end="20261218T223000Z",
              summary="Cena de Navidad del laboratorio 🎄",
              location="Restaurante El Zaguán\\, plaza del Corrillo 6\\, Salamanca",
              organizer=("Marta Hidalgo", "mhidalgo@unitormes.es"),
              attendees=(("alba.recio@example.org", ALBA), ("lab-bioquimica@unitormes.es", "lab-bioquimica@unitormes.es")))
    hs = hdr("Marta Hidalgo <mhidalgo@unitormes.es>",
             "Invitación: Cena de Navidad del laboratorio 🎄 @ vie 18 dic 2026 21:00 - 23:30 (CET) "
             "(alba.recio@example.org)", "2026-12-01 13:07:33", MAD,
             "<calendar-6c1e9b30-2d7a-4e85-a0f4-8b3c5d2e1f90@google.com>",
             hop="mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
             extra=[("Sender", "Google Calendar <calendar-notification@google.com>")])
    return message(hs, alt(text(plain), calendar(cal, method="REQUEST", cte="base64")))
