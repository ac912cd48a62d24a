"""blind294: a blind 50-mail held-out set, the inbox of Marta Ayllón, export administrator at a timber
company in Soria (Europe/Madrid), September to December 2026.

Written by a helper session that read only make.py, make_blind.py, the dev corpus README, two dev
mails, the dev labels, score.py and the label-convention parts of bench/heldout/README.md; it did
not read the detector, its tests or fixtures, or any other held-out mails, and never ran the
detector. Every mail below is written by hand, one function per mail; make.py does the MIME
plumbing and the checks. Keys 1-23 are positives, 24-50 negatives; the file numbers are a fixed
shuffle of that writing order. All companies and people are fictional.
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
    raw_part,
    received,
    t,
    text,
)

SET = "blind294"
ORDER = random.Random(2940294).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "marta.ayllon@example.org"
ME_NAME = "Marta Ayllón"
TO = addr(ME_NAME, ME)
MAD = "Europe/Madrid"

# Outlook / Exchange (Spanish locale) and Google Calendar VTIMEZONE blocks for Madrid
ROMANCE = """BEGIN:VTIMEZONE
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

MADRID_VTZ = """BEGIN:VTIMEZONE
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


def _h(seed: str, n: int = 24) -> str:
    return hashlib.sha256(seed.encode(), usedforsecurity=False).hexdigest()[:n]


def head(frm: str, subject: str, when: str, zone: str, relay: str, *, to: str = TO,
         msgid: str | None = None, extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8",
         delivered: str = ME) -> list[tuple[str, str]]:
    """The usual top of a delivered message: Received, From, To, Subject, Date, Message-ID."""
    seed = _h(f"{relay}|{when}|{subject}")
    ip = f"198.51.100.{int(seed[:2], 16) % 250 + 2}"
    hs = [
        ("Delivered-To", delivered),
        ("Received", received(f"from {relay} ({relay} [{ip}])", when, zone,
                              f"mx1.example.org (Postfix) with ESMTPS id {seed[:10].upper()}", delivered)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid or f"<{seed}@{relay}>"),
    ]
    hs += list(extra)
    return hs


# =========================================================================== positives


@make.mail(N(1), family="personio", lang="es", interview=True, kind="scheduled",
           start="2026-09-15T08:00:00Z", end="2026-09-15T09:00:00Z",
           contact="irene.salcedo@mueblesarlanza.es", company="Muebles Arlanza",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=MAD,
           note="Personio invitation in Spanish (tú), 'martes, 15 de septiembre de 2026, de 10:00 a 11:00' "
                "in Aranda de Duero, Madrid summer time CEST (UTC+2); ICS in UTC agrees; contact = human "
                "Reply-To recruiter")
def p01_personio_arlanza() -> bytes:
    body = t("""
        Hola Marta:

        ¡Gracias por tu interés en Muebles Arlanza! Te confirmamos tu entrevista para el puesto de
        Administrativo/a de Exportación.

        Fecha: martes, 15 de septiembre de 2026
        Hora: de 10:00 a 11:00
        Lugar: Muebles Arlanza, Polígono Industrial Allendeduero, calle C, parcela 14,
        09400 Aranda de Duero (Burgos)
        Te recibirán: Irene Salcedo (Personas) y Tomás Gutiérrez (Responsable Comercial Exportación)

        Trae, si puedes, un ejemplo de documentación de exportación que hayas preparado (puedes tapar
        los datos del cliente). En recepción pregunta por Irene.

        Si te surge cualquier imprevisto, responde a este correo y le llegará directamente a Irene.

        Un saludo,
        El equipo de Personas de Muebles Arlanza

        --
        Este mensaje se ha enviado a través de Personio en nombre de Muebles Arlanza S.L.
        Información sobre protección de datos: https://mueblesarlanza.jobs.personio.de/privacy-policy
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="es"><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2937">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="24" style="background:#ffffff;border:1px solid #e5e7eb">
        <tr><td>
        <p>Hola Marta:</p>
        <p>¡Gracias por tu interés en Muebles Arlanza! Te confirmamos tu entrevista para el puesto de
        <strong>Administrativo/a de Exportación</strong>.</p>
        <table cellpadding="4">
        <tr><td style="color:#6b7280">Fecha</td><td>martes, 15 de septiembre de 2026</td></tr>
        <tr><td style="color:#6b7280">Hora</td><td>de 10:00 a 11:00</td></tr>
        <tr><td style="color:#6b7280">Lugar</td><td>Muebles Arlanza, Polígono Industrial Allendeduero, calle C,
        parcela 14, 09400 Aranda de Duero (Burgos)</td></tr>
        <tr><td style="color:#6b7280">Te recibirán</td><td>Irene Salcedo (Personas) y Tomás Gutiérrez
        (Responsable Comercial Exportación)</td></tr>
        </table>
        <p>Trae, si puedes, un ejemplo de documentación de exportación que hayas preparado (puedes tapar los
        datos del cliente). En recepción pregunta por Irene.</p>
        <p>Si te surge cualquier imprevisto, responde a este correo y le llegará directamente a Irene.</p>
        <p>Un saludo,<br>El equipo de Personas de Muebles Arlanza</p>
        </td></tr></table>
        <p style="font-size:11px;color:#9ca3af">Este mensaje se ha enviado a través de Personio en nombre de
        Muebles Arlanza S.L.</p>
        </td></tr></table>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Personio GmbH//Recruiting//DE
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:personio-interview-58213907@personio.de
        DTSTAMP:20260909T101400Z
        DTSTART:20260915T080000Z
        DTEND:20260915T090000Z
        SUMMARY:Entrevista: Administrativo/a de Exportación - Muebles Arlanza
        LOCATION:Polígono Industrial Allendeduero calle C parcela 14\\, 09400 Aranda de Duero
        ORGANIZER;CN=Irene Salcedo:mailto:irene.salcedo@mueblesarlanza.es
        ATTENDEE;CN=Marta Ayllón;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:marta.ayllon@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Muebles Arlanza", "no-reply@mail.personio.de"),
              "Confirmación de tu entrevista – Administrativo/a de Exportación", "2026-09-09 12:14:07", MAD,
              "mail.personio.de",
              extra=(("Reply-To", addr("Irene Salcedo", "irene.salcedo@mueblesarlanza.es")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", filename="entrevista.ics",
                                      disposition="attachment", name_param=True, cte="8bit")))


@make.mail(N(2), family="workday", lang="en", interview=True, kind="scheduled",
           start="2026-09-22T12:00:00Z", end="2026-09-22T12:45:00Z",
           contact="elin.akesson@nordvikpack.com", company="Nordvik Packaging",
           local="Tue 2026-09-22 14:00", local_end="2026-09-22 14:45", zone="Europe/Stockholm",
           note="Workday 'Interview Scheduled', HTML only with ICS (TZID Europe/Stockholm); 14:00-14:45 CEST "
                "= 12:00 UTC (same wall clock as Madrid); sender is a Workday no-reply, contact = recruiter "
                "address in the body")
def p02_workday_nordvik() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;padding:0;background:#f4f5f7">
        <div style="max-width:640px;margin:0 auto;background:#fff;font-family:'Segoe UI',Arial,sans-serif;font-size:14px">
        <div style="background:#003b5c;color:#fff;padding:18px 24px;font-size:18px">Nordvik Packaging Careers</div>
        <div style="padding:24px">
        <p>Dear Marta,</p>
        <p>Thank you for your interest in the <b>Export Customer Service Specialist (Spanish/English)</b>
        position (R-0018842). We are pleased to confirm your interview.</p>
        <p><b>Date:</b> Tuesday, September 22, 2026<br>
        <b>Time:</b> 14:00 - 14:45 CEST (Stockholm)<br>
        <b>Format:</b> Microsoft Teams video interview (the link is in the attached calendar invitation)<br>
        <b>Interviewers:</b> Elin Åkesson, Talent Acquisition Partner; Jonas Berg, Customer Service Manager Southern Europe</p>
        <p>Please have your CV at hand; part of the conversation will be in Spanish.</p>
        <p>If you need to reschedule or have any questions, please contact Elin Åkesson at
        <a href="mailto:elin.akesson@nordvikpack.com">elin.akesson@nordvikpack.com</a>.
        Replies to this message are not monitored.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Nordvik Packaging AB</p>
        <p style="font-size:11px;color:#777">To view your application status, sign in to the
        <a href="https://nordvik.wd3.myworkdayjobs.com/NordvikCareers">Nordvik Careers site</a>.</p>
        </div></div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Workday Inc//Recruiting Interview//EN",
        "METHOD:REQUEST",
        VTZ["Europe/Stockholm"],
        "BEGIN:VEVENT",
        "UID:WD-INT-7f2c9a0e41b8@myworkday.com",
        "DTSTAMP:20260917T070300Z",
        "DTSTART;TZID=Europe/Stockholm:20260922T140000",
        "DTEND;TZID=Europe/Stockholm:20260922T144500",
        "SUMMARY:Interview - Export Customer Service Specialist (Spanish/English) - Marta Ayllón",
        "LOCATION:Microsoft Teams Meeting",
        "DESCRIPTION:Join Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4"
        "ZTBhYjEtOTk2Ni00@thread.v2/0",
        "ORGANIZER;CN=Nordvik Packaging:mailto:nordvik@myworkday.com",
        "ATTENDEE;CN=Marta Ayllón;RSVP=TRUE:mailto:marta.ayllon@example.org",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    hs = head(addr("Nordvik Packaging", "nordvik@myworkday.com"),
              "Interview Scheduled: Export Customer Service Specialist (Spanish/English)",
              "2026-09-17 09:03:41", "Europe/Stockholm", "myworkday.com")
    return message(hs, mixed(html(page), calendar(ics, method="REQUEST", filename="Interview.ics",
                                                  disposition="attachment", cte="base64")))


@make.mail(N(3), family="outlook_calendar", lang="es", interview=True, kind="scheduled",
           start="2026-10-27T08:30:00Z", end="2026-10-27T09:15:00Z",
           contact="javier.lasheras@ebrocargo.es", company="Ebro Cargo",
           local="Tue 2026-10-27 09:30", local_end="2026-10-27 10:15", zone=MAD,
           note="Exchange meeting request in Spanish; the body gives only '45 minutos', the time is only in the "
                "ICS: TZID 'Romance Standard Time' 9:30-10:15 on Tue 27 Oct, sent Wed 21 Oct in CEST but "
                "after Europe's 25 Oct change, so CET = 08:30 UTC (not 07:30); contact = human ORGANIZER")
def p03_outlook_ebro() -> bytes:
    body = t("""
        Hola Marta,

        Como hablamos por teléfono, te envío la convocatoria para la entrevista con Marisa (Dirección de
        Operaciones) y conmigo. Será por Teams y durará 45 minutos.

        Un saludo,

        Javier Lasheras
        Jefe de Tráfico Internacional | Ebro Cargo, S.L.
        Pol. Ind. Plaza, calle Tarento 7 – 50197 Zaragoza
        T. +34 976 000 418

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse en el equipo o en la web
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjE3YTk0>
        Id. de reunión: 381 552 907 614
        Código de acceso: q7XkP2
        Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="ES" link="#0563C1"><div class="WordSection1">
        <p class="MsoNormal">Hola Marta,</p>
        <p class="MsoNormal">Como hablamos por teléfono, te envío la convocatoria para la entrevista con Marisa
        (Dirección de Operaciones) y conmigo. Será por Teams y durará 45 minutos.</p>
        <p class="MsoNormal">Un saludo,</p>
        <p class="MsoNormal"><b>Javier Lasheras</b><br>Jefe de Tráfico Internacional | Ebro Cargo, S.L.<br>
        Pol. Ind. Plaza, calle Tarento 7 – 50197 Zaragoza<br>T. +34 976 000 418</p>
        <div style="margin-top:20px">
        <p class="MsoNormal">________________________________________________________________________________</p>
        <p class="MsoNormal"><b><span style="font-size:18pt">Reunión de Microsoft Teams</span></b></p>
        <p class="MsoNormal"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjE3YTk0">Haga clic
        aquí para unirse a la reunión</a></p>
        <p class="MsoNormal">Id. de reunión: 381 552 907 614<br>Código de acceso: q7XkP2</p>
        <p class="MsoNormal">________________________________________________________________________________</p>
        </div></div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        ROMANCE,
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Javier Lasheras:mailto:javier.lasheras@ebrocargo.es",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marta.ayllon@example.org:mailto:marta"
        ".ayllon@example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marisa Ibáñez:mailto:marisa.ibanez@ebr"
        "ocargo.es",
        "DESCRIPTION;LANGUAGE=es-ES:Hola Marta\\,\\n\\nComo hablamos por teléfono\\, te envío la convocatoria "
        "para la entrevista con Marisa y conmigo.\\n",
        "UID:040000008200E00074C5B7101A82E00800000000A0C3E1F14F65DC01000000000000000010000000D3A41E87CC0E8B4A9E"
        "1B6D2A7F3C55E1",
        "SUMMARY;LANGUAGE=es-ES:Entrevista Marta Ayllón – Administrativa Tráfico Internacional",
        "DTSTART;TZID=Romance Standard Time:20261027T093000",
        "DTEND;TZID=Romance Standard Time:20261027T101500",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20261021T150215Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-OWNERAPPTID:2121645213",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjE3YTk0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "BEGIN:VALARM",
        "DESCRIPTION:REMINDER",
        "TRIGGER;RELATED=START:-PT15M",
        "ACTION:DISPLAY",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    hs = head(addr("Javier Lasheras", "javier.lasheras@ebrocargo.es"),
              "Entrevista Marta Ayllón – Administrativa Tráfico Internacional", "2026-10-21 17:02:15", MAD,
              "EUR03-VI1-obe.outbound.protection.outlook.com",
              msgid="<DB9PR03MB7411C2F0A6E94D1B8E5C3A17D4E42@DB9PR03MB7411.eurprd03.prod.outlook.com>",
              extra=(("Thread-Topic", enc("Entrevista Marta Ayllón – Administrativa Tráfico Internacional")),
                     ("Thread-Index", "AdtjXq1b2c3PqR7uS0a9VvJk1mWx3Q=="),
                     ("Content-Language", "es-ES"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(4), family="human_prose", lang="es", interview=True, kind="scheduled",
           start="2026-10-01T08:30:00Z", end=None,
           contact="nuria.penalba@talentoduero.es", company="Harinas del Jalón",
           local="Thu 2026-10-01 10:30", zone=MAD,
           note="Agency recruiter (tú): 'el jueves a las 10:30' resolved against the Date (Mon 28 Sep) = "
                "Thu 1 Oct, CEST = 08:30 UTC; 'una media hora' is approximate, end null; company = the "
                "client who hires, not the agency")
def p04_agency_nuria() -> bytes:
    body = t("""
        Hola Marta:

        ¡Buenas noticias! Harinas del Jalón me confirma que les va bien tu primera opción, así que queda
        cerrada la entrevista para el jueves a las 10:30 por Teams. Estarán Begoña Lapuente, directora
        financiera, y Fernando, el responsable de expediciones. Te mandarán ellos el enlace a lo largo de
        mañana; si el miércoles por la tarde no lo tienes, avísame y lo muevo yo.

        Calcula una media hora. Te preguntarán sobre todo por créditos documentarios y por cómo
        organizas los despachos con el transitario, que es lo que más les preocupa ahora mismo. Y ya sabes
        que van a querer hablar un rato en inglés.

        Cualquier cosa, me llamas.

        Un abrazo,

        Nuria Peñalba
        Consultora Senior – Área Industria y Logística
        Talento Duero Consultores
        C/ Mayor 21, 2.º – 42002 Soria
        Móvil 600 000 237

        > El 25 sept 2026, a las 12:20, Nuria Peñalba <nuria.penalba@talentoduero.es> escribió:
        > ¿Te vendría bien el jueves 1 de octubre a las 10:30 o el viernes 2 a las 9:00?
        """)
    hs = head(addr("Nuria Peñalba", "nuria.penalba@talentoduero.es"),
              "RE: Entrevista Harinas del Jalón", "2026-09-28 13:40:52", MAD, "smtp.talentoduero.es",
              extra=(("In-Reply-To", "<5d2f0c1e9a@example.org>"), ("References", "<7a10be33c2@talentoduero.es> "
                                                                    "<5d2f0c1e9a@example.org>"),
                     ("X-Mailer", "Microsoft Outlook 16.0")))
    return message(hs, text(body, cte="quoted-printable"))


@make.mail(N(5), family="teamtailor", lang="es", interview=True, kind="scheduled",
           start="2026-11-11T11:00:00Z", end="2026-11-11T11:45:00Z",
           contact="sofia.arranz@paramoalto.es", company="Bodegas Páramo Alto",
           local="Wed 2026-11-11 12:00", local_end="2026-11-11 12:45", zone=MAD,
           note="Teamtailor confirmation in Spanish, 'miércoles 11 de noviembre, 12:00 - 12:45 (CET)', "
                "winter time = 11:00 UTC; ICS attachment in UTC agrees; contact = human Reply-To")
def p05_teamtailor_paramo() -> bytes:
    body = t("""
        ¡Hola Marta!

        Tu entrevista con Bodegas Páramo Alto está confirmada.

        Puesto: Export Area Assistant (inglés / francés)
        Cuándo: miércoles 11 de noviembre, 12:00 - 12:45 (CET)
        Dónde: Bodega, Ctra. de Pesquera km 3, 47315 Pesquera de Duero (Valladolid)
        Con: Sofía Arranz (Export Manager)

        Hemos adjuntado una invitación de calendario. Si necesitas cambiar la hora, contesta a este
        correo.

        ¡Hasta pronto!
        Bodegas Páramo Alto

        Powered by Teamtailor
        """)
    page = t("""
        <!doctype html>
        <html><head><meta charset="utf-8"><title>Entrevista confirmada</title></head>
        <body style="background:#f7f3ee;margin:0">
        <div style="max-width:560px;margin:32px auto;background:#fff;border-radius:8px;padding:32px;
        font-family:-apple-system,Helvetica,Arial,sans-serif;color:#2b2b2b">
        <img src="https://assets.teamtailor-cdn.com/paramoalto/logo.png" alt="Bodegas Páramo Alto" width="120">
        <h1 style="font-size:22px">¡Hola Marta!</h1>
        <p>Tu entrevista con Bodegas Páramo Alto está confirmada.</p>
        <div style="border:1px solid #eadfd3;border-radius:6px;padding:16px">
        <p style="margin:0"><strong>Export Area Assistant (inglés / francés)</strong></p>
        <p style="margin:8px 0 0">📅 miércoles 11 de noviembre, 12:00 - 12:45 (CET)</p>
        <p style="margin:4px 0 0">📍 Bodega, Ctra. de Pesquera km 3, 47315 Pesquera de Duero (Valladolid)</p>
        <p style="margin:4px 0 0">👤 Sofía Arranz (Export Manager)</p>
        </div>
        <p>Hemos adjuntado una invitación de calendario. Si necesitas cambiar la hora, contesta a este correo.</p>
        <p>¡Hasta pronto!<br>Bodegas Páramo Alto</p>
        <p style="font-size:11px;color:#999">Powered by Teamtailor</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interviews//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:interview-3318842@teamtailor.com
        DTSTAMP:20261105T092211Z
        DTSTART:20261111T110000Z
        DTEND:20261111T114500Z
        SUMMARY:Entrevista con Bodegas Páramo Alto
        DESCRIPTION:Export Area Assistant (inglés / francés) con Sofía Arranz
        LOCATION:Ctra. de Pesquera km 3\\, 47315 Pesquera de Duero
        ORGANIZER;CN=Sofía Arranz:mailto:sofia.arranz@paramoalto.es
        ATTENDEE;CN=Marta Ayllón;PARTSTAT=ACCEPTED:mailto:marta.ayllon@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Bodegas Páramo Alto", "no-reply@teamtailor-mail.com"),
              "Entrevista confirmada: Export Area Assistant", "2026-11-05 10:22:31", MAD, "mail.teamtailor-mail.com",
              extra=(("Reply-To", addr("Sofía Arranz", "sofia.arranz@paramoalto.es")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment",
                                      cte="base64", name_param=True)))


@make.mail(N(6), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-11-03T15:00:00Z", end="2026-11-03T16:00:00Z",
           contact="dana.whitcomb@larchmontbp.com", company="Larchmont Building Products",
           local="Tue 2026-11-03 09:00", local_end="2026-11-03 10:00", zone="America/Chicago",
           note="Greenhouse confirmation sent Wed 28 Oct in CDT; interview Tue 3 Nov 9:00-10:00 AM CST, after "
                "the US change on 1 Nov = 15:00 UTC (body also gives 4:00 PM Madrid, CET); ICS TZID "
                "America/Chicago; contact = human Reply-To")
def p06_greenhouse_larchmont() -> bytes:
    body = t("""
        Hi Marta,

        Thanks for sending over your availability! Your video interview for the EMEA Export Coordinator
        role at Larchmont Building Products is confirmed:

        Tuesday, November 3, 2026
        9:00 AM - 10:00 AM CST (America/Chicago)
        (4:00 PM - 5:00 PM in Madrid)

        Interviewers:
          Dana Whitcomb - Senior Recruiter
          Curtis Lindqvist - Director, International Logistics

        Location: Zoom - https://larchmontbp.zoom.us/j/84411093275?pwd=Qm9wYk1kRzN

        A calendar invitation is attached. Please note that US clocks change on November 1, so the time
        difference to Spain will be 7 hours that week.

        If anything changes, just reply to this email.

        Best,
        Dana

        Larchmont Building Products | 1200 W Fulton Market, Chicago, IL 60607
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Marta,</p>
        <p>Thanks for sending over your availability! Your video interview for the <b>EMEA Export Coordinator</b>
        role at Larchmont Building Products is confirmed:</p>
        <p><b>Tuesday, November 3, 2026</b><br>9:00 AM - 10:00 AM CST (America/Chicago)<br>
        (4:00 PM - 5:00 PM in Madrid)</p>
        <p><b>Interviewers:</b><br>Dana Whitcomb - Senior Recruiter<br>Curtis Lindqvist - Director, International
        Logistics</p>
        <p><b>Location:</b> Zoom - <a href="https://larchmontbp.zoom.us/j/84411093275?pwd=Qm9wYk1kRzN">
        https://larchmontbp.zoom.us/j/84411093275</a></p>
        <p>A calendar invitation is attached. Please note that US clocks change on November 1, so the time
        difference to Spain will be 7 hours that week.</p>
        <p>If anything changes, just reply to this email.</p>
        <p>Best,<br>Dana</p>
        <p style="color:#888;font-size:12px">Larchmont Building Products | 1200 W Fulton Market, Chicago, IL 60607</p>
        <img src="https://app.greenhouse.io/email_tracking/open/8f3e21c0.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Greenhouse Software//Greenhouse//EN",
        "METHOD:REQUEST",
        VTZ["America/Chicago"],
        "BEGIN:VEVENT",
        "UID:gh-interview-20441872-3@greenhouse.io",
        "DTSTAMP:20261028T162000Z",
        "DTSTART;TZID=America/Chicago:20261103T090000",
        "DTEND;TZID=America/Chicago:20261103T100000",
        "SUMMARY:Interview: Marta Ayllón - EMEA Export Coordinator",
        "LOCATION:https://larchmontbp.zoom.us/j/84411093275",
        "ORGANIZER;CN=Dana Whitcomb:mailto:dana.whitcomb@larchmontbp.com",
        "ATTENDEE;CN=Marta Ayllón;RSVP=TRUE:mailto:marta.ayllon@example.org",
        "ATTENDEE;CN=Curtis Lindqvist:mailto:curtis.lindqvist@larchmontbp.com",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    hs = head(addr("Dana Whitcomb", "no-reply@greenhouse.io"),
              "Interview Confirmation: EMEA Export Coordinator at Larchmont Building Products",
              "2026-10-28 11:20:04", "America/Chicago", "mail243.greenhouse-mail.io",
              extra=(("Reply-To", addr("Dana Whitcomb", "dana.whitcomb@larchmontbp.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment",
                                      cte="8bit")))


@make.mail(N(7), family="lever", lang="en", interview=True, kind="rescheduled",
           start="2026-11-18T09:30:00Z", end="2026-11-18T10:15:00Z",
           contact="femke.dewaal@brinkhaven.nl", company="Brinkhaven Forwarding",
           local="Wed 2026-11-18 10:30", local_end="2026-11-18 11:15", zone="Europe/Amsterdam",
           note="Lever reschedule: old Mon 16 Nov 15:00 named, new Wed 18 Nov 10:30-11:15 CET (Rotterdam) = "
                "09:30 UTC; ICS in UTC with SEQUENCE:1; contact = human Reply-To")
def p07_lever_brinkhaven() -> bytes:
    body = t("""
        Hi Marta,

        Unfortunately Pieter has been called away to a client visit on Monday, so we have had to move
        your interview. Your interview originally scheduled for Monday, November 16 at 15:00 has been
        rescheduled to:

        Wednesday, November 18, 2026
        10:30 - 11:15 CET (Amsterdam / Madrid time)
        Google Meet: https://meet.google.com/kvo-prbq-xta

        You'll meet:
        - Pieter Vos, Head of Ocean Freight Operations
        - Femke de Waal, Talent Acquisition

        An updated calendar invite is attached. Apologies for the change, and let me know by replying
        to this email if the new time does not work.

        Best regards,
        Femke de Waal
        Brinkhaven Forwarding B.V.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Interview Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:lever-9c1e5a43-77d2-4f0b-a3a6-1f0e2b6d8c41
        DTSTAMP:20261113T144800Z
        DTSTART:20261118T093000Z
        DTEND:20261118T101500Z
        SUMMARY:Interview with Brinkhaven Forwarding - Customs & Export Documentation Officer
        LOCATION:https://meet.google.com/kvo-prbq-xta
        ORGANIZER;CN=Femke de Waal:mailto:femke.dewaal@brinkhaven.nl
        ATTENDEE;CN=Marta Ayllón;RSVP=TRUE:mailto:marta.ayllon@example.org
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Femke de Waal", "no-reply@hire.lever.co"),
              "Updated: Your interview with Brinkhaven Forwarding", "2026-11-13 15:48:22", "Europe/Amsterdam",
              "mail.hire.lever.co",
              extra=(("Reply-To", addr("Femke de Waal", "femke.dewaal@brinkhaven.nl")),))
    return message(hs, mixed(text(body, cte="7bit", charset="us-ascii"),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment",
                                      cte="8bit")))


@make.mail(N(8), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-12-10T10:00:00Z", end="2026-12-10T11:00:00Z",
           contact="aoife.brennan@kilbridetimber.ie", company="Kilbride Timber",
           local="Thu 2026-12-10 10:00", local_end="2026-12-10 11:00", zone="Europe/Dublin",
           note="GoodTime confirmation for an Irish timber importer: 10:00-11:00 GMT (Dublin, winter = UTC), "
                "11:00 in Madrid; ICS in UTC; contact = human Reply-To coordinator")
def p08_goodtime_kilbride() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;background:#fafafa;margin:0;padding:24px">
        <table align="center" width="600" style="background:#fff;border:1px solid #ddd" cellpadding="24">
        <tr><td>
        <h2 style="margin-top:0;color:#1c4532">Your interview is confirmed</h2>
        <p>Hi Marta,</p>
        <p>Your interview with <b>Kilbride Timber</b> for the <b>Import Coordinator – Iberia</b> role has been
        scheduled. Details below:</p>
        <table cellpadding="6" style="border-collapse:collapse">
        <tr><td style="color:#555">When</td><td>Thursday, December 10, 2026<br>10:00 AM – 11:00 AM GMT (Europe/Dublin)</td></tr>
        <tr><td style="color:#555">Where</td><td>Microsoft Teams (link in the calendar invite)</td></tr>
        <tr><td style="color:#555">Panel</td><td>Ciarán Doyle, Purchasing Manager<br>Aoife Brennan, HR Coordinator</td></tr>
        </table>
        <p>Need to make a change? Reply to this email and your coordinator, Aoife Brennan
        (aoife.brennan@kilbridetimber.ie), will help.</p>
        <p>Good luck!<br>The Kilbride Timber Recruiting Team</p>
        <p style="font-size:11px;color:#999">Scheduled with GoodTime</p>
        </td></tr></table>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//GoodTime.io//Hire//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gt-5b7d0e9f2c@goodtime.io
        DTSTAMP:20261204T140500Z
        DTSTART:20261210T100000Z
        DTEND:20261210T110000Z
        SUMMARY:Kilbride Timber Interview - Marta Ayllón
        LOCATION:Microsoft Teams
        DESCRIPTION:Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Kb7
        ORGANIZER;CN=Aoife Brennan:mailto:aoife.brennan@kilbridetimber.ie
        ATTENDEE;CN=Marta Ayllón;RSVP=TRUE:mailto:marta.ayllon@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Kilbride Timber Recruiting", "scheduling@goodtime.io"),
              "Interview Confirmed: Import Coordinator – Iberia at Kilbride Timber", "2026-12-04 14:05:10",
              "Europe/Dublin", "o1.mail.goodtime.io",
              extra=(("Reply-To", addr("Aoife Brennan", "aoife.brennan@kilbridetimber.ie")),))
    return message(hs, mixed(html(page), calendar(ics, method="REQUEST", filename="invite.ics",
                                                  disposition="attachment", cte="quoted-printable")))


@make.mail(N(9), family="smartrecruiters", lang="es", interview=True, kind="scheduled",
           start="2026-09-25T09:00:00Z", end="2026-09-25T10:00:00Z",
           contact="rebeca.gil@tablerosmoncayo.es", company="Tableros Moncayo",
           local="Fri 2026-09-25 11:00", local_end="2026-09-25 12:00", zone=MAD,
           note="SmartRecruiters confirmation in Spanish (usted), 'viernes, 25 de septiembre de 2026, 11:00 - "
                "12:00 (hora de Madrid)', CEST = 09:00 UTC; application/ics attachment in UTC with human "
                "ORGANIZER = contact (sender is noreply)")
def p09_smartrecruiters_tableros() -> bytes:
    body = t("""
        Estimada Marta Ayllón:

        Le confirmamos la entrevista para la posición de Técnico/a de Administración de Ventas Internacionales
        en Tableros Moncayo.

        Fecha y hora: viernes, 25 de septiembre de 2026, 11:00 - 12:00 (hora de Madrid)
        Tipo: entrevista presencial
        Dirección: Tableros Moncayo S.A., Ctra. de Borja s/n, 50500 Tarazona (Zaragoza)
        Entrevistadora: Rebeca Gil, Responsable de Selección

        Le rogamos que traiga su DNI para el registro de visitas. Encontrará adjunta la invitación para su
        calendario.

        Atentamente,
        Departamento de Recursos Humanos
        Tableros Moncayo S.A.

        Este correo ha sido enviado desde SmartRecruiters. Por favor, no responda a este mensaje.
        """)
    page = t("""
        <html><head><meta charset="UTF-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Estimada Marta Ayllón:</p>
        <p>Le confirmamos la entrevista para la posición de <strong>Técnico/a de Administración de Ventas
        Internacionales</strong> en Tableros Moncayo.</p>
        <ul>
        <li><strong>Fecha y hora:</strong> viernes, 25 de septiembre de 2026, 11:00 - 12:00 (hora de Madrid)</li>
        <li><strong>Tipo:</strong> entrevista presencial</li>
        <li><strong>Dirección:</strong> Tableros Moncayo S.A., Ctra. de Borja s/n, 50500 Tarazona (Zaragoza)</li>
        <li><strong>Entrevistadora:</strong> Rebeca Gil, Responsable de Selección</li>
        </ul>
        <p>Le rogamos que traiga su DNI para el registro de visitas. Encontrará adjunta la invitación para su
        calendario.</p>
        <p>Atentamente,<br>Departamento de Recursos Humanos<br>Tableros Moncayo S.A.</p>
        <p style="font-size:11px;color:#888">Este correo ha sido enviado desde SmartRecruiters. Por favor, no
        responda a este mensaje.</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//SmartRecruiters//Interview//ES
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:sr-int-0d6c3f1a-b2e4-4d55-9c3e-52a1e8b7f001
        DTSTAMP:20260921T143100Z
        DTSTART:20260925T090000Z
        DTEND:20260925T100000Z
        SUMMARY:Entrevista - Técnico/a de Administración de Ventas Internacionales
        LOCATION:Ctra. de Borja s/n\\, 50500 Tarazona (Zaragoza)
        ORGANIZER;CN=Rebeca Gil:mailto:rebeca.gil@tablerosmoncayo.es
        ATTENDEE;CN=Marta Ayllón;RSVP=TRUE:mailto:marta.ayllon@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Tableros Moncayo", "noreply@smartrecruiters.com"),
              "Confirmación de entrevista - Tableros Moncayo", "2026-09-21 16:31:55", MAD, "mail.smartrecruiters.com")
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method=None, ctype="application/ics", filename="entrevista.ics",
                                      disposition="attachment", cte="base64")))


@make.mail(N(10), family="icims", lang="en", interview=True, kind="cancelled",
           start="2026-11-19T15:00:00Z", end="2026-11-19T15:45:00Z",
           contact="tamika.owens@ridgewayfoods.com", company="Ridgeway Foods International",
           local="Thu 2026-11-19 10:00", local_end="2026-11-19 10:45", zone="America/New_York",
           note="iCIMS HTML-only cancellation with METHOD:CANCEL ICS (TZID Eastern Standard Time); cancelled "
                "slot Thu 19 Nov 10:00-10:45 AM EST = 15:00 UTC; contact = human ORGANIZER (also in body)")
def p10_icims_ridgeway_cancel() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body><font face="Arial" size="2">
        <p>Dear Marta,</p>
        <p>We regret to inform you that your interview for the position of <b>Export Sales Administrator - EMEA
        (Req ID 2026-7731)</b>, scheduled for <b>Thursday, November 19, 2026 at 10:00 AM Eastern Time</b>
        (45 minutes), has been cancelled, as the hiring manager is unavailable. The position remains open and
        your recruiter will contact you shortly to arrange a new time.</p>
        <p>Recruiter: Tamika Owens - <a href="mailto:tamika.owens@ridgewayfoods.com">tamika.owens@ridgewayfoods.com</a></p>
        <p>Please do not reply to this automated message.</p>
        <p>Sincerely,<br>Ridgeway Foods International Talent Acquisition</p>
        <p><img src="https://careers-ridgewayfoods.icims.com/images/logo.gif" alt="Ridgeway Foods"></p>
        </font></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//iCIMS//iCIMS Talent Platform//EN",
        "VERSION:2.0",
        "METHOD:CANCEL",
        VTZ["Eastern Standard Time"],
        "BEGIN:VEVENT",
        "UID:icims-evt-7731-55120@icims.com",
        "DTSTAMP:20261116T131200Z",
        "DTSTART;TZID=Eastern Standard Time:20261119T100000",
        "DTEND;TZID=Eastern Standard Time:20261119T104500",
        "SUMMARY:Interview: Export Sales Administrator - EMEA",
        "ORGANIZER;CN=Tamika Owens:mailto:tamika.owens@ridgewayfoods.com",
        "ATTENDEE;CN=Marta Ayllon:mailto:marta.ayllon@example.org",
        "SEQUENCE:1",
        "STATUS:CANCELLED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    hs = head(addr("Ridgeway Foods International", "ridgewayfoods@talent.icims.com"),
              "Interview Cancelled - Export Sales Administrator - EMEA", "2026-11-16 08:12:40", "America/New_York",
              "talent.icims.com")
    return message(hs, mixed(html(page, charset="iso-8859-1"),
                             calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment")))


@make.mail(N(11), family="workable", lang="es", interview=True, kind="scheduled",
           start="2026-09-14T15:00:00Z", end=None,
           contact="oscar.marin@pellets-tierrasaltas.es", company="Pellets Tierras Altas",
           local="Mon 2026-09-14 17:00", zone=MAD,
           note="Workable in Spanish, 'lunes 14 de septiembre a las 17:00' in Ólvega (CEST) = 15:00 UTC; "
                "'unos 45 minutos' approximate so end null; Reply-To is a Workable relay, contact = the "
                "address written in the body")
def p11_workable_pellets() -> bytes:
    body = t("""
        Hola Marta,

        Gracias por tu candidatura al puesto de Administrativo/a de Logística y Exportación. Nos gustaría
        conocerte en persona, así que te confirmamos la entrevista:

        📅 lunes 14 de septiembre a las 17:00
        📍 Pellets Tierras Altas, Polígono Industrial El Cerrillo, parcela 9, 42110 Ólvega (Soria)

        La entrevista durará unos 45 minutos y la haremos Óscar Marín (gerente) y yo. Si te surge
        cualquier cosa, escribe directamente a Óscar: oscar.marin@pellets-tierrasaltas.es

        ¡Nos vemos!
        Ana Jiménez
        Pellets Tierras Altas

        —
        Enviado con Workable
        """)
    hs = head(addr("Ana Jiménez (Pellets Tierras Altas)", "noreply@candidates.workablemail.com"),
              "Entrevista: Administrativo/a de Logística y Exportación", "2026-09-10 11:05:26", MAD,
              "mail.workablemail.com",
              extra=(("Reply-To", "pellets-tierras-altas+3f9c21a7@candidates.workablemail.com"),))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="base64")))


@make.mail(N(12), family="calendly", lang="es", interview=True, kind="scheduled",
           start="2026-10-29T08:30:00Z", end="2026-10-29T09:00:00Z",
           contact="laura.benito@sellersbaird.es", company="Sellers & Baird Recruitment",
           local="Thu 2026-10-29 09:30", local_end="2026-10-29 10:00", zone=MAD,
           note="Calendly invitee confirmation (Spanish UI) booked Sat 24 Oct in CEST for Thu 29 Oct "
                "09:30-10:00 'Hora de Europa central' = CET after 25 Oct = 08:30 UTC; agency screening "
                "interview, client not named; contact = human Reply-To")
def p12_calendly_sellers() -> bytes:
    body = t("""
        Hola Marta Ayllón:

        Se ha programado tu evento con Laura Benito.

        Evento:
        Entrevista inicial – Responsable Administración Export (30 min)

        Fecha del evento:
        09:30 - 10:00, jueves, 29 de octubre de 2026 (Hora de Europa central)

        Ubicación:
        Llamada telefónica. Laura Benito te llamará al +34 600 000 512.

        Respuestas:
        ¿Algo que quieras comentar antes de la llamada?
        Disponibilidad para viajar a ferias dos o tres veces al año.

        Cancelar: https://calendly.com/cancellations/3b7d6d21-5f2e-4a4a-b1c6-9e77f0c2d918
        Reprogramar: https://calendly.com/reschedulings/3b7d6d21-5f2e-4a4a-b1c6-9e77f0c2d918

        Desarrollado por Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a;font-size:15px">
        <p>Hola Marta Ayllón:</p>
        <p>Se ha programado tu evento con <b>Laura Benito</b>.</p>
        <p style="font-weight:bold;margin-bottom:0">Evento:</p>
        <p style="margin-top:2px">Entrevista inicial – Responsable Administración Export (30 min)</p>
        <p style="font-weight:bold;margin-bottom:0">Fecha del evento:</p>
        <p style="margin-top:2px">09:30 - 10:00, jueves, 29 de octubre de 2026 (Hora de Europa central)</p>
        <p style="font-weight:bold;margin-bottom:0">Ubicación:</p>
        <p style="margin-top:2px">Llamada telefónica. Laura Benito te llamará al +34 600 000 512.</p>
        <p><a href="https://calendly.com/cancellations/3b7d6d21-5f2e-4a4a-b1c6-9e77f0c2d918">Cancelar</a> |
        <a href="https://calendly.com/reschedulings/3b7d6d21-5f2e-4a4a-b1c6-9e77f0c2d918">Reprogramar</a></p>
        <p style="font-size:12px;color:#666">Desarrollado por Calendly.com</p>
        </body></html>
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmado: Entrevista inicial – Responsable Administración Export con Laura Benito el jueves, "
              "29 de octubre de 2026", "2026-10-24 19:12:48", MAD, "mail.calendly.com",
              extra=(("Reply-To", addr("Laura Benito", "laura.benito@sellersbaird.es")),))
    return message(hs, alt(text(body), html(page)))


@make.mail(N(13), family="ms_bookings", lang="es", interview=True, kind="scheduled",
           start="2026-09-29T10:00:00Z", end="2026-09-29T10:45:00Z",
           contact=None, company="Cooperativa Forestal Pinares de Urbión",
           local="Tue 2026-09-29 12:00", local_end="2026-09-29 12:45", zone=MAD,
           note="Microsoft Bookings from a shared mailbox; body shows '(UTC+01:00) Bruselas, Copenhague, "
                "Madrid, París' (the standard offset) in September, real time is CEST: 12:00 = 10:00 UTC, "
                "which the ICS (Romance Standard Time) confirms; only a staff name, no personal address -> "
                "contact null")
def p13_bookings_urbion() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#262626">
        <div style="max-width:600px">
        <p style="font-size:20px;color:#0078d4">Su reserva está confirmada</p>
        <p>Hola, Marta Ayllón:</p>
        <p>Gracias por reservar con Cooperativa Forestal Pinares de Urbión. A continuación se indican los
        detalles de su reserva.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td style="color:#666">Servicio</td><td>Entrevista – Administrativo/a Comercial Exportación</td></tr>
        <tr><td style="color:#666">Fecha y hora</td><td>martes, 29 de septiembre de 2026 12:00 – 12:45
        (UTC+01:00) Bruselas, Copenhague, Madrid, París</td></tr>
        <tr><td style="color:#666">Personal</td><td>Pilar Romero</td></tr>
        <tr><td style="color:#666">Ubicación</td><td>Oficinas de la Cooperativa, Avda. de la Constitución 2,
        42150 Covaleda (Soria)</td></tr>
        </table>
        <p>Si necesita cambiar o cancelar su reserva, utilice los vínculos siguientes.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/SeleccionPersonal@coopurbion.es/bookings/">Administrar
        reserva</a></p>
        <p style="font-size:12px;color:#888">Cooperativa Forestal Pinares de Urbión<br>
        SeleccionPersonal@coopurbion.es · 975 000 144</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        ROMANCE,
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Selección de Personal:mailto:SeleccionPersonal@coopurbion.es",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marta Ayllón:mailto:marta.ayllon@ex"
        "ample.org",
        "UID:040000008200E00074C5B7101A82E0080000000010E8C7B83C4FDC01000000000000000010000000C0A13E55F2E6D947A"
        "F2C0E41A93D7B02",
        "SUMMARY;LANGUAGE=es-ES:Entrevista – Administrativo/a Comercial Exportación",
        "DTSTART;TZID=Romance Standard Time:20260929T120000",
        "DTEND;TZID=Romance Standard Time:20260929T124500",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20260923T074700Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=es-ES:Avda. de la Constitución 2\\, 42150 Covaleda (Soria)",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    hs = head(addr("Cooperativa Forestal Pinares de Urbión", "SeleccionPersonal@coopurbion.es"),
              "Reserva confirmada: Entrevista – Administrativo/a Comercial Exportación para Marta Ayllón",
              "2026-09-23 09:47:19", MAD, "EUR05-AM6-obe.outbound.protection.outlook.com",
              msgid="<AM6PR05MB61024F7C9E2A8D3B1C0A5E61B39D2@AM6PR05MB6102.eurprd05.prod.outlook.com>",
              extra=(("Content-Language", "es-ES"),))
    return message(hs, alt(html(page, cte="base64"), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(14), family="google_calendar", lang="es", interview=True, kind="scheduled",
           start="2026-12-02T15:00:00Z", end="2026-12-02T16:00:00Z",
           contact="gonzalo.resinascastellanas@gmail.com", company="Resinas Castellanas",
           local="Wed 2026-12-02 16:00", local_end="2026-12-02 17:00", zone=MAD,
           note="Google Calendar invitation, Spanish UI, from a small firm's Gmail address: 'miércoles, 2 dic "
                "2026 16:00 - 17:00 (hora estándar de Europa central)' = 15:00 UTC; ICS TZID Europe/Madrid; "
                "contact = human ORGANIZER")
def p14_gcal_resinas() -> bytes:
    body = t("""
        Gonzalo Pérez te ha invitado a un evento de Google Calendar.

        Entrevista Marta Ayllón – Administración y exportación
        miércoles, 2 de diciembre de 2026 · 16:00 – 17:00
        Zona horaria: hora estándar de Europa central - Madrid

        Ubicación
        Resinas Castellanas, Camino de la Fábrica s/n, 42142 Navaleno (Soria)

        Marta, te espero en la fábrica. Aparca dentro del recinto, junto a la báscula.

        Organizador
        gonzalo.resinascastellanas@gmail.com

        Invitados
        gonzalo.resinascastellanas@gmail.com - organizador
        marta.ayllon@example.org

        Ver todos los detalles de los invitados: https://calendar.google.com/calendar/event?action=VIEW&eid=NWJw

        ¿Asistirás? Sí - https://calendar.google.com/calendar/event?action=RESPOND&rst=1
        Quizás - https://calendar.google.com/calendar/event?action=RESPOND&rst=3
        No - https://calendar.google.com/calendar/event?action=RESPOND&rst=2

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Has recibido este correo porque eres un invitado a este evento. Para dejar de recibir
        actualizaciones de este evento, rechaza la invitación.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        MADRID_VTZ,
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Madrid:20261202T160000",
        "DTEND;TZID=Europe/Madrid:20261202T170000",
        "DTSTAMP:20261127T173012Z",
        "ORGANIZER;CN=Gonzalo Pérez:mailto:gonzalo.resinascastellanas@gmail.com",
        "UID:5bp0a9k2t3e8cq1d7g4h6m0r2s@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Gonzalo Pérez;X-NUM-GUES"
        "TS=0:mailto:gonzalo.resinascastellanas@gmail.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marta.ayllon@example"
        ".org;X-NUM-GUESTS=0:mailto:marta.ayllon@example.org",
        "CREATED:20261127T172845Z",
        "DESCRIPTION:Marta\\, te espero en la fábrica. Aparca dentro del recinto\\, junto a la báscula.",
        "LAST-MODIFIED:20261127T173012Z",
        "LOCATION:Resinas Castellanas\\, Camino de la Fábrica s/n\\, 42142 Navaleno (Soria)",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Entrevista Marta Ayllón – Administración y exportación",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    hs = head(addr("Gonzalo Pérez", "gonzalo.resinascastellanas@gmail.com"),
              "Invitación: Entrevista Marta Ayllón – Administración y exportación @ mié 2 dic 2026 16:00 - 17:00 "
              "(CET) (marta.ayllon@example.org)", "2026-11-27 18:30:12", MAD, "mail-sor-f69.google.com",
              msgid="<calendar-7c0d2b44-9f1a-4e0b-8e55-1d2f3a4b5c6d@google.com>",
              extra=(("Reply-To", addr("Gonzalo Pérez", "gonzalo.resinascastellanas@gmail.com")),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)),
                                 calendar(ics, method="REQUEST", cte="base64")),
                             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@make.mail(N(15), family="google_calendar", lang="es", interview=True, kind="cancelled",
           start="2026-10-16T08:00:00Z", end="2026-10-16T08:30:00Z",
           contact="beatriz.lozano@aduanasduero.com", company="Aduanas Duero",
           local="Fri 2026-10-16 10:00", local_end="2026-10-16 10:30", zone=MAD,
           note="Google Calendar cancellation (Spanish UI), METHOD:CANCEL, 'vie 16 oct 2026 10:00 - 10:30 "
                "(CEST)' = 08:00 UTC; contact = human ORGANIZER")
def p15_gcal_aduanas_cancel() -> bytes:
    body = t("""
        Se ha cancelado este evento y se ha eliminado de tu calendario.

        Entrevista – Agente de aduanas junior (Marta Ayllón)
        viernes, 16 de octubre de 2026 · 10:00 – 10:30
        Zona horaria: hora de verano de Europa central - Madrid

        Videollamada de Google Meet
        meet.google.com/hrw-ktzm-ofa

        Organizador
        Beatriz Lozano
        beatriz.lozano@aduanasduero.com

        Invitados
        Beatriz Lozano - organizador
        marta.ayllon@example.org

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Has recibido este correo porque eres un invitado a este evento.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:CANCEL",
        "BEGIN:VEVENT",
        "DTSTART:20261016T080000Z",
        "DTEND:20261016T083000Z",
        "DTSTAMP:20261013T101004Z",
        "ORGANIZER;CN=Beatriz Lozano:mailto:beatriz.lozano@aduanasduero.com",
        "UID:0q8m3c1v5n7b2x4z6l9k1j3h5g@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=marta.ayllon@example.org;X-NU"
        "M-GUESTS=0:mailto:marta.ayllon@example.org",
        "CREATED:20261006T085512Z",
        "LAST-MODIFIED:20261013T101004Z",
        "LOCATION:",
        "SEQUENCE:1",
        "STATUS:CANCELLED",
        "SUMMARY:Entrevista – Agente de aduanas junior (Marta Ayllón)",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    hs = head(addr("Beatriz Lozano", "beatriz.lozano@aduanasduero.com"),
              "Evento cancelado: Entrevista – Agente de aduanas junior (Marta Ayllón) @ vie 16 oct 2026 10:00 - "
              "10:30 (CEST) (marta.ayllon@example.org)", "2026-10-13 12:10:04", MAD, "mail-yw1-f198.google.com",
              msgid="<calendar-3e9b1f70-22c4-4d8a-a6f1-8c0e5d7b9a12@google.com>",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)),
                                 calendar(ics, method="CANCEL", cte="base64")),
                             calendar(ics, method="CANCEL", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@make.mail(N(16), family="human_prose", lang="es-PE", interview=True, kind="scheduled",
           start="2026-11-17T14:00:00Z", end="2026-11-17T14:45:00Z",
           contact="rquispe@pacificosur.com.pe", company="Agroexportadora Pacífico Sur",
           local="Tue 2026-11-17 09:00", local_end="2026-11-17 09:45", zone="America/Lima",
           note="Peruvian recruiter (usted) with pasted Zoom block: 'martes 17 de noviembre a las 9:00 a. m. "
                "(hora de Lima)', 'duración 45 minutos'; Lima is UTC-5 all year = 14:00 UTC (15:00 in Spain, "
                "CET), the Zoom block repeats it; contact = sender")
def p16_peru_pacifico() -> bytes:
    body = t("""
        Estimada Marta:

        Reciba un cordial saludo de parte de Agroexportadora Pacífico Sur.

        Por medio del presente le confirmamos la entrevista virtual para el puesto de Coordinadora
        Comercial – Mercado Europeo, la cual se realizará el martes 17 de noviembre a las 9:00 a. m.
        (hora de Lima), es decir, a las 15:00 horas de España. La entrevista tendrá una duración de
        45 minutos y estará a cargo de nuestro Gerente de Exportaciones, el Ing. Luis Alberto Huamán, y
        de quien le escribe.

        Le adjuntamos los datos de conexión:

        Rosa Quispe le está invitando a una reunión de Zoom programada.
        Tema: Entrevista – Coordinadora Comercial Mercado Europeo
        Hora: 17 nov 2026 09:00 a. m. Lima
        Entrar a la reunión Zoom
        https://us06web.zoom.us/j/81234460917?pwd=aVpXbHd6Rk5mQ
        ID de reunión: 812 3446 0917
        Código de acceso: 427193

        Le agradeceremos confirmar la recepción del presente correo. Ante cualquier consulta, no dude en
        comunicarse con nosotros.

        Atentamente,

        Rosa Quispe Mamani
        Analista de Gestión del Talento
        Agroexportadora Pacífico Sur S.A.C.
        Av. Javier Prado Este 4200, Surco – Lima, Perú
        Telf. (01) 000 4417
        """)
    hs = head(addr("Rosa Quispe Mamani", "rquispe@pacificosur.com.pe"),
              "Confirmación de entrevista – Coordinadora Comercial Mercado Europeo", "2026-11-11 17:25:09",
              "America/Lima", "mail.pacificosur.com.pe",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Importance", "High")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(17), family="human_prose", lang="es-UY", interview=True, kind="rescheduled",
           start="2026-10-08T14:00:00Z", end="2026-10-08T15:00:00Z",
           contact="molivera@forestalrionegro.com.uy", company="Forestal Río Negro",
           local="Thu 2026-10-08 11:00", local_end="2026-10-08 12:00", zone="America/Montevideo",
           note="Uruguayan recruiter moves the interview from Tue 6 Oct 10:00 to Thu 8 Oct 11:00 'hora de "
                "Montevideo' (UTC-3, no DST) for an hour = 14:00-15:00 UTC (16:00 in Spain, CEST); "
                "rescheduled, new time; contact = sender")
def p17_uruguay_rionegro() -> bytes:
    body = t("""
        Hola Marta, ¿cómo estás?

        Te escribo por la entrevista del martes. Nuestro gerente comercial, Diego Ferreira, tiene que
        viajar a la planta de Fray Bentos esa semana, así que tuvimos que mover la instancia: en vez
        del martes 6 a las 10:00, la dejamos agendada para el jueves 8 de octubre a las 11:00 hora de
        Montevideo (16:00 en España). Dura una hora, de 11:00 a 12:00, y es por Google Meet, con el
        mismo enlace que te había pasado.

        Ya te mandé la invitación actualizada al calendario. Disculpá las molestias.

        Saludos cordiales,

        Martín Olivera
        Jefe de Recursos Humanos
        Forestal Río Negro S.A.
        Rambla 25 de Agosto 418, Montevideo – Uruguay
        Tel. (+598) 2900 0000
        """)
    hs = head(addr("Martín Olivera", "molivera@forestalrionegro.com.uy"),
              "Cambio de horario - entrevista Forestal Río Negro", "2026-10-02 10:40:33", "America/Montevideo",
              "mail.forestalrionegro.com.uy",
              extra=(("In-Reply-To", "<b1e40aa3@example.org>"), ("References", "<b1e40aa3@example.org>"),
                     ("User-Agent", "Mozilla Thunderbird")))
    return message(hs, text(body, cte="8bit", params="format=flowed"))


@make.mail(N(18), family="reply_quoted", lang="es", interview=True, kind="scheduled",
           start="2026-11-04T11:30:00Z", end=None,
           contact="ahernando@tierradepinares.es", company="Frutos Secos Tierra de Pinares",
           local="Wed 2026-11-04 12:30", zone=MAD,
           note="Hiring manager's short reply on top of the thread: 'Te esperamos el miércoles a las 12:30' "
                "(Date Fri 30 Oct -> Wed 4 Nov, CET = 11:30 UTC); the quoted thread holds his two-slot "
                "proposal and Marta's choice; no length, end null; contact = sender")
def p18_reply_tierradepinares() -> bytes:
    body = t("""
        Perfecto, Marta, apuntado. Te esperamos el miércoles a las 12:30 en la fábrica de Navaleno; pregunta
        por mí en la entrada de la nave de envasado, que las oficinas están en la primera planta.

        Un saludo,
        Alberto

        Alberto Hernando
        Director Comercial
        Frutos Secos Tierra de Pinares, S.L.
        Ctra. N-234 km 412 · 42149 Navaleno (Soria)

        -----Mensaje original-----
        De: Marta Ayllón <marta.ayllon@example.org>
        Enviado el: jueves, 29 de octubre de 2026 19:47
        Para: Alberto Hernando <ahernando@tierradepinares.es>
        Asunto: Re: Entrevista puesto administración de exportación

        Hola Alberto:

        Muchas gracias. El miércoles 4 a las 12:30 me viene perfecto.

        Un saludo,
        Marta

        -----Mensaje original-----
        De: Alberto Hernando <ahernando@tierradepinares.es>
        Enviado el: martes, 27 de octubre de 2026 13:05
        Para: marta.ayllon@example.org
        Asunto: Entrevista puesto administración de exportación

        Hola Marta:

        Hemos visto tu currículum y nos gustaría conocerte. ¿Te vendría bien el martes 3 de noviembre a
        las 10:00 o el miércoles 4 a las 12:30? Sería aquí, en Navaleno.

        Un saludo,
        Alberto
        """)
    hs = head(addr("Alberto Hernando", "ahernando@tierradepinares.es"),
              "RE: Entrevista puesto administración de exportación", "2026-10-30 09:12:46", MAD,
              "smtp.tierradepinares.es",
              msgid="<000601dc4a2b$7e3f1c90$7abd54b0$@tierradepinares.es>",
              extra=(("In-Reply-To", "<CAF4m2Kq7LxN0e1@mail.example.org>"),
                     ("References", "<000101dc4859$1a2b3c40$4e5f6a70$@tierradepinares.es> "
                                    "<CAF4m2Kq7LxN0e1@mail.example.org>"),
                     ("X-Mailer", "Microsoft Outlook 16.0"),
                     ("Thread-Index", "AQHcSisKqE3vWm7t0Uy1bQ9l5o7r3A=="),
                     ("Content-Language", "es")))
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@make.mail(N(19), family="forwarded", lang="es", interview=True, kind="scheduled",
           start="2026-11-23T08:00:00Z", end="2026-11-23T09:30:00Z",
           contact="elena.ruiz@grupotera.es", company="Grupo Industrial Tera",
           local="Mon 2026-11-23 09:00", local_end="2026-11-23 10:30", zone=MAD,
           note="Marta forwards to herself, from her old address, a convocation sent there: 'lunes 23 de "
                "noviembre, de 9:00 a 10:30' in Soria, CET = 08:00-09:30 UTC; contact = the recruiter in "
                "the forwarded header")
def p19_forward_tera() -> bytes:
    body = t("""
        Me llegó al correo antiguo, lo paso aquí para tenerlo todo junto.

        ---------- Forwarded message ---------
        De: Elena Ruiz <elena.ruiz@grupotera.es>
        Date: mar, 17 nov 2026 a las 13:02
        Subject: Convocatoria entrevista - Técnico/a de Comercio Exterior
        To: <marta.ayllon.g@example.com>


        Buenos días, Marta:

        Tras revisar tu candidatura, te convocamos a la entrevista para el puesto de Técnico/a de Comercio
        Exterior, que tendrá lugar el lunes 23 de noviembre, de 9:00 a 10:30, en nuestras oficinas de
        Soria (Polígono Industrial Las Casas, calle N, nave 3). La primera parte será una entrevista con el
        responsable del departamento y la segunda, una prueba práctica de documentación (factura
        comercial, packing list y certificado de origen).

        Te agradecería que me confirmases la asistencia respondiendo a este correo.

        Un saludo,

        Elena Ruiz Carrascosa
        Recursos Humanos
        Grupo Industrial Tera
        Tel. 975 000 391
        """)
    hs = head(addr(ME_NAME, "marta.ayllon.g@example.com"),
              "Fwd: Convocatoria entrevista - Técnico/a de Comercio Exterior", "2026-11-17 21:14:50", MAD,
              "mail-ed1-f52.example.com",
              msgid="<CAGm8vR2pQ1k9TzX0dL3nW7yB5c4@mail.example.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(20), family="rfc822_attachment", lang="es", interview=True, kind="scheduled",
           start="2026-12-17T09:00:00Z", end="2026-12-17T10:00:00Z",
           contact="carmen.ortiz@paletsibericos.es", company="Palets Ibéricos",
           local="Thu 2026-12-17 10:00", local_end="2026-12-17 11:00", zone=MAD,
           note="An assistant re-sends the hiring manager's convocation as a message/rfc822 attachment "
                "(it had bounced): 'jueves 17 de diciembre de 10:00 a 11:00' by video, CET = 09:00 UTC; "
                "contact = the human outer sender (rule order), the manager is in the attachment")
def p20_rfc822_palets() -> bytes:
    inner_body = t("""
        Hola Marta:

        Gracias por tu interés en Palets Ibéricos. Te confirmo la entrevista para el puesto de
        Administrativa de Exportación el jueves 17 de diciembre de 10:00 a 11:00 (hora peninsular), por
        videollamada de Teams. Te mandaremos el enlace el día antes.

        Estaremos Vicente Sanchis, de Administración, y yo.

        Saludos,
        Rubén Sáez
        Director de Operaciones
        Palets Ibéricos, S.L. · Ribarroja del Turia (Valencia)
        """)
    inner = message([
        ("From", addr("Rubén Sáez", "ruben.saez@paletsibericos.es")),
        ("To", addr(ME_NAME, "marta.ayllom@example.org")),
        ("Subject", enc("Entrevista Administrativa de Exportación – Palets Ibéricos")),
        ("Date", date("2026-12-09 18:02:11", MAD)),
        ("Message-ID", "<3f1e9a0c5b2d4e77@paletsibericos.es>"),
    ], text(inner_body, cte="8bit"))
    outer = t("""
        Buenos días, Marta:

        Rubén está de viaje esta semana y me pide que te reenvíe el mensaje que te mandó el miércoles,
        porque le ha llegado devuelto (creo que había una letra cambiada en tu dirección). Lo llevas
        adjunto. La entrevista sigue en pie tal y como te indicaba.

        Un saludo,

        Carmen Ortiz
        Administración – Palets Ibéricos, S.L.
        Tel. 96 000 2281
        """)
    hs = head(addr("Carmen Ortiz", "carmen.ortiz@paletsibericos.es"),
              "RV: Entrevista Administrativa de Exportación – Palets Ibéricos", "2026-12-11 09:35:27", MAD,
              "smtp.paletsibericos.es",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, mixed(text(outer), attached_message(inner, "convocatoria-entrevista.eml")))


@make.mail(N(21), family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
           start="2026-11-04T15:00:00Z", end="2026-11-04T15:45:00Z",
           contact="greg.holloway@ashcombepaper.com", company="Ashcombe Paper",
           local="Wed 2026-11-04 10:00", local_end="2026-11-04 10:45", zone="America/New_York",
           note="Exchange update (SEQUENCE:2, TZID Eastern Standard Time) sent Thu 29 Oct in EDT; moved from "
                "Mon 2 Nov to Wed 4 Nov 10:00-10:45 AM, after the US change = EST = 15:00 UTC; body label "
                "'(UTC-05:00) Eastern Time'; contact = human ORGANIZER")
def p21_outlook_ashcombe() -> bytes:
    body = t("""
        When: Wednesday, November 4, 2026 10:00 AM-10:45 AM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hi Marta,

        My apologies - I have a conflict on Monday, so I've moved our conversation from Monday, Nov 2 to
        Wednesday, Nov 4 at the same time, 10:00 AM Eastern (4:00 PM for you in Madrid). Sandra from
        our Barcelona office will join as well.

        Thanks,
        Greg

        Greg Holloway | Director, International Customer Operations
        Ashcombe Paper Inc. | Charlotte, NC

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTg2MWQ>
        Meeting ID: 244 918 330 572
        Passcode: Yh3sQ9
        ________________________________________________________________________________
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ["Eastern Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Greg Holloway:mailto:greg.holloway@ashcombepaper.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marta Ayllón:mailto:marta.ayllon@ex"
        "ample.org",
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sandra Puig:mailto:sandra.puig@ashcom"
        "bepaper.com",
        "DESCRIPTION;LANGUAGE=en-US:Hi Marta\\,\\n\\nMy apologies - I have a conflict on Monday\\, so I've moved"
        " our conversation to Wednesday.\\n",
        "UID:040000008200E00074C5B7101A82E00800000000F06A2D1A1E63DC0100000000000000001000000088C2D0F1E6A7E84C9"
        "D7B2F10A4E6C3B9",
        "SUMMARY;LANGUAGE=en-US:Interview - Marta Ayllón / EMEA Order Management Specialist",
        "DTSTART;TZID=Eastern Standard Time:20261104T100000",
        "DTEND;TZID=Eastern Standard Time:20261104T104500",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20261029T172600Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:2",
        "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:2",
        "X-MICROSOFT-CDO-OWNERAPPTID:2120988345",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    hs = head(addr("Greg Holloway", "greg.holloway@ashcombepaper.com"),
              "Updated: Interview - Marta Ayllón / EMEA Order Management Specialist", "2026-10-29 13:26:00",
              "America/New_York", "NAM12-BN8-obe.outbound.protection.outlook.com",
              msgid="<BN8PR12MB33617A0D2E4C9B5F1E83D6C2A77F1@BN8PR12MB3361.namprd12.prod.outlook.com>",
              extra=(("Thread-Topic", enc("Interview - Marta Ayllón / EMEA Order Management Specialist")),
                     ("Thread-Index", "AdtJ0Kq9r1a2m3wGTk2pV5b7eXyZcA=="),
                     ("Content-Language", "en-US"),
                     ("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAADwai0aHmPcAQAAAA")))
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(22), family="human_prose", lang="es", interview=True, kind="cancelled",
           start="2026-12-14T11:00:00Z", end=None,
           contact="raquel.alonso@carpinteriaalmazan.es", company="Carpintería Industrial Almazán",
           local="Mon 2026-12-14 12:00", zone=MAD,
           note="HR mail (usted, iso-8859-1, 8bit) cancelling 'la entrevista prevista para el lunes 14 de "
                "diciembre a las 12:00' because the post was filled internally; cancelled slot CET = "
                "11:00 UTC, no new time; contact = sender")
def p22_prose_almazan_cancel() -> bytes:
    body = t("""
        Estimada Sra. Ayllón:

        Me pongo en contacto con usted en relación con la entrevista prevista para el lunes 14 de
        diciembre a las 12:00 en nuestras instalaciones de Almazán.

        Lamentablemente, debemos cancelarla: la dirección ha decidido cubrir la vacante de
        Administrativo/a de Exportación mediante una promoción interna. Le pido disculpas por las
        molestias y le agradezco sinceramente el interés mostrado por nuestra empresa.

        Conservaremos su currículum, con su permiso, para futuros procesos de selección.

        Reciba un cordial saludo,

        Raquel Alonso Tejero
        Departamento de Personal
        Carpintería Industrial Almazán, S.A.
        Ctra. de Soria s/n · 42200 Almazán (Soria)
        """)
    hs = head(addr("Raquel Alonso", "raquel.alonso@carpinteriaalmazan.es", charset="iso-8859-1"),
              "Cancelación entrevista 14/12", "2026-12-09 10:15:02", MAD, "smtp.carpinteriaalmazan.es",
              charset="iso-8859-1",
              extra=(("X-Mailer", "Microsoft Outlook 15.0"),))
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@make.mail(N(23), family="human_prose", lang="es", interview=True, kind="rescheduled",
           start="2026-10-02T11:00:00Z", end=None,
           contact="jlcalvo@logisticamoncayo.es", company="Logística Moncayo",
           local="Fri 2026-10-02 13:00", zone=MAD,
           note="Logistics firm (usted, windows-1252 QP) moves the interview from 'miércoles 30 de septiembre a "
                "las 9:30' to 'viernes 2 de octubre a las 13:00' in Ágreda, CEST = 11:00 UTC; both times "
                "written, the new one labelled; contact = sender")
def p23_prose_moncayo_resched() -> bytes:
    body = t("""
        Buenos días, Sra. Ayllón:

        Le escribo para comunicarle un cambio en la fecha de su entrevista. Por motivos de agenda de la
        gerencia, en lugar del miércoles 30 de septiembre a las 9:30, la entrevista será el viernes 2 de
        octubre a las 13:00, en el mismo lugar: nuestras oficinas de la Avda. de Navarra 41, en Ágreda.

        Disculpe las molestias. Si no le fuera posible acudir en el nuevo horario, le ruego que me lo haga
        saber cuanto antes.

        Atentamente,

        José Luis Calvo
        Gerente – Logística Moncayo, S.L.
        Avda. de Navarra 41 · 42100 Ágreda (Soria)
        Tel. 976 000 655 · jlcalvo@logisticamoncayo.es
        """)
    hs = head(addr("José Luis Calvo", "jlcalvo@logisticamoncayo.es", charset="windows-1252"),
              "Cambio fecha entrevista – Logística Moncayo", "2026-09-28 08:55:40", MAD, "smtp.logisticamoncayo.es",
              charset="windows-1252",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


# =========================================================================== negatives


@make.mail(N(24), family="application_receipt", lang="en", interview=False, company="Vantor Industrial Group",
           note="Taleo application acknowledgement; no interview, no time")
def n24_taleo_receipt() -> bytes:
    body = t("""
        Dear Marta Ayllon,

        Thank you for applying for the position of Export Documentation Specialist (Requisition 26-0412)
        at Vantor Industrial Group.

        We have received your application and our Talent Acquisition team will review your
        qualifications against the requirements of the role. If your profile matches our needs, a
        member of the team will contact you to discuss next steps. Due to the high number of
        applications, we may not be able to respond to each applicant individually.

        You can check the status of your application at any time by logging in to your candidate
        profile: https://vantor.taleo.net/careersection/ex/mysubmissions.ftl

        Sincerely,
        Vantor Industrial Group Talent Acquisition

        This is an automated message. Please do not reply to this email.
        """)
    hs = head(addr("Vantor Careers", "vantor@taleo.net"),
              "Vantor Industrial Group - Thank you for your application (26-0412)", "2026-09-08 07:41:18",
              "America/Chicago", "smtp.taleo.net")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(25), family="application_receipt", lang="es", interview=False, company="Embalajes Duero",
           note="Recruitee acknowledgement in Spanish; 'te contactaremos si tu perfil encaja', nothing fixed")
def n25_recruitee_receipt() -> bytes:
    body = t("""
        Hola Marta:

        ¡Gracias por presentar tu candidatura para el puesto de Administrativo/a de Exportación (media
        jornada) en Embalajes Duero!

        Hemos recibido correctamente tu CV y tu carta de presentación. Nuestro equipo revisará todas
        las candidaturas durante las próximas dos semanas y, si tu perfil encaja con lo que buscamos,
        nos pondremos en contacto contigo para los siguientes pasos.

        Un saludo,
        Equipo de Selección
        Embalajes Duero, S.L.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hola Marta:</p>
        <p>¡Gracias por presentar tu candidatura para el puesto de <b>Administrativo/a de Exportación (media
        jornada)</b> en Embalajes Duero!</p>
        <p>Hemos recibido correctamente tu CV y tu carta de presentación. Nuestro equipo revisará todas las
        candidaturas durante las próximas dos semanas y, si tu perfil encaja con lo que buscamos, nos pondremos
        en contacto contigo para los siguientes pasos.</p>
        <p>Un saludo,<br>Equipo de Selección<br>Embalajes Duero, S.L.</p>
        <p style="font-size:11px;color:#aaa">Enviado con Recruitee</p>
        </body></html>
        """)
    hs = head(addr("Embalajes Duero", "no-reply@mail.recruitee.com"),
              "Hemos recibido tu candidatura – Administrativo/a de Exportación", "2026-09-14 10:02:37", MAD,
              "mail.recruitee.com")
    return message(hs, alt(text(body), html(page)))


@make.mail(N(26), family="rejection", lang="es-UY", interview=False, company="Forestal Río Negro",
           note="Uruguayan rejection after the interview of 8 Oct (thread with the reschedule); past date only")
def n26_rejection_rionegro() -> bytes:
    body = t("""
        Hola Marta:

        Antes que nada, muchas gracias por tu tiempo en la entrevista del jueves 8 y por la disposición a
        hacerla en un horario que para vos era de tarde.

        Te cuento que finalmente decidimos avanzar con otra candidata, que tiene experiencia directa con
        navieras en el puerto de Montevideo, algo que para esta posición terminó pesando mucho. Nos
        quedamos con muy buena impresión tuya y, si te parece bien, vamos a guardar tu perfil para la
        oficina comercial que pensamos abrir en Europa el año que viene.

        Te deseo mucha suerte en la búsqueda.

        Un abrazo,
        Martín Olivera
        Forestal Río Negro S.A.
        """)
    hs = head(addr("Martín Olivera", "molivera@forestalrionegro.com.uy"),
              "Proceso de selección - Forestal Río Negro", "2026-10-20 15:30:12", "America/Montevideo",
              "mail.forestalrionegro.com.uy",
              extra=(("User-Agent", "Mozilla Thunderbird"),))
    return message(hs, text(body, cte="8bit", params="format=flowed"))


@make.mail(N(27), family="rejection", lang="en", interview=False, company="Nordvik Packaging",
           note="Workday rejection after the interview of 22 Sep (thread); no time")
def n27_workday_rejection() -> bytes:
    page = t("""
        <html><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px">
        <div style="background:#003b5c;color:#fff;padding:18px 24px;font-size:18px">Nordvik Packaging Careers</div>
        <div style="padding:24px">
        <p>Dear Marta,</p>
        <p>Thank you for taking the time to interview for the <b>Export Customer Service Specialist
        (Spanish/English)</b> position (R-0018842). We appreciated the opportunity to learn more about you.</p>
        <p>After careful consideration, we have decided to move forward with another candidate whose
        experience more closely matches the needs of the role at this time.</p>
        <p>We encourage you to keep an eye on our careers site for future opportunities.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Nordvik Packaging AB</p>
        </div></body></html>
        """)
    hs = head(addr("Nordvik Packaging", "nordvik@myworkday.com"),
              "Update on your application: Export Customer Service Specialist (Spanish/English)",
              "2026-10-02 08:15:09", "Europe/Stockholm", "myworkday.com")
    return message(hs, html(page))


@make.mail(N(28), family="job_alert", lang="es", interview=False, company=None,
           note="Job-board alert listing new offers; dates are publication dates")
def n28_job_alert() -> bytes:
    body = t("""
        Hola Marta, tenemos 4 ofertas nuevas para tu alerta «administrativo exportación – Soria y 100 km»

        ADMINISTRATIVO/A DE EXPORTACIÓN CON INGLÉS
        Conservas Vegetales del Queiles · Tudela (Navarra) · Jornada completa
        Publicada hace 2 días · 24.000 € - 27.000 € brutos/año
        https://www.trabajameseta.es/oferta/88123

        TÉCNICO/A COMERCIO EXTERIOR
        Grupo Industrial Tera · Soria · Jornada completa
        Publicada hace 5 días
        https://www.trabajameseta.es/oferta/87990

        ASISTENTE DE VENTAS INTERNACIONALES (FRANCÉS)
        Quesería Sierra de Albarracín · Teruel · Jornada completa
        Publicada ayer
        https://www.trabajameseta.es/oferta/88201

        AGENTE DE ADUANAS
        Transitarios Pirenaicos · Zaragoza · Híbrido
        Publicada hoy
        https://www.trabajameseta.es/oferta/88214

        Ver todas las ofertas: https://www.trabajameseta.es/alertas/ver/55102
        Gestionar tus alertas: https://www.trabajameseta.es/alertas
        """)
    hs = head(addr("TrabajaMeseta", "alertas@trabajameseta.es"),
              "4 ofertas nuevas: administrativo exportación – Soria y 100 km", "2026-11-16 07:00:02", MAD,
              "envios.trabajameseta.es",
              extra=(("List-Unsubscribe", "<https://www.trabajameseta.es/alertas/baja?u=55102>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(29), family="newsletter_tips", lang="es", interview=False, company=None,
           note="Foreign-trade newsletter with an article on preparing an export-job interview; no appointment")
def n29_newsletter() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;background:#eef2f5;margin:0">
        <table align="center" width="620" style="background:#fff" cellpadding="20"><tr><td>
        <h1 style="font-size:24px;color:#12436b">Comercio Exterior Hoy · Boletín n.º 214</h1>
        <h2 style="font-size:18px">Cómo preparar una entrevista para un puesto de exportación</h2>
        <p>Las empresas ya no se conforman con que sepas qué es un Incoterm. En la entrevista te pedirán
        casos concretos: un crédito documentario con discrepancias, un contenedor retenido en destino o un
        cliente que no paga. Te contamos las cinco preguntas que más se repiten y cómo responderlas.</p>
        <p><a href="https://comercioexteriorhoy.es/blog/entrevista-exportacion">Leer el artículo</a></p>
        <h2 style="font-size:18px">Además en este número</h2>
        <ul>
        <li>Cambios en el DUA de exportación a partir de enero</li>
        <li>Seguro de crédito: cuándo compensa para una pyme</li>
        <li>Calendario de ferias del sector de la madera y el mueble 2027</li>
        </ul>
        <p style="font-size:11px;color:#888">Recibes este boletín porque te suscribiste en comercioexteriorhoy.es.
        <a href="https://comercioexteriorhoy.es/baja">Darte de baja</a></p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("Comercio Exterior Hoy", "boletin@comercioexteriorhoy.es"),
              "Cómo preparar una entrevista para un puesto de exportación (y más)", "2026-10-01 08:30:00", MAD,
              "mta12.envios-boletin.es",
              extra=(("List-Unsubscribe", "<mailto:baja@comercioexteriorhoy.es>"), ("Precedence", "bulk")))
    return message(hs, html(page, cte="base64"))


@make.mail(N(30), family="recruiter_outreach", lang="en", interview=False, company="Stanhope Talent Partners",
           note="Agency cold outreach asking for a call 'next week'; nothing fixed")
def n30_outreach_stanhope() -> bytes:
    body = t("""
        Hi Marta,

        I hope you don't mind me reaching out directly. I'm a consultant at Stanhope Talent Partners,
        where I recruit supply chain and trade compliance roles across Europe.

        One of my clients, a mid-sized forest products group with its European hub in Rotterdam, is
        looking for a Spanish-speaking Export Administrator to look after their Iberian and Latin
        American customers. Your background in timber exports caught my eye, and the role can be
        largely remote with a few trips a year.

        Would you be open to a quick 15-minute call next week to hear a bit more? Just let me know a
        couple of times that suit you.

        Best regards,

        Hannah Crowley
        Senior Consultant, Supply Chain & Logistics
        Stanhope Talent Partners | London
        +44 20 0000 1187
        """)
    hs = head(addr("Hannah Crowley", "hannah.crowley@stanhopetalent.co.uk"),
              "Export Administrator opportunity - forest products (Rotterdam / remote)", "2026-09-07 11:48:30",
              "Europe/London", "mail.stanhopetalent.co.uk")
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body))))


@make.mail(N(31), family="availability_request", lang="es", interview=False, company="Harinas del Jalón",
           note="Agency recruiter proposes two slots ('¿Te vendría bien el jueves 1 de octubre a las 10:30 o el "
                "viernes 2 a las 9:00?'); a proposal, confirmed only in a later mail",
           days=(("Thu", "2026-10-01"), ("Fri", "2026-10-02")))
def n31_agency_slots() -> bytes:
    body = t("""
        Hola Marta:

        Te escribo por lo que hablamos el martes. He presentado tu candidatura a Harinas del Jalón
        (Épila, Zaragoza) para el puesto de Administrativa de Exportación y les ha gustado mucho tu
        perfil. Quieren hacerte una primera entrevista por Teams la semana que viene.

        ¿Te vendría bien el jueves 1 de octubre a las 10:30 o el viernes 2 a las 9:00? En cuanto me digas
        cuál prefieres, se lo confirmo a ellos y te aviso.

        Un abrazo,

        Nuria Peñalba
        Consultora Senior – Área Industria y Logística
        Talento Duero Consultores
        Móvil 600 000 237
        """)
    hs = head(addr("Nuria Peñalba", "nuria.penalba@talentoduero.es"),
              "Entrevista Harinas del Jalón", "2026-09-25 12:20:05", MAD, "smtp.talentoduero.es",
              msgid="<7a10be33c2@talentoduero.es>",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body))


@make.mail(N(32), family="availability_request", lang="en", interview=False,
           company="Larchmont Building Products",
           note="Greenhouse availability request before the confirmed interview; asks for free slots, no time")
def n32_greenhouse_availability() -> bytes:
    body = t("""
        Hi Marta,

        Great speaking with you earlier this week! The next step in the process for the EMEA Export
        Coordinator role is a 60-minute video interview with Curtis Lindqvist, our Director of
        International Logistics, and me.

        Please use the link below to let us know when you're available over the next two weeks. Times
        are shown in your local time zone, and we'll send a confirmation with the details once the
        interview is booked.

        Submit your availability: https://app.greenhouse.io/candidate_availability/3c8e41d07a

        Best,
        Dana Whitcomb
        Senior Recruiter, Larchmont Building Products
        """)
    hs = head(addr("Dana Whitcomb", "no-reply@greenhouse.io"),
              "Please share your availability - EMEA Export Coordinator at Larchmont Building Products",
              "2026-10-22 10:05:44", "America/Chicago", "mail243.greenhouse-mail.io",
              extra=(("Reply-To", addr("Dana Whitcomb", "dana.whitcomb@larchmontbp.com")),))
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body))))


@make.mail(N(33), family="scheduling_link", lang="es", interview=False, company="Sellers & Baird Recruitment",
           note="Agency recruiter sends her Calendly link to book a call; nothing booked yet")
def n33_calendly_link() -> bytes:
    body = t("""
        Hola Marta:

        Soy Laura Benito, de Sellers & Baird. Estoy llevando un proceso para una empresa del sector de la
        madera en Castilla y León que busca una Responsable de Administración Export, y creo que tu
        perfil encaja muy bien.

        Para no marearte con correos, te dejo mi agenda para que elijas el hueco que mejor te venga para
        una primera llamada de 30 minutos:

        https://calendly.com/laura-benito-sb/entrevista-inicial

        Un saludo,

        Laura Benito
        Consultora – Sellers & Baird Recruitment
        Pº de la Castellana 95 · Madrid
        """)
    hs = head(addr("Laura Benito", "laura.benito@sellersbaird.es"),
              "Proceso Responsable Administración Export", "2026-10-22 13:15:27", MAD,
              "EUR02-DB5-obe.outbound.protection.outlook.com",
              msgid="<PA4PR02MB66305E0C2B1A9F7D3E4B8C51A1B0E@PA4PR02MB6630.eurprd02.prod.outlook.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(34), family="auto_reply", lang="es", interview=False, company="Muebles Arlanza",
           note="Out-of-office reply to Marta's thank-you after her interview; 'hasta el lunes 21 de "
                "septiembre' is a return date, not an appointment",
           days=(("Mon", "2026-09-21"),))
def n34_out_of_office() -> bytes:
    body = t("""
        Gracias por su mensaje.

        Estaré fuera de la oficina hasta el lunes 21 de septiembre, con acceso limitado al correo. Para
        asuntos urgentes de selección puede escribir a personas@mueblesarlanza.es o llamar al 947 000 310.

        Un saludo,
        Irene Salcedo
        Personas – Muebles Arlanza
        """)
    hs = head(addr("Irene Salcedo", "irene.salcedo@mueblesarlanza.es"),
              "Respuesta automática: Gracias por la entrevista", "2026-09-16 09:31:02", MAD,
              "EUR01-HE1-obe.outbound.protection.outlook.com",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAF4m2Kq9Zx1p7@mail.example.org>")))
    return message(hs, text(body))


@make.mail(N(35), family="bounce", lang="es", interview=False, company=None,
           note="DSN of Marta's thank-you with a mistyped address; the returned mail mentions 'la entrevista "
                "de hoy' (past), no appointment")
def n35_dsn_bounce() -> bytes:
    notice = t("""
        This is the mail system at host smtp.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <jl.calvo@logisticamoncayo.es>: host mx.logisticamoncayo.es[203.0.113.45]
            said: 550 5.1.1 <jl.calvo@logisticamoncayo.es>: Recipient address
            rejected: User unknown in virtual mailbox table (in reply to RCPT TO
            command)
        """)
    status = t("""
        Reporting-MTA: dns; smtp.example.org
        X-Postfix-Queue-ID: 4Q9fT20xKpz3hK
        X-Postfix-Sender: rfc822; marta.ayllon@example.org
        Arrival-Date: Fri,  2 Oct 2026 18:40:21 +0200 (CEST)

        Final-Recipient: rfc822; jl.calvo@logisticamoncayo.es
        Original-Recipient: rfc822;jl.calvo@logisticamoncayo.es
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.logisticamoncayo.es
        Diagnostic-Code: smtp; 550 5.1.1 <jl.calvo@logisticamoncayo.es>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    original = message([
        ("From", addr(ME_NAME, ME)),
        ("To", "jl.calvo@logisticamoncayo.es"),
        ("Subject", "Gracias"),
        ("Date", date("2026-10-02 18:40:19", MAD)),
        ("Message-ID", "<CAF4m2KrT0w8s3@mail.example.org>"),
    ], text(t("""
        Buenas tardes, José Luis:

        Quería agradecerle la entrevista de hoy y el tiempo que me dedicaron usted y Ainhoa. Me
        gustó mucho conocer el almacén y sigo muy interesada en el puesto.

        Quedo a su disposición para cualquier cosa que necesiten.

        Un saludo,
        Marta Ayllón
        """), cte="8bit"))
    hs = [
        ("Delivered-To", ME),
        ("Return-Path", "<>"),
        ("Received", received("from smtp.example.org (smtp.example.org [198.51.100.7])", "2026-10-02 18:40:26", MAD,
                              "mx1.example.org (Postfix) with ESMTPS id 7C1F2A0E33", ME)),
        ("From", "MAILER-DAEMON@smtp.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-10-02 18:40:25", MAD)),
        ("Message-ID", "<20261002164025.9D3B81E0F4@smtp.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    report = multipart("report",
                       text(notice, charset="us-ascii", cte="7bit",
                            extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       undelivered_part(original),
                       params="report-type=delivery-status")
    return message(hs, report)


def undelivered_part(original: bytes) -> make.Part:
    p = attached_message(original)
    p.headers.insert(0, ("Content-Description", "Undelivered Message"))
    return p


@make.mail(N(36), family="offer", lang="es", interview=False, company="Logística Moncayo",
           note="Job offer after the interview of 2 Oct; start date (11 Jan 2027) and reply deadline are not "
                "an interview",
           days=(("Fri", "2026-10-23"), ("Mon", "2027-01-11")))
def n36_offer_moncayo() -> bytes:
    body = t("""
        Estimada Marta:

        Tras las entrevistas mantenidas, tengo el placer de ofrecerle el puesto de Administrativa de
        Tráfico y Exportación en Logística Moncayo, S.L., en las siguientes condiciones:

        - Contrato indefinido, jornada completa (lunes a viernes, 8:00 a 16:00).
        - Salario bruto anual: 25.500 €, en 14 pagas.
        - Incorporación: lunes 11 de enero de 2027.
        - Centro de trabajo: Ágreda (Soria).

        Le adjunto la carta de oferta con el detalle. Le agradecería que nos diera una respuesta antes del
        viernes 23 de octubre.

        Quedo a su disposición para cualquier duda.

        Un cordial saludo,

        José Luis Calvo
        Gerente – Logística Moncayo, S.L.
        """)
    pdf = make.Part([("Content-Type", 'application/pdf; name="Oferta_Marta_Ayllon.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Oferta_Marta_Ayllon.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    b"JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\r\n"
                    b"YmoKMiAwIG9iago8PC9UeXBlL1BhZ2VzL0tpZHNbXS9Db3VudCAwPj4KZW5kb2JqCnRyYWlsZXIK\r\n"
                    b"PDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==\r\n")
    hs = head(addr("José Luis Calvo", "jlcalvo@logisticamoncayo.es", charset="windows-1252"),
              "Oferta de empleo – Administrativa de Tráfico y Exportación", "2026-10-19 12:00:31", MAD,
              "smtp.logisticamoncayo.es", charset="windows-1252",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, mixed(text(body, charset="windows-1252"), pdf))


@make.mail(N(37), family="non_interview_calendar", lang="es", interview=False, company=None,
           note="Neighbours' association general meeting 'jueves 15 de octubre de 2026 a las 19:30'; a fixed "
                "time but not an interview",
           days=(("Thu", "2026-10-15"),))
def n37_junta_propietarios() -> bytes:
    body = t("""
        COMUNIDAD DE PROPIETARIOS C/ NICOLÁS RABAL 14 – SORIA

        CONVOCATORIA DE JUNTA GENERAL ORDINARIA

        Por indicación del Presidente de la Comunidad, D. Andrés Marco, se convoca a todos los
        propietarios a la Junta General Ordinaria que se celebrará el jueves 15 de octubre de 2026 en
        el portal del edificio, a las 19:30 en primera convocatoria y a las 20:00 en segunda, con el
        siguiente

        ORDEN DEL DÍA
        1. Lectura y aprobación, si procede, del acta anterior.
        2. Aprobación de cuentas del ejercicio 2025-2026.
        3. Presupuesto 2026-2027 y cuota mensual (propuesta: 48 € por vivienda).
        4. Presupuestos para la sustitución de la caldera comunitaria.
        5. Renovación de cargos.
        6. Ruegos y preguntas.

        Si no puede asistir, puede delegar su voto por escrito en otro propietario.

        Soria, 1 de octubre de 2026
        El Administrador, Fincas Sanz Gestión
        """)
    hs = head(addr("Fincas Sanz Gestión", "administracion@fincassanz.es", charset="iso-8859-15"),
              "Convocatoria Junta General Ordinaria - C/ Nicolás Rabal 14", "2026-10-01 18:05:44", MAD,
              "smtp.fincassanz.es", charset="iso-8859-15",
              to="undisclosed-recipients:;")
    return message(hs, text(body.replace("–", "-"), charset="iso-8859-15", cte="quoted-printable"))


@make.mail(N(38), family="non_interview_calendar", lang="es", interview=False, company=None,
           note="Vehicle inspection (ITV) appointment with an ICS, 'martes 10 de noviembre de 2026, 8:40'; "
                "a fixed time but not an interview",
           days=(("Tue", "2026-11-10"),))
def n38_itv() -> bytes:
    body = t("""
        CITA PREVIA CONFIRMADA

        Estación ITV Numancia – Polígono Industrial Valcorba, Soria

        Titular: MARTA AYLLÓN
        Matrícula: 1234 KLM
        Tipo de inspección: Periódica – turismo
        Fecha: martes 10 de noviembre de 2026
        Hora: 8:40
        Localizador: ITVN-26-118734

        Recuerde traer el permiso de circulación, la ficha técnica y el justificante del seguro en vigor.
        Se ruega puntualidad: con más de 10 minutos de retraso la cita podrá ser anulada.

        Para anular o cambiar la cita: https://citas.itvnumancia.es/gestion/ITVN-26-118734
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//ITV Numancia//Cita previa//ES
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:ITVN-26-118734@itvnumancia.es
        DTSTAMP:20261103T081200Z
        DTSTART:20261110T074000Z
        DTEND:20261110T080000Z
        SUMMARY:ITV 1234 KLM - Estación ITV Numancia
        LOCATION:Polígono Industrial Valcorba\\, Soria
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("ITV Numancia", "citaprevia@itvnumancia.es"),
              "Confirmación de cita ITV – 10/11/2026 8:40", "2026-11-03 09:12:10", MAD, "mail.itvnumancia.es")
    return message(hs, mixed(text(body),
                             calendar(ics, method="PUBLISH", filename="cita-itv.ics", disposition="attachment",
                                      cte="quoted-printable")))


@make.mail(N(39), family="ticket", lang="es", interview=False, company=None,
           note="Bus ticket Soria -> Ágreda on Fri 2 Oct at 11:15, the day of the Logística Moncayo interview; "
                "travel, not an interview",
           days=(("Fri", "2026-10-02"),))
def n39_bus_ticket() -> bytes:
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <h2 style="color:#b3261e">Autobuses Numancia</h2>
        <p>Hola Marta,</p>
        <p>Gracias por tu compra. Aquí tienes tu billete:</p>
        <table border="1" cellpadding="6" style="border-collapse:collapse">
        <tr><th>Trayecto</th><td>Soria (Estación de Autobuses) → Ágreda</td></tr>
        <tr><th>Fecha</th><td>viernes 02/10/2026</td></tr>
        <tr><th>Salida</th><td>11:15</td></tr>
        <tr><th>Llegada</th><td>11:55</td></tr>
        <tr><th>Asiento</th><td>14</td></tr>
        <tr><th>Localizador</th><td>AN7Q2KX</td></tr>
        <tr><th>Importe</th><td>5,85 €</td></tr>
        </table>
        <p>Presenta el código QR del billete adjunto al subir al autobús.</p>
        <p>Vuelta: Ágreda → Soria, viernes 02/10/2026, 16:40 (billete abierto).</p>
        </body></html>
        """)
    hs = head(addr("Autobuses Numancia", "billetes@autobusesnumancia.es"),
              "Tu billete Soria - Ágreda (AN7Q2KX)", "2026-09-29 21:47:03", MAD, "mail.autobusesnumancia.es")
    return message(hs, html(page))


@make.mail(N(40), family="webinar", lang="es", interview=False, company=None,
           note="Trade-association webinar registration 'jueves 24 de septiembre, 17:00 (hora peninsular)'; "
                "a fixed time but not an interview",
           days=(("Thu", "2026-09-24"),))
def n40_webinar() -> bytes:
    body = t("""
        Hola Marta:

        Tu inscripción en el webinar «Incoterms 2020 en la práctica: errores que cuestan dinero» se ha
        completado correctamente.

        Fecha: jueves 24 de septiembre
        Hora: 17:00 (hora peninsular)
        Duración: 90 minutos
        Ponente: Carlos Esteban, asesor en comercio internacional

        Enlace para unirse (Zoom):
        https://us02web.zoom.us/w/86611230055?tk=Hq1wXz
        Código de acceso: 552910

        Puedes añadirlo a tu calendario: https://us02web.zoom.us/webinar/tZMkd-calendar/ics

        Foro de Exportadores de Castilla y León
        """)
    hs = head(addr("Foro de Exportadores de Castilla y León", "no-reply@zoom.us"),
              "Confirmación de inscripción: Incoterms 2020 en la práctica", "2026-09-21 10:00:14", MAD,
              "zoom.us",
              extra=(("Reply-To", "formacion@foroexportadorescyl.es"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(41), family="assessment", lang="es", interview=False, company="Tableros Moncayo",
           note="Online test invitation with a deadline 'antes del domingo 20 de septiembre a las 23:59'; a "
                "deadline, not an interview",
           days=(("Sun", "2026-09-20"),))
def n41_assessment() -> bytes:
    body = t("""
        Estimada Marta Ayllón:

        Como parte del proceso de selección de Tableros Moncayo para el puesto de Técnico/a de
        Administración de Ventas Internacionales, le invitamos a realizar las siguientes pruebas en
        línea:

        - Excel (nivel intermedio): 25 minutos
        - Inglés comercial (lectura y redacción): 30 minutos

        Puede realizarlas cuando quiera, antes del domingo 20 de septiembre a las 23:59. Le
        recomendamos un ordenador con buena conexión y un entorno tranquilo.

        Acceder a las pruebas: https://app.evaluatalent.es/c/tm-5521-8d0a

        Un saludo,
        Evalúa Talent, en nombre de Tableros Moncayo S.A.
        """)
    hs = head(addr("Evalúa Talent", "no-reply@evaluatalent.es"),
              "Tableros Moncayo: pruebas en línea para su candidatura", "2026-09-16 12:40:55", MAD,
              "mail.evaluatalent.es")
    return message(hs, text(body))


@make.mail(N(42), family="one_way_video", lang="en", interview=False, company="Greywater Logistics",
           note="One-way recorded video interview 'complete by Sunday, December 6, 11:59 PM CET'; no live "
                "meeting at a fixed time",
           days=(("Sun", "2026-12-06"),))
def n42_one_way_video() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Marta,</p>
        <p>Greywater Logistics has invited you to complete a <b>recorded video interview</b> for the role of
        <b>Trade Compliance Analyst (Spanish speaker)</b>.</p>
        <p>You'll answer 5 questions on camera, with 1 minute to prepare and up to 3 minutes to answer each.
        You can do it at any time that suits you.</p>
        <p><b>Please complete it by Sunday, December 6, 11:59 PM CET.</b></p>
        <p><a href="https://vidscreen.io/i/gwl-7c2e91" style="background:#2f6fed;color:#fff;padding:10px 18px;
        text-decoration:none;border-radius:4px">Start my interview</a></p>
        <p>Good luck!<br>The Greywater Logistics hiring team</p>
        <p style="font-size:11px;color:#888">Sent via VidScreen on behalf of Greywater Logistics Ltd.</p>
        </body></html>
        """)
    hs = head(addr("Greywater Logistics via VidScreen", "invites@vidscreen.io"),
              "Your video interview with Greywater Logistics", "2026-11-30 08:00:09", "Europe/London",
              "mail.vidscreen.io")
    return message(hs, html(page))


@make.mail(N(43), family="post_interview", lang="es", interview=False, company="Bodegas Páramo Alto",
           note="Interviewer's reply to Marta's thank-you after the interview of 11 Nov; 'te diremos algo', "
                "nothing fixed")
def n43_post_interview() -> bytes:
    body = t("""
        ¡Gracias a ti, Marta!

        Fue un placer conocerte y enseñarte la bodega. Nos quedan dos entrevistas esta semana y la que
        viene; te diremos algo antes de final de mes, sea cual sea la decisión.

        Un abrazo,
        Sofía

        Sofía Arranz · Export Manager · Bodegas Páramo Alto

        El mié, 11 nov 2026 a las 16:02, Marta Ayllón (<marta.ayllon@example.org>) escribió:
        > Hola Sofía:
        >
        > Muchas gracias por la entrevista de hoy y por la visita a la bodega. Me quedo con muchas
        > ganas de formar parte del equipo.
        >
        > Un saludo,
        > Marta
        """)
    hs = head(addr("Sofía Arranz", "sofia.arranz@paramoalto.es"),
              "Re: Gracias por la entrevista", "2026-11-11 18:20:37", MAD, "mail-wr1-f44.google.com",
              msgid="<CAJ8kP1rX0v4T5n2LmQ9wE3s@mail.gmail.com>",
              extra=(("In-Reply-To", "<CAF4m2Kp3bH6q1@mail.example.org>"),
                     ("References", "<CAF4m2Kp3bH6q1@mail.example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(44), family="application_receipt", lang="en", interview=False, company="Kestrel Tools",
           note="Ashby application acknowledgement; no interview")
def n44_ashby_receipt() -> bytes:
    body = t("""
        Hi Marta,

        Thanks for applying to the Customer Operations Specialist – Spanish Market role at Kestrel Tools!
        We've received your application and our team will review it shortly.

        If there's a match, we'll reach out to schedule a first conversation. In the meantime, feel free
        to learn more about life at Kestrel at https://kestreltools.de/careers.

        Best,
        The Kestrel Tools Team
        """)
    hs = head(addr("Kestrel Tools", "no-reply@ashbyhq.com"),
              "Thanks for applying to Kestrel Tools", "2026-09-10 16:22:51", "Europe/Berlin", "mail.ashbyhq.com")
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@make.mail(N(45), family="survey", lang="es", interview=False, company="Bodegas Páramo Alto",
           note="Teamtailor candidate-experience survey about the past interview of Wed 11 Nov",
           days=(("Wed", "2026-11-11"),))
def n45_teamtailor_survey() -> bytes:
    body = t("""
        Hola Marta:

        ¿Qué tal fue tu entrevista del miércoles 11 de noviembre con Bodegas Páramo Alto?

        Nos encantaría conocer tu opinión sobre el proceso de selección. Solo te llevará un minuto y
        tus respuestas son anónimas.

        Responder a la encuesta: https://paramoalto.teamtailor.com/survey/8821c0

        ¡Gracias!
        Bodegas Páramo Alto

        Powered by Teamtailor
        """)
    hs = head(addr("Bodegas Páramo Alto", "no-reply@teamtailor-mail.com"),
              "¿Qué tal tu experiencia con Bodegas Páramo Alto?", "2026-11-13 10:00:21", MAD,
              "mail.teamtailor-mail.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(46), family="platform_notification", lang="en", interview=False, company=None,
           note="Job-network notification 'your application was viewed'; no time")
def n46_application_viewed() -> bytes:
    body = t("""
        Marta, your application was viewed

        Larchmont Building Products viewed your application for EMEA Export Coordinator.

        Applicants who follow up with a short message are more likely to hear back. Keep your profile
        up to date and turn on Open to Work so recruiters can find you.

        View application: https://www.joblinkpro.net/jobs/applied/4471902

        You are receiving Job Seeker notification emails.
        Unsubscribe: https://www.joblinkpro.net/settings/notifications
        JobLink Pro, Dublin, Ireland
        """)
    hs = head(addr("JobLink Pro", "jobs-noreply@joblinkpro.net"),
              "Your application was viewed by Larchmont Building Products", "2026-10-20 06:30:40", MAD,
              "mail-out.joblinkpro.net",
              extra=(("List-Unsubscribe", "<https://www.joblinkpro.net/settings/notifications>"),))
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body))))


@make.mail(N(47), family="course", lang="es", interview=False, company=None,
           note="Online course enrolment with a live welcome session 'lunes 5 de octubre a las 19:00'; a "
                "fixed time but not an interview",
           days=(("Mon", "2026-10-05"),))
def n47_course() -> bytes:
    body = t("""
        Hola Marta:

        ¡Bienvenida al Curso Superior de Gestión Aduanera y Comercio Exterior (edición otoño 2026)!

        Tu matrícula está confirmada. El curso es 100 % en línea y se compone de 8 módulos. Tendrás
        acceso al campus a partir del lunes 5 de octubre, y ese mismo día, a las 19:00, celebraremos la
        sesión de bienvenida en directo con el equipo docente (quedará grabada).

        Usuario del campus: marta.ayllon@example.org
        Campus: https://campus.escuelacomext.es

        Importe abonado: 390,00 € (factura adjunta en tu área personal)

        Un saludo,
        Secretaría académica – Escuela de Comercio Exterior Online
        """)
    hs = head(addr("Escuela de Comercio Exterior Online", "secretaria@escuelacomext.es"),
              "Matrícula confirmada – Curso Superior de Gestión Aduanera", "2026-09-29 13:00:48", MAD,
              "mail.escuelacomext.es")
    return message(hs, text(body, cte="base64"))


@make.mail(N(48), family="non_interview_calendar", lang="es", interview=False, company=None,
           note="Dental appointment reminder 'viernes 18 de diciembre a las 9:15'; not an interview",
           days=(("Fri", "2026-12-18"),))
def n48_dentist() -> bytes:
    body = t("""
        Hola Marta:

        Le recordamos su cita en Clínica Dental Numancia:

        Viernes 18 de diciembre a las 9:15
        Profesional: Dra. Lucía Llorente
        Tratamiento: revisión e higiene

        C/ Collado 30, 1.º · 42002 Soria · Tel. 975 000 812

        Si no puede acudir, le rogamos que nos avise con 24 horas de antelación respondiendo a este
        correo o llamando a la clínica.

        Un saludo,
        Clínica Dental Numancia
        """)
    hs = head(addr("Clínica Dental Numancia", "citas@dentalnumancia.es"),
              "Recordatorio de cita – viernes 18 de diciembre", "2026-12-14 10:30:16", MAD, "smtp.dentalnumancia.es")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(49), family="status_update", lang="es", interview=False, company="Muebles Arlanza",
           note="Personio status update: the application moves on and the recruiter 'te propondrá fechas'; "
                "no time yet")
def n49_personio_status() -> bytes:
    body = t("""
        Hola Marta:

        ¡Tenemos buenas noticias! Hemos revisado tu candidatura para el puesto de Administrativo/a de
        Exportación y nos gustaría conocerte.

        En los próximos días Irene Salcedo, de nuestro equipo de Personas, se pondrá en contacto
        contigo para proponerte fechas para una entrevista en nuestras instalaciones de Aranda de Duero.

        Un saludo,
        El equipo de Personas de Muebles Arlanza

        --
        Este mensaje se ha enviado a través de Personio en nombre de Muebles Arlanza S.L.
        """)
    hs = head(addr("Muebles Arlanza", "no-reply@mail.personio.de"),
              "Tu candidatura en Muebles Arlanza", "2026-09-01 11:20:44", MAD, "mail.personio.de",
              extra=(("Reply-To", addr("Irene Salcedo", "irene.salcedo@mueblesarlanza.es")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(50), family="personal", lang="es", interview=False, company=None,
           note="Friend's mail fixing a dinner 'el sábado 12 de diciembre a las 21:30'; personal, not an "
                "interview",
           days=(("Sat", "2026-12-12"),))
def n50_friend_dinner() -> bytes:
    body = t("""
        ¡Hola, Marta!

        Ya está: he reservado en el Mesón de la Plaza para la cena de Navidad de la pandilla, el sábado
        12 de diciembre a las 21:30. Somos once, contándote a ti (¡no me falles, que ya he dado el
        número!). Menú cerrado a 35 € con bebida.

        Y cuéntame cómo van las entrevistas, que Lorena me dijo que tenías una con una empresa irlandesa.

        Besos,
        Bea
        """)
    hs = head(addr("Beatriz Gómez", "bea.gomez.soria@example.com"),
              "Cena de Navidad 🎄", "2026-12-06 20:44:19", MAD, "mail-lf1-f51.example.com",
              msgid="<CAH7qz2Xn4b0mV1eK8sR6tW9@mail.example.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))
