"""blind278: a blind 50-mail held-out set, the inbox of Nerea Villalba, a food-industry quality
technician in Valladolid (Europe/Madrid), September to December 2026.

Written by a helper session that read only make.py, make_blind.py, the intro and the convention
sections of bench/heldout/README.md, the dev corpus README, dev labels.json, dev_002.eml,
dev_009.eml and score.py; it did not read the detector, its tests, the other held-out mails or
sets, and never ran the detector. Each mail below is written by hand as one function; keys 1-23
are the positives (in writing order), 24-50 the negatives. File numbers are a fixed shuffle of
the writing order (ORDER). Mostly Spanish from Spain (tu and usted), some English from
multinationals, one employer in Mexico City and one in Bogota for remote roles.
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
    message,
    mixed,
    multipart,
    raw_part,
    received,
    t,
    text,
    utc,
)

SET = "blind278"
ORDER = random.Random(2780278).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "nerea.villalba@example.org"
ME_OLD = "nerea.villalba@example.com"
OWNER = addr("Nerea Villalba", ME)
MAD = "Europe/Madrid"

# Exchange writes Spain as "Romance Standard Time" (make.WINDOWS_ZONES maps it to Europe/Paris,
# which keeps the same rules as Madrid).
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


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, to: str = OWNER,
         mx: str | None = None, extra: list[tuple[str, str]] | None = None,
         rcpt: str = ME) -> list[tuple[str, str]]:
    """The usual header block: Delivered-To/Received as the owner's provider writes them."""
    hs: list[tuple[str, str]] = [("Delivered-To", rcpt)]
    if mx:
        hs.append(("Received", received(mx, when, zone, "mx.example.org with ESMTPS id "
                                        + msgid.strip("<>").split("@")[0][-10:], rcpt)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject)), ("Date", date(when, zone)),
           ("Message-ID", msgid)]
    hs += extra or []
    return hs


def ics(prodid: str, method: str | None, body: str, vtz: str | None = None) -> str:
    out = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        out.append(f"METHOD:{method}")
    if vtz:
        out.append(vtz)
    out += ["BEGIN:VEVENT", t(body).strip("\n"), "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(out)


# =========================================================================== positives


@make.mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-15 10:00", MAD), end=utc("2026-09-15 10:45", MAD),
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=MAD,
           contact="hannah.okafor@norvaliafoods.com", company="Norvalia Foods",
           note="Greenhouse confirmation in English from a multinational; 10:00-10:45 CEST "
                "(Madrid, summer time, UTC+2); contact = recruiter in Reply-To")
def m01():
    body = t("""
        Hi Nerea,

        Thank you for confirming your availability. Your interview for the Quality Assurance
        Technician (Valladolid plant) role at Norvalia Foods is scheduled as follows:

        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 10:45 AM CEST (Europe/Madrid)
        Format: Video call (Zoom)
        Join: https://norvaliafoods.zoom.us/j/84412093317?pwd=QmV0c2lNWTRoaFh2
        Interviewer: Sergio Llamas, Quality Manager, Valladolid

        Sergio will walk you through our HACCP and BRCGS programme and ask about your
        experience with supplier audits and non-conformity management.

        If you need to reschedule, simply reply to this email.

        Best regards,
        Hannah Okafor
        Talent Acquisition Partner, Iberia
        Norvalia Foods
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Nerea,</p>
        <p>Thank you for confirming your availability. Your interview for the <b>Quality Assurance
        Technician (Valladolid plant)</b> role at Norvalia Foods is scheduled as follows:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Date</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM - 10:45 AM CEST (Europe/Madrid)</td></tr>
        <tr><td><b>Format</b></td><td>Video call (Zoom)</td></tr>
        <tr><td><b>Join</b></td><td><a href="https://norvaliafoods.zoom.us/j/84412093317?pwd=QmV0c2lNWTRoaFh2">https://norvaliafoods.zoom.us/j/84412093317</a></td></tr>
        <tr><td><b>Interviewer</b></td><td>Sergio Llamas, Quality Manager, Valladolid</td></tr>
        </table>
        <p>Sergio will walk you through our HACCP and BRCGS programme and ask about your experience
        with supplier audits and non-conformity management.</p>
        <p>If you need to reschedule, simply reply to this email.</p>
        <p>Best regards,<br>Hannah Okafor<br>Talent Acquisition Partner, Iberia<br>Norvalia Foods</p>
        <img src="https://app.greenhouse.io/o/t/3f9a1c0e7b" width="1" height="1" alt="">
        </body></html>
        """)
    return message(head(addr("Norvalia Foods", "no-reply@us.greenhouse-mail.io"),
                        "Interview Confirmation: Quality Assurance Technician - Norvalia Foods",
                        "2026-09-09 11:20:14", MAD, "<6a1f0c2e.3b1d8e44@us.greenhouse-mail.io>",
                        mx="from o1.us.greenhouse-mail.io (o1.us.greenhouse-mail.io [167.89.40.12])",
                        extra=[("Reply-To", addr("Hannah Okafor", "hannah.okafor@norvaliafoods.com"))]),
                   alt(text(body), html(page)))


@make.mail(N(2), family="workday", lang="es", interview=True, kind="scheduled",
           start=utc("2026-09-17 11:30", MAD), end=utc("2026-09-17 12:30", MAD),
           local="Thu 2026-09-17 11:30", local_end="2026-09-17 12:30", zone=MAD,
           contact="raquel.fuentes@grupoduerna.es", company="Grupo Lácteo Duerna",
           note="Workday, HTML only in base64, Spanish (usted); jueves 17 de septiembre 11:30, "
                "duración 1 hora, hora peninsular en verano (UTC+2); contact = address in the body")
def m02():
    page = t("""
        <!DOCTYPE html>
        <html lang="es"><head><meta charset="utf-8"><title>Grupo Lácteo Duerna</title></head>
        <body style="margin:0;background:#f2f2f2">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="24" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <tr><td>
        <img src="https://wd3.myworkdaycdn.com/grupoduerna/logo.png" alt="Grupo Lácteo Duerna" height="40">
        <p>Estimada Nerea Villalba:</p>
        <p>Nos complace comunicarle que ha sido seleccionada para la siguiente fase del proceso
        de selección de la posición <b>R-10482 Técnico/a de Calidad y Seguridad Alimentaria - Planta de Zamora</b>.</p>
        <p>Le confirmamos la entrevista con los siguientes datos:</p>
        <ul>
        <li><b>Fecha:</b> jueves, 17 de septiembre de 2026</li>
        <li><b>Hora:</b> 11:30 (hora peninsular)</li>
        <li><b>Duración:</b> 1 hora</li>
        <li><b>Lugar:</b> Planta de Zamora, Carretera de Tordesillas km 4, 49021 Zamora (pregunte en recepción por el Departamento de Personas)</li>
        <li><b>Entrevistadores:</b> Raquel Fuentes (Personas) y Óscar Peñín (Jefe de Calidad)</li>
        </ul>
        <p>Le rogamos que traiga su DNI. Si necesita modificar la cita, escriba a Raquel Fuentes
        (<a href="mailto:raquel.fuentes@grupoduerna.es">raquel.fuentes@grupoduerna.es</a>) con al menos 24 horas de antelación.</p>
        <p>Puede consultar el estado de su candidatura en cualquier momento desde
        <a href="https://grupoduerna.wd3.myworkdayjobs.com/es-ES/Empleo/userHome">su perfil de candidato</a>.</p>
        <p>Atentamente,<br>Departamento de Personas<br>Grupo Lácteo Duerna</p>
        <p style="font-size:11px;color:#888">Este mensaje se ha generado automáticamente. Por favor, no responda a esta dirección.</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    return message(head(addr("Grupo Lácteo Duerna", "grupoduerna@myworkday.com"),
                        "Invitación a entrevista - Técnico/a de Calidad y Seguridad Alimentaria",
                        "2026-09-11 09:02:51", MAD, "<1498213302.77405.1789110171634@wd3-prod-ev-mail-02>",
                        mx="from mx-out-04.myworkday.com (mx-out-04.myworkday.com [216.99.129.74])"),
                   html(page, cte="base64"))


@make.mail(N(3), family="human_prose", lang="es", interview=True, kind="scheduled",
           start=utc("2026-09-24 09:30", MAD), end=None, local="Thu 2026-09-24 09:30", zone=MAD,
           contact="jmanuel.ortega@conservasribera.es", company="Conservas Ribera del Pisuerga",
           note="Small firm's owner, usted, iso-8859-1 8bit; 'este jueves a las 9:30' resolved against "
                "the Date (Mon 21 Sep) -> Thu 24 Sep, CEST; 'aproximadamente una hora' so no end")
def m03():
    body = t("""
        Buenos días, Nerea:

        Tal como hablamos ayer por teléfono, le confirmo la entrevista para este jueves a las
        9:30 en nuestras oficinas de Tudela de Duero (Polígono La Vega, nave 12; la entrada de
        oficinas es la puerta verde, al lado del muelle de carga).

        Estaremos mi hermana Rosa, que lleva la producción, y yo. Calcule aproximadamente una
        hora; si le parece, después le enseñamos la línea de envasado y el laboratorio.

        Si le surgiera cualquier imprevisto, mi móvil es el 654 21 90 37.

        Un saludo,

        José Manuel Ortega
        Gerente
        Conservas Ribera del Pisuerga, S.L.
        Tel. 983 52 04 18
        """)
    return message(head(addr("José Manuel Ortega", "jmanuel.ortega@conservasribera.es", "iso-8859-1"),
                        "Entrevista jueves", "2026-09-21 13:05:40", MAD,
                        "<000c01dd4a2b$7e1f9a30$7a5ece90$@conservasribera.es>",
                        mx="from smtp.conservasribera.es (smtp.conservasribera.es [185.42.104.9])",
                        extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "es")]),
                   text(body, charset="iso-8859-1", cte="8bit"))


@make.mail(N(4), family="outlook_calendar", lang="es", interview=True, kind="scheduled",
           start=utc("2026-10-29 12:00", MAD), end=utc("2026-10-29 13:00", MAD),
           local="Thu 2026-10-29 12:00", local_end="2026-10-29 13:00", zone=MAD,
           contact="bsalcedo@harinastcampos.es", company="Harinas Tierra de Campos",
           note="Exchange meeting request, TZID Romance Standard Time; sent Fri 23 Oct in CEST, "
                "interview Thu 29 Oct after Europe's change back to CET on 25 Oct -> 12:00 CET = 11:00Z; "
                "contact = organizer")
def m04():
    when = "jueves, 29 de octubre de 2026 12:00-13:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París."
    body = t(f"""
        Cuándo: {when}
        Dónde: Oficinas centrales - Paseo de la Castellana 141, planta 9, sala Trigo (Madrid)

        *~*~*~*~*~*~*~*~*~*

        Hola Nerea:

        Te envío la convocatoria para la entrevista presencial del puesto de Técnico/a de
        Calidad Corporativo. Estarán Fernando Galván (Director de Calidad) y yo.

        Al llegar, identifícate en el control de acceso del edificio y pregunta por mí.

        Un saludo,
        Beatriz Salcedo
        Selección y Desarrollo
        Harinas Tierra de Campos
        """)
    page = t(f"""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Exchange Server"></head>
        <body>
        <div><p style="font-family:Calibri,sans-serif;font-size:11pt">Cuándo: {when}<br>
        Dónde: Oficinas centrales - Paseo de la Castellana 141, planta 9, sala Trigo (Madrid)</p>
        <p style="color:#7f7f7f">*~*~*~*~*~*~*~*~*~*</p></div>
        <div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Hola Nerea:</p>
        <p>Te envío la convocatoria para la entrevista presencial del puesto de Técnico/a de Calidad
        Corporativo. Estarán Fernando Galván (Director de Calidad) y yo.</p>
        <p>Al llegar, identifícate en el control de acceso del edificio y pregunta por mí.</p>
        <p>Un saludo,<br>Beatriz Salcedo<br>Selección y Desarrollo<br>Harinas Tierra de Campos</p>
        </div></body></html>
        """)
    cal = ics("Microsoft Exchange Server 2010", "REQUEST", """
        ORGANIZER;CN=Beatriz Salcedo:mailto:bsalcedo@harinastcampos.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nerea Villalba:mailto:nerea.villalba@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Fernando Galván:mailto:fgalvan@harinastcampos.es
        DESCRIPTION;LANGUAGE=es-ES:Hola Nerea:\\n\\nTe envío la convocatoria para la entrevista presencial del puesto de Técnico/a de Calidad Corporativo.\\n
        UID:040000008200E00074C5B7101A82E00800000000D09A6B0B7E62DD01000000000000000010000000A1F3C2B04E6D8A4B9C0E1F2A3B4C5D6E
        SUMMARY;LANGUAGE=es-ES:Entrevista Técnico/a de Calidad Corporativo - Nerea Villalba
        DTSTART;TZID=Romance Standard Time:20261029T120000
        DTEND;TZID=Romance Standard Time:20261029T130000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261023T081207Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Oficinas centrales - Paseo de la Castellana 141\\, planta 9\\, sala Trigo (Madrid)
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2125301437
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        """, VTZ_ROMANCE)
    return message(head(addr("Beatriz Salcedo", "bsalcedo@harinastcampos.es"),
                        "Entrevista Técnico/a de Calidad Corporativo - Nerea Villalba",
                        "2026-10-23 10:12:07", MAD,
                        "<DB9PR04MB84216C2E1A0F6B3D9E7A55C1F1A02@DB9PR04MB8421.eurprd04.prod.outlook.com>",
                        mx="from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2071.outbound.protection.outlook.com [40.107.20.71])",
                        extra=[("Thread-Topic", enc("Entrevista Técnico/a de Calidad Corporativo - Nerea Villalba")),
                               ("Thread-Index", "AdtjBN3c8hL2Fq4vR0aYbFz3S1kVbw=="),
                               ("Accept-Language", "es-ES, en-US"), ("Content-Language", "es-ES"),
                               ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]),
                   alt(text(body), html(page), calendar(cal, cte="base64")))


@make.mail(N(5), family="teamtailor", lang="es", interview=True, kind="scheduled",
           start=utc("2026-09-30 16:00", MAD), end=utc("2026-09-30 16:30", MAD),
           local="Wed 2026-09-30 16:00", local_end="2026-09-30 16:30", zone=MAD,
           contact="carmen.lozano@panaderiasalmena.es", company="Panaderías Almena",
           note="Teamtailor, Spanish (tú); miércoles 30 de septiembre 16:00-16:30 hora de Madrid (CEST); "
                "contact = recruiter in Reply-To")
def m05():
    body = t("""
        ¡Hola, Nerea!

        Gracias por reservar tu videoentrevista para el puesto de Técnico/a de Calidad en
        obrador (Valladolid). Aquí tienes los detalles:

        📅 miércoles, 30 de septiembre de 2026
        🕓 16:00 - 16:30 (Europe/Madrid)
        📍 Google Meet: https://meet.google.com/pqx-vdra-kme

        Hablarás con Carmen Lozano (Talento) y con Iván Cembrero (Responsable de Calidad).

        Si necesitas cambiar algo, responde a este correo y le llegará a Carmen.

        ¡Nos vemos pronto!
        El equipo de Panaderías Almena
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;color:#1f1f1f">
        <div style="max-width:560px;margin:0 auto;padding:24px">
        <h2 style="font-weight:600">¡Hola, Nerea!</h2>
        <p>Gracias por reservar tu videoentrevista para el puesto de <strong>Técnico/a de Calidad en obrador (Valladolid)</strong>. Aquí tienes los detalles:</p>
        <div style="background:#f6f3ee;border-radius:8px;padding:16px">
        <p style="margin:0">📅 miércoles, 30 de septiembre de 2026</p>
        <p style="margin:0">🕓 16:00 - 16:30 (Europe/Madrid)</p>
        <p style="margin:0">📍 <a href="https://meet.google.com/pqx-vdra-kme">Google Meet</a></p>
        </div>
        <p>Hablarás con Carmen Lozano (Talento) y con Iván Cembrero (Responsable de Calidad).</p>
        <p>Si necesitas cambiar algo, responde a este correo y le llegará a Carmen.</p>
        <p>¡Nos vemos pronto!<br>El equipo de Panaderías Almena</p>
        <p style="font-size:11px;color:#999">Enviado con Teamtailor</p>
        </div></body></html>
        """)
    return message(head(addr("Panaderías Almena", "no-reply@teamtailor-mail.com"),
                        "Tu entrevista con Panaderías Almena está confirmada",
                        "2026-09-24 17:41:09", MAD, "<64f2a1c8e93b4_5a1d2c40838c@teamtailor-mail.com>",
                        mx="from mail.teamtailor-mail.com (mail.teamtailor-mail.com [198.21.5.17])",
                        extra=[("Reply-To", addr("Carmen Lozano", "carmen.lozano@panaderiasalmena.es"))]),
                   alt(text(body), html(page)))


@make.mail(N(6), family="personio", lang="es", interview=True, kind="scheduled",
           start=utc("2026-10-09 10:00", MAD), end=utc("2026-10-09 11:00", MAD),
           local="Fri 2026-10-09 10:00", local_end="2026-10-09 11:00", zone=MAD,
           contact="inigo.barrasa@bodegasvaldecuero.es", company="Bodegas Valdecuero",
           note="Personio invitation with invite.ics attachment (UTC times); viernes 9 de octubre "
                "10:00-11:00 CEST = 08:00Z; body names the contact without address, ICS ORGANIZER gives it")
def m06():
    body = t("""
        Hola Nerea,

        nos alegra invitarte a una entrevista personal para el puesto «Técnico/a de Calidad y
        Laboratorio (vendimia y embotellado)».

        Fecha: viernes, 09.10.2026
        Hora: 10:00 - 11:00 (Europe/Madrid)
        Lugar: Bodegas Valdecuero, Camino de la Ribera s/n, 47300 Peñafiel (Valladolid)
        Persona de contacto: Íñigo Barrasa

        Encontrarás la invitación de calendario adjunta.

        Un saludo,
        Bodegas Valdecuero
        """)
    cal = ics("-//Personio GmbH//Personio Recruiting//ES", "REQUEST", """
        UID:personio-interview-5529183-1
        DTSTAMP:20261005T071855Z
        DTSTART:20261009T080000Z
        DTEND:20261009T090000Z
        SUMMARY:Entrevista: Técnico/a de Calidad y Laboratorio - Nerea Villalba
        LOCATION:Bodegas Valdecuero\\, Camino de la Ribera s/n\\, 47300 Peñafiel (Valladolid)
        ORGANIZER;CN=Íñigo Barrasa:mailto:inigo.barrasa@bodegasvaldecuero.es
        ATTENDEE;CN=Nerea Villalba;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nerea.villalba@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        """)
    return message(head(addr("Bodegas Valdecuero", "noreply@mail.personio.de"),
                        "Einladung / Invitación a entrevista - Bodegas Valdecuero",
                        "2026-10-05 09:18:55", MAD, "<20261005071855.5529183.a41c@mail.personio.de>",
                        mx="from mail.personio.de (mail.personio.de [52.59.14.207])"),
                   mixed(text(body), calendar(cal, method="REQUEST", filename="invite.ics",
                                              disposition="attachment", cte="base64", name_param=True)))


@make.mail(N(7), family="google_calendar", lang="es", interview=True, kind="scheduled",
           start=utc("2026-10-27 09:30", MAD), end=utc("2026-10-27 10:30", MAD),
           local="Tue 2026-10-27 09:30", local_end="2026-10-27 10:30", zone=MAD,
           contact="lorena.gil@pisuergafoods.es", company="Alimentaria Pisuerga",
           note="Google Calendar invitation, Spanish UI; sent Tue 20 Oct in CEST, interview Tue 27 Oct "
                "in CET (after 25 Oct) -> 09:30 CET = 08:30Z; contact = organizer")
def m07():
    body = t("""
        Lorena Gil te ha invitado a un evento

        Entrevista técnica - Técnico/a de Calidad (Nerea Villalba)
        martes, 27 de octubre de 2026 · 9:30 – 10:30
        Zona horaria: Hora de Europa Central - Madrid

        Unirse con Google Meet
        https://meet.google.com/zvo-hkdt-wqa

        Organizador
        Lorena Gil - lorena.gil@pisuergafoods.es

        Invitados
        Lorena Gil - organizador
        nerea.villalba@example.org
        Alberto Rubio

        Ver todos los detalles del invitado: https://calendar.google.com/calendar/event?action=VIEW&eid=M2Zoa2E4bGc2

        ¿Asistirás?   Sí   -   Quizás   -   No

        Invitación de Google Calendar
        Recibes este correo electrónico porque te han invitado a este evento.
        """)
    page = t("""
        <html><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <p>Lorena Gil te ha invitado a un evento</p>
        <h2 style="font-size:20px;font-weight:400">Entrevista técnica - Técnico/a de Calidad (Nerea Villalba)</h2>
        <p>martes, 27 de octubre de 2026 · 9:30 – 10:30<br>
        <span style="color:#70757a">Zona horaria: Hora de Europa Central - Madrid</span></p>
        <p><a href="https://meet.google.com/zvo-hkdt-wqa" style="background:#1a73e8;color:#fff;padding:8px 12px;border-radius:4px;text-decoration:none">Unirse con Google Meet</a></p>
        <p><b>Organizador</b><br>Lorena Gil - lorena.gil@pisuergafoods.es</p>
        <p><b>Invitados</b><br>Lorena Gil - organizador<br>nerea.villalba@example.org<br>Alberto Rubio</p>
        <p>¿Asistirás? <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=1">Sí</a> -
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=3">Quizás</a> -
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=2">No</a></p>
        <p style="font-size:11px;color:#70757a">Invitación de Google Calendar<br>Recibes este correo electrónico porque te han invitado a este evento.</p>
        </div></body></html>
        """)
    cal = ics("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", """
        DTSTART;TZID=Europe/Madrid:20261027T093000
        DTEND;TZID=Europe/Madrid:20261027T103000
        DTSTAMP:20261020T143302Z
        ORGANIZER;CN=Lorena Gil:mailto:lorena.gil@pisuergafoods.es
        UID:3fhka8lg6o2qv9s1t7b4c0d5e1@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lorena Gil;X-NUM-GUESTS=0:mailto:lorena.gil@pisuergafoods.es
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nerea.villalba@example.org;X-NUM-GUESTS=0:mailto:nerea.villalba@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alberto Rubio;X-NUM-GUESTS=0:mailto:alberto.rubio@pisuergafoods.es
        X-GOOGLE-CONFERENCE:https://meet.google.com/zvo-hkdt-wqa
        CREATED:20261020T143255Z
        DESCRIPTION:Unirse con Google Meet: https://meet.google.com/zvo-hkdt-wqa
        LAST-MODIFIED:20261020T143302Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista técnica - Técnico/a de Calidad (Nerea Villalba)
        TRANSP:OPAQUE
        """, VTZ_MADRID)
    return message(head(addr("Lorena Gil", "lorena.gil@pisuergafoods.es"),
                        "Invitación: Entrevista técnica - Técnico/a de Calidad (Nerea Villalba) @ "
                        "mar 27 oct 2026 9:30 - 10:30 (CET) (nerea.villalba@example.org)",
                        "2026-10-20 16:33:02", MAD, "<calendar-7d1c0b5e-92aa-4e1b-a6c3-0f5e8b2d4c71@google.com>",
                        mx="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
                        extra=[("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                               ("Reply-To", addr("Lorena Gil", "lorena.gil@pisuergafoods.es"))]),
                   mixed(alt(text(body), html(page), calendar(cal, cte="base64")),
                         calendar(cal, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                  disposition="attachment", cte="base64", name_param=True)))


@make.mail(N(8), family="human_prose", lang="es-MX", interview=True, kind="scheduled",
           start=utc("2026-11-03 09:00", "America/Mexico_City"),
           end=utc("2026-11-03 09:45", "America/Mexico_City"),
           local="Tue 2026-11-03 09:00", local_end="2026-11-03 09:45", zone="America/Mexico_City",
           contact="daniela.arreola@sierradorada.com.mx", company="Alimentos Sierra Dorada",
           note="Mexican recruiter (remote role); 9:00 a. m. hora del centro de México (UTC-6, no DST "
                "since 2022) = 15:00Z, the mail also says 16:00 in Spain (CET after 25 Oct); "
                "'de 45 minutos' -> end 15:45Z; contact = sender")
def m08():
    body = t("""
        Hola Nerea, buen día.

        Muchas gracias por tu tiempo en la primera llamada. Te confirmo tu segunda entrevista
        con el Ing. Rubén Tapia, Gerente de Aseguramiento de Calidad, para el puesto de
        Especialista en Calidad de Proveedores (remoto, con viajes a Europa):

        Día: martes 3 de noviembre
        Hora: 9:00 a. m. hora del centro de México (16:00 h en España)
        Duración: 45 minutos
        Liga de Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2ZmM4%40thread.v2/0

        Rubén querrá platicar contigo sobre auditorías a proveedores, FSSC 22000 y tu manejo
        de inglés, así que ten a la mano ejemplos concretos.

        Cualquier cosa me escribes por aquí o al WhatsApp +52 33 1840 2267.

        Saludos cordiales,

        Daniela Arreola
        Atracción de Talento
        Alimentos Sierra Dorada, S.A. de C.V.
        Zapopan, Jalisco
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt;color:#000">
        <p>Hola Nerea, buen día.</p>
        <p>Muchas gracias por tu tiempo en la primera llamada. Te confirmo tu segunda entrevista con el Ing. Rubén Tapia,
        Gerente de Aseguramiento de Calidad, para el puesto de Especialista en Calidad de Proveedores (remoto, con viajes a Europa):</p>
        <p><b>Día:</b> martes 3 de noviembre<br>
        <b>Hora:</b> 9:00 a. m. hora del centro de México (16:00 h en España)<br>
        <b>Duración:</b> 45 minutos<br>
        <b>Liga de Teams:</b> <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2ZmM4%40thread.v2/0">Unirse a la reunión</a></p>
        <p>Rubén querrá platicar contigo sobre auditorías a proveedores, FSSC 22000 y tu manejo de inglés, así que ten a la mano ejemplos concretos.</p>
        <p>Cualquier cosa me escribes por aquí o al WhatsApp +52 33 1840 2267.</p>
        <p>Saludos cordiales,</p>
        <p>Daniela Arreola<br>Atracción de Talento<br>Alimentos Sierra Dorada, S.A. de C.V.<br>Zapopan, Jalisco</p>
        </div></body></html>
        """)
    return message(head(addr("Daniela Arreola", "daniela.arreola@sierradorada.com.mx"),
                        "Confirmación segunda entrevista - Especialista en Calidad de Proveedores",
                        "2026-10-29 10:40:22", "America/Mexico_City",
                        "<SJ0PR13MB5873A1B2C3D4E5F60718293A4B5C6@SJ0PR13MB5873.namprd13.prod.outlook.com>",
                        mx="from NAM12-MW2-obe.outbound.protection.outlook.com (mail-mw2nam12on2102.outbound.protection.outlook.com [40.107.244.102])",
                        extra=[("Content-Language", "es-MX")]),
                   alt(text(body), html(page)))


@make.mail(N(9), family="lever", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-10-22 15:00", "Europe/Amsterdam"), end=utc("2026-10-22 16:00", "Europe/Amsterdam"),
           local="Thu 2026-10-22 15:00", local_end="2026-10-22 16:00", zone="Europe/Amsterdam",
           contact="sanne.devries@brightmill.com", company="Brightmill Ingredients",
           days=(("Tue", "2026-10-20"),),
           note="Lever reschedule with SEQUENCE:1 ICS; old slot Tue 20 Oct 14:00 and new Thu 22 Oct "
                "15:00-16:00 CEST (Amsterdam = Madrid time) = 13:00Z; contact = Reply-To coordinator")
def m09():
    body = t("""
        Hi Nerea,

        Your interview for Food Safety & Quality Specialist (Spain) at Brightmill Ingredients
        has been rescheduled.

        Previously: Tuesday, October 20, 2026, 2:00 PM - 3:00 PM CEST
        New time:   Thursday, October 22, 2026, 3:00 PM - 4:00 PM CEST (Amsterdam)

        Interviewers: Pieter Bakker (Head of QA, Southern Europe), Sanne de Vries
        Location: Microsoft Teams (link in the calendar invitation)

        An updated calendar invitation is attached. If the new time doesn't work, reply to
        this email and Sanne will help.

        Thanks,
        Brightmill Ingredients Talent Team
        """)
    page = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Nerea,</p>
        <p>Your interview for <b>Food Safety &amp; Quality Specialist (Spain)</b> at Brightmill Ingredients has been rescheduled.</p>
        <p><span style="color:#999;text-decoration:line-through">Tuesday, October 20, 2026, 2:00 PM - 3:00 PM CEST</span><br>
        <b>Thursday, October 22, 2026, 3:00 PM - 4:00 PM CEST (Amsterdam)</b></p>
        <p>Interviewers: Pieter Bakker (Head of QA, Southern Europe), Sanne de Vries<br>
        Location: Microsoft Teams (link in the calendar invitation)</p>
        <p>An updated calendar invitation is attached. If the new time doesn't work, reply to this email and Sanne will help.</p>
        <p>Thanks,<br>Brightmill Ingredients Talent Team</p>
        </div>
        """)
    cal = ics("-//Lever//Lever Hire//EN", "REQUEST", """
        UID:lever-int-7b1e93c2-55a4-4f0e-9d1b-2c8a7e6f0d13
        DTSTAMP:20261016T094410Z
        DTSTART:20261022T130000Z
        DTEND:20261022T140000Z
        SEQUENCE:1
        SUMMARY:Interview: Nerea Villalba - Food Safety & Quality Specialist (Spain)
        LOCATION:Microsoft Teams
        DESCRIPTION:Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Yjk1MmE5%40thread.v2/0
        ORGANIZER;CN=Sanne de Vries:mailto:sanne.devries@brightmill.com
        ATTENDEE;CN=Nerea Villalba;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nerea.villalba@example.org
        STATUS:CONFIRMED
        """)
    return message(head(addr("Brightmill Ingredients", "no-reply@hire.lever.co"),
                        "Rescheduled: Interview with Brightmill Ingredients",
                        "2026-10-16 11:44:10", "Europe/Amsterdam", "<0102018f3c5a7e21-9b1d4c7a-lever@email.amazonses.com>",
                        mx="from a48-110.smtp-out.amazonses.com (a48-110.smtp-out.amazonses.com [54.240.48.110])",
                        extra=[("Reply-To", addr("Sanne de Vries", "sanne.devries@brightmill.com"))]),
                   mixed(alt(text(body), html(page)),
                         calendar(cal, filename="invite.ics", disposition="attachment", cte="base64")))


@make.mail(N(10), family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-11-02 10:00", "America/Chicago"), end=utc("2026-11-02 11:00", "America/Chicago"),
           local="Mon 2026-11-02 10:00", local_end="2026-11-02 11:00", zone="America/Chicago",
           contact="mkowalski@hartwellfoodsafety.com", company="Hartwell Food Safety",
           days=(("Fri", "2026-10-30"),),
           note="Outlook update (SEQUENCE:1), TZID Central Standard Time; sent Thu 29 Oct in CDT, new "
                "slot Mon 2 Nov 10:00 after US DST ended on 1 Nov -> CST UTC-6 = 16:00Z (17:00 in "
                "Valladolid, as the note says); old slot Fri 30 Oct 9:00 CDT; contact = organizer")
def m10():
    when = "Monday, November 2, 2026 10:00 AM-11:00 AM. (UTC-06:00) Central Time (US & Canada)"
    body = t(f"""
        When: {when}
        Where: Microsoft Teams Meeting

        Hi Nerea - as discussed, moving our conversation from Friday 10/30 at 9:00 AM to Monday.
        Note the US clocks change on Sunday, so 10:00 AM Chicago will be 5:00 PM for you in
        Valladolid. Daniel Reyes (VP Quality, EMEA) will join as well.

        Thanks,
        Megan

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTc4NjQx%40thread.v2/0>
        Meeting ID: 274 118 903 452
        Passcode: Xk7hQ2
        ________________________________________________________________________________
        """)
    page = t(f"""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
        <p>When: {when}<br>Where: Microsoft Teams Meeting</p>
        <p>Hi Nerea - as discussed, moving our conversation from Friday 10/30 at 9:00 AM to Monday. Note the US clocks change on Sunday,
        so 10:00 AM Chicago will be 5:00 PM for you in Valladolid. Daniel Reyes (VP Quality, EMEA) will join as well.</p>
        <p>Thanks,<br>Megan</p>
        <div style="width:100%">________________________________________________________________________________</div>
        <div><span style="font-size:18pt;font-weight:600">Microsoft Teams meeting</span><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTc4NjQx%40thread.v2/0">Click here to join the meeting</a><br>
        Meeting ID: 274 118 903 452<br>Passcode: Xk7hQ2</div>
        </div></body></html>
        """)
    cal = ics("Microsoft Exchange Server 2010", "REQUEST", """
        ORGANIZER;CN=Megan Kowalski:mailto:mkowalski@hartwellfoodsafety.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nerea.villalba@example.org:mailto:nerea.villalba@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Reyes:mailto:dreyes@hartwellfoodsafety.com
        UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DC01000000000000000010000000F00DBA5E0C1D4E9F8A7B6C5D4E3F2A1B
        SUMMARY;LANGUAGE=en-US:Interview - EMEA Quality Specialist (Nerea Villalba)
        DTSTART;TZID=Central Standard Time:20261102T100000
        DTEND;TZID=Central Standard Time:20261102T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261029T141533Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:mkowalski@hartwellfoodsafety.com\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_ZTc4NjQx-thread.v2
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        """, VTZ["Central Standard Time"])
    return message(head(addr("Megan Kowalski", "mkowalski@hartwellfoodsafety.com"),
                        "Updated: Interview - EMEA Quality Specialist (Nerea Villalba)",
                        "2026-10-29 09:15:33", "America/Chicago",
                        "<CH3PR11MB7449D0E1F2A3B4C5D6E7F8091A2B3@CH3PR11MB7449.namprd11.prod.outlook.com>",
                        mx="from NAM11-CO1-obe.outbound.protection.outlook.com (mail-co1nam11on2118.outbound.protection.outlook.com [40.107.220.118])",
                        extra=[("Thread-Topic", "Interview - EMEA Quality Specialist (Nerea Villalba)"),
                               ("Thread-Index", "AdtqRr0a9bCk1m3QT2K5nWvY8xZp+g=="),
                               ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                               ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]),
                   alt(text(body), html(page), calendar(cal, cte="base64")))


@make.mail(N(11), family="human_prose", lang="es-CO", interview=True, kind="scheduled",
           start=utc("2026-11-13 08:00", "America/Bogota"), end=None,
           local="Fri 2026-11-13 08:00", zone="America/Bogota",
           contact="jcardenas@fruticolaandina.com.co", company="Frutícola Andina",
           note="Colombian HR (remote role), usted; viernes 13 de noviembre 8:00 a. m. hora Colombia "
                "(UTC-5, no DST) = 13:00Z, the mail also says 14:00 in Spain; no duration; contact = sender")
def m11():
    body = t("""
        Buenas tardes, Nerea.

        Reciba un cordial saludo. De acuerdo con lo conversado, queda agendada su entrevista
        con el área de Calidad e Inocuidad para el cargo de Coordinadora de Calidad para
        exportación a Europa (modalidad remota):

        - Fecha: viernes 13 de noviembre de 2026
        - Hora: 8:00 a. m. hora Colombia (14:00 hora de España)
        - Plataforma: Google Meet, https://meet.google.com/bsk-qwtn-ura
        - Entrevistan: Ing. Andrés Salazar (Jefe de Calidad) y Juliana Cárdenas (Gestión Humana)

        Le agradecemos tener a mano su hoja de vida y la certificación de auditora interna
        en BRCGS.

        Quedamos atentos a cualquier inquietud.

        Cordialmente,

        Juliana Cárdenas Rincón
        Analista de Gestión Humana
        Frutícola Andina S.A.S. | Bogotá D.C., Colombia
        PBX (601) 744 2190 ext. 214
        """)
    return message(head(addr("Juliana Cárdenas Rincón", "jcardenas@fruticolaandina.com.co"),
                        "Agendamiento entrevista - Coordinadora de Calidad exportación",
                        "2026-11-09 15:27:48", "America/Bogota",
                        "<CAJ7v+9mQ3x0Wq8sLr1F2Jd4_pXo6cN3u0tY1bM7e9kZ4Hq@mail.gmail.com>",
                        mx="from mail-yw1-f182.google.com (mail-yw1-f182.google.com [209.85.128.182])"),
                   alt(text(body), html(gmail_html(body))))


@make.mail(N(12), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-19 11:00", MAD), end=utc("2026-11-19 12:00", MAD),
           local="Thu 2026-11-19 11:00", local_end="2026-11-19 12:00", zone=MAD,
           contact="tomas.ibarra@castellumbev.com", company="Castellum Beverages",
           note="SmartRecruiters confirmation (English), on-site in Burgos; 11:00-12:00 CET = 10:00Z; "
                "sender is noreply, contact = interviewer address in the body")
def m12():
    body = t("""
        Dear Nerea,

        We are pleased to confirm your on-site interview for the position of Quality Control
        Technician - Burgos Bottling Plant.

        Thursday, 19 November 2026
        11:00 - 12:00 (Central European Time)
        Castellum Beverages, Polígono Industrial Villalonquéjar, C/ López Bravo 61, 09001 Burgos

        You will meet Tomás Ibarra, Plant Quality Manager, and a member of the HR team, and
        you will visit the quality laboratory. Please bring safety shoes if you have them; a
        lab coat will be provided.

        For any questions about the day, please contact Tomás directly at
        tomas.ibarra@castellumbev.com.

        Kind regards,
        Castellum Beverages Recruitment

        This email was sent via SmartRecruiters. Please do not reply to this message.
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#333">
        <table width="600" align="center"><tr><td>
        <p>Dear Nerea,</p>
        <p>We are pleased to confirm your on-site interview for the position of <b>Quality Control Technician - Burgos Bottling Plant</b>.</p>
        <p style="border-left:3px solid #0a7a5a;padding-left:10px">Thursday, 19 November 2026<br>
        11:00 - 12:00 (Central European Time)<br>
        Castellum Beverages, Polígono Industrial Villalonquéjar, C/ López Bravo 61, 09001 Burgos</p>
        <p>You will meet Tomás Ibarra, Plant Quality Manager, and a member of the HR team, and you will visit the quality laboratory.
        Please bring safety shoes if you have them; a lab coat will be provided.</p>
        <p>For any questions about the day, please contact Tomás directly at
        <a href="mailto:tomas.ibarra@castellumbev.com">tomas.ibarra@castellumbev.com</a>.</p>
        <p>Kind regards,<br>Castellum Beverages Recruitment</p>
        <p style="font-size:11px;color:#999">This email was sent via SmartRecruiters. Please do not reply to this message.</p>
        </td></tr></table></body></html>
        """)
    return message(head(addr("Castellum Beverages", "noreply@smartrecruiters.com"),
                        "Interview confirmation - Quality Control Technician - Burgos Bottling Plant",
                        "2026-11-13 12:06:30", MAD, "<sr.5f4a2b1c-8e7d-4a3b-9c2d-1e0f3a4b5c6d@smartrecruiters.com>",
                        mx="from mail1.smartrecruiters.com (mail1.smartrecruiters.com [52.16.201.88])"),
                   alt(text(body), html(page)))


@make.mail(N(13), family="icims", lang="en", interview=True, kind="cancelled",
           start=utc("2026-11-25 14:00", MAD), end=utc("2026-11-25 14:45", MAD),
           local="Wed 2026-11-25 14:00", local_end="2026-11-25 14:45", zone=MAD,
           contact="priya.raman@aldergatenutrition.com", company="Aldergate Nutrition",
           note="iCIMS, HTML only + METHOD:CANCEL ICS; cancelled slot Wed 25 Nov 14:00-14:45 CET = 13:00Z; "
                "sender is the iCIMS noreply, contact = recruiter as ICS ORGANIZER")
def m13():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
        <table width="640" cellpadding="12" style="border:1px solid #ddd"><tr><td>
        <img src="https://careers-aldergatenutrition.icims.com/images/logo.png" alt="Aldergate Nutrition" height="36"><br>
        <p>Dear Nerea,</p>
        <p>We regret to let you know that your interview for <b>Quality Systems Specialist - Iberia (Req. 2026-4471)</b>
        scheduled for <b>Wednesday, 25 November 2026, 14:00 - 14:45 CET</b> has been cancelled, as the position has been put on hold
        following an internal reorganisation.</p>
        <p>Your application remains on file and we will contact you if the role reopens.
        We apologise for the inconvenience.</p>
        <p>Kind regards,<br>Priya Raman<br>Talent Acquisition, Aldergate Nutrition</p>
        <p style="font-size:10px;color:#888">Powered by iCIMS | Please do not reply to this automated message.</p>
        </td></tr></table></body></html>
        """)
    cal = ics("-//iCIMS//Interview Scheduling//EN", "CANCEL", """
        UID:icims-int-2026-4471-88120
        DTSTAMP:20261123T085512Z
        DTSTART:20261125T130000Z
        DTEND:20261125T134500Z
        SEQUENCE:2
        SUMMARY:CANCELLED: Interview - Quality Systems Specialist - Iberia
        ORGANIZER;CN=Priya Raman:mailto:priya.raman@aldergatenutrition.com
        ATTENDEE;CN=Nerea Villalba;ROLE=REQ-PARTICIPANT:mailto:nerea.villalba@example.org
        STATUS:CANCELLED
        """)
    return message(head(addr("Aldergate Nutrition", "noreply@talent.icims.com"),
                        "Interview Cancelled: Quality Systems Specialist - Iberia",
                        "2026-11-23 09:55:12", MAD, "<1511937710.4471.1795337712@talent.icims.com>",
                        mx="from mta2.talent.icims.com (mta2.talent.icims.com [199.187.91.35])"),
                   mixed(html(page), calendar(cal, method="CANCEL", filename="cancel.ics",
                                              disposition="attachment", cte="base64")))


@make.mail(N(14), family="calendly", lang="es", interview=True, kind="scheduled",
           start=utc("2026-12-01 10:00", MAD), end=utc("2026-12-01 10:30", MAD),
           local="Tue 2026-12-01 10:00", local_end="2026-12-01 10:30", zone=MAD,
           contact="lucia.merino@qualitasagro.es", company="Qualitas Agro Consulting",
           note="Calendly invitee confirmation, Spanish UI, ICS attached; 10:00-10:30 'Hora de Europa "
                "Central' on 1 Dec = 09:00Z; contact = host in Reply-To")
def m14():
    body = t("""
        Hola, Nerea Villalba:

        Tu evento ha sido programado.

        Evento:
        Entrevista inicial - Consultor/a de Calidad Alimentaria (30 min)

        Anfitrión:
        Lucía Merino

        Fecha/hora del evento:
        10:00 - martes, 1 de diciembre de 2026 (Hora de Europa Central)

        Ubicación:
        Llamada de teléfono. Lucía te llamará al +34 6XX XXX 412.

        Preguntas:
        ¿Cuál es tu disponibilidad para viajar por Castilla y León?
        Sí, con vehículo propio.

        Cancelar: https://calendly.com/cancellations/8c3e1f2a-77b0-4d52-9a1e-3b6f0c2d5e48
        Reprogramar: https://calendly.com/reschedulings/8c3e1f2a-77b0-4d52-9a1e-3b6f0c2d5e48

        Desarrollado por Calendly.com
        """)
    page = "<html><body style=\"font-family:Proxima Nova,Arial,sans-serif\">" + "".join(
        f"<p>{p}</p>" for p in body.strip().split("\n\n")).replace("\n", "<br>") + "</body></html>\n"
    cal = ics("-//Calendly//EN", "REQUEST", """
        UID:8c3e1f2a-77b0-4d52-9a1e-3b6f0c2d5e48@calendly.com
        DTSTAMP:20261126T172011Z
        DTSTART:20261201T090000Z
        DTEND:20261201T093000Z
        SUMMARY:Entrevista inicial - Consultor/a de Calidad Alimentaria (30 min) - Nerea Villalba
        ORGANIZER;CN=Lucía Merino:mailto:lucia.merino@qualitasagro.es
        ATTENDEE;CN=Nerea Villalba;PARTSTAT=ACCEPTED:mailto:nerea.villalba@example.org
        LOCATION:Llamada de teléfono
        STATUS:CONFIRMED
        SEQUENCE:0
        """)
    return message(head(addr("Calendly", "notifications@calendly.com"),
                        "Confirmado: Entrevista inicial - Consultor/a de Calidad Alimentaria (30 min) con "
                        "Lucía Merino el martes, 1 de diciembre de 2026",
                        "2026-11-26 18:20:11", MAD, "<0100018f7a2c3d4e-calendly-5c1d@email.amazonses.com>",
                        mx="from a8-32.smtp-out.amazonses.com (a8-32.smtp-out.amazonses.com [54.240.8.32])",
                        extra=[("Reply-To", addr("Lucía Merino", "lucia.merino@qualitasagro.es"))]),
                   mixed(alt(text(body), html(page)),
                         calendar(cal, filename="invite.ics", disposition="attachment", cte="base64",
                                  ctype="application/ics", method=None)))


@make.mail(N(15), family="human_prose", lang="es", interview=True, kind="cancelled",
           start=utc("2026-10-15 12:00", MAD), end=None, local="Thu 2026-10-15 12:00", zone=MAD,
           contact="alvaro.recio@talentoagro.es", company="Quesería Las Merindades",
           note="Agency recruiter (tú), utf-8 8bit, cancels 'este jueves a las 12:00' with the client "
                "(position frozen); Date Tue 13 Oct -> Thu 15 Oct 12:00 CEST = 10:00Z; company = the client")
def m15():
    body = t("""
        Hola Nerea,

        Siento mucho escribirte con malas noticias: Quesería Las Merindades me acaba de llamar
        para decirme que congelan la vacante de Responsable de Calidad hasta el año que viene,
        así que tenemos que cancelar la entrevista de este jueves a las 12:00 en Villarcayo.

        Me sabe fatal, sobre todo por el viaje que ibas a hacer. Ellos me han insistido en que
        tu perfil les encajaba muy bien, y en cuanto se reactive serás la primera a la que
        llame. Mientras tanto tengo otro par de procesos en la zona de Valladolid que te
        comento la semana que viene.

        Un abrazo,

        Álvaro Recio
        Consultor Senior | Talento Agro Consultores
        M. 619 40 27 85
        """)
    return message(head(addr("Álvaro Recio", "alvaro.recio@talentoagro.es"),
                        "Cancelación entrevista del jueves - Quesería Las Merindades",
                        "2026-10-13 17:05:41", MAD, "<b3c8f7e2-1a4d-4f6b-9e0c-7d2a5b8c1f93@talentoagro.es>",
                        mx="from smtp.talentoagro.es (smtp.talentoagro.es [91.117.62.40])",
                        extra=[("User-Agent", "Mozilla Thunderbird")]),
                   text(body, cte="8bit", params="format=flowed"))


@make.mail(N(16), family="reply_quoted", lang="es", interview=True, kind="scheduled",
           start=utc("2026-11-16 10:30", MAD), end=None, local="Mon 2026-11-16 10:30", zone=MAD,
           contact="pilar.cuesta@hermanoscuesta.es", company="Embutidos Hermanos Cuesta",
           days=(("Tue", "2026-11-17"),),
           note="Short usted reply on top of the quoted thread (windows-1252, QP): the HR manager confirms "
                "'el lunes 16 a las 10:30' that Nerea picked from two proposals; Mon 16 Nov CET = 09:30Z; "
                "contact = sender")
def m16():
    body = t("""
        Perfecto, Nerea. Queda confirmada entonces la entrevista el lunes 16 a las 10:30 en
        nuestras instalaciones de Cantimpalos (Ctra. de Segovia, km 2). Pregunte por mí en la
        recepción de la fábrica.

        Un saludo,

        Pilar Cuesta
        Dpto. de Recursos Humanos
        Embutidos Hermanos Cuesta, S.A.
        Tel. 921 49 60 12

        -----Mensaje original-----
        De: Nerea Villalba <nerea.villalba@example.org>
        Enviado el: martes, 10 de noviembre de 2026 11:02
        Para: Pilar Cuesta <pilar.cuesta@hermanoscuesta.es>
        Asunto: RE: Proceso de selección Técnico/a de Calidad

        Buenos días, Pilar:

        Muchas gracias. El lunes 16 a las 10:30 me viene perfecto.

        Un saludo,
        Nerea

        -----Mensaje original-----
        De: Pilar Cuesta <pilar.cuesta@hermanoscuesta.es>
        Enviado el: lunes, 9 de noviembre de 2026 17:45
        Para: Nerea Villalba <nerea.villalba@example.org>
        Asunto: Proceso de selección Técnico/a de Calidad

        Estimada Nerea:

        Hemos revisado su candidatura y nos gustaría conocerla en persona. ¿Le vendría bien
        el lunes 16 a las 10:30 o el martes 17 a las 12:00?

        Un saludo,
        Pilar Cuesta
        """)
    return message(head(addr("Pilar Cuesta", "pilar.cuesta@hermanoscuesta.es"),
                        "RE: Proceso de selección Técnico/a de Calidad",
                        "2026-11-10 12:37:19", MAD, "<002a01dd5321$4f8e3c10$eeaab430$@hermanoscuesta.es>",
                        mx="from mail.hermanoscuesta.es (mail.hermanoscuesta.es [213.0.87.141])",
                        extra=[("In-Reply-To", "<CAO3kx8t2_r9VnQ1mLw4cJ5sA0pZ7eXyB6fDg2hU@mail.example.org>"),
                               ("References", "<000f01dd5271$1a2b3c40$4e5f6a70$@hermanoscuesta.es>\r\n "
                                              "<CAO3kx8t2_r9VnQ1mLw4cJ5sA0pZ7eXyB6fDg2hU@mail.example.org>"),
                               ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQKx3f0b7cUe9sFDk2gBfXw1aPz1bQ=="),
                               ("Content-Language", "es")]),
                   text(body, charset="windows-1252"))


@make.mail(N(17), family="forwarded", lang="es", interview=True, kind="scheduled",
           start=utc("2026-12-03 12:00", MAD), end=utc("2026-12-03 12:45", MAD),
           local="Thu 2026-12-03 12:00", local_end="2026-12-03 12:45", zone=MAD,
           contact="marina.sole@azucareradelesla.es", company="Azucarera del Esla",
           note="Nerea forwards a Workable confirmation from her old address to her main inbox (Gmail "
                "'Fwd:'); jueves 3 de diciembre 12:00, 45 minutos, hora peninsular (CET) = 11:00Z; the "
                "Workable sender is a relay, contact = address in the forwarded body")
def m17():
    body = t("""
        me lo reenvío para tenerlo en el correo bueno

        ---------- Forwarded message ---------
        De: Azucarera del Esla <azucareradelesla@workablemail.com>
        Date: lun, 30 nov 2026 a las 12:02
        Subject: Entrevista confirmada - Técnico/a de Calidad de Campaña
        To: <nerea.villalba@example.com>


        Hola Nerea,

        ¡Gracias por elegir un horario! Tu entrevista queda confirmada:

        Técnico/a de Calidad de Campaña - La Bañeza (León)
        jueves, 3 de diciembre de 2026, 12:00 - 12:45 (hora peninsular española)
        Videollamada: https://meet.workable.com/azucareradelesla/i/7TQ2KD

        Te entrevistará Marina Solé, Responsable de Calidad de fábrica. Si tienes cualquier
        duda, puedes escribirle a marina.sole@azucareradelesla.es.

        Un saludo,
        Equipo de Selección de Azucarera del Esla

        Enviado a través de Workable
        """)
    return message(head(addr("Nerea Villalba", ME_OLD), "Fwd: Entrevista confirmada - Técnico/a de Calidad de Campaña",
                        "2026-11-30 21:10:44", MAD, "<CAO3kx8vN2m7yQe1sRt5Wz0pLc4uHd8aBf6gJ9kX@mail.gmail.com>",
                        mx="from mail-ej1-f47.google.com (mail-ej1-f47.google.com [209.85.218.47])"),
                   alt(text(body), html(gmail_html(body))))


def _solenne_inner() -> bytes:
    body = t("""
        Hi Nerea,

        Your final interview with Solenne Dairy Group has been rescheduled.

        Final interview - Quality & Regulatory Lead, Iberia
        Tuesday, December 8, 2026
        9:00 AM - 10:00 AM GMT (Dublin)

        Previous time: Friday, December 4, 2026, 2:00 PM GMT (cancelled)

        Interviewers: Aoife Brennan, Ciarán Doyle
        Location: Zoom - https://solennedairy.zoom.us/j/91830027714

        Questions? Reply to this email and it will reach Aoife Brennan.

        Solenne Dairy Group Recruiting
        """)
    cal = ics("-//Ashby//Ashby Scheduling//EN", "REQUEST", """
        UID:5d1e7c20-3a9b-48f1-b2c6-0e4d9a7f1b35
        DTSTAMP:20261202T104502Z
        DTSTART:20261208T090000Z
        DTEND:20261208T100000Z
        SEQUENCE:1
        SUMMARY:Solenne Dairy Group - Final interview - Quality & Regulatory Lead\\, Iberia
        LOCATION:https://solennedairy.zoom.us/j/91830027714
        ORGANIZER;CN=Aoife Brennan:mailto:aoife.brennan@solennedairy.ie
        ATTENDEE;CN=Nerea Villalba;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nerea.villalba@example.org
        STATUS:CONFIRMED
        """)
    return message([("From", addr("Solenne Dairy Group", "no-reply@ashbyhq.com")),
                    ("Reply-To", addr("Aoife Brennan", "aoife.brennan@solennedairy.ie")),
                    ("To", OWNER),
                    ("Subject", "Interview rescheduled: Final interview at Solenne Dairy Group"),
                    ("Date", date("2026-12-02 10:45:02", "Europe/Dublin")),
                    ("Message-ID", "<0100018f9b1c2d3e-ashby-77aa@email.amazonses.com>")],
                   mixed(text(body), calendar(cal, filename="invite.ics", disposition="attachment",
                                              cte="base64")))


@make.mail(N(18), family="rfc822_attachment", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-12-08 09:00", "Europe/Dublin"), end=utc("2026-12-08 10:00", "Europe/Dublin"),
           local="Tue 2026-12-08 09:00", local_end="2026-12-08 10:00", zone="Europe/Dublin",
           contact="tom.whitaker@pinnaclelsearch.co.uk", company="Solenne Dairy Group",
           days=(("Fri", "2026-12-04"),),
           note="Agency recruiter's note with the client's Ashby reschedule attached as message/rfc822; "
                "new time Tue 8 Dec 9:00 GMT (Dublin) = 09:00Z = 10:00 in Valladolid; old slot Fri 4 Dec; "
                "contact = human sender first (agency), company = the hiring client")
def m18():
    body = t("""
        Hi Nerea,

        Solenne have had to move your final round - Ciarán is travelling on Friday. Their
        updated invite is attached. New time is Tuesday 8th at 9am Irish time, so 10am for
        you in Valladolid. Same Zoom link.

        Shout if that doesn't work and I'll sort it with Aoife.

        Cheers,
        Tom

        Tom Whitaker
        Principal Consultant, Food & Beverage
        Pinnacle Life Sciences Search | London
        +44 20 7946 0318
        """)
    return message(head(addr("Tom Whitaker", "tom.whitaker@pinnaclelsearch.co.uk"),
                        "FW: Interview rescheduled: Final interview at Solenne Dairy Group",
                        "2026-12-02 11:03:27", "Europe/London",
                        "<LO2P265MB5120B7C8D9E0F1A2B3C4D5E6F7A8@LO2P265MB5120.GBRP265.PROD.OUTLOOK.COM>",
                        mx="from GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2110.outbound.protection.outlook.com [40.107.10.110])",
                        extra=[("Content-Language", "en-GB"), ("X-MS-Has-Attach", "yes")]),
                   mixed(text(body), attached_message(_solenne_inner(),
                                                                  "Interview rescheduled.eml")))


@make.mail(N(19), family="ms_bookings", lang="es", interview=True, kind="scheduled",
           start=utc("2026-09-22 13:00", MAD), end=utc("2026-09-22 13:45", MAD),
           local="Tue 2026-09-22 13:00", local_end="2026-09-22 13:45", zone=MAD,
           contact="elena.rivas@montestorozos.es", company="Cárnicas Montes Torozos",
           note="Microsoft Bookings (Spanish) from a shared mailbox; body shows '(UTC+01:00) Bruselas, "
                "Copenhague, Madrid, París' although 22 Sep is CEST: 13:00 CEST = 11:00Z, which the "
                "Romance Standard Time ICS confirms; contact = staff address in the body")
def m19():
    body = t("""
        Cárnicas Montes Torozos

        Su reserva está confirmada

        Entrevista - Técnico/a de Calidad (Mataderos y Salas de despiece)
        martes, 22 de septiembre de 2026
        13:00 - 13:45 (UTC+01:00) Bruselas, Copenhague, Madrid, París
        Personal: Elena Rivas

        Dirección
        Carretera de Villanubla s/n, 47152 Valladolid

        Si necesita cambiar o cancelar la cita, escriba a Elena Rivas (elena.rivas@montestorozos.es)
        o use el enlace: https://outlook.office365.com/owa/calendar/SeleccionPersonal@montestorozos.onmicrosoft.com/bookings/

        Agregar al calendario
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',sans-serif">
        <div style="font-size:20px;font-weight:600">Cárnicas Montes Torozos</div>
        <div style="font-size:16px;margin-top:12px">Su reserva está confirmada</div>
        <table style="margin-top:12px;font-size:14px">
        <tr><td>Entrevista - Técnico/a de Calidad (Mataderos y Salas de despiece)</td></tr>
        <tr><td>martes, 22 de septiembre de 2026</td></tr>
        <tr><td>13:00 - 13:45 (UTC+01:00) Bruselas, Copenhague, Madrid, París</td></tr>
        <tr><td>Personal: Elena Rivas</td></tr>
        </table>
        <p style="font-size:14px"><b>Dirección</b><br>Carretera de Villanubla s/n, 47152 Valladolid</p>
        <p style="font-size:13px">Si necesita cambiar o cancelar la cita, escriba a Elena Rivas
        (<a href="mailto:elena.rivas@montestorozos.es">elena.rivas@montestorozos.es</a>) o
        <a href="https://outlook.office365.com/owa/calendar/SeleccionPersonal@montestorozos.onmicrosoft.com/bookings/">administre su reserva</a>.</p>
        </body></html>
        """)
    cal = ics("Microsoft Exchange Server 2010", "REQUEST", """
        ORGANIZER;CN=Selección Cárnicas Montes Torozos:mailto:SeleccionPersonal@montestorozos.onmicrosoft.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Nerea Villalba:mailto:nerea.villalba@example.org
        UID:040000008200E00074C5B7101A82E0080000000011C4E0A6D12ADD01000000000000000010000000C3B2A1908F7E6D5C4B3A29180716F5E4
        SUMMARY;LANGUAGE=es-ES:Entrevista - Técnico/a de Calidad (Mataderos y Salas de despiece)
        DTSTART;TZID=Romance Standard Time:20260922T130000
        DTEND;TZID=Romance Standard Time:20260922T134500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260915T072940Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Carretera de Villanubla s/n\\, 47152 Valladolid
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        """, VTZ_ROMANCE)
    return message(head(addr("Selección Cárnicas Montes Torozos", "SeleccionPersonal@montestorozos.onmicrosoft.com"),
                        "Reserva confirmada: Entrevista - Técnico/a de Calidad con Elena Rivas",
                        "2026-09-15 09:29:40", MAD,
                        "<AM8PR02MB7961F0E1D2C3B4A5968778695A4B3@AM8PR02MB7961.eurprd02.prod.outlook.com>",
                        mx="from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2089.outbound.protection.outlook.com [40.107.247.89])",
                        extra=[("Content-Language", "es-ES")]),
                   alt(text(body), html(page), calendar(cal, cte="base64")))


@make.mail(N(20), family="goodtime", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-25 15:30", MAD), end=utc("2026-09-25 16:15", MAD),
           local="Fri 2026-09-25 15:30", local_end="2026-09-25 16:15", zone=MAD,
           contact="jessica.moreau@veltropack.com", company="Veltro Packaging",
           note="GoodTime confirmation (English), ICS with TZID Europe/Paris; 3:30-4:15 PM CEST = 13:30Z; "
                "contact = coordinator in Reply-To")
def m20():
    body = t("""
        Hello Nerea,

        Your interview with Veltro Packaging is confirmed.

        Position: Quality Engineer - Food Contact Packaging (Valladolid site)
        Friday, September 25, 2026
        3:30 PM - 4:15 PM CEST (Central European Summer Time)

        Schedule
        3:30 PM - 4:15 PM  Technical interview with Marc Delorme, Site Quality Lead

        Video conference: https://veltropack.zoom.us/j/97123405518

        A calendar invitation is attached. To request a change, reply to this email.

        Jessica Moreau
        Recruiting Coordinator, Veltro Packaging
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:14px">
        <p>Hello Nerea,</p>
        <p>Your interview with <b>Veltro Packaging</b> is confirmed.</p>
        <p><b>Position:</b> Quality Engineer - Food Contact Packaging (Valladolid site)<br>
        <b>Friday, September 25, 2026</b><br>3:30 PM - 4:15 PM CEST (Central European Summer Time)</p>
        <table style="border:1px solid #e5e5e5;font-size:13px" cellpadding="6">
        <tr><th align="left">Schedule</th><th></th></tr>
        <tr><td>3:30 PM - 4:15 PM</td><td>Technical interview with Marc Delorme, Site Quality Lead</td></tr>
        </table>
        <p>Video conference: <a href="https://veltropack.zoom.us/j/97123405518">https://veltropack.zoom.us/j/97123405518</a></p>
        <p>A calendar invitation is attached. To request a change, reply to this email.</p>
        <p>Jessica Moreau<br>Recruiting Coordinator, Veltro Packaging</p>
        <p style="font-size:10px;color:#aaa">Sent via GoodTime</p>
        </body></html>
        """)
    cal = ics("-//GoodTime.io//Interview Scheduler//EN", "REQUEST", """
        UID:gt-3c9e2a71-4d58-4b1f-8e06-5fa27c1d9b40
        DTSTAMP:20260921T080517Z
        DTSTART;TZID=Europe/Paris:20260925T153000
        DTEND;TZID=Europe/Paris:20260925T161500
        SUMMARY:Veltro Packaging - Interview with Nerea Villalba
        LOCATION:https://veltropack.zoom.us/j/97123405518
        ORGANIZER;CN=Jessica Moreau:mailto:jessica.moreau@veltropack.com
        ATTENDEE;CN=Nerea Villalba;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nerea.villalba@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        """, VTZ["Europe/Paris"])
    return message(head(addr("Veltro Packaging", "no-reply@goodtime.io"),
                        "Confirmed: Your interview with Veltro Packaging on Friday, September 25",
                        "2026-09-21 10:05:17", MAD, "<20260921080517.gt.3c9e2a71@goodtime.io>",
                        mx="from o2.mail.goodtime.io (o2.mail.goodtime.io [149.72.131.14])",
                        extra=[("Reply-To", addr("Jessica Moreau", "jessica.moreau@veltropack.com"))]),
                   mixed(alt(text(body), html(page)),
                         calendar(cal, filename="interview.ics", disposition="attachment")))


@make.mail(N(21), family="ashby", lang="en", interview=True, kind="cancelled",
           start=utc("2026-10-19 11:00", "America/New_York"), end=utc("2026-10-19 11:45", "America/New_York"),
           local="Mon 2026-10-19 11:00", local_end="2026-10-19 11:45", zone="America/New_York",
           contact="derek@fermenticalabs.com", company="Fermentica Labs",
           note="Ashby cancellation with METHOD:CANCEL ICS; New York employer, slot 11:00-11:45 AM EDT "
                "(UTC-4) = 15:00Z (the body adds 5:00 PM CEST); contact = Reply-To hiring manager")
def m21():
    body = t("""
        Hi Nerea,

        Unfortunately we need to cancel your interview:

        Hiring manager interview - Quality Lead, EU Co-Manufacturing (Remote)
        Monday, October 19, 2026, 11:00 AM - 11:45 AM EDT (5:00 PM - 5:45 PM CEST)

        Derek will be in touch shortly with some new times. Sorry for the change!

        Questions? Just reply and it will reach Derek Lindqvist.

        Thanks,
        Fermentica Labs Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Nerea,</p>
        <p>Unfortunately we need to cancel your interview:</p>
        <p><b>Hiring manager interview - Quality Lead, EU Co-Manufacturing (Remote)</b><br>
        Monday, October 19, 2026, 11:00 AM - 11:45 AM EDT (5:00 PM - 5:45 PM CEST)</p>
        <p>Derek will be in touch shortly with some new times. Sorry for the change!</p>
        <p>Questions? Just reply and it will reach Derek Lindqvist.</p>
        <p>Thanks,<br>Fermentica Labs Recruiting</p>
        </body></html>
        """)
    cal = ics("-//Ashby//Ashby Scheduling//EN", "CANCEL", """
        UID:a7e2c915-0b3d-4f68-9c21-6d8e4f0a1b27
        DTSTAMP:20261015T191230Z
        DTSTART:20261019T150000Z
        DTEND:20261019T154500Z
        SEQUENCE:1
        SUMMARY:Fermentica Labs - Hiring manager interview - Quality Lead\\, EU Co-Manufacturing
        ORGANIZER;CN=Derek Lindqvist:mailto:derek@fermenticalabs.com
        ATTENDEE;CN=Nerea Villalba;ROLE=REQ-PARTICIPANT:mailto:nerea.villalba@example.org
        STATUS:CANCELLED
        """)
    return message(head(addr("Fermentica Labs", "no-reply@ashbyhq.com"),
                        "Interview cancelled: Quality Lead, EU Co-Manufacturing at Fermentica Labs",
                        "2026-10-15 15:12:30", "America/New_York", "<0100018f5e6a7b8c-ashby-c41d@email.amazonses.com>",
                        mx="from a48-12.smtp-out.amazonses.com (a48-12.smtp-out.amazonses.com [54.240.48.12])",
                        extra=[("Reply-To", addr("Derek Lindqvist", "derek@fermenticalabs.com"))]),
                   mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                         calendar(cal, method="CANCEL", filename="invite.ics", disposition="attachment",
                                  cte="base64")))


@make.mail(N(22), family="recruitee", lang="es", interview=True, kind="scheduled",
           start=utc("2026-10-07 17:00", MAD), end=utc("2026-10-07 17:30", MAD),
           local="Wed 2026-10-07 17:00", local_end="2026-10-07 17:30", zone=MAD,
           contact="ines.alonso@nutrisana.es", company="Nutrisana Foods",
           note="Recruitee, Spanish (tú), with .ics in Europe/Madrid; miércoles 7 de octubre 17:00-17:30 "
                "CEST = 15:00Z; contact = recruiter in Reply-To")
def m22():
    body = t("""
        Hola Nerea:

        ¡Gracias por tu interés en Nutrisana Foods! Te confirmamos la primera entrevista para
        la vacante de Técnico/a de I+D y Calidad (snacks saludables):

        Cuándo: miércoles, 7 de octubre de 2026, de 17:00 a 17:30 (hora de Madrid)
        Dónde: videollamada de Whereby, https://whereby.com/nutrisana-seleccion
        Con quién: Inés Alonso (People & Culture)

        Te adjuntamos la invitación para tu calendario. Si tienes algún problema con la
        conexión, responde a este correo.

        Un saludo,
        Inés, en nombre de Nutrisana Foods
        """)
    cal = ics("-//Recruitee//Recruitee Calendar//EN", "REQUEST", """
        UID:recruitee-event-3390412@recruitee.com
        DTSTAMP:20261001T113548Z
        DTSTART;TZID=Europe/Madrid:20261007T170000
        DTEND;TZID=Europe/Madrid:20261007T173000
        SUMMARY:Entrevista Nutrisana Foods - Técnico/a de I+D y Calidad
        LOCATION:https://whereby.com/nutrisana-seleccion
        ORGANIZER;CN=Inés Alonso:mailto:ines.alonso@nutrisana.es
        ATTENDEE;CN=Nerea Villalba;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nerea.villalba@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        """, VTZ_MADRID)
    return message(head(addr("Nutrisana Foods", "no-reply@recruitee.com"),
                        "Entrevista confirmada - Técnico/a de I+D y Calidad",
                        "2026-10-01 13:35:48", MAD, "<5f2b9a1c7d3e4_ab12cd34@recruitee-mailer-7.mail>",
                        mx="from mail-a.recruitee.com (mail-a.recruitee.com [35.157.42.196])",
                        extra=[("Reply-To", addr("Inés Alonso", "ines.alonso@nutrisana.es"))]),
                   mixed(alt(text(body), html(gmail_html(body))),
                         calendar(cal, filename="entrevista.ics", disposition="attachment", cte="base64")))


@make.mail(N(23), family="human_prose", lang="es", interview=True, kind="rescheduled",
           start=utc("2026-12-11 13:00", MAD), end=None, local="Fri 2026-12-11 13:00", zone=MAD,
           contact="msanz@coopinares.es", company="Cooperativa Tierra de Pinares",
           days=(("Thu", "2026-12-10"),),
           note="Usted, base64 text: the phone interview moves from 'jueves 10 a las 9:15' to 'viernes 11 "
                "de diciembre a las 13:00' (CET) = 12:00Z; old and new times in one mail; contact = sender")
def m23():
    body = t("""
        Estimada Nerea:

        Le escribo para pedirle un cambio en la entrevista telefónica que teníamos prevista
        para el jueves 10 a las 9:15. Ese día tenemos auditoría de certificación y el
        responsable de calidad no podrá atenderla.

        Le propongo pasarla al viernes 11 de diciembre a las 13:00, y como me comentó que los
        viernes tenía disponibilidad, la dejo ya fijada así. Le llamaremos al móvil que
        figura en su currículum.

        Disculpe las molestias.

        Atentamente,

        Mercedes Sanz
        Administración y Personal
        Cooperativa Tierra de Pinares
        Cuéllar (Segovia)
        """)
    return message(head(addr("Mercedes Sanz", "msanz@coopinares.es"), "Cambio de fecha entrevista telefónica",
                        "2026-12-07 16:48:13", MAD, "<4E9B1C2D.7A3F@coopinares.es>",
                        mx="from correo.coopinares.es (correo.coopinares.es [80.58.61.250])",
                        extra=[("User-Agent", "Roundcube Webmail/1.6.7")]),
                   text(body, cte="base64"))


# =========================================================================== negatives


@make.mail(N(24), family="application_receipt", lang="en", interview=False, company="Grupo Nutrilia",
           note="Taleo application acknowledgement; no interview, no time")
def m24():
    body = t("""
        Dear Nerea Villalba,

        Thank you for your interest in Grupo Nutrilia. This message confirms that we have
        received your application for the position of Quality Technician - Dry Pasta Plant
        (Requisition 26000183).

        Our recruitment team will review your profile against the requirements of the role.
        If your qualifications match our needs, a member of the team will contact you to
        discuss next steps. Due to the high volume of applications we may not be able to
        respond to each candidate individually.

        You can check the status of your application at any time on our Career Section.

        Sincerely,
        Grupo Nutrilia Talent Acquisition

        ** This is an automated message. Please do not reply. **
        """)
    return message(head(addr("Grupo Nutrilia Careers", "nutrilia@taleo.net"),
                        "Grupo Nutrilia - Application Received - Quality Technician - Dry Pasta Plant",
                        "2026-09-03 16:12:44", MAD, "<1788444764123.JavaMail.taleo@ptaleo06.taleo.net>",
                        mx="from ptaleo06.taleo.net (ptaleo06.taleo.net [160.34.2.206])"),
                   text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(25), family="rejection", lang="es", interview=False, company="Panaderías Almena",
           note="Teamtailor rejection after the 30 Sep video interview (same thread as the confirmation)")
def m25():
    body = t("""
        Hola Nerea:

        Muchas gracias por el tiempo que dedicaste a la entrevista con Carmen e Iván y por tu
        interés en Panaderías Almena.

        Ha sido una decisión difícil, pero hemos decidido continuar el proceso con otra
        candidata cuyo perfil se ajusta algo más a las necesidades del obrador en este momento.

        Nos gustaría mantener tu candidatura en nuestra base de talento para futuras
        oportunidades. Si prefieres que no sea así, puedes eliminar tus datos desde el enlace
        que encontrarás más abajo.

        ¡Te deseamos mucha suerte!
        El equipo de Panaderías Almena

        Gestionar mis datos: https://panaderiasalmena.teamtailor.com/connect/privacy
        """)
    return message(head(addr("Panaderías Almena", "no-reply@teamtailor-mail.com"),
                        "Tu candidatura en Panaderías Almena", "2026-10-08 12:30:17", MAD,
                        "<6502b7d1a44c2_3f9e1a20918d@teamtailor-mail.com>",
                        mx="from mail.teamtailor-mail.com (mail.teamtailor-mail.com [198.21.5.17])",
                        extra=[("Reply-To", addr("Carmen Lozano", "carmen.lozano@panaderiasalmena.es"))]),
                   alt(text(body), html(gmail_html(body))))


@make.mail(N(26), family="job_alert", lang="es", interview=False, company=None,
           note="Job-board alert for quality technician jobs near Valladolid; base64 HTML only")
def m26():
    offers = [
        ("Técnico/a de Calidad - Industria cárnica", "Íscar (Valladolid)", "24.000 - 27.000 € brutos/año"),
        ("Responsable de Seguridad Alimentaria (IFS/BRC)", "Medina del Campo (Valladolid)", "30.000 - 34.000 €"),
        ("Técnico/a de laboratorio de control de calidad", "Valladolid", "Salario no disponible"),
        ("Auditor/a de certificación de producto agroalimentario", "Castilla y León (itinerante)", "28.000 €"),
        ("Técnico/a de Calidad a turnos - Lácteos", "Tordesillas (Valladolid)", "26.500 €"),
    ]
    rows = "\n".join(
        f'<tr><td style="padding:12px;border-bottom:1px solid #eee"><a href="https://www.agroempleo.example.net/oferta/{i}" '
        f'style="font-size:16px;color:#0b5cad">{titulo}</a><br><span style="color:#555">{lugar}</span><br>'
        f'<span style="color:#2a7a2a">{sueldo}</span></td></tr>'
        for i, (titulo, lugar, sueldo) in enumerate(offers, 88120))
    page = t(f"""
        <!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,sans-serif;background:#f4f6f8">
        <table width="600" align="center" style="background:#fff">
        <tr><td style="padding:16px;font-size:18px"><b>AgroEmpleo</b></td></tr>
        <tr><td style="padding:0 16px">Hola Nerea, tenemos 12 nuevas ofertas para tu alerta
        <b>«técnico calidad» en Valladolid (50 km)</b>:</td></tr>
        {rows}
        <tr><td style="padding:16px"><a href="https://www.agroempleo.example.net/alertas/ver/55193">Ver las 12 ofertas</a></td></tr>
        <tr><td style="padding:16px;font-size:11px;color:#999">Recibes este correo porque creaste una alerta en AgroEmpleo.
        <a href="https://www.agroempleo.example.net/alertas/baja/55193">Darme de baja</a></td></tr>
        </table></body></html>
        """)
    return message(head(addr("AgroEmpleo", "alertas@agroempleo.example.net"),
                        "12 nuevas ofertas de técnico calidad en Valladolid", "2026-09-14 07:02:10", MAD,
                        "<alert.55193.20260914@agroempleo.example.net>",
                        mx="from mta3.agroempleo.example.net (mta3.agroempleo.example.net [185.22.71.9])",
                        extra=[("List-Unsubscribe", "<https://www.agroempleo.example.net/alertas/baja/55193>")]),
                   html(page, cte="base64"))


@make.mail(N(27), family="newsletter", lang="es", interview=False, company=None,
           note="Trade newsletter; one article gives tips for quality-auditor job interviews; no appointment")
def m27():
    body = t("""
        CALIDAD & INOCUIDAD - Boletín nº 142 - octubre 2026

        EN ESTE NÚMERO

        1. IFS Food versión 8: qué cambia en la evaluación de la cultura de seguridad alimentaria
        Los auditores empezarán a pedir evidencias medibles del plan de cultura...

        2. Entrevista de trabajo para técnicos de calidad: las 10 preguntas que siempre caen
        "¿Cómo gestionaste una no conformidad mayor?", "¿Qué harías ante un positivo de
        Listeria en superficie?"... Repasamos cómo responder con el método STAR.

        3. Alérgenos: nuevo criterio de etiquetado precautorio de la Comisión Europea

        4. Agenda: jornadas técnicas y cursos del trimestre

        Leer el boletín completo: https://www.calidadeinocuidad.example.net/boletin/142

        Has recibido este boletín porque estás suscrita a Calidad & Inocuidad.
        Darse de baja: https://www.calidadeinocuidad.example.net/baja?u=8812
        """)
    return message(head(addr("Calidad & Inocuidad", "boletin@calidadeinocuidad.example.net"),
                        "Boletín 142: IFS v8, preguntas de entrevista para técnicos de calidad y alérgenos",
                        "2026-10-01 08:00:00", MAD, "<boletin142.8812@calidadeinocuidad.example.net>",
                        mx="from mail.calidadeinocuidad.example.net (mail.calidadeinocuidad.example.net [93.189.40.5])",
                        extra=[("List-Unsubscribe", "<https://www.calidadeinocuidad.example.net/baja?u=8812>"),
                               ("Precedence", "bulk")]),
                   text(body))


@make.mail(N(28), family="recruiter_outreach", lang="en", interview=False,
           company="Pinnacle Life Sciences Search",
           note="Agency cold outreach asking for a call; no time fixed (later thread leads to the Solenne rfc822 mail)")
def m28():
    body = t("""
        Hi Nerea,

        I came across your profile and your experience with BRCGS and supplier audits in
        dairy stood out. I'm working on a Quality & Regulatory Lead role for Iberia with an
        Irish dairy group - remote from Spain, with some travel to plants in Galicia and
        Castilla y León.

        Would you be open to a quick 15-minute call this week or next? Let me know a couple of
        times that suit and I'll work around you.

        Best,
        Tom

        Tom Whitaker
        Principal Consultant, Food & Beverage
        Pinnacle Life Sciences Search | London
        +44 20 7946 0318
        """)
    return message(head(addr("Tom Whitaker", "tom.whitaker@pinnaclelsearch.co.uk"),
                        "Quality & Regulatory Lead, Iberia - remote", "2026-09-28 15:41:03", "Europe/London",
                        "<LO2P265MB51209A8B7C6D5E4F3A2B1C0D9E8F@LO2P265MB5120.GBRP265.PROD.OUTLOOK.COM>",
                        mx="from GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2110.outbound.protection.outlook.com [40.107.10.110])",
                        extra=[("Content-Language", "en-GB")]),
                   alt(text(body), html(gmail_html(body))))


@make.mail(N(29), family="proposal_unconfirmed", lang="es", interview=False,
           company="Cooperativa Campiña del Duero",
           days=(("Tue", "2026-10-20"), ("Wed", "2026-10-21")),
           note="Recruiter proposes two slots (martes 20 a las 10:00 o miércoles 21 a las 16:30) and asks "
                "which suits; nothing confirmed yet")
def m29():
    body = t("""
        Hola Nerea:

        Te escribo de parte de la Cooperativa Campiña del Duero en relación con tu candidatura
        para el puesto de Técnico/a de Calidad de la planta de envasado de legumbres.

        Nos gustaría hacerte una entrevista presencial en Toro. ¿Te vendría bien el martes 20
        de octubre a las 10:00 o el miércoles 21 a las 16:30? Si ninguna de las dos te
        encaja, dime qué días tienes libres esa semana y lo buscamos.

        Quedo pendiente de tu respuesta.

        Saludos,
        Sonia Prieto
        Administración - Cooperativa Campiña del Duero
        Tel. 980 69 11 24
        """)
    return message(head(addr("Sonia Prieto", "sprieto@campinadelduero.es"),
                        "Entrevista puesto Técnico/a de Calidad", "2026-10-13 11:14:52", MAD,
                        "<f2d1a7c0-55e3-4b9a-8c6e-1a2b3c4d5e6f@campinadelduero.es>",
                        mx="from smtp.campinadelduero.es (smtp.campinadelduero.es [217.125.9.63])"),
                   text(body, cte="8bit"))


@make.mail(N(30), family="availability_request", lang="en", interview=False, company="Norvalia Foods",
           note="Greenhouse availability request: candidate is asked to submit free times; nothing scheduled")
def m30():
    body = t("""
        Hi Nerea,

        Thanks for your interest in the Quality Assurance Technician (Valladolid plant) role at
        Norvalia Foods! We'd like to set up a 45-minute video interview with our Quality
        Manager, Sergio Llamas.

        Please let us know when you're available over the next two weeks using the link below.
        All times will be shown in your local time zone.

        https://app.greenhouse.io/availability/4f8b21c7d3/submit

        Best regards,
        Hannah Okafor
        Talent Acquisition Partner, Iberia
        Norvalia Foods
        """)
    return message(head(addr("Norvalia Foods", "no-reply@us.greenhouse-mail.io"),
                        "Your availability for an interview with Norvalia Foods", "2026-09-04 14:51:36", MAD,
                        "<5e0c1b2d.9a7f6e54@us.greenhouse-mail.io>",
                        mx="from o1.us.greenhouse-mail.io (o1.us.greenhouse-mail.io [167.89.40.12])",
                        extra=[("Reply-To", addr("Hannah Okafor", "hannah.okafor@norvaliafoods.com"))]),
                   alt(text(body), html(gmail_html(body))))


@make.mail(N(31), family="scheduling_link", lang="es-MX", interview=False, company="Alimentos Sierra Dorada",
           note="Mexican recruiter sends a Calendly link to book a first call; no time chosen yet")
def m31():
    body = t("""
        Hola Nerea, ¿cómo estás?

        Te escribo de Alimentos Sierra Dorada. Vimos tu perfil para la vacante de Especialista
        en Calidad de Proveedores (remoto) y nos encantaría platicar contigo.

        Para agendar una llamada inicial de 30 minutos, por favor elige el horario que más te
        acomode en esta liga (te muestra los horarios en tu zona horaria):

        https://calendly.com/daniela-arreola-sd/llamada-inicial

        ¡Quedo atenta!

        Saludos,
        Daniela Arreola
        Atracción de Talento
        Alimentos Sierra Dorada, S.A. de C.V.
        """)
    return message(head(addr("Daniela Arreola", "daniela.arreola@sierradorada.com.mx"),
                        "Vacante Especialista en Calidad de Proveedores - Sierra Dorada",
                        "2026-10-05 12:18:40", "America/Mexico_City",
                        "<SJ0PR13MB58737F6E5D4C3B2A1908F7E6D5C4B@SJ0PR13MB5873.namprd13.prod.outlook.com>",
                        mx="from NAM12-MW2-obe.outbound.protection.outlook.com (mail-mw2nam12on2102.outbound.protection.outlook.com [40.107.244.102])",
                        extra=[("Content-Language", "es-MX")]),
                   alt(text(body), html(gmail_html(body))))


@make.mail(N(32), family="auto_reply", lang="es", interview=False, company="Grupo Lácteo Duerna",
           note="Out-of-office auto-reply from the recruiter after Nerea's thank-you note; dates of absence only")
def m32():
    body = t("""
        Gracias por su mensaje.

        Me encuentro fuera de la oficina hasta el lunes 28 de septiembre, con acceso limitado
        al correo. Para asuntos urgentes relacionados con procesos de selección, puede
        dirigirse a personas@grupoduerna.es.

        Un saludo,
        Raquel Fuentes
        Departamento de Personas - Grupo Lácteo Duerna
        """)
    return message(head(addr("Raquel Fuentes", "raquel.fuentes@grupoduerna.es"),
                        "Respuesta automática: Gracias por la entrevista", "2026-09-18 08:47:02", MAD,
                        "<AM9PR07MB7132D4E5F6A7B8C9D0E1F2A3B4C5@AM9PR07MB7132.eurprd07.prod.outlook.com>",
                        mx="from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2044.outbound.protection.outlook.com [40.107.105.44])",
                        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                               ("In-Reply-To", "<CAO3kx8s1L0pQw7eRt2yUi9oPa4sDf6gHj3kLz@mail.example.org>"),
                               ("Content-Language", "es-ES")]),
                   text(body))


@make.mail(N(33), family="bounce", lang="en", interview=False, company=None,
           note="DSN (multipart/report) for Nerea's thank-you to Hartwell sent to a mistyped address; "
                "the returned message mentions the interview only in the past")
def m33():
    orig = message([("From", OWNER), ("To", "daniel.reyes@hartwellfoodsafety.com"),
                    ("Subject", "Thank you for today's conversation"),
                    ("Date", date("2026-11-02 18:21:09", MAD)),
                    ("Message-ID", "<CAO3kx8u7Yp2Kq9LmN4bVc1xZs6dFg0hJw5eRt@mail.example.org>")],
                   text(t("""
                       Dear Daniel,

                       Thank you for taking the time to meet with me this afternoon together with
                       Megan. I enjoyed hearing about the EMEA supplier programme and I'm very
                       interested in the role.

                       Best regards,
                       Nerea Villalba
                       """)))
    notice = t("""
        This is the mail system at host smtp.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

                           The mail system

        <daniel.reyes@hartwellfoodsafety.com>: host
            hartwellfoodsafety-com.mail.protection.outlook.com[52.101.41.7] said: 550
            5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address
            lookup (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; smtp.example.org
        X-Postfix-Queue-ID: 4Xk2Pq0Rz7z9sWm
        Arrival-Date: Mon,  2 Nov 2026 18:21:10 +0100 (CET)

        Final-Recipient: rfc822; daniel.reyes@hartwellfoodsafety.com
        Original-Recipient: rfc822;daniel.reyes@hartwellfoodsafety.com
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; hartwellfoodsafety-com.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not
            found by SMTP address lookup
        """)
    report = multipart("report",
                       text(notice, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(orig), params="report-type=delivery-status")
    return message([("Delivered-To", ME),
                    ("Return-Path", "<>"),
                    ("From", addr("Mail Delivery System", "MAILER-DAEMON@smtp.example.org")),
                    ("To", ME), ("Subject", "Undelivered Mail Returned to Sender"),
                    ("Date", date("2026-11-02 18:21:13", MAD)),
                    ("Message-ID", "<20261102172113.4Xk2Pq0Rz7z9sWm@smtp.example.org>"),
                    ("Auto-Submitted", "auto-replied")], report)


@make.mail(N(34), family="offer", lang="es", interview=False, company="Embutidos Hermanos Cuesta",
           days=(("Mon", "2027-01-11"), ("Fri", "2026-12-04")),
           note="Job offer after the 16 Nov interview; start date and answer deadline only, no meeting")
def m34():
    body = t("""
        Estimada Nerea:

        Tras el proceso de selección para el puesto de Técnico/a de Calidad, tenemos el placer
        de ofrecerle la incorporación a Embutidos Hermanos Cuesta en las siguientes condiciones:

        - Contrato indefinido, jornada completa (lunes a viernes, turno de mañana)
        - Salario bruto anual: 27.500 €, en 14 pagas
        - Fecha de incorporación prevista: lunes 11 de enero de 2027
        - Centro de trabajo: Cantimpalos (Segovia)

        Le adjuntaremos la carta de oferta firmada en cuanto nos confirme sus datos. Le
        agradeceríamos una respuesta antes del viernes 4 de diciembre.

        Quedo a su disposición para cualquier aclaración.

        Un cordial saludo,

        Pilar Cuesta
        Dpto. de Recursos Humanos
        Embutidos Hermanos Cuesta, S.A.
        """)
    return message(head(addr("Pilar Cuesta", "pilar.cuesta@hermanoscuesta.es"),
                        "Propuesta de incorporación - Técnico/a de Calidad", "2026-11-27 13:02:55", MAD,
                        "<003b01dd5ea4$9c1d2e30$d4578a90$@hermanoscuesta.es>",
                        mx="from mail.hermanoscuesta.es (mail.hermanoscuesta.es [213.0.87.141])",
                        extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "es")]),
                   text(body, charset="windows-1252"))


@make.mail(N(35), family="personal_appointment", lang="es", interview=False, company=None,
           days=(("Thu", "2026-10-08"),),
           note="Dentist appointment reminder (iso-8859-15, QP): fixed time, not an interview")
def m35():
    body = t("""
        Hola, NEREA:

        Le recordamos su cita en Clínica Dental Zorrilla:

        Día: jueves 08/10/2026
        Hora: 17:30
        Tratamiento: revisión e higiene
        Doctora: Dra. Marta Ebro

        Si no puede acudir, avísenos con 24 horas de antelación llamando al 983 33 72 10 o
        respondiendo CANCELAR a este mensaje. Recuerde que el coste de la higiene es de 45 €.

        Clínica Dental Zorrilla
        Paseo de Zorrilla 88, 47006 Valladolid
        """)
    return message(head(addr("Clínica Dental Zorrilla", "citas@dentalzorrilla.example.net"),
                        "Recordatorio de su cita - Clínica Dental Zorrilla", "2026-10-06 10:00:31", MAD,
                        "<rec.20261006.4471@dentalzorrilla.example.net>",
                        mx="from mail.dentalzorrilla.example.net (mail.dentalzorrilla.example.net [79.148.22.12])"),
                   text(body, charset="iso-8859-15"))


@make.mail(N(36), family="personal_appointment", lang="es", interview=False, company=None,
           days=(("Sat", "2026-11-14"),),
           note="Vehicle inspection (ITV) booking confirmation: fixed time, not an interview")
def m36():
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <h3 style="color:#1d4f91">Confirmación de cita previa</h3>
        <p>Estimado/a cliente:</p>
        <p>Su cita para la inspección técnica de su vehículo ha quedado registrada:</p>
        <table border="1" cellpadding="6" style="border-collapse:collapse">
        <tr><td>Localizador</td><td><b>VA-2611-38842</b></td></tr>
        <tr><td>Estación</td><td>ITV Valladolid Argales (Línea 2)</td></tr>
        <tr><td>Fecha</td><td>sábado, 14 de noviembre de 2026</td></tr>
        <tr><td>Hora</td><td>10:20</td></tr>
        <tr><td>Matrícula</td><td>4417 KLM</td></tr>
        <tr><td>Tipo de inspección</td><td>Periódica - Turismo gasolina</td></tr>
        </table>
        <p>Preséntese 10 minutos antes con la ficha técnica y el permiso de circulación.</p>
        <p>Estaciones ITV Meseta</p>
        </body></html>
        """)
    return message(head(addr("ITV Meseta - Cita previa", "citaprevia@itvmeseta.example.net"),
                        "Confirmación de cita ITV - VA-2611-38842", "2026-11-04 20:14:09", MAD,
                        "<20261104191409.38842@itvmeseta.example.net>",
                        mx="from web1.itvmeseta.example.net (web1.itvmeseta.example.net [62.82.14.90])"),
                   html(page, charset="iso-8859-1"))


@make.mail(N(37), family="training_course", lang="es", interview=False, company=None,
           days=(("Tue", "2026-10-13"), ("Thu", "2026-10-29")),
           note="Enrolment confirmation for an online IFS internal-auditor course with fixed sessions; not an interview")
def m37():
    body = t("""
        Hola Nerea:

        Tu matrícula en el curso «Auditor/a interno/a IFS Food v8» (40 horas, modalidad aula
        virtual) se ha completado correctamente.

        Calendario de sesiones en directo: martes y jueves de 17:00 a 20:00, del martes 13 de
        octubre al jueves 29 de octubre de 2026 (hora peninsular). Las sesiones quedan grabadas
        en el campus.

        Acceso al campus: https://campus.formacionagro.example.net
        Usuario: nerea.villalba@example.org

        Recuerda que para obtener el certificado debes asistir al 80 % de las sesiones y
        superar el caso práctico final.

        Un saludo,
        Secretaría de Formación Agro Castilla
        """)
    return message(head(addr("Formación Agro Castilla", "secretaria@formacionagro.example.net"),
                        "Matrícula confirmada: Auditor/a interno/a IFS Food v8", "2026-10-02 11:26:38", MAD,
                        "<mat.20261002.77120@formacionagro.example.net>",
                        mx="from smtp.formacionagro.example.net (smtp.formacionagro.example.net [46.24.160.8])"),
                   alt(text(body), html(gmail_html(body))))


@make.mail(N(38), family="non_interview_calendar", lang="es", interview=False, company=None,
           note="Google Calendar invitation from a friend to a birthday dinner (Sat 21 Nov 21:30, ICS); not an interview")
def m38():
    body = t("""
        Irene Mateo te ha invitado a un evento

        Cena cumple Irene 🎂
        sábado, 21 de noviembre de 2026 · 21:30 – 23:59
        Zona horaria: Hora de Europa Central - Madrid

        Ubicación
        Taberna El Lagar, Calle Correos 4, Valladolid

        Chicas, he reservado para 8. ¡Confirmad para que no me maten en el restaurante!

        Organizador
        Irene Mateo - irene.mateo.v@example.com

        ¿Asistirás?   Sí   -   Quizás   -   No

        Invitación de Google Calendar
        """)
    cal = ics("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", """
        DTSTART;TZID=Europe/Madrid:20261121T213000
        DTEND;TZID=Europe/Madrid:20261121T235900
        DTSTAMP:20261108T184015Z
        ORGANIZER;CN=Irene Mateo:mailto:irene.mateo.v@example.com
        UID:6k9b2c3d4e5f6g7h8i9j0k1l2m@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nerea.villalba@example.org;X-NUM-GUESTS=0:mailto:nerea.villalba@example.org
        DESCRIPTION:Chicas\\, he reservado para 8. ¡Confirmad para que no me maten en el restaurante!
        LOCATION:Taberna El Lagar\\, Calle Correos 4\\, Valladolid
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Cena cumple Irene 🎂
        TRANSP:OPAQUE
        """, VTZ_MADRID)
    return message(head(addr("Irene Mateo", "irene.mateo.v@example.com"),
                        "Invitación: Cena cumple Irene 🎂 @ sáb 21 nov 2026 21:30 - 23:59 (CET) (nerea.villalba@example.org)",
                        "2026-11-08 19:40:15", MAD, "<calendar-0a9e8d7c-6b5a-4f3e-2d1c-0b9a8f7e6d5c@google.com>",
                        mx="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
                        extra=[("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                               ("Reply-To", addr("Irene Mateo", "irene.mateo.v@example.com"))]),
                   mixed(alt(text(body), html(gmail_html(body)), calendar(cal, cte="base64")),
                         calendar(cal, ctype="application/ics", filename="invite.ics", disposition="attachment",
                                  cte="base64", name_param=True)))


@make.mail(N(39), family="travel_ticket", lang="es", interview=False, company=None,
           days=(("Thu", "2026-10-29"),),
           note="Coach ticket Valladolid-Madrid on the morning of the Harinas Tierra de Campos interview; "
                "a fixed departure time, not an interview confirmation")
def m39():
    body = t("""
        AUTOCARES DUERO EXPRESS
        Confirmación de compra - Localizador DX7Q4M

        Pasajera: NEREA VILLALBA
        Trayecto: Valladolid (Estación de Autobuses) -> Madrid (Intercambiador Av. de América)
        Fecha: jueves 29/10/2026
        Salida: 07:30   Llegada: 09:45
        Asiento: 14   Tarifa: Flexible   Importe: 17,35 €

        Vuelta: Madrid (Av. de América) -> Valladolid
        Fecha: jueves 29/10/2026
        Salida: 17:00   Llegada: 19:15
        Asiento: 9    Tarifa: Flexible   Importe: 17,35 €

        Total pagado con tarjeta ****5521: 34,70 €

        Presente este billete (impreso o en el móvil) al conductor. Cambios y anulaciones
        gratuitas hasta 1 hora antes de la salida en https://www.dueroexpress.example.net
        """)
    return message(head(addr("Duero Express", "billetes@dueroexpress.example.net"),
                        "Tu billete DX7Q4M Valladolid - Madrid", "2026-10-24 22:05:51", MAD,
                        "<DX7Q4M.20261024200551@dueroexpress.example.net>",
                        mx="from out.dueroexpress.example.net (out.dueroexpress.example.net [185.103.36.44])"),
                   text(body))


@make.mail(N(40), family="assessment_deadline", lang="es", interview=False, company="Bodegas Valdecuero",
           days=(("Fri", "2026-10-02"),),
           note="Personio mail with a written case study due 'viernes 2 de octubre a las 23:59'; a deadline, not an interview")
def m40():
    body = t("""
        Hola Nerea,

        gracias por tu candidatura al puesto «Técnico/a de Calidad y Laboratorio (vendimia y
        embotellado)». Como siguiente paso te pedimos que resuelvas un breve caso práctico:

        Durante el embotellado de un crianza se detectan 3 botellas con nivel de llenado por
        debajo de la tolerancia y un lote de corchos sin certificado de TCA. Describe cómo
        actuarías (retención, investigación, comunicación y acciones correctivas).

        Extensión máxima: 2 páginas. Envíalo a través del portal antes del viernes 2 de
        octubre a las 23:59. Con los casos recibidos haremos la selección para las entrevistas
        personales.

        Subir el caso: https://bodegasvaldecuero.jobs.personio.de/application/5529183/upload

        Un saludo,
        Bodegas Valdecuero
        """)
    return message(head(addr("Bodegas Valdecuero", "noreply@mail.personio.de"),
                        "Caso práctico - Técnico/a de Calidad y Laboratorio", "2026-09-28 10:41:20", MAD,
                        "<20260928084120.5529183.7f2e@mail.personio.de>",
                        mx="from mail.personio.de (mail.personio.de [52.59.14.207])"),
                   text(body))


@make.mail(N(41), family="one_way_video", lang="en", interview=False, company="Castellum Beverages",
           days=(("Tue", "2026-11-10"),),
           note="One-way recorded video interview to complete by a deadline; no live meeting at a fixed time")
def m41():
    body = t("""
        Hi Nerea,

        Castellum Beverages has invited you to complete a video interview for Quality Control
        Technician - Burgos Bottling Plant.

        You'll answer 5 questions by recording short videos. You can take it any time before
        the deadline, from your computer or phone. It takes about 20 minutes.

        Complete by: Tuesday, November 10, 2026 at 11:59 PM CET

        Start your interview: https://app.vidasync.example.net/i/castellum/8Hq2Zr5K

        Tips: find a quiet, well-lit spot and check your camera and microphone first.

        Good luck!
        The Vidasync team, on behalf of Castellum Beverages
        """)
    return message(head(addr("Castellum Beverages via Vidasync", "invitations@vidasync.example.net"),
                        "Castellum Beverages has invited you to a video interview", "2026-11-03 09:30:04", MAD,
                        "<inv.8Hq2Zr5K@vidasync.example.net>",
                        mx="from smtp.vidasync.example.net (smtp.vidasync.example.net [18.200.41.7])"),
                   alt(text(body), html(gmail_html(body))))


@make.mail(N(42), family="webinar", lang="es", interview=False, company=None,
           days=(("Thu", "2026-11-05"),),
           note="Zoom webinar registration about competency-based interviews in the food sector; fixed time, not an interview")
def m42():
    body = t("""
        Hola Nerea Villalba:

        Gracias por inscribirse en «Cómo superar una entrevista por competencias en el sector
        agroalimentario».

        Fecha y hora: jueves 5 de nov. de 2026, 18:00 Madrid

        Únase desde un PC, Mac, iPad, iPhone o dispositivo Android:
        Haga clic aquí para unirse: https://us06web.zoom.us/w/86622109341?tk=Yk3p
        Código de acceso: 551203

        Añadir a calendario: https://us06web.zoom.us/webinar/tJ0qd-6pqjkr/ics

        Puede cancelar su inscripción en cualquier momento.

        AgroEmpleo - Webinars para candidatos
        """)
    return message(head(addr("AgroEmpleo Webinars", "no-reply@zoom.us"),
                        "Confirmación de Cómo superar una entrevista por competencias en el sector agroalimentario",
                        "2026-10-27 13:19:46", MAD, "<zwb.86622109341.b1c2@zoom.us>",
                        mx="from mailout3.zoom.us (mailout3.zoom.us [170.114.10.75])"),
                   alt(text(body), html(gmail_html(body))))


@make.mail(N(43), family="job_fair", lang="es", interview=False, company=None,
           days=(("Thu", "2026-10-22"),),
           note="Job-fair registration (windows-1252 QP); opening hours, no personal appointment")
def m43():
    body = t("""
        Estimada Nerea:

        Le confirmamos su inscripción como visitante en el Foro de Empleo Agroalimentario de
        Castilla y León 2026.

        Jueves 22 de octubre, de 10:00 a 14:00 y de 16:00 a 19:00
        Centro de Congresos de la Ribera, Valladolid

        Participan más de 40 empresas del sector (cárnico, lácteo, panadería, vino, conservas y
        envases). Le recomendamos llevar varias copias de su currículum. Las empresas realizarán
        entrevistas rápidas en sus estands por orden de llegada.

        Su código QR de acceso: https://foroempleoagro.example.net/qr/V-22718

        Organización del Foro de Empleo Agroalimentario
        """)
    return message(head(addr("Foro de Empleo Agroalimentario", "inscripciones@foroempleoagro.example.net"),
                        "Inscripción confirmada - Foro de Empleo Agroalimentario 2026", "2026-10-09 17:52:33", MAD,
                        "<V-22718.20261009@foroempleoagro.example.net>",
                        mx="from mail.foroempleoagro.example.net (mail.foroempleoagro.example.net [88.12.43.201])"),
                   text(body, charset="windows-1252"))


@make.mail(N(44), family="rejection", lang="en", interview=False, company="Grupo Nutrilia",
           note="Taleo rejection of the September application (no interview held)")
def m44():
    body = t("""
        Dear Nerea,

        Thank you for your interest in the Quality Technician - Dry Pasta Plant position
        (Requisition 26000183) at Grupo Nutrilia and for the time you invested in your
        application.

        After careful review, we regret to inform you that we have decided to move forward with
        other candidates whose experience more closely matches our current requirements.

        We encourage you to continue to visit our Career Section and apply for future
        openings that match your profile.

        Best regards,
        Grupo Nutrilia Talent Acquisition
        """)
    return message(head(addr("Grupo Nutrilia Careers", "nutrilia@taleo.net"),
                        "Your application with Grupo Nutrilia", "2026-10-02 18:40:09", MAD,
                        "<1791038409977.JavaMail.taleo@ptaleo06.taleo.net>",
                        mx="from ptaleo06.taleo.net (ptaleo06.taleo.net [160.34.2.206])"),
                   text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(45), family="application_receipt", lang="es", interview=False, company="Lácteos Cerrato",
           note="Workable application receipt in Spanish; no interview")
def m45():
    body = t("""
        Hola Nerea:

        Gracias por presentar tu candidatura para Técnico/a de Calidad - Quesería en Lácteos
        Cerrato. Hemos recibido correctamente tu solicitud.

        Nuestro equipo revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en
        contacto contigo para los siguientes pasos.

        Un saludo,
        Lácteos Cerrato

        Enviado a través de Workable
        """)
    return message(head(addr("Lácteos Cerrato", "lacteoscerrato@workablemail.com"),
                        "Gracias por tu candidatura a Lácteos Cerrato", "2026-10-19 20:33:12", MAD,
                        "<0100018f6c7d8e9f-workable-1a2b@email.amazonses.com>",
                        mx="from a48-30.smtp-out.amazonses.com (a48-30.smtp-out.amazonses.com [54.240.48.30])",
                        extra=[("Reply-To", "lacteoscerrato+b7c9e2@candidates.workablemail.com")]),
                   alt(text(body), html(gmail_html(body))))


@make.mail(N(46), family="post_interview", lang="en", interview=False, company="Norvalia Foods",
           note="Recruiter's thank-you the day after the 15 Sep interview; 'yesterday' is past, no new time")
def m46():
    body = t("""
        Hi Nerea,

        Thanks again for your time with Sergio yesterday - he really enjoyed the conversation,
        especially your example about the allergen cross-contact investigation.

        We're finishing first interviews this week and I expect to come back to you with an
        update by the end of next week.

        Best,
        Hannah

        Hannah Okafor
        Talent Acquisition Partner, Iberia | Norvalia Foods
        """)
    return message(head(addr("Hannah Okafor", "hannah.okafor@norvaliafoods.com"),
                        "Re: Thank you - Quality Assurance Technician", "2026-09-16 16:05:48", MAD,
                        "<DU0PR08MB9027E1F2A3B4C5D6E7F8091A2B3C@DU0PR08MB9027.eurprd08.prod.outlook.com>",
                        mx="from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2060.outbound.protection.outlook.com [40.107.20.60])",
                        extra=[("In-Reply-To", "<CAO3kx8r5Tn1Qx8bWm2cVz7kLp0sAd3fGh9jYu@mail.example.org>")]),
                   alt(text(body), html(gmail_html(body))))


@make.mail(N(47), family="post_interview", lang="es-MX", interview=False, company="Alimentos Sierra Dorada",
           note="Mexican recruiter: Nerea advances to the final stage, times to be proposed later; nothing scheduled")
def m47():
    body = t("""
        Hola Nerea, ¡buenas noticias!

        Rubén quedó muy contento con la entrevista del martes y nos pidió que avances a la
        etapa final con nuestro Director de Operaciones, el Lic. Héctor Villaseñor.

        En los próximos días te comparto opciones de horario; como él viaja bastante, en
        cuanto tenga su agenda te escribo. Mientras tanto, ¿me podrías compartir tus
        expectativas económicas en euros y tu disponibilidad para incorporarte?

        Saludos,
        Daniela Arreola
        Atracción de Talento
        Alimentos Sierra Dorada, S.A. de C.V.
        """)
    return message(head(addr("Daniela Arreola", "daniela.arreola@sierradorada.com.mx"),
                        "Siguiente etapa - Especialista en Calidad de Proveedores",
                        "2026-11-06 11:52:07", "America/Mexico_City",
                        "<SJ0PR13MB58731C2D3E4F5A6B7C8D9E0F1A2B3@SJ0PR13MB5873.namprd13.prod.outlook.com>",
                        mx="from NAM12-MW2-obe.outbound.protection.outlook.com (mail-mw2nam12on2102.outbound.protection.outlook.com [40.107.244.102])",
                        extra=[("Content-Language", "es-MX")]),
                   alt(text(body), html(gmail_html(body))))


@make.mail(N(48), family="personal_appointment", lang="es", interview=False, company=None,
           days=(("Mon", "2026-10-05"),),
           note="Public employment office appointment (career-guidance session, 'cita de orientación'); "
                "a fixed time, but not a job interview with an employer")
def m48():
    body = t("""
        CITA PREVIA - SERVICIO PÚBLICO DE EMPLEO

        Oficina: Valladolid - Delicias (C/ Cigüeña 9)
        Servicio: Orientación laboral - tutoría individual
        Fecha: lunes, 5 de octubre de 2026
        Hora: 09:40
        Número de cita: OE-4710-22981

        Traiga su DNI/NIE y, si lo tiene, su currículum actualizado. Si no puede acudir,
        anule la cita en la sede electrónica o llamando al 012.

        Este es un mensaje automático; no responda a este correo.
        """)
    return message(head(addr("Cita Previa Empleo", "no-responder@citaprevia-empleo.example.net"),
                        "Confirmación de cita previa OE-4710-22981", "2026-09-29 12:44:10", MAD,
                        "<OE-4710-22981.1790678650@citaprevia-empleo.example.net>",
                        mx="from sede.citaprevia-empleo.example.net (sede.citaprevia-empleo.example.net [195.57.8.120])"),
                   text(body, charset="iso-8859-1"))


@make.mail(N(49), family="delivery_notice", lang="es", interview=False, company=None,
           days=(("Thu", "2026-09-17"),),
           note="Parcel delivery window notice; a time slot, not an interview")
def m49():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p style="font-size:20px;color:#e35205"><b>Rutamax</b></p>
        <p>Hola NEREA,</p>
        <p>Tu envío <b>RX26091500418835</b> de <b>Tienda Laboratorio Online</b> llegará el
        <b>jueves 17 de septiembre</b> entre las <b>9:00 y las 14:00</b>.</p>
        <p>Dirección de entrega: C/ Gabilondo 21, 3ºB, 47007 Valladolid</p>
        <p>¿No vas a estar en casa? <a href="https://www.rutamax.example.net/cambiar/RX26091500418835">Cambia la fecha o el punto de entrega</a>.</p>
        <p style="font-size:11px;color:#888">Rutamax Paquetería S.L. - Este correo se ha enviado automáticamente.</p>
        </body></html>
        """)
    return message(head(addr("Rutamax", "avisos@rutamax.example.net"),
                        "Tu envío llega el jueves 17/09", "2026-09-16 19:30:00", MAD,
                        "<RX26091500418835.aviso@rutamax.example.net>",
                        mx="from mta.rutamax.example.net (mta.rutamax.example.net [5.154.60.33])"),
                   html(page))


@make.mail(N(50), family="candidate_survey", lang="en", interview=False, company="Brightmill Ingredients",
           note="Lever candidate-experience survey after the 22 Oct interview; no time fixed")
def m50():
    body = t("""
        Hi Nerea,

        Thank you for interviewing with Brightmill Ingredients for the Food Safety & Quality
        Specialist (Spain) role. We'd love to hear about your experience so far - the survey
        takes less than 3 minutes and your answers are anonymous to the hiring team.

        Take the survey: https://hire.lever.co/candidate-survey/brightmill/e3c1f09a

        The team is still reviewing and Sanne will be in touch about next steps.

        Thanks,
        Brightmill Ingredients Talent Team
        """)
    return message(head(addr("Brightmill Ingredients", "no-reply@hire.lever.co"),
                        "How was your interview experience with Brightmill Ingredients?",
                        "2026-10-26 10:15:40", "Europe/Amsterdam", "<0102018f4d6b8f32-1c2e5d8b-lever@email.amazonses.com>",
                        mx="from a48-110.smtp-out.amazonses.com (a48-110.smtp-out.amazonses.com [54.240.48.110])",
                        extra=[("Reply-To", addr("Sanne de Vries", "sanne.devries@brightmill.com"))]),
                   alt(text(body), html(gmail_html(body))))
