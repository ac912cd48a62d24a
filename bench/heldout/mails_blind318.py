"""blind318: a blind 50-mail held-out set, the inbox of Eva Calvo, automotive-plant quality engineer in
Palencia (Europe/Madrid), September to December 2026.

Written by a helper session that read only ``make.py``, ``make_blind.py``, the introduction and the
Mix / label-convention / traps / judgement-call sections of ``bench/heldout/README.md``, the dev
corpus README, its ``labels.json``, ``dev_002.eml``, ``dev_009.eml`` and ``score.py``. It did not
read the detector, its tests or fixtures, any other held-out mails, and never ran the detector.
Every mail is written by hand, one function each; ``make.py`` does the MIME plumbing. Mostly
Spanish from Spain (tú and usted), some English (multinationals), two mails in Argentine Spanish.
Keys 1-23 are positives, 24-50 negatives; file numbers are a fixed shuffle of the writing order.
"""

from __future__ import annotations

import hashlib
import random

import make
from make import addr, alt, calendar, html, mixed, t, text

SET = "blind318"
ORDER = random.Random(3180318).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


EVA = "eva.calvo@example.org"
EVA_TO = addr("Eva Calvo", EVA)
MAD = "Europe/Madrid"
BA = "America/Argentina/Buenos_Aires"


def h(seed: str, n: int = 16) -> str:
    return hashlib.sha1(seed.encode(), usedforsecurity=False).hexdigest()[:n]


def pos(local: str, end: str | None, zone: str) -> dict:
    """Label times from the local time written in the mail: 'Tue 2026-09-15 10:00', end 'HH:MM'."""
    day = local.split(" ")[1]
    rest = local.split(" ", 1)[1]
    out = {"local": local, "zone": zone, "start": make.utc(rest, zone)}
    if end:
        out["local_end"] = f"{day} {end}"
        out["end"] = make.utc(f"{day} {end}", zone)
    return out


def head(frm: str, subject: str, when: str, zone: str, mx: str, *, to: str = EVA_TO,
         msgid: str | None = None, extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8",
         lag: int = 4) -> list[tuple[str, str]]:
    ident = f"mx1.example.org with ESMTPS id {h(subject + when, 12)}"
    mid = msgid or f"<{h(frm + subject + when, 24)}@{mx.split()[1]}>"
    return [
        ("Delivered-To", EVA),
        ("Received", make.received(mx, when, zone, ident, EVA, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", make.enc(subject, charset)),
        ("Date", make.date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


def gmail(body: str) -> make.Part:
    return alt(text(body), html(make.gmail_html(body)))


def vevent_ics(*, prodid: str, method: str | None, uid: str, stamp: str, start: str, end: str,
               summary: str, organizer: str, location: str = "", seq: int = 0, status: str = "CONFIRMED",
               vtz: str = "", description: str = "", extra: str = "") -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if vtz:
        lines.append(vtz.strip("\n"))
    lines += ["BEGIN:VEVENT", f"DTSTART{start}", f"DTEND{end}", f"DTSTAMP:{stamp}", f"ORGANIZER{organizer}",
              f"UID:{uid}",
              f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Eva Calvo:mailto:{EVA}"]
    if description:
        lines.append("DESCRIPTION:" + description.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;"))
    if location:
        lines.append("LOCATION:" + location.replace(",", "\\,"))
    lines += [f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{summary.replace(',', chr(92) + ',')}",
              "TRANSP:OPAQUE"]
    if extra:
        lines.append(extra.strip("\n"))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


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


def vtz_windows(name: str) -> str:
    """Exchange's VTIMEZONE for a central-European Windows zone (1601 anchors)."""
    return f"""BEGIN:VTIMEZONE
TZID:{name}
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


EXCHANGE_X = """X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-LOCATIONS:[]"""


def exchange_headers(thread_topic: str, seed: str) -> tuple[tuple[str, str], ...]:
    return (
        ("Thread-Topic", make.enc(thread_topic)),
        ("Thread-Index", "AdtK" + h(seed, 24).upper()),
        ("Accept-Language", "es-ES, en-US"),
        ("Content-Language", "es-ES"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    )


# =========================================================================== positives


@make.mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           contact="megan.oshea@nortaliacomponents.com", company="Nortalia Components",
           note="Greenhouse confirmation, 'Tuesday, September 15, 2026, 10:00 AM - 10:45 AM CEST' "
                "(Madrid, UTC+2) -> 08:00Z-08:45Z; contact = human Reply-To recruiter",
           **pos("Tue 2026-09-15 10:00", "10:45", MAD))
def m01() -> bytes:
    body = t("""
        Hi Eva,

        Thanks for making time to speak with us! Here are the details for your upcoming interview
        for the Supplier Quality Engineer (Valladolid) position at Nortalia Components.

        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 10:45 AM CEST (Central European Summer Time)
        Format: Video call (Zoom)
        Join: https://nortalia.zoom.us/j/83920174455?pwd=bE9xRk1uQ2xvZ2VmU3dN

        You'll be meeting with:
        Daniel Reyes, Quality Manager – Valladolid plant

        Please reply to this email if you have any questions or need to make a change.

        Best,
        Megan O'Shea
        Talent Acquisition | Nortalia Components
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Hi Eva,</p>
        <p>Thanks for making time to speak with us! Here are the details for your upcoming interview
        for the <strong>Supplier Quality Engineer (Valladolid)</strong> position at Nortalia Components.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Date</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM - 10:45 AM CEST (Central European Summer Time)</td></tr>
        <tr><td><b>Format</b></td><td>Video call (Zoom)</td></tr>
        <tr><td><b>Join</b></td><td><a href="https://nortalia.zoom.us/j/83920174455?pwd=bE9xRk1uQ2xvZ2VmU3dN">https://nortalia.zoom.us/j/83920174455</a></td></tr>
        </table>
        <p>You'll be meeting with:<br>Daniel Reyes, Quality Manager &ndash; Valladolid plant</p>
        <p>Please reply to this email if you have any questions or need to make a change.</p>
        <p>Best,<br>Megan O'Shea<br>Talent Acquisition | Nortalia Components</p>
        <img src="https://app.greenhouse.io/o/5f3a9c1e2b" width="1" height="1" alt="">
        </body></html>
        """)
    hs = head(addr("Nortalia Components", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Supplier Quality Engineer (Valladolid) – Nortalia Components",
              "2026-09-09 16:12", MAD, "from mail-us.greenhouse-mail.io (mail-us.greenhouse-mail.io [198.21.4.77])",
              extra=(("Reply-To", addr("Megan O'Shea", "megan.oshea@nortaliacomponents.com")),))
    return make.message(hs, alt(text(body), html(page)))


@make.mail(N(2), family="workday", lang="es", interview=True, kind="scheduled",
           contact="lucia.herrero@castrum-automocion.es", company="Castrum Automoción",
           note="Workday en español, 'lunes, 21 de septiembre de 2026, 12:00 - 13:00 (CEST)' Madrid -> "
                "10:00Z-11:00Z; From is the Workday tenant address, contact = recruiter address in the body",
           **pos("Mon 2026-09-21 12:00", "13:00", MAD))
def m02() -> bytes:
    body = t("""
        Hola, Eva:

        Te confirmamos la entrevista para la posición R-10482 Ingeniero/a de Calidad de Cliente
        (Venta de Baños).

        Fecha: lunes, 21 de septiembre de 2026
        Hora: 12:00 - 13:00 (CEST)
        Lugar: Castrum Automoción, Avda. de la Industria 14, 34200 Venta de Baños (Palencia).
        Pregunta en recepción por Lucía Herrero.
        Entrevistadores: Lucía Herrero (Talent Acquisition) y Óscar Peña (Responsable de Calidad)

        Recuerda traer tu DNI para el acceso a planta. Si necesitas cambiar la fecha, escribe a
        Lucía Herrero (lucia.herrero@castrum-automocion.es).

        Puedes consultar el estado de tu candidatura en cualquier momento en nuestro portal de empleo.

        Un saludo,
        Equipo de Selección – Castrum Automoción

        Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Roboto,Arial,sans-serif;font-size:14px">
        <p>Hola, Eva:</p>
        <p>Te confirmamos la entrevista para la posición <b>R-10482 Ingeniero/a de Calidad de Cliente (Venta de Baños)</b>.</p>
        <p><b>Fecha:</b> lunes, 21 de septiembre de 2026<br>
        <b>Hora:</b> 12:00 - 13:00 (CEST)<br>
        <b>Lugar:</b> Castrum Automoción, Avda. de la Industria 14, 34200 Venta de Baños (Palencia).
        Pregunta en recepción por Lucía Herrero.<br>
        <b>Entrevistadores:</b> Lucía Herrero (Talent Acquisition) y Óscar Peña (Responsable de Calidad)</p>
        <p>Recuerda traer tu DNI para el acceso a planta. Si necesitas cambiar la fecha, escribe a
        Lucía Herrero (<a href="mailto:lucia.herrero@castrum-automocion.es">lucia.herrero@castrum-automocion.es</a>).</p>
        <p>Puedes consultar el estado de tu candidatura en cualquier momento en nuestro
        <a href="https://wd3.myworkdaysite.com/es-ES/recruiting/castrum/Castrum_Careers">portal de empleo</a>.</p>
        <p>Un saludo,<br>Equipo de Selección &ndash; Castrum Automoción</p>
        <p style="font-size:11px;color:#777">Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo.</p>
        </div></body></html>
        """)
    hs = head(addr("Castrum Automoción", "castrum@myworkday.com"),
              "Confirmación de entrevista: Ingeniero/a de Calidad de Cliente (R-10482)",
              "2026-09-17 09:05", MAD, "from wd3-mta12.myworkday.com (wd3-mta12.myworkday.com [216.32.180.41])")
    return make.message(hs, alt(text(body), html(page)))


@make.mail(N(3), family="outlook_calendar", lang="es", interview=True, kind="scheduled",
           contact="jorge.maroto@valdeolmos-estampacion.es", company="Valdeolmos Estampación",
           note="Exchange meeting request in Spanish; body 'Cuándo' shows '(UTC+01:00) Bruselas, Copenhague, "
                "Madrid, París' (the standard offset) but 1 Oct is CEST: 16:30-17:15 Madrid -> 14:30Z-15:15Z, "
                "as the ICS (TZID Romance Standard Time) confirms; contact = ORGANIZER/sender",
           **pos("Thu 2026-10-01 16:30", "17:15", MAD))
def m03() -> bytes:
    body = t("""
        Cuándo: jueves, 1 de octubre de 2026 16:30-17:15 (UTC+01:00) Bruselas, Copenhague, Madrid, París.
        Dónde: Reunión de Microsoft Teams

        Buenas tardes, Eva:

        Como hablamos por teléfono, te envío la convocatoria para la entrevista con Marisa Fuentes
        (Directora de Calidad) y conmigo. Será por Teams.

        Un saludo,
        Jorge Maroto
        Recursos Humanos – Valdeolmos Estampación, S.L.

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse desde el equipo, la aplicación móvil o el dispositivo de sala
        Haga clic aquí para unirse a la reunión <https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmQ4NjE2ZDMtOTM1@thread.v2/0>
        Id. de reunión: 342 518 906 274
        Código de acceso: x7Pq3M
        Descargar Teams <https://www.microsoft.com/microsoft-teams/download-app> | Unirse en la web <https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Más información <https://aka.ms/JoinTeamsMeeting> | Opciones de reunión <https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="ES" link="#0563C1" vlink="#954F72"><div class="WordSection1">
        <p class="MsoNormal">Cuándo: jueves, 1 de octubre de 2026 16:30-17:15 (UTC+01:00) Bruselas, Copenhague, Madrid, París.<br>Dónde: Reunión de Microsoft Teams</p>
        <p class="MsoNormal">Buenas tardes, Eva:</p>
        <p class="MsoNormal">Como hablamos por teléfono, te envío la convocatoria para la entrevista con Marisa Fuentes
        (Directora de Calidad) y conmigo. Será por Teams.</p>
        <p class="MsoNormal">Un saludo,<br>Jorge Maroto<br>Recursos Humanos &#8211; Valdeolmos Estampación, S.L.</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        <div style="margin-bottom:24px"><span style="font-size:24px;font-weight:700">Reunión de Microsoft Teams</span></div>
        <div><span style="font-size:14px;font-weight:700">Unirse desde el equipo, la aplicación móvil o el dispositivo de sala</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmQ4NjE2ZDMtOTM1@thread.v2/0">Haga clic aquí para unirse a la reunión</a></div>
        <div>Id. de reunión: 342 518 906 274<br>Código de acceso: x7Pq3M</div>
        </div></body></html>
        """)
    start, end = ";TZID=Romance Standard Time:20261001T163000", ";TZID=Romance Standard Time:20261001T171500"
    ics = vevent_ics(
        prodid="Microsoft Exchange Server 2010", method="REQUEST",
        uid="040000008200E00074C5B7101A82E00800000000A0C3D1F04C4BDC01000000000000000010000000" + h("m03", 16).upper(),
        stamp="20260928T092000Z", start=start, end=end,
        summary="Entrevista Ingeniera de Calidad – Eva Calvo",
        organizer=";CN=Jorge Maroto:mailto:jorge.maroto@valdeolmos-estampacion.es",
        location="Reunión de Microsoft Teams", vtz=vtz_windows("Romance Standard Time"),
        description="Como hablamos por teléfono, te envío la convocatoria para la entrevista.",
        extra=EXCHANGE_X)
    hs = head(addr("Jorge Maroto", "jorge.maroto@valdeolmos-estampacion.es"),
              "Entrevista Ingeniera de Calidad – Eva Calvo", "2026-09-28 11:20", MAD,
              "from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2071.outbound.protection.outlook.com [40.107.105.71])",
              extra=exchange_headers("Entrevista Ingeniera de Calidad – Eva Calvo", "m03"))
    return make.message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@make.mail(N(4), family="human_prose", lang="es", interview=True, kind="scheduled",
           contact="marta.gil@tormesplasticos.es", company="Tormes Plásticos",
           note="Tú prose, 'el jueves a las 10:00' resolved against the Date (Mon 7 Sep 2026, Madrid) -> "
                "Thu 10 Sep 10:00 CEST = 08:00Z; 'en torno a hora y media' is approximate, end null; "
                "contact = human sender",
           **pos("Thu 2026-09-10 10:00", None, MAD))
def m04() -> bytes:
    body = t("""
        Hola Eva,

        Gracias por la llamada de esta mañana. Te confirmo lo que hablamos: te esperamos el jueves a
        las 10:00 en la planta de Venta de Baños (Polígono La Ventilla, nave 7). Estarás con Álvaro
        Nieto, el jefe de calidad, y después te enseñamos las líneas de inyección. Calcula en torno a
        hora y media.

        Aparca dentro sin problema, la barrera de la entrada se abre desde la garita; di que vienes
        a verme a mí.

        Cualquier cosa me dices.

        Un abrazo,
        Marta Gil
        RR. HH. · Tormes Plásticos
        979 00 00 41
        """)
    hs = head(addr("Marta Gil", "marta.gil@tormesplasticos.es"), "Entrevista jueves - Tormes Plásticos",
              "2026-09-07 18:40", MAD, "from smtp.tormesplasticos.es (smtp.tormesplasticos.es [185.42.104.18])",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return make.message(hs, text(body, cte="8bit"))


@make.mail(N(5), family="human_prose", lang="es-AR", interview=True, kind="scheduled",
           contact="sebastian.ledesma@metalurgicaparana.com.ar", company="Metalúrgica Paraná",
           note="Argentine Spanish (vos); 'el miércoles 7 a las 10 hs (hora de Argentina)', UTC-3 all year -> "
                "13:00Z (the mail also says 15 hs in Spain, CEST); 'una hora, más o menos' -> end null",
           **pos("Wed 2026-10-07 10:00", None, BA))
def m05() -> bytes:
    body = t("""
        Hola Eva, ¿cómo andás?

        Te escribo para confirmarte la entrevista con el ingeniero Gustavo Ferreyra, gerente de
        calidad de la planta de Rafaela: queda el miércoles 7 a las 10 hs (hora de Argentina; para
        vos serían las 15 hs en España). La hacemos por Google Meet, te dejo el link:
        https://meet.google.com/qcv-ytmd-nph

        Va a durar una hora, más o menos. Tené a mano el CV en inglés porque se suma un rato alguien
        de la casa matriz.

        Cualquier cosa avisame por acá.

        Saludos,
        Sebastián Ledesma
        Selección de Personal – Metalúrgica Paraná S.A.
        Rafaela, Santa Fe
        """)
    hs = head(addr("Sebastián Ledesma", "sebastian.ledesma@metalurgicaparana.com.ar"),
              "Entrevista con Gustavo Ferreyra - Metalúrgica Paraná", "2026-10-01 19:10", BA,
              "from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
              msgid="<CAF7kR2hQw8v1NnpZ0aXbq9mK3dP5s_8yLr2uJtE4gA@mail.gmail.com>")
    return make.message(hs, gmail(body))


KESSLER_ORG = ";CN=Anja Weber:mailto:anja.weber@kessler-antriebe.de"
KESSLER_UID = "040000008200E00074C5B7101A82E00800000000D02A6B7E3F62DC010000000000000000100000004B1D5A7C"


@make.mail(N(6), family="outlook_calendar", lang="en", interview=True, kind="scheduled",
           contact="anja.weber@kessler-antriebe.de", company="Kessler Antriebstechnik",
           note="Exchange request sent Thu 22 Oct (CEST) for Tue 27 Oct, after the 25 Oct switch to CET: "
                "14:00-15:00 W. Europe Standard Time = 13:00Z-14:00Z (the mail adds 'same time in Palencia'); "
                "contact = ORGANIZER/sender",
           **pos("Tue 2026-10-27 14:00", "15:00", "Europe/Berlin"))
def m06() -> bytes:
    body = t("""
        When: Tuesday, 27 October 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
        Where: Microsoft Teams Meeting

        Dear Eva,

        Thank you for your application for the position of Supplier Quality Engineer (Spain / Portugal).
        Please find attached the invitation for our interview. You will speak with Thomas Brandt
        (Head of Supplier Quality EMEA) and myself. It is the same clock time in Palencia.

        Kind regards
        Anja Weber
        HR Business Partner
        Kessler Antriebstechnik GmbH | Industriestraße 21 | 73037 Göppingen

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA1N2E0OGQtMmU3@thread.v2/0>
        Meeting ID: 375 902 116 483
        Passcode: Rk4Tz9
        ________________________________________________________________________________
        """)
    ics = vevent_ics(
        prodid="Microsoft Exchange Server 2010", method="REQUEST", uid=KESSLER_UID, stamp="20261022T081500Z",
        start=";TZID=W. Europe Standard Time:20261027T140000", end=";TZID=W. Europe Standard Time:20261027T150000",
        summary="Interview Supplier Quality Engineer - Eva Calvo", organizer=KESSLER_ORG,
        location="Microsoft Teams Meeting", vtz=make.VTZ["W. Europe Standard Time"], extra=EXCHANGE_X)
    hs = head(addr("Weber, Anja", "anja.weber@kessler-antriebe.de"),
              "Interview Supplier Quality Engineer - Eva Calvo", "2026-10-22 10:15", "Europe/Berlin",
              "from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2049.outbound.protection.outlook.com [40.107.21.49])",
              extra=exchange_headers("Interview Supplier Quality Engineer - Eva Calvo", "m06"))
    return make.message(hs, alt(text(body), calendar(ics, cte="base64")))


@make.mail(N(7), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
           contact="dana.whitfield@lakeshoredrivetrain.com", company="Lakeshore Drivetrain",
           note="Sent Thu 29 Oct in EDT for Tue 3 Nov 9:00 AM Eastern, after the US switch to EST on 1 Nov: "
                "14:00Z-14:45Z (= 15:00 in Madrid, as the mail says); ICS in UTC; contact = Reply-To recruiter",
           **pos("Tue 2026-11-03 09:00", "09:45", "America/Detroit"))
def m07() -> bytes:
    body = t("""
        Dear Eva,

        Your interview for Global Supplier Quality Engineer – EU Programs (REF3318K) has been scheduled.

        Tuesday, November 3, 2026
        9:00 AM - 9:45 AM Eastern Time (US & Canada)
        (3:00 PM - 3:45 PM in Madrid)

        Interview type: Video interview (Microsoft Teams)
        Interviewer: Dana Whitfield, Senior Recruiter

        A calendar invitation is attached. If you need to reschedule, please reply to this message.

        Best regards,
        Lakeshore Drivetrain Talent Acquisition

        Powered by SmartRecruiters
        """)
    ics = vevent_ics(
        prodid="-//SmartRecruiters//Interview Scheduler//EN", method="REQUEST", uid=f"{h('m07', 32)}@smartrecruiters.com",
        stamp="20261029T173000Z", start=":20261103T140000Z", end=":20261103T144500Z",
        summary="Interview: Global Supplier Quality Engineer - EU Programs",
        organizer=";CN=Dana Whitfield:mailto:dana.whitfield@lakeshoredrivetrain.com",
        location="Microsoft Teams")
    hs = head(addr("Lakeshore Drivetrain", "no-reply@smartrecruiters.com"),
              "Interview scheduled: Global Supplier Quality Engineer – EU Programs", "2026-10-29 13:30",
              "America/Detroit", "from mail-out7.smartrecruiters.com (mail-out7.smartrecruiters.com [52.29.118.7])",
              extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@lakeshoredrivetrain.com")),))
    return make.message(hs, mixed(text(body), calendar(ics, filename="invite.ics", disposition="attachment",
                                                       name_param=True)))


@make.mail(N(8), family="personio", lang="es", interview=True, kind="scheduled",
           contact="beatriz.sanz@hartmann-sitze.es", company="Hartmann Sitzsysteme España",
           note="Personio invitation (usted), 'lunes, 5 de octubre de 2026, 09:30 - 10:30' Madrid CEST -> "
                "07:30Z-08:30Z; contact = human Reply-To",
           **pos("Mon 2026-10-05 09:30", "10:30", MAD))
def m08() -> bytes:
    body = t("""
        Estimada Sra. Calvo:

        Nos complace invitarle a una entrevista personal para el puesto de Ingeniero/a de Calidad
        de Producto (m/f/d) en nuestra planta de Valladolid.

        Fecha: lunes, 5 de octubre de 2026
        Hora: 09:30 - 10:30
        Lugar: Hartmann Sitzsysteme España S.L., Calle Metal 9, Polígono San Cristóbal, 47012 Valladolid

        Le atenderán la Sra. Beatriz Sanz (Recursos Humanos) y el Sr. Iñigo Arrieta (Quality Manager).

        Si no pudiera asistir, le rogamos nos lo comunique respondiendo a este correo.

        Atentamente,
        Beatriz Sanz
        Recursos Humanos
        Hartmann Sitzsysteme España S.L.
        """)
    page = "<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head(addr("Hartmann Sitzsysteme España", "no-reply@mail.personio.de"),
              "Invitación a entrevista – Ingeniero/a de Calidad de Producto (m/f/d)", "2026-09-30 12:44", MAD,
              "from mail.personio.de (mail.personio.de [18.184.201.20])",
              extra=(("Reply-To", addr("Beatriz Sanz", "beatriz.sanz@hartmann-sitze.es")),))
    return make.message(hs, alt(text(body), html(page)))


@make.mail(N(9), family="teamtailor", lang="es", interview=True, kind="scheduled",
           contact="ingrid.lund@nordicafrenos.es", company="Nórdica Frenos",
           note="Teamtailor confirmation in Spanish, 'miércoles 14 de octubre, 11:00-11:45 (hora peninsular)' "
                "Madrid CEST -> 09:00Z-09:45Z, ICS in UTC; RFC 2047 sender name; contact = Reply-To",
           **pos("Wed 2026-10-14 11:00", "11:45", MAD))
def m09() -> bytes:
    body = t("""
        ¡Hola Eva!

        Tu entrevista con Nórdica Frenos está confirmada.

        Puesto: Técnico/a Superior de Calidad – Planta de Burgos
        Cuándo: miércoles 14 de octubre, 11:00-11:45 (hora peninsular)
        Dónde: videollamada – https://nordicafrenos.teamtailor.com/meetings/7Kp2xQ
        Con: Ingrid Lund (Quality Director) y Rubén Alonso (Recursos Humanos)

        Te adjuntamos la invitación para que la añadas a tu calendario. Si necesitas cambiar algo,
        responde a este correo y lo vemos.

        ¡Hasta pronto!
        Ingrid Lund
        Nórdica Frenos
        """)
    ics = vevent_ics(
        prodid="-//Teamtailor//Meetings//EN", method="REQUEST", uid=f"meeting-{h('m09', 20)}@teamtailor.com",
        stamp="20261009T120300Z", start=":20261014T090000Z", end=":20261014T094500Z",
        summary="Entrevista: Técnico/a Superior de Calidad – Nórdica Frenos",
        organizer=";CN=Ingrid Lund:mailto:ingrid.lund@nordicafrenos.es",
        location="https://nordicafrenos.teamtailor.com/meetings/7Kp2xQ")
    hs = head(addr("Nórdica Frenos", "no-reply@teamtailor-mail.com"), "Entrevista confirmada con Nórdica Frenos",
              "2026-10-09 14:03", MAD, "from mail.teamtailor-mail.com (mail.teamtailor-mail.com [159.135.228.10])",
              extra=(("Reply-To", addr("Ingrid Lund", "ingrid.lund@nordicafrenos.es")),))
    return make.message(hs, mixed(alt(text(body), html(make.gmail_html(body))),
                                  calendar(ics, method=None, cte="base64", filename="entrevista.ics",
                                           disposition="attachment")))


@make.mail(N(10), family="goodtime", lang="en", interview=True, kind="scheduled",
           contact="chloe.martin@altavia-ev.com", company="Altavia Electric Vehicles",
           note="GoodTime onsite itinerary, HTML only (base64), three sessions Thu 12 Nov 09:00-12:30 CET "
                "(Madrid) -> start = first 08:00Z, end = last 11:30Z; contact = Reply-To coordinator",
           **pos("Thu 2026-11-12 09:00", "12:30", MAD))
def m10() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Your interview itinerary</title></head>
        <body style="margin:0;background:#f4f5f7;font-family:Helvetica,Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="24" style="background:#ffffff">
        <tr><td>
        <h2 style="color:#0b3954">Your onsite interview is confirmed</h2>
        <p>Hi Eva,</p>
        <p>We're excited to welcome you to our Villamuriel de Cerrato plant for your onsite interview for
        <b>Quality Engineer – Battery Pack Assembly</b>. Please find your itinerary below
        (all times Central European Time, CET).</p>
        <p><b>Thursday, November 12, 2026</b></p>
        <table cellpadding="6" style="border:1px solid #dde">
        <tr><td>9:00 AM - 10:00 AM</td><td>Héctor Blanco, Plant Quality Manager</td></tr>
        <tr><td>10:15 AM - 11:00 AM</td><td>Plant tour with Sara Lozano, Production Lead</td></tr>
        <tr><td>11:15 AM - 12:30 PM</td><td>Case study: 8D on a supplier escape, with the Quality team</td></tr>
        </table>
        <p><b>Location:</b> Altavia EV, Carretera de Villamuriel km 2, 34190 Villamuriel de Cerrato (Palencia).
        Please bring safety shoes if you have them; we'll provide the rest.</p>
        <p>Questions? Reply to this email to reach your coordinator, Chloé Martin.</p>
        <p style="color:#888;font-size:12px">Sent via GoodTime on behalf of Altavia Electric Vehicles.</p>
        </td></tr></table></td></tr></table>
        </body></html>
        """)
    hs = head(addr("Altavia EV Recruiting", "scheduling@goodtime.io"),
              "Your interview itinerary – Altavia Electric Vehicles", "2026-11-03 17:20", MAD,
              "from o1.email.goodtime.io (o1.email.goodtime.io [167.89.64.21])",
              extra=(("Reply-To", addr("Chloé Martin", "chloe.martin@altavia-ev.com")),))
    return make.message(hs, html(page, cte="base64"))


@make.mail(N(11), family="calendly", lang="es", interview=True, kind="scheduled",
           contact="irene.pascual@lumbralcomposites.es", company="Lumbral Composites",
           note="Calendly invitee confirmation in Spanish, 'martes, 29 de septiembre de 2026 10:30 - 11:00 "
                "(Hora de Europa central)' -> Madrid CEST 08:30Z-09:00Z, ICS in UTC; contact = host (Reply-To)",
           **pos("Tue 2026-09-29 10:30", "11:00", MAD))
def m11() -> bytes:
    body = t("""
        Hola, Eva Calvo:

        Tu evento programado con Irene Pascual está confirmado.

        Evento: Entrevista telefónica - Ingeniero/a de Calidad (30 min)
        Fecha y hora del evento:
        10:30 - 11:00, martes, 29 de septiembre de 2026 (Hora de Europa central)

        Ubicación:
        Irene te llamará al +34 6XX XXX 218.

        ¿Necesitas hacer cambios en este evento?
        Cancelar: https://calendly.com/cancellations/1f6b2c9e-8a40-4d2b-9c11-7e5a3b0d2f48
        Reprogramar: https://calendly.com/reschedulings/1f6b2c9e-8a40-4d2b-9c11-7e5a3b0d2f48

        Con tecnología de Calendly.com
        """)
    ics = vevent_ics(
        prodid="-//Calendly//Calendly//EN", method="REQUEST", uid="1f6b2c9e-8a40-4d2b-9c11-7e5a3b0d2f48",
        stamp="20260923T181400Z", start=":20260929T083000Z", end=":20260929T090000Z",
        summary="Entrevista telefónica - Ingeniero/a de Calidad entre Irene Pascual y Eva Calvo",
        organizer=";CN=Irene Pascual:mailto:irene.pascual@lumbralcomposites.es",
        location="Irene te llamará al +34 6XX XXX 218.")
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmado: Entrevista telefónica - Ingeniero/a de Calidad con Irene Pascual el martes, "
              "29 de septiembre de 2026", "2026-09-23 20:14", MAD,
              "from o3.ptr4187.calendly.com (o3.ptr4187.calendly.com [149.72.157.54])",
              extra=(("Reply-To", addr("Irene Pascual", "irene.pascual@lumbralcomposites.es")),))
    return make.message(hs, mixed(alt(text(body), html(make.gmail_html(body))),
                                  calendar(ics, cte="base64", filename="invite.ics", disposition="attachment",
                                           ctype="application/ics", method=None)))


@make.mail(N(12), family="ms_bookings", lang="es", interview=True, kind="scheduled", contact=None,
           company="Aceros Pisuerga",
           note="Microsoft Bookings from a shared mailbox; body shows '(UTC+01:00) Bruselas, Copenhague, Madrid, "
                "París' but 24 Sep is CEST: 11:00 Madrid = 09:00Z (ICS Romance Standard Time agrees); only a "
                "staff name, no personal address -> contact null",
           **pos("Thu 2026-09-24 11:00", "11:45", MAD))
def m12() -> bytes:
    body = t("""
        Reserva confirmada

        Hola, Eva Calvo:

        Gracias por reservar con Aceros Pisuerga - Selección.

        Servicio: Entrevista Ingeniería de Calidad
        Fecha: jueves, 24 de septiembre de 2026
        Hora: 11:00 - 11:45 (UTC+01:00) Bruselas, Copenhague, Madrid, París
        Personal: Ramón Villa
        Lugar: Aceros Pisuerga, Ctra. de Burgos km 3, Palencia (edificio de oficinas, 1.ª planta)

        Si necesitas hacer cambios, usa los enlaces de abajo o llámanos al 979 00 00 77.

        Administrar reserva: https://outlook.office365.com/owa/calendar/AcerosPisuergaSeleccion@acerospisuerga.onmicrosoft.com/bookings/
        """)
    ics = vevent_ics(
        prodid="Microsoft Exchange Server 2010", method="REQUEST",
        uid="040000008200E00074C5B7101A82E0080000000070C85E9D5F48DC01000000000000000010000000" + h("m12", 16).upper(),
        stamp="20260918T063100Z", start=";TZID=Romance Standard Time:20260924T110000",
        end=";TZID=Romance Standard Time:20260924T114500", summary="Entrevista Ingeniería de Calidad",
        organizer=";CN=Aceros Pisuerga - Selección:mailto:AcerosPisuergaSeleccion@acerospisuerga.onmicrosoft.com",
        location="Aceros Pisuerga, Ctra. de Burgos km 3, Palencia", vtz=vtz_windows("Romance Standard Time"),
        extra=EXCHANGE_X)
    hs = head(addr("Aceros Pisuerga - Selección", "AcerosPisuergaSeleccion@acerospisuerga.onmicrosoft.com"),
              "Reserva confirmada: Entrevista Ingeniería de Calidad", "2026-09-18 08:31", MAD,
              "from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2062.outbound.protection.outlook.com [40.107.249.62])")
    return make.message(hs, alt(text(body), html(make.gmail_html(body)), calendar(ics, cte="base64")))


@make.mail(N(13), family="google_calendar", lang="es", interview=True, kind="scheduled",
           contact="pablo.esteban@robledal-automotive.com", company="Robledal Automotive",
           note="Google Calendar invitation, Spanish UI, 'jue 22 oct 2026 16:00 - 17:00 (CEST)' Madrid -> "
                "14:00Z-15:00Z; contact = ORGANIZER",
           **pos("Thu 2026-10-22 16:00", "17:00", MAD))
def m13() -> bytes:
    body = t("""
        Pablo Esteban te ha invitado a un evento

        Entrevista técnica – Ingeniera de Calidad de Proveedores
        jueves, 22 de octubre de 2026 · 16:00 – 17:00
        Zona horaria: Europe/Madrid

        Unirse con Google Meet
        https://meet.google.com/hzw-pkra-tfe

        Descripción:
        Hola Eva, te paso la invitación para la entrevista técnica con Pablo y Noelia (calidad de
        proveedores). Un saludo, Pablo.

        Invitados
        Pablo Esteban - organizador
        Noelia Rueda
        eva.calvo@example.org

        ¿Vas a asistir? Sí / Quizás / No

        Invitación de Google Calendar

        Has recibido este correo porque eres un invitado del evento. Para dejar de recibir
        actualizaciones de este evento, rechaza la invitación.
        """)
    ics = vevent_ics(
        prodid="-//Google Inc//Google Calendar 70.9054//EN", method="REQUEST", uid=f"{h('m13', 26)}@google.com",
        stamp="20261019T074700Z", start=";TZID=Europe/Madrid:20261022T160000",
        end=";TZID=Europe/Madrid:20261022T170000",
        summary="Entrevista técnica – Ingeniera de Calidad de Proveedores",
        organizer=";CN=Pablo Esteban:mailto:pablo.esteban@robledal-automotive.com",
        location="https://meet.google.com/hzw-pkra-tfe", vtz=VTZ_MADRID)
    hs = head(addr("Pablo Esteban", "pablo.esteban@robledal-automotive.com"),
              "Invitación: Entrevista técnica – Ingeniera de Calidad de Proveedores @ jue 22 oct 2026 "
              "16:00 - 17:00 (CEST) (eva.calvo@example.org)", "2026-10-19 09:47", MAD,
              "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Reply-To", addr("Pablo Esteban", "pablo.esteban@robledal-automotive.com")),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return make.message(hs, mixed(alt(text(body), html(make.gmail_html(body)), calendar(ics, cte="base64")),
                                  calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                           filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(14), family="reply_quoted", lang="es", interview=True, kind="scheduled",
           contact="alfonso.prieto@fundicionescarrion.es", company="Fundiciones Carrión",
           note="Usted reply on top of the quoted thread, sent Wed 21 Oct (CEST) confirming 'el lunes 26 a las "
                "9:30', after the 25 Oct change: 09:30 CET = 08:30Z; windows-1252 quoted-printable; "
                "contact = human sender",
           **pos("Mon 2026-10-26 09:30", None, MAD))
def m14() -> bytes:
    body = t("""
        Estimada Sra. Calvo:

        Perfecto, queda confirmada entonces la entrevista para el lunes 26 a las 9:30 en nuestras
        oficinas de la Avenida de Cuba, 31 (Palencia). Le recibiremos el director técnico, D. Ernesto
        Calleja, y yo mismo.

        Reciba un cordial saludo,

        Alfonso Prieto Requejo
        Dpto. de Personal – Fundiciones Carrión, S.A.
        Tel. 979 00 00 19

        -----Mensaje original-----
        De: Eva Calvo <eva.calvo@example.org>
        Enviado el: martes, 20 de octubre de 2026 21:04
        Para: Alfonso Prieto <alfonso.prieto@fundicionescarrion.es>
        Asunto: Re: Proceso de selección Ingeniero/a de Calidad

        Buenas noches, Sr. Prieto:

        Muchas gracias. El lunes 26 a las 9:30 me viene perfecto.

        Un saludo,
        Eva Calvo

        -----Mensaje original-----
        De: Alfonso Prieto <alfonso.prieto@fundicionescarrion.es>
        Enviado el: martes, 20 de octubre de 2026 13:37
        Para: eva.calvo@example.org
        Asunto: Proceso de selección Ingeniero/a de Calidad

        Estimada Sra. Calvo:

        Tras revisar su candidatura, nos gustaría conocerle en persona. ¿Le vendría bien el lunes
        26 a las 9:30 o, si no, el martes 27 a las 12:00?

        Un saludo,
        Alfonso Prieto
        """)
    hs = head(addr("Alfonso Prieto", "alfonso.prieto@fundicionescarrion.es"),
              "RE: Proceso de selección Ingeniero/a de Calidad", "2026-10-21 12:05", MAD,
              "from correo.fundicionescarrion.es (correo.fundicionescarrion.es [91.117.62.30])",
              charset="windows-1252",
              extra=(("In-Reply-To", "<CAm3eVa0Ca1vo8Rk2x@mail.example.org>"),
                     ("References", "<000a01dc6f4a$7e1c2b30$7a548190$@fundicionescarrion.es> "
                                    "<CAm3eVa0Ca1vo8Rk2x@mail.example.org>"),
                     ("X-Mailer", "Microsoft Outlook 16.0")))
    return make.message(hs, text(body, charset="windows-1252"))


@make.mail(N(15), family="forwarded", lang="en", interview=True, kind="scheduled",
           contact="giulia.ferraro@velocesensors.it", company="Veloce Sensors",
           note="Eva forwards an Ashby confirmation from her other address to herself; 'Friday, November 20, "
                "2026, 3:00 PM - 4:00 PM CET' (Turin, Europe/Rome) -> 14:00Z-15:00Z; sender is the candidate, "
                "contact = the recruiter in the forwarded Reply-To",
           **pos("Fri 2026-11-20 15:00", "16:00", "Europe/Rome"))
def m15() -> bytes:
    body = t("""
        Para tenerlo también en este correo.

        ---------- Forwarded message ---------
        From: Veloce Sensors <no-reply@ashbyhq.com>
        Date: Fri, Nov 13, 2026 at 5:02 PM
        Subject: Interview confirmed: Customer Quality Engineer (Iberia) at Veloce Sensors
        To: Eva Calvo <eva.calvo@example.com>
        Reply-To: Giulia Ferraro <giulia.ferraro@velocesensors.it>


        Hi Eva,

        Your interview is confirmed. We look forward to speaking with you!

        Friday, November 20, 2026, 3:00 PM – 4:00 PM CET
        Google Meet: https://meet.google.com/vkt-rqbe-osd

        You'll meet with:
          Marco Bellini — Head of Customer Quality

        Questions? Just reply and it will reach Giulia Ferraro.

        Thanks,
        Veloce Sensors Recruiting
        """)
    hs = head(addr("Eva Calvo", "eva.calvo@example.com"),
              "Fwd: Interview confirmed: Customer Quality Engineer (Iberia) at Veloce Sensors",
              "2026-11-15 21:30", MAD, "from mail-sor-f46.google.com (mail-sor-f46.google.com [209.85.220.46])",
              msgid="<CAEvA3kP0xq9_Ld7Rz2wN1f8uV6cYbHn4tMa5@mail.gmail.com>")
    return make.message(hs, gmail(body))


@make.mail(N(16), family="ics_attachment", lang="en", interview=True, kind="scheduled",
           contact="tom.hartley@brennankluge.co.uk", company="Brennan & Kluge Automotive",
           note="Human mail 'invite attached for our chat next week': the time is only in invite.ics, "
                "TZID GMT Standard Time 10:00-11:00 on Thu 3 Dec (GMT) = 10:00Z-11:00Z; contact = sender/ORGANIZER",
           **pos("Thu 2026-12-03 10:00", "11:00", "Europe/London"))
def m16() -> bytes:
    body = t("""
        Hi Eva,

        Lovely to speak earlier. As promised, the invite for our chat next week is attached – Teams
        link is in there. Gareth from our Coventry supplier development team will join us as well.

        Any problems with the time, just shout.

        Cheers,
        Tom

        Tom Hartley
        Supplier Quality Manager – Europe
        Brennan & Kluge Automotive Ltd
        """)
    ics = vevent_ics(
        prodid="Microsoft Exchange Server 2010", method="REQUEST",
        uid="040000008200E00074C5B7101A82E00800000000E0B19F4A6A7BDC01000000000000000010000000" + h("m16", 16).upper(),
        stamp="20261127T165000Z", start=";TZID=GMT Standard Time:20261203T100000",
        end=";TZID=GMT Standard Time:20261203T110000", summary="Eva Calvo / Tom Hartley - SQE role",
        organizer=";CN=Tom Hartley:mailto:tom.hartley@brennankluge.co.uk", location="Microsoft Teams Meeting",
        vtz=make.VTZ["GMT Standard Time"], extra=EXCHANGE_X)
    hs = head(addr("Tom Hartley", "tom.hartley@brennankluge.co.uk"), "Catch-up next week", "2026-11-27 16:50",
              "Europe/London",
              "from GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2090.outbound.protection.outlook.com [40.107.10.90])")
    return make.message(hs, mixed(text(body), calendar(ics, filename="invite.ics", disposition="attachment",
                                                       name_param=True)))


@make.mail(N(17), family="icims", lang="en", interview=True, kind="rescheduled",
           contact="kevin.oduya@brightwatermobility.com", company="Brightwater Mobility",
           note="iCIMS plain-text reschedule from Chicago: old Tue 10/20, new 'Thursday, 10/22/2026, 8:00 AM - "
                "9:00 AM Central Time' (CDT, UTC-5) -> 13:00Z-14:00Z (3 PM in Spain); contact = address in the body",
           **pos("Thu 2026-10-22 08:00", "09:00", "America/Chicago"))
def m17() -> bytes:
    body = t("""
        Hello Eva,

        Due to a conflict on the hiring manager's calendar, your interview for Supplier Quality
        Engineer - Europe (Req 2026-4471) has been rescheduled.

        Previous time: Tuesday, 10/20/2026, 8:00 AM - 9:00 AM Central Time
        NEW time:      Thursday, 10/22/2026, 8:00 AM - 9:00 AM Central Time
                       (3:00 PM - 4:00 PM in Spain)

        Interviewer: Rachel Novak, Director of Supplier Quality
        Format: Zoom - https://brightwatermobility.zoom.us/j/91827364550

        We apologize for any inconvenience. If the new time does not work for you, please contact
        Kevin Oduya at kevin.oduya@brightwatermobility.com.

        Thank you,
        Brightwater Mobility Talent Acquisition

        Please do not reply to this message. This mailbox is not monitored.
        """)
    hs = head(addr("Brightwater Mobility", "brightwatermobility@talent.icims.com"),
              "Interview Rescheduled - Supplier Quality Engineer - Europe", "2026-10-16 15:12", "America/Chicago",
              "from smtp2.icims.com (smtp2.icims.com [12.152.229.70])")
    return make.message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(18), family="recruitee", lang="es", interview=True, kind="rescheduled",
           contact="nuria.blanco@mecanizadostdc.es", company="Mecanizados Tierra de Campos",
           note="Recruitee reschedule: old 'lunes 30 de noviembre a las 17:00', new 'martes 1 de diciembre, "
                "12:00 - 12:45' Madrid CET -> 11:00Z-11:45Z; contact = Reply-To",
           **pos("Tue 2026-12-01 12:00", "12:45", MAD))
def m18() -> bytes:
    body = t("""
        Hola Eva:

        Hemos tenido que cambiar la hora de tu entrevista para el puesto de Responsable de Calidad
        (Villada). Ya no será el lunes 30 de noviembre a las 17:00.

        Nueva fecha: martes 1 de diciembre de 2026, 12:00 - 12:45
        Lugar: nuestras instalaciones, Polígono Industrial de Villada, parcela 12 (Palencia)
        Con: Nuria Blanco (Gerencia) y Felipe Andrés (Producción)

        Si el nuevo horario no te viene bien, respóndenos a este correo.

        Un saludo,
        Nuria Blanco
        Mecanizados Tierra de Campos
        """)
    hs = head(addr("Mecanizados Tierra de Campos", "no-reply@recruiteemail.com"),
              "Cambio de hora de tu entrevista – Responsable de Calidad", "2026-11-25 10:10", MAD,
              "from mail.recruiteemail.com (mail.recruiteemail.com [52.58.77.214])",
              extra=(("Reply-To", addr("Nuria Blanco", "nuria.blanco@mecanizadostdc.es")),))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(19), family="human_prose", lang="es-AR", interview=True, kind="rescheduled",
           contact="sebastian.ledesma@metalurgicaparana.com.ar", company="Metalúrgica Paraná",
           note="Argentine follow-up to the 7 Oct interview: moved to 'el viernes 9 a las 9:30 hs (hora de "
                "Buenos Aires)' = 12:30Z (14:30 in Spain, CEST); 8bit body; contact = sender",
           **pos("Fri 2026-10-09 09:30", None, BA))
def m19() -> bytes:
    body = t("""
        Hola Eva,

        Perdón por el cambio: a Gustavo le surgió un viaje a la planta de Córdoba justo el miércoles,
        así que pasamos la entrevista al viernes 9 a las 9:30 hs (hora de Buenos Aires; para vos las
        14:30). El link de Meet es el mismo que te mandé.

        Gracias por la paciencia, y cualquier cosa me escribís.

        Saludos,
        Sebastián

        El jue, 1 oct 2026 a las 19:10, Sebastián Ledesma (<sebastian.ledesma@metalurgicaparana.com.ar>) escribió:
        > Hola Eva, ¿cómo andás?
        >
        > Te escribo para confirmarte la entrevista con el ingeniero Gustavo Ferreyra, gerente de
        > calidad de la planta de Rafaela: queda el miércoles 7 a las 10 hs (hora de Argentina; para
        > vos serían las 15 hs en España).
        """)
    hs = head(addr("Sebastián Ledesma", "sebastian.ledesma@metalurgicaparana.com.ar"),
              "Re: Entrevista con Gustavo Ferreyra - Metalúrgica Paraná", "2026-10-05 11:20", BA,
              "from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
              msgid="<CAF7kR2iT0mQxW4y9bLs_3hN8cVd1ePq6uK7zRgA@mail.gmail.com>",
              extra=(("In-Reply-To", "<CAF7kR2hQw8v1NnpZ0aXbq9mK3dP5s_8yLr2uJtE4gA@mail.gmail.com>"),
                     ("References", "<CAF7kR2hQw8v1NnpZ0aXbq9mK3dP5s_8yLr2uJtE4gA@mail.gmail.com>")))
    return make.message(hs, text(body, cte="8bit"))


@make.mail(N(20), family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
           contact="anja.weber@kessler-antriebe.de", company="Kessler Antriebstechnik",
           note="Exchange update of the Kessler invite (same UID, SEQUENCE:1): moved to Thu 29 Oct 11:00-12:00 "
                "W. Europe Standard Time (CET after 25 Oct) = 10:00Z-11:00Z; contact = ORGANIZER/sender",
           **pos("Thu 2026-10-29 11:00", "12:00", "Europe/Berlin"))
def m20() -> bytes:
    body = t("""
        When: Thursday, 29 October 2026 11:00-12:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
        Where: Microsoft Teams Meeting

        Dear Eva,

        Unfortunately Thomas has to attend a supplier audit on Tuesday, so I have moved our interview
        to Thursday morning. I hope the new time suits you as well.

        Kind regards
        Anja Weber

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA1N2E0OGQtMmU3@thread.v2/0>
        Meeting ID: 375 902 116 483
        Passcode: Rk4Tz9
        ________________________________________________________________________________
        """)
    ics = vevent_ics(
        prodid="Microsoft Exchange Server 2010", method="REQUEST", uid=KESSLER_UID, stamp="20261023T070200Z",
        start=";TZID=W. Europe Standard Time:20261029T110000", end=";TZID=W. Europe Standard Time:20261029T120000",
        summary="Interview Supplier Quality Engineer - Eva Calvo", organizer=KESSLER_ORG,
        location="Microsoft Teams Meeting", seq=1, vtz=make.VTZ["W. Europe Standard Time"], extra=EXCHANGE_X)
    hs = head(addr("Weber, Anja", "anja.weber@kessler-antriebe.de"),
              "Interview Supplier Quality Engineer - Eva Calvo", "2026-10-23 09:02", "Europe/Berlin",
              "from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2049.outbound.protection.outlook.com [40.107.21.49])",
              extra=exchange_headers("Interview Supplier Quality Engineer - Eva Calvo", "m20"))
    return make.message(hs, alt(text(body), calendar(ics, cte="base64")))


@make.mail(N(21), family="google_calendar", lang="es", interview=True, kind="cancelled",
           contact="lorena.mateos@alcotec-iluminacion.es", company="Alcotec Iluminación",
           note="Google Calendar cancellation (METHOD:CANCEL), 'vie 6 nov 2026 10:00 - 11:00 (CET)' Madrid -> "
                "cancelled slot 09:00Z-10:00Z; contact = ORGANIZER",
           **pos("Fri 2026-11-06 10:00", "11:00", MAD))
def m21() -> bytes:
    body = t("""
        Este evento se ha cancelado y se ha eliminado de tu calendario.

        Entrevista Eva Calvo / Alcotec – Ingeniería de Calidad
        viernes, 6 de noviembre de 2026 · 10:00 – 11:00
        Zona horaria: Europe/Madrid

        Organizador
        Lorena Mateos
        lorena.mateos@alcotec-iluminacion.es

        Invitados
        Lorena Mateos - organizador
        Eva Calvo

        Invitación de Google Calendar
        """)
    ics = vevent_ics(
        prodid="-//Google Inc//Google Calendar 70.9054//EN", method="CANCEL", uid=f"{h('m21', 26)}@google.com",
        stamp="20261102T170500Z", start=";TZID=Europe/Madrid:20261106T100000",
        end=";TZID=Europe/Madrid:20261106T110000",
        summary="Entrevista Eva Calvo / Alcotec – Ingeniería de Calidad",
        organizer=";CN=Lorena Mateos:mailto:lorena.mateos@alcotec-iluminacion.es", seq=1, status="CANCELLED",
        vtz=VTZ_MADRID)
    hs = head(addr("Lorena Mateos", "lorena.mateos@alcotec-iluminacion.es"),
              "Evento cancelado: Entrevista Eva Calvo / Alcotec – Ingeniería de Calidad @ vie 6 nov 2026 "
              "10:00 - 11:00 (CET) (eva.calvo@example.org)", "2026-11-02 18:05", MAD,
              "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return make.message(hs, mixed(alt(text(body), html(make.gmail_html(body)),
                                      calendar(ics, method="CANCEL", cte="base64")),
                                  calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                                           filename="invite.ics", disposition="attachment", name_param=True)))


VTZ_BUDAPEST = vtz_windows("Central Europe Standard Time")


@make.mail(N(22), family="outlook_calendar", lang="en", interview=True, kind="cancelled",
           contact="reka.varga@danubiacastings.hu", company="Danubia Castings",
           note="Exchange METHOD:CANCEL, 'Canceled:' subject, RFC 2047 organizer name; Tue 24 Nov 10:00-11:00 "
                "Central Europe Standard Time (Budapest, CET) -> cancelled slot 09:00Z-10:00Z; position on hold",
           **pos("Tue 2026-11-24 10:00", "11:00", "Europe/Budapest"))
def m22() -> bytes:
    body = t("""
        When: Tuesday, 24 November 2026 10:00-11:00 (UTC+01:00) Belgrade, Bratislava, Budapest, Ljubljana, Prague.
        Where: Microsoft Teams Meeting

        Dear Eva,

        I am sorry to let you know that the Quality Engineer position for our new Spanish customer
        programme has been put on hold, so I have to cancel our interview. I will contact you again
        if the position is reopened.

        Best regards,
        Réka Varga
        HR Generalist | Danubia Castings Kft. | Győr
        """)
    ics = vevent_ics(
        prodid="Microsoft Exchange Server 2010", method="CANCEL",
        uid="040000008200E00074C5B7101A82E008000000003C6F2E1D8A76DC01000000000000000010000000" + h("m22", 16).upper(),
        stamp="20261119T134000Z", start=";TZID=Central Europe Standard Time:20261124T100000",
        end=";TZID=Central Europe Standard Time:20261124T110000",
        summary="Canceled: Interview - Quality Engineer (Eva Calvo)",
        organizer=";CN=Varga Réka:mailto:reka.varga@danubiacastings.hu", location="Microsoft Teams Meeting",
        seq=2, status="CANCELLED", vtz=VTZ_BUDAPEST, extra=EXCHANGE_X.replace("TENTATIVE", "FREE"))
    hs = head(addr("Varga Réka", "reka.varga@danubiacastings.hu"),
              "Canceled: Interview - Quality Engineer (Eva Calvo)", "2026-11-19 14:40", "Europe/Budapest",
              "from EUR04-HE1-obe.outbound.protection.outlook.com (mail-he1eur04on2112.outbound.protection.outlook.com [40.107.7.112])",
              extra=(("Importance", "high"), *exchange_headers("Interview - Quality Engineer (Eva Calvo)", "m22")))
    return make.message(hs, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@make.mail(N(23), family="human_prose", lang="es", interview=True, kind="cancelled",
           contact="marta.gil@tormesplasticos.es", company="Tormes Plásticos",
           note="Tú prose, cancels 'la entrevista de mañana martes a las 10:00' with the plant director; "
                "Date Mon 14 Dec (Madrid) -> Tue 15 Dec 10:00 CET = 09:00Z; the role is frozen, no new time; "
                "contact = sender",
           **pos("Tue 2026-12-15 10:00", None, MAD))
def m23() -> bytes:
    body = t("""
        Hola Eva,

        Siento mucho escribirte con tan poco margen: tenemos que cancelar la entrevista de mañana
        martes a las 10:00 con Ignacio, el director de planta. Desde el grupo nos han congelado la
        contratación hasta que se cierre el presupuesto del año que viene y no puedo seguir con el
        proceso por ahora.

        Me sabe fatal, porque tu candidatura era de las que más nos gustaban. En cuanto se
        desbloquee te llamo yo directamente.

        Un abrazo,
        Marta Gil
        RR. HH. · Tormes Plásticos
        """)
    hs = head(addr("Marta Gil", "marta.gil@tormesplasticos.es"), "Entrevista de mañana", "2026-12-14 08:40", MAD,
              "from smtp.tormesplasticos.es (smtp.tormesplasticos.es [185.42.104.18])",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Importance", "high")))
    return make.message(hs, text(body))


# =========================================================================== negatives


@make.mail(N(24), family="rejection_after_interview", lang="en", interview=False, company="Nortalia Components",
           note="Greenhouse rejection after the 15 Sep interview; mentions the past interview, no new time")
def m24() -> bytes:
    body = t("""
        Hi Eva,

        Thank you again for taking the time to interview with us for the Supplier Quality Engineer
        (Valladolid) role, and for your patience while we completed our process.

        After careful consideration, we have decided to move forward with another candidate whose
        experience more closely matches our current needs. This was a difficult decision, and the
        team really enjoyed your conversation with Daniel.

        We'll keep your profile on file and may reach out about future openings. We wish you the
        very best in your search.

        Kind regards,
        Megan O'Shea
        Talent Acquisition | Nortalia Components
        """)
    hs = head(addr("Nortalia Components", "no-reply@us.greenhouse-mail.io"),
              "Your application to Nortalia Components", "2026-10-02 17:48", MAD,
              "from mail-us.greenhouse-mail.io (mail-us.greenhouse-mail.io [198.21.4.77])",
              extra=(("Reply-To", addr("Megan O'Shea", "megan.oshea@nortaliacomponents.com")),))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(25), family="rejection", lang="es", interview=False, company="Ibérica de Transmisiones",
           note="Taleo rejection before any interview; HTML only, iso-8859-1 quoted-printable")
def m25() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body><font face="Arial" size="2">
        <p>Estimada Eva Calvo:</p>
        <p>Le agradecemos el interés mostrado en la vacante <b>Ingeniero de Calidad Planta &ndash; Zaragoza
        (Req. 26000812)</b> de Ibérica de Transmisiones.</p>
        <p>Tras analizar detenidamente su candidatura, lamentamos comunicarle que en esta ocasión hemos decidido
        continuar el proceso con otros candidatos cuyo perfil se ajusta más a los requisitos del puesto.</p>
        <p>Conservaremos sus datos para futuros procesos de selección, salvo que nos indique lo contrario.</p>
        <p>Atentamente,<br>Departamento de Selección<br>Ibérica de Transmisiones, S.A.</p>
        <p><font size="1">Este es un mensaje automático; por favor, no responda a esta dirección.</font></p>
        </font></body></html>
        """)
    hs = head(addr("Iberica de Transmisiones", "no-reply@taleo.net"),
              "Su candidatura: Ingeniero de Calidad Planta - Zaragoza", "2026-09-11 10:02", MAD,
              "from smtp-out3.taleo.net (smtp-out3.taleo.net [160.34.7.123])")
    return make.message(hs, html(page, charset="iso-8859-1"))


@make.mail(N(26), family="application_receipt", lang="es", interview=False, company="Castrum Automoción",
           note="Workday application receipt, weeks before the Castrum interview; nothing scheduled")
def m26() -> bytes:
    body = t("""
        Hola, Eva:

        Gracias por tu interés en Castrum Automoción. Hemos recibido tu candidatura para la posición
        R-10482 Ingeniero/a de Calidad de Cliente (Venta de Baños).

        Nuestro equipo de selección revisará tu perfil y, si encaja con lo que buscamos, nos pondremos
        en contacto contigo para los siguientes pasos. Puedes seguir el estado de tu candidatura en
        el portal de empleo.

        Un saludo,
        Equipo de Selección – Castrum Automoción
        """)
    hs = head(addr("Castrum Automoción", "castrum@myworkday.com"),
              "Hemos recibido tu candidatura – R-10482 Ingeniero/a de Calidad de Cliente", "2026-09-03 22:17", MAD,
              "from wd3-mta12.myworkday.com (wd3-mta12.myworkday.com [216.32.180.41])")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(27), family="application_receipt", lang="en", interview=False, company="Orbis Battery Systems",
           note="Workable application receipt; relay Reply-To, nothing scheduled")
def m27() -> bytes:
    body = t("""
        Hi Eva,

        Thanks for applying for the Quality Engineer – Cell Manufacturing position at Orbis Battery
        Systems. We've received your application and our team will review it shortly.

        If your profile is a match, we'll get in touch about next steps. In the meantime, you can
        learn more about life at Orbis on our careers page.

        Best,
        The Orbis Battery Systems hiring team
        """)
    hs = head(addr("Orbis Battery Systems", "noreply@candidates.workablemail.com"),
              "Thanks for applying to Orbis Battery Systems", "2026-09-22 08:55", MAD,
              "from mail.workablemail.com (mail.workablemail.com [168.245.66.11])",
              extra=(("Reply-To", "orbis-battery-systems+a4b7c1e9d2@candidates.workablemail.com"),))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(28), family="job_alert", lang="es", interview=False, company=None,
           note="Job-board alert with a list of quality-engineering jobs in Castilla y León")
def m28() -> bytes:
    body = t("""
        Hola Eva,

        Hay 12 ofertas nuevas que encajan con tu alerta "ingeniero calidad automoción – Castilla y León":

        · Ingeniero/a de Calidad de Proveedores – Robledal Automotive – Valladolid – 38.000-44.000 €
        · Técnico/a de Calidad (turnos) – Inyectados del Cerrato – Dueñas
        · Quality Engineer (IATF 16949) – Sable Automotive Lighting – Burgos
        · Responsable de Laboratorio de Metrología – Aceros Pisuerga – Palencia
        · Supplier Quality Engineer – Lakeshore Drivetrain – remoto (España)

        Ver las 12 ofertas: https://www.empleomotor.es/alertas/8841207

        Recibes este correo porque creaste una alerta en EmpleoMotor.
        Gestionar alertas: https://www.empleomotor.es/cuenta/alertas
        Darse de baja: https://www.empleomotor.es/baja?u=8841207
        """)
    hs = head(addr("EmpleoMotor", "alertas@empleomotor.es"), "12 nuevas ofertas: ingeniero calidad automoción",
              "2026-10-06 07:30", MAD, "from mta2.empleomotor.es (mta2.empleomotor.es [5.134.118.22])",
              extra=(("List-Unsubscribe", "<https://www.empleomotor.es/baja?u=8841207>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(29), family="job_alert", lang="en", interview=False, company=None,
           note="English weekly job digest from a fictional board")
def m29() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif">
        <h3>Your weekly jobs digest</h3>
        <p>Eva, here are this week's top matches for <i>Supplier Quality Engineer</i> in Spain:</p>
        <ul>
        <li><a href="https://jobradar.eu/j/5521">Supplier Quality Engineer – Veloce Sensors – Madrid (hybrid)</a></li>
        <li><a href="https://jobradar.eu/j/5530">SQE Iberia – Brennan &amp; Kluge Automotive – remote</a></li>
        <li><a href="https://jobradar.eu/j/5544">Quality Engineer, New Model Launch – Altavia EV – Palencia</a></li>
        <li><a href="https://jobradar.eu/j/5561">Customer Quality Lead – Danubia Castings – Győr / remote</a></li>
        </ul>
        <p>Apply early: roles posted in the last 3 days get 4x more interview requests.</p>
        <p style="font-size:11px;color:#999">JobRadar Europe, 10 Rue de Hollerich, Luxembourg.
        <a href="https://jobradar.eu/unsubscribe?e=ZXZhLmNhbHZv">Unsubscribe</a></p>
        </body></html>
        """)
    hs = head(addr("JobRadar Europe", "digest@mail.jobradar.eu"), "Eva, 4 new Supplier Quality Engineer jobs",
              "2026-11-09 06:00", MAD, "from mail.jobradar.eu (mail.jobradar.eu [54.240.8.91])",
              extra=(("List-Unsubscribe", "<https://jobradar.eu/unsubscribe?e=ZXZhLmNhbHZv>"),
                     ("Precedence", "bulk")))
    return make.message(hs, html(page))


@make.mail(N(30), family="newsletter", lang="es", interview=False, company=None,
           days=(("Thu", "2026-11-19"),),
           note="Professional association newsletter; announces a technical session on a fixed date, not an "
                "interview")
def m30() -> bytes:
    body = t("""
        BOLETÍN CALIDAD AUTOMOCIÓN · Noviembre 2026

        1. Nueva revisión de la norma VDA 6.3: qué cambia en las auditorías de proceso.
        2. Entrevista a Carmen Ibáñez, directora de calidad del año: "El 8D no es un formulario".
        3. Jornada técnica en Valladolid: "Gestión de reclamaciones de cliente con herramientas
           digitales", jueves 19 de noviembre, de 17:00 a 19:30, Parque Tecnológico de Boecillo.
           Inscripción gratuita para socios.
        4. Bolsa de empleo: 9 ofertas nuevas para socios.

        Asociación de Profesionales de la Calidad en Automoción de Castilla y León (APCA-CyL)
        Si no quieres recibir más boletines, date de baja aquí: https://apca-cyl.es/baja
        """)
    hs = head(addr("APCA-CyL", "boletin@apca-cyl.es"), "Boletín Calidad Automoción · Noviembre 2026",
              "2026-11-04 09:00", MAD, "from mail.apca-cyl.es (mail.apca-cyl.es [217.76.146.61])",
              extra=(("List-Unsubscribe", "<https://apca-cyl.es/baja>"), ("Precedence", "bulk")))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(31), family="recruiter_outreach", lang="es", interview=False, company="Meseta Talent",
           note="Agency cold outreach (tú), asks whether she is interested and when she could talk; nothing fixed")
def m31() -> bytes:
    body = t("""
        Hola Eva,

        Soy Raúl Ortega, consultor de Meseta Talent, especializada en perfiles industriales. He visto
        tu perfil y creo que encajas muy bien en una posición que estoy llevando para un proveedor
        Tier 1 en Burgos: Supplier Quality Engineer, con viajes a proveedores de Portugal y Marruecos.

        ¿Te interesaría que lo habláramos? Dime qué días te vienen bien esta semana o la que viene y
        te llamo 15 minutos.

        Un saludo,
        Raúl Ortega
        Meseta Talent · Selección industrial
        """)
    hs = head(addr("Raúl Ortega", "raul.ortega@mesetatalent.es"), "Posición SQE en Burgos", "2026-10-13 11:42", MAD,
              "from mail-sor-f52.google.com (mail-sor-f52.google.com [209.85.220.52])")
    return make.message(hs, gmail(body))


@make.mail(N(32), family="scheduling_proposal", lang="es", interview=False, company="Equipamientos Deza",
           days=(("Tue", "2026-11-10"), ("Wed", "2026-11-11")),
           note="HR proposes two slots ('martes 10 a las 11:00 o miércoles 11 a las 16:00') and asks her to "
                "choose; nothing confirmed yet")
def m32() -> bytes:
    body = t("""
        Hola Eva:

        Gracias por enviarnos tu CV para la vacante de Técnico/a de Calidad. Nos gustaría tener una
        primera entrevista contigo por videollamada. ¿Te vendría bien el martes 10 a las 11:00 o el
        miércoles 11 a las 16:00? Si ninguna de las dos te encaja, proponme tú otra hora.

        Quedo a la espera.

        Saludos,
        Celia Domínguez
        Administración y Personal - Equipamientos Deza, S.L.
        """)
    hs = head(addr("Celia Domínguez", "celia.dominguez@equipamientosdeza.es"),
              "Entrevista - Técnico/a de Calidad", "2026-11-04 13:25", MAD,
              "from smtp.equipamientosdeza.es (smtp.equipamientosdeza.es [88.26.201.14])")
    return make.message(hs, text(body, charset="iso-8859-1"))


@make.mail(N(33), family="availability_request", lang="en", interview=False,
           company="Sable Automotive Lighting",
           note="Lever availability request: asks her to pick times in a link; nothing scheduled")
def m33() -> bytes:
    body = t("""
        Hi Eva,

        Thanks for your interest in the Quality Engineer (IATF 16949) role at Sable Automotive Lighting
        in Burgos! We'd love to set up a 30-minute video call with our Quality Manager.

        Please share your availability for the next week using the link below:
        https://hire.lever.co/candidates/availability/3b9e0f6a-21d7-4c8e-a5f3-7c2d1e9b8a40

        Once you submit your times we'll send over a calendar invitation.

        Best,
        Hannah Cole
        Recruiting Coordinator, Sable Automotive Lighting
        """)
    hs = head(addr("Hannah Cole", "no-reply@hire.lever.co"), "Sable Automotive Lighting – Share your availability",
              "2026-10-01 15:37", MAD, "from mail.hire.lever.co (mail.hire.lever.co [54.241.39.84])",
              extra=(("Reply-To", addr("Hannah Cole", "hannah.cole@sablelighting.com")),))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(34), family="scheduling_link", lang="es", interview=False, company="Meseta Talent",
           note="Agency follow-up with a Calendly link to book a call; nothing booked")
def m34() -> bytes:
    body = t("""
        Hola Eva,

        ¡Genial que te interese! Para no marearnos con horarios, te dejo mi Calendly y eliges el
        hueco que mejor te venga:
        https://calendly.com/raul-ortega-meseta/llamada-15-min

        Hablamos pronto.

        Raúl

        El mar, 13 oct 2026 a las 19:02, Eva Calvo (<eva.calvo@example.org>) escribió:
        > Hola Raúl, sí, me interesa. ¿Cuándo podríamos hablar?
        > Eva
        """)
    hs = head(addr("Raúl Ortega", "raul.ortega@mesetatalent.es"), "Re: Posición SQE en Burgos",
              "2026-10-14 08:58", MAD, "from mail-sor-f52.google.com (mail-sor-f52.google.com [209.85.220.52])")
    return make.message(hs, gmail(body))


@make.mail(N(35), family="auto_reply", lang="es", interview=False, company=None,
           days=(("Mon", "2026-10-19"),),
           note="Out-of-office auto-reply from a recruiter at Aceros Pisuerga; the return date is not an event")
def m35() -> bytes:
    body = t("""
        Gracias por tu mensaje. Estoy fuera de la oficina hasta el lunes 19 de octubre, con acceso
        limitado al correo. Para asuntos urgentes de selección puedes escribir a
        seleccion@acerospisuerga.es.

        Ramón Villa
        Aceros Pisuerga
        """)
    hs = head(addr("Ramón Villa", "ramon.villa@acerospisuerga.es"),
              "Respuesta automática: Certificados IATF solicitados", "2026-10-09 19:22", MAD,
              "from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2062.outbound.protection.outlook.com [40.107.249.62])",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAm3eVa9Pis8u7Xr@mail.example.org>")))
    return make.message(hs, text(body))


@make.mail(N(36), family="bounce", lang="en", interview=False, company=None,
           note="DSN for Eva's thank-you to a Robledal interviewer (mistyped address); multipart/report with the "
                "original attached as message/rfc822")
def m36() -> bytes:
    original_body = t("""
        Hola Noelia,

        Muchas gracias por la entrevista de ayer. Me quedé con ganas de seguir hablando del plan de
        auditorías a proveedores. Quedo a vuestra disposición para lo que necesitéis.

        Un saludo,
        Eva
        """)
    orig = make.message([
        ("From", EVA_TO), ("To", "noelia.rueda@robledal-automotve.com"),
        ("Subject", make.enc("Gracias por la entrevista")), ("Date", make.date("2026-10-23 09:14", MAD)),
        ("Message-ID", "<CAm3eVaGr4c1as0Nx7@mail.example.org>")], text(original_body))
    human = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <noelia.rueda@robledal-automotve.com>: Host or domain name not found. Name service
            error for name=robledal-automotve.com type=MX: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Rk7Tz2Hq1z9v
        Arrival-Date: Fri, 23 Oct 2026 07:14:03 +0000 (UTC)

        Final-Recipient: rfc822; noelia.rueda@robledal-automotve.com
        Original-Recipient: rfc822;noelia.rueda@robledal-automotve.com
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=robledal-automotve.com type=MX: Host not found
        """)
    report = make.multipart("report", text(human, charset="us-ascii", cte="7bit"),
                            make.raw_part([("Content-Description", "Delivery report"),
                                           ("Content-Type", "message/delivery-status")], status),
                            make.attached_message(orig), params="report-type=delivery-status")
    hs = [("Delivered-To", EVA),
          ("From", "MAILER-DAEMON@example.org (Mail Delivery System)"),
          ("To", EVA), ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", make.date("2026-10-23 09:14", MAD)), ("Message-ID", "<20261023071404.4Rk7Tz2Hq1z9v@mx1.example.org>"),
          ("Auto-Submitted", "auto-replied")]
    return make.message(hs, report)


@make.mail(N(37), family="offer", lang="es", interview=False, company="Fundiciones Carrión",
           days=(("Fri", "2026-11-13"), ("Tue", "2026-12-01")),
           note="Written offer after the 26 Oct interview (usted); a reply deadline and a start date, no meeting")
def m37() -> bytes:
    body = t("""
        Estimada Sra. Calvo:

        Tras las entrevistas mantenidas, tenemos el placer de ofrecerle el puesto de Ingeniera de
        Calidad en Fundiciones Carrión, S.A., en las condiciones que le resumimos en la carta adjunta
        (retribución bruta anual de 41.500 €, jornada partida, incorporación prevista el martes 1 de
        diciembre).

        Le agradeceríamos que nos confirmara su decisión antes del viernes 13 de noviembre.

        Reciba un cordial saludo,

        Alfonso Prieto Requejo
        Dpto. de Personal – Fundiciones Carrión, S.A.
        """)
    letter = t("""
        FUNDICIONES CARRIÓN, S.A. – CARTA DE OFERTA
        Puesto: Ingeniera de Calidad. Retribución: 41.500 EUR brutos anuales.
        Incorporación: 1 de diciembre de 2026. Periodo de prueba: 6 meses.
        """)
    att = make.Part([("Content-Type", 'text/plain; charset="utf-8"; name="Carta_oferta_E_Calvo.txt"'),
                     ("Content-Disposition", 'attachment; filename="Carta_oferta_E_Calvo.txt"'),
                     ("Content-Transfer-Encoding", "base64")],
                    make._encode(letter, "utf-8", "base64"))
    hs = head(addr("Alfonso Prieto", "alfonso.prieto@fundicionescarrion.es"),
              "Oferta de empleo – Ingeniera de Calidad", "2026-11-06 13:10", MAD,
              "from correo.fundicionescarrion.es (correo.fundicionescarrion.es [91.117.62.30])",
              charset="windows-1252", extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return make.message(hs, mixed(text(body, charset="windows-1252"), att))


@make.mail(N(38), family="post_interview", lang="es", interview=False, company="Robledal Automotive",
           note="Thanks after the 22 Oct technical interview, 'os diremos algo la semana que viene'; no new time")
def m38() -> bytes:
    body = t("""
        Hola Eva,

        Gracias a ti por la entrevista de ayer, nos gustó mucho cómo planteaste el caso del PPAP.
        Estamos terminando de ver a los candidatos esta semana y la que viene te decimos algo.

        Por cierto, Noelia me comenta que le escribiste y le rebotó el correo: su dirección es
        noelia.rueda@robledal-automotive.com.

        Un saludo,
        Pablo
        """)
    hs = head(addr("Pablo Esteban", "pablo.esteban@robledal-automotive.com"), "Re: Gracias por la entrevista",
              "2026-10-23 13:31", MAD, "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])")
    return make.message(hs, gmail(body))


@make.mail(N(39), family="personal_appointment", lang="es", interview=False, company=None,
           days=(("Thu", "2026-10-08"),),
           note="Dental clinic appointment reminder (usted), iso-8859-1 8bit; a fixed time, not an interview")
def m39() -> bytes:
    body = t("""
        Estimada paciente:

        Le recordamos su cita en Clínica Dental San Lázaro:

        Fecha: jueves 8 de octubre de 2026
        Hora: 17:30
        Profesional: Dra. Amparo Vidal (revisión e higiene)
        Dirección: C/ Mayor Principal 112, 1.º, Palencia

        Si no puede acudir, le rogamos que nos avise con 24 horas de antelación llamando al
        979 00 00 63.

        Clínica Dental San Lázaro
        """)
    hs = head(addr("Clínica Dental San Lázaro", "citas@clinicasanlazaro.es", "iso-8859-1"),
              "Recordatorio de su cita", "2026-10-06 10:00", MAD,
              "from smtp.clinicasanlazaro.es (smtp.clinicasanlazaro.es [77.240.113.8])")
    return make.message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@make.mail(N(40), family="personal_appointment", lang="es", interview=False, company=None,
           days=(("Sat", "2026-11-21"),),
           note="Vehicle-inspection (ITV) booking with an .ics; a fixed time, not an interview")
def m40() -> bytes:
    body = t("""
        Cita confirmada

        Matrícula: 4821 KRT
        Estación: ITV Palencia – Polígono Nuestra Señora de los Ángeles
        Fecha: sábado 21 de noviembre de 2026
        Hora: 09:40
        Tipo de inspección: periódica (turismo)
        Localizador: PA-2611-40932

        Recuerde traer el permiso de circulación y la ficha técnica. Puede anular o modificar la
        cita en https://citaitv-cyl.es/gestion.
        """)
    ics = vevent_ics(
        prodid="-//CitaITV CyL//ES", method="PUBLISH", uid="PA-2611-40932@citaitv-cyl.es", stamp="20261112T191200Z",
        start=";TZID=Europe/Madrid:20261121T094000", end=";TZID=Europe/Madrid:20261121T100000",
        summary="Cita ITV 4821 KRT", organizer=";CN=ITV Palencia:mailto:noreply@citaitv-cyl.es",
        location="ITV Palencia", vtz=VTZ_MADRID)
    hs = head(addr("Cita ITV Castilla y León", "noreply@citaitv-cyl.es"), "Confirmación de cita ITV – PA-2611-40932",
              "2026-11-12 20:12", MAD, "from mail.citaitv-cyl.es (mail.citaitv-cyl.es [185.13.36.50])")
    return make.message(hs, mixed(text(body), calendar(ics, method="PUBLISH", cte="base64", filename="cita_itv.ics",
                                                       disposition="attachment")))


@make.mail(N(41), family="community_meeting", lang="es", interview=False, company=None,
           days=(("Tue", "2026-11-17"),),
           note="Neighbours' association general meeting notice; a fixed time, not an interview")
def m41() -> bytes:
    body = t("""
        Estimados propietarios:

        Por la presente se les convoca a la Junta General Ordinaria de la Comunidad de Propietarios
        C/ Los Trigales 8, que se celebrará el martes 17 de noviembre de 2026 en el portal, a las
        19:30 en primera convocatoria y a las 20:00 en segunda, con el siguiente orden del día:

        1. Aprobación de cuentas del ejercicio 2025-2026.
        2. Presupuesto y derrama para la sustitución del ascensor.
        3. Renovación de cargos.
        4. Ruegos y preguntas.

        Administración de Fincas Pisuerga
        """)
    hs = head(addr("Administración de Fincas Pisuerga", "comunidades@fincaspisuerga.es"),
              "Convocatoria Junta General Ordinaria – C/ Los Trigales 8", "2026-11-02 12:20", MAD,
              "from smtp.fincaspisuerga.es (smtp.fincaspisuerga.es [82.98.134.30])",
              to="undisclosed-recipients:;")
    return make.message(hs, text(body, charset="iso-8859-15"))


@make.mail(N(42), family="training_course", lang="es", interview=False, company=None,
           days=(("Mon", "2026-11-23"), ("Thu", "2026-11-26")),
           note="Enrolment confirmation for a Core Tools course on fixed dates; not an interview")
def m42() -> bytes:
    body = t("""
        Hola Eva:

        Te confirmamos la inscripción en el curso "Core Tools: APQP, PPAP, FMEA, MSA y SPC" (modalidad
        online en directo).

        Sesiones: del lunes 23 al jueves 26 de noviembre de 2026, de 16:00 a 20:00.
        Plataforma: Zoom (recibirás el enlace 24 h antes).
        Importe: 390 € (pagado, factura adjunta en tu área de alumno).

        Al terminar recibirás el certificado de aprovechamiento.

        Formación Industrial Duero
        """)
    hs = head(addr("Formación Industrial Duero", "cursos@formacionduero.es"),
              "Inscripción confirmada – Core Tools (APQP, PPAP, FMEA, MSA, SPC)", "2026-11-10 18:45", MAD,
              "from mail.formacionduero.es (mail.formacionduero.es [46.183.119.75])")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(43), family="webinar", lang="en", interview=False, company=None,
           note="Zoom webinar registration (VDA 6.3 update) with an .ics; a fixed time, not an interview")
def m43() -> bytes:
    body = t("""
        Hi Eva Calvo,

        Thank you for registering for "VDA 6.3 (2026) – What changes for process audits at Tier 2".

        Date & Time: Dec 2, 2026 04:00 PM Madrid

        Join from a PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/86120493381?tk=Qm9hdGVzLXJlZ2lzdHJhbnQ

        You can cancel your registration at any time.
        """)
    ics = vevent_ics(
        prodid="-//zoom.us//iCalendar Event//EN", method="PUBLISH", uid=f"ZOOM86120493381-{h('m43', 8)}@zoom.us",
        stamp="20261120T101500Z", start=";TZID=Europe/Madrid:20261202T160000",
        end=";TZID=Europe/Madrid:20261202T170000",
        summary="VDA 6.3 (2026) – What changes for process audits at Tier 2",
        organizer=";CN=Qualitas Academy:mailto:no-reply@zoom.us",
        location="https://us06web.zoom.us/w/86120493381", vtz=VTZ_MADRID)
    hs = head(addr("Qualitas Academy", "no-reply@zoom.us"),
              "VDA 6.3 (2026) – What changes for process audits at Tier 2 Confirmation", "2026-11-20 11:15", MAD,
              "from zoom.us (mailout3.zoom.us [170.114.52.12])")
    return make.message(hs, mixed(alt(text(body), html(make.gmail_html(body))),
                                  calendar(ics, method="PUBLISH", cte="base64", filename="iCalendar.ics",
                                           disposition="attachment")))


@make.mail(N(44), family="assessment_deadline", lang="en", interview=False, company="Altavia Electric Vehicles",
           days=(("Fri", "2026-11-06"),),
           note="Online assessment to complete by a deadline before the onsite; no meeting time")
def m44() -> bytes:
    body = t("""
        Hi Eva,

        As the next step in your application for Quality Engineer – Battery Pack Assembly, please
        complete our online problem-solving assessment. It takes about 40 minutes and can be done
        at any time before Friday, November 6, 2026 (11:59 PM CET).

        Start the assessment: https://assess.altavia-ev.com/start/6f2d91c4

        Good luck!
        Altavia EV Talent Acquisition
        """)
    hs = head(addr("Altavia EV Talent Acquisition", "no-reply@altavia-ev.com"),
              "Next step: online assessment – Quality Engineer", "2026-10-30 10:05", MAD,
              "from mail.altavia-ev.com (mail.altavia-ev.com [51.91.47.130])")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(45), family="application_receipt", lang="es", interview=False, company="Nórdica Frenos",
           note="Teamtailor application receipt before the Nórdica Frenos interview; nothing scheduled")
def m45() -> bytes:
    body = t("""
        ¡Hola Eva!

        Gracias por tu candidatura a Técnico/a Superior de Calidad – Planta de Burgos. La hemos
        recibido correctamente y la revisaremos en los próximos días.

        Mientras tanto, ¿por qué no echas un vistazo a cómo trabajamos?
        https://nordicafrenos.teamtailor.com/

        Un saludo,
        El equipo de Nórdica Frenos
        """)
    hs = head(addr("Nórdica Frenos", "no-reply@teamtailor-mail.com"), "Gracias por tu candidatura",
              "2026-09-30 21:48", MAD,
              "from mail.teamtailor-mail.com (mail.teamtailor-mail.com [159.135.228.10])")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(46), family="rejection_after_interview", lang="es", interview=False,
           company="Hartmann Sitzsysteme España",
           note="Personio rejection (usted) after the 5 Oct interview; no time")
def m46() -> bytes:
    body = t("""
        Estimada Sra. Calvo:

        Le agradecemos sinceramente el tiempo dedicado a la entrevista del pasado 5 de octubre.
        Después de valorar todas las candidaturas, hemos decidido continuar el proceso con otra
        persona cuyo perfil se ajusta más a las necesidades actuales del puesto.

        Le deseamos mucho éxito en su carrera profesional.

        Atentamente,
        Beatriz Sanz
        Recursos Humanos – Hartmann Sitzsysteme España S.L.
        """)
    hs = head(addr("Hartmann Sitzsysteme España", "no-reply@mail.personio.de"),
              "Su candidatura – Ingeniero/a de Calidad de Producto", "2026-10-14 16:02", MAD,
              "from mail.personio.de (mail.personio.de [18.184.201.20])",
              extra=(("Reply-To", addr("Beatriz Sanz", "beatriz.sanz@hartmann-sitze.es")),))
    return make.message(hs, alt(text(body, cte="base64"), html(make.gmail_html(body), cte="base64")))


@make.mail(N(47), family="travel_ticket", lang="es", interview=False, company=None,
           days=(("Mon", "2026-09-21"),),
           note="Train ticket Palencia-Venta de Baños for the Castrum interview day; travel, not an interview")
def m47() -> bytes:
    body = t("""
        ¡Buen viaje, Eva!

        Localizador: TMX7Q4
        Ida: lunes 21/09/2026
          Palencia 10:52 → Venta de Baños 11:03
          Tren Regional 18104 · Coche 2 · Plaza libre
        Viajero: Eva Calvo
        Importe: 2,15 €

        Muestra el código QR del billete adjunto al subir al tren.

        Trenes Meseta
        """)
    hs = head(addr("Trenes Meseta", "billetes@trenesmeseta.es"), "Tu billete: Palencia → Venta de Baños",
              "2026-09-19 12:33", MAD, "from mail.trenesmeseta.es (mail.trenesmeseta.es [195.76.8.33])")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(48), family="personal_booking", lang="es", interview=False, company=None,
           days=(("Sat", "2026-10-17"),),
           note="Padel-court booking confirmation; a fixed time, not an interview")
def m48() -> bytes:
    body = t("""
        Reserva confirmada

        Club: Pádel Indoor Palencia
        Pista: 3 (cristal)
        Fecha: sábado 17 de octubre de 2026
        Hora: 19:00 - 20:30
        Jugadores: Eva Calvo, Lucía Rojo, Javier Tena, Marcos Gil
        Importe por jugador: 6,50 €

        Puedes cancelar sin coste hasta 24 horas antes desde la app.
        """)
    hs = head(addr("Pádel Indoor Palencia", "reservas@padelindoorpalencia.es"), "Reserva confirmada – Pista 3",
              "2026-10-14 22:07", MAD, "from mail.reservaspadel.es (mail.reservaspadel.es [35.157.10.88])")
    return make.message(hs, html(make.gmail_html(body), cte="base64"))


@make.mail(N(49), family="receipt", lang="es", interview=False, company=None,
           note="Monthly receipt for a professional-network premium subscription")
def m49() -> bytes:
    body = t("""
        Recibo de pago

        Hola Eva,

        Hemos cargado 29,99 € en tu tarjeta terminada en 4417 por tu suscripción Redpro Career
        (1 mes).

        N.º de pedido: RP-2026-11-0088412
        Fecha: 1 de noviembre de 2026
        Próxima renovación: 1 de diciembre de 2026

        Con Career puedes ver quién ha visto tu perfil y enviar mensajes directos a reclutadores.

        Redpro Networks S.L.
        """)
    hs = head(addr("Redpro", "recibos@redpro.net"), "Tu recibo de Redpro Career", "2026-11-01 04:12", MAD,
              "from mailer.redpro.net (mailer.redpro.net [52.17.200.41])")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(50), family="non_interview_calendar", lang="es", interview=False, company=None,
           days=(("Sat", "2026-12-12"),),
           note="Google Calendar invitation from a friend to an alumni dinner; a fixed time, not an interview")
def m50() -> bytes:
    body = t("""
        Javier Tena te ha invitado a un evento

        Cena antiguos alumnos Industriales (promo 2014)
        sábado, 12 de diciembre de 2026 · 21:30 – 23:30
        Zona horaria: Europe/Madrid

        Ubicación
        Restaurante Casa Lucio, C/ Don Sancho 2, Palencia

        Descripción:
        ¡Este año toca en Palencia! Confirmad en el grupo para reservar.

        Invitados
        Javier Tena - organizador
        eva.calvo@example.org
        y 23 más

        Invitación de Google Calendar
        """)
    ics = vevent_ics(
        prodid="-//Google Inc//Google Calendar 70.9054//EN", method="REQUEST", uid=f"{h('m50', 26)}@google.com",
        stamp="20261128T190000Z", start=";TZID=Europe/Madrid:20261212T213000",
        end=";TZID=Europe/Madrid:20261212T233000", summary="Cena antiguos alumnos Industriales (promo 2014)",
        organizer=";CN=Javier Tena:mailto:javier.tena.m@example.com",
        location="Restaurante Casa Lucio, C/ Don Sancho 2, Palencia", vtz=VTZ_MADRID)
    hs = head(addr("Javier Tena", "javier.tena.m@example.com"),
              "Invitación: Cena antiguos alumnos Industriales (promo 2014) @ sáb 12 dic 2026 21:30 - 23:30 (CET) "
              "(eva.calvo@example.org)", "2026-11-28 20:00", MAD,
              "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return make.message(hs, alt(text(body), html(make.gmail_html(body)), calendar(ics, cte="base64")))
