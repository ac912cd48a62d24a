"""blind302: a blind 50-mail held-out set, the inbox of Núria Puig, a fruit-exporter logistics
coordinator in Lleida (Europe/Madrid), September to December 2026.

Written on 2026-11-26 by a helper session that read only ``make.py``, ``make_blind.py``, the
label-convention parts of ``bench/heldout/README.md`` and a few dev-corpus files (README,
labels.json, dev_002, dev_009, score.py); it did not read the detector, its tests, the other
held-out mails or their scores, and never ran the detector. Each mail below is written by hand,
one function per mail; ``make.py`` does the MIME plumbing and the checks. Keys 1-23 are the
positives (16 scheduled, 4 rescheduled, 3 cancelled), keys 24-50 the negatives. All companies and
people are fictional.

    python3 bench/heldout/make_blind.py blind302
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
    multipart,
    raw_part,
    received,
    t,
    text,
    utc,
)

SET = "blind302"
ORDER = random.Random(3020302).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


MAD = "Europe/Madrid"
ME = "nuria.puig@example.org"
ME2 = "nuria.puig.p@example.com"  # her second address, used to forward things to herself


def me() -> str:
    return addr("Núria Puig", ME)


def rid(seed: str) -> str:
    return hashlib.sha1(seed.encode(), usedforsecurity=False).hexdigest()[:16].upper()


def rcv(host: str, ip: str, when: str, zone: str, seed: str, lag: int = 4) -> tuple[str, str]:
    """A Received: header as the owner's provider writes it."""
    return ("Received", received(f"from {host} ({host} [{ip}])", when, zone,
                                 f"mx2.example.org (Postfix) with ESMTPS id {rid(seed)[:11]}", ME, lag))


# --------------------------------------------------------------------------- time zones

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


# =========================================================================== positives


@make.mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-15 10:00", MAD), end=utc("2026-09-15 10:45", MAD),
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=MAD,
           contact="mette.kjaer@nordhavnfresh.dk", company="Nordhavn Fresh",
           note="Greenhouse confirmation, times shown as CEST (Madrid, UTC+2 in September); ICS in UTC "
                "agrees; contact = the recruiter in Reply-To")
def m01() -> bytes:
    body = t("""
        Hi Núria,

        Thank you for scheduling time with us. Your interview for the Supply Chain Coordinator -
        Iberia role at Nordhavn Fresh is confirmed:

        Tuesday, September 15, 2026
        10:00 AM - 10:45 AM CEST
        Microsoft Teams (link in the calendar invitation)

        Interviewer:
          Rasmus Holm - Head of Sourcing, Southern Europe

        If anything changes on your side, simply reply to this email and it will reach Mette.

        Best regards,
        Mette Kjær
        Talent Partner, Nordhavn Fresh
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Hi Núria,</p>
        <p>Thank you for scheduling time with us. Your interview for the <b>Supply Chain Coordinator -
        Iberia</b> role at Nordhavn Fresh is confirmed:</p>
        <table cellpadding="4" style="border:1px solid #ddd">
        <tr><td><b>When</b></td><td>Tuesday, September 15, 2026<br>10:00 AM - 10:45 AM CEST</td></tr>
        <tr><td><b>Where</b></td><td>Microsoft Teams (link in the calendar invitation)</td></tr>
        <tr><td><b>Interviewer</b></td><td>Rasmus Holm - Head of Sourcing, Southern Europe</td></tr>
        </table>
        <p>If anything changes on your side, simply reply to this email and it will reach Mette.</p>
        <p>Best regards,<br>Mette Kjær<br>Talent Partner, Nordhavn Fresh</p>
        <img src="https://app.greenhouse.io/open_tracking/7731904.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-6620417-nordhavn@greenhouse.io
        DTSTAMP:20260909T121408Z
        DTSTART:20260915T080000Z
        DTEND:20260915T084500Z
        SUMMARY:Interview: Núria Puig - Supply Chain Coordinator - Iberia (Nordhavn Fresh)
        DESCRIPTION:Interviewer: Rasmus Holm\\nJoin on Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1MjE4@thread.v2/0
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Mette Kjær:mailto:mette.kjaer@nordhavnfresh.dk
        ATTENDEE;CN=Núria Puig;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nuria.puig@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-09-09 12:14"
    headers = [
        rcv("o12.sg.greenhouse.io", "198.51.100.42", when, "UTC", "m01"),
        ("From", addr("Nordhavn Fresh", "no-reply@greenhouse.io")),
        ("Reply-To", addr("Mette Kjær", "mette.kjaer@nordhavnfresh.dk")),
        ("To", me()),
        ("Subject", "Interview confirmation: Supply Chain Coordinator - Iberia at Nordhavn Fresh"),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<6620417.9b1c.5f2e@greenhouse.io>"),
    ]
    return message(headers, mixed(alt(text(body), html(page)),
                                  calendar(ics, cte="base64", filename="invite.ics",
                                           disposition="attachment", name_param=True)))


@make.mail(N(2), family="human_prose", lang="es", interview=True, kind="scheduled",
           start=utc("2026-09-24 09:30", MAD), local="Thu 2026-09-24 09:30", zone=MAD,
           contact="jorge.abadia@frutasnoguera.es", company="Frutas Noguera",
           note="Reply closing the slot proposal of 16 Sep ('el jueves 24 a las 9:30', Spain, CEST); "
                "'calcula una hora más o menos' is approximate so end null; iso-8859-1 QP")
def m02() -> bytes:
    body = t("""
        Hola Núria:

        Perfecto, entonces te confirmo la entrevista el jueves 24 a las 9:30 en nuestras oficinas
        de Fraga (Polígono Industrial Fondo de Litera, nave 14). Estaremos Pilar Gracia, nuestra
        directora de operaciones, y yo; calcula una hora más o menos.

        Al llegar, llama al timbre de oficinas, que la puerta de muelles a esa hora está a tope de
        camiones.

        Un saludo,

        Jorge Abadía
        Responsable de Personas
        Frutas Noguera, S.L.
        Tel. 974 000 318

        -----Mensaje original-----
        De: Núria Puig <nuria.puig@example.org>
        Enviado el: jueves, 17 de septiembre de 2026 21:48
        Para: Jorge Abadía <jorge.abadia@frutasnoguera.es>
        Asunto: Re: Proceso de selección - Coordinador/a de logística

        Hola Jorge,

        Muchas gracias. El jueves 24 a las 9:30 me va muy bien.

        Saludos,
        Núria
        """)
    when = "2026-09-18 12:05"
    headers = [
        rcv("mail.frutasnoguera.es", "203.0.113.87", when, MAD, "m02"),
        ("From", addr("Jorge Abadía", "jorge.abadia@frutasnoguera.es", "iso-8859-1")),
        ("To", me()),
        ("Subject", enc("RE: Proceso de selección - Coordinador/a de logística")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<000c01dd2a91$7e3b4f20$7ab1ed60$@frutasnoguera.es>"),
        ("In-Reply-To", "<CAFx2q9Lm4uN1pQ@mail.example.org>"),
        ("Thread-Index", "AQHdKpEe3r0mYx7Z0U2u4kq1aN0b5w=="),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]
    return message(headers, text(body, charset="iso-8859-1"))


@make.mail(N(3), family="workday", lang="es", interview=True, kind="scheduled",
           start=utc("2026-09-30 11:00", MAD), end=utc("2026-09-30 12:00", MAD),
           local="Wed 2026-09-30 11:00", local_end="2026-09-30 12:00", zone=MAD,
           contact="laia.ferrer@halvorsen-logistics.com", company="Halvorsen Logistics",
           note="Workday HTML-only (base64) mail in Spanish, '11:00 - 12:00 (GMT+02:00) Madrid'; sender is "
                "the Workday tenant address, contact = recruiter address written in the body")
def m03() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="es"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f2f2f2">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="padding:20px;background:#0b3a5b;color:#fff;font-size:18px">Halvorsen Logistics</td></tr>
        <tr><td style="padding:24px">
        <p>Hola Núria:</p>
        <p>Nos alegra comunicarte que se ha programado una entrevista para tu candidatura a
        <b>Coordinador/a de Transporte Internacional (R-0048213)</b>.</p>
        <p><b>Fecha:</b> miércoles, 30 de septiembre de 2026<br>
        <b>Hora:</b> 11:00 - 12:00 (GMT+02:00) Hora de Europa central (Madrid)<br>
        <b>Formato:</b> videollamada de Microsoft Teams<br>
        <b>Entrevistador:</b> Sergi Bosch, Operations Manager Iberia</p>
        <p>Encontrarás el enlace de la reunión en tu portal de candidato (Mis tareas).</p>
        <p>Si tienes cualquier duda, escribe a Laia Ferrer, Talent Acquisition:
        <a href="mailto:laia.ferrer@halvorsen-logistics.com">laia.ferrer@halvorsen-logistics.com</a></p>
        <p>Un saludo,<br>Equipo de Selección de Halvorsen Logistics</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#888">Este mensaje se ha enviado
        automáticamente desde Workday. No respondas a este correo.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    when = "2026-09-23 07:31"
    headers = [
        rcv("smtp-out-eu2.myworkday.com", "198.51.100.180", when, "UTC", "m03"),
        ("From", addr("Halvorsen Logistics", "halvorsen@myworkday.com")),
        ("To", me()),
        ("Subject", enc("Entrevista programada: Coordinador/a de Transporte Internacional")),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<1872304611.48213.1790148660321@wd5-prd-eu.myworkday.com>"),
        ("X-Workday-Tenant", "halvorsen"),
    ]
    return message(headers, html(page, cte="base64"))


@make.mail(N(4), family="outlook_calendar", lang="es", interview=True, kind="scheduled",
           start=utc("2026-10-26 10:00", MAD), end=utc("2026-10-26 11:00", MAD),
           local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone=MAD,
           contact="beatriz.lazaro@ebrosur.es", company="Grupo Alimentario Ebrosur",
           note="Exchange meeting request, TZID Romance Standard Time; sent Thu 22 Oct in CEST (+0200), "
                "interview Mon 26 Oct after Spain's change to CET on the 25th, so 10:00 = 09:00Z; "
                "contact = ORGANIZER/sender")
def m04() -> bytes:
    body = t("""
        Estimada Sra. Puig:

        Tal como le indiqué por teléfono, le envío la convocatoria para la entrevista del proceso
        de Responsable de Logística de Exportación. La entrevista será con D. Fernando Royo,
        Director de Cadena de Suministro, y conmigo.

        Le ruego que acepte la convocatoria para que quede registrada.

        Atentamente,

        Beatriz Lázaro Gimeno
        Técnico de Selección | Dirección de Personas
        Grupo Alimentario Ebrosur
        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse desde el ordenador, la aplicación móvil o el dispositivo de la sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmQ0ZjA2@thread.v2/0>
        Id. de reunión: 318 552 704 219
        Código de acceso: Wk3xQ2
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="ES"><div class="WordSection1">
        <p class="MsoNormal">Estimada Sra. Puig:</p>
        <p class="MsoNormal">Tal como le indiqué por teléfono, le envío la convocatoria para la entrevista
        del proceso de Responsable de Logística de Exportación. La entrevista será con D. Fernando Royo,
        Director de Cadena de Suministro, y conmigo.</p>
        <p class="MsoNormal">Le ruego que acepte la convocatoria para que quede registrada.</p>
        <p class="MsoNormal">Atentamente,</p>
        <p class="MsoNormal"><b>Beatriz Lázaro Gimeno</b><br>Técnico de Selección | Dirección de Personas<br>
        Grupo Alimentario Ebrosur</p>
        <div style="margin-top:20px">________________________________________________________________________________<br>
        <span style="font-size:18pt;color:#252424">Reunión de Microsoft Teams</span><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmQ0ZjA2@thread.v2/0">Haga clic aquí para
        unirse a la reunión</a><br>Id. de reunión: 318 552 704 219<br>Código de acceso: Wk3xQ2<br>
        ________________________________________________________________________________</div>
        </div></body></html>
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_ROMANCE + "\n" + t(r"""
        BEGIN:VEVENT
        ORGANIZER;CN=Beatriz Lázaro Gimeno:mailto:beatriz.lazaro@ebrosur.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nuria.puig@example.org:mailto:nuria.puig@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Fernando Royo Alastuey:mailto:fernando.royo@ebrosur.es
        DESCRIPTION;LANGUAGE=es-ES:Estimada Sra. Puig:\n\nTal como le indiqué por teléfono\, le envío la convocatoria para la entrevista del proceso de Responsable de Logística de Exportación.\n
        UID:040000008200E00074C5B7101A82E00800000000A0F3C1B5A962DD01000000000000000010000000D4A52E9C7F3B7E4A9E3E1C2B6A8F0D11
        SUMMARY;LANGUAGE=es-ES:Entrevista - Responsable de Logística de Exportación (N. Puig)
        DTSTART;TZID=Romance Standard Time:20261026T100000
        DTEND;TZID=Romance Standard Time:20261026T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261022T153012Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2117834501
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-LOCATIONDISPLAYNAME:Reunión de Microsoft Teams
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-22 17:30"
    headers = [
        rcv("EUR03-VI1-obe.outbound.protection.outlook.com", "198.51.100.23", when, MAD, "m04"),
        ("From", addr("Beatriz Lázaro Gimeno", "beatriz.lazaro@ebrosur.es")),
        ("To", me()),
        ("CC", addr("Fernando Royo Alastuey", "fernando.royo@ebrosur.es")),
        ("Subject", enc("Entrevista - Responsable de Logística de Exportación (N. Puig)")),
        ("Thread-Topic", enc("Entrevista - Responsable de Logística de Exportación (N. Puig)")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<DB9PR02MB7412C1E5A8F0B9D3E6A1F27BC4A12@DB9PR02MB7412.eurprd02.prod.outlook.com>"),
        ("Content-Language", "es-ES"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(headers, alt(text(body), html(page), calendar(ics, cte="base64")))


@make.mail(N(5), family="google_calendar", lang="es", interview=True, kind="scheduled",
           start=utc("2026-10-06 16:00", MAD), end=utc("2026-10-06 17:00", MAD),
           local="Tue 2026-10-06 16:00", local_end="2026-10-06 17:00", zone=MAD,
           contact="albert.roig@hortec.io", company="Hortec Agrotech",
           note="Google Calendar invitation, Spanish UI, '16:00 - 17:00 (hora de verano de Europa central)' "
                "= CEST; ICS TZID Europe/Madrid; contact = organizer")
def m05() -> bytes:
    body = t("""
        Albert Roig te ha invitado a un evento

        Entrevista Núria Puig - Operations Lead
        Hola Núria, te paso la invitación para la charla con Clara (CEO) y conmigo. Será por Meet; si te
        falla la conexión, llámame al 600 000 417.

        Cuándo
        martes, 6 de octubre de 2026 · 16:00 – 17:00
        Hora de verano de Europa central - Madrid

        Información para unirse a Google Meet
        Enlace de videollamada: https://meet.google.com/qzk-vrtu-pha

        Invitados
        Albert Roig - organizador
        Clara Fabregat
        nuria.puig@example.org

        Ver todos los detalles del invitado: https://calendar.google.com/calendar/event?action=VIEW&eid=NHFoZjd2

        ¿Vas a asistir? Sí - Quizás - No

        Invitación de Google Calendar

        Has recibido este correo porque eres un invitado del evento. Para dejar de recibir
        actualizaciones de este evento, rechaza la invitación.
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p>Albert Roig te ha invitado a un evento</p>
        <h2 style="font-weight:400">Entrevista Núria Puig - Operations Lead</h2>
        <p>Hola Núria, te paso la invitación para la charla con Clara (CEO) y conmigo. Será por Meet; si te
        falla la conexión, llámame al 600 000 417.</p>
        <table><tr><td><b>Cuándo</b></td><td>martes, 6 de octubre de 2026 · 16:00 – 17:00<br>
        Hora de verano de Europa central - Madrid</td></tr>
        <tr><td><b>Google Meet</b></td><td><a href="https://meet.google.com/qzk-vrtu-pha">meet.google.com/qzk-vrtu-pha</a></td></tr>
        <tr><td><b>Invitados</b></td><td>Albert Roig - organizador<br>Clara Fabregat<br>nuria.puig@example.org</td></tr>
        </table>
        <p style="font-size:12px;color:#70757a">Invitación de Google Calendar</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ_MADRID + "\n" + t(r"""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Madrid:20261006T160000
        DTEND;TZID=Europe/Madrid:20261006T170000
        DTSTAMP:20260929T091722Z
        ORGANIZER;CN=Albert Roig:mailto:albert.roig@hortec.io
        UID:4qhf7v2n9d1p0s8kq3c6m5ja2b@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Albert Roig;X-NUM-GUESTS=0:mailto:albert.roig@hortec.io
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Clara Fabregat;X-NUM-GUESTS=0:mailto:clara@hortec.io
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nuria.puig@example.org;X-NUM-GUESTS=0:mailto:nuria.puig@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/qzk-vrtu-pha
        CREATED:20260929T091712Z
        DESCRIPTION:Hola Núria\, te paso la invitación para la charla con Clara (CEO) y conmigo. Será por Meet\; si te falla la conexión\, llámame al 600 000 417.
        LAST-MODIFIED:20260929T091722Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista Núria Puig - Operations Lead
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-09-29 11:17"
    headers = [
        rcv("mail-sor-f73.google.com", "209.85.220.73", when, MAD, "m05"),
        ("From", addr("Albert Roig", "albert.roig@hortec.io")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", addr("Albert Roig", "albert.roig@hortec.io")),
        ("To", ME),
        ("Subject", enc("Invitación: Entrevista Núria Puig - Operations Lead @ mar 6 oct 2026 16:00 - 17:00 "
                        "(CEST) (nuria.puig@example.org)")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<calendar-7c2e51a4-90b3-4d7e-bf0c-1d2a3e4f5a6b@google.com>"),
    ]
    cal = calendar(ics, cte="base64")
    att = calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                   disposition="attachment", name_param=True)
    return message(headers, mixed(alt(text(body), html(page), cal), att))


@make.mail(N(6), family="calendly", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-14 11:00", MAD), end=utc("2026-10-14 11:30", MAD),
           local="Wed 2026-10-14 11:00", local_end="2026-10-14 11:30", zone=MAD,
           contact="laura.mendez@brightwaterproduce.co.uk", company="Brightwater Produce",
           note="Calendly invitee confirmation; Calendly's label 'Central European Time' although Madrid is "
                "on CEST (UTC+2) on 14 Oct, ICS in UTC confirms 09:00Z; contact = host in Reply-To")
def m06() -> bytes:
    body = t("""
        Hi Núria Puig,

        Your interview with Laura Méndez at Brightwater Produce is confirmed.

        Event:
        Logistics Coordinator (Spain) - first interview

        Event Date/Time:
        11:00am - 11:30am (Central European Time) Wednesday, October 14, 2026

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/bwp-xkcq-tma

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/6f1c0d2e-7a43-4b8e-9e52-0cf1d7b3a4e9
        Reschedule: https://calendly.com/reschedulings/6f1c0d2e-7a43-4b8e-9e52-0cf1d7b3a4e9

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;color:#1a1a1a">
        <p>Hi Núria Puig,</p>
        <p>Your interview with Laura Méndez at Brightwater Produce is confirmed.</p>
        <p><b>Event:</b><br>Logistics Coordinator (Spain) - first interview</p>
        <p><b>Event Date/Time:</b><br>11:00am - 11:30am (Central European Time) Wednesday, October 14, 2026</p>
        <p><b>Location:</b><br>This is a Google Meet web conference.<br>
        <a href="https://meet.google.com/bwp-xkcq-tma">https://meet.google.com/bwp-xkcq-tma</a></p>
        <p>Need to make changes to this event?<br>
        <a href="https://calendly.com/cancellations/6f1c0d2e-7a43-4b8e-9e52-0cf1d7b3a4e9">Cancel</a> |
        <a href="https://calendly.com/reschedulings/6f1c0d2e-7a43-4b8e-9e52-0cf1d7b3a4e9">Reschedule</a></p>
        <p style="font-size:11px;color:#999">Powered by Calendly.com</p>
        </body></html>
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly Scheduler//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:6f1c0d2e-7a43-4b8e-9e52-0cf1d7b3a4e9@calendly.com
        DTSTAMP:20261007T152244Z
        DTSTART:20261014T090000Z
        DTEND:20261014T093000Z
        SUMMARY:Núria Puig and Laura Méndez
        DESCRIPTION:Event Name: Logistics Coordinator (Spain) - first interview\n\nLocation: This is a Google Meet web conference.
        LOCATION:https://meet.google.com/bwp-xkcq-tma
        ORGANIZER;CN=Laura Méndez:mailto:laura.mendez@brightwaterproduce.co.uk
        ATTENDEE;CN=Núria Puig;PARTSTAT=ACCEPTED:mailto:nuria.puig@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-07 15:22"
    headers = [
        rcv("o1678.mail.calendly.com", "198.51.100.77", when, "UTC", "m06"),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", addr("Laura Méndez", "laura.mendez@brightwaterproduce.co.uk")),
        ("To", me()),
        ("Subject", enc("Confirmed: Logistics Coordinator (Spain) - first interview with Laura Méndez on "
                        "Wednesday, October 14, 2026")),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<6f1c0d2e7a434b8e.invitee.confirmation@calendly.com>"),
    ]
    return message(headers, mixed(alt(text(body), html(page)),
                                  calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(7), family="teamtailor", lang="es", interview=True, kind="scheduled",
           start=utc("2026-10-20 13:00", MAD), end=utc("2026-10-20 13:45", MAD),
           local="Tue 2026-10-20 13:00", local_end="2026-10-20 13:45", zone=MAD,
           contact="marta.sole@verdimar.es", company="Verdimar Frescos",
           note="Teamtailor confirmation 'martes, 20 de octubre de 2026 · 13:00–13:45 (hora de Madrid)' = CEST; "
                "Reply-To is a Teamtailor relay, contact = recruiter address in the body")
def m07() -> bytes:
    body = t("""
        Hola Núria,

        ¡Gracias por reservar tu entrevista para el puesto de Técnico/a de Logística de Exportación!

        Te dejamos los detalles:

        Fecha: martes, 20 de octubre de 2026
        Hora: 13:00–13:45 (hora de Madrid)
        Dónde: videollamada de Microsoft Teams - https://teams.microsoft.com/l/meetup-join/19%3ameeting_VmRtQ1@thread.v2/0
        Con: Marta Solé (People Partner) y Ginés Martínez (Jefe de Expediciones)

        Si necesitas cambiar algo, escribe a Marta directamente: marta.sole@verdimar.es

        ¡Hasta pronto!
        El equipo de Verdimar Frescos

        --
        Enviado con Teamtailor · Gestiona tus datos: https://verdimar.teamtailor.com/connect/privacy
        """)
    page = t("""
        <html><body style="background:#fafafa;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:32px;border-radius:8px">
        <img src="https://verdimar.teamtailor.com/logo.png" alt="Verdimar Frescos" height="40">
        <p>Hola Núria,</p>
        <p>¡Gracias por reservar tu entrevista para el puesto de <b>Técnico/a de Logística de Exportación</b>!</p>
        <p><b>Fecha:</b> martes, 20 de octubre de 2026<br>
        <b>Hora:</b> 13:00–13:45 (hora de Madrid)<br>
        <b>Dónde:</b> <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_VmRtQ1@thread.v2/0">videollamada
        de Microsoft Teams</a><br>
        <b>Con:</b> Marta Solé (People Partner) y Ginés Martínez (Jefe de Expediciones)</p>
        <p>Si necesitas cambiar algo, escribe a Marta directamente:
        <a href="mailto:marta.sole@verdimar.es">marta.sole@verdimar.es</a></p>
        <p>¡Hasta pronto!<br>El equipo de Verdimar Frescos</p>
        </div>
        <p style="text-align:center;font-size:11px;color:#999">Enviado con Teamtailor</p>
        </body></html>
        """)
    when = "2026-10-14 08:51"
    headers = [
        rcv("mail-eu.teamtailor-mail.com", "198.51.100.131", when, "UTC", "m07"),
        ("From", addr("Verdimar Frescos", "no-reply@teamtailor-mail.com")),
        ("Reply-To", "reply+c4b18e0f2a9d41d7@inbound.teamtailor-mail.com"),
        ("To", me()),
        ("Subject", enc("Entrevista confirmada - Técnico/a de Logística de Exportación")),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<65f1c0a2e8b4d_1a2b3c4d5e@teamtailor-mail.com>"),
    ]
    return message(headers, alt(text(body), html(page)))


@make.mail(N(8), family="personio", lang="es", interview=True, kind="scheduled",
           start=utc("2026-11-12 10:30", MAD), end=utc("2026-11-12 11:30", MAD),
           local="Thu 2026-11-12 10:30", local_end="2026-11-12 11:30", zone=MAD,
           contact="jana.hoffmann@kuehlhaus-brenner.de", company="Kühlhaus Brenner",
           note="Personio invitation from a German employer for its Alcarràs site, '10:30 – 11:30 (CET)'; ICS "
                "TZID Europe/Berlin (same offset as Madrid); sender no-reply, contact = ICS ORGANIZER")
def m08() -> bytes:
    body = t("""
        Hola Núria Puig:

        Gracias por tu interés en Kühlhaus Brenner. Nos gustaría conocerte en persona y te
        confirmamos la siguiente cita:

        Puesto: Jefe/a de almacén frigorífico - Alcarràs
        Fecha: jueves, 12 de noviembre de 2026
        Hora: 10:30 – 11:30 (CET)
        Lugar: Kühlhaus Brenner Ibérica, Camí de Torres s/n, 25180 Alcarràs (Lleida)
        Personas: Jana Hoffmann (HR Business Partner), Òscar Pujol (Director de planta)

        Trae tu DNI para el control de acceso. Encontrarás la invitación de calendario adjunta.

        Saludos cordiales
        Kühlhaus Brenner GmbH

        Este correo se ha generado automáticamente con Personio. Por favor, no respondas a este mensaje.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Personio GmbH//Recruiting//DE
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VTIMEZONE
        TZID:Europe/Berlin
        BEGIN:STANDARD
        DTSTART:19701025T030000
        TZOFFSETFROM:+0200
        TZOFFSETTO:+0100
        RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
        TZNAME:CET
        END:STANDARD
        BEGIN:DAYLIGHT
        DTSTART:19700329T020000
        TZOFFSETFROM:+0100
        TZOFFSETTO:+0200
        RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
        TZNAME:CEST
        END:DAYLIGHT
        END:VTIMEZONE
        BEGIN:VEVENT
        UID:personio-interview-889104@kuehlhaus-brenner.jobs.personio.de
        DTSTAMP:20261105T084015Z
        DTSTART;TZID=Europe/Berlin:20261112T103000
        DTEND;TZID=Europe/Berlin:20261112T113000
        SUMMARY:Entrevista: Jefe/a de almacén frigorífico - Alcarràs (Núria Puig)
        LOCATION:Kühlhaus Brenner Ibérica\\, Camí de Torres s/n\\, 25180 Alcarràs
        ORGANIZER;CN=Jana Hoffmann:mailto:jana.hoffmann@kuehlhaus-brenner.de
        ATTENDEE;CN=Núria Puig;RSVP=TRUE:mailto:nuria.puig@example.org
        ATTENDEE;CN=Òscar Pujol:mailto:oscar.pujol@kuehlhaus-brenner.de
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-11-05 09:40"
    headers = [
        rcv("mail-out.personio.de", "198.51.100.9", when, "Europe/Berlin", "m08"),
        ("From", addr("Kühlhaus Brenner GmbH", "noreply@mail.personio.de")),
        ("To", me()),
        ("Subject", enc("Invitación a entrevista: Jefe/a de almacén frigorífico - Alcarràs")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<20261105084015.889104.kuehlhaus-brenner@mail.personio.de>"),
    ]
    return message(headers, mixed(text(body, cte="8bit"),
                                  calendar(ics, cte="base64", filename="Entrevista.ics",
                                           disposition="attachment")))


@make.mail(N(9), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-29 10:00", "America/Chicago"), end=utc("2026-10-29 10:45", "America/Chicago"),
           local="Thu 2026-10-29 10:00", local_end="2026-10-29 10:45", zone="America/Chicago",
           contact="kayla.brooks@lakeshorecoldchain.com", company="Lakeshore Cold Chain",
           note="SmartRecruiters, Chicago employer, '10:00 AM - 10:45 AM CDT' on 29 Oct: US still on daylight "
                "time (until 1 Nov) while Spain is already on CET, so 15:00Z = 16:00 in Lleida, not 17:00; "
                "sender no-reply, contact = recruiter address in the body")
def m09() -> bytes:
    body = t("""
        Hi Núria,

        Great news - your interview for International Logistics Specialist (EMEA) has been scheduled.

        Date: Thursday, October 29, 2026
        Time: 10:00 AM - 10:45 AM CDT (Chicago)
        Interviewer: Derek Olsen, Director of International Logistics
        Type: Video interview (Zoom)

        Join Zoom Meeting
        https://lakeshorecoldchain.zoom.us/j/84122093517?pwd=bGFrZXNob3Jl
        Meeting ID: 841 2209 3517
        Passcode: 592014

        Questions about your interview? Contact Kayla Brooks, Talent Acquisition, at
        kayla.brooks@lakeshorecoldchain.com.

        Best of luck!
        Lakeshore Cold Chain Talent Acquisition

        This email was sent via SmartRecruiters. Please do not reply to this message.
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2c2c2c">
        <p>Hi Núria,</p>
        <p>Great news - your interview for <b>International Logistics Specialist (EMEA)</b> has been scheduled.</p>
        <p><b>Date:</b> Thursday, October 29, 2026<br><b>Time:</b> 10:00 AM - 10:45 AM CDT (Chicago)<br>
        <b>Interviewer:</b> Derek Olsen, Director of International Logistics<br><b>Type:</b> Video interview (Zoom)</p>
        <p><a href="https://lakeshorecoldchain.zoom.us/j/84122093517?pwd=bGFrZXNob3Jl">Join Zoom Meeting</a><br>
        Meeting ID: 841 2209 3517<br>Passcode: 592014</p>
        <p>Questions about your interview? Contact Kayla Brooks, Talent Acquisition, at
        <a href="mailto:kayla.brooks@lakeshorecoldchain.com">kayla.brooks@lakeshorecoldchain.com</a>.</p>
        <p>Best of luck!<br>Lakeshore Cold Chain Talent Acquisition</p>
        <p style="font-size:11px;color:#888">This email was sent via SmartRecruiters. Please do not reply.</p>
        </body></html>
        """)
    when = "2026-10-23 09:14"
    zone = "America/Chicago"
    headers = [
        rcv("mail-a12.smartrecruiters.com", "198.51.100.201", when, zone, "m09"),
        ("From", addr("Lakeshore Cold Chain", "noreply@smartrecruiters.com")),
        ("To", me()),
        ("Subject", "Interview scheduled: International Logistics Specialist (EMEA)"),
        ("Date", date(when, zone)),
        ("Message-ID", "<0100019a1b2c3d4e-5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c-000000@email.smartrecruiters.com>"),
    ]
    return message(headers, alt(text(body), html(page)))


@make.mail(N(10), family="lever", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-11-12 14:00", "Europe/London"), end=utc("2026-11-12 14:45", "Europe/London"),
           local="Thu 2026-11-12 14:00", local_end="2026-11-12 14:45", zone="Europe/London",
           contact="oliver.grant@thamesidefresh.co.uk", company="Thameside Fresh Imports",
           note="Lever reschedule, old slot Tue 10 Nov 15:00 GMT, new Thu 12 Nov 2:00-2:45 PM GMT (= 15:00 in "
                "Lleida); ICS SEQUENCE:1 in UTC; contact = recruiter in Reply-To")
def m10() -> bytes:
    body = t("""
        Hi Núria,

        Your interview with Thameside Fresh Imports has been rescheduled. Apologies for the change -
        our Head of Operations had to travel to Rotterdam on Tuesday.

        Previously: Tuesday, 10 November 2026, 3:00 PM GMT
        New time:   Thursday, 12 November 2026, 2:00 PM - 2:45 PM GMT (London)

        Role: Import Operations Coordinator
        Interviewers: Hannah Pike (Head of Operations), Oliver Grant (Talent)
        Video link: https://meet.google.com/tfi-wqze-uop

        An updated calendar invitation is attached. If the new time doesn't work, just reply to
        this email.

        Thanks,
        Oliver Grant
        Talent Acquisition, Thameside Fresh Imports
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Lever//Lever Interviews//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:lever-iv-3f8a1c2d-9b4e-4e71-a6d5-0c2b1e7f9a34@lever.co
        SEQUENCE:1
        DTSTAMP:20261106T104402Z
        DTSTART:20261112T140000Z
        DTEND:20261112T144500Z
        SUMMARY:Interview: Núria Puig for Import Operations Coordinator
        DESCRIPTION:Rescheduled. Video link: https://meet.google.com/tfi-wqze-uop
        LOCATION:https://meet.google.com/tfi-wqze-uop
        ORGANIZER;CN=Oliver Grant:mailto:oliver.grant@thamesidefresh.co.uk
        ATTENDEE;CN=Núria Puig;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:nuria.puig@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-11-06 10:44"
    zone = "Europe/London"
    headers = [
        rcv("mail-out-2.hire.lever.co", "198.51.100.66", when, zone, "m10"),
        ("From", addr("Thameside Fresh Imports", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Oliver Grant", "oliver.grant@thamesidefresh.co.uk")),
        ("To", me()),
        ("Subject", "Updated: your interview with Thameside Fresh Imports has been rescheduled"),
        ("Date", date(when, zone)),
        ("Message-ID", "<lever.3f8a1c2d9b4e.r1@hire.lever.co>"),
    ]
    return message(headers, mixed(text(body),
                                  calendar(ics, cte="base64", filename="interview.ics",
                                           disposition="attachment")))


@make.mail(N(11), family="human_prose", lang="es", interview=True, kind="rescheduled",
           start=utc("2026-11-18 12:00", MAD), local="Wed 2026-11-18 12:00", zone=MAD,
           contact="vicente.llorens@citricolaplana.es", company="Coop. Citrícola La Plana",
           note="Usted prose reschedule from Tue 10 Nov to 'miércoles 18 de noviembre a las 12:00' in Vila-real "
                "(CET, 11:00Z); 'si no le fuera posible' does not make it a proposal; no duration; windows-1252")
def m11() -> bytes:
    body = t("""
        Estimada Sra. Puig:

        Le escribo en relación con la entrevista que teníamos prevista para el martes 10 de
        noviembre. Por un imprevisto del Consejo Rector, ese día no podremos estar ni el
        presidente ni yo, así que nos vemos obligados a trasladarla.

        Le confirmo el nuevo horario: miércoles 18 de noviembre a las 12:00, en nuestras oficinas
        de Vila-real (Camí Real, 112). Serán las mismas personas y el mismo formato que le indiqué.

        Si no le fuera posible ese día, le ruego que me lo diga y buscamos otra fecha. Disculpe
        las molestias.

        Reciba un cordial saludo,

        Vicente Llorens Ferrer
        Gerente
        Coop. Citrícola La Plana, Coop. V.
        Tel. 964 000 552 - vicente.llorens@citricolaplana.es
        """)
    when = "2026-11-09 13:22"
    headers = [
        rcv("smtp.citricolaplana.es", "203.0.113.140", when, MAD, "m11"),
        ("From", addr("Vicente Llorens Ferrer", "vicente.llorens@citricolaplana.es", "windows-1252")),
        ("To", addr("Núria Puig", ME, "windows-1252")),
        ("Subject", enc("Cambio de fecha entrevista - Responsable de Logística", "windows-1252")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<5c3e7a19-0d4b-4f2a-b1e8-77a9c2d40e1f@citricolaplana.es>"),
        ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1"),
        ("Content-Language", "es-ES"),
    ]
    return message(headers, text(body, charset="windows-1252", params="format=flowed"))


@make.mail(N(12), family="outlook_calendar", lang="es", interview=True, kind="rescheduled",
           start=utc("2026-12-01 17:00", MAD), end=utc("2026-12-01 18:00", MAD),
           local="Tue 2026-12-01 17:00", local_end="2026-12-01 18:00", zone=MAD,
           contact="ramon.giralt@segreexpress.es", company="Transportes Segre Express",
           note="Exchange update (SEQUENCE:2, 'Actualizado:'), TZID Romance Standard Time; the note moves the "
                "interview from 10:00 to 17:00-18:00 the same Tuesday (CET, 16:00Z); contact = ORGANIZER/sender")
def m12() -> bytes:
    body = t("""
        Núria, te muevo la entrevista del martes a la tarde: en vez de a las 10:00 la hacemos de
        17:00 a 18:00. Por la mañana tengo auditoría IFS en el almacén y no quiero hacerte esperar.
        Mismo enlace de Teams.

        Salut,
        Ramón

        Ramón Giralt Serra
        Director de Tráfico | Transportes Segre Express, S.A.
        Ctra. N-II km 463 - 25300 Tàrrega (Lleida)

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse desde el ordenador, la aplicación móvil o el dispositivo de la sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_U2VncmVF@thread.v2/0>
        Id. de reunión: 377 104 982 630
        Código de acceso: 9pQz7T
        ________________________________________________________________________________
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_ROMANCE + "\n" + t(r"""
        BEGIN:VEVENT
        ORGANIZER;CN=Ramón Giralt Serra:mailto:ramon.giralt@segreexpress.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Núria Puig:mailto:nuria.puig@example.org
        DESCRIPTION;LANGUAGE=es-ES:Núria\, te muevo la entrevista del martes a la tarde: en vez de a las 10:00 la hacemos de 17:00 a 18:00.\n
        UID:040000008200E00074C5B7101A82E0080000000050D2E4F1C577DD01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
        SUMMARY;LANGUAGE=es-ES:Entrevista Núria Puig - Jefa de Tráfico
        DTSTART;TZID=Romance Standard Time:20261201T170000
        DTEND;TZID=Romance Standard Time:20261201T180000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261126T120311Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:2
        LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-OWNERAPPTID:-1920331704
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-11-26 13:03"
    headers = [
        rcv("EUR05-AM6-obe.outbound.protection.outlook.com", "198.51.100.38", when, MAD, "m12"),
        ("From", addr("Ramón Giralt Serra", "ramon.giralt@segreexpress.es")),
        ("To", me()),
        ("Subject", enc("Actualizado: Entrevista Núria Puig - Jefa de Tráfico")),
        ("Thread-Topic", enc("Entrevista Núria Puig - Jefa de Tráfico")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<AM6PR10MB2231F0E4D8C1A7B9E3D52C01A7E62@AM6PR10MB2231.EURPRD10.PROD.OUTLOOK.COM>"),
        ("Content-Language", "es-ES"),
    ]
    return message(headers, alt(text(body), calendar(ics, cte="base64")))


@make.mail(N(13), family="human_prose", lang="es-CO", interview=True, kind="rescheduled",
           start=utc("2026-11-17 09:00", "America/Bogota"), local="Tue 2026-11-17 09:00", zone="America/Bogota",
           contact="catalina.rojas@andesfresh.com.co", company="Andes Fresh Export",
           note="Colombian employer reschedules to 'martes 17 de noviembre a las 9:00 a. m. hora Colombia' "
                "(UTC-5, no DST) = 14:00Z; the mail's own '3:00 p. m. hora España' agrees (CET); no duration")
def m13() -> bytes:
    body = t("""
        Buenos días Núria, espero que se encuentre muy bien.

        Le escribo para contarle que debimos reprogramar la entrevista con nuestro gerente
        comercial, Andrés Zuluaga, porque esta semana está en la finca de Urrao con la auditoría
        GlobalG.A.P.

        La entrevista quedó para el martes 17 de noviembre a las 9:00 a. m. hora Colombia (3:00 p. m.
        hora España), por Google Meet: https://meet.google.com/afe-jkpr-wsn

        Le reitero las disculpas por el cambio. Cualquier inquietud me puede escribir o llamar al
        WhatsApp +57 300 000 1842.

        Quedo atenta.

        Cordialmente,

        Catalina Rojas Quintero
        Gerente de Talento Humano
        Andes Fresh Export S.A.S. - Bogotá, Colombia
        """)
    when = "2026-11-12 08:10"
    zone = "America/Bogota"
    headers = [
        rcv("mail-yw1-f172.google.com", "209.85.128.172", when, zone, "m13"),
        ("From", addr("Catalina Rojas Quintero", "catalina.rojas@andesfresh.com.co")),
        ("To", me()),
        ("Subject", enc("Reprogramación entrevista - Coordinador(a) Logístico Europa")),
        ("Date", date(when, zone)),
        ("Message-ID", "<CAH7kQm9sT2+xw4Ld0aYbUfE3nR8pq1Zc6vJ@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


VTZ_LONDON = """BEGIN:VTIMEZONE
TZID:Europe/London
X-LIC-LOCATION:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
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


@make.mail(N(14), family="google_calendar", lang="en", interview=True, kind="cancelled",
           start=utc("2026-10-02 14:00", "Europe/London"), end=utc("2026-10-02 14:45", "Europe/London"),
           local="Fri 2026-10-02 14:00", local_end="2026-10-02 14:45", zone="Europe/London",
           contact="priya.nair@fieldstonefoods.com", company="Fieldstone Foods",
           note="Google Calendar cancellation (METHOD:CANCEL) of 'Fri 2 Oct 2026 2pm - 2:45pm (BST)', London "
                "organizer, = 13:00Z (15:00 in Lleida); role on hold; contact = organizer")
def m14() -> bytes:
    body = t("""
        This event has been cancelled and removed from your calendar.

        Priya Nair has cancelled this event with a note:
        "Hi Núria, I'm so sorry - the Iberia Logistics Lead role has been put on hold by our finance
        team this morning, so I have to cancel Friday's interview. I'll be in touch if it reopens."

        Interview: Núria Puig / Fieldstone Foods
        Friday 2 Oct 2026 ⋅ 2pm – 2:45pm (British Summer Time - London)

        Organiser
        Priya Nair
        priya.nair@fieldstonefoods.com

        Guests
        Priya Nair - organiser
        Tom Whitaker
        nuria.puig@example.org

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event.
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p>This event has been cancelled and removed from your calendar.</p>
        <p><b>Priya Nair</b> has cancelled this event with a note:<br>
        <i>"Hi Núria, I'm so sorry - the Iberia Logistics Lead role has been put on hold by our finance team
        this morning, so I have to cancel Friday's interview. I'll be in touch if it reopens."</i></p>
        <h2 style="font-weight:400;text-decoration:line-through">Interview: Núria Puig / Fieldstone Foods</h2>
        <p>Friday 2 Oct 2026 ⋅ 2pm – 2:45pm (British Summer Time - London)</p>
        <p><b>Organiser</b><br>Priya Nair<br>priya.nair@fieldstonefoods.com</p>
        <p><b>Guests</b><br>Priya Nair - organiser<br>Tom Whitaker<br>nuria.puig@example.org</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        """) + VTZ_LONDON + "\n" + t(r"""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/London:20261002T140000
        DTEND;TZID=Europe/London:20261002T144500
        DTSTAMP:20260929T083011Z
        ORGANIZER;CN=Priya Nair:mailto:priya.nair@fieldstonefoods.com
        UID:1m8v2kq7h3c9tfs0pd6b4e1a5n@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=nuria.puig@example.org;X-NUM-GUESTS=0:mailto:nuria.puig@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tom Whitaker;X-NUM-GUESTS=0:mailto:tom.whitaker@fieldstonefoods.com
        CREATED:20260921T101544Z
        DESCRIPTION:
        LAST-MODIFIED:20260929T083011Z
        LOCATION:
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Interview: Núria Puig / Fieldstone Foods
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-09-29 09:30"
    zone = "Europe/London"
    headers = [
        rcv("mail-sor-f69.google.com", "209.85.220.69", when, zone, "m14"),
        ("From", addr("Priya Nair", "priya.nair@fieldstonefoods.com")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", addr("Priya Nair", "priya.nair@fieldstonefoods.com")),
        ("To", ME),
        ("Subject", enc("Cancelled event with note: Interview: Núria Puig / Fieldstone Foods @ Fri 2 Oct 2026 "
                        "2pm - 2:45pm (BST) (nuria.puig@example.org)")),
        ("Date", date(when, zone)),
        ("Message-ID", "<calendar-b2e4c6a8-1357-4d9f-8e0a-2c4e6f8a0b1d@google.com>"),
    ]
    return message(headers, mixed(alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")),
                                  calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                                           filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(15), family="human_prose", lang="es", interview=True, kind="cancelled",
           start=utc("2026-10-09 11:00", MAD), local="Fri 2026-10-09 11:00", zone=MAD,
           contact="merce@fruitesfarre.cat", company="Fruites Farré i Fills",
           note="Prose cancellation (Catalan greeting and sign-off, Spanish body) of 'el viernes 9 de octubre a "
                "las 11:00' in Alcarràs (CEST, 09:00Z): post filled internally, no new time")
def m15() -> bytes:
    body = t("""
        Bon dia Núria,

        Lamento mucho escribirte esto: tenemos que anular la entrevista del viernes 9 de octubre a
        las 11:00. Al final hemos decidido cubrir el puesto de responsable de almacén con una
        persona de la casa, que lleva años con nosotros en la central de Alcarràs.

        Me supo mal no avisarte antes, pero la decisión se tomó ayer en el consejo familiar.
        Guardamos tu currículum y, si sale algo en campaña de fruta de hueso, te llamaré la primera.

        Una abraçada,

        Mercè Farré
        Fruites Farré i Fills, S.L.
        Partida Raïmat, s/n - Alcarràs
        """)
    when = "2026-10-05 18:02"
    headers = [
        rcv("smtp.fruitesfarre.cat", "203.0.113.58", when, MAD, "m15"),
        ("From", addr("Mercè Farré", "merce@fruitesfarre.cat")),
        ("To", me()),
        ("Subject", "Entrevista divendres"),
        ("Date", date(when, MAD)),
        ("Message-ID", "<A7D3E1F2-5B6C-4D8E-9F01-23456789ABCD@fruitesfarre.cat>"),
        ("X-Mailer", "Apple Mail (2.3774.600.62)"),
    ]
    return message(headers, text(body))


@make.mail(N(16), family="outlook_calendar", lang="es", interview=True, kind="cancelled",
           start=utc("2026-11-25 09:00", MAD), end=utc("2026-11-25 10:00", MAD),
           local="Wed 2026-11-25 09:00", local_end="2026-11-25 10:00", zone=MAD,
           contact="eva.sanz@hortocinca.es", company="Grupo Hortofrutícola Cinca",
           note="Exchange 'Cancelado:' with METHOD:CANCEL, TZID Romance Standard Time, Wed 25 Nov 9:00-10:00 CET "
                "(08:00Z); process paused until January; contact = ORGANIZER/sender")
def m16() -> bytes:
    body = t("""
        Núria, siento tener que cancelar la entrevista del miércoles. La dirección ha decidido
        congelar la contratación del puesto de Responsable de Exportación hasta enero, cuando
        cerremos presupuesto. En cuanto se reactive te escribo yo directamente.

        Disculpa las molestias.

        Eva Sanz
        Recursos Humanos - Grupo Hortofrutícola Cinca
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_ROMANCE + "\n" + t(r"""
        BEGIN:VEVENT
        ORGANIZER;CN=Eva Sanz Lacasa:mailto:eva.sanz@hortocinca.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Núria Puig:mailto:nuria.puig@example.org
        DESCRIPTION;LANGUAGE=es-ES:Núria\, siento tener que cancelar la entrevista del miércoles.\n
        UID:040000008200E00074C5B7101A82E00800000000C0E1A9F3B274DD01000000000000000010000000F1E2D3C4B5A6978877665544332211AA
        SUMMARY;LANGUAGE=es-ES:Cancelado: Entrevista - Responsable de Exportación
        DTSTART;TZID=Romance Standard Time:20261125T090000
        DTEND;TZID=Romance Standard Time:20261125T100000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261120T164455Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=es-ES:Oficinas Monzón - Sala 2
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2118405522
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-11-20 17:44"
    headers = [
        rcv("EUR02-DB5-obe.outbound.protection.outlook.com", "198.51.100.19", when, MAD, "m16"),
        ("From", addr("Eva Sanz Lacasa", "eva.sanz@hortocinca.es")),
        ("To", me()),
        ("Subject", enc("Cancelado: Entrevista - Responsable de Exportación")),
        ("Thread-Topic", enc("Entrevista - Responsable de Exportación")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<DB5PR04MB9910A4C2E7F1D3B5A8C6E0F2D4B61@DB5PR04MB9910.eurprd04.prod.outlook.com>"),
        ("Importance", "high"),
        ("Content-Language", "es-ES"),
    ]
    return message(headers, alt(text(body, cte="base64"), calendar(ics, method="CANCEL", cte="base64")))


@make.mail(N(17), family="forwarded", lang="es", interview=True, kind="scheduled",
           start=utc("2026-11-02 16:30", MAD), end=utc("2026-11-02 17:30", MAD),
           local="Mon 2026-11-02 16:30", local_end="2026-11-02 17:30", zone=MAD,
           contact="irene.castell@pomverd.es", company="Pomverd",
           note="Núria forwards (Gmail, Spanish UI) to herself a confirmation for 'lunes 2 de noviembre a las "
                "16:30', 'Duración: 1 hora' (CET after 25 Oct, 15:30Z); contact = the sender in the forwarded header")
def m17() -> bytes:
    body = t("""
        per tenir-ho al correu bo

        ---------- Forwarded message ---------
        De: Irene Castell <irene.castell@pomverd.es>
        Date: mié, 28 oct 2026 a las 13:02
        Subject: Confirmación entrevista - Coordinadora de Logística
        To: <nuria.puig.p@example.com>


        Hola Núria,

        Tal como hemos hablado, te confirmo la entrevista para el puesto de Coordinadora de
        Logística:

        - Día: lunes 2 de noviembre
        - Hora: 16:30
        - Duración: 1 hora
        - Lugar: planta de Pomverd en Alcoletge (Ctra. de Vallmanya, km 2). Pregunta por mí en
          recepción.

        Estarán también Joan Pallarès (director industrial) y Ester Gil (compras).

        Un saludo,

        Irene Castell
        RRHH - Pomverd, S.A.
        """)
    when = "2026-10-28 13:20"
    headers = [
        rcv("mail-sor-f41.google.com", "209.85.220.41", when, MAD, "m17"),
        ("From", addr("Núria Puig", ME2)),
        ("To", me()),
        ("Subject", enc("Fwd: Confirmación entrevista - Coordinadora de Logística")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<CAJp3vN7Qm0kR2Lx+5wU8fYd1TgH4sAe9oBz@mail.gmail.com>"),
        ("In-Reply-To", "<7c1a9e42-3f0b-4d65-a2b8-1e9d0f3c5a77@pomverd.es>"),
        ("References", "<7c1a9e42-3f0b-4d65-a2b8-1e9d0f3c5a77@pomverd.es>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@make.mail(N(18), family="reply_quoted", lang="es", interview=True, kind="scheduled",
           start=utc("2026-11-19 10:00", MAD), local="Thu 2026-11-19 10:00", zone=MAD,
           contact="xavier.pons@fredsegre.com", company="Fred Segre Logística",
           note="Short reply 'queda apuntado' on top of the quoted thread (his two slots, her choice of "
                "'el jueves 19 a las 10:00'); Date Mon 16 Nov, CET = 09:00Z; no duration; contact = sender")
def m18() -> bytes:
    body = t("""
        Perfecto, Núria, queda apuntado: jueves 19 a las 10:00 en nuestras oficinas del
        polígono El Segre. Nos vemos allí.

        Salut!
        Xavier

        El dom, 15 nov 2026 a las 20:12, Núria Puig (<nuria.puig@example.org>) escribió:
        > Hola Xavier,
        >
        > Gracias por la propuesta. El jueves 19 a las 10:00 me va perfecto.
        >
        > Saludos,
        > Núria
        >
        > El vie, 13 nov 2026 a las 12:47, Xavier Pons (<xavier.pons@fredsegre.com>) escribió:
        >> Hola Núria,
        >>
        >> Después de revisar tu CV nos gustaría conocerte para el puesto de Jefa de Cámaras.
        >> ¿Te va bien el jueves 19 de noviembre a las 10:00 o el viernes 20 a las 9:00? Sería en
        >> nuestras oficinas del polígono El Segre (calle Enginyer Mias, 23), con el director de
        >> operaciones y conmigo.
        >>
        >> Un saludo,
        >> Xavier Pons
        >> Fred Segre Logística
        """)
    when = "2026-11-16 11:40"
    headers = [
        rcv("mail-qk1-f180.google.com", "209.85.222.180", when, MAD, "m18"),
        ("From", addr("Xavier Pons", "xavier.pons@fredsegre.com")),
        ("To", me()),
        ("Subject", enc("Re: Proceso de selección Jefa de Cámaras")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<CAB4u0jQ7Gm2vHc+8Xq1nWkP3rYe5dTs6fLa@mail.gmail.com>"),
        ("In-Reply-To", "<CAGf5NpL0sXc2Qe7+hK9uWz1mR3tYb8vJ4oA@mail.gmail.com>"),
        ("References", "<CAB7r9wZkP1mQ3@mail.gmail.com> <CAGf5NpL0sXc2Qe7+hK9uWz1mR3tYb8vJ4oA@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@make.mail(N(19), family="ms_bookings", lang="es", interview=True, kind="scheduled",
           start=utc("2026-10-01 12:00", MAD), end=utc("2026-10-01 12:30", MAD),
           local="Thu 2026-10-01 12:00", local_end="2026-10-01 12:30", zone=MAD,
           contact=None, company="Nexia Fruit Logistics",
           note="Microsoft Bookings confirmation; body shows '(UTC+01:00) Bruselas, Copenhague, Madrid, París' "
                "(the standard offset) but 1 Oct is CEST, so 12:00 = 10:00Z, as the Romance Standard Time ICS "
                "says; only a staff name and the Bookings mailbox -> contact null")
def m19() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#201f1e">
        <div style="max-width:600px">
        <p style="font-size:20px">Reserva confirmada con Selección Nexia</p>
        <p>Hola Núria Puig,</p>
        <p>Gracias por reservar con Selección Nexia. Aquí tienes los detalles:</p>
        <table cellpadding="6" style="border-collapse:collapse">
        <tr><td style="color:#605e5c">Servicio</td><td>Entrevista por videollamada - Coordinador/a de exportación</td></tr>
        <tr><td style="color:#605e5c">Fecha y hora</td>
        <td>jueves, 1 de octubre de 2026 12:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París</td></tr>
        <tr><td style="color:#605e5c">Duración</td><td>30 minutos</td></tr>
        <tr><td style="color:#605e5c">Personal</td><td>Anna Vidal</td></tr>
        <tr><td style="color:#605e5c">Ubicación</td><td>Reunión de Microsoft Teams</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_TmV4aWE0@thread.v2/0">Unirse a la
        reunión de Teams</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/SeleccionNexia@nexiafruit.com/bookings/s/mJ3v">Administrar
        la reserva</a></p>
        <p style="font-size:12px;color:#605e5c">Con la tecnología de Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_ROMANCE + "\n" + t(r"""
        BEGIN:VEVENT
        ORGANIZER;CN=Selección Nexia:mailto:SeleccionNexia@nexiafruit.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Núria Puig:mailto:nuria.puig@example.org
        DESCRIPTION;LANGUAGE=es-ES:Entrevista por videollamada - Coordinador/a de exportación\nPersonal: Anna Vidal\n
        UID:040000008200E00074C5B7101A82E00800000000E0B5C9A1D84EDD01000000000000000010000000BB77CC11DD22EE33FF4400558866AA99
        SUMMARY;LANGUAGE=es-ES:Entrevista por videollamada - Coordinador/a de exportación
        DTSTART;TZID=Romance Standard Time:20261001T120000
        DTEND;TZID=Romance Standard Time:20261001T123000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260925T071903Z
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
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-09-25 09:19"
    headers = [
        rcv("EUR01-HE1-obe.outbound.protection.outlook.com", "198.51.100.14", when, MAD, "m19"),
        ("From", addr("Selección Nexia", "SeleccionNexia@nexiafruit.com")),
        ("To", me()),
        ("Subject", enc("Reserva confirmada: Entrevista por videollamada - Coordinador/a de exportación")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<HE1PR0701MB3344D0A9C7B1E5F3A2D4C6E8B0A12@HE1PR0701MB3344.eurprd07.prod.outlook.com>"),
        ("X-MS-Exchange-Organization-BookingsMailbox", "True"),
    ]
    return message(headers, mixed(html(page),
                                  calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(20), family="goodtime", lang="en", interview=True, kind="scheduled",
           start=utc("2026-12-03 10:00", MAD), end=utc("2026-12-03 11:45", MAD),
           local="Thu 2026-12-03 10:00", local_end="2026-12-03 11:45", zone=MAD,
           contact="emma.lindqvist@solvikgroup.com", company="Solvik Group",
           note="GoodTime onsite itinerary in Barcelona, two sessions 10:00-10:45 and 11:00-11:45 CET: start = "
                "first, end = last (09:00Z-10:45Z); follows the availability request of 20 Nov; contact = Reply-To")
def m20() -> bytes:
    body = t("""
        Hi Núria,

        Your onsite interview with Solvik Group is confirmed. Here is your itinerary:

        Thursday, December 3, 2026 (all times CET)
        Solvik Group Iberia, Carrer de Pallars 193, 5th floor, 08005 Barcelona

          10:00 - 10:45   Hiring manager interview - Joaquim Serra, Supply Chain Manager Iberia
          10:45 - 11:00   Break
          11:00 - 11:45   Operations interview - Annika Berg, Director of Operations EMEA

        Please bring a photo ID for reception. If you need to change anything, reply to this
        email and Emma will help.

        Kind regards,
        Emma Lindqvist
        Recruiting Coordinator, Solvik Group

        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1f2933">
        <p>Hi Núria,</p>
        <p>Your onsite interview with <b>Solvik Group</b> is confirmed. Here is your itinerary:</p>
        <p><b>Thursday, December 3, 2026</b> (all times CET)<br>
        Solvik Group Iberia, Carrer de Pallars 193, 5th floor, 08005 Barcelona</p>
        <table cellpadding="6" style="border-collapse:collapse">
        <tr><td>10:00 - 10:45</td><td>Hiring manager interview - Joaquim Serra, Supply Chain Manager Iberia</td></tr>
        <tr><td>10:45 - 11:00</td><td>Break</td></tr>
        <tr><td>11:00 - 11:45</td><td>Operations interview - Annika Berg, Director of Operations EMEA</td></tr>
        </table>
        <p>Please bring a photo ID for reception. If you need to change anything, reply to this email and
        Emma will help.</p>
        <p>Kind regards,<br>Emma Lindqvist<br>Recruiting Coordinator, Solvik Group</p>
        <p style="font-size:11px;color:#9aa5b1">Scheduled with GoodTime</p>
        </body></html>
        """)
    when = "2026-11-26 14:05"
    headers = [
        rcv("mail.goodtime.io", "198.51.100.92", when, "UTC", "m20"),
        ("From", addr("Solvik Group Recruiting", "scheduling@goodtime.io")),
        ("Reply-To", addr("Emma Lindqvist", "emma.lindqvist@solvikgroup.com")),
        ("To", me()),
        ("Subject", "Interview Confirmation: Solvik Group - Logistics Planning Lead"),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<gt-itinerary-55c1e0a9f2@goodtime.io>"),
    ]
    return message(headers, alt(text(body), html(page)))


@make.mail(N(21), family="rfc822_attachment", lang="es", interview=True, kind="scheduled",
           start=utc("2026-09-16 17:00", MAD), local="Wed 2026-09-16 17:00", zone=MAD,
           contact="sergio.marin@talentiaseleccion.es", company="Ribagorza Fruits",
           note="Agency consultant confirms 'miércoles 16 de septiembre a las 17:00' at the client's (CEST, "
                "15:00Z) and attaches the client's mail as message/rfc822; contact = the human sender (agency), "
                "company = the hiring client")
def m21() -> bytes:
    inner_body = t("""
        Hola Sergio:

        Confirmamos a Núria Puig para el miércoles 16 a las 17:00 en nuestras oficinas de Binéfar
        (Av. del Pilar, 40). La entrevistará Joaquín Broto, nuestro gerente, y estaré yo también.

        Saludos,
        Lucía Castán
        Administración y Personal - Ribagorza Fruits, S.L.
        """)
    inner = message([
        ("From", addr("Lucía Castán", "lucia.castan@ribagorzafruits.es")),
        ("To", addr("Sergio Marín", "sergio.marin@talentiaseleccion.es")),
        ("Subject", enc("Candidata logística - entrevista")),
        ("Date", date("2026-09-10 19:41", MAD)),
        ("Message-ID", "<0a2f4c61-8d3e-4b9a-9c7e-5f1d2e3a4b6c@ribagorzafruits.es>"),
    ], text(inner_body, cte="8bit"))
    body = t("""
        Hola Núria:

        Te confirmo lo que hablamos: la entrevista con Ribagorza Fruits es el miércoles 16 de
        septiembre a las 17:00 en sus oficinas de Binéfar (Av. del Pilar, 40). Te adjunto el correo
        del cliente para que tengas los nombres.

        Cualquier cosa, llámame antes al 650 000 219. Después me cuentas qué tal.

        Un abrazo,

        Sergio Marín
        Consultor Senior - Logística y Supply Chain
        Talentia Selección | Zaragoza
        """)
    when = "2026-09-11 10:15"
    headers = [
        rcv("mail.talentiaseleccion.es", "203.0.113.33", when, MAD, "m21"),
        ("From", addr("Sergio Marín", "sergio.marin@talentiaseleccion.es")),
        ("To", me()),
        ("Subject", enc("Entrevista Ribagorza Fruits - miércoles 16")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<e4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8@talentiaseleccion.es>"),
    ]
    return message(headers, mixed(text(body), attached_message(inner, "Candidata logística - entrevista.eml")))


@make.mail(N(22), family="human_prose", lang="es", interview=True, kind="scheduled",
           start=utc("2026-09-22 10:00", MAD), local="Tue 2026-09-22 10:00", zone=MAD,
           contact="pau.miro@logisticasegria.com", company="Logística Segrià",
           note="'te espero mañana a las 10:00' resolved against the Date (Mon 21 Sep, CEST) -> Tue 22 Sep "
                "08:00Z; sent from a phone, 8bit; contact = sender")
def m22() -> bytes:
    body = t("""
        Hola Núria:

        Como hablamos el viernes por teléfono, te espero mañana a las 10:00 en nuestras oficinas de
        Mollerussa (Av. de la Generalitat, 58, primer piso). Pregunta por mí en la entrada y ven
        con calma, que te enseñaré también la nave.

        Salutacions,
        Pau

        Enviado desde mi iPhone
        """)
    when = "2026-09-21 08:40"
    headers = [
        rcv("smtp.logisticasegria.com", "203.0.113.71", when, MAD, "m22"),
        ("From", addr("Pau Miró", "pau.miro@logisticasegria.com")),
        ("To", me()),
        ("Subject", "Entrevista"),
        ("Date", date(when, MAD)),
        ("Message-ID", "<9E2B4C7A-1D3F-4A5B-8C6D-7E8F9A0B1C2D@logisticasegria.com>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ]
    return message(headers, text(body, cte="8bit"))


@make.mail(N(23), family="ics_attachment", lang="es", interview=True, kind="scheduled",
           start=utc("2026-12-10 17:00", MAD), end=utc("2026-12-10 17:45", MAD),
           local="Thu 2026-12-10 17:00", local_end="2026-12-10 17:45", zone=MAD,
           contact="silvia.bertran@ecofruitmed.com", company="Ecofruit Mediterrània",
           note="Body only says 'la entrevista del jueves'; the time is only in the attached invite.ics "
                "(Thunderbird, TZID Europe/Madrid 17:00-17:45 CET = 16:00Z); contact = sender/ORGANIZER")
def m23() -> bytes:
    body = t("""
        Hola Núria,

        Te adjunto la convocatoria para la entrevista del jueves con Enric Mas, nuestro director de
        operaciones. Tienes la hora y el enlace de Teams en la invitación. Si te coincide con algo,
        dímelo y lo movemos.

        Salutacions,

        Sílvia Bertran
        Persones i Organització
        Ecofruit Mediterrània - Reus
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + VTZ_MADRID + "\n" + t(r"""
        BEGIN:VEVENT
        CREATED:20261207T080955Z
        LAST-MODIFIED:20261207T081102Z
        DTSTAMP:20261207T081102Z
        UID:9c5e1f0a-3b7d-4e2c-8a6f-1d0b9e8c7a65
        SUMMARY:Entrevista Núria Puig - Ecofruit Mediterrània
        ORGANIZER;CN=Sílvia Bertran:mailto:silvia.bertran@ecofruitmed.com
        ATTENDEE;RSVP=TRUE;CN=Núria Puig;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:nuria.puig@example.org
        ATTENDEE;RSVP=TRUE;CN=Enric Mas;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:enric.mas@ecofruitmed.com
        DTSTART;TZID=Europe/Madrid:20261210T170000
        DTEND;TZID=Europe/Madrid:20261210T174500
        LOCATION:Microsoft Teams
        DESCRIPTION:https://teams.microsoft.com/l/meetup-join/19%3ameeting_RWNvZnJ1@thread.v2/0
        SEQUENCE:0
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-12-07 09:12"
    headers = [
        rcv("smtp.ecofruitmed.com", "203.0.113.199", when, MAD, "m23"),
        ("From", addr("Sílvia Bertran", "silvia.bertran@ecofruitmed.com")),
        ("To", me()),
        ("Subject", enc("Convocatòria entrevista")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<3f8e2d1c-6b5a-4978-b0c1-d2e3f4a5b6c7@ecofruitmed.com>"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "ca"),
    ]
    return message(headers, mixed(text(body, params="format=flowed"),
                                  calendar(ics, cte="8bit", filename="invite.ics",
                                           disposition="attachment", name_param=True)))


# =========================================================================== negatives


@make.mail(N(24), family="application_receipt", lang="en", interview=False, company="Meridian Agri Foods",
           note="Taleo application receipt; no interview")
def m24() -> bytes:
    body = t("""
        Dear Núria Puig,

        Thank you for your interest in Meridian Agri Foods. We have received your application for
        the position of Logistics Analyst - EMEA (Requisition 2604518), Lleida / Hybrid.

        Our Talent Acquisition team will review your qualifications. If your profile matches the
        requirements of the position, a member of our team will contact you regarding next steps.

        You can review the status of your application at any time in the Career Section:
        https://meridianagri.taleo.net/careersection/ext/mysubmissions.ftl

        Sincerely,
        Meridian Agri Foods Talent Acquisition

        This is an automated message. Please do not reply.
        """)
    when = "2026-09-03 16:27"
    headers = [
        rcv("smtp-out.taleo.net", "198.51.100.150", when, "America/New_York", "m24"),
        ("From", addr("Meridian Agri Foods", "meridian@taleo.net")),
        ("To", ME),
        ("Subject", "Meridian Agri Foods - Application Received - Logistics Analyst - EMEA (2604518)"),
        ("Date", date(when, "America/New_York")),
        ("Message-ID", "<1421783552.8812.1788466020114.JavaMail.taleo@tlp3prdap12>"),
    ]
    return message(headers, text(body, charset="iso-8859-1"))


@make.mail(N(25), family="rejection", lang="es", interview=False, company="Fruits Secs Priorat",
           note="Recruitee rejection at CV stage, no interview")
def m25() -> bytes:
    body = t("""
        Hola Núria,

        Gracias por presentar tu candidatura al puesto de Responsable de Logística y Almacén en
        Fruits Secs Priorat.

        Hemos recibido muchas candidaturas y, tras revisarlas con detalle, hemos decidido continuar
        con otros perfiles que se ajustan más a lo que buscamos en este momento.

        Te deseamos mucha suerte en tu búsqueda y esperamos volver a saber de ti en futuros
        procesos.

        Un saludo,
        Equipo de Personas - Fruits Secs Priorat
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif\">" + "".join(
        f"<p>{p.replace(chr(10), ' ')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    when = "2026-10-07 10:03"
    headers = [
        rcv("mail.recruitee.com", "198.51.100.111", when, "UTC", "m25"),
        ("From", addr("Fruits Secs Priorat", "no-reply@recruitee.com")),
        ("Reply-To", "fruitssecspriorat+c2918@reply.recruitee.com"),
        ("To", me()),
        ("Subject", enc("Tu candidatura en Fruits Secs Priorat")),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<recruitee.candidate.2918441.mail.77102@recruitee.com>"),
    ]
    return message(headers, alt(text(body), html(page)))


@make.mail(N(26), family="rejection", lang="en", interview=False, company="Canopy Harvest",
           note="Ashby rejection after interviews ('speak with our team last week'); no time ahead")
def m26() -> bytes:
    body = t("""
        Hi Núria,

        Thank you for taking the time to speak with our team last week about the Fulfilment
        Operations Manager role. We really appreciated learning about your experience running
        cold-chain exports through the harvest peaks.

        After careful consideration, we've decided to move forward with another candidate whose
        background is a closer match for this role right now. This was a difficult decision.

        We'd love to stay in touch and will reach out if a suitable opening comes up.

        All the best,
        Lena Vogt
        People Team, Canopy Harvest
        """)
    when = "2026-09-30 14:48"
    headers = [
        rcv("mail.ashbyhq.com", "198.51.100.103", when, "Europe/Berlin", "m26"),
        ("From", addr("Canopy Harvest", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Lena Vogt", "lena.vogt@canopyharvest.com")),
        ("To", me()),
        ("Subject", "Update on your application to Canopy Harvest"),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<010201929c7f3a11-8a2b4c6d-1e3f-4a5b-9c7d-0e1f2a3b4c5d-000000@email.amazonses.com>"),
    ]
    return message(headers, text(body, cte="base64"))


@make.mail(N(27), family="job_alert", lang="es", interview=False, company=None,
           note="Job-board alert with twelve offers; no interview")
def m27() -> bytes:
    jobs = [
        ("Coordinador/a de tráfico internacional", "Transportes Ilerda", "Lleida", "Hace 1 día"),
        ("Responsable de almacén frigorífico", "Fruits del Pla", "Mollerussa", "Hace 2 días"),
        ("Técnico/a de exportación (francés)", "Agrícola Soses", "Soses", "Hace 3 días"),
        ("Jefe/a de expediciones - campaña", "Cooperativa Alcarràs", "Alcarràs", "Hace 4 días"),
    ]
    lines = "\n\n".join(f"{a}\n{b} · {c}\n{d}" for a, b, c, d in jobs)
    body = t("""
        Hola Núria,

        Hay 12 nuevas ofertas que encajan con tu alerta "logística - Lleida (30 km)":

        """) + lines + t("""


        Ver las 12 ofertas: https://www.agrotalento.example.net/alertas/8841?utm_source=alert

        Recibes este correo porque creaste una alerta en AgroTalento. Gestionar alertas:
        https://www.agrotalento.example.net/cuenta/alertas
        """)
    rows = "".join(
        f'<tr><td style="padding:12px;border-bottom:1px solid #eee"><a href="https://www.agrotalento.example.net/'
        f'oferta/{i}" style="font-weight:bold;color:#2d7a2d">{a}</a><br>{b} · {c}<br>'
        f'<span style="color:#999">{d}</span></td></tr>'
        for i, (a, b, c, d) in enumerate(jobs, 51230))
    page = ('<html><body style="font-family:Arial,sans-serif"><table width="600" align="center">'
            '<tr><td><p>Hola Núria,</p><p>Hay <b>12 nuevas ofertas</b> que encajan con tu alerta '
            '"logística - Lleida (30 km)":</p></td></tr>' + rows +
            '<tr><td><p><a href="https://www.agrotalento.example.net/alertas/8841">Ver las 12 ofertas</a></p>'
            '<p style="font-size:11px;color:#999">Recibes este correo porque creaste una alerta en AgroTalento.'
            '</p></td></tr></table></body></html>\n')
    when = "2026-10-12 07:00"
    headers = [
        rcv("mta3.agrotalento.example.net", "203.0.113.5", when, MAD, "m27"),
        ("From", "AgroTalento <alertas@agrotalento.example.net>"),
        ("To", ME),
        ("Subject", enc("12 nuevas ofertas de logística en Lleida y alrededores")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<alert-8841-20261012@agrotalento.example.net>"),
        ("List-Unsubscribe", "<https://www.agrotalento.example.net/baja?u=8841>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
    return message(headers, alt(text(body), html(page)))


@make.mail(N(28), family="recruiter_outreach", lang="es", interview=False, company="Perfila Talent",
           note="Agency cold outreach asking for a call 'esta semana'; nothing fixed")
def m28() -> bytes:
    body = t("""
        Hola Núria, ¿qué tal?

        Soy Marc Vives, consultor de Perfila Talent especializado en supply chain para el sector
        agroalimentario. Estoy llevando la búsqueda de un/a Responsable de Logística de Exportación
        para una empresa hortofrutícola líder en el Baix Segre (unos 300 empleados, exporta a más de
        20 países).

        He visto tu perfil y creo que encajarías muy bien. ¿Tendrías 15 minutos esta semana o la que
        viene para una llamada? Dime qué franja te va mejor y me adapto.

        Un saludo,

        Marc Vives
        Senior Consultant | Perfila Talent
        +34 600 000 771
        """)
    when = "2026-10-19 09:26"
    headers = [
        rcv("mail-ej1-f51.google.com", "209.85.218.51", when, MAD, "m28"),
        ("From", addr("Marc Vives", "marc.vives@perfilatalent.com")),
        ("To", me()),
        ("Subject", enc("Oportunidad: Responsable de Logística de Exportación (Baix Segre)")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<CAN8sWq2xR0d+hP4yL7kT1mZ9vB3cQ5fE6gA@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@make.mail(N(29), family="scheduling_proposal", lang="es", interview=False, company="Frutas Noguera",
           note="Two slots proposed ('jueves 24 a las 9:30 o viernes 25 a las 12:00'), nothing chosen yet; "
                "the confirmation follows on 18 Sep",
           days=(("Thu", "2026-09-24"), ("Fri", "2026-09-25")))
def m29() -> bytes:
    body = t("""
        Hola Núria:

        Gracias por enviarnos tu candidatura para el puesto de Coordinador/a de logística. Nos ha
        gustado tu experiencia con la campaña de fruta de hueso y nos gustaría conocerte.

        Te propongo dos opciones para una primera entrevista presencial en Fraga:

          - jueves 24 de septiembre a las 9:30
          - viernes 25 de septiembre a las 12:00

        Dime cuál te va mejor y te confirmo.

        Un saludo,

        Jorge Abadía
        Responsable de Personas
        Frutas Noguera, S.L.
        """)
    when = "2026-09-16 16:52"
    headers = [
        rcv("mail.frutasnoguera.es", "203.0.113.87", when, MAD, "m29"),
        ("From", addr("Jorge Abadía", "jorge.abadia@frutasnoguera.es", "iso-8859-1")),
        ("To", me()),
        ("Subject", enc("Proceso de selección - Coordinador/a de logística")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<000a01dd2860$3c1e5d90$b45b18b0$@frutasnoguera.es>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]
    return message(headers, text(body, charset="iso-8859-1"))


@make.mail(N(30), family="scheduling_link", lang="en", interview=False, company="Solvik Group",
           note="GoodTime availability request for the onsite; no time fixed (the confirmation follows on 26 Nov)")
def m30() -> bytes:
    body = t("""
        Hi Núria,

        Congratulations on moving forward in the process for Logistics Planning Lead at Solvik Group!

        We'd like to schedule your onsite interviews in our Barcelona office (about 2 hours in
        total). Please let us know when you are available over the next two weeks:

        Share your availability: https://app.goodtime.io/availability/solvik/7b3c91e0f4

        Once we receive your availability, we'll confirm the exact times with the interview team.

        Kind regards,
        Emma Lindqvist
        Recruiting Coordinator, Solvik Group
        """)
    when = "2026-11-20 10:12"
    headers = [
        rcv("mail.goodtime.io", "198.51.100.92", when, "UTC", "m30"),
        ("From", addr("Solvik Group Recruiting", "scheduling@goodtime.io")),
        ("Reply-To", addr("Emma Lindqvist", "emma.lindqvist@solvikgroup.com")),
        ("To", me()),
        ("Subject", "Solvik Group - please share your availability"),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<gt-availability-7b3c91e0f4@goodtime.io>"),
    ]
    return message(headers, text(body))


@make.mail(N(31), family="out_of_office", lang="en", interview=False, company="Thameside Fresh Imports",
           note="Recruiter's out-of-office auto-reply to Núria's thank-you after the 12 Nov interview",
           days=(("Mon", "2026-11-23"),))
def m31() -> bytes:
    body = t("""
        Thank you for your email. I am out of the office until Monday 23 November with limited access
        to email. For anything urgent about recruitment, please contact talent@thamesidefresh.co.uk.

        Kind regards,
        Oliver Grant
        """)
    when = "2026-11-13 17:55"
    zone = "Europe/London"
    headers = [
        rcv("EUR04-DB3-obe.outbound.protection.outlook.com", "198.51.100.27", when, zone, "m31"),
        ("From", addr("Oliver Grant", "oliver.grant@thamesidefresh.co.uk")),
        ("To", me()),
        ("Subject", "Automatic reply: Thank you - Import Operations Coordinator"),
        ("Date", date(when, zone)),
        ("Message-ID", "<LO2P265MB51720D1E4C3B2A1F0E9D8C7B6A5F4@LO2P265MB5172.GBRP265.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<CAFx2q9Qt7vN3wR@mail.example.org>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "oliver.grant@thamesidefresh.co.uk"),
    ]
    return message(headers, text(body))


@make.mail(N(32), family="bounce", lang="en", interview=False, company=None,
           note="DSN: Núria's thank-you after the 22 Sep interview bounced (mistyped .cat domain)")
def m32() -> bytes:
    original = message([
        ("From", me()),
        ("To", addr("Pau Miró", "pau.miro@logisticasegria.cat")),
        ("Subject", "Gracias por la entrevista"),
        ("Date", date("2026-09-22 13:04", MAD)),
        ("Message-ID", "<CAFx2q9Pn5sK8mT@mail.example.org>"),
    ], text(t("""
        Hola Pau,

        Muchas gracias por la entrevista de esta mañana y por enseñarme la nave. Me ha gustado mucho
        conocer el equipo. Quedo a la espera de vuestras noticias.

        Un saludo,
        Núria
        """)))
    explain = t("""
        This is the mail system at host mx2.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <pau.miro@logisticasegria.cat>: Host or domain name not found. Name service error
            for name=logisticasegria.cat type=MX: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx2.example.org
        X-Postfix-Queue-ID: 4C1D2E3F4A
        X-Postfix-Sender: rfc822; nuria.puig@example.org
        Arrival-Date: Tue, 22 Sep 2026 13:04:07 +0200 (CEST)

        Final-Recipient: rfc822; pau.miro@logisticasegria.cat
        Original-Recipient: rfc822;pau.miro@logisticasegria.cat
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for
            name=logisticasegria.cat type=MX: Host not found
        """)
    when = "2026-09-22 13:04"
    headers = [
        ("From", "MAILER-DAEMON@mx2.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date(when, MAD)),
        ("Message-ID", "<20260922110408.5E6F7A8B9C@mx2.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    report = multipart("report",
                       text(explain, charset="us-ascii", cte="7bit",
                            extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(original),
                       params="report-type=delivery-status")
    return message(headers, report)


@make.mail(N(33), family="offer", lang="es", interview=False, company="Kühlhaus Brenner",
           note="Written offer after the 12 Nov interview, answer asked by 'viernes 4 de diciembre'; "
                "the start date is not an interview",
           days=(("Fri", "2026-12-04"),))
def m33() -> bytes:
    body = t("""
        Hola Núria:

        Después de las entrevistas en Alcarràs, nos alegra mucho ofrecerte el puesto de Jefa de
        almacén frigorífico en Kühlhaus Brenner Ibérica. Adjunto encontrarás la propuesta de
        incorporación con las condiciones (retribución fija y variable, jornada, vehículo de
        empresa en campaña y fecha de inicio prevista el 11 de enero).

        Te agradecería que nos dieras una respuesta antes del viernes 4 de diciembre. Si tienes
        cualquier duda sobre las condiciones, llámame sin problema.

        Herzliche Grüße / Un saludo cordial,

        Jana Hoffmann
        HR Business Partner Iberia
        Kühlhaus Brenner GmbH
        """)
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\n"
           b"trailer<</Root 1 0 R>>\n%%EOF\n")
    att = make.Part([("Content-Type", 'application/pdf; name="Propuesta_incorporacion_NPuig.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Propuesta_incorporacion_NPuig.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    base64.encodebytes(pdf).replace(b"\n", b"\r\n"))
    when = "2026-12-01 11:20"
    headers = [
        rcv("mail-eopbgr80.outbound.protection.outlook.com", "198.51.100.80", when, "Europe/Berlin", "m33"),
        ("From", addr("Jana Hoffmann", "jana.hoffmann@kuehlhaus-brenner.de")),
        ("To", me()),
        ("Subject", enc("Propuesta de incorporación - Jefa de almacén frigorífico Alcarràs")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<FR3P281MB1552E7D0C4B2A9F8E6D1C0B9A8F70@FR3P281MB1552.DEUP281.PROD.OUTLOOK.COM>"),
    ]
    return message(headers, mixed(text(body), att))


@make.mail(N(34), family="non_interview_calendar", lang="es", interview=False, company=None,
           note="Dentist appointment reminder, bilingual Catalan/Spanish; a fixed time but not an interview",
           days=(("Thu", "2026-10-01"),))
def m34() -> bytes:
    body = t("""
        Benvolguda Núria / Estimada Núria:

        Li recordem la seva visita / Le recordamos su cita:

        Dijous 1 d'octubre / Jueves 1 de octubre - 17:30 h
        Dra. Vilanova - Revisió i higiene / Revisión e higiene

        Clínica Dental Ricard Vinyes
        C/ del Carme, 41, 1r - 25007 Lleida
        Tel. 973 000 615

        Si no pot venir, avisi'ns amb 24 hores d'antelació / Si no puede venir, avísenos con 24
        horas de antelación.
        """)
    when = "2026-09-29 10:00"
    headers = [
        rcv("smtp.gesden-mailer.example.net", "203.0.113.220", when, MAD, "m34"),
        ("From", addr("Clínica Dental Ricard Vinyes", "recordatoris@clinicavinyes.example.net")),
        ("To", ME),
        ("Subject", enc("Recordatori de visita / Recordatorio de cita - dijous 1/10 17:30")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<rec-20261001-1730-0442@clinicavinyes.example.net>"),
    ]
    return message(headers, text(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(35), family="non_interview_calendar", lang="es", interview=False, company=None,
           note="Homeowners' association meeting notice (two call times); iso-8859-15; not an interview",
           days=(("Thu", "2026-10-15"),))
def m35() -> bytes:
    body = t("""
        COMUNIDAD DE PROPIETARIOS C/ JOSEP IRLA, 12 - LLEIDA

        Por la presente se le convoca a la Junta General Ordinaria que se celebrará el próximo
        jueves 15 de octubre de 2026 en el local de la Asociación de Vecinos (C/ Bisbe Torres, 3),
        a las 19:00 h en primera convocatoria y a las 19:30 h en segunda, con el siguiente

        ORDEN DEL DÍA
        1. Aprobación de cuentas del ejercicio 2025-2026.
        2. Presupuesto 2026-2027 y cuota ordinaria (derrama ascensor: 1.200 €).
        3. Renovación de cargos.
        4. Ruegos y preguntas.

        Se recuerda que los propietarios que no puedan asistir pueden delegar su voto por escrito.

        Administración de Fincas Segarra
        """)
    when = "2026-10-01 12:30"
    headers = [
        rcv("mail.fincassegarra.example.net", "203.0.113.100", when, MAD, "m35"),
        ("From", addr("Administración de Fincas Segarra", "admin@fincassegarra.example.net", "iso-8859-15")),
        ("To", ME),
        ("Subject", enc("Convocatoria Junta General Ordinaria - C/ Josep Irla, 12", "iso-8859-15")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<20261001103000.77123@fincassegarra.example.net>"),
    ]
    return message(headers, text(body, charset="iso-8859-15", cte="8bit"))


@make.mail(N(36), family="non_interview_calendar", lang="es", interview=False, company=None,
           note="Vehicle inspection (ITV) booking confirmation; fixed time, not an interview",
           days=(("Wed", "2026-10-14"),))
def m36() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <h2 style="color:#004a8f">Cita ITV confirmada</h2>
        <p>Hola NURIA PUIG,</p>
        <p>Su cita ha quedado registrada con los siguientes datos:</p>
        <table cellpadding="4">
        <tr><td>Estación</td><td>ITV Segrià - Lleida (Polígono El Segre)</td></tr>
        <tr><td>Fecha</td><td>Miércoles 14/10/2026</td></tr>
        <tr><td>Hora</td><td>08:40</td></tr>
        <tr><td>Matrícula</td><td>4821 KLM</td></tr>
        <tr><td>Tipo</td><td>Turismo - Inspección periódica</td></tr>
        <tr><td>Localizador</td><td>ITS-88102-Q</td></tr>
        </table>
        <p>Recuerde traer la documentación del vehículo. Le rogamos puntualidad.</p>
        <p style="font-size:11px;color:#777">Mensaje automático, no responda a este correo.</p>
        </body></html>
        """)
    when = "2026-10-09 22:14"
    headers = [
        rcv("mailer.itvsegria.example.net", "203.0.113.44", when, MAD, "m36"),
        ("From", addr("ITV Segrià", "no-responder@itvsegria.example.net")),
        ("To", ME),
        ("Subject", "Confirmacion de cita ITV - 14/10/2026 08:40"),
        ("Date", date(when, MAD)),
        ("Message-ID", "<cita.ITS-88102-Q@itvsegria.example.net>"),
    ]
    return message(headers, html(page, charset="windows-1252"))


@make.mail(N(37), family="newsletter_tips", lang="es", interview=False, company=None,
           note="Job-board blog newsletter with interview tips; no interview")
def m37() -> bytes:
    body = t("""
        EL BLOG DE AGROTALENTO · Número 42

        5 preguntas que te harán en una entrevista de logística (y cómo responderlas)

        1. "Cuéntame un pico de campaña que se te complicara." Prepara un ejemplo con cifras: palés
           por día, camiones, roturas de cadena de frío.
        2. "¿Cómo priorizas cuando dos clientes quieren el mismo camión?"
        3. "¿Qué indicadores usas?" OTIF, rotación de stock, coste por palé...
        4. "¿Qué Incoterms manejas?" Que no te pille desprevenido la diferencia entre FCA y DAP.
        5. "¿Por qué quieres cambiar?" Sé honesto y positivo.

        Leer el artículo completo: https://blog.agrotalento.example.net/entrevista-logistica

        Además: webinar gratuito "Tu CV en 6 segundos", calendario de ferias del sector y las
        empresas que más contratan este otoño.

        Darse de baja: https://www.agrotalento.example.net/baja?n=blog
        """)
    when = "2026-10-26 08:00"
    headers = [
        rcv("mta1.agrotalento.example.net", "203.0.113.5", when, MAD, "m37"),
        ("From", "El blog de AgroTalento <blog@agrotalento.example.net>"),
        ("To", ME),
        ("Subject", enc("5 preguntas que te harán en una entrevista de logística")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<blog-42-8841@agrotalento.example.net>"),
        ("List-Unsubscribe", "<https://www.agrotalento.example.net/baja?n=blog>"),
        ("Precedence", "bulk"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@make.mail(N(38), family="webinar", lang="es", interview=False, company=None,
           note="Zoom webinar registration (salary negotiation) with a fixed time; not an interview",
           days=(("Thu", "2026-11-05"),))
def m38() -> bytes:
    body = t("""
        Hola Núria Puig:

        Gracias por inscribirte en "Negocia tu salario: claves para perfiles de operaciones".

        Fecha y hora: 5 nov 2026 06:00 PM Madrid

        Únete desde un PC, Mac, iPad, iPhone o dispositivo Android:
        Haz clic aquí para unirte: https://enp.zoom.us/w/93310247781?tk=Zm9vYmFy
        Código de acceso: 511209

        Añadir al calendario: Google Calendar | Outlook (.ics) | Yahoo Calendar

        Puedes cancelar tu inscripción en cualquier momento.

        Escola de Negocis Ponent
        """)
    when = "2026-10-30 19:22"
    headers = [
        rcv("mail.zoom.us", "198.51.100.170", when, MAD, "m38"),
        ("From", addr("Escola de Negocis Ponent", "no-reply@zoom.us")),
        ("Reply-To", "formacio@enponent.example.net"),
        ("To", me()),
        ("Subject", enc("Confirmación de Negocia tu salario: claves para perfiles de operaciones")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<zm.webinar.93310247781.reg.51ab@zoom.us>"),
    ]
    return message(headers, text(body))


@make.mail(N(39), family="application_receipt", lang="es", interview=False, company="Agroquímicos Urgell",
           note="Workable application receipt; no interview")
def m39() -> bytes:
    body = t("""
        Hola Núria,

        ¡Gracias por tu interés en Agroquímicos Urgell! Hemos recibido tu candidatura para el
        puesto de Técnico/a de Compras y Aprovisionamiento.

        Nuestro equipo revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en
        contacto contigo.

        Un saludo,
        El equipo de selección de Agroquímicos Urgell

        Powered by Workable
        """)
    when = "2026-11-03 15:41"
    headers = [
        rcv("mail.workablemail.com", "198.51.100.61", when, "UTC", "m39"),
        ("From", addr("Agroquímicos Urgell", "noreply@candidates.workablemail.com")),
        ("Reply-To", "agroquimicos-urgell+a81f0c2@candidates.workablemail.com"),
        ("To", me()),
        ("Subject", enc("Gracias por tu candidatura: Técnico/a de Compras y Aprovisionamiento")),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<wk-appl-a81f0c2.5510@workablemail.com>"),
    ]
    return message(headers, text(body, cte="base64"))


@make.mail(N(40), family="assessment", lang="en", interview=False, company="Lakeshore Cold Chain",
           note="iCIMS take-home case study after the 29 Oct interview, due 'Friday, November 6 at 5:00 PM CT'; "
                "a deadline, not an interview",
           days=(("Fri", "2026-11-06"),))
def m40() -> bytes:
    body = t("""
        Dear Núria,

        Thank you for interviewing with Derek last week. As the next step in the process for
        International Logistics Specialist (EMEA), we would like you to complete a short case study.

        Please log in to the Candidate Portal to download the case materials and upload your
        answer by Friday, November 6 at 5:00 PM CT. It should take around 2-3 hours.

        Candidate Portal: https://careers-lakeshorecoldchain.icims.com/jobs/candidate

        Regards,
        Lakeshore Cold Chain Talent Acquisition
        """)
    zone = "America/Chicago"
    when = "2026-11-02 08:30"
    headers = [
        rcv("talent.icims.com", "198.51.100.220", when, zone, "m40"),
        ("From", addr("Lakeshore Cold Chain", "lakeshorecoldchain@talent.icims.com")),
        ("To", me()),
        ("Subject", "Next step: case study - International Logistics Specialist (EMEA)"),
        ("Date", date(when, zone)),
        ("Message-ID", "<icims.8821344.20261102.143000@talent.icims.com>"),
    ]
    return message(headers, html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), ' ')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"))


@make.mail(N(41), family="one_way_video", lang="en", interview=False, company="Meridian Agri Foods",
           note="HireVue on-demand (one-way) video interview 'complete by Friday, September 18'; no live time",
           days=(("Fri", "2026-09-18"),))
def m41() -> bytes:
    body = t("""
        Hi Núria,

        Meridian Agri Foods has invited you to complete a digital interview for Logistics Analyst -
        EMEA. You can complete it at any time that suits you, from any device with a camera.

        Please complete your interview by Friday, September 18, 2026, 11:59 PM (your local time).

        Start your interview: https://app.hirevue.com/invite/mrdn-7Xk2Pq

        It will take about 25 minutes: 5 questions, up to 3 minutes per answer.

        Good luck!
        Meridian Agri Foods Talent Acquisition
        """)
    when = "2026-09-11 14:02"
    headers = [
        rcv("mail.hirevue.com", "198.51.100.140", when, "UTC", "m41"),
        ("From", addr("Meridian Agri Foods", "noreply@hirevue.com")),
        ("To", me()),
        ("Subject", "Meridian Agri Foods invites you to a digital interview"),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<hv.invite.7Xk2Pq@hirevue.com>"),
    ]
    return message(headers, text(body))


@make.mail(N(42), family="post_interview", lang="es", interview=False, company="Grupo Alimentario Ebrosur",
           note="Thanks after the 26 Oct interview; a decision 'antes del viernes 6 de noviembre' is not a meeting",
           days=(("Fri", "2026-11-06"),))
def m42() -> bytes:
    body = t("""
        Estimada Sra. Puig:

        Le agradezco, también en nombre de D. Fernando Royo, el tiempo que nos dedicó ayer. Fue
        una conversación muy interesante.

        Estamos terminando las entrevistas de esta fase y prevemos comunicarle una decisión antes
        del viernes 6 de noviembre.

        Atentamente,

        Beatriz Lázaro Gimeno
        Técnico de Selección | Dirección de Personas
        Grupo Alimentario Ebrosur
        """)
    when = "2026-10-27 12:10"
    headers = [
        rcv("EUR03-VI1-obe.outbound.protection.outlook.com", "198.51.100.23", when, MAD, "m42"),
        ("From", addr("Beatriz Lázaro Gimeno", "beatriz.lazaro@ebrosur.es")),
        ("To", me()),
        ("Subject", enc("Proceso Responsable de Logística de Exportación")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<DB9PR02MB7412E0C3A6F9B1D2E4A7C8B5F3E21@DB9PR02MB7412.eurprd02.prod.outlook.com>"),
        ("Content-Language", "es-ES"),
    ]
    return message(headers, text(body))


@make.mail(N(43), family="rejection", lang="es", interview=False, company="Nexia Fruit Logistics",
           note="Rejection after the 1 Oct Bookings interview; no new time")
def m43() -> bytes:
    body = t("""
        Hola Núria,

        Gracias de nuevo por la entrevista del jueves pasado. Ha sido un proceso muy reñido, pero
        finalmente hemos seleccionado a otra persona con más experiencia en marítimo
        refrigerado.

        Nos ha gustado mucho tu perfil; si te parece bien, lo mantendremos en nuestra base de
        datos para próximas vacantes.

        Un saludo,

        Anna Vidal
        Selección - Nexia Fruit Logistics
        """)
    when = "2026-10-08 16:35"
    headers = [
        rcv("EUR01-HE1-obe.outbound.protection.outlook.com", "198.51.100.14", when, MAD, "m43"),
        ("From", addr("Anna Vidal", "anna.vidal@nexiafruit.com")),
        ("To", me()),
        ("Subject", enc("Proceso Coordinador/a de exportación")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<HE1PR0701MB3344A1B2C3D4E5F60718293A4B5C6@HE1PR0701MB3344.eurprd07.prod.outlook.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@make.mail(N(44), family="job_fair", lang="ca", interview=False, company=None,
           note="Job fair registration (Catalan/Spanish) with opening time; not an interview",
           days=(("Wed", "2026-11-11"),))
def m44() -> bytes:
    body = t("""
        Hola Núria,

        T'has inscrit correctament a la 9a Jornada d'Ocupació Agroalimentària de Ponent.

        Dimecres 11 de novembre de 2026, de 9:30 a 14:00
        Recinte de la Llotja de Lleida - Sala 3

        Hi trobaràs 35 empreses del sector (fruita, càrnies, logística i maquinària agrícola).
        Porta el CV imprès i el teu codi d'inscripció: JOA-2026-1187.

        --

        Te has inscrito correctamente en la 9ª Jornada de Empleo Agroalimentario de Ponent:
        miércoles 11 de noviembre de 2026, de 9:30 a 14:00, en La Llotja de Lleida.

        Consorci Ponent Ocupació
        """)
    when = "2026-11-04 11:11"
    headers = [
        rcv("mail.ponentocupacio.example.net", "203.0.113.150", when, MAD, "m44"),
        ("From", addr("Consorci Ponent Ocupació", "inscripcions@ponentocupacio.example.net")),
        ("To", ME),
        ("Subject", enc("Inscripció confirmada - Jornada d'Ocupació Agroalimentària")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<insc-1187-20261104@ponentocupacio.example.net>"),
    ]
    return message(headers, text(body))


@make.mail(N(45), family="non_interview_calendar", lang="ca", interview=False, company=None,
           note="Friend's Google Calendar invitation to a birthday dinner (Catalan), ICS; not an interview")
def m45() -> bytes:
    body = t("""
        Marta Bosch t'ha convidat a un esdeveniment

        Sopar d'aniversari de la Marta 🎂
        Reservat a la Huerta de Gardeny, som 9. Porteu gana!

        Quan
        dissabte, 17 d'octubre de 2026 · 21:00 – 23:30
        Hora d'estiu del Centre d'Europa - Madrid

        On
        Restaurant La Huerta de Gardeny, Lleida

        Convidats
        Marta Bosch - organitzador
        nuria.puig@example.org

        Invitació de Google Calendar
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ_MADRID + "\n" + t(r"""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Madrid:20261017T210000
        DTEND;TZID=Europe/Madrid:20261017T233000
        DTSTAMP:20261008T190412Z
        ORGANIZER;CN=Marta Bosch:mailto:marta.bosch.ll@example.com
        UID:0sd8fk2m1c7vqbpl4r9t6n3e5h@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nuria.puig@example.org;X-NUM-GUESTS=0:mailto:nuria.puig@example.org
        DESCRIPTION:Reservat a la Huerta de Gardeny\, som 9. Porteu gana!
        LOCATION:Restaurant La Huerta de Gardeny\, Lleida
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Sopar d'aniversari de la Marta 🎂
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-08 21:04"
    headers = [
        rcv("mail-sor-f73.google.com", "209.85.220.73", when, MAD, "m45"),
        ("From", addr("Marta Bosch", "marta.bosch.ll@example.com")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", enc("Invitació: Sopar d'aniversari de la Marta 🎂 @ ds. 17 d’oct. 2026 21:00 - 23:30 "
                        "(CEST) (nuria.puig@example.org)")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<calendar-0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b@google.com>"),
    ]
    return message(headers, alt(text(body), calendar(ics, cte="base64")))


@make.mail(N(46), family="non_interview_calendar", lang="ca", interview=False, company=None,
           note="School start-of-year parents' meeting (Catalan); fixed time, not an interview",
           days=(("Tue", "2026-09-22"),))
def m46() -> bytes:
    body = t("""
        Benvolgudes famílies de 4t de primària,

        Us convoquem a la reunió d'inici de curs, que farem el dimarts 22 de setembre a les 17:00
        a l'aula de 4t B. Hi explicarem el funcionament del curs, les colònies de primavera i el
        projecte de l'hort escolar.

        Hi haurà servei d'acollida per als infants durant la reunió.

        Cordialment,

        Laia Roca, tutora de 4t B
        Escola Els Tarongers - Lleida
        """)
    when = "2026-09-15 13:30"
    headers = [
        rcv("mail-wr1-f54.google.com", "209.85.221.54", when, MAD, "m46"),
        ("From", addr("Escola Els Tarongers", "escola.elstarongers@example.net")),
        ("To", addr("Famílies 4t", "families4t@example.net")),
        ("Subject", enc("Reunió d'inici de curs 4t primària")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<CAE9xW2mT5kq+3Lr0pZ7vN8cY1hB4gD6sFa@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@make.mail(N(47), family="travel", lang="es", interview=False, company=None,
           note="Train e-ticket Lleida-Barcelona for the morning of the 3 Dec onsite; a travel booking, "
                "not the interview itself",
           days=(("Thu", "2026-12-03"),))
def m47() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <h2 style="color:#6b1f7c">¡Buen viaje, Núria!</h2>
        <p>Tu compra se ha realizado correctamente. Localizador: <b>V7QK2M</b></p>
        <table cellpadding="6" style="border:1px solid #ddd;border-collapse:collapse">
        <tr><th align="left">Ida</th><td>Jueves 3 de diciembre de 2026</td></tr>
        <tr><td>Lleida Pirineus → Barcelona Sants</td><td>Salida 07:32 · Llegada 08:35</td></tr>
        <tr><td>Coche 4 · Plaza 07A</td><td>Tarifa Básica · 21,40 €</td></tr>
        <tr><th align="left">Vuelta</th><td>Jueves 3 de diciembre de 2026</td></tr>
        <tr><td>Barcelona Sants → Lleida Pirineus</td><td>Salida 14:25 · Llegada 15:28</td></tr>
        <tr><td>Coche 2 · Plaza 11C</td><td>Tarifa Básica · 19,90 €</td></tr>
        </table>
        <p>Total: 41,30 € (IVA incluido). Tu billete está adjunto a este correo en la app.</p>
        <p style="font-size:11px;color:#888">Viatges Segre, S.L. - agencia de viajes. No respondas a este
        correo.</p>
        </body></html>
        """)
    when = "2026-11-27 20:48"
    headers = [
        rcv("mail.viatgessegre.example.net", "203.0.113.160", when, MAD, "m47"),
        ("From", addr("Viatges Segre", "billetes@viatgessegre.example.net")),
        ("To", ME),
        ("Subject", enc("Confirmación de compra - Localizador V7QK2M - Lleida ⇄ Barcelona 03/12")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<V7QK2M.20261127194812@viatgessegre.example.net>"),
    ]
    return message(headers, html(page, cte="base64"))


@make.mail(N(48), family="job_alert", lang="es", interview=False, company="Verdimar Frescos",
           note="Teamtailor Connect job alert from an employer's career site; company = the sending employer")
def m48() -> bytes:
    body = t("""
        Hola Núria,

        ¡Hay nuevas oportunidades en Verdimar Frescos que podrían interesarte!

        - Jefe/a de Turno de Almacén - San Javier (Murcia)
        - Técnico/a de Calidad en Campo - Águilas (Murcia)
        - Coordinador/a de Transporte Nacional - Remoto / Murcia

        Ver todas las ofertas: https://verdimar.teamtailor.com/jobs

        Recibes este correo porque te uniste a nuestra red de talento. Darte de baja:
        https://verdimar.teamtailor.com/connect/unsubscribe
        """)
    when = "2026-11-10 09:00"
    headers = [
        rcv("mail-eu.teamtailor-mail.com", "198.51.100.131", when, "UTC", "m48"),
        ("From", addr("Verdimar Frescos", "no-reply@teamtailor-mail.com")),
        ("To", me()),
        ("Subject", enc("Nuevas ofertas en Verdimar Frescos")),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<6730a1e2f4c5b_9d8e7f6a5b@teamtailor-mail.com>"),
        ("List-Unsubscribe", "<https://verdimar.teamtailor.com/connect/unsubscribe>"),
    ]
    return message(headers, text(body))


@make.mail(N(49), family="post_interview", lang="es-CO", interview=False, company="Andes Fresh Export",
           note="Colombian recruiter thanks Núria after the 17 Nov interview; 'la próxima semana' is no meeting")
def m49() -> bytes:
    body = t("""
        Hola Núria, buenas tardes.

        Muchas gracias por su tiempo el martes con Andrés. Él quedó muy contento con la
        conversación, en especial con lo que nos contó de los envíos refrigerados a Rotterdam.

        Estamos terminando de revisar los perfiles y la próxima semana le estaremos contando cómo
        sigue el proceso.

        Un abrazo,

        Catalina Rojas Quintero
        Gerente de Talento Humano
        Andes Fresh Export S.A.S.
        """)
    when = "2026-11-19 15:36"
    zone = "America/Bogota"
    headers = [
        rcv("mail-yw1-f172.google.com", "209.85.128.172", when, zone, "m49"),
        ("From", addr("Catalina Rojas Quintero", "catalina.rojas@andesfresh.com.co")),
        ("To", me()),
        ("Subject", enc("Gracias - proceso Coordinador(a) Logístico Europa")),
        ("Date", date(when, zone)),
        ("Message-ID", "<CAH7kQm8vP1+nL6Xd3bWq9eY2sT0kRc4uJfZ@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@make.mail(N(50), family="non_interview_calendar", lang="es", interview=False, company=None,
           note="Padel court booking confirmation; fixed time, not an interview",
           days=(("Thu", "2026-10-22"),))
def m50() -> bytes:
    body = t("""
        RESERVA CONFIRMADA

        Club Pàdel Cappont
        Pista 3 (cubierta)
        Jueves 22/10/2026 · 19:30 - 21:00

        Jugadores: Núria Puig, Anna Serra, Laura Bernaus, Judit Camps
        Importe: 24,00 € (6,00 € por jugador) - pagado con tarjeta ****4417

        Puedes cancelar sin coste hasta 24 h antes desde la app.
        """)
    when = "2026-10-20 22:31"
    headers = [
        rcv("mail.padelcappont.example.net", "203.0.113.210", when, MAD, "m50"),
        ("From", addr("Club Pàdel Cappont", "reservas@padelcappont.example.net")),
        ("To", ME),
        ("Subject", "Reserva confirmada - Pista 3 - 22/10/2026 19:30"),
        ("Date", date(when, MAD)),
        ("Message-ID", "<res-331907@padelcappont.example.net>"),
    ]
    return message(headers, text(body, cte="8bit"))
